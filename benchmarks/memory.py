"""Does a worker's memory level off? One process runs the corpus through the pipeline the way a worker
does (chunks of ``CHUNK`` articles, each chunk's words freed once the vocabulary is warm), ``--passes``
times over, and prints its RSS every ``--every`` articles.

In the first pass the bounded caches fill (lemmatised forms, pymorphy3 parses, the warm vocabulary,
role starts), so RSS grows; a second pass over the same articles adds nothing to them, so any growth
there is a leak per article.

    python benchmarks/memory.py [--passes 2] [--limit N] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import psutil

from pipeline.api import load
from pipeline.io.readers import read_inputs
from pipeline.batch.chunks import chunked, one_thread_per_worker, rows_of_chunk
from pipeline.batch.config import CHUNK, RunConfig

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "news" / "bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--every", type=int, default=1000)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus at {args.corpus}: pass --corpus DIR (a folder of articles)")
    one_thread_per_worker()
    nlp, config, process = load(), RunConfig(inputs=(str(args.corpus),)), psutil.Process()
    started, done, mark = time.perf_counter(), 0, args.every
    for number in range(1, args.passes + 1):
        articles = itertools.islice(read_inputs(config.inputs, config.fields), args.limit)
        for _, chunk in chunked(articles, CHUNK):
            rows_of_chunk(nlp, chunk, config.options)
            done += len(chunk)
            if done >= mark:
                print(f"pass {number}: {done:6d} articles {time.perf_counter() - started:7.1f} s "
                      f"RSS {process.memory_info().rss >> 20} MiB", flush=True)
                mark += args.every
        print(f"end of pass {number}: {done} articles, RSS {process.memory_info().rss >> 20} MiB", flush=True)


if __name__ == "__main__":
    main()
