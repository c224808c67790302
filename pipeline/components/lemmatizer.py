"""pymorphy3 lemmas, coarse POS and case for every token (no context: the first parse, proper nouns
preferred for capitalised words). Results are cached per word form inside the component."""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..morph import adapt_pymorphy3, best_parse, get_morph

ATTRIBUTES = [LEMMA, POS, MORPH]


class Pymorphy3Lemmatizer:
    def __init__(self, name: str = "lemmatizer", cache_size: int = 200_000) -> None:
        self.name = name
        self.morph = get_morph()
        self.analyse = lru_cache(maxsize=cache_size)(self._analyse)
        self.attributes = lru_cache(maxsize=cache_size)(self._attributes)

    def _analyse(self, word: str, capitalized: bool) -> tuple[str, str, str]:
        if not any(ch.isalpha() for ch in word):
            return word, ("PUNCT" if not any(ch.isdigit() for ch in word) else "NUM"), ""
        parse = best_parse(self.morph, word, capitalized)
        return adapt_pymorphy3(parse) if parse is not None else (word.lower(), "X", "")

    def _attributes(self, vocab: Vocab, orth: int, sent_start: bool, space: bool) -> tuple[int, int, int]:
        """(lemma hash, POS id, morph hash) of a word form (at a sentence start or not)."""
        word = vocab.strings[orth]
        capitalized = word[:1].isupper() and not sent_start
        if space:
            return vocab.strings.add(word), POS_IDS["SPACE"], vocab.morphology.add("")
        lemma, pos, case = self.analyse(word, capitalized)
        features = f"Case={case}" if case else ""
        return vocab.strings.add(lemma.replace("ё", "е")), POS_IDS[pos], vocab.morphology.add(features)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        vocab = doc.vocab
        tokens = doc.to_array([ORTH, SENT_START, IS_SPACE])  # uint64: SENT_START 1 is a start
        tokens[:, 1] = tokens[:, 1] == 1
        kinds, inverse = numpy.unique(tokens, axis=0, return_inverse=True)  # each word form once
        rows = numpy.array([self.attributes(vocab, int(orth), bool(start), bool(space))
                            for orth, start, space in kinds.tolist()], dtype="uint64")
        doc.from_array(ATTRIBUTES, rows[inverse.reshape(-1)])
        return doc


@Language.factory("pymorphy3_lemmatizer", default_config={"cache_size": 200_000})
def make_pymorphy3_lemmatizer(nlp: Language, name: str, cache_size: int) -> Pymorphy3Lemmatizer:
    return Pymorphy3Lemmatizer(name, cache_size)
