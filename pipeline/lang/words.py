"""Closed classes of Russian words the rules read (prepositions of place and of sides, relative pronouns,
verbs of arriving, ...), one definition each, from ``data/lexicons/words.tsv``.

Loaded once, read-only; a class the file does not define is an error naming the classes it does.
"""
from __future__ import annotations

from functools import lru_cache

from ..kb.lexicons import LexiconError, data_path, read_tsv

WORDS_FILE = "lexicons/words.tsv"


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in read_tsv(data_path(WORDS_FILE), ["class", "word"]):
        classes.setdefault(row["class"], set()).add(row["word"])
    return {name: frozenset(found) for name, found in classes.items()}


def words(name: str) -> frozenset[str]:
    """The words of one class (``words("locative")``: в, во, на)."""
    classes = word_classes()
    if name not in classes:
        raise LexiconError(f"{data_path(WORDS_FILE)}: no word class {name!r}; it defines {', '.join(sorted(classes))}")
    return classes[name]
