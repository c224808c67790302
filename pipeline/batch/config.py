"""What a batch run is asked to do: its inputs, record fields, options and chunk size (``RunConfig``).

The manifest of a run is this config; ``--resume`` continues a run only under the same one.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from ..api import Options
from ..io.formats import Fields

CHUNK = 32


@dataclass(frozen=True)
class RunConfig:
    inputs: tuple[str, ...]
    fields: Fields = Fields()
    options: Options = Options()
    chunk_size: int = CHUNK
    data_dir: str | None = None

    def manifest(self) -> dict:
        return {"inputs": [str(Path(p).resolve()) for p in self.inputs], "fields": asdict(self.fields),
                "options": asdict(self.options), "chunk_size": self.chunk_size}
