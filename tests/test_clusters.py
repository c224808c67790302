"""Clustering events across articles into real-world events (pipeline/clusters.py)."""
from __future__ import annotations

import random

import pytest

from pipeline.corpus.clusters import assign_clusters


def event(n: int, doc: str, type_: str = "negotiations", date: str | None = "2026-02-06",
          iso: tuple[str, ...] = ("IRN", "USA"), location: str = "", country: str = "",
          round_: int | None = None) -> dict:
    return {"event_id": f"{doc}#E{n}", "doc_id": doc, "type": type_, "status": "occurred", "date": date,
            "parties": list(iso), "parties_iso": list(iso), "mediator": [], "location": location,
            "location_country": country, "round": round_}


ARTICLES = [{"doc_id": d, "published": "2026-02-07", "source": s}
            for d, s in [("a", "ТАСС"), ("b", "РИА Новости"), ("c", None), ("tg/d", None)]]


def partition(events: list[dict]) -> set[frozenset[str]]:
    assign_clusters(events, ARTICLES)
    groups: dict[str, set[str]] = {}
    for row in events:
        groups.setdefault(row["cluster_id"], set()).add(row["event_id"])
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("second, together", [
    (event(1, "b"), True),
    (event(1, "b", type_="meeting", date="2026-02-08"), True),  # same family (talks), within the window
    (event(1, "b", type_="visit"), False),
    (event(1, "b", iso=("IRN", "OMN")), False),  # one shared party of two is not enough
    (event(1, "b", iso=("IRN",)), False),  # one shared party is not enough
    (event(1, "b", iso=("IRN", "USA", "OMN")), True),
    (event(1, "b", date="2026-02-20"), False),
    (event(1, "b", date=None), True),  # the article's published date stands in
    (event(2, "a"), True),  # one interaction reported twice in one article
    (event(1, "b", type_="phone_call"), False),
    (event(1, "b", iso=("IRN", "USA", "ЕС")), True),
    (event(1, "b", date="2026-02-09"), True),
    (event(1, "b", date="2026-02-10"), False),  # the window runs from the cluster's first date
    (event(1, "b", location="Женева", country="CHE"), False),
    (event(1, "b", location="Маскат", country="OMN"), True),
    (event(1, "b", round_=3), True),  # the same round
    (event(1, "b", round_=2), False),  # another round of the same talks
    (event(1, "b", round_=float("nan")), True),  # no round number (as pandas reads it)
])
def test_clusters_join_compatible_events_only(second, together):
    first = event(1, "a", location="Маскат", country="OMN", round_=3)
    assert (len(partition([first, second])) == 1) is together


def test_clusters_do_not_depend_on_input_order():
    events = [event(1, "a"), event(1, "b", date="2026-02-08"), event(1, "c", iso=("RUS", "CHN")),
              event(1, "tg/d", date="2026-02-09"), event(2, "c", type_="visit")]
    expected = partition([dict(e) for e in events])
    for seed in range(5):
        shuffled = [dict(e) for e in events]
        random.Random(seed).shuffle(shuffled)
        assert partition(shuffled) == expected


def test_clusters_one_party_events_join_only_their_like():
    assert len(partition([event(1, "a", iso=("ЕС",)), event(1, "b", iso=("ЕС",))])) == 1


def test_clusters_table_rows():
    events = [event(1, "a", location="Маскат", country="OMN"), event(1, "b", date="2026-02-07"),
              event(1, "tg/d")]
    [row] = assign_clusters(events, ARTICLES)
    assert row["n_reports"] == 3 and row["n_articles"] == 3
    assert (row["first_date"], row["last_date"]) == ("2026-02-06", "2026-02-07")
    assert row["sources"] == sorted(["ТАСС", "РИА Новости", "tg"])  # the agency named, else the sub-folder
    assert row["location"] == "Маскат" and row["parties_iso"] == ["IRN", "USA"]
    assert sorted(row["event_ids"]) == ["a#E1", "b#E1", "tg/d#E1"]
