"""Credits around an article's body that its byline does not hold: photographers under its pictures
(``图为… 记者 胡某琪 摄``), the reporters of the stamp line above it (``来源：某县融媒体中心　记者：卓玛吉``) and of a
credit block below it (``记者：某某　通讯员：某某``). Split from :mod:`extract.articles`, which calls it last.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from .model import Article, Document, Mention

_ABOVE_BODY, _BELOW_BODY = 80, 120
_TAIL = 40  # how much of a body's end a credit run into it may take
_ROLES = frozenset({"记者", "通讯员", "摄影", "编辑", "作者", "报道"})  # (□记者 某某 报道: the credit's last word)
_BRACKET_RE = re.compile(r"（[^（）\n]{4,60}）")  # how far above a body its stamp line stands, and below it a credit block
#: A photographer's credit ending a caption (``图为… 记者 胡嘉琪 摄``, ``通讯员 孙一鸣摄``).
_PHOTO_CREDIT_RE = re.compile(
    r"(?P<credit>(?:本报)?(?:记者|通讯员|摄影)[ ]*[\u4e00-\u9fff]{2,4}(?:[ ]+[\u4e00-\u9fff]{2,4})*)[ ]*摄[）)]?$"
)
#: A reporter's field of a stamp line (``2023-05-06　来源：某县融媒体中心　记者：卓玛吉``) or of a credit block
#: (``记者：某某　编辑：某某``, ``摄影：某某``; editors are page chrome, no people of the news): its role, then names, each a
#: whole word.
_CREDIT_FIELD_RE = re.compile(
    r"(?:作者[：:][ ]*)?[\u4e00-\u9fff]{0,5}?(?P<role>记者|通讯员|摄像|摄影)[ ]*(?:[：:|｜][ ]*|[ ]+)"
    r"(?P<names>(?:[\u4e00-\u9fff]{2,6}·)?[\u4e00-\u9fff]{2,5}(?![：:\u4e00-\u9fff·])"
    r"(?:[ ]+(?:[\u4e00-\u9fff]{2,6}·)?[\u4e00-\u9fff]{2,5}(?![：:\u4e00-\u9fff·]))*)"
)


def credits_around(
    doc: Document, articles: list[Article], _reporters: Callable[[str, int], list[Mention]]
) -> list[Article]:
    """Give each article the photographers credited under its pictures (caption chrome after its start) and the
    reporters of the stamp line between its headline and its body, unless its byline already names them.
    ``_reporters`` reads a byline's names (:mod:`extract.articles`' own reader, passed in: no import cycle)."""
    credits: dict[int, list[Mention]] = {}
    starts = [a.start for a in articles]
    for m in doc.chrome:
        if m.label == "caption" and (c := _PHOTO_CREDIT_RE.search(m.text)) is not None:
            i = bisect_left(starts, m.start + 1) - 1
            if i >= 0:
                credits.setdefault(i, []).extend(_reporters(c.group("credit"), m.start + c.start("credit")))
        elif m.label in ("stamp", "editor", "nav") and (fields := list(_CREDIT_FIELD_RE.finditer(m.text))):
            i = bisect_left(starts, m.end)  # the article whose body the line stands above
            i = i if i < len(articles) and articles[i].start - m.end <= _ABOVE_BODY else -1
            if i < 0 and (j := bisect_left(starts, m.start) - 1) >= 0 and 0 <= m.start - articles[j].end <= _BELOW_BODY:
                i = j  # a credit block under a body (来源：… / 记者：某 / 责任编辑：…)
            if i >= 0:
                credits.setdefault(i, []).extend(r for f in fields for r in _names(m, f))
    for i, art in enumerate(articles):  # a credit line run into the body's end (…。融媒体记者：某某 某某), or bracketed
        tail = art.text[-_TAIL:]
        at = Mention(tail, art.end - len(tail), art.end, "body")
        credits.setdefault(i, []).extend(r for f in _CREDIT_FIELD_RE.finditer(tail) if f.end() == len(tail)
                                         for r in _names(at, f))
        for b in _BRACKET_RE.finditer(art.text):  # （融媒体记者：某某 编辑：某某 审核：某某）
            inner = Mention(b.group(), art.start + b.start(), art.start + b.end(), "body")
            credits[i].extend(r for f in _CREDIT_FIELD_RE.finditer(b.group()) if "：" in f.group() for r in _names(inner, f))
    for i, found in credits.items():
        named = {r.text for r in articles[i].reporters}
        new: dict[str, Mention] = {}
        for r in found:
            if r.text not in named:
                new.setdefault(r.text, r)  # each name once, where first credited
        if new:
            articles[i] = replace(articles[i], reporters=articles[i].reporters + tuple(new.values()))
    return articles


def _names(line: Mention, field: re.Match[str]) -> list[Mention]:
    """The people of one credit field, with its role."""
    out, at, role = [], field.start("names"), field.group("role")
    for token in field.group("names").split(" "):
        if token and token not in _ROLES:
            out.append(Mention(token, line.start + at, line.start + at + len(token), role))
        elif token in _ROLES and token != "报道":
            role = token  # 记者 甲 通讯员 乙: 乙 is the 通讯员
        at += len(token) + 1
    return out
