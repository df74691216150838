"""A bare 校长 or 院长 heads the school or hospital named shortly before it (:mod:`extract.institutions`)."""

from __future__ import annotations

import re

import pytest
from newskg.extract.institutions import institution_before
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


@pytest.mark.parametrize(("text", "expected"), [
    ("县长汪某到泌阳县人民医院调研。院长汪某厚汇报了医院建设情况。", "泌阳县人民医院"),  # the sentence before
    ("县长先后来到庄浪县第一中学，校长朵某祥汇报了备考情况。", "庄浪县第一中学"),
    ("在隆盛镇中心卫生院，院长何某莹介绍了情况。", "隆盛镇中心卫生院"),
    ("县长到县人民医院调研。他指出要抓好民生。院长李某介绍了情况。", ""),  # two sentences back: not known
    ("县长到县人民医院调研，局长李某介绍了情况。", ""),  # no head of a school or hospital
])
def test_institution_before(text: str, expected: str) -> None:
    title = list(re.finditer("[校院局]长", text))[-1]  # the last title's
    assert institution_before(text, title.start(), title.group()) == expected


def test_the_heads_of_a_visited_school_and_hospital_hold_its_posts() -> None:
    text = ("泌阳县人民政府\n\n2024年8月30日，县委副书记、县长单某航先后来到泌阳县第一高级中学新校区和县人民医院。"
            "在新校区，学校党委书记、校长雷某宇介绍了建设进展。在县人民医院，院长汪某厚汇报了门诊楼建设情况。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("单某航", "泌阳县委", "副书记"), ("单某航", "泌阳县政府", "县长"),
        ("雷某宇", "泌阳县第一高级中学党委", "书记"), ("雷某宇", "泌阳县第一高级中学", "校长"),
        ("汪某厚", "泌阳县人民医院", "院长"),
    ]
