"""The data files a component declares (pipeline/kb/datafiles.py): read by ``initialize``, saved by
``to_disk`` and read back by ``from_disk``, whatever files the config names; a pipeline saved with
``nlp.to_disk`` loads with ``spacy.load`` alone in a new process."""
from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys

import pytest
import spacy

from pipeline.doc import LAYOUT
from pipeline.kb.lexicons import LexiconError

from ..conftest import REPO, SEED, need

LOAD_AND_RUN = """import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(open(sys.argv[2], encoding="utf-8").read())
own = [str(p) for _, pipe in nlp.pipeline for p in getattr(pipe, "paths", {}).values()]
print(json.dumps({"events": [[e.type, list(e.parties)] for e in doc._.events], "files": own}))"""


def load_in_new_process(python: str, saved, env: dict[str, str]) -> dict:
    done = subprocess.run([python, "-c", LOAD_AND_RUN, str(saved), str(need(SEED))], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.fixture
def blank():
    return spacy.blank("ru")


@pytest.mark.parametrize("files", [
    {"rules": "lexicons/layout.tsv"},
    {"rules": "lexicons/layout.tsv", "added_later": "lexicons/words.tsv"},  # a file no code saves by name
])
def test_datafiles_every_declared_file_is_saved_and_read_back(blank, tmp_path, files):
    component = blank.add_pipe("dipevents_layout", config={"files": files})
    component.initialize()
    component.to_disk(tmp_path / "layout")
    loaded = spacy.blank("ru").add_pipe("dipevents_layout", config={"files": files, "data_dir": str(tmp_path / "no")})
    loaded.from_disk(tmp_path / "layout")
    assert sorted(p.name for p in (tmp_path / "layout").iterdir()) == sorted(f"{key}.{path.rsplit('.')[-1]}"
                                                                            for key, path in files.items())
    assert all(path.parent == tmp_path / "layout" for path in loaded.paths.values())
    assert loaded.rules == component.rules


def test_datafiles_component_without_data_says_how_to_fix(blank):
    component = blank.add_pipe("dipevents_layout")
    with pytest.raises(AttributeError, match=r"pipeline\.load\(\)"):
        component(blank("Текст."))
    with pytest.raises(ValueError, match="nothing to save"):
        component.to_disk("unused")


def test_datafiles_file_named_twice_is_an_error(blank):
    with pytest.raises(LexiconError, match="countries"):
        blank.add_pipe("dipevents_actors", config={"files": {"countries": "gazetteers/countries.tsv"}})


def test_datafiles_initialize_reads_the_data_dir(blank, tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "layout.tsv").write_text("kind\tregex\nPHOTO\tФото:.*\n", encoding="utf-8")
    component = blank.add_pipe("dipevents_layout", config={"data_dir": str(tmp_path)})
    component.initialize()
    doc = component(blank("Текст.\nФото: агентство"))
    assert [(s.label_, s.text) for s in doc.spans[LAYOUT]] == [("PHOTO", "Фото: агентство")]


def test_datafiles_saved_pipeline_loads_with_spacy_alone(nlp, tmp_path):
    """``spacy.load`` finds the components through the entry points of the installed package."""
    factories = {e.name: e.value for e in importlib.metadata.entry_points(group="spacy_factories")}
    if not factories.get("dipevents_layout", "").startswith("pipeline."):
        pytest.skip("dipevents is installed without its spaCy entry points: pip install -e . (the wheel test "
                    "checks them too)")
    nlp.to_disk(tmp_path / "saved")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    found = load_in_new_process(sys.executable, tmp_path / "saved", env)
    assert found["events"] == [["negotiations", ["Иран", "США"]]]
    assert found["files"] and all(path.startswith(str(tmp_path / "saved")) for path in found["files"])


def test_datafiles_load_reads_each_file_once_per_pipeline(nlp):
    knowledge = {id(pipe.knowledge) for _, pipe in nlp.pipeline if hasattr(pipe, "knowledge")}
    assert len(knowledge) == 1  # four components, one knowledge base
