"""The event types and what is known of each (family, CAMEO code, PLOVER mode, hosted talks, named with the
partner alone), from ``data/lexicons/event_types.tsv``: one table for the events stage and the clusters."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..kb.lexicons import LexiconError, data_path, read_tsv

TYPES_FILE = "lexicons/event_types.tsv"


@dataclass(frozen=True)
class EventType:
    name: str
    family: str
    cameo: str
    plover_mode: str
    hosted: bool
    partner_alone: bool


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    found = {}
    for row in read_tsv(data_path(TYPES_FILE), ["type", "family", "cameo", "plover_mode", "hosted", "partner_alone"]):
        for flag in ("hosted", "partner_alone"):
            if row[flag] not in ("", "yes"):
                raise LexiconError(f"{data_path(TYPES_FILE)}: type {row['type']}: {flag} is 'yes' or empty, "
                                   f"not {row[flag]!r}")
        found[row["type"]] = EventType(row["type"], row["family"], row["cameo"], row["plover_mode"],
                                       row["hosted"] == "yes", row["partner_alone"] == "yes")
    return found


FAMILY = {name: t.family for name, t in event_types().items()}
CAMEO = {name: t.cameo for name, t in event_types().items()}
PLOVER_MODE = {name: t.plover_mode for name, t in event_types().items() if t.plover_mode}
HOSTED = frozenset(name for name, t in event_types().items() if t.hosted)
PARTNER_ALONE = frozenset(name for name, t in event_types().items() if t.partner_alone)
