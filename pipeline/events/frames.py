"""The records the events stage passes between its decisions: a ``Slot`` (an actor's mention in the
Doc), a ``TriggerMention`` (one mention of an event with the arguments its clause gives) and a ``Draft``
(the mentions merged into one real interaction)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from .types import FAMILY


@dataclass(frozen=True)
class Slot:
    """An actor's mention in the Doc: token range, actor key and kind, its preposition, and
    whether it sits inside a person's role phrase (``министра иностранных дел Омана``)."""

    start: int
    end: int
    key: str
    kind: str
    subkind: str
    preposition: str
    in_role: bool
    country: str = ""
    city: str = ""  # for a country named by its capital or seat of power: the capital's place key


@dataclass(frozen=True)
class TriggerMention:
    type: str
    start_char: int
    end_char: int
    text: str
    sentence: Span
    status: str
    parties: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    format: str = ""
    round: int | None = None
    round_text: str = ""
    is_next: bool = False
    next_text: str = ""
    dates: tuple = ()
    attach: bool = False
    destination: str = ""  # a visit's destination country (ISO3)
    earlier: bool = False  # named as an earlier one (предыдущий визит)
    body: str = ""  # the body whose summit it is (саммит ШОС): actor key
    forum: str = ""  # the forum's name: the body's, or a standing format's (нормандский формат)
    partners: tuple[str, ...] = ()  # sides named with с/со (встретился с X): the trigger has a subject
    placed: tuple[str, ...] = ()
    light: bool = False  # named by a light word (обсудил с, звонок, диалог): an event only with two sides
    conversation: bool = False  # named by a word of conversation (беседа, разговор), which a call is too  # the towns (no countries, no regions) named in the trigger's own clause


@dataclass
class Draft:
    mentions: list[TriggerMention] = field(default_factory=list)
    party_ids: set[str] = field(default_factory=set)
    next_round: str = ""

    @property
    def family(self) -> str:
        return FAMILY[self.mentions[0].type]


def specific(draft: Draft) -> bool:
    """Does the draft tell something of its own (a date, a place, a mediator, a round, a format, a person taking
    part), rather than name talks in general (``переговорный процесс``, ``будущие переговоры``)?"""
    return any(m.dates or m.places or m.mediators or m.round_text or m.format or m.persons
               for m in draft.mentions if not m.attach)
