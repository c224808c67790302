"""The event's format (direct, indirect, virtual) and its forum: the body whose summit it is (``саммит
ШОС``, ``на встречах АТЭС``), a body under which it is held (``в рамках ОБСЕ``, ``под эгидой ООН``), or a
standing format or process the text names (``встреча в нормандском формате``, ``переговоры «5+2»``: FORUM
cues, whose members are in ``data/lexicons/forums.tsv``, read into the events lexicon)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.morph import is_plural
from .frames import Slot
from .lexicon import EventLexicon
from .sides import side_label

UNDER = ("рамка", "эгида")  # в рамках X, под эгидой X: held under X
NEAR = 3  # words after the trigger a format named right after it may stand at (встреча в нормандском формате)


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


def forum_of(lexicon: EventLexicon, doc: Doc, trigger: Span, slots: list[Slot], cues: list[Span], start: int,
             end: int, actors: dict) -> tuple[str, str, str]:
    """(event type, the body whose summit it is, the forum's name): the body right after a summit (``саммит
    ШОС``), and meetings of an international body (``на встречах АТЭС``) are its summit; else a body after в
    рамках / под эгидой in the clause, or a standing format named in the clause, in or right after the trigger."""
    body = next((s for s in slots if s.kind == "organization" and trigger.end <= s.start <= trigger.end + NEAR
                 and not any(t.is_punct for t in doc[trigger.end:s.start])), None)  # саммит лидеров ЕС
    if body is None and trigger.id_ == "summit":  # лидеры стран БРИКС собрались на саммит
        body = next((s for s in reversed(slots) if s.kind == "organization" and s.subkind == "international"
                     and start <= s.start and s.end <= trigger.start), None)
    if body is not None and (trigger.id_ == "summit" or body.subkind == "international" and trigger.id_ == "meeting"
                             and trigger[0].lemma_ == "встреча" and is_plural(trigger[0].text)):
        return "summit", body.key, side_label(body.key, actors, lexicon.knowledge)[0]
    under = next((s for s in slots if s.kind == "organization" and s.subkind == "international" and start <= s.start < end
                  and s.start >= 2 and doc[s.start - 1].lemma_ in UNDER), None)
    if under is not None:
        return trigger.id_, "", side_label(under.key, actors, lexicon.knowledge)[0]
    named = next((c for c in cues if c.label_ == "FORUM" and (start <= c.start < end or c.start <= trigger.start < c.end
                                                                or trigger.end <= c.start <= trigger.end + NEAR)), None)
    return trigger.id_, "", named.id_ if named is not None else ""
