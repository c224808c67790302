"""Draw the mediators development set (run from the repository root, with ../shared beside it).

40 articles of `news/mediation` whose text holds «посредни» (посредник, посредничество, посреднический),
outside the blind set (data/gold_blind) and the first mediation development set (data/gold_mediation),
drawn with random.Random(2031) from the sorted list. Prints one path a line, relative to news/.
"""
import csv
import json
import random
import re
from pathlib import Path

NEWS = Path("../shared/corpora/news")
CUE = r"посредни"
TAKEN = ("data/gold_blind", "data/gold_mediation")


def main() -> None:
    taken = {json.loads(p.read_text(encoding="utf-8"))["file"] for d in TAKEN for p in Path(d).rglob("*.json")}
    with (NEWS / "mediation" / "index.tsv").open(encoding="utf-8") as f:
        files = sorted("mediation/" + r["file"] for r in csv.DictReader(f, delimiter="\t"))
    cued = [f for f in files if f not in taken and re.search(CUE, (NEWS / f).read_text(encoding="utf-8").lower())]
    print("\n".join(sorted(random.Random(2031).sample(cued, 40))))


if __name__ == "__main__":
    main()
