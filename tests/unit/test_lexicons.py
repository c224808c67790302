"""The code tables in data/lexicons agree with SCHEMA.md and with each other."""
from __future__ import annotations

import re

import pytest

from pipeline.events.types import event_types
from pipeline.kb.lexicons import LexiconError, data_path, read_tsv
from pipeline.kb.role_classes import classes_with, role_classes
from pipeline.lang.words import words

from ..conftest import SHARED


def schema_values(field: str) -> set[str]:
    schema = SHARED / "SCHEMA.md"
    if not schema.exists():
        pytest.skip(f"{schema} is absent: SCHEMA.md is read from ../shared beside the repository")
    line = next(line for line in schema.read_text(encoding="utf-8").splitlines() if line.startswith(f"- `{field}`"))
    block = schema.read_text(encoding="utf-8").split(line, 1)[1].split("\n- `", 1)[0]
    values = {v.strip() for quoted in re.findall(r"`([a-z_, \n]+)`", line + block) for v in quoted.split(",")}
    return values - {field, ""}


def test_lexicons_role_classes_are_those_of_schema():
    assert set(role_classes()) == schema_values("role_class")


def test_lexicons_event_types_are_those_of_schema():
    assert set(event_types()) == schema_values("type")


def test_lexicons_roles_name_known_classes():
    assert {row["class"] for row in read_tsv(data_path("lexicons/roles.tsv"))} <= set(role_classes())


@pytest.mark.parametrize("flag, expected", [("bystander", {"journalist", "spokesperson"}),
                                            ("unnamed_own", {"journalist"})])
def test_lexicons_role_class_flags(flag, expected):
    assert classes_with(flag) == expected


def test_lexicons_unknown_word_class_says_which_exist():
    with pytest.raises(LexiconError, match="locative"):
        words("locatives")
