"""The package as a user installs it: a wheel in a fresh virtual environment, run from another folder.

Building the wheel and the environment takes a minute: these tests are slow-marked. The environment sees the
system's site-packages (spaCy, natasha, ... are installed there) and installs the wheel alone (``--no-deps``)."""
from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from pipeline.batch.runner import read_tables
from pipeline.evaluation.golden import compare

from ..conftest import REPO, SEED, need
from .test_datafiles import load_in_new_process


def run(*args: str | Path, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The folder of a fresh virtual environment with the wheel of this checkout installed."""
    root = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", REPO, "--no-deps", "-q", "-w", root / "dist", cwd=root)
    venv.create(root / "venv", system_site_packages=True, with_pip=True)
    wheel = next((root / "dist").glob("dipevents-*.whl"))
    run(root / "venv" / "bin" / "python", "-m", "pip", "install", "-q", "--no-deps", wheel, cwd=root)
    return root


@pytest.mark.slow
def test_packaging_wheel_runs_the_seed_from_another_folder(installed, seed_expected):
    elsewhere = installed / "elsewhere"
    elsewhere.mkdir()
    where = run(installed / "venv" / "bin" / "python", "-c", "import pipeline; print(pipeline.__file__)", cwd=elsewhere)
    assert Path(where.strip()).is_relative_to(installed / "venv")  # the wheel's copy, not this checkout
    run(installed / "venv" / "bin" / "dipevents", "run", need(SEED), "-o", "out", "--quiet", cwd=elsewhere)
    assert compare(read_tables(elsewhere / "out"), SEED.stem, seed_expected) == []


@pytest.mark.slow
def test_packaging_saved_pipeline_loads_with_spacy_alone(installed):
    python = installed / "venv" / "bin" / "python"
    run(python, "-c", "import sys, pipeline; pipeline.load().to_disk(sys.argv[1])", installed / "saved", cwd=installed)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    found = load_in_new_process(str(python), installed / "saved", env)
    assert found["events"] == [["negotiations", ["Иран", "США"]]]
