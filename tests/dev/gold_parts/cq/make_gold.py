"""Write gold part ``cq`` (a blind set: development zones and new areas of western and northern cities, two of them run
together with a district (区政合一 / 一套班子两块牌子)) from the tables below.

Pages ``tests/dev/texts/cq*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 天山网 report of the 乌鲁木齐经济技术开发区(头屯河区) 2020 集中开工 (``天山网讯
(记者… 摄影报道)``, ``经开区(头区)两河…``); a 新疆网 ``我的重点项目报告`` on the 白鸟湖临港产业园 (``位于经开区(头屯河区)``, 国际陆港区);
a news.qq.com item of the ``经开区(头区)工商联`` (``经开区(头区)委统战部副部长``, the zone's 发改委 / 工信局 / 建设局 named with the
short district form ``头区``); a 白鸟湖片区 推介会 page (``经开区(头屯河区)发改委、工信局、建设局…负责人``); the 新华社 / 人民网 pages on the
高新区(新市区) secretary (``乌鲁木齐市委常委、高新技术产业开发区(新市区)委书记``, ``区政合一`` since 2011) and a China Daily page
(``高新区(新市区)区委书记、管委会主任、区长``); a 银川经开区 年度工作会议 侧记 (``银川市副市长、经开区党工委副书记、管委会主任``) and
the 苏银产业园 site (``当前位置:首页>新闻中心>园区新闻``, ``发布时间:``, ``银川市副市长,苏银产业园党工委书记、管委会主任``); a
西宁党建网 page from the 西宁晚报 (``来源:西宁晚报 日期:2025-08-01 浏览量:``, ``省委常委、市委书记…赴西宁经济技术开发区调研``,
甘河园区 / 生物园区, bare ``经开区`` after the full name, ``(记者 施翔)``) and a 青海省政府 page on the ``一区四园``; a 兰州新区 site
page (``兰州新区党工委副书记、管委会主任…主持召开兰州新区管委会第2次调度会议``), 兰州新区报 items in the 甘肃日报 digital edition
(``甘肃日报 2019年10月22日 第02版:要闻播报``, bare ``新区党工委副书记``, the trailing ``… 兰州新区报 c154756.html 1 … /enpproperty-->``
line) and a 兰州日报 report of 新区 leadership changes (``市委常委、新区党工委书记``); the 呼和浩特经开区 site (``发布日期:… 来源:党群
工作部``). Places are real: 新疆 乌鲁木齐 (经开区（头屯河区）: two zone-site pages and the 乌鲁木齐晚报; 高新区（新市区）: one page),
宁夏 银川 (银川经开区: the zone site and the 银川日报), 青海 西宁 (西宁经开区 and its parks: a 西宁党建网 page of the 西宁晚报),
甘肃 兰州新区 (the 兰州新区报 in the 甘肃日报 edition and the 新区 site).

Shapes: a 区政合一 zone/district site's 推进会 with chains naming both organs (``经开区（头屯河区）党工委副书记、管委会主任，区委副书记、
区长``), bare ``党工委`` / ``区委`` / ``区发改委`` and a zone department written with the short district form (``经开区（头区）工信局局长``)
(cq01); the city paper's 市长 调研 of that zone (cq02); the zone site two years later: the former 管委会主任 back as the city's
副市长, the 书记 now also 市委常委, a new 管委会主任 (cq03); the other 区政合一 zone of the city, 高新区（新市区）, with its 书记's 调研
of a town and bare ``区委、管委会`` (cq04); the 银川经开区 site writing the zone bare (``经开区召开…``; ``银川市副市长，经开区党工委
副书记、管委会主任``; 经济发展局, 规划建设环保局) (cq05); the 银川日报 A02 two years later (cq06); a 西宁党建网 page of the 西宁晚报
(市委书记's 调研 and 座谈会; ``市委常委、经开区党工委书记``; park 管委会 of the ``一区四园``) (cq07); a 兰州新区报 item in the 甘肃日报
edition (bare ``新区``; 观摩 and 点评会; a 托管 town's secretary; the trailing enpproperty line) (cq08); the 兰州新区 site of a
管委会副主任's 安全生产 检查 with bare ``应急管理局`` (cq09).

Identity cases:
- cq:艾尔肯·吐拉克 moves from the zone's 管委会主任 to a city post: 乌鲁木齐经开区党工委副书记、管委会主任 and 头屯河区委副书记、区长
  in April 2022 (cq01) and June 2023 (cq02); 乌鲁木齐市 副市长 in Sept 2024 (cq03), when cq:周启航 holds his old chain.
- cq:祁海鹰 moves between the city's two 区政合一 zones: 乌鲁木齐经开区党工委委员、管委会副主任, 头屯河区委常委、副区长 (cq01, 2022)
  → 乌鲁木齐高新区党工委委员, 新市区委常委、常务副区长 (cq04, 2024).
- cq:拓守仁: 银川市副市长 and 银川经开区党工委副书记、管委会主任 (cq05, 2022) → 银川市委常委、副市长, no longer in the zone (cq06,
  2024); cq:纳文斌 银川经开区党工委委员、管委会副主任 (2022) → 党工委副书记、管委会主任 (2024).
- cq:苏晓明: 兰州新区经济发展局局长 (cq08, 2022) → 兰州新区党工委委员、管委会副主任 (cq09, 2024).
- cq:韩志勇: 乌鲁木齐经开区党工委书记、头屯河区委书记 (2022, 2023) → also 乌鲁木齐市委常委 (2024).
- two different 马建军 in unrelated places: cq:马建军#1 is 银川经开区经济发展局局长 (宁夏, cq05, cq06); cq:马建军#2 is the 秦川镇党委
  书记 of 兰州新区 (甘肃, cq08).
- one organ name in several places: bare ``经开区`` / ``经开区党工委`` / ``管委会`` are 乌鲁木齐's (cq01–cq03), 银川's (cq05, cq06) and
  西宁's (cq07); bare ``区委`` is 头屯河区委 (cq01, cq03) and 新市区委 (cq04); ``经济发展局`` is 银川经开区's (cq05, cq06) and 兰州新区's
  (cq08, cq09); ``新区`` is 兰州新区 (cq08, cq09) while ``白鸟湖新区`` (cq02) is an area of 头屯河区 with no organs.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, ce, i where they speak; decided here where they are silent):
- Zone labels: city without 市 + short name: ``乌鲁木齐经开区``, ``乌鲁木齐高新区``, ``银川经开区``, ``西宁经开区`` (西宁经济技术开发区
  folded). DECIDED HERE: the national new area ``兰州新区`` keeps its own name (city + 新区, as ce's 宁波杭州湾新区); bare ``新区`` on
  the 兰州新区报 item and the 新区 site is it.
- 区政合一 (as bq and ce): one chain gives a line for each organ: ``经开区（头屯河区）党工委副书记、管委会主任，区委副书记、区长`` →
  乌鲁木齐经开区党工委 副书记, 乌鲁木齐经开区管委会 主任, 头屯河区委 副书记, 头屯河区政府 区长; a title after ``，`` that names
  the 区委 starts the district's organs; bare ``党工委`` / ``管委会`` after the zone has been named on the page are that zone's.
  头屯河区 is one district in China (no prefix). DECIDED HERE: ``新市区`` is also a district of 高雄 in the gazetteer
  (adcodes 710516), so its label takes the city: ``乌鲁木齐市新市区委``, ``乌鲁木齐市新市区政府``, ``乌鲁木齐市新市区农业农村局``,
  ``乌鲁木齐市新市区安宁渠镇党委``.
- Departments on a 区政合一 site: bare ``区发改委`` / ``区商务局`` / ``区农业农村局`` are the district's (as ce's 新吴区发展改革委).
  DECIDED HERE: a department written after the bracketed pair, ``经开区（头区）工信局局长``, takes the name outside the brackets,
  the zone: 乌鲁木齐经开区工信局 (the page names the merged body by the zone first; the bracket only glosses it).
- Zone departments as written after the label: 银川经开区经济发展局, 银川经开区规划建设环保局, 兰州新区经济发展局, 兰州新区应急管理局
  (bare ``应急管理局局长`` on the 新区 site, as bs's bare 地区 departments).
- A park's 管委会 under a zone (as bq): ``甘河园区管委会主任`` → 西宁经开区甘河园区管委会 主任; ``东川园区管委会主任`` → 西宁经开区
  东川园区管委会 主任. A town entrusted (托管) to a zone takes the zone's label (as bq): ``在秦川镇，镇党委书记马建军`` → 兰州新区秦川镇
  党委 书记; ``中川镇党委书记`` → 兰州新区中川镇党委. 头屯河区's streets are the district's own: 头屯河区王家沟街道党工委.
- City titles: bare ``市委常委`` / ``副市长`` / ``市长`` on a zone site or in the city paper are the zone's city (乌鲁木齐, 银川, 西宁,
  兰州); ``银川市副市长，经开区党工委副书记、管委会主任`` → 银川市政府 副市长 + 银川经开区党工委 副书记 + 银川经开区管委会 主任;
  ``省委常委`` in the 西宁晚报 → 青海省委 常委.
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 / 参加 named persons are attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 /
  作了安排 are speakers, not attendees, as bq); the 座谈会 after a 调研 is a meeting of its own (cq07); the 观摩活动 is a ``site
  observation`` and the 点评会 after it a meeting (CONVENTIONS; cq08); 推进会 / 调度会 are meetings (chair when 主持; 出席 attendees).
- Bylines: ``本报讯（记者 …）`` and ``（记者 …）`` are reporter lines; a media-centre or department credit (``（区融媒体中心 热依拉·
  阿不来提）``, ``（经济发展局 马瑞雪）``) is an author line; 责任编辑 / 校对 / 审核 are editor lines.
- Projects: works named as visited, reported or scheduled, name as written (``…项目现场`` without 现场; a park prefix kept, as bq's
  希望园区稀土永磁材料产业园一期). A 产业园 phase or a 标准化厂房 phase ``industrial_park``; 物流园 ``logistics_hub``; 管廊 / 污水处理
  works ``infrastructure_project``; 老旧小区改造 ``housing_project``; 生态修复 ``greening_project``; factories, 城市更新, 实训基地 and
  人居环境整治 ``project``. Generic phrases (``园区循环化改造项目``, ``美丽乡村示范村``) are no projects.
- Places: one row per name per file, as the evidence writes it; a zone written bare is a row as written (``经开区``, ``高新区``,
  ``新区``), and so is the short district form ``头区``; when a page writes the zone's full name (``银川经开区``, ``西宁经济技术开发
  区``, ``兰州新区``) the bare form on that page gives no row (as ce). DECIDED HERE: ``国际陆港区`` is a ``development_zone`` row;
  白鸟湖片区, 中亚南路片区 and 白鸟湖新区 are ``area`` rows; the parks of a zone (东川园区, 甘河园区, 南川园区, 中川园区, 秦川园区,
  职教园区) are ``zone_park`` rows. Mastheads, site lines, 来源 lines, footers, addresses, related-article lists and the enpproperty
  line are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_U = "乌鲁木齐经开区"
_T = "头屯河区"
_G = "乌鲁木齐高新区"
_X = "乌鲁木齐市新市区"
_Y = "银川经开区"
_N = "西宁经开区"
_L = "兰州新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cq01_toutunhe.txt": (2022, "发布时间：2022-04-14 19:06", _T, [
        ("经开区（头屯河区）召开一季度经济运行分析暨重点项目推进会", "4月13日", "2022-04-13", "4月13日，经开区（头屯河区）召开",
         "区政合一 zone/district site: 推进会; chains naming the zone's and the district's organs; bare 区发改委, 经开区（头区）工信局, a street secretary")]),
    "cq02_wulumuqi.txt": (2023, "2023年6月8日　星期四", "乌鲁木齐市", [
        ("帕尔哈提·司马义到经开区（头屯河区）调研时强调", "6月7日", "2023-06-07", "本报讯（记者 孙雅琴）6月7日",
         "city paper A02: the 市长's 调研 of 经开区（头屯河区）; the zone/district 书记 and 主任/区长 report")]),
    "cq03_toutunhe.txt": (2024, "发布时间：2024-09-11 12:35", _T, [
        ("市领导到我区调研国际陆港区配套项目和工业园区建设", "9月10日", "2024-09-10", "9月10日，副市长艾尔肯·吐拉克",
         "zone site: the former 管委会主任 now 副市长 visits; the 书记 now also 市委常委; a new 管委会主任/区长")]),
    "cq04_xinshiqu.txt": (2024, "发布日期：2024-03-21", "乌鲁木齐市新市区", [
        ("毛振宇到安宁渠镇调研乡村振兴和农村人居环境整治工作", "3月20日", "2024-03-20", "3月20日，高新区（新市区）党工委书记",
         "区政合一 高新区（新市区） site: the 书记's 调研 of a town; 祁海鹰 now 常务副区长 here; bare 区委、管委会")]),
    "cq05_yinchuan.txt": (2022, "发布时间：2022-08-19", _Y, [
        ("经开区召开重点项目建设调度会", "8月18日", "2022-08-18", "8月18日，经开区召开",
         "zone site writing the zone bare: 调度会 chaired by the 银川市副市长 who is 管委会主任; 经济发展局, 规划建设环保局")]),
    "cq06_yinchuan.txt": (2024, "2024年5月16日　星期四", "银川市", [
        ("魏长青到银川经开区调研工业经济和重点项目建设时强调", "5月15日", "2024-05-15", "本报讯（记者 马晓丽）5月15日",
         "city paper A02: the 市长's 调研; the former 主任 now 市委常委、副市长; the former 副主任 now 主任")]),
    "cq07_xining.txt": (2023, "日期：2023-10-27", "西宁市", [
        ("蒲建林赴西宁经济技术开发区调研时强调 聚焦主导产业 加快园区转型升级", "10月26日", "2023-10-26", "10月26日，省委常委、市委书记",
         "党建网 page of the 西宁晚报: the 市委书记's 调研 and 座谈会; bare 经开区 after the full name; park 管委会 heads")]),
    "cq08_lanzhouxinqu.txt": (2022, "2022年7月15日", _L, [
        ("新区举行二季度重点项目观摩活动", "7月13日至14日", "2022-07-13", "本报讯 7月13日至14日",
         "兰州新区报 in the 甘肃日报 edition: bare 新区; 观摩 and 点评会; a 托管 town secretary (马建军#2); enpproperty line")]),
    "cq09_lanzhouxinqu.txt": (2024, "发布时间：2024-04-18 17:20", _L, [
        ("苏晓明带队检查中川园区安全生产和重点项目建设工作", "4月17日", "2024-04-17", "4月17日，新区党工委委员",
         "新区 site: the 管委会副主任's 检查 (the former 经济发展局局长); bare 应急管理局; 中川镇 secretary")]),
}

_C1A = "经开区（头屯河区）党工委副书记、管委会主任，区委副书记、区长艾尔肯·吐拉克"
_C1H = "党工委书记、区委书记韩志勇出席会议"
_C1Q = "党工委委员、管委会副主任，区委常委、副区长祁海鹰"
_C2H = "经开区（头屯河区）党工委书记、区委书记韩志勇"
_C2A = "党工委副书记、管委会主任，区委副书记、区长艾尔肯·吐拉克汇报了"
_C3H = "市委常委，经开区（头屯河区）党工委书记、区委书记韩志勇"
_C3Z = "党工委副书记、管委会主任，区委副书记、区长周启航"
_C4Q = "党工委委员，区委常委、常务副区长祁海鹰"
_C5T = "银川市副市长，经开区党工委副书记、管委会主任拓守仁"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 乌鲁木齐 经开区（头屯河区）
    "cq:艾尔肯·吐拉克": ("艾尔肯·吐拉克", "official", "乌鲁木齐市", [
        ("cq01", _U + "党工委", "副书记", _C1A, "2022-04; 区政合一: one chain, both organs (identity case: 副市长 in 2024, cq03)"),
        ("cq01", _U + "管委会", "主任", _C1A, None),
        ("cq01", _T + "委", "副书记", _C1A, "a title after ``，`` naming the 区委 starts the district's organs"),
        ("cq01", _T + "政府", "区长", _C1A, None),
        ("cq02", _U + "党工委", "副书记", _C2A, "2023-06: the same chain in the city paper"),
        ("cq02", _U + "管委会", "主任", _C2A, None),
        ("cq02", _T + "委", "副书记", _C2A, None),
        ("cq02", _T + "政府", "区长", _C2A, None),
        ("cq03", "乌鲁木齐市政府", "副市长", "副市长艾尔肯·吐拉克到经开区（头屯河区）调研", "2024-09: from the zone's 管委会主任 to a city post; bare 副市长 on the zone site = 乌鲁木齐's")], []),
    "cq:韩志勇": ("韩志勇", "official", _T, [
        ("cq01", _U + "党工委", "书记", _C1H, "2022-04"),
        ("cq01", _T + "委", "书记", _C1H, "bare 区委 on the 头屯河区 site"),
        ("cq02", _U + "党工委", "书记", _C2H, "2023-06"),
        ("cq02", _T + "委", "书记", _C2H, None),
        ("cq03", "乌鲁木齐市委", "常委", _C3H, "2024-09: now also 市委常委"),
        ("cq03", _U + "党工委", "书记", _C3H, None),
        ("cq03", _T + "委", "书记", _C3H, None)], []),
    "cq:祁海鹰": ("祁海鹰", "official", "乌鲁木齐市", [
        ("cq01", _U + "党工委", "委员", _C1Q, "2022-04 (identity case: moves to 高新区（新市区）, cq04)"),
        ("cq01", _U + "管委会", "副主任", _C1Q, None),
        ("cq01", _T + "委", "常委", _C1Q, None),
        ("cq01", _T + "政府", "副区长", _C1Q, None),
        ("cq04", _G + "党工委", "委员", _C4Q, "2024-03: now in the other 区政合一 zone"),
        ("cq04", _X + "委", "常委", _C4Q, "DECIDED HERE: 新市区 takes its city (高雄 has a 新市区 too)"),
        ("cq04", _X + "政府", "常务副区长", _C4Q, None)], []),
    "cq:马振东": ("马振东", "official", _T, [
        ("cq01", _T + "发改委", "主任", "区发改委主任马振东", "bare 区 department on a 区政合一 site = the district's (as ce)")], []),
    "cq:杜文广": ("杜文广", "official", _U, [
        ("cq01", _U + "工信局", "局长", "经开区（头区）工信局局长杜文广", "DECIDED HERE: the name outside the brackets (the zone) labels the department")], []),
    "cq:赵锦程": ("赵锦程", "official", _T, [
        ("cq01", _T + "王家沟街道党工委", "书记", "王家沟街道党工委书记赵锦程", "the district's own street")], []),
    "cq:周启航": ("周启航", "official", _T, [
        ("cq03", _U + "党工委", "副书记", _C3Z, "2024-09: holds the chain 艾尔肯·吐拉克 held in 2022–2023"),
        ("cq03", _U + "管委会", "主任", _C3Z, None),
        ("cq03", _T + "委", "副书记", _C3Z, None),
        ("cq03", _T + "政府", "区长", _C3Z, None)], []),
    "cq:侯卫平": ("侯卫平", "official", _U, [
        ("cq03", _U + "党工委", "委员", "党工委委员、管委会副主任侯卫平", None),
        ("cq03", _U + "管委会", "副主任", "党工委委员、管委会副主任侯卫平", None)], []),
    "cq:阿依古丽·热合曼": ("阿依古丽·热合曼", "official", _T, [
        ("cq03", _T + "商务局", "局长", "区商务局局长阿依古丽·热合曼", "bare 区 department = the district's")], []),
    "cq:帕尔哈提·司马义": ("帕尔哈提·司马义", "official", "乌鲁木齐市", [
        ("cq02", "乌鲁木齐市委", "副书记", "市委副书记、市长帕尔哈提·司马义到经开区", "named in the headline too"),
        ("cq02", "乌鲁木齐市政府", "市长", "市委副书记、市长帕尔哈提·司马义到经开区", None)], []),
    "cq:冯建华": ("冯建华", "official", "乌鲁木齐市", [
        ("cq02", "乌鲁木齐市政府", "副市长", "副市长冯建华参加调研", None)], []),
    # ---- 乌鲁木齐 高新区（新市区）
    "cq:毛振宇": ("毛振宇", "official", _X, [
        ("cq04", _G + "党工委", "书记", "高新区（新市区）党工委书记、区委书记毛振宇", "named in the headline too"),
        ("cq04", _X + "委", "书记", "高新区（新市区）党工委书记、区委书记毛振宇", "bare 区委 on the 新市区 site (头屯河区委 on cq01 / cq03)")], []),
    "cq:单立新": ("单立新", "official", _X, [
        ("cq04", _X + "农业农村局", "局长", "区农业农村局局长单立新", None)], []),
    "cq:贾海涛": ("贾海涛", "official", _X, [
        ("cq04", _X + "安宁渠镇党委", "书记", "安宁渠镇党委书记贾海涛", None)], []),
    # ---- 银川
    "cq:拓守仁": ("拓守仁", "official", "银川市", [
        ("cq05", "银川市政府", "副市长", _C5T, "2022-08 (identity case: 市委常委、副市长 and out of the zone in 2024, cq06)"),
        ("cq05", _Y + "党工委", "副书记", _C5T, "bare 经开区 on the 银川 zone site"),
        ("cq05", _Y + "管委会", "主任", _C5T, None),
        ("cq06", "银川市委", "常委", "市委常委、副市长拓守仁参加调研", "2024-05"),
        ("cq06", "银川市政府", "副市长", "市委常委、副市长拓守仁参加调研", None)], []),
    "cq:纳文斌": ("纳文斌", "official", _Y, [
        ("cq05", _Y + "党工委", "委员", "党工委委员、管委会副主任纳文斌", "2022-08"),
        ("cq05", _Y + "管委会", "副主任", "党工委委员、管委会副主任纳文斌", None),
        ("cq06", _Y + "党工委", "副书记", "经开区党工委副书记、管委会主任纳文斌", "2024-05: now 主任"),
        ("cq06", _Y + "管委会", "主任", "经开区党工委副书记、管委会主任纳文斌", None)], []),
    "cq:马建军#1": ("马建军", "official", _Y, [
        ("cq05", _Y + "经济发展局", "局长", "经济发展局局长马建军", "银川 (宁夏); not the 马建军 of 兰州新区 (cq08)"),
        ("cq06", _Y + "经济发展局", "局长", "经开区经济发展局局长马建军", "2024-05: the same post")], []),
    "cq:杨成林": ("杨成林", "official", _Y, [
        ("cq05", _Y + "规划建设环保局", "局长", "规划建设环保局局长杨成林", None)], []),
    "cq:魏长青": ("魏长青", "official", "银川市", [
        ("cq06", "银川市委", "副书记", "市委副书记、市长魏长青", "named in the headline too"),
        ("cq06", "银川市政府", "市长", "市委副书记、市长魏长青", None)], []),
    # ---- 西宁
    "cq:蒲建林": ("蒲建林", "official", "西宁市", [
        ("cq07", "青海省委", "常委", "省委常委、市委书记蒲建林", "named in the headline too"),
        ("cq07", "西宁市委", "书记", "省委常委、市委书记蒲建林", None)], []),
    "cq:牛志刚": ("牛志刚", "official", "西宁市", [
        ("cq07", "西宁市政府", "副市长", "副市长牛志刚参加调研", None)], []),
    "cq:雷振邦": ("雷振邦", "official", _N, [
        ("cq07", "西宁市委", "常委", "市委常委、经开区党工委书记雷振邦", None),
        ("cq07", _N + "党工委", "书记", "市委常委、经开区党工委书记雷振邦", "bare 经开区 after 西宁经济技术开发区")], []),
    "cq:海明远": ("海明远", "official", _N, [
        ("cq07", _N + "管委会", "主任", "经开区管委会主任海明远", None)], []),
    "cq:郝玉霞": ("郝玉霞", "official", _N, [
        ("cq07", _N + "甘河园区管委会", "主任", "甘河园区管委会主任郝玉霞", "a park's 管委会 under the zone (as bq)")], []),
    "cq:毛立东": ("毛立东", "official", _N, [
        ("cq07", _N + "东川园区管委会", "主任", "东川园区管委会主任毛立东", None)], []),
    # ---- 兰州新区
    "cq:丁少宏": ("丁少宏", "official", _L, [
        ("cq08", "兰州市委", "常委", "市委常委、新区党工委书记丁少宏", None),
        ("cq08", _L + "党工委", "书记", "市委常委、新区党工委书记丁少宏", "bare 新区 in the 兰州新区报")], []),
    "cq:李泽川": ("李泽川", "official", _L, [
        ("cq08", _L + "党工委", "副书记", "新区党工委副书记、管委会主任李泽川", None),
        ("cq08", _L + "管委会", "主任", "新区党工委副书记、管委会主任李泽川", None)], []),
    "cq:马建军#2": ("马建军", "official", _L, [
        ("cq08", _L + "秦川镇党委", "书记", "在秦川镇，镇党委书记马建军", "兰州新区 (甘肃), a 托管 town; not the 马建军 of 银川经开区 (cq05, cq06)")], []),
    "cq:苏晓明": ("苏晓明", "official", _L, [
        ("cq08", _L + "经济发展局", "局长", "新区经济发展局局长苏晓明", "2022-07 (identity case: 管委会副主任 in 2024, cq09)"),
        ("cq09", _L + "党工委", "委员", "新区党工委委员、管委会副主任苏晓明", "2024-04"),
        ("cq09", _L + "管委会", "副主任", "新区党工委委员、管委会副主任苏晓明", None)], []),
    "cq:尚远航": ("尚远航", "official", _L, [
        ("cq09", _L + "经济发展局", "局长", "新区经济发展局局长尚远航", "succeeds 苏晓明")], []),
    "cq:岳志强": ("岳志强", "official", _L, [
        ("cq09", _L + "应急管理局", "局长", "应急管理局局长岳志强", "bare department on the 新区 site")], []),
    "cq:张晓岚": ("张晓岚", "official", _L, [
        ("cq09", _L + "中川镇党委", "书记", "中川镇党委书记张晓岚", "托管 town takes the zone label")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cq01", "热依拉·阿不来提", "供稿", "author", "（区融媒体中心 热依拉·阿不来提）"),
    ("cq01", "古丽努尔", "责任编辑", "editor", "责任编辑：古丽努尔"),
    ("cq02", "孙雅琴", "记者", "reporter", "本报讯（记者 孙雅琴）"),
    ("cq02", "努尔比亚", "责任编辑", "editor", "责任编辑：努尔比亚"),
    ("cq02", "卢思远", "校对", "editor", "校对：卢思远"),
    ("cq03", "热依拉·阿不来提", "供稿", "author", "（区融媒体中心 热依拉·阿不来提）"),
    ("cq03", "古丽努尔", "责任编辑", "editor", "责任编辑：古丽努尔"),
    ("cq04", "赵欣然", "责任编辑", "editor", "责任编辑：赵欣然"),
    ("cq04", "韦东平", "审核", "editor", "审核：韦东平"),
    ("cq05", "马瑞雪", "供稿", "author", "（经济发展局 马瑞雪）"),
    ("cq05", "白玉洁", "责任编辑", "editor", "责任编辑：白玉洁"),
    ("cq06", "马晓丽", "记者", "reporter", "本报讯（记者 马晓丽）"),
    ("cq06", "付晓婷", "责任编辑", "editor", "责任编辑：付晓婷"),
    ("cq07", "施雨晨", "记者", "reporter", "（记者 施雨晨）"),
    ("cq08", "张云帆", "记者", "reporter", "（记者 张云帆）"),
    ("cq09", "吕文娟", "责任编辑", "editor", "责任编辑：吕文娟"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("cq01", "一季度经济运行分析暨重点项目推进会", "meeting (推进会)", "4月13日", "艾尔肯·吐拉克", None, ["经开区（头屯河区）"],
     ["韩志勇", "祁海鹰"], ["马振东", "杜文广", "赵锦程", "祁海鹰", "韩志勇", "艾尔肯·吐拉克"], None,
     "4月13日，经开区（头屯河区）召开一季度经济运行分析暨重点项目推进会",
     ["区长艾尔肯·吐拉克主持会议", "区委书记韩志勇出席会议并讲话", "副区长祁海鹰出席会议", "马振东通报了", "杜文广汇报了",
      "赵锦程就白鸟湖片区征收安置工作作了发言", "祁海鹰就重点项目建设作了具体安排", "韩志勇强调", "艾尔肯·吐拉克要求"]),
    ("cq02", "经开区（头屯河区）重点项目建设和稳经济工作调研", "inspection (调研)", "6月7日", None, "帕尔哈提·司马义", [],
     ["冯建华"], ["韩志勇", "艾尔肯·吐拉克", "帕尔哈提·司马义", "冯建华"], "经开区（头屯河区）",
     "市委副书记、市长帕尔哈提·司马义到经开区（头屯河区）调研重点项目建设和稳经济工作",
     ["市长帕尔哈提·司马义到经开区（头屯河区）调研", "副市长冯建华参加调研", "韩志勇介绍了", "艾尔肯·吐拉克汇报了",
      "帕尔哈提·司马义指出", "冯建华就做好园区安全生产"]),
    ("cq03", "国际陆港区配套项目和工业园区建设调研", "inspection (调研)", "9月10日", None, "艾尔肯·吐拉克", [],
     ["韩志勇", "周启航"], ["侯卫平", "阿依古丽·热合曼", "艾尔肯·吐拉克", "韩志勇", "周启航"], "经开区（头屯河区）",
     "9月10日，副市长艾尔肯·吐拉克到经开区（头屯河区）调研国际陆港区配套项目和工业园区建设情况",
     ["副市长艾尔肯·吐拉克到经开区（头屯河区）调研", "区长周启航陪同调研", "侯卫平介绍了", "阿依古丽·热合曼汇报了",
      "艾尔肯·吐拉克指出", "韩志勇表示", "周启航就项目要素保障"]),
    ("cq04", "安宁渠镇乡村振兴和农村人居环境整治调研", "inspection (调研)", "3月20日", None, "毛振宇", [],
     ["祁海鹰", "单立新", "贾海涛"], ["贾海涛", "单立新", "毛振宇", "祁海鹰"], "安宁渠镇",
     "3月20日，高新区（新市区）党工委书记、区委书记毛振宇到安宁渠镇调研乡村振兴和农村人居环境整治工作",
     ["区委书记毛振宇到安宁渠镇调研", "安宁渠镇党委书记贾海涛陪同调研", "贾海涛汇报了", "单立新介绍了", "毛振宇强调",
      "祁海鹰就春耕生产"]),
    ("cq05", "重点项目建设调度会", "meeting (调度会)", "8月18日", "拓守仁", None, ["银川经开区"],
     ["纳文斌"], ["马建军", "杨成林", "拓守仁", "纳文斌"], None,
     "8月18日，经开区召开重点项目建设调度会",
     ["管委会主任拓守仁主持会议", "管委会副主任纳文斌出席会议", "经济发展局局长马建军通报了", "杨成林汇报了", "拓守仁指出",
      "纳文斌就下一步项目服务专班工作作了具体安排"]),
    ("cq06", "银川经开区工业经济和重点项目建设调研", "inspection (调研)", "5月15日", None, "魏长青", [],
     ["拓守仁"], ["纳文斌", "马建军", "魏长青", "拓守仁"], "银川经开区",
     "5月15日，市委副书记、市长魏长青到银川经开区调研工业经济运行和重点项目建设情况",
     ["市长魏长青到银川经开区调研", "副市长拓守仁参加调研", "纳文斌介绍了", "马建军汇报了", "魏长青指出", "拓守仁就园区用能指标"]),
    ("cq07", "西宁经济技术开发区新能源新材料产业发展和园区转型升级调研", "inspection (调研)", "10月26日", None, "蒲建林", [],
     ["牛志刚"], ["蒲建林"], "西宁经济技术开发区",
     "10月26日，省委常委、市委书记蒲建林赴西宁经济技术开发区调研新能源新材料产业发展和园区转型升级工作",
     ["市委书记蒲建林赴西宁经济技术开发区调研", "副市长牛志刚参加调研", "蒲建林详细询问项目投资"]),
    ("cq07", "座谈会", "meeting (座谈会)", "10月26日", None, None, [],
     [], ["雷振邦", "海明远", "郝玉霞", "毛立东", "蒲建林", "牛志刚"], None,
     "座谈会上，市委常委、经开区党工委书记雷振邦汇报了经开区“一区四园”发展情况",
     ["经开区党工委书记雷振邦汇报了", "海明远就招商引资和重点项目推进作了补充汇报", "郝玉霞、东川园区管委会主任毛立东分别汇报了",
      "蒲建林强调", "牛志刚就四季度工业经济运行调度作了安排"]),
    ("cq08", "二季度重点项目观摩活动", "site observation (观摩活动)", "7月13日至14日", None, None, ["兰州新区"],
     ["丁少宏", "李泽川"], ["马建军", "苏晓明"], "中川园区、秦川园区、职教园区、中川镇",
     "7月13日至14日，新区举行二季度重点项目观摩活动",
     ["新区党工委书记丁少宏", "管委会主任李泽川带领", "镇党委书记马建军介绍了", "苏晓明介绍了"]),
    ("cq08", "点评会", "meeting (点评会)", "7月13日至14日", "李泽川", None, [],
     [], ["李泽川", "丁少宏"], None,
     "观摩结束后召开点评会",
     ["李泽川主持点评会并通报了观摩打分情况", "丁少宏指出"]),
    ("cq09", "中川园区安全生产和重点项目建设检查", "inspection (检查)", "4月17日", None, "苏晓明", [],
     ["尚远航", "岳志强", "张晓岚"], ["岳志强", "尚远航", "张晓岚", "苏晓明"], "中川园区",
     "4月17日，新区党工委委员、管委会副主任苏晓明带队检查中川园区安全生产和重点项目建设工作",
     ["管委会副主任苏晓明带队检查", "中川镇党委书记张晓岚陪同检查", "岳志强汇报了", "尚远航介绍了", "张晓岚汇报了", "苏晓明强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cq01", "经开区新能源装备产业园二期", "industrial_park", "经开区新能源装备产业园二期、白鸟湖片区综合管廊工程"),
    ("cq01", "白鸟湖片区综合管廊工程", "infrastructure_project", "经开区新能源装备产业园二期、白鸟湖片区综合管廊工程"),
    ("cq01", "头屯河生态修复工程", "greening_project", "头屯河生态修复工程等一批续建项目"),
    ("cq02", "经开区新能源装备产业园二期", "industrial_park", "先后来到经开区新能源装备产业园二期"),
    ("cq02", "白鸟湖片区综合管廊工程", "infrastructure_project", "白鸟湖片区综合管廊工程和中亚南路片区城市更新项目现场"),
    ("cq02", "中亚南路片区城市更新项目", "project", "白鸟湖片区综合管廊工程和中亚南路片区城市更新项目现场"),
    ("cq03", "白鸟湖临港物流园一期", "logistics_hub", "先后来到白鸟湖临港物流园一期"),
    ("cq03", "经开区新能源装备产业园二期", "industrial_park", "经开区新能源装备产业园二期和头屯河区老旧小区改造项目现场"),
    ("cq03", "头屯河区老旧小区改造项目", "housing_project", "经开区新能源装备产业园二期和头屯河区老旧小区改造项目现场"),
    ("cq04", "安宁渠镇设施农业产业园", "industrial_park", "先后来到安宁渠镇设施农业产业园"),
    ("cq04", "广东户村人居环境整治项目", "project", "广东户村人居环境整治项目和安宁渠镇污水处理站提标改造工程现场"),
    ("cq04", "安宁渠镇污水处理站提标改造工程", "infrastructure_project", "广东户村人居环境整治项目和安宁渠镇污水处理站提标改造工程现场"),
    ("cq05", "晶瑞单晶硅材料二期项目", "project", "汇报了晶瑞单晶硅材料二期项目、智能终端产业园二期等项目"),
    ("cq05", "智能终端产业园二期", "industrial_park", "汇报了晶瑞单晶硅材料二期项目、智能终端产业园二期等项目"),
    ("cq06", "晶瑞单晶硅材料二期项目", "project", "先后来到晶瑞单晶硅材料二期项目、智能终端产业园二期"),
    ("cq06", "智能终端产业园二期", "industrial_park", "先后来到晶瑞单晶硅材料二期项目、智能终端产业园二期"),
    ("cq06", "经开区储能装备产业园项目", "industrial_park", "经开区储能装备产业园项目现场"),
    ("cq07", "东川园区光伏材料产业园三期项目", "industrial_park", "在东川园区光伏材料产业园三期项目现场"),
    ("cq07", "南川园区藏毯产业园二期项目", "industrial_park", "来到南川园区藏毯产业园二期项目现场"),
    ("cq08", "中川园区新能源电池材料产业园一期", "industrial_park", "观摩团先后来到中川园区新能源电池材料产业园一期"),
    ("cq08", "秦川园区精细化工中间体项目", "project", "秦川园区精细化工中间体项目"),
    ("cq08", "新区职教园区公共实训基地二期", "project", "新区职教园区公共实训基地二期"),
    ("cq09", "中川园区新能源电池材料产业园二期", "industrial_park", "先后来到中川园区新能源电池材料产业园二期"),
    ("cq09", "中川园区标准化厂房三期", "industrial_park", "中川园区标准化厂房三期和中川镇污水处理厂扩建工程现场"),
    ("cq09", "中川镇污水处理厂扩建工程", "infrastructure_project", "中川园区标准化厂房三期和中川镇污水处理厂扩建工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cq01", "经开区", "development_zone", "standalone", "4月13日，经开区（头屯河区）召开"),
    ("cq01", "头屯河区", "district", "standalone", "4月13日，经开区（头屯河区）召开"),
    ("cq01", "头区", "district", "in_org_reference", "经开区（头区）工信局局长杜文广"),
    ("cq01", "王家沟街道", "sub_district_office", "in_org_reference", "王家沟街道党工委书记赵锦程"),
    ("cq01", "白鸟湖片区", "area", "standalone", "就白鸟湖片区征收安置工作作了发言"),
    ("cq01", "头屯河", "river", "in_project_name", "头屯河生态修复工程等一批续建项目"),
    ("cq02", "经开区", "development_zone", "standalone", "市长帕尔哈提·司马义到经开区（头屯河区）调研"),
    ("cq02", "头屯河区", "district", "standalone", "市长帕尔哈提·司马义到经开区（头屯河区）调研"),
    ("cq02", "白鸟湖片区", "area", "standalone", "在白鸟湖片区，党工委副书记"),
    ("cq02", "中亚南路片区", "area", "in_project_name", "中亚南路片区城市更新项目现场"),
    ("cq02", "白鸟湖新区", "area", "standalone", "要加快白鸟湖新区产城融合"),
    ("cq03", "经开区", "development_zone", "standalone", "副市长艾尔肯·吐拉克到经开区（头屯河区）调研"),
    ("cq03", "头屯河区", "district", "standalone", "副市长艾尔肯·吐拉克到经开区（头屯河区）调研"),
    ("cq03", "国际陆港区", "development_zone", "standalone", "要立足国际陆港区核心承载区定位"),
    ("cq03", "白鸟湖", "lake", "in_project_name", "先后来到白鸟湖临港物流园一期"),
    ("cq04", "高新区", "development_zone", "standalone", "安宁渠镇是高新区（新市区）乡村振兴的主战场"),
    ("cq04", "新市区", "district", "standalone", "安宁渠镇是高新区（新市区）乡村振兴的主战场"),
    ("cq04", "安宁渠镇", "town", "standalone", "区委书记毛振宇到安宁渠镇调研"),
    ("cq04", "广东户村", "village", "in_project_name", "广东户村人居环境整治项目"),
    ("cq05", "经开区", "development_zone", "standalone", "8月18日，经开区召开重点项目建设调度会"),
    ("cq05", "银川市", "city", "in_title", _C5T),
    ("cq06", "银川经开区", "development_zone", "standalone", "市长魏长青到银川经开区调研"),
    ("cq07", "西宁经济技术开发区", "development_zone", "standalone", "市委书记蒲建林赴西宁经济技术开发区调研"),
    ("cq07", "东川园区", "zone_park", "in_project_name", "在东川园区光伏材料产业园三期项目现场"),
    ("cq07", "甘河园区", "zone_park", "standalone", "在甘河园区，蒲建林察看了"),
    ("cq07", "南川园区", "zone_park", "in_project_name", "来到南川园区藏毯产业园二期项目现场"),
    ("cq08", "新区", "development_zone", "standalone", "7月13日至14日，新区举行二季度重点项目观摩活动"),
    ("cq08", "中川园区", "zone_park", "in_project_name", "观摩团先后来到中川园区新能源电池材料产业园一期"),
    ("cq08", "秦川园区", "zone_park", "in_project_name", "秦川园区精细化工中间体项目"),
    ("cq08", "职教园区", "zone_park", "in_project_name", "新区职教园区公共实训基地二期"),
    ("cq08", "中川镇", "town", "standalone", "中川镇美丽乡村示范村等16个观摩点"),
    ("cq08", "秦川镇", "town", "standalone", "在秦川镇，镇党委书记马建军"),
    ("cq09", "中川园区", "zone_park", "standalone", "带队检查中川园区安全生产和重点项目建设工作"),
    ("cq09", "中川镇", "town", "in_org_reference", "中川镇党委书记张晓岚"),
    ("cq09", "兰州新区", "development_zone", "standalone", "兰州新区正处于大开发、大建设阶段"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cq", conventions="set cq (blind set: development zones and new areas of western and northern cities: 新疆 乌鲁木齐 (经开区（头屯河区） and 高新区（新市区）, both 区政合一: one chain gives lines for the zone's 党工委 / 管委会 and the district's 区委 / 政府; 新市区 takes its city: 乌鲁木齐市新市区), 宁夏 银川 (银川经开区, written bare on its site), 青海 西宁 (西宁经开区 and its park 管委会: zone label + park + 管委会), 甘肃 兰州新区 (bare 新区; 托管 towns take the zone label); bare 区 departments on a 区政合一 site are the district's, a department after 经开区（头区） is the zone's; one line per post per article)",
          persons_note="Set cq persons. id = corpus-wide person_id (cq:马建军#1 of 银川经开区 (宁夏) and cq:马建军#2 of 兰州新区's 秦川镇 (甘肃) are two people; cq:艾尔肯·吐拉克 乌鲁木齐经开区管委会主任 / 头屯河区长 2022–2023 → 乌鲁木齐市副市长 2024; cq:祁海鹰 经开区（头屯河区） 管委会副主任、副区长 2022 → 高新区（新市区） 常务副区长 2024; cq:拓守仁 银川市副市长 + 经开区管委会主任 2022 → 市委常委、副市长 2024; cq:纳文斌 副主任 → 主任; cq:苏晓明 兰州新区经济发展局局长 2022 → 管委会副主任 2024; cq:韩志勇 adds 市委常委 in 2024)")


if __name__ == "__main__":
    main()
