"""An article's events: its mentions merged into one draft per real interaction, each draft built into a
row (a visit naming only where it goes takes its visitor from the other events), then the rules between
the article's events (hosts, the places and sides a visit or summit lends the talks held with it)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..lang.dates import find_dates, latest_full_date, parse_iso
from ..records import Event
from .build import build_event
from .clause import LOCATIVE
from .discourse import by_sentence, context_dates, context_sides, lead_date, side_slots
from .frames import Draft, Slot, TriggerMention
from .lexicon import EventLexicon
from .links import (
    visitor_of,
    with_hosts,
    with_places,
    with_summit_place,
    with_summit_sides,
)
from .location import arrival, places_near, single_city_places
from .mentions import skipped_sentences
from .merge import merge_mentions
from .rounds import fold_rounds
from .sides import commentators, with_subjects


def dated(draft: Draft, dates: tuple) -> Draft:
    """The draft with the date expressions the text around it gives on its first mention (none: as it is)."""
    if not dates:
        return draft
    first = next(n for n, m in enumerate(draft.mentions) if not m.attach)
    mentions = list(draft.mentions)
    mentions[first] = replace(mentions[first], dates=dates)
    return Draft(mentions, draft.party_ids, draft.next_round)


def article_events(lexicon: EventLexicon, doc: Doc, text: str, mentions: list[TriggerMention], slots: list[Slot],
                   triggers: list[Span], cues: list[Span], actors: dict, published: str | None) -> list[Event]:
    knowledge = lexicon.knowledge
    drafts = fold_rounds(merge_mentions(with_subjects(mentions, actors), actors, parse_iso(published)))
    located = [s for s in slots if s.preposition in LOCATIVE and s.kind == "location" and not s.in_role]
    single = single_city_places(mentions, located, actors)
    starts = [sent.start for sent in doc.sents]

    article_places = list(dict.fromkeys(k for m in mentions for k in m.places))
    located_by_sentence = {n: [s.key for s in found] for n, found in by_sentence(located, starts).items()}

    def near(draft: Draft) -> list[str]:
        return places_near(doc, draft, article_places, located_by_sentence, single, starts)
    speakers = commentators(doc, slots, cues, triggers)
    undated = None if published else latest_full_date(text, lexicon.date_words)
    skipped = skipped_sentences(doc)
    sentence_dates = {n: find_dates(s.text, lexicon.date_words, s.start_char) for n, s in enumerate(doc.sents)
                      if s.start not in skipped}
    title = next((i for i, s in enumerate(doc.sents) if s.start not in skipped), 0)
    lead = () if published else lead_date(sentence_dates, title)  # no published date: the lead's gives the news day
    drafts = [dated(d, context_dates(d, sentence_dates, starts, title, lead)) for d in drafts]
    events = [build_event(d, actors, lexicon, published, near(d), speakers, undated) for d in drafts]
    sentences = by_sentence(side_slots(slots, actors), starts)
    for n, (draft, event) in enumerate(zip(drafts, events)):
        visitor = visitor_of(draft, events, actors) if event is None else None
        context = context_sides(draft, sentences, starts, title, actors) if event is None and visitor is None else []
        if visitor is not None or context:
            extra = (visitor,) if visitor is not None else tuple(context)
            events[n] = build_event(Draft(draft.mentions + [replace(draft.mentions[0], parties=extra, persons=(),
                                                                      places=(), mediators=())]),
                                    actors, lexicon, published, near(draft), speakers, undated)
    kept = [(d, e) for d, e in zip(drafts, events) if e is not None]
    earlier = frozenset(n for n, (d, _) in enumerate(kept) if all(m.earlier for m in d.mentions if not m.attach))
    hosted = with_summit_place(with_hosts([e for _, e in kept], actors), arrival(doc, slots, actors))
    return with_summit_sides(with_places(hosted, earlier), actors, knowledge.country_name)
