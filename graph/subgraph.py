"""Parts of a large graph worth drawing: one year, or the neighbourhood of a person or organisation."""

from __future__ import annotations

import re

import networkx as nx

#: Node types that only connect facts; an ego network passes through them without stopping.
_CONNECTORS = {"Post", "Article"}


def year_subgraph(g: nx.MultiDiGraph, year: int) -> nx.MultiDiGraph:
    """Edges dated in ``year``, with their end nodes and the undated edges between those nodes."""
    prefix = f"{year:04d}"
    keep = {(u, v, k) for u, v, k, d in g.edges(keys=True, data=True) if (d.get("date") or "").startswith(prefix)}
    nodes = {n for u, v, _k in keep for n in (u, v)}
    # Undated structure (post → organisation → parent) of what is kept.
    frontier = set(nodes)
    while frontier:
        nxt = set()
        for n in frontier:
            for _u, v, d in g.out_edges(n, data=True):
                if not d.get("date") and v not in nodes:
                    nxt.add(v)
        nodes |= nxt
        frontier = nxt
    sub = g.subgraph(nodes).copy()
    drop = [(u, v, k) for u, v, k, d in sub.edges(keys=True, data=True) if d.get("date") and (u, v, k) not in keep]
    sub.remove_edges_from(drop)
    return sub


def ego_subgraph(g: nx.MultiDiGraph, label: str, radius: int = 1) -> nx.MultiDiGraph:
    """Nodes within ``radius`` facts of the nodes labelled ``label`` (posts and articles do not count as steps)."""
    seeds = {n for n, d in g.nodes(data=True) if d.get("label") == label or label in (d.get("aliases") or [])}
    if not seeds:
        raise KeyError(label)
    undirected = g.to_undirected(as_view=True)
    nodes = set(seeds)
    frontier = set(seeds)
    for _ in range(radius):
        nxt = set()
        for n in frontier:
            for m in undirected.neighbors(n):
                if m in nodes:
                    continue
                nxt.add(m)
                if g.nodes[m].get("type") in _CONNECTORS:  # one more hop through a connector
                    nxt.update(x for x in undirected.neighbors(m) if g.nodes[x].get("type") not in ("Article",))
        nodes |= nxt
        frontier = nxt
    return g.subgraph(nodes).copy()


def subgraph(g: nx.MultiDiGraph, spec: str, radius: int = 1) -> nx.MultiDiGraph:
    """``2023`` → that year; anything else → the ego network of the person or organisation of that name."""
    spec = spec.strip()
    if re.fullmatch(r"\d{4}", spec):
        return year_subgraph(g, int(spec))
    return ego_subgraph(g, spec, radius)
