"""Readers: a folder (recursively), or single files, of articles -> ``Article`` records.

A file that cannot be read becomes an ``Article`` with status ``error`` and a one-line reason, so
that every input has its row. Only a configuration mistake that makes the whole run meaningless
(a CSV without the text column) raises ``InputError`` before any work starts.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import charset_normalizer
from bs4 import BeautifulSoup
from dateutil import parser as date_parser

from ..records import Article

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "utf_16", "mac_cyrillic", "cp866", "iso8859_5"]
HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\s]+))?[ \t]*(?:\r?\n|\Z)")
LANGUAGE_MARKS = {"ру": "ru", "ru": "ru", "рус": "ru", "en": "en", "eng": "en", "анг": "en",
                  "kz": "kk", "kk": "kk", "қаз": "kk", "каз": "kk", "ua": "uk", "uk": "uk", "укр": "uk"}
HTML_DATE_META = ("article:published_time", "og:published_time", "pubdate", "publishdate", "date",
                  "dc.date", "dc.date.issued", "datepublished", "sailthru.date", "parsely-pub-date")
BINARY_CONTROL_RATIO = 0.1
CONTROLS = re.compile("[\\x00-\\x08\\x0e-\\x1f]")  # control characters but \\t \\n \\v \\f \\r


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


def read_inputs(paths: Iterable[str | Path], fields: Fields = Fields()) -> Iterator[Article]:
    """Every article under ``paths`` (folders are walked recursively, in sorted order)."""
    for path in map(Path, paths):
        if path.is_dir():
            for file in input_files(path):
                yield from read_file(file, root=path, fields=fields)
        elif path.is_file():
            yield from read_file(path, root=path.parent, fields=fields)
        else:
            raise InputError(f"{path}: no such file or folder")


def input_files(folder: Path) -> list[Path]:
    """Article files under a folder, sorted; hidden files and folders (``.parts``, ``.git``) are not inputs."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def check_inputs(paths: Iterable[str | Path], fields: Fields = Fields()) -> None:
    """Fail early, before any work, on inputs whose configuration is wrong (CSV without the text column)."""
    for path in map(Path, paths):
        files = [p for p in input_files(path) if p.suffix.lower() == ".csv"] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".csv":
                text, _ = decode(file.read_bytes())
                header = next(csv.reader(io.StringIO(text)), [])
                if fields.text not in header:
                    raise InputError(
                        f"{file}: no column {fields.text!r} (columns: {', '.join(header) or 'none'}); "
                        f"name the text column with --text-field"
                    )


def doc_id_for(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def read_file(path: Path, root: Path, fields: Fields = Fields()) -> Iterator[Article]:
    doc_id = doc_id_for(path, root)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
        text, error = decode(data)
    except OSError as err:
        yield error_article(doc_id, path, f"cannot read file: {err.strerror or err}")
        return
    if error:
        yield error_article(doc_id, path, error)
        return
    if suffix in HTML_SUFFIXES:
        yield from_html(doc_id, path, text)
    elif suffix == ".jsonl":
        yield from from_jsonl(path, text, fields)
    elif suffix == ".json":
        yield from from_json(path, text, fields)
    elif suffix == ".csv":
        yield from from_csv(path, text, fields)
    else:
        yield from_text(doc_id, str(path), text)


def error_article(doc_id: str, path: Path | str, reason: str) -> Article:
    return Article(doc_id=doc_id, path=str(path), status="error", error=one_line(reason))


def one_line(message: str, limit: int = 300) -> str:
    return " ".join(str(message).split())[:limit]


def adapt_charset_normalizer(data: bytes) -> str | None:
    """Best Cyrillic decoding of bytes that are not UTF-8, or None when they look like no text."""
    matches = charset_normalizer.from_bytes(data, cp_isolation=CYRILLIC_ENCODINGS)
    best = matches.best()
    return str(best) if best is not None else None


def decode(data: bytes) -> tuple[str, str]:
    """(text, error): UTF-8 (BOM or not) and UTF-16 by BOM first, then Cyrillic single-byte encodings."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), ""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = looks_like_utf16(data) or adapt_charset_normalizer(data)
        if text is None:
            return "", "binary file: not text in UTF-8, UTF-16, cp1251 or koi8-r"
    if is_binary(text):
        return "", "binary file: too many control characters to be text"
    return text, ""


def looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte NUL in ASCII-heavy text, or Cyrillic in 0x04xx."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = sum(ch.isalpha() or ch.isspace() for ch in text)
        if letters > 0.8 * len(text):
            return text
    return None


def is_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    controls = sum(1 for _ in CONTROLS.finditer(sample))
    return controls / len(sample) > BINARY_CONTROL_RATIO


def parse_header(text: str) -> tuple[str | None, str | None, int]:
    """(published, language, end offset) of a ``date YYYY-MM-DD [LANG]`` first line; (None, None, 0) if absent."""
    match = HEADER.match(text)
    if not match:
        return None, None, 0
    mark = (match.group(2) or "").lower()
    return match.group(1), LANGUAGE_MARKS.get(mark, mark or None), match.end()


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def from_text(doc_id: str, path: str, text: str, published: str | None = None, title: str = "",
              source: str | None = None) -> Article:
    header_date, language, body = parse_header(text)
    body_text = text[body:]
    status = "ok" if body_text.strip() else "empty"
    return Article(
        doc_id=doc_id, path=path, text=text, title=title or first_line(body_text)[:500],
        published=normalize_date(published) or header_date, source=source, language=language,
        status=status, error="" if status == "ok" else "no text",
    )


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


def from_csv(path: Path, text: str, fields: Fields) -> Iterator[Article]:
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if fields.text not in (reader.fieldnames or []):
        raise InputError(f"{path}: no column {fields.text!r}; name the text column with --text-field")
    stem = path.with_suffix("").name
    for number, record in enumerate(reader, start=1):
        yield from_record(record, record_id(record, fields, f"{stem}:{number}"), str(path), fields)
