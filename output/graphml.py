"""GraphML for Gephi and other tools: typed scalar attributes only (no None, lists or dicts).

Every key is declared for every node (edge), but a value that is not known — no date, no span, no evidence —
is an absent ``<data>``, never 0 or an empty string, so a reader cannot mistake it for year 0 or offset 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import networkx as nx

from ..graph.schema import EdgeAttrs, NodeAttrs
from . import splice
from .atomic import chunk_writer

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
    text = value if type(value) is str else str(value)
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _year(date: str) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _int(value) -> int | None:
    return None if value is None or value == "" else int(value)


def _node_attrs(d: NodeAttrs, degree: int) -> dict:
    mentions = d.get("mentions") or []
    return {
        "type": d.get("type", ""),
        "label": _text(d.get("label", "")),
        "aliases": _text("|".join(d.get("aliases") or [])),
        "first_seen": d.get("first_seen") or "",
        "last_seen": d.get("last_seen") or "",
        "first_year": _year(d.get("first_seen") or ""),
        "last_year": _year(d.get("last_seen") or ""),
        "degree": degree,
        "mentions": len(mentions),
        "evidence": _text(mentions[0]["evidence"]) if mentions else "",
    }


def _edge_attrs(d: EdgeAttrs) -> dict:
    return {
        "type": d.get("type", ""), "label": d.get("label", ""), "date": d.get("date") or "",
        "year": _year(d.get("date") or ""), "date_basis": d.get("date_basis") or "", "doc": _text(d.get("doc") or ""),
        "article": _text(d.get("article") or ""), "start": _int(d.get("start")), "end": _int(d.get("end")),
        "evidence": _text(d.get("evidence") or ""),
    }


def _known(attrs: dict) -> dict:
    return {k: v for k, v in attrs.items() if v is not None and v != ""}


def flatten(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are GraphML-safe scalars of one type per key; unknown values left out."""
    out = nx.MultiDiGraph()
    degree = dict(g.degree())
    for n, d in g.nodes(data=True):
        out.add_node(n, **_known(_node_attrs(d, degree.get(n, 0))))
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **_known(_edge_attrs(d)))
    return out


# -- streaming writer -------------------------------------------------------------------------------
# What networkx's ``write_graphml_xml(flatten(g), named_key_ids=True)`` writes (pretty-printed ElementTree),
# produced one element at a time with every key declared up front: networkx builds the whole tree and a
# flattened copy of the graph first, several times the graph's own memory.

_XML_TYPES = {str: "string", int: "long"}
_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


#: ElementTree's escapes of element text, and the further ones of attribute values, in the order it applies them.
_TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_ESCAPES = (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escape(text: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for char, entity in escapes:
        if char in text:  # most values need none: no copy
            text = text.replace(char, entity)
    return text


#: Letters some escape or the control-letter filter changes: most values have none and are returned as they are
#: after one search (a third of the time of trying each escape in turn, on a million values at 10 MB).
_TEXT_SPECIAL = re.compile("[&<>]")
_ATTR_SPECIAL = re.compile('[&<>"\r\n\t]')
_VALUE_SPECIAL = re.compile('[&<>"\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


def _cdata(text: str) -> str:
    """ElementTree's escaping of element text."""
    return _escape(text, _TEXT_ESCAPES) if _TEXT_SPECIAL.search(text) else text


def _attr(text: str) -> str:
    """ElementTree's escaping of attribute values."""
    return _escape(_escape(text, _TEXT_ESCAPES), _ATTR_ESCAPES) if _ATTR_SPECIAL.search(text) else text


def attr_value(value) -> str:
    """``_attr(_text(value))``: any value as attribute text, control letters removed, escaped."""
    text = value if type(value) is str else str(value)
    return _attr(_text(text)) if _VALUE_SPECIAL.search(text) else text


def _data(attrs: dict) -> str:
    return "".join(f'      <data key="{k}">{_cdata(str(v))}</data>\n' for k, v in attrs.items()
                   if v is not None and v != "")


def _chunks(g: nx.MultiDiGraph):
    yield _HEAD
    keys = []  # networkx inserts each new key first: edge keys (reversed), then node keys (reversed)
    if g.number_of_edges():
        keys += [(k, "edge", t) for k, t in reversed(EDGE_ATTRS.items())]
    if len(g):
        keys += [(k, "node", t) for k, t in reversed(NODE_ATTRS.items())]
    for k, kind, t in keys:
        yield f'  <key id="{k}" for="{kind}" attr.name="{k}" attr.type="{_XML_TYPES[t]}" />\n'
    if not len(g):
        yield '  <graph edgedefault="directed" />\n</graphml>\n'
        return
    yield '  <graph edgedefault="directed">\n'
    degree = g.degree
    for n, d in g.nodes(data=True):
        yield "node", n, _node_attrs(d, degree[n])
    for u, nbrs in g._succ.items():  # g.edges(keys=True, data=True), one source's edges at a time
        if nbrs:
            yield "edges", u, [(v, k, d) for v, keyed in nbrs.items() for k, d in keyed.items()]
    yield "  </graph>\n</graphml>\n"


def _head(piece: tuple) -> str:
    """How a node's element, or the first of a source's edges, begins."""
    if piece[0] == "node":
        return f'    <node id="{_attr(str(piece[1]))}">\n'
    v, k, _d = piece[2][0]
    return _edge_head(piece[1], v, k)


def _edge_head(u, v, k) -> str:
    return f'    <edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{_attr(str(k))}">\n'


def _elements(piece: tuple) -> Iterator[str]:
    """A node's element, or each of a source's edges' elements."""
    if piece[0] == "node":
        yield f"{_head(piece)}{_data(piece[2])}    </node>\n"
        return
    u = piece[1]
    for v, k, d in piece[2]:
        yield f"{_edge_head(u, v, k)}{_data(_edge_attrs(d))}    </edge>\n"


#: ``dumps(g) -> bytes`` and atomic ``write(g, path)``, streaming the pieces above an element at a time.
dumps, _write = chunk_writer(lambda g: splice.texts(_chunks(g), _elements))


def write(g: nx.MultiDiGraph, path, reuse: splice.Reuse | None = None) -> None:
    """Write ``g`` as GraphML. With ``reuse`` (a cached build), the elements the previous file has are copied
    from it (:mod:`.splice`): a node's keyed by its attributes, a source's edges by their ends, keys and the
    signatures of the documents they quote (``reuse.documents``; an edge of no document by its attributes)."""
    if reuse is None:
        _write(g, path)
        return

    def key(piece: tuple) -> str | None:
        return repr(piece) if piece[0] == "node" else splice.edges_key(reuse.documents, piece[1], piece[2])

    splice.write_pieces(path, _chunks(g), reuse, key, _head, _elements)
