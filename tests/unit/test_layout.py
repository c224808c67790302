"""The layout component's header line (pipeline/components/layout.py): from the reader when it saw
the text, parsed only for a Doc that no reader made."""
from __future__ import annotations

import pytest
import spacy

from pipeline.components import layout
from pipeline.doc import LAYOUT
from pipeline.io.header import parse_header

TEXT = "date 2026-02-07 РУ\nЛавров провел переговоры с Ван И."


@pytest.fixture(scope="module")
def blank_layout():
    component = layout.Layout("layout", {"rules": "lexicons/layout.tsv"})
    component.initialize()
    return spacy.blank("ru"), component


@pytest.mark.parametrize("header_end, parses, headers", [
    (None, 1, ["date 2026-02-07 РУ"]),  # nlp(text): no reader saw it, the layout parses the header
    (19, 0, ["date 2026-02-07 РУ"]),  # the reader's header end is used as it is
    (0, 0, []),  # the reader found no header: none is marked, and none is looked for
])
def test_layout_header_from_the_reader_else_parsed(blank_layout, monkeypatch, header_end, parses, headers):
    calls = []
    monkeypatch.setattr(layout, "parse_header", lambda text: calls.append(text) or parse_header(text))
    nlp, component = blank_layout
    doc = nlp.make_doc(TEXT)
    doc._.header_end = header_end
    component(doc)
    assert len(calls) == parses
    assert [s.text for s in doc.spans[LAYOUT] if s.label_ == "HEADER"] == headers
