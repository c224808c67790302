"""Rules between the events of one article, on Event records built here: the place one event lends another."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.events.links import with_places
from pipeline.records import Event

COUNTRIES = {"RUS": "Россия", "USA": "США", "UKR": "Украина", "KAZ": "Казахстан"}


def event(event_type: str, status: str, codes: tuple[str, ...], location: str = "", country: str = "",
          date: str | None = None) -> Event:
    return Event(type=event_type, cameo="", status=status, date=date, date_source="", date_text="",
                 location=location, location_country=country, parties=tuple(COUNTRIES[c] for c in codes),
                 parties_iso=codes, mediator=(), format="", round=None, round_text="", next_round="",
                 trigger="", start=0, end=0, sentence="", confidence=0.9)


PLACED = event("meeting", "planned", ("RUS", "USA"), "Вашингтон", "USA")


@pytest.mark.parametrize("unplaced, expected", [
    (event("meeting", "planned", ("USA", "UKR", "RUS")), "Вашингтон"),  # two states in common, same status
    (event("negotiations", "planned", ("RUS", "USA")), "Вашингтон"),
    (event("meeting", "occurred", ("RUS", "USA")), ""),  # another status: another occasion
    (event("meeting", "planned", ("USA", "UKR")), ""),  # one state in common
    (event("phone_call", "planned", ("RUS", "USA")), ""),  # a call joins two places
    (event("meeting", "planned", ("RUS", "USA"), date="2024-06-20"), ""),  # dated apart from the placed one
])
def test_event_links_an_event_takes_the_place_of_its_occasion(unplaced, expected):
    placed = replace(PLACED, date="2024-06-01")
    assert with_places([placed, unplaced])[1].location == expected


def test_event_links_an_earlier_event_lends_no_place():
    unplaced = event("meeting", "planned", ("RUS", "USA"))
    assert with_places([PLACED, unplaced], earlier=frozenset({0}))[1].location == ""
    assert with_places([PLACED, unplaced])[1].location == "Вашингтон"


@pytest.mark.parametrize("event_type, expected", [("meeting", "Астана"), ("phone_call", "")])
def test_event_links_a_visit_lends_its_place_but_not_to_a_call(event_type, expected):
    visit = event("visit", "planned", ("RUS", "KAZ"), "Астана", "KAZ")
    assert with_places([visit, event(event_type, "occurred", ("RUS", "KAZ"))])[1].location == expected
