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
_NODE_BATCH = 64


def _chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``json.dumps(node_link_data(g), sort_keys=True)`` with nodes sorted by id and links by
    (source, target, key), a batch of nodes or links at a time instead of one copy of the whole graph."""
    multi = g.is_multigraph()
    yield f'{{"directed":{_ENC.encode(g.is_directed())},"graph":{_ENC.encode(g.graph)},"links":['
    if multi:
        links = ({**d, "source": u, "target": v, "key": k} for u, v, k, d in sorted_edges(g))
    else:
        links = ({**d, "source": u, "target": v} for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])))
    yield from _items(links)
    yield f'],"multigraph":{_ENC.encode(multi)},"nodes":['
    # Nodes in small batches: a person's node holds every mention's evidence (tens of kilobytes), and the
    # encoder's pieces of 4,096 of them took a few hundred megabytes at 100 MB.
    yield from _items(({**g.nodes[n], "id": n} for n in sorted(g)), _NODE_BATCH)
    yield "]}\n"


def sorted_edges(g: nx.MultiDiGraph, nodes: list | None = None, *, by_str: bool = False) -> Iterator[tuple]:
    """``g.edges(keys=True, data=True)`` of a multigraph sorted by ``(u, v, str(key))`` (``by_str``: by
    ``(str(u), str(v), str(key))``), ties in edge order. ``nodes``: ``g``'s nodes already in that order.

    With ``str`` node ids (where both orders agree) the sources are walked in order, then each one's sorted
    targets, then its keys: small sorts only, never one sort of every edge."""
    if not (g.is_directed() and g.is_multigraph() and all(type(n) is str for n in (g if nodes is None else nodes))):
        key = (lambda e: (str(e[0]), str(e[1]), str(e[2]))) if by_str else (lambda e: (e[0], e[1], str(e[2])))
        yield from sorted(g.edges(keys=True, data=True), key=key)
        return
    succ = g._succ
    for u in sorted(g) if nodes is None else nodes:
        nbrs = succ[u]
        for v in sorted(nbrs) if len(nbrs) > 1 else nbrs:
            keys = nbrs[v]
            for k in sorted(keys, key=str) if len(keys) > 1 else keys:
                yield u, v, k, keys[k]


def _items(items, size: int = _BATCH) -> Iterator[str]:
    """Comma-separated JSON items, encoded a batch of ``size`` at a time (one encoder call per batch)."""
    first, batch = True, []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
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
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise ValueError(f"{path}: damaged, not the JSON `newskg build` writes ({exc}); rebuild it") from None
    why = _damage(data)
    if why:
        raise ValueError(f"{path}: damaged, {why}; rebuild it with `newskg build … -o {path.parent}`")
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")


def _damage(data) -> str | None:
    """What makes ``data`` no node-link graph the readers can walk (first problem only), or None."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("links"), list):
        return "no object with a list of nodes and a list of links"
    ids = set()
    for i, n in enumerate(data["nodes"]):
        if not isinstance(n, dict) or not isinstance(n.get("id"), str | int) or not isinstance(n.get("type", ""), str):
            return f"node {i} has no id (a string) or a type that is no string"
        if not isinstance(n.get("mentions", []), list) or not all(isinstance(m, dict) for m in n.get("mentions", [])):
            return f"node {n['id']!r}: mentions are not a list of records"
        ids.add(n["id"])
    for i, e in enumerate(data["links"]):
        if not isinstance(e, dict) or not isinstance(e.get("type", ""), str):
            return f"link {i} is no record, or its type no string"
        if e.get("source") not in ids or e.get("target") not in ids:
            return f"link {i} joins {e.get('source')!r} and {e.get('target')!r}, not both nodes of the graph"
    return None
