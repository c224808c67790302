"""The role classes of SCHEMA.md and what the rules know of each (a post of state, a bystander, a position
that is the article's own), from ``data/lexicons/role_classes.tsv``. Loaded once, read-only."""
from __future__ import annotations

from functools import lru_cache

from .lexicons import LexiconError, data_path, read_tsv

CLASSES_FILE = "lexicons/role_classes.tsv"
FLAGS = ("post_of_state", "bystander", "unnamed_own")


@lru_cache(maxsize=1)
def role_classes() -> dict[str, frozenset[str]]:
    """Each role class -> the flags it has."""
    found = {}
    for row in read_tsv(data_path(CLASSES_FILE), ["class", *FLAGS]):
        bad = [f for f in FLAGS if row[f] not in ("", "yes")]
        if bad:
            raise LexiconError(f"{data_path(CLASSES_FILE)}: class {row['class']}: {', '.join(bad)} is 'yes' or empty")
        found[row["class"]] = frozenset(f for f in FLAGS if row[f] == "yes")
    return found


def classes_with(flag: str) -> frozenset[str]:
    """The role classes that have a flag (``classes_with("bystander")``: journalist, spokesperson)."""
    if flag not in FLAGS:
        raise LexiconError(f"{data_path(CLASSES_FILE)}: no flag {flag!r}; the flags are {', '.join(FLAGS)}")
    return frozenset(name for name, flags in role_classes().items() if flag in flags)
