"""The graph as RDF: standard vocabularies first, Turtle on disk (format ``ttl``).

People, events, places and articles are schema.org; organisations, posts, roles and memberships
W3C ORG; time OWL-Time; provenance PROV-O; the rest is the closed ``NKG`` namespace
(:mod:`graph.vocab`, described in ``graph/ontology.ttl``).

Every fact that came from a sentence is stated twice: as the plain triple (``meeting nkg:chair
person``) and as an ``rdf:Statement`` about that triple that is ``prov:wasDerivedFrom`` one
``nkg:Evidence`` per quoted span; each evidence is ``prov:wasDerivedFrom`` its ``schema:NewsArticle``.
So "what does this article assert" and "why do you say so" are both one SPARQL query away.

IRIs are minted from normalised names under :data:`BASE` with no blank nodes, so the same graph
always gives the same triples and sorted N-Triples are byte-identical run to run.
"""

from __future__ import annotations

import hashlib
import logging
import re
import string
import unicodedata
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from graph.vocab import NKG

from .atomic import write_text

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


def segment(text: str) -> str:
    """One IRI path segment for any string: NFC, Chinese kept readable, everything else percent-encoded.

    Spaces, quotes, ``<>``, ``#``, ``%``, ``/`` and control characters are escaped, so the result is a
    valid IRI segment that never splits or ends the path; ``.`` and ``..`` are escaped so that IRI
    resolution cannot remove them.
    """
    text = unicodedata.normalize("NFC", str(text))
    out = "".join(
        ch if _keep(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")) for ch in text
    )
    if out in (".", ".."):
        out = out.replace(".", "%2E")
    return out


def iri(*parts: object) -> URIRef:
    """``BASE`` + the parts as escaped segments: ``iri("person", "李小虎")``."""
    return URIRef(BASE + "/".join(segment(str(p)) for p in parts))


def _key(nid: str) -> str:
    return nid.split(":", 1)[1] if ":" in nid else nid


def node_iri(g: nx.MultiDiGraph, nid: str) -> URIRef:
    """The stable IRI of a graph node, from its type and normalised name (not from the order of input)."""
    d = g.nodes[nid] if nid in g else {}
    ntype = d.get("type", "")
    kind = NODE_CLASSES.get(ntype, (segment(ntype.lower() or "node"), ()))[0]
    if ntype == "Article" and d.get("doc") and d.get("index") not in (None, ""):
        return iri(kind, d["doc"], d["index"])
    if ntype == "Post" and d.get("org") and d.get("title"):
        return iri(kind, d["org"], d["title"])
    if ntype == "Meeting" and _key(nid).count("#") >= 2:
        return iri(kind, *_key(nid).rsplit("#", 2))
    if ntype == "Document":
        return iri(kind, d.get("label") or _key(nid))
    return iri(kind, _key(nid))


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a source document; also the name of its graph in N-Quads."""
    return iri("document", doc_id)


def _tail(u: URIRef) -> str:
    """``…/id/person/李小虎`` → ``李小虎``."""
    return str(u)[len(BASE):].split("/", 1)[1]


# -- literals ---------------------------------------------------------------------------------------

_DATE_TYPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date, TIME.inXSDDate),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth, TIME.inXSDgYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear, TIME.inXSDgYear),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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


def date_literal(value: str | None) -> Literal | None:
    """``2023`` → xsd:gYear, ``2023-03`` → xsd:gYearMonth, ``2023-03-15`` → xsd:date; anything else None."""
    typed = _date_type(value or "")
    return Literal(value, datatype=typed[0]) if typed else None


def zh(text: str) -> Literal:
    return Literal(_CONTROL.sub("", str(text)), lang=ZH)


def _int(value) -> Literal | None:
    try:
        return Literal(int(value), datatype=XSD.integer)
    except (TypeError, ValueError):
        return None


# -- conversion -------------------------------------------------------------------------------------


class _Converter:
    """One pass over the networkx graph, adding triples to ``out``."""

    def __init__(self, g: nx.MultiDiGraph, out: Graph) -> None:
        self.g, self.out = g, out
        self.iris = {n: node_iri(g, n) for n in g}
        self.doc_nodes = {d.get("label") or _key(n): n for n, d in g.nodes(data=True) if d.get("type") == "Document"}

    def add(self, s, p, o) -> None:
        if o is not None and o != "":
            self.out.add((s, p, o))

    def run(self) -> Graph:
        for n, d in self.g.nodes(data=True):
            self._node(n, d)
        statements: dict[tuple, set[URIRef]] = defaultdict(set)
        for u, v, d in self.g.edges(data=True):
            triple = self._edge(u, v, d)
            if triple is None:
                continue
            self.add(*triple)
            ev = self._evidence(d)
            if ev is not None:
                statements[triple].add(ev)
        for (s, p, o), evs in statements.items():
            self._statement(s, p, o, evs)
        self._memberships()
        return self.out

    # nodes
    def _node(self, n: str, d: dict) -> None:
        s, ntype = self.iris[n], d.get("type", "")
        classes = NODE_CLASSES.get(ntype, ("", ()))[1]
        if not classes:
            log.warning("node %s: type %r has no RDF class; typed only by its label", n, ntype)
        for cls in classes:
            self.add(s, RDF.type, cls)
        label = d.get("label") or _key(n)
        self.add(s, RDFS.label, zh(label))
        for alias in d.get("aliases") or []:
            self.add(s, SKOS.altLabel, zh(alias))
        self.add(s, NKG.firstSeen, date_literal(d.get("first_seen")))
        self.add(s, NKG.lastSeen, date_literal(d.get("last_seen")))
        if ntype in ("Person", "Meeting", "Place", "Project", "Organization"):
            self.add(s, SDO.name, zh(label))
        if d.get("kind"):
            self.add(s, SDO.additionalType, Literal(d["kind"]))
        if ntype == "Person":
            for role in d.get("roles") or []:
                self.add(s, SDO.jobTitle, zh(role))
        elif ntype == "Post":
            if d.get("title"):
                self.add(s, ORG.role, self._role(d["title"]))
        elif ntype == "Meeting":
            self.add(s, SDO.startDate, date_literal(d.get("date")))
            if d.get("date_text"):
                self.add(s, NKG.dateEvidence, zh(d["date_text"]))
        elif ntype == "Article":
            if d.get("headline"):
                self.add(s, SDO.headline, zh(d["headline"]))
            self.add(s, SDO.datePublished, date_literal(d.get("date")))
            self.add(s, NKG.dateBasis, Literal(d["date_basis"]) if d.get("date_basis") else None)
            if d.get("date_text"):
                self.add(s, NKG.dateEvidence, zh(d["date_text"]))
            self.add(s, SDO.position, _int(d.get("index")))
            self.add(s, NKG.startOffset, _int(d.get("start")))
            self.add(s, NKG.endOffset, _int(d.get("end")))
        elif ntype == "Document":
            self.add(s, SDO.identifier, Literal(d.get("label") or _key(n)))
            if d.get("source"):
                self.add(s, NKG.sourcePath, Literal(d["source"]))
            self.add(s, SDO.datePublished, date_literal(d.get("date")))
            self.add(s, NKG.dateBasis, Literal(d["date_basis"]) if d.get("date_basis") else None)
            if d.get("date_evidence"):
                self.add(s, NKG.dateEvidence, zh(d["date_evidence"]))

    def _role(self, title: str) -> URIRef:
        r = iri("role", title)
        self.add(r, RDF.type, ORG.Role)
        self.add(r, RDFS.label, zh(title))
        return r

    # edges
    def _edge(self, u: str, v: str, d: dict) -> tuple | None:
        etype = d.get("type", "")
        if etype not in EDGE_PREDICATES:
            log.warning("edge %s -> %s: type %r has no RDF predicate; left out", u, v, etype)
            return None
        pred, reverse = EDGE_PREDICATES[etype]
        s, o = (v, u) if reverse else (u, v)
        if etype == "located_in" and self.g.nodes[s].get("type") != "Place":
            pred = SDO.location
        return self.iris[s], pred, self.iris[o]

    def _evidence(self, d: dict) -> URIRef | None:
        """The evidence node for an edge's quoted span, or None for structural edges."""
        doc, start, end = d.get("doc"), d.get("start"), d.get("end")
        if not doc or start in (None, "") or end in (None, ""):
            return None
        ev = iri("evidence", doc, f"{int(start)}-{int(end)}")
        if (ev, RDF.type, NKG.Evidence) in self.out:
            return ev  # first edge wins for date and quote: edges are visited in a fixed order
        self.add(ev, RDF.type, NKG.Evidence)
        self.add(ev, NKG.document, self.iris[self.doc_nodes[doc]] if doc in self.doc_nodes else document_iri(doc))
        self.add(ev, NKG.startOffset, _int(start))
        self.add(ev, NKG.endOffset, _int(end))
        if d.get("evidence"):
            self.add(ev, PROV.value, zh(d["evidence"]))
        self.add(ev, DCTERMS.date, date_literal(d.get("date")))
        self.add(ev, NKG.dateBasis, Literal(d["date_basis"]) if d.get("date_basis") else None)
        art = d.get("article")
        if art:
            self.add(ev, PROV.wasDerivedFrom, self.iris.get(art) or iri("article", *_key(art).rsplit("#", 1)))
        return ev

    def _statement(self, s: URIRef, p: URIRef, o: URIRef, evs: set[URIRef]) -> None:
        digest = hashlib.sha1(f"{s} {p} {o}".encode()).hexdigest()[:20]
        st = iri("statement", digest)
        self.add(st, RDF.type, RDF.Statement)
        self.add(st, RDF.subject, s)
        self.add(st, RDF.predicate, p)
        self.add(st, RDF.object, o)
        for ev in evs:
            self.add(st, PROV.wasDerivedFrom, ev)

    # memberships
    def _memberships(self) -> None:
        """One org:Membership per (person, post), dated by the first and last evidence of the holding."""
        held: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for u, v, d in self.g.edges(data=True):
            if d.get("type") == "holds":
                held[(u, v)].append(d)
        for (person, post), edges in held.items():
            p_iri, post_iri = self.iris[person], self.iris[post]
            m = URIRef(BASE + "membership/" + _tail(p_iri) + "/" + _tail(post_iri))
            pd = self.g.nodes[post]
            self.add(m, RDF.type, ORG.Membership)
            self.add(m, RDFS.label, zh(f"{self.g.nodes[person].get('label', '')} {pd.get('label', '')}"))
            self.add(m, ORG.member, p_iri)
            self.add(m, NKG.post, post_iri)
            orgs = [w for _, w, d in self.g.out_edges(post, data=True) if d.get("type") == "post_in"]
            if not orgs and pd.get("org") and f"org:{pd['org']}" in self.g:
                orgs = [f"org:{pd['org']}"]
            for org in orgs:
                self.add(m, ORG.organization, self.iris[org])
            if pd.get("title"):
                self.add(m, ORG.role, self._role(pd["title"]))
            dates = sorted(d["date"] for d in edges if _date_type(d.get("date") or ""))
            if dates:
                self.add(m, ORG.memberDuring, self._interval(dates[0], dates[-1]))
            for d in edges:
                ev = self._evidence(d)
                if ev is not None:
                    self.add(m, PROV.wasDerivedFrom, ev)

    def _instant(self, value: str) -> URIRef:
        inst = iri("instant", value)
        datatype, prop = _date_type(value)  # type: ignore[misc]
        self.add(inst, RDF.type, TIME.Instant)
        self.add(inst, prop, Literal(value, datatype=datatype))
        return inst

    def _interval(self, begin: str, end: str) -> URIRef:
        """Intervals and instants are named by their dates, so equal intervals are one node."""
        i = iri("interval", begin, end)
        self.add(i, RDF.type, TIME.Interval)
        self.add(i, TIME.hasBeginning, self._instant(begin))
        self.add(i, TIME.hasEnd, self._instant(end))
        return i


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def to_graph(g: nx.MultiDiGraph) -> Graph:
    """The whole graph as one rdflib Graph."""
    return _Converter(g, bind_prefixes(Graph())).run()


def by_document(g: nx.MultiDiGraph) -> dict[str, nx.MultiDiGraph]:
    """Each source document's share of the graph: its edges, the nodes they touch (with that document's
    mentions and dates only), and the structural edges (post in org, sub-organisation) those nodes need."""
    docs: dict[str, list[tuple]] = defaultdict(list)
    for u, v, k, d in g.edges(keys=True, data=True):
        if d.get("doc"):
            docs[d["doc"]].append((u, v, k, d))
    doc_nodes = {d.get("label") or _key(n): n for n, d in g.nodes(data=True) if d.get("type") == "Document"}
    out: dict[str, nx.MultiDiGraph] = {}
    for doc in sorted(set(docs) | set(doc_nodes)):
        sub = nx.MultiDiGraph()
        nodes = {doc_nodes[doc]} if doc in doc_nodes else set()
        for u, v, _k, _d in docs.get(doc, []):
            nodes |= {u, v}
        frontier = set(nodes)
        while frontier:  # structural edges carry no document: follow them from what this document touches
            nxt = set()
            for n in frontier:
                for _u, w, d in g.out_edges(n, data=True):
                    if not d.get("doc") and w not in nodes:
                        nxt.add(w)
            nodes |= nxt
            frontier = nxt
        for n in sorted(nodes):
            sub.add_node(n, **_node_in_doc(g.nodes[n], doc))
        for u, v, k, d in docs.get(doc, []):
            sub.add_edge(u, v, key=k, **d)
        for u, v, k, d in g.edges(keys=True, data=True):
            if not d.get("doc") and u in nodes and v in nodes:
                sub.add_edge(u, v, key=k, **d)
        out[doc] = sub
    return out


def _node_in_doc(d: dict, doc: str) -> dict:
    """A node's attributes as one document alone would give them."""
    d = dict(d)
    if d.get("type") in ("Article", "Document") or not d.get("mentions"):
        return d
    mentions = [m for m in d["mentions"] if m.get("doc") == doc]
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
    for doc, sub in by_document(g).items():
        _Converter(sub, ds.graph(document_iri(doc))).run()
    return ds


# -- Turtle writer ----------------------------------------------------------------------------------


def dumps(g: nx.MultiDiGraph) -> str:
    """Turtle with the project's prefixes; rdflib sorts subjects and predicates, so the bytes are stable."""
    return to_graph(g).serialize(format="turtle")


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, dumps(g))


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="turtle")


# -- data files of graph/ ---------------------------------------------------------------------------


def _graph_data(name: str) -> Graph:
    text = resources.files("graph").joinpath(name).read_text(encoding="utf-8")
    return bind_prefixes(Graph()).parse(data=text, format="turtle")


def ontology() -> Graph:
    """``graph/ontology.ttl``: the NKG terms with labels and comments."""
    return _graph_data("ontology.ttl")


def shapes() -> Graph:
    """``graph/shapes.ttl``: SHACL shapes for every class newskg writes."""
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
