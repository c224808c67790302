"""Who mediates, on Docs made by the tokenizer and lemmatizer alone and slots built by hand: the sides a
mediator cue names after it, coordinated ones included."""
from __future__ import annotations

import pytest

from pipeline.events.frames import Slot
from pipeline.events.mediator import between_subject, conjuncts, mediator_slots


@pytest.fixture(scope="module")
def words(nlp):
    def make(text: str):
        return nlp.get_pipe("lemmatizer")(nlp.make_doc(text))
    return make


def slot(doc, word: str, kind: str) -> Slot:
    i = next(t.i for t in doc if t.text == word)
    return Slot(i, i + 1, f"{kind}:{word}", kind, "", "", False)


@pytest.mark.parametrize("text, kinds, expected", [
    ("при посредничестве России и ЕС", {"России": "country", "ЕС": "organization"}, ["России", "ЕС"]),
    ("при посредничестве ООН , Катара и Египта", {"ООН": "organization", "Катара": "country", "Египта": "country"},
     ["ООН", "Катара", "Египта"]),
    ("при посредничестве Катара в Дохе и ЕС", {"Катара": "country", "ЕС": "organization"}, ["Катара"]),
])
def test_mediator_conjuncts_join_states_and_bodies(words, text, kinds, expected):
    doc = words(text)
    sides = [slot(doc, w, k) for w, k in kinds.items()]
    cue = doc[0:2]
    assert [doc[s.start].text for s in mediator_slots([cue], sides, set())] == expected
    assert conjuncts(doc, sides[0], sides) == [s for s in sides if doc[s.start].text in expected[1:]]


@pytest.mark.parametrize("text, subject", [
    ("Катар провел переговоры между США и талибами", "Катара"),  # the subject holds the talks
    ("Катар организовал переговоры между США и талибами", "Катара"),
    ("Катар увязывает старт переговоров между США и талибами", None),  # it speaks of them
])
def test_mediator_between_subject_holds_the_talks(words, actors, text, subject):
    doc = words(text)
    keys = {"Катар": "QAT", "США": "USA", "талибами": "AFG"}
    clause = [Slot(t.i, t.i + 1, f"country:{keys[t.text]}", "country", "", "между" if t.text == "США" else "", False)
              for t in doc if t.text in keys]
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.text.startswith("переговор"))
    found = between_subject(doc, trigger, clause, actors)
    assert (found is not None) == (subject is not None)


@pytest.mark.parametrize("text, cue_word, kinds, expected", [
    ("посредником выступил Оман", "посредником", {"Оман": "country"}, ["Оман"]),  # nominative
    ("при посредничестве Омана", "посредничестве", {"Омана": "country"}, ["Омана"]),  # genitive
    ("с участием посредников Москву посетил Кучма", "посредников", {"Москву": "country", "Кучма": "person"}, []),
])
def test_mediator_after_its_cue_is_genitive_or_nominative(words, text, cue_word, kinds, expected):
    doc = words(text)
    cue = next(doc[t.i:t.i + 1] for t in doc if t.text == cue_word)
    sides = [slot(doc, w, k) for w, k in kinds.items()]
    assert [doc[s.start].text for s in mediator_slots([cue], sides, set())] == expected


def test_mediator_named_by_its_adjective_before_the_cue(words):
    doc = words("Египетские посредники передали ответ ХАМАС")
    egypt = Slot(0, 2, "country:EGY", "country", "", "", False)  # a reference spanning the side noun
    hamas = slot(doc, "ХАМАС", "organization")
    assert mediator_slots([doc[1:2]], [egypt, hamas], set()) == [egypt]  # not ХАМАС, after the cue


@pytest.mark.parametrize("text, expected", [
    ("Посредниками обмена пленными в этот раз выступили Эмираты", ["Эмираты"]),
    ("посредником гуманитарного характера стали Эмираты", ["Эмираты"]),
    ("посредником гуманитарного характера , как известно , стали Эмираты", []),  # another clause
    ("посредником гуманитарного характера стали называть Эмираты", []),  # not right after the verb
])
def test_mediator_subject_of_the_verb_an_instrumental_cue_goes_with(words, text, expected):
    doc = words(text)
    cue = next(doc[t.i:t.i + 1] for t in doc if t.lower_.startswith("посредник"))
    sides = [slot(doc, "Эмираты", "country")]
    assert [doc[s.start].text for s in mediator_slots([cue], sides, set())] == expected
