"""The factRuEval Meeting measure on hand-written factRuEval-style files (our own text)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluation.meetings import (MeetingFact, Participant, evaluate_meetings, name_tokens, read_meetings,
                                         score_meetings)
from pipeline.io.tables import Tables

TEXT = ("Министр иностранных дел Латвии Янис Озолс встретился в Риге с послом Чили Пабло Родригесом. "
        "Во встрече участвовал советник Марта Круминя.\n")
FACTS = """1-0 Meeting
Participant obj1 Озолс Янис
Participant obj2 Родригес Пабло
Participant obj3 Круминя Марта

1-1 Occupation
Who obj1 Озолс Янис
Position span9 министр
"""
COREF = """1 11 12
firstname Янис
lastname Озолс

2 13
firstname Пабло
lastname Родригес

3 14
firstname Марта
lastname Круминя
"""


@pytest.fixture
def factrueval_dir(tmp_path: Path) -> Path:
    """A one-article factRuEval folder written by us: .txt, .facts and .coref."""
    (tmp_path / "book_1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "book_1.facts").write_text(FACTS, encoding="utf-8")
    (tmp_path / "book_1.coref").write_text(COREF, encoding="utf-8")
    return tmp_path


def tables(events: list[tuple[str, list[str], list[str]]]) -> Tables:
    """Tables holding only events (event id, parties, participant names) of article book_1."""
    event_rows = [{"doc_id": "book_1", "event_id": e, "parties": parties} for e, parties, _ in events]
    person_rows = [{"doc_id": "book_1", "event_id": e, "name": n} for e, _, names in events for n in names]
    empty = pd.DataFrame()
    return Tables(articles=empty, mentions=empty, actors=empty, events=pd.DataFrame(event_rows),
                  participants=pd.DataFrame(person_rows, columns=["doc_id", "event_id", "name"]))


def test_meeting_evaluation_reads_meeting_facts_only(factrueval_dir):
    meetings = read_meetings(factrueval_dir)
    assert [(m.doc_id, m.fact_id, [p.value for p in m.participants]) for m in meetings] == [
        ("book_1", "1-0", ["Озолс Янис", "Родригес Пабло", "Круминя Марта"])]
    assert len(meetings[0].pairs()) == 3
    assert {"янис", "озолс"} <= meetings[0].participants[0].tokens


def test_meeting_evaluation_missing_folder_says_what_to_pass(tmp_path):
    with pytest.raises(FileNotFoundError, match="devset"):
        read_meetings(tmp_path)


@pytest.mark.parametrize("word, lemma", [("Родригесом", "родригес"), ("Латвии", "латвия"), ("Озолсу", "озолс")])
def test_meeting_evaluation_name_tokens_have_lemmas(word, lemma):
    assert lemma in name_tokens(word)


@pytest.mark.parametrize("events, recalled", [
    ([("book_1#E1", ["Латвия", "Чили"], ["Янис Озолс", "Пабло Родригес"])], 1),
    ([("book_1#E1", ["Латвия", "Чили"], ["Янис Озолс", "Пабло Родригес", "Марта Круминя"])], 3),
    ([("book_1#E1", [], ["Озолс"]), ("book_1#E2", [], ["Родригес"])], 0),  # both must be in one event
    ([("book_1#E1", ["Янис Озолс"], ["Янис Озолс"])], 0),  # one person is no pair
    ([], 0),
])
def test_meeting_evaluation_pair_recall(events, recalled):
    meeting = MeetingFact("book_1", "1-0", (Participant("obj1", "Озолс Янис", name_tokens("Озолс Янис")),
                                            Participant("obj2", "Родригес Пабло", name_tokens("Родригес Пабло")),
                                            Participant("obj3", "Круминя Марта", name_tokens("Круминя Марта"))))
    report = score_meetings(tables(events), [meeting])
    assert (report.pairs.gold, report.pairs.found) == (3, recalled)
    assert len(report.misses) == 3 - recalled


def test_meeting_evaluation_runs_the_pipeline(factrueval_dir, nlp_all):
    report = evaluate_meetings(factrueval_dir, nlp=nlp_all)
    assert report.facts == 1 and report.pairs.gold == 3
    assert report.pairs.found >= 1, report.misses
