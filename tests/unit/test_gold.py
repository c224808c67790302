"""Gold event files as records: missing or null keys, nameless participants, bad folders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation.gold import GoldError, GoldEvent, GoldParticipant, adapt_gold, adapt_gold_event, read_gold

FULL = {"type": "negotiations", "status": "occurred", "parties": ["Иран", "США"], "parties_iso": ["IRN", "USA"],
        "mediator": ["Оман"], "forum": None, "location": "Маскат", "date": "2026-02-06", "date_source": "text",
        "date_text": "вчера", "format": "indirect", "round": 2, "round_text": "второй раунд", "next_round": "в ближайшие дни",
        "participants": [{"name": "Аббас Арагчи", "side": "party", "role_class": "foreign_minister"}]}


def test_gold_event_reads_every_field():
    event, skipped = adapt_gold_event(FULL)
    assert event == GoldEvent("negotiations", "occurred", ("Иран", "США"), ("IRN", "USA"), ("Оман",), "", "Маскат",
                              "2026-02-06", "text", "вчера", "indirect", 2, "второй раунд", "в ближайшие дни",
                              (GoldParticipant("Аббас Арагчи", "party", "foreign_minister"),))
    assert skipped == ()


@pytest.mark.parametrize("change, field, value", [
    ({"parties": None}, "parties", ()),
    ({"mediator": None}, "mediator", ()),
    ({"location": None}, "location", ""),
    ({"round": "2"}, "round", None),  # not a whole number: no round
    ({"round": True}, "round", None),
    ({"forum": "ШОС"}, "forum", "ШОС"),
    ({"parties": ["Иран", None, ""]}, "parties", ("Иран",)),
])
def test_gold_event_null_and_odd_values(change, field, value):
    event, _ = adapt_gold_event({**FULL, **change})
    assert getattr(event, field) == value


@pytest.mark.parametrize("key, value", [("forum", None), ("participants", ()), ("round_text", ""), ("status", ""),
                                        ("round", None), ("parties_iso", ())])
def test_gold_event_missing_keys(key, value):
    event, _ = adapt_gold_event({k: v for k, v in FULL.items() if k != key})
    assert getattr(event, key) == value


def test_gold_participant_missing_keys():
    event, _ = adapt_gold_event({**FULL, "participants": [{"name": "Аббас Арагчи"}]})
    assert event.participants == (GoldParticipant("Аббас Арагчи"),)


@pytest.mark.parametrize("people, names", [
    ([{"name": None, "side": "party"}, {"name": "Аббас Арагчи"}], ["Аббас Арагчи"]),
    ([{"side": "party"}], []),
    ([{"name": "  "}, "Арагчи"], []),
])
def test_gold_event_skips_participants_without_a_name(people, names):
    event, skipped = adapt_gold_event({**FULL, "participants": people})
    assert [p.name for p in event.participants] == names
    assert len(skipped) == len(people) - len(names) and all("without a name" in s for s in skipped)


def test_gold_article_doc_id_is_the_file_without_its_extension():
    article = adapt_gold({"file": "diplomatic/rt_ru_kw_eval/x.txt", "events": [FULL, {"participants": [{}]}]}, "x")
    assert (article.doc_id, len(article.events), len(article.skipped)) == ("diplomatic/rt_ru_kw_eval/x", 2, 1)


def write(folder: Path, name: str, annotation) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = annotation if isinstance(annotation, str) else json.dumps(annotation, ensure_ascii=False)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("files, message", [
    ({}, "no gold files"),
    ({"a.json": "{"}, "not JSON"),
    ({"a.json": {"events": []}}, "no \"file\" key"),
    ({"a.json": {"file": "src/a.txt", "events": []}, "b.json": {"file": "src/b.txt", "events": []}},
     "1 of 2 gold files name a corpus file not under .*pass the folder"),
])
def test_gold_read_says_how_to_fix_a_folder(tmp_path, files, message):
    write(tmp_path / "corpus" / "src", "a.txt", "Текст.")
    for name, annotation in files.items():
        write(tmp_path / "gold", name, annotation)
    (tmp_path / "gold").mkdir(exist_ok=True)
    with pytest.raises(GoldError, match=message):
        read_gold(tmp_path / "gold", tmp_path / "corpus")


def test_gold_read_finds_files_in_subfolders(tmp_path):
    write(tmp_path / "corpus" / "diplomatic" / "src", "a.txt", "Текст.")
    write(tmp_path / "gold" / "src", "a.json", {"file": "diplomatic/src/a.txt", "events": [FULL]})
    [article] = read_gold(tmp_path / "gold", tmp_path / "corpus")
    assert (article.doc_id, article.file) == ("diplomatic/src/a", "diplomatic/src/a.txt")
