"""GraphML for Gephi and other tools: typed scalar attributes only (no None, lists or dicts)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx

from .atomic import write_bytes

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Node attributes every node gets, with their GraphML types, so Gephi sees one schema.
NODE_ATTRS: dict[str, type] = {
    "type": str, "label": str, "aliases": str, "first_seen": str, "last_seen": str,
    "first_year": int, "last_year": int, "degree": int, "mentions": int, "evidence": str,
}
EDGE_ATTRS: dict[str, type] = {
    "type": str, "label": str, "date": str, "year": int, "date_basis": str, "doc": str, "article": str,
    "start": int, "end": int, "evidence": str,
}


def _text(value) -> str:
    return _CONTROL.sub("", str(value))


def _year(date: str) -> int:
    return int(date[:4]) if date and date[:4].isdigit() else 0


def flatten(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are GraphML-safe scalars of one type per key."""
    out = nx.MultiDiGraph()
    degree = dict(g.degree())
    for n, d in g.nodes(data=True):
        mentions = d.get("mentions") or []
        out.add_node(
            n,
            type=d.get("type", ""),
            label=_text(d.get("label", "")),
            aliases=_text("|".join(d.get("aliases") or [])),
            first_seen=d.get("first_seen") or "",
            last_seen=d.get("last_seen") or "",
            first_year=_year(d.get("first_seen") or ""),
            last_year=_year(d.get("last_seen") or ""),
            degree=degree.get(n, 0),
            mentions=len(mentions),
            evidence=_text(mentions[0]["evidence"]) if mentions else "",
        )
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(
            u, v, key=k,
            type=d.get("type", ""), label=d.get("label", ""), date=d.get("date") or "",
            year=_year(d.get("date") or ""), date_basis=d.get("date_basis") or "", doc=_text(d.get("doc") or ""),
            article=_text(d.get("article") or ""), start=int(d.get("start") or 0), end=int(d.get("end") or 0),
            evidence=_text(d.get("evidence") or ""),
        )
    return out


def dumps(g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml_xml(flatten(g), buf, encoding="utf-8", named_key_ids=True)
    return buf.getvalue()


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_bytes(path, dumps(g))
