"""Web-page chrome: the lines around an article that belong to the page, not to the article.

Pages saved from government portals and from newspapers' digital editions carry a site line or masthead, navigation
(``首页 | 政务公开``), a breadcrumb (``当前位置：首页 > 政务公开 > 工作动态``), an edition line (``第A02版：要闻``), a
stamp (``发布时间：2023-07-28 16:55　来源：区委办``), tool bars (``字号：[大 中 小]``, ``【打印本页】【关闭窗口】``),
pagers (``上一篇 下一篇``), editors' lines (``责任编辑：马晓东``), image file names and photo captions, lists of other
articles with their stamps, datelines (``——2024年2月3日``), weather strips
(``西青区气象台…发布：多云，气温31℃至24℃``), the fields of an information-disclosure table
(``索引号　…　发文日期　2021-12-16``) and footers (``主办单位：… 备案号``). Read as text they become headlines, names,
meetings and dates. :func:`find` gives every such line of the normalised text (lines as in the file) with its kind, so
that :mod:`extract.articles` keeps them out of articles (they stay in ``Document.clean``, outside every article, for
the jurisdiction's site line and the page date).

A line is chrome only as a whole: every field of it must be a chrome field (a label with its value, a tool word, a
date or time, a pager word), so that article text is never cut."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .chrome_fields import DATE as _DATE
from .chrome_fields import PUNCT as _PUNCT
from .chrome_fields import TOKEN_SPLIT_RE as _TOKEN_SPLIT_RE
from .chrome_fields import alt as _alt
from .chrome_fields import field_kinds as _field_kinds
from .chrome_fields import lexicon as _lexicon
from .chrome_fields import patterns as _patterns
from .chrome_lists import listed_summaries, listed_titles


@dataclass(frozen=True)
class ChromeLine:
    """A chrome line ``[start, end)`` of the normalised text (leading and trailing spaces excluded)."""

    start: int
    end: int
    kind: str  # breadcrumb nav edition stamp index editor tools pager footer credit site column image caption list
    # dateline weather


@cache
def _cues() -> re.Pattern[str]:
    """What every chrome line holds somewhere (a digit, a separator or bracket, a lexicon word): most article
    lines hold none and are passed over with one search."""
    kinds = ("tool", "pager", "home", "suffix", "site", "column", "table")  # labels and locations need a ：, a cue
    lexicon = sorted({w for k in kinds for w in _lexicon()[k] if len(w) > 1}, key=len, reverse=True)
    lexicon += ["图为", "摄"]
    firsts = "".join(sorted({re.escape(w[0]) for w in lexicon}))
    # The one-letter class first: without it every position tries every word in turn.
    alt = "|".join(re.escape(w) for w in lexicon)
    return re.compile(rf"[\d|｜>》»＞→【】\[\]：:·•—–/._▲△□■]|(?=[{firsts}])(?:{alt})")


_EDITION_RE = re.compile(r"第\s*[A-Za-z]?\d{1,5}\s*版|^[A-Za-z]?\d{1,3}\s*版(?:[：:]|$)")  # 第A02版, 第00007版, 03版：要闻
_CRUMB_SPLIT_RE = re.compile(r"\s*(?:>>|>|》|»|＞|→)\s*")
_NAV_SPLIT_RE = re.compile(r"\s*[|｜]\s*")
_IMAGE_RE = re.compile(r"^(?:[\w\-.()（）]+\.(?:jpe?g|png|gif|bmp|webp|tiff?)|!\[[^\]]*\]\([^)]*\))$", re.I)
_CAPTION_RE = re.compile(r"^(?:图为|图：|图片：|▲|△)|(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}\s*摄[）)]?$")  # credit
#: A copyright notice (凡本报记者署名文字、图片，版权均属…所有。…未经授权不得转载…): sentences, but no article's.
_NOTICE_RE = re.compile(
    r"版权均?(?:属|归)|未经(?:授权|许可|书面许可)[^。]{0,12}不得(?:转载|复制|使用)|转载请注明|仅提供信息存储服务"
    r"|^Notice: |观点仅代表作者本人|仅代表该作者观点|仅提供信息发布平台"  # a platform's statement under a user's post
)
_LIST_RE = re.compile(rf"^(?!——)(?:[·•\-*]\s*)?(?P<title>\S.{{3,60}}?)\s*[\[【（(]?{_DATE}[\]】）)]?$")
_DATELINE_RE = re.compile(r"^(?:[—–-]{1,2}\s*)?\d{4}年\d{1,2}月\d{1,2}日$")
#: A weekday standing as a field of an edition line (``2022年03月03日 星期四``), never inside a word (新周口).
_WEEKDAY_RE = re.compile(r"^(?:星期[一二三四五六日天]|周[一二三四五六日])$")
#: A stamp led by its source's name instead of a label: ``洞口融媒　2021/4/21 18:06:42　　浏览量：`` (a date and a time
#: after a name; the rest of the line chrome fields). Below an article's text such a line is a list entry.
_SOURCE_STAMP_RE = re.compile(rf"^[\u4e00-\u9fff]{{2,16}}[ ]+{_DATE}[ ]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?=[ ]|$)")
#: A public account's article line: ``原创 作者 某某发布 2023-04-18 19:06 发表于安徽`` (原创/文摘, the author and the
#: account's name, the time, the province the post was sent from).
_ACCOUNT_STAMP_RE = re.compile(
    rf"^(?:(?:原创|文摘|转载)[ ]+)?(?:[\u4e00-\u9fffA-Za-z0-9]{{2,16}}[ ]+){{0,3}}{_DATE}[ ]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:[ ]+(?:·[ ]*)?(?:(?:发表于|发布于|IP属地)[：:]?[ ]*[\u4e00-\u9fff]{2,3}|来自[ ]*[\u4e00-\u9fffA-Za-z0-9. ]{2,24}"
    r"|[\u4e00-\u9fff]{2,24}官方[账帐]号|[\u4e00-\u9fff]{2,3}))?$"  # its sender: 发表于河南, 来自 微博, · 某县官方账号
    r"|^[□■][ ]*(?:记者|通讯员)[ \u4e00-\u9fff]{2,40}报道$")  # or a paper's credit under a headline: □记者 某某 报道
_PAGER_LINE_RE = re.compile(r"[·•◀◆▶►<＜\[【]?[ ]*(?:上一[篇条个]|下一[篇条个])(?:[：:]|[】\]>＞])")  # ·上一篇：, 【上一篇】
_TEMPERATURE_RE, _GAP_RE = re.compile(r"\d[ ]*(?:℃|°C|度)"), re.compile(r"[ ]{3,}")

@cache
def _weather() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weather strip's heading alone (``天气预报：``), and any weather word."""
    heads = "|".join(re.escape(w) for w in _lexicon()["weather"] if len(w) > 2)
    return re.compile(rf"^(?:{heads})[：:]?$"), re.compile(_alt("weather"))


def _is_weather(line: str) -> bool:
    """A weather strip: its heading, or a line stating a temperature and the weather (``多云``, ``东南风3-4级``)."""
    head, word = _weather()
    return head.match(line) is not None or (_TEMPERATURE_RE.search(line) is not None and word.search(line) is not None)


def _crumb_or_stamp(line: str) -> str:
    """A breadcrumb, or a stamp when the page's stamp follows it on its line, a wide gap apart
    (``您当前的位置：中华龙都网 >> 新闻中心　　　来源：新周口客户端 2019-07-19 16:40:12``): the line dates the page."""
    for m in _GAP_RE.finditer(line):
        if line_kind(line[m.end() :]) == "stamp":
            return "stamp"
    return "breadcrumb"


def line_kind(line: str) -> str | None:
    """The chrome kind of one line on its own (no context), or None for article text."""
    s = line.strip()
    if not s or len(s) > 160:
        return None
    if _NOTICE_RE.search(s):
        return "notice"
    if s[:1] == "【" and s[-1:] == "】" and s[1:-1] in _lexicon().get("section", ()):
        return "tools"  # 【导语】 over a video report's lead: a script mark, no headline
    if _cues().search(s) is None:
        return None
    if _CAPTION_RE.search(s):
        return "caption"
    if _PAGER_LINE_RE.match(s) and "。" not in s:
        return "pager"  # 上一篇：…会议（扩大）…下一篇：…: other articles' titles, whatever their marks
    if _is_weather(s) and _EDITION_RE.search(s) is None:
        return "weather"
    if "。" in s:
        return None
    pats = _patterns()
    if pats["location"].match(s):
        return _crumb_or_stamp(s)
    has_punct = any(p in s for p in _PUNCT)
    if _EDITION_RE.search(s) and not has_punct:
        return "edition"
    if _IMAGE_RE.match(s):
        return "image"
    if not has_punct:
        parts = _CRUMB_SPLIT_RE.split(s)
        if len(parts) >= 2 and all(0 < len(p) <= 12 for p in parts):
            return "breadcrumb"
    if _ACCOUNT_STAMP_RE.match(s) or ((m := _SOURCE_STAMP_RE.match(s)) and _field_kinds(s[m.end() :]) is not None):
        return "stamp"
    kinds = _field_kinds(s)
    if kinds is not None and not kinds and has_punct:
        return "tools"  # 打开民和融媒APP，阅读更多精彩内容: an app's prompt, nothing but chrome tokens
    if kinds is not None and "suffix" in kinds:
        if kinds == {"suffix"}:
            return "credit"  # …主办, …版权所有, （…供稿）: page chrome at a page's head or foot only
        kinds = (kinds - {"suffix"}) | {"footer"}
    if kinds is not None:
        if "site" in kinds:
            if "date" in kinds:
                return "edition"  # 萧山日报　2025年03月06日
            kinds.discard("site")
            if not kinds:
                return None
        if "date" in kinds and any(_WEEKDAY_RE.match(t) for t in _TOKEN_SPLIT_RE.split(s)):
            return "edition"
        for kind in ("stamp", "index", "editor", "footer", "pager", "tools", "nav"):
            if kind in kinds:
                return kind
        if kinds == {"date"}:
            return "dateline" if "年" in s else "stamp"  # ——2024年2月3日 / [2023-07-28]
    if not has_punct:
        parts = _NAV_SPLIT_RE.split(s)
        if len(parts) >= 2 and all(0 < len(p) <= 12 for p in parts) and not _table_row(parts):
            return "nav"
        tokens = s.split()
        if len(tokens) >= 3 and tokens[0] in _lexicon()["home"] and all(len(t) <= 8 for t in tokens):
            return "nav"
        if pats["column"].match(s):
            return "column"
    if _DATELINE_RE.match(s):
        return "dateline"
    m = _LIST_RE.match(s)
    if m and not has_punct:
        return "list"
    return None


#: A cell of a personnel table's row (序号 1, 出生年月 1979.04), or its header's 姓名, 职务, 序号: no navigation has them.
_TABLE_CELL_RE = re.compile(
    r"\d{1,3}|\d{4}[.年-]\d{1,2}月?|姓名|职务|序号|(?:0\d{2,3}-)?\d{5,8}|\d{1,2}月\d{1,2}日(?:（[^）]{1,4}）)?"
    r"|\S{0,10}(?:书记|县长|市长|区长|镇长|局长|部长|主任|主席)")  # a roster's day, phone, and its leader's post


def _table_row(parts: list[str]) -> bool:
    """Are ``parts`` the cells of a table's row or header (序号 | 姓名 | …; 1 | 游某 | 男 | 1979.04 | …)?"""
    return any(_TABLE_CELL_RE.fullmatch(p.strip()) for p in parts)


_NAVIGATION = ("breadcrumb", "nav", "edition", "pager")
_WEAK = ("credit", "column")  # kinds known by their last words alone: chrome only above or below the body


def _is_title_like(line: str) -> bool:
    return len(line.replace(" ", "")) <= 40 and not any(p in line for p in _PUNCT + "：")


def _weather_at_top(text: str, lines: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """A weather strip is chrome in the page's head only: above the first line that is no chrome, leaving out
    the site line and the lines above the last navigation line. Below that line (a headline) it is an
    article's own words on the weather (``县气象台发布暴雨预警，…气温24℃。``)."""
    first_body = next((i for i, (s, e, k) in enumerate(lines) if k is None and not _is_title_like(text[s:e])),
                      len(lines))
    last_nav = max((i for i in range(first_body) if lines[i][2] in _NAVIGATION), default=-1)
    top = next(
        (i for i, (s, e, k) in enumerate(lines)
         if k is None and i > last_nav and not (i == 0 and _patterns()["site"].search(text[s:e]))),
        len(lines),
    )
    return [(s, e, None if kind == "weather" and i > top else kind) for i, (s, e, kind) in enumerate(lines)]


def find(text: str) -> list[ChromeLine]:
    """Every chrome line of ``text``, in order.

    Besides the lines :func:`line_kind` knows on their own, a page's head is read as a whole: the
    title-like lines above its last navigation line (breadcrumb, menu, edition line, pager) are the
    site line or masthead; so is a first line that ends like one (``…人民政府``, ``…日报``).
    """
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if s < e:
            lines.append((s, e, line_kind(text[s:e])))
    lines = listed_summaries(text, _weather_at_top(text, lines))
    body = [i for i, (s, e, kind) in enumerate(lines) if kind is None and not _is_title_like(text[s:e])]
    head, foot = (body[0], body[-1]) if body else (len(lines), len(lines))  # lines neither chrome nor title-like
    prose = next((i for i in body if "。" in text[lines[i][0] : lines[i][1]]), len(lines))  # a breadcrumb above the
    last_nav = max((i for i in range(prose) if lines[i][2] in _NAVIGATION  # first sentence ends a page's head (menus)
                    and (i < head or lines[i][2] == "breadcrumb")), default=-1)
    out = []
    for i, (s, e, kind) in enumerate(lines):
        if kind is None and i < last_nav:
            kind = "site"
        elif kind is None and (i == 0 and i < head or i > foot and all(ln[2] != "dateline" for ln in lines[i + 1 : i + 2])
                               ) and _patterns()["site"].search(text[s:e]):
            kind = "site"  # a masthead's line on top; an account's name at the foot (费县融媒), no notice's signer
        elif kind is None and i > foot and i + 1 < len(lines) and "关注" in text[lines[i + 1][0] : lines[i + 1][1]]:
            kind = "site"  # 北京平谷 / 长按识别二维码关注我们: the account's name over its QR prompt
        elif kind == "dateline" and i < head:
            kind = "stamp"  # a date standing alone above the article is the page's stamp
        elif kind in _WEAK and not (i > foot or (i < head and (i <= 1 or i < last_nav))):
            kind = None  # a column name or a '…主办' line among article lines is theirs (PDF lines break anywhere)
        elif kind == "stamp" and i > foot and _SOURCE_STAMP_RE.match(text[s:e]):
            kind = "list"  # 某某会议召开 2021-04-21 18:06 below the article: another article's entry
        elif kind == "stamp" and i + 1 < len(lines) and _MINUTES_NEXT_RE.match(text, lines[i + 1][0]):
            kind = None  # 时间：2022年5月10日上午 over 地点：…: a meeting's minutes, their first field, no page stamp
        if kind is not None:
            out.append(ChromeLine(s, e, kind))
    taken, heads = {(c.start, c.end) for c in out}, frozenset(_lexicon().get("list_head", ()))
    extra = [ChromeLine(s, e, "list") for s, e in listed_titles(text, lines, head, heads) if (s, e) not in taken]
    return sorted([*out, *extra], key=lambda c: c.start) if extra else out


_MINUTES_NEXT_RE = re.compile(r"地[ 　]*点[：:]")  # the field under a minutes' 时间 line (地点：…, 地　点：…)
def blank(text: str, lines: list[ChromeLine]) -> str:
    """``text`` with its chrome lines turned to spaces (same length, so offsets hold)."""
    if not lines:
        return text
    parts = []
    pos = 0
    for line in lines:
        if line.start < pos:
            continue  # a line listed twice: the text keeps its length either way
        parts.append(text[pos : line.start])
        parts.append(" " * (line.end - line.start))
        pos = line.end
    parts.append(text[pos:])
    return "".join(parts)
