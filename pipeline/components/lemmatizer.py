"""pymorphy3 lemmas, coarse POS and case for every token (no context: the first parse, proper nouns
preferred for capitalised words). Results are cached per word form inside the component."""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from ..morph import adapt_pymorphy3, best_parse, get_morph

ATTRIBUTES = [LEMMA, POS, MORPH]


class Pymorphy3Lemmatizer:
    def __init__(self, name: str = "lemmatizer", cache_size: int = 50_000) -> None:
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
        lemma, pos, case = self.analyse(word, word[:1].isupper() and not sent_start)
        return lemma.replace("ё", "е"), POS_IDS[pos], f"Case={case}" if case else ""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings, morphology = doc.vocab.strings, doc.vocab.morphology
        tokens = doc.to_array([ORTH, SENT_START, IS_SPACE])  # uint64: SENT_START 1 is a start
        tokens[:, 1] = tokens[:, 1] == 1
        kinds, inverse = numpy.unique(tokens, axis=0, return_inverse=True)  # each word form once
        rows = []
        for orth, start, space in kinds.tolist():
            lemma, pos, features = self.attributes(strings[orth], bool(start), bool(space))
            rows.append((strings.add(lemma), pos, morphology.add(features)))
        doc.from_array(ATTRIBUTES, numpy.array(rows, dtype="uint64")[inverse.reshape(-1)])
        return doc


@Language.factory("pymorphy3_lemmatizer", default_config={"cache_size": 50_000})
def make_pymorphy3_lemmatizer(nlp: Language, name: str, cache_size: int) -> Pymorphy3Lemmatizer:
    return Pymorphy3Lemmatizer(name, cache_size)
