"""Which mentions of a name are one person: careers across documents, places and moves.

Why: a name is not a person. 新郑市委书记 in 2021 and 郑州市副市长 in 2025 are one official who moved;
新乡经开区's 杨洁 and 卧龙区's 杨洁 are two. The evidence for each document is the places of the posts
the name holds there (the gazetteer codes :mod:`extract.jurisdiction` gave each holding). Two documents'
holdings of a name are one person when their places lie in one city's chain (their nearest common
division is a city or below, or one of them is the province that holds the other, or both are county-level
divisions the province runs directly: 仙桃市 and 潜江市) and no two
single-holder posts of different organs are held on the same date; otherwise they are two people. A post held
on secondment (副县长（挂职）, 援疆干部) is the exception: it joins a career in another province when its page names
that career's place (平度市援建的…, a province in the post's note), the home such officials come from.
Documents whose holdings name no known place join by the organs they share, and by name alone when
nothing tells them apart (logged as such).

Every merge and every refusal is a :class:`Decision`, kept in the graph (``g.graph["resolution"]``)
and written by the build as ``resolution.jsonl`` so an analyst can review them. Overrides
(``build_graph(results, overrides={(name, doc_a, doc_b): "same" | "different"})``, from the file
``newskg build --identity FILE`` reads) win over the rules, in both directions of the pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, fields

from ..extract.gazetteer import Division, gazetteer
from ..extract.model import DocumentFacts
from ..extract.resources import words
from .orgs import org_root
from .tenure import SINGLE_HOLDER_TITLES

#: Titles of a division's heads (division_head_titles.txt, a subset of the tenure model's single-holder titles):
#: one name holding two of them of different organs on one date is two people.
SINGLE_HOLDER = frozenset(words("division_head_titles.txt")) & SINGLE_HOLDER_TITLES
_LEVEL_ORDER = {"zone": 0, "county": 1, "city": 2, "province": 3}


@dataclass
class Group:
    """One document's holdings of a name."""

    name: str
    doc: str
    places: set[str] = field(default_factory=set)  # gazetteer codes
    orgs: set[str] = field(default_factory=set)
    single: dict[str, set[str]] = field(default_factory=dict)  # date -> single-holder posts held that day
    home: set[str] = field(default_factory=set)  # places a page of a post held on secondment (挂职) names


@dataclass(frozen=True)
class Decision:
    """One identity decision, for the resolution log."""

    name: str
    action: str  # merge | refuse | alone
    person: str  # the person id the document's mentions went to
    doc: str
    other_docs: tuple[str, ...]  # the first document of each career compared (linear in documents, not quadratic)
    reason: str
    other_count: int = 0  # how many documents those careers held

    def as_dict(self) -> dict:
        """:func:`dataclasses.asdict` of its flat fields (which deep-copied each, a tenth of planning people)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _groups(results: list[DocumentFacts]) -> dict[str, list[Group]]:
    by_name: dict[str, list[Group]] = defaultdict(list)
    for res in results:
        per: dict[str, Group] = {}
        for found in res.articles:
            date = found.article.date.value or ""
            page: frozenset[Division] | None = None  # the article's places, read once for all its seconded posts
            for h in found.holdings:
                name = h.person.text
                grp = per.setdefault(name, Group(name, res.document.id))
                if h.place:
                    grp.places.add(h.place)
                elif found.jurisdiction is not None:
                    grp.places.add(found.jurisdiction.code)  # an organ of no known place: the article's place
                grp.orgs.add(h.org)
                note = _note_before(found, h.evidence.start) + h.evidence.text + _note_after(found, h.person.end)
                if any(w in note for w in _SECONDED):
                    # the page's places; a province in the post's note (（安徽援疆干部）, （浙江湖州南浔区挂职干部）)
                    page = _places_of(found.article.text) if page is None else page
                    grp.home |= _named_places(page, grp.places) | _named_places(_places_of(note), grp.places, True)
                if h.title in SINGLE_HOLDER and date and not h.change:
                    grp.single.setdefault(date, set()).add(h.org + h.title)
        for name, grp in per.items():
            by_name[name].append(grp)
    return by_name


#: Words of a post held on secondment from another place (副县长（挂职）, 援疆干部): its page most often names the
#: place the official comes from (东西部协作: 平度市援建的…), where the rest of the career is.
_SECONDED = ("挂职", "援疆", "援藏", "援青", "挂任")


def _note_after(found, end: int) -> str:
    """A bracketed note right after a holder's name (县委常委、副县长某（浙江湖州南浔区挂职干部）), else ""."""
    text, at = found.article.text, end - found.article.start
    close = text.find("）", at, at + 30) if text[at : at + 1] == "（" else -1
    return text[at : close + 1] if close > 0 else ""


_NOTE_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:援疆|援藏|援青|挂职)干部、$")


def _note_before(found, start: int) -> str:
    """A note opening the holder's chain (吉林援藏干部、县委常委、常务副县长某), else ""."""
    at = start - found.article.start
    m = _NOTE_BEFORE_RE.search(found.article.text, max(0, at - 14), at)
    return m.group() if m else ""


def _places_of(text: str) -> frozenset[Division]:
    """The divisions ``text`` names, in full or by a county's short form (平度市援建的…, 梅河口与青田…)."""
    from ..extract.place_names import places_in, short_counties_in

    return frozenset({*places_in(text), *short_counties_in(text)})


def _named_places(named: frozenset[Division], own: set[str], provinces_too: bool = False) -> set[str]:
    """Codes of the counties and cities among ``named`` outside the province of the places ``own`` (and of the
    provinces, ``provinces_too``: 副县长（安徽援疆干部）)."""
    gaz = gazetteer()
    provinces = {gaz.chain(d)[-1].code for d in _divisions(own)}  # (a province's chain is itself)
    levels = ("county", "city", "province") if provinces_too else ("county", "city")
    return {d.code for d in named if d.level in levels and gaz.chain(d)[-1].code not in provinces}


def _divisions(codes: set[str]) -> list[Division]:
    gaz = gazetteer()
    return [d for c in sorted(codes) if (d := gaz.division(c)) is not None]


def common_place(a: Division, b: Division) -> Division | None:
    """The nearest division holding both (a zone counts as inside its city)."""
    gaz = gazetteer()
    chain_b = set(gaz.chain(b))
    return next((d for d in gaz.chain(a) if d in chain_b), None)


def _place_link(a: set[str], b: set[str]) -> tuple[bool | None, str]:
    """Whether two sets of places can be one career: True, False, or None (no place known on a side)."""
    da, db = _divisions(a), _divisions(b)
    if not da or not db:
        return None, "no place known"
    gaz = gazetteer()
    best = None
    for x in da:
        for y in db:
            c = common_place(x, y)
            if c is None:
                continue
            close = c.level in ("city", "county", "zone") or (c.level == "province" and c.name.endswith("市"))
            # 仙桃市 and 潜江市, run by their province with no city between (省直管): the province is their city
            close = close or (c.level == "province" and all(d.level == "county" and d.parent == c.code for d in (x, y)))
            if close or c in (x, y):
                return True, f"{gaz.label(x)} and {gaz.label(y)} lie in {gaz.label(c)}"
            best = best or f"{gaz.label(x)} and {gaz.label(y)} share only {gaz.label(c)}"
    return False, best or "places in different provinces"


def _clash(a: Group, b: Group) -> str:
    """Two different single-holder posts held on the same date: the reason, or ''."""
    for date in sorted(a.single.keys() & b.single.keys()):
        if a.single[date] != b.single[date] and not (a.single[date] & b.single[date]):
            return f"both hold single-holder posts on {date}: {'、'.join(sorted(a.single[date]))} / " \
                   f"{'、'.join(sorted(b.single[date]))}"
    return ""


def compatible(a: Group, b: Group) -> tuple[bool | None, str]:
    """Whether two documents' holdings of one name can be one person (None: nothing tells), and why."""
    clash = _clash(a, b)
    if clash:
        return False, clash
    link, why = _place_link(a.places, b.places)
    if link is False:
        for x, y in ((a, b), (b, a)):
            if x.home and (home := _place_link(x.home, y.places))[0]:
                return True, f"a post held on secondment (挂职) on a page that names its home: {home[1]}"
    if link is not None:
        return link, why
    if a.orgs & b.orgs:
        return True, f"same organ {sorted(a.orgs & b.orgs)[0]}"
    if not a.places and not b.places and a.orgs and b.orgs:
        roots_a, roots_b = {org_root(o) for o in a.orgs}, {org_root(o) for o in b.orgs}
        if roots_a & roots_b:
            return True, f"no place known; organs under {sorted(roots_a & roots_b)[0]}"
        return False, f"no place known; organs {sorted(a.orgs)[0]} and {sorted(b.orgs)[0]} share nothing"
    return None, "no place known on one side"


def _absorb(whole: Group, grp: Group) -> Group:
    """Add one document's holdings to a cluster's (places, organs, single-holder posts by date)."""
    whole.places |= grp.places
    whole.orgs |= grp.orgs
    whole.home |= grp.home
    for date, posts in grp.single.items():
        whole.single.setdefault(date, set()).update(posts)
    return whole


def _label(groups: list[Group]) -> str:
    """The most specific place all of a cluster's places lie in (its suffix in the person id)."""
    gaz = gazetteer()
    divs = _divisions(set().union(*(g.places for g in groups)))
    if not divs:
        return sorted(org_root(o) for o in set().union(*(g.orgs for g in groups)))[0]
    common = divs[0]
    for d in divs[1:]:
        common = common_place(common, d) or common
    return gaz.label(common)


class Identities:
    """Person ids for names, decided once over all documents."""

    def __init__(self, results: list[DocumentFacts], overrides: dict[tuple[str, str, str], str] | None = None):
        self.decisions: list[Decision] = []
        self._by_doc: dict[tuple[str, str], str] = {}
        self._clusters: dict[str, list[tuple[str, list[Group]]]] = {}
        forced_pairs: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
        for (who, doc_a, doc_b), verdict in (overrides or {}).items():
            forced_pairs[who][(doc_a, doc_b)] = forced_pairs[who][(doc_b, doc_a)] = verdict
        for name, groups in sorted(_groups(results).items()):
            pairs = forced_pairs.get(name, {})
            clusters: list[list[Group]] = []
            merged: list[Group] = []  # each cluster's holdings together: one comparison per cluster, not per member
            notes: list[tuple[Group, str, str, tuple[str, ...], int]] = []
            # Documents that place the name first: the careers they make are what the others join.
            for grp in sorted(groups, key=lambda g: (not _divisions(g.places), g.doc)):
                placed = False
                refusals = []
                for cluster, whole in zip(clusters, merged, strict=True):
                    ok, why = compatible(grp, whole)
                    forced = {pairs.get((grp.doc, o.doc)) for o in cluster} - {None} if pairs else set()
                    if "different" in forced:
                        refusals.append((cluster, "override: different"))
                        continue
                    if ok is None and len(clusters) > 1:
                        refusals.append((cluster, "no place known; the name is several people"))
                        continue
                    if "same" in forced or ok is not False:
                        why = "override: same" if "same" in forced else why
                        cluster.append(grp)
                        _absorb(whole, grp)
                        notes.append((grp, "merge", why, (cluster[0].doc,), len(cluster) - 1))
                        placed = True
                        break
                    refusals.append((cluster, why))
                if not placed:
                    clusters.append([grp])
                    merged.append(_absorb(Group(name, grp.doc), grp))
                    if refusals:
                        others = tuple(c[0].doc for c, _ in refusals)
                        notes.append((grp, "refuse", "; ".join(w for _, w in refusals), others,
                                      sum(len(c) for c, _ in refusals)))
                    elif len(groups) > 1:
                        notes.append((grp, "alone", "first document of the name", (), 0))
            named = []
            for cluster in clusters:
                pid = f"person:{name}" if len(clusters) == 1 else f"person:{name}@{_label(cluster)}"
                named.append((pid, cluster))
                for grp in cluster:
                    self._by_doc[(name, grp.doc)] = pid
            self._clusters[name] = named
            for grp, action, why, others, count in notes:
                self.decisions.append(Decision(name, action, self._by_doc[(name, grp.doc)], grp.doc, others, why, count))

    def person(self, name: str, doc: str, places: set[str]) -> str:
        """The id of ``name`` as mentioned in ``doc`` (whose articles are about ``places``)."""
        pid = self._by_doc.get((name, doc))
        if pid is not None:
            return pid
        clusters = self._clusters.get(name)
        if not clusters:
            return f"person:{name}"
        if len(clusters) == 1:
            return clusters[0][0]
        probe = Group(name, doc, set(places))
        linked = [pid for pid, cl in clusters if any(_place_link(probe.places, g.places)[0] for g in cl)]
        return linked[0] if len(linked) == 1 else f"person:{name}"

    def ambiguous(self) -> dict[str, list[str]]:
        """Names that are several people, with their ids."""
        return {n: [pid for pid, _ in cl] for n, cl in self._clusters.items() if len(cl) > 1}
