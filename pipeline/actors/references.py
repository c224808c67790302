"""Actors the text names without a name of their own, so that every side of an event has its actor: a state
by its adjective before a side noun (``американский лидер``, ``украинская делегация``), by a compound
adjective before a trigger (``российско-украинских переговоров``), by an adjective coordinated with a
state's name (``Северной и Южной Кореи``), and a capital as the place (``seat:``) that a country's mention
names (``в Кремле``, ``в столице Турции``, ``в белорусскую столицу``).

Pure functions over the Doc; each reference is a ``Reference`` (its tokens and actor key), and each new
actor an ``Actor`` without mentions.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doc import GAZETTEER, ROLES, TRIGGERS, entry_of
from ..kb.knowledge import Knowledge
from ..lang.morph import best_parse, get_morph
from ..lang.nominative import normalize_phrase
from ..lang.normalize import fold, yo
from ..records import Actor, Reference

CAPITAL_NOUN = "столица"


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


def names_capital(doc: Doc, ent: Span, actor: Actor, span: Span | None, knowledge: Knowledge) -> bool:
    """Does a country's mention name its capital (``Москву``, ``Кремль``, ``столицу РФ``), which the capital's
    place (``seat:``) then stands for after в/на?"""
    if actor.kind != "country" or actor.country not in knowledge.countries or not knowledge.countries[actor.country].capital:
        return False
    subkind = entry_of(span, knowledge).subkind if span is not None and span.label_ == "ORG" else ""
    named_capital = ent.start > 0 and doc[ent.start - 1].lemma_ == CAPITAL_NOUN
    return named_capital or span is not None and (span.label_ == "CAPITAL" or subkind == "seat")


def country_actor(iso: str, knowledge: Knowledge) -> Actor:
    country = knowledge.countries.get(iso)
    return Actor(f"country:{iso}", "country", knowledge.country_name(iso), (), country=iso,
                 country_name=knowledge.country_name(iso), wikidata=country.qid if country else "")


def seat_actor(iso: str, knowledge: Knowledge) -> Actor:
    return Actor(f"seat:{iso}", "location", knowledge.countries[iso].capital, (), country=iso,
                 country_name=knowledge.country_name(iso))


def compound_references(doc: Doc, adjectives: dict[str, str]) -> list[Reference]:
    """The states of a compound adjective right before a trigger (``российско-украинских переговоров``)."""
    triggers = {t.start for t in doc.spans.get(TRIGGERS, [])}
    return [Reference(token.i, token.i + 1, f"country:{iso}") for token in (doc[t - 1] for t in sorted(triggers) if t > 0)
            if "-" in token.text for iso in compound_countries(token.text, adjectives)]


def adjective_references(doc: Doc, knowledge: Knowledge, side_nouns: frozenset[str]) -> list[Reference]:
    """A state named by its adjective before a side noun, with no name after it (``американский лидер``,
    ``украинская делегация``, ``российской и украинской делегаций``), and a capital by its state's
    adjective (``в белорусскую столицу``: Минск)."""
    role_tokens = {i for s in doc.spans.get(ROLES, []) for i in range(s.start, s.end)}
    people = {i for e in doc.ents if e.label_ == "PER" for i in range(e.start, e.end)}
    adjectives = {s.start: s for s in doc.spans.get(GAZETTEER, []) if s.label_ == "ADJECTIVE"}
    found = []
    for span in adjectives.values():
        after = span.end
        while (after + 1 < len(doc) and doc[after].lower_ in ("и", ",") and after + 1 in adjectives):
            after = adjectives[after + 1].end  # российской и украинской делегаций: both
        if after >= len(doc) or doc[after].lemma_ not in side_nouns | {CAPITAL_NOUN}:
            continue
        iso = entry_of(span, knowledge).country
        capital = knowledge.countries[iso].capital if iso in knowledge.countries else ""
        if doc[after].lemma_ == CAPITAL_NOUN and capital and after == span.end:  # в белорусскую столицу: Минск
            found.append(Reference(span.start, after + 1, f"seat:{iso}"))
            continue
        named = after + 1 < len(doc) and after + 1 in people  # российский президент Владимир Путин
        if not iso or span.start in role_tokens or after in role_tokens or named:
            continue
        found.append(Reference(span.start, after + 1, f"country:{iso}"))
    return found


def elliptic_references(doc: Doc, actors: dict[str, Actor], country_names: dict[str, str]) -> list[Reference]:
    """``Северной и Южной Кореи``: an adjective coordinated with a state's name that begins with an
    adjective names, with the same noun, another state (``anchor``: where that state's name starts)."""
    found = []
    for ent in doc.ents:
        actor = actors.get(doc._.mention_actor.get((ent.start_char, ent.end_char)))
        i = ent.start
        words = [t for t in doc[max(i - 4, 0):i] if not t.is_space][-2:]  # Северной и\xa0Южной
        if actor is None or actor.kind != "country" or ent.end - i < 2 or doc[i].pos_ != "ADJ" or len(words) < 2:
            continue
        if words[1].lower_ not in ("и", ",") or not words[0].is_alpha:
            continue
        name = " ".join(normalize_phrase([words[0].text, *[t.text for t in doc[i + 1:ent.end]]])).lower()
        iso = country_names.get(yo(name), "")
        if iso and iso != actor.country:
            found.append(Reference(words[0].i, words[0].i + 1, f"country:{iso}", anchor=i))
    return found
