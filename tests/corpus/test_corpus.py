"""The diplomatic news corpus of ../shared: every article accounted for, every offset valid."""
from __future__ import annotations

import pytest

import pipeline
from pipeline.io.readers import read_inputs

from ..conftest import DIPLOMATIC, check_offsets, need


@pytest.fixture(scope="module")
def corpus():
    articles = list(read_inputs([need(DIPLOMATIC)]))
    return articles, pipeline.extract(articles)


def test_corpus_every_article_has_a_row(corpus):
    articles, tables = corpus
    assert len(articles) == 445 and len(tables.articles) == 445
    assert set(tables.articles.status) <= {"ok", "empty", "error"}
    assert not tables.articles.error.str.contains("\n").any()
    failed = tables.articles[tables.articles.error.fillna("").str.startswith("processing failed")]
    assert failed.empty, failed[["doc_id", "error"]].to_string()


def test_corpus_offsets_give_back_the_span(corpus):
    articles, tables = corpus
    assert check_offsets(tables, {a.doc_id: a.text for a in articles}) == []


def test_corpus_events_have_evidence(corpus):
    _, tables = corpus
    events = tables.events
    assert len(events) >= 0.9 * 851, "the diplomatic corpus gave 851 events when this was written"
    assert set(events.doc_id) <= set(tables.articles.doc_id)
    assert (events.start < events.end).all()
    assert events.apply(lambda e: e.trigger in e.sentence, axis=1).all()
    assert set(events.type) <= {"negotiations", "consultations", "meeting", "visit", "phone_call", "summit"}
