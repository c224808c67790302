"""What the events stage reads from data/: the gazetteers' states, ordinals and date words. Loaded once per
component."""
from __future__ import annotations

from dataclasses import dataclass

from ..kb.knowledge import Knowledge, load_knowledge
from ..kb.lexicons import data_path, read_tsv, split_list
from ..lang.dates import DateWords, load_date_words


@dataclass(frozen=True)
class EventLexicon:
    knowledge: Knowledge
    ordinals: dict[str, int | None]  # ordinal lemma -> its number (очередной: None)
    date_words: DateWords
    regions: frozenset[str]  # places that are regions, not towns
    forums: dict[str, tuple[str, ...]]  # a standing format's name -> its usual members (ISO3 or names)


def load_event_lexicon(ordinals: str, dates: str, forums: str, data_dir: str | None) -> EventLexicon:
    knowledge = load_knowledge(data_dir)
    return EventLexicon(
        knowledge=knowledge,
        ordinals={row["lemma"]: (int(row["value"]) if row["value"] else None)
                  for row in read_tsv(data_path(ordinals, data_dir), ["lemma", "value"])},
        date_words=load_date_words(data_path(dates, data_dir)),
        regions=frozenset(entry.name for _, entry in knowledge.entries
                          if entry.kind == "city" and entry.subkind == "region"),
        forums={row["name"]: tuple(split_list(row["parties"]))
                for row in read_tsv(data_path(forums, data_dir), ["name", "parties", "aliases"])},
    )
