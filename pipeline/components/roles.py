"""Roles: every position phrase around a person's name, with role_class, organisation and country
(``министр иностранных дел Омана Бадр аль-Бусаиди``; ``Бадр аль-Бусаиди, глава МИД Омана``; ``Кравцов
стал руководителем``; ``занимал пост министра``: ``role_phrases``), workplaces without a position
(``возглавил «Газпром»``, ``работал в посольстве Японии``: ``workplaces``), positions standing alone
and positions of ``он``/``она`` for the actors component to link to a person named before
(``Премьер уже ...``, ``Он стал министром``), and heads of delegations (``Иранскую делегацию
возглавлял ... Аббас Арагчи, американскую – ...``).

Sets ``doc._.roles`` {PER start_char: (RoleInfo, ...)}, ``doc._.role_mentions`` [RoleInfo],
``doc._.heads`` {PER start_char: ISO3} and ``doc.spans["roles"]`` (for display).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import doc as _doc  # noqa: F401  (registers doc._.roles, doc._.heads)
from ..kb.knowledge import load_knowledge
from ..kb.lexicons import data_path, read_tsv
from ..lang.morph import get_morph, lexeme_forms, has_feminine, is_plural, is_pronoun, noun_cases, noun_genders, person_in_singular
from ..lang.normalize import normalize_phrase, normalize_role, singular_phrase
from .gazetteer import GAZETTEER_KEY, entry_of
from .layout import LAYOUT_KEY
from ..roles.phrases import ROLE_JOINERS, ROLE_PREPOSITIONS, Phrase, PhraseFinder
from ..roles.rules import RoleRule, load_lexicon, match_rule, rule_over, word_head_lemmas
from ..roles.tokens import ACTING, QUOTES, dated
from ..roles.workplaces import kind_tail, load_workplaces, workplace

FORMER = "экс-"
ACTING_STEMS = ("исполняющ", "исполнявш")  # исполняющий, исполнявший обязанности
BRACKETS = {"(", ")"}
MAX_STARTS = 200_000
PAIR_MIX = 0x9E3779B97F4A7C15  # an odd 64-bit constant: (lemma, word) hashes to one key
PRONOUNS = {"он": "masc", "она": "femn"}  # subjects that stand for the person named before
UNNAMED_CLASSES = {"journalist"}  # корреспондент сообщает: the article's own, rarely one named before
ANAPHORIC_CASES = (["Nom"], ["Gen"])  # a position without a name stands for a person as a subject or genitive


@dataclass(frozen=True)
class RoleInfo:
    role: str
    role_class: str
    organization: str = ""
    country: str = ""
    start: int = 0
    end: int = 0
    feminine: bool = False  # the position names a woman (актриса, певица)
    masculine: bool = False  # the position names a man (футболист: a woman is a футболистка)
    anaphoric: bool = False  # a position without a name that may stand for a person named before
    description: bool = False  # a description (дипломат, политик) rather than a post
    pronoun: bool = False  # said of он/она


def name_of(span: Span) -> str:
    """An organisation's or place's name in the nominative, spaced as written, without unbalanced
    quotes (``ОАО «Газпром`` -> ``ОАО Газпром``)."""
    words = normalize_phrase([t.text for t in span])
    words = [t.text if t.text.isupper() and len(t.text) > 1 else w for w, t in zip(words, span)]  # ЕСПЧ
    text = "".join(w + t.whitespace_ for w, t in zip(words, span)).strip()
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())


def role_text(words: list[str]) -> str:
    """The role's words in the nominative, lower case (unless an abbreviation leads); ``экс-X`` is
    ``бывший X`` (``экс-министра энергетики`` -> ``бывший министр энергетики``)."""
    words = [w for w in words if not is_pronoun(w)]  # её основатель
    former = {n for n, w in enumerate(words) if w.lower().startswith(FORMER) and len(w) > len(FORMER)}
    words = [w[len(FORMER):] if n in former else w for n, w in enumerate(words)]
    acting = next((n for n in range(len(words) - 1) if words[n].lower().startswith(ACTING_STEMS)
                   and words[n + 1].lower() == "обязанности"), None)
    if acting is None:
        words = normalize_role(words)
    else:  # исполняющего обязанности министра: the rest depends on обязанности, as written
        stem = next(s for s in ACTING_STEMS if words[acting].lower().startswith(s))
        words = [*normalize_role(words[:acting]), stem + "ий", *words[acting + 1:]]
    out = []
    for n, word in enumerate(words):
        if n in former:
            parse = get_morph().parse(word)[0]
            out.append("бывшая" if parse.tag.gender == "femn" and parse.tag.POS == "NOUN" else "бывший")
        out.append(word)
    role = " ".join(out)
    return role[0].lower() + role[1:] if role and not role.split()[0].isupper() else role


def org_extent(doc: Doc, org: Span, end: int, named: set[int]) -> Span:
    """An organisation's name with the names and genitive words after it, up to ``end``
    (``Регионального отделения РФСХ Республики Башкортостан``, ``администрации Советского района``)."""
    last = org.end
    while last < end and (last in named or doc[last].pos_ in ("NOUN", "PROPN", "ADJ")
                          and doc[last].morph.get("Case") == ["Gen"] and not person_in_singular(doc[last].text)):
        last += 1  # (not a person's word: главы ФБР республиканца Джеймса Коми)
    while last > org.end and doc[last - 1].pos_ == "ADJ":
        last -= 1
    return doc[org.start:last]


def expand_acting(words: list[str]) -> list[str]:
    """``и. о.`` written out: исполняющий обязанности."""
    out = []
    for word in (w for w in words if w.strip()):
        out.append(word)
        if [w.lower() for w in out[-len(ACTING):]] == list(ACTING):
            out[-len(ACTING):] = ["исполняющий", "обязанности"]
    return out


def listed_after(doc: Doc, ent: Span, starts: set[int]) -> int | None:
    """The start token of the person named next in a list (``, `` or ``и`` after ``ent``, past a
    bracket: ``А (1990—2000 годы), Б``), or None."""
    i = ent.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i, min(len(doc), i + 12)) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i + 1 < len(doc) and doc[i].text in {",", "и"} and i + 1 in starts:
        return i + 1
    return None


class Roles:
    def __init__(self, name: str, rules: Path, modifiers: Path, generic: Path, kinds: Path, verbs: Path,
                 relatives: Path, data_dir: str | None) -> None:
        self.name = name
        self.finder = PhraseFinder(load_lexicon(rules, modifiers))
        self.workplaces = load_workplaces(kinds, verbs)
        self.relatives = {row["lemma"] for row in read_tsv(relatives, ["lemma"])}
        self.rules = self.finder.rules
        self.rule_keys = frozenset(self.rules)
        self.starts: dict[tuple[int, int], bool] = {}  # (lemma, word) hashes -> may start a rule
        self.head_forms = lexeme_forms(sorted(self.rule_keys))
        self.generic = {row["lemma"] for row in read_tsv(generic, ["lemma"])}
        self.knowledge = load_knowledge(data_dir)

    def phrases(self, doc: Doc, ent: Span, people: set[int], adjectives: set[int], listed: bool,
                quoted: set[int], persons: list[Span] | None = None) -> list[Phrase]:
        """Every position phrase of one name, the one before it first, no two at the same place
        (``persons``: the doc's PER entities, when the caller has them)."""
        finder = self.finder
        before = finder.before(doc, ent, people, adjectives, listed, quoted, persons)
        found = (before
                 + finder.after(doc, ent, people, adjectives, quoted)
                 + finder.predicate(doc, ent, people, adjectives, quoted)
                 + finder.predicate_before(doc, ent, people, quoted, min((p[0] for p in before), default=None))
                 + finder.post(doc, ent, people, adjectives, quoted))
        kept: list[Phrase] = []
        for phrase in found:
            if not any(other[1] == phrase[1] for other in kept):
                kept.append(phrase)
        return kept

    # -- reading the phrase -------------------------------------------------------------------
    def phrase_country(self, doc: Doc, start: int, inside: list[Span]) -> str:
        """The country of a role phrase starting at ``start``, from the gazetteer spans inside it: a
        country, its adjective or a state body (not one after в/на: посол в Японии), else the country
        of an organisation or city it names."""
        country = ""
        for span in inside:
            located = span.start > start and doc[span.start - 1].lower_ in ("в", "во", "на")
            if span.label_ in ("COUNTRY", "ADJECTIVE", "STATEORG") and not located:
                return entry_of(span, self.knowledge).country
            if span.label_ in ("ORG", "CAPITAL", "CITY") and entry_of(span, self.knowledge).country and not country:
                country = entry_of(span, self.knowledge).country
        return country

    def describe(self, doc: Doc, start: int, head: int, end: int, rule: RoleRule, gazetteer: list[Span],
                 org_ents: list[Span], place_ents: list[Span] = ()) -> RoleInfo:
        inside = [s for s in gazetteer if start <= s.start and s.end <= end]
        orgs = sorted((e for e in list(org_ents) + [p for p in place_ents if p.start and doc[p.start - 1].text in QUOTES]
                       if start <= e.start and e.end <= end and e.start > head), key=lambda e: e.start)  # клуба «Барселона»
        countries = {(s.start, s.end) for s in inside if s.label_ in ("COUNTRY", "STATEORG")}
        places = [e for e in place_ents if start <= e.start and e.end <= end and e.start > head
                  and (e.start, e.end) not in countries and doc[e.start - 1].lower_ not in ("в", "во", "на")]
        bodies = [s for s in inside if s.label_ == "STATEORG"]
        organization = orgs[0] if orgs else None
        country = self.phrase_country(doc, start, inside)
        dropped = {i for s in inside if s.label_ in ("COUNTRY", "ADJECTIVE") and doc[s.start - 1].lower_ not in ("в", "во", "на")
                   for i in range(s.start, s.end)}
        dropped |= {i for i in range(start, end) if dated(doc[i])}  # с 1991 по 1992 годы
        cut = end
        if organization is not None:  # its adjectives go with it (главой государственной Комиссии по ...)
            first = organization.start
            while first - 1 > head and first - 1 >= start and doc[first - 1].pos_ == "ADJ" and first - 1 not in dropped:
                first -= 1
            organization = doc[first:organization.end]
            orgs = [organization, *orgs[1:]]
        if organization is not None and organization.start > head + len(rule.lemmas) - 1:
            cut = organization.start
            while cut - 1 > head and (doc[cut - 1].lemma_ in self.generic or doc[cut - 1].text in QUOTES):
                cut -= 1
            while cut < organization.start and cut - 1 > head and doc[cut - 1].pos_ == "ADJ":
                cut -= 1  # биотехнологической компании Genentech: the company's adjective goes with it
        kept = [i for i in range(head, end) if i not in dropped]  # глава [российского] МИД: глава МИД
        better = rule_over(doc, kept, self.rules) if kept else None
        if better is not None and len(better[0].lemmas) > len(rule.lemmas):  # глава казахстанского государства
            rule, matched_end = better[0], kept[better[1] - 1] + 1
        else:
            matched_end = head + len(rule.lemmas)
        words = [doc[i].text for i in range(start, head) if i not in dropped]
        words = expand_acting(words)
        if rule.canonical:
            words += rule.canonical.split()
            tail = range(matched_end, cut)
        else:
            tail = range(head, cut)
        words += [doc[i].text for i in tail if i not in dropped]
        while words and (words[-1] in ROLE_JOINERS | ROLE_PREPOSITIONS | BRACKETS | QUOTES):
            words.pop()
        role = role_text(words) if words else ""
        if role and is_plural(doc[head].text):  # музыканты А, Б и В: each a музыкант
            role = " ".join(singular_phrase(role.split()))
        org_name = ""
        if organization is not None:  # every one the phrase names, with its genitive dependents
            named = {i for e in list(org_ents) + list(place_ents) for i in range(e.start, e.end)}
            extents = [org_extent(doc, o, end, named) for o in orgs]
            org_name = "; ".join(dict.fromkeys(name_of(x) for n, x in enumerate(extents)
                                               if not any(y.start <= x.start < y.end for y in extents[:n])))
        elif bodies:
            org_name = name_of(bodies[0])
        elif places:  # мэр Москвы, губернатор Алтайского края: the place's government
            org_name = name_of(places[0])
        elif (kind := kind_tail(doc, head + 1, cut, self.workplaces.kinds)) is not None:
            org_name = name_of(kind)  # депутат городского совета, глава правительства
        return RoleInfo(role, rule.role_class, org_name, country, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))

    def pronoun_subjects(self, doc: Doc, people: set[int], adjectives: set[int], quoted: set[int],
                         gazetteer: list[Span], org_ents: list[Span], place_ents: list[Span],
                         spans: list[Span]) -> list[RoleInfo]:
        """Positions and workplaces of ``он``/``она`` (``Он стал министром``, ``В разные годы она
        возглавляла ...``), for the person named before (the actors component links them)."""
        found = []
        pronouns = numpy.isin(doc.to_array(LOWER), [doc.vocab.strings.add(p) for p in PRONOUNS]) if len(doc) else []
        for i in numpy.flatnonzero(pronouns).tolist():
            token = doc[i]
            if token.morph.get("Case") != ["Nom"]:
                continue
            ent = doc[token.i:token.i + 1]
            gender = {"feminine": PRONOUNS[token.lower_] == "femn", "masculine": PRONOUNS[token.lower_] == "masc",
                      "pronoun": True}
            for start, head, end, rule in (self.finder.predicate(doc, ent, people, adjectives, quoted)
                                           + self.finder.post(doc, ent, people, adjectives, quoted)):
                info = self.describe(doc, start, head, end, rule, gazetteer, org_ents, place_ents)
                if info.role:
                    found.append(replace(info, anaphoric=True, **gender))
                    spans.append(Span(doc, start, end, label=info.role_class))
            body = workplace(doc, ent, people, org_ents, self.workplaces)
            if body is not None:
                found.append(RoleInfo("", "", name_of(body), self.country_of(body, gazetteer), body.start_char,
                                      body.end_char, anaphoric=True, **gender))
        return found

    def country_of(self, span: Span, gazetteer: list[Span]) -> str:
        """The country of a gazetteer organisation (``посольстве Японии``: JPN), else ''."""
        for entry in gazetteer:
            if entry.start >= span.start and entry.end <= span.end and entry.label_ in ("ORG", "STATEORG", "COUNTRY"):
                return entry_of(entry, self.knowledge).country
        return ""

    def standalone(self, doc: Doc, taken: list[Span], people: set[int], gazetteer: list[Span],
                   org_ents: list[Span], names: list[Span]) -> list[RoleInfo]:
        """Role phrases without a name next to them: those that say whose official they are (``—
        уточнил глава МИД Казахстана``), and those that may stand for a person named before
        (``Премьер уже на этой неделе ...``, ``в доме артиста``): the actors component links them."""
        used = {i for s in list(taken) + list(doc.spans.get("source", [])) for i in range(s.start, s.end)}
        named = {i for e in names for i in range(e.start, e.end)}
        found = []
        end_of_last = 0
        for i in self.rule_starts(doc):
            if i < end_of_last or i in used or i in people or i in named:
                continue
            rule = match_rule(doc, i, len(doc), self.rules)
            if rule is None:
                continue
            end, sent_end = i + len(rule.lemmas), doc[i].sent.end
            while end < sent_end and self.finder.compatible(doc[end], people) and (
                    doc[end].pos_ != "ADJ" or end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
                end += 1  # глава казахстанского государства, not an adjective of what follows
            anaphoric = self.anaphoric(doc, i, end, people)
            inside = [s for s in gazetteer if i <= s.start and s.end <= end]
            if anaphoric or self.phrase_country(doc, i, inside):  # describe only those kept
                info = self.describe(doc, i, i, end, rule, gazetteer, org_ents)
                genders = noun_genders(doc[i].lower_)
                found.append(replace(info, anaphoric=anaphoric, feminine=genders == {"femn"},
                                     masculine=genders == {"masc"} and has_feminine(doc[i].lemma_),
                                     description=rule.description))
            end_of_last = end
        return found

    def rule_starts(self, doc: Doc) -> list[int]:
        """The tokens some position rule may start with (one of their head lemmas starts a rule), read
        from arrays, each distinct (lemma, word) once; the answer for each is kept (``MAX_STARTS`` at
        most), under one 64-bit key mixed from the two hashes."""
        if not len(doc):
            return []
        strings, known = doc.vocab.strings, self.starts
        pairs = doc.to_array([LEMMA, ORTH])
        keys = pairs[:, 0] * numpy.uint64(PAIR_MIX) + pairs[:, 1]  # wraps around, as hashes do
        kinds, first, inverse = numpy.unique(keys, return_index=True, return_inverse=True)
        answers = []
        for key, n in zip(kinds.tolist(), first.tolist()):
            start = known.get(key)
            if start is None:
                if len(known) >= MAX_STARTS:
                    known.clear()
                lemma, word = strings[int(pairs[n, 0])].lower(), strings[int(pairs[n, 1])]
                start = known[key] = self.may_head(lemma, word) and not self.rule_keys.isdisjoint(
                    word_head_lemmas(lemma, word))
            answers.append(start)
        return numpy.flatnonzero(numpy.array(answers, dtype=bool)[inverse.reshape(-1)]).tolist()

    def may_head(self, lemma: str, word: str) -> bool:
        """A cheap first check: the word's lemma starts a rule, or the word (or a part of it after a
        hyphen) is a form of a word that does (most words of an article are neither)."""
        lower = word.lower().replace("ё", "е")
        return lemma in self.rule_keys or lower in self.head_forms or (
            "-" in lower and any(part in self.head_forms for part in lower.split("-")))

    def anaphoric(self, doc: Doc, head: int, end: int, people: set[int]) -> bool:
        """May the position stand for a person named before: one person (singular), as a subject or
        a genitive (not after a preposition: ``обратился к врачу``), no name right after it
        (``пресс-секретарь Путина``)?"""
        token = doc[head]
        if match_rule(doc, head, end, self.rules).role_class in UNNAMED_CLASSES:
            return False
        if "nomn" in noun_cases(token.lower_, "plur"):  # главы государств возложили: many
            verb = next((t for t in doc[end:token.sent.end] if t.pos_ == "VERB"), None) \
                or next((t for t in reversed(doc[token.sent.start:head]) if t.pos_ == "VERB"), None)
            if verb is not None and is_plural(verb.text):
                return False
        governor = head - 1
        while governor >= 0 and doc[governor].pos_ == "ADJ":
            governor -= 1
        if token.morph.get("Case") == ["Gen"] and governor >= 0 and doc[governor].lemma_ in self.relatives:
            return False  # внучка бывшего вице-президента: another person
        return (token.pos_ == "NOUN" and not is_plural(token.text) and person_in_singular(token.text)
                and token.morph.get("Case") in ANAPHORIC_CASES
                and (head == 0 or doc[head - 1].pos_ != "ADP") and end not in people
                and not (end < len(doc) and doc[end].ent_type_ == "PER"))

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
        quoted = {i for e in org_ents + place_ents for i in range(e.start - 1, e.end + 1)
                  if 0 <= i < len(doc) and doc[i].text in QUOTES}  # клуба «Барселона»
        quoted |= {i for e in org_ents + place_ents for i in range(e.start, e.end)}  # Управления по контролю за ...
        quoted |= {i for e in org_ents if e.start > 1 and doc[e.start - 1].text == "(" and e.end < len(doc)
                   and doc[e.end].text == ")" for i in (e.start - 1, e.end)}  # комитета (МОК)
        roles: dict[int, tuple[RoleInfo, ...]] = {}
        spans = []
        for ent in people:
            if any(s.start <= ent.start < s.end for s in layout) or ent.start_char in roles:
                continue
            listed = listed_after(doc, ent, set(by_start)) is not None
            found = self.phrases(doc, ent, person_tokens, adjectives, listed, quoted, people)
            infos = []
            for start, head, end, rule in found:
                info = self.describe(doc, start, head, end, rule, gazetteer, org_ents, place_ents)
                if info.role:
                    infos.append(info)
                    spans.append(Span(doc, start, end, label=info.role_class))
            body = workplace(doc, ent, person_tokens, org_ents, self.workplaces)
            if body is not None and all(body.start_char != i.start for i in infos):
                infos.append(RoleInfo("", "", name_of(body), self.country_of(body, gazetteer), body.start_char, body.end_char))
            if not infos:
                continue
            roles[ent.start_char] = tuple(infos)
            if not found:
                continue
            start, head, end, _ = found[0]
            following = listed_after(doc, ent, set(by_start))
            while is_plural(doc[head].text) and end <= ent.start and following is not None:
                roles[by_start[following].start_char] = (infos[0],)  # музыканты А, Б и В
                following = listed_after(doc, by_start[following], set(by_start))
        doc._.roles = roles
        doc._.role_mentions = self.standalone(doc, spans, person_tokens, gazetteer, org_ents, org_ents + place_ents)
        doc._.role_mentions += self.pronoun_subjects(doc, person_tokens, adjectives, quoted, gazetteer, org_ents,
                                                     place_ents, spans)
        doc._.heads = self.delegation_heads(doc, adjective_spans)
        doc.spans["roles"] = spans
        return doc


@Language.factory(
    "dipevents_roles",
    default_config={"rules": "lexicons/roles.tsv", "modifiers": "lexicons/role_modifiers.tsv",
                    "generic": "lexicons/org_generic.tsv", "kinds": "lexicons/org_kinds.tsv",
                    "workplace_verbs": "lexicons/workplace_verbs.tsv", "relatives": "lexicons/relatives.tsv",
                    "data_dir": None},
)
def make_roles(nlp: Language, name: str, rules: str, modifiers: str, generic: str, kinds: str, workplace_verbs: str,
               relatives: str, data_dir: str | None) -> Roles:
    return Roles(name, *(data_path(p, data_dir) for p in (rules, modifiers, generic, kinds, workplace_verbs, relatives)),
                 data_dir)
