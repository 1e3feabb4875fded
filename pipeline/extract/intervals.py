"""Non-overlapping character ranges with an overlap test by bisection.

Overlap resolution keeps the best of overlapping mentions; testing each new
mention against every kept one is quadratic in the mentions of a page (a
page of ``2016 2016 ...`` or ``100 deelnemers ...`` has thousands).
"""

from __future__ import annotations

from bisect import bisect_left


class Disjoint:
    """Non-empty, non-overlapping [start, end) ranges, kept sorted."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a range held (the ranges starting before ``end``:
        being disjoint and sorted, the last of them ends last)."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
