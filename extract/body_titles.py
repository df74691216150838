"""The body a title of a chain belongs to when the chain names another organ first: a 党组's or a department's 党委's
chain goes on with its body's titles (区政协党组书记、主席 → 区政协 主席), a bare 秘书长 after a body's chain is that
body's, a disciplined unit's political officer is its unit's. Split from :mod:`extract.organs`, which re-exports them.
"""

from __future__ import annotations

import re

#: A body's party group and the only titles it has.
_PARTY_GROUP = "党组"
_PARTY_GROUP_TITLES = frozenset({"书记", "副书记", "成员"})
#: A department's or a commission's 党委 (国资委党委, 应急管理局党委, 交通运输委党委; not 市委's), whose chain goes on
#: with its body's titles like a 党组's.
_DEPARTMENT_PARTY_RE = re.compile(r"(?:局|(?<![省市县区州旗盟地])委|办|厅|中心|指挥部)党委$")
#: The command of a 兵团 师 or 团, posts of the unit, not of its party committee.
_COMMAND = frozenset({"政委", "副政委", "师长", "副师长", "团长", "副团长"})
_REGIMENT_PARTY_RE = re.compile(r"(.*[一二三四五六七八九十百零〇\d](?:团|连))(?:党委|党支部)")
#: The chairs of an autonomous region's government (its governor and deputies).
REGION_CHAIRS = frozenset({"主席", "副主席", "常务副主席", "代主席", "代理主席"})


def body_of_title(org: str, title: str) -> str:
    """A 党组's chain goes on with titles of its body: ``区政协党组书记、主席`` → 主席 of 区政协, not of its 党组
    (a 党组 has 书记, 副书记 and 成员 only), and so does a department's or a 指挥部's 党委 (市国资委党委书记、主任); an
    autonomous region's 党委 with its government's chair
    (``自治区党委常委、副主席`` → 副主席 of 自治区政府, as 省委常委、副省长 is of 省政府)."""
    if org.endswith(_PARTY_GROUP) and len(org) > len(_PARTY_GROUP) and title not in _PARTY_GROUP_TITLES:
        return org[: -len(_PARTY_GROUP)]
    if _DEPARTMENT_PARTY_RE.search(org) and title not in _PARTY_GROUP_TITLES | {"委员", "第一书记"}:
        return org[: -len("党委")]  # 市国资委党委书记、主任 → 主任 of 市国资委, as a 党组's
    if org.endswith("师市党委") and title in _COMMAND:
        return org[: -len("市党委")]  # 师市党委书记、政委: the 政委 is the 师's (第八师), not the committee's
    if (m := _REGIMENT_PARTY_RE.fullmatch(org)) and title in _COMMAND | {"指导员"}:
        return m.group(1)  # 一四三团党委书记、政委 → 一四三团 政委; 三连党支部书记、指导员 → 三连 指导员
    if org.endswith("自治区党委") and title in REGION_CHAIRS:
        return org[: -len("党委")] + "政府"
    if org.endswith("苏木党委") and title in ("苏木达", "副苏木达"):
        return org[: -len("党委")] + "政府"  # 苏木党委副书记、苏木达: the 苏木's head, of its 政府 (as 镇长 is)
    if org.endswith("嘎查党支部") and title in ("嘎查达", "副嘎查达"):
        return org[: -len("党支部")] + "委员会"  # 嘎查党支部书记、嘎查达: the 嘎查's head, of its 委员会
    return org


#: Bodies with a secretary-general (秘书长): a bare 秘书长 after one of them in its sentence is that body's.
_SECRETARY_BODIES = ("政协", "人大常委会", "政府")


def secretary_body(title: str, sentence_orgs: list[str]) -> str:
    """The body a bare 秘书长 / 副秘书长 opening a chain is of: the sentence's last organ when it is a body with one
    (市政协副主席甲、乙，秘书长丙 → 市政协); '' otherwise (a role, no post)."""
    last = sentence_orgs[-1] if sentence_orgs else ""
    if title in _UNIT_POLITICAL and last.endswith(_UNIT_POLITICAL[title]):
        return last  # 消防救援支队支队长甲、政治委员乙: the unit's political officer
    return last if title in ("秘书长", "副秘书长") and last.endswith(_SECRETARY_BODIES) else ""


#: A disciplined unit's political officer and deputies, by the unit they serve (a bare title after its head's chain).
_UNIT_POLITICAL = {"政治委员": ("支队", "人武部"), "政委": ("支队", "人武部"), "政治教导员": ("大队",),
                   "副支队长": ("支队",), "副大队长": ("大队",)}


def base_title(title: str) -> str:
    """``副主席`` → ``主席``, ``常务副区长`` → ``区长``: the title a deputy's is named after."""
    for prefix in ("常务副", "副", "第一"):
        if title.startswith(prefix) and len(title) > len(prefix) + 1:
            return title[len(prefix):]
    return title


def from_list(title: str, org: str, previous: list[tuple[str, str]]) -> str:
    """The organ a chain that opens without one takes from the sentence's earlier chain.

    ``区政协党组书记、主席甲，副主席乙`` → 副主席 of 区政协 (the earlier chain's 主席); ``党组成员、副主任乙`` after
    ``区人大常委会党组书记、主任甲`` → 区人大常委会党组. '' when nothing earlier fits.
    """
    base = base_title(title)
    for prev_org, prev_title in reversed(previous):
        if org and prev_org.endswith(org) and prev_org != org:
            return prev_org
        if not org and prev_org and base_title(prev_title) == base:
            return prev_org
    return ""


def own_secretary(chain: list[tuple[str, str]], rest: str, title: str) -> bool:
    """Is a bare committee's 书记 after a 常委 of a committee written in full another committee, the page's own
    (瑞安日报: 温州市委常委、市委书记 → 温州市委 常委 + 瑞安市委 书记: a 书记 of 温州市委 would not be named its 常委)?"""
    return bool(chain) and chain[-1][1] in ("常委", "委员") and rest == "委" and title in ("书记", "副书记")


#: A headquarters an article names in full with its level's letter (县新冠肺炎疫情防控指挥部, 市疫情防控应急指挥部).
_HEADQUARTERS_RE = re.compile(r"([省市县区])([\u4e00-\u9fff]{2,24}?指挥部)")


def named_headquarters(text: str) -> dict[str, str]:
    """The bare forms of the headquarters ``text`` names in full (县指挥部, 县应急指挥部 → 县新冠肺炎疫情防控应急指挥部), the
    first one named for each form: a chain's 县指挥部副指挥长 holds a post of that one."""
    out: dict[str, str] = {}
    for m in _HEADQUARTERS_RE.finditer(text):
        level, name = m.groups()
        if name in ("指挥部", "应急指挥部"):
            continue
        for bare in {level + "指挥部", level + ("应急指挥部" if "应急" in name else "指挥部")}:
            out.setdefault(bare, level + name)
    return out
