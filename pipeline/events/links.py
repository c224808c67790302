"""Rules between the events of one article: the place a visit or summit lends the talks held during it,
the sides a summit takes from the talks reported with it, a visit's host and visitor from the other
events. Pure functions over Event records."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..lang.dates import parse_iso
from ..records import Event, Participant
from .build import cameo_of
from .frames import Draft
from .types import HOSTED


def with_places(events: list[Event], earlier: frozenset[int] = frozenset()) -> list[Event]:
    """An event the text gives no place for takes the place of the article's visit between the same
    sides, bodies too (talks during a visit; not talks with the EU's leaders during NATO's visit), or of
    its summit with the same status that it shares a party with (a meeting on the summit's sidelines),
    or of another event with the same status and time between the same two states (the talks and the
    meeting of one occasion, reported in different sentences), unless the text names that one as earlier
    (``earlier``: its index; ``через неделю после встречи в Швейцарии``). A phone call takes no place: it
    joins two."""
    result = []
    for event in events:
        if not event.location and event.parties_iso and event.type != "phone_call":
            sides = set(event.parties_iso)
            source = next((v for v in events if v.type == "visit" and v.location and v is not event
                           and sides <= set(v.parties_iso) and set(event.parties) <= set(v.parties)
                           and same_time(v, event)), None)
            if source is None and event.type in HOSTED:
                source = next((v for v in events if v.type == "summit" and v.location and v.status == event.status
                               and sides & set(v.parties_iso)), None)
            if source is None:
                source = next((v for n, v in enumerate(events) if v.location and v is not event and n not in earlier
                               and v.status == event.status and len(sides & set(v.parties_iso)) >= 2
                               and same_time(v, event)), None)
            if source is not None:
                event = replace(event, location=source.location, location_country=source.location_country,
                                cameo=cameo_of(event.type, event.status, source.location_country, list(event.parties_iso)))
        result.append(event)
    return result


def with_summit_place(events: list[Event], arrival: tuple[str, str] | None) -> list[Event]:
    """A summit the text places nowhere is held where the article's leaders arrive (``накануне прибытия обоих
    лидеров во Вьетнам``): ``arrival`` is the (name, ISO3) of the one place the article names after an
    arrival word."""
    if arrival is None:
        return events
    return [replace(e, location=arrival[0], location_country=arrival[1],
                    cameo=cameo_of(e.type, e.status, arrival[1], list(e.parties_iso)))
            if e.type == "summit" and not e.location else e for e in events]


def with_summit_sides(events: list[Event], actors: dict, country_name: Callable[[str], str]) -> list[Event]:
    """A summit's sides are also those of the talks and meetings the article reports with it: the same
    status, no other place (nor another summit's place), the same days (Putin's talks with Xi and Abe on
    the summit's first day). A summit whose sides are states takes only states from them, and only
    no person who stands for a body (not the EU's leaders met beside NATO's summit), as its own sides
    are states only; its forum (саммит БРИКС) is no side once it has states."""
    result = []
    for event in events:
        if event.type == "summit":
            elsewhere = {e.location_country for e in events if e.type == "summit" and e is not event} - {""}
            held = [e for e in events if e.type in HOSTED and e.status == event.status and same_time(e, event)
                    and (e.location_country == event.location_country if e.location_country and event.location_country
                         else e.location_country not in elsewhere)]
            states = bool(event.parties_iso) and len(event.parties_iso) == len(event.parties)
            names = list(event.parties) + [n for e in held for n in (
                [country_name(c) or c for c in e.parties_iso] if states else e.parties)]
            codes = list(event.parties_iso) + [c for e in held for c in e.parties_iso]
            if codes:  # its forum is a side only when the text names none of the states taking part
                names = [n for n in names if n != event.forum]
            known = {p.actor_key for p in event.participants}
            extra = [p for e in held for p in e.participants if p.side == "party" and p.actor_key not in known
                     and not (states and stands_for_body(actors.get(p.actor_key)))]
            event = replace(event, parties=tuple(dict.fromkeys(names)), parties_iso=tuple(dict.fromkeys(codes)),
                            participants=event.participants + tuple({p.actor_key: p for p in extra}.values()))
        result.append(event)
    return result


def stands_for_body(actor) -> bool:
    """A person of no state who serves an organisation (глава Европейского совета Туск)."""
    return actor is not None and not actor.country and bool(actor.organization)


def same_time(one: Event, other: Event) -> bool:
    """Two events the text does not date apart (a visit in December and talks in April are not)."""
    first, second = parse_iso(one.date), parse_iso(other.date)
    return not (first and second and abs((first - second).days) > 3)


def with_hosts(events: list[Event], actors: dict) -> list[Event]:
    """A visit's host and visitor: the persons of the host country, and of a visiting state none of
    whose persons the visit names, who take part in the article's other events but visits (``пригласил
    посетить Москву``: the caller and the called of the phone call; not the visitor of another visit)."""
    result = []
    for event in events:
        if event.type == "visit" and event.location_country:
            present = {p.actor_key for p in event.participants}
            countries = {actors[k].country for k in present}
            visitors = set(event.parties_iso) - {event.location_country} - countries
            found = [(p.actor_key, "host" if actors[p.actor_key].country == event.location_country else "party")
                     for other in events if other is not event and other.type != "visit" for p in other.participants
                     if p.side in ("party", "host") and p.actor_key not in present
                     and actors[p.actor_key].country in visitors | {event.location_country}]
            extra = tuple(Participant(k, side) for k, side in dict.fromkeys(found))
            event = replace(event, participants=event.participants + extra)
        result.append(event)
    return result


def visitor_of(draft: Draft, events: list[Event | None], actors: dict) -> str | None:
    """The visitor of a visit that names only where it goes (``во время моего визита в Рим``): the one
    other state of the article's events with the host country (the meeting it came for)."""
    real = [m for m in draft.mentions if not m.attach]
    host = next((m.destination for m in real if m.destination), "")
    if not host or real[0].type != "visit" or any(actors[k].country not in ("", host) for m in real for k in m.parties):
        return None
    others = {iso for e in events if e is not None and host in e.parties_iso for iso in e.parties_iso} - {host}
    if len(others) != 1:
        return None
    return next((a.key for a in actors.values() if a.kind == "country" and a.country in others), None)
