"""Writing the five tables: CSV (default), Parquet or JSONL, one file per table.

CSV is UTF-8 with a byte-order mark (``utf-8-sig``) so that Excel and LibreOffice open the Cyrillic
correctly; pandas reads it back as it is. List values are joined with ``;``, booleans are
``true``/``false``, missing values are empty cells.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .tables import COLUMNS, LIST_COLUMNS, Tables

FORMATS = ("csv", "parquet", "jsonl")
CSV_ENCODING = "utf-8-sig"
STRING_COLUMNS = {"cameo", "doc_id", "event_id", "actor_id", "cluster_id", "published", "date", "country",
                  "location_country", "parties_iso", "wikidata"}


def flat(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    frame = frame.copy()
    for column in LIST_COLUMNS.get(name, []):
        frame[column] = frame[column].map(lambda v: ";".join(v) if isinstance(v, (list, tuple)) else v)
    for column in frame.columns:
        if frame[column].dtype == bool or column == "is_head":
            frame[column] = frame[column].map({True: "true", False: "false"})
    return frame


def write_tables(tables: Tables, out: str | Path, fmt: str = "csv") -> list[Path]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            flat(frame, name).to_csv(path, index=False, encoding=CSV_ENCODING)
        elif fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_json(path, orient="records", lines=True, force_ascii=False)
        written.append(path)
    return written


def read_csv_table(path: str | Path, name: str) -> pd.DataFrame:
    """A CSV table as written here, with ids and codes as strings and lists split again."""
    frame = pd.read_csv(path, encoding=CSV_ENCODING, keep_default_na=False, na_values=[""],
                        dtype={c: "string" for c in COLUMNS[name] if c in STRING_COLUMNS or c in LIST_COLUMNS.get(name, [])})
    for column in LIST_COLUMNS.get(name, []):
        frame[column] = frame[column].map(lambda v: v.split(";") if isinstance(v, str) and v else [])
    return frame
