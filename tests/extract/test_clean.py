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


@pytest.mark.parametrize(
    ("raw", "expected", "offsets"),
    [
        ("李\u200b小虎", "李小虎", (0, 2, 3, 4)),
        ("张\u200e国\u200f华", "张国华", (0, 2, 4, 5)),
        ("\u202e花磊\u202c参加", "花磊参加", (1, 2, 4, 5, 6)),
        ("王\u2060建\ufeff国", "王建国", (0, 2, 4, 5)),
        ("\u2066县委\u2069\u200c\u200d", "县委", (1, 2, 6)),
        ("县委书记王建国", "县委书记王建国", (0, 1, 2, 3, 4, 5, 6, 7)),
    ],
)
def test_remove_invisible_keeps_the_offset_map(raw, expected, offsets):
    t = C.remove_invisible(C.MappedText.of(raw))
    assert (t.text, t.offsets) == (expected, offsets)


@pytest.mark.parametrize(
    ("hidden", "name", "span"),
    [
        ("李\u200b小虎", "李小虎", "李\u200b小虎"),
        ("张\u200e国华", "张国华", "张\u200e国华"),
        ("花\u2060磊", "花磊", "花\u2060磊"),
        ("\u202a王建\u202c国", "王建国", "王建\u202c国"),  # the span starts at the name's first letter
    ],
)
def test_invisible_characters_do_not_split_names(hidden, name, span):
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    raw = f"本报讯 3月15日，某县召开宣传工作会议。县委书记{hidden}主持会议。\n"
    doc = Document("page.txt", "page.txt", raw)
    res = extract_document(doc, cli_date="2022-03-15")
    [holding] = [h for af in res.articles for h in af.holdings]
    assert (holding.person.text, holding.org, holding.title) == (name, "县委", "书记")
    s, e = doc.raw_span(holding.person.start, holding.person.end)
    assert raw[s:e] == span


@pytest.mark.parametrize(("raw", "expected"), [
    # a page machine-converted to traditional script, the reading of each converted letter in brackets
    ("市委常委、區(qū)委書(shū)記趙峻嶺專題研究重點(diǎn)項(xiàng)目，各部門(mén)參加。",
     "市委常委、区委书记赵峻岭专题研究重点项目，各部门参加。"),
    # a neutral tone too, in such a text
    ("各級(jí)部門(mén)要增強(qiáng)責(zé)任，他們(men)參加。", "各级部门要增强责任，他们参加。"),
    ("附件(a)和表(b)说明，见区(qū)委文件。", "附件（a）和表（b）说明，见区（qū）委文件。"),  # one toned reading: as written
])
def test_pinyin_glosses_go_from_a_glossed_text(raw, expected):
    assert C.apply(raw, C.NORMALIZE) == expected
    mapped = C.run(C.MappedText.of(raw), C.NORMALIZE)
    i = mapped.text.find("赵峻岭")
    if i >= 0:  # the name's letters point at the raw name's
        assert raw[mapped.offsets[i]: mapped.offsets[i + 2] + 1] == "趙峻嶺"


def test_a_table_row_written_with_tabs_keeps_its_cells_apart():
    raw = "序号\t姓名\t性别\t现任职务\n1\t臧文杰\t男\t洪凝街道党工委副书记\n\t缩进的一行\n一个\t制表符"
    assert C.apply(raw, C.NORMALIZE + C.CLEAN_BODY) == (
        "序号 | 姓名 | 性别 | 现任职务\n1 | 臧文杰 | 男 | 洪凝街道党工委副书记\n缩进的一行一个 制表符")


def test_markup_left_in_a_saved_page() -> None:
    """A page saved with its HTML: style and script lines go, block tags end lines, other tags go, entities become
    their letters; every letter left maps back to its raw offset."""
    raw = (".TRS_Editor P{margin-top:0px;font-family:宋体;}\n<!-- var _hmt = _hmt || []; -->\n"
           "发布时间：2022-06-17 10:32&nbsp;&nbsp;来源：祁县融媒体中心\n"
           "<p>&nbsp;&nbsp;6月16日，县长苏某岭调研&ldquo;设施农业&rdquo;。</p><p>镇党委书记乔某刚介绍了情况。</p>")
    t = C.strip_markup(C.MappedText.of(raw))
    assert t.text == ("\n\n发布时间：2022-06-17 10:32\xa0\xa0来源：祁县融媒体中心\n\n"
                      "\xa0\xa06月16日，县长苏某岭调研“设施农业”。\n\n"
                      "镇党委书记乔某刚介绍了情况。\n")
    i = t.text.index("苏某岭")
    assert raw[t.offsets[i] : t.offsets[i] + 3] == "苏某岭"
