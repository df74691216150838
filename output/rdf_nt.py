"""Sorted N-Triples (format ``nt``): one triple a line, sorted, so two builds diff line by line.

Lines are written straight from the networkx graph (no rdflib Graph in between), one subject at a time in
sorted order (:func:`output.rdf.write_nt`).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .rdf import line_writer, write_nt


def sorted_lines(data: str) -> str:
    """Unique non-empty lines of an N-Triples/N-Quads text, sorted by code point."""
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


#: ``dumps(g) -> str`` and atomic ``write(g, path)``.
dumps, write = line_writer(write_nt)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="nt")
