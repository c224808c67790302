"""Layout: the header line (``date YYYY-MM-DD РУ``), photo credits and boilerplate lines.

They stay in the text (offsets count them) but are marked in ``doc.spans["layout"]`` so that no
component extracts from them. Bylines are found later, once names are known (see ``natasha_ner``).
The header's end comes from the reader (``doc._.header_end``); only a Doc that no reader made
(``nlp(text)``) has its header parsed here, by the same parser (``io.header``).
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import doc as _doc  # noqa: F401  (registers doc._.header_end)
from ..doc import LAYOUT
from ..io.header import parse_header
from ..kb.datafiles import DataFiles
from ..kb.lexicons import read_tsv
from .tokenizer import text_of


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's stripped content."""
    spans, offset = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line)
    return spans


def layout_regions(text: str, rules: list[tuple[str, re.Pattern]], header_end: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the header line (which ends at ``header_end``) and of the boilerplate lines."""
    regions = []
    if header_end:
        stripped = text[:header_end].rstrip()
        regions.append((len(stripped) - len(stripped.lstrip()), len(stripped), "HEADER"))
    for start, end in line_spans(text):
        if start < header_end:
            continue
        line = text[start:end]
        kind = next((kind for kind, regex in rules if regex.fullmatch(line)), None)
        if kind:
            regions.append((start, end, kind))
    return regions


class Layout(DataFiles):
    def build(self, paths: dict[str, Path]) -> None:
        self.rules = [(row["kind"], re.compile(row["regex"], re.IGNORECASE))
                      for row in read_tsv(paths["rules"], ["kind", "regex"])]

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        header_end = doc._.header_end if doc._.header_end is not None else parse_header(text).end
        spans = []
        for start, end, kind in layout_regions(text, self.rules, header_end):
            span = doc.char_span(start, end, label=kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[LAYOUT] = spans
        return doc


@Language.factory("dipevents_layout", default_config={"files": {"rules": "lexicons/layout.tsv"}, "data_dir": None})
def make_layout(nlp: Language, name: str, files: dict[str, str], data_dir: str | None) -> Layout:
    return Layout(name, files, data_dir)

