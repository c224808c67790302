"""Event rules on sentences we wrote ourselves: places, merging, status, mediators, sides."""
from __future__ import annotations

import pytest


def events_of(make_doc, text: str, published: str | None = "2024-05-15"):
    return make_doc(text, published)._.events


def one(events, event_type: str):
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.parties, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize("text, event_type, location", [
    ("Президент Франции провел в Кремле переговоры с президентом России.", "negotiations", "Москва"),
    ("Министр иностранных дел Индии посетит Пекин в июне.", "visit", "Пекин"),
    ("Премьер-министр Японии прибыл в\xa0Канберру с официальным визитом.", "visit", "Канберра"),
    ("В Анкаре объявили сроки визита в Россию президента Турции. Он прибудет в Москву 20 мая.", "visit", "Москва"),
    ("После прибытия в Ханой президент Франции провел переговоры с президентом Вьетнама.", "negotiations", "Ханой"),
    ("Переговоры президентов Египта и Франции состоялисьв Египте.", "negotiations", "Египет"),
    ("Визит канцлера Германии в Киев был запланирован еще до развала в ФРГ правящей коалиции.", "visit", "Киев"),
])
def test_events_location(make_doc, text, event_type, location):
    assert one(events_of(make_doc, text), event_type).location == location


@pytest.mark.parametrize("text, event_type", [
    ("Президент Италии прибыл в Каир после встречи с президентом Франции.", "meeting"),
    ("Президент Ирана прилетел в Женеву перед переговорами с президентом Турции.", "negotiations"),
])
def test_events_place_of_the_sentence_is_not_the_one_of_an_event_it_dates(make_doc, text, event_type):
    assert one(events_of(make_doc, text), event_type).location == ""


def test_events_talks_during_a_visit_take_its_place(make_doc):
    events = events_of(make_doc, "Президент Египта прибыл с визитом в Рим. Президенты Египта и Италии провели переговоры.")
    assert one(events, "negotiations").location == "Рим"


@pytest.mark.parametrize("text, n_visits", [
    ("Президент Чили посетит Аргентину в июне. Предыдущий визит президента Чили в Аргентину состоялся в 2019 году.", 2),
    ("Президент Чили посетит Аргентину. Затем президент Чили посетит Бразилию.", 2),
    ("Президент Чили посетит Аргентину. Визит президента Чили в Аргентину продлится два дня.", 1),
    ("Президент Чили Габриэль Борич прибыл в Аргентину. Последний раз Габриэль Борич посещал Аргентину "
     "1 июня 2023 года.", 2),  # the text dates the second more than a month apart: another visit
    ("Президент Чили Габриэль Борич прибыл в Аргентину 14 мая. Визит Габриэля Борича в Аргентину продлится два дня.",
     1),
])
def test_events_visits_merge_only_when_one(make_doc, text, n_visits):
    assert len([e for e in events_of(make_doc, text) if e.type == "visit"]) == n_visits


@pytest.mark.parametrize("text, mediator", [
    ("Катар выступает в качестве посредника на переговорах между Израилем и Египтом.", ("Катар",)),
    ("Переговоры Армении и Азербайджана прошли при посредничестве Казахстана.", ("Казахстан",)),
    ("Переговоры Армении и Азербайджана прошли в Алматы. Посредником на переговорах выступил министр иностранных "
     "дел Казахстана Ермек Кошербаев.", ("Казахстан",)),
    ("Переговоры Армении и Азербайджана прошли в Алматы. Франция может выступить в качестве посредника.", ()),
    ("Завтра в Каире пройдут переговоры о прекращении огня. Участвуют Израиль, ХАМАС, Катар как посредник.",
     ("Катар",)),  # the sides and the mediator in the sentence after the trigger
    ("Переговоры Израиля и ХАМАС при посредничестве Египта и ООН прошли в Каире.", ("Египет", "ООН")),
])
def test_events_mediator(make_doc, text, mediator):
    event = one(events_of(make_doc, text), "negotiations")
    assert event.mediator == mediator
    assert not set(mediator) & set(event.parties)


def test_events_phone_call_with_two_leaders_is_two_calls(make_doc):
    events = events_of(make_doc, "Президент России провел переговоры по телефону с президентом Азербайджана и "
                                 "премьер-министром Армении.")
    calls = sorted(tuple(sorted(e.parties)) for e in events if e.type == "phone_call")
    assert calls == [("Азербайджан", "Россия"), ("Армения", "Россия")]


def test_events_commentators_take_no_part(make_doc):
    doc = make_doc("Министр иностранных дел Перу Хавьер Гонсалес встретился с министром иностранных дел Чили Альберто "
                   "Ван Клареном. Встреча важна для региона, считает политолог Иван Петров.", "2024-05-15")
    actors = {a.key: a for a in doc._.actors}
    event = one(doc._.events, "meeting")
    names = {actors[p.actor_key].name for p in event.participants}
    assert "Иван Петров" not in names and any("Гонсалес" in n for n in names)


@pytest.mark.parametrize("text", [
    "Президент Германии призвал Россию к переговорам с Украиной.",
    "Генсек ООН призывает стороны к диалогу и переговорам.",
    "Правительство Грузии заявило о готовности к переговорам с Россией.",  # a readiness
    "Премьер Италии заявил, что Италия готова быть посредником в переговорах между Сербией и Косово.",
    "МИД Армении заявил, что Ереван готов вести переговорный процесс с Баку.",
])
def test_events_call_for_talks_is_no_event(make_doc, text):
    assert [e for e in events_of(make_doc, text) if e.type == "negotiations"] == []


def test_events_preparing_for_talks_is_a_planned_event(make_doc):
    event = one(events_of(make_doc, "Делегации России и Украины готовятся к переговорам в Стамбуле."), "negotiations")
    assert event.status == "planned"


def test_events_summits_of_two_bodies_are_two(make_doc):
    events = events_of(make_doc, "Президент России примет участие в саммите ШОС в Астане. Затем президент России "
                                 "отправится на саммит БРИКС в Йоханнесбурге.")
    assert sorted(e.location for e in events if e.type == "summit") == ["Астана", "Йоханнесбург"]


def test_events_stateless_person_is_no_party(make_doc):
    event = one(events_of(make_doc, "Президент Франции встретился с бизнесменом Жаном Дюпоном."), "meeting")
    assert event.parties == ("Франция",)


@pytest.mark.parametrize("text, published, expected", [
    ("Президент Чили посетит Мадрид 18-20 июня.", "2024-06-10", "2024-06-18"),
    ("Визит президента Чили в Мадрид прошел 12—13 января.", "2024-03-04", "2024-01-12"),
    ("Президент Чили с 17 по 19 января находился с визитом в Мадриде.", "2024-01-20", "2024-01-17"),
])
def test_events_date_range_gives_its_first_day(make_doc, text, published, expected):
    assert one(events_of(make_doc, text, published), "visit").date == expected


@pytest.mark.parametrize("text, partner, subject", [
    ("Президент Чили Габриэль Борич прибыл с визитом в Аргентину. Глава государства встретится с президентом "
     "Аргентины Хавьером Милеем.", "Аргентина", "Чили"),
    ("Премьер-министр Индии Нарендра Моди прилетел в Токио. Там он провёл переговоры с премьер-министром Японии.",
     "Япония", "Индия"),
])
def test_events_partner_alone_takes_the_last_subject(make_doc, text, partner, subject):
    talks = [e for e in events_of(make_doc, text) if e.type != "visit"]
    assert len(talks) == 1 and set(talks[0].parties) == {partner, subject}


def test_events_partner_alone_without_an_earlier_side_is_no_event(make_doc):
    assert events_of(make_doc, "Встреча с президентом Аргентины состоится в мае.") == []


@pytest.mark.parametrize("text, parties", [
    # a state adjective before a side noun is a side
    ("Американский лидер провёл переговоры с президентом Китая.", {"США", "Китай"}),
    ("Украинская делегация встретилась с представителями ООН.", {"Украина", "ООН"}),
    ("Российский президент Владимир Путин встретился с премьер-министром Индии.", {"Россия", "Индия"}),
    # a union's bodies stand for the union
    ("Еврокомиссия и Россия провели переговоры о поставках газа.", {"Евросоюз", "Россия"}),
    ("Совет ЕС одобрил переговоры Евросоюза с Молдовой.", {"Евросоюз", "Молдавия"}),
    # coordinated adjectives and numbered rounds with one side
    ("Последняя встреча российской и украинской делегаций прошла в Стамбуле.", {"Россия", "Украина"}),
    ("На третьем раунде переговоров украинской делегации обсуждали эвакуацию.", {"Украина"}),
    # sides in apposition after a dash
    ("Прошла трёхсторонняя встреча президентов России — Владимира Путина, Украины — Леонида Кучмы и Белоруссии — "
     "Александра Лукашенко.", {"Россия", "Украина", "Белоруссия"}),
    ("Прошли переговоры между Ираном и европейской тройкой — Францией, Германией и Великобританией.",
     {"Иран", "Франция", "Германия", "Великобритания"}),
    ("Прошли переговоры между Ираном и «Европейской тройкой» — Францией, Германией и Великобританией.",
     {"Иран", "Франция", "Германия", "Великобритания"}),
    # the sides of a relation noun are not the event's
    ("Президент Грузии говорил о сближении между Минском и Брюсселем в преддверии своего визита в "
     "белорусскую столицу.", {"Грузия", "Белоруссия"}),
    ("Отношения с Россией обсудили на переговорах президентов Молдовы и Румынии.", {"Молдавия", "Румыния"}),
    # a movement is a side of its own, a ministry stands for its state
    ("Катар выступил посредником на переговорах между Израилем и ХАМАС.", {"Израиль", "Хамас"}),
    ("МИД Катара провёл консультации с МИД Египта.", {"Катар", "Египет"}),
])
def test_events_sides_of_the_one_event(make_doc, text, parties):
    [event] = events_of(make_doc, text)
    assert set(event.parties) == parties


@pytest.mark.parametrize("text, rounds", [
    ("Первый раунд переговоров саммита лидеров Японии и Китая прошёл в Пекине.", {("negotiations", 1)}),
    ("Третий раунд переговоров Армении и Азербайджана прошёл в Алматы.", {("negotiations", 3)}),
    ("Второй раунд российско-украинских переговоров прошёл в Стамбуле.", {("negotiations", 2)}),
])
def test_events_round_belongs_to_the_trigger_after_it(make_doc, text, rounds):
    assert {(e.type, e.round) for e in events_of(make_doc, text) if e.round is not None} == rounds


@pytest.mark.parametrize("text", [
    "Это основа любых переговоров с Тирасполем.",
    "Мы открыты для любых консультаций с Японией.",
])
def test_events_talks_of_any_kind_are_no_event(make_doc, text):
    assert events_of(make_doc, text) == []


@pytest.mark.parametrize("text, event_type, location, parties", [
    ("На следующий день после визита в Москву президент Турции отправится в Кувейт.", "visit", "Кувейт",
     {"Турция", "Кувейт"}),
    ("Президент России на саммите АСЕАН провёл встречу с президентом Индонезии.", "meeting", "", {"Россия", "Индонезия"}),
])
def test_events_argument_right_after_another_trigger_is_its_own(make_doc, text, event_type, location, parties):
    event = next(e for e in events_of(make_doc, text) if e.type == event_type and e.trigger != "визита")
    assert (event.location, set(event.parties)) == (location, parties)


@pytest.mark.parametrize("text, status", [
    ("Сегодня премьер-министр Индии прибывает в Японию.", "occurred"),
    ("Перспектива встречи президентов США и КНДР остаётся туманной.", "planned"),
    ("Встреча президентов Франции и Бразилии предвещает перенос посольства в Иерусалим.", "occurred"),
    ("Встречу президентов Франции и Бразилии перенесли на август.", "cancelled"),
    ("Переноса встречи президентов Франции и Бразилии не будет.", "cancelled"),
])
def test_events_status_cues_govern_their_own_event(make_doc, text, status):
    [event] = events_of(make_doc, text)
    assert event.status == status


def test_events_a_held_and_a_planned_mention_are_two_events(make_doc):
    events = events_of(make_doc, "Президент Молдовы встретилась в Риме с президентом Италии. Она пригласила "
                                 "президента Италии посетить Молдову.")
    assert sorted((e.type, e.status) for e in events) == [("meeting", "occurred"), ("visit", "planned")]


@pytest.mark.parametrize("text, event_type, location, parties", [
    ("Министр иностранных дел Ирана посетит Москву для обсуждения ситуации в Сирии.", "visit", "Москва",
     {"Иран", "Россия"}),
    ("Встреча президентов США и Египта предвещает развязку в Ливии.", "meeting", "", {"США", "Египет"}),
    ("Директор ЦРУ встретился с директором СВР России в столице Турции.", "meeting", "Анкара", {"США", "Россия"}),
])
def test_events_place_after_a_topic_noun_is_not_the_events(make_doc, text, event_type, location, parties):
    event = one(events_of(make_doc, text), event_type)
    assert (event.location, set(event.parties)) == (location, parties)


def test_events_coordinated_places_share_the_preposition(make_doc):
    event = one(events_of(make_doc, "Президент Чили провёл переговоры с президентом Перу в Лиме и Куско."),
                "negotiations")
    assert set(event.parties) == {"Чили", "Перу"}


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Индии встретился с представителями индийской диаспоры в Лондоне.",
    "Правительство упростило условия поездок граждан в Италию.",
])
def test_events_meetings_with_diaspora_and_trips_of_citizens_are_no_events(make_doc, text):
    assert events_of(make_doc, text) == []


def test_events_commentator_is_the_name_in_apposition(make_doc):
    doc = make_doc("Политолог Иван Петров объясняет, зачем Орбану встреча с Зеленским.", "2024-07-06")
    actors = {a.key: a.name for a in doc._.actors}
    [event] = doc._.events
    names = {actors[p.actor_key] for p in event.participants}
    assert any("Орбан" in n for n in names) and not any("Петров" in n for n in names)


@pytest.mark.parametrize("text, cancels", [
    ("Встречи президентов не будет.", True),
    ("Переговоры не будут проводиться.", True),
    ("Президент не будет совершать визит в Пхеньян.", True),
    ("Тема климата не будет главной на встрече президентов.", False),
    ("Тема климата не будет обсуждаться на встрече президентов.", False),
])
def test_events_not_will_be_cancels_only_the_event(make_doc, text, cancels):
    doc = make_doc(text)
    assert ("CANCELLED" in [c.label_ for c in doc.spans["cues"]]) == cancels


def test_events_elided_round_noun_names_another_round(make_doc):
    events = events_of(make_doc, "Министры России и Китая обсудят в понедельник дату второго раунда переговоров. "
                                 "Первый состоялся 2 мая в Пекине.", "2024-05-14")
    held = [e for e in events if e.round == 1]
    assert len(held) == 1 and (held[0].status, held[0].location, held[0].date) == ("occurred", "Пекин", "2024-05-02")
    assert set(held[0].parties) == {"Россия", "Китай"}


@pytest.mark.parametrize("text, location", [
    ("Лидеры Чили и Перу встретились в Лиме, где обсудили перенос посольства в Иерусалим.", "Лима"),
    ("Президент Франции в кулуарах саммита G20 в Рио-де-Жанейро встретился с президентом Китая.", "Рио-де-Жанейро"),
    ("Президент Франции встретился с президентом Китая, а затем отправился в Токио.", ""),
    ("Президент Франции отправится в Пекин, где встретится с президентом Китая.", "Пекин"),
])
def test_events_a_place_gone_to_is_not_where_talks_are_held(make_doc, text, location):
    assert one(events_of(make_doc, text), "meeting").location == location


def test_events_elliptic_coordinated_states(make_doc):
    event = one(events_of(make_doc, "В Пхеньяне прошёл саммит руководителей Северной и Южной Кореи."), "summit")
    assert set(event.parties) == {"КНДР", "Южная Корея"}


@pytest.mark.parametrize("text, parties", [
    ("Израиль и США проводят консультации в ожидании падения правительства Башара Асада.", {"Израиль", "США"}),
    ("В штаб-квартире ООН прошли переговоры между лидерами Сербии и Косова.", {"Сербия", "Косово"}),
    ("Президенты Франции и Германии на встрече заявили о решимости помогать Украине.", {"Франция", "Германия"}),
    ("Послы согласовали рамки переговоров о вступлении Молдовы и Украины с Евросоюзом.", {"Евросоюз"}),
])
def test_events_nouns_other_than_the_trigger_keep_their_dependents(make_doc, text, parties):
    events = events_of(make_doc, text)
    assert [set(e.parties) for e in events] == ([parties] if len(parties) > 1 else [])


def test_events_other_persons_of_a_side_meet_apart(make_doc):
    events = events_of(make_doc, "Премьер-министр России Дмитрий Медведев встретился с президентом США Дональдом "
                                 "Трампом на ужине. Позже Трамп встретился с президентом России Владимиром Путиным.")
    assert len([e for e in events if e.type == "meeting"]) == 2


def test_events_a_place_is_no_mediator(make_doc):
    events = events_of(make_doc, "Президенты Сирии и Турции провели переговоры в Астане. В Женеве оппозиция "
                                 "общалась с ними только через посредников.")
    assert all(e.mediator == () for e in events)


def test_events_summit_takes_the_sides_of_talks_held_at_it(make_doc):
    events = events_of(make_doc, "В первый день саммита АТЭС в Дананге президент России провёл переговоры с "
                                 "председателем КНР. Затем президент России встретился с премьер-министром Японии.")
    summit = one(events, "summit")
    assert {"Россия", "Китай", "Япония"} <= set(summit.parties)


def test_events_meetings_of_a_body_are_its_summit(make_doc):
    events = events_of(make_doc, "Президент России присутствовал на встречах АТЭС во Вьетнаме.")
    assert [e.type for e in events] == ["summit"]


@pytest.mark.parametrize("text, status", [
    ("Президент США прибыл в Польшу перед саммитом G20.", "planned"),
    ("В преддверии визита президента Китая в Казахстан министры провели консультации.", "planned"),
])
def test_events_an_event_named_as_coming_after_lies_ahead(make_doc, text, status):
    event = next(e for e in events_of(make_doc, text) if e.type in ("summit", "visit") and e.trigger != "прибыл в")
    assert event.status == status


@pytest.mark.parametrize("text, event_type, parties", [
    ("Генеральный секретарь ООН Антониу Гутерриш встретился с президентом Украины.", "meeting", {"ООН", "Украина"}),
    ("Генсек ООН прибыл в Киев после встречи с президентом России.", "visit", {"ООН", "Украина"}),
])
def test_events_an_official_of_a_body_stands_for_it(make_doc, text, event_type, parties):
    assert set(one(events_of(make_doc, text), event_type).parties) == parties


def test_events_a_summit_planned_earlier_and_held_is_one(make_doc):
    events = events_of(make_doc, "Саммит НАТО с участием президентов США и Германии прошёл в Брюсселе. Саммит НАТО "
                                 "с участием президента США должен был пройти ещё в начале года.")
    assert len([e for e in events if e.type == "summit"]) == 1


@pytest.mark.parametrize("text, event_type, person", [
    ("Президент Чили Габриэль Борич выступил в Сантьяго. Вечером президент Чили прибыл в Лиму.", "visit", "Борич"),
    ("Министр иностранных дел Японии Ёко Камикава, которая прибыла в Сеул, встретилась с президентом Кореи.",
     "visit", "Камикава"),
    ("Президент Перу встретился с премьер-министром Японии Фумио Кисидой, прибывшим в Лиму с визитом.", "visit",
     "Кисид"),
])
def test_events_persons_named_by_role_or_relative_clause_take_part(make_doc, text, event_type, person):
    doc = make_doc(text, "2024-05-15")
    names = {a.key: a.name for a in doc._.actors}
    event = one(doc._.events, event_type)
    assert any(person in names[p.actor_key] for p in event.participants), [names[p.actor_key] for p in event.participants]


def test_events_receiving_in_a_residence_is_a_meeting(make_doc):
    event = one(events_of(make_doc, "Барак Обама принимает в Белом доме президента Франции Николя Саркози."), "meeting")
    assert set(event.parties) == {"США", "Франция"}


@pytest.mark.parametrize("text, location", [
    ("В Москве сегодня совещалась комиссия. Делегации Грузии и Южной Осетии провели очередной раунд переговоров.",
     "Москва"),
    ("Президент Молдовы отправится в Дублин, где встретится с президентом Ирландии.", "Дублин"),
])
def test_events_place_of_a_preceding_sentence_or_relative_where(make_doc, text, location):
    [event] = [e for e in events_of(make_doc, text) if e.type != "visit"]
    assert event.location == location


def test_events_meetings_named_as_what_else_happens_are_none(make_doc):
    events = events_of(make_doc, "Помимо встреч в Лондоне, президент Молдовы отправится в Дублин, где встретится "
                                 "с президентом Ирландии.")
    assert [e.location for e in events if e.type == "meeting"] == ["Дублин"]


def test_events_a_negated_trigger_phrase_is_no_event(make_doc):
    events = events_of(make_doc, "Президент США начинает турне не с встреч с лидерами Германии и Франции, а с "
                                 "визита в Польшу.")
    assert not any(e.type == "meeting" for e in events)


def test_events_a_visit_announced_and_held_is_one(make_doc):
    events = events_of(make_doc, "Президент Грузии прибыл с государственным визитом в Минск. В преддверии визита в "
                                 "белорусскую столицу президент Грузии дал интервью.")
    assert len([e for e in events if e.type == "visit"]) == 1


def test_events_a_visit_completed_by_its_destination(make_doc):
    events = events_of(make_doc, "Президент Палестины получил приглашение посетить празднование, выразил надежду, "
                                 "что сможет нанести визит в Москву.")
    assert [(e.type, set(e.parties)) for e in events] == [("visit", {"Палестина", "Россия"})]


def test_events_place_owned_by_a_topic_noun_with_a_state_between(make_doc):
    event = one(events_of(make_doc, "Темой беседы президентов Польши и США станут действия России на Украине."),
                "meeting")
    assert event.location == ""


def test_events_a_week_names_no_day(make_doc):
    [event] = events_of(make_doc, "Президенты России и Китая провели переговоры на прошлой неделе.", "2024-05-15")
    assert (event.date, event.date_source, event.date_text) == (None, "text", "на прошлой неделе")


def test_events_going_to_a_capital_is_a_planned_visit_whose_host_is_no_other_visitor(make_doc):
    doc = make_doc("24 декабря Кишинёв посетил вице-премьер России Дмитрий Рогозин. Президент Молдовы Игорь Додон "
                   "поедет в Москву 17 января, где проведёт переговоры с президентом России Владимиром Путиным.",
                   "2017-01-05")
    names = {a.key: a.name for a in doc._.actors}
    visits = {e.status: e for e in doc._.events if e.type == "visit"}
    assert set(visits) == {"occurred", "planned"} and visits["planned"].location == "Москва"
    assert not any("Рогозин" in names[p.actor_key] for p in visits["planned"].participants)


def test_events_a_topic_owns_the_places_coordinated_after_it(make_doc):
    event = one(events_of(make_doc, "Главной темой на встрече президентов России и США станет ситуация в Сирии и "
                                    "на Украине."), "meeting")
    assert event.location == ""


@pytest.mark.parametrize("text, mediator", [
    ("Переговоры Армении и Азербайджана прошли при посредничестве России, Турции и Ирана.", ("Россия", "Турция", "Иран")),
    ("Переговоры Армении и Азербайджана прошли при посредничестве России и Франции.", ("Россия", "Франция")),
])
def test_events_mediators_coordinated_after_the_cue(make_doc, text, mediator):
    event = one(events_of(make_doc, text), "negotiations")
    assert event.mediator == mediator
    assert event.parties == ("Армения", "Азербайджан")


def test_events_talks_in_another_country_are_other_talks(make_doc):
    events = events_of(make_doc, "В Вене начались переговоры Армении и Азербайджана. Ранее переговорщики собирались в "
                                 "Тегеране при посредничестве России и Турции.")
    talks = sorted((e.location, e.mediator) for e in events if e.type == "negotiations")
    assert talks == [("Вена", ()), ("Тегеран", ("Россия", "Турция"))]


@pytest.mark.parametrize("text, status", [
    ("В Вене стартовал новый раунд переговоров Ирана и Франции.", "occurred"),
    ("Делегации Ирана и Франции собрались в Вене на переговоры.", "occurred"),
    ("Президент Ирана собирается посетить Францию.", "planned"),
    ("Президент Ирана собирается в мае посетить Францию.", "planned"),
])
def test_events_status_of_start_and_gathering(make_doc, text, status):
    assert [e.status for e in events_of(make_doc, text)] == [status]


def test_events_next_numbered_round_is_no_row(make_doc):
    events = events_of(make_doc, "Прошел второй раунд переговоров Армении и Азербайджана. Третий раунд переговоров "
                                 "пройдет в ближайшие дни.")
    talks = one(events, "negotiations")
    assert (talks.round, talks.next_round) == (2, "в ближайшие дни")


def test_events_a_round_without_sides_takes_those_of_the_other_rounds(make_doc):
    events = events_of(make_doc, "Сегодня прошел второй раунд армяно-азербайджанских переговоров в Москве.\n\n"
                                 "Первый раунд переговоров состоялся 28 февраля в Минске.")
    rounds = sorted((e.round, e.location, tuple(sorted(e.parties))) for e in events if e.type == "negotiations")
    assert rounds == [(1, "Минск", ("Азербайджан", "Армения")), (2, "Москва", ("Азербайджан", "Армения"))]


def test_events_a_summit_placed_nowhere_is_held_where_the_leaders_arrive(make_doc):
    events = events_of(make_doc, "Накануне прибытия обоих лидеров во Вьетнам стало известно, что президенты России и "
                                 "Китая встретятся. Саммит АТЭС открылся в пятницу. На саммите президент России провел "
                                 "переговоры с председателем КНР.")
    assert one(events, "summit").location == "Вьетнам"


def test_events_a_position_naming_no_country_names_no_participant(make_doc):
    doc = make_doc("Президент банка Вернер Хойер выступил в Давосе. Вечером глава государства провела переговоры "
                   "с министром Франции Лоранс Бун.", "2024-05-15")
    names = {a.key: a.name for a in doc._.actors}
    assert not any("Хойер" in names[p.actor_key] for e in doc._.events for p in e.participants)


@pytest.mark.parametrize("text, event_type, parties, absent", [
    ("Глава Европейского совета Дональд Туск встретился с президентом США.", "meeting", {"США", "Евросоюз"}, ""),
    ("Саммит НАТО прошёл в Брюсселе с участием президента США и канцлера Германии. Утром президент США встретился "
     "в Брюсселе с главой Европейского совета Дональдом Туском.", "summit", {"США", "Германия"}, "Туск"),
])
def test_events_an_official_of_a_body_is_no_side_of_his_state(make_doc, text, event_type, parties, absent):
    doc = make_doc(text, "2024-05-15")
    names = {a.key: a.name for a in doc._.actors}
    event = one(doc._.events, event_type)
    assert set(event.parties) == parties
    assert not absent or not any(absent in names[p.actor_key] for p in event.participants)


def test_events_talks_with_a_body_are_not_held_during_its_visit(make_doc):
    events = events_of(make_doc, "Генсек НАТО Йенс Столтенберг посетил Вашингтон. Президент США встретился с главой "
                                 "Еврокомиссии Урсулой фон дер Ляйен.")
    assert one(events, "meeting").location != "Вашингтон"


@pytest.mark.parametrize("text, parties, surnames", [
    ("Президент Сирии Башар Асад провёл переговоры с гостями. Французскую делегацию возглавлял представитель партии "
     "«Республиканцы» Жан Дюпон.", {"Сирия", "Франция"}, {"Дюпон"}),  # the head, whatever his post
    ("Башар Асад провёл переговоры с делегацией французского парламента во главе с представителем партии "
     "«Республиканцы» Жаном Дюпоном.", {"Сирия", "Франция"}, {"Дюпон"}),
    ("Делегацию Молдовы на переговорах с Румынией возглавит вице-премьер Иван Петреску. В нее также войдут министр "
     "культуры Ион Стан и директор агентства Павел Рошка.", {"Молдавия", "Румыния"}, {"Петреску", "Стан", "Рошка"}),
    ("Делегацию Молдовы на переговорах с Румынией возглавит вице-премьер Иван Петреску. В делегацию войдут министр "
     "культуры Ион Стан и директор агентства Павел Рошка.", {"Молдавия", "Румыния"}, {"Петреску", "Стан", "Рошка"}),
])
def test_events_a_delegations_head_and_members_take_part(make_doc, text, parties, surnames):
    doc = make_doc(text, "2024-05-15")
    names = {a.key: a.name for a in doc._.actors}
    event = one(doc._.events, "negotiations")
    assert set(event.parties) == parties
    assert surnames <= {names[p.actor_key].split()[-1] for p in event.participants}


@pytest.mark.parametrize("text", [
    "Орбан встретился с Зеленским. Это произошло через неделю после встречи Зеленского и Орбана в Швейцарии.",
    "Орбан встретился с Зеленским. Это случилось спустя месяц после встречи Зеленского и Орбана в Швейцарии.",
])
def test_events_a_meeting_some_time_before_the_reported_one_is_another_event(make_doc, text):
    meetings = [e for e in events_of(make_doc, text) if e.type == "meeting"]
    assert sorted(e.location for e in meetings) == ["", "Швейцария"]


@pytest.mark.parametrize("text, event_type, forum, parties", [
    ("Встреча в нормандском формате состоится в Париже 9 декабря.", "summit", "нормандский формат",
     {"Россия", "Украина", "Германия", "Франция"}),  # a format named without its members: its members
    ("Переговоры в формате «5+2» возобновились в Вене.", "negotiations", "формат «5+2»", {"Молдавия", "Приднестровье"}),
    ("Саммит БРИКС прошел в Казани.", "summit", "БРИКС", {"БРИКС"}),  # an organisation's summit naming no state
    ("Лидеры стран БРИКС собрались на саммит в Казани. Путин и Си Цзиньпин провели переговоры.", "summit", "БРИКС",
     {"Россия", "Китай"}),  # states taking part: the forum is no side
    ("Путин и Лукашенко провели переговоры в Минске.", "negotiations", "", {"Россия", "Белоруссия"}),
])
def test_events_forum_and_its_parties(make_doc, text, event_type, forum, parties):
    event = one(events_of(make_doc, text), event_type)
    assert (event.forum, set(event.parties)) == (forum, parties)


@pytest.mark.parametrize("text, event_type, parties", [
    ("Лавров обсудил с Блинкеном ситуацию на Украине.", "meeting", {"Россия", "США"}),
    ("Путин принял посла США в Кремле.", "meeting", {"Россия", "США"}),
    ("Байден позвонил Путину.", "phone_call", {"США", "Россия"}),
    ("Делегации России и Азербайджана прибыли в Баку.", "visit", {"Россия", "Азербайджан"}),
])
def test_events_light_words_with_a_foreign_partner(make_doc, text, event_type, parties):
    assert set(one(events_of(make_doc, text), event_type).parties) == parties


@pytest.mark.parametrize("text", [
    "Россия обсуждает с партнерами новые поставки.",  # no person taking part
    "Звонок поступил в посольство.",
    "Конференция по безопасности откроется в Мюнхене.",
])
def test_events_light_words_alone_name_no_event(make_doc, text):
    assert events_of(make_doc, text) == []


@pytest.mark.parametrize("text, parties, mediator", [
    ("Египет, который выступает посредником, провел в Каире переговоры между Израилем и ХАМАС.",
     {"Израиль", "Хамас"}, ("Египет",)),  # the antecedent of a relative clause that mediates
    ("Катар провел переговоры между США и талибами в Дохе.", {"США", "Талибан"}, ("Катар",)),  # the subject
    ("Переговоры правительства Мозамбика и повстанцев прошли при посредничестве Сообщества Сант-Эджидио в Риме.",
     {"Мозамбик"}, ("Сообщество Сант-Эджидио",)),  # a body the gazetteers do not know
    ("Правительство закупает газ через посредников. Переговоры России и Молдавии прошли в Москве.",
     {"Россия", "Молдавия"}, ()),  # a channel is no mediator
])
def test_events_mediators_before_their_cue_as_subject_and_unknown(make_doc, text, parties, mediator):
    event = one(events_of(make_doc, text), "negotiations")
    assert (set(event.parties), event.mediator) == (parties, mediator)


@pytest.mark.parametrize("text", [
    "Делегации России и Украины смогут начать переговоры в Стамбуле.",
    "Лидеры России и Украины сядут за стол переговоров в Стамбуле.",
    "Россия и Украина продолжат переговоры в Стамбуле.",
    "Президент России надеется провести переговоры с президентом Украины в Стамбуле.",
    "Грядущие переговоры России и Украины пройдут в Стамбуле.",
    "Министр России получил мандат на переговоры с Украиной в Стамбуле.",
])
def test_events_modality_plans(make_doc, text):
    assert one(events_of(make_doc, text), "negotiations").status == "planned"


def test_events_a_conversation_word_naming_no_side_is_the_call(make_doc):
    text = ("Путин провел телефонный разговор с Си Цзиньпином. Они обсудили работу в рамках БРИКС и ШОС. "
            "Беседа прошла в дружественной атмосфере.")
    assert [(e.type, set(e.parties)) for e in events_of(make_doc, text)] == [("phone_call", {"Россия", "Китай"})]


@pytest.mark.parametrize("text, expected", [
    ("Вчера Лавров прибыл в Анкару. Там он провел переговоры с Фиданом.", "2024-05-14"),  # the sentence before
    ("Лавров провел переговоры с Фиданом, которые, как сообщили 12 мая, прошли в Анкаре.", "2024-05-12"),
])
def test_events_date_from_the_text_around_the_clause(make_doc, text, expected):
    assert one(events_of(make_doc, text), "negotiations").date == expected


def test_events_players_of_no_state_hold_no_diplomatic_event(make_doc):
    assert events_of(make_doc, "Рафаэль Надаль и Александр Зверев встретились в финале турнира в Мадриде.") == []


def test_events_a_meeting_in_a_standing_format_is_a_summit(make_doc):
    assert one(events_of(make_doc, "Встреча в нормандском формате прошла в Париже."), "summit").forum == "нормандский формат"


def test_events_the_parse_gives_the_subject_beyond_the_clause(make_doc):
    text = ("Лавров встретился с Блинкеном в Женеве. Президент Франции, прибывший вчера в Пекин вместе с большой "
            "делегацией, провел переговоры с Си Цзиньпином.")  # not Russia, the subject spoken of before
    assert set(one(events_of(make_doc, text), "negotiations").parties) == {"Франция", "Китай"}


def test_syntax_parses_only_the_sentences_with_a_trigger(nlp):
    doc = nlp("Погода в Москве хорошая. Катар провел переговоры между США и талибами.")
    first = next(doc.sents)
    assert doc._.syntax and all(i >= first.end for i in doc._.syntax)
    relations = {doc[i].text: relation for i, (_, relation) in doc._.syntax.items()}
    assert relations["Катар"] == "nsubj" and relations["переговоры"] == "obj"
