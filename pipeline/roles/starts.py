"""Which tokens of a Doc may start a position rule: those one of whose head lemmas starts a rule. Read
from arrays, each distinct (lemma, word) pair asked once and its answer kept for the next docs.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc

from ..lang.morph import lexeme_forms
from ..lang.normalize import fold
from .rules import word_head_lemmas

MAX_STARTS = 200_000
PAIR_MIX = 0x9E3779B97F4A7C15  # an odd 64-bit constant: (lemma, word) hashes to one key


class RuleStarts:
    """The head lemmas of the rules (``rule_keys``), every form of them, and the answers kept so far
    (``MAX_STARTS`` at most: then they are forgotten)."""

    def __init__(self, rule_keys: frozenset[str]) -> None:
        self.rule_keys = rule_keys
        self.head_forms = lexeme_forms(sorted(rule_keys))
        self.starts: dict[int, bool] = {}  # (lemma, word) hashes mixed -> may start a rule

    def __call__(self, doc: Doc) -> list[int]:
        """The tokens some position rule may start with (one of their head lemmas starts a rule), read
        from arrays, each distinct (lemma, word) once; the answer for each is kept (``MAX_STARTS`` at
        most), under one 64-bit key mixed from the two hashes."""
        if not len(doc):
            return []
        strings, known = doc.vocab.strings, self.starts
        pairs = doc.to_array([LEMMA, ORTH])
        keys = pairs[:, 0] * numpy.uint64(PAIR_MIX) + pairs[:, 1]  # wraps around, as hashes do
        kinds, first, inverse = numpy.unique(keys, return_index=True, return_inverse=True)
        answers = []
        for key, n in zip(kinds.tolist(), first.tolist()):
            start = known.get(key)
            if start is None:
                if len(known) >= MAX_STARTS:
                    known.clear()
                lemma, word = strings[int(pairs[n, 0])].lower(), strings[int(pairs[n, 1])]
                start = known[key] = self.may_head(lemma, word) and not self.rule_keys.isdisjoint(
                    word_head_lemmas(lemma, word))
            answers.append(start)
        return numpy.flatnonzero(numpy.array(answers, dtype=bool)[inverse.reshape(-1)]).tolist()

    def may_head(self, lemma: str, word: str) -> bool:
        """A cheap first check: the word's lemma starts a rule, or the word (or a part of it after a
        hyphen) is a form of a word that does (most words of an article are neither)."""
        lower = fold(word)
        return lemma in self.rule_keys or lower in self.head_forms or (
            "-" in lower and any(part in self.head_forms for part in lower.split("-")))
