"""Places within an article that speaks of several: the place the part of the article a bare organ
stands in opens with (在龙华区，…), the parent of the place a holder goes to (…副市长揭某到雷州市调研), the one
division of a level the article names (a visiting delegation's district), the district a zone's page
says it is run with, and the article's text with its people's names blanked (雷朝阳 names no 朝阳市). Read
by :mod:`extract.jurisdiction` when it names organs with their places.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Division, gazetteer
from .model import ArticleFacts, Holding, Place
from .page_site import dateline_end
from .parties import party_of
from .phrases import SpanIndex
from .place_names import masthead_counties, places_in, read_place, reads_whole


def without_people(found: ArticleFacts) -> str:
    """The article's headline and text with the names of its people blanked: 雷朝阳 names no 朝阳市, 鲍玉林 no 玉林市."""
    art = found.article
    people = [m for m in [h.person for h in found.holdings] + [p.person for p in found.persons]
              if not reads_whole(m.text)]  # 代表海东市: a place misread as a deputy's name stays a place
    headline = art.headline
    for name in {m.text for m in people if m.text in headline}:
        headline = headline.replace(name, " " * len(name))
    spans = sorted({(m.start - art.start, m.end - art.start) for m in people})
    parts, pos = [headline, "\n"], 0
    for s, e in spans:
        if s >= pos:
            parts.append(art.text[pos:s])
            parts.append(" " * (e - s))
            pos = e
    parts.append(art.text[pos:])
    return "".join(parts)


#: A paragraph that opens with its place (在龙华区，…; 在美兰区，…): a visit to several places, one a paragraph.
_PARAGRAPH_PLACE_RE = re.compile(r"(?:^|(?<=[。！？；\n]))[ ]*在([\u4e00-\u9fff]{2,8}?[市县区旗]|[\u4e00-\u9fff]{2,3})[，,]")
#: How far back a bare organ looks for the place its part of the article opens with.
_PARAGRAPH_REACH = 300
#: A person who goes to a place right after the name (…副市长揭某到雷州市调研): not of that place.
_GOES_TO_RE = re.compile(
    r"(?:率(?:领)?[\u4e00-\u9fff]{0,8}?[组团队])?(?:一行)?(?:到|赴|来到|深入)"
    r"([\u4e00-\u9fff]{2,8}?[市县区旗]|[\u4e00-\u9fff]{2,3}(?=[，,]|调研|考察|视察|督导))")  # 赴嵊州，, 到昆山调研: short


#: A visit's destination (…到三门峡市调研, 赴某县考察) in the sentence before a holder who escorts it, or in its own.
_VISITED_RE = re.compile(r"(?:到|赴|来到|深入)([\u4e00-\u9fff]{2,8}?[市县区旗])(?:调研|考察|视察|检查|督导|开展)")
_VISIT_REACH = 160


def _sentences_before(text: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts (within :data:`_VISIT_REACH` letters)."""
    lo = max(0, pos - _VISIT_REACH)
    ends = [m.end() for m in re.finditer("[。！？]", text[lo:pos])]
    return lo + (ends[-2] if len(ends) >= 2 else 0)


def _visited(text: str, pos: int) -> str | None:
    """The place the last visit named within the sentence before ``pos`` and the one holding it goes to."""
    found = list(_VISITED_RE.finditer(text, _sentences_before(text, pos), pos))
    return found[-1].group(1) if found else None


def _destination(name: str) -> Division | None:
    """The place a visit goes to (雷州市, or 昆山 written short), or None: no such place, or a zone (市委书记某到明水经济
    技术开发区 goes to a zone of his own place)."""
    read = read_place(name, 0)
    div = read.division if read is not None and read.end == len(name) else gazetteer().county_short.get(name)
    return div if div is not None and div.level != "zone" else None


def _parent_at(div: Division, level: str) -> Division | None:
    """The division of ``level`` above ``div`` (雷州市, 市: 湛江市)."""
    return next((d for d in gazetteer().chain(div)[1:] if d.level_char == level), None)


def local_place(found: ArticleFacts, h: Holding, context: Division | None) -> Division | None:
    """The place a bare organ of holding ``h`` (区委, 市委) is of when its article speaks of several: the parent of
    the place its holder goes to (市委常委、副市长揭某到雷州市调研: 湛江's 市委, not 雷州's), or the place the part of
    the article it stands in opens with (…。在龙华区，…。区委书记吴某介绍), or the place a visit goes to when the
    holder escorts it (副省长某到三门峡市调研。市委书记甲陪同); None when none is written."""
    art = found.article
    text = art.text
    pos = h.person.start - art.start
    level = party_of(h.org)[1][:1]  # 民进市委会: the 市 of its committee
    if (m := _GOES_TO_RE.match(text, h.person.end - art.start)) is not None and (div := _destination(m.group(1))):
        return _parent_at(div, level)
    if (esc := _ESCORTS_RE.match(text, h.person.end - art.start)) and (visit := _visited(text, pos)) is not None:
        read = read_place(visit, 0)  # 副省长某到三门峡市调研。市委书记甲，市长乙陪同: the host's, 三门峡's
        if read is not None and read.end == len(visit) and read.division is not None and (
                read.division.level_char == level):
            if re.search(re.escape(visit) + "(?:委|政府|人民政府)", esc.group()):  # 副市长甲，永安市委书记乙…陪同:
                return _parent_at(read.division, level)  # the host's chain follows in full; 甲 is the visitor's
            return read.division
    if _JOINS_RE.match(text, h.person.end - art.start) and (joined := _joined(text, pos, level)) is not None:
        return joined  # 市委书记甲深入汨罗市调研。市委常委、秘书长乙，副市长丙参加调研: 岳阳's, as 甲's
    parts = list(_PARAGRAPH_PLACE_RE.finditer(text, max(0, pos - _PARAGRAPH_REACH), pos))
    if parts:
        opened = parts[-1]  # the last part opened before the holding
        read = read_place(opened.group(1), 0, context)  # 龙华区 of the article's city (海口's, not 深圳's)
        div = read.division if read is not None else _destination(opened.group(1))  # 在乳山，: a county written short
        if div is not None and div.level_char == level:
            return div
    return None


def _joined(text: str, pos: int, level: str) -> Division | None:
    """The place of the leader whose visit the holder before ``pos`` joins (参加调研): the parent, of the holder's
    ``level``, of the place the last visit of this sentence or the one before goes to, when the visit's sentence
    opens with a title of that level (市委书记甲深入汨罗市: 岳阳市; 副省长某到三门峡市: none, the host's own) and no
    organ of that level is written in full between the visit and the holder."""
    lo = _sentences_before(text, pos)
    visits = list(_GOES_TO_RE.finditer(text, lo, pos))
    if not visits:
        return None
    visit = visits[-1]
    opened = max(lo, *(text.rfind(c, lo, visit.start()) + 1 for c in "。！？"))
    if not re.search(f"{level}(?:委|长|政府)", text[opened : visit.start()]) or re.compile(
            rf"[\u4e00-\u9fff]{{2}}{level}(?:委|政府|人民政府)").search(text, visit.end(), pos):
        return None  # 普宁市委书记甲，市委副书记、市长乙参加调研: after the host's own chain, the host's
    div = _destination(visit.group(1))
    return _parent_at(div, level) if div is not None else None


#: What follows the names of those who join a leader's visit (…，副市长乙参加调研).
_JOINS_RE = re.compile(r"[^。；！？]{0,40}?参加(?:调研|考察|视察|检查|督导|活动)")
#: What follows the names of a host's escorts (…，市委常委、秘书长乙陪同考察; …乙等陪同).
_ESCORTS_RE = re.compile(r"[^。；！？]{0,40}?陪同")


def listed_cities(found: ArticleFacts, context: Division | None) -> dict[int, Division]:
    """Bare 市 organs of a host's escorts listed right after a holder whose chain names a city in full (扬州市委副书记、
    市长甲，市委常委、秘书长乙陪同考察): that city's, by the holding's index, unless it is the page's place or above it
    (牡丹江市副市长甲，市委书记乙陪同 on 宁安市's page: 宁安's own 市委); a list that does not escort (舟山市副市长甲，副市长
    乙出席会议: the page's 乙) is left to the page. One pass over the article's holdings, grouped by holder."""
    gaz, text, start = gazetteer(), found.article.text, found.article.start
    out: dict[int, Division] = {}
    holders: list[list] = []  # [person start, person end, chain start, city named in full or None], in order
    for i, h in enumerate(found.holdings):
        if not holders or holders[-1][0] != h.person.start:
            holders.append([h.person.start, h.person.end, h.evidence.start, None])
        read = read_place(h.org, 0)
        if read is not None and read.division is not None and 0 < read.end < len(h.org) and (
                read.division.level_char == "市" and read.division.level in ("city", "county")):
            holders[-1][3] = holders[-1][3] or read.division
        if h.org.startswith("市") and len(holders) > 1 and (city := holders[-2][3]) is not None and (
                text[holders[-2][1] - start : holders[-1][2] - start] in ("，", "、")) and (
                context is None or city not in gaz.chain(context)) and _ESCORTS_RE.match(text, h.person.end - start):
            out[i] = city
    return out


def chain_county_zones(found: ArticleFacts) -> dict[int, tuple[str, Division]]:
    """Bare zone organs (经济开发区党工委) in a title chain whose holder's other organ names a county or county-level
    city (宁晋县委常委、经济开发区党工委书记 on the city's page): that county's zone, by the holding's index. One
    pass over the article's holdings, grouped by their holder's mention."""
    gaz = gazetteer()
    counties: dict[int, Division] = {}
    bare: list[tuple[int, int, str, str]] = []
    for i, h in enumerate(found.holdings):
        read = read_place(h.org, 0)
        if read is None:
            continue
        if read.division is None and read.zone_word:
            bare.append((i, h.person.start, read.zone_word, h.org[read.end:]))
        elif read.division is not None and read.division.level == "county" and read.division.name[-1] in "县市旗":
            counties.setdefault(h.person.start, read.division)
    out = {}
    for i, start, word, rest in bare:
        if (county := counties.get(start)) is not None:
            zone = gaz.county_zone(county, word)
            out[i] = (gaz.label(zone) + rest, zone)
    return out


#: A town's bare organ (镇党委, 乡政府, 街道党工委): its level word, and the kinds of place that name such a town.
_TOWN_LEVELS = (("街道", ("sub_district", "sub_district_office")), ("镇", ("town",)), ("乡", ("township",)),
                ("苏木", ("township",)))
_SENTENCE_END_RE = re.compile("[。！？]")
#: A town's organs after its level word (镇党委, 乡政府, 街道办事处): 镇雄县委 is no town's.
_TOWN_ORGANS = frozenset({"党委", "政府", "人民政府", "人大", "人大主席团", "纪委", "党工委", "办事处", "武装部"})
#: How far before a bare town organ the town it belongs to may be named (在清泉镇南关村，镇党委书记某某汇报).
_TOWN_REACH = 80


def town_organs(found: ArticleFacts) -> dict[int, str]:
    """Bare town organs (镇党委书记某某) named right after one town, and no other of their level (在清泉镇南关村，
    镇党委书记某某; 到土城镇调研。镇党委书记某某汇报): that town's organ, by the holding's index. The article's towns
    are read once as one pattern; each bare organ looks at the few letters before it."""
    art = found.article
    bare = [(i, h, w, kinds) for i, h in enumerate(found.holdings)
            for w, kinds in _TOWN_LEVELS if h.org.startswith(w) and h.org[len(w):] in _TOWN_ORGANS]
    if not bare:
        return {}
    out = {}
    for w, kinds in _TOWN_LEVELS:
        names = sorted({p.name for p in found.places if p.kind in kinds and p.name.endswith(w)}, key=len, reverse=True)
        if not names:
            continue
        pattern = re.compile("|".join(map(re.escape, names)))
        for i, h, level, _kinds in bare:
            if level != w or i in out:
                continue
            at = h.person.start - art.start
            found_towns = list(pattern.finditer(art.text, max(0, at - _TOWN_REACH), max(0, at)))
            if not found_towns:  # 官桥镇召开党委会议。…镇党委委员、副镇长某某: the one town the article named before it
                if len(names) == 1 and pattern.search(art.text, 0, max(0, at)):
                    out[i] = names[0] + h.org[len(w):]
                continue
            last = found_towns[-1]
            same_sentence = not _SENTENCE_END_RE.search(art.text, last.end(), at)
            if same_sentence or len({m.group() for m in found_towns}) == 1:
                out[i] = last.group() + h.org[len(w):]
    return out


def village_towns(found: ArticleFacts) -> dict[int, str]:
    """A village's organs written without their town (舒桥村党支部, 舒桥村委会) in an article that names one town only,
    before them (官桥镇召开党委会议。…舒桥村党支部书记某): in that town, by the holding's index."""
    from .towns import in_town

    kinds = {kind for _word, of_word in _TOWN_LEVELS for kind in of_word}
    towns = {p.name for p in found.places if p.kind in kinds}
    if len(towns) != 1 or not next(iter(towns)).endswith(("镇", "乡")):
        return {}  # 巴彦乌兰苏木伊和乌拉嘎查 beside 音德尔镇: which town is not known
    town, art = next(iter(towns)), found.article
    named = art.text.find(town)
    return {i: org for i, h in enumerate(found.holdings)
            if (org := in_town(h.org, town)) != h.org and 0 <= named < h.person.start - art.start}


def only_of_level(org: str, named: Counter[Division]) -> Division | None:
    """The one division of ``named`` whose level letter a bare ``org`` opens with (区委, 区政府 and the one district
    a county's page names: a visiting delegation's), or the one of them named at least twice as often as any other;
    else None."""
    if not org or org[0] not in "市县区旗州盟":
        return None
    former = gazetteer().former_levels  # 县发改局 of 京山县 (京山市 since 2018), named with its former level letter
    of_level = sorted((d for d in named if d.level != "zone" and (
        d.level_char == org[0] or org[0] in former.get(d.code, ()))), key=lambda d: (-named[d], d.code))
    if len(of_level) > 1 and named[of_level[0]] >= max(2, 2 * named[of_level[1]]):
        return of_level[0]  # 永新县 named four times, 峡江县 once (in passing): 永新's
    return of_level[0] if len(of_level) == 1 else None


#: Letters after a county's short name that make it part of another name (金水河, 吴中路, 密云水库, 凌河分局).
_SHORT_FORM_NOT_BEFORE = frozenset("河江湖山水路街桥港镇乡村区县市旗分")
_SHORT_KINDS = {"区": "district", "县": "county", "市": "city", "旗": "county"}


def own_short_form(found: ArticleFacts) -> None:
    """The article's own county or district named by its short form in the text (a 双流区 article: 推动企业在双流
    集聚; 寿光将以…): a place, its first mention outside a project's and a person's name, unless a letter follows
    that makes it another name (金水河). Only the short form of the division the article is about, and only one
    the gazetteer holds for that one division (:attr:`Gazetteer.county_short`), is read in running text."""
    where = found.jurisdiction
    if where is None:
        return
    gaz = gazetteer()
    div = gaz.division(where.code)
    if div is None or div.level != "county" or div.name[-1:] not in _SHORT_KINDS:
        return
    short = div.name[:-1]
    if gaz.county_short.get(short) is not div:
        return
    if any(p.name == short for p in found.places):
        return
    art = found.article
    text = art.text
    taken = SpanIndex([(m.start - art.start, m.end - art.start) for m in
                       [p.mention for p in found.projects] + [h.person for h in found.holdings]
                       + [p.person for p in found.persons] + [p.mention for p in found.places]])
    # 本报邵东讯: the reporter's place, no place of the news, when the article names it in full (邵东市) too
    pos = text.find(short, dateline_end(text) if div.name in text else 0)
    while pos >= 0:
        end = pos + len(short)
        if not taken.overlaps((pos, end)) and text[end:end + 1] not in _SHORT_FORM_NOT_BEFORE:
            found.places.append(Place(short, _SHORT_KINDS[div.name[-1]], art.mention(pos, end, "place")))
            return
        pos = text.find(short, end)


def twin_district(found: ArticleFacts, zone: Division | None, chrome_text: str) -> Division | None:
    """The district a zone is run together with, when the page names one in the zone's city
    (成都经开区（龙泉驿区）, 青岛西海岸新区 and 黄岛区): bare 区委, 区政府 on the zone's page are that district's."""
    if zone is None or zone.level != "zone":
        return None
    gaz = gazetteer()
    city = gaz.city_of(zone)
    page = chrome_text + "\n" + found.article.headline
    named = places_in(page + "\n" + found.article.text, zone) + masthead_counties(page)
    twins = [d for d in named if d.level == "county" and d.name.endswith("区") and city is not None
             and gaz.city_of(d) == city]  # a district, not a county-level city visiting (简阳市)
    return max(twins, key=lambda d: (named[d], d.code)) if twins else None


#: A visit to the page's own place, named by a pronoun (来我州考察, 到我县调研): the page is the host's.
_OWN_PLACE_RE = re.compile(r"(?:来|到|赴|莅临)我(?P<level>[州市县区旗盟])")


#: A delegation that comes to a place by its name (率某区党政代表团来丰宁考察): the page is the host's.
_CAME_TO_RE = re.compile(r"(?:代表团|考察团|调研组|一行)来(?P<place>[\u4e00-\u9fff]{2,8}?)(?:考察|调研|开展|交流|参观|对接)")


#: The same, by the host's one-letter short name (来太考察 on 太仓's page, 来汨调研 on 汨罗's).
_CAME_TO_ONE_RE = re.compile(r"(?:代表团|考察团|调研组|一行)来([\u4e00-\u9fff])(?:考察|调研|开展|交流|参观|对接)")


def host_place(text: str, named: Counter[Division], site: Division | None = None) -> Division | None:
    """The place a page that says 来我州 (到我县 …) is of: its site's place when of that level (天台新闻网: 郏县党政代表团来
    我县, the guests' county named in full), else the one the article names most of that level; or the place a
    delegation comes to, named (来丰宁考察) or by the first letter of the site's name (来太考察); else None."""
    m = _OWN_PLACE_RE.search(text)
    if m is None and site is not None and (one := _CAME_TO_ONE_RE.search(text)) and site.name.startswith(one.group(1)):
        return site  # 太仓日报: 玉屏县党政代表团来太考察, the host's one-letter short name
    if m is None and (came := _CAME_TO_RE.search(text)) is not None:  # 率津南区党政代表团来丰宁考察: 丰宁's page
        read = read_place(came.group("place"), 0)
        div = read.division if read is not None and read.end == len(came.group("place")) else None
        return div if div is not None and div.level != "zone" else gazetteer().county_short.get(came.group("place"))
    if m is None:
        return None
    if site is not None and site.level != "zone" and site.level_char == m.group("level"):
        return site
    of_level = [d for d in named if d.level != "zone" and d.level_char == m.group("level")]
    return max(of_level, key=lambda d: (named[d], d.code)) if of_level else None


def common_city(organs: Counter[Division], gaz, paper: Division | None = None) -> Division | None:
    """The city whose counties' organs the article names three or more of (a city-wide meeting where 东昌区, 通化县
    and 集安市 report: the article is the city's, not the county named most), or two of on the city's own page
    (``paper``: 徐州日报's tour of 邳州市 and 新沂市, led by its bare 市委书记), else None."""
    counties = {d for d in organs if d.level == "county"}
    parents = {d.parent for d in counties}
    if len(parents) != 1 or len(counties) < (2 if paper is not None and paper.code in parents else 3):
        return None
    return gaz.division(parents.pop())
