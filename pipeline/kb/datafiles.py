"""The data files of a spaCy component, saved with it as spaCy's ``SpanRuler`` saves its patterns.

A component's config declares its files: ``files`` (its lexicons: a setting -> a path) and, for the components
that read the gazetteers, ``knowledge`` (``${knowledge}``: the ``[knowledge]`` section of ``config.cfg``).
Relative paths resolve against ``data_dir`` (``data/`` when null). The factory reads nothing: ``initialize``
(``pipeline.load()`` runs ``nlp.initialize()``) reads the declared files, ``to_disk`` copies each of them into the
component's folder as ``<setting><suffix>`` and ``from_disk`` reads them from there. So ``spacy.load`` of a saved
pipeline needs no data folder, and a file added to a component's config is saved with it without new code.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable

from spacy.util import ensure_path

from .lexicons import LexiconError, data_path


class DataFiles:
    """The base of the components built from data files: a subclass defines ``build(paths)``, which reads
    the files (a setting -> its path) and sets what the component needs."""

    def __init__(self, name: str, files: dict[str, str], data_dir: str | None = None,
                 knowledge: dict[str, str] | None = None) -> None:
        clash = set(files) & set(knowledge or {})
        if clash:
            raise LexiconError(f"component {name!r}: {sorted(clash)} named both in its files and in [knowledge]; "
                               "rename the file setting")
        self.name = name
        self.declared = {**files, **(knowledge or {})}
        self.data_dir = data_dir
        self.paths: dict[str, Path] = {}

    def build(self, paths: dict[str, Path]) -> None:
        raise NotImplementedError

    def load(self, paths: dict[str, Path]) -> None:
        self.build(paths)
        self.paths = paths

    def initialize(self, get_examples=None, *, nlp=None) -> None:
        """Read the files the config declares (``nlp.initialize()`` calls this)."""
        self.load({key: data_path(path, self.data_dir) for key, path in self.declared.items()})

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if not self.paths:
            raise ValueError(f"component {self.name!r} has read no data files yet, so there is nothing to save: "
                             "build the pipeline with pipeline.load() or call nlp.initialize() first")
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for key, source in self.paths.items():
            if source.exists():  # an optional file that is absent stays absent
                shutil.copyfile(source, path / saved_name(key, source))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "DataFiles":
        path = ensure_path(path)
        self.load({key: path / saved_name(key, Path(declared)) for key, declared in self.declared.items()})
        return self

    def __getattr__(self, attribute: str):  # only for attributes that are not set: say why
        if attribute.startswith("__") or self.__dict__.get("paths"):
            raise AttributeError(attribute)
        raise AttributeError(f"component {self.__dict__.get('name')!r} has no {attribute!r}: it has read no data "
                             "files yet; build the pipeline with pipeline.load() (or call nlp.initialize()), or load "
                             "a saved one with spacy.load(DIR)")


def saved_name(key: str, source: Path) -> str:
    """The file name a declared file is saved under in the component's folder."""
    return f"{key}{source.suffix}"
