"""Golden-file tests on whole articles: the seed (../shared/seed) and our own samples (data/)."""
from __future__ import annotations

import json

import pytest

from pipeline.evaluation.golden import compare
from pipeline.io.readers import read_inputs

from ..conftest import EXPECTED, SAMPLES, SEED, check_offsets

SAMPLE_NAMES = sorted(p.name.removesuffix(".expected.json") for p in EXPECTED.glob("*.expected.json"))


def test_golden_seed_matches_expected(seed_tables, seed_expected):
    assert compare(seed_tables, SEED.stem, seed_expected) == []


def test_golden_seed_offsets(seed_tables):
    texts = {a.doc_id: a.text for a in read_inputs([SEED])}
    assert check_offsets(seed_tables, texts) == []


def test_golden_samples_are_all_expected():
    assert sorted(p.stem for p in SAMPLES.glob("*.txt")) == SAMPLE_NAMES
    assert len(SAMPLE_NAMES) >= 6


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_golden_sample_matches_expected(sample_tables, sample_tables_all, name):
    """An expected file with ``"options": {"all_mentions": true}`` holds the tables of that mode."""
    expected = json.loads((EXPECTED / f"{name}.expected.json").read_text(encoding="utf-8"))
    tables = sample_tables_all if expected.get("options", {}).get("all_mentions") else sample_tables
    assert compare(tables, name, expected) == []


def test_golden_samples_events_do_not_depend_on_all_mentions(sample_tables, sample_tables_all):
    """NER is skipped only where no trigger is, so the events and participants are the same."""
    for name in ("events", "participants"):
        assert getattr(sample_tables, name).equals(getattr(sample_tables_all, name)), name


def test_golden_samples_offsets(sample_tables):
    texts = {a.doc_id: a.text for a in read_inputs([SAMPLES])}
    assert check_offsets(sample_tables, texts) == []
    assert len(sample_tables.mentions) > 50
