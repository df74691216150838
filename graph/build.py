"""Merge extracted facts into one temporal ``networkx.MultiDiGraph``.

Node ids are stable strings derived from normalised names (``person:张波``,
``post:经开区管委会/主任``), so the same input always gives the same graph.
Every edge carries its evidence: document, article, raw character span, the
sentence it came from, its date and how that date was known (the attributes are
declared in :mod:`graph.schema`). This module knows nothing about file formats.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from ..extract.gazetteer import gazetteer
from ..extract.model import Article, DocumentFacts, Mention
from ..extract.organs import non_public_kind
from .identity import Identities
from .orgs import org_root  # noqa: F401 (re-exported)
from .schema import EDGE_LABELS, NODE_TYPES, EdgeAttrs, Evidence  # noqa: F401 (EDGE_LABELS, NODE_TYPES re-exported)

_SENTENCE_END = "。！？；"
def normalize_name(name: str) -> str:
    """NFKC (full/half width), no whitespace: 中欧班列（郑州） == 中欧班列(郑州)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


#: Longest evidence text stored whole; a longer sentence (a roster, a page with no full stop) is kept as a
#: window of the mention with EVIDENCE_CONTEXT letters either side, its raw offsets in the record.
EVIDENCE_MAX = 1000
EVIDENCE_CONTEXT = 200


@lru_cache(maxsize=4)
def _sentence_marks(text: str) -> tuple[list[int], list[int]]:
    """Sorted offsets of the sentence-end letters and of the line breaks of ``text`` (one scan per text)."""
    ends = [m.start() for m in re.finditer(f"[{_SENTENCE_END}]", text)]
    breaks = [m.start() for m in re.finditer("\n", text)]
    return ends, breaks


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` holding ``[start, end)``: from after the last end mark or line break before
    ``start`` to after the first end mark from ``end - 1`` on (or to the first line break from ``end``).

    Found by bisection in the text's marks, not by walking letter by letter: a sentence of a megabyte
    with thousands of mentions in it was quadratic.
    """
    ends, breaks = _sentence_marks(text)
    i, j = bisect_left(ends, start), bisect_left(breaks, start)
    s = max(ends[i - 1] + 1 if i else 0, breaks[j - 1] + 1 if j else 0)
    i, j = bisect_left(ends, end - 1), bisect_left(breaks, end)
    e = min(ends[i] + 1 if i < len(ends) else len(text), breaks[j] if j < len(breaks) else len(text))
    return s, e


def evidence_window(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The evidence of ``[start, end)``: its sentence, or a bounded window of it when the sentence is longer
    than :data:`EVIDENCE_MAX` (then ``True``)."""
    s, e = sentence_around(text, start, end)
    if e - s <= EVIDENCE_MAX:
        return s, e, False
    ws = max(s, start - EVIDENCE_CONTEXT)
    return ws, min(e, end + EVIDENCE_CONTEXT, ws + EVIDENCE_MAX), True


class GraphBuilder:
    """Accumulates documents' facts; :meth:`graph` returns the merged graph."""

    def __init__(self, overrides: dict[tuple[str, str, str], str] | None = None) -> None:
        self.g = nx.MultiDiGraph()
        self._results: list[DocumentFacts] = []
        self.overrides = overrides or {}
        self._sentences: dict[tuple[int, int], str] = {}  # the evidence texts of the document being added
        self._names: dict[str, str] = {}  # one string for each organ, title and role name of the graph

    # -- evidence ---------------------------------------------------------
    def _evidence(self, res: DocumentFacts, art: Article, aid: str, mention: Mention) -> Evidence:
        doc = res.document
        rs, re_ = doc.raw_span(mention.start, mention.end)
        ss, se, cut = evidence_window(doc.clean, mention.start, mention.end)
        sentence = self._sentences.get((ss, se))
        if sentence is None:  # one string for every mention of a sentence (a roster names dozens)
            sentence = doc.clean[ss:se]
            if doc.traditional and doc.raw:
                a, b = doc.raw_span(ss, se)
                sentence = re.sub(r"\s+", "", doc.raw[a:b])
            self._sentences[(ss, se)] = sentence
        ev: Evidence = {
            "doc": doc.id,
            "source": doc.source,
            "article": aid,  # one string for every record of the article (a million copies at 100 MB)
            "start": rs,
            "end": re_,
            "evidence": sentence,
            "date": art.date.value or "",
            "date_basis": art.date.basis,
        }
        if cut:  # a window of a giant sentence: say where it lies in the file
            ev["evidence_start"], ev["evidence_end"] = doc.raw_span(ss, se)
        return ev

    def _node(self, nid: str, ntype: str, label: str, ev: dict | None = None, **attrs) -> str:
        g = self.g
        if nid not in g:
            g.add_node(nid, type=ntype, label=label, aliases=[], mentions=[], first_seen="", last_seen="", **attrs)
        node = g.nodes[nid]
        for k, v in attrs.items():
            if v and not node.get(k):
                node[k] = v
        if label != node["label"] and label not in node["aliases"]:
            node["aliases"].append(label)
        if ev is not None:
            node["mentions"].append(ev)
            date = ev["date"]
            if date:
                if not node["first_seen"] or date < node["first_seen"]:
                    node["first_seen"] = date
                if not node["last_seen"] or date > node["last_seen"]:
                    node["last_seen"] = date
        return nid

    def _alias(self, nid: str, alias: str) -> None:
        aliases = self.g.nodes[nid]["aliases"]
        if alias not in aliases:
            aliases.append(alias)

    def _edge(self, u: str, v: str, etype: str, ev: Evidence | None = None, **attrs) -> None:
        if attrs:  # org, title, role: a few hundred names, each on thousands of edges
            names = self._names
            attrs = {k: names.setdefault(x, x) if type(x) is str else x for k, x in attrs.items()}
        data: EdgeAttrs = {"type": etype, "label": EDGE_LABELS[etype], **(ev or {}), **attrs}
        key = f"{etype}|{data.get('article', '')}|{data.get('start', '')}"
        # what g.add_edge(u, v, key=key, **data) does, without copying the record twice (a keyword dict, then
        # a fresh dict updated from it): half of a large merge's time was these copies. The graph's cache of
        # backends' conversions is cleared once, when the graph is handed out (:meth:`graph`).
        g = self.g
        if u not in g._succ:
            g.add_node(u)
        if v not in g._succ:
            g.add_node(v)
        keyed = g._succ[u].get(v)
        if keyed is None:
            keyed = g._succ[u][v] = g._pred[v][u] = {}
        have = keyed.get(key)
        if have is None:
            keyed[key] = data
        else:
            have.update(data)

    # -- documents ---------------------------------------------------------
    def add(self, res: DocumentFacts) -> None:
        self._results.append(res)

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph; the builder lets go of each document's facts once they are in it."""
        self._plan_people()
        results, self._results = self._results, []
        results.reverse()
        while results:
            self._add_document(results.pop())
            self._sentences.clear()
        nx._clear_cache(self.g)  # edges were added to its dicts directly (:meth:`_edge`)
        return self.g

    def _plan_people(self) -> None:
        """Decide who is who once, over all documents (:mod:`graph.identity`); keep the decisions."""
        self.identities = Identities(self._results, self.overrides)
        self.g.graph["resolution"] = [d.as_dict() for d in self.identities.decisions]

    def _person(self, name: str, doc: str, places: set[str], ev: dict | None, role: str = "") -> str:
        nid = self.identities.person(name, doc, places)
        self._node(nid, "Person", name, ev)
        if role:
            roles = self.g.nodes[nid].setdefault("roles", [])
            if role not in roles:
                roles.append(role)
        return nid

    def _add_document(self, res: DocumentFacts) -> None:
        doc = res.document
        did = f"doc:{doc.id}"
        self._node(
            did, "Document", doc.id, source=doc.source, date=doc.date.value or "", date_basis=doc.date.basis,
            date_evidence=doc.date.evidence, encoding=doc.encoding,
        )
        if doc.date.value:
            self.g.nodes[did]["first_seen"] = self.g.nodes[did]["last_seen"] = doc.date.value
        places = {f.jurisdiction.code for f in res.articles if f.jurisdiction} | {
            h.place for f in res.articles for h in f.holdings if h.place
        }
        for found in res.articles:
            self._add_article(res, found, places)

    def _add_article(self, res, found, places: set[str]) -> None:
        doc, art = res.document, found.article
        aid = article_id(art)
        rs, re_ = doc.raw_span(art.start, art.end)
        self._node(
            aid, "Article", art.headline or art.text[:24], None, doc=doc.id, source=doc.source, index=art.index,
            headline=art.headline, date=art.date.value or "", date_basis=art.date.basis, date_text=art.date_text,
            start=rs, end=re_, jurisdiction=found.jurisdiction.label if found.jurisdiction else "",
            jurisdiction_basis=found.jurisdiction.basis if found.jurisdiction else "",
        )
        node = self.g.nodes[aid]
        node["first_seen"] = node["last_seen"] = art.date.value or ""
        self._edge(aid, f"doc:{doc.id}", "part_of", None, date=art.date.value or "", date_basis=art.date.basis,
                   doc=doc.id, article=aid)
        for rep in art.reporters:
            ev = self._evidence(res, art, aid, rep)
            pid = self._person(rep.text, doc.id, places, ev, role=rep.label or "记者")
            self._edge(aid, pid, "reported_by", ev, role=rep.label)
        for h in found.holdings:
            ev = self._evidence(res, art, aid, h.evidence)
            pid = self._person(h.person.text, doc.id, places, ev)
            org = self._org(h.org, ev, h.place)
            post = self._node(f"post:{h.org}/{h.title}", "Post", f"{h.org}{h.title}", ev, org=h.org, title=h.title)
            if not self.g.has_edge(post, org, key="post_in"):
                self.g.add_edge(post, org, key="post_in", type="post_in", label=EDGE_LABELS["post_in"])
            if h.change:  # an appointment or departure: its own date when the clause gives one
                if h.when:
                    ev = {**ev, "date": h.when, "date_basis": "text"}
                self._edge(pid, post, h.change, ev, org=h.org, title=h.title)
            else:
                self._edge(pid, post, "holds", ev, org=h.org, title=h.title)
            self._edge(pid, aid, "mentioned_in", ev)
        for p in found.persons:
            ev = self._evidence(res, art, aid, p.person)
            pid = self._person(p.person.text, doc.id, places, ev, role=p.role)
            self._edge(pid, aid, "mentioned_in", ev, role=p.role)
            if p.org:  # a company's, association's or group's title: shown, never a post in a succession
                oid = self._node(f"org:{p.org}", "Organization", p.org, ev, kind=non_public_kind(p.org))
                self._edge(pid, oid, "role_in", ev, title=p.title)
        for i, m in enumerate(found.meetings):
            ev = self._evidence(res, art, aid, m.evidence)
            if m.date.value:
                ev["date"], ev["date_basis"] = m.date.value, m.date.basis
            mid = self._node(
                f"meeting:{doc.id}#{art.index}#{i + 1}", "Meeting", normalize_name(m.name), ev, kind=m.kind,
                date=ev["date"], date_text=m.date_text, **({"place": m.place} if m.place else {}),
            )
            self._edge(mid, aid, "mentioned_in", ev)
            for etype, names in (("chaired", [m.chair]), ("led", [m.leader]), ("attended", m.attendees),
                                 ("spoke_at", m.speakers)):
                for name in names:
                    if name:
                        self._edge(self._person(name, doc.id, places, ev), mid, etype, ev)
            if m.organizer:
                self._edge(self._org(m.organizer, ev), mid, "organized", ev)
        for p in found.places:
            ev = self._evidence(res, art, aid, p.mention)
            name = place_name(p.name, p.kind)
            plid = self._node(f"place:{name}", "Place", name, ev, kind=p.kind)
            if name != normalize_name(p.name):
                self._alias(plid, normalize_name(p.name))
            self._edge(plid, aid, "mentioned_in", ev)
            if p.within:
                name = place_name(p.within)
                within = self._node(f"place:{name}", "Place", name, None)
                if name != normalize_name(p.within):
                    self._alias(within, normalize_name(p.within))
                self._edge(plid, within, "located_in", ev)
        for p in found.projects:
            ev = self._evidence(res, art, aid, p.mention)
            prid = self._node(f"project:{normalize_name(p.name)}", "Project", normalize_name(p.name), ev,
                              kind=p.kind)
            self._edge(prid, aid, "mentioned_in", ev)
            for name in p.inspected_by:
                self._edge(self._person(name, doc.id, places, ev), prid, "inspected", ev)
            if p.place:
                name = place_name(p.place)
                plid = self._node(f"place:{name}", "Place", name, None)
                self._edge(prid, plid, "located_in", ev)

    def _org(self, org: str, ev: dict, place: str = "") -> str:
        """The organ's node, under its place's node, under the gazetteer's parents (新乡经开区管委会 → 新乡经开区
        → 新乡市 → 河南省). An organ whose place is unknown hangs under nothing: no parent made by cutting its
        name in the middle."""
        oid = self._node(f"org:{org}", "Organization", org, ev)
        if not place:
            return oid
        gaz = gazetteer()
        child = oid
        for div in gaz.chain(gaz.division(place)) if gaz.division(place) is not None else []:
            label = gaz.label(div)
            if f"org:{label}" == child:
                continue
            rid = self._node(f"org:{label}", "Organization", label, None, level=div.level)
            if self.g.has_edge(child, rid, key="sub_organization_of"):
                break
            self.g.add_edge(child, rid, key="sub_organization_of", type="sub_organization_of",
                            label=EDGE_LABELS["sub_organization_of"])
            child = rid
        return oid


#: Place kinds that are divisions: a short form of one of these (郑州, 简阳 after 简阳市) is the division.
_DIVISION_KINDS = frozenset({"province", "city", "county", "district"})


@lru_cache(maxsize=1 << 14)
def place_name(name: str, kind: str = "") -> str:
    """The name of a place's node: the division's full name for a short form the text writes (郑州 → 郑州市,
    安徽 → 安徽省; 简阳 → 简阳市 when the extractor read it as the county), so that one city is one node
    whichever way a page writes it; any other name as written (normalised). A short form that could be
    several divisions, or that is no division's, stays as it is."""
    name = normalize_name(name)
    gaz = gazetteer()
    divs = gaz.by_short.get(name, ()) if name not in gaz.by_name else ()
    if not divs and kind in _DIVISION_KINDS and name in gaz.county_short:
        divs = (gaz.county_short[name],)
    if len(divs) == 1:
        label = gaz.label(divs[0])
        if label != name and label.startswith(name):
            return label
    return name


def article_id(art: Article) -> str:
    return f"article:{art.doc_id}#{art.index}"


def build_graph(
    results: Iterable[DocumentFacts], overrides: dict[tuple[str, str, str], str] | None = None,
    consume: bool = False,
) -> nx.MultiDiGraph:
    """The merged graph of many documents' facts (order-independent ids); ``overrides`` force identity
    decisions (see :mod:`graph.identity`). With ``consume``, ``results`` (a list) is emptied first, so each
    document's facts are freed as soon as they are merged: the facts and the whole graph are never held
    together (at 100 MB each is over a gigabyte)."""
    b = GraphBuilder(overrides)
    for res in sorted(results, key=lambda r: r.document.id):
        b.add(res)
    if consume:
        results.clear()
    return b.graph()


def summary(g: nx.MultiDiGraph) -> dict[str, int]:
    counts = {t: 0 for t in NODE_TYPES}
    for _n, t in g.nodes(data="type"):
        counts[t] = counts.get(t, 0) + 1
    return counts
