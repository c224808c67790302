"""dipevents: diplomatic events from Russian-language news, as five tidy tables.

>>> import pipeline
>>> tables = pipeline.extract("data/samples")
>>> tables.events[["type", "parties", "date"]]
"""
from .api import extract, load, process
from .io.readers import Fields, read_inputs
from .records import Article
from .io.tables import Tables

__all__ = ["Article", "Fields", "Tables", "extract", "load", "process", "read_inputs"]
