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
from ..dates import find_dates, load_date_words
from ..event_rules import (HOSTED, Draft, Slot, TriggerMention, build_event, cameo_of, clause_bounds,
                           merge_mentions, party_id, with_subjects)
from ..knowledge import load_knowledge
from ..lexicons import data_path, read_tsv
from ..records import Actor, Event, Participant
from ..morph import best_parse, get_morph, normalize_phrase
from .gazetteer import GAZETTEER_KEY, entry_of
from .layout import LAYOUT_KEY

LOCATIVE = {"в", "во", "на"}
PARTY_PREPOSITIONS = {"с", "со", "между", "у"}
SOURCE_PREPOSITIONS = {"по", "о", "об", "обо", "про", "для", "против", "без", "из-за", "согласно"}
SKIP_LAYOUT = {"HEADER", "PHOTO", "SERVICE", "BYLINE"}
STATUS_LABELS = ("CANCELLED", "PLANNED", "OCCURRED")
SIDE_ORG_KINDS = {"international", "ministry", "seat", "legislature", "other"}
NEAR = 4
VISIT_OBJECT = {"посетить", "посещать", "посещение"}


class Events:
    def __init__(self, name: str, ordinals: str, dates: str, side_nouns: str, data_dir: str | None) -> None:
        self.name = name
        self.knowledge = load_knowledge(data_dir)
        self.adjectives = {surface: entry.country for surface, entry in self.knowledge.entries
                           if entry.kind == "adjective" and entry.country}
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
            if not before and ent.start and doc[ent.start - 1].lemma_ == "столица":  # в столице Турции: in Turkey
                before = preposition(doc, ent.start - 1)
            capital = self.knowledge.countries[actor.country].capital if actor.country in self.knowledge.countries else ""
            city = ""  # the capital a country's mention names (Москву, Кремль), as a place
            if capital and actor.kind == "country" and span is not None and (span.label_ == "CAPITAL" or subkind == "seat"):
                city = f"seat:{actor.country}"
                actors.setdefault(city, Actor(city, "location", capital, (), country=actor.country))
            if city and before in LOCATIVE:
                found.append(Slot(ent.start, ent.end, city, "location", "", before, ent.start in role_tokens, actor.country))
                continue
            found.append(Slot(ent.start, ent.end, key, actor.kind, subkind, before, ent.start in role_tokens, actor.country,
                              city))
        return coordinated(doc, sorted(found + self.adjective_sides(doc, actors, role_tokens), key=lambda s: s.start))

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
        for span in doc.spans.get(GAZETTEER_KEY, []):
            after = span.end
            if span.label_ != "ADJECTIVE" or after >= len(doc) or doc[after].lemma_ not in self.side_nouns:
                continue
            iso = entry_of(span, self.knowledge).country
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
        others = [t for t in doc.spans.get("triggers", []) if start <= t.start < end and t.start != trigger.start]
        topics = {c.end for c in cues if c.label_ == "TOPIC"}
        in_clause = [s for s in slots if start <= s.start and s.end <= end and not owned_by(doc, s, others)
                     and not first_after(doc, s.start, topics)]
        clause_cues = [c for c in cues if start <= c.start and c.end <= end]
        mediating = mediator_slots(mediator_cues(clause_cues),
                                   [s for s in in_clause if can_be_side(s) and not s.in_role
                                    and not (s.start <= trigger.start < s.end)], role_tokens(doc))
        parties, persons, mediators, places, partners = [], [], [], [], []
        self_roles = role_phrases(doc)
        located = [s for s in in_clause if s.preposition in LOCATIVE and s.kind in ("country", "location") and s.country
                   and not s.in_role]
        # a visit's destination (its host): the first place after the trigger, else the last one before it
        destination = next((s for s in located if s.start >= trigger.end), located[-1] if located else None)
        visit_target = destination if trigger.id_ == "visit" else None
        for slot in in_clause:
            if slot.in_role or not can_be_side(slot) or (slot.start <= trigger.start < slot.end):
                continue
            if slot in mediating:
                mediators.append(slot.key)
                continue
            if slot.preposition in LOCATIVE and slot.kind in ("country", "location"):
                places.append(slot.key)
                if trigger.id_ == "visit" and slot is destination:
                    parties.append(slot.key)
                continue
            if slot.preposition and slot.preposition not in PARTY_PREPOSITIONS:
                continue
            if slot.kind == "person" and not takes_part(doc, slot.start, self_roles):
                continue
            if slot.kind == "location" and not slot.country:  # a region (Запад, Ближний Восток) is no side
                continue
            (persons if slot.kind == "person" else parties).append(slot.key)
            if preposition(doc, slot.start, self_roles) in ("с", "со"):
                partners.append(slot.key)
        if trigger.id_ == "visit" and trigger[0].lemma_ in VISIT_OBJECT:  # посетить Москву, посещение Китая
            target = next((s for s in in_clause if s.start >= trigger.end and s.kind in ("country", "location")
                           and not s.preposition and not s.in_role), None)
            visit_target = target or visit_target
            if target is not None and (target.city or target.key) not in places:
                places.insert(0, target.city or target.key)
                parties.append(target.key) if target.key not in parties and target.country else None
        if not places:  # a place elsewhere in the sentence, the nearest first (в Дублин, где встретится ...)
            in_sent = [t for t in doc.spans.get("triggers", []) if sent.start <= t.start < sent.end and t.start != trigger.start]
            located = [s for s in slots if sent.start <= s.start and s.end <= sent.end and s.preposition in LOCATIVE
                       and s.kind in ("country", "location") and not s.in_role and not owned_by(doc, s, in_sent)
                       and not first_after(doc, s.start, topics)]
            places = [s.key for s in sorted(located, key=lambda s: min(abs(s.start - trigger.end), abs(trigger.start - s.end)))]
        number, round_text, next_round = self.round_of(doc, cues, trigger)
        next_round = next_round or any(c.label_ == "NEXT" and c.end - 1 >= trigger.start - 3 and c.end <= trigger.end
                                       for c in cues)
        time_text = next((doc[c.start:c.end].text for c in cues if c.label_ == "TIME" and c.sent == sent), "")
        dates = find_dates(doc[start:end].text, self.date_words, doc[start].idx)
        return TriggerMention(
            type=trigger.id_, start_char=trigger.start_char, end_char=trigger.end_char, text=trigger.text,
            sentence=sent, status=status_of(clause_cues or [c for c in cues if abs(c.start - trigger.start) <= NEAR], trigger),
            parties=tuple(parties),
            persons=tuple(persons), mediators=tuple(mediators), places=tuple(places),
            destination=visit_target.country if visit_target is not None else "",
            earlier=any(c.label_ == "EARLIER" and c.end <= trigger.start <= c.end + 2 for c in cues),
            forum=next((s.key for s in slots if trigger.id_ == "summit" and s.kind == "organization"
                        and trigger.end <= s.start <= trigger.end + 2), ""),
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
            keys = [k for m in mentions for k in m.places] + [
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
        doc._.events = with_places(with_hosts([e for e in events if e is not None], actors))
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
                           and sides <= set(v.parties_iso)), None)
            if source is None and event.type in HOSTED:
                source = next((v for v in events if v.type == "summit" and v.location and v.status == event.status
                               and sides & set(v.parties_iso)), None)
            if source is not None:
                event = replace(event, location=source.location, location_country=source.location_country,
                                cameo=cameo_of(event.type, event.status, source.location_country, list(event.parties_iso)))
        result.append(event)
    return result


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


def role_phrases(doc: Doc) -> set[int]:
    """Tokens of role phrases, with a name (``президентом Италии Серджо Маттареллой``) or without one
    (``с премьер-министром Японии``)."""
    tokens = {i for s in doc.spans.get("roles", []) for i in range(s.start, s.end)}
    for info in doc._.role_mentions or []:
        span = doc.char_span(info.start, info.end, alignment_mode="expand")
        tokens |= set(range(span.start, span.end)) if span is not None else set()
    return tokens


def role_tokens(doc: Doc) -> set[int]:
    """Tokens of role phrases and triggers: words a mediator cue may stand apart from its mediator by
    (``посредником на переговорах выступил министр иностранных дел Казахстана Ермек Кошербаев``)."""
    return {i for key in ("roles", "triggers") for s in doc.spans.get(key, []) for i in range(s.start, s.end)}


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


def first_after(doc: Doc, start: int, ends: set[int]) -> bool:
    """The mention starting at ``start`` is the first noun phrase after a cue ending at one of ``ends``
    (adjectives between: ``ситуации в соседней Сирии``)."""
    i = start
    while i > 0 and i not in ends and doc[i - 1].pos_ == "ADJ":
        i -= 1
    return i in ends


def coordinated(doc: Doc, slots: list[Slot]) -> list[Slot]:
    """A mention coordinated with the one before it shares its preposition (``в Лондоне и Дублине``,
    ``в Великобритании и Ирландии``)."""
    result: list[Slot] = []
    for slot in slots:
        before = result[-1] if result else None
        if (before is not None and not slot.preposition and before.preposition and slot.start >= 2
                and before.end == slot.start - 1 and doc[slot.start - 1].lower_ in ("и", "или", ",")
                and (before.kind == "person") == (slot.kind == "person")):
            slot = replace(slot, preposition=before.preposition)
        result.append(slot)
    return result


def owned_by(doc: Doc, slot: Slot, triggers: list[Span]) -> bool:
    """A place right after another trigger is that trigger's (``после визита в Москву ... отправиться в
    Кувейт``), and so is the body right after a summit (``на саммите АТЭС провёл встречу``)."""
    place = slot.preposition in LOCATIVE and slot.kind in ("country", "location")
    forum = slot.kind == "organization"
    for trigger in triggers:
        between = doc[trigger.end:slot.start]
        if trigger.end <= slot.start and len(between) <= 2 and all(t.pos_ in ("ADP", "ADJ") for t in between) and (
                place or (forum and trigger.label_ == "TRIGGER" and trigger.id_ == "summit")):
            return True
    return False


def compound_countries(word: str, adjectives: dict[str, str]) -> list[str]:
    """The states of a compound adjective (``российско-украинских``, ``американо-северокорейские``): the
    last part read by its lemma, the others as stems that begin one state's adjective only; all of
    them, or none when a part names no single state."""
    *stems, last = word.lower().replace("ё", "е").split("-")
    parse = best_parse(get_morph(), last)
    found = [adjectives.get(parse.normal_form.replace("ё", "е"), "") if parse is not None else ""]
    for stem in stems:
        stem = stem[:-1] if stem[-1:] in ("о", "е") else stem
        countries = {iso for adjective, iso in adjectives.items() if len(stem) > 3 and adjective.startswith(stem)}
        found.insert(len(found) - 1, countries.pop() if len(countries) == 1 else "")
    return list(dict.fromkeys(found)) if all(found) and len(set(found)) == len(found) > 1 else []


def takes_part(doc: Doc, start: int, roles: set[int]) -> bool:
    """A person is no side when a preposition governs the name and role phrase that marks a source
    or a topic (``по словам директора института X``, ``о президенте X``); an invitation or an
    initiative stays (``по приглашению президента Италии X``: the host)."""
    word = preposition(doc, start, roles)
    if word not in SOURCE_PREPOSITIONS:
        return True
    i = start - 1
    while i > 0 and doc[i].lower_ != word:
        i -= 1
    return word == "по" and i + 1 < len(doc) and doc[i + 1].lemma_ in ("приглашение", "инициатива")


def mediator_cues(cues: list[Span]) -> list[Span]:
    """MEDIATOR cues of a mediation that takes place: not a hoped-for one (``может выступить в
    качестве посредника``, ``должна выступить посредником``: a PLANNED cue just before)."""
    planned = [c for c in cues if c.label_ == "PLANNED"]
    return [c for c in cues if c.label_ == "MEDIATOR" and not any(c.start - 3 <= p.end <= c.start for p in planned)]


def mediator_slots(cues: list[Span], sides: list[Slot], role_tokens: set[int]) -> list[Slot]:
    """The mediators a MEDIATOR cue names: the side right after it (``при посредничестве Омана``,
    ``посредником выступил Оман``) with a person coordinated with it, else the nearest side before it
    (``Катар ... в качестве посредника``)."""
    found: list[Slot] = []
    for cue in cues:
        doc = cue.doc
        after = [s for s in sides if s.start >= cue.end and sum(  # role phrases and verbs between do not count
            1 for t in doc[cue.end:s.start] if t.i not in role_tokens and t.pos_ not in ("VERB", "ADP")) <= 1
            and not any(t.lower_ in PARTY_PREPOSITIONS for t in doc[cue.end:s.start])]  # посредник ... между X и Y
        before = [s for s in sides if s.end <= cue.start]
        if after:
            first = min(after, key=lambda s: s.start)
            found += [first] + [s for s in sides if s.kind == "person" and s.start > first.start and s is not first
                                and s.start - first.end <= 2]
        elif before and cue[0].lower_ != "при":
            found.append(max(before, key=lambda s: s.end))
    return list(dict.fromkeys(found))


def can_be_side(slot: Slot) -> bool:
    """States, places, persons, state bodies and known intergovernmental bodies can be sides;
    media and organisations the gazetteers do not know (companies, parties, missions) cannot."""
    if slot.kind != "organization":
        return True
    return slot.subkind in SIDE_ORG_KINDS or slot.key.startswith("org:") and slot.country != ""


def preposition(doc: Doc, start: int, skip: set[int] = frozenset()) -> str:
    """The preposition governing the mention starting at ``start`` (adjectives in between skipped, and
    the tokens in ``skip``: a person's role phrase, ``с министром иностранных дел Омана Бадром``)."""
    i, adjectives = start - 1, 0
    while i >= 0 and (doc[i].is_space or i in skip or (doc[i].pos_ == "ADJ" and adjectives < 3)):  # в\xa0Киргизию
        adjectives += not doc[i].is_space and i not in skip
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].pos_ == "ADP" else ""


def digits(text: str) -> int | None:
    head = "".join(ch for ch in text.split("-")[0] if "0" <= ch <= "9")
    return int(head) if head else None


def status_of(cues: list[Span], trigger: Span) -> str:
    """The status cue nearest to the trigger; a cancellation wins within the clause."""
    status = [c for c in cues if c.label_ in STATUS_LABELS]
    if any(c.label_ == "CANCELLED" for c in status):
        return "cancelled"
    if not status:
        return ""
    nearest = min(status, key=lambda c: min(abs(c.start - trigger.start), abs(c.end - trigger.end)))
    return nearest.label_.lower()


def format_of(doc: Doc, cues: list[Span], trigger: Span, start: int, end: int) -> str:
    for cue in cues:
        if cue.label_ != "FORMAT":
            continue
        before_trigger = cue.end <= trigger.start <= cue.end + 2 and all(t.pos_ == "ADJ" for t in doc[cue.end:trigger.start])
        as_format = cue.end < len(doc) and doc[cue.end].lemma_ in ("формат", "режим") and start <= cue.start < end
        virtual = cue.id_ == "virtual" and start <= cue.start < end
        if before_trigger or as_format or virtual:
            return cue.id_
    return ""


@Language.factory(
    "dipevents_events",
    default_config={"ordinals": "lexicons/ordinals.tsv", "dates": "lexicons/dates.tsv",
                    "side_nouns": "lexicons/side_nouns.tsv", "data_dir": None},
)
def make_events(nlp: Language, name: str, ordinals: str, dates: str, side_nouns: str, data_dir: str | None) -> Events:
    return Events(name, ordinals, dates, side_nouns, data_dir)
