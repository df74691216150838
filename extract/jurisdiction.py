"""Where an article is about, and what its organs are called with their place.

Why: the genre leaves the place out whenever the reader knows it (``区委常委会``, ``管委会主任``,
``市委书记``), and every city has a 经开区. An organ is only identified once its place is: this module
reads places against the gazetteer (:mod:`extract.gazetteer`), decides each article's jurisdiction with the basis it
came from, and turns the organ the title chain gave (``经开区党工委``, ``区委``) into its canonical name
(``新乡经开区党工委``, ``开封市鼓楼区委``) by :mod:`extract.organ_names`. Only real divisions and known zones are used;
an unplaced organ stays as written.

Reads: the article, its holdings' organs (from :mod:`extract.officials`), the document's page chrome.
Adds: :attr:`ArticleFacts.jurisdiction` and canonical ``Holding.org`` (the written organ kept in
``Holding.org_text``); then names the article's places with their cities (:mod:`extract.place_labels`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .article_places import (
    chain_county_zones,
    common_city,
    host_place,
    listed_cities,
    local_place,
    only_of_level,
    town_organs,
    twin_district,
    village_towns,
    without_people,
)
from .gazetteer import Division, gazetteer
from .model import ArticleFacts, DocumentFacts, Jurisdiction, Meeting, PersonMention
from .organ_names import (  # noqa: F401 (canonical_org re-exported)
    TOWN,
    bare_start,
    canonical_org,
    local_zone,
    organ_start,
    resolve_org,
    town_of_city_letters,
)
from .page_site import dateline, document_chrome, masthead_places, site_place
from .parties import party_of
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
from .zone_organs import ZONE_ORGANS, bare_zone_words, park_organs, regiment_organs

# -- jurisdiction ----------------------------------------------------------------------------------------------


def _organ_places(found: ArticleFacts, context: Division | None) -> Counter[Division]:
    out: Counter[Division] = Counter()
    for h in (h for h in found.holdings if not h.when):  # a résumé's dated line (2019.12— 淄博…): a post held before
        i = organ_start(h.org, context)
        if i is None:
            continue
        read = read_place(h.org, i, context)
        if read is not None and (local := local_zone(h.org, i, read, context)) is not None:
            out[local] += 1  # 临港经开区党工委 on 宜宾's page: 宜宾临港经开区's, no 宜宾经开区's
        elif read is not None and read.division is not None and not town_of_city_letters(h.org, i, read):
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
        if line is not None and header is not None and line in gaz.chain(header)[1:]:
            site, site_basis = header, header_basis  # 德州新闻网·宁津频道 / 德州新闻网讯: the county's section
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
        if (host := host_place(art.text, named, site)) is not None and host != choice:
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
              and any(bare_start(h.org) == 0 and h.org[0] == site.level_char for h in found.holdings)):
            choice, basis = site, site_basis  # 通化日报: 市长某 where 通化市 and its 集安市 are named alike: the paper's
        elif basis in ("text", "organs") and strong_site and site is not None and site in gaz.chain(choice)[1:] and (
                _bare_first(found, site, choice, every=basis == "organs")):
            choice, basis = site, site_basis  # 安阳日报: 市长某 opens the article, 林州市 is named later, in passing
        elif basis == "organs" and full_header and site is not None and site.level_char == "县" != choice.name[-1] and sum(
                bare_start(h.org) == 0 and h.org[0] == "县" for h in found.holdings) > organs[choice]:
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
            elif choice.level == "county" and (_zone_written(art.text, choice, word) or choice == site and (
                    choice.name[-1] in "市县旗" or gaz.municipal(choice))):
                zone = gaz.county_zone(choice, word)  # 神木市's or 天津 静海区's own site: 神木高新区, 天津静海经开区
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
        towns = village_towns(found) | town_organs(found) | park_organs(found)
        if div is not None and bingtuan_organ("一团", div):
            towns.update(regiment_organs(found))  # 团党委副书记、团长某某 on a 师市's page: the regiment named before
        for i, h in enumerate(found.holdings):
            written = h.org
            if i in towns:
                h = replace(h, org=towns[i])  # 在清泉镇南关村，镇党委书记某某: 清泉镇党委
            local = (listed.get(i) or local_place(found, h, div)) if bare_start(party_of(h.org)[1]) == 0 else None
            org, place = resolve_org(h.org, local if local is not None else div)
            if place is None and local is not None:
                org, place = resolve_org(h.org, div)
            if place is None and twin is not None:
                org, place = resolve_org(h.org, twin)  # 区委 on a zone's page run with its district (区政合一)
            if place is None and div is not None and div.level == "zone" and TOWN.match(h.org):
                org, place = gaz.label(div) + h.org, div  # 崮山镇党委 on 威海经开区's page, no district named: the zone's
            if place is None and (only := only_of_level(h.org, named)) is not None:
                org, place = resolve_org(h.org, only)  # 副区长 on a county's page: the one district it names
            if place is None and full_header and bare_start(h.org) == 0 and h.org[:1] == header.level_char:
                org, place = resolve_org(h.org, header)  # 副区长 on 普陀区's site, in an article on 万源市: the site's
            if place is None and bare_start(h.org) != 0:  # 普陀区政府 after 舟山市普陀区: the one place named that fits
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
        bare_start(meeting.organizer) == 0 and meeting.organizer[:1] in "省市县区旗盟州")
    if place is None and bare:
        org = None
    return meeting if org == meeting.organizer else replace(meeting, organizer=org)


def _bare_first(found: ArticleFacts, site: Division, choice: Division, every: bool = False) -> bool:
    """Is a bare organ of the site's level (市委, 市长) held in the article before it first names ``choice`` (with
    ``every``: are all of them, none after it)?"""
    text, start = found.article.text, found.article.start
    first = min((p for p in (text.find(choice.name), text.find(choice.name[:-1]) if len(choice.name) > 2 else -1)
                 if p >= 0), default=len(text))
    before = [h.person.start - start < first for h in found.holdings
              if bare_start(h.org) == 0 and h.org[:1] == site.level_char]
    return bool(before) and (all(before) if every else any(before))


def _zone_written(text: str, county: Division, word: str) -> bool:
    """Does ``text`` write the zone ``word`` after ``county``'s name (肥乡经济开发区 on 肥乡区's site): its own zone,
    though the gazetteer lacks it?"""
    from .official_words import aliases

    stem = county.name[:-1] if len(county.name) > 2 else county.name
    forms = tuple(form for form, w in (*gazetteer().zone_words.items(), *aliases()) if w == word)
    return any(text.startswith(forms, m.end()) for m in re.finditer(re.escape(stem), text))  # one pass over the text
