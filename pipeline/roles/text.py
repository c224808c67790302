"""The words of a position and of an organisation as a table gives them: in the nominative, a role in
lower case (``экс-министра энергетики`` -> ``бывший министр энергетики``; ``и. о.`` and
``исполняющего обязанности`` -> ``исполняющий обязанности``), a name spaced as written without
unbalanced quotes (``ОАО «Газпром`` -> ``ОАО Газпром``).
"""
from __future__ import annotations

from spacy.tokens import Span

from ..lang.morph import get_morph, is_pronoun
from ..lang.nominative import normalize_phrase, normalize_role
from .tokens import ACTING

FORMER = "экс-"
ACTING_STEMS = ("исполняющ", "исполнявш")  # исполняющий, исполнявший обязанности


def name_of(span: Span) -> str:
    """An organisation's or place's name in the nominative, spaced as written, without unbalanced
    quotes (``ОАО «Газпром`` -> ``ОАО Газпром``)."""
    words = normalize_phrase([t.text for t in span])
    words = [t.text if t.text.isupper() and len(t.text) > 1 else w for w, t in zip(words, span)]  # ЕСПЧ
    text = "".join(w + t.whitespace_ for w, t in zip(words, span)).strip()
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return " ".join(text.split())


def role_text(words: list[str]) -> str:
    """The role's words in the nominative, lower case (unless an abbreviation leads); ``экс-X`` is
    ``бывший X`` (``экс-министра энергетики`` -> ``бывший министр энергетики``)."""
    words = [w for w in words if not is_pronoun(w)]  # её основатель
    former = {n for n, w in enumerate(words) if w.lower().startswith(FORMER) and len(w) > len(FORMER)}
    words = [w[len(FORMER):] if n in former else w for n, w in enumerate(words)]
    acting = next((n for n in range(len(words) - 1) if words[n].lower().startswith(ACTING_STEMS)
                   and words[n + 1].lower() == "обязанности"), None)
    if acting is None:
        words = normalize_role(words)
    else:  # исполняющего обязанности министра: the rest depends on обязанности, as written
        stem = next(s for s in ACTING_STEMS if words[acting].lower().startswith(s))
        words = [*normalize_role(words[:acting]), stem + "ий", *words[acting + 1:]]
    out = []
    for n, word in enumerate(words):
        if n in former:
            parse = get_morph().parse(word)[0]
            out.append("бывшая" if parse.tag.gender == "femn" and parse.tag.POS == "NOUN" else "бывший")
        out.append(word)
    role = " ".join(out)
    return role[0].lower() + role[1:] if role and not role.split()[0].isupper() else role


def expand_acting(words: list[str]) -> list[str]:
    """``и. о.`` written out: исполняющий обязанности."""
    out = []
    for word in (w for w in words if w.strip()):
        out.append(word)
        if [w.lower() for w in out[-len(ACTING):]] == list(ACTING):
            out[-len(ACTING):] = ["исполняющий", "обязанности"]
    return out
