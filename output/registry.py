"""Output formats: name → (module, default file name). Writers are imported lazily.

Each writer module has ``write(graph, path)``; ``--format`` choices come from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import networkx as nx

FORMATS: dict[str, tuple[str, str]] = {
    "json": ("output.store", "graph.json"),
    "ttl": ("output.rdf", "graph.ttl"),
    "nt": ("output.rdf_nt", "graph.nt"),
    "jsonld": ("output.rdf_jsonld", "graph.jsonld"),
    "nq": ("output.rdf_nquads", "graph.nq"),
    "graphml": ("output.graphml", "graph.graphml"),
    "gexf": ("output.gexf", "graph.gexf"),
    "html": ("output.html", "graph.html"),
    "timeline": ("output.timeline", "timeline.html"),
    "csv": ("output.facts_csv", "facts.csv"),
    "parquet": ("output.facts_parquet", "facts.parquet"),
}

#: What ``newskg build`` writes by default.
BUILD_FORMATS = ("json", "ttl", "graphml", "gexf", "html", "timeline")


def writer(fmt: str) -> Callable[[nx.MultiDiGraph, Path], None]:
    module, _name = FORMATS[fmt]
    return importlib.import_module(module).write


def filename(fmt: str) -> str:
    return FORMATS[fmt][1]


def available() -> list[str]:
    """Formats whose writer module exists in this installation."""
    out = []
    for fmt, (module, _n) in FORMATS.items():
        try:
            importlib.util.find_spec(module)
        except ModuleNotFoundError:
            continue
        if importlib.util.find_spec(module) is not None:
            out.append(fmt)
    return out
