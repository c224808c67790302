"""The actors component: every named mention gets an actor; mentions of one actor share its key.

Countries (also through capitals and seats of power used for a government), organisations,
places and persons. A person is one actor across the article: full name, surname alone in any case
form, an initial (``Дж.Коми``), a name in brackets after the name (``Скотт Хоровитц (Scott
Horowitz)``), and a position standing alone or ``он``/``она`` (``Премьер уже ...``, ``Он стал
министром``) for the person named before. A person's role, organisation and country come from all
the position phrases of its mentions (``roles``), delegation heads, and the persons gazetteer.
The publishing agency (``передает собственный корреспондент агентства Kazinform``) is the source;
its correspondent's role goes to the byline's person. The rules are in ``actors/``.

Sets ``doc._.actors`` [Actor], ``doc._.mention_actor`` {(start_char, end_char): key}, ``doc._.source``
and ``doc._.source_role``.
"""
from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from .. import doc as _doc  # noqa: F401
from ..actors.anaphora import link_anaphora
from ..actors.grouping import collect
from ..actors.holders import link_role_mentions
from ..actors.naming import gazetteer_index, source_of
from ..actors.profile import draft_country, finish
from ..kb.knowledge import load_knowledge
from .layout import LAYOUT_KEY


class Actors:
    def __init__(self, name: str, data_dir: str | None = None) -> None:
        self.name = name
        self.knowledge = load_knowledge(data_dir)

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = gazetteer_index(doc)
        agency, correspondent, agency_start = source_of(doc, self.knowledge, gazetteer)
        bylines = {s.start_char: ("journalist", *correspondent) for s in doc.spans.get(LAYOUT_KEY, [])
                   if s.label_ == "BYLINE"} if correspondent else {}
        drafts, people, mention_actor = collect(doc, self.knowledge, gazetteer, agency_start, doc._.roles or {},
                                                doc._.heads or {}, bylines)
        link_anaphora(doc, people, doc._.role_mentions or [], partial(draft_country, knowledge=self.knowledge))
        actors = [finish(d, self.knowledge) for d in sorted(drafts.values(), key=lambda d: d.mentions[0].start)]
        doc._.actors = link_role_mentions(actors, doc._.role_mentions or [])
        doc._.mention_actor = mention_actor
        doc._.source = agency
        doc._.source_role = correspondent
        return doc


@Language.factory("dipevents_actors", default_config={"data_dir": None})
def make_actors(nlp: Language, name: str, data_dir: str | None) -> Actors:
    return Actors(name, data_dir)
