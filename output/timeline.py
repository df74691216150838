"""Tenure timeline page (``timeline.html``): one row per post, one bar per holder over time.

A bar spans the first to the last evidence date of a ``holds`` edge for that (person, post); a year-only
date covers its whole year, a month its whole month. Every bar links to its evidence list further down
the page. Static HTML and CSS only (no script, no network), every text escaped with :func:`html.escape`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from pathlib import Path

import networkx as nx

from .atomic import write_text
from .html import basis_label

#: Height in pixels of one lane of bars; overlapping tenures of one post stack in lanes.
LANE_PX = 24
#: Narrowest bar, in percent of the axis, so a one-day tenure still shows its holder's name.
MIN_BAR_PCT = 4.5


@dataclass
class Tenure:
    """One person's holding of one post, with every piece of evidence for it."""

    post: str
    person: str
    person_label: str
    evidence: list[dict] = field(default_factory=list)

    @cached_property
    def dates(self) -> list[str]:
        """Sorted evidence dates, computed once: read only when ``evidence`` is complete."""
        return sorted(e["date"] for e in self.evidence if e.get("date"))

    @property
    def first(self) -> str:
        return self.dates[0] if self.dates else ""

    @property
    def last(self) -> str:
        return self.dates[-1] if self.dates else ""


def date_range(date: str) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date (``2023``, ``2023-03`` or ``2023-03-15``) may mean, end-exclusive."""
    try:
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0] + 1, 1, 1)
        if len(parts) == 2:
            start = dt.date(parts[0], parts[1], 1)
            return start, (start + dt.timedelta(days=32)).replace(day=1)
        start = dt.date(parts[0], parts[1], parts[2])
        return start, start + dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None


def tenures(g: nx.MultiDiGraph) -> dict[str, list[Tenure]]:
    """Post id → its holders (from ``holds`` edges), each post's list sorted by first date then name."""
    out: dict[str, dict[str, Tenure]] = defaultdict(dict)
    for n, d in g.nodes(data=True):
        if d.get("type") == "Post":
            out[n]  # every post is a row, even without dated holders
    for u, v, d in g.edges(data=True):
        if d.get("type") != "holds":
            continue
        t = out[v].get(u)
        if t is None:
            t = out[v][u] = Tenure(str(v), str(u), str(g.nodes[u].get("label") or u))
        t.evidence.append(d)
    return {
        post: sorted(ts.values(), key=lambda t: (t.first or "9999", t.person_label, t.person))
        for post, ts in out.items()
    }


def _bar(left: float, right: float) -> tuple[float, float]:
    """A bar's drawn (left, right) in percent: at least :data:`MIN_BAR_PCT` wide, inside the axis."""
    if right - left < MIN_BAR_PCT:
        left = max(0.0, min(left, 100.0 - MIN_BAR_PCT))
        right = left + MIN_BAR_PCT
    return left, right


def _lanes(spans: list[tuple[float, float]]) -> list[int]:
    """Greedy lane per drawn span so that bars in one lane never overlap (first fit, in the given order)."""
    ends: list[float] = []
    lanes = []
    for start, end in spans:
        for i, e in enumerate(ends):
            if e <= start:
                ends[i] = end
                lanes.append(i)
                break
        else:
            ends.append(end)
            lanes.append(len(ends) - 1)
    return lanes


def _colour(key: str) -> str:
    hue = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:4], 16) % 360
    return f"hsl({hue} 55% 42%)"


def _post_label(g: nx.MultiDiGraph, post: str) -> str:
    d = g.nodes[post] if post in g else {}
    return str(d.get("label") or post)


def render(g: nx.MultiDiGraph, *, title: str = "newskg 任职时间线") -> str:
    """The page as a string."""
    rows = tenures(g)
    spans = [date_range(t.first) for ts in rows.values() for t in ts if t.first]
    spans += [date_range(t.last) for ts in rows.values() for t in ts if t.last]
    spans = [s for s in spans if s]
    if spans:
        lo = dt.date(min(s[0] for s in spans).year, 1, 1)
        end = max(s[1] for s in spans)
        hi = end if end == dt.date(end.year, 1, 1) else dt.date(end.year + 1, 1, 1)
    else:
        lo = hi = None

    def pct(day: dt.date) -> float:
        return round(100 * (day - lo).days / max(1, (hi - lo).days), 3)

    order = sorted(rows, key=lambda p: (str(g.nodes[p].get("org") or "") if p in g else "", _post_label(g, p), p))
    body: list[str] = []
    details: list[str] = []
    n_bars = 0
    if lo is not None:
        body.append('<div class="row axis"><div class="post"></div><div class="track">')
        for year in range(lo.year, hi.year):
            left = pct(dt.date(year, 1, 1))
            body.append(f'<span class="tick" style="left:{left}%">{year}年</span>')
        body.append("</div></div>")
    for post in order:
        ts = rows[post]
        dated = [t for t in ts if t.first]
        bars = [_bar(pct(date_range(t.first)[0]), pct(date_range(t.last)[1])) for t in dated]
        lanes = _lanes(bars)
        height = LANE_PX * max(1, max(lanes, default=0) + 1)
        label = escape(_post_label(g, post))
        body.append(f'<div class="row" data-post="{escape(post)}"><div class="post" title="{label}">{label}</div>'
                    f'<div class="track" style="height:{height}px">')
        for t, (left, right), lane in zip(dated, bars, lanes, strict=True):
            n_bars += 1
            anchor = f"t{n_bars}"
            span = t.first if t.first == t.last else f"{t.first} 至 {t.last}"
            tip = f"{t.person_label} 担任 {_post_label(g, post)}：{span}（{len(t.evidence)} 条证据）"
            body.append(
                f'<a class="bar" href="#{anchor}" title="{escape(tip)}" '
                f'style="left:{left:.3f}%;width:{right - left:.3f}%;top:{lane * LANE_PX}px;'
                f'background:{_colour(t.person)}">{escape(t.person_label)}</a>'
            )
            details.append(_details(g, anchor, t, post, span))
        undated = [t for t in ts if not t.first]
        if undated:
            body.append('<span class="undated">日期不详：' + escape("、".join(t.person_label for t in undated))
                        + "</span>")
        if not ts:
            body.append('<span class="undated">无任职记录</span>')
        body.append("</div></div>")
    if not rows:
        body.append('<p class="empty">图中没有职务节点（Post），因此没有任职时间线。</p>')

    return _PAGE.format(
        title=escape(title),
        css=_css(),
        summary=escape(f"{len(rows)} 个职务，{n_bars} 段任职"),
        rows="\n".join(body),
        details="\n".join(details),
    )


def _details(g: nx.MultiDiGraph, anchor: str, t: Tenure, post: str, span: str) -> str:
    items = []
    for e in sorted(t.evidence, key=lambda e: (e.get("date") or "", str(e.get("source") or ""), e.get("start") or 0)):
        art = g.nodes[e["article"]] if e.get("article") in g else {}
        headline = art.get("headline") or art.get("label") or ""
        date = e.get("date") or "日期不详"
        basis = basis_label(str(e.get("date_basis") or ""))
        src = str(e.get("source") or "")
        if isinstance(e.get("start"), int) and isinstance(e.get("end"), int):
            src += f" [{e['start']}–{e['end']})"
        items.append(
            "<li><blockquote>" + escape(str(e.get("evidence") or "")) + "</blockquote>"
            + '<div class="meta">'
            + (f"<span>报道：《{escape(str(headline))}》</span>" if headline else "")
            + f"<span>日期：{escape(date)}{'（' + escape(basis) + '）' if basis else ''}</span>"
            + f"<span>来源：{escape(src)}</span></div></li>"
        )
    return (f'<section class="tenure" id="{anchor}"><h3>{escape(t.person_label)} · {escape(_post_label(g, post))}'
            f' <small>{escape(span)}</small></h3><ol>{"".join(items)}</ol></section>')


def _css() -> str:
    import importlib.resources

    return importlib.resources.files(__package__).joinpath("templates", "timeline.css").read_text(encoding="utf-8")


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>{css}</style>
</head>
<body data-ready="1">
<header><h1>{title}</h1><p class="summary">{summary}</p></header>
<main>
<section class="timeline">
{rows}
</section>
<h2>证据</h2>
{details}
</main>
</body>
</html>
"""


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, render(g))
