"""Places a headline names: read line by line, added after the body's; chrome lines the headline kept are not read."""

from __future__ import annotations

from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def _places(text: str) -> tuple[Document, list[tuple[str, int, int]]]:
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2023-05-06")
    return res.document, [(p.name, p.mention.start, p.mention.end) for a in res.articles for p in a.places]


def test_a_headline_s_places_come_after_the_body_s_with_checked_offsets() -> None:
    doc, got = _places("昭平县召开茶产业发展推进会\n\n5月6日，会议在黄姚镇召开，部署茶园管护工作。\n")
    assert [name for name, *_ in got] == ["黄姚镇", "昭平县"]
    assert doc.raw_span(got[1][1], got[1][2]) == (0, 3)


def test_a_place_the_body_names_keeps_the_body_s_mention() -> None:
    doc, got = _places("昭平县召开茶产业发展推进会\n\n5月6日，昭平县召开茶产业发展推进会，部署茶园管护工作。\n")
    assert [name for name, *_ in got] == ["昭平县"]
    assert doc.raw_span(got[0][1], got[0][2]) == (20, 23)


def test_an_account_line_kept_in_a_headline_is_not_read() -> None:
    doc, got = _places("萍乡发布 V\n萍乡市人民政府新闻办公室官方微博\n2022-8-30 18:40 来自 萍乡发布\n\n"
                       "【县委召开常委会会议】8月30日，县委常委会召开会议，部署防汛工作。\n\n转发 5 ｜ 评论 2 ｜ 赞 27\n")
    assert got == []


def test_a_person_the_body_names_is_no_place_in_a_headline_line() -> None:
    doc, got = _places("全市项目观摩拉练活动举行\n宓振华带队 蔺中原参加\n\n4月17日，全市项目观摩拉练活动举行。"
                       "市委书记宓振华带队，市委副书记、市长蔺中原参加观摩。与会人员来到谯城区查看项目。\n")
    assert [name for name, *_ in got] == ["谯城区"]
