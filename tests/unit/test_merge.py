"""Event coreference on hand-built mentions: which mentions of an article report one interaction."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events.merge import merge_mentions
from pipeline.lang.dates import DateMention

JUNE_1 = DateMention(0, 6, "1 июня", "daymonth", (0, 6, 1))
AUGUST_9 = DateMention(0, 8, "9 августа", "daymonth", (0, 8, 9))


@pytest.mark.parametrize("first, second, drafts", [
    (("meeting", "RUS", "USA"), ("negotiations", "RUS", "USA"), 1),  # one family: talks
    (("phone_call", "RUS", "USA"), ("meeting", "RUS", "USA"), 2),  # a call is not a meeting
    (("meeting", "RUS", "USA"), ("phone_call", "RUS", "USA"), 2),
    (("phone_call", "RUS", "USA"), ("phone_call", "USA", "RUS"), 1),
    (("meeting", "RUS", "USA"), ("meeting", "RUS", "CHN"), 2),  # parties that do not agree
    (("meeting", "RUS", "USA"), ("meeting", "RUS"), 1),  # one side's parties contain the other's
    (("visit", "RUS", "USA"), ("meeting", "RUS", "USA"), 2),
    (("summit", "RUS", "CHN"), ("summit", "USA", "TUR"), 1),  # an article's summit named many ways
])
def test_merge_mentions_of_one_interaction(mention, actors, first, second, drafts):
    assert len(merge_mentions([mention(*first), mention(*second)], actors)) == drafts


@pytest.mark.parametrize("second, drafts", [
    ({"status": "planned"}, 2),  # held and planned: two events
    ({"status": ""}, 1),  # no status cue of its own
    ({"round": 2}, 2),  # another numbered round
    ({"round": 1}, 1),
    ({"earlier": True}, 2),  # named as an earlier one (предыдущая встреча)
    ({"dates": (AUGUST_9,)}, 2),  # dated more than a month apart
])
def test_merge_mentions_apart(mention, actors, second, drafts):
    first = mention("meeting", "RUS", "USA", dates=(JUNE_1,), round=1)
    merged = merge_mentions([first, mention("meeting", "RUS", "USA", **second)], actors, date(2024, 6, 2))
    assert len(merged) == drafts


def test_merge_mention_without_sides_joins_the_latest_of_its_family(mention, actors):
    merged = merge_mentions([mention("meeting", "RUS", "USA"), mention("visit", "TUR"), mention("meeting")], actors)
    assert [len(d.mentions) for d in merged] == [2, 1]


@pytest.mark.parametrize("gap, mediators", [(0, ("country:OMN",)), (10, ("country:OMN",)), (80, ())])
def test_merge_continuation_names_the_mediator_only_near_the_event(nlp, mention, actors, gap, mediators):
    doc = nlp.make_doc("Переговоры прошли в Женеве . " + "слово " * gap + "Посредником выступил Оман .")
    talks = mention("negotiations", "IRN", "USA", sentence=doc[0:5])
    follow = mention("", attach=True, parties=(), mediators=("country:OMN",), sentence=doc[5 + gap:])
    merged = merge_mentions([talks, follow], actors)
    assert [m.mediators for m in merged[0].mentions] == [(), mediators]
