"""GEXF 1.3 with time, so Gephi's timeline can play the graph year by year.

Nodes carry a spell from first to last seen; edges start and end on their
evidence date. Attributes are the GraphML ones (typed scalars, no lists).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import networkx as nx

from .atomic import chunk_writer
from .graphml import EDGE_ATTRS, NODE_ATTRS, _attr, _edge_attrs, _node_attrs, flatten


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


# -- streaming writer -------------------------------------------------------------------------------
# The bytes of ``nx.write_gexf(timed(g), version="1.3")`` (pretty-printed ElementTree), produced one
# element at a time: networkx holds a flattened copy of the graph and the whole tree, several times the
# graph's own memory. Attribute ids follow networkx: node attributes in order, then edge attributes.

_NODE_KEYS = [k for k in NODE_ATTRS if k != "label"]
_EDGE_KEYS = [k for k in EDGE_ATTRS if k not in ("label", "type", "start", "end")] + ["span_start", "span_end"]
_TYPES = {**NODE_ATTRS, **EDGE_ATTRS, "span_start": int, "span_end": int, "networkx_key": str}
_XML_TYPES = {str: "string", int: "long"}


def _spells(g: nx.MultiDiGraph) -> dict:
    """(start, end) for every node, as :func:`timed` gives them."""
    out = {}
    for n, d in g.nodes(data=True):
        first = d.get("first_seen") or ""
        if first:
            out[n] = (_day(first), _day(d.get("last_seen") or first, end=True))
            continue
        starts, ends = [], []
        for edges in (g.in_edges(n, data="date"), g.out_edges(n, data="date")):
            for *_x, date in edges:
                if date:
                    starts.append(_day(date))
                    ends.append(_day(date, end=True))
        if starts:
            out[n] = (min(starts), max(ends))
    return out


def _attvalues(pairs) -> str:
    rows = "".join(f'          <attvalue for="{i}" value="{_attr(str(v))}" />\n' for i, v in pairs)
    return f"        <attvalues>\n{rows}        </attvalues>\n"


def _chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    from networkx.readwrite.gexf import GEXFWriter

    w = GEXFWriter(version="1.3")
    spells = _spells(g)
    dated = bool(spells) or any(date for *_x, date in g.edges(data="date"))
    has_nodes, has_edges = len(g) > 0, g.number_of_edges() > 0
    node_ids = {k: str(i) for i, k in enumerate(_NODE_KEYS)} if has_nodes else {}
    edge_keys = [*_EDGE_KEYS, "networkx_key"]
    edge_ids = {k: str(len(node_ids) + i) for i, k in enumerate(edge_keys)} if has_edges else {}
    timeformat = ' timeformat="date"' if dated else ""
    yield (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        f'<gexf xmlns="{w.NS_GEXF}" xmlns:xsi="{w.NS_XSI}" xsi:schemaLocation="{w.SCHEMALOCATION}" '
        f'version="{w.VERSION}">\n'
        f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
        f"    <creator>NetworkX {nx.__version__}</creator>\n  </meta>\n"
        f'  <graph defaultedgetype="directed" mode="dynamic" name=""{timeformat}>\n'
    )
    for kind, ids in (("edge", edge_ids), ("node", node_ids)):
        if ids:
            rows = "".join(
                f'      <attribute id="{i}" title="{k}" type="{_XML_TYPES[_TYPES[k]]}" />\n' for k, i in ids.items()
            )
            yield f'    <attributes mode="static" class="{kind}">\n{rows}    </attributes>\n'
    if has_nodes:
        yield "    <nodes>\n"
        degree = g.degree
        for n, d in g.nodes(data=True):
            a = _node_attrs(d, degree[n])
            span = spells.get(n)
            when = f' start="{_attr(span[0])}" end="{_attr(span[1])}"' if span else ""
            yield (f'      <node id="{_attr(str(n))}" label="{_attr(str(a["label"]))}"{when}>\n'
                   f"{_attvalues((node_ids[k], a[k]) for k in _NODE_KEYS)}      </node>\n")
        yield "    </nodes>\n"
    else:
        yield "    <nodes />\n"
    if has_edges:
        yield "    <edges>\n"
        for eid, (u, v, key, d) in enumerate(g.edges(keys=True, data=True)):
            a = _edge_attrs(d)
            a["span_start"], a["span_end"], a["networkx_key"] = a["start"], a["end"], key
            when = f' start="{_attr(_day(a["date"]))}" end="{_attr(_day(a["date"], end=True))}"' if a["date"] else ""
            yield (f'      <edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{eid}" '
                   f'label="{_attr(str(a["label"]))}" type="{_attr(str(a["type"]))}"{when}>\n'
                   f"{_attvalues((edge_ids[k], a[k]) for k in edge_keys)}      </edge>\n")
        yield "    </edges>\n"
    else:
        yield "    <edges />\n"
    yield "  </graph>\n</gexf>\n"


#: ``dumps(g) -> bytes`` and atomic ``write(g, path)``, streaming the pieces above.
dumps, write = chunk_writer(_chunks)
