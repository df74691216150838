"""Meetings: real sentences of the genre (sample corpus and other districts) with exact results."""

from __future__ import annotations

import pytest
from newskg.extract import meetings
from newskg.extract.model import Article, ArticleFacts
from newskg.extract.resources import words


def run(text: str, known: set[str] | None = None) -> ArticleFacts:
    art = Article("doc", 1, 0, len(text), text)
    found = ArticleFacts(art, known_names=set(known or ()))
    meetings.extract(art, found)
    for m in found.meetings:
        assert m.evidence.text == text[m.evidence.start : m.evidence.end]
    return found


# text, known names, [(name, kind, chair, leader, attendees, speakers, organizer, date_text)]
CASES = [
    (
        "本报讯 3月15日，经开区组织召开宣传、统战工作会议，回顾总结宣传、统战相关工作。"
        "经开区党工委书记李小虎出席会议并讲话。",
        {"李小虎"},
        [("宣传、统战工作会议", "meeting", None, None, ("李小虎",), ("李小虎",), "经开区", "3月15日")],
    ),
    (
        "本报讯 1月21日，经开区党工委副书记、管委会主任李小虎主持召开省市重点项目规划设计方案专题会。"
        "经开区党工委委员、管委会副主任郭宏力参加会议。",
        {"李小虎", "郭宏力"},
        [("省市重点项目规划设计方案专题会", "meeting", "李小虎", None, ("郭宏力",), (), None, "1月21日")],
    ),
    (
        "本报讯 近日，经开区一季度经济运行分析会议召开，传达贯彻全省动员部署会、一季度经济运行分析会议精神。"
        "经开区党工委书记李小虎主持会议并讲话。",
        {"李小虎"},
        [("经开区一季度经济运行分析会议", "meeting", "李小虎", None, (), ("李小虎",), "经开区", "")],
    ),
    (
        "本报讯 近日，经开区党工委副书记、管委会主任张波实地督导七里河防汛工作，强调要树牢极限思维。"
        "区党工委委员、管委会副主任张国际参加调研。",
        {"张波", "张国际"},
        [("七里河防汛工作督导", "inspection", None, "张波", ("张国际",), (), None, "")],
    ),
    (
        "本报讯 3月13日、14日，国家发展和改革委员会调研组实地调研中欧班列（郑州）集结中心规划建设情况。",
        set(),
        [
            (
                "中欧班列（郑州）集结中心规划建设情况调研",
                "inspection",
                None,
                None,
                (),
                (),
                "国家发展和改革委员会调研组",
                "3月13日、14日",
            )
        ],
    ),
    # other districts; names found by the fallback after title words
    (
        "本报讯 4月8日，中牟县召开2024年度安全生产工作会议。县委书记王建国主持会议并讲话，县领导刘敏、赵亮出席会议。",
        set(),
        [("2024年度安全生产工作会议", "meeting", "王建国", None, ("刘敏", "赵亮"), ("王建国",), "中牟县", "4月8日")],
    ),
    (
        "本报讯 近日，金水区委书记陈刚带队督导老旧小区改造工作，区委常委、副区长孙立参加督导。",
        set(),
        [("老旧小区改造工作督导", "inspection", None, "陈刚", ("孙立",), (), None, "")],
    ),
    (
        "本报讯 3月2日下午，巩义市委理论学习中心组举行2023年第一次集体学习。",
        set(),
        [("2023年第一次集体学习", "study", None, None, (), (), "巩义市委理论学习中心组", "3月2日下午")],
    ),
    (
        "本报讯 近日，城关镇党委书记李华为全镇党员干部讲授专题党课。",
        set(),
        [("专题党课", "lecture", None, None, (), ("李华",), None, "")],
    ),
    (
        "本报讯 5月6日，二七区第二次街道工作推进会召开。",
        set(),
        [("二七区第二次街道工作推进会", "meeting", None, None, (), (), "二七区", "5月6日")],
    ),
    # a word after a title (总书记重要讲话) is no name
    (
        "本报讯 近日，荥阳市委理论学习中心组召开专题学习会，传达学习总书记重要讲话精神。市委书记孙伟主持会议。",
        set(),
        [("专题学习会", "meeting", "孙伟", None, (), (), "荥阳市委理论学习中心组", "")],
    ),
    # a relayed meeting (精神) is no event; only the 干部大会 is
    (
        "本报讯 近日，新郑市召开干部大会，传达学习省委全会精神。",
        set(),
        [("干部大会", "meeting", None, None, (), (), "新郑市", "")],
    ),
    # an interview about a meeting held elsewhere reports no event
    ("“市委全会是在关键时期召开的一次十分重要的会议。”区委书记刘军表示。", set(), []),
    # 开展 an activity needs an organisation as subject
    ("本报讯 近日，全区深入开展“三标”活动。", set(), []),
]


@pytest.mark.parametrize(("text", "known", "expected"), CASES)
def test_meetings(text: str, known: set[str], expected: list[tuple]) -> None:
    found = run(text, known)
    got = [(m.name, m.kind, m.chair, m.leader, m.attendees, m.speakers, m.organizer, m.date_text) for m in found.meetings]
    assert got == expected


def test_lecture_theme_in_name() -> None:
    text = "本报讯 近日，区党工委委员花磊以“发挥党员先锋模范作用”为主题，为全体党员讲授专题党课。"
    found = run(text, {"花磊"})
    assert [(m.name, m.speakers) for m in found.meetings] == [("专题党课（主题：发挥党员先锋模范作用）", ("花磊",))]


def test_two_events_in_one_lead() -> None:
    text = "本报讯 3月4日，经开区举行“双十工程”现场观摩活动，并召开推进项目建设再提速会议。"
    found = run(text)
    assert [(m.name, m.kind, m.organizer) for m in found.meetings] == [
        ("“双十工程”现场观摩活动", "activity", "经开区"),
        ("推进项目建设再提速会议", "meeting", "经开区"),
    ]


# Events by kind (issue 13 pt 5): text, known names, [(name, kind, chair, leader, attendees, place)]
KIND_CASES = [
    (  # a groundbreaking ceremony held at a place; the chair is the one who 主持仪式
        "3月12日上午，肥西县2024年一季度重大项目集中开工仪式在桃花工业园主会场举行。县委书记訾文涛宣布项目开工，"
        "县委常委、常务副县长傅景川主持仪式。县领导赖秋实、洪雅琴出席。",
        {"訾文涛", "傅景川", "赖秋实", "洪雅琴"},
        [("肥西县2024年一季度重大项目集中开工仪式", "ceremony", "傅景川", None, ("赖秋实", "洪雅琴"), "桃花工业园主会场")],
    ),
    (  # a signing ceremony
        "6月15日下午，中化寿光蔬菜种业创新中心项目签约仪式在寿光市民服务中心举行。市委副书记、市长雍立军主持签约仪式。",
        {"雍立军"},
        [("中化寿光蔬菜种业创新中心项目签约仪式", "ceremony", "雍立军", None, (), "寿光市民服务中心")],
    ),
    (  # a plaque unveiling in the lead and a park opening later: the second does not take the first one's chair
        "9月22日，南康区家具产业智能制造研究院揭牌仪式在南康家具产业园举行。仪式由区委常委、常务副区长蒯正清主持。"
        "滕远征指出，要聚焦关键技术。当天，南康家具产业园二期开园仪式同步举行。区领导殳海燕、夔志明参加活动。",
        {"蒯正清", "滕远征", "殳海燕", "夔志明"},
        [
            ("南康区家具产业智能制造研究院揭牌仪式", "ceremony", "蒯正清", None, (), "南康家具产业园"),
            ("南康家具产业园二期开园仪式", "ceremony", None, None, ("殳海燕", "夔志明"), None),
        ],
    ),
    (  # a people's congress session opens at a place
        "1月8日上午，醴陵市第十八届人民代表大会第三次会议在醴陵市会议中心开幕。大会执行主席、市人大常委会主任桓立新主持开幕"
        "会。",
        {"桓立新"},
        [("醴陵市第十八届人民代表大会第三次会议", "session", "桓立新", None, (), "醴陵市会议中心")],
    ),
    (  # a CPPCC session
        "2月13日下午，政协介休市第十届委员会第三次会议在介休市人民会堂隆重开幕。市政协主席冶文清主持开幕会。",
        {"冶文清"},
        [("政协介休市第十届委员会第三次会议", "session", "冶文清", None, (), "介休市人民会堂")],
    ),
    (  # a government's plenary meeting is a session
        "2月27日上午，大丰区政府第五次全体会议召开。区委副书记、区长戴晓光主持会议并讲话。副区长邰文静、蓟长青出席会议。",
        {"戴晓光", "邰文静", "蓟长青"},
        [("大丰区政府第五次全体会议", "session", "戴晓光", None, ("邰文静", "蓟长青"), None)],
    ),
    (  # a visit (走访调研), then a 座谈会 in a later sentence, chaired by the visitor
        "8月3日，县委书记仇晓峰带队走访调研民营企业，了解企业生产经营情况。县领导邬思远、卞立群参加。"
        "仇晓峰一行先后来到天能电池集团。随后，仇晓峰主持召开民营企业家座谈会，与企业负责人面对面交流。",
        {"仇晓峰", "邬思远", "卞立群"},
        [
            ("民营企业走访调研", "inspection", None, "仇晓峰", ("邬思远", "卞立群"), None),
            ("民营企业家座谈会", "meeting", "仇晓峰", None, (), None),
        ],
    ),
    (  # an inspection (督导) at a town, then the town's 党委（扩大）会议 in a later sentence
        "9月14日，副市长钮春燕到向阳镇督导秋收秋种和秸秆禁烧工作。向阳镇党委书记谌国梁陪同督导。"
        "督导结束后，向阳镇召开党委（扩大）会议，研究部署下一阶段工作。会议由谌国梁主持。",
        {"钮春燕", "谌国梁"},
        [
            ("秋收秋种和秸秆禁烧工作督导", "inspection", None, "钮春燕", ("谌国梁",), "向阳镇"),
            ("党委（扩大）会议", "meeting", "谌国梁", None, (), None),
        ],
    ),
    (  # 在随后召开的座谈会上: the meeting is the scene of what follows
        "11月9日，邢台市副市长阙明辉到我市调研玻璃产业转型升级工作。市长巩立强陪同调研。"
        "阙明辉一行先后深入企业。在随后召开的座谈会上，阙明辉听取了情况汇报。",
        {"阙明辉", "巩立强"},
        [
            ("玻璃产业转型升级工作调研", "inspection", None, "阙明辉", ("巩立强",), None),
            ("座谈会", "meeting", None, None, (), None),
        ],
    ),
    (  # 检查 led by a mayor
        "5月20日，市委副书记、市长蒲永康带队检查安全生产和防汛备汛工作。副市长滑建波参加检查。",
        {"蒲永康", "滑建波"},
        [("安全生产和防汛备汛工作检查", "inspection", None, "蒲永康", ("滑建波",), None)],
    ),
    (  # what is visited stands before the verb that ends the clause
        "3月5日，市委常委、区委书记赵启帆深入钱江世纪城、瓜沥镇部分科技企业调研。",
        {"赵启帆"},
        [("钱江世纪城、瓜沥镇部分科技企业调研", "inspection", None, "赵启帆", (), None)],
    ),
    (  # two leaders named before the verb: the first leads, the second goes with them; 到P进行…调研 gives a place
        "8月17日，县委副书记、代县长陈景辉，副县长吴武超，在县政府办等单位负责人的陪同下，到回龙镇进行工作调研。",
        {"陈景辉", "吴武超"},
        [("工作调研", "inspection", None, "陈景辉", ("吴武超",), "回龙镇")],
    ),
    (
        "2月15日，县委书记杨良锋、县长杭莺深入县经济开发区调研工业企业节后复工和运行情况。副县长石磊一同参加调研。",
        {"杨良锋", "杭莺", "石磊"},
        [("工业企业节后复工和运行情况调研", "inspection", None, "杨良锋", ("杭莺", "石磊"), None)],
    ),
    (  # a project holds its groundbreaking: the ceremony takes the project's name
        "近日，由中建八局承建的龙港市滨江核心区综合开发项目举行开工仪式。龙港市委书记何宗静等出席开工仪式。",
        {"何宗静"},
        [("龙港市滨江核心区综合开发项目开工仪式", "ceremony", None, None, ("何宗静",), None)],
    ),
    (  # a ceremony known only from those who attended it
        "10月17日下午，宿马现代产业园区集中签约一批项目。市人大常委会副主任张旭出席签约仪式并见证签约。",
        {"张旭"},
        [("签约仪式", "ceremony", None, None, ("张旭",), None)],
    ),
    (  # a session holds its preparatory meeting: one event, named after the session; 举行 with an object
        "12月28日，县政协十一届一次会议举行预备会议。县长吴海宏应邀出席会议。",
        {"吴海宏"},
        [("县政协十一届一次会议预备会议", "meeting", None, None, ("吴海宏",), None)],
    ),
    (  # 在这里 is no place
        "4月20日，中国人民政治协商会议第七届汶上县委员会第三次会议在这里隆重开幕。王金生主持开幕大会。",
        {"王金生"},
        [("中国人民政治协商会议第七届汶上县委员会第三次会议", "session", "王金生", None, (), None)],
    ),
    (  # 对X进行集中督查; two officials: the first leads
        "7月9日，市委副书记、市长王奋彦，市委常委、常务副市长黄继宗一行，对我县重大项目建设情况进行了集中督查。",
        {"王奋彦", "黄继宗"},
        [("我县重大项目建设情况督查", "inspection", None, "王奋彦", ("黄继宗",), None)],
    ),
    (  # 就X进行调研: the topic follows 就; 督查室 is an office, not a verb
        "9月4日下午，龙山县委副书记陈忠耀在县委督查室负责人的陪同下，深入部分重点项目建设现场就项目建设情况进行调研。",
        {"陈忠耀"},
        [("项目建设情况调研", "inspection", None, "陈忠耀", (), None)],
    ),
    (  # a later sentence that opens on the same day reports another event; a visit told on is no second event
        "9月23日，县委书记戈振华带队督导检查节前安全生产工作，副县长晏丽萍陪同。戈振华一行先后检查了陡水湖景区。"
        "当天下午，县长房立新主持召开全县安全生产工作会议，对安全生产工作再部署。",
        {"戈振华", "晏丽萍", "房立新"},
        [
            ("节前安全生产工作督导检查", "inspection", None, "戈振华", ("晏丽萍",), None),
            ("全县安全生产工作会议", "meeting", "房立新", None, (), None),
        ],
    ),
    (  # a leader the officials extractor did not know: the name after the title (a stray space between)
        "3月9日上午，县委副书记、县长 庹建新带队调研重点项目建设工作。",
        set(),
        [("重点项目建设工作调研", "inspection", None, "庹建新", (), None)],
    ),
    (  # a body holds its numbered meeting: a session named after the body
        "9月26日上午，县十七届人大常委会举行第十九次会议。主任乜秀英主持会议。",
        {"乜秀英"},
        [("县十七届人大常委会第十九次会议", "session", "乜秀英", None, (), None)],
    ),
    (  # a standing body convenes an unnamed meeting
        "7月27日，区委常委会召开会议，专题研究文化旅游高质量发展工作。区委书记杭振宇主持会议。",
        {"杭振宇"},
        [("区委常委会会议", "meeting", "杭振宇", None, (), None)],
    ),
    (  # a drill organised by a body is an activity
        "8月8日上午，区防汛抗旱指挥部在石河沿岸组织开展防汛应急演练，副区长阚立新现场观摩并讲话。",
        {"阚立新"},
        [("防汛应急演练", "activity", None, None, (), "石河沿岸")],
    ),
    (  # a groundbreaking called 活动 is a ceremony like a 开工仪式, held or launched
        "3月26日，新区2024年一季度重大项目集中开工活动在综合保税区举行。区委书记祁永胜宣布项目开工。",
        {"祁永胜"},
        [("新区2024年一季度重大项目集中开工活动", "ceremony", None, None, (), "综合保税区")],
    ),
]


@pytest.mark.parametrize(("text", "known", "expected"), KIND_CASES)
def test_events_by_kind(text: str, known: set[str], expected: list[tuple]) -> None:
    got = [(m.name, m.kind, m.chair, m.leader, m.attendees, m.place) for m in run(text, known).meetings]
    assert got == expected


# the name starts at the event's own words: particles and connectives before it are cut
LEAD_CASES = [
    ("4月18日下午，区长冉志刚主持召开了全区制造业当家重点项目推进会，听取汇报。", "全区制造业当家重点项目推进会"),
    ("5月6日，经开区举行开放招商活动，并召开重点项目推进会。", "重点项目推进会"),
    ("近日，区委召开了常委会会议，研究部署工作。", "常委会会议"),
]


@pytest.mark.parametrize(("text", "name"), LEAD_CASES)
def test_name_starts_at_own_words(text: str, name: str) -> None:
    names = [m.name for m in run(text, {"冉志刚"}).meetings]
    assert name in names
    assert not any(n.startswith(("了", "并", "的")) for n in names)


def test_an_office_named_after_a_verb_is_no_inspection() -> None:
    """区督查局 in the list of offices a leader takes along: 督查 there names the office, the visit is 调研."""
    text = ("6月26日上午，华龙区区长高尚功带领区政府办、区督查局、区发改委等相关部门负责人，实地调研重点项目建设情况。")
    assert [(m.name, m.kind) for m in run(text, {"高尚功"}).meetings] == [("重点项目建设情况调研", "inspection")]


def test_relayed_meeting_in_a_later_sentence_is_no_event() -> None:
    text = ("3月5日，区委书记王涛主持召开区委常委会会议。会议强调，要抓好落实。"
            "会议传达了全市经济工作会议精神。会上，大家还听取了市委全体会议精神的汇报。")
    assert [(m.name, m.kind) for m in run(text, {"王涛"}).meetings] == [("区委常委会会议", "meeting")]


def test_breadcrumb_repeat_is_no_second_event() -> None:
    """A breadcrumb that repeats the headline, glued to the lead by clean-up, is read past: one event, whose
    evidence is the lead's own sentence."""
    text = ("当前位置：首页 > 工作动态 > 区政府召开重点项目推进会发布时间：2023-05-06 16:55 "
            "5月6日，区政府召开重点项目推进会。区长李明主持会议。")
    got = [(m.name, m.chair, m.organizer, m.evidence.text) for m in run(text, {"李明"}).meetings]
    assert got == [("重点项目推进会", "李明", "区政府", "：2023-05-06 16:55 5月6日，区政府召开重点项目推进会。")]


SESSION_CASES = [
    ("醴陵市第十八届人民代表大会第三次会议", "session"),
    ("政协介休市第十届委员会第三次会议", "session"),
    ("区人大常委会第十二次会议", "session"),
    ("县政协十一届六次会议", "session"),
    ("中国人民政治协商会议第七届汶上县委员会第三次会议", "session"),
    ("九届二次主席会议", "meeting"),
    ("大丰区政府第五次全体会议", "session"),
    ("中国共产党蠡县第十四次代表大会", "session"),  # a party's congress (a 工会's 代表大会 is a meeting)
    ("池州市工会第六次代表大会", "meeting"),
    ("2024蒲江猕猴桃采摘节开幕式暨农商文旅招商推介会", "ceremony"),  # named first for its ceremony
    ("区委十五届五次全会", "meeting"),  # a party committee's plenary, as the gold annotates it
    ("县纪委十五届三次全会", "session"),  # a discipline commission's, like a government's
    ("市四届人大六次会议", "session"),  # the term before the body
    ("2022年区安委会第一次全体（扩大）会议", "meeting"),  # a working committee's plenary
    ("区政协主席会议", "meeting"),
    ("集中开工仪式", "ceremony"),
    ("理论学习中心组集体学习", "study"),
]


@pytest.mark.parametrize(("name", "kind"), SESSION_CASES)
def test_kind_of_name(name: str, kind: str) -> None:
    assert meetings._kind_of(name) == kind


def test_surnames_complete() -> None:
    """Common and rare single surnames and compound ones (sources in the lexicon's header)."""
    surnames = set(words("surnames.txt"))
    for s in ("傅", "萧", "阎", "赖", "洪", "钮", "蒯", "竺", "蓟", "訾", "郇", "亓官", "赫连", "欧阳", "拓跋", "第五"):
        assert s in surnames, s
    assert len(surnames) >= 540
    assert not {"经", "和", "但", "都"} & surnames


# Visits the lead does not state alone: a group with no leader named, a topic after the places, a list of sites,
# a sentence set before the lead's event. (text, known, [(name, kind, leader, place)])
VISIT_CASES = [
    (  # 会前: a group (区领导一行) visits a list of sites too long for a name; named by what the sites share
        "6月3日，高阳区委常委会（扩大）会议召开。区委书记孔德明出席会议并讲话。"
        "会前，区领导一行先后来到柳林镇光伏组件项目、河口镇冷链物流项目和高阳经开区新材料项目现场进行考察调研。",
        {"孔德明"},
        [
            ("高阳区委常委会（扩大）会议", "meeting", None, None),
            ("项目考察调研", "inspection", None, None),
        ],
    ),
    (  # the places in one clause, the topic after 就 in the next; the leader leads (带队)
        "近日，市委副书记、市长周立言带队先后到青溪县、白沙区、东湖新区，就秋粮收储、项目建设、安全生产等工作开展调研。",
        {"周立言"},
        [("秋粮收储、项目建设、安全生产等工作调研", "inspection", "周立言", "青溪县、白沙区、东湖新区")],
    ),
    (  # a delegation visits in the last sentence, before the ceremony the lead reports
        "5月9日上午，长河市与东坪区文旅合作签约仪式在长河市会展中心举行。副市长柯宜南主持签约仪式。"
        "签约仪式前，代表团一行考察了长河湾文旅度假区和北港物流园。",
        {"柯宜南"},
        [
            ("长河市与东坪区文旅合作签约仪式", "ceremony", None, "长河市会展中心"),
            ("长河湾文旅度假区和北港物流园考察", "inspection", None, None),
        ],
    ),
    (  # a meeting held after the lead's inspection (检查结束后，…主持召开…调度会); 暗访发现的 is no visit
        "11月24日，东坪县委书记桂某宏带队督导检查冬季安全生产工作。检查结束后，桂某宏主持召开冬季安全生产工作调度会。"
        "暗访结束后，桂某宏连夜将暗访发现的问题隐患交办各乡镇。",
        {"桂某宏"},
        [
            ("冬季安全生产工作督导检查", "inspection", "桂某宏", None),
            ("冬季安全生产工作调度会", "meeting", None, None),
        ],
    ),
    (  # a reception where the host's venue stands between the name and 会见; the guests' visit before it (会见前，
        # 某一行在甲陪同下，考察了…) is theirs
        "5月17日下午，市委书记严某航在市行政中心会见了华熠储能科技集团有限公司董事长邵某远一行。"
        "会见前，邵某远一行在卞某琦陪同下，实地考察了泰兴经济开发区和沿江港口物流设施。",
        {"严某航", "邵某远", "卞某琦"},
        [
            ("市委书记严某航会见华熠储能科技集团有限公司董事长邵某远一行", "meeting", None, None),
            ("泰兴经济开发区和沿江港口物流设施考察", "inspection", "邵某远", None),
        ],
    ),
    (  # a lead whose project starts production is its ceremony; the 投产仪式 attended after it is the same one; a
        # leader who announces a start (宣布项目开工) names no ceremony of his own
        "本报讯（通讯员 龙某敏）11月2日，正安县吉他产业园二期项目正式投产，新增年产吉他30万把。"
        "常务副县长冉某林出席投产仪式并致辞。县委书记谭某志宣布项目开工。",
        {"冉某林", "谭某志"},
        [("正安县吉他产业园二期项目正式投产", "ceremony", None, None)],
    ),
    (  # leaders who visit apart (分别): each one's own 走访慰问 told after the lead is a visit of its own; a report
        # about the visits (某某汇报了…走访慰问…的安排) is none
        "1月16日，县委书记党某华，县委副书记、县长屈某亮分别带队走访慰问老党员、困难群众和退役军人。"
        "党某华先后来到乾佑街道、下梁镇，看望了老党员柯某堂。屈某亮在曹坪镇走访慰问了退役军人阮某清。"
        "县退役军人事务局局长吕某东汇报了全县春节期间走访慰问重点优抚对象的安排。",
        {"党某华", "屈某亮", "柯某堂", "阮某清", "吕某东"},
        [
            ("老党员、困难群众和退役军人走访慰问", "inspection", "党某华", None),
            ("退役军人阮某清走访慰问", "inspection", "屈某亮", None),
        ],
    ),
    (  # the topic after 围绕 names the visit, the place before it is where
        "9月5日，市政协副主席严景文率调研组赴青溪县，围绕“推动茶产业提质增效”开展专题调研。",
        {"严景文"},
        [("推动茶产业提质增效调研", "inspection", "严景文", "青溪县")],
    ),
    (  # a river chief's patrol (巡河) is an inspection
        "4月9日，泽州县委书记、县级总河长段某华到丹河泽州段巡河，检查河道清障工作。",
        {"段某华"},
        [("丹河泽州段巡河", "inspection", "段某华", None)],
    ),
    (  # a leader's tour (带队观摩) is an activity; a visit to the old and the poor (看望了) an inspection (parts hj, ei)
        "8月18日，县委书记靳某博带队观摩蔡家坡经开区重点项目建设。6月29日，县委副书记蔺某婷在新窑镇看望了生活困难"
        "党员。",
        {"靳某博", "蔺某婷"},
        [("蔡家坡经开区重点项目建设观摩", "activity", "靳某博", None), ("生活困难党员看望", "inspection", "蔺某婷", None)],
    ),
    (  # a tour launched (…拉练活动启动) or organized by the city (我市组织开展…观摩拉练活动) is an activity
        "8月16日，全市重点项目建设“比学赶超”现场拉练活动启动，首站走进东坪市。",
        set(),
        [("全市重点项目建设“比学赶超”现场拉练活动", "activity", None, None)],
    ),
    ("4月11日，全市重大项目“比学赶超”现场观摩活动进入第二天，观摩团走进东坪市。", set(),
     [("全市重大项目“比学赶超”现场观摩活动", "activity", None, None)]),
    ("6月24日，全市二季度重大项目“比学赶超”现场拉练活动走进东坪市、西河县。", set(),
     [("全市二季度重大项目“比学赶超”现场拉练活动", "activity", None, None)]),
    ("4月6日，我市组织开展2023年一季度重点项目观摩拉练活动。", set(),
     [("2023年一季度重点项目观摩拉练活动", "activity", None, None)]),
    (  # a meeting known from its guest who speaks at it (出席…推进会并讲话); 督办 is an inspection's verb
        "9月10日，赤水市委书记瞿某林出席全市竹产业发展推进会并讲话。",
        {"瞿某林"},
        [("全市竹产业发展推进会", "meeting", None, None)],
    ),
    ("9月12日，管委会主任尚某军带队到米庄镇督办重点项目建设。", {"尚某军"},
     [("重点项目建设督办", "inspection", "尚某军", "米庄镇")]),
    (  # a festival's opening ceremony held at a place (…开幕式在P举行)
        "6月8日，2023仙居杨梅节开幕式在步路乡举行。台州市副市长蒋某琳出席并宣布开幕。",
        {"蒋某琳"},
        [("2023仙居杨梅节开幕式", "ceremony", None, "步路乡")],
    ),
    (  # a council's consultation meeting (协商议政会) is a meeting
        "6月15日，东坪县政协召开“请你来协商”协商议政会，围绕山区供水建言献策。",
        set(),
        [("“请你来协商”协商议政会", "meeting", None, None)],
    ),
    (  # no leader, no body, no group: no inspection
        "6月3日，高阳区委常委会（扩大）会议召开。会议要求，各镇要深入一线开展调研。有关部门考察了三个项目。",
        set(),
        [("高阳区委常委会（扩大）会议", "meeting", None, None)],
    ),
]


def test_chronicle_entries_are_events() -> None:
    """A 大事记 page: each entry opens on its own day and reports an event; a leader the officials extractor did not
    know is read after the title before the verb that takes them there (市委副书记宁德安深入…)."""
    text = (
        "★5月3日　县委书记韩东明主持召开县委常委会2023年第8次会议，研究部署防汛工作。\n\n"
        "★5月12日　市委副书记宁德安深入我县青山镇、白水镇调研防汛备汛工作，县长郝立群陪同。\n\n"
        "★5月20日　县委书记韩东明主持召开全县科级以上领导干部会议，宣布干部任免决定。"
    )
    got = [(m.name, m.kind, m.chair, m.leader, m.attendees, m.date_text) for m in run(text, {"韩东明", "郝立群"}).meetings]
    assert got == [
        ("县委常委会2023年第8次会议", "meeting", "韩东明", None, (), "5月3日"),
        ("防汛备汛工作调研", "inspection", None, "宁德安", ("郝立群",), "5月12日"),
        ("全县科级以上领导干部会议", "meeting", "韩东明", None, (), "5月20日"),
    ]


@pytest.mark.parametrize(("text", "known", "expected"), VISIT_CASES)
def test_visits(text: str, known: set[str], expected: list[tuple]) -> None:
    got = [(m.name, m.kind, m.leader, m.place) for m in run(text, known).meetings]
    assert got == expected


# (text, known, [(name, kind, chair, attendees, place)])
OPENING_CASES = [
    (  # a festival opens at a place: its opening ceremony
        "11月25日，青川县首届农民丰收文化节在青川县体育中心开幕。县长唐立明出席开幕式。",
        {"唐立明"},
        [("青川县首届农民丰收文化节开幕式", "ceremony", None, ("唐立明",), "青川县体育中心")],
    ),
    (  # the chair named before the place where they chair (X在P主持召开)
        "8月11日上午，市长范立群在市政府三楼会议室主持召开市政府第36次常务会议，研究有关事项。",
        {"范立群"},
        [("市政府第36次常务会议", "meeting", "范立群", (), "市政府三楼会议室")],
    ),
]


@pytest.mark.parametrize(("text", "known", "expected"), OPENING_CASES)
def test_openings_and_chairs_at_a_place(text: str, known: set[str], expected: list[tuple]) -> None:
    got = [(m.name, m.kind, m.chair, m.attendees, m.place) for m in run(text, known).meetings]
    assert got == expected


# Blind set i: a leader takes a delegation somewhere (the delegation names the visit); a visit joined by 并 to the
# meeting that follows it is an event of its own; one numbered meeting named in two word orders is one event.
# (text, known, [(name, kind, chair, leader, place)])
JOINED_CASES = [
    (
        "5月26日，青川县委书记唐立明率青川县党政代表团来我区考察，并就两地协作签署合作协议。区长韩东明陪同考察。",
        {"唐立明", "韩东明"},
        [("青川县党政代表团考察", "inspection", None, "唐立明", None)],
    ),
    (
        "6月2日，市长孔德明率市政府考察团赴苏州工业园区学习考察。",
        {"孔德明"},
        [("市政府考察团考察", "inspection", None, "孔德明", "苏州工业园区")],
    ),
    (
        "5月15日，高阳区委书记孔德明带队调研河口片区重点项目建设，并召开河口片区重点项目推进会，研究解决存在问题。",
        {"孔德明"},
        [
            ("河口片区重点项目推进会", "meeting", None, None, None),
            ("河口片区重点项目建设调研", "inspection", None, "孔德明", None),
        ],
    ),
    (  # a meeting that follows a visit without 并 in between stays the sentence's only event
        "5月15日，区委书记孔德明调研结束后召开河口片区重点项目推进会。",
        {"孔德明"},
        [("河口片区重点项目推进会", "meeting", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "known", "expected"), JOINED_CASES)
def test_delegations_joined_visits_and_numbered_meetings(text: str, known: set[str], expected: list[tuple]) -> None:
    got = [(m.name, m.kind, m.chair, m.leader, m.place) for m in run(text, known).meetings]
    assert got == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("十四届政府第12次常务会议", "县政府十四届第12次常务会议", True),  # one numbered meeting, two word orders
        ("县政府第12次常务会议", "县政府十四届第12次常务会议", False),  # a term on one side only: not known
        ("县政府第12次常务会议", "市政府第12次常务会议", False),  # two bodies
        ("十四届政府第12次常务会议", "十四届政府第13次常务会议", False),
        ("十四届政府第12次常务会议", "十四届政府第12次全体会议", False),
        ("县委常委会会议", "县委常委会（扩大）会议", False),
        ("常务会议", "十四届政府第12次常务会议", True),  # one holds the other
    ],
)
def test_two_names_of_one_event(a: str, b: str, same: bool) -> None:
    assert (meetings._same(a, b), meetings._same(b, a)) == (same, same)


def test_a_review_s_entries_each_report_an_event_of_their_day():
    """A year's review: each paragraph opens with its full date (2023年2月6日，…) and reports its own event; the
    article is dated by the year its lead opens with (2023年，是…)."""
    from newskg.extract.model import DatedValue, Document
    from newskg.extract.pipeline import extract_document

    text = ("回眸2023丨这一年，我们这样走过\n\n2023年，是全面贯彻党的二十大精神的开局之年。\n"
            "2023年2月6日，全县经济工作会议召开。县委书记佟海川出席会议并讲话。\n"
            "2023年7月14日，全县领导干部大会召开。县长荆立伟主持会议。\n"
            "2023年12月27日，中国共产党克山县第十五届委员会第六次全体会议召开。\n")
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-01-03")
    [found] = res.articles
    assert found.article.date == DatedValue("2023", "text", "2023年")
    assert [(m.name, m.kind, m.date.value, m.chair) for m in found.meetings] == [
        ("全县经济工作会议", "meeting", "2023-02-06", None),
        ("全县领导干部大会", "meeting", "2023-07-14", "荆立伟"),
        ("中国共产党克山县第十五届委员会第六次全体会议", "meeting", "2023-12-27", None),
    ]


# Development corpus (parts j, k, l, o, t, v, w): a delegation's visit named 考察交流 or followed by its topic, a trip
# to another place for a named activity (招商引资活动), a zone's tour of projects (观摩活动) and the meetings after it.
# (text, known, [(name, kind, leader, organizer, place)])
TRIP_CASES = [
    (
        "5月21日，广东省茂名市化州市委书记刘海涛率化州市党政代表团到我市考察交流，化州市委副书记、市长钟伟强陪同。",
        {"刘海涛", "钟伟强"},
        [("化州市党政代表团考察交流", "inspection", "刘海涛", None, None)],
    ),
    (
        "6月28日，福建省永春县委书记林鸿彬率党政代表团到我县考察闽宁协作工作，并召开两县闽宁协作联席会议。",
        {"林鸿彬"},
        [("两县闽宁协作联席会议", "meeting", None, None, None), ("党政代表团考察", "inspection", "林鸿彬", None, None)],
    ),
    (
        "近日，市委副书记、市长缪振华率队赴深圳开展招商引资活动，走访考察企业，推介台州投资环境。",
        {"缪振华"},
        [("招商引资活动", "inspection", "缪振华", None, "深圳")],
    ),
    (
        "6月24日，经开区组织开展二季度重点项目观摩活动。在随后召开的点评会上，钟立峰指出，要加快进度。",
        {"钟立峰"},
        [("二季度重点项目观摩活动", "activity", None, "经开区", None), ("点评会", "meeting", None, None, None)],
    ),
    (  # a leader takes the tour (part ad): the tour is still an activity, led by them
        "4月17日，市长邝志鹏带队开展2024年一季度重点项目建设观摩活动。",
        {"邝志鹏"},
        [("2024年一季度重点项目建设观摩活动", "activity", "邝志鹏", None, None)],
    ),
    (  # part ae: a group led here, the verb after a comma and before its topic; a visit to 我县 is named by its verb
        "5月25日，副省长梁振坤率省政府安全生产第三督导组来我市，督导安全生产大检查和重大事故隐患专项排查整治工作。",
        {"梁振坤"},
        [("省政府安全生产第三督导组督导", "inspection", "梁振坤", None, None)],
    ),
    (
        "11月7日，省第二生态环境保护督察组组长郑启明带队到我县开展下沉督察。",
        {"郑启明"},
        [("下沉督察", "inspection", "郑启明", None, None)],
    ),
    (  # part ah: a leader receives visitors (会见了…一行): a meeting; 会见前 is none
        "5月10日，县委书记姚育林会见了甘肃陇原农业发展集团有限公司董事长潘立新一行。会见前，潘立新一行察看了园区。",
        {"姚育林", "潘立新"},
        [("县委书记姚育林会见甘肃陇原农业发展集团有限公司董事长潘立新一行", "meeting", None, None, None)],
    ),
    (  # a delegation's trip for an activity
        "6月13日，市委书记易振华率衡阳市党政代表团赴深圳开展招商活动，走访企业。",
        {"易振华"},
        [("招商活动", "inspection", "易振华", None, "深圳")],
    ),
    (
        "8月22日，区政协召开“加快发展海洋经济”专题协商会。",
        set(),
        [("“加快发展海洋经济”专题协商会", "meeting", None, "区政协", None)],
    ),
]


@pytest.mark.parametrize(("text", "known", "expected"), TRIP_CASES)
def test_delegations_trips_and_tours(text: str, known: set[str], expected: list[tuple]) -> None:
    got = [(m.name, m.kind, m.leader, m.organizer, m.place) for m in run(text, known).meetings]
    assert got == expected


def test_a_session_that_closes_and_the_review_meeting_after_a_tour():
    closed = run("5月30日上午，省十四届人大常委会第二次会议在南昌闭幕。省人大常委会副主任危国栋主持闭幕会。", set())
    assert [(m.name, m.kind) for m in closed.meetings] == [("省十四届人大常委会第二次会议", "session")]
    tour = run("10月11日，全区第三季度重点项目观摩活动举行。在随后召开的观摩点评会上，杨振华通报了推进情况。", set())
    assert [(m.name, m.kind) for m in tour.meetings] == [("全区第三季度重点项目观摩活动", "activity"),
                                                          ("观摩点评会", "meeting")]



def test_a_leader_receiving_the_public_at_the_petition_centre_and_a_duty_list_that_is_no_event():
    held = run("8月15日上午，县委副书记、县长訾海明到县人民来访接待中心接待来访群众，面对面倾听群众诉求。", set())
    assert [(m.kind, m.leader) for m in held.meetings] == [("inspection", "訾海明")]
    duty = run("现将6月份接访安排公布如下：6月1日（星期二）接访领导：褚建明（县委书记）", set())
    assert duty.meetings == []


def test_an_inspection_team_s_feedback_meeting() -> None:
    """巡察组向县委反馈巡察情况 reports a meeting, named by the team, what it did and where; its chair and speaker."""
    text = ("4月12日，怀化市委第二巡察组向辰溪县委反馈巡察情况。县委书记聂某栋主持会议并作表态发言，"
            "市委第二巡察组组长唐某峰反馈巡察情况。")
    found = run(text, {"聂某栋", "唐某峰"})
    assert [(m.name, m.kind, m.date_text) for m in found.meetings] == [
        ("怀化市委第二巡察组巡察辰溪县反馈会", "meeting", "4月12日")]


def test_a_report_s_title_line_names_the_meeting_it_was_given_at() -> None:
    """——2024年1月11日在定边县第十八届人民代表大会第四次会议上, under a report's title: that session, that day; the
    speaker's line under it (县长　拓某宏: 拓, a surname of 陕北) is no headline but the speaker's post."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    page = ("定边县人民政府\n网站首页　走进定边　新闻中心　信息公开\n您现在的位置：首页 > 信息公开 > 政府工作报告\n\n"
            "定边县2024年政府工作报告（摘要）\n\n时间：2024-01-16 11:05　　来源：县政府办　　阅读次数：\n\n政府工作报告\n"
            "——2024年1月11日在定边县第十八届人民代表大会第四次会议上\n县长　拓某宏\n\n各位代表：\n"
            "现在，我代表县人民政府，向大会报告工作，请予审议。\n")
    res = extract_document(Document("p.txt", "p.txt", page))
    assert [(m.name, m.kind, m.date.value) for f in res.articles for m in f.meetings] == [
        ("定边县第十八届人民代表大会第四次会议", "session", "2024-01-11")]
    assert [(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings] == [("拓某宏", "定边县政府", "县长")]


def test_minutes_name_their_meeting_its_day_and_chair() -> None:
    """A page of minutes (…常务会议纪要 over 时间 / 地点 / 主持 fields): the meeting of its title, the day of its 时间
    field (no page stamp, though it reads like one), chaired by the first name of its 主持 field; a closing session
    that finished its agenda first (…会议在完成各项议程后，26日下午在兰州闭幕) is that session; a 集中开工活动 a ceremony."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    page = ("洪洞县人民政府\n首页 | 走进洪洞 | 政务公开 | 政务服务\n当前位置：首页 > 政府信息公开 > 常务会议纪要\n\n"
            "洪洞县人民政府第二十一次常务会议纪要\n\n索引号：14102400-2022-00371　　发布机构：洪洞县人民政府办公室\n"
            "发文字号：洪政常纪〔2022〕9号　　发布日期：2022-05-13\n字号：[大 中 小]　　浏览次数：\n\n"
            "时间：2022年5月10日上午9:00\n地点：县政府二楼常务会议室\n主持：县委副书记、县长贾某儒\n"
            "出席：县委常委、常务副县长乔某东\n\n会议听取了县发改局关于甘亭工业园区建设情况的汇报，研究了汾河生态修复、城区"
            "供热"
            "管网改造等事项。会议要求，各有关部门要压实责任、倒排工期，确保各项工作按期完成。现将议定事项纪要如下。\n")
    res = extract_document(Document("p.txt", "p.txt", page))
    assert [(m.name, m.kind, m.date.value, m.chair) for f in res.articles for m in f.meetings] == [
        ("洪洞县人民政府第二十一次常务会议", "meeting", "2022-05-10", "贾某儒")]
    closing = "26日下午，省十四届人大常委会第五次会议在完成各项议程后，26日下午在兰州闭幕。"
    assert [(m.name, m.kind) for m in run(closing, set()).meetings] == [("省十四届人大常委会第五次会议", "session")]
    works = "8月29日，南海区2023年重大产业项目集中签约动工活动在狮山镇举行。"
    expected = [("南海区2023年重大产业项目集中签约动工活动", "ceremony")]
    assert [(m.name, m.kind) for m in run(works, set()).meetings] == expected


def test_a_meeting_after_a_visit_named_by_its_kind_alone() -> None:
    """观摩结束后召开点评会, 在随后召开的汇报会上: a meeting that follows the lead's visit, named by its word alone, is an
    event of its own even beyond the lead; a bare 会议 is not."""
    text = ("本报讯 5月13日，经区组织开展镇街重点项目现场观摩活动。观摩团先后察看了8个项目。观摩结束后召开点评会。"
            "鞠某博通报了观摩打分情况。")
    assert [(m.name, m.kind) for m in run(text, {"鞠某博"}).meetings] == [
        ("镇街重点项目现场观摩活动", "activity"), ("点评会", "meeting")]
    text = ("本报讯 4月15日，地区行署副专员蒲某昌带领检查组到我特区检查安全生产工作。检查组察看了两处矿山。"
            "在随后召开的汇报会上，特区党委书记田某森汇报了转型工作情况。随后召开会议。")
    assert [(m.name, m.kind) for m in run(text, {"蒲某昌", "田某森"}).meetings] == [
        ("安全生产工作检查", "inspection"), ("汇报会", "meeting")]


def test_a_follow_up_meeting_held_and_one_asked_for() -> None:
    """检查结束后，某某主持召开现场办公会: held, an event; 各部门要…召开专题会议: asked for, none."""
    text = ("本报讯 7月21日，市长冷某臣检查防汛工作。冷某臣察看了两处堤防。检查结束后，冷某臣主持召开现场办公会。"
            "冷某臣要求，各乡镇、各部门要迅速传达会议精神，结合本单位实际召开专题会议。")
    assert [(m.name, m.kind, m.chair) for m in run(text, {"冷某臣"}).meetings] == [
        ("防汛工作检查", "inspection", None), ("现场办公会", "meeting", "冷某臣")]


def test_a_site_observation_told_as_a_visit() -> None:
    """带领观摩团，对…进行现场观摩: the observation tour is an activity; told again after its own sentence
    (…观摩活动举行。书记带队实地观摩11个项目) it is no second one."""
    text = ("本报讯 9月26日，县委书记赵某祥，县委副书记、县长刘某平带领观摩团，对全县第三季度重点项目建设情况进行现场观摩。"
            "观摩团先后来到4个乡镇。")
    assert [(m.name, m.kind, m.leader) for m in run(text, {"赵某祥", "刘某平"}).meetings] == [
        ("全县第三季度重点项目建设情况现场观摩", "activity", "赵某祥")]
    text = ("本报讯 4月19日，全市一季度重点项目建设观摩活动举行。市委书记骆某国带队，深入清远高新区、清城区，"
            "实地观摩11个重点项目。")
    assert [(m.name, m.kind) for m in run(text, {"骆某国"}).meetings] == [("全市一季度重点项目建设观摩活动", "activity")]


def test_a_session_that_closes() -> None:
    """…第十次会议在…闭会: the session, as 闭幕 names one."""
    text = "本报讯 6月29日上午，市十五届人大常委会第十次会议在市人大常委会机关会议室闭会。市人大常委会主任常某义主持会议。"
    assert [(m.name, m.kind, m.chair) for m in run(text, {"常某义"}).meetings] == [
        ("市十五届人大常委会第十次会议", "session", "常某义")]


def test_a_reception_later_in_the_report() -> None:
    """在松江期间，区委书记某某会见了某某一行: a reception, though the report's lead tells of the visit."""
    text = ("本报讯 4月12日至13日，县委书记禄某杰率队赴上海市松江区开展招商引资活动。双方就产业合作深入交流。"
            "在松江期间，上海市松江区委书记俞某岚会见了禄某杰一行。")
    assert [(m.name, m.kind) for m in run(text, {"禄某杰", "俞某岚"}).meetings] == [
        ("招商引资活动", "inspection"), ("上海市松江区委书记俞某岚会见禄某杰一行", "meeting")]


def test_a_meeting_a_notice_announces_is_no_event_yet() -> None:
    """定于4月6日召开…, 定于…上午10:00，在…召开新闻发布会: a notice announces a meeting to come; a report's 召开 is one
    held."""
    assert run("根据县政府工作安排，定于4月6日召开2023年全县三防工作会议。现将有关事项通知如下：").meetings == []
    assert run("市政府新闻办公室定于2023年11月7日上午10:00，在市政府新闻发布厅召开新闻发布会。").meetings == []
    assert [m.name for m in run("本报讯 4月6日，县政府召开2023年全县三防工作会议。").meetings] == ["2023年全县三防工作会议"]


def test_a_sentence_that_opens_at_a_follow_up_meeting() -> None:
    """座谈会上，某某汇报了…: the report names the 座谈会 its sentence opens at, after the visit of its lead."""
    text = ("本报讯 8月10日至11日，白云区党政代表团到罗甸县考察。代表团察看了两个协作项目。"
            "座谈会上，甄某梁介绍了白云区经济社会发展情况。")
    assert [(m.name, m.kind) for m in run(text, {"甄某梁"}).meetings][-1] == ("座谈会", "meeting")


def test_a_meeting_a_visit_goes_on_to_attend() -> None:
    """…率我市党政代表团赴南部县考察东西部协作工作，并出席瑞安市—南部县联席会议: the visit, and the meeting it attends."""
    text = ("本报讯 5月16日至17日，市委书记柯某衡率我市党政代表团赴四川省南充市南部县，考察东西部协作工作，"
            "并出席瑞安市—南部县2023年东西部协作党政联席会议。")
    assert sorted((m.name, m.kind) for m in run(text, {"柯某衡"}).meetings) == [
        ("我市党政代表团考察", "inspection"), ("瑞安市—南部县2023年东西部协作党政联席会议", "meeting")]


def test_a_visit_told_with_zai() -> None:
    """省委书记某某在榆林、延安调研: a visit; 在县人民来访接待中心接待来访群众 is a duty's place, no visit."""
    text = "本报讯 8月16日至17日，省委书记、省人大常委会主任贺某衡在榆林、延安调研。"
    assert [(m.name, m.kind, m.leader) for m in run(text, {"贺某衡"}).meetings] == [
        ("榆林、延安调研", "inspection", "贺某衡")]
    text = "本报讯 5月28日，县委副书记相某平在县人民来访接待中心接待来访群众。"
    assert run(text, {"相某平"}).meetings == []


def test_a_chair_named_with_comrade() -> None:
    """县长曾某鸿同志主持会议: 同志 between the name and 主持 (older pages, notices) still names the chair."""
    text = "12月8日下午，全县精准扶贫工作推进会在县行政中心会议室召开。县委副书记、县长曾某鸿同志主持会议。"
    assert [(m.name, m.chair) for m in run(text, {"曾某鸿"}).meetings] == [("全县精准扶贫工作推进会", "曾某鸿")]


def test_an_announced_opening_is_no_second_event() -> None:
    """副厅长某宣布博览会开幕: the fair's opening the lead reported, announced again; no event named after its announcer."""
    text = ("10月18日上午，首届平和蜜柚产业博览会在平和县小溪镇开幕。县长苏惠玲主持开幕式。"
            "省农业农村厅副厅长杨秋实宣布博览会开幕。")
    found = run(text, {"苏惠玲", "杨秋实"})
    assert [(m.name, m.kind) for m in found.meetings] == [("首届平和蜜柚产业博览会开幕式", "ceremony")]


def test_a_later_meeting_named_where_it_is_the_scene() -> None:
    """在随后召开的点评会上, a paragraph after the lead that named the 点评会: that one, no 召开的点评会."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("2023年4月6日\n\n全县项目观摩点评会召开\n\n4月6日，全县项目观摩点评会召开。县委书记尹某军带队观摩，"
            "县长颜某志主持点评会。\n\n在随后召开的点评会上，桑某远通报了情况。\n")
    res = extract_document(Document("t.txt", "t.txt", text))
    assert [(m.name, m.kind) for f in res.articles for m in f.meetings] == [("全县项目观摩点评会", "meeting")]


def test_an_alternative_names_no_event() -> None:
    """随团考察或出席会议: those who toured or attended; no event named 或出席会议考察."""
    text = ("4月20日，太仓市委书记沈某明率太仓市党政代表团来我县考察东西部协作工作。"
            "太仓市委常委、副市长邵某辰随团考察或出席会议。")
    found = run(text, {"沈某明", "邵某辰"})
    assert [m.name for m in found.meetings if m.name.startswith("或")] == []
    assert len(found.meetings) == 1


def test_an_event_named_before_by_whom_it_is_chaired() -> None:
    """签约仪式由某主持, told after a 会见: the ceremony's chair, not the 会见's."""
    text = ("5月20日下午，县委副书记、县长苗某川会见了江苏某公司董事长庞某堃一行，并共同出席项目签约仪式。"
            "县委常委、常务副县长戴某翰参加会见。\n苗某川介绍了定远县产业基础。\n"
            "签约仪式由戴某翰主持。县发改局局长汪某茂参加签约仪式。")
    found = run(text, {"苗某川", "庞某堃", "戴某翰", "汪某茂"})
    assert [(m.kind, m.chair) for m in found.meetings] == [("meeting", None), ("ceremony", "戴某翰")]
