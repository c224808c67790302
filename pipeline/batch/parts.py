"""``OUT/.parts``: where a run keeps its finished chunks, and how they become the final tables.

Each chunk's five tables are written as Parquet into ``OUT/.parts/chunk-NNNNNN/`` and moved into
place in one rename, so a chunk is there whole or not at all; ``--resume`` keeps them. The merge
writes ``OUT/<table>.<format>`` part by part, so memory stays flat however large the corpus; only the
events are held together, since clusters span articles.
"""
from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..io.tables import ARTICLE_COLUMNS, COLUMNS, SCHEMAS, Tables, finish_events, frame_of, to_arrow
from ..io.writers import Sink, read_table, write_tables
from .config import RunConfig

PARTS = ".parts"
MANIFEST = "manifest.json"


class ResumeError(ValueError):
    """``--resume`` on a folder that holds a run over other inputs or settings."""


def prepare(out: Path, config: RunConfig, resume: bool) -> Path:
    """``OUT/.parts`` ready for the run: emptied with a new manifest, or, with ``resume``, kept when its
    manifest is this config's (stale temporary chunks are dropped either way)."""
    parts = out / PARTS
    manifest = parts / MANIFEST
    if resume and manifest.exists():
        if json.loads(manifest.read_text(encoding="utf-8")) != json.loads(json.dumps(config.manifest())):
            raise ResumeError(f"{out} holds a run over other inputs or settings; drop --resume or use another -o")
    else:
        shutil.rmtree(parts, ignore_errors=True)
        parts.mkdir(parents=True)
        manifest.write_text(json.dumps(config.manifest(), ensure_ascii=False, indent=1), encoding="utf-8")
    for stale in parts.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    return parts


def finished_chunks(parts: Path) -> set[int]:
    """The numbers of the chunks already written (by an interrupted run, when resuming)."""
    return {int(p.name.split("-")[1]) for p in parts.glob("chunk-*")}


def chunk_dir(parts: Path, number: int) -> Path:
    return parts / f"chunk-{number:06d}"


def write_chunk(parts: Path, number: int, rows: dict[str, list[dict]]) -> None:
    """The chunk's five tables as Parquet, moved into place in one rename (all or nothing)."""
    final = chunk_dir(parts, number)
    tmp = parts / f".tmp-{number:06d}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name in ARTICLE_COLUMNS:
        pq.write_table(to_arrow(name, rows[name]), tmp / f"{name}.parquet")
    os.replace(tmp, final)


def part_tables(parts: Path, name: str) -> Iterator[pa.Table]:
    for chunk in sorted(parts.glob("chunk-*")):
        yield pq.read_table(chunk / f"{name}.parquet", schema=SCHEMAS[name])


def merge(parts: Path, out: Path, fmt: str) -> tuple[Counter, Counter, int]:
    """The final tables from the parts, one part at a time; the events all together, since
    clusters span articles (with each article's date and source: a few strings per article)."""
    if fmt == "xlsx":  # one workbook: the tables merged as Parquet beside the parts, then written in one go
        staging = parts / "merged"
        staging.mkdir(exist_ok=True)
        counts = merge(parts, staging, "parquet")
        write_tables(Tables(**{name: read_table(staging / f"{name}.parquet", name, "parquet") for name in COLUMNS}),
                     out, "xlsx")
        shutil.rmtree(staging)
        return counts
    by_status, by_type, n_articles = Counter(), Counter(), 0
    articles: list[dict] = []
    for name in ARTICLE_COLUMNS:
        sink = Sink(out / f"{name}.{fmt}", name, fmt)
        if name == "events":
            rows = [r for table in part_tables(parts, name) for r in table.to_pylist()]
            events, clusters = finish_events(rows, articles)
            by_type.update(r["type"] for r in rows)
            sink.write(events)
        else:
            for table in part_tables(parts, name):
                if name == "articles":
                    by_status.update(table.column("status").to_pylist())
                    n_articles += table.num_rows
                    articles += table.select(["doc_id", "published", "source"]).to_pylist()
                sink.write(frame_of(name, table))
        sink.close()
    sink = Sink(out / f"clusters.{fmt}", "clusters", fmt)
    sink.write(clusters)
    sink.close()
    return by_status, by_type, n_articles
