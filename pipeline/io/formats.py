"""One function per input format: plain text, HTML (``adapt_beautifulsoup``), JSON, JSONL and CSV
records -> ``Article`` records.

A record or file that cannot be read (malformed, nested too deeply, a field of the wrong type)
becomes an ``Article`` with status ``error`` and a one-line reason (``error_article``); no reader
raises. A date that is no real day is left empty, with a note in ``error`` (status ``ok``).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from bs4 import BeautifulSoup

from ..records import Article
from .header import read_date, parse_header

HTML_DATE_META = ("article:published_time", "og:published_time", "pubdate", "publishdate", "date",
                  "dc.date", "dc.date.issued", "datepublished", "sailthru.date", "parsely-pub-date")


class InputError(ValueError):
    """The input cannot be read as asked (a missing path, a CSV without its text column)."""


@dataclass(frozen=True)
class Fields:
    """Field names of JSON/JSONL/CSV records."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    date: str = "date"
    source: str = "source"


def error_article(doc_id: str, path: Path | str, reason: str) -> Article:
    return Article(doc_id=doc_id, path=str(path), status="error", error=one_line(reason))


def one_line(message: str, limit: int = 300) -> str:
    return " ".join(str(message).split())[:limit]


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def from_text(doc_id: str, path: str, text: str, published=None, title: str = "", source: str | None = None,
              where: str = "date field") -> Article:
    """An article of ``text``; ``published`` as its reader found it (a record's field, HTML meta)
    comes before the header's date."""
    header = parse_header(text)
    body_text = text[header.end:]
    status = "ok" if body_text.strip() else "empty"
    given = read_date(published, where)
    notes = "; ".join(note for note in (given.note, header.note) if note)
    return Article(
        doc_id=doc_id, path=path, text=text, title=title or first_line(body_text)[:500],
        published=given.iso or header.published, source=source, language=header.language,
        status=status, error=one_line(notes) if status == "ok" else "no text", header_end=header.end,
    )


def adapt_beautifulsoup(html: str) -> tuple[str, str, list[str]]:
    """(text, title, dates) of an HTML page: scripts, styles and templates never become text; dates
    are the values of its date meta tags, then of its first ``<time datetime>``, in page order."""
    soup = BeautifulSoup(html, "lxml")
    for node in soup(["script", "style", "noscript", "template", "iframe", "svg", "head"]):
        if node.name == "head":
            continue
        node.decompose()
    title = ""
    og_title = soup.find("meta", attrs={"property": "og:title"})
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    elif og_title and og_title.get("content"):
        title = og_title["content"].strip()
    dates = []
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in HTML_DATE_META and meta.get("content"):
            dates.append(meta["content"])
    time_tag = soup.find("time", attrs={"datetime": True})
    dates += [time_tag["datetime"]] if time_tag else []
    body = soup.body or soup
    lines = [" ".join(line.split()) for line in body.get_text("\n").splitlines()]
    text = "\n".join(line for line in lines if line)
    return text, title, dates


def from_html(doc_id: str, path: str, html: str) -> Article:
    """The page's article, published on the first of its dates that is a real day (a note when none is)."""
    text, title, dates = adapt_beautifulsoup(html)
    published = next((value for value in dates if read_date(value, "").iso), dates[0] if dates else None)
    return from_text(doc_id, path, text, published=published, title=title, where="HTML date")


def scalar(value) -> str:
    """A record's id, title or source as text: strings and numbers; "" for anything else (lists, objects)."""
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else ""


def from_record(record: dict, doc_id: str, path: str, fields: Fields) -> Article:
    text = record.get(fields.text)
    if not isinstance(text, str):
        return error_article(doc_id, path, f"record has no text in field {fields.text!r}")
    return from_text(doc_id, path, text, published=record.get(fields.date), title=scalar(record.get(fields.title)),
                     source=scalar(record.get(fields.source)) or None, where=f"date field {fields.date!r}")


def record_id(record: dict, fields: Fields, fallback: str) -> str:
    return scalar(record.get(fields.id)) or fallback


def json_error(err: ValueError | RecursionError) -> str:
    """One line on why a JSON text cannot be read."""
    if isinstance(err, RecursionError):
        return "JSON nested too deeply to read"
    if isinstance(err, json.JSONDecodeError):
        return f"malformed JSON ({err.msg} at line {err.lineno})"
    return f"unreadable JSON ({err})"


def from_jsonl(stem: str, path: str, text: str, fields: Fields) -> Iterator[Article]:
    """One article per line; lines end at line feeds only (U+2028 and the like may stand in a string)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        fallback = f"{stem}:{number}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as err:
            yield error_article(fallback, path, f"line {number}: {json_error(err)}")
            continue
        if not isinstance(record, dict):
            yield error_article(fallback, path, f"line {number}: a JSON object was expected")
            continue
        yield from_record(record, record_id(record, fields, fallback), path, fields)


def from_json(stem: str, path: str, text: str, fields: Fields) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as err:
        yield error_article(stem, path, json_error(err))
        return
    records = data.get("articles", [data]) if isinstance(data, dict) else data
    if not isinstance(records, list):
        yield error_article(stem, path, "JSON must hold an object, a list of objects or {'articles': [...]}")
        return
    for number, record in enumerate(records, start=1):
        fallback = f"{stem}:{number}"
        if not isinstance(record, dict):
            yield error_article(fallback, path, f"item {number}: a JSON object was expected")
            continue
        yield from_record(record, record_id(record, fields, fallback), path, fields)


def csv_columns(text: str) -> list[str]:
    """The header row of a CSV text (``[]`` for an empty or unreadable one)."""
    try:
        return next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error:
        return []


def from_csv(stem: str, path: str, text: str, fields: Fields) -> Iterator[Article]:
    """One article per row; a row that cannot be parsed is an error row, and the rows after it are
    not read (where they start is no longer known)."""
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if fields.text not in (reader.fieldnames or []):
            yield error_article(stem, path, f"no column {fields.text!r}; name the text column with --text-field")
            return
        for number, record in enumerate(reader, start=1):
            yield from_record(record, record_id(record, fields, f"{stem}:{number}"), path, fields)
    except csv.Error as err:
        yield error_article(f"{stem}:{reader.line_num}", path,
                            f"line {reader.line_num}: unreadable CSV ({err}); the rows after it are not read")
