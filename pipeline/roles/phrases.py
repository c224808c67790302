"""Finding position phrases around a person's name: before it (``министр иностранных дел Омана Бадр
аль-Бусаиди``), after it (``Бадр аль-Бусаиди, глава МИД Омана``; ``Иванов — предприниматель``), as a
predicate in the instrumental (``Кравцов стал руководителем``; ``министром назначен Иванов``;
``назначил Хантсмена послом``) and after a post noun (``занимал пост министра``, ``на должность
посла``). A phrase is (start, head, end, rule) in tokens; the head is the token the rule matches.
"""
from __future__ import annotations

from typing import Mapping

from spacy.tokens import Doc, Span

from ..lang.morph import is_plural, is_pronoun, may_be_in, noun_cases, word_cases
from ..lang.words import words
from .agreement import agrees, agrees_nominative, name_cases
from .rules import Lexicon, RoleRule, match_rule
from .tokens import ACTING, acting, acting_end, dated, past_brackets

WINDOW = 20
POST_WINDOW = 6
ROLE_PREPOSITIONS = {"по", "в", "во", "при", "на", "от"}
ROLE_JOINERS = {"-", "и"}
DASHES = {"—", "–", "-"}
LOCATIVE = words("locative")  # + the accusative: where one goes (визит президента в Турцию)
VERB_ENDINGS = ("ть", "ться", "ти", "чь", "сти")  # a participle's lemma is its verb
STOP_PUNCT = {",", ".", ";", ":", "(", ")", "—", "–", "!", "?", "«", "»", '"'}

Phrase = tuple[int, int, int, RoleRule]


class PhraseFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.rules = lexicon.rules

    def compatible(self, token, people: set[int], quoted: set[int] = frozenset()) -> bool:
        """May the token stand inside a position phrase? ``quoted``: quotes and brackets around an
        organisation's name (``глава ОАО «Газпром»``, ``президент Международного олимпийского комитета
        (МОК)``)."""
        if token.i in people or token.is_space:
            return False
        if token.i in quoted or dated(token):
            return True  # (премьер Мали с 1991 по 1992 годы Сумана Сакко)
        if token.text in STOP_PUNCT or token.pos_ == "PUNCT" and token.text not in ROLE_JOINERS:
            return False
        if token.pos_ == "VERB" and token.lemma_ not in self.lexicon.modifiers:
            return False
        if token.pos_ == "ADP" and token.lower_ not in ROLE_PREPOSITIONS:
            return False
        if token.lower_ in LOCATIVE and token.i + 1 < len(token.doc) and token.doc[token.i + 1].morph.get("Case") == ["Acc"]:
            return False  # визит президента в Турцию: a destination, not a post (посол в Молдове)
        return token.pos_ not in ("CCONJ", "PRON", "ADV", "PART") or token.lower_ in ROLE_JOINERS

    def modifier(self, token, adjectives: set[int]) -> bool:
        """A word that may stand before a role head: бывший, специальный, российский, 45-летний (not
        её, свой)."""
        return token.lemma_ in self.lexicon.modifiers or token.i in adjectives or (
            token.pos_ == "ADJ" and not is_pronoun(token.text))

    def extend_modifiers(self, doc: Doc, start: int, floor: int, adjectives: set[int]) -> int:
        """Move the phrase's start left over modifiers and adjectives (``специальный``, ``научный``,
        ``чрезвычайный и полномочный``); ``и`` only between two of them."""
        while start - 1 >= floor:
            opening = next((k for k in range(max(floor, start - len(ACTING) - 2), start) if acting_end(doc, k) == start), None)
            if opening is not None:
                start = opening
            elif self.modifier(doc[start - 1], adjectives):
                start -= 1
            elif doc[start - 1].lower_ == "и" and start - 2 >= floor and self.modifier(doc[start - 2], adjectives):
                start -= 2
            else:
                break
        return start

    def extent(self, doc: Doc, start: int, limit: int, people: set[int], quoted: set[int]) -> int:
        end = start
        while end < limit and self.compatible(doc[end], people, quoted):
            end += 1
        return end

    def phrases(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int], listed: bool,
                quoted: set[int], persons: Mapping[int, Span] | None = None) -> list[Phrase]:
        """Every position phrase of one name, the one before it first, no two at the same place
        (``persons``: the doc's PER entities by their first token, when the caller has them)."""
        before = self.before(doc, ent, people, adjectives, listed, quoted, persons)
        found = (before
                 + self.after(doc, ent, people, adjectives, quoted)
                 + self.predicate(doc, ent, people, adjectives, quoted)
                 + self.predicate_before(doc, ent, people, quoted, min((p[0] for p in before), default=None))
                 + self.post(doc, ent, people, adjectives, quoted))
        kept: list[Phrase] = []
        for phrase in found:
            if not any(other[1] == phrase[1] for other in kept):
                kept.append(phrase)
        return kept

    # -- before the name -------------------------------------------------------------------
    def before(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int], listed: bool = False,
               quoted: set[int] = frozenset(), persons: Mapping[int, Span] | None = None) -> list[Phrase]:
        """A plural head (``музыканты``) names the person only at the start of a list of names;
        else it is the person's dependent (``представители президента Путина``): look further.
        Two positions in a row are two phrases (``заместитель главнокомандующего ВВС
        генерал-лейтенант Сергей Разыграев``). ``persons``: the PER entities by their first token
        (those of ``doc.ents`` when not given): only those in the window before the name are read."""
        floor = max(ent.sent.start, ent.start - WINDOW)
        if persons is None:
            persons = {e.start: e for e in doc.ents if e.label_ == "PER"}
        dependents = set()  # a person in the genitive inside the phrase: пресс-секретарь Клинтона Локхарт
        for other in (persons[k] for k in range(floor, ent.start) if k in persons):
            if other.end <= ent.start and (
                    "gent" in name_cases(other) and "gent" not in name_cases(ent)
                    or not name_cases(other) and doc[other.end].lower_ == "по"):  # помощник Клинтон по ...
                dependents |= set(range(other.start, other.end))
        last = ent.start
        for h in range(floor, last):
            rule = match_rule(doc, h, last, self.rules)
            one_of = rule is not None and doc[h].pos_ == "NOUN" and self.one_of(doc, h, floor, adjectives, ent)
            if rule and is_plural(doc[h].text) and not listed and not one_of:
                continue
            if rule and all(self.compatible(doc[k], people - dependents, quoted) for k in range(h, last)):
                start = self.extend_modifiers(doc, h, floor, adjectives)
                governed = any(doc[k].pos_ == "NOUN" or acting(doc, k) for k in range(start, h)) \
                    or (start > 0 and doc[start - 1].lemma_ in self.lexicon.posts)  # занимающая пост премьера
                if not governed and not one_of and not agrees(doc[h], ent):
                    continue
                if not name_cases(ent) and ent.end < len(doc) and doc[ent.end].lower_ == "по":
                    continue  # помощник Хиллари Клинтон по ...: the name depends on the position
                head, rule = self.longest_rule(doc, start, h, last, rule)
                end = last
                while end - 1 >= head + len(rule.lemmas) and doc[end - 1].pos_ == "ADJ" \
                        and end - 1 not in quoted:
                    end -= 1  # главы ведомства 30-летнего Ивана ...: the adjective is the name's
                return self.stacked(doc, ent, (start, head, end, rule), adjectives)
        return []

    def one_of(self, doc: Doc, h: int, floor: int, adjectives: set[int], ent: Span) -> bool:
        """Does ``один из`` in the name's case stand before the plural position (``один из лидеров ИГ``,
        ``одного из самых влиятельных боссов``; not ``одна из ведущих фигур ... Трампа``)?"""
        k = self.extend_modifiers(doc, h, floor, adjectives)
        while k - 1 >= floor and doc[k - 1].lower_ in ("самых", "наиболее"):
            k -= 1
        if not (k - 2 >= floor and doc[k - 1].lower_ == "из" and doc[k - 2].lemma_ == "один"):
            return False
        cases = name_cases(ent)
        return not cases or bool(cases & word_cases(doc[k - 2].text))

    def longest_rule(self, doc: Doc, start: int, head: int, end: int, rule: RoleRule) -> tuple[int, RoleRule]:
        """A longer rule that starts among the modifiers and covers the head (научный руководитель)."""
        for k in range(start, head):
            longer = match_rule(doc, k, end, self.rules)
            if longer and k + len(longer.lemmas) > head:
                return k, longer
        return head, rule

    def stacked(self, doc: Doc, ent: Span, phrase: Phrase, adjectives: set[int]) -> list[Phrase]:
        """Split a phrase where a second position in the nominative, as the name is, follows the
        first (``главнокомандующий войсками генерал армии``, ``президент и главный исполнительный
        директор``); a position in another case depends on the first (``заместитель министра``)."""
        start, head, end, rule = phrase
        if "nomn" not in noun_cases(doc[head].lower_) or not agrees_nominative(ent):
            return [phrase]
        for k in range(head + len(rule.lemmas), end):
            second = match_rule(doc, k, end, self.rules)
            if second is None or "nomn" not in noun_cases(doc[k].lower_) or is_plural(doc[k].text) \
                    or doc[k - 1].lower_ in ROLE_PREPOSITIONS:
                continue
            split = self.extend_modifiers(doc, k, head + len(rule.lemmas), adjectives)
            return [(start, head, split, rule), *self.stacked(doc, ent, (split, k, end, second), adjectives)]
        return [phrase]

    # -- after the name --------------------------------------------------------------------
    def after(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int],
              quoted: set[int] = frozenset()) -> list[Phrase]:
        """``Иванов, глава МИД``; ``Иванов — российский предприниматель``; ``Иванов (посол)``. Not a
        phrase that runs into the next name: that is the next person's (``Путин, министр Лавров``)."""
        i = past_brackets(doc, ent.end)  # Хосе Бонет (Josep Bonet) — лидер ...
        if i >= len(doc) or doc[i].text not in {",", "("} | DASHES:
            return []
        start = h = i + 1
        limit = ent.sent.end
        while h < limit and self.modifier(doc[h], adjectives) and not match_rule(doc, h, limit, self.rules):
            if doc[h].lemma_.endswith(VERB_ENDINGS) and doc[h].lemma_ not in self.lexicon.modifiers:
                return []  # Кристенсен, представившийся офицером полиции: a clause, not a position
            h += 1
        end = self.extent(doc, h, limit, people, quoted)
        if end < len(doc) and end in people:
            return []
        rule = match_rule(doc, h, end, self.rules) if h < end else None
        return [(start, h, end, rule)] if rule and not is_plural(doc[h].text) else []

    def predicate(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int],
                  quoted: set[int] = frozenset()) -> list[Phrase]:
        """A position in the instrumental after a copula (``Кравцов стал руководителем``; ``Иванов,
        который был назначен послом``) or right after the name (``назначил Хантсмена послом``)."""
        after = past_brackets(doc, ent.end)
        limit = min(ent.sent.end, after + 5)
        i, copula = after, False
        while i < limit:
            token = doc[i]
            if token.lemma_ in self.lexicon.copulas:
                copula = True
            elif copula and token.pos_ != "ADV" or not (token.text == "," or token.lemma_ == "который"
                                                      or token.pos_ in ("ADV", "PART")):
                break
            i += 1
        if not copula:
            i = after
        start = h = i
        while h < ent.sent.end and self.modifier(doc[h], adjectives) and may_be_in(doc[h].text, "ablt") \
                and not match_rule(doc, h, ent.sent.end, self.rules):
            h += 1
        if h >= ent.sent.end or not may_be_in(doc[h].text, "ablt"):
            return []
        end = self.extent(doc, h, ent.sent.end, people, quoted)
        rule = match_rule(doc, h, end, self.rules) if h < end else None
        return [(start, h, end, rule)] if rule else []

    def predicate_before(self, doc: Doc, ent: Span, people: set[int], quoted: set[int] = frozenset(),
                         left: int | None = None) -> list[Phrase]:
        """A position in the instrumental before a copula and the name (``Операторами выступили
        Михаил Агранович``; ``министром назначен 39-летний Иван Петров``; ``... назначен генерал
        Иван Петров``: ``left`` is where the position before the name starts)."""
        first = ent.start if left is None else left
        j = first - 1
        while j >= ent.sent.start and (doc[j].lemma_ in self.lexicon.copulas or doc[j].pos_ in ("ADV", "ADJ")):
            j -= 1
        if j == first - 1 or not any(doc[k].lemma_ in self.lexicon.copulas for k in range(j + 1, first)):
            return []
        for h in range(max(ent.sent.start, j - WINDOW), j + 1):
            rule = match_rule(doc, h, j + 1, self.rules)
            if rule and may_be_in(doc[h].text, "ablt") and all(
                    self.compatible(doc[k], people, quoted) for k in range(h, j + 1)):
                return [(self.extend_modifiers(doc, h, ent.sent.start, set()), h, j + 1, rule)]
        return []

    def post(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int],
             quoted: set[int] = frozenset()) -> list[Phrase]:
        """A position in the genitive after a post noun a few words after the name (``Якунин
        занимал пост президента РЖД``; ``Рухани вступает в должность президента``; ``Хантсмена на
        должность посла``), with no other name or clause between."""
        after = past_brackets(doc, ent.end)
        limit = min(ent.sent.end, after + POST_WINDOW)
        for k in range(after, limit):
            token = doc[k]
            if k in people or token.text in {".", ";", ":", "?", "!"} or token.lemma_ == "который" \
                    or is_pronoun(token.text):  # назначил его на должность: his, not the subject's
                return []
            if token.lemma_ not in self.lexicon.posts:
                continue
            h = k + 1
            while h < ent.sent.end and self.modifier(doc[h], adjectives) and not match_rule(doc, h, ent.sent.end, self.rules):
                h += 1
            end = self.extent(doc, h, ent.sent.end, people, quoted)
            if end < len(doc) and end in people:
                return []  # выдвинул на пост главы ФБР Джеймса Коми: his post, not the subject's
            rule = match_rule(doc, h, end, self.rules) if h < end else None
            return [(k + 1, h, end, rule)] if rule and may_be_in(doc[h].text, "gent") else []
        return []
