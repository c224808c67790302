"""Bytes -> text: which encoding a file is in, and whether it is text at all.

UTF-8 (with or without a BOM) and UTF-16 (by its BOM, or by its shape without one) come first; other
bytes go to charset_normalizer, limited to the Cyrillic single-byte encodings (``adapt_charset_normalizer``).
Text with too many control characters is a binary file, not an article.
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

CYRILLIC_ENCODINGS = ["cp1251", "koi8_r", "utf_16", "mac_cyrillic", "cp866", "iso8859_5"]
BINARY_CONTROL_RATIO = 0.1
CONTROLS = re.compile("[\\x00-\\x08\\x0e-\\x1f]")  # control characters but \\t \\n \\v \\f \\r


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
