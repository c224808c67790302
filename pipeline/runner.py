"""Batch runs: articles in chunks, over worker processes that each load the pipeline once."""
from __future__ import annotations

import os
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from .api import load, process
from .readers import Fields, check_inputs, read_inputs
from .records import Article
from .tables import Tables, empty_rows, to_frames

CHUNK = 16
_worker_nlp = None


def _init_worker(data_dir: str | None) -> None:
    global _worker_nlp  # one pipeline per worker process, loaded once
    _worker_nlp = load(data_dir=data_dir) if data_dir else load()


def _process_chunk(articles: list[Article]) -> list[dict]:
    return list(process(_worker_nlp, articles))


def chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass(frozen=True)
class RunSummary:
    articles: int
    by_status: dict[str, int]
    events_by_type: dict[str, int]
    seconds: float

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        status = ", ".join(f"{k} {v}" for k, v in sorted(self.by_status.items()))
        events = ", ".join(f"{k} {v}" for k, v in sorted(self.events_by_type.items())) or "none"
        return [f"articles: {self.articles} ({status})", f"events: {sum(self.events_by_type.values())} ({events})",
                f"time: {self.seconds:.1f} s, {rate:.2f} articles/s"]


def run(inputs: list[str | Path], fields: Fields = Fields(), workers: int | None = None,
        data_dir: str | None = None, progress: bool = True) -> tuple[Tables, RunSummary]:
    started = time.monotonic()
    check_inputs(inputs, fields)
    articles = list(read_inputs(inputs, fields))
    parts = list(chunks(articles, CHUNK))
    workers = max(1, min(workers or os.cpu_count() or 1, len(parts)))
    rows = empty_rows()
    bar = tqdm(total=len(articles), unit="article", disable=None if progress else True, smoothing=0.1)
    if workers == 1:
        _init_worker(data_dir)
        results = map(_process_chunk, parts)
        executor = None
    else:
        executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(data_dir,))
        results = executor.map(_process_chunk, parts)
    try:
        for part, result in zip(parts, results):
            for article_rows in result:
                for name, table_rows in article_rows.items():
                    rows[name].extend(table_rows)
            bar.update(len(part))
    finally:
        bar.close()
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    tables = to_frames(rows)
    summary = RunSummary(
        articles=len(tables.articles),
        by_status=dict(Counter(tables.articles.status)),
        events_by_type=dict(Counter(tables.events.type)),
        seconds=time.monotonic() - started,
    )
    return tables, summary
