"""spaCy components of the dipevents pipeline, one per module; importing this registers them all."""
from . import (  # noqa: F401
    actors,
    events,
    gazetteer,
    layout,
    lemmatizer,
    natasha_ner,
    patterns,
    roles,
    syntax,
    tokenizer,
)
