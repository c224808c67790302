"""Scores of one document against NEREL or factRuEval gold: exact-span NER per label, gold (person,
position) pairs found by our persons' roles, gold (person, place) pairs found by their organisation
or country, and every error of the last two with its cause (see ``PairError``).

A role counts when one of our persons with a shared name lemma has a role that contains the lemma of
the position's head noun; an affiliation when its organisation or country shares a content lemma
with the gold place (countries compare as states unless ``states=False``). Ours are right when they
find some gold pair of the article, so precision and recall count apart (``PRF.of_matches``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from .corpus_readers import GoldAffiliation, GoldDocument, GoldEntity, GoldRole
from .lemmas import head_lemma, name_lemmas, place_lemmas, role_lemmas
from .prf import PRF

LABELS = ("PER", "LOC", "ORG")


@dataclass(frozen=True)
class Person:
    """One of our persons as the scorers see it: name lemmas, role, and affiliation."""

    names: frozenset[str]
    role: str
    affiliation: str  # organisation and country name, space-joined
    label: str = ""  # the name as our actors table gives it, for error listings


def score_spans(gold: Iterable[GoldEntity], predicted: Iterable[tuple[int, int, str]]) -> dict[str, PRF]:
    """Exact-span P/R/F1 per label."""
    gold_set = {(e.start, e.end, e.label) for e in gold}
    predicted_set = set(predicted)
    scores = {}
    for label in LABELS:
        g = {x for x in gold_set if x[2] == label}
        p = {x for x in predicted_set if x[2] == label}
        scores[label] = PRF.of(g, p)
    return scores


def _pairs_prf(gold: list[tuple[frozenset[str], object]], people: list[tuple[frozenset[str], object]], match) -> PRF:
    def ok(g, p) -> bool:
        return bool(g[0] & p[0]) and match(g[1], p[1])
    right = sum(any(ok(g, p) for g in gold) for p in people)
    found = sum(any(ok(g, p) for p in people) for g in gold)
    return PRF.of_matches(right, len(people), found, len(gold))


def score_roles(gold: Iterable[GoldRole], people: Iterable[Person]) -> PRF:
    """Gold (person, position) pairs against our persons with a role (see the module docstring)."""
    wanted = [(name_lemmas(g.person), head_lemma(g.position)) for g in gold]
    ours = [(p.names, role_lemmas(p.role)) for p in people if p.role]
    return _pairs_prf(wanted, ours, lambda head, role: head in role)


def score_affiliations(gold: Iterable[GoldAffiliation], people: Iterable[Person], states: bool = True) -> PRF:
    """Gold (person, place) pairs against our persons with an organisation or country; with
    ``states``, countries compare as states, whatever name or adjective the gold gives them."""
    wanted = [(name_lemmas(g.person), place_lemmas(g.place, states)) for g in gold]
    ours = [(p.names, place_lemmas(p.affiliation, states)) for p in people if p.affiliation.strip()]
    return _pairs_prf(wanted, ours, lambda place, affiliation: bool(place & affiliation))


@dataclass(frozen=True)
class PairError:
    """A gold pair we miss, or a role or affiliation of ours that finds no gold pair, with its cause:
    ``no person`` (no person of ours shares a name word), ``no role``/``no affiliation`` (our persons
    of that name have none), ``other role``/``other affiliation`` (they have one, not the gold's);
    for ours, ``person not in gold`` (no gold pair shares a name word) or ``differs from gold``."""

    doc_id: str
    kind: str  # roles or affiliations
    cause: str
    gold: str  # person | position or place (with the head lemma for roles); empty for ours
    ours: str  # our persons of that name with their role or affiliation

    def line(self) -> str:
        return f"{self.doc_id}: {self.gold or '-'}  ~  ours: {self.ours or '-'}"


def _show(person: Person, value: str) -> str:
    return f"{person.label} [{value}]"


def pair_errors(doc_id: str, document: GoldDocument, people: Sequence[Person]) -> list[PairError]:
    """Every scorer error of one document's roles and affiliations (the rules of ``score_roles`` and
    ``score_affiliations``)."""
    errors = []
    kinds = (
        ("roles", "role", [(g.person, g.position, head_lemma(g.position)) for g in document.roles],
         lambda p: p.role, lambda gold, p: gold in role_lemmas(p.role)),
        ("affiliations", "affiliation", [(g.person, g.place, place_lemmas(g.place)) for g in document.affiliations],
         lambda p: p.affiliation.strip(), lambda gold, p: bool(gold & place_lemmas(p.affiliation))),
    )
    for kind, noun, gold, value, match in kinds:
        wanted = [(name_lemmas(person), shown, key) for person, shown, key in gold]
        for (names, shown, key), (person, _, _) in zip(wanted, gold):
            namesakes = [p for p in people if p.names & names]
            if any(value(p) and match(key, p) for p in namesakes):
                continue
            cause = "no person" if not namesakes else f"other {noun}" if any(map(value, namesakes)) else f"no {noun}"
            head = f" ({key})" if kind == "roles" else ""
            errors.append(PairError(doc_id, kind, cause, f"{person} | {shown}{head}",
                                    "; ".join(_show(p, value(p)) for p in namesakes)))
        for p in people:
            if not value(p) or any(names & p.names and match(key, p) for names, _, key in wanted):
                continue
            namesakes = [f"{shown}" for names, shown, _ in wanted if names & p.names]
            cause = "differs from gold" if namesakes else "person not in gold"
            errors.append(PairError(doc_id, kind, f"wrong {noun}: {cause}", "; ".join(namesakes), _show(p, value(p))))
    return errors
