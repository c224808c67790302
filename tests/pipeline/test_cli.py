"""The ``dipevents run`` command end to end, and the tables' contract (SCHEMA.md)."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.io.tables import ARTICLE_COLUMNS, COLUMNS
from pipeline.io.writers import read_csv_table

from ..conftest import SAMPLES, SHARED, need


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_cli_run_writes_six_tables_with_every_column(samples_out):
    for name, columns in COLUMNS.items():
        frame = read_csv_table(samples_out / f"{name}.csv", name)
        assert list(frame.columns) == columns


def test_cli_csv_round_trip_keeps_codes_and_ids_as_strings(samples_out):
    events = read_csv_table(samples_out / "events.csv", "events")
    assert events.cameo.str.fullmatch(r"\d{3}").all() and "046" in set(events.cameo)
    assert events.event_id.is_unique
    actors = read_csv_table(samples_out / "actors.csv", "actors")
    assert actors.actor_id.is_unique
    raw = (samples_out / "events.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "переговоров".encode() in raw
    assert len(pd.read_csv(samples_out / "articles.csv")) == len(list(SAMPLES.glob("*.txt")))


def test_cli_csv_without_text_column_is_one_line_error(tmp_path):
    (tmp_path / "feed.csv").write_text("id,body\n1,Текст\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--text-field" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_cli_other_formats_keep_lists(tmp_path, fmt):
    result = CliRunner().invoke(main, ["run", str(SAMPLES / "mediated_round.txt"), "-o", str(tmp_path),
                                       "--format", fmt, "--quiet"])
    assert result.exit_code == 0, result.output
    path = tmp_path / f"events.{fmt}"
    events = pd.read_parquet(path) if fmt == "parquet" else pd.read_json(path, lines=True, dtype={"cameo": str})
    assert list(events.parties[0]) == ["Армения", "Азербайджан"] and events.cameo[0] == "046"


def test_cli_columns_are_those_of_schema():
    schema = need(SHARED / "SCHEMA.md").read_text(encoding="utf-8")
    for name, columns in ARTICLE_COLUMNS.items():  # clusters is ours, beyond SCHEMA.md
        block = re.search(rf"## {name} .*?\n(`.*?`)\n", schema, re.S)
        if block is None:  # the events table lists its columns on the line after its heading
            block = re.search(rf"## {name} .*?\n`(.*?)`", schema, re.S)
        named = re.findall(r"[a-z_]+", block.group(1))
        assert set(named) <= set(columns), set(named) - set(columns)


def one_line_refusal(result) -> str:
    """The stderr of a command refused with exit code 2 in one line (no usage block, no traceback)."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("option, value, says", [
    ("--workers", "0", "--workers"), ("--workers", "-3", "--workers"), ("--max-chars", "0", "--max-chars"),
    ("--chunk-size", "0", "--chunk-size"), ("--languages", "xx", "choose among"), ("--languages", ",", "choose among"),
    ("--article-timeout", "-1", "--article-timeout"), ("--format", "xml", "--format"),
])
def test_cli_option_values_refused_in_one_line(tmp_path, option, value, says):
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path / "out"), option, value])
    assert says in one_line_refusal(result) and not (tmp_path / "out").exists()


def test_cli_out_naming_a_file_refused_in_one_line(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(tmp_path / "file")])
    assert "is a file" in one_line_refusal(result)


@pytest.mark.parametrize("command", [["export", "dyads"], ["report"]])
def test_cli_output_file_in_missing_folder_refused_in_one_line(samples_out, tmp_path, command):
    result = CliRunner().invoke(main, [*command, str(samples_out), "-o", str(tmp_path / "missing" / "file")])
    assert "create it first" in one_line_refusal(result)


def tree_bytes(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_cli_second_run_into_a_finished_run_is_refused_and_changes_nothing(samples_out):
    before = tree_bytes(samples_out)
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(samples_out), "--workers", "1"])
    line = one_line_refusal(result)
    assert "--resume" in line and "--overwrite" in line
    assert tree_bytes(samples_out) == before


@pytest.mark.parametrize("fmt", ["parquet", "xlsx"])
def test_cli_overwrite_leaves_no_stale_file(tmp_path, fmt):
    out, one = tmp_path / "out", str(SAMPLES / "phone_call.txt")
    assert CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "--format", fmt, "--quiet"]).exit_code == 0
    assert CliRunner().invoke(main, ["export", "dyads", str(out), "--format", fmt]).exit_code == 0
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", one, "-o", str(out), "--overwrite", "--quiet"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{name}.csv" for name in COLUMNS), ".parts", "inputs.json",
                                                               "notes.txt"])
    assert list(read_csv_table(out / "articles.csv", "articles").doc_id) == ["phone_call"]


def test_cli_csv_cells_guarded_against_formulas_and_read_back(tmp_path):
    titles = ["=HYPERLINK(\"http://example.com\",\"x\")", "+1+1", "-2", "@SUM(A1)", "'=quoted", "Переговоры"]
    (tmp_path / "in").mkdir()
    for n, title in enumerate(titles):
        (tmp_path / "in" / f"{n}.txt").write_text(f"{title}\nЛавров провел переговоры с Ван И.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    raw = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert list(raw.title) == ["'" + t if t != "Переговоры" else t for t in titles]
    assert list(read_csv_table(tmp_path / "out" / "articles.csv", "articles").title) == titles
