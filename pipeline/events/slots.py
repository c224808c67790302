"""The actors' mentions as slots of the events stage: each named mention of an actor and each reference the
actors component found (a state by its adjective, a capital), with the preposition that governs it and
whether it sits inside a role phrase. A country's mention that names its capital after в/на (``в Кремле``)
is that capital's place (``seat:``)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..actors.references import names_capital
from ..doc import GAZETTEER, ROLES, entry_of
from .clause import LOCATIVE, coordinated, preposition
from .frames import Slot
from .lexicon import EventLexicon


def doc_slots(lexicon: EventLexicon, doc: Doc, actors: dict) -> list[Slot]:
    """The slots of the Doc in text order, coordinated mentions sharing their preposition."""
    knowledge = lexicon.knowledge
    gazetteer = {(s.start, s.end): s for s in doc.spans.get(GAZETTEER, []) if s.label_ != "ADJECTIVE"}
    role_tokens = {i for s in doc.spans.get(ROLES, []) for i in range(s.start, s.end)}
    found = []
    for ent in doc.ents:
        key = doc._.mention_actor.get((ent.start_char, ent.end_char))
        actor = actors.get(key)
        if actor is None:
            continue
        span = gazetteer.get((ent.start, ent.end))
        subkind = entry_of(span, knowledge).subkind if span is not None and span.label_ == "ORG" else ""
        before = preposition(doc, ent.start)
        if not before and ent.start > 0 and doc[ent.start - 1].lemma_ == "столица":  # в столице Турции: in Ankara
            before = preposition(doc, ent.start - 1)
        city = f"seat:{actor.country}" if names_capital(doc, ent, actor, span, knowledge) else ""
        if city and before in LOCATIVE:
            found.append(Slot(ent.start, ent.end, city, "location", "", before, ent.start in role_tokens, actor.country))
            continue
        found.append(Slot(ent.start, ent.end, key, actor.kind, subkind, before, ent.start in role_tokens, actor.country,
                          city))
    anchors = {s.start: s for s in found}
    elliptic = [replace(anchors[r.anchor], start=r.start, end=r.end, key=r.key, country=actors[r.key].country, city="")
                for r in doc._.references or [] if r.anchor in anchors]
    others = [Slot(r.start, r.end, r.key, actors[r.key].kind, "", preposition(doc, r.start), False, actors[r.key].country)
              for r in doc._.references or [] if r.anchor < 0]
    return coordinated(doc, sorted(found + elliptic + others, key=lambda s: s.start))
