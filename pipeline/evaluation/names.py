"""What counts as the same side, forum or person when our events are scored against the gold.

Names are folded (lower case, ё as е). A state compares by its ISO3 code, found through the
countries gazetteer (its name, official name or alias) or given beside the name by ``parties_iso``;
a known organisation by its gazetteer name (``ЕС``, ``Европейский союз`` -> ``евросоюз``); any other
name as written. A person compares by surname, in two normal forms if need be (``same_surname``).
"""
from __future__ import annotations

import os
from functools import lru_cache

from ..kb.knowledge import load_knowledge
from ..kb.lexicons import data_path, read_tsv, split_list
from ..lang.normalize import fold


def surname(name: str) -> str:
    """The last word of a name, folded (empty for an empty name)."""
    return fold(name.split()[-1]) if name.strip() else ""


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Folded country name, official name or alias -> ISO3; a known organisation's name or alias ->
    its gazetteer name, folded (``ЕС``, ``Европейский союз`` -> ``евросоюз``); a standing format's name or
    alias -> its name in ``data/lexicons/forums.tsv``, folded (``нормандская четверка`` -> ``нормандский формат``)."""
    known = {fold(surface): fold(entry.name) for surface, entry in load_knowledge().entries if entry.kind == "org"}
    known.update({fold(surface): entry.country for surface, entry in load_knowledge().entries if entry.kind == "country"})
    for row in read_tsv(data_path("lexicons/forums.tsv"), ["name", "aliases"]):  # нормандская четверка
        known.update({fold(alias): fold(row["name"]) for alias in [row["name"], *split_list(row["aliases"])]})
    return known


def name_key(name: str) -> str:
    """A side or forum as a comparable key: a state's ISO3, a known organisation's gazetteer name,
    else the folded name."""
    return country_codes().get(fold(name), fold(name))


def side_keys(names: list[str] | tuple[str, ...], codes: list[str] | tuple[str, ...]) -> set[str]:
    """A party list as comparable keys (``name_key``); ``parties_iso`` holds the codes of the
    parties that are states, in order, so it need not line up with ``parties``: a code the
    gazetteer did not find replaces one name it does not know."""
    keys = {name_key(n) for n in names or []}
    unmatched = [c for c in codes or [] if c and c not in keys]
    named = [fold(n) for n in names or [] if fold(n) in keys]  # names the gazetteer does not know
    for code, name in zip(unmatched, named):  # a code given for a name we could not look up
        keys.discard(name)
        keys.add(code)
    return keys


def same_surname(a: str, b: str) -> bool:
    """One surname in two normal forms (``Токаев``/``Токаева``, ``Хукстра``/``Хукстрой``): the same
    first letters but for the last two, four at least. Spelling is scored by the mentions' own tests."""
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= max(4, min(len(a), len(b)) - 2)


def aligned(gold: set[str], predicted: dict[str, dict]) -> dict[str, dict]:
    """Predicted persons keyed by the gold surname each spells (exact first, then by ``same_surname``)."""
    result, rest = {}, dict(predicted)
    for name in sorted(gold):
        if name in rest:
            result[name] = rest.pop(name)
    for name in sorted(gold - set(result)):
        match = next((k for k in sorted(rest) if same_surname(name, k)), None)
        if match is not None:
            result[name] = rest.pop(match)
    result.update(rest)
    return result
