"""dipevents: diplomatic events from Russian-language news, as six tidy tables.

>>> import pipeline
>>> tables = pipeline.extract("data/samples")
>>> tables.events[["type", "parties", "date"]]

The public API: ``load`` (the spaCy pipeline), ``extract`` (the tables of inputs, with ``Options``),
``read_tables`` and ``write_tables`` (a run's folder in CSV, Parquet, JSONL or xlsx), ``dyads`` (the dyadic
export) and ``render_report`` (the HTML report page).
"""
from .api import Options, extract, load, process
from .batch.runner import read_tables
from .corpus.dyads import dyads
from .corpus.report import render as render_report
from .io.readers import Fields, read_inputs
from .io.tables import Tables
from .io.writers import write_tables
from .records import Article

__all__ = ["Article", "Fields", "Options", "Tables", "dyads", "extract", "load", "process", "read_inputs",
           "read_tables", "render_report", "write_tables"]
