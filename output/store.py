"""The built graph as node-link JSON (``graph.json``): what the query commands read back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from .atomic import atomic_open

FILENAME = "graph.json"
_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, indent=None, separators=(",", ":"))
_BATCH = 4096


def _chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``json.dumps(node_link_data(g), sort_keys=True)`` with nodes sorted by id and links by
    (source, target, key), a batch of nodes or links at a time instead of one copy of the whole graph."""
    multi = g.is_multigraph()
    yield f'{{"directed":{_ENC.encode(g.is_directed())},"graph":{_ENC.encode(g.graph)},"links":['
    if multi:
        edges = sorted(g.edges(keys=True), key=lambda e: (e[0], e[1], str(e[2])))
        link = lambda e: {**g[e[0]][e[1]][e[2]], "source": e[0], "target": e[1], "key": e[2]}  # noqa: E731
    else:
        edges = sorted(g.edges(), key=lambda e: (e[0], e[1]))
        link = lambda e: {**g[e[0]][e[1]], "source": e[0], "target": e[1]}  # noqa: E731
    yield from _items(map(link, edges))
    del edges
    yield f'],"multigraph":{_ENC.encode(multi)},"nodes":['
    yield from _items({**g.nodes[n], "id": n} for n in sorted(g))
    yield "]}\n"


def _items(items) -> Iterator[str]:
    """Comma-separated JSON items, encoded a batch at a time (one encoder call per batch)."""
    first, batch = True, []
    for item in items:
        batch.append(item)
        if len(batch) >= _BATCH:
            yield ("" if first else ",") + _ENC.encode(batch)[1:-1]
            first, batch = False, []
    if batch:
        yield ("" if first else ",") + _ENC.encode(batch)[1:-1]


def dumps(g: nx.MultiDiGraph) -> str:
    return "".join(_chunks(g))


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    with atomic_open(path, "wb", None) as fh:
        for chunk in _chunks(g):
            fh.write(chunk.encode("utf-8"))


def read(path: str | Path) -> nx.MultiDiGraph:
    path = Path(path)
    if path.is_dir():
        path = path / FILENAME
    if not path.exists():
        raise FileNotFoundError(f"{path}: no built graph here (run `newskg build … -o {path.parent}` first)")
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
