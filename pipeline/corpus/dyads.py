"""The dyadic view event-data users expect (PETRARCH, POLECAT): one row per (source, target, CAMEO code).

Talks, meetings, calls and summits are symmetric: each ordered pair of parties gives a row. A visit
whose place is in one party's country goes from the visitors to that host (``042``) and back
(``043`` host a visit). A mediator is the source of a ``045`` (mediate) row toward each party.
States are named by ISO3 code where the article's actors give one, others by name.
"""
from __future__ import annotations

from itertools import permutations

import pandas as pd

from ..io.tables import Tables, records

DYADS = ["event_id", "doc_id", "cluster_id", "source", "source_name", "target", "target_name", "cameo",
         "plover_event", "status", "date", "location", "location_country", "type"]
MEDIATE, VISIT, HOST_VISIT = "045", "042", "043"


def codes_of(tables: Tables) -> dict[tuple[str, str], str]:
    """(doc_id, actor name) -> ISO3 of the actors that are countries (or stand for one)."""
    actors = tables.actors
    countries = actors[(actors["kind"] == "country") & actors["country"].notna()]
    return {(d, n): c for d, n, c in zip(countries["doc_id"], countries["name"], countries["country"])}


def pairs_of(event: dict, codes: dict[tuple[str, str], str]) -> list[tuple[str, str, str, str, str]]:
    """(source, source_name, target, target_name, cameo) rows of one event."""
    def code(name: str) -> str:
        return codes.get((event["doc_id"], name), name)

    parties = list(dict.fromkeys(event["parties"]))
    host = next((p for p in parties if code(p) == event.get("location_country")), None)
    rows = []
    for a, b in permutations(parties, 2):
        cameo = event["cameo"]
        if event["cameo"] == VISIT and host is not None and host in (a, b):
            cameo = VISIT if b == host else HOST_VISIT
        elif event["cameo"] == VISIT and host is not None:
            continue  # two visitors of one host are no dyad
        rows.append((code(a), a, code(b), b, cameo))
    for mediator in event["mediator"]:
        rows += [(code(mediator), mediator, code(p), p, MEDIATE) for p in parties if p != mediator]
    return rows


def dyads(tables: Tables, with_cancelled: bool = False) -> pd.DataFrame:
    """One row per (source, target, CAMEO code, event); cancelled events only when asked."""
    codes = codes_of(tables)
    rows = []
    for event in records(tables.events):
        if event["status"] == "cancelled" and not with_cancelled:
            continue
        for source, source_name, target, target_name, cameo in pairs_of(event, codes):
            rows.append({
                "event_id": event["event_id"], "doc_id": event["doc_id"], "cluster_id": event["cluster_id"],
                "source": source, "source_name": source_name, "target": target, "target_name": target_name,
                "cameo": cameo, "plover_event": event["plover_event"], "status": event["status"],
                "date": event["date"], "location": event["location"],
                "location_country": event["location_country"], "type": event["type"],
            })
    return pd.DataFrame(rows, columns=DYADS).astype({"cameo": "string", "date": "string"})
