"""Each component's behaviour on short hand-written texts run through the whole pipeline."""
from __future__ import annotations

import pytest

from pipeline.components.tokenizer import unglued


def actor(doc, name):
    return next(a for a in doc._.actors if a.name == name)


def test_layout_header_mark_and_photo_credit_are_not_mentions(make_doc):
    doc = make_doc("date 2026-02-07 РУ\nЛавров прибыл в Пекин\nФото: x.com / @mfa_russia\n")
    texts = [e.text for e in doc.ents]
    assert "РУ" not in texts and not any("mfa" in t for t in texts)
    assert {s.label_ for s in doc.spans["layout"]} >= {"HEADER", "PHOTO"}


def test_ner_doubled_byline_is_two_mentions_of_one_actor(make_doc):
    doc = make_doc("Путин встретился с Си Цзиньпином в Москве.\n\nИван Петров\nИван Петров\n")
    byline = actor(doc, "Иван Петров")
    assert len(byline.mentions) == 2 and all("\n" not in m.text for m in byline.mentions)


@pytest.mark.parametrize("text, name, expected", [
    ("Переговоры прошли между Тегераном и Вашингтоном.", "Иран", "country"),
    ("Делегации прибыли в Тегеран.", "Тегеран", "location"),
    ("В Кремле заявили, что переговоры продолжатся.", "Россия", "country"),
    ("Делегация вернулась из Москвы в Киев.", "Москва", "location"),
    ("У Москвы есть вопросы к Киеву.", "Россия", "country"),
])
def test_gazetteer_capitals_stand_for_governments_unless_a_place(make_doc, text, name, expected):
    assert actor(make_doc(text), name).kind == expected


@pytest.mark.parametrize("text, surface, label", [
    ("Делегации прибыли в Астану.", "Астану", "CAPITAL"),
    ("Президент Филиппин прибыл с визитом.", "Филиппин", "COUNTRY"),
    ("Помощь направлена Ливану.", "Ливану", "COUNTRY"),
    ("Татьяна Иванова заявила об этом.", "Иванова", None),  # a surname, no form of Иваново
])
def test_gazetteer_place_names_match_in_every_case_form(make_doc, text, surface, label):
    doc = make_doc(text)
    assert [s.label_ for s in doc.spans["gazetteer"] if s.text == surface] == ([label] if label else [])


@pytest.mark.parametrize("text, name, role, role_class, country", [
    ("Министр иностранных дел Омана Бадр аль-Бусаиди заявил об этом.", "Бадр аль-Бусаиди",
     "министр иностранных дел", "foreign_minister", "OMN"),
    ("Об этом заявил Бадр аль-Бусаиди, глава МИД Омана.", "Бадр аль-Бусаиди",
     "министр иностранных дел", "foreign_minister", "OMN"),
    ("С ним встретился посол России в Молдове Олег Озеров.", "Олег Озеров", "посол в Молдове", "ambassador", "RUS"),
    ("Генсек ООН Антониу Гутерриш выступил с речью.", "Антониу Гутерриш",
     "генеральный секретарь", "international_official", ""),
    ("Исполняющий обязанности министра обороны Ирана Ахмад Вахиди прибыл.", "Ахмад Вахиди",
     "исполняющий обязанности министра обороны", "minister", "IRN"),
])
def test_roles_phrase_before_or_after_name(make_doc, text, name, role, role_class, country):
    person = actor(make_doc(text), name)
    assert (person.role, person.role_class, person.country) == (role, role_class, country)


def test_roles_surname_alone_is_the_same_actor(make_doc):
    doc = make_doc("Министр иностранных дел России Сергей Лавров прибыл в Анкару. Лаврова встретил Хакан Фидан.")
    assert len(actor(doc, "Сергей Лавров").mentions) == 2


@pytest.mark.parametrize("text, event_type, status", [
    ("Президенты России и Китая провели телефонный разговор.", "phone_call", "occurred"),
    ("Встреча министров иностранных дел России и Турции не состоится.", "meeting", "cancelled"),
    ("Президент Франции посетит Казахстан в мае.", "visit", "planned"),
    ("Делегации Ирана и США провели переговоры в Женеве.", "negotiations", "occurred"),
    ("Лидеры России, Китая и Индии приняли участие в саммите БРИКС в Казани.", "summit", "occurred"),
])
def test_events_type_and_status(make_doc, text, event_type, status):
    [event] = make_doc(text, "2026-03-01")._.events
    assert (event.type, event.status) == (event_type, status)


@pytest.mark.parametrize("text", [
    "Посол Армении отозван для консультаций.",
    "Губернатор провел встречу с избирателями в Твери.",
    "Путин провел совещание с членами правительства.",
    "Футбольная встреча России и Сербии завершилась вничью.",
])
def test_events_not_diplomatic(make_doc, text):
    assert make_doc(text, "2026-03-01")._.events == []


def test_events_negated_topics_are_not_cancelled(make_doc):
    [event] = make_doc("Иран и США провели переговоры в Омане. Ракетная программа в ходе переговоров не обсуждалась.",
                       "2026-02-07")._.events
    assert event.status == "occurred"


@pytest.mark.parametrize("text, published, expected, source", [
    ("Путин в среду провел телефонный разговор с Эрдоганом.", "2026-03-26", "2026-03-25", "text"),
    ("Лавров посетит Пекин 12 мая.", "2026-04-28", "2026-05-12", "text"),
    ("Лавров вчера провел переговоры с Ван И.", "2026-04-28", "2026-04-27", "text"),
    ("Лавров провел переговоры с Ван И.", "2026-04-28", "2026-04-28", "published"),
    ("Лавров проведет переговоры с Ван И в ближайший понедельник.", "2026-04-28", "2026-05-04", "text"),
    ("Лавров в прошлую пятницу провел переговоры с Ван И.", "2026-04-28", "2026-04-24", "text"),
])
def test_events_dates_resolved_against_published(make_doc, text, published, expected, source):
    [event] = make_doc(text, published)._.events
    assert (event.date, event.date_source) == (expected, source)


@pytest.mark.parametrize("text, expected", [
    ("Лавров посетит Пекин 12 мая. Об этом МИД сообщил 28 апреля 2017 года.", "2017-05-12"),  # the text's year
    ("Лавров посетил Пекин 12 мая. В 2014 году, 3 июня 2014 года, и 20 апреля 2017 года.", "2017-05-12"),  # latest
    ("Лавров посетит Пекин 12 мая.", None),  # no year anywhere
    ("Лавров вчера посетил Пекин. Об этом МИД сообщил 28 апреля 2017 года.", None),  # вчера needs the article's date
])
def test_events_day_and_month_take_the_texts_year_without_a_published_date(make_doc, text, expected):
    [event] = [e for e in make_doc(text, None)._.events if e.type == "visit"]
    assert event.date == expected


def test_events_mediator_round_and_format(make_doc):
    text = ("Армения и Азербайджан провели третий раунд непрямых переговоров в Алматы при посредничестве "
            "Казахстана. Следующий раунд может состояться в ближайшие дни.")
    [event] = make_doc(text, "2026-04-16")._.events
    assert event.parties == ("Армения", "Азербайджан") and event.mediator == ("Казахстан",)
    assert (event.round, event.round_text, event.format) == (3, "третий раунд", "indirect")
    assert event.next_round == "в ближайшие дни"
    assert (event.location, event.location_country, event.cameo) == ("Алматы", "KAZ", "046")


@pytest.mark.parametrize("text, ner_runs", [
    ("Глава МИД Омана Бадр аль-Бусаиди провел переговоры в Маскате.", True),
    ("Футболист Иван Петров забил гол в ворота «Спартака» в Казани.", False),
])
def test_ner_runs_only_where_a_trigger_is(nlp, nlp_all, text, ner_runs):
    """Cheap before expensive: without a trigger only the gazetteer's names (Казань) are found."""
    assert any(e.label_ == "PER" for e in nlp(text).ents) is ner_runs
    assert any(e.label_ == "PER" for e in nlp_all(text).ents)  # all_mentions: NER on every doc


@pytest.mark.parametrize("text, name, n_mentions, country", [
    ("Наследный принц Саудовской Аравии Мохаммед бен Сальман прибыл в Вашингтон. Визит бен Сальмана продлится "
     "три дня.", "Мохаммед бен Сальман", 2, "SAU"),
    ("Президентка Майя Санду прибыла в Рим. Майя Санду встретилась с президентом Италии.", "Майя Санду", 2, "MDA"),
    ("Трамп провел телефонный разговор с Зеленским, в нем участвовал Илон Маск. Присутствие Маска удивило Киев.",
     "Илон Маск", 2, ""),  # a surname read as another noun (маска) joins its full name by its stem
    ("Канцлер Германии Олаф Шольц прибыл в Кишинев. Майя Санду встретилась с Олафом Шольцем.", "Олаф Шольц", 2,
     "DEU"),  # a known person's name in the instrumental, misread as шолец and олафома
])
def test_actors_shorter_name_ending_the_full_one_is_the_same_person(make_doc, text, name, n_mentions, country):
    person = next(a for a in make_doc(text)._.actors if a.kind == "person" and name in a.name)
    assert (len(person.mentions), person.country) == (n_mentions, country)


@pytest.mark.parametrize("text, name, country", [
    ("У Путина и Шольца состоялся телефонный разговор.", "Шол", "DEU"),
    ("Переговоры Путина и Токаева пройдут в Москве.", "Токаев", "KAZ"),
    ("Министр Марины Ивановой не назначили.", "Марин", ""),
    ("Путин провел телефонный разговор с Шольцем.", "Шольц", "DEU"),  # not Шолец
    ("Футболист Иван Петров забил гол.", "Иван", ""),  # Иван is no form of the known Иванов
])
def test_actors_surname_alone_gets_the_known_persons_country(make_doc, text, name, country):
    doc = make_doc(text)
    person = next(a for a in doc._.actors if a.kind == "person" and a.name.startswith(name))
    assert person.country == country


@pytest.mark.parametrize("word, following, expected", [
    ("состоялсяв", "Египте", ["состоялся", "в"]),
    ("написалв", "Twitter", ["написал", "в"]),
    ("состоялсяв", "четверг", ["состоялсяв"]),  # no capital after it
    ("Петрове", "Иван", ["Петрове"]),  # a name is left alone
    ("встречи", "Франции", ["встречи"]),  # a word pymorphy3 knows
    ("страныВиктор", "Орбан", ["страны", "Виктор"]),  # a space lost before a capital
    ("встречиЗеленскогои", "Орбана", ["встречи", "Зеленского", "и"]),  # ... and before и
    ("ФосАгро", "", ["ФосАгро"]),  # a capitalised name with a capital inside is left alone
    ("бзкжПетров", "", ["бзкжПетров"]),  # the part before the capital is no word pymorphy3 knows
])
def test_tokenizer_words_glued_where_a_space_was_lost_are_split(word, following, expected):
    assert unglued(word, following) == expected


@pytest.mark.parametrize("text, key, kind, name", [
    ("Российско-украинские переговоры прошли в Минске.", "country:UKR", "country", "Украина"),
    ("Американский лидер прибыл в белорусскую столицу.", "country:USA", "country", "США"),
    ("Американский лидер прибыл в белорусскую столицу.", "seat:BLR", "location", "Минск"),
    ("Президенты России и Франции провели переговоры в Кремле.", "seat:RUS", "location", "Москва"),
    ("Лидеры Северной и Южной Кореи встретились.", "country:PRK", "country", "КНДР"),
])
def test_actors_own_the_actors_an_event_names_without_a_name(make_doc, text, key, kind, name):
    doc = make_doc(text)
    found = {a.key: a for a in doc._.actors}
    assert (found[key].kind, found[key].name) == (kind, name)
    assert found[key].reference_start >= 0 or found[key].mentions
    assert any(e.parties or e.location for e in doc._.events)
