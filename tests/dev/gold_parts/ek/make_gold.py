"""Write gold part ``ek`` (a blind set: transport and water projects across several counties: 高速公路, 国道, 城际铁路,
水库 and 灌区; county 建设指挥部 with 指挥长 / 常务副指挥长 / 副指挥长; 建设单位 and state-owned companies; 推进会, 调度会 and
督导 by city and provincial leaders) from the tables below.

Pages ``tests/dev/texts/ek*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: a 团风县 page of the 县长's 督办 of a 318国道 改扩建 section
(``项目指挥部要倒排工期``); the 竹溪县 site (hbkc.gov.cn, ``2025-02-14 15时12分浏览次数:``) of a 县委书记's 公路改建工程项目
调度会 (``县领导…出席会议``); a 台前县 page of a 副县长's 调研 of 台辉高速台前段 (``高速指挥部要做好中建八局与乡镇…协调``); the
安康 交投 page of the 345国道 路面贯通现场会 (``市政府党组成员、副市长…发布油路贯通令``); a 项城 page of the 市长's 沈卢高速 保通车
推进会 (``2标项目负责人汇报了施工进度``); a 盐边县 交通运输局 page (``发布时间…来源…选择阅读字号：[ 大 中 小 ] 阅读次数``) with a
company's 总经理 reporting; the 达州 水利 page of a 市委副书记's 水库 督导 and 推进会; the 濮阳日报 page of a 铁路 征地拆迁
推进会 (``市委常委、常务副市长…出席会议并讲话``, ``市铁路建设指挥部``); the 龙山县 page of a 黔张常铁路 征地拆迁推进会 (a long
出席 list; a railway company's ``副指挥长`` beside the county's ``县黔张常铁路项目指挥部``); the 西峰区 page (``区委常委、常务
副区长、银西铁路西峰段项目总指挥``, ``副总指挥``); the 道县 site (``您现在所在的位置 : 首页 > 政务公开 > 重点领域信息公开 >
重大建设项目``, ``【字体：``) of a 高速公路建设协调指挥部 揭牌; a 新乡 page (``市铁路项目建设指挥部副指挥长``); the 右江日报 page
of a 市长's 铁路 站房 现场办公会; a 桃源县 page (``编辑 / 审核 / 签发``); an 诸暨 水利局 page of a 水利厅 副厅长's 督导. Places
are real and new to the corpus (or nearly): 江西 吉安市 (遂川县, 万安县), 广西 河池市 (都安瑶族自治县, 大化瑶族自治县), 甘肃
天水市 (秦安县, 清水县).

Shapes: a county site's 县委书记 督导 of a 高速公路 section with the county 指挥部's 指挥长 (县委常委、常务副县长) and 副指挥长
(交通运输局局长) and two company people (a contractor's 项目经理部经理, the investor's 项目办主任) (ek01); a city paper's
第01版 of a 现场推进会 (市长 讲话, 副市长 主持, two counties report; ``本版标题导航`` after the article) (ek02); a county site with
an 索引号 block of the 县长's 调研 of a 灌区 and a 水库除险加固 (ek03); an 自治县 portal page of the 县委书记's 调研 of a 国道
改扩建工程 with the 指挥部's 常务副指挥长 (副县长) (ek04); a city paper page holding two articles: an 自治区 督导组 (``党组成员、
副厅长，…督导组组长``) and a 县委书记's 调研 of a 水库 at its 前期 stage (ek05); an 自治县 site of a 副市长's 调研 with the 县长 who
is 指挥长 of the 水库 指挥部 (ek06); a county site (信息索引号 block) of a 铁路 征地拆迁 调度会 chaired by the 指挥部's 常务副指挥长
(ek07); a city paper of a 副省长's 督导 of the railway and a 水库 (ek08); a county site of the 常务副县长 / 指挥长's 调研 of a
水库 and a 灌区 (ek09); a city news portal (分享到, 相关阅读, ``来源：井冈山报  作者：记者 …``) of a 副省长's 督导 of the 高速公路 and
a 灌区 (ek10).

Identity cases:
- ek:钟立航 moves between counties: 遂川县委常委、常务副县长 and 指挥长 of the 遂川县万遂高速公路建设指挥部 in Aug 2022 (ek01)
  and Apr 2023 (ek02, without the 指挥部 title); 万安县委副书记、县长 in Mar 2024 (ek03) and Nov 2024 (ek10). His successor as
  指挥长 in 遂川 is ek:郭明远 (ek10).
- ek:韦振林: 都安瑶族自治县委副书记、县长 in May 2022 (ek04) and Sept 2023 (ek05); 河池市政府 副市长 in June 2024 (ek06).
- ek:马振乾: 秦安县委常委、副县长 and 常务副指挥长 of the railway 指挥部 in May 2023 (ek07); 清水县委常委、常务副县长 in Apr
  2024 (ek08) and, also 指挥长 of the 白沙水库 指挥部, in Oct 2024 (ek09).
- ek:温子健: 吉安市 副市长 in Apr 2023 (ek02); 市委常委、常务副市长 in Nov 2024 (ek10).
- ek:罗春梅 (大化 县长, 2023 and 2024, 指挥长 in 2024), ek:黄德胜 (大化 县委书记, 2023 and 2024), ek:卢志刚 (大化 水利局局长),
  ek:罗振邦 (遂川 县委书记, 2022 and 2024) are the same people across pages; the reporter ek:袁书铭 writes ek02 and ek10.
- two different 聂永清 in unrelated places with look-alike titles: ek:聂永清#1 is 万安县水利局局长 (江西, ek03); ek:聂永清#2 is
  清水县水务局局长 (甘肃, ek09).
- one organ name in several places: bare ``县交通运输局`` is 遂川's (ek01), 都安's (ek04) and 秦安's (ek07); bare
  ``市交通运输局`` is 吉安's (ek02) and 河池's (ek05); bare ``县水利局`` is 万安's (ek03) and 大化's (ek05, ek06); the bare
  ``县委常委、常务副县长、县…指挥部指挥长`` chain is 遂川's in ek01 and ek10 and 清水's in ek09; bare ``市委常委、常务副市长`` is
  吉安's (ek10) and 天水's (ek08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts at, bs, bq, db, by, ea where they speak; decided here where they are silent):
- DECIDED HERE: a project 建设指挥部 set up by a county (``县万遂高速公路建设指挥部``, ``县国道G210改扩建工程建设指挥部``,
  ``县天秦城际铁路建设协调指挥部``, ``县板升水库工程建设指挥部``, ``县白沙水库建设指挥部``) is a temporary body of that county,
  headed by its leaders: its 指挥长 / 常务副指挥长 / 副指挥长 are posts of the 指挥部 (CONVENTIONS: a temporary group's roles
  are posts; part at's 防汛抗旱指挥部). org = county label + the 指挥部's name as written after the bare ``县``:
  ``遂川县万遂高速公路建设指挥部`` 指挥长. A bare ``县指挥部`` with no name gives no line (no person holds it in a title).
- DECIDED HERE: the people of 建设单位 and contractors are company people, however their titles read: a contractor's
  ``项目经理部经理`` / ``项目部经理``, the investor's ``项目办主任``, and ``党委书记、董事长`` of a state-owned 交通投资集团 give no
  line (CONVENTIONS: company roles; part ea for a company's 党委书记); they are persons of type ``company_executive``, named as
  speakers where they 介绍 / 汇报. A 标段 (``A3标段``, ``第二标段``, ``二标段``) is part of a project, no project of its own.
- 自治县: the label is the full name (as db, by): ``都安瑶族自治县委`` 书记, ``大化瑶族自治县政府`` 县长, ``都安瑶族自治县交通
  运输局`` 局长; a bare ``县委`` / ``县`` on the 自治县's own site or after its full name in a paper is that 自治县.
- 自治区: bare ``自治区`` in a 河池 paper is 广西壮族自治区. ``自治区交通运输厅党组成员、副厅长，自治区重大交通项目第三督导组组长``
  → 广西壮族自治区交通运输厅党组 成员 + 广西壮族自治区交通运输厅 副厅长 + 广西壮族自治区重大交通项目第三督导组 组长 (a 督导组's
  组长 is a post, CONVENTIONS; 党组成员 as part z's 党组 成员).
- Provincial leaders: ``副省长`` → X省政府 副省长 (江西省 on the 吉安 portal, 甘肃省 in the 天水 paper); ``省交通运输厅副厅长`` →
  江西省交通运输厅 副厅长; ``省水利厅副厅长`` → 甘肃省水利厅 副厅长. ``市政府副市长`` on the 大化 site → 河池市政府 副市长.
- Town 党委书记: ``在百嘉镇，镇党委书记周海平`` → 万安县百嘉镇党委 书记; ``兴国镇党委书记`` → 秦安县兴国镇党委 书记.
- One line per post per article; a person named only as 县领导 / in a group (``兴国镇、莲花镇、西川镇党委书记``) gives none.
- Events: every 督导 / 调研 is an ``inspection`` (leader; 陪同 attendees; 介绍 / 汇报 / 说明 / 指出 / 强调 / 要求 / 表示 /
  作了安排 speakers); the 现场推进会 (its site tour is part of it) and the 调度会 are meetings (chair when 主持; 出席 / 参加
  attendees). Persons who only 汇报 are speakers, not attendees.
- Projects: a named road, railway, bridge, interchange, station building or service area is ``infrastructure_project``; a
  水库 / 灌区 work is ``engineering_work`` (板升水库工程 at its 前期 stage too). DECIDED HERE: a whole project and a named 段 of
  it are two lines when both are written (万遂高速 and 万遂高速公路遂川段; 国道G210都安至大化段改扩建工程 and its 都安段); one
  project written in a longer and a shorter form on one page gives one line with the form that names the project (清水县白沙水库,
  左安灌区续建配套与节水改造工程).
- Places: one line per name per file, as written; places inside titles, organ references and project names count.
  DECIDED HERE: inside a project name the longest place name is annotated (``窑头水库`` from 窑头水库除险加固工程, ``百嘉灌区``
  and ``牛头河灌区`` (kind ``irrigation_district``) from their 工程, ``遂川江`` from 遂川江特大桥, ``枚江`` from 枚江互通, ``国道G210``
  (kind ``road``) and ``都安`` / ``大化`` from 国道G210都安至大化段改扩建工程); a 灌区 is a place as well as its 工程 a project;
  abbreviations of two places (万遂, 天秦) are no places; a station (秦安北站) is a project only. Site lines, mastheads, 来源
  lines, footers, addresses, ``上一篇 / 下一篇``, ``本版标题导航``, ``相关文章`` and ``相关阅读`` lists are not annotated.
- Bylines: ``本报讯（记者 …）`` and ``作者：记者 …`` are reporter lines, ``通讯员`` correspondent lines; 编辑 / 责任编辑 / 审核 /
  校对 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SC, WA, JA = "遂川县", "万安县", "吉安市"
DA, DH, HC, GX = "都安瑶族自治县", "大化瑶族自治县", "河池市", "广西壮族自治区"
QA, QS, TS = "秦安县", "清水县", "天水市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ek01_suichuan.txt": (2022, "发布时间：2022-08-19 09:42", SC, [
        ("罗振邦督导万遂高速公路遂川段建设工作", "8月18日", "2022-08-18", "8月18日，县委书记罗振邦",
         "county site: the 县委书记's 督导 of a 高速公路 section; the county 指挥部's 指挥长 (常务副县长) and 副指挥长; contractor and investor people")]),
    "ek02_jian.txt": (2023, "2023年4月13日　星期四", JA, [
        ("万遂高速公路建设现场推进会在万安召开", "4月12日", "2023-04-12", "本报讯（记者 袁书铭）4月12日",
         "city paper 第01版: 现场推进会 (市长 讲话, 副市长 主持); 万安 县长 and 遂川 常务副县长 report")]),
    "ek03_wanan.txt": (2024, "发文日期：2024-03-22", WA, [
        ("钟立航调研水利重点项目建设工作", "3月21日", "2024-03-21", "3月21日，县委副书记",
         "county site (索引号 block): the new 县长 (钟立航, formerly of 遂川) 调研 a 灌区 and a 水库除险加固")]),
    "ek04_duan.txt": (2022, "发布时间：2022-05-27 10:15", DA, [
        ("蓝世雄调研国道G210都安至大化段改扩建工程建设", "5月26日", "2022-05-26", "5月26日，县委书记蓝世雄",
         "自治县 portal: the 县委书记's 调研 of a 国道 改扩建工程; 副县长 who is 常务副指挥长; a contractor's 项目经理部经理")]),
    "ek05_hechi.txt": (2023, "2023年9月14日　星期四", HC, [
        ("自治区督导组督导我市重大交通项目建设", "9月13日", "2023-09-13", "本报讯（记者 梁志伟）9月13日",
         "city paper: an 自治区 督导组 (党组成员、副厅长，督导组组长) with the 副市长; two 自治县 县长 report"),
        ("黄德胜调研板升水库前期工作", "9月12日", "2023-09-12", "本报讯（记者 李春霞 通讯员 韦小宁）9月12日",
         "city paper: a 县委书记's 调研 of a 水库 at its 前期 stage; bare 县水利局 after the 自治县's name")]),
    "ek06_dahua.txt": (2024, "发布时间：2024-06-20 17:36", DH, [
        ("韦振林到我县调研板升水库工程和国道G210大化段建设", "6月19日", "2024-06-19", "6月19日，市政府副市长",
         "自治县 site: the 副市长 (韦振林, formerly 都安 县长) 调研; the 县长 is 指挥长 of the 水库 指挥部")]),
    "ek07_qinan.txt": (2023, "发布日期：2023-05-17", QA, [
        ("天秦城际铁路秦安段征地拆迁工作调度会召开", "5月16日", "2023-05-16", "5月16日，县委常委",
         "county site (信息索引号 block): a 铁路 征地拆迁 调度会 chaired by the 指挥部's 常务副指挥长; town secretaries report")]),
    "ek08_tianshui.txt": (2024, "2024年04月25日　第A01版：要闻", TS, [
        ("贺安民在我市督导重大交通水利项目建设", "4月24日", "2024-04-24", "本报讯（记者 赵雅婷 通讯员 陈晓峰）4月24日",
         "city paper: a 副省长's 督导 with the 省水利厅 副厅长, 市委书记 and 常务副市长; 马振乾 now in 清水")]),
    "ek09_qingshui.txt": (2024, "发布时间：2024-10-15 11:20", QS, [
        ("马振乾调研白沙水库工程和牛头河灌区配套工程建设", "10月14日", "2024-10-14", "10月14日，县委常委",
         "county site: the 常务副县长 / 指挥长's 调研 of a 水库 and a 灌区; 水务局局长 聂永清#2")]),
    "ek10_jian.txt": (2024, "2024-11-08 08:05:21", JA, [
        ("彭剑秋在吉安督导重大交通水利项目建设", "11月7日", "2024-11-07", "11月7日，副省长彭剑秋",
         "city news portal: a 副省长's 督导 of the 高速公路 and a 灌区; 钟立航 now 万安 县长; his successor as 指挥长; a 交投集团 董事长")]),
}

_E01Z = "县委常委、常务副县长、县万遂高速公路建设指挥部指挥长钟立航"
_E01X = "县交通运输局局长、县万遂高速公路建设指挥部副指挥长肖文涛"
_E04Q = "副县长、县国道G210改扩建工程建设指挥部常务副指挥长覃秋燕"
_E05L = "自治区交通运输厅党组成员、副厅长，自治区重大交通项目第三督导组组长黎振华"
_E06L = "县委副书记、县长、县板升水库工程建设指挥部指挥长罗春梅"
_E07M = "县委常委、副县长、县天秦城际铁路建设协调指挥部常务副指挥长马振乾"
_E09M = "县委常委、常务副县长、县白沙水库建设指挥部指挥长马振乾"
_E10G = "县委常委、常务副县长、县万遂高速公路建设指挥部指挥长郭明远"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 江西 吉安: 遂川县, 万安县
    "ek:罗振邦": ("罗振邦", "official", SC, [
        ("ek01", f"{SC}委", "书记", "县委书记罗振邦带队", "2022-08; bare 县委 on the 遂川县 site; named in the headline too"),
        ("ek10", f"{SC}委", "书记", "遂川县委书记罗振邦", "2024-11: the same post")], []),
    "ek:钟立航": ("钟立航", "official", JA, [
        ("ek01", f"{SC}委", "常委", _E01Z, "2022-08 (identity case: 万安县长 in 2024, ek03 / ek10)"),
        ("ek01", f"{SC}政府", "常务副县长", _E01Z, None),
        ("ek01", f"{SC}万遂高速公路建设指挥部", "指挥长", _E01Z, "DECIDED HERE: a county 建设指挥部's 指挥长 is a post of the 指挥部"),
        ("ek02", f"{SC}委", "常委", "遂川县委常委、常务副县长钟立航", "2023-04: the same posts, no 指挥部 title written"),
        ("ek02", f"{SC}政府", "常务副县长", "遂川县委常委、常务副县长钟立航", None),
        ("ek03", f"{WA}委", "副书记", "县委副书记、县长钟立航深入百嘉镇", "2024-03: now 万安县长 (bare 县委 on the 万安县 site); named in the headline too"),
        ("ek03", f"{WA}政府", "县长", "县委副书记、县长钟立航深入百嘉镇", None),
        ("ek10", f"{WA}委", "副书记", "万安县委副书记、县长钟立航", "2024-11"),
        ("ek10", f"{WA}政府", "县长", "万安县委副书记、县长钟立航", None)], []),
    "ek:肖文涛": ("肖文涛", "official", SC, [
        ("ek01", f"{SC}交通运输局", "局长", _E01X, "bare 县交通运输局 = 遂川's here (都安's in ek04, 秦安's in ek07)"),
        ("ek01", f"{SC}万遂高速公路建设指挥部", "副指挥长", _E01X, None)], []),
    "ek:陶建军": ("陶建军", "company_executive", "中瑞交建集团万遂高速A3标项目经理部", [], ["ek01"]),  # contractor's 项目经理部经理: no post (DECIDED HERE)
    "ek:邹启明": ("邹启明", "company_executive", "江西赣通交通投资集团", [], ["ek01"]),  # investor's 项目办主任: no post (DECIDED HERE)
    "ek:卢嘉禾": ("卢嘉禾", "official", JA, [
        ("ek02", f"{JA}委", "副书记", "市委副书记、市长卢嘉禾出席会议并讲话", "bare 市委 in the 吉安 paper; named in the headline too"),
        ("ek02", f"{JA}政府", "市长", "市委副书记、市长卢嘉禾出席会议并讲话", None)], []),
    "ek:温子健": ("温子健", "official", JA, [
        ("ek02", f"{JA}政府", "副市长", "副市长温子健主持会议", "2023-04 (identity case: 常务副市长 in 2024, ek10)"),
        ("ek10", f"{JA}委", "常委", "市委常委、常务副市长温子健陪同督导", "2024-11: bare 市委 on the 吉安 portal"),
        ("ek10", f"{JA}政府", "常务副市长", "市委常委、常务副市长温子健陪同督导", None)], []),
    "ek:段志坚": ("段志坚", "official", JA, [
        ("ek02", f"{JA}交通运输局", "局长", "市交通运输局局长段志坚通报了", "bare 市交通运输局 = 吉安's here (河池's in ek05)")], []),
    "ek:曾宪平": ("曾宪平", "official", WA, [
        ("ek02", f"{WA}委", "副书记", "万安县委副书记、县长曾宪平", "2023-04: 钟立航's predecessor as 万安县长"),
        ("ek02", f"{WA}政府", "县长", "万安县委副书记、县长曾宪平", None)], []),
    "ek:刘茂才": ("刘茂才", "official", WA, [
        ("ek02", f"{WA}委", "书记", "万安县委书记刘茂才", None)], []),
    "ek:陈凤英": ("陈凤英", "official", WA, [
        ("ek03", f"{WA}政府", "副县长", "副县长陈凤英", None)], []),
    "ek:聂永清#1": ("聂永清", "official", WA, [
        ("ek03", f"{WA}水利局", "局长", "县水利局局长聂永清", "万安县 (江西); not the 聂永清 of 清水县 (ek09)")], []),
    "ek:欧阳卫": ("欧阳卫", "official", WA, [
        ("ek03", f"{WA}发展改革委", "主任", "县发展改革委主任欧阳卫陪同调研", "as written (发展改革委)")], []),
    "ek:周海平": ("周海平", "official", WA, [
        ("ek03", f"{WA}百嘉镇党委", "书记", "在百嘉镇，镇党委书记周海平", None)], []),
    "ek:彭剑秋": ("彭剑秋", "official", "江西省", [
        ("ek10", "江西省政府", "副省长", "副省长彭剑秋到吉安督导", "bare 副省长 on a 吉安 page; named in the headline too")], []),
    "ek:严卫东": ("严卫东", "official", "江西省", [
        ("ek10", "江西省交通运输厅", "副厅长", "省交通运输厅副厅长严卫东", None)], []),
    "ek:郭明远": ("郭明远", "official", SC, [
        ("ek10", f"{SC}委", "常委", _E10G, "bare 县委 right after 遂川县委书记; 钟立航's successor"),
        ("ek10", f"{SC}政府", "常务副县长", _E10G, None),
        ("ek10", f"{SC}万遂高速公路建设指挥部", "指挥长", _E10G, None)], []),
    "ek:骆宏川": ("骆宏川", "company_executive", "江西赣通交通投资集团有限公司", [], ["ek10"]),  # 党委书记、董事长 of a state-owned company: no post (DECIDED HERE)
    # ---- 广西 河池: 都安瑶族自治县, 大化瑶族自治县
    "ek:蓝世雄": ("蓝世雄", "official", DA, [
        ("ek04", f"{DA}委", "书记", "县委书记蓝世雄深入", "the 自治县's full name (as db, by); named in the headline too")], []),
    "ek:韦振林": ("韦振林", "official", HC, [
        ("ek04", f"{DA}委", "副书记", "县委副书记、县长韦振林", "2022-05 (identity case: 河池市副市长 in 2024, ek06)"),
        ("ek04", f"{DA}政府", "县长", "县委副书记、县长韦振林", None),
        ("ek05", f"{DA}委", "副书记", "都安瑶族自治县委副书记、县长韦振林", "2023-09"),
        ("ek05", f"{DA}政府", "县长", "都安瑶族自治县委副书记、县长韦振林", None),
        ("ek06", f"{HC}政府", "副市长", "市政府副市长韦振林到我县调研", "2024-06: bare 市政府 on the 大化 site = 河池's; named in the headline too")], []),
    "ek:覃秋燕": ("覃秋燕", "official", DA, [
        ("ek04", f"{DA}政府", "副县长", _E04Q, None),
        ("ek04", f"{DA}国道G210改扩建工程建设指挥部", "常务副指挥长", _E04Q, "DECIDED HERE: the county 指挥部")], []),
    "ek:潘家栋": ("潘家栋", "official", DA, [
        ("ek04", f"{DA}交通运输局", "局长", "县交通运输局局长潘家栋", None)], []),
    "ek:莫海涛": ("莫海涛", "company_executive", "广西金瓯交通建设集团有限公司", [], ["ek04"]),  # 项目经理部经理: no post
    "ek:黎振华": ("黎振华", "official", GX, [
        ("ek05", f"{GX}交通运输厅党组", "成员", _E05L, "bare 自治区 in a 河池 paper = 广西壮族自治区"),
        ("ek05", f"{GX}交通运输厅", "副厅长", _E05L, None),
        ("ek05", f"{GX}重大交通项目第三督导组", "组长", _E05L, "a 督导组's 组长 is a post (CONVENTIONS)")], []),
    "ek:班立峰": ("班立峰", "official", HC, [
        ("ek05", f"{HC}政府", "副市长", "副市长班立峰", None)], []),
    "ek:陆永坚": ("陆永坚", "official", HC, [
        ("ek05", f"{HC}交通运输局", "局长", "市交通运输局局长陆永坚陪同督导", "bare 市交通运输局 = 河池's here (吉安's in ek02)")], []),
    "ek:罗春梅": ("罗春梅", "official", DH, [
        ("ek05", f"{DH}委", "副书记", "大化瑶族自治县委副书记、县长罗春梅", "2023-09"),
        ("ek05", f"{DH}政府", "县长", "大化瑶族自治县委副书记、县长罗春梅", None),
        ("ek06", f"{DH}委", "副书记", _E06L, "2024-06: now also 指挥长 of the 水库 指挥部"),
        ("ek06", f"{DH}政府", "县长", _E06L, None),
        ("ek06", f"{DH}板升水库工程建设指挥部", "指挥长", _E06L, None)], []),
    "ek:黄德胜": ("黄德胜", "official", DH, [
        ("ek05", f"{DH}委", "书记", "大化瑶族自治县委书记黄德胜到板升乡", "2023-09; named in the headline of article 2 too"),
        ("ek06", f"{DH}委", "书记", "县委书记黄德胜，县委副书记", "2024-06")], []),
    "ek:卢志刚": ("卢志刚", "official", DH, [
        ("ek05", f"{DH}水利局", "局长", "县水利局局长卢志刚关于", "bare 县水利局 after 大化瑶族自治县委书记 = 大化's (万安's in ek03)"),
        ("ek06", f"{DH}水利局", "局长", "县水利局局长卢志刚陪同调研", None)], []),
    "ek:何锦程": ("何锦程", "company_executive", "广西澜源水利建设集团有限公司", [], ["ek06"]),  # 项目部经理: no post
    # ---- 甘肃 天水: 秦安县, 清水县
    "ek:马振乾": ("马振乾", "official", TS, [
        ("ek07", f"{QA}委", "常委", _E07M, "2023-05 (identity case: 清水县 常务副县长 in 2024, ek08 / ek09)"),
        ("ek07", f"{QA}政府", "副县长", _E07M, None),
        ("ek07", f"{QA}天秦城际铁路建设协调指挥部", "常务副指挥长", _E07M, "DECIDED HERE: the county 指挥部"),
        ("ek08", f"{QS}委", "常委", "清水县委常委、常务副县长马振乾", "2024-04: now in 清水县"),
        ("ek08", f"{QS}政府", "常务副县长", "清水县委常委、常务副县长马振乾", None),
        ("ek09", f"{QS}委", "常委", _E09M, "2024-10; named in the headline too"),
        ("ek09", f"{QS}政府", "常务副县长", _E09M, None),
        ("ek09", f"{QS}白沙水库建设指挥部", "指挥长", _E09M, None)], []),
    "ek:王宏斌": ("王宏斌", "official", QA, [
        ("ek07", f"{QA}自然资源局", "局长", "县自然资源局局长王宏斌", None)], []),
    "ek:赵晓东": ("赵晓东", "official", QA, [
        ("ek07", f"{QA}交通运输局", "局长", "县交通运输局局长赵晓东", "bare 县交通运输局 = 秦安's here")], []),
    "ek:权志宏": ("权志宏", "official", QA, [
        ("ek07", f"{QA}兴国镇党委", "书记", "兴国镇党委书记权志宏", None)], []),
    "ek:蔡雯丽": ("蔡雯丽", "official", QA, [
        ("ek07", f"{QA}莲花镇党委", "书记", "莲花镇党委书记蔡雯丽", None)], []),
    "ek:白志强": ("白志强", "company_executive", "甘肃陇铁城际铁路有限公司", [], ["ek07"]),  # 项目部经理: no post
    "ek:贺安民": ("贺安民", "official", "甘肃省", [
        ("ek08", "甘肃省政府", "副省长", "副省长贺安民来我市督导", "bare 副省长 in the 天水 paper; named in the headline too")], []),
    "ek:汪建华": ("汪建华", "official", "甘肃省", [
        ("ek08", "甘肃省水利厅", "副厅长", "省水利厅副厅长汪建华", None)], []),
    "ek:安永昌": ("安永昌", "official", TS, [
        ("ek08", f"{TS}委", "书记", "市委书记安永昌", None)], []),
    "ek:吕振华": ("吕振华", "official", TS, [
        ("ek08", f"{TS}委", "常委", "市委常委、常务副市长吕振华陪同督导", None),
        ("ek08", f"{TS}政府", "常务副市长", "市委常委、常务副市长吕振华陪同督导", None)], []),
    "ek:雷鸣远": ("雷鸣远", "official", QA, [
        ("ek08", f"{QA}委", "书记", "秦安县委书记雷鸣远", None)], []),
    "ek:聂永清#2": ("聂永清", "official", QS, [
        ("ek09", f"{QS}水务局", "局长", "县水务局局长聂永清", "清水县 (甘肃); not the 聂永清 of 万安县 (ek03)")], []),
    "ek:杜文娟": ("杜文娟", "official", QS, [
        ("ek09", f"{QS}白沙镇党委", "书记", "白沙镇党委书记杜文娟陪同调研", None)], []),
    "ek:包振军": ("包振军", "company_executive", "甘肃陇水工程建设有限公司", [], ["ek09"]),  # 项目部经理: no post
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ek01", "刘晓芸", "责任编辑", "editor", "责任编辑：刘晓芸"),
    ("ek02", "袁书铭", "记者", "reporter", "本报讯（记者 袁书铭）"),
    ("ek02", "周思远", "责任编辑", "editor", "责任编辑：周思远"),
    ("ek03", "胡晓琳", "编辑", "editor", "编辑：胡晓琳"),
    ("ek03", "兰晓梅", "审核", "editor", "审核：兰晓梅"),
    ("ek04", "黄丽娟", "编辑", "editor", "编辑：黄丽娟"),
    ("ek04", "蒙丽华", "审核", "editor", "审核：蒙丽华"),
    ("ek05", "梁志伟", "记者", "reporter", "本报讯（记者 梁志伟）"),
    ("ek05", "李春霞", "记者", "reporter", "本报讯（记者 李春霞 通讯员 韦小宁）"),
    ("ek05", "韦小宁", "通讯员", "correspondent", "本报讯（记者 李春霞 通讯员 韦小宁）"),
    ("ek05", "骆冰清", "责任编辑", "editor", "责任编辑：骆冰清"),
    ("ek06", "潘丽君", "编辑", "editor", "编辑：潘丽君"),
    ("ek06", "谭思齐", "审核", "editor", "审核：谭思齐"),
    ("ek07", "张淑芳", "编辑", "editor", "编辑：张淑芳"),
    ("ek07", "牛建国", "审核", "editor", "审核：牛建国"),
    ("ek08", "赵雅婷", "记者", "reporter", "本报讯（记者 赵雅婷 通讯员 陈晓峰）"),
    ("ek08", "陈晓峰", "通讯员", "correspondent", "本报讯（记者 赵雅婷 通讯员 陈晓峰）"),
    ("ek08", "杜晓勇", "责任编辑", "editor", "责任编辑：杜晓勇"),
    ("ek09", "杨秀兰", "编辑", "editor", "编辑：杨秀兰"),
    ("ek09", "江志成", "校对", "editor", "校对：江志成"),
    ("ek10", "袁书铭", "记者", "reporter", "作者：记者 袁书铭"),
    ("ek10", "邝雨萱", "编辑", "editor", "编辑：邝雨萱"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ek01", "万遂高速公路遂川段项目建设督导", "inspection (督导)", "8月18日", None, "罗振邦", [],
     ["钟立航", "肖文涛"], ["陶建军", "邹启明", "钟立航", "肖文涛", "罗振邦"], "遂川县",
     "县委书记罗振邦带队到万遂高速公路遂川段督导项目建设",
     ["县委书记罗振邦带队", "指挥长钟立航", "副指挥长肖文涛", "经理陶建军介绍了", "主任邹启明汇报了", "钟立航就遂川段剩余11户",
      "肖文涛汇报了", "罗振邦强调"]),
    ("ek02", "万遂高速公路建设现场推进会", "meeting (现场推进会)", "4月12日", "温子健", None, [],
     ["卢嘉禾", "刘茂才"], ["段志坚", "曾宪平", "钟立航", "卢嘉禾", "温子健"], "万安县",
     "4月12日，万遂高速公路建设现场推进会在万安县召开",
     ["市长卢嘉禾出席会议并讲话", "副市长温子健主持会议", "局长段志坚通报了", "县长曾宪平", "常务副县长钟立航分别汇报了",
      "卢嘉禾指出", "温子健就做好汛期施工安全", "万安县委书记刘茂才"]),
    ("ek03", "水利重点项目建设和春灌保障工作调研", "inspection (调研)", "3月21日", None, "钟立航", [],
     ["陈凤英", "聂永清", "欧阳卫"], ["聂永清", "周海平", "钟立航"], "百嘉镇、窑头镇",
     "县委副书记、县长钟立航深入百嘉镇、窑头镇，调研水利重点项目建设和春灌保障工作",
     ["县长钟立航深入百嘉镇、窑头镇", "副县长陈凤英", "县水利局局长聂永清", "主任欧阳卫陪同调研", "聂永清汇报了",
      "镇党委书记周海平介绍了", "钟立航强调"]),
    ("ek04", "国道G210都安至大化段改扩建工程都安段项目建设和征地拆迁调研", "inspection (调研)", "5月26日", None, "蓝世雄", [],
     ["韦振林", "覃秋燕", "潘家栋"], ["莫海涛", "潘家栋", "覃秋燕", "蓝世雄", "韦振林"], "都安瑶族自治县",
     "县委书记蓝世雄深入国道G210都安至大化段改扩建工程都安段沿线，调研项目建设和征地拆迁工作",
     ["县委书记蓝世雄深入", "县长韦振林", "常务副指挥长覃秋燕", "局长潘家栋", "经理莫海涛汇报了", "潘家栋汇报了", "覃秋燕介绍了",
      "蓝世雄指出", "韦振林表示"]),
    ("ek05", "国道G210都安至大化段改扩建工程建设督导", "inspection (督导)", "9月13日", None, "黎振华", [],
     ["班立峰", "陆永坚"], ["陆永坚", "韦振林", "罗春梅", "黎振华", "班立峰"], "都安、大化",
     "黎振华带队到都安、大化督导国道G210都安至大化段改扩建工程建设",
     ["组长黎振华带队", "副市长班立峰", "局长陆永坚陪同督导", "陆永坚汇报了", "县长韦振林汇报了", "县长罗春梅汇报了", "黎振华指出",
      "班立峰表示"]),
    ("ek05", "板升水库工程前期工作调研", "inspection (调研)", "9月12日", None, "黄德胜", [],
     [], ["卢志刚", "黄德胜"], "板升乡",
     "大化瑶族自治县委书记黄德胜到板升乡调研板升水库工程前期工作",
     ["县委书记黄德胜到板升乡调研", "县水利局局长卢志刚关于", "黄德胜要求"]),
    ("ek06", "板升水库工程和国道G210大化段建设调研", "inspection (调研)", "6月19日", None, "韦振林", [],
     ["黄德胜", "罗春梅", "卢志刚"], ["何锦程", "卢志刚", "罗春梅", "韦振林", "黄德胜"], "大化瑶族自治县",
     "6月19日，市政府副市长韦振林到我县调研板升水库工程和国道G210大化段建设工作",
     ["副市长韦振林到我县调研", "县委书记黄德胜", "指挥长罗春梅", "县水利局局长卢志刚陪同调研", "经理何锦程介绍了", "卢志刚汇报了",
      "罗春梅介绍了", "韦振林指出", "黄德胜表示"]),
    ("ek07", "天秦城际铁路秦安段征地拆迁工作调度会", "meeting (调度会)", "5月16日", "马振乾", None, [],
     ["王宏斌", "赵晓东"], ["权志宏", "蔡雯丽", "白志强", "王宏斌", "赵晓东", "马振乾"], "秦安县",
     "常务副指挥长马振乾主持召开天秦城际铁路秦安段征地拆迁工作调度会",
     ["马振乾主持召开", "县自然资源局局长王宏斌", "县交通运输局局长赵晓东", "权志宏、莲花镇党委书记蔡雯丽分别汇报了",
      "经理白志强介绍了", "王宏斌就临时用地报批", "赵晓东汇报了", "马振乾要求"]),
    ("ek08", "天秦城际铁路和清水县白沙水库建设督导", "inspection (督导)", "4月24日", None, "贺安民", [],
     ["汪建华", "安永昌", "吕振华"], ["雷鸣远", "马振乾", "贺安民", "汪建华", "安永昌"], "天水市",
     "副省长贺安民来我市督导天秦城际铁路和清水县白沙水库建设工作",
     ["副省长贺安民来我市督导", "省水利厅副厅长汪建华", "市委书记安永昌", "常务副市长吕振华陪同督导", "雷鸣远汇报了", "马振乾汇报了",
      "贺安民强调", "汪建华就白沙水库度汛", "安永昌表示"]),
    ("ek09", "白沙水库工程和牛头河灌区配套工程建设调研", "inspection (调研)", "10月14日", None, "马振乾", [],
     ["聂永清", "杜文娟"], ["包振军", "聂永清", "杜文娟", "马振乾"], "白沙镇",
     "指挥长马振乾深入白沙镇，调研白沙水库工程和牛头河灌区配套工程建设情况",
     ["指挥长马振乾深入白沙镇", "县水务局局长聂永清", "白沙镇党委书记杜文娟陪同调研", "经理包振军介绍了", "聂永清汇报了", "杜文娟介绍了",
      "马振乾强调"]),
    ("ek10", "万遂高速公路和遂川县左安灌区建设督导", "inspection (督导)", "11月7日", None, "彭剑秋", [],
     ["严卫东", "温子健"], ["钟立航", "罗振邦", "郭明远", "骆宏川", "彭剑秋", "严卫东"], "吉安市",
     "副省长彭剑秋到吉安督导万遂高速公路和遂川县左安灌区建设工作",
     ["副省长彭剑秋到吉安督导", "省交通运输厅副厅长严卫东", "常务副市长温子健陪同督导", "县长钟立航汇报了", "遂川县委书记罗振邦",
      "指挥长郭明远汇报了", "董事长骆宏川介绍了", "彭剑秋强调", "严卫东就交工验收准备工作作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ek01", "万遂高速公路遂川段", "infrastructure_project", "带队到万遂高速公路遂川段督导项目建设"),
    ("ek01", "万遂高速", "infrastructure_project", "万遂高速是全县交通建设的“一号工程”"),
    ("ek01", "遂川江特大桥", "infrastructure_project", "A3标段遂川江特大桥"),
    ("ek01", "枚江互通", "infrastructure_project", "枚江互通和雩田镇取土场"),
    ("ek02", "万遂高速公路", "infrastructure_project", "万遂高速公路全长61.4公里"),
    ("ek02", "窑头枢纽互通", "infrastructure_project", "A1标段窑头枢纽互通"),
    ("ek02", "赣江特大桥", "infrastructure_project", "A2标段赣江特大桥"),
    ("ek02", "百嘉服务区", "infrastructure_project", "百嘉服务区施工现场"),
    ("ek03", "百嘉灌区续建配套与节水改造工程一期", "engineering_work", "百嘉灌区续建配套与节水改造工程一期渠首枢纽"),
    ("ek03", "窑头水库除险加固工程", "engineering_work", "窑头水库除险加固工程现场"),
    ("ek03", "万遂高速万安段", "infrastructure_project", "万遂高速万安段施工单位"),
    ("ek04", "国道G210都安至大化段改扩建工程", "infrastructure_project", "蓝世雄调研国道G210都安至大化段改扩建工程建设"),
    ("ek04", "国道G210都安至大化段改扩建工程都安段", "infrastructure_project", "国道G210都安至大化段改扩建工程都安段沿线"),
    ("ek04", "地苏互通", "infrastructure_project", "第二标段地苏互通"),
    ("ek04", "澄江大桥", "infrastructure_project", "澄江大桥施工现场"),
    ("ek05", "国道G210都安至大化段改扩建工程", "infrastructure_project", "督导国道G210都安至大化段改扩建工程建设"),
    ("ek05", "地苏互通", "infrastructure_project", "都安段地苏互通"),
    ("ek05", "澄江大桥", "infrastructure_project", "澄江大桥和大化段岩滩互通"),
    ("ek05", "岩滩互通", "infrastructure_project", "大化段岩滩互通"),
    ("ek05", "红水河大桥", "infrastructure_project", "红水河大桥施工现场"),
    ("ek05", "板升水库工程", "engineering_work", "调研板升水库工程前期工作"),
    ("ek06", "板升水库工程", "engineering_work", "在板升水库工程施工现场"),
    ("ek06", "国道G210大化段", "infrastructure_project", "调研板升水库工程和国道G210大化段建设工作"),
    ("ek06", "岩滩互通", "infrastructure_project", "国道G210大化段岩滩互通"),
    ("ek06", "红水河大桥", "infrastructure_project", "红水河大桥合龙准备工作"),
    ("ek07", "天秦城际铁路秦安段", "infrastructure_project", "主持召开天秦城际铁路秦安段征地拆迁工作调度会"),
    ("ek07", "天秦城际铁路", "infrastructure_project", "天秦城际铁路是全省“十四五”重点铁路项目"),
    ("ek07", "秦安北站", "infrastructure_project", "秦安北站站房用地"),
    ("ek07", "葫芦河特大桥", "infrastructure_project", "葫芦河特大桥桥墩用地"),
    ("ek08", "天秦城际铁路", "infrastructure_project", "督导天秦城际铁路和清水县白沙水库建设工作"),
    ("ek08", "清水县白沙水库", "engineering_work", "督导天秦城际铁路和清水县白沙水库建设工作"),
    ("ek08", "秦安北站", "infrastructure_project", "天秦城际铁路秦安北站站房"),
    ("ek08", "葫芦河特大桥", "infrastructure_project", "葫芦河特大桥施工现场"),
    ("ek09", "白沙水库工程", "engineering_work", "调研白沙水库工程和牛头河灌区配套工程建设情况"),
    ("ek09", "牛头河灌区配套工程", "engineering_work", "牛头河灌区配套工程二标段施工现场"),
    ("ek10", "万遂高速公路", "infrastructure_project", "督导万遂高速公路和遂川县左安灌区建设工作"),
    ("ek10", "万遂高速万安段", "infrastructure_project", "在万遂高速万安段枧头互通"),
    ("ek10", "枧头互通", "infrastructure_project", "在万遂高速万安段枧头互通"),
    ("ek10", "遂川江特大桥", "infrastructure_project", "在遂川江特大桥"),
    ("ek10", "左安灌区续建配套与节水改造工程", "engineering_work", "察看左安灌区续建配套与节水改造工程渠系建设情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ek01", "遂川", "county", "in_project_name", "带队到万遂高速公路遂川段督导项目建设"),
    ("ek01", "雩田镇", "town", "standalone", "雩田镇、枚江镇主要负责同志陪同督导"),
    ("ek01", "枚江镇", "town", "standalone", "雩田镇、枚江镇主要负责同志陪同督导"),
    ("ek01", "遂川江", "river", "in_project_name", "A3标段遂川江特大桥"),
    ("ek01", "枚江", "town", "in_project_name", "枚江互通和雩田镇取土场"),
    ("ek02", "万安", "county", "standalone", "万安、遂川两县要把征拆扫尾"),
    ("ek02", "万安县", "county", "standalone", "现场推进会在万安县召开"),
    ("ek02", "遂川", "county", "standalone", "万安、遂川两县要把征拆扫尾"),
    ("ek02", "遂川县", "county", "in_org_reference", "遂川县委常委、常务副县长钟立航"),
    ("ek02", "窑头", "town", "in_project_name", "A1标段窑头枢纽互通"),
    ("ek02", "赣江", "river", "in_project_name", "A2标段赣江特大桥"),
    ("ek02", "百嘉", "town", "in_project_name", "百嘉服务区施工现场"),
    ("ek02", "赣西南", "region", "standalone", "打通赣西南出行通道"),
    ("ek03", "百嘉镇", "town", "standalone", "深入百嘉镇、窑头镇"),
    ("ek03", "窑头镇", "town", "standalone", "深入百嘉镇、窑头镇"),
    ("ek03", "五丰镇", "town", "standalone", "涉及百嘉镇、窑头镇、五丰镇3个乡镇"),
    ("ek03", "百嘉灌区", "irrigation_district", "in_project_name", "百嘉灌区续建配套与节水改造工程一期渠首枢纽"),
    ("ek03", "窑头水库", "reservoir", "in_project_name", "窑头水库除险加固工程现场"),
    ("ek03", "万安", "county", "in_project_name", "万遂高速万安段施工单位"),
    ("ek04", "国道G210", "road", "in_project_name", "国道G210都安至大化段改扩建工程都安段沿线"),
    ("ek04", "都安", "county", "in_project_name", "国道G210都安至大化段改扩建工程都安段沿线"),
    ("ek04", "大化", "county", "in_project_name", "国道G210都安至大化段改扩建工程都安段沿线"),
    ("ek04", "安阳镇", "town", "standalone", "安阳镇、地苏镇党委主要负责同志"),
    ("ek04", "地苏镇", "town", "standalone", "安阳镇、地苏镇党委主要负责同志"),
    ("ek04", "地苏", "town", "in_project_name", "第二标段地苏互通"),
    ("ek04", "澄江", "river", "in_project_name", "澄江大桥施工现场"),
    ("ek05", "都安", "county", "standalone", "带队到都安、大化督导"),
    ("ek05", "大化", "county", "standalone", "带队到都安、大化督导"),
    ("ek05", "国道G210", "road", "in_project_name", "督导国道G210都安至大化段改扩建工程建设"),
    ("ek05", "地苏", "town", "in_project_name", "都安段地苏互通"),
    ("ek05", "澄江", "river", "in_project_name", "澄江大桥和大化段岩滩互通"),
    ("ek05", "岩滩", "town", "in_project_name", "大化段岩滩互通"),
    ("ek05", "红水河", "river", "in_project_name", "红水河大桥施工现场"),
    ("ek05", "都安瑶族自治县", "county", "in_org_reference", "都安瑶族自治县委副书记、县长韦振林"),
    ("ek05", "大化瑶族自治县", "county", "in_org_reference", "大化瑶族自治县委副书记、县长罗春梅"),
    ("ek05", "板升乡", "township", "standalone", "黄德胜到板升乡调研"),
    ("ek05", "板升水库", "reservoir", "in_project_name", "调研板升水库工程前期工作"),
    ("ek06", "板升水库", "reservoir", "in_project_name", "调研板升水库工程和国道G210大化段建设工作"),
    ("ek06", "国道G210", "road", "in_project_name", "调研板升水库工程和国道G210大化段建设工作"),
    ("ek06", "大化", "county", "standalone", "是大化打基础、利长远的重大工程"),
    ("ek06", "岩滩", "town", "in_project_name", "国道G210大化段岩滩互通"),
    ("ek06", "红水河", "river", "in_project_name", "红水河大桥合龙准备工作"),
    ("ek07", "秦安", "county", "in_project_name", "主持召开天秦城际铁路秦安段征地拆迁工作调度会"),
    ("ek07", "兴国镇", "town", "standalone", "兴国镇、莲花镇、西川镇党委书记"),
    ("ek07", "莲花镇", "town", "standalone", "兴国镇、莲花镇、西川镇党委书记"),
    ("ek07", "西川镇", "town", "standalone", "兴国镇、莲花镇、西川镇党委书记"),
    ("ek07", "葫芦河", "river", "in_project_name", "葫芦河特大桥桥墩用地"),
    ("ek08", "清水县", "county", "standalone", "督导天秦城际铁路和清水县白沙水库建设工作"),
    ("ek08", "白沙水库", "reservoir", "standalone", "汇报了白沙水库建设进展"),
    ("ek08", "秦安", "county", "in_project_name", "天秦城际铁路秦安北站站房"),
    ("ek08", "秦安县", "county", "in_org_reference", "秦安县委书记雷鸣远"),
    ("ek08", "葫芦河", "river", "in_project_name", "葫芦河特大桥施工现场"),
    ("ek08", "天水", "prefecture_city", "standalone", "天水将以最大力度做好征拆"),
    ("ek09", "白沙镇", "town", "standalone", "深入白沙镇"),
    ("ek09", "白沙水库", "reservoir", "in_project_name", "调研白沙水库工程和牛头河灌区配套工程建设情况"),
    ("ek09", "牛头河灌区", "irrigation_district", "in_project_name", "调研白沙水库工程和牛头河灌区配套工程建设情况"),
    ("ek10", "吉安", "prefecture_city", "standalone", "副省长彭剑秋到吉安督导"),
    ("ek10", "遂川县", "county", "standalone", "彭剑秋来到遂川县左安镇"),
    ("ek10", "左安镇", "town", "standalone", "彭剑秋来到遂川县左安镇"),
    ("ek10", "左安灌区", "irrigation_district", "standalone", "左安灌区要加快渠系配套"),
    ("ek10", "万安", "county", "in_project_name", "在万遂高速万安段枧头互通"),
    ("ek10", "枧头", "town", "in_project_name", "在万遂高速万安段枧头互通"),
    ("ek10", "遂川江", "river", "in_project_name", "在遂川江特大桥"),
    ("ek10", "遂川", "county", "in_project_name", "汇报了遂川段剩余工程"),
    ("ek10", "万安县", "county", "in_org_reference", "万安县委副书记、县长钟立航"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ek", conventions="set ek (blind set: transport and water projects (高速公路, 国道, 城际铁路, 水库, 灌区) in 江西 吉安 (遂川县, 万安县), 广西 河池 (都安瑶族自治县, 大化瑶族自治县) and 甘肃 天水 (秦安县, 清水县): a county 建设指挥部's 指挥长 / 常务副指挥长 / 副指挥长 are posts of the 指挥部 (county label + the 指挥部's name as written); the people of contractors and 交通投资集团 (项目经理部经理, 项目部经理, 项目办主任, 党委书记、董事长) are company people with no post; 自治县 labels are full names; an 自治区 督导组's 组长 is a post; a whole project and its named 段 are two project lines; one line per post per article)",
          persons_note="Set ek persons. id = corpus-wide person_id (ek:聂永清#1 of 万安县 (江西) and ek:聂永清#2 of 清水县 (甘肃) are two people with look-alike titles; ek:钟立航 遂川 常务副县长、指挥长 2022-23 → 万安县长 2024; ek:韦振林 都安县长 2022-23 → 河池市副市长 2024; ek:马振乾 秦安 副县长、常务副指挥长 2023 → 清水 常务副县长、指挥长 2024; ek:温子健 吉安 副市长 2023 → 常务副市长 2024; company people (type company_executive) hold no posts)")


if __name__ == "__main__":
    main()
