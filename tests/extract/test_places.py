"""Places: real sentences of the genre (sample corpus and other districts) with exact names and kinds."""

from __future__ import annotations

import pytest
from newskg.extract import places, projects
from newskg.extract.model import Article, ArticleFacts, Mention, PersonMention


def run(text: str) -> ArticleFacts:
    art = Article("doc", 1, 0, len(text), text)
    found = ArticleFacts(art)
    projects.extract(art, found)
    places.extract(art, found)
    for p in found.places:
        assert p.mention.text == text[p.mention.start : p.mention.end]
    return found


CASES = [
    (
        "李小虎一行先后来到经开区第五大街、经南三路、经南八路潮河大桥、经开滨河公园等城区各主次干道进行实地督查。",
        [
            ("经开区", "development_zone"),
            ("第五大街", "road"),
            ("经南三路", "road"),
            ("经南八路", "road"),
            ("潮河大桥", "bridge"),
            ("经开滨河公园", "park"),
        ],
    ),
    (
        "截至上午12时，经开区航海路、第八大街等重点道路均通行正常。",
        [("经开区", "development_zone"), ("航海路", "road"), ("第八大街", "road")],
    ),
    (
        "张波先后来到郑州日新精密机械有限公司、潮河养老服务中心和 310国道下穿机场高速防汛重点部位。",
        [("潮河养老服务中心", "facility"), ("310国道", "road"), ("机场高速", "road")],
    ),
    (
        "经开区投资促进局、应急管理局、潮河办事处等4个部门汇报分析会率先召开。",
        [("经开区", "development_zone"), ("潮河办事处", "sub_district_office")],
    ),
    # a zone after its city is named bare, the city kept as ``within``
    (
        "郑州经开区将以先进制造业为主攻方向，全方位融入郑州都市圈建设。",
        [("经开区", "development_zone"), ("郑州都市圈", "region")],
    ),
    (
        "航空港实验区管委会副主任、经开区党工委书记樊福太主持会议。",
        [("航空港实验区", "development_zone"), ("经开区", "development_zone")],
    ),
    (
        "出口加工区、物流园区班子成员，经开综保区、国际物流园区班子成员代表参加。",
        [
            ("出口加工区", "special_zone"),
            ("物流园区", "logistics_park"),
            ("经开综保区", "bonded_zone"),
            ("国际物流园区", "logistics_park"),
        ],
    ),
    # not places: a province before its office, a city before an office, a qualifier in brackets
    (
        "活动由河南省商务厅与经开区管委会共同开展，郑州市开发区建设工作领导小组办公室下发通报。",
        [("经开区", "development_zone")],
    ),
    ("听取郑州国际陆港发展、中欧班列（郑州）开行等情况汇报。", [("郑州国际陆港", "inland_port")]),
    (
        "聚焦长三角、珠三角、京津冀等重点区域企业，为谱写中原更加出彩的绚丽篇章作出贡献。",
        [("中原", "region"), ("京津冀", "region"), ("珠三角", "region"), ("长三角", "region")],
    ),
    # generic words that end like places
    ("大家参加踢毽子、拔河等比赛，全区上下要坚持走好新时代的赶考之路，理清工作思路。", []),
    # other districts
    (
        "本报讯 近日，中牟县县长张强来到官渡镇、刘集镇，实地查看贾鲁河综合治理工程。",
        [("中牟县", "county"), ("官渡镇", "town"), ("刘集镇", "town"), ("贾鲁河", "river")],
    ),
    (
        "在金水区花园路与农业路交叉口，区委书记陈刚察看交通秩序。",
        [("金水区", "district"), ("花园路", "road"), ("农业路", "road")],
    ),
    (
        "洛阳高新区、郑东新区、巩义市负责同志参加会议。",
        [("高新区", "development_zone"), ("郑东新区", "development_zone"), ("巩义市", "city")],
    ),
]


CASES += [
    (
        "本报讯 近日，登封市市长刘洋深入少林街道、大冶镇，调研嵩山景区提升工作，要求加快推进郑登快速路建设。",
        [
            ("登封市", "city"),
            ("少林街道", "sub_district"),
            ("大冶镇", "town"),
            ("嵩山景区", "venue"),
            ("郑登快速路", "road"),
        ],
    ),
    # a city written in full opening a project's name is a place (its short name there is not: 郑州恒海科技产业园)
    ("副市长吕某远察看了凌海市2024年高标准农田建设项目现场。", [("凌海市", "city")]),
    # a division inside a project name is kept; a bare 开发区 is no place
    (
        "确保南曹乡、十八里河街道安置房项目按期交付，打造进步最大的开发区。",
        [("南曹乡", "township"), ("十八里河街道", "sub_district")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == sorted(expected)


def test_zone_within_city() -> None:
    found = run("郑州经开区将以先进制造业为主攻方向。")
    assert [(p.name, p.within, p.mention.text) for p in found.places] == [("经开区", "郑州", "郑州经开区")]


def test_width_variants_are_one_name() -> None:
    found = run("推进中欧班列（郑州）集结中心建设，发挥中欧班列(郑州)集结中心作用。")
    assert [p.name for p in found.projects] == ["中欧班列(郑州)集结中心"]


# Rules from the blind sets f and g, on invented sentences: (text, [(name, kind, within, mention)])
BLIND_CASES = [
    # a city before a zone is the zone's, wherever the clause starts (到洛阳经开区: no separate 洛阳)
    ("6月2日，副市长陶然到洛阳经开区调研重点项目。", [("经开区", "development_zone", "洛阳", "洛阳经开区")]),
    # a common verb before a town's head is a predicate, not a name (要求镇里, 叮嘱镇村干部); 区位 is no 区
    ("会议要求镇里和相关部门主动服务，叮嘱镇村干部抓好落实。他指出，青川区位优越。", []),
    # a rare word jieba reads as a verb keeps its letters before a short head (博望镇)
    ("县长深入博望镇、独树镇调研。", [("博望镇", "town", None, "博望镇"), ("独树镇", "town", None, "独树镇")]),
    # places inside project names count, but a city's short name and a listed project that is a place word
    (
        "加快推进白塔区人民医院新院区和云岭风景区文旅综合体提升项目建设。",
        [("云岭风景区", "venue", None, "云岭风景区"), ("白塔区", "district", None, "白塔区")],
    ),
    ("加快推进洛阳恒信智能装备产业园建设，抓好康桥花园、九龙新城等项目建设。", []),
    # a list's 及 ends the name before it; every one of them (各街道) is none named
    ("区发改局、区招商局及石桥办事处负责同志参加。东岗镇和沿线各街道要严格落实。", [
        ("石桥办事处", "sub_district_office", None, "石桥办事处"), ("东岗镇", "town", None, "东岗镇"),
    ]),
    # a town's name starts after its county's; a town may be named like a city (巴彦淖尔镇)
    ("到青原县韩家镇、云岭区孤山子镇和巴彦淖尔镇调研。", [
        ("青原县", "county", None, "青原县"), ("韩家镇", "town", "青原县", "韩家镇"),
        ("云岭区", "district", None, "云岭区"), ("孤山子镇", "town", "云岭区", "孤山子镇"),
        ("巴彦淖尔镇", "town", None, "巴彦淖尔镇"),
    ]),
    # a county named by its organ (长沙县委) is a place; a city right before a zone, after the clause's start
    ("长沙县委书记出席。组织部副部长来济南高新区调研。", [
        ("长沙县", "county", None, "长沙县"), ("高新区", "development_zone", "济南", "济南高新区"),
    ]),
    # places that begin an association or a media centre, places in a postal address, 路基, 河 of a 市
    ("青川区光电产业商会会长发言。（白塔区融媒体中心通讯员）联系地址：云南省昆明市凤鸣路1号", []),
    ("已完成北段路基施工。沙河市委书记出席。", [("沙河市", "city", None, "沙河市")]),
    # heads 片区, 古城, 遗址, 水库; 紧盯 is a predicate; 重点片区 is generic
    ("要聚焦北湖片区，紧盯水库、河流堤防。唐冶街道等重点片区要加快。", [
        ("北湖片区", "area", None, "北湖片区"), ("唐冶街道", "sub_district", None, "唐冶街道"),
    ]),
    # a town before a site is a place of its own (石门镇|汉代古城遗址)
    ("调研组先后来到石门镇汉代古城遗址、东坡古城和白鹭河水库。", [
        ("东坡古城", "heritage_site", None, "东坡古城"), ("汉代古城遗址", "heritage_site", None, "汉代古城遗址"),
        ("白鹭河水库", "reservoir", None, "白鹭河水库"), ("石门镇", "town", None, "石门镇"),
    ]),
    # a résumé's native place is the county, within its province; 电路 holds no place head; a village is a place
    # (parts aa, ad: 南关村, 伍家台村 after its town), not 村民, 村落 or a 传统村落 (a head followed by a word of its own)
    ("1975年10月生，河南偃师人，研究生学历。", [("偃师", "county", "河南", "偃师"), ("河南", "province", None, "河南")]),
    ("走进一家集成电路设计企业。来到大河村。", [("大河村", "village", None, "大河村")]),
    # a town whose name ends like 城镇 (琴城镇) is a town; 县城镇 and 新型城镇 are none
    ("卢文韬来到琴城镇，推进县城镇污水处理和新型城镇化建设。", [("琴城镇", "town", None, "琴城镇")]),
    # so is one whose first two letters are a place's name (凤城镇, 龙城镇); 全城镇 and 新城镇化 are none
    ("继续实施凤城镇老旧小区改造。龙城镇党委书记祁某华陪同。推进全城镇街道和新城镇化建设。",
     [("凤城镇", "town", None, "凤城镇"), ("龙城镇", "town", None, "龙城镇")]),
    ("督导组先后深入南关村、毛庄村。在椒园镇伍家台村，村民介绍了彭家寨传统村落保护情况。", [
        ("南关村", "village", None, "南关村"), ("毛庄村", "village", None, "毛庄村"), ("椒园镇", "town", None, "椒园镇"),
        ("伍家台村", "village", None, "伍家台村")]),
    # a county named in full is a place again without its suffix, but not opening a project's name
    ("吴江区召开民营企业座谈会。会议指出，吴江拥有得天独厚的区位优势。要加快吴江丝绸产业园项目。", [
        ("吴江", "district", None, "吴江"), ("吴江区", "district", None, "吴江区"),
    ]),
    ("青川县召开座谈会。他指出，青川区位优越。", [("青川", "county", None, "青川"), ("青川县", "county", None, "青川县")]),
    # a rare word jieba tags as an adjective or adverb keeps its letters before any head (平遥古城, 正定新区); 商圈
    ("报告提出，要加快平遥古城保护利用工程。先后到正定新区调研。要围绕二七商圈提质。", [
        ("二七商圈", "area", None, "二七商圈"), ("平遥古城", "heritage_site", None, "平遥古城"),
        ("正定新区", "development_zone", None, "正定新区"),
    ]),
    # a venue named after its county: both are places
    ("上午，青川县第十届人民代表大会第三次会议在青川县会议中心开幕。", [
        ("青川县", "county", None, "青川县"), ("青川县会议中心", "venue", None, "青川县会议中心"),
    ]),
    # heads of airports, stations, lakes, canals, streams, waterways, resorts, scenic areas, port areas; 用好 ends
    # a modifier
    ("要用好东岭机场空域资源，加快东岭火车站站前广场改造项目。", [
        ("东岭机场", "airport", None, "东岭机场"), ("东岭火车站", "station", None, "东岭火车站"),
    ]),
    ("紧盯白沙湖、红旗渠沿线和九曲溪、龙门水道，先后来到凤凰旅游度假区、桃源旅游区和北港港区。", [
        ("九曲溪", "river", None, "九曲溪"), ("凤凰旅游度假区", "scenic_area", None, "凤凰旅游度假区"),
        ("北港港区", "port", None, "北港港区"), ("桃源旅游区", "scenic_area", None, "桃源旅游区"),
        ("白沙湖", "lake", None, "白沙湖"), ("红旗渠", "canal", None, "红旗渠"), ("龙门水道", "river", None, "龙门水道"),
    ]),
    # 智慧 is a generic modifier; 溪 of 兰溪市 is no stream; an enumeration marker is no part of a name
    ("要提高智慧港区建设水平。兰溪市委书记出席。", [("兰溪市", "city", None, "兰溪市")]),
    ("先后察看了以下项目：（一）桃花源旅游区游客集散中心项目。", [("桃花源旅游区", "scenic_area", None, "桃花源旅游区")]),
    # heads 工业园区 and 科技园区 (zones a project never is); 谱写 ends a modifier; 世界领先 is generic
    ("白塔工业园区党工委书记出席。在青山国家农业科技园区调研。", [
        ("白塔工业园区", "industrial_park", None, "白塔工业园区"),
        ("青山国家农业科技园区", "area", None, "青山国家农业科技园区"),
    ]),
    ("为谱写西乡高质量发展新篇章贡献力量。要建设世界领先科技园区。", []),
    # a real county-level division ending like a generic word (郾城区: 城区, 上街区: 街区) is a place; 老城区 is not
    ("郾城区首届非遗文化展在郾城区文化馆开幕。通用航空是上街区的特色产业，要建设好老城区。", [
        ("上街区", "district", None, "上街区"), ("郾城区", "district", None, "郾城区"),
        ("郾城区文化馆", "venue", None, "郾城区文化馆"),
    ]),
    # a newspaper's place is no place (周口日报, 《青岛西海岸报》); 县委县政府 is an organ; 科技城 is a head
    ("扫码关注周口日报官方微信。本网站所有内容属《青岛西海岸报》所有。县委副书记主持召开县委县政府重点工作会议。"
     "先后到中原科技城调研。", [("中原科技城", "area", None, "中原科技城")]),
    # a city's name before 路 names a road, not the city (济源路街道, 南京路)
    ("统筹推进济源路街道老旧小区改造和南京路提升。", [
        ("济源路街道", "sub_district", None, "济源路街道"), ("南京路", "road", None, "南京路"),
    ]),
    # a zone word after a long modifier of its own is no bare zone (全国民族团结进步示范区: no 示范区)
    ("要巩固全国民族团结进步示范区创建成果。", []),
    # a page word (正文) and a time word (一季度) are no part of a zone's name
    ("县区风采 正文郑东新区召开推进会。会议指出，一季度新区主要经济指标稳中有进。", [
        ("郑东新区", "development_zone", None, "郑东新区"),
    ]),
    # a named zone in a long form with its city's name takes the lexicon's name (zone_places.tsv)
    ("郑州航空港经济综合实验区党工委副书记出席。", [
        ("郑州航空港实验区", "development_zone", None, "郑州航空港经济综合实验区"),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), BLIND_CASES)
def test_blind_set_rules(text: str, expected: list[tuple]) -> None:
    found = run(text).places
    assert sorted((p.name, p.kind, p.within, p.mention.text) for p in found) == sorted(expected)


def test_a_person_is_no_place() -> None:
    """A place word inside a name the officials extractor found (鲍玉林: 玉林) is no place."""
    text = "市人大常委会主任鲍玉林出席。"
    art = Article("doc", 1, 0, len(text), text)
    found = ArticleFacts(art)
    found.persons.append(PersonMention(art.mention(7, 10, "person")))
    places.extract(art, found)
    assert found.places == []
    assert [p.name for p in run(text).places] == ["玉林"]  # without the person, the city is read


def test_no_modifier_crosses_a_person() -> None:
    """A town's modifier stops at the name before it (市长应伟东|走访慰问|枫桥镇); 代表 is a predicate."""
    text = "11月7日，市委副书记、市长应伟东走访慰问枫桥镇、店口镇的困难群众。会上，樊福太代表市委作报告。"
    found = _with_people(text, "应伟东", "樊福太")
    assert [(p.name, p.kind) for p in found.places] == [("枫桥镇", "town"), ("店口镇", "town")]


def _with_people(text: str, *names: str) -> ArticleFacts:
    """The places of ``text`` read with ``names`` found as persons (as the officials extractor finds them)."""
    art = Article("doc", 1, 0, len(text), text)
    found = ArticleFacts(art)
    found.persons.extend(PersonMention(art.mention(text.find(n), text.find(n) + len(n), "person")) for n in names)
    places.extract(art, found)
    return found


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal before 县委 names a term, no place; a rank before 县 (经济强县, 农业大县) no county
    ("受县委书记许某委托，县长王某主持召开十三届县委第32次常委会会议。", []),
    ("为建设经济强县、农业大县提供行动纲领，推动美丽阜城建设。", []),
    ("阜城县召开第三次全体会议，研究建设经济强县。", [("阜城县", "county")]),
])
def test_ranks_and_ordinals_are_no_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a duty's verb before a level letter (联系, 领导, 压实) names no county, district or town
    ("工作分工：领导区政府全面工作。联系区人大常委会、区政协。要压紧压实县、乡、村三级责任，压实镇村防汛责任。", []),
    # a kind of place is no place (母亲河, 沿河群众, 小型水库, 黄河入海口); 渠道 is no canal; 新一届 is no county's name
    ("堵河是竹山县的母亲河，要保障沿河群众和小型水库安全，做好黄河入海口保护，拓宽销售渠道。新一届县政协将紧扣县委中心工作。",
     [("堵河", "river"), ("竹山县", "county"), ("黄河", "river")]),
    # a county of one letter before its organ's level letter (曹县县委) is the county, not 曹县县; as any county
    # opening an organ's name (曹县县委), it is no place of its own there
    ("2020年3月任曹县县委常委、组织部部长。曹县县城的老旧小区改造。", [("曹县", "county")]),
    # a rank (农业大镇) names no town (part ht)
    ("黎明镇是我县的农业大镇。", [("黎明镇", "town")]),
    # 往村, 与村, 年度村: a predicate or time word before 村, no village
    ("做到人往村里派、钱往村里投，推动驻村工作队与村“两委”协作。召开2024年度村党组织书记述职会。", []),
])
def test_generic_kinds_and_duties_are_no_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition before a name opens no place (为|旬阳县, 开发区与|托管镇街); nor does a verb after it (向|驻县)
    ("决定任命：聂春华为旬阳县人民政府副县长。", [("旬阳县", "county")]),
    ("要进一步理顺开发区与托管镇街的权责关系，向驻县部队官兵致以问候。", []),
    # a word that opens with such a letter keeps it (向阳街道), and so does a county of the gazetteer (将乐县)
    ("来到向阳街道和将乐县调研。", [("向阳街道", "sub_district"), ("将乐县", "county")]),
    # a county of one letter after a preposition (城固至|洋县, 到|道县, 为|莒县) (part fk)
    ("严某业来到城固至洋县快速通道项目现场。这是雷某韬到道县任职后首次下乡调研。厉某燕为莒县人民政府副县长。",
     [("洋县", "county"), ("道县", "county"), ("莒县", "county")]),
    # a count of people before a level letter (一名区领导, 两位县领导) names no district or county
    ("实行“一个项目、一名区领导、一个专班”推进机制。", []),
    # a county of one letter standing alone (沛县召开, 是随县的, 、浚县、); no county where its letter ends a word (提高|县),
    # is a function letter (镇和县直部门) or 县 opens a word after it (代县长, 县级)
    ("6月19日，沛县召开项目推进会。香菇是随县的特色产业，浚县、淇县要重点做好防汛。", [
        ("沛县", "county"), ("浚县", "county"), ("淇县", "county"), ("随县", "county")]),
    ("要提高县级医院能力。各镇和县直部门参会。县委副书记、代县长某某主持。", []),
    # a town whose name opens with a conjunction's letter (和平镇, 和乐镇) keeps it; 补齐|集镇 names none
    ("县委书记到和平镇调研。会议听取了和乐镇的汇报。补齐集镇短板。", [("和平镇", "town"), ("和乐镇", "town")]),
    # after 在, 到 or 赴 a word is a place's name, no predicate (到复兴镇, 在胜利镇，); 在建 is a word (part hs)
    ("县长到复兴镇调研。在胜利镇，他察看了防汛物资。在建涉河工程要加密巡查。推动乡村振兴镇村联动。",
     [("复兴镇", "town"), ("胜利镇", "town")]),
    # 湖北 and 湖南 after a county name no lake (扎囊县湖北援藏…); a lake's bank keeps the lake (东湖北岸) (part hn)
    ("扎囊县湖北援藏幼儿园项目开工。东湖北岸绿道建成。", [("东湖", "lake"), ("扎囊县", "county")]),
])
def test_prepositions_and_counts_open_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == sorted(expected)


def test_a_reporter_is_no_place() -> None:
    """A credit line's reporter whose name ends in a place head (通讯员吴梦溪: 溪) is no stream."""
    text = "全县防汛工作安全有序。（通讯员吴梦溪）"
    at = text.find("吴梦溪")
    art = Article("doc", 1, 0, len(text), text, reporters=(Mention("吴梦溪", at, at + 3, "person"),))
    found = ArticleFacts(art)
    places.extract(art, found)
    assert found.places == []
    assert [p.name for p in run(text).places] == ["吴梦溪"]  # without the byline's reporter, the head is read


@pytest.mark.parametrize(("text", "expected"), [
    # rivers of the lexicon, with no head the extractor reads (嘉陵江, 沅水, 好溪 is read by its head)
    ("牵头开展嘉陵江蓬安段生态保护，盯紧沅水、舞水沿线堤防，统筹推进好溪沿线生态修复。",
     [("嘉陵江", "river"), ("好溪", "river"), ("沅水", "river"), ("舞水", "river"), ("蓬安", "county")]),
    # a place named after a river is that place (西江镇, 长江埠街道, 汉水桥街道, 丹江口), no river
    ("先后来到西江镇、长江埠街道和汉水桥街道，调研丹江口库区移民安置。",
     [("汉水桥街道", "sub_district"), ("西江镇", "town"), ("长江埠街道", "sub_district")]),
])
def test_rivers_of_the_lexicon(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # along a river (沿堵河, 沿巴河) is no river named 沿堵河; a common time word is no county's name (目前县)
    ("詹某松一行沿堵河城区段步行察看河道。目前县交通运输局已组织养护。", [("堵河", "river")]),
    # a rare word tagged as time (春晓) may be a street's name
    ("在春晓街道应急管理站察看物资储备。", [("春晓街道", "sub_district")]),
])
def test_along_and_time_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == expected


def test_a_river_after_a_verb_s_complement_or_a_preposition() -> None:
    """守护好黄河, 保护好赤水河, 因黄河而兴: the river, without the letter before it."""
    text = "县委书记强调，要守护好洮河上游生态屏障，保护好赤水河。青铜峡因黄河而得名。"
    assert [(p.name, p.kind) for p in run(text).places] == [("洮河", "river"), ("赤水河", "river"), ("黄河", "river")]


@pytest.mark.parametrize(("text", "expected"), [
    # a county written in full before 城…: the county, then its town's words (县城 alone names none)
    ("会议研究了中牟县城乡供水一体化工程。", [("中牟县", "county")]),
    ("尤溪县城关镇召开会议。", [("尤溪县", "county"), ("城关镇", "town")]),
    ("县城区道路整治和全县城乡环境提升同步推进。", []),
])
def test_a_county_before_its_town_s_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in run(text).places] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town whose name ends like a common word (城镇, 重镇), listed with towns or gone to: a town
    ("检查组先后来到讲武城镇、时村营乡。", [("讲武城镇", "town"), ("时村营乡", "township")]),
    ("副县长母某荣到土城镇调研。", [("土城镇", "town")]),
    # the common words themselves, and a town one is linked to (包联乡镇)
    ("推进新型城镇建设，把该镇打造成商贸重镇，汛期每周到包联乡镇督导一次。", []),
])
def test_a_town_named_like_a_common_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in run(text).places] == expected


def test_a_provincial_high_tech_industrial_park_is_a_zone() -> None:
    """弋阳高新技术产业园区 (a province's 高新技术产业园区): a development zone, not 弋阳 and a park."""
    assert [(p.name, p.kind) for p in run("据悉，弋阳高新技术产业园区地处信江之畔。").places] == [
        ("弋阳高新技术产业园区", "development_zone"), ("信江", "river")]


def test_a_street_named_like_a_city() -> None:
    """大同街道 (同安区's street) listed with streets and a town: the street, not 大同 the city."""
    assert [(p.name, p.kind) for p in run("深入大同街道、祥平街道和五显镇调研。").places] == [
        ("大同街道", "sub_district"), ("祥平街道", "sub_district"), ("五显镇", "town")]


@pytest.mark.parametrize(("text", "expected"), [
    # a lake after a long modifier is the dictionary's word, or the letter after a river (太浦河汾湖段); 湖长 no lake
    ("常德地处洞庭湖西岸，汉寿水域湖长贺某新。", [("常德", "city"), ("洞庭湖", "lake")]),
    ("检查太浦河汾湖段防洪堤加固工程。", [("太浦河", "river"), ("汾湖", "lake")]),
    # a kind of place, none named (重点镇, 边境县, 相关县, 河湖长), and a democratic party's committee (民盟市委)
    ("紧盯重点镇建设。金平是边境县。相关县（市、区）负责同志参加。对县级河湖长进行调整，管好入湖口。", []),
    ("市政协副主席、民盟市委主委卜某澜率调研组考察了荣丁镇、民建镇。", [("荣丁镇", "town"), ("民建镇", "town")]),
    # a duty's word before a place (联系高河镇, 挂职县委常委); a river's name before 镇 names a town (沙河镇)
    ("分管县统计局。联系高河镇。挂职县委常委、副县长陈某禾到沙河镇调研。", [("高河镇", "town"), ("沙河镇", "town")]),
    # a county of the gazetteer ends a long modifier (代表团赴镇雄县); its first letter opens no town (团赴镇); a word
    # across the county's first letter (县城东区) makes it none
    ("率区党政代表团赴镇雄县考察。实施县城东区供水工程。", [("镇雄县", "county")]),
    # a county of the gazetteer keeps the letters a predicate's trim took from it (和政县, 应城市); a dateline's place
    # (本报兰州讯) is the reporter's, no place of the news
    ("本报兰州讯（记者 王某）先后深入临夏市、和政县调研。印发《应城市三年行动方案》。",
     [("临夏市", "city"), ("和政县", "county"), ("应城市", "city")]),
    # a division one letter before a town's, street's or road's head opens its name (朝阳洲街道, 黄山头镇, 玉林北路)
    ("深入朝阳洲街道、桃花镇调研。藕池镇、黄山头镇负责人发言。",
     [("朝阳洲街道", "sub_district"), ("桃花镇", "town"), ("藕池镇", "town"), ("黄山头镇", "town")]),
    # a place opening an outlet's name joined with a middle dot (新甘肃·甘肃日报) is part of that name
    ("据甘肃日报报道（新甘肃·甘肃日报记者尤某），定西市安定区召开会议。", [("定西市", "city"), ("安定区", "district")]),
    # 内蒙古's township and village (苏木, 嘎查)
    ("旗长那某苏深入巴彦胡舒苏木调研，来到哈日阿图嘎查。", [("巴彦胡舒苏木", "township"), ("哈日阿图嘎查", "village")]),
    # a mountain, a desert, a mountain area named alone (landforms.tsv): no 白山 (a city) inside 长白山
    ("汪清地处长白山东麓。完成毛乌素沙地治理。彭水地处武陵山区。",
     [("长白山", "mountain"), ("毛乌素沙地", "desert"), ("武陵山区", "mountain_area")]),
    # set phrases of village work (进村入户, 因村施策) name no village
    ("组织农技人员进村入户，生活污水治理要因村施策。", []),
])
def test_kinds_of_places_and_lakes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in run(text).places] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # banners and counties whose names are longer than a head's modifier come from the gazetteer whole
    ("副市长到宽甸满族自治县调研，深入阿巴嘎旗、达尔罕茂明安联合旗。", [
        ("宽甸满族自治县", "county"), ("阿巴嘎旗", "banner"), ("达尔罕茂明安联合旗", "banner")]),
    ("邵某就吉木萨尔县新能源装备产业园一期建设进行调研。五星红旗迎风飘扬。", [("吉木萨尔县", "county")]),
])
def test_long_county_names_and_banners(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == sorted(expected)


def test_a_verb_after_a_name_opens_no_place() -> None:
    """A place read right after a person's name drops the verb (赴, 到) and a 同志 between them."""
    found = _with_people("5月6日，区委书记庞鸿志赴金泽镇调研。会后康立新同志到金汇镇检查。", "庞鸿志", "康立新")
    assert [(p.name, p.mention.text) for p in found.places] == [("金泽镇", "金泽镇"), ("金汇镇", "金汇镇")]


def test_a_river_before_its_kou_is_the_river() -> None:
    """剡溪|溪口段, 灵山江|溪口段: the river's name, then a 溪口 of its course; no 剡溪溪, no 灵山江溪."""
    got = run("一行来到剡溪溪口段防洪能力提升工程和灵山江溪口段综合治理工程现场。").places
    assert [(p.name, p.kind, p.mention.text) for p in got] == [("剡溪", "river", "剡溪"), ("灵山江", "river", "灵山江")]


@pytest.mark.parametrize(("text", "expected"), [
    # a time word (期间) ends a modifier; a count (4个) counts places and names none; a slogan's 不出 is a predicate
    ("王博文通报了春节期间景区接待情况，详细了解亚运会期间西湖景区周边交通组织。", [("西湖景区", "venue")]),
    ("首批4个片区已完成签约，全县已有62个村完成村“两委”换届。", []),
    ("做到小事不出网格、大事不出街道。", []),
    # a quarter (前三季度) and 新任 open no place (新任|大坡村); 空壳村, 侨乡 and 水泥路 are kinds of place
    ("会上通报了前三季度街道经济运行情况，新任大坡村第一书记作表态发言。新任区委书记到任。", [("大坡村", "village")]),
    ("让“空壳村”全面清零，打响侨乡文化品牌，村里还有两个组不通水泥路。", []),
    # a time word or 续建 before a place is no part of it (去年|张公桥片区, 续建|魏家庄片区, 目前|嘉积镇段); 沉陷区 is a kind
    ("去年张公桥片区完成征收，今年将续建魏家庄片区城市更新项目，介绍了今年沉陷区群众搬迁安置。",
     [("张公桥片区", "area"), ("魏家庄片区", "area")]),
    # a mountain named as a list's item or a resource (依托龙虎山等, 、女娲山、, 、米仓山林区); 绿水青山、金山银山 none
    ("要依托龙虎山等优质资源，加强古城、女娲山、十八里长峡和米仓山林区巡查，守护绿水青山、金山银山。",
     [("女娲山", "mountain"), ("米仓山", "mountain"), ("龙虎山", "mountain")]),
    # a region's whole name (成渝地区), no shorter one inside it
    ("要主动承接成渝地区产业转移。", [("成渝地区", "region")]),
    # kinds of place and a river's duties (棚户区改造, 山塘水库, 软弱涣散村, 护河巡河, 入河排污口)
    ("推进涡河北岸棚户区改造，对山塘水库、旅游景区开展排查，整顿软弱涣散村党组织，开展护河巡河，整治入河排污口。",
     [("涡河", "river")]),
    # a session's verbs (列席, 补选) and 历届 before a level letter; a slogan's 稳县
    ("委员们将列席县十八届人大三次会议，补选县人民政府县长。历届县政协主席应邀出席。聚焦“工业强县、农业稳县”。", []),
    # every town of a visited list is a town, however its letters read; one with its county is read by its head
    ("先后来到泊于镇、崮山镇、桥头镇调研。深入进化镇、琊川镇。来到拉林满族镇、牛家满族镇。深入中牟县官渡镇、雁鸣湖镇。"
     "市长到开通镇、边昭镇检查。",
     [("中牟县", "county"), ("官渡镇", "town"), ("崮山镇", "town"), ("开通镇", "town"), ("拉林满族镇", "town"),
      ("桥头镇", "town"), ("泊于镇", "town"), ("牛家满族镇", "town"), ("琊川镇", "town"), ("边昭镇", "town"),
      ("进化镇", "town"), ("雁鸣湖镇", "town")]),
    # a river's 流域 after it (巴川河流域; 黄河流域 is the lexicon's region, no 扛稳黄河); 河流 names no river
    ("围绕巴川河流域水环境综合治理开展协商，要坚决扛稳黄河流域生态保护责任，河流生态要保护。",
     [("巴川河", "river"), ("黄河流域", "region")]),
    # a lone 一 counts (一河一策, 一湖清水); 村情 and 大桥镇 end no 村 and no 大桥
    ("落实“一河一策”，守护好一湖清水，摸清村情民意，察看机耕路建设。", []),
    ("在古田县大桥镇食用菌精深加工项目现场", [("古田县", "county"), ("大桥镇", "town")]),
])
def test_time_words_counts_and_slogans_name_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a river's or road's stretch named by a county in full or short, a town, or a small place's name
    ("淮河寿县段堤防加固工程现场。", [("寿县", "county"), ("淮河", "river")]),
    ("要加快乐安河鄱阳段综合治理工程和G205国道沂南段改建工程。", [("G205", "road"), ("乐安河", "river"), ("沂南", "county"),
                                                ("鄱阳", "county")]),
    ("浠水河清泉镇段综合治理工程。府河城关段堤防加固工程。", [("城关", "town"), ("府河", "river"), ("浠水河", "river"),
                                            ("清泉镇", "town")]),
    ("耒水耒阳城区段防洪治理工程。长江东至段岸线修复。",
     [("东至", "county"), ("耒水", "river"), ("耒阳", "county_level_city"), ("长江", "river")]),
    # the river's own words, a weak spot, a road's extension, a range name no stretch
    ("隽水河干流段堤防加固，渭河堤防薄弱段加固，贺胜路东延段道路工程，金水河（黄河路至东风路段）。",
     [("渭河", "river"), ("贺胜路", "road"), ("金水河", "river"), ("隽水河", "river"), ("黄河路", "road")]),
])
def test_a_stretch_of_a_river_or_road_names_its_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a river read with its stretch's place (黑潓江沙溪段, 七浦塘沙溪段) is the river, then the place
    ("察看兴教寺、黑潓江沙溪段堤防和七浦塘沙溪段生态廊道。",
     [("七浦塘", "river"), ("沙溪", "town"), ("黑潓江", "river")]),
    # 及, 与, 至 join two places, not one name (兴田至星村; 东至县 and 乐至县 keep theirs); 保护好|剑湖: the verb's 好
    ("察看了兴田镇至星村镇旅游公路，推动度假区与星村镇联动。保护好剑湖就是保护好下游。东至县、乐至县参加。",
     [("东至县", "county"), ("乐至县", "county"), ("兴田镇", "town"), ("剑湖", "lake"), ("星村镇", "town")]),
])
def test_rivers_with_their_stretches_and_joined_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((p.name, p.kind) for p in run(text).places) == sorted(expected)


def test_a_river_s_source_is_no_city() -> None:
    """泗河源头: the river's 源头, no 河源市; 河源市 itself stays a city."""
    got = run("调研泗河源头保护。河源市召开会议。").places
    assert [(p.name, p.kind) for p in got] == [("泗河", "river"), ("河源市", "city")]


def test_a_river_s_bank_is_no_province_and_a_verb_s_hao_no_name() -> None:
    """桃河南岸, 湘江西岸: a river's bank, no 河南, no 江西 (河南省 stays); 保障好|辽源经济开发区."""
    got = run("推进桃河南岸城市更新，打造湘江西岸先进制造业走廊。河南省召开会议。保障好辽源经济开发区用地。").places
    assert [p.name for p in got] == ["湘江", "河南省", "辽源经济开发区"]


def test_a_town_named_after_a_river_s_source() -> None:
    """辽河源镇, 泾河源镇: towns named after a river's source, no 河源 (the city) in them; 河源市 stays a city."""
    got = run("深入辽河源镇、泾河源镇调研。河源市召开会议。").places
    assert [(p.name, p.kind) for p in got] == [("辽河源镇", "town"), ("泾河源镇", "town"), ("河源市", "city")]
