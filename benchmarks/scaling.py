"""Does the cost of one article grow with its length, and no faster? Time and memory of one article
at 1x, 4x, 16x (and 64x) the seed's body, of one sentence of 1x, 4x and 16x clauses, of punctuation-free
text at 1x, 4x and 16x, and of a 1,000,000-character article, with each size's growth ratio against
the size before it (4x the text should cost at most 5x the time), and what each stage costs.

Every case runs in a child forked from this process once the pipeline is loaded (one core, one
BLAS thread, as a worker of a run), so that its time and its memory (peak RSS above the RSS at the
fork) are its own. A case that runs past ``--limit`` seconds is stopped and shown as ``>``.

    python benchmarks/scaling.py [--limit 300] [--quick]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import time
from pathlib import Path

import psutil

from pipeline.api import load, make_doc
from pipeline.batch.chunks import one_thread_per_worker
from pipeline.io.readers import read_file
from pipeline.records import Article

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "oman_talks_2026-02-07.txt"
CLAUSE = "Лавров провел переговоры с Ваном И в Пекине "  # the issue's sentence, repeated without a stop
CLAUSES = {1: 188, 4: 750, 16: 3000}  # 16x is the issue's 3,000-clause sentence
MILLION = 1_000_000
PUBLISHED = "2026-02-07"  # the seed's date
TARGETS = {("sentence", 16): 10.0, ("million", 1): 60.0}  # seconds the issue allows these cases
MAX_GROWTH = 5.0  # 4x the length may cost at most 5x the time


def cases(body: str, quick: bool) -> list[tuple[str, int, str]]:
    """(family, multiple, text) of every case, smallest first in each family."""
    words = " ".join(body.replace("\n", " ").translate(str.maketrans("", "", ".,;:!?—–-«»()\"'")).split())
    found = [("article", m, "\n\n".join([body] * m)) for m in (1, 4, 16, 64)]
    found += [("sentence", m, CLAUSE * n) for m, n in CLAUSES.items()]
    found += [("no-punct", m, " ".join([words] * (4 * m))) for m in (1, 4, 16)]  # 7,600 characters at 1x
    if not quick:
        found.append(("million", 1, "\n\n".join([body] * (MILLION // (len(body) + 2) + 1))[:MILLION]))
    return found


def measure(nlp, text: str, report) -> None:
    """Report the tokenizer's and then each component's seconds on ``text`` as each ends (so that a
    stopped case still shows what it got through), then the total and the peak RSS growth (MiB)."""
    rss = psutil.Process().memory_info().rss
    started = time.perf_counter()
    doc = make_doc(nlp, Article(doc_id="scaling", path="", text=text, published=PUBLISHED, header_end=0))
    report({"stage": "tokenizer", "seconds": time.perf_counter() - started, "tokens": len(doc),
            "sentences": sum(1 for _ in doc.sents)})
    for name, component in nlp.pipeline:
        begun = time.perf_counter()
        doc = component(doc)
        report({"stage": name, "seconds": time.perf_counter() - begun})
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    report({"seconds": time.perf_counter() - started, "mib": max(0, peak - rss) / 2**20})


def in_child(nlp, text: str, limit: float) -> dict:
    """``measure`` in a forked child, stopped after ``limit`` seconds: {"stages": {name: seconds},
    "tokens", "sentences", and, when it finished, "seconds" and "mib"}."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, one JSON line per report, leave without cleanup
        os.close(read)
        try:
            measure(nlp, text, lambda line: os.write(write, (json.dumps(line) + "\n").encode()))
        finally:
            os._exit(0)
    os.close(write)
    deadline = time.monotonic() + limit
    finished = False
    while not finished and time.monotonic() < deadline:
        finished = os.waitpid(pid, os.WNOHANG)[0] != 0
        time.sleep(0 if finished else 0.05)
    if not finished:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    result: dict = {"stages": {}}
    with os.fdopen(read, "rb") as handle:
        for line in map(json.loads, handle.read().decode().splitlines()):
            if "stage" in line:
                result["stages"][line.pop("stage")] = line.pop("seconds")
            result.update(line)
    return result


def stage_line(result: dict, before: dict | None, shown: int = 5) -> str:
    """The costliest stages, each with its growth against the size before (the stage that grows
    faster than the text is the one to look at)."""
    parts = []
    for stage, seconds in sorted(result["stages"].items(), key=lambda kv: -kv[1])[:shown]:
        earlier = before["stages"].get(stage) if before else None
        growth = f" ({seconds / earlier:.1f}x)" if earlier and earlier >= 0.005 else ""
        parts.append(f"{stage} {seconds:.2f}{growth}")
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=float, default=300.0, help="Seconds after which a case is stopped.")
    parser.add_argument("--quick", action="store_true", help="Leave out the 1,000,000-character article.")
    args = parser.parse_args()
    if not SEED.exists():
        raise SystemExit(f"{SEED} is absent: the benchmark repeats the seed article's body")
    one_thread_per_worker()
    nlp = load(max_chars=2 * MILLION)
    article = next(read_file(SEED, SEED.parent))
    body = article.text[article.header_end:].strip()
    measure(nlp, body, lambda line: None)  # warm the caches, as a running worker has them
    print(f"seed body: {len(body):,} characters; a case is stopped after {args.limit:.0f} s")
    print(f"{'case':14s} {'chars':>9s} {'tokens':>7s} {'sents':>6s} {'seconds':>8s} {'x time':>7s} {'MiB':>6s}  "
          "stages: seconds (growth)")
    previous: dict[str, dict] = {}
    growths: dict[str, tuple[str, dict, dict]] = {}  # each family's last step: every stage's growth
    verdicts = []
    for family, multiple, text in cases(body, args.quick):
        result = in_child(nlp, text, args.limit)
        name = f"{family} {multiple}x"
        before = previous.pop(family, None)
        seconds = result.get("seconds")
        stages = stage_line(result, before)
        if seconds is None:
            running = next((n for n, _ in nlp.pipeline if n not in result["stages"]), "?")
            print(f"{name:14s} {len(text):9,d} {result.get('tokens', 0):7d} {result.get('sentences', 0):6d} "
                  f"{'>' + format(args.limit, '.0f'):>8s} {'':>7s} {'':>6s}  {running} stopped; {stages}", flush=True)
            verdicts.append(f"{name}: did not finish in {args.limit:.0f} s ({running} was running)")
            continue
        previous[family] = result
        if before:
            growths[family] = (f"{family} {multiple // 4}x -> {multiple}x", result, before)
        growth = seconds / before["seconds"] if before else None
        print(f"{name:14s} {len(text):9,d} {result['tokens']:7d} {result['sentences']:6d} {seconds:8.2f} "
              f"{format(growth, '.2f') if growth else '':>7s} {result['mib']:6.0f}  {stages}", flush=True)
        if growth and growth > MAX_GROWTH:
            verdicts.append(f"{name}: {growth:.1f}x the time of the size before (at most {MAX_GROWTH:.0f}x)")
        target = TARGETS.get((family, multiple))
        if target and seconds > target:
            verdicts.append(f"{name}: {seconds:.1f} s (under {target:.0f} s wanted)")
    print("every stage's growth over each family's last finished step (4x the text):")
    for label, result, before in growths.values():
        print(f"  {label}: " + ", ".join(f"{stage} {seconds / before['stages'][stage]:.1f}x"
                                        for stage, seconds in result["stages"].items()
                                        if before["stages"].get(stage, 0) >= 0.005))
    print("all within bounds" if not verdicts else "out of bounds:\n  " + "\n  ".join(verdicts))
    sys.exit(1 if verdicts else 0)


if __name__ == "__main__":
    main()
