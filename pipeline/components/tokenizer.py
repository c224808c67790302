"""razdel tokenisation and sentence splitting as a spaCy tokenizer.

Tokens and sentences are natasha's own (razdel), so that natasha's NER and slovnet's syntax align
with spaCy tokens one to one; a line break always ends a sentence (titles, bylines, captions).
"""
from __future__ import annotations

import re
from typing import Callable

import razdel
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..morph import get_morph

LOWER = re.compile(r"[а-яё]+")
GLUED = ("во", "в", "на", "и")  # glued to the word before (состоялсяв Беларуси)


def adapt_razdel(text: str) -> tuple[list[str], list[bool], set[int]]:
    """(words, spaces, sentence start offsets) of a text, by razdel, in spaCy's convention: one
    space after a word is that word's trailing space, any other whitespace is a token of its own."""
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    tokens = [(t.start, t.stop) for t in razdel.tokenize(text)] + [(len(text), len(text))]
    for n, (start, stop) in enumerate(tokens):
        gap = text[position:start]
        if gap and words and gap[0] == " " and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
        if stop > start:
            following = text[tokens[n + 1][0]:tokens[n + 1][1]] if n + 1 < len(tokens) else ""
            parts = unglued(text[start:stop], following)
            words += parts
            spaces += [False] * len(parts)
        position = stop
    return words, spaces, {sentence.start for sentence in razdel.sentenize(text)}


def unglued(word: str, next_word: str) -> list[str]:
    """The words of a token that glues a preposition or и to the word before it where a link's space was
    lost, before a capitalised word (``состоялсяв Беларуси``, ``написалв Twitter``): a lower-case word
    pymorphy3 does not know whose stem it knows (names are left alone: ``Джабери``, ``Коболев``)."""
    if not next_word[:1].isupper() or not LOWER.fullmatch(word):
        return [word]
    morph = get_morph()
    for glue in GLUED:
        stem = word[:-len(glue)]
        if word.endswith(glue) and len(stem) >= 3 and not morph.word_is_known(word) and morph.word_is_known(stem):
            return [stem, glue]
    return [word]


def sentence_starts(words: list[str], spaces: list[bool], starts: set[int]) -> list[bool]:
    """razdel's sentence starts, plus a start after every line break; whitespace starts nothing."""
    flags, offset, new_line = [], 0, True
    for i, (word, space) in enumerate(zip(words, spaces)):
        if word.isspace():
            flags.append(i == 0)
            new_line = new_line or "\n" in word
        else:
            flags.append(i == 0 or new_line or offset in starts)
            new_line = False
        offset += len(word) + space
    return flags


TEXT_KEY = "text"


def text_of(doc: Doc) -> str:
    """The doc's text: kept by the tokenizer, since ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if not len(doc) or not isinstance(text, str) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        return doc.text
    return text


class RazdelTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = adapt_razdel(text)
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=sentence_starts(words, spaces, starts))
        doc.user_data[TEXT_KEY] = text
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
