"""Every output format, in one place: file formats name → (module, default file name), writers imported lazily;
which of them ``newskg build`` writes and which draw the ``--subgraph`` view; and the formats in which the table
commands and ``newskg query`` print rows.

Each writer module has ``write(graph, path)``; every ``--format`` choice comes from here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import networkx as nx

FORMATS: dict[str, tuple[str, str]] = {
    "json": (".graph_json", "graph.json"),
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
#: The formats that draw ``--subgraph``'s view instead of the whole graph.
VIEW_FORMATS = frozenset({"html", "timeline"})
#: How the table commands and ``newskg query`` print rows (:mod:`.table`, SPARQL results).
TABLE_FORMATS = ("table", "csv", "json")
#: Each writer's time, relative, on a generated 10 MB corpus (bench/run.py): how :func:`split` shares them out.
WRITE_COST = {"ttl": 5.8, "nt": 5.0, "nq": 5.0, "jsonld": 5.0, "gexf": 3.0, "html": 2.9, "parquet": 3.0,
              "json": 2.6, "csv": 2.0, "graphml": 1.6, "timeline": 0.7, "resolution": 0.1}


def split(formats: list[str], parts: int) -> list[list[str]]:
    """``formats`` in at most ``parts`` groups of about equal :data:`WRITE_COST` (the costliest first, each
    to the cheapest group so far), each group in the order of ``formats``."""
    groups: list[list[str]] = [[] for _ in range(max(1, min(parts, len(formats))))]
    loads = [0.0] * len(groups)
    for fmt in sorted(formats, key=lambda f: -WRITE_COST.get(f, 1.0)):
        i = loads.index(min(loads))
        groups[i].append(fmt)
        loads[i] += WRITE_COST.get(fmt, 1.0)
    order = {f: n for n, f in enumerate(formats)}
    return [sorted(g, key=order.__getitem__) for g in groups]


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
