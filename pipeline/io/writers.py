"""Writing the tables: CSV (default), Parquet or JSONL, one file per table.

CSV is UTF-8 with a byte-order mark (``utf-8-sig``) so that Excel and LibreOffice open the Cyrillic
correctly; pandas reads it back as it is. List values are joined with ``;``, booleans are
``true``/``false``, dates ``YYYY-MM-DD``, missing values are empty cells. JSONL writes missing values as
``null``; Parquet keeps the types (dates as ``date32``). Every format reads back (``read_table``) to the
same frames, dtypes included (``tables.frame_of``). CSV is safe to open in a spreadsheet: a text cell that
starts with ``= + - @``, a tab or a carriage return gets a leading ``'`` (the OWASP rule against formula
injection), and so does one that starts with ``'`` before such a character, so that ``read_csv_table``
removes exactly the one added; a cell holding a carriage return is quoted. Parquet and JSONL keep the text
untouched (xlsx stores text as text).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .xlsx import WORKBOOK, read_workbook, write_workbook
from .tables import DATE_COLUMNS, DATE_FORMAT, FILE_SCHEMAS, LIST_COLUMNS, SCHEMAS, Tables, frame_of

FORMATS = ("csv", "parquet", "jsonl", "xlsx")
CSV_ENCODING = "utf-8-sig"
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


def append_csv(frame: pd.DataFrame, path: Path, header: bool) -> None:
    """The frame's rows, guarded, at the end of a CSV file (with the header and byte-order mark when ``header``).
    Python's csv module quotes a cell that holds a line feed but not one that holds a bare carriage return,
    which readers take for the end of a row: a frame with such a cell is written with every cell quoted."""
    frame = guard_formulas(frame)
    carriage_return = any(isinstance(v, str) and "\r" in v for c in text_columns(frame) for v in frame[c])
    frame.to_csv(path, index=False, mode="a", header=header, encoding=CSV_ENCODING if header else "utf-8",
                 quoting=csv.QUOTE_ALL if carriage_return else csv.QUOTE_MINIMAL)


def dates_as_text(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The frame with its date columns as ``YYYY-MM-DD`` strings (None when missing)."""
    frame = frame.copy()
    for column in DATE_COLUMNS.get(name, []):
        frame[column] = frame[column].dt.strftime(DATE_FORMAT).astype(object).where(frame[column].notna(), None)
    return frame


def flat(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The frame as CSV cells: lists joined with ``;``, booleans ``true``/``false``, dates ``YYYY-MM-DD``."""
    frame = dates_as_text(frame, name)
    for column in LIST_COLUMNS.get(name, []):
        frame[column] = frame[column].map(lambda v: ";".join(v) if isinstance(v, (list, tuple)) else v)
    for column in frame.columns:
        if pd.api.types.is_bool_dtype(frame[column]):
            frame[column] = frame[column].map({True: "true", False: "false"}).astype(object)
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
            append_csv(flat(frame, self.name), self.path, header=not self.started)
        elif self.fmt == "jsonl":
            with self.path.open("a", encoding="utf-8") as handle:
                if len(frame):
                    dates_as_text(frame, self.name).to_json(handle, orient="records", lines=True, force_ascii=False)
        else:
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.path, FILE_SCHEMAS[self.name])
            self.parquet.write_table(pa.Table.from_pandas(frame, schema=FILE_SCHEMAS[self.name], preserve_index=False))
        self.started = True

    def close(self) -> None:
        if not self.started:
            self.write(frame_of(self.name, pa.Table.from_pylist([], schema=SCHEMAS[self.name])))
        if self.parquet is not None:
            self.parquet.close()


def table_path(out: str | Path, name: str, fmt: str) -> Path:
    """Where a table is written: ``OUT/<name>.<format>``, or the one workbook ``OUT/tables.xlsx``."""
    return Path(out) / (WORKBOOK if fmt == "xlsx" else f"{name}.{fmt}")


def write_tables(tables: Tables, out: str | Path, fmt: str = "csv") -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        return [write_workbook(tables.items(), out / WORKBOOK)]
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
        path.unlink(missing_ok=True)
        append_csv(frame, path, header=True)
    elif fmt == "xlsx":
        write_workbook([("dyads", frame)], path)
    elif fmt == "parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)


def output_format(out: str | Path) -> str:
    """The format of the tables in ``out`` (the one its events table is written in)."""
    found = [fmt for fmt in FORMATS if table_path(out, "events", fmt).exists()]
    if not found:
        raise FileNotFoundError(f"{out}: no events table; write the tables first with `dipevents run IN -o {out}`")
    return found[0]


def read_table(path: str | Path, name: str, fmt: str) -> pd.DataFrame:
    """One table as written here, in any of the formats, with the same dtypes."""
    if fmt == "csv":
        return read_csv_table(path, name)
    if fmt == "xlsx":
        return frame_of(name, table_of_text(name, read_workbook(path, name)))
    if fmt == "parquet":
        return frame_of(name, pq.read_table(path, schema=FILE_SCHEMAS[name]))
    with Path(path).open(encoding="utf-8") as handle:  # JSON keeps strings, numbers, lists and booleans apart
        rows = [json.loads(line) for line in handle if line.strip()]
    return frame_of(name, pa.Table.from_pylist(rows, schema=SCHEMAS[name]))


def read_csv_table(path: str | Path, name: str) -> pd.DataFrame:
    """A CSV table as written here, with the dtypes of every other path (ids and codes as strings, lists
    split again), the ``'`` added before a formula character removed."""
    frame = pd.read_csv(path, encoding=CSV_ENCODING, dtype=str, keep_default_na=False)
    return frame_of(name, table_of_text(name, frame.map(unguarded).to_dict("records")))


CELL_PARSERS = {pa.int64(): int, pa.float64(): float, pa.bool_(): {"true": True, "false": False}.__getitem__,
                pa.list_(pa.string()): lambda cell: cell.split(";")}


def table_of_text(name: str, rows: list[dict[str, str]]) -> pa.Table:
    """An Arrow table of ``SCHEMAS`` from rows of cells written as text ('' for a missing value or an empty list)."""
    types = {field.name: field.type for field in SCHEMAS[name]}

    def value(column: str, cell: str) -> object:
        parse = CELL_PARSERS.get(types[column])
        if parse is None or cell:
            return parse(cell) if parse else cell
        return [] if column in LIST_COLUMNS.get(name, []) else None

    return pa.Table.from_pylist([{column: value(column, cell) for column, cell in row.items() if column in types}
                                 for row in rows], schema=SCHEMAS[name])
