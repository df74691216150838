"""Appointment and departure sentences: dated ``appointed`` / ``ceased`` holdings.

Reads (after :mod:`extract.officials`, whose names it knows) the forms of personnel news
(``appointment_cues.tsv``):

- a cue before the name: ``任命张三为金水区副区长，李四为…``, ``免去王五的中牟县副县长职务``;
- a cue after the name: ``张三任郑州市副市长``, ``李四同志履新新郑市委书记``, ``王五不再担任区委常委职务``;
- a leader's fields on a 领导之窗 page: ``姓名：王某　职务：县委副书记、县长`` (a plain holding, as the next);
- a post held now in a person's paragraph: ``王某，男，1979年8月生，…，现任怀宁县委常委、常务副县长`` (a 任前公示, a
  résumé: a plain holding at the article's date, no change);
- a career line after a person's name: ``王某，男，1970年生，2014年12月任新郑市委副书记、市长，2021年任新郑市委
  书记`` (the subject is the person the paragraph is about; each clause's own date is kept as written,
  ``2014-12``).

The chain after the cue is read like any title chain (:func:`extract.officials.read_chain`); a cue whose
chain names no organ gives nothing. Each fact is a :class:`Holding` with ``change`` set and ``when`` the
clause's own date ('' when the sentence gives none: the article's date applies), so jurisdiction and
identity treat it like any holding; the graph draws it as an ``appointed`` or ``ceased`` edge.
"""

from __future__ import annotations

import re
from functools import cache

from .clean import ROSTER_DAY, name_line
from .departments import in_department, page_department
from .model import Article, ArticleFacts, Holding
from .names import name_at, name_ending_at
from .official_words import ends_with, is_cjk, lexicon, starts_with
from .officials import read_chain
from .organs import fill_prefix, not_public, own_organ_units
from .resources import table
from .towns import in_town, town_of, village_party

#: A note in brackets after an appointee's post (（试用期一年）, （另有任用）) before the next line of the list.
_NOTE_RE = re.compile(r"[（(][^（()）\n]{1,12}[）)]")
#: A numbered list's mark before an appointee's name (（一）, 1., 二、).
_ITEM_RE = re.compile(r"[ \u3000\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])[ ]*")
#: Characters a chain after a cue may hold: letters, the list mark and brackets of an organ.
_CHAIN_CHARS = re.compile(r"[\u4e00-\u9fff、（）()·]{2,48}")
_COMRADE = "同志"
_DUTY = "职务"
#: A date that ends right before an ``after_name`` cue: 2014年12月任…, 2021年任…
_DATE = r"((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?"
_CLAUSE_DATE = re.compile(_DATE + "(?:起)?$")
#: A résumé's dated line (``2001.03—2006.09　郓城县黄安镇副镇长``, the last one open: ``2022.03—``): a post held from
#: the first date; the line's person is the paragraph's (王某，男，…).
_CAREER_LINE_RE = re.compile(
    r"(?<![\d.．])((?:19|20)\d{2})[.．](0[1-9]|1[0-2])[ 　]*[—－\-～~]{1,2}[ 　]*(?:(?:19|20)\d{2}[.．]\d{2})?[ 　]*"
)
_CAREER_CUE_RE = re.compile(r"(?:19|20)\d{2}[.．]\d{2}[ 　]*[—－\-～~]")
#: A date range's marks (1965年3月至1972年6月任…): the clause starts at the first date.
_RANGE_MARKS = ("至", "—", "－", "-", "～", "~")
_RANGE_START = re.compile(_DATE + "$")
#: What may follow a bare 任 that makes it another word (任务, 任职, 任何, 任期 …): not an appointment.
_REN_WORDS = "务职何期命用免教意性课"
#: What before a bare 任 makes it part of another word or a status (现任, 担任, 主任, 兼任 …).
_REN_AFTER = "现担主兼出调升接信责"
#: Verbs an appointment's name may follow with no mark between (宣布康某同志任…, 决定张某任…).
_OPENERS = ("宣布", "决定", "同意", "选派的", "派驻的", "下派的")  # 某局选派的甲任某村第一书记: the unit sends
#: 决定 and 选举 alone name an appointment only in ``决定某某为…`` (an acting head: 决定凌某为某县人民政府代理县长) and
#: ``选举某某为…`` (a town's 人代会: 选举甲为某镇人民政府镇长，乙、丙为某镇人民政府副镇长).
_WEI_CUES = frozenset({"决定", "选举", "补选", "增补"})
#: A leader's fields on a 领导之窗 page: ``姓名：王某　职务：县委副书记、县长`` (the two on one line or two).
_PROFILE_RE = re.compile(
    r"姓名[：:][ ]*(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,8}·[\u4e00-\u9fff]{2,8})\s*职务[：:][ ]*"
)
#: A name alone on its line (or before a wide space, or after a role's label: 总河长：某某　县委书记, or a duty roster's
#: day: 9月29日（中秋节）某某　县委书记), its posts on the next line or after the space.
_NAME_LINE_RE = re.compile(
    rf"(?<![^\n]) *(?:{ROSTER_DAY} *)?"
    r"(?:[\u4e00-\u9fff]{2,6}[：:] *(?P<labelled>[\u4e00-\u9fff]{2,4}) +"
    r"|(?P<name>[\u4e00-\u9fff]{2,4})(?: *\n *(?:职务[：:] *)?| +))(?=[\u4e00-\u9fff])")
#: The most names read in a list before an after-name cue, and how far back a bracket's name may stand.
_LONGEST_LIST, _BRACKET_REACH = 30, 40
#: A person a paragraph is about: ``王某，男，``, after a list number (``一、王某，男，``) or a title that runs into it
#: (``王某简历王某，男，``).
_BIO_RE = re.compile(
    r"(?:^|[\n。：:]|(?:简历|简介|生平)[】\]]?)"
    r"(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[ 　]*"
    r"(?P<name>[\u4e00-\u9fff]{2,4})[，,](?:男|女)[，,]"
)
#: A 任前公示's fields on lines of their own under its person's line.
_FIELDS = ("现任职务", "拟任职务")
#: …and ``王某同志1939年10月出生`` (a 生平), found by its birth clause: the name ends where it starts.
_BORN_RE = re.compile(r"同志[，,]?(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:出生|生)")


@cache
def _cues() -> tuple[dict[str, str], dict[str, str]]:
    """(before-name cue → kind, after-name cue → kind)."""
    before, after = {}, {}
    for row in table("appointment_cues.tsv"):
        if len(row) >= 3:
            (before if row[1] == "before_name" else after)[row[2]] = row[0]
    return before, after


@cache
def _cue_re() -> re.Pattern[str]:
    before, after = _cues()
    words = sorted(set(before) | set(after), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def _chain_posts(text: str, start: int, context: str | None, units: frozenset[str]) -> tuple[list, int]:
    """The posts the chain at ``text[start:]`` names and where it ends (0 posts: none)."""
    m = _CHAIN_CHARS.match(text, start)
    if not m:
        return [], start
    run_end = _unopened_bracket(text, start, m.end())  # 燕某（原任…，现任X）温某（…: the run ends with its bracket
    duty = text.find(_DUTY, start, run_end)
    if duty >= 0:
        run_end = duty
    titles = lexicon()["titles"]
    ends = [e for e in range(start + 1, run_end + 1) if (t := ends_with(text, e, titles)) and e - len(t) >= start]
    # the chain ends at the first title after which the run ends, the next line of a list begins (乙为…) or a time
    # word follows (甲任代区长后首次随区委书记调研: the 区委书记 is another's)
    end = next((e for e in ends if e == run_end or _next_line(text, e) or text.startswith(("后", "以来"), e)),
               ends[-1] if ends else 0)
    if not end:
        return [], start
    title = ends_with(text, end, titles)
    sub = text[start:end]
    posts = read_chain(sub, len(sub) - len(title), len(sub), context, units)
    return [(org, t) for org, t in posts if org and not not_public(org)], end


def _unopened_bracket(text: str, start: int, end: int) -> int:
    """Where a closing bracket opened before ``start`` stands in ``text[start:end]``, else ``end``."""
    depth = 0
    for i in range(start, end):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            if depth == 0:
                return i
            depth -= 1
    return end


def _next_line(text: str, pos: int) -> bool:
    """Does a list line (``乙为…``, ``乙的…``) start at ``pos``?"""
    n = name_at(text, pos, set(), strict=True)
    return bool(n) and text[pos + n : pos + n + 1] in ("为", "的")


def _when(text: str, cue_start: int) -> tuple[str, int]:
    """The clause's own date right before the cue (ISO, year or year-month) and where it starts; ('', -1)."""
    m = _CLAUSE_DATE.search(text, max(0, cue_start - 12), cue_start)
    if not m:
        return "", -1
    if text[m.start() - 1 : m.start()] in _RANGE_MARKS:  # 1965年3月至1972年6月任: the range's start
        first = _RANGE_START.search(text, max(0, m.start() - 12), m.start() - 1)
        if first:
            m = first
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        return year, m.start()
    return "-".join(p.zfill(2) if i else p for i, p in enumerate(x for x in (year, month, day) if x)), m.start()


def _name_before(text: str, end: int, known: set[str]) -> int:
    """Start of the name ending at ``end`` (``同志`` skipped by the caller), else -1: a known name, or a new one
    that opens its clause (``据悉，韩振国任…``)."""
    return name_ending_at(text, end, known, (3, 2, 4), lambda s, n: name_at(text, s, set(), strict=True) == n,
                          _OPENERS)


def _bio_subject(text: str, pos: int, found: ArticleFacts) -> tuple[int, int] | None:
    """The person the paragraph of ``pos`` is about, introduced as ``王某，男，`` before ``pos``, or None."""
    para = text.rfind("\n", 0, pos) + 1
    if text.startswith(_FIELDS, para):  # 现任职务：… on its own line under the person's (王某，男，…)
        para = text.rfind("\n", 0, max(0, para - 1)) + 1
    best = None
    for m in _BIO_RE.finditer(text, max(0, para - 1), pos):
        n = name_at(text, m.start("name"), set(found.known_names), strict=True)
        if n:
            best = (m.start("name"), m.start("name") + n)
    for m in _BORN_RE.finditer(text, best[1] if best else para, pos):
        s = _name_before(text, m.start(), set(found.known_names))
        if s < 0:  # 岳某同志生平 + 岳某同志1939年…: a 生平's title runs into it; a name the article names again
            s = next((m.start() - n for n in (3, 2, 4) if name_at(text, m.start() - n, set(), strict=True) == n
                      and (found.article.headline + text).count(text[m.start() - n : m.start()]) > 1), -1)
        if s >= 0:
            best = (s, m.start())
    return best


def _dated_subject(text: str, date_start: int, known: set[str]) -> tuple[int, int] | None:
    """The name right before a career clause's date (``漆某同志自2016年12月任…``, ``王某于2019年3月任…``), or None."""
    end = date_start
    while end > 0 and text[end - 1] in "自于从":
        end -= 1
    if text.startswith(_COMRADE, end - len(_COMRADE)):
        end -= len(_COMRADE)
    if end == date_start:
        return None  # a date that opens its clause (。2016年4月任…): the paragraph's person, not a name before it
    s = _name_before(text, end, known)
    return (s, end) if s >= 0 else None


def _listed_before(text: str, start: int, known: set[str]) -> list[tuple[int, int]]:
    """The names listed with ``、`` before the name at ``start`` (甲、乙、丙 of 甲、乙、丙当选为…), first to last."""
    out: list[tuple[int, int]] = []
    while start > 0 and text[start - 1] == "、" and len(out) < _LONGEST_LIST:
        s = _name_before(text, start - 1, known)
        if s < 0:
            break
        out.append((s, start - 1))
        start = s
    return out[::-1]


def _list_tail(text: str, end: int, known: set[str]) -> int:
    """Start of the last name of a list before a cue whose surname the lexicon leaves out (…、郎某宇、那英杰当选为:
    那, also a pronoun), when the names before it read as names; else -1."""
    for s in (end - 3, end - 2):
        if s > 0 and text[s - 1] == "、" and all(is_cjk(c) for c in text[s:end]) and _listed_before(text, s, known):
            return s
    return -1


def _bracket_subject(text: str, pos: int, known: set[str]) -> tuple[int, int] | None:
    """The name right before the bracket that holds ``pos``: 燕某（原任…局长，现任…副区长）."""
    bracket = text.rfind("（", max(0, pos - _BRACKET_REACH), pos)
    if bracket < 0 or "）" in text[bracket:pos]:
        return None
    s = _name_before(text, bracket, known)
    return (s, bracket) if s >= 0 else None


def _subject(text: str, pos: int, found: ArticleFacts) -> tuple[int, int] | None:
    """The person a career clause at ``pos`` is about: the paragraph's ``王某，男，`` or its last named person."""
    best = _bio_subject(text, pos, found)
    if best is not None:
        return best
    para = text.rfind("\n", 0, pos) + 1
    starts = [found.article.text.find(h.person.text, para) for h in found.holdings]
    spans = sorted((s, s + len(h.person.text)) for s, h in zip(starts, found.holdings, strict=True) if 0 <= s < pos)
    return spans[-1] if spans else None


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the article's appointments and departures to ``found.holdings`` (``change`` set)."""
    text = article.text
    profiles = "姓名" in text and "职务" in text
    careers = _CAREER_CUE_RE.search(text) is not None
    if not profiles and not careers and not _cue_re().search(text) and not _NAME_LINE_RE.search(text):
        return
    before, after = _cues()
    context = fill_prefix(text, article.headline)
    units = own_organ_units(context, article.headline + "\n" + text)
    known = set(found.known_names) | {h.person.text for h in found.holdings} | {p.person.text for p in found.persons}
    seen: set[tuple[str, str, str, str]] = set()
    for m in _PROFILE_RE.finditer(text) if profiles else ():  # 姓名：王某　职务：X: a post held now
        posts, end = _chain_posts(text, m.end(), context, units)
        _add(article, found, m.span("name"), posts, m.start(), end, "holds", "", seen)
    for m in _NAME_LINE_RE.finditer(text):  # a 领导之窗 entry: 孔某舟 / 县委副书记、县长 (or 职务：…, or on one line)
        key = "name" if m.group("name") else "labelled"  # 总河长：某某　县委书记: a role's label, the name, its posts
        if name_line(m.group(key)) and (posts := _chain_posts(text, m.end(), context, units))[0]:
            _add(article, found, m.span(key), posts[0], m.start(key), posts[1], "holds", "", seen)
    for m in _CAREER_LINE_RE.finditer(text) if careers else ():  # 2001.03—2006.09　X副镇长
        span = _bio_subject(text, m.start(), found)
        posts, end = _chain_posts(text, m.end(), context, units)
        if span is not None:
            when = f"{m.group(1)}-{m.group(2)}"
            _add(article, found, span, posts, m.start(), end, "appointed", when, seen)
    last_org = ""  # the organ of the last appointment read: a bare 副主任 after it is of that organ
    for m in _cue_re().finditer(text):
        cue = m.group(0)
        if cue in before:
            _before_name(article, found, m.end(), m.start(), before[cue], known, context, units, seen,
                         needs_wei=cue in _WEI_CUES)
            continue
        if cue == "任" and (text[m.end() : m.end() + 1] in _REN_WORDS or text[m.start() - 1 : m.start()] in _REN_AFTER):
            continue
        pos = m.start()
        name_end = pos - len(_COMRADE) if text.startswith(_COMRADE, pos - len(_COMRADE)) else pos
        start = _name_before(text, name_end, known)
        start = start if start >= 0 else _list_tail(text, name_end, known)
        listed: list[tuple[int, int]] = []
        if start >= 0:
            span, when, ev_start = (start, name_end), "", start
            listed = _listed_before(text, start, known)  # 隋海洋、曲丽娜当选为区委副书记: each name of the list
        elif after[cue] == "holds":  # 王某，男，…，现任X (a 任前公示, a résumé): the paragraph's person holds X now
            when, ev_start = "", pos
            span = _bio_subject(text, pos, found) or _bracket_subject(text, pos, known)
        else:
            when, ev_start = _when(text, pos)
            # 漆某同志自2016年12月任…以来: the name before the clause's date; else the paragraph's person
            named = _dated_subject(text, ev_start, known) if when else None
            span = (named or _subject(text, pos, found)) if when else None
            ev_start = named[0] if named else ev_start
        if span is None:
            continue
        posts, end = _chain_posts(text, m.end(), context, units)
        if not posts and last_org and (title := starts_with(text, m.end(), lexicon()["titles"])):
            posts, end = [(last_org, title)], m.end() + len(title)  # 甲当选为县人大常委会主任，乙、丙当选为副主任
        last_org = posts[-1][0] if posts else last_org
        for name_span in [*listed, span]:
            _add(article, found, name_span, posts, name_span[0] if listed else ev_start, end, after[cue], when, seen)


def _before_name(article, found, pos, cue_start, kind, known, context, units, seen, needs_wei=False) -> None:
    """``任命张三为X，李四为Y`` / ``免去王五的X职务``: each name and its chain, with the list that follows. With
    ``needs_wei`` the first name must be followed by 为 (决定张三为X; 决定张三同志不再担任… is another cue's)."""
    text = article.text
    first, last_org = True, ""
    while text[pos : pos + 1] in ("：", ":"):
        pos += 1  # 决定任命：甲为…
    while True:
        if (item := _ITEM_RE.match(text, pos)) is not None:
            pos = item.end()  # 决定任命：/（一）甲为…；/（二）乙为…: a numbered list's marks
        spans = _names_at(text, pos, known, strict=not first)
        if not spans:
            return
        pos = spans[-1][1]
        if text.startswith(_COMRADE, pos):
            pos += len(_COMRADE)
        if needs_wei and first and text[pos : pos + 1] != "为":
            return
        if text[pos : pos + 1] in ("的", "为"):
            pos += 1
        posts, end = _chain_posts(text, pos, context, units)
        if not posts and last_org and (title := starts_with(text, pos, lexicon()["titles"])):
            posts, end = [(last_org, title)], pos + len(title)  # 选举甲为…人大常委会主任，乙、丙为副主任: its 副主任
        if not posts:
            return
        for span in spans:
            _add(article, found, span, posts, cue_start if first else span[0], end, kind, "", seen)
        first, last_org = False, posts[-1][0]
        if end + 2 < len(text) and text[end : end + 2] == _DUTY:
            end += 2
        if (note := _NOTE_RE.match(text, end)) is not None:
            end = note.end()  # 甲为…副局长（试用期一年）；乙为…: the note, then the next line
        if end < len(text) and text[end] in "，；、":
            pos = end + 1
            while text[pos : pos + 1] in ("\n", " ", "\u3000"):
                pos += 1  # a list written one line each (一、任命 / 甲为…； / 乙为…)
        elif (m := name_at(text, end, known, strict=True)) and text[end + m : end + m + 1] in ("为", "的"):
            pos = end  # a list written one line each, the lines run together: 甲为…副县长乙为…局长
        else:
            return


def _names_at(text: str, pos: int, known: set[str], strict: bool) -> list[tuple[int, int]]:
    """The name at ``pos`` and the names joined to it by ``、`` (乙、丙、丁为…副镇长), as spans; [] when none."""
    out: list[tuple[int, int]] = []
    while len(out) < _LONGEST_LIST:
        n = name_at(text, pos, known, strict=strict or bool(out))
        if not n:
            break
        out.append((pos, pos + n))
        if text[pos + n : pos + n + 1] != "、":
            break
        pos += n + 1
    if out and text[out[-1][1] : out[-1][1] + 1] == "、":
        return out[:1]  # a list that does not end in a name (甲、等): only its first
    return out


def _add(article, found, span, posts, ev_start, ev_end, kind, when, seen) -> None:
    person = article.mention(span[0], span[1], "person")
    # a village named alone before 第一书记 is its party branch, in the town the article's chains named last
    town = next((t for h in reversed(found.holdings) if h.evidence.start < article.start + ev_start
                 and (t := town_of(h.org))), "")
    dept = page_department(article.headline, found.site_department)  # 党组书记、主任 on a 委领导 page: that 委's
    for org, title in ((in_department(in_town(village_party(o, t), town), dept, None, t), t) for o, t in posts):
        key = (person.text, org, title, kind)
        if key in seen:
            continue
        seen.add(key)
        change = "" if kind == "holds" else kind  # a post held now is no change
        found.holdings.append(Holding(person, org, title, article.mention(ev_start, ev_end, "post"), change=change,
                                      when=when))
