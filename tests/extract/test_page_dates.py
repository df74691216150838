from __future__ import annotations

import pytest
from newskg.extract import page_dates as P
from newskg.extract.model import DatedValue, Mention


def _chrome(*lines: tuple[str, str]):

    return [Mention(text, 0, len(text), kind) for kind, text in lines]


@pytest.mark.parametrize(
    ("lines", "value", "basis"),
    [
        ([("stamp", "发布时间：2023-07-28 16:55 来源：吴中区融媒体中心")], "2023-07-28", "text:stamp"),
        ([("stamp", "2024-01-22 来源：党政办公室【大中小】")], "2024-01-22", "text:stamp"),
        ([("stamp", "2010/1/6 16:43:13 次浏览 分类：政府动态")], "2010-01-06", "text:stamp"),
        ([("stamp", "发布时间：22-06-22")], "2022-06-22", "text:stamp"),  # every reading agrees
        ([("stamp", "发布时间：23-07-28")], None, None),  # 2023-07-28 or 2028-07-23: not read
        ([("edition", "2022年03月03日 星期四 返回首页 | 往期回顾")], "2022-03-03", "text:edition"),
        ([("dateline", "——2024年2月3日")], "2024-02-03", "text:dateline"),
        ([("edition", "承德日报/2022 年/9 月/16 日/第 003 版")], "2022-09-16", "text:edition"),  # a PDF page's head
        # the stamp outranks an edition line and a dateline; lists of other articles are never read
        ([("dateline", "——2024年2月3日"), ("stamp", "日期：2024-02-04")], "2024-02-04", "text:stamp"),
        ([("list", "· 县政府召开第十二次常务会议 [2023-07-20]")], None, None),
        # a stamp led by the source's name; a table's date label with a space for its colon
        ([("stamp", "临湘融媒 2022/5/9 9:05:12  浏览量：")], "2022-05-09", "text:stamp"),
        ([("stamp", "发布机构 临湘市长塘镇 发文日期 2022-05-10")], "2022-05-10", "text:stamp"),
        ([("stamp", "成文日期 2022-05-08")], "2022-05-08", "text:stamp"),
        ([("stamp", "发布日期 2022-05-11  来源：市政府办")], "2022-05-11", "text:stamp"),
        ([("list", "临湘融媒 2022/5/9 9:05:12")], None, None),
    ],
)
def test_page_date(lines, value, basis):
    got = P.page_date(_chrome(*lines))
    assert (got.value, got.basis) == (value, basis) if value else got is None

def test_page_date_of_a_bracketed_stamp():

    got = P.page_date([Mention("[2023-07-28]", 0, 12, "stamp")])
    assert (got.value, got.basis) == ("2023-07-28", "text:stamp")


def _page_date_of(page: str):
    """The page date read the way the pipeline reads it: normalised text, its chrome lines, their stamp."""
    from newskg.extract import chrome as CH
    from newskg.extract import clean as C

    text = C.run(C.MappedText.of(page), C.NORMALIZE).text
    got = P.page_date(Mention(text[c.start : c.end], c.start, c.end, c.kind) for c in CH.find(text))
    return (got.value, got.basis) if got else None


# Stamps of blind pages: a label not known before (信息时间), a source's value after a space, a date after the source
# field, a stamp on the breadcrumb's line, and 周 inside a source's name (新周庄) that is no weekday.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("县委书记到工业园调研\n【信息来源：县委办 】【信息时间：2023-04-11 09:30  阅读次数： 】"
         "【字号 大 中 小】【我要打印】【关闭】\n"
         "4月10日下午，县委书记到工业园调研项目建设。\n", ("2023-04-11", "text:stamp")),
        ("县政府召开常务会议\n来源: 临湘网    信息时间：2021-09-13     阅读次数：\n9月13日，县长主持召开常务会议。\n",
         ("2021-09-13", "text:stamp")),
        ("县长调研防汛工作\n来源：岳阳日报　2020-07-02 08:05　作者：孟晓川\n7月1日上午，县长到长江大堤调研防汛工作。\n",
         ("2020-07-02", "text:stamp")),
        ("新闻中心\n\n县政协召开常委会议\n\n您当前的位置 :临湘在线  >> 新闻中心     来源:新周庄客户端 2018-10-09 17:20:31\n"
         "10月8日上午，县政协召开常委会议。\n", ("2018-10-09", "text:stamp")),
        # a media group's several titles after 来源, the last a 传媒网 (part fw; its papers' names make it an edition line)
        ("某区区长一周\n2023/03/13　　08:40　　来源：无锡观察　无锡日报　江南晚报　无锡新传媒网　　分享\n"
         "3月7日，区委书记到高新区调研。\n", ("2023-03-13", "text:edition")),
        # a 来源 field without a date, and a date in the body, give no stamp
        ("县长调研防汛工作\n来源：岳阳日报　作者：孟晓川\n7月1日上午，县长到长江大堤调研防汛工作。\n", None),
    ],
)
def test_page_date_of_blind_stamps(page, expected):
    assert _page_date_of(page) == expected

def test_a_stamp_under_a_name_line_dates_the_page():
    """A 领导之窗 page: the leader's name stands above the stamp, so the stamp lies inside the body the name opens
    (blanked there, no chrome line of its own); it still dates the page, not a year of the career (2000年)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    raw = ("某县人民政府\n首页 > 政务公开 > 领导之窗\n\n郑立新\n\n"
           "发布时间：2020-05-12 10:06　　来源：县政府办公室　　浏览次数：　　字号：[大 中 小]\n\n"
           "姓名：郑立新\n职务：县委常委、常务副县长\n\n简历：\n"
           "郑立新，男，汉族，1979年8月生，2001年7月参加工作，2000年6月加入中国共产党。"
           "2018年6月任某县副县长，2020年4月任县委常委、常务副县长。\n")
    doc = Document("t.txt", "t.txt", raw)
    res = extract_document(doc)
    assert res.document.inner_stamps == ("发布时间：2020-05-12 10:06  来源：县政府办公室  浏览次数：  字号：[大 中 小]",)
    assert res.document.date == DatedValue("2020-05-12", "text:stamp", res.document.inner_stamps[0])


_NOTICE = ("某市委组织部\n首页 > 干部工作 > 任前公示\n\n中共某市委组织部干部任前公示\n\n"
           "发布时间：2022-11-08 09:30　　来源：市委组织部\n\n"
           "根据《党政领导干部选拔任用工作条例》有关规定，经市委研究，现将拟任职干部情况公示如下：\n\n"
           "郑立新，男，汉族，1979年8月生，现任某县委常委、常务副县长，拟任某县委副书记。\n\n"
           "公示时间：2022年11月8日至11月14日（5个工作日）。\n\n中共某市委组织部\n2022年11月7日\n\n【打印】【关闭】\n")


def test_the_day_signed_under_a_notice_dates_it():
    """A 公示 states no day in its lead; the date line under the signing organ dates it (published a day later:
    the stamp's 2022-11-08 stays the page's date). Re-dating the document (corpus inference) keeps it."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document, redate

    res = extract_document(Document("t.txt", "t.txt", _NOTICE))
    assert res.document.date.value == "2022-11-08"
    assert [(f.article.date, f.article.date_text) for f in res.articles] == [
        (DatedValue("2022-11-07", "text", "2022年11月7日"), "2022年11月7日")]
    redate(res, DatedValue("2022", "personnel", "test"))
    assert [f.article.date.value for f in res.articles] == ["2022-11-07"]


def test_a_notice_to_its_addressees_is_of_the_day_it_is_signed():
    """A notice opens with its addressees (各乡镇人民政府，…：) and names other days in its lead (the holiday it
    arranges): the day signed under it dates it, not the first day its text names."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    page = ("太湖县人民政府\n\n太湖县人民政府办公室关于2023年中秋节国庆节放假安排的通知\n\n"
            "发布时间：2023-09-27 17:05　　来源：县政府办公室\n\n各乡镇人民政府，县经开区管委会，县直各单位：\n"
            "根据国务院办公厅通知精神，9月29日至10月6日放假调休，共8天。县委常委、常务副县长郑某航负责总值班。\n\n"
            "太湖县人民政府办公室\n2023年9月27日\n")
    res = extract_document(Document("t.txt", "t.txt", page))
    assert [(f.article.date.value, f.article.date_text) for f in res.articles] == [("2023-09-27", "2023年9月27日")]


def test_a_portal_stamp_whose_date_comes_after_its_fields():
    """来源 | 作者 | 编辑 | date: the date follows no label, yet the stamp line dates the page."""
    line = "来源：山丹县融媒体中心 | 作者：戚雪莹 | 编辑：芦娇 | 2020-09-16 08:12"
    assert P.page_date([Mention(line, 0, len(line), "stamp")]) == DatedValue("2020-09-16", "text:stamp", line)


def test_a_post_dated_by_its_time_line_and_its_sender_s_province_no_place():
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    page = ("休宁发布 V\n休宁县人民政府新闻办公室官方微博\n2021-5-18 09:15 来自 微博 weibo.com\n\n"
            "【裴定远调研茶叶生产】5月17日，县委副书记、县长裴定远到溪口镇调研茶叶生产。#休宁新闻#\n")
    res = extract_document(Document("p.txt", "p.txt", page))
    assert (res.document.date.value, res.document.date.basis) == ("2021-05-18", "text:stamp")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("裴定远", "休宁县委", "副书记"), ("裴定远", "休宁县政府", "县长")]


def test_a_list_page_s_latest_entry_gives_its_year_only_when_nothing_else_dates_it() -> None:
    """A 政务动态 list with no stamp: the year of its latest entry (its entries came out before it), basis text:list;
    no list, no year."""
    lines = _chrome(("list", "· 邝某栋到连平县调研乡村振兴　　　2023-06-15"),
                    ("list", "· 温某坤主持召开市政府常务会议　2023-06-16"),
                    ("list", "· 高新区召开重点项目建设调度会　2022-12-13"))
    got = P.list_year(lines)
    assert (got.value, got.basis, got.evidence) == ("2023", "text:list", "· 温某坤主持召开市政府常务会议　2023-06-16")
    assert P.list_year(_chrome(("stamp", "发布时间：2023-07-28"))) is None
