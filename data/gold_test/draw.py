"""Draw the held-out gold test articles (run from the repository root, with ../shared beside it).

Quotas: 30 articles spread over the sources in proportion to the corpus index (largest remainder).
Candidates: every index row whose file is not already annotated in data/gold/. One generator,
random.Random(2026), samples each source in turn, sources in sorted order, candidates sorted by path.
"""
import csv
import random
from collections import Counter
from pathlib import Path

INDEX = Path("../shared/corpora/news/diplomatic/index.tsv")
N = 30

rows = list(csv.DictReader(INDEX.open(encoding="utf-8"), delimiter="\t"))
annotated = {p.relative_to("data/gold").with_suffix(".txt").as_posix() for p in Path("data/gold").rglob("*.json")}
sizes = Counter(r["source"] for r in rows)
total = sum(sizes.values())
exact = {s: N * n / total for s, n in sizes.items()}
quota = {s: int(x) for s, x in exact.items()}
for s in sorted(exact, key=lambda s: (-(exact[s] - quota[s]), s))[: N - sum(quota.values())]:
    quota[s] += 1

rng = random.Random(2026)
drawn = []
for source in sorted(quota):
    candidates = sorted(r["file"] for r in rows if r["source"] == source and r["file"] not in annotated)
    k = min(quota[source], len(candidates))
    drawn += sorted(rng.sample(candidates, k))
    print(f"{source}: corpus {sizes[source]}, quota {quota[source]}, candidates {len(candidates)}, drawn {k}")
for f in drawn:
    print(f)
