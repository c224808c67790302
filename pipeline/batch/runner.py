"""Batch runs: one runner, two executors. The runner lists the input files once (the CSV check, the
count of their records and the reading all use that list), claims the output folder (``output``),
prepares ``OUT/.parts`` and finds the chunks an interrupted run already finished; an executor does the
other chunks, local processes (``local``) or a Dask cluster (``dask_executor``); the runner then
merges the parts into the tables (``parts``) and sums the run up.

Chunks are cut from the stream of records, not of files, so one large JSONL or CSV keeps every
worker busy, and the progress total counts records. ``resume=True`` keeps the finished chunks of an
interrupted run (crash, Ctrl-C, kill) and does the rest: no row is lost or written twice;
``overwrite=True`` replaces a finished run; without either, a folder that holds a run is refused.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Protocol

from ..io.readers import check_inputs, count_articles, list_inputs, read_files
from ..io.roots import record_roots
from ..io.tables import COLUMNS, Tables
from ..records import Article
from .chunks import ChunkDone, chunked
from .config import RunConfig
from .local import LocalProcesses
from .output import claim
from .parts import finished_chunks, merge, prepare
from .progress import Progress

if TYPE_CHECKING:  # Dask is imported only for --engine dask
    from dask.distributed import Client

ENGINES = ("local", "dask")


class Executor(Protocol):
    def __call__(self, chunks: Iterable[tuple[int, list[Article]]], parts: Path, config: RunConfig,
                 n_chunks: int) -> Iterator[ChunkDone]:
        """Write each chunk's tables into ``parts``; yield each as it is done."""


@dataclass(frozen=True)
class RunSummary:
    articles: int
    by_status: dict[str, int]
    events_by_type: dict[str, int]
    seconds: float
    resumed_chunks: int = 0
    workers: int = 0  # the processes that did chunks in this run

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        status = ", ".join(f"{k} {v}" for k, v in sorted(self.by_status.items()))
        events = ", ".join(f"{k} {v}" for k, v in sorted(self.events_by_type.items())) or "none"
        lines = [f"articles: {self.articles} ({status})", f"events: {sum(self.events_by_type.values())} ({events})",
                 f"time: {self.seconds:.1f} s, {rate:.2f} articles/s, {self.workers} worker processes"]
        if self.resumed_chunks:
            lines.append(f"resumed: {self.resumed_chunks} chunks were already done")
        return lines


def executor_for(engine: str, workers: int | None, scheduler: str | None, client: Client | None) -> Executor:
    """The executor of ``--engine``: ``local`` processes, or ``dask`` (Dask is imported only then)."""
    if engine == "local":
        return LocalProcesses(workers)
    if engine == "dask":
        from .dask_executor import DaskCluster
        return DaskCluster(scheduler, workers, client)
    raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")


def run(config: RunConfig, out: str | Path, fmt: str = "csv", workers: int | None = None, resume: bool = False,
        progress: bool = True, engine: str = "local", scheduler: str | None = None,
        client: Client | None = None, overwrite: bool = False) -> RunSummary:
    """Process every article of ``config.inputs`` and write the six tables into ``out``, with the
    executor of ``engine`` (``local``: ``workers`` processes; ``dask``: the cluster at ``scheduler``
    or of ``client``, else a local one of ``workers``). A folder that holds a run is continued with
    ``resume``, replaced with ``overwrite``, and refused otherwise (``output.OutputError``)."""
    started = time.monotonic()
    out = Path(out)
    executor = executor_for(engine, workers, scheduler, client)
    files = list_inputs(config.inputs, config.follow_symlinks, skip=[out])  # the one walk, checked and read below
    check_inputs(files, config.fields)
    total = count_articles(files, config.fields)
    claim(out, resume=resume, overwrite=overwrite)
    parts = prepare(out, config, resume)
    done = finished_chunks(parts)
    chunks = ((n, chunk) for n, chunk in chunked(read_files(files, config.fields), config.chunk_size)
              if n not in done)
    size = config.chunk_size
    bar = Progress(total, progress, initial=sum(min(size, total - n * size) for n in done if n * size < total))
    processes = set()
    try:
        for chunk in executor(chunks, parts, config, max(1, -(-total // size) - len(done))):
            bar.update(chunk.articles)
            processes.add(chunk.worker)
    finally:
        bar.close()
    by_status, by_type, n_articles = merge(parts, out, fmt)
    record_roots(out, config.inputs)
    return RunSummary(n_articles, dict(by_status), dict(by_type), time.monotonic() - started, len(done),
                      len(processes))


def read_tables(out: str | Path, fmt: str | None = None) -> Tables:
    """The tables of a finished run, as DataFrames (``fmt``: the one written, found when not given)."""
    from ..io.writers import output_format, read_table, table_path
    fmt = fmt or output_format(out)
    return Tables(**{name: read_table(table_path(out, name, fmt), name, fmt) for name in COLUMNS})
