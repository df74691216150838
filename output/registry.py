"""Output formats: name → (module, default file name). Writers are imported lazily.

Each writer module has ``write(graph, path)``; ``--format`` choices come from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import networkx as nx

FORMATS: dict[str, tuple[str, str]] = {
    "json": (".store", "graph.json"),
    "resolution": (".resolution", "resolution.jsonl"),
    "ttl": (".rdf.turtle", "graph.ttl"),
    "nt": (".rdf.ntriples", "graph.nt"),
    "jsonld": (".rdf.jsonld", "graph.jsonld"),
    "nq": (".rdf.nquads", "graph.nq"),
    "graphml": (".graphml", "graph.graphml"),
    "gexf": (".gexf", "graph.gexf"),
    "html": (".html", "graph.html"),
    "timeline": (".timeline", "timeline.html"),
    "csv": (".facts_csv", "facts.csv"),
    "parquet": (".facts_parquet", "facts.parquet"),
}

#: What ``newskg build`` writes by default.
BUILD_FORMATS = ("json", "ttl", "graphml", "gexf", "html", "timeline", "resolution")


def writer(fmt: str) -> Callable[[nx.MultiDiGraph, Path], None]:
    module, _name = FORMATS[fmt]
    return importlib.import_module(module, __package__).write


def filename(fmt: str) -> str:
    return FORMATS[fmt][1]


def available() -> list[str]:
    """Formats whose writer module exists in this installation."""
    out = []
    for fmt, (module, _n) in FORMATS.items():
        try:
            importlib.util.find_spec(module, __package__)
        except ModuleNotFoundError:
            continue
        if importlib.util.find_spec(module, __package__) is not None:
            out.append(fmt)
    return out
