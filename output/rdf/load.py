"""Loading: the ontology and SHACL shapes shipped beside this code, and the RDF graph of a built output folder."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .convert import to_graph
from .terms import bind_prefixes


def _data_bytes(name: str) -> bytes:
    return resources.files(__package__).joinpath(name).read_bytes()


def _graph_data(name: str) -> Graph:
    return bind_prefixes(Graph()).parse(data=_data_bytes(name).decode("utf-8"), format="turtle")


def ontology() -> Graph:
    """``output/ontology.ttl``: the NKG terms with labels and comments."""
    return _graph_data("ontology.ttl")


@cache
def ontology_digest() -> str:
    """A digest of ``ontology.ttl`` as shipped: what a store loaded with it records, to know it is still this one."""
    return hashlib.sha256(_data_bytes("ontology.ttl")).hexdigest()[:16]


def shapes() -> Graph:
    """``output/shapes.ttl``: SHACL shapes for every class newskg writes."""
    return _graph_data("shapes.ttl")


#: Files of a built output folder that hold the graph, most direct first.
GRAPH_FILES = ("graph.nt", "graph.ttl", "graph.json")


def graph_file(outdir: str | Path) -> Path:
    """The file of ``outdir`` to load the RDF graph from: the newer of graph.nt and graph.ttl (a later build
    may have written only one of them), else graph.json."""
    outdir = Path(outdir)
    rdf_files = [outdir / n for n in GRAPH_FILES[:2] if (outdir / n).exists()]
    if rdf_files:
        return max(rdf_files, key=lambda p: (p.stat().st_mtime_ns, p.name == "graph.nt"))
    if (outdir / "graph.json").exists():
        return outdir / "graph.json"
    raise FileNotFoundError(f"{outdir}: no graph.nt, graph.ttl or graph.json here (run `newskg build … -o {outdir}`)")


def load(outdir: str | Path) -> Graph:
    """The RDF graph of a built output folder (from graph.nt, else graph.ttl, else converted from graph.json)."""
    path = graph_file(outdir)
    if path.suffix == ".json":
        from .. import graph_json

        return to_graph(graph_json.read(path))
    return bind_prefixes(Graph()).parse(str(path), format="nt" if path.suffix == ".nt" else "turtle")
