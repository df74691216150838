"""Sorted-line writing: unique lines sorted by code point in bounded memory (an external sort with run files),
and the ``dumps``/atomic ``write`` pair of a sorted line format (N-Triples, N-Quads)."""

from __future__ import annotations

import io
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import chain, compress, islice, repeat
from operator import ne
from pathlib import Path
from typing import IO

import networkx as nx

from ..atomic import atomic_open


class SortedLines:
    """Unique lines, sorted by code point, in bounded memory.

    A line is kept as the latin-1 text of its UTF-8 bytes: that text sorts in UTF-8 byte order, which is
    code point order, and Python sorts such one-byte text faster than ``bytes``. Past ``chunk`` lines the
    buffer is sorted and spilled to a run file in ``tmpdir``; at the end the runs and the last buffer are
    merged a block at a time (each block sorted by one C sort, which merges the runs' sorted pieces)."""

    def __init__(self, tmpdir: str | Path | None = None, chunk: int = 2_000_000) -> None:
        self.tmpdir, self.chunk = tmpdir, chunk
        self.buf: list[str] = []
        self.runs: list[Path] = []
        self._dir: tempfile.TemporaryDirectory | None = None

    def add(self, line: str) -> None:
        self.buf.append(line.encode("utf-8").decode("latin-1"))
        if len(self.buf) >= self.chunk:
            self._spill()

    def _sorted_buf(self) -> list[str]:
        out = sorted(set(self.buf))
        self.buf = []
        return out

    def _spill(self) -> None:
        if self._dir is None:
            self._dir = tempfile.TemporaryDirectory(prefix=".newskg-sort-", dir=self.tmpdir)
        path = Path(self._dir.name) / f"run{len(self.runs)}"
        with path.open("wb") as fh:
            _write_lines(fh, self._sorted_buf())
        self.runs.append(path)

    def write_to(self, fh: IO[bytes]) -> None:
        """Write the merged lines to a binary file, then drop the runs."""
        try:
            last = self._sorted_buf()
            if not self.runs:
                _write_lines(fh, last)
                return
            files = [p.open("rb") for p in self.runs]
            try:
                for block in _merge([_file_blocks(f) for f in files] + [_encoded_blocks(last)]):
                    fh.write(b"".join(block))
            finally:
                for f in files:
                    f.close()
        finally:
            self.close()

    def close(self) -> None:
        self.buf = []
        self.runs = []
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


_SLICE = 1 << 15  # lines per write, or per block of the last run (kept in memory)
_BLOCK_BYTES = 1 << 22  # bytes per block read from a run file


def _write_lines(fh: IO[bytes], lines: list[str]) -> None:
    """Write latin-1 lines in slices, never one joined copy of everything."""
    for i in range(0, len(lines), _SLICE):
        fh.write("".join(lines[i:i + _SLICE]).encode("latin-1"))


def _file_blocks(fh: IO[bytes]) -> Iterator[list[bytes]]:
    """A run file's lines (UTF-8 ``bytes``, each ending in ``\\n``), about 4 MB at a time."""
    while lines := fh.readlines(_BLOCK_BYTES):
        yield lines


def _encoded_blocks(lines: list[str]) -> Iterator[list[bytes]]:
    for i in range(0, len(lines), _SLICE):
        yield list(map(str.encode, lines[i:i + _SLICE], repeat("latin-1")))


def _merge(sources: list[Iterator[list[bytes]]]) -> Iterator[list[bytes]]:
    """Blocks of the sorted union of sorted runs (each unique, given as ascending blocks): each round takes
    from every run the lines up to the smallest last line among their current blocks, which no line still
    unread can precede, and sorts them in one call."""
    heads = [[block, 0, src] for src in sources if (block := next(src, None))]
    while heads:
        cut = min(h[0][-1] for h in heads)
        out: list[bytes] = []
        pieces = 0
        for h in heads:
            block, pos = h[0], h[1]
            end = bisect_right(block, cut, pos)
            if end > pos:
                out += block[pos:end] if pos or end < len(block) else block
                pieces += 1
            h[1] = end
        for h in heads:
            if h[1] == len(h[0]):
                h[0], h[1] = next(h[2], None), 0
        heads = [h for h in heads if h[0]]
        if pieces > 1:  # a line can repeat only across runs, and then its copies are all in this round
            out.sort()
            out = list(compress(out, chain((True,), map(ne, islice(out, 1, None), out))))
        yield out


def line_writer(
    write_to: Callable[[nx.MultiDiGraph, IO[bytes], str | Path | None], None],
) -> tuple[Callable[[nx.MultiDiGraph], str], Callable[[nx.MultiDiGraph, str | Path], None]]:
    """``dumps(g)`` and an atomic ``write(g, path)`` for a sorted line format: ``write_to(g, fh, tmpdir)``
    writes the lines (temporary files, if any, go beside ``path``)."""

    def dumps(g: nx.MultiDiGraph) -> str:
        buf = io.BytesIO()
        write_to(g, buf, None)
        return buf.getvalue().decode("utf-8")

    def write(g: nx.MultiDiGraph, path: str | Path) -> None:
        path = Path(path)
        with atomic_open(path, "wb", None) as fh:
            write_to(g, fh, path.parent)

    return dumps, write
