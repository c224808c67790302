"""One real-world event across articles: the ``cluster_id`` of the events table and the ``clusters`` table.

Events join a cluster when they are of the same family of type (talks, phone calls, visits,
summits), share two parties with the cluster's first event (states and bodies alike; one party
names a cluster only when both name just it), lie within ``WINDOW_DAYS`` of its first date, and name
compatible places (the same place or country, or none). Events are taken in date order and each
joins the compatible cluster that shares most parties, so the result does not depend on the order of
the input. Events without a date (neither the text nor the article's ``published`` gives one) stay
alone. Two rows of one article may join one cluster: they are one interaction reported twice.
Clustering is pure: ``cluster_events`` returns new event rows and never touches the rows it is given.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..events.types import FAMILY

WINDOW_DAYS = 3
CLUSTERS = ["cluster_id", "type", "status", "parties", "parties_iso", "mediator", "location", "location_country",
            "first_date", "last_date", "n_reports", "n_articles", "sources", "event_ids", "doc_ids"]


@dataclass
class Cluster:
    """A cluster being built: what later events are compared with."""

    family: str
    parties: set[str]  # the first event's: later events are compared with these (no chaining)
    places: set[str]
    countries: set[str]
    first: date | None
    last: date | None
    rows: list[dict] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    round: int | None = None  # the round the first event that numbers one gives


def day(value: object) -> date | None:
    """A full ISO date, or None (month-only dates and missing values)."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def party_keys(row: dict) -> set[str]:
    """The parties by their normal names: states by their gazetteer name, bodies (ЕС, ООН) by theirs."""
    return {p for p in row.get("parties") or [] if p}


def event_day(row: dict, published: dict[str, str]) -> date | None:
    return day(row.get("date")) or day(published.get(row["doc_id"]))


def shares_parties(cluster: Cluster, keys: set[str]) -> int:
    """How many parties the event shares with the cluster, 0 when that is too few to join."""
    shared = len(cluster.parties & keys)
    return shared if keys and shared >= min(2, max(len(keys), len(cluster.parties))) else 0


def places_agree(cluster: Cluster, row: dict) -> bool:
    place, country = row.get("location") or "", row.get("location_country") or ""
    if not place or not cluster.places:
        return True
    return place in cluster.places or bool(country and country in cluster.countries)


def round_of(row: dict) -> int | None:
    value = row.get("round")
    return int(value) if isinstance(value, (int, float)) and value == value else None  # NaN is no round


def rounds_agree(cluster: Cluster, row: dict) -> bool:
    number = round_of(row)
    return number is None or cluster.round is None or number == cluster.round


def within(cluster: Cluster, when: date | None, window: int) -> bool:
    return when is not None and cluster.first is not None and abs((when - cluster.first).days) <= window


def build_clusters(events: list[dict], published: dict[str, str], window: int = WINDOW_DAYS) -> list[Cluster]:
    """Clusters of event rows (each row dict of the events table), in the order of their first event."""
    dated = sorted(events, key=lambda r: (event_day(r, published) or date.max, r["event_id"]))
    clusters: list[Cluster] = []
    open_clusters: list[Cluster] = []
    for row in dated:
        when, keys = event_day(row, published), party_keys(row)
        family = FAMILY.get(row["type"], row["type"])
        open_clusters = [c for c in open_clusters if when is not None and within(c, when, window)]
        candidates = [(shares_parties(c, keys), -n, c) for n, c in enumerate(open_clusters)
                      if c.family == family and places_agree(c, row) and rounds_agree(c, row)]
        best = max((c for c in candidates if c[0]), default=None, key=lambda c: c[:2])
        if best is None:
            cluster = Cluster(family, set(keys), set(), set(), when, when)
            clusters.append(cluster)
            if when is not None:
                open_clusters.append(cluster)
        else:
            cluster = best[2]
        cluster.rows.append(row)
        cluster.docs.add(row["doc_id"])
        cluster.round = cluster.round if cluster.round is not None else round_of(row)
        if row.get("location"):
            cluster.places.add(row["location"])
        if row.get("location_country"):
            cluster.countries.add(row["location_country"])
        if when is not None:
            cluster.last = max(cluster.last, when) if cluster.last else when
    return clusters


def commonest(values: list) -> object:
    """The most frequent non-empty value (the first seen among equals), or ''."""
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else ""


def by_frequency(lists: list[list[str]]) -> list[str]:
    counts = Counter(v for values in lists for v in dict.fromkeys(values) if v)
    first = {}
    for values in lists:
        for v in values:
            first.setdefault(v, len(first))
    return sorted(counts, key=lambda v: (-counts[v], first[v]))


def cluster_row(cluster_id: str, cluster: Cluster, sources: dict[str, str], published: dict[str, str]) -> dict:
    rows = cluster.rows
    days = sorted(d for d in (event_day(r, published) for r in rows) if d is not None)
    return {
        "cluster_id": cluster_id, "type": commonest([r["type"] for r in rows]),
        "status": commonest([r["status"] for r in rows]),
        "parties": by_frequency([list(r.get("parties") or []) for r in rows]),
        "parties_iso": by_frequency([list(r.get("parties_iso") or []) for r in rows]),
        "mediator": by_frequency([list(r.get("mediator") or []) for r in rows]),
        "location": commonest([r.get("location") or "" for r in rows]),
        "location_country": commonest([r.get("location_country") or "" for r in rows]),
        "first_date": days[0].isoformat() if days else None, "last_date": days[-1].isoformat() if days else None,
        "n_reports": len(rows), "n_articles": len(cluster.docs),
        "sources": sorted({sources.get(r["doc_id"], "") for r in rows} - {""}),
        "event_ids": [r["event_id"] for r in rows], "doc_ids": sorted(cluster.docs),
    }


def source_of(doc_id: str, source: str | None) -> str:
    """The agency the article names, else the input sub-folder it came from (``tass/123`` -> ``tass``)."""
    return source or (doc_id.split("/", 1)[0] if "/" in doc_id else "")


def cluster_events(events: list[dict], articles: list[dict],
                   window: int = WINDOW_DAYS) -> tuple[list[dict], list[dict]]:
    """(the event rows, in their order, each a new row with its ``cluster_id``; the rows of the
    clusters table). ``articles`` give each event's ``published`` and ``source``."""
    published = {a["doc_id"]: a.get("published") for a in articles}
    sources = {a["doc_id"]: source_of(a["doc_id"], a.get("source")) for a in articles}
    clusters = build_clusters(events, published, window)
    cluster_of = {id(row): f"C{n}" for n, cluster in enumerate(clusters, start=1) for row in cluster.rows}
    rows = [{**row, "cluster_id": cluster_of[id(row)]} for row in events]
    table = [cluster_row(f"C{n}", cluster, sources, published) for n, cluster in enumerate(clusters, start=1)]
    return rows, table
