"""graph.html and timeline.html: self-contained, offline, safe with hostile text, and working in Chromium."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from newskg.output import html, timeline
from newskg.output.graph_json import sorted_edges

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _shot_dir(tmp_path: Path) -> Path:
    """Screenshots go to docs/ only when asked (NEWSKG_SCREENSHOTS=1), so tests leave the tree clean."""
    return DOCS if os.environ.get("NEWSKG_SCREENSHOTS") else tmp_path
_REMOTE_REF = re.compile(r"""<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def _node_link(g: nx.MultiDiGraph) -> str:
    return json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, sort_keys=True, default=str)


# ---- plain tests ---------------------------------------------------------------------------------

@pytest.mark.parametrize("writer", [html, timeline], ids=["graph", "timeline"])
def test_page_is_offline_utf8_and_deterministic(writer, small_graph, tmp_path):
    path = tmp_path / "page.html"
    writer.write(small_graph, path)
    data = path.read_bytes()
    text = data.decode("utf-8")  # raises if not valid UTF-8
    assert '<meta charset="utf-8">' in text
    assert not _REMOTE_REF.findall(text)
    assert "@import" not in text
    writer.write(small_graph, path)
    assert path.read_bytes() == data


@pytest.mark.parametrize("writer", [html, timeline], ids=["graph", "timeline"])
def test_writer_does_not_modify_graph(writer, small_graph, tmp_path):
    before = _node_link(small_graph)
    writer.write(small_graph, tmp_path / "page.html")
    assert _node_link(small_graph) == before


def test_graph_data_is_escaped_json(small_graph, xss):
    page = html.render(small_graph)
    raw = re.search(r'<script type="application/json" id="newskg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    data = json.loads(raw)
    assert xss in [r["s"] for r in data["evidence"]]
    assert "window.pwned=1" not in page.replace(raw, "")
    assert len(data["nodes"]) == small_graph.number_of_nodes()
    assert data["years"] == [2022, 2023]


@pytest.mark.parametrize(("text", "escaped"), [
    ("</script>", "\\u003c/script\\u003e"),
    ("a&b", "a\\u0026b"),
    ("\u2028", "\\u2028"),
])
def test_json_for_script(text, escaped):
    assert html.json_for_script(text) == f'"{escaped}"'
    assert json.loads(html.json_for_script(text)) == text


def test_year_sets_and_grouped_edges(small_graph):
    data = html.graph_data(small_graph)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["person:甲"]["years"] == [2022]
    assert nodes["post:市政府/主任"]["years"] == [2022, 2023]
    assert nodes["org:市"]["years"] == []
    assert sum(e["n"] for e in data["edges"]) == small_graph.number_of_edges()


def test_streamed_page_is_the_one_piece_page(small_graph, tmp_path, monkeypatch):
    """Data encoded a few items at a time (as on large graphs) gives the text of one json.dumps call."""
    data = html.graph_data(small_graph, layout_threshold=0)
    whole = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        whole = whole.replace(ch, esc)
    monkeypatch.setattr(html, "_BATCH", 1)
    assert html.json_for_script(data) == whole
    page = html.render(small_graph, layout_threshold=0)  # the page encodes its items as it makes them
    assert re.search(r'<script type="application/json" id="newskg-data">(.*?)</script>', page, re.S).group(1) == whole
    html.write(small_graph, tmp_path / "graph.html")
    assert (tmp_path / "graph.html").read_bytes() == html.render(small_graph).encode("utf-8")


def test_edges_come_in_string_order():
    g = nx.MultiDiGraph()
    for u, v, k in [("b", "a", 2), ("a", "c", "x"), ("a", "b", 10), ("a", "b", 9), ("a", "b", "10"), ("c", "c", 0),
                    ("a", "c", 1)]:
        g.add_edge(u, v, key=k, w=f"{u}{v}{k}")
    expected = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    assert list(sorted_edges(g, sorted(g, key=str), by_str=True)) == expected
    h = nx.relabel_nodes(g, {"a": 1, "b": "1", "c": 2})  # ids that are not all str take the general path
    expected = sorted(h.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    assert list(sorted_edges(h, sorted(h, key=str), by_str=True)) == expected
    assert html._degrees(g, list(g)) == dict(g.degree())


def test_python_layout_places_every_node_once():
    g = nx.MultiDiGraph()
    nx.add_path(g, range(50))
    nx.add_star(g, range(100, 140))
    g.add_node(999)
    pos = html._layout(g, sorted(g.nodes))
    assert set(pos) == set(g.nodes)
    assert len(set(pos.values())) == g.number_of_nodes()
    assert html._layout(g, sorted(g.nodes)) == pos


def test_timeline_bars_and_evidence(small_graph, xss):
    page = timeline.render(small_graph)
    rows = timeline.tenures(small_graph)
    assert [t.person for t in rows["post:市政府/主任"]] == ["person:甲", "person:乙"]
    assert page.count('class="bar"') == 2
    assert xss not in page
    assert "&lt;/script&gt;&lt;script&gt;window.pwned=1" in page
    assert "2022年" in page and "2023年" in page


@pytest.mark.parametrize(("date", "days"), [("2023", 365), ("2024-02", 29), ("2023-06-01", 1)])
def test_timeline_date_range(date, days):
    start, end = timeline.date_range(date)
    assert (end - start).days == days


# ---- browser tests -------------------------------------------------------------------------------

def _visible(page) -> int:
    return page.evaluate("window.newskg.visibleNodeCount()")


@pytest.mark.browser
def test_sample_graph_renders_offline(open_page, sample_graph, tmp_path):
    path = tmp_path / "graph.html"
    html.write(sample_graph, path)
    p = open_page(path)
    page = p.page
    assert page.evaluate("window.newskg.nodes.length") == sample_graph.number_of_nodes()
    assert page.evaluate("window.newskg.network.body.nodeIndices.length") == sample_graph.number_of_nodes()
    assert page.evaluate("window.newskg.network.physics.options.enabled") is False
    assert _visible(page) == sample_graph.number_of_nodes()
    # Labels are drawn: at least one label is Chinese text.
    labels = page.evaluate("window.newskg.nodes.map(function (n) { return n.label; })")
    assert any(re.search(r"[\u4e00-\u9fff]", lab) for lab in labels)
    # Each drawn node has its type's colour (vis group palettes must not leak in).
    wrong = page.evaluate("""(function () {
        var g = window.newskg, colours = {};
        g.data.types.forEach(function (t) { colours[t.type] = t.color; });
        return g.data.nodes.filter(function (n) {
            return g.network.body.nodes[n.i].options.color.background !== colours[n.type];
        }).map(function (n) { return n.id; });
    })()""")
    assert wrong == []
    # The docs picture: the best-connected person, focused, with its evidence panel (labels readable).
    page.evaluate("""(function () {
        var people = window.newskg.data.nodes.filter(function (n) { return n.type === 'Person'; });
        people.sort(function (a, b) { return b.deg - a.deg; });
        if (people.length) window.newskg.focus(people[0].label);
    })()""")
    page.wait_for_timeout(700)
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(_shot_dir(tmp_path) / "graph.png"))
    assert p.errors == []
    assert p.foreign_requests() == []


@pytest.mark.browser
def test_search_type_and_year_filters(open_page, small_graph, tmp_path):
    path = tmp_path / "graph.html"
    html.write(small_graph, path)
    p = open_page(path)
    page = p.page
    total = small_graph.number_of_nodes()
    assert _visible(page) == total

    page.fill("#search", "大桥")
    page.press("#search", "Enter")
    page.wait_for_function("window.newskg.network.getSelectedNodes().length === 1")
    selected = page.evaluate("window.newskg.data.nodes[window.newskg.network.getSelectedNodes()[0]].id")
    assert selected == "project:大桥"
    assert "大桥项目" in page.text_content("#panel")

    people = sum(1 for _n, t in small_graph.nodes(data="type") if t == "Person")
    page.uncheck('input[data-type="Person"]')
    assert _visible(page) == total - people
    page.check('input[data-type="Person"]')
    assert _visible(page) == total

    assert page.eval_on_selector_all("#year option", "os => os.map(o => o.value)") == ["", "2022", "2023"]
    page.select_option("#year", "2022")
    hidden = page.evaluate("window.newskg.nodes.get({filter: function (n) { return n.hidden; }})"
                           ".map(function (n) { return window.newskg.data.nodes[n.id].id; })")
    assert "person:乙" in hidden and "meeting:a#2#1" in hidden
    for shown in ("person:甲", "org:市政府", "org:市", "place:河东"):  # undated, reached through 2022 edges
        assert shown not in hidden
    page.select_option("#year", "2023")
    hidden23 = page.evaluate("window.newskg.nodes.get({filter: function (n) { return n.hidden; }})"
                             ".map(function (n) { return window.newskg.data.nodes[n.id].id; })")
    assert "person:甲" in hidden23 and "place:河东" in hidden23 and "person:乙" not in hidden23
    page.fill("#search", "甲")  # hidden in 2023: the search clears the filters to show it
    page.press("#search", "Enter")
    page.wait_for_function("window.newskg.network.getSelectedNodes().length === 1")
    assert _visible(page) == total
    assert page.input_value("#year") == ""
    assert p.errors == []
    assert p.foreign_requests() == []


@pytest.mark.browser
def test_click_shows_evidence_and_xss_stays_text(open_page, small_graph, xss, tmp_path):
    path = tmp_path / "graph.html"
    html.write(small_graph, path)
    p = open_page(path)
    page = p.page
    idx = page.evaluate("window.newskg.data.nodes.findIndex(function (n) { return n.id === 'meeting:a#2#1'; })")
    page.evaluate(f"window.newskg.network.focus({idx}, {{scale: 1.5}})")
    page.wait_for_timeout(100)
    box = page.locator("#network").bounding_box()
    pt = page.evaluate(f"window.newskg.network.canvasToDOM(window.newskg.network.getPositions([{idx}])[{idx}])")
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
    panel = page.locator("#panel")
    assert "常务会议" in panel.text_content()
    assert xss in panel.locator("blockquote").first.text_content()
    assert "2023-06" in panel.text_content() and "正文日期" in panel.text_content()
    assert "data/x/a.txt" in panel.text_content()
    assert panel.locator("script, img, svg").count() == 0

    # A real click on the middle of an edge, zoomed in so no node is near.
    eid = page.evaluate("window.newskg.data.edges.findIndex(function (e) { return e.type === 'chaired'; })")
    page.evaluate(f"""(function () {{
        var net = window.newskg.network, e = window.newskg.data.edges[{eid}], p = net.getPositions([e.from, e.to]);
        net.moveTo({{position: {{x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}}, scale: 3}});
    }})()""")
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert "主持" in panel.text_content() and xss in panel.text_content()
    assert panel.locator("script, img, svg").count() == 0

    # The hover title of a node labelled with the payload is text too.
    art = page.evaluate("window.newskg.data.nodes.findIndex(function (n) { return n.id === 'article:a.txt#2'; })")
    page.evaluate(f"window.newskg.network.moveTo({{position: window.newskg.network.getPositions([{art}])[{art}],"
                  " scale: 2})")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert xss in tooltip.text_content()
    assert tooltip.locator("script, img, svg").count() == 0

    assert page.evaluate("window.pwned") is None
    assert p.dialogs == []
    assert p.errors == []
    assert p.foreign_requests() == []


@pytest.mark.browser
def test_large_graph_uses_python_layout(open_page, tmp_path):
    g = nx.MultiDiGraph()
    for i in range(400):
        g.add_node(f"person:{i}", type="Person", label=f"人物{i}", mentions=[], first_seen="", last_seen="")
        if i:
            g.add_edge(f"person:{i}", f"person:{(i - 1) // 3}", type="attended", label="出席")
    path = tmp_path / "graph.html"
    path.write_text(html.render(g, layout_threshold=100), encoding="utf-8")
    p = open_page(path)
    assert p.page.evaluate("window.newskg.nodes.length") == g.number_of_nodes()
    assert p.page.evaluate("window.newskg.nodes.get(0).x") is not None
    assert p.page.evaluate("window.newskg.network.physics.options.enabled") is False
    assert p.errors == []


@pytest.mark.browser
def test_timeline_page(open_page, sample_graph, small_graph, xss, tmp_path):
    path = tmp_path / "timeline.html"
    timeline.write(small_graph, path)
    p = open_page(path)
    page = p.page
    assert page.locator("a.bar").count() == sum(1 for ts in timeline.tenures(small_graph).values() for t in ts
                                                 if t.first)
    page.locator("a.bar", has_text="乙").click()
    target = page.locator(".tenure:target")
    assert xss in target.locator("blockquote").first.text_content()
    assert page.evaluate("window.pwned") is None and p.dialogs == []
    assert p.errors == [] and p.foreign_requests() == []

    timeline.write(sample_graph, path)
    q = open_page(path)
    assert q.page.locator(".row[data-post]").count() == sum(
        1 for _n, t in sample_graph.nodes(data="type") if t == "Post")
    DOCS.mkdir(exist_ok=True)
    q.page.locator(".timeline").screenshot(path=str(_shot_dir(tmp_path) / "timeline.png"))
    assert q.errors == [] and q.foreign_requests() == []
