"""Writing the tables: CSV (default), Parquet or JSONL, one file per table.

CSV is UTF-8 with a byte-order mark (``utf-8-sig``) so that Excel and LibreOffice open the Cyrillic
correctly; pandas reads it back as it is. List values are joined with ``;``, booleans are
``true``/``false``, missing values are empty cells. CSV is safe to open in a spreadsheet: a text
cell that starts with ``= + - @``, a tab or a carriage return gets a leading ``'`` (the OWASP rule
against formula injection), and so does one that starts with ``'`` before such a character, so that
``read_csv_table`` removes exactly the one added. Parquet and JSONL keep the text untouched.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .tables import COLUMNS, INT_COLUMNS, LIST_COLUMNS, SCHEMAS, Tables, frame_of

FORMATS = ("csv", "parquet", "jsonl")
CSV_ENCODING = "utf-8-sig"
STRING_COLUMNS = {"cameo", "doc_id", "event_id", "actor_id", "cluster_id", "published", "date", "country",
                  "location_country", "parties_iso", "wikidata", "first_date", "last_date"}
FORMULA = re.compile("'*[=+\\-@\t\r]")  # what a spreadsheet reads as a formula, after the quotes added


def guarded(value):
    """A text cell a spreadsheet would run as a formula, with a leading ``'``."""
    return "'" + value if isinstance(value, str) and FORMULA.match(value) else value


def unguarded(value):
    """A cell as it was before ``guarded``."""
    return value[1:] if isinstance(value, str) and value[:1] == "'" and FORMULA.match(value, 1) else value


def text_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if frame[c].dtype == object or isinstance(frame[c].dtype, pd.StringDtype)]


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell ``guarded`` (a copy when one is)."""
    return frame.assign(**{c: frame[c].map(guarded) for c in text_columns(frame)})


def flat(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    frame = frame.copy()
    for column in LIST_COLUMNS.get(name, []):
        frame[column] = frame[column].map(lambda v: ";".join(v) if isinstance(v, (list, tuple)) else v)
    for column in frame.columns:
        if frame[column].dtype == bool or column == "is_head":
            frame[column] = frame[column].map({True: "true", False: "false"})
    return frame


class Sink:
    """One table's output file, written frame by frame (CSV and JSONL append, Parquet row groups)."""

    def __init__(self, path: Path, name: str, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        self.path, self.name, self.fmt = path, name, fmt
        self.parquet: pq.ParquetWriter | None = None
        self.started = False
        path.unlink(missing_ok=True)

    def write(self, frame: pd.DataFrame) -> None:
        if self.fmt == "csv":
            guard_formulas(flat(frame, self.name)).to_csv(self.path, index=False, mode="a", header=not self.started,
                                                          encoding="utf-8" if self.started else CSV_ENCODING)
        elif self.fmt == "jsonl":
            with self.path.open("a", encoding="utf-8") as handle:
                if len(frame):
                    frame.to_json(handle, orient="records", lines=True, force_ascii=False)
        else:
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.path, SCHEMAS[self.name])
            self.parquet.write_table(pa.Table.from_pandas(frame, schema=SCHEMAS[self.name], preserve_index=False))
        self.started = True

    def close(self) -> None:
        if not self.started:
            self.write(frame_of(self.name, pa.Table.from_pylist([], schema=SCHEMAS[self.name])))
        if self.parquet is not None:
            self.parquet.close()


def write_tables(tables: Tables, out: str | Path, fmt: str = "csv") -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        sink = Sink(out / f"{name}.{fmt}", name, fmt)
        sink.write(frame)
        sink.close()
        written.append(sink.path)
    return written


def write_frame(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    """A frame that is none of the tables (the dyads) in one file of ``fmt``; CSV guarded as the tables are."""
    if fmt == "csv":
        guard_formulas(frame).to_csv(path, index=False, encoding=CSV_ENCODING)
    elif fmt == "parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)


def output_format(out: str | Path) -> str:
    """The format of the tables in ``out`` (the one its events table is written in)."""
    found = [fmt for fmt in FORMATS if (Path(out) / f"events.{fmt}").exists()]
    if not found:
        raise FileNotFoundError(f"{out}: no events table; write the tables first with `dipevents run IN -o {out}`")
    return found[0]


def read_table(path: str | Path, name: str, fmt: str) -> pd.DataFrame:
    """One table as written here, in any of the formats, with the same dtypes."""
    if fmt == "csv":
        return read_csv_table(path, name)
    if fmt == "parquet":
        return frame_of(name, pq.read_table(path, schema=SCHEMAS[name]))
    with Path(path).open(encoding="utf-8") as handle:  # JSON keeps strings, numbers, lists and booleans apart
        rows = [json.loads(line) for line in handle if line.strip()]
    return frame_of(name, pa.Table.from_pylist(rows, schema=SCHEMAS[name]))


def read_csv_table(path: str | Path, name: str) -> pd.DataFrame:
    """A CSV table as written here, with ids and codes as strings, lists split again, and the ``'``
    added before a formula character removed."""
    frame = pd.read_csv(path, encoding=CSV_ENCODING, keep_default_na=False, na_values=[""],
                        dtype={c: "string" for c in COLUMNS[name] if c in STRING_COLUMNS or c in LIST_COLUMNS.get(name, [])})
    frame = frame.assign(**{c: frame[c].map(unguarded) for c in text_columns(frame)})
    for column in LIST_COLUMNS.get(name, []):
        frame[column] = frame[column].map(lambda v: v.split(";") if isinstance(v, str) and v else [])
    for column in INT_COLUMNS.get(name, []):
        frame[column] = frame[column].astype("Int64")
    return frame
