"""N-Quads (format ``nq``): one named graph per source document, named by the document's IRI.

A document's facts (its articles, evidence, the statements they back and the entities they mention,
as that document alone describes them) live in its own graph, so a user can drop or reload one
document: ``DROP GRAPH <https://newskg.example.org/id/document/000_….txt>``. Lines are sorted.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset

from .atomic import write_text
from .rdf import to_dataset
from .rdf_nt import sorted_lines


def dumps(g: nx.MultiDiGraph) -> str:
    return sorted_lines(to_dataset(g).serialize(format="nquads", encoding="utf-8").decode("utf-8"))


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, dumps(g))


def read(path: str | Path) -> Dataset:
    ds = Dataset()
    ds.parse(str(path), format="nquads")
    return ds
