"""Rule patterns from ``data/lexicons/*.jsonl`` in a spaCy ``SpanRuler`` (triggers and cue phrases).

The files are data: each line a SpanRuler pattern (label, pattern, optional id); comments start
with ``#``. Patterns are saved with the pipeline by the SpanRuler itself (``to_disk``).
``requires`` names a span group that must be non-empty for the ruler to run at all (cheap before
expensive: the event cues are only looked for in articles that hold a trigger).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc

from ..lexicons import data_path, read_jsonl

PATTERN_KEYS = {"label", "pattern", "id"}


class Patterns(SpanRuler):
    def __init__(self, nlp: Language, name: str, spans_key: str, requires: str | None) -> None:
        super().__init__(nlp, name, spans_key=spans_key, annotate_ents=False, overwrite=True)
        self.requires = requires

    def __call__(self, doc: Doc) -> Doc:
        if self.requires and not len(doc.spans.get(self.requires, [])):
            doc.spans[self.spans_key] = []
            return doc
        return super().__call__(doc)


@Language.factory(
    "dipevents_patterns",
    default_config={"spans_key": "cues", "files": ["lexicons/cues.jsonl"], "requires": None, "data_dir": None},
)
def make_patterns(nlp: Language, name: str, spans_key: str, files: list[str], requires: str | None,
                  data_dir: str | None) -> Patterns:
    ruler = Patterns(nlp, name, spans_key, requires)
    for file in files:
        ruler.add_patterns(read_jsonl(data_path(file, data_dir), required={"label", "pattern"}, allowed=PATTERN_KEYS))
    return ruler
