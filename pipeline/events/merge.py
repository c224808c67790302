"""Event coreference: which mentions report one real interaction (the same family, parties that agree, no
date, round, forum or destination apart) and are merged into one draft."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..records import Actor
from .frames import Draft, TriggerMention
from .rounds import round_sides
from .sides import party_id
from .time import dated_apart
from .types import FAMILY

WINDOW = 32  # the latest drafts of its family a mention may join (the text's recent events)
NEAR = 40  # tokens between an event's latest mention and a continuation sentence that names its mediator
MAX_EVIDENCE = 16  # the mentions of a draft a new mention is compared with


def merge_mentions(mentions: list[TriggerMention], actors: dict[str, Actor], published: date | None = None
                   ) -> list[Draft]:
    """One draft per real interaction: a mention joins the latest draft of its family whose
    parties it agrees with (one side's parties contain the other's) and that the text does not date
    apart from it; a mention naming no party joins the latest draft of its family; a next-round
    mention gives the latest talks its ``next_round``; a continuation sentence adds to the latest draft. A
    conversation word naming no party (беседа, разговор) with no talks to join is the article's phone call."""
    drafts: list[Draft] = []
    by_family: dict[str, list[Draft]] = {}
    last: Draft | None = None
    for mention in mentions:
        if mention.attach:
            if last is not None:
                last.mentions.append(mention if near(last, mention) else replace(mention, mediators=(), parties=()))
            continue
        family = FAMILY[mention.type]
        same_family = by_family.get(family, [])[-WINDOW:]
        joinable = [d for d in same_family if compatible(d, mention, published)]
        if family == "summit" and joinable:  # an article reports a summit named many ways (саммит ШОС, АТЭС: two)
            joinable[-1].mentions.append(mention)
            last = joinable[-1]
            continue
        if mention.is_next and same_family:
            target = same_family[-1]
            target.next_round = target.next_round or mention.next_text or mention.round_text
            continue
        mention = round_sides(mention, drafts, actors)
        ids = {party_id(k, actors) for k in mention.parties + mention.persons}
        same_family = [d for d in joinable if not elsewhere(d, mention, actors)]  # round_sides changes only parties
        if ids:  # a draft named only by its town (в Женеве) takes sides the article gives no other talks for
            fits = [d for d in reversed(same_family) if (not d.party_ids or d.party_ids <= ids or ids <= d.party_ids
                                                         or completes(d, mention, ids))
                    and not other_people(d, mention, actors)]
            match = next((d for d in fits if d.party_ids or not towns(d, actors) or towns(d, actors) & towns_of(
                mention, actors)), fits[0] if fits else None)
        else:  # the latest draft that names its sides, before one named only by its town
            match = next((d for d in reversed(same_family) if d.party_ids), same_family[-1] if same_family else None)
            if match is None and mention.conversation:  # беседа прошла в дружественной атмосфере: the call
                match = next((d for d in reversed(drafts) if d.family == "phone_call"
                              and compatible(d, mention, published)), None)
        if match is None:
            match = Draft()
            drafts.append(match)
            by_family.setdefault(family, []).append(match)
        match.mentions.append(mention)
        match.party_ids |= ids
        last = match
    return drafts


def near(draft: Draft, mention: TriggerMention) -> bool:
    """Does a continuation sentence stand close enough to the draft's latest mention (``NEAR`` tokens after it,
    a sentence or two of news) to name its mediator and parties? One further on speaks of mediation in general
    (``Украина — страна-гарант и посредник в урегулировании``) or of another matter."""
    latest = draft.mentions[-1].sentence
    return latest is None or mention.sentence is None or mention.sentence.start - latest.end <= NEAR


def evidence(draft: Draft) -> list[TriggerMention]:
    """The mentions a draft is compared by: its first ``MAX_EVIDENCE`` mentions of its own (a text repeating one
    event a thousand times costs no more to merge than one that names it a dozen times)."""
    return [m for m in draft.mentions[:MAX_EVIDENCE * 2] if not m.attach][:MAX_EVIDENCE]


def completes(draft: Draft, mention: TriggerMention, ids: set[str]) -> bool:
    """A visit named by its destination alone completes the visit named before by its visitor alone
    (``получил приглашение посетить ..., надеется нанести визит в Москву``)."""
    return (mention.type == "visit" and ids == {mention.destination}
            and not any(m.destination for m in evidence(draft)))


def other_people(draft: Draft, mention: TriggerMention, actors: dict[str, Actor]) -> bool:
    """The mention names for a side only persons the draft does not have, where the draft names
    persons for that side: another interaction (Медведев met Trump at a dinner; later Trump met Putin)."""
    def people(keys) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for key in keys:
            if key in actors and actors[key].country:
                found.setdefault(actors[key].country, set()).add(key)
        return found
    ours = people(k for m in evidence(draft) for k in m.persons)
    theirs = people(mention.persons)
    return any(side in ours and not keys & ours[side] for side, keys in theirs.items())


def compatible(draft: Draft, mention: TriggerMention, published: date | None = None) -> bool:
    """Mentions of one interaction: an earlier one (``предыдущий визит``, or one the text dates apart)
    is another event, and so are a visit to another country and another body's summit (``саммит ШОС``,
    ``саммит АТЭС``)."""
    real = evidence(draft)
    if any(m.earlier != mention.earlier for m in real) or dated_apart(real, mention, published):
        return False
    if mention.round is not None and any(m.round not in (None, mention.round) for m in real):
        return False  # the first round and the second are two events
    forums = {m.forum for m in real if m.forum}
    said = {m.status for m in real} - {"", "cancelled"}
    same_forum = bool(mention.forum) and mention.forum in forums  # саммит НАТО должен был пройти в начале года
    same_trip = bool(mention.destination) and mention.destination in {m.destination for m in real}
    if mention.status in ("occurred", "planned") and said and mention.status not in said and not (same_forum or same_trip):
        return False  # held and planned: two events (встретилась в Риме ... пригласила посетить нашу страну)
    if mention.forum and forums and mention.forum not in forums:
        return False
    destinations = {m.destination for m in real if m.destination}
    return not (mention.destination and destinations and mention.destination not in destinations)


def towns_of(mention: TriggerMention, actors: dict[str, Actor]) -> set[str]:
    """The countries of the towns the mention names in its own clause."""
    return {actors[k].country for k in mention.placed if k in actors and actors[k].country}


def towns(draft: Draft, actors: dict[str, Actor]) -> set[str]:
    return {c for m in evidence(draft) for c in towns_of(m, actors)}


def elsewhere(draft: Draft, mention: TriggerMention, actors: dict[str, Actor]) -> bool:
    """Talks the mention places, in its own clause, in a town of another country than the towns the draft's
    mentions name in theirs (``в Женеве стартовал раунд ... Ранее переговорщики собирались в Астане``): other talks."""
    ours, theirs = towns(draft, actors), towns_of(mention, actors)
    return draft.family == "talks" and bool(ours and theirs and not ours & theirs)
