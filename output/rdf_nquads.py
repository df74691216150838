"""N-Quads (format ``nq``): one named graph per source document, named by the document's IRI.

A document's facts (its articles, evidence, the statements they back and the entities they mention,
as that document alone describes them) live in its own graph, so a user can drop or reload one
document: ``DROP GRAPH <https://newskg.example.org/id/document/000_….txt>``. Lines are sorted, and
written straight from the networkx graph one document at a time (no rdflib Dataset in between).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from .atomic import atomic_open
from .rdf import nq_lines
from .rdf_nt import sorted_lines  # noqa: F401  (kept for callers that sort N-Quads text themselves)


def dumps(g: nx.MultiDiGraph) -> str:
    buf = io.BytesIO()
    nq_lines(g).write_to(buf)
    return buf.getvalue().decode("utf-8")


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    path = Path(path)
    with atomic_open(path, "wb", None) as fh:
        nq_lines(g, path.parent).write_to(fh)


def read(path: str | Path) -> Dataset:
    ds = Dataset()
    ds.parse(str(path), format="nquads")
    return ds
