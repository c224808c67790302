"""Heads of delegations: the person named first after a HEAD cue heads the delegation of the state
adjective just before it (``Иранскую делегацию возглавлял ... Аббас Арагчи``), and a state adjective
after a dash or comma starts the next one (``..., американскую – Стив Уиткофф``).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..doc import CUES, entry_of
from ..kb.knowledge import Knowledge
from .index import SpanIndex


def delegation_heads(doc: Doc, people: SpanIndex, adjective_spans: SpanIndex, knowledge: Knowledge) -> dict[int, str]:
    """{start_char of a PER entity: ISO3 of the delegation it heads, or '' when no adjective says}
    (``people``: the PER entities; ``adjective_spans``: the gazetteer's state adjectives; those of the
    cue's sentence are read)."""
    heads: dict[int, str] = {}
    for cue in (s for s in doc.spans.get(CUES, []) if s.label_ == "HEAD"):
        sent = cue.sent
        country = ""
        for adj in adjective_spans.starting(cue.start - 3, cue.end + 1):
            if adj.sent == sent:
                country = entry_of(adj, knowledge).country
        after = people.inside(cue.end, sent.end)
        if not after:
            continue
        heads[after[0].start_char] = country
        for adj in adjective_spans.starting(after[0].end + 1, sent.end):
            if adj.end < sent.end and doc[adj.end].text in {"–", "—", ",", "-"}:
                following = [p for p in after if p.start > adj.end]
                if following:
                    heads[following[0].start_char] = entry_of(adj, knowledge).country
    return heads
