"""Write gold part ``ad`` (a blind set: projects, places and project events — 观摩 tours, 集中开工, 签约, 园区 调研,
招商 trips, 推进会, 乡村振兴 projects in villages) from the tables below.

Pages ``tests/dev/texts/ad*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: a 泰州 ``三比一提升`` 项目观摩 (市委书记 and 市长 leading two
groups), a 商洛 重大项目观摩会 预备会, a 济宁 上半年重点项目现场观摩 (``先后观摩了…5个县市区的15个项目``), a 周口
观摩讲评 (``示范区党工委书记…汇报``), a 庄浪 项目观摩督查 (town-prefixed project names), a 川汇 区委书记 带队观摩; a 房县
集中开工 timeline (县委书记宣布开工, 县长致辞, 常务副县长主持) and a 祥符区 集中开工 (副市长宣布开工, 城关镇党委书记发言);
a 淮南 ``投资淮南·月月签`` 集中签约 (市长出席并讲话, 投资促进局介绍, 企业代表发言), a 荆州 集中开工及签约, a 潍坊 签约
in 上海, an 扬州 视频签约, a 诸城 签约 (市委副书记主持, 常委、副市长通报); a 津市 招商 调度会 and a 周调度会 (市委书记
出席, 市长主持); a 延安 赴珠三角 招商 (``先后考察了…17家企业``) and a 津市 市长 招商 trip; a 安康 市长 at the 高新区;
宜宾 三江新区 集中开工 pages; 利辛, 仙游 and 新民 county pages on 乡村振兴 调研 in named villages (镇党委书记, 镇长, 社区书记).
Places are real and new to the corpus, in three provinces: 广东 清远 (清远日报, the 市政府 site, the 佛冈县 site; 清远高新区,
清城区, 清新区, 佛冈县, 英德市 and their towns), 四川 广安 (广安日报 and the 市政府 site; 广安经开区, 前锋区, 岳池县, 武胜县,
邻水县, 华蓥市, 川渝高竹新区), 湖南 衡阳 (the 市政府 site, 衡阳日报, the 衡阳高新区 site, a 衡东县 paper; 雁峰区, 耒阳市,
衡南县, 衡东县 and its towns and villages).

Shapes: a city paper's A01 on a one-day 观摩 tour of four areas led by the 市委书记 and the 市长, with a 市委常委 who is the
高新区党工委书记, county 书记 / 县长 and a town 党委书记 reporting at each stop, eleven named projects with their towns (ad01);
the 市政府 site on the next year's tour led by the 市长 alone, the former 佛冈 县长 now 副市长 in the party, a new 代县长
(ad02); a county site's 二季度重大项目集中开工仪式 (常务副县长主持, 县长致辞, 县委书记宣布开工, a town 党委书记 and a company
总经理 speaking, a 市政府副秘书长 written with his city) (ad03); a city paper's 集中签约仪式 (市委书记出席, 市长致辞, 市委常委、
副市长主持, 投资促进局局长介绍, a zone 管委会主任 and a 县长 signing with two company heads, five named projects with amounts)
(ad04); the 市长's 调研 of two parks of the 经开区 and a district, bare 经开区 on the 市政府 site (ad05); a 市政府 site's
重大项目建设推进会 with a numbered list of lagging projects per area (ad06); a city paper on the 市委书记's 招商 trip to
深圳 (企业 visits, a 推介会暨项目签约仪式, a 座谈会) (ad07); a county paper's 乡村振兴 page with two articles: the 县委书记's
调研 of projects in named villages (镇党委书记, 镇长) and a town's 现场推进会 with a village 党总支书记、村委会主任 (ad08); the
zone site on the 市长's 调研 of the 高新区 with bare 高新区 / 党工委 / 管委会 (ad09).

Identity cases:
- the same 市长 leading tours in two years: ad:邝志鹏 (清远市委副书记、市长; co-leads the 2023 tour, ad01; leads the 2024
  tour, ad02). ad:谭湘明 (衡阳市委副书记、市长) speaks at the 2023 推进会 (ad06) and leads the 2024 调研 of the 高新区 (ad09).
- a county head who becomes a city's 副市长 between the tours: ad:欧阳晓东 is 佛冈县委副书记、县长 in April 2023 (ad01) and
  June 2023 (ad03), 清远市副市长 in the April 2024 tour (ad02; ``曾在佛冈任县长`` there is an undated past post: no line).
  His successor ad:温嘉豪 is 代县长 in 2024 (ad02).
- a 县级市 市长 who becomes its 市委书记: ad:肖卫国 is 耒阳市委副书记、市长 in March 2023 (ad06) and 耒阳市委书记 in June
  2024 (ad07).
- the same officials on several pages: ad:黎国梁 (佛冈县委书记, ad01 ad02 ad03), ad:朱柏林 (英德市委书记, ad01 ad02),
  ad:冯卓然 (清远市副市长, ad01 ad02), ad:蒲建国 (广安市委副书记、市长, ad04 ad05), ad:刘建勋 (衡阳高新区党工委书记, ad06
  ad07 ad09), ad:曹立群 (衡阳市政府秘书长, ad06 ad07 ad09), ad:贺丽娟 (衡阳市副市长, ad07 ad09).
- two different 蒋文韬: ad:蒋文韬#1 is 广安经开区党工委副书记、管委会主任 (四川; ad04 2023, ad05 2024); ad:蒋文韬#2 is
  衡东县荣桓镇党委书记 (湖南; ad08 2024).
- one zone name in two cities: bare 高新区 on the 清远日报 (ad01) and the 清远 市政府 site (ad02) = 清远高新区; bare 高新区
  on the 衡阳 市政府 site (ad06, in project names) and the 衡阳高新区 site (ad09) = 衡阳高新区. 经开区 of two places:
  广安经开区 (ad04, bare 经开区 in ad05) and 耒阳经开区 (ad06, ad07).
- one town name in two counties of one city: 石角镇 of 清城区 (ad01: 清城区石角镇党委 书记 冼国权, the 绿色家居产业园) and
  石角镇 of 佛冈县 (ad02 and ad03: 佛冈县石角镇党委 书记 邓伟杰, the 精密电子元器件产业园).
- projects across pages: 广清智能装备产业园二期 (under construction 2023 ad01, in production 2024 ad02); 汤塘镇温泉康养度假区
  项目, 英红镇英德红茶产业园提升项目, 东华镇预制菜产业园项目 (ad01, ad02); 石角镇精密电子元器件产业园一期 (开工 ad03,
  observed ad02); 年产10万吨锂电池正极材料前驱体项目 (signed ad04, under construction ad05); 高新区电子信息产业园三期 and
  高新区科技创新中心二期 (lagging ad06, visited ad09); 锐能储能年产5GWh储能电池生产基地项目 (signed ad07, site visited ad09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts k, p, u and z where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: 市委 / 市政府 / 市X局 on the 清远日报 and the 清远
  site = 清远市; 县委 / 县政府 / 县人大常委会 / 县政协 on the 佛冈 site and after ``在佛冈县`` = 佛冈县; ``区委书记`` after
  ``在清城区`` / ``在清新区`` / ``在前锋区`` = that district's; ``英德市委书记朱柏林，市委副书记、市长罗锦辉`` = 英德市委 /
  英德市政府 (the 县级市, not 清远); on the 广安 paper and site 市 = 广安市; on the 衡阳 pages 市 = 衡阳市; on the 衡东
  paper 县委 / 县政府 / 县X局 = 衡东县 and ``镇党委书记`` after ``新塘镇召开`` = 衡东县新塘镇党委.
- Zones: bare 高新区 / 经开区 = the zone of the page's city (``市委常委、高新区党工委书记钟海涛`` on the 清远日报 → 清远市委
  常委 + 清远高新区党工委 书记; ``经开区党工委书记苟德明`` on the 广安 site → 广安经开区党工委; ``高新区党工委委员、管委会
  副主任`` on the 衡阳高新区 site → 衡阳高新区党工委 委员 + 衡阳高新区管委会 副主任).
- Town and village posts: county label + town + 党委 / 政府 (清城区石角镇党委 书记, 佛冈县石角镇党委 书记, 衡东县杨林镇党委
  副书记 + 衡东县杨林镇政府 镇长); a named village's 党总支 / 村委会 as in parts m and y (衡东县新塘镇宋家村党总支 书记 +
  衡东县新塘镇宋家村委会 主任).
- ``市委常委、秘书长`` → the city's 市委 常委 + 市委 秘书长; ``市政府秘书长`` / ``市政府副秘书长`` → 市政府; ``清远市政府
  副秘书长`` on the 佛冈 site is written with its city.
- Not posts: company roles (董事长, 总经理: type company, no line), 市领导 / 县领导, and DECIDED HERE: an undated past post
  written as ``曾在佛冈任县长`` (ad02) gives no line (the post is already a dated line of ad01 and ad03).
- Events: a 观摩 tour is ``inspection (项目观摩)``, a 调研 ``inspection (调研)``, 集中开工 and 签约 ``ceremony``, 推进会 /
  现场推进会 / 座谈会 ``meeting``. DECIDED HERE: when two leaders 带队 (``市委书记骆振国，市委副书记、市长邝志鹏带队``), the
  leader is the first named and the second is an attendee (and a speaker when his words are reported). DECIDED HERE: at a
  tour stop or a 调研, those who 汇报 / 介绍 are speakers and attendees (as part z's 汇报); 陪同 / 参加 makes an attendee;
  主持 a chair; 致辞 / 讲话 / 强调 / 要求 / 表示 / 推介 / 发言 / 宣布开工 / 部署 / 询问 make speakers. DECIDED HERE: an
  outbound 招商 trip of a 党政代表团 (走访企业, 洽谈项目) is ``inspection (招商考察)`` led by its head; the 推介会暨项目签约
  仪式 held during it is a ceremony of its own (chair as written) and the 座谈会 with 企业家 a meeting of its own (no named
  participants); a 座谈会 that closes a 调研 (ad09) is part of the 调研 (as part p). Past events named in passing (the 2023
  签约仪式 in ad05, the 2023 推进会 in ad09) are not annotated again.
- Projects: every work named as observed, started, signed, listed or to be pushed, with the name as written (town prefix
  kept: 汤塘镇温泉康养度假区项目; ``…项目现场`` gives the name without 现场). DECIDED HERE: a park that is one of the
  observed or listed key projects (石角镇绿色家居产业园, 龙山镇丝苗米产业园项目, 云集街道智能装备制造产业园) is a project
  (industrial_park), while a park only named as a place where something is (新桥园区, 奎阁园区, 白沙洲工业园区 inside a
  project name) is a place. The provincial programme ``百千万工程`` is a ``program`` (as the gold README's named
  programmes). Kinds: parks industrial_park; roads, water supply, pipes, stations, wharves infrastructure_project; dikes
  and 防洪治理 engineering_work; 碧道, 生态修复, 风光带 greening_project; 人才安居房, 老旧小区改造 housing_project; 冷链物流园
  / 冷链仓储中心 / 供应链物流中心 logistics_hub; the rest project.
- Places: one row per distinct name per file, named as the evidence writes it (a bare 高新区 / 经开区 is its own row beside
  清远高新区 / 广安经开区 on the same page, as in part k); places inside titles, organ references and project names count,
  with the context of the first occurrence. DECIDED HERE: a place's short form that only marks a section or the ends of a
  work inside a project name (``北江清城段``, ``潖江佛冈段``, ``耒水耒阳城区段``, ``洣水衡东段``, ``汤塘至石角快速路``) gives
  no row of its own (the river or town is annotated by its full name where the page writes it); a short place name that
  opens a project name (岳池 in 岳池农产品冷链物流园项目) is a row. Product and brand words (英德红茶, 黄贡椒, 丝苗米), the
  abbreviations 广清 and 渝广, company names, the policy label 川渝合作示范区, mastheads, site lines, 来源 lines, footers and
  上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ad01_qingyuan.txt": (2023, "2023年4月20日　星期四", "清远市", [
        ("全市2023年一季度重点项目建设观摩活动举行", "4月19日", "2023-04-19", "本报讯（记者 何思颖",
         "city paper A01: one-day 观摩 tour of 清远高新区, 清城区, 佛冈县, 英德市 led by the 市委书记 and the 市长; 高新区党工委书记 (a 市委常委), 区委书记, a town 党委书记, 县委书记 / 县长 and 英德市委书记 report; eleven projects with their towns")]),
    "ad02_qingyuan.txt": (2024, "发布时间：2024-04-18 17:36", "清远市", [
        ("邝志鹏带队观摩2024年一季度重点项目建设", "4月17日", "2024-04-17", "4月17日，市委副书记",
         "city site: the 市长's 2024 观摩 tour of 清新区, 英德市, 佛冈县, 清远高新区; 欧阳晓东 now 副市长; a new 代县长 of 佛冈; 高新区 管委会主任")]),
    "ad03_fogang.txt": (2023, "发布时间：2023-06-29 10:12", "佛冈县", [
        ("佛冈县举行2023年第二季度重大项目集中开工仪式", "6月28日上午", "2023-06-28", "6月28日上午，佛冈县",
         "county site: 集中开工仪式 (常务副县长 主持, 县长 致辞, 县委书记 宣布开工); 清远市政府副秘书长; 石角镇党委书记 and a company 总经理 speak")]),
    "ad04_guangan.txt": (2023, "2023年09月15日　星期五", "广安市", [
        ("我市举行2023年第三季度招商引资项目集中签约仪式", "9月14日", "2023-09-14", "本报讯（记者 王雨桐）",
         "city paper 01版: 集中签约仪式 (市委书记 出席, 市长 致辞, 市委常委、副市长 主持, 投资促进局局长 介绍); the 经开区 管委会主任 and a 县长 sign with two company heads")]),
    "ad05_guangan.txt": (2024, "发布日期：2024-05-22", "广安市", [
        ("蒲建国到广安经开区和前锋区调研产业园区建设", "5月21日", "2024-05-21", "5月21日，市委副书记",
         "city site: the 市长's 调研 of the 经开区's 新桥园区 and 奎阁园区 and of 前锋区; bare 经开区党工委 / 管委会; 区委书记 and 区长 report")]),
    "ad06_hengyang.txt": (2023, "发布时间：2023-03-08 18:20", "衡阳市", [
        ("全市重大项目建设推进会召开", "3月7日", "2023-03-07", "3月7日，全市重大项目",
         "city site: 重大项目建设推进会 (常务副市长 主持, 市长 讲话, 发改委主任 通报) with a numbered list of twelve lagging projects in six areas; three area heads speak")]),
    "ad07_hengyang.txt": (2024, "2024年6月16日　星期日", "衡阳市", [
        ("易振华率衡阳市党政代表团赴深圳开展招商活动", "6月13日至14日", "2024-06-13", "本报讯（记者 欧雅琪）",
         "city paper 01版: the 市委书记's 招商 trip to 深圳 (company visits), a 推介会暨项目签约仪式 (副市长 主持), a 座谈会; 肖卫国 now 耒阳市委书记")]),
    "ad08_hengdong.txt": (2024, "2024年7月26日　星期五", "衡东县", [
        ("周晓斌到荣桓镇杨林镇调研乡村振兴项目建设", "7月24日", "2024-07-24", "本报讯（记者 聂梦瑶）",
         "county paper 乡村振兴 page, article 1: the 县委书记's 调研 of projects in named villages; 镇党委书记 (the second 蒋文韬), 镇党委副书记、镇长"),
        ("新塘镇：和美乡村示范片建设现场推进会召开", "7月22日", "2024-07-22", "本报讯（通讯员 罗可欣）",
         "county paper 乡村振兴 page, article 2: a town's 现场推进会 (镇党委书记 主持); a village 党总支书记、村委会主任")]),
    "ad09_hengyang_gxq.txt": (2024, "发布时间：2024-03-20 16:48", "衡阳高新区", [
        ("谭湘明到高新区调研产业发展和重点项目建设", "3月19日", "2024-03-19", "3月19日，市委副书记",
         "zone site: the 市长's 调研 of the 高新区 (bare 高新区 / 党工委 / 管委会); projects from the 2023 推进会 list; a closing 座谈会")]),
}

_A01_LEAD = "市委书记骆振国，市委副书记、市长邝志鹏带队"
_A01_FG = "县委书记黎国梁，县委副书记、县长欧阳晓东分别汇报了"
_A02_QX = "区委书记莫海燕，区委副书记、区长梁振邦汇报了"
_A02_YD = "英德市委书记朱柏林，市委副书记、市长罗锦辉陪同观摩"
_A02_FG = "县委书记黎国梁，县委副书记、代县长温嘉豪汇报了"
_A03_FG = "县委书记黎国梁，县委副书记、县长欧阳晓东"
_A05_QF = "区委书记彭洪涛，区委副书记、区长宋佳蔚分别汇报了"
_A06_SPK = "衡阳高新区党工委书记刘建勋，耒阳市委副书记、市长肖卫国，衡南县委副书记、县长龚志远先后作表态发言"
_A07_PARTY = "副市长贺丽娟，市政府秘书长曹立群，衡阳高新区党工委书记刘建勋，耒阳市委书记肖卫国"
_A09_ZONE = "高新区党工委书记刘建勋，党工委副书记、管委会主任彭亚楠陪同"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 清远 (广东)
    "ad:骆振国": ("骆振国", "official", "清远市", [
        ("ad01", "清远市委", "书记", _A01_LEAD, "first of two 带队 leaders: the event's leader; named in the headline too")], []),
    "ad:邝志鹏": ("邝志鹏", "official", "清远市", [
        ("ad01", "清远市委", "副书记", _A01_LEAD, "2023: co-leads the tour (identity case: the same 市长 leads the 2024 tour, ad02)"),
        ("ad01", "清远市政府", "市长", _A01_LEAD, None),
        ("ad02", "清远市委", "副书记", "4月17日，市委副书记、市长邝志鹏带队", "2024: leads the tour alone; named in the headline and a 上一篇 link too"),
        ("ad02", "清远市政府", "市长", "4月17日，市委副书记、市长邝志鹏带队", None)], []),
    "ad:黄文昊": ("黄文昊", "official", "清远市", [
        ("ad01", "清远市委", "常委", "市委常委、常务副市长黄文昊", None),
        ("ad01", "清远市政府", "常务副市长", "市委常委、常务副市长黄文昊", None)], []),
    "ad:区家明": ("区家明", "official", "清远市", [
        ("ad01", "清远市委", "常委", "市委常委、秘书长区家明", "surname 区 (Cantonese): the person, not an organ"),
        ("ad01", "清远市委", "秘书长", "市委常委、秘书长区家明", "秘书长 after 市委常委 = 市委秘书长")], []),
    "ad:冯卓然": ("冯卓然", "official", "清远市", [
        ("ad01", "清远市政府", "副市长", "副市长冯卓然参加观摩", "2023"),
        ("ad02", "清远市政府", "副市长", "副市长欧阳晓东、冯卓然", "2024; list after one title")], []),
    "ad:钟海涛": ("钟海涛", "official", "清远市", [
        ("ad01", "清远市委", "常委", "市委常委、高新区党工委书记钟海涛介绍", None),
        ("ad01", "清远高新区党工委", "书记", "市委常委、高新区党工委书记钟海涛介绍", "bare 高新区 on the 清远日报 = 清远高新区")], []),
    "ad:曾庆华": ("曾庆华", "official", "清城区", [
        ("ad01", "清城区委", "书记", "区委书记曾庆华汇报了", "区委 after 在清城区 = 清城区委")], []),
    "ad:冼国权": ("冼国权", "official", "清城区", [
        ("ad01", "清城区石角镇党委", "书记", "石角镇党委书记冼国权介绍", "石角镇 of 清城区 (the stop 在清城区); not 佛冈县's 石角镇 (ad03)")], []),
    "ad:黎国梁": ("黎国梁", "official", "佛冈县", [
        ("ad01", "佛冈县委", "书记", _A01_FG, "2023-04; 县委 after 在佛冈县 = 佛冈县委"),
        ("ad02", "佛冈县委", "书记", _A02_FG, "2024-04"),
        ("ad03", "佛冈县委", "书记", _A03_FG, "2023-06; 宣布开工")], []),
    "ad:欧阳晓东": ("欧阳晓东", "official", "佛冈县", [
        ("ad01", "佛冈县委", "副书记", _A01_FG, "2023-04 (identity case: 清远市副市长 in 2024, ad02); compound surname 欧阳"),
        ("ad01", "佛冈县政府", "县长", _A01_FG, None),
        ("ad02", "清远市政府", "副市长", "副市长欧阳晓东、冯卓然", "2024-04: now 副市长; 曾在佛冈任县长 (undated past post) gives no line"),
        ("ad03", "佛冈县委", "副书记", _A03_FG, "2023-06; 致辞"),
        ("ad03", "佛冈县政府", "县长", _A03_FG, None)], []),
    "ad:朱柏林": ("朱柏林", "official", "英德市", [
        ("ad01", "英德市委", "书记", "英德市委书记朱柏林介绍了", "2023"),
        ("ad02", "英德市委", "书记", _A02_YD, "2024")], []),
    "ad:叶志平": ("叶志平", "official", "清远市", [
        ("ad02", "清远市政府", "秘书长", "市政府秘书长叶志平参加观摩", None)], []),
    "ad:莫海燕": ("莫海燕", "official", "清新区", [
        ("ad02", "清新区委", "书记", _A02_QX, "区委 after 在清新区 = 清新区委")], []),
    "ad:梁振邦": ("梁振邦", "official", "清新区", [
        ("ad02", "清新区委", "副书记", _A02_QX, None),
        ("ad02", "清新区政府", "区长", _A02_QX, None)], []),
    "ad:罗锦辉": ("罗锦辉", "official", "英德市", [
        ("ad02", "英德市委", "副书记", _A02_YD, "市委 after 英德市委书记 = 英德市委 (the 县级市)"),
        ("ad02", "英德市政府", "市长", _A02_YD, "英德's 市长, not 清远's")], []),
    "ad:温嘉豪": ("温嘉豪", "official", "佛冈县", [
        ("ad02", "佛冈县委", "副书记", _A02_FG, "2024: 欧阳晓东's successor"),
        ("ad02", "佛冈县政府", "代县长", _A02_FG, "代县长 as written")], []),
    "ad:邱伟明": ("邱伟明", "official", "清远高新区", [
        ("ad02", "清远高新区党工委", "副书记", "高新区党工委副书记、管委会主任邱伟明介绍了", "bare 高新区 on the 清远 site = 清远高新区"),
        ("ad02", "清远高新区管委会", "主任", "高新区党工委副书记、管委会主任邱伟明介绍了", None)], []),
    "ad:陆展鹏": ("陆展鹏", "official", "清远市", [
        ("ad03", "清远市政府", "副秘书长", "清远市政府副秘书长陆展鹏", "written with its city on the county site")], []),
    "ad:廖春霖": ("廖春霖", "official", "佛冈县", [
        ("ad03", "佛冈县人大常委会", "主任", "县人大常委会主任廖春霖", None)], []),
    "ad:巫丽清": ("巫丽清", "official", "佛冈县", [
        ("ad03", "佛冈县政协", "主席", "县政协主席巫丽清出席仪式", None)], []),
    "ad:范志坚": ("范志坚", "official", "佛冈县", [
        ("ad03", "佛冈县委", "常委", "县委常委、常务副县长范志坚主持仪式", None),
        ("ad03", "佛冈县政府", "常务副县长", "县委常委、常务副县长范志坚主持仪式", None)], []),
    "ad:邓伟杰": ("邓伟杰", "official", "佛冈县", [
        ("ad03", "佛冈县石角镇党委", "书记", "石角镇党委书记邓伟杰介绍了", "石角镇 on the 佛冈 site = 佛冈县石角镇 (not 清城区's, ad01)")], []),
    "ad:陈浩然": ("陈浩然", "company", "佛冈县", [], ["ad03"]),
    # ---- 广安 (四川)
    "ad:何继东": ("何继东", "official", "广安市", [
        ("ad04", "广安市委", "书记", "市委书记何继东出席", "named in the headline too")], []),
    "ad:蒲建国": ("蒲建国", "official", "广安市", [
        ("ad04", "广安市委", "副书记", "市委副书记、市长蒲建国致辞", "2023"),
        ("ad04", "广安市政府", "市长", "市委副书记、市长蒲建国致辞", None),
        ("ad05", "广安市委", "副书记", "5月21日，市委副书记、市长蒲建国到广安经开区", "2024"),
        ("ad05", "广安市政府", "市长", "5月21日，市委副书记、市长蒲建国到广安经开区", None)], []),
    "ad:罗晓婷": ("罗晓婷", "official", "广安市", [
        ("ad04", "广安市委", "常委", "市委常委、副市长罗晓婷主持签约仪式", None),
        ("ad04", "广安市政府", "副市长", "市委常委、副市长罗晓婷主持签约仪式", None)], []),
    "ad:唐晓岚": ("唐晓岚", "official", "广安市", [
        ("ad04", "广安市投资促进局", "局长", "市投资促进局局长唐晓岚介绍了", None)], []),
    "ad:蒋文韬#1": ("蒋文韬", "official", "广安经开区", [
        ("ad04", "广安经开区党工委", "副书记", "广安经开区党工委副书记、管委会主任蒋文韬与", "2023; not the 蒋文韬 of 衡东县 (ad08)"),
        ("ad04", "广安经开区管委会", "主任", "广安经开区党工委副书记、管委会主任蒋文韬与", None),
        ("ad05", "广安经开区党工委", "副书记", "经开区党工委副书记、管委会主任蒋文韬汇报了", "2024; bare 经开区 on the 广安 site"),
        ("ad05", "广安经开区管委会", "主任", "经开区党工委副书记、管委会主任蒋文韬汇报了", None)], []),
    "ad:冉光明": ("冉光明", "official", "邻水县", [
        ("ad04", "邻水县委", "副书记", "邻水县委副书记、县长冉光明与", None),
        ("ad04", "邻水县政府", "县长", "邻水县委副书记、县长冉光明与", None)], []),
    "ad:郑宏达": ("郑宏达", "company", "广安经开区", [], ["ad04"]),
    "ad:谢永胜": ("谢永胜", "company", "邻水县", [], ["ad04"]),
    "ad:胡晓川": ("胡晓川", "official", "广安市", [
        ("ad05", "广安市政府", "副秘书长", "市政府副秘书长胡晓川", None)], []),
    "ad:赵永康": ("赵永康", "official", "广安市", [
        ("ad05", "广安市经济和信息化局", "局长", "市经济和信息化局局长赵永康参加调研", None)], []),
    "ad:苟德明": ("苟德明", "official", "广安经开区", [
        ("ad05", "广安经开区党工委", "书记", "经开区党工委书记苟德明介绍", "bare 经开区 on the 广安 site = 广安经开区")], []),
    "ad:彭洪涛": ("彭洪涛", "official", "前锋区", [
        ("ad05", "前锋区委", "书记", _A05_QF, "区委 after 在前锋区 = 前锋区委")], []),
    "ad:宋佳蔚": ("宋佳蔚", "official", "前锋区", [
        ("ad05", "前锋区委", "副书记", _A05_QF, None),
        ("ad05", "前锋区政府", "区长", _A05_QF, None)], []),
    # ---- 衡阳 (湖南)
    "ad:谭湘明": ("谭湘明", "official", "衡阳市", [
        ("ad06", "衡阳市委", "副书记", "市委副书记、市长谭湘明出席并讲话", "2023"),
        ("ad06", "衡阳市政府", "市长", "市委副书记、市长谭湘明出席并讲话", None),
        ("ad09", "衡阳市委", "副书记", "3月19日，市委副书记、市长谭湘明到高新区调研", "2024; named in the headline too"),
        ("ad09", "衡阳市政府", "市长", "3月19日，市委副书记、市长谭湘明到高新区调研", None)], []),
    "ad:颜跃东": ("颜跃东", "official", "衡阳市", [
        ("ad06", "衡阳市委", "常委", "市委常委、常务副市长颜跃东主持", None),
        ("ad06", "衡阳市政府", "常务副市长", "市委常委、常务副市长颜跃东主持", None)], []),
    "ad:邹建斌": ("邹建斌", "official", "衡阳市", [
        ("ad06", "衡阳市发展和改革委员会", "主任", "市发展和改革委员会主任邹建斌通报了", "department as written after its place")], []),
    "ad:刘建勋": ("刘建勋", "official", "衡阳高新区", [
        ("ad06", "衡阳高新区党工委", "书记", _A06_SPK, "2023"),
        ("ad07", "衡阳高新区党工委", "书记", _A07_PARTY, "2024-06"),
        ("ad09", "衡阳高新区党工委", "书记", _A09_ZONE, "2024-03; bare 高新区 on the zone site")], []),
    "ad:肖卫国": ("肖卫国", "official", "耒阳市", [
        ("ad06", "耒阳市委", "副书记", _A06_SPK, "2023: 耒阳 (县级市) 市长 (identity case: 市委书记 in 2024, ad07)"),
        ("ad06", "耒阳市政府", "市长", _A06_SPK, None),
        ("ad07", "耒阳市委", "书记", _A07_PARTY, "2024: now 耒阳市委书记")], []),
    "ad:龚志远": ("龚志远", "official", "衡南县", [
        ("ad06", "衡南县委", "副书记", _A06_SPK, None),
        ("ad06", "衡南县政府", "县长", _A06_SPK, None)], []),
    "ad:曹立群": ("曹立群", "official", "衡阳市", [
        ("ad06", "衡阳市政府", "秘书长", "市政府秘书长曹立群，市直有关部门", "2023"),
        ("ad07", "衡阳市政府", "秘书长", _A07_PARTY, "2024-06"),
        ("ad09", "衡阳市政府", "秘书长", "副市长贺丽娟，市政府秘书长曹立群参加调研", "2024-03")], []),
    "ad:易振华": ("易振华", "official", "衡阳市", [
        ("ad07", "衡阳市委", "书记", "6月13日至14日，市委书记易振华率衡阳市党政代表团", "named in the headline too")], []),
    "ad:贺丽娟": ("贺丽娟", "official", "衡阳市", [
        ("ad07", "衡阳市政府", "副市长", _A07_PARTY, "2024-06"),
        ("ad09", "衡阳市政府", "副市长", "副市长贺丽娟，市政府秘书长曹立群参加调研", "2024-03")], []),
    "ad:龙海燕": ("龙海燕", "official", "衡阳市", [
        ("ad07", "衡阳市商务局", "局长", "市商务局局长龙海燕参加", None)], []),
    "ad:林志航": ("林志航", "company", "深圳", [], ["ad07"]),
    "ad:周晓斌": ("周晓斌", "official", "衡东县", [
        ("ad08", "衡东县委", "书记", "7月24日，县委书记周晓斌深入荣桓镇、杨林镇", "县委 on the 衡东 paper = 衡东县委; named in the headline too")], []),
    "ad:谭春华": ("谭春华", "official", "衡东县", [
        ("ad08", "衡东县委", "常委", "县委常委、副县长谭春华", None),
        ("ad08", "衡东县政府", "副县长", "县委常委、副县长谭春华", None)], []),
    "ad:尹少军": ("尹少军", "official", "衡东县", [
        ("ad08", "衡东县农业农村局", "局长", "县农业农村局局长尹少军参加调研", None)], []),
    "ad:蒋文韬#2": ("蒋文韬", "official", "衡东县", [
        ("ad08", "衡东县荣桓镇党委", "书记", "荣桓镇党委书记蒋文韬介绍", "衡东 (湖南); not the 蒋文韬 of 广安经开区 (ad04, ad05)")], []),
    "ad:邝建军": ("邝建军", "official", "衡东县", [
        ("ad08", "衡东县杨林镇党委", "副书记", "杨林镇党委副书记、镇长邝建军汇报了", None),
        ("ad08", "衡东县杨林镇政府", "镇长", "杨林镇党委副书记、镇长邝建军汇报了", None)], []),
    "ad:刘冬梅": ("刘冬梅", "official", "衡东县", [
        ("ad08", "衡东县新塘镇党委", "书记", "镇党委书记刘冬梅主持会议", "article 2: bare 镇 after 新塘镇召开 = 衡东县新塘镇")], []),
    "ad:许光辉": ("许光辉", "official", "衡东县", [
        ("ad08", "衡东县新塘镇党委", "副书记", "镇党委副书记、镇长许光辉部署", None),
        ("ad08", "衡东县新塘镇政府", "镇长", "镇党委副书记、镇长许光辉部署", None)], []),
    "ad:李国平": ("李国平", "official", "衡东县", [
        ("ad08", "衡东县新塘镇宋家村党总支", "书记", "宋家村党总支书记、村委会主任李国平介绍了", "named village: its 党总支 as written (as part y)"),
        ("ad08", "衡东县新塘镇宋家村委会", "主任", "宋家村党总支书记、村委会主任李国平介绍了", "村委会 follows the village of the same chain")], []),
    "ad:彭亚楠": ("彭亚楠", "official", "衡阳高新区", [
        ("ad09", "衡阳高新区党工委", "副书记", _A09_ZONE, "bare 党工委 / 管委会 on the zone site"),
        ("ad09", "衡阳高新区管委会", "主任", _A09_ZONE, None)], []),
    "ad:欧阳丽华": ("欧阳丽华", "official", "衡阳高新区", [
        ("ad09", "衡阳高新区党工委", "委员", "高新区党工委委员、管委会副主任欧阳丽华汇报了", None),
        ("ad09", "衡阳高新区管委会", "副主任", "高新区党工委委员、管委会副主任欧阳丽华汇报了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ad01", "何思颖", "记者", "reporter", "本报讯（记者 何思颖 通讯员 梁嘉欣）"),
    ("ad01", "梁嘉欣", "通讯员", "correspondent", "本报讯（记者 何思颖 通讯员 梁嘉欣）"),
    ("ad01", "麦晓晴", "本版编辑", "editor", "本版编辑：麦晓晴"),
    ("ad01", "卢嘉怡", "校对", "editor", "校对：卢嘉怡"),
    ("ad02", "陈晓彤", "责任编辑", "editor", "责任编辑：陈晓彤"),
    ("ad03", "朱颖琪", "记者", "reporter", "（记者 朱颖琪　通讯员 黄志恒）"),
    ("ad03", "黄志恒", "通讯员", "correspondent", "（记者 朱颖琪　通讯员 黄志恒）"),
    ("ad03", "钟雅婷", "责任编辑", "editor", "责任编辑：钟雅婷"),
    ("ad04", "王雨桐", "记者", "reporter", "本报讯（记者 王雨桐）"),
    ("ad04", "邓晓芸", "本版责编", "editor", "本版责编：邓晓芸"),
    ("ad04", "唐悦", "校对", "editor", "校对：唐悦"),
    ("ad05", "何雨萱", "编辑", "editor", "编辑：何雨萱"),
    ("ad05", "罗志斌", "审核", "editor", "审核：罗志斌"),
    ("ad06", "谢雨婷", "责任编辑", "editor", "责任编辑：谢雨婷"),
    ("ad07", "欧雅琪", "记者", "reporter", "本报讯（记者 欧雅琪）"),
    ("ad07", "罗雅文", "本版编辑", "editor", "本版编辑：罗雅文"),
    ("ad07", "刘思邈", "审核", "editor", "审核：刘思邈"),
    ("ad08", "聂梦瑶", "记者", "reporter", "本报讯（记者 聂梦瑶）"),
    ("ad08", "罗可欣", "通讯员", "correspondent", "本报讯（通讯员 罗可欣）"),
    ("ad08", "颜思琪", "编辑", "editor", "编辑：颜思琪"),
    ("ad08", "周佳", "校审", "editor", "校审：周佳"),
    ("ad09", "唐振华", "审核", "editor", "审核：唐振华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ad01", "全市2023年一季度重点项目建设观摩活动", "site observation (项目观摩)", "4月19日", None, "骆振国", [],
     ["邝志鹏", "黄文昊", "区家明", "冯卓然", "钟海涛", "曾庆华", "冼国权", "黎国梁", "欧阳晓东", "朱柏林"],
     ["钟海涛", "曾庆华", "冼国权", "黎国梁", "欧阳晓东", "朱柏林", "骆振国", "邝志鹏"], "清远高新区、清城区、佛冈县、英德市",
     "4月19日，全市2023年一季度重点项目建设观摩活动举行",
     [_A01_LEAD, "副市长冯卓然参加观摩", "高新区党工委书记钟海涛介绍", "区委书记曾庆华汇报了", "石角镇党委书记冼国权介绍",
      _A01_FG, "英德市委书记朱柏林介绍了", "骆振国强调", "邝志鹏要求"]),
    ("ad02", "2024年一季度重点项目建设观摩活动", "site observation (项目观摩)", "4月17日", None, "邝志鹏", [],
     ["欧阳晓东", "冯卓然", "叶志平", "莫海燕", "梁振邦", "朱柏林", "罗锦辉", "黎国梁", "温嘉豪", "邱伟明"],
     ["莫海燕", "梁振邦", "罗锦辉", "黎国梁", "温嘉豪", "欧阳晓东", "邱伟明", "邝志鹏"], "清新区、英德市、佛冈县、清远高新区",
     "市长邝志鹏带队开展2024年一季度重点项目建设观摩活动",
     ["市长邝志鹏带队开展2024年一季度重点项目建设观摩活动", "副市长欧阳晓东、冯卓然", "市政府秘书长叶志平参加观摩", _A02_QX,
      "莫海燕介绍", _A02_YD, "罗锦辉表示", _A02_FG, "欧阳晓东对汤塘镇温泉康养度假区项目运营情况进行了询问",
      "管委会主任邱伟明介绍了", "邝志鹏强调"]),
    ("ad03", "佛冈县2023年第二季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "6月28日上午", "范志坚", None, [],
     ["陆展鹏", "黎国梁", "欧阳晓东", "廖春霖", "巫丽清", "邓伟杰", "陈浩然"],
     ["邓伟杰", "陈浩然", "欧阳晓东", "黎国梁"], "石角镇精密电子元器件产业园一期项目现场",
     "6月28日上午，佛冈县2023年第二季度重大项目集中开工仪式在石角镇精密电子元器件产业园一期项目现场举行",
     ["清远市政府副秘书长陆展鹏", _A03_FG, "县政协主席巫丽清出席仪式", "常务副县长范志坚主持仪式", "石角镇党委书记邓伟杰介绍了",
      "总经理陈浩然发言表示", "欧阳晓东在致辞中", "黎国梁宣布佛冈县2023年第二季度重大项目集中开工"]),
    ("ad04", "2023年第三季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "9月14日", "罗晓婷", None, ["广安市"],
     ["何继东", "蒲建国", "唐晓岚", "蒋文韬", "冉光明", "郑宏达", "谢永胜"],
     ["唐晓岚", "郑宏达", "蒲建国"], None,
     "9月14日，我市举行2023年第三季度招商引资项目集中签约仪式",
     ["市委书记何继东出席", "市长蒲建国致辞", "副市长罗晓婷主持签约仪式", "局长唐晓岚介绍了签约项目情况",
      "管委会主任蒋文韬与四川锂源新材料有限公司董事长郑宏达", "县长冉光明与重庆渝川汽车部件有限公司总经理谢永胜分别代表双方签约",
      "郑宏达在发言中表示", "蒲建国在致辞中"]),
    ("ad05", "产业园区建设和重点项目推进工作调研", "inspection (调研)", "5月21日", None, "蒲建国", [],
     ["胡晓川", "赵永康", "苟德明", "蒋文韬", "彭洪涛", "宋佳蔚"],
     ["苟德明", "蒋文韬", "彭洪涛", "宋佳蔚", "蒲建国"], "广安经开区、前锋区",
     "市长蒲建国到广安经开区、前锋区调研产业园区建设和重点项目推进工作",
     ["市长蒲建国到广安经开区、前锋区调研", "市政府副秘书长胡晓川", "局长赵永康参加调研", "经开区党工委书记苟德明介绍",
      "管委会主任蒋文韬汇报了", _A05_QF, "蒲建国强调"]),
    ("ad06", "全市重大项目建设推进会", "meeting (推进会)", "3月7日", "颜跃东", None, [],
     ["谭湘明", "邹建斌", "刘建勋", "肖卫国", "龚志远", "曹立群"],
     ["邹建斌", "刘建勋", "肖卫国", "龚志远", "谭湘明", "颜跃东"], None,
     "3月7日，全市重大项目建设推进会召开",
     ["市长谭湘明出席并讲话", "常务副市长颜跃东主持", "主任邹建斌通报了", _A06_SPK, "谭湘明强调", "颜跃东要求",
      "市政府秘书长曹立群，市直有关部门"]),
    ("ad07", "衡阳市党政代表团赴深圳招商活动", "inspection (招商考察)", "6月13日至14日", None, "易振华", [],
     ["贺丽娟", "曹立群", "刘建勋", "肖卫国", "龙海燕"], ["易振华"], "深圳",
     "市委书记易振华率衡阳市党政代表团赴深圳开展招商活动，走访企业",
     ["市委书记易振华率衡阳市党政代表团赴深圳开展招商活动", _A07_PARTY, "市商务局局长龙海燕参加",
      "易振华详细介绍了衡阳的区位交通"]),
    ("ad07", "衡阳（深圳）产业合作推介会暨项目签约仪式", "ceremony (签约仪式)", "13日下午", "贺丽娟", None, [],
     ["易振华", "刘建勋", "肖卫国", "林志航"], ["易振华", "刘建勋", "肖卫国", "林志航"], "深圳福田区",
     "13日下午，衡阳（深圳）产业合作推介会暨项目签约仪式在深圳福田区举行",
     ["易振华出席并推介衡阳，贺丽娟主持", "刘建勋、肖卫国分别推介了", "董事长林志航代表签约企业发言", "易振华表示"]),
    ("ad07", "衡阳籍企业家座谈会", "meeting (座谈会)", "6月13日至14日", None, None, [],
     [], [], "深圳",
     "代表团还在深圳召开衡阳籍企业家座谈会",
     []),
    ("ad08", "乡村振兴重点项目建设调研", "inspection (调研)", "7月24日", None, "周晓斌", [],
     ["谭春华", "尹少军", "蒋文韬", "邝建军"], ["蒋文韬", "邝建军", "周晓斌"], "荣桓镇、杨林镇",
     "县委书记周晓斌深入荣桓镇、杨林镇，调研乡村振兴重点项目建设",
     ["县委书记周晓斌深入荣桓镇、杨林镇", "副县长谭春华", "局长尹少军参加调研", "荣桓镇党委书记蒋文韬介绍",
      "镇长邝建军汇报了", "周晓斌强调"]),
    ("ad08", "和美乡村示范片建设现场推进会", "meeting (现场推进会)", "7月22日", "刘冬梅", None, ["新塘镇"],
     ["许光辉", "李国平"], ["许光辉", "李国平"], "新塘镇",
     "7月22日，新塘镇召开和美乡村示范片建设现场推进会",
     ["镇党委书记刘冬梅主持会议", "镇长许光辉部署示范片建设工作", "村委会主任李国平介绍了"]),
    ("ad09", "产业发展和重点项目建设调研", "inspection (调研)", "3月19日", None, "谭湘明", [],
     ["贺丽娟", "曹立群", "刘建勋", "彭亚楠", "欧阳丽华"], ["彭亚楠", "刘建勋", "欧阳丽华", "谭湘明"], "高新区",
     "市长谭湘明到高新区调研产业发展和重点项目建设",
     ["市长谭湘明到高新区调研", "副市长贺丽娟，市政府秘书长曹立群参加调研", _A09_ZONE, "彭亚楠介绍",
      "刘建勋汇报了高新区2023年工作", "管委会副主任欧阳丽华汇报了", "谭湘明指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    # ad01: 2023 tour
    ("ad01", "广清智能装备产业园二期", "industrial_park", "在广清智能装备产业园二期项目现场"),
    ("ad01", "百嘉新能源电池材料项目", "project", "观摩团还察看了百嘉新能源电池材料项目"),
    ("ad01", "高新区人才安居房项目", "housing_project", "高新区人才安居房项目"),
    ("ad01", "石角镇绿色家居产业园", "industrial_park", "观摩团先后来到石角镇绿色家居产业园"),
    ("ad01", "源潭镇陶瓷产业转型升级项目", "project", "源潭镇陶瓷产业转型升级项目"),
    ("ad01", "北江清城段堤防提升工程", "engineering_work", "北江清城段堤防提升工程现场"),
    ("ad01", "汤塘镇温泉康养度假区项目", "project", "观摩团察看了汤塘镇温泉康养度假区项目"),
    ("ad01", "龙山镇丝苗米产业园项目", "industrial_park", "龙山镇丝苗米产业园项目"),
    ("ad01", "英红镇英德红茶产业园提升项目", "project", "观摩团察看了英红镇英德红茶产业园提升项目"),
    ("ad01", "连江口镇北江航道配套码头工程", "infrastructure_project", "连江口镇北江航道配套码头工程"),
    ("ad01", "东华镇预制菜产业园项目", "industrial_park", "东华镇预制菜产业园项目"),
    ("ad01", "百千万工程", "program", "全区“百千万工程”和项目建设推进情况"),
    # ad02: 2024 tour
    ("ad02", "太和镇新材料产业园二期", "industrial_park", "观摩组先后来到太和镇新材料产业园二期"),
    ("ad02", "禾云镇北江沿岸特色农业示范带", "project", "禾云镇北江沿岸特色农业示范带"),
    ("ad02", "滨江大道北延工程", "infrastructure_project", "滨江大道北延工程现场"),
    ("ad02", "英红镇英德红茶产业园提升项目", "project", "观摩组察看了英红镇英德红茶产业园提升项目"),
    ("ad02", "东华镇预制菜产业园项目", "industrial_park", "东华镇预制菜产业园项目"),
    ("ad02", "石角镇精密电子元器件产业园一期", "industrial_park", "观摩组来到石角镇精密电子元器件产业园一期"),
    ("ad02", "汤塘镇温泉康养度假区项目", "project", "汤塘镇温泉康养度假区项目。县委书记"),
    ("ad02", "广清智能装备产业园二期", "industrial_park", "介绍了广清智能装备产业园二期投产"),
    ("ad02", "高新区北部片区道路网工程", "infrastructure_project", "高新区北部片区道路网工程建设情况"),
    ("ad02", "百千万工程", "program", "以“百千万工程”为总抓手"),
    # ad03: 集中开工
    ("ad03", "石角镇精密电子元器件产业园一期", "industrial_park", "主会场开工项目为石角镇精密电子元器件产业园一期"),
    ("ad03", "汤塘至石角快速路工程", "infrastructure_project", "汤塘至石角快速路工程"),
    ("ad03", "潖江佛冈段碧道建设工程", "greening_project", "潖江佛冈段碧道建设工程"),
    ("ad03", "龙山镇丝苗米产业园加工中心项目", "project", "龙山镇丝苗米产业园加工中心项目"),
    ("ad03", "县人民医院住院综合楼项目", "project", "县人民医院住院综合楼项目"),
    # ad04: 签约
    ("ad04", "年产10万吨锂电池正极材料前驱体项目", "project", "落户广安经开区的年产10万吨锂电池正极材料前驱体项目"),
    ("ad04", "智能网联汽车零部件产业园项目", "industrial_park", "落户川渝高竹新区的智能网联汽车零部件产业园项目"),
    ("ad04", "岳池农产品冷链物流园项目", "logistics_hub", "岳池县签约的岳池农产品冷链物流园项目"),
    ("ad04", "嘉陵江沿岸生态渔业综合体项目", "project", "嘉陵江沿岸生态渔业综合体项目"),
    ("ad04", "华蓥山康养旅游度假区项目", "project", "华蓥山康养旅游度假区项目"),
    # ad05: 园区 调研
    ("ad05", "年产10万吨锂电池正极材料前驱体项目", "project", "蒲建国来到年产10万吨锂电池正极材料前驱体项目现场"),
    ("ad05", "广安经开区标准化厂房三期项目", "project", "广安经开区标准化厂房三期项目"),
    ("ad05", "前锋区绿色建材产业园", "industrial_park", "蒲建国察看了前锋区绿色建材产业园"),
    ("ad05", "代市镇渝广供应链物流中心项目", "logistics_hub", "代市镇渝广供应链物流中心项目"),
    # ad06: 推进会 list
    ("ad06", "高新区电子信息产业园三期", "industrial_park", "衡阳高新区：高新区电子信息产业园三期"),
    ("ad06", "高新区科技创新中心二期", "project", "高新区科技创新中心二期；"),
    ("ad06", "衡阳综保区跨境电商产业园", "industrial_park", "雁峰区：衡阳综保区跨境电商产业园"),
    ("ad06", "白沙洲工业园区标准厂房四期", "project", "白沙洲工业园区标准厂房四期"),
    ("ad06", "耒阳经开区锂电新材料产业园一期", "industrial_park", "耒阳经开区锂电新材料产业园一期"),
    ("ad06", "耒水耒阳城区段防洪治理工程", "engineering_work", "耒水耒阳城区段防洪治理工程"),
    ("ad06", "云集街道智能装备制造产业园", "industrial_park", "衡南县：云集街道智能装备制造产业园"),
    ("ad06", "衡南县城乡供水一体化工程", "infrastructure_project", "衡南县城乡供水一体化工程"),
    ("ad06", "衡东县城关镇老旧小区改造项目", "housing_project", "衡东县城关镇老旧小区改造项目"),
    ("ad06", "洣水衡东段生态修复工程", "greening_project", "洣水衡东段生态修复工程"),
    ("ad06", "衡阳东站综合交通枢纽二期", "infrastructure_project", "衡阳东站综合交通枢纽二期"),
    ("ad06", "湘江东岸滨江风光带提质工程", "greening_project", "湘江东岸滨江风光带提质工程"),
    # ad07: 招商 / 签约
    ("ad07", "锐能储能年产5GWh储能电池生产基地项目", "project", "锐能储能年产5GWh储能电池生产基地项目落户衡阳高新区"),
    ("ad07", "华拓精密结构件生产基地项目", "project", "华拓精密结构件生产基地项目落户耒阳经开区"),
    # ad08: 乡村振兴
    ("ad08", "南湾村红色研学基地提升项目", "project", "察看了南湾村红色研学基地提升项目"),
    ("ad08", "黄贡椒标准化种植基地", "project", "走进黄贡椒标准化种植基地"),
    ("ad08", "石滩村高标准农田建设项目", "project", "石滩村高标准农田建设项目"),
    ("ad08", "杨林镇农产品冷链仓储中心项目", "logistics_hub", "杨林镇农产品冷链仓储中心项目"),
    ("ad08", "宋家村村庄风貌提升项目", "project", "观摩了宋家村村庄风貌提升项目"),
    ("ad08", "长塘村油茶低产林改造项目", "project", "长塘村油茶低产林改造项目"),
    ("ad08", "新塘镇集镇污水管网建设工程", "infrastructure_project", "新塘镇集镇污水管网建设工程"),
    # ad09: 高新区 调研
    ("ad09", "高新区电子信息产业园三期", "industrial_park", "来到高新区电子信息产业园三期项目现场"),
    ("ad09", "锐能储能年产5GWh储能电池生产基地项目", "project", "在锐能储能年产5GWh储能电池生产基地项目选址地块"),
    ("ad09", "高新区科技创新中心二期", "project", "谭湘明来到高新区科技创新中心二期项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    # ad01
    ("ad01", "清远高新区", "development_zone", "standalone", "深入清远高新区、清城区、佛冈县、英德市"),
    ("ad01", "清城区", "district", "standalone", "深入清远高新区、清城区、佛冈县、英德市"),
    ("ad01", "佛冈县", "county", "standalone", "深入清远高新区、清城区、佛冈县、英德市"),
    ("ad01", "英德市", "county_level_city", "standalone", "深入清远高新区、清城区、佛冈县、英德市"),
    ("ad01", "高新区", "development_zone", "in_title", "市委常委、高新区党工委书记钟海涛介绍"),
    ("ad01", "百嘉", "area", "in_project_name", "观摩团还察看了百嘉新能源电池材料项目"),
    ("ad01", "石角镇", "town", "in_project_name", "观摩团先后来到石角镇绿色家居产业园"),
    ("ad01", "源潭镇", "town", "in_project_name", "源潭镇陶瓷产业转型升级项目"),
    ("ad01", "北江", "river", "in_project_name", "北江清城段堤防提升工程现场"),
    ("ad01", "汤塘镇", "town", "in_project_name", "观摩团察看了汤塘镇温泉康养度假区项目"),
    ("ad01", "龙山镇", "town", "in_project_name", "龙山镇丝苗米产业园项目"),
    ("ad01", "英红镇", "town", "in_project_name", "观摩团察看了英红镇英德红茶产业园提升项目"),
    ("ad01", "连江口镇", "town", "in_project_name", "连江口镇北江航道配套码头工程"),
    ("ad01", "东华镇", "town", "in_project_name", "东华镇预制菜产业园项目"),
    ("ad01", "清远", "city", "standalone", "推动清远高质量发展"),
    # ad02
    ("ad02", "清新区", "district", "standalone", "深入清新区、英德市、佛冈县和清远高新区"),
    ("ad02", "英德市", "county_level_city", "standalone", "深入清新区、英德市、佛冈县和清远高新区"),
    ("ad02", "佛冈县", "county", "standalone", "深入清新区、英德市、佛冈县和清远高新区"),
    ("ad02", "清远高新区", "development_zone", "standalone", "深入清新区、英德市、佛冈县和清远高新区"),
    ("ad02", "太和镇", "town", "in_project_name", "观摩组先后来到太和镇新材料产业园二期"),
    ("ad02", "禾云镇", "town", "in_project_name", "禾云镇北江沿岸特色农业示范带"),
    ("ad02", "北江", "river", "in_project_name", "禾云镇北江沿岸特色农业示范带"),
    ("ad02", "滨江大道", "road", "in_project_name", "滨江大道北延工程现场"),
    ("ad02", "英红镇", "town", "in_project_name", "观摩组察看了英红镇英德红茶产业园提升项目"),
    ("ad02", "东华镇", "town", "in_project_name", "东华镇预制菜产业园项目"),
    ("ad02", "英德", "county_level_city", "standalone", "罗锦辉表示，英德将以产业有序转移为契机"),
    ("ad02", "石角镇", "town", "in_project_name", "观摩组来到石角镇精密电子元器件产业园一期"),
    ("ad02", "汤塘镇", "town", "in_project_name", "汤塘镇温泉康养度假区项目。县委书记"),
    ("ad02", "佛冈", "county", "standalone", "曾在佛冈任县长的欧阳晓东"),
    ("ad02", "高新区", "development_zone", "in_title", "高新区党工委副书记、管委会主任邱伟明介绍了"),
    # ad03
    ("ad03", "佛冈县", "county", "standalone", "6月28日上午，佛冈县2023年第二季度重大项目集中开工仪式"),
    ("ad03", "清远市", "city", "in_title", "清远市政府副秘书长陆展鹏"),
    ("ad03", "石角镇", "town", "in_project_name", "在石角镇精密电子元器件产业园一期项目现场举行"),
    ("ad03", "汤塘镇", "town", "standalone", "汤塘镇、龙山镇设分会场同步开工"),
    ("ad03", "龙山镇", "town", "standalone", "汤塘镇、龙山镇设分会场同步开工"),
    ("ad03", "潖江", "river", "in_project_name", "潖江佛冈段碧道建设工程"),
    ("ad03", "佛冈", "county", "standalone", "今年以来，佛冈坚持把项目建设"),
    # ad04
    ("ad04", "广安经开区", "development_zone", "standalone", "落户广安经开区的年产10万吨锂电池正极材料前驱体项目"),
    ("ad04", "川渝高竹新区", "new_area", "standalone", "落户川渝高竹新区的智能网联汽车零部件产业园项目"),
    ("ad04", "岳池县", "county", "standalone", "岳池县签约的岳池农产品冷链物流园项目"),
    ("ad04", "岳池", "county", "in_project_name", "岳池县签约的岳池农产品冷链物流园项目"),
    ("ad04", "武胜县", "county", "standalone", "武胜县签约的嘉陵江沿岸生态渔业综合体项目"),
    ("ad04", "嘉陵江", "river", "in_project_name", "武胜县签约的嘉陵江沿岸生态渔业综合体项目"),
    ("ad04", "华蓥市", "county_level_city", "standalone", "华蓥市签约的华蓥山康养旅游度假区项目"),
    ("ad04", "华蓥山", "mountain", "in_project_name", "华蓥市签约的华蓥山康养旅游度假区项目"),
    ("ad04", "邻水县", "county", "in_title", "邻水县委副书记、县长冉光明与"),
    ("ad04", "广安", "city", "standalone", "公司看中广安的区位优势"),
    # ad05
    ("ad05", "广安经开区", "development_zone", "standalone", "市长蒲建国到广安经开区、前锋区调研"),
    ("ad05", "前锋区", "district", "standalone", "市长蒲建国到广安经开区、前锋区调研"),
    ("ad05", "新桥园区", "industrial_park", "standalone", "在广安经开区新桥园区"),
    ("ad05", "经开区", "development_zone", "in_title", "经开区党工委书记苟德明介绍"),
    ("ad05", "奎阁园区", "industrial_park", "standalone", "在奎阁园区，蒲建国走进"),
    ("ad05", "代市镇", "town", "in_project_name", "代市镇渝广供应链物流中心项目"),
    # ad06
    ("ad06", "衡阳高新区", "development_zone", "standalone", "一、衡阳高新区：高新区电子信息产业园三期"),
    ("ad06", "高新区", "development_zone", "in_project_name", "衡阳高新区：高新区电子信息产业园三期"),
    ("ad06", "雁峰区", "district", "standalone", "二、雁峰区：衡阳综保区跨境电商产业园"),
    ("ad06", "衡阳综保区", "development_zone", "in_project_name", "雁峰区：衡阳综保区跨境电商产业园"),
    ("ad06", "白沙洲工业园区", "industrial_park", "in_project_name", "白沙洲工业园区标准厂房四期"),
    ("ad06", "耒阳市", "county_level_city", "standalone", "三、耒阳市：耒阳经开区锂电新材料产业园一期"),
    ("ad06", "耒阳经开区", "development_zone", "in_project_name", "耒阳市：耒阳经开区锂电新材料产业园一期"),
    ("ad06", "耒水", "river", "in_project_name", "耒水耒阳城区段防洪治理工程"),
    ("ad06", "衡南县", "county", "standalone", "四、衡南县：云集街道智能装备制造产业园"),
    ("ad06", "云集街道", "sub_district_office", "in_project_name", "衡南县：云集街道智能装备制造产业园"),
    ("ad06", "衡东县", "county", "standalone", "五、衡东县：衡东县城关镇老旧小区改造项目"),
    ("ad06", "城关镇", "town", "in_project_name", "衡东县城关镇老旧小区改造项目"),
    ("ad06", "洣水", "river", "in_project_name", "洣水衡东段生态修复工程"),
    ("ad06", "衡阳东站", "transport_hub", "in_project_name", "衡阳东站综合交通枢纽二期"),
    ("ad06", "湘江", "river", "in_project_name", "湘江东岸滨江风光带提质工程"),
    # ad07
    ("ad07", "衡阳市", "city", "in_org_reference", "市委书记易振华率衡阳市党政代表团赴深圳开展招商活动，走访企业"),
    ("ad07", "深圳", "city", "standalone", "市委书记易振华率衡阳市党政代表团赴深圳开展招商活动，走访企业"),
    ("ad07", "衡阳", "city", "standalone", "推动衡阳与粤港澳大湾区产业深度协作"),
    ("ad07", "粤港澳大湾区", "region", "standalone", "推动衡阳与粤港澳大湾区产业深度协作"),
    ("ad07", "衡阳高新区", "development_zone", "in_title", "衡阳高新区党工委书记刘建勋，耒阳市委书记肖卫国"),
    ("ad07", "耒阳市", "county_level_city", "in_title", "耒阳市委书记肖卫国"),
    ("ad07", "福田区", "district", "standalone", "产业合作推介会暨项目签约仪式在深圳福田区举行"),
    ("ad07", "耒阳经开区", "development_zone", "standalone", "华拓精密结构件生产基地项目落户耒阳经开区"),
    # ad08
    ("ad08", "荣桓镇", "town", "standalone", "县委书记周晓斌深入荣桓镇、杨林镇"),
    ("ad08", "杨林镇", "town", "standalone", "县委书记周晓斌深入荣桓镇、杨林镇"),
    ("ad08", "南湾村", "village", "standalone", "在荣桓镇南湾村，周晓斌察看了"),
    ("ad08", "高塘村", "village", "standalone", "在荣桓镇高塘村，周晓斌走进"),
    ("ad08", "石滩村", "village", "in_project_name", "石滩村高标准农田建设项目"),
    ("ad08", "新塘镇", "town", "standalone", "7月22日，新塘镇召开和美乡村示范片建设现场推进会"),
    ("ad08", "宋家村", "village", "in_project_name", "观摩了宋家村村庄风貌提升项目"),
    ("ad08", "长塘村", "village", "in_project_name", "长塘村油茶低产林改造项目"),
    # ad09
    ("ad09", "高新区", "development_zone", "standalone", "市长谭湘明到高新区调研产业发展和重点项目建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ad", conventions="set ad (blind set: projects, places and project events in 广东 清远 (清远日报, the 市政府 and 佛冈县 sites), 四川 广安 (广安日报, the 市政府 site) and 湖南 衡阳 (the 市政府 site, 衡阳日报, the 衡阳高新区 site, a 衡东县 paper): 观摩 tours in two years led by the same 市长 with county 书记 / 县长 and town 党委书记 reporting at each stop, a 集中开工仪式, a 集中签约仪式, 市长 调研 of parks and of a 高新区, a 推进会 with a numbered project list, an outbound 招商 trip with its 签约仪式 and 座谈会, a county paper's 乡村振兴 page with village projects; two 带队 leaders: the first named is the leader; 汇报 / 介绍 make speakers; an observed park is a project; project-name section short forms (X段, X至Y) give no place row; bare 高新区 / 经开区 = the page city's zone)",
          persons_note="Set ad persons. id = corpus-wide person_id (ad:蒋文韬#1 of 广安经开区 (四川) and ad:蒋文韬#2 of 衡东县荣桓镇 (湖南) are two people; ad:欧阳晓东 moves 佛冈县委副书记、县长 2023 → 清远市副市长 2024; ad:肖卫国 moves 耒阳市长 2023 → 耒阳市委书记 2024; ad:邝志鹏 leads 清远's tours in 2023 and 2024; ad:谭湘明 is 衡阳市长 in 2023 and 2024)")


if __name__ == "__main__":
    main()
