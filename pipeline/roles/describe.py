"""What a position phrase says: its role text (the rule's canonical words for the matched ones:
``глава МИД`` -> ``министр иностранных дел``), role class, every organisation it names (``Совет
Федерации; Законодательное собрание Тульской области``; else a state body, a place's government
``мэр Москвы``, or a kind of organisation ``депутат городского совета``) and country (``министр
иностранных дел Омана``: OMN; not ``посол в Японии``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doc import entry_of
from ..kb.knowledge import Knowledge
from ..lang.morph import is_plural, person_in_singular
from ..lang.nominative import singular_phrase
from ..lang.words import words
from .index import SpanIndex
from .phrases import ROLE_JOINERS, ROLE_PREPOSITIONS
from .rules import RoleRule, rule_over
from .text import expand_acting, name_of, role_text
from .tokens import QUOTES, dated
from .workplaces import kind_tail

BRACKETS = {"(", ")"}
LOCATIVE = words("locative")  # посол в Японии: a place the phrase names, not the country it serves


@dataclass(frozen=True)
class RoleInfo:
    """A position (or a workplace alone: role and role_class empty) and where it stands in the text."""

    role: str
    role_class: str
    organization: str = ""
    country: str = ""
    start: int = 0
    end: int = 0
    feminine: bool = False  # the position names a woman (актриса, певица)
    masculine: bool = False  # the position names a man (футболист: a woman is a футболистка)
    anaphoric: bool = False  # a position without a name that may stand for a person named before
    description: bool = False  # a description (дипломат, политик) rather than a post
    pronoun: bool = False  # said of он/она


def org_extent(doc: Doc, org: Span, end: int, named: set[int]) -> Span:
    """An organisation's name with the names and genitive words after it, up to ``end``
    (``Регионального отделения РФСХ Республики Башкортостан``, ``администрации Советского района``)."""
    last = org.end
    while last < end and (last in named or doc[last].pos_ in ("NOUN", "PROPN", "ADJ")
                          and doc[last].morph.get("Case") == ["Gen"] and not person_in_singular(doc[last].text)):
        last += 1  # (not a person's word: главы ФБР республиканца Джеймса Коми)
    while last > org.end and doc[last - 1].pos_ == "ADJ":
        last -= 1
    return doc[org.start:last]


@dataclass(frozen=True)
class Describer:
    """Reads position phrases with the roles lexicon, the generic organisation words (``компания``,
    left out of a role), the kinds of organisation and the knowledge base."""

    rules: dict[str, list[RoleRule]]
    generic: frozenset[str]
    kinds: frozenset[str]
    knowledge: Knowledge

    def phrase_country(self, doc: Doc, start: int, inside: list[Span]) -> str:
        """The country of a role phrase starting at ``start``, from the gazetteer spans inside it: a
        country, its adjective or a state body (not one after в/на: посол в Японии), else the country
        of an organisation or city it names."""
        country = ""
        for span in inside:
            located = span.start > start and doc[span.start - 1].lower_ in LOCATIVE
            if span.label_ in ("COUNTRY", "ADJECTIVE", "STATEORG") and not located:
                return entry_of(span, self.knowledge).country
            if span.label_ in ("ORG", "CAPITAL", "CITY") and entry_of(span, self.knowledge).country and not country:
                country = entry_of(span, self.knowledge).country
        return country

    def describe(self, doc: Doc, start: int, head: int, end: int, rule: RoleRule, gazetteer: SpanIndex,
                 org_ents: SpanIndex, place_ents: SpanIndex | None = None) -> RoleInfo:
        """The role, role class, organisation and country of the phrase ``doc[start:end]`` whose rule
        ``rule`` matches at ``head`` (``gazetteer``: the doc's gazetteer spans; ``org_ents``,
        ``place_ents``: its ORG and LOC entities; only those within the phrase are read)."""
        inside = gazetteer.inside(start, end)
        places_after = place_ents.inside(head + 1, end) if place_ents else []
        orgs = sorted(org_ents.inside(head + 1, end) + [p for p in places_after if doc[p.start - 1].text in QUOTES],
                      key=lambda e: e.start)  # клуба «Барселона»
        countries = {(s.start, s.end) for s in inside if s.label_ in ("COUNTRY", "STATEORG")}
        places = [e for e in places_after
                  if (e.start, e.end) not in countries and doc[e.start - 1].lower_ not in LOCATIVE]
        bodies = [s for s in inside if s.label_ == "STATEORG"]
        organization = orgs[0] if orgs else None
        country = self.phrase_country(doc, start, inside)
        dropped = {i for s in inside if s.label_ in ("COUNTRY", "ADJECTIVE") and doc[s.start - 1].lower_ not in LOCATIVE
                   for i in range(s.start, s.end)}
        dropped |= {i for i in range(start, end) if dated(doc[i])}  # с 1991 по 1992 годы
        cut = end
        if organization is not None:  # its adjectives go with it (главой государственной Комиссии по ...)
            first = organization.start
            while first - 1 > head and first - 1 >= start and doc[first - 1].pos_ == "ADJ" and first - 1 not in dropped:
                first -= 1
            organization = doc[first:organization.end]
            orgs = [organization, *orgs[1:]]
        if organization is not None and organization.start > head + len(rule.lemmas) - 1:
            cut = organization.start
            while cut - 1 > head and (doc[cut - 1].lemma_ in self.generic or doc[cut - 1].text in QUOTES):
                cut -= 1
            while cut < organization.start and cut - 1 > head and doc[cut - 1].pos_ == "ADJ":
                cut -= 1  # биотехнологической компании Genentech: the company's adjective goes with it
        kept = [i for i in range(head, end) if i not in dropped]  # глава [российского] МИД: глава МИД
        better = rule_over(doc, kept, self.rules) if kept else None
        if better is not None and len(better[0].lemmas) > len(rule.lemmas):  # глава казахстанского государства
            rule, matched_end = better[0], kept[better[1] - 1] + 1
        else:
            matched_end = head + len(rule.lemmas)
        words = [doc[i].text for i in range(start, head) if i not in dropped]
        words = expand_acting(words)
        if rule.canonical:
            words += rule.canonical.split()
            tail = range(matched_end, cut)
        else:
            tail = range(head, cut)
        words += [doc[i].text for i in tail if i not in dropped]
        while words and (words[-1] in ROLE_JOINERS | ROLE_PREPOSITIONS | BRACKETS | QUOTES):
            words.pop()
        role = role_text(words) if words else ""
        if role and is_plural(doc[head].text):  # музыканты А, Б и В: each a музыкант
            role = " ".join(singular_phrase(role.split()))
        org_name = ""
        if organization is not None:  # every one the phrase names, with its genitive dependents
            named = {i for e in org_ents.starting(start, end) + (place_ents.starting(start, end) if place_ents else [])
                     for i in range(e.start, e.end)}  # (no entity before the phrase reaches past its organisation)
            extents = [org_extent(doc, o, end, named) for o in orgs]
            org_name = "; ".join(dict.fromkeys(name_of(x) for n, x in enumerate(extents)
                                               if not any(y.start <= x.start < y.end for y in extents[:n])))
        elif bodies:
            org_name = name_of(bodies[0])
        elif places:  # мэр Москвы, губернатор Алтайского края: the place's government
            org_name = name_of(places[0])
        elif (kind := kind_tail(doc, head + 1, cut, self.kinds)) is not None:
            org_name = name_of(kind)  # депутат городского совета, глава правительства
        return RoleInfo(role, rule.role_class, org_name, country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def country_of(self, span: Span, gazetteer: SpanIndex) -> str:
        """The country of a gazetteer organisation (``посольстве Японии``: JPN), else ''."""
        for entry in gazetteer.inside(span.start, span.end):
            if entry.label_ in ("ORG", "STATEORG", "COUNTRY"):
                return entry_of(entry, self.knowledge).country
        return ""
