"""README.md's Python examples run as written (in a folder holding a copy of data/samples)."""
from __future__ import annotations

import re
import shutil

import pytest

from ..conftest import REPO, SAMPLES

README = (REPO / "README.md").read_text(encoding="utf-8")


def python_blocks(section: str) -> list[str]:
    """The ```python blocks of a README section (``## Python API`` up to the next ``## ``)."""
    body = README.split(f"\n{section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, flags=re.S)


def test_readme_python_section_runs_as_written(tmp_path, monkeypatch):
    shutil.copytree(SAMPLES, tmp_path / "data" / "samples")
    monkeypatch.chdir(tmp_path)
    blocks = python_blocks("## Python API")
    assert len(blocks) == 2
    found: dict = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), found)  # noqa: S102 - the README's own example
    assert [e.type for e in found["doc"]._.events] == ["negotiations"]
    assert set(found["tables"].events["type"]) and len(found["dyads"]) and "<html" in found["html"]
    assert (tmp_path / "dipevents_ru" / "config.cfg").exists()


@pytest.mark.parametrize("name", ["load", "extract", "Options", "read_tables", "write_tables", "dyads",
                                  "render_report"])
def test_readme_public_api_names_exist(name):
    import pipeline
    assert name in pipeline.__all__ and callable(getattr(pipeline, name))
