"""Several gold sets of events scored side by side (``dipevents evaluate sets GOLD=CORPUS ...``):
one table, a column per set, so that dev, held-out and blind figures read together.

A set is a gold folder and the corpus folder its files' ``file`` is relative to. Every set is read
(and its corpus files found) before the pipeline runs; the spaCy pipeline is loaded once and runs
once per set. A row per measure: the gold's articles and events, P/R/F1 of events, parties,
participants and mediator (``-`` where neither the gold nor we give any), then each accuracy as
``value (right/total)``, ``-`` where a set does not count it (its gold gives no such field).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .events import ACCURACIES, EventReport, score_gold_set
from .gold import GoldError, read_gold

SCORES = ("events", "parties", "participants", "mediator")


@dataclass(frozen=True)
class GoldSet:
    name: str  # the column's title: the gold folder as given
    gold_dir: Path
    corpus_dir: Path


def parse_set(spec: str) -> GoldSet:
    """``GOLD=CORPUS`` as a set, titled by GOLD."""
    gold, sep, corpus = spec.partition("=")
    if not sep or not gold or not corpus:
        raise GoldError(f"{spec!r}: write a set as GOLD=CORPUS, e.g. data/gold=../shared/corpora/news/diplomatic")
    return GoldSet(gold, Path(gold), Path(corpus))


def evaluate_sets(sets: list[GoldSet], nlp=None) -> list[tuple[GoldSet, int, EventReport]]:
    """(set, gold articles, report) of each set, the pipeline loaded once."""
    from ..api import load

    gold = [read_gold(s.gold_dir, s.corpus_dir) for s in sets]  # a bad set fails before any run
    nlp = nlp or load()
    return [(s, len(articles), score_gold_set(articles, s.corpus_dir, nlp)) for s, articles in zip(sets, gold)]


def rows(results: list[tuple[GoldSet, int, EventReport]]) -> list[list[str]]:
    """The table as cells: a header row of set names, then a row per measure."""
    table = [["", *(s.name for s, _, _ in results)],
             ["gold articles", *(str(n) for _, n, _ in results)],
             ["gold events", *(str(r.events.gold) for _, _, r in results)]]
    for name in SCORES:
        for measure in ("precision", "recall", "f1"):
            label = f"{name} {'F1' if measure == 'f1' else measure[0].upper()}"
            scores = [getattr(r, name) for _, _, r in results]
            table.append([label, *(f"{getattr(s, measure):.3f}" if s.gold + s.predicted else "-" for s in scores)])
    for name in ACCURACIES:
        cells = [f"{a.value:.3f} ({a.right}/{a.total})" if (a := r.accuracy.get(name)) else "-" for _, _, r in results]
        if any(cell != "-" for cell in cells):
            table.append([f"{name} accuracy", *cells])
    return table


def side_by_side(results: list[tuple[GoldSet, int, EventReport]], markdown: bool = False) -> list[str]:
    """The table as aligned text, or as a Markdown table (for the README)."""
    table = rows(results)
    if markdown:
        lines = ["| " + " | ".join(row) + " |" for row in table]
        return [lines[0], "|---|" + "---:|" * (len(table[0]) - 1), *lines[1:]]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    return ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))).rstrip()
            for row in table]
