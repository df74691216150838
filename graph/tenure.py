"""Leadership over time: one tenure model that every output asks "who held post P in year Y".

An *observation* is a dated ``holds`` edge (or an ``appointed`` / ``ceased`` edge, which the text gives as
the start or the end) of a person in a post. A *tenure* is one person's unbroken holding of one post:

- ``attested``: the dates the news shows the person in the post (first to last seen);
- ``presumed``: between two attestations of the same person, when no one else is attested in the post in
  between (single-holder posts only; a deputy post is shared, so nothing breaks it but ``ceased``);
- ``started_after`` / ``ended_before``: the last predecessor's and first successor's attestation around the
  tenure in a single-holder post — the window in which it began or ended, never counted as held;
- ``appointed`` / ``ceased``: start or end given by the text.

Dates keep their precision (``2023`` is the year 2023, not 1 January). A tenure is held in year Y when Y lies
between the years of its start and end: :func:`holders_in` and :func:`year_view` are the one answer to
"who held P in Y" that the CLI, the HTML, GEXF, RDF and the tables all give.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

import networkx as nx

from ..extract.resources import words
from .derived import memoised
from .schema import HOLDING_RELATIONS

#: Titles normally held by one person at a time (a change of holder is a succession): a lexicon file.
SINGLE_HOLDER_TITLES = frozenset(words("single_holder_titles.txt"))
#: Edge types that are observations of a person in a post (declared in :mod:`graph.schema`).
OBSERVATIONS = HOLDING_RELATIONS
#: Interval kinds, in the order a tenure's intervals run.
KINDS = ("started_after", "appointed", "attested", "presumed", "ceased", "ended_before")


def date_bounds(date: str) -> tuple[str, str]:
    """The first and last day a date may mean, as comparable strings: ``2023`` → 2023-01-01 … 2023-12-31."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"
    return date, date


def year_of(date: str) -> int:
    return int(date[:4])


@dataclass(frozen=True)
class Interval:
    """A stretch of a tenure and what it rests on (one of :data:`KINDS`); dates keep their precision."""

    start: str
    end: str
    kind: str


@dataclass
class Tenure:
    person: str  # person node id
    name: str
    post: str  # post node id
    post_label: str
    org: str
    title: str
    first_seen: str  # first and last attestation (any observation)
    last_seen: str
    observations: int
    articles: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)  # the observation edges, oldest first
    start_basis: str = "attested"  # or "appointed"
    end_basis: str = "attested"  # or "ceased"
    started_after: str = ""  # last attestation of a predecessor in a single-holder post
    ended_before: str = ""  # first attestation of a successor in a single-holder post
    jurisdiction: str = ""  # the place of the post's organisation

    @property
    def start(self) -> str:
        return self.first_seen

    @property
    def end(self) -> str:
        return self.last_seen

    def years(self) -> list[int]:
        """The years this tenure is held in (attested or presumed)."""
        return list(range(year_of(self.first_seen), year_of(self.last_seen) + 1))

    def held_in(self, year: int) -> bool:
        return year_of(self.first_seen) <= year <= year_of(self.last_seen)

    def dates(self) -> list[str]:
        return sorted({d["date"] for d in self.evidence}, key=date_bounds)

    def intervals(self) -> list[Interval]:
        """The tenure as intervals: the start window, attestations, presumed stretches, the end window."""
        out = []
        if self.started_after:
            out.append(Interval(self.started_after, self.first_seen, "started_after"))
        dates = self.dates()
        for i, d in enumerate(dates):
            if i:
                out.append(Interval(dates[i - 1], d, "presumed"))
            kind = "attested"
            if i == 0 and self.start_basis == "appointed":
                kind = "appointed"
            elif i == len(dates) - 1 and self.end_basis == "ceased":
                kind = "ceased"
            out.append(Interval(d, d, kind))
        if self.ended_before:
            out.append(Interval(self.last_seen, self.ended_before, "ended_before"))
        return out

    def year_basis(self, year: int) -> str:
        """How the tenure is known in ``year``: ``attested`` (an observation that year) or ``presumed``."""
        return "attested" if any(year_of(d) == year for d in self.dates()) else "presumed"


def _single(title: str) -> bool:
    return title in SINGLE_HOLDER_TITLES


def _post_place(g: nx.MultiDiGraph, org: str) -> str:
    """The label of the first place above an organisation (``郑州经开区党工委`` → ``郑州经开区``)."""
    node = f"org:{org}"
    if node not in g:
        return ""
    for _u, v, d in g.out_edges(node, data=True):
        if d.get("type") == "sub_organization_of":
            return str(g.nodes[v].get("label", ""))
    return ""


class _Others:
    """Every observation of one post as (low, high, person, date), sorted by low bound (``lows``) and by high
    bound (``highs``): each question of a holder's neighbours is a bisection, not a walk of every observation
    (a post with thousands of observations made the tenures quadratic: 5.3 s of a 100 MB build)."""

    def __init__(self, people: dict[str, list[dict]]) -> None:
        self.items = sorted((*date_bounds(d["date"]), person, d["date"]) for person, ds in people.items() for d in ds)
        self.lows = [o[0] for o in self.items]
        self.by_high = sorted(self.items, key=itemgetter(1, 0, 2, 3))
        self.highs = [o[1] for o in self.by_high]

    def last_before(self, start: str, person: str) -> str:
        """The date of the observation of another person that ends latest before ``start`` (of those, the first
        in low-bound order), or ''."""
        by_high, highs = self.by_high, self.highs
        i = bisect.bisect_left(highs, start) - 1
        while i >= 0 and by_high[i][2] == person:
            i -= 1
        if i < 0:
            return ""
        j = bisect.bisect_left(highs, highs[i])
        while by_high[j][2] == person:  # stops at i at the latest
            j += 1
        return by_high[j][3]


def _segments(items: list[dict], others: _Others, person: str, single: bool) -> list[list[dict]]:
    """Split one person's sorted observations of a post where another holder is attested strictly between
    two of them (single-holder posts) or after a ``ceased`` observation."""
    lows, others = others.lows, others.items
    out = [[items[0]]]
    for prev, cur in itertools.pairwise(items):
        broken = prev.get("type") == "ceased"
        if single and not broken:
            a_hi, b_lo = date_bounds(prev["date"])[1], date_bounds(cur["date"])[0]
            i = bisect.bisect_right(lows, a_hi)
            while i < len(others) and others[i][0] < b_lo:
                if others[i][1] < b_lo and others[i][2] != person:
                    broken = True
                    break
                i += 1
        if broken:
            out.append([cur])
        else:
            out[-1].append(cur)
    return out


def _windows(t: Tenure, observed: _Others) -> None:
    """``started_after`` / ``ended_before``: the nearest other holder's attestation before and after."""
    lows, others = observed.lows, observed.items
    start_lo, end_hi = date_bounds(t.first_seen)[0], date_bounds(t.last_seen)[1]
    i = bisect.bisect_right(lows, end_hi)
    while i < len(others):
        if others[i][2] != t.person:
            t.ended_before = others[i][3]
            break
        i += 1
    t.started_after = observed.last_before(start_lo, t.person)


@memoised
def tenures(g: nx.MultiDiGraph) -> list[Tenure]:
    """Every tenure of the graph, sorted by post label, start and name."""
    by_post: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for u, v, d in g.edges(data=True):
        if d.get("type") in OBSERVATIONS and d.get("date"):
            by_post[v][u].append(d)
    out: list[Tenure] = []
    for post, people in by_post.items():
        pnode = g.nodes[post]
        title, org = pnode.get("title", ""), pnode.get("org", "")
        single, place = _single(title), _post_place(g, org)
        others = _Others(people)
        mine: list[Tenure] = []
        for person, items in people.items():
            items.sort(key=lambda d: (*date_bounds(d["date"]), d.get("article", ""), d.get("start", 0)))
            for seg in _segments(items, others, person, single):
                mine.append(Tenure(
                    person=person, name=g.nodes[person]["label"], post=post, post_label=pnode.get("label", post),
                    org=org, title=title, first_seen=seg[0]["date"], last_seen=seg[-1]["date"],
                    observations=len(seg), articles=sorted({d.get("article", "") for d in seg}), evidence=seg,
                    start_basis="appointed" if seg[0].get("type") == "appointed" else "attested",
                    end_basis="ceased" if seg[-1].get("type") == "ceased" else "attested", jurisdiction=place,
                ))
        if single:
            for t in mine:
                _windows(t, others)
        out.extend(mine)
    out.sort(key=lambda t: (t.post_label, date_bounds(t.first_seen), t.name, t.person))
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


def _jurisdiction_counts(g: nx.MultiDiGraph) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for _n, d in g.nodes(data=True):
        if d.get("type") == "Article" and d.get("jurisdiction"):
            counts[d["jurisdiction"]] += 1
    return counts


def _most(counts: dict[str, int]) -> str:
    return max(sorted(counts), key=lambda k: counts[k]) if counts else ""


def main_jurisdiction(g: nx.MultiDiGraph) -> str:
    """The place most of the corpus's articles are about ('' when none is known): the explorer's first view."""
    return _most(_jurisdiction_counts(g))


def home_jurisdiction(g: nx.MultiDiGraph) -> str:
    """The corpus's own place: the place of more than half of the articles whose place is known, or '' when no
    place is (a folder of several cities' pages has no home, and no official in it is a visitor)."""
    counts = _jurisdiction_counts(g)
    top = _most(counts)
    return top if top and 2 * counts[top] > sum(counts.values()) else ""


def pick_post(g: nx.MultiDiGraph, query: str) -> tuple[str, str]:
    """The post a question means, and a note when it was ambiguous.

    ``经开区党工委书记`` in a corpus of several cities' zones matches several posts: the one of the corpus's
    main jurisdiction is taken and the note says so and names the others; with no main jurisdiction among
    them, the note lists them and the query is kept (every match is shown).
    """
    labels = sorted({g.nodes[n]["label"] for n in resolve_post(g, query)})
    if len(labels) <= 1 or query in labels:
        return query, ""
    main = home_jurisdiction(g)
    mine = [lab for lab in labels if main and lab.startswith(main) and lab.endswith(query)]
    if len(mine) == 1:
        others = "、".join(lab for lab in labels if lab != mine[0])
        return mine[0], (f"{query} is ambiguous: showing {mine[0]} (the corpus's main jurisdiction is {main}); "
                         f"also: {others}")
    return query, f"{query} matches posts of several places: {'、'.join(labels)}; ask for one by its full name"


def _main_org(g: nx.MultiDiGraph, person: str) -> str:
    """The organisation of most of a person's ``holds`` observations ('' when none)."""
    counts: dict[str, int] = defaultdict(int)
    for _u, post, d in g.out_edges(person, data=True):
        if d.get("type") == "holds":
            counts[g.nodes[post].get("org", "")] += 1
    return max(sorted(counts), key=lambda k: counts[k]) if counts else ""


def pick_person(g: nx.MultiDiGraph, query: str) -> tuple[list[str], str]:
    """The person ids a name means, and a note when the name is several people.

    ``杨洁`` may be two officials (``person:杨洁@新乡经开区``, ``person:杨洁@卧龙区``): both are returned and
    the note names each with their main organisation; ``杨洁@卧龙区`` (the id without ``person:``) asks for one.
    """
    if f"person:{query}" in g and g.nodes[f"person:{query}"].get("type") == "Person":
        return [f"person:{query}"], ""
    people = sorted(_match(g, "Person", query))
    if len({g.nodes[p].get("label") for p in people}) == 1 and len(people) > 1:
        who = "; ".join(f"{p.removeprefix('person:')} ({_main_org(g, p) or 'no post'})" for p in people)
        return people, f"{query} is {len(people)} different people: {who}; ask for one by its id, e.g. " \
                       f"'{people[0].removeprefix('person:')}'"
    return people, ""


def roles(g: nx.MultiDiGraph, person: str | list[str]) -> list[Tenure]:
    """A person's career line: every tenure, oldest first (``person``: a name, or ids from :func:`pick_person`)."""
    people = set(person) if isinstance(person, list) else set(_match(g, "Person", person))
    return sorted((t for t in tenures(g) if t.person in people),
                  key=lambda t: (t.person, date_bounds(t.first_seen), t.post_label))


def undated_posts(g: nx.MultiDiGraph, people: list[str]) -> list[str]:
    """The posts ``people`` (ids) are seen holding only on pages of no known date: no tenure is drawn for them."""
    dated = {(t.person, t.post) for t in tenures(g) if t.person in people}
    return sorted({g.nodes[v]["label"] for p in people for _u, v, d in g.out_edges(p, data=True)
                   if d.get("type") in OBSERVATIONS and not d.get("date") and (p, v) not in dated})


def succession(g: nx.MultiDiGraph, post: str) -> list[Tenure]:
    """The tenures of a post in the order they started."""
    posts = set(resolve_post(g, post))
    return sorted((t for t in tenures(g) if t.post in posts),
                  key=lambda t: (date_bounds(t.first_seen), date_bounds(t.last_seen), t.name))


def holders_in(g: nx.MultiDiGraph, post: str, year: int) -> list[Tenure]:
    """Who held a post in a year: the tenures held (attested or presumed) in that year."""
    return [t for t in succession(g, post) if t.held_in(year)]


def year_view(g: nx.MultiDiGraph, ts: list[Tenure] | None = None) -> dict[str, dict[str, list[dict]]]:
    """Post label → year → its holders, JSON-ready (for pages that embed the year view, and for tests that
    compare outputs): ``{"郑州经开区党工委书记": {"2024": [{"person": "person:李小虎", "name": "李小虎",
    "basis": "presumed", "start": "2023-03-15", "end": "2025-05-01"}]}}``. A person is listed once a year: two of
    their tenures touching one year (another holder came between) give one row, from the first start to the last end."""
    out: dict[str, dict[str, dict[str, dict]]] = defaultdict(lambda: defaultdict(dict))
    for t in tenures(g) if ts is None else ts:
        for y in t.years():
            row = {"person": t.person, "name": t.name, "basis": t.year_basis(y), "start": t.first_seen,
                   "end": t.last_seen}
            have = out[t.post_label][str(y)].setdefault(t.person, row)
            if have is not row:  # two tenures of one person touch the year (another holder came between): one row
                have["basis"] = "attested" if "attested" in (have["basis"], row["basis"]) else have["basis"]
                have["start"] = min(have["start"], row["start"], key=date_bounds)
                have["end"] = max(have["end"], row["end"], key=lambda d: date_bounds(d)[1])
    return {p: {y: sorted(rows.values(), key=lambda r: (r["name"], r["person"])) for y, rows in sorted(years.items())}
            for p, years in sorted(out.items())}


#: Columns of a tenure as a table row (:meth:`Tenure` → :func:`tenure_row`): the CLI and the tenures table.
TENURE_COLUMNS = (
    "post", "post_id", "person", "person_id", "org", "title", "jurisdiction", "first_seen", "start_basis",
    "last_seen", "end_basis", "first_year", "last_year", "started_after", "ended_before", "observations",
    "intervals", "articles", "date_basis", "evidence",
)


def tenure_row(t: Tenure) -> dict:
    """A tenure as a flat row of :data:`TENURE_COLUMNS`; held in year Y when first_year <= Y <= last_year."""
    first = t.evidence[0]
    return {
        "post": t.post_label, "post_id": t.post, "person": t.name, "person_id": t.person, "org": t.org,
        "title": t.title, "jurisdiction": t.jurisdiction, "first_seen": t.first_seen, "start_basis": t.start_basis,
        "last_seen": t.last_seen, "end_basis": t.end_basis, "first_year": year_of(t.first_seen),
        "last_year": year_of(t.last_seen), "started_after": t.started_after, "ended_before": t.ended_before,
        "observations": t.observations,
        "intervals": "; ".join(f"{i.kind} {i.start}" + (f"/{i.end}" if i.end != i.start else "")
                               for i in t.intervals()),
        "articles": " ".join(a.removeprefix("article:") for a in t.articles),
        "date_basis": first.get("date_basis", ""), "evidence": first.get("evidence", ""),
    }
