"""SHACL validation of a built output folder against ``output/rdf/shapes.ttl`` (what ``newskg validate`` runs)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph

from .rdf.convert import to_graph
from .rdf.load import load, shapes


def validate_graph(data: Graph) -> tuple[bool, str]:
    """(conforms, report text) for an RDF graph; warnings (undated memberships) do not break conformance."""
    import pyshacl

    conforms, _report_graph, text = pyshacl.validate(
        data, shacl_graph=shapes(), inference="none", allow_warnings=True, advanced=True
    )
    return bool(conforms), text


def validate(outdir: str | Path) -> tuple[bool, str]:
    """Validate the RDF of a built output folder (graph.nt, else graph.ttl, else graph.json)."""
    return validate_graph(load(outdir))


def validate_nx(g: nx.MultiDiGraph) -> tuple[bool, str]:
    """Validate a networkx graph as :func:`output.rdf.convert.to_graph` converts it."""
    return validate_graph(to_graph(g))
