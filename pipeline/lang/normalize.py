"""The one text normaliser: ё read as е (the news writes either), and the folded form words and names are
compared in (lower case, ё as е). Pure functions; the nominative of names and phrases is ``lang.nominative``."""
from __future__ import annotations

YO = str.maketrans("ёЁ", "еЕ")


def yo(text: str) -> str:
    """ё and Ё as е and Е (``Артём`` -> ``Артем``), case kept."""
    return text.translate(YO)


def fold(text: str) -> str:
    """Lower case, ё as е: the form words and names are compared in."""
    return yo(text.lower())
