"""Every notebook in notebooks/ runs (nbclient) on tables of data/samples, and is kept without outputs."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pytest

from pipeline.batch.runner import RunConfig, read_tables, run
from pipeline.io.tables import Tables
from pipeline.io.writers import write_tables

from ..conftest import REPO, SAMPLES

if TYPE_CHECKING:
    from nbformat import NotebookNode

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def as_run(tables: Tables) -> Tables:
    return tables


def one_date(tables: Tables) -> Tables:
    return dataclasses.replace(tables, events=tables.events.assign(date=tables.events.date.min()))


def no_dates(tables: Tables) -> Tables:
    return dataclasses.replace(tables, events=tables.events.assign(date=pd.NaT))


def empty(tables: Tables) -> Tables:
    return Tables(**{name: frame.iloc[:0] for name, frame in tables.items()})


# variant: (format, change to the sample run's tables, what the notebook must print)
VARIANTS: dict[str, tuple[str, Callable[[Tables], Tables], list[str]]] = {
    "samples": ("csv", as_run, ["Track: Азербайджан – Армения"]),
    "one-date-parquet": ("parquet", one_date, ["Track: Азербайджан – Армения"]),
    "no-dates": ("csv", no_dates, ["No dated events"]),
    "samples-jsonl": ("jsonl", as_run, ["Track: Азербайджан – Армения"]),
    "empty": ("csv", empty, ["No events in these tables", "No event names two parties", "No event names a mediator",
                             "No negotiation event", "No person takes part"]),
}

@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> Path:
    """`dipevents run data/samples` as the command runs it (runner and merge), CSV."""
    out = tmp_path_factory.mktemp("samples-run")
    run(RunConfig((str(SAMPLES),)), out, workers=1, progress=False)
    return out


def printed(notebook: NotebookNode) -> tuple[str, str]:
    """All stdout and all stderr the executed notebook's cells wrote."""
    streams = [o for cell in notebook.cells for o in cell.get("outputs", []) if o.output_type == "stream"]
    return ("".join(o.text for o in streams if o.name == "stdout"),
            "".join(o.text for o in streams if o.name == "stderr"))


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
@pytest.mark.parametrize("variant", list(VARIANTS))
def test_notebooks_run_without_error_on_sample_tables(notebook, variant, sample_run, tmp_path, monkeypatch):
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed: pip install -e '.[test]'")
    import nbformat

    fmt, change, expected = VARIANTS[variant]
    if variant == "samples":
        tables_dir = sample_run
    else:
        tables_dir = tmp_path / "tables"
        write_tables(change(read_tables(sample_run, "csv")), tables_dir, fmt)
    monkeypatch.setenv("DIPEVENTS_TABLES", str(tables_dir))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(notebook, as_version=4)
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=300,
                            resources={"metadata": {"path": str(notebook.parent)}}).execute()
    stdout, stderr = printed(nb)
    assert stderr == "", f"{notebook.name} wrote to stderr (warnings rot into errors; fix them):\n{stderr}"
    if notebook.name == "analysis.ipynb":
        missing = [text for text in [f"{tables_dir.resolve()} ({fmt})", *expected] if text not in stdout]
        assert not missing, f"{missing} not printed by {notebook.name}:\n{stdout}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_outputs_are_stripped(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [n for n, cell in enumerate(cells) if cell["cell_type"] == "code"
             and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, (f"{notebook.name}: cells {dirty} keep outputs or execution counts; clear them before "
                       "committing (Jupyter: Edit > Clear Outputs of All Cells, then save; or "
                       f"`jupyter nbconvert --clear-output --inplace notebooks/{notebook.name}`)")
