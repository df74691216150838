"""Turtle (format ``ttl``, what ``newskg build`` writes): the sorted N-Triples lines streamed through
pyoxigraph with the project's prefixes, so subjects and predicates come out in code point order and two
writes of one graph are byte-identical."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import networkx as nx
from rdflib import Graph

from ..atomic import atomic_open
from .ntriples import nt_chunks
from .terms import PREFIXES


class _ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of ``bytes`` pieces."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._buf, self._pos = chunks, memoryview(b""), 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while self._pos >= len(self._buf):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buf, self._pos = memoryview(chunk), 0
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos:self._pos + n]
        self._pos += n
        return n


def _turtle(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Sorted N-Triples streamed through pyoxigraph, which writes them out as Turtle: the sorted input groups
    each subject's triples, so subjects and predicates come out in code point order."""
    import pyoxigraph as ox

    nt = io.BufferedReader(_ChunkReader(nt_chunks(g)), 1 << 20)
    ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def dumps(g: nx.MultiDiGraph) -> str:
    """Turtle with the project's prefixes, subjects and predicates sorted, so the bytes are stable."""
    buf = io.BytesIO()
    _turtle(g, buf)
    return buf.getvalue().decode("utf-8")


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    path = Path(path)
    with atomic_open(path, "wb", None) as fh:
        _turtle(g, fh)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="turtle")
