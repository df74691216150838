"""A department's own site, a village's posts and a delegation's review, read from whole pages (invented people, real
places)."""

from __future__ import annotations

from newskg.extract.departments import site_department
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def _facts(text: str):
    return extract_document(Document("p.txt", "p.txt", text), cli_date="2024-03-01")


def _holdings(text: str) -> list[tuple[str, str, str]]:
    return [(h.person.text, h.org, h.title) for f in _facts(text).articles for h in f.holdings]


_HEALTH_SITE = """泸州市卫生健康委员会
首页 | 机构概况 | 工作动态 | 政务公开
当前位置：首页 > 工作动态 > 委内动态

带队赴合江县调研基层医疗卫生服务

发布日期：2023-05-10　　来源：委办公室

5月9日，委党组书记、主任甘立川带队赴合江县调研。委党组成员、副主任尚雨萌，二级调研员包承志参加调研。合江县副县长罗晓安，县卫健委主任田野陪同。
"""


def test_a_department_s_own_site_names_its_bare_organs_and_ranks_short_when_the_page_writes_the_short_form():
    assert _holdings(_HEALTH_SITE) == [
        ("甘立川", "泸州市卫健委党组", "书记"), ("甘立川", "泸州市卫健委", "主任"),
        ("尚雨萌", "泸州市卫健委党组", "成员"), ("尚雨萌", "泸州市卫健委", "副主任"),
        ("包承志", "泸州市卫健委", "二级调研员"), ("罗晓安", "合江县政府", "副县长"), ("田野", "合江县卫健委", "主任"),
    ]


def test_a_department_masthead_is_read_only_from_a_place_and_a_department_s_name():
    assert site_department("泸州市卫生健康委员会\n首页", "县卫健委") == "泸州市卫健委"
    assert site_department("泸州市卫生健康委员会\n首页", "卫生院") == "泸州市卫生健康委员会"
    assert site_department("乐山市交通运输局\n首页 | 交通要闻", "") == "乐山市交通运输局"
    assert site_department("师宗县人民政府\n首页", "") == ""
    assert site_department("徐州经济技术开发区管理委员会\n首页", "") == ""  # a zone's own site: no department's
    assert site_department("商洛党建网\n中共商洛市委组织部　　　　2024年3月1日", "") == "商洛市委组织部"
    assert site_department("保定日报\n第06版", "") == ""


def test_a_headline_s_short_department_on_its_own_site_is_the_site_s_not_a_county_s_it_names():
    page = """乐山市交通运输局
首页 | 交通要闻
当前位置：首页 > 交通要闻

市交通运输局召开安全生产工作会议

发布时间：2022-04-20 16:08

4月19日，局党组书记、局长季承远主持会议。局党组成员、副局长巫晓棠出席。峨眉山市交通运输局副局长秦川作交流发言。
"""
    assert _holdings(page) == [
        ("季承远", "乐山市交通运输局党组", "书记"), ("季承远", "乐山市交通运输局", "局长"),
        ("巫晓棠", "乐山市交通运输局党组", "成员"), ("巫晓棠", "乐山市交通运输局", "副局长"),
        ("秦川", "峨眉山市交通运输局", "副局长"),
    ]


_VILLAGE_PAGE = """阜平县人民政府
当前位置：首页 > 乡村振兴

龙泉关镇召开驻村工作座谈会

发布时间：2023-06-18

6月17日，镇党委书记万树林主持会议，镇党委委员、组织委员鲍一苇参加会议。原黑崖沟村第一书记曹砚秋介绍了工作经验。河北省文化和旅游厅派驻黑崖沟村第一书记、驻村工作队队长倪望舒一边翻看台账一边说，要把民宿产业做起来。
"""


def test_village_posts_a_sending_unit_a_work_team_and_a_former_first_secretary():
    assert _holdings(_VILLAGE_PAGE) == [
        ("万树林", "阜平县龙泉关镇党委", "书记"), ("鲍一苇", "阜平县龙泉关镇党委", "委员"),
        ("鲍一苇", "阜平县龙泉关镇党委", "组织委员"),
        ("倪望舒", "阜平县龙泉关镇黑崖沟村党支部", "第一书记"), ("倪望舒", "阜平县龙泉关镇黑崖沟村驻村工作队", "队长"),
    ]
    former = [(p.person.text, p.role) for f in _facts(_VILLAGE_PAGE).articles for p in f.persons if p.role]
    assert former == [("曹砚秋", "原龙泉关镇黑崖沟村党支部第一书记")]


def test_a_preposition_before_a_bare_county_is_no_county_and_a_sichuan_surname_is_read():
    page = """涟水县人民政府
当前位置：首页 > 涟水要闻

县人大会议举行主席团会议

发布时间：2023-02-14 08:45

2月13日晚，县人大常委会主任鲍成栋主持会议。县委常委、组织部部长谯光彬受县委委托，就县人民政府副县长候选人建议名单作了说明。
"""
    assert _holdings(page) == [
        ("鲍成栋", "涟水县人大常委会", "主任"), ("谯光彬", "涟水县委", "常委"), ("谯光彬", "涟水县委组织部", "部长"),
    ]


def test_a_leader_s_part_in_a_delegation_s_review_is_a_session_event():
    page = """淮安市人民政府
当前位置：首页 > 淮安要闻

岑立衡参加涟水县代表团审议

发布时间：2024-01-12 09:10

1月11日下午，市委书记岑立衡参加市九届人大二次会议涟水县代表团审议。他强调，要坚定信心、真抓实干。
"""
    events = [(m.name, m.kind) for f in _facts(page).articles for m in f.meetings]
    assert events == [("市九届人大二次会议涟水县代表团审议", "session")]


def test_a_flood_command_s_deputies_a_street_s_working_committee_and_its_office():
    page = """沂水县人民政府
当前位置：首页 > 政务要闻

全县防汛会商会召开

发布时间：2023-07-13

7月12日晚，县委书记厉鸿波主持召开全县防汛会商会。县委常委、常务副县长、县防汛抗旱指挥部常务副指挥长宫晓燕出席会议。
县应急管理局局长、县防汛抗旱指挥部办公室主任贾德军提请启动防汛Ⅳ级应急响应。沂城街道工委书记郎秋生、办事处主任欧阳涛汇报了转移安置情况。
"""
    assert _holdings(page) == [
        ("厉鸿波", "沂水县委", "书记"), ("宫晓燕", "沂水县委", "常委"), ("宫晓燕", "沂水县政府", "常务副县长"),
        ("宫晓燕", "沂水县防汛抗旱指挥部", "常务副指挥长"), ("贾德军", "沂水县应急管理局", "局长"),
        ("贾德军", "沂水县防汛抗旱指挥部办公室", "主任"), ("郎秋生", "沂水县沂城街道工委", "书记"),
        ("欧阳涛", "沂水县沂城街道办事处", "主任"),
    ]
    assert [(m.name, m.kind) for f in _facts(page).articles for m in f.meetings][:1] == [("全县防汛会商会", "meeting")]


def test_a_paired_county_s_page_on_a_visiting_delegation_and_its_seconded_cadre():
    page = """万源市人民政府
当前位置：首页 > 新闻中心 > 万源要闻

普陀区党政代表团来万考察东西部协作工作

发布时间：2022-03-25 18:20

3月23日至24日，浙江省舟山市普陀区委书记邬立海率普陀区党政代表团来万考察，并出席普陀区—万源市东西部协作联席会议。普陀区副区长贺静云随团考察。市委书记冉志刚，市委常委、副市长（挂职）虞晨光陪同考察。代表团先后来到旧院镇黑鸡标准化养殖基地。冉志刚代表万源市委、市政府致辞。贵州省黔南州罗甸县委书记岑茂森发来贺信。
"""
    assert _holdings(page) == [
        ("邬立海", "舟山市普陀区委", "书记"), ("贺静云", "舟山市普陀区政府", "副区长"), ("冉志刚", "万源市委", "书记"),
        ("虞晨光", "万源市委", "常委"), ("虞晨光", "万源市政府", "副市长"), ("岑茂森", "罗甸县委", "书记"),
    ]
    facts = _facts(page).articles[0]
    assert "万源" not in {p.person.text for p in facts.persons}
    assert [p.name for p in facts.projects] == ["旧院镇黑鸡标准化养殖基地"]


def test_a_district_s_own_site_names_its_bare_organs_in_an_article_about_its_paired_city():
    page = """舟山市普陀区人民政府
当前位置：首页 > 政务公开 > 部门动态

普陀—万源东西部协作消费帮扶产品展销周开幕

发布日期：2024-05-21

5月20日，普陀—万源东西部协作消费帮扶产品展销周在沈家门开幕。万源市副市长何德明，副区长贺静云出席开幕式。区农业农村局局长虞晨光主持开幕式。
"""
    assert _holdings(page) == [("何德明", "万源市政府", "副市长"), ("贺静云", "舟山市普陀区政府", "副区长"),
                               ("虞晨光", "舟山市普陀区农业农村局", "局长")]


def test_a_party_committee_s_own_site_and_its_chair_visiting_a_county():
    page = """民进绍兴市委会
首页 > 会务动态 > 市委会要闻

宋雅兰率队赴嵊州调研越剧文化传承发展

时间：2023-09-14

9月13日，市政协副主席、民进市委会主委宋雅兰率调研组赴嵊州，开展专题调研。民进市委会专职副主委钱慧芳参加调研。县委常委班子要带头抓落实。
在随后召开的座谈会上，嵊州市委常委、统战部部长竺国华介绍了情况。朔州团市委副书记霍嘉琪出席。
"""
    assert _holdings(page) == [
        ("宋雅兰", "绍兴市政协", "副主席"), ("宋雅兰", "民进绍兴市委", "主委"), ("钱慧芳", "民进绍兴市委", "专职副主委"),
        ("竺国华", "嵊州市委", "常委"), ("竺国华", "嵊州市委统战部", "部长"), ("霍嘉琪", "共青团朔州市委", "副书记"),
    ]
    assert site_department("民进绍兴市委会\n首页", "") == "民进绍兴市委"


def test_a_commission_s_site_under_its_long_name_and_its_bare_commission():
    page = """青海省发展和改革委员会
首页　　机构概况　　发改动态
当前位置：首页 > 发改动态 > 委内动态

祁振江带队赴海南州调研

发布时间：2025-04-17

4月16日，委党组书记、主任祁振江到海南州调研。委二级巡视员韩永福一同调研。省发展改革委有关处室负责同志参加。
"""
    assert _holdings(page) == [("祁振江", "青海省发展改革委党组", "书记"), ("祁振江", "青海省发展改革委", "主任"),
                               ("韩永福", "青海省发展改革委", "二级巡视员")]


def test_a_town_s_own_site_and_a_city_without_counties():
    dajun = """景宁畲族自治县大均乡人民政府
首页 | 大均概况 | 政务公开 | 乡村动态

蓝建民深入大均村调研

发布时间：2024-06-12

6月11日，乡党委书记蓝建民带领乡党委副书记、乡长吴晓玲深入大均村调研。大均村党支部书记、村委会主任钟永昌介绍了情况。
"""
    assert _holdings(dajun) == [
        ("蓝建民", "景宁畲族自治县大均乡党委", "书记"), ("吴晓玲", "景宁畲族自治县大均乡党委", "副书记"),
        ("吴晓玲", "景宁畲族自治县大均乡政府", "乡长"), ("钟永昌", "景宁畲族自治县大均乡大均村党支部", "书记"),
        ("钟永昌", "景宁畲族自治县大均乡大均村委会", "主任"),
    ]
    changan = """东莞市长安镇人民政府
首页 > 长安动态

郑伟明到长安镇调研

发布时间：2023-05-10

5月9日，副市长郑伟明到长安镇调研。长安镇党委书记邓国明，镇党委副书记、镇长林嘉琪陪同。
"""
    assert _holdings(changan) == [
        ("郑伟明", "东莞市政府", "副市长"), ("邓国明", "东莞市长安镇党委", "书记"),
        ("林嘉琪", "东莞市长安镇党委", "副书记"), ("林嘉琪", "东莞市长安镇政府", "镇长"),
    ]


def test_a_county_renamed_since_written_with_its_own_level_letter_twice():
    page = """郧县人民政府
当前位置：首页 > 郧县要闻

柴永安到城关镇调研

发布时间：2010-04-12

4月11日，郧县县委书记柴永安到城关镇调研。市人口和计划生育委员会主任晏淑华参加。
"""
    assert _holdings(page) == [("柴永安", "郧阳区委", "书记"), ("晏淑华", "十堰市人口和计划生育委员会", "主任")]


def test_a_prefecture_s_committee_administration_and_departments():
    page = """阿克苏地区行政公署
当前位置：首页 > 政务动态

艾力江·吐尔洪在库车市调研

发布时间：2024-05-10

5月9日，地委副书记、行署专员艾力江·吐尔洪深入库车市调研。地委委员、行署常务副专员祁文山，地区行署副专员热合曼·阿布都拉，地区教育局局长阿依努尔·赛买提陪同。阿里地委副书记、行署专员格桑曲扎到噶尔县调研。
"""
    got = _holdings(page)
    assert got[:7] == [
        ("艾力江·吐尔洪", "阿克苏地区委", "副书记"), ("艾力江·吐尔洪", "阿克苏地区行政公署", "专员"),
        ("祁文山", "阿克苏地区委", "委员"), ("祁文山", "阿克苏地区行政公署", "常务副专员"),
        ("热合曼·阿布都拉", "阿克苏地区行政公署", "副专员"), ("阿依努尔·赛买提", "阿克苏地区教育局", "局长"),
        ("格桑曲扎", "阿里地区委", "副书记"),
    ]


def test_a_zone_s_short_bodies_on_its_own_site_are_never_a_town_s():
    page = """威海经济技术开发区管理委员会
首页 > 新闻中心 > 经区要闻

经区开展镇街重点项目观摩活动

发布时间：2023-04-21

4月20日，工委书记、管委主任滕远明带队观摩。工委委员、纪工委书记毕晓明参加。在崮山镇，镇党委书记隋德亮介绍了情况。
"""
    assert _holdings(page) == [
        ("滕远明", "威海经开区党工委", "书记"), ("滕远明", "威海经开区管委会", "主任"),
        ("毕晓明", "威海经开区党工委", "委员"), ("毕晓明", "威海经开区纪工委", "书记"),
        ("隋德亮", "威海经开区崮山镇党委", "书记"),  # a town on a zone's page that names no district: the zone's
    ]
    elsewhere = """威海临港经济技术开发区
网站首页 | 临港要闻

鞠文明到汪疃镇调研

时间：2023-09-08

9月7日，工委副书记、管委主任鞠文明到汪疃镇调研。汪疃镇党委书记于海洋陪同。
"""
    assert _holdings(elsewhere) == [  # a zone named after a place inside its city (威海|临港|经济技术开发区): its own
        ("鞠文明", "威海临港经开区党工委", "副书记"), ("鞠文明", "威海临港经开区管委会", "主任"),
        ("于海洋", "威海临港经开区汪疃镇党委", "书记")]


def test_a_department_s_leaders_page_names_bare_heads_and_its_party_group() -> None:
    """On a 局's own 班子 page each entry is a title chain, a wide space and a name, its duties below: a bare
    局长 / 副局长 and 党组 are the site's 局's (a rank was already), and no entry is taken for a headline."""
    page = ("洪雅县农业农村局\n首页 | 机构概况 | 领导信息\n当前位置：首页 > 机构概况 > 领导信息\n\n局领导班子成员及分工\n\n"
            "发布时间：2022-04-21 10:02　　来源：局办公室\n\n局长、党组书记　戴某民\n主持局全面工作。\n\n"
            "党组成员、副局长　邰某明\n负责种植业方面工作。\n\n四级调研员　帅某清\n协助负责茶叶产业发展。\n")
    assert _holdings(page) == [
        ("戴某民", "洪雅县农业农村局", "局长"), ("戴某民", "洪雅县农业农村局党组", "书记"),
        ("邰某明", "洪雅县农业农村局党组", "成员"), ("邰某明", "洪雅县农业农村局", "副局长"),
        ("帅某清", "洪雅县农业农村局", "四级调研员"),
    ]


def test_a_department_s_own_offices_and_divisions() -> None:
    """On a department's site its 办公室, 处 and 科 written bare (or after its letter: 局办公室, 厅种植业管理处) are its own;
    局党组成员、副局长 after the 局's head in the sentence is of that 局."""
    page = ("连云港市教育局\n首页 | 机构职能 | 信息公开\n当前位置：首页 > 工作动态\n\n市教育局召开党组会议\n\n发布时间：2023"
            "-03-02\n\n"
            "3月1日，市教育局党组书记、局长邵某澜主持召开党组会议。局党组成员、副局长葛某敏，局办公室主任仲某菲，"
            "发展规划处处长吴某航列席会议。")
    assert _holdings(page) == [
        ("邵某澜", "连云港市教育局党组", "书记"), ("邵某澜", "连云港市教育局", "局长"),
        ("葛某敏", "连云港市教育局党组", "成员"), ("葛某敏", "连云港市教育局", "副局长"),
        ("仲某菲", "连云港市教育局办公室", "主任"), ("吴某航", "连云港市教育局发展规划处", "处长"),
    ]


def test_a_section_of_another_organ_named_in_full_on_a_department_s_site() -> None:
    """A 组织部's notice of a cadre now in 吕梁市财政局预算科 or in the 组织部's own 干部一科, each named in full: no
    section of the page's department put before it (part fy)."""
    page = ("吕梁市委组织部\n首页 | 工作动态 | 干部工作\n当前位置：首页 > 干部工作\n\n干部任前公示\n\n"
            "发布时间：2023-06-02\n\n"
            "杜某涛，男，1985年4月生，现任吕梁市财政局预算科科长，拟任县级领导职务。\n"
            "许某君，女，1985年9月出生，现任吕梁市委组织部干部一科科长，拟任县委常委。")
    assert _holdings(page) == [
        ("杜某涛", "吕梁市财政局预算科", "科长"), ("许某君", "吕梁市委组织部干部一科", "科长"),
    ]


def test_a_people_s_congress_standing_committee_s_own_site() -> None:
    """On 方山县人大常委会's own site its bare 党组 and 办公室 are its own (part fy)."""
    page = ("方山县人大常委会\n首页 | 人大要闻 | 常委会会议\n当前位置：首页 > 常委会会议\n\n县人大常委会举行第三次会议\n\n"
            "发布时间：2022-04-28 10:15　　来源：县人大常委会办公室\n\n"
            "4月27日上午，县人大常委会举行第三次会议。党组成员、办公室主任温某华出席会议。")
    assert _holdings(page) == [("温某华", "方山县人大常委会党组", "成员"), ("温某华", "方山县人大常委会办公室", "主任")]


def test_a_court_s_own_site() -> None:
    """A court's site (南江县人民法院): 我院党组书记、院长 and a bare 副院长 are the court's; its 院长接访日 names no
    person; 要支持县人武部 on another page names no county 要支持县."""
    page = ("南江县人民法院\n首页 | 法院概况 | 新闻中心 | 审判执行\n当前位置：首页 > 新闻中心 > 法院要闻\n\n"
            "岳某平院长开展“院长接访日”活动\n\n作者：李某　　发布时间：2023-05-17 16:08:25\n\n"
            "5月16日，我院党组书记、院长岳某平在诉讼服务中心开展“院长接访日”活动，副院长苟某娟参加接访。"
            "岳某平逐一听取来访群众的诉求，现场研究解决办法。\n")
    assert _holdings(page) == [
        ("岳某平", "南江县人民法院党组", "书记"), ("岳某平", "南江县人民法院", "院长"),
        ("苟某娟", "南江县人民法院", "副院长")]
    county = ("武宁县人民政府\n\n发布时间：2024-08-01\n\n7月31日，我县召开庆“八一”军地座谈会。县委书记、县人武部党委第一书记"
              "阮某华出席会议。他强调，要支持县人武部加强民兵应急力量建设。县人武部部长欧阳某出席会议。")
    assert ("阮某华", "武宁县人武部党委", "第一书记") in _holdings(county)


def test_a_league_s_administration_written_bare():
    """A 盟's bare 行署 is its 行政公署 (兴安盟行政公署), as a 地区's is; 盟委 and 副盟长 are its own."""
    page = """兴安盟行政公署
当前位置：首页 > 政务动态

行署召开常务会议

发布时间：2024-04-11

4月10日，盟委副书记、盟长张某群主持召开行署常务会议。副盟长包某柱，行署秘书长李某光出席。
"""
    assert _holdings(page) == [("张某群", "兴安盟委", "副书记"), ("张某群", "兴安盟行政公署", "盟长"),
                               ("包某柱", "兴安盟行政公署", "副盟长"), ("李某光", "兴安盟行政公署", "秘书长")]
