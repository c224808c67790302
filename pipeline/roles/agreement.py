"""Does a position agree with the name beside it: the cases a name's words share, agreement in case
and gender of a position in apposition (``пресс-секретарю ... Локхарту``; not ``муж актрисы Сергей``).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..actors.persons import gender_of
from ..lang.morph import indeclinable_name, is_plural, name_word_cases, noun_cases, noun_genders


def name_cases(ent: Span) -> frozenset[str]:
    """The cases all declinable words of a name share (``Владимира Путина``: gent, accs). Unknown
    (empty) when the last word cannot be read: it may carry the case the others do not show
    (``Ким Чен Ына``), or when the words disagree."""
    words = [t for t in ent if any(ch.isalpha() for ch in t.text)]
    if len(words) > 1 and (not name_word_cases(words[-1].text) or indeclinable_name(words[0].text)):
        return frozenset()  # (a foreign first name that does not decline: Криштиану Роналду, any case)
    shared = None
    for token in words:
        cases = name_word_cases(token.text)
        if cases:
            shared = cases if shared is None else shared & cases
    return shared or frozenset()


def agrees(head, ent: Span) -> bool:
    """A position in apposition takes the name's case (``пресс-секретарю ... Локхарту``); a name in
    another case depends on it (``пресс-секретарю экс-президента Клинтона``, ``муж актрисы Сергей``).
    Indeclinable words agree. A feminine position names no man (``актрисы Сергей``)."""
    name = name_cases(ent)
    role = noun_cases(head.lower_, "plur" if is_plural(head.text) else "sing")
    if name and role and not name & role:
        return False
    return not (noun_genders(head.lower_) == {"femn"} and gender_of(t.text for t in ent) == "masc")


def agrees_nominative(ent: Span) -> bool:
    """May the name be in the nominative (or is its case unknown)?"""
    cases = name_cases(ent)
    return not cases or "nomn" in cases
