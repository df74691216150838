"""What the graph page and the timeline know beyond nodes and edges: places, tenures, post ranks.

Both pages answer "who led what, when" for one place at a time, so every node gets a jurisdiction (the
place it belongs to) and the pages get the place tree to filter by a place and everything under it.
Tenures come only from :mod:`newskg.graph.tenure` (the one tenure model); this module turns them into
compact page data and adds the reading order (predecessor, successor, rank of a post in its organisation).
"""

from __future__ import annotations

import importlib.resources
import os
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import networkx as nx

from ..graph import tenure as tenure_model
from ..graph.derived import memoised


def _lines(name: str) -> list[str]:
    text = importlib.resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _ranks() -> dict[str, int]:
    return {title: i for i, title in enumerate(_lines("post_ranks.txt"))}


def post_rank(title: str) -> int:
    """Seniority of a post title inside its organisation (smaller is more senior): the order of
    ``templates/post_ranks.txt``; an unlisted ``副X`` after the listed titles, an unlisted head title before it."""
    ranks = _ranks()
    if title in ranks:
        return ranks[title]
    return len(ranks) + (1 if "副" in title else 0)


def place_parents(g: nx.MultiDiGraph) -> dict[str, str]:
    """Place organisation label → its parent place's label (``郑州经开区`` → ``郑州市``), from the gazetteer's
    organisation tree (organisations with a ``level``)."""
    out: dict[str, str] = {}
    for n, d in g.nodes(data=True):
        if d.get("type") == "Organization" and d.get("level"):
            out[str(d.get("label") or n)] = ""
            for _u, v, e in g.out_edges(n, data=True):
                if e.get("type") == "sub_organization_of" and g.nodes[v].get("level"):
                    out[str(d.get("label") or n)] = str(g.nodes[v].get("label") or v)
                    break
    return out


@memoised
def jurisdictions(g: nx.MultiDiGraph) -> dict:
    """Node → the place it belongs to ('' when unknown).

    An organisation: its nearest place in the organisation tree (itself if it is one); a post: its
    organisation's; a person: the place of most of their posts; anything else, and any of these still
    unknown: the jurisdiction of most of the articles it is mentioned in.
    """
    nodes = g.nodes
    up: dict = {}
    post_org: dict = {}
    holds: dict = defaultdict(list)
    for u, v, e in g.edges(data=True):
        t = e.get("type")
        if t == "sub_organization_of":
            up.setdefault(u, v)
        elif t == "post_in":
            post_org.setdefault(u, v)
        elif t == "holds":
            holds[u].append(v)
    art_place = {n: d.get("jurisdiction") or "" for n, d in g.nodes(data=True) if d.get("type") == "Article"}

    def from_articles(d: dict) -> str:
        c = Counter(art_place.get(m.get("article"), "") for m in d.get("mentions") or [])
        c.pop("", None)
        return max(sorted(c), key=c.__getitem__) if c else ""

    def org_place(n) -> str:
        seen = set()
        x = n
        while x is not None and x not in seen:
            seen.add(x)
            if nodes[x].get("level"):
                return str(nodes[x].get("label") or x)
            x = up.get(x)
        return ""

    out: dict = {}
    for n, d in g.nodes(data=True):
        t = d.get("type")
        if t == "Organization":
            out[n] = org_place(n)
        elif t == "Post":
            out[n] = org_place(post_org[n]) if n in post_org else ""
        elif t == "Article":
            out[n] = art_place[n]
    docs: dict = defaultdict(Counter)
    for n, d in g.nodes(data=True):
        if d.get("type") == "Article" and art_place[n]:
            docs[f"doc:{d.get('doc')}"][art_place[n]] += 1
    for n, d in g.nodes(data=True):
        t = d.get("type")
        if t == "Person":
            c = Counter(out.get(p, "") for p in holds.get(n, ()))
            c.pop("", None)
            out[n] = max(sorted(c), key=c.__getitem__) if c else ""
        elif t == "Document":
            c = docs.get(n)
            out[n] = max(sorted(c), key=c.__getitem__) if c else ""
        if not out.get(n):
            out[n] = from_articles(d)
    return out


def tenure_rows(g: nx.MultiDiGraph, index: dict) -> list[dict]:
    """Every tenure of :func:`newskg.graph.tenure.tenures` as page data, in its order, with the node numbers
    of person (``p``) and post (``q``), first/last seen (``f``, ``l``), ``eb`` / ``sa`` (ended before, started
    after), the sorted
    distinct attestation dates (``obs``) and, in single-holder posts, the tenure numbers of the predecessor
    and successor (``pred``, ``succ``: the neighbours in the post's succession)."""
    ts = tenure_model.tenures(g)
    rows = []
    by_post: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(ts):
        rows.append({"p": index[t.person], "q": index[t.post], "f": t.first_seen, "l": t.last_seen,
                     "eb": t.ended_before, "sa": t.started_after,
                     "obs": sorted({str(e.get("date")) for e in t.evidence if e.get("date")}),
                     "n": t.observations, "single": t.title in tenure_model.SINGLE_HOLDER_TITLES})
        by_post[t.post].append(i)
    for members in by_post.values():
        order = sorted(members, key=lambda i: (ts[i].first_seen, ts[i].last_seen, ts[i].name))
        for a, b in zip(order, order[1:], strict=False):
            if rows[a]["single"] and ts[a].person != ts[b].person:
                rows[a]["succ"], rows[b]["pred"] = b, a
    return rows


def source_base(path: str | Path | None) -> str:
    """Prefix that turns a source path (relative to the working directory of the build) into a link from
    the page at ``path``: ``out/graph.html`` → ``../`` ('' when the page's place is not known)."""
    if path is None:
        return ""
    rel = os.path.relpath(Path.cwd(), Path(path).resolve().parent)
    return "" if rel == "." else rel.replace(os.sep, "/") + "/"


def main_place(g: nx.MultiDiGraph) -> str:
    return tenure_model.main_jurisdiction(g)
