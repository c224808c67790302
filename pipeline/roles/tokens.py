"""Token tests the position phrases share: a span of years (``с 1991 по 1992 годы``), ``и. о.``
(исполняющий обязанности), quotes, and a bracket of Latin letters after a name (``Скотт Хоровитц
(Scott Horowitz)``).
"""
from __future__ import annotations

from spacy.tokens import Doc

YEAR_PREPOSITIONS = {"с", "по", "до", "в"}
QUOTES = {"«", "»", '"', "“", "”", "„"}
ACTING = ("и", ".", "о", ".")  # и. о., и.о.: исполняющий обязанности


def past_brackets(doc: Doc, i: int, most: int = 8) -> int:
    """The token after a bracket of Latin letters at ``i`` (``Скотт Хоровитц (Scott Horowitz), ...``),
    else ``i``."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(len(doc), i + most)) if doc[k].text == ")"), None)
    if close is None or any("а" <= ch.lower() <= "я" or ch in "ёЁ" for t in doc[i + 1:close] for ch in t.text):
        return i
    return close + 1


def dated(token) -> bool:
    """Is the token part of a span of years (``с 1991 по 1992 годы``, ``в 2010-2012 годах``)?"""
    doc, i = token.doc, token.i
    if token.like_num or token.lemma_ == "год" and i > 0 and doc[i - 1].like_num:
        return True
    return token.lower_ in YEAR_PREPOSITIONS and i + 1 < len(doc) and doc[i + 1].like_num


def acting(doc: Doc, i: int) -> bool:
    """Does ``и. о.`` (исполняющий обязанности, spaces of any kind between) start at token ``i``?"""
    return acting_end(doc, i) is not None


def acting_end(doc: Doc, i: int) -> int | None:
    """The token after ``и. о.`` starting at ``i``, or None."""
    k = 0
    while i < len(doc) and k < len(ACTING):
        if not doc[i].is_space:
            if doc[i].lower_ != ACTING[k]:
                return None
            k += 1
        i += 1
    return i if k == len(ACTING) else None
