"""Scoring the events tables against our gold annotations (``data/gold``, the seed's JSON form).

An event matches a gold event of the same article when they share a party or a participant
(one to one, the pairs sharing most first, same type preferred). On matched events: parties,
participant persons and mediator F1 (micro), and the accuracy of type, status, location, date
(where the text gives one), round (where numbered), round text and next round (where the gold gives
one), format (where said), forum (where the gold names one), and participants' role class and side.
``no location`` and ``no forum`` score apart the places and forums we give where the gold gives
none (a file annotated before SCHEMA.md had ``forum`` scores no forum at all). Party and forum
names compare through ISO codes and the organisations gazetteer's aliases; a next round is right
when ours shares a content word with the gold's phrase (``третий раунд`` for ``договорились о
возможности третьего раунда``), as the phrase is free text.

The gold files are read by ``gold``; sides, forums and persons compare by ``names``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..io.readers import read_file
from ..io.tables import Tables, records
from .gold import GoldArticle, GoldEvent, read_gold
from .lemmas import content_lemmas
from .names import aligned, fold, name_key, same_surname, side_keys, surname
from .prf import PRF

ACCURACIES = ("type", "status", "location", "no location", "date", "no date", "round", "round text", "next round", "format",
              "forum", "no forum", "role", "side")  # the order of the report's lines


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
        for name, a in sorted(self.accuracy.items(), key=lambda item: ACCURACIES.index(item[0])):
            out.append(f"{name + ' accuracy':22s} {a.value:6.3f}   ({a.right}/{a.total})")
        return out


def pairs(gold_events: tuple[GoldEvent, ...], predicted: list[dict],
          people: dict[str, set[str]]) -> list[tuple[GoldEvent, dict]]:
    """One-to-one matches sharing a party or participant, the pairs sharing most first (of the same type,
    then agreeing on status and round)."""
    candidates = []
    for g, gold in enumerate(gold_events):
        gold_sides = side_keys(gold.parties, gold.parties_iso)
        gold_people = {surname(p.name) for p in gold.participants}
        for p, event in enumerate(predicted):
            shared = len(gold_sides & side_keys(list(event["parties"]), list(event["parties_iso"])))
            ours = people.get(event["event_id"], set())
            shared += sum(1 for name in gold_people if any(same_surname(name, other) for other in ours))
            if shared:  # ties go to the pair that agrees on status, then on the round
                agree = (-(gold.status == event["status"]), -(gold.round == none_if_nan(event["round"])))
                candidates.append((-(shared + (gold.type == event["type"])), *agree, g, p))
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


def score_events(tables: Tables, gold: list[GoldArticle]) -> EventReport:
    report = EventReport()
    role_classes = {a["actor_id"]: a["role_class"] for a in records(tables.actors)}
    people: dict[str, set[str]] = {}
    participants: dict[str, dict[str, dict]] = {}
    for row in records(tables.participants):
        if row["kind"] == "person":
            people.setdefault(row["event_id"], set()).add(surname(row["name"]))
            role_class = role_classes.get(row["actor_id"], "")
            participants.setdefault(row["event_id"], {})[surname(row["name"])] = {**row, "role_class": role_class}
    failed = tables.articles[tables.articles.status != "ok"]
    for row in records(failed):  # a failed article scores as missed events: say why
        report.errors.append(f"{row['doc_id']}: article {row['status']} {row['error']}")
    for article in gold:
        doc_id, gold_events = article.doc_id, article.events
        report.errors += [f"{doc_id}: {note}" for note in article.skipped]
        predicted = records(tables.events[tables.events.doc_id == doc_id])
        matched = pairs(gold_events, predicted, people)
        report.events += PRF(len(matched), len(predicted) - len(matched), len(gold_events) - len(matched))
        for event in predicted:
            if not any(event is p for _, p in matched):
                report.errors.append(f"{doc_id}: extra {event['type']} {list(event['parties'])} «{event['trigger']}»")
        for event in gold_events:
            if not any(event is g for g, _ in matched):
                report.errors.append(f"{doc_id}: missed {event.type} {list(event.parties)}")
        for want, got in matched:
            compare_matched(report, doc_id, want, got, participants.get(got["event_id"], {}))
    return report


def compare_matched(report: EventReport, doc_id: str, want: GoldEvent, got: dict, got_people: dict[str, dict]) -> None:
    """Score one matched pair: its sides, mediator and persons, its fields, and say what differs."""
    want_sides = side_keys(want.parties, want.parties_iso)
    got_sides = side_keys(list(got["parties"]), list(got["parties_iso"]))
    report.parties += PRF.of(want_sides, got_sides)
    want_mediators, got_mediators = mediator_keys(want.mediator), mediator_keys(got["mediator"])
    report.mediator += PRF.of(want_mediators, got_mediators)
    gold_people = {surname(p.name): p for p in want.participants}
    got_people = aligned(set(gold_people), got_people)
    report.participants += PRF.of(set(gold_people), set(got_people))
    for name, right in field_checks(want, got) + person_checks(gold_people, got_people):
        report.acc(name).add(right)
    report.errors += [f"{doc_id}: {error}" for error in field_errors(want, got)]
    if want_sides != got_sides:
        kind = "extra" if want_sides < got_sides else "missing" if got_sides < want_sides else "wrong"
        report.errors.append(f"{doc_id}: parties {kind} {sorted(got_sides)} for {sorted(want_sides)} ({want.type})")
    if want_mediators != got_mediators:
        report.errors.append(f"{doc_id}: mediator {sorted(got_mediators)} for {sorted(want_mediators)} ({want.type})")
    if set(got_people) != set(gold_people):
        report.errors.append(f"{doc_id}: participants {sorted(got_people)} for {sorted(gold_people)} ({want.type})")


def mediator_keys(names) -> set[str]:
    """Mediators compared as sides are (``ЕС`` and ``Евросоюз`` are one body, a state is its ISO3)."""
    return {name_key(m) for m in names if m}


def field_checks(want: GoldEvent, got: dict) -> list[tuple[str, bool]]:
    """The accuracies a matched pair counts in, each with whether our field is right: type and
    status always; location where the gold gives one, else ``no location`` (a place the text does
    not give is a false place, scored apart); date where the text gives one (and ``no date`` where the gold
    gives none, a date of ours being a false one); round where numbered;
    round text and next round where the gold gives one; format where said; forum where the gold
    names one, else ``no forum`` where the gold says there is none."""
    checks = [("type", want.type == got["type"]), ("status", want.status == got["status"])]
    if want.location:
        checks.append(("location", fold(want.location) == fold(got["location"] or "")))
    else:
        checks.append(("no location", not got["location"]))
    if want.date_source == "text" and want.date:
        checks.append(("date", want.date == got["date"]))
    elif not want.date:  # the text fixes no day: a date of ours is a false one, scored apart
        checks.append(("no date", none_if_nan(got["date"]) in (None, "")))
    if want.round is not None:
        checks.append(("round", want.round == none_if_nan(got["round"])))
    if want.round_text:
        checks.append(("round text", fold(want.round_text) == fold(cell(got, "round_text"))))
    if want.next_round:
        checks.append(("next round", bool(content_lemmas(want.next_round) & content_lemmas(cell(got, "next_round")))))
    if want.format:
        checks.append(("format", want.format == got["format"]))
    if want.forum:
        checks.append(("forum", name_key(want.forum) == name_key(cell(got, "forum"))))
    elif want.forum is not None:
        checks.append(("no forum", not cell(got, "forum")))
    return checks


def cell(row: dict, column: str) -> str:
    """A text cell of our events table: empty when the table lacks the column or the cell is empty."""
    value = row.get(column)
    return value if isinstance(value, str) else ""


def person_checks(gold_people: dict, got_people: dict[str, dict]) -> list[tuple[str, bool]]:
    """Role class (where the gold gives one) and side (likewise) of each gold person we found."""
    checks = []
    for name, person in gold_people.items():
        if name in got_people:
            if person.role_class:
                checks.append(("role", person.role_class == got_people[name]["role_class"]))
            if person.side:
                checks.append(("side", person.side == got_people[name]["side"]))
    return checks


def field_errors(want: GoldEvent, got: dict) -> list[str]:
    """A wrong type, status, location, date, format, round text or forum, a missing next round, and a
    place or a forum where the gold gives none."""
    errors = [f"{key} {got[key]!r} for {value!r}" for key, value in
              (("type", want.type), ("status", want.status), ("location", want.location))
              if value and fold(value) != fold(str(got[key] or ""))]
    if not want.location and got["location"]:
        errors.append(f"location {got['location']!r} for none")
    checks = dict(field_checks(want, got))
    for key, check in (("round_text", "round text"), ("next_round", "next round"), ("forum", "forum")):
        if checks.get(check) is False:
            errors.append(f"{key} {cell(got, key)!r} for {getattr(want, key)!r}")
    if checks.get("no forum") is False:
        errors.append(f"forum {cell(got, 'forum')!r} for none")
    if checks.get("no date") is False:
        errors.append(f"date {got['date']!r} ({cell(got, 'date_text')!r}) for none")
    if checks.get("date") is False:
        errors.append(f"date {got['date']!r} ({cell(got, 'date_text')!r}) for {want.date!r} ({want.date_text!r})")
    if checks.get("format") is False:
        errors.append(f"format {cell(got, 'format')!r} for {want.format!r}")
    return errors


def evaluate_events(gold_dir: str | Path, corpus_dir: str | Path, nlp=None) -> EventReport:
    """Run the pipeline on the gold set's corpus files and score its events."""
    return score_gold_set(read_gold(Path(gold_dir), Path(corpus_dir)), Path(corpus_dir), nlp)


def score_gold_set(gold: list[GoldArticle], corpus_dir: Path, nlp=None) -> EventReport:
    """Run the pipeline (``nlp``, loaded when not given) on the corpus files of read gold articles
    and score its events."""
    from ..api import extract

    articles = [a for article in gold for a in read_file(corpus_dir / article.file, corpus_dir)]
    return score_events(extract(articles, nlp=nlp), gold)
