"""Pure rules behind the events component: clauses, merging mentions, and one event's fields."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span

from ..lang.dates import parse_iso, resolve
from ..kb.knowledge import Knowledge
from ..records import Actor, Event, Participant

BOUNDARY = {",", ";", ":", "—", "–", "(", ")", "«", "»", '"'}
APPOSITION = {"—", "–", "(", ")"}  # no boundary before a side named in apposition
QUOTES = {"«", "»", '"'}
APART_DAYS = 31  # mentions the text dates further apart are two events
FAMILY = {"negotiations": "talks", "consultations": "talks", "meeting": "talks", "phone_call": "talks",
          "visit": "visit", "summit": "summit"}
CAMEO = {"negotiations": "046", "phone_call": "041", "visit": "042", "meeting": "040", "consultations": "040",
         "summit": "040"}
PLOVER_MODE = {"visit": "visit", "phone_call": "phone", "summit": "multilateral"}
STATUS_RANK = {"cancelled": 3, "occurred": 2, "planned": 1, "": 0}
HOSTED = {"negotiations", "meeting", "consultations"}
BYSTANDERS = {"journalist", "spokesperson"}  # they report on an interaction, they do not take part in it


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
    forum: str = ""  # the body whose summit it is (саммит ШОС): actor key
    partners: tuple[str, ...] = ()  # sides named with с/со (встретился с X): the trigger has a subject
    placed: tuple[str, ...] = ()  # the towns (no countries, no regions) named in the trigger's own clause


@dataclass
class Draft:
    mentions: list[TriggerMention] = field(default_factory=list)
    party_ids: set[str] = field(default_factory=set)
    next_round: str = ""

    @property
    def family(self) -> str:
        return FAMILY[self.mentions[0].type]


def clause_bounds(doc: Doc, sent: Span, i: int, slots: list[Slot]) -> tuple[int, int]:
    """Token range of the clause around token ``i``: punctuation ends a clause, except a comma
    between two actors of one list (``Россия, Китай и Индия``) and a dash or bracket before a side in
    apposition (``России — Владимира Путина``, ``членов ШОС (Китая, Казахстана)``)."""
    ends = {s.end: s.kind == "person" for s in slots}
    starts = {s.start: s.kind == "person" for s in slots}

    def boundary(k: int) -> bool:
        if doc[k].text not in BOUNDARY:
            return False
        if doc[k].text in APPOSITION and (k + 1 in starts or k in ends and doc[k].text == ")"):
            return False  # России — Владимира Путина; членов ШОС (Китая, Казахстана)
        if doc[k].text in QUOTES and (k + 1 in starts or k in ends):
            return False  # quotes around a name: и «Европейской тройкой»
        return not (doc[k].text == "," and k in ends and k + 1 in starts)

    start = i
    while start > sent.start and not boundary(start - 1):
        start -= 1
    end = i + 1
    while end < sent.end and not boundary(end):
        end += 1
    return start, end


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


def merge_mentions(mentions: list[TriggerMention], actors: dict[str, Actor], published: date | None = None
                   ) -> list[Draft]:
    """One draft per real interaction: a mention joins the latest draft of its family whose
    parties it agrees with (one side's parties contain the other's) and that the text does not date
    apart from it; a mention naming no party joins the latest draft of its family; a next-round
    mention gives the latest talks its ``next_round``; a continuation sentence adds to the latest draft."""
    drafts: list[Draft] = []
    last: Draft | None = None
    for mention in mentions:
        if mention.attach:
            if last is not None:
                last.mentions.append(mention)
            continue
        family = FAMILY[mention.type]
        same_family = [d for d in drafts if d.family == family]
        joinable = [d for d in same_family if compatible(d, mention, published)]
        if family == "summit" and joinable:  # an article reports a summit named many ways (саммит ШОС, АТЭС: two)
            joinable[-1].mentions.append(mention)
            last = joinable[-1]
            continue
        if mention.is_next and same_family:
            target = same_family[-1]
            target.next_round = target.next_round or mention.next_text or mention.round_text
            continue
        mention = round_sides(mention, drafts, actors)
        ids = {party_id(k, actors) for k in mention.parties + mention.persons}
        same_family = [d for d in joinable if not elsewhere(d, mention, actors)]  # round_sides changes only parties
        if ids:  # a draft named only by its town (в Женеве) takes sides the article gives no other talks for
            fits = [d for d in reversed(same_family) if (not d.party_ids or d.party_ids <= ids or ids <= d.party_ids
                                                         or completes(d, mention, ids))
                    and not other_people(d, mention, actors)]
            match = next((d for d in fits if d.party_ids or not towns(d, actors) or towns(d, actors) & towns_of(
                mention, actors)), fits[0] if fits else None)
        else:  # the latest draft that names its sides, before one named only by its town
            match = next((d for d in reversed(same_family) if d.party_ids), same_family[-1] if same_family else None)
        if match is None:
            match = Draft()
            drafts.append(match)
        match.mentions.append(mention)
        match.party_ids |= ids
        last = match
    return drafts


def round_number(draft: Draft) -> int | None:
    return next((m.round for m in draft.mentions if not m.attach and m.round is not None), None)


def fold_rounds(drafts: list[Draft]) -> list[Draft]:
    """A round right after another round of the talks the article reports, placed nowhere and not said to
    have taken place, is that round's next round (``второй раунд прошёл ... третий раунд пройдёт в ближайшие
    дни``, ``договорились о третьем раунде``), no row of its own."""
    numbers = {id(d): round_number(d) for d in drafts}
    kept = []
    for draft in drafts:
        number = numbers[id(draft)]
        before = next((d for d in drafts if number is not None and numbers[id(d)] == number - 1
                       and d.family == draft.family == "talks"), None)
        said = {m.status for m in draft.mentions if not m.attach}
        if before is not None and said <= {"", "planned"} and not any(m.places for m in draft.mentions):
            text = next((m.next_text for m in draft.mentions if m.next_text), "")
            before.next_round = before.next_round or text or next(m.round_text for m in draft.mentions if m.round_text)
            continue
        kept.append(draft)
    return kept


def round_sides(mention: TriggerMention, drafts: list[Draft], actors: dict[str, Actor]) -> TriggerMention:
    """A round of talks that names one side at most has the sides of the article's other numbered rounds
    (``второй раунд российско-украинских переговоров ... Первый раунд переговоров состоялся 28 февраля``)."""
    if mention.round is None or FAMILY[mention.type] != "talks" or len(
            {party_id(k, actors) for k in mention.parties + mention.persons}) > 1:
        return mention
    others = [d for d in drafts if d.family == "talks" and len(d.party_ids) > 1
              and round_number(d) not in (None, mention.round)]
    sides = tuple(k for d in others[-1:] for m in d.mentions if not m.attach for k in m.parties)
    return replace(mention, parties=tuple(dict.fromkeys(mention.parties + sides)))


def completes(draft: Draft, mention: TriggerMention, ids: set[str]) -> bool:
    """A visit named by its destination alone completes the visit named before by its visitor alone
    (``получил приглашение посетить ..., надеется нанести визит в Москву``)."""
    return (mention.type == "visit" and ids == {mention.destination}
            and not any(m.destination for m in draft.mentions if not m.attach))


def other_people(draft: Draft, mention: TriggerMention, actors: dict[str, Actor]) -> bool:
    """The mention names for a side only persons the draft does not have, where the draft names
    persons for that side: another interaction (Медведев met Trump at a dinner; later Trump met Putin)."""
    def people(keys) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for key in keys:
            if key in actors and actors[key].country:
                found.setdefault(actors[key].country, set()).add(key)
        return found
    ours = people(k for m in draft.mentions if not m.attach for k in m.persons)
    theirs = people(mention.persons)
    return any(side in ours and not keys & ours[side] for side, keys in theirs.items())


SUBJECT_TYPES = {"negotiations", "consultations", "meeting", "phone_call"}


def with_subjects(mentions: list[TriggerMention], actors: dict[str, Actor]) -> list[TriggerMention]:
    """Talks, a meeting or a call named with the partner alone (``глава государства встретится с X``,
    ``Он провёл переговоры с X``, ``Встреча с X не состоялась``) have as other side the subject the
    article spoke of last: the latest side of an earlier mention that is not the partner's side
    (persons before states)."""
    result: list[TriggerMention] = []
    for mention in mentions:
        ids = {party_id(k, actors) for k in mention.parties + mention.persons}
        if not mention.attach and mention.type in SUBJECT_TYPES and mention.partners and len(ids) == 1:
            earlier = (k for m in reversed(result) if not m.attach for k in m.persons + m.parties)
            subject = next((k for k in earlier if k in actors and party_id(k, actors) not in ids
                            and (actors[k].country or actors[k].organization)), None)
            if subject is not None and actors[subject].kind == "person":
                mention = replace(mention, persons=mention.persons + (subject,))
            elif subject is not None:
                mention = replace(mention, parties=mention.parties + (subject,))
        result.append(mention)
    return result


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


def compatible(draft: Draft, mention: TriggerMention, published: date | None = None) -> bool:
    """Mentions of one interaction: an earlier one (``предыдущий визит``, or one the text dates apart)
    is another event, and so are a visit to another country and another body's summit (``саммит ШОС``,
    ``саммит АТЭС``)."""
    real = [m for m in draft.mentions if not m.attach]
    if any(m.earlier != mention.earlier for m in real) or dated_apart(real, mention, published):
        return False
    if mention.round is not None and any(m.round not in (None, mention.round) for m in real):
        return False  # the first round and the second are two events
    forums = {m.forum for m in real if m.forum}
    said = {m.status for m in real} - {"", "cancelled"}
    same_forum = bool(mention.forum) and mention.forum in forums  # саммит НАТО должен был пройти в начале года
    same_trip = bool(mention.destination) and mention.destination in {m.destination for m in real}
    if mention.status in ("occurred", "planned") and said and mention.status not in said and not (same_forum or same_trip):
        return False  # held and planned: two events (встретилась в Риме ... пригласила посетить нашу страну)
    if mention.forum and forums and mention.forum not in forums:
        return False
    destinations = {m.destination for m in real if m.destination}
    return not (mention.destination and destinations and mention.destination not in destinations)


def towns_of(mention: TriggerMention, actors: dict[str, Actor]) -> set[str]:
    """The countries of the towns the mention names in its own clause."""
    return {actors[k].country for k in mention.placed if k in actors and actors[k].country}


def towns(draft: Draft, actors: dict[str, Actor]) -> set[str]:
    return {c for m in draft.mentions if not m.attach for c in towns_of(m, actors)}


def elsewhere(draft: Draft, mention: TriggerMention, actors: dict[str, Actor]) -> bool:
    """Talks the mention places, in its own clause, in a town of another country than the towns the draft's
    mentions name in theirs (``в Женеве стартовал раунд ... Ранее переговорщики собирались в Астане``): other talks."""
    ours, theirs = towns(draft, actors), towns_of(mention, actors)
    return draft.family == "talks" and bool(ours and theirs and not ours & theirs)


def ordered(items) -> list:
    return list(dict.fromkeys(i for i in items if i))


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


def toward(keys: list[str], mention: TriggerMention, actors: dict[str, Actor]) -> list[str]:
    """A visit's places in its destination country, when it names any (``визит Шольца в Киев был
    запланирован до развала в ФРГ коалиции``: Киев, not Германия)."""
    if mention.type != "visit" or not mention.destination:
        return keys
    return [k for k in keys if k in actors and actors[k].country == mention.destination] or keys


def choose_location(keys: list[str], actors: dict[str, Actor], doc_places: list[str] = (),
                    areas: frozenset[str] = frozenset()) -> Actor | None:
    """The city over the country over an area: the first place that is not a country (and lies in a country
    named beside it: ``В Киеве объявили сроки визита в Россию`` is no visit to Kiev); else the first country,
    or a city in that country where the article places another of its events; a region of no one country
    (``areas``: Европа, Ближний Восток) only when the keys name no other place."""
    places = [actors[k] for k in keys if k in actors]
    places = [a for a in places if a.name not in areas] or places
    countries = {a.country for a in places if a.kind == "country"}
    city = next((a for a in places if a.kind == "location" and (not countries or not a.country or a.country in countries)),
                None)
    if city is not None or not places:
        return city
    places = [a for a in places if a.kind == "country"] or places
    country = places[0]
    return next((actors[k] for k in doc_places if k in actors and actors[k].kind == "location"
                 and actors[k].country == country.country), country)


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


def cameo_of(event_type: str, status: str, location_country: str, parties_iso: list[str]) -> str:
    if status == "planned":
        return "036"
    if event_type == "meeting" and location_country and parties_iso and location_country not in parties_iso:
        return "044"
    return CAMEO[event_type]


def build_event(draft: Draft, actors: dict[str, Actor], knowledge: Knowledge, published: str | None,
                doc_places: list[str] = (), commentators: frozenset[str] = frozenset(),
                undated: date | None = None) -> Event | None:
    """The event's row, or None when it does not name two sides (or one side abroad, for visits)."""
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
    forum = next((m.forum for m in real if m.forum and m.forum in actors), "")
    if event_type == "summit":  # the summit's organisation (саммит ШОС) is no side, nor are others beside states
        forum_name = side_label(forum, actors, knowledge)[0] if forum else ""
        sides = [s for s in sides if s[1]] if any(iso for _, iso in sides) else [s for s in sides if s[0] != forum_name]
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
        parties=tuple(parties), parties_iso=tuple(parties_iso), mediator=tuple(mediators),
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
