"""Per-document splitting: each source document's share of the graph, for N-Quads' one named graph per
document, and the graph of derived facts (tenures, first/last seen) that no one document states."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import networkx as nx
from rdflib import Dataset, URIRef

from .convert import _into, triples
from .terms import BASE, PREFIXES, _key, document_iri

#: The named graph of what the whole corpus implies (memberships as tenures, their intervals, every node's
#: first and last seen): derived, so it belongs to no document; the union of all graphs is the Turtle graph.
DERIVED_GRAPH = BASE + "graph/derived"


def by_document(g: nx.MultiDiGraph) -> dict[str, nx.MultiDiGraph]:
    """Each source document's share of the graph: its edges, the nodes they touch (with that document's
    mentions and dates only), and the structural edges (post in org, sub-organisation) those nodes need."""
    return dict(iter_by_document(g))


def iter_by_document(g: nx.MultiDiGraph) -> Iterator[tuple[str, nx.MultiDiGraph]]:
    """:func:`by_document` one document at a time, in document order (so only one share is in memory)."""
    docs: dict[str, list[tuple]] = defaultdict(list)
    structural: dict[str, list[tuple]] = defaultdict(list)  # edges without a document, by source node
    for u, v, k, d in g.edges(keys=True, data=True):
        if d.get("doc"):
            docs[d["doc"]].append((u, v, k, d))
        else:
            structural[u].append((u, v, k, d))
    doc_nodes = {d.get("label") or _key(n): n for n, d in g.nodes(data=True) if d.get("type") == "Document"}
    order = {e: i for i, e in enumerate(g.edges(keys=True))}  # keep the whole graph's edge order
    by_doc: dict[str, dict[str, list[dict]]] = {}  # node -> its mentions by document, made when first needed
    for doc in sorted(set(docs) | set(doc_nodes)):
        sub = nx.MultiDiGraph()
        nodes = {doc_nodes[doc]} if doc in doc_nodes else set()
        for u, v, _k, _d in docs.get(doc, []):
            nodes |= {u, v}
        frontier = set(nodes)
        while frontier:  # structural edges carry no document: follow them from what this document touches
            nxt = set()
            for n in frontier:
                for _u, w, _k, _d in structural.get(n, ()):
                    if w not in nodes:
                        nxt.add(w)
            nodes |= nxt
            frontier = nxt
        for n in sorted(nodes):
            sub.add_node(n, **_node_in_doc(g.nodes[n], doc, by_doc.setdefault(n, {})))
        for u, v, k, d in docs.get(doc, []):
            sub.add_edge(u, v, key=k, **d)
        inner = [e for n in nodes for e in structural.get(n, ()) if e[1] in nodes]
        for u, v, k, d in sorted(inner, key=lambda e: order[e[:3]]):
            sub.add_edge(u, v, key=k, **d)
        yield doc, sub


def _node_in_doc(d: dict, doc: str, by_doc: dict[str, list[dict]]) -> dict:
    """A node's attributes as one document alone would give them. ``by_doc``: a dict kept for this node,
    filled with its mentions by document on first use, so that a node mentioned in every document is not
    scanned whole for each of them."""
    d = dict(d)
    if d.get("type") in ("Article", "Document") or not d.get("mentions"):
        return d
    if not by_doc:
        for m in d["mentions"]:
            by_doc.setdefault(m.get("doc"), []).append(m)
    mentions = list(by_doc.get(doc, ()))
    dates = sorted(m["date"] for m in mentions if m.get("date"))
    d["mentions"] = mentions
    d["first_seen"], d["last_seen"] = (dates[0], dates[-1]) if dates else ("", "")
    return d


def to_dataset(g: nx.MultiDiGraph) -> Dataset:
    """One named graph per source document (named by the document's IRI) with what it says, so a document's
    facts can be dropped or replaced on their own, and :data:`DERIVED_GRAPH`. The default graph is empty."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    for doc, sub in iter_by_document(g):
        triples(sub, _into(ds.graph(document_iri(doc))), "observed")
    triples(g, _into(ds.graph(URIRef(DERIVED_GRAPH))), "derived")
    return ds
