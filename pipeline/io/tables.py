"""The tables of SCHEMA.md: the five with rows from each processed article, and ``clusters`` (one row
per real-world event, made from the events of all articles), as DataFrames.

Rows are plain values ('' for a missing string, dates as ``YYYY-MM-DD``) in Arrow tables of ``SCHEMAS``
(the parts of a run); ``frame_of`` gives every path the one set of pandas dtypes: nullable ``string``,
``Int64``, ``Float64`` and ``boolean`` columns with ``NA`` for every missing value, dates as ``datetime64``
(``NaT`` when missing; ``date_text`` keeps an event date's expression as written), lists as Python lists.
Files hold the dates as dates (``FILE_SCHEMAS``: Parquet ``date32``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc

from ..corpus.clusters import CLUSTERS, cluster_events
from ..records import Article

ARTICLES = ["doc_id", "path", "title", "published", "source", "language", "n_chars", "n_sentences",
            "n_events", "status", "error", "skipped"]
MENTIONS = ["doc_id", "actor_id", "start", "end", "text", "label", "normal"]
ACTORS = ["doc_id", "actor_id", "kind", "name", "role", "role_class", "organization", "country", "country_name",
          "wikidata", "n_mentions", "first_start", "aliases"]
EVENTS = ["event_id", "doc_id", "type", "cameo", "status", "date", "date_source", "date_text", "location",
          "location_country", "parties", "parties_iso", "mediator", "forum", "format", "round", "round_text", "next_round",
          "trigger", "start", "end", "sentence", "confidence", "cluster_id", "plover_event", "plover_mode"]
PARTICIPANTS = ["event_id", "doc_id", "actor_id", "name", "kind", "role", "country", "side", "is_head"]
ARTICLE_COLUMNS = {"articles": ARTICLES, "mentions": MENTIONS, "actors": ACTORS, "events": EVENTS,
                   "participants": PARTICIPANTS}  # the tables each article adds rows to
COLUMNS = {**ARTICLE_COLUMNS, "clusters": CLUSTERS}  # every table written
LIST_COLUMNS = {"events": ["parties", "parties_iso", "mediator"], "actors": ["aliases"],
                "clusters": ["parties", "parties_iso", "mediator", "sources", "event_ids", "doc_ids"]}
INT_COLUMNS = {"articles": ["n_chars", "n_sentences", "n_events"], "mentions": ["start", "end"],
               "actors": ["n_mentions", "first_start"], "events": ["round", "start", "end"],
               "clusters": ["n_reports", "n_articles"]}
FLOAT_COLUMNS = {"events": ["confidence"]}
BOOL_COLUMNS = {"participants": ["is_head"]}
DATE_COLUMNS = {"articles": ["published"], "events": ["date"], "clusters": ["first_date", "last_date"]}
DATE_FORMAT = "%Y-%m-%d"
PANDAS_TYPES = {pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(),
                pa.bool_(): pd.BooleanDtype()}


def arrow_type(table: str, column: str) -> pa.DataType:
    if column in LIST_COLUMNS.get(table, []):
        return pa.list_(pa.string())
    if column in INT_COLUMNS.get(table, []):
        return pa.int64()
    if column in FLOAT_COLUMNS.get(table, []):
        return pa.float64()
    if column in BOOL_COLUMNS.get(table, []):
        return pa.bool_()
    return pa.string()


SCHEMAS = {name: pa.schema([(c, arrow_type(name, c)) for c in columns]) for name, columns in COLUMNS.items()}
FILE_SCHEMAS = {name: pa.schema([(c, pa.date32() if c in DATE_COLUMNS.get(name, []) else arrow_type(name, c))
                                 for c in columns]) for name, columns in COLUMNS.items()}


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def frame_of(name: str, table: pa.Table) -> pd.DataFrame:
    """A pandas DataFrame of one table (rows of ``SCHEMAS`` or a file of ``FILE_SCHEMAS``) with the same
    dtypes whatever path made it."""
    frame = table.to_pandas(types_mapper=PANDAS_TYPES.get)
    for column in LIST_COLUMNS.get(name, []):
        frame[column] = frame[column].map(lambda v: list(v) if v is not None else [])
    for column, arrow in zip(table.column_names, table.schema.types):
        if arrow == pa.string():
            frame[column] = frame[column].mask(frame[column] == "")
    for column in DATE_COLUMNS.get(name, []):
        frame[column] = pd.to_datetime(frame[column].astype("string"), format=DATE_FORMAT).astype("datetime64[ns]")
    return frame


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows of a frame of ``frame_of`` as the plain values of the rows it was made of ('' for a missing
    string, dates as ``YYYY-MM-DD``, None for a missing number), for code that reads rows one by one."""
    plain = frame.astype(object).where(frame.notna(), None)
    for column in plain.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            plain[column] = frame[column].dt.strftime(DATE_FORMAT).astype(object).where(frame[column].notna(), "")
        elif isinstance(frame[column].dtype, pd.StringDtype):
            plain[column] = plain[column].where(frame[column].notna(), "")
    return plain.to_dict("records")


@dataclass
class Tables:
    """The six tables as pandas DataFrames (list columns hold Python lists)."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    participants: pd.DataFrame
    clusters: pd.DataFrame = field(default_factory=lambda: frame_of("clusters", to_arrow("clusters", [])))

    def items(self):
        return [(name, getattr(self, name)) for name in COLUMNS]


def n_sentences(doc: Doc) -> int:
    """Sentences with a word: our tokenizer starts a sentence on whitespace only at the doc's start."""
    if not len(doc):
        return 0
    flags = doc.to_array([SENT_START, IS_SPACE])
    return int(((flags[:, 0] == 1) & (flags[:, 1] == 0)).sum())


def article_row(article: Article, doc: Doc | None, language: str, n_events: int, skipped: str = "") -> dict:
    source = (doc._.source if doc is not None else None) or article.source
    return {
        "doc_id": article.doc_id, "path": article.path, "title": article.title, "published": article.published,
        "source": source, "language": language, "n_chars": len(article.text),
        "n_sentences": n_sentences(doc) if doc is not None else 0,
        "n_events": n_events, "status": article.status, "error": article.error, "skipped": skipped,
    }


def rows_for(article: Article, doc: Doc | None, language: str, skipped: str = "") -> dict[str, list[dict]]:
    """All rows one article contributes to the five tables."""
    if doc is None:
        return {"articles": [article_row(article, None, language, 0, skipped)], "mentions": [], "actors": [],
                "events": [], "participants": []}
    ids = {a.key: f"{article.doc_id}#A{n}" for n, a in enumerate(doc._.actors or [], start=1)}
    actors = {a.key: a for a in doc._.actors or []}
    mentions, actor_rows = [], []
    for actor in doc._.actors or []:
        for m in actor.mentions:
            mentions.append({"doc_id": article.doc_id, "actor_id": ids[actor.key], "start": m.start, "end": m.end,
                             "text": m.text, "label": m.label, "normal": m.normal})
        aliases = list(dict.fromkeys(m.normal for m in actor.mentions if m.normal != actor.name))
        actor_rows.append({
            "doc_id": article.doc_id, "actor_id": ids[actor.key], "kind": actor.kind, "name": actor.name,
            "role": actor.role, "role_class": actor.role_class, "organization": actor.organization,
            "country": actor.country, "country_name": actor.country_name, "wikidata": actor.wikidata,
            "n_mentions": len(actor.mentions), "first_start": actor.mentions[0].start if actor.mentions else actor.reference_start, "aliases": aliases,
        })
    mentions.sort(key=lambda r: r["start"])
    events, participants = [], []
    for n, event in enumerate(doc._.events or [], start=1):
        event_id = f"{article.doc_id}#E{n}"
        events.append({
            "event_id": event_id, "doc_id": article.doc_id, "type": event.type, "cameo": event.cameo,
            "status": event.status, "date": event.date, "date_source": event.date_source,
            "date_text": event.date_text, "location": event.location, "location_country": event.location_country,
            "parties": list(event.parties), "parties_iso": list(event.parties_iso), "mediator": list(event.mediator),
            "forum": event.forum,
            "format": event.format, "round": event.round, "round_text": event.round_text,
            "next_round": event.next_round, "trigger": event.trigger, "start": event.start, "end": event.end,
            "sentence": event.sentence, "confidence": event.confidence, "cluster_id": "",
            "plover_event": event.plover_event, "plover_mode": event.plover_mode,
        })
        for p in event.participants:
            actor = actors[p.actor_key]
            participants.append({
                "event_id": event_id, "doc_id": article.doc_id, "actor_id": ids[p.actor_key], "name": actor.name,
                "kind": actor.kind, "role": actor.role, "country": actor.country, "side": p.side,
                "is_head": p.is_head,
            })
    return {"articles": [article_row(article, doc, language, len(events))], "mentions": mentions,
            "actors": actor_rows, "events": events, "participants": participants}


def finish_events(events: list[dict], articles: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the events table with each event's ``cluster_id``, the clusters table): the one finish of the
    tables, whether their rows are in memory (``to_frames``) or in a run's parts (``batch.parts.merge``).
    ``articles`` need only ``doc_id``, ``published`` and ``source``."""
    events, clusters = cluster_events(events, articles)
    return frame_of("events", to_arrow("events", events)), frame_of("clusters", to_arrow("clusters", clusters))


def to_frames(rows: dict[str, list[dict]]) -> Tables:
    """The tables of the rows of many articles, with the events clustered across them."""
    events, clusters = finish_events(rows["events"], rows["articles"])
    frames = {name: frame_of(name, to_arrow(name, rows[name])) for name in ARTICLE_COLUMNS if name != "events"}
    return Tables(**frames, events=events, clusters=clusters)


def empty_rows() -> dict[str, list[dict]]:
    return {name: [] for name in ARTICLE_COLUMNS}
