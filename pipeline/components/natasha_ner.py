"""natasha/slovnet NER as a spaCy component: ``doc.ents`` with PER, LOC, ORG.

natasha's spans are cleaned where news layout fools it: nothing inside layout regions (header mark,
photo credits), no span across a line break (a doubled byline is two names), no quotes or
punctuation at the edges, no stoplisted words (``СМИ``). Trailing lines that hold a name alone are
marked as ``BYLINE`` in ``doc.spans["layout"]``. With ``requires`` set, docs whose span group of
that name is empty are left without NER (cheap before expensive).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from natasha import NewsEmbedding, NewsNERTagger
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..doc import LAYOUT
from ..kb.datafiles import DataFiles
from ..kb.lexicons import read_tsv
from ..lang.slovnet_flat import FlatNER
from .layout import line_spans
from .tokenizer import text_of

EDGE = " \t\r\n\"'«»„“”‘’()[]{}.,;:!?—–-"
MAX_BYLINE_LINES = 3
BLOCK_TOKENS = 400


def token_arrays(doc: Doc) -> tuple[list[int], list[int], list[bool], list[bool]]:
    """(start offset, length, is whitespace, starts a sentence) of every token, read as arrays
    (a Python loop over spaCy tokens costs more than natasha's tagger on long articles)."""
    if not len(doc):
        return [], [], [], []
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).astype("int64")
    starts, lengths, spaces, sent_starts = rows.T.tolist()
    return starts, lengths, [bool(s) for s in spaces], [n == 0 or s == 1 for n, s in enumerate(sent_starts)]


Regions = tuple[list[int], list[int]]  # starts and ends of disjoint character ranges, in text order


def regions(ranges: list[tuple[int, int]]) -> Regions:
    """The union of character ranges (the layout's) as disjoint sorted ranges."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(ranges):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def overlaps(layout: Regions, start: int, end: int) -> bool:
    """Does ``start:end`` overlap one of the ranges? (A binary search: the cost does not grow with
    the number of layout lines.)"""
    starts, ends = layout
    k = bisect_right(ends, start)
    return k < len(starts) and starts[k] < end


def blocks(doc: Doc, layout: Regions, limit: int = BLOCK_TOKENS) -> list[list[int]]:
    """Token indices (no whitespace) of sentence groups of at most ``limit`` tokens, outside
    layout regions, never across a line break: natasha's tagger is fed sentence-sized pieces."""
    text = text_of(doc)
    starts, lengths, spaces, sent_starts = token_arrays(doc)
    bounds = [n for n, start in enumerate(sent_starts) if start] + [len(doc)]
    pieces: list[list[int]] = []
    current: list[int] = []
    for first, end in zip(bounds, bounds[1:]):
        start_char, end_char = starts[first], starts[end - 1] + lengths[end - 1]
        if overlaps(layout, start_char, end_char):
            continue
        words = [i for i in range(first, end) if not spaces[i]]
        gap = text[starts[current[-1] + 1]:starts[first]] if current else ""
        if current and (len(current) + len(words) > limit or "\n" in gap):
            pieces.append(current)
            current = []
        current += words
    if current:
        pieces.append(current)
    return pieces


def adapt_natasha_ner(tagger: FlatNER, texts: list[str], pieces: list[list[int]]) -> list[tuple[int, int, str]]:
    """(start token, end token, label) of natasha's NER over our own tokens (razdel's, as natasha's):
    slovnet's model runs on the whole document at once (``FlatNER``), without tokenising it again."""
    found = []
    pieces = [piece for piece in pieces if piece]
    for piece, tags in zip(pieces, tagger.tags([[texts[i] for i in piece] for piece in pieces])):
        start = label = None
        for position, tag in enumerate(list(tags) + ["O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == label):
                found.append((piece[start], piece[position - 1] + 1, label))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = position, tag[2:]
    return found


def clean_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks, brackets (``ХДС (Христианско-демократический союз``) and list
    bullets (``Монако • Намибия``), and strip punctuation and quotes from its edges."""
    pieces = []
    for match in re.finditer(r"[^\n()\[\]•·|]+", text[start:end]):
        s, e = start + match.start(), start + match.end()
        while s < e and text[s] in EDGE:
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if e > s:
            pieces.append((s, e))
    return pieces


def byline_spans(doc: Doc, text: str) -> list[Span]:
    """The last lines of the article that consist of one person's name each."""
    by_start = {ent.start_char: ent for ent in doc.ents if ent.label_ == "PER"}
    found = []
    for start, end in reversed(line_spans(text)[-MAX_BYLINE_LINES:]):
        ent = by_start.get(start)
        if ent is None or ent.end_char != end or len(ent) > 4:
            break
        found.append(Span(doc, ent.start, ent.end, label="BYLINE"))
    return found[::-1]


class NatashaNER(DataFiles):
    def __init__(self, name: str, files: dict[str, str], requires: str | None = None, data_dir: str | None = None
                 ) -> None:
        super().__init__(name, files, data_dir)
        self.requires = requires
        self.tagger = FlatNER(NewsNERTagger(NewsEmbedding()))

    def build(self, paths: dict[str, Path]) -> None:
        self.stoplist = {(row["text"].lower(), row["label"]) for row in read_tsv(paths["stoplist"], ["text", "label"])}
        self.titles = {row["lemmas"] for row in read_tsv(paths["roles"], ["lemmas"]) if " " not in row["lemmas"]}

    def without_title(self, span: Span) -> Span:
        """A person's span without the position words natasha took into it (``Кронпринц Нарухито``)."""
        start = span.start
        while start + 1 < span.end and span.doc[start].lemma_.lower() in self.titles:
            start += 1
        return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)

    def __call__(self, doc: Doc) -> Doc:
        if self.requires and not len(doc.spans.get(self.requires, [])):
            return doc
        text = text_of(doc)
        layout = regions([(span.start_char, span.end_char) for span in doc.spans.get(LAYOUT, [])])
        ents = []
        starts, lengths, _, _ = token_arrays(doc)
        texts = [text[start:start + length] for start, length in zip(starts, lengths)]
        for first, last, label in adapt_natasha_ner(self.tagger, texts, blocks(doc, layout)):
            for s, e in clean_span(text, starts[first], starts[last - 1] + len(texts[last - 1])):
                if (text[s:e].lower(), label) in self.stoplist or overlaps(layout, s, e):
                    continue
                span = doc.char_span(s, e, label=label, alignment_mode="contract")
                if span is not None and len(span):
                    ents.append(self.without_title(span) if label == "PER" else span)
        doc.ents = filter_spans(ents)
        doc.spans[LAYOUT] = list(doc.spans.get(LAYOUT, [])) + byline_spans(doc, text)
        return doc


@Language.factory("natasha_ner",
                  default_config={"files": {"stoplist": "lexicons/ner_stoplist.tsv", "roles": "lexicons/roles.tsv"},
                                  "requires": None, "data_dir": None})
def make_natasha_ner(nlp: Language, name: str, files: dict[str, str], requires: str | None,
                     data_dir: str | None) -> NatashaNER:
    """``requires``: a span group that must be non-empty for NER to run (``None``: every doc); ``files``: the
    stoplist and the role lexicon, whose one-word positions are cut from the start of person names."""
    return NatashaNER(name, files, requires, data_dir)
