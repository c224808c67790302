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

Offsets of both sets count characters of the files as stored (UTF-8, no BOM, ``\\n`` line breaks);
the texts are read with ``newline=""`` so that no line break is translated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from .morph import best_parse, get_morph, parses_of
from .records import Article

LABELS = ("PER", "LOC", "ORG")
NEREL_LABELS = {"PERSON": "PER", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
                "LOCATION": "LOC", "DISTRICT": "LOC", "ORGANIZATION": "ORG"}
FACTRUEVAL_LABELS = {"Person": "PER", "Location": "LOC", "LocOrg": "LOC", "Org": "ORG"}
WORD = re.compile(r"\w+(?:-\w+)*")
FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"}
NOUN_POS = {"NOUN"}


class CorpusFormatError(ValueError):
    """A gold file does not follow its format; the message names the file and line."""


# -- records ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoldEntity:
    start: int
    end: int
    label: str  # PER, LOC or ORG
    text: str


@dataclass(frozen=True)
class GoldRole:
    person: str  # the person's name as the gold gives it (any case form)
    position: str  # the position phrase (NEREL PROFESSION, factRuEval Position)


@dataclass(frozen=True)
class GoldAffiliation:
    person: str
    place: str  # the organisation, country or place the person works for


@dataclass(frozen=True)
class GoldDocument:
    doc_id: str
    text: str
    entities: tuple[GoldEntity, ...]
    roles: tuple[GoldRole, ...]
    affiliations: tuple[GoldAffiliation, ...]


@dataclass(frozen=True)
class BratEntity:
    id: str
    type: str
    spans: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True)
class BratRelation:
    id: str
    type: str
    arg1: str
    arg2: str


@dataclass(frozen=True)
class BratAnnotation:
    entities: tuple[BratEntity, ...]
    relations: tuple[BratRelation, ...]


@dataclass(frozen=True)
class FactSpan:
    id: str
    type: str  # name, surname, org_name, loc_name, job, ...
    start: int
    end: int


@dataclass(frozen=True)
class FactObject:
    id: str
    type: str  # Person, Org, Location, LocOrg, ...
    span_ids: tuple[str, ...]


@dataclass(frozen=True)
class Fact:
    id: str
    type: str  # Occupation, Meeting, Deal, ...
    slots: tuple[tuple[str, str, str], ...]  # (slot, reference: objN / spanN / '', value as given)


@dataclass(frozen=True)
class Person:
    """One of our persons as the scorers see it: name lemmas, role, and affiliation."""

    names: frozenset[str]
    role: str
    affiliation: str  # organisation and country name, space-joined


# -- brat (NEREL) ---------------------------------------------------------------------------------
def read_brat(ann: str, source: str = "<ann>") -> BratAnnotation:
    """Text-bound entities (``T``) and relations (``R``) of a brat ``.ann`` file; other lines
    (``N`` references, ``A`` attributes, ``#`` notes) are skipped."""
    entities, relations = [], []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line[0] not in "TR":
            continue
        cells = line.split("\t")
        try:
            if line[0] == "T":
                kind, _, offsets = cells[1].partition(" ")
                spans = tuple((int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";")))
                entities.append(BratEntity(cells[0], kind, spans, cells[2] if len(cells) > 2 else ""))
            else:
                kind, arg1, arg2 = cells[1].split()[:3]
                relations.append(BratRelation(cells[0], kind, arg1.split(":", 1)[1], arg2.split(":", 1)[1]))
        except (IndexError, ValueError):
            raise CorpusFormatError(f"{source}:{number}: not a brat entity (T1<TAB>TYPE START END<TAB>text) "
                                    f"or relation (R1<TAB>TYPE Arg1:T1 Arg2:T2): {line[:80]!r}") from None
    return BratAnnotation(tuple(entities), tuple(relations))


def adapt_nerel(doc_id: str, text: str, annotation: BratAnnotation) -> GoldDocument:
    """NEREL entities as PER/LOC/ORG, WORKS_AS as roles, WORKPLACE as affiliations (a WORKPLACE
    of a profession goes to each person that WORKS_AS it)."""
    by_id = {e.id: e for e in annotation.entities}
    entities = {GoldEntity(e.spans[0][0], e.spans[-1][1], NEREL_LABELS[e.type], text[e.spans[0][0]:e.spans[-1][1]])
                for e in annotation.entities if e.type in NEREL_LABELS}
    works_as = [(r.arg1, r.arg2) for r in annotation.relations if r.type == "WORKS_AS"
                and r.arg1 in by_id and r.arg2 in by_id and by_id[r.arg1].type == "PERSON"]
    roles = {GoldRole(by_id[p].text, by_id[j].text) for p, j in works_as}
    affiliations = set()
    for r in annotation.relations:
        if r.type != "WORKPLACE" or r.arg1 not in by_id or r.arg2 not in by_id:
            continue
        persons = [r.arg1] if by_id[r.arg1].type == "PERSON" else [p for p, j in works_as if j == r.arg1]
        affiliations |= {GoldAffiliation(by_id[p].text, by_id[r.arg2].text) for p in persons}
    return GoldDocument(doc_id, text, tuple(sorted(entities, key=lambda e: (e.start, e.end, e.label))),
                        tuple(sorted(roles, key=str)), tuple(sorted(affiliations, key=str)))


def read_text(path: Path) -> str:
    """A corpus text exactly as stored (no line-break translation), so that offsets hold."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def read_nerel(folder: str | Path) -> list[GoldDocument]:
    """Every ``X.txt`` with an ``X.ann`` beside it in ``folder`` (NEREL's dev or train)."""
    folder = Path(folder)
    pairs = sorted(p for p in folder.glob("*.ann") if p.with_suffix(".txt").exists())
    if not pairs:
        raise CorpusFormatError(f"{folder}: no .ann files with a .txt beside them; point to NEREL's dev or train folder")
    return [adapt_nerel(p.stem, read_text(p.with_suffix(".txt")), read_brat(p.read_text(encoding="utf-8"), str(p)))
            for p in pairs]


# -- factRuEval -----------------------------------------------------------------------------------
def _records(text: str, source: str, minimum: int, what: str) -> Iterable[tuple[int, list[str]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        cells = line.split("#", 1)[0].split()
        if not cells:
            continue
        if len(cells) < minimum:
            raise CorpusFormatError(f"{source}:{number}: expected {what}, got {line[:80]!r}")
        yield number, cells


def read_factrueval_spans(text: str, source: str = "<spans>") -> tuple[FactSpan, ...]:
    """``ID TYPE START LENGTH TOKEN NTOKENS # ...``: START and LENGTH count characters."""
    spans = []
    for number, cells in _records(text, source, 4, "ID TYPE START LENGTH ..."):
        try:
            start, length = int(cells[2]), int(cells[3])
        except ValueError:
            raise CorpusFormatError(f"{source}:{number}: START and LENGTH must be integers") from None
        spans.append(FactSpan(cells[0], cells[1], start, start + length))
    return tuple(spans)


def read_factrueval_objects(text: str, source: str = "<objects>") -> tuple[FactObject, ...]:
    """``ID TYPE SPAN_ID... # ...``."""
    return tuple(FactObject(cells[0], cells[1], tuple(cells[2:]))
                 for _, cells in _records(text, source, 3, "ID TYPE SPAN_ID ..."))


def read_factrueval_coref(text: str, source: str = "<coref>") -> dict[str, tuple[str, ...]]:
    """Coreference chains: a line ``CHAIN_ID OBJECT_ID...`` followed by attribute lines, then a
    blank line. Facts refer to chains as ``objCHAIN_ID``."""
    chains: dict[str, tuple[str, ...]] = {}
    starting = True
    for line in text.splitlines():
        cells = line.split()
        if not cells:
            starting = True
            continue
        if starting and all(c.isdigit() for c in cells):
            chains[cells[0]] = tuple(cells[1:])
        starting = False
    return chains


def read_factrueval_facts(text: str, source: str = "<facts>") -> tuple[Fact, ...]:
    """Blocks ``ID TYPE`` then ``Slot [objN|spanN] value`` lines, separated by blank lines."""
    facts, slots, head = [], [], None
    for number, line in enumerate(text.splitlines() + [""], start=1):
        cells = line.split()
        if not cells:
            if head:
                facts.append(Fact(head[0], head[1], tuple(slots)))
            head, slots = None, []
        elif head is None:
            if len(cells) < 2:
                raise CorpusFormatError(f"{source}:{number}: a fact starts with 'ID TYPE', got {line[:80]!r}")
            head = (cells[0], cells[1])
        else:
            reference = cells[1] if len(cells) > 1 and re.fullmatch(r"(obj|span)\d+", cells[1]) else ""
            value = " ".join(cells[2:] if reference else cells[1:])
            slots.append((cells[0], reference, value))
    return tuple(facts)


def adapt_factrueval(doc_id: str, text: str, spans: Sequence[FactSpan], objects: Sequence[FactObject],
                     chains: dict[str, tuple[str, ...]], facts: Sequence[Fact]) -> GoldDocument:
    """Objects as PER/LOC/ORG from their first to their last span; Occupation facts as roles
    (Who, Position or Job) and affiliations (Who, Where). Persons keep the name the fact gives."""
    by_span = {s.id: s for s in spans}
    entities = set()
    for obj in objects:
        pieces = [by_span[i] for i in obj.span_ids if i in by_span]
        if obj.type in FACTRUEVAL_LABELS and pieces:
            start, end = min(p.start for p in pieces), max(p.end for p in pieces)
            entities.add(GoldEntity(start, end, FACTRUEVAL_LABELS[obj.type], text[start:end]))
    roles, affiliations = set(), set()
    for fact in facts:
        if fact.type != "Occupation":
            continue
        slots = {slot: (reference, value) for slot, reference, value in fact.slots}
        who = slots.get("Who")
        if who is None:
            continue
        position = slots.get("Position") or slots.get("Job")
        if position is not None:
            reference, value = position
            span = by_span.get(reference[4:]) if reference.startswith("span") else None
            roles.add(GoldRole(who[1], text[span.start:span.end] if span else value))
        if "Where" in slots:
            affiliations.add(GoldAffiliation(who[1], slots["Where"][1]))
    return GoldDocument(doc_id, text, tuple(sorted(entities, key=lambda e: (e.start, e.end, e.label))),
                        tuple(sorted(roles, key=str)), tuple(sorted(affiliations, key=str)))


def read_factrueval(folder: str | Path) -> list[GoldDocument]:
    """Every ``X.txt`` with ``X.spans`` and ``X.objects`` beside it (``.coref``/``.facts`` optional)."""
    folder = Path(folder)
    stems = sorted(p.with_suffix("") for p in folder.glob("*.spans")
                   if p.with_suffix(".txt").exists() and p.with_suffix(".objects").exists())
    if not stems:
        raise CorpusFormatError(f"{folder}: no .spans files with .txt and .objects beside them; "
                                "point to factRuEval's devset or testset folder")
    documents = []
    for stem in stems:
        def part(suffix: str) -> str:
            path = stem.with_suffix(suffix)
            return path.read_text(encoding="utf-8") if path.exists() else ""
        documents.append(adapt_factrueval(
            stem.name, read_text(stem.with_suffix(".txt")),
            read_factrueval_spans(part(".spans"), f"{stem}.spans"),
            read_factrueval_objects(part(".objects"), f"{stem}.objects"),
            read_factrueval_coref(part(".coref"), f"{stem}.coref"),
            read_factrueval_facts(part(".facts"), f"{stem}.facts")))
    return documents


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
    США`` -> ``пресс-секретарь``), or its last word when no word reads as a noun."""
    words = WORD.findall(position)
    for word in words:
        parses = parses_of(get_morph(), word.lower())
        if parses and parses[0].tag.POS in NOUN_POS:
            persons = [p for p in parses if p.tag.POS in NOUN_POS and "anim" in p.tag.grammemes]
            return _fold((persons or parses)[0].normal_form)  # премьера: премьер, not a first night
    return _fold(best_parse(get_morph(), words[-1].lower()).normal_form) if words else ""


# -- scoring --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PRF:
    """Precision over what we predicted, recall over the gold; counts kept for summing."""

    right: int = 0  # predicted items that are right
    predicted: int = 0
    found: int = 0  # gold items that are found
    gold: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.right + other.right, self.predicted + other.predicted, self.found + other.found,
                   self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_spans(gold: Iterable[GoldEntity], predicted: Iterable[tuple[int, int, str]]) -> dict[str, PRF]:
    """Exact-span P/R/F1 per label."""
    gold_set = {(e.start, e.end, e.label) for e in gold}
    predicted_set = set(predicted)
    scores = {}
    for label in LABELS:
        g = {x for x in gold_set if x[2] == label}
        p = {x for x in predicted_set if x[2] == label}
        scores[label] = PRF(len(g & p), len(p), len(g & p), len(g))
    return scores


def _pairs_prf(gold: list[tuple[frozenset[str], object]], people: list[tuple[frozenset[str], object]], match) -> PRF:
    def ok(g, p) -> bool:
        return bool(g[0] & p[0]) and match(g[1], p[1])
    right = sum(any(ok(g, p) for g in gold) for p in people)
    found = sum(any(ok(g, p) for p in people) for g in gold)
    return PRF(right, len(people), found, len(gold))


def score_roles(gold: Iterable[GoldRole], people: Iterable[Person]) -> PRF:
    """Gold (person, position) pairs against our persons with a role (see the module docstring)."""
    wanted = [(name_lemmas(g.person), head_lemma(g.position)) for g in gold]
    ours = [(p.names, {lemma for word in WORD.findall(p.role) for lemma in word_lemmas(word)})
            for p in people if p.role]
    return _pairs_prf(wanted, ours, lambda head, role: head in role)


@lru_cache(maxsize=4)
def country_names(data_dir: str | None = None) -> dict[tuple[str, ...], str]:
    """Lemma sequences of every country name, alias and adjective in the gazetteer -> the country's
    short name (``РФ``, ``российский`` -> Россия)."""
    from .knowledge import load_knowledge

    names = {}
    for surface, entry in load_knowledge(data_dir).entries:
        if entry.kind in ("country", "adjective"):
            names.setdefault(tuple(_first_lemma(w) for w in WORD.findall(surface)), entry.name)
    return names


def _first_lemma(word: str) -> str:
    parse = best_parse(get_morph(), word)
    return _fold(parse.normal_form if parse is not None else word)


def place_lemmas(place: str) -> frozenset[str]:
    """Content lemmas of a place or organisation, plus the short name of every country it names
    (the same state whether written ``РФ``, ``Российская Федерация`` or ``российский``)."""
    lemmas = [_first_lemma(w) for w in WORD.findall(place)]
    found = set(content_lemmas(place))
    for key, name in country_names().items():
        n = len(key)
        if any(tuple(lemmas[i:i + n]) == key for i in range(len(lemmas) - n + 1)):
            found |= content_lemmas(name)
    return frozenset(found)


def score_affiliations(gold: Iterable[GoldAffiliation], people: Iterable[Person]) -> PRF:
    """Gold (person, place) pairs against our persons with an organisation or country; countries
    compare as states, whatever name or adjective the gold gives them."""
    wanted = [(name_lemmas(g.person), place_lemmas(g.place)) for g in gold]
    ours = [(p.names, place_lemmas(p.affiliation)) for p in people if p.affiliation.strip()]
    return _pairs_prf(wanted, ours, lambda place, affiliation: bool(place & affiliation))


# -- running --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CorpusReport:
    corpus: str
    documents: int
    ours: dict[str, PRF]  # PER, LOC, ORG, roles, affiliations
    natasha: dict[str, PRF]  # PER, LOC, ORG

    def lines(self) -> list[str]:
        out = [f"{self.corpus}: {self.documents} documents",
               f"{'':14s} {'P':>6s} {'R':>6s} {'F1':>6s}   {'natasha alone':>20s}   (gold, predicted)",
               f"{'':14s} {'':20s}   {'P':>6s} {'R':>6s} {'F1':>6s}"]
        for name in (*LABELS, "roles", "affiliations"):
            s = self.ours[name]
            row = f"{name:14s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   "
            base = self.natasha.get(name)
            row += f"{base.precision:6.3f} {base.recall:6.3f} {base.f1:6.3f}" if base else f"{'-':>6s} {'-':>6s} {'-':>6s}"
            out.append(row + f"   ({s.gold}, {s.predicted})")
        out.append("natasha alone gives no roles or affiliations: '-' (n/a)")
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
    from .api import Options, extract, load

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
                                         " ".join([row.organization or "", row.country_name or ""])))
    return [spans[d.doc_id] for d in documents], [people[d.doc_id] for d in documents]


def evaluate_corpus(corpus: str, documents: Sequence[GoldDocument], nlp=None) -> CorpusReport:
    """Our NER, roles and affiliations and natasha's NER alone on the same gold documents."""
    spans, people = our_output(documents, nlp)
    baseline = natasha_spans([d.text for d in documents])
    ours = {label: PRF() for label in (*LABELS, "roles", "affiliations")}
    natasha = {label: PRF() for label in LABELS}
    for document, predicted, persons, base in zip(documents, spans, people, baseline):
        for label, score in score_spans(document.entities, predicted).items():
            ours[label] += score
        for label, score in score_spans(document.entities, base).items():
            natasha[label] += score
        ours["roles"] += score_roles(document.roles, persons)
        ours["affiliations"] += score_affiliations(document.affiliations, persons)
    return CorpusReport(corpus, len(documents), ours, natasha)
