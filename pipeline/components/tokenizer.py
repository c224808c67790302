"""razdel tokenisation and sentence splitting as a spaCy tokenizer.

Tokens and sentences are natasha's own (razdel), so that natasha's NER and slovnet's syntax align
with spaCy tokens one to one; a line break always ends a sentence (titles, bylines, captions).
Sentences and clauses are bounded, so that the rule stages, which look at every pair of things in a
clause or sentence, cost no more per token however long the text: a sentence of more than
``MAX_SENTENCE`` words is cut after its last clause mark (``, ; : — –``) within that many words, and a
clause that runs ``MAX_CLAUSE`` words without any punctuation is cut there. No sentence of real news
comes near either bound (the longest in ../shared/corpora have 441 words, and 191 words without
punctuation); run-on text, lists without stops and text stripped of its punctuation do.
"""
from __future__ import annotations

import re
from typing import Callable

import razdel
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ..doc import TEXT
from ..lang.morph import get_morph

LOWER = re.compile(r"[а-яё]+")
WORD = re.compile(r"[а-яёА-ЯЁ]+")
CAPITAL = re.compile(r"(?<=[а-яё]{2})(?=[А-ЯЁ][а-яё])")  # a lower-case word, then a capitalised one
GLUED = ("во", "в", "на", "и")  # glued to the word before (состоялсяв Беларуси)
MAX_SENTENCE = 500  # words (punctuation included) in a sentence
MAX_CLAUSE = 200  # words in a row without punctuation
CLAUSE_MARKS = {",", ";", ":", "—", "–"}  # an over-long sentence is cut after one of these


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
    """The words of a token glued where a link's space was lost: a word before a capitalised one
    (``встречиЗеленского``, ``страныВиктор``: the part before the capital is a word pymorphy3 knows),
    and a preposition or и glued to the word before it, before a capitalised word (``состоялсяв Беларуси``,
    ``написалв Twitter``, ``встречиЗеленскогои Орбана``): a word pymorphy3 does not know whose stem it knows
    (names are left alone: ``Джабери``, ``Коболев``)."""
    if word[:1].islower() and not word.islower() and WORD.fullmatch(word):  # not ФосАгро
        parts = [part for part in CAPITAL.split(word) if part]
        morph = get_morph()
        if len(parts) > 1 and morph.word_is_known(parts[0]):  # its last part, a name, may glue a preposition too
            return parts[:-1] + unglued_preposition(parts[-1], next_word, morph, names=True)
        return [word]
    return unglued_preposition(word, next_word, get_morph()) if LOWER.fullmatch(word) else [word]


def unglued_preposition(word: str, next_word: str, morph, names: bool = False) -> list[str]:
    """``состоялсяв`` before ``Беларуси`` as ``состоялся`` and ``в``; any other word as it is. With
    ``names``, a stem pymorphy3 reads from its dictionary's words or endings counts as known
    (``Зеленскогои Орбана``: ``Зеленского``, a surname's form)."""
    if not next_word[:1].isupper():
        return [word]
    for glue in GLUED:
        stem = word[:-len(glue)].lower()
        if word.endswith(glue) and len(stem) >= 3 and not morph.word_is_known(word.lower()) and (
                morph.word_is_known(stem) or names and from_dictionary(morph, stem) and not from_dictionary(morph, word.lower())):
            return [word[:-len(glue)], glue]
    return [word]


def from_dictionary(morph, word: str) -> bool:
    """pymorphy3's best reading of the word comes from its dictionary (a word or a known form), not a guess."""
    return type(morph.parse(word)[0].methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


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
    return bounded(words, flags)


def bounded(words: list[str], flags: list[bool], max_sentence: int = MAX_SENTENCE,
            max_clause: int = MAX_CLAUSE) -> list[bool]:
    """The sentence starts ``flags``, with more starts so that no sentence holds more than
    ``max_sentence`` words and no clause (words between punctuation) more than ``max_clause``: an
    over-long sentence is cut after its last clause mark, or where it reaches the bound when it has none."""
    flags = list(flags)
    sentence = clause = 0  # words in the current sentence, and since its last punctuation
    cut, before_cut = None, 0  # the first word after the last clause mark, and the sentence's words before it
    after_mark = False
    for i, word in enumerate(words):
        if word.isspace():
            continue
        punctuation = not any(ch.isalnum() for ch in word)
        if after_mark and not flags[i]:
            cut, before_cut = i, sentence
        if not flags[i] and clause >= max_clause and not punctuation:
            flags[i] = True
        elif not flags[i] and sentence >= max_sentence:
            if cut is None:
                flags[i] = True
            else:
                flags[cut] = True
                sentence, cut = sentence - before_cut, None
        if flags[i]:
            sentence = clause = 0
            cut = None
        after_mark = word in CLAUSE_MARKS
        sentence += 1
        clause = 0 if punctuation else clause + 1
    return flags




def text_of(doc: Doc) -> str:
    """The doc's text: kept by the tokenizer, since ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get(TEXT)
    if not len(doc) or not isinstance(text, str) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        return doc.text
    return text


class RazdelTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = adapt_razdel(text)
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=sentence_starts(words, spaces, starts))
        doc.user_data[TEXT] = text
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
