"""Write gold part ``bp`` (a blind set: interviews and Q&A with officials) from the tables below.

Pages ``tests/dev/texts/bp*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 中国经济网 page of the 天津 ``区委书记访谈录`` (``——访东丽区委书记…``,
``记者：…`` / ``夏新：…``); the 深圳特区报 ``一把手访谈`` series (编者按, ``深圳特区报：`` as the question label, the 区委书记's
name as the answer label); a 长江日报 interview of a 区委书记 (``问：``); a 上海 paper's 区委书记专访 series after the 党代会
(``记者：`` / ``包：``); a 人民网 ``访谈文字实录`` (``主持人：各位网友大家上午好…今天作客演播室的嘉宾是…``); the 中国政府网 /
新华网 在线交流 transcript (``[主持人]`` / ``[温家宝]`` bracket labels); the 湖北省政府网 在线访谈 notice (``特邀鄂州市委常委、常务
副市长…接受专访，和网友互动交流``); the 六安, 宣城 and 芜湖 政府网站 ``在线访谈`` rules (访谈时间, 在线嘉宾名单, 承办单位主要
负责同志担任嘉宾, 访谈实录); a 人民日报 专访 of a 市委书记 reprinted on a city site (``记者 …整理``); the 荆门 ``县市区党委书记
电视访谈录`` programme list; the 河源 ``《政风行风热线》`` report (负责同志走进直播现场, 观众来电) and the 西安高陵
``《党风政风热线》`` report (局长 on air); a 泰州日报 编者按 opening an interview column. Places are real and new to the
corpus: 山西 晋城 (阳城县 twice, the 市政府 site once), 内蒙古 通辽 (科尔沁区, the 市政府 site with the 经开区, 开鲁县),
四川 宜宾 (南溪区, 长宁县), 广东 肇庆 (四会市).

Shapes: a city paper's ``县长访谈`` with 编者按 and ``记者：`` / ``郝建庭：`` labels (bp01); a county site's 在线访谈 with
访谈时间, 访谈嘉宾 and a named 主持人, speaker labels ``县委书记 郝建庭：`` / ``县委常委、副县长 卫鹏飞：`` (title, space,
name) and a netizen's question (bp02); a city site's 访谈实录 with 【访谈嘉宾】 and bracket labels ``［郝建庭］`` (bp03); a city
paper's ``书记访谈`` (bp04); a city site's 在线访谈 with a bare ``经开区党工委书记、管委会主任 胡振国`` in the 嘉宾 block (bp05); a
county site's report of a ``《政风行风热线》`` broadcast with listeners' calls (``听众（开鲁镇 刘女士）：``) and a 纪委监委 office
head watching (bp06); a city paper's ``区县长访谈`` with ``问：`` / ``答：`` (the speaker is only in the subtitle) (bp07); a county
site's ``镇（乡）党委书记访谈`` where the 镇党委书记 recalls the 县委书记's 调研 (bp08); a city paper's ``一把手访谈`` with a
【人物简介】 career line and the paper's name as the question label (``西江日报：``) (bp09).

Identity cases:
- bp:郝建庭 moves up over four years and two levels: 阳城县委副书记、县长 in the 晋城日报 (bp01, Nov 2021); 县委书记 on the
  阳城 site's 在线访谈 (bp02, Jun 2023: bare 县委 = 阳城县委); 副市长 on the 晋城 site's 在线访谈 (bp03, Apr 2025: 晋城市政府).
- bp:罗晓川 moves from one county to another: 南溪区委副书记、区长 in the 宜宾日报 (bp07, Mar 2022); 县委书记 of 长宁县 named by the
  镇党委书记 on the 长宁 site (bp08, Jul 2024: bare 县委书记 = 长宁县委).
- two different 杨春明 in unrelated places: bp:杨春明#1 is 开鲁县住房和城乡建设局局长 (内蒙古, bp06, 2023); bp:杨春明#2 is 长宁县
  双河镇党委书记 (四川, bp08, 2024).
- one organ name in two cities: ``经开区`` is 晋城经开区 on the 晋城 site (bp03: 经开区管委会副主任 秦玉峰) and 通辽经开区 on the
  通辽 site (bp05: 经开区党工委书记、管委会主任 胡振国); each page also writes the zone once with its city in a project name.
- bp:陈志坚 carries a dated career in one county-level city (四会市委副书记、市长 2019, 市委书记 2021) (bp09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts u and z where they speak; decided here where they are silent):
- DECIDED HERE: an interviewee's post is taken from the first place the page gives it (subtitle ``——访…``, 编者按, the
  访谈嘉宾 block or a titled speaker label ``县委书记 郝建庭：``), one line per post per article; the bare speaker labels
  (``郝建庭：``, ``［郝建庭］``, ``答：``), the forms of address (``郝书记``, ``郝市长``, ``佟局长``, ``杨局长``) and the question labels
  (``记者：``, ``问：``, ``主持人：``, ``西江日报：``) give nothing. A titled label that repeats the 嘉宾 block gives no second line.
- DECIDED HERE: the interview, the 在线访谈 and the 政风行风热线 broadcast are not events (as tests/gold's README: interviews are
  not events), though bp06 dates its broadcast (5月24日上午). An event the interviewee recalls as having taken place, with
  its date and leader (bp08: ``今年3月，县委书记罗晓川到双河镇调研时要求``) is an event: an inspection led by him (he speaks:
  要求), dated as written.
- DECIDED HERE: a named 主持人 (bp02 ``主持人：闫静``) goes to reporters.jsonl with label 主持人 and role ``host``; an unnamed
  主持人 gives nothing. A paper's 实习生 in the byline is a reporter credit (label 实习生). The 融媒体中心 byline in brackets
  (bp06 ``（县融媒体中心 伍德明）``) is a reporter credit labelled 县融媒体中心. 编辑 / 本版编辑 / 校对 / 责任编辑 are editors.
- Bare organs take the page's place: 县委 / 县 departments on the 阳城, 开鲁 and 长宁 sites and on a county paper page are
  that county's; 市 departments on the 晋城 and 通辽 sites are that city's (``市发展改革委主任`` → 晋城市发展改革委 主任;
  ``市工业和信息化局副局长`` → 通辽市工业和信息化局 副局长); ``经开区党工委书记、管委会主任`` on the 通辽 site → 通辽经开区党工委
  书记 + 通辽经开区管委会 主任; ``经开区管委会副主任`` on the 晋城 site → 晋城经开区管委会 副主任. ``县纪委监委党风政风监督室
  主任`` → 开鲁县纪委监委党风政风监督室 主任 (the office as written after its place). ``双河镇党委书记`` on the 长宁 site →
  长宁县双河镇党委 书记. Departments keep their wording (开鲁县住房和城乡建设局).
- ``县委常委、副县长`` → 阳城县委 常委 + 阳城县政府 副县长; ``区委副书记、区长`` → X区委 副书记 + X区政府 区长.
- 人物简介 (bp09): each dated post a holding with its own date (as part u); the 市委书记 also in the subtitle gets one line,
  dated by the career line. The birthplace (广东高要人) gives places.
- Projects: works named as under way or to be pushed; a phase named on its own (…一期, …二期, …三期) is a project of its
  own (西辽河科尔沁城区段生态修复工程一期 and 二期 are two lines; 析城山文旅康养综合体项目 and its 二期 too). A river's or lake's
  restoration or 碧道 is a greening_project, a 产业园 / 加工园区 industrial_park, 老旧小区改造 and 职工公寓 housing_project,
  pipes and station works infrastructure_project. Plans (``乡村民宿集群发展规划``), policies (``十条措施``) and festivals are not.
- Places: one line per name per file, named as the evidence writes it (bare ``经开区`` is ``经开区``); places inside titles,
  project names and listeners' addresses (``听众（东风镇 王先生）``) count; netizens' handles (``蟒河人家``, ``泽州小王``),
  site lines, mastheads, 来源 lines and footers are not annotated. Slogans give the short name (``康养阳城`` → 阳城, ``科尔沁
  贡献`` → 科尔沁).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bp01_yangcheng.txt": (2021, "2021年11月23日　星期二", "阳城县", [
        ("抢抓转型机遇 建设康养阳城", "2021年11月23日", "2021-11-23", "编者按：为深入贯彻市委七届",
         "city paper 县长访谈: 编者按, 记者： / 郝建庭： labels; the 县长's projects (煤层气, 析城山 康养, 老旧小区)")]),
    "bp02_yangcheng.txt": (2023, "发布时间：2023-06-15 17:20", "阳城县", [
        ("【在线访谈】奋力打造全国康养旅游目的地", "2023年6月15日", "2023-06-15", "访谈时间：2023年6月15日",
         "county site 在线访谈: 访谈嘉宾 block (县委书记, 县委常委、副县长), named 主持人, titled speaker labels, a netizen's question")]),
    "bp03_jincheng.txt": (2025, "发布时间：2025-04-17 16:05", "晋城市", [
        ("聚力项目建设 推动开发区高质量发展", "2025年4月17日", "2025-04-17", "【访谈主题】",
         "city site 访谈实录: 副市长, 市发展改革委主任 and 经开区管委会副主任 as guests, bracket labels; the year's project plan")]),
    "bp04_keerqin.txt": (2022, "2022年1月12日　星期三", "科尔沁区", [
        ("做强中心城区 当好全市发展“主引擎”", "2022年1月12日", "2022-01-12", "本报记者 岳铭宇",
         "city paper 书记访谈: the 科尔沁区委书记 on 西辽河 restoration and the 玉米 processing park")]),
    "bp05_tongliao.txt": (2024, "发布时间：2024-09-19 11:40", "通辽市", [
        ("在线访谈｜打造千亿级产业集群 经开区这样发力", "2024-09-19", "2024-09-19", "访谈嘉宾：",
         "city site 在线访谈: bare 经开区党工委书记、管委会主任 and a 市工信局副局长 as guests; park projects")]),
    "bp06_kailu.txt": (2023, "发布时间：2023-05-25 16:48", "开鲁县", [
        ("《政风行风热线》住建局局长上线 现场解答群众关切", "5月24日上午", "2023-05-24", "5月24日上午，县住房",
         "county site: a 政风行风热线 broadcast, 住建局 局长 / 副局长 answer listeners, a 纪委监委 office head supervises")]),
    "bp07_nanxi.txt": (2022, "2022年3月8日　星期二", "南溪区", [
        ("以产兴城 奋力建设长江上游生态滨江城区", "2022年3月8日", "2022-03-08", "宜宾日报记者 程立伟",
         "city paper 区县长访谈 in 问： / 答： form: the 南溪 区长 on the battery park, the old street and 仙源湖")]),
    "bp08_changning.txt": (2024, "发布时间：2024-07-10 10:15", "长宁县", [
        ("【镇（乡）党委书记访谈】双河镇：擦亮古镇名片 做强竹笋产业", "2024-07-10", "2024-07-10", "编者按：为展示各镇",
         "county site 镇党委书记访谈: 双河镇 书记 (the other 杨春明) recalls the 县委书记's 调研 (罗晓川, formerly 南溪 区长)")]),
    "bp09_sihui.txt": (2023, "2023年2月14日　星期二", "四会市", [
        ("四会：锚定制造业当家 加速融入湾区", "2023年2月14日", "2023-02-14", "西江日报记者 冼伟明",
         "city paper 一把手访谈: 人物简介 with dated career, 西江日报： question label; 汽车零部件 park, 绥江 碧道")]),
}

_C09 = "陈志坚，男，1974年8月生，广东高要人。2019年3月任四会市委副书记、市长"
_C09b = _C09 + "，2021年9月任四会市委书记"
_G02 = "访谈嘉宾：县委书记 郝建庭；县委常委、副县长 卫鹏飞"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "bp:郝建庭": ("郝建庭", "official", "阳城县", [
        ("bp01", "阳城县委", "副书记", "——专访阳城县委副书记、县长郝建庭", "2021; subtitle (also in the 编者按: one line)"),
        ("bp01", "阳城县政府", "县长", "——专访阳城县委副书记、县长郝建庭", "2021"),
        ("bp02", "阳城县委", "书记", _G02, "2023; 访谈嘉宾 block on the 阳城 site (bare 县委); the titled label repeats it (no second line)"),
        ("bp03", "晋城市政府", "副市长", "【访谈嘉宾】副市长郝建庭", "2025; now a city 副市长 on the 晋城 site")], []),
    "bp:卫鹏飞": ("卫鹏飞", "official", "阳城县", [
        ("bp02", "阳城县委", "常委", _G02, None),
        ("bp02", "阳城县政府", "副县长", _G02, None)], []),
    "bp:段立群": ("段立群", "official", "晋城市", [
        ("bp03", "晋城市发展改革委", "主任", "市发展改革委主任段立群", "bare 市 on the 晋城 site")], []),
    "bp:秦玉峰": ("秦玉峰", "official", "晋城经开区", [
        ("bp03", "晋城经开区管委会", "副主任", "经开区管委会副主任秦玉峰", "bare 经开区 on the 晋城 site = 晋城经开区 (not 通辽's, bp05)")], []),
    "bp:包国锋": ("包国锋", "official", "科尔沁区", [
        ("bp04", "科尔沁区委", "书记", "——访科尔沁区委书记包国锋", "subtitle; repeated in the lead (one line)")], []),
    "bp:胡振国": ("胡振国", "official", "通辽经开区", [
        ("bp05", "通辽经开区党工委", "书记", "经开区党工委书记、管委会主任 胡振国", "嘉宾 block; bare 经开区 on the 通辽 site = 通辽经开区"),
        ("bp05", "通辽经开区管委会", "主任", "经开区党工委书记、管委会主任 胡振国", None)], []),
    "bp:佟雅丽": ("佟雅丽", "official", "通辽市", [
        ("bp05", "通辽市工业和信息化局", "副局长", "市工业和信息化局副局长 佟雅丽", "嘉宾 block; bare 市 on the 通辽 site")], []),
    "bp:杨春明#1": ("杨春明", "official", "开鲁县", [
        ("bp06", "开鲁县住房和城乡建设局", "局长", "县住房和城乡建设局局长杨春明", "开鲁 (内蒙古); not the 杨春明 of 长宁县 (bp08)")], []),
    "bp:申文静": ("申文静", "official", "开鲁县", [
        ("bp06", "开鲁县住房和城乡建设局", "副局长", "副局长申文静", "the title follows 局长杨春明 of the same 局")], []),
    "bp:房志远": ("房志远", "official", "开鲁县", [
        ("bp06", "开鲁县纪委监委党风政风监督室", "主任", "县纪委监委党风政风监督室主任房志远", "an office of the 县纪委监委, as written after its place")], []),
    "bp:罗晓川": ("罗晓川", "official", "南溪区", [
        ("bp07", "南溪区委", "副书记", "——访南溪区委副书记、区长罗晓川", "2022; subtitle"),
        ("bp07", "南溪区政府", "区长", "——访南溪区委副书记、区长罗晓川", "2022"),
        ("bp08", "长宁县委", "书记", "县委书记罗晓川到双河镇调研", "2024; bare 县委 on the 长宁 site: now 长宁县委书记")], []),
    "bp:杨春明#2": ("杨春明", "official", "长宁县", [
        ("bp08", "长宁县双河镇党委", "书记", "对话双河镇党委书记杨春明", "长宁 (四川); not the 杨春明 of 开鲁县 (bp06)")], []),
    "bp:陈志坚": ("陈志坚", "official", "四会市", [
        ("bp09", "四会市委", "副书记", _C09, "人物简介 career line", "2019年3月"),
        ("bp09", "四会市政府", "市长", _C09, "人物简介 career line", "2019年3月"),
        ("bp09", "四会市委", "书记", _C09b, "career line; also the subtitle (one line, dated by the career line)", "2021年9月")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bp01", "牛雨萱", "记者", "reporter", "本报记者 牛雨萱"),
    ("bp01", "秦书瑶", "本版编辑", "editor", "本版编辑：秦书瑶"),
    ("bp02", "闫静", "主持人", "host", "主持人：闫静"),
    ("bp02", "常晓峰", "责任编辑", "editor", "责任编辑：常晓峰"),
    ("bp03", "苗润生", "责任编辑", "editor", "（责任编辑：苗润生）"),
    ("bp04", "岳铭宇", "记者", "reporter", "本报记者 岳铭宇"),
    ("bp04", "宫晓燕", "编辑", "editor", "编辑：宫晓燕"),
    ("bp04", "吕欣然", "校对", "editor", "校对：吕欣然"),
    ("bp05", "庞宏伟", "责任编辑", "editor", "（责任编辑：庞宏伟）"),
    ("bp06", "伍德明", "县融媒体中心", "reporter", "（县融媒体中心 伍德明）"),
    ("bp06", "汤俊辉", "责任编辑", "editor", "责任编辑：汤俊辉"),
    ("bp07", "程立伟", "记者", "reporter", "宜宾日报记者 程立伟"),
    ("bp07", "苟文斌", "责任编辑", "editor", "责任编辑：苟文斌"),
    ("bp08", "骆佳宁", "记者", "reporter", "（记者 骆佳宁）"),
    ("bp08", "钟雯婷", "责任编辑", "editor", "责任编辑：钟雯婷"),
    ("bp09", "冼伟明", "记者", "reporter", "西江日报记者 冼伟明"),
    ("bp09", "区嘉琪", "实习生", "reporter", "实习生 区嘉琪"),
    ("bp09", "麦卓恒", "本版编辑", "editor", "本版编辑：麦卓恒"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bp08", "县委书记到双河镇调研", "inspection (调研)", "今年3月", None, "罗晓川", [],
     [], ["罗晓川"], "双河镇",
     "今年3月，县委书记罗晓川到双河镇调研时要求",
     ["县委书记罗晓川到双河镇调研时要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bp01", "北留镇煤层气综合利用项目", "project", "全力推进北留镇煤层气综合利用项目"),
    ("bp01", "析城山文旅康养综合体项目", "project", "同时启动析城山文旅康养综合体项目"),
    ("bp01", "凤城镇老旧小区改造二期", "housing_project", "继续实施凤城镇老旧小区改造二期"),
    ("bp02", "析城山文旅康养综合体项目", "project", "析城山文旅康养综合体项目一期已经开门迎客"),
    ("bp02", "析城山文旅康养综合体项目二期", "project", "加快析城山文旅康养综合体项目二期建设"),
    ("bp02", "润城镇古堡群保护利用项目", "project", "推进润城镇古堡群保护利用项目"),
    ("bp03", "晋城经开区光机电产业园三期", "industrial_park", "晋城经开区光机电产业园三期等一批项目已进场施工"),
    ("bp03", "太焦高铁晋城站综合交通枢纽配套工程", "infrastructure_project", "确保太焦高铁晋城站综合交通枢纽配套工程年内完工"),
    ("bp03", "经开区标准化厂房二期", "project", "加快建设经开区标准化厂房二期"),
    ("bp04", "西辽河科尔沁城区段生态修复工程一期", "greening_project", "完成了西辽河科尔沁城区段生态修复工程一期"),
    ("bp04", "科尔沁区玉米精深加工产业园二期", "industrial_park", "加快科尔沁区玉米精深加工产业园二期建设"),
    ("bp04", "西辽河科尔沁城区段生态修复工程二期", "greening_project", "启动西辽河科尔沁城区段生态修复工程二期"),
    ("bp05", "通辽经开区玉米生物科技产业园三期", "industrial_park", "通辽经开区玉米生物科技产业园三期已完成主体工程"),
    ("bp05", "经开区绿电直供示范项目", "project", "协调推进经开区绿电直供示范项目"),
    ("bp05", "经开区职工公寓和邻里中心项目", "housing_project", "建设经开区职工公寓和邻里中心项目"),
    ("bp06", "开鲁镇老旧小区改造三期", "housing_project", "实施开鲁镇老旧小区改造三期"),
    ("bp06", "县城供热管网改造工程", "infrastructure_project", "推进县城供热管网改造工程"),
    ("bp07", "南溪区新能源电池配套产业园一期", "industrial_park", "全力推进南溪区新能源电池配套产业园一期建设"),
    ("bp07", "南溪古街保护提升项目", "project", "实施南溪古街保护提升项目"),
    ("bp07", "仙源湖湿地公园二期", "greening_project", "加快仙源湖湿地公园二期建设"),
    ("bp08", "双河古镇保护修缮项目", "project", "双河古镇保护修缮项目已完成葡萄井片区改造"),
    ("bp08", "双河镇竹笋精深加工园区", "industrial_park", "正在建设双河镇竹笋精深加工园区"),
    ("bp09", "四会市新能源汽车零部件产业园二期", "industrial_park", "加快四会市新能源汽车零部件产业园二期建设"),
    ("bp09", "绥江四会城区段碧道工程", "greening_project", "推进绥江四会城区段碧道工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bp01", "阳城县", "county", "standalone", "今年以来，阳城县经济运行呈现哪些特点"),
    ("bp01", "北留镇", "town", "standalone", "特别是北留镇、润城镇的煤层气产业加快成链"),
    ("bp01", "润城镇", "town", "standalone", "特别是北留镇、润城镇的煤层气产业加快成链"),
    ("bp01", "析城山", "mountain", "standalone", "把皇城相府、析城山等文旅资源串珠成链"),
    ("bp01", "皇城相府", "scenic_area", "standalone", "把皇城相府、析城山等文旅资源串珠成链"),
    ("bp01", "阳城", "county", "standalone (slogan)", "打造“康养阳城”品牌"),
    ("bp01", "凤城镇", "town", "in_project_name", "继续实施凤城镇老旧小区改造二期"),
    ("bp02", "阳城", "county", "standalone", "近年来，阳城坚持“康养+文旅”融合发展"),
    ("bp02", "析城山", "mountain", "in_project_name", "析城山文旅康养综合体项目一期已经开门迎客"),
    ("bp02", "皇城相府", "scenic_area", "standalone", "皇城相府游客量较上年同期增长三成以上"),
    ("bp02", "蟒河镇", "town", "standalone", "我们将编制蟒河镇乡村民宿集群发展规划"),
    ("bp02", "润城镇", "town", "in_project_name", "推进润城镇古堡群保护利用项目"),
    ("bp03", "晋城经开区", "development_zone", "in_project_name", "晋城经开区光机电产业园三期等一批项目已进场施工"),
    ("bp03", "经开区", "development_zone", "standalone", "经开区聚焦光机电、新材料两大主导产业"),
    ("bp03", "太焦高铁晋城站", "transport_hub", "in_project_name", "确保太焦高铁晋城站综合交通枢纽配套工程年内完工"),
    ("bp04", "科尔沁区", "district", "standalone", "围绕科尔沁区如何在全市发展大局中扛起首府担当"),
    ("bp04", "西辽河", "river", "in_project_name", "完成了西辽河科尔沁城区段生态修复工程一期"),
    ("bp04", "大林镇", "town", "standalone", "推动大林镇、钱家店镇种植基地与加工企业订单对接"),
    ("bp04", "钱家店镇", "town", "standalone", "推动大林镇、钱家店镇种植基地与加工企业订单对接"),
    ("bp04", "科尔沁", "district", "standalone (slogan)", "作出科尔沁贡献"),
    ("bp05", "经开区", "development_zone", "standalone", "今年以来，经开区项目建设跑出“加速度”"),
    ("bp05", "通辽经开区", "development_zone", "in_project_name", "通辽经开区玉米生物科技产业园三期已完成主体工程"),
    ("bp06", "开鲁县", "county", "in_org_reference", "做客开鲁县融媒体中心《政风行风热线》直播间"),
    ("bp06", "开鲁镇", "town", "in_project_name", "实施开鲁镇老旧小区改造三期"),
    ("bp06", "东风镇", "town", "standalone", "听众（东风镇 王先生）"),
    ("bp07", "南溪区", "district", "standalone", "记者就南溪区今年发展思路采访了"),
    ("bp07", "南溪", "district", "standalone", "南溪地处长江之滨"),
    ("bp07", "长江", "river", "standalone", "南溪地处长江之滨"),
    ("bp07", "宜宾", "city", "standalone", "围绕宜宾动力电池产业链招引配套企业"),
    ("bp07", "南溪古街", "heritage_site", "in_project_name", "实施南溪古街保护提升项目"),
    ("bp07", "仙源湖湿地公园", "park", "in_project_name", "加快仙源湖湿地公园二期建设"),
    ("bp08", "双河镇", "town", "standalone", "今年3月，县委书记罗晓川到双河镇调研时要求"),
    ("bp08", "双河古镇", "heritage_site", "standalone", "双河古镇接待游客42万人次"),
    ("bp08", "葡萄井", "area", "standalone", "已完成葡萄井片区改造"),
    ("bp08", "蜀南竹海", "scenic_area", "standalone", "依托蜀南竹海的客流"),
    ("bp08", "双河", "town", "standalone", "努力把双河建设成为全县乡村振兴示范镇"),
    ("bp09", "广东", "province", "standalone", "广东高要人"),
    ("bp09", "高要", "district", "standalone", "广东高要人"),
    ("bp09", "四会市", "county_level_city", "in_title", "2019年3月任四会市委副书记、市长"),
    ("bp09", "四会", "county_level_city", "standalone", "四会将坚持制造业当家"),
    ("bp09", "粤港澳大湾区", "region", "standalone", "全力打造粤港澳大湾区先进制造业配套基地"),
    ("bp09", "广佛", "region", "standalone", "积极承接广佛产业转移"),
    ("bp09", "肇庆高新区", "development_zone", "standalone", "同时与肇庆高新区共建产业链"),
    ("bp09", "绥江", "river", "in_project_name", "推进绥江四会城区段碧道工程"),
    ("bp09", "贞山片区", "area", "standalone", "加快贞山片区城市更新"),
    ("bp09", "肇庆", "city", "standalone", "奋力在肇庆高质量发展中走在前列"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bp", conventions="set bp (blind set: interviews and Q&A with officials in 山西 晋城 (阳城县 twice, the 市政府 site), 内蒙古 通辽 (科尔沁区, the 市政府 site with its 经开区, 开鲁县), 四川 宜宾 (南溪区, 长宁县), 广东 肇庆 (四会市): paper 访谈 with 记者： / 问： / paper-name question labels, 在线访谈 transcripts with 访谈嘉宾 blocks and titled or bracketed speaker labels, a 政风行风热线 broadcast; an interviewee's post from its first statement (subtitle, 嘉宾 block, titled label), one line per post per article; bare labels and forms of address give nothing; interviews and broadcasts are not events, a dated 调研 recalled in an answer is; a named 主持人 is a host credit; 人物简介 career posts dated)",
          persons_note="Set bp persons. id = corpus-wide person_id (bp:杨春明#1 of 开鲁县 (内蒙古) and bp:杨春明#2 of 长宁县双河镇 (四川) are two people; bp:郝建庭 moves 阳城县委副书记、县长 2021 → 阳城县委书记 2023 → 晋城市副市长 2025; bp:罗晓川 moves 南溪区委副书记、区长 2022 → 长宁县委书记 2024; bp:陈志坚 四会市长 2019 → 市委书记 2021)")


if __name__ == "__main__":
    main()
