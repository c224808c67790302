"""`dipevents export dyads`: one row per (source, target, CAMEO code, event)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.corpus.dyads import dyads, pairs_of

CODES = {("d", "Россия"): "RUS", ("d", "Китай"): "CHN", ("d", "Оман"): "OMN", ("d", "Иран"): "IRN",
         ("d", "США"): "USA"}


def event(**fields) -> dict:
    return {"doc_id": "d", "cameo": "046", "parties": ["Иран", "США"], "mediator": [], "location_country": None,
            **fields}


@pytest.mark.parametrize("fields, expected", [
    ({}, {("IRN", "USA", "046"), ("USA", "IRN", "046")}),
    ({"mediator": ["Оман"]}, {("IRN", "USA", "046"), ("USA", "IRN", "046"), ("OMN", "IRN", "045"),
                              ("OMN", "USA", "045")}),
    ({"cameo": "042", "parties": ["Россия", "Китай"], "location_country": "CHN"},
     {("RUS", "CHN", "042"), ("CHN", "RUS", "043")}),  # visitor -> host, host -> visitor
    ({"cameo": "042", "parties": ["Россия", "Китай"], "location_country": None},
     {("RUS", "CHN", "042"), ("CHN", "RUS", "042")}),  # no host known: both ways
    ({"parties": ["Иран", "Евросоюз"]}, {("IRN", "Евросоюз", "046"), ("Евросоюз", "IRN", "046")}),
])
def test_dyads_pairs_of(fields, expected):
    assert {(s, t, c) for s, _, t, _, c in pairs_of(event(**fields), CODES)} == expected


def test_dyads_of_samples_skip_cancelled_unless_asked(sample_tables):
    frame = dyads(sample_tables)
    cancelled = set(sample_tables.events.loc[sample_tables.events.status == "cancelled", "event_id"])
    assert cancelled and not cancelled & set(frame.event_id)
    assert cancelled <= set(dyads(sample_tables, with_cancelled=True).event_id)
    assert frame.cameo.str.fullmatch(r"\d{3}").all() and (frame.source != frame.target).all()
    assert "045" in set(frame.cameo)  # the mediated round's mediator toward each party
    assert isinstance(frame, pd.DataFrame) and frame.event_id.isin(sample_tables.events.event_id).all()
