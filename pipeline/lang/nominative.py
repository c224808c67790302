"""Normalisation to the nominative: persons' names, noun phrases and positions (``Бадра аль-Бусаиди``
-> ``Бадр аль-Бусаиди``, ``министра иностранных дел`` -> ``министр иностранных дел``), and a plural
phrase in the singular. Pure functions over pymorphy3's parses (``lang.morph``); results are cached
for the shared analyzer.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import pymorphy3

from .morph import ADJECTIVE_ENDINGS, CASE_PRIORITY, NAME_PARTICLES, NAME_TAGS, get_morph, parses_of

def singular_phrase(words: Sequence[str]) -> list[str]:
    """A nominative plural noun phrase in the singular (``легендарные музыканты`` -> ``легендарный
    музыкант``): its leading adjectives and head noun; the words after the head stay."""
    morph = get_morph()
    out = list(words)
    for n, word in enumerate(words):
        parses = [p for p in parses_of(morph, word) if p.tag.number == "plur" and p.tag.case == "nomn"]
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes), None)
        if noun is not None:
            form = noun.inflect({"nomn", "sing"})
            out[n] = shape_like(form.word, word) if form else word
            gender = str(form.tag.gender) if form and form.tag.gender else "masc"
            for k in range(n):
                adj = next((p for p in parses_of(morph, words[k]) if p.tag.POS in ("ADJF", "PRTF")
                            and p.tag.case == "nomn"), None)
                inflected = adj.inflect({"nomn", "sing", gender}) if adj else None
                out[k] = shape_like(inflected.word, words[k]) if inflected else words[k]
            return out
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses_of(morph, word)):
            return out
    return out




def shape_like(word: str, model: str) -> str:
    """Give ``word`` the letter case of ``model`` (Title, UPPER or lower; hyphenated parts kept)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if "-" in model and "-" in word:
        return "-".join(shape_like(w, m) for w, m in zip(word.split("-"), model.split("-")))
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


def _declinable(parses) -> list:
    return [p for p in parses if "Fixd" not in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF", "PRTF")]


def _shared_case(token_parses: Sequence[list]) -> str | None:
    """The case all declinable words of a phrase can share (nominative first), or None.

    Singular readings are tried first: ``главы МИД`` is a genitive singular, not a nominative plural.
    """
    singular = [[p for p in parses if {"sing", "Pltm"} & set(p.tag.grammemes)] for parses in token_parses]
    if all(s or not p for s, p in zip(singular, token_parses)):
        return _common_case(singular) or _common_case(token_parses)
    return _common_case(token_parses)


def _common_case(token_parses: Sequence[list]) -> str | None:
    shared: set[str] | None = None
    for parses in token_parses:
        cases = {p.tag.case for p in parses if p.tag.case}
        if cases:
            shared = cases if shared is None else shared & cases
    if not shared:
        return None
    return next((case for case in CASE_PRIORITY if case in shared), None)


def _shares_case(parses, word: str, morph: pymorphy3.MorphAnalyzer) -> bool:
    """Can the word agree with the next one in case and number?"""
    return bool({(p.tag.case, p.tag.number) for p in parses}
                & {(p.tag.case, p.tag.number) for p in _declinable(parses_of(morph, word))})


def _inflect(parses, case: str, nominative: set[str], prefer: set[str] = frozenset()) -> str | None:
    candidates = [p for p in parses if p.tag.case == case]
    candidates.sort(key=lambda p: -len(prefer & set(p.tag.grammemes)))
    for parse in candidates:
        form = parse.inflect(nominative | ({"sing"} if "sing" in parse.tag.grammemes else set()))
        if form is not None:
            return form.word
    return None


def cached_with_shared_morph(function):
    """Cache a normaliser's results for the shared analyzer (an explicit ``morph`` is not cached)."""
    cached = lru_cache(maxsize=20_000)(lambda words: tuple(function(words, get_morph())))

    def normalize(words: Sequence[str], morph: pymorphy3.MorphAnalyzer | None = None) -> list[str]:
        return list(cached(tuple(words))) if morph is None else function(words, morph)

    normalize.__doc__ = function.__doc__
    return normalize


@cached_with_shared_morph
def normalize_name(words: Sequence[str], morph: pymorphy3.MorphAnalyzer) -> list[str]:
    """A person's name in the nominative, gender-aware (``Бадра аль-Бусаиди`` -> ``Бадр аль-Бусаиди``,
    ``Данилы Поперечного`` -> ``Данила Поперечный``, ``Джорджа Буша-младшего`` -> ``Джордж
    Буш-младший``).

    Indeclinable words (аль-Бусаиди, Арагчи), particles (Абу, бен, ибн, фон, де) and guessed words in
    -и (Роттоли) stay as written.
    """
    parts = [(n, part) for n, word in enumerate(words) for part in _name_parts(word)]
    token_parses = [_name_parses(part, morph) for _, part in parts]
    case = _shared_case(token_parses) or _shared_case(token_parses[:1])
    if case in (None, "nomn"):
        return list(words)
    genders = [{str(p.tag.gender) for p in parses if p.tag.case == case and p.tag.gender} for parses in token_parses]
    shared = set.intersection(*[g for g in genders if g]) if any(genders) else set()
    gender = "masc" if "masc" in shared or not shared else sorted(shared)[0]
    result = [[] for _ in words]
    for (n, part), parses in zip(parts, token_parses):
        matching = [p for p in parses if not p.tag.gender or str(p.tag.gender) == gender] or parses
        form = _inflect(matching, case, {"nomn"} | ({gender} if any(p.tag.POS == "ADJF" for p in matching) else set()),
                        prefer={"anim"} | NAME_TAGS)
        result[n].append(shape_like(form, part) if form else part)
    return ["-".join(pieces) for pieces in result]


def _name_parts(word: str) -> list[str]:
    """A hyphenated surname with младший/старший or a second surname is two declinable parts
    (``Буша-младшего``); a particle's hyphen (``аль-Бусаиди``) is none."""
    pieces = word.split("-")
    if len(pieces) == 2 and all(pieces) and pieces[0].lower() not in NAME_PARTICLES \
            and (pieces[1].lower().startswith(("младш", "старш")) or pieces[1][:1].isupper()):
        return pieces
    return [word]


def _name_parses(word: str, morph: pymorphy3.MorphAnalyzer) -> list:
    """The readings a name word may be inflected by: singular nouns (a person's name is singular:
    Токаев is no genitive plural) and adjectives for adjectival surnames (Поперечного, младшего)."""
    if word.lower() in NAME_PARTICLES or "-" in word:
        return []
    parses = [p for p in _declinable(parses_of(morph, word)) if "plur" not in p.tag.grammemes
              and p.tag.case != "voct"  # Илон is no vocative of Илона: news names no one in the vocative
              and (p.tag.POS == "NOUN" or p.tag.POS == "ADJF" and (word[:1].islower()
                                                              or type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"))]
    if word.endswith("и") and not any(type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for p in parses):
        return []  # Роттоли, Бусаиди: a foreign name in -и is no genitive of a guessed word
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    adjectives = [p for p in parses if p.tag.POS == "ADJF"]
    if any(NAME_TAGS & set(p.tag.grammemes) for p in nouns):
        return nouns  # Толстым: the surname Толстой, not толстый
    return adjectives if adjectives and (word[:1].islower() or word.lower().endswith(ADJECTIVE_ENDINGS)) else nouns


@cached_with_shared_morph
def normalize_phrase(words: Sequence[str], morph: pymorphy3.MorphAnalyzer) -> list[str]:
    """A noun phrase in the nominative: its leading adjectives and head noun are inflected, the
    dependents after the head stay as written (``министра иностранных дел`` -> ``министр иностранных дел``,
    ``Северной Кореи`` -> ``Северная Корея``)."""
    return _nominative(words, morph, persons=False)


@cached_with_shared_morph
def normalize_role(words: Sequence[str], morph: pymorphy3.MorphAnalyzer) -> list[str]:
    """A position phrase in the nominative, as ``normalize_phrase``, its head read as a person where
    it can be one (``экс-премьера`` -> ``экс-премьер``, ``аналитика`` -> ``аналитик``)."""
    return _nominative(words, morph, persons=True)


def _nominative(words: Sequence[str], morph: pymorphy3.MorphAnalyzer, persons: bool) -> list[str]:
    head = None
    group = []
    for i, word in enumerate(words):
        parses = _declinable(parses_of(morph, word))
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        adjs = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        person = bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag.grammemes \
            and all(a.normal_form != parses[0].normal_form for a in adjs)  # главой (not главый) федерации
        if adjs and (not nouns or i + 1 < len(words)) and not person:
            if persons and i + 1 < len(words) and not _shares_case(adjs, words[i + 1], morph):
                group.append([p for p in nouns if "anim" in p.tag.grammemes] or adjs)
                head = i  # главным управляющим компании, командующего войсками: a participle as the head
                break
            group.append(adjs)
            continue
        if persons and any("anim" in p.tag.grammemes for p in nouns):
            nouns = [p for p in nouns if "anim" in p.tag.grammemes]
        if nouns:
            group.append(nouns)
            head = i
        break
    if head is None:
        return list(words)
    case = _shared_case(group)
    if case in (None, "nomn"):
        return list(words)
    noun_parse = next((p for p in group[-1] if p.tag.case == case), None)
    if noun_parse is None:
        return list(words)
    number = noun_parse.tag.number or "sing"
    gender = str(noun_parse.tag.gender or "") if number == "sing" else ""
    result = list(words)
    noun_form = _inflect(group[-1], case, {"nomn"})
    if noun_form:
        result[head] = shape_like(noun_form, words[head])
    for i in range(head):
        target = {"nomn", number} | ({gender} if gender else set())
        candidates = [p for p in group[i] if p.tag.case == case]
        form = next((f for f in (p.inflect(target) for p in candidates) if f is not None), None)
        if form:
            result[i] = shape_like(form.word, words[i])
    return result
