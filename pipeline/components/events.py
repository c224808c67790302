"""Events: trigger mentions with their arguments, merged into one row per real interaction.

For each trigger (``doc.spans["triggers"]``) the clause around it gives parties (subjects, ``с X``,
``между X и Y``, genitives), the place (``в``/``на`` + place), the mediator (after a MEDIATOR cue),
status (the nearest status cue), format, round and date. Sentences without a trigger but with a
delegation head, a participation or a mediator cue add to the event before them. Mentions of one
interaction (title, lead, later paragraphs) merge when their parties agree. Rules live in
``event_rules``; this module only walks the Doc.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions  # noqa: F401
from ..dates import find_dates, load_date_words, parse_iso
from ..event_args import (LOCATIVE, PARTY_PREPOSITIONS, can_be_side, compound_countries, coordinated,
                          digits, direction, embedded, first_after, format_of, mediator_cues, mediator_slots, owned_by,
                          preposition, role_phrases, role_tokens, status_of, takes_part)
from ..event_rules import (HOSTED, Draft, Slot, TriggerMention, build_event, cameo_of, clause_bounds,
                           merge_mentions, party_id, with_subjects)
from ..knowledge import load_knowledge
from ..lexicons import data_path, read_tsv
from ..records import Actor, Event, Participant
from ..morph import is_plural, normalize_phrase
from .gazetteer import GAZETTEER_KEY, entry_of
from .layout import LAYOUT_KEY

SKIP_LAYOUT = {"HEADER", "PHOTO", "SERVICE", "BYLINE"}
NEAR = 4
VISIT_OBJECT = {"посетить", "посещать", "посещение"}


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
        for token in doc:
            if "-" in token.text and token.i + 1 in triggers:
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
            if cue.label_ == "ROUND" and cue.end <= trigger.start <= cue.end + 2 and not other & set(range(cue.end, trigger.start)):
                lemma = cue[0].lemma_
                number = self.ordinals.get(lemma) if lemma in self.ordinals else digits(cue[0].text)
                if lemma not in self.ordinals and number is None:
                    continue
                text = " ".join(normalize_phrase([t.text for t in cue])).lower()
                return number, text, lemma == "следующий"
        return None, "", False

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
        if not places:  # a place elsewhere in the sentence, the nearest first (в Дублин, где встретится ...)
            in_sent = [t for t in doc.spans.get("triggers", []) if sent.start <= t.start < sent.end and t.start != trigger.start]
            where = doc[start].lower_ in ("где", "куда")  # отправится в Дублин, где встретится: in Dublin
            left = max([t.i + 1 for t in doc[sent.start:trigger.start] if t.text == ";"], default=sent.start)
            right = min([t.i for t in doc[trigger.end:sent.end] if t.text == ";"], default=sent.end)
            located = [s for s in slots if left <= s.start and s.end <= right and s.preposition in LOCATIVE
                       and s.kind in ("country", "location") and not s.in_role and not first_after(doc, s.start, topics)
                       and (where and s.end <= start or not (owned_by(doc, s, in_sent) or direction(doc, s)))]
            if where:  # где refers to the place right before it
                located = [s for s in located if s.end <= start][-1:] or located
            places = [s.key for s in sorted(located, key=lambda s: min(abs(s.start - trigger.end), abs(trigger.start - s.end)))]
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
            persons=tuple(persons), mediators=tuple(mediators), places=tuple(places),
            destination=visit_target.country if visit_target is not None else "",
            earlier=any(c.label_ == "EARLIER" and c.end <= trigger.start <= c.end + 2 for c in cues),
            forum=forum,
            format=format_of(doc, cues, trigger, start, end), round=number, round_text=round_text,
            is_next=next_round, next_text=time_text or (dates[0].text if dates and next_round else ""),
            dates=tuple(dates), partners=tuple(partners),
        )

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
                     antecedent: TriggerMention | None) -> TriggerMention | None:
        """``... второго раунда переговоров. Первый состоялся 2 мая в Варшаве``: a sentence opening with an
        ordinal and a verb stands for the round noun it leaves out, a round of the talks just named."""
        words = [t for t in sent if not t.is_space]
        if antecedent is None or len(words) < 2 or words[0].pos_ != "ADJ" or words[1].pos_ != "VERB":
            return None
        number = self.ordinals.get(words[0].lemma_)
        if number is None:
            return None
        ordinal = doc[words[0].i:words[0].i + 1]
        places = [s.key for s in slots if sent.start <= s.start < sent.end and s.preposition in LOCATIVE
                  and s.kind in ("country", "location") and not direction(doc, s)]
        return replace(antecedent, start_char=ordinal.start_char, end_char=ordinal.end_char, text=ordinal.text,
                       sentence=sent, status=status_of(cues, ordinal), places=tuple(places), round=number,
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
            elided = None if sent_triggers else self.elided_round(doc, sent, sent_cues, slots, antecedent)
            mentions += [elided] if elided is not None else []
            # a trigger sentence adds its delegation heads and participants too; mediators it found itself
            has_heads = any(sent.start_char <= k < sent.end_char for k in doc._.heads or {})
            if not sent_triggers or has_heads or any(c.label_ == "PARTICIPATE" for c in sent_cues):
                extra = self.continuation(doc, sent, sent_cues, slots)
                if extra is not None:
                    mentions.append(extra)
        drafts: list[Draft] = merge_mentions(with_subjects(mentions, actors), actors)
        published = doc.user_data.get("published")
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
        events = [build_event(d, actors, self.knowledge, published, near_places(d), commentators) for d in drafts]
        for n, (draft, event) in enumerate(zip(drafts, events)):
            visitor = visitor_of(draft, events, actors) if event is None else None
            if visitor is not None:
                events[n] = build_event(Draft(draft.mentions + [replace(draft.mentions[0], parties=(visitor,), persons=(),
                                                                          places=())]),
                                        actors, self.knowledge, published, near_places(draft), commentators)
        doc._.events = with_summit_sides(with_places(with_hosts([e for e in events if e is not None], actors)))
        return doc


def with_places(events: list[Event]) -> list[Event]:
    """An event the text gives no place for takes the place of the article's visit between the same
    states (talks during a visit), or of its summit with the same status that it shares a party with
    (a meeting on the summit's sidelines)."""
    result = []
    for event in events:
        if not event.location and event.parties_iso:
            sides = set(event.parties_iso)
            source = next((v for v in events if v.type == "visit" and v.location and v is not event
                           and sides <= set(v.parties_iso) and same_time(v, event)), None)
            if source is None and event.type in HOSTED:
                source = next((v for v in events if v.type == "summit" and v.location and v.status == event.status
                               and sides & set(v.parties_iso)), None)
            if source is not None:
                event = replace(event, location=source.location, location_country=source.location_country,
                                cameo=cameo_of(event.type, event.status, source.location_country, list(event.parties_iso)))
        result.append(event)
    return result


RELATIVE = {"который", "которая", "которое", "которые"}


def antecedents(doc: Doc, start: int, trigger: Span, slots: list[Slot], roles: set[int]) -> list[Slot]:
    """The subject of a clause that opens with a relative pronoun (``Кэмерон, который ... посетил``) or
    with the trigger as a participle (``Рютте и Хукстрой, прибывшими в Кишинев``): the side named right
    before its comma, and, for a participle, those coordinated with it."""
    opener = doc[start]
    relative = opener.lower_ in RELATIVE
    participle = opener.i == trigger.start and opener.pos_ == "ADJ"
    if not (relative or participle) or start < 2 or doc[start - 1].text != ",":
        return []
    before = {s.end: s for s in slots if s.kind != "location" and s.preposition not in LOCATIVE}
    found, end = [], start - 1
    while end in before:
        found.append(before[end])
        i = before[end].start - 1
        while i >= 0 and i in roles:  # the conjunct's role phrase: и министром иностранных дел Хукстрой
            i -= 1
        if relative or i < 0 or doc[i].lower_ not in ("и", ","):
            break
        end = i
    return found


def topic_slots(doc: Doc, slots: list[Slot], topics: set[int]) -> list[Slot]:
    """Slots a topic noun owns: the first after it (``ситуации в Сирии``, ``посредника между Минском``) and
    those coordinated with it (``... и Брюсселем``)."""
    found: list[Slot] = []
    for slot in slots:
        words = [t for t in doc[max(slot.start - 3, 0):slot.start] if not t.is_space]
        coordinated_with = found and words and words[-1].lower_ in ("и", ",") and found[-1].end == words[-1].i
        if first_after(doc, slot.start, topics) or coordinated_with:
            found.append(slot)
    return found


def named_by_role(doc: Doc, start: int, end: int, actors: dict) -> list[str]:
    """Persons a role phrase without a name in the clause stands for (``президент Франции прибыл``): the
    one person of the article with that role class and country."""
    found = []
    for info in doc._.role_mentions or []:
        span = doc.char_span(info.start, info.end, alignment_mode="expand")
        if span is None or not (start <= span.start and span.end <= end) or span[0].pos_ == "ADP":
            continue
        people = [a.key for a in actors.values() if a.kind == "person" and a.role_class == info.role_class
                  and a.country == info.country]
        found += people if len(people) == 1 else []
    return found


def forum_of(doc: Doc, trigger: Span, slots: list[Slot]) -> tuple[str, str]:
    """(event type, the body whose summit it is): the body right after a summit (``саммит ШОС``), and
    meetings of an international body (``на встречах АТЭС``) are its summit."""
    body = next((s for s in slots if s.kind == "organization" and trigger.end <= s.start <= trigger.end + 2), None)
    if body is not None and trigger.id_ == "summit":
        return "summit", body.key
    if (body is not None and body.subkind == "international" and trigger.id_ == "meeting"
            and trigger[0].lemma_ == "встреча" and is_plural(trigger[0].text)):
        return "summit", body.key
    return trigger.id_, ""


def with_summit_sides(events: list[Event]) -> list[Event]:
    """A summit's sides are also those of the talks and meetings the article reports with it: the same
    status, no other place (nor another summit's place), the same days (Putin's talks with Xi and Abe on
    the summit's first day)."""
    result = []
    for event in events:
        if event.type == "summit":
            elsewhere = {e.location_country for e in events if e.type == "summit" and e is not event} - {""}
            held = [e for e in events if e.type in HOSTED and e.status == event.status and same_time(e, event)
                    and (e.location_country == event.location_country if e.location_country and event.location_country
                         else e.location_country not in elsewhere)]
            names = list(event.parties) + [n for e in held for n in e.parties]
            codes = list(event.parties_iso) + [c for e in held for c in e.parties_iso]
            known = {p.actor_key for p in event.participants}
            extra = [p for e in held for p in e.participants if p.side == "party" and p.actor_key not in known]
            event = replace(event, parties=tuple(dict.fromkeys(names)), parties_iso=tuple(dict.fromkeys(codes)),
                            participants=event.participants + tuple({p.actor_key: p for p in extra}.values()))
        result.append(event)
    return result


def same_time(one: Event, other: Event) -> bool:
    """Two events the text does not date apart (a visit in December and talks in April are not)."""
    first, second = parse_iso(one.date), parse_iso(other.date)
    return not (first and second and abs((first - second).days) > 3)


def with_hosts(events: list[Event], actors: dict) -> list[Event]:
    """A visit's host and visitor: the persons of the host country, and of a visiting state none of
    whose persons the visit names, who take part in the article's other events (``пригласил посетить
    Москву``: the caller and the called of the phone call)."""
    result = []
    for event in events:
        if event.type == "visit" and event.location_country:
            present = {p.actor_key for p in event.participants}
            countries = {actors[k].country for k in present}
            visitors = set(event.parties_iso) - {event.location_country} - countries
            found = [(p.actor_key, "host" if actors[p.actor_key].country == event.location_country else "party")
                     for other in events if other is not event for p in other.participants
                     if p.side in ("party", "host") and p.actor_key not in present
                     and actors[p.actor_key].country in visitors | {event.location_country}]
            extra = tuple(Participant(k, side) for k, side in dict.fromkeys(found))
            event = replace(event, participants=event.participants + extra)
        result.append(event)
    return result


def visitor_of(draft: Draft, events: list[Event | None], actors: dict) -> str | None:
    """The visitor of a visit that names only where it goes (``во время моего визита в Рим``): the one
    other state of the article's events with the host country (the meeting it came for)."""
    real = [m for m in draft.mentions if not m.attach]
    host = next((m.destination for m in real if m.destination), "")
    if not host or real[0].type != "visit" or any(actors[k].country not in ("", host) for m in real for k in m.parties):
        return None
    others = {iso for e in events if e is not None and host in e.parties_iso for iso in e.parties_iso} - {host}
    if len(others) != 1:
        return None
    return next((a.key for a in actors.values() if a.kind == "country" and a.country in others), None)


def split_call(mention: TriggerMention, trigger: Span, slots: list[Slot], actors: dict) -> list[TriggerMention]:
    """A phone call is two-sided: a caller talking by phone with several states' leaders (``провел
    переговоры по телефону с президентом Азербайджана и премьер-министром Армении``) made one call
    to each."""
    if mention.type != "phone_call":
        return [mention]
    where = {s.key: s.start for s in slots}
    sides = [k for k in mention.parties + mention.persons if k in where]
    callers = [k for k in sides if where[k] < trigger.start]
    partners: dict[str, list[str]] = {}
    for key in sides:
        if where[key] >= trigger.end:
            partners.setdefault(party_id(key, actors), []).append(key)
    caller_ids = {party_id(k, actors) for k in callers}
    if not callers or len(set(partners) - caller_ids) < 2:
        return [mention]
    return [replace(mention, parties=tuple(k for k in mention.parties if k in callers or k in group),
                    persons=tuple(k for k in mention.persons if k in callers or k in group))
            for group in partners.values()]


@Language.factory(
    "dipevents_events",
    default_config={"ordinals": "lexicons/ordinals.tsv", "dates": "lexicons/dates.tsv",
                    "side_nouns": "lexicons/side_nouns.tsv", "data_dir": None},
)
def make_events(nlp: Language, name: str, ordinals: str, dates: str, side_nouns: str, data_dir: str | None) -> Events:
    return Events(name, ordinals, dates, side_nouns, data_dir)
