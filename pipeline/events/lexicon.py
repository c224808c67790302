"""What the events stage reads from data/: the gazetteers' states, ordinals and date words. Loaded once per
component."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..kb.knowledge import Knowledge, knowledge_of
from ..kb.lexicons import read_tsv, split_list
from ..lang.dates import DateWords, load_date_words


@dataclass(frozen=True)
class EventLexicon:
    knowledge: Knowledge
    ordinals: dict[str, int | None]  # ordinal lemma -> its number (очередной: None)
    date_words: DateWords
    regions: frozenset[str]  # places that are regions, not towns
    forums: dict[str, tuple[str, ...]]  # a standing format's name -> its usual members (ISO3 or names)


def load_event_lexicon(paths: dict[str, Path]) -> EventLexicon:
    """The lexicon of the events component's files (``ordinals``, ``dates``, ``forums`` and the knowledge files)."""
    knowledge = knowledge_of(paths)
    return EventLexicon(
        knowledge=knowledge,
        ordinals={row["lemma"]: (int(row["value"]) if row["value"] else None)
                  for row in read_tsv(paths["ordinals"], ["lemma", "value"])},
        date_words=load_date_words(paths["dates"]),
        regions=frozenset(entry.name for _, entry in knowledge.entries
                          if entry.kind == "city" and entry.subkind == "region"),
        forums={row["name"]: tuple(split_list(row["parties"]))
                for row in read_tsv(paths["forums"], ["name", "parties", "aliases"])},
    )
