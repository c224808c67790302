"""The header line: the one parser of ``date YYYY-MM-DD [LANG]`` at the top of an article, and the
reading of the dates that files carry (header, JSON/CSV fields, HTML meta) as ISO ``YYYY-MM-DD``.

Dates are validated where they enter: an impossible date (``2026-13-45``, ``0000-00-00``,
``2026-02-30``) or one that names no single day (``March 2026``, ``Monday``) is left empty, with a
note saying so (``read_date``), so that every date in the tables is a real calendar day.

The readers parse the header once and record it in the ``Article``; the layout component calls this
parser only on a Doc made from plain text (``nlp(text)``), which no reader has seen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as date_parser

HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\s]+))?[ \t]*(?:\r?\n|\Z)")
ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGUAGE_MARKS = {"ру": "ru", "ru": "ru", "рус": "ru", "en": "en", "eng": "en", "анг": "en",
                  "kz": "kk", "kk": "kk", "қаз": "kk", "каз": "kk", "ua": "uk", "uk": "uk", "укр": "uk"}
MAX_DATE_CHARS = 64  # longer values are no date (and not worth parsing)
DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))  # a field dateutil fills from both is missing


@dataclass(frozen=True)
class Header:
    """What the header line says: the date, the language mark, where the body starts (0: no header),
    and a note when its date is no real day."""

    published: str | None = None
    language: str | None = None
    end: int = 0
    note: str = ""


@dataclass(frozen=True)
class DateValue:
    """A date as read: ISO ``YYYY-MM-DD`` or None, and a note when a value was given but is no date."""

    iso: str | None = None
    note: str = ""


def parse_header(text: str) -> Header:
    """The ``date YYYY-MM-DD [LANG]`` first line of ``text``; ``Header()`` when there is none."""
    match = HEADER.match(text)
    if not match:
        return Header()
    mark = (match.group(2) or "").lower()
    published = read_date(match.group(1), "header date")
    return Header(published.iso, LANGUAGE_MARKS.get(mark, mark or None), match.end(), published.note)


def read_date(value, where: str) -> DateValue:
    """The ISO date of what JSON/CSV/HTML/the header carry (``2026-02-07T10:00Z``, ``07.02.2026``);
    for a value that is no real day, None and a note naming ``where`` it was found."""
    if value in (None, ""):
        return DateValue()
    iso = normalize_date(value)
    if iso is not None:
        return DateValue(iso)
    shown = " ".join(str(value).split())[:MAX_DATE_CHARS]
    return DateValue(None, f"{where}: {shown!r} is not a valid date; published left empty")


def normalize_date(value) -> str | None:
    """An ISO ``YYYY-MM-DD`` from what JSON/CSV/HTML carry (``2026-02-07T10:00Z``, ``07.02.2026``), or
    None when it is no real calendar day or does not name a day, month and year."""
    if value in (None, "") or isinstance(value, bool):
        return None
    text = str(value).strip()
    if len(text) > MAX_DATE_CHARS:
        return None
    try:
        if ISO_START.match(text):
            return date.fromisoformat(text[:10]).isoformat()
        readings = {date_parser.parse(text, dayfirst=True, default=default).date() for default in DEFAULTS}
    except (ValueError, OverflowError):
        return None
    return readings.pop().isoformat() if len(readings) == 1 else None
