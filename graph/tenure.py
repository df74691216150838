"""Leadership over time: observations, tenures, successions and changes.

Each dated ``holds`` edge is an observation of a person in a post. A tenure is
what the evidence shows — first and last seen, never stretched beyond it.
Where a later observation shows someone else in a single-holder post, the
earlier tenure ended between the two (``ended_before``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

#: Titles normally held by one person at a time (a change of holder is a succession).
SINGLE_HOLDER_TITLES = frozenset(
    {"书记", "主任", "局长", "区长", "县长", "市长", "镇长", "乡长", "厅长", "主席", "部长", "处长", "科长",
     "组长", "院长", "省长", "州长", "旗长", "街道办事处主任", "社长", "董事长", "总经理"}
)


@dataclass
class Tenure:
    person: str  # person node id
    name: str
    post: str  # post node id
    post_label: str
    org: str
    title: str
    first_seen: str
    last_seen: str
    observations: int
    articles: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    ended_before: str = ""  # date of the first later observation of another holder

    def years(self) -> list[int]:
        return list(range(int(self.first_seen[:4]), int(self.last_seen[:4]) + 1))


def tenures(g: nx.MultiDiGraph) -> list[Tenure]:
    """One tenure per (person, post), from dated ``holds`` edges, sorted by post then start."""
    obs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for u, v, d in g.edges(data=True):
        if d.get("type") == "holds" and d.get("date"):
            obs[(u, v)].append(d)
    out = []
    for (person, post), items in obs.items():
        items.sort(key=lambda d: (d["date"], d.get("article", ""), d.get("start", 0)))
        pnode = g.nodes[post]
        out.append(
            Tenure(
                person=person,
                name=g.nodes[person]["label"],
                post=post,
                post_label=pnode.get("label", post),
                org=pnode.get("org", ""),
                title=pnode.get("title", ""),
                first_seen=items[0]["date"],
                last_seen=items[-1]["date"],
                observations=len(items),
                articles=sorted({d.get("article", "") for d in items}),
                evidence=items,
            )
        )
    out.sort(key=lambda t: (t.post_label, t.first_seen, t.name))
    by_post: dict[str, list[Tenure]] = defaultdict(list)
    for t in out:
        by_post[t.post].append(t)
    for post_tenures in by_post.values():
        if post_tenures and post_tenures[0].title in SINGLE_HOLDER_TITLES:
            for t in post_tenures:
                later = [o.first_seen for o in post_tenures if o.person != t.person and o.first_seen > t.last_seen]
                t.ended_before = min(later) if later else ""
    return out


def _match(g: nx.MultiDiGraph, node_type: str, query: str) -> list[str]:
    """Nodes of a type whose label (or an alias) equals ``query``, else contains it."""
    nodes = [(n, d) for n, d in g.nodes(data=True) if d.get("type") == node_type]
    exact = [n for n, d in nodes if query == d.get("label") or query in (d.get("aliases") or [])]
    if exact:
        return exact
    return [n for n, d in nodes if query in d.get("label", "")]


def resolve_post(g: nx.MultiDiGraph, query: str) -> list[str]:
    """Posts matching ``query``, with a zone alias fallback: 郑州经开区党工委书记 finds 经开区党工委书记."""
    found = _match(g, "Post", query)
    if found:
        return found
    for n, d in g.nodes(data=True):
        if d.get("type") == "Post" and query.endswith(d.get("label", "\0")):
            found.append(n)
    return found


def main_jurisdiction(g: nx.MultiDiGraph) -> str:
    """The place most of the corpus's articles are about ('' when none is known)."""
    counts: dict[str, int] = defaultdict(int)
    for _n, d in g.nodes(data=True):
        if d.get("type") == "Article" and d.get("jurisdiction"):
            counts[d["jurisdiction"]] += 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else ""


def pick_post(g: nx.MultiDiGraph, query: str) -> tuple[str, str]:
    """The post a question means, and a note when it was ambiguous.

    ``经开区党工委书记`` in a corpus of several cities' zones matches several posts: the one of the corpus's
    main jurisdiction is taken and the note says so and names the others; with no main jurisdiction among
    them, the note lists them and the query is kept (every match is shown).
    """
    labels = sorted({g.nodes[n]["label"] for n in resolve_post(g, query)})
    if len(labels) <= 1 or query in labels:
        return query, ""
    main = main_jurisdiction(g)
    mine = [lab for lab in labels if main and lab.startswith(main) and lab.endswith(query)]
    if len(mine) == 1:
        others = "、".join(lab for lab in labels if lab != mine[0])
        return mine[0], (f"{query} is ambiguous: showing {mine[0]} (the corpus's main jurisdiction is {main}); "
                         f"also: {others}")
    return query, f"{query} matches posts of several places: {'、'.join(labels)}; ask for one by its full name"


def roles(g: nx.MultiDiGraph, person: str) -> list[Tenure]:
    """A person's career line: every post with first/last seen, oldest first."""
    people = set(_match(g, "Person", person))
    return sorted((t for t in tenures(g) if t.person in people), key=lambda t: (t.first_seen, t.post_label))


def succession(g: nx.MultiDiGraph, post: str) -> list[Tenure]:
    """The holders of a post in the order they were first seen."""
    posts = set(resolve_post(g, post))
    return sorted((t for t in tenures(g) if t.post in posts), key=lambda t: (t.first_seen, t.last_seen, t.name))


def holders_in(g: nx.MultiDiGraph, post: str, year: int) -> list[Tenure]:
    """Who held a post in a year: tenures whose evidence spans that year."""
    return [t for t in succession(g, post) if int(t.first_seen[:4]) <= year <= int(t.last_seen[:4])]


@dataclass
class Change:
    kind: str  # holder_changed, gained, lost, not_seen, moved
    subject: str  # post label or person name
    before: str
    after: str
    evidence_before: str = ""
    evidence_after: str = ""


def _snapshot(ts: list[Tenure], year: int) -> list[Tenure]:
    return [t for t in ts if int(t.first_seen[:4]) <= year <= int(t.last_seen[:4])]


def _nearest(ts: list[Tenure], year: int, forward: bool) -> list[Tenure]:
    """Tenures seen in ``year``, or in the nearest year with evidence toward the other end."""
    years = sorted({y for t in ts for y in t.years()})
    if not years:
        return []
    if forward:
        candidates = [y for y in years if y >= year]
        pick = candidates[0] if candidates else years[-1]
    else:
        candidates = [y for y in years if y <= year]
        pick = candidates[-1] if candidates else years[0]
    return _snapshot(ts, pick)


def _group(ts: list[Tenure], attr: str) -> dict[str, list[Tenure]]:
    out: dict[str, list[Tenure]] = defaultdict(list)
    for t in ts:
        out[getattr(t, attr)].append(t)
    return out


def changes(g: nx.MultiDiGraph, year_from: int, year_to: int) -> list[Change]:
    """Posts whose holder changed, people who gained or lost posts, people who moved between organisations.

    A person absent from the later year's evidence is ``not_seen`` (absence is
    not departure) unless another holder is seen in their single-holder post.

    The state "in" a year is what the evidence of that year shows; when a year
    has no evidence the nearest year inside the range is used.
    """
    ts = tenures(g)
    before = _nearest(ts, year_from, forward=True)
    after = _nearest(ts, year_to, forward=False)
    out: list[Change] = []

    def ev(t: Tenure) -> str:
        return f"{t.first_seen}…{t.last_seen} {t.articles[0] if t.articles else ''}"

    posts_before, posts_after = _group(before, "post_label"), _group(after, "post_label")
    for post in sorted(set(posts_before) & set(posts_after)):
        a = {t.name for t in posts_before[post]}
        b = {t.name for t in posts_after[post]}
        if a != b and not (a & b and posts_before[post][0].title not in SINGLE_HOLDER_TITLES):
            out.append(Change("holder_changed", post, "、".join(sorted(a)), "、".join(sorted(b)),
                              "; ".join(ev(t) for t in posts_before[post]), "; ".join(ev(t) for t in posts_after[post])))
    # One career per person node, not per name: two 杨洁 are two people.
    people_before, people_after = _group(before, "person"), _group(after, "person")
    for pid in sorted(set(people_before) | set(people_after)):
        name = (people_before.get(pid) or people_after.get(pid))[0].name
        pa = {t.post_label: t for t in people_before.get(pid, [])}
        pb = {t.post_label: t for t in people_after.get(pid, [])}
        if pid in people_before and pid in people_after:
            for post in sorted(set(pb) - set(pa)):
                out.append(Change("gained", name, "", post, "", ev(pb[post])))
            for post in sorted(set(pa) - set(pb)):
                out.append(Change("lost", name, post, "", ev(pa[post]), ""))
            oa = {t.org for t in pa.values()}
            ob = {t.org for t in pb.values()}
            if oa and ob and not (oa & ob):
                out.append(Change("moved", name, "、".join(sorted(oa)), "、".join(sorted(ob))))
        elif pid in people_after:
            for post in sorted(pb):
                out.append(Change("gained", name, "", post, "", ev(pb[post])))
        else:
            # Absent later: "lost" only where someone else is seen in a single-holder post;
            # otherwise the evidence just stops ("not_seen"), which is not a departure.
            for post in sorted(pa):
                t = pa[post]
                replaced = t.title in SINGLE_HOLDER_TITLES and any(o.person != pid for o in posts_after.get(post, []))
                out.append(Change("lost" if replaced else "not_seen", name, post, "", ev(t), ""))
    return out
