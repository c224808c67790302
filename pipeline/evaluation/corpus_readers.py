"""The two public gold sets as ``GoldDocument`` records: NEREL (brat ``.txt`` + ``.ann``) and
factRuEval-2016 (``.txt`` + ``.spans``/``.objects``/``.coref``/``.facts``).

NEREL ``PERSON`` -> PER; ``COUNTRY``, ``CITY``, ``STATE_OR_PROVINCE``, ``LOCATION``, ``DISTRICT`` -> LOC;
``ORGANIZATION`` -> ORG; ``WORKS_AS`` gives roles, ``WORKPLACE`` affiliations. factRuEval ``Person`` ->
PER, ``Location`` and ``LocOrg`` -> LOC, ``Org`` -> ORG (an object spans its first to its last span);
``Occupation`` facts give roles (Who, Position or Job) and affiliations (Who, Where).

Offsets of both sets count characters of the files as stored (UTF-8, no BOM, ``\\n`` line breaks);
the texts are read with ``newline=""`` so that no line break is translated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

NEREL_LABELS = {"PERSON": "PER", "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC",
                "LOCATION": "LOC", "DISTRICT": "LOC", "ORGANIZATION": "ORG"}
FACTRUEVAL_LABELS = {"Person": "PER", "Location": "LOC", "LocOrg": "LOC", "Org": "ORG"}

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
