"""The tables written and read back (pipeline/io/writers.py): one set of pandas dtypes from every path."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.batch.runner import read_tables
from pipeline.io.tables import COLUMNS
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
