"""The Python API: ``load()`` the spaCy pipeline, ``extract()`` the five tables."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .language import detect_language
from .readers import Fields, check_inputs, one_line, read_inputs
from .records import Article
from .tables import Tables, empty_rows, rows_for, to_frames

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "dipevents"


def load(config: str | Path = MODEL_DIR / "config.cfg", data_dir: str | Path | None = None) -> Language:
    """The dipevents pipeline for Russian; ``data_dir`` replaces ``data/`` for every component."""
    cfg = spacy.util.load_config(config)
    if data_dir is not None:
        for component in cfg["components"].values():
            if "data_dir" in component:
                component["data_dir"] = str(data_dir)
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def process(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[dict[str, list[dict]]]:
    """Rows of the five tables, one dict per article, in input order. An article whose processing
    fails gets status ``error`` and a one-line reason; the others go on."""
    articles = list(articles)
    todo = [a for a in articles if a.status == "ok"]
    docs = {}
    for article in todo:
        doc = nlp.make_doc(article.text)
        doc.user_data["published"] = article.published
        docs[article.doc_id] = doc
    processed = {}
    try:
        for article, doc in zip(todo, nlp.pipe((docs[a.doc_id] for a in todo), batch_size=batch_size)):
            processed[article.doc_id] = doc
    except Exception:  # a batch failed: redo one by one so that only the bad article is lost
        processed = {}
        for article in todo:
            try:
                processed[article.doc_id] = nlp(docs[article.doc_id])
            except Exception as err:  # noqa: BLE001 - any failure becomes that article's error row
                processed[article.doc_id] = f"{type(err).__name__}: {err}"
    for article in articles:
        language = article.language or detect_language(article.text)
        result = processed.get(article.doc_id)
        if isinstance(result, str):
            failed = Article(**{**article.__dict__, "status": "error", "error": one_line(f"processing failed: {result}")})
            yield rows_for(failed, None, language)
        else:
            yield rows_for(article, result, language)


def extract(inputs: str | Path | Iterable[str | Path] | Iterable[Article], nlp: Language | None = None,
            fields: Fields = Fields(), batch_size: int = 16) -> Tables:
    """The five tables for a folder, a file, several of them, or ``Article`` records."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    inputs = list(inputs)
    if inputs and not isinstance(inputs[0], Article):
        check_inputs(inputs, fields)
        inputs = list(read_inputs(inputs, fields))
    nlp = nlp or load()
    rows = empty_rows()
    for result in process(nlp, inputs, batch_size=batch_size):
        for name, table_rows in result.items():
            rows[name].extend(table_rows)
    return to_frames(rows)
