"""N-Quads (format ``nq``): one named graph per source document, named by the document's IRI, and one of
derived facts.

A document's facts (its articles, evidence, the statements they back and the entities they mention,
as that document alone describes them) live in its own graph (:mod:`.documents`), so a user can drop or
reload one document: ``DROP GRAPH <https://newskg.example.org/id/document/000_….txt>``. What the corpus as a
whole implies — memberships as tenures with their intervals, every node's first and last seen — is in
``<https://newskg.example.org/id/graph/derived>``, so the union of the graphs is exactly the Turtle graph and
answers every query alike. Lines are sorted, and written straight from the networkx graph one document at a
time (no rdflib Dataset in between).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset

from .convert import triples
from .documents import DERIVED_GRAPH, iter_by_document
from .lines import SortedLines, line_writer
from .terms import _iri, nt_term


def nq_lines(g: nx.MultiDiGraph, tmpdir: str | Path | None = None) -> SortedLines:
    """Sorted, unique N-Quads lines: each document's share of the graph in the graph named by its IRI."""
    lines = SortedLines(tmpdir)
    add = lines.add
    for doc, sub in iter_by_document(g):
        name = f" <{_iri('document', doc)}> .\n"
        triples(sub, lambda s, p, o, name=name: add(f"<{s}> <{p}> {nt_term(o)}{name}"), "observed")
    name = f" <{DERIVED_GRAPH}> .\n"
    triples(g, lambda s, p, o: add(f"<{s}> <{p}> {nt_term(o)}{name}"), "derived")
    return lines


#: ``dumps(g) -> str`` and atomic ``write(g, path)``.
dumps, write = line_writer(lambda g, fh, tmpdir: nq_lines(g, tmpdir).write_to(fh))


def read(path: str | Path) -> Dataset:
    ds = Dataset()
    ds.parse(str(path), format="nquads")
    return ds
