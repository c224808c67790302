"""Date expressions in a sentence and their resolution against the article's published date.

Pure functions; the words come from ``data/lexicons/dates.tsv``. Written by hand rather than with
``dateparser``: we need the expression's exact offsets and a resolution that depends on the event's
status (``в среду`` is the last Wednesday for a held meeting, the next one for a planned one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..kb.lexicons import read_tsv


@dataclass(frozen=True)
class DateWords:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    weeks: dict[str, int]
    pattern: re.Pattern


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str  # full, daymonth, weekday, relative, week, numeric
    # values: (year, month, day); (weekday, 1 next / -1 last / 0 by status); (days,); (weeks,)
    values: tuple[int, ...]


def load_date_words(path: Path) -> DateWords:
    groups: dict[str, dict[str, int]] = {"month": {}, "weekday": {}, "relative": {}, "week": {}}
    for row in read_tsv(path, ["word", "kind", "value"]):
        groups[row["kind"]][row["word"].lower()] = int(row["value"])

    def alt(words) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    pattern = re.compile(
        rf"(?P<day>\b[0-9]{{1,2}})(?:\s*(?:[-–—]|по)\s*[0-9]{{1,2}})?\s+(?P<month>{alt(groups['month'])})(?:\s+(?P<year>[0-9]{{4}})(?:\s+года?)?)?\b"
        rf"|\b(?P<numeric>[0-9]{{1,2}})\.(?P<nmonth>[0-9]{{1,2}})\.(?P<nyear>[0-9]{{4}})\b"
        rf"|\b(?:в|во)\s+(?:(?P<wmod>ближайш|следующ|будущ|эт|прошл)[а-яё]{{0,3}}\s+)?(?P<weekday>{alt(groups['weekday'])})\b"
        rf"|(?P<week>{alt(groups['week'])})\b"
        rf"|\b(?P<relative>{alt(groups['relative'])})\b",
        re.IGNORECASE,
    )
    return DateWords(groups["month"], groups["weekday"], groups["relative"], groups["week"], pattern)


def find_dates(text: str, words: DateWords, offset: int = 0) -> list[DateMention]:
    found = []
    for m in words.pattern.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        if m.group("day"):
            year = int(m.group("year")) if m.group("year") else 0
            values = (year, words.months[m.group("month").lower()], int(m.group("day")))
            found.append(DateMention(start, end, m.group(0), "full" if year else "daymonth", values))
        elif m.group("numeric"):
            values = (int(m.group("nyear")), int(m.group("nmonth")), int(m.group("numeric")))
            found.append(DateMention(start, end, m.group(0), "full", values))
        elif m.group("weekday"):
            ahead = {"ближайш": 1, "следующ": 1, "будущ": 1, "прошл": -1}.get((m.group("wmod") or "").lower(), 0)
            found.append(DateMention(start, end, m.group(0), "weekday", (words.weekdays[m.group("weekday").lower()], ahead)))
        elif m.group("week"):
            found.append(DateMention(start, end, m.group(0), "week", (words.weeks[m.group("week").lower()],)))
        else:
            found.append(DateMention(start, end, m.group(0), "relative", (words.relative[m.group("relative").lower()],)))
    return found


def resolve(mention: DateMention, published: date | None, planned: bool) -> date | None:
    """The calendar date of an expression; None when it needs a published date that is missing,
    or names no single day (``на прошлой неделе``)."""
    try:
        if mention.kind == "full":
            return date(*mention.values)
        if published is None:
            return None
        if mention.kind == "daymonth":
            _, month, day = mention.values
            candidate = date(published.year, month, day)
            if planned and candidate < published - timedelta(days=1):
                candidate = date(published.year + 1, month, day)
            elif not planned and candidate > published + timedelta(days=31):
                candidate = date(published.year - 1, month, day)
            return candidate
        if mention.kind == "weekday":  # the next one for a planned event, else the last (``в следующую``: next)
            weekday, ahead = mention.values
            delta = (weekday - published.weekday()) % 7
            forward = ahead > 0 or ahead == 0 and planned
            return published + timedelta(days=delta or 7) if forward else published - timedelta(days=(-delta) % 7)
        if mention.kind == "relative":
            return published + timedelta(days=mention.values[0])
    except ValueError:
        return None
    return None


def latest_full_date(text: str, words: DateWords) -> date | None:
    """The latest full date (day, month and year) the text gives: what a day and month without a year
    are read against in an article with no published date (a tweet's ``20 июня 2017 г.``)."""
    found = [resolve(m, None, False) for m in find_dates(text, words) if m.kind == "full"]
    return max((d for d in found if d is not None), default=None)


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
