"""Clustering events across articles into real-world events (pipeline/corpus/clusters.py)."""
from __future__ import annotations

import copy
import random
import shutil

import pandas as pd
import pytest

import pipeline
from pipeline.batch.runner import RunConfig, read_tables, run
from pipeline.corpus.clusters import cluster_events

from ..conftest import SAMPLES


def event(n: int, doc: str, type_: str = "negotiations", date: str | None = "2026-02-06",
          iso: tuple[str, ...] = ("IRN", "USA"), location: str = "", country: str = "",
          round_: int | None = None) -> dict:
    return {"event_id": f"{doc}#E{n}", "doc_id": doc, "type": type_, "status": "occurred", "date": date,
            "parties": list(iso), "parties_iso": list(iso), "mediator": [], "location": location,
            "location_country": country, "round": round_}


ARTICLES = [{"doc_id": d, "published": "2026-02-07", "source": s}
            for d, s in [("a", "ТАСС"), ("b", "РИА Новости"), ("c", None), ("tg/d", None)]]


def partition(events: list[dict]) -> set[frozenset[str]]:
    rows, _ = cluster_events(events, ARTICLES)
    groups: dict[str, set[str]] = {}
    for row in rows:
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
    _, [row] = cluster_events(events, ARTICLES)
    assert row["n_reports"] == 3 and row["n_articles"] == 3
    assert (row["first_date"], row["last_date"]) == ("2026-02-06", "2026-02-07")
    assert row["sources"] == sorted(["ТАСС", "РИА Новости", "tg"])  # the agency named, else the sub-folder
    assert row["location"] == "Маскат" and row["parties_iso"] == ["IRN", "USA"]
    assert sorted(row["event_ids"]) == ["a#E1", "b#E1", "tg/d#E1"]


def test_clusters_leave_their_input_unchanged():
    events = [event(1, "a"), event(1, "b", date="2026-02-08"), event(1, "c", iso=("RUS", "CHN"))]
    before = copy.deepcopy(events)
    rows, clusters = cluster_events(events, ARTICLES)
    assert events == before and all("cluster_id" not in e for e in events)
    assert [r["cluster_id"] for r in rows] == ["C1", "C1", "C2"] and len(clusters) == 2
    assert [{k: v for k, v in r.items() if k != "cluster_id"} for r in rows] == before


def test_clusters_same_from_extract_and_from_a_batch_run(nlp, tmp_path):
    """The two finishes of the tables (in memory, and merging a run's parts) give the same clusters,
    here over chunks of 3 articles, so that clusters span chunks."""
    corpus = tmp_path / "corpus"
    for folder in ("tass", "ria"):
        shutil.copytree(SAMPLES, corpus / folder)
    extracted = pipeline.extract(corpus, nlp=nlp)
    run(RunConfig((str(corpus),), chunk_size=3), tmp_path / "out", fmt="parquet", workers=1, progress=False)
    merged = read_tables(tmp_path / "out", "parquet")
    assert extracted.clusters.n_reports.max() == 2  # each sample's event, reported in both folders
    pd.testing.assert_frame_equal(merged.clusters, extracted.clusters)
    pd.testing.assert_frame_equal(merged.events, extracted.events)
