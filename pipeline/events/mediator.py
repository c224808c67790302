"""Who mediates: the MEDIATOR cues of a mediation that takes place, and the sides each cue names (the side
right after it and those coordinated with it, else the nearest side before it)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .clause import LOCATIVE, PARTY_PREPOSITIONS
from .frames import Slot


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
