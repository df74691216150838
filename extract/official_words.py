"""The word lists the officials extractor and its helpers read (titles, surnames, organ words …), loaded once.

Shared by :mod:`extract.officials` (title chains), :mod:`extract.names` (where a name ends) and
:mod:`extract.organs` (organ names and their places).
"""

from __future__ import annotations

import re
from functools import cache

from .resources import table, word_ending_at, word_starting_at, words

_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def lexicon() -> dict[str, tuple[str, ...]]:
    return {
        "titles": words("official_titles.txt"),
        "surnames": words("surnames.txt"),
        "followers": words("name_followers.txt"),
        "non_names": frozenset(words("non_names.txt")),
        "left": words("org_left_cues.txt"),
        "units": words("org_units.txt"),
        "levels": words("division_levels.txt"),
        "groups": words("group_labels.txt"),
        "departments": words("party_departments.txt"),
        "determiners": words("place_determiners.txt"),
        "subunits": words("org_subunits.txt"),
        "enterprise": words("enterprise_titles.txt"),
        "non_public": tuple(r[0] for r in table("non_public_orgs.tsv") if r),
        "single": words("single_holder_titles.txt"),
    }


_EXECUTIVE_DEPUTY = re.compile(r"常务副.长")


def single_holder(title: str) -> bool:
    """Is ``title`` held by one person at a time (书记, 县长, 主任 …; 常务副县长, the one executive deputy)?"""
    return title in lexicon()["single"] or bool(_EXECUTIVE_DEPUTY.fullmatch(title))


@cache
def aliases() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in table("org_aliases.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


ends_with = word_ending_at
starts_with = word_starting_at


#: Letters after which a chain's 原 means "former" (原顾家台村第一书记某; 孝义市人大常委会原党组成员: after an organ), not
#: the first letter of a place (原阳县) nor the last of one (太原, 中原: then the organ starts before it).
_FORMER_AFTER = "，,、；;：:（(。\n 　会委局府办部厅院室处组镇乡道村区县市旗盟州"


def former(text: str, org_start: int) -> bool:
    """Is the chain whose organ starts at ``org_start`` written after a 原 that opens its clause (a post held
    before, of no known date: no holding)?"""
    if text[max(0, org_start - 2) : org_start] in ("上届", "前任") or text.startswith(("上届", "前任"), org_start):
        return True  # 上届村党总支书记某: the last term's holder
    return org_start >= 1 and text[org_start - 1] == "原" and (org_start == 1 or text[org_start - 2] in _FORMER_AFTER)


#: A note between a title and its holder's name (副市长（挂职）某, 副县长（兼）某, 副乡长（神山村包村领导）某: a duty of
#: the post's, no post), or a role after the chain (县委书记、县级总河长某): the chain ends before it.
NOTE = ("[（(](?:挂职|兼|兼任|正县级|副县级|正处级|副处级"
        "|[\u4e00-\u9fff]{0,8}(?:包[村乡镇片](?:领导|干部)|援[疆藏青]干部))[）)]"  # （福建漳州援疆干部）
        "|、[\u4e00-\u9fff]{0,8}?(?:总?(?:河湖|河|湖|林|田)长|(?:包[村乡镇片]|联系)[市县区]?(?:领导|干部))(?=[\u4e00-\u9fff])")
NOTE_RE = re.compile(NOTE)
NOTE_END_RE = re.compile(NOTE + "$")  # a note that ends a title inside a chain (副县长（挂职）、…)



#: The words of a sent team's name (援藏工作队, 东西部协作工作组, 前方指挥部): what comes before them is no place of its own.
_TEAM_RE = re.compile(r".*(?:工作队|工作组|指挥部|服务队)")


def team_place(place: str) -> str:
    """The division a team's organ ends with (广东省第十批援藏工作队巴宜区 → 巴宜区): a bare 区委 after the team's title in
    a chain is that division's; any other place as it is."""
    m = _TEAM_RE.match(place)
    return place[m.end():] if m else place
