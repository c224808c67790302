"""Mentions, roles and affiliations scored against two public Russian gold sets: NEREL (brat
``.txt`` + ``.ann``) and factRuEval-2016 (``.txt`` + ``.spans``/``.objects``/``.coref``/``.facts``).

- NER: P/R/F1 per label on exact character spans. NEREL ``PERSON`` -> PER; ``COUNTRY``, ``CITY``,
  ``STATE_OR_PROVINCE``, ``LOCATION``, ``DISTRICT`` -> LOC; ``ORGANIZATION`` -> ORG. factRuEval
  ``Person`` -> PER, ``Location`` and ``LocOrg`` -> LOC, ``Org`` -> ORG (an object spans its first
  to its last span). Nested gold entities all count; a discontinuous brat entity spans its outer extent.
- Roles: a gold (person, position) pair (NEREL ``WORKS_AS``, factRuEval ``Occupation`` Who/Position)
  is found when one of our persons with a shared name token (compared on lemmas) has a role that
  contains the lemma of the position's head noun. One of our persons with a role is right when it
  finds some gold pair of its article.
- Affiliations: a gold (person, place or organisation) pair (NEREL ``WORKPLACE``, from the person or
  from the profession a ``WORKS_AS`` gives the person; factRuEval ``Occupation`` Who/Where) is found
  when the same person has an organisation or country name sharing a content lemma with it. A
  country's other names and adjectives (``РФ``, ``британский``) count as its short name.
- Beside ours, the NER of natasha's ``NewsNERTagger`` alone on the same texts; natasha gives no
  roles, so its role and affiliation scores are n/a.

The gold sets are read by ``corpus_readers``. ``--errors N`` lists the gold pairs we miss and the
roles and affiliations we give wrongly, each with its cause (see ``role_errors``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from .corpus_readers import (FACTRUEVAL_LABELS, NEREL_LABELS, BratAnnotation, BratEntity,  # noqa: F401 (re-exported)
                             BratRelation, CorpusFormatError, Fact, FactObject, FactSpan, GoldAffiliation,
                             GoldDocument, GoldEntity, GoldRole, adapt_factrueval, adapt_nerel, read_brat,
                             read_factrueval, read_factrueval_coref, read_factrueval_facts,
                             read_factrueval_objects, read_factrueval_spans, read_nerel, read_text)
from ..lang.morph import best_parse, get_morph, parses_of
from ..records import Article
from .prf import PRF

LABELS = ("PER", "LOC", "ORG")
WORD = re.compile(r"\w+(?:-\w+)*")
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"}
NOUN_POS = {"NOUN"}
MODIFIER_POS = {"ADJF", "PRTF"}
PARTICIPLE_ENDINGS = ("щий", "вший", "нный")
AS_WRITTEN = "affil. written"  # affiliations without comparing countries as states


@dataclass(frozen=True)
class Person:
    """One of our persons as the scorers see it: name lemmas, role, and affiliation."""

    names: frozenset[str]
    role: str
    affiliation: str  # organisation and country name, space-joined
    label: str = ""  # the name as our actors table gives it, for error listings


# -- lemmas ---------------------------------------------------------------------------------------
def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=50_000)
def word_lemmas(word: str) -> frozenset[str]:
    """The word and every normal form pymorphy3 gives it (lower case, ё as е)."""
    return frozenset({_fold(word)} | {_fold(p.normal_form) for p in parses_of(get_morph(), word)})


def name_lemmas(name: str) -> frozenset[str]:
    """Lemmas of a person's name words (initials dropped); a hyphenated word also gives its long parts
    (``аль-Бусаиди``: Бусаиди, not аль)."""
    words = [w for word in WORD.findall(name) for w in [word, *(p for p in word.split("-")[1:] if len(p) > 3)]]
    return frozenset(lemma for word in words if len(word) > 1 for lemma in word_lemmas(word))


def content_lemmas(phrase: str) -> frozenset[str]:
    """Lemmas of a phrase's words, prepositions, conjunctions, particles and pronouns left out."""
    found = set()
    for word in WORD.findall(phrase):
        parse = best_parse(get_morph(), word.lower())
        if parse is not None and parse.tag.POS in FUNCTION_POS:
            continue
        found |= word_lemmas(word)
    return frozenset(found)


def head_lemma(position: str) -> str:
    """The lemma of a position phrase's head noun: its first noun (``пресс-секретарю экс-президента
    США`` -> ``пресс-секретарь``), past adjectives that agree with the next word (``главного
    тренера`` -> ``тренер``, not the noun главное); a participle used as a noun is the head itself
    when it agrees with no next word (``командующего войсками`` -> ``командующий``). The last word
    when no word reads as a noun."""
    words = WORD.findall(position)
    morph = get_morph()
    for i, word in enumerate(words):
        parses = parses_of(morph, word.lower())
        if not parses:
            continue
        first = parses[0]
        persons = [p for p in parses if p.tag.POS in NOUN_POS and "anim" in p.tag.grammemes]
        modifiers = [p for p in parses if p.tag.POS in MODIFIER_POS]
        if first.tag.POS in NOUN_POS and "anim" in first.tag.grammemes:
            return _fold(first.normal_form)
        if modifiers and _modifies(modifiers, words[i + 1:]):
            continue
        if first.tag.POS in NOUN_POS:
            return _fold((persons or parses)[0].normal_form)  # премьера: премьер, not a first night
        if first.tag.POS in MODIFIER_POS and _participle(modifiers):
            if persons:
                return _fold(persons[0].normal_form)  # нападающий
            form = first.inflect({"nomn", "sing", "masc"})
            return _fold(form.word if form is not None else first.normal_form)
    return _fold(best_parse(morph, words[-1].lower()).normal_form) if words else ""


def _participle(parses: list) -> bool:
    """A participle, or an adjective made of one (``командующий``, ``уполномоченный``)."""
    return any(p.tag.POS == "PRTF" or "Subx" in p.tag.grammemes or p.normal_form.endswith(PARTICIPLE_ENDINGS)
               for p in parses)


def _modifies(modifiers: list, following: Sequence[str]) -> bool:
    """Does an adjective or participle agree with the next word, a noun, adjective or participle
    (ordinals and ``и`` skipped: ``командующего 58-й армии``: no; ``главным управляющим``,
    ``чрезвычайный и полномочный посол``: yes)? Abbreviations (``ведущего КВН``) and words that read
    first as no noun or adjective (``по``) agree with nothing."""
    word = next((w for w in following if not any(ch.isdigit() for ch in w) and w.lower() != "и"), "")
    parses = parses_of(get_morph(), word.lower()) if word else []
    if word.isupper() or not parses or parses[0].tag.POS not in NOUN_POS | MODIFIER_POS:
        return False
    return any(_agree(m.tag, p.tag) for m in modifiers for p in parses if p.tag.POS in NOUN_POS | MODIFIER_POS)


def _agree(modifier, noun) -> bool:
    if modifier.case != noun.case or modifier.number != noun.number:
        return False
    if modifier.case == "accs" and {"anim", "inan"} & set(modifier.grammemes) - set(noun.grammemes) \
            and {"anim", "inan"} & set(noun.grammemes):
        return False  # возглавлявшего (animate accusative) аппарат (inanimate)
    return modifier.number == "plur" or noun.gender is None or "ms-f" in noun.grammemes or modifier.gender == noun.gender


# -- scoring --------------------------------------------------------------------------------------
def score_spans(gold: Iterable[GoldEntity], predicted: Iterable[tuple[int, int, str]]) -> dict[str, PRF]:
    """Exact-span P/R/F1 per label."""
    gold_set = {(e.start, e.end, e.label) for e in gold}
    predicted_set = set(predicted)
    scores = {}
    for label in LABELS:
        g = {x for x in gold_set if x[2] == label}
        p = {x for x in predicted_set if x[2] == label}
        scores[label] = PRF.of(g, p)
    return scores


def _pairs_prf(gold: list[tuple[frozenset[str], object]], people: list[tuple[frozenset[str], object]], match) -> PRF:
    def ok(g, p) -> bool:
        return bool(g[0] & p[0]) and match(g[1], p[1])
    right = sum(any(ok(g, p) for g in gold) for p in people)
    found = sum(any(ok(g, p) for p in people) for g in gold)
    return PRF.of_matches(right, len(people), found, len(gold))


def role_lemmas(role: str) -> frozenset[str]:
    return frozenset(lemma for word in WORD.findall(role) for lemma in word_lemmas(word))


def score_roles(gold: Iterable[GoldRole], people: Iterable[Person]) -> PRF:
    """Gold (person, position) pairs against our persons with a role (see the module docstring)."""
    wanted = [(name_lemmas(g.person), head_lemma(g.position)) for g in gold]
    ours = [(p.names, role_lemmas(p.role)) for p in people if p.role]
    return _pairs_prf(wanted, ours, lambda head, role: head in role)


@lru_cache(maxsize=4)
def country_names(data_dir: str | None = None) -> dict[tuple[str, ...], str]:
    """Lemma sequences of every country name, alias and adjective in the gazetteer -> the country's
    short name (``РФ``, ``российский`` -> Россия)."""
    from ..kb.knowledge import load_knowledge

    names = {}
    for surface, entry in load_knowledge(data_dir).entries:
        if entry.kind in ("country", "adjective"):
            names.setdefault(tuple(_first_lemma(w) for w in WORD.findall(surface)), entry.name)
    return names


def _first_lemma(word: str) -> str:
    parse = best_parse(get_morph(), word)
    return _fold(parse.normal_form if parse is not None else word)


def place_lemmas(place: str, states: bool = True) -> frozenset[str]:
    """Content lemmas of a place or organisation, plus (``states``) the short name of every country
    it names (the same state whether written ``РФ``, ``Российская Федерация`` or ``российский``)."""
    found = set(content_lemmas(place))
    if not states:
        return frozenset(found)
    lemmas = [_first_lemma(w) for w in WORD.findall(place)]
    for key, name in country_names().items():
        n = len(key)
        if any(tuple(lemmas[i:i + n]) == key for i in range(len(lemmas) - n + 1)):
            found |= content_lemmas(name)
    return frozenset(found)


def score_affiliations(gold: Iterable[GoldAffiliation], people: Iterable[Person], states: bool = True) -> PRF:
    """Gold (person, place) pairs against our persons with an organisation or country; with
    ``states``, countries compare as states, whatever name or adjective the gold gives them."""
    wanted = [(name_lemmas(g.person), place_lemmas(g.place, states)) for g in gold]
    ours = [(p.names, place_lemmas(p.affiliation, states)) for p in people if p.affiliation.strip()]
    return _pairs_prf(wanted, ours, lambda place, affiliation: bool(place & affiliation))


# -- errors ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PairError:
    """A gold pair we miss, or a role or affiliation of ours that finds no gold pair, with its cause:
    ``no person`` (no person of ours shares a name word), ``no role``/``no affiliation`` (our persons
    of that name have none), ``other role``/``other affiliation`` (they have one, not the gold's);
    for ours, ``person not in gold`` (no gold pair shares a name word) or ``differs from gold``."""

    doc_id: str
    kind: str  # roles or affiliations
    cause: str
    gold: str  # person | position or place (with the head lemma for roles); empty for ours
    ours: str  # our persons of that name with their role or affiliation

    def line(self) -> str:
        return f"{self.doc_id}: {self.gold or '-'}  ~  ours: {self.ours or '-'}"


def _show(person: Person, value: str) -> str:
    return f"{person.label} [{value}]"


def pair_errors(doc_id: str, document: GoldDocument, people: Sequence[Person]) -> list[PairError]:
    """Every scorer error of one document's roles and affiliations (the rules of ``score_roles`` and
    ``score_affiliations``)."""
    errors = []
    kinds = (
        ("roles", "role", [(g.person, g.position, head_lemma(g.position)) for g in document.roles],
         lambda p: p.role, lambda gold, p: gold in role_lemmas(p.role)),
        ("affiliations", "affiliation", [(g.person, g.place, place_lemmas(g.place)) for g in document.affiliations],
         lambda p: p.affiliation.strip(), lambda gold, p: bool(gold & place_lemmas(p.affiliation))),
    )
    for kind, noun, gold, value, match in kinds:
        wanted = [(name_lemmas(person), shown, key) for person, shown, key in gold]
        for (names, shown, key), (person, _, _) in zip(wanted, gold):
            namesakes = [p for p in people if p.names & names]
            if any(value(p) and match(key, p) for p in namesakes):
                continue
            cause = "no person" if not namesakes else f"other {noun}" if any(map(value, namesakes)) else f"no {noun}"
            head = f" ({key})" if kind == "roles" else ""
            errors.append(PairError(doc_id, kind, cause, f"{person} | {shown}{head}",
                                    "; ".join(_show(p, value(p)) for p in namesakes)))
        for p in people:
            if not value(p) or any(names & p.names and match(key, p) for names, _, key in wanted):
                continue
            namesakes = [f"{shown}" for names, shown, _ in wanted if names & p.names]
            cause = "differs from gold" if namesakes else "person not in gold"
            errors.append(PairError(doc_id, kind, f"wrong {noun}: {cause}", "; ".join(namesakes), _show(p, value(p))))
    return errors


# -- running --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CorpusReport:
    corpus: str
    documents: int
    ours: dict[str, PRF]  # PER, LOC, ORG, roles, affiliations, affiliations as written
    natasha: dict[str, PRF]  # PER, LOC, ORG
    errors: tuple[PairError, ...] = ()

    def lines(self) -> list[str]:
        out = [f"{self.corpus}: {self.documents} documents",
               f"{'':14s} {'P':>6s} {'R':>6s} {'F1':>6s}   {'natasha alone':>20s}   (gold, predicted)",
               f"{'':14s} {'':20s}   {'P':>6s} {'R':>6s} {'F1':>6s}"]
        for name in (*LABELS, "roles", "affiliations", AS_WRITTEN):
            s = self.ours[name]
            row = f"{name:14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
            base = self.natasha.get(name)
            row += f"{base.precision:6.3f} {base.recall:6.3f} {base.f1:6.3f}" if base else f"{'-':>6s} {'-':>6s} {'-':>6s}"
            out.append(row + f"   ({s.gold}, {s.predicted})")
        out.append("natasha alone gives no roles or affiliations: '-' (n/a); affil. written: a country "
                   "compares only by the words the gold gives it (no РФ = Россия)")
        return out

    def error_lines(self, per_cause: int) -> list[str]:
        """The errors' causes with their counts, then up to ``per_cause`` errors of each cause."""
        groups: dict[tuple[str, str], list[PairError]] = {}
        for error in self.errors:
            groups.setdefault((error.kind, error.cause), []).append(error)
        ordered = sorted(groups.items(), key=lambda item: (item[0][0], -len(item[1])))
        out = ["errors by cause: " + ", ".join(f"{kind}/{cause} ({len(found)})" for (kind, cause), found in ordered)]
        for (kind, cause), found in ordered:
            out.append(f"{kind} / {cause}: {len(found)}")
            out += [f"  {error.line()}" for error in found[:per_cause]]
        return out


def natasha_spans(texts: Sequence[str]) -> list[set[tuple[int, int, str]]]:
    """natasha's NewsNERTagger alone (its own segmentation), spans as it gives them."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    found = []
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        found.append({(s.start, s.stop, s.type) for s in doc.spans})
    return found


def our_output(documents: Sequence[GoldDocument], nlp=None) -> tuple[list[set[tuple[int, int, str]]], list[list[Person]]]:
    """Our mentions and persons per document, from the tables of ``pipeline.extract`` (NER on
    every article: ``load(all_mentions=True)``)."""
    from ..api import Options, extract, load

    nlp = nlp or load(all_mentions=True)
    articles = [Article(doc_id=d.doc_id, path=d.doc_id, text=d.text) for d in documents]
    tables = extract(articles, nlp=nlp, options=Options(languages=None, all_mentions=True))
    spans: dict[str, set] = {d.doc_id: set() for d in documents}
    names: dict[str, list[str]] = {}
    for row in tables.mentions.itertuples():
        spans[row.doc_id].add((int(row.start), int(row.end), row.label))
        names.setdefault(row.actor_id, []).extend([row.text, row.normal])
    people: dict[str, list[Person]] = {d.doc_id: [] for d in documents}
    for row in tables.actors[tables.actors.kind == "person"].itertuples():
        words = " ".join([row.name, *row.aliases, *names.get(row.actor_id, [])])
        people[row.doc_id].append(Person(name_lemmas(words), row.role or "",
                                         " ".join([row.organization or "", row.country_name or ""]), row.name))
    return [spans[d.doc_id] for d in documents], [people[d.doc_id] for d in documents]


def evaluate_corpus(corpus: str, documents: Sequence[GoldDocument], nlp=None) -> CorpusReport:
    """Our NER, roles and affiliations and natasha's NER alone on the same gold documents."""
    spans, people = our_output(documents, nlp)
    baseline = natasha_spans([d.text for d in documents])
    ours = {label: PRF() for label in (*LABELS, "roles", "affiliations", AS_WRITTEN)}
    errors: list[PairError] = []
    natasha = {label: PRF() for label in LABELS}
    for document, predicted, persons, base in zip(documents, spans, people, baseline):
        for label, score in score_spans(document.entities, predicted).items():
            ours[label] += score
        for label, score in score_spans(document.entities, base).items():
            natasha[label] += score
        ours["roles"] += score_roles(document.roles, persons)
        ours["affiliations"] += score_affiliations(document.affiliations, persons)
        ours[AS_WRITTEN] += score_affiliations(document.affiliations, persons, states=False)
        errors += pair_errors(document.doc_id, document, persons)
    return CorpusReport(corpus, len(documents), ours, natasha, tuple(errors))
