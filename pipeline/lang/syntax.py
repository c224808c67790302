"""slovnet's syntax model (shipped with natasha) at the library boundary: a sentence's words -> each word's
head (its index in the sentence, -1 for the root) and relation (UD: nsubj, obj, obl, nmod, conj, ...)."""
from __future__ import annotations

from typing import Sequence

from natasha import NewsEmbedding, NewsSyntaxParser


def syntax_parser() -> NewsSyntaxParser:
    return NewsSyntaxParser(NewsEmbedding())


def adapt_slovnet_syntax(parser: NewsSyntaxParser, sentences: Sequence[Sequence[str]]
                         ) -> list[list[tuple[int, str]]]:
    """(head, relation) of each word of each sentence; heads index the sentence's words, -1 is the root."""
    parsed = []
    for markup in parser.map([list(words) for words in sentences]):
        ids = {token.id: n for n, token in enumerate(markup.tokens)}
        parsed.append([(ids.get(token.head_id, -1), token.rel) for token in markup.tokens])
    return parsed
