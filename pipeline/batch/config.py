"""What a batch run is asked to do: its inputs (and whether symlinks out of them are followed), record
fields, options and chunk size (``RunConfig``).

The manifest of a run is this config; ``--resume`` continues a run only under the same one.
"""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from ..api import Options
from ..io.formats import Fields
from ..io.walk import readable

CHUNK = 32


@dataclass(frozen=True)
class RunConfig:
    inputs: tuple[str, ...]
    fields: Fields = Fields()
    options: Options = Options()
    chunk_size: int = CHUNK
    data_dir: str | None = None
    follow_symlinks: bool = False

    def manifest(self) -> dict:
        return {"inputs": [readable(os.path.realpath(p)) for p in self.inputs], "fields": asdict(self.fields),
                "options": asdict(self.options), "chunk_size": self.chunk_size,
                "follow_symlinks": self.follow_symlinks}
