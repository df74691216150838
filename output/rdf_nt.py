"""Sorted N-Triples (format ``nt``): one triple a line, sorted, so two builds diff line by line.

Lines are written straight from the networkx graph (no rdflib Graph in between) and sorted in bounded
memory (:class:`output.rdf.SortedLines` spills sorted runs beside the output file on large graphs).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .rdf import line_writer, nt_lines


def sorted_lines(data: str) -> str:
    """Unique non-empty lines of an N-Triples/N-Quads text, sorted by code point."""
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


#: ``dumps(g) -> str`` and atomic ``write(g, path)``.
dumps, write = line_writer(nt_lines)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="nt")
