from __future__ import annotations

import json

import pytest

from pipeline.io.formats import Fields, InputError
from pipeline.io.readers import check_inputs, list_inputs, read_inputs

TEXT = "date 2026-03-01 РУ\nЛавров провел переговоры с Ван И в Пекине\n\nМинистры обсудили сотрудничество.\n"


def test_readers_folder_gives_ids_titles_and_dates(tmp_path):
    (tmp_path / "2026").mkdir()
    (tmp_path / "2026" / "talks.txt").write_text(TEXT, encoding="cp1251")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    articles = {a.doc_id: a for a in read_inputs([tmp_path])}
    assert articles["2026/talks"].published == "2026-03-01"
    assert articles["2026/talks"].title == "Лавров провел переговоры с Ван И в Пекине"
    assert articles["2026/talks"].text == TEXT
    assert articles["empty"].status == "empty"
    assert articles["blob"].status == "error" and "binary" in articles["blob"].error


def test_readers_html_drops_scripts_and_reads_meta(tmp_path):
    html = ("<html><head><title>Переговоры в Женеве</title>"
            "<meta property='article:published_time' content='2026-01-15T10:00:00Z'></head>"
            "<body><script>var x = 'Путин';</script><style>p {}</style>"
            "<p>Делегации провели переговоры.</p></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article] = read_inputs([tmp_path])
    assert article.title == "Переговоры в Женеве"
    assert article.published == "2026-01-15"
    assert "Путин" not in article.text and "Делегации провели переговоры." in article.text


def test_readers_jsonl_bad_line_is_one_error_row(tmp_path):
    good = json.dumps({"id": "a1", "text": "Текст", "date": "07.02.2026"}, ensure_ascii=False)
    (tmp_path / "feed.jsonl").write_text(f"{good}\n{{not json\n", encoding="utf-8")
    articles = list(read_inputs([tmp_path]))
    assert [a.status for a in articles] == ["ok", "error"]
    assert articles[0].doc_id == "a1" and articles[0].published == "2026-02-07"
    assert "\n" not in articles[1].error


def test_readers_csv_without_text_column_fails_before_work(tmp_path):
    (tmp_path / "feed.csv").write_text("id,body\n1,Текст\n", encoding="utf-8")
    with pytest.raises(InputError, match="--text-field"):
        check_inputs(list_inputs([tmp_path]), Fields())
    check_inputs(list_inputs([tmp_path]), Fields(text="body"))
