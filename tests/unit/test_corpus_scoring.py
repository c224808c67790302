"""Span, role and affiliation scores and their errors, on hand-built gold records and persons."""
from __future__ import annotations

import pytest

from pipeline.evaluation.corpus_readers import GoldAffiliation, GoldDocument, GoldEntity, GoldRole
from pipeline.evaluation.corpus_scoring import Person, pair_errors, score_affiliations, score_roles, score_spans
from pipeline.evaluation.lemmas import name_lemmas


def test_corpus_scoring_score_spans_exact_per_label():
    gold = [GoldEntity(0, 5, "PER", ""), GoldEntity(6, 9, "LOC", ""), GoldEntity(10, 12, "ORG", "")]
    scores = score_spans(gold, {(0, 5, "PER"), (6, 10, "LOC"), (10, 12, "LOC")})
    assert (scores["PER"].precision, scores["PER"].recall) == (1.0, 1.0)
    assert (scores["LOC"].tp, scores["LOC"].predicted, scores["LOC"].gold) == (0, 2, 1)
    assert (scores["ORG"].recall, scores["ORG"].f1) == (0.0, 0.0)


@pytest.mark.parametrize("role, found", [("министр иностранных дел", True), ("посол", False), ("", False)])
def test_corpus_scoring_score_roles_by_name_token_and_head(role: str, found: bool):
    people = [Person(name_lemmas("Бадр аль-Бусаиди"), role, "")]
    score = score_roles([GoldRole("Бадра аль-Бусаиди", "министром иностранных дел Омана")], people)
    assert (score.found, score.tp) == ((1, 1) if found else (0, 0))
    assert score.predicted == (1 if role else 0)


@pytest.mark.parametrize("person, affiliation, found", [
    ("Бадр аль-Бусаиди", "МИД Омана Оман", True),
    ("Бадр аль-Бусаиди", "Иран", False),
    ("Аббас Арагчи", "МИД Омана Оман", False),
])
def test_corpus_scoring_score_affiliations_share_a_lemma(person: str, affiliation: str, found: bool):
    score = score_affiliations([GoldAffiliation("Бусаиди", "Омана")], [Person(name_lemmas(person), "", affiliation)])
    assert score.found == int(found) and score.gold == 1


@pytest.mark.parametrize("states, found", [(True, 1), (False, 0)])
def test_corpus_scoring_score_affiliations_countries_as_states_or_as_written(states: bool, found: int):
    people = [Person(name_lemmas("Сергей Лавров"), "", "МИД Россия")]
    score = score_affiliations([GoldAffiliation("Лаврова", "РФ")], people, states=states)
    assert score.found == found


@pytest.mark.parametrize("role, affiliation, causes", [
    (None, None, {("roles", "no person"), ("affiliations", "no person")}),
    ("", "", {("roles", "no role"), ("affiliations", "no affiliation")}),
    ("посол", "Иран", {("roles", "other role"), ("affiliations", "other affiliation"),
                       ("roles", "wrong role: differs from gold"), ("affiliations", "wrong affiliation: differs from gold")}),
    ("министр иностранных дел", "МИД Омана", set()),
])
def test_corpus_scoring_pair_errors_name_their_cause(role, affiliation, causes):
    document = GoldDocument("d", "", (), (GoldRole("Бадра аль-Бусаиди", "министра иностранных дел"),),
                            (GoldAffiliation("Бадра аль-Бусаиди", "Омана"),))
    people = [] if role is None else [Person(name_lemmas("Бадр аль-Бусаиди"), role, affiliation, "Бадр аль-Бусаиди")]
    assert {(e.kind, e.cause) for e in pair_errors("d", document, people)} == causes


def test_corpus_scoring_pair_errors_of_a_person_not_in_gold():
    document = GoldDocument("d", "", (), (), ())
    [error] = pair_errors("d", document, [Person(name_lemmas("Аббас Арагчи"), "министр", "", "Аббас Арагчи")])
    assert (error.kind, error.cause, error.ours) == ("roles", "wrong role: person not in gold", "Аббас Арагчи [министр]")
