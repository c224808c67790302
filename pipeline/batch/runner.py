"""Batch runs: articles in chunks over worker processes, each chunk's tables written as it is done.

A run writes ``OUT/.parts/chunk-NNNNNN/`` (the five tables of one chunk as Parquet, moved into
place atomically), then merges the parts into ``OUT/<table>.<format>`` part by part, so memory
stays flat however large the corpus. ``resume=True`` keeps the finished chunks of an interrupted run
(crash, Ctrl-C, kill) and does the rest: no row is lost or written twice.
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq
from threadpoolctl import threadpool_limits
from tqdm import tqdm

from ..api import Options, collect, load
from ..io.readers import Fields, check_inputs, input_files, read_inputs
from ..records import Article
from ..io.tables import ARTICLE_COLUMNS, COLUMNS, SCHEMAS, Tables, empty_rows, finish_events, frame_of, to_arrow
from ..io.writers import Sink

CHUNK = 32
PARTS = ".parts"
MANIFEST = "manifest.json"
WARM_LEXEMES = 150_000
LOG_EVERY = 10.0  # seconds between plain progress lines when stderr is not a terminal
_worker_nlp = None
_thread_limits = None


class ResumeError(ValueError):
    """``--resume`` on a folder that holds a run over other inputs or settings."""


@dataclass(frozen=True)
class RunConfig:
    inputs: tuple[str, ...]
    fields: Fields = Fields()
    options: Options = Options()
    chunk_size: int = CHUNK
    data_dir: str | None = None

    def manifest(self) -> dict:
        return {"inputs": [str(Path(p).resolve()) for p in self.inputs], "fields": asdict(self.fields),
                "options": asdict(self.options), "chunk_size": self.chunk_size}


@dataclass(frozen=True)
class RunSummary:
    articles: int
    by_status: dict[str, int]
    events_by_type: dict[str, int]
    seconds: float
    resumed_chunks: int = 0

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        status = ", ".join(f"{k} {v}" for k, v in sorted(self.by_status.items()))
        events = ", ".join(f"{k} {v}" for k, v in sorted(self.events_by_type.items())) or "none"
        lines = [f"articles: {self.articles} ({status})", f"events: {sum(self.events_by_type.values())} ({events})",
                 f"time: {self.seconds:.1f} s, {rate:.2f} articles/s"]
        if self.resumed_chunks:
            lines.append(f"resumed: {self.resumed_chunks} chunks were already done")
        return lines


# -- chunks --------------------------------------------------------------------------------------
def chunked(articles: Iterable[Article], size: int) -> Iterator[tuple[int, list[Article]]]:
    iterator = iter(articles)
    for number in itertools.count():
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield number, chunk


def count_files(inputs: Iterable[str | Path]) -> int:
    total = 0
    for path in map(Path, inputs):
        total += len(input_files(path)) if path.is_dir() else 1
    return total


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


def rows_of_chunk(nlp, articles: list[Article], options: Options) -> dict[str, list[dict]]:
    """The chunk's rows. Until the vocabulary holds ``WARM_LEXEMES`` words, a chunk's words stay in
    it (the commonest words, made once); after that the words spaCy learns from a chunk are freed
    with it (``memory_zone``), so memory stays flat."""
    if len(nlp.vocab) < WARM_LEXEMES:
        return collect(nlp, articles, empty_rows(), options=options)
    with nlp.memory_zone():
        return collect(nlp, articles, empty_rows(), options=options)


def one_thread_per_worker() -> None:
    """A worker is one core: numpy's BLAS (slovnet's models) would otherwise spread every worker
    over all cores, and N workers would fight for them."""
    global _thread_limits
    _thread_limits = threadpool_limits(limits=1)


def _init_worker(data_dir: str | None, all_mentions: bool = False) -> None:
    global _worker_nlp  # one pipeline per worker process, loaded once
    one_thread_per_worker()
    _worker_nlp = load(data_dir=data_dir, all_mentions=all_mentions)


def _work(job: tuple[int, list[Article], str, Options]) -> tuple[int, int, Counter, Counter]:
    number, articles, parts, options = job
    rows = rows_of_chunk(_worker_nlp, articles, options)
    write_chunk(Path(parts), number, rows)
    return (number, len(articles), Counter(r["status"] for r in rows["articles"]),
            Counter(r["type"] for r in rows["events"]))


# -- progress --------------------------------------------------------------------------------------
class Progress:
    """A tqdm bar on a terminal; plain log lines (rate and ETA) otherwise."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total, self.enabled, self.done = total, enabled, 0
        self.tty = enabled and sys.stderr.isatty()
        self.bar = tqdm(total=total, unit="article", smoothing=0.1) if self.tty else None
        self.started = self.last = time.monotonic()

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.enabled and time.monotonic() - self.last >= LOG_EVERY:
            self.last = time.monotonic()
            rate = self.done / max(self.last - self.started, 1e-9)
            eta = f", ETA {(self.total - self.done) / rate:.0f} s" if self.total and rate else ""
            print(f"processed {self.done} articles ({rate:.1f}/s{eta})", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# -- the run ---------------------------------------------------------------------------------------
def prepare(out: Path, config: RunConfig, resume: bool) -> Path:
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


def run(config: RunConfig, out: str | Path, fmt: str = "csv", workers: int | None = None, resume: bool = False,
        progress: bool = True) -> RunSummary:
    """Process every article of ``config.inputs`` and write the five tables into ``out``."""
    started = time.monotonic()
    out = Path(out)
    check_inputs(config.inputs, config.fields)
    parts = prepare(out, config, resume)
    done = {int(p.name.split("-")[1]) for p in parts.glob("chunk-*")}
    jobs = ((n, chunk, str(parts), config.options)
            for n, chunk in chunked(read_inputs(config.inputs, config.fields), config.chunk_size) if n not in done)
    bar = Progress(count_files(config.inputs), progress)
    n_chunks = -(-bar.total // config.chunk_size) if bar.total else 1
    workers = max(1, min(workers or os.cpu_count() or 1, n_chunks))
    try:
        if workers == 1:
            _init_worker(config.data_dir, config.options.all_mentions)
            for _, n_articles, _, _ in map(_work, jobs):
                bar.update(n_articles)
        else:
            with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                     initargs=(config.data_dir, config.options.all_mentions)) as executor:
                for _, n_articles, _, _ in executor.map(_work, jobs, chunksize=1):
                    bar.update(n_articles)
    finally:
        bar.close()
    by_status, by_type, n_articles = merge(parts, out, fmt)
    return RunSummary(n_articles, dict(by_status), dict(by_type), time.monotonic() - started, len(done))


def part_tables(parts: Path, name: str) -> Iterator[pa.Table]:
    for chunk in sorted(parts.glob("chunk-*")):
        yield pq.read_table(chunk / f"{name}.parquet", schema=SCHEMAS[name])


def merge(parts: Path, out: Path, fmt: str) -> tuple[Counter, Counter, int]:
    """The final tables from the parts, one part at a time; the events all together, since
    clusters span articles (with each article's date and source: a few strings per article)."""
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


def read_tables(out: str | Path, fmt: str | None = None) -> Tables:
    """The tables of a finished run, as DataFrames (``fmt``: the one written, found when not given)."""
    from ..io.writers import output_format, read_table
    fmt = fmt or output_format(out)
    return Tables(**{name: read_table(Path(out) / f"{name}.{fmt}", name, fmt) for name in COLUMNS})
