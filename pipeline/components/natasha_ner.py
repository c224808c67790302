"""natasha/slovnet NER as a spaCy component: ``doc.ents`` with PER, LOC, ORG.

natasha's spans are cleaned where news layout fools it: nothing inside layout regions (header mark,
photo credits), no span across a line break (a doubled byline is two names), no quotes or
punctuation at the edges, no stoplisted words (``СМИ``). Trailing lines that hold a name alone are
marked as ``BYLINE`` in ``doc.spans["layout"]``.
"""
from __future__ import annotations

import re
from pathlib import Path

from natasha import NewsEmbedding, NewsNERTagger
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicons import data_path, read_tsv
from .layout import LAYOUT_KEY, in_layout, line_spans

EDGE = " \t\r\n\"'«»„“”‘’()[]{}.,;:!?—–-"
MAX_BYLINE_LINES = 3
BLOCK_CHARS = 3000


def blocks(doc: Doc, text: str, limit: int = BLOCK_CHARS) -> list[tuple[int, str]]:
    """(offset, text) pieces of at most ``limit`` characters, cut between sentences: natasha's
    tagger slows down sharply on very long inputs (a 200 KB one-line article)."""
    pieces, start, end = [], None, None
    for sent in doc.sents:
        if start is not None and (sent.end_char - start > limit or "\n" in text[end:sent.start_char]):
            pieces.append((start, text[start:end]))
            start = None
        if start is None:
            start = sent.start_char
        end = sent.end_char
    if start is not None:
        pieces.append((start, text[start:end]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]


def adapt_natasha_ner(tagger: NewsNERTagger, pieces: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, label) of natasha's NER spans over text pieces, as offsets of the whole text."""
    found = []
    for (offset, _), markup in zip(pieces, tagger.map([piece for _, piece in pieces])):
        found += [(offset + span.start, offset + span.stop, span.type) for span in markup.spans]
    return found


def clean_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks and strip punctuation and quotes from its edges."""
    pieces = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + match.start(), start + match.end()
        while s < e and text[s] in EDGE:
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if e > s:
            pieces.append((s, e))
    return pieces


def mask(text: str, regions: list[tuple[int, int]]) -> str:
    """The text with the given regions blanked, same length (offsets unchanged)."""
    chars = list(text)
    for start, end in regions:
        chars[start:end] = [" "] * (end - start)
    return "".join(chars)


def byline_spans(doc: Doc) -> list[Span]:
    """The last lines of the article that consist of one person's name each."""
    by_start = {ent.start_char: ent for ent in doc.ents if ent.label_ == "PER"}
    found = []
    for start, end in reversed(line_spans(doc.text)[-MAX_BYLINE_LINES:]):
        ent = by_start.get(start)
        if ent is None or ent.end_char != end or len(ent) > 4:
            break
        found.append(Span(doc, ent.start, ent.end, label="BYLINE"))
    return found[::-1]


class NatashaNER:
    def __init__(self, name: str, stoplist_path: Path) -> None:
        self.name = name
        self.tagger = NewsNERTagger(NewsEmbedding())
        self.stoplist = {(row["text"].lower(), row["label"]) for row in read_tsv(stoplist_path, ["text", "label"])}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text is rebuilt from the tokens on every access
        layout = [(span.start_char, span.end_char) for span in doc.spans.get(LAYOUT_KEY, [])]
        ents = []
        for start, end, label in adapt_natasha_ner(self.tagger, blocks(doc, mask(text, layout))):
            for s, e in clean_span(text, start, end):
                if (text[s:e].lower(), label) in self.stoplist or any(a < e and s < b for a, b in layout):
                    continue
                span = doc.char_span(s, e, label=label, alignment_mode="contract")
                if span is not None and len(span):
                    ents.append(span)
        doc.ents = filter_spans(ents)
        doc.spans[LAYOUT_KEY] = list(doc.spans.get(LAYOUT_KEY, [])) + byline_spans(doc)
        return doc


@Language.factory("natasha_ner", default_config={"stoplist": "lexicons/ner_stoplist.tsv", "data_dir": None})
def make_natasha_ner(nlp: Language, name: str, stoplist: str, data_dir: str | None) -> NatashaNER:
    return NatashaNER(name, data_path(stoplist, data_dir))
