"""Readers: a folder (recursively), or single files, of articles -> ``Article`` records.

``walk`` lists the input files; this module reads each one's bytes (a regular file only, opened so
that nothing can block), decodes them (``decode``) and sends them to the reader of their format
(``formats``). A file that cannot be read becomes an ``Article`` with status ``error`` and a one-line
reason, so that every input has its row. Only a configuration mistake that makes the whole run
meaningless (a CSV without the text column) raises ``InputError`` before any work starts.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..records import Article
from .decode import decode
from .formats import (Fields, InputError, csv_columns, error_article, from_csv, from_html, from_json, from_jsonl,
                      from_text)
from .walk import HTML_SUFFIXES, RECORD_SUFFIXES, InputFile, list_inputs, not_regular, readable

__all__ = ["InputError", "InputFile", "check_inputs", "count_articles", "input_files", "list_inputs", "read_file",
           "read_files", "read_inputs"]


def read_files(files: Iterable[InputFile], fields: Fields = Fields()) -> Iterator[Article]:
    """Every article of the listed files, in their order."""
    for file in files:
        yield from read_input(file, fields)


def read_inputs(paths: Iterable[str | Path], fields: Fields = Fields()) -> Iterator[Article]:
    """Every article under ``paths`` (folders are walked recursively, in sorted order)."""
    yield from read_files(list_inputs(paths), fields)


def input_files(folder: Path) -> list[Path]:
    """The readable article files under a folder, sorted (for benchmarks that take the first N)."""
    return [file.path for file in list_inputs([folder]) if not file.problem]


def count_articles(files: Iterable[InputFile], fields: Fields = Fields()) -> int:
    """How many articles the files hold: one per text or HTML file, one per record of a JSON, JSONL
    or CSV file (read here once more, so that progress and the work split count records, not files)."""
    return sum(sum(1 for _ in read_input(f, fields)) if f.path.suffix.lower() in RECORD_SUFFIXES else 1
               for f in files)


def check_inputs(files: Sequence[InputFile], fields: Fields = Fields()) -> None:
    """Fail early, before any work, on inputs whose configuration is wrong (a CSV whose header row has
    no text column). A CSV that cannot be read at all is a bad file, which gets its error row."""
    for file in (f for f in files if f.path.suffix.lower() == ".csv" and not f.problem):
        try:
            text, error = decode(read_bytes(file.path))
        except OSError:
            continue
        header = csv_columns(text) if not error else []
        if header and fields.text not in header:
            raise InputError(
                f"{readable(file.path)}: no column {fields.text!r} (columns: {', '.join(header)}); "
                f"name the text column with --text-field"
            )


def doc_id_for(path: Path, root: Path) -> str:
    return readable(path.relative_to(root).with_suffix("").as_posix())


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file. Opening never blocks (a FIFO swapped in after the listing) and
    anything but a regular file is refused with an ``OSError``."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(not_regular(mode))
        return handle.read()


def read_input(file: InputFile, fields: Fields = Fields()) -> Iterator[Article]:
    if file.problem:
        yield error_article(doc_id_for(file.path, file.root), readable(file.path), file.problem)
        return
    yield from read_file(file.path, file.root, fields)


def read_file(path: Path, root: Path, fields: Fields = Fields()) -> Iterator[Article]:
    doc_id, shown = doc_id_for(path, root), readable(path)
    suffix = path.suffix.lower()
    try:
        text, error = decode(read_bytes(path))
    except OSError as err:
        yield error_article(doc_id, shown, f"cannot read file: {err.strerror or err}")
        return
    if error:
        yield error_article(doc_id, shown, error)
        return
    stem = readable(path.with_suffix("").name)
    if suffix in HTML_SUFFIXES:
        yield from_html(doc_id, shown, text)
    elif suffix == ".jsonl":
        yield from from_jsonl(stem, shown, text, fields)
    elif suffix == ".json":
        yield from from_json(stem, shown, text, fields)
    elif suffix == ".csv":
        yield from from_csv(stem, shown, text, fields)
    else:
        yield from_text(doc_id, shown, text)
