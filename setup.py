"""The wheel carries ``models/`` and the data the pipeline reads (``data/gazetteers``, ``data/lexicons``) inside the
package, as ``pipeline/models`` and ``pipeline/data`` (found by ``pipeline.kb.lexicons.resource_dir``), while the
repository keeps them at the top. The rest of the metadata is in ``pyproject.toml``; this file exists because a
package list found by ``find_packages`` cannot be joined to mapped folders in ``pyproject.toml`` alone."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["pipeline", "pipeline.*"]) + ["pipeline.data", "pipeline.models"],
    package_dir={"pipeline.data": "data", "pipeline.models": "models"},
    package_data={"pipeline.data": ["gazetteers/*.tsv", "lexicons/*.tsv", "lexicons/*.jsonl"],
                  "pipeline.models": ["dipevents/*.cfg"]},
)
