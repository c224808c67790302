"""Bad input never loses data and never stops a run (inputs generated here, in tmp folders)."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.api import Options
from pipeline.batch.runner import RunConfig, read_tables, run

from ..conftest import SAMPLES

# koi8-r has no typographic dashes: the original uses hyphens so that every encoding can hold it
ORIGINAL = (SAMPLES / "mediated_round.txt").read_text(encoding="utf-8").replace("–", "-").replace("—", "-")
EVENT_FIELDS = ["type", "cameo", "status", "date", "location", "parties", "mediator", "format", "round",
                "round_text", "next_round", "trigger"]


def write(folder, name, data: bytes | str, encoding="utf-8"):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    write(folder, "utf8.txt", ORIGINAL)
    write(folder, "cp1251.txt", ORIGINAL, "cp1251")
    write(folder, "koi8r.txt", ORIGINAL, "koi8-r")
    write(folder, "utf16.txt", ORIGINAL, "utf-16")
    write(folder, "bom.txt", ORIGINAL, "utf-8-sig")
    write(folder, "crlf.txt", ORIGINAL.replace("\n", "\r\n"))
    write(folder, "empty.txt", b"")
    write(folder, "blank.txt", " \n\t\n  ")
    write(folder, "binary.txt", bytes(range(256)) * 64)
    write(folder, "controls.txt", ORIGINAL.replace("Переговоры", "Пере\x00говоры", 1).replace("\n\n", "\n\x07\x1b\n", 2))
    write(folder, "huge.txt", "Путин встретился с Си Цзиньпином в Москве. " * 240_000)  # ~10 MB
    write(folder, "oneline.txt", " ".join([ORIGINAL.replace("\n", " ")] * 150))  # ~200 KB, no line break
    write(folder, "page.html", "<html><head><title>Переговоры</title><style>.x{content:'Лавров'}</style>"
                               "<script>var s = 'Путин провел переговоры с Трампом';</script></head><body>"
                               f"<p>{ORIGINAL}</p><script>alert('Меркель')</script></body></html>")
    good = json.dumps({"id": "rec1", "text": ORIGINAL, "date": "2026-04-16"}, ensure_ascii=False)
    write(folder, "feed.jsonl", f"{good}\n{{\"id\": \"rec2\", \"text\": \n")
    out = folder / "out"
    run(RunConfig((str(folder),)), out, fmt="parquet", workers=1, progress=False)
    return folder, read_tables(out, "parquet")


def test_robustness_every_input_once_with_status(bad_run):
    folder, tables = bad_run
    files = sorted(p for p in folder.iterdir() if p.is_file())
    assert len(tables.articles) == len(files) + 1  # the JSONL file holds two records
    assert tables.articles.doc_id.is_unique
    status = dict(zip(tables.articles.doc_id, tables.articles.status))
    assert status["empty"] == status["blank"] == "empty"
    assert status["binary"] == "error" and status["huge"] == "error" and status["feed:2"] == "error"
    assert status["controls"] == status["oneline"] == status["page"] == status["rec1"] == "ok"
    errors = tables.articles.error.dropna()
    assert not errors.str.contains("\n").any()
    assert "--max-chars" in tables.articles.set_index("doc_id").error["huge"]


@pytest.mark.parametrize("doc_id", ["cp1251", "koi8r", "utf16", "bom", "crlf", "controls", "rec1"])
def test_robustness_encodings_give_the_same_events(bad_run, doc_id):
    _, tables = bad_run
    events = tables.events.set_index("doc_id")[EVENT_FIELDS]
    assert events.loc[[doc_id]].to_dict("records") == events.loc[["utf8"]].to_dict("records")


def test_robustness_html_script_text_is_never_extracted(bad_run):
    _, tables = bad_run
    names = set(tables.mentions[tables.mentions.doc_id == "page"].normal)
    assert "Армения" in names and not names & {"Путин", "Трамп", "Меркель", "Лавров"}


def test_robustness_offsets_valid_on_odd_text(bad_run):
    folder, tables = bad_run
    for doc_id in ["controls", "oneline", "crlf", "utf16"]:
        text = ORIGINAL if doc_id == "utf16" else (folder / f"{doc_id}.txt").read_bytes().decode("utf-8")
        rows = tables.mentions[tables.mentions.doc_id == doc_id]
        assert len(rows) and all(text[r.start:r.end] == r.text for r in rows.itertuples())


LANGUAGE_TEXTS = {
    "en": "Russian and Chinese foreign ministers held talks in Beijing on Monday, the ministry said.",
    "uk": "Міністри закордонних справ України та Польщі провели переговори у Варшаві, повідомило міністерство.",
    "kk": "Қазақстан мен Түркия президенттері Анкарада келіссөздер жүргізді, деп хабарлады Ақорда.",
}


@pytest.mark.parametrize("languages, processed", [(("ru",), False), (None, True)])
def test_robustness_other_languages_listed_and_chosen(tmp_path, languages, processed):
    for language, text in LANGUAGE_TEXTS.items():
        write(tmp_path, f"{language}.txt", text)
    run(RunConfig((str(tmp_path),), options=Options(languages=languages)), tmp_path / "out", fmt="parquet",
        workers=1, progress=False)
    articles = read_tables(tmp_path / "out", "parquet").articles.set_index("doc_id")
    assert articles.language.to_dict() == {k: k for k in LANGUAGE_TEXTS}
    assert (articles.status == "ok").all()
    skipped = articles.skipped.fillna("")
    assert (skipped == "").all() if processed else skipped.str.contains("--languages").all()


def test_robustness_csv_round_trip_with_pandas(tmp_path):
    run(RunConfig((str(SAMPLES),)), tmp_path, fmt="csv", workers=1, progress=False)
    events = pd.read_csv(tmp_path / "events.csv", dtype={"cameo": str, "event_id": str, "doc_id": str})
    assert "046" in set(events.cameo) and events.event_id.is_unique
    actors = pd.read_csv(tmp_path / "actors.csv", dtype=str)
    assert actors.actor_id.is_unique and actors.name.str.contains("Армения").any()
