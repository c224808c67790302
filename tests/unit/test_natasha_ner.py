"""Layout ranges looked up by binary search (pipeline/components/natasha_ner.py): the same answers as
comparing with every range."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.components.natasha_ner import overlaps, regions

RANGE = st.tuples(st.integers(0, 60), st.integers(1, 10)).map(lambda r: (r[0], r[0] + r[1]))


@given(ranges=st.lists(RANGE, max_size=10), queries=st.lists(RANGE, max_size=10))
def test_natasha_ner_overlaps_is_any_overlapping_range(ranges, queries):
    layout = regions(ranges)
    for s, e in queries:
        assert overlaps(layout, s, e) == any(a < e and s < b for a, b in ranges)
