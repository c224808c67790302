"""Where an event is held: a place after в/на in the locative (not one gone to), a visit's place in its
destination country, and the city over the country over an area."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from ..lang.morph import best_parse, get_morph
from ..lang.words import words
from ..records import Actor
from .clause import LOCATIVE, overlaps, owned_by
from .frames import Draft, Slot, TriggerMention
from .lexicon import EventLexicon

ARRIVAL = words("arrival")
TIME_PREPOSITIONS = words("time_preposition")


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


def direction(doc: Doc, slot: Slot) -> bool:
    """A place in the accusative after в/на is where something goes (``в Москву``, ``перенос в Иерусалим``),
    not where an event is held."""
    if slot.preposition not in LOCATIVE or doc[slot.start].morph.get("Case") not in (["Acc"], ["Nom"]):
        return False
    parse = best_parse(get_morph(), doc[slot.start].text, True)
    return parse is None or "Fixd" not in parse.tag  # Сочи, Рио-де-Жанейро, США: any case


def arrives(doc: Doc, slot: Slot) -> bool:
    """A place in the accusative after в/на with an arrival word at most four words before that preposition
    in the clause (``прибытия обоих лидеров во Вьетнам``, ``прибыл в Манилу``): where someone arrives."""
    if slot.preposition not in LOCATIVE or slot.kind not in ("country", "location") or slot.in_role \
            or not direction(doc, slot):
        return False
    i = slot.start - 1
    while i > 0 and doc[i].lower_ not in LOCATIVE:
        i -= 1
    words = doc[max(i - 5, doc[slot.start].sent.start):i]
    first = min((w.i for w in words if w.lemma_ in ARRIVAL), default=None)
    return first is not None and not any(t.is_punct for t in words if t.i > first)


def displaced(doc: Doc, trigger: Span) -> bool:
    """A trigger after после/перед (``прибыл в Киев после встречи с Путиным``, ``перед саммитом G20``) dates
    another event: the places of the rest of its sentence are not its own."""
    i = trigger.start - 1
    while i >= trigger.sent.start and doc[i].pos_ in ("ADJ", "DET"):  # перед предстоящим саммитом
        i -= 1
    return i >= trigger.sent.start and doc[i].lower_ in TIME_PREPOSITIONS


def arrival(doc: Doc, slots: list[Slot], actors: dict) -> tuple[str, str] | None:
    """(name, ISO3) of the one place the article names as where someone arrives (``прибытия обоих лидеров
    во Вьетнам``, ``прибыл в Манилу``): a place after в/на in the accusative, an arrival word at most four
    words before that preposition in the clause; None when there is none or places of several countries."""
    found = {}
    for slot in slots:
        if slot.country and arrives(doc, slot):
            name = actors[slot.key].name if slot.key in actors else ""
            found.setdefault(slot.country, name)
    if len(found) != 1:
        return None
    (iso, name), = found.items()
    return (name, iso) if name else None


def town_keys(lexicon: EventLexicon, places: list[str], actors: dict) -> tuple[str, ...]:
    """The places that are towns: no country, no region, no seat of power (``подтвердили в Кремле``)."""
    return tuple(k for k in places if k in actors and actors[k].kind == "location"
                 and actors[k].name not in lexicon.regions and not k.startswith("seat:"))


def sentence_places(doc: Doc, trigger: Span, start: int, slots: list[Slot], topical: list[Slot],
                    triggers: list[Span]) -> list[str]:
    """A place elsewhere in the sentence, the nearest first (в Дублин, где встретится ...); a place
    someone arrives at before the trigger (прибыв в Ханой, провёл переговоры) only when there is no other.
    ``slots`` and ``triggers`` are the sentence's."""
    sent = trigger.sent
    in_sent = [t for t in triggers if not overlaps(t, trigger)]
    where = doc[start].lower_ in ("где", "куда")  # отправится в Дублин, где встретится: in Dublin
    left = max([t.i + 1 for t in doc[sent.start:trigger.start] if t.text == ";"], default=sent.start)
    right = min([t.i for t in doc[trigger.end:sent.end] if t.text == ";"], default=sent.end)
    candidates = [s for s in slots if left <= s.start and s.end <= right and s.preposition in LOCATIVE
                  and s.kind in ("country", "location") and not s.in_role and s not in topical]
    located = [s for s in candidates
               if where and s.end <= start or not (owned_by(doc, s, in_sent) or direction(doc, s))]
    if where:  # где refers to the place right before it
        located = [s for s in located if s.end <= start][-1:] or located
    located = located or [s for s in candidates if s.end <= trigger.start and arrives(doc, s)]
    return [s.key for s in sorted(located, key=lambda s: min(abs(s.start - trigger.end), abs(trigger.start - s.end)))]


def single_city_places(mentions: list[TriggerMention], located: list[Slot], actors: dict) -> set[str]:
    """The places (keys) of countries the article names one city of, among the mentions' places and the
    places named after в/на."""
    cities: dict[str, set[str]] = {}
    for key in [k for m in mentions for k in m.places] + [s.key for s in located]:
        if key in actors and actors[key].kind == "location":
            cities.setdefault(actors[key].country, set()).add(actors[key].name)
    return {k for k, a in actors.items() if a.kind == "location" and len(cities.get(a.country, ())) == 1}


def places_near(doc: Doc, draft: Draft, article_places: list[str], located: dict[int, list[str]], single: set[str],
                starts: list[int]) -> list[str]:
    """The places of the article's events (``article_places``, in order), and those named in or right after the
    draft's sentences (``визит на Кубу. Приземление в Гаване ...``; ``located``: the places after в/на of each
    sentence), of a country the article names one city of (``single``); ``starts``: the first token of each
    sentence. An earlier event takes only its own."""
    near = {bisect_right(starts, doc.char_span(m.start_char, max(m.end_char, m.start_char + 1),
                                               alignment_mode="expand").start) for m in draft.mentions}
    own = [k for m in draft.mentions for k in m.places] if any(m.earlier for m in draft.mentions) else article_places
    keys = own + [k for n in sorted(near | {n + 1 for n in near}) for k in located.get(n, [])]
    return [k for k in keys if k in single]
