"""An entity mention -> its actor: key, kind, canonical name, country and Wikidata id (a capital or a
seat of power stands for its country's government unless after в/на: ``Москва заявила``, ``в Кремле``);
the mention's name in the nominative as written (``Дж.Коми``); and the publishing agency a correspondent
cue names (``передает собственный корреспондент агентства Kazinform``), the source rather than an actor.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doc import GAZETTEER, SOURCE, entry_of
from ..kb.knowledge import Knowledge
from ..lang.nominative import normalize_name, normalize_phrase
from ..lang.words import words

CAPITAL_AS_PLACE = words("capital_as_place")


def gazetteer_index(doc: Doc) -> dict[tuple[int, int], Span]:
    """Gazetteer spans by their token range (adjectives are no names)."""
    return {(s.start, s.end): s for s in doc.spans.get(GAZETTEER, []) if s.label_ != "ADJECTIVE"}


def source_of(doc: Doc, knowledge: Knowledge, gazetteer: dict[tuple[int, int], Span]
              ) -> tuple[str | None, tuple[str, str] | None, int]:
    """(agency, (correspondent role, agency), the agency mention's start) from ``передает
    [собственный] корреспондент агентства X``; the publisher is the source, not an actor."""
    for cue in doc.spans.get(SOURCE, []):
        org = next((e for e in doc.ents if e.label_ == "ORG" and cue.end <= e.start <= cue.end + 1), None)
        if org is None:
            continue
        span = gazetteer.get((org.start, org.end))
        agency = entry_of(span, knowledge).name if span is not None and span.label_ == "ORG" else org.text
        words = [t.text for t in doc[cue.start + 1:cue.end] if t.pos_ != "NOUN" or t.lemma_ in ("корреспондент", "собкор", "спецкор")]
        role = " ".join(normalize_phrase(words)).lower()
        return agency, (role, agency), org.start_char
    return None, None, -1


def key_of(doc: Doc, ent: Span, normal: str, span: Span | None, knowledge: Knowledge) -> tuple[str, str, str, str, str]:
    """(key, kind, name, country, qid) of the actor a mention refers to (``span``: its gazetteer name)."""
    before = doc[ent.start - 1].lower_ if ent.start else ""
    if span is not None:
        entry = entry_of(span, knowledge)
        country = knowledge.countries.get(entry.country)
        if span.label_ == "COUNTRY" or (span.label_ == "ORG" and entry.subkind == "seat"):
            return f"country:{entry.country}", "country", country.name, entry.country, country.qid
        if span.label_ == "CAPITAL" and before not in CAPITAL_AS_PLACE:
            return f"country:{entry.country}", "country", country.name, entry.country, country.qid
        if span.label_ in ("CAPITAL", "CITY"):
            return f"place:{entry.name}", "location", entry.name, entry.country, ""
        if span.label_ == "STATEORG":
            return f"org:{normal}", "organization", normal, entry.country, ""
        return entry.key, "organization", normal, entry.country, entry.qid
    if ent.label_ == "LOC":
        return f"place:{normal}", "location", normal, "", ""
    return f"org:{normal}", "organization", normal, "", ""


def normal_of(ent: Span, span: Span | None, knowledge: Knowledge) -> str:
    """The name a mention gives its actor: a place's or a known person's as the gazetteer spells it, a
    person's in the nominative spaced as written, else the words in the nominative."""
    words = [t.text for t in ent if not t.is_space]
    if span is not None and span.label_ in ("COUNTRY", "CAPITAL", "CITY"):
        return entry_of(span, knowledge).name
    if ent.label_ == "PER" and span is not None and span.label_ == "PERSON":
        name = entry_of(span, knowledge).name.split()  # the gazetteer's spelling
        return name[-1] if len(words) == 1 else " ".join(name)
    if ent.label_ == "PER":  # spaced as written: Дж.Коми; a no-break space is a space (Ким Де\xa0Джун)
        tokens = [t for t in ent if not t.is_space]
        gaps = [" " if t.whitespace_ or doc_space(t) else "" for t in tokens]
        return "".join(w + gap for w, gap in zip(normalize_name(words), gaps)).strip()
    return " ".join(normalize_phrase(words))


def doc_space(token) -> bool:
    """Is the token followed by a space token (``\xa0``, a line break) rather than by its own whitespace?"""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_space
