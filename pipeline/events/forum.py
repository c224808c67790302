"""The event's format (direct, indirect, virtual) and the body whose summit it is (``саммит ШОС``)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.morph import is_plural
from .frames import Slot


def format_of(doc: Doc, cues: list[Span], trigger: Span, start: int, end: int) -> str:
    for cue in cues:
        if cue.label_ != "FORMAT":
            continue
        before_trigger = cue.end <= trigger.start <= cue.end + 2 and all(t.pos_ == "ADJ" for t in doc[cue.end:trigger.start])
        as_format = cue.end < len(doc) and doc[cue.end].lemma_ in ("формат", "режим") and start <= cue.start < end
        virtual = cue.id_ == "virtual" and start <= cue.start < end
        if before_trigger or as_format or virtual:
            return cue.id_
    return ""


def forum_of(doc: Doc, trigger: Span, slots: list[Slot]) -> tuple[str, str]:
    """(event type, the body whose summit it is): the body right after a summit (``саммит ШОС``), and
    meetings of an international body (``на встречах АТЭС``) are its summit."""
    body = next((s for s in slots if s.kind == "organization" and trigger.end <= s.start <= trigger.end + 2), None)
    if body is not None and trigger.id_ == "summit":
        return "summit", body.key
    if (body is not None and body.subkind == "international" and trigger.id_ == "meeting"
            and trigger[0].lemma_ == "встреча" and is_plural(trigger[0].text)):
        return "summit", body.key
    return trigger.id_, ""
