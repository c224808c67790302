"""Where a run's articles are: ``OUT/inputs.json`` records each input as it was given and as an absolute path,
so that ``dipevents report`` finds the articles (the ``path`` column, relative when the run was given relative
paths) from any folder."""
from __future__ import annotations

import json
from pathlib import Path

ROOTS = "inputs.json"


def record_roots(out: str | Path, inputs: tuple[str, ...] | list[str]) -> Path:
    """Write ``OUT/inputs.json``: [{"given": ..., "absolute": ...}] for each input."""
    path = Path(out) / ROOTS
    roots = [{"given": str(given), "absolute": str(Path(given).resolve())} for given in inputs]
    path.write_text(json.dumps(roots, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_roots(out: str | Path) -> dict[str, str]:
    """Each input as given -> its absolute path ({} for a folder without ``inputs.json``)."""
    path = Path(out) / ROOTS
    if not path.exists():
        return {}
    return {root["given"]: root["absolute"] for root in json.loads(path.read_text(encoding="utf-8"))}


def locate(path: str, roots: dict[str, str]) -> Path:
    """An article's file: its path as written if it is there, else under the absolute path of the input it was
    found in."""
    found = Path(path)
    if found.is_file() or found.is_absolute():
        return found
    for given, absolute in roots.items():
        if found.is_relative_to(given):
            return Path(absolute) / found.relative_to(given)
    return found
