"""What counts as the same side or person in the events scorer."""
from __future__ import annotations

import pytest

from pipeline.evaluation.names import aligned, fold, name_key, same_surname, side_keys


@pytest.mark.parametrize("names, codes, keys", [
    (["Россия", "ЕС"], ["RUS"], {"RUS", "евросоюз"}),  # a known body by its gazetteer name
    (["Молдова"], ["MDA"], {"MDA"}),  # an alias of a state
    (["ЕС", "Украина", "Венгрия"], ["UKR", "HUN"], {"UKR", "HUN", "евросоюз"}),  # codes of the states only
    (["Европейский союз", "Молдавия"], [], {"MDA", "евросоюз"}),
    (["блок «Победа»", "Россия"], ["RUS"], {"RUS", "блок «победа»"}),  # unknown names compare as written
    (["Нарния"], ["XNA"], {"XNA"}),  # a code given for a name the gazetteer does not know
])
def test_names_sides_compare_by_gazetteer_keys(names, codes, keys):
    assert side_keys(names, codes) == keys


@pytest.mark.parametrize("name, key", [
    ("Россия", "RUS"), ("Российская Федерация", "RUS"), ("ЕС", "евросоюз"), ("Европейский союз", "евросоюз"),
    ("Нормандский формат", "нормандский формат"), ("ШОС", "шос"), ("Шанхайская организация сотрудничества", "шос"),
])
def test_names_key_goes_through_the_gazetteers(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("text, folded", [("Ёлкин", "елкин"), ("Пётр", "петр"), ("ЕС", "ес")])
def test_names_fold_lowers_and_drops_yo(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("a, b, same", [
    ("токаев", "токаева", True), ("хукстра", "хукстрой", True), ("путин", "путин", True),
    ("путин", "лавров", False), ("ким", "кимом", False),  # under four letters in common
])
def test_names_same_surname_in_two_normal_forms(a, b, same):
    assert same_surname(a, b) is same


def test_names_aligned_prefers_the_exact_surname():
    ours = {"токаева": {"n": 1}, "токаев": {"n": 2}, "лавров": {"n": 3}}
    assert aligned({"токаев"}, ours) == {"токаев": {"n": 2}, "токаева": {"n": 1}, "лавров": {"n": 3}}
