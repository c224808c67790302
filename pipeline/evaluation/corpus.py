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

This module runs both and makes the report. The gold sets are read by ``corpus_readers``, scored
by ``corpus_scoring``, whose names, positions and places compare by ``lemmas``. ``--errors N``
lists the gold pairs we miss and the roles and affiliations we give wrongly, each with its cause
(see ``corpus_scoring.PairError``).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Sequence

from ..io.tables import records
from ..records import Article
from .corpus_readers import GoldDocument
from .corpus_scoring import (LABELS, PairError, Person, pair_errors, score_affiliations, score_roles,
                             score_spans)
from .lemmas import name_lemmas
from .prf import PRF

AS_WRITTEN = "affil. written"  # affiliations without comparing countries as states


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
    for row in (SimpleNamespace(**r) for r in records(tables.mentions)):
        spans[row.doc_id].add((int(row.start), int(row.end), row.label))
        names.setdefault(row.actor_id, []).extend([row.text, row.normal])
    people: dict[str, list[Person]] = {d.doc_id: [] for d in documents}
    for row in (SimpleNamespace(**r) for r in records(tables.actors[tables.actors.kind == "person"])):
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
