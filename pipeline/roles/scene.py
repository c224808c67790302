"""What the roles rules read of a Doc, gathered once per Doc: the gazetteer's spans and state
adjectives, the layout spans (header, byline), the PER, ORG and LOC entities, the tokens of persons'
names, and the tokens an organisation's name lends a position phrase (``клуба «Барселона»``,
``Управления по контролю за ...``, ``комитета (МОК)``). Spans are indexed by position (``SpanIndex``):
a rule reads those near the phrase it looks at.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doc import GAZETTEER, LAYOUT
from .index import SpanIndex
from .tokens import QUOTES


@dataclass(frozen=True)
class Scene:
    gazetteer: SpanIndex
    adjective_spans: SpanIndex  # state adjectives (российский, казахстанский)
    adjectives: set[int]  # their first tokens
    layout: SpanIndex
    people: SpanIndex  # PER entities
    org_ents: SpanIndex
    place_ents: SpanIndex
    person_tokens: frozenset[int]  # the tokens of the PER entities
    quoted: set[int]  # see quoted_tokens


def scene_of(doc: Doc) -> Scene:
    gazetteer = list(doc.spans.get(GAZETTEER, []))
    adjective_spans = [s for s in gazetteer if s.label_ == "ADJECTIVE"]
    ents = list(doc.ents)  # Doc.ents is rebuilt on every access
    people = [e for e in ents if e.label_ == "PER"]
    org_ents = [e for e in ents if e.label_ == "ORG"]
    place_ents = [e for e in ents if e.label_ == "LOC"]
    people_index = SpanIndex(people)
    return Scene(SpanIndex(gazetteer), SpanIndex(adjective_spans), {s.start for s in adjective_spans},
                 SpanIndex(doc.spans.get(LAYOUT, [])), people_index, SpanIndex(org_ents), SpanIndex(place_ents),
                 people_index.tokens, quoted_tokens(doc, org_ents, place_ents))


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
