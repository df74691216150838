from __future__ import annotations

import pytest
from newskg.extract import clean as C


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("经 开 区 党\n工 委 委 员 、管 委 会 副 主 任\n花磊以", "经开区党工委委员、管委会副主任花磊以"),
        ("纵深推 进 全 面 从 严 治\n党。", "纵深推进全面从严治党。"),
        ("带头狠\n\n\n\n抓落实", "带头狠抓落实"),
        ("扫雪除冰保畅通 多措并举暖人心", "扫雪除冰保畅通 多措并举暖人心"),
        ("记者 王译博 董茜", "记者 王译博 董茜"),
        ("比上年提高2.3\n\n个百分点", "比上年提高2.3个百分点"),
    ],
)
def test_clean_block(raw, expected):
    assert C.apply(raw, C.NORMALIZE + C.CLEAN_BLOCK) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1月26日上午,经开区召开", "1月26日上午，经开区召开"),
        ("党(工)委", "党（工）委"),
        ("增长1,000万元", "增长1,000万元"),
        ("１２３ＡＢＣ", "123ABC"),
        ("中欧班列(郑州)集结中心", "中欧班列（郑州）集结中心"),
    ],
)
def test_normalize(raw, expected):
    assert C.apply(raw, C.NORMALIZE) == expected


def test_offset_map_points_into_raw(sample_dir):
    raw = (sample_dir / "000_9fb36274539cd6f1.txt").read_text(encoding="utf-8")
    t = C.run(C.MappedText.of(raw), C.NORMALIZE + C.CLEAN_BLOCK)
    assert len(t.offsets) == len(t.text) + 1
    for i, ch in enumerate(t.text):
        src = raw[t.offsets[i]]
        assert src == ch or C.apply(src, C.NORMALIZE) == ch, (i, ch, src)
    assert list(t.offsets) == sorted(t.offsets)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("党工委副书记、管委会主 任周某某主持会议", "党工委副书记、管委会主任周某某主持会议"),  # inside a title
        ("区委副书记、区长 李某某出席会议", "区委副书记、区长李某某出席会议"),  # between a title and a name
        ("副区长 欧阳明远、张某出席", "副区长欧阳明远、张某出席"),  # a compound surname
        ("扫雪除冰保畅通 多措并举暖人心", "扫雪除冰保畅通 多措并举暖人心"),  # two phrases
    ],
)
def test_stray_spaces_in_bodies(raw, expected):
    assert C.apply(raw, C.NORMALIZE + C.CLEAN_BODY) == expected


def test_headlines_keep_their_spaces():
    assert C.apply("县委书记 项目建设推进会", C.NORMALIZE + C.CLEAN_BLOCK) == "县委书记 项目建设推进会"


def test_stray_space_offsets_point_into_the_raw_text():
    raw = "区委副书记、区长 李某某出席"
    t = C.run(C.MappedText.of(raw), C.NORMALIZE + C.CLEAN_BODY)
    assert t.text == "区委副书记、区长李某某出席"
    start = t.text.index("李某某")
    assert raw[t.offsets[start] : t.offsets[start + 2] + 1] == "李某某"
