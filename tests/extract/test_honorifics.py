"""Names with a title after them (王某市长): a post where the place is known, a mention otherwise."""

from __future__ import annotations

import pytest
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def read(text: str) -> tuple[list, list]:
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-04-02")
    holdings = [(h.person.text, h.org, h.title, h.form, h.evidence.text) for f in res.articles for h in f.holdings]
    roles = [(p.person.text, p.role) for f in res.articles for p in f.persons if p.role]
    return holdings, roles


@pytest.mark.parametrize(("text", "holdings", "roles"), [
    # a level title with the article's place known: that place's government
    ("中牟县人民政府\n3月5日，王建军县长到韩寺镇调研秋粮收购工作。",
     [("王建军", "中牟县政府", "县长", "honorific", "王建军县长")], []),
    ("3月5日，新郑市委书记王建军主持会议，李卫东市长在会上讲话。",
     [("王建军", "新郑市委", "书记", "", "新郑市委书记王建军"),
      ("李卫东", "新郑市政府", "市长", "honorific", "李卫东市长")], []),
    # no place known: a mention with the title as its role
    ("3月5日，李卫东市长在会上讲话。", [], [("李卫东", "市长")]),
    # 书记 of which committee? a mention, unless the article already gave the post
    ("3月5日，刘明书记一行到企业走访。", [], [("刘明", "书记")]),
    ("3月5日，区委书记陈刚主持召开会议。陈刚书记强调，要抓好安全生产。", [("陈刚", "区委", "书记", "", "区委书记陈刚")], []),
    # a surname with a deputy's title names nobody in full
    ("信阳市人民政府\n3月5日，黎副市长强调，要抓好落实。", [], []),
    # a longer title (市长助理) is not 市长
    ("3月5日，李卫东市长助理到场。", [], []),
])
def test_honorific_forms(text: str, holdings, roles) -> None:
    assert read(text) == (holdings, roles)


def test_deputies_and_members_named_before_their_role_are_mentions_never_posts():
    holdings, roles = read("会上，柳宗明代表围绕产业发展提出建议，杭晓芸、谈雨晴等代表先后发言。罗世勇委员围绕文旅融合发言。"
                           "区委委员、候补委员，区纪委委员列席会议。")
    assert holdings == []
    assert sorted(roles) == [("杭晓芸", "代表"), ("柳宗明", "代表"), ("罗世勇", "委员"), ("谈雨晴", "代表")]


def test_minutes_name_their_people_before_their_titles_deputies_too():
    page = ("四会市人民政府门户网站\n当前位置：首页 > 政务公开 > 会议纪要\n\n四会市人民政府常务会议纪要\n\n"
            "发布日期：2023-04-14\n\n时间：2023年4月11日下午\n主持：冼志明　市长\n出席：植伟强　常务副市长\n"
            "　　　麦浩明　副市长\n请假：岑立强　副市长（公务）\n记录：苏颖华\n\n会议研究了城市更新工作。"
            "主持人：谢谢訾副市长。黎副市长出席。\n")
    holdings, roles = read(page)
    assert sorted((n, o, t) for n, o, t, _f, _e in holdings) == sorted([
        ("冼志明", "四会市政府", "市长"), ("植伟强", "四会市政府", "常务副市长"), ("麦浩明", "四会市政府", "副市长"),
        ("岑立强", "四会市政府", "副市长")])
