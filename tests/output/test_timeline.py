"""timeline.html: rows by organisation tree and rank, tenures from graph/tenure.py, filters and evidence."""

from __future__ import annotations

import time

import networkx as nx
import pytest
from newskg.graph.build import EDGE_LABELS
from newskg.graph.tenure import tenures
from newskg.output import explorer, timeline


def test_rows_follow_the_org_tree_then_rank(sample_graph):
    data = timeline.timeline_data(sample_graph)
    orgs, posts = data["orgs"], data["posts"]
    assert [p["org"] for p in posts] == sorted(p["org"] for p in posts if p["org"] >= 0) + [
        -1 for p in posts if p["org"] < 0]
    labels = [p["label"] for p in posts]
    order = [labels.index(f"郑州经开区党工委{t}") for t in ("书记", "副书记", "委员")]
    assert order == sorted(order)
    for o in orgs:  # a child comes after its parent
        assert o["parent"] < orgs.index(o)
    # the main place's tree first
    assert orgs[0]["label"] == "河南省" and data["main"] == "郑州经开区"
    assert len(data["tenures"]) == len(tenures(sample_graph))


def test_tenure_rows_carry_the_model(sample_graph):
    data = timeline.timeline_data(sample_graph)
    ids = [p["id"] for p in data["posts"]]
    by = {(t["pid"], ids[t["q"]]): t for t in data["tenures"]}
    model = {(t.person, t.post): t for t in tenures(sample_graph)}
    for key, t in by.items():
        m = model[key]
        assert (t["f"], t["l"], t["eb"], t["sa"], t["n"]) == (m.first_seen, m.last_seen, m.ended_before,
                                                              m.started_after, m.observations)
        assert [d for d, _refs in t["obs"]] == sorted({e["date"] for e in m.evidence})
    first = by[("person:樊福太", "post:郑州经开区党工委/书记")]
    assert first["eb"] == "2023-03-15"


def test_page_escapes_hostile_text(small_graph, xss):
    page = timeline.render(small_graph)
    assert xss not in page and "window.pwned" in page  # only inside the escaped JSON
    assert "\\u003c/script\\u003e" in page


@pytest.mark.browser
def test_timeline_page_filters_and_evidence(open_page, sample_graph, tmp_path):
    path = tmp_path / "timeline.html"
    timeline.write(sample_graph, path)
    p = open_page(path)
    page = p.page
    posts = sorted(n for n, t in sample_graph.nodes(data="type") if t == "Post")
    assert sorted(page.evaluate("window.newskgTimeline.visiblePosts()")) == posts
    assert page.locator(".tenure").count() == len(tenures(sample_graph))

    page.fill("#q", "李小虎")
    held = sorted({t.post for t in tenures(sample_graph) if t.name == "李小虎"})
    assert sorted(page.evaluate("window.newskgTimeline.visiblePosts()")) == held
    shown = page.eval_on_selector_all(".row.post", "rs => rs.filter(r => r.offsetParent !== null)"
                                                   ".map(r => r.getAttribute('data-post'))")
    assert sorted(shown) == held  # really not drawn, not only flagged
    assert page.locator(".tenure.hit").count() == sum(1 for t in tenures(sample_graph) if t.name == "李小虎")
    page.fill("#q", "")

    place, parents = explorer.jurisdictions(sample_graph), explorer.place_parents(sample_graph)

    def under(j, top):
        while j:
            if j == top:
                return True
            j = parents.get(j, "")
        return False

    page.select_option("#jur", "郑州经开区")
    assert sorted(page.evaluate("window.newskgTimeline.visiblePosts()")) == sorted(
        n for n in posts if under(place[n], "郑州经开区"))
    page.select_option("#jur", "")
    org = page.evaluate("window.newskgTimeline.data.orgs.findIndex(o => o.id === 'org:郑州经开区管委会')")
    page.select_option("#org", str(org))
    assert sorted(page.evaluate("window.newskgTimeline.visiblePosts()")) == sorted(
        u for u, v, t in sample_graph.edges(data="type") if t == "post_in" and v == "org:郑州经开区管委会")
    assert page.locator(".row.org:not([hidden])").count() == 4  # 河南省 › 郑州市 › 郑州经开区 › 管委会

    # click a tenure: its evidence, grouped by document, the holder's name highlighted
    page.select_option("#org", "")
    box = page.locator('.row[data-post="post:郑州经开区党工委/书记"] .tenure[data-person="person:李小虎"]')
    dots = box.locator(".obs")
    secretary = next(t for t in tenures(sample_graph) if t.name == "李小虎" and t.post == "post:郑州经开区党工委/书记")
    assert dots.count() == len({e["date"] for e in secretary.evidence})
    box.locator(".bar").click()
    assert page.locator("#panel .evidence li").count() == len(
        {(e["evidence"], e["article"], e["start"]) for e in secretary.evidence})
    assert page.locator("#panel mark", has_text="李小虎").count() > 0
    assert p.errors == [] and p.foreign_requests() == []


@pytest.mark.browser
def test_timeline_click_keeps_hostile_text_as_text(open_page, small_graph, xss, tmp_path):
    path = tmp_path / "timeline.html"
    timeline.write(small_graph, path)
    p = open_page(path)
    p.page.locator('.tenure[data-person="person:乙"] .name').click()
    assert xss in p.page.locator("#panel blockquote").first.text_content()
    assert p.page.locator("#panel script, #panel img, #panel svg").count() == 0
    assert p.page.evaluate("window.pwned") is None and p.dialogs == [] and p.errors == []


@pytest.mark.browser
def test_timeline_usable_at_500_posts(open_page, tmp_path):
    g = nx.MultiDiGraph()
    for o in range(50):
        g.add_node(f"org:机构{o}", type="Organization", label=f"机构{o}", aliases=[], mentions=[])
    for i in range(500):
        post = f"post:机构{i % 50}/职务{i}"
        g.add_node(post, type="Post", label=f"机构{i % 50}职务{i}", title="副主任", org=f"机构{i % 50}", aliases=[],
                   mentions=[])
        g.add_edge(post, f"org:机构{i % 50}", type="post_in", label=EDGE_LABELS["post_in"])
        for k in range(2):
            person = f"person:人{i}_{k}"
            g.add_node(person, type="Person", label=f"人{i}_{k}", aliases=[], mentions=[])
            for d in (f"{2018 + 3 * k}-0{1 + i % 9}-1{k}", f"{2020 + 3 * k}"):
                g.add_edge(person, post, key=d, type="holds", label=EDGE_LABELS["holds"], date=d, evidence="句。",
                           article="", doc="x.txt", source="x.txt", start=0, end=1, date_basis="text")
    path = tmp_path / "timeline.html"
    timeline.write(g, path)
    t0 = time.perf_counter()
    p = open_page(path)
    assert time.perf_counter() - t0 < 10
    page = p.page
    assert page.locator(".row.post").count() == 500
    ms = page.evaluate("(function () { var t = performance.now(); document.getElementById('q').value = '人42_1';"
                       " window.newskgTimeline.filter(); return performance.now() - t; })()")
    assert page.evaluate("window.newskgTimeline.visiblePosts()") == ["post:机构42/职务42"]
    assert ms < 300
    assert p.errors == []
