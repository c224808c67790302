"""What the events stage reads from data/: the gazetteers' states (names, adjectives, capitals), the side
nouns (``делегация``, ``лидер``), ordinals and date words. Loaded once per component."""
from __future__ import annotations

from dataclasses import dataclass

from ..kb.knowledge import Knowledge, load_knowledge
from ..kb.lexicons import data_path, read_tsv
from ..lang.dates import DateWords, load_date_words
from ..lang.normalize import fold


@dataclass(frozen=True)
class EventLexicon:
    knowledge: Knowledge
    adjectives: dict[str, str]  # a state's adjective -> ISO3
    country_names: dict[str, str]  # a state's name, lower case, ё as е -> ISO3
    side_nouns: frozenset[str]  # nouns a state adjective makes a side of (американский лидер)
    ordinals: dict[str, int | None]  # ordinal lemma -> its number (очередной: None)
    date_words: DateWords
    regions: frozenset[str]  # places that are regions, not towns


def load_event_lexicon(ordinals: str, dates: str, side_nouns: str, data_dir: str | None) -> EventLexicon:
    knowledge = load_knowledge(data_dir)
    return EventLexicon(
        knowledge=knowledge,
        adjectives={surface: entry.country for surface, entry in knowledge.entries
                    if entry.kind == "adjective" and entry.country},
        country_names={fold(surface): entry.country for surface, entry in knowledge.entries
                       if entry.kind == "country"},
        side_nouns=frozenset(row["lemma"] for row in read_tsv(data_path(side_nouns, data_dir), ["lemma"])),
        ordinals={row["lemma"]: (int(row["value"]) if row["value"] else None)
                  for row in read_tsv(data_path(ordinals, data_dir), ["lemma", "value"])},
        date_words=load_date_words(data_path(dates, data_dir)),
        regions=frozenset(entry.name for _, entry in knowledge.entries
                          if entry.kind == "city" and entry.subkind == "region"),
    )
