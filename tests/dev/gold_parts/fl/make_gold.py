"""Write gold part ``fl`` (a blind set: annual review pages — 述职评议会, 经济工作会议 with 考核 表彰, 人代会 openings with the
政府工作报告, 领导班子 年度述职 — of counties and cities in 河南, 四川, 湖北, 江苏, 山东 and 甘肃) from the tables below.

Pages ``tests/dev/texts/fl*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a speech at a county's 党委书记抓基层党建工作述职评议会议 (``受市委常委、
组织部长同志委托…参加``, ``县委书记对各位乡镇(街道)党委书记的点评``); a 沙土镇 述职评议 report (``县区委组织部指导组组长…到会
指导``, three 社区 and three 村 书记 述职 for all, the rest ``书面《材料汇编》``, the 镇党委书记's ``三点中肯的评价``); the 中江县
2015 乡镇党委书记 专项述职评议会 (``会议由县委书记周新主持，市委组织部…到会指导。县领导…出席会议``, 满意度测评); 桃江 灰山港镇,
茶盘洲镇 and 湖北 曹武镇 述职评议大会 pages (``镇党委书记…逐一点评``, 民主评议, a byline in brackets at the end); the 洪洞县
临汾新闻网 page of a 县乡党委（党组）书记 专项述评会 (``责任编辑:``); a 红网 东安县 绩效考核表彰大会 (``县委书记…出席会议并作重要讲话，
县委副书记、县长…主持会议，县委副书记…宣读表彰通报。县人大常委会主任…以及…等县领导出席会议``); the 澄城县 表彰决定 (``中共澄城县委
澄城县人民政府 关于表彰…的决定``, 韦庄镇等6个乡(镇)); a 衡东县 考核结果通报 (lists of units by 序列); a 桃源县 人代会 opening
(``大会主席团常务主席、大会执行主席…在主席台就坐``, ``县长…向大会作政府工作报告``) and a county 人代会 主持词 (书面审议 of the
计划 and 预算 reports); a 绩溪 县领导干部会议 of the 市委考核组 (``县委书记…主持会议并代表县委领导班子作述职报告。县长…代表县政府领导
班子作述职报告``); a 麦积区 考核 (``市委常委、市委秘书长…带领市委考核组``); a 老洲镇 综合考核 meeting (``县考核组组长…作动员讲话``);
a 嘉兴 (徐焕明) 全县经济工作会议暨表彰大会 (``县委副书记、县长…作工作报告。…以及副县长…参加会议``); a 宝鸡 县(区)委书记座谈会
(``市委书记…主持会议并讲话，市长…安排稳增长工作，市人大常委会主任…、市政协主席…参加会议``); a 隨州 表彰 report of 先进个人 with
their posts (``隨縣民政局四級調研員…，…社區黨委書記、居委會主任…``). Places are real and new to the corpus: 河南 商丘 民权县 (two
pages), 四川 内江 资中县 and the 内江日报, 湖北 荆州 监利市 (a county-level city; its site and a portal), 江苏 盐城 建湖县, 山东 聊城
莘县, 甘肃 定西 通渭县 and 岷县 (the 定西日报).

Shapes: a county site's 乡镇（街道）党（工）委书记抓基层党建工作述职评议会 (组织部部长 主持, 县委书记 点评, four town / street
secretaries 述职 in turn, the 市委组织部副部长 到会指导) (fl01); a city paper's 第03版 of the same county's 经济工作会议暨综合考核
表彰大会 with a 表彰决定 naming 先进乡镇 and honoured people with their posts, and a 本版其他文章 list (fl02); a county site's 人代会
opening (县长 作政府工作报告, 主席台 list, 人大常委会主任 主持) with 相关链接 (fl03); a city paper's 第01版 with two articles: the
city's 目标绩效考核总结表彰大会 (the former county 书记 now 副市长 reads the decision) and the new county 书记's 调研 (fl04); a
county-level city's 乡镇党委书记 述职评议会 with the 荆州市委组织部 科长 到会指导 (fl05); a 融媒体 portal (作者 / 编辑 in the stamp
line, 分享到, 相关新闻) of the same city's 经济工作暨动员大会, the former 毛市镇 书记 now 副市长 (fl06); a county site's 县级领导班子和
领导干部述职大会 with the 盐城市委第六考核组组长 (fl07); a county site's 综合考核总结表彰大会 with a list ``post　name`` of 先进个人
(fl08); a county site's 县委全会暨全县经济工作会议 with the 常务副县长 announcing the 考核 results (fl09); a prefecture paper's 第02版
of a 人代会 opening where the former 通渭 常务副县长 is now 岷县 县长 and reads the report (fl10).

Identity cases:
- fl:庞绍谦, a 县长 who becomes 县委书记: 民权县委副书记、县长 in Jan 2023 (fl01); 民权县委书记 in Feb 2024 (fl02).
- fl:喻鸿钧, a county 书记 who becomes a city's 副市长: 资中县委书记 in Jan 2023 (fl03); 内江市 副市长 in Feb 2024 (fl04), where
  资中县委书记 is now fl:宣一帆.
- fl:鄢凤仪, a town secretary who becomes the city's 副市长: 监利市毛市镇党委书记 in Jan 2023 (fl05); 监利市 副市长 in Mar 2024 (fl06).
- fl:漆志远 moves between counties: 通渭县委常委、常务副县长 in Feb 2023 (fl09); 岷县委副书记、县长 in Jan 2025 (fl10).
- the same officials on two pages: fl:宓秀兰 (民权县委常委、组织部部长, 2023 and 2024), fl:涂振华 (人和镇党委书记, 述职 in 2023,
  honoured in 2024), fl:晏明哲 (资中县长, 2023 and 2024), fl:黎国铮 / fl:卞文轩 (监利 书记 / 市长), fl:钮海滨 (新沟镇党委书记).
- two different 范立勋 in unrelated places: fl:范立勋#1 is 莘县燕店镇党委书记 (山东, fl08); fl:范立勋#2 is 建湖县 副县长 (江苏, fl07).
- one organ name in several places: ``县委组织部`` / ``组织部部长`` is 民权县's (fl01, fl02), 建湖县's (fl07), 莘县's (fl08) and
  通渭县's (fl09); bare ``高新区`` (``高新区党工委书记``) is 民权高新区 (fl02) and 建湖高新区 (fl07); ``县委副书记、县长`` is 民权's,
  资中's, 建湖's, 莘县's, 通渭's and 岷县's; ``县人大常委会主任`` and ``县政协主席`` likewise.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts u, aq, ba, ab, az, bs where they speak; decided here where they are silent):
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 / 县委组织部 / 县商务局 on a county site or in a paper's
  article about a county = that county's; 市委 / 市政府 on the 监利市 site and the 监利 portal = 监利市's (a county-level city),
  in the 内江日报's city article = 内江市's; bare 县委 after ``资中县委书记宣一帆`` = 资中县's. One-character county names keep
  县 in the label: 莘县委, 岷县委 (label + 委 as CONVENTIONS builds every party committee).
- DECIDED HERE: a bare ``高新区`` on a county's page is that county's zone, labelled with the county name without 县 + 高新区
  (``民权高新区``, ``建湖高新区``), as CONVENTIONS drops 市 from a city's name; 党工委 书记 → X高新区党工委, 管委会 主任 →
  X高新区管委会. The place is annotated as written (``高新区``; ``建湖高新区`` where the page writes it).
- Towns and streets: county label + name (民权县人和镇党委, 民权县绿洲街道党工委, 监利市毛市镇党委, 莘县古城镇政府 for a 镇长).
  ``荆州市委组织部组织一科科长`` → 荆州市委组织部组织一科 科长 (a section as written, as the sample keeps 市委组织部组织二处).
  ``盐城市委第六考核组组长`` is a post of the 考核组 (a temporary group's role, CONVENTIONS); ``市统计局局长`` after it = 盐城市's.
- DECIDED HERE (表彰): an honour (先进个人, 突出贡献个人, 先进乡镇) is no post and no event; the post written with an honoured
  person (``人和镇党委书记涂振华``, a list line ``古城镇党委副书记、镇长　邱晨阳``) is a holding at the page's date, as u09's
  述职 list. The honoured units are places (towns, streets, counties, zones) when they are places, else nothing.
- ``县领导展洪亮、付佳宁`` (fl08) is no post (CONVENTIONS); they are attendees. ``代表县委常委会述职`` is no post.
- DECIDED HERE (述职): each person named as 述职 (现场述职, 个人述职, 代表…班子述职) is a speaker of the 述职 meeting; the 书面述职
  of unnamed others names nobody; the 县委书记 / 市委书记 who 点评 is a speaker (and an attendee when 出席). An upper-level
  official who 到会指导 is an attendee, and a speaker when 讲话 / 指出 / 提出建议 (as aa's 到会指导).
- Events: the 述职评议会 (meeting (述职评议会), as aq / ba), the 述职大会 (as u09), 经济工作会议 and 表彰大会 (宣读 a decision =
  speaker, as az), the 县委全会暨经济工作会议 (one meeting, type 县委全会; 作工作报告并讲话 = speaker), the 人代会 opening
  (``session (人代会)`` as ab; chair = the 人大常委会主任 who 主持 (大会执行主席 is a session role, u); 作政府工作报告 = speaker;
  主席台就座 = attendees), a 调研 (inspection: leader; 陪同 attendees; 汇报 / 强调 / 作安排 speakers).
- Documents (《…关于表彰…的决定》, 政府工作报告, the 全会 决议) are neither events nor projects; places in their titles count
  (context ``in_document_title``).
- Projects: named works reported built or to be pushed: …产业园 / 一期 / 二期 / 三期 / 扩区项目 ``industrial_park``; 冷链物流
  集散中心 / 冷链物流中心 ``logistics_hub``; 老旧小区改造 / 易地搬迁安置区 ``housing_project``; 生态修复 / 生态廊道 / 湿地保护修复 /
  水环境综合治理 ``greening_project``; 干堤加固 / 防洪治理 / 河道整治 / 河段综合治理 ``engineering_work``; 片区综合开发, 风光储
  一体化项目, 康养园项目, 高标准农田示范区 (named with its town) ``project``. One line per project per page; a project written
  twice (``冷链装备产业园三期`` / ``高新区冷链装备产业园三期``) gets the first form. ``稻虾共作``, 老旧小区改造 (generic) are no
  projects.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent lines; a portal's or site's ``作者：`` an author line; 责任编辑 /
  编辑 / 审核 editor lines.
- Places: one line per name per file, as written, short forms too (``民权``, ``通渭``, ``建湖``, ``资中``, ``监利``); places in
  titles, organ references, document titles and project names count; site lines, navigation, mastheads, 来源 lines, footers,
  addresses and 上一篇 / 下一篇 are not annotated; DECIDED HERE: related-article lists (``本版其他文章``, ``相关链接``, ``相关新闻``,
  ``本版导读``) are chrome like 上一篇 / 下一篇 and are not annotated (宁陵县, 夏邑县, 睢县, 临洮县, 漳县 are in them only); an unnamed
  venue (``县会议中心``) is no place (it is the meeting's ``place``).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

MQ, ZZ, NJ, JL, JH, SX, TW, MX = "民权县", "资中县", "内江市", "监利市", "建湖县", "莘县", "通渭县", "岷县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fl01_minquan.txt": (2023, "发布时间：2023-01-13 17:26", MQ, [
        ("民权县召开2022年度乡镇（街道）党（工）委书记抓基层党建工作述职评议会", "1月12日", "2023-01-12", "1月12日，民权县召开",
         "county site: 述职评议会 (组织部部长 主持, 县委书记 点评, four town / street secretaries 述职, 市委组织部副部长 到会指导)")]),
    "fl02_minquan.txt": (2024, "2024年2月23日　星期五", MQ, [
        ("民权县召开经济工作会议暨综合考核表彰大会", "2月22日", "2024-02-22", "本报讯（记者 柴梦瑶",
         "city paper 第03版: 经济工作会议暨表彰大会; the former 县长 now 县委书记; honoured people with posts (高新区党工委书记)")]),
    "fl03_zizhong.txt": (2023, "发布时间：2023-01-06 18:02", ZZ, [
        ("资中县第十八届人民代表大会第二次会议隆重开幕", "1月6日上午", "2023-01-06", "1月6日上午，资中县",
         "county site: 人代会 opening; 县长 作政府工作报告; 人大常委会主任 主持; 县委书记 喻鸿钧")]),
    "fl04_neijiang.txt": (2024, "2024年2月28日　星期三", NJ, [
        ("全市2023年度目标绩效考核总结表彰大会召开", "2月27日", "2024-02-27", "本报讯（记者 蒋雨涵）",
         "city paper 第01版: 目标绩效考核表彰大会; 副市长 喻鸿钧 (former 资中县委书记) reads the decision"),
        ("宣一帆到球溪镇调研乡村振兴和重点项目建设", "2月26日", "2024-02-26", "本报讯（记者 唐嘉伟",
         "second article: the new 资中县委书记's 调研 in 球溪镇 with the 县长 and 常务副县长")]),
    "fl05_jianli.txt": (2023, "发布日期：2023-01-11", JL, [
        ("监利市召开2022年度乡镇党委书记抓基层党建工作述职评议会", "1月10日", "2023-01-10", "1月10日，监利市召开",
         "county-level city site: 述职评议会; 毛市镇党委书记 鄢凤仪 述职; 荆州市委组织部 科长 到会指导")]),
    "fl06_jianli.txt": (2024, "2024-03-02 10:15:36", JL, [
        ("监利市召开2024年经济工作暨“项目攻坚年”动员大会", "3月1日", "2024-03-01", "3月1日，监利市召开",
         "融媒体 portal: 经济工作暨动员大会; 副市长 鄢凤仪 reads the 表彰通报; 常务副市长 作安排")]),
    "fl07_jianhu.txt": (2024, "发布日期：2024-01-25", JH, [
        ("我县召开2023年度县级领导班子和领导干部述职大会", "1月24日下午", "2024-01-24", "1月24日下午，我县召开",
         "county site: 县级领导班子和领导干部述职大会 with 盐城市委第六考核组组长; 副县长 范立勋#2; 高新区党工委书记")]),
    "fl08_shenxian.txt": (2024, "发布时间：2024-02-19 16:48", SX, [
        ("莘县召开2023年度经济社会发展综合考核总结表彰大会", "2月19日上午", "2024-02-19", "2月19日上午，莘县召开",
         "county site: 综合考核表彰大会; list ``post　name`` of 先进个人 (燕店镇党委书记 范立勋#1); 县领导 without titles")]),
    "fl09_tongwei.txt": (2023, "发布时间：2023-02-03 19:40", TW, [
        ("中共通渭县委十七届四次全体会议暨全县经济工作会议召开", "2月3日", "2023-02-03", "2月3日，中共通渭县委",
         "county site: 县委全会暨经济工作会议; 常务副县长 漆志远 announces the 考核 results; 组织部部长 reads the decision")]),
    "fl10_minxian.txt": (2025, "2025年1月9日　星期四", MX, [
        ("岷县第十八届人民代表大会第五次会议开幕", "1月8日", "2025-01-08", "本报讯（记者 安雨晴）",
         "prefecture paper 第02版: 人代会 opening; 县长 漆志远 (former 通渭 常务副县长) 作政府工作报告")]),
}

_ZZ_LEAD = "县人大常委会主任税成钢，县政协主席甘丽蓉"
_JH_SHI = "盐城市委第六考核组组长、市统计局局长史振宏到会指导并讲话"
_JH_PRC = "县人大常委会主任仲秀英、县政协主席陶家麟分别代表"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 民权 (河南 商丘)
    "fl:蔺景行": ("蔺景行", "official", MQ, [
        ("fl01", "民权县委", "书记", "县委书记蔺景行出席会议并逐一点评", "2023-01")], []),
    "fl:庞绍谦": ("庞绍谦", "official", MQ, [
        ("fl01", "民权县委", "副书记", "县委副书记、县长庞绍谦", "2023-01 (identity case: 县委书记 in 2024, fl02)"),
        ("fl01", "民权县政府", "县长", "县委副书记、县长庞绍谦", None),
        ("fl02", "民权县委", "书记", "县委书记庞绍谦出席会议并讲话", "2024-02: now 县委书记")], []),
    "fl:郇德胜": ("郇德胜", "official", MQ, [
        ("fl01", "民权县委", "副书记", "县委副书记郇德胜出席会议", None)], []),
    "fl:宓秀兰": ("宓秀兰", "official", MQ, [
        ("fl01", "民权县委", "常委", "县委常委、组织部部长宓秀兰主持会议", "2023-01; 组织部 = 民权县's here (建湖's in fl07, 莘县's in fl08, 通渭's in fl09)"),
        ("fl01", "民权县委组织部", "部长", "县委常委、组织部部长宓秀兰主持会议", None),
        ("fl02", "民权县委", "常委", "县委常委、组织部部长宓秀兰宣读了", "2024-02: the same posts"),
        ("fl02", "民权县委组织部", "部长", "县委常委、组织部部长宓秀兰宣读了", None)], []),
    "fl:荀家骏": ("荀家骏", "official", "商丘市", [
        ("fl01", "商丘市委组织部", "副部长", "商丘市委组织部副部长荀家骏到会指导并讲话", None)], []),
    "fl:涂振华": ("涂振华", "official", MQ, [
        ("fl01", "民权县人和镇党委", "书记", "人和镇党委书记涂振华", "2023-01: 述职"),
        ("fl02", "民权县人和镇党委", "书记", "人和镇党委书记涂振华", "2024-02: honoured (突出贡献个人 is no post); DECIDED HERE: the written post is a holding")], []),
    "fl:伏春雷": ("伏春雷", "official", MQ, [
        ("fl01", "民权县龙塘镇党委", "书记", "龙塘镇党委书记伏春雷", None)], []),
    "fl:翟晓光": ("翟晓光", "official", MQ, [
        ("fl01", "民权县北关镇党委", "书记", "北关镇党委书记翟晓光", None)], []),
    "fl:邰雅琴": ("邰雅琴", "official", MQ, [
        ("fl01", "民权县绿洲街道党工委", "书记", "绿洲街道党工委书记邰雅琴", "street's 党工委")], []),
    "fl:蒯振东": ("蒯振东", "official", MQ, [
        ("fl02", "民权县委", "副书记", "县委副书记、县长蒯振东主持会议", "succeeds 庞绍谦 as 县长"),
        ("fl02", "民权县政府", "县长", "县委副书记、县长蒯振东主持会议", None)], []),
    "fl:葛怀仁": ("葛怀仁", "official", MQ, [
        ("fl02", "民权县人大常委会", "主任", "县人大常委会主任葛怀仁", None)], []),
    "fl:屈凤梅": ("屈凤梅", "official", MQ, [
        ("fl02", "民权县政协", "主席", "县政协主席屈凤梅", None)], []),
    "fl:郜明远": ("郜明远", "official", MQ, [
        ("fl02", "民权高新区党工委", "书记", "高新区党工委书记、管委会主任郜明远", "DECIDED HERE: bare 高新区 on a 民权 page = 民权高新区 (建湖's in fl07)"),
        ("fl02", "民权高新区管委会", "主任", "高新区党工委书记、管委会主任郜明远", None)], []),
    "fl:阙海涛": ("阙海涛", "official", MQ, [
        ("fl02", "民权县商务局", "局长", "县商务局局长阙海涛", None)], []),
    # ---- 资中 / 内江 (四川)
    "fl:喻鸿钧": ("喻鸿钧", "official", NJ, [
        ("fl03", "资中县委", "书记", "县委书记喻鸿钧", "2023-01 (identity case: 内江市 副市长 in 2024, fl04)"),
        ("fl04", "内江市政府", "副市长", "副市长喻鸿钧宣读了", "2024-02: now 副市长 (bare 副市长 in the 内江日报's city article)")], []),
    "fl:晏明哲": ("晏明哲", "official", ZZ, [
        ("fl03", "资中县委", "副书记", "县委副书记、县长晏明哲，县人大常委会主任", "2023-01"),
        ("fl03", "资中县政府", "县长", "县委副书记、县长晏明哲，县人大常委会主任", None),
        ("fl04", "资中县委", "副书记", "县委副书记、县长晏明哲，县委常委", "2024-02: bare 县委 after 资中县委书记"),
        ("fl04", "资中县政府", "县长", "县委副书记、县长晏明哲，县委常委", None)], []),
    "fl:税成钢": ("税成钢", "official", ZZ, [
        ("fl03", "资中县人大常委会", "主任", _ZZ_LEAD, "he 主持 the session (大会执行主席 not written; no post of the session)")], []),
    "fl:甘丽蓉": ("甘丽蓉", "official", ZZ, [
        ("fl03", "资中县政协", "主席", _ZZ_LEAD, None)], []),
    "fl:冉振宇": ("冉振宇", "official", ZZ, [
        ("fl03", "资中县委", "副书记", "县委副书记冉振宇等在主席台前排就座", None)], []),
    "fl:龙兆麟": ("龙兆麟", "official", NJ, [
        ("fl04", "内江市委", "书记", "市委书记龙兆麟出席会议并讲话", None)], []),
    "fl:邬伟成": ("邬伟成", "official", NJ, [
        ("fl04", "内江市委", "副书记", "市委副书记、市长邬伟成主持会议", None),
        ("fl04", "内江市政府", "市长", "市委副书记、市长邬伟成主持会议", None)], []),
    "fl:帅明德": ("帅明德", "official", NJ, [
        ("fl04", "内江市人大常委会", "主任", "市人大常委会主任帅明德", None)], []),
    "fl:蓝秀芝": ("蓝秀芝", "official", NJ, [
        ("fl04", "内江市政协", "主席", "市政协主席蓝秀芝出席会议", None)], []),
    "fl:宣一帆": ("宣一帆", "official", ZZ, [
        ("fl04", "资中县委", "书记", "资中县委书记宣一帆到球溪镇调研", "2024-02: succeeds 喻鸿钧; named in the headline too")], []),
    "fl:祝昌平": ("祝昌平", "official", ZZ, [
        ("fl04", "资中县委", "常委", "县委常委、常务副县长祝昌平陪同调研", None),
        ("fl04", "资中县政府", "常务副县长", "县委常委、常务副县长祝昌平陪同调研", None)], []),
    "fl:籍文涛": ("籍文涛", "official", ZZ, [
        ("fl04", "资中县球溪镇党委", "书记", "球溪镇党委书记籍文涛汇报了", None)], []),
    # ---- 监利 (湖北 荆州)
    "fl:黎国铮": ("黎国铮", "official", JL, [
        ("fl05", "监利市委", "书记", "市委书记黎国铮出席会议并点评", "2023-01; 监利市 is a county-level city: bare 市委 on its site = 监利市委"),
        ("fl06", "监利市委", "书记", "市委书记黎国铮出席会议并讲话", "2024-03")], []),
    "fl:卞文轩": ("卞文轩", "official", JL, [
        ("fl05", "监利市委", "副书记", "市委副书记、市长卞文轩", "2023-01"),
        ("fl05", "监利市政府", "市长", "市委副书记、市长卞文轩", None),
        ("fl06", "监利市委", "副书记", "市委副书记、市长卞文轩主持会议", "2024-03"),
        ("fl06", "监利市政府", "市长", "市委副书记、市长卞文轩主持会议", None)], []),
    "fl:覃秋菊": ("覃秋菊", "official", JL, [
        ("fl05", "监利市委", "副书记", "市委副书记覃秋菊出席会议", None)], []),
    "fl:雷鸣川": ("雷鸣川", "official", JL, [
        ("fl05", "监利市委", "常委", "市委常委、组织部部长雷鸣川主持会议", None),
        ("fl05", "监利市委组织部", "部长", "市委常委、组织部部长雷鸣川主持会议", None)], []),
    "fl:应子健": ("应子健", "official", "荆州市", [
        ("fl05", "荆州市委组织部组织一科", "科长", "荆州市委组织部组织一科科长应子健到会指导", "a section of the 组织部, as written")], []),
    "fl:鄢凤仪": ("鄢凤仪", "official", JL, [
        ("fl05", "监利市毛市镇党委", "书记", "毛市镇党委书记鄢凤仪", "2023-01 (identity case: 监利市 副市长 in 2024, fl06)"),
        ("fl06", "监利市政府", "副市长", "副市长鄢凤仪宣读了", "2024-03: now 副市长")], []),
    "fl:袁振邦": ("袁振邦", "official", JL, [
        ("fl05", "监利市朱河镇党委", "书记", "朱河镇党委书记袁振邦", None)], []),
    "fl:钮海滨": ("钮海滨", "official", JL, [
        ("fl05", "监利市新沟镇党委", "书记", "新沟镇党委书记钮海滨", "2023-01"),
        ("fl06", "监利市新沟镇党委", "书记", "新沟镇党委书记钮海滨代表获奖单位", "2024-03")], []),
    "fl:庹明亮": ("庹明亮", "official", JL, [
        ("fl05", "监利市红城乡党委", "书记", "红城乡党委书记庹明亮先后登台述职", None)], []),
    "fl:操立群": ("操立群", "official", JL, [
        ("fl06", "监利市人大常委会", "主任", "市人大常委会主任操立群", None)], []),
    "fl:戢文清": ("戢文清", "official", JL, [
        ("fl06", "监利市政协", "主席", "市政协主席戢文清出席会议", None)], []),
    "fl:揭志华": ("揭志华", "official", JL, [
        ("fl06", "监利市委", "常委", "市委常委、常务副市长揭志华对全年经济工作", None),
        ("fl06", "监利市政府", "常务副市长", "市委常委、常务副市长揭志华对全年经济工作", None)], []),
    # ---- 建湖 (江苏 盐城)
    "fl:史振宏": ("史振宏", "official", "盐城市", [
        ("fl07", "盐城市委第六考核组", "组长", _JH_SHI, "a temporary group's role is a post (CONVENTIONS)"),
        ("fl07", "盐城市统计局", "局长", _JH_SHI, "bare 市 after 盐城市委… = 盐城市")], []),
    "fl:邴建军": ("邴建军", "official", JH, [
        ("fl07", "建湖县委", "书记", "县委书记邴建军主持会议", None)], []),
    "fl:戴明阶": ("戴明阶", "official", JH, [
        ("fl07", "建湖县委", "副书记", "县委副书记、县长戴明阶代表县政府领导班子述职", None),
        ("fl07", "建湖县政府", "县长", "县委副书记、县长戴明阶代表县政府领导班子述职", None)], []),
    "fl:仲秀英": ("仲秀英", "official", JH, [
        ("fl07", "建湖县人大常委会", "主任", _JH_PRC, None)], []),
    "fl:陶家麟": ("陶家麟", "official", JH, [
        ("fl07", "建湖县政协", "主席", _JH_PRC, None)], []),
    "fl:顾承志": ("顾承志", "official", JH, [
        ("fl07", "建湖县委", "常委", "县委常委、高新区党工委书记顾承志", None),
        ("fl07", "建湖高新区党工委", "书记", "县委常委、高新区党工委书记顾承志", "DECIDED HERE: bare 高新区 on a 建湖 page = 建湖高新区 (民权's in fl02)")], []),
    "fl:缪晓燕": ("缪晓燕", "official", JH, [
        ("fl07", "建湖县委", "常委", "县委常委、组织部部长缪晓燕", None),
        ("fl07", "建湖县委组织部", "部长", "县委常委、组织部部长缪晓燕", "组织部 = 建湖县's here")], []),
    "fl:范立勋#2": ("范立勋", "official", JH, [
        ("fl07", "建湖县政府", "副县长", "副县长范立勋等县级领导干部作个人述职", "建湖县 (江苏); not the 范立勋 of 莘县 (fl08)")], []),
    # ---- 莘县 (山东 聊城)
    "fl:鹿振华": ("鹿振华", "official", SX, [
        ("fl08", "莘县委", "书记", "县委书记鹿振华出席会议并讲话", "label 莘县 + 委")], []),
    "fl:房立岩": ("房立岩", "official", SX, [
        ("fl08", "莘县委", "副书记", "县委副书记、县长房立岩主持会议", None),
        ("fl08", "莘县政府", "县长", "县委副书记、县长房立岩主持会议", None)], []),
    "fl:仝秀丽": ("仝秀丽", "official", SX, [
        ("fl08", "莘县委", "常委", "县委常委、组织部部长仝秀丽宣读了", None),
        ("fl08", "莘县委组织部", "部长", "县委常委、组织部部长仝秀丽宣读了", "组织部 = 莘县's here")], []),
    "fl:展洪亮": ("展洪亮", "official", SX, [], ["fl08"]),
    "fl:付佳宁": ("付佳宁", "official", SX, [], ["fl08"]),
    "fl:范立勋#1": ("范立勋", "official", SX, [
        ("fl08", "莘县燕店镇党委", "书记", "燕店镇党委书记　范立勋", "莘县 (山东); not the 范立勋 of 建湖县 (fl07); list line of 先进个人 (DECIDED HERE)")], []),
    "fl:冀海燕": ("冀海燕", "official", SX, [
        ("fl08", "莘县莘亭街道党工委", "书记", "莘亭街道党工委书记　冀海燕", None)], []),
    "fl:邱晨阳": ("邱晨阳", "official", SX, [
        ("fl08", "莘县古城镇党委", "副书记", "古城镇党委副书记、镇长　邱晨阳", None),
        ("fl08", "莘县古城镇政府", "镇长", "古城镇党委副书记、镇长　邱晨阳", "镇长 → the town's 政府")], []),
    "fl:温立成": ("温立成", "official", SX, [
        ("fl08", "莘县发展和改革局", "局长", "县发展和改革局局长　温立成", None)], []),
    "fl:沙宏宇": ("沙宏宇", "official", SX, [
        ("fl08", "莘县委组织部", "副部长", "县委组织部副部长　沙宏宇", None)], []),
    # ---- 通渭 / 岷县 (甘肃 定西)
    "fl:柏建峰": ("柏建峰", "official", TW, [
        ("fl09", "通渭县委", "书记", "县委书记柏建峰代表县委常委会作工作报告", None)], []),
    "fl:汪海明": ("汪海明", "official", TW, [
        ("fl09", "通渭县委", "副书记", "县委副书记、县长汪海明主持会议", None),
        ("fl09", "通渭县政府", "县长", "县委副书记、县长汪海明主持会议", None)], []),
    "fl:岳守仁": ("岳守仁", "official", TW, [
        ("fl09", "通渭县人大常委会", "主任", "县人大常委会主任岳守仁", None)], []),
    "fl:马玉珍": ("马玉珍", "official", TW, [
        ("fl09", "通渭县政协", "主席", "县政协主席马玉珍出席会议", None)], []),
    "fl:漆志远": ("漆志远", "official", "定西市", [
        ("fl09", "通渭县委", "常委", "县委常委、常务副县长漆志远通报了", "2023-02 (identity case: 岷县 县长 in 2025, fl10)"),
        ("fl09", "通渭县政府", "常务副县长", "县委常委、常务副县长漆志远通报了", None),
        ("fl10", "岷县委", "副书记", "县委副书记、县长漆志远，县人大常委会主任", "2025-01: now 岷县 县长"),
        ("fl10", "岷县政府", "县长", "县委副书记、县长漆志远，县人大常委会主任", None)], []),
    "fl:妥海燕": ("妥海燕", "official", TW, [
        ("fl09", "通渭县委", "常委", "县委常委、组织部部长妥海燕宣读了表彰决定", None),
        ("fl09", "通渭县委组织部", "部长", "县委常委、组织部部长妥海燕宣读了表彰决定", "组织部 = 通渭县's here")], []),
    "fl:昝立军": ("昝立军", "official", MX, [
        ("fl10", "岷县委", "书记", "县委书记昝立军", "label 岷县 + 委")], []),
    "fl:后国良": ("后国良", "official", MX, [
        ("fl10", "岷县人大常委会", "主任", "县人大常委会主任后国良，县政协主席包丽娟", "he 主持 the session")], []),
    "fl:包丽娟": ("包丽娟", "official", MX, [
        ("fl10", "岷县政协", "主席", "县人大常委会主任后国良，县政协主席包丽娟", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fl01", "焦雨桐", "责任编辑", "editor", "责任编辑：焦雨桐"),
    ("fl02", "柴梦瑶", "记者", "reporter", "本报讯（记者 柴梦瑶 通讯员 鲍家宁）"),
    ("fl02", "鲍家宁", "通讯员", "correspondent", "本报讯（记者 柴梦瑶 通讯员 鲍家宁）"),
    ("fl02", "鲁思源", "责任编辑", "editor", "责任编辑：鲁思源"),
    ("fl03", "何沁园", "责任编辑", "editor", "责任编辑：何沁园"),
    ("fl03", "范启东", "审核", "editor", "审核：范启东"),
    ("fl04", "蒋雨涵", "记者", "reporter", "本报讯（记者 蒋雨涵）"),
    ("fl04", "唐嘉伟", "记者", "reporter", "本报讯（记者 唐嘉伟 通讯员 邓思彤）"),
    ("fl04", "邓思彤", "通讯员", "correspondent", "本报讯（记者 唐嘉伟 通讯员 邓思彤）"),
    ("fl04", "尤佳音", "责任编辑", "editor", "责任编辑：尤佳音"),
    ("fl06", "柯雨萱", "作者", "author", "作者：柯雨萱"),
    ("fl06", "汪诗韵", "编辑", "editor", "编辑：汪诗韵"),
    ("fl07", "邢语涵", "编辑", "editor", "编辑：邢语涵"),
    ("fl07", "倪志刚", "审核", "editor", "审核：倪志刚"),
    ("fl08", "孟晓彤", "责任编辑", "editor", "责任编辑：孟晓彤"),
    ("fl09", "马晓军", "作者", "author", "作者：马晓军"),
    ("fl09", "张佩瑶", "责任编辑", "editor", "责任编辑：张佩瑶"),
    ("fl10", "安雨晴", "记者", "reporter", "本报讯（记者 安雨晴）"),
    ("fl10", "祁文瑄", "责任编辑", "editor", "责任编辑：祁文瑄"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fl01", "2022年度乡镇（街道）党（工）委书记抓基层党建工作述职评议会", "meeting (述职评议会)", "1月12日", "宓秀兰", None, ["民权县"],
     ["蔺景行", "庞绍谦", "郇德胜", "荀家骏"],
     ["涂振华", "伏春雷", "翟晓光", "邰雅琴", "蔺景行", "荀家骏", "庞绍谦"], None,
     "1月12日，民权县召开2022年度乡镇（街道）党（工）委书记抓基层党建工作述职评议会",
     ["组织部部长宓秀兰主持会议", "县委书记蔺景行出席会议并逐一点评", "县长庞绍谦，县委副书记郇德胜出席会议", "荀家骏到会指导并讲话",
      "人和镇党委书记涂振华、龙塘镇党委书记伏春雷、北关镇党委书记翟晓光、绿洲街道党工委书记邰雅琴依次作现场述职",
      "蔺景行在点评中指出", "荀家骏指出", "庞绍谦就做好年前安全生产"]),
    ("fl02", "2024年经济工作会议暨2023年度高质量发展综合考核表彰大会", "meeting (经济工作会议)", "2月22日", "蒯振东", None, ["民权县"],
     ["庞绍谦", "葛怀仁", "屈凤梅"], ["庞绍谦", "蒯振东", "宓秀兰"], None,
     "2月22日，民权县召开2024年经济工作会议暨2023年度高质量发展综合考核表彰大会",
     ["县委书记庞绍谦出席会议并讲话", "县长蒯振东主持会议并对全年经济工作作具体安排", "县人大常委会主任葛怀仁，县政协主席屈凤梅等县领导出席会议",
      "组织部部长宓秀兰宣读了", "庞绍谦指出", "蒯振东要求"]),
    ("fl03", "资中县第十八届人民代表大会第二次会议", "session (人代会)", "1月6日上午", "税成钢", None, [],
     ["喻鸿钧", "晏明哲", "甘丽蓉", "冉振宇"], ["晏明哲"], "县会议中心",
     "1月6日上午，资中县第十八届人民代表大会第二次会议在县会议中心隆重开幕",
     ["县委书记喻鸿钧，县委副书记、县长晏明哲", "县政协主席甘丽蓉，县委副书记冉振宇等在主席台前排就座", "大会由县人大常委会主任税成钢主持",
      "晏明哲代表县人民政府向大会作政府工作报告"]),
    ("fl04", "全市2023年度目标绩效考核总结表彰大会", "meeting (表彰大会)", "2月27日", "邬伟成", None, [],
     ["龙兆麟", "帅明德", "蓝秀芝"], ["喻鸿钧", "龙兆麟", "邬伟成"], None,
     "2月27日，全市2023年度目标绩效考核总结表彰大会召开",
     ["市长邬伟成主持会议", "市委书记龙兆麟出席会议并讲话", "市人大常委会主任帅明德、市政协主席蓝秀芝出席会议", "副市长喻鸿钧宣读了",
      "龙兆麟指出", "邬伟成要求"]),
    ("fl04", "球溪镇乡村振兴和重点项目建设调研", "inspection (调研)", "2月26日", None, "宣一帆", [],
     ["晏明哲", "祝昌平"], ["籍文涛", "宣一帆", "祝昌平"], "球溪镇",
     "资中县委书记宣一帆到球溪镇调研乡村振兴和重点项目建设工作",
     ["资中县委书记宣一帆到球溪镇调研", "县长晏明哲，县委常委、常务副县长祝昌平陪同调研", "籍文涛汇报了", "宣一帆强调",
      "祝昌平就项目用地和资金保障作了具体安排"]),
    ("fl05", "2022年度乡镇党委书记抓基层党建工作述职评议会", "meeting (述职评议会)", "1月10日", "雷鸣川", None, ["监利市"],
     ["黎国铮", "卞文轩", "覃秋菊", "应子健"],
     ["鄢凤仪", "袁振邦", "钮海滨", "庹明亮", "黎国铮", "应子健"], None,
     "1月10日，监利市召开2022年度乡镇党委书记抓基层党建工作述职评议会",
     ["组织部部长雷鸣川主持会议", "市委书记黎国铮出席会议并点评", "市长卞文轩，市委副书记覃秋菊出席会议", "科长应子健到会指导",
      "毛市镇党委书记鄢凤仪、朱河镇党委书记袁振邦、新沟镇党委书记钮海滨、红城乡党委书记庹明亮先后登台述职",
      "黎国铮对述职人员逐一点评", "应子健对监利市基层党建工作给予肯定"]),
    ("fl06", "2024年经济工作暨“项目攻坚年”动员大会", "meeting (经济工作会议)", "3月1日", "卞文轩", None, ["监利市"],
     ["黎国铮", "操立群", "戢文清"], ["鄢凤仪", "钮海滨", "揭志华", "黎国铮", "卞文轩"], None,
     "3月1日，监利市召开2024年经济工作暨“项目攻坚年”动员大会",
     ["市委书记黎国铮出席会议并讲话", "市长卞文轩主持会议", "市人大常委会主任操立群、市政协主席戢文清出席会议", "副市长鄢凤仪宣读了",
      "钮海滨代表获奖单位作表态发言", "常务副市长揭志华对全年经济工作作具体安排", "黎国铮指出", "卞文轩要求"]),
    ("fl07", "2023年度县级领导班子和领导干部述职大会", "meeting (述职大会)", "1月24日下午", "邴建军", None, ["建湖县"],
     ["史振宏"], ["邴建军", "戴明阶", "仲秀英", "陶家麟", "顾承志", "缪晓燕", "范立勋", "史振宏"], None,
     "1月24日下午，我县召开2023年度县级领导班子和领导干部述职大会",
     [_JH_SHI, "县委书记邴建军主持会议并代表县委常委会述职", "县长戴明阶代表县政府领导班子述职", _JH_PRC,
      "县委常委、高新区党工委书记顾承志，县委常委、组织部部长缪晓燕，副县长范立勋等县级领导干部作个人述职",
      "缪晓燕通报了", "史振宏指出", "邴建军在总结讲话中强调"]),
    ("fl08", "2023年度经济社会发展综合考核总结表彰大会", "meeting (表彰大会)", "2月19日上午", "房立岩", None, ["莘县"],
     ["鹿振华", "展洪亮", "付佳宁"], ["仝秀丽", "范立勋", "鹿振华", "房立岩"], None,
     "2月19日上午，莘县召开2023年度经济社会发展综合考核总结表彰大会",
     ["县委书记鹿振华出席会议并讲话", "县长房立岩主持会议", "县领导展洪亮、付佳宁等出席会议", "组织部部长仝秀丽宣读了",
      "燕店镇党委书记范立勋代表受表彰单位和个人作表态发言", "鹿振华指出", "房立岩要求"]),
    ("fl09", "中共通渭县委十七届四次全体会议暨全县经济工作会议", "meeting (县委全会)", "2月3日", "汪海明", None, [],
     ["岳守仁", "马玉珍"], ["柏建峰", "汪海明", "漆志远", "妥海燕"], None,
     "2月3日，中共通渭县委十七届四次全体会议暨全县经济工作会议召开",
     ["县委书记柏建峰代表县委常委会作工作报告并讲话", "县长汪海明主持会议并就全年经济工作作具体安排", "县人大常委会主任岳守仁、县政协主席马玉珍出席会议",
      "常务副县长漆志远通报了", "组织部部长妥海燕宣读了表彰决定", "柏建峰指出", "汪海明要求"]),
    ("fl10", "岷县第十八届人民代表大会第五次会议", "session (人代会)", "1月8日", "后国良", None, [],
     ["昝立军", "漆志远", "包丽娟"], ["漆志远"], "县会议中心",
     "1月8日，岷县第十八届人民代表大会第五次会议在县会议中心开幕",
     ["县委书记昝立军，县委副书记、县长漆志远", "县政协主席包丽娟等在主席台就座", "县人大常委会主任后国良主持大会",
      "漆志远代表县人民政府向大会作政府工作报告"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fl01", "食用菌大棚产业园二期", "industrial_park", "人和镇要把食用菌大棚产业园二期建设"),
    ("fl01", "冷链物流集散中心项目", "logistics_hub", "龙塘镇要加快冷链物流集散中心项目建设"),
    ("fl02", "冷链装备产业园三期", "industrial_park", "冷链装备产业园三期主体完工"),
    ("fl02", "黄河故道生态廊道建设工程", "greening_project", "黄河故道生态廊道建设工程完成年度任务"),
    ("fl02", "龙塘镇冷链物流集散中心项目", "logistics_hub", "推动龙塘镇冷链物流集散中心项目建成运营"),
    ("fl03", "资中县血橙产业园二期", "industrial_park", "资中县血橙产业园二期建成投用"),
    ("fl03", "球溪河流域水环境综合治理工程", "greening_project", "球溪河流域水环境综合治理工程完成主体施工"),
    ("fl03", "重龙镇老旧小区改造项目", "housing_project", "重龙镇老旧小区改造项目惠及居民"),
    ("fl03", "资中高铁站站前片区综合开发项目", "project", "重点抓好资中高铁站站前片区综合开发项目"),
    ("fl03", "银山镇页岩气综合利用产业园", "industrial_park", "银山镇页岩气综合利用产业园等重大项目"),
    ("fl04", "甜城湖生态修复工程", "greening_project", "甜城湖生态修复工程、内江经开区电子信息产业园二期"),
    ("fl04", "内江经开区电子信息产业园二期", "industrial_park", "内江经开区电子信息产业园二期等一批重大项目建成投用"),
    ("fl04", "球溪河流域水环境综合治理工程", "greening_project", "先后来到球溪河流域水环境综合治理工程"),
    ("fl04", "球溪镇高标准农田示范区", "project", "球溪镇高标准农田示范区，详细了解项目进展"),
    ("fl05", "新沟镇粮食精深加工产业园", "industrial_park", "汇报了新沟镇粮食精深加工产业园招商"),
    ("fl06", "小龙虾加工产业园二期", "industrial_park", "小龙虾加工产业园二期、新沟镇粮食精深加工产业园一期建成投产"),
    ("fl06", "新沟镇粮食精深加工产业园一期", "industrial_park", "新沟镇粮食精深加工产业园一期建成投产"),
    ("fl06", "监利长江干堤加固工程", "engineering_work", "监利长江干堤加固工程顺利完工"),
    ("fl06", "容城镇老旧小区改造三期", "housing_project", "加快推进容城镇老旧小区改造三期"),
    ("fl06", "东荆河监利段生态修复工程", "greening_project", "东荆河监利段生态修复工程等重点项目"),
    ("fl07", "建湖高新区节能电机产业园二期", "industrial_park", "建湖高新区节能电机产业园二期和石油装备产业园扩区项目"),
    ("fl07", "石油装备产业园扩区项目", "industrial_park", "石油装备产业园扩区项目建设进展"),
    ("fl07", "九龙口湿地保护修复工程", "greening_project", "九龙口湿地保护修复工程、黄沙港建湖段河道整治工程"),
    ("fl07", "黄沙港建湖段河道整治工程", "engineering_work", "黄沙港建湖段河道整治工程年内完成年度投资"),
    ("fl08", "燕店镇蔬菜产业园三期", "industrial_park", "燕店镇蔬菜产业园三期和燕店镇冷链物流中心项目"),
    ("fl08", "燕店镇冷链物流中心项目", "logistics_hub", "燕店镇冷链物流中心项目的建设经验"),
    ("fl08", "徒骇河莘县段综合治理工程", "engineering_work", "徒骇河莘县段综合治理工程完工"),
    ("fl08", "莘县高端食品产业园一期", "industrial_park", "莘县高端食品产业园一期投产"),
    ("fl09", "通渭县新能源装备产业园一期", "industrial_park", "通渭县新能源装备产业园一期建成投产"),
    ("fl09", "马营镇中药材加工产业园", "industrial_park", "马营镇中药材加工产业园开工建设"),
    ("fl09", "牛谷河通渭段综合治理工程", "engineering_work", "牛谷河通渭段综合治理工程完成主体工程"),
    ("fl09", "华家岭风光储一体化项目", "project", "推动华家岭风光储一体化项目早日并网"),
    ("fl10", "岷县当归中药材产业园二期", "industrial_park", "岷县当归中药材产业园二期建成投产"),
    ("fl10", "洮河岷县段防洪治理工程", "engineering_work", "洮河岷县段防洪治理工程通过验收"),
    ("fl10", "梅川镇易地搬迁安置区", "housing_project", "梅川镇易地搬迁安置区配套设施全部完工"),
    ("fl10", "岷县中医药康养园项目", "project", "加快岷县中医药康养园项目建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fl01", "民权县", "county", "standalone", "1月12日，民权县召开"),
    ("fl01", "商丘市", "city", "in_org_reference", "商丘市委组织部副部长荀家骏"),
    ("fl01", "人和镇", "town", "standalone", "人和镇要把食用菌大棚产业园二期建设"),
    ("fl01", "龙塘镇", "town", "standalone", "龙塘镇要加快冷链物流集散中心项目建设"),
    ("fl01", "北关镇", "town", "standalone", "北关镇软弱涣散村整顿成效还不够明显"),
    ("fl01", "绿洲街道", "sub_district_office", "standalone", "绿洲街道要在老旧小区改造中"),
    ("fl01", "民权", "county", "standalone", "以高质量党建引领民权高质量发展"),
    ("fl02", "民权县", "county", "standalone", "2月22日，民权县召开"),
    ("fl02", "人和镇", "town", "standalone", "人和镇、王庄寨镇、绿洲街道获评"),
    ("fl02", "王庄寨镇", "town", "standalone", "人和镇、王庄寨镇、绿洲街道获评"),
    ("fl02", "绿洲街道", "sub_district_office", "standalone", "人和镇、王庄寨镇、绿洲街道获评"),
    ("fl02", "高新区", "development_zone", "standalone", "人和镇、高新区、县发展改革委负责同志作了表态发言"),
    ("fl02", "黄河故道", "river", "in_project_name", "黄河故道生态廊道建设工程完成年度任务"),
    ("fl02", "龙塘镇", "town", "in_project_name", "推动龙塘镇冷链物流集散中心项目建成运营"),
    ("fl03", "资中县", "county", "standalone", "1月6日上午，资中县第十八届人民代表大会第二次会议"),
    ("fl03", "球溪河", "river", "in_project_name", "球溪河流域水环境综合治理工程完成主体施工"),
    ("fl03", "重龙镇", "town", "in_project_name", "重龙镇老旧小区改造项目惠及居民"),
    ("fl03", "资中", "county", "in_project_name", "重点抓好资中高铁站站前片区综合开发项目"),
    ("fl03", "银山镇", "town", "in_project_name", "银山镇页岩气综合利用产业园等重大项目"),
    ("fl04", "内江市", "city", "in_document_title", "《中共内江市委 内江市人民政府关于表彰2023年度目标绩效考核先进县（市、区）和市级部门的决定》"),
    ("fl04", "资中县", "county", "standalone", "资中县、隆昌市、内江经开区获评一等奖"),
    ("fl04", "隆昌市", "county_level_city", "standalone", "资中县、隆昌市、内江经开区获评一等奖"),
    ("fl04", "内江经开区", "development_zone", "standalone", "资中县、隆昌市、内江经开区获评一等奖"),
    ("fl04", "威远县", "county", "standalone", "威远县、东兴区、内江高新区获评二等奖"),
    ("fl04", "东兴区", "district", "standalone", "威远县、东兴区、内江高新区获评二等奖"),
    ("fl04", "内江高新区", "development_zone", "standalone", "威远县、东兴区、内江高新区获评二等奖"),
    ("fl04", "甜城湖", "lake", "in_project_name", "甜城湖生态修复工程、内江经开区电子信息产业园二期"),
    ("fl04", "球溪镇", "town", "standalone", "资中县委书记宣一帆到球溪镇调研"),
    ("fl04", "球溪河", "river", "standalone", "要把球溪河流域治理和沿岸产业发展统筹推进"),
    ("fl05", "监利市", "county_level_city", "standalone", "1月10日，监利市召开"),
    ("fl05", "荆州市", "city", "in_org_reference", "荆州市委组织部组织一科科长应子健"),
    ("fl05", "毛市镇", "town", "standalone", "介绍了毛市镇以“党建+稻虾共作”带动村集体增收的做法"),
    ("fl05", "朱河镇", "town", "in_title", "朱河镇党委书记袁振邦"),
    ("fl05", "新沟镇", "town", "standalone", "新沟镇要把产业园区党建和企业服务结合起来"),
    ("fl05", "红城乡", "township", "standalone", "红城乡要抓紧整顿软弱涣散村党组织"),
    ("fl06", "监利市", "county_level_city", "standalone", "3月1日，监利市召开"),
    ("fl06", "新沟镇", "town", "standalone", "新沟镇、朱河镇、毛市镇获评先进乡镇"),
    ("fl06", "朱河镇", "town", "standalone", "新沟镇、朱河镇、毛市镇获评先进乡镇"),
    ("fl06", "毛市镇", "town", "standalone", "新沟镇、朱河镇、毛市镇获评先进乡镇"),
    ("fl06", "监利", "county_level_city", "in_project_name", "监利长江干堤加固工程顺利完工"),
    ("fl06", "长江", "river", "in_project_name", "监利长江干堤加固工程顺利完工"),
    ("fl06", "容城镇", "town", "in_project_name", "加快推进容城镇老旧小区改造三期"),
    ("fl06", "东荆河", "river", "in_project_name", "东荆河监利段生态修复工程等重点项目"),
    ("fl06", "江汉平原", "region", "standalone", "全力打造江汉平原农业强市"),
    ("fl07", "盐城市", "city", "in_org_reference", "盐城市委第六考核组组长"),
    ("fl07", "高新区", "development_zone", "in_title", "县委常委、高新区党工委书记顾承志"),
    ("fl07", "建湖高新区", "development_zone", "in_project_name", "建湖高新区节能电机产业园二期和石油装备产业园扩区项目"),
    ("fl07", "九龙口", "wetland", "in_project_name", "九龙口湿地保护修复工程、黄沙港建湖段河道整治工程"),
    ("fl07", "黄沙港", "river", "in_project_name", "黄沙港建湖段河道整治工程年内完成年度投资"),
    ("fl07", "建湖县", "county", "standalone", "史振宏指出，建湖县领导班子团结协作"),
    ("fl07", "建湖", "county", "standalone", "奋力书写建湖高质量发展新答卷"),
    ("fl08", "莘县", "county", "standalone", "2月19日上午，莘县召开"),
    ("fl08", "燕店镇", "town", "standalone", "燕店镇、古城镇、莘亭街道获评"),
    ("fl08", "古城镇", "town", "standalone", "燕店镇、古城镇、莘亭街道获评"),
    ("fl08", "莘亭街道", "sub_district_office", "standalone", "燕店镇、古城镇、莘亭街道获评"),
    ("fl08", "徒骇河", "river", "in_project_name", "徒骇河莘县段综合治理工程完工"),
    ("fl09", "通渭县", "county", "in_org_reference", "2月3日，中共通渭县委十七届四次全体会议"),
    ("fl09", "华家岭镇", "town", "standalone", "华家岭镇、马营镇、平襄镇获评一等奖"),
    ("fl09", "马营镇", "town", "standalone", "华家岭镇、马营镇、平襄镇获评一等奖"),
    ("fl09", "平襄镇", "town", "standalone", "华家岭镇、马营镇、平襄镇获评一等奖"),
    ("fl09", "牛谷河", "river", "in_project_name", "牛谷河通渭段综合治理工程完成主体工程"),
    ("fl09", "华家岭", "mountain", "in_project_name", "推动华家岭风光储一体化项目早日并网"),
    ("fl09", "通渭", "county", "standalone", "全力推动通渭高质量发展"),
    ("fl10", "岷县", "county", "standalone", "1月8日，岷县第十八届人民代表大会第五次会议"),
    ("fl10", "洮河", "river", "standalone", "持续抓好洮河流域生态保护"),
    ("fl10", "梅川镇", "town", "in_project_name", "梅川镇易地搬迁安置区配套设施全部完工"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fl", conventions="set fl (blind set: annual review pages of counties and cities: 述职评议会 of 乡镇（街道）党（工）委书记 (河南 商丘 民权县; 湖北 荆州 监利市, a county-level city), 经济工作会议 and 考核 表彰大会 with honoured people and their posts (民权县, 内江市, 监利市, 山东 聊城 莘县, 甘肃 定西 通渭县), 人代会 openings with the 政府工作报告 (四川 内江 资中县, 甘肃 定西 岷县), a 县级领导班子和领导干部述职大会 with a 市委考核组 (江苏 盐城 建湖县); bare 县 / 市 organs take the page's place, bare 高新区 = the county's zone (民权高新区, 建湖高新区); honours are no posts, the post written with an honoured person is; every named 述职 a speaker; 人代会 = session; one line per post per article)",
          persons_note="Set fl persons. id = corpus-wide person_id (fl:范立勋#1 of 莘县 (山东, 燕店镇党委书记) and fl:范立勋#2 of 建湖县 (江苏, 副县长) are two people; fl:庞绍谦 民权县长 2023 → 县委书记 2024; fl:喻鸿钧 资中县委书记 2023 → 内江市 副市长 2024; fl:鄢凤仪 监利市毛市镇党委书记 2023 → 监利市 副市长 2024; fl:漆志远 通渭县 常务副县长 2023 → 岷县 县长 2025)")


if __name__ == "__main__":
    main()
