"""pymorphy3 lemmas, coarse POS and case for every token (no context: the first parse, proper nouns
preferred for capitalised words). Results are cached per word form inside the component."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..morph import adapt_pymorphy3, best_parse, get_morph


class Pymorphy3Lemmatizer:
    def __init__(self, name: str = "lemmatizer", cache_size: int = 200_000) -> None:
        self.name = name
        self.morph = get_morph()
        self.analyse = lru_cache(maxsize=cache_size)(self._analyse)

    def _analyse(self, word: str, capitalized: bool) -> tuple[str, str, str]:
        if not any(ch.isalpha() for ch in word):
            return word, ("PUNCT" if not any(ch.isdigit() for ch in word) else "NUM"), ""
        parse = best_parse(self.morph, word, capitalized)
        return adapt_pymorphy3(parse) if parse is not None else (word.lower(), "X", "")

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_space:
                token.pos_ = "SPACE"
                token.lemma_ = token.text  # every token has a lemma: lemma matchers need it
                continue
            lemma, pos, case = self.analyse(token.text, token.text[:1].isupper() and not token.is_sent_start)
            token.lemma_ = lemma.replace("ё", "е")
            token.pos_ = pos
            if case:
                token.set_morph(f"Case={case}")
        return doc


@Language.factory("pymorphy3_lemmatizer", default_config={"cache_size": 200_000})
def make_pymorphy3_lemmatizer(nlp: Language, name: str, cache_size: int) -> Pymorphy3Lemmatizer:
    return Pymorphy3Lemmatizer(name, cache_size)
