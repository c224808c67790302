"""The header line: the one parser of ``date YYYY-MM-DD [LANG]`` at the top of an article, and the
normalisation of the dates that files carry (header, JSON/CSV fields, HTML meta) to ISO ``YYYY-MM-DD``.

The readers parse the header once and record it in the ``Article``; the layout component calls this
parser only on a Doc made from plain text (``nlp(text)``), which no reader has seen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dateutil import parser as date_parser

HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\s]+))?[ \t]*(?:\r?\n|\Z)")
LANGUAGE_MARKS = {"ру": "ru", "ru": "ru", "рус": "ru", "en": "en", "eng": "en", "анг": "en",
                  "kz": "kk", "kk": "kk", "қаз": "kk", "каз": "kk", "ua": "uk", "uk": "uk", "укр": "uk"}


@dataclass(frozen=True)
class Header:
    """What the header line says: the date, the language mark, and where the body starts (0: no header)."""

    published: str | None = None
    language: str | None = None
    end: int = 0


def parse_header(text: str) -> Header:
    """The ``date YYYY-MM-DD [LANG]`` first line of ``text``; ``Header()`` when there is none."""
    match = HEADER.match(text)
    if not match:
        return Header()
    mark = (match.group(2) or "").lower()
    return Header(match.group(1), LANGUAGE_MARKS.get(mark, mark or None), match.end())


def normalize_date(value) -> str | None:
    """An ISO ``YYYY-MM-DD`` from what JSON/CSV/HTML carry (``2026-02-07T10:00Z``, ``07.02.2026``)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text):
        return text[:10]
    try:
        return date_parser.parse(text, dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None
