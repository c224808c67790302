"""The roles component: every position phrase around a person's name, with role_class, organisation
and country (``министр иностранных дел Омана Бадр аль-Бусаиди``; ``Бадр аль-Бусаиди, глава МИД
Омана``; ``Кравцов стал руководителем``; ``занимал пост министра``), workplaces without a position
(``возглавил «Газпром»``), positions standing alone and positions of ``он``/``она`` for the actors
component to link to a person named before, and heads of delegations. The rules are in ``roles/``.

Sets ``doc._.roles`` {PER start_char: (RoleInfo, ...)}, ``doc._.role_mentions`` [RoleInfo],
``doc._.heads`` {PER start_char: ISO3} and ``doc.spans[ROLES]`` (for display).
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import doc as _doc  # noqa: F401  (registers doc._.roles, doc._.heads)
from ..doc import ROLES
from ..kb.datafiles import DataFiles
from ..kb.knowledge import KNOWLEDGE_FILES, knowledge_of
from ..kb.lexicons import read_tsv
from ..roles.delegations import delegation_heads
from ..roles.describe import Describer
from ..roles.named import named_roles
from ..roles.phrases import PhraseFinder
from ..roles.rules import load_lexicon
from ..roles.scene import scene_of
from ..roles.unnamed import Unnamed
from ..roles.workplaces import load_workplaces


class Roles(DataFiles):
    def build(self, paths: dict[str, Path]) -> None:
        self.finder = PhraseFinder(load_lexicon(paths["rules"], paths["modifiers"]))
        self.workplaces = load_workplaces(paths["kinds"], paths["workplace_verbs"])
        self.knowledge = knowledge_of(paths)
        generic = frozenset(row["lemma"] for row in read_tsv(paths["generic"], ["lemma"]))
        self.describer = Describer(self.finder.rules, generic, self.workplaces.kinds, self.knowledge)
        self.unnamed = Unnamed(self.finder, self.describer, self.workplaces,
                               frozenset(row["lemma"] for row in read_tsv(paths["relatives"], ["lemma"])))

    def __call__(self, doc: Doc) -> Doc:
        scene = scene_of(doc)
        roles, spans = named_roles(doc, scene, self.finder, self.describer, self.workplaces)
        alone = self.unnamed.standalone(doc, scene, spans)
        pronoun_roles, pronoun_spans = self.unnamed.pronoun_subjects(doc, scene)
        doc._.roles = roles
        doc._.role_mentions = alone + pronoun_roles
        doc._.heads = delegation_heads(doc, scene.people, scene.adjective_spans, self.knowledge)
        doc.spans[ROLES] = spans + pronoun_spans
        return doc


@Language.factory(
    "dipevents_roles",
    default_config={"files": {"rules": "lexicons/roles.tsv", "modifiers": "lexicons/role_modifiers.tsv",
                              "generic": "lexicons/org_generic.tsv", "kinds": "lexicons/org_kinds.tsv",
                              "workplace_verbs": "lexicons/workplace_verbs.tsv", "relatives": "lexicons/relatives.tsv"},
                    "knowledge": KNOWLEDGE_FILES, "data_dir": None},
)
def make_roles(nlp: Language, name: str, files: dict[str, str], knowledge: dict[str, str], data_dir: str | None
               ) -> Roles:
    return Roles(name, files, data_dir, knowledge)
