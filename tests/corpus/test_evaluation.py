"""The events scorer: our samples scored against their own expected tables, and the gold set."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from pipeline import extract
from pipeline.cli import main
from pipeline.evaluation.events import evaluate_events
from pipeline.evaluation.gold import read_gold
from pipeline.evaluation.sets import GoldSet, evaluate_sets

from ..conftest import DIPLOMATIC, EXPECTED, SAMPLES, need


def test_evaluation_samples_score_perfectly(tmp_path, nlp):
    gold = tmp_path / "gold"
    gold.mkdir()
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES, corpus)
    for path in EXPECTED.glob("*.expected.json"):
        expected = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".expected.json")
        (gold / f"{name}.json").write_text(json.dumps({"file": f"{name}.txt", **expected}, ensure_ascii=False),
                                          encoding="utf-8")
    report = evaluate_events(gold, corpus, nlp=nlp)
    assert report.events.f1 == 1.0 and report.parties.f1 == 1.0 and report.participants.f1 == 1.0
    assert all(a.value == 1.0 for a in report.accuracy.values()), report.lines()


@pytest.fixture(scope="module")
def gold_report(nlp):
    return evaluate_events(EXPECTED.parent / "gold", need(DIPLOMATIC), nlp=nlp)


def test_evaluation_gold_set_runs(gold_report):
    gold = read_gold(EXPECTED.parent / "gold", DIPLOMATIC)
    report = gold_report
    assert report.events.tp + report.events.fn == sum(len(a.events) for a in gold) > 0  # every gold event counted
    assert 0.0 < report.events.f1 <= 1.0


def test_evaluation_gold_set_meets_its_regression_guard(gold_report):
    """A regression guard: issue 4's targets, but location at 0.84: issue 13's rules find more of the gold's
    events (R 0.824 -> 0.858) and give more of them their place (87 -> 89) over more matched events
    (102 -> 105), so the share fell from 0.853 to 0.848 (README, Evaluation)."""
    report, accuracy = gold_report, gold_report.accuracy
    scores = {"events": report.events.f1, "participants": report.participants.f1, "parties": report.parties.f1,
              "mediator": report.mediator.f1, "location": accuracy["location"].value, "status": accuracy["status"].value,
              "round": accuracy["round"].value}
    targets = {"events": 0.80, "participants": 0.80, "parties": 0.85, "mediator": 0.85, "location": 0.84,
               "status": 0.90, "round": 1.0}
    assert {name: round(scores[name], 3) for name in targets if scores[name] < targets[name]} == {}


NEWS = DIPLOMATIC.parent
MEDIATED = "mediation/1tv_news_leads/1tv_news_leads_01703.txt"  # an article of news/mediation we find talks in


@pytest.fixture(scope="module")
def news_gold(tmp_path_factory):
    """Three annotations of data/gold twice: as they are (``file`` relative to news/diplomatic) and
    with ``file`` relative to news/ (``diplomatic/...``), beside an article of news/mediation
    annotated as holding no event."""
    as_is, under_news = tmp_path_factory.mktemp("gold_diplomatic"), tmp_path_factory.mktemp("gold_news")
    for path in sorted((EXPECTED.parent / "gold").rglob("*.json"))[:3]:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        (as_is / path.name).write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
        moved = {**annotation, "file": f"diplomatic/{annotation['file']}"}
        (under_news / path.name).write_text(json.dumps(moved, ensure_ascii=False), encoding="utf-8")
    (under_news / "mediated.json").write_text(json.dumps({"file": MEDIATED, "events": []}), encoding="utf-8")
    return as_is, under_news


def test_evaluation_gold_files_relative_to_news(news_gold, nlp):
    as_is, under_news = news_gold
    need(NEWS / MEDIATED)
    diplomatic, news = evaluate_events(as_is, DIPLOMATIC, nlp=nlp), evaluate_events(under_news, NEWS, nlp=nlp)
    mediated = len(extract(NEWS / MEDIATED, nlp=nlp).events)
    assert diplomatic.events.tp > 0 and mediated > 0
    assert (news.events.tp, news.events.fn, news.events.fp) == (diplomatic.events.tp, diplomatic.events.fn,
                                                                 diplomatic.events.fp + mediated)
    assert (news.parties, news.participants, news.accuracy) == (diplomatic.parties, diplomatic.participants,
                                                                diplomatic.accuracy)
    assert any(e.startswith("mediation/1tv_news_leads/1tv_news_leads_01703: extra") for e in news.errors)


@pytest.mark.parametrize("corpus", [NEWS, DIPLOMATIC / "rt_ru_kw_eval"])
def test_evaluation_cli_says_which_corpus_folder_to_pass(corpus):
    result = CliRunner().invoke(main, ["evaluate", "events", str(EXPECTED.parent / "gold"), str(need(corpus))])
    assert result.exit_code == 2 and "pass the folder their \"file\" is relative to" in result.output


def test_evaluation_sets_load_the_pipeline_once(news_gold, nlp, monkeypatch):
    loads = []
    monkeypatch.setattr("pipeline.api.load", lambda *args, **kwargs: loads.append(1) or nlp)
    as_is, under_news = news_gold
    sets = [GoldSet("dev", as_is, DIPLOMATIC), GoldSet("news", under_news, need(NEWS))]
    results = evaluate_sets(sets)
    assert loads == [1]
    assert [(s.name, n) for s, n, _ in results] == [("dev", 3), ("news", 4)]
    assert results[0][2].events == evaluate_events(as_is, DIPLOMATIC, nlp=nlp).events


def test_evaluation_sets_fail_before_any_run(news_gold, monkeypatch):
    monkeypatch.setattr("pipeline.api.load", lambda *args, **kwargs: pytest.fail("the pipeline was loaded"))
    as_is, _ = news_gold
    good, bad = f"{as_is}={DIPLOMATIC}", f"{as_is}={need(NEWS)}"
    for specs, message in (([good, bad], "pass the folder"), ([good, str(as_is)], "GOLD=CORPUS")):
        result = CliRunner().invoke(main, ["evaluate", "sets", *specs])
        assert result.exit_code == 2 and message in result.output, result.output
