"""The local executor: chunks over worker processes on this machine (``--engine local``, the default).

Each worker process loads the pipeline once (the pool's initializer) and writes each chunk it is given
into ``OUT/.parts``; with one worker the chunks are done in this process, without a pool.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language

from ..api import Options, load
from ..records import Article
from .chunks import one_thread_per_worker, process_chunk
from .config import RunConfig

_worker_nlp: Language | None = None  # the pipeline of a pool's worker process, set once by its initializer


def _init_worker(data_dir: str | None, all_mentions: bool) -> None:
    global _worker_nlp
    one_thread_per_worker()
    _worker_nlp = load(data_dir=data_dir, all_mentions=all_mentions)


def _work(job: tuple[int, list[Article], Path, Options]) -> int:
    number, articles, parts, options = job
    return process_chunk(_worker_nlp, number, articles, parts, options)


@dataclass(frozen=True)
class LocalProcesses:
    """``workers`` processes (default: all cores, never more than there are chunks)."""

    workers: int | None = None

    def __call__(self, chunks: Iterable[tuple[int, list[Article]]], parts: Path, config: RunConfig,
                 n_chunks: int) -> Iterator[int]:
        """Do the chunks; yield the number of articles of each chunk as it is done."""
        workers = max(1, min(self.workers or os.cpu_count() or 1, n_chunks))
        if workers == 1:
            one_thread_per_worker()
            nlp = load(data_dir=config.data_dir, all_mentions=config.options.all_mentions)
            for number, articles in chunks:
                yield process_chunk(nlp, number, articles, parts, config.options)
            return
        jobs = ((number, articles, parts, config.options) for number, articles in chunks)
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                 initargs=(config.data_dir, config.options.all_mentions)) as executor:
            yield from executor.map(_work, jobs, chunksize=1)
