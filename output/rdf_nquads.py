"""N-Quads (format ``nq``): one named graph per source document, named by the document's IRI.

A document's facts (its articles, evidence, the statements they back and the entities they mention,
as that document alone describes them) live in its own graph, so a user can drop or reload one
document: ``DROP GRAPH <https://newskg.example.org/id/document/000_….txt>``. Lines are sorted, and
written straight from the networkx graph one document at a time (no rdflib Dataset in between).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from .rdf import line_writer, nq_lines
from .rdf_nt import sorted_lines  # noqa: F401  (kept for callers that sort N-Quads text themselves)

#: ``dumps(g) -> str`` and atomic ``write(g, path)``.
dumps, write = line_writer(lambda g, fh, tmpdir: nq_lines(g, tmpdir).write_to(fh))


def read(path: str | Path) -> Dataset:
    ds = Dataset()
    ds.parse(str(path), format="nquads")
    return ds
