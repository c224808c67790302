"""Is this name mention the same person as that one: the words of a name (``Дж.Коми``: Дж., Коми),
a surname alone in any case form (``Лаврова``, ``Шольцем``), a name that ends the fuller one (``бен
Сальмана``), an initial for a first name (``Дж. Коми``, ``Джеймс Коми``); a first name that is no
surname (``Марины``), and the gender a name says.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..lang.morph import get_morph, noun_genders, parses_of, surname_forms
from ..lang.normalize import fold, yo


def person_words(normal: str) -> list[str]:
    """The words of a person's name, an initial with its dot (``Дж.Коми``: Дж., Коми)."""
    return re.findall(r"[\w'’-]+\.?", yo(normal))


def same_person(a: list[str], b: list[str]) -> bool:
    """Full name vs surname alone (in any case form: ``Лаврова``); a name that ends the fuller one
    (``бен Сальмана``, ``Мохаммед бен Сальман``); or two full names with the same surname (in any
    case form) and the same first word or its initial (``Дж. Коми``, ``Джеймс Коми``; ``А.Кулешов``,
    ``Анатолия Кулешова``)."""
    if len(a) > 1 and len(b) > 1:
        short, full = sorted((a, b), key=len)
        tail = [w.lower() for w in full[len(full) - len(short):]]
        if len(short) < len(full) and [w.lower() for w in short[:-1]] == tail[:-1] and (
                tail[-1] in surname_forms(short[-1])):
            return True
        first, other = a[0].lower(), b[0].lower()
        initial = first.endswith(".") and other.startswith(first[:-1]) or \
            other.endswith(".") and first.startswith(other[:-1])
        return bool(surname_forms(a[-1]) & surname_forms(b[-1])) and (first == other or initial)
    single, full = (a, b) if len(a) == 1 else (b, a)
    surnames = {fold(w) for w in full[1:]} or {full[0].lower()}
    return bool((surname_forms(single[0]) | case_stems(single[0])) & surnames
                or surname_forms(single[0]) & {w.lower() for w in full})  # Маска: Илон Маск


def case_stems(word: str) -> set[str]:
    """A foreign surname with a case ending cut off (``Шольца``, ``Шольцем`` -> шольц), lower case."""
    word = fold(word)
    return {word[:-len(end)] for end in ("ом", "ем", "ым", "а", "у", "е") if word.endswith(end) and len(word) > len(end) + 2}


def is_first_name(word: str) -> bool:
    """The word reads as a first name and never as a surname (``Марины``; not ``Токаева``)."""
    tags = [p.tag for p in parses_of(get_morph(), word)]
    return any("Name" in t for t in tags) and not any("Surn" in t for t in tags)


def gender_of(words: Iterable[str]) -> str:
    """masc or femn when the capitalised words of a person's name (its first name or surname) say so
    and none says otherwise, else ''."""
    genders = {g for word in words if word[:1].isupper() for g in noun_genders(word)} - {"ms-f", "neut"}
    return next(iter(genders)) if len(genders) == 1 else ""
