"""graph.html and timeline.html work the same from ``newskg serve`` as from file://: no errors, nothing fetched
from anywhere but the server itself."""

from __future__ import annotations

import shutil
import threading

import pytest
from newskg.output import server as srv


@pytest.fixture(scope="module")
def served_pages(sample_out, tmp_path_factory):
    out = tmp_path_factory.mktemp("serve-pages") / "out"
    out.mkdir()
    for name in ("graph.ttl", "graph.html", "timeline.html"):
        shutil.copy(sample_out / name, out / name)
    server = srv.make_server(out, port=0, timeout=10, max_rows=1000, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.url
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.mark.browser
@pytest.mark.parametrize(("path", "api"), [("", "window.newskg.visibleNodeCount()"),
                                           ("timeline.html", "window.newskgTimeline.visiblePosts().length")])
def test_pages_from_serve(browser, served_pages, path, api):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(served_pages + path)
        page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)
        assert page.evaluate(api) > 0
        assert errors == []
        assert [u for u in requests if not u.startswith((served_pages, "data:", "about:"))] == []
    finally:
        context.close()
