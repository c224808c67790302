"""pymorphy3 at the library boundary: lemmas, coarse POS, case, and what a word may be (a name, a person, plural).

Pure functions over a ``MorphAnalyzer``; ``get_morph()`` returns one shared, read-only analyzer
per process (loading the dictionaries is the only cost worth sharing).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import pymorphy3

from .normalize import fold, yo

CASE_PRIORITY = ("nomn", "gent", "ablt", "datv", "accs", "loct", "voct", "gen2", "acc2", "loc2")
UD_CASE = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "acc2": "Acc",
           "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc"}
UD_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
          "PRTF": "ADJ", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
          "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
UD_TENSE = {"past": "Past", "pres": "Pres", "futr": "Fut"}
NAME_TAGS = {"Name", "Surn", "Patr"}
PROPER_TAGS = NAME_TAGS | {"Geox", "Orgn"}
ADJECTIVE_SURNAMES = ("ский", "цкий", "ской", "цкой")  # Пендерецкая, guessed as an adjective
ADJECTIVE_ENDINGS = ("ого", "его", "ому", "ему", "ым", "им", "ой", "ей", "ую", "юю")  # Поперечного, Толстой
NAME_PARTICLES = {"абу", "бен", "бин", "ибн", "фон", "дер", "ван", "де", "ди", "да", "дос", "дель", "ла", "ле", "эль",
                  "аль", "ас", "аш", "ат", "ад", "ан", "ар", "аз"}  # Абу Бакр, бен Ладен, фон дер Ляйен, де Голль


@lru_cache(maxsize=1)
def get_morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=60_000)
def parses_of(morph: pymorphy3.MorphAnalyzer, word: str) -> tuple:
    """pymorphy3's parses of a word; none for words it cannot read (it fails on characters that have
    no Unicode name, such as unassigned or some historic scripts). Kept: the lemmatizer, the roles and
    the actors ask for the same words."""
    try:
        return tuple(morph.parse(word))
    except ValueError:
        return ()


def adapt_pymorphy3(parse: pymorphy3.analyzer.Parse) -> tuple[str, str, str]:
    """(lemma, UD POS, UD features: ``Case=Gen``, ``Tense=Fut``, or '') of one pymorphy3 parse."""
    tag = parse.tag
    pos = UD_POS.get(tag.POS or "", "X")
    if pos == "NOUN" and PROPER_TAGS & set(tag.grammemes):
        pos = "PROPN"
    features = [f"Case={UD_CASE[tag.case]}" if tag.case in UD_CASE else "",
                f"Tense={UD_TENSE[tag.tense]}" if tag.tense in UD_TENSE else ""]
    return parse.normal_form, pos, "|".join(f for f in features if f)


def best_parse(morph: pymorphy3.MorphAnalyzer, word: str, capitalized: bool = False):
    """The first parse, or for a capitalised word the first proper-noun parse among the top few
    (None when pymorphy3 cannot read the word)."""
    parses = parses_of(morph, word)
    if not parses:
        return None
    if capitalized:
        for parse in parses[:4]:
            if PROPER_TAGS & set(parse.tag.grammemes):
                return parse
    return parses[0]


@lru_cache(maxsize=20_000)
def surname_forms(word: str) -> frozenset[str]:
    """Lower-case forms a single-word name may stand for (``Лаврова`` -> лавров, лаврова)."""
    morph = get_morph()
    forms = {fold(word)}
    forms |= {yo(p.normal_form) for p in parses_of(morph, word) if p.tag.POS == "NOUN"}
    return frozenset(forms)


@lru_cache(maxsize=20_000)
def person_noun_lemmas(word: str) -> frozenset[str]:
    """Lemmas of the word's readings as an animate noun (``премьера`` -> премьер, not the first night),
    lower case, ё as е."""
    return frozenset(yo(p.normal_form) for p in parses_of(get_morph(), word.lower())
                     if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes)


def lexeme_forms(lemmas: Sequence[str]) -> frozenset[str]:
    """Every form (lower case, ё as е) of every word whose dictionary form pymorphy3 reads as one of
    the lemmas (``министр`` -> министра, министрами, ...; ``управляющий`` -> управляющим, ...)."""
    morph, forms = get_morph(), set()
    for lemma in lemmas:
        forms.add(lemma)
        for parse in parses_of(morph, lemma):
            if yo(parse.normal_form) == lemma:
                forms.update(yo(f.word) for f in parse.lexeme)
    return frozenset(forms)


@lru_cache(maxsize=20_000)
def substantive_lemma(word: str) -> str:
    """A participle read first as such, in the nominative masculine singular, as it stands for a
    person (``управляющим`` -> управляющий); '' for other words."""
    parses = parses_of(get_morph(), word.lower())
    if not parses or parses[0].tag.POS != "PRTF":
        return ""
    form = parses[0].inflect({"nomn", "sing", "masc"})
    return yo(form.word) if form is not None else ""


@lru_cache(maxsize=20_000)
def person_in_singular(word: str) -> bool:
    """Can the word name one person (``премьер``, ``артиста``; not ``политики``: politicians, or politics)?"""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and p.tag.number == "sing"
               for p in parses_of(get_morph(), word.lower()))


@lru_cache(maxsize=20_000)
def has_feminine(lemma: str) -> bool:
    """Has the masculine position a feminine word of its own (футболист: футболистка; певец:
    певица; министр: none), so that it names no woman?"""
    stems = (lemma + "ка", lemma + "ица", lemma + "ница", lemma[:-2] + "ица", lemma + "иня")
    return any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and p.tag.gender == "femn"
               and p.normal_form == stem and p.is_known for stem in stems for p in parses_of(get_morph(), stem))


@lru_cache(maxsize=20_000)
def word_cases(word: str) -> frozenset[str]:
    """Every case any reading of the word has (``одного``: gent, accs)."""
    return frozenset(str(p.tag.case) for p in parses_of(get_morph(), word.lower()) if p.tag.case)


@lru_cache(maxsize=20_000)
def may_be_in(word: str, case: str) -> bool:
    """Has the word a reading in ``case`` (``финансовым``: ablt, though dative plural reads first)?"""
    return any(p.tag.case == case for p in parses_of(get_morph(), word.lower()))


@lru_cache(maxsize=20_000)
def is_pronoun(word: str) -> bool:
    """The word's first reading is a pronoun or possessive (``её``, ``его``, ``свой``)."""
    parses = parses_of(get_morph(), word.lower())
    return bool(parses) and (parses[0].tag.POS == "NPRO" or "Apro" in parses[0].tag.grammemes)


@lru_cache(maxsize=20_000)
def is_plural(word: str) -> bool:
    """The word's first reading is plural (``музыканты``, ``представители``)."""
    parses = parses_of(get_morph(), word.lower())
    return bool(parses) and parses[0].tag.number == "plur"


@lru_cache(maxsize=20_000)
def noun_cases(word: str, number: str | None = None) -> frozenset[str]:
    """Every case the word may take as a noun in the dictionary (only in ``number``, sing or plur, when
    given); a capitalised word, only as a first name, surname or patronymic (``Путина`` is no путина).
    Empty for indeclinable words and for words the dictionary does not hold as names (``Маэхара``,
    ``Озерец``): their case is unknown."""
    parses = [p for p in parses_of(get_morph(), word) if p.tag.POS == "NOUN" and p.tag.case
              and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
              and (number is None or p.tag.number == number)]
    if word[:1].isupper():
        parses = [p for p in parses if NAME_TAGS & set(p.tag.grammemes) and "plur" not in p.tag.grammemes]
    return frozenset(str(p.tag.case) for p in parses if "Fixd" not in p.tag.grammemes)


@lru_cache(maxsize=20_000)
def indeclinable_name(word: str) -> bool:
    """Is the word a first name or surname that does not decline (``Криштиану``, ``Хиллари``)?"""
    parses = [p for p in parses_of(get_morph(), word) if p.tag.POS == "NOUN" and NAME_TAGS & set(p.tag.grammemes)]
    return bool(parses) and all("Fixd" in p.tag.grammemes for p in parses)


@lru_cache(maxsize=20_000)
def name_word_cases(word: str) -> frozenset[str]:
    """The cases a word of a person's name may take: as a first name, surname or patronymic, or as an
    adjectival surname (``Гороховский``, ``Поперечного``), by the dictionary or its guesser for known
    endings (``Пендерецкая``); empty for indeclinable and unreadable words (``Бусаиди``, ``Ына``)."""
    found = set()
    parses = parses_of(get_morph(), word)
    if any("Fixd" in p.tag.grammemes and NAME_TAGS & set(p.tag.grammemes) for p in parses):
        return frozenset()  # Собчак: indeclinable as a woman's surname, so any case
    for parse in parses:
        tag, analyzer = parse.tag, type(parse.methods_stack[0][0]).__name__
        if not tag.case or "plur" in tag.grammemes or "Fixd" in tag.grammemes:
            continue
        guessed_surname = analyzer == "FakeDictionary" and parse.normal_form.endswith(ADJECTIVE_SURNAMES)
        person = NAME_TAGS & set(tag.grammemes) or "anim" in tag.grammemes and parse.is_known  # Хана: хан too
        if tag.POS == "ADJF" and (analyzer == "DictionaryAnalyzer" or guessed_surname) \
                or tag.POS == "NOUN" and person and analyzer == "DictionaryAnalyzer":
            found.add(str(tag.case))  # a guessed noun (Маэхара: Маэхар?) says nothing
    return frozenset(found)


@lru_cache(maxsize=20_000)
def noun_genders(word: str) -> frozenset[str]:
    """The genders the word has as an animate noun or name (``актриса``: femn; ``министр``: masc;
    ``глава``: ms-f); empty when it is none."""
    return frozenset(str(p.tag.gender) if p.tag.gender else "ms-f" for p in parses_of(get_morph(), word)
                     if p.tag.POS == "NOUN" and ("anim" in p.tag.grammemes or NAME_TAGS & set(p.tag.grammemes)))
