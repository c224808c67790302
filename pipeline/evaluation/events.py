"""Scoring the events tables against our gold annotations (``data/gold``, the seed's JSON form).

An event matches a gold event of the same article when they share a party or a participant
(one to one, the pairs sharing most first, same type preferred). On matched events: parties,
participant persons and mediator F1 (micro), and the accuracy of type, status, location, date
(where the text gives one), round (where numbered), format (where said), and participants'
role class and side. Party names compare through ISO codes where both sides give one.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..kb.knowledge import load_knowledge
from ..io.readers import read_file
from ..io.tables import Tables
from .prf import PRF


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class EventReport:
    events: PRF = PRF()
    parties: PRF = PRF()
    participants: PRF = PRF()
    mediator: PRF = PRF()
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def acc(self, name: str) -> Accuracy:
        return self.accuracy.setdefault(name, Accuracy())

    def lines(self) -> list[str]:
        out = [f"{'':22s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
        for name in ("events", "parties", "participants", "mediator"):
            s = getattr(self, name)
            out.append(f"{name:22s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   (tp {s.tp}, fp {s.fp}, fn {s.fn})")
        for name, a in self.accuracy.items():
            out.append(f"{name + ' accuracy':22s} {a.value:6.3f}   ({a.right}/{a.total})")
        return out


def fold(text: str) -> str:
    return text.replace("ё", "е").lower()


def surname(name: str) -> str:
    return name.replace("ё", "е").split()[-1].lower() if name.strip() else ""


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Folded country name, official name or alias -> ISO3; a known organisation's name or alias ->
    its gazetteer name, folded (``ЕС``, ``Европейский союз`` -> ``евросоюз``)."""
    known = {fold(surface): fold(entry.name) for surface, entry in load_knowledge().entries if entry.kind == "org"}
    known.update({fold(surface): entry.country for surface, entry in load_knowledge().entries if entry.kind == "country"})
    return known


def side_keys(names: list[str], codes: list[str]) -> set[str]:
    """A party list as comparable keys: a state's ISO3 (its name looked up in the countries gazetteer;
    ``parties_iso`` holds the codes of the parties that are states, in order, so it need not line up
    with ``parties``), else the lower-case name."""
    known = country_codes()
    keys = {known.get(fold(n), fold(n)) for n in names or []}
    unmatched = [c for c in codes or [] if c and c not in keys]
    named = [fold(n) for n in names or [] if fold(n) in keys]  # names the gazetteer does not know
    for code, name in zip(unmatched, named):  # a code given for a name we could not look up
        keys.discard(name)
        keys.add(code)
    return keys


def gold_articles(gold_dir: Path, corpus_dir: Path) -> list[tuple[str, dict]]:
    """(doc_id, annotation) of every gold file whose corpus file exists."""
    found = []
    for path in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "file" in gold and (corpus_dir / gold["file"]).exists():
            found.append((Path(gold["file"]).with_suffix("").as_posix(), gold))
    return found


def pairs(gold_events: list[dict], predicted: list[dict], people: dict[str, set[str]]) -> list[tuple[dict, dict]]:
    """One-to-one matches sharing a party or participant, the pairs sharing most first (of the same type,
    then agreeing on status and round)."""
    candidates = []
    for g, gold in enumerate(gold_events):
        gold_sides = side_keys(gold.get("parties", []), gold.get("parties_iso", []))
        gold_people = {surname(p["name"]) for p in gold.get("participants", [])}
        for p, event in enumerate(predicted):
            shared = len(gold_sides & side_keys(list(event["parties"]), list(event["parties_iso"])))
            ours = people.get(event["event_id"], set())
            shared += sum(1 for name in gold_people if any(same_surname(name, other) for other in ours))
            if shared:  # ties go to the pair that agrees on status, then on the round
                agree = (-(gold.get("status") == event["status"]), -(gold.get("round") == none_if_nan(event["round"])))
                candidates.append((-(shared + (gold["type"] == event["type"])), *agree, g, p))
    used_g, used_p, matched = set(), set(), []
    for *_, g, p in sorted(candidates):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            matched.append((gold_events[g], predicted[p]))
    return matched


def none_if_nan(value):
    """A table's empty integer cell (None, NaN or pandas NA) as None."""
    try:
        return None if value is None or value != value else value
    except TypeError:  # pandas NA has no truth value
        return None


def score_events(tables: Tables, gold: list[tuple[str, dict]]) -> EventReport:
    report = EventReport()
    actors = tables.actors.set_index("actor_id")
    people: dict[str, set[str]] = {}
    participants: dict[str, dict[str, dict]] = {}
    for row in tables.participants.to_dict("records"):
        if row["kind"] == "person":
            people.setdefault(row["event_id"], set()).add(surname(row["name"]))
            role_class = actors.loc[row["actor_id"], "role_class"] if row["actor_id"] in actors.index else ""
            participants.setdefault(row["event_id"], {})[surname(row["name"])] = {**row, "role_class": role_class}
    failed = tables.articles[tables.articles.status != "ok"]
    for row in failed.to_dict("records"):  # a failed article scores as missed events: say why
        report.errors.append(f"{row['doc_id']}: article {row['status']} {row['error']}")
    for doc_id, annotation in gold:
        gold_events = annotation.get("events", [])
        predicted = tables.events[tables.events.doc_id == doc_id].to_dict("records")
        matched = pairs(gold_events, predicted, people)
        report.events += PRF(len(matched), len(predicted) - len(matched), len(gold_events) - len(matched))
        for event in predicted:
            if not any(event is p for _, p in matched):
                report.errors.append(f"{doc_id}: extra {event['type']} {list(event['parties'])} «{event['trigger']}»")
        for event in gold_events:
            if not any(event is g for g, _ in matched):
                report.errors.append(f"{doc_id}: missed {event['type']} {event.get('parties')}")
        for want, got in matched:
            compare_matched(report, doc_id, want, got, participants.get(got["event_id"], {}))
    return report


def same_surname(a: str, b: str) -> bool:
    """One surname in two normal forms (``Токаев``/``Токаева``, ``Хукстра``/``Хукстрой``): the same
    first letters but for the last two, four at least. Spelling is scored by the mentions' own tests."""
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= max(4, min(len(a), len(b)) - 2)


def aligned(gold: set[str], predicted: dict[str, dict]) -> dict[str, dict]:
    """Predicted persons keyed by the gold surname each spells (exact first, then by ``same_surname``)."""
    result, rest = {}, dict(predicted)
    for name in sorted(gold):
        if name in rest:
            result[name] = rest.pop(name)
    for name in sorted(gold - set(result)):
        match = next((k for k in sorted(rest) if same_surname(name, k)), None)
        if match is not None:
            result[name] = rest.pop(match)
    result.update(rest)
    return result


def compare_matched(report: EventReport, doc_id: str, want: dict, got: dict, got_people: dict[str, dict]) -> None:
    report.parties += PRF.of(side_keys(want.get("parties", []), want.get("parties_iso", [])),
                             side_keys(list(got["parties"]), list(got["parties_iso"])))
    report.mediator += PRF.of({m.lower() for m in want.get("mediator") or []}, {m.lower() for m in got["mediator"]})
    gold_people = {surname(p["name"]): p for p in want.get("participants", [])}
    got_people = aligned(set(gold_people), got_people)
    report.participants += PRF.of(set(gold_people), set(got_people))
    report.acc("type").add(want["type"] == got["type"])
    report.acc("status").add(want["status"] == got["status"])
    if want.get("location"):
        report.acc("location").add(fold(want["location"]) == fold(got["location"] or ""))
    else:  # a place the text does not give is a false place, scored apart from the accuracy above
        report.acc("no location").add(not got["location"])
    if want.get("date_source") == "text" and want.get("date"):
        report.acc("date").add(want["date"] == got["date"])
    if isinstance(want.get("round"), int):
        report.acc("round").add(want["round"] == got["round"])
    if want.get("format"):
        report.acc("format").add(want["format"] == got["format"])
    for name, person in gold_people.items():
        if name in got_people:
            if person.get("role_class"):
                report.acc("role").add(person["role_class"] == got_people[name]["role_class"])
            report.acc("side").add(person["side"] == got_people[name]["side"])
    for key in ("type", "status", "location"):
        if want.get(key) and fold(str(want[key])) != fold(str(got[key] or "")):
            report.errors.append(f"{doc_id}: {key} {got[key]!r} for {want[key]!r}")
    if not want.get("location") and got["location"]:
        report.errors.append(f"{doc_id}: location {got['location']!r} for none")
    want_sides = side_keys(want.get("parties", []), want.get("parties_iso", []))
    got_sides = side_keys(list(got["parties"]), list(got["parties_iso"]))
    if want_sides != got_sides:
        kind = "extra" if want_sides < got_sides else "missing" if got_sides < want_sides else "wrong"
        report.errors.append(f"{doc_id}: parties {kind} {sorted(got_sides)} for {sorted(want_sides)} ({want['type']})")
    people = set(got_people) - set(gold_people)
    if people or set(gold_people) - set(got_people):
        report.errors.append(f"{doc_id}: participants {sorted(got_people)} for {sorted(gold_people)} ({want['type']})")


def evaluate_events(gold_dir: str | Path, corpus_dir: str | Path, nlp=None) -> EventReport:
    """Run the pipeline on the gold set's corpus files and score its events."""
    from ..api import extract

    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    gold = gold_articles(gold_dir, corpus_dir)
    articles = [a for doc_id, annotation in gold for a in read_file(corpus_dir / annotation["file"], corpus_dir)]
    return score_events(extract(articles, nlp=nlp), gold)
