"""Compare one article's tables with an expected JSON in the seed's form; list the differences.

The expected file has ``article``, ``events`` (with ``participants``), ``actors`` and optionally
``not_actors``. Events must match in number (so ``not_events`` cannot appear) and each expected
event must have a produced one of the same type sharing a party; list fields compare as sets.
Expected actors must exist (same kind and name) with the fields given; ``not_actors`` must not be
mentions.
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ..io.tables import Tables, records

EVENT_SKIP = {"participants"}


def blank(value: Any) -> bool:
    if value is None:
        return True
    if (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return True
    return value == "" or (isinstance(value, (list, tuple)) and not value)


def same(expected: Any, actual: Any) -> bool:
    if blank(expected):
        return blank(actual)
    if isinstance(expected, list):
        return not blank(actual) and set(expected) == set(actual)
    if isinstance(expected, bool):
        return bool(actual) == expected
    if isinstance(expected, int) and not blank(actual):
        return int(actual) == expected
    return expected == actual


def pick_event(expected: dict, events: list[dict]) -> dict | None:
    candidates = [e for e in events if e["type"] == expected["type"]]
    scored = sorted(candidates, key=lambda e: -len(set(expected.get("parties", [])) & set(e["parties"])))
    return scored[0] if scored else None


def compare(tables: Tables, doc_id: str, expected: dict) -> list[str]:
    """Every way the tables of ``doc_id`` differ from ``expected`` (empty: they match)."""
    problems = []
    articles = records(tables.articles[tables.articles.doc_id == doc_id])
    if len(articles) != 1:
        return [f"{doc_id}: {len(articles)} rows in articles, expected 1"]
    for key, value in expected.get("article", {}).items():
        if not same(value, articles[0].get(key)):
            problems.append(f"article.{key}: expected {value!r}, got {articles[0].get(key)!r}")
    events = records(tables.events[tables.events.doc_id == doc_id])
    actors = {a["actor_id"]: a for a in records(tables.actors[tables.actors.doc_id == doc_id])}
    participants = records(tables.participants[tables.participants.doc_id == doc_id])
    if len(events) != len(expected.get("events", [])):
        found = [(e["type"], e["trigger"], list(e["parties"])) for e in events]
        problems.append(f"events: expected {len(expected.get('events', []))}, got {len(events)}: {found}")
    used = []
    for n, want in enumerate(expected.get("events", []), start=1):
        got = pick_event(want, [e for e in events if e["event_id"] not in used])
        if got is None:
            problems.append(f"event {n} ({want['type']}): not found")
            continue
        used.append(got["event_id"])
        for key, value in want.items():
            if key not in EVENT_SKIP and not same(value, got.get(key)):
                problems.append(f"event {n}.{key}: expected {value!r}, got {got.get(key)!r}")
        problems += compare_participants(n, want.get("participants", []),
                                         [p for p in participants if p["event_id"] == got["event_id"]], actors)
    for want in expected.get("actors", []):
        matches = [a for a in actors.values() if a["name"] == want["name"] and a["kind"] == want["kind"]]
        if not matches:
            problems.append(f"actor {want['name']} ({want['kind']}): not found")
            continue
        for key, value in want.items():
            if not same(value, matches[0].get(key)):
                problems.append(f"actor {want['name']}.{key}: expected {value!r}, got {matches[0].get(key)!r}")
    mentions = tables.mentions[tables.mentions.doc_id == doc_id]
    for item in expected.get("not_actors", []):
        text = item.split(" (")[0]
        if (mentions.text == text).any() or any(m in text and len(m) > 2 for m in mentions.text):
            problems.append(f"not_actors: {text!r} is a mention")
    return problems


def compare_participants(n: int, expected: list[dict], produced: list[dict], actors: dict) -> list[str]:
    problems = []
    by_name = {p["name"]: p for p in produced}
    for want in expected:
        got = by_name.pop(want["name"], None)
        if got is None:
            problems.append(f"event {n}: participant {want['name']} missing")
            continue
        actor = actors.get(got["actor_id"], {})
        for key, value in want.items():
            actual = got.get(key, actor.get(key))
            if key == "role_class":
                actual = actor.get(key)
            if not same(value, actual):
                problems.append(f"event {n}: participant {want['name']}.{key}: expected {value!r}, got {actual!r}")
    for name in by_name:
        problems.append(f"event {n}: unexpected participant {name}")
    return problems
