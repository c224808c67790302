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
