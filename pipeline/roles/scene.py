"""What the roles rules read of a Doc, gathered once per Doc: the gazetteer's spans and state
adjectives, the layout spans (header, byline), the PER, ORG and LOC entities, the tokens of persons'
names, and the tokens an organisation's name lends a position phrase (``клуба «Барселона»``,
``Управления по контролю за ...``, ``комитета (МОК)``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doc import GAZETTEER, LAYOUT
from .tokens import QUOTES


@dataclass(frozen=True)
class Scene:
    gazetteer: list[Span]
    adjective_spans: list[Span]  # state adjectives (российский, казахстанский)
    adjectives: set[int]  # their first tokens
    layout: list[Span]
    people: list[Span]  # PER entities
    org_ents: list[Span]
    place_ents: list[Span]
    person_tokens: set[int]  # the tokens of the PER entities
    quoted: set[int]  # see quoted_tokens


def scene_of(doc: Doc) -> Scene:
    gazetteer = list(doc.spans.get(GAZETTEER, []))
    adjective_spans = [s for s in gazetteer if s.label_ == "ADJECTIVE"]
    ents = list(doc.ents)  # Doc.ents is rebuilt on every access
    people = [e for e in ents if e.label_ == "PER"]
    org_ents = [e for e in ents if e.label_ == "ORG"]
    place_ents = [e for e in ents if e.label_ == "LOC"]
    return Scene(gazetteer, adjective_spans, {s.start for s in adjective_spans}, list(doc.spans.get(LAYOUT, [])),
                 people, org_ents, place_ents, {i for e in people for i in range(e.start, e.end)},
                 quoted_tokens(doc, org_ents, place_ents))


def quoted_tokens(doc: Doc, org_ents: list[Span], place_ents: list[Span]) -> set[int]:
    """The quotes around an organisation's or place's name (``клуба «Барселона»``), its own tokens
    (``Управления по контролю за ...``) and the brackets around an organisation's name (``комитета
    (МОК)``): tokens that may stand inside a position phrase."""
    quoted = {i for e in org_ents + place_ents for i in range(e.start - 1, e.end + 1)
              if 0 <= i < len(doc) and doc[i].text in QUOTES}
    quoted |= {i for e in org_ents + place_ents for i in range(e.start, e.end)}
    quoted |= {i for e in org_ents if e.start > 1 and doc[e.start - 1].text == "(" and e.end < len(doc)
               and doc[e.end].text == ")" for i in (e.start - 1, e.end)}
    return quoted
