"""Place names read against the gazetteer: a place chain at a position, and every place named in a text.

Why: a place is a chain of names (河南省郑州市金水区, 新乡经开区, a bare 经开区) whose parts settle each other
(鼓楼区 of which city?), and a name is not a place when a street is named after it (湖南路). Used by
:mod:`extract.jurisdiction` (an article's place, its organs' places) and by the officials extractor (a
chain's context place).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .gazetteer import Division, Gazetteer, gazetteer
from .place_words import bank_at
from .resources import words


@cache
def _automaton():
    """An Aho-Corasick automaton over every place form (full names, short forms, zone forms and words), finding
    the leftmost longest at each place. ahocorasick_rs, not pyahocorasick: its scan of a CJK text was a tenth of
    the extraction (every letter looked up among the root's thousands of transitions); the same matches."""
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(_automaton_forms(), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


@cache
def _automaton_forms() -> list[str]:
    gaz = gazetteer()
    return sorted(f for f in set(gaz.by_name) | set(gaz.by_short) | set(gaz.zone_forms) | set(gaz.zone_words) if len(f) >= 2)


@cache
def _zone_word_ids() -> frozenset[int]:
    """Indexes of the generic zone words among :func:`_automaton`'s patterns."""
    gaz = gazetteer()
    return frozenset(i for i, f in enumerate(_automaton_forms()) if f in gaz.zone_words and f not in gaz.zone_forms)


@dataclass(frozen=True)
class PlaceRead:
    """A place read at the start of a string: how far it goes and what it is."""

    end: int
    division: Division | None  # None: a generic zone word without a city (经开区), or ambiguous
    zone_word: str = ""  # the generic zone word when division is None


#: Words that make a place name before them the name of a street or road.
_STREET_WORDS = ("路", "街", "大道", "大街", "巷", "胡同")
#: Words that make a short place name before them a town's or village's name (九江镇, 巴彦淖尔镇).
_TOWN_WORDS = ("镇", "乡", "村", "街道")
#: Letters a division's full name ends with (郑州市, 河南省): a full name before 镇 is the town's county.
_LEVEL_ENDS = "市省区县旗州盟"
#: Letters of a division whose head's title is the letter and 长 (县长, 区长, 市长, 旗长).
_HEAD_LEVELS = "县区市旗"


def read_place(text: str, pos: int, context: Division | None = None) -> PlaceRead | None:
    """The place chain written at ``text[pos:]`` (河南省郑州市金水区, 新乡经开区, 经开区), or None.

    Ambiguous names (鼓楼区) are settled by the chain before them or by ``context``'s ancestors; a name
    that stays ambiguous gives ``division=None`` with no zone word.
    """
    gaz = gazetteer()
    county_zone = _county_zone(text, pos, gaz, context)  # 西青经开区: a zone named after a district, not its city's
    if county_zone is not None:
        return county_zone
    end = pos
    current: Division | None = None
    zone_word = ""
    found = False
    while True:
        form = _longest_form(text, end, gaz)
        if not form:
            if current is not None and current.level == "city" and (local := _local_zone(text, end, current, gaz)):
                current, end = local  # 威海|临港|经济技术开发区: the city's zone named after a place inside it
            break
        if form in gaz.zone_words and form not in gaz.zone_forms:
            city = gaz.city_of(current) if current is not None else None
            if current is not None and current.level == "province":
                city = current
            if city is None and current is not None:
                break
            word = gaz.zone_words[form]
            if current is not None and current.level == "county" and (
                    word in gaz.county_zone_words or current.name[-1] in "县旗"):
                current = gaz.county_zone(current, word)  # 温县产业集聚区, 威县经开区: a county's own zone
            else:
                current = gaz.zone(city, word) if city is not None else None
            zone_word = "" if current is not None else word
            end += len(form)
            found = True
            break  # nothing is inside a zone but its organs
        options = gaz.named(form)
        chosen = _choose(options, current, context, gaz)
        if chosen is None and current is not None:
            break
        current = chosen
        end += len(form)
        found = True
        if chosen is None:
            break
    if not found or text.startswith(_STREET_WORDS, end):
        return None  # 湖南路, 北京街, 中原大道: a street named after a place is not the place
    if text.startswith(_TOWN_WORDS, end) and text[end - 1 : end] not in _LEVEL_ENDS:
        return None  # 九江镇 (南海区's town): a town named like a city, written short, is not the city
    if end - pos == 2 and text[end - 1] in _HEAD_LEVELS and text.startswith("长", end):
        return None  # 代县长, 易县长: an acting head, or a surname and the title; the county is written 代县县长
    if end - pos == 2 and text[end - 1 : end + 1] in _LEVEL_WORDS:
        return None  # 班子和县级领导: 和 and 县级, no county 和县
    if end - pos == 2 and text[pos] == "任" and pos and text[pos - 1] not in _CLAUSE_OPENERS:
        return None  # 自2016年12月任县政协副主席: the verb 任, no 任县 (任泽区), unless a clause opens with it
    return PlaceRead(end, current, zone_word)


#: Letters after which a clause, and a place name, may open.
_CLAUSE_OPENERS = frozenset("，。、；：！？\n（(“ 　")
#: Words a level letter opens (县级, 县域, 市级, 市场, 区域): after a one-letter name they are no division (和县级, 各市场).
_LEVEL_WORDS = frozenset({"县级", "县域", "县城", "市级", "市场", "市域", "市民", "区级", "区域", "区县", "县区"})


def _local_zone(text: str, end: int, city: Division, gaz: Gazetteer) -> tuple[Division, int] | None:
    """The zone written after its city's name with a local name of two or three letters before its zone word."""
    for k in (2, 3):
        form = _longest_form(text, end + k, gaz)
        if form in gaz.zone_words and form not in gaz.zone_forms and local_zone_name(text[end : end + k]):
            return gaz.local_zone(city, text[end : end + k], gaz.zone_words[form]), end + k + len(form)
    return None


def local_zone_name(prefix: str) -> str:
    """``prefix`` when it names a zone written before a zone word (临港|经开区, 空港|经开区): two or three letters, a
    place word of jieba's or none of its words, no numeral (十五届|经开区) and no verb (召开|经开区, 省级|经开区)."""
    from .phrases import word_count, word_tag

    if not 2 <= len(prefix) <= 3 or any(c in _NUMERAL_LETTERS for c in prefix):
        return ""
    tag, count = word_tag(prefix), word_count(prefix)
    # a rare three-letter word jieba tags as a person's name (蔡家坡, nr 2) is a place's name before a zone word
    return prefix if tag == "ns" or count == 0 or (tag == "nr" and len(prefix) == 3 and count <= _RARE) else ""


_NUMERAL_LETTERS = frozenset("一二三四五六七八九十百千两第届")
_RARE = 5


def reads_whole(text: str) -> bool:
    """Does all of ``text`` read as one place chain (海东, 乐都区, 郑州经开区)?"""
    read = read_place(text, 0)
    return read is not None and read.end == len(text)


def _county_zone(text: str, pos: int, gaz: Gazetteer, context: Division | None) -> PlaceRead | None:
    if _longest_form(text, pos, gaz):
        return None  # a name the gazetteer knows at this place wins (东湖高新区 is 武汉's, not 南昌东湖区's)
    province = gaz.chain(context)[-1] if context is not None else None
    for n in (4, 3, 2):
        county = gaz.county_short.get(text[pos : pos + n])
        if county is None:
            continue
        other_province = province is not None and gaz.chain(county)[-1] != province
        city = gaz.city_of(context) if other_province and context is not None else None
        if other_province and city is None:
            return None

        for m in range(min(12, len(text) - pos - n), 1, -1):
            word = text[pos + n : pos + n + m]
            if word in gaz.zone_words and word not in gaz.zone_forms:
                if city is not None:  # 明水经开区 on a 济南 page: 济南's zone named after 明水 (章丘), not 绥化's 明水县's
                    return PlaceRead(pos + n + m, gaz.local_zone(city, text[pos : pos + n], gaz.zone_words[word]))
                return PlaceRead(pos + n + m, gaz.county_zone(county, gaz.zone_words[word]))
    return None


@cache
def _forms(gaz: Gazetteer) -> tuple[frozenset[str], tuple[int, ...]]:
    """Every name :func:`_longest_form` reads (zone forms and words, full and short division names) in one
    set, and their lengths of 2 … ``max_name`` letters, longest first."""
    names = frozenset(gaz.zone_forms) | frozenset(gaz.zone_words) | frozenset(gaz.by_name) | frozenset(gaz.by_short)
    return names, tuple(sorted({len(w) for w in names if 2 <= len(w) <= gaz.max_name}, reverse=True))


def _longest_form(text: str, pos: int, gaz: Gazetteer) -> str:
    names, lengths = _forms(gaz)
    room = len(text) - pos
    for n in lengths:
        if n <= room and (w := text[pos : pos + n]) in names:
            return w
    return ""


def _choose(options: list[Division], current: Division | None, context: Division | None, gaz: Gazetteer):
    if not options:
        return None
    if current is not None:
        inside = [d for d in options if current in gaz.chain(d)[1:]]
        return inside[0] if len(inside) == 1 else None
    if len(options) == 1:
        return options[0]
    nested = [d for d in options if all(o in gaz.chain(d) for o in options)]
    if len(nested) == 1:
        return nested[0]  # 上海市 the municipality and 上海市 its city: the city, where its districts lie
    holding = [d for d in options if all(d in gaz.chain(o) for o in options)]
    if len(holding) == 1:
        return holding[0]  # 重庆市 and its two city-level parts: the municipality, which holds 大足区 either way
    if context is not None:
        ctx = set(gaz.chain(context))
        near = [d for d in options if d in ctx or set(gaz.chain(d)[1:]) & ctx - {gaz.chain(context)[-1]}]
        if len(near) == 1:
            return near[0]
    return None


#: Organs that make a place name that is also a word (老城区委) the division.
_OWN_ORGANS = ("委", "政府", "人民政府", "人大", "政协")


@cache
def _also_words() -> frozenset[str]:
    return frozenset(words("place_names_also_words.txt"))


def most_named(counts: Counter[Division]) -> Division | None:
    """The most named place of ``counts``; a tie goes to the more specific (a district over its city), then to the
    lower code."""
    order = {"zone": 0, "county": 1, "city": 2, "province": 3}
    return None if not counts else max(counts, key=lambda d: (counts[d], -order[d.level], d.code))


def places_in(text: str, context: Division | None = None) -> Counter[Division]:
    """Divisions and zones named in ``text`` (each maximal place chain once), counted."""
    out: Counter[Division] = Counter()
    last_end = -1
    for _i, start, _end in _automaton().find_matches_as_indexes(text):
        if start < last_end:
            continue
        if _i in _zone_word_ids():  # 海安|经济技术开发区: a county's short name before a zone word opens the place
            start = next((start - n for n in (4, 3, 2) if start - n > last_end
                          and text[start - n : start] in gazetteer().county_short), start)
        read = read_place(text, start, context)
        if read is None or (text[start : read.end] in _also_words() and not text.startswith(_OWN_ORGANS, read.end)):
            continue  # 郑州的老城区: a common noun, not 洛阳's 老城区
        if read.end - start == 2 and start and (_word_across(text, start) or bank_at(text, read.end)):
            continue  # 示范县: a word's last letter and a level letter, not 范县; 馆和县…: not 和县; 襄河北岸: no 河北
        last_end = read.end
        if read.division is not None:
            out[read.division] += 1
    return out


@cache
def _short_county_automaton():
    import ahocorasick_rs

    shorts = sorted(gazetteer().county_short)
    return ahocorasick_rs.AhoCorasick(shorts, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), shorts


def short_counties_in(text: str) -> set[Division]:
    """Counties named by their short form anywhere in ``text`` (梅河口与青田…): not read in running text for the
    article's place (金水 is also a river), only where a page is known to name another place (a 挂职 post's home)."""
    automaton, shorts = _short_county_automaton()
    county_short = gazetteer().county_short
    return {county_short[shorts[i]] for i, _s, _e in automaton.find_matches_as_indexes(text)}


def masthead_counties(text: str) -> Counter[Division]:
    """Counties named by their short form in a masthead or site line (萧山日报, 建安区融媒体中心 is full)."""
    gaz = gazetteer()
    out: Counter[Division] = Counter()
    for m in itertools.chain(_MASTHEAD.finditer(text), _TODAY_MASTHEAD.finditer(text), _ACCOUNT.finditer(text),
                             _EDITION_SECTION.finditer(text)):
        name = m.group(1) or m.group(2) or ""
        for cut in range(len(name) - 1):
            div = gaz.county_short.get(name[cut:])
            if div is not None:
                out[div] += 1
                break
    for m in _TOWN_ACCOUNT.finditer(text):  # 越秀北京街道发布: a street's account opens with its district's short name
        if (div := gaz.county_short.get(m.group(1)[:3]) or gaz.county_short.get(m.group(1)[:2])) is not None:
            out[div] += 1
    return out


_TOWN_ACCOUNT = re.compile(r"(?:^|(?<=[ 　]))([\u4e00-\u9fff]{3,8}?)(?:街道|镇|乡)(?:发布|融媒)", re.M)
_MASTHEAD = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:日报|报社|频道|融媒|发布|新闻网|新闻|网站|政府网|网(?=[讯\s]|$))", re.M)
#: A WeChat post's stamp line (原创　北京平谷　北京平谷　2024年06月20日): its account's name, which ends with the
#: county's short name (北京平谷, 掌上蓟州).
_ACCOUNT = re.compile(r"^原创[ 　]+([\u4e00-\u9fff]{2,8})(?=[ 　])", re.M)
#: A county paper named 今日 + the county's short name (今日郫都) or the short name + 报 (松江报), standing alone (a
#: line's start, or between spaces on an edition line).
_TODAY_MASTHEAD = re.compile(r"(?:^|(?<=[ 　]))(?:今日([\u4e00-\u9fff]{2,3})|([\u4e00-\u9fff]{2,3})报)(?=[ 　]|$)", re.M)
#: A city paper's edition for one of its counties (嘉兴日报桐乡版), or its page of that county (第C01版：今日桐乡).
_EDITION_SECTION = re.compile(
    r"(?:日报|晚报)([\u4e00-\u9fff]{2,3}?)版(?=[ 　：\n]|$)|版[：:]今日([\u4e00-\u9fff]{2,3})(?=[ 　\n]|$)", re.M)


def option_place(text: str) -> Division | None:
    """The division or zone a ``--place`` option or manifest ``place`` cell names (whole text), else None."""
    text = text.strip()
    named = read_place(text, 0) if text else None
    if named is not None and named.division is not None and named.end == len(text):
        return named.division
    return None


def _word_across(text: str, start: int) -> bool:
    """Does the letter before ``start`` make a common word with the one at it (示范 of 示范县), or is the one at it a
    conjunction after a word (纪念馆和县融媒体中心: 和, not 和县)?"""
    from .phrases import word_count

    return word_count(text[start - 1 : start + 1]) >= 300 or (
        text[start] in "和与及" and "\u4e00" <= text[start - 1] <= "\u9fff")
