"""The same batch run on a Dask distributed cluster (``--engine dask``).

Each chunk of articles is one task; a worker plugin loads the pipeline once per worker; each task
writes its chunk's tables as Parquet into ``OUT/.parts`` (OUT must be on storage the workers share
with the client on a real cluster); the client merges them as a local run does. Chunks are submitted
a few at a time so that the client's memory stays flat.
"""
from __future__ import annotations

import time
from pathlib import Path

from dask.distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from ..api import load
from ..io.readers import check_inputs, read_inputs
from .runner import (RunConfig, RunSummary, chunked, merge, one_thread_per_worker, prepare, rows_of_chunk,
                     write_chunk)

IN_FLIGHT_PER_WORKER = 2


class LoadPipeline(WorkerPlugin):
    """Loads the dipevents pipeline once on every worker that joins."""

    name = "dipevents-pipeline"

    def __init__(self, data_dir: str | None, all_mentions: bool = False) -> None:
        self.data_dir = data_dir
        self.all_mentions = all_mentions

    def setup(self, worker) -> None:
        one_thread_per_worker()
        worker.dipevents_nlp = load(data_dir=self.data_dir, all_mentions=self.all_mentions)


def process_chunk_task(number: int, articles: list, parts: str, options) -> int:
    nlp = get_worker().dipevents_nlp
    write_chunk(Path(parts), number, rows_of_chunk(nlp, articles, options))
    return len(articles)


def run_dask(config: RunConfig, out: str | Path, fmt: str = "csv", scheduler: str | None = None,
             workers: int | None = None, resume: bool = False, client: Client | None = None) -> RunSummary:
    """Run on the cluster at ``scheduler`` (or ``client``), or on a new local cluster of ``workers``."""
    started = time.monotonic()
    out = Path(out)
    check_inputs(config.inputs, config.fields)
    parts = prepare(out, config, resume)
    done = {int(p.name.split("-")[1]) for p in parts.glob("chunk-*")}
    own = client is None
    if own:
        client = Client(scheduler) if scheduler else Client(
            LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None))
    try:
        client.register_plugin(LoadPipeline(config.data_dir, config.options.all_mentions))
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        pending = as_completed()
        for number, chunk in chunked(read_inputs(config.inputs, config.fields), config.chunk_size):
            if number in done:
                continue
            pending.add(client.submit(process_chunk_task, number, chunk, str(parts), config.options, pure=False))
            while pending.count() >= limit:
                next(pending).result()
        for future in pending:
            future.result()
    finally:
        if own:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
    by_status, by_type, n_articles = merge(parts, out, fmt)
    return RunSummary(n_articles, dict(by_status), dict(by_type), time.monotonic() - started, len(done))
