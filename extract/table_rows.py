"""Personnel tables written as text: a header row naming the columns (``序号 | 姓名 | 性别 | … | 现任职务 | 拟任职务``, or a
roster's ``包保乡镇 | 包保领导 | 职务``) and
one row a person (``1 | 游某 | 男 | … | 邵武市委常委、常务副市长 | …``), cells parted by ``|``.

The person of a row holds the posts of its 现任职务 cell (a 任前公示's current posts) and is appointed to those of its
任职 cell (a 任免 table); the 拟任职务, 免职 and 备注 cells name no post held. The evidence is the row from its start
to the end of that cell. A name cell is read whole (the column says it is a name); rows whose name cell is no name
(a common word, letters that are no Han letters) or whose cell holds no title chain add nothing.
"""

from __future__ import annotations

import re

from .appointments import _chain_posts
from .model import Article, ArticleFacts, Holding, Mention
from .names import looks_like_word
from .official_words import is_cjk
from .organs import fill_prefix, own_organ_units

#: A column of posts held and the change its cells state ('' for a post held now).
_POST_COLUMNS = {"现任职务": "", "现职务": "", "现任职务职级": "", "现工作单位及职务": "", "任职": "appointed", "职务": ""}
#: A column of names: 姓名, or the leaders a roster assigns (包保领导, 带班领导, 联系县领导, 县级河（湖）长 …).
_NAME_COLUMNS = ("姓名", "包保领导", "带班领导", "值班领导", "联系县领导", "县级领导", "责任领导", "县级河（湖）长",
                 "县级河长", "河长", "领导姓名")
_CELL_SEP = re.compile(r"[|｜]")


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the holdings of every row of a personnel table in the article, and of every list of a 名单."""
    text = article.text
    if "名单" in text:
        _rosters(article, found)
    if " " in text:
        _leader_lines(article, found)
    if not any(c in text for c in _NAME_COLUMNS) or ("|" not in text and "｜" not in text):
        return
    context = fill_prefix(text, article.headline)
    units = own_organ_units(context, article.headline + "\n" + text)
    seen = {(h.person.text, h.org, h.title) for h in found.holdings}
    columns: tuple[int, int, str] | None = None  # (name column, post column, change) of the table being read
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = [c.strip() for c in _CELL_SEP.split(line)]
        if len(cells) < 3:
            columns = None
            continue
        if (name := next((i for i, c in enumerate(cells) if c in _NAME_COLUMNS), None)) is not None:
            post = next((i for i, c in enumerate(cells) if c in _POST_COLUMNS), None)
            columns = (name, post, _POST_COLUMNS[cells[post]]) if post is not None else None
            continue
        if columns is None or max(columns[:2]) >= len(cells):
            continue
        _row(article, found, text, start, line, columns, context, units, seen)


def _row(article, found, text, start, line, columns, context, units, seen) -> None:
    name_col, post_col, change = columns
    bounds, at = [], 0
    for cell in _CELL_SEP.split(line):  # each raw cell's span in the line
        bounds.append((at, at + len(cell)))
        at += len(cell) + 1
    (ns, ne), (ps, pe) = bounds[name_col], bounds[post_col]
    ns += len(line[ns:ne]) - len(line[ns:ne].lstrip())
    name = line[ns:ne].strip()
    if not 2 <= len(name) <= 4 or not all(is_cjk(c) for c in name) or looks_like_word(name):
        return  # the 姓名 column's cell is the name whole: no surname list needed (刀玉兰)
    pos = start + ps + len(line[ps:pe]) - len(line[ps:pe].lstrip())
    cell = line[ps:pe].strip()
    posts = _cell_posts(text, pos, cell, context, units)
    if not posts:
        return
    person = article.mention(start + ns, start + ns + len(name), "person")
    evidence = article.mention(start, start + ps + len(line[ps:pe].rstrip()), "post")
    _add(found, seen, person, posts, evidence, change)


def _add(found: ArticleFacts, seen: set[tuple[str, str, str]], person: Mention, posts: list[tuple[str, str]],
         evidence: Mention, change: str = "") -> None:
    """Append the person's holding of each post the article does not have yet (``seen``: person, organ, title)."""
    for org, title in posts:
        if (person.text, org, title) not in seen:
            seen.add((person.text, org, title))
            found.holdings.append(Holding(person, org, title, evidence, change=change))


def _cell_posts(text: str, pos: int, cell: str, context: str | None, units: frozenset[str]) -> list[tuple[str, str]]:
    """The posts of a cell at ``text[pos:]`` whose title chains are parted by commas; none when a part holds none."""
    posts: list[tuple[str, str]] = []
    for part in re.split("[，,]", cell):
        chain, _end = _chain_posts(text, pos, context, units)
        if not chain:
            return []
        posts += chain
        pos += len(part) + 1
    return posts


#: A leader list's line: its number, a name, a space, the person's posts (一、冷某刚　县委副书记、县长; 闻某轩　县委
#: 常委、副县长（挂职），徐州市驻麟游工作组组长), the duties on the lines below.
_LEADER_LINE_RE = re.compile(
    r"(?m)^[ ]*(?:[一二三四五六七八九十]{1,3}、)?(?P<name>[\u4e00-\u9fff]{2,4})[ ]+"
    r"(?P<posts>[\u4e00-\u9fff、（）()，]{2,60}?)[ ]*$")


def _leader_lines(article: Article, found: ArticleFacts) -> None:
    """Each line of a leader list (a 分工 notice's, a 领导之窗 page's) that names a person, then their posts."""
    from .clean import name_line

    text = article.text
    lines = [m for m in _LEADER_LINE_RE.finditer(text) if name_line(m.group("name"))]
    if not lines:
        return
    context = fill_prefix(text, article.headline)
    units = own_organ_units(context, article.headline + "\n" + text)
    seen = {(h.person.text, h.org, h.title) for h in found.holdings}
    # titles the officials' reader took from a line (a department's 班子 page: 党组书记、主任, of its own department)
    read = {(h.person.start, h.title) for h in found.holdings}
    for m in lines:
        posts = _cell_posts(text, m.start("posts"), m.group("posts"), context, units)
        person = article.mention(m.start("name"), m.end("name"), "person")
        evidence = article.mention(m.start("name"), m.end("posts"), "post")
        _add(found, seen, person, [(o, t) for o, t in posts if (person.start, t) not in read], evidence)


#: A 名单's heading: the organ whose posts it lists (中共成武县第十五届委员会书记、副书记、常务委员会委员名单).
_ROSTER_HEAD_RE = re.compile(
    r"(?m)^[ ]*(?P<org>[\u4e00-\u9fff（）()]{2,40}?(?:委员会|政府|常委会))(?P<title>[^\n]{0,30}?)名单[ ]*$")
#: A line of names alone under a heading that names their title (…委员会候补委员名单 / 屈某峰　龚某桥), and a line
#: that says how the list is ordered (（5名，按得票多少为序）).
_NAMES_LINE_RE = re.compile(
    r"[ ]*(?:[（(][^\n）)]{1,20}[）)])?[ ]*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ ]+[\u4e00-\u9fff·]{2,4})+)[ ]*")
_NOTE_LINE_RE = re.compile(r"[ ]*[（(][^\n）)]{1,20}[）)][ ]*")
#: A line of it: a title, a colon, the names (副书记：甲　乙; 常委：… （按姓氏笔画为序）; 常委（按姓氏笔画为序）：…).
_ROSTER_LINE_RE = re.compile(
    r"[ ]*(?P<title>[\u4e00-\u9fff]{1,8})(?:[（(][^\n）)]{1,12}[）)])?[：:]"  # 常委（按姓氏笔画为序）：甲
    r"[ ]*(?:[（(][^\n）)]{1,12}[）)])?[ ]*"  # 常委：（按姓氏笔画为序）甲 乙
    r"(?P<names>[\u4e00-\u9fff·]{2,8}(?:[ ]+[\u4e00-\u9fff·]{2,8})*)"
    r"[ ]*(?:[（(][^\n）)]{1,12}[）)])?[ ]*")
def _titles() -> frozenset[str]:
    from .official_words import lexicon

    return frozenset(lexicon()["titles"])


#: How far under its heading a 名单's lines are read.
_ROSTER_REACH = 600


def _rosters(article: Article, found: ArticleFacts) -> None:
    """Each 名单 under a heading that names its organ: every name of a line holds the line's title of that organ
    (纪委书记：甲 under 中共某县纪律检查委员会…名单 is 某县纪委 书记). The evidence is the line."""
    text = article.text
    seen = {(h.person.text, h.org, h.title) for h in found.holdings}
    for head in _ROSTER_HEAD_RE.finditer(text):
        pos = head.end()
        for line in text[pos : pos + _ROSTER_REACH].split("\n"):
            start, pos = pos, pos + len(line) + 1
            if not line.strip():
                continue
            if _NOTE_LINE_RE.fullmatch(line):
                continue  # （5名，按得票多少为序）: how the list is ordered
            m = _ROSTER_LINE_RE.fullmatch(line) or _NAMES_LINE_RE.fullmatch(line)
            org, title = head.group("org"), (m.groupdict().get("title") or head.group("title")) if m else ""
            if org.endswith("纪律检查委员会") and title.startswith("纪委"):
                title = title[2:]  # 纪委书记：甲 under the 纪委's heading: its 书记
            if m is None or title not in _titles():
                break
            posts, _end = _chain_posts(org + title + "。", 0, None, frozenset())
            evidence = article.mention(start, start + len(line.rstrip()), "post")
            for n in re.finditer(r"[\u4e00-\u9fff·]{2,8}", m.group("names")):
                at = start + m.start("names") + n.start()
                person = article.mention(at, at + len(n.group()), "person")
                if not looks_like_word(person.text):
                    _add(found, seen, person, posts, evidence)
