"""``dipevents report``: one self-contained HTML page over a run's tables (no network assets).

A summary, a timeline (``timeline.py``), the clusters, the events, and each article that has an event with
its entities and event triggers highlighted by displaCy, linked from its events. Article texts are read again
from the paths in the articles table, found from any folder through the run's recorded inputs (``io.roots``).
Long lists of ids are folded.
"""
from __future__ import annotations

from collections import defaultdict
from html import escape
from pathlib import Path

import pandas as pd
from spacy import displacy

from ..batch.runner import read_tables
from ..io.readers import read_file
from ..io.roots import locate, read_roots
from ..io.tables import Tables, records
from .timeline import timeline_svg

MAX_ARTICLES = 500
FOLD_AFTER = 3  # ids shown before the rest of a list is folded
TRIGGER = "EVENT"
COLORS = {"PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#feca74", TRIGGER: "#ff6b6b"}
STYLE = """
body { font-family: sans-serif; margin: 2em; max-width: 80em; }
table { border-collapse: collapse; font-size: 0.9em; margin-bottom: 2em; }
td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
figure.timeline svg { max-width: 100%; height: auto; }
section.article { border-top: 2px solid #888; margin-top: 2em; }
.muted { color: #777; }
"""


def cell(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return escape("; ".join(map(str, value)))
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else escape(str(value))


def table_html(frame: pd.DataFrame, columns: list[str], links: dict[str, callable] | None = None) -> str:
    """An HTML table of the columns; ``links`` turn a column's cells into anchors."""
    links = links or {}
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    rows = []
    for record in records(frame[columns]):
        cells = [links[c](record[c]) if c in links else cell(record[c]) for c in columns]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def article_texts(articles: pd.DataFrame, wanted: set[str], roots: dict[str, str] | None = None) -> dict[str, str]:
    """doc_id -> text of the wanted articles, read again from their files (in the order read); a relative path
    is looked for under the run's inputs too (``roots``: each input as given -> its absolute path)."""
    by_path: dict[str, list[str]] = defaultdict(list)
    for doc_id, path in zip(articles["doc_id"], articles["path"]):
        by_path[path].append(doc_id)
    texts = {}
    for path, doc_ids in by_path.items():
        found = locate(path, roots or {})
        if not wanted.intersection(doc_ids) or not found.is_file():
            continue
        for doc_id, article in zip(doc_ids, read_file(found, root=found.parent)):
            if doc_id in wanted and article.text:
                texts[doc_id] = article.text
    return texts


def highlights(text: str, mentions: pd.DataFrame, events: pd.DataFrame) -> list[dict]:
    """displaCy spans: event triggers first, then entity mentions that do not overlap them."""
    spans: list[dict] = []
    candidates = [(s, e, TRIGGER) for s, e in zip(events["start"], events["end"])]
    candidates += list(zip(mentions["start"], mentions["end"], mentions["label"]))
    for start, end, label in candidates:
        if not any(s["start"] < end and start < s["end"] for s in spans):
            spans.append({"start": int(start), "end": int(end), "label": str(label)})
    return sorted((s for s in spans if 0 <= s["start"] < s["end"] <= len(text)), key=lambda s: s["start"])


def article_section(anchor: str, doc_id: str, title: str, text: str | None, mentions: pd.DataFrame,
                    events: pd.DataFrame) -> str:
    links = " ".join(f'<a id="{anchor}-{n}" href="#event-{escape(e)}">{escape(e)}</a>'
                     for n, e in enumerate(events["event_id"]))
    header = f'<section class="article" id="{anchor}"><h3>{escape(title or doc_id)}</h3>' \
             f'<p class="muted">{escape(doc_id)} · events: {links}</p>'
    if text is None:
        return header + '<p class="muted">text not found at its path: no highlighting</p></section>'
    spans = highlights(text, mentions, events)
    body = displacy.render({"text": text, "ents": spans, "title": None}, style="ent", manual=True, page=False,
                           options={"colors": COLORS})
    return header + body + "</section>"


def id_links(ids: list[str]) -> str:
    """Links to events, the ones after the first ``FOLD_AFTER`` folded."""
    links = [f'<a href="#event-{escape(i)}">{escape(i)}</a>' for i in ids]
    if len(links) <= FOLD_AFTER:
        return " ".join(links)
    return " ".join(links[:FOLD_AFTER]) + f'<details><summary>{len(links) - FOLD_AFTER} more</summary>' + \
        " ".join(links[FOLD_AFTER:]) + "</details>"


def render(tables: Tables, title: str = "dipevents report", max_articles: int = MAX_ARTICLES,
           roots: dict[str, str] | None = None) -> str:
    """The report page for the tables (articles with events, up to ``max_articles`` of them); ``roots``: the
    run's inputs (``io.roots.read_roots``), to find articles whose paths are relative."""
    articles, events, clusters = tables.articles, tables.events, tables.clusters
    with_events = list(dict.fromkeys(events["doc_id"]))[:max_articles]
    anchors = {doc_id: f"doc-{n}" for n, doc_id in enumerate(with_events)}
    titles = dict(zip(articles["doc_id"], articles["title"]))
    texts = article_texts(articles, set(with_events), roots)
    mentions_by_doc = dict(list(tables.mentions.groupby("doc_id"))) if len(tables.mentions) else {}
    events_by_doc = dict(list(events.groupby("doc_id", sort=False))) if len(events) else {}
    empty_mentions = tables.mentions.iloc[:0]

    summary = [
        f"<p>{len(articles)} articles ({cell(', '.join(f'{k} {v}' for k, v in articles['status'].value_counts().items()))}),"
        f" {len(events)} events, {len(clusters)} real-world events (clusters).</p>",
        "<p>Events by type: " + cell(", ".join(f"{k} {v}" for k, v in events["type"].value_counts().items())) +
        "; by status: " + cell(", ".join(f"{k} {v}" for k, v in events["status"].value_counts().items())) + "</p>",
    ]
    svg = timeline_svg(events) if len(events) else None
    timeline = f'<figure class="timeline">{svg}</figure>' if svg else '<p class="muted">no dated events</p>'
    top = clusters.sort_values(["n_reports", "cluster_id"], ascending=[False, True]).head(200)
    cluster_table = table_html(top, ["cluster_id", "type", "status", "parties", "mediator", "location", "first_date",
                                     "last_date", "n_reports", "sources", "event_ids"],
                               {"event_ids": id_links})
    event_table = table_html(
        events.assign(article=events["doc_id"]),
        ["event_id", "type", "status", "date", "location", "parties", "mediator", "round", "format", "trigger",
         "cluster_id", "article"],
        {"event_id": lambda e: f'<span id="event-{escape(e)}">{escape(e)}</span>',
         "article": lambda d: f'<a href="#{anchors[d]}">{escape(d)}</a>' if d in anchors else cell(d)})
    sections = [article_section(anchors[d], d, titles.get(d) or "", texts.get(d), mentions_by_doc.get(d, empty_mentions),
                                events_by_doc[d]) for d in with_events]
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="ru"><head><meta charset="utf-8">', f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head><body>", f"<h1>{escape(title)}</h1>", "<h2>Summary</h2>", *summary,
        "<h2>Timeline</h2>", timeline, "<h2>Real-world events (clusters)</h2>", cluster_table,
        "<h2>Events</h2>", event_table, "<h2>Articles</h2>", *sections, "</body></html>",
    ])


def write_report(out: str | Path, path: str | Path, max_articles: int = MAX_ARTICLES) -> Path:
    """Render the tables in ``out`` into the HTML file ``path``."""
    path = Path(path)
    path.write_text(render(read_tables(out), title=f"dipevents report: {Path(out).name}", roots=read_roots(out),
                           max_articles=max_articles), encoding="utf-8")
    return path
