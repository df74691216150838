"""Named projects, engineering works, industrial parks and programmes.

A project name ends in a head (项目, 工程, 产业园, 物流枢纽 …, see
``project_suffixes.tsv``) and carries a specific modifier in front of it:
a company or brand, a place, a number. Generic phrases (重大项目, 小微产业园,
民生工程) are dropped: once the genre's generic words are removed
(``project_generic.txt``) fewer than two letters of modifier remain.
Enumerations the text marks as projects (``A、B、C等项目``, ``A、B项目等地``)
give one project per item, even where an item has no head of its own.
Quoted names led by a number (“双十工程”, “四大工程”) are programmes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .model import Article, ArticleFacts, Project
from .phrases import CLAUSE_END, SpanIndex, after_marker, normal, scan_back, sentences, trim_predicate
from .place_names import reads_whole
from .resources import alternation, table, words
from .segment import lcut

_SUFFIX_KIND = {row[0]: row[1] for row in table("project_suffixes.tsv")}
_SUFFIX_RE = re.compile(
    "(?:" + "|".join(re.escape(s) for s in sorted(_SUFFIX_KIND, key=len, reverse=True)) + ")"
    r"(?!技术|师|院|学|局|处|科|部)"
)
_PHASE_RE = re.compile(r"[一二三四五六七八九十\d]+期")
#: Works written after a bridge's name that make it a project (堽城大桥施工现场, 大桥合龙), not a bridge standing.
_BRIDGE_WORKS = ("施工", "建设", "合龙", "工程", "项目", "主体", "通车", "改造", "加固", "拓宽", "桩基")
#: A stage in brackets after a project's head: a phase, a batch, a stretch or part, a span of years.
_BRACKET_STAGE_RE = re.compile(
    r"[（(](?:[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+批|[\u4e00-\u9fff]{1,4}[段片]|\d{4}[—–-]\d{4}年度?)[）)]")
#: Money and counts make a phrase a sum (亿元以上项目, 3个项目); a capacity (年产210台…) stays inside a name.
#: A deadline before a project's name (5月底前完成…, 年底前建成…).
_DEADLINE_RE = re.compile(r"(?:\d{1,2}月(?:底|中旬|上旬|下旬)?|年底|年内)前?(?:完成|实现|建成|开工|投用)?")
_COUNT_AFTER_RE = re.compile(r"\d+个")
#: A modifier that is only a place or zone (灵山县项目, 高新区一季度项目): the projects of a scope, none named.
_SCOPE_ONLY_RE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:县|区|旗|市|乡|镇)")
_SCOPE_WORDS_RE = re.compile(r"\d+年度?|[一二三四]季度|重大|重点|产业")
_QUANTITY_RE = re.compile(r"\d+(?:\.\d+)?\s*[万亿千百]?(?:元|个|家|栋|座|宗)")
_CAPACITY_RE = re.compile(r"\d+(?:\.\d+)?\s*[万亿千百]?(?:套|吨|亩|平方米|千瓦|辆|台|株)|年产")
_COUNTED_RE = re.compile(r"[一二两三四五六七八九十\d]+个$")
#: ``…、C二期`` after a project in a list: an item named by its phase alone.
_PHASE_ITEM_RE = re.compile(r"[、及和](?P<name>[^、，。；：及和]{2,30}?[一二三四五六七八九十\d]+期)(?=[、，。；及和等]|$)")
_PROGRAM_RE = re.compile(r"^(?:[一二两三四五六七八九十百千双]+大?)[\u4e00-\u9fff]*工程$")
#: Numbered programmes: 四大工程, 双十工程, 六大板块打造工程.
_NUMERAL = "一二两三四五六七八九十百千"
PROGRAM_RE = re.compile(rf"(?P<name>(?:[{_NUMERAL}]+大|双[{_NUMERAL}]+)[\u4e00-\u9fff]{{0,12}}?工程)")
_LIST_END_RE = re.compile(  # 等项目要素: a project's needs, no projects listed
    r"(?P<own>项目)?等(?:(?:\d+|[一二三四五六七八九十]+)个)?(?P<cat>[\u4e00-\u9fff]{0,3}?)(?:项目(?!要素)|地)")
_CLAUSE_END_RE = re.compile(f"[{re.escape(CLAUSE_END)}]")
#: The longest enumeration read before ``等项目``: a clause with no mark in it is cut here, so that
#: lists in a giant clause are not each re-read from its start.
MAX_LIST = 400
#: Verbs that belong to a project's name right before its head (…老化更新|改造工程: the scan stops at 改造).
_NAME_VERBS = frozenset(words("project_name_verbs.txt"))
#: Verbs after which a visit's list of sites begins.
_VISIT_RE = re.compile(alternation("visit_verbs.txt"))
_INSPECT_CUES = ("察看", "查看", "来到", "调研", "了解", "督导", "现场", "走进", "检查")


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the projects named in the article to ``found.projects``."""
    text = article.text
    spans: list[tuple[int, int, str]] = []  # start, end, kind
    people = _people(found)
    for m in _SUFFIX_RE.finditer(text):
        if m.group().endswith("园") and text[m.end() : m.end() + 1] == "区":
            continue  # 农业科技园区, 工业园区: a zone, a place
        if m.group() == "大桥" and not text.startswith(_BRIDGE_WORKS, m.end()):
            continue  # 经南八路潮河大桥、…: a bridge standing (a place); 堽城大桥施工现场, 大桥合龙: a bridge being built
        end = m.end()
        phase = _PHASE_RE.match(text, end)
        if phase:
            end = phase.end()  # 醴陵陶瓷产业园三期
        if (stage := _BRACKET_STAGE_RE.match(text, end)) is not None:
            end = stage.end()  # 凤凰安置小区（二期）, 节水改造工程（2022—2023年度）: a stage in brackets is the name's
        start = scan_back(text, m.start())
        if _PHASE_RE.fullmatch(text, start, m.start()) or start == m.start() or text[start : m.start()] in _NAME_VERBS:
            if text.endswith(words("project_name_verbs.txt"), 0, start):  # 城市更新一期工程 is a name
                start = scan_back(text, start, adjacent_stops=False)
        start = _cut_conjunction(text, start, m.start())
        start = after_marker(text, start, m.start())
        inner = [h.end() for h in _SUFFIX_RE.finditer(text, start, m.start())
                 if h.group() == "项目" and not _PHASE_RE.match(text, h.end())]
        if inner and inner[-1] < m.start():  # …项目年底前完成主体工程: a clause after a project is not part of a name
            start = inner[-1]
        start = trim_predicate(text, start, m.start())
        if (deadline := _DEADLINE_RE.match(text, start, m.start())) is not None:
            start = deadline.end()  # 5月底前完成某产业园一期: a deadline, then the project
        name = text[start:end]
        if _not_a_name(text[start : m.start()], people) or _in_title(text, start):
            continue
        if text.endswith(words("project_plural_leads.txt"), 0, start):
            continue  # 抓好在建高标准农田项目: the status word was read as the predicate
        if m.group() == "项目" and _sector_tally(normal(text[start : m.start()])):
            continue  # 工业项目15个, 全县新能源项目: a sector's tally, no project named
        if _CAPACITY_RE.search(name) and m.group() not in ("项目", "工程"):
            continue  # 年产1500万套空调压缩机生产基地 describes a facility; 年产210台…项目 names a project
        kind = _kind(name, _SUFFIX_KIND[m.group()], quoted=_quoted(text, start, end))
        if kind:
            spans.append((start, end, kind))
    ends = {e for _s, e, _k in spans}
    for m in _PHASE_RE.finditer(text):  # 东方丝绸市场三期, 航空科创港二期: a facility named by its phase, no head
        if m.end() in ends or text.startswith(("期", "工程", "项目"), m.end()):
            continue
        start = _cut_conjunction(text, scan_back(text, m.start()), m.start())
        start = trim_predicate(text, after_marker(text, start, m.start()), m.start())
        if m.start() - start < 4 or text[start] == "第" or "完成" in text[start : m.start()] or _not_a_name(
                text[start : m.start()], people):
            continue  # 6月底前完成一期…: a deadline, no name
        if (kind := _kind(text[start : m.end()], "project")) and not _in_title(text, start):
            spans.append((start, m.end(), kind))
    for m in PROGRAM_RE.finditer(text):
        spans.append((m.start("name"), m.end("name"), "program"))
    items, owned = _list_items(text, people)
    spans = [sp for sp in spans if sp[1] not in owned] + items
    spans += _phase_items(text, spans)
    bounds = SpanIndex((s, e) for s, e, _ in spans)
    leaders = _inspectors(found)
    seen: set[str] = set()
    endings: set[str] = set()  # every ending of every name in seen
    sents = list(sentences(text))
    sentence_starts = [a for a, _ in sents]
    inspecting: dict[int, bool] = {}  # per sentence, once: a giant sentence may hold many projects
    for s, e, kind in sorted(spans):
        if bounds.inside((s, e)):
            continue
        name = normal(text[s:e])
        if name in seen or (name.endswith("项目") and name[:-2] in seen) or name in endings:
            continue  # 中科新材料产业园项目 after 陈仓区中科新材料产业园项目: one project
        seen.add(name)
        endings.update(name[i:] for i in range(len(name)))  # a set of endings, not a pass over every name
        by: tuple[str, ...] = ()
        if leaders:
            i = bisect_right(sentence_starts, s) - 1  # the sentence holding s
            if i not in inspecting:
                inspecting[i] = any(c in text[sents[i][0] : sents[i][1]] for c in _INSPECT_CUES)
            by = leaders if inspecting[i] else ()
        found.projects.append(Project(name, kind, article.mention(s, e, "project"), inspected_by=by))


def _sector_tally(modifier: str) -> bool:
    """Does the modifier end with a sector and name nothing before it (全县新能源, 亿元以上制造业)? A sector after a
    name (罗甸县红水河沿岸农文旅融合, 潮州市某公司智能化技改) is that project's."""
    sector = max((w for w in words("project_sectors.txt") if modifier.endswith(w)), key=len, default=None)
    if sector is None:
        return False
    rest = modifier[: -len(sector)]
    return not _specific(rest + "项目") or reads_whole(rest)  # 上海援藏项目13个, 浙江援疆项目: a place's tally


def _people(found: ArticleFacts) -> frozenset[str]:
    names = {h.person.text for h in found.holdings} | {p.person.text for p in found.persons} | found.known_names
    return frozenset(n for n in names | set(words("person_title_ends.txt")) if n)


#: Modal verbs (a word of their own, not 要 of 要素): a modifier holding one is a demand, no name.
_MODALS = frozenset({"要", "将", "应", "应当", "必须", "需要", "务必"})
_MODAL_RE = re.compile("要|将|应|必须|需要|务必")


def _not_a_name(modifier: str, people: frozenset[str]) -> bool:
    """A category, a count, a plural or a slogan, not a named project: the word right before the head is a
    category or slogan word (主导产业项目, 优质项目, 精力抓项目, 政策向项目: ``project_categories.txt``) or a
    count (一个项目); the phrase opens with a plural (一批…项目: ``project_plural_leads.txt``); or it holds a
    person or a title (县委书记某某宣布项目开工)."""
    modifier = normal(modifier)
    if modifier.endswith(("新建", "续建")) and len(modifier) >= 6:
        return False  # 南城实验学校新建工程: a named work and what is done to it (全县新建项目: a category)
    if modifier.endswith(words("project_categories.txt")) or _COUNTED_RE.search(modifier):
        return True
    if modifier.startswith(words("project_plural_leads.txt")):
        return True
    if _MODAL_RE.search(modifier) and any(w in _MODALS for w in lcut(modifier)):
        return True  # 各部门要提前介入项目审批: what is asked of someone, no project's name
    # the modifier's pieces of each length a person or title has: a few look-ups, not one per person (rosters)
    return any(modifier[i : i + k] in people for k in _lengths(people) for i in range(len(modifier) - k + 1))


@lru_cache(maxsize=8)
def _lengths(people: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in people}))


def _in_title(text: str, start: int) -> bool:
    """Inside the title of a document (《…项目资金管理办法》)."""
    return text.rfind("《", 0, start) > text.rfind("》", 0, start)


def _phase_items(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``A项目、B工程及C二期``: an item named by its phase, listed after a project, is a project too."""
    out: list[tuple[int, int, str]] = []
    for _s, e, _kind in sorted(spans):
        m = _PHASE_ITEM_RE.match(text, e)
        if m and _specific(m.group("name")):
            out.append((m.start("name"), m.end("name"), "project"))
    return out


def _cut_conjunction(text: str, start: int, head: int) -> int:
    """Split ``A工程及B工程``: a 及/与 whose left side is a whole project ends it."""
    for m in re.finditer("[及与]", text[start:head]):
        left = text[start : start + m.start()]
        if _SUFFIX_RE.search(left) and _SUFFIX_RE.search(left[-4:]):
            start = start + m.end()
    return start


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "“" and text[end : end + 1] == "”"


def _kind(name: str, kind: str, quoted: bool = False) -> str | None:
    """The project's kind, or None for a generic phrase."""
    if quoted and _PROGRAM_RE.match(name):
        return "program"
    if _PROGRAM_RE.match(name) and re.match(r"^[一二两三四五六七八九十百千]+大", name):
        return "program"
    if _QUANTITY_RE.search(name) or name.endswith("”项目"):
        return None
    head = re.split("[及与和]", name)[-1]
    if not _specific(head) or _SCOPE_ONLY_RE.fullmatch(_SCOPE_WORDS_RE.sub("", head.removesuffix("项目"))):
        return None
    return _refine(name, kind)


def _specific(name: str) -> bool:
    """Does a modifier remain once the head and the genre's generic words are gone? A quarter's projects (一季度项目,
    前三季度项目) are a count of the period's, no project named."""
    if "季度" in name:
        return False
    rest = _SUFFIX_RE.sub("", name)
    rest = _PHASE_RE.sub("", rest)
    rest = re.sub(r"\d+年(?:度)?", "", rest)
    for w in words("project_generic.txt"):
        rest = rest.replace(w, "")
    rest = re.sub(r"[“”（）()#\s]", "", rest)
    return len(rest) >= 2 and not rest.endswith("的")


def _refine(name: str, kind: str) -> str:
    for word, k in table("project_kinds.tsv"):
        if word in name:
            return k
    return kind


#: Verbs that turn to a list of topics (围绕, 聚焦, 双方就, 汇报了): the list of ``…等重点项目`` starts after them, and
#: its short items with no facility head are kinds of work (节水灌溉, 冷链物流), no projects.
_TOPIC_RE = re.compile(r"围绕|聚焦|紧盯|针对|确保|听取|汇报了|调度了|双方就|(?<=[，、])就")


def _list_items(text: str, people: tuple[str, ...] = ()) -> tuple[list[tuple[int, int, str]], set[int]]:
    """Items of ``A、B和C等项目`` / ``A、B项目等地`` as projects, and the ends of
    the shared 项目 (``…地块项目等地``) that belong to the list, not its last item."""
    out: list[tuple[int, int, str]] = []
    owned: set[int] = set()
    clause_ends: list[int] | None = None
    for m in _LIST_END_RE.finditer(text):
        if m.group(0).endswith("地") and not m.group("own"):
            continue
        if clause_ends is None:  # once per text, not a backward search per list
            clause_ends = [c.start() for c in _CLAUSE_END_RE.finditer(text)]
        i = bisect_left(clause_ends, m.start())
        region_start = max(clause_ends[i - 1] + 1 if i else 0, m.start() - MAX_LIST)
        visits = [v.end() for v in _VISIT_RE.finditer(text, region_start, m.start())]
        if visits:  # 县长陈华深入A、B等项目: the list starts after the visit verb
            region_start = visits[-1]
        if topics := [t.end() for t in _TOPIC_RE.finditer(text, region_start, m.start())]:
            region_start = topics[-1]  # 各部门要围绕A、B等重点项目: after the verb that turns to them
        items = _split_items(text, region_start, m.start())
        if m.group("own") is None and len(items) == 1 and not re.search(r"\d+个", m.group()):
            if not _PHASE_RE.search(text, items[0][1] - 3, items[0][1]):
                continue  # ``X等项目`` with one item, no count and no phase (…厂房三期等一批项目): too weak
        cat = m.group("cat")
        if m.group("own") and items and _tail(text[items[-1][0] : items[-1][1]]):
            owned.add(m.end("own"))  # 瑞绣3#地块项目等地: 项目 is the list's, not the item's
        elif m.group("own") and items:
            items[-1] = (items[-1][0], m.end("own"))
        for i, (s, e) in enumerate(items):
            # only the first item can carry the clause's predicate (在…, 推动…)
            start = scan_back(text, e, limit=e - s) if i == 0 else s
            start = trim_predicate(text, after_marker(text, start, e), e)
            name = text[start:e]
            if not (3 <= len(name) <= 30) or not _specific_item(name) or _QUANTITY_RE.search(name) or (
                    topics and not _tail(name) and len(name) < 6):
                continue  # (围绕节水灌溉、冷链物流等重点项目: kinds of work turned to, no facility named)
            if any(p in name for p in people) or (not _tail(name) and name.endswith(words("project_place_tails.txt"))):
                continue  # a person or title; a place (县工业集中区, 新城大道) listed among projects
            if not _tail(name) and _COUNT_AFTER_RE.match(text, m.end()):
                continue  # 签约智能传感器、工业机器人等项目9个: the kinds of a tally, no projects named
            kind = _refine(name + cat, _SUFFIX_KIND.get(_tail(name), "project"))
            out.append((start, e, kind))
    return out, owned


def _specific_item(name: str) -> bool:
    """A listed item marked as a project (``A、B等项目``) is named when :func:`_specific`, or when it ends in a
    facility head of three letters or more after a modifier of its own (县污水处理厂: the county's plant)."""
    head = _tail(name)
    return _specific(name) or (len(head) >= 3 and len(name) > len(head))


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split an enumeration at 、 and 和, and at 及 after a whole project name."""
    items: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer("[、和及]", text[start:end]):
        cut = start + m.start()
        left = text[pos:cut]
        if m.group() == "及" and not _SUFFIX_RE.search(left[-4:]):
            continue
        if m.group() == "和" and (len(left) < 3 or len(re.split("[、及]", text[cut + 1 : end])[0]) < 3):
            continue
        items.append((pos, cut))
        pos = start + m.end()
    items.append((pos, end))
    return [(s, e) for s, e in items if e > s]


def _tail(name: str) -> str:
    ends = [m for m in _SUFFIX_RE.finditer(name) if m.end() == len(name)]
    return ends[-1].group() if ends else ""


def _inspectors(found: ArticleFacts) -> tuple[str, ...]:
    """Leaders (and named companions) of the article's inspections."""
    out: list[str] = []
    for m in found.meetings:
        if m.kind == "inspection" and m.leader:
            out.extend([m.leader, *m.attendees])
    return tuple(dict.fromkeys(out))
