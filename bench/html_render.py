"""How long graph.html takes to become usable in headless Chromium for a 5,000-node graph.

A random graph with the node and edge attributes ``graph/build.py`` produces (type, label, aliases,
first_seen, last_seen, mentions with evidence; edges with type, label, date, evidence, span …) is
written with the html writer, opened in /usr/bin/chromium through Playwright, and timed until the
page sets ``document.body.dataset.ready`` (the page's own "network drawn" signal), then every step of the
time slider (by year, then by month) is timed inside the page (filter, layout, redraw). Exits 1 if the page
is not ready within ``--max-ready`` seconds (3), a step takes over ``--max-step-ms`` (200) or the page
reports errors.

Usage: ``python bench/html_render.py --nodes 5000 --timeout 60``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
#: Share of each node type in the generated graph (roughly that of a built corpus).
TYPE_SHARES = {"Person": 0.25, "Post": 0.12, "Organization": 0.06, "Meeting": 0.15, "Project": 0.06, "Place": 0.06,
               "Article": 0.26, "Document": 0.04}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"
GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞刚桂建志峰晓辉鹏斌宇浩"
TITLES = ("书记", "副书记", "主任", "副主任", "局长", "部长", "委员")
UNITS = ("党工委", "管委会", "财政局", "组织部", "建设局", "人大工委")


def make_graph(n_nodes: int = 5000, seed: int = 0) -> nx.MultiDiGraph:
    """A graph shaped like ``graph.build.build_graph``'s output, ``n_nodes`` nodes, about 4 edges per node."""
    from newskg.graph.build import EDGE_LABELS

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    counts = {t: max(1, round(n_nodes * share)) for t, share in TYPE_SHARES.items()}
    counts["Person"] += n_nodes - sum(counts.values())
    ids: dict[str, list[str]] = {t: [] for t in counts}

    def date() -> str:
        return f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    docs = [f"bench_{i:06d}.txt" for i in range(counts["Document"])]
    arts = [(rng.choice(docs), i + 1) for i in range(counts["Article"])]

    def ev(sentence: str) -> dict:
        doc, idx = rng.choice(arts)
        start = rng.randint(0, 20_000)
        return {"doc": doc, "source": f"bench/corpus/{doc}", "article": f"article:{doc}#{idx}", "start": start,
                "end": start + 3, "evidence": sentence, "date": date(), "date_basis": rng.choice(["text", "document"])}

    def node(nid: str, ntype: str, label: str, k_mentions: int, **attrs) -> None:
        mentions = [ev(f"{label}出席会议并讲话，强调要扎实推进各项工作。") for _ in range(k_mentions)]
        dates = sorted(m["date"] for m in mentions)
        g.add_node(nid, type=ntype, label=label, aliases=[], mentions=mentions,
                   first_seen=dates[0] if dates else "", last_seen=dates[-1] if dates else "", **attrs)
        ids[ntype].append(nid)

    for doc in docs:
        node(f"doc:{doc}", "Document", doc, 0, source=f"bench/corpus/{doc}", date=date(), date_basis="text",
             date_evidence="2023年", encoding="utf-8")
    for doc, idx in arts:
        d = date()
        node(f"article:{doc}#{idx}", "Article", f"第{idx}篇报道：推进高质量发展", 0, doc=doc, source=f"bench/corpus/{doc}",
             index=idx, headline=f"第{idx}篇报道：推进高质量发展", date=d, date_basis="text", date_text=d, start=0, end=900)
    orgs = [f"{rng.choice('东西南北')}{rng.choice('川阳源丰')}区{UNITS[i % len(UNITS)]}{i}"
            for i in range(counts["Organization"])]
    for org in orgs:
        node(f"org:{org}", "Organization", org, rng.randint(0, 3))
    for i in range(counts["Post"]):
        org, title = rng.choice(orgs), TITLES[i % len(TITLES)]
        node(f"post:{org}/{title}{i}", "Post", f"{org}{title}", rng.randint(1, 4), org=org, title=title)
    for i in range(counts["Person"]):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) + str(i)
        node(f"person:{name}", "Person", name, rng.randint(1, 6))
    for i in range(counts["Meeting"]):
        doc, idx = rng.choice(arts)
        node(f"meeting:{doc}#{idx}#{i}", "Meeting", f"党工委会议{i}", 1, kind="meeting", date=date(), date_text="")
    for i in range(counts["Project"]):
        node(f"project:项目{i}", "Project", f"智能制造产业园项目{i}", rng.randint(1, 3), kind="industrial_park")
    for i in range(counts["Place"]):
        node(f"place:地点{i}", "Place", f"{rng.choice('东西南北')}湖街道{i}", rng.randint(1, 3), kind="street")

    serial = iter(range(10**9))  # keeps keys unique; g.number_of_edges() is O(nodes) per call

    def edge(u: str, v: str, etype: str, with_ev: bool = True) -> None:
        data = {"type": etype, "label": EDGE_LABELS[etype], **(ev(f"{etype} 的证据句子。") if with_ev else {})}
        g.add_edge(u, v, key=f"{etype}|{data.get('article', '')}|{data.get('start', '')}|{next(serial)}", **data)

    for doc, idx in arts:
        edge(f"article:{doc}#{idx}", f"doc:{doc}", "part_of", False)
        edge(f"article:{doc}#{idx}", rng.choice(ids["Person"]), "reported_by")
    for post in ids["Post"]:
        edge(post, f"org:{g.nodes[post]['org']}", "post_in", False)
        for _ in range(rng.randint(1, 3)):
            edge(rng.choice(ids["Person"]), post, "holds")
    for org in ids["Organization"][1:]:
        edge(org, rng.choice(ids["Organization"]), "sub_organization_of", False)
    for person in ids["Person"]:
        for _ in range(rng.randint(1, 3)):
            edge(person, rng.choice(ids["Article"]), "mentioned_in")
    for m in ids["Meeting"]:
        edge(m, rng.choice(ids["Article"]), "mentioned_in")
        edge(rng.choice(ids["Person"]), m, "chaired")
        for _ in range(rng.randint(1, 4)):
            edge(rng.choice(ids["Person"]), m, rng.choice(["attended", "spoke_at"]))
        edge(f"org:{rng.choice(orgs)}", m, "organized")
    for p in ids["Project"]:
        edge(p, rng.choice(ids["Article"]), "mentioned_in")
        edge(rng.choice(ids["Person"]), p, "inspected")
        edge(p, rng.choice(ids["Place"]), "located_in")
    for p in ids["Place"]:
        edge(p, rng.choice(ids["Article"]), "mentioned_in")
    return g


def html_writer():
    try:
        from newskg.output.html import write
    except ImportError:
        from newskg.output.registry import writer

        write = writer("html")
    return write


def render_time(path: Path, timeout_s: float) -> dict:
    """Open ``path`` in headless Chromium; seconds until DOMContentLoaded and until ``body[data-ready]``."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    out: dict = {"errors": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            page.on("pageerror", lambda e: out["errors"].append(str(e)))
            page.on("console", lambda m: out["errors"].append(m.text) if m.type == "error" else None)
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri(), wait_until="domcontentloaded", timeout=timeout_s * 1000)
            out["dom_s"] = time.perf_counter() - t0
            try:
                # a selector, not wait_for_function: the page's CSP forbids evaluating strings
                page.wait_for_selector("body[data-ready]", state="attached",
                                       timeout=max(1.0, timeout_s - out["dom_s"]) * 1000)
                out["ready_s"] = time.perf_counter() - t0
            except PlaywrightTimeout:
                out["ready_s"] = None
            if out["ready_s"] is not None:  # every slider step by year, then by month (each timed in the page)
                out["steps_ms"] = page.evaluate("""(function () {
                    var g = window.newskg, out = [];
                    for (var i = 1; i <= g.periods.y.length; i++) out.push(g.setPeriod(i));
                    document.getElementById("grain").value = "m";
                    document.getElementById("grain").dispatchEvent(new Event("change"));
                    for (var k = 1; k <= g.periods.m.length; k += 1) out.push(g.setPeriod(k));
                    return out;
                })()""")
                out["visible"] = page.evaluate("window.newskg.visibleNodeCount()")
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--timeout", type=float, default=60.0, help="fail if the page is not ready after this many seconds")
    ap.add_argument("--max-ready", type=float, default=3.0, help="fail if the page is ready later (seconds)")
    ap.add_argument("--max-step-ms", type=float, default=200.0, help="fail if a slider step takes longer (ms)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="also copy the page here")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    g = make_graph(args.nodes, args.seed)
    t_make = time.perf_counter() - t
    with tempfile.TemporaryDirectory(prefix="newskg-html-") as tmp:
        path = Path(tmp) / "graph.html"
        t = time.perf_counter()
        html_writer()(g, path)
        t_write = time.perf_counter() - t
        size = path.stat().st_size
        if args.keep:
            args.keep.write_bytes(path.read_bytes())
        r = render_time(path, args.timeout)
    ready = r["ready_s"]
    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges (made in {t_make:.1f} s)")
    print(f"graph.html: written in {t_write:.2f} s, {size / 1e6:.1f} MB")
    status = f"ready (body[data-ready]) after {ready:.2f} s" if ready is not None else f"NOT ready after {args.timeout:g} s"
    print(f"Chromium: DOMContentLoaded after {r['dom_s']:.2f} s; {status}")
    steps = sorted(r.get("steps_ms") or [0.0])
    if r.get("steps_ms"):
        print(f"slider: {len(steps)} steps (years, then months), median {steps[len(steps) // 2]:.0f} ms, "
              f"slowest {steps[-1]:.0f} ms; {r['visible']:,} nodes drawn at the last step")
    for err in r["errors"][:5]:
        print(f"page error: {err}")
    if ready is None or ready > args.max_ready or steps[-1] > args.max_step_ms:
        return 1
    return 1 if r["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
