"""The pure rules of the actors stage on hand-built records: which names are one person, the gender a
name says, positions kept once, a person's country, who a position alone stands for, and the one
holder of a role class in a country."""
from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.tokens import Doc

from pipeline.actors.anaphora import fits, link_anaphora, named, subject
from pipeline.actors.grouping import person_of
from pipeline.actors.holders import link_role_mentions, sole_holder
from pipeline.actors.persons import case_stems, gender_of, is_first_name, person_words, same_person
from pipeline.actors.profile import Draft, distinct_positions, draft_country, finish
from pipeline.kb.knowledge import Country, Knowledge
from pipeline.records import Actor, Mention
from pipeline.roles.describe import RoleInfo

KNOWLEDGE = Knowledge(entries=(), countries={"OMN": Country("OMN", "Оман", "Q842", "Маскат"),
                                             "RUS": Country("RUS", "Россия", "Q159", "Москва")},
                      person_countries={"Бадр аль-Бусаиди": "OMN", "седов": "RUS"}, bodies=frozenset({"ООН"}))


def person(name: str, *roles, mentions: tuple[str, ...] = ()) -> Draft:
    return Draft("person:0", "person", name, [Mention(0, len(m), m, "PER", m) for m in mentions or (name,)],
                 roles=list(roles))


def holder(key: str, role_class: str, country: str, kind: str = "person", **more) -> Actor:
    return Actor(key, kind, key, (), role_class=role_class, country=country, **more)


@pytest.mark.parametrize("name, words", [
    ("Сергей Лавров", ["Сергей", "Лавров"]),
    ("Дж.Коми", ["Дж.", "Коми"]),
    ("Бадр аль-Бусаиди", ["Бадр", "аль-Бусаиди"]),
    ("Сергей Королёв", ["Сергей", "Королев"]),  # ё as е
])
def test_persons_words_of_a_name_keep_an_initials_dot(name, words):
    assert person_words(name) == words


@pytest.mark.parametrize("a, b, same", [
    ("Сергей Лавров", "Лаврова", True),  # a surname alone in another case
    ("Олаф Шольц", "Шольцем", True),  # a foreign surname with a case ending
    ("Илон Маск", "Маска", True),
    ("Мохаммед бен Сальман", "бен Сальмана", True),  # a name that ends the fuller one
    ("Джеймс Коми", "Дж.Коми", True),  # an initial for the first name
    ("Анатолия Кулешова", "А.Кулешов", True),
    ("Игорь Седов", "Олег Седов", False),  # one surname, two first names
    ("Сергей Лавров", "Сергей Шойгу", False),
    ("Анна Седова", "Седов", False),
])
def test_persons_same_person_either_way_round(a, b, same):
    assert same_person(person_words(a), person_words(b)) is same
    assert same_person(person_words(b), person_words(a)) is same


@pytest.mark.parametrize("word, stems", [
    ("Шольца", {"шольц"}),
    ("Шольцем", {"шольц"}),
    ("Шольц", set()),
    ("Мая", set()),  # too short to cut
])
def test_persons_case_stems_cut_one_case_ending(word, stems):
    assert case_stems(word) == stems


@pytest.mark.parametrize("word, first_name", [
    ("Марины", True), ("Сергея", True), ("Токаева", False), ("Лаврова", False),
])
def test_persons_a_first_name_is_never_a_surname(word, first_name):
    assert is_first_name(word) is first_name


@pytest.mark.parametrize("words, gender", [
    (["Игорь", "Седов"], "masc"),
    (["Ирина"], "femn"),
    (["Бербок"], "femn"),
    (["Саша"], ""),  # either
    (["Анна", "Седова"], ""),  # Седова also reads as Седов's genitive
    (["ирина"], ""),  # only capitalised words count
])
def test_persons_gender_of_a_name(words, gender):
    assert gender_of(words) == gender


@pytest.mark.parametrize("roles, kept", [
    (["министр иностранных дел", "министр"], ["министр иностранных дел"]),
    (["премьер-министр", "премьер"], ["премьер-министр", "премьер"]),  # whole words only
    (["министр", "министр обороны"], ["министр", "министр обороны"]),  # the first one stays
    (["президент", "вице-президент", "бывший вице-президент"], ["президент", "бывший вице-президент"]),
    (["посол", "", "посол"], ["посол"]),
    (["Министр", "министр"], ["Министр"]),  # case does not count
])
def test_profile_distinct_positions_keep_each_position_once(roles, kept):
    assert distinct_positions(roles) == kept


@pytest.mark.parametrize("draft, role, role_class, organization, country", [
    (person("Бадр аль-Бусаиди", RoleInfo("министр иностранных дел", "foreign_minister", "МИД", "OMN"),
            RoleInfo("министр", "minister"), RoleInfo("", "", "Газпром")),
     "министр иностранных дел", "foreign_minister", "МИД; Газпром", "OMN"),
    (person("Бадр аль-Бусаиди", RoleInfo("посол", "ambassador")), "посол", "ambassador", "", "OMN"),  # gazetteer
    (person("Бадр аль-Бусаиди", RoleInfo("генсек", "international_official", "ООН")),
     "генсек", "international_official", "ООН", ""),  # an international body's official: no country
    (person("Седов", mentions=("Седова",)), "", "", "", "RUS"),  # a surname alone, in any case form
    (person("Игорь Петров", ("journalist", "собственный корреспондент", "Kazinform"), RoleInfo("", "", "МИД")),
     "собственный корреспондент", "journalist", "Kazinform; МИД", ""),  # a byline's correspondent
])
def test_profile_finish_a_person(draft, role, role_class, organization, country):
    actor = finish(draft, KNOWLEDGE)
    found = (actor.role, actor.role_class, actor.organization, actor.country)
    assert found == (role, role_class, organization, country)
    assert actor.country_name == KNOWLEDGE.country_name(country)


def test_profile_a_head_of_delegation_has_its_country():
    draft = person("Игорь Петров", RoleInfo("глава делегации", "official"))
    draft.head_country = "OMN"
    assert (draft_country(draft, KNOWLEDGE), finish(draft, KNOWLEDGE).country_name) == ("OMN", "Оман")


@pytest.mark.parametrize("names, words, written, found", [
    (["Сергей Лавров", "Олаф Шольц"], ["Шольц"], ["Шольца"], 1),
    (["Сергей Лавров"], ["Кейт"], ["Лаврова"], 0),  # the word as written, when the normaliser misread it
    (["Сергей Лавров"], ["Сергей", "Шойгу"], ["Сергей", "Шойгу"], None),
])
def test_grouping_person_of_a_name_mention(names, words, written, found):
    people = [Draft(f"person:{n}", "person", name) for n, name in enumerate(names)]
    assert person_of(people, words, written) is (None if found is None else people[found])


@pytest.mark.parametrize("info, held, fit", [
    (RoleInfo("певица", "other", feminine=True), [], False),  # a woman's position, a man's name
    (RoleInfo("футболист", "other", masculine=True), [], True),
    (RoleInfo("премьер", "head_of_government"), [RoleInfo("министр", "minister")], False),  # a second post of state
    (RoleInfo("министр", "minister"), [RoleInfo("министр", "minister")], True),
    (RoleInfo("режиссёр", "other"), [RoleInfo("министр", "minister")], True),
])
def test_anaphora_who_fits_a_position(info, held, fit):
    assert fits(info, person("Игорь Седов", *held)) is fit


@pytest.mark.parametrize("text, may_be_subject", [("Лавров", True), ("Сергея Лаврова", False), ("Путину", False),
                                                  ("Ким", True)])
def test_anaphora_a_subject_is_in_the_nominative_or_unread(text, may_be_subject):
    assert subject(text) is may_be_subject


@pytest.mark.parametrize("name, person_name", [("Игорь Седов", True), ("Лавров", True), ("Твиттер", False)])
def test_anaphora_a_name_reads_as_a_persons(name, person_name):
    assert named(name) is person_name


SENTENCES = "Игорь Седов прибыл . Вечером все ушли . Затем Премьер выступил ."


@pytest.mark.parametrize("text, info, country, linked", [
    (SENTENCES, RoleInfo("премьер", "head_of_government", anaphoric=True), "", True),
    (SENTENCES, RoleInfo("премьер", "head_of_government", anaphoric=False), "", False),  # says whose it is
    (SENTENCES, RoleInfo("премьер", "head_of_government", "", "OMN", anaphoric=True), "RUS", False),
    (SENTENCES, RoleInfo("премьер", "head_of_government", "", "OMN", anaphoric=True), "OMN", True),
    (SENTENCES, RoleInfo("певица", "other", feminine=True, anaphoric=True), "", False),
    ("Игорь Седов прибыл . Все ушли . Потом все ели . Затем Премьер выступил .",
     RoleInfo("премьер", "head_of_government", anaphoric=True), "", False),  # more than two sentences back
])
def test_anaphora_a_position_alone_is_the_person_named_before(nlp, text, info, country, linked):
    words = text.split()
    doc = Doc(nlp.vocab, words=words, sent_starts=[n == 0 or words[n - 1] == "." for n in range(len(words))])
    head = next(t for t in doc if t.text == "Премьер")
    info = replace(info, start=head.idx, end=head.idx + len(head))
    draft = person("Игорь Седов")
    link_anaphora(doc, [draft], [info], lambda d: country)
    assert draft.roles == ([info] if linked else [])


@pytest.mark.parametrize("held, info, roles", [
    ([], RoleInfo("дипломат", "diplomat", description=True), ["дипломат"]),
    ([RoleInfo("посол", "ambassador")], RoleInfo("дипломат", "diplomat", description=True), ["посол"]),
    ([RoleInfo("премьер", "head_of_government")], RoleInfo("премьер", "head_of_government"), ["премьер"]),
    ([RoleInfo("премьер", "head_of_government")],
     RoleInfo("глава правительства", "head_of_government", "правительство"), ["премьер", ""]),  # the body only
])
def test_anaphora_a_post_said_again_adds_nothing_but_its_body(nlp, held, info, roles):
    words = ["Игорь", "Седов", "пришёл", ".", "Он", "выступил"]
    doc = Doc(nlp.vocab, words=words, sent_starts=[word in ("Игорь", "Он") for word in words])
    draft = person("Игорь Седов", *held)
    link_anaphora(doc, [draft], [replace(info, start=doc[4].idx, anaphoric=True)], lambda d: "")
    assert [i.role for i in draft.roles] == roles


ACTORS = [holder("person:0", "foreign_minister", "OMN"), holder("person:1", "minister", "OMN"),
          holder("person:2", "minister", "OMN"), holder("country:OMN", "", "OMN", kind="country")]


@pytest.mark.parametrize("role_class, country, key", [
    ("foreign_minister", "OMN", "person:0"),
    ("minister", "OMN", None),  # two ministers: neither
    ("foreign_minister", "RUS", None),
    ("", "OMN", None),  # a country is no person
])
def test_holders_the_one_person_with_a_role_class_in_a_country(role_class, country, key):
    found = sole_holder(ACTORS, role_class, country)
    assert (found.key if found else None) == key


@pytest.mark.parametrize("actor, organization, role", [
    (holder("person:0", "foreign_minister", "OMN"), "МИД Омана", "министр иностранных дел"),
    (holder("person:0", "foreign_minister", "OMN", role="министр", organization="МИД"), "МИД", "министр"),
    (holder("person:0", "foreign_minister", "RUS"), "", ""),
])
def test_holders_a_role_named_alone_completes_its_holder(actor, organization, role):
    info = RoleInfo("министр иностранных дел", "foreign_minister", "МИД Омана", "OMN")
    other = holder("person:1", "minister", "OMN")
    assert link_role_mentions([other, actor], [info]) == [other, replace(actor, organization=organization, role=role)]
