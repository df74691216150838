"""Interactive graph page (``graph.html``): one self-contained file that works offline.

vis-network's JavaScript and CSS are taken from the installed pyvis package and inlined into our own
template (``templates/graph.html``); pyvis's own template is not used because it loads Bootstrap from a
CDN. The graph travels as JSON inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
escaped, and the page renders every piece of data with ``textContent``, so hostile evidence text stays text.
The page lays the graph out itself (organisation → post → holder rows, see ``templates/graph.js``) for
whatever is visible, so a filter or a date gives a fresh readable layout; there is no physics.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import networkx as nx

from ..graph.schema import EDGE_LABELS as EDGE_NAMES
from ..graph.schema import Evidence
from .explorer import jurisdictions, main_place, place_parents, post_rank, source_base, tenure_rows
from .graph_json import sorted_edges
from .page_data import EncodedList, fill, page_pieces, pieces_text, write_pieces

#: The vis-network build pyvis 0.3.2 ships.
VIS_DIR = "templates/lib/vis-9.1.2"

#: Per node type: Chinese name, colour, vis shape. Unknown types fall back to :data:`OTHER_STYLE`.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("人物", "#e15759", "dot"),
    "Organization": ("机构", "#4e79a7", "square"),
    "Post": ("职务", "#f28e2b", "diamond"),
    "Meeting": ("会议", "#59a14f", "triangle"),
    "Project": ("项目", "#b07aa1", "star"),
    "Place": ("地点", "#76b7b2", "triangleDown"),
    "Article": ("报道", "#9c9c9c", "hexagon"),
    "Document": ("文档", "#5a5a5a", "square"),
}
OTHER_STYLE = ("其他", "#bab0ac", "dot")

#: How a date was known (``DatedValue.basis``), in Chinese; ``text+year:…`` reads as text + year basis.
DATE_BASIS = {
    "text": "正文日期",
    "text:stamp": "页面发布时间",
    "text:edition": "版面日期",
    "text:dateline": "文末日期",
    "text:list": "列表日期（年份）",
    "document": "文档日期",
    "manifest": "清单日期",
    "filename": "文件名日期",
    "cli": "命令行指定",
    "record": "记录日期",
    "personnel": "据任职推断",
    "unknown": "日期不详",
}

#: Longest label drawn on the canvas; the full text is in the hover title and the side panel.
MAX_LABEL = 16


def basis_label(basis: str) -> str:
    """``text+year:filename`` → ``正文日期（年份：文件名日期）``."""
    if not basis:
        return ""
    if basis.startswith("text+year:"):
        inner = basis.split(":", 1)[1]
        return f"正文日期（年份：{DATE_BASIS.get(inner, inner)}）"
    return DATE_BASIS.get(basis, basis)


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and len(date) >= 4 and date[:4].isdigit() else None


def _short(label: str) -> str:
    label = label.split(" / ")[0] if " / " in label else label
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


class _Evidence:
    """A table of unique evidence records; nodes and edges refer to rows by index (keeps the page small)."""

    FIELDS = ("evidence", "article", "date", "date_basis", "source", "doc", "start", "end")

    def __init__(self, rows: list | EncodedList) -> None:
        self.rows = rows
        self._index: dict[tuple, int] = {}

    def add(self, rec: Evidence) -> int | None:
        if not rec.get("evidence") and not rec.get("article"):
            return None
        key = tuple(map(rec.get, self.FIELDS))
        if None in key:  # a missing field and None are the same as ""
            key = tuple("" if v is None else v for v in key)
        i = self._index.get(key)
        if i is None:
            i = self._index[key] = len(self._index)
            self.rows.append({
                "s": str(rec.get("evidence") or ""), "a": str(rec.get("article") or ""),
                "d": str(rec.get("date") or ""), "b": basis_label(str(rec.get("date_basis") or "")),
                "src": str(rec.get("source") or ""), "doc": str(rec.get("doc") or ""),
                "span": [rec["start"], rec["end"]] if isinstance(rec.get("start"), int)
                and isinstance(rec.get("end"), int) else None,
            })
        return i


class _YearOf(dict):
    """:func:`year_of` of each date, computed once per distinct date (``_YearOf()[date]``)."""

    def __missing__(self, date):
        y = self[date] = year_of(date)
        return y


def _degrees(g: nx.MultiDiGraph, nodes: list) -> dict:
    """``dict(g.degree())`` (in + out edges, a self-loop twice), without a Python step per edge."""
    if not (g.is_directed() and g.is_multigraph()):
        return dict(g.degree())
    succ, pred = g._succ, g._pred
    return {n: sum(map(len, succ[n].values())) + sum(map(len, pred[n].values())) for n in nodes}


def graph_data(g: nx.MultiDiGraph, *, src_base: str = "") -> dict:
    """Everything the page needs, as plain JSON-able data (sorted, so the same graph gives the same page)."""
    return _data(g, src_base, list)


def _data(g: nx.MultiDiGraph, src_base: str, make: Callable[[], list | EncodedList]) -> dict:
    """:func:`graph_data`, its nodes, edges and evidence rows collected in ``make()`` (a list, or an
    :class:`EncodedList` for the page, where each item is final once appended)."""
    ev = _Evidence(make())
    add_ev = ev.add
    years_of = _YearOf()
    all_years: set[int] = set()
    nodes_sorted = sorted(g.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes_sorted)}
    degree = _degrees(g, nodes_sorted)
    node_data = g.nodes

    articles = {}
    for n in nodes_sorted:
        d = node_data[n]
        if d.get("type") == "Article":
            articles[str(n)] = {
                "h": str(d.get("headline") or ""), "d": str(d.get("date") or ""),
                "b": basis_label(str(d.get("date_basis") or "")), "src": str(d.get("source") or ""),
            }

    place = jurisdictions(g)
    weight = _weights(g, nodes_sorted)
    type_counts: dict[str, int] = defaultdict(int)
    nodes = make()
    for n in nodes_sorted:
        d = node_data[n]
        ntype = str(d.get("type") or "")
        type_counts[ntype] += 1
        label = str(d.get("label") or n)
        years: set[int] = set()
        refs: dict[int, None] = {}  # evidence rows in first-seen order, each once
        for m in d.get("mentions") or []:
            y = years_of[m.get("date")]
            if y:
                years.add(y)
            i = add_ev(m)
            if i is not None:
                refs[i] = None
        for key in ("date", "first_seen", "last_seen"):
            y = years_of[d.get(key)]
            if y:
                years.add(y)
        all_years |= years
        item = {
            "i": index[n], "id": str(n), "label": label, "short": _short(label), "type": ntype,
            "aliases": [str(a) for a in d.get("aliases") or []], "first": str(d.get("first_seen") or ""),
            "last": str(d.get("last_seen") or ""), "years": sorted(years), "ev": list(refs), "deg": degree.get(n, 0),
            "j": place.get(n, ""), "w": weight.get(n, 1),
        }
        if ntype == "Post":
            item["r"] = post_rank(str(d.get("title") or ""))
        nodes.append(item)

    # One drawn edge per (source, target, type); its evidence is the list of the merged multi-edges. Edges
    # come sorted by (str(source), str(target), str(key)): when no two nodes print alike, a (source, target)'s
    # edges come together, and its drawn edges are complete once the next pair starts.
    edges = make()
    together = len(set(map(str, nodes_sorted))) == len(nodes_sorted)
    grouped: dict[tuple, dict] = {}
    count = 0
    lu = lv = -1
    for u, v, _k, d in sorted_edges(g, nodes_sorted, by_str=True):
        iu, iv = index[u], index[v]
        if together and (iu != lu or iv != lv):
            count = _drawn(grouped, count, edges, all_years)
            lu, lv = iu, iv
        etype = str(d.get("type") or "")
        key = (iu, iv, etype)
        e = grouped.get(key)
        if e is None:
            e = grouped[key] = {"from": iu, "to": iv, "type": etype, "label": str(d.get("label") or etype),
                                "years": set(), "ev": {}, "n": 0}
        e["n"] += 1
        y = years_of[d.get("date")]
        if y:
            e["years"].add(y)
        i = add_ev(d)
        if i is not None:
            e["ev"][i] = None
    _drawn(grouped, count, edges, all_years)

    known = list(TYPE_STYLES) + sorted(t for t in type_counts if t not in TYPE_STYLES)
    types = [
        {"type": t, "name": TYPE_STYLES.get(t, OTHER_STYLE)[0] if t else OTHER_STYLE[0],
         "color": TYPE_STYLES.get(t, OTHER_STYLE)[1], "shape": TYPE_STYLES.get(t, OTHER_STYLE)[2],
         "count": type_counts.get(t, 0)}
        for t in known
    ]
    places = place_parents(g)
    rel_counts = Counter(str(t or "") for _u, _v, t in g.edges(data="type"))
    relations = [{"type": t, "name": EDGE_NAMES.get(t, t), "count": rel_counts[t]} for t in sorted(rel_counts)]
    return {
        "nodes": nodes, "edges": edges, "evidence": ev.rows, "articles": articles, "years": sorted(all_years),
        # no place in the graph (a person's neighbourhood cut out by --subgraph): the first view shows everything
        "types": types, "relations": relations, "main": main_place(g) if places else "", "places": places,
        "tenures": tenure_rows(g, index), "srcbase": src_base,
    }


def _weights(g: nx.MultiDiGraph, nodes: list) -> dict:
    """What a node's size shows: for a person the posts held (then mentions), for a post its holders, for an
    organisation its posts, for anything else its mentions — never its article and document links."""
    count: dict = defaultdict(set)
    for u, v, t in g.edges(data="type"):
        if t == "holds":
            count[u].add(v)
            count[v].add(u)
        elif t == "post_in":
            count[v].add(u)
    return {n: 1 + 4 * len(count.get(n, ())) + min(20, len(g.nodes[n].get("mentions") or [])) for n in nodes}


def _drawn(grouped: dict[tuple, dict], count: int, edges: list | EncodedList, all_years: set[int]) -> int:
    """Finish the drawn edges in ``grouped`` (numbered from ``count``), append them to ``edges`` and empty
    ``grouped``; returns the next number."""
    for e in grouped.values():
        e["id"] = count
        count += 1
        all_years |= e["years"]
        e["years"] = sorted(e["years"])
        e["ev"] = list(e["ev"])
        edges.append(e)
    grouped.clear()
    return count


def _asset(name: str) -> str:
    return importlib.resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def vis_assets() -> tuple[str, str]:
    """vis-network's (JS, CSS) from the installed pyvis package, found without importing pyvis."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed; it provides vis-network for graph.html")
    base = Path(next(iter(spec.submodule_search_locations))) / VIS_DIR
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # Inlined inside <script>/<style>: a literal closing tag would end the element early.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


def page_head(title: str) -> str:
    """The ``<head>`` opening both pages share: charset, viewport, the offline content policy, the title."""
    from html import escape

    return fill(_asset("page_head.html"), {"TITLE": escape(title)})


def _page(g: nx.MultiDiGraph, title: str, src_base: str, folder: Path | None = None) -> Iterator[str | bytes]:
    """The page in pieces (:func:`page_pieces`), its data streamed (through temporary files in ``folder``)."""
    from html import escape

    js, css = vis_assets()
    parts = {"HEAD": page_head(title), "TITLE": escape(title), "VIS_CSS": css, "VIS_JS": js, "APP_CSS": _asset("graph.css"),
             "EVIDENCE_JS": _asset("evidence.js"), "LAYOUT_JS": _asset("graph_layout.js"), "APP_JS": _asset("graph.js")}
    return page_pieces(_asset("graph.html"), parts, _data(g, src_base, partial(EncodedList, folder)))


def render(g: nx.MultiDiGraph, *, title: str = "newskg 知识图谱", src_base: str = "") -> str:
    """The page as a string; ``g`` is not modified. ``src_base`` prefixes the links to source files."""
    return pieces_text(_page(g, title, src_base))


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    """The page written piece by piece (never one string of the whole page)."""
    write_pieces(path, _page(g, "newskg 知识图谱", source_base(path), Path(path).parent))
