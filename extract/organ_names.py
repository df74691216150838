"""An organ's canonical name: the organ a title chain gave (``经开区党工委``, ``区委``, ``特区党委``) named with its
place (``新乡经开区党工委``, ``开封市鼓楼区委``), the place read against the gazetteer or a bare level word resolved
against the article's jurisdiction (:mod:`extract.jurisdiction`, which decides that). An organ whose place cannot be
known stays as written.

Reads: an organ as written and a jurisdiction. Gives: the organ's name and the division it names.
"""

from __future__ import annotations

import re
from functools import cache

from .gazetteer import Division, gazetteer
from .organs import left_cues
from .parties import party_org
from .place_labels import bingtuan_organ, bingtuan_place, own_zone_word, prefecture_organ, zone_area, zone_in
from .place_names import PlaceRead, local_zone_name, read_place
from .resources import word_starting_at, words

_SPECIAL = ("特区", "林区")  # 六枝特区, 神农架林区: their bodies are 特区党委, 林区政府 (a district: 区委)


def _units() -> tuple[str, ...]:
    return words("org_units.txt")  # (words() is cached)


def _not_bare() -> tuple[str, ...]:
    return words("bare_level_not.txt")


def organ_start(org: str, context: Division | None) -> int | None:
    """Where the organ proper starts in ``org`` (text before it is a verb or chrome: 召开十五届区委)."""
    for i in range(len(org)):
        read = read_place(org, i, context)
        if read is not None and (i == 0 or word_starting_at(org, read.end, _units())):
            return i
    return None


def bare_start(org: str) -> int | None:
    """Where a bare organ starts: a level word and an organ (区委, 市政府, 旗委, 州委) or an organ (党工委); not a named
    area's 区 (六鼎山文化旅游区管委会, 某景区管委会)."""
    for i, ch in enumerate(org):
        if ch in "省市县区旗盟州" and i + 1 < len(org) and not word_starting_at(org, i, _not_bare()) and (
                org[i - 1 : i] not in ("游", "景", "理")):
            if i == 0 or word_starting_at(org, i + 1, _units()):
                return i
        if i == 0 and word_starting_at(org, 0, _units()):
            return 0
    return None


def _level_holder(level: str, rest: str, juris: Division | None) -> Division | None:
    """The division of the jurisdiction's chain that a bare level word means (区委 in a 金水区 article)."""
    if juris is None:
        return None
    gaz = gazetteer()
    zone_organ = rest.startswith(("党工委", "管委会", "工委", "纪工委"))
    for d in gaz.chain(juris):
        if level == "区" and d.level == "zone":
            if zone_organ or rest.startswith(("人大工委", "人大政协工委")):  # a zone's 区人大工委 too
                return d
            continue
        if zone_organ or (level == "区" and d.level == "province"):
            continue  # a bare 区委 is a district's: an autonomous region's is written 自治区党委
        if d.level != "zone" and (d.level_char == level or level in gaz.former_levels.get(d.code, ())):
            return d  # 县委 on a page of 旬阳县 (旬阳市 since 2021): a level letter of its former name
        if level == "市" and d.level == "province" and d.name.endswith("市"):
            return d
    return None


def canonical_org(org: str, juris: Division | None) -> str:
    """``org`` named with its place: the place read against the gazetteer, a bare level or zone word
    resolved against the jurisdiction ``juris``; as written when its place cannot be known."""
    return resolve_org(org, juris)[0]


def resolve_org(org: str, juris: Division | None) -> tuple[str, Division | None]:
    """:func:`canonical_org` and the division it names (None when its place cannot be known)."""
    if (party := party_org(org, juris, resolve_org)) is not None:
        return party  # 民盟市委 → 民盟益阳市委: a democratic party's committee, never the 中共 one
    name = _resolve(org, juris)
    read = read_place(name, 0, juris)
    if read is None or read.division is None:
        return name, bingtuan_place(name)  # 第八师石河子市委: of 石河子市, as a city's organs are
    if word_starting_at(name, read.end, _units()) or read.end < len(name):
        return name, read.division
    return name, None


def _resolve(org: str, juris: Division | None) -> str:
    gaz = gazetteer()
    if juris is not None and org.startswith(_SPECIAL) and juris.name.endswith(org[:2]):
        org = org[1:]  # 特区党委 on 六枝特区's page (林区政府 on 神农架林区's): its own 区党委
    if juris is not None and ((area := zone_area(org, juris)) or (area := prefecture_organ(org, juris))
                              or (area := bingtuan_organ(org, juris))):
        return area  # a 片区's or a 新城's organ; 地委, 行署, 地区教育局 of the article's 地区
    i = organ_start(org, juris)
    if i is not None and not town_of_city_letters(org, i, read := read_place(org, i, juris)):
        rest = org[read.end :]
        div = read.division
        if (local := local_zone(org, i, read, juris)) is not None:
            return gaz.label(local) + rest  # 临港经开区 on 宜宾's page: 宜宾临港经开区, no 宜宾经开区
        if div is None and read.zone_word:  # 县经开区党工委 on a county's page: the county's own zone (宜章经开区)
            county = org[i - 1 : i] == "县" and juris and next((d for d in gaz.chain(juris) if d.level == "county"), None)
            div = gaz.county_zone(county, read.zone_word) if county else zone_in(read.zone_word, juris)
        if div is None:
            return org[i:]
        if _NAMED_ZONE_RE().match(rest):
            return org[i:]  # 台州湾新区党工委: a zone named after its city (台州|湾新区), no 台州市 + 湾新区
        if rest[:1] in {div.name[-1:], div.name[-2:-1], *gaz.former_levels.get(div.code, ())} and rest[1:2] in "委政人纪":
            rest = rest[1:]  # its own bodies after its level letter: 曹县县委 → 曹县委; 阿里地委 (阿里地区's) → 阿里地区委
        return gaz.label(div) + _committee(rest, div)
    if juris is not None and juris.level == "zone" and (word := own_zone_word(org, juris)):
        rest = org[len(word) :]  # 园区党工委 on 苏州工业园区's pages (开发区经发局 on 昆山开发区's): the zone's own
        if rest.startswith(("党工委", "管委会", "纪工委")) or rest.endswith(("局", "委员会", "办公室")):
            return gaz.label(juris) + rest
    if org.startswith(_REGION) and juris is not None:  # 自治区党委, 自治区农业农村厅: the region, never a 区 of it
        region = next((d for d in gaz.chain(juris) if d.level == "province" and d.name.endswith(_REGION)), None)
        if region is not None:
            return gaz.label(region) + org[len(_REGION) :]
    town = TOWN.match(org)
    if town is not None:
        county = next((d for d in gaz.chain(juris) if d.level == "county"), gaz.countyless(juris)) if juris else None
        return gaz.label(county) + org if county is not None else org  # 东莞's towns are the city's own
    b = bare_start(org)
    if b is None:
        return org
    cut = _garbage_end(org[:b]) if b else 0
    if cut < b:
        return (zone_area(org[cut:], juris) if juris else "") or org[cut:]  # 研究|新区党工委; 某山县委 as written
    level, rest = org[b], org[b + 1 :]
    if word_starting_at(org, b, _units()) and b == 0 and org[0] not in "省市县区旗盟州":
        zone = juris is not None and juris.level == "zone"
        holder = juris if zone and org.startswith(("党工委", "管委会", "纪工委")) else None
        if juris is not None and not zone and org.startswith(_OWN_BODIES):
            holder = juris  # 政协主席宋某 on a district's page: the district's 政协 (a zone has none)
        return gaz.label(holder) + org if holder is not None else org
    holder = _branch_city(level, rest) or _level_holder(level, rest, juris)
    if holder is None:
        return org if org[b - 1 : b] in _ZONE_WORD_ENDS else org[b:]  # 开发区党工委, 旅游度假区管委会: no 区党工委
    return gaz.label(holder) + _committee(rest, holder)


def town_of_city_letters(org: str, i: int, read: PlaceRead) -> bool:
    """A street or town named with a city's short name (朝阳洲街道党工委: no 朝阳市's 洲街道; 北京街道)."""
    div = read.division
    return bool(t := TOWN.match(org[i:])) and t.end() > read.end - i and div is not None and not org.startswith(div.name, i)


#: Letters before 区 that end a zone's word (开发区, 园区, 度假区, 保税区, 实验区, 示范区, 合作区): an organ of a zone the
#: gazetteer does not know is kept as written, not cut to its 区's organ.
_ZONE_WORD_ENDS = frozenset("发园假保验范作")


def _committee(rest: str, div: Division) -> str:
    """A county's or a city's 党委 is its 委 (六枝特区党委 → 六枝特区委, 中共X委员会); a town's and a zone's keep theirs, and
    so does an autonomous prefecture whose pages write it so (新疆's 州党委: 巴音郭楞蒙古自治州党委)."""
    return rest[1:] if rest.startswith("党委") and div.level in ("county", "city") and not div.name.endswith(
        "自治州") else rest


_REGION = "自治区"


@cache
def _NAMED_ZONE_RE() -> re.Pattern[str]:  # noqa: N802 (a compiled constant, made on first use)
    """The rest of a zone's name after the city it opens with (台州|湾新区, 绵阳|科创园区): letters, then a zone word."""
    from .resources import table

    zone_words = sorted({r[0] for r in table("zones.tsv") if r}, key=len, reverse=True)
    return re.compile(r"[\u4e00-\u9fff]{1,6}?(?:" + "|".join(map(re.escape, zone_words)) + ")")


_OWN_BODIES = ("政协", "人大")  # bodies its own pages name without a level word (政协主席, 人大常委会主任)
TOWN = re.compile(
    r"^[\u4e00-\u9fff]{2,5}?(?:街道|镇|乡|苏木|公社)(?=党工委|工委|党委|政府|人民政府|办事处|人大|纪委|纪工委|人武部|武装部|(?:中心)?(?:卫生院|学校|小学|中学)|[\u4e00-\u9fff]{2,10}?(?:村|社区|嘎查))"
    r"|^[\u4e00-\u9fff]{2,4}?办事处(?=党工委|工委|$)"  # a zone's own 办事处 (九龙办事处党工委 on 郑州经开区's page)
)
_NOT_PLACE_TAGS = ("v", "m", "d", "r", "p", "c", "u", "a", "q", "t", "f")  # jieba's tags of words that are no place


def _garbage_end(prefix: str) -> int:
    """Where the text before a bare organ stops being a verb, numeral or page word (召开十五届|区委, 表示|市委).

    What remains between that point and the organ (某山 in 某山县委) is a place name the gazetteer lacks.
    """
    from .segment import last_cue_end

    return last_cue_end(prefix, left_cues(), tags=_NOT_PLACE_TAGS, digits=True)


def local_zone(org: str, i: int, read: PlaceRead, juris: Division | None) -> Division | None:
    """The zone a bare zone word read at ``org[i:]`` names when a local name stands before it (临港|经开区 read as
    宜宾's 经开区 on 宜宾's page: 宜宾临港经开区), else None."""
    gaz = gazetteer()
    div = read.division
    if not i or org[i : read.end] not in gaz.zone_words:
        return None
    if div is not None and div.level == "zone":
        home = gaz.division(div.parent)
    elif div is None and juris is not None:
        home = gaz.city_of(juris)
    else:
        return None
    local = local_zone_name(org[:i])
    if not local or home is None:
        return None
    word = gaz.zone_words[org[i : read.end]]
    for n in (3, 2):  # 太仓港|经开区 on 苏州's page: 太仓市's 太仓港经开区, named after a place of its own
        county = gaz.county_short.get(local[:n]) if n < len(local) else None
        if county is not None and gaz.city_of(county) == home and county.name.startswith(local[:n]):
            return gaz.local_zone(county, local[n:], word)
    county = next((d for d in gaz.chain(juris) if d.level == "county"), None) if juris is not None else None
    if div is None and county is not None and gaz.city_of(county) == home:
        return gaz.town_zone(county, local, word)  # 蔡家坡经开区 on 岐山县's page: the county's, named after its town
    return gaz.local_zone(home, local, word)


_BRANCH_RE = re.compile(r"局([\u4e00-\u9fff]{2,5}?)分局$")


def _branch_city(level: str, rest: str) -> Division | None:
    """The city whose bureau has a branch named after one of its counties (市生态环境局大冶分局: 黄石's, whatever the
    page's place), else None."""
    if level != "市" or (m := _BRANCH_RE.search(rest)) is None:
        return None
    gaz = gazetteer()
    name = m.group(1)
    county = gaz.county_short.get(name) or next((d for d in gaz.named(name) if d.level == "county"), None)
    return gaz.city_of(county) if county is not None else None
