"""Syntax where it helps: slovnet's dependency parser (natasha's) on the sentences that hold a trigger only
(cheap before expensive: most sentences of a news article name no event), words only (spaces skipped), up to
``MAX_WORDS`` words a sentence. Sets ``doc._.syntax``: {token index: (head token index or -1, relation)}."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import doc as _doc  # noqa: F401
from ..doc import TRIGGERS
from ..lang.syntax import adapt_slovnet_syntax, syntax_parser

MAX_WORDS = 120  # a longer sentence is left unparsed (the linear rules read it)


class Syntax:
    def __init__(self, name: str, requires: str | None = TRIGGERS) -> None:
        self.name = name
        self.requires = requires
        self.parser = syntax_parser()

    def __call__(self, doc: Doc) -> Doc:
        triggers = doc.spans.get(self.requires or TRIGGERS, [])
        starts = {t.sent.start for t in triggers}
        sentences = [[t for t in sent if not t.is_space] for sent in doc.sents if sent.start in starts]
        sentences = [words for words in sentences if 0 < len(words) <= MAX_WORDS]
        found: dict[int, tuple[int, str]] = {}
        for words, parsed in zip(sentences, adapt_slovnet_syntax(self.parser, [[t.text for t in w] for w in sentences])):
            for token, (head, relation) in zip(words, parsed):
                found[token.i] = (words[head].i if head >= 0 else -1, relation)
        doc._.syntax = found
        return doc


@Language.factory("dipevents_syntax", default_config={"requires": TRIGGERS})
def make_syntax(nlp: Language, name: str, requires: str | None) -> Syntax:
    """``requires``: the span group whose sentences are parsed (the triggers')."""
    return Syntax(name, requires)
