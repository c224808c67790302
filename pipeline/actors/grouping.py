"""Which actor each entity mention is. A person is one actor across the article (``same_person``; a
name in brackets right after a name is that person's: ``Скотт Хоровитц (Scott Horowitz)``), named by
its fullest name, with the positions of all its mentions, a byline's correspondent role and the
delegation it heads; a surname alone reads as the full name's surname. Other mentions share the actor
their key names (an organisation keeps its fullest name); places inside organisation names are
mentions of their own.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doc import NESTED_PLACES, entry_of
from ..kb.knowledge import Knowledge
from ..records import Mention
from ..roles.describe import RoleInfo
from .naming import key_of, normal_of
from .persons import person_words, same_person
from .profile import Correspondent, Draft


def collect(doc: Doc, knowledge: Knowledge, gazetteer: dict[tuple[int, int], Span], skip: int,
            roles: dict[int, tuple[RoleInfo, ...]], heads: dict[int, str], bylines: dict[int, Correspondent]
            ) -> tuple[dict[str, Draft], list[Draft], dict[tuple[int, int], str]]:
    """(drafts by key, persons in the order named, {(start_char, end_char) of a mention: its actor key})
    of the doc's entities but the one starting at ``skip`` (the publishing agency); ``roles`` and
    ``heads`` by a PER entity's start_char as the roles component gives them; ``bylines``: the
    correspondent role of each byline name."""
    drafts: dict[str, Draft] = {}
    people: list[Draft] = []
    bracketed: dict[int, Draft] = {}  # a name's start right after ( -> the person named before it
    mention_actor = {}
    for ent in doc.ents:
        if ent.start_char == skip:
            continue
        span = gazetteer.get((ent.start, ent.end))
        normal = normal_of(ent, span, knowledge)
        if ent.label_ == "PER":
            draft, mention = person_mention(doc, ent, normal, people, bracketed)
            drafts.setdefault(draft.key, draft)
            if ent.start_char in roles:
                draft.roles.extend(roles[ent.start_char])
            elif ent.start_char in bylines:
                draft.roles.append(bylines[ent.start_char])
            if ent.start_char in heads and heads[ent.start_char]:
                draft.head_country = draft.head_country or heads[ent.start_char]
        else:
            mention = Mention(ent.start_char, ent.end_char, ent.text, ent.label_, normal)
            key, kind, name, country, qid = key_of(doc, ent, normal, span, knowledge)
            draft = drafts.setdefault(key, Draft(key, kind, name, country=country, qid=qid))
            if kind == "organization" and len(normal) > len(draft.name):
                draft.name = normal  # the fullest name the article gives
        draft.mentions.append(mention)
        mention_actor[(ent.start_char, ent.end_char)] = draft.key
    for span in doc.spans.get(NESTED_PLACES, []):
        entry = entry_of(span, knowledge)
        key, kind, name, country, qid = key_of(doc, doc[span.start:span.end], entry.name, span, knowledge)
        if kind == "country" and span.label_ != "COUNTRY":  # a capital inside a name is the city
            key, kind, name, qid = f"place:{entry.name}", "location", entry.name, ""
        draft = drafts.setdefault(key, Draft(key, kind, name, country=country, qid=qid))
        draft.mentions.append(Mention(span.start_char, span.end_char, span.text, "LOC", entry.name))
        draft.mentions.sort(key=lambda m: m.start)
    return drafts, people, mention_actor


def person_mention(doc: Doc, ent: Span, normal: str, people: list[Draft], bracketed: dict[int, Draft]
                   ) -> tuple[Draft, Mention]:
    """The person a PER entity names (a new one appended to ``people``; one named in brackets next
    registered in ``bracketed``) and its mention (a surname alone normalised as the full name's)."""
    words = person_words(normal)
    alias_of = bracketed.get(ent.start)  # Скотт Хоровитц (Scott Horowitz): one person
    draft = alias_of or person_of(people, words, person_words(ent.text))
    if draft is None:
        draft = Draft(f"person:{len(people)}", "person", normal)
        people.append(draft)
    elif alias_of is None and len(words) > len(person_words(draft.name)):
        draft.name = normal
    if ent.end + 1 < len(doc) and doc[ent.end].text == "(":
        bracketed[ent.end + 1] = draft
    if len(words) == 1 and len(person_words(draft.name)) > 1 and alias_of is None:
        return draft, Mention(ent.start_char, ent.end_char, ent.text, ent.label_, person_words(draft.name)[-1])
    return draft, Mention(ent.start_char, ent.end_char, ent.text, ent.label_, normal)


def person_of(people: list[Draft], words: list[str], written: list[str]) -> Draft | None:
    """The first person named before whom a name's words name, or None; a single word also as written
    (``Кейта``: the surname as written, not only the normaliser's Кейт)."""
    return next((p for p in people if same_person(person_words(p.name), words)
                 or len(written) == 1 and same_person(person_words(p.name), written)), None)
