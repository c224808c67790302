"""Roles: the position phrase before or after a person's name, with role_class, organisation and
country (``министр иностранных дел Омана Бадр аль-Бусаиди``; ``Бадр аль-Бусаиди, глава МИД Омана``),
and heads of delegations (``Иранскую делегацию возглавлял ... Аббас Арагчи, американскую – ...``).

Sets ``doc._.roles`` {PER start_char: RoleInfo}, ``doc._.heads`` {PER start_char: ISO3} and
``doc.spans["roles"]`` (for display).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (registers doc._.roles, doc._.heads)
from ..knowledge import load_knowledge
from ..lexicons import data_path, read_tsv
from ..morph import is_plural, normalize_phrase, noun_cases, person_noun_lemmas
from .gazetteer import GAZETTEER_KEY, entry_of
from .layout import LAYOUT_KEY

WINDOW = 14
ROLE_PREPOSITIONS = {"по", "в", "во", "при", "на"}
ROLE_JOINERS = {"-", "и"}
QUOTES = {"«", "»", '"', "“", "”", "„"}
STOP_PUNCT = {",", ".", ";", ":", "(", ")", "—", "–", "!", "?", "«", "»", '"'}
ORG_LABELS = {"ORG", "STATEORG"}


@dataclass(frozen=True)
class RoleInfo:
    role: str
    role_class: str
    organization: str = ""
    country: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class RoleRule:
    lemmas: tuple[str, ...]
    role_class: str
    canonical: str


def load_role_rules(path: Path) -> dict[str, list[RoleRule]]:
    rules: dict[str, list[RoleRule]] = {}
    for row in read_tsv(path, ["lemmas", "class"]):
        rule = RoleRule(tuple(row["lemmas"].split()), row["class"], row.get("canonical", ""))
        rules.setdefault(rule.lemmas[0], []).append(rule)
    for bucket in rules.values():
        bucket.sort(key=lambda r: -len(r.lemmas))
    return rules


def head_lemmas(token) -> list[str]:
    """The token's lemma, then its lemmas as an animate noun (``премьера`` is also премьер)."""
    lemma = token.lemma_.lower()
    found = [lemma, *sorted(person_noun_lemmas(token.text) - {lemma})]
    found += [x[4:] for x in found if x.startswith("экс-")]  # экс-премьер: a former премьер
    if "-" in token.text.strip("-"):  # композитор-неоклассик, журналиста-расследователя
        found += sorted(person_noun_lemmas(token.text.split("-")[0]) - set(found))
    return found


def agrees(head, ent: Span) -> bool:
    """A position in apposition takes the name's case (``пресс-секретарю ... Локхарту``); a name in
    another case depends on it (``пресс-секретарю экс-президента Клинтона``). Indeclinable words agree."""
    name = name_cases(ent)
    role = noun_cases(head.text)
    return not name or not role or bool(name & role)


def name_cases(ent: Span) -> frozenset[str]:
    """The cases all declinable words of a name share (``Владимира Путина``: gent, accs)."""
    shared = None
    for token in ent:
        cases = noun_cases(token.text)
        if cases:
            shared = cases if shared is None else shared & cases
    return shared or frozenset()


def match_rule(doc: Doc, i: int, end: int, rules: dict[str, list[RoleRule]]) -> RoleRule | None:
    for first in head_lemmas(doc[i]):
        for rule in rules.get(first, []):
            n = len(rule.lemmas)
            if i + n <= end and all(doc[i + k].lemma_.lower() == rule.lemmas[k] for k in range(1, n)):
                return rule
    return None


def name_of(span: Span) -> str:
    """An organisation's or place's name in the nominative, spaced as written, without unbalanced
    quotes (``ОАО «Газпром`` -> ``ОАО Газпром``)."""
    words = normalize_phrase([t.text for t in span])
    text = "".join(w + t.whitespace_ for w, t in zip(words, span)).strip()
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())


def listed_after(doc: Doc, ent: Span, starts: set[int]) -> int | None:
    """The start token of the person named next in a list (``, `` or ``и`` after ``ent``), or None."""
    i = ent.end
    if i + 1 < len(doc) and doc[i].text in {",", "и"} and i + 1 in starts:
        return i + 1
    return None


class Roles:
    def __init__(self, name: str, rules: Path, modifiers: Path, generic: Path, data_dir: str | None) -> None:
        self.name = name
        self.rules = load_role_rules(rules)
        rows = read_tsv(modifiers, ["lemma"])
        self.modifiers = {row["lemma"] for row in rows if row.get("kind", "") != "copula"}
        self.copulas = {row["lemma"] for row in rows if row.get("kind", "") == "copula"}
        self.generic = {row["lemma"] for row in read_tsv(generic, ["lemma"])}
        self.knowledge = load_knowledge(data_dir)

    # -- finding the phrase -------------------------------------------------------------------
    def compatible(self, token, people: set[int], quoted: set[int] = frozenset()) -> bool:
        """May the token stand inside a position phrase? ``quoted``: quotes around an organisation's
        name (``глава ОАО «Газпром»``)."""
        if token.i in people or token.is_space:
            return False
        if token.i in quoted:
            return True
        if token.text in STOP_PUNCT or token.pos_ == "PUNCT" and token.text not in ROLE_JOINERS:
            return False
        if token.pos_ == "VERB" and token.lemma_ not in self.modifiers:
            return False
        if token.pos_ == "ADP" and token.lower_ not in ROLE_PREPOSITIONS:
            return False
        return token.pos_ not in ("CCONJ", "PRON", "ADV") or token.lower_ in ROLE_JOINERS

    def extend_modifiers(self, doc: Doc, start: int, floor: int, adjectives: set[int]) -> int:
        """Move the phrase's start left over modifiers and adjectives (``специальный``, ``научный``,
        ``чрезвычайный и полномочный``); ``и`` only between two of them."""
        def modifier(i: int) -> bool:
            token = doc[i]
            return token.lemma_ in self.modifiers or i in adjectives or token.pos_ == "ADJ"

        while start - 1 >= floor:
            if modifier(start - 1):
                start -= 1
            elif doc[start - 1].lower_ == "и" and start - 2 >= floor and modifier(start - 2):
                start -= 2
            else:
                break
        return start

    def phrase_before(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int], listed: bool = False,
                      quoted: set[int] = frozenset()):
        """A plural head (``музыканты``) names the person only at the start of a list of names;
        else it is the person's dependent (``представители президента Путина``): look further."""
        floor = max(ent.sent.start, ent.start - WINDOW)
        dependents = set()  # a person in the genitive inside the phrase: пресс-секретарь Клинтона Локхарт
        for other in doc.ents:
            if other.label_ == "PER" and floor <= other.start and other.end <= ent.start \
                    and "gent" in name_cases(other) and "gent" not in name_cases(ent):
                dependents |= set(range(other.start, other.end))
        for h in range(floor, ent.start):
            rule = match_rule(doc, h, ent.start, self.rules)
            if rule and is_plural(doc[h].text) and not listed:
                continue
            if rule and all(self.compatible(doc[k], people - dependents, quoted) for k in range(h, ent.start)):
                start = self.extend_modifiers(doc, h, floor, adjectives)
                governed = any(doc[k].pos_ == "NOUN" for k in range(start, h))  # исполняющий обязанности министра
                if not governed and not agrees(doc[h], ent):
                    continue
                head, rule = self.longest_rule(doc, start, h, ent.start, rule)
                return start, head, ent.start, rule
        return None

    def longest_rule(self, doc: Doc, start: int, head: int, end: int, rule: RoleRule) -> tuple[int, RoleRule]:
        """A longer rule that starts among the modifiers and covers the head (научный руководитель)."""
        for k in range(start, head):
            longer = match_rule(doc, k, end, self.rules)
            if longer and k + len(longer.lemmas) > head:
                return k, longer
        return head, rule

    def phrase_after(self, doc: Doc, ent: Span, people: set[int], quoted: set[int] = frozenset()):
        i = ent.end
        if i >= len(doc) or doc[i].text not in {",", "(", "—", "–"}:
            return None
        start = h = i + 1
        while h < len(doc) and doc[h].lemma_ in self.modifiers:
            h += 1
        end = h
        while end < min(len(doc), ent.sent.end) and self.compatible(doc[end], people, quoted):
            end += 1
        rule = match_rule(doc, h, end, self.rules) if h < end else None
        return (start, h, end, rule) if rule else None

    def phrase_predicate(self, doc: Doc, ent: Span, people: set[int], quoted: set[int] = frozenset()):
        """A position after a copula, in the instrumental (``Кравцов стал руководителем
        Рособрнадзора``; ``Иванов, который был назначен послом``)."""
        limit = min(ent.sent.end, ent.end + 5)
        i, copula = ent.end, False
        while i < limit:
            token = doc[i]
            if token.lemma_ in self.copulas:
                copula = True
            elif copula and token.pos_ != "ADV" or not (token.text == "," or token.lemma_ == "который"
                                                      or token.pos_ in ("ADV", "PART")):
                break
            i += 1
        if not copula or i >= len(doc):
            return None
        start = h = i
        while h < ent.sent.end and (doc[h].lemma_ in self.modifiers or doc[h].pos_ == "ADJ"):
            h += 1
        if h >= ent.sent.end or doc[h].morph.get("Case") != ["Ins"]:
            return None
        end = h
        while end < ent.sent.end and self.compatible(doc[end], people, quoted):
            end += 1
        rule = match_rule(doc, h, end, self.rules) if h < end else None
        return (start, h, end, rule) if rule else None

    def phrase_predicate_before(self, doc: Doc, ent: Span, people: set[int], quoted: set[int] = frozenset()):
        """A position in the instrumental before a copula and the name (``Операторами выступили
        Михаил Агранович``; ``министром назначен Иван Петров``)."""
        j = ent.start - 1
        while j >= ent.sent.start and (doc[j].lemma_ in self.copulas or doc[j].pos_ == "ADV"):
            j -= 1
        if j == ent.start - 1 or not any(doc[k].lemma_ in self.copulas for k in range(j + 1, ent.start)):
            return None
        for h in range(max(ent.sent.start, j - WINDOW), j + 1):
            rule = match_rule(doc, h, j + 1, self.rules)
            if rule and doc[h].morph.get("Case") == ["Ins"] and all(
                    self.compatible(doc[k], people, quoted) for k in range(h, j + 1)):
                return h, h, j + 1, rule
        return None

    # -- reading the phrase -------------------------------------------------------------------
    def describe(self, doc: Doc, start: int, head: int, end: int, rule: RoleRule, gazetteer: list[Span],
                 org_ents: list[Span], place_ents: list[Span] = ()) -> RoleInfo:
        inside = [s for s in gazetteer if start <= s.start and s.end <= end]
        orgs = [e for e in org_ents if start <= e.start and e.end <= end and e.start > head]
        countries = {(s.start, s.end) for s in inside if s.label_ in ("COUNTRY", "STATEORG")}
        places = [e for e in place_ents if start <= e.start and e.end <= end and e.start > head
                  and (e.start, e.end) not in countries and doc[e.start - 1].lower_ not in ("в", "во", "на")]
        bodies = [s for s in inside if s.label_ == "STATEORG"]
        organization = orgs[0] if orgs else None
        country = ""
        for span in inside:
            located = span.start > start and doc[span.start - 1].lower_ in ("в", "во", "на")
            if span.label_ in ("COUNTRY", "ADJECTIVE", "STATEORG") and not located:
                country = entry_of(span, self.knowledge).country
                break
            if span.label_ in ("ORG", "CAPITAL", "CITY") and entry_of(span, self.knowledge).country and not country:
                country = entry_of(span, self.knowledge).country
        dropped = {i for s in inside if s.label_ in ("COUNTRY", "ADJECTIVE") and doc[s.start - 1].lower_ not in ("в", "во", "на")
                   for i in range(s.start, s.end)}
        cut = end
        if organization is not None and organization.start > head + len(rule.lemmas) - 1:
            cut = organization.start
            while cut - 1 > head and doc[cut - 1].lemma_ in self.generic:
                cut -= 1
        matched_end = head + len(rule.lemmas)
        words = [doc[i].text for i in range(start, head) if i not in dropped]
        if rule.canonical:
            words += rule.canonical.split()
            tail = range(matched_end, cut)
        else:
            tail = range(head, cut)
        words += [doc[i].text for i in tail if i not in dropped]
        while words and words[-1] in ROLE_JOINERS | ROLE_PREPOSITIONS:
            words.pop()
        role = " ".join(normalize_phrase(words)) if words else ""
        if role and not role.split()[0].isupper():
            role = role[0].lower() + role[1:]
        org_name = ""
        if organization is not None:
            org_name = name_of(organization)
        elif bodies:
            org_name = name_of(bodies[0])
        elif places:  # мэр Москвы, губернатор Алтайского края: the place's government
            org_name = name_of(places[0])
        return RoleInfo(role, rule.role_class, org_name, country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def standalone(self, doc: Doc, taken: list[Span], people: set[int], gazetteer: list[Span],
                   org_ents: list[Span]) -> list[RoleInfo]:
        """Role phrases without a name next to them that say whose official they are
        (``— уточнил глава МИД Казахстана``): the actors component links them to a person."""
        used = {i for s in taken for i in range(s.start, s.end)}
        found = []
        i = 0
        while i < len(doc):
            rule = None if i in used or i in people else match_rule(doc, i, len(doc), self.rules)
            if rule is None:
                i += 1
                continue
            end = i + len(rule.lemmas)
            while end < doc[i].sent.end and self.compatible(doc[end], people) and doc[end].pos_ != "ADJ":
                end += 1
            info = self.describe(doc, i, i, end, rule, gazetteer, org_ents)
            if info.country:
                found.append(info)
            i = end
        return found

    # -- delegation heads ---------------------------------------------------------------------
    def delegation_heads(self, doc: Doc, adjective_spans: list[Span]) -> dict[int, str]:
        heads: dict[int, str] = {}
        people = [e for e in doc.ents if e.label_ == "PER"]
        for cue in (s for s in doc.spans.get("cues", []) if s.label_ == "HEAD"):
            sent = cue.sent
            country = ""
            for adj in adjective_spans:
                if cue.start - 3 <= adj.start <= cue.end and adj.sent == sent:
                    country = entry_of(adj, self.knowledge).country
            after = [p for p in people if p.start >= cue.end and p.end <= sent.end]
            if not after:
                continue
            heads[after[0].start_char] = country
            for adj in adjective_spans:
                if adj.start > after[0].end and adj.end < sent.end and doc[adj.end].text in {"–", "—", ",", "-"}:
                    following = [p for p in after if p.start > adj.end]
                    if following:
                        heads[following[0].start_char] = entry_of(adj, self.knowledge).country
        return heads

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = list(doc.spans.get(GAZETTEER_KEY, []))
        adjective_spans = [s for s in gazetteer if s.label_ == "ADJECTIVE"]
        adjectives = {s.start for s in adjective_spans}
        layout = [s for s in doc.spans.get(LAYOUT_KEY, [])]
        ents = list(doc.ents)  # Doc.ents is rebuilt on every access
        people = [e for e in ents if e.label_ == "PER"]
        org_ents = [e for e in ents if e.label_ == "ORG"]
        place_ents = [e for e in ents if e.label_ == "LOC"]
        person_tokens = {i for e in people for i in range(e.start, e.end)}
        by_start = {e.start: e for e in people}
        quoted = {i for e in org_ents for i in range(e.start - 1, e.end + 1) if 0 <= i < len(doc) and doc[i].text in QUOTES}
        roles, spans = {}, []
        for ent in people:
            if any(s.start <= ent.start < s.end for s in layout) or ent.start_char in roles:
                continue
            listed = listed_after(doc, ent, set(by_start)) is not None
            found = (self.phrase_before(doc, ent, person_tokens, adjectives, listed, quoted)
                     or self.phrase_after(doc, ent, person_tokens, quoted)
                     or self.phrase_predicate(doc, ent, person_tokens, quoted)
                     or self.phrase_predicate_before(doc, ent, person_tokens, quoted))
            if found:
                start, head, end, rule = found
                info = self.describe(doc, start, head, end, rule, gazetteer, org_ents, place_ents)
                roles[ent.start_char] = info
                spans.append(Span(doc, start, end, label=info.role_class))
                following = listed_after(doc, ent, set(by_start))
                while is_plural(doc[head].text) and end <= ent.start and following is not None:
                    roles[by_start[following].start_char] = info  # музыканты А, Б и В
                    following = listed_after(doc, by_start[following], set(by_start))
        doc._.roles = roles
        doc._.role_mentions = self.standalone(doc, spans, person_tokens, gazetteer, org_ents)
        doc._.heads = self.delegation_heads(doc, adjective_spans)
        doc.spans["roles"] = spans
        return doc


@Language.factory(
    "dipevents_roles",
    default_config={"rules": "lexicons/roles.tsv", "modifiers": "lexicons/role_modifiers.tsv",
                    "generic": "lexicons/org_generic.tsv", "data_dir": None},
)
def make_roles(nlp: Language, name: str, rules: str, modifiers: str, generic: str, data_dir: str | None) -> Roles:
    return Roles(name, data_path(rules, data_dir), data_path(modifiers, data_dir), data_path(generic, data_dir), data_dir)
