"""graph.html and timeline.html: self-contained, offline, safe with hostile text, and working in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from newskg.output import explorer, html, page_data, timeline
from newskg.output.graph_json import sorted_edges

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
    assert page_data.json_for_script(text) == f'"{escaped}"'
    assert json.loads(page_data.json_for_script(text)) == text


def test_year_sets_and_grouped_edges(small_graph):
    data = html.graph_data(small_graph)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["person:甲"]["years"] == [2022]
    assert nodes["post:市政府/主任"]["years"] == [2022, 2023]
    assert nodes["org:市"]["years"] == []
    assert sum(e["n"] for e in data["edges"]) == small_graph.number_of_edges()


def _script_json(data) -> str:
    whole = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        whole = whole.replace(ch, esc)
    return whole


def test_streamed_page_is_the_one_piece_page(small_graph, tmp_path, monkeypatch):
    """Data encoded a few items at a time (as on large graphs) into a temporary file, read back in blocks that
    end inside a letter's UTF-8, gives the text of one json.dumps call."""
    data = html.graph_data(small_graph)
    whole = _script_json(data)
    monkeypatch.setattr(page_data, "_BATCH", 1)
    monkeypatch.setattr(page_data, "_BLOCK", 5)
    assert page_data.json_for_script(data) == whole
    page = html.render(small_graph)  # the page encodes its items as it makes them
    assert re.search(r'<script type="application/json" id="newskg-data">(.*?)</script>', page, re.S).group(1) == whole
    html.write(small_graph, tmp_path / "graph.html")
    base = explorer.source_base(tmp_path / "graph.html")  # links to sources go from the page's folder
    assert base.endswith("/") and (tmp_path / base).resolve() == Path.cwd()
    assert (tmp_path / "graph.html").read_bytes() == html.render(small_graph, src_base=base).encode("utf-8")


def test_streamed_timeline_is_the_one_piece_page(small_graph, tmp_path, monkeypatch):
    whole = _script_json(timeline.timeline_data(small_graph))
    monkeypatch.setattr(page_data, "_BATCH", 1)
    page = timeline.render(small_graph)
    assert re.search(r'<script type="application/json" id="newskg-data">(.*?)</script>', page, re.S).group(1) == whole
    timeline.write(small_graph, tmp_path / "timeline.html")
    base = explorer.source_base(tmp_path / "timeline.html")
    assert (tmp_path / "timeline.html").read_bytes() == timeline.render(small_graph, src_base=base).encode("utf-8")


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


@pytest.mark.parametrize(("date", "days"), [("2023", 365), ("2024-02", 29), ("2023-06-01", 1)])
def test_timeline_date_range(date, days):
    start, end = timeline.date_range(date)
    assert (end - start).days == days




def test_post_ranks():
    titles = ["委员", "副书记", "主任", "书记", "常务副区长", "副区长", "三级调研员", "副科员"]
    assert sorted(titles, key=explorer.post_rank) == ["书记", "主任", "副书记", "常务副区长", "副区长", "委员",
                                                      "三级调研员", "副科员"]


def test_jurisdictions_and_tenure_rows(sample_graph):
    place = explorer.jurisdictions(sample_graph)
    assert place["org:郑州经开区党工委"] == "郑州经开区"  # its nearest place in the organisation tree
    assert place["org:郑州市委组织部"] == "郑州市"
    assert place["post:郑州经开区党工委/书记"] == "郑州经开区"
    assert place["person:李小虎"] == "郑州经开区"  # from the posts held
    assert explorer.place_parents(sample_graph)["郑州经开区"] == "郑州市"
    data = html.graph_data(sample_graph)
    ids = [n["id"] for n in data["nodes"]]
    rows = {(ids[t["p"]], ids[t["q"]]): t for t in data["tenures"]}
    secretary = rows[("person:李小虎", "post:郑州经开区党工委/书记")]
    before = rows[("person:樊福太", "post:郑州经开区党工委/书记")]
    assert data["tenures"][secretary["pred"]] is before and data["tenures"][before["succ"]] is secretary
    assert before["eb"] == secretary["f"] == "2023-03-15"
    assert data["main"] == "郑州经开区"


def test_a_cut_out_neighbourhood_opens_on_everything(sample_graph):
    from newskg.graph.subgraph import subgraph

    sub = subgraph(sample_graph, "李小虎")
    assert html.graph_data(sample_graph)["main"] == "郑州经开区"
    assert html.graph_data(sub)["main"] == ""  # its organisations lost their places: no place to pick


# ---- browser tests -------------------------------------------------------------------------------

def _under(place: str, top: str, parents: dict) -> bool:
    while place:
        if place == top:
            return True
        place = parents.get(place, "")
    return False


def _overlaps(page) -> tuple[int, int]:
    """(pairs of drawn nodes whose node-and-label boxes overlap, drawn nodes). vis measures a box when it draws
    the node, so the view is fitted to everything for the measure (and put back)."""
    n, count = page.evaluate("""(function () {
        var g = window.newskg, net = g.network, pos = net.getViewPosition(), scale = net.getScale();
        net.fit({ animation: false }); net.redraw();
        var ids = net.body.nodeIndices, boxes = ids.map(function (i) { return net.getBoundingBox(i); }), n = 0;
        net.moveTo({ position: pos, scale: scale });
        for (var a = 0; a < boxes.length; a++) for (var b = a + 1; b < boxes.length; b++) {
            var p = boxes[a], q = boxes[b];
            if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) n++;
        }
        return [n, ids.length];
    })()""")
    return n, count


@pytest.fixture
def sample_page(open_page, sample_graph, tmp_path):
    path = tmp_path / "graph.html"
    html.write(sample_graph, path)
    return open_page(path)


@pytest.mark.browser
def test_first_view_is_the_main_place_readable(sample_page, sample_graph, tmp_path):
    page = sample_page.page
    place, parents = explorer.jurisdictions(sample_graph), explorer.place_parents(sample_graph)
    main = explorer.main_place(sample_graph)
    expected = sorted(n for n, t in sample_graph.nodes(data="type")
                      if t in ("Person", "Post", "Organization") and _under(place[n], main, parents))
    assert sorted(page.evaluate("window.newskg.visibleIds()")) == expected
    assert page.evaluate("window.newskg.labelPx()") >= 11
    # no two drawn labels (node + label boxes) overlap
    assert _overlaps(page) == (0, len(expected))
    assert sample_page.errors == [] and sample_page.foreign_requests() == []


@pytest.mark.browser
def test_slider_matches_post_year(sample_page, sample_graph):
    page = sample_page.page
    from newskg.graph.tenure import holders_in

    years = page.evaluate("window.newskg.periods.y")
    assert years == [str(y) for y in range(2022, 2026)]
    posts = {n: d["label"] for n, d in sample_graph.nodes(data=True) if d.get("type") == "Post"}
    page.select_option("#jur", "")  # every place
    page.evaluate("""(function () {  /* record which nodes vis paints during a slider step */
        var net = window.newskg.network, painted = {};
        Object.keys(net.body.nodes).forEach(function (id) {
            var node = net.body.nodes[id], draw = node.draw;
            node.draw = function () { painted[id] = 1; return draw.apply(this, arguments); };
        });
        window.__step = function (i) { painted = {}; window.newskg.setPeriod(i); };
        window.__undrawn = function () {
            var box = net.canvas.frame.canvas.getBoundingClientRect();
            return net.body.nodeIndices.filter(function (id) {
                var node = net.body.nodes[id], p = net.canvasToDOM({ x: node.x, y: node.y });
                return p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height && !painted[id];
            }).map(function (id) { return window.newskg.data.nodes[id].id; });
        };
    })()""")
    seen_presumed = False
    for i, year in enumerate(years, start=1):
        page.evaluate(f"window.__step({i})")
        shown = {(p, q): s for p, q, s in page.evaluate("window.newskg.holdsShown()")}
        expected = {}
        for post, label in posts.items():
            for t in holders_in(sample_graph, label, int(year)):
                if t.post == post:
                    basis = 2 if t.year_basis(int(year)) == "attested" else 1
                    expected[(t.person, post)] = max(basis, expected.get((t.person, post), 0))
        assert shown == expected, year
        assert page.evaluate("window.__undrawn()") == [], year  # every shown node in view is painted
        seen_presumed |= 1 in shown.values()
    assert seen_presumed  # 李小虎 is 书记 in 2024 with no article of 2024: drawn dashed
    page.select_option("#grain", "m")  # by month: attested in the month of an article, presumed in between
    secretary = ("person:李小虎", "post:郑州经开区党工委/书记")
    states = {}
    for month in ("2022-12", "2023-03", "2023-04"):
        page.evaluate(f"window.newskg.setPeriod(window.newskg.periods.m.indexOf('{month}') + 1)")
        assert page.text_content("#when") == month.replace("-", "年") + "月"
        states[month] = {(p, q): s for p, q, s in page.evaluate("window.newskg.holdsShown()")}.get(secretary)
    assert states == {"2022-12": None, "2023-03": 2, "2023-04": 1}
    page.select_option("#grain", "y")
    page.evaluate("window.newskg.setPeriod(0)")
    page.click("#play")  # plays year by year from the first
    for _ in range(40):
        page.wait_for_timeout(150)
        if page.text_content("#when") != "全部时间":
            break
    assert page.text_content("#when") in ("2022年", "2023年")
    page.click("#play")  # pauses
    paused = page.text_content("#when")
    page.wait_for_timeout(1500)
    assert page.text_content("#when") == paused
    assert sample_page.errors == []


@pytest.mark.browser
def test_career_card_equals_roles(sample_page, sample_graph):
    from newskg.graph.tenure import roles

    page = sample_page.page
    page.fill("#search", "李小虎")
    page.press("#search", "Enter")
    rows = page.eval_on_selector_all("#panel table.career tr[data-post]", """rs => rs.map(r => [
        r.getAttribute('data-post'), r.querySelector('.first').textContent, r.querySelector('.last').textContent])""")
    expected = [[t.post, t.first_seen, t.last_seen] for t in roles(sample_graph, "李小虎")]
    assert rows == expected
    secretary = page.locator('#panel tr[data-post="post:郑州经开区党工委/书记"] td').nth(3)
    assert secretary.text_content() == "樊福太"  # predecessor
    chaired = sorted(v for u, v, t in sample_graph.out_edges("person:李小虎", data="type") if t == "chaired")
    links = page.eval_on_selector_all("#panel ul.chaired a", "as => as.map(a => a.getAttribute('data-node'))")
    assert sorted(links) == chaired and chaired
    # evidence: grouped by document, in date order, the name highlighted, a link to the source file
    groups = page.eval_on_selector_all("#panel .evidence section.doc", """ss => ss.map(s => Array.from(
        s.querySelectorAll('.date')).map(d => d.textContent.split('（')[0]))""")
    assert len(groups) > 1 and all(g == sorted(g) for g in groups)
    assert [g[0] for g in groups] == sorted(g[0] for g in groups)
    assert page.locator("#panel .evidence mark", has_text="李小虎").count() > 0
    href = page.locator("#panel .evidence h4 a").first.get_attribute("href")
    assert href.endswith(".txt") and "data/sample/" in href
    assert sample_page.errors == []


@pytest.mark.browser
def test_path_expand_filters(sample_page, sample_graph):
    page = sample_page.page
    page.fill("#path-from", "樊福太")
    page.fill("#path-to", "张波")
    page.click("#path-form button")
    path = page.evaluate("window.newskg.path('樊福太', '张波')")
    assert path[0] == "person:樊福太" and path[-1] == "person:张波"
    und = sample_graph.to_undirected(as_view=True)
    assert all(und.has_edge(a, b) for a, b in zip(path, path[1:], strict=False))
    assert set(path) <= set(page.evaluate("window.newskg.visibleIds()"))
    assert page.locator("#panel ol.path li").count() == len(path)

    before = page.evaluate("window.newskg.visibleNodeCount()")
    page.evaluate("window.newskg.expand(window.newskg.data.nodes.findIndex(n => n.id === 'person:李小虎'))")
    shown = set(page.evaluate("window.newskg.visibleIds()"))
    assert set(sample_graph.successors("person:李小虎")) | set(sample_graph.predecessors("person:李小虎")) <= shown
    assert len(shown) > before

    page.click("#lang")  # English names for types and relations, and back
    assert page.locator('#types label:has(input[data-type="Person"])').text_content().startswith("Person")
    page.click("#lang")
    assert page.locator('#types label:has(input[data-type="Person"])').text_content().startswith("人物")
    page.uncheck('input[data-relation="holds"]')
    assert not page.evaluate("window.newskg.holdsShown()")
    page.check('input[data-relation="holds"]')
    page.check('input[data-type="Meeting"]')
    page.select_option("#jur", "")
    meetings = page.evaluate("window.newskg.visibleIds().filter(i => i.startsWith('meeting:')).length")
    assert meetings == sum(1 for n, t in sample_graph.nodes(data="type") if t == "Meeting")
    assert _overlaps(page)[0] == 0  # the layout is recomputed: still no overlapping labels
    assert sample_page.errors == []


@pytest.mark.browser
def test_same_name_search_asks_which(open_page, small_graph, tmp_path):
    g = small_graph.copy()
    g.add_node("person:甲@河西", type="Person", label="甲", aliases=[], mentions=[], first_seen="", last_seen="")
    path = tmp_path / "graph.html"
    html.write(g, path)
    p = open_page(path)
    page = p.page
    page.fill("#search", "甲")
    page.press("#search", "Enter")
    choices = page.eval_on_selector_all("#panel ul.choices a", "as => as.map(a => a.getAttribute('data-node'))")
    assert sorted(choices) == ["person:甲", "person:甲@河西"]
    page.locator('#panel ul.choices a[data-node="person:甲@河西"]').click()
    assert page.evaluate("window.newskg.data.nodes[window.newskg.network.getSelectedNodes()[0]].id") == "person:甲@河西"
    assert p.errors == []


@pytest.mark.browser
def test_hostile_text_stays_text(open_page, small_graph, xss, tmp_path):
    path = tmp_path / "graph.html"
    html.write(small_graph, path)
    p = open_page(path)
    page = p.page
    page.evaluate("window.newskg.focus(window.newskg.data.nodes.findIndex(n => n.id === 'person:乙'))")
    panel = page.locator("#panel")
    assert xss in panel.locator("blockquote").first.text_content()
    assert panel.locator("script, img, svg").count() == 0
    assert page.evaluate("window.pwned") is None and p.dialogs == []
    assert p.errors == [] and p.foreign_requests() == []


def test_basis_labels_of_page_dates():
    from newskg.output.html import basis_label

    assert basis_label("text:stamp") == "页面发布时间"
    assert basis_label("text+year:text:edition") == "正文日期（年份：版面日期）"
    assert basis_label("text:dateline") == "文末日期"
    assert basis_label("text:list") == "列表日期（年份）"


@pytest.mark.browser
def test_generated_large_graph(open_page, tmp_path, monkeypatch):
    """A 2,000-node graph shaped like a build's (bench/html_render.py): loads, steps through time, expands."""
    monkeypatch.syspath_prepend(str(Path(__file__).parents[2]))  # bench/ is no installed package
    from bench.html_render import make_graph

    g = make_graph(2000, seed=1)
    path = tmp_path / "graph.html"
    html.write(g, path)
    p = open_page(path)
    page = p.page
    first = page.evaluate("window.newskg.visibleNodeCount()")
    assert first == sum(1 for _n, t in g.nodes(data="type") if t in ("Person", "Post", "Organization"))
    assert page.evaluate("window.newskg.labelPx()") >= 11
    assert _overlaps(page) == (0, first)
    counts = page.evaluate("window.newskg.periods.y.map(function (y, i) { window.newskg.setPeriod(i + 1);"
                           " return window.newskg.visibleNodeCount(); })")
    assert len(counts) == 11 and all(0 < c < first for c in counts)
    page.evaluate("window.newskg.setPeriod(0)")
    person = next(n for n, t in g.nodes(data="type") if t == "Person")
    page.evaluate(f"window.newskg.expand(window.newskg.data.nodes.findIndex(n => n.id === '{person}'))")
    assert set(nx.all_neighbors(g, person)) <= set(page.evaluate("window.newskg.visibleIds()"))
    assert p.errors == []


def test_page_data_spills_beside_the_page(small_graph, tmp_path, monkeypatch):
    """The graph page's streamed lists go to nameless files in the folder the page is written in (not /tmp,
    which may be memory), and none is left there."""
    made = []
    real = page_data.tempfile.TemporaryFile

    def spy(*args, dir=None, **kwargs):
        made.append(dir)
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(page_data.tempfile, "TemporaryFile", spy)
    html.write(small_graph, tmp_path / "graph.html")
    assert made == [tmp_path] * 3  # evidence rows, nodes, edges
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
