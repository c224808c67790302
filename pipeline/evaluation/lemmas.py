"""What counts as the same name, position or place when our persons are scored against NEREL and
factRuEval: lemmas of name words (initials dropped), a position's head noun, the content lemmas of a
place with the short name of every country it names (``РФ``, ``российский`` -> Россия).

Lemmas are pymorphy3's normal forms, lower case, ё as е.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..lang.morph import best_parse, get_morph, parses_of
from .names import fold

WORD = re.compile(r"\w+(?:-\w+)*")
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"}
NOUN_POS = {"NOUN"}
MODIFIER_POS = {"ADJF", "PRTF"}
PARTICIPLE_ENDINGS = ("щий", "вший", "нный")


@lru_cache(maxsize=50_000)
def word_lemmas(word: str) -> frozenset[str]:
    """The word and every normal form pymorphy3 gives it (lower case, ё as е)."""
    return frozenset({fold(word)} | {fold(p.normal_form) for p in parses_of(get_morph(), word)})


def name_lemmas(name: str) -> frozenset[str]:
    """Lemmas of a person's name words (initials dropped); a hyphenated word also gives its long parts
    (``аль-Бусаиди``: Бусаиди, not аль)."""
    words = [w for word in WORD.findall(name) for w in [word, *(p for p in word.split("-")[1:] if len(p) > 3)]]
    return frozenset(lemma for word in words if len(word) > 1 for lemma in word_lemmas(word))


def content_lemmas(phrase: str) -> frozenset[str]:
    """Lemmas of a phrase's words, prepositions, conjunctions, particles and pronouns left out."""
    found = set()
    for word in WORD.findall(phrase):
        parse = best_parse(get_morph(), word.lower())
        if parse is not None and parse.tag.POS in FUNCTION_POS:
            continue
        found |= word_lemmas(word)
    return frozenset(found)


def head_lemma(position: str) -> str:
    """The lemma of a position phrase's head noun: its first noun (``пресс-секретарю экс-президента
    США`` -> ``пресс-секретарь``), past adjectives that agree with the next word (``главного
    тренера`` -> ``тренер``, not the noun главное); a participle used as a noun is the head itself
    when it agrees with no next word (``командующего войсками`` -> ``командующий``). The last word
    when no word reads as a noun."""
    words = WORD.findall(position)
    morph = get_morph()
    for i, word in enumerate(words):
        parses = parses_of(morph, word.lower())
        if not parses:
            continue
        first = parses[0]
        persons = [p for p in parses if p.tag.POS in NOUN_POS and "anim" in p.tag.grammemes]
        modifiers = [p for p in parses if p.tag.POS in MODIFIER_POS]
        if first.tag.POS in NOUN_POS and "anim" in first.tag.grammemes:
            return fold(first.normal_form)
        if modifiers and _modifies(modifiers, words[i + 1:]):
            continue
        if first.tag.POS in NOUN_POS:
            return fold((persons or parses)[0].normal_form)  # премьера: премьер, not a first night
        if first.tag.POS in MODIFIER_POS and _participle(modifiers):
            if persons:
                return fold(persons[0].normal_form)  # нападающий
            form = first.inflect({"nomn", "sing", "masc"})
            return fold(form.word if form is not None else first.normal_form)
    return fold(best_parse(morph, words[-1].lower()).normal_form) if words else ""


def _participle(parses: list) -> bool:
    """A participle, or an adjective made of one (``командующий``, ``уполномоченный``)."""
    return any(p.tag.POS == "PRTF" or "Subx" in p.tag.grammemes or p.normal_form.endswith(PARTICIPLE_ENDINGS)
               for p in parses)


def _modifies(modifiers: list, following: Sequence[str]) -> bool:
    """Does an adjective or participle agree with the next word, a noun, adjective or participle
    (ordinals and ``и`` skipped: ``командующего 58-й армии``: no; ``главным управляющим``,
    ``чрезвычайный и полномочный посол``: yes)? Abbreviations (``ведущего КВН``) and words that read
    first as no noun or adjective (``по``) agree with nothing."""
    word = next((w for w in following if not any(ch.isdigit() for ch in w) and w.lower() != "и"), "")
    parses = parses_of(get_morph(), word.lower()) if word else []
    if word.isupper() or not parses or parses[0].tag.POS not in NOUN_POS | MODIFIER_POS:
        return False
    return any(_agree(m.tag, p.tag) for m in modifiers for p in parses if p.tag.POS in NOUN_POS | MODIFIER_POS)


def _agree(modifier, noun) -> bool:
    if modifier.case != noun.case or modifier.number != noun.number:
        return False
    if modifier.case == "accs" and {"anim", "inan"} & set(modifier.grammemes) - set(noun.grammemes) \
            and {"anim", "inan"} & set(noun.grammemes):
        return False  # возглавлявшего (animate accusative) аппарат (inanimate)
    return modifier.number == "plur" or noun.gender is None or "ms-f" in noun.grammemes or modifier.gender == noun.gender


def role_lemmas(role: str) -> frozenset[str]:
    return frozenset(lemma for word in WORD.findall(role) for lemma in word_lemmas(word))

@lru_cache(maxsize=4)
def country_names(data_dir: str | None = None) -> dict[tuple[str, ...], str]:
    """Lemma sequences of every country name, alias and adjective in the gazetteer -> the country's
    short name (``РФ``, ``российский`` -> Россия)."""
    from ..kb.knowledge import load_knowledge

    names = {}
    for surface, entry in load_knowledge(data_dir).entries:
        if entry.kind in ("country", "adjective"):
            names.setdefault(tuple(_first_lemma(w) for w in WORD.findall(surface)), entry.name)
    return names


def _first_lemma(word: str) -> str:
    parse = best_parse(get_morph(), word)
    return fold(parse.normal_form if parse is not None else word)


def place_lemmas(place: str, states: bool = True) -> frozenset[str]:
    """Content lemmas of a place or organisation, plus (``states``) the short name of every country
    it names (the same state whether written ``РФ``, ``Российская Федерация`` or ``российский``)."""
    found = set(content_lemmas(place))
    if not states:
        return frozenset(found)
    lemmas = [_first_lemma(w) for w in WORD.findall(place)]
    for key, name in country_names().items():
        n = len(key)
        if any(tuple(lemmas[i:i + n]) == key for i in range(len(lemmas) - n + 1)):
            found |= content_lemmas(name)
    return frozenset(found)
