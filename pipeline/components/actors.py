"""Actors: every named mention gets an actor; mentions of one actor share its key.

Countries (also through capitals and seats of power used for a government), organisations,
places and persons. A person is one actor across the article: full name, surname alone in any case
form, an initial (``Дж.Коми``), a name in brackets after the name (``Скотт Хоровитц (Scott
Horowitz)``), and a position standing alone or ``он``/``она`` (``Премьер уже ...``, ``Он стал
министром``) for the person named before. A person's role, organisation and country come from all
the position phrases of its mentions (``roles``), delegation heads, and the persons gazetteer.
The publishing agency (``передает собственный корреспондент агентства Kazinform``) is the source;
its correspondent's role goes to the byline's person.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import doc as _doc  # noqa: F401
from ..kb.knowledge import Knowledge, load_knowledge
from ..lang.morph import get_morph, name_word_cases, noun_genders, parses_of, surname_forms
from ..lang.normalize import normalize_name, normalize_phrase
from ..records import Actor, Mention
from .gazetteer import GAZETTEER_KEY, NESTED_KEY, entry_of
from .layout import LAYOUT_KEY

LOCATIVE = {"в", "во", "на", "из", "под", "около", "возле", "близ", "до"}
SENTENCES_BACK = 2  # how far back a position without a name looks for its person
STATE_CLASSES = {"head_of_state", "head_of_government", "foreign_minister", "minister", "deputy_minister", "envoy",
                 "ambassador", "spokesperson", "legislator", "military", "international_official"}


@dataclass
class _Draft:
    key: str
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    country: str = ""
    qid: str = ""
    roles: list = field(default_factory=list)
    head_country: str = ""


def person_words(normal: str) -> list[str]:
    """The words of a person's name, an initial with its dot (``Дж.Коми``: Дж., Коми)."""
    return re.findall(r"[\w'’-]+\.?", normal.replace("ё", "е"))


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
    surnames = {w.lower().replace("ё", "е") for w in full[1:]} or {full[0].lower()}
    return bool((surname_forms(single[0]) | case_stems(single[0])) & surnames
                or surname_forms(single[0]) & {w.lower() for w in full})  # Маска: Илон Маск


def gazetteer_index(doc: Doc) -> dict[tuple[int, int], Span]:
    """Gazetteer spans by their token range (adjectives are no names)."""
    return {(s.start, s.end): s for s in doc.spans.get(GAZETTEER_KEY, []) if s.label_ != "ADJECTIVE"}


def source_of(doc: Doc, knowledge: Knowledge, gazetteer: dict[tuple[int, int], Span]
              ) -> tuple[str | None, tuple[str, str] | None, int]:
    """(agency, (correspondent role, agency), the agency mention's start) from ``передает
    [собственный] корреспондент агентства X``; the publisher is the source, not an actor."""
    for cue in doc.spans.get("source", []):
        org = next((e for e in doc.ents if e.label_ == "ORG" and cue.end <= e.start <= cue.end + 1), None)
        if org is None:
            continue
        span = gazetteer.get((org.start, org.end))
        agency = entry_of(span, knowledge).name if span is not None and span.label_ == "ORG" else org.text
        words = [t.text for t in doc[cue.start + 1:cue.end] if t.pos_ != "NOUN" or t.lemma_ in ("корреспондент", "собкор", "спецкор")]
        role = " ".join(normalize_phrase(words)).lower()
        return agency, (role, agency), org.start_char
    return None, None, -1


class Actors:
    def __init__(self, name: str, data_dir: str | None = None) -> None:
        self.name = name
        self.knowledge = load_knowledge(data_dir)

    def key_of(self, doc: Doc, ent: Span, normal: str, span: Span | None) -> tuple[str, str, str, str, str]:
        """(key, kind, name, country, qid) of the actor a mention refers to (``span``: its gazetteer name)."""
        before = doc[ent.start - 1].lower_ if ent.start else ""
        if span is not None:
            entry = entry_of(span, self.knowledge)
            country = self.knowledge.countries.get(entry.country)
            if span.label_ == "COUNTRY" or (span.label_ == "ORG" and entry.subkind == "seat"):
                return f"country:{entry.country}", "country", country.name, entry.country, country.qid
            if span.label_ == "CAPITAL" and before not in LOCATIVE:
                return f"country:{entry.country}", "country", country.name, entry.country, country.qid
            if span.label_ in ("CAPITAL", "CITY"):
                return f"place:{entry.name}", "location", entry.name, entry.country, ""
            if span.label_ == "STATEORG":
                return f"org:{normal}", "organization", normal, entry.country, ""
            return entry.key, "organization", normal, entry.country, entry.qid
        if ent.label_ == "LOC":
            return f"place:{normal}", "location", normal, "", ""
        return f"org:{normal}", "organization", normal, "", ""

    def normal_of(self, ent: Span, span: Span | None) -> str:
        words = [t.text for t in ent if not t.is_space]
        if span is not None and span.label_ in ("COUNTRY", "CAPITAL", "CITY"):
            return entry_of(span, self.knowledge).name
        if ent.label_ == "PER" and span is not None and span.label_ == "PERSON":
            name = entry_of(span, self.knowledge).name.split()  # the gazetteer's spelling
            return name[-1] if len(words) == 1 else " ".join(name)
        if ent.label_ == "PER":  # spaced as written: Дж.Коми; a no-break space is a space (Ким Де\xa0Джун)
            tokens = [t for t in ent if not t.is_space]
            gaps = [" " if t.whitespace_ or doc_space(t) else "" for t in tokens]
            return "".join(w + gap for w, gap in zip(normalize_name(words), gaps)).strip()
        return " ".join(normalize_phrase(words))

    def surname_country(self, draft: _Draft) -> str:
        """A person named by surname alone: the persons gazetteer's country for any form of a mention
        (``Шольца`` is Шольц, however the normaliser read it)."""
        surnames = {k.lower(): v for k, v in self.knowledge.person_countries.items() if " " not in k}
        words = [m.text for m in draft.mentions if not is_first_name(m.text)]  # Марины is no Марин
        forms = [form for word in words for form in sorted(surname_forms(word) | case_stems(word))]
        return next((surnames[form] for form in forms if form in surnames), "")

    def draft_country(self, draft: _Draft) -> str:
        """The country a person's positions or the persons gazetteer give, so far."""
        known = next((i.country for i in draft.roles if not isinstance(i, tuple) and i.country), "")
        return known or draft.head_country or self.person_country(person_words(draft.name)) or (
            self.surname_country(draft) if len(person_words(draft.name)) == 1 else "")

    def person_country(self, words: list[str]) -> str:
        """The persons gazetteer's country for the name, or for its last two words when a word stands
        before a first name and surname (``Президентка Майя Санду``)."""
        tails = [words, words[-2:]] if len(words) > 2 else [words]
        return next((self.knowledge.person_countries[" ".join(t)] for t in tails
                     if " ".join(t) in self.knowledge.person_countries), "")

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = gazetteer_index(doc)
        agency, correspondent, agency_start = source_of(doc, self.knowledge, gazetteer)
        bylines = {s.start_char for s in doc.spans.get(LAYOUT_KEY, []) if s.label_ == "BYLINE"}
        roles, heads = doc._.roles or {}, doc._.heads or {}
        drafts: dict[str, _Draft] = {}
        people: list[_Draft] = []
        bracketed: dict[int, _Draft] = {}  # a name's start right after ( -> the person named before it
        mention_actor = {}
        for ent in doc.ents:
            if ent.start_char == agency_start:
                continue
            span = gazetteer.get((ent.start, ent.end))
            normal = self.normal_of(ent, span)
            mention = Mention(ent.start_char, ent.end_char, ent.text, ent.label_, normal)
            if ent.label_ == "PER":
                words = person_words(normal)
                written = person_words(ent.text)  # Кейта: the surname as written, too (not only Кейт)
                alias_of = bracketed.get(ent.start)  # Скотт Хоровитц (Scott Horowitz): one person
                draft = alias_of or next((p for p in people if same_person(person_words(p.name), words)
                                          or len(written) == 1 and same_person(person_words(p.name), written)), None)
                if draft is None:
                    draft = _Draft(f"person:{len(people)}", "person", normal)
                    people.append(draft)
                    drafts[draft.key] = draft
                elif alias_of is None and len(words) > len(person_words(draft.name)):
                    draft.name = normal
                if ent.end + 1 < len(doc) and doc[ent.end].text == "(":
                    bracketed[ent.end + 1] = draft
                if len(words) == 1 and len(person_words(draft.name)) > 1 and alias_of is None:
                    mention = Mention(ent.start_char, ent.end_char, ent.text, ent.label_, person_words(draft.name)[-1])
                if ent.start_char in roles:
                    draft.roles.extend(roles[ent.start_char])
                elif ent.start_char in bylines and correspondent:
                    draft.roles.append(("journalist", *correspondent))
                if ent.start_char in heads and heads[ent.start_char]:
                    draft.head_country = draft.head_country or heads[ent.start_char]
            else:
                key, kind, name, country, qid = self.key_of(doc, ent, normal, span)
                draft = drafts.setdefault(key, _Draft(key, kind, name, country=country, qid=qid))
                if kind == "organization" and len(normal) > len(draft.name):
                    draft.name = normal  # the fullest name the article gives
            draft.mentions.append(mention)
            mention_actor[(ent.start_char, ent.end_char)] = draft.key
        for span in doc.spans.get(NESTED_KEY, []):
            entry = entry_of(span, self.knowledge)
            key, kind, name, country, qid = self.key_of(doc, doc[span.start:span.end], entry.name, span)
            if kind == "country" and span.label_ != "COUNTRY":  # a capital inside a name is the city
                key, kind, name, qid = f"place:{entry.name}", "location", entry.name, ""
            draft = drafts.setdefault(key, _Draft(key, kind, name, country=country, qid=qid))
            draft.mentions.append(Mention(span.start_char, span.end_char, span.text, "LOC", entry.name))
            draft.mentions.sort(key=lambda m: m.start)
        link_anaphora(doc, people, doc._.role_mentions or [], self.draft_country)
        actors = [self.finish(d) for d in sorted(drafts.values(), key=lambda d: d.mentions[0].start)]
        doc._.actors = link_role_mentions(actors, doc._.role_mentions or [])
        doc._.mention_actor = mention_actor
        doc._.source = agency
        doc._.source_role = correspondent
        return doc

    def finish(self, draft: _Draft) -> Actor:
        actor = Actor(key=draft.key, kind=draft.kind, name=draft.name, mentions=tuple(draft.mentions),
                      country=draft.country, wikidata=draft.qid)
        if draft.kind != "person":
            return replace(actor, country_name=self.knowledge.country_name(actor.country))
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
        serves_body = any(b in self.knowledge.bodies for b in bodies)  # глава Европейского совета Туск: no POL
        country = country or draft.head_country or ("" if serves_body else self.person_country(person_words(draft.name))
                                                    or (self.surname_country(draft) if len(person_words(draft.name)) == 1
                                                        else ""))
        return replace(actor, role=role, role_class=role_class, organization=organization, country=country,
                       country_name=self.knowledge.country_name(country))


def doc_space(token) -> bool:
    """Is the token followed by a space token (``\xa0``, a line break) rather than by its own whitespace?"""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_space


def case_stems(word: str) -> set[str]:
    """A foreign surname with a case ending cut off (``Шольца``, ``Шольцем`` -> шольц), lower case."""
    word = word.lower().replace("ё", "е")
    return {word[:-len(end)] for end in ("ом", "ем", "ым", "а", "у", "е") if word.endswith(end) and len(word) > len(end) + 2}


def is_first_name(word: str) -> bool:
    """The word reads as a first name and never as a surname (``Марины``; not ``Токаева``)."""
    tags = [p.tag for p in parses_of(get_morph(), word)]
    return any("Name" in t for t in tags) and not any("Surn" in t for t in tags)


def distinct_positions(roles: list[str]) -> list[str]:
    """The positions the article gives a person, first one first, without repeats: a position whose
    words stand in another (``министр`` in ``министр иностранных дел``, not ``премьер`` in
    ``премьер-министр``) is dropped."""
    def words(text: str) -> tuple[str, ...]:
        return tuple(text.lower().replace("ё", "е").split())

    def inside(short: str, long: str) -> bool:
        a, b = words(short), words(long)
        return any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))

    kept: list[str] = []
    for role in roles:
        if not role or any(inside(role, k) for k in kept):
            continue
        kept = [k for n, k in enumerate(kept) if n == 0 or not inside(k, role)] + [role]
    return kept


def gender_of(name: str) -> str:
    """masc or femn when the words of a person's name say so, else ''."""
    genders = {g for word in name.split() if word[:1].isupper() for g in noun_genders(word)} - {"ms-f", "neut"}
    return next(iter(genders)) if len(genders) == 1 else ""


def link_anaphora(doc: Doc, people: list[_Draft], role_mentions: list, country_of) -> None:
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


def fits(info, draft: _Draft) -> bool:
    """May the person hold the position: a woman's for a woman, and no second post of state unlike
    the one the person holds (a minister is no премьер)?"""
    gender = gender_of(draft.name)
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


def link_role_mentions(actors: list[Actor], role_mentions: list) -> list[Actor]:
    """A role named without a name (``глава МИД Казахстана``) completes the one person of that role
    class and country: their organisation, or their role when the text gave none."""
    result = list(actors)
    for info in (i for i in role_mentions if i.country):
        matches = [n for n, a in enumerate(result) if a.kind == "person" and a.role_class == info.role_class
                   and a.country == info.country]
        if len(matches) == 1:
            actor = result[matches[0]]
            result[matches[0]] = replace(actor, organization=actor.organization or info.organization,
                                         role=actor.role or info.role)
    return result


@Language.factory("dipevents_actors", default_config={"data_dir": None})
def make_actors(nlp: Language, name: str, data_dir: str | None) -> Actors:
    return Actors(name, data_dir)
