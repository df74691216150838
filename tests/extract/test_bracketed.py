"""Names with their posts in brackets after them (duty lists, rosters), through the whole pipeline."""

from __future__ import annotations

from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def _holdings(text: str) -> list[tuple[str, str, str, str]]:
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2025-02-27")
    return [(h.person.text, h.org, h.title, h.evidence.text) for f in res.articles for h in f.holdings]


def test_a_duty_list_s_leaders_hold_the_posts_in_their_brackets():
    page = """宿州市人民政府
当前位置：首页 > 政民互动 > 接访安排

2025年3月份市级领导接访安排

发布时间：2025-02-27 16:10

现将2025年3月份市级领导接访安排公告如下：
3月4日（星期二）
接访领导：邰明远（市委书记）
3月6日（星期四）
接访领导：晏书明（市委副书记、市长）
3月13日（星期四）
接访领导：阚文杰（市委常委，经开区党工委书记）
图为邰明远（左三）接待来访群众。燕志彬（原任市发展和改革委员会主任，现任市政府副秘书长）陪同。
"""
    assert _holdings(page) == [
        ("邰明远", "宿州市委", "书记", "邰明远（市委书记）"),
        ("晏书明", "宿州市委", "副书记", "晏书明（市委副书记、市长）"),
        ("晏书明", "宿州市政府", "市长", "晏书明（市委副书记、市长）"),
        ("阚文杰", "宿州市委", "常委", "阚文杰（市委常委，经开区党工委书记）"),
        ("阚文杰", "宿州经开区党工委", "书记", "阚文杰（市委常委，经开区党工委书记）"),
    ]
