"""Which position rule a token starts: the roles lexicon (``data/lexicons/roles.tsv``: a rule's lemmas,
role class, canonical words; ``role_modifiers.tsv``: modifiers, copulas and post nouns) and matching its
rules from a token (``министр иностранных дел``; ``глава [российского] МИД``, adjectives skipped).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..kb.lexicons import read_tsv
from ..lang.morph import person_noun_lemmas, substantive_lemma


@dataclass(frozen=True)
class RoleRule:
    lemmas: tuple[str, ...]
    role_class: str
    canonical: str
    description: bool = False  # describes a person (дипломат, политик) rather than names a post


@dataclass(frozen=True)
class Lexicon:
    """The role heads (first lemma -> rules, longest first) and the words around them:
    ``modifiers`` kept in a role (бывший), ``copulas`` before a predicate role (стал, назначен),
    ``posts`` before a role in the genitive (пост, должность)."""

    rules: dict[str, list[RoleRule]]
    modifiers: frozenset[str]
    copulas: frozenset[str]
    posts: frozenset[str]


def load_lexicon(rules_path: Path, modifiers_path: Path) -> Lexicon:
    """The rules of ``rules_path`` (columns lemmas, class; optional canonical, kind) by first lemma,
    longest first, and the words of ``modifiers_path`` (column lemma; kind copula or post, else a modifier)."""
    rules: dict[str, list[RoleRule]] = {}
    for row in read_tsv(rules_path, ["lemmas", "class"]):
        rule = RoleRule(tuple(row["lemmas"].split()), row["class"], row.get("canonical", ""),
                        row.get("kind", "") == "description")
        rules.setdefault(rule.lemmas[0], []).append(rule)
    for bucket in rules.values():
        bucket.sort(key=lambda r: -len(r.lemmas))
    rows = read_tsv(modifiers_path, ["lemma"])
    kinds = {kind: frozenset(row["lemma"] for row in rows if row.get("kind", "") == kind) for kind in ("", "copula", "post")}
    return Lexicon(rules, kinds[""], kinds["copula"], kinds["post"])


def head_lemmas(token) -> tuple[str, ...]:
    """The token's lemma, then its lemmas as an animate noun (``премьера`` is also премьер) or as a
    participle used as a noun (``управляющим`` -> управляющий)."""
    return word_head_lemmas(token.lemma_.lower(), token.text)


@lru_cache(maxsize=100_000)
def word_head_lemmas(lemma: str, text: str) -> tuple[str, ...]:
    """``head_lemmas`` of a word form (kept: every token of every article asks)."""
    found = [lemma, *sorted(person_noun_lemmas(text) - {lemma})]
    substantive = substantive_lemma(text)
    if substantive and substantive not in found:
        found.append(substantive)
    found += [x[4:] for x in found if x.startswith("экс-")]  # экс-премьер: a former премьер
    if "-" in text.strip("-"):  # композитор-неоклассик, журналиста-расследователя; поп-певица
        parts = text.strip("-").split("-")
        found += sorted(person_noun_lemmas(parts[0]) - set(found))
        found += sorted(person_noun_lemmas(parts[-1]) - set(found))
    return tuple(found)


def match_rule(doc: Doc, i: int, end: int, rules: dict[str, list[RoleRule]]) -> RoleRule | None:
    """The rule starting at token ``i`` whose lemmas the tokens before ``end`` spell one after another
    (the token's head lemmas in turn, each one's rules longest first), or None."""
    for first in head_lemmas(doc[i]):
        for rule in rules.get(first, []):
            n = len(rule.lemmas)
            if i + n <= end and all(doc[i + k].lemma_.lower() == rule.lemmas[k] for k in range(1, n)):
                return rule
    return None


def rule_over(doc: Doc, indices: list[int], rules: dict[str, list[RoleRule]]) -> tuple[RoleRule, int] | None:
    """The longest rule whose lemmas the tokens at ``indices`` spell from the first, adjectives between
    them skipped (``глава [казахстанского] государства``, ``глава [российского] МИД``), and the
    position in ``indices`` after its last word."""
    best = None
    for first in head_lemmas(doc[indices[0]]):
        for rule in rules.get(first, []):
            k, n = 1, 1
            while n < len(rule.lemmas) and k < len(indices):
                token = doc[indices[k]]
                if token.lemma_.lower() == rule.lemmas[n]:
                    n += 1
                elif token.pos_ != "ADJ":
                    break
                k += 1
            if n == len(rule.lemmas) and (best is None or n > len(best[0].lemmas)):
                best = (rule, k)
    return best
