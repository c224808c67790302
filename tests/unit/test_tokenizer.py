"""Bounded sentences and clauses of the razdel tokenizer (pipeline/components/tokenizer.py)."""
from __future__ import annotations

import pytest

from pipeline.components.tokenizer import MAX_CLAUSE, MAX_SENTENCE, bounded


def starts_of(text: str, max_sentence: int, max_clause: int) -> list[str]:
    words = text.split()
    flags = bounded(words, [True] + [False] * (len(words) - 1), max_sentence, max_clause)
    return [word for word, flag in zip(words, flags) if flag]


@pytest.mark.parametrize("text, max_sentence, max_clause, starts", [
    ("a b , c d , e f g", 20, 20, ["a"]),  # within both bounds: unchanged
    ("a b , c d , e f g", 6, 20, ["a", "e"]),  # too long: cut after its last clause mark within the bound
    ("a b , c d e f g h", 6, 20, ["a", "c"]),
    ("a b c d e f g h", 3, 20, ["a", "d", "g"]),  # no clause mark: cut at the bound
    ("a b c d e , f g", 20, 2, ["a", "c", "e"]),  # a clause without punctuation is cut at its bound
    ("a b . c d e", 20, 2, ["a", "e"]),  # any punctuation ends a clause, not only a clause mark
])
def test_tokenizer_bounded_cuts(text, max_sentence, max_clause, starts):
    assert starts_of(text, max_sentence, max_clause) == starts


def test_tokenizer_bounded_keeps_razdel_starts_and_whitespace():
    words = ["a", " ", "b", "\n", "c", "d", "e"]
    flags = bounded(words, [True, False, False, False, True, False, False], 2, 2)
    assert flags == [True, False, False, False, True, False, True]


@pytest.mark.parametrize("text", [
    "Лавров провел переговоры с Ваном И в Пекине " * 300,  # the run-on sentence
    "Иран, США, Оман, Катар, " * 400,  # a list without a stop
])
def test_tokenizer_sentences_and_clauses_are_bounded(nlp, text):
    doc = nlp.make_doc(text)
    sentences = [[t for t in sent if not t.is_space] for sent in doc.sents]
    assert len(sentences) > 1 and max(map(len, sentences)) <= MAX_SENTENCE
    run = longest = 0
    for token in doc:
        run = 0 if token.is_punct or token.is_sent_start else run + (not token.is_space)
        longest = max(longest, run)
    assert longest <= MAX_CLAUSE
