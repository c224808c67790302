"""Event mentions: each trigger read with the arguments its clause gives (sides, persons, mediators, places,
status, format, forum, round, dates), a next round named without a trigger, an elided round, and the
sentences that add delegation heads, participants or mediators to the event before them."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Doc, Span

from ..doc import LAYOUT, TRIGGERS
from ..lang.dates import find_dates
from ..lang.words import words
from .clause import (
    LOCATIVE,
    PARTY_PREPOSITIONS,
    REACH,
    antecedents,
    clause_bounds,
    embedded,
    object_of_trigger,
    owned_by,
    preposition,
    syntactic_subjects,
    takes_part,
    topic_slots,
)
from .forum import format_of, forum_of
from .frames import Slot, TriggerMention
from .lexicon import EventLexicon
from .location import direction, displaced, sentence_places, town_keys
from .mediator import between_subject, mediator_cues, mediator_slots, relative_mediators
from .rounds import elided_round, next_rounds, round_of
from .scene import Scene, heads_within, scene_of, within
from .sides import can_be_side, named_by_role, party_id, split_call
from .time import future_verb, status_of

VISIT_OBJECT = words("visit_object")
CONVERSATION = words("conversation")

SKIP_LAYOUT = {"HEADER", "PHOTO", "SERVICE", "BYLINE"}  # lines nothing is read from
NEAR = 4  # tokens around a trigger a status cue may stand at when its clause has none


def read_mention(lexicon: EventLexicon, doc: Doc, trigger: Span, cues: list[Span], slots: list[Slot], actors: dict,
                 scene: Scene, triggers: list[Span], sentence: SentenceIndex) -> TriggerMention:
    """One trigger's mention; ``cues``, ``slots`` and ``triggers`` (unfiltered) are its sentence's, ``sentence``
    what is worked out once for that sentence."""
    sent = trigger.sent
    start, end = clause_bounds(doc, sent, trigger.start, slots, sentence.ends, sentence.starts)
    self_roles = scene.roles
    topical = sentence.topical
    clause = slots[bisect_left(sentence.slot_starts, start):bisect_left(sentence.slot_starts, end)]
    cues = cues[bisect_left(sentence.cue_starts, start - REACH):bisect_left(sentence.cue_starts, end + REACH)]  # near it
    in_clause = [s for s in clause if s.end <= end and s not in topical
                 and not owned_by(doc, s, sentence.trigger_ends, self_roles, trigger)]
    clause_cues = [c for c in cues if start <= c.start and c.end <= end]
    mediating = mediator_slots(mediator_cues(clause_cues),
                               [s for s in in_clause if can_be_side(s) and not s.in_role
                                and not (s.start <= trigger.start < s.end)], scene.role_tokens,
                               [s for s in in_clause if s.kind == "organization" and not can_be_side(s)])
    subject = between_subject(doc, trigger, in_clause, actors)
    mediating += [subject] if subject is not None else []
    outside = [s for s in sentence.relatives if s not in in_clause]
    parties, persons, mediators, places, partners = [], [], [], [], []
    trigger_tokens = scene.trigger_tokens
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
        if slot.kind == "person" and not takes_part(doc, slot.start, self_roles) or object_of_trigger(doc, slot, trigger):
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
    mediators += [s.key for s in mediating if not can_be_side(s)] + [s.key for s in outside]  # Сант-Эджидио
    parties = [k for k in parties if k not in mediators]
    persons += [k for k in named_by_role(doc, start, end, actors, scene.unnamed_roles) if k not in persons]
    if len({party_id(k, actors) for k in parties + persons}) == 1:  # the parse's subject beyond the clause's commas
        subject = syntactic_subjects(doc, trigger, scene.children)
        for slot in slots:
            if slot.start in subject and can_be_side(slot) and not slot.in_role \
                    and (slot.kind == "country" or slot.start not in self_roles) and slot.key not in persons + parties \
                    and slot.key not in mediators and not (slot.preposition in LOCATIVE and slot.kind != "person"):
                (persons if slot.kind == "person" else parties).append(slot.key)
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
    placed = town_keys(lexicon, places, actors)  # the towns of the trigger's own clause
    if not places and not displaced(doc, trigger):
        places = sentence_places(doc, trigger, start, slots, topical, triggers)
    number, round_text, next_round = round_of(lexicon, doc, cues, trigger, scene.trigger_tokens)
    next_round = next_round or any(c.label_ == "NEXT" and c.end - 1 >= trigger.start - 3 and c.end <= trigger.end
                                   for c in cues)
    time_text = next((doc[c.start:c.end].text for c in cues if c.label_ == "TIME"), "")
    before = max(sent.start, start - REACH)
    dates = find_dates(doc[start:end].text, lexicon.date_words, doc[start].idx) or [  # else the nearest before it
        d for d in reversed(find_dates(doc[before:start].text, lexicon.date_words, doc[before].idx))]
    kind, body, forum = forum_of(lexicon, doc, trigger, clause, cues, start, end, actors)
    return TriggerMention(
        type=kind, start_char=trigger.start_char, end_char=trigger.end_char, text=trigger.text,
        sentence=sent, status=status_of(clause_cues or [c for c in cues if abs(c.start - trigger.start) <= NEAR], trigger)
        or future_verb(doc, trigger, start, end),
        parties=tuple(parties),
        persons=tuple(persons), mediators=tuple(mediators), places=tuple(places), placed=placed,
        destination=visit_target.country if visit_target is not None else "",
        earlier=any(c.label_ == "EARLIER" and c.end <= trigger.start <= c.end + 2 for c in cues),
        body=body, forum=forum, light=trigger.label_ == "LIGHT", conversation=trigger[0].lemma_ in CONVERSATION,
        format=format_of(doc, cues, trigger, start, end), round=number, round_text=round_text,
        is_next=next_round, next_text=time_text or (dates[0].text if dates and next_round else ""),
        dates=tuple(dates), partners=tuple(partners),
    )


def continuation(doc: Doc, sent: Span, cues: list[Span], slots: list[Slot], scene: Scene) -> TriggerMention | None:
    """A sentence without a trigger that names delegation heads, participants (persons, and with a cue of
    taking part the states and bodies too: ``Участвуют Израиль, ХАМАС, Катар как посредник``) or a mediator."""
    labels = {c.label_ for c in cues}
    heads = set(heads_within(scene, sent))
    if not heads and not labels & {"PARTICIPATE", "MEDIATOR", "HOST"}:
        return None
    people = [s for s in slots if s.kind == "person" and sent.start <= s.start < sent.end and not s.in_role]
    sides = [s for s in slots if sent.start <= s.start < sent.end and can_be_side(s) and not s.in_role
             and s.kind != "location"]
    mediators = [s.key for s in mediator_slots([c for c in mediator_cues(cues) if c[0].lower_ != "на"], sides,
                                               scene.role_tokens)]
    persons = [s.key for s in people if s.key not in mediators and (heads or labels & {"PARTICIPATE", "HOST"})]
    parties = [s.key for s in sides if s.kind != "person" and s.key not in mediators  # Участвуют Израиль, ХАМАС
               and (not s.preposition or s.preposition in PARTY_PREPOSITIONS)] if "PARTICIPATE" in labels else []
    head_keys = {s.key for s in people if doc[s.start].idx in heads}
    return TriggerMention(type="", start_char=sent.start_char, end_char=sent.start_char, text="", sentence=sent,
                          status="", parties=tuple(dict.fromkeys(parties)), persons=tuple(persons),
                          mediators=tuple(mediators), heads=tuple(head_keys), attach=True)


def two_sides(mention: TriggerMention, actors: dict) -> bool:
    """Does the mention's clause name two sides, one of them a person taking part (a light word names an event
    only with a foreign partner: Лавров обсудил с Блинкеном, not Россия обсуждает с Западом)?"""
    keys = mention.parties + mention.persons
    return len({party_id(k, actors) for k in keys}) >= 2 and bool(mention.persons)


@dataclass(frozen=True)
class SentenceIndex:
    """What the mentions of one sentence share: its slots' starts and ends, the slots a topic noun owns, and
    its triggers by their ends."""

    slot_starts: list[int]
    starts: set[int]
    ends: set[int]
    topical: frozenset[Slot]
    trigger_ends: dict[int, Span]
    cue_starts: list[int]
    relatives: tuple[Slot, ...]  # antecedents of relative clauses that mediate (Египет, который выступает посредником)


def sentence_index(doc: Doc, slots: list[Slot], cues: list[Span], triggers: list[Span]) -> SentenceIndex:
    starts = [s.start for s in slots]
    topical = frozenset(topic_slots(doc, slots, {c.end for c in cues if c.label_ == "TOPIC"}))
    return SentenceIndex(starts, set(starts), {s.end for s in slots}, topical, {t.end: t for t in triggers},
                         [c.start for c in cues], tuple(relative_mediators(doc, cues, slots)))


def skipped_sentences(doc: Doc) -> frozenset[int]:
    """The first tokens of the sentences nothing is read from: the header, photo credits, service lines, bylines."""
    covered = {i for s in doc.spans.get(LAYOUT, []) if s.label_ in SKIP_LAYOUT for i in range(s.start, s.end)}
    return frozenset(sent.start for sent in doc.sents if sent.start in covered)


def read_mentions(lexicon: EventLexicon, doc: Doc, triggers: list[Span], cues: list[Span], slots: list[Slot],
                  actors: dict) -> list[TriggerMention]:
    """Every event mention of the article, sentence by sentence (header, photo credits, service lines and
    bylines skipped): each trigger's, a next round named without a trigger, an elided round, and the sentences
    that add delegation heads, participants or mediators to the event before them."""
    skipped = skipped_sentences(doc)
    scene = scene_of(doc, slots)
    cues, triggers = sorted(cues, key=lambda s: s.start), sorted(triggers, key=lambda s: s.start)
    every = sorted(doc.spans.get(TRIGGERS, []), key=lambda s: s.start)
    starts = {name: [s.start for s in items] for name, items in (("cues", cues), ("triggers", triggers),
                                                                 ("slots", slots), ("every", every))}
    mentions: list[TriggerMention] = []
    for sent in doc.sents:
        if sent.start in skipped:
            continue
        sent_cues = within(cues, starts["cues"], sent)
        sent_triggers = within(triggers, starts["triggers"], sent)
        sent_slots = within(slots, starts["slots"], sent)
        sent_every = within(every, starts["every"], sent)
        index = sentence_index(doc, sent_slots, sent_cues, sent_every) if sent_triggers else None
        for trigger in sent_triggers:
            found = split_call(read_mention(lexicon, doc, trigger, sent_cues, sent_slots, actors, scene, sent_every,
                                            index), trigger, scene.first_slot, actors)
            mentions += [m for m in found if not m.light or two_sides(m, actors)]
        mentions += next_rounds(lexicon, doc, sent, sent_cues, sent_triggers)
        recent = takewhile(lambda m: m.sentence.start >= sent.start - 80, reversed(mentions))
        antecedent = next((m for m in recent if m.round_text and not m.attach), None)
        elided = None if sent_triggers else elided_round(lexicon, doc, sent, sent_cues, sent_slots, antecedent, actors)
        mentions += [elided] if elided is not None else []
        # a trigger sentence adds its delegation heads and participants too; mediators it found itself
        has_heads = bool(heads_within(scene, sent))
        if not sent_triggers or has_heads or any(c.label_ == "PARTICIPATE" for c in sent_cues):
            extra = continuation(doc, sent, sent_cues, sent_slots, scene)
            if extra is not None:
                mentions.append(extra)
    return mentions
