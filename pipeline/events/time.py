"""When and in what state an event is: its status from the nearest status cue (a cancellation wins), a
date the text gives settling planned against occurred, the event's date and where it came from, and
mentions the text dates apart."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from ..lang.dates import parse_iso, resolve
from .frames import Draft, TriggerMention

APART_DAYS = 31  # mentions the text dates further apart are two events


def mention_day(mention: TriggerMention, published: date | None) -> date | None:
    """The first day the mention's own dates name (``1 июня 2023 года``), resolved against ``published``."""
    return next((d for d in (resolve(found, published, mention.status == "planned") for found in mention.dates)
                 if d is not None), None)


def dated_apart(real: list[TriggerMention], mention: TriggerMention, published: date | None) -> bool:
    """The text dates the mention more than ``APART_DAYS`` from the draft (its first dated mention, else
    the article's day): ``Последний раз Шольц посещал Молдову 1 июня 2023 года`` is another visit."""
    day = mention_day(mention, published)
    other = next((d for d in (mention_day(m, published) for m in real) if d is not None), published)
    return day is not None and other is not None and abs((day - other).days) > APART_DAYS


def event_date(draft: Draft, status: str, published: str | None, undated: date | None = None
               ) -> tuple[str | None, str, str]:
    """(date, date_source, date_text): the first expression that names a day; else one that names no
    single day (``на прошлой неделе``) gives no date but its text; else the published date. With no
    published date, a day and month take their year from ``undated`` (the text's latest full date)."""
    base = parse_iso(published)
    vague = ""
    for mention in draft.mentions:
        for found in mention.dates:
            resolved = resolve(found, base or (undated if found.kind == "daymonth" else None), status == "planned")
            if resolved is not None:
                return resolved.isoformat(), "text", found.text
            vague = vague or (found.text if found.kind == "week" else "")
    if vague:
        return None, "text", vague
    return (published, "published", "") if published else (None, "", "")


def status_by_date(status: str, when: str | None, published: str | None) -> str:
    """A date the text gives settles planned against occurred: an event dated two days or more
    before the article took place (``во время визита ... 29 декабря 2020 года``), one dated after it
    lies ahead. Cancellations stay."""
    day, base = parse_iso(when), parse_iso(published)
    if day is None or base is None or status == "cancelled":
        return status
    if status == "planned" and (base - day).days >= 2:
        return "occurred"
    if status == "occurred" and (day - base).days >= 1:
        return "planned"
    return status


def event_status(anchor: TriggerMention, mentions: list[TriggerMention]) -> str:
    """The anchor's own status cue; else, among the other mentions' cues, a report that it took place
    before a cancellation, and a cancellation before a plan (``перенесённый саммит прошёл``: held);
    else ``occurred`` (news reports what happened)."""
    said = {m.status for m in mentions if m.status}
    if anchor.status:
        return anchor.status
    return next((s for s in ("occurred", "cancelled", "planned") if s in said), "occurred")


STATUS_LABELS = ("CANCELLED", "PLANNED", "OCCURRED")
GOVERNS = 4  # words back a future verb may govern the trigger from


def status_of(cues: list[Span], trigger: Span) -> str:
    """The status cue nearest to the trigger; a cancellation wins within the clause."""
    status = [c for c in cues if c.label_ in STATUS_LABELS]
    if any(c.label_ == "CANCELLED" for c in status):
        return "cancelled"
    if not status:
        return ""
    nearest = min(status, key=lambda c: min(abs(c.start - trigger.start), abs(c.end - trigger.end)))
    return nearest.label_.lower()


def future_verb(doc: Doc, trigger: Span, start: int, end: int) -> str:
    """``planned`` when the trigger is the object of a verb in the future tense right before it (``проведут
    переговоры``, ``смогут начать переговоры``, ``сядут за стол переговоров``, ``продолжат консультации``): up
    to ``GOVERNS`` words back, over adjectives, prepositions, infinitives and стол; else ''."""
    i = trigger.start - 1
    while i >= max(start, trigger.start - GOVERNS):
        token = doc[i]
        if token.pos_ == "VERB" and token.morph.get("Tense"):
            return "planned" if token.morph.get("Tense") == ["Fut"] else ""
        if not (token.pos_ in ("ADJ", "ADP", "DET", "VERB") or token.lemma_ == "стол"):
            return ""
        i -= 1
    return ""
