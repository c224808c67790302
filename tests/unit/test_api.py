"""What ``api.make_doc`` puts on the Doc: the reader's findings, in the Doc contract (pipeline/doc.py)."""
from __future__ import annotations

import pytest
import spacy

from pipeline.api import make_doc
from pipeline.records import Article

TEXT = "date 2026-02-07 РУ\nЛавров провел переговоры с Ван И."


@pytest.mark.parametrize("published, header_end", [("2026-02-07", 19), (None, 0), (None, None)])
def test_api_make_doc_carries_published_and_header_end(published, header_end):
    article = Article(doc_id="a", path="a.txt", text=TEXT, published=published, header_end=header_end)
    doc = make_doc(spacy.blank("ru"), article)
    assert (doc._.published, doc._.header_end) == (published, header_end)
    assert "published" not in doc.user_data  # it travels in the contract, not beside it
