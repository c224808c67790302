"""Shared fixtures. Real text lives in ../shared (never copied here): tests that need it skip with a
reason when it is absent."""
from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

import pipeline

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "oman_talks_2026-02-07.txt"
DIPLOMATIC = SHARED / "corpora" / "news" / "diplomatic"
SAMPLES = REPO / "data" / "samples"
EXPECTED = REPO / "data" / "expected"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora/seed live beside the repository (../shared)")
    return path


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()


@pytest.fixture(scope="session")
def nlp_all():
    """The pipeline with NER on every doc (``all_mentions``), for tests of single sentences."""
    return pipeline.load(all_mentions=True)


@pytest.fixture(scope="session")
def seed_tables(nlp):
    return pipeline.extract(need(SEED), nlp=nlp)


@pytest.fixture(scope="session")
def seed_expected():
    return json.loads(need(SEED.with_suffix("").with_suffix(".expected.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_tables(nlp):
    return pipeline.extract(SAMPLES, nlp=nlp)


@pytest.fixture(scope="session")
def sample_tables_all(nlp_all):
    return pipeline.extract(SAMPLES, nlp=nlp_all)


@pytest.fixture
def make_doc(nlp_all):
    """Run the whole pipeline (NER everywhere) on a hand-written text (with an optional published date)."""
    def run(text: str, published: str | None = None):
        doc = nlp_all.make_doc(text)
        doc._.published = published
        return nlp_all(doc)
    return run


def check_offsets(tables, texts: dict[str, str]) -> list[str]:
    """Every mention and trigger gives back its own text from the article."""
    bad = []
    for row in tables.mentions.itertuples():
        if texts[row.doc_id][row.start:row.end] != row.text:
            bad.append(f"mention {row.doc_id} {row.start}:{row.end} {row.text!r}")
    for row in tables.events.itertuples():
        if texts[row.doc_id][row.start:row.end] != row.trigger:
            bad.append(f"trigger {row.doc_id} {row.start}:{row.end} {row.trigger!r}")
    return bad


def make_special_entries(folder: Path, outside: Path) -> None:
    """In ``folder``, entries that are no regular file of it: a FIFO (fifo.txt), a socket (socket.txt), a
    dangling and a looping symlink (dangling.txt, loop.txt), and symlinks to the file ``outside/secret.txt``
    (passwd.txt) and to the folder ``outside`` (outside_folder)."""
    os.mkfifo(folder / "fifo.txt")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "socket.txt"))
    os.symlink(folder / "missing.txt", folder / "dangling.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink(outside / "secret.txt", folder / "passwd.txt")
    os.symlink(outside, folder / "outside_folder")
