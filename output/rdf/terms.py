"""RDF terms: the project's base IRI and prefixes, the class of each node type and the predicate of each edge
relation, IRIs minted from normalised names, and literals.

IRIs are minted from normalised names under :data:`BASE` with no blank nodes, so the same graph
always gives the same triples. Literals are emitted as :class:`Lit` tuples (cheaper than rdflib's) and
escaped for N-Triples by :func:`nt_term` exactly as rdflib's serializer does.
"""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from .vocab import NKG

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
    "appointed": (NKG.appointedTo, False),
    "ceased": (NKG.ceasedToHold, False),
    "role_in": (SDO.memberOf, False),  # a company's or association's title: the role name is on the evidence
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


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph
