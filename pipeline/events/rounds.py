"""Numbered rounds: a round's number, a round right after another that is its next round, and the sides
a round naming one side takes from the article's other numbered rounds."""
from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span

from ..lang.dates import find_dates
from ..lang.nominative import normalize_phrase
from ..records import Actor
from .clause import LOCATIVE
from .frames import Draft, Slot, TriggerMention
from .lexicon import EventLexicon
from .location import direction, town_keys
from .sides import party_id
from .time import status_of
from .types import FAMILY


def round_number(draft: Draft) -> int | None:
    return next((m.round for m in draft.mentions if not m.attach and m.round is not None), None)


def fold_rounds(drafts: list[Draft]) -> list[Draft]:
    """A round right after another round of the talks the article reports, placed nowhere and not said to
    have taken place, is that round's next round (``второй раунд прошёл ... третий раунд пройдёт в ближайшие
    дни``, ``договорились о третьем раунде``), no row of its own."""
    numbers = {id(d): round_number(d) for d in drafts}
    kept = []
    for draft in drafts:
        number = numbers[id(draft)]
        before = next((d for d in drafts if number is not None and numbers[id(d)] == number - 1
                       and d.family == draft.family == "talks"), None)
        said = {m.status for m in draft.mentions if not m.attach}
        if before is not None and said <= {"", "planned"} and not any(m.places for m in draft.mentions):
            text = next((m.next_text for m in draft.mentions if m.next_text), "")
            before.next_round = before.next_round or text or next(m.round_text for m in draft.mentions if m.round_text)
            continue
        kept.append(draft)
    return kept


def round_sides(mention: TriggerMention, drafts: list[Draft], actors: dict[str, Actor]) -> TriggerMention:
    """A round of talks that names one side at most has the sides of the article's other numbered rounds
    (``второй раунд российско-украинских переговоров ... Первый раунд переговоров состоялся 28 февраля``)."""
    if mention.round is None or FAMILY[mention.type] != "talks" or len(
            {party_id(k, actors) for k in mention.parties + mention.persons}) > 1:
        return mention
    others = [d for d in drafts if d.family == "talks" and len(d.party_ids) > 1
              and round_number(d) not in (None, mention.round)]
    sides = tuple(k for d in others[-1:] for m in d.mentions if not m.attach for k in m.parties)
    return replace(mention, parties=tuple(dict.fromkeys(mention.parties + sides)))


def digits(text: str) -> int | None:
    head = "".join(ch for ch in text.split("-")[0] if "0" <= ch <= "9")
    return int(head) if head else None


def round_of(lexicon: EventLexicon, doc: Doc, cues: list[Span], trigger: Span, trigger_tokens: frozenset[int]
             ) -> tuple[int | None, str, bool]:
    """(number, round text, is the next round) of a ROUND cue right before the trigger, with no other trigger's
    word between (``trigger_tokens``: the words of every trigger)."""
    for cue in cues:  # the round of this trigger, not of another one between (первый раунд переговоров саммита)
        if (cue.label_ == "ROUND" and cue.end <= trigger.start <= cue.end + 2
                and not any(i in trigger_tokens and not trigger.start <= i < trigger.end
                            for i in range(cue.end, trigger.start))):
            lemma = cue[0].lemma_
            number = lexicon.ordinals.get(lemma) if lemma in lexicon.ordinals else digits(cue[0].text)
            if lemma not in lexicon.ordinals and number is None:
                continue
            text = " ".join(normalize_phrase([t.text for t in cue])).lower()
            return number, text, lemma == "следующий"
    return None, "", False


def next_rounds(lexicon: EventLexicon, doc: Doc, sent: Span, cues: list[Span], triggers: list[Span]) -> list[TriggerMention]:
    """``Следующий раунд может состояться в ближайшие дни``: a next round named without a trigger."""
    found = []
    for cue in cues:
        if cue.label_ != "NEXT" or any(cue.start <= t.start <= cue.end + 2 for t in triggers):
            continue
        time_text = next((c.text for c in cues if c.label_ == "TIME"), "")
        dates = find_dates(sent.text, lexicon.date_words, sent.start_char)
        found.append(TriggerMention(type="negotiations", start_char=cue.start_char, end_char=cue.end_char,
                                    text=cue.text, sentence=sent, status="planned", is_next=True,
                                    next_text=time_text or (dates[0].text if dates else "")))
    return found


def elided_round(lexicon: EventLexicon, doc: Doc, sent: Span, cues: list[Span], slots: list[Slot],
                 antecedent: TriggerMention | None, actors: dict) -> TriggerMention | None:
    """``... второго раунда переговоров. Первый состоялся 2 мая в Варшаве``: a sentence opening with an
    ordinal and a verb stands for the round noun it leaves out, a round of the talks just named."""
    if antecedent is None:
        return None
    words = list(islice((t for t in sent if not t.is_space), 2))  # the first two words only
    if len(words) < 2 or words[0].pos_ != "ADJ" or words[1].pos_ != "VERB":
        return None
    number = lexicon.ordinals.get(words[0].lemma_)
    if number is None:
        return None
    ordinal = doc[words[0].i:words[0].i + 1]
    places = [s.key for s in slots if sent.start <= s.start < sent.end and s.preposition in LOCATIVE
              and s.kind in ("country", "location") and not direction(doc, s)]
    return replace(antecedent, start_char=ordinal.start_char, end_char=ordinal.end_char, text=ordinal.text,
                   sentence=sent, status=status_of(cues, ordinal), places=tuple(places), round=number,
                   placed=town_keys(lexicon, places, actors),
                   round_text=f"{words[0].lemma_} {antecedent.round_text.split()[-1]}", is_next=False,
                   next_text="", dates=tuple(find_dates(sent.text, lexicon.date_words, sent.start_char)),
                   partners=(), destination="", earlier=False)
