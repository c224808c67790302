"""What the events stage reads from a Doc once, so that each trigger reads only its own sentence: the tokens of
role phrases and of triggers, the syntax tree's children, the positions of role phrases without a name, and
the slots, cues and triggers of each sentence (by the sentences' first tokens). Cost linear in the article."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doc import ROLES, TRIGGERS
from .clause import role_phrases
from .frames import Slot


@dataclass(frozen=True)
class Scene:
    roles: frozenset[int]  # tokens of role phrases, with a name or without
    role_tokens: frozenset[int]  # tokens of role phrases (span group) and of triggers
    trigger_tokens: frozenset[int]
    children: dict[int, list[int]]  # the dependency parse: head token -> its dependents
    unnamed_roles: tuple[tuple[int, int, object], ...]  # (start token, end token, RoleInfo) of positions without a name
    first_slot: dict[str, int]  # an actor key -> the first token a slot of it starts at
    head_chars: tuple[int, ...]  # sorted first characters of the delegation heads (doc._.heads)


def scene_of(doc: Doc, slots: list[Slot]) -> Scene:
    triggers = list(doc.spans.get(TRIGGERS, []))
    trigger_tokens = frozenset(i for t in triggers for i in range(t.start, t.end))
    children: dict[int, list[int]] = {}
    for i, (head, _) in (doc._.syntax or {}).items():
        children.setdefault(head, []).append(i)
    unnamed = []
    for info in doc._.role_mentions or []:
        span = doc.char_span(info.start, info.end, alignment_mode="expand")
        if span is not None:
            unnamed.append((span.start, span.end, info))
    first: dict[str, int] = {}
    for slot in slots:
        first.setdefault(slot.key, slot.start)
    return Scene(frozenset(role_phrases(doc)),
                 frozenset(i for s in doc.spans.get(ROLES, []) for i in range(s.start, s.end)) | trigger_tokens,
                 trigger_tokens, children, tuple(sorted(unnamed, key=lambda r: r[0])), first,
                 tuple(sorted(doc._.heads or {})))


def heads_within(scene: Scene, sent: Span) -> tuple[int, ...]:
    """The first characters of the delegation heads named inside the sentence."""
    chars = scene.head_chars
    return chars[bisect_left(chars, sent.start_char):bisect_left(chars, sent.end_char)]


def within(items: list, starts: list[int], sent: Span) -> list:
    """The items (sorted by start, ``starts`` their starts) that start inside the sentence."""
    return items[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
