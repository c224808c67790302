"""Rule patterns from ``data/lexicons/*.jsonl`` in a spaCy ``SpanRuler`` (triggers and cue phrases).

The files are data: each line a SpanRuler pattern (label, pattern, optional id); comments start
with ``#``. Patterns are saved with the pipeline by the SpanRuler itself (``to_disk``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler

from ..lexicons import data_path, read_jsonl

PATTERN_KEYS = {"label", "pattern", "id"}


@Language.factory(
    "dipevents_patterns",
    default_config={"spans_key": "cues", "files": ["lexicons/cues.jsonl"], "data_dir": None},
)
def make_patterns(nlp: Language, name: str, spans_key: str, files: list[str], data_dir: str | None) -> SpanRuler:
    ruler = SpanRuler(nlp, name, spans_key=spans_key, annotate_ents=False, overwrite=True)
    for file in files:
        ruler.add_patterns(read_jsonl(data_path(file, data_dir), required={"label", "pattern"}, allowed=PATTERN_KEYS))
    return ruler
