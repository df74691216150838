"""Dates in Chinese numerals turned to digits while a text is normalised (:mod:`extract.numeral_dates`)."""

from __future__ import annotations

import pytest
from newskg.extract import clean as C
from newskg.extract.mapped import MappedText
from newskg.extract.model import Document
from newskg.extract.numeral_dates import arabic_dates
from newskg.extract.pipeline import extract_document


@pytest.mark.parametrize(("text", "expected"), [
    ("二〇二三年九月十四日　星期四", "2023年9月14日 星期四"),  # an edition line
    ("二○二二年三月", "2022年3月"),  # a signature's month, written with ○
    ("二〇二三年五月三十一日", "2023年5月31日"),
    ("一九九八年三月", "一九九八年三月"),  # no zero letter: left as written
    ("二〇二三年十三月", "二〇二三年十三月"),  # no such month
])
def test_arabic_dates(text: str, expected: str) -> None:
    assert C.apply(text, C.NORMALIZE) == expected


def test_offsets_map_back_to_the_numerals() -> None:
    t = arabic_dates(MappedText.of("落款：二〇二三年九月十四日"))
    start = t.text.index("2023")
    assert (t.text[start:], t.offsets[start], t.offsets[len(t.text)]) == ("2023年9月14日", 3, 13)


def test_a_paper_s_edition_line_in_numerals_dates_its_articles() -> None:
    """长治日报 / 二〇二三年九月十四日　星期四 / 第Ａ２版: the edition line dates the page, so 本报讯　９月１３日 is 2023's
    (part fu)."""
    raw = ("长治日报\n二〇二三年九月十四日　星期四\n第Ａ２版：要闻　　　　上一版　　下一版\n\n段某飞在武乡县调研时强调\n\n"
           "本报讯　９月１３日，市委常委、副市长段某飞到武乡县调研项目建设和县域经济发展工作。\n")
    res = extract_document(Document("p.txt", "p.txt", raw))
    assert [f.article.date.value for f in res.articles] == ["2023-09-13"]
