"""The per-article time budget (pipeline/budget.py) and its use in api.process: an article that runs
past it is one error row, and the articles around it are processed. No timing is asserted: a stall
is a loop that would run for a minute, and the budget a fraction of a second."""
from __future__ import annotations

import threading
import time

import pytest
import spacy
from spacy.language import Language

from pipeline.api import Options, process
from pipeline.budget import ArticleTimeout, time_budget
from pipeline.records import Article

STALL = 60.0  # seconds a stalled loop would run if nothing stopped it


def stall() -> None:
    deadline = time.monotonic() + STALL
    while time.monotonic() < deadline:
        pass
    pytest.fail("the time budget did not stop the loop")


@Language.component("stall_on_marker")
def stall_on_marker(doc):
    if "ЗАВИСНУТЬ" in doc.text:
        stall()
    return doc


@pytest.mark.parametrize("in_thread", [False, True])
def test_budget_stops_a_stalled_block(in_thread):
    caught = []

    def work():
        try:
            with time_budget(0.2):
                stall()
        except ArticleTimeout:
            caught.append(True)

    if in_thread:  # a Dask worker runs its tasks in threads
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    else:
        work()
    assert caught == [True]


@pytest.mark.parametrize("seconds", [0.05, None, 0])
def test_budget_block_within_it_raises_nothing_later(seconds):
    with time_budget(seconds):
        pass
    deadline = time.monotonic() + 0.3  # past the budget: a late exception would surface in this loop
    while time.monotonic() < deadline:
        pass


def test_budget_timed_out_article_is_one_error_row_and_the_run_goes_on():
    nlp = spacy.blank("ru")
    nlp.add_pipe("stall_on_marker")
    articles = [Article(doc_id=name, path=name, text=text) for name, text in
                [("before", "Переговоры в Омане."), ("stalled", "ЗАВИСНУТЬ здесь."), ("after", "Встреча в Женеве.")]]
    rows = [r["articles"][0] for r in process(nlp, articles, options=Options(article_timeout=0.5, languages=None))]
    assert [(r["doc_id"], r["status"]) for r in rows] == [("before", "ok"), ("stalled", "error"), ("after", "ok")]
    assert rows[1]["error"] == "timed out after 0.5 s (raise --article-timeout)"
