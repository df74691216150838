"""Write gold part ``ej`` (a blind set: 党建 pages — 主题教育 / 党史学习教育 / 党纪学习教育 巡回指导组 and 指导组, 专题党课,
理论学习中心组, 部务会 and 部机关 on an 组织部's own site, 机关党委 / 机关党支部 of county departments, a 组织部长's 党建 调研)
from the tables below.

Pages ``tests/dev/texts/ej*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 人民网湖北 page of the 中央第十巡回指导组 座谈会 (``中央第十巡回指导组
组长…主持会议并讲话，湖北省委副书记、省委主题教育领导小组副组长…出席``); the 乳源 一六镇 主题教育 动员部署会 (``镇党委副书记、
镇长…主持…，县委“不忘初心、牢记使命”主题教育第二指导组组长…到会指导``, the 组长 later ``为一六镇…提出了具体的指导意见``);
the 寿县 page of a ``省委党史学习教育第七巡回指导组副组长…带队`` 汇报会 (``市委常委、县委书记…主持会议并汇报工作``); the 马鞍山
page of a 省委巡回指导组 ``组长…、副组长…一行来马`` with the group later written bare (``指导组一行``, ``指导组指出``); the 晋城
城区 page (``市政府办公室二级巡视员、市委党史学习教育巡回指导组第二组组长…，市纪委常委、市委第二巡回指导组副组长…，…联络员``);
the 垫江 page of a 县委组织部 ``部务会理论学习中心组（扩大）学习会`` (``县委常委、组织部部长…指出``, ``全体组工干部``); the 常州
新北 page of an 区委组织部 ``部机关全体工作人员`` 支部集中学习 chaired by a 副部长 who is also 区级机关工委书记; the 蒙城 page of
a ``县委常委、县委组织部部长`` 调研 of 基层党组织标准化建设 in towns; the 天门-style page ``市委常委、组织部长吴…深入…对基层党建
工作进行调查研究`` (then ``吴部长``); the 常州 城管局 page of a 局党组会 听取 机关党委 汇报 (``局党组书记、局长``); the 湖北大学
and 合肥学院 机关党委 pages (``机关党委书记…主持``, 党支部书记 述职评议); the 南安 page of a 市直机关党委书记 述职评议会
(``市委常委、组织部长、市直党工委书记…参加``, ``市直党工委常务副书记…逐一点评``); a 繁峙 county page with its chrome (``当前位置：
首页 > 政务要闻 > 繁峙要闻 > 正文``, ``时间：… 大 中 小 来源：… 作者：…``, ``关闭本页``). Places are real and new to the corpus:
陕西 商洛 (商南县 twice, 山阳县 twice, 丹凤县, the 商洛日报, the 商洛市委组织部 site) and 江西 吉安 (吉水县 twice, 永新县 twice, 峡江县,
the 吉安日报).

Shapes: a county 组织部's own site (``商南组工网``) of a 部务会 专题学习 chaired by the 县委常委、组织部部长 with bare ``常务副部长``,
``副部长``, ``部务委员、组织员办公室主任`` and a 部机关党支部 主题党日 led by its ``支部书记、副部长`` (ej01); a county site's
主题教育工作会议 with the 市委主题教育第三巡回指导组组长 (also 市委组织部副部长) 到会指导, the group written bare later
(``巡回指导组副组长``, ``指导组全体成员``), the 县委书记 as 县委主题教育领导小组组长, the former 常务副部长 now 组织部部长 (ej02); a city
paper's 第02版 with two articles: the same 巡回指导组's 督导 in another county (组长, ``副组长`` bare in the same phrase; 书记 / 县长
陪同; a 镇党委书记 汇报; 座谈会) and a 丹凤 组织部长's 专题党课 for 县直机关党支部书记 chaired by the 县直机关工委书记 (ej03); a county
site's 县委理论学习中心组 党纪学习教育 专题学习 (the former 县长 now 书记; 代县长; 人大 / 政协; 宣传部长 领学; 纪委书记 辅导; a
市委党纪学习教育第二指导组 组长; the same 镇党委书记 交流发言) (ej04); a second county 组织部 site (``吉水组工``) of the 组织部部长's
调研 in two towns and the 部务会 he chairs back at the 部机关 (ej05); a county site's 乡镇动态 of a 镇党委书记's 党史 专题党课 (the
future 组织部部长) with a 县委党史学习教育第二巡回指导组组长、县人大常委会副主任 and a 镇党委委员、组织委员 (ej06); the 吉安日报
第03版 of the 吉安 市委主题教育第三巡回指导组 (组长、市政协副主席; 副组长、市委组织部部务委员) 督导 in 永新 (ej07); a county site's
部门动态 of a 县教育体育局 局长's 专题党课, chaired by the ``局党组成员、副局长、机关党委书记`` (the second 罗春明), with a 县委主题
教育第一巡回指导组组长 and a 局机关第一党支部书记 (ej08); a county site's 县直机关党组织书记 述职评议会 (the former 吉水 组织部长
now 峡江县委副书记; ``县委常委、组织部部长、县直机关工委书记``; 机关党支部 / 机关党委 书记 述职; 工委常务副书记 点评) (ej09); the
商洛市委组织部 site's 部务会 (bare 部 organs of a city 组织部; the former 巡回指导组组长 as 副部长 通报; 部机关党委 全体委员会议
chaired by its 书记、常务副部长) (ej10).

Identity cases:
- ej:贺景轩 moves: 商南县委常委、组织部部长 (ej01, June 2021) → 商洛市委组织部副部长 and 组长 of the 商洛 市委主题教育第三
  巡回指导组 (ej02 Sept 2023, ej03 Nov 2023) → 商洛市委组织部 副部长 (ej10, Feb 2024).
- ej:柴永康: 商南县委组织部 常务副部长 (ej01, 2021) → 商南县委常委、组织部部长 (ej02, 2023).
- ej:郗晓东: 山阳县委副书记、县长 (ej03, Nov 2023) → 山阳县委书记 (ej04, May 2024).
- ej:龚立平: 吉水县醪桥镇党委书记 (ej06, Apr 2021) → 吉水县委常委、组织部部长 (ej05, Oct 2023) → 峡江县委副书记 (ej09, June 2024).
- two different 罗春明: ej:罗春明#1 is 山阳县漫川关镇党委书记 (陕西 商洛, ej03, ej04); ej:罗春明#2 is 永新县教育体育局党组成员、
  副局长、机关党委书记 (江西 吉安, ej08).
- one organ name of different places: ``市委主题教育第三巡回指导组`` is 商洛's on the 商南 site and in the 商洛日报 (ej02, ej03) and
  吉安's in the 吉安日报 (ej07); the bare 部 organs (``部务会``, ``部机关``, ``常务副部长``, ``部务委员``) are 商南县委组织部's (ej01),
  吉水县委组织部's (ej05) and 商洛市委组织部's (ej10); ``县直机关工委`` is 丹凤's (ej03) and 峡江's (ej09); ``组织员办公室`` is 商南's
  (ej01) and 吉水's (ej05).
- the same officials in two pages: ej:甄雅琴 (副组长 of the 商洛 group, ej02 and ej03), ej:左新民 (永新县教育体育局 党组书记、局长,
  ej07 and ej08), ej:罗春明#1 (ej03, ej04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ae, du, cn, am, z, ci where they speak; decided here where they are silent):
- A 巡回指导组's / 指导组's 组长 and 副组长 are posts of the group (CONVENTIONS, as ae and du). DECIDED HERE: the group's org is
  the sending committee's label + the group's name as written after ``市委`` / ``县委`` (``市委主题教育第三巡回指导组`` on a 商南
  page → ``商洛市委主题教育第三巡回指导组``; ``县委党史学习教育第二巡回指导组`` on the 吉水 site → ``吉水县委党史学习教育第二巡回
  指导组``; ``市委党纪学习教育第二指导组`` on the 山阳 site → ``商洛市委党纪学习教育第二指导组``): bare 市委 = the parent city of the
  county page, bare 县委 = the county. A group written bare after its full name in the article (``巡回指导组副组长``, ``副组长``
  after ``…第三巡回指导组组长贺景轩、``) is that group (as ae). The person's own post beside the role is a holding too
  (``市委组织部副部长``, ``市政协副主席``, ``县人大常委会副主任``, ``市委组织部部务委员``). ``指导组全体成员`` (unnamed) gives nothing.
- ``县委主题教育领导小组组长`` is a post of the 领导小组 (as part cn's 征兵工作领导小组): 商南县委主题教育领导小组 组长.
- DECIDED HERE (bare 部 organs): on an 组织部's own site (商南组工网, 吉水组工, 商洛党建网) ``部务会``, ``部机关`` and the bare titles
  ``常务副部长``, ``副部长``, ``部务委员`` are that 组织部's: → 商南县委组织部 / 吉水县委组织部 / 商洛市委组织部 + the title as written.
  ``部务委员`` is a title of the 组织部 (as written). Being a ``部务会成员`` is no post.
- DECIDED HERE: ``组织员办公室主任`` (an office inside the 组织部) → X县委组织部组织员办公室 主任 (office name after the department, as
  ae's 纪委监委第五监督检查室).
- DECIDED HERE (机关 party organs): a department's 机关党委 / 机关党支部 is the department's label + the organ as written:
  ``部机关党支部`` … ``支部书记、副部长晏淑芬`` → 商南县委组织部机关党支部 书记 (``支部`` right after the 部机关党支部 is named);
  ``部机关党委书记`` on the 商洛 site → 商洛市委组织部机关党委 书记; ``机关党委书记`` after ``局党组成员、副局长、`` → 永新县教育体育局
  机关党委 书记; ``局机关第一党支部书记`` → 永新县教育体育局机关第一党支部 书记; ``县发展改革委机关党支部书记`` → 峡江县发展改革委
  机关党支部 书记; ``县自然资源局机关党委书记`` → 峡江县自然资源局机关党委 书记.
- DECIDED HERE: ``县直机关工委`` (the county's 直属机关工作委员会) → X县直机关工委 (书记, 常务副书记); ``县委常委、组织部部长、县直机关
  工委书记`` gives three lines (X县委 常委, X县委组织部 部长, X县直机关工委 书记).
- ``局党组成员`` → X县教育体育局党组 成员 (as z's 党组 成员); 党组 with 书记 / 成员, the 局 with 局长 / 副局长. ``镇党委委员、组织委员``
  → X县X镇党委 委员 + 组织委员 (as ci). ``代县长`` → X县政府 代县长 (as du). ``县委常委、县纪委书记、县监委主任`` → X县委 常委,
  X县纪委 书记, X县监委 主任 (as u / ae). ``宣传部部长`` after 县委常委 → X县委宣传部 部长.
- Not posts: 理论学习中心组成员 (CONVENTIONS), 指导组全体成员, 县级领导, 部务会成员, 党员代表, 村（社区）党组织书记 unnamed.
- One line per post per article (a title in the headline repeated in the lead gives one line, from the lead).
- Events: a 部务会 (专题学习 or not), a 专题党课 (as part am, the lecturer a speaker), a 主题教育工作会议, a 述职评议会 and a 机关党委
  全体委员会议 are ``meeting``; the 理论学习中心组 集体学习 is ``study session (理论学习中心组集体学习)`` (as part df); a 主题党日 is
  ``activity (主题党日)`` (leader who 带领); a 巡回指导组's 督导 and a 组织部长's 调研 are ``inspection`` (leader: the 组长 / the 部长;
  陪同 / 副组长 in the visiting party are attendees; 汇报 / 介绍 / 指出 / 强调 / 反馈 / 表示 speakers); DECIDED HERE (as ae): the 座谈会
  held inside a 督导 is part of it. 主持 = chair; 到会指导 / 出席 / 参加 = attendees; who 到会指导 and then 指出 / 要求 is attendee and
  speaker. An event written ``会后`` / ``当天下午`` carries the day's date as written in the lead.
- Projects: a named 改造提升 / 扩建 项目 is ``project``; generic 村级光伏发电项目, 井冈蜜柚基地, 沿江产业带, 人居环境整治 are none.
- Places: one line per name per file, as written (the short names 商南, 永新, 吉水, 醪桥 are rows); places in titles count; site
  lines, mastheads, 来源 lines, footers (addresses), 上一篇 / 下一篇 / 上一条 / 下一条 links, 相关阅读 / 相关链接 / 本版其他文章 lists are not
  annotated; a memorial (三湾改编纪念馆) and a 景区 (金丝峡) are places; schools, 党群服务中心 and 县委党校 are not.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SL_G3 = "商洛市委主题教育第三巡回指导组"
JA_G3 = "吉安市委主题教育第三巡回指导组"
SN_ZZB = "商南县委组织部"
JS_ZZB = "吉水县委组织部"
SL_ZZB = "商洛市委组织部"
LQ = "吉水县醪桥镇"
YX_JT = "永新县教育体育局"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ej01_shangnan.txt": (2021, "发布时间：2021-06-28 17:32", "商南县", [
        ("县委组织部召开部务会专题学习党史并开展主题党日活动", "6月25日下午", "2021-06-25", "6月25日下午，部务会召开",
         "county 组织部 site: 部务会 党史 专题学习 (组织部部长 主持; bare 常务副部长 / 副部长 / 部务委员); 部机关党支部 主题党日")]),
    "ej02_shangnan.txt": (2023, "时间：2023-09-22 09:15", "商南县", [
        ("我县召开学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议", "9月21日上午", "2023-09-21", "9月21日上午，我县召开",
         "county site: 主题教育工作会议; 市委主题教育第三巡回指导组组长 (市委组织部副部长) 到会指导; group bare later; 县长 主持")]),
    "ej03_shangluo.txt": (2023, "2023年11月16日　星期四", "商洛市", [
        ("市委主题教育第三巡回指导组到山阳县督导", "11月15日", "2023-11-15", "本报讯（记者 曾庆丰）11月15日",
         "city paper 第02版: the 巡回指导组's 督导 in 山阳县 (组长, 副组长; 书记 / 县长 陪同; 镇党委书记 汇报; 座谈会)"),
        ("丹凤县委组织部长为县直机关党支部书记讲党课", "近日", "2023-11", "本报讯（通讯员 涂文杰 康晓阳）近日",
         "city paper 第02版: the 丹凤 组织部长's 专题党课 for 县直机关党支部书记; 县直机关工委书记 主持")]),
    "ej04_shanyang.txt": (2024, "发布时间：2024-05-17 10:08", "山阳县", [
        ("县委理论学习中心组举行党纪学习教育专题学习会", "5月16日", "2024-05-16", "5月16日，县委理论学习中心组",
         "county site: 县委理论学习中心组 党纪学习教育 集体学习 (书记 主持; 代县长; 领学; 辅导; 市委党纪学习教育第二指导组组长)")]),
    "ej05_jishui.txt": (2023, "时间：2023-10-19", "吉水县", [
        ("龚立平到阜田镇、八都镇调研基层党建工作", "10月18日", "2023-10-18", "10月18日，县委常委",
         "county 组织部 site: the 组织部部长's 党建 调研 in two towns; the 部务会 back at the 部机关")]),
    "ej06_jishui.txt": (2021, "发布日期：2021-04-23 16:40", "吉水县", [
        ("醪桥镇党委书记讲党史学习教育专题党课", "4月22日下午", "2021-04-22", "4月22日下午，醪桥镇召开",
         "county site 乡镇动态: 镇党委书记's 党史 专题党课; 镇长 主持; 县委党史学习教育第二巡回指导组组长 到会指导; 组织委员")]),
    "ej07_jian.txt": (2023, "2023年11月09日", "永新县", [
        ("市委主题教育第三巡回指导组到永新督导", "11月8日", "2023-11-08", "本报讯（记者 温建国 通讯员 柯雨萌）11月8日",
         "city paper 第03版: 吉安's 市委主题教育第三巡回指导组 督导 in 永新 (组长、市政协副主席; 副组长、市委组织部部务委员)")]),
    "ej08_yongxin.txt": (2023, "发布时间：2023-12-06 11:26", "永新县", [
        ("县教育体育局党组书记、局长左新民讲主题教育专题党课", "12月5日下午", "2023-12-05", "12月5日下午，县教育体育局",
         "county site 部门动态: a 局长's 专题党课; 机关党委书记 主持; 县委主题教育第一巡回指导组组长; 局机关第一党支部书记")]),
    "ej09_xiajiang.txt": (2024, "发布时间：2024-06-14 08:50", "峡江县", [
        ("我县召开县直机关党组织书记抓党建工作述职评议会", "6月13日", "2024-06-13", "6月13日，我县召开",
         "county site: 县直机关党组织书记 述职评议会 (县委副书记 讲话; 组织部部长、县直机关工委书记 主持; 机关党支部 / 机关党委 书记 述职)")]),
    "ej10_shangluo.txt": (2024, "发布时间：2024-03-01 15:20", "商洛市", [
        ("部务会传达学习全国组织部长会议精神", "2月29日", "2024-02-29", "2月29日，部务会召开",
         "city 组织部 site: 部务会 (组织部部长 主持; bare 常务副部长 / 副部长 / 部务委员); 部机关党委 全体委员会议")]),
}

_E01_HE = "县委常委、组织部部长贺景轩主持会议并讲话"
_E01_WU = "部务委员、组织员办公室主任武雪松"
_E02_HE = "市委主题教育第三巡回指导组组长、市委组织部副部长贺景轩到会指导"
_E02_LU = "县委书记、县委主题教育领导小组组长鲁振华出席会议"
_E02_QIAO = "县委副书记、县长乔立成主持会议"
_E02_CHAI = "县委常委、组织部部长柴永康对全县主题教育实施方案作了说明"
_E03_XI = "县委副书记、县长郗晓东陪同督导"
_E03_SHI = "丹凤县委常委、组织部部长石佳宁以"
_E04_GONG = "县委副书记、代县长巩文博"
_E04_FAN = "县委常委、宣传部部长樊雅丽领学了"
_E04_REN = "县委常委、县纪委书记、县监委主任任婉清"
_E05_GONG = "县委常委、组织部部长龚立平先后深入阜田镇"
_E05_XIAO = "部务委员、组织员办公室主任萧文涛陪同调研"
_E05_NIE = "镇党委副书记、镇长聂志坚介绍了"
_E06_WU = "镇党委副书记、镇长邬小青主持会议"
_E06_CHEN = "县委党史学习教育第二巡回指导组组长、县人大常委会副主任谌立华到会指导"
_E06_JIAN = "镇党委委员、组织委员简丽华"
_E07_DUAN = "市委主题教育第三巡回指导组组长、市政协副主席段祥瑞"
_E07_QUE = "副组长、市委组织部部务委员阙秀梅"
_E07_YIN = "县委副书记、县长尹晓波"
_E07_LONG = "县委常委、组织部部长龙慧娟陪同督导"
_E07_ZUO = "局党组书记、局长左新民介绍了"
_E08_ZUO = "局党组书记、局长左新民以"
_E08_LUO = "局党组成员、副局长、机关党委书记罗春明主持"
_E09_ZOU = "县委常委、组织部部长、县直机关工委书记邹建新主持会议"
_E10_CHENG = "市委常委、组织部部长程启远主持会议并讲话"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 商洛: 商南县, 山阳县, 丹凤县, the city's 组织部
    "ej:贺景轩": ("贺景轩", "official", "商洛市", [
        ("ej01", "商南县委", "常委", _E01_HE, "2021-06 (identity case: 市委组织部副部长 and 巡回指导组组长 in 2023)"),
        ("ej01", SN_ZZB, "部长", _E01_HE, "组织部 after 县委常委 on the 商南 组织部 site"),
        ("ej02", SL_G3, "组长", _E02_HE, "2023-09; DECIDED HERE: bare 市委 on the 商南 site = 商洛; a group's role is a post"),
        ("ej02", SL_ZZB, "副部长", _E02_HE, "2023-09: now 商洛市委组织部 副部长"),
        ("ej03", SL_G3, "组长", "市委主题教育第三巡回指导组组长贺景轩、副组长甄雅琴", "2023-11: the 商洛日报"),
        ("ej10", SL_ZZB, "副部长", "副部长贺景轩", "2024-02: bare 副部长 on the 商洛市委组织部 site")], []),
    "ej:柴永康": ("柴永康", "official", "商南县", [
        ("ej01", SN_ZZB, "常务副部长", "常务副部长柴永康", "2021-06; DECIDED HERE: bare 常务副部长 on the 组织部's own site (identity case: 部长 in 2023)"),
        ("ej02", "商南县委", "常委", _E02_CHAI, "2023-09: now 县委常委、组织部部长"),
        ("ej02", SN_ZZB, "部长", _E02_CHAI, None)], []),
    "ej:晏淑芬": ("晏淑芬", "official", "商南县", [
        ("ej01", SN_ZZB, "副部长", "副部长晏淑芬，部务委员", "bare 副部长 on the 组织部's own site"),
        ("ej01", SN_ZZB + "机关党支部", "书记", "支部书记、副部长晏淑芬带领部机关全体党员", "DECIDED HERE: 支部 right after 部机关党支部 = 商南县委组织部机关党支部")], []),
    "ej:武雪松": ("武雪松", "official", "商南县", [
        ("ej01", SN_ZZB, "部务委员", _E01_WU, "DECIDED HERE: 部务委员 a title of the 组织部"),
        ("ej01", SN_ZZB + "组织员办公室", "主任", _E01_WU, "DECIDED HERE: office after the department")], []),
    "ej:鲁振华": ("鲁振华", "official", "商南县", [
        ("ej02", "商南县委", "书记", _E02_LU, None),
        ("ej02", "商南县委主题教育领导小组", "组长", _E02_LU, "a 领导小组's 组长 is a post of the group (as part cn)")], []),
    "ej:乔立成": ("乔立成", "official", "商南县", [
        ("ej02", "商南县委", "副书记", _E02_QIAO, None),
        ("ej02", "商南县政府", "县长", _E02_QIAO, None)], []),
    "ej:甄雅琴": ("甄雅琴", "official", "商洛市", [
        ("ej02", SL_G3, "副组长", "巡回指导组副组长甄雅琴及指导组全体成员", "the group named in full before it in the article; 指导组全体成员 no post"),
        ("ej03", SL_G3, "副组长", "副组长甄雅琴一行到山阳县", "bare 副组长 after the group's 组长 in the same phrase")], []),
    "ej:房立峰": ("房立峰", "official", "山阳县", [
        ("ej03", "山阳县委", "书记", "山阳县委书记房立峰", None)], []),
    "ej:郗晓东": ("郗晓东", "official", "山阳县", [
        ("ej03", "山阳县委", "副书记", _E03_XI, "2023-11: bare 县委 after 山阳县委书记 (identity case: 县委书记 in 2024, ej04)"),
        ("ej03", "山阳县政府", "县长", _E03_XI, None),
        ("ej04", "山阳县委", "书记", "县委书记郗晓东主持并讲话", "2024-05: now 县委书记")], []),
    "ej:罗春明#1": ("罗春明", "official", "山阳县", [
        ("ej03", "山阳县漫川关镇党委", "书记", "在漫川关镇，镇党委书记罗春明汇报了", "山阳 (陕西 商洛); not the 罗春明 of 永新 (ej08)"),
        ("ej04", "山阳县漫川关镇党委", "书记", "漫川关镇党委书记罗春明作了交流发言", "2024-05: the same post")], []),
    "ej:石佳宁": ("石佳宁", "official", "丹凤县", [
        ("ej03", "丹凤县委", "常委", _E03_SHI, "headline writes 丹凤县委组织部长; one line per post"),
        ("ej03", "丹凤县委组织部", "部长", _E03_SHI, None)], []),
    "ej:卜海霞": ("卜海霞", "official", "丹凤县", [
        ("ej03", "丹凤县直机关工委", "书记", "县直机关工委书记卜海霞主持", "DECIDED HERE: 县直机关工委 → X县直机关工委")], []),
    "ej:冉思远": ("冉思远", "official", "商洛市", [
        ("ej04", "商洛市委党纪学习教育第二指导组", "组长", "市委党纪学习教育第二指导组组长冉思远到会指导", "bare 市委 on the 山阳 site = 商洛")], []),
    "ej:巩文博": ("巩文博", "official", "山阳县", [
        ("ej04", "山阳县委", "副书记", _E04_GONG, None),
        ("ej04", "山阳县政府", "代县长", _E04_GONG, "as part du")], []),
    "ej:韦明哲": ("韦明哲", "official", "山阳县", [
        ("ej04", "山阳县人大常委会", "主任", "县人大常委会主任韦明哲", "中心组成员 is no post")], []),
    "ej:苏鹏程": ("苏鹏程", "official", "山阳县", [
        ("ej04", "山阳县政协", "主席", "县政协主席苏鹏程", None)], []),
    "ej:樊雅丽": ("樊雅丽", "official", "山阳县", [
        ("ej04", "山阳县委", "常委", _E04_FAN, None),
        ("ej04", "山阳县委宣传部", "部长", _E04_FAN, None)], []),
    "ej:任婉清": ("任婉清", "official", "山阳县", [
        ("ej04", "山阳县委", "常委", _E04_REN, None),
        ("ej04", "山阳县纪委", "书记", _E04_REN, None),
        ("ej04", "山阳县监委", "主任", _E04_REN, None)], []),
    "ej:程启远": ("程启远", "official", "商洛市", [
        ("ej10", "商洛市委", "常委", _E10_CHENG, None),
        ("ej10", SL_ZZB, "部长", _E10_CHENG, None)], []),
    "ej:郑海鸥": ("郑海鸥", "official", "商洛市", [
        ("ej10", SL_ZZB, "常务副部长", "常务副部长郑海鸥，副部长", "bare 常务副部长 on the 商洛市委组织部 site"),
        ("ej10", SL_ZZB + "机关党委", "书记", "部机关党委书记、常务副部长郑海鸥主持", "DECIDED HERE: 部机关党委 = 商洛市委组织部机关党委")], []),
    "ej:景云帆": ("景云帆", "official", "商洛市", [
        ("ej10", SL_ZZB, "部务委员", "部务委员景云帆出席会议", None)], []),
    # ---- 吉安: 吉水县, 永新县, 峡江县
    "ej:龚立平": ("龚立平", "official", "吉安市", [
        ("ej06", LQ + "党委", "书记", "镇党委书记龚立平以", "2021-04 (identity case: 吉水县委组织部部长 2023, 峡江县委副书记 2024)"),
        ("ej05", "吉水县委", "常委", _E05_GONG, "2023-10: now 县委常委、组织部部长 (named in the headline too)"),
        ("ej05", JS_ZZB, "部长", _E05_GONG, None),
        ("ej09", "峡江县委", "副书记", "县委副书记龚立平出席会议并讲话", "2024-06: now 峡江县委副书记")], []),
    "ej:萧文涛": ("萧文涛", "official", "吉水县", [
        ("ej05", JS_ZZB, "部务委员", _E05_XIAO, "bare 部务委员 on the 吉水 组织部 site"),
        ("ej05", JS_ZZB + "组织员办公室", "主任", _E05_XIAO, None)], []),
    "ej:袁海燕": ("袁海燕", "official", "吉水县", [
        ("ej05", "吉水县阜田镇党委", "书记", "镇党委书记袁海燕汇报了", "镇 = 阜田镇 (在阜田镇，…)")], []),
    "ej:聂志坚": ("聂志坚", "official", "吉水县", [
        ("ej05", "吉水县八都镇党委", "副书记", _E05_NIE, "镇 = 八都镇 (在八都镇，…)"),
        ("ej05", "吉水县八都镇政府", "镇长", _E05_NIE, None)], []),
    "ej:祁振东": ("祁振东", "official", "吉水县", [
        ("ej05", JS_ZZB, "常务副部长", "常务副部长祁振东通报了", None)], []),
    "ej:邬小青": ("邬小青", "official", "吉水县", [
        ("ej06", LQ + "党委", "副书记", _E06_WU, None),
        ("ej06", LQ + "政府", "镇长", _E06_WU, None)], []),
    "ej:谌立华": ("谌立华", "official", "吉水县", [
        ("ej06", "吉水县委党史学习教育第二巡回指导组", "组长", _E06_CHEN, "bare 县委 on the 吉水 site; a group's role is a post"),
        ("ej06", "吉水县人大常委会", "副主任", _E06_CHEN, None)], []),
    "ej:简丽华": ("简丽华", "official", "吉水县", [
        ("ej06", LQ + "党委", "委员", _E06_JIAN, None),
        ("ej06", LQ + "党委", "组织委员", _E06_JIAN, "as part ci")], []),
    "ej:段祥瑞": ("段祥瑞", "official", "吉安市", [
        ("ej07", JA_G3, "组长", _E07_DUAN, "bare 市委 in the 吉安日报 = 吉安 (the 商洛 group of the same name is ej02 / ej03)"),
        ("ej07", "吉安市政协", "副主席", _E07_DUAN, None)], []),
    "ej:阙秀梅": ("阙秀梅", "official", "吉安市", [
        ("ej07", JA_G3, "副组长", _E07_QUE, "bare 副组长 after the group's 组长 in the same sentence"),
        ("ej07", "吉安市委组织部", "部务委员", _E07_QUE, None)], []),
    "ej:欧阳建勋": ("欧阳建勋", "official", "永新县", [
        ("ej07", "永新县委", "书记", "县委书记欧阳建勋", "a two-character surname")], []),
    "ej:尹晓波": ("尹晓波", "official", "永新县", [
        ("ej07", "永新县委", "副书记", _E07_YIN, None),
        ("ej07", "永新县政府", "县长", _E07_YIN, None)], []),
    "ej:龙慧娟": ("龙慧娟", "official", "永新县", [
        ("ej07", "永新县委", "常委", _E07_LONG, None),
        ("ej07", "永新县委组织部", "部长", _E07_LONG, None)], []),
    "ej:左新民": ("左新民", "official", "永新县", [
        ("ej07", YX_JT + "党组", "书记", _E07_ZUO, "在县教育体育局，局… = 永新县教育体育局"),
        ("ej07", YX_JT, "局长", _E07_ZUO, None),
        ("ej08", YX_JT + "党组", "书记", _E08_ZUO, "named in the headline too; one line per post"),
        ("ej08", YX_JT, "局长", _E08_ZUO, None)], []),
    "ej:罗春明#2": ("罗春明", "official", "永新县", [
        ("ej08", YX_JT + "党组", "成员", _E08_LUO, "永新 (江西 吉安); not the 罗春明 of 山阳 (ej03, ej04); 党组 成员 as part z"),
        ("ej08", YX_JT, "副局长", _E08_LUO, None),
        ("ej08", YX_JT + "机关党委", "书记", _E08_LUO, "DECIDED HERE: a department's 机关党委 = department + 机关党委")], []),
    "ej:钟立业": ("钟立业", "official", "永新县", [
        ("ej08", "永新县委主题教育第一巡回指导组", "组长", "县委主题教育第一巡回指导组组长钟立业到会指导", None)], []),
    "ej:肖莉萍": ("肖莉萍", "official", "永新县", [
        ("ej08", YX_JT + "机关第一党支部", "书记", "局机关第一党支部书记肖莉萍代表支部", None)], []),
    "ej:邹建新": ("邹建新", "official", "峡江县", [
        ("ej09", "峡江县委", "常委", _E09_ZOU, None),
        ("ej09", "峡江县委组织部", "部长", _E09_ZOU, None),
        ("ej09", "峡江县直机关工委", "书记", _E09_ZOU, None)], []),
    "ej:戴文斌": ("戴文斌", "official", "峡江县", [
        ("ej09", "峡江县发展改革委机关党支部", "书记", "县发展改革委机关党支部书记戴文斌", None)], []),
    "ej:杭小雨": ("杭小雨", "official", "峡江县", [
        ("ej09", "峡江县自然资源局机关党委", "书记", "县自然资源局机关党委书记杭小雨", None)], []),
    "ej:蒙晓曦": ("蒙晓曦", "official", "峡江县", [
        ("ej09", "峡江县直机关工委", "常务副书记", "县直机关工委常务副书记蒙晓曦逐一进行点评", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ej01", "郭瑞琳", "责任编辑", "editor", "责任编辑：郭瑞琳"),
    ("ej02", "孟雪晴", "责任编辑", "editor", "责任编辑：孟雪晴"),
    ("ej02", "杜思颖", "审核", "editor", "审核：杜思颖"),
    ("ej03", "曾庆丰", "记者", "reporter", "本报讯（记者 曾庆丰）"),
    ("ej03", "涂文杰", "通讯员", "correspondent", "本报讯（通讯员 涂文杰 康晓阳）"),
    ("ej03", "康晓阳", "通讯员", "correspondent", "本报讯（通讯员 涂文杰 康晓阳）"),
    ("ej03", "严晓彤", "责任编辑", "editor", "责任编辑：严晓彤"),
    ("ej04", "彭雨欣", "编辑", "editor", "编辑：彭雨欣"),
    ("ej04", "邓思琪", "审核", "editor", "审核：邓思琪"),
    ("ej05", "闵丽娜", "责任编辑", "editor", "责任编辑：闵丽娜"),
    ("ej06", "黎婉婷", "编辑", "editor", "编辑：黎婉婷"),
    ("ej07", "温建国", "记者", "reporter", "本报讯（记者 温建国 通讯员 柯雨萌）"),
    ("ej07", "柯雨萌", "通讯员", "correspondent", "本报讯（记者 温建国 通讯员 柯雨萌）"),
    ("ej07", "庞一鸣", "责任编辑", "editor", "责任编辑：庞一鸣"),
    ("ej08", "尚文娟", "责任编辑", "editor", "责任编辑：尚文娟"),
    ("ej09", "吴可欣", "编辑", "editor", "编辑：吴可欣"),
    ("ej09", "胡立群", "审核", "editor", "审核：胡立群"),
    ("ej10", "雷思涵", "编辑", "editor", "编辑：雷思涵"),
    ("ej10", "苗佳怡", "校对", "editor", "校对：苗佳怡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ej01", "部务会党史学习教育专题学习会", "meeting (部务会专题学习会)", "6月25日下午", "贺景轩", None, [SN_ZZB + "部务会"],
     ["柴永康", "晏淑芬", "武雪松"], ["柴永康", "晏淑芬", "武雪松", "贺景轩"], None,
     "6月25日下午，部务会召开党史学习教育专题学习会",
     ["组织部部长贺景轩主持会议并讲话", "常务副部长柴永康", "副部长晏淑芬，部务委员", _E01_WU + "及部机关全体干部参加",
      "柴永康领学了", "晏淑芬、武雪松结合分管工作作了交流发言", "贺景轩指出"]),
    ("ej01", "“重温入党誓词·践行初心使命”主题党日活动", "activity (主题党日)", "6月25日下午", None, "晏淑芬", [SN_ZZB + "机关党支部"],
     [], [], "金丝峡镇",
     "部机关党支部开展“重温入党誓词·践行初心使命”主题党日活动",
     ["支部书记、副部长晏淑芬带领部机关全体党员"]),
    ("ej02", "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议", "meeting (主题教育工作会议)", "9月21日上午", "乔立成", None, ["商南县"],
     ["鲁振华", "贺景轩", "甄雅琴"], ["鲁振华", "贺景轩", "柴永康", "乔立成"], None,
     "9月21日上午，我县召开学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议",
     ["县长乔立成主持会议", "鲁振华出席会议并作动员讲话", "贺景轩到会指导并讲话", "巡回指导组副组长甄雅琴及指导组全体成员",
      "鲁振华强调", "贺景轩指出", "柴永康对全县主题教育实施方案作了说明", "乔立成要求"]),
    ("ej03", "市委主题教育第三巡回指导组山阳县第二批主题教育督导", "inspection (督导)", "11月15日", None, "贺景轩", [SL_G3],
     ["甄雅琴", "房立峰", "郗晓东"], ["罗春明", "房立峰", "贺景轩", "甄雅琴", "郗晓东"], "山阳县",
     "11月15日，市委主题教育第三巡回指导组组长贺景轩、副组长甄雅琴一行到山阳县，督导第二批主题教育开展情况",
     ["组长贺景轩、副组长甄雅琴一行到山阳县", "山阳县委书记房立峰", _E03_XI, "镇党委书记罗春明汇报了", "房立峰汇报了全县主题教育开展情况",
      "贺景轩指出", "甄雅琴就督导中发现的", "郗晓东表示"]),
    ("ej03", "县直机关党支部书记主题教育专题党课", "meeting (专题党课)", "近日", "卜海霞", None, [],
     [], ["石佳宁"], None,
     "为县直机关党支部书记讲授主题教育专题党课",
     ["组织部部长石佳宁以“强化政治功能 建强机关支部”为题", "县直机关工委书记卜海霞主持", "石佳宁结合典型案例", "她要求"]),
    ("ej04", "县委理论学习中心组党纪学习教育专题学习会暨2024年第五次集体学习", "study session (理论学习中心组集体学习)", "5月16日", "郗晓东", None, ["山阳县委理论学习中心组"],
     ["冉思远", "巩文博", "韦明哲", "苏鹏程"], ["樊雅丽", "任婉清", "巩文博", "韦明哲", "罗春明", "冉思远", "郗晓东"], None,
     "5月16日，县委理论学习中心组举行党纪学习教育专题学习会暨2024年第五次集体学习",
     ["县委书记郗晓东主持并讲话", "组长冉思远到会指导", "县政协主席苏鹏程等县委理论学习中心组成员参加学习", _E04_GONG, "县人大常委会主任韦明哲",
      "樊雅丽领学了", "任婉清结合近年来查处的典型案例作了专题辅导", "巩文博、韦明哲和漫川关镇党委书记罗春明作了交流发言",
      "冉思远对山阳县党纪学习教育开局工作给予肯定", "郗晓东强调"]),
    ("ej05", "阜田镇、八都镇基层党建工作调研", "inspection (调研)", "10月18日", None, "龚立平", [],
     ["萧文涛"], ["袁海燕", "聂志坚", "龚立平"], "阜田镇、八都镇",
     "10月18日，县委常委、组织部部长龚立平先后深入阜田镇、八都镇，调研村级党组织标准化规范化建设和第二批主题教育开展情况",
     [_E05_GONG, _E05_XIAO, "镇党委书记袁海燕汇报了", _E05_NIE, "龚立平指出"]),
    ("ej05", "部务会（研究调研中发现的问题）", "meeting (部务会)", "10月18日", "龚立平", None, [],
     [], ["祁振东"], None,
     "龚立平回到部机关主持召开部务会，专题研究调研中发现的问题",
     ["龚立平回到部机关主持召开部务会", "常务副部长祁振东通报了"]),
    ("ej06", "醪桥镇党史学习教育专题党课报告会", "meeting (专题党课)", "4月22日下午", "邬小青", None, [LQ],
     ["谌立华"], ["龚立平", "谌立华", "简丽华", "邬小青"], None,
     "4月22日下午，醪桥镇召开党史学习教育专题党课报告会",
     ["镇党委书记龚立平以", _E06_WU, _E06_CHEN, "谌立华对醪桥镇党史学习教育开局工作给予肯定", _E06_JIAN + "就下一阶段", "邬小青要求"]),
    ("ej07", "市委主题教育第三巡回指导组永新县第二批主题教育督导", "inspection (督导)", "11月8日", None, "段祥瑞", [JA_G3],
     ["阙秀梅", "欧阳建勋", "尹晓波", "龙慧娟"], ["左新民", "欧阳建勋", "段祥瑞", "阙秀梅", "尹晓波"], "永新县",
     "一行来到永新县，督导第二批主题教育开展情况",
     [_E07_DUAN, _E07_QUE + "一行来到永新县", "县委书记欧阳建勋", _E07_YIN, _E07_LONG, _E07_ZUO, "欧阳建勋汇报了",
      "段祥瑞指出", "阙秀梅对近期学习研讨", "尹晓波表示"]),
    ("ej08", "县教育体育局主题教育专题党课报告会", "meeting (专题党课)", "12月5日下午", "罗春明", None, [YX_JT],
     ["钟立业"], ["左新民", "肖莉萍", "钟立业", "罗春明"], None,
     "12月5日下午，县教育体育局召开主题教育专题党课报告会",
     [_E08_ZUO, _E08_LUO, "组长钟立业到会指导", "肖莉萍代表支部作交流发言", "钟立业指出", "罗春明要求"]),
    ("ej09", "县直机关党组织书记抓党建工作述职评议暨党纪学习教育推进会", "meeting (述职评议会)", "6月13日", "邹建新", None, ["峡江县"],
     ["龚立平"], ["戴文斌", "杭小雨", "蒙晓曦", "龚立平", "邹建新"], None,
     "6月13日，我县召开县直机关党组织书记抓党建工作述职评议暨党纪学习教育推进会",
     ["县委副书记龚立平出席会议并讲话", _E09_ZOU, "机关党支部书记戴文斌", "机关党委书记杭小雨等8名县直机关党组织书记",
      "常务副书记蒙晓曦逐一进行点评", "龚立平指出", "邹建新要求"]),
    ("ej10", "部务会（传达学习全国组织部长会议精神）", "meeting (部务会)", "2月29日", "程启远", None, [SL_ZZB + "部务会"],
     ["郑海鸥", "贺景轩", "景云帆"], ["贺景轩", "景云帆", "程启远"], None,
     "2月29日，部务会召开会议，传达学习全国组织部长会议和全省组织部长会议精神",
     [_E10_CHENG, "常务副部长郑海鸥，副部长贺景轩，部务委员景云帆出席会议", "贺景轩通报了", "景云帆就全市村（社区）", "程启远指出"]),
    ("ej10", "部机关党委2024年第一次全体委员会议", "meeting (机关党委全体委员会议)", "2月29日", "郑海鸥", None, [SL_ZZB + "机关党委"],
     [], [], None,
     "部机关党委召开2024年第一次全体委员会议",
     ["部机关党委书记、常务副部长郑海鸥主持"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ej05", "阜田镇党群服务中心改造提升项目", "project", "阜田镇党群服务中心改造提升项目现场"),
    ("ej08", "禾川镇第三小学扩建项目", "project", "加快禾川镇第三小学扩建项目建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ej01", "富水镇", "town", "standalone", "聚焦富水镇、试马镇等地软弱涣散村党组织整顿"),
    ("ej01", "试马镇", "town", "standalone", "聚焦富水镇、试马镇等地软弱涣散村党组织整顿"),
    ("ej01", "金丝峡镇", "town", "standalone", "来到金丝峡镇革命传统教育基地"),
    ("ej02", "金丝峡", "scenic_area", "standalone", "金丝峡景区提质升级"),
    ("ej02", "商南", "county", "standalone", "确保主题教育在商南落地见效"),
    ("ej02", "商南县", "county", "in_org_reference", "商南县委对第二批主题教育认识到位"),
    ("ej03", "山阳县", "county", "standalone", "一行到山阳县，督导第二批主题教育开展情况"),
    ("ej03", "漫川关镇", "town", "standalone", "先后来到漫川关镇、中村镇和县委党校"),
    ("ej03", "中村镇", "town", "standalone", "先后来到漫川关镇、中村镇和县委党校"),
    ("ej03", "丹凤县", "county", "in_title", _E03_SHI),
    ("ej04", "山阳县", "county", "standalone", "冉思远对山阳县党纪学习教育开局工作给予肯定"),
    ("ej04", "漫川关镇", "town", "in_title", "漫川关镇党委书记罗春明作了交流发言"),
    ("ej05", "阜田镇", "town", "standalone", "先后深入阜田镇、八都镇"),
    ("ej05", "八都镇", "town", "standalone", "先后深入阜田镇、八都镇"),
    ("ej06", "醪桥镇", "town", "standalone", "4月22日下午，醪桥镇召开"),
    ("ej06", "吉水", "county", "standalone", "结合吉水革命老区的红色资源"),
    ("ej06", "醪桥", "town", "standalone", "把学习党史同推动醪桥发展结合起来"),
    ("ej07", "永新", "county", "standalone", "市委主题教育第三巡回指导组到永新督导"),
    ("ej07", "永新县", "county", "standalone", "一行来到永新县，督导第二批主题教育开展情况"),
    ("ej07", "三湾乡", "township", "standalone", "先后来到三湾乡三湾改编纪念馆、龙源口镇"),
    ("ej07", "三湾改编纪念馆", "memorial", "standalone", "先后来到三湾乡三湾改编纪念馆、龙源口镇"),
    ("ej07", "龙源口镇", "town", "standalone", "先后来到三湾乡三湾改编纪念馆、龙源口镇"),
    ("ej08", "禾川镇", "town", "in_project_name", "加快禾川镇第三小学扩建项目建设"),
    ("ej09", "巴邱镇", "town", "standalone", "推动党员干部在巴邱镇沿江产业带建设"),
    ("ej09", "仁和镇", "town", "standalone", "仁和镇农村人居环境整治"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ej", conventions="set ej (blind set: 党建 pages in 陕西 商洛 (商南县 组织部 site and county site, 山阳县 site, the 商洛日报 with a 丹凤县 article, the 商洛市委组织部 site) and 江西 吉安 (吉水县 组织部 site and county site, 永新县 site, the 吉安日报, 峡江县 site): 主题教育 / 党史学习教育 / 党纪学习教育 巡回指导组 and 指导组 组长 / 副组长 are posts of the group, labelled with the sending committee (商洛市委主题教育第三巡回指导组, 吉安市委主题教育第三巡回指导组, 吉水县委党史学习教育第二巡回指导组), a group written bare after its full name is that group; 领导小组 组长 a post of the 领导小组; bare 部 organs (部务会, 部机关, 常务副部长, 副部长, 部务委员) on an 组织部's own site are that 组织部's; 组织员办公室 主任 → X县委组织部组织员办公室; a department's 机关党委 / 机关党支部 / 机关第一党支部 = department + organ; 县直机关工委 → X县直机关工委; 理论学习中心组成员, 指导组全体成员, 部务会成员 no posts; 专题党课, 部务会, 述职评议会 meetings, 中心组 集体学习 a study session, 主题党日 an activity, 督导 / 调研 inspections; one line per post per article)",
          persons_note="Set ej persons. id = corpus-wide person_id (ej:罗春明#1 of 山阳县漫川关镇 (陕西) and ej:罗春明#2 of 永新县教育体育局 (江西) are two people; ej:贺景轩 商南县委组织部部长 2021 → 商洛市委组织部副部长 and 市委主题教育第三巡回指导组组长 2023 → 副部长 2024; ej:柴永康 商南 常务副部长 2021 → 组织部部长 2023; ej:郗晓东 山阳 县长 2023 → 县委书记 2024; ej:龚立平 醪桥镇党委书记 2021 → 吉水县委组织部部长 2023 → 峡江县委副书记 2024)")


if __name__ == "__main__":
    main()
