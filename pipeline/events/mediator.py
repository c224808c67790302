"""Who mediates: the MEDIATOR cues of a mediation that takes place, and the sides each cue names (the side
right after it and those coordinated with it, a body the gazetteers do not know included: при посредничестве
Сообщества Сант-Эджидио; else the nearest side before it); the antecedent of a relative clause that says it
mediates (Египет, который выступает посредником, ...); and the subject of talks held between two others
(Катар провёл переговоры между США и талибами)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.words import words
from .clause import LOCATIVE, PARTY_PREPOSITIONS, RELATIVE, preposition
from .frames import Slot
from .sides import can_be_side, party_id

HOLD_BETWEEN = words("hold_between")
COPULA = words("mediator_copula")
COPULA_REACH = 8  # tokens from an instrumental cue to its verb (Посредником гуманитарного характера стали ...)
OTHER_CASES = {"Acc", "Dat", "Loc"}  # a mediator named after its cue is in the genitive or nominative
CHANNEL = {"через"}  # через посредников: a channel (often commercial), which names no mediator


def mediator_cues(cues: list[Span]) -> list[Span]:
    """MEDIATOR cues of a mediation that takes place: not a hoped-for one (``может выступить в
    качестве посредника``, ``должна выступить посредником``: a PLANNED cue just before)."""
    planned = [c for c in cues if c.label_ == "PLANNED"]
    return [c for c in cues if c.label_ == "MEDIATOR" and not any(c.start - 3 <= p.end <= c.start for p in planned)
            and not (c.start > 0 and c.doc[c.start - 1].lower_ in CHANNEL)]


def mediator_slots(cues: list[Span], sides: list[Slot], role_tokens: set[int], bodies: list[Slot] = ()) -> list[Slot]:
    """The mediators a MEDIATOR cue names: the side right after it (``при посредничестве Омана``,
    ``посредником выступил Оман``: genitive or nominative, not ``посредников Москву посетил``; also one of the
    ``bodies`` the gazetteers do not know), else the subject of the verb an instrumental cue goes with, each with
    a person coordinated with it; else the nearest side before it (``Катар ... в качестве посредника``); a place
    is no mediator (``В Женеве ... через посредников``). A state named by its adjective before the cue noun
    (``египетские посредники``: a reference that spans the noun) is the mediator, and nothing after it is."""
    found: list[Slot] = []
    sides = [s for s in sides if not (s.preposition in LOCATIVE and s.kind in ("country", "location"))]
    for cue in cues:
        doc = cue.doc
        own = [s for s in sides if s.start < cue.start < s.end]  # египетские (и катарские) посредники
        if own:
            found += own + [s for s in sides if s.kind == "person" and s.start == cue.end]  # посредник Хокштейн
            continue
        first = min((s for s in sides + list(bodies) if s.start >= cue.end and sum(  # role phrases, verbs between: no count
            1 for t in doc[cue.end:s.start] if t.i not in role_tokens and t.pos_ not in ("VERB", "ADP")) <= 1
            and not any(t.lower_ in PARTY_PREPOSITIONS for t in doc[cue.end:s.start])),  # посредник ... между X и Y
            key=lambda s: s.start, default=None)
        if first is not None and set(doc[first.start].morph.get("Case")) & OTHER_CASES:
            first = None  # the first side after the cue is what a verb does something to: no mediator after it
        if first is None:
            first = subject_of_copula(doc, cue, sides, role_tokens)
        before = [s for s in sides if s.end <= cue.start]
        if first is not None:
            found += [first] + [s for s in sides if s.kind == "person" and s.start > first.start and s is not first
                                and s.start - first.end <= 2] + conjuncts(doc, first, sides)
        elif before and cue[0].lower_ != "при":
            found.append(max(before, key=lambda s: s.end))
    return list(dict.fromkeys(found))


def subject_of_copula(doc: Doc, cue: Span, sides: list[Slot], role_tokens: set[int]) -> Slot | None:
    """The subject of the verb an instrumental cue goes with, words between them allowed (``Посредниками обмена
    пленными в этот раз выступили ОАЭ``, ``посредником гуманитарного характера стали ОАЭ``): the first side
    in the nominative right after that verb (at most a short role phrase between), within the clause."""
    if "Ins" not in cue[-1].morph.get("Case"):
        return None
    verb = next((t.i for t in doc[cue.end:min(cue.end + COPULA_REACH, cue.sent.end)] if t.lemma_ in COPULA), None)
    if verb is None or any(t.is_punct for t in doc[cue.end:verb]):
        return None
    first = min((s for s in sides if s.start > verb), key=lambda s: s.start, default=None)
    if first is None or first.start - verb > 3 or any(i not in role_tokens for i in range(verb + 1, first.start)) \
            or set(doc[first.start].morph.get("Case")) - {"Nom"}:
        return None
    return first


def conjuncts(doc: Doc, first: Slot, sides: list[Slot]) -> list[Slot]:
    """The sides coordinated after ``first`` (``при посредничестве России, Турции и Ирана``): each joined to
    the one before it by a comma or «и» alone, of the same kind (persons with persons; states and bodies
    together: при посредничестве России и ЕС)."""
    found, last = [], first
    for slot in sorted(sides, key=lambda s: s.start):
        if slot.start < last.end:
            continue
        between = [t.lower_ for t in doc[last.end:slot.start] if not t.is_space]
        if kind_of(slot) != kind_of(first) or not between or len(between) > 2 or not set(between) <= {",", "и"}:
            break
        found.append(slot)
        last = slot
    return found


def kind_of(slot: Slot) -> str:
    """What may be coordinated in one list of mediators: persons, or states and bodies."""
    return "person" if slot.kind == "person" else "body"


def relative_mediators(doc: Doc, cues: list[Span], slots: list[Slot]) -> list[Slot]:
    """The antecedent of a relative clause that holds a MEDIATOR cue (``Египет, который выступает
    посредником, ...``): the side right before the relative pronoun's comma."""
    ends = {s.end: s for s in slots if can_be_side(s) and not s.in_role}
    found = []
    for cue in mediator_cues(cues):
        i = cue.start - 1
        while i > cue.sent.start and doc[i].text not in (",", ".", ";") and doc[i].lower_ not in RELATIVE:
            i -= 1
        if doc[i].lower_ in RELATIVE and i >= 2 and doc[i - 1].text == "," and i - 1 in ends:
            found.append(ends[i - 1])
    return found


def between_subject(doc: Doc, trigger: Span, clause: list[Slot], actors: dict) -> Slot | None:
    """The subject of talks held between two others (``Катар провёл переговоры между США и талибами``): a side
    before the trigger under no preposition, whose verb before the trigger holds the talks (``провёл``,
    ``организовал``; not ``увязывают старт переговоров между``), when two sides after it stand under между and
    neither is its own."""
    between = [s for s in clause if s.start >= trigger.end and preposition(doc, s.start) == "между"
               or s.start >= trigger.end and s.start >= 1 and doc[s.start - 1].lower_ == "и"
               and any(b.end == s.start - 1 and preposition(doc, b.start) == "между" for b in clause)]
    subject = next((s for s in reversed(clause) if s.end <= trigger.start and not s.preposition and can_be_side(s)
                    and not s.in_role), None)
    ids = {party_id(s.key, actors) for s in between}
    if subject is None or len(ids) < 2 or party_id(subject.key, actors) in ids:
        return None
    if not any(t.lemma_ in HOLD_BETWEEN for t in doc[subject.end:trigger.start]):
        return None
    return subject

