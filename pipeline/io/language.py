"""Which language an article is in: the header's mark when there is one, else the letters.

Written by hand: the choice is between Russian, Ukrainian, Kazakh and English (or other), which
the letters specific to each alphabet settle; the language-ID packages on PyPI either download
models at run time or are far larger than this needs.
"""
from __future__ import annotations

import re

CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")
UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
KAZAKH = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
RUSSIAN_ONLY = re.compile("[ыэъЫЭЪ]")


def count(letters: re.Pattern, text: str) -> int:
    return len(letters.findall(text))


def detect_language(text: str, sample: int = 5000) -> str:
    """``ru``, ``uk``, ``kk``, ``en`` or ``other`` (``""`` for text with no letters)."""
    head = text[:sample]
    cyrillic, latin = count(CYRILLIC, head), count(LATIN, head)
    if not cyrillic and not latin:
        return ""
    if cyrillic >= latin:
        kazakh, ukrainian, russian = count(KAZAKH, head), count(UKRAINIAN, head), count(RUSSIAN_ONLY, head)
        if kazakh > max(2, 0.002 * cyrillic):
            return "kk"
        if ukrainian > max(2, russian):
            return "uk"
        return "ru"
    return "en" if latin > 0.5 * len(head.split()) else "other"
