"""The graph's data contract: node types, edge relations and the attributes each carries.

:mod:`graph.build` writes a ``networkx.MultiDiGraph`` whose nodes and edges are plain attribute dicts (networkx,
node-link JSON and GraphML need plain dicts); this module says what is in them, so that every writer and reader
(RDF, GraphML, GEXF, HTML, timeline, tables, tenures) works from one declaration instead of string keys found by
reading the builder. The records are ``TypedDict``: a type checker sees a misspelt key, and :func:`problems`
checks a built graph at run time (the tests run it on the sample), so a renamed attribute fails loudly.

Dates are ISO strings of day, month or year precision (``2023-03-15``, ``2023-03``, ``2023``) or ``""`` when
unknown; ``date_basis`` says how a date was known (``manifest``, ``record``, ``filename``, ``cli``, ``text``,
``personnel``, ``document``, ``text+year:BASIS``). Offsets are end-exclusive character offsets into the raw file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, TypedDict, get_args

import networkx as nx

NodeType = Literal["Person", "Organization", "Post", "Meeting", "Project", "Place", "Article", "Document"]
#: The ``kind`` of a Meeting node: the event types the news reports (extract.meetings).
EventKind = Literal["meeting", "inspection", "ceremony", "session", "study", "lecture", "activity"]
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
#: Every node type, in the order summaries list them.
NODE_TYPES: tuple[str, ...] = get_args(NodeType)


@dataclass(frozen=True)
class Relation:
    """An edge relation: its Chinese label (shown to readers), the node types it joins, and whether each edge
    of it quotes a span of a document (:class:`Evidence`) or is structural (post in org, org under org)."""

    label: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    evidence: bool = True


_PEOPLE = ("Person",)
#: Every edge relation, by name. ``appointed``/``ceased`` are personnel changes stated by the text (the tenure
#: model's start and end); ``holds`` is a post seen held.
RELATIONS: dict[str, Relation] = {
    "holds": Relation("担任", _PEOPLE, ("Post",)),
    "appointed": Relation("任命", _PEOPLE, ("Post",)),
    "ceased": Relation("免去", _PEOPLE, ("Post",)),
    "role_in": Relation("任职", _PEOPLE, ("Organization",)),  # a company's, association's or group's title: no post
    "post_in": Relation("属于", ("Post",), ("Organization",), evidence=False),
    "sub_organization_of": Relation("隶属", ("Organization",), ("Organization",), evidence=False),
    "chaired": Relation("主持", _PEOPLE, ("Meeting",)),
    "led": Relation("带队", _PEOPLE, ("Meeting",)),
    "attended": Relation("出席", _PEOPLE, ("Meeting",)),
    "spoke_at": Relation("讲话", _PEOPLE, ("Meeting",)),
    "inspected": Relation("调研", _PEOPLE, ("Project",)),
    "organized": Relation("召开", ("Organization",), ("Meeting",)),
    "located_in": Relation("位于", ("Place", "Project"), ("Place",)),
    "mentioned_in": Relation("提及", ("Person", "Meeting", "Place", "Project"), ("Article",)),
    "reported_by": Relation("署名", ("Article",), _PEOPLE),
    "part_of": Relation("刊于", ("Article",), ("Document",), evidence=False),  # dated, no quoted span
}
#: Relation name → Chinese label.
EDGE_LABELS: dict[str, str] = {name: r.label for name, r in RELATIONS.items()}
#: The relations that are observations of a person in a post (what tenures are made of).
HOLDING_RELATIONS = ("holds", "appointed", "ceased")


class _EvidenceRequired(TypedDict):
    doc: str  # document id (its file name)
    article: str  # article node id, ``article:DOC#INDEX``
    start: int  # the mention's span in the raw file
    end: int
    evidence: str  # the sentence (or a bounded window of it) quoted
    date: str
    date_basis: str


class Evidence(_EvidenceRequired, total=False):
    """Where a fact was read: one quoted span of one article of one document, and its date."""

    source: str  # the file it was read from. (Not on edges read back from graph.json: node-link JSON's own
    #              "source" key, the edge's first node, takes its place.)
    evidence_start: int  # the quoted window's span in the raw file, when the sentence was too long to keep whole
    evidence_end: int


class _NodeRequired(TypedDict):
    type: str  # one of NODE_TYPES
    label: str  # the name shown: normalised name, ``ORG+TITLE`` for a post, headline for an article
    aliases: list[str]  # other spellings met
    mentions: list[Evidence]  # every span naming it
    first_seen: str  # earliest and latest dated mention ("" when none is dated)
    last_seen: str


class NodeAttrs(_NodeRequired, total=False):
    """A node's attributes. Beyond the common ones, each type adds its own (below, by type)."""

    # Person
    roles: list[str]  # non-post roles met (记者, 代表 …)
    # Organization
    level: str  # gazetteer level of a division's organ: zone, county, city, province
    # Post
    org: str  # the organisation's label
    title: str  # the title within it (书记, 主任 …)
    # Meeting, Place, Project, Organization
    kind: str  # event kind (EVENT_KINDS), place kind, project kind, non-public organisation kind (company …)
    # Meeting
    place: str  # where it was held, as written (在P举行, 到P调研)
    # Meeting, Article, Document
    date: str
    date_text: str  # the words that gave the date
    date_basis: str
    # Article, Document
    source: str
    # Article
    doc: str
    index: int  # position of the article in its document (1-based)
    headline: str
    start: int  # the article's span in the raw file
    end: int
    jurisdiction: str  # the place it is about, and how that was known
    jurisdiction_basis: str
    # Document
    date_evidence: str
    encoding: str


class EdgeAttrs(TypedDict, total=False):
    """An edge's attributes: its relation and label, the :class:`Evidence` fields when the relation quotes a
    span, and for holdings the post's organisation and title."""

    type: str  # one of RELATIONS
    label: str  # RELATIONS[type].label
    doc: str
    source: str
    article: str
    start: int
    end: int
    evidence: str
    date: str
    date_basis: str
    evidence_start: int
    evidence_end: int
    org: str  # holds / appointed / ceased
    title: str  # holds / appointed / ceased / role_in
    role: str  # reported_by, mentioned_in: the role words next to the name


NODE_KEYS = frozenset(NodeAttrs.__annotations__) | frozenset(_NodeRequired.__annotations__)
EDGE_KEYS = frozenset(EdgeAttrs.__annotations__)
EVIDENCE_KEYS = frozenset(Evidence.__annotations__) | frozenset(_EvidenceRequired.__annotations__)
_NODE_REQUIRED = frozenset(_NodeRequired.__annotations__)
_EVIDENCE_REQUIRED = frozenset(_EvidenceRequired.__annotations__)


def evidence_of(edge: EdgeAttrs) -> Evidence | None:
    """The evidence record of an edge, or None for a structural edge (no document span)."""
    if not edge.get("doc") or edge.get("start") in (None, "") or edge.get("end") in (None, ""):
        return None
    return {k: edge[k] for k in EVIDENCE_KEYS if k in edge}  # type: ignore[return-value]


def problems(g: nx.MultiDiGraph) -> Iterator[str]:
    """Every way ``g`` departs from this contract, one line each (nothing for a graph :mod:`graph.build` made):
    undeclared node types, relations or attribute names, missing common attributes, evidence records without
    their fields, an edge joining node types its relation does not, a label that is not the relation's."""
    for n, d in g.nodes(data=True):
        if d.get("type") not in NODE_TYPES:
            yield f"node {n}: type {d.get('type')!r} is not declared"
        for key in sorted(set(d) - NODE_KEYS):
            yield f"node {n}: attribute {key!r} is not declared"
        for key in sorted(_NODE_REQUIRED - set(d)):
            yield f"node {n}: no {key!r}"
        for m in d.get("mentions") or ():
            if missing := sorted(_EVIDENCE_REQUIRED - set(m)) + sorted(set(m) - EVIDENCE_KEYS):
                yield f"node {n}: a mention has {missing} missing or undeclared"
                break
    for u, v, d in g.edges(data=True):
        rel = RELATIONS.get(d.get("type", ""))
        if rel is None:
            yield f"edge {u} -> {v}: relation {d.get('type')!r} is not declared"
            continue
        for key in sorted(set(d) - EDGE_KEYS):
            yield f"edge {u} -> {v}: attribute {key!r} is not declared"
        if d.get("label") != rel.label:
            yield f"edge {u} -> {v}: label {d.get('label')!r} is not {rel.label!r}"
        if rel.evidence and (missing := sorted(_EVIDENCE_REQUIRED - set(d))):
            yield f"edge {u} -> {v} ({d['type']}): evidence fields {missing} missing"
        for end, allowed in ((u, rel.source), (v, rel.target)):
            if g.nodes[end].get("type") not in allowed:
                yield f"edge {u} -> {v} ({d['type']}): {end} is a {g.nodes[end].get('type')}, not {'/'.join(allowed)}"
