"""Projects: real sentences of the genre (sample corpus and other districts) with exact names and kinds."""

from __future__ import annotations

import pytest
from newskg.extract import projects
from newskg.extract.model import Article, ArticleFacts, Meeting, Mention


def run(text: str, meetings: list[Meeting] | None = None) -> ArticleFacts:
    art = Article("doc", 1, 0, len(text), text)
    found = ArticleFacts(art)
    found.meetings.extend(meetings or [])
    projects.extract(art, found)
    for p in found.projects:
        assert p.mention.text == text[p.mention.start : p.mention.end]
    return found


CASES = [
    (
        "作为全省第十四期“三个一批”项目，娃哈哈高端饮品生产基地项目和高途智成港项目建设正酣。",
        [("娃哈哈高端饮品生产基地项目", "project"), ("高途智成港项目", "project")],
    ),
    ("海立压缩机项目二期投产在即，该项目规划分期打造年产 1500万套空调压缩机生产基地。", [("海立压缩机项目二期", "project")]),
    (
        "在东四环与经北四路互通式立交新建道路工程项目现场，李小虎实地查看建设进度。",
        [("东四环与经北四路互通式立交新建道路工程项目", "infrastructure_project")],
    ),
    (
        "张波先后来到七里河防洪能力提升工程及七里河分洪工程经开区标段。",
        [("七里河防洪能力提升工程", "engineering_work"), ("七里河分洪工程经开区标段", "engineering_work")],
    ),
    (
        "在康桥美庐湾、九龙新城和世和2#地块、瑞祥3#地块项目等地，张波实地查看施工组织。",
        [
            ("康桥美庐湾", "project"),
            ("九龙新城", "project"),
            ("世和2#地块", "housing_project"),
            ("瑞祥3#地块", "housing_project"),
        ],
    ),
    (
        "中欧班列集结调度指挥中心、铁路新增装卸线工程、中欧班列信息平台等项目进展顺利。",
        [
            ("中欧班列集结调度指挥中心", "project"),
            ("铁路新增装卸线工程", "engineering_work"),
            ("中欧班列信息平台", "project"),
        ],
    ),
    ("实施“四大工程”，健全完善“四大工程”推进机制。", [("四大工程", "program")]),
    (
        "计划实施六大重点产业培育工程，实施十大重点建设项目带动工程。",
        [("六大重点产业培育工程", "program"), ("十大重点建设项目带动工程", "program")],
    ),
    (
        "会议集中研究了郑州恒海科技产业园、鼎菱跨境综合产业园等“三个一批”及省市重点项目情况。",
        [("郑州恒海科技产业园", "industrial_park"), ("鼎菱跨境综合产业园", "industrial_park")],
    ),
    (
        "在中欧班列（郑州）智慧物流甩挂中心项目建筑工地，李小虎与相关负责人深入交流。",
        [("中欧班列(郑州)智慧物流甩挂中心项目", "project")],
    ),
    # generic phrases carry no specific modifier
    ("要突出科技创新，加快小微产业园、孵化器、瞪羚产业园等创新创业载体建设。", []),
    ("推动一批重大项目实质性开工建设，打造经得起历史检验的精品工程。", []),
    ("全区上下要紧紧抓住项目建设的“牛鼻子”，推进项目建设再提速。", []),
    # other districts
    (
        "县长王伟先后来到比亚迪新能源汽车零部件项目、中原食品实验室二期工程现场，实地查看项目进展。",
        [("比亚迪新能源汽车零部件项目", "project"), ("中原食品实验室二期工程", "engineering_work")],
    ),
    (
        "在贾鲁河综合治理工程、东风渠绿化提升项目等地，区委书记陈刚详细了解工程进度。",
        [("贾鲁河综合治理工程", "engineering_work"), ("东风渠绿化提升项目", "greening_project")],
    ),
    (
        "本报讯 3月9日，惠济区举行2024年重点项目集中开工仪式。"
        "开工的项目包括宇通智能网联汽车产业园、黄河文化公园二期工程等。",
        [("宇通智能网联汽车产业园", "industrial_park"), ("黄河文化公园二期工程", "engineering_work")],
    ),
    (
        "今年，新郑市实施“三大攻坚工程”，加快推进新郑新港产业集聚区道路工程。",
        [("三大攻坚工程", "program"), ("新郑新港产业集聚区道路工程", "infrastructure_project")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_projects(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in run(text).projects] == expected


def test_inspected_by_the_inspection_leader() -> None:
    text = "在海立压缩机项目二期现场，李小虎实地查看建设进度。"
    leader = Meeting("项目建设调研", "inspection", Mention(text, 0, len(text)), leader="李小虎", attendees=("花磊",))
    found = run(text, [leader])
    assert [(p.name, p.inspected_by) for p in found.projects] == [("海立压缩机项目二期", ("李小虎", "花磊"))]


# Projects are named things (issue 13 pt 6): one row per rule, exact names
NAMED_CASES = [
    # slogans: a verb or preposition right before the head
    ("全县上下要把更多精力抓项目、政策向项目倾斜，以项目建设的加速度跑出新速度。", []),
    ("各级各部门要坚持项目为王，完善区级领导联系项目机制，加快办理项目前期手续。", []),
    # categories: a category word right before the head, a plural or status opening, a count
    ("各有关部门要推动主导产业项目和优质项目早投产、早见效。", []),
    ("推动一批航空维修项目落地，做到一个项目、一名领导、一个专班。", []),
    ("通报上半年重点项目建设情况，确保2024年一季度项目集中开工。", []),
    ("要抓好在建高标准农田项目质量监管。", []),
    ("陈仓区坚持把项目建设作为“一号工程”，围绕主导产业招引优质项目。", []),
    # a person or a title in the phrase
    ("县委书记訾文涛宣布项目开工。", []),
    # quality slogans
    ("努力建成经得起历史检验的百年工程、精品工程。", []),
    # a list closed by 等N个<category>项目: each item is a project, the zone (…产业园区) is not
    (
        "现场签约淮安健康科技城、淮安恒大运河梦都、琦威汽车配件等4个重特大项目。宿马现代产业园区集中签约。",
        [("淮安健康科技城", "project"), ("淮安恒大运河梦都", "project"), ("琦威汽车配件", "project")],
    ),
    # a visit's list starts after its verb: the leader's title chain is no item; places listed among projects are not
    (
        "县委副书记、县长陈华深入县电机厂谷物烘干机技改升级、长安富硒农产品加工标准化厂房等项目施工现场。",
        [("县电机厂谷物烘干机技改升级", "project"), ("长安富硒农产品加工标准化厂房", "project")],
    ),
    (
        "陈忠耀一行实地察看了县工业集中区、县污水处理厂、新城大道等项目建设现场。",
        [("县污水处理厂", "infrastructure_project")],
    ),
    ("各项目主抓部门要锚定既定项目，张团结指出，安置房建设是一项重大民生工程。", []),
    # a sector or a level is no name (医疗卫生项目, 重点交通工程, 区级重建项目); a named work among them is
    ("他详细了解医疗卫生项目建设，要求抓好重点交通工程和区级重建项目，加快新安江大桥工程建设。",
     [("新安江大桥工程", "infrastructure_project")]),
    # a clause after a project is not part of the next head's name; time words before a head make a category
    (
        "力争复州古城保护利用项目年底前完成主体工程。镇党委研究部署下半年项目建设工作。",
        [("复州古城保护利用项目", "project")],
    ),
    # 保障 before the head belongs to the name
    ("峨山路西延工程、孙村镇农村供水保障工程等基础设施和民生项目10个。",
     [("峨山路西延工程", "engineering_work"), ("孙村镇农村供水保障工程", "engineering_work")]),
    # a document's title
    ("会议审议通过了《新乡市灾后恢复重建项目资金管理办法（试行）》。", []),
    # a zone (…园区) is a place
    ("市农业农村局、寿光国家农业科技园区主要负责人参加签约仪式。", []),
    # numbers stay inside a name: a capacity before 项目
    ("主会场的年产210台大型盾构机智能制造项目总投资12亿元。", [("年产210台大型盾构机智能制造项目", "project")]),
    ("阙明辉一行先后深入德金玻璃年产60万吨超白光伏玻璃项目。", [("德金玻璃年产60万吨超白光伏玻璃项目", "project")]),
    # a list split at 、 and 及 between whole names; an item named by its phase alone
    (
        "同时开工的还有润华新能源储能电池一期项目、桃花镇老旧小区改造工程及紫蓬山旅游度假区游客中心二期。",
        [
            ("润华新能源储能电池一期项目", "project"),
            ("桃花镇老旧小区改造工程", "engineering_work"),
            ("紫蓬山旅游度假区游客中心二期", "project"),
        ],
    ),
    (
        "听取美的顺德机器人产业园项目、顺德港扩建工程及容桂水道防洪提升工程等项目进展汇报。",
        [
            ("美的顺德机器人产业园项目", "project"),
            ("顺德港扩建工程", "engineering_work"),
            ("容桂水道防洪提升工程", "engineering_work"),
        ],
    ),
    # a phase after any head; a verb of the name right before the head (建设, 更新)
    ("2024年要全力推进醴陵陶瓷产业园三期建设。", [("醴陵陶瓷产业园三期", "industrial_park")]),
    ("全力推进向阳镇高标准农田建设项目。", [("向阳镇高标准农田建设项目", "project")]),
    ("加快推进新华区城市更新一期工程。", [("新华区城市更新一期工程", "engineering_work")]),
    ("要动态更新项目建设清单，推进城市更新项目征收。", []),
    # one project named twice, the second time without its place
    (
        "陈仓区中科新材料产业园项目奠基仪式在阳平镇举行。中科新材料产业园项目总投资20亿元。",
        [("陈仓区中科新材料产业园项目", "project")],
    ),
    # a single listed item named by its phase (…三期等一批项目)
    ("东湖公园周边的陈仓区标准化厂房三期等一批项目相继建成。", [("陈仓区标准化厂房三期", "project")]),
    # every project, none named (力保各个项目顺利开工)
    ("要求各单位凝神合力，力保各个项目顺利开工建设。", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_CASES)
def test_projects_are_named_things(text: str, expected: list[tuple[str, str]]) -> None:
    found = run(text)
    found_names = [(p.name, p.kind) for p in found.projects]
    assert found_names == expected


# Rules from the blind sets f and g, on invented sentences: (text, [(name, kind)])
BLIND_CASES = [
    # transport works named by their heads: a motorway, an intercity railway, a bridge, an interchange, a service area;
    # 互联互通 (connecting) is no interchange
    ("罗某邦先后来到万遂高速公路、天秦城际铁路、红水河特大桥和窑头枢纽互通，要求加快基础设施互联互通。",
     [("万遂高速公路", "infrastructure_project"), ("天秦城际铁路", "infrastructure_project"),
      ("红水河特大桥", "infrastructure_project"), ("窑头枢纽互通", "infrastructure_project")]),
    # kinds of work listed before 等重点项目 (围绕节水灌溉、冷链物流等): no facility named; a named one among them stays
    ("杨某彬要求，县级有关部门和各乡镇要围绕节水灌溉、冷链物流等重点项目强化要素保障。", []),
    ("要紧盯冷链仓储、城东污水处理厂二期等重点项目，倒排工期。", [("城东污水处理厂二期", "infrastructure_project")]),
    # part ad: a sector's tally, a ceremony's venue, a verb, a demonstrative or a count before 项目 / a head names none;
    # a sector word inside a park's name stays
    ("本次签约项目中，工业项目15个、现代农业项目2个。分会场项目包括汤塘至石角快速路。", []),
    ("要每月通报项目进展，全力保障项目落地。去年3月该项目开工，目前6栋标准厂房已封顶。", []),
    ("先后来到徐闻县现代农业产业园和南渡河海堤加固工程。",
     [("徐闻县现代农业产业园", "industrial_park"), ("南渡河海堤加固工程", "engineering_work")]),
    # an enumeration marker glued to a name is no part of it; 厂房 is a head, a phase after it stays
    ("（三）青石县经开区智能装备标准厂房二期，察看厂房建设情况；", [("青石县经开区智能装备标准厂房二期", "project")]),
    ("一是加快推进柳河县城北污水处理厂建设。", [("柳河县城北污水处理厂", "infrastructure_project")]),
    # facility heads: a hospital's new campus, an incubator, a cooperation park, a pumping station
    (
        "加快推进柳河县中医院新院区、白塔区电子商务孵化基地和泰柳产业合作园建设。",
        [
            ("柳河县中医院新院区", "engineering_work"),
            ("白塔区电子商务孵化基地", "project"),
            ("泰柳产业合作园", "industrial_park"),
        ],
    ),
    ("先后检查了城东片区排涝泵站和河堤险工段。", [("城东片区排涝泵站", "infrastructure_project")]),
    # a category of projects (招商引资项目) is no project; 园区标准厂房 is generic
    ("柳河县举行2025年二季度重点招商引资项目集中签约仪式。", []),
    ("要加强园区标准厂房建设，做好企业服务。", []),
    # a one-letter verb after a predicate, before a proper noun, opens the name (还有|润|华新…)
    ("同时开工的还有润华新材料产业园项目。", [("润华新材料产业园项目", "project")]),
    # a stop word that ends a brand of the dictionary (美的) does not end the modifier
    ("会议听取了美的顺德智能家电产业园项目推进情况。", [("美的顺德智能家电产业园项目", "project")]),
    # the county's own projects and more projects are no named project
    ("黎副市长听取了我县项目建设情况汇报，要求争取更多项目进入上级盘子。", []),
    # a stop word opening a facility noun (服务 of 服务中心) is part of the name; before a project it is a predicate
    ("先后来到东门片区游客服务中心项目现场。要服务重点项目建设。", [("东门片区游客服务中心项目", "project")]),
    # a facility named by its phase alone (东方丝绸市场三期); no ordinal (第二期) and no deadline (6月底前完成一期)
    ("先后察看了东方丝绸市场三期。举办第二期培训班。确保6月底前完成一期验收。", [("东方丝绸市场三期", "project")]),
    # kinds of work, no names: a season's poverty-relief projects, a company's own phase, works touching a river, the
    # first batch of projects
    ("抓好今冬明春扶贫项目的谋划。介绍企业二期项目建设情况。在建涉河工程要加密巡查。园区要实现首批项目开工。", []),
    # a rural belt (示范带) is a project
    ("推进黄姚镇茶旅融合示范带建设。", [("黄姚镇茶旅融合示范带", "project")]),
    # a verb of the name the scan stops at (…老化更新|改造工程)
    ("来到浮梁县城区燃气管网老化更新改造工程现场。", [("浮梁县城区燃气管网老化更新改造工程", "infrastructure_project")]),
    # a named work and what is done to it (南城实验学校新建工程); 全县新建项目 is a category
    ("来到麒麟区南城实验学校新建工程现场。全县新建项目23个。", [("麒麟区南城实验学校新建工程", "engineering_work")]),
]


@pytest.mark.parametrize(("text", "expected"), BLIND_CASES)
def test_blind_set_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in run(text).projects] == expected


def test_a_verb_before_the_word_project_names_none() -> None:
    """会议原则同意项目…, 班子成员包保项目, 压实项目责任: a verb ends the modifier, and 项目 alone names no project; a
    named one in the same text still is."""
    text = "会议原则同意项目实施方案。县级领导班子成员包保项目，压实项目责任，加快推进城区排涝泵站新建工程建设。"
    assert [p.name for p in run(text).projects] == ["城区排涝泵站新建工程"]  # (新建: what is done to the named 泵站)


def test_a_demand_or_the_next_step_names_no_project() -> None:
    """各部门要提前介入项目审批, 要抓实项目谋划储备, 对下一步项目推进工作作了部署: no project named; 要素保障 is no
    modal (要 of 要素)."""
    text = ("会议要求，自然资源、住建等部门要提前介入项目审批；要抓实项目谋划储备。桑某静对下一步项目推进工作作了部署。"
            "会议研究了县城供热管网改造项目要素保障。")
    assert [p.name for p in run(text).projects] == ["县城供热管网改造项目"]


def test_a_sector_s_tally_and_a_named_project_of_a_sector() -> None:
    """全县新能源项目, 设施农业项目9个: a sector's tally; 堤防工程, 水利工程: a kind of works; a project named before its
    sector (潮州市某公司智能化技改项目) is named."""
    text = ("吕某江汇报了全县新能源项目的建设情况，其中设施农业项目9个。要加快堤防工程和水利工程建设。"
            "潮州市恒信陶瓷有限公司智能化技改项目投产。")
    assert [p.name for p in run(text).projects] == ["潮州市恒信陶瓷有限公司智能化技改项目"]


def test_an_aid_program_s_tally_names_no_project() -> None:
    """上海援藏项目13个, 浙江援疆项目, 2023年协作项目: a program's (and a place's) tally, no project named."""
    text = "其中上海援藏项目13个。俞某峰通报了浙江援疆项目和资金执行情况，茹某庆汇报了2023年协作项目计划。"
    assert run(text).projects == []


def test_a_quarter_s_projects_name_none() -> None:
    """空港新城一季度项目, 通报前三季度项目, 第四季度项目集中签约: a period's projects, none named (parts hg, ai, eg)."""
    text = ("蔺某峰汇报了空港新城一季度项目推进情况。会议通报前三季度项目建设情况。10月11日，宜昌高新区第四季度项目集中"
            "签约活动举行。确保二季度实现项目建设“双过半”。")
    assert run(text).projects == []


def test_a_partial_or_arranged_count_names_no_project() -> None:
    """个别县（区）项目储备不足, 在我县安排项目12个, 民生工程、生态工程: none named."""
    text = "个别县（区）项目储备不足。江苏援青在我县安排项目12个。这是民生工程、生态工程。"
    assert run(text).projects == []


def test_a_deadline_before_a_project_s_name() -> None:
    """确保7月底前宋家沟乡饮水工程全面通水, 5月底前完成项目立项, 总结去年项目建设: the project without its deadline; none."""
    text = "确保7月底前宋家沟乡饮水工程全面通水。5月底前完成项目立项和用地预审。召开推进会，总结去年项目建设工作。"
    assert [p.name for p in run(text).projects] == ["宋家沟乡饮水工程"]


def test_a_utility_tunnel_and_a_distribution_centre_are_projects() -> None:
    """综合管廊 and 配送中心 end projects' names (顺义新城中心区地下综合管廊, 贡江新区综合管廊二期, …冷链配送中心)."""
    text = ("察看了顺义新城中心区地下综合管廊建设情况。加快贡江新区综合管廊二期建设。"
            "会议研究了马坊镇物流基地冷链配送中心建设。")
    assert [p.name for p in run(text).projects] == [
        "顺义新城中心区地下综合管廊", "贡江新区综合管廊二期", "马坊镇物流基地冷链配送中心"]


def test_the_kinds_of_a_signed_tally_are_no_projects() -> None:
    """签约智能传感器、工业机器人等项目9个: the kinds of a tally; A产业园、B三期等项目 names its items."""
    assert run("目前已签约智能传感器、工业机器人等项目9个。").projects == []
    assert [p.name for p in run("先后察看了昱拓新能源产业园、滨江花园三期等项目。").projects] == [
        "昱拓新能源产业园", "滨江花园三期"]


def test_a_scope_s_projects_and_kinds_of_work_name_none() -> None:
    """灵山县项目, 高新区一季度项目, 南海区2023年重大产业项目: a scope's projects; 民生实事项目, 老旧小区改造项目: a
    kind of work; 用地报批、资金争取等项目要素: a project's needs. A place's own such work is named."""
    text = ("劳启明对灵山县项目建设给予肯定。涂建华汇报了高新区一季度项目开工情况。"
            "南海区2023年重大产业项目集中签约动工活动举行。"
            "视察我区民生实事项目推进情况。累计实施老旧小区改造项目86个。苟文涛就用地报批、资金争取等项目要素保障作了安排。"
            "加快英雄南路片区老旧小区改造项目收尾。")
    assert [p.name for p in run(text).projects] == ["英雄南路片区老旧小区改造项目"]


@pytest.mark.parametrize(("text", "expected"), [
    # housing, bridges, roads and campuses are named projects; a stage in brackets is part of the name (normalised)
    ("会议听取了州城街道凤凰安置小区（二期）和宁阳县第一中学新校区建设情况。",
     [("宁阳县第一中学新校区", "project"), ("州城街道凤凰安置小区(二期)", "housing_project")]),
    # a bridge is one when its works are written after it, not a bridge standing (经南八路潮河大桥、)
    ("察看大汶河堽城大桥施工现场和金湖至宝应快速通道，研究旧县乡至斑鸠店镇旅游公路建设，督查经南八路潮河大桥、滨河公园。",
     [("大汶河堽城大桥", "infrastructure_project"), ("旧县乡至斑鸠店镇旅游公路", "infrastructure_project"),
      ("金湖至宝应快速通道", "infrastructure_project")]),
    ("察看玉龙灌区续建配套与节水改造工程（2022—2023年度）干渠衬砌现场，推进基础设施互联互通。",
     [("玉龙灌区续建配套与节水改造工程(2022—2023年度)", "engineering_work")]),
])
def test_housing_bridges_roads_campuses_and_bracketed_stages(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).projects) == expected


def test_how_a_work_is_funded_or_a_later_stage_names_no_project() -> None:
    """专项债券项目 (how works are funded) and 下阶段项目用地 (a time) name no project; 县城供热管网改造项目 does."""
    text = "柯某民就下阶段项目用地保障作了安排，要求做好专项债券项目申报和县城供热管网改造项目建设。"
    assert [p.name for p in run(text).projects] == ["县城供热管网改造项目"]


def test_more_projects_and_a_slogan_s_projects_name_none() -> None:
    """争取更多生态修复项目 (more of a kind) and 奋力拼项目 (a slogan) name no project; 西湖湿地补水工程 does (part hp)."""
    text = "要争取更多生态修复项目和资金支持。全县上下奋力拼项目、抓招商。西湖湿地补水工程5月开工。"
    assert [p.name for p in run(text).projects] == ["西湖湿地补水工程"]


def test_a_level_a_sector_or_every_project_names_no_project() -> None:
    """村级项目 (a level), 冷链项目 (a sector), 设施建设项目 and 逐项目 (every one) name no project;
    四邑村通组道路硬化工程 does."""
    text = ("会议研究了2023年村级项目计划，要求各挂钩领导逐项目建立问题清单。某镇长汇报了冷链项目和社区嵌入式服务"
            "设施建设项目进展，四邑村通组道路硬化工程计划5月底前开工。")
    assert [p.name for p in run(text).projects] == ["四邑村通组道路硬化工程"]


def test_the_organs_that_report_on_listed_projects_are_no_projects() -> None:
    """县住建局、县水利局和…管委会负责同志分别汇报了A、B、C等项目: the list starts after 汇报了; the organs are none."""
    text = ("县住建局、县水利局、县交通运输局和太康经济开发区管委会负责同志分别汇报了太康县第二污水处理厂建设项目、"
            "S213太康段改建工程、太康经济开发区标准化厂房三期等项目的推进情况。")
    assert [p.name for p in run(text).projects if p.name.startswith("县")] == []


def test_a_quality_a_fund_a_season_or_a_verb_names_no_project() -> None:
    """高质量项目, 衔接资金项目, 汛前水利工程, 集中动工项目, 制约项目 and 为村里引项目 name no project."""
    text = ("以高质量项目支撑高质量发展，加强衔接资金项目监管，检查汛前水利工程安全，本次集中动工项目18个，"
            "研究解决制约项目推进的问题，帮助村里引项目。城南污水处理厂二期工程年底完工。")
    assert [p.name for p in run(text).projects] == ["城南污水处理厂二期工程"]
