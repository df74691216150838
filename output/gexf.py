"""GEXF 1.3 with time, so Gephi's timeline plays the graph year by year and agrees with ``newskg post``.

Valid against the official GEXF 1.3 schema (tests/output/test_gexf.py). Holdings come from the tenure model
(:mod:`graph.tenure`): one ``holds`` edge per (person, post) whose spells are its tenures (attested and
presumed, first to last seen), with the attestation dates, counts and bases as attributes — so a post does not
flicker between one-day observations. Every other relation is one edge per observation, spelled on its day.
The relation is the edge attribute ``relation`` (Gephi partitions by it); GEXF's own ``type`` is left to mean
directed; the 1.3 schema has no graph name, so none is written (the meta description names the
graph). A value that is not known is an absent ``attvalue``, never 0 or "". Spells are days: a year-only
date spans its year, a month its month (the attributes keep the date as written). An edge's id is its source
and its place among the source's edges (``person:张三#0``, ``person:张三#1`` …): the same in any build where that
source has the same edges, so a cached build can copy them from the previous file (:func:`write`).
"""

from __future__ import annotations

import calendar
import time
from collections import defaultdict
from collections.abc import Iterator

import networkx as nx

from ..graph.schema import HOLDING_RELATIONS, EdgeAttrs
from ..graph.tenure import Tenure, tenures
from . import splice
from .atomic import chunk_writer
from .graphml import _attr, _edge_attrs, _node_attrs, attr_value

NS_GEXF = "http://gexf.net/1.3"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

#: Declared attributes (title → GEXF type), nodes then edges; ids are ``n0…`` and ``e0…``.
NODE_KEYS = {"type": "string", "aliases": "string", "first_seen": "string", "last_seen": "string",
             "first_year": "integer", "last_year": "integer", "degree": "integer", "mentions": "integer",
             "evidence": "string"}
EDGE_KEYS = {"relation": "string", "date": "string", "date_basis": "string", "doc": "string", "article": "string",
             "span_start": "integer", "span_end": "integer", "evidence": "string", "first_seen": "string",
             "last_seen": "string", "first_year": "integer", "last_year": "integer", "tenures": "integer",
             "observations": "integer", "attested": "string", "start_basis": "string", "end_basis": "string",
             "started_after": "string", "ended_before": "string", "articles": "string"}
_NODE_IDS = {k: f"n{i}" for i, k in enumerate(NODE_KEYS)}
_EDGE_IDS = {k: f"e{i}" for i, k in enumerate(EDGE_KEYS)}


def day_span(date: str) -> tuple[str, str]:
    """The first and last day of a date of any precision: ``2023`` → (2023-01-01, 2023-12-31)."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        last = calendar.monthrange(int(date[:4]), int(date[5:7]))[1]
        return f"{date}-01", f"{date}-{last:02d}"
    return date, date


def _tenure_spell(t: Tenure) -> tuple[str, str]:
    return day_span(t.first_seen)[0], day_span(t.last_seen)[1]


def _holding_attrs(ts: list[Tenure]) -> dict:
    """The attributes of one holds edge: its tenures (oldest first) and their attestations."""
    first, last = ts[0], ts[-1]
    return {
        "relation": "holds", "first_seen": first.first_seen, "last_seen": last.last_seen,
        "first_year": int(first.first_seen[:4]), "last_year": int(last.last_seen[:4]), "tenures": len(ts),
        "observations": sum(t.observations for t in ts),
        "attested": "|".join(d for t in ts for d in t.dates()), "start_basis": first.start_basis,
        "end_basis": last.end_basis, "started_after": first.started_after, "ended_before": last.ended_before,
        "articles": " ".join(sorted({a for t in ts for a in t.articles})), "evidence": first.evidence[0].get("evidence"),
    }


def _observation_attrs(d: EdgeAttrs) -> dict:
    a = _edge_attrs(d)
    return {"relation": a.pop("type"), **{("span_" + k if k in ("start", "end") else k): v for k, v in a.items()
                                          if k not in ("label", "year")}}


def _attvalues(ids: dict[str, str], attrs: dict) -> str:
    rows = "".join(f'          <attvalue for="{ids[k]}" value="{attr_value(v)}" />\n'
                   for k, v in attrs.items() if k in ids and v not in (None, ""))
    return f"        <attvalues>\n{rows}        </attvalues>\n" if rows else ""


def _spells(spans: list[tuple[str, str]]) -> str:
    if not spans:
        return ""
    rows = "".join(f'          <spell start="{s}" end="{e}" />\n' for s, e in sorted(set(spans)))
    return f"        <spells>\n{rows}        </spells>\n"


def _chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    held: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    for t in tenures(g):
        held[(t.person, t.post)].append(t)
    post_spells: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (_person, post), ts in held.items():
        post_spells[post] += [_tenure_spell(t) for t in ts]
    # Nodes without dates of their own (organisations, undated places) live while any of their edges do.
    # An organisation also lives while its posts have holders. (A first walk over the edges; the second
    # writes them, so they are never all held at once.)
    around: dict[str, tuple[str, str]] = {}
    n_edges = 0

    def widen(node: str, s: str, e: str) -> None:
        old = around.get(node)
        around[node] = (min(old[0], s), max(old[1], e)) if old else (s, e)

    for u, nbrs in g._succ.items():
        for _eid, v, _label, a, spans in _source_edges(u, nbrs, held, attrs=False):
            n_edges += 1
            for s, e in spans:
                widen(u, s, e)
                widen(v, s, e)
            if a["relation"] == "post_in":
                for s, e in post_spells.get(u, ()):
                    widen(v, s, e)
    yield (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        f'<gexf xmlns="{NS_GEXF}" xmlns:xsi="{NS_XSI}" xsi:schemaLocation="{SCHEMA_LOCATION}" version="1.3">\n'
        f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
        f"    <creator>newskg</creator>\n"
        f"    <description>officials, posts, meetings, projects and places from news; holds edges are tenures"
        f"</description>\n  </meta>\n"
        f'  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n'
    )
    for kind, keys, ids in (("node", NODE_KEYS, _NODE_IDS), ("edge", EDGE_KEYS, _EDGE_IDS)):
        rows = "".join(f'      <attribute id="{ids[k]}" title="{k}" type="{t}" />\n' for k, t in keys.items())
        yield f'    <attributes mode="static" class="{kind}">\n{rows}    </attributes>\n'
    yield f'    <nodes count="{len(g)}">\n'
    degree = g.degree
    for n, d in g.nodes(data=True):
        a = _node_attrs(d, degree[n])
        if d.get("type") == "Post" and post_spells.get(n):
            spans = post_spells[n]
        elif a["first_seen"]:
            spans = [(day_span(a["first_seen"])[0], day_span(a["last_seen"] or a["first_seen"])[1])]
        elif n in around:
            spans = [around[n]]
        else:
            spans = []
        yield "node", n, a, spans
    yield "    </nodes>\n"
    yield f'    <edges count="{n_edges}">\n'
    for u, nbrs in g._succ.items():  # in graph order, one source's edges at a time
        if nbrs:
            yield "edges", u, nbrs, held
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _source_edges(
    u: str, nbrs: dict, held: dict[tuple[str, str], list[Tenure]], attrs: bool = True,
) -> Iterator[tuple[str, str, str, dict, list]]:
    """(id, target, label, attributes, spells) of the edges written for source ``u`` (``nbrs``, its adjacency), in
    graph order: a (person, post) pair's holdings as one edge of its tenures, every other edge as it is
    (``attrs=False``: of the attributes only ``relation``, for the first walk). An edge's id is its source and
    its place among them (``u#0``, ``u#1`` …), which no other edge has."""
    done: set[str] = set()
    j = 0
    for v, keyed in nbrs.items():
        for d in keyed.values():
            etype = d.get("type")
            if etype in HOLDING_RELATIONS and (u, v) in held:
                if v in done:
                    continue
                done.add(v)
                ts = held[(u, v)]
                row = (v, "担任", _holding_attrs(ts) if attrs else {"relation": "holds"},
                       [_tenure_spell(t) for t in ts])
            else:
                date = d.get("date") or ""
                row = (v, d.get("label") or etype or "", _observation_attrs(d) if attrs else {"relation": d.get("type", "")},
                       [day_span(date)] if date else [])
            yield f"{u}#{j}", *row
            j += 1


def _head(piece: tuple) -> str:
    """How a node's element, or the first of a source's edges, begins."""
    if piece[0] == "node":
        return f'      <node id="{_attr(str(piece[1]))}" '
    return f'      <edge id="{_attr(str(piece[1]))}#0" source="{_attr(str(piece[1]))}" '


def _elements(piece: tuple) -> Iterator[str]:
    """A node's element, or each of a source's edges' elements."""
    if piece[0] == "node":
        _kind, n, a, spans = piece
        yield (f'      <node id="{_attr(str(n))}" label="{_attr(str(a["label"]))}">\n'
               f"{_spells(spans)}{_attvalues(_NODE_IDS, a)}      </node>\n")
        return
    u = _attr(str(piece[1]))
    for eid, v, label, attrs, spans in _source_edges(*piece[1:]):
        yield (f'      <edge id="{_attr(eid)}" source="{u}" target="{_attr(str(v))}" label="{_attr(label)}">\n'
               f"{_spells(spans)}{_attvalues(_EDGE_IDS, attrs)}      </edge>\n")


#: ``dumps(g) -> bytes`` and atomic ``write(g, path)``, streaming the pieces above an element at a time.
dumps, _write = chunk_writer(lambda g: splice.texts(_chunks(g), _elements))


def write(g: nx.MultiDiGraph, path, reuse: splice.Reuse | None = None) -> None:
    """Write ``g`` as GEXF. With ``reuse`` (a cached build), the elements the previous file has are copied from
    it (:mod:`.splice`): a node's keyed by its attributes and spells, a source's edges by their targets, keys
    and the signatures of the documents they quote (``reuse.documents``), holdings by their tenures, an edge of
    no document by its attributes."""
    if reuse is None:
        _write(g, path)
        return

    def key(piece: tuple) -> str | None:
        if piece[0] == "node":
            return repr(piece)
        _kind, u, nbrs, held = piece

        def tenure(v: str, _k, d: dict) -> str | None:  # a holding is written from the tenures of its pair
            if d.get("type") in HOLDING_RELATIONS and (u, v) in held:
                return repr([(_holding_attrs(held[(u, v)]), [_tenure_spell(t) for t in held[(u, v)]])])
            return None

        edges = ((v, k, d) for v, keyed in nbrs.items() for k, d in keyed.items())
        return splice.edges_key(reuse.documents, u, edges, tenure)

    splice.write_pieces(path, _chunks(g), reuse, key, _head, _elements)
