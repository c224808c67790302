"""A position without a name (``Премьер уже ...``, ``в доме артиста``, ``глава государства заявил``)
or of ``он``/``она`` (``Он стал министром``) is the position of the person named last before it: who
fits it (a woman for a feminine position, no second post of state), who may be a subject, and which
names read as a person's.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Callable

from spacy.tokens import Doc

from ..kb.role_classes import classes_with
from ..lang.morph import name_word_cases, noun_genders
from ..roles.describe import RoleInfo
from .persons import gender_of
from .profile import Draft

SENTENCES_BACK = 2  # how far back a position without a name looks for its person
STATE_CLASSES = classes_with("post_of_state")


def link_anaphora(doc: Doc, people: list[Draft], role_mentions: list[RoleInfo],
                  country_of: Callable[[Draft], str]) -> None:
    """A position without a name that may stand for a person (``Премьер уже ...``, ``в доме
    артиста``, ``глава государства заявил``) is the position of the person named last before it,
    in its sentence or the ``SENTENCES_BACK`` before, as a subject if one is (a woman for a feminine
    position, no second post of state, the position's country if it names one); a description
    (``по словам дипломата``) only for one with no position yet."""
    anaphoric = [info for info in role_mentions if info.anaphoric]
    if not anaphoric:
        return
    starts = [sent.start_char for sent in doc.sents]
    mentions = sorted((m.start, n, subject(m.text)) for n, draft in enumerate(people) for m in draft.mentions
                      if named(draft.name))
    for info in anaphoric:
        first = starts[max(0, bisect_right(starts, info.start) - 1 - SENTENCES_BACK)]
        before = [(people[n], nominative) for start, n, nominative in mentions if first <= start < info.start]
        fitting = [(d, nominative) for d, nominative in reversed(before)
                   if fits(info, d) and (not info.country or country_of(d) == info.country
                                         or info.pronoun and not country_of(d))]
        fallback = fitting[0][0] if fitting and not info.pronoun else None  # он: a subject only
        draft = next((d for d, nominative in fitting if nominative), fallback)
        if draft is None:
            continue
        held = {i.role_class for i in draft.roles if not isinstance(i, tuple)}
        if not (held and info.description) and not (info.role_class in held and info.role_class in STATE_CLASSES):
            draft.roles.append(info)  # a post of state said again adds nothing; a calling (инженер) does
        elif info.organization:  # глава правительства of a премьер-министр: the body, no new position
            draft.roles.append(replace(info, role="", role_class=""))


def fits(info: RoleInfo, draft: Draft) -> bool:
    """May the person hold the position: a woman's for a woman, and no second post of state unlike
    the one the person holds (a minister is no премьер)?"""
    gender = gender_of(draft.name.split())
    if info.feminine and gender == "masc" or info.masculine and gender == "femn":
        return False
    held = {i.role_class for i in draft.roles if not isinstance(i, tuple)} & STATE_CLASSES
    return info.role_class not in STATE_CLASSES or not held or info.role_class in held


def subject(text: str) -> bool:
    """May the mention be a subject: its words in the nominative, or in no case we can read?"""
    cases = [name_word_cases(w) for w in text.split() if name_word_cases(w)]
    return not cases or all("nomn" in c for c in cases)


def named(name: str) -> bool:
    """Does the name read as a person's (a first name or surname we know, or two words), not as a
    mistaken organisation (``Твиттер``)?"""
    return len(name.split()) > 1 or bool(noun_genders(name))
