"""Rule patterns from ``data/lexicons/*.jsonl`` in a spaCy ``SpanRuler`` (triggers and cue phrases).

The files are data: each line a SpanRuler pattern (label, pattern, optional id); comments start
with ``#``. Patterns are saved with the pipeline by the SpanRuler itself (``to_disk``).
``requires`` names a span group that must be non-empty for the ruler to run at all (cheap before
expensive: the event cues are only looked for in articles that hold a trigger). Before the Matcher
runs, a cheap check asks whether the doc holds all the words some pattern cannot match without (its
anchors); most news articles hold none of the triggers' words, and the others a few of the
patterns' words: the Matcher then runs with the patterns that may match only.
"""
from __future__ import annotations

from spacy.attrs import IDS as ATTR_IDS
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..kb.lexicons import data_path, read_jsonl

PATTERN_KEYS = {"label", "pattern", "id"}
ANCHOR_ATTRS = {"LEMMA": "LEMMA", "LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}
REQUIRED_OPS = {None, "+", "1"}
MAX_SUBSETS = 512
Anchor = tuple[str, frozenset[int]]  # a token attribute and the hashes of the values one token allows


def anchors_of(pattern: list[dict] | str) -> tuple[Anchor, ...]:
    """One anchor per token that the pattern cannot match without and that allows fixed values."""
    if isinstance(pattern, str):
        return ()
    found = []
    for token in pattern:
        if token.get("OP") not in REQUIRED_OPS:
            continue
        for key, attr in ANCHOR_ATTRS.items():
            value = token.get(key)
            values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
            if values is not None and set(value if isinstance(value, dict) else {}) <= {"IN"}:
                found.append((attr, frozenset(get_string_id(v) for v in values)))
                break
    return tuple(found)


def active_patterns(doc: Doc, anchors: list[tuple[Anchor, ...]]) -> frozenset[int]:
    """Indices of the patterns that find all their anchors in the doc (a pattern without anchors
    always may match)."""
    values: dict[str, set[int]] = {}
    found = []
    for n, pattern in enumerate(anchors):
        for attr, allowed in pattern:
            if attr not in values:
                values[attr] = set(doc.to_array(ATTR_IDS[attr]).tolist())
            if allowed.isdisjoint(values[attr]):
                break
        else:
            found.append(n)
    return frozenset(found)


def may_match(doc: Doc, anchors: list[tuple[Anchor, ...]] | None) -> bool:
    """Whether some pattern finds all its anchors in the doc."""
    return anchors is None or bool(active_patterns(doc, anchors))


class Patterns(SpanRuler):
    """A SpanRuler whose Matcher runs only with the patterns that may match the doc: a ruler of
    those patterns alone is made once per distinct set and kept (at most ``MAX_SUBSETS``). Most
    articles activate a few of the patterns, or none; the spans found are the same."""

    def __init__(self, nlp: Language, name: str, spans_key: str, requires: str | None, files: list[str] = (),
                 data_dir: str | None = None) -> None:
        super().__init__(nlp, name, spans_key=spans_key, annotate_ents=False, overwrite=True)
        self.requires = requires
        self.files, self.data_dir = list(files), data_dir
        self.anchors: list[tuple[Anchor, ...]] = []
        self.subsets: dict[frozenset[int], SpanRuler] = {}

    def initialize(self, get_examples=None, *, nlp: Language | None = None, patterns: list[dict] | None = None
                   ) -> None:
        """The patterns given, else those of the files the config declares (``nlp.initialize()`` calls this;
        ``spacy.load`` reads the saved patterns instead, ``SpanRuler.from_disk``)."""
        self.clear()
        self.add_patterns(patterns if patterns is not None else [
            pattern for file in self.files
            for pattern in read_jsonl(data_path(file, self.data_dir), required={"label", "pattern"}, allowed=PATTERN_KEYS)])

    def add_patterns(self, patterns: list[dict]) -> None:
        super().add_patterns(patterns)
        self.anchors = [anchors_of(entry["pattern"]) for entry in self.patterns]
        self.subsets = {}

    def clear(self) -> None:
        super().clear()
        self.anchors = []
        self.subsets = {}

    def ruler_of(self, active: frozenset[int]) -> SpanRuler:
        """The ruler of the given patterns only (made once, kept)."""
        ruler = self.subsets.get(active)
        if ruler is None:
            if len(self.subsets) >= MAX_SUBSETS:
                self.subsets = {}
            ruler = SpanRuler(self.nlp, self.name, spans_key=self.spans_key, annotate_ents=False, overwrite=True)
            everything = self.patterns
            ruler.add_patterns([everything[n] for n in sorted(active)])
            self.subsets[active] = ruler
        return ruler

    def __call__(self, doc: Doc) -> Doc:
        active = frozenset() if self.requires and not len(doc.spans.get(self.requires, [])) \
            else active_patterns(doc, self.anchors)
        if not active:
            doc.spans[self.spans_key] = []
            return doc
        if len(active) == len(self.anchors):
            return super().__call__(doc)
        return self.ruler_of(active)(doc)


@Language.factory(
    "dipevents_patterns",
    default_config={"spans_key": "cues", "files": ["lexicons/cues.jsonl"], "requires": None, "data_dir": None},
)
def make_patterns(nlp: Language, name: str, spans_key: str, files: list[str], requires: str | None,
                  data_dir: str | None) -> Patterns:
    """The patterns of ``files`` are read by ``initialize`` (``pipeline.load()``), not here: ``spacy.load`` of a
    saved pipeline reads the patterns saved with it."""
    return Patterns(nlp, name, spans_key, requires, files, data_dir)
