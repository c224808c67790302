"""Bad input never loses data and never stops a run: a hostile folder generated here (encodings, binary,
empty, control characters, broken and deep JSON, special files, symlinks in and out, names of any bytes,
formulas, impossible dates) runs with exit 0 on 1 and 2 workers, with one row per regular file and per
record, the same tables whatever the workers, nothing read from outside it, and CSV safe to open."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.api import Options
from pipeline.batch.runner import RunConfig, read_tables, run
from pipeline.cli import main
from pipeline.io.tables import COLUMNS

from ..conftest import SAMPLES, make_special_entries

# koi8-r has no typographic dashes: the original uses hyphens so that every encoding can hold it
ORIGINAL = (SAMPLES / "mediated_round.txt").read_text(encoding="utf-8").replace("–", "-").replace("—", "-")
EVENT_FIELDS = ["type", "cameo", "status", "date", "location", "parties", "mediator", "format", "round",
                "round_text", "next_round", "trigger"]
SECRET = "Секретная строка вне папки"  # the text of the files outside the input folder
FORMULA = '=HYPERLINK("evil.example","x")'  # a file name: no slash
DEEP = "[" * 100_000 + "]" * 100_000


def write(folder, name, data: bytes | str, encoding="utf-8"):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def hostile_folder(root: Path) -> tuple[Path, dict[str, int]]:
    """root/in, the folder a run is given, and root/outside, which symlinks in it point to; and the
    number of rows each entry of root/in must give (its records, else 1)."""
    folder, outside = root / "in", root / "outside"
    folder.mkdir()
    outside.mkdir()
    write(outside, "secret.txt", SECRET)
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
    write(folder, os.fsdecode(b"bad_\xff_name.txt"), ORIGINAL)
    write(folder, f"{FORMULA}.txt", f"=1+1\n{ORIGINAL}")
    write(folder, "new\nline.txt", ORIGINAL)
    write(folder, "dates.txt", "date 2026-13-45 РУ\nЛавров провел переговоры с Ван И в Пекине.")
    write(folder, "meta.html", "<html><head><meta name='date' content='2026-02-30'><title>+7 минут</title></head>"
                               "<body><p>Лавров провел переговоры с Ван И в Пекине.</p></body></html>")
    write(folder, "deep.jsonl", f'{{"id": "deep1", "text": {DEEP}}}\n' + '{"id": "big", "text": "Текст.", "n": '
                                + "9" * 5000 + "}\n" + json.dumps({"id": "@cmd", "title": "-2+3", "date": "0000-00-00",
                                                                    "text": "Переговоры в Омане."}) + "\n")
    write(folder, "deep.json", DEEP)
    write(folder, "list.json", json.dumps([{"id": f"item{n}", "text": f"Сообщение {n}."} for n in range(300)]))
    write(folder, "table.csv", 'id,title,text\nc1,"=cmd|\' /C calc\'!A0",Переговоры в Женеве.\nc2,@x,"Текст\x00 с NUL."\n')
    make_special_entries(folder, outside)
    os.symlink("utf8.txt", folder / "z_same_as_utf8.txt")  # the same regular file: one row, as utf8
    rows = {name: 1 for name in os.listdir(folder)}
    rows.update({"feed.jsonl": 2, "deep.jsonl": 3, "list.json": 300, "table.csv": 2, "z_same_as_utf8.txt": 0})
    return folder, rows


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, int], dict[int, Path]]:
    """The hostile folder, its rows by entry, and the output of a run of it on 1 and 2 workers (CSV)."""
    root = tmp_path_factory.mktemp("hostile")
    folder, rows = hostile_folder(root)
    outs = {}
    for workers in (1, 2):
        outs[workers] = root / f"out{workers}"
        result = CliRunner().invoke(main, ["run", str(folder), "-o", str(outs[workers]), "--workers", str(workers),
                                           "--chunk-size", "8", "--quiet"])
        assert result.exit_code == 0, result.output
    return folder, rows, outs


@pytest.fixture(scope="module")
def bad_run(hostile):
    folder, _, outs = hostile
    return folder, read_tables(outs[1], "csv")


def test_robustness_hostile_folder_same_tables_on_1_and_2_workers(hostile):
    _, _, outs = hostile
    for name in COLUMNS:
        assert (outs[1] / f"{name}.csv").read_bytes() == (outs[2] / f"{name}.csv").read_bytes(), name


def test_robustness_one_row_per_regular_file_and_record(hostile, bad_run):
    _, rows, _ = hostile
    _, tables = bad_run
    assert len(tables.articles) == sum(rows.values()) and tables.articles.doc_id.is_unique
    status = tables.articles.set_index("doc_id")
    assert set(status.loc[["fifo", "socket"], "error"].str[:19]) == {"not a regular file "}
    assert status.error["dangling"].startswith("dangling symlink") and status.error["loop"].startswith("symlink loop")
    assert status.path["bad_\\xff_name"].endswith("bad_\\xff_name.txt") and status.status["bad_\\xff_name"] == "ok"
    assert status.status["new\\x0aline"] == "ok" and status.status[FORMULA] == "ok"
    assert "nested too deeply" in status.error["deep:1"] and "unreadable JSON" in status.error["deep:2"]
    assert "nested too deeply" in status.error["deep"]


def test_robustness_nothing_read_from_outside_the_folder(hostile, bad_run):
    _, _, outs = hostile
    _, tables = bad_run
    assert not any(SECRET.encode() in (outs[1] / f"{name}.csv").read_bytes() for name in COLUMNS)
    errors = tables.articles.set_index("doc_id").error
    assert "--follow-symlinks" in errors["passwd"] and "--follow-symlinks" in errors["outside_folder"]


def test_robustness_no_csv_cell_starts_a_formula(hostile, bad_run):
    _, _, outs = hostile
    for name in COLUMNS:
        with (outs[1] / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")], name
    _, tables = bad_run  # read back as written
    titles = tables.articles.set_index("doc_id").title
    assert titles[FORMULA] == "=1+1" and titles["@cmd"] == "-2+3" and titles["meta"] == "+7 минут"
    assert titles["c1"] == "=cmd|' /C calc'!A0"


def test_robustness_impossible_dates_are_empty_with_a_note(bad_run):
    _, tables = bad_run
    articles = tables.articles.set_index("doc_id")
    for doc_id, date in [("dates", "2026-13-45"), ("meta", "2026-02-30"), ("@cmd", "0000-00-00")]:
        assert pd.isna(articles.published[doc_id]) and articles.status[doc_id] == "ok"
        assert f"'{date}' is not a valid date" in articles.error[doc_id]
    assert tables.events.date.dropna().map(lambda d: pd.Timestamp(d)).notna().all()


def test_robustness_every_input_once_with_status(bad_run):
    _, tables = bad_run
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


def test_robustness_article_past_its_time_budget_is_an_error_and_the_run_goes_on(tmp_path):
    """~600,000 characters take many seconds whatever the stages (tokens and NER alone take more
    than 1 s), so a budget of 1 s stops this article and no other."""
    write(tmp_path, "a.txt", ORIGINAL)
    write(tmp_path, "long.txt", "\n".join([ORIGINAL] * 300))
    write(tmp_path, "z.txt", ORIGINAL)
    run(RunConfig((str(tmp_path),), options=Options(article_timeout=1)), tmp_path / "out", workers=1, progress=False)
    articles = read_tables(tmp_path / "out").articles.set_index("doc_id")
    assert articles.status.to_dict() == {"a": "ok", "long": "error", "z": "ok"}
    assert articles.error["long"] == "timed out after 1 s (raise --article-timeout)"
    assert (read_tables(tmp_path / "out").events.doc_id.value_counts() > 0).to_dict() == {"a": True, "z": True}
