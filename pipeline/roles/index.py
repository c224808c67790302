"""Spans looked up by where they stand, so that a rule looking around one name or phrase costs what it
looks at, not the number of spans in the article: those that start in a range of tokens, those inside it,
the one starting or ending at a token, and the tokens they cover. Built once per Doc (``scene_of``).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Iterator

from spacy.tokens import Span


class SpanIndex:
    """Spans in the order given (iterating gives them so), with their starts sorted for binary search."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = list(spans)
        self.order = sorted(range(len(self.spans)), key=lambda n: self.spans[n].start)
        self.starts = [self.spans[n].start for n in self.order]
        self.at_start = {span.start: span for span in self.spans}  # the last given, for spans sharing a start
        self.at_end = {span.end: span for span in self.spans}
        self.tokens = frozenset(i for span in self.spans for i in range(span.start, span.end))

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def starting(self, start: int, end: int) -> list[Span]:
        """The spans that start at one of the tokens ``start:end``, in the order given."""
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.spans[n] for n in sorted(self.order[low:high])]

    def inside(self, start: int, end: int) -> list[Span]:
        """The spans that lie within the tokens ``start:end``, in the order given."""
        return [span for span in self.starting(start, end) if span.end <= end]
