"""Sorted N-Triples (format ``nt``): one triple a line, sorted, so two builds diff line by line.

Lines are written straight from the networkx graph (no rdflib Graph in between) and sorted in bounded
memory (:class:`output.rdf.SortedLines` spills sorted runs beside the output file on large graphs).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from rdflib import Graph

from .atomic import atomic_open
from .rdf import nt_lines


def sorted_lines(data: str) -> str:
    """Unique non-empty lines of an N-Triples/N-Quads text, sorted by code point."""
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def dumps(g: nx.MultiDiGraph) -> str:
    buf = io.BytesIO()
    nt_lines(g).write_to(buf)
    return buf.getvalue().decode("utf-8")


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    path = Path(path)
    with atomic_open(path, "wb", None) as fh:
        nt_lines(g, path.parent).write_to(fh)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="nt")
