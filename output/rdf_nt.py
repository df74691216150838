"""Sorted N-Triples (format ``nt``): one triple a line, sorted, so two builds diff line by line."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from .atomic import write_text
from .rdf import to_graph


def sorted_lines(data: str) -> str:
    """Unique non-empty lines of an N-Triples/N-Quads text, sorted by code point."""
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def dumps(g: nx.MultiDiGraph) -> str:
    return sorted_lines(to_graph(g).serialize(format="nt", encoding="utf-8").decode("utf-8"))


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, dumps(g))


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="nt")
