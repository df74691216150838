"""Output-writer fixtures: a hand-made graph with every node type and hostile text, and a browser.

The sample graph fixture comes from tests/conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest
from newskg.graph.schema import EDGE_LABELS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

#: Hostile evidence text: if it is ever parsed as HTML or script, it sets window.pwned or opens a dialog.
XSS = ('</script><script>window.pwned=1;alert(1)</script><img src=x onerror="window.pwned=2;alert(2)">'
       '<svg onload="window.pwned=3">&amp;')


def _ev(doc: str, art: str, date: str, sentence: str, start: int = 0) -> dict:
    return {"doc": doc, "source": f"data/x/{doc}", "article": art, "start": start, "end": start + 2,
            "evidence": sentence, "date": date, "date_basis": "text"}


def make_graph() -> nx.MultiDiGraph:
    """Every node type, two years, undated organisations, and hostile text in a label, a headline and evidence."""
    g = nx.MultiDiGraph()
    a22, a23 = "article:a.txt#1", "article:a.txt#2"
    e22 = _ev("a.txt", a22, "2022-03-15", "市政府主任甲出席会议。")
    e23 = _ev("a.txt", a23, "2023-06", XSS, 40)

    def node(nid, ntype, label, mentions=(), **attrs):
        dates = sorted(m["date"] for m in mentions)
        g.add_node(nid, type=ntype, label=label, aliases=[], mentions=list(mentions),
                   first_seen=dates[0] if dates else attrs.pop("first", ""),
                   last_seen=dates[-1] if dates else attrs.pop("last", ""), **attrs)

    def edge(u, v, etype, ev=None):
        g.add_edge(u, v, key=f"{etype}|{(ev or {}).get('start', '')}", type=etype, label=EDGE_LABELS[etype], **(ev or {}))

    node("doc:a.txt", "Document", "a.txt", first="2022", last="2023", source="data/x/a.txt")
    node(a22, "Article", "甲出席会议", headline="甲出席会议", date="2022-03-15", date_basis="text", doc="a.txt",
         source="data/x/a.txt", first="2022-03-15", last="2022-03-15")
    node(a23, "Article", XSS, headline=XSS, date="2023-06", date_basis="text", doc="a.txt", source="data/x/a.txt",
         first="2023-06", last="2023-06")
    node("person:甲", "Person", "甲", [e22])
    node("person:乙", "Person", "乙<b>", [e23])
    node("post:市政府/主任", "Post", "市政府主任", [e22, e23], org="市政府", title="主任")
    node("org:市政府", "Organization", "市政府")
    node("org:市", "Organization", "市")
    node("meeting:a#2#1", "Meeting", "常务会议", [e23])
    node("project:大桥", "Project", "大桥项目", [e22])
    node("place:河东", "Place", "河东")
    edge(a22, "doc:a.txt", "part_of", {"date": "2022-03-15"})
    edge(a23, "doc:a.txt", "part_of", {"date": "2023-06"})
    edge("person:甲", "post:市政府/主任", "holds", e22)
    edge("person:乙", "post:市政府/主任", "holds", e23)
    edge("post:市政府/主任", "org:市政府", "post_in")
    edge("org:市政府", "org:市", "sub_organization_of")
    edge("person:乙", "meeting:a#2#1", "chaired", e23)
    edge("meeting:a#2#1", a23, "mentioned_in", e23)
    edge("person:甲", "project:大桥", "inspected", e22)
    edge("project:大桥", "place:河东", "located_in", e22)
    edge("person:甲", a22, "mentioned_in", e22)
    return g


@pytest.fixture
def small_graph() -> nx.MultiDiGraph:
    return make_graph()


@pytest.fixture
def xss() -> str:
    return XSS


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A loaded page plus what it did: console errors, page errors, dialogs, and every request URL."""

    def __init__(self, browser, path: Path, wait_ready: bool = True, viewport=(1400, 900)):
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        if wait_ready:
            self.page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:", "blob:"))]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser):
    pages: list[Page] = []

    def _open(path: Path, **kw) -> Page:
        p = Page(browser, path, **kw)
        pages.append(p)
        return p

    yield _open
    for p in pages:
        p.close()
