"""GEXF 1.3 with time, so Gephi's timeline can play the graph year by year.

Nodes carry a spell from first to last seen; edges start and end on their
evidence date. Attributes are the GraphML ones (typed scalars, no lists).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .graphml import flatten


def _day(date: str, end: bool = False) -> str:
    """Complete ``YYYY`` / ``YYYY-MM`` to a day so Gephi can order spells."""
    if len(date) == 4:
        return f"{date}-12-31" if end else f"{date}-01-01"
    if len(date) == 7:
        return f"{date}-28" if end else f"{date}-01"
    return date


def timed(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = flatten(g)
    flat.graph.update(mode="dynamic", timeformat="date")
    for _n, d in flat.nodes(data=True):
        if d["first_seen"]:
            d["start"] = _day(d["first_seen"])
            d["end"] = _day(d["last_seen"] or d["first_seen"], end=True)
    for _u, _v, d in flat.edges(data=True):
        # GEXF reserves start/end for time: the character span moves to span_start/span_end.
        d["span_start"], d["span_end"] = d.pop("start"), d.pop("end")
        if d["date"]:
            d["start"] = _day(d["date"])
            d["end"] = _day(d["date"], end=True)
    # Posts and organisations have no dates of their own: they live while any of their edges do.
    for n, d in flat.nodes(data=True):
        if "start" not in d:
            dates = [e["start"] for *_x, e in flat.in_edges(n, data=True) if "start" in e]
            dates += [e["start"] for *_x, e in flat.out_edges(n, data=True) if "start" in e]
            ends = [e["end"] for *_x, e in flat.in_edges(n, data=True) if "end" in e]
            ends += [e["end"] for *_x, e in flat.out_edges(n, data=True) if "end" in e]
            if dates:
                d["start"], d["end"] = min(dates), max(ends)
    return flat


def dumps(g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(timed(g), buf, encoding="utf-8", version="1.3")
    return buf.getvalue()


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_bytes(path, dumps(g))
