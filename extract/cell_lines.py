"""Tables saved one cell a line: a 任前公示 copied from a web table comes out as ``序号`` / ``姓名`` / ``性别`` / … each on
its own line, then each row's cells the same way (``1`` / ``宋某华`` / ``男`` / … / ``县财政局党组书记、局长``). Each row is
put on one line, its cells parted by `` | `` as a table written with bars has, so that :mod:`extract.table_rows` reads
it and the joining of broken lines (:func:`extract.clean.join_lines`) never runs its cells together.

A header runs from a line ``序号`` to the line before ``1``, its cells short (at most :data:`MAX_HEADER_CELL`
letters), one of them ``姓名``; a row is as many lines as the header has, the first its number (1, 2, …); the first
block that is no such row ends the table.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .mapped import MappedText

MAX_HEADER_CELL = 8
MAX_COLUMNS = 12
_HEAD_RE = re.compile(r"(?m)^[ ]*序号[ ]*$")
_NEWLINE_RE = re.compile("\n")


def _row_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the header and the rows of each table written one cell a line, each from its first cell's
    start to its last cell's end."""
    out: list[tuple[int, int]] = []
    for head in _HEAD_RE.finditer(text):
        pos, cells = head.start(), []
        while len(cells) <= MAX_COLUMNS:
            end = text.find("\n", pos)
            cell = text[pos : end if end >= 0 else len(text)].strip()
            if end < 0 or cell == "1" or not 0 < len(cell) <= MAX_HEADER_CELL:
                break
            cells.append(cell)
            pos = end + 1
        if cell != "1" or "姓名" not in cells or len(cells) < 3:
            continue
        out.append((head.start(), pos - 1))
        number = 1
        while True:
            start, ends = pos, []
            for _ in cells:
                end = text.find("\n", pos)
                ends.append(end if end >= 0 else len(text))
                pos = ends[-1] + 1
            if text[start : ends[0]].strip() != str(number) or pos > len(text) + 1 or "" in (
                    text[a:b].strip() for a, b in zip([start] + [e + 1 for e in ends[:-1]], ends, strict=True)):
                break
            out.append((start, ends[-1]))
            pos, number = ends[-1] + 1, number + 1
    return out


def cells_on_lines(t: MappedText) -> MappedText:
    """Each row of a table written one cell a line on a line of its own, its cells parted by `` | ``."""
    if "序号" not in t.text:
        return t
    rows = _row_spans(t.text)
    if not rows:
        return t
    starts = [s for s, _e in rows]

    def bar(m: re.Match[str]) -> str:
        i = bisect_right(starts, m.start()) - 1
        return " | " if i >= 0 and m.start() < rows[i][1] else "\n"

    return t.sub(_NEWLINE_RE, bar)
