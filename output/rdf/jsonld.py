"""JSON-LD (format ``jsonld``): compacted with the project's prefixes, nodes sorted by ``@id``.

rdflib's serializer follows its store's iteration order; sorting nodes, keys and value lists here
makes two writes of the same graph byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..atomic import write_text
from .convert import to_graph
from .terms import PREFIXES


def _canon(value):
    if isinstance(value, dict):
        return {k: _canon(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canon(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def dumps(g: nx.MultiDiGraph) -> str:
    text = to_graph(g).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    data = json.loads(text)
    nodes = data.get("@graph", [data] if "@id" in data else [])
    context = data.get("@context", dict(PREFIXES))
    nodes = sorted((_canon({k: v for k, v in n.items() if k != "@context"}) for n in nodes), key=lambda n: n["@id"])
    doc = {"@context": context, "@graph": nodes}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, dumps(g))


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="json-ld")
