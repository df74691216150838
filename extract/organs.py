"""Organ names: their normal form, where an organ starts before a title, and the place a chain's bare organs take.

``经济技术开发区管委会`` → ``经开区管委会`` (aliases), ``区十五届人大常委会`` → ``区人大常委会`` (term numbers); the organ
before ``书记`` starts after the last preposition or time word (``org_left_cues.txt``); a company's, association's or
group's organ is no public body (``non_public_orgs.tsv``). Which real place an organ belongs to is
:mod:`extract.jurisdiction`'s decision; here only places the gazetteer cannot know (a town, 某山县委) are filled in.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .body_titles import body_of_title, secretary_body  # noqa: F401 (re-exported)
from .names import looks_like_word
from .official_words import aliases as _aliases
from .official_words import is_cjk as _is_cjk
from .official_words import lexicon as _lex
from .official_words import starts_with as _starts_with
from .parties import party_before_level
from .resources import table, words
from .segment import last_cue_end, lcut

#: Longest run scanned left of a title for its organ (the longest organs are ~17 characters).
_MAX_ORG = 24
#: Longest bracketed part inside an organ (某公园(某农业高新区)管委会), brackets included.
_MAX_PAREN = 16
_CLOSE_PAREN = ")）"


def split_place(org: str) -> tuple[str, str]:
    """``经开区党工委`` → (``经开区``, ``党工委``): the longest leading division or zone name, no organ word in it
    (``市委社区`` is no place)."""
    lx = _lex()
    best = 0
    for level in lx["levels"]:
        start = 0
        while (i := org.find(level, start)) >= 0:
            end = i + len(level)
            head = org[:end]
            if end < len(org) and end > best and not any(u in head for u in lx["units"] if len(u) > 1 or u == "委"):
                best = end
            start = i + 1
    return org[:best], org[best:]


def _strip_city(place: str) -> str:
    """``郑州经开区`` → ``经开区``: a city name (a jieba ``ns`` word) before a zone or district name."""
    from jieba import posseg

    for cut in range(2, min(5, len(place) - 2)):
        city, rest = place[:cut], place[cut:]
        if city.endswith("市"):
            city = city[:-1]
        if len(rest) < 3 or not rest.endswith(("区", "县")) or len(city) < 2 or rest[0] in _lex()["levels"]:
            continue
        if posseg.dt.word_tag_tab.get(city) == "ns":
            return rest
    return place


#: A term number inside an organ's name (区十五届人大常委会 is the 区人大常委会 of its 15th term).
_TERM_RE = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=人大|政协|[区市县省]?委|纪委)")


_SHORT_ZONE_ORGANS_FULL = {"管委": "管委会"}
_SHORT_ZONE_ORGANS = tuple(_SHORT_ZONE_ORGANS_FULL)


#: The page's own division by a pronoun before its organ (我区区委常委: the page's 区委).
_OWN_LEVEL_RE = re.compile(r"^[我本]([区县市旗])(?=\1)")

#: A zone's twin district in brackets (经开区（头屯河区）党工委, 区政合一): the zone's organ; the page names the district.
_TWIN_RE = re.compile(r"(?<=区)[（(][\u4e00-\u9fff]{1,8}[区县市][）)]")


def _apply_aliases(org: str) -> str:
    org = _TERM_RE.sub("", _OWN_LEVEL_RE.sub("", _TWIN_RE.sub("", org)))
    if org.endswith(_SHORT_ZONE_ORGANS):  # 新区管委 → 新区管委会, 新区工委 → 新区党工委 (a zone's organs, shortened)
        org = org[:-2] + _SHORT_ZONE_ORGANS_FULL[org[-2:]]
    for variant, canonical in _aliases():
        if variant in org and canonical not in org.replace(variant, ""):
            org = org.replace(variant, canonical)
    org = _TERM_RE.sub("", org)  # 第十八届人民代表大会常务委员会: the term, once the organ reads 人大常委会
    org = _PARTY_NAME_RE.sub("", _PARTY_FORMAL_RE.sub(r"\1委", org))  # 中共成武县委员会 → 成武县委; 中共道县县委 → 道县县委
    return _CPPCC_FORMAL_RE.sub(r"\1政协", org)  # 政协益阳市第七届委员会 → 益阳市政协


#: The formal name of a division's party committee, its term already gone: 中共成武县委员会, 中国共产党某市委员会.
_PARTY_FORMAL_RE = re.compile(r"^(?:中共|中国共产党)([\u4e00-\u9fff]{1,12}?[省市县区旗州盟])委员会")
#: The party's name before a division's committee (中共道县县委, 中国共产党某市委): the committee is named without it.
_PARTY_NAME_RE = re.compile(r"^(?:中共|中国共产党)(?=[\u4e00-\u9fff]{1,12}?[省市县区旗州盟]{1,2}委)")
#: The formal name of a division's CPPCC committee, its term already gone: 政协益阳市委员会, 中国人民政治协商会议某县委员会.
_CPPCC_FORMAL_RE = re.compile(r"^(?:中国人民政治协商会议|政协)([\u4e00-\u9fff]{1,12}?[省市县区旗州])委员会")


def _is_bare(place: str) -> bool:
    return place in _lex()["levels"]


def normalize_org(org: str, context_prefix: str | None) -> str:
    """The organ as the graph names it.

    Aliases are collapsed (``经济技术开发区`` → ``经开区``), a city name before a
    zone or district is kept (:mod:`extract.jurisdiction` reads it), and an organ with a
    bare level (``区党工委``) or no place at all (``党工委理论学习中心组``) takes
    ``context_prefix`` (the article's main zone or district) when that is of the
    same level. Other organs are kept as written (``市委组织部`` in a zone's news).
    """
    org = _apply_aliases(org)
    place, rest = split_place(org)
    starts_with_unit = bool(_starts_with(rest, 0, _lex()["units"]))
    division_body = rest.startswith(_DIVISION_BODIES) and "工委" not in rest  # 区人大工委: the zone's own
    zone_body = not place and rest.startswith(_ZONE_BODIES)  # 工委书记、管委主任 on a zone's page: never a town's
    if rest.startswith("工委") and (zone_body or _is_bare(place) or is_zone_place(place)):
        rest = "党" + rest  # a zone's 工委 written bare (or 区工委) is its 党工委 (新区工委 is read so by the aliases)
    if context_prefix and zone_body and context_prefix.endswith(("镇", "乡")):
        return rest
    if context_prefix and starts_with_unit and not (division_body and is_zone_place(context_prefix)):
        if _is_bare(place) and context_prefix.endswith(place):
            place = context_prefix
        elif not place:
            place = context_prefix
    return place + rest


#: Bodies only a division has: 区委, 区政府, 区人大常委会, 区政协 on a zone's page (区委书记、高新区党工委书记) are its
#: district's (区政合一), never the zone's, which has a 党工委 and a 管委会 instead (and at most a 人大工委).
_DIVISION_BODIES = ("委", "政府", "人民政府", "人大常委会", "政协")
#: A zone's bodies (and their short forms): a town has none of them.
_ZONE_BODIES = ("党工委", "工委", "管委会", "管委", "纪工委")


@lru_cache(maxsize=256)
def is_zone_place(place: str) -> bool:
    """Is ``place`` (a place prefix: 新区, 高新区, 郑州经开区) a development zone rather than a division?"""
    from .place_names import read_place

    if place in ("新区", "开发区", "园区"):
        return True  # a zone's own word for itself (新区工委书记、区委书记: the 新区's, then the district's)
    read = read_place(place, 0)
    return read is not None and read.end == len(place) and (
        bool(read.zone_word) or (read.division is not None and read.division.level == "zone"))


def _org_start(text: str, title_start: int) -> tuple[int, bool]:
    """Where the organ before ``title_start`` begins, and whether it reaches the run's start."""
    s = title_start
    while s > 0 and title_start - s < _MAX_ORG + _MAX_PAREN:
        if _is_cjk(text[s - 1]):
            if title_start - s >= _MAX_ORG:
                break
            s -= 1
        elif (text[s - 1] in _CLOSE_PAREN and (o := _paren_open(text, s - 1)) > 0 and _is_cjk(text[o - 1])
              and text[o + 1 : s - 1].strip("一二三四五六七八九十")):
            s = o  # an organ with a bracket inside: 某公园(某农业高新区)管委会; 议程（一）县应急管理局: an item's number
        else:
            break
    run = text[s:title_start]
    if not run:
        return s, True
    cut = _left_cut(run)
    if not cut and run[0] == "年" and s and text[s - 1] in _YEAR_DIGITS:
        cut = 1  # 2023年镇党委: the year's 年 (its digits end the run), no township 年镇
    return s + cut, cut == 0


def _paren_open(text: str, close: int) -> int:
    """The bracket that opens the one at ``text[close]`` when only letters lie between (else -1)."""
    lo = max(0, close - _MAX_PAREN)
    o = max(text.rfind("（", lo, close), text.rfind("(", lo, close))
    return o if o >= 0 and o + 1 < close and all(_is_cjk(c) for c in text[o + 1 : close]) else -1


_YEAR_DIGITS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十零")


@lru_cache(maxsize=8192)
def _left_cut(run: str) -> int:
    """The end of the last preposition or time word among ``run``'s tokens (0 if none).

    Cached: the genre repeats its organs (经开区党工委 …) article after article.
    """
    if not _left_cue_re().search(run):
        return 0  # no cue even as a substring: no token can be one (most organ runs; no segmentation)
    cut = last_cue_end(run, left_cues())
    if cut == 2 and run.startswith("挂任"):
        return 0  # 副县长、挂任宝应县县长助理: the chain goes on (officials drops the 挂任); a résumé's 任 cuts
    if cut and run[cut - 1] == "年" and (cut == 1 or run[cut - 2] not in _YEAR_DIGITS) and lcut(run[:cut])[-1] == "年":
        cut = last_cue_end(run[: cut - 1], left_cues())  # 年堆乡党委: a township's name, no year (2023年县水利局)
    # 发展和改革局: its 和 is the organ's; a cue after such a name still cuts (文化和旅游厅派驻某村: after 派驻)
    inside = [i for name in words("org_names_with_conjunctions.txt") if 0 <= (i := run.find(name)) < cut <= i + len(name)]
    # 和政县委: a county whose name opens with a cue's letters (和), written whole
    inside += [p for p in range(max(0, cut - 2), cut) if _division_at(run, p, cut)]
    return last_cue_end(run[: min(inside)], left_cues()) if inside else cut


def _division_at(run: str, start: int, past: int) -> bool:
    """Does a county-level division's full name of three letters or more (和政县; not 和县: 甲和县委副书记乙) start at
    ``start`` and end after ``past``?"""
    from .gazetteer import gazetteer

    gaz = gazetteer()
    return any(run[start + n - 1] in "县市区旗" and any(d.level == "county" for d in gaz.named(run[start : start + n]))
               for n in range(max(3, past - start + 1), 8) if start + n <= len(run))


@cache
def left_cues() -> frozenset[str]:  # what an organ starts after (org_left_cues.txt: prepositions, time words …)
    return frozenset(_lex()["left"])


@cache
def _left_cue_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in _lex()["left"]))


def not_public(org: str) -> bool:
    """A company's, association's or study group's organ (某公司, 某商会, 理论学习中心组): its titles are no posts."""
    base = _PARTY_ORGAN_END.sub("", org)  # 某集团有限公司党委: the company's party committee is the company's
    return any(org.endswith(w) or base.endswith(w) for w in _lex()["non_public"])


_PARTY_ORGAN_END = re.compile("(?:党委|党总支|党支部|党组|纪委)$")


@cache
def _non_public_kinds() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1]) for r in table("non_public_orgs.tsv") if len(r) >= 2)


def non_public_kind(org: str) -> str:
    """``corporation``, ``association``, ``group`` or ``session`` for an organ that is no public body, else ''."""
    return next((kind for end, kind in _non_public_kinds() if org.endswith(end)), "")


@lru_cache(maxsize=4)  # asked by the officials and the appointments extractors of the same article
def fill_prefix(text: str, headline: str = "") -> str | None:
    """The place a chain's bare organs take here, in extraction: only a place the gazetteer cannot know (a
    town or street, 花园路街道; a county written before its own committee or government, 某山县委). Places
    the gazetteer knows are left to :mod:`extract.jurisdiction`, which decides from the whole page (a
    visitor's 新乡市政协 does not make 管委会 新乡市's; 金开区管委会 does not make 区政府 the zone's)."""
    prefix = main_prefix(text, headline)
    if prefix is None:
        return None
    from .place_names import read_place

    read = read_place(prefix, 0)
    if read is not None and read.end == len(prefix):  # a bare 经开区 is filled in: which city's stays open
        return None if read.division is not None else prefix
    if prefix.endswith(_TOWN_LEVELS):
        return prefix
    whole = headline + "\n" + text
    if any(prefix + organ in whole for organ in _OWN_ORGANS):
        return prefix
    return None if any(prefix + organ in whole for organ in _ZONE_ORGANS) else prefix  # 金开区管委会: a zone's


def main_prefix(text: str, headline: str = "") -> str | None:
    """The article's own zone or district, the most often named of the candidates.

    Candidates are places named before an organ (``经开区党工委``, ``中牟县委``); an article with none
    falls back to division names of three or more characters that open a clause (``中牟县召开…``).
    """
    determiners = _lex()["determiners"]
    for pattern, shortest in _prefix_patterns():
        places: dict[str, int] = {}
        for src in (_TWIN_RE.sub("", headline), _TWIN_RE.sub("", text)):  # 经开区（头屯河区）党工委: the zone's
            for m in pattern.finditer(src):
                start, _ = _org_start(src, m.end(1))
                place = _strip_city(_apply_aliases(src[start : m.end(1)]))
                if place[:1] in _PREPOSITIONS and _starts_with(place, 1, determiners):
                    continue  # 就我市重点项目: a preposition and "our city", no place
                if place[:1] in _CLASSIFIERS and start and (src[start - 1].isdigit() or src[start - 1] in _NUMERALS):
                    continue  # 8名市政协常委: a count of people, no place 名市
                if party_before_level(src[start : m.end(1)]):
                    continue  # (希望)团县委, 民盟市委, 社市委: a league's or a party's committee, no place 团县
                if (len(place) >= shortest and not _starts_with(place, 0, determiners)
                        and _reads_as_place(place)):
                    places.setdefault(place, len(places))
        if places:
            whole = headline + "\n" + text
            return max(places, key=lambda p: (whole.count(p), -places[p]))
    return None


#: Letters that are a word of their own before an organ's level letter (经区政协, 由县政府, 报市委): no place.
_FUNCTION_LETTERS = frozenset("经由据对在向为从将把被按依请报及和与或并给让当")
#: Letters no place name holds inside it, only a clause (切实把省委…, 杨某就做好乡…); 和, 向, 从 … stand in names
#: (永和镇, 向阳街道).
_CLAUSE_LETTERS = frozenset("把被将就要是的了给让")
#: One-letter prepositions a determiner may follow (就我市…, 对我区…, 在本县…).
_PREPOSITIONS = frozenset("就对在向为把将从与和及给到来赴")
#: Measure words a count of people puts before an organ (8名市政协常委, 三位县人大代表): no place.
_CLASSIFIERS = frozenset("名位个")
_NUMERALS = frozenset("一二三四五六七八九十百千两几数多")
#: Levels below the county, which the gazetteer does not list.
_TOWN_LEVELS = ("街道", "镇", "乡")
#: A division's own committee and government: written after a place, they show it is one (某山县委).
_OWN_ORGANS = ("委", "政府", "人民政府")
#: A zone's organs: a place written only before them is a zone, whose prefix no 区政府 or 区委 takes.
_ZONE_ORGANS = ("管委会", "党工委")
#: A place name this short, written right before an organ (某山县委), is taken as written even when the
#: gazetteer does not know it; the garbage this check keeps out is longer (罗建平督导全区, 邴文华代表市) or
#: opens a clause without an organ (核心区建设, 老旧小区改造).
_SHORT_PLACE = 4


def _reads_as_place(text: str) -> bool:
    """Is all of ``text`` a place (a division, a zone, a zone word)? ``罗建平督导全区`` is not: a name and a verb
    before 区."""
    from .place_names import read_place

    read = read_place(text, 0)
    if read is not None and read.end == len(text):
        return True
    if len(text) == 2 and text[-1] == "市":
        return False  # 对标市委: no city has a name of one letter (标市)
    if any(organ in text for organ in ("委", "政府", "人大", "政协")):
        return False  # 县委县(政府): an organ, not a place
    if any(c in _CLAUSE_LETTERS for c in text[1:-1]) or text[0] in "要把被将就是给让":
        return False  # 切实把省委…, 杨某就做好乡…, 要求回龙山集镇…: a clause, no name
    if text.endswith(_TOWN_LEVELS):
        return True  # towns and streets are not in the gazetteer (花园路街道, 韩寺镇)
    # nor is every short name (某山县); but 老旧小区, 核心区, 全区 are no names
    return (len(text) <= _SHORT_PLACE and not text.endswith(words("not_place_endings.txt"))
            and not (len(text) > 2 and looks_like_word(text[:-1]))  # 联系区人大常委会: a verb, no place
            and text[0] not in _FUNCTION_LETTERS  # 经区政协常务委员会会议审议: "through"; 当好市委…
            and text[0] not in _CLAUSE_LETTERS  # 就县人民政府副县长候选人: "on", no 就县; 要支持县人武部: a clause
            and text[0] not in "省市县区"  # 市城市管理执法委员会: the city's own unit, no place 市城市 (市中区 is known)
            and text[-2:-1] not in "我本全该各此"  # 研究我市…
            and "届" not in text  # 新一届区政协
            and not any(t in _lex()["determiners"] for t in lcut(text)))  # 部署我区: 我区 is "our district"


@cache
def _prefix_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    """:func:`main_prefix`'s candidates, each with its shortest place: before an organ, opening a clause."""
    lx = _lex()
    units = "|".join(re.escape(u) for u in lx["units"])
    levels = "|".join(re.escape(v) for v in lx["levels"])
    before_organ = re.compile(rf"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{{1,10}}?(?:{levels}))(?={units})")
    # A clause-opening division name; 县长 / 区委 right after it would make it part of a title or organ.
    opening = re.compile(rf"(?:^|(?<=[\s，。；：！？“]))([\u4e00-\u9fff]{{2,10}}?(?:{levels}))(?![长委])")
    return (before_organ, 2), (opening, 3)


@lru_cache(maxsize=4)  # the same article's, for the officials and the appointments extractors
def own_organ_units(context: str | None, text: str) -> frozenset[str]:
    """Organ words the article attaches to its own zone or district (经开区 + 党工委, 管委会)."""
    if not context:
        return frozenset()
    text = _apply_aliases(text)
    return frozenset(u for u in _lex()["units"] if context + u in text)


def sentence_division(place: str, sentence_orgs: list[str]) -> str:
    """The division an earlier chain of the sentence named in full, for an organ written with only its level letter
    (徐州市鼓楼区委常委甲，区委常委、宣传部部长乙随团: 乙 is of 徐州市鼓楼区 too); '' otherwise."""
    if place not in ("区", "县", "市", "旗"):
        return ""
    return next((p for org in reversed(sentence_orgs) if len(p := split_place(org)[0]) > 1 and p.endswith(place)
                 and not is_zone_place(p)), "")


#: A zone's organs written with no place at all.
_BARE_ZONE_ORGANS = ("党工委", "管委会", "纪工委")


def sentence_zone(place: str, rest: str, sentence_orgs: list[str]) -> str:
    """The zone an earlier chain of the sentence named, for a zone's organ written with no place (马鞍山经开区党工委书记
    甲，党工委副书记、管委会主任乙: 乙 is of 马鞍山经开区 too); '' otherwise."""
    if place or not rest.startswith(_BARE_ZONE_ORGANS):
        return ""
    return next((p for org in reversed(sentence_orgs) if is_zone_place(p := split_place(org)[0])), "")


#: A free-trade zone's 片区 named in full before its organ (川南临港片区管委会, 郴州片区投资促进局).
_AREA_RE = re.compile(r"(?P<area>[\u4e00-\u9fff]{2,10}片区)(?:党工委|管委会|纪工委|工委|[\u4e00-\u9fff]{1,10}?局)$")


def named_before(org: str, named: dict[str, str]) -> str:
    """A group or a free-trade zone's 片区 written bare, as the article named it in full before: 督察组副组长 → that
    督察组; 片区管委会, and a bare 党工委 once a 片区 is named → 川南临港片区's. ``named`` (the article's memory) learns
    ``org``'s full names."""
    if org in named:
        out = named[org]
    elif "片区" in named and org.startswith("片区"):
        out = named["片区"] + org[2:]
    elif "片区" in named and org in _BARE_ZONE_ORGANS:
        out = named["片区"] + org
    else:
        out = org
    if out.endswith("组") and len(out) > 3:
        named[out[-3:]] = out
    if (m := _AREA_RE.match(out)) and not out.startswith("片区"):
        named["片区"] = m.group("area")
    return out

