"""pymorphy3 lemmas, coarse POS, case and tense for every token (no context: the first parse, proper nouns
preferred for capitalised words). Results are cached per word form inside the component."""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from ..lang.morph import adapt_pymorphy3, best_parse, get_morph
from ..lang.normalize import yo

ATTRIBUTES = [LEMMA, POS, MORPH]


class Pymorphy3Lemmatizer:
    def __init__(self, name: str = "lemmatizer", cache_size: int = 100_000) -> None:
        self.name = name
        self.morph = get_morph()
        self.analyse = lru_cache(maxsize=cache_size)(self._analyse)
        self.attributes = lru_cache(maxsize=cache_size)(self._attributes)

    def _analyse(self, word: str, capitalized: bool) -> tuple[str, str, str]:
        if not any(ch.isalpha() for ch in word):
            return word, ("PUNCT" if not any(ch.isdigit() for ch in word) else "NUM"), ""
        parse = best_parse(self.morph, word, capitalized)
        return adapt_pymorphy3(parse) if parse is not None else (word.lower(), "X", "")

    def _attributes(self, word: str, sent_start: bool, space: bool) -> tuple[str, int, str]:
        """(lemma, POS id, morph features) of a word form (at a sentence start or not). Strings, not
        hashes: a batch run frees each chunk's strings (``nlp.memory_zone``) while this cache lives on."""
        if space:
            return word, POS_IDS["SPACE"], ""
        lemma, pos, features = self.analyse(word, word[:1].isupper() and not sent_start)
        return yo(lemma), POS_IDS[pos], features

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings, morphology = doc.vocab.strings, doc.vocab.morphology
        tokens = doc.to_array([ORTH, SENT_START, IS_SPACE])  # uint64: SENT_START 1 is a start
        kinds, first, inverse = numpy.unique(tokens[:, 0], return_index=True, return_inverse=True)  # each form once

        def row(orth: int, start: bool, space: bool) -> tuple[int, int, int]:
            lemma, pos, features = self.attributes(strings[orth], start, space)
            return strings.add(lemma), pos, morphology.add(features)

        spaces = tokens[first, 2].tolist()
        rows = numpy.array([row(orth, False, bool(space)) for orth, space in zip(kinds.tolist(), spaces)],
                           dtype="uint64")[inverse.reshape(-1)]
        for i in numpy.flatnonzero(tokens[:, 1] == 1).tolist():  # a capital at a sentence start says less
            rows[i] = row(int(tokens[i, 0]), True, bool(tokens[i, 2]))
        doc.from_array(ATTRIBUTES, rows)
        return doc


@Language.factory("pymorphy3_lemmatizer", default_config={"cache_size": 100_000})
def make_pymorphy3_lemmatizer(nlp: Language, name: str, cache_size: int) -> Pymorphy3Lemmatizer:
    return Pymorphy3Lemmatizer(name, cache_size)
