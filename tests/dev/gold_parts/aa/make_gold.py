"""Write gold part ``aa`` (a blind set: township and street news, 乡镇 / 街道) from the tables below.

Pages ``tests/dev/texts/aa*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: town 人民代表大会 reports (a 湛江 遂溪 草潭镇 page ``镇党委书记、主席团常务
主席…主持会议 … 依法选举…为…人大主席 … 为…镇人民政府镇长, …为…副镇长`` with the new 镇长's 表态发言; a 河头镇 page with a
县人大常委会副主任 到会指导; 醪桥镇, 孟村镇, 鉴江镇, 西演镇 and 宣州 文昌镇 pages of the same session; 宪法宣誓 after the
vote), town party and 党政 meetings (a 板浦镇 换届 部署会 ``镇党委副书记…；镇党委副书记、组织委员…；纪委书记…；镇党委书记…讲话，
镇长…总结``; a 齐寿镇 工作会议 ``镇党委副书记、镇长…，党委委员、副镇长…``; a 平山镇 巡察 动员会 with the 镇纪委书记; a 八所镇
动员会 with 镇人大主席 and 组织委员), county leaders at towns (a 罗山 莽张镇 page: 县委书记 调研 villages, ``村支部书记介绍``,
``镇长…陪同``; a 西王镇 page with a 副县长 到会指导), 镇长 督导 pages (刘猴镇 人居环境 拉练, 称勾镇, 新绛 阳王镇 on a county site
``首页 > 部门信息公开 > 乡镇 > 阳王镇 > 乡镇工作`` with ``发布日期 … 来源 … 浏览次数``), 第一书记 pages (a 台江 九摆村 原第一书记
回访, a 牧护关镇 第一书记 推进会, a 寿宁 驻村第一书记 述职 ``清源镇阳尾村第一书记…``), street pages (济南 解放路街道 ``街道党工委
副书记、办事处主任…陪同调研``, 常州 南大街街道 ``街道党工委书记…陪同视察``, 南京东路街道 with ``街道党工委书记、人大工委主任``,
朝天宫街道 ``街道人大工委主任``), and a city paper's county page (周口日报 第05版 鹿邑新闻 ``本报讯（记者 … 通讯员 …）`` on a
town's 辣椒 industry with ``镇党委书记…说``). Places are real and new to the corpus: 安徽 六安 霍邱县 (冯井镇 three times, 城关镇)
and 金安区 (三里桥街道 twice), 湖北 孝感 云梦县 (城关镇 twice), 河南 商丘 柘城县 (城关镇, 陈青集镇).

Shapes: a county site's 乡镇动态 page of a town's 人民代表大会 electing the 人大主席 / 副主席, the 镇长 and three 副镇长 in
``选举…为…`` sentences, chaired by the 镇党委书记 as 主席团常务主席, with a 县人大常委会副主任 到会指导 (aa01); a county leader's
包保 visit to a town with the 镇党委书记 and 镇党委副书记、镇长, a named village's 村党支部书记、村委会主任 and a 县财政局 第一书记
(aa02); a town's own column (``首页 > 乡镇街道 > 冯井镇 > 工作动态``) reporting the 镇党委会议 chaired by the new 书记, with the
full list (镇党委副书记、镇长, 镇人大主席, 镇党委副书记, 镇纪委书记, 镇党委委员、副镇长, 镇党委委员、人武部部长, 副镇长 列席)
(aa03); a 融媒体中心讯 with a 镇长 督导 and a 副镇长 (aa04); a 党政联席会议 (aa05); a 副县长's 包保 督导 at a town (aa06); a
镇长 督导 with 党委委员、副镇长 and a named village's 村党支部书记 (aa07); a city paper's 第05版 县区新闻 with a 县长 at the town
he 联系 (aa08); a street site page of the 街道党工委书记's 调研 with the 办事处主任, the 街道人大工委主任 and an 办事处副主任 (aa09);
a city paper's 第03版 with a 副区长 at the street (aa10).

Identity cases:
- aa:闵振宇, 镇长 → 镇党委书记 in one town over three pages and three years: elected 霍邱县冯井镇政府 镇长 in Dec 2021
  (aa01); 镇党委副书记、镇长 at the 常务副县长's visit in May 2023 (aa02); 冯井镇党委书记 chairing the 党委会议 in March 2025
  (aa03). His predecessor as secretary aa:段守华 (aa01, aa02); aa:涂春梅 is 镇人大主席 in 2021 and 2025; aa:苏家宝 副镇长
  in 2021, 镇党委委员、副镇长 in 2025; aa:樊玉洁 副镇长 in both; aa:孙若琳 signs both town pages.
- aa:喻振华, 镇党委书记 → 副县长: 云梦县城关镇党委 书记 chairing the 党政联席会议 in Feb 2022 (aa05); 云梦县政府 副县长 at the
  town he 包保 in July 2024 (aa06). aa:龚慧敏 in the same town: 镇党委副书记、镇长 in 2022 (aa05) → 城关镇党委书记 in 2024
  (aa06).
- aa:汤卫东, 街道党工委书记 → 副区长: 金安区三里桥街道党工委 书记 in April 2023 (aa09); 金安区政府 副区长 at the same street in
  May 2025 (aa10); aa:韩静怡 街道党工委副书记、办事处主任 in 2023 (aa09) → 街道党工委书记 in 2025 (aa10).
- one town name in three counties: 城关镇 of 霍邱县 (aa04), 云梦县 (aa05, aa06) and 柘城县 (aa07) → org labels 霍邱县城关镇…,
  云梦县城关镇…, 柘城县城关镇….
- two different 许德林, both 副镇长 of a 城关镇: aa:许德林#1 is 霍邱县城关镇 副镇长 (安徽, July 2022, aa04); aa:许德林#2 is
  柘城县城关镇 党委委员、副镇长 (河南, June 2023, aa07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts m, n, u and x where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (霍邱县冯井镇党委 书记, 霍邱县冯井镇政府 镇长 / 副镇长,
  霍邱县冯井镇人大 主席, 霍邱县冯井镇纪委 书记), as part m; ``镇党委委员、副镇长`` → …镇党委 委员 + …镇政府 副镇长 (as part x).
  A street: 党工委 / 办事处 (金安区三里桥街道党工委 书记 / 副书记, 金安区三里桥街道办事处 主任), as part m. Village posts of a
  named village: town label + village + 党支部 / 村委会 (霍邱县冯井镇周楼村党支部 书记 + 霍邱县冯井镇周楼村委会 主任), as
  part m; ``村党支部书记`` after ``在南关村，`` = that village's.
- Bare organs take the page's place: 镇 on a town page or in a sentence about one town = that town (with its county label);
  县 / 县委 / 县人大常委会 / 县农业农村局 / 县水利和湖泊局 on a county site = that county's (霍邱县, 云梦县); the city papers write
  the county or district (柘城县, 金安区) and their 镇 / 街道 are the town or street the article is about. 城关镇 always takes its
  county: 霍邱县城关镇, 云梦县城关镇, 柘城县城关镇.
- Elections are holdings (as part u): ``选举闵振宇为冯井镇人民政府镇长`` → 霍邱县冯井镇政府 镇长; ``选举涂春梅为冯井镇人民代表大会
  主席`` → 霍邱县冯井镇人大 主席 (DECIDED HERE: 镇人民代表大会主席 / 副主席 → …镇人大 主席 / 副主席, the label of part m's
  ``镇人大主席``); the elected are attendees of the session (宪法宣誓), the new 镇长 a speaker (表态发言). ``大会主席团常务主席``
  is a session role, not a post (as part m): 段守华 takes only 镇党委 书记 from that chain.
- DECIDED HERE: a village's 第一书记 (``县财政局选派的周楼村第一书记黎思远``) is a post of the village's party branch: org town label
  + village + 党支部, title ``第一书记`` (霍邱县冯井镇周楼村党支部 第一书记); the dispatching 县财政局 gives no line (no title
  there).
- DECIDED HERE: ``镇党委委员、人武部部长宁志刚`` → 霍邱县冯井镇党委 委员 + 霍邱县冯井镇人武部 部长 (the town's 人民武装部 as
  written, short form).
- DECIDED HERE: ``街道人大工委主任`` → 金安区三里桥街道人大工委 主任 (the street's 人大工作委员会, as written);
  ``办事处副主任`` → 金安区三里桥街道办事处 副主任.
- 包保 / 联系 (a county leader's town) are not posts; ``党政班子成员`` is not a post (as 班子成员 in CONVENTIONS).
- One line per post per article; a list after one title (``苏家宝、樊玉洁、韦宏图为冯井镇人民政府副镇长``) gives every name that
  title. The headline of aa09 (``三里桥街道党工委书记汤卫东调研…``) repeats the lead: no second line.
- Events: the 镇人民代表大会 session (chair 段守华, who also closes it; 到会指导 县人大常委会副主任 an attendee and speaker), the
  镇党委会议 and the 党政联席会议 (chair; 参加 and 列席 attendees; 汇报 / 说明 / 通报 / 分解 / 提出要求 / 强调 speakers), the
  调研 and 督导 visits (leader; 陪同 / 带领 / 参加调研 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 speakers). A 座谈 inside a
  调研 is part of it.
- Projects: works named as under way or to be pushed: a 养殖基地 and a 种养示范片 ``project``, a year's 高标准农田建设项目
  ``project``, a 清淤疏浚工程 and a 堤防加固工程 ``engineering_work``, 雨污分流改造工程 ``infrastructure_project`` (its 二期
  named on its own a project of its own), 老旧小区改造 项目 / 三期 / 四期 ``housing_project``, a 滨水绿道工程 ``greening_project``,
  a 产业园二期 ``industrial_park``, a 冷链物流中心 ``logistics_hub``; a 工作要点 is a document, not a project.
- Places: one line per name per file, with a standalone evidence where the page has one; towns, streets, villages,
  rivers and a lake; short names in slogans and section names as written (``推动冯井高质量发展`` → 冯井, ``府河城关段`` → 城关,
  ``金安老城区`` → 金安); places inside org references and project names count (蓼城, 北关 as ``area``). Site lines, mastheads,
  来源 lines, the 融媒体中心讯 dateline, footers and the 上一篇 / 下一篇 links (石店镇, 临水镇) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "aa01_huoqiu.txt": (2021, "发布时间：2021-12-30 10:26", "霍邱县冯井镇", [
        ("冯井镇第十八届人民代表大会第一次会议胜利召开", "12月29日", "2021-12-29", "12月29日，冯井镇第十八届",
         "county site 乡镇动态: the town's 人民代表大会 elects the 人大主席 / 副主席, the 镇长 and three 副镇长; chaired by the 镇党委书记 (主席团常务主席); a 县人大常委会副主任 到会指导")]),
    "aa02_huoqiu.txt": (2023, "发布时间：2023-05-24 16:40", "霍邱县冯井镇", [
        ("蒯国栋到冯井镇调研乡村产业发展和高标准农田建设工作", "5月23日", "2023-05-23", "5月23日，县委常委",
         "county site 领导活动: the 常务副县长 at the town he 包保; 镇党委书记, 镇党委副书记、镇长, a village's 村党支部书记、村委会主任 and its 第一书记")]),
    "aa03_huoqiu.txt": (2025, "发布时间：2025-03-05 09:18", "霍邱县冯井镇", [
        ("冯井镇召开党委会议 专题研究春季农业生产和项目建设工作", "3月4日下午", "2025-03-04", "3月4日下午，冯井镇党委书记",
         "town column: 镇党委会议 chaired by the new 书记 (the 2021 镇长); full list of town leaders; 列席")]),
    "aa04_huoqiu.txt": (2022, "发布时间：2022-07-13 17:05", "霍邱县城关镇", [
        ("城关镇：镇长带队督导城区防汛和老旧小区改造工作", "7月12日", "2022-07-12", "霍邱县融媒体中心讯（记者 查文静）",
         "融媒体中心讯 on the county site: 镇长 督导 with a 副镇长 (许德林 of 霍邱)")]),
    "aa05_yunmeng.txt": (2022, "发布日期：2022-02-09 15:32", "云梦县城关镇", [
        ("城关镇召开党政联席会议 部署节后重点工作", "2月8日上午", "2022-02-08", "2月8日上午，城关镇召开",
         "county site 乡镇动态: 党政联席会议 chaired by the 镇党委书记; 镇长, 人大主席, 副书记, 纪委书记, 党委委员、副镇长")]),
    "aa06_yunmeng.txt": (2024, "发布日期：2024-07-03 11:08", "云梦县城关镇", [
        ("喻振华到城关镇督导防汛工作", "7月2日", "2024-07-02", "7月2日，副县长喻振华",
         "county site 领导活动: the former 镇党委书记, now 副县长, at the town he 包保; the former 镇长 now 镇党委书记")]),
    "aa07_zhecheng.txt": (2023, "发布时间：2023-06-15 10:12", "柘城县城关镇", [
        ("城关镇开展人居环境整治集中督导", "6月14日", "2023-06-14", "6月14日，城关镇党委副书记",
         "county site 乡镇动态: 镇长 督导 with a 党委委员、副镇长 (许德林 of 柘城) and a named village's 村党支部书记")]),
    "aa08_zhecheng.txt": (2024, "2024年9月20日　星期五", "柘城县陈青集镇", [
        ("雒建新到陈青集镇调研辣椒产业发展", "9月18日", "2024-09-18", "本报讯（记者 薄雨欣 通讯员 万俊熙）",
         "city paper 第05版 县区新闻: the 县长 at the town he 联系, with the town's 党委书记 and 镇长")]),
    "aa09_jinan.txt": (2023, "发布时间：2023-04-19 16:26", "金安区三里桥街道", [
        ("三里桥街道党工委书记汤卫东调研城市更新和基层治理工作", "4月18日", "2023-04-18", "4月18日，三里桥街道党工委书记",
         "district site 镇街动态: the 街道党工委书记's 调研 with the 办事处主任, 街道人大工委主任 and 办事处副主任")]),
    "aa10_jinan.txt": (2025, "2025年5月23日　星期五", "金安区三里桥街道", [
        ("汤卫东到三里桥街道调研城市更新工作", "5月21日", "2025-05-21", "本报讯（记者 季欣然 通讯员 邰丽华）",
         "city paper 第03版 县区新闻: the former 街道党工委书记, now 副区长, at the street; the former 办事处主任 now 街道党工委书记")]),
}

_FJ = "霍邱县冯井镇"
_CG_HQ = "霍邱县城关镇"
_CG_YM = "云梦县城关镇"
_CG_ZC = "柘城县城关镇"
_SLQ = "金安区三里桥街道"
_AA03_LIST = "镇党委委员、副镇长苏家宝，镇党委委员、人武部部长宁志刚参加会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 霍邱县 冯井镇
    "aa:汪克俭": ("汪克俭", "external_official", "霍邱县", [
        ("aa01", "霍邱县人大常委会", "副主任", "县人大常委会副主任汪克俭到会指导", "bare 县 on the 霍邱 site = 霍邱县")], []),
    "aa:段守华": ("段守华", "official", _FJ, [
        ("aa01", _FJ + "党委", "书记", "镇党委书记、大会主席团常务主席段守华主持会议", "2021-12; 主席团常务主席 is a session role (no line)"),
        ("aa02", _FJ + "党委", "书记", "冯井镇党委书记段守华", "2023-05: the same post")], []),
    "aa:涂春梅": ("涂春梅", "official", _FJ, [
        ("aa01", _FJ + "人大", "主席", "选举涂春梅为冯井镇人民代表大会主席", "elected; DECIDED HERE: 镇人民代表大会主席 → 镇人大 主席"),
        ("aa03", _FJ + "人大", "主席", "镇人大主席涂春梅", "2025: the same post")], []),
    "aa:孔令超": ("孔令超", "official", _FJ, [
        ("aa01", _FJ + "人大", "副主席", "孔令超为冯井镇人民代表大会副主席", "elected (选举 … 为 carries over the clause)")], []),
    "aa:闵振宇": ("闵振宇", "official", _FJ, [
        ("aa01", _FJ + "政府", "镇长", "选举闵振宇为冯井镇人民政府镇长", "2021-12: elected 镇长 (identity case: 镇党委书记 in 2025, aa03); 新当选的镇长 repeats it (no second line)"),
        ("aa02", _FJ + "党委", "副书记", "镇党委副书记、镇长闵振宇陪同调研", "2023-05; 镇 = 冯井镇 (the town visited)"),
        ("aa02", _FJ + "政府", "镇长", "镇党委副书记、镇长闵振宇陪同调研", None),
        ("aa03", _FJ + "党委", "书记", "3月4日下午，冯井镇党委书记闵振宇主持召开镇党委会议", "2025-03: moved up from 镇长 to the town's party secretary")], []),
    "aa:苏家宝": ("苏家宝", "official", _FJ, [
        ("aa01", _FJ + "政府", "副镇长", "苏家宝、樊玉洁、韦宏图为冯井镇人民政府副镇长", "elected; list after one title"),
        ("aa03", _FJ + "党委", "委员", _AA03_LIST, "2025: now also 镇党委委员 (as part x)"),
        ("aa03", _FJ + "政府", "副镇长", _AA03_LIST, None)], []),
    "aa:樊玉洁": ("樊玉洁", "official", _FJ, [
        ("aa01", _FJ + "政府", "副镇长", "苏家宝、樊玉洁、韦宏图为冯井镇人民政府副镇长", "elected"),
        ("aa03", _FJ + "政府", "副镇长", "副镇长樊玉洁列席会议", "2025: the same post; 列席")], []),
    "aa:韦宏图": ("韦宏图", "official", _FJ, [
        ("aa01", _FJ + "政府", "副镇长", "苏家宝、樊玉洁、韦宏图为冯井镇人民政府副镇长", "elected")], []),
    "aa:孙若琳": ("孙若琳", "author", "冯井镇党政办", [], ["aa01", "aa03"]),
    "aa:蒯国栋": ("蒯国栋", "external_official", "霍邱县", [
        ("aa02", "霍邱县委", "常委", "县委常委、常务副县长蒯国栋到包保的冯井镇", "包保 is not a post"),
        ("aa02", "霍邱县政府", "常务副县长", "县委常委、常务副县长蒯国栋到包保的冯井镇", None)], []),
    "aa:顾长青": ("顾长青", "external_official", "霍邱县", [
        ("aa02", "霍邱县农业农村局", "局长", "县农业农村局局长顾长青", None)], []),
    "aa:时德旺": ("时德旺", "official", "霍邱县冯井镇周楼村", [
        ("aa02", _FJ + "周楼村党支部", "书记", "村党支部书记、村委会主任时德旺介绍", "村 = 周楼村 (在周楼村，…); village post as part m"),
        ("aa02", _FJ + "周楼村委会", "主任", "村党支部书记、村委会主任时德旺介绍", None)], []),
    "aa:黎思远": ("黎思远", "official", "霍邱县冯井镇周楼村", [
        ("aa02", _FJ + "周楼村党支部", "第一书记", "县财政局选派的周楼村第一书记黎思远", "DECIDED HERE: a village's 第一书记 is a post of its 党支部; 县财政局 gives no line")], []),
    "aa:柯梦洁": ("柯梦洁", "author", "霍邱县政府办", [], ["aa02"]),
    "aa:祁明轩": ("祁明轩", "official", _FJ, [
        ("aa03", _FJ + "党委", "副书记", "镇党委副书记、镇长祁明轩", "the new 镇长 after 闵振宇"),
        ("aa03", _FJ + "政府", "镇长", "镇党委副书记、镇长祁明轩", None)], []),
    "aa:储诗雨": ("储诗雨", "official", _FJ, [
        ("aa03", _FJ + "党委", "副书记", "镇党委副书记储诗雨", None)], []),
    "aa:卜文涛": ("卜文涛", "official", _FJ, [
        ("aa03", _FJ + "纪委", "书记", "镇纪委书记卜文涛", "town 纪委")], []),
    "aa:宁志刚": ("宁志刚", "official", _FJ, [
        ("aa03", _FJ + "党委", "委员", _AA03_LIST, None),
        ("aa03", _FJ + "人武部", "部长", _AA03_LIST, "DECIDED HERE: 人武部部长 → the town's 人武部 部长")], []),
    # ---- 霍邱县 城关镇
    "aa:陶书林": ("陶书林", "official", _CG_HQ, [
        ("aa04", _CG_HQ + "党委", "副书记", "7月12日，城关镇党委副书记、镇长陶书林", "城关镇 on the 霍邱 site = 霍邱县城关镇"),
        ("aa04", _CG_HQ + "政府", "镇长", "7月12日，城关镇党委副书记、镇长陶书林", None)], []),
    "aa:许德林#1": ("许德林", "official", _CG_HQ, [
        ("aa04", _CG_HQ + "政府", "副镇长", "带领副镇长许德林", "霍邱 (安徽); not the 许德林 of 柘城县城关镇 (aa07)")], []),
    "aa:查文静": ("查文静", "reporter", "霍邱县融媒体中心", [], ["aa04"]),
    # ---- 云梦县 城关镇
    "aa:喻振华": ("喻振华", "official", "云梦县", [
        ("aa05", _CG_YM + "党委", "书记", "镇党委书记喻振华主持会议", "2022-02 (identity case: 副县长 in 2024, aa06)"),
        ("aa06", "云梦县政府", "副县长", "7月2日，副县长喻振华到包保的城关镇", "2024-07: now 副县长 of the same county; named in the headline too")], []),
    "aa:龚慧敏": ("龚慧敏", "official", _CG_YM, [
        ("aa05", _CG_YM + "党委", "副书记", "镇党委副书记、镇长龚慧敏", "2022"),
        ("aa05", _CG_YM + "政府", "镇长", "镇党委副书记、镇长龚慧敏", None),
        ("aa06", _CG_YM + "党委", "书记", "城关镇党委书记龚慧敏", "2024: moved up from 镇长 to secretary after 喻振华")], []),
    "aa:鲁国平": ("鲁国平", "official", _CG_YM, [
        ("aa05", _CG_YM + "人大", "主席", "镇人大主席鲁国平", None)], []),
    "aa:左晓峰": ("左晓峰", "official", _CG_YM, [
        ("aa05", _CG_YM + "党委", "副书记", "镇党委副书记左晓峰", None)], []),
    "aa:付春燕": ("付春燕", "official", _CG_YM, [
        ("aa05", _CG_YM + "纪委", "书记", "镇纪委书记付春燕", None)], []),
    "aa:熊志伟": ("熊志伟", "official", _CG_YM, [
        ("aa05", _CG_YM + "党委", "委员", "镇党委委员、副镇长熊志伟", None),
        ("aa05", _CG_YM + "政府", "副镇长", "镇党委委员、副镇长熊志伟", None)], []),
    "aa:俞佳慧": ("俞佳慧", "author", "云梦县城关镇党政办", [], ["aa05"]),
    "aa:邵桂林": ("邵桂林", "external_official", "云梦县", [
        ("aa06", "云梦县水利和湖泊局", "局长", "县水利和湖泊局局长邵桂林", "bare 县 on the 云梦 site; the 局 as written")], []),
    "aa:晏子航": ("晏子航", "official", _CG_YM, [
        ("aa06", _CG_YM + "党委", "副书记", "镇党委副书记、镇长晏子航陪同督导", "the new 镇长 after 龚慧敏"),
        ("aa06", _CG_YM + "政府", "镇长", "镇党委副书记、镇长晏子航陪同督导", None)], []),
    "aa:岳明远": ("岳明远", "author", "云梦县政府办公室", [], ["aa06"]),
    # ---- 柘城县
    "aa:蔺红旗": ("蔺红旗", "official", _CG_ZC, [
        ("aa07", _CG_ZC + "党委", "副书记", "城关镇党委副书记、镇长蔺红旗", "城关镇 on the 柘城 site = 柘城县城关镇"),
        ("aa07", _CG_ZC + "政府", "镇长", "城关镇党委副书记、镇长蔺红旗", None)], []),
    "aa:许德林#2": ("许德林", "official", _CG_ZC, [
        ("aa07", _CG_ZC + "党委", "委员", "镇党委委员、副镇长许德林", "柘城 (河南); not the 许德林 of 霍邱县城关镇 (aa04)"),
        ("aa07", _CG_ZC + "政府", "副镇长", "镇党委委员、副镇长许德林", None)], []),
    "aa:范长顺": ("范长顺", "official", "柘城县城关镇南关村", [
        ("aa07", _CG_ZC + "南关村党支部", "书记", "村党支部书记范长顺介绍了", "村 = 南关村 (在南关村，…)")], []),
    "aa:沈雨桐": ("沈雨桐", "author", "柘城县城关镇", [], ["aa07"]),
    "aa:雒建新": ("雒建新", "external_official", "柘城县", [
        ("aa08", "柘城县委", "副书记", "柘城县委副书记、县长雒建新", "联系 (his town) is not a post; named in the headline too"),
        ("aa08", "柘城县政府", "县长", "柘城县委副书记、县长雒建新", None)], []),
    "aa:骆雨婷": ("骆雨婷", "external_official", "柘城县", [
        ("aa08", "柘城县农业农村局", "局长", "柘城县农业农村局局长骆雨婷", None)], []),
    "aa:仝海涛": ("仝海涛", "official", "柘城县陈青集镇", [
        ("aa08", "柘城县陈青集镇党委", "书记", "陈青集镇党委书记仝海涛", None)], []),
    "aa:訾晓萌": ("訾晓萌", "official", "柘城县陈青集镇", [
        ("aa08", "柘城县陈青集镇党委", "副书记", "镇党委副书记、镇长訾晓萌陪同调研", "镇 = 陈青集镇 (the town visited)"),
        ("aa08", "柘城县陈青集镇政府", "镇长", "镇党委副书记、镇长訾晓萌陪同调研", None)], []),
    # ---- 金安区 三里桥街道
    "aa:汤卫东": ("汤卫东", "official", "金安区", [
        ("aa09", _SLQ + "党工委", "书记", "4月18日，三里桥街道党工委书记汤卫东带队", "2023 (identity case: 副区长 in 2025, aa10); the headline repeats it (no second line)"),
        ("aa10", "金安区政府", "副区长", "金安区副区长汤卫东到三里桥街道", "2025: now 副区长 of the district; named in the headline too")], []),
    "aa:韩静怡": ("韩静怡", "official", _SLQ, [
        ("aa09", _SLQ + "党工委", "副书记", "街道党工委副书记、办事处主任韩静怡", "2023"),
        ("aa09", _SLQ + "办事处", "主任", "街道党工委副书记、办事处主任韩静怡", "street administration: 街道办事处 主任 (as part m)"),
        ("aa10", _SLQ + "党工委", "书记", "三里桥街道党工委书记韩静怡", "2025: moved up from 办事处主任 to secretary after 汤卫东")], []),
    "aa:佘立强": ("佘立强", "official", _SLQ, [
        ("aa09", _SLQ + "人大工委", "主任", "街道人大工委主任佘立强", "DECIDED HERE: the street's 人大工委 as written")], []),
    "aa:程思瑶": ("程思瑶", "official", _SLQ, [
        ("aa09", _SLQ + "办事处", "副主任", "办事处副主任程思瑶参加调研", None)], []),
    "aa:封志强": ("封志强", "author", "金安区三里桥街道", [], ["aa09"]),
    "aa:庞思琪": ("庞思琪", "external_official", "金安区", [
        ("aa10", "金安区住建局", "局长", "金安区住建局局长庞思琪", "the 局 as written after the district")], []),
    "aa:房一鸣": ("房一鸣", "official", _SLQ, [
        ("aa10", _SLQ + "党工委", "副书记", "街道党工委副书记、办事处主任房一鸣陪同调研", "the new 办事处主任 after 韩静怡"),
        ("aa10", _SLQ + "办事处", "主任", "街道党工委副书记、办事处主任房一鸣陪同调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("aa01", "孙若琳", "供稿", "author", "（冯井镇党政办　孙若琳）"),
    ("aa02", "柯梦洁", "供稿", "author", "（县政府办　柯梦洁）"),
    ("aa02", "郑书涵", "责任编辑", "editor", "责任编辑：郑书涵"),
    ("aa03", "孙若琳", "供稿", "author", "（冯井镇党政办　孙若琳）"),
    ("aa04", "查文静", "记者", "reporter", "霍邱县融媒体中心讯（记者 查文静）"),
    ("aa04", "窦宏亮", "编辑", "editor", "编辑：窦宏亮"),
    ("aa04", "甘小龙", "审核", "editor", "审核：甘小龙"),
    ("aa05", "俞佳慧", "供稿", "author", "（城关镇党政办　俞佳慧）"),
    ("aa06", "岳明远", "供稿", "author", "（县政府办公室　岳明远）"),
    ("aa07", "沈雨桐", "供稿", "author", "（城关镇　沈雨桐）"),
    ("aa08", "薄雨欣", "记者", "reporter", "本报讯（记者 薄雨欣 通讯员 万俊熙）"),
    ("aa08", "万俊熙", "通讯员", "correspondent", "本报讯（记者 薄雨欣 通讯员 万俊熙）"),
    ("aa08", "裴子豪", "本版编辑", "editor", "本版编辑：裴子豪"),
    ("aa09", "封志强", "供稿", "author", "（三里桥街道　封志强）"),
    ("aa10", "季欣然", "记者", "reporter", "本报讯（记者 季欣然 通讯员 邰丽华）"),
    ("aa10", "邰丽华", "通讯员", "correspondent", "本报讯（记者 季欣然 通讯员 邰丽华）"),
    ("aa10", "戴倩倩", "本版编辑", "editor", "本版编辑：戴倩倩"),
    ("aa10", "巩俊峰", "校对", "editor", "校对：巩俊峰"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("aa01", "冯井镇第十八届人民代表大会第一次会议", "session (镇人民代表大会)", "12月29日", "段守华", None, [],
     ["汪克俭", "涂春梅", "孔令超", "闵振宇", "苏家宝", "樊玉洁", "韦宏图"], ["闵振宇", "汪克俭", "段守华"], "镇政府三楼会议室",
     "12月29日，冯井镇第十八届人民代表大会第一次会议在镇政府三楼会议室召开",
     ["县人大常委会副主任汪克俭到会指导", "段守华主持会议", "选举涂春梅为冯井镇人民代表大会主席", "孔令超为冯井镇人民代表大会副主席",
      "选举闵振宇为冯井镇人民政府镇长", "苏家宝、樊玉洁、韦宏图为冯井镇人民政府副镇长", "新当选的镇长闵振宇作表态发言",
      "汪克俭在讲话中", "段守华在闭幕讲话中强调"]),
    ("aa02", "乡村产业发展和高标准农田建设工作调研", "inspection (调研)", "5月23日", None, "蒯国栋", [],
     ["顾长青", "段守华", "闵振宇"], ["时德旺", "黎思远", "闵振宇", "蒯国栋", "段守华"], "冯井镇",
     "县委常委、常务副县长蒯国栋到包保的冯井镇调研乡村产业发展和高标准农田建设工作",
     ["常务副县长蒯国栋到包保的冯井镇调研", "县农业农村局局长顾长青，冯井镇党委书记段守华，镇党委副书记、镇长闵振宇陪同调研",
      "村委会主任时德旺介绍了", "第一书记黎思远汇报了", "座谈中，闵振宇汇报了", "蒯国栋强调", "段守华表示"]),
    ("aa03", "冯井镇党委会议", "meeting (镇党委会议)", "3月4日下午", "闵振宇", None, ["霍邱县冯井镇党委"],
     ["祁明轩", "涂春梅", "储诗雨", "卜文涛", "苏家宝", "宁志刚", "樊玉洁"], ["祁明轩", "苏家宝", "卜文涛", "闵振宇"], None,
     "冯井镇党委书记闵振宇主持召开镇党委会议",
     ["冯井镇党委书记闵振宇主持召开镇党委会议", "镇党委副书记、镇长祁明轩", "镇人大主席涂春梅", "镇党委副书记储诗雨",
      "镇纪委书记卜文涛", _AA03_LIST, "副镇长樊玉洁列席会议", "会议听取了祁明轩关于", "苏家宝就春耕备耕", "卜文涛通报了",
      "闵振宇强调"]),
    ("aa04", "城区防汛和老旧小区改造工作督导", "inspection (督导)", "7月12日", None, "陶书林", [],
     ["许德林"], ["许德林", "陶书林"], "霍邱县城关镇",
     "城关镇党委副书记、镇长陶书林带领副镇长许德林及镇城建办、应急办负责同志",
     ["镇长陶书林带领副镇长许德林", "许德林汇报了", "陶书林指出", "陶书林强调"]),
    ("aa05", "城关镇党政联席会议", "meeting (党政联席会议)", "2月8日上午", "喻振华", None, ["城关镇"],
     ["龚慧敏", "鲁国平", "左晓峰", "付春燕", "熊志伟"], ["龚慧敏", "熊志伟", "付春燕", "喻振华"], None,
     "2月8日上午，城关镇召开党政联席会议",
     ["镇党委书记喻振华主持会议", "镇党委副书记、镇长龚慧敏，镇人大主席鲁国平，镇党委副书记左晓峰，镇纪委书记付春燕，镇党委委员、副镇长熊志伟等党政班子成员参加会议",
      "龚慧敏对2022年镇政府重点工作进行了分解", "熊志伟通报了", "付春燕就节后收心", "喻振华强调"]),
    ("aa06", "防汛救灾工作督导", "inspection (督导)", "7月2日", None, "喻振华", [],
     ["邵桂林", "龚慧敏", "晏子航"], ["邵桂林", "晏子航", "喻振华", "龚慧敏"], "云梦县城关镇",
     "副县长喻振华到包保的城关镇督导防汛救灾工作",
     ["副县长喻振华到包保的城关镇督导", "县水利和湖泊局局长邵桂林，城关镇党委书记龚慧敏，镇党委副书记、镇长晏子航陪同督导",
      "邵桂林介绍了", "晏子航汇报了", "喻振华指出", "龚慧敏表示"]),
    ("aa07", "人居环境整治集中督导", "inspection (督导)", "6月14日", None, "蔺红旗", [],
     ["许德林"], ["范长顺", "蔺红旗", "许德林"], "柘城县城关镇",
     "城关镇党委副书记、镇长蔺红旗带领镇党委委员、副镇长许德林，对辖区各村（社区）人居环境整治和老旧小区改造工作开展集中督导",
     ["镇长蔺红旗带领镇党委委员、副镇长许德林", "村党支部书记范长顺介绍了", "蔺红旗指出", "许德林要求"]),
    ("aa08", "辣椒产业发展和秋收秋种准备工作调研", "inspection (调研)", "9月18日", None, "雒建新", [],
     ["骆雨婷", "仝海涛", "訾晓萌"], ["仝海涛", "訾晓萌", "雒建新", "骆雨婷"], "陈青集镇",
     "柘城县委副书记、县长雒建新到联系的陈青集镇调研辣椒产业发展和秋收秋种准备工作",
     ["县长雒建新到联系的陈青集镇调研", "柘城县农业农村局局长骆雨婷，陈青集镇党委书记仝海涛，镇党委副书记、镇长訾晓萌陪同调研",
      "仝海涛汇报了", "訾晓萌介绍了", "雒建新指出", "骆雨婷表示"]),
    ("aa09", "城市更新和基层治理工作调研", "inspection (调研)", "4月18日", None, "汤卫东", [],
     ["韩静怡", "佘立强", "程思瑶"], ["程思瑶", "汤卫东", "韩静怡"], "三里桥街道",
     "三里桥街道党工委书记汤卫东带队到辖区老旧小区改造项目、淠河东岸滨水绿道工程施工现场和部分社区，调研城市更新和基层治理工作",
     ["党工委书记汤卫东带队", "街道党工委副书记、办事处主任韩静怡，街道人大工委主任佘立强，办事处副主任程思瑶参加调研",
      "程思瑶汇报了", "汤卫东强调", "韩静怡要求"]),
    ("aa10", "城市更新和民生实事项目调研", "inspection (调研)", "5月21日", None, "汤卫东", [],
     ["庞思琪", "韩静怡", "房一鸣"], ["韩静怡", "房一鸣", "汤卫东", "庞思琪"], "三里桥街道",
     "金安区副区长汤卫东到三里桥街道调研城市更新和民生实事项目推进情况",
     ["副区长汤卫东到三里桥街道调研", "金安区住建局局长庞思琪，三里桥街道党工委书记韩静怡，街道党工委副书记、办事处主任房一鸣陪同调研",
      "韩静怡汇报了", "房一鸣介绍了", "汤卫东指出", "庞思琪表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("aa01", "冯井麻黄鸡标准化养殖基地", "project", "扎实抓好冯井麻黄鸡标准化养殖基地"),
    ("aa01", "周楼村稻虾综合种养示范片", "project", "周楼村稻虾综合种养示范片等项目建设"),
    ("aa02", "冯井麻黄鸡标准化养殖基地", "project", "先后来到冯井麻黄鸡标准化养殖基地"),
    ("aa02", "周楼村稻虾综合种养示范片", "project", "周楼村稻虾综合种养示范片和冯井镇2023年高标准农田建设项目现场"),
    ("aa02", "冯井镇2023年高标准农田建设项目", "project", "冯井镇2023年高标准农田建设项目现场"),
    ("aa03", "冯井镇2025年高标准农田建设项目", "project", "冯井镇2025年高标准农田建设项目前期工作"),
    ("aa03", "冯井麻黄鸡标准化养殖基地", "project", "会议研究了冯井麻黄鸡标准化养殖基地扩建"),
    ("aa03", "汲河冯井段清淤疏浚工程", "engineering_work", "汲河冯井段清淤疏浚工程等事项"),
    ("aa04", "城关镇蓼城片区老旧小区改造项目", "housing_project", "在城关镇蓼城片区老旧小区改造项目现场"),
    ("aa05", "城关镇老城区雨污分流改造工程", "infrastructure_project", "熊志伟通报了城关镇老城区雨污分流改造工程"),
    ("aa05", "府河城关段堤防加固工程", "engineering_work", "府河城关段堤防加固工程的推进情况"),
    ("aa06", "城关镇老城区雨污分流改造工程二期", "infrastructure_project", "城关镇老城区雨污分流改造工程二期施工现场"),
    ("aa07", "城关镇北关片区老旧小区改造项目", "housing_project", "城关镇北关片区老旧小区改造项目现场"),
    ("aa08", "陈青集镇三樱椒产业园二期", "industrial_park", "先后来到陈青集镇三樱椒产业园二期"),
    ("aa08", "柘城县辣椒冷链物流中心", "logistics_hub", "柘城县辣椒冷链物流中心建设现场"),
    ("aa09", "三里桥街道老旧小区改造三期项目", "housing_project", "在三里桥街道老旧小区改造三期项目现场"),
    ("aa09", "淠河东岸滨水绿道工程", "greening_project", "淠河东岸滨水绿道工程施工现场"),
    ("aa10", "三里桥街道老旧小区改造四期项目", "housing_project", "先后来到三里桥街道老旧小区改造四期项目"),
    ("aa10", "淠河东岸滨水绿道工程二期", "greening_project", "淠河东岸滨水绿道工程二期和社区嵌入式养老服务站"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("aa01", "冯井镇", "town", "standalone", "12月29日，冯井镇第十八届人民代表大会第一次会议在镇政府三楼会议室召开"),
    ("aa01", "周楼村", "village", "in_project_name", "周楼村稻虾综合种养示范片等项目建设"),
    ("aa01", "冯井", "town", "standalone (slogan)", "凝心聚力推动冯井高质量发展"),
    ("aa02", "冯井镇", "town", "standalone", "到包保的冯井镇调研"),
    ("aa02", "冯井", "town", "in_project_name", "先后来到冯井麻黄鸡标准化养殖基地"),
    ("aa02", "周楼村", "village", "standalone", "在周楼村，村党支部书记"),
    ("aa03", "冯井镇", "town", "in_org_reference", "3月4日下午，冯井镇党委书记闵振宇主持召开镇党委会议"),
    ("aa03", "冯井", "town", "in_project_name", "会议研究了冯井麻黄鸡标准化养殖基地扩建"),
    ("aa03", "汲河", "river", "in_project_name", "汲河冯井段清淤疏浚工程等事项"),
    ("aa04", "城关镇", "town", "standalone", "城关镇：镇长带队督导城区防汛和老旧小区改造工作"),
    ("aa04", "城西湖", "lake", "standalone", "深入城西湖沿岸低洼片区"),
    ("aa04", "蓼城", "area", "in_project_name", "在城关镇蓼城片区老旧小区改造项目现场"),
    ("aa05", "城关镇", "town", "standalone", "2月8日上午，城关镇召开党政联席会议"),
    ("aa05", "府河", "river", "in_project_name", "府河城关段堤防加固工程的推进情况"),
    ("aa05", "城关", "town", "in_project_name", "府河城关段堤防加固工程的推进情况"),
    ("aa06", "城关镇", "town", "standalone", "到包保的城关镇督导防汛救灾工作"),
    ("aa06", "府河", "river", "standalone", "在府河城关段，邵桂林介绍了"),
    ("aa06", "城关", "town", "standalone", "在府河城关段，邵桂林介绍了"),
    ("aa07", "城关镇", "town", "standalone", "下一步，城关镇将实行"),
    ("aa07", "南关村", "village", "standalone", "督导组先后深入南关村、毛庄村"),
    ("aa07", "毛庄村", "village", "standalone", "督导组先后深入南关村、毛庄村"),
    ("aa07", "北关", "area", "in_project_name", "城关镇北关片区老旧小区改造项目现场"),
    ("aa08", "柘城县", "county", "in_org_reference", "柘城县委副书记、县长雒建新"),
    ("aa08", "陈青集镇", "town", "standalone", "到联系的陈青集镇调研"),
    ("aa08", "柘城", "county", "standalone", "辣椒是柘城的特色优势产业"),
    ("aa09", "三里桥街道", "sub_district_office", "in_org_reference", "4月18日，三里桥街道党工委书记汤卫东带队"),
    ("aa09", "淠河", "river", "in_project_name", "淠河东岸滨水绿道工程施工现场"),
    ("aa10", "金安区", "district", "in_org_reference", "金安区副区长汤卫东到三里桥街道"),
    ("aa10", "三里桥街道", "sub_district_office", "standalone", "到三里桥街道调研城市更新"),
    ("aa10", "淠河", "river", "in_project_name", "淠河东岸滨水绿道工程二期和社区嵌入式养老服务站"),
    ("aa10", "金安", "district", "standalone", "三里桥街道是金安老城区的核心区域"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="aa", conventions="set aa (blind set: township and street news, 乡镇 / 街道, in 安徽 (六安 霍邱县 冯井镇 three times and 城关镇; 金安区 三里桥街道 twice), 湖北 (孝感 云梦县 城关镇 twice) and 河南 (商丘 柘城县 城关镇 and 陈青集镇): a town 人民代表大会 electing the 人大主席, 镇长 and 副镇长 (选举 … 为 is a holding; 主席团常务主席 is a session role), a 镇党委会议 and a 党政联席会议 with the full list of town leaders, county leaders' 包保 / 联系 visits, 镇长 督导 pages, a village's 村党支部书记、村委会主任 and 第一书记 (posts of the named village), a 街道党工委书记's 调研 with 办事处主任 / 人大工委主任 / 办事处副主任; town posts = county label + town + 党委 / 政府 / 人大 / 纪委 / 人武部, street posts = district + street + 党工委 / 办事处 / 人大工委; 城关镇 always with its county; one line per post per article)",
          persons_note="Set aa persons. id = corpus-wide person_id (aa:许德林#1 of 霍邱县城关镇 (安徽) and aa:许德林#2 of 柘城县城关镇 (河南) are two people; aa:闵振宇 moves 冯井镇 镇长 2021 → 镇党委副书记、镇长 2023 → 镇党委书记 2025; aa:喻振华 云梦县城关镇党委书记 2022 → 云梦县副县长 2024, aa:龚慧敏 镇长 → 镇党委书记 there; aa:汤卫东 三里桥街道党工委书记 2023 → 金安区副区长 2025, aa:韩静怡 办事处主任 → 街道党工委书记)")


if __name__ == "__main__":
    main()
