"""Places: zones, divisions, roads, rivers, mountains, bridges, parks, offices, regions, venues.

Three kinds of evidence, from most to least certain:

* fixed road shapes (``东四环``, ``第五大街``, ``经南八路``, ``310国道``);
* lexicons: zones (``zones.tsv``), provinces and cities (``divisions.tsv``), named regions (``regions.txt``);
* a place head (``place_suffixes.tsv``: 路, 河, 大桥, 公园, 办事处 …) with a modifier found by scanning back,
  checked against ``place_generic.txt``.

A zone abbreviation after a city (郑州经开区) is named bare (经开区) with the city as ``within``; once the article's
place is known, :func:`extract.place_labels.canonical_place` names such a zone, and a district name several cities
have (鼓楼区), with its city.

Places inside company and office names (X有限公司, X市…办公室, X省商务厅) are not places; inside a project name every
place is kept (惠阳区人民医院新院区, 九乡风景区文旅综合体提升项目) but a city's short name (郑州恒海科技产业园), and a
project listed by a place word alone (九龙新城) is no place unless it is a road, river, bridge or port.

A county named in full is a place again by its short name (吴中区 … 吴中拥有…); a résumé's native place (河南偃师人) is
the county. Nothing inside a person's name, a postal address or an association (…商会) is a place."""

from __future__ import annotations

import re
from bisect import bisect_right

from .model import Article, ArticleFacts, Place
from .page_site import dateline_end
from .phrases import SpanIndex, after_marker, normal, scan_back, word_count
from .place_words import (
    BEFORE_COUNTY,
    FUNCTION_LETTERS,
    TOWN_HEADS,
    after_joint,
    after_name,
    after_preposition,
    among_towns,
    bank_at,
    boundary,
    conjunction_opened,
    county_ends_at,
    generic_prefix,
    generic_words,
    listed_mountains,
    listed_towns,
    long_counties,
    name_read_as_verb,
    one_letter_county,
    party_forms,
    real_division,
    town_like,
    trim,
)
from .resources import alternation, table, words
from .rivers import is_river, rivers_in, segments_in

_CN_NUM = "一二三四五六七八九十"
_FIXED = (
    (re.compile(rf"[东西南北]{{1,2}}[{_CN_NUM}]环(?:连接线|快速路|高架|路)?"), "road"),
    (re.compile(rf"第[{_CN_NUM}\d]+大街"), "road"),
    (re.compile(rf"[经纬][东西南北中]?[{_CN_NUM}\d]+路"), "road"),
    (re.compile(r"\d+国道|G\d+"), "road"),
)
_ZONES = {row[0]: row for row in table("zones.tsv")}
_ZONE_RE = re.compile("|".join(re.escape(z) for z in sorted(_ZONES, key=len, reverse=True)))
_DIVISIONS = {row[0]: row[1] for row in table("divisions.tsv")}
_DIVISION_RE = re.compile(
    "(?:" + "|".join(re.escape(d) for d in sorted(_DIVISIONS, key=len, reverse=True)) + ")(?:省|市|自治区)?"
)
#: A named zone written in a long form with its city's name is named as the lexicon names it
#: (郑州航空港经济综合实验区 → 郑州航空港实验区); its bare forms (航空港实验区) stay as written.
_CANONICAL_ZONES = {
    form: name
    for name, parent, forms in table("zone_places.tsv")
    for form in forms.split(",")
    if form != name and form.startswith(re.sub("市$", "", parent))
}
#: Kinds of county-level divisions read from a head (区, 县, 市) and the letters that end their names.
_COUNTY_KINDS = frozenset({"district", "county", "city"})
_SUFFIX_LETTERS = frozenset("区县市")
#: A village's head, whose name starts after its town's (椒园镇|伍家台村).
_VILLAGE = "村"
#: Letters that end a predicate right before 村 (人往村里派, 队与村, 驻村): the village is no name.
_NOT_BEFORE_VILLAGE = frozenset("往与驻")
#: Heads of the divisions under a county, whose name starts after the county's (宜良县|汤池街道).
_SUBDIVISION_HEADS = TOWN_HEADS | {"街道"}
#: Letters before a head that make it many places, none named (各街道, 每个镇).
_DETERMINERS = frozenset("各每该全")
#: A postal address (联系地址：…, 出版地址：…) on a page: its places are no place of the news.
_ADDRESS_RE = re.compile(r"(?:地址|住址)[：:][^\n]*")
#: The native place after a province in a résumé (河南|偃师|人，): a county-level name of two or three letters.
_NATIVE_RE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)人(?=[，。、,；）)])")
#: A province or city name ending a zone's modifier (来济南 | 高新区).
_CITY_END_RE = re.compile(_DIVISION_RE.pattern + "$")
_SUFFIXES = {row[0]: row[1] for row in table("place_suffixes.tsv")}
_SUFFIX_RE = re.compile("(?:" + "|".join(re.escape(s) for s in sorted(_SUFFIXES, key=len, reverse=True)) + ")")
#: Heads whose modifier is short: how many letters it may have.
_PREFIX_LEN = {head: (int(lo), int(hi)) for head, lo, hi in table("place_head_lengths.tsv")}
#: Letters after a head that show it is not one (河流, 路径, 高速发展 …).
_NOT_AFTER = dict(table("place_not_after.tsv"))
#: An organisation that a place name begins: it is then no place of its own.
_ORG_TAIL_RE = re.compile(
    rf"^[\u4e00-\u9fff（）·]{{0,16}}?(?:{alternation('place_org_tails.txt')}|第[一二三四五六七八九十\d]+届)"
)
_LEADING_RE = re.compile(r"^(?:\d{4}年|\d+[家个所])?(?:国家级|省级|市级)?")
#: Places not counted inside a project's name: a city or province named short before it (郑州恒海科技产业园).
_NOT_IN_PROJECT_KINDS = frozenset({"city", "province"})
#: Places that stay places when a whole project is named by them (东南四环连接线等绿化项目: a road).
_SITE_KINDS = frozenset({"road", "river", "bridge", "port"})
#: Heads of lines one goes along (沿X河, 沿X路): a leading 沿 is no part of their names.
_ALONG_HEADS = frozenset({"河", "江", "溪", "渠", "路", "大道", "湖", "线"})
#: Named regions (长三角) and landforms (长白山, 毛乌素沙地) by their kind, and one alternation of them, longest first.
_NAMED_REGIONS = {**dict.fromkeys(words("regions.txt"), "region"), **dict(r[:2] for r in table("landforms.tsv"))}
_NAMED_REGION_RE = re.compile("|".join(re.escape(w) for w in sorted(_NAMED_REGIONS, key=len, reverse=True)))
#: Heads whose modifier is not guessed when the scan runs long (七里河 vs 里河).
_NO_GUESS = frozenset(words("place_no_guess.txt"))


def extract(article: Article, found: ArticleFacts) -> None:
    """Append the places named in the article to ``found.places``."""
    text = article.text
    project_spans = {(p.mention.start - article.start, p.mention.end - article.start) for p in found.projects}
    projects = SpanIndex(project_spans)
    cands: list[tuple[int, int, str, str, str | None]] = []  # start, end, name, kind, within
    addresses = [m.span() for m in _ADDRESS_RE.finditer(text)] if "地址" in text else []
    fixed: list[tuple[int, int]] = []
    for rx, kind in _FIXED:
        for m in rx.finditer(text):
            fixed.append(m.span())
            cands.append((m.start(), m.end(), m.group(), kind, None))
    cands.extend(_zones(text))
    lexical = _lexicon_places(text)
    person_spans = _person_spans(article, found)
    cands.extend(_heads(text, fixed, [(s, e) for s, e, *_ in lexical], person_spans))
    cands.extend(lexical)
    cands.extend(c for c in _short_forms(text, cands) if not projects.overlaps((c[0], c[1])))
    cands = [c for c in cands if not any(a <= c[0] < b for a, b in addresses)] if addresses else cands
    if "段" in text:  # 淮河寿县段: 寿县, and no 淮河寿县 across the river's end
        stretches = segments_in(text, [(s, e) for s, e, _n, kind, _w in cands if kind in ("river", "road")])
        starts = {s for s, *_ in stretches}
        cands = [c for c in cands if not any(c[0] < a < c[1] for a in starts)] + stretches
    since = dateline_end(text)  # 本报兰州讯: the reporter's place
    cands = [c for c in cands if c[0] >= since]
    people = SpanIndex(person_spans)
    cands = [c for c in cands if not people.overlaps((c[0], c[1]))]  # 鲍玉林, 穆长春: a name, no place
    named = {e for _s, e in person_spans}
    cands = [c for c in (_without_lead(text, c, named) for c in cands) if c]
    exact = {(s, e) for s, e, *_ in cands}
    cands = [c for c in cands if not (c[2][:1] in FUNCTION_LETTERS and (c[0] + 1, c[1]) in exact)]  # 守护好|黄河
    bounds = SpanIndex((s, e) for s, e, *_ in cands)
    before = _within_index(cands)
    seen: set[str] = set()
    venues = {s: e for s, e, _n, kind, _w in cands if kind == "venue"}
    for s, e, name, kind, within in sorted(cands, key=lambda c: (*c[:4], c[4] or "")):  # a name met twice, within and not
        opens_venue = kind in _COUNTY_KINDS and name[-1:] in _SUFFIX_LETTERS and venues.get(s, -1) > e
        if (bounds.inside((s, e)) and not opens_venue) or _in_org(text, s, e):
            continue  # 醴陵市会议中心: the venue, and the city it is named after
        short = kind in _NOT_IN_PROJECT_KINDS and name[-1:] not in "市省"  # (凌海市…项目: the city in full stays)
        if projects.within((s, e)) and (short or ((s, e) in project_spans and kind not in _SITE_KINDS)):
            continue  # a city's short name opening a project (郑州恒海科技产业园); a listed project (九龙新城)
        key = _CANONICAL_ZONES.get(normal(name), normal(name))
        if key in seen:
            continue
        seen.add(key)
        found.places.append(Place(key, kind, article.mention(s, e, "place"), within=within or before.get(s)))


def _short_forms(text: str, cands: list[tuple[int, int, str, str, str | None]]) -> list[tuple[int, int, str, str, None]]:
    """A county-level division the article names in full, named again without its suffix (吴中区 … 吴中拥有得天独厚的
    山水资源; 福清市 … 福清与武进): each such short name, not where its own suffix follows it (吴中区) and not
    opening a project's name (宜良花卉冷链物流中心项目, as a city's short name does not)."""
    fulls = {name: kind for _s, _e, name, kind, _w in cands if kind in _COUNTY_KINDS and len(name) >= 3}
    out: list[tuple[int, int, str, str, None]] = []
    for full, kind in fulls.items():
        short = full[:-1]
        if short in _DIVISIONS or not full.endswith(("区", "县", "市")):
            continue  # a province's or prefecture's short name is read from the lexicon
        for m in re.finditer(re.escape(short), text):
            if text[m.end() : m.end() + 1] != full[-1]:  # 宜良县 … 宜良区位优越: 宜良, not a 宜良区
                out.append((m.start(), m.end(), short, kind, None))
    return out


def _person_spans(article: Article, found: ArticleFacts) -> list[tuple[int, int]]:
    """Where the officials and person extractors found a person named, and the byline's reporters (通讯员吴梦溪),
    in the article's offsets."""
    mentions = [h.person for h in found.holdings] + [p.person for p in found.persons] + list(article.reporters)
    return [(m.start - article.start, m.end - article.start) for m in mentions]


def _zones(text: str) -> list[tuple[int, int, str, str, str | None]]:
    out = []
    for m in _ZONE_RE.finditer(text):
        word, kind, short, bare = _ZONES[m.group()]
        scanned = scan_back(text, m.start(), limit=10)
        start = trim(text, scanned, m.start())
        if start == m.start() > scanned and name_read_as_verb(text, scanned, start):
            start = scanned  # 到正定新区: jieba reads 正定 as an adverb; a zone's name keeps its letters
        start = max(start, *(text.rfind(c, start, m.start()) + 1 for c in "与和及"))  # 商务厅与|经开区
        prefix = text[start : m.start()]
        city = _DIVISION_RE.fullmatch(prefix)
        lead = _LEADING_RE.match(prefix)
        rest = "" if city else prefix[lead.end() if lead else 0 :]
        # a modifier that runs into the clause (no mark, stop word or predicate before it) is no part of the name
        inner = not boundary(text, start) and start == scanned == m.start() - 10
        if bare == "yes" and not city and (len(rest) > 4 or inner):
            city = _CITY_END_RE.search(prefix)  # …房立业来济南高新区: but a city right before the zone is its
            if not city and len(rest) > 4:
                continue  # 全国民族团结进步示范区: a long name of its own, not the zone the article is about
            rest, start = "", m.start() - (len(city.group()) if city else 0)  # a long or clause-inner modifier
        if rest and generic_prefix(rest):
            continue
        if not rest:
            if bare != "yes":
                continue
            within = city.group() if city else None
            out.append((start if city else m.start(), m.end(), short or word, kind, within))
        else:
            out.append((m.start() - len(rest), m.end(), rest + word, kind, None))
    return out


def _heads(
    text: str, fixed: list[tuple[int, int]], divisions: list[tuple[int, int]], people: list[tuple[int, int]] = ()
) -> list[tuple[int, int, str, str, str | None]]:
    """Names ending in a head; a short head's modifier stops at a division (郑州市|金水区|花园路); no modifier
    crosses a person's name (市长应伟东|走访慰问枫桥镇)."""
    out = []
    generic = generic_words()
    fixed_index = SpanIndex(fixed)
    long_taken = SpanIndex([*fixed, *people])
    short_taken = SpanIndex([*fixed, *divisions, *people])
    division_starts = SpanIndex(divisions)
    division_at_end = {e: s for s, e in divisions}  # 朝阳|洲街道: a division one letter before a short head opens it
    for m in _SUFFIX_RE.finditer(text):
        head = m.group()
        if len(head) == 1 and any(real_division(text[m.start() : m.start() + n]) for n in (3, 4)):
            continue  # 代表团赴镇雄县: the head letter opens a county's name (镇雄县), no town 团赴镇
        if _NOT_AFTER.get(head) and text[m.end() : m.end() + 1] in tuple(_NOT_AFTER[head]) and not (
            text[m.end() : m.end() + 1] == "城" and county_ends_at(text, m.end())
            or text.startswith("流域", m.end()) and not is_river(text[m.start() - 1 : m.end()])  # 黄河流域: the lexicon's
            or head == "湖" and bank_at(text, m.end() + 1)  # 东湖北岸: the lake's bank (扎囊县湖北援藏…: no lake)
        ):
            continue  # 县城, 河流: no county, no river; 中牟县城乡供水, 尤溪县城关镇, 巴川河流域: a place, then words
        lo, hi = _PREFIX_LEN.get(head, (2, 12))
        taken = short_taken if head in _PREFIX_LEN else long_taken
        scanned = after_marker(text, scan_back(text, m.start(), limit=12, taken=taken), m.start())
        scanned = conjunction_opened(text, scanned, m.start(), head)  # 到和平镇: 和 opens the town's name
        start = trim(text, scanned, m.start())
        short = m.start() - start < lo <= m.start() - scanned
        if short and name_read_as_verb(text, scanned, start):
            start = scanned  # 登封市, 博望镇: a short name keeps its letters (要求镇里, 叮嘱镇村干部: a predicate)
        # 应城市, 让胡路区: a county of the gazetteer keeps the letters the scan or the trim took from it (高新|北区: none)
        start = next((k for k in range(max(0, start - 2), start) if real_division(text[k : m.end()])
                      and not word_count(text[k - 1 : k + 1])), start)
        # a division inside a long modifier starts the name (融入郑州都市圈 → 郑州都市圈)
        start = _first_division(division_starts, start, m.start())
        start = max(start, *(after_joint(text, c, start, m) for c in "及与至"))  # 招商局及|庙山办事处, 兴田至|星村
        if _COUNT_RE.search(text, start, m.start()):
            continue  # 首批4个片区, 5个换届试点村: a count of places, none named
        # 中牟县韩寺镇, 昌邑区孤店子镇: the county ends before the town; 龙湖镇郑韩故城遗址: the town before the site;
        # 椒园镇伍家台村: the town before the village
        parents = ("县区市旗" if head in _SUBDIVISION_HEADS else "镇乡" if head == _VILLAGE
                   else "县镇旗" if head not in _PREFIX_LEN else "")
        parent = max((text.rfind(c, start, m.start() - lo + 1) for c in parents), default=-1)
        start = after_preposition(text, parent + 1, m.start()) if parent >= 0 else start  # 开发区与|托管镇: no 与托管镇
        town = _CITY_END_RE.search(text, max(0, m.start() - 8), m.start()) if head in _SUBDIVISION_HEADS else None
        like_city = bool(town) and start >= town.start() and not town.group().endswith(("市", "省", "自治区"))
        if like_city and town:
            start = town.start()  # 巴彦淖尔镇: a town named like a city, however long
        before = text[m.start() - 1 : m.start()]
        if before in _DETERMINERS or before == "委" or (before == head and head in _SUFFIX_LETTERS):
            continue  # 沿湛河各街道: none named; 县委县政府: an organ, no 县委县; 曹县县委: the county ends at 曹县
        if head == _VILLAGE and (before in _NOT_BEFORE_VILLAGE or text[m.start() - 2 : m.start()] == "年度"):
            continue  # 人往村里派, 驻村工作队与村“两委”, 2024年度村党组织书记: no village named
        if m.start() - start > hi and (k := next((n for n in (4, 3, 2) if real_division(text[m.start() - n : m.end()])
                                                  and not word_count(text[m.start() - n - 1 : m.start() - n + 1])), 0)):
            start = m.start() - k  # 代表团赴镇雄县: a county of the gazetteer ends the long modifier (县城东区: none)
        if m.start() - start > hi and head in _NO_GUESS and not like_city:
            continue
        if m.start() - start > hi and not like_city:
            # a short head takes only the letters right before it (经开区航海路 → 航海路)
            n = 3 if head.endswith("路") and text[m.start() - 1] in "东西南北中" else lo
            if head == "湖":  # a lake as a word (地处洞庭湖), or named after a river (太浦河汾湖段); 水域湖长: no 域湖
                n = next((k for k in range(hi, lo - 1, -1) if word_count(text[m.start() - k : m.end()])), 0)
                if not n and text[m.start() - 2 : m.start() - 1] not in ("河", "江"):
                    continue
                n = n or lo
            start = m.start() - n
        if m.start() - start == 1 and start in division_at_end and head in ("街道", "镇", "路", "街"):
            start = division_at_end[start]  # 朝阳洲街道, 玉林北路, 黄山头镇: the division's letters are the name's
        if text[start] in BEFORE_COUNTY and real_division(text[start + 1 : m.end()]) and not real_division(
                text[start : m.end()]):
            start += 1  # 城固至|洋县, 任|范县: a county of one letter after a preposition or a verb
        if m.start() - start < lo and not (
            head in _SUFFIX_LETTERS and real_division(text[start : m.end()])
            and (text[m.end() : m.end() + 1] == head or one_letter_county(text, start, m.end()))
        ):
            continue  # 曹县县委: a county of one letter, named before its organ's level letter (or after 到, 至: 到滑县)
        if text[start] == "沿" and head in _ALONG_HEADS and m.start() - start > lo:
            start += 1  # 一行沿堵河察看: along the river, no river named 沿堵河
        name = text[start : m.end()]
        if (
            name in _ZONES
            or name in generic
            or (len(head) == 1 and name[-2:] in generic and not real_division(name) and not town_like(name, head)
                and not (head in _SUBDIVISION_HEADS and name[-2:] != "乡镇" and among_towns(text, start, m.end())))
            or generic_prefix(text[start : m.start()])
            or (text[start : m.start()] in party_forms() and text.startswith("委", m.end()))  # 民盟市委: a party's
        ):
            continue
        if fixed_index.overlaps((start, m.end())):
            continue
        if _SUFFIXES[head] == "river" and text.startswith("段", m.end()) and (
                k := max(name.rfind(c, 0, len(name) - 2) for c in "江河塘")) >= 1:
            out.append((start, start + k + 1, name[: k + 1], "river", None))  # 黑潓江|沙溪段, 七浦塘|沙溪段: the river,
            continue  # and the stretch's place read by :func:`rivers.segments_in`
        if (_SUFFIXES[head] == "river" and text.startswith("口", m.end()) and m.start() - start >= 2
                and text[m.start() - 1] in _RIVER_LETTERS):
            name = text[start : m.start()]  # 剡溪|溪口段, 灵山江|溪口段: the river, then a 溪口 of its course
            if fixed_index.overlaps((start, m.start())):
                continue
            out.append((start, m.start(), name, "river", None))
            continue
        out.append((start, m.end(), name, _SUFFIXES[head], None))
    return out


#: A count (4个, １２个) inside a modifier: what follows it is counted, not named.
_COUNT_RE = re.compile("[0-9０-９]+个")
#: Verbs whose complement 好 a place read after them takes in front (保护好剑湖, 守好古镇, 保障好), none of a name.
_VERB_BEFORE_HAO = frozenset("护守管用建抓做办搞障理握展")
#: The letters a river's name ends in (剡溪, 灵山江): one before a river's head letter and 口 ends the river.
_RIVER_LETTERS = "江河溪"


def _without_lead(text: str, cand: tuple, named: set[int]) -> tuple | None:
    """``cand`` without the letters in front that are no part of its name: a verb's complement 好 (保护好|剑湖,
    守好|古镇), or, right after a person's name (``named``: where names end), 同志 and a verb (甘崇礼|赴庄行镇)."""
    s, e, n, k, w = cand
    cut = 1 if n[:1] == "好" and len(n) >= 3 and text[s - 1 : s] in _VERB_BEFORE_HAO else after_name(n) if s in named else 0
    cut = cut or (2 if n[:2] == "新任" and len(n) >= 5 else 0)  # 新任|大坡村第一书记: a term word, then the village
    return cand if not cut else None if generic_prefix(n[cut:-1]) else (s + cut, e, n[cut:], k, w)  # 好|一湖: none


def _lexicon_places(text: str) -> list[tuple[int, int, str, str, str | None]]:
    out = []
    generic = generic_words()
    for m in _DIVISION_RE.finditer(text):
        if text[m.start() - 1 : m.start()] in "（(" and text[m.end() : m.end() + 1] in "）)":
            continue  # 中欧班列（郑州）: a qualifier of a name, not a place
        if text.startswith(("路", "大道", "大街"), m.end()):
            continue  # 济源路, 南京路: a road named after a city, no city
        if m.start() and is_river(text[m.start() - 1 : m.start() + 1]):
            continue  # 辽河源镇: the town named after 辽河's source, no 河源 in it
        if m.group().endswith("源") and text.startswith("头", m.end()):
            continue  # 泗河源头: a river's source (源头), no 河源市
        if bank_at(text, m.end()) and not boundary(text, m.start()):
            continue  # 桃河南岸: a river's south bank, no 河南
        if text[m.start() - 1 : m.end()] in generic:
            continue  # 黄河入海口: a word that ends in a city's name (海口), no city
        level = _DIVISIONS.get(m.group()) or _DIVISIONS[re.sub("(?:省|市|自治区)$", "", m.group())]
        native = _NATIVE_RE.match(text, m.end()) if level == "province" else None
        if native:  # 河南偃师人: a résumé's native place is the county, within the province it names
            out.append((native.start("place"), native.end("place"), native.group("place"), "county", m.group()))
        out.append((m.start(), m.end(), m.group(), level, None))
    for m in _NAMED_REGION_RE.finditer(text):  # 长三角, 秦岭, 毛乌素沙地: regions and landforms named alone
        out.append((m.start(), m.end(), m.group(), _NAMED_REGIONS[m.group()], None))
    out.extend(rivers_in(text))
    out.extend(long_counties(text))  # 敖汉旗, 吉木萨尔县, 宽甸满族自治县: longer than a head's modifier
    out.extend([*listed_towns(text), *listed_mountains(text)])  # 先后来到泊于镇、崮山镇; 依托龙虎山等
    return out


def _in_org(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` the start of an organisation's name (河南省商务厅, X有限公司)?"""
    return bool(_ORG_TAIL_RE.match(text[e : e + 24])) or text[max(0, s - 5) : s] == "中国共产党"


def _within_index(cands: list[tuple[int, int, str, str, str | None]]) -> dict[int, str]:
    """The zone or division written right before a place (经开区航海路 → 经开区), by the place's start:
    the first such candidate ending there. One pass, not one over every candidate per place."""
    out: dict[int, str] = {}
    for _a, b, name, kind, _ in cands:
        if b not in out and kind in ("development_zone", "city", "province", "district", "county"):
            out[b] = normal(name)
    return out


def _first_division(divisions: SpanIndex, start: int, head: int) -> int:
    """The earliest division starting after ``start`` and ending by ``head`` (else ``start``).

    Only the divisions starting inside the short modifier ``(start, head)`` are looked at (bisection).
    """
    spans = divisions.spans
    i = bisect_right(divisions.starts, start)
    while i < len(spans) and spans[i][0] < head:
        if spans[i][1] <= head:
            return spans[i][0]
        i += 1
    return start
