"""Boxes of short items on a newspaper page: where their articles start.

A page's 简讯 box lists items of two to four lines, each opened by a mark and its day (``■3月18日，县长某某主持召开…``)
or by a marked headline line above a body that opens with its day (``■沅陵县政府召开常务会议`` / ``4月14日，…``);
a 图片新闻 box holds a photo's caption story under the box's label line (``图片新闻`` / ``3月18日，副县长某某到…``). Each
item is an article of its own: its date, its officials and its event are its own, not the lead report's above it.
A leaders' digest (县领导活动) lists items with no headline between them, each a paragraph opening with its day.
Split from :mod:`extract.articles`, whose :func:`~extract.articles.split` adds these openings to the ones it finds.
"""

from __future__ import annotations

import re

#: A day that opens a body line (``11月25日下午，…``, ``2021年11月25日，…``); :mod:`extract.articles` reads it too.
DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
#: An item of a box: a mark, then its day (the 简讯's ■3月18日，…), or the place it is from first (■万载县　8月21日，…).
_MARKED_DAY_RE = re.compile(r"[■●◆▲□][ 　]*(?:[\u4e00-\u9fff]{2,8}[ 　：:]+)?" + DAY)
#: A box's label line, alone on its line: the story below it opens with its day.
_BOX_LABEL_RE = re.compile(r"[ 　]*(?:图片新闻|新闻图片|简讯|本地简讯|要闻简讯|新闻速递|快讯|短讯)[ 　]*")
_DAY_RE = re.compile(r"[ 　]*" + DAY)
#: An item's marked headline on a line of its own (■沅陵县政府召开常务会议), its body below opening with its day.
_MARKED_RE = re.compile(r"[■●◆▲□][ 　]*[\u4e00-\u9fff]")


def box_openings(norm: str, lines: list[tuple[int, int]]) -> list[int]:
    """Where the items of the boxes among ``lines`` (spans of ``norm``) start: each marked item's line, and the line
    under a box label when it opens with its day."""
    out = []
    for k, (s, e) in enumerate(lines):
        if _MARKED_DAY_RE.match(norm, s):
            out.append(s)
        elif _BOX_LABEL_RE.fullmatch(norm, s, e) and k + 1 < len(lines) and _DAY_RE.match(norm, lines[k + 1][0]):
            out.append(lines[k + 1][0])
        elif _MARKED_RE.match(norm, s) and k + 1 < len(lines) and _DAY_RE.match(norm, lines[k + 1][0]):
            out.append(lines[k + 1][0])  # the marked line above is the item's headline
    return out


#: A digest's item: a paragraph that opens with its day, then a comma (5月17日，县委副书记、县长某某到…).
_ITEM_DAY_RE = re.compile(r"[ ]*(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚)?，")
_DIGEST_ITEMS = 3


def digest_items(norm: str, lines: list[tuple[int, int]], first: int) -> list[int]:
    """Where the further items of a leaders' digest start (县领导活动: no headline between its items): the body
    opens with a dated paragraph, and at least three of its paragraphs open with their day, on at least two days;
    each such paragraph after the first is an item of its own. A body that opens with words of its own (本周，各板块
    …) is one article about the days it lists."""
    if first >= len(lines) or not _ITEM_DAY_RE.match(norm, lines[first][0]):
        return []
    dated = [(s, m.groups()) for s, _e in lines[first:] if (m := _ITEM_DAY_RE.match(norm, s))]
    if len(dated) < _DIGEST_ITEMS or len({d for _s, d in dated}) < 2:
        return []
    return [s for s, _d in dated[1:]]
