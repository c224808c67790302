"""Where a person works when the text names no organisation by its name: a position's genitive
dependent headed by a kind of organisation (``депутат городского совета`` -> городской совет), and
the organisation after a workplace verb (``Варичев возглавил «Михайловский ГОК»``, ``работал в
посольстве Японии``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span

from ..kb.lexicons import read_tsv
from .index import SpanIndex
from .tokens import QUOTES, past_brackets

VERB_WINDOW = 6  # tokens between the name and the verb
OBJECT_WINDOW = 3  # tokens between the verb and the organisation
CLAUSE_ENDS = {".", ";", ":", "?", "!", "(", ")"}
LEADING = {"управление", "руководство"}  # под управлением, под руководством + the leader's name


@dataclass(frozen=True)
class WorkplaceLexicon:
    kinds: frozenset[str]  # lemmas of organisation kinds (совет, посольство)
    verbs: dict[str, frozenset[str]]  # verb lemma -> prepositions before the organisation ('' direct)


def load_workplaces(kinds: Path, verbs: Path) -> WorkplaceLexicon:
    table: dict[str, set[str]] = {}
    for row in read_tsv(verbs, ["lemma", "preposition"]):
        table.setdefault(row["lemma"], set()).add(row["preposition"])
    return WorkplaceLexicon(frozenset(row["lemma"] for row in read_tsv(kinds, ["lemma"])),
                            {verb: frozenset(preps) for verb, preps in table.items()})


def kind_tail(doc: Doc, start: int, end: int, kinds: frozenset[str]) -> Span | None:
    """The first noun phrase in ``doc[start:end]`` whose noun is a kind of organisation, with its
    adjectives before and its dependents up to ``end`` (``городского совета``, ``лаборатории
    электроники``); none after a preposition (``посол в Молдове``)."""
    for k in range(start, end):
        token = doc[k]
        if token.pos_ == "ADP" or token.text in QUOTES:
            return None
        if token.lemma_ in kinds and token.pos_ == "NOUN":
            first = k
            while first > start and doc[first - 1].pos_ == "ADJ":
                first -= 1
            last = end
            while last > k + 1 and (doc[last - 1].pos_ in ("ADP", "CCONJ", "PUNCT", "ADJ") or doc[last - 1].is_space):
                last -= 1
            return doc[first:last]
    return None


def genitive_end(doc: Doc, i: int, limit: int, most: int = 4) -> int:
    """The end of the genitive dependents from token ``i`` (``посольстве Японии``)."""
    end = i
    while end < min(limit, i + most) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ") and doc[end].morph.get("Case") == ["Gen"]:
        end += 1
    return end


def named_at(doc: Doc, i: int, by_start: dict[int, Span]) -> Span | None:
    """The organisation named at token ``i``, past an opening quote."""
    if i < len(doc) and doc[i].text in QUOTES:
        i += 1
    return by_start.get(i)


def workplace(doc: Doc, ent: Span, people: set[int], orgs: SpanIndex, lexicon: WorkplaceLexicon) -> Span | None:
    """The organisation a workplace verb a few words after the name governs (``Иванов долгое время
    работал в «Газпроме»``; ``Иванов, который возглавил компанию «...»``: only a named organisation or
    a kind of one), or the one in brackets or after из right after or before the name (``Иванов
    («Спартак»)``, ``Сидоров из «Газпрома»``, ``коллега из Минкомсвязи Николай Никифоров``)."""
    by_start = orgs.at_start
    bracketed = ent.end + 1 < len(doc) and doc[ent.end].text in ("(", "из")
    if bracketed and named_at(doc, ent.end + 1, by_start) is not None:
        return named_at(doc, ent.end + 1, by_start)  # Иванов («Спартак»), Петров (ЛДПР), Сидоров из «Газпрома»
    by_end = orgs.at_end
    led = ent.start - 2
    if led > 0 and doc[led].lower_ == "под" and doc[led + 1].lemma_ in LEADING and led in by_end:
        return by_end[led]  # оркестр Мариинского театра под управлением Гергиева
    before = by_end.get(ent.start - 1 if ent.start and doc[ent.start - 1].text in QUOTES else ent.start)
    if before is not None and before.start > 1 and doc[before.start - 1 - (doc[before.start - 1].text in QUOTES)].lower_ == "из":
        return before  # коллеги из Минкомсвязи Николая Никифорова
    after = past_brackets(doc, ent.end)
    limit = min(ent.sent.end, after + VERB_WINDOW)
    for v in range(after, limit):
        token = doc[v]
        if v in people or token.text in CLAUSE_ENDS:
            return None
        prepositions = lexicon.verbs.get(token.lemma_)
        if prepositions is None or token.pos_ not in ("VERB", "ADJ"):
            continue
        for j in range(v + 1, min(ent.sent.end, v + 1 + OBJECT_WINDOW)):
            word = doc[j]
            if j in people or word.text in CLAUSE_ENDS:
                return None
            preposition = doc[j - 1].lower_ if doc[j - 1].pos_ == "ADP" else ""
            if preposition not in prepositions:
                continue
            if named_at(doc, j, by_start) is not None:
                return named_at(doc, j, by_start)
            if word.lemma_ in lexicon.kinds and word.pos_ == "NOUN":  # компанию «АрмРосГазпром»; мечеть
                return named_at(doc, j + 1, by_start) or kind_tail(doc, j, genitive_end(doc, j + 1, ent.sent.end),
                                                                  lexicon.kinds)
            if word.pos_ not in ("ADP", "ADV", "ADJ") and word.text not in QUOTES:
                break
        return None
    return None
