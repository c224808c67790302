"""Bytes -> text (pipeline/io/decode.py): encodings of Russian text, and binary files."""
from __future__ import annotations

import pytest

from pipeline.io.decode import decode

TEXT = "date 2026-03-01 РУ\nЛавров провел переговоры с Ван И в Пекине\n\nМинистры обсудили сотрудничество.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r"])
def test_decode_russian_encodings(encoding):
    text, error = decode(TEXT.encode(encoding))
    assert error == "" and text == TEXT


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, ("Текст\x00\x07" * 50).encode("utf-8")])
def test_decode_binary_is_an_error(data):
    text, error = decode(data)
    assert text == "" and error.startswith("binary file")
