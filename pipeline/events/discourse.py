"""Discourse-level filling: the sides a draft's own clauses do not give, taken from the text before it. A
draft that names no side, or one, takes the sides of the nearest sentence before it that names them (its
own sentence outside its clause, the two sentences before, then the title): ``Лидеры Сербии и Косово
прибыли в Брюссель. Переговоры прошли при посредничестве ЕС`` are talks of Serbia and Kosovo. A draft naming
one side takes the others of a sentence that names it among them. Pure functions over slots and drafts."""
from __future__ import annotations

from bisect import bisect_right

from ..kb.role_classes import classes_with
from ..lang.dates import DateMention
from .clause import LOCATIVE
from .frames import Draft, Slot, specific
from .sides import can_be_side, party_id

LEAD = 5  # sentences after the title in which an article without a published date gives its news day
BACK = 2  # sentences before a draft's first mention its sides may be named in
OFFICIALS = classes_with("post_of_state") | {"official"}


def side_slots(slots: list[Slot], actors: dict) -> list[Slot]:
    """The slots that can name a side of a diplomatic event from afar: a state, or a person who holds a post of
    state or of an international body (not a player or a businessman the text names); not a body (often a
    topic: в рамках БРИКС и ШОС), not a place after в/на, not inside a role phrase, no region."""
    return [s for s in slots if can_be_side(s) and not s.in_role
            and not (s.preposition in LOCATIVE and s.kind in ("country", "location"))
            and not (s.kind == "location" and not s.country)
            and s.kind in ("country", "person")  # a body named nearby is often a topic (в рамках БРИКС и ШОС)
            and (s.kind != "person" or s.key in actors and actors[s.key].role_class in OFFICIALS)]


def by_sentence(slots: list[Slot], starts: list[int]) -> dict[int, list[Slot]]:
    """The slots of each sentence (by its index; ``starts``: the sentences' first tokens)."""
    found: dict[int, list[Slot]] = {}
    for slot in slots:
        found.setdefault(bisect_right(starts, slot.start) - 1, []).append(slot)
    return found


def context_sides(draft: Draft, sentences: dict[int, list[Slot]], starts: list[int], title: int,
                  actors: dict) -> list[str]:
    """The side keys a draft takes from the text before it (none when its own clauses name two sides, or when
    no sentence before names sides that fit it)."""
    real = [m for m in draft.mentions if not m.attach]
    own = {party_id(k, actors) for m in real for k in m.parties + m.persons}
    if len(own) > 1 or not real or not specific(draft) or real[0].type == "visit":
        return []  # a visit names its visitor itself (врачи направились в Донецк is no visit of states)
    first = real[0]
    here = bisect_right(starts, first.sentence.start) - 1
    clause_keys = {k for m in real for k in m.parties + m.persons + m.mediators}
    candidates = [here] + [here - n for n in range(1, BACK + 1) if here - n >= 0] + ([title] if title < here else [])
    for index in dict.fromkeys(candidates):
        slots = [s for s in sentences.get(index, []) if index != here or s.key not in clause_keys]
        ids = list(dict.fromkeys(party_id(s.key, actors) for s in slots))
        if index == here and len(ids) + len(own) != 2:  # its own sentence: only a plain pair
            continue
        if own and own <= set(ids) | own and len(set(ids) - own) >= 1 and (index == here or own & set(ids)):
            return [s.key for s in slots if party_id(s.key, actors) not in own]
        if not own and len(ids) >= 2:
            return [s.key for s in slots]
    return []


def lead_date(sentence_dates: dict[int, list[DateMention]], title: int) -> tuple[DateMention, ...]:
    """The first full date (day, month, year) of the title and the lead (``LEAD`` sentences after the title):
    the news day of an article with no published date (``10 ноября 2017 года президент России ...``)."""
    return next(((m,) for n in range(title, title + LEAD + 1) for m in sentence_dates.get(n, []) if m.kind == "full"), ())


def context_dates(draft: Draft, sentence_dates: dict[int, list[DateMention]], starts: list[int], title: int,
                  lead: tuple[DateMention, ...] = ()) -> tuple[DateMention, ...]:
    """The date expressions a draft whose own clauses give none takes from the text around it: the rest of its
    first sentence, the sentences before it, then the title and the lead (``Вчера в Анкаре ... . Переговоры
    продолжались три часа``); else ``lead``, the news day of an article without a published date, which
    stands where the published date would (``lead_date``)."""
    real = [m for m in draft.mentions if not m.attach]
    if not real or any(m.dates for m in draft.mentions):
        return ()
    here = bisect_right(starts, real[0].sentence.start) - 1
    for index in dict.fromkeys([here] + [here - n for n in range(1, BACK + 1) if here - n >= 0] + [title, title + 1]):
        if index <= here and sentence_dates.get(index):
            return tuple(sentence_dates[index])
    return lead

