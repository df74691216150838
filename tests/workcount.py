"""Counting work instead of timing it: lines of newskg's own code executed (``sys.settrace``).

A loop over every other candidate multiplies this count; wall time on a shared machine swings more than
the ratios the growth tests check. Used by the hostile-shape tests of issue 16 point 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newskg.extract as _extract_pkg
import newskg.graph as _graph_pkg
from newskg.extract import pipeline

_OURS = tuple(str(Path(p.__file__).parent) for p in (_extract_pkg, _graph_pkg))


def work(fn, *args) -> int:
    """Lines of newskg.extract / newskg.graph executed by ``fn(*args)`` (memoised segmentations cleared)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def trace(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(_OURS) else None

    pipeline.clear_memos()
    sys.settrace(trace)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def growth(fn, make, n: int) -> float:
    """The work added by doubling 2n over the work added by doubling n (fixed costs cancel): ~2 when linear,
    ~4 when quadratic."""
    fn(make(n // 4))  # warm the lexicons and caches outside the count
    w1, w2, w4 = (work(fn, make(k)) for k in (n, 2 * n, 4 * n))
    return (w4 - w2) / (w2 - w1)
