"""The tables written and read back (pipeline/io/writers.py): one set of pandas dtypes from every path."""
from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from pipeline.batch.runner import read_tables
from pipeline.io.tables import COLUMNS, Tables, frame_of, to_arrow
from pipeline.io.writers import write_tables


@pytest.fixture(scope="module")
def written(sample_tables, tmp_path_factory):
    out = tmp_path_factory.mktemp("written")
    for fmt in ("csv", "parquet", "jsonl"):
        write_tables(sample_tables, out / fmt, fmt)
    return out


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_writers_every_format_reads_back_to_the_frames_of_extract(sample_tables, written, fmt):
    read = read_tables(written / fmt)
    for name, frame in sample_tables.items():
        pd.testing.assert_frame_equal(getattr(read, name), frame, obj=f"{fmt} {name}")


@pytest.mark.parametrize("table, column, dtype", [
    ("events", "date", "datetime64[ns]"), ("articles", "published", "datetime64[ns]"),
    ("clusters", "first_date", "datetime64[ns]"), ("events", "round", "Int64"), ("events", "cameo", "string"),
    ("events", "location", "string"), ("events", "confidence", "Float64"), ("participants", "is_head", "boolean"),
    ("actors", "role", "string"), ("articles", "error", "string"), ("articles", "n_chars", "Int64"),
])
def test_writers_one_dtype_per_column(sample_tables, table, column, dtype):
    assert str(getattr(sample_tables, table)[column].dtype) == dtype


def test_writers_missing_values_are_na_and_lists_are_lists(sample_tables):
    for name, frame in sample_tables.items():
        for column in COLUMNS[name]:
            values = frame[column]
            if values.dtype == object:
                assert values.map(lambda v: isinstance(v, list)).all(), (name, column)
            elif isinstance(values.dtype, pd.StringDtype):
                assert not values.eq("").any(), (name, column)  # missing is NA, never ''
    assert sample_tables.articles.error.isna().all() and sample_tables.events["round"].isna().any()
    assert "046" in set(sample_tables.events.cameo)


def test_writers_csv_writes_missing_values_as_empty_cells(written):
    lines = (written / "csv" / "events.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "<NA>" not in "".join(lines) and "NaT" not in "".join(lines)


@pytest.fixture(scope="module")
def workbook(samples_xlsx):
    from openpyxl import load_workbook
    return load_workbook(samples_xlsx / "tables.xlsx")


@pytest.fixture(scope="module")
def samples_xlsx(tmp_path_factory):
    """`dipevents run data/samples --format xlsx`, as the command runs it (runner and merge)."""
    from click.testing import CliRunner

    from pipeline.cli import main

    from ..conftest import SAMPLES
    out = tmp_path_factory.mktemp("xlsx")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "--format", "xlsx", "--workers", "1",
                                       "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_writers_xlsx_keeps_codes_as_text_and_cyrillic(workbook):
    assert workbook.sheetnames == list(COLUMNS)
    events = workbook["events"]
    header = [c.value for c in events[1]]
    cameo = [row[header.index("cameo")] for row in events.iter_rows(min_row=2)]
    assert "046" in [c.value for c in cameo] and all(c.data_type == "s" for c in cameo)
    assert any("переговор" in (c.value or "") for row in events.iter_rows(min_row=2) for c in row
               if isinstance(c.value, str))
    assert events.freeze_panes == "A2" and events.auto_filter.ref.startswith("A1:")


def test_writers_xlsx_reads_back_to_the_frames_of_extract(sample_tables, samples_xlsx):
    read = read_tables(samples_xlsx)
    for name, frame in sample_tables.items():
        pd.testing.assert_frame_equal(getattr(read, name), frame, obj=name)


def test_writers_xlsx_text_is_never_a_formula(tmp_path):
    from openpyxl import load_workbook

    from pipeline.io.xlsx import write_workbook
    write_workbook([("events", pd.DataFrame({"trigger": ["=1+1", "переговоры\x0b"], "parties": [["a", "b"], []]}))],
                   tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx")["events"]
    assert [(c.value, c.data_type) for c in sheet["A"][1:]] == [("=1+1", "s"), ("переговоры", "s")]
    assert [c.value for c in sheet["B"][1:]] == ["a;b", None]


@pytest.mark.parametrize("text, cell", [
    ('=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'), ("+1+1", "'+1+1"),
    ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("a\rb", "a\rb"),
    ("'=quoted", "''=quoted"), ("'plain", "'plain"), ("Пекин", "Пекин"),
])
def test_writers_csv_guards_formulas_and_reads_them_back(sample_tables, tmp_path, text, cell):
    events = sample_tables.events.assign(location=pd.array([text] * len(sample_tables.events), dtype="string"),
                                         parties=[[text, "Россия"]] * len(sample_tables.events))
    tables = dataclasses.replace(sample_tables, events=events)
    write_tables(tables, tmp_path, "csv")
    raw = pd.read_csv(tmp_path / "events.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(raw.location) == {cell} and set(raw.parties) == {f"{cell};Россия"}
    pd.testing.assert_frame_equal(read_tables(tmp_path, "csv").events, events)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "xlsx"])
def test_writers_empty_tables_read_back_empty(tmp_path, fmt):
    empty = Tables(**{name: frame_of(name, to_arrow(name, [])) for name in COLUMNS})
    write_tables(empty, tmp_path, fmt)
    read = read_tables(tmp_path, fmt)
    for name, frame in empty.items():
        pd.testing.assert_frame_equal(getattr(read, name), frame, obj=f"{fmt} {name}")
