"""razdel tokenisation and sentence splitting as a spaCy tokenizer.

Tokens and sentences are natasha's own (razdel), so that natasha's NER and slovnet's syntax align
with spaCy tokens one to one; a line break always ends a sentence (titles, bylines, captions).
"""
from __future__ import annotations

from typing import Callable

import razdel
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab


def adapt_razdel(text: str) -> tuple[list[str], set[int]]:
    """(words, sentence start offsets) of a text, by razdel."""
    words = [token.text for token in razdel.tokenize(text)]
    starts = {sentence.start for sentence in razdel.sentenize(text)}
    return words, starts


class RazdelTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, starts = adapt_razdel(text)
        words, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        new_line = True
        for token in doc:
            if token.is_space:
                token.is_sent_start = False if token.i else True
                new_line = new_line or "\n" in token.text
                continue
            token.is_sent_start = token.i == 0 or new_line or token.idx in starts
            new_line = False
        return doc

    def to_disk(self, path, **kwargs) -> None:  # nothing to save: razdel has no state
        pass

    def from_disk(self, path, **kwargs) -> "RazdelTokenizer":
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "RazdelTokenizer":
        return self


@registry.tokenizers("dipevents.razdel_tokenizer.v1")
def create_razdel_tokenizer() -> Callable[[Language], RazdelTokenizer]:
    def create(nlp: Language) -> RazdelTokenizer:
        return RazdelTokenizer(nlp.vocab)

    return create
