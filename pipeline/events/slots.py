"""The actors' mentions as slots of the events stage: states named by a compound adjective
(``российско-украинских``)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..components.gazetteer import GAZETTEER_KEY, entry_of
from ..lang.morph import best_parse, get_morph
from ..lang.nominative import normalize_phrase
from ..lang.normalize import fold, yo
from ..records import Actor
from .clause import LOCATIVE, coordinated, preposition
from .frames import Slot
from .lexicon import EventLexicon


def compound_countries(word: str, adjectives: dict[str, str]) -> list[str]:
    """The states of a compound adjective (``российско-украинских``, ``американо-северокорейские``): the
    last part read by its lemma, the others as stems that begin one state's adjective only; all of
    them, or none when a part names no single state."""
    *stems, last = fold(word).split("-")
    parse = best_parse(get_morph(), last)
    found = [adjectives.get(yo(parse.normal_form), "") if parse is not None else ""]
    for stem in stems:
        stem = stem[:-1] if stem[-1:] in ("о", "е") else stem
        countries = {iso for adjective, iso in adjectives.items() if len(stem) > 3 and adjective.startswith(stem)}
        found.insert(len(found) - 1, countries.pop() if len(countries) == 1 else "")
    return list(dict.fromkeys(found)) if all(found) and len(set(found)) == len(found) > 1 else []


def doc_slots(lexicon: EventLexicon, doc: Doc, actors: dict) -> list[Slot]:
    """The actors' mentions; a seat of power after в/на (``в Кремле``) is a place, its country's capital
    (added to ``actors`` as a location)."""
    gazetteer = {(s.start, s.end): s for s in doc.spans.get(GAZETTEER_KEY, []) if s.label_ != "ADJECTIVE"}
    role_tokens = {i for s in doc.spans.get("roles", []) for i in range(s.start, s.end)}
    found = []
    for ent in doc.ents:
        key = doc._.mention_actor.get((ent.start_char, ent.end_char))
        actor = actors.get(key)
        if actor is None:
            continue
        span = gazetteer.get((ent.start, ent.end))
        subkind = entry_of(span, lexicon.knowledge).subkind if span is not None and span.label_ == "ORG" else ""
        before = preposition(doc, ent.start)
        named_capital = not before and ent.start > 0 and doc[ent.start - 1].lemma_ == "столица"
        if named_capital:  # в столице Турции: in Ankara
            before = preposition(doc, ent.start - 1)
        capital = lexicon.knowledge.countries[actor.country].capital if actor.country in lexicon.knowledge.countries else ""
        city = ""  # the capital a country's mention names (Москву, Кремль, столицу РФ), as a place
        if capital and actor.kind == "country" and (named_capital or span is not None and (
                span.label_ == "CAPITAL" or subkind == "seat")):
            city = f"seat:{actor.country}"
            actors.setdefault(city, Actor(city, "location", capital, (), country=actor.country))
        if city and before in LOCATIVE:
            found.append(Slot(ent.start, ent.end, city, "location", "", before, ent.start in role_tokens, actor.country))
            continue
        found.append(Slot(ent.start, ent.end, key, actor.kind, subkind, before, ent.start in role_tokens, actor.country,
                          city))
    found += elliptic_countries(lexicon, doc, actors, found)
    return coordinated(doc, sorted(found + adjective_sides(lexicon, doc, actors, role_tokens), key=lambda s: s.start))


def elliptic_countries(lexicon: EventLexicon, doc: Doc, actors: dict, slots: list[Slot]) -> list[Slot]:
    """``Северной и Южной Кореи``: an adjective coordinated with a state's name that begins with an
    adjective names, with the same noun, another state."""
    found = []
    for slot in slots:
        i = slot.start
        words = [t for t in doc[max(slot.start - 4, 0):slot.start] if not t.is_space][-2:]  # Северной и\xa0Южной
        if slot.kind != "country" or slot.end - i < 2 or doc[i].pos_ != "ADJ" or len(words) < 2:
            continue
        if words[1].lower_ not in ("и", ",") or not words[0].is_alpha:
            continue
        name = " ".join(normalize_phrase([words[0].text, *[t.text for t in doc[i + 1:slot.end]]])).lower()
        iso = lexicon.country_names.get(yo(name), "")
        if iso and iso != slot.country:
            key = f"country:{iso}"
            actors.setdefault(key, Actor(key, "country", lexicon.knowledge.country_name(iso), (), country=iso))
            found.append(replace(slot, start=words[0].i, end=words[0].i + 1, key=key, country=iso, city=""))
    return found


def adjective_sides(lexicon: EventLexicon, doc: Doc, actors: dict, role_tokens: set[int]) -> list[Slot]:
    """A state named by its adjective before a side noun, with no name after it (``американский лидер``,
    ``украинская делегация``), and the states of a compound adjective before a trigger
    (``российско-украинских переговоров``): a slot of each country (added to ``actors``)."""
    people = {i for e in doc.ents if e.label_ == "PER" for i in range(e.start, e.end)}
    triggers = {t.start for t in doc.spans.get("triggers", [])}
    found = []
    for token in (doc[t - 1] for t in sorted(triggers) if t > 0):
        if "-" in token.text:
            for iso in compound_countries(token.text, lexicon.adjectives):
                key = f"country:{iso}"
                actors.setdefault(key, Actor(key, "country", lexicon.knowledge.country_name(iso), (), country=iso))
                found.append(Slot(token.i, token.i + 1, key, "country", "", preposition(doc, token.i), False, iso))
    adjectives = {s.start: s for s in doc.spans.get(GAZETTEER_KEY, []) if s.label_ == "ADJECTIVE"}
    for span in adjectives.values():
        after = span.end
        while (after + 1 < len(doc) and doc[after].lower_ in ("и", ",") and after + 1 in adjectives):
            after = adjectives[after + 1].end  # российской и украинской делегаций: both
        if after >= len(doc) or doc[after].lemma_ not in lexicon.side_nouns | {"столица"}:
            continue
        iso = entry_of(span, lexicon.knowledge).country
        capital = lexicon.knowledge.countries[iso].capital if iso in lexicon.knowledge.countries else ""
        if doc[after].lemma_ == "столица" and capital and after == span.end:  # в белорусскую столицу: Минск
            key = f"seat:{iso}"
            actors.setdefault(key, Actor(key, "location", capital, (), country=iso))
            found.append(Slot(span.start, after + 1, key, "location", "", preposition(doc, span.start), False, iso))
            continue
        named = after + 1 < len(doc) and after + 1 in people  # российский президент Владимир Путин
        if not iso or span.start in role_tokens or after in role_tokens or named:
            continue
        key = f"country:{iso}"
        actors.setdefault(key, Actor(key, "country", lexicon.knowledge.country_name(iso), (), country=iso))
        found.append(Slot(span.start, after + 1, key, "country", "", preposition(doc, span.start), False, iso))
    return found
