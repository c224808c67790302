"""Events: trigger mentions with their arguments, merged into one row per real interaction.

For each trigger (``doc.spans["triggers"]``) the clause around it gives parties (subjects, ``с X``,
``между X и Y``, genitives), the place (``в``/``на`` + place), the mediator (after a MEDIATOR cue),
status (the nearest status cue), format, round and date. Sentences without a trigger but with a
delegation head, a participation or a mediator cue add to the event before them. Mentions of one
interaction (title, lead, later paragraphs) merge when their parties agree. Rules live in
``event_args`` (how a trigger's arguments are read), ``event_rules`` (merging, one event's fields) and
``event_links`` (between the article's events); this module only walks the Doc.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import doc as _doc  # noqa: F401
from ..lang.dates import find_dates, latest_full_date, load_date_words, parse_iso
from ..events.args import (LOCATIVE, PARTY_PREPOSITIONS, antecedents, can_be_side, compound_countries, coordinated,
                          digits, direction, embedded, format_of, forum_of, mediator_cues, mediator_slots,
                          named_by_role, owned_by, preposition, role_phrases, role_tokens, split_call, status_of,
                          takes_part, topic_slots)
from ..events.links import visitor_of, with_hosts, with_places, with_summit_place, with_summit_sides
from ..events.rules import (Draft, Slot, TriggerMention, build_event, clause_bounds, fold_rounds, merge_mentions,
                           with_subjects)
from ..kb.knowledge import load_knowledge
from ..kb.lexicons import data_path, read_tsv
from ..records import Actor
from ..lang.normalize import normalize_phrase
from .gazetteer import GAZETTEER_KEY, entry_of
from .layout import LAYOUT_KEY
from .tokenizer import text_of

SKIP_LAYOUT = {"HEADER", "PHOTO", "SERVICE", "BYLINE"}
NEAR = 4
VISIT_OBJECT = {"посетить", "посещать", "посещение"}
ARRIVAL = frozenset({"прибытие", "приезд", "прилет", "прибыть", "приехать", "прилететь", "прибывать", "приезжать",
                     "прилетать"})
TIME_PREPOSITIONS = frozenset({"после", "перед"})


def arrives(doc: Doc, slot: Slot) -> bool:
    """A place in the accusative after в/на with an arrival word at most four words before that preposition
    in the clause (``прибытия обоих лидеров во Вьетнам``, ``прибыл в Манилу``): where someone arrives."""
    if slot.preposition not in LOCATIVE or slot.kind not in ("country", "location") or slot.in_role \
            or not direction(doc, slot):
        return False
    i = slot.start - 1
    while i > 0 and doc[i].lower_ not in LOCATIVE:
        i -= 1
    words = doc[max(i - 5, doc[slot.start].sent.start):i]
    first = min((w.i for w in words if w.lemma_ in ARRIVAL), default=None)
    return first is not None and not any(t.is_punct for t in words if t.i > first)


def displaced(doc: Doc, trigger: Span) -> bool:
    """A trigger after после/перед (``прибыл в Киев после встречи с Путиным``, ``перед саммитом G20``) dates
    another event: the places of the rest of its sentence are not its own."""
    i = trigger.start - 1
    while i >= trigger.sent.start and doc[i].pos_ in ("ADJ", "DET"):  # перед предстоящим саммитом
        i -= 1
    return i >= trigger.sent.start and doc[i].lower_ in TIME_PREPOSITIONS


class Events:
    def __init__(self, name: str, ordinals: str, dates: str, side_nouns: str, data_dir: str | None) -> None:
        self.name = name
        self.knowledge = load_knowledge(data_dir)
        self.adjectives = {surface: entry.country for surface, entry in self.knowledge.entries
                           if entry.kind == "adjective" and entry.country}
        self.country_names = {surface.lower().replace("ё", "е"): entry.country for surface, entry in self.knowledge.entries
                              if entry.kind == "country"}
        self.side_nouns = frozenset(row["lemma"] for row in read_tsv(data_path(side_nouns, data_dir), ["lemma"]))
        self.ordinals = {row["lemma"]: (int(row["value"]) if row["value"] else None)
                         for row in read_tsv(data_path(ordinals, data_dir), ["lemma", "value"])}
        self.date_words = load_date_words(data_path(dates, data_dir))
        self.regions = frozenset(entry.name for _, entry in self.knowledge.entries
                                 if entry.kind == "city" and entry.subkind == "region")

    # -- the Doc's annotations, per sentence ---------------------------------------------------------
    def slots(self, doc: Doc, actors: dict) -> list[Slot]:
        """The actors' mentions; a seat of power after в/на (``в Кремле``) is a place, its country's capital
        (added to ``actors`` as a location)."""
        gazetteer = {(s.start, s.end): s for s in doc.spans.get(GAZETTEER_KEY, []) if s.label_ != "ADJECTIVE"}
        role_tokens = {i for s in doc.spans.get("roles", []) for i in range(s.start, s.end)}
        found = []
        for ent in doc.ents:
            key = doc._.mention_actor.get((ent.start_char, ent.end_char))
            actor = actors.get(key)
            if actor is None:
                continue
            span = gazetteer.get((ent.start, ent.end))
            subkind = entry_of(span, self.knowledge).subkind if span is not None and span.label_ == "ORG" else ""
            before = preposition(doc, ent.start)
            named_capital = not before and ent.start > 0 and doc[ent.start - 1].lemma_ == "столица"
            if named_capital:  # в столице Турции: in Ankara
                before = preposition(doc, ent.start - 1)
            capital = self.knowledge.countries[actor.country].capital if actor.country in self.knowledge.countries else ""
            city = ""  # the capital a country's mention names (Москву, Кремль, столицу РФ), as a place
            if capital and actor.kind == "country" and (named_capital or span is not None and (
                    span.label_ == "CAPITAL" or subkind == "seat")):
                city = f"seat:{actor.country}"
                actors.setdefault(city, Actor(city, "location", capital, (), country=actor.country))
            if city and before in LOCATIVE:
                found.append(Slot(ent.start, ent.end, city, "location", "", before, ent.start in role_tokens, actor.country))
                continue
            found.append(Slot(ent.start, ent.end, key, actor.kind, subkind, before, ent.start in role_tokens, actor.country,
                              city))
        found += self.elliptic_countries(doc, actors, found)
        return coordinated(doc, sorted(found + self.adjective_sides(doc, actors, role_tokens), key=lambda s: s.start))

    def elliptic_countries(self, doc: Doc, actors: dict, slots: list[Slot]) -> list[Slot]:
        """``Северной и Южной Кореи``: an adjective coordinated with a state's name that begins with an
        adjective names, with the same noun, another state."""
        found = []
        for slot in slots:
            i = slot.start
            words = [t for t in doc[max(slot.start - 4, 0):slot.start] if not t.is_space][-2:]  # Северной и\xa0Южной
            if slot.kind != "country" or slot.end - i < 2 or doc[i].pos_ != "ADJ" or len(words) < 2:
                continue
            if words[1].lower_ not in ("и", ",") or not words[0].is_alpha:
                continue
            name = " ".join(normalize_phrase([words[0].text, *[t.text for t in doc[i + 1:slot.end]]])).lower()
            iso = self.country_names.get(name.replace("ё", "е"), "")
            if iso and iso != slot.country:
                key = f"country:{iso}"
                actors.setdefault(key, Actor(key, "country", self.knowledge.country_name(iso), (), country=iso))
                found.append(replace(slot, start=words[0].i, end=words[0].i + 1, key=key, country=iso, city=""))
        return found

    def adjective_sides(self, doc: Doc, actors: dict, role_tokens: set[int]) -> list[Slot]:
        """A state named by its adjective before a side noun, with no name after it (``американский лидер``,
        ``украинская делегация``), and the states of a compound adjective before a trigger
        (``российско-украинских переговоров``): a slot of each country (added to ``actors``)."""
        people = {i for e in doc.ents if e.label_ == "PER" for i in range(e.start, e.end)}
        triggers = {t.start for t in doc.spans.get("triggers", [])}
        found = []
        for token in (doc[t - 1] for t in sorted(triggers) if t > 0):
            if "-" in token.text:
                for iso in compound_countries(token.text, self.adjectives):
                    key = f"country:{iso}"
                    actors.setdefault(key, Actor(key, "country", self.knowledge.country_name(iso), (), country=iso))
                    found.append(Slot(token.i, token.i + 1, key, "country", "", preposition(doc, token.i), False, iso))
        adjectives = {s.start: s for s in doc.spans.get(GAZETTEER_KEY, []) if s.label_ == "ADJECTIVE"}
        for span in adjectives.values():
            after = span.end
            while (after + 1 < len(doc) and doc[after].lower_ in ("и", ",") and after + 1 in adjectives):
                after = adjectives[after + 1].end  # российской и украинской делегаций: both
            if after >= len(doc) or doc[after].lemma_ not in self.side_nouns | {"столица"}:
                continue
            iso = entry_of(span, self.knowledge).country
            capital = self.knowledge.countries[iso].capital if iso in self.knowledge.countries else ""
            if doc[after].lemma_ == "столица" and capital and after == span.end:  # в белорусскую столицу: Минск
                key = f"seat:{iso}"
                actors.setdefault(key, Actor(key, "location", capital, (), country=iso))
                found.append(Slot(span.start, after + 1, key, "location", "", preposition(doc, span.start), False, iso))
                continue
            named = after + 1 < len(doc) and after + 1 in people  # российский президент Владимир Путин
            if not iso or span.start in role_tokens or after in role_tokens or named:
                continue
            key = f"country:{iso}"
            actors.setdefault(key, Actor(key, "country", self.knowledge.country_name(iso), (), country=iso))
            found.append(Slot(span.start, after + 1, key, "country", "", preposition(doc, span.start), False, iso))
        return found

    def round_of(self, doc: Doc, cues: list[Span], trigger: Span) -> tuple[int | None, str, bool]:
        other = {i for t in doc.spans.get("triggers", []) if t.start != trigger.start for i in range(t.start, t.end)}
        for cue in cues:  # the round of this trigger, not of another one between (первый раунд переговоров саммита)
            if (cue.label_ == "ROUND" and cue.end <= trigger.start <= cue.end + 2
                    and not other & set(range(cue.end, trigger.start))):
                lemma = cue[0].lemma_
                number = self.ordinals.get(lemma) if lemma in self.ordinals else digits(cue[0].text)
                if lemma not in self.ordinals and number is None:
                    continue
                text = " ".join(normalize_phrase([t.text for t in cue])).lower()
                return number, text, lemma == "следующий"
        return None, "", False

    def arrival(self, doc: Doc, slots: list[Slot], actors: dict) -> tuple[str, str] | None:
        """(name, ISO3) of the one place the article names as where someone arrives (``прибытия обоих лидеров
        во Вьетнам``, ``прибыл в Манилу``): a place after в/на in the accusative, an arrival word at most four
        words before that preposition in the clause; None when there is none or places of several countries."""
        found = {}
        for slot in slots:
            if slot.country and arrives(doc, slot):
                name = actors[slot.key].name if slot.key in actors else ""
                found.setdefault(slot.country, name)
        if len(found) != 1:
            return None
        (iso, name), = found.items()
        return (name, iso) if name else None

    def towns(self, places: list[str], actors: dict) -> tuple[str, ...]:
        """The places that are towns: no country, no region, no seat of power (``подтвердили в Кремле``)."""
        return tuple(k for k in places if k in actors and actors[k].kind == "location"
                     and actors[k].name not in self.regions and not k.startswith("seat:"))

    def mention(self, doc: Doc, trigger: Span, cues: list[Span], slots: list[Slot], actors: dict) -> TriggerMention:
        sent = trigger.sent
        start, end = clause_bounds(doc, sent, trigger.start, slots)
        self_roles = role_phrases(doc)
        others = [t for t in doc.spans.get("triggers", []) if start <= t.start < end and t.start != trigger.start]
        topics = {c.end for c in cues if c.label_ == "TOPIC"}
        topical = topic_slots(doc, slots, topics)
        in_clause = [s for s in slots if start <= s.start and s.end <= end and not owned_by(doc, s, others, self_roles)
                     and s not in topical]
        clause_cues = [c for c in cues if start <= c.start and c.end <= end]
        mediating = mediator_slots(mediator_cues(clause_cues),
                                   [s for s in in_clause if can_be_side(s) and not s.in_role
                                    and not (s.start <= trigger.start < s.end)], role_tokens(doc))
        parties, persons, mediators, places, partners = [], [], [], [], []
        trigger_tokens = {i for t in doc.spans.get("triggers", []) for i in range(t.start, t.end)}
        located = [s for s in in_clause if s.preposition in LOCATIVE and s.kind in ("country", "location") and s.country
                   and not s.in_role]
        # a visit's destination (its host): the first place after the trigger, else the last one before it
        destination = next((s for s in located if s.start >= trigger.end), located[-1] if located else None)
        visit_target = destination if trigger.id_ == "visit" else None
        conjunct = None  # the last slot found embedded: a slot coordinated with it is embedded too
        for slot in in_clause:
            if slot.in_role or not can_be_side(slot) or (slot.start <= trigger.start < slot.end):
                continue
            if slot in mediating:
                mediators.append(slot.key)
                continue
            if slot.preposition in LOCATIVE and slot.kind in ("country", "location"):
                if trigger.id_ == "visit" or not direction(doc, slot):  # перенос посольства в Иерусалим: no place
                    places.append(slot.key)
                if trigger.id_ == "visit" and slot is destination:
                    parties.append(slot.key)
                continue
            if slot.preposition and slot.preposition not in PARTY_PREPOSITIONS:
                continue
            if slot.kind == "person" and not takes_part(doc, slot.start, self_roles):
                continue
            if embedded(doc, slot.start, self_roles, trigger_tokens) or (  # о вступлении Молдовы и Украины
                    conjunct is not None and doc[slot.start - 1].lower_ in ("и", ",") and conjunct.end == slot.start - 1):
                conjunct = slot
                continue
            if slot.kind == "location" and not slot.country:  # a region (Запад, Ближний Восток) is no side
                continue
            (persons if slot.kind == "person" else parties).append(slot.key)
            if preposition(doc, slot.start, self_roles) in ("с", "со"):
                partners.append(slot.key)
        persons += [k for k in named_by_role(doc, start, end, actors) if k not in persons]
        for slot in antecedents(doc, start, trigger, slots, self_roles):  # X, который прибыл; X и Y, прибывшие
            if can_be_side(slot) and slot.key not in persons + parties:
                (persons if slot.kind == "person" else parties).append(slot.key)
        if trigger.id_ == "visit" and trigger[0].lemma_ in VISIT_OBJECT:  # посетить Москву, посещение Китая
            target = next((s for s in in_clause if s.start >= trigger.end and s.kind in ("country", "location")
                           and not s.preposition and not s.in_role), None) or next(  # Кишинёв посетил X
                (s for s in in_clause if s.end == trigger.start and s.kind in ("country", "location")
                 and not s.preposition and not s.in_role), None)
            visit_target = target or visit_target
            if target is not None and (target.city or target.key) not in places:
                places.insert(0, target.city or target.key)
                parties.append(target.key) if target.key not in parties and target.country else None
        placed = self.towns(places, actors)  # the towns of the trigger's own clause
        if not places and not displaced(doc, trigger):
            places = self.sentence_places(doc, trigger, start, slots, topical)
        number, round_text, next_round = self.round_of(doc, cues, trigger)
        next_round = next_round or any(c.label_ == "NEXT" and c.end - 1 >= trigger.start - 3 and c.end <= trigger.end
                                       for c in cues)
        time_text = next((doc[c.start:c.end].text for c in cues if c.label_ == "TIME" and c.sent == sent), "")
        dates = find_dates(doc[start:end].text, self.date_words, doc[start].idx) or [  # else the nearest before it
            d for d in reversed(find_dates(doc[sent.start:start].text, self.date_words, sent.start_char))]
        kind, forum = forum_of(doc, trigger, slots)
        return TriggerMention(
            type=kind, start_char=trigger.start_char, end_char=trigger.end_char, text=trigger.text,
            sentence=sent, status=status_of(clause_cues or [c for c in cues if abs(c.start - trigger.start) <= NEAR], trigger),
            parties=tuple(parties),
            persons=tuple(persons), mediators=tuple(mediators), places=tuple(places), placed=placed,
            destination=visit_target.country if visit_target is not None else "",
            earlier=any(c.label_ == "EARLIER" and c.end <= trigger.start <= c.end + 2 for c in cues),
            forum=forum,
            format=format_of(doc, cues, trigger, start, end), round=number, round_text=round_text,
            is_next=next_round, next_text=time_text or (dates[0].text if dates and next_round else ""),
            dates=tuple(dates), partners=tuple(partners),
        )

    def sentence_places(self, doc: Doc, trigger: Span, start: int, slots: list[Slot], topical: list[Slot]) -> list[str]:
        """A place elsewhere in the sentence, the nearest first (в Дублин, где встретится ...); a place
        someone arrives at before the trigger (прибыв в Ханой, провёл переговоры) only when there is no other."""
        sent = trigger.sent
        in_sent = [t for t in doc.spans.get("triggers", []) if sent.start <= t.start < sent.end and t.start != trigger.start]
        where = doc[start].lower_ in ("где", "куда")  # отправится в Дублин, где встретится: in Dublin
        left = max([t.i + 1 for t in doc[sent.start:trigger.start] if t.text == ";"], default=sent.start)
        right = min([t.i for t in doc[trigger.end:sent.end] if t.text == ";"], default=sent.end)
        candidates = [s for s in slots if left <= s.start and s.end <= right and s.preposition in LOCATIVE
                      and s.kind in ("country", "location") and not s.in_role and s not in topical]
        located = [s for s in candidates
                   if where and s.end <= start or not (owned_by(doc, s, in_sent) or direction(doc, s))]
        if where:  # где refers to the place right before it
            located = [s for s in located if s.end <= start][-1:] or located
        located = located or [s for s in candidates if s.end <= trigger.start and arrives(doc, s)]
        return [s.key for s in sorted(located, key=lambda s: min(abs(s.start - trigger.end), abs(trigger.start - s.end)))]

    def next_rounds(self, doc: Doc, sent: Span, cues: list[Span], triggers: list[Span]) -> list[TriggerMention]:
        """``Следующий раунд может состояться в ближайшие дни``: a next round named without a trigger."""
        found = []
        for cue in cues:
            if cue.label_ != "NEXT" or any(cue.start <= t.start <= cue.end + 2 for t in triggers):
                continue
            time_text = next((c.text for c in cues if c.label_ == "TIME"), "")
            dates = find_dates(sent.text, self.date_words, sent.start_char)
            found.append(TriggerMention(type="negotiations", start_char=cue.start_char, end_char=cue.end_char,
                                        text=cue.text, sentence=sent, status="planned", is_next=True,
                                        next_text=time_text or (dates[0].text if dates else "")))
        return found

    def elided_round(self, doc: Doc, sent: Span, cues: list[Span], slots: list[Slot],
                     antecedent: TriggerMention | None, actors: dict) -> TriggerMention | None:
        """``... второго раунда переговоров. Первый состоялся 2 мая в Варшаве``: a sentence opening with an
        ordinal and a verb stands for the round noun it leaves out, a round of the talks just named."""
        if antecedent is None:
            return None
        words = list(islice((t for t in sent if not t.is_space), 2))  # the first two words only
        if len(words) < 2 or words[0].pos_ != "ADJ" or words[1].pos_ != "VERB":
            return None
        number = self.ordinals.get(words[0].lemma_)
        if number is None:
            return None
        ordinal = doc[words[0].i:words[0].i + 1]
        places = [s.key for s in slots if sent.start <= s.start < sent.end and s.preposition in LOCATIVE
                  and s.kind in ("country", "location") and not direction(doc, s)]
        return replace(antecedent, start_char=ordinal.start_char, end_char=ordinal.end_char, text=ordinal.text,
                       sentence=sent, status=status_of(cues, ordinal), places=tuple(places), round=number,
                       placed=self.towns(places, actors),
                       round_text=f"{words[0].lemma_} {antecedent.round_text.split()[-1]}", is_next=False,
                       next_text="", dates=tuple(find_dates(sent.text, self.date_words, sent.start_char)),
                       partners=(), destination="", earlier=False)

    def continuation(self, doc: Doc, sent: Span, cues: list[Span], slots: list[Slot]) -> TriggerMention | None:
        """A sentence without a trigger that names delegation heads, participants or a mediator."""
        labels = {c.label_ for c in cues}
        heads = {k: v for k, v in (doc._.heads or {}).items() if sent.start_char <= k < sent.end_char}
        if not heads and not labels & {"PARTICIPATE", "MEDIATOR", "HOST"}:
            return None
        people = [s for s in slots if s.kind == "person" and sent.start <= s.start < sent.end and not s.in_role]
        sides = [s for s in slots if sent.start <= s.start < sent.end and can_be_side(s) and not s.in_role
                 and s.kind != "location"]
        mediators = [s.key for s in mediator_slots([c for c in mediator_cues(cues) if c[0].lower_ != "на"], sides,
                                                   role_tokens(doc))]
        persons = [s.key for s in people if s.key not in mediators and (heads or labels & {"PARTICIPATE", "HOST"})]
        head_keys = {s.key for s in people if doc[s.start].idx in heads}
        return TriggerMention(type="", start_char=sent.start_char, end_char=sent.start_char, text="", sentence=sent,
                              status="", persons=tuple(persons), mediators=tuple(mediators),
                              heads=tuple(head_keys), attach=True)

    def __call__(self, doc: Doc) -> Doc:
        actors = {a.key: a for a in doc._.actors or []}
        layout = [s for s in doc.spans.get(LAYOUT_KEY, []) if s.label_ in SKIP_LAYOUT]
        cues = [c for c in doc.spans.get("cues", [])]
        excluded = [c for c in cues if c.label_ == "NOT_EVENT"]
        triggers = filter_spans([t for t in doc.spans.get("triggers", [])
                                 if not any(c.start <= t.start < c.end for c in excluded)])
        slots = self.slots(doc, actors)
        mentions = []
        for sent in doc.sents:
            if any(s.start <= sent.start < s.end for s in layout):
                continue
            sent_cues = [c for c in cues if sent.start <= c.start < sent.end]
            sent_triggers = [t for t in triggers if sent.start <= t.start < sent.end]
            for trigger in sent_triggers:
                mentions += split_call(self.mention(doc, trigger, sent_cues, slots, actors), trigger, slots, actors)
            mentions += self.next_rounds(doc, sent, sent_cues, sent_triggers)
            antecedent = next((m for m in reversed(mentions) if m.round_text and not m.attach
                               and m.sentence.start >= sent.start - 80), None)
            elided = None if sent_triggers else self.elided_round(doc, sent, sent_cues, slots, antecedent, actors)
            mentions += [elided] if elided is not None else []
            # a trigger sentence adds its delegation heads and participants too; mediators it found itself
            has_heads = any(sent.start_char <= k < sent.end_char for k in doc._.heads or {})
            if not sent_triggers or has_heads or any(c.label_ == "PARTICIPATE" for c in sent_cues):
                extra = self.continuation(doc, sent, sent_cues, slots)
                if extra is not None:
                    mentions.append(extra)
        published = doc._.published
        drafts: list[Draft] = fold_rounds(merge_mentions(with_subjects(mentions, actors), actors, parse_iso(published)))
        located = [s for s in slots if s.preposition in LOCATIVE and s.kind == "location" and not s.in_role]
        cities: dict[str, set[str]] = {}
        for key in [k for m in mentions for k in m.places] + [s.key for s in located]:
            if key in actors and actors[key].kind == "location":
                cities.setdefault(actors[key].country, set()).add(actors[key].name)
        single = {k for k, a in actors.items() if a.kind == "location" and len(cities.get(a.country, ())) == 1}
        starts = [sent.start for sent in doc.sents]

        def near_places(draft: Draft) -> list[str]:
            """The places of the article's events, and those named in or right after the draft's sentences
            (``визит на Кубу. Приземление в Гаване ...``), of a country the article names one city of."""
            near = {bisect_right(starts, doc.char_span(m.start_char, max(m.end_char, m.start_char + 1),
                                                       alignment_mode="expand").start) for m in draft.mentions}
            own = draft.mentions if any(m.earlier for m in draft.mentions) else mentions  # an earlier visit: its own
            keys = [k for m in own for k in m.places] + [
                s.key for s in located if bisect_right(starts, s.start) in near | {n + 1 for n in near}]
            return [k for k in keys if k in single]
        roles = {i for r in doc.spans.get("roles", []) for i in range(r.start, r.end)}
        trigger_tokens = {i for t in triggers for i in range(t.start, t.end)}
        commentators = frozenset(s.key for s in slots if s.kind == "person" and any(  # политолог ... Иван Петров
            c.label_ == "COMMENTATOR" and c.sent == doc[s.start].sent and c.start < s.start
            and sum(1 for i in range(c.start, s.start) if i not in roles) <= 6
            and not trigger_tokens & set(range(c.end, s.start))
            and not any(t.pos_ in ("VERB", "PUNCT") for t in doc[c.end:s.start]) for c in cues))
        undated = None if published else latest_full_date(text_of(doc), self.date_words)
        events = [build_event(d, actors, self.knowledge, published, near_places(d), commentators, undated)
                  for d in drafts]
        for n, (draft, event) in enumerate(zip(drafts, events)):
            visitor = visitor_of(draft, events, actors) if event is None else None
            if visitor is not None:
                events[n] = build_event(Draft(draft.mentions + [replace(draft.mentions[0], parties=(visitor,), persons=(),
                                                                          places=())]),
                                        actors, self.knowledge, published, near_places(draft), commentators, undated)
        kept = [(d, e) for d, e in zip(drafts, events) if e is not None]
        earlier = frozenset(n for n, (d, _) in enumerate(kept) if all(m.earlier for m in d.mentions if not m.attach))
        hosted = with_summit_place(with_hosts([e for _, e in kept], actors), self.arrival(doc, slots, actors))
        doc._.events = with_summit_sides(with_places(hosted, earlier), actors, self.knowledge.country_name)
        return doc


@Language.factory(
    "dipevents_events",
    default_config={"ordinals": "lexicons/ordinals.tsv", "dates": "lexicons/dates.tsv",
                    "side_nouns": "lexicons/side_nouns.tsv", "data_dir": None},
)
def make_events(nlp: Language, name: str, ordinals: str, dates: str, side_nouns: str, data_dir: str | None) -> Events:
    return Events(name, ordinals, dates, side_nouns, data_dir)
