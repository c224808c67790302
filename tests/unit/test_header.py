"""The header line parser and date normalisation (pipeline/io/header.py), on hand-written strings."""
from __future__ import annotations

import pytest

from pipeline.io.header import DateValue, Header, normalize_date, parse_header, read_date


@pytest.mark.parametrize("text, expected", [
    ("date 2026-02-07 РУ\nТекст", Header("2026-02-07", "ru", 19)),
    ("date 2026-02-07\nТекст", Header("2026-02-07", None, 16)),
    ("   date 2026-02-07 KZ\r\nТекст", Header("2026-02-07", "kk", 23)),
    ("date 2026-02-07 xx", Header("2026-02-07", "xx", 18)),  # an unknown mark is kept as written
    ("Текст без заголовка", Header()),
    ("Текст\ndate 2026-02-07\n", Header()),  # only the first line is a header
    ("date 2026-13-45 РУ\nТекст", Header(None, "ru", 19, "header date: '2026-13-45' is not a valid date; "
                                                         "published left empty")),  # still the header line
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
    ("2026-13-45", None),  # impossible dates are no dates
    ("0000-00-00", None),
    ("2026-02-30T10:00:00Z", None),
    ("30.02.2026", None),
    ("March 2026", None),  # no single day: dateutil would take today's day, and today's date for "Monday"
    ("Monday", None),
    (1700000000, None),  # a number from JSON (a Unix time) is no date
    ("2" * 100, None),
])
def test_header_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2026-02-07", DateValue("2026-02-07")),
    (None, DateValue()),
    ("2026-02-30", DateValue(None, "date field: '2026-02-30' is not a valid date; published left empty")),
])
def test_header_read_date_notes_what_is_no_date(value, expected):
    assert read_date(value, "date field") == expected
