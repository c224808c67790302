"""The Python API: ``load()`` the spaCy pipeline, ``extract()`` the six tables."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from . import doc as _doc  # noqa: F401  (registers the Doc extensions make_doc sets)
from .budget import ArticleTimeout, time_budget
from .io.language import detect_language
from .io.formats import Fields, one_line
from .io.readers import check_inputs, list_inputs, read_files
from .records import Article
from .io.tables import Tables, empty_rows, rows_for, to_frames
from .kb.lexicons import resource_dir

MODEL_DIR = resource_dir("models") / "dipevents"


@dataclass(frozen=True)
class Options:
    """What to process: articles longer than ``max_chars`` get a one-line error; articles in a
    language outside ``languages`` are listed but not extracted from (``None``: every language);
    ``all_mentions`` runs NER on every article, not only on those that hold an event trigger; an
    article whose processing takes more than ``article_timeout`` seconds (None: no limit) gets a
    one-line error, and the others go on."""

    max_chars: int = 2_000_000
    languages: tuple[str, ...] | None = ("ru",)
    all_mentions: bool = False
    article_timeout: float | None = 120.0


def triage(article: Article, options: Options) -> tuple[Article, str, str]:
    """(article, language, skipped reason) before any NLP."""
    language = article.language or detect_language(article.text)
    if article.status != "ok":
        return article, language, ""
    if len(article.text) > options.max_chars:
        reason = f"article too long: {len(article.text):,} characters > {options.max_chars:,} (raise --max-chars)"
        return replace(article, status="error", error=reason), language, ""
    if options.languages is not None and language and language not in options.languages:
        return article, language, f"language {language} not selected (choose with --languages)"
    return article, language, ""


def load(config: str | Path = MODEL_DIR / "config.cfg", data_dir: str | Path | None = None,
         all_mentions: bool = False, max_chars: int = Options.max_chars) -> Language:
    """The dipevents pipeline for Russian, its components' data files read; ``data_dir`` replaces ``data/`` for
    every component; ``all_mentions`` runs NER on every article (by default only where an event trigger is);
    texts of up to ``max_chars`` characters are accepted (spaCy's ``max_length``).
    ``nlp.to_disk(DIR)`` saves it with its data, and ``spacy.load(DIR)`` loads that in any process."""
    cfg = spacy.util.load_config(config)
    if all_mentions:
        cfg["components"]["ner"]["requires"] = None
    if data_dir is not None:
        for component in cfg["components"].values():
            if "data_dir" in component:
                component["data_dir"] = str(data_dir)
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    nlp.max_length = max_chars
    nlp.initialize()  # the components read the data files their config declares
    return nlp


def process(nlp: Language, articles: Iterable[Article], options: Options = Options()) -> Iterator[dict[str, list[dict]]]:
    """Rows of the six tables, one dict per article, in input order. An article whose processing
    fails or runs past ``options.article_timeout`` gets status ``error`` and a one-line reason; the
    others go on."""
    for article in articles:
        article, language, skipped = triage(article, options)
        if article.status != "ok" or skipped:
            yield rows_for(article, None, language, skipped)
            continue
        try:
            with time_budget(options.article_timeout):
                doc = nlp(make_doc(nlp, article))
        except ArticleTimeout:
            reason = f"timed out after {options.article_timeout:g} s (raise --article-timeout)"
        except Exception as err:  # noqa: BLE001 - any failure becomes that article's error row
            reason = f"processing failed: {type(err).__name__}: {err}"
        else:
            yield rows_for(article, doc, language)
            continue
        yield rows_for(replace(article, status="error", error=one_line(reason)), None, language)


def make_doc(nlp: Language, article: Article) -> Doc:
    """The article's Doc before the pipeline runs, with what its reader found (``doc._.published``,
    ``doc._.header_end``), so that no component reads the header again."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.header_end = article.header_end
    return doc


def extract(inputs: str | Path | Iterable[str | Path] | Iterable[Article], nlp: Language | None = None,
            fields: Fields = Fields(), options: Options = Options(), follow_symlinks: bool = False) -> Tables:
    """The six tables for a folder, a file, several of them, or ``Article`` records (symlinks out
    of the input folders are followed only with ``follow_symlinks``)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    inputs = list(inputs)
    if inputs and not isinstance(inputs[0], Article):
        files = list_inputs(inputs, follow_symlinks=follow_symlinks)
        check_inputs(files, fields)
        inputs = list(read_files(files, fields))
    nlp = nlp or load(all_mentions=options.all_mentions, max_chars=options.max_chars)
    rows = empty_rows()
    collect(nlp, inputs, rows, options=options)
    return to_frames(rows)


def collect(nlp: Language, articles: Iterable[Article], rows: dict[str, list[dict]],
            options: Options = Options()) -> dict[str, list[dict]]:
    """Add the articles' rows to ``rows`` (table name -> rows), and return it."""
    for result in process(nlp, articles, options=options):
        for name, table_rows in result.items():
            rows[name].extend(table_rows)
    return rows
