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
#: Formats whose writer takes ``reuse=`` (:class:`.splice.Reuse`): a cached build copies from the previous file
#: what did not change.
SPLICED = frozenset({"ttl", "json", "graphml", "gexf"})
#: The formats that draw ``--subgraph``'s view instead of the whole graph.
VIEW_FORMATS = frozenset({"html", "timeline"})
#: How the table commands and ``newskg query`` print rows (:mod:`.table`, SPARQL results).
TABLE_FORMATS = ("table", "csv", "json")
#: Each writer's CPU seconds on the generated 100 MB corpus (measured for the build's formats; nt, nq, jsonld,
#: csv and parquet scaled from 10 MB): how :func:`split` shares them out. The page writers grow faster than the
#: others (html 2.2 s at 10 MB, 32 s at 100 MB), so the large corpus sets the shares.
WRITE_COST = {"ttl": 43.5, "nt": 37.5, "nq": 37.5, "jsonld": 37.5, "html": 32.0, "gexf": 22.4, "parquet": 22.5,
              "json": 18.1, "csv": 15.0, "graphml": 13.0, "timeline": 10.7, "resolution": 0.2}


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
