"""The Dask executor: the same batch run on a Dask distributed cluster (``--engine dask``).

Each chunk of articles is one task; a worker plugin loads the pipeline once per worker; each task
writes its chunk's tables as Parquet into ``OUT/.parts`` (OUT must be on storage the workers share
with the client on a real cluster); the client merges them as a local run does (``runner.run``).
Chunks are submitted a few at a time so that the client's memory stays flat.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from dask.distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from ..api import Options, load
from ..records import Article
from .chunks import ChunkDone, one_thread_per_worker, process_chunk
from .config import RunConfig
from .runner import RunSummary, run

IN_FLIGHT_PER_WORKER = 2


class LoadPipeline(WorkerPlugin):
    """Loads the dipevents pipeline once on every worker that joins. (The workers of a local cluster
    end with the run's process by Dask's own doing, even after a SIGKILL.)"""

    name = "dipevents-pipeline"

    def __init__(self, data_dir: str | None, options: Options) -> None:
        self.data_dir = data_dir
        self.options = options

    def setup(self, worker) -> None:
        one_thread_per_worker()
        worker.dipevents_nlp = load(data_dir=self.data_dir, all_mentions=self.options.all_mentions,
                                    max_chars=self.options.max_chars)


def process_chunk_task(number: int, articles: list[Article], parts: str, options: Options) -> ChunkDone:
    return process_chunk(get_worker().dipevents_nlp, number, articles, Path(parts), options)


@dataclass(frozen=True)
class DaskCluster:
    """The cluster at ``scheduler`` (or the one of ``client``), or a new local cluster of ``workers``
    processes (default 2), closed when the run ends."""

    scheduler: str | None = None
    workers: int | None = None
    client: Client | None = None

    def __call__(self, chunks: Iterable[tuple[int, list[Article]]], parts: Path, config: RunConfig,
                 n_chunks: int) -> Iterator[ChunkDone]:
        """Do the chunks; yield each as it is done."""
        client = self.client or (Client(self.scheduler) if self.scheduler else Client(LocalCluster(
            n_workers=self.workers or 2, threads_per_worker=1, processes=True, dashboard_address=None)))
        try:
            client.register_plugin(LoadPipeline(config.data_dir, config.options))
            limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
            pending = as_completed()
            for number, articles in chunks:
                pending.add(client.submit(process_chunk_task, number, articles, str(parts), config.options,
                                          pure=False))
                while pending.count() >= limit:
                    yield next(pending).result()
            for future in pending:
                yield future.result()
        finally:
            if self.client is None:
                cluster = client.cluster
                client.close()
                if cluster is not None:
                    cluster.close()


def run_dask(config: RunConfig, out: str | Path, fmt: str = "csv", scheduler: str | None = None,
             workers: int | None = None, resume: bool = False, client: Client | None = None) -> RunSummary:
    """``runner.run`` on Dask: on the cluster at ``scheduler`` (or ``client``), or on a new local
    cluster of ``workers``."""
    return run(config, out, fmt, workers=workers, resume=resume, progress=False, engine="dask",
               scheduler=scheduler, client=client)
