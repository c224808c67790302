"""Pure rules of the events stage on hand-built mentions, drafts and actors: status and date, place, CAMEO
code, sides and rounds (pipeline/events/{time,location,build,sides,rounds}.py)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.build import cameo_of
from pipeline.events.frames import Draft
from pipeline.events.location import choose_location, toward
from pipeline.events.rounds import digits, fold_rounds, round_sides
from pipeline.events.sides import party_id, with_subjects
from pipeline.events.time import dated_apart, event_date, event_status, status_by_date
from pipeline.lang.dates import DateMention

YESTERDAY = DateMention(0, 5, "вчера", "relative", (-1,))
MAY_12 = DateMention(0, 6, "12 мая", "daymonth", (0, 5, 12))
LAST_WEEK = DateMention(0, 18, "на прошлой неделе", "week", (-1,))


@pytest.mark.parametrize("status, when, published, expected", [
    ("planned", "2020-12-29", "2021-04-20", "occurred"),  # a date well before the article: it took place
    ("occurred", "2021-05-02", "2021-04-20", "planned"),  # a date after the article: it lies ahead
    ("planned", "2021-04-19", "2021-04-20", "planned"),  # the day before: the text's own word stands
    ("cancelled", "2020-12-29", "2021-04-20", "cancelled"),
    ("planned", None, "2021-04-20", "planned"),
    ("planned", "2020-12-29", None, "planned"),
])
def test_time_status_by_date(status, when, published, expected):
    assert status_by_date(status, when, published) == expected


@pytest.mark.parametrize("anchor, others, expected", [
    ("planned", ["occurred"], "planned"),  # the anchor's own cue first
    ("", ["planned", "cancelled"], "cancelled"),  # a cancellation before a plan
    ("", ["cancelled", "occurred"], "occurred"),  # перенесённый саммит прошёл: held
    ("", [], "occurred"),  # news reports what happened
])
def test_time_event_status(mention, anchor, others, expected):
    assert event_status(mention("meeting", status=anchor), [mention("meeting", status=s) for s in others]) == expected


@pytest.mark.parametrize("dates, status, published, undated, expected", [
    ((YESTERDAY,), "occurred", "2024-05-15", None, ("2024-05-14", "text", "вчера")),
    ((MAY_12,), "planned", "2024-05-15", None, ("2025-05-12", "text", "12 мая")),  # a planned day gone: next year
    ((MAY_12,), "occurred", None, date(2023, 6, 1), ("2023-05-12", "text", "12 мая")),  # the text's year
    ((YESTERDAY,), "occurred", None, date(2023, 6, 1), (None, "", "")),  # relative needs a published date
    ((LAST_WEEK,), "occurred", "2024-05-15", None, (None, "text", "на прошлой неделе")),  # no single day
    ((), "occurred", "2024-05-15", None, ("2024-05-15", "published", "")),
])
def test_time_event_date(mention, dates, status, published, undated, expected):
    assert event_date(Draft([mention("meeting", dates=dates)]), status, published, undated) == expected


def test_time_dated_apart(mention):
    june = DateMention(0, 6, "1 июня", "daymonth", (0, 6, 1))
    assert dated_apart([mention("visit", dates=(june,))], mention("visit", dates=(MAY_12,)), date(2024, 6, 2)) is False
    assert dated_apart([mention("visit")], mention("visit", dates=(MAY_12,)), date(2024, 8, 20)) is True


@pytest.mark.parametrize("keys, expected", [
    (["country:TUR", "place:Стамбул"], "Стамбул"),  # the city over the country
    (["country:OMN"], "Оман"),
    (["place:Европа", "country:OMN"], "Оман"),  # a region of no one country only when nothing else is
    (["place:Европа"], "Европа"),
    (["country:RUS", "place:Стамбул"], "Россия"),  # a city outside the countries named beside it
    ([], None),
])
def test_location_choose_location(actors, keys, expected):
    chosen = choose_location(keys, actors, areas=frozenset({"Европа"}))
    assert (chosen.name if chosen else None) == expected


def test_location_choose_location_takes_a_city_of_the_country_from_the_article(actors):
    assert choose_location(["country:OMN"], actors, doc_places=["place:Маскат"]).name == "Маскат"


def test_location_visit_places_lie_in_its_destination(mention, actors):
    visit = mention("visit", destination="TUR")
    assert toward(["country:OMN", "place:Стамбул"], visit, actors) == ["place:Стамбул"]
    assert toward(["country:OMN"], visit, actors) == ["country:OMN"]  # none there: the keys stay
    assert toward(["country:OMN"], mention("meeting"), actors) == ["country:OMN"]


@pytest.mark.parametrize("event_type, status, place, parties, expected", [
    ("negotiations", "occurred", "", ["IRN", "USA"], "046"),
    ("phone_call", "occurred", "", ["RUS", "USA"], "041"),
    ("visit", "occurred", "USA", ["RUS", "USA"], "042"),
    ("meeting", "occurred", "OMN", ["IRN", "USA"], "044"),  # a meeting at a third country's place
    ("meeting", "occurred", "USA", ["RUS", "USA"], "040"),
    ("summit", "occurred", "CHN", ["RUS", "CHN"], "040"),
    ("negotiations", "planned", "OMN", ["IRN", "USA"], "036"),
])
def test_build_cameo_of(event_type, status, place, parties, expected):
    assert cameo_of(event_type, status, place, parties) == expected


@pytest.mark.parametrize("key, expected", [
    ("country:RUS", "RUS"), ("person:0", "RUS"),  # a person stands for their state
    ("person:2", "org:ООН"),  # an official of a body for the body
    ("place:Европа", "place:Европа"), ("unknown", "unknown"),
])
def test_sides_party_id(actors, key, expected):
    assert party_id(key, actors) == expected


def test_sides_partner_alone_takes_the_subject_spoken_of_last(mention, actors):
    first = mention("visit", persons=("person:0",), parties=("country:CHN",))
    talks = mention("negotiations", persons=("person:1",), parties=(), partners=("person:1",))
    assert with_subjects([first, talks], actors)[1].persons == ("person:1", "person:0")


def test_sides_a_named_pair_takes_no_subject(mention, actors):
    talks = mention("negotiations", "RUS", "USA", partners=("country:USA",))
    assert with_subjects([mention("visit", "CHN"), talks], actors)[1].parties == ("country:RUS", "country:USA")


def test_rounds_next_round_folds_into_the_round_before(mention):
    second = Draft([mention("negotiations", "RUS", "UKR", round=2, round_text="второй раунд")])
    third = Draft([mention("negotiations", "RUS", "UKR", round=3, round_text="третий раунд", status="planned")])
    kept = fold_rounds([second, third])
    assert kept == [second] and second.next_round == "третий раунд"


def test_rounds_a_held_round_stays_its_own_row(mention):
    drafts = [Draft([mention("negotiations", "RUS", "UKR", round=n, round_text="раунд")]) for n in (1, 2)]
    assert len(fold_rounds(drafts)) == 2


def test_rounds_one_sided_round_takes_the_sides_of_the_other_rounds(mention, actors):
    first = Draft([mention("negotiations", "RUS", "UKR", round=1)], party_ids={"RUS", "UKR"})
    assert round_sides(mention("negotiations", "RUS", round=2), [first], actors).parties == ("country:RUS",
                                                                                           "country:UKR")


@pytest.mark.parametrize("text, expected", [("3-й", 3), ("12", 12), ("очередной", None)])
def test_rounds_digits(text, expected):
    assert digits(text) == expected
