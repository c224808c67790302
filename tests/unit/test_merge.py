"""Event coreference on hand-built mentions: which mentions of an article report one interaction."""
from __future__ import annotations

import pytest

from pipeline.events.frames import TriggerMention
from pipeline.events.merge import merge_mentions
from pipeline.records import Actor

ACTORS = {key: Actor(key, "country", name, (), country=iso) for key, name, iso in [
    ("country:RUS", "Россия", "RUS"), ("country:USA", "США", "USA"), ("country:CHN", "Китай", "CHN")]}


def mention(event_type: str, *parties: str, status: str = "occurred") -> TriggerMention:
    return TriggerMention(type=event_type, start_char=0, end_char=1, text=event_type, sentence=None, status=status,
                          parties=tuple(f"country:{p}" for p in parties))


@pytest.mark.parametrize("first, second, drafts", [
    (mention("meeting", "RUS", "USA"), mention("negotiations", "RUS", "USA"), 1),  # one family: talks
    (mention("phone_call", "RUS", "USA"), mention("meeting", "RUS", "USA"), 2),  # a call is not a meeting
    (mention("meeting", "RUS", "USA"), mention("phone_call", "RUS", "USA"), 2),
    (mention("phone_call", "RUS", "USA"), mention("phone_call", "USA", "RUS"), 1),
    (mention("meeting", "RUS", "USA"), mention("meeting", "RUS", "CHN"), 2),  # parties that do not agree
    (mention("meeting", "RUS", "USA"), mention("meeting", "RUS", "USA", status="planned"), 2),  # held, planned
    (mention("visit", "RUS", "USA"), mention("meeting", "RUS", "USA"), 2),
])
def test_merge_mentions_of_one_interaction(first, second, drafts):
    assert len(merge_mentions([first, second], ACTORS)) == drafts
