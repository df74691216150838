"""Places named with their city once an article's place is known (:func:`name_places`, run by
:func:`extract.jurisdiction.decide`).

Why: every city has a 经开区 and several have a 鼓楼区; written bare on each city's pages they must be one place per
city (新乡经开区, 开封市鼓楼区), never one node linking four cities. A zone word is read after the place the text
writes before it, else in the article's jurisdiction (:func:`zone_in`); a name whose city cannot be known stays as
written and merges only with places of the same name.

Reads: the article's places and projects' places, its jurisdiction. Adds: canonical ``Place.name`` /
``Place.within`` and ``Project.place``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .gazetteer import Division, gazetteer
from .model import ArticleFacts
from .place_names import read_place


def name_places(found: ArticleFacts, juris: Division | None) -> None:
    """Each place and project place of ``found`` by :func:`canonical_place`; two places of the article that are
    now one name are one place (the first written)."""
    places, seen = [], set()
    for p in found.places:
        name = canonical_place(p.name, p.within, juris)
        within = canonical_place(p.within, None, juris) if p.within else p.within
        if name in seen:
            continue
        seen.add(name)
        places.append(p if (name, within) == (p.name, p.within) else replace(p, name=name, within=within))
    found.places = places
    found.projects = [p if not p.place or (name := canonical_place(p.place, None, juris)) == p.place
                      else replace(p, place=name) for p in found.projects]


def canonical_place(name: str, within: str | None, juris: Division | None) -> str:
    """``name`` with its city when it does not name one place: a generic zone word (经开区 → 新乡经开区) or a
    county-level name several cities have (鼓楼区 → 开封市鼓楼区), read after ``within`` (the place the text
    writes before it) or else in the jurisdiction ``juris``. Any other name, or one whose city cannot be
    known, is returned as it is: it merges only with places of the same name."""
    if name[:1] in "市县" and name[1:] in _zone_shorts():
        own = zone_in(name[1:], juris)  # 市高新区 on a city paper's page: the city's own zone
        return gazetteer().label(own) if own is not None else name
    if not needs_city(name):
        return name
    gaz = gazetteer()
    for text in ((within + name, name) if within else (name,)):
        read = read_place(text, 0, juris)
        if read is None or read.end != len(text):
            continue
        div = read.division or (zone_in(read.zone_word, juris) if read.zone_word else None)
        if div is not None and (div.level == "zone" or div.name == name):
            return gaz.label(div)
    return name


def needs_city(name: str) -> bool:
    """Is ``name`` a place only with its city: a generic zone word, or a county-level name several cities have?"""
    gaz = gazetteer()
    return name in gaz.zone_words or name in _zone_shorts() or len(gaz.by_name.get(name, ())) > 1


@cache
def _zone_shorts() -> frozenset[str]:
    """The short forms of the generic zone words (经开区 of 经济技术开发区)."""
    return frozenset(gazetteer().zone_words.values())


def zone_in(word: str, juris: Division | None) -> Division | None:
    """The zone ``word`` (经开区) of the jurisdiction: the jurisdiction itself or its city's."""
    if juris is None:
        return None
    gaz = gazetteer()
    if juris.level == "zone" and juris.name.endswith(word):
        return juris
    city = gaz.city_of(juris)
    if juris.level == "county" and (city is None or word in gaz.county_zone_words):
        return gaz.county_zone(juris, word)  # a city under its province directly (济源市): 济源示范区
    return gaz.zone(city, word) if city is not None else None


#: A 地区's organs written bare, and what follows its name in their labels: 地委 → 阿克苏地区委, 行署 → 阿克苏地区行政公署,
#: 地区教育局 → 阿克苏地区教育局.
_PREFECTURE_ORGANS = (("地委", "委"), ("行署", "行政公署"), ("地区行署", "行政公署"), ("地区", ""))


def prefecture_organ(org: str, juris: Division) -> str:
    """``org`` named with the 地区 or 盟 (a prefecture-level division that is no city) the jurisdiction lies in, when it
    is one of its bare organs (a 盟's 行署 too: 兴安盟行政公署); else ''."""
    gaz = gazetteer()
    prefecture = next((d for d in gaz.chain(juris) if d.level == "city" and d.name.endswith(("地区", "盟"))), None)
    if prefecture is None:
        return ""
    return next((gaz.label(prefecture) + tail + org[len(bare):] for bare, tail in _PREFECTURE_ORGANS
                 if org.startswith(bare) and (tail or len(org) > len(bare))), "")  # 地区 alone is no organ


_PARK = "园区"
_NEW_AREA = "新区"
#: A free-trade zone's 片区 and its organs (郴州片区党工委, 片区投资促进局): a zone of its city.
_FTZ_AREA_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,8}?)片区(?P<rest>党工委|管委会|纪工委|工委|[\u4e00-\u9fff]{1,10}?局)")
#: A 新城 inside a new area and its organs (空港新城党委, 空港新城管委会): named under the new area.
_NEW_TOWN_RE = re.compile(r"[\u4e00-\u9fff]{2,6}新城(?:党委|党工委|管委会|纪工委)")


def zone_area(org: str, juris: Division) -> str:
    """``org`` of a free-trade zone's 片区 named with its city's short name (郴州片区党工委, 泸州川南临港片区管委会; a bare
    片区党工委 on the city's pages), or of a 新城 with the new area the page is about (西咸新区空港新城党委); '' else."""
    gaz = gazetteer()
    if (m := _FTZ_AREA_RE.fullmatch(org)) and (city := gaz.city_of(juris)) is not None:
        short, name = city.name.removesuffix("市"), m.group("name")
        name = name.removeprefix(city.name) if name.startswith(city.name) else name.removeprefix(short)
        return short + name + "片区" + m.group("rest")
    if juris.level == "zone" and _NEW_TOWN_RE.fullmatch(org):
        label = gaz.label(juris)
        return org if org.startswith(label) else label + org
    if juris.name.endswith(_NEW_AREA) and org.startswith(_NEW_AREA):  # a zone, or a county-level area (两江新区)
        if org[len(_NEW_AREA) :] in ("党工委", "管委会", "纪工委"):  # 新区党工委 on 两江新区's pages: the area's own
            return gaz.label(juris) + org[len(_NEW_AREA) :]
    return ""


def own_zone_word(org: str, zone: Division) -> str:
    """The word a zone's page calls it by, opening ``org`` (园区, 开发区, 新区 of 宁波杭州湾新区), or ''."""
    return next((w for w in (_PARK, "开发区", _NEW_AREA) if org.startswith(w) and zone.name.endswith(w)), "")


@cache
def _bingtuan() -> dict[str, str]:
    """A 师市's city to its division (石河子市 → 第八师)."""
    from .resources import table

    return {city: division for division, city in table("bingtuan.tsv")}


#: A 团 (regiment farm) or a 连 (company) of a 师, by its number: 一四三团党委, 十团, 三连党支部.
_REGIMENT_RE = re.compile(r"[一二三四五六七八九十百零〇\d]{1,5}(?:团|连)(?:[一二三四五六七八九十\d]{1,3}连)?\S*")
_NUMBERED_DIVISION_RE = re.compile(r"^第?[一二三四五六七八九十]{1,3}师")


def bingtuan_organ(org: str, juris: Division) -> str:
    """An organ of a 师市's page named with the 师市 (师市党委 → 第八师石河子市委, 师市农业农村局 → 第八师石河子市农业农村局,
    八师石河子市党委 the same; 师 → 第八师; 一四三团党委 → 第八师石河子市一四三团党委), its government, 人大 and 政协
    the city's (师市政府 → 石河子市政府); '' on any other page or for any other organ."""
    city = juris.name
    if (m := _NUMBERED_DIVISION_RE.match(org)) and (
            named := next((c for c in _bingtuan() if org.startswith(c, m.end())), None)) is not None:
        city, org = named, "师市" + org[m.end() + len(named) :]  # 八师石河子市党委: that 师市's, written in full
    division = _bingtuan().get(city)
    if division is None:
        return ""
    label = division + city
    if org == "师" or (org.startswith("师市") and org.endswith("师")):
        return division  # 师市党委常委、副师长: the 师's
    if org.startswith("师市"):
        rest = org[2:].replace("人民政府", "政府")
        if rest.startswith(("政府", "人大", "政协")):
            return city + rest
        return label + ("委" + rest[2:] if rest.startswith("党委") else rest)
    return label + org if _REGIMENT_RE.fullmatch(org) else ""


def bingtuan_place(org: str) -> Division | None:
    """The 师市's city an organ named with its 师 is of (第八师石河子市委, 第八师 → 石河子市), so that its posts have a
    place as a city's do; None for any other organ."""
    for city, division in _bingtuan().items():
        if org.startswith(division):
            return next(iter(gazetteer().named(city)), None)
    return None

