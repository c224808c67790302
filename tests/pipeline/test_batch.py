"""Batch runs: determinism across workers and runs, resuming after SIGKILL, Dask, progress lines."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

import pipeline
from pipeline.batch import progress
from pipeline.batch.parts import ResumeError
from pipeline.batch.runner import RunConfig, read_tables, run
from pipeline.io.formats import Fields
from pipeline.io.walk import Walk

from ..conftest import SAMPLES

TABLES = ["articles", "mentions", "actors", "events", "participants"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """56 articles: our samples, copied into nested folders."""
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(8):
        (folder / f"year{n}").mkdir()
        for sample in SAMPLES.glob("*.txt"):
            shutil.copy(sample, folder / f"year{n}" / sample.name)
    return folder


def table_bytes(out: Path, fmt: str = "csv") -> dict[str, bytes]:
    return {name: (out / f"{name}.{fmt}").read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("reference")
    run(RunConfig((str(corpus),), chunk_size=8), out, workers=1, progress=False)
    return out


def test_batch_same_tables_whatever_workers_and_run(corpus, reference, tmp_path):
    run(RunConfig((str(corpus),), chunk_size=8), tmp_path / "two", workers=2, progress=False)
    run(RunConfig((str(corpus),), chunk_size=8), tmp_path / "again", workers=1, progress=False)
    assert table_bytes(tmp_path / "two") == table_bytes(reference)
    assert table_bytes(tmp_path / "again") == table_bytes(reference)


def test_batch_sigkill_then_resume_gives_the_same_tables(corpus, reference, tmp_path):
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "pipeline.cli", "run", str(corpus), "-o", str(out), "--workers", "1",
               "--chunk-size", "8", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while len(list((out / ".parts").glob("chunk-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = len(list((out / ".parts").glob("chunk-*")))
    assert 2 <= done < 7 and not (out / "events.csv").exists()
    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert table_bytes(out) == table_bytes(reference)


def test_batch_resume_refuses_other_inputs(corpus, tmp_path):
    run(RunConfig((str(SAMPLES),)), tmp_path, workers=1, progress=False)
    with pytest.raises(ResumeError, match="--resume"):
        run(RunConfig((str(corpus),)), tmp_path, workers=1, progress=False, resume=True)


def test_batch_dask_local_cluster_equals_local_run(corpus, reference, tmp_path):
    from dask.distributed import Client, LocalCluster

    from pipeline.batch.dask_executor import run_dask

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        summary = run_dask(RunConfig((str(corpus),), chunk_size=8), tmp_path, client=client)
    assert summary.articles == 56
    assert table_bytes(tmp_path) == table_bytes(reference)
    assert len(list((tmp_path / ".parts").glob("chunk-*/events.parquet"))) == 7


def test_batch_plain_progress_lines_off_terminal(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    summary = run(RunConfig((str(SAMPLES),), chunk_size=2), tmp_path, workers=1, progress=True)
    err = capsys.readouterr().err
    assert "processed 2 of 7 articles" in err and "ETA" in err
    assert summary.lines()[0] == "articles: 7 (ok 7)" and summary.lines()[2].endswith(", 1 worker processes")
    assert read_tables(tmp_path, "csv").articles.status.eq("ok").all()


def articles_of_run(folder: Path, out: Path, nlp) -> list[str]:
    run(RunConfig((str(folder),)), out, workers=1, progress=False)
    return list(read_tables(out).articles.doc_id)


def articles_of_extract(folder: Path, out: Path, nlp) -> list[str]:
    return list(pipeline.extract(folder, nlp=nlp).articles.doc_id)


@pytest.mark.parametrize("articles_of", [articles_of_run, articles_of_extract])
def test_batch_inputs_are_walked_once(nlp, tmp_path, monkeypatch, articles_of):
    """The CSV check, the progress total and the reading use one listing: a file that arrives after
    it (here, after every walk) is in none of them."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "phone_call.txt", folder)
    (folder / "feed.csv").write_text("id,text\nr1,Лавров провел переговоры с Ван И.\n", encoding="utf-8")
    walk, walks = Walk.walk, []

    def walk_then_add_a_file(self: Walk, path: Path) -> list:
        found = walk(self, path)
        walks.append(path)
        (path / f"late{len(walks)}.txt").write_text("Текст, пришедший позже.", encoding="utf-8")
        return found

    monkeypatch.setattr(Walk, "walk", walk_then_add_a_file)
    assert articles_of(folder, tmp_path / "out", nlp) == ["r1", "phone_call"]
    assert walks == [folder]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_batch_workers_die_with_a_killed_run(corpus, tmp_path, engine):
    out = tmp_path / "killed"
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(corpus), "-o", str(out),
                                "--workers", "2", "--chunk-size", "2", "--engine", engine, "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run_process, deadline = psutil.Process(process.pid), time.monotonic() + 300
    while not list((out / ".parts").glob("chunk-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = run_process.children(recursive=True)
    assert len(workers) >= 2 and process.poll() is None  # working, and far from done (28 chunks)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _, alive = psutil.wait_procs(workers, timeout=5)
    for worker in alive:  # no orphan is left behind, even when the test fails
        worker.kill()
    assert not alive


def test_batch_one_big_jsonl_keeps_two_workers_busy(tmp_path, monkeypatch, capsys):
    """Work is split by records: one JSONL of 10,000 records is 313 chunks over both workers, and the
    progress counts records."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(f'{{"id": "r{n}", "text": "Сообщение {n}."}}\n' for n in range(10_000)), encoding="utf-8")
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)
    summary = run(RunConfig((str(feed),), Fields()), tmp_path / "out", fmt="parquet", workers=2, progress=True)
    err = capsys.readouterr().err
    assert summary.articles == 10_000 and summary.workers == 2
    assert "processed 32 of 10000 articles" in err and "processed 10000 of 10000 articles" in err
    assert "ETA -" not in err
