"""The Patterns ruler's cheap check: the Matcher runs only on docs that hold a pattern's anchors."""
from __future__ import annotations

import pytest

from spacy.pipeline.span_ruler import SpanRuler

from pipeline.components.patterns import active_patterns, anchors_of, may_match


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


@pytest.mark.parametrize("text, expected", [
    ("Президент прибыл с визитом в Пекин при посредничестве Омана.", {0, 1, 2}),
    ("Сборная выиграла матч.", {2}),
    ("Переговоры прошли при участии сторон.", {2}),
])
def test_patterns_active_patterns(nlp, text, expected):
    patterns = [[{"LEMMA": "визит"}], [{"LOWER": "при"}, {"LEMMA": "посредничество"}], [{"POS": "NOUN"}]]
    patterns[1][1]["LEMMA"] = {"IN": ["посредничество", "содействие"]}
    assert active_patterns(nlp(text), [anchors_of(p) for p in patterns]) == expected


TEXTS = [
    "Глава МИД провел переговоры и встречу, визит в Дохе отменен.",
    "Третий раунд непрямых переговоров между Ираном и США прошел в Маскате при посредничестве Омана.",
    "Встреча министров в Стамбуле не состоится, сообщил пресс-секретарь.",
    "Президенты провели телефонный разговор и договорились о визите, который может состояться в мае.",
    "Сборная выиграла матч.",
]


@pytest.mark.parametrize("component", ["triggers", "cues"])
@pytest.mark.parametrize("text", TEXTS)
def test_patterns_ruler_finds_what_the_whole_ruler_finds(nlp_all, component, text):
    ruler = nlp_all.get_pipe(component)
    doc = nlp_all(text)
    whole = SpanRuler(nlp_all, "whole", spans_key="whole", annotate_ents=False)
    whole.add_patterns(ruler.patterns)
    found = [(s.start, s.end, s.label_, s.id_) for s in doc.spans[ruler.spans_key]]
    assert found == [(s.start, s.end, s.label_, s.id_) for s in whole.match(doc)]
