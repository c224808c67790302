"""The clause around a trigger and what owns a mention in it, on Docs made by the tokenizer and lemmatizer
alone (no NER): bounded clauses, and ownership read back from the mention, not across all triggers."""
from __future__ import annotations

import pytest

from pipeline.events.clause import REACH, clause_bounds, object_of_trigger, owned_by
from pipeline.events.frames import Slot


@pytest.fixture(scope="module")
def words(nlp):
    def make(text: str):
        doc = nlp.make_doc(text)
        return nlp.get_pipe("lemmatizer")(doc)
    return make


def test_clause_bounds_stop_at_punctuation(words):
    doc = words("Лавров прилетел в Анкару, где провел переговоры с Фиданом.")
    start, end = clause_bounds(doc, doc[:], 7, [])
    assert doc[start:end].text == "где провел переговоры с Фиданом."  # a comma ends it, the sentence does


def test_clause_bounds_reach_a_bounded_distance_in_text_without_punctuation(words):
    doc = words("слово " * 500)
    start, end = clause_bounds(doc, doc[:], 250, [])
    assert (start, end) == (250 - REACH, 250 + REACH)


@pytest.mark.parametrize("text, slot_start, expected", [
    ("после визита в Москву", 3, True),  # a place right after another trigger is that trigger's
    ("после визита президента в Москву", 4, False),  # a word that is no preposition or adjective between
])
def test_clause_owned_by_the_trigger_right_before(words, text, slot_start, expected):
    doc = words(text)
    visit = doc[1:2]
    place = Slot(slot_start, slot_start + 1, "place:Москва", "location", "", "в", False, "RUS")
    assert owned_by(doc, place, {visit.end: visit}) is expected
    assert owned_by(doc, place, {visit.end: visit}, own=visit) is False  # the trigger read owns nothing


@pytest.mark.parametrize("relations, expected", [
    ({0: (1, "obj"), 1: (-1, "root"), 2: (1, "nsubj")}, True),  # Пекин беспокоят переговоры: what the talks do
    ({0: (1, "nsubj"), 1: (-1, "root"), 2: (1, "obj")}, False),  # Пекин провел переговоры: who holds them
    ({}, False),  # a sentence not parsed
])
def test_clause_object_of_the_trigger_takes_no_part(words, relations, expected):
    doc = words("Пекин беспокоят переговоры")
    doc._.syntax = relations
    beijing = Slot(0, 1, "country:CHN", "country", "", "", False)
    assert object_of_trigger(doc, beijing, doc[2:3]) is expected
