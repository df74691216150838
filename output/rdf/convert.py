"""The RDF converter: the networkx graph as triples handed to a sink, unit by unit.

Every fact that came from a sentence is stated twice: as the plain triple (``meeting nkg:chair
person``) and as an ``rdf:Statement`` about that triple that is ``prov:wasDerivedFrom`` one
``nkg:Evidence`` per quoted span; each evidence is ``prov:wasDerivedFrom`` its ``schema:NewsArticle``.
Memberships are W3C ORG, one per tenure of the tenure model (:mod:`graph.tenure`), dated by OWL-Time
intervals named by their dates (first to last attestation, as precise as the text), with how the start and
end are known and the predecessor's and successor's dates around them.

The facts split in two parts: ``observed`` (what documents say: nodes, edges, evidence, statements)
and ``derived`` (what the whole corpus implies: memberships, their intervals, every node's first/last seen).
Turtle and N-Triples write ``all``; N-Quads writes each document's ``observed`` share in its graph and the
``derived`` part once in a graph of its own, so the union of its graphs is the Turtle graph.

(Over 200 lines in one class: the converter is one walk of the graph whose units share its first-seen
bookkeeping; split, each piece would need the whole state.)
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections import defaultdict
from collections.abc import Callable, Iterator

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, TIME

from ...graph.schema import EdgeAttrs, NodeAttrs
from ...graph.tenure import Tenure, tenures
from .terms import (
    BASE,
    EDGE_PREDICATES,
    NODE_CLASSES,
    Lit,
    _date_lit,
    _date_type,
    _int_lit,
    _iri,
    _key,
    _node_iri,
    _plain,
    _tail,
    _zh,
    bind_prefixes,
    to_rdflib,
)
from .vocab import NKG

log = logging.getLogger(__name__)

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
#: Organisations that are no public body, by kind (graph ``kind``): their titles are roles, never posts.
_ORG_KIND_CLASSES = {"corporation": str(SDO.Corporation), "association": str(SDO.NGO)}
#: Events by kind (graph ``kind`` of a Meeting): a subclass of schema:Event each (output/rdf/ontology.ttl).
_EVENT_KIND_CLASSES = {
    "meeting": str(NKG.Meeting),
    "inspection": str(NKG.Inspection),
    "ceremony": str(NKG.Ceremony),
    "session": str(NKG.Session),
}


#: One subject's share of the triples, deferred: ``unit[0](converter, *unit[1:])`` emits it.
Unit = tuple


class _Converter:
    """The networkx graph as triples handed to ``emit`` (IRIs as ``str``, literals as :class:`Lit`).

    :meth:`units` walks the graph once and names every piece of output as a *unit* with its subject: a
    node's own triples, one edge's triple, an evidence, a statement, a membership, a role, an interval, an
    instant. A unit emits triples of its subject only, so a sink can run the units in graph order
    (:meth:`run`) or subject by subject (:func:`write_nt`). Triples may repeat; every sink removes
    duplicates (an rdflib Graph, sorted lines)."""

    def __init__(self, g: nx.MultiDiGraph, emit: Emit, part: str = "all") -> None:
        if part not in PARTS:
            raise ValueError(f"part must be one of {PARTS}, not {part!r}")
        self.g, self.emit = g, emit
        self.observed, self.derived = part != "derived", part != "observed"
        self.iris = {n: _node_iri(g, n) for n in g}
        self.doc_nodes = {d.get("label") or _key(n): n for n, d in g.nodes(data=True) if d.get("type") == "Document"}

    def add(self, s, p, o) -> None:
        if o:  # not None or "" (a Lit is a non-empty tuple)
            self.emit(s, p, o)

    def run(self) -> None:
        for _s, unit in self.units():
            unit[0](self, *unit[1:])

    def units(self, grouped: bool = False) -> Iterator[tuple[str, Unit]]:
        """(subject, unit) for the whole graph, in graph order. Where the first occurrence decides (an
        evidence's quote and date, a role's label, an instant's value), the first in this walk wins.

        ``grouped``, for a sink that writes subject by subject: a node's unit emits the triples of its edges
        too (found again from the node, not kept as a unit per edge), and the evidence units are not given
        out here but kept by document for :meth:`evidence_blocks` (a unit and an IRI kept per quoted span
        were a third of the Turtle writer's memory)."""
        g, iris, C = self.g, self.iris, _Converter
        self.grouped = grouped
        self._evidence_seen: dict[str, list[EdgeAttrs]] = defaultdict(list)  # block -> evidence records, walk order
        self._blocks: dict[str, str] = {}  # document -> the IRI its evidence IRIs start with
        firsts: dict[str, set[str]] = {"evidence": set(), "role": set(), "instant": set()}  # IRIs already named

        def first(kind: str, iri_: str) -> bool:
            seen = firsts[kind]
            if iri_ in seen:
                return False
            seen.add(iri_)
            return True

        for n, d in g.nodes(data=True):
            if self.derived and (d.get("first_seen") or d.get("last_seen")):
                yield iris[n], (C._seen, n, d)
            if not self.observed:
                continue
            yield iris[n], (C._node_and_edges if grouped else C._node, n, d)
            if d.get("type") == "Post" and d.get("title") and first("role", r := _iri("role", d["title"])):
                yield r, (C._role, r, d["title"])
        if self.observed:
            yield from self._observed_units(first)
        if self.derived:
            yield from self._membership_units(first)

    def _observed_units(self, first) -> Iterator[tuple[str, Unit]]:
        """Every edge's triple, its evidence and the statement it backs. ``grouped``: only the evidence is kept
        here, by document; the statements are gathered by a walk of their own when their turn comes
        (:meth:`statement_units`, near the end of the subjects), so that they and the subjects' units are
        never held at once."""
        g, C = self.g, _Converter
        if self.grouped:
            for _u, _v, d in g.edges(data=True):
                if d.get("type", "") in EDGE_PREDICATES and _span(d) is not None:
                    self._keep_evidence(d)
            return
        statements: dict[tuple, EdgeAttrs | list[EdgeAttrs]] = {}
        for u, v, d in g.edges(data=True):
            triple = self._edge(u, v, d)
            if triple is None:
                continue
            yield triple[0], (C._triple, *triple)
            if (span := _span(d)) is not None:
                if first("evidence", ev := _evidence_iri(d)):
                    yield ev, (C._evidence, ev, d)
                _back(statements, triple, d, span)
        for (s, p, o), evs in statements.items():
            st = _statement_named(_statement_number((s, p, o)))
            yield st, (C._statement, st, s, p, o, evs)

    def statement_units(self) -> Iterator[tuple[str, Unit | list[Unit]]]:
        """After :meth:`units` (``grouped``): the statements' (subject, unit) in subject order. Every statement
        IRI is ``…/statement/`` and 20 hex digits, so their order is their digests'; the triples are gathered
        only now, by a walk of the edges, instead of an IRI and a unit each for the whole write."""
        C = _Converter
        statements: dict[tuple, EdgeAttrs | list[EdgeAttrs]] = {}
        for u, v, d in self.g.edges(data=True):
            triple = self._edge(u, v, d)
            if triple is not None and (span := _span(d)) is not None:
                _back(statements, triple, d, span)
        # sorted by their digests' numbers (made again after the sort: a list of (digest, triple) pairs beside the
        # triples was a fifth of the writer's peak); two triples of one digest are one subject
        for n, same in itertools.groupby(sorted(statements, key=_statement_number), key=_statement_number):
            st = _statement_named(n)
            units = [(C._statement, st, *t, statements.pop(t)) for t in same]
            yield st, units if len(units) > 1 else units[0]

    def _membership_units(self, first) -> Iterator[tuple[str, Unit]]:
        """One membership per tenure: ``membership/PERSON/POST``, or ``…/FIRST_SEEN`` for each tenure when a
        person held a post more than once (another holder came between)."""
        g, iris, C = self.g, self.iris, _Converter
        held: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
        for t in tenures(g):
            held[(t.person, t.post)].append(t)
        intervals: set[tuple[str, str]] = set()
        for (person, post), ts in held.items():
            base = BASE + "membership/" + _tail(iris[person]) + "/" + _tail(iris[post])
            for t in ts:
                m = base if len(ts) == 1 else f"{base}/{t.first_seen}"
                span = (t.first_seen, t.last_seen) if _date_type(t.first_seen) and _date_type(t.last_seen) else None
                yield m, (C._membership, m, person, post, t, span)
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
                if self.observed:
                    for d in t.evidence:
                        ev = _evidence_iri(d)
                        if ev is not None and self.grouped:
                            self._keep_evidence(d)
                        elif ev is not None and first("evidence", ev):
                            yield ev, (C._evidence, ev, d)

    def _keep_evidence(self, d: EdgeAttrs) -> None:
        doc = d["doc"]
        block = self._blocks.get(doc)
        if block is None:
            block = self._blocks[doc] = _iri("evidence", doc) + "/"
        self._evidence_seen[block].append(d)

    def evidence_blocks(self) -> list[str]:
        """After :meth:`units` (``grouped``): the blocks of evidence kept, each the IRI every evidence IRI of one
        document starts with. A segment holds no ``/``, so no block's IRIs fall between another's."""
        return list(self._evidence_seen)

    def evidence_units(self, block: str) -> list[tuple[str, Unit]]:
        """A block's (subject, unit) pairs, unsorted: the first record of each quoted span in walk order. The
        block is let go: each is made only when its turn comes."""
        C = _Converter
        firsts: dict[tuple[int, int], EdgeAttrs] = {}
        for d in self._evidence_seen.pop(block):
            firsts.setdefault((int(d["start"]), int(d["end"])), d)
        # _evidence_iri's IRI: the block, then the span (digits and "-", a segment kept as it is)
        return [(ev, (C._evidence, ev, d)) for (s, e), d in firsts.items() for ev in (f"{block}{s}-{e}",)]

    # nodes
    def _node(self, n: str, d: NodeAttrs) -> None:
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
        if ntype in ("Person", "Meeting", "Place", "Project", "Organization"):
            add(s, _SDO.name, _zh(label))
        if d.get("kind"):
            add(s, _SDO.additionalType, _plain(d["kind"]))
            if ntype == "Organization" and d["kind"] in _ORG_KIND_CLASSES:
                add(s, _TYPE, _ORG_KIND_CLASSES[d["kind"]])
            elif ntype == "Meeting" and d["kind"] in _EVENT_KIND_CLASSES:
                add(s, _TYPE, _EVENT_KIND_CLASSES[d["kind"]])
        if ntype == "Person":
            for role in d.get("roles") or []:
                add(s, _SDO.jobTitle, _zh(role))
        elif ntype == "Post":
            if d.get("title"):
                add(s, _ORG.role, _iri("role", d["title"]))
        elif ntype == "Meeting":
            add(s, _SDO.startDate, _date_lit(d.get("date")))
            if d.get("place"):
                add(s, _SDO.location, _zh(d["place"]))  # as written; schema:location admits Text
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

    def _node_and_edges(self, n: str, d: NodeAttrs) -> None:
        """A node's own triples and those of its edges whose subject it is (both ways: a reversed edge type
        makes the target the subject)."""
        self._node(n, d)
        g, iris, emit = self.g, self.iris, self.emit
        s, ntype = iris[n], d.get("type")
        for reverse, adjacency in ((False, g._succ[n]), (True, g._pred[n])):  # the views cost a call an edge
            for other, keyed in adjacency.items():
                o = iris[other]
                for ed in keyed.values():
                    etype = ed.get("type", "")
                    how = EDGE_PREDICATES.get(etype)
                    if how is not None and how[1] is reverse:
                        emit(s, _edge_predicate(etype, ntype), o)

    def _seen(self, n: str, d: NodeAttrs) -> None:
        """First and last seen: derived from all the evidence about a node, not said by any one document."""
        s = self.iris[n]
        self.add(s, _NKG.firstSeen, _date_lit(d.get("first_seen")))
        self.add(s, _NKG.lastSeen, _date_lit(d.get("last_seen")))

    def _role(self, r: str, title: str) -> None:
        self.add(r, _TYPE, _ORG.Role)
        self.add(r, _RDFS.label, _zh(title))

    # edges
    def _edge(self, u: str, v: str, d: EdgeAttrs) -> tuple | None:
        etype = d.get("type", "")
        if etype not in EDGE_PREDICATES:
            log.warning("edge %s -> %s: type %r has no RDF predicate; left out", u, v, etype)
            return None
        s, o = (v, u) if EDGE_PREDICATES[etype][1] else (u, v)
        return self.iris[s], _edge_predicate(etype, self.g.nodes[s].get("type")), self.iris[o]

    def _triple(self, s: str, p: str, o: str) -> None:
        self.add(s, p, o)

    def _evidence(self, ev: str, d: EdgeAttrs) -> None:
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

    def _statement(self, st: str, s: str, p: str, o: str, evs: EdgeAttrs | list[EdgeAttrs]) -> None:
        self.add(st, _TYPE, _RDF.Statement)
        self.add(st, _RDF.subject, s)
        self.add(st, _RDF.predicate, p)
        self.add(st, _RDF.object, o)
        for ev in sorted(set(map(_evidence_iri, evs))) if type(evs) is list else (_evidence_iri(evs),):
            self.add(st, _PROV.wasDerivedFrom, ev)

    # memberships
    def _membership(self, m: str, person: str, post: str, t: Tenure, span: tuple[str, str] | None) -> None:
        """One org:Membership per tenure, dated by its first and last attestation, with the bases of its start
        and end (attested, appointed, ceased) and the other holders' dates around it."""
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
        self.add(m, _NKG.startBasis, _plain(t.start_basis))
        self.add(m, _NKG.endBasis, _plain(t.end_basis))
        self.add(m, _NKG.startedAfter, _date_lit(t.started_after))
        self.add(m, _NKG.endedBefore, _date_lit(t.ended_before))
        for d in t.evidence:
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


def _edge_predicate(etype: str, subject_type: str | None) -> str:
    """The predicate of an edge type (:data:`EDGE_PREDICATES`) from a subject of ``subject_type``: ``located_in``
    of anything but a place (a project, a meeting) is ``schema:location``."""
    return _SDO.location if etype == "located_in" and subject_type != "Place" else EDGE_PREDICATES[etype][0]


def _back(statements: dict[tuple, EdgeAttrs | list[EdgeAttrs]], triple: tuple, d: EdgeAttrs,
          span: tuple[str, int, int]) -> None:
    """Note that edge ``d``, quoting ``span``, backs ``triple``: its evidence is the first edge's record, or a
    list of the records of other spans once a second one backs it, their IRIs made only when the statement is
    written (most have one; a set of IRI strings for each of a million statements was a tenth of a large
    build's peak memory, and an IRI made for every edge)."""
    have = statements.get(triple)
    if have is None:
        statements[triple] = d
    elif type(have) is list:
        if _span(have[-1]) != span:
            have.append(d)
    elif _span(have) != span:
        statements[triple] = [have, d]


def _statement_number(triple: tuple[str, str, str]) -> int:
    """A triple's digest (the first 80 bits of the SHA-1 of ``s p o``) as a number: its 20 hex digits name the
    statement, and sort as the number does."""
    return int.from_bytes(hashlib.sha1("{} {} {}".format(*triple).encode()).digest()[:10], "big")


def _statement_named(number: int) -> str:
    """The rdf:Statement IRI of a digest: named by it, so the same fact gets the same IRI in every build."""
    return _iri("statement", f"{number:020x}")


def _span(d: EdgeAttrs) -> tuple[str, int, int] | None:
    """An edge's quoted span (document, start, end), or None for structural edges: what its evidence IRI names."""
    doc, start, end = d.get("doc"), d.get("start"), d.get("end")
    if not doc or start in (None, "") or end in (None, ""):
        return None
    return doc, int(start), int(end)


def _evidence_iri(d: EdgeAttrs) -> str | None:
    """The evidence node for an edge's quoted span, or None for structural edges."""
    span = _span(d)
    return None if span is None else _iri("evidence", span[0], f"{span[1]}-{span[2]}")


#: What :func:`triples` can convert: everything, what documents say, what the corpus implies.
PARTS = ("all", "observed", "derived")


def triples(g: nx.MultiDiGraph, emit: Emit, part: str = "all") -> None:
    """Hand every triple of ``g`` (of one of :data:`PARTS`) to ``emit(s, p, o)``: IRIs as ``str``, literals as
    :class:`Lit`; a triple may come more than once."""
    _Converter(g, emit, part).run()


def _into(graph: Graph) -> Emit:
    add = graph.add
    return lambda s, p, o: add((URIRef(s), URIRef(p), to_rdflib(o)))


def to_graph(g: nx.MultiDiGraph) -> Graph:
    """The whole graph as one rdflib Graph (for SHACL, JSON-LD and tests; the file writers stream)."""
    out = bind_prefixes(Graph())
    triples(g, _into(out))
    return out
