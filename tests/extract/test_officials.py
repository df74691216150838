"""Post holdings and person mentions: real sentences from the sample and invented ones from other places."""

from __future__ import annotations

import pytest
from newskg.extract import jurisdiction, officials, organs
from newskg.extract.model import Article, ArticleFacts, Document, DocumentFacts


def run(text: str, known: set[str] | None = None, headline: str = "") -> ArticleFacts:
    art = Article(doc_id="t", index=1, start=0, end=len(text), text=text, headline=headline)
    found = ArticleFacts(art, known_names=set(known or ()))
    officials.extract(art, found)
    doc = Document("t", "t", text)
    doc.clean = text
    jurisdiction.decide(DocumentFacts(doc, [found]))  # organs named with their places, as extraction gives them
    for h in found.holdings:
        assert h.person.text == text[h.person.start : h.person.end]
        assert h.evidence.text == text[h.evidence.start : h.evidence.end]
        assert h.evidence.start <= h.person.start < h.person.end <= h.evidence.end
    for p in found.persons:
        assert p.person.text == text[p.person.start : p.person.end]
    return found


def holdings(found: ArticleFacts) -> list[tuple[str, str, str]]:
    return [(h.person.text, h.org, h.title) for h in found.holdings]


def persons(found: ArticleFacts) -> list[tuple[str, str]]:
    return [(p.person.text, p.role) for p in found.persons]


# Sentences from data/sample (a 经开区 paper).
SAMPLE = [
    (
        "本报讯 近日，经开区党工委副书记、管委会主任张波实地督导七里河防汛工作。",
        [("张波", "经开区党工委", "副书记"), ("张波", "经开区管委会", "主任")],
    ),
    (
        "会议由航空港实验区管委会副主任、经开区党工委书记樊福太主持。",
        [("樊福太", "郑州航空港实验区管委会", "副主任"), ("樊福太", "郑州经开区党工委", "书记")],
    ),
    (
        "经开区党工委书记李小虎调研重大项目建设工作。区党工委委员、管委会副主任陈晓东参加调研。",
        [
            ("李小虎", "经开区党工委", "书记"),
            ("陈晓东", "经开区党工委", "委员"),
            ("陈晓东", "经开区管委会", "副主任"),
        ],
    ),
    (
        "经开综合保税区党工委副书记、管委会主任马良，经开区党工委委员、管委会副主任郭宏力分别对近期工作进行安排。",
        [
            ("马良", "郑州经开综合保税区党工委", "副书记"),  # a named zone of 郑州: the bare 经开区 is 郑州's
            ("马良", "郑州经开综合保税区管委会", "主任"),
            ("郭宏力", "郑州经开区党工委", "委员"),
            ("郭宏力", "郑州经开区管委会", "副主任"),
        ],
    ),
    (
        "经开区党工委主持会议，市委组织部三级调研员魏诗剑、市委组织部组织二处副处长李绍廷专程到会指导。",
        [("魏诗剑", "市委组织部", "三级调研员"), ("李绍廷", "市委组织部组织二处", "副处长")],
    ),
    (
        "经开区党工委召开会议。市委党史学习教育第八巡回指导组组长、市水利局三级调研员张孔僧，组员张龙臻参加会议。",
        [
            ("张孔僧", "市委党史学习教育第八巡回指导组", "组长"),
            ("张孔僧", "市水利局", "三级调研员"),
            ("张龙臻", "市委党史学习教育第八巡回指导组", "组员"),
        ],
    ),
    (
        "经开区党工委理论学习中心组成员，全区县处级以上干部参加学习。党工委理论学习中心组成员姚志伟、孙兵、武斌，经开综保区班子成员代表进行研讨发言。",
        [],  # study-group membership is no post (issue 13): a person mention with that role
    ),
    (
        "“市委十二届八次全会十分重要。”郑州经开区党工委书记李小虎表示，经开区将坚持稳中求进。",
        [("李小虎", "郑州经开区党工委", "书记")],  # the city stays: extract.jurisdiction reads it
    ),
    (
        "经开区党工委委员、管委会副主任花磊，郑州经开区人大工委副主任郑晓华参加调研。",
        [
            ("花磊", "郑州经开区党工委", "委员"),  # the article names its zone's city once: all are 郑州's
            ("花磊", "郑州经开区管委会", "副主任"),
            ("郑晓华", "郑州经开区人大工委", "副主任"),
        ],
    ),
    (
        "近日，经开区党工委委员、管委会副主任花磊以“更好发挥党员先锋模范作用”为主题讲授专题党课。",
        [("花磊", "经开区党工委", "委员"), ("花磊", "经开区管委会", "副主任")],
    ),
    ("经开区党工委、管委会班子成员及32家安委会成员单位主要负责人参加会议。", []),
]

# Invented sentences in the same genre, other names and other divisions.
INVENTED = [
    (
        "本报讯 近日，市委常委、副市长王建国带队调研项目建设。",
        [("王建国", "市委", "常委"), ("王建国", "市政府", "副市长")],
    ),
    (
        "县委书记李志刚主持召开会议。县委副书记、县长赵红梅，县委常委、常务副县长孙卫东出席。",
        [
            ("李志刚", "县委", "书记"),
            ("赵红梅", "县委", "副书记"),
            ("赵红梅", "县政府", "县长"),
            ("孙卫东", "县委", "常委"),
            ("孙卫东", "县政府", "常务副县长"),
        ],
    ),
    (
        "近日，金水区委书记刘建华深入基层调研，区委副书记、区长周永强参加。",
        [("刘建华", "金水区委", "书记"), ("周永强", "金水区委", "副书记"), ("周永强", "金水区政府", "区长")],
    ),
    (
        "镇党委书记吴海涛、镇长钱志明带领镇村干部开展巡河。",
        [("吴海涛", "镇党委", "书记"), ("钱志明", "镇政府", "镇长")],
    ),
    (
        "花园路街道党工委书记蒋立平、办事处主任沈涛陪同调研。",
        [("蒋立平", "花园路街道党工委", "书记"), ("沈涛", "花园路街道办事处", "主任")],
    ),
    (
        "市水利局党组书记、局长陈立新一行来我县调研。",
        [("陈立新", "市水利局党组", "书记"), ("陈立新", "市水利局", "局长")],
    ),
    (
        "省商务厅一级巡视员冯涛，市商务局党组成员、副局长许可参加活动。",
        [
            ("冯涛", "省商务厅", "一级巡视员"),
            ("许可", "市商务局党组", "成员"),
            ("许可", "市商务局", "副局长"),
        ],
    ),
    (
        "洛阳高新区党工委副书记、管委会主任杨帆主持会议，区党工委委员、管委会副主任黄丽参加。",
        [
            ("杨帆", "洛阳高新区党工委", "副书记"),
            ("杨帆", "洛阳高新区管委会", "主任"),
            ("黄丽", "洛阳高新区党工委", "委员"),  # a bare 区 is the article's zone, with its city
            ("黄丽", "洛阳高新区管委会", "副主任"),
        ],
    ),
    (
        "中牟县委书记宋志强主持召开会议，县委副书记、县长程小红参加。",
        [("宋志强", "中牟县委", "书记"), ("程小红", "中牟县委", "副书记"), ("程小红", "中牟县政府", "县长")],
    ),
    (
        "金水区委常委、组织部部长王涛，区委常委、常务副区长刘洋参加。",
        [
            ("王涛", "金水区委", "常委"),
            ("王涛", "金水区委组织部", "部长"),
            ("刘洋", "金水区委", "常委"),
            ("刘洋", "金水区政府", "常务副区长"),
        ],
    ),
    ("近日，郑州市金水区区长侯卫东一行到外地考察。", [("侯卫东", "金水区政府", "区长")]),
    (
        "省委第三巡视组组长高峰，副组长邱实，组员石磊参加。",
        [("高峰", "省委第三巡视组", "组长"), ("邱实", "省委第三巡视组", "副组长"), ("石磊", "省委第三巡视组", "组员")],
    ),
    ("县人大常委会主任田丰，县政协主席欧阳明华出席。", [("田丰", "县人大常委会", "主任"), ("欧阳明华", "县政协", "主席")]),
    ("河南省人民政府副省长武国定出席。", [("武国定", "河南省政府", "副省长")]),
    ("县委书记王振和主持会议。", [("王振和", "县委", "书记")]),
    # a 和 with a one-letter follower right after it ends the name (率); a follower of a manager's task (牵头)
    ("县委副书记、县长甄某和率县委、县政府考察团赴苏州。", [("甄某和", "县委", "副书记"), ("甄某和", "县政府", "县长")]),
    ("市住房和城乡建设局局长陆某豪牵头组织专班。", [("陆某豪", "市住房和城乡建设局", "局长")]),
    # a bare 厅党组 after a 纪检监察组 stationed in a named 厅: that 厅's
    ("省纪委监委驻省交通运输厅纪检监察组组长、厅党组成员俞某琳出席。",
     [("俞某琳", "省纪委监委驻省交通运输厅纪检监察组", "组长"), ("俞某琳", "省交通运输厅党组", "成员")]),
    # a township whose name opens with 年 (年堆乡); a year's 年 before a bare organ stays out of it
    ("年堆乡党委副书记、乡长达瓦卓玛汇报了情况。",
     [("达瓦卓玛", "年堆乡党委", "副书记"), ("达瓦卓玛", "年堆乡政府", "乡长")]),
    ("2023年镇党委书记喻某华主持会议。", [("喻某华", "镇党委", "书记")]),
    # a note after a title inside a chain (副县长（挂职）、…组长): the chain goes on past it
    ("县委常委、副县长（挂职）、浙江省驻川东西部协作工作队马边工作组组长茹某庆参加。",
     [("茹某庆", "县委", "常委"), ("茹某庆", "县政府", "副县长"),
      ("茹某庆", "浙江省驻川东西部协作工作队马边工作组", "组长")]),
    # an agenda item's number in brackets is no part of the organ after it
    ("会议议程（一）县应急管理局局长付某蓓通报汛期准备情况。", [("付某蓓", "县应急管理局", "局长")]),
    # 和, a 纳西 surname and a conjunction: a name when a rare given name and a follower come after it
    ("华坪县委书记和玉梅深入荣将镇调研。", [("和玉梅", "华坪县委", "书记")]),
    ("县委书记和县长出席，厂党委书记和厂长一同调研。", []),
    # 区长江干流: the 长 of 区长 opens a river (长江干流), no title and no name; 市长江某某 is a 市长 and his name
    ("会议听取了万州区长江干流岸线生态修复工程推进情况汇报。", []),
    ("市委副书记、市长江一某出席并致辞。", [("江一某", "市委", "副书记"), ("江一某", "市政府", "市长")]),
    # a Yi name of four letters before 负责; the 江西 surname 淦
    ("副县长吉克阿某负责协调。", [("吉克阿某", "县政府", "副县长")]),
    ("副市长淦某平到靖安县调研。", [("淦某平", "宜春市政府", "副市长")]),  # the city of the county he goes to
    # rare surnames of the south-west and of 湖北 (卯, 矣, 庹)
    ("盘州市委副书记、市长卯某华主持会议。", [("卯某华", "盘州市委", "副书记"), ("卯某华", "盘州市政府", "市长")]),
    ("县委副书记、县长庹某新带队调研。", [("庹某新", "县委", "副书记"), ("庹某新", "县政府", "县长")]),
    # the 河北 and 山西 surname 续; a duty in brackets (包村领导) between a title and its holder, no post
    ("县委副书记、县长续某刚到小二台镇调研。", [("续某刚", "县委", "副书记"), ("续某刚", "县政府", "县长")]),
    ("乡党委委员、副乡长（神山村包村领导）刘某虎陪同。", [("刘某虎", "乡党委", "委员"), ("刘某虎", "乡政府", "副乡长")]),
    # a report made on a body's behalf (受县委常委会委托); a district's organs after 代表 open no name of the surname 区
    ("全会听取了县委书记訾某明受县委常委会委托所作的工作报告。", [("訾某明", "县委", "书记")]),
    ("区长叶某峰代表区人民政府作政府工作报告。区政协委员列席会议。", [("叶某峰", "区政府", "区长")]),
    # the party's name before a county's committee, the county's level letter written again (中共道县县委)
    ("中共道县县委常委、组织部部长蒋某志主持会议。", [("蒋某志", "道县委", "常委"), ("蒋某志", "道县委组织部", "部长")]),
    # a role after the chain (县级总河长, 区级副总林长, 包乡市领导) holds no post; the chain before it does
    ("泽州县委书记、县级总河长段某华到丹河泽州段巡河。", [("段某华", "泽州县委", "书记")]),
    ("区委常委、副区长、区级副总林长谭某霞参加。", [("谭某霞", "区委", "常委"), ("谭某霞", "区政府", "副区长")]),
    ("井冈山市委常委、宣传部部长、茅坪乡包乡市领导谢某岚到神山村走访。",
     [("谢某岚", "井冈山市委", "常委"), ("谢某岚", "井冈山市委宣传部", "部长")]),
    # 任 before a title is the verb (县委书记任组长), no surname; 任建国 is a name
    ("成立由县委书记任组长、县长任副组长的领导小组。", []),
    ("县委书记任某国主持会议。", [("任某国", "县委", "书记")]),
    # a leader who leads his own city's delegation (率信阳市党政代表团) holds that city's bare organs, the first chain of
    # its sentence too
    ("6月5日，市委书记晏某志率信阳市党政代表团赴上海市松江区考察。", [("晏某志", "信阳市委", "书记")]),
    # a note in brackets naming the cadre's origin (援疆干部): no post, the chain before it stands
    ("县委常委、副县长（福建漳州援疆干部）林某斌参加。", [("林某斌", "县委", "常委"), ("林某斌", "县政府", "副县长")]),
    # a coastal county's 海洋与渔业局 is read whole (与 is no joint there)
    ("县海洋与渔业局局长虞某庆汇报了渔船回港情况。", [("虞某庆", "县海洋与渔业局", "局长")]),
    # an older organ whose name holds 和 (扶贫和移民办) is read whole
    ("会上，县扶贫和移民办主任刘某生通报了情况。", [("刘某生", "县扶贫和移民办", "主任")]),
    # a spokesman of the organ the chain names (新闻发言人); a slogan ending in 市 (工业立市) opens no organ
    ("市住房和城乡建设局副局长、新闻发言人齐某鸥介绍情况。",
     [("齐某鸥", "市住房和城乡建设局", "副局长"), ("齐某鸥", "市住房和城乡建设局", "新闻发言人")]),
    ("坚持工业立市，市委副书记、市长莫某康表示。", [("莫某康", "市委", "副书记"), ("莫某康", "市政府", "市长")]),
    # a town's party committee written short (东莞: 镇委); 讲述 follows a name
    ("麻涌镇委书记钟某铭，镇委副书记、镇长卢某航参加。",
     [("钟某铭", "麻涌镇党委", "书记"), ("卢某航", "麻涌镇党委", "副书记"), ("卢某航", "麻涌镇政府", "镇长")]),
    ("南社村党委书记谢某昌讲述了村里的做法。", [("谢某昌", "南社村党委", "书记")]),
    # a dotted name whose last letter opens a follower (麦麦提|出席, not 麦麦|提出); one before a longer follower
    # (吐尔逊|作交流发言); 总指挥 of a command post
    ("行署副专员阿迪力·麦某提出席会议并讲话。", [("阿迪力·麦某提", "行署", "副专员")]),
    ("十二团党委副书记、团长阿不都热西提·吐某逊作交流发言。",
     [("阿不都热西提·吐某逊", "十二团党委", "副书记"), ("阿不都热西提·吐某逊", "十二团", "团长")]),
    ("地委副书记、山东省对口支援新疆工作前方指挥部总指挥郝某新出席会议。",
     [("郝某新", "地委", "副书记"), ("郝某新", "山东省对口支援新疆工作前方指挥部", "总指挥")]),
    # the surname 犹 (四川, 贵州); a 联系县领导 role after the chain; the last term's holder (上届) holds no post now;
    # 任片长 is a verb and a 片区's head, no name
    ("副书记、镇长犹某刚作报告。", [("犹某刚", "镇政府", "镇长")]),
    # the surname 畅 (山西, 河南); 畅谈 after 同志 is no name
    ("副市长畅某飞到寿阳县调研，县政府主要负责同志畅谈发展思路。", [("畅某飞", "晋中市政府", "副市长")]),
    ("县委常委、宣传部部长、坑田镇联系县领导晏某飞参加。", [("晏某飞", "县委", "常委"), ("晏某飞", "县委宣传部", "部长")]),
    ("上届村党总支书记付某荣表示支持。由班子成员任片长。", []),
    # a 苏木's head (苏木达) is of its 政府, a 嘎查's (嘎查达) of its 委员会, as a 镇长 of the 镇政府
    ("苏木党委副书记、苏木达格某图介绍了情况。", [("格某图", "苏木党委", "副书记"), ("格某图", "苏木政府", "苏木达")]),
    # a Yi name of four letters before 率
    ("县委书记吉克拉某率县党政代表团赴绍兴考察。", [("吉克拉某", "县委", "书记")]),
    ("在市委常委、秘书长韩立新陪同下，调研组来到现场。", [("韩立新", "市委", "常委"), ("韩立新", "市委", "秘书长")]),
    ("会议听取了市发展改革委副主任何晓东的汇报。", [("何晓东", "市发展改革委", "副主任")]),
    (
        "区人大常委会主任、党组书记马超出席。",
        [("马超", "区人大常委会", "主任"), ("马超", "区人大常委会党组", "书记")],
    ),
    (
        "县委常委、纪委书记、监委主任郝军主持会议。",
        [("郝军", "县委", "常委"), ("郝军", "县纪委", "书记"), ("郝军", "县监委", "主任")],
    ),
    # a company's 党委 is not the zone's, and 董事长 does not inherit a party organ
    ("高新区党工委召开会议。党委书记、董事长张建国介绍了企业情况。", [("张建国", "党委", "书记")]),
    ("县长张为民，副县长李和出席。", [("张为民", "县政府", "县长"), ("李和", "县政府", "副县长")]),
    (
        "本报讯 近日，中牟县召开乡村振兴工作会议。县委书记宋志强主持，县委副书记、县长程小红参加。",
        [("宋志强", "中牟县委", "书记"), ("程小红", "中牟县委", "副书记"), ("程小红", "中牟县政府", "县长")],
    ),
    ("各镇党委书记、镇长参加会议。主任单位负责人、成员单位代表发言。", []),
    # a dotted name with no Han surname; a preposition and "our city" (就我市) are no place of the organs
    ("区委副书记、区长买买提江·吾守尔主持会议。",
     [("买买提江·吾守尔", "区委", "副书记"), ("买买提江·吾守尔", "区政府", "区长")]),
    ("5月16日，市政协主席云维新带领部分市政协委员，就我市重点项目建设情况开展专题视察。副市长潘世杰陪同视察。",
     [("云维新", "市政协", "主席"), ("潘世杰", "市政府", "副市长")]),
    # a village's organs are in the town the article named last before them (宋家沟乡, not 王家岔乡)
    ("6月14日，县委书记乔树林深入王家岔乡、宋家沟乡调研。宋家沟乡党委书记任晓东汇报了情况。"
     "宋家沟村党支部书记、村委会主任高存旺介绍了产业。",
     [("乔树林", "县委", "书记"), ("任晓东", "宋家沟乡党委", "书记"), ("高存旺", "宋家沟乡宋家沟村党支部", "书记"),
      ("高存旺", "宋家沟乡宋家沟村委会", "主任")]),
    # Tibetan and Mongolian names of four to six letters after a title, their syllables rare words (拉姆, 巴东)
    ("州委副书记、州长角巴东知深入班玛县。副县长多吉才让陪同调研。旗长额尔敦毕力格出席。",
     [("角巴东知", "果洛藏族自治州委", "副书记"), ("角巴东知", "果洛藏族自治州政府", "州长"),
      ("多吉才让", "班玛县政府", "副县长"), ("额尔敦毕力格", "旗政府", "旗长")]),
    # surnames of 回族 officials (纳, 虎, 锁)
    ("中卫市副市长虎玉梅到中宁工业园区调研。县委副书记、县长锁建军陪同调研。县委书记纳晓东出席。",
     [("虎玉梅", "中卫市政府", "副市长"), ("锁建军", "县委", "副书记"), ("锁建军", "县政府", "县长"),
      ("纳晓东", "县委", "书记")]),
    # surnames 丘 and 代 (客家 and 西南 names); 代县长 stays a title, 代表 no name
    ("县委常委、常务副县长代光辉，副县长丘志鸿出席。县委副书记、代县长韩晓东代表县政府发言。",
     [("代光辉", "县委", "常委"), ("代光辉", "县政府", "常务副县长"), ("丘志鸿", "县政府", "副县长"),
      ("韩晓东", "县委", "副书记"), ("韩晓东", "县政府", "代县长")]),
    # 代表 (on behalf of) before an organ is no part of it: the bare town organs after it are the town's (part hl)
    ("7月28日，桃浦镇召开招商引资推进会。沈某青代表镇政府与区投促办签署合作协议。随后，在镇党委书记钮某舟，"
     "镇党委副书记、镇长沈某青的见证下，17个项目集中签约。",
     [("钮某舟", "桃浦镇党委", "书记"), ("沈某青", "桃浦镇党委", "副书记"), ("沈某青", "桃浦镇政府", "镇长")]),
    # a list's 等 after a Tibetan name of four letters closes it (索朗白珍|等出席) (part hn)
    ("县委常委、组织部部长索朗白珍等出席会议。", [("索朗白珍", "县委", "常委"), ("索朗白珍", "县委组织部", "部长")]),
    # 受县政府委托 (on the government's behalf) follows a name, as 受县委 does (part fm)
    ("会议听取了报告，副县长柯晴受县政府委托作报告。", [("柯晴", "县政府", "副县长")]),
    # 领誓 (leading the oath) ends a name (part hu)
    ("随后举行宪法宣誓仪式。新当选的县长柯某峰领誓。", [("柯某峰", "县政府", "县长")]),
    # 推介 (promoting) ends a name like 介绍 (part hs)
    ("镇江高新区召开推介会。高新区党工委副书记、管委会主任柏某骞推介了高新区航空航天产业。",
     [("柏某骞", "镇江高新区党工委", "副书记"), ("柏某骞", "镇江高新区管委会", "主任")]),
    # a town whose name opens with 过 (过水坪镇) keeps it: 过 is no cue before an organ (part hq)
    ("9月20日，过水坪镇召开推进会，县委常委邓某勤出席。过水坪镇党委书记廖某芽主持会议。",
     [("邓某勤", "县委", "常委"), ("廖某芽", "过水坪镇党委", "书记")]),
]


@pytest.mark.parametrize(("text", "expected"), SAMPLE + INVENTED)
def test_holdings(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert holdings(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("区领导陈晓东、花磊参加调研。", set(), [("陈晓东", "区领导"), ("花磊", "区领导")]),
        ("县领导韩冬、曹军陪同。", set(), [("韩冬", "县领导"), ("曹军", "县领导")]),
        ("樊福太强调，要以本次民主生活会为新的起点。", {"樊福太"}, [("樊福太", "")]),
        ("会上，樊福太代表经开区党工委作对照检查。", {"樊福太"}, [("樊福太", "")]),
        ("张孔僧代表指导组作了点评。", set(), []),  # not introduced: no mention
        # 第五批 is an ordinal, no person of the compound surname 第五 (part hv)
        ("顾某远代表第五批援青干部作交流发言。", {"顾某远"}, [("顾某远", "")]),
    ],
)
def test_person_mentions(text: str, known: set[str], expected: list[tuple[str, str]]) -> None:
    found = run(text, known)
    assert persons(found) == expected
    assert found.holdings == []


def test_bare_mentions_after_title_chain() -> None:
    found = run("近日，金水区委书记刘建华深入基层调研。刘建华强调，要抓好落实。")
    assert holdings(found) == [("刘建华", "金水区委", "书记")]
    assert persons(found) == [("刘建华", "")]
    assert found.persons[0].person.start == 19


def test_a_post_one_person_holds_goes_to_the_first_name_of_a_list() -> None:
    """常务副区长 is one person's post: the names listed after its holder are listed without titles, while a
    shared post (副区长) goes to each name of its list."""
    found = run("区委副书记张毅、常务副区长王铮、袁景涛、王伟等分管项目县级领导汇报进展，副区长李卫东、赵红出席。")
    assert holdings(found) == [("张毅", "区委", "副书记"), ("王铮", "区政府", "常务副区长"),
                               ("李卫东", "区政府", "副区长"), ("赵红", "区政府", "副区长")]
    assert persons(found) == [("袁景涛", ""), ("王伟", "")]


@pytest.mark.parametrize(("text", "expected", "roles"), [
    # the unit letter written once for organ and title: 宣传部长 is 宣传部's 部长, under the chain's 区委
    ("区委常委、宣传部长李卫国出席会议。", [("李卫国", "区委", "常委"), ("李卫国", "区委宣传部", "部长")], []),
    ("县财政局长赵强汇报预算执行情况。", [("赵强", "县财政局", "局长")], []),
    # a department name with 和 inside; a name that ends before 沿 (肖国庆沿巴河…)
    ("县水利和湖泊局局长童立军、副镇长肖国庆沿巴河察看堤防。",
     [("童立军", "县水利和湖泊局", "局长"), ("肖国庆", "镇政府", "副镇长")], []),
    # a bare 镇 organ after the sentence's named town: that town's
    ("濮院镇党委书记朱建良，镇党委副书记、镇长姚春燕汇报。",
     [("朱建良", "濮院镇党委", "书记"), ("姚春燕", "濮院镇党委", "副书记"), ("姚春燕", "濮院镇政府", "镇长")], []),
    # a named village's chain goes on with its committee (村委会 of 宋家沟村, not one 村委会 of every village)
    ("宋家沟村党支部书记、村委会主任高存旺介绍情况。",
     [("高存旺", "宋家沟村党支部", "书记"), ("高存旺", "宋家沟村委会", "主任")], []),
    # a community's or village's organ with no name: which one is not known, a role and no post
    ("听取社区书记姜健关于环境整治的汇报，村党支部书记王海参加。", [], [("姜健", "社区书记"), ("王海", "村党支部书记")]),
    # … unless the sentence names the village as a place before it (part aa): that village's, in the town before
    ("冯井镇党委书记段守华陪同。在周楼村，村党支部书记、村委会主任时德旺介绍了稻虾种养情况。",
     [("段守华", "冯井镇党委", "书记"), ("时德旺", "冯井镇周楼村党支部", "书记"), ("时德旺", "冯井镇周楼村委会", "主任")],
     []),
    # a community's chain goes on with its 居委会; a two-letter name with 和 in it (胜和) is no conjunction
    ("会上，胜和社区党委书记、居委会主任卢秀珍作交流发言。",
     [("卢秀珍", "胜和社区党委", "书记"), ("卢秀珍", "胜和社区居委会", "主任")], []),
    ("伊和乌素苏木党委书记巴特尔介绍了情况。", [("巴特尔", "伊和乌素苏木党委", "书记")], []),
    ("会上，和乐镇镇长周某燕介绍了情况。", [("周某燕", "和乐镇政府", "镇长")], []),  # a town whose name opens with 和
    ("县委常委、宣传部部长樊某丽领学了《条例》。", [("樊某丽", "县委", "常委"), ("樊某丽", "县委宣传部", "部长")], []),
    # a host's words before a chain (主持词: 请…同志宣读) are no organ's
    ("县残联副理事长崔某杰介绍了情况。", [("崔某杰", "县残联", "副理事长")], []),
    ("区建设与交通局局长郑某良陪同调研。", [("郑某良", "区建设与交通局", "局长")], []),  # a department named with 与
    ("下面，请县委常委、常务副县长叶某林同志宣读表彰决定。",
     [("叶某林", "县委", "常委"), ("叶某林", "县政府", "常务副县长")], []),
    # a nameless village's committee after a nameless branch: a role, not the town's committee
    ("在乐平镇，村党总支书记、村委会主任吴先贵介绍了情况。", [], [("吴先贵", "村党总支书记"), ("吴先贵", "村委会主任")]),
    # a headquarters named in full once (县新冠肺炎疫情防控应急指挥部召开…), then bare in a chain (县应急指挥部副指挥长)
    ("县新冠肺炎疫情防控应急指挥部召开调度会。副县长、县应急指挥部副指挥长彭某俊出席。",
     [("彭某俊", "县政府", "副县长"), ("彭某俊", "县新冠肺炎疫情防控应急指挥部", "副指挥长")], []),
    # a sent team's title, then the host district's bare 区委: the district the team's name ends with
    ("广东省第十批援藏工作队巴宜区工作组组长、区委常务副书记黎某聪，区委常委、统战部部长次仁央宗陪同。",
     [("黎某聪", "广东省第十批援藏工作队巴宜区工作组", "组长"), ("黎某聪", "巴宜区委", "常务副书记"),
      ("次仁央宗", "巴宜区委", "常委"), ("次仁央宗", "巴宜区委统战部", "部长")], []),
    # a clause that opens with a verb (要求回龙山集镇…) names no town for a bare 镇党委
    ("8月23日，镇党委书记闻某健带领干部走访农户。童某与商户座谈，要求回龙山集镇雨污分流改造工程施工单位做好围挡。",
     [("闻某健", "镇党委", "书记")], []),
    # a community is in the street the text wrote it with, not in the street of the chain before it
    ("一行来到长乐中路街道康乐社区。韩森寨街道党工委书记阚某诚汇报；康乐社区党委书记、居委会主任庞某云介绍了做法。",
     [("阚某诚", "韩森寨街道党工委", "书记"), ("庞某云", "长乐中路街道康乐社区党委", "书记"),
      ("庞某云", "长乐中路街道康乐社区居委会", "主任")], []),
    # a village named alone before a 书记 title is its party branch (驻村第一书记)
    ("冯井镇党委书记段守华，县财政局选派的周楼村第一书记黎思远陪同。",
     [("段守华", "冯井镇党委", "书记"), ("黎思远", "冯井镇周楼村党支部", "第一书记")], []),
    # 驻村 before the title is no part of the branch (晏岗村驻村第一书记), and a second sign in brackets after an organ
    # (县乡村振兴局, hung beside 县农业农村局) is no part of the organ (part ew)
    ("槐店乡党委书记梅某军，县财政局选派的晏岗村驻村第一书记熊某健陪同。",
     [("梅某军", "槐店乡党委", "书记"), ("熊某健", "槐店乡晏岗村党支部", "第一书记")], []),
    ("县农业农村局（县乡村振兴局）党组书记、局长葛某华出席。",
     [("葛某华", "县农业农村局党组", "书记"), ("葛某华", "县农业农村局", "局长")], []),
    # 要 after a title opens the duty, no name (各乡镇党委书记要把抓党建作为最大政绩, part fl)
    ("会议强调，各乡镇党委书记要把抓党建作为最大政绩。", [], []),
    # 挂任 another county's 县长助理: that county's government's post, besides the home post (part fn)
    ("安徽省凤台县副县长、挂任宝应县县长助理缪某彬，县发改委主任仇某燕陪同调研。",
     [("缪某彬", "凤台县政府", "副县长"), ("缪某彬", "宝应县政府", "县长助理"), ("仇某燕", "宝应县发改委", "主任")], []),
    # a verb before an organ is no part of it (贯彻落实|省委书记); 殷殷 after 总书记 is no name (part ft)
    ("全市上下将认真贯彻落实省委书记郦某康调研时的讲话精神，牢记总书记殷殷嘱托。", [("郦某康", "省委", "书记")], []),
    # a company's titles are roles whatever its name ends with (澄远新材料董事长, part fq)
    ("县长王某某走访企业，澄远新材料董事长韦某钧、屹通海工总经理陶某菲介绍了生产情况。",
     [("王某某", "县政府", "县长")], [("韦某钧", "澄远新材料董事长"), ("陶某菲", "屹通海工总经理")]),
    # 字, a surname of 大理's 白族 (part ev)
    ("州委副书记、州长字某华到祥云县调研。",
     [("字某华", "大理白族自治州委", "副书记"), ("字某华", "大理白族自治州政府", "州长")], []),
])
def test_shortened_units_and_nameless_organs(text: str, expected, roles) -> None:
    found = run(text)
    assert holdings(found) == expected
    assert persons(found) == roles


def test_a_visitor_s_bare_organs_keep_the_division_the_sentence_named() -> None:
    """On 福州's 鼓楼区 site, a bare 区委 after a chain naming 徐州市鼓楼区 in full, in one sentence, is 徐州's (part af:
    two 鼓楼区 on one page) when its people go with the visitor (随团); the hosts' chain is the site's."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("福州市鼓楼区人民政府\n徐州市鼓楼区党政代表团来我区考察\n11月21日，徐州市鼓楼区委常委、常务副区长邵景文，"
            "区委常委、宣传部部长詹晓梅随团考察，区委书记林承泽陪同考察。")
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2023-11-22")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("邵景文", "徐州市鼓楼区委", "常委"), ("邵景文", "徐州市鼓楼区政府", "常务副区长"),
        ("詹晓梅", "徐州市鼓楼区委", "常委"), ("詹晓梅", "徐州市鼓楼区委宣传部", "部长"),
        ("林承泽", "福州市鼓楼区委", "书记")]


def test_a_provincial_department_with_a_conjunction_in_its_name() -> None:
    found = run("西宁市副市长韦振华，省住房和城乡建设厅厅长石永胜陪同调研。")  # read whole, not cut at 和 (part ag)
    assert holdings(found) == [("韦振华", "西宁市政府", "副市长"), ("石永胜", "青海省住房和城乡建设厅", "厅长")]
    found = run("西宁市副市长韦振华，省粮食和物资储备局副局长冉某德陪同调研。")  # part gh
    assert holdings(found) == [("韦振华", "西宁市政府", "副市长"), ("冉某德", "青海省粮食和物资储备局", "副局长")]
    found = run("市规划和自然资源局局长郭某泉汇报。")  # part gm
    assert holdings(found) == [("郭某泉", "市规划和自然资源局", "局长")]


def test_a_command_s_party_committee_and_its_commander() -> None:
    """前方指挥部党委书记、总指挥 (part go): 总指挥 of the 指挥部, not of its 党委."""
    found = run("江苏省对口支援新疆克州前方指挥部党委书记、总指挥蒋某澜出席。")
    assert holdings(found) == [("蒋某澜", "江苏省对口支援新疆克州前方指挥部党委", "书记"),
                               ("蒋某澜", "江苏省对口支援新疆克州前方指挥部", "总指挥")]


def test_a_league_s_government_and_a_prefecture_s_executive_deputy() -> None:
    """Part ak: 盟长 is of the league's 行政公署 (a league has no 人民政府); 常务副州长 is one title."""
    found = run("盟委副书记、盟长乌日图，副盟长高海峰列席会议。州委常委、常务副州长黎国栋汇报。")
    assert holdings(found) == [("乌日图", "盟委", "副书记"), ("乌日图", "盟行政公署", "盟长"),
                               ("高海峰", "盟行政公署", "副盟长"), ("黎国栋", "州委", "常委"),
                               ("黎国栋", "州政府", "常务副州长")]


def test_a_free_trade_zone_s_area_named_once_in_full() -> None:
    """Part ai: once 川南临港片区 is named, a bare 片区管委会 and a bare 党工委 are its; 新城 is a place a chain carries."""
    found = run("泸州市委常委、川南临港片区党工委书记先永刚主持会议。片区党工委副书记、管委会主任母志强，"
                "党工委委员、管委会副主任税晓红出席。空港新城党委副书记、管委会主任郗振邦致辞。")
    assert holdings(found) == [  # 泸州 is the page's city
        ("先永刚", "泸州市委", "常委"), ("先永刚", "泸州川南临港片区党工委", "书记"),
        ("母志强", "泸州川南临港片区党工委", "副书记"), ("母志强", "泸州川南临港片区管委会", "主任"),
        ("税晓红", "泸州川南临港片区党工委", "委员"), ("税晓红", "泸州川南临港片区管委会", "副主任"),
        ("郗振邦", "空港新城党委", "副书记"), ("郗振邦", "空港新城管委会", "主任")]


def test_a_chain_continued_after_a_comma_before_its_name() -> None:
    """Parts ai, k: 区委副书记、区长，综保区管委会主任某 — a chain that opens its clause, then a comma, then the rest of the
    person's posts and the name: all are the person's; a title after a verb before the comma is not (任副县长，…)."""
    found = run("5月9日，区委副书记、区长，梅州综保区管委会主任丘志鹏率队考察。会议决定张三任副县长，县委常委李四出席。")
    assert holdings(found) == [("丘志鹏", "区委", "副书记"), ("丘志鹏", "区政府", "区长"),
                               ("丘志鹏", "梅州综合保税区管委会", "主任"), ("李四", "县委", "常委")]


def test_a_bare_secretary_general_after_a_body_and_a_count_of_people() -> None:
    """A bare 秘书长 after a 政协's, 人大常委会's or 政府's chain in its sentence is that body's; 8名市政协常委 is a count of
    people, no place 名市 (part ab)."""
    found = run("市政协主席苗振东主持会议，市政协副主席吕红霞、车德军，秘书长綦立伟出席会议。"
                "会上，8名市政协常委作协商发言。")
    assert holdings(found) == [("苗振东", "市政协", "主席"), ("吕红霞", "市政协", "副主席"), ("车德军", "市政协", "副主席"),
                               ("綦立伟", "市政协", "秘书长")]


@pytest.mark.parametrize(("text", "names"), [
    # names in transliteration that open with a surname's letter: the whole name up to its cue
    ("旗委副书记、政府旗长苏亚拉图到伊和乌素苏木调研。", ["苏亚拉图"]),
    ("苏木党委书记张振国、苏木达巴图孟和介绍情况。", ["巴图孟和", "张振国"]),
    # a Yi name whose syllables are a rare word (约莫): whole; a Han name before a verb (座谈) stays three letters
    ("县委常委、组织部部长阿约莫色就做好乡镇换届工作作了部署。", ["阿约莫色"]),
    ("县委书记荀立业与公司董事长褚文涛座谈。", ["荀立业", "褚文涛"]),
    # Han names stay as they were: a name, then the word after it
    ("副市长钮春燕到向阳镇督导秋收。", ["钮春燕"]),
    ("市政协主席莘丽君等在主席台就座。", ["莘丽君"]),
    ("区委副书记王振和主持会议。", ["王振和"]),
    # verbs a manager's or a deputy's name is followed by (签订, 建议, 交流, 告诉, 在发言中)
    ("县委书记甄某与公司董事长孙立达签订投资协议。", ["孙立达", "甄某"]),
    ("县政协委员何雨霏建议，加快院落改造。", ["何雨霏"]),
    # a dotted name's last part before 到 and a place (托合提到皮山县: 托合提, then 到皮山县)
    ("地委委员、行署副专员艾尼瓦尔·托合提到皮山县调研援疆项目。", ["艾尼瓦尔·托合提"]),
    # an activity's dotted name after 代表 is no person (代表进站·接待选民, part fe); a name in transliteration is
    ("县委书记季某远以县人大代表身份开展“代表进站·接待选民”活动，县委常委阿依古丽·赛买提参加。",
     ["季某远", "阿依古丽·赛买提"]),
    # 来 ends a Mongolian or Yi name when a clear cue follows it (乌日根达来汇报), and stands inside one before a list's
    # mark (海来木呷、); 来 before a place stays the verb (苏亚拉图来我县) (part fi)
    ("苏木党委书记乌日根达来汇报了禁牧情况。县委常委海来木呷、阿的伍沙出席。盟委书记苏亚拉图来我县调研。",
     ["乌日根达来", "海来木呷", "苏亚拉图", "阿的伍沙"]),
])
def test_names_in_transliteration(text: str, names: list[str]) -> None:
    found = run(text)
    assert sorted({h.person.text for h in found.holdings} | {p.person.text for p in found.persons}) == names


def test_same_post_once_per_article() -> None:
    found = run("经开区党工委书记李小虎主持会议。经开区党工委书记李小虎强调，要抓落实。")
    assert holdings(found) == [("李小虎", "经开区党工委", "书记")]


def test_title_without_organ_is_a_person_mention() -> None:
    found = run("主席欧阳明华出席。")
    assert holdings(found) == []
    assert persons(found) == [("欧阳明华", "主席")]


def test_known_names_decide_length() -> None:
    # 王建 alone would be cut before the follower word 在; the known three-character name wins.
    assert holdings(run("县委书记王建在会上讲话。")) == [("王建", "县委", "书记")]
    assert holdings(run("县委书记王建在会上讲话。", {"王建在"})) == [("王建在", "县委", "书记")]


def test_offsets_are_document_offsets() -> None:
    text = "县委书记李志刚主持。"
    art = Article(doc_id="t", index=1, start=100, end=100 + len(text), text=text)
    found = ArticleFacts(art)
    officials.extract(art, found)
    (h,) = found.holdings
    assert (h.person.start, h.person.end, h.person.text) == (104, 107, "李志刚")
    assert (h.evidence.start, h.evidence.end) == (100, 107)


@pytest.mark.parametrize(
    ("org", "context", "expected"),
    [
        ("郑州经开区党工委", None, "郑州经开区党工委"),
        ("郑州经济技术开发区管委会", None, "郑州经开区管委会"),
        ("区党工委", "经开区", "经开区党工委"),
        ("区人大工委", "经开区", "经开区人大工委"),
        ("党工委理论学习中心组", "经开区", "经开区党工委理论学习中心组"),
        ("经开综保区党工委", "经开区", "经开综合保税区党工委"),
        ("市委组织部", "经开区", "市委组织部"),  # a bare 市 in a zone's news stays as written
        ("市水利局", "经开区", "市水利局"),
        ("县委", "中牟县", "中牟县委"),
        ("镇政府", "经开区", "镇政府"),
        ("街道党工委", "花园路街道", "花园路街道党工委"),
        ("航空港实验区管委会", "经开区", "航空港实验区管委会"),
        ("郑州市金水区人民政府", None, "郑州市金水区政府"),
        ("桦南县第十八届人民代表大会常务委员会", None, "桦南县人大常委会"),  # the term, once the organ is 人大常委会
        ("桦南县监察委员会", None, "桦南县监委"),
        ("冯井镇人民代表大会", None, "冯井镇人大"),
    ],
)
def test_normalize_org(org: str, context: str | None, expected: str) -> None:
    assert organs.normalize_org(org, context) == expected


def test_split_place() -> None:
    assert organs.split_place("经开区党工委理论学习中心组") == ("经开区", "党工委理论学习中心组")
    assert organs.split_place("市委党史学习教育第八巡回指导组") == ("市", "委党史学习教育第八巡回指导组")
    assert organs.split_place("指导组") == ("", "指导组")


def test_main_prefix() -> None:
    text = "会议由航空港实验区管委会副主任、经开区党工委书记某某主持。经开区党工委理论学习中心组成员参加。"
    assert organs.main_prefix(text) == "经开区"
    assert organs.main_prefix("要抓好落实。") is None
    assert organs.main_prefix("要压实县、乡、村三级防汛责任。县委书记舒某华出席会议。") is None  # a duty's verb, no 压实县
    assert organs.main_prefix("近日，中牟县召开会议。全县上下要抓好落实。") == "中牟县"
    assert organs.main_prefix("全区上下要抓好落实，各县区要行动。") is None
    assert organs.main_prefix("市长某某主持会议。", "市政府召开常务会议 / 研究城市更新等工作") is None  # a topic, no city


@pytest.mark.parametrize(("text", "expected"), [
    # a list after a full chain keeps its organ: 副主席 of the 区政协 whose 主席 opened the sentence
    ("区政协党组书记、主席孙立平，副主席马晓东、钱进出席会议。",
     [("孙立平", "区政协党组", "书记"), ("孙立平", "区政协", "主席"), ("马晓东", "区政协", "副主席"),
      ("钱进", "区政协", "副主席")]),
    # 党组 governs 书记/副书记/成员 only; a bare 党组 takes the sentence's 党组
    ("区人大常委会党组书记、主任吴明，党组成员、副主任郑光，党组一级调研员冯海出席。",
     [("吴明", "区人大常委会党组", "书记"), ("吴明", "区人大常委会", "主任"), ("郑光", "区人大常委会党组", "成员"),
      ("郑光", "区人大常委会", "副主任"), ("冯海", "区人大常委会", "一级调研员")]),
    # an organ with a bracket inside
    ("4月2日，黄河生态公园（沿黄农业高新区）管委会党委书记刘春生带队检查防汛工作。",
     [("刘春生", "黄河生态公园（沿黄农业高新区）管委会党委", "书记")]),
    # an acting head (代区长) is the government's; a term number is no part of the organ; a session's
    # presidium is no post; a temporary headquarters' 指挥长 keeps the chain
    ("区委书记齐志远，区委副书记、代区长顾晨，区十五届人大常委会主任、大会主席团常务主席钟立出席。",
     [("齐志远", "区委", "书记"), ("顾晨", "区委", "副书记"), ("顾晨", "区政府", "代区长"),
      ("钟立", "区人大常委会", "主任")]),
    ("大会主席团常务委员会委员阎某刚、郝某文，县人大常委会主任常某东出席。", [("常某东", "县人大常委会", "主任")]),
    # a name in transliteration listed after 、 whatever its first letter (其木格图雅, 额尔敦巴图), and the names after it
    ("副旗长王某东、其木格图雅、邰某亮出席会议。副盟长包某柱、额尔敦巴图，旗长苏某出席。",
     [("王某东", "旗政府", "副旗长"), ("其木格图雅", "旗政府", "副旗长"), ("邰某亮", "旗政府", "副旗长"),
      ("包某柱", "盟行政公署", "副盟长"), ("额尔敦巴图", "盟行政公署", "副盟长"), ("苏某", "旗政府", "旗长")]),
    # a list's 等 right after a name of three letters closes it (辛某为等: 为 ends no name there)
    ("县委常委仝某新、房某冬、辛某为等出席会议。",
     [("仝某新", "县委", "常委"), ("房某冬", "县委", "常委"), ("辛某为", "县委", "常委")]),
    ("区委书记、区疫情防控指挥部指挥长邹平主持会议。",
     [("邹平", "区委", "书记"), ("邹平", "区疫情防控指挥部", "指挥长")]),
    # a surname the list lacks, right after a title and ended by a clear cue; 常委会/委员们 are no names
    ("盟委副书记宝音图深入企业调研，旗人大常委会主任那仁满都拉主持召开常委会会议，委员们审议了报告。",
     [("宝音图", "盟委", "副书记"), ("那仁满都拉", "旗人大常委会", "主任")]),
    # a headline 县委县政府…会议 does not make 县委县 a place for the body's bare 县委
    ("8月29日，县委副书记、县长覃立华主持召开县委县政府重点工作周交办会议。",
     [("覃立华", "县委", "副书记"), ("覃立华", "县政府", "县长")]),
    # 随同 ends a name; a title word after a title (委员组组长) is no name
    ("简阳市委副书记、市长倪文山随同考察。区政协常委、各界别委员组组长参加。",
     [("倪文山", "简阳市委", "副书记"), ("倪文山", "简阳市政府", "市长")]),
    # a deputy after a different title is not pulled into the earlier organ
    ("市委书记王建军，市委副书记、市长李卫东，副书记陈刚出席。",
     [("王建军", "市委", "书记"), ("李卫东", "市委", "副书记"), ("李卫东", "市政府", "市长"),
      ("陈刚", "市委", "副书记")]),
])
def test_chain_lists_party_groups_and_brackets(text: str, expected) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-04-02")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == expected


@pytest.mark.parametrize(("text", "people"), [
    # a group word, a particle (中/要/们) or a list's 等 after a dictionary word: no person
    ("3月5日，区委书记王建军强调，领导班子中要带头落实，各级干部要主动作为。区领导李华、张强等出席。",
     ["王建军", "李华", "张强"]),
    ("区委书记王建军等领导出席。他们要求，党员干部们要冲在前面。区领导班子成员参加。", ["王建军"]),
    # a responsibility term after a group word (领导包保, 领导包抓): no person 包保
    ("区委书记王建军强调，要落实领导包保、专班推进工作机制，县级领导包抓到位。", ["王建军"]),
    # a set phrase after a title, rare in the dictionary but a phrase (委员意见建议): no person 意见建议
    ("12月6日，区政协召开专题协商会，区委书记王建军出席。区政府将认真梳理吸纳委员意见建议。", ["王建军"]),
])
def test_non_names_are_no_people(text: str, people: list[str]) -> None:
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-04-02")
    names = {h.person.text for f in res.articles for h in f.holdings} | {
        p.person.text for f in res.articles for p in f.persons}
    assert sorted(names) == sorted(people)


@pytest.mark.parametrize(("text", "expected"), [
    # a roster of "title name" lines stays lines: each name takes its own line's chain
    ("会上，区级领导干部逐一进行了述职。述职人员：\n区委书记 孟宪章\n区委副书记、区长 齐晓鹏\n副区长 段晓丽\n\n"
     "述职结束后，与会人员进行了民主测评。",
     [("孟宪章", "区委", "书记"), ("齐晓鹏", "区委", "副书记"), ("齐晓鹏", "区政府", "区长"),
      ("段晓丽", "区政府", "副区长")]),
    # a verb, a term or a preposition before an organ's level letter is no place (联系区人大常委会, 新一届区政协, 经区政协)
    ("姓名：柴振东\n职务：区委副书记、区长\n分工：联系区人大常委会、区政协。新一届区政协将坚持党的领导。"
     "区政协主席韦永康讲话。经区政协常务委员会会议审议，区政协副主席周秀英出席。",
     [("韦永康", "区政协", "主席"), ("周秀英", "区政协", "副主席"), ("柴振东", "区委", "副书记"),
      ("柴振东", "区政府", "区长")]),
    # special committees of 政协 and 人大 hold a 和 (农业和农村委员会): one organ
    ("营口市政协农业和农村委员会主任包玉清参加督导。",
     [("包玉清", "营口市政协农业和农村委员会", "主任")]),
    # a clause ending with 乡 is no town for the bare 乡党委 (杨某就做好乡村振兴…); a department with 和 in its name
    ("乡人大主席杨金花就做好乡村振兴工作作了安排。县文化广播电视和旅游局局长拉姆志玛参加调研。",
     [("杨金花", "乡人大", "主席"), ("拉姆志玛", "县文化广播电视和旅游局", "局长")]),
    # a bare 镇党委 is of the town the sentence names since its last chain (在虎庄镇，…), not of an earlier one; the
    # towns are of the one county the article names (大石桥市), not of its city
    ("6月17日，营口市政协副主席单宝林到大石桥市督导。在水源镇，镇党委书记曹立峰介绍了情况；"
     "在虎庄镇，镇党委副书记、镇长关玉珠汇报了工作。",
     [("单宝林", "营口市政协", "副主席"), ("曹立峰", "大石桥市水源镇党委", "书记"),
      ("关玉珠", "大石桥市虎庄镇党委", "副书记"), ("关玉珠", "大石桥市虎庄镇政府", "镇长")]),
])
def test_rosters_and_words_before_organs(text: str, expected) -> None:
    """Through the whole pipeline (clean-up joins broken lines; 姓名/职务 fields are read by the appointments step)."""
    from newskg.extract.pipeline import extract_document

    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-01-19")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == expected


def test_a_place_after_a_group_word_is_no_person() -> None:
    """代表海东市 / 代表乐都区: 代表 ("on behalf of") before a place, no deputy named 海东 (whose name would then hide
    the page's own place from the jurisdiction: the visit's host city took every bare 市委)."""
    from newskg.extract.pipeline import extract_document

    text = ("我市党政代表团赴无锡考察交流\n\n原创 海东发布 2023-11-09 21:05\n\n"
            "11月7日，市委书记鲁海生率我市党政代表团赴江苏省无锡市考察，并出席无锡市—海东市东西部协作联席会议。"
            "无锡市委书记杜立衡，无锡市委副书记、市长薛明轩陪同考察。鲁海生代表海东市委、市政府表示感谢。\n")
    res = extract_document(Document("p.txt", "p.txt", text))
    assert [p.person.text for f in res.articles for p in f.persons if p.role == "代表"] == []
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("鲁海生", "海东市委", "书记"), ("杜立衡", "无锡市委", "书记"), ("薛明轩", "无锡市委", "副书记"),
        ("薛明轩", "无锡市政府", "市长")]


def test_a_department_s_own_page_names_its_bare_unit_organs() -> None:
    """On a department's page (its headline: 市发展改革委召开党组会议), 委党组书记、主任某 is of that 委, never of the
    市委 a clause like 当好市委、市政府的参谋助手 or 研究我市… put before it."""
    from newskg.extract.pipeline import extract_document

    text = ("长治市发展和改革委员会\n\n市发展改革委召开党组（扩大）会议 部署2023年重点工作\n\n"
            "2月13日，委党组书记、主任晋志宏主持召开委党组（扩大）会议。委党组成员、副主任崔海燕，一级调研员路海生出席会议。"
            "会议要求，要当好市委、市政府的参谋助手，研究我市贯彻落实意见，切实把省委部署落到实处。\n")
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2023-02-14")
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [
        ("晋志宏", "长治市发展改革委党组", "书记"), ("晋志宏", "长治市发展改革委", "主任"),
        ("崔海燕", "长治市发展改革委党组", "成员"), ("崔海燕", "长治市发展改革委", "副主任"),
        ("路海生", "长治市发展改革委", "一级调研员")]  # a rank with no organ: the department's (part z)


def test_groups_named_bare_a_place_verb_and_a_name_before_全程陪同() -> None:
    """Part ae: 督察组副组长 is the 督察组 named in full before it; 地处长江 holds no 处长; 全程陪同 ends a name."""
    found = run("省第二生态环境保护督察组组长郑启明带队到我县开展督察，督察组副组长、省生态环境厅副厅长何婉清参加。"
                "九江地处长江和鄱阳湖交汇处。市委副书记、市长舒建华全程陪同。")
    assert holdings(found) == [  # 九江 names the place: 江西省, 九江市
        ("郑启明", "江西省第二生态环境保护督察组", "组长"), ("何婉清", "江西省第二生态环境保护督察组", "副组长"),
        ("何婉清", "江西省生态环境厅", "副厅长"), ("舒建华", "九江市委", "副书记"), ("舒建华", "九江市政府", "市长")]


def test_a_listed_name_whose_surname_is_also_a_common_word_between_two_names():
    found = run("聊城市委召开常委会会议。市委常委冯立峰、付连海、相玉洁、郁晓东出席会议。")
    assert holdings(found) == [("冯立峰", "聊城市委", "常委"), ("付连海", "聊城市委", "常委"),
                               ("相玉洁", "聊城市委", "常委"), ("郁晓东", "聊城市委", "常委")]
    # the last of a list is no name on that ground alone: nothing after it shows it is one
    assert holdings(run("聊城市委召开常委会会议。市委常委冯立峰、付连海、相关部门出席会议。")) == [
        ("冯立峰", "聊城市委", "常委"), ("付连海", "聊城市委", "常委")]


def test_a_meeting_right_after_a_title_is_no_long_name():
    found = run("3月10日，康县召开2021年度驻村第一书记述职评议会，听取履职情况汇报。")
    assert holdings(found) == [] and persons(found) == []


def test_press_conference_wording_bounds_organs_and_names():
    found = run("今天我们邀请到副市长訾洪波，市文化旅游和广播电视局党组书记、局长陶晓明，"
                "市城市管理执法委员会副主任邬晓红发布并回答记者提问。市委副书记、市长訾洪涛发布全市重点项目建设情况。")
    assert holdings(found) == [
        ("訾洪波", "市政府", "副市长"), ("陶晓明", "市文化旅游和广播电视局党组", "书记"),
        ("陶晓明", "市文化旅游和广播电视局", "局长"),
        ("邬晓红", "市城市管理执法委员会", "副主任"), ("訾洪涛", "市委", "副书记"), ("訾洪涛", "市政府", "市长")]


@pytest.mark.parametrize(("text", "expected"), [
    ("县委副书记、县长同振华主持召开县政府常务会议。", [("同振华", "县委", "副书记"), ("同振华", "县政府", "县长")]),
    ("通化县委副书记、县长都兴华出席。", [("都兴华", "通化县委", "副书记"), ("都兴华", "通化县政府", "县长")]),
    ("市委常委、副市长那春雨，副市长钱晓东出席。", [("那春雨", "市委", "常委"), ("那春雨", "市政府", "副市长"),
                                          ("钱晓东", "市政府", "副市长")]),
    # the same letters as words: 同意, 都要, and a 和 between two titles
    ("县长同意了这个方案。书记都要抓。县长和副县长出席。", []),
])
def test_a_surname_that_is_also_a_word_before_a_rare_given_name(text: str, expected) -> None:
    assert holdings(run(text)) == expected


def test_a_list_goes_on_after_a_first_name_whose_surname_is_not_listed():
    found = run("阿拉善盟委召开会议。盟委委员那顺乌日图、孔德昌、宋文杰出席会议。")
    assert holdings(found) == [("那顺乌日图", "阿拉善盟委", "委员"), ("孔德昌", "阿拉善盟委", "委员"),
                               ("宋文杰", "阿拉善盟委", "委员")]


def test_discipline_notices_past_posts_and_mass_organisations_titles():
    found = run("吕梁市纪委监委对孝义市人大常委会原党组成员、副主任薛振邦严重违纪违法问题进行了立案审查。"
                "2022年9月，时任孝义市梧桐镇党委副书记郝建明违规公款吃喝。市总工会党组书记、常务副主席廖建新出席。")
    assert holdings(found) == [("郝建明", "孝义市梧桐镇党委", "副书记"), ("廖建新", "孝义市总工会党组", "书记"),
                               ("廖建新", "孝义市总工会", "常务副主席")]
    assert [(n, r) for n, r in persons(found) if r] == [("薛振邦", "原党组成员"), ("薛振邦", "原党组副主任")]


def test_a_department_s_party_committee_and_a_disciplined_unit_s_officers():
    found = run("市国资委党委书记、主任晁德明主持会议。百色市消防救援支队支队长覃振华、政治委员韦立明一行检查。"
                "各乡镇党委书记党管武装述职。")
    assert holdings(found) == [
        ("晁德明", "百色市国资委党委", "书记"), ("晁德明", "百色市国资委", "主任"),
        ("覃振华", "百色市消防救援支队", "支队长"), ("韦立明", "百色市消防救援支队", "政治委员")]


def test_an_interview_s_guests_and_its_headline_word():
    found = run("开鲁县住房和城乡建设局局长杨春生，副局长申文静做客开鲁县融媒体中心。对话双河镇党委书记杨春亮。")
    assert holdings(found) == [("杨春生", "开鲁县住房和城乡建设局", "局长"), ("申文静", "开鲁县住房和城乡建设局", "副局长"),
                               ("杨春亮", "开鲁县双河镇党委", "书记")]


def test_a_commission_s_party_committee_goes_on_with_the_commission_s_titles():
    found = run("天津市交通运输委党委书记、主任冼立华出席。市委常委、秘书长王某某出席。")
    assert holdings(found)[:2] == [("冼立华", "天津市交通运输委党委", "书记"), ("冼立华", "天津市交通运输委", "主任")]


def test_a_name_whose_given_name_is_a_word_before_a_verb() -> None:
    """蒋某骄分析了, 邹某澜担任, 黎某平兼任: 分析, 担任, 兼任 follow a name (a given name such as 天骄 or 文澜 is a
    dictionary word, and the name was cut before it)."""
    text = "县气象局局长蒋天骄分析了汛情。常务副主任由县水利局局长邹文澜担任。"
    assert holdings(run(text)) == [("蒋天骄", "县气象局", "局长"), ("邹文澜", "县水利局", "局长")]


def test_a_cppcc_member_s_seat_is_no_post() -> None:
    """县政协委员, 民盟界别委员: a member's seat; 合作社理事长: a cooperative's title. The posts in the same chains stay."""
    text = ("座谈会上，平邑县政协委员、县人民医院副院长宋某彤，民盟界别委员、平邑县第一中学副校长钟某敏，"
            "县政协委员、平邑县蒙阳果业专业合作社理事长薛某河先后发言。县政协副主席孔某瑞主持。")
    assert holdings(run(text)) == [
        ("宋某彤", "平邑县人民医院", "副院长"), ("钟某敏", "平邑县第一中学", "副校长"), ("孔某瑞", "平邑县政协", "副主席")]


def test_a_district_s_organs_after_a_role_word_open_no_name() -> None:
    """代表区人民政府, 区政协委员: the surname 区 never opens a district's organ (区人, 区政协 are no persons)."""
    found = run("区长叶某峰代表区人民政府作政府工作报告。区政协委员、区人大代表列席会议。")
    assert holdings(found) == [("叶某峰", "区政府", "区长")]
    assert persons(found) == []


def test_a_follower_right_after_a_surname_leaves_no_name() -> None:
    """负责同志应|一同参加: 应 is a verb and 一同 a follower; no person 应一同."""
    found = run("县委副书记戴某源主持会议，分管负责同志应一同参加接访。")
    assert persons(found) == [] and holdings(found) == [("戴某源", "县委", "副书记")]
