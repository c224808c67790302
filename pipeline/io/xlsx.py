"""The tables as one Excel workbook, ``tables.xlsx`` (openpyxl): one sheet per table, what a researcher opens
first. Ids and codes are stored as text (``046`` stays ``046``), numbers as numbers, dates as dates, lists joined
with ``;``; the header row is frozen and filters are on. No cell is ever a formula: a text starting with ``=`` is
stored as text. Read back (``read_workbook``), it gives the frames of every other format.
"""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Iterable

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .tables import DATE_FORMAT, LIST_COLUMNS

WORKBOOK = "tables.xlsx"
MAX_WIDTH = 60


def adapt_cell(sheet: Worksheet, value: object, list_column: bool) -> WriteOnlyCell:
    """One value as an openpyxl cell: text stays text (never a formula), a missing value is an empty cell."""
    if list_column:
        value = ";".join(value) if isinstance(value, (list, tuple)) else value
    if value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value)):
        return WriteOnlyCell(sheet, value=None)
    if isinstance(value, pd.Timestamp):
        cell = WriteOnlyCell(sheet, value=value.date())
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"  # openpyxl would read '=…' as a formula
        return cell
    return WriteOnlyCell(sheet, value=value.item() if hasattr(value, "item") else value)


def write_workbook(frames: Iterable[tuple[str, pd.DataFrame]], path: str | Path) -> Path:
    """One sheet per (name, frame), in order."""
    workbook = Workbook(write_only=True)
    for name, frame in frames:
        sheet = workbook.create_sheet(name)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(frame.columns), 1))}{len(frame) + 1}"
        for n, column in enumerate(frame.columns, start=1):
            longest = max([len(column), *frame[column].astype(str).str.len().head(1000).tolist()])
            sheet.column_dimensions[get_column_letter(n)].width = min(MAX_WIDTH, longest + 2)
        header = []
        for column in frame.columns:
            cell = WriteOnlyCell(sheet, value=column)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        lists = [column in LIST_COLUMNS.get(name, []) for column in frame.columns]
        for row in frame.itertuples(index=False, name=None):
            sheet.append([adapt_cell(sheet, value, is_list) for value, is_list in zip(row, lists)])
    path = Path(path)
    workbook.save(path)
    return path


def text_of_cell(value: object) -> str:
    """A cell's value as the text a CSV file would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime(DATE_FORMAT)
    return str(value)


def read_workbook(path: str | Path, name: str) -> list[dict[str, str]]:
    """The rows of one sheet, each cell as text ('' when empty)."""
    workbook = load_workbook(path, read_only=True)
    try:
        rows = workbook[name].iter_rows(values_only=True)
        header = [str(c) for c in next(rows, ())]
        return [dict(zip(header, map(text_of_cell, row))) for row in rows if any(c is not None for c in row)]
    finally:
        workbook.close()
