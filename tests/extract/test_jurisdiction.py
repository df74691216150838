"""Articles' jurisdictions and their bases, and organs named with them in whole documents."""

from __future__ import annotations

import pytest
from newskg.extract.gazetteer import gazetteer


def test_gazetteer_levels_and_labels() -> None:
    gaz = gazetteer()
    jinshui = gaz.named("金水区")[0]
    assert [d.name for d in gaz.chain(jinshui)] == ["金水区", "郑州市", "河南省"]
    assert gaz.label(jinshui) == "金水区"
    assert sorted(gaz.label(d) for d in gaz.named("鼓楼区"))[:2] == ["南京市鼓楼区", "开封市鼓楼区"]
    zone = gaz.zone(gaz.named("新乡市")[0], "经开区")
    assert (zone.name, gaz.parent(zone).name) == ("新乡经开区", "新乡市")
    assert gaz.division(zone.code) is zone


def _juris(text: str, option: str | None = None) -> list[tuple[str, str]]:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-03-01", place=option)
    return [(f.jurisdiction.label, f.jurisdiction.basis) if f.jurisdiction else None for f in res.articles]


@pytest.mark.parametrize(("text", "option", "expected"), [
    # the organs an article names decide (a county's 县委 and its 县长)
    ("3月5日，中牟县委书记王建军主持召开县委常委会会议。", None, [("中牟县", "organs")]),
    # no organ with a place: a division named in the text
    ("3月5日，王建军到金水区丰产路街道检查安全生产工作。", None, [("金水区", "text")]),
    # a site line above the article is more specific than the city its article names
    ("郑州市二七区人民政府\n\n3月5日，王建军到郑州市重点项目工地调研。", None, [("二七区", "header")]),
    ("郑州市二七区人民政府\n\n3月5日，区委书记王建军到郑州市重点项目工地调研。", None, [("二七区", "header")]),
    # a government site's page: the site line, not the breadcrumb or the stamp
    ("中牟县人民政府门户网站\n当前位置：首页 > 政务动态\n县委常委会召开会议\n发布时间：2024-03-05\n"
     "3月5日，县委书记王建军主持召开县委常委会会议。\n责任编辑：张三", None, [("中牟县", "header")]),
    # a dateline: the reporter's place, for an article whose organs are bare
    ("本报郑州讯（记者 王某）3月5日，王建军到重点项目工地调研。", None, [("郑州市", "dateline")]),
    ("中牟县融媒体中心讯 3月5日，县委书记王建军主持召开县委常委会会议。", None, [("中牟县", "dateline")]),
    # nothing on the page: the --place option (or the manifest's place) stands for the site line
    ("3月5日，区委书记王建军主持召开区委常委会会议。", "金水区", [("金水区", "option")]),
    # an option naming no real division is never used as a place
    ("3月5日，区委书记王建军主持召开区委常委会会议。", "某山区", [None]),
    # the page's own organs win over an option naming another place
    ("3月5日，新郑市委书记王建军主持召开市委常委会会议。", "金水区", [("新郑市", "organs")]),
    # a bare 经开区 in a city's article: that city's zone
    ("3月5日，新乡市副市长王建军到经开区调研，经开区党工委书记李卫东陪同。", None,
     [("新乡经开区", "organs+zone")]),
    # a bare 产业集聚区 on a county's page: the county's zone (河南's counties each have one), not its city's
    ("尉氏县人民政府\n\n3月5日，县委常委、产业集聚区党工委书记王建军到产业集聚区调研。", None,
     [("开封尉氏县产业集聚区", "header+zone")]),
    # a county's page on a visit to its city's zone, written in full before: a bare 高新区 is that zone
    ("宜阳县人民政府\n\n3月5日，县长王建军带队到洛阳高新区考察。洛阳高新区党工委书记李卫东介绍情况，"
     "高新区管委会主任赵某明陪同。", None, [("洛阳高新区", "header+zone")]),
    # a city paper's tour of two of its county-level cities, led by its bare 市委书记: the article is the city's
    ("徐州日报\n2024年4月12日　星期五\n第01版：要闻\n\n本报讯（记者 王某）4月11日，观摩团走进邳州市、新沂市。"
     "市委书记岑某川带队观摩。邳州市委书记濮某远、新沂市委书记周某汇报了项目建设情况。", None, [("徐州市", "organs")]),
    # a city paper's bare 市长 opens the article; a county-level city named later in passing is not its place; a topic
    # (研究城市更新) names no city
    ("安阳日报\n2023年8月17日　星期四\n第01版：要闻\n\n市政府召开常务会议\n研究城市更新等工作\n\n本报讯（记者 潘某人）"
     "昨天上午，市委副书记、市长应某东主持召开市政府常务会议。会议听取了城市更新工作汇报，林州市老城区改造项目进展顺利。",
     None, [("安阳市", "header")]),
    # a zone's own site on its visit to another zone (苏州工业园区, whose officials it names in full): its bare 区党工委 is
    # its own
    ("赣州经济技术开发区\n首页 | 新闻中心 | 政务公开\n当前位置：首页 > 新闻中心\n\n熊某秋率队赴苏州工业园区考察\n\n"
     "发布时间：2022-07-08\n\n7月5日，区党工委副书记、管委会主任熊某秋率队赴苏州工业园区考察学习。"
     "苏州工业园区党工委副书记、管委会主任丁某介绍了园区开发建设经验。\n", None, [("赣州经开区", "header")]),
    # a city paper whose bare 市 organs all come before a county-level city's official named in full: the paper's city
    ("沧州日报\n2024年9月20日　星期五\n第02版：要闻　　上一版　下一版\n\n我市发布重点交通工程进展\n\n"
     "本报讯（记者 阚某瑶）9月19日上午，市政府新闻办召开新闻发布会。副市长佟某远作主题发布，市交通运输局局长卜某国"
     "回答提问。黄骅市委常委、常务副市长鲍某明介绍了港口建设情况。\n", None, [("沧州市", "header")]),
    # a paper not named after its place (长江日报: 武汉's), by its masthead and by its dateline
    ("长江日报\n2024年6月20日　星期四\n第3版：要闻　　上一版　下一版\n\n市长调研青山区\n\n"
     "长江日报讯（记者 祝某桐）6月19日，市委副书记、市长岑某树到青山区调研。\n", None, [("武汉市", "dateline")]),
    # a résumé's dated lines name the posts held elsewhere, before: they do not decide the article's place
    ("东营经济技术开发区\n网站首页　新闻中心　政务公开\n当前位置：首页 >> 新闻中心\n\n经开区召开领导干部会议\n\n"
     "发布时间：2024-01-10 18:12:40\n\n1月10日下午，经开区召开领导干部会议，宣布靳某朝同志任经开区党工委书记。"
     "\n\n靳某朝同志简历\n\n靳某朝，男，汉族，1975年10月生。\n\n2008.03—2015.03　淄博市张店区傅家镇党委副书记、镇长\n"
     "2015.03—2019.12　淄博市张店区人民政府副区长\n2019.12—2023.12　淄博经济开发区工委副书记、管委会主任\n", None,
     [("东营经开区", "header")]),
])
def test_article_jurisdiction_and_basis(text: str, option: str | None, expected) -> None:
    assert _juris(text, option) == expected


def test_option_place_reads_divisions_and_zones() -> None:
    from newskg.extract.jurisdiction import option_place

    assert option_place("金水区").name == "金水区"
    assert option_place("郑州经开区").name == "郑州经开区"
    assert option_place("金水区委") is None  # an organ is not a place
    assert option_place("火星区") is None


@pytest.mark.parametrize(("text", "expected"), [
    # a visitor's organ names the city; the zone's bare organs are the zone's its text names
    ("4月19日下午，新乡市政协副主席梁建华一行到经开区调研。区党工委书记王志远，管委会副主任陈静陪同调研。",
     [("梁建华", "新乡市政协", "副主席"), ("王志远", "新乡经开区党工委", "书记"), ("陈静", "新乡经开区管委会", "副主任")]),
    # a zone's 管委会 does not make the district's 区政府 the zone's
    ("7月6日，市人大常委会副主任汪立新赴我区调研。金开区管委会、区发改委负责同志参加座谈，"
     "区政府副区长张明参加。汪立新指出，今年以来金安区经济运行稳中有进。",
     [("汪立新", "六安市人大常委会", "副主任"), ("张明", "金安区政府", "副区长")]),
])
def test_bare_organs_take_the_page_s_place_not_a_visitor_s(text: str, expected) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2023-07-07")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the site's place, named in the article beside a visiting delegation's, is the article's
    ("福清市人民政府门户网站\n首页 > 政务动态\n\n11月18日下午，福清市与常州市武进区产业合作签约仪式在福清市举行。"
     "常州市武进区委副书记、区长许晨光率团出席。福清市委书记阮少峰，市委副书记、市长江一鸣出席并致辞。",
     [("许晨光", "武进区委", "副书记"), ("许晨光", "武进区政府", "区长"), ("阮少峰", "福清市委", "书记"),
      ("江一鸣", "福清市委", "副书记"), ("江一鸣", "福清市政府", "市长")]),
    # a site line with 国家 inside the zone's name; the visitor's city does not make the zone its own
    ("桂林国家高新技术产业开发区管理委员会\n当前位置：首页 > 新闻动态\n\n5月16日上午，钦州市钦南区委副书记、区长韦荣华带队"
     "莅临桂林高新区考察。高新区党工委副书记、管委会主任覃丽君陪同。",
     [("韦荣华", "钦南区委", "副书记"), ("韦荣华", "钦南区政府", "区长"), ("覃丽君", "桂林高新区党工委", "副书记"),
      ("覃丽君", "桂林高新区管委会", "主任")]),
    # a public account's name on the first line (南江发布) is the page's place, over a visiting county's named in full
    ("南江发布\n2023年05月25日 21:06　四川\n\n武义县党政代表团来南江考察交流\n\n"
     "5月24日，浙江省武义县委副书记、县长应某哲率武义县党政代表团来我县考察。县委书记岳某坤陪同考察。"
     "岳某坤介绍了南江县经济社会发展情况。\n",
     [("应某哲", "武义县委", "副书记"), ("应某哲", "武义县政府", "县长"), ("岳某坤", "南江县委", "书记")]),
    # a county's site: its bare 县委 and 乡 organs outnumber the one organ of a visiting city's work team
    ("夏河县人民政府\n首页 > 新闻中心 > 夏河要闻\n\n县长到曲奥乡调研\n\n8月16日，县委副书记、县长华某才让到曲奥乡调研。"
     "天津市东西部协作甘南工作队夏河工作组组长、县委常委、副县长（挂职）孙某然陪同调研。乡党委书记更某达杰汇报了情况。\n",
     [("华某才让", "夏河县委", "副书记"), ("华某才让", "夏河县政府", "县长"),
      ("孙某然", "天津市东西部协作甘南工作队夏河工作组", "组长"), ("孙某然", "夏河县委", "常委"),
      ("孙某然", "夏河县政府", "副县长"), ("更某达杰", "夏河县曲奥乡党委", "书记")]),
    # the host city's escorts: a bare 市委 listed after a chain that names the host in full is the host's; a list that
    # does not escort (…出席会议) leaves the bare organ to the page
    ("汉中市人民政府\n首页 > 政务动态\n\n汉中市党政代表团赴扬州考察\n\n4月8日，汉中市党政代表团赴扬州市考察。"
     "扬州市委副书记、市长岑某文，市委常委、秘书长殷某涛陪同考察。扬州市副市长毛某芬，副市长罗某清出席座谈会。\n",
     [("岑某文", "扬州市委", "副书记"), ("岑某文", "扬州市政府", "市长"), ("殷某涛", "扬州市委", "常委"),
      ("殷某涛", "扬州市委", "秘书长"), ("毛某芬", "扬州市政府", "副市长"), ("罗某清", "汉中市政府", "副市长")]),
    # a provincial paper: a 副省长 visits a city; the bare organs of those who escort him are the host city's
    ("河南日报\n第06版：市县新闻\n\n韦某邦在三门峡调研\n\n本报讯 6月14日，副省长韦某邦到三门峡市调研黄河生态保护工作。"
     "市委书记鲍某升，市委副书记、市长邰某哲陪同调研。韦某邦来到灵宝市，听取灵宝市委书记仝某峥汇报。\n",
     [("韦某邦", "河南省政府", "副省长"), ("鲍某升", "三门峡市委", "书记"), ("邰某哲", "三门峡市委", "副书记"),
      ("邰某哲", "三门峡市政府", "市长"), ("仝某峥", "灵宝市委", "书记")]),
    # a city paper: a bare escort before the host's chain written in full (副市长乙，永安市委书记丙…陪同) is the visiting
    # city's, the host's chain after it the host's
    ("三明日报\n2023年6月10日　星期六　A2　要闻\n\n游某华在永安市调研\n本报讯 6月8日，市委副书记、市长游某华到永安市调研。"
     "副市长官某屿，永安市委书记池某航，市委副书记、市长赖某德陪同调研。\n",
     [("游某华", "三明市委", "副书记"), ("游某华", "三明市政府", "市长"), ("官某屿", "三明市政府", "副市长"),
      ("池某航", "永安市委", "书记"), ("赖某德", "永安市委", "副书记"), ("赖某德", "永安市政府", "市长")]),
    # a part of the article opened by a county-level city written short (在乳山，): its bare 市委 is that city's
    ("威海日报\n第01版：要闻\n\n市长检查防台工作\n本报讯 8月1日，副市长迟某远到乳山市检查防台风工作。"
     "在乳山，市委副书记、市长孙某帆汇报了防御部署。\n",
     [("迟某远", "威海市政府", "副市长"), ("孙某帆", "乳山市委", "副书记"), ("孙某帆", "乳山市政府", "市长")]),
    # a page of several cities' items, its title naming them all (市州速递｜阆中、泸州): no one of them is the site's;
    # each item's headline opens with its place (泸州：…)
    ("川观新闻\n首页 | 市州\n\n市州速递｜阆中、泸州\n\n2024-06-13 08:15　　来源：四川日报\n\n"
     "阆中：古城保护利用提升工程二期开工\n本报讯 6月11日，阆中古城保护利用提升工程二期开工。阆中市委书记杜某岭宣布开工。\n\n"
     "泸州：高新区医药产业园三期投产\n本报讯 6月12日，泸州高新区医药产业园三期投产。市委常委、常务副市长税某宁出席。\n",
     [("杜某岭", "阆中市委", "书记"), ("税某宁", "泸州市委", "常委"), ("税某宁", "泸州市政府", "常务副市长")]),
    # a delegation that comes to a county named short (来丰宁考察) makes the page the host's: its bare 县委 is 丰宁's
    ("承德日报\n第003版：县区新闻\n\n津南区党政代表团来丰宁考察\n\n本报讯 9月15日，天津市津南区委副书记、区长晏某军"
     "率津南区党政代表团来丰宁考察津冀协作工作。津南区副区长柏某芬随团考察。县委副书记、县长关某峰陪同考察。\n",
     [("晏某军", "津南区委", "副书记"), ("晏某军", "津南区政府", "区长"), ("柏某芬", "津南区政府", "副区长"),
      ("关某峰", "丰宁满族自治县委", "副书记"), ("关某峰", "丰宁满族自治县政府", "县长")]),
    # a city paper on one of its counties, another county named once in passing: the bare 县委 is the county named
    # most (twice as often as any other)
    ("吉安日报\n第03版：县区新闻\n\n指导组到永新督导\n\n本报讯 11月8日，市委主题教育第三巡回指导组组长、市政协副主席"
     "段某瑞一行到永新县督导。县委书记欧阳某勋汇报了永新县主题教育工作情况，介绍了借鉴峡江县做法的经验。永新县将抓好整改。\n",
     [("段某瑞", "吉安市委主题教育第三巡回指导组", "组长"), ("段某瑞", "吉安市政协", "副主席"),
      ("欧阳某勋", "永新县委", "书记")]),
    # a paper's 下一篇 line names another article's place, not the page's
    ("金华日报\n2024年9月20日 星期五\n第04版：县市新闻\n\n武义召开重大项目攻坚推进会\n\n"
     "本报讯 9月19日，武义县召开重大项目攻坚推进会。在桐琴镇，镇党委书记邵某军介绍了园区建设情况。\n\n"
     "责任编辑：应某娜\n上一篇：东阳市：“一件事”集成改革提速营商环境\n下一篇：永康市召开秋冬季安全生产工作会议\n",
     [("邵某军", "武义县桐琴镇党委", "书记")]),
    # a former name reads as today's division (章丘市 became 章丘区 in 2016)
    ("2015年3月5日，章丘市委书记刘建国主持召开市委常委会会议。", [("刘建国", "章丘区委", "书记")]),
])
def test_site_and_visitors_and_former_names(text: str, expected) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2021-11-19")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # banners and leagues: 旗委, 旗长, 盟委 are their level's organs
    ("苏尼特左旗人民政府\n\n4月3日，旗委书记乌日根主持召开旗委常委会会议，旗委副书记、旗长巴特尔，副旗长高立新出席。",
     [("乌日根", "苏尼特左旗委", "书记"), ("巴特尔", "苏尼特左旗委", "副书记"), ("巴特尔", "苏尼特左旗政府", "旗长"),
      ("高立新", "苏尼特左旗政府", "副旗长")]),
    # a zone named after a district is the district's, not its city's (天津经开区 is another zone)
    ("天津市西青区人民政府\n\n7月24日，西青经开区党工委书记、管委会主任骆永强主持召开会议。",
     [("骆永强", "天津西青经开区党工委", "书记"), ("骆永强", "天津西青经开区管委会", "主任")]),
    # a transliterated name with a middle dot; 列席 ends a name (向 is both a surname and a follower)
    ("奇台县人民政府\n\n县政协党组书记、主席艾尔肯·吐尔逊出席。副县长曾丽娟、向晓军列席会议。",
     [("艾尔肯·吐尔逊", "奇台县政协党组", "书记"), ("艾尔肯·吐尔逊", "奇台县政协", "主席"),
      ("曾丽娟", "奇台县政府", "副县长"), ("向晓军", "奇台县政府", "副县长")]),
])
def test_banners_district_zones_and_dotted_names(text: str, expected) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2023-04-03")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district named without its nationality (管城区 = 管城回族区); 老城区 here is a common noun, not 洛阳's
    # district; the full site line outweighs a place named in passing
    ("管城回族区人民政府\n当前位置：首页 > 政务动态\n\n7月8日，区委书记杜明达主持召开区委常委会会议。会议指出，管城区是"
     "郑州的老城区。区委副书记、区长韩卫东强调，要抓好落实。",
     [("杜明达", "管城回族区委", "书记"), ("韩卫东", "管城回族区委", "副书记"), ("韩卫东", "管城回族区政府", "区长")]),
    # a park that calls itself 园区 on its own pages
    ("苏州工业园区管理委员会\n当前位置：首页 > 园区动态\n\n6月3日，园区党工委副书记、管委会主任龚立新主持召开会议。",
     [("龚立新", "苏州工业园区党工委", "副书记"), ("龚立新", "苏州工业园区管委会", "主任")]),
    # a city under its province directly (济源市) and its 示范区; a named zone the gazetteer lists (东湖高新区 is
    # 武汉's, not a zone of 南昌's 东湖区)
    ("济源网\n当前位置：首页 > 济源要闻\n\n9月14日，示范区党工委书记、市委书记邢志远主持召开会议。",
     [("邢志远", "济源示范区党工委", "书记"), ("邢志远", "济源市委", "书记")]),
    ("武汉市人民政府\n\n6月8日，武汉市委常委、东湖高新区党工委书记韦建国主持召开会议。",
     [("韦建国", "武汉市委", "常委"), ("韦建国", "武汉东湖高新区党工委", "书记")]),
    # a zone run together with its district (区政合一): bare 区委 on the zone's page is the district's, not a
    # visiting county-level city's; 管委 is short for 管委会
    ("龙泉驿新闻：协同发展\n\n5月26日，简阳市委书记祝长明率简阳市党政代表团来我区考察，简阳市委副书记、市长倪文海随同考察。"
     "区委书记、经开区党工委书记贺明达，区委副书记、区长、经开区管委主任柯建新陪同。",
     [("祝长明", "简阳市委", "书记"), ("倪文海", "简阳市委", "副书记"), ("倪文海", "简阳市政府", "市长"),
      ("贺明达", "龙泉驿区委", "书记"), ("贺明达", "成都经开区党工委", "书记"), ("柯建新", "龙泉驿区委", "副书记"),
      ("柯建新", "龙泉驿区政府", "区长"), ("柯建新", "成都经开区管委会", "主任")]),
    # a zone's 纪工委 is the zone's
    ("合肥高新区管委会\n\n3月2日，合肥高新区党工委书记吴晓东主持会议。党工委委员、纪工委书记柏青出席。",
     [("吴晓东", "合肥高新区党工委", "书记"), ("柏青", "合肥高新区党工委", "委员"), ("柏青", "合肥高新区纪工委", "书记")]),
])
def test_short_names_common_nouns_and_zone_organs(text: str, expected) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2023-07-08")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == expected


def _holdings(text: str) -> list[tuple[str, str, str]]:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-03-01")
    return [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings]


def test_a_district_run_with_its_zone_keeps_its_own_bodies() -> None:
    """区政合一: on a district's site whose meeting is also the zone's, 区委 / 区长 / 区政协 are the district's and
    党工委 / 管委会 the zone's; a zone has no 区委 (it was 株洲高新区委)."""
    text = ("株洲市天元区人民政府\n\n区委常委会（高新区党工委会议）召开\n\n"
            "7月11日，区委书记、株洲高新区党工委书记李建新主持召开会议。区委副书记、区长、高新区管委会主任谭红出席会议，区政"
            "协主席刘岚列席会议。")
    assert _holdings(text) == [
        ("李建新", "天元区委", "书记"), ("李建新", "株洲高新区党工委", "书记"), ("谭红", "天元区委", "副书记"),
        ("谭红", "天元区政府", "区长"), ("谭红", "株洲高新区管委会", "主任"), ("刘岚", "天元区政协", "主席")]


@pytest.mark.parametrize(("site", "expected"), [
    # a county-level city's own site: its bare 高新区 is its own zone, named with its prefecture city as
    # two cities' zones are told apart by their cities; and 市委 its own
    ("神木市人民政府", [("杜建文", "神木市委", "书记"), ("苏红", "神木市委", "常委"),
                       ("苏红", "榆林神木高新区党工委", "书记")]),
    # a district's site: the zone is its city's
    ("郑州市金水区人民政府", [("杜建文", "郑州市委", "书记"), ("苏红", "郑州市委", "常委"),
                             ("苏红", "郑州高新区党工委", "书记")]),
])
def test_a_bare_zone_word_is_the_zone_of_the_site_s_place(site: str, expected) -> None:
    text = f"{site}\n\n3月19日，市委书记杜建文到高新区调研重点项目建设情况。市委常委、高新区党工委书记苏红参加调研。"
    assert _holdings(text) == expected


def test_a_district_of_a_province_level_city_runs_its_own_zone() -> None:
    """天津 静海区's site: its bare 经济开发区 is its own (天津静海经开区), not 天津's (天津经开区, TEDA)."""
    text = ("天津市静海区人民政府\n\n6月11日，区委书记牛某章会见客人。"
            "区委常委、经济开发区党工委书记满某江与客人签署投资协议。")
    assert _holdings(text) == [("牛某章", "静海区委", "书记"), ("满某江", "静海区委", "常委"),
                               ("满某江", "天津静海经开区党工委", "书记")]


def test_a_district_s_own_zone_written_in_full_on_its_page() -> None:
    """邯郸 肥乡区's site writes 肥乡经济开发区 in full: its bare 经济开发区 is that one, not 邯郸's (the gazetteer
    lacks it)."""
    text = ("邯郸市肥乡区人民政府\n\n2月18日，区委书记宁某恒会见客商。区委常委、经济开发区党工委书记郝某雨参加会见。"
            "会见前，客商一行实地考察了肥乡经济开发区新能源装备产业园。")
    assert _holdings(text) == [("宁某恒", "肥乡区委", "书记"), ("郝某雨", "肥乡区委", "常委"),
                               ("郝某雨", "邯郸肥乡经开区党工委", "书记")]


def test_a_national_new_area_is_a_zone_of_its_own() -> None:
    """长春新区 is no 长春市新区 (长春 + a generic word): a named zone of the lexicon, its bare organs its own."""
    text = "12月8日，长春新区召开重点项目推进会。党工委副书记、管委会主任于海明主持会议。"
    assert _holdings(text) == [("于海明", "长春新区党工委", "副书记"), ("于海明", "长春新区管委会", "主任")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare organizer named with the page's place: no 区人大常委会 node joining every district's meetings
    ("即墨区人民政府\n\n3月8日，区人大常委会召开第四十一次会议，审议有关事项。", ["即墨区人大常委会"]),
    # a scope is no organizer (全区…推进会召开); a bare organizer of no known place is dropped
    ("即墨区人民政府\n\n3月9日，全区重点项目建设推进会召开，部署项目建设工作。", [None]),
    ("3月8日，区人大常委会召开第四十一次会议，审议有关事项。", [None]),
])
def test_meeting_organizers_carry_their_place(text: str, expected) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-03-09")
    assert [m.organizer for f in res.articles for m in f.meetings] == expected


def test_a_public_account_page_names_its_zone_in_the_account_line() -> None:
    """A public account's article: the account line under the title names the zone (合肥经开区发布); the province
    it was sent from (发表于安徽) and the titles under 推荐阅读 (…到深圳…) are not the page's place, nor people of it."""
    text = ("总投资86.5亿元！经开区二季度16个重点项目集中开工\n\n"
            "原创 经开融媒 合肥经开区发布 2023-04-18 19:06 发表于安徽\n\n点击蓝字关注我们\n\n"
            "4月18日上午，经开区二季度重点项目集中开工仪式举行。经开区党工委书记戚立新宣布项目开工，"
            "党工委副书记、管委会主任闵振华致辞。安徽锐驰氢能科技有限公司董事长邬海峰作为企业代表发言。\n\n编辑：范思琪\n\n"
            "推荐阅读\n"
            "市委常委、副市长方启明到深圳开展招商活动\n党工委副书记伍家骏督导检查安全生产工作\n\n阅读 3152\n")
    from newskg.extract.model import DatedValue, Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text))
    stamp = "原创 经开融媒 合肥经开区发布 2023-04-18 19:06 发表于安徽"
    assert res.document.date == DatedValue("2023-04-18", "text:stamp", stamp)
    assert [(m.label, m.text) for m in res.document.chrome if m.label in ("stamp", "list")] == [
        ("stamp", stamp),
        ("list", "市委常委、副市长方启明到深圳开展招商活动"), ("list", "党工委副书记伍家骏督导检查安全生产工作")]
    assert ("tools", "阅读 3152") in [(m.label, m.text) for m in res.document.chrome]
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("戚立新", "合肥经开区党工委", "书记"), ("闵振华", "合肥经开区党工委", "副书记"),
        ("闵振华", "合肥经开区管委会", "主任")]


def test_a_district_paper_s_masthead_and_a_visiting_district_s_bare_organs() -> None:
    """松江报 (short name + 报) names its district; on a county's page (镇雄's account) the bare 副区长 of a visiting
    delegation is the one district the article names (松江区), never left bare to merge with every district's."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    paper = ("松江报　2023年09月22日\n第01版：要闻\n\n区委书记率代表团赴镇雄县考察\n\n"
             "本报讯（记者 顾一帆）9月20日，区委书记俞晓岚率松江区党政代表团赴镇雄县考察。副区长戴明华参加。"
             "镇雄县委书记禄文杰陪同考察。镇雄县委副书记、县长陶正祥出席。\n")
    account = ("镇雄县融媒体中心讯 4月12日，县委书记禄文杰率镇雄县考察团赴上海市松江区开展招商活动。"
               "镇雄县委书记禄文杰与松江区委书记俞晓岚座谈，副区长戴明华参加会见。\n")
    got = []
    for text in (paper, account):
        res = extract_document(Document("p.txt", "p.txt", text))
        got.append([(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings])
    assert got == [
        [("俞晓岚", "松江区委", "书记"), ("戴明华", "松江区政府", "副区长"), ("禄文杰", "镇雄县委", "书记"),
         ("陶正祥", "镇雄县委", "副书记"), ("陶正祥", "镇雄县政府", "县长")],
        [("禄文杰", "镇雄县委", "书记"), ("俞晓岚", "松江区委", "书记"),
         ("戴明华", "松江区政府", "副区长")],  # 县委书记禄文杰 (率镇雄县考察团: 镇雄县's) and 镇雄县委书记禄文杰: one post
    ]


def test_a_county_paper_s_edition_line_and_names_that_hold_a_city() -> None:
    """The county is named only by the masthead inside the edition line (霞浦新闻, 今日沭阳); a person whose name holds
    a city's short name (雷朝阳: 朝阳) names no place; a slogan (花木强县) is no county for the bare 县委."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    pages = [
        ("2022年11月15日  星期二    闽东日报    第6版  霞浦新闻    编辑：黄丽芸\n\n雷朝阳：把“海上田园”经营好\n"
         "11月的沙江镇，清晨6点多，镇党委书记雷朝阳已经和养殖户一起站在滩涂边。副县长缪建华带着技术人员查看长势。\n"),
        ("2021年4月22日  星期四      今日沭阳      第1版  要闻\n\n县委常委会召开会议\n"
         "本报讯 4月21日，县委书记厉振东主持召开县委常委会会议。会议强调，要坚持“花木强县”不动摇。\n"),
    ]
    got = []
    for text in pages:
        res = extract_document(Document("p.txt", "p.txt", text))
        got.append(([f.article.headline for f in res.articles],
                    [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings]))
    assert got == [
        (["雷朝阳：把“海上田园”经营好"], [("雷朝阳", "霞浦县沙江镇党委", "书记"), ("缪建华", "霞浦县政府", "副县长")]),
        (["县委常委会召开会议"], [("厉振东", "沭阳县委", "书记")]),
    ]


def test_a_city_paper_s_edition_for_one_of_its_county_level_cities() -> None:
    """嘉兴日报桐乡版, 第C01版：今日桐乡: the edition is 桐乡's, so its bare 市委 and 市长 are 桐乡's, not 嘉兴's
    (part fw)."""
    text = ("嘉兴日报桐乡版\n第C01版：今日桐乡\n2024年07月19日　星期五　　　上一期　下一期\n\n市政府召开常务会议\n"
            "本报讯　7月18日，市委副书记、市长屠某骏主持召开市政府常务会议。副市长聂某扬出席会议。\n")
    assert _holdings(text) == [("屠某骏", "桐乡市委", "副书记"), ("屠某骏", "桐乡市政府", "市长"),
                               ("聂某扬", "桐乡市政府", "副市长")]


def test_an_autonomous_region_s_chair_is_of_its_government() -> None:
    """自治区党委常委、副主席 → 副主席 of 自治区政府 (as 省委常委、副省长 is of 省政府)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = "西吉县融媒体中心讯 8月28日，自治区党委常委、副主席马占江到我县调研。"
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("马占江", "宁夏回族自治区党委", "常委"), ("马占江", "宁夏回族自治区政府", "副主席")]
    text = "融安县融媒体中心讯 9月6日，自治区副主席柯某涛到融安县调研。"  # written alone (part fr)
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("柯某涛", "广西壮族自治区政府", "副主席")]


def test_bare_organs_of_a_visit_to_several_places() -> None:
    """A city leader who goes to a county-level city is not of it (市委常委、副市长揭某到雷州市调研: 湛江's 市委); a
    bare 区委 in the part of the article that opens 在龙华区， is 龙华区's (海口's, not 深圳's), not the article's 美兰区."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    pages = [
        "11月8日，市委常委、副市长揭昌明到雷州市调研海堤加固工作。雷州市委书记麦国华陪同调研。",
        ("3月7日，市委副书记、市长符策明到龙华区、美兰区调研城市更新工作。在龙华区，符策明来到金盘片区。区委书记吴坤明介绍，"
         "龙华区今年计划实施城市更新项目12个。在美兰区，符策明来到演丰镇。美兰区委副书记、区长邢国栋汇报了情况。"),
    ]
    got = [[(h.person.text, h.org, h.title) for f in extract_document(Document("p.txt", "p.txt", t)).articles
            for h in f.holdings] for t in pages]
    assert got == [
        [("揭昌明", "湛江市委", "常委"), ("揭昌明", "湛江市政府", "副市长"), ("麦国华", "雷州市委", "书记")],
        [("符策明", "海口市委", "副书记"), ("符策明", "海口市政府", "市长"), ("吴坤明", "海口市龙华区委", "书记"),
         ("邢国栋", "美兰区委", "副书记"), ("邢国栋", "美兰区政府", "区长")],
    ]


def test_a_zone_s_delegation_visiting_another_city_s_zone() -> None:
    """荆州's account on a visit to 马鞍山经开区: the visitors' bare 经开区 organs are the page's own zone (荆州经开区), not
    the one the page writes in full; the hosts listed after 马鞍山经开区党工委书记某 in the same sentence are 马鞍山's;
    支持新任党工委书记 names no one."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("经开区党政考察团赴马鞍山经开区考察交流\n\n原创 经开融媒 荆州经开发布 2023-06-09 20:12 发表于湖北\n\n"
            "6月8日，经开区党工委书记阮志航率经开区党政考察团赴马鞍山经开区考察交流。"
            "马鞍山经开区党工委书记聂文韬，党工委副书记、管委会主任储永红陪同考察。"
            "经开区党工委委员、管委会副主任熊启帆参加考察。大家表示将支持新任党工委书记开展工作。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("阮志航", "荆州经开区党工委", "书记"), ("聂文韬", "马鞍山经开区党工委", "书记"),
        ("储永红", "马鞍山经开区党工委", "副书记"), ("储永红", "马鞍山经开区管委会", "主任"),
        ("熊启帆", "荆州经开区党工委", "委员"), ("熊启帆", "荆州经开区管委会", "副主任")]


def test_a_city_wide_meeting_where_its_counties_report_is_the_city_s() -> None:
    """A city paper's 全市 meeting where three counties' leaders report: the bare 副市长 and 市住建局 are the city's,
    not those of the county-level city named most (集安市)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("10月16日，全市城市更新工作推进会召开。副市长迟文涛出席会议并讲话。会上，市住建局局长姜海波通报了进展情况。"
            "东昌区委副书记、区长鲍丽君，通化县委副书记、县长都兴华，集安市委常委、副市长朴成哲，柳河县副县长富春阳先后发言"
            "，"
            "介绍了集安市老城区雨污分流改造工程等项目的推进做法。")
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-10-17")
    assert [(h.person.text, h.org) for f in res.articles for h in f.holdings][:2] == [
        ("迟文涛", "通化市政府"), ("姜海波", "通化市住建局")]


_CITY_PAPER = """通化日报
2025年1月8日　星期三
第A01版：要闻　　上一版　　下一版　　本版导航

市政府召开常务会议

本报讯（记者 邵佳琪）1月7日下午，市委副书记、市长綦明远主持召开市政府常务会议。
会议研究了《通化市重点项目建设工作方案》，要求做好集安市鸭绿江沿线防护。

通化日报社出版　　吉ICP备05003306号
"""


def test_a_city_paper_s_bare_city_organs_are_the_city_s_when_one_of_its_county_level_cities_is_named_as_often():
    assert _holdings(_CITY_PAPER) == [("綦明远", "通化市委", "副书记"), ("綦明远", "通化市政府", "市长")]


def test_an_edition_s_navigation_and_its_publisher_s_footer_are_chrome_and_a_county_story_stays_the_county_s():
    page = """保定日报
2023年8月22日　星期二
第06版：乡村振兴
上一版　下一版　　　　　　　　本版导航

山村民宿热起来

本报讯 8月中旬，阜平县龙泉关镇顾家台村的民宿迎来游客高峰。8月18日，龙泉关镇在顾家台村召开现场会，镇党委书记裴志安主持会议。
保定市农业农村局派驻顾家台村第一书记蒲望川介绍了情况。

保定日报社出版　　地址：保定市东风中路　　冀ICP备10200548号
"""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", page), cli_date="2024-03-01")
    assert [(f.article.headline, f.jurisdiction.label) for f in res.articles] == [("山村民宿热起来", "阜平县")]
    assert _holdings(page) == [("裴志安", "阜平县龙泉关镇党委", "书记"),
                               ("蒲望川", "阜平县龙泉关镇顾家台村党支部", "第一书记")]


def test_committees_of_the_democratic_parties_and_the_league_keep_their_names():
    page = """益阳市人民政府
当前位置：首页 > 政务要闻

民盟市委调研乡村振兴

发布时间：2023-05-10

5月9日，市政协副主席、民盟市委主委卜文海率调研组到安化县调研。社市委副主委祁丽华，民进市委会专职副主委钱慧琴，团市委书记冉思雨参加调研。
市委书记瞿振华希望团市委发挥好作用。会议补选蔺雅芳为政协益阳市第七届委员会副主席。
"""
    assert _holdings(page) == [
        ("卜文海", "益阳市政协", "副主席"), ("卜文海", "民盟益阳市委", "主委"), ("祁丽华", "九三学社益阳市委", "副主委"),
        ("钱慧琴", "民进益阳市委", "专职副主委"), ("冉思雨", "共青团益阳市委", "书记"), ("瞿振华", "益阳市委", "书记"),
        ("蔺雅芳", "益阳市政协", "副主席"),
    ]


def test_a_management_area_s_bodies_and_towns() -> None:
    """湖南's 管理区 (zone_places.tsv): on its site 区党工委, 区工委 and 区人大政协工委 are the area's, and so are its towns
    when the page names no district its zone is run with."""
    text = ("屈原管理区管理委员会\n当前位置：首页 > 政务动态\n\n发布时间：2023-05-18 16:20\n\n"
            "5月17日，区党工委书记贺某林深入营田镇调研。区工委副书记、管委会主任钟某东，区人大政协工委主任廖某富陪同。"
            "在营田镇，镇党委书记许某刚汇报了全镇工作。")
    assert _holdings(text) == [
        ("贺某林", "屈原管理区党工委", "书记"), ("钟某东", "屈原管理区党工委", "副书记"),
        ("钟某东", "屈原管理区管委会", "主任"), ("廖某富", "屈原管理区人大政协工委", "主任"),
        ("许某刚", "屈原管理区营田镇党委", "书记"),
    ]


def test_a_zone_s_towns_are_the_district_s_it_is_run_with() -> None:
    """A zone page that names the district it is run with (区政合一): a bare town's organs are the district's."""
    text = ("江门高新区（江海区）门户网站\n\n发布时间：2024-03-12\n\n3月11日，江门高新区（江海区）重点项目建设推进会召开。"
            "外海街道党工委书记伍某梁汇报了片区项目进展。")
    assert _holdings(text) == [("伍某梁", "江海区外海街道党工委", "书记")]


def test_visits_between_two_places() -> None:
    """A host paper's page (来我州) is the host's, whoever it names more; a county whose name opens with a cue's
    letter (和政县) is read whole; a 常委 of a city's committee who is 书记 of a bare 市委 is the page's city's; the
    companions of a delegation named with its place (…随团) take its place for their bare organs."""
    host = ("民族日报\n第01版：要闻\n\n厦门市党政代表团来我州考察\n\n本报讯（记者 马某英）7月11日，厦门市委副书记苏某邦率厦"
            "门市党政"
            "代表团来我州考察东西部协作工作，并出席厦门市—临夏州联席会议。州委书记喇某国，州委副书记、州长马某禄陪同考察。在"
            "和政县，和政县委书记马某禄介绍了情况。")
    assert _holdings(host) == [
        ("苏某邦", "厦门市委", "副书记"), ("喇某国", "临夏回族自治州委", "书记"), ("马某禄", "临夏回族自治州委", "副书记"),
        ("马某禄", "临夏回族自治州政府", "州长"), ("马某禄", "和政县委", "书记"),
    ]
    paper = ("瑞安日报\n\n本报四川南部5月17日电（记者 陈某颖）5月16日，温州市委常委、市委书记柯某衡率我市党政代表团赴四川省"
             "南充市"
             "南部县考察东西部协作工作。")
    assert ("柯某衡", "瑞安市委", "书记") in _holdings(paper)
    county = ("南部县人民政府\n\n瑞安市党政代表团来我县考察\n\n发布时间：2023-05-18\n\n5月16日，瑞安市委副书记、市长何某航率"
              "瑞安市党政"
              "代表团来我县考察。市委常委、常务副市长池某帆，市委常委、统战部部长黄某溪随团考察。县委书记敬某军陪同。")
    assert _holdings(county) == [
        ("何某航", "瑞安市委", "副书记"), ("何某航", "瑞安市政府", "市长"), ("池某帆", "瑞安市委", "常委"),
        ("池某帆", "瑞安市政府", "常务副市长"), ("黄某溪", "瑞安市委", "常委"), ("黄某溪", "瑞安市委统战部", "部长"),
        ("敬某军", "南部县委", "书记"),
    ]


def test_streets_named_like_cities_and_a_street_s_account() -> None:
    """A street whose name opens with a city's (朝阳洲街道, 北京街道) is the page's district's street, not that city's;
    a chain's 办事处 is its own street's; a street's public account (越秀北京街道发布) names its district; 我区区委 is
    the page's 区委; a district's people listed after its chain are its."""
    site = ("南昌市西湖区人民政府\n您现在所在的位置: 首页>政务公开>工作动态\n\n熊某文调研系马桩街道、朝阳洲街道\n\n"
            "  • 发布时间: 2022-08-19 10:25\n  • 来源: 区委办\n\n8月18日上午，区委书记熊某文深入系马桩街道、朝阳洲街道调研。"
            "系马桩街道党工委书记涂某勇，朝阳洲街道党工委副书记、办事处主任彭某川陪同调研。")
    assert _holdings(site) == [
        ("熊某文", "南昌市西湖区委", "书记"), ("涂某勇", "南昌市西湖区系马桩街道党工委", "书记"),
        ("彭某川", "南昌市西湖区朝阳洲街道党工委", "副书记"), ("彭某川", "南昌市西湖区朝阳洲街道办事处", "主任"),
    ]
    account = ("北京街道人大工委组织代表视察\n\n原创　北京街道　越秀北京街道发布　2023年06月12日 18:30　发布于：广东\n\n"
               "点击上方蓝字 关注我们\n\n6月9日下午，区人大常委会副主任苏某文，街道党工委书记梁某鹏参加视察。")
    assert _holdings(account) == [("苏某文", "越秀区人大常委会", "副主任"), ("梁某鹏", "越秀区北京街道党工委", "书记")]
    visit = ("福州市鼓楼区人民政府\n\n发布时间：2023-10-19\n\n10月16日，区委书记郑某峰率我区党政代表团赴南京市鼓楼区考察。"
             "南京市鼓楼区委书记顾某涛，区委副书记、区长殷某川陪同考察。我区区委常委、区委办主任陈某瑶参加考察。")
    assert _holdings(visit) == [
        ("郑某峰", "福州市鼓楼区委", "书记"), ("顾某涛", "南京市鼓楼区委", "书记"), ("殷某川", "南京市鼓楼区委", "副书记"),
        ("殷某川", "南京市鼓楼区政府", "区长"), ("陈某瑶", "福州市鼓楼区委", "常委"), ("陈某瑶", "福州市鼓楼区委办", "主任"),
    ]


def test_a_forest_district_s_head_and_a_paragraph_s_town() -> None:
    """林区长 is the head of the 林区's government; a bare 镇党委 in a paragraph that opened with its town (在熊口镇，…。)
    is that town's; 省经济和信息化厅 is read whole (和 is the organ's)."""
    text = ("神农架林区人民政府\n\n发布时间：2023-04-12\n\n4月11日，林区党委副书记、林区长廖某刚到木鱼镇调研。"
            "省经济和信息化厅副厅长卢某邦参加调研。\n在木鱼镇，廖某刚察看了茶园。镇党委书记黎某航介绍了情况。")
    assert _holdings(text) == [
        ("廖某刚", "神农架林区委", "副书记"), ("廖某刚", "神农架林区政府", "区长"),
        ("卢某邦", "湖北省经济和信息化厅", "副厅长"), ("黎某航", "神农架林区木鱼镇党委", "书记"),
    ]


def test_a_tour_of_two_cities_named_by_their_short_names() -> None:
    """A province's page on its governor's tour: each paragraph opens with its city's short name (在铜川，…), and the
    bare 市委 / 市政府 of that paragraph are that city's."""
    text = ("陕西省人民政府\n\n发布时间：2022-06-09 08:12\n\n6月7日至8日，省委副书记、省长严某峰先后深入铜川、延安两市调研。"
            "\n\n"
            "在铜川，严某峰来到光伏组件产业园。市委书记宁某坚，市委副书记、市长郗某哲陪同调研。\n\n"
            "在延安，严某峰察看了苹果产业园。市委书记薛某文，市委副书记、市长白某仁陪同调研。")
    assert _holdings(text) == [
        ("严某峰", "陕西省委", "副书记"), ("严某峰", "陕西省政府", "省长"),
        ("宁某坚", "铜川市委", "书记"), ("郗某哲", "铜川市委", "副书记"), ("郗某哲", "铜川市政府", "市长"),
        ("薛某文", "延安市委", "书记"), ("白某仁", "延安市委", "副书记"), ("白某仁", "延安市政府", "市长"),
    ]


def test_an_older_page_of_a_county_made_a_district() -> None:
    """吴江市 (a district since 2012) on its own old site: its bare organs are the division the table now calls 吴江区;
    a leader who goes to a zone of his own place (到明水经济技术开发区) keeps his place's 市委."""
    old = ("吴江市人民政府\n您现在的位置：首页 >> 政务动态\n\n发布时间：2011-03-08\n\n"
           "3月7日，市委副书记、市长顾某涛检查盛泽镇重点项目。")
    assert [(o, t) for _n, o, t in _holdings(old)] == [("吴江区委", "副书记"), ("吴江区政府", "市长")]
    zone = ("章丘市人民政府\n当前位置：首页 > 新闻中心\n\n发布时间：2014-03-14 09:12\n\n"
            "3月13日，市委书记房某军到明水经济技术开发区调研工业经济运行。")
    assert _holdings(zone) == [("房某军", "章丘区委", "书记")]


@pytest.mark.parametrize(("text", "expected"), [
    # a county's 经济开发区 on the county's media centre page: the county's zone, with its prefecture city
    ("宁晋县融媒体中心\n\n4月12日，县委常委、经济开发区党工委书记史某图带领观摩团察看项目。",
     [("史某图", "宁晋县委", "常委"), ("史某图", "邢台宁晋经开区党工委", "书记")]),
    # on the prefecture city's page, a chain that names the county first: the zone is that county's
    ("邢台网络广播电视台\n\n6月18日，副市长郜某平到宁晋县调研。宁晋县委常委、经济开发区党工委书记史某图陪同。",
     [("郜某平", "邢台市政府", "副市长"), ("史某图", "宁晋县委", "常委"), ("史某图", "邢台宁晋经开区党工委", "书记")]),
    # a zone named after a county, written with the county's name on the prefecture city's page
    ("阜阳市人民政府\n\n5月31日，临泉经济开发区党工委书记顾某阳汇报园区建设情况。",
     [("顾某阳", "阜阳临泉经开区党工委", "书记")]),
    # 明水 on a 济南 (山东) page is 章丘's 明水, not 绥化's (黑龙江) 明水县: 济南's zone named after it
    ("济南市章丘区人民政府\n\n3月2日，区委常委、明水经济技术开发区党工委书记亓某波陪同调研。",
     [("亓某波", "章丘区委", "常委"), ("亓某波", "济南明水经开区党工委", "书记")]),
])
def test_a_county_s_zone_carries_its_prefecture_city(text: str, expected) -> None:
    assert _holdings(text) == expected


def test_a_national_zone_named_after_no_division() -> None:
    """包头稀土高新技术产业开发区's site: 稀土 is no division; the zone is a named one (zone_places.tsv), its bare
    党工委 and 管委会 its own."""
    text = ("包头稀土高新技术产业开发区\n首页 > 新闻中心 > 高新要闻\n\n稀土高新区召开建设推进会"
            "\n\n发布日期：2022-06-29 18:05\n\n"
            "6月28日，稀土高新区召开建设推进会。党工委书记那某达来出席会议，党工委副书记、管委会主任郝某鹏主持会议。")
    assert _holdings(text) == [("那某达来", "包头稀土高新区党工委", "书记"), ("郝某鹏", "包头稀土高新区党工委", "副书记"),
                               ("郝某鹏", "包头稀土高新区管委会", "主任")]


def test_a_named_zone_s_bodies_and_departments() -> None:
    """昆山开发区 (zone_places.tsv) on its own site: 开发区党工委 and its departments (开发区经发局) are the zone's; so is
    苏州工业园区's 园区经济发展委员会."""
    site = ("昆山开发区管委会\n\n发布时间：2022-02-10\n\n2月9日，昆山市委常委、开发区党工委书记邰某东宣布开工。"
            "开发区党工委副书记、管委会主任缪某行致辞。开发区经发局局长严某峰介绍了项目情况。")
    assert _holdings(site) == [
        ("邰某东", "昆山市委", "常委"), ("邰某东", "昆山开发区党工委", "书记"), ("缪某行", "昆山开发区党工委", "副书记"),
        ("缪某行", "昆山开发区管委会", "主任"), ("严某峰", "昆山开发区经发局", "局长"),
    ]
    park = ("苏州工业园区管理委员会\n\n发布时间：2023-05-10\n\n5月9日，园区经济发展委员会主任钮某强出席签约仪式。")
    assert _holdings(park) == [("钮某强", "苏州工业园区经济发展委员会", "主任")]


def test_a_first_secretary_stationed_in_a_village() -> None:
    """驻村第一书记 is the first secretary of the village the sentence opens with (在西关村，…), not of an organ named
    驻村 shared by every village; with no village named it is no post (a role)."""
    text = ("礼县人民政府\n\n发布时间：2024-05-20\n\n5月19日，县委书记某某到城关镇调研。在西关村，村党支部书记、村委会主任王"
            "某林"
            "介绍了村集体果园的经营模式；县财政局选派的驻村第一书记牛某杰汇报了冷链仓储项目进展。")
    first = [(n, o, t) for n, o, t in _holdings(text) if t == "第一书记"]
    assert first == [("牛某杰", "礼县城关镇西关村党支部", "第一书记")]
    unnamed = "礼县人民政府\n\n发布时间：2024-05-20\n\n5月19日，全县驻村帮扶工作推进会召开。驻村第一书记马某川作交流发言。"
    assert _holdings(unnamed) == []


def test_a_bingtuan_division_and_its_city() -> None:
    """师市合一 (bingtuan.tsv): on 石河子市's page 师市党委 is 第八师石河子市委, 政委 and 副师长 the 师's, 市长 the city's
    government's, a numbered 团's organs and command the 师市's 团; written in full on a neighbouring county's page
    (八师石河子市党委常委) the same."""
    page = ("新疆生产建设兵团第八师石河子市\n您的位置：首页 > 新闻动态\n\n发布时间：2022-05-19 18:42:10\n\n"
            "5月18日，师市党委书记、政委戴某邦深入一四三团调研。师市党委常委、副师长洪某军，副市长贺某岚，"
            "师市农业农村局局长阎某庆陪同调研。一四三团党委书记、政委卜某灏汇报了团场春播情况。")
    assert _holdings(page) == [
        ("戴某邦", "第八师石河子市委", "书记"), ("戴某邦", "第八师", "政委"), ("洪某军", "第八师石河子市委", "常委"),
        ("洪某军", "第八师", "副师长"), ("贺某岚", "石河子市政府", "副市长"), ("阎某庆", "第八师石河子市农业农村局", "局长"),
        ("卜某灏", "第八师石河子市一四三团党委", "书记"), ("卜某灏", "第八师石河子市一四三团", "政委"),
    ]
    county = ("玛纳斯县人民政府\n\n发布时间：2023-06-02\n\n6月1日，县委书记谭某国会见八师石河子市党委常委、副师长洪某军一行"
              "。")
    assert ("洪某军", "第八师石河子市委", "常委") in _holdings(county)


def test_a_dateline_names_its_county_by_its_short_name() -> None:
    """本报淅川讯 on a city paper's page of several counties: the item is 淅川县's, whatever the page's list names."""
    text = ("南阳日报\n第05版：县区新闻\n\n本版导读\n◇ 杜某栋在淅川调研水质…\n◇ 社旗县开展防汛应急演…\n\n杜某栋在淅川调研水"
            "质保护工作\n"
            "本报淅川讯（记者 汪某岚）6月20日，县委书记杜某栋深入九重镇调研。县委副书记、县长闵某华参加调研。")
    assert _holdings(text) == [
        ("杜某栋", "淅川县委", "书记"), ("闵某华", "淅川县委", "副书记"), ("闵某华", "淅川县政府", "县长")]


def test_a_zone_written_with_its_twin_district_in_brackets() -> None:
    """经开区（头屯河区）党工委: the zone's organ (the bracket names the district it is run with, whose bare 区委 the page's
    organs are); 对标市委 names no city 标市."""
    text = ("乌鲁木齐经济技术开发区（头屯河区）\n\n发布时间：2022-04-14 19:06\n\n4月13日，经开区（头屯河区）召开推进会。"
            "经开区（头屯河区）党工委副书记、管委会主任，区委副书记、区长艾尔肯·吐某克主持会议。党工委书记、区委书记韩某勇出"
            "席会议。"
            "韩某勇表示，全区将对标市委、市政府部署抓好落实。")
    assert _holdings(text) == [
        ("艾尔肯·吐某克", "乌鲁木齐经开区党工委", "副书记"), ("艾尔肯·吐某克", "乌鲁木齐经开区管委会", "主任"),
        ("艾尔肯·吐某克", "头屯河区委", "副书记"), ("艾尔肯·吐某克", "头屯河区政府", "区长"),
        ("韩某勇", "乌鲁木齐经开区党工委", "书记"), ("韩某勇", "头屯河区委", "书记"),
    ]


def test_a_clause_that_opens_with_its_county_after_a_semicolon() -> None:
    """…介绍了情况；在新邵县，副县长甲汇报了…: the clause's county, as a sentence's or a paragraph's (在X县，…)."""
    text = ("邵阳日报\n第A01版：要闻\n\n本报讯（记者 某某）9月5日，省住建厅副厅长龙某潮到隆回县、新邵县督导自建房整治。"
            "在隆回县，县委副书记、县长罗某平介绍了全县行动开展情况；在新邵县，副县长肖某强汇报了隐患房屋整治进展。")
    assert ("肖某强", "新邵县政府", "副县长") in _holdings(text)


def test_a_new_area_s_own_word_is_a_zone_s_place() -> None:
    """新区工委书记、区委书记甲 on 青岛西海岸新区's site naming 黄岛区: the 新区's 党工委, then the district's 区委 (not a
    新区委 of the 新区's letters)."""
    text = ("青岛西海岸新区（黄岛区）门户网站\n\n发布时间：2025-04-18\n\n"
            "4月17日，新区工委书记、区委书记隋某哲主持召开会议。")
    assert _holdings(text) == [("隋某哲", "青岛西海岸新区党工委", "书记"), ("隋某哲", "黄岛区委", "书记")]


@pytest.mark.parametrize(("text", "expected"), [
    # the town named in the holder's sentence, though another was named before it
    ("山丹县人民政府\n\n3月2日，县长蔺国栋到位奇镇万亩高标准农田建设项目现场调研。在清泉镇南关村，镇党委书记毛晓燕汇报了情况。",
     [("蔺国栋", "山丹县政府", "县长"), ("毛晓燕", "山丹县清泉镇党委", "书记")]),
    # the one town the sentence before names
    ("习水县人民政府\n\n9月10日，副县长母某荣到土城镇调研。镇党委书记罗某勋汇报了文旅融合项目推进情况。",
     [("母某荣", "习水县政府", "副县长"), ("罗某勋", "习水县土城镇党委", "书记")]),
])
def test_a_bare_town_organ_is_the_town_named_before_it(text: str, expected) -> None:
    assert _holdings(text) == expected


def test_a_former_holder_s_town() -> None:
    """兑镇镇原副镇长某某: 原 marks a former holder; the post is the town's government's."""
    text = "孝义市人民政府\n\n9月26日，孝义市纪委监委召开警示教育会，通报了兑镇镇原副镇长沈某国严重违纪违法案。"
    assert _holdings(text) == [("沈某国", "孝义市兑镇镇政府", "副镇长")]


def test_a_bare_prefecture_organ_of_the_one_prefecture_a_visit_names() -> None:
    """厦门's paper on a visit to 临夏州: the bare 州委 and 州长 are the one 州 the article names (as 区委 of the one
    district), not of no place."""
    text = ("厦门日报\n\n本报临夏7月12日电 7月11日至12日，市委副书记苏某邦率我市党政代表团赴甘肃省临夏回族自治州考察。"
            "临夏州委书记喇某国，州委副书记、州长马某禄陪同考察。")
    assert [h for h in _holdings(text) if h[0] == "马某禄"] == [
        ("马某禄", "临夏回族自治州委", "副书记"), ("马某禄", "临夏回族自治州政府", "州长")]


def test_a_bare_regiment_organ_on_a_shishi_page() -> None:
    """第八师石河子市's site: 团党委副书记、团长某某 after 一四三团 is named are that regiment's, no 共青团's."""
    text = ("石河子市人民政府\n\n4月20日，师市党委常委、副师长洪某军深入一四三团调研春季田间管理。"
            "在项目区，团党委副书记、团长蔺某宇介绍了滴灌改造进展。")
    assert [h for h in _holdings(text) if h[0] == "蔺某宇"] == [
        ("蔺某宇", "第八师石河子市一四三团党委", "副书记"), ("蔺某宇", "第八师石河子市一四三团", "团长")]


def test_a_title_then_a_name_in_transliteration_in_a_list() -> None:
    """闫某远、县长叶尔兰·托合塔尔陪同: after 、 a title opens a new chain; the dotted name is its holder, not a name
    with the title glued on."""
    text = "额敏县人民政府\n\n3月5日，额敏县委书记闫某远、县长叶尔兰·托合塔尔陪同调研。"
    assert _holdings(text) == [("闫某远", "额敏县委", "书记"), ("叶尔兰·托合塔尔", "额敏县政府", "县长")]


def test_a_bare_park_organ_of_the_one_zone_the_page_names() -> None:
    """江西弋阳高新技术产业园区's site: 园区党工委书记, 园区经济发展局局长 are that zone's, labelled with its prefecture
    city."""
    text = ("江西弋阳高新技术产业园区\n首页 > 新闻动态 > 园区要闻\n\n园区举行重点项目建设现场观摩\n\n"
            "4月7日，弋阳高新技术产业园区举行一季度重点项目观摩。县委常委、园区党工委书记邵某平参加观摩，"
            "园区经济发展局局长吴某军通报了项目进展。")
    assert [h for h in _holdings(text) if h[0] != "邵某平" or h[2] == "书记"] == [
        ("邵某平", "上饶弋阳高新区党工委", "书记"), ("吴某军", "上饶弋阳高新区经济发展局", "局长")]


def test_the_leader_of_a_visiting_delegation_is_of_its_place() -> None:
    """舟山's paper: 达州市委书记甲，市委副书记、市长乙率达州市党政代表团来舟考察 — 乙's bare 市委 and 市长 are 达州's, the
    delegation's he leads, not the host's."""
    text = ("舟山市人民政府\n\n11月20日至21日，四川省达州市委书记符某栋，市委副书记、市长龚某然率达州市党政代表团来舟考察。"
            "双方在舟山举行座谈。")
    assert [h for h in _holdings(text) if h[0] == "龚某然"] == [
        ("龚某然", "达州市委", "副书记"), ("龚某然", "达州市政府", "市长")]


def test_a_shishi_s_organs_are_of_its_city() -> None:
    """第八师石河子市委 and 第八师, named on a neighbouring county's page: posts of 石河子市 (a place code), so the same
    person on the 师市's own page is one person."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = "玛纳斯县人民政府\n\n4月12日，兵地融合发展联席会议召开。八师石河子市党委常委、副师长洪某军出席会议。"
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.org, h.title, h.place) for f in res.articles for h in f.holdings] == [
        ("第八师石河子市委", "常委", "659001000000"), ("第八师", "副师长", "659001000000")]


def test_a_bare_organ_of_a_renamed_county_by_its_former_level_letter() -> None:
    """京山县 (京山市 since 2018) on a 2016 city paper's page: its bare 县发改局 is the one county the page names,
    read by the level letter of its name then."""
    from collections import Counter

    from newskg.extract.article_places import only_of_level
    from newskg.extract.gazetteer import gazetteer

    jingshan = gazetteer().named("京山市")[0]
    assert only_of_level("县发改局", Counter({jingshan: 2})) == jingshan
    assert only_of_level("区委", Counter({jingshan: 2})) is None


def test_a_zone_s_own_sub_district_office_on_its_page() -> None:
    """郑州经开区's page: its 九龙办事处党工委 (a 办事处 the zone runs, no county's town) takes the zone's label."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    page = ("郑州经济技术开发区\n\n经开区开展重点项目观摩点评活动\n\n发布时间：2023-11-17\n\n11月16日，经开区开展第四季度"
            "重点项目观摩点评活动。党工委书记祁某明带队。九龙办事处党工委书记查某国介绍了项目进展。\n")
    res = extract_document(Document("p.txt", "p.txt", page))
    assert [(h.person.text, h.org) for f in res.articles for h in f.holdings] == [
        ("祁某明", "郑州经开区党工委"), ("查某国", "郑州经开区九龙办事处党工委")]


def test_a_zone_named_after_a_place_inside_its_city_is_the_page_s_zone() -> None:
    """宜宾日报: 临港经开区党工委书记 names 宜宾临港经开区, and the bare 党工委 and 管委会 after it are that zone's, not
    宜宾经开区's (part ev)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("宜宾日报\n2024年5月18日 星期六 第02版\n\n临港经开区召开党工委（扩大）会议\n本报讯 5月17日，临港经开区党工委书记"
            "阙某峰主持召开党工委（扩大）会议。党工委副书记、管委会主任敖某刚通报了1至4月主要经济指标完成情况。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [f.jurisdiction.label for f in res.articles] == ["宜宾临港经开区"]
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("阙某峰", "宜宾临港经开区党工委", "书记"), ("敖某刚", "宜宾临港经开区党工委", "副书记"),
        ("敖某刚", "宜宾临港经开区管委会", "主任")]


def test_a_zone_named_after_a_town_of_the_county_on_the_county_s_page() -> None:
    """岐山县's site: 蔡家坡经开区 is the county's zone named after its town 蔡家坡 (a rare word jieba tags as a person's
    name), labelled with its city's short name; not the county's own 岐山经开区, and the town stays the county's (part
    hj)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("岐山县人民政府\n首页 | 走进岐山 | 政务公开\n\n靳某博带队观摩蔡家坡经开区重点项目建设\n\n"
            "来源：县融媒体中心　　发布时间：2022-08-19 16:40\n\n8月18日，县委书记靳某博带队观摩蔡家坡经开区重点项目"
            "建设。县委常委、蔡家坡经开区党工委书记鄢某坚，经开区党工委副书记、管委会主任冼某梁，蔡家坡镇党委书记季某明"
            "陪同观摩。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("靳某博", "岐山县委", "书记"), ("鄢某坚", "岐山县委", "常委"), ("鄢某坚", "宝鸡蔡家坡经开区党工委", "书记"),
        ("冼某梁", "宝鸡蔡家坡经开区党工委", "副书记"), ("冼某梁", "宝鸡蔡家坡经开区管委会", "主任"),
        ("季某明", "岐山县蔡家坡镇党委", "书记")]


def test_a_county_s_bare_development_zone_organs_are_the_zone_the_page_names() -> None:
    """法库县's site names 法库经济开发区 once: the bare 开发区党工委 and its 管委会 are that zone's (part hm)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("法库县人民政府\n首页 | 政务公开\n\n栾某栋到开发区调研\n\n发布时间：2023-10-29\n\n10月28日，县委书记栾某栋到"
            "法库经济开发区调研。县委常委、开发区党工委书记、管委会主任葛某岩陪同。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("栾某栋", "法库县委", "书记"), ("葛某岩", "法库县委", "常委"), ("葛某岩", "法库经济开发区党工委", "书记"),
        ("葛某岩", "法库经济开发区管委会", "主任")]


def test_a_county_section_of_a_city_portal_outweighs_the_portal_s_dateline() -> None:
    """德州新闻网 · 宁津频道 with 德州新闻网讯 opening the body: the page is 宁津's, so a visiting county's delegation
    (吴桥) keeps its own organs and the hosts' bare 县委 are 宁津's (part fj)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("德州新闻网 · 宁津频道\n首页　时政　县域　民生\n您现在的位置：首页 > 宁津新闻 > 时政要闻\n\n"
            "吴桥县党政考察团来我县考察\n\n来源：德州新闻网　　作者：毛某豪　　时间：2021-11-19 09:32:05\n\n"
            "德州新闻网讯（记者 毛某豪）11月18日，河北省沧州市吴桥县委副书记、县长韦某林率吴桥县党政考察团来我县考察，"
            "双方就产业协作进行交流。县委书记甘某波，县委副书记、县长祝某杰陪同考察。考察团一行先后来到宁津县智能电梯产业园"
            "二期和宁津县实木家具创新中心项目。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(h.person.text, h.org) for f in res.articles for h in f.holdings] == [
        ("韦某林", "吴桥县委"), ("韦某林", "吴桥县政府"), ("甘某波", "宁津县委"), ("祝某杰", "宁津县委"),
        ("祝某杰", "宁津县政府")]


def test_a_delegation_that_comes_to_our_county_leaves_the_page_to_its_site() -> None:
    """天台新闻网: 郏县党政代表团来我县: the guests' county is written in full, the page's own only by its site: the article
    is the site's (天台县), not the guests' (part fn)."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("中国天台新闻网\n首页　时政　社会\n当前位置：首页 > 时政新闻\n\n郏县党政代表团来我县考察交流\n\n"
            "2024-04-26 09:15:32　来源：天台新闻网\n\n4月24日，河南省平顶山市郏县县委书记褚某岳率郏县党政代表团来我县"
            "考察交流。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [(f.jurisdiction.label, f.jurisdiction.basis) for f in res.articles] == [("天台县", "host")]
    assert [(h.person.text, h.org) for f in res.articles for h in f.holdings] == [("褚某岳", "郏县委")]


def test_those_who_join_a_city_leader_s_visit_are_of_the_leader_s_city() -> None:
    """A city paper: the city's officials who join its 市委书记's visit to a county-level city (…参加调研) are the
    city's, not the county-level city's; those listed after the host's own chain (普宁市委书记甲，市委副书记、市长乙
    参加调研) are the host's."""
    got = _holdings(
        "丹东日报\n第A01版：要闻\n\n苏某林在东港市调研\n\n本报讯 7月12日，市委书记苏某林到东港市调研海洋经济。"
        "市委常委、秘书长曲某英，副市长姜某图参加调研。东港市委书记宋某川，市委副书记、市长毕某鸥参加调研。\n")
    assert got == [("苏某林", "丹东市委", "书记"), ("曲某英", "丹东市委", "常委"), ("曲某英", "丹东市委", "秘书长"),
                   ("姜某图", "丹东市政府", "副市长"), ("宋某川", "东港市委", "书记"), ("毕某鸥", "东港市委", "副书记"),
                   ("毕某鸥", "东港市政府", "市长")]


def test_a_xinjiang_prefecture_s_party_committee_keeps_its_name() -> None:
    """新疆's pages write a prefecture's committee 州党委: it stays 自治州党委 (恩施's 州委 stays 州委)."""
    got = _holdings("巴州日报\n\n本报讯 5月6日，州党委常委、库尔勒市委书记陈某恒到经济技术开发区调研。\n")
    assert got[0] == ("陈某恒", "巴音郭楞蒙古自治州党委", "常委")


def test_an_e_paper_reader_s_paper_name_and_a_zone_named_after_a_county() -> None:
    """An e-paper reader's 当前报纸名称：太仓日报 is chrome that names the page's place, no headline; 太仓港经开区 on it is
    太仓市's zone (named after its own 太仓港), not 苏州's: the bare 市委 and the towns stay 太仓's."""
    got = _holdings(
        "电子报阅读\n当前报纸名称：太仓日报\n日期：2022-04-13\n\n陆某辰到浮桥镇调研\n\n本报讯 昨天，市委副书记、市长陆某辰到"
        "浮桥镇调研。太仓港经开区党工委委员、浮桥镇党委书记钱某群汇报了情况。\n")
    assert got == [("陆某辰", "太仓市委", "副书记"), ("陆某辰", "太仓市政府", "市长"),
                   ("钱某群", "苏州太仓港经开区党工委", "委员"), ("钱某群", "太仓市浮桥镇党委", "书记")]


def test_a_city_leader_going_to_a_county_level_city_by_its_short_name() -> None:
    """省委常委、市委书记甲到昆山调研 (昆山 written short, before 调研): 苏州's 市委书记, as are those who join him."""
    got = _holdings(
        "苏州日报\n第A01版：要闻\n\n祁某远到昆山调研\n\n本报讯 3月2日，省委常委、市委书记祁某远到昆山调研。"
        "市委常委、秘书长唐某禾参加调研。昆山市委书记邵某川陪同。\n")
    assert got == [("祁某远", "江苏省委", "常委"), ("祁某远", "苏州市委", "书记"), ("唐某禾", "苏州市委", "常委"),
                   ("唐某禾", "苏州市委", "秘书长"), ("邵某川", "昆山市委", "书记")]


def test_a_delegation_that_comes_to_the_site_by_its_first_letter() -> None:
    """太仓日报: 某县党政代表团来太考察 is 太仓's page (来太: 太仓's first letter); its bare 市委 is 太仓's, not the
    guests' city's."""
    got = _holdings(
        "太仓日报\n第A01版：要闻\n\n玉屏县党政代表团来太考察\n\n本报讯 5月16日，贵州省铜仁市玉屏侗族自治县委书记"
        "龙某坤率代表团来太考察。市委书记沈某明出席座谈会。玉屏侗族自治县委常委、副县长杨某岚陪同。\n")
    assert got == [("龙某坤", "玉屏侗族自治县委", "书记"), ("沈某明", "太仓市委", "书记"),
                   ("杨某岚", "玉屏侗族自治县委", "常委"), ("杨某岚", "玉屏侗族自治县政府", "副县长")]
