"""Reading the data files in ``data/``: TSV and JSONL with ``#`` comment lines.

Every error names the file and line and says what is expected there.
"""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Iterable


def resource_dir(name: str) -> Path:
    """``data`` or ``models``: the copy a wheel installs inside the package (``pipeline/data``,
    ``pipeline/models``), else the folder beside ``pipeline/`` in a checkout (a clone, an editable install)."""
    package = Path(str(files("pipeline")))
    return package / name if (package / name).is_dir() else package.parent / name


DATA_DIR = resource_dir("data")


class LexiconError(ValueError):
    """A data file is malformed; the message says where and how to fix it."""


def data_path(name: str | Path, data_dir: str | Path | None = None) -> Path:
    """Resolve ``name`` against the data folder (``data/`` of the checkout or of the installed package by default)."""
    path = Path(name)
    if path.is_absolute():
        return path
    return Path(data_dir or DATA_DIR) / path


def _content_lines(path: Path) -> Iterable[tuple[int, str]]:
    if not path.exists():
        raise LexiconError(f"{path}: data file not found; check the path in the pipeline config")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, line.rstrip("\r\n")


def read_tsv(path: str | Path, required: Iterable[str] = ()) -> list[dict[str, str]]:
    """Rows of a TSV file whose first content line is the header. Empty cells are ''."""
    path = Path(path)
    lines = iter(_content_lines(path))
    try:
        _, header_line = next(lines)
    except StopIteration:
        raise LexiconError(f"{path}: no header line; the first non-comment line must name the columns") from None
    header = [name.strip() for name in header_line.split("\t")]
    missing = [name for name in required if name not in header]
    if missing:
        raise LexiconError(f"{path}: header lacks column(s) {missing}; it has {header}")
    rows = []
    for number, line in lines:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise LexiconError(
                f"{path}:{number}: {len(cells)} tab-separated cells, the header has {len(header)}: {line[:60]!r}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append({name: cell.strip() for name, cell in zip(header, cells)})
    return rows


def read_jsonl(path: str | Path, required: Iterable[str] = (), allowed: Iterable[str] | None = None) -> list[dict]:
    """Records of a JSONL file, one JSON object a line, with key checks."""
    path = Path(path)
    required = set(required)
    allowed = set(allowed) | required if allowed is not None else None
    records = []
    for number, line in _content_lines(path):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise LexiconError(f"{path}:{number}: not valid JSON ({err.msg} at column {err.colno})") from None
        if not isinstance(record, dict):
            raise LexiconError(f"{path}:{number}: each line must be a JSON object, got {type(record).__name__}")
        missing = required - record.keys()
        if missing:
            raise LexiconError(f"{path}:{number}: missing key(s) {sorted(missing)}; required: {sorted(required)}")
        if allowed is not None and record.keys() - allowed:
            raise LexiconError(
                f"{path}:{number}: unknown key(s) {sorted(record.keys() - allowed)}; allowed: {sorted(allowed)}"
            )
        records.append(record)
    return records


def split_list(cell: str) -> list[str]:
    """A ``;``-separated cell as a list without empty items."""
    return [item.strip() for item in cell.split(";") if item.strip()]
