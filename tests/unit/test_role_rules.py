"""The pure rules of the roles stage on hand-built records and Docs: a role's words (acting, former),
the roles lexicon and its lookup, token tests, a name's agreement with a position, the tokens an
organisation's name lends a phrase, the tokens a rule may start at, spans looked up by position, and heads
of delegations."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from pipeline.kb.knowledge import Entry, Knowledge
from pipeline.roles.agreement import agrees, name_cases
from pipeline.roles.delegations import delegation_heads
from pipeline.roles.index import SpanIndex
from pipeline.roles.rules import RoleRule, load_lexicon, match_rule, rule_over, word_head_lemmas
from pipeline.roles.scene import quoted_tokens
from pipeline.roles.starts import RuleStarts
from pipeline.roles.text import expand_acting, role_text
from pipeline.roles.tokens import acting_end, dated, past_brackets

RULES = {"глава": [RoleRule(("глава", "мид"), "foreign_minister", "министр иностранных дел"),
                   RoleRule(("глава",), "official", "")],
         "премьер": [RoleRule(("премьер",), "head_of_government", "")]}


def doc_of(nlp, words: str, lemmas: str | None = None, pos: str | None = None) -> Doc:
    """A Doc of space-separated words, with their lemmas and parts of speech when given."""
    return Doc(nlp.vocab, words=words.split(), lemmas=lemmas.split() if lemmas else None,
               pos=pos.split() if pos else None)


@pytest.mark.parametrize("words, role", [
    (["экс-министра", "энергетики"], "бывший министр энергетики"),
    (["экс-певицы"], "бывшая певица"),
    (["исполняющего", "обязанности", "министра"], "исполняющий обязанности министра"),
    (["исполнявшего", "обязанности", "губернатора", "области"], "исполнявший обязанности губернатора области"),
    (["Министра", "финансов"], "министр финансов"),
    (["МИД", "Омана"], "МИД Омана"),  # an abbreviation keeps its capitals
    (["Её", "основатель"], "основатель"),  # no pronoun
])
def test_text_role_text_in_the_nominative_with_acting_and_former(words, role):
    assert role_text(words) == role


@pytest.mark.parametrize("words, expanded", [
    (["и", ".", "о", ".", "губернатора"], ["исполняющий", "обязанности", "губернатора"]),
    (["И", ".", "\xa0", "о", ".", "главы"], ["исполняющий", "обязанности", "главы"]),
    (["и", "министр"], ["и", "министр"]),
])
def test_text_expand_acting_writes_out_i_o(words, expanded):
    assert expand_acting(words) == expanded


def test_rules_load_lexicon_longest_rule_first(tmp_path):
    rules, modifiers = tmp_path / "roles.tsv", tmp_path / "modifiers.tsv"
    rules.write_text("# a comment\nlemmas\tclass\tcanonical\tkind\nглава\tofficial\nглава мид\tforeign_minister\t"
                     "министр иностранных дел\nдипломат\tdiplomat\t\tdescription\n", encoding="utf-8")
    modifiers.write_text("lemma\tkind\nбывший\nстать\tcopula\nпост\tpost\n", encoding="utf-8")
    lexicon = load_lexicon(rules, modifiers)
    assert [r.lemmas for r in lexicon.rules["глава"]] == [("глава", "мид"), ("глава",)]
    assert lexicon.rules["глава"][0].canonical == "министр иностранных дел"
    assert [r.description for r in lexicon.rules["дипломат"]] == [True]
    assert (lexicon.modifiers, lexicon.copulas, lexicon.posts) == ({"бывший"}, {"стать"}, {"пост"})


@pytest.mark.parametrize("words, lemmas, pos, end, role_class", [
    ("глава МИД Омана", "глава мид оман", "NOUN PROPN PROPN", 3, "foreign_minister"),
    ("глава МИД Омана", "глава мид оман", "NOUN PROPN PROPN", 1, "official"),  # the rule must end by ``end``
    ("глава российского МИД", "глава российский мид", "NOUN ADJ PROPN", 3, "official"),  # words in a row only
    ("премьера", "премьера", "NOUN", 1, "head_of_government"),  # its lemma as an animate noun
    ("экс-премьер", "экс-премьер", "NOUN", 1, "head_of_government"),  # a former премьер
    ("журналист", "журналист", "NOUN", 1, None),
])
def test_rules_match_rule_gives_the_role_class(nlp, words, lemmas, pos, end, role_class):
    rule = match_rule(doc_of(nlp, words, lemmas, pos), 0, end, RULES)
    assert (rule.role_class if rule else None) == role_class


@pytest.mark.parametrize("words, lemmas, pos, role_class, after", [
    ("глава российского МИД", "глава российский мид", "NOUN ADJ PROPN", "foreign_minister", 3),
    ("глава нового ведомства", "глава новый ведомство", "NOUN ADJ NOUN", "official", 1),
])
def test_rules_rule_over_skips_adjectives_between_a_rules_words(nlp, words, lemmas, pos, role_class, after):
    doc = doc_of(nlp, words, lemmas, pos)
    rule, end = rule_over(doc, list(range(len(doc))), RULES)
    assert (rule.role_class, end) == (role_class, after)


@pytest.mark.parametrize("lemma, word, lemmas", [
    ("премьера", "премьера", ("премьера", "премьер")),
    ("экс-премьер", "экс-премьер", ("экс-премьер", "премьер")),
    ("управлять", "управляющим", ("управлять", "управляющий")),  # a participle for a person
    ("поп-певица", "поп-певица", ("поп-певица", "поп", "певица")),
])
def test_rules_head_lemmas_of_a_word(lemma, word, lemmas):
    assert word_head_lemmas(lemma, word) == lemmas


def test_tokens_dated_marks_a_span_of_years(nlp):
    doc = doc_of(nlp, "премьер с 1991 по 1992 годы Сакко", "премьер с 1991 по 1992 год сакко")
    assert [dated(t) for t in doc] == [False, True, True, True, True, True, False]


@pytest.mark.parametrize("words, start, end", [
    (["и", ".", "о", ".", "губернатора"], 0, 4),
    (["И", ".", "\xa0", "о", ".", "главы"], 0, 5),  # a space token between
    (["и", ".", "о", ".", "губернатора"], 1, None),
    (["и", "министр"], 0, None),
])
def test_tokens_acting_end_after_i_o(nlp, words, start, end):
    assert acting_end(Doc(nlp.vocab, words=words), start) == end


@pytest.mark.parametrize("words, i, after", [
    ("Скотт Хоровитц ( Scott Horowitz ) , астронавт", 2, 6),
    ("Скотт Хоровитц ( Scott Horowitz ) , астронавт", 0, 0),  # no bracket there
    ("Иванов ( посол ) , астронавт", 1, 1),  # a Cyrillic bracket is no name
])
def test_tokens_past_brackets_of_latin_letters(nlp, words, i, after):
    assert past_brackets(doc_of(nlp, words), i) == after


@pytest.mark.parametrize("name, cases", [
    ("Владимира Путина", {"gent", "accs"}),
    ("Сергей Лавров", {"nomn"}),
    ("Ким Чен Ына", set()),  # the last word carries a case the others do not show
    ("Криштиану Роналду", set()),  # a foreign first name that does not decline
])
def test_agreement_name_cases_shared_by_its_words(nlp, name, cases):
    assert name_cases(doc_of(nlp, name)[:]) == cases


@pytest.mark.parametrize("text, agree", [
    ("пресс-секретарю Локхарту", True),
    ("пресс-секретарю Клинтона", False),  # another case: the name depends on the position
    ("актрисы Сергей", False),  # a woman's position names no man
    ("актриса Анна", True),
    ("министр Сергей Лавров", True),
])
def test_agreement_a_position_agrees_with_the_name(nlp, text, agree):
    doc = doc_of(nlp, text)
    assert agrees(doc[0], doc[1:]) is agree


@pytest.mark.parametrize("words, org, quoted", [
    ("клуба « Барселона » заявил", (2, 3), {1, 2, 3}),
    ("комитета ( МОК ) заявил", (2, 3), {1, 2, 3}),
    ("главы Газпрома заявил", (1, 2), {1}),
])
def test_scene_quoted_tokens_of_an_organisations_name(nlp, words, org, quoted):
    doc = doc_of(nlp, words)
    assert quoted_tokens(doc, [doc[org[0]:org[1]]], []) == quoted


def test_starts_rule_starts_read_once_a_pair(nlp):
    starts = RuleStarts(frozenset({"премьер", "глава"}))
    doc = doc_of(nlp, "Затем премьера и глава ушли", "затем премьера и глава уйти")
    assert (starts(doc), starts(doc), len(starts.starts)) == ([1, 3], [1, 3], 5)


def test_delegations_heads_by_the_adjective_before_them(nlp):
    words = "Иранскую делегацию возглавлял Аббас Арагчи , американскую – Стив Уиткофф ."
    doc = Doc(nlp.vocab, words=words.split(), sent_starts=[True] + [False] * 10)
    knowledge = Knowledge(entries=(("иранский", Entry("country:IRN", "adjective", "Иран", "IRN")),
                                   ("американский", Entry("country:USA", "adjective", "США", "USA"))),
                          countries={}, person_countries={})
    doc.spans["cues"] = [Span(doc, 1, 3, label="HEAD")]
    adjectives = [Span(doc, 0, 1, label="ADJECTIVE", span_id="0"), Span(doc, 6, 7, label="ADJECTIVE", span_id="1")]
    heads = delegation_heads(doc, SpanIndex([doc[3:5], doc[8:10]]), SpanIndex(adjectives), knowledge)
    assert heads == {doc[3].idx: "IRN", doc[8].idx: "USA"}


@pytest.fixture
def indexed(nlp):
    """Overlapping spans of a twelve-token Doc given out of order, and their index."""
    doc = doc_of(nlp, "a b c d e f g h i j k l")
    spans = [Span(doc, 5, 7, label="B"), Span(doc, 1, 3, label="A"), Span(doc, 5, 6, label="C"),
             Span(doc, 9, 12, label="D")]
    return spans, SpanIndex(spans)


@pytest.mark.parametrize("start, end, starting, inside", [
    (0, 12, "BACD", "BACD"),  # every span, in the order given
    (1, 6, "BAC", "AC"),  # B starts at 5 but ends past 6
    (5, 7, "BC", "BC"),
    (2, 5, "", ""),  # A starts before 2
    (9, 11, "D", ""),
    (-3, 1, "", ""),
])
def test_index_spans_starting_and_inside_a_range_in_the_order_given(indexed, start, end, starting, inside):
    _, index = indexed
    assert "".join(s.label_ for s in index.starting(start, end)) == starting
    assert "".join(s.label_ for s in index.inside(start, end)) == inside


def test_index_spans_at_a_token_and_the_tokens_covered(indexed):
    spans, index = indexed
    assert list(index) == spans and len(index) == 4
    assert {k: s.label_ for k, s in index.at_start.items()} == {5: "C", 1: "A", 9: "D"}  # the last given at 5
    assert {k: s.label_ for k, s in index.at_end.items()} == {7: "B", 3: "A", 6: "C", 12: "D"}
    assert index.tokens == {1, 2, 5, 6, 9, 10, 11}
