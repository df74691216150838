from __future__ import annotations

import pytest
from newskg.extract.articles import segment
from newskg.extract.model import Document
from newskg.extract.reader import read_documents


def _docs(sample_dir):
    return {d.id: d for d in read_documents([sample_dir])}


def test_sample_article_counts_and_reporters(sample_dir):
    docs = _docs(sample_dir)
    counts = {name[:3]: len(segment(doc)) for name, doc in docs.items()}
    assert counts == {"000": 4, "001": 4, "002": 5, "003": 5, "004": 5}
    arts = segment(docs["003_6c1f1bdae68f1e8f.txt"])
    assert [(r.text, r.label) for r in arts[0].reporters] == [
        ("王赛华", "记者"), ("李洪永", "affiliation:经开时报"), ("郭威", "通讯员")]
    arts = segment(docs["000_9fb36274539cd6f1.txt"])
    assert [r.text for r in arts[1].reporters] == ["王译博", "董茜"]


def test_detached_headlines_attach_by_content(sample_dir):
    arts = segment(_docs(sample_dir)["000_9fb36274539cd6f1.txt"])
    assert arts[0].headline.startswith("经开区领导为新丝路港投全体党员暨年轻干部讲授专题党课")
    assert "勇当改革开放排头兵" in arts[1].headline
    assert arts[1].text.startswith("“市委十二届八次全会是推动")


def test_spans_map_back_to_raw(sample_dir):
    for doc in _docs(sample_dir).values():
        for art in segment(doc):
            assert doc.clean[art.start : art.end] == art.text
            rs, re_ = doc.raw_span(art.start, art.end)
            raw = "".join(doc.raw[rs:re_].split())
            assert raw[:6].replace(",", "，") == art.text.replace(" ", "")[:6]
            for rep in art.reporters:
                s, e = doc.raw_span(rep.start, rep.end)
                assert doc.raw[s:e] == rep.text


def test_own_text_with_other_names():
    raw = (
        "某县召开安全生产工作会议 部署节前安全工作\n\n"
        "本报讯 2月3日,某县召开安全生产工作会议。县委书记王建国主持会议并讲话。记者 刘一鸣\n\n"
        "本报讯 近日,某镇党委书记赵四海深入企业调研。\n记者 陈小红 通讯员 孙立 文/图\n"
    )
    doc = Document("t.txt", "t.txt", raw)
    arts = segment(doc)
    assert [a.text[:10] for a in arts] == ["本报讯 2月3日，某", "本报讯 近日，某镇党"]
    assert arts[0].headline == "某县召开安全生产工作会议 部署节前安全工作"
    assert [(r.text, r.label) for r in arts[1].reporters] == [("陈小红", "记者"), ("孙立", "通讯员")]


def test_reporters_of_bracketed_credits_in_the_body():
    raw = (
        "宗立平调研工业经济运行\n\n"
        "本报讯（记者 温嘉禾 通讯员 蒋一帆）1月20日下午，市委副书记、市长宗立平带队调研。\n"
        "宗立平强调，要稳住工业基本盘。（文/图 区融媒体中心 魏晨）（高新区融媒体中心 供稿）\n"
    )
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert [(r.text, r.label) for r in art.reporters] == [
        ("温嘉禾", "记者"), ("蒋一帆", "通讯员"), ("魏晨", "affiliation:区融媒体中心")]
    for r in art.reporters:
        s, e = doc.raw_span(r.start, r.end)
        assert doc.raw[s:e] == r.text


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # a role with its outlet glued on: the role is the label
        ("（临湘市融媒体中心记者 周若愚 通讯员 钱晓芸）", [("周若愚", "记者"), ("钱晓芸", "通讯员")]),
        ("（岳阳日报记者 孟书航）", [("孟书航", "记者")]),
        ("（记者 孟书航 实习生 罗小棠）", [("孟书航", "记者"), ("罗小棠", "实习生")]),
        # an outlet alone stays the affiliation
        ("（文/图 市融媒体中心 孟书航）", [("孟书航", "affiliation:市融媒体中心")]),
        # two outlets joined by a dot, the first no outlet's word; a 全媒体 / 融媒体 reporter; colons after roles;
        # a name of five letters, a name in transliteration
        ("（新甘肃·甘肃日报记者 常某博）", [("常某博", "记者")]),
        ("（兰州日报社全媒体记者 杨某菲）", [("杨某菲", "全媒体记者")]),
        ("（记者：巴合提古丽 通讯员：杨某航）", [("巴合提古丽", "记者"), ("杨某航", "通讯员")]),
        ("（记者 阿依达娜·赛力克 通讯员 陈某雯）", [("阿依达娜·赛力克", "记者"), ("陈某雯", "通讯员")]),
        # a correspondent's credit that names a unit (a city's 宣传部, 发改委), no person; a reporter named so stays
        ("（记者 黄某欣 通讯员 江宣）", [("黄某欣", "记者")]),
        ("（记者 杜某雨 通讯员 甬发改）", [("杜某雨", "记者")]),
        ("（记者 林宣 通讯员 周某航）", [("林宣", "记者"), ("周某航", "通讯员")]),
        # a city paper's 全媒记者; a credit closed by 文/图; a photographer's line under the body (part hk)
        ("（全媒记者 胡某 通讯员 刘某业 熊某平）", [("胡某", "全媒记者"), ("刘某业", "通讯员"), ("熊某平", "通讯员")]),
        ("（随县融媒体中心 记者 晏某晨 文/图）", [("晏某晨", "记者")]),
        ("摄影：吴某新", [("吴某新", "摄影")]),
        # an outlet of one letter before its 报 (郑报) or of seven before 中心; letters before a role (YMG全媒体记者); two
        # roles' groups parted by 、 (parts dy, di, eg, gd)
        ("（郑报全媒体记者 房某怡 通讯员 胥某宁）", [("房某怡", "全媒体记者"), ("胥某宁", "通讯员")]),
        ("（库尔勒市融媒体中心 记者 阿依古丽·买买提）", [("阿依古丽·买买提", "记者")]),
        ("（YMG全媒体记者 徐某琳 通讯员 初某慧）", [("徐某琳", "全媒体记者"), ("初某慧", "通讯员")]),
        ("（记者 傅某恩、通讯员 邹某航）", [("傅某恩", "记者"), ("邹某航", "通讯员")]),
        ("（融媒体记者 吴某娇 特约通讯员 石莹）", [("吴某娇", "融媒体记者"), ("石莹", "特约通讯员")]),  # part hs
    ],
)
def test_reporters_of_a_credit_after_the_body(credit, expected):
    raw = "县委书记调研项目建设\n\n5月9日，县委书记苗振国深入长塘镇调研项目建设。\n\n" + credit + "\n"
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert [(r.text, r.label) for r in art.reporters] == expected
    for r in art.reporters:
        s, e = doc.raw_span(r.start, r.end)
        assert doc.raw[s:e] == r.text


@pytest.mark.parametrize(
    ("first", "headline", "body"),
    [
        # a title and its subtitle parted by a colon
        ("苗振国调研重点项目建设：紧盯时间节点 推动项目提速", "苗振国调研重点项目建设：紧盯时间节点 推动项目提速",
         "5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
        # a line ending in its colon, or a colon with digits, is the body's
        ("会议要求各乡镇做好以下工作：", "",
         "会议要求各乡镇做好以下工作：5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
        ("本次会议的召开时间：5月9日上午", "",
         "本次会议的召开时间：5月9日上午5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
        # a public account's titles: a body in brackets before the colon, a cry between two halves
        ("苗振国主持召开县委（扩大）会议：鼓足干劲开新局", "苗振国主持召开县委（扩大）会议：鼓足干劲开新局",
         "5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
        ("总投资86.5亿元！县二季度16个重大项目集中开工", "总投资86.5亿元！县二季度16个重大项目集中开工",
         "5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
        # a public account's title in two parts around a bar, a comma in the second
        ("回眸2023丨这一年，我们这样走过", "回眸2023丨这一年，我们这样走过",
         "5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
        # a short line of two cries with a comma is the body's
        ("好消息！我县，再获殊荣", "", "好消息！我县，再获殊荣5月9日，县委书记苗振国深入长塘镇调研项目建设。"),
    ],
)
def test_headline_with_a_colon(first, headline, body):
    doc = Document("t.txt", "t.txt", first + "\n5月9日，县委书记苗振国深入长塘镇调研项目建设。\n")
    [art] = segment(doc)
    assert (art.headline, art.text) == (headline, body)


def test_byline_of_two_outlets_joined_by_a_dot_is_no_headline():
    raw = ("县政协召开常委会议\n\n岳阳日报·新岳阳客户端记者 孟书航 通讯员 钱晓芸\n\n"
           "7月17日上午，县政协召开常委会议。县政协主席苗振国出席会议。\n")
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert (art.headline, art.text) == ("县政协召开常委会议", "7月17日上午，县政协召开常委会议。县政协主席苗振国出席会议。")
    assert [(r.text, r.label) for r in art.reporters] == [("孟书航", "记者"), ("钱晓芸", "通讯员")]


def _split(raw: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", "t.txt", raw)
    arts = segment(doc)
    for art in arts:  # every body and headline maps back to the file
        s, e = doc.raw_span(art.start, art.end)
        assert (doc.raw[s], doc.raw[e - 1]) == (art.text[0], art.text[-1])
        for hs, he in art.headline_spans:
            s, e = doc.raw_span(hs, he)
            assert doc.raw[s:e] == doc.clean[hs:he]
    return [(a.headline, a.text[:12]) for a in arts]


# A digest page: each ★ entry has its headline and a body that opens with its day, and is an article; a chronicle's
# ★ entries open with their days but have no headlines, and a subheading inside a body is followed by no day.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("临湘要闻\n\n★苗振国调研长塘镇项目建设\n5月9日下午，县委书记苗振国到长塘镇调研项目建设，详细了解工程进度和要素保障情况。\n\n"
         "★钱晓芸调研防汛工作\n5月9日上午，副县长钱晓芸到长江大堤调研防汛工作。她要求压实责任，确保安全度汛。\n\n"
         "●临湘市首届龙舟赛开幕\n5月8日，临湘市首届龙舟赛在白云湖开幕，全市二十支龙舟队参加比赛。\n",
         [("苗振国调研长塘镇项目建设", "5月9日下午，县委书记苗"),
          ("钱晓芸调研防汛工作", "5月9日上午，副县长钱晓"), ("临湘市首届龙舟赛开幕", "5月8日，临湘市首届龙舟")]),
        ("2022年5月大事记\n\n★5月3日　县委书记苗振国主持召开县委常委会会议，研究部署防汛工作。\n\n"
         "★5月9日　副县长钱晓芸到长江大堤调研防汛工作，要求压实责任，确保安全度汛。\n",
         [("2022年5月大事记", "★5月3日 县委书记苗振")]),
        ("苗振国调研项目建设\n\n5月9日，县委书记苗振国到长塘镇调研项目建设，详细了解工程进度和要素保障情况。\n\n"
         "坚持项目为王\n\n5月底前要完成主体工程，各乡镇要倒排工期，确保项目早建成、早投产。\n",
         [("苗振国调研项目建设", "5月9日，县委书记苗振国")]),
        # a picture page's items: a headline, then a body opening with 连日来 or 近日 after another item's body (part hp)
        ("图片新闻\n\n防汛检查不松劲\n6月12日，副市长黄某东带队到石城县检查防汛工作，要求严格落实值班值守。\n\n"
         "脐橙园里管护忙\n连日来，会昌县周田镇果农抢抓晴好天气，开展脐橙果园疏果。\n\n"
         "口袋公园扮靓老城区\n近日，章贡区在老城区新建改造的12座口袋公园陆续开放。\n",
         [("防汛检查不松劲", "6月12日，副市长黄某东"), ("脐橙园里管护忙", "连日来，会昌县周田镇果农"),
          ("口袋公园扮靓老城区", "近日，章贡区在老城区新建")]),
    ],
)
def test_digest_entries_with_headlines_are_articles(raw, expected):
    assert _split(raw) == expected


# A leaders' digest (县领导活动) with no headline between its items: each paragraph that opens with its day is an
# article; a weekly round-up that opens with words of its own (本周，…) lists its days in one article.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("县领导活动\n\n5月16日上午，县委书记焦立恒主持召开县委常委会会议，研究部署夏粮收购工作。\n\n"
         "5月17日，县委副书记、县长彭书林到任店镇调研重点项目建设。副县长段永刚陪同调研。\n\n"
         "5月18日下午，县委常委、常务副县长祁晓衡带队检查全县安全生产工作。\n",
         [("县领导活动", "5月16日上午，县委书记"), ("", "5月17日，县委副书记、"), ("", "5月18日下午，县委常委")]),
        ("各板块一把手抓项目\n\n本周，各板块“一把手”紧盯一季度“开门红”，抓项目、稳增长。\n"
         "3月7日，江阴市委书记薛昊天带队到江阴高新区调研。\n3月8日，宜兴市委书记史翰林深入丁蜀镇调研。\n"
         "3月9日，江阴市委副书记、市长何泊舟主持召开市政府常务会议。\n",
         [("各板块一把手抓项目", "本周，各板块“一把手”紧")]),
    ],
)
def test_items_of_a_leaders_digest_with_no_headlines_are_articles(raw, expected):
    assert _split(raw) == expected


def test_city_paper_page_with_an_edition_line_and_two_dated_openings():
    raw = ("临湘日报\n2022年05月10日\n05版：要闻\n上一版　下一版\n\n县委常委会召开会议\n研究部署防汛工作\n\n"
           "本报5月9日讯（记者 孟书航）今天上午，县委书记苗振国主持召开县委常委会会议。\n\n会议要求压实防汛责任。\n\n"
           "钱晓芸调研长江大堤\n\n本报5月9日讯（记者 罗小棠）今天下午，副县长钱晓芸到长江大堤调研防汛工作。\n")
    assert _split(raw) == [("县委常委会召开会议 / 研究部署防汛工作", "本报5月9日讯（记者 孟"),
                           ("钱晓芸调研长江大堤", "本报5月9日讯（记者 罗")]


def test_a_provincial_paper_s_opening_with_its_city_starts_a_body():
    # 本报南昌讯 (part ag): the first report is an article of its own, not a headline run into the second one's
    raw = ("江西日报\n2022年8月30日　星期二\n第01版：要闻\n\n省委常委会召开会议\n\n"
           "本报南昌讯（记者 曾思远）8月29日，省委常委会召开会议。省委书记阮承霖主持会议。\n\n会议还研究了其他事项。\n\n"
           "全省交通强省建设推进会召开\n\n本报讯（记者 邓雅文）8月29日下午，全省交通强省建设推进会在南昌召开。\n")
    assert _split(raw) == [("省委常委会召开会议", "本报南昌讯（记者 曾思远"),
                           ("全省交通强省建设推进会召开", "本报讯（记者 邓雅文）8")]


def test_a_page_s_photo_news_and_brief_items_are_articles_of_their_own():
    # part an: under the lead report, a 图片新闻 story opening with its day and a 简讯 box's ■ items
    raw = ("溆浦新闻\n\n县委常委会召开会议\n\n本报讯（通讯员 郭婉婷）3月19日，县委常委会召开会议。\n\n"
           "图片新闻\n\n3月18日，副县长胡文辉到低庄镇检查春耕备耕工作。\n\n简讯\n\n"
           "■3月18日，县长邓国良主持召开县政府第五次常务会议。\n\n■3月20日，县人大常委会主任蒲振华到龙潭镇调研。\n")
    assert _split(raw) == [("溆浦新闻 / 县委常委会召开会议", "本报讯（通讯员 郭婉婷）"),
                           ("图片新闻", "3月18日，副县长胡文辉"), ("", "■3月18日，县长邓国良"), ("", "■3月20日，县人大常委")]


def test_a_brief_box_s_items_opened_by_their_place():
    # part gn: a city paper's county page, its 简讯 items each opened by the county it is from, then its day
    raw = ("宜春日报\n第02版：县区新闻\n\n铜鼓县全力打造温泉康养目的地\n\n本报讯 8月22日，铜鼓县召开推进会。\n\n简讯\n\n"
           "■万载县　8月21日，万载县委副书记、县长祝某新主持召开县政府常务会议。\n\n"
           "■靖安县　8月23日，靖安县委书记钟某雯到宝峰镇调研，县委副书记、县长邬某邦陪同。\n")
    assert _split(raw) == [("铜鼓县全力打造温泉康养目的地", "本报讯 8月22日，铜鼓"), ("", "■万载县 8月21日，万"),
                           ("", "■靖安县 8月23日，靖")]


def test_a_box_of_short_side_lines_makes_no_column_layout():
    # one long paragraph and a page's box of phone numbers: the headline stays a headline, not glued to the body
    raw = ("县政府召开第12次常务会议\n\n8月11日上午，县长唐立明在县政府三楼会议室主持召开县政府第12次常务会议，"
           "听取长塘镇高标准农田建设项目进展情况汇报，研究县第二污水处理厂提标改造工程有关事宜。\n\n"
           "会议还研究了其他事项。\n\n微信信访\nAPP信访\n短信信访\n县委书记 韩东明 0730-4412301\n县长 唐立明 0730-4412302\n")
    doc = Document("t.txt", "t.txt", raw)
    arts = segment(doc)
    assert [(a.headline, a.text[:14]) for a in arts] == [("县政府召开第12次常务会议", "8月11日上午，县长唐立明在")]


def test_a_note_in_brackets_under_the_headline_opens_the_body():
    raw = ("临湘市人大常委会任免名单\n\n（2022年8月30日临湘市第十届人民代表大会常务委员会第五次会议通过）\n\n"
           "决定任命：\n任命孟书航为临湘市人民政府副市长；\n任命罗小棠为临湘市财政局局长。\n\n"
           "8月30日，临湘市十届人大常委会第五次会议召开，市人大常委会主任韩东明主持会议。会议结束后，韩东明为新任命人员"
           "颁发任命书，并组织宪法宣誓。\n")
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert (art.headline, art.text[:12]) == ("临湘市人大常委会任免名单", "（2022年8月30日临")


def test_a_byline_after_two_bodies_is_the_last_ones_only():
    raw = ("本报讯 近日，县委书记苗振国到长塘镇调研项目建设。\n本报讯 近日，副县长钱晓芸到长江大堤调研防汛工作。\n"
           "记者 孟书航\n")
    doc = Document("t.txt", "t.txt", raw)
    arts = segment(doc)
    assert [[r.text for r in a.reporters] for a in arts] == [[], ["孟书航"]]


def test_a_chrome_line_inside_a_body_keeps_offsets_in_order():
    # PDF column lines with a stray breadcrumb-like line (0>0) between them: no separate chrome block inside the body
    raw = ("本报讯 近日，县委书记苗振\n国到长塘镇调研项目建设，\n详细了解工程进度情况。\n0>0\n苗振国要求，各乡镇要\n"
           "倒排工期，确保项目早建\n成、早投产。\n")
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    offsets = list(doc.offsets)
    assert offsets == sorted(offsets)
    assert doc.chrome == ()
    assert art.text == ("本报讯 近日，县委书记苗振国到长塘镇调研项目建设，详细了解工程进度情况。"
                        "苗振国要求，各乡镇要倒排工期，确保项目早建成、早投产。")


def test_a_photo_story_after_a_credited_report_is_an_article_of_its_own():
    """A report closed by its credit line (（吉雨桐）), then a headline and a short story with no opening (入夏以来，…):
    two articles, the headline the second's."""
    raw = ("县人大常委会视察城区防汛工作\n本报讯 6月28日，县人大常委会副主任闵志刚带领\n部分县人大代表，视察防汛工作。\n"
           "（吉雨桐）\n\n\n沭河风光带成市民休闲好去处\n\n入夏以来，沭河风光带绿树成荫、碧水\n环绕，前来散步的市民络绎不绝。\n")
    arts = segment(Document("t.txt", "t.txt", raw))
    assert [(a.headline, a.text) for a in arts] == [
        ("县人大常委会视察城区防汛工作",
         "本报讯 6月28日，县人大常委会副主任闵志刚带领部分县人大代表，视察防汛工作。（吉雨桐）"),
        ("沭河风光带成市民休闲好去处", "入夏以来，沭河风光带绿树成荫、碧水环绕，前来散步的市民络绎不绝。"),
    ]


def test_photographers_credited_under_pictures_are_reporters_of_their_article():
    """A caption's credit (记者 胡嘉琪 摄) names a reporter of the article it stands under; one the byline already
    names is not added twice."""
    raw = ("县二季度重大项目集中开工\n本报讯（记者 朱婉清）6月29日上午，全县二季度重大项目集中开工仪式举行。\n"
           "图为开工仪式现场。\n记者 朱婉清 摄\n\n\n沭河风光带成市民休闲好去处\n\n本报讯 入夏以来，沭河风光带绿树成荫。\n"
           "图为市民在沭河风光带休闲健身。\n记者 胡嘉琪 摄\n")
    doc = Document("t.txt", "t.txt", raw)
    arts = segment(doc)
    got = [[(r.text, r.label) for r in a.reporters] for a in arts]
    assert got == [[("朱婉清", "记者")], [("胡嘉琪", "记者")]]
    assert all(doc.clean[r.start : r.end] == r.text for a in arts for r in a.reporters)


def test_reporters_of_a_stamp_line_above_a_body():
    """A topic page's items: headline, stamp line with 记者：/通讯员：, body opening with its day — one article each,
    its reporter from its stamp line."""
    raw = ("俞志坚调研重点项目建设\n2023-05-06　来源：海晏县融媒体中心　记者：卓玛吉\n"
           "5月6日，县委书记俞志坚深入三角城镇调研重点项目建设情况。\n【阅读全文】\n\n"
           "三角城镇召开重点项目推进会\n2023-05-04　来源：三角城镇　通讯员：马成德\n"
           "5月4日，三角城镇召开重点项目推进会。镇党委书记薛海燕主持会议。\n【阅读全文】\n")
    arts = segment(Document("t.txt", "t.txt", raw))
    assert [(a.headline, [(r.text, r.label) for r in a.reporters]) for a in arts] == [
        ("俞志坚调研重点项目建设", [("卓玛吉", "记者")]), ("三角城镇召开重点项目推进会", [("马成德", "通讯员")])]


def test_a_bracketed_photo_credit_under_a_picture_news_item():
    """图片新闻: each item's credit in brackets ((记者 海丽娜 摄)) is caption chrome and its reporter."""
    raw = ("纳晓东调研枸杞产业发展\n\n5月26日，县委书记纳晓东到宁安镇调研枸杞产业发展情况。\n"
           "图为纳晓东在宁安镇枸杞标准化种植基地察看枸杞长势。\n（记者 海丽娜 摄）\n")
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert ([(m.label, m.text) for m in doc.chrome], [(r.text, r.label) for r in art.reporters]) == (
        [("caption", "图为纳晓东在宁安镇枸杞标准化种植基地察看枸杞长势。"), ("caption", "（记者 海丽娜 摄）")],
        [("海丽娜", "记者")])


def test_a_report_continued_from_page_one_and_a_box_s_marked_headlines():
    raw = ("怀化日报数字报\n2023年04月18日　星期二　　第A02版：要闻　　上一版　下一版\n往期回顾　　本版标题导航\n\n"
           "钟汉城在溆浦县调研\n\n（上接第1版）调研中，钟汉城主持召开座谈会，听取溆浦县经济社会发展情况汇报。\n\n"
           "新闻简讯\n\n■沅陵县政府召开常务会议\n4月14日，沅陵县委副书记、县长侯国栋主持召开县政府常务会议。\n\n"
           "■市人大常委会视察农村供水保障工作\n本报讯 4月13日，市人大常委会副主任谢美玲带队到会同县视察。\n")
    assert _split(raw) == [
        ("钟汉城在溆浦县调研", "（上接第1版）调研中，钟"),
        ("新闻简讯 / 沅陵县政府召开常务会议", "4月14日，沅陵县委副书"),
        ("市人大常委会视察农村供水保障工作", "本报讯 4月13日，市人"),
    ]


def test_a_reporter_in_a_credit_block_under_the_body():
    raw = ("竹山县人民政府\n当前位置：首页 > 竹山要闻\n\n詹立松调研老旧小区改造\n\n发布时间：2022-04-12\n\n"
           "4月11日，县委书记詹立松深入城关镇调研老旧小区改造工作。詹立松强调，要倒排工期。\n\n"
           "来源：竹山县融媒体中心\n记者：冯思远\n编辑：陶雨欣\n\n上一篇：某某\n")
    doc = Document("t.txt", "t.txt", raw)
    assert [(a.headline, [(r.text, r.label) for r in a.reporters]) for a in segment(doc)] == [
        ("詹立松调研老旧小区改造", [("冯思远", "记者")])]


def test_a_byline_opening_the_lead_s_line() -> None:
    """琼海融媒记者 甲 乙　3月22日上午，…: the byline stands on the lead's line, before its day."""
    raw = ("琼海市召开常务会议\n\n琼海融媒记者 陈某雨 林某东　3月22日上午，市委副书记、市长黄某明主持召开市政府常务会议。\n")
    doc = Document("t.txt", "t.txt", raw)
    [art] = segment(doc)
    assert [(r.text, r.label) for r in art.reporters] == [("陈某雨", "记者"), ("林某东", "记者")]
    assert art.text.startswith("3月22日上午")


def test_a_dated_picture_item_before_the_first_report() -> None:
    """A paper's page opens with a picture item (图片新闻 / 5月15日，副市长某某到…。 / its caption) before its first
    本报讯 report: an article of its own, not the report's headline."""
    raw = ("渭南日报 电子版\n第02版：综合　　2024年5月16日　星期四\n上一版　　下一版　　　版面导航　　　标题导航\n\n"
           "图片新闻\n\n"
           "5月15日，副市长雷某斌到经开区督导检查安全生产工作，深入化工企业生产车间详细了解隐患排查情况。\n"
           "图为雷某斌（中）在企业中控室了解安全监测情况。　　记者 姚某豪 摄\n\n市政协视察城乡供水一体化工作\n\n"
           "本报讯（记者 贺某雨）5月15日，市政协副主席樊某生带领部分市政协委员视察城乡供水一体化工作。\n")
    doc = Document("t.txt", "t.txt", raw)
    arts = segment(doc)
    assert [(a.headline, a.text[:5]) for a in arts] == [
        ("图片新闻", "5月15日"), ("市政协视察城乡供水一体化工作", "本报讯（记")]


def test_a_provincial_paper_s_items_each_open_with_the_paper_s_name_or_a_credit_line():
    """A provincial paper's page of short items from several cities: each opens with ``湖北日报讯（…）`` (no blank line
    between items), or sits under a credit line ``□记者 某某 通讯员 某某 报道``; a list of the page's titles cut short
    under 标题导航, and a 上一期 / 下一期 line, are chrome."""
    hubei = ("湖北日报\n2021年05月20日　星期四\n第00006版：市州新闻\n\n郧西县召开生态旅游产业发展大会\n"
             "湖北日报讯（记者 傅某恩、通讯员 邱某琴）5月18日，郧西县生态旅游产业发展大会召开。\n"
             "荆州市政府召开常务会议\n湖北日报讯（记者 龚某岚）5月19日，市长卓某宇主持召开荆州市政府常务会议。\n")
    assert _split(hubei) == [("郧西县召开生态旅游产业发展大会", "湖北日报讯（记者 傅某恩"),
                             ("荆州市政府召开常务会议", "湖北日报讯（记者 龚某岚")]
    dazhong = ("大众日报\n第07版：市县\n2021年09月09日　上一期　下一期\n"
               "标题导航\n柯某麟到高新区调研时…\n寿光召开蔬菜种业发展…\n\n"
               "柯某麟到高新区调研时强调\n□记者 单某熙 通讯员 綦某雯 报道\n本报潍坊讯 9月7日，书记柯某麟到高新区调研。\n\n"
               "寿光召开蔬菜种业发展推进会\n□记者 邴某光 报道\n本报寿光讯 9月6日，寿光市蔬菜种业发展推进会召开。\n")
    doc = Document("t.txt", "t.txt", dazhong)
    arts = segment(doc)
    assert [(a.headline, [(r.text, r.label) for r in a.reporters]) for a in arts] == [
        ("柯某麟到高新区调研时强调", [("单某熙", "记者"), ("綦某雯", "通讯员")]),
        ("寿光召开蔬菜种业发展推进会", [("邴某光", "记者")])]
    assert [m.label for m in doc.chrome] == ["site", "edition", "pager", "tools", "list", "list", "stamp", "stamp"]


def test_an_indented_day_under_a_byline_opens_an_item_before_the_next_item_s_opening():
    """A paper's PDF page: an item under its byline (本报记者 某某) whose indented body opens with its day, then an item
    that opens with 本报讯; the first body is its own article, not the second's headline."""
    raw = ("县区新闻\n\n津南区党政代表团来丰宁考察\n本报记者 苏某晴 通讯员 刘某光\n"
           "　　9月15日，天津市津南区委副书记、区长晏某军\n率代表团来丰宁考察协作工作。\n\n"
           "郎某茂到丰宁调研\n本报讯（记者 周某慧）9月14日，副市长郎某茂到丰宁满族自治县调研。\n")
    assert _split(raw) == [("县区新闻 / 津南区党政代表团来丰宁考察", "9月15日，天津市津南区"),
                           ("郎某茂到丰宁调研", "本报讯（记者 周某慧）9")]


def test_a_byline_marked_with_a_square_under_a_paper_s_headline() -> None:
    """嘉兴日报's digital edition: ■记者 甲 通讯员 乙 under a two-line headline is the article's byline, not a third
    headline line (part ev)."""
    raw = ("嘉兴日报数字报\n2024年11月06日　星期三\n第01版：要闻　　　◀上一版　下一版▶\n\n屠某轩到嘉善县调研时强调\n"
           "抢抓示范区建设机遇 推动重大项目提速\n■记者 范某舒 通讯员 陆某禾\n\n"
           "本报讯 11月5日，副市长屠某轩到嘉善县调研长三角生态绿色一体化发展示范区建设和重大项目推进工作。市政府副秘书长"
           "邹某清参加调研。\n\n屠某轩一行先后来到姚庄镇新能源装备产业园二期、西塘古镇保护提升工程现场，了解项目进度和要素"
           "保障情况。屠某轩指出，嘉善县是示范区建设的主战场，要推动一批重大项目加快建设、早日达产。\n")
    doc = Document("t.txt", "t.txt", raw)
    assert [(a.headline, [(r.text, r.label) for r in a.reporters]) for a in segment(doc)] == [
        ("屠某轩到嘉善县调研时强调 / 抢抓示范区建设机遇 推动重大项目提速", [("范某舒", "记者"), ("陆某禾", "通讯员")])]
