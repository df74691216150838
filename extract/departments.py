"""A department's own pages: on 市生态环境局's site, ``局党组书记、局长某某`` is of that 局, and ``委党组成员、副主任``
of the 委 its headline names (市发展改革委召开党组会议). The chain gives the bare unit letter; the page's headline
gives the department, which :mod:`extract.jurisdiction` then names with its place (长治市生态环境局).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .parties import party_of

#: A department named as the subject of its headline: 市生态环境局召开…, 市发展改革委党组（扩大）会议…, 县住建局开展….
_HEADLINE_DEPARTMENT_RE = re.compile(
    r"(?:^|(?<=[ 　/]))(?P<dept>[市县区]?[\u4e00-\u9fff]{2,10}?(?<![市县区党工])(?:局|委|办|组织部|宣传部|统战部))"
    r"(?=召开|举行|开展|组织|党组|\d{4}年|工作|[ 　（(]|$)"  # …农业农村局2023年工作总结
)
#: What a bare unit letter may be followed by in a chain: nothing (局长's 局), its party group or committee.
_BARE_UNIT_TAILS = ("", "党组", "党委", "机关党委", "机关党总支", "机关党支部")


@lru_cache(maxsize=64)  # asked for every holding an appointment reader adds, with the article's same two strings
def page_department(headline: str, site: str = "") -> str:
    """The department a headline reports as its subject (市生态环境局 of 市生态环境局召开党组会议), or ''; on a
    department's own site (``site``, :func:`site_department`), that department in full when the headline names it
    short (市交通运输局 on 乐山市交通运输局's site) or names none."""
    m = _HEADLINE_DEPARTMENT_RE.search(headline)
    dept = m.group("dept") if m else ""
    if site and (not dept or (dept[:1] in "省市县区旗州盟" and site.endswith(dept[1:]))):
        return site
    return dept


#: Town levels, a town's organs, and a town's own site's masthead after its county (大均乡人民政府, 长安镇人民政府).
_TOWN_LEVELS = ("街道", "镇", "乡")
_TOWN_ORGANS = frozenset({"党委", "政府", "人民政府", "人大", "纪委", "党工委", "办事处", "人大工委"})
_TOWN_SITE_RE = re.compile(r"(?P<town>[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡))(?:人民政府|政府|办事处|党委)")
#: A site's masthead that is a department's name: a place, then the department (乐山市交通运输局, 蚌埠市卫生健康委员会);
#: a people's congress's standing committee (方山县人大常委会), whose bare 党组 and 办公室 are its own.
_MASTHEAD_RE = re.compile(
    r"[\u4e00-\u9fff]{2,14}?(?:局|委员会|委|办公室|厅)|人民法院|人民检察院|委(?:组织|宣传|统战)部|人大常委会")
#: What frames a masthead's department: the party's name before it, 主办 after it (中共吉水县委组织部主办).
_MASTHEAD_FRAME_RE = re.compile(r"^中共|主办$")
#: Lines of the page's head looked at for its masthead.
_MASTHEAD_LINES = 3


def site_department(head: str, page: str) -> str:
    """The department whose own site the page is on, from a masthead line among the first lines of ``head`` (the
    page before its first article) that is a place and a department's name; written in the short form of
    ``department_short_forms.tsv`` when the ``page`` writes that form (卫健委 for 卫生健康委员会), else as the masthead
    writes it. '' for any other site (人民政府, a paper, an account)."""
    from .place_names import read_place
    from .resources import table

    lines = [ln.strip() for ln in head.splitlines() if ln.strip()][:_MASTHEAD_LINES]
    for line in (_MASTHEAD_FRAME_RE.sub("", re.split(r"[ 　]{2,}", ln)[0]) for ln in lines):  # 中共商洛市委组织部　…日期
        party, rest = party_of(line)
        if party and (committee := read_place(rest, 0)) is not None and rest[committee.end:] in ("委",):
            return party + rest  # 民进绍兴市委会: a party's committee's own site
        place = read_place(line, 0)
        if place is None or place.division is None or place.end >= len(line):
            continue
        if (town := _TOWN_SITE_RE.fullmatch(line, place.end)) is not None:
            return line[: town.end("town")]  # 景宁畲族自治县大均乡人民政府: a town's own site
        unit = line[place.end:]
        if not _MASTHEAD_RE.fullmatch(unit) or unit.startswith(("人民政府", "政府", "管理委员会", "管委会")):
            continue
        for long, short in ((r[0], r[1]) for r in table("department_short_forms.tsv")):
            if unit.endswith(long) and unit[: -len(long)] + short in page:
                unit = unit[: -len(long)] + short
                break
        return line[: place.end] + unit
    return ""


#: A department's head and deputies by its last letter: a bare 局长 or 副主任 on its own site is its.
_HEAD_TITLES = {"局": ("局长", "副局长", "常务副局长"), "委": ("主任", "副主任", "常务副主任"), "会": ("主任", "副主任"),
                "厅": ("厅长", "副厅长"), "办": ("主任", "副主任"), "院": ("院长", "副院长", "检察长", "副检察长"),
                "部": ("部长", "副部长", "常务副部长", "部务委员")}  # 组织部's own site: 常务副部长某, 部务委员某
#: A department's own office, division or section (办公室, 组织员办公室, 规划计划处, 医政医管科, 计划财务股);
#: no committee's or government's office (县政府办公室).
_INNER_UNIT_RE = re.compile(
    r"[\u4e00-\u9fff]{0,10}(?:处|科|股)|(?:(?![省市县区镇乡])[\u4e00-\u9fff]){0,5}?(?<![委府])办公室")
#: A civil-service rank (职级), held in a department like a post: 一级调研员, 二级巡视员, 四级主任科员.
_RANK_RE = re.compile(r"[一二三四]级(?:调研员|巡视员|主任科员|科员)")


def in_department(org: str, dept: str, context: str | None = None, title: str = "") -> str:
    """A bare unit organ (局, 局党组, 委党组) of the page's own department ``dept``, named with it (also when the
    article's place ``context`` was put before it: 某市 + 委党组 is the 委 the headline names); a rank with no organ
    (一级调研员, 二级巡视员) is the department's too; else ``org``."""
    if dept and org.startswith("我") and org[1:2] == dept[-1:]:
        org = org[2:]  # 我院党组书记、院长 on a court's own site: its own
    if dept and not org and (_RANK_RE.fullmatch(title) or title in _HEAD_TITLES.get(dept[-1:], ())):
        return dept  # 一级调研员, or 副局长 with no organ on a 局's own site
    if dept and org == "党组" and not dept.endswith(_TOWN_LEVELS):  # 党组书记、主任 on a 委's own site: its 党组, its 主任
        return dept + org if title in ("书记", "副书记", "成员", "组长", "副组长", "") else dept
    if dept.endswith(_TOWN_LEVELS) and (word := next((w for w in _TOWN_LEVELS if org.startswith(w)), "")):
        if dept.endswith(word) and org[len(word):] in _TOWN_ORGANS:
            return dept + org[len(word):]  # 乡党委 on 大均乡's own site: that 乡's
    party, rest = party_of(org)
    if party and party == party_of(dept)[0] and rest[:1] in "省市县区" and rest[1:] == "委":
        return dept  # 民进市委会 on 民进绍兴市委会's own site: that committee
    bare = org[len(context) :] if context and org.startswith(context) else org
    letter = "委" if dept.endswith("委员会") else dept[-1:]  # 发展和改革委员会's bare 委党组
    if dept and bare[:1] == letter and bare[1:] in _BARE_UNIT_TAILS:
        return dept + bare[1:]
    if dept and letter == "局" and bare[:1] in "县区市" and bare[1:2] == letter and bare[2:] in _BARE_UNIT_TAILS:
        return dept + bare[2:]  # 县政府党组成员、局党委书记 on 某县公安局's site: the chain's 县 put before its 局
    if dept and bare and _INNER_UNIT_RE.fullmatch(bare[1:] if bare[:1] == letter else bare) and not _placed(bare):
        return dept + (bare[1:] if bare[:1] == letter else bare)  # 局办公室, 规划计划处, 厅种植业管理处: the 局's own
    return org


def _placed(unit: str) -> bool:
    """Whether ``unit`` opens with a place's name: a section of an organ named in full (吕梁市财政局预算科 on the
    组织部's page), no section of the page's own department."""
    from .place_names import read_place

    read = read_place(unit, 0, None)
    return read is not None and read.division is not None
