"""Readers: a folder (recursively), or single files, of articles -> ``Article`` records.

This module walks the folders and sends each file to the reader of its format (``formats``) once its
bytes are decoded (``decode``). A file that cannot be read becomes an ``Article`` with status
``error`` and a one-line reason, so that every input has its row. Only a configuration mistake that
makes the whole run meaningless (a CSV without the text column) raises ``InputError`` before any
work starts.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..records import Article
from .decode import decode
from .formats import (Fields, InputError, csv_columns, error_article, from_csv, from_html, from_json, from_jsonl,
                      from_text)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES


@dataclass(frozen=True)
class InputFile:
    """One input file, and the folder its ``doc_id`` is relative to."""

    path: Path
    root: Path


def list_inputs(paths: Iterable[str | Path]) -> list[InputFile]:
    """The input files of ``paths`` in reading order, each folder walked once (recursively, sorted); a
    file named itself is an input whatever its suffix. A run checks, counts and reads this one list."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += [InputFile(file, path) for file in input_files(path)]
        elif path.is_file():
            files.append(InputFile(path, path.parent))
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def read_files(files: Iterable[InputFile], fields: Fields = Fields()) -> Iterator[Article]:
    """Every article of the listed files, in their order."""
    for file in files:
        yield from read_file(file.path, root=file.root, fields=fields)


def read_inputs(paths: Iterable[str | Path], fields: Fields = Fields()) -> Iterator[Article]:
    """Every article under ``paths`` (folders are walked recursively, in sorted order)."""
    yield from read_files(list_inputs(paths), fields)


def input_files(folder: Path) -> list[Path]:
    """Article files under a folder, sorted; hidden files and folders (``.parts``, ``.git``) are not inputs."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def check_inputs(files: Sequence[InputFile], fields: Fields = Fields()) -> None:
    """Fail early, before any work, on inputs whose configuration is wrong (CSV without the text column)."""
    for file in (f.path for f in files if f.path.suffix.lower() == ".csv"):
        text, _ = decode(file.read_bytes())
        header = csv_columns(text)
        if fields.text not in header:
            raise InputError(
                f"{file}: no column {fields.text!r} (columns: {', '.join(header) or 'none'}); "
                f"name the text column with --text-field"
            )


def doc_id_for(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def read_file(path: Path, root: Path, fields: Fields = Fields()) -> Iterator[Article]:
    doc_id = doc_id_for(path, root)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
        text, error = decode(data)
    except OSError as err:
        yield error_article(doc_id, path, f"cannot read file: {err.strerror or err}")
        return
    if error:
        yield error_article(doc_id, path, error)
        return
    if suffix in HTML_SUFFIXES:
        yield from_html(doc_id, path, text)
    elif suffix == ".jsonl":
        yield from from_jsonl(path, text, fields)
    elif suffix == ".json":
        yield from from_json(path, text, fields)
    elif suffix == ".csv":
        yield from from_csv(path, text, fields)
    else:
        yield from_text(doc_id, str(path), text)
