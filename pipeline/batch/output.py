"""The output folder of a run: what it may hold when the run starts.

A run never writes over another one by surprise. A folder that holds a run (its tables in any
format or its workbook, its parts, its list of inputs, its report or dyads) is refused unless
``resume`` (continue that run) or ``overwrite`` (replace it: every table of every format, the workbook,
the parts, the list of inputs, the report and the dyads are removed first, so that no stale file is left
beside the new tables). Other files are left alone.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from ..io.roots import ROOTS
from ..io.tables import COLUMNS
from ..io.writers import FORMATS
from ..io.xlsx import WORKBOOK
from .parts import MANIFEST, PARTS

REPORT = "report.html"
RUN_FILES = [f"{name}.{fmt}" for name in [*COLUMNS, "dyads"] for fmt in FORMATS] + [WORKBOOK, ROOTS, REPORT, PARTS]


class OutputError(ValueError):
    """The output folder cannot take this run as asked."""


def run_files(out: Path) -> list[Path]:
    """The files and folders of a run that ``out`` holds."""
    return [out / name for name in RUN_FILES if (out / name).exists() or (out / name).is_symlink()]


def claim(out: Path, resume: bool = False, overwrite: bool = False) -> None:
    """Make ``out`` ready for a run, or raise ``OutputError`` with what to do instead."""
    if resume and overwrite:
        raise OutputError("--resume continues the run in OUT and --overwrite replaces it: choose one")
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is a file: name a folder for the tables with -o")
    found = run_files(out) if out.is_dir() else []
    names = ", ".join(sorted(p.name for p in found))
    if found and overwrite:
        for path in found:
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    elif found and not resume:
        raise OutputError(f"{out} holds a run ({names}): continue it with --resume, or replace it with --overwrite")
    elif found and not (out / PARTS / MANIFEST).exists():
        raise OutputError(f"{out} holds tables but no run to resume ({names}): replace them with --overwrite")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out}: cannot create the folder ({err.strerror or err})") from err
