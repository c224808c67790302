from __future__ import annotations

import json
import os

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


DEEP = "[" * 100_000 + "]" * 100_000
RECORD = json.dumps({"id": "r1", "text": "Лавров провел переговоры\u2028с Ван И."}, ensure_ascii=False)


@pytest.mark.parametrize("name, content, expected", [
    ("deep.jsonl", f'{{"id": "d1", "text": {DEEP}}}\n{RECORD}\n', [("error", "nested too deeply"), ("ok", "")]),
    ("deep.json", DEEP, [("error", "nested too deeply")]),
    ("digits.jsonl", '{"id": ' + "9" * 5000 + ', "text": "Текст."}\n', [("error", "unreadable JSON")]),
    ("separator.jsonl", RECORD + "\n", [("ok", "")]),  # U+2028 inside a string ends no line
    ("types.jsonl", '{"id": {"a": 1}, "title": [1], "source": [2], "text": "Текст."}\n', [("ok", "")]),
    ("empty.csv", "", [("error", "no column 'text'")]),
    ("binary.csv", bytes(range(256)) * 8, [("error", "binary file")]),
    ("nul.csv", "id,text\n1,Текст\x00.\n", [("ok", "")]),
    ("date.jsonl", '{"text": "Текст.", "date": "2026-13-45"}\n', [("ok", "'2026-13-45' is not a valid date")]),
    ("header.txt", "date 2026-02-30 РУ\nТекст.", [("ok", "header date: '2026-02-30' is not a valid date")]),
    ("meta.html", "<html><head><meta name='date' content='0000-00-00'></head><body>Текст.</body></html>",
     [("ok", "HTML date: '0000-00-00' is not a valid date")]),
], ids=lambda value: value if isinstance(value, str) and len(value) < 20 else "")
def test_readers_hostile_content_gives_rows_never_exceptions(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    check_inputs(list_inputs([tmp_path]), Fields())  # a bad file is no configuration error
    articles = list(read_inputs([tmp_path]))
    assert len(articles) == len(expected)
    for article, (status, fragment) in zip(articles, expected):
        assert article.status == status and (fragment in article.error if fragment else not article.error), article.error
    assert all(a.published is None for a in articles)
    if name == "types.jsonl":
        assert (articles[0].doc_id, articles[0].title, articles[0].source) == ("types:1", "Текст.", None)  # the title a text without one gets
    if name == "separator.jsonl":
        assert "\u2028" in articles[0].text


def test_readers_fifo_named_as_input_never_blocks(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    [article] = read_inputs([tmp_path / "pipe.txt"])
    assert article.status == "error" and "not a regular file (a FIFO)" in article.error
