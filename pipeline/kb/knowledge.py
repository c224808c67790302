"""The gazetteers in ``data/gazetteers``: countries, organisations, cities, well-known persons (with the heads of
organisations and the bodies that act for a union, from ``data/lexicons``).

The files are those of the ``[knowledge]`` section of the pipeline config, which each component that reads them
declares (and saves with itself). Loaded once per process and set of files (read-only afterwards).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lang.normalize import fold, yo
from .lexicons import LexiconError, data_path, read_tsv, split_list


@dataclass(frozen=True)
class Entry:
    """One gazetteer name: ``key`` groups the names of one thing (``country:IRN``, ``org:ООН``)."""

    key: str
    kind: str  # country, capital, adjective, org, orghead, city, person
    name: str  # canonical nominative name
    country: str = ""  # ISO3
    qid: str = ""
    subkind: str = ""  # organisation kind, city kind


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    qid: str
    capital: str


@dataclass(frozen=True)
class Knowledge:
    entries: tuple[tuple[str, Entry], ...]  # (surface name, entry)
    countries: dict[str, Country]
    person_countries: dict[str, str]  # normalised full name or surname -> ISO3
    side_bodies: dict[str, str] = field(default_factory=dict)  # a body -> the union it acts for (Еврокомиссия -> Евросоюз)
    bodies: frozenset[str] = frozenset()  # names of international bodies (ООН, НАТО): sides of their officials
    movements: frozenset[str] = frozenset()  # other named bodies (ХАМАС, Газпром): sides of their own, not their state
    areas: frozenset[str] = frozenset()  # regions of no one country (Европа, Ближний Восток): places only when nothing else is

    def country_name(self, iso3: str) -> str:
        country = self.countries.get(iso3)
        return country.name if country else ""


def _country_entries(rows: list[dict]) -> list[tuple[str, Entry]]:
    entries = []
    for row in rows:
        iso3, name, qid = row["iso3"], row["name"], row["qid"]
        key = f"country:{iso3}"
        for surface in [name, row["official"], *split_list(row["aliases"])]:
            if surface:
                entries.append((surface, Entry(key, "country", name, iso3, qid)))
        for adjective in split_list(row["adjectives"]):
            entries.append((adjective, Entry(key, "adjective", name, iso3, qid)))
        for capital in [row["capital"], *split_list(row["capital_aliases"])]:
            if capital:
                entries.append((capital, Entry(key, "capital", row["capital"], iso3, qid)))
    return entries


def _org_entries(rows: list[dict]) -> list[tuple[str, Entry]]:
    entries = []
    for row in rows:
        entry = Entry(f"org:{row['name']}", "org", row["name"], row["country"], row["qid"], row["kind"])
        for surface in [row["name"], *split_list(row["aliases"])]:
            entries.append((surface, entry))
    return entries


def _city_entries(rows: list[dict]) -> list[tuple[str, Entry]]:
    entries = []
    for row in rows:
        entry = Entry(f"city:{row['name']}", "city", row["name"], row["country"], subkind=row.get("kind", "city"))
        for surface in [row["name"], *split_list(row["aliases"])]:
            entries.append((surface, entry))
    return entries


def _person_entries(rows: list[dict]) -> list[tuple[str, Entry]]:
    """Full names and aliases of well-known persons, so that natasha's misses are found too."""
    entries = []
    for row in rows:
        entry = Entry(f"person:{row['name']}", "person", row["name"], row["country"], row["qid"])
        for surface in [row["name"], *split_list(row["aliases"])]:
            if " " in surface and "." not in surface:
                entries.append((surface, entry))
        surname = row["name"].split()[-1]
        if len(surname) > 3:
            entries.append((surname, entry))
    return entries


def _person_countries(rows: list[dict]) -> dict[str, str]:
    """Full names and aliases -> country; a surname alone too, when no two persons share it."""
    found: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for row in rows:
        for name in [row["name"], *split_list(row["aliases"])]:
            found[yo(name)] = row["country"]
        surname = yo(row["name"]).split()[-1]
        surnames.setdefault(surname, set()).add(row["country"])
    for surname, countries in surnames.items():
        if len(countries) == 1 and surname not in found:
            found[surname] = countries.pop()
    return found


KNOWLEDGE_FILES = {"countries": "gazetteers/countries.tsv", "organizations": "gazetteers/organizations.tsv",
                   "cities": "gazetteers/cities.tsv", "persons": "gazetteers/persons.tsv",
                   "org_heads": "lexicons/org_heads.tsv", "side_bodies": "lexicons/side_bodies.tsv"}


def _optional(path: Path, required: list[str]) -> list[dict]:
    return read_tsv(path, required) if path.exists() else []


def load_knowledge(data_dir: str | None = None) -> Knowledge:
    """The knowledge of the files of ``KNOWLEDGE_FILES`` in a data folder (``data/`` by default)."""
    return knowledge_of({key: data_path(path, data_dir) for key, path in KNOWLEDGE_FILES.items()})


def knowledge_of(paths: dict[str, Path]) -> Knowledge:
    """The knowledge of its files (a name of ``KNOWLEDGE_FILES`` -> a path; a component's declared files may
    hold more), read once per set of paths."""
    missing = KNOWLEDGE_FILES.keys() - paths.keys()
    if missing:
        raise LexiconError(f"the knowledge files {sorted(missing)} are not declared; the [knowledge] section of "
                           f"the pipeline config names {sorted(KNOWLEDGE_FILES)}")
    return _read_knowledge(tuple((key, Path(paths[key])) for key in KNOWLEDGE_FILES))


@lru_cache(maxsize=8)
def _read_knowledge(files: tuple[tuple[str, Path], ...]) -> Knowledge:
    path = dict(files)
    countries = read_tsv(path["countries"],
                         ["iso3", "qid", "name", "official", "aliases", "adjectives", "capital", "capital_aliases"])
    orgs = _optional(path["organizations"], ["name", "kind", "country", "qid", "aliases"])
    cities = _optional(path["cities"], ["name", "country", "aliases"])
    persons = _optional(path["persons"], ["name", "country", "aliases"])
    heads = read_tsv(path["org_heads"], ["phrase", "class"])
    entries = _country_entries(countries) + _org_entries(orgs) + _city_entries(cities) + _person_entries(persons)
    entries += [(row["phrase"], Entry(f"orghead:{row['phrase']}", "orghead", row["phrase"], subkind=row["class"]))
                for row in heads]
    return Knowledge(
        entries=tuple(entries),
        countries={row["iso3"]: Country(row["iso3"], row["name"], row["qid"], row["capital"]) for row in countries},
        person_countries=_person_countries(persons),
        bodies=frozenset(row["name"] for row in orgs if row["kind"] == "international"),
        movements=frozenset(row["name"] for row in orgs if row["kind"] == "other"),
        areas=frozenset(row["name"] for row in cities if row.get("kind") == "region" and not row["country"]),
        side_bodies={row["body"]: row["side"] for row in _optional(path["side_bodies"], ["body", "side"])},
    )


def state_adjectives(knowledge: Knowledge) -> dict[str, str]:
    """A state's adjective (``российский``) -> its ISO3."""
    return {surface: entry.country for surface, entry in knowledge.entries if entry.kind == "adjective" and entry.country}


def state_names(knowledge: Knowledge) -> dict[str, str]:
    """A state's name, official name or alias, folded (lower case, ё as е) -> its ISO3."""
    return {fold(surface): entry.country for surface, entry in knowledge.entries if entry.kind == "country"}
