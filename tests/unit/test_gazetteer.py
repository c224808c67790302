"""Which span lies inside which, looked up per token (pipeline/components/gazetteer.py): the same
answers as comparing every pair."""
from __future__ import annotations

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.components.gazetteer import reach, span_at, strictly_inside

LENGTH = 30
BOUNDS = st.tuples(st.integers(0, LENGTH - 1), st.integers(1, 6)).map(lambda b: (b[0], min(LENGTH, b[0] + b[1])))
DOC = spacy.blank("ru").make_doc(" ".join(["слово"] * LENGTH))


@given(outer=st.lists(BOUNDS, max_size=12), inner=st.lists(BOUNDS, max_size=12))
def test_gazetteer_reach_is_any_containing_span(outer, inner):
    spans = [Span(DOC, s, e) for s, e in outer]
    furthest = reach(spans, LENGTH)
    for s, e in inner:
        assert (furthest[s] >= e) == any(o.start <= s and e <= o.end for o in spans)


@given(outer=st.lists(BOUNDS, max_size=12), inner=st.lists(BOUNDS, max_size=12))
def test_gazetteer_strictly_inside_is_any_larger_containing_span(outer, inner):
    spans = filter_spans([Span(DOC, s, e) for s, e in outer])  # doc.ents never overlap
    at = span_at(spans)
    for s, e in inner:
        assert strictly_inside(s, e, at) == any(o.start <= s and e <= o.end and e - s < len(o) for o in spans)
