from __future__ import annotations

from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def _reporters(text: str) -> list[tuple[str, str]]:
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-06-20")
    return [(r.text, r.label) for f in res.articles for r in f.article.reporters]


def test_a_public_account_article_s_credits() -> None:
    """Credits of an account's article copied to text: a field line under the body (记者 | 甲 乙), a credit run into
    its last paragraph (…。融媒体记者：甲 乙), a bracketed block with editors (（融媒体记者：甲 编辑：乙）): the
    reporters, never the editors; 往期推荐 and the stats line (阅读 3218 …) are chrome."""
    tail = "\n\n往期推荐\n某某主持召开县委常委会会议\n\n阅读原文\n阅读 3218　分享　收藏　点赞 56　在看 33\n"
    head = "旺苍发布 2024-06-20 19:42 发表于四川\n\n点击蓝字关注我们\n\n"
    body = "6月19日，市委常委、宣传部部长符某宁来我县调研宣传思想文化工作。"
    assert _reporters(head + body + "\n\n记者 | 卢某宇 陆某敏\n编辑 | 李某霖\n审核 | 张某雨" + tail) == [
        ("卢某宇", "记者"), ("陆某敏", "记者")]
    assert _reporters(head + body + "融媒体记者：包某娜 吕某琪" + tail) == [("包某娜", "记者"), ("吕某琪", "记者")]
    assert _reporters(head + body + "（融媒体记者：吴某天 编辑：汪某涵 审核：蔡某悦）" + tail) == [("吴某天", "记者")]


def test_a_video_report_s_camera_credit() -> None:
    """A video report's credit line: its 摄像 is credited as a reporter is, its editors are not."""
    body = "蒙阴县融媒体中心\n\n9月6日，县委副书记、县长鞠某川到岱崮镇调研蜜桃销售工作。\n\n"
    assert _reporters(body + "摄像：亓某强　　编辑：任某琳　　审核：薛某波\n") == [("亓某强", "摄像")]


def test_an_account_s_credits_with_padded_names_above_its_foot() -> None:
    """A WeChat article's credit block with two-letter names padded to three (记者：孙　悦　王　浩), the account's name
    and its tool lines under it (费县融媒, 微信扫一扫, 轻触阅读原文): the reporters, whole."""
    body = "费县融媒\n\n8月15日，县委副书记、县长贾某东主持召开县政府常务会议。县直有关部门主要负责同志列席会议。\n\n"
    tail = ("记者：孙　悦　王　浩\n编辑：李某洁\n审核：张某华\n\n费县融媒\n\n"
            "阅读 2361\n分享 收藏 赞 在看\n微信扫一扫\n关注该公众号\n轻触阅读原文\n")
    assert _reporters(body + tail) == [("孙悦", "记者"), ("王浩", "记者")]


def test_a_transcript_s_bracketed_credit_with_its_camera_role() -> None:
    """（记者 宋某文 摄像 卢某岐）closing a news item of a county TV transcript: 摄像 is a role, no name."""
    text = ("竹溪新闻联播\n\n6月17日下午，县委书记詹某睿主持召开县委常委会会议，研究部署防汛工作。"
            "（记者 宋某文 摄像 卢某岐）\n")
    assert [name for name, _ in _reporters(text)] == ["宋某文", "卢某岐"]
