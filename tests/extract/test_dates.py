from __future__ import annotations

import pytest
from newskg.extract import dates as D
from newskg.extract.model import DatedValue


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2023-03-15", "2023-03-15"), ("2023/3/5", "2023-03-05"), ("20230315", "2023-03-15"), ("2023", "2023"),
     ("2023-02-30", None), ("2023-13", None), ("yesterday", None)],
)
def test_parse_iso(value, iso):
    assert D.parse_iso(value) == iso


@pytest.mark.parametrize(
    ("name", "iso"),
    [("2023-03-15.txt", "2023-03-15"), ("20230315_page2.txt", "2023-03-15"), ("zz_2022_01_26.txt", "2022-01-26"),
     ("000_9fb36274539cd6f1.txt", None), ("20231345.txt", None)],
)
def test_date_from_filename(name, iso):
    assert D.date_from_filename(name) == iso


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("本报讯 1月26日上午，经开区召开2021年度党（工）委书记抓基层党建工作述职评议会", "2022"),
        ("回顾总结2021年工作，安排部署2022年工作", "2022"),
        ("市委全会是推动“十四五”收官、谋划“十五五”发展关键时期召开的会议", "2025"),
        ("确保“十五五”开局良好", "2026"),
        ("明年是“十四五”规划收官之年，要坚持项目为王", "2024"),  # the year before the period's last
        ("到2035年基本实现现代化，2024年全县生产总值增长6%", "2024"),
        ("没有年份的文字", None),
    ],
)
def test_infer_year(text, year):
    assert D.infer_year(text).value == year


def test_article_date_resolves_against_document():
    doc = DatedValue("2023", "text")
    assert D.article_date("本报讯 3月15日，经开区召开", doc)[0].value == "2023-03-15"
    assert D.article_date("本报讯 近日，某县召开", doc)[0] == DatedValue("2023", "document", "近日")
    value, text = D.article_date("本报讯 2月30日，县里召开", doc)
    assert value.value == "2023" and text == "2月30日"


def test_manifest(tmp_path):
    m = tmp_path / "dates.csv"
    m.write_text("file,date\na.txt,2023-03-15\nb.txt,2022\n", encoding="utf-8")
    assert D.load_manifest(m) == {"a.txt": "2023-03-15", "b.txt": "2022"}
    m.write_text("file,date\na.txt,2023-02-30\n", encoding="utf-8")
    with pytest.raises(D.DateError, match=r"dates.csv:2: not a valid date"):
        D.load_manifest(m)
    m.write_text("file,date\na.txt,2023-01-01\na.txt,2023-01-02\n", encoding="utf-8")
    with pytest.raises(D.DateError, match="listed twice"):
        D.load_manifest(m)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2026年，全县生产总值突破500亿元。", None),  # a target
        ("张某某，1975年生，2014年12月任县长。", None),  # career history
        ("编制2021—2025年发展规划。", None),  # a range
        ("2023年全县生产总值增长6%，计划到2026年翻番。", "2023"),
    ],
)
def test_infer_year_skips_targets_ranges_and_careers(text, year):
    assert D.infer_year(text).value == year


@pytest.mark.parametrize(
    ("body", "doc", "value", "basis", "text"),
    [
        # the date later in the lead than 40 characters
        ("本报讯（记者 彭书雅 通讯员 丁可欣 实习生 郭晓燕 王一鸣 摄影 李海洋）3月2日，县委书记韩振国调研。",
         DatedValue("2022-03-03", "text:edition"), "2022-03-02", "text+year:text:edition", "3月2日"),
        # digits glued by clean-up: 16:55 4月12日 → 16:554月12日 is no 54月12日
        ("发布时间16:554月12日，区委常委会召开会议。", DatedValue("2023-04-12", "text:stamp"), "2023-04-12",
         "text+year:text:stamp", "4月12日"),
        # a deadline is no event date; the event's own day follows
        ("截至6月30日前完成整改，7月2日县政府召开推进会。", DatedValue("2023-07-03", "text:stamp"), "2023-07-02",
         "text+year:text:stamp", "7月2日"),
        # a January page reporting a December event
        ("12月30日，县委召开经济工作会议。", DatedValue("2024-01-02", "text:stamp"), "2023-12-30",
         "text+year:text:stamp", "12月30日"),
        ("2021年11月4日，市委常委岳德霖调研。", DatedValue("2021", "text"), "2021-11-04", "text", "2021年11月4日"),
        # a lead of context with no day: the next sentence opens with the event's day
        ("入梅以来，我县降雨明显偏多。6月20日，县委书记带队检查防汛工作。", DatedValue("2024-06-21", "text:stamp"),
         "2024-06-20", "text+year:text:stamp", "6月20日"),
        # a day inside the next sentence is no event's (a deadline, a plan): the page's date
        ("今年以来，全县项目建设加快推进。要在6月30日前完成整改。", DatedValue("2024-06-21", "text:stamp"),
         "2024-06-21", "document", ""),
    ],
)
def test_article_date_in_the_lead(body, doc, value, basis, text):
    got, said = D.article_date(body, doc)
    assert (got.value, got.basis, said) == (value, basis, text)


def test_event_date_from_its_sentence_else_the_article():
    doc = DatedValue("2024-03-15", "text:stamp")
    art = DatedValue("2024-03-14", "text+year:text:stamp", "3月14日")
    assert D.event_date("3月13日下午，县政府召开常务会议", art, doc) == (
        DatedValue("2024-03-13", "text+year:text:stamp", "3月13日下午"), "3月13日下午")
    assert D.event_date("县委书记苗振国深入博望镇调研", art, doc) == (art, "")


_DOC = DatedValue("2022-05-20", "text:stamp")
_ART = DatedValue("2022-05-03", "text+year:text:stamp", "5月3日")


@pytest.mark.parametrize(
    ("before", "sentence", "value", "said"),
    [
        # a chronicle (大事记): an event with no day of its own takes the day of the entry it is in
        ("★5月3日　县委书记苗振国主持召开县委常委会会议。★5月9日　县人大常委会主任罗启明主持召开常委会会议。",
         "同日县长樊玉清主持召开县政府常务会议", "2022-05-09", ""),
        ("●2022年5月11日，县委召开全县干部大会。", "县委书记苗振国出席会议并讲话", "2022-05-11", ""),
        # a sentence that opens with its day dates the sentences after it
        ("5月3日，县委召开常委会会议。5月4日，县政府召开常务会议。", "随后召开企业座谈会", "2022-05-04", ""),
        # the sentence's own day comes first
        ("★5月9日　县人大常委会召开会议。", "5月12日，县政府召开常务会议", "2022-05-12", "5月12日"),
        # a day inside a sentence, or a deadline, opens nothing: the article's date
        ("会议传达了5月1日省委常委会会议精神。", "县委书记苗振国主持会议", "2022-05-03", ""),
        ("6月30日前，各乡镇要完成隐患排查。", "随后召开企业座谈会", "2022-05-03", ""),
        ("", "县委书记苗振国深入博望镇调研", "2022-05-03", ""),
    ],
)
def test_event_date_of_the_entry_or_sentence_it_is_in(before, sentence, value, said):
    got, text = D.event_date(sentence, _ART, _DOC, before)
    assert (got.value, text) == (value, said)


@pytest.mark.parametrize(("headline", "expected"), [
    ("政府工作报告 / ——2021年1月26日在宜春市第四届人民代表大会第六次会议上 / 宜春市人民政府代市长 邹远航",
     ("2021-01-26", "2021年1月26日")),
    ("——2023年12月28日在县委十四届六次全体会议上", ("2023-12-28", "2023年12月28日")),
    ("县委书记2023年12月28日在会上讲话", None),  # a day inside a headline's sentence: no report's line
    ("——2023年2月30日在县委全会上", None),  # no such day
    # a speech's line: its speaker, then its day in brackets
    ("在全县项目建设大会上的讲话 / ——县委书记 邓某岭（2023年2月8日）", ("2023-02-08", "2023年2月8日")),
])
def test_speech_date_under_a_report_s_title(headline, expected):
    got = D.speech_date(headline)
    assert (None if got is None else (got[0].value, got[1])) == expected


def test_a_dateline_s_day_is_no_event_s() -> None:
    """人民网重庆3月14日电 3月13日，…: the wire's day is when it was filed; the event's day follows it."""
    doc = DatedValue("2025-03-14", "text:dateline", "3月14日电")
    value, text = D.article_date("人民网重庆3月14日电 3月13日，城口县一季度重点项目集中开工活动举行。", doc)
    assert (value.value, text) == ("2025-03-13", "3月13日")


def test_a_dateline_day_and_the_day_the_lead_tells_of() -> None:
    """中国甘肃网6月14日讯 …6月12日至13日，…: the day the lead tells of; 本报4月17日讯…今天上午: the dateline's day."""
    from newskg.extract.dates import article_date
    from newskg.extract.model import DatedValue

    page = DatedValue("2024-06-14", "text:stamp")
    lead = "中国甘肃网6月14日讯 据甘肃日报报道 6月12日至13日，省委书记钟某川在平凉调研。"
    assert article_date(lead, page)[1] == "6月12日至13日"
    assert article_date("本报4月17日讯（记者房某燕）今天上午，新区工委召开常委会会议。", page)[1] == "4月17日"
    # a portal's 消息 and an agency's 电 are datelines too
    assert article_date("南海网7月20日消息（记者 黄某敏）7月19日，临高县委书记符某鸿到新盈镇调研。", page)[1] == "7月19日"
    assert article_date("新华社兰州5月3日电 5月2日，省委书记钟某川在平凉调研。", page)[1] == "5月2日"


def test_an_event_s_day_after_a_dateline_s() -> None:
    """中国甘肃网6月14日讯 …6月12日至13日，…在平凉、庆阳调研: the visit is of the days after the dateline's."""
    from newskg.extract.dates import event_date
    from newskg.extract.model import DatedValue

    page = DatedValue("2024-06-14", "text:stamp")
    sentence = "中国甘肃网6月14日讯 据甘肃日报报道 6月12日至13日，省委书记钟某川在平凉、庆阳调研。"
    assert event_date(sentence, page, page)[1] == "6月12日至13日"
