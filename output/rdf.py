"""The graph as RDF: standard vocabularies first, Turtle on disk (format ``ttl``).

People, events, places and articles are schema.org; organisations, posts, roles and memberships
W3C ORG; time OWL-Time; provenance PROV-O; the rest is the closed ``NKG`` namespace
(:mod:`output.vocab`, described in ``output/ontology.ttl``).

Every fact that came from a sentence is stated twice: as the plain triple (``meeting nkg:chair
person``) and as an ``rdf:Statement`` about that triple that is ``prov:wasDerivedFrom`` one
``nkg:Evidence`` per quoted span; each evidence is ``prov:wasDerivedFrom`` its ``schema:NewsArticle``.
So "what does this article assert" and "why do you say so" are both one SPARQL query away.

IRIs are minted from normalised names under :data:`BASE` with no blank nodes, so the same graph
always gives the same triples and sorted N-Triples are byte-identical run to run.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import string
import tempfile
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, islice, repeat
from operator import ne
from pathlib import Path
from typing import IO, NamedTuple

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from .atomic import atomic_open, paused_gc
from .vocab import NKG

log = logging.getLogger(__name__)

#: Where instance IRIs live: ``BASE + "person/李小虎"``.
BASE = "https://newskg.example.org/id/"
#: The ontology's own IRI; the SPARQL store keeps the ontology in this named graph.
ONTOLOGY_IRI = "https://newskg.example.org/ns"

PREFIXES: dict[str, str] = {
    "nkg": str(NKG._NS),
    "schema": str(SDO),
    "org": str(ORG),
    "time": str(TIME),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

#: Node type → (path segment under BASE, RDF classes).
NODE_CLASSES: dict[str, tuple[str, tuple[URIRef, ...]]] = {
    "Person": ("person", (SDO.Person,)),
    "Organization": ("org", (ORG.Organization,)),
    "Post": ("post", (ORG.Post,)),
    "Meeting": ("meeting", (SDO.Event,)),
    "Project": ("project", (NKG.Project,)),
    "Place": ("place", (SDO.Place,)),
    "Article": ("article", (SDO.NewsArticle,)),
    "Document": ("document", (SDO.DigitalDocument,)),
}

#: Edge type → (predicate, reversed?). Reversed edges are stated from their target:
#: ``person -inspected-> project`` becomes ``project nkg:inspectedBy person``.
EDGE_PREDICATES: dict[str, tuple[URIRef, bool]] = {
    "holds": (ORG.holds, False),
    "post_in": (ORG.postIn, False),
    "sub_organization_of": (ORG.subOrganizationOf, False),
    "chaired": (NKG.chair, True),
    "led": (NKG.leader, True),
    "attended": (SDO.attendee, True),
    "spoke_at": (SDO.performer, True),
    "inspected": (NKG.inspectedBy, True),
    "organized": (SDO.organizer, True),
    "located_in": (SDO.containedInPlace, False),  # schema:location when the subject is not a place
    "mentioned_in": (SDO.mentions, True),
    "reported_by": (SDO.author, False),
    "part_of": (SDO.isPartOf, False),
}

ZH = "zh"

# -- IRIs -------------------------------------------------------------------------------------------

_SAFE_ASCII = frozenset(string.ascii_letters + string.digits + "-._~")
#: RFC 3987 ``ucschar`` ranges: non-ASCII characters allowed unescaped in an IRI.
_UCSCHAR = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), (0x10000, 0x1FFFD), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD), (0x40000, 0x4FFFD), (0x50000, 0x5FFFD), (0x60000, 0x6FFFD), (0x70000, 0x7FFFD),
    (0x80000, 0x8FFFD), (0x90000, 0x9FFFD), (0xA0000, 0xAFFFD), (0xB0000, 0xBFFFD), (0xC0000, 0xCFFFD),
    (0xD0000, 0xDFFFD), (0xE1000, 0xEFFFD),
)


def _keep(ch: str) -> bool:
    if ch in _SAFE_ASCII:
        return True
    cp = ord(ch)
    if cp < 0xA0 or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp"):
        return False
    return any(lo <= cp <= hi for lo, hi in _UCSCHAR)


@lru_cache(maxsize=1 << 16)
def _segment(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    out = "".join(
        ch if _keep(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")) for ch in text
    )
    if out in (".", ".."):
        out = out.replace(".", "%2E")
    return out


def segment(text: str) -> str:
    """One IRI path segment for any string: NFC, Chinese kept readable, everything else percent-encoded.

    Spaces, quotes, ``<>``, ``#``, ``%``, ``/`` and control characters are escaped, so the result is a
    valid IRI segment that never splits or ends the path; ``.`` and ``..`` are escaped so that IRI
    resolution cannot remove them. (Cached: the same names recur on every node and edge.)
    """
    return _segment(str(text))


#: A segment that :func:`segment` leaves as it is: unreserved ASCII, not ``.`` or ``..`` (no cache needed).
_AS_IS = re.compile(r"(?!\.\.?$)[A-Za-z0-9._~-]+").fullmatch


def _iri(*parts: object) -> str:
    return BASE + "/".join(p if _AS_IS(p) else _segment(p) for p in map(str, parts))


def iri(*parts: object) -> URIRef:
    """``BASE`` + the parts as escaped segments: ``iri("person", "李小虎")``."""
    return URIRef(_iri(*parts))


def _key(nid: str) -> str:
    return nid.split(":", 1)[1] if ":" in nid else nid


def _node_iri(g: nx.MultiDiGraph, nid: str) -> str:
    d = g.nodes[nid] if nid in g else {}
    ntype = d.get("type", "")
    kind = NODE_CLASSES.get(ntype, (segment(ntype.lower() or "node"), ()))[0]
    if ntype == "Article" and d.get("doc") and d.get("index") not in (None, ""):
        return _iri(kind, d["doc"], d["index"])
    if ntype == "Post" and d.get("org") and d.get("title"):
        return _iri(kind, d["org"], d["title"])
    if ntype == "Meeting" and _key(nid).count("#") >= 2:
        return _iri(kind, *_key(nid).rsplit("#", 2))
    if ntype == "Document":
        return _iri(kind, d.get("label") or _key(nid))
    return _iri(kind, _key(nid))


def node_iri(g: nx.MultiDiGraph, nid: str) -> URIRef:
    """The stable IRI of a graph node, from its type and normalised name (not from the order of input)."""
    return URIRef(_node_iri(g, nid))


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a source document; also the name of its graph in N-Quads."""
    return iri("document", doc_id)


def _tail(u: str) -> str:
    """``…/id/person/李小虎`` → ``李小虎``."""
    return str(u)[len(BASE):].split("/", 1)[1]


# -- literals ---------------------------------------------------------------------------------------

_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date, TIME.inXSDDate),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth, TIME.inXSDgYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear, TIME.inXSDgYear),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Lit(NamedTuple):
    """A literal as the converter emits it: cheaper than an rdflib ``Literal``, and a plain tuple, so
    triples hash and sort fast. IRIs are emitted as plain ``str``."""

    value: str
    lang: str = ""
    datatype: str = ""


def _date_type(value: str) -> tuple[URIRef, URIRef] | None:
    """(xsd datatype, OWL-Time property) for an ISO date of day, month or year precision."""
    value = value or ""
    for pattern, datatype, time_prop in _DATE_TYPES:
        if pattern.fullmatch(value):
            if datatype == XSD.date:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    return None
            elif datatype == XSD.gYearMonth and not 1 <= int(value[5:]) <= 12:
                return None
            return datatype, time_prop
    return None


def _date_lit(value: str | None) -> Lit | None:
    typed = _date_type(value or "")
    return Lit(value, "", str(typed[0])) if typed else None  # type: ignore[arg-type]


def _zh(text: str) -> Lit:
    return Lit(_CONTROL.sub("", str(text)), ZH)


_XSD_INTEGER = str(XSD.integer)


def _int_lit(value) -> Lit | None:
    try:
        return Lit(str(int(value)), "", _XSD_INTEGER)
    except (TypeError, ValueError):
        return None


def _plain(value) -> Lit | None:
    return Lit(str(value)) if value else None


def to_rdflib(term: str | Lit) -> URIRef | Literal:
    """An emitted term as an rdflib term."""
    if isinstance(term, Lit):
        return Literal(term.value, lang=term.lang or None, datatype=URIRef(term.datatype) if term.datatype else None)
    return URIRef(term)


def date_literal(value: str | None) -> Literal | None:
    """``2023`` → xsd:gYear, ``2023-03`` → xsd:gYearMonth, ``2023-03-15`` → xsd:date; anything else None."""
    lit = _date_lit(value)
    return to_rdflib(lit) if lit is not None else None  # type: ignore[return-value]


def zh(text: str) -> Literal:
    return to_rdflib(_zh(text))  # type: ignore[return-value]


def nt_term(term: str | Lit) -> str:
    """A term in N-Triples syntax, escaped exactly as rdflib's N-Triples serializer does."""
    if isinstance(term, Lit):
        v = term.value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        if term.lang:
            return f'"{v}"@{term.lang}'
        if term.datatype:
            return f'"{v}"^^<{term.datatype}>'
        return f'"{v}"'
    return f"<{term}>"


# -- conversion -------------------------------------------------------------------------------------

Emit = Callable[[str, str, "str | Lit"], None]


class _Plain:
    """A namespace's terms as plain ``str`` attributes: after the first lookup a term is an ordinary
    attribute, where a ``DefinedNamespace`` lookup costs a Python call every time."""

    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._ns, name))
        setattr(self, name, value)
        return value


_NKG, _SDO, _ORG, _PROV, _TIME = _Plain(NKG), _Plain(SDO), _Plain(ORG), _Plain(PROV), _Plain(TIME)
_RDF, _RDFS, _SKOS, _DCTERMS = _Plain(RDF), _Plain(RDFS), _Plain(SKOS), _Plain(DCTERMS)
_TYPE = str(RDF.type)


#: One subject's share of the triples, deferred: ``unit[0](converter, *unit[1:])`` emits it.
Unit = tuple


class _Converter:
    """The networkx graph as triples handed to ``emit`` (IRIs as ``str``, literals as :class:`Lit`).

    :meth:`units` walks the graph once and names every piece of output as a *unit* with its subject: a
    node's own triples, one edge's triple, an evidence, a statement, a membership, a role, an interval, an
    instant. A unit emits triples of its subject only, so a sink can run the units in graph order
    (:meth:`run`) or subject by subject (:func:`write_nt`). Triples may repeat; every sink removes
    duplicates (an rdflib Graph, sorted lines)."""

    def __init__(self, g: nx.MultiDiGraph, emit: Emit) -> None:
        self.g, self.emit = g, emit
        self.iris = {n: _node_iri(g, n) for n in g}
        self.doc_nodes = {d.get("label") or _key(n): n for n, d in g.nodes(data=True) if d.get("type") == "Document"}

    def add(self, s, p, o) -> None:
        if o:  # not None or "" (a Lit is a non-empty tuple)
            self.emit(s, p, o)

    def run(self) -> None:
        for _s, unit in self.units():
            unit[0](self, *unit[1:])

    def units(self) -> Iterator[tuple[str, Unit]]:
        """(subject, unit) for the whole graph, in graph order. Where the first occurrence decides (an
        evidence's quote and date, a role's label, an instant's value), the first in this walk wins."""
        g, iris, C = self.g, self.iris, _Converter
        firsts: dict[str, set[str]] = {"evidence": set(), "role": set(), "instant": set()}  # IRIs already named

        def first(kind: str, iri_: str) -> bool:
            seen = firsts[kind]
            if iri_ in seen:
                return False
            seen.add(iri_)
            return True

        for n, d in g.nodes(data=True):
            yield iris[n], (C._node, n, d)
            if d.get("type") == "Post" and d.get("title") and first("role", r := _iri("role", d["title"])):
                yield r, (C._role, r, d["title"])
        statements: dict[tuple, set[str]] = defaultdict(set)
        for u, v, d in g.edges(data=True):
            triple = self._edge(u, v, d)
            if triple is None:
                continue
            yield triple[0], (C._triple, *triple)
            ev = _evidence_iri(d)
            if ev is not None:
                if first("evidence", ev):
                    yield ev, (C._evidence, ev, d)
                statements[triple].add(ev)
        for (s, p, o), evs in statements.items():
            st = _iri("statement", hashlib.sha1(f"{s} {p} {o}".encode()).hexdigest()[:20])
            yield st, (C._statement, st, s, p, o, evs)
        del statements
        held: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for u, v, d in g.edges(data=True):
            if d.get("type") == "holds":
                held[(u, v)].append(d)
        intervals: set[tuple[str, str]] = set()
        for (person, post), edges in held.items():
            m = BASE + "membership/" + _tail(iris[person]) + "/" + _tail(iris[post])
            dates = sorted(d["date"] for d in edges if _date_type(d.get("date") or ""))
            span = (dates[0], dates[-1]) if dates else None
            yield m, (C._membership, m, person, post, edges, span)
            title = g.nodes[post].get("title")
            if title and first("role", r := _iri("role", title)):
                yield r, (C._role, r, title)
            if span is not None and span not in intervals:
                intervals.add(span)
                i = _iri("interval", *span)
                yield i, (C._interval, i, *span)
                for value in span:
                    if first("instant", inst := _iri("instant", value)):
                        yield inst, (C._instant, inst, value)
            for d in edges:
                ev = _evidence_iri(d)
                if ev is not None and first("evidence", ev):
                    yield ev, (C._evidence, ev, d)

    # nodes
    def _node(self, n: str, d: dict) -> None:
        s, ntype = self.iris[n], d.get("type", "")
        add = self.add
        classes = NODE_CLASSES.get(ntype, ("", ()))[1]
        if not classes:
            log.warning("node %s: type %r has no RDF class; typed only by its label", n, ntype)
        for cls in classes:
            add(s, _TYPE, cls)
        label = d.get("label") or _key(n)
        add(s, _RDFS.label, _zh(label))
        for alias in d.get("aliases") or []:
            add(s, _SKOS.altLabel, _zh(alias))
        add(s, _NKG.firstSeen, _date_lit(d.get("first_seen")))
        add(s, _NKG.lastSeen, _date_lit(d.get("last_seen")))
        if ntype in ("Person", "Meeting", "Place", "Project", "Organization"):
            add(s, _SDO.name, _zh(label))
        if d.get("kind"):
            add(s, _SDO.additionalType, _plain(d["kind"]))
        if ntype == "Person":
            for role in d.get("roles") or []:
                add(s, _SDO.jobTitle, _zh(role))
        elif ntype == "Post":
            if d.get("title"):
                add(s, _ORG.role, _iri("role", d["title"]))
        elif ntype == "Meeting":
            add(s, _SDO.startDate, _date_lit(d.get("date")))
            if d.get("date_text"):
                add(s, _NKG.dateEvidence, _zh(d["date_text"]))
        elif ntype == "Article":
            if d.get("headline"):
                add(s, _SDO.headline, _zh(d["headline"]))
            add(s, _SDO.datePublished, _date_lit(d.get("date")))
            add(s, _NKG.dateBasis, _plain(d.get("date_basis")))
            if d.get("date_text"):
                add(s, _NKG.dateEvidence, _zh(d["date_text"]))
            add(s, _SDO.position, _int_lit(d.get("index")))
            add(s, _NKG.startOffset, _int_lit(d.get("start")))
            add(s, _NKG.endOffset, _int_lit(d.get("end")))
        elif ntype == "Document":
            add(s, _SDO.identifier, Lit(str(d.get("label") or _key(n))))
            add(s, _NKG.sourcePath, _plain(d.get("source")))
            add(s, _SDO.datePublished, _date_lit(d.get("date")))
            add(s, _NKG.dateBasis, _plain(d.get("date_basis")))
            if d.get("date_evidence"):
                add(s, _NKG.dateEvidence, _zh(d["date_evidence"]))

    def _role(self, r: str, title: str) -> None:
        self.add(r, _TYPE, _ORG.Role)
        self.add(r, _RDFS.label, _zh(title))

    # edges
    def _edge(self, u: str, v: str, d: dict) -> tuple | None:
        etype = d.get("type", "")
        if etype not in EDGE_PREDICATES:
            log.warning("edge %s -> %s: type %r has no RDF predicate; left out", u, v, etype)
            return None
        pred, reverse = EDGE_PREDICATES[etype]
        s, o = (v, u) if reverse else (u, v)
        if etype == "located_in" and self.g.nodes[s].get("type") != "Place":
            pred = _SDO.location
        return self.iris[s], pred, self.iris[o]

    def _triple(self, s: str, p: str, o: str) -> None:
        self.add(s, p, o)

    def _evidence(self, ev: str, d: dict) -> None:
        """The evidence node of an edge's quoted span (its first edge, in graph order, gives date and quote)."""
        doc, start, end = d["doc"], d["start"], d["end"]
        add = self.add
        add(ev, _TYPE, _NKG.Evidence)
        add(ev, _NKG.document, self.iris[self.doc_nodes[doc]] if doc in self.doc_nodes else _iri("document", doc))
        add(ev, _NKG.startOffset, _int_lit(start))
        add(ev, _NKG.endOffset, _int_lit(end))
        if d.get("evidence"):
            add(ev, _PROV.value, _zh(d["evidence"]))
        add(ev, _DCTERMS.date, _date_lit(d.get("date")))
        add(ev, _NKG.dateBasis, _plain(d.get("date_basis")))
        art = d.get("article")
        if art:
            add(ev, _PROV.wasDerivedFrom, self.iris.get(art) or _iri("article", *_key(art).rsplit("#", 1)))

    def _statement(self, st: str, s: str, p: str, o: str, evs: set[str]) -> None:
        self.add(st, _TYPE, _RDF.Statement)
        self.add(st, _RDF.subject, s)
        self.add(st, _RDF.predicate, p)
        self.add(st, _RDF.object, o)
        for ev in sorted(evs):
            self.add(st, _PROV.wasDerivedFrom, ev)

    # memberships
    def _membership(self, m: str, person: str, post: str, edges: list[dict], span: tuple[str, str] | None) -> None:
        """One org:Membership per (person, post), dated by the first and last evidence of the holding."""
        g, iris = self.g, self.iris
        pd = g.nodes[post]
        self.add(m, _TYPE, _ORG.Membership)
        self.add(m, _RDFS.label, _zh(f"{g.nodes[person].get('label', '')} {pd.get('label', '')}"))
        self.add(m, _ORG.member, iris[person])
        self.add(m, _NKG.post, iris[post])
        orgs = [w for _, w, d in g.out_edges(post, data=True) if d.get("type") == "post_in"]
        if not orgs and pd.get("org") and f"org:{pd['org']}" in g:
            orgs = [f"org:{pd['org']}"]
        for org in orgs:
            self.add(m, _ORG.organization, iris[org])
        if pd.get("title"):
            self.add(m, _ORG.role, _iri("role", pd["title"]))
        if span is not None:
            self.add(m, _ORG.memberDuring, _iri("interval", *span))
        for d in edges:
            ev = _evidence_iri(d)
            if ev is not None:
                self.add(m, _PROV.wasDerivedFrom, ev)

    def _instant(self, inst: str, value: str) -> None:
        datatype, prop = _date_type(value)  # type: ignore[misc]
        self.add(inst, _TYPE, _TIME.Instant)
        self.add(inst, prop, Lit(value, "", str(datatype)))

    def _interval(self, i: str, begin: str, end: str) -> None:
        """Intervals and instants are named by their dates, so equal intervals are one node."""
        self.add(i, _TYPE, _TIME.Interval)
        self.add(i, _TIME.hasBeginning, _iri("instant", begin))
        self.add(i, _TIME.hasEnd, _iri("instant", end))


def _evidence_iri(d: dict) -> str | None:
    """The evidence node for an edge's quoted span, or None for structural edges."""
    doc, start, end = d.get("doc"), d.get("start"), d.get("end")
    if not doc or start in (None, "") or end in (None, ""):
        return None
    return _iri("evidence", doc, f"{int(start)}-{int(end)}")


def triples(g: nx.MultiDiGraph, emit: Emit) -> None:
    """Hand every triple of ``g`` to ``emit(s, p, o)``: IRIs as ``str``, literals as :class:`Lit`;
    a triple may come more than once."""
    _Converter(g, emit).run()


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def _into(graph: Graph) -> Emit:
    add = graph.add
    return lambda s, p, o: add((URIRef(s), URIRef(p), to_rdflib(o)))


def to_graph(g: nx.MultiDiGraph) -> Graph:
    """The whole graph as one rdflib Graph (for SHACL, JSON-LD and tests; the file writers stream)."""
    out = bind_prefixes(Graph())
    triples(g, _into(out))
    return out


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
    """One named graph per source document (named by the document's IRI), so a document's facts can be
    dropped or replaced on their own. The default graph is empty."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    for doc, sub in iter_by_document(g):
        triples(sub, _into(ds.graph(document_iri(doc))))
    return ds


# -- sorted N-Triples / N-Quads lines ---------------------------------------------------------------


class SortedLines:
    """Unique lines, sorted by code point, in bounded memory.

    A line is kept as the latin-1 text of its UTF-8 bytes: that text sorts in UTF-8 byte order, which is
    code point order, and Python sorts such one-byte text faster than ``bytes``. Past ``chunk`` lines the
    buffer is sorted and spilled to a run file in ``tmpdir``; at the end the runs and the last buffer are
    merged a block at a time (each block sorted by one C sort, which merges the runs' sorted pieces)."""

    def __init__(self, tmpdir: str | Path | None = None, chunk: int = 2_000_000) -> None:
        self.tmpdir, self.chunk = tmpdir, chunk
        self.buf: list[str] = []
        self.runs: list[Path] = []
        self._dir: tempfile.TemporaryDirectory | None = None

    def add(self, line: str) -> None:
        self.buf.append(line.encode("utf-8").decode("latin-1"))
        if len(self.buf) >= self.chunk:
            self._spill()

    def _sorted_buf(self) -> list[str]:
        out = sorted(set(self.buf))
        self.buf = []
        return out

    def _spill(self) -> None:
        if self._dir is None:
            self._dir = tempfile.TemporaryDirectory(prefix=".newskg-sort-", dir=self.tmpdir)
        path = Path(self._dir.name) / f"run{len(self.runs)}"
        with path.open("wb") as fh:
            _write_lines(fh, self._sorted_buf())
        self.runs.append(path)

    def write_to(self, fh: IO[bytes]) -> None:
        """Write the merged lines to a binary file, then drop the runs."""
        try:
            last = self._sorted_buf()
            if not self.runs:
                _write_lines(fh, last)
                return
            files = [p.open("rb") for p in self.runs]
            try:
                for block in _merge([_file_blocks(f) for f in files] + [_encoded_blocks(last)]):
                    fh.write(b"".join(block))
            finally:
                for f in files:
                    f.close()
        finally:
            self.close()

    def close(self) -> None:
        self.buf = []
        self.runs = []
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


_SLICE = 1 << 15  # lines per write, or per block of the last run (kept in memory)
_BLOCK_BYTES = 1 << 22  # bytes per block read from a run file


def _write_lines(fh: IO[bytes], lines: list[str]) -> None:
    """Write latin-1 lines in slices, never one joined copy of everything."""
    for i in range(0, len(lines), _SLICE):
        fh.write("".join(lines[i:i + _SLICE]).encode("latin-1"))


def _file_blocks(fh: IO[bytes]) -> Iterator[list[bytes]]:
    """A run file's lines (UTF-8 ``bytes``, each ending in ``\\n``), about 4 MB at a time."""
    while lines := fh.readlines(_BLOCK_BYTES):
        yield lines


def _encoded_blocks(lines: list[str]) -> Iterator[list[bytes]]:
    for i in range(0, len(lines), _SLICE):
        yield list(map(str.encode, lines[i:i + _SLICE], repeat("latin-1")))


def _merge(sources: list[Iterator[list[bytes]]]) -> Iterator[list[bytes]]:
    """Blocks of the sorted union of sorted runs (each unique, given as ascending blocks): each round takes
    from every run the lines up to the smallest last line among their current blocks, which no line still
    unread can precede, and sorts them in one call."""
    heads = [[block, 0, src] for src in sources if (block := next(src, None))]
    while heads:
        cut = min(h[0][-1] for h in heads)
        out: list[bytes] = []
        pieces = 0
        for h in heads:
            block, pos = h[0], h[1]
            end = bisect_right(block, cut, pos)
            if end > pos:
                out += block[pos:end] if pos or end < len(block) else block
                pieces += 1
            h[1] = end
        for h in heads:
            if h[1] == len(h[0]):
                h[0], h[1] = next(h[2], None), 0
        heads = [h for h in heads if h[0]]
        if pieces > 1:  # a line can repeat only across runs, and then its copies are all in this round
            out.sort()
            out = list(compress(out, chain((True,), map(ne, islice(out, 1, None), out))))
        yield out


def line_writer(
    write_to: Callable[[nx.MultiDiGraph, IO[bytes], str | Path | None], None],
) -> tuple[Callable[[nx.MultiDiGraph], str], Callable[[nx.MultiDiGraph, str | Path], None]]:
    """``dumps(g)`` and an atomic ``write(g, path)`` for a sorted line format: ``write_to(g, fh, tmpdir)``
    writes the lines (temporary files, if any, go beside ``path``)."""

    def dumps(g: nx.MultiDiGraph) -> str:
        buf = io.BytesIO()
        write_to(g, buf, None)
        return buf.getvalue().decode("utf-8")

    def write(g: nx.MultiDiGraph, path: str | Path) -> None:
        path = Path(path)
        with atomic_open(path, "wb", None) as fh:
            write_to(g, fh, path.parent)

    return dumps, write


def _subject_order(s: str) -> str:
    """Sort key of a subject: the code point order of its lines' ``<s> `` (``s`` itself orders ``…/1`` before
    ``…/10``, its lines the other way round); as latin-1 text of the UTF-8 bytes, which sorts faster."""
    return (s + ">").encode("utf-8").decode("latin-1")


def write_nt(g: nx.MultiDiGraph, fh: IO[bytes], tmpdir: str | Path | None = None) -> None:
    """The graph's sorted, unique N-Triples lines (:func:`nt_chunks`). (``tmpdir`` is unused.)"""
    for chunk in nt_chunks(g):
        fh.write(chunk)


def nt_chunks(g: nx.MultiDiGraph) -> Iterator[bytes]:
    """The graph's sorted, unique N-Triples lines (escaped like rdflib's N-Triples serializer), as UTF-8 pieces.

    Every line of a subject starts with ``<subject> ``, which no other subject's line starts with, so the
    sorted file is the subjects in the order of :func:`_subject_order`, each with its own lines sorted.
    The converter's units are grouped by subject, the subjects sorted, and each subject's lines made, sorted
    and written in turn: no sort of every line, and no line is kept past its subject."""
    tails: list[str] = []
    preds: dict[str, str] = {}  # "<iri> " of each predicate: a few dozen, on every line
    current = [""]

    def emit(s: str, p: str, o: str | Lit) -> None:
        if s is not current[0] and s != current[0]:
            raise AssertionError(f"a unit of {current[0]} emitted a triple of {s}")
        tp = preds.get(p)
        if tp is None:
            tp = preds[p] = f"<{p}> "
        tails.append(f"{tp}<{o}> .\n" if type(o) is str else f"{tp}{nt_term(o)} .\n")

    with paused_gc():
        conv = _Converter(g, emit)
        groups: dict[str, Unit | list[Unit]] = {}
        for s, unit in conv.units():
            have = groups.get(s)
            if have is None:
                groups[s] = unit
            elif type(have) is list:
                have.append(unit)
            else:
                groups[s] = [have, unit]
        parts: list[str] = []
        for s, units in sorted(groups.items(), key=lambda item: _subject_order(item[0])):
            current[0] = s
            for unit in units if type(units) is list else (units,):
                unit[0](conv, *unit[1:])
            if tails:
                head = f"<{s}> "
                parts.append(head + head.join(sorted(set(tails)) if len(tails) > 1 else tails))
                tails.clear()
                if len(parts) >= 4096:
                    yield "".join(parts).encode("utf-8")
                    parts.clear()
        yield "".join(parts).encode("utf-8")


def nq_lines(g: nx.MultiDiGraph, tmpdir: str | Path | None = None) -> SortedLines:
    """Sorted, unique N-Quads lines: each document's share of the graph in the graph named by its IRI."""
    lines = SortedLines(tmpdir)
    add = lines.add
    for doc, sub in iter_by_document(g):
        name = f" <{_iri('document', doc)}> .\n"
        triples(sub, lambda s, p, o, name=name: add(f"<{s}> <{p}> {nt_term(o)}{name}"))
    return lines


# -- Turtle writer ----------------------------------------------------------------------------------


class _ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of ``bytes`` pieces."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._buf, self._pos = chunks, memoryview(b""), 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while self._pos >= len(self._buf):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buf, self._pos = memoryview(chunk), 0
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos:self._pos + n]
        self._pos += n
        return n


def _turtle(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Sorted N-Triples streamed through pyoxigraph, which writes them out as Turtle: the sorted input groups
    each subject's triples, so subjects and predicates come out in code point order."""
    import pyoxigraph as ox

    nt = io.BufferedReader(_ChunkReader(nt_chunks(g)), 1 << 20)
    ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def dumps(g: nx.MultiDiGraph) -> str:
    """Turtle with the project's prefixes, subjects and predicates sorted, so the bytes are stable."""
    buf = io.BytesIO()
    _turtle(g, buf)
    return buf.getvalue().decode("utf-8")


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    path = Path(path)
    with atomic_open(path, "wb", None) as fh:
        _turtle(g, fh)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="turtle")


# -- data files of graph/ ---------------------------------------------------------------------------


def _graph_data(name: str) -> Graph:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return bind_prefixes(Graph()).parse(data=text, format="turtle")


def ontology() -> Graph:
    """``output/ontology.ttl``: the NKG terms with labels and comments."""
    return _graph_data("ontology.ttl")


def shapes() -> Graph:
    """``output/shapes.ttl``: SHACL shapes for every class newskg writes."""
    return _graph_data("shapes.ttl")


#: Files of a built output folder that hold the graph, most direct first.
GRAPH_FILES = ("graph.nt", "graph.ttl", "graph.json")


def graph_file(outdir: str | Path) -> Path:
    """The file of ``outdir`` to load the RDF graph from: the newer of graph.nt and graph.ttl (a later build
    may have written only one of them), else graph.json."""
    outdir = Path(outdir)
    rdf_files = [outdir / n for n in GRAPH_FILES[:2] if (outdir / n).exists()]
    if rdf_files:
        return max(rdf_files, key=lambda p: (p.stat().st_mtime_ns, p.name == "graph.nt"))
    if (outdir / "graph.json").exists():
        return outdir / "graph.json"
    raise FileNotFoundError(f"{outdir}: no graph.nt, graph.ttl or graph.json here (run `newskg build … -o {outdir}`)")


def load(outdir: str | Path) -> Graph:
    """The RDF graph of a built output folder (from graph.nt, else graph.ttl, else converted from graph.json)."""
    path = graph_file(outdir)
    if path.suffix == ".json":
        from . import store

        return to_graph(store.read(path))
    return bind_prefixes(Graph()).parse(str(path), format="nt" if path.suffix == ".nt" else "turtle")
