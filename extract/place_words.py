"""Word tests of place names, shared by :mod:`extract.places` (a head and its modifier) and its zones: a leading
predicate or duty word to trim (深化|自贸区, 联系|高河镇), a modifier that names no place (全县, 十三届, 目前), a name jieba
reads as a verb (博望镇, 登封市), a town named like a common noun (琴城镇), a county of the gazetteer (郾城区)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .gazetteer import gazetteer
from .phrases import trim_predicate, word_count, word_tag
from .resources import table, words

_CN_NUM = "一二三四五六七八九十"
#: Heads of towns, which may be named like a city (巴彦淖尔镇).
TOWN_HEADS = frozenset({"镇", "乡"})
#: One-letter words that may open a predicate before a place (要立足…); 经, 纬 … may not.
_SINGLE_PREDICATES = frozenset({"v", "d", "r", "c", "u"})


#: One-letter prepositions that open no place name after them (与|托管镇, 为|旬阳县, 向|驻县); kept when they form a
#: word with the next letter (向阳街道) — and a county of the gazetteer (将乐县) is taken back whole by the caller.
_PREPOSITIONS = frozenset("与为把被对向将给跟")


def after_preposition(text: str, start: int, head: int) -> int:
    """Past a leading one-letter preposition (与|托管镇) and the predicate after it (为|旬阳县, 向|驻|县)."""
    if text[start : start + 1] in _PREPOSITIONS and head - start >= 2 and not word_count(text[start : start + 2]):
        return trim_predicate(text, start + 1, head, single=_SINGLE_PREDICATES)
    return start


_TIME_LEADS = frozenset({"去年", "今年", "明年", "目前", "当前"})


def trim(text: str, start: int, head: int) -> int:
    """Drop a leading predicate (深化自贸区), preposition (为|旬阳县), time word (去年|张公桥片区) or duty word
    (联系|高河镇), except in a list item (、扩展新区板块)."""
    if text[start - 1 : start] != "、":
        start = after_preposition(text, trim_predicate(text, start, head, single=_SINGLE_PREDICATES), head)
        start += 2 if head - start >= 4 and text[start : start + 2] in _TIME_LEADS else 0  # 去年|张公桥片区
    return start + 2 if text[start : start + 2] in words("place_duty_words.txt") and head - start >= 4 else start


#: A dictionary word counted less often than this, read as a verb before a short head, is a place name (博望镇).
RARE_VERB = 300


def name_read_as_verb(text: str, scanned: int, start: int) -> bool:
    """Did trimming drop a place name jieba reads as a predicate? One letter (登 of 登封市), one rare word (博望, 介休,
    正定: counted < :data:`RARE_VERB`), or any word right after 在, 到 or 赴 (到复兴镇, 在胜利镇，: a place's name there,
    no predicate); a common verb elsewhere (要求, 叮嘱) is a predicate."""
    return (start - scanned == 1 or 0 < word_count(text[scanned:start]) < RARE_VERB
            or (scanned > 0 and text[scanned - 1] in "在到赴" and start - scanned == 2
                and not word_count(text[scanned - 1 : scanned + 1])))  # 在建|涉河工程: a word, no preposition


def town_like(name: str, head: str) -> bool:
    """A town whose name ends like a common noun (琴城镇, 华城镇: 城镇), its first two letters no word (县城镇 and 全城镇
    are the county town and the whole town) or a place's name (凤城镇, 龙城镇)."""
    return head in TOWN_HEADS and len(name) == 3 and (word_count(name[:2]) == 0 or word_tag(name[:2]) == "ns")


@lru_cache(maxsize=1 << 16)  # asked at every head letter of every text: names recur
def real_division(name: str) -> bool:
    """Is ``name`` a county-level division of the gazetteer whose modifier is no common noun (郾城区, not 老城区:
    洛阳 has one, but 老城 is a noun and 老城区 most often the old town)?"""
    return any(d.level == "county" for d in gazetteer().named(name)) and word_tag(name[:-1]) != "n"


def bank_at(text: str, end: int) -> bool:
    """Does a place read up to ``end`` end in a direction that a bank follows (桃河南岸, 襄河北岸: a river's bank, no
    河南 or 河北)?"""
    return end > 0 and text[end - 1] in "东南西北" and text[end : end + 1] in "岸侧"  # (or the text's end)


def boundary(text: str, start: int) -> bool:
    return start == 0 or not re.match(r"[\u4e00-\u9fff]", text[start - 1])


def generic_prefix(prefix: str) -> bool:
    """A modifier that names no place: a determiner, a number, an ordinal (十三届|县委, 第三|区), a generic word."""
    return bool(_NOT_NAMING.match(prefix)) or prefix in generic_words() or _time_word(prefix)  # 目前|县


def _time_word(prefix: str) -> bool:
    """A common time word (目前, 去年) as a modifier names no place (春晓, a rare one, is a street's name)."""
    return len(prefix) > 1 and word_tag(prefix) == "t" and word_count(prefix) >= 1000


@cache
def party_forms() -> frozenset[str]:
    """The parties' written forms (民盟, 九三学社, 团): a level letter after one opens its committee, no place."""
    return frozenset(r[0] for r in table("parties.tsv") if r)


@cache
def generic_words() -> frozenset[str]:
    return frozenset(words("place_generic.txt"))


#: Modifiers that name no place: a determiner, a number, a term (新一届|县人大常委会, 新任|区委), a count of people
#: (一名|区领导), a quarter (前三季度|街道), a lone 一 (一湖清水, 一河两岸).
_NOT_NAMING = re.compile(
    rf"^(?:[全各该本我每这此]|\d|第|新?[{_CN_NUM}百零]+届|[{_CN_NUM}两几]+[名位个]$|前?[一二三四]季度|新任$|一$)")


#: The kind of a county-level division by its last letter (a 旗 is a banner).
_COUNTY_KINDS = {"县": "county", "区": "district", "市": "city", "旗": "banner"}


@cache
def _long_county_names():
    """An automaton over the county-level divisions a head and its short modifier cannot read: a banner (敖汉旗,
    达尔罕茂明安联合旗), a name of four letters or more before its level letter (吉木萨尔县, 宽甸满族自治县)."""
    import ahocorasick_rs

    names = sorted({d.name for d in gazetteer().by_code.values() if d.level == "county" and d.name[-1:] in _COUNTY_KINDS
                    and (d.name.endswith("旗") or len(d.name) >= 5)})
    return ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), names


def long_counties(text: str) -> list[tuple[int, int, str, str, None]]:
    """Banners and long-named counties of the gazetteer in ``text``: (start, end, name, kind, None)."""
    automaton, names = _long_county_names()
    return [(s, e, names[i], _COUNTY_KINDS[names[i][-1]], None) for i, s, e in automaton.find_matches_as_indexes(text)]


#: Letters of a verb's complement, a preposition or a conjunction that a place read after them may take in front
#: (守护好黄河, 与边阳镇, 因黄河而兴): the place is the one read without them.
FUNCTION_LETTERS = frozenset("好与和同向因对在把被从及时将为让使给跟至到赴")
BEFORE_COUNTY = FUNCTION_LETTERS | frozenset("任来")  # 任|范县县长, 来|攸县


def conjunction_opened(text: str, scanned: int, head_start: int, head: str) -> int:
    """Where a town's name of one letter read by the scan really starts: at the conjunction's letter before it when
    the two make a word (和平镇, 和乐镇, 向阳镇: the scan stops after 和 as after a list's joint), else ``scanned``."""
    if (scanned and head_start - scanned == 1 and head in TOWN_HEADS and text[scanned - 1] in "和与同向"
            and word_count(text[scanned - 1 : scanned + 1])):
        return scanned - 1
    return scanned


def county_ends_at(text: str, end: int) -> bool:
    """Does a county of the gazetteer, written in full, end at ``end`` (中牟县, 单县)?"""
    return any(real_division(text[end - n : end]) for n in (2, 3, 4, 5) if end - n >= 0)


#: Letters after a county of one letter that make its letters part of words (代县长, 提高县级, 市委和县委, 县城): no county.
_NOT_AFTER_COUNTY = frozenset("长级域城委政直乡镇区")


def one_letter_county(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]``, a county of one letter and 县 (沛县, 随县), stand as the county: its letter no function
    letter (各镇和县直部门: 和县 only with its own organs, 和县县委), no word of the text taking it with the letter before
    (提高|县, 管理|县), and no letter after it making 县 part of a word (代县长, 县级, 县城, 市委和县委)?"""
    if text[start - 1 : start] in FUNCTION_LETTERS:
        return True  # 到|滑县, 至|洋县: after a preposition, any division of one letter
    return (end - start == 2 and text[start + 1] == "县" and text[start] not in FUNCTION_LETTERS
            and text[end : end + 1] not in _NOT_AFTER_COUNTY and not (start and word_count(text[start - 1 : start + 1])))


def after_joint(text: str, joint: str, start: int, m: re.Match) -> int:
    """Where a name ending at head ``m`` starts after the last ``joint`` (及, 与, 至) between ``start`` and the head
    (兴田至|星村), or ``start``; not inside a county's name (东至县, 乐至县)."""
    k = text.rfind(joint, start, m.start())
    if k < 0 or any(real_division(text[k - n : m.end()]) for n in (1, 2)):
        return start
    return k + 1


def after_name(name: str) -> int:
    """How many letters of a place read right after a person's name are no part of it: 同志 and a verb after it
    (甘崇礼|赴庄行镇, 康立新|任东湖高新区, 蒙华清|同志任|定城镇), none when the place would keep under two letters."""
    n = 2 if name.startswith("同志") else 0
    n += name[n : n + 1] in BEFORE_COUNTY
    return n if len(name) - n >= 2 else 0


#: A town listed with others (讲武城镇、时村营乡; 与蔚州镇、代王城镇) or gone to (到土城镇调研).
_TOWN_AFTER_RE = re.compile(r"[、和及与][\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")
_TOWN_BEFORE_RE = re.compile(r"(?:[镇乡]|街道)[、和及与]$|(?:到|来到|深入|走进|前往|在)$")


def among_towns(text: str, start: int, end: int) -> bool:
    """Is a town whose name ends like a common word (老城镇: 城镇, 九重镇: 重镇) one of a list of towns, or the
    place a visit goes to? Then it is named, no common word."""
    return bool(_TOWN_AFTER_RE.match(text, end) or _TOWN_BEFORE_RE.search(text, max(0, start - 4), start))


#: A visit to a list of towns (先后来到泊于镇、崮山镇、桥头镇; 深入进化镇、琊川镇; 拉林满族镇、牛家满族镇): every item
#: between the verb and the list's end is a town's whole name, however its letters read (进化, 泊于: words or a
#: preposition); an item that opens with its county (中牟县官渡镇) is left to the head's reading.
_VISITED_TOWNS_RE = re.compile(
    r"(?:来到|深入|走进|前往|先后到|赴|到)((?:[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)、)+[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))"
    r"(?=[，。；、和及]|调研|检查|督导|察看|实地)")
_TOWN_KINDS = {"镇": "town", "乡": "township", "街道": "sub_district"}


def listed_towns(text: str) -> list[tuple[int, int, str, str, None]]:
    """Every town of a visited list (:data:`_VISITED_TOWNS_RE`) as a place candidate (start, end, name, kind, None)."""
    out = []
    for m in _VISITED_TOWNS_RE.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if item[0] not in "各全该本我" and not re.search("[县区市旗]", item[2:-3]) and not any(
                    real_division(item[:k]) for k in range(2, len(item) - 1)):
                out.append((pos, pos + len(item), item, _TOWN_KINDS["街道" if item.endswith("街道") else item[-1]], None))
            pos += len(item) + 1
    return out


#: A mountain named as an item of a list or a resource (依托龙虎山等, 女娲山、十八里长峡等林区, 米仓山林区, 涂山脚下): two or
#: three letters and 山, its letters no common word ending in 山 (青山, 金山, 矿山).
_MOUNTAIN_RE = re.compile(
    r"(?:(?<=依托)|(?<=[、“]))([\u4e00-\u9fff]{2,3}?山)(?=[、等”]|林区|脚下|[南北东西]麓|下的)"
    r"|(?<=[，和与及])([\u4e00-\u9fff]{2}山)(?=[、等”]|林区|脚下|[南北东西]麓|下的)")
_NOT_MOUNTAIN_ENDS = frozenset("青山 金山 银山 江山 靠山 矿山 高山 深山 大山 名山 群山 荒山 火山 冰山 登山 上山 下山 进山 "
                               "出山 爬山 巡山 封山 开山 关山 两山 山山 水山 后山 前山".split())


def listed_mountains(text: str) -> list[tuple[int, int, str, str, None]]:
    """Every mountain :data:`_MOUNTAIN_RE` reads as a place candidate (start, end, name, "mountain", None)."""
    found = ((m.start(g), m.end(g), m.group(g)) for m in _MOUNTAIN_RE.finditer(text) for g in (1, 2) if m.group(g))
    return [(s, e, name, "mountain", None) for s, e, name in found
            if name[-2:] not in _NOT_MOUNTAIN_ENDS and name[0] not in "各全该本我等"]
