"""A chunk of articles, the unit of work of every executor: how the input is cut into chunks, and how
a worker turns one chunk into its tables in ``OUT/.parts`` with flat memory on one core."""
from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from threadpoolctl import threadpool_limits

from ..api import Options, collect
from ..io.tables import empty_rows
from ..records import Article
from .parts import write_chunk

WARM_LEXEMES = 150_000


@dataclass(frozen=True)
class ChunkDone:
    """A chunk written into the parts: how many articles it held, and the process that did it."""

    articles: int
    worker: int


def chunked(articles: Iterable[Article], size: int) -> Iterator[tuple[int, list[Article]]]:
    """(number, articles) of consecutive chunks of ``size`` articles, numbered from 0."""
    iterator = iter(articles)
    for number in itertools.count():
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield number, chunk


def one_thread_per_worker() -> None:
    """A worker is one core: numpy's BLAS (slovnet's models) would otherwise spread every worker
    over all cores, and N workers would fight for them. The limit holds for the whole process."""
    threadpool_limits(limits=1)


def rows_of_chunk(nlp: Language, articles: list[Article], options: Options) -> dict[str, list[dict]]:
    """The chunk's rows. Until the vocabulary holds ``WARM_LEXEMES`` words, a chunk's words stay in
    it (the commonest words, made once); after that the words spaCy learns from a chunk are freed
    with it (``memory_zone``), so memory stays flat."""
    if len(nlp.vocab) < WARM_LEXEMES:
        return collect(nlp, articles, empty_rows(), options=options)
    with nlp.memory_zone():
        return collect(nlp, articles, empty_rows(), options=options)


def process_chunk(nlp: Language, number: int, articles: list[Article], parts: Path, options: Options) -> ChunkDone:
    """Write the tables of chunk ``number`` into ``parts``."""
    write_chunk(parts, number, rows_of_chunk(nlp, articles, options))
    return ChunkDone(len(articles), os.getpid())
