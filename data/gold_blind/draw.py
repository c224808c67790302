"""Draw the blind gold set (run from the repository root, with ../shared beside it).

80 articles, chosen from the corpus text alone, before any rule they will judge was written:
- 40 from news/diplomatic outside data/gold and data/gold_test, spread over the sources in proportion
  to the index (largest remainder), drawn at random.
- 40 from news/mediation in four strata, each drawn at random from the files whose text matches it and
  that no earlier stratum took: numbered rounds (12), mediation words (14), standing formats and
  indirect or virtual talks (8), and the rest of the corpus (6; hard negatives among them).
One generator, random.Random(2027); candidates sorted by path.

Annotated, those 80 held 10 mediated events, 4 numbered rounds and 4 stated formats, short of the
25, 10 and 8 the set must hold (the mediation strata caught many sports rounds and commercial
middlemen). A second draw (``--supplement``, generator random.Random(2028)) adds articles of both
corpora outside data/gold, data/gold_test and the first draw, by tighter patterns over the text alone:
mediation cues (20), numbered rounds of talks (10), indirect or virtual talks (8), each stratum
drawn at random from the files matching it that no earlier stratum took.

Annotated, the 114 held 21 mediated events (rounds 11, formats 11): a third draw (``--third``,
random.Random(2029)) adds 12 articles by the same mediation-cue pattern, outside every earlier draw.

Prints one path a line, relative to news/, so that `dipevents evaluate events data/gold_blind
../shared/corpora/news` reads them.
"""
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

NEWS = Path("../shared/corpora/news")
N_DIPLOMATIC = 40
STRATA = (  # (name, size, pattern over title and body; None: any file)
    ("rounds", 12, r"(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\w* раунд|\d+-?(й|го|м) раунд"),
    ("mediation", 14, r"посредни"),
    ("formats", 8, r"формат|видеосвяз|непрям|5\+2|шестисторон|минск\w* групп|астанинск"),
    ("rest", 6, None),
)
SUPPLEMENT = (
    ("mediation cues", 20, r"при посредничеств|выступ\w* (в качестве |в роли )?посредник|в роли посредник"
                           r"|в качестве посредник|посредническ\w* (мисси|роль)"),
    ("numbered rounds of talks", 10, r"(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)\w* раунд\w* "
                                     r"(переговор|консультац|диалог|мирн|межсирийск|российско|американо|ирано)"
                                     r"|\d+-?(й|го|м) раунд\w* (переговор|консультац)"),
    ("indirect or virtual talks", 8, r"непрям\w* переговор|по видеосвяз|видеоконференц|в режиме онлайн|онлайн-переговор"),
)


def index(corpus: str) -> list[dict]:
    with (NEWS / corpus / "index.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def quotas(rows: list[dict], n: int) -> dict[str, int]:
    sizes = Counter(r["source"] for r in rows)
    exact = {s: n * k / len(rows) for s, k in sizes.items()}
    quota = {s: int(x) for s, x in exact.items()}
    for s in sorted(exact, key=lambda s: (-(exact[s] - quota[s]), s))[: n - sum(quota.values())]:
        quota[s] += 1
    return quota


def annotated() -> set[str]:
    return {p.relative_to(d).with_suffix(".txt").as_posix()
            for d in (Path("data/gold"), Path("data/gold_test")) for p in d.rglob("*.json")}


def first_draw() -> list[str]:
    rng = random.Random(2027)
    rows, taken = index("diplomatic"), annotated()
    drawn = []
    for source, k in sorted(quotas(rows, N_DIPLOMATIC).items()):
        candidates = sorted(r["file"] for r in rows if r["source"] == source and r["file"] not in taken)
        drawn += ["diplomatic/" + f for f in sorted(rng.sample(candidates, min(k, len(candidates))))]
    files = sorted(r["file"] for r in index("mediation"))
    texts = {f: (NEWS / "mediation" / f).read_text(encoding="utf-8").lower() for f in files}
    used: set[str] = set()
    for name, k, pattern in STRATA:
        candidates = [f for f in files if f not in used and (pattern is None or re.search(pattern, texts[f]))]
        chosen = sorted(rng.sample(candidates, min(k, len(candidates))))
        used.update(chosen)
        drawn += ["mediation/" + f for f in chosen]
    return drawn


def supplement(first: list[str], seed: int = 2028, strata=SUPPLEMENT) -> list[str]:
    rng = random.Random(seed)
    taken = {"diplomatic/" + f for f in annotated()} | set(first)
    files = sorted(f"{corpus}/{r['file']}" for corpus in ("diplomatic", "mediation") for r in index(corpus))
    texts = {f: (NEWS / f).read_text(encoding="utf-8").lower() for f in files if f not in taken}
    drawn: list[str] = []
    for name, k, pattern in strata:
        candidates = [f for f in sorted(texts) if f not in drawn and re.search(pattern, texts[f])]
        drawn += sorted(rng.sample(candidates, min(k, len(candidates))))
    return drawn


def main() -> None:
    first = first_draw()
    second = supplement(first)
    if "--third" in sys.argv:
        print("\n".join(supplement(first + second, 2029, ((SUPPLEMENT[0][0], 12, SUPPLEMENT[0][2]),))))
    else:
        print("\n".join(second if "--supplement" in sys.argv else first))


if __name__ == "__main__":
    main()
