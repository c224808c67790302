"""The local executor: chunks over worker processes on this machine (``--engine local``, the default).

Each worker process loads the pipeline once (the pool's initializer), dies with the run's process
(``lifetime``), and writes each chunk it is given into ``OUT/.parts``; with one worker the chunks are
done in this process, without a pool. A few chunks per worker are in flight at a time, so that the
articles read ahead stay few however large the input.
"""
from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language

from ..api import Options, load
from ..records import Article
from .chunks import ChunkDone, one_thread_per_worker, process_chunk
from .config import RunConfig
from .lifetime import die_with_parent

IN_FLIGHT_PER_WORKER = 2
_worker_nlp: Language | None = None  # the pipeline of a pool's worker process, set once by its initializer


def _init_worker(parent: int, data_dir: str | None, all_mentions: bool, max_chars: int) -> None:
    global _worker_nlp
    die_with_parent(parent)
    one_thread_per_worker()
    _worker_nlp = load(data_dir=data_dir, all_mentions=all_mentions, max_chars=max_chars)


def _work(number: int, articles: list[Article], parts: Path, options: Options) -> ChunkDone:
    return process_chunk(_worker_nlp, number, articles, parts, options)


@dataclass(frozen=True)
class LocalProcesses:
    """``workers`` processes (default: all cores, never more than there are chunks)."""

    workers: int | None = None

    def __call__(self, chunks: Iterable[tuple[int, list[Article]]], parts: Path, config: RunConfig,
                 n_chunks: int) -> Iterator[ChunkDone]:
        """Do the chunks; yield each as it is done."""
        options = config.options
        workers = max(1, min(self.workers or os.cpu_count() or 1, n_chunks))
        if workers == 1:
            one_thread_per_worker()
            nlp = load(data_dir=config.data_dir, all_mentions=options.all_mentions, max_chars=options.max_chars)
            for number, articles in chunks:
                yield process_chunk(nlp, number, articles, parts, options)
            return
        executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                       initargs=(os.getpid(), config.data_dir, options.all_mentions, options.max_chars))
        pending: set[Future] = set()
        try:
            for number, articles in chunks:
                pending.add(executor.submit(_work, number, articles, parts, options))
                while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    yield from (future.result() for future in done)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
