"""The clause around a trigger and what governs a mention in it: the clause's bounds, the preposition
before a mention, mentions that depend on another noun, another trigger, a role phrase or a topic, and
the subject of a relative or participle clause. Pure functions over the Doc."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..doc import ROLES
from ..lang.words import words
from .frames import Slot

LOCATIVE = words("locative")
PARTY_PREPOSITIONS = words("party_preposition")
SOURCE_PREPOSITIONS = words("source_preposition")
RELATIVE = words("relative_pronoun")

BOUNDARY = {",", ";", ":", "—", "–", "(", ")", "«", "»", '"'}
APPOSITION = {"—", "–", "(", ")"}  # no boundary before a side named in apposition
QUOTES = {"«", "»", '"'}
REACH = 60  # tokens a clause reaches either side of its trigger


def clause_bounds(doc: Doc, sent: Span, i: int, slots: list[Slot], ends: set[int] | None = None,
                  starts: set[int] | None = None) -> tuple[int, int]:
    """Token range of the clause around token ``i``: punctuation ends a clause, except a comma
    between two actors of one list (``Россия, Китай и Индия``) and a dash or bracket before a side in
    apposition (``России — Владимира Путина``, ``членов ШОС (Китая, Казахстана)``); at most ``REACH`` tokens
    either side of ``i`` (text with no punctuation has clauses of bounded size). ``ends`` and ``starts``: the
    slots' ends and starts, when the caller has them."""
    ends = {s.end for s in slots} if ends is None else ends
    starts = {s.start for s in slots} if starts is None else starts

    def boundary(k: int) -> bool:
        if doc[k].text not in BOUNDARY:
            return False
        if doc[k].text in APPOSITION and (k + 1 in starts or k in ends and doc[k].text == ")"):
            return False  # России — Владимира Путина; членов ШОС (Китая, Казахстана)
        if doc[k].text in QUOTES and (k + 1 in starts or k in ends):
            return False  # quotes around a name: и «Европейской тройкой»
        return not (doc[k].text == "," and k in ends and k + 1 in starts)

    start = i
    while start > max(sent.start, i - REACH) and not boundary(start - 1):
        start -= 1
    end = i + 1
    while end < min(sent.end, i + REACH) and not boundary(end):
        end += 1
    return start, end


def role_phrases(doc: Doc) -> set[int]:
    """Tokens of role phrases, with a name (``президентом Италии Серджо Маттареллой``) or without one
    (``с премьер-министром Японии``)."""
    tokens = {i for s in doc.spans.get(ROLES, []) for i in range(s.start, s.end)}
    for info in doc._.role_mentions or []:
        span = doc.char_span(info.start, info.end, alignment_mode="expand")
        if span is not None and span[0].pos_ != "ADP":  # после визита is no посол
            tokens |= set(range(span.start, span.end))
    return tokens


def embedded(doc: Doc, start: int, roles: set[int], triggers: set[int]) -> bool:
    """The mention starting at ``start`` depends on another noun than the trigger and is no side: the
    last of a genitive chain in a prepositional phrase (``в ожидании падения правительства Асада``,
    ``в штаб-квартире ООН``, ``о статусе Косово``), or a dative object of a verb (``помогать Украине``)."""
    i = start - 1
    while i >= 0 and (i in roles or doc[i].pos_ == "ADJ" or doc[i].is_space):
        i -= 1
    if i >= 0 and doc[i].pos_ == "VERB" and i not in triggers and doc[start].morph.get("Case") in (["Dat"], ["Loc"]):
        return True  # no preposition: a locative form is a dative
    nouns = 0
    while i >= 0 and i not in triggers and doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_:
        nouns += doc[i].pos_ == "NOUN"
        i -= 1
    return nouns > 0 and i >= 0 and i not in triggers and doc[i].pos_ == "ADP" and doc[i].lower_ not in PARTY_PREPOSITIONS


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


def owned_by(doc: Doc, slot: Slot, triggers: list[Span] | dict[int, Span], roles: set[int] = frozenset(),
             own: Span | None = None) -> bool:
    """A place right after another trigger is that trigger's (``после визита в Москву ... отправиться в
    Кувейт``), and so are its partner (``прибыл в Киев после встречи с Путиным``) and the body right
    after a summit (``на саммите АТЭС провёл встречу``): at most two prepositions or adjectives between,
    role phrases not counted (``встречи с президентом России``). ``triggers``: the other triggers, or all the
    sentence's by their ends with ``own`` (the trigger read, which owns nothing) among them."""
    place = slot.preposition in LOCATIVE and slot.kind in ("country", "location")
    forum = slot.kind == "organization"
    partner = preposition(doc, slot.start, roles) in ("с", "со")
    if not (place or partner or forum):
        return False
    ends = triggers if isinstance(triggers, dict) else {t.end: t for t in triggers if t.end <= slot.start}
    i, between = slot.start, 0
    while i > 0 and i not in ends and between <= 2:  # back over role phrases and prepositions or adjectives
        if i - 1 not in roles:
            if doc[i - 1].pos_ not in ("ADP", "ADJ"):
                return False
            between += 1
        i -= 1
    trigger = ends.get(i)
    if trigger is not None and own is not None and overlaps(trigger, own):
        return False
    return trigger is not None and between <= 2 and (
        place or partner or trigger.label_ == "TRIGGER" and trigger.id_ == "summit")


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


def preposition(doc: Doc, start: int, skip: set[int] = frozenset()) -> str:
    """The preposition governing the mention starting at ``start`` (adjectives in between skipped, and
    the tokens in ``skip``: a person's role phrase, ``с министром иностранных дел Омана Бадром``)."""
    i, adjectives = start - 1, 0
    while i >= 0 and (doc[i].is_space or i in skip or (doc[i].pos_ == "ADJ" and adjectives < 3)):  # в\xa0Киргизию
        adjectives += not doc[i].is_space and i not in skip
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].pos_ == "ADP" else ""


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
    those coordinated with it (``... и Брюсселем``, ``... и на Украине``)."""
    found: list[Slot] = []
    for slot in slots:
        words = [t for t in doc[max(slot.start - 3, 0):slot.start] if not t.is_space]
        if words and words[-1].pos_ == "ADP":
            words = words[:-1]
        coordinated_with = found and words and words[-1].lower_ in ("и", ",") and found[-1].end == words[-1].i
        if first_after(doc, slot.start, topics) or coordinated_with:
            found.append(slot)
    return found


def overlaps(span: Span, trigger: Span) -> bool:
    """Do two trigger spans share a word (``телефонный разговор`` and the light ``разговор`` in it: one trigger)?"""
    return span.start < trigger.end and trigger.start < span.end



SUBJECT_OF = ("obj", "obl", "iobj", "xcomp")  # a trigger noun in these relations has its verb's subject as a side


def object_of_trigger(doc: Doc, slot: Slot, trigger: Span) -> bool:
    """Is the slot the object of a verb whose subject is the trigger noun (``Пекин беспокоят переговоры между
    США и КНДР``: what the talks do to Beijing, who takes no part)? False when the sentence was not parsed."""
    syntax = doc._.syntax or {}
    subject, word = syntax.get(trigger[0].i), syntax.get(slot.start)
    return (subject is not None and word is not None and subject[1] == "nsubj" and word[1] == "obj"
            and subject[0] == word[0] >= 0)


def syntactic_subjects(doc: Doc, trigger: Span, children: dict[int, list[int]]) -> set[int]:
    """The tokens of the subject of a trigger by the dependency parse (``doc._.syntax``), its conjuncts and
    their dependents: the subject of a trigger verb (``Путин и Си встретились``), or of the verb a trigger noun
    is the object of (``Президент России Владимир Путин, прибывший в Пекин, провел переговоры``); empty when
    the sentence was not parsed. ``children``: the parse's head -> dependents."""
    syntax = doc._.syntax or {}
    head = trigger[0].i
    if head not in syntax:
        return set()
    verb = head if doc[head].pos_ == "VERB" else (syntax[head][0] if syntax[head][1] in SUBJECT_OF else -1)
    if verb < 0:
        return set()
    subjects = [i for i in children.get(verb, []) if syntax[i][1] == "nsubj"]
    found: set[int] = set()
    while subjects:
        i = subjects.pop()
        if i not in found:
            found.add(i)
            subjects += children.get(i, [])  # its dependents and conjuncts
    return found
