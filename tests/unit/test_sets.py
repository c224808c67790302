"""The side-by-side table of several gold sets, on hand-built reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.events import EventReport
from pipeline.evaluation.gold import GoldError
from pipeline.evaluation.prf import PRF
from pipeline.evaluation.sets import GoldSet, parse_set, rows, side_by_side


@pytest.mark.parametrize("spec, gold, corpus", [
    ("data/gold=../shared/corpora/news/diplomatic", "data/gold", "../shared/corpora/news/diplomatic"),
    ("g=c=d", "g", "c=d"),  # the first = splits
])
def test_sets_parse_gold_equals_corpus(spec, gold, corpus):
    assert parse_set(spec) == GoldSet(gold, Path(gold), Path(corpus))


@pytest.mark.parametrize("spec", ["data/gold", "=corpus", "data/gold="])
def test_sets_parse_says_how_to_write_a_set(spec):
    with pytest.raises(GoldError, match="GOLD=CORPUS"):
        parse_set(spec)


@pytest.fixture
def results():
    dev, held_out = EventReport(events=PRF(8, 2, 2), mediator=PRF(1, 0, 1)), EventReport(events=PRF(3, 1, 0))
    dev.acc("round").add(True)
    dev.acc("status").add(False)
    held_out.acc("status").add(True)
    return [(GoldSet("dev", Path("g1"), Path("c")), 5, dev), (GoldSet("held-out", Path("g2"), Path("c")), 2, held_out)]


def test_sets_rows_a_column_per_set(results):
    table = {row[0]: row[1:] for row in rows(results)}
    assert table[""] == ["dev", "held-out"] and table["gold articles"] == ["5", "2"]
    assert table["gold events"] == ["10", "3"]
    assert table["events P"] == ["0.800", "0.750"] and table["events F1"] == ["0.800", "0.857"]
    assert table["mediator R"] == ["0.500", "-"]  # nothing to score: no gold mediator, none of ours
    assert table["round accuracy"] == ["1.000 (1/1)", "-"] and table["status accuracy"] == ["0.000 (0/1)", "1.000 (1/1)"]
    assert "forum accuracy" not in table  # no set counts it


def test_sets_side_by_side_as_text_and_markdown(results):
    text, markdown = side_by_side(results), side_by_side(results, markdown=True)
    assert text[0].split() == ["dev", "held-out"] and len({len(line) for line in text[:3]}) == 1  # aligned
    assert markdown[:2] == ["|  | dev | held-out |", "|---|---:|---:|"]
    assert markdown[2] == "| gold articles | 5 | 2 |" and len(markdown) == len(text) + 1
