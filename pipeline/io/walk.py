"""Which files a run reads: the inputs listed once, folders walked in sorted order, and what each
entry of a folder is.

Every name with an input suffix (and every file named as an input) gets one ``InputFile``, in the
order of the sorted paths; one that cannot be read carries the reason (``problem``) and becomes an
error row, never an exception:
- a FIFO, socket or device: "not a regular file" (never opened: a FIFO would block the run);
- a dangling symlink or a symlink loop;
- a symlink whose target lies outside the input folders, unless ``follow_symlinks``: nothing is read
  from outside the folders a run was given (a symlink named as an input is followed: it was asked for).
A symlink inside them is followed, a folder once (a link back up is no cycle), and a file reached
twice (through a link, a hard link or two inputs) is read once. Hidden files and folders (``.parts``,
``.git``) and the folders in ``skip`` (the run's own output) are not walked.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .formats import InputError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
FILE_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
              stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


@dataclass(frozen=True)
class InputFile:
    """One input file, the folder its ``doc_id`` is relative to, and why it is not read ("": read it)."""

    path: Path
    root: Path
    problem: str = ""


def not_regular(mode: int) -> str:
    return f"not a regular file ({FILE_KINDS.get(stat.S_IFMT(mode), 'a special file')}): not read"


def link_problem(err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symlink loop: not read"
    if err.errno == errno.ENOENT:
        return "dangling symlink (its target does not exist): not read"
    return f"cannot follow symlink: {err.strerror or err}"


def readable(path: str | Path) -> str:
    """A path as text that any table can hold: bytes that are not UTF-8 as ``\\xff``, control
    characters as ``\\x0a`` (``bad_\\xff.txt``); valid names are unchanged."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(f"\\x{ord(ch):02x}" if ch < " " or ch == "\x7f" else ch for ch in text)


@dataclass
class Walk:
    """One listing: the real paths of the input folders, and what it has met (folders walked, files
    listed, by device and inode)."""

    roots: list[str]
    follow_symlinks: bool = False
    folders: set[tuple[int, int]] = field(default_factory=set)
    files: set[tuple[int, int]] = field(default_factory=set)

    def inside(self, target: str) -> bool:
        return any(os.path.commonpath([target, root]) == root for root in self.roots)

    def first(self, info: os.stat_result, seen: set[tuple[int, int]]) -> bool:
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return False
        seen.add(key)
        return True

    def named(self, path: Path) -> list[InputFile | Path]:
        """A path given as an input: a folder to walk, or a file (whatever its suffix)."""
        if not os.path.lexists(path):
            raise InputError(f"{readable(path)}: no such file or folder")
        try:
            info = os.stat(path)
        except OSError as err:
            return [InputFile(path, path.parent, link_problem(err))]
        if stat.S_ISDIR(info.st_mode):
            return [path] if self.first(info, self.folders) else []
        return self.file(path, path.parent, info)

    def file(self, path: Path, root: Path, info: os.stat_result) -> list[InputFile | Path]:
        if not stat.S_ISREG(info.st_mode):
            return [InputFile(path, root, not_regular(info.st_mode))]
        return [InputFile(path, root)] if self.first(info, self.files) else []

    def entry(self, entry: os.DirEntry, root: Path) -> list[InputFile | Path]:
        """What one folder entry gives: a folder to walk, an input file, or nothing."""
        path = Path(entry.path)
        wanted = path.suffix.lower() in SUFFIXES
        try:
            if entry.is_symlink():
                return self.link(path, root, wanted)
            info = entry.stat(follow_symlinks=False)
        except OSError as err:
            return [InputFile(path, root, f"cannot read: {err.strerror or err}")] if wanted else []
        if stat.S_ISDIR(info.st_mode):
            return [path] if self.first(info, self.folders) else []
        return self.file(path, root, info) if wanted else []

    def link(self, path: Path, root: Path, wanted: bool) -> list[InputFile | Path]:
        try:
            info = os.stat(path)
        except OSError as err:
            return [InputFile(path, root, link_problem(err))] if wanted else []
        folder = stat.S_ISDIR(info.st_mode)
        target = os.path.realpath(path)
        if not self.follow_symlinks and not self.inside(target):
            if not (wanted or folder):
                return []
            return [InputFile(path, root, f"symlink to {readable(target)}, outside the input folders: not read "
                                          "(add --follow-symlinks to read it)")]
        if folder:
            return [path] if self.first(info, self.folders) else []
        return self.file(path, root, info) if wanted else []

    def walk(self, root: Path) -> list[InputFile]:
        """The input files under ``root``, depth first in sorted order (the order of their sorted paths)."""
        found: list[InputFile] = []
        stack: list[InputFile | Path] = [root]
        while stack:
            item = stack.pop()
            if isinstance(item, InputFile):
                found.append(item)
                continue
            try:
                with os.scandir(item) as entries:
                    listed = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
            except OSError as err:
                found.append(InputFile(item, root, f"cannot list folder: {err.strerror or err}"))
                continue
            children = [child for entry in listed for child in self.entry(entry, root)]
            stack.extend(reversed(children))
        return found


def list_inputs(paths: Iterable[str | Path], follow_symlinks: bool = False,
                skip: Iterable[str | Path] = ()) -> list[InputFile]:
    """The input files of ``paths`` in reading order, each folder walked once (recursively, sorted); a
    file named itself is an input whatever its suffix. A run checks, counts and reads this one list."""
    paths = [Path(p) for p in paths]
    walk = Walk([os.path.realpath(p) for p in paths if p.is_dir()], follow_symlinks)
    for folder in map(Path, skip):
        if folder.is_dir():
            walk.first(os.stat(folder), walk.folders)
    files: list[InputFile] = []
    for path in paths:
        for item in walk.named(path):
            files += walk.walk(item) if isinstance(item, Path) else [item]
    return files
