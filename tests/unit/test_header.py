"""The header line parser and date normalisation (pipeline/io/header.py), on hand-written strings."""
from __future__ import annotations

import pytest

from pipeline.io.header import Header, normalize_date, parse_header


@pytest.mark.parametrize("text, expected", [
    ("date 2026-02-07 РУ\nТекст", Header("2026-02-07", "ru", 19)),
    ("date 2026-02-07\nТекст", Header("2026-02-07", None, 16)),
    ("   date 2026-02-07 KZ\r\nТекст", Header("2026-02-07", "kk", 23)),
    ("date 2026-02-07 xx", Header("2026-02-07", "xx", 18)),  # an unknown mark is kept as written
    ("Текст без заголовка", Header()),
    ("Текст\ndate 2026-02-07\n", Header()),  # only the first line is a header
])
def test_header_parse_header(text, expected):
    assert parse_header(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("2026-02-07T10:00:00Z", "2026-02-07"),
    ("07.02.2026", "2026-02-07"),
    ("7 February 2026", "2026-02-07"),
    ("", None),
    (None, None),
    ("not a date", None),
])
def test_header_normalize_date(value, expected):
    assert normalize_date(value) == expected
