"""The Patterns ruler's cheap check: the Matcher runs only on docs that hold a pattern's anchors."""
from __future__ import annotations

import pytest

from pipeline.components.patterns import anchors_of, may_match


@pytest.mark.parametrize("pattern, n_anchors", [
    ([{"LEMMA": "визит"}], 1),
    ([{"LOWER": "при"}, {"LEMMA": {"IN": ["посредничество", "содействие"]}}], 2),
    ([{"POS": "ADJ", "OP": "*"}, {"LEMMA": "саммит"}], 1),  # optional tokens are no anchors
    ([{"LEMMA": "встреча"}, {"OP": "?"}, {"LOWER": "с", "OP": "?"}], 1),
    ([{"LEMMA": {"NOT_IN": ["визит"]}}], 0),  # only fixed values anchor a pattern
    ("телефонный разговор", 0),  # phrase patterns are always tried
])
def test_patterns_anchors_of(pattern, n_anchors):
    assert len(anchors_of(pattern)) == n_anchors


@pytest.mark.parametrize("text, patterns, expected", [
    ("Президент прибыл с визитом в Пекин.", [[{"LEMMA": "визит"}]], True),
    ("Сборная выиграла матч.", [[{"LEMMA": "визит"}]], False),
    ("Переговоры прошли при участии сторон.", [[{"LOWER": "при"}, {"LEMMA": "посредничество"}]], False),
    ("Переговоры прошли при посредничестве Омана.", [[{"LOWER": "при"}, {"LEMMA": "посредничество"}]], True),
    ("Сборная выиграла матч.", [[{"LEMMA": "визит"}], [{"POS": "NOUN"}]], True),  # one pattern without anchors
])
def test_patterns_may_match(nlp, text, patterns, expected):
    assert may_match(nlp(text), [anchors_of(p) for p in patterns]) is expected


def test_patterns_ruler_finds_the_same_with_and_without_the_check(nlp):
    ruler = nlp.get_pipe("triggers")
    doc = nlp("Глава МИД провел переговоры и встречу, визит в Дохе отменен.")
    found = [(s.start, s.end, s.label_, s.id_) for s in doc.spans["triggers"]]
    assert found and found == [(s.start, s.end, s.label_, s.id_) for s in ruler.match(doc)]
