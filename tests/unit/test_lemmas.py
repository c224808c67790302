"""What counts as the same position in the corpus evaluation: the head noun of a position phrase."""
from __future__ import annotations

import pytest

from pipeline.evaluation.lemmas import head_lemma


@pytest.mark.parametrize("position, head", [
    ("пресс-секретарю экс-президента США", "пресс-секретарь"),
    ("Британского премьера", "премьер"),
    ("министром иностранных дел", "министр"),
    ("главой", "глава"),
    ("главного тренера сборной", "тренер"),
    ("чрезвычайный и полномочный посол", "посол"),
    ("командующего 58-й армии", "командующий"),
    ("главным управляющим компании", "управляющий"),
    ("исполняющим обязанности губернатора", "исполняющий"),
    ("главой компании", "глава"),
    ("и.о. президента", "президент"),
])
def test_lemmas_head_lemma_is_the_first_noun(position: str, head: str):
    assert head_lemma(position) == head
