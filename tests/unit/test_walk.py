"""Which files a run reads (pipeline/io/walk.py): hostile names, special files and symlinks in a
folder made here; every name with an input suffix is listed once, with the reason it is not read."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.io.formats import InputError
from pipeline.io.walk import list_inputs, readable

from ..conftest import make_special_entries


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/ with regular files, special files and symlinks of every kind; outside/ beside it."""
    folder, outside = tmp_path / "in", tmp_path / "outside"
    (folder / "sub").mkdir(parents=True)
    outside.mkdir()
    for name in ("secret.txt", "other.txt"):
        (outside / name).write_text("Вне папки.", encoding="utf-8")
    for name in ("a.txt", "sub/b.txt", ".hidden.txt", "notes.md"):
        (folder / name).write_text("Текст.", encoding="utf-8")
    make_special_entries(folder, outside)
    os.symlink("a.txt", folder / "z_link.txt")  # the same file as a.txt: read once
    os.symlink("..", folder / "sub" / "up")  # a cycle inside the folder: walked once
    (folder / os.fsdecode(b"bad_\xff.txt")).write_text("Текст.", encoding="utf-8")
    (folder / "new\nline.txt").write_text("Текст.", encoding="utf-8")
    return folder


def listed(paths, **options) -> dict[str, str]:
    return {readable(f.path.relative_to(f.root)): f.problem for f in list_inputs(paths, **options)}


def test_walk_every_input_name_once_with_its_problem(tree):
    found = listed([tree])
    assert list(found) == ["a.txt", "bad_\\xff.txt", "dangling.txt", "fifo.txt", "loop.txt", "new\\x0aline.txt",
                           "outside_folder", "passwd.txt", "socket.txt", "sub/b.txt"]
    assert found["a.txt"] == found["sub/b.txt"] == found["bad_\\xff.txt"] == ""
    assert found["fifo.txt"].startswith("not a regular file (a FIFO)")
    assert found["socket.txt"].startswith("not a regular file (a socket)")
    assert found["dangling.txt"].startswith("dangling symlink") and found["loop.txt"].startswith("symlink loop")
    assert "--follow-symlinks" in found["passwd.txt"] and "--follow-symlinks" in found["outside_folder"]


def test_walk_follow_symlinks_reads_outside(tree):
    found = listed([tree], follow_symlinks=True)
    assert found["passwd.txt"] == "" and found["outside_folder/other.txt"] == ""
    assert "outside_folder/secret.txt" not in found  # read once, as passwd.txt


@pytest.mark.parametrize("name, problem", [
    ("loop.txt", "symlink loop"), ("dangling.txt", "dangling symlink"), ("fifo.txt", "not a regular file (a FIFO)"),
    ("/dev/null", "not a regular file (a character device)"),  # an absolute name: tree / name is itself
    ("passwd.txt", ""),  # a symlink named as an input was asked for: it is followed
    ("a.txt", ""),
])
def test_walk_named_inputs_are_listed_whatever_they_are(tree, name, problem):
    [file] = list_inputs([tree / name])
    assert file.problem.startswith(problem) and (problem or not file.problem)


def test_walk_missing_input_is_a_configuration_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list_inputs([tmp_path / "missing"])


def test_walk_skips_the_output_folder(tree):
    (tree / "out").mkdir()
    (tree / "out" / "articles.csv").write_text("doc_id\n", encoding="utf-8")
    assert "out/articles.csv" in listed([tree]) and "out/articles.csv" not in listed([tree], skip=[tree / "out"])
