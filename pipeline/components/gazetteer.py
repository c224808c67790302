"""Gazetteer: countries, capitals, country adjectives, organisations, cities, matched on lemmas.

Sets ``doc.spans["gazetteer"]`` (label = entry kind in upper case, ``kb_id_`` = entry key, ``id_`` =
index of the entry in ``Knowledge.entries``) and corrects ``doc.ents``: a gazetteer name wins over
natasha's span of the same or smaller extent; a state body followed by a country in the genitive
(``МИД Омана``, ``посольство России``) becomes one ORG span (label ``STATEORG``).
Which span lies inside which is looked up per token (``reach``, ``span_at``), never by comparing every
span with every other, so the cost stays linear in the article's length.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..doc import GAZETTEER, NESTED_PLACES, entry_of
from ..kb.datafiles import DataFiles
from ..kb.knowledge import KNOWLEDGE_FILES, Entry, knowledge_of
from ..lang.morph import best_parse, get_morph, parses_of
from ..lang.normalize import yo
from ..lang.words import words
from .lemmatizer import Pymorphy3Lemmatizer

ENT_LABELS = {"country": "LOC", "capital": "LOC", "city": "LOC", "org": "ORG"}
FUNCTION_POS = {"NPRO", "PREP", "CONJ", "PRCL", "INTJ"}
SEAT_AS_PLACE = words("seat_as_place")
INFLECTED_KINDS = {"country", "capital", "city"}  # one-word place names matched in every case form
NAME_TAGS = {"Name", "Surn", "Patr"}
CONSONANT_END = re.compile("[бвгджзклмнпрстфхцчшщ]$", re.IGNORECASE)
MASCULINE_ENDINGS = ("а", "у", "ом", "ем", "е")
MAX_NAME_READINGS = 32  # lemma sequences a person's name is matched by, its own first
KIND_PRIORITY = {"org": 0, "country": 1, "capital": 2, "city": 3, "orghead": 4, "person": 5, "adjective": 6}


def needs_capital(surface: str) -> bool:
    return surface[:1].isupper()


def pattern_docs(nlp: Language, lemmatizer: Pymorphy3Lemmatizer, surface: str) -> list[Doc]:
    """The surface name as Docs with lemmas, read as a proper name, and also as common words, except
    when a word's common reading is a function word (``Того`` is no ``тот``)."""
    words = [t.text for t in nlp.make_doc(surface) if not t.is_space]
    docs = []
    for capitalized in (True, False):
        readings = [lemmatizer.analyse(w, capitalized and w[:1].isupper()) for w in words]
        if not capitalized and any(function_word(w) for w in words):
            continue
        lemmas = [yo(lemma) for lemma, _, _ in readings]
        doc = Doc(nlp.vocab, words=words, lemmas=lemmas)
        if all(d.to_array(["LEMMA"]).tolist() != doc.to_array(["LEMMA"]).tolist() for d in docs):
            docs.append(doc)
    return docs


def inflected_lemmas(surface: str, lemmatizer: Pymorphy3Lemmatizer) -> set[str]:
    """The lemmas the lemmatizer gives a one-word place name's case forms when they are not the name's own
    (``Астану`` -> ``астан``, ``Филиппин`` -> ``филиппины``), so that every form matches; none that reads as
    a surname or patronymic (``Иванова`` is no form of Иваново)."""
    morph = get_morph()
    base = lemmatizer.analyse(surface, True)[0]
    found = set()
    for form in {f.word for parse in morph.parse(surface) if "Geox" in parse.tag for f in parse.lexeme}:
        lemma = yo(lemmatizer.analyse(form.capitalize(), True)[0])
        parse = best_parse(morph, form.capitalize(), True)
        if lemma != base and parse is not None and not {"Surn", "Patr"} & parse.tag.grammemes:
            found.add(lemma)
    return found


def name_lemmas(word: str, lemmatizer: Pymorphy3Lemmatizer) -> set[str]:
    """The lemmas the lemmatizer gives the case forms of a first name, patronymic or surname when it
    misreads them as other words (``Шольцем`` as a form of шолец, ``Олафом`` of олафома), so that a
    person's name matches in every case; not the lemmas of forms read as other names."""
    morph = get_morph()
    base = lemmatizer.analyse(word, True)[0]
    forms = {f.word for parse in parses_of(morph, word) if NAME_TAGS & parse.tag.grammemes for f in parse.lexeme
             if "plur" not in f.tag}  # one person: singular forms only
    guessed = not forms and bool(CONSONANT_END.search(word))  # a name pymorphy3 does not know (Олаф)
    if guessed:
        forms = {word.lower() + ending for ending in MASCULINE_ENDINGS}
    lemmas = set()
    for form in (f.capitalize() for f in forms):
        parse = best_parse(morph, form, True)
        if guessed or parse is None or not NAME_TAGS & parse.tag.grammemes:  # not another name (Иванова: Иван)
            lemmas.add(yo(lemmatizer.analyse(form, True)[0]))
    return lemmas - {base}


def function_word(word: str) -> bool:
    """A pronoun, preposition, conjunction or particle in its commonest reading."""
    parse = best_parse(get_morph(), word.lower())
    return parse is not None and (parse.tag.POS in FUNCTION_POS or "Apro" in parse.tag.grammemes)


def shape_ok(span: Span, entry: Entry, surface_capital: bool) -> bool:
    if entry.kind == "adjective":
        return span[0].pos_ in ("ADJ", "VERB") or span[0].text[:1].islower()
    return not surface_capital or span[0].text[:1].isupper()


def reach(spans: Iterable[Span], length: int) -> list[int]:
    """``reach[i]``: the furthest end of the spans that start at token ``i`` or before, so that a span
    from ``s`` to ``e`` lies inside one of them exactly when ``reach[s] >= e``."""
    ends = [0] * (length + 1)
    for span in spans:
        ends[span.start] = max(ends[span.start], span.end)
    return list(itertools.accumulate(ends, max))


def span_at(spans: Iterable[Span]) -> dict[int, Span]:
    """Token index -> the span over it, for spans that do not overlap (``doc.ents``)."""
    return {i: span for span in spans for i in range(span.start, span.end)}


def strictly_inside(start: int, end: int, spans: dict[int, Span]) -> bool:
    """Tokens ``start:end`` lie inside one of the (non-overlapping) spans, and are not all of it."""
    span = spans.get(start)
    return span is not None and end <= span.end and end - start < len(span)


def nested_places(doc: Doc, candidates: list[Span]) -> list[Span]:
    """Countries, capitals and cities named inside an organisation's name (``МИД Омана``, ``Конгресс
    США``, ``мэрия Москвы``), one span per token range."""
    orgs = span_at(e for e in doc.ents if e.label_ == "ORG")
    found: dict[tuple[int, int], Span] = {}
    for span in candidates:
        if span.label_ in ("COUNTRY", "CAPITAL", "CITY") and strictly_inside(span.start, span.end, orgs):
            found.setdefault((span.start, span.end), span)
    return list(found.values())


class Gazetteer(DataFiles):
    def __init__(self, nlp: Language, name: str, knowledge: dict[str, str], data_dir: str | None = None) -> None:
        super().__init__(name, {}, data_dir, knowledge)
        self.nlp = nlp

    def build(self, paths: dict[str, Path]) -> None:
        nlp = self.nlp
        self.knowledge = knowledge_of(paths)
        lemmatizer = Pymorphy3Lemmatizer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.capital = []
        readings_of = lru_cache(maxsize=None)(lambda word: sorted(name_lemmas(word, lemmatizer)))  # Владимир: once
        for index, (surface, entry) in enumerate(self.knowledge.entries):
            docs = pattern_docs(nlp, lemmatizer, surface)
            if entry.kind in INFLECTED_KINDS and len(docs[0]) == 1:
                docs += [Doc(nlp.vocab, words=[surface], lemmas=[lemma]) for lemma in inflected_lemmas(surface, lemmatizer)]
            if entry.kind == "person":
                words = [t.text for t in docs[0]]
                readings = [[t.lemma_, *readings_of(t.text)] for t in docs[0]]
                docs += [Doc(nlp.vocab, words=words, lemmas=list(lemmas))
                         for lemmas in itertools.islice(itertools.product(*readings), 1, MAX_NAME_READINGS)]
            self.matcher.add(str(index), docs)
            self.capital.append(needs_capital(surface))

    def match(self, doc: Doc) -> list[Span]:
        return filter_spans(self.candidates(doc, doc.ents))

    def candidates(self, doc: Doc, ents: Sequence[Span]) -> list[Span]:
        """Every gazetteer name in the doc, overlapping ones too, longest first at each start; none
        inside a longer person of ``ents`` (the doc's entities, made once: spaCy builds them anew on
        every access of ``doc.ents``)."""
        people = span_at(ent for ent in ents if ent.label_ == "PER")
        spans = []
        for key, start, end in self.matcher(doc):
            index = int(self.matcher.vocab.strings[key])
            entry = self.knowledge.entries[index][1]
            span = Span(doc, start, end, label=entry.kind.upper(), kb_id=entry.key, span_id=str(index))
            if shape_ok(span, entry, self.capital[index]) and not strictly_inside(start, end, people):
                spans.append(span)
        spans.sort(key=lambda s: (s.start, -len(s), KIND_PRIORITY[s.label_.lower()]))
        return spans

    def state_bodies(self, doc: Doc, spans: list[Span], ents: Sequence[Span]) -> list[Span]:
        """A state body (``МИД``, or an organisation natasha found) + a country in the genitive ->
        one span over both, keyed by the country (``МИД Омана``, ``Гидрометцентр России``)."""
        merged = []
        by_start = {s.start: s for s in spans}
        heads = [s for s in spans if s.label_ == "ORGHEAD"]
        covered = {i for s in spans for i in range(s.start, s.end)}
        heads += [e for e in ents if e.label_ == "ORG" and e.start not in covered]
        for span in heads:
            country = by_start.get(span.end)
            if country is not None and country.label_ == "COUNTRY" and country[0].morph.get("Case") != ["Nom"]:
                merged.append(Span(doc, span.start, country.end, label="STATEORG", kb_id=country.kb_id_,
                                   span_id=country.id_))
        return merged

    def ent_label(self, doc: Doc, span: Span) -> str:
        """PER/LOC/ORG of a gazetteer name; a seat of power as a place (``в Белом доме``,
        ``на Лубянке``) is a location, as the government it is an organisation."""
        if span.label_ == "ORG" and span.start and doc[span.start - 1].lower_ in SEAT_AS_PLACE \
                and entry_of(span, self.knowledge).subkind == "seat":
            return "LOC"
        return ENT_LABELS[span.label_.lower()]

    def __call__(self, doc: Doc) -> Doc:
        found = doc.ents
        candidates = self.candidates(doc, found)
        spans = filter_spans(candidates)
        bodies = self.state_bodies(doc, spans, found)
        doc.spans[GAZETTEER] = sorted(spans + bodies, key=lambda s: (s.start, -len(s)))
        named = [Span(doc, s.start, s.end, label=self.ent_label(doc, s)) for s in spans
                 if s.label_.lower() in ENT_LABELS]
        named += [Span(doc, s.start, s.end, label="ORG") for s in bodies]
        taken = {i for e in list(found) + named for i in range(e.start, e.end)}
        named += [Span(doc, s.start, s.end, label="PER") for s in spans  # persons natasha missed
                  if s.label_ == "PERSON" and not taken & set(range(s.start, s.end))]
        reach_named = reach(named, len(doc))
        ents = [e for e in found if reach_named[e.start] < e.end
                and not (len(e) == 1 and e[0].pos_ == "ADJ" and e.label_ != "PER")]  # российский is no place
        reach_ents = reach(ents, len(doc))
        kept = [n for n in named if reach_ents[n.start] < n.end]
        doc.ents = filter_spans(ents + kept)
        doc.spans[NESTED_PLACES] = nested_places(doc, candidates)
        return doc


@Language.factory("dipevents_gazetteer", default_config={"knowledge": KNOWLEDGE_FILES, "data_dir": None})
def make_gazetteer(nlp: Language, name: str, knowledge: dict[str, str], data_dir: str | None) -> Gazetteer:
    return Gazetteer(nlp, name, knowledge, data_dir)
