"""The whole-document run of slovnet's NER model gives slovnet's own tags."""
from __future__ import annotations

import numpy
import pytest
from natasha import NewsEmbedding, NewsNERTagger

from pipeline.lang.slovnet_flat import FlatNER, groups


@pytest.fixture(scope="module")
def tagger():
    return NewsNERTagger(NewsEmbedding())


PIECES = [
    [["Президент", "Казахстана", "Касым-Жомарт", "Токаев", "прибыл", "в", "Пекин", "."]],
    [["Глава", "МИД", "Омана", "Бадр", "аль-Бусаиди", "встретился", "с", "Аббасом", "Арагчи", "."],
     ["Переговоры", "прошли", "в", "Маскате", "."],
     ["Сергей", "Лавров"],
     ["По", "словам", "пресс-секретаря", "Кремля", "Дмитрия", "Пескова", ",", "встреча", "Владимира", "Путина",
      "и", "Си", "Цзиньпина", "в", "Москве", "намечена", "на", "май", ",", "а", "консультации", "МИД", "России",
      "и", "Китая", "продолжатся", "в", "Женеве", "при", "участии", "ООН", "."]],
    [["ООН"], ["в"], ["Организация", "Объединенных", "Наций", "и", "Евросоюз"]],
]


def slovnet_tags(tagger, pieces: list[list[str]]) -> list[list[str]]:
    infer = tagger.infer
    return [list(tags) for tags in infer.decoder(infer.process(infer.encoder(pieces)))]


@pytest.mark.parametrize("group", [8192, 3])  # all pieces at once, or in groups of a few words
@pytest.mark.parametrize("pieces", PIECES)
def test_slovnet_flat_tags_equal_slovnet(tagger, pieces, group):
    assert FlatNER(tagger).tags(pieces, group=group) == slovnet_tags(tagger, pieces)


@pytest.mark.parametrize("size, expected", [(4, [[1, 2], [3, 1]]), (3, [[1, 2], [3], [1]]), (2, [[1], [2], [3], [1]]),
                                            (100, [[1, 2, 3, 1]])])  # a piece longer than the size stands alone
def test_slovnet_flat_groups_of_words(size, expected):
    pieces = [["w"] * n for n in (1, 2, 3, 1)]
    assert [[len(p) for p in group] for group in groups(pieces, size)] == expected


def test_slovnet_flat_no_pieces(tagger):
    assert FlatNER(tagger).tags([]) == []


@pytest.mark.parametrize("pieces", PIECES)
def test_slovnet_flat_scores_equal_slovnet_model(tagger, pieces):
    encoded = next(tagger.infer.encoder(pieces))  # one padded batch (at most 8 pieces)
    expected = tagger.infer.model(encoded.word_id, encoded.shape_id, encoded.pad_mask)
    for n, scores in enumerate(FlatNER(tagger).emissions(pieces)):
        assert numpy.allclose(scores, expected[n, :len(pieces[n])], atol=1e-4)
