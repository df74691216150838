"""The built graph as node-link JSON (``graph.json``): what the query commands read back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import networkx as nx

from . import splice
from .atomic import atomic_open

FILENAME = "graph.json"
_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, indent=None, separators=(",", ":"))
_BATCH = 4096
_NODE_BATCH = 64


def _chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``json.dumps(node_link_data(g), sort_keys=True)`` with nodes sorted by id and links by
    (source, target, key), a batch of nodes or links at a time instead of one copy of the whole graph."""
    multi = g.is_multigraph()
    yield _opening(g)
    if multi:
        links = ({**d, "source": u, "target": v, "key": k} for u, v, k, d in sorted_edges(g))
    else:
        links = ({**d, "source": u, "target": v} for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])))
    yield from _items(links)
    yield _between(g)
    # Nodes in small batches: a person's node holds every mention's evidence (tens of kilobytes), and the
    # encoder's pieces of 4,096 of them took a few hundred megabytes at 100 MB.
    yield from _items(({**g.nodes[n], "id": n} for n in sorted(g)), _NODE_BATCH)
    yield "]}\n"


def _opening(g: nx.MultiDiGraph) -> str:
    """The file's text before its first link."""
    return f'{{"directed":{_ENC.encode(g.is_directed())},"graph":{_ENC.encode(g.graph)},"links":['


def _between(g: nx.MultiDiGraph) -> str:
    """The file's text between its last link and its first node."""
    return f'],"multigraph":{_ENC.encode(g.is_multigraph())},"nodes":['


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


def write(g: nx.MultiDiGraph, path: str | Path, reuse: splice.Reuse | None = None) -> None:
    """Write ``g``'s node-link JSON. With ``reuse`` (a cached build), the items the previous file has are copied
    from it (:mod:`.splice`): a source's links keyed by their ends, keys and the signatures of the documents they
    quote (``reuse.documents``), a node by its attributes and, for its mentions, the signature and span of each."""
    if reuse is None:
        with atomic_open(path, "wb", None) as fh:
            for chunk in _chunks(g):
                fh.write(chunk.encode("utf-8"))
        return
    documents = reuse.documents

    def key(piece: tuple) -> str | None:
        kind, n, data, first = piece
        if kind == "links":
            text = splice.edges_key(documents, n, data)
            return None if text is None else f"{first}{text}"
        made_from = [(documents.get(m.get("doc")), m.get("start"), m.get("end")) for m in data.get("mentions", ())]
        if any(sig is None for sig, _s, _e in made_from):
            return None
        return repr((first, n, [(k, v) for k, v in data.items() if k != "mentions"], made_from))

    splice.write_pieces(path, _pieces(g), reuse, key, _head, _elements)


def _pieces(g: nx.MultiDiGraph) -> Iterator[str | tuple]:
    """The text of :func:`_chunks` as pieces a cached build can copy: each source's links (``("links", u,
    [(v, k, data)…], first)``) and each node (``("node", n, data, first)``), ``first`` when it opens its list."""
    yield _opening(g)
    first = True
    for u, group in groupby(sorted_edges(g), key=itemgetter(0)):
        yield "links", u, [(v, k, d) for _u, v, k, d in group], first
        first = False
    yield _between(g)
    for i, n in enumerate(sorted(g)):
        yield "node", n, g.nodes[n], i == 0
    yield "]}\n"


def _records(piece: tuple) -> list[dict]:
    kind, n, data, _first = piece
    if kind == "links":
        return [{**d, "source": n, "target": v, "key": k} for v, k, d in data]
    return [{**data, "id": n}]


def _elements(piece: tuple) -> Iterator[str]:
    """A source's links, or a node, as the comma-separated items of their list."""
    yield ("" if piece[3] else ",") + _ENC.encode(_records(piece))[1:-1]


def _head(piece: tuple) -> str:
    """How the piece's text begins: its first record's keys up to ``doc`` (a link) or ``id`` (a node), encoded."""
    kind, n, data, first = piece
    record, last = ({**data, "id": n}, "id") if kind == "node" else (data[0][2], "doc")  # source, target, key > doc
    return ("" if first else ",") + _ENC.encode({k: v for k, v in record.items() if k <= last})[:-1]


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
