"""Places read against the gazetteer at a point of the text, and counties named in mastheads: exact divisions."""

from __future__ import annotations

import pytest
from newskg.extract.place_names import masthead_counties, read_place


@pytest.mark.parametrize(("text", "expected"), [
    ("郑州市金水区人民政府", ("金水区", 6)),
    ("新乡经开区党工委", ("新乡经开区", 5)),
    ("湖南路", None),  # a street named after a place
    ("九江镇党委书记", None),  # a town named like a city, written short: no 九江市
    ("九江市委书记", ("九江市", 3)),
    ("信阳市浉河区柳林乡", ("浉河区", 6)),  # the full county before its town is read
    ("和县级领导干部", None),  # 班子和县级领导 (part am): 和 and 县级, no county 和县
    ("和县县委", ("和县", 2)),
    ("旬阳县委", ("旬阳市", 3)),  # a former name reads as the current division
    ("任县委", ("任泽区", 2)),  # 任县 (任泽区 since 2020) at a clause's start …
    ("温县产业集聚区党工委", ("温县产业集聚区", 7)),  # a county's zone word after the county: the county's zone
    ("新乡经开区管委会", ("新乡经开区", 5)),
    ("威海临港经济技术开发区管委会", ("威海临港经开区", 11)),  # a zone named after a place inside its city (part bq)
    ("威海文登区", ("文登区", 5)),
])
def test_read_place(text: str, expected) -> None:
    read = read_place(text, 0)
    assert (None if read is None or read.division is None else (read.division.name, read.end)) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("萧山日报    2025年03月06日", ["萧山区"]),
    ("今日郫都    2022年11月25日  星期五    第2版", ["郫都区"]),  # a county paper named 今日 + its short name
    ("南海日报    2023年12月8日  星期五", ["南海区"]),
    ("今日头条", []),  # no county's short name
    ("原创　北京平谷　北京平谷　2024年06月20日 19:42　北京", ["平谷区"]),  # a WeChat account's name (part ex)
    ("原创　掌上蓟州　掌上蓟州　2024年05月16日 21:08　天津", ["蓟州区"]),
    ("巫山报社主办 渝ICP备12004536号", ["巫山县"]),  # a county paper's footer
    ("德州新闻网 · 宁津频道", ["宁津县"]),  # a city portal's county section (part fj)
    ("三峡日报    2024年5月8日", []),  # 宜昌's paper: no short form of 台湾's 新北市三峡区 (part fn)
])
def test_masthead_counties(line: str, expected: list[str]) -> None:
    assert sorted(d.name for d in masthead_counties(line)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a municipality is in the gazetteer as a province and as its city (or two, 重庆): its districts read through it
    ("上海市松江区委", "松江区"), ("重庆市大足区委", "大足区"), ("北京市政府", "北京市"),
])
def test_a_municipality_s_districts_read_through_it(text: str, expected: str) -> None:
    read = read_place(text, 0)
    assert read is not None and read.division is not None and read.division.name == expected


def test_a_county_s_zone_on_its_site_line_is_read_whole() -> None:
    """海安经济技术开发区 (a county-level city's short name, then a zone word) on a zone's site line is 海安经开区,
    not the zone word alone (part fq); a city's zone is read as before."""
    from newskg.extract.place_names import places_in

    assert [d.name for d in places_in("海安经济技术开发区\n首页 | 走进经开")] == ["海安经开区"]
    assert [d.name for d in places_in("到郑州经开区调研")] == ["郑州经开区"]


def test_a_river_s_bank_names_no_province_for_the_jurisdiction() -> None:
    """襄河北岸 (the 襄河's north bank) counts no 河北 among the places an article names; 全椒县 it does."""
    from newskg.extract.place_names import places_in

    text = "察看了全椒智能装备产业园一期、襄河北岸生态修复工程。研究全椒县城区改造。"
    assert [d.name for d in places_in(text)] == ["全椒县"]
