"""The one text normaliser: ё as е, and the folded form names are compared in."""
from __future__ import annotations

import pytest

from pipeline.lang.normalize import fold, yo


@pytest.mark.parametrize("text, expected", [("Артём", "Артем"), ("Ён", "Ен"), ("ЁЛКА", "ЕЛКА"), ("Оман", "Оман")])
def test_normalize_yo_keeps_case(text, expected):
    assert yo(text) == expected


@pytest.mark.parametrize("text, expected", [("Артём", "артем"), ("Ён", "ен"), ("МИД Омана", "мид омана")])
def test_normalize_fold_lowers_and_reads_yo_as_e(text, expected):
    assert fold(text) == expected
