"""What each stage of the pipeline costs, over articles of ../shared/corpora/news/bench.

Every component runs over all the articles in turn (the tokenizer first), in this process on one
core, and its CPU seconds and share are printed, with natasha's segmentation+NER alone on the same
articles for comparison. Cheap before expensive shows in the counts: NER runs only in the articles
that hold an event trigger.

    python benchmarks/stages.py [--limit 1000] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, as each worker of a run

from pipeline.api import load, make_doc  # noqa: E402  (after the thread setting)
from pipeline.io.readers import input_files, read_inputs  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "news" / "bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--offset", type=int, default=0)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} is absent: the benchmark reads the shared bench corpus")
    articles = [a for a in read_inputs(input_files(args.corpus)[args.offset: args.offset + args.limit]) if a.status == "ok"]
    nlp = load()
    for article in articles[:20]:  # warm the caches, as a long run has them
        nlp(make_doc(nlp, article))

    costs = {}
    started = time.process_time()
    docs = [make_doc(nlp, a) for a in articles]
    costs["tokenizer"] = time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = [component(doc) for doc in docs]
        costs[name] = time.process_time() - started
    total = sum(costs.values())
    with_triggers = sum(1 for doc in docs if len(doc.spans.get("triggers", [])))
    n_chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {n_chars:,} characters; {with_triggers} hold an event trigger (NER runs there)")
    for name, seconds in costs.items():
        print(f"  {name:12s} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    print(f"  {'all':12s} {total:7.2f} s  ({len(articles) / total:.1f} articles/s)")

    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    started = time.process_time()
    for article in articles:
        doc = Doc(article.text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    alone = time.process_time() - started
    print(f"natasha segmentation+NER alone: {alone:.2f} s ({len(articles) / alone:.1f} articles/s); "
          f"pipeline / natasha throughput: {alone / total:.2f}x")


if __name__ == "__main__":
    main()
