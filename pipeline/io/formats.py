"""One function per input format: plain text, HTML (``adapt_beautifulsoup``), JSON, JSONL and CSV
records -> ``Article`` records.

A record or file that cannot be read becomes an ``Article`` with status ``error`` and a one-line
reason (``error_article``); only a CSV without the text column raises ``InputError``, since then no
row of it can be read.
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
from .header import normalize_date, parse_header

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


def from_text(doc_id: str, path: str, text: str, published: str | None = None, title: str = "",
              source: str | None = None) -> Article:
    header = parse_header(text)
    body_text = text[header.end:]
    status = "ok" if body_text.strip() else "empty"
    return Article(
        doc_id=doc_id, path=path, text=text, title=title or first_line(body_text)[:500],
        published=normalize_date(published) or header.published, source=source, language=header.language,
        status=status, error="" if status == "ok" else "no text", header_end=header.end,
    )


def adapt_beautifulsoup(html: str) -> tuple[str, str, str | None]:
    """(text, title, published) of an HTML page: scripts, styles and templates never become text."""
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
    published = None
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in HTML_DATE_META and meta.get("content"):
            published = normalize_date(meta["content"])
            if published:
                break
    if published is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        published = normalize_date(time_tag["datetime"]) if time_tag else None
    body = soup.body or soup
    lines = [" ".join(line.split()) for line in body.get_text("\n").splitlines()]
    text = "\n".join(line for line in lines if line)
    return text, title, published


def from_html(doc_id: str, path: Path, html: str) -> Article:
    text, title, published = adapt_beautifulsoup(html)
    return from_text(doc_id, str(path), text, published=published, title=title)


def from_record(record: dict, doc_id: str, path: str, fields: Fields) -> Article:
    text = record.get(fields.text)
    if not isinstance(text, str):
        return error_article(doc_id, path, f"record has no text in field {fields.text!r}")
    return from_text(
        doc_id, path, text, published=record.get(fields.date), title=str(record.get(fields.title) or ""),
        source=record.get(fields.source) or None,
    )


def record_id(record: dict, fields: Fields, fallback: str) -> str:
    value = record.get(fields.id) if isinstance(record, dict) else None
    return str(value) if value not in (None, "") else fallback


def from_jsonl(path: Path, text: str, fields: Fields) -> Iterator[Article]:
    stem = path.with_suffix("").name
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fallback = f"{stem}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield error_article(fallback, path, f"line {number}: malformed JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            yield error_article(fallback, path, f"line {number}: a JSON object was expected")
            continue
        yield from_record(record, record_id(record, fields, fallback), str(path), fields)


def from_json(path: Path, text: str, fields: Fields) -> Iterator[Article]:
    stem = path.with_suffix("").name
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield error_article(stem, path, f"malformed JSON ({err.msg} at line {err.lineno})")
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
        yield from_record(record, record_id(record, fields, fallback), str(path), fields)


def csv_columns(text: str) -> list[str]:
    """The header row of a CSV text (``[]`` for an empty one)."""
    return next(csv.reader(io.StringIO(text)), [])


def from_csv(path: Path, text: str, fields: Fields) -> Iterator[Article]:
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if fields.text not in (reader.fieldnames or []):
        raise InputError(f"{path}: no column {fields.text!r}; name the text column with --text-field")
    stem = path.with_suffix("").name
    for number, record in enumerate(reader, start=1):
        yield from_record(record, record_id(record, fields, f"{stem}:{number}"), str(path), fields)
