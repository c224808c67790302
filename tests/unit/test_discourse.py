"""Discourse-level filling on hand-built slots and drafts: the sides a draft takes from the sentences before it."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.events.discourse import by_sentence, context_dates, context_sides, lead_date, specific
from pipeline.events.frames import Draft, Slot
from pipeline.lang.dates import DateMention

STARTS = [0, 10, 20, 30]  # four sentences of ten tokens


def slot(start: int, key: str) -> Slot:
    kind = "person" if key.startswith("person:") else "country"
    return Slot(start, start + 1, key, kind, "", "", False, key.split(":")[1] if kind == "country" else "")


def draft(mention, sentence: int, *sides: str, **fields) -> Draft:
    found = mention("negotiations", *sides, **{"places": ("place:Маскат",), **fields})
    return Draft([found.__class__(**{**found.__dict__, "sentence": SimpleNamespace(start=STARTS[sentence])})])


SENTENCES = by_sentence([slot(1, "country:RUS"), slot(3, "country:USA"), slot(12, "country:CHN"),
                         slot(25, "country:TUR")], STARTS)


@pytest.mark.parametrize("sentence, sides, expected", [
    (1, (), ["country:RUS", "country:USA"]),  # no side: the two of the sentence before
    (2, (), ["country:RUS", "country:USA"]),  # one sentence back names one side only: two back
    (2, ("CHN",), ["country:TUR"]),  # its own sentence names one more side outside its clause: a plain pair
    (3, ("CHN",), []),  # one side no sentence before names among others
    (3, (), []),  # sentences back name no pair (the pair is three back), and no title
    (1, ("RUS", "CHN"), []),  # two sides of its own
])
def test_discourse_context_sides(mention, actors, sentence, sides, expected):
    assert context_sides(draft(mention, sentence, *sides), SENTENCES, STARTS, 99, actors) == expected


@pytest.mark.parametrize("sides, expected", [
    ((), ["country:RUS", "country:USA"]),
    (("USA",), ["country:RUS"]),  # one side: the others of the title that names it
])
def test_discourse_the_title_names_the_sides(mention, actors, sides, expected):
    assert context_sides(draft(mention, 3, *sides), SENTENCES, STARTS, 0, actors) == expected


def test_discourse_talks_in_general_take_no_sides(mention, actors):
    general = draft(mention, 1, places=())
    assert not specific(general)
    assert context_sides(general, SENTENCES, STARTS, 0, actors) == []


NOV_10 = DateMention(0, 19, "10 ноября 2017 года", "full", (2017, 11, 10))
NOV_11 = DateMention(0, 9, "11 ноября", "daymonth", (0, 11, 11))


@pytest.mark.parametrize("dates, sentence, expected", [
    ({3: [NOV_10]}, 0, (NOV_10,)),  # the title's event: the lead's full date is the news day
    ({3: [NOV_10]}, 3, (NOV_10,)),  # its own sentence dates it
    ({3: [NOV_11]}, 0, ()),  # no full date in the lead: no news day
    ({9: [NOV_10]}, 0, ()),  # a full date past the lead
])
def test_discourse_lead_date_is_the_news_day_without_a_published_date(mention, dates, sentence, expected):
    lead = lead_date(dates, 0)
    found = context_dates(draft(mention, sentence), dates, STARTS + [40, 50, 60, 70, 80, 90], 0, lead)
    assert found == expected
