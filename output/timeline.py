"""Tenure timeline page (``timeline.html``): rows grouped by organisation (the organisation tree), then posts
by rank; one bar per tenure, a dot per attestation at its own precision, ``ended_before`` as a marker.

Tenures come only from :func:`newskg.graph.tenure.tenures`. The page is one self-contained file: the data
travels as script-safe JSON (:mod:`newskg.output.page_data`) and ``templates/timeline.js`` draws
it with DOM text only (search, jurisdiction and organisation filters, click → evidence).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from html import escape
from pathlib import Path

import networkx as nx

from ..graph.tenure import tenures
from .explorer import jurisdictions, main_place, place_parents, post_rank, source_base
from .html import _asset, _Evidence, basis_label, page_head
from .page_data import page_pieces, pieces_text, write_pieces


def date_range(date: str) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date (``2023``, ``2023-03`` or ``2023-03-15``) may mean, end-exclusive."""
    try:
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0] + 1, 1, 1)
        if len(parts) == 2:
            start = dt.date(parts[0], parts[1], 1)
            return start, (start + dt.timedelta(days=32)).replace(day=1)
        start = dt.date(parts[0], parts[1], parts[2])
        return start, start + dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None


def _org_tree(g: nx.MultiDiGraph, place: dict) -> tuple[list[dict], dict]:
    """Every organisation with its parent's number, in tree order (roots of the main place first, then by
    label; children by label); returns the list and node → number."""
    parent: dict = {}
    for u, v, t in g.edges(data="type"):
        if t == "sub_organization_of" and u != v:
            parent.setdefault(u, v)
    orgs = sorted((n for n, t in g.nodes(data="type") if t == "Organization"), key=lambda n: str(g.nodes[n]["label"]))
    kids: dict = defaultdict(list)
    roots = []
    for n in orgs:
        (kids[parent[n]] if parent.get(n) in g else roots).append(n)
    chain, parents = [], place_parents(g)
    x = main_place(g)
    while x and x not in chain:  # the main place and the places above it come first
        chain.append(x)
        x = parents.get(x, "")
    roots.sort(key=lambda n: (str(g.nodes[n]["label"]) not in chain, place.get(n) not in chain, str(g.nodes[n]["label"])))
    out: list[dict] = []
    number: dict = {}

    def walk(n, depth: int) -> None:
        if n in number:
            return
        number[n] = len(out)
        out.append({"id": str(n), "label": str(g.nodes[n].get("label") or n), "depth": depth,
                    "parent": number.get(parent.get(n), -1), "j": place.get(n, "")})
        for k in kids.get(n, ()):
            walk(k, depth + 1)

    for r in roots:
        walk(r, 0)
    return out, number


def timeline_data(g: nx.MultiDiGraph, *, src_base: str = "") -> dict:
    """Everything the page draws, as plain JSON-able data (sorted, so the same graph gives the same page)."""
    place = jurisdictions(g)
    orgs, org_no = _org_tree(g, place)
    post_org = {u: v for u, v, t in g.edges(data="type") if t == "post_in"}
    post_ids = [n for n, t in g.nodes(data="type") if t == "Post"]
    post_ids.sort(key=lambda n: (org_no.get(post_org.get(n), len(orgs)), post_rank(str(g.nodes[n].get("title") or "")),
                                 str(g.nodes[n]["label"]), str(n)))
    post_no = {n: i for i, n in enumerate(post_ids)}
    posts = [{"id": str(n), "label": str(g.nodes[n].get("label") or n), "org": org_no.get(post_org.get(n), -1),
              "j": place.get(n, "")} for n in post_ids]
    ev = _Evidence([])
    rows = []
    for t in tenures(g):
        obs: dict[str, list[int]] = defaultdict(list)
        for e in t.evidence:
            i = ev.add(e)
            if i is not None and i not in obs[str(e.get("date") or "")]:
                obs[str(e.get("date") or "")].append(i)
        rows.append({"person": t.name, "pid": str(t.person), "q": post_no[t.post], "f": t.first_seen,
                     "l": t.last_seen, "eb": t.ended_before, "sa": t.started_after, "n": t.observations,
                     "obs": [[d, refs] for d, refs in sorted(obs.items()) if d]})
    rows.sort(key=lambda r: (r["q"], r["f"], r["l"], r["person"], r["pid"]))
    articles = {}
    for n, d in g.nodes(data=True):
        if d.get("type") == "Article":
            articles[str(n)] = {"h": str(d.get("headline") or ""), "d": str(d.get("date") or ""),
                                "b": basis_label(str(d.get("date_basis") or "")), "src": str(d.get("source") or "")}
    spans = [date_range(x) for r in rows for x in (r["f"], r["l"], r["eb"], r["sa"]) if x]
    spans = [s for s in spans if s]
    years = [min(s[0] for s in spans).year, max(s[1] - dt.timedelta(days=1) for s in spans).year] if spans else []
    return {"orgs": orgs, "posts": posts, "tenures": rows, "evidence": ev.rows, "articles": articles,
            "years": years, "main": main_place(g), "places": place_parents(g), "srcbase": src_base}


def _page(g: nx.MultiDiGraph, title: str, src_base: str) -> Iterator[str | bytes]:
    parts = {"HEAD": page_head(title), "TITLE": escape(title), "APP_CSS": _asset("timeline.css"),
             "EVIDENCE_JS": _asset("evidence.js"), "APP_JS": _asset("timeline.js")}
    return page_pieces(_asset("timeline.html"), parts, timeline_data(g, src_base=src_base))


def render(g: nx.MultiDiGraph, *, title: str = "newskg 任职时间线", src_base: str = "") -> str:
    """The page as a string; ``g`` is not modified."""
    return pieces_text(_page(g, title, src_base))


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    """The page written piece by piece (its data a batch at a time, never one string of the whole page)."""
    write_pieces(path, _page(g, "newskg 任职时间线", source_base(path)))
