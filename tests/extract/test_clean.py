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
