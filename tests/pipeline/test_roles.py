"""Position phrases, several per person, and the role, organisation and country they give, on
sentences we write ourselves."""
from __future__ import annotations

import pytest


def person(doc, surname):
    return next(a for a in doc._.actors if a.kind == "person" and a.name.endswith(surname))


@pytest.mark.parametrize("text, surname, role", [
    ("Российский предприниматель Игорь Седов открыл завод.", "Седов", "предприниматель"),
    ("Игорь Седов — российский предприниматель и меценат.", "Седов", "предприниматель и меценат"),
    ("Игорь Седов, известный кинорежиссёр, снял новый фильм.", "Седов", "известный кинорежиссёр"),
    ("Игорь Седов занимал пост министра финансов до 2010 года.", "Седов", "министр финансов"),
    ("Президент назначил Игоря Седова послом в Турции.", "Седов", "посол в Турции"),
    ("Игорь Седов был назначен главным управляющим компании.", "Седов", "главный управляющий компании"),
    ("Отставка экс-министра энергетики Игоря Седова удивила всех.", "Седов", "бывший министр энергетики"),
    ("В мае и.о. губернатора Игорь Седов подписал указ.", "Седов", "исполняющий обязанности губернатора"),
    ("Её основатель Игорь Седов продал компанию.", "Седов", "основатель"),
    ("Умер клоун Игорь Седов.", "Седов", "клоун"),
    ("Суд освободил одного из самых влиятельных боссов мафии Игоря Седова.", "Седов", "влиятельный босс мафии"),
    ("Ранее Игорь Седов был финансовым директором компании «Северный банк».", "Седов", "финансовый директор"),
    ("Финансовым директором банка назначен 39-летний Игорь Седов.", "Седов", "финансовый директор банка"),
    ("Игорь Седов занял пост генерального директора в компании «Северный банк».", "Седов", "генеральный директор"),
    ("И.\xa0о. главы администрации района Игорь Седов поздравил всех.", "Седов",
     "исполняющий обязанности главы администрации района"),
    ("Выступила российская поп-певица Анна Седова.", "Седова", "поп-певица"),
    ("Встреча с главой федерации тенниса Анной Седовой прошла в Казани.", "Седова",
     "глава федерации тенниса"),
])
def test_roles_position_phrases_around_the_name(make_doc, text, surname, role):
    assert person(make_doc(text), surname).role == role


@pytest.mark.parametrize("text, surname, positions", [
    ("Главнокомандующий Сухопутными войсками генерал армии Игорь Седов ушёл в отставку.", "Седов",
     {"главнокомандующий", "генерал армии"}),
    ("Министр финансов Игорь Седов, бывший банкир, выступил в парламенте.", "Седов",
     {"министр финансов", "бывший банкир"}),
    ("Президент и главный исполнительный директор компании Игорь Седов ушёл в отставку.", "Седов",
     {"президент", "главный исполнительный директор компании"}),
])
def test_roles_every_position_of_a_person_is_kept(make_doc, text, surname, positions):
    assert set(person(make_doc(text), surname).role.split("; ")) == positions


@pytest.mark.parametrize("text, surname", [
    ("Это подтвердил муж актрисы Олег Смирнов.", "Смирнов"),  # a feminine position names no man
    ("По предложению Олега Смирнова, депутаты областного собрания приняли закон.", "Смирнов"),  # plural
    ("Встречу провели Олег Смирнов, министр финансов Игорь Седов и другие.", "Смирнов"),  # the next name's
])
def test_roles_phrases_that_are_not_the_persons(make_doc, text, surname):
    assert person(make_doc(text), surname).role == ""


def test_roles_organisations_of_several_positions_are_joined(make_doc):
    doc = make_doc("Игорь Седов, глава «Газпрома», прежде был послом России в Китае и "
                   "возглавлял совет директоров «Роснефти».")
    assert "Газпром" in person(doc, "Седов").organization


@pytest.mark.parametrize("text, surname, organization, country", [
    ("В 2005 году Игорь Седов возглавил «Северный банк».", "Седов", "Северный банк", ""),
    ("Игорь Седов долгое время работал в посольстве Японии.", "Седов", "посольство Японии", "JPN"),
    ("Депутат городского совета Анна Седова выступила на митинге.", "Седова", "городской совет", ""),
    ("Пресс-атташе посольства Игорь Седов ответил на вопросы.", "Седов", "посольство", ""),
])
def test_roles_workplaces_without_a_named_organisation(make_doc, text, surname, organization, country):
    found = person(make_doc(text), surname)
    assert (found.organization, found.country) == (organization, country)


def test_roles_a_post_after_an_object_pronoun_is_the_objects(make_doc):
    doc = make_doc("Игорь Седов назначил его на должность посла в Китае.")
    assert person(doc, "Седов").role == ""


@pytest.mark.parametrize("text, surname, role", [
    ("Игорь Седов вернулся в Москву. Вечером режиссёр встретился со зрителями.", "Седов", "режиссёр"),
    ("Анна Седова и Олег Смирнов пришли на концерт. Певица исполнила три песни.", "Седова", "певица"),
    ("Анна Седова и Олег Смирнов пришли на концерт. Певица исполнила три песни.", "Смирнов", ""),
    ("Посол Игорь Седов прибыл в Анкару. По словам дипломата, визит важен.", "Седов", "посол"),
    ("Президент Игорь Седов прибыл в Анкару. Глава государства провёл переговоры.", "Седов", "президент"),
    ("Президент Игорь Седов прибыл в Анкару. Главы государств возложили венки.", "Седов", "президент"),
    ("Игорь Седов прибыл в Анкару. По данным издания, корреспондент задал вопрос.", "Седов", ""),
])
def test_roles_a_position_alone_is_the_person_named_before(make_doc, text, surname, role):
    assert person(make_doc(text), surname).role == role


@pytest.mark.parametrize("text, surname, role, organization", [
    ("Игорь Седов родился в Туле. В разные годы он возглавлял «Северный банк».", "Седов", "", "Северный банк"),
    ("Игорь Седов родился в Туле. Затем он стал министром культуры.", "Седов", "министр культуры", ""),
    ("Анна Седова и Олег Смирнов приехали в Казань. Она работала в посольстве Японии.", "Седова", "",
     "посольство Японии"),
    ("Анна Седова и Олег Смирнов приехали в Казань. Она работала в посольстве Японии.", "Смирнов", "", ""),
])
def test_roles_he_or_she_is_the_person_named_before(make_doc, text, surname, role, organization):
    found = person(make_doc(text), surname)
    assert (found.role, found.organization) == (role, organization)


@pytest.mark.parametrize("text, surname, organization", [
    ("Член Совета Федерации от Законодательного собрания Тульской области Игорь Седов выступил.", "Седов",
     "Совет Федерации; Законодательное собрание Тульской области"),
    ("Председатель регионального отделения партии «Яблоко» Игорь Седов выступил.", "Седов", "Яблоко"),
    ("Выступил Игорь Седов (ЛДПР).", "Седов", "ЛДПР"),
])
def test_roles_every_organisation_a_phrase_names(make_doc, text, surname, organization):
    assert person(make_doc(text), surname).organization == organization


@pytest.mark.parametrize("text, surname", [
    ("Анна Седова пришла на вечер. Внучка бывшего вице-президента банка улыбалась.", "Седова"),  # kin
    ("Игорь Седов пришёл к Олегу Смирнову. Он возглавлял «Северный банк».", "Смирнов"),  # он: a subject
])
def test_roles_positions_that_stand_for_no_one_named(make_doc, text, surname):
    found = person(make_doc(text), surname)
    assert (found.role, found.organization) == ("", "")


@pytest.mark.parametrize("text, surnames, role", [
    ("Выступили легендарные музыканты Игорь Седов, Олег Смирнов и Иван Петров.", ("Седов", "Смирнов", "Петров"),
     "легендарный музыкант"),
    ("Пришли депутаты Игорь Седов (КПРФ), Олег Смирнов (ЛДПР) и Иван Петров.", ("Седов", "Смирнов", "Петров"),
     "депутат"),
])
def test_roles_a_plural_position_before_a_list_is_each_ones(make_doc, text, surnames, role):
    doc = make_doc(text)
    assert [person(doc, s).role for s in surnames] == [role] * len(surnames)


@pytest.mark.parametrize("text, surname, role", [
    ("Временный премьер Мали с 1991 по 1992 годы Игорь Седов тоже имеет шансы.", "Седов", "временный премьер"),
    ("Президент выдвинул на пост главы банка Игоря Седова.", "Седов", "глава банка"),
])
def test_roles_years_inside_and_a_post_given_to_another(make_doc, text, surname, role):
    assert person(make_doc(text), surname).role == role


def test_roles_a_post_given_to_the_object_is_not_the_subjects(make_doc):
    doc = make_doc("Олег Смирнов выдвинул на пост главы банка Игоря Седова.")
    assert person(doc, "Смирнов").role == ""


@pytest.mark.parametrize("text, mentions", [
    ("Игорь Седов прибыл в Тулу. Вечером И.Седов выступил.", 2),
    ("Игорь Седов прибыл в Тулу. Вечером Олег Седов выступил.", 1),
])
def test_actors_an_initial_is_the_same_person(make_doc, text, mentions):
    assert len(person(make_doc(text), "Игорь Седов").mentions) == mentions


@pytest.mark.parametrize("text, name", [
    ("Президент Южной Кореи Ким Де\u00a0Джун прибыл в Пхеньян.", "Ким Де Джун"),
    ("Вечером Игорь\u00a0Седов выступил.", "Игорь Седов"),
])
def test_actors_a_no_break_space_in_a_name_is_a_space(make_doc, text, name):
    assert any(a.name == name for a in make_doc(text)._.actors)


def test_roles_one_of_agrees_with_the_name(make_doc):
    doc = make_doc("Помпео, одна из ведущих фигур в администрации Игоря Седова, заявил об этом.")
    assert person(doc, "Седов").role == ""


@pytest.mark.parametrize("text, surname, role", [
    ("Игорь Седов, представившийся офицером полиции, вошёл в дом.", "Седов", ""),
    ("Игорь Седов, действующий президент клуба, выступил.", "Седов", "действующий президент клуба"),
])
def test_roles_a_participle_clause_after_the_name_is_no_position(make_doc, text, surname, role):
    assert person(make_doc(text), surname).role == role


@pytest.mark.parametrize("text, surname, role, role_class, organization", [
    ("Глава российского МИД Игорь Седов заявил.", "Седов", "министр иностранных дел", "foreign_minister",
     "российский МИД"),
    ("Слово взял глава государственной Комиссии по атомной энергии Игорь Седов.", "Седов", "глава", "official",
     "государственная Комиссия по атомной энергии"),
])
def test_roles_adjectives_between_a_positions_words(make_doc, text, surname, role, role_class, organization):
    found = person(make_doc(text), surname)
    assert (found.role, found.role_class, found.organization) == (role, role_class, organization)


def test_roles_a_plural_subject_is_no_one_named_before(make_doc):
    doc = make_doc("В саммите примут участие Игорь Седов, а также главы правительств и президенты 50 стран.")
    assert person(doc, "Седов").role == ""


@pytest.mark.parametrize("text, surname, role", [
    ("«Это так», сказал Игорь Седов (Igor Sedov), бывший астронавт.", "Седов", "бывший астронавт"),
    ("Президент назначит Игоря Седова (Igor Sedov) на пост директора банка.", "Седов", "директор банка"),
])
def test_roles_a_latin_name_in_brackets_after_the_name(make_doc, text, surname, role):
    doc = make_doc(text)
    assert person(doc, surname).role == role
    assert [a.name for a in doc._.actors if a.kind == "person"] == [person(doc, surname).name]


@pytest.mark.parametrize("text, surname, role, organization", [
    ("Тренер испанского клуба «Барселона» Игорь Седов заявил.", "Седов", "тренер", "Барселона"),
    ("Решение одобрил мэр Лондона Садик Хан.", "Хан", "мэр Лондона", "Лондон"),
    ("Капитан сборной Португалии Криштиану Роналду забил гол.", "Роналду", "капитан сборной", "сборная Португалия"),
])
def test_roles_quoted_places_and_foreign_names(make_doc, text, surname, role, organization):
    found = next(a for a in make_doc(text)._.actors if a.kind == "person" and surname[:4] in a.name)
    assert (found.role, found.organization) == (role, organization)
