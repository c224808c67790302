"""Which language an article is in: the header's mark when there is one, else the letters.

Written by hand: the choice is between Russian, Ukrainian, Kazakh and English (or other), which
the letters specific to each alphabet settle; the language-ID packages on PyPI either download
models at run time or are far larger than this needs.
"""
from __future__ import annotations

UKRAINIAN = set("іїєґІЇЄҐ")
KAZAKH = set("әғқңөұүһӘҒҚҢӨҰҮҺ")
RUSSIAN_ONLY = set("ыэъЫЭЪ")


def detect_language(text: str, sample: int = 5000) -> str:
    """``ru``, ``uk``, ``kk``, ``en`` or ``other`` (``""`` for text with no letters)."""
    head = text[:sample]
    cyrillic = sum(1 for ch in head if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in head if ch.isascii() and ch.isalpha())
    if not cyrillic and not latin:
        return ""
    if cyrillic >= latin:
        kazakh = sum(1 for ch in head if ch in KAZAKH)
        ukrainian = sum(1 for ch in head if ch in UKRAINIAN)
        russian = sum(1 for ch in head if ch in RUSSIAN_ONLY)
        if kazakh > max(2, 0.002 * cyrillic):
            return "kk"
        if ukrainian > max(2, russian):
            return "uk"
        return "ru"
    return "en" if latin > 0.5 * len(head.split()) else "other"
