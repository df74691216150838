"""Where an article is about, and what its organs are called with their place.

Why: the genre leaves the place out whenever the reader knows it (``区委常委会``, ``管委会主任``,
``市委书记``), and every city has a 经开区. An organ is only identified once its place is: this module
reads places against the gazetteer (:mod:`extract.gazetteer`), decides each article's jurisdiction with the basis it
came from, and turns the organ the title chain gave (``经开区党工委``, ``区委``) into its canonical name
(``新乡经开区党工委``, ``开封市鼓楼区委``). Only real divisions and known zones are used; an unplaced organ stays as written.

Reads: the article, its holdings' organs (from :mod:`extract.officials`), the document's page chrome.
Adds: :attr:`ArticleFacts.jurisdiction` and canonical ``Holding.org`` (the written organ kept in
``Holding.org_text``); then names the article's places with their cities (:mod:`extract.place_labels`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from .article_places import (
    ZONE_ORGANS,
    bare_zone_words,
    chain_county_zones,
    common_city,
    host_place,
    listed_cities,
    local_place,
    only_of_level,
    park_organs,
    regiment_organs,
    town_organs,
    twin_district,
    without_people,
)
from .gazetteer import Division, gazetteer
from .model import ArticleFacts, DocumentFacts, Jurisdiction, Meeting, PersonMention
from .organs import left_cues
from .page_site import dateline, document_chrome, masthead_places, site_place
from .parties import party_of, party_org
from .place_labels import (  # noqa: F401
    bingtuan_organ,
    bingtuan_place,
    canonical_place,
    name_places,
    needs_city,
    own_zone_word,
    prefecture_organ,
    zone_area,
    zone_in,
)
from .place_names import (  # noqa: F401 (re-exported)
    PlaceRead,
    masthead_counties,
    most_named,
    option_place,
    places_in,
    read_place,
    reads_whole,
)
from .resources import word_starting_at, words

_SPECIAL = ("特区", "林区")  # 六枝特区, 神农架林区: their bodies are 特区党委, 林区政府 (a district: 区委)


def _units() -> tuple[str, ...]:
    return words("org_units.txt")  # (words() is cached)


def _not_bare() -> tuple[str, ...]:
    return words("bare_level_not.txt")


# -- jurisdiction ----------------------------------------------------------------------------------------------


def _organ_places(found: ArticleFacts, context: Division | None) -> Counter[Division]:
    out: Counter[Division] = Counter()
    for h in (h for h in found.holdings if not h.when):  # a résumé's dated line (2019.12— 淄博…): a post held before
        i = _organ_start(h.org, context)
        if i is None:
            continue
        read = read_place(h.org, i, context)
        if read is not None and read.division is not None and not _town_of_city_letters(h.org, i, read):
            out[read.division] += 1
    return out


def decide(res: DocumentFacts, option: str | None = None) -> None:
    """Give every article of ``res`` its jurisdiction and every holding its canonical organ.

    ``option`` (``--place`` or the manifest's ``place``) stands where a page prints no site line: the
    article's own organs and places still win when they lie inside it or elsewhere.
    """
    gaz = gazetteer()
    chrome_text = document_chrome(res)
    named_in_chrome = places_in(chrome_text)
    named_in_chrome.update(masthead_places(chrome_text))  # 长江日报: 武汉市, a paper not named after its place
    sections = masthead_counties(chrome_text)
    header = site_place(named_in_chrome + sections)
    if header is not None and header.level == "city":  # 怀化日报 … 第A05版：溆浦新闻: the page is the county's section
        inner = [d for d in sections if d.level == "county" and gaz.city_of(d) == header]
        header = inner[0] if len(inner) == 1 else header
    header_basis = "header"
    # a place written in full on the site line (管城回族区人民政府) outweighs places an article names in passing;
    # a masthead's short form (商都日报: 商都 is also 郑州's nickname) does not
    full_header = header is not None and named_in_chrome[header] > 0
    if header is None and option and (given := option_place(option)) is not None:
        header, header_basis = given, "option"
    per_article: list[Jurisdiction | None] = []
    named_by_article: list[Counter[Division]] = []
    for found in res.articles:
        art = found.article
        line = dateline(art.text)
        site, site_basis = (line, "dateline") if line is not None else (header, header_basis)
        strong_site = line is not None or full_header or header_basis == "option"
        context = site
        organs = _organ_places(found, context)
        text_places = places_in(without_people(found), context)
        zone_words = bare_zone_words(found)
        choice, basis = None, ""
        if organs:
            paper = site if strong_site and site is not None and site.level == "city" else None
            choice, basis = common_city(organs, gaz, paper) or most_named(organs + text_places), "organs"
        elif text_places:
            choice, basis = most_named(text_places), "text"
        named = organs + text_places
        named_by_article.append(named)
        if (host := host_place(art.text, named)) is not None and host != choice:
            choice, basis = host, "host"  # 厦门市党政代表团来我州考察: the paper is 临夏州's, not its guests'
        passing = basis == "text" and strong_site and choice is not None and site not in gaz.chain(choice)
        if site is not None and (choice is None or choice in gaz.chain(site)[1:] or passing
                                 or (named[site] and site not in gaz.chain(choice))):
            # the site (or the dateline) is more specific than what its article names, the article names
            # places only in passing (no organ of theirs), or it names the site's place beside a visitor's
            # (福清市's page on a 武进区 delegation is about 福清市)
            choice, basis = site, site_basis
        elif site is not None and choice == site and basis == "text":
            basis = site_basis  # the text names the place its site line or dateline gives
        elif (basis == "text" and site is not None and site in gaz.chain(choice)[1:] and named[site] >= named[choice]
              and any(_bare_start(h.org) == 0 and h.org[0] == site.level_char for h in found.holdings)):
            choice, basis = site, site_basis  # 通化日报: 市长某 where 通化市 and its 集安市 are named alike: the paper's
        elif basis in ("text", "organs") and strong_site and site is not None and site in gaz.chain(choice)[1:] and (
                _bare_first(found, site, choice, every=basis == "organs")):
            choice, basis = site, site_basis  # 安阳日报: 市长某 opens the article, 林州市 is named later, in passing
        elif basis == "organs" and full_header and site is not None and site.level_char == "县" != choice.name[-1] and sum(
                _bare_start(h.org) == 0 and h.org[0] == "县" for h in found.holdings) > organs[choice]:
            choice, basis = site, site_basis  # 夏河县's site: its 县委, 县长 outnumber a visiting 天津市 work team's organ
        if (full_header and site is not None and site.level == "zone" and choice is not None and choice != site
                and any(h.org.lstrip("区").startswith(ZONE_ORGANS) for h in found.holdings)):
            choice, basis = site, site_basis  # 赣州经开区's site on its visit to 苏州工业园区: its 区党工委 is its own
        if (zone_words and strong_site and site is not None and site.level != "zone" and choice is not None
                and choice.level == "zone" and site not in gaz.chain(choice)):
            choice, basis = site, site_basis  # 荆州's account on a visit to 马鞍山经开区: its bare 经开区 is its own
        if choice is not None and zone_words and choice.level != "zone":
            word = zone_words.most_common(1)[0][0]
            # the zone of that word the page writes in full within its place (吉林高新区, 神木高新区; not the zone of
            # another city it visits: 荆州's account on a visit to 马鞍山经开区), else the one the place has
            city = gaz.city_of(choice) if choice.level == "county" else None  # 宜阳县's page: 洛阳高新区 written in full
            written = [d for d in named if d.level == "zone" and d.name.endswith(word)
                       and (choice in gaz.chain(d) or (city is not None and d.parent == city.code))]
            if written:
                zone = max(written, key=lambda d: (named[d], d.code))
            elif choice == site and choice.level == "county" and choice.name[-1] in "市县旗":
                zone = gaz.county_zone(choice, word)  # 神木市's own site: its 高新区 is 神木高新区
            elif choice.level == "province":
                zone = gaz.zone(choice, word)
            else:
                zone = zone_in(word, choice)  # a district's or a city's: the city's zone (金水区 → 郑州高新区)
            if zone is not None:
                choice = zone
                basis += "+zone"
        per_article.append(
            Jurisdiction(choice.code, gaz.label(choice), basis, "") if choice is not None else None
        )
    known = [j for j in per_article if j is not None]
    doc_j = Counter(j.code for j in known).most_common(1)[0][0] if known else None
    for found, j, named in zip(res.articles, per_article, named_by_article, strict=True):
        if j is None and doc_j is not None:
            div = gaz.division(doc_j)
            j = Jurisdiction(div.code, gaz.label(div), "document", "")
        found.jurisdiction = j
        div = gaz.division(j.code) if j is not None else None
        twin = twin_district(found, div, chrome_text)
        holdings = []
        chained, listed = chain_county_zones(found), listed_cities(found, div)
        towns = town_organs(found) | park_organs(found)
        if div is not None and bingtuan_organ("一团", div):
            towns.update(regiment_organs(found))  # 团党委副书记、团长某某 on a 师市's page: the regiment named before
        for i, h in enumerate(found.holdings):
            written = h.org
            if i in towns:
                h = replace(h, org=towns[i])  # 在清泉镇南关村，镇党委书记某某: 清泉镇党委
            local = (listed.get(i) or local_place(found, h, div)) if _bare_start(party_of(h.org)[1]) == 0 else None
            org, place = resolve_org(h.org, local if local is not None else div)
            if place is None and local is not None:
                org, place = resolve_org(h.org, div)
            if place is None and twin is not None:
                org, place = resolve_org(h.org, twin)  # 区委 on a zone's page run with its district (区政合一)
            if place is None and div is not None and div.level == "zone" and _TOWN.match(h.org):
                org, place = gaz.label(div) + h.org, div  # 崮山镇党委 on 威海经开区's page, no district named: the zone's
            if place is None and (only := only_of_level(h.org, named)) is not None:
                org, place = resolve_org(h.org, only)  # 副区长 on a county's page: the one district it names
            if place is None and full_header and _bare_start(h.org) == 0 and h.org[:1] == header.level_char:
                org, place = resolve_org(h.org, header)  # 副区长 on 普陀区's site, in an article on 万源市: the site's
            if place is None and _bare_start(h.org) != 0:  # 普陀区政府 after 舟山市普陀区: the one place named that fits
                fits = [r for d in named if (r := resolve_org(h.org, d))[1] == d]
                org, place = fits[0] if len(fits) == 1 else (org, place)
            if i in chained:
                org, place = chained[i]  # 宁晋县委常委、经济开发区党工委书记 on 邢台's page: 宁晋's zone
            if (h.form == "honorific" or org in ZONE_ORGANS) and place is None:  # 王某市长, 党工委 of no known place
                found.persons.append(PersonMention(h.person, h.title))
                continue
            holdings.append(replace(h, org=org, org_text=written, place=place.code if place is not None else ""))
        found.holdings = holdings
        found.meetings = [_organized(m, div) for m in found.meetings]
        name_places(found, div)


def _organized(meeting: Meeting, juris: Division | None) -> Meeting:
    """``meeting`` with its organizer named with its place (区人大常委会 → 即墨区人大常委会); a bare organizer whose
    place cannot be known is dropped: one 区人大常委会 node would join every district's meetings."""
    if not meeting.organizer:
        return meeting
    org, place = resolve_org(meeting.organizer, juris)
    bare = meeting.organizer.startswith(("镇", "乡", "街道")) or (
        _bare_start(meeting.organizer) == 0 and meeting.organizer[:1] in "省市县区旗盟州")
    if place is None and bare:
        org = None
    return meeting if org == meeting.organizer else replace(meeting, organizer=org)


# -- organs ----------------------------------------------------------------------------------------------------


def _organ_start(org: str, context: Division | None) -> int | None:
    """Where the organ proper starts in ``org`` (text before it is a verb or chrome: 召开十五届区委)."""
    for i in range(len(org)):
        read = read_place(org, i, context)
        if read is not None and (i == 0 or word_starting_at(org, read.end, _units())):
            return i
    return None


def _bare_start(org: str) -> int | None:
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


def _bare_first(found: ArticleFacts, site: Division, choice: Division, every: bool = False) -> bool:
    """Is a bare organ of the site's level (市委, 市长) held in the article before it first names ``choice`` (with
    ``every``: are all of them, none after it)?"""
    text, start = found.article.text, found.article.start
    first = min((p for p in (text.find(choice.name), text.find(choice.name[:-1]) if len(choice.name) > 2 else -1)
                 if p >= 0), default=len(text))
    before = [h.person.start - start < first for h in found.holdings
              if _bare_start(h.org) == 0 and h.org[:1] == site.level_char]
    return bool(before) and (all(before) if every else any(before))


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
    i = _organ_start(org, juris)
    if i is not None and not _town_of_city_letters(org, i, read := read_place(org, i, juris)):
        rest = org[read.end :]
        div = read.division
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
    town = _TOWN.match(org)
    if town is not None:
        county = next((d for d in gaz.chain(juris) if d.level == "county"), gaz.countyless(juris)) if juris else None
        return gaz.label(county) + org if county is not None else org  # 东莞's towns are the city's own
    b = _bare_start(org)
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
    holder = _level_holder(level, rest, juris)
    if holder is None:
        return org[b:]
    return gaz.label(holder) + _committee(rest, holder)


def _town_of_city_letters(org: str, i: int, read: PlaceRead) -> bool:
    """A street or town named with a city's short name (朝阳洲街道党工委: no 朝阳市's 洲街道; 北京街道)."""
    div = read.division
    return bool(t := _TOWN.match(org[i:])) and t.end() > read.end - i and div is not None and not org.startswith(div.name, i)


def _committee(rest: str, div: Division) -> str:
    """A county's or a city's 党委 is its 委 (六枝特区党委 → 六枝特区委, 中共X委员会); a town's and a zone's keep theirs."""
    return rest[1:] if rest.startswith("党委") and div.level in ("county", "city") else rest


_REGION = "自治区"


@cache
def _NAMED_ZONE_RE() -> re.Pattern[str]:  # noqa: N802 (a compiled constant, made on first use)
    """The rest of a zone's name after the city it opens with (台州|湾新区, 绵阳|科创园区): letters, then a zone word."""
    from .resources import table

    zone_words = sorted({r[0] for r in table("zones.tsv") if r}, key=len, reverse=True)
    return re.compile(r"[\u4e00-\u9fff]{1,6}?(?:" + "|".join(map(re.escape, zone_words)) + ")")


_OWN_BODIES = ("政协", "人大")  # bodies its own pages name without a level word (政协主席, 人大常委会主任)
_TOWN = re.compile(
    r"^[\u4e00-\u9fff]{2,5}?(?:街道|镇|乡|苏木|公社)(?=党工委|工委|党委|政府|人民政府|办事处|人大|纪委|纪工委|人武部|武装部|[\u4e00-\u9fff]{2,10}?(?:村|社区|嘎查))"
    r"|^[\u4e00-\u9fff]{2,4}?办事处(?=党工委|工委|$)"  # a zone's own 办事处 (九龙办事处党工委 on 郑州经开区's page)
)
_NOT_PLACE_TAGS = ("v", "m", "d", "r", "p", "c", "u", "a", "q", "t", "f")  # jieba's tags of words that are no place


def _garbage_end(prefix: str) -> int:
    """Where the text before a bare organ stops being a verb, numeral or page word (召开十五届|区委, 表示|市委).

    What remains between that point and the organ (某山 in 某山县委) is a place name the gazetteer lacks.
    """
    from .segment import last_cue_end

    return last_cue_end(prefix, left_cues(), tags=_NOT_PLACE_TAGS, digits=True)
