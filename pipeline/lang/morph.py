"""pymorphy3 at the library boundary: lemmas, coarse POS, case, and inflection to the nominative.

Pure functions over a ``MorphAnalyzer``; ``get_morph()`` returns one shared, read-only analyzer
per process (loading the dictionaries is the only cost worth sharing).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import pymorphy3

CASE_PRIORITY = ("nomn", "gent", "ablt", "datv", "accs", "loct", "voct", "gen2", "acc2", "loc2")
UD_CASE = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "acc2": "Acc",
           "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc"}
UD_POS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
          "PRTF": "ADJ", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
          "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
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
    """(lemma, UD POS, UD case or '') of one pymorphy3 parse."""
    tag = parse.tag
    pos = UD_POS.get(tag.POS or "", "X")
    if pos == "NOUN" and PROPER_TAGS & set(tag.grammemes):
        pos = "PROPN"
    return parse.normal_form, pos, UD_CASE.get(tag.case or "", "")


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
    forms = {word.lower().replace("ё", "е")}
    forms |= {p.normal_form.replace("ё", "е") for p in parses_of(morph, word) if p.tag.POS == "NOUN"}
    return frozenset(forms)


@lru_cache(maxsize=20_000)
def person_noun_lemmas(word: str) -> frozenset[str]:
    """Lemmas of the word's readings as an animate noun (``премьера`` -> премьер, not the first night),
    lower case, ё as е."""
    return frozenset(p.normal_form.replace("ё", "е") for p in parses_of(get_morph(), word.lower())
                     if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes)


def lexeme_forms(lemmas: Sequence[str]) -> frozenset[str]:
    """Every form (lower case, ё as е) of every word whose dictionary form pymorphy3 reads as one of
    the lemmas (``министр`` -> министра, министрами, ...; ``управляющий`` -> управляющим, ...)."""
    morph, forms = get_morph(), set()
    for lemma in lemmas:
        forms.add(lemma)
        for parse in parses_of(morph, lemma):
            if parse.normal_form.replace("ё", "е") == lemma:
                forms.update(f.word.replace("ё", "е") for f in parse.lexeme)
    return frozenset(forms)


@lru_cache(maxsize=20_000)
def substantive_lemma(word: str) -> str:
    """A participle read first as such, in the nominative masculine singular, as it stands for a
    person (``управляющим`` -> управляющий); '' for other words."""
    parses = parses_of(get_morph(), word.lower())
    if not parses or parses[0].tag.POS != "PRTF":
        return ""
    form = parses[0].inflect({"nomn", "sing", "masc"})
    return form.word.replace("ё", "е") if form is not None else ""


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


def singular_phrase(words: Sequence[str]) -> list[str]:
    """A nominative plural noun phrase in the singular (``легендарные музыканты`` -> ``легендарный
    музыкант``): its leading adjectives and head noun; the words after the head stay."""
    morph = get_morph()
    out = list(words)
    for n, word in enumerate(words):
        parses = [p for p in parses_of(morph, word) if p.tag.number == "plur" and p.tag.case == "nomn"]
        noun = next((p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes), None)
        if noun is not None:
            form = noun.inflect({"nomn", "sing"})
            out[n] = shape_like(form.word, word) if form else word
            gender = str(form.tag.gender) if form and form.tag.gender else "masc"
            for k in range(n):
                adj = next((p for p in parses_of(morph, words[k]) if p.tag.POS in ("ADJF", "PRTF")
                            and p.tag.case == "nomn"), None)
                inflected = adj.inflect({"nomn", "sing", gender}) if adj else None
                out[k] = shape_like(inflected.word, words[k]) if inflected else words[k]
            return out
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses_of(morph, word)):
            return out
    return out


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


def shape_like(word: str, model: str) -> str:
    """Give ``word`` the letter case of ``model`` (Title, UPPER or lower; hyphenated parts kept)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if "-" in model and "-" in word:
        return "-".join(shape_like(w, m) for w, m in zip(word.split("-"), model.split("-")))
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


def _declinable(parses) -> list:
    return [p for p in parses if "Fixd" not in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF", "PRTF")]


def _shared_case(token_parses: Sequence[list]) -> str | None:
    """The case all declinable words of a phrase can share (nominative first), or None.

    Singular readings are tried first: ``главы МИД`` is a genitive singular, not a nominative plural.
    """
    singular = [[p for p in parses if {"sing", "Pltm"} & set(p.tag.grammemes)] for parses in token_parses]
    if all(s or not p for s, p in zip(singular, token_parses)):
        return _common_case(singular) or _common_case(token_parses)
    return _common_case(token_parses)


def _common_case(token_parses: Sequence[list]) -> str | None:
    shared: set[str] | None = None
    for parses in token_parses:
        cases = {p.tag.case for p in parses if p.tag.case}
        if cases:
            shared = cases if shared is None else shared & cases
    if not shared:
        return None
    return next((case for case in CASE_PRIORITY if case in shared), None)


def _shares_case(parses, word: str, morph: pymorphy3.MorphAnalyzer) -> bool:
    """Can the word agree with the next one in case and number?"""
    return bool({(p.tag.case, p.tag.number) for p in parses}
                & {(p.tag.case, p.tag.number) for p in _declinable(parses_of(morph, word))})


def _inflect(parses, case: str, nominative: set[str], prefer: set[str] = frozenset()) -> str | None:
    candidates = [p for p in parses if p.tag.case == case]
    candidates.sort(key=lambda p: -len(prefer & set(p.tag.grammemes)))
    for parse in candidates:
        form = parse.inflect(nominative | ({"sing"} if "sing" in parse.tag.grammemes else set()))
        if form is not None:
            return form.word
    return None


def cached_with_shared_morph(function):
    """Cache a normaliser's results for the shared analyzer (an explicit ``morph`` is not cached)."""
    cached = lru_cache(maxsize=20_000)(lambda words: tuple(function(words, get_morph())))

    def normalize(words: Sequence[str], morph: pymorphy3.MorphAnalyzer | None = None) -> list[str]:
        return list(cached(tuple(words))) if morph is None else function(words, morph)

    normalize.__doc__ = function.__doc__
    return normalize


@cached_with_shared_morph
def normalize_name(words: Sequence[str], morph: pymorphy3.MorphAnalyzer) -> list[str]:
    """A person's name in the nominative, gender-aware (``Бадра аль-Бусаиди`` -> ``Бадр аль-Бусаиди``,
    ``Данилы Поперечного`` -> ``Данила Поперечный``, ``Джорджа Буша-младшего`` -> ``Джордж
    Буш-младший``).

    Indeclinable words (аль-Бусаиди, Арагчи), particles (Абу, бен, ибн, фон, де) and guessed words in
    -и (Роттоли) stay as written.
    """
    parts = [(n, part) for n, word in enumerate(words) for part in _name_parts(word)]
    token_parses = [_name_parses(part, morph) for _, part in parts]
    case = _shared_case(token_parses) or _shared_case(token_parses[:1])
    if case in (None, "nomn"):
        return list(words)
    genders = [{str(p.tag.gender) for p in parses if p.tag.case == case and p.tag.gender} for parses in token_parses]
    shared = set.intersection(*[g for g in genders if g]) if any(genders) else set()
    gender = "masc" if "masc" in shared or not shared else sorted(shared)[0]
    result = [[] for _ in words]
    for (n, part), parses in zip(parts, token_parses):
        matching = [p for p in parses if not p.tag.gender or str(p.tag.gender) == gender] or parses
        form = _inflect(matching, case, {"nomn"} | ({gender} if any(p.tag.POS == "ADJF" for p in matching) else set()),
                        prefer={"anim"} | NAME_TAGS)
        result[n].append(shape_like(form, part) if form else part)
    return ["-".join(pieces) for pieces in result]


def _name_parts(word: str) -> list[str]:
    """A hyphenated surname with младший/старший or a second surname is two declinable parts
    (``Буша-младшего``); a particle's hyphen (``аль-Бусаиди``) is none."""
    pieces = word.split("-")
    if len(pieces) == 2 and all(pieces) and pieces[0].lower() not in NAME_PARTICLES \
            and (pieces[1].lower().startswith(("младш", "старш")) or pieces[1][:1].isupper()):
        return pieces
    return [word]


def _name_parses(word: str, morph: pymorphy3.MorphAnalyzer) -> list:
    """The readings a name word may be inflected by: singular nouns (a person's name is singular:
    Токаев is no genitive plural) and adjectives for adjectival surnames (Поперечного, младшего)."""
    if word.lower() in NAME_PARTICLES or "-" in word:
        return []
    parses = [p for p in _declinable(parses_of(morph, word)) if "plur" not in p.tag.grammemes
              and p.tag.case != "voct"  # Илон is no vocative of Илона: news names no one in the vocative
              and (p.tag.POS == "NOUN" or p.tag.POS == "ADJF" and (word[:1].islower()
                                                              or type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"))]
    if word.endswith("и") and not any(type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for p in parses):
        return []  # Роттоли, Бусаиди: a foreign name in -и is no genitive of a guessed word
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    adjectives = [p for p in parses if p.tag.POS == "ADJF"]
    if any(NAME_TAGS & set(p.tag.grammemes) for p in nouns):
        return nouns  # Толстым: the surname Толстой, not толстый
    return adjectives if adjectives and (word[:1].islower() or word.lower().endswith(ADJECTIVE_ENDINGS)) else nouns


@cached_with_shared_morph
def normalize_phrase(words: Sequence[str], morph: pymorphy3.MorphAnalyzer) -> list[str]:
    """A noun phrase in the nominative: its leading adjectives and head noun are inflected, the
    dependents after the head stay as written (``министра иностранных дел`` -> ``министр иностранных дел``,
    ``Северной Кореи`` -> ``Северная Корея``)."""
    return _nominative(words, morph, persons=False)


@cached_with_shared_morph
def normalize_role(words: Sequence[str], morph: pymorphy3.MorphAnalyzer) -> list[str]:
    """A position phrase in the nominative, as ``normalize_phrase``, its head read as a person where
    it can be one (``экс-премьера`` -> ``экс-премьер``, ``аналитика`` -> ``аналитик``)."""
    return _nominative(words, morph, persons=True)


def _nominative(words: Sequence[str], morph: pymorphy3.MorphAnalyzer, persons: bool) -> list[str]:
    head = None
    group = []
    for i, word in enumerate(words):
        parses = _declinable(parses_of(morph, word))
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        adjs = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        person = bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in parses[0].tag.grammemes \
            and all(a.normal_form != parses[0].normal_form for a in adjs)  # главой (not главый) федерации
        if adjs and (not nouns or i + 1 < len(words)) and not person:
            if persons and i + 1 < len(words) and not _shares_case(adjs, words[i + 1], morph):
                group.append([p for p in nouns if "anim" in p.tag.grammemes] or adjs)
                head = i  # главным управляющим компании, командующего войсками: a participle as the head
                break
            group.append(adjs)
            continue
        if persons and any("anim" in p.tag.grammemes for p in nouns):
            nouns = [p for p in nouns if "anim" in p.tag.grammemes]
        if nouns:
            group.append(nouns)
            head = i
        break
    if head is None:
        return list(words)
    case = _shared_case(group)
    if case in (None, "nomn"):
        return list(words)
    noun_parse = next((p for p in group[-1] if p.tag.case == case), None)
    if noun_parse is None:
        return list(words)
    number = noun_parse.tag.number or "sing"
    gender = str(noun_parse.tag.gender or "") if number == "sing" else ""
    result = list(words)
    noun_form = _inflect(group[-1], case, {"nomn"})
    if noun_form:
        result[head] = shape_like(noun_form, words[head])
    for i in range(head):
        target = {"nomn", number} | ({gender} if gender else set())
        candidates = [p for p in group[i] if p.tag.case == case]
        form = next((f for f in (p.inflect(target) for p in candidates) if f is not None), None)
        if form:
            result[i] = shape_like(form.word, words[i])
    return result
