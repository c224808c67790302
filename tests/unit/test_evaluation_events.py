"""The events scorer's rules on hand-built gold records and table rows (no pipeline run)."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluation.events import EventReport, compare_matched, field_checks, field_errors, pairs, score_events
from pipeline.evaluation.gold import GoldArticle, GoldEvent, GoldParticipant
from pipeline.io.tables import Tables

SIDES = {"parties": ("Россия", "Китай"), "parties_iso": ("RUS", "CHN")}


def ours(**fields) -> dict:
    """One events-table row with empty fields but those given (no ``forum`` column unless given)."""
    row = {"event_id": "d#E1", "doc_id": "d", "type": "meeting", "status": "occurred", "location": "",
           "parties": list(SIDES["parties"]), "parties_iso": list(SIDES["parties_iso"]), "mediator": [],
           "round": None, "round_text": "", "next_round": "", "format": "", "date": None, "trigger": "встреча"}
    return {**row, **fields}


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_evaluation_ties_pair_by_status_and_round(order):
    gold = (GoldEvent("negotiations", "occurred", round=1, **SIDES), GoldEvent("negotiations", "planned", round=2, **SIDES))
    predicted = [ours(event_id=f"e{n}", type="negotiations", status=status, round=number)
                 for n, (status, number) in enumerate([("planned", 2), ("occurred", float("nan"))])]
    matched = pairs(gold, [predicted[i] for i in order], {})
    assert sorted((g.status, p["status"]) for g, p in matched) == [("occurred", "occurred"), ("planned", "planned")]


@pytest.mark.parametrize("gold_place, our_place, location, no_location", [
    ("Москва", "Москва", (1, 1), (0, 0)),
    ("Москва", "", (0, 1), (0, 0)),
    ("", "", (0, 0), (1, 1)),
    ("", "Москва", (0, 0), (0, 1)),  # a place the gold does not give is scored too, apart
])
def test_evaluation_false_places_are_scored_apart(gold_place, our_place, location, no_location):
    report = EventReport()
    compare_matched(report, "d", GoldEvent("meeting", "occurred", location=gold_place, **SIDES),
                    ours(location=our_place), {})
    counts = {name: (a.right, a.total) for name, a in report.accuracy.items()}
    assert counts.get("location", (0, 0)) == location and counts.get("no location", (0, 0)) == no_location


@pytest.mark.parametrize("gold_mediator, our_mediator, counts", [
    (("ЕС",), ["Евросоюз"], (1, 0, 0)),  # one body by its abbreviation and its name
    (("Европейский союз",), ["ЕС"], (1, 0, 0)),
    (("Россия", "ЕС"), ["Россия"], (1, 0, 1)),
    ((), ["Катар"], (0, 1, 0)),
])
def test_evaluation_mediators_compare_as_sides(gold_mediator, our_mediator, counts):
    report = EventReport()
    compare_matched(report, "d", GoldEvent("negotiations", "occurred", mediator=gold_mediator, **SIDES),
                    ours(type="negotiations", mediator=our_mediator), {})
    assert (report.mediator.tp, report.mediator.fp, report.mediator.fn) == counts
    assert any("mediator" in e for e in report.errors) == (counts != (1, 0, 0))


@pytest.mark.parametrize("want, got, checks", [
    (GoldEvent("meeting", "occurred", round=3), ours(round=pd.NA), {"round": False}),  # an empty cell of ours
    (GoldEvent("meeting", "occurred", round=3), ours(round=3), {"round": True}),
    (GoldEvent("meeting", "occurred", date="2020-01-02", date_source="published"), ours(), {}),  # no date in the text
    (GoldEvent("meeting", "occurred", date="2020-01-02", date_source="text"), ours(date="2020-01-02"), {"date": True}),
    (GoldEvent("meeting", "occurred", format="virtual"), ours(format="direct"), {"format": False}),
])
def test_evaluation_field_checks_count_where_the_gold_gives_a_value(want, got, checks):
    found = dict(field_checks(want, got))
    assert {k: v for k, v in found.items() if k not in ("type", "status", "location", "no location", "no date")} == checks


@pytest.mark.parametrize("gold_date, gold_source, our_date, no_date", [
    (None, None, None, True),  # neither gives a day
    (None, None, "2020-01-02", False),  # a day the text does not fix: a false date
    (None, None, pd.NaT, True),
    ("2020-01-02", "published", "2020-01-02", None),  # a date the gold gives is scored by `date` alone
])
def test_evaluation_false_dates_are_scored_apart(gold_date, gold_source, our_date, no_date):
    want = GoldEvent("meeting", "occurred", date=gold_date, date_source=gold_source)
    assert dict(field_checks(want, ours(date=our_date))).get("no date") is no_date


@pytest.mark.parametrize("gold_forum, got, checks", [
    ("ЕС", ours(forum="Евросоюз"), {"forum": True}),  # through the organisations gazetteer's aliases
    ("Шанхайская организация сотрудничества", ours(forum="ШОС"), {"forum": True}),
    ("Нормандский формат", ours(forum="нормандский формат"), {"forum": True}),  # folded
    ("БРИКС", ours(forum="ШОС"), {"forum": False}),
    ("БРИКС", ours(), {"forum": False}),  # a table without the column (as ours()) gives none
    ("", ours(forum="БРИКС"), {"no forum": False}),  # a forum where the gold says there is none
    ("", ours(), {"no forum": True}),
    (None, ours(forum="БРИКС"), {}),  # a file annotated before the column: no forum scored
])
def test_evaluation_forum_compares_through_the_gazetteer(gold_forum, got, checks):
    found = dict(field_checks(GoldEvent("summit", "occurred", forum=gold_forum), got))
    assert {k: v for k, v in found.items() if "forum" in k} == checks


@pytest.mark.parametrize("want, got, checks", [
    (GoldEvent(round_text="очередной раунд"), ours(round_text="Очередной раунд"), {"round text": True}),
    (GoldEvent(round_text="очередной раунд"), ours(round_text="новый раунд"), {"round text": False}),
    (GoldEvent(round_text="третий раунд"), ours(round_text=None), {"round text": False}),
    (GoldEvent(next_round="в ближайшие дни"), ours(next_round="в ближайшие дни"), {"next round": True}),
    (GoldEvent(next_round="договорились о возможности третьего раунда"), ours(next_round="третий раунд"),
     {"next round": True}),  # free text: a content word in common
    (GoldEvent(next_round="в последнюю неделю августа"), ours(next_round=""), {"next round": False}),
    (GoldEvent(next_round="в последнюю неделю августа"), ours(next_round="в ближайшие дни"), {"next round": False}),
    (GoldEvent(), ours(round_text="новый раунд", next_round="в ближайшие дни"), {}),  # the gold gives none
])
def test_evaluation_round_text_and_next_round(want, got, checks):
    found = dict(field_checks(want, got))
    assert {k: v for k, v in found.items() if "round" in k} == checks


@pytest.mark.parametrize("want, got, error", [
    (GoldEvent(forum="БРИКС"), ours(forum="ШОС"), "forum 'ШОС' for 'БРИКС'"),
    (GoldEvent(forum=""), ours(forum="ШОС"), "forum 'ШОС' for none"),
    (GoldEvent(round_text="новый раунд"), ours(), "round_text '' for 'новый раунд'"),
    (GoldEvent(next_round="в ближайшие дни"), ours(), "next_round '' for 'в ближайшие дни'"),
])
def test_evaluation_field_errors_name_the_new_fields(want, got, error):
    assert error in field_errors(want, got)


def test_evaluation_report_lines_in_a_fixed_order():
    report = EventReport()
    for name in ("side", "forum", "no location", "type"):
        report.acc(name).add(True)
    assert [line.split(" accuracy")[0] for line in report.lines()[5:]] == ["type", "no location", "forum", "side"]


def tables(events: list[dict], people: list[dict]) -> Tables:
    participants = pd.DataFrame(people, columns=["event_id", "doc_id", "actor_id", "name", "kind", "side"])
    actors = pd.DataFrame([{"actor_id": p["actor_id"], "role_class": "foreign_minister"} for p in people],
                          columns=["actor_id", "role_class"])
    articles = pd.DataFrame([{"doc_id": "d", "status": "ok", "error": ""}])
    return Tables(articles=articles, mentions=pd.DataFrame(), actors=actors, events=pd.DataFrame(events),
                  participants=participants)


def test_evaluation_scores_what_a_gold_file_gives_and_says_what_it_skipped():
    gold = GoldArticle("d", "d.txt", (GoldEvent("meeting", "occurred", participants=(
        GoldParticipant("Сергей Лавров"), GoldParticipant("Ван И", "party", "foreign_minister"))),),
        skipped=("participant without a name skipped (meeting)",))
    people = [{"event_id": "d#E1", "doc_id": "d", "actor_id": f"d#A{n}", "name": name, "kind": "person", "side": "party"}
              for n, name in enumerate(["Сергей Лавров", "Ван И"])]
    report = score_events(tables([ours()], people), [gold])
    assert (report.events.tp, report.participants.tp, report.participants.fp) == (1, 2, 0)
    assert (report.accuracy["side"].total, report.accuracy["role"].total) == (1, 1)  # Лавров: no side, no role given
    assert "d: participant without a name skipped (meeting)" in report.errors
