"""Our gold sets of events (``data/gold``, ``data/gold_test``, the seed's JSON form) as typed records.

A gold file names its corpus file by ``file``, relative to the corpus folder the set is scored
on: ``1tv_news_leads/x.txt`` under ``news/diplomatic``, or ``diplomatic/1tv_news_leads/x.txt`` and
``mediation/...`` under ``news``; the article's ``doc_id`` is that path without its extension, as
the pipeline names it. ``adapt_gold_event`` is the one boundary between the JSON and the scorer:
optional keys may be missing or null, a participant without a name is left out (and said so), a
``round`` that is not a whole number counts as none. ``forum`` stays ``None`` in files annotated
before SCHEMA.md had the column, so that they neither score nor penalise forums.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


class GoldError(ValueError):
    """A gold folder that cannot be scored; the message says how to fix it."""


@dataclass(frozen=True)
class GoldParticipant:
    name: str
    side: str = ""
    role_class: str = ""


@dataclass(frozen=True)
class GoldEvent:
    type: str = ""
    status: str = ""
    parties: tuple[str, ...] = ()
    parties_iso: tuple[str, ...] = ()
    mediator: tuple[str, ...] = ()
    forum: str | None = None  # None: not annotated; "": the text names none
    location: str = ""
    date: str = ""
    date_source: str = ""
    date_text: str = ""
    format: str = ""
    round: int | None = None
    round_text: str = ""
    next_round: str = ""
    participants: tuple[GoldParticipant, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    doc_id: str
    file: str  # relative to the corpus folder
    events: tuple[GoldEvent, ...]
    skipped: tuple[str, ...] = ()  # what the file gives that cannot be scored, and why


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _texts(value) -> tuple[str, ...]:
    return tuple(_text(v) for v in value if _text(v)) if isinstance(value, list) else ()


def adapt_gold_event(event: dict) -> tuple[GoldEvent, tuple[str, ...]]:
    """One gold event as a record, and what of it was left out."""
    people, skipped = [], []
    for person in event.get("participants") or []:
        if not isinstance(person, dict) or not _text(person.get("name")):
            skipped.append(f"participant without a name skipped ({event.get('type')})")
            continue
        people.append(GoldParticipant(_text(person["name"]), _text(person.get("side")), _text(person.get("role_class"))))
    number = event.get("round")
    return GoldEvent(
        type=_text(event.get("type")), status=_text(event.get("status")),
        parties=_texts(event.get("parties")), parties_iso=_texts(event.get("parties_iso")),
        mediator=_texts(event.get("mediator")),
        forum=_text(event["forum"]) if "forum" in event else None,
        location=_text(event.get("location")), date=_text(event.get("date")),
        date_source=_text(event.get("date_source")), date_text=_text(event.get("date_text")),
        format=_text(event.get("format")),
        round=number if isinstance(number, int) and not isinstance(number, bool) else None,
        round_text=_text(event.get("round_text")), next_round=_text(event.get("next_round")),
        participants=tuple(people)), tuple(skipped)


def adapt_gold(annotation: dict, source: str) -> GoldArticle:
    """A gold file's JSON as a record; ``source`` names the file in errors."""
    if not _text(annotation.get("file")):
        raise GoldError(f"{source}: no \"file\" key: give the corpus file the annotation is of")
    file = _text(annotation["file"])
    adapted = [adapt_gold_event(e) for e in annotation.get("events") or [] if isinstance(e, dict)]
    return GoldArticle(Path(file).with_suffix("").as_posix(), file, tuple(e for e, _ in adapted),
                       tuple(s for _, skipped in adapted for s in skipped))


def read_gold(gold_dir: Path, corpus_dir: Path) -> list[GoldArticle]:
    """Every gold file of a folder (``*.json``, searched recursively), each of whose corpus file
    must be under ``corpus_dir``."""
    articles = []
    for path in sorted(gold_dir.rglob("*.json")):
        try:
            annotation = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}: not JSON ({err})") from err
        articles.append(adapt_gold(annotation, str(path)))
    if not articles:
        raise GoldError(f"no gold files (*.json) in {gold_dir}")
    missing = [a.file for a in articles if not (corpus_dir / a.file).is_file()]
    if missing:
        raise GoldError(f"{len(missing)} of {len(articles)} gold files name a corpus file not under {corpus_dir} "
                        f"(first: {missing[0]}): pass the folder their \"file\" is relative to, e.g. "
                        "../shared/corpora/news/diplomatic for data/gold, ../shared/corpora/news for "
                        "files named diplomatic/... or mediation/...")
    return articles
