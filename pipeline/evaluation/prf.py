"""The one precision/recall/F1 record every scorer of the evaluation adds up (events, mentions,
roles, affiliations, meeting pairs).

Precision is over what we predicted, recall over the gold. When gold and predictions are sets,
an item in both is one true positive on both sides: ``PRF.of(gold, predicted)``. When items are
matched many to many (a gold role found by two of our persons, a pair of ours that finds two gold
pairs), the predicted items that are right and the gold items that are found are two counts:
``PRF.of_matches(right, predicted, found, gold)`` keeps both, so that sums stay exact.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    tp: int = 0  # predicted items that are right
    fp: int = 0  # predicted items that are wrong
    fn: int = 0  # gold items not found
    gold_tp: int | None = None  # gold items found, when not ``tp`` (many-to-many matches)

    @classmethod
    def of(cls, gold: set, predicted: set) -> PRF:
        """Counts of two sets of comparable keys."""
        return cls(len(gold & predicted), len(predicted - gold), len(gold - predicted))

    @classmethod
    def of_matches(cls, right: int, predicted: int, found: int, gold: int) -> PRF:
        """Counts of a many-to-many match: ``right`` of our ``predicted`` items find some gold item,
        ``found`` of the ``gold`` items are found by some item of ours."""
        if not (0 <= right <= predicted and 0 <= found <= gold):
            raise ValueError(f"impossible counts: {right} right of {predicted} predicted, {found} found of {gold} gold")
        return cls(right, predicted - right, gold - found, None if found == right else found)

    @property
    def found(self) -> int:
        """Gold items found."""
        return self.tp if self.gold_tp is None else self.gold_tp

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def gold(self) -> int:
        return self.found + self.fn

    def __add__(self, other: PRF) -> PRF:
        found = self.found + other.found
        tp = self.tp + other.tp
        return PRF(tp, self.fp + other.fp, self.fn + other.fn, None if found == tp else found)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
