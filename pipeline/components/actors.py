"""The actors component: every named mention gets an actor; mentions of one actor share its key.

Countries (also through capitals and seats of power used for a government), organisations,
places and persons. A person is one actor across the article: full name, surname alone in any case
form, an initial (``Дж.Коми``), a name in brackets after the name (``Скотт Хоровитц (Scott
Horowitz)``), and a position standing alone or ``он``/``она`` (``Премьер уже ...``, ``Он стал
министром``) for the person named before. A person's role, organisation and country come from all
the position phrases of its mentions (``roles``), delegation heads, and the persons gazetteer.
The publishing agency (``передает собственный корреспондент агентства Kazinform``) is the source;
its correspondent's role goes to the byline's person. The actors the text names without a name of their
own (a state by its adjective, a capital as a place) are actors too, after the named ones. The rules are in
``actors/``.

Sets ``doc._.actors`` [Actor], ``doc._.mention_actor`` {(start_char, end_char): key}, ``doc._.references``
[Reference], ``doc._.source`` and ``doc._.source_role``.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import doc as _doc  # noqa: F401
from ..actors.anaphora import link_anaphora
from ..actors.grouping import collect
from ..actors.holders import link_role_mentions
from ..actors.naming import gazetteer_index, source_of
from ..actors.profile import draft_country, finish
from ..actors.references import (
    adjective_references,
    compound_references,
    country_actor,
    elliptic_references,
    names_capital,
    seat_actor,
)
from ..doc import LAYOUT
from ..kb.datafiles import DataFiles
from ..kb.knowledge import KNOWLEDGE_FILES, Knowledge, knowledge_of, state_adjectives, state_names
from ..kb.lexicons import read_tsv
from ..records import Actor


class Actors(DataFiles):
    def build(self, paths: dict[str, Path]) -> None:
        self.knowledge = knowledge_of(paths)
        self.adjectives = state_adjectives(self.knowledge)
        self.state_names = state_names(self.knowledge)
        self.side_nouns = frozenset(row["lemma"] for row in read_tsv(paths["side_nouns"], ["lemma"]))

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = gazetteer_index(doc)
        agency, correspondent, agency_start = source_of(doc, self.knowledge, gazetteer)
        bylines = {s.start_char: ("journalist", *correspondent) for s in doc.spans.get(LAYOUT, [])
                   if s.label_ == "BYLINE"} if correspondent else {}
        drafts, people, mention_actor = collect(doc, self.knowledge, gazetteer, agency_start, doc._.roles or {},
                                                doc._.heads or {}, bylines)
        link_anaphora(doc, people, doc._.role_mentions or [], partial(draft_country, knowledge=self.knowledge))
        actors = [finish(d, self.knowledge) for d in sorted(drafts.values(), key=lambda d: d.mentions[0].start)]
        actors = link_role_mentions(actors, doc._.role_mentions or [])
        doc._.mention_actor = mention_actor
        named = {a.key: a for a in actors}
        references = compound_references(doc, self.adjectives) + adjective_references(doc, self.knowledge,
                                                                                       self.side_nouns)
        references += elliptic_references(doc, named, self.state_names)
        seats = [(ent.start, f"seat:{actor.country}") for ent in doc.ents
                 if (actor := named.get(mention_actor.get((ent.start_char, ent.end_char)))) is not None
                 and names_capital(doc, ent, actor, gazetteer.get((ent.start, ent.end)), self.knowledge)]
        doc._.actors = actors + unnamed_actors(doc, sorted([(r.start, r.key) for r in references] + seats), named,
                                               self.knowledge)
        doc._.references = references
        doc._.source = agency
        doc._.source_role = correspondent
        return doc


def unnamed_actors(doc: Doc, keys: list[tuple[int, str]], named: dict[str, Actor], knowledge: Knowledge
                   ) -> list[Actor]:
    """The actors of references (token, key) that name no actor of the text's names, in text order."""
    found: dict[str, Actor] = {}
    for start, key in keys:
        if key not in named and key not in found:
            kind, iso = key.split(":", 1)
            actor = seat_actor(iso, knowledge) if kind == "seat" else country_actor(iso, knowledge)
            found[key] = replace(actor, reference_start=doc[start].idx)
    return list(found.values())


@Language.factory("dipevents_actors", default_config={"files": {"side_nouns": "lexicons/side_nouns.tsv"},
                                                     "knowledge": KNOWLEDGE_FILES, "data_dir": None})
def make_actors(nlp: Language, name: str, files: dict[str, str], knowledge: dict[str, str], data_dir: str | None
                ) -> Actors:
    return Actors(name, files, data_dir, knowledge)
