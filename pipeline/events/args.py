"""Arguments of a trigger in the Doc: the preposition that governs a mention, places that are the
event's (not a topic's, another trigger's, or a destination's), sides named by state adjectives, the
mediator after its cue, and the status and format cues nearest to the trigger. Pure functions."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from .rules import Slot, TriggerMention, party_id
from ..lang.morph import best_parse, get_morph, is_plural

LOCATIVE = {"в", "во", "на"}
PARTY_PREPOSITIONS = {"с", "со", "между", "у"}
SOURCE_PREPOSITIONS = {"по", "о", "об", "обо", "про", "для", "против", "без", "из-за", "согласно"}
STATUS_LABELS = ("CANCELLED", "PLANNED", "OCCURRED")
SIDE_ORG_KINDS = {"international", "ministry", "seat", "legislature", "other"}
RELATIVE = {"который", "которая", "которое", "которые"}


def role_phrases(doc: Doc) -> set[int]:
    """Tokens of role phrases, with a name (``президентом Италии Серджо Маттареллой``) or without one
    (``с премьер-министром Японии``)."""
    tokens = {i for s in doc.spans.get("roles", []) for i in range(s.start, s.end)}
    for info in doc._.role_mentions or []:
        span = doc.char_span(info.start, info.end, alignment_mode="expand")
        if span is not None and span[0].pos_ != "ADP":  # после визита is no посол
            tokens |= set(range(span.start, span.end))
    return tokens


def role_tokens(doc: Doc) -> set[int]:
    """Tokens of role phrases and triggers: words a mediator cue may stand apart from its mediator by
    (``посредником на переговорах выступил министр иностранных дел Казахстана Ермек Кошербаев``)."""
    return {i for key in ("roles", "triggers") for s in doc.spans.get(key, []) for i in range(s.start, s.end)}


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


def direction(doc: Doc, slot: Slot) -> bool:
    """A place in the accusative after в/на is where something goes (``в Москву``, ``перенос в Иерусалим``),
    not where an event is held."""
    if slot.preposition not in LOCATIVE or doc[slot.start].morph.get("Case") not in (["Acc"], ["Nom"]):
        return False
    parse = best_parse(get_morph(), doc[slot.start].text, True)
    return parse is None or "Fixd" not in parse.tag  # Сочи, Рио-де-Жанейро, США: any case


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


def owned_by(doc: Doc, slot: Slot, triggers: list[Span], roles: set[int] = frozenset()) -> bool:
    """A place right after another trigger is that trigger's (``после визита в Москву ... отправиться в
    Кувейт``), and so are its partner (``прибыл в Киев после встречи с Путиным``) and the body right
    after a summit (``на саммите АТЭС провёл встречу``)."""
    place = slot.preposition in LOCATIVE and slot.kind in ("country", "location")
    forum = slot.kind == "organization"
    partner = preposition(doc, slot.start, roles) in ("с", "со")
    for trigger in triggers:
        between = [t for t in doc[trigger.end:slot.start] if t.i not in roles]  # встречи с президентом России
        if trigger.end <= slot.start and len(between) <= 2 and all(t.pos_ in ("ADP", "ADJ") for t in between) and (
                place or partner or (forum and trigger.label_ == "TRIGGER" and trigger.id_ == "summit")):
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
    (``Катар ... в качестве посредника``); a place is no mediator (``В Женеве ... через посредников``)."""
    found: list[Slot] = []
    sides = [s for s in sides if not (s.preposition in LOCATIVE and s.kind in ("country", "location"))]
    for cue in cues:
        doc = cue.doc
        after = [s for s in sides if s.start >= cue.end and sum(  # role phrases and verbs between do not count
            1 for t in doc[cue.end:s.start] if t.i not in role_tokens and t.pos_ not in ("VERB", "ADP")) <= 1
            and not any(t.lower_ in PARTY_PREPOSITIONS for t in doc[cue.end:s.start])]  # посредник ... между X и Y
        before = [s for s in sides if s.end <= cue.start]
        if after:
            first = min(after, key=lambda s: s.start)
            found += [first] + [s for s in sides if s.kind == "person" and s.start > first.start and s is not first
                                and s.start - first.end <= 2] + conjuncts(doc, first, sides)
        elif before and cue[0].lower_ != "при":
            found.append(max(before, key=lambda s: s.end))
    return list(dict.fromkeys(found))


def conjuncts(doc: Doc, first: Slot, sides: list[Slot]) -> list[Slot]:
    """The sides coordinated after ``first`` (``при посредничестве России, Турции и Ирана``): each joined to
    the one before it by a comma or «и» alone, of the same kind (states with states)."""
    found, last = [], first
    for slot in sorted(sides, key=lambda s: s.start):
        if slot.start < last.end:
            continue
        between = [t.lower_ for t in doc[last.end:slot.start] if not t.is_space]
        if slot.kind != first.kind or not between or len(between) > 2 or not set(between) <= {",", "и"}:
            break
        found.append(slot)
        last = slot
    return found


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


def named_by_role(doc: Doc, start: int, end: int, actors: dict) -> list[str]:
    """Persons a role phrase without a name in the clause stands for (``президент Франции прибыл``): the
    one person of the article with that role class and country. A position that names no country
    (``глава государства``, ``лидер``) or is said of он/она names nobody by its class: with no country
    it would pick whoever has none (a private person, a body's head)."""
    found = []
    for info in doc._.role_mentions or []:
        if not info.country or info.pronoun:
            continue
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
