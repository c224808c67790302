"""The one PRF record of the evaluation, on counts written by hand."""
from __future__ import annotations

import pytest

from pipeline.evaluation.prf import PRF


@pytest.mark.parametrize("gold, predicted, counts, f1", [
    ({"RUS", "USA"}, {"RUS", "CHN"}, (1, 1, 1), 0.5),
    ({"RUS"}, {"RUS"}, (1, 0, 0), 1.0),
    (set(), {"RUS"}, (0, 1, 0), 0.0),
    ({"RUS"}, set(), (0, 0, 1), 0.0),
    (set(), set(), (0, 0, 0), 0.0),
])
def test_prf_of_two_sets(gold, predicted, counts, f1):
    score = PRF.of(gold, predicted)
    assert (score.tp, score.fp, score.fn) == counts and score.f1 == pytest.approx(f1)
    assert (score.gold, score.predicted, score.found) == (len(gold), len(predicted), counts[0])


@pytest.mark.parametrize("right, predicted, found, gold, precision, recall", [
    (3, 4, 2, 5, 0.75, 0.4),  # two of ours find one gold pair: right and found differ
    (1, 2, 1, 4, 0.5, 0.25),
    (0, 0, 0, 3, 0.0, 0.0),
])
def test_prf_of_matches_keeps_right_and_found_apart(right, predicted, found, gold, precision, recall):
    score = PRF.of_matches(right, predicted, found, gold)
    assert (score.predicted, score.gold, score.tp, score.found) == (predicted, gold, right, found)
    assert (score.precision, score.recall) == (pytest.approx(precision), pytest.approx(recall))


@pytest.mark.parametrize("right, predicted, found, gold", [(3, 2, 0, 1), (0, 1, 2, 1), (-1, 1, 0, 0)])
def test_prf_of_matches_refuses_impossible_counts(right, predicted, found, gold):
    with pytest.raises(ValueError, match="impossible counts"):
        PRF.of_matches(right, predicted, found, gold)


@pytest.mark.parametrize("parts, precision, recall", [
    ([PRF.of_matches(1, 2, 1, 4), PRF.of_matches(1, 2, 2, 4)], 0.5, 0.375),
    ([PRF(1, 1, 1), PRF.of_matches(2, 2, 1, 3)], 0.75, 0.4),  # a set score plus a many-to-many one
    ([PRF(2, 0, 0), PRF()], 1.0, 1.0),
])
def test_prf_sums_counts(parts, precision, recall):
    total = sum(parts, PRF())
    assert (total.precision, total.recall) == (pytest.approx(precision), pytest.approx(recall))
    assert total.predicted == sum(p.predicted for p in parts) and total.gold == sum(p.gold for p in parts)


def test_prf_sum_of_set_scores_equals_the_score_of_the_whole():
    """``of`` keeps no separate found count, so sums of set scores compare equal to one set score."""
    assert PRF.of({1, 2}, {2, 3}) + PRF.of({4}, {4}) == PRF.of({1, 2, 4}, {2, 3, 4})
