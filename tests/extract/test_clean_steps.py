"""Each clean-up step on its own: real-looking text in, exact text and exact offset map out.

The offsets say, for every character of the result (and its end), which character of the input it came from;
a test below fails when a step is added to a pipeline of extract/clean.py without a row here.
"""

from __future__ import annotations

import pytest
from newskg.extract import clean as C
from newskg.extract.mapped import MappedText

R = range  # offsets written as ranges where they run on

#: step name → [(input, output, offsets of the output into the input)]
CASES: dict[str, list[tuple[str, str, tuple[int, ...]]]] = {
    "replace_surrogates": [
        ("李小虎\ud800主持", "李小虎\ufffd主持", tuple(R(7))),  # a lone surrogate from a JSON escape
        ("正常文本", "正常文本", tuple(R(5))),
    ],
    "remove_control_characters": [
        ("经开区\x00党工委\x07书记\x0c李小虎", "经开区党工委书记\n李小虎", (0, 1, 2, 4, 5, 6, 8, 9, *R(10, 15))),
        ("第一行\t第二\x85行", "第一行\t第二\n行", tuple(R(9))),  # tab kept, NEL is a line break
    ],
    "remove_invisible": [
        ("李\u200b小虎主持", "李小虎主持", (0, 2, 3, 4, 5, 6)),
    ],
    "remove_pinyin_glosses": [
        ("區(qū)委書(shū)記趙峻嶺(lǐng)", "區委書記趙峻嶺", (0, 5, 6, 12, 13, 14, 15, 22)),
    ],
    "normalize_newlines": [
        ("第一段\r\n第二段\r第三段", "第一段\n第二段\n第三段", (0, 1, 2, 3, *R(5, 13))),
    ],
    "strip_markup": [  # a saved page's tags and entities; a tag that ends a block becomes a line break
        ("<p>县长苏某岭&ldquo;调研&rdquo;</p>", "\n县长苏某岭“调研”\n", (0, 3, 4, 5, 6, 7, 8, 15, 16, 17, 24, 28)),
        ("甲&lt;乙 &amp;", "甲<乙 &", (0, 1, 5, 6, 7, 12)),
        ("<!--\nvar a;\n-->\n县政府\n", "\n县政府\n", (15, 16, 17, 18, 19, 20)),  # a comment over three lines
        ("<style>.a p{x:1;}</style>\n正文", "\n正文", (25, 26, 27, 28)),  # a style element and its rules
        ("甲<!-- x -->乙<!--", "甲乙<!--", (0, 11, 12, 13, 14, 15, 16)),  # an unclosed comment is left as it is
    ],
    "close_name_padding": [  # a two-letter name padded to three letters' width; a row's lone cells stay apart
        ("记者：孙　悦　王　浩", "记者：孙悦　王浩", (0, 1, 2, 3, 4, 6, 7, 8, 10)),
        ("符某军　男　1978.10", "符某军　男　1978.10", tuple(R(14))),
    ],
    "tabs_to_cells": [  # a table's row (two tabs or more) gets bars; a line with one tab keeps it
        ("1\t甲\t男\n一\t行", "1 | 甲 | 男\n一\t行", (0, 1, 1, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9)),
    ],
    "cells_on_lines": [  # a table saved one cell a line (序号 / 姓名 / …, then each row's cells): a row a line, with bars
        ("序号\n姓名\n职务\n1\n宋某\n局长\n", "序号 | 姓名 | 职务\n1 | 宋某 | 局长\n",
         (0, 1, 2, 2, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9, 10, 10, 10, 11, 12, 13, 13, 13, 14, 15, 16, 17)),
    ],
    "normalize_width": [
        ("ＧＤＰ增长５．２％，共１２个项目", "GDP增长5.2％，共12个项目", tuple(R(17))),  # letters, digits, a number's point
    ],
    "normalize_punctuation": [
        ("经开区召开会议,李小虎主持;张波出席:强调(一)要落实!",
         "经开区召开会议，李小虎主持；张波出席：强调（一）要落实！", tuple(R(29))),
        ("2023,4.5 a,b 10:30", "2023,4.5 a,b 10:30", tuple(R(19))),  # between digits or letters: kept
    ],
    "to_simplified": [
        ("經開區黨工委書記李小虎主持會議，強調要加快項目建設進度。",
         "经开区党工委书记李小虎主持会议，强调要加快项目建设进度。", tuple(R(29))),
        ("乾隆年间的经开区", "乾隆年间的经开区", tuple(R(9))),  # simplified text is left alone
    ],
    "remove_letter_spacing": [
        ("郑 州 经 开 区\n召开会议", "郑州经开区\n召开会议", (0, 2, 4, 6, *R(8, 15))),
        ("李小虎 张波", "李小虎 张波", tuple(R(7))),  # a space between names is no letter spacing
    ],
    "join_lines": [
        ("经开区党工委书记李小\n虎主持会议。\n  张波出席", "经开区党工委书记李小虎主持会议。张波出席",
         (*R(10), *R(11, 17), *R(20, 25))),
        ("第一段。\n\n第二段", "第一段。第二段", (0, 1, 2, 3, 6, 7, 8, 9)),
    ],
    "repair_split_words": [
        ("经开区党工委书 记李小虎主持", "经开区党工委书记李小虎主持", (*R(7), *R(8, 15))),
    ],
    "remove_space_around_punctuation": [
        ("李小虎主持 ， 张波出席 。", "李小虎主持，张波出席。", (0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 13, 14)),
        ("（ 记者 张三 ）", "（记者 张三）", (0, 2, 3, 4, 5, 6, 8, 9)),
    ],
    "strip": [
        ("  \n李小虎主持会议。\n ", "李小虎主持会议。", (*R(3, 11), 13)),
        ("中间 空格", "中间 空格", tuple(R(6))),
    ],
    "newlines_to_spaces": [
        ("记者 张三\n  通讯员 李四", "记者 张三 通讯员 李四", (*R(6), *R(8, 15))),
    ],
}


@pytest.mark.parametrize(("name", "raw", "text", "offsets"),
                         [(name, *case) for name, cases in CASES.items() for case in cases])
def test_step(name: str, raw: str, text: str, offsets: tuple[int, ...]) -> None:
    out = getattr(C, name)(MappedText.of(raw))
    assert out.text == text
    assert out.offsets == offsets
    assert len(out.offsets) == len(out.text) + 1


def test_every_step_of_every_pipeline_has_cases() -> None:
    steps = {s.__name__ for s in C.NORMALIZE + C.CLEAN_BLOCK + C.CLEAN_BODY + C.CLEAN_BYLINE}
    assert steps == set(CASES)


def test_a_step_that_changes_nothing_returns_its_input() -> None:
    t = MappedText.of("经开区召开会议。")
    assert [name for name in CASES if getattr(C, name)(t) is not t] == []


def test_a_minutes_line_of_a_name_and_a_title_is_never_joined():
    raw = "主持：冼志明　市长\n出席：植伟强　常务副市长\n　　　麦浩明　副市长\n会议研究了城市更新\n工作。"
    assert C.apply(raw, C.NORMALIZE + C.CLEAN_BODY) == (
        "主持：冼志明 市长\n出席：植伟强 常务副市长\n麦浩明 副市长\n会议研究了城市更新工作。")


def test_a_table_one_cell_a_line_becomes_rows_with_bars() -> None:
    from newskg.extract.cell_lines import cells_on_lines
    from newskg.extract.mapped import MappedText

    text = "公示如下：\n序号\n姓名\n现任职务\n1\n宋某华\n县财政局局长\n2\n田某梅\n零阳街道党工委书记\n公示时间：9月12日\n"
    out = cells_on_lines(MappedText.of(text))
    assert out.text == ("公示如下：\n序号 | 姓名 | 现任职务\n1 | 宋某华 | 县财政局局长\n2 | 田某梅 | 零阳街道党工委书记\n"
                        "公示时间：9月12日\n")
    assert out.text[out.text.index("宋某华"):][:3] == text[text.index("宋某华"):][:3]
    # no 姓名 column, or a row that breaks off: lines as they were
    assert cells_on_lines(MappedText.of("序号\n项目\n1\n道路\n")).text == "序号\n项目\n1\n道路\n"
