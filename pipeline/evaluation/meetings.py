"""Co-participant recall on factRuEval-2016 Meeting facts (``dipevents evaluate meetings DIR``).

factRuEval keeps, per article ``NAME``: ``NAME.txt`` (the text), ``NAME.spans`` (token spans),
``NAME.objects`` (mentions: type, span ids), ``NAME.coref`` (entities: an id, its object ids, then
``key value`` lines such as ``firstname Барак``) and ``NAME.facts`` (facts: ``ID Type`` then
``Slot objN value`` lines, where ``objN`` is a coref entity). A Meeting fact's Participant slots give
the people and organisations who met; every two of them are a co-participant pair. A pair is
recalled when one of our events of that article has both among its participants or parties: a gold
participant matches one of ours by a shared name token or its lemma (``Саркози``, ``Обамой``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ..io.readers import read_file
from ..io.tables import Tables, records
from ..lang.morph import get_morph, parses_of
from ..lang.normalize import yo
from .prf import PRF

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
NAME_KEYS = {"firstname", "lastname", "patronymic", "name", "nickname"}
MIN_TOKEN = 2


@dataclass(frozen=True)
class Participant:
    """A Meeting fact's participant: the fact's value (``Саркози Николя``) and its name words."""

    ref: str
    value: str
    tokens: frozenset[str]


@dataclass(frozen=True)
class MeetingFact:
    doc_id: str
    fact_id: str
    participants: tuple[Participant, ...]

    def pairs(self) -> list[tuple[Participant, Participant]]:
        return list(combinations(self.participants, 2))


@dataclass(frozen=True)
class MeetingReport:
    """Co-participant pairs: ``pairs.found`` of the ``pairs.gold`` gold pairs recalled, ``pairs.tp`` of
    our ``pairs.predicted`` person/organisation pairs that match a gold pair (many to many)."""

    facts: int = 0
    pairs: PRF = PRF()
    misses: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        s = self.pairs
        return [
            f"Meeting facts {self.facts}, co-participant pairs {s.gold}",
            f"pair recall     {s.recall:.3f}   ({s.found}/{s.gold})",
            f"pair precision  {s.precision:.3f}   ({s.tp}/{s.predicted} of our person/org "
            "pairs in the articles that have a Meeting fact; factRuEval does not mark every meeting)",
        ]


def name_tokens(text: str) -> frozenset[str]:
    """Lower-case name words of a phrase and their pymorphy3 lemmas (ё as е), words of 2+ letters."""
    morph = get_morph()
    found = set()
    for word in WORD.findall(yo(text)):
        if len(word) < MIN_TOKEN:
            continue
        found.add(word.lower())
        found.update(yo(p.normal_form) for p in parses_of(morph, word)[:3])
    return frozenset(found)


def read_coref(path: Path) -> dict[str, set[str]]:
    """Entity id -> its name attribute values (``firstname``, ``lastname``, ``name`` ...)."""
    names: dict[str, set[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        parts = line.split()
        if not parts:
            current = None
        elif current is None and parts[0].isdigit():
            current = parts[0]
            names[current] = set()
        elif current is not None and parts[0] in NAME_KEYS and len(parts) > 1:
            names[current].add(" ".join(parts[1:]))
    return names


def read_facts(path: Path) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """(fact id, fact type, [(slot, reference, value)]) for every fact of a ``.facts`` file."""
    facts: list[tuple[str, str, list[tuple[str, str, str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) >= 2 and re.fullmatch(r"\d+-\d+", parts[0]):
            facts.append((parts[0], parts[1], []))
        elif facts and len(parts) >= 2:
            facts[-1][2].append((parts[0], parts[1], " ".join(parts[2:])))
    return facts


def read_meetings(directory: str | Path) -> list[MeetingFact]:
    """Every Meeting fact with two or more participants in a factRuEval folder (``*.facts``)."""
    directory = Path(directory)
    if not any(directory.glob("*.facts")):
        raise FileNotFoundError(f"no factRuEval .facts files in {directory}: pass the devset folder "
                                "(../shared/corpora/factrueval/devset)")
    meetings = []
    for path in sorted(directory.glob("*.facts")):
        coref = read_coref(path.with_suffix(".coref"))
        for fact_id, kind, slots in read_facts(path):
            if kind != "Meeting":
                continue
            people = []
            for slot, ref, value in slots:
                if slot != "Participant":
                    continue
                entity = ref.removeprefix("obj")
                words = name_tokens(" ".join([value, *sorted(coref.get(entity, ()))]))
                people.append(Participant(ref, value, words))
            if len(people) >= 2:
                meetings.append(MeetingFact(path.stem, fact_id, tuple(people)))
    return meetings


def event_members(tables: Tables) -> dict[str, list[list[frozenset[str]]]]:
    """doc_id -> for each of our events, the name words of its participants and parties."""
    members: dict[str, dict[str, list[frozenset[str]]]] = {}
    for event in records(tables.events):
        members.setdefault(event["doc_id"], {})[event["event_id"]] = [name_tokens(p) for p in event["parties"]]
    for row in records(tables.participants):
        events = members.get(row["doc_id"], {})
        if row["event_id"] in events:
            events[row["event_id"]].append(name_tokens(row["name"]))
    return {doc: list(events.values()) for doc, events in members.items()}


def recalled(pair: tuple[Participant, Participant], events: list[list[frozenset[str]]]) -> bool:
    """Some event holds two different members that match the pair's two participants."""
    a, b = pair
    for names in events:
        for i, j in combinations(range(len(names)), 2):
            x, y = names[i], names[j]
            if (a.tokens & x and b.tokens & y) or (a.tokens & y and b.tokens & x):
                return True
    return False


def score_meetings(tables: Tables, meetings: list[MeetingFact]) -> MeetingReport:
    members = event_members(tables)
    gold_pairs = [(fact, pair) for fact in meetings for pair in fact.pairs()]
    misses = tuple(f"{fact.doc_id} {fact.fact_id}: {pair[0].value} + {pair[1].value}"
                   for fact, pair in gold_pairs if not recalled(pair, members.get(fact.doc_id, [])))
    by_doc: dict[str, list[MeetingFact]] = {}
    for fact in meetings:
        by_doc.setdefault(fact.doc_id, []).append(fact)
    ours = [(x, y, facts) for doc_id, facts in by_doc.items()
            for names in members.get(doc_id, []) for x, y in combinations(names, 2)]
    right = sum(any(recalled((a, b), [[x, y]]) for fact in facts for a, b in fact.pairs()) for x, y, facts in ours)
    pairs = PRF.of_matches(right, len(ours), len(gold_pairs) - len(misses), len(gold_pairs))
    return MeetingReport(len(meetings), pairs, misses)


def evaluate_meetings(directory: str | Path, nlp=None) -> MeetingReport:
    """Run the pipeline (NER on every article) on the articles that hold a Meeting fact and score them."""
    from ..api import Options, extract, load

    directory = Path(directory)
    meetings = read_meetings(directory)
    names = sorted({m.doc_id for m in meetings})
    articles = [a for name in names for a in read_file(directory / f"{name}.txt", directory)]
    nlp = nlp or load(all_mentions=True)
    return score_meetings(extract(articles, nlp=nlp, options=Options(all_mentions=True)), meetings)
