"""Throughput, scaling and memory of a batch run over ../shared/corpora/news/bench (5,000 real articles).

Prints, from one run on this machine:
- docs/s and chars/s of natasha's segmentation + NER alone (the baseline, in this process, on one
  core: numpy's BLAS is limited to one thread, as in each of our workers);
- the same for our full pipeline (`dipevents run`) with 1 worker and with all cores, and the ratios;
- peak memory (RSS) of each worker process, and the time and peak memory when the run had done
  1,000, 2,500 and 5,000 articles (cost growth; memory should stay flat).

    python benchmarks/bench.py [--limit N] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from threadpoolctl import threadpool_limits

from pipeline.io.readers import input_files, read_inputs

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "news" / "bench"
MARKS = (1000, 2500, 5000)


def natasha_alone(texts: list[str]) -> float:
    """Seconds for natasha's segmentation and NER over the texts (models loaded before timing)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    threadpool_limits(limits=1)  # one core, as each of our workers
    started = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return time.perf_counter() - started


def sample_tree(process: psutil.Process) -> dict[int, int]:
    """RSS of the process and of each of its descendants (worker processes)."""
    found = {}
    for proc in [process, *process.children(recursive=True)]:
        try:
            found[proc.pid] = proc.memory_info().rss
        except psutil.Error:
            continue
    return found


def full_run(folder: Path, workers: int, chunk_size: int) -> dict:
    """One `dipevents run` as a subprocess: seconds, peak RSS per process, time and memory at marks."""
    out = Path(tempfile.mkdtemp(prefix="dipevents-bench-"))
    command = [sys.executable, "-m", "pipeline.cli", "run", str(folder), "-o", str(out), "--format", "parquet",
               "--workers", str(workers), "--chunk-size", str(chunk_size), "--quiet"]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO)
    process = psutil.Process(child.pid)
    peaks: dict[int, int] = {}
    marks: dict[int, tuple[float, int]] = {}
    while child.poll() is None:
        for pid, rss in sample_tree(process).items():
            peaks[pid] = max(peaks.get(pid, 0), rss)
        done = len(list((out / ".parts").glob("chunk-*"))) * chunk_size
        worker_peak = max((v for k, v in peaks.items() if k != child.pid or workers == 1), default=0)
        for mark in MARKS:
            if done >= mark and mark not in marks:
                marks[mark] = (time.perf_counter() - started, worker_peak)
        time.sleep(0.25)
    seconds = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"dipevents run failed with exit code {child.returncode}")
    workers_rss = [v for k, v in peaks.items() if k != child.pid] if workers > 1 else list(peaks.values())
    return {"seconds": seconds, "worker_peak": max(workers_rss), "marks": marks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Use the first N articles only.")
    parser.add_argument("--chunk-size", type=int, default=32)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} is absent: the benchmark reads the shared bench corpus")
    files = input_files(args.corpus)[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:  # the same articles for every configuration
        folder = Path(tmp)
        for n, file in enumerate(files):
            (folder / f"{n:05d}{file.suffix}").write_bytes(file.read_bytes())
        texts = [a.text for a in read_inputs([folder])]
        n_docs, n_chars = len(texts), sum(map(len, texts))
        cores = os.cpu_count() or 1

        baseline = natasha_alone(texts)
        one = full_run(folder, 1, args.chunk_size)
        many = full_run(folder, cores, args.chunk_size)

    def rate(seconds: float) -> str:
        return f"{n_docs / seconds:8.2f} docs/s {n_chars / seconds:10.0f} chars/s ({seconds:.1f} s)"

    print(f"corpus: {n_docs} articles, {n_chars:,} characters, {cores} cores")
    print(f"natasha segmentation+NER alone  : {rate(baseline)}")
    print(f"dipevents full, 1 worker        : {rate(one['seconds'])}")
    print(f"dipevents full, {cores} workers       : {rate(many['seconds'])}")
    print(f"ratio 1 worker / natasha alone  : {baseline / one['seconds']:.2f}x  (target >= 0.8)")
    print(f"ratio {cores} workers / 1 worker     : {one['seconds'] / many['seconds']:.2f}x  (target >= 1.7)")
    print(f"peak memory per worker          : 1 worker {one['worker_peak'] / 2**20:.0f} MiB, "
          f"{cores} workers {many['worker_peak'] / 2**20:.0f} MiB  (target <= 1536 MiB)")
    for label, result in (("1 worker", one), (f"{cores} workers", many)):
        marks = ", ".join(f"{m}: {t:.1f} s / {rss / 2**20:.0f} MiB" for m, (t, rss) in sorted(result["marks"].items()))
        print(f"growth, {label:10s}: {marks}")


if __name__ == "__main__":
    main()
