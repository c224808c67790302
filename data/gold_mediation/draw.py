"""Draw the development gold set of news/mediation (run from the repository root, with ../shared beside it).

40 articles of `news/mediation` outside the blind set (data/gold_blind), drawn with random.Random(2030)
from the index sorted by path, half of them among the files whose text holds a mediation cue (so that
mediators, formats and rounds are there to develop on), half among the others (hard negatives among them).
Prints one path a line, relative to news/.
"""
import csv
import json
import random
import re
from pathlib import Path

NEWS = Path("../shared/corpora/news")
CUE = r"посредни|формат|раунд|видеосвяз|непрям"


def main() -> None:
    blind = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in Path("data/gold_blind").rglob("*.json")}
    with (NEWS / "mediation" / "index.tsv").open(encoding="utf-8") as f:
        files = sorted("mediation/" + r["file"] for r in csv.DictReader(f, delimiter="\t"))
    files = [f for f in files if f not in blind]
    cued = [f for f in files if re.search(CUE, (NEWS / f).read_text(encoding="utf-8").lower())]
    rest = [f for f in files if f not in cued]
    rng = random.Random(2030)
    print("\n".join(sorted(rng.sample(cued, 20)) + sorted(rng.sample(rest, 20))))


if __name__ == "__main__":
    main()
