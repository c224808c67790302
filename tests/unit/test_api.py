"""What ``api.make_doc`` puts on the Doc: the reader's findings, in the Doc contract (pipeline/doc.py)."""
from __future__ import annotations

import pytest
import spacy

from pipeline.api import Options, make_doc
from pipeline.records import Article

TEXT = "date 2026-02-07 РУ\nЛавров провел переговоры с Ван И."


@pytest.mark.parametrize("published, header_end", [("2026-02-07", 19), (None, 0), (None, None)])
def test_api_make_doc_carries_published_and_header_end(published, header_end):
    article = Article(doc_id="a", path="a.txt", text=TEXT, published=published, header_end=header_end)
    doc = make_doc(spacy.blank("ru"), article)
    assert (doc._.published, doc._.header_end) == (published, header_end)
    assert "published" not in doc.user_data  # it travels in the contract, not beside it


def test_api_load_max_length_follows_max_chars(nlp):
    """spaCy's own limit (1,000,000 characters, error E088) would stop articles that --max-chars allows."""
    assert nlp.max_length == Options.max_chars > 1_000_000
    long_text = "Переговоры. " * 100_000  # 1,200,000 characters: tokenised, not refused
    assert len(make_doc(nlp, Article(doc_id="a", path="a", text=long_text))) > 100_000
