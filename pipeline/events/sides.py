"""Who the sides of an event are: which mentions can be sides, what makes two parties one side (a state's
code), the subject an article spoke of last for talks named with the partner alone, persons a role phrase
without a name stands for, and a phone call to several partners split into one call each."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..actors.holders import sole_holder
from ..doc import ROLES
from ..kb.knowledge import Knowledge
from ..records import Actor
from .frames import Slot, TriggerMention
from .types import PARTNER_ALONE


def party_id(key: str, actors: dict[str, Actor]) -> str:
    """What makes two parties the same side: a state's code, else the actor."""
    actor = actors.get(key)
    if actor is None:
        return key
    if actor.kind == "person" and not actor.country and actor.organization:
        return f"org:{actor.organization}"  # an official of a body stands for it
    if actor.country:
        return actor.country
    return key




def with_subjects(mentions: list[TriggerMention], actors: dict[str, Actor]) -> list[TriggerMention]:
    """Talks, a meeting or a call named with the partner alone (``глава государства встретится с X``,
    ``Он провёл переговоры с X``, ``Встреча с X не состоялась``) have as other side the subject the
    article spoke of last: the latest side of an earlier mention that is not the partner's side
    (persons before states)."""
    result: list[TriggerMention] = []
    for mention in mentions:
        ids = {party_id(k, actors) for k in mention.parties + mention.persons}
        if not mention.attach and mention.type in PARTNER_ALONE and mention.partners and len(ids) == 1:
            earlier = (k for m in reversed(result) if not m.attach for k in m.persons + m.parties)
            subject = next((k for k in earlier if k in actors and party_id(k, actors) not in ids
                            and (actors[k].country or actors[k].organization)), None)
            if subject is not None and actors[subject].kind == "person":
                mention = replace(mention, persons=mention.persons + (subject,))
            elif subject is not None:
                mention = replace(mention, parties=mention.parties + (subject,))
        result.append(mention)
    return result


SIDE_ORG_KINDS = {"international", "ministry", "seat", "legislature", "other"}


def can_be_side(slot: Slot) -> bool:
    """States, places, persons, state bodies and known intergovernmental bodies can be sides;
    media and organisations the gazetteers do not know (companies, parties, missions) cannot."""
    if slot.kind != "organization":
        return True
    return slot.subkind in SIDE_ORG_KINDS or slot.key.startswith("org:") and slot.country != ""


def named_by_role(doc: Doc, start: int, end: int, actors: dict, unnamed: tuple = ()) -> list[str]:
    """Persons a role phrase without a name in the clause stands for (``президент Франции прибыл``): the
    one person of the article with that role class and country. A position that names no country
    (``глава государства``, ``лидер``) or is said of он/она names nobody by its class: with no country
    it would pick whoever has none (a private person, a body's head). ``unnamed``: the positions without a
    name, as (start token, end token, RoleInfo) sorted by start."""
    found = []
    for first, last, info in unnamed[bisect_left(unnamed, (start,)):]:  # (start token, end token, RoleInfo), sorted
        if first >= end:
            break
        if not info.country or info.pronoun or last > end or doc[first].pos_ == "ADP":
            continue
        holder = sole_holder(actors.values(), info.role_class, info.country)
        found += [holder.key] if holder is not None else []
    return found


def split_call(mention: TriggerMention, trigger: Span, where: dict[str, int], actors: dict) -> list[TriggerMention]:
    """A phone call is two-sided: a caller talking by phone with several states' leaders (``провел
    переговоры по телефону с президентом Азербайджана и премьер-министром Армении``) made one call
    to each. ``where``: an actor key -> the first token a slot of it starts at."""
    if mention.type != "phone_call":
        return [mention]
    sides = [k for k in mention.parties + mention.persons if k in where]
    callers = [k for k in sides if where[k] < trigger.start]
    partners: dict[str, list[str]] = {}
    for key in sides:
        if where[key] >= trigger.end:
            partners.setdefault(party_id(key, actors), []).append(key)
    caller_ids = {party_id(k, actors) for k in callers}
    if not callers or len(set(partners) - caller_ids) < 2:
        return [mention]
    return [replace(mention, parties=tuple(k for k in mention.parties if k in callers or k in group),
                    persons=tuple(k for k in mention.persons if k in callers or k in group))
            for group in partners.values()]


COMMENTATOR_REACH = 40  # tokens before a person a commentator's cue may stand at (six words and role phrases)


def commentators(doc: Doc, slots: list[Slot], cues: list[Span], triggers: list[Span]) -> frozenset[str]:
    """Persons a COMMENTATOR cue introduces (``политолог ... Иван Петров``): they speak of an event, they take
    no part in it."""
    roles = {i for r in doc.spans.get(ROLES, []) for i in range(r.start, r.end)}
    trigger_tokens = {i for t in triggers for i in range(t.start, t.end)}
    said = sorted((c for c in cues if c.label_ == "COMMENTATOR"), key=lambda c: c.start)
    starts = [c.start for c in said]
    found = set()
    for s in (s for s in slots if s.kind == "person"):
        near = said[bisect_left(starts, s.start - COMMENTATOR_REACH):bisect_left(starts, s.start)]
        if any(c.sent.start == doc[s.start].sent.start
               and sum(1 for i in range(c.start, s.start) if i not in roles) <= 6
               and not trigger_tokens & set(range(c.end, s.start))
               and not any(t.pos_ in ("VERB", "PUNCT") for t in doc[c.end:s.start]) for c in near):
            found.add(s.key)
    return frozenset(found)


def side_label(key: str, actors: dict[str, Actor], knowledge: Knowledge) -> tuple[str, str]:
    """(name, ISO3) under which an actor appears among parties or mediators: a state's short name, a
    known organisation's gazetteer name (``Евросоюз`` for ``Европейский союз``) or that of the union it acts
    for (``Евросоюз`` for ``Еврокомиссия``, data/lexicons/side_bodies.tsv), else the actor's name."""
    actor = actors[key]
    if actor.kind == "person" and not actor.country and actor.organization in knowledge.bodies:
        return knowledge.side_bodies.get(actor.organization, actor.organization), ""  # Генсек ООН Гутерриш: ООН
    if actor.kind == "organization" and key.removeprefix("org:") in knowledge.movements:
        return key.removeprefix("org:"), ""  # ХАМАС is a side of its own, not Палестина
    if not actor.country:
        canonical = key.removeprefix("org:")
        known = key.startswith("org:") and any(e.kind == "org" and e.name == canonical for _, e in knowledge.entries)
        return (knowledge.side_bodies.get(canonical, canonical) if known else actor.name), ""
    return knowledge.country_name(actor.country) or actor.name, actor.country
