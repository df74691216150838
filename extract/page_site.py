"""What a page says about its own place: the text of its site line, masthead, stamps and footer (outside the
articles), and an article's dateline (本报郑州讯, 中牟县融媒体中心讯). Read by :mod:`extract.jurisdiction`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from .gazetteer import Division, gazetteer
from .model import DocumentFacts
from .place_names import most_named, read_place
from .resources import table

#: Characters looked at before the first article and after the last for site lines, mastheads, footers.
CHROME_CHARS = 400


def document_chrome(res: DocumentFacts) -> str:
    """The page text outside the articles' bodies that names the site: head and foot, and the stamp lines between
    a headline and its body (a public account's line names the account: 原创 合肥经开区发布 2023-04-18 19:06);
    never the titles of a list of other articles (推荐阅读: 市长某某到深圳…; 上一篇：…), which name other places, nor a
    headline."""
    doc = res.document
    if not res.articles:
        windows = [(0, CHROME_CHARS)]
    else:
        first = min(a.article.start for a in res.articles)
        last = max(a.article.end for a in res.articles)
        windows = [(max(0, first - CHROME_CHARS), first), (last, last + CHROME_CHARS)]
        windows[1:1] = [(m.start, m.end) for m in doc.chrome if first <= m.start < last and m.label in _SITE_KINDS]
    # never the titles of other articles, nor the articles' own headlines (雷朝阳：把…: a person's name, no site)
    lists = sorted([(m.start, m.end) for m in doc.chrome if m.label in ("list", "pager")]  # 下一篇：永康市召开…
                   + [span for a in res.articles for span in a.article.headline_spans])
    parts = []
    for start, end in windows:
        pos = start
        for ls, le in lists[bisect_left(lists, (start, -1)) :]:
            if ls >= end:
                break
            parts.append(doc.clean[pos:ls])
            pos = max(pos, le)
        parts.append(doc.clean[pos:end])
        parts.append("\n")
    return _SENDER_PLACE_RE.sub("", "".join(parts))


#: Chrome lines inside the articles' extent that name the site (a stamp with its source or account, an edition line).
_SITE_KINDS = frozenset({"stamp", "edition", "site"})


#: The province a public account's post was sent from, after its time (``… 2024-04-09 21:02 发表于贵州``): where the
#: editor's phone was, not the site's place.
_SENDER_PLACE_RE = re.compile(r"(?<=\d:\d\d)[ ]+(?:·[ ]*)?(?:发表于|发布于|IP属地[：:])?[ ]*[\u4e00-\u9fff]{2,3}$", re.M)


#: A dateline opening an article: 本报郑州讯, 新华社郑州3月5日电, 中牟县融媒体中心讯.
_DATELINE = re.compile(
    r"^\s*(?:本报|新华社|中新社|(?P<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|融媒体中心|广播电视台|新闻网)))?"
    r"(?P<place>[\u4e00-\u9fff]{2,8}?)?(?:\d{1,2}月\d{1,2}日)?(?:讯|电)[\s（(：:]"
)


def dateline(text: str) -> Division | None:
    """The place of an article's dateline (``本报郑州讯``, ``新华社郑州3月5日电``, ``中牟县融媒体中心讯``), or None."""
    m = _DATELINE.match(text[:40])
    if not m:
        return None
    if m.group("place"):
        place = m.group("place")
        read = read_place(place, 0)
        if read is not None and read.end == len(place):
            return read.division
        return gazetteer().county_short.get(place)  # 本报淅川讯: a county by its short name, unique in China
    read = read_place(m.group("outlet") or "", 0)  # the outlet's own place: 中牟县融媒体中心, 郑州日报
    return read.division if read is not None else _mastheads().get(m.group("outlet") or "")  # 长江日报讯: 武汉's


@cache
def _mastheads() -> dict[str, Division]:
    """Papers whose names do not carry their place's (``mastheads.tsv``: 长江日报 → 武汉市; 上海市: the municipality)."""
    gaz = gazetteer()
    out = {}
    for name, place in (r[:2] for r in table("mastheads.tsv")):
        if divisions := gaz.named(place):
            out[name] = min(divisions, key=lambda d: d.code)
    return out


def masthead_places(chrome: str) -> list[Division]:
    """The places of the papers of ``mastheads.tsv`` the page's chrome names (长江日报 第3版: 武汉市)."""
    return [div for name, div in _mastheads().items() if name in chrome]


def dateline_end(text: str) -> int:
    """Where an article's dateline (``本报郑州讯``, ``甘肃日报兰州3月19日讯``) ends in ``text``, else 0: the reporter's
    place, not a place of the news."""
    m = _DATELINE.match(text[:40])
    return m.end() if m and (m.group("place") or m.group("outlet")) else 0


def site_place(counts: Counter[Division]) -> Division | None:
    """The page's own place among those its chrome names (``counts``): the most named, a tie going to the more
    specific (a district over its city); None when two unrelated places of one level tie (a page of several places'
    news, 市州速递｜阆中、泸州、达州: no one of them is the site's; a zone and its district are one site)."""
    top = most_named(counts)
    second = most_named(Counter({d: n for d, n in counts.items() if d != top}))
    if top is None or second is None or counts[second] != counts[top] or second.level != top.level:
        return top
    gaz = gazetteer()
    return None if second not in gaz.chain(top) and top not in gaz.chain(second) else top
