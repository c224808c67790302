"""Positions without a name next to them: those that say whose official they are (``— уточнил глава
МИД Казахстана``), those that may stand for a person named before (``Премьер уже на этой неделе ...``,
``в доме артиста``; not ``обратился к врачу``, ``главы государств возложили``), and the positions and
workplaces of ``он``/``она`` (``Он стал министром``). The actors component links them to persons.
"""
from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from ..doc import SOURCE
from ..kb.role_classes import classes_with
from ..lang.morph import (
    has_feminine,
    is_plural,
    noun_cases,
    noun_genders,
    person_in_singular,
)
from .describe import Describer, RoleInfo
from .phrases import PhraseFinder
from .rules import match_rule
from .scene import Scene
from .starts import RuleStarts
from .text import name_of
from .workplaces import WorkplaceLexicon, workplace

PRONOUNS = {"он": "masc", "она": "femn"}  # subjects that stand for the person named before
UNNAMED_CLASSES = classes_with("unnamed_own")  # корреспондент сообщает: the article's own, rarely one named before
ANAPHORIC_CASES = (["Nom"], ["Gen"])  # a position without a name stands for a person as a subject or genitive


class Unnamed:
    """Finds positions without a name with the phrase finder, reads them with the describer;
    ``relatives``: lemmas of kin (внучка) whose genitive position is another person's."""

    def __init__(self, finder: PhraseFinder, describer: Describer, workplaces: WorkplaceLexicon,
                 relatives: frozenset[str]) -> None:
        self.finder = finder
        self.describer = describer
        self.workplaces = workplaces
        self.relatives = relatives
        self.rules = finder.rules
        self.rule_starts = RuleStarts(frozenset(self.rules))

    def standalone(self, doc: Doc, scene: Scene, taken: list[Span]) -> list[RoleInfo]:
        """Role phrases without a name next to them (``taken``: the phrases of named persons) that
        name a country or may stand for a person named before."""
        people, gazetteer = scene.person_tokens, scene.gazetteer
        used = {i for s in list(taken) + list(doc.spans.get(SOURCE, [])) for i in range(s.start, s.end)}
        named = scene.org_ents.tokens | scene.place_ents.tokens
        found = []
        end_of_last = 0
        for i in self.rule_starts(doc):
            if i < end_of_last or i in used or i in people or i in named:
                continue
            rule = match_rule(doc, i, len(doc), self.rules)
            if rule is None:
                continue
            end, sent_end = i + len(rule.lemmas), doc[i].sent.end
            while end < sent_end and self.finder.compatible(doc[end], people) and (
                    doc[end].pos_ != "ADJ" or end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
                end += 1  # глава казахстанского государства, not an adjective of what follows
            anaphoric = self.anaphoric(doc, i, end, people)
            inside = gazetteer.inside(i, end)
            if anaphoric or self.describer.phrase_country(doc, i, inside):  # describe only those kept
                info = self.describer.describe(doc, i, i, end, rule, gazetteer, scene.org_ents)
                genders = noun_genders(doc[i].lower_)
                found.append(replace(info, anaphoric=anaphoric, feminine=genders == {"femn"},
                                     masculine=genders == {"masc"} and has_feminine(doc[i].lemma_),
                                     description=rule.description))
            end_of_last = end
        return found

    def anaphoric(self, doc: Doc, head: int, end: int, people: set[int]) -> bool:
        """May the position stand for a person named before: one person (singular), as a subject or
        a genitive (not after a preposition: ``обратился к врачу``), no name right after it
        (``пресс-секретарь Путина``)?"""
        token = doc[head]
        if match_rule(doc, head, end, self.rules).role_class in UNNAMED_CLASSES:
            return False
        if "nomn" in noun_cases(token.lower_, "plur"):  # главы государств возложили: many
            verb = next((t for t in doc[end:token.sent.end] if t.pos_ == "VERB"), None) \
                or next((t for t in reversed(doc[token.sent.start:head]) if t.pos_ == "VERB"), None)
            if verb is not None and is_plural(verb.text):
                return False
        governor = head - 1
        while governor >= 0 and doc[governor].pos_ == "ADJ":
            governor -= 1
        if token.morph.get("Case") == ["Gen"] and governor >= 0 and doc[governor].lemma_ in self.relatives:
            return False  # внучка бывшего вице-президента: another person
        return (token.pos_ == "NOUN" and not is_plural(token.text) and person_in_singular(token.text)
                and token.morph.get("Case") in ANAPHORIC_CASES
                and (head == 0 or doc[head - 1].pos_ != "ADP") and end not in people
                and not (end < len(doc) and doc[end].ent_type_ == "PER"))

    def pronoun_subjects(self, doc: Doc, scene: Scene) -> tuple[list[RoleInfo], list[Span]]:
        """Positions and workplaces of ``он``/``она`` (``Он стал министром``, ``В разные годы она
        возглавляла ...``), for the person named before, and the spans of those positions."""
        people, adjectives, quoted = scene.person_tokens, scene.adjectives, scene.quoted
        found, spans = [], []
        pronouns = numpy.isin(doc.to_array(LOWER), [doc.vocab.strings.add(p) for p in PRONOUNS]) if len(doc) else []
        for i in numpy.flatnonzero(pronouns).tolist():
            token = doc[i]
            if token.morph.get("Case") != ["Nom"]:
                continue
            ent = doc[token.i:token.i + 1]
            gender = {"feminine": PRONOUNS[token.lower_] == "femn", "masculine": PRONOUNS[token.lower_] == "masc",
                      "pronoun": True}
            for start, head, end, rule in (self.finder.predicate(doc, ent, people, adjectives, quoted)
                                           + self.finder.post(doc, ent, people, adjectives, quoted)):
                info = self.describer.describe(doc, start, head, end, rule, scene.gazetteer, scene.org_ents,
                                               scene.place_ents)
                if info.role:
                    found.append(replace(info, anaphoric=True, **gender))
                    spans.append(Span(doc, start, end, label=info.role_class))
            body = workplace(doc, ent, people, scene.org_ents, self.workplaces)
            if body is not None:
                found.append(RoleInfo("", "", name_of(body), self.describer.country_of(body, scene.gazetteer),
                                      body.start_char, body.end_char, anaphoric=True, **gender))
        return found, spans
