"""What changed in the leadership between two years, read from the tenure model (:mod:`graph.tenure`).

The state in a year is who held what in it (:meth:`Tenure.held_in`: attested or presumed). Each row says
what supports it — the date the earlier state was last seen and the date the later one was first seen:

- ``succeeded``: a single-holder post has another holder (subject: the post);
- ``promoted`` / ``moved``: a person is seen in another post, higher (a higher place, or at the same place a
  principal over a deputy, a secretary over a government head) or not;
- ``new``: a person seen only in the later year, in posts nobody else left;
- ``not_seen``: the evidence about someone's holding stops (absence is not departure).

Rows about the corpus's own place come first; posts of other places are marked ``visitor``. The own place is
the one asked for, else the place of more than half of the articles (:func:`.tenure.home_jurisdiction`); a folder
of several places' pages has none, and then no row is a visitor's: rows are sorted by place.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from .tenure import SINGLE_HOLDER_TITLES, Tenure, date_bounds, home_jurisdiction, tenures

KIND_ORDER = ("succeeded", "promoted", "moved", "new", "not_seen")


@dataclass
class Change:
    kind: str
    subject: str  # post label (succeeded) or person name
    before: str  # holder or posts in the first year
    after: str  # holder or posts in the second year
    last_seen_before: str  # date the earlier state was last seen
    first_seen_after: str  # date the later state was first seen
    jurisdiction: str  # place of the posts concerned
    visitor: bool  # the posts belong to another place than the corpus's own
    person: str = ""  # person node id(s)
    post: str = ""  # post node id(s)
    evidence_before: str = ""  # article and sentence of the last earlier observation
    evidence_after: str = ""  # article and sentence of the first later observation


@dataclass
class Report:
    year_from: int
    year_to: int
    jurisdiction: str
    rows: list[Change]
    unseen: tuple[int, ...] = ()  # of the two years, those in which no one is seen holding anything

    def summary(self) -> str:
        own = [c for c in self.rows if not c.visitor]
        n = {k: sum(c.kind == k for c in own) for k in KIND_ORDER}
        places = {p for c in self.rows for p in c.jurisdiction.split("、") if p}
        where = (f" in {self.jurisdiction}" if self.jurisdiction
                 else f" across {len(places)} places (no place has more than half of the articles)" if len(places) > 1
                 else "")
        visitors = len(self.rows) - len(own)
        return (f"{self.year_from} → {self.year_to}{where}: {n['succeeded']} posts changed holder, "
                f"{n['promoted']} promoted, {n['moved']} moved, {n['new']} new, {n['not_seen']} not seen again"
                + (f"; {visitors} rows about visitors from other places" if visitors else "")
                + "".join(f"; nobody is seen in any post in {y}" for y in self.unseen))


def _chain(g: nx.MultiDiGraph, org: str) -> list[str]:
    """Labels of the places above an organisation, nearest first."""
    out, node, seen = [], f"org:{org}", set()
    while node in g and node not in seen:
        seen.add(node)
        nxt = [v for _u, v, d in g.out_edges(node, data=True) if d.get("type") == "sub_organization_of"]
        if not nxt:
            break
        node = nxt[0]
        out.append(str(g.nodes[node].get("label", "")))
    return out


def _title_rank(title: str) -> int:
    if "副" in title or title not in SINGLE_HOLDER_TITLES:
        return 0
    return 2 if title == "书记" else 1


def _outranks(g: nx.MultiDiGraph, new: Tenure, old: Tenure) -> bool:
    dn, do = len(_chain(g, new.org)), len(_chain(g, old.org))
    if dn and do and dn != do:
        return dn < do
    return _title_rank(new.title) > _title_rank(old.title)


def _ev(t: Tenure, last: bool) -> str:
    d = t.evidence[-1] if last else t.evidence[0]
    return f"{d.get('date', '')} {str(d.get('article', '')).removeprefix('article:')} {d.get('evidence', '')}".strip()


def _latest(ts: list[Tenure]) -> Tenure:
    return max(ts, key=lambda t: (date_bounds(t.first_seen), date_bounds(t.last_seen), t.name))


def changes(g: nx.MultiDiGraph, year_from: int, year_to: int, place: str = "") -> Report:
    """The report of changes from ``year_from`` to ``year_to``, seen from ``place`` (default: the corpus's home,
    if it has one). ``ValueError`` when from is after to, or when no post of the graph lies in ``place``."""
    if year_from > year_to:
        raise ValueError(f"--from {year_from} is after --to {year_to}")
    ts = tenures(g)
    main = place or home_jurisdiction(g)
    own = {}

    def visitor(t: Tenure) -> bool:
        if t.org not in own:
            own[t.org] = not main or main in _chain(g, t.org) or t.org.startswith(main)
        return not own[t.org]

    if place and all(visitor(t) for t in ts):
        raise ValueError(f"--place {place}: no post of that place in the graph")
    a = [t for t in ts if t.held_in(year_from)]
    b = [t for t in ts if t.held_in(year_to)]

    rows: list[Change] = []
    covered: set[tuple[str, str]] = set()  # (person, post) told by a succeeded row
    posts_a, posts_b = defaultdict(list), defaultdict(list)
    for t in a:
        posts_a[t.post].append(t)
    for t in b:
        posts_b[t.post].append(t)
    for post in sorted(set(posts_a) & set(posts_b)):
        old, new = _latest(posts_a[post]), _latest(posts_b[post])
        if old.title in SINGLE_HOLDER_TITLES and old.person != new.person:
            rows.append(Change("succeeded", old.post_label, old.name, new.name, old.last_seen, new.first_seen,
                               old.jurisdiction, visitor(old), f"{old.person} {new.person}", post,
                               _ev(old, True), _ev(new, False)))
            covered |= {(old.person, post), (new.person, post)}
    people_a, people_b = defaultdict(list), defaultdict(list)
    for t in a:
        people_a[t.person].append(t)
    for t in b:
        people_b[t.person].append(t)
    for pid in sorted(set(people_a) | set(people_b)):
        was, now = people_a.get(pid, []), people_b.get(pid, [])
        lost = [t for t in was if t.post not in {o.post for o in now}]
        gained = [t for t in now if t.post not in {o.post for o in was}]
        if was and gained:
            up = any(all(_outranks(g, n, o) for o in was) for n in gained)
            first = min(gained, key=lambda t: date_bounds(t.first_seen))
            last = max(lost or was, key=lambda t: date_bounds(t.last_seen))
            rows.append(_person_row("promoted" if up else "moved", lost or was, gained, last, first, visitor))
            continue
        left = [t for t in lost if (pid, t.post) not in covered]
        if left and not now:
            last = max(left, key=lambda t: date_bounds(t.last_seen))
            rows.append(_person_row("not_seen", left, [], last, None, visitor))
        fresh = [t for t in gained if (pid, t.post) not in covered]
        if fresh and not was:
            first = min(fresh, key=lambda t: date_bounds(t.first_seen))
            rows.append(_person_row("new", [], fresh, None, first, visitor))
    rows.sort(key=lambda c: (c.visitor, c.jurisdiction if c.visitor or not main else "", KIND_ORDER.index(c.kind),
                             c.subject))
    unseen = tuple(y for y, held in ((year_from, a), (year_to, b)) if not held)
    return Report(year_from, year_to, main, rows, unseen)


def _person_row(kind: str, was: list[Tenure], now: list[Tenure], last: Tenure | None, first: Tenure | None,
                visitor) -> Change:
    ref = (now or was)[0]
    places = sorted({t.jurisdiction for t in was + now if t.jurisdiction})
    return Change(
        kind, ref.name, "、".join(sorted(t.post_label for t in was)), "、".join(sorted(t.post_label for t in now)),
        last.last_seen if last else "", first.first_seen if first else "", "、".join(places),
        all(visitor(t) for t in was + now), ref.person, " ".join(sorted({t.post for t in was + now})),
        _ev(last, True) if last else "", _ev(first, False) if first else "",
    )
