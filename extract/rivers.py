"""Rivers named in a text, read against the lexicon ``rivers.txt`` (嘉陵江, 沅水, 九洲江), and the places that name
their stretches (淮河寿县段). Split from :mod:`extract.places`, which reads them with its other candidates."""

from __future__ import annotations

import re
from functools import cache

from .gazetteer import gazetteer
from .phrases import word_tag
from .resources import words


@cache
def _river_names() -> tuple[frozenset[str], int]:
    names = frozenset(words("rivers.txt"))
    return names, max(map(len, names))


_RIVER_END_RE = re.compile("[江河水溪渠]")
#: What, right after a river's name, makes it another place's name (长江路, 西江镇, 汉水桥街道, 丹江口, 珠江源).
_NAMED_AFTER_RIVER = ("路", "大道", "大街", "街", "镇", "乡", "村", "社区", "桥", "埠", "口", "源", "区", "县", "市")


def is_river(word: str) -> bool:
    """Is ``word`` a river of ``rivers.txt`` (辽河, 珠江)?"""
    return word in _river_names()[0]


def rivers_in(text: str) -> list[tuple[int, int, str, str, None]]:
    """The rivers of ``rivers.txt`` (嘉陵江, 沅水): at each letter that ends one, the longest name ending there. A
    place named after a river (长江路, 西江镇, 丹江口) is that place, no river."""
    names, longest = _river_names()
    out = []
    for m in _RIVER_END_RE.finditer(text):
        end = m.end()
        for n in range(min(longest, end), 1, -1):
            if text[end - n : end] in names:
                if not text.startswith(_NAMED_AFTER_RIVER, end):
                    out.append((end - n, end, text[end - n : end], "river", None))
                break
    return out


#: Words that follow a river's name and no person's (长江干流, 长江经济带): a title's 长 that opens them opens the river.
_RIVER_WORDS = ("干流", "支流", "流域", "经济带", "沿线", "沿岸", "岸线", "大保护", "段", "畔", "两岸")


def river_at(text: str, pos: int) -> bool:
    """Does a river of the lexicon open at ``text[pos]``, a river's word after it (万州区长江干流: the 长 of 区长 opens
    长江; 市长江某某 stays a 市长 and a name)?"""
    names, longest = _river_names()
    return any(text[pos : pos + n] in names and text.startswith(_RIVER_WORDS, pos + n)
               for n in range(2, min(longest, len(text) - pos) + 1))



#: A stretch of a river or road named by the place it crosses (淮河寿县段, 府河城关段, 浠水河清泉镇段).
_SEGMENT_RE = re.compile(r"(?:国道|省道|高速公路|高速)?([\u4e00-\u9fff]{2,5}?)段")
_TOWN_KINDS = (("街道", "subdistrict"), ("镇", "town"), ("乡", "township"))
#: What a stretch's name never holds: the river's or road's own words (干流, 流域, 公路), a list (等), a range (至),
#: a road's extension (东延).
_NOT_STRETCH_RE = re.compile(r"^(?:干流|流域|公路|高速)|[等至]|[东西南北]延$")
_LINE_LETTERS = "河江"
#: jieba tags of a stretch's short name's first two letters that a place name may have ("": no word).
_NAME_TAGS = frozenset({"", "ns", "nr", "nz", "m"})
#: Last letters of small places' names (高乐山, 七里坪, 三里畈).
_PLACE_ENDS = frozenset("山坪坡口桥湾岭铺店集寨坝沟营庄洲塘岗畈")
_SUFFIX_KINDS = {"县": "county", "区": "district", "市": "county_level_city", "旗": "banner"}


def segments_in(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str, str, None]]:
    """The places that name stretches of the rivers and roads at ``lines`` (spans): ``<line><place>段``. The place is a
    county of the gazetteer in full (寿县) or short (鄱阳 of 鄱阳县; 耒阳 of 耒阳城区段), a town in full (清泉镇), or
    a short name no dictionary reads as a common word (城关, 兴坪: a town); 干流段, 堤防薄弱段, 东延段 name none."""
    gaz = gazetteer()
    out = []
    for _s, e in lines:
        e += text[e : e + 1] in _LINE_LETTERS and text[e - 1 : e] not in _LINE_LETTERS  # 湟水|河西宁段: 湟水河
        m = _SEGMENT_RE.match(text, e)
        if not m:
            continue
        start, name = m.start(1), m.group(1)
        if name.endswith("城区") and len(name) > 3:
            name = name[:-2]  # 耒阳城区段: the county's town
        county = gaz.county_short.get(name)
        if county is not None or (word_tag(name) != "n" and any(d.level == "county" for d in gaz.named(name))):
            kind = _SUFFIX_KINDS.get((county.name if county is not None else name)[-1:], "county")
        elif _NOT_STRETCH_RE.search(name):
            continue
        else:
            kind = next((k for end, k in _TOWN_KINDS if name.endswith(end) and len(name) > len(end) + 1), "")
            if not kind and len(name) <= 3 and word_tag(name) in ("", "ns") and (
                    word_tag(name[:2]) in _NAME_TAGS or (len(name) == 3 and name[-1] in _PLACE_ENDS)):
                kind = "town"  # 城关, 兴坪; 高乐山 (高乐 a word, 山 a place's last letter)
        if kind:
            out.append((start, start + len(name), name, kind, None))
    return out
