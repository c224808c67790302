"""Property-based tests: any text goes through the whole pipeline without an exception, and every
offset in the tables gives back its span."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.api import Options, process
from pipeline.records import Article

SENTENCES = [
    "Президент России Владимир Путин провел переговоры с председателем КНР Си Цзиньпином.",
    "Министр иностранных дел Омана Бадр аль-Бусаиди выступил посредником.",
    "Встреча министров в Стамбуле не состоится.",
    "date 2026-02-07 РУ\n",
    "Фото: x.com / @mfa\n",
    "\n\nАрсен Утешев\nАрсен Утешев\n",
    "— Переговоры стали хорошим началом, — заявил Аббас Арагчи.",
    "Третий раунд непрямых переговоров между Ираном и США прошел в Маскате при посредничестве Омана.",
]
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def offsets_hold(nlp, text: str) -> None:
    article = Article(doc_id="x", path="x", text=text, published="2026-02-07")
    [rows] = list(process(nlp, [article], options=Options(languages=None)))
    assert len(rows["articles"]) == 1
    for row in rows["mentions"]:
        assert text[row["start"]:row["end"]] == row["text"]
    for row in rows["events"]:
        assert text[row["start"]:row["end"]] == row["trigger"]
    row = rows["articles"][0]
    assert row["status"] in ("ok", "empty"), row["error"]  # an exception inside would give "error"


@SETTINGS
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_properties_random_unicode(nlp, text):
    offsets_hold(nlp, text)


@SETTINGS
@example(parts=["²", SENTENCES[7]], separators=[""] * 12)  # a superscript digit is a digit to str.isdigit, not to int()
@given(parts=st.lists(st.one_of(st.sampled_from(SENTENCES), NOISE), max_size=12),
       separators=st.lists(st.sampled_from([" ", "\n", "\r\n", "\t", "", "\u00a0", "\x00"]), min_size=12, max_size=12))
def test_properties_russian_sentences_and_noise(nlp, parts, separators):
    offsets_hold(nlp, "".join(p + s for p, s in zip(parts, separators)))
