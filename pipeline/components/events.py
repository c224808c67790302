"""Events: trigger mentions with their arguments, merged into one row per real interaction.

A thin spaCy component over the events stage (``pipeline/events``): the actors' mentions as slots, every
mention of an event (``events/mentions.py``), and the article's events built from them
(``events/article.py``) into ``doc._.events``.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .. import doc as _doc  # noqa: F401
from ..doc import CUES, TRIGGERS
from ..events.article import article_events
from ..events.lexicon import load_event_lexicon
from ..events.mentions import read_mentions
from ..events.slots import doc_slots
from ..kb.datafiles import DataFiles
from ..kb.knowledge import KNOWLEDGE_FILES
from .tokenizer import text_of


class Events(DataFiles):
    def build(self, paths: dict[str, Path]) -> None:
        self.lexicon = load_event_lexicon(paths)

    def __call__(self, doc: Doc) -> Doc:
        actors = {a.key: a for a in doc._.actors or []}
        cues = list(doc.spans.get(CUES, []))
        excluded = [c for c in cues if c.label_ == "NOT_EVENT"]
        excluded_tokens = {i for c in excluded for i in range(c.start, c.end)}
        triggers = filter_spans([t for t in doc.spans.get(TRIGGERS, []) if t.start not in excluded_tokens])
        slots = doc_slots(self.lexicon, doc, actors)
        mentions = read_mentions(self.lexicon, doc, triggers, cues, slots, actors)
        doc._.events = article_events(self.lexicon, doc, text_of(doc), mentions, slots, triggers, cues, actors,
                                      doc._.published)
        return doc


@Language.factory(
    "dipevents_events",
    default_config={"files": {"ordinals": "lexicons/ordinals.tsv", "dates": "lexicons/dates.tsv",
                              "forums": "lexicons/forums.tsv"},
                    "knowledge": KNOWLEDGE_FILES, "data_dir": None},
)
def make_events(nlp: Language, name: str, files: dict[str, str], knowledge: dict[str, str], data_dir: str | None
                ) -> Events:
    return Events(name, files, data_dir, knowledge)
