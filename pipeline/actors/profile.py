"""What the article says of an actor: the draft its mentions fill while they are read, and the finished
Actor. A person's role is every position the article gives, each once (``distinct_positions``), the
first one's class; its organisations are joined; its country is the first a position names, else the
delegation it heads, else the persons gazetteer's (not for the head of an international body: ``глава
Европейского совета Туск``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..kb.knowledge import Knowledge
from ..lang.morph import surname_forms
from ..lang.normalize import fold
from ..records import Actor, Mention
from ..roles.describe import RoleInfo
from .persons import case_stems, is_first_name, person_words

Correspondent = tuple[str, str, str]  # ("journalist", role, agency): the agency's correspondent on a byline


@dataclass
class Draft:
    """An actor while its mentions are read (mutable: mentions, name, roles and head_country grow)."""

    key: str
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    country: str = ""
    qid: str = ""
    roles: list[RoleInfo | Correspondent] = field(default_factory=list)
    head_country: str = ""


def finish(draft: Draft, knowledge: Knowledge) -> Actor:
    """The actor a draft describes, its country named."""
    actor = Actor(key=draft.key, kind=draft.kind, name=draft.name, mentions=tuple(draft.mentions),
                  country=draft.country, wikidata=draft.qid)
    if draft.kind != "person":
        return replace(actor, country_name=knowledge.country_name(actor.country))
    role = role_class = organization = country = ""
    positions: list[str] = []
    bodies: list[str] = []
    for info in draft.roles:
        if isinstance(info, tuple):  # the agency's correspondent on a byline
            role_class, role, organization = info
            continue
        role, role_class = role or info.role, role_class or info.role_class
        country = country or info.country
        positions.append(info.role)  # empty for a workplace alone (работал в «Газпроме»)
        bodies.append(info.organization)
    role = "; ".join(distinct_positions([role, *positions])) if role else role
    organization = "; ".join(dict.fromkeys(b for b in [organization, *bodies] if b))
    serves_body = any(b in knowledge.bodies for b in bodies)  # глава Европейского совета Туск: no POL
    country = country or draft.head_country or ("" if serves_body else gazetteer_country(draft, knowledge))
    return replace(actor, role=role, role_class=role_class, organization=organization, country=country,
                   country_name=knowledge.country_name(country))


def draft_country(draft: Draft, knowledge: Knowledge) -> str:
    """The country a person's positions or the persons gazetteer give, so far."""
    known = next((i.country for i in draft.roles if not isinstance(i, tuple) and i.country), "")
    return known or draft.head_country or gazetteer_country(draft, knowledge)


def gazetteer_country(draft: Draft, knowledge: Knowledge) -> str:
    """The persons gazetteer's country for the person's name, or for its surname when the article
    gives no more than a surname."""
    words = person_words(draft.name)
    return person_country(words, knowledge) or (surname_country(draft, knowledge) if len(words) == 1 else "")


def person_country(words: list[str], knowledge: Knowledge) -> str:
    """The persons gazetteer's country for the name, or for its last two words when a word stands
    before a first name and surname (``Президентка Майя Санду``)."""
    tails = [words, words[-2:]] if len(words) > 2 else [words]
    return next((knowledge.person_countries[" ".join(t)] for t in tails
                 if " ".join(t) in knowledge.person_countries), "")


def surname_country(draft: Draft, knowledge: Knowledge) -> str:
    """A person named by surname alone: the persons gazetteer's country for any form of a mention
    (``Шольца`` is Шольц, however the normaliser read it)."""
    surnames = {k.lower(): v for k, v in knowledge.person_countries.items() if " " not in k}
    words = [m.text for m in draft.mentions if not is_first_name(m.text)]  # Марины is no Марин
    forms = [form for word in words for form in sorted(surname_forms(word) | case_stems(word))]
    return next((surnames[form] for form in forms if form in surnames), "")


def distinct_positions(roles: list[str]) -> list[str]:
    """The positions the article gives a person, first one first, without repeats: a position whose
    words stand in another (``министр`` in ``министр иностранных дел``, not ``премьер`` in
    ``премьер-министр``) is dropped."""
    def words(text: str) -> tuple[str, ...]:
        return tuple(fold(text).split())

    def inside(short: str, long: str) -> bool:
        a, b = words(short), words(long)
        return any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))

    kept: list[str] = []
    for role in roles:
        if not role or any(inside(role, k) for k in kept):
            continue
        kept = [k for n, k in enumerate(kept) if n == 0 or not inside(k, role)] + [role]
    return kept
