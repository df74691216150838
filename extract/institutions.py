"""The school or hospital a bare 校长 or 院长 heads: the one named shortly before the title, in its sentence or the
one before (在泌阳县人民医院，院长某汇报了…; 来到庄浪县第一中学。校长某介绍…). Public schools' and hospitals' heads
are posts (``tests/dev/CONVENTIONS.md``); a bare title with no such place named stays no post.

Reads: the article's text before a title chain. Gives: the institution's name as written, or "".
"""

from __future__ import annotations

import re

from .phrases import after_marker, scan_back
from .place_words import trim

#: Titles that head a school or a hospital, and what its name ends with.
_HEADS = {"校长": "学校", "副校长": "学校", "院长": "医院", "副院长": "医院"}
_NAME_ENDS = {
    "学校": ("高级中学", "中学", "小学", "学校", "幼儿园"),
    "医院": ("人民医院", "中医医院", "中医院", "妇幼保健院", "医院", "卫生院"),
}
_END_RES = {kind: re.compile("|".join(ends)) for kind, ends in _NAME_ENDS.items()}
#: How far before the title the name may stand (its sentence and the one before).
_REACH = 120


def institution_before(text: str, title_start: int, title: str) -> str:
    """The school or hospital named last before ``text[title_start:]`` when ``title`` heads one, else ""."""
    kind = _HEADS.get(title)
    if kind is None:
        return ""
    window_start = max(0, title_start - _REACH)
    end = text.rfind("。", window_start, title_start)
    floor = text.rfind("。", window_start, end) if end >= 0 else window_start - 1  # the sentence before, at most
    last = None
    for m in _END_RES[kind].finditer(text, max(window_start, floor + 1), title_start):
        last = m
    if last is None:
        return ""
    start = trim(text, after_marker(text, scan_back(text, last.start(), limit=14), last.start()), last.start())
    return text[start : last.end()] if last.start() - start >= 1 else ""
