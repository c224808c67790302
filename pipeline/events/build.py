"""One event's row from its draft: type, CAMEO code, status, date, place, parties, mediators and
participants, or no row when it names fewer than two sides."""
from __future__ import annotations

from datetime import date

from ..kb.role_classes import classes_with
from ..records import Actor, Event, Participant
from .frames import Draft, specific
from .lexicon import EventLexicon
from .location import choose_location, toward
from .sides import party_id, side_label
from .time import event_date, event_status, status_by_date
from .types import CAMEO, HOSTED, PLOVER_MODE

BYSTANDERS = classes_with("bystander")  # they report on an interaction, they do not take part in it


def ordered(items) -> list:
    return list(dict.fromkeys(i for i in items if i))


def cameo_of(event_type: str, status: str, location_country: str, parties_iso: list[str]) -> str:
    if status == "planned":
        return "036"
    if event_type == "meeting" and location_country and parties_iso and location_country not in parties_iso:
        return "044"
    return CAMEO[event_type]


def build_event(draft: Draft, actors: dict[str, Actor], lexicon: EventLexicon, published: str | None,
                doc_places: list[str] = (), commentators: frozenset[str] = frozenset(),
                undated: date | None = None) -> Event | None:
    """The event's row, or None when it does not name two sides (or one side abroad, for visits)."""
    knowledge = lexicon.knowledge
    real = [m for m in draft.mentions if not m.attach]
    anchor = next((m for m in real if m.parties or m.persons), real[0])
    event_type = anchor.type
    status = event_status(anchor, real)
    mediator_keys = ordered(k for m in draft.mentions for k in m.mediators if k in actors)
    person_keys = ordered(k for m in draft.mentions for k in m.persons if k in actors and k not in mediator_keys)
    heads = {k for m in draft.mentions for k in m.heads}  # a delegation's head takes part, whatever his post
    person_keys = [k for k in person_keys if (actors[k].role_class not in BYSTANDERS or k in heads)
                   and k not in commentators]
    party_keys = ordered(k for m in real for k in m.parties if k in actors and k not in mediator_keys)
    if len({party_id(k, actors) for k in party_keys + person_keys}) < 2:  # sides in the sentence after: Участвуют
        party_keys = ordered(party_keys + [k for m in draft.mentions if m.attach  # Израиль, ХАМАС, Катар как посредник
                                           for k in m.parties if k in actors and k not in mediator_keys])
    location = (choose_location(toward(list(anchor.places), anchor, actors), actors, doc_places, knowledge.areas)
                or choose_location(ordered(k for m in real for k in m.places), actors, doc_places, knowledge.areas))
    location_country = location.country if location else ""

    mediators = ordered(side_label(k, actors, knowledge)[0] for k in mediator_keys)
    mediator_iso = {side_label(k, actors, knowledge)[1] for k in mediator_keys} - {""}
    # a person stands for a side through the state they serve; one whose state the text does not give
    # (``бен Сальман``, a private person) is a participant and counts as a side, but is no party
    stateless = [k for k in person_keys if not actors[k].country and actors[k].organization not in knowledge.bodies]
    sides = ordered(side_label(k, actors, knowledge) for k in party_keys + person_keys if k not in stateless)
    sides = [s for s in sides if s[1] not in mediator_iso and s[0] not in mediators]
    body = next((m.body for m in real if m.body and m.body in actors), "")
    forum = next((m.forum for m in real if m.forum), "")
    if event_type == "summit":  # the summit's organisation (саммит ШОС) is no side, nor are others beside states
        body_name = side_label(body, actors, knowledge)[0] if body else ""
        sides = [s for s in sides if s[1]] if any(iso for _, iso in sides) else [s for s in sides if s[0] != body_name]
        sides = sides or ([(body_name, "")] if body_name else [])  # саммит БРИКС alone: БРИКС
    if len(sides) < 2 and lexicon.forums.get(forum) and specific(draft):  # встреча в нормандском формате: its members
        sides = [(knowledge.country_name(p) or p, p if p in knowledge.countries else "") for p in lexicon.forums[forum]]
    if len(sides) == 1 and event_type in HOSTED and location_country and location_country != sides[0][1] \
            and not mediators:  # В Москве прошли переговоры с X: the host is the other side (not of mediated talks)
        sides.append((knowledge.country_name(location_country), location_country))
    parties = ordered(name for name, _ in sides)
    parties_iso = ordered(iso for _, iso in sides)
    numbered = any(m.round is not None for m in real)  # третий раунд переговоров: a known event, one side suffices
    if len(parties) + len(mediators) + len({actors[k].name for k in stateless}) < 2 and not (
            event_type in ("summit", "negotiations", "consultations") and parties and (event_type == "summit" or numbered)):
        if event_type != "visit" or not parties or location_country in ("", *parties_iso):
            return None
    if not parties and not mediators:  # persons of no state alone (two players, two businessmen): no diplomacy
        return None
    if event_type == "meeting" and forum in lexicon.forums:
        event_type = "summit"  # a session of a standing format (встреча в нормандском формате)

    participants = []
    for key in person_keys + [k for k in mediator_keys if actors[k].kind == "person"]:
        side = "mediator" if key in mediator_keys else "party"
        if side == "party" and event_type in ("visit", "summit") and actors[key].country == location_country:
            side = "host"
        participants.append(Participant(key, side, key in heads))
    for key in heads - set(person_keys) - set(mediator_keys):
        if key in actors:
            participants.append(Participant(key, "party", True))

    when, date_source, date_text = event_date(draft, status, published, undated)
    status = status_by_date(status, when if date_source == "text" else None, published)
    round_mention = next((m for m in real if m.round_text), None)
    n_sides = len(parties) + len(mediators)
    return Event(
        type=event_type, cameo=cameo_of(event_type, status, location_country, parties_iso), status=status,
        date=when, date_source=date_source, date_text=date_text,
        location=location.name if location else "", location_country=location_country,
        parties=tuple(parties), parties_iso=tuple(parties_iso), mediator=tuple(mediators), forum=forum,
        format=next((m.format for m in real if m.format), ""),
        round=round_mention.round if round_mention else None,
        round_text=round_mention.round_text if round_mention else "",
        next_round=draft.next_round, trigger=anchor.text, start=anchor.start_char, end=anchor.end_char,
        sentence=anchor.sentence.text.strip(),
        confidence=round(min(1.0, 0.3 + 0.15 * n_sides + 0.05 * len(participants) + 0.05 * len(real)), 2),
        participants=tuple(participants),
        plover_event="CONSULT",
        plover_mode=PLOVER_MODE.get(event_type, "third-party" if mediators or (
            location_country and parties_iso and location_country not in parties_iso) else ""),
    )
