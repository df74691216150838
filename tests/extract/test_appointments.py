"""Appointment and departure sentences become dated appointed / ceased holdings, exact values per form."""

from __future__ import annotations

import pytest
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def holdings(text: str, cli_date: str = "2024-12-25") -> list[tuple[str, str, str, str, str, str]]:
    res = extract_document(Document("p.txt", "p.txt", text), cli_date=cli_date)
    return [(h.change, h.when, h.person.text, h.org, h.title, h.evidence.text) for f in res.articles for h in f.holdings]


def changes(text: str) -> list[tuple[str, str, str, str, str, str]]:
    return [h for h in holdings(text) if h[0]]


@pytest.mark.parametrize(("text", "expected"), [
    # a cue before the name, a list of names after it, and a departure in the same notice
    ("12月20日，金水区人大常委会表决，决定任命张建国为金水区人民政府副区长，李红梅为金水区人民政府副区长；"
     "免去王志强的金水区人民政府副区长职务。",
     [("appointed", "", "张建国", "金水区政府", "副区长", "决定任命张建国为金水区人民政府副区长"),
      ("appointed", "", "李红梅", "金水区政府", "副区长", "李红梅为金水区人民政府副区长"),
      ("ceased", "", "王志强", "金水区政府", "副区长", "免去王志强的金水区人民政府副区长")]),
    # a cue after a name the article introduced
    ("近日，郑州市委常委、副市长刘卫平同志不再担任郑州市委常委职务。",
     [("ceased", "", "刘卫平", "郑州市委", "常委", "刘卫平同志不再担任郑州市委常委")]),
    # a new name opening its clause
    ("据悉，韩振国同志任郑州市副市长。",
     [("appointed", "", "韩振国", "郑州市政府", "副市长", "韩振国同志任郑州市副市长")]),
    # a new name right after 宣布 (a cadre meeting's announcement), and no person 任武 after 同志
    ("6月8日上午，东湖高新区召开干部大会，宣布康立新同志任武汉东湖新技术开发区管委会主任。",
     [("appointed", "", "康立新", "武汉东湖高新区管委会", "主任", "康立新同志任武汉东湖新技术开发区管委会主任")]),
    # an acting head is named by 决定 alone (决定某某为…代理县长), after an appointment by 决定任命
    ("会议决定任命凌晓川为新化县人民政府副县长，决定凌晓川为新化县人民政府代理县长。",
     [("appointed", "", "凌晓川", "新化县政府", "副县长", "决定任命凌晓川为新化县人民政府副县长"),
      ("appointed", "", "凌晓川", "新化县政府", "代理县长", "决定凌晓川为新化县人民政府代理县长")]),
    # a town's 人代会 elects by 选举…为, names joined by 、 sharing one post (part aa); 人民代表大会 → 人大
    ("霍邱县冯井镇召开人代会。大会选举涂春梅为冯井镇人民代表大会主席；选举闵振宇为冯井镇人民政府镇长，苏家宝、樊玉洁为冯井镇"
     "人民政府副镇长。",
     [("appointed", "", "涂春梅", "霍邱县冯井镇人大", "主席", "选举涂春梅为冯井镇人民代表大会主席"),
      ("appointed", "", "闵振宇", "霍邱县冯井镇政府", "镇长", "选举闵振宇为冯井镇人民政府镇长"),
      ("appointed", "", "苏家宝", "霍邱县冯井镇政府", "副镇长", "苏家宝、樊玉洁为冯井镇人民政府副镇长"),
      ("appointed", "", "樊玉洁", "霍邱县冯井镇政府", "副镇长", "樊玉洁为冯井镇人民政府副镇长")]),
    # part ac: a 生平 whose title runs into it, a dated range (its
    # start dates the post), a résumé's dotted lines (a company's posts are none), a one-letter county's 县委
    ("营山县举行送别仪式。岳德厚同志生平\n岳德厚同志1939年10月出生于营山县骆市镇。1965年3月至1972年6月任营山县骆市公社党委副"
     "书记。",
     [("appointed", "1965-03", "岳德厚", "营山县骆市公社党委", "副书记", "1965年3月至1972年6月任营山县骆市公社党委副书记")]),
    ("郓城县纪委通报\n蔡景涛接受审查调查。蔡景涛简历\n蔡景涛，男，汉族，1972年8月出生。\n"
     "2001.03—2006.09　郓城县黄安镇副镇长\n2022.03—　菏泽城市建设投资集团有限公司党委委员、副总经理",
     [("appointed", "2001-03", "蔡景涛", "郓城县黄安镇政府", "副镇长", "2001.03—2006.09 郓城县黄安镇副镇长")]),
    # the results of an election read out (选举结果：甲为…，乙为…)
    ("昔阳县委召开十三届一次全会\n全会审议通过了县纪律检查委员会第一次全体会议选举结果：丁某宏为县纪委书记，郭某国为县纪委副书记。",
     [("appointed", "", "丁某宏", "昔阳县纪委", "书记", "选举结果：丁某宏为县纪委书记"),
      ("appointed", "", "郭某国", "昔阳县纪委", "副书记", "郭某国为县纪委副书记")]),
    # a 政协's election: the list after its chair shares the organ; 蹇 is a surname (四川) (part hu)
    ("昭化区政协闭幕。大会选举文某礼为政协广元市昭化区第八届委员会主席，敬某平、蹇某华为副主席，冉某军为秘书长。",
     [("appointed", "", "文某礼", "昭化区政协", "主席", "选举文某礼为政协广元市昭化区第八届委员会主席"),
      ("appointed", "", "敬某平", "昭化区政协", "副主席", "敬某平、蹇某华为副主席"),
      ("appointed", "", "蹇某华", "昭化区政协", "副主席", "蹇某华为副主席"),
      ("appointed", "", "冉某军", "昭化区政协", "秘书长", "冉某军为秘书长")]),
    # a résumé line whose post opens with 任: a town's organ as a county's (任 is no part of it)
    ("陆河县领导简历\n翁某彬，男，汉族，1980年9月出生。\n2011.12—2015.06　陆河县水唇镇镇长\n"
     "2015.06—2018.09　任陆河县水唇镇党委书记",
     [("appointed", "2011-12", "翁某彬", "陆河县水唇镇政府", "镇长", "2011.12—2015.06 陆河县水唇镇镇长"),
      ("appointed", "2015-06", "翁某彬", "陆河县水唇镇党委", "书记", "2015.06—2018.09 任陆河县水唇镇党委书记")]),
    ("干部任前公示\n二、訾玉玲，女，汉族，1980年6月生。2020年3月任曹县县委常委、组织部部长。",
     [("appointed", "2020-03", "訾玉玲", "曹县委", "常委", "2020年3月任曹县县委常委、组织部部长"),
      ("appointed", "2020-03", "訾玉玲", "曹县委组织部", "部长", "2020年3月任曹县县委常委、组织部部长")]),
    # a name before a clause's date (王某同志自2016年12月任…以来), not the paragraph's last official
    ("荣誉退休仪式举行\n县政协主席蒲建平讲话。他说，漆德明同志自2016年12月任县政协副主席以来，作出了积极贡献。",
     [("appointed", "2016-12", "漆德明", "县政协", "副主席", "漆德明同志自2016年12月任县政协副主席")]),
    # 选举 with no 为 after the first name elects no one here (选举产生…)
    ("大会选举产生了新一届镇人民政府领导班子。", []),
    # 决定 before a departure is no appointment: only the departure's own cue reads it
    ("省委决定：魏长河同志不再担任中共巩义市委书记、常委、委员职务。",
     [("ceased", "", "魏长河", "巩义市委", "书记", "魏长河同志不再担任中共巩义市委书记、常委、委员"),
      ("ceased", "", "魏长河", "巩义市委", "常委", "魏长河同志不再担任中共巩义市委书记、常委、委员"),
      ("ceased", "", "魏长河", "巩义市委", "委员", "魏长河同志不再担任中共巩义市委书记、常委、委员")]),
    # a career line: the paragraph's subject, each clause with its own date as precise as written
    ("王立新，男，汉族，1970年10月生。2014年12月任新郑市委副书记、市长，2021年任新郑市委书记。",
     [("appointed", "2014-12", "王立新", "新郑市委", "副书记", "2014年12月任新郑市委副书记、市长"),
      ("appointed", "2014-12", "王立新", "新郑市政府", "市长", "2014年12月任新郑市委副书记、市长"),
      ("appointed", "2021", "王立新", "新郑市委", "书记", "2021年任新郑市委书记")]),
    # a notice's list, one line each, the lines run together by clean-up; an organ with 和 in its name
    ("附：任免名单\n决定任命：\n林晓东为临朐县人民政府副县长\n赵雨农为临朐县发展和改革局局长\n免去：\n邓志远的临朐县统计局局"
     "长职务",
     [("appointed", "", "林晓东", "临朐县政府", "副县长", "决定任命：林晓东为临朐县人民政府副县长"),
      ("appointed", "", "赵雨农", "临朐县发展和改革局", "局长", "赵雨农为临朐县发展和改革局局长"),
      ("ceased", "", "邓志远", "临朐县统计局", "局长", "免去：邓志远的临朐县统计局局长")]),
    # a career line after a sentence end, with another official named earlier in the paragraph
    ("义乌市委书记储建华主持会议。喻卫东，男，汉族，1976年5月生。2015年3月任兰溪市副市长。",
     [("appointed", "2015-03", "喻卫东", "兰溪市政府", "副市长", "2015年3月任兰溪市副市长")]),
    # a résumé after a colon, another official named just before it
    ("市政协主席任丽华出席会议。周振东同志简历：周振东，男，汉族，1975年10月生。2019年12月任荥阳市委副书记、市长。",
     [("appointed", "2019-12", "周振东", "荥阳市委", "副书记", "2019年12月任荥阳市委副书记、市长"),
      ("appointed", "2019-12", "周振东", "荥阳市政府", "市长", "2019年12月任荥阳市委副书记、市长")]),
    # 任 inside other words, 现任 (a status) and 担任 a group role are no appointments
    ("会议明确了各项任务，现任金水区委书记王建军担任领导小组组长。", []),
    # a chain with no organ gives nothing
    ("张建国任组长，负责协调推进。", []),
    # a list before 当选为 whose last name's surname (那) the lexicon leaves out: each name of it
    ("全会选举产生了区委常委。秦立岩、隋海洋、郎振宇、那英杰当选为区委常委。",
     [("appointed", "", "秦立岩", "区委", "常委", "秦立岩、隋海洋、郎振宇、那英杰当选为区委常委"),
      ("appointed", "", "隋海洋", "区委", "常委", "隋海洋、郎振宇、那英杰当选为区委常委"),
      ("appointed", "", "郎振宇", "区委", "常委", "郎振宇、那英杰当选为区委常委"),
      ("appointed", "", "那英杰", "区委", "常委", "那英杰当选为区委常委")]),
    # a bare title elected after an organ's head (乙、丙当选为副主任) is of that organ; the surname 郄; a CPPCC committee's
    # formal name with a county of one letter (政协沛县第十一届委员会)
    ("大会选举产生了新一届领导人员。贾立新当选为县人大常委会主任，桑立华、晏红英当选为副主任。",
     [("appointed", "", "贾立新", "县人大常委会", "主任", "贾立新当选为县人大常委会主任"),
      ("appointed", "", "桑立华", "县人大常委会", "副主任", "桑立华、晏红英当选为副主任"),
      ("appointed", "", "晏红英", "县人大常委会", "副主任", "晏红英当选为副主任")]),
    ("县妇联执委会议增补黄某薇为县妇联副主席。",
     [("appointed", "", "黄某薇", "县妇联", "副主席", "增补黄某薇为县妇联副主席")]),
    ("会议选举郄振华为政协沛县第十一届委员会主席。",
     [("appointed", "", "郄振华", "沛县政协", "主席", "选举郄振华为政协沛县第十一届委员会主席")]),
    # a notice's list, one line each, a bracketed note after each post (试用期一年) before the next line
    ("经县人民政府研究，决定：\n一、任命\n喻某新为莲花县水利局副局长（试用期一年）；\n尹某燕为莲花县应急管理局副局长（试用期一年）。",
     [("appointed", "", "喻某新", "莲花县水利局", "副局长", "任命喻某新为莲花县水利局副局长"),
      ("appointed", "", "尹某燕", "莲花县应急管理局", "副局长", "尹某燕为莲花县应急管理局副局长")]),
    # a numbered list (（一）甲为…；（二）乙为…): its marks are no part of the names (part fu)
    ("一、决定任命：\n（一）缪某宇为周宁县人民政府副县长；\n（二）阎某为周宁县教育局局长。",
     [("appointed", "", "缪某宇", "周宁县政府", "副县长", "决定任命：（一）缪某宇为周宁县人民政府副县长"),
      ("appointed", "", "阎某", "周宁县教育局", "局长", "阎某为周宁县教育局局长")]),
    # a time word after a title ends the chain: the 区委书记 after it is another's
    ("据悉，杨某武任隆阳区人民政府代区长后首次随区委书记下乡调研。",
     [("appointed", "", "杨某武", "隆阳区政府", "代区长", "杨某武任隆阳区人民政府代区长")]),
])
def test_appointment_forms(text: str, expected) -> None:
    assert changes(text) == expected


def test_the_word_after_comrade_is_no_name() -> None:
    res = extract_document(Document("p.txt", "p.txt", "宣布省委的决定：喻卫平同志任义乌市委副书记。"), cli_date="2024-12-25")
    assert [p.person.text for f in res.articles for p in f.persons] == []


def test_appointments_become_dated_edges() -> None:
    from newskg.graph.build import build_graph

    text = "王立新，男，汉族，1970年10月生。2014年12月任新郑市委副书记、市长，2021年任新郑市委书记。"
    g = build_graph([extract_document(Document("p.txt", "p.txt", text), cli_date="2024-12-25")])
    edges = sorted((v, d["date"], d["date_basis"]) for _u, v, d in g.edges("person:王立新", data=True)
                   if d["type"] == "appointed")
    assert edges == [("post:新郑市委/书记", "2021", "text"), ("post:新郑市委/副书记", "2014-12", "text"),
                     ("post:新郑市政府/市长", "2014-12", "text")]


def test_a_post_held_now_in_a_notice_is_a_plain_holding() -> None:
    """A 任前公示: each paragraph opens with its person (王某，男，…); 现任 gives the posts held now (no change, the
    notice's date), 拟任 none; a career clause with its own date stays an appointment."""
    text = ("根据有关规定，经市委研究，现将拟任职干部情况公示如下：\n"
            "郑立新，男，汉族，1979年8月生，安徽枞阳人，在职研究生学历，中共党员，现任怀宁县委常委、常务副县长，拟任望江县委"
            "副书记。\n"
            "孙丽华，女，汉族，1981年3月生，大学学历，中共党员。2021年10月任桐城市委常委。现任桐城市委常委，拟任安庆市商务局"
            "局长。")
    assert holdings(text, "2022-11-07") == [
        ("", "", "郑立新", "怀宁县委", "常委", "现任怀宁县委常委、常务副县长"),
        ("", "", "郑立新", "怀宁县政府", "常务副县长", "现任怀宁县委常委、常务副县长"),
        ("appointed", "2021-10", "孙丽华", "桐城市委", "常委", "2021年10月任桐城市委常委"),
        ("", "", "孙丽华", "桐城市委", "常委", "现任桐城市委常委"),
    ]


def test_a_notice_s_fields_on_lines_of_their_own() -> None:
    """A 任前公示 laid out in fields: the person's line (王某，男，…), then 现任职务： and 拟任职务： lines; each
    person keeps their own lines (no line joined to the one before it), 现任职务 gives the posts held now."""
    text = ("现将拟任职干部有关情况予以公示：\n\n"
            "汪某诚，男，汉族，1979年10月出生，湖北麻城人，省委党校研究生学历。\n"
            "现任职务：红安县委常委、常务副县长\n拟任职务：浠水县委副书记，提名为浠水县人民政府县长候选人\n\n"
            "蔡某斌，男，汉族，1975年3月出生，湖北蕲春人，大学学历。\n"
            "现任职务：浠水县委副书记、县长\n拟任职务：浠水县委书记\n")
    assert holdings(text, "2021-08-23") == [
        ("", "", "汪某诚", "红安县委", "常委", "现任职务：红安县委常委、常务副县长"),
        ("", "", "汪某诚", "红安县政府", "常务副县长", "现任职务：红安县委常委、常务副县长"),
        ("", "", "蔡某斌", "浠水县委", "副书记", "现任职务：浠水县委副书记、县长"),
        ("", "", "蔡某斌", "浠水县政府", "县长", "现任职务：浠水县委副书记、县长"),
    ]


def test_a_duty_roster_s_rows_give_their_leaders_posts() -> None:
    """A holiday duty roster (日期 / 带班领导 / 职务): each row a day, a name and its chain, kept a line of its own."""
    text = ("现将节日期间县领导值班带班安排公布如下：\n\n日　期　　　带班领导　　职　务\n"
            "9月29日（中秋节）　　储某庆　　　县委书记\n9月30日　　　　　　　程某本　　　县委副书记、县长\n"
            "10月4日　　　　　　　汪某华　　　副县长\n")
    assert holdings(text, "2023-09-27") == [
        ("", "", "储某庆", "县委", "书记", "储某庆 县委书记"),
        ("", "", "程某本", "县委", "副书记", "程某本 县委副书记、县长"),
        ("", "", "程某本", "县政府", "县长", "程某本 县委副书记、县长"),
        ("", "", "汪某华", "县政府", "副县长", "汪某华 副县长"),
    ]


def test_lists_before_a_cue_and_posts_held_now_in_brackets() -> None:
    """An election names a list before its cue (甲、乙当选为…: each is appointed); a notice's line names the person
    before a bracket of the old and the new post (甲（原任X，现任Y）: Y held now, X nothing; the bracket ends the chain)."""
    text = ("全会选举产生了区委书记、副书记。秦立岩当选为区委书记，隋海洋、曲丽娜当选为区委副书记。\n"
            "燕志斌（原任小店区发展和改革局局长，现任小店区人民政府副区长）\n温丽萍（原任小店区北格镇党委书记，现任小店区民"
            "政局局长）")
    assert holdings(text, "2021-09-28") == [
        ("appointed", "", "秦立岩", "小店区委", "书记", "秦立岩当选为区委书记"),
        ("appointed", "", "隋海洋", "小店区委", "副书记", "隋海洋、曲丽娜当选为区委副书记"),
        ("appointed", "", "曲丽娜", "小店区委", "副书记", "曲丽娜当选为区委副书记"),
        ("", "", "燕志斌", "小店区政府", "副区长", "现任小店区人民政府副区长"),
        ("", "", "温丽萍", "小店区民政局", "局长", "现任小店区民政局局长"),
    ]


def test_a_leader_s_fields_on_a_leaders_page_are_holdings() -> None:
    """A 领导之窗 page lists 姓名 and 职务 fields (on one line or two): each 职务 chain is held now by its 姓名;
    the 工作分工 below (负责, 分管 …) names no post."""
    text = ("姓名：郑立新　　职务：县委副书记、县长\n工作分工：主持县政府全面工作。分管县审计局。\n"
            "姓名：孙丽华\n职务：副县长、县公安局局长\n工作分工：负责公安、司法行政等方面工作。")
    assert holdings(text, "2023-02-21") == [
        ("", "", "郑立新", "县委", "副书记", "姓名：郑立新 职务：县委副书记、县长"),
        ("", "", "郑立新", "县政府", "县长", "姓名：郑立新 职务：县委副书记、县长"),
        ("", "", "孙丽华", "县政府", "副县长", "姓名：孙丽华\n职务：副县长、县公安局局长"),
        ("", "", "孙丽华", "县公安局", "局长", "姓名：孙丽华\n职务：副县长、县公安局局长"),
    ]


def test_a_notice_s_numbered_paragraph_names_its_person() -> None:
    """一、王某，男，…现任X (a 任前公示's list, part ac): X is held now by the paragraph's person; 拟任 is not held."""
    text = "干部任前公示\n一、程向东，男，汉族，1978年11月生，中共党员，现任郓城县委常委、常务副县长，拟任巨野县委副书记。"
    assert holdings(text) == [
        ("", "", "程向东", "郓城县委", "常委", "现任郓城县委常委、常务副县长"),
        ("", "", "程向东", "郓城县政府", "常务副县长", "现任郓城县委常委、常务副县长"),
    ]


def test_a_unit_sends_a_first_secretary_to_a_village_of_the_town_the_article_named():
    text = ("阜平县人民政府\n\n龙泉关镇召开驻村第一书记交接会\n\n发布时间：2023-06-18\n\n"
            "6月17日，镇党委书记万树林主持会议。会上宣读了选派名单：省文化和旅游厅选派的倪望舒任黑崖沟村第一书记，"
            "县委办选派的鲍一苇任骆驼湾村第一书记。")
    assert holdings(text) == [
        ("", "", "万树林", "阜平县龙泉关镇党委", "书记", "镇党委书记万树林"),
        ("appointed", "", "倪望舒", "阜平县龙泉关镇黑崖沟村党支部", "第一书记", "倪望舒任黑崖沟村第一书记"),
        ("appointed", "", "鲍一苇", "阜平县龙泉关镇骆驼湾村党支部", "第一书记", "鲍一苇任骆驼湾村第一书记"),
    ]


def test_a_leaders_page_with_each_name_on_its_own_line() -> None:
    """A 领导之窗 list: a name opening a paragraph, its posts on the next line (or after a wide space, or after 职务：),
    then its duties. The name line is not joined to its neighbours, and the chain ends before the duties."""
    text = ("汶上县人民政府\n当前位置：首页 > 政务公开 > 领导之窗\n\n县政府领导\n\n"
            "发布日期：2021-09-14　　信息来源：县政府办公室\n\n"
            "孔某舟\n县委副书记、县长\n主持县政府全面工作。分管县审计局。\n\n"
            "郗某森\n县委常委、常务副县长\n协助县长负责县政府常务工作。\n\n"
            "陶某林　副县长\n负责工业和信息化工作。\n\n"
            "罗某松\n职务：副县长、县公安局局长\n")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("孔某舟", "汶上县委", "副书记"), ("孔某舟", "汶上县政府", "县长"),
        ("郗某森", "汶上县委", "常委"), ("郗某森", "汶上县政府", "常务副县长"),
        ("陶某林", "汶上县政府", "副县长"),
        ("罗某松", "汶上县政府", "副县长"), ("罗某松", "汶上县公安局", "局长"),
    ]


def test_an_election_s_list_and_a_roster_appendix() -> None:
    """选举甲为…人大常委会主任，乙、丙为副主任: the later names take the organ of the item before; a 名单 appendix
    under its heading (中共某县第十五届委员会书记、副书记、常务委员会委员名单) gives each line's title of that organ."""
    text = ("12月20日，谷城县第十九届人民代表大会第一次会议闭幕。大会选举邵某霞为谷城县第十九届人民代表大会常务委员会主任，"
            "程某山、吴某梅为副主任；选举聂某东为谷城县人民政府县长。\n\n附：\n\n中共谷城县第十五届委员会书记、副书记名单\n\n"
            "书记：鲁某章\n\n副书记：聂某东　葛某松\n\n本版编辑：崔某宇\n")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("邵某霞", "谷城县人大常委会", "主任"), ("程某山", "谷城县人大常委会", "副主任"),
        ("吴某梅", "谷城县人大常委会", "副主任"), ("聂某东", "谷城县政府", "县长"),
        ("鲁某章", "谷城县委", "书记"), ("聂某东", "谷城县委", "副书记"), ("葛某松", "谷城县委", "副书记"),
    ]


def test_a_bare_town_organ_after_an_appointment_in_its_sentence_is_the_town_s() -> None:
    """宣布臧某峰同志任石门宋镇党委书记。镇党委副书记…: the bare 镇党委 is 石门宋镇's; 同志任 is no part of an organ."""
    text = ("阳谷县人民政府\n\n石门宋镇召开镇村干部大会\n\n发布时间：2024-03-05\n\n3月5日，石门宋镇召开镇村干部大会，"
            "宣布臧某峰同志任石门宋镇党委书记。镇党委副书记、镇长葛某哲主持会议。\n")
    assert holdings(text, "2024-03-05") == [
        ("", "", "葛某哲", "阳谷县石门宋镇党委", "副书记", "镇党委副书记、镇长葛某哲"),
        ("", "", "葛某哲", "阳谷县石门宋镇政府", "镇长", "镇党委副书记、镇长葛某哲"),
        ("appointed", "", "臧某峰", "阳谷县石门宋镇党委", "书记", "臧某峰同志任石门宋镇党委书记"),
    ]


def test_a_department_s_leaders_page_names_its_own_party_group_and_heads() -> None:
    """A 委领导 page on a department's own site: a bare 党组 is the department's, and the 主任 after 党组书记 is the
    department's 主任, not its 党组's."""
    text = ("锦州市卫生健康委员会\n当前位置：首页 > 机构概况 > 委领导\n\n市卫健委领导班子成员\n\n"
            "更新时间：2022-08-16 09:30　　来源：委办公室\n\n"
            "裴某海　　党组书记、主任\n主持市卫健委全面工作。\n\n"
            "吕某远　　党组成员、副主任\n负责医政医管工作。\n")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("裴某海", "锦州市卫健委党组", "书记"), ("裴某海", "锦州市卫健委", "主任"),
        ("吕某远", "锦州市卫健委党组", "成员"), ("吕某远", "锦州市卫健委", "副主任"),
    ]


def test_a_profile_box_opens_the_interview_s_body() -> None:
    """An interview's profile box (【人物简介】王某，男，…) opening the body: its career clauses are the person's."""
    text = ("西江日报\n第A03版：要闻\n\n四会：锚定制造业当家 加速融入湾区\n——访四会市委书记陈某坚\n\n"
            "西江日报记者 冼某明\n\n【人物简介】陈某坚，男，1974年8月生，广东高要人。2019年3月任四会市委副书记、市长，"
            "2021年9月任四会市委书记。\n")
    assert [(h[0], h[1], h[2], h[3], h[4]) for h in holdings(text)] == [
        ("appointed", "2019-03", "陈某坚", "四会市委", "副书记"), ("appointed", "2019-03", "陈某坚", "四会市政府", "市长"),
        ("appointed", "2021-09", "陈某坚", "四会市委", "书记")]


def test_an_organisation_department_s_own_site_names_its_bare_部_organs() -> None:
    """A 组织部's own site (masthead 中共某县委组织部主办): its bare 部 titles and units (常务副部长, 部务委员,
    组织员办公室, 部机关党委) are the department's."""
    text = ("吉水组工\n中共吉水县委组织部主办\n首页 | 组工要闻 | 部机关建设\n\n部务会专题研究基层党建工作\n\n"
            "时间：2023-10-19　　来源：组织员办公室\n\n10月18日，部务会召开会议。常务副部长祁某东通报了情况，"
            "部务委员、组织员办公室主任萧某涛汇报了调研发现的问题。部机关党委书记、副部长贺某轩参加。\n")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("祁某东", "吉水县委组织部", "常务副部长"), ("萧某涛", "吉水县委组织部", "部务委员"),
        ("萧某涛", "吉水县委组织部组织员办公室", "主任"), ("贺某轩", "吉水县委组织部机关党委", "书记"),
        ("贺某轩", "吉水县委组织部", "副部长"),
    ]


def test_a_police_bureau_s_own_site_names_its_bare_局_after_the_county_s_party_group() -> None:
    """On a county 公安局's own site, 县政府党组成员、局党委书记、局长某: the chain's 县 does not make a 县局; the 局 is the
    site's."""
    text = ("庆安县公安局\n首页 | 警务动态\n\n县公安局召开部署会\n\n发布时间：2022-06-24 15:30\n\n"
            "6月23日下午，县公安局召开部署会。县政府党组成员、局党委书记、局长孙某峰出席会议并讲话。\n")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("孙某峰", "庆安县政府党组", "成员"), ("孙某峰", "庆安县公安局党委", "书记"), ("孙某峰", "庆安县公安局", "局长")]


def test_a_town_s_own_page_and_the_village_a_unit_sends_its_cadre_to():
    """A town's page names its town once, in the headline and its first sentence: every bare 镇党委 after it is that
    town's, however far down. A cadre a unit sends to a village (市人大常委会驻某村第一书记、工作队队长) holds the village's
    posts, in that one town; the unit that sends him holds none."""
    text = ("嘉鱼县人民政府\n当前位置：首页 > 新闻中心 > 乡镇动态\n\n潘家湾镇召开党委会议\n\n发布时间：2023-03-07 17:36\n\n"
            "3月6日上午，潘家湾镇召开党委会议，传达学习全县乡村振兴工作会议精神，研究部署驻村帮扶工作。镇党委书记晏某诚主持会议，"
            "镇党委副书记、镇长车某岚，镇人大主席贺某芬，镇党委副书记周某航，镇党委委员、镇纪委书记魏某波，镇党委委员、"
            "副镇长沈某嘉参加会议。咸宁市人大常委会驻四邑村第一书记、工作队队长邬某轩列席会议。")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("晏某诚", "嘉鱼县潘家湾镇党委", "书记"),
        ("车某岚", "嘉鱼县潘家湾镇党委", "副书记"), ("车某岚", "嘉鱼县潘家湾镇政府", "镇长"),
        ("贺某芬", "嘉鱼县潘家湾镇人大", "主席"),
        ("周某航", "嘉鱼县潘家湾镇党委", "副书记"),
        ("魏某波", "嘉鱼县潘家湾镇党委", "委员"), ("魏某波", "嘉鱼县潘家湾镇纪委", "书记"),
        ("沈某嘉", "嘉鱼县潘家湾镇党委", "委员"), ("沈某嘉", "嘉鱼县潘家湾镇政府", "副镇长"),
        ("邬某轩", "嘉鱼县潘家湾镇四邑村党支部", "第一书记"), ("邬某轩", "嘉鱼县潘家湾镇四邑村驻村工作队", "队长"),
    ]


def test_a_cadre_sent_to_the_village_the_headline_goes_to():
    """A headline that goes to one village (到阜平县顾家台村开展帮扶调研): the bare 驻村第一书记 and 工作队队长 of its body
    are that village's, in the town the body names; a headline's 乡村振兴 names no village."""
    text = ("保定市人民政府\n\n市农业农村局到阜平县顾家台村开展帮扶调研\n\n发布时间：2023-05-12\n\n"
            "5月11日，市农业农村局副局长闫某博到阜平县龙泉关镇顾家台村开展帮扶调研。"
            "局选派的驻村第一书记、工作队队长祁某洋汇报了帮扶工作。")
    assert [(h[2], h[3], h[4]) for h in holdings(text)] == [
        ("闫某博", "保定市农业农村局", "副局长"),
        ("祁某洋", "阜平县龙泉关镇顾家台村党支部", "第一书记"), ("祁某洋", "阜平县龙泉关镇顾家台村驻村工作队", "队长"),
    ]
