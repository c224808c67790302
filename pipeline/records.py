"""Frozen records passed between the readers, the spaCy components and the tables."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One input article as read from disk: the decoded text and its metadata.

    ``text`` is the article exactly as decoded (offsets in every table point into it).
    ``status`` is ``ok``, ``empty`` or ``error``; ``error`` is a one-line reason.
    ``header_end`` is where the body starts after the ``date YYYY-MM-DD`` header line (0: no header);
    None for an Article that no reader made (the layout component then parses the header itself).
    """

    doc_id: str
    path: str
    text: str = ""
    title: str = ""
    published: str | None = None
    source: str | None = None
    language: str | None = None
    status: str = "ok"
    error: str = ""
    header_end: int | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    normal: str


@dataclass(frozen=True)
class Actor:
    """A distinct actor of one article; ``mentions`` are in text order."""

    key: str
    kind: str
    name: str
    mentions: tuple[Mention, ...]
    role: str = ""
    role_class: str = ""
    organization: str = ""
    country: str = ""
    country_name: str = ""
    wikidata: str = ""
    reference_start: int = -1  # an actor without mentions of its own: where the text first refers to it


@dataclass(frozen=True)
class Reference:
    """An actor named without a name of its own, by its tokens: a state by its adjective (``американский
    лидер``, ``российско-украинских переговоров``, ``Северной и Южной Кореи``: ``anchor`` is where the
    state's name it shares a noun with starts) or a capital (``в белорусскую столицу``)."""

    start: int
    end: int
    key: str
    anchor: int = -1


@dataclass(frozen=True)
class Participant:
    actor_key: str
    side: str
    is_head: bool = False


@dataclass(frozen=True)
class Event:
    type: str
    cameo: str
    status: str
    date: str | None
    date_source: str
    date_text: str
    location: str
    location_country: str
    parties: tuple[str, ...]
    parties_iso: tuple[str, ...]
    mediator: tuple[str, ...]
    format: str
    round: int | None
    round_text: str
    next_round: str
    trigger: str
    start: int
    end: int
    sentence: str
    confidence: float
    participants: tuple[Participant, ...] = field(default_factory=tuple)
    plover_event: str = ""
    plover_mode: str = ""
    forum: str = ""
