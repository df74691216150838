"""Write gold part ``hj`` (a blind set: development zones of several cities — 经开区, 高新区, a 综合保税区 inside an 经开区 and a
county's own 经开区 / 高新区 — whose pages name the zone by its bare name (经开区, 高新区, 综保区), with 签约 / 开工 / 招商 /
观摩 / 调研 pages, and zone leaders who move to a county, to another zone of their city, or from a county into a zone) from
the tables below.

Pages ``tests/dev/texts/hj*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 扬州网 report of the 扬州经开区 ``4·18`` 集中开工 (``市委常委、扬州
经开区党工委书记…致辞，经开区党工委副书记、管委会主任…作集中开工项目情况介绍``); the 扬州网 page of an 扬州经济技术开发区 重大项目
集中签约仪式 (``2022-01-30 08:34:00  来源:扬州网``, ``扬州网讯 (记者 …)``); a 中国经济网 page on the 扬州经开区 工委扩大会议;
a 扬州 weekly round-up (``扬州经开区管委会主任…主持召开主任办公会``, ``宝应县委书记``); the 盐城经开区 集中开工 page (``区党工委
书记…讲话并宣布项目集中开工，区管委会主任…介绍``, ``区领导…等区工管委领导班子成员``); the 临沂 高新区 集中开工 page (``区党工委
书记、管委会主任…宣布集中开工，区党工委副书记、马厂湖镇党委书记…主持``, ``区党工委委员、管委会副主任…介绍``); the 滨州 高新区
签约 page (``市委常委、副市长、高新区党工委书记…主持仪式。高新区党工委副书记、管委会主任…介绍``); a 珠海 高新区 招商 page
(``时间:… 来源:未知 作者:… 点击:``, ``上一篇 / 下一篇``); the 渭南 高新区 site (``首页/ 政务公开 / … / 正文``, ``区党工委副书记、
管委会主任…宣布开工令``); a 三明 开发区 page (``当前位置:首页 > 专题专栏 >项目建设>文章详情``, ``发布时间:… 来源:开发区经发部
作者:``); the 瑞金 经开区 观摩 page (``市委书记、经开区党工委书记…率四套班子领导…观摩``); the 宝鸡日报 digital edition (``通版阅读
请点击: 展开通版 收缩通版 当前版:01版 本期发布:``, a two-line headline with the leaders' names, ``本报记者…`` at the end,
footer ``国内统一刊号:CN61-0008 … 陕ICP备``) and the 宝鸡高新区 site (``当前位置: 首页 > 新闻中心 > 高新专刊``, ``编辑: … 来源: …
发布时间:``; ``中国钛谷``); the 廊坊 site's 区县动态 page on 固安 (``您现在的位置:首页>今日廊坊>区县动态``, ``来源: 《廊坊日报》
作者: 记者 … 通讯员 …``, ``固安高新区大清河园``) and a 廊坊 集中开工 page held in 固安 (``固安县委书记…作了典型发言``); the 梅州 and
常州 综保区 调研 pages (``区委副书记、区长、梅州综合保税区管理委员会主任``). Places are real: 河北 廊坊 (廊坊经济技术开发区; 固安县
and its 固安高新区 with the 大清河园), 江苏 扬州 (扬州高新区 in 邗江区; 扬州经开区 with the 扬州综合保税区 inside it), 陕西 宝鸡
(宝鸡高新区; 岐山县 with its 蔡家坡经开区 and 蔡家坡镇).

Shapes: a zone site's 集中签约仪式 with the bare ``经开区`` throughout, a 市委常委 who is the zone's 党工委书记, a related-article
list and a footer with 备案号 (hj01); a city paper's 第A01版 of the 市长's 调研 in a county and the 经开区, one page holding
the city's bare 经开区 and the county's bare 高新区 (hj02); a county site's 集中开工 of its own 高新区 (``县委书记、高新区党工委
书记``, ``县委常委、高新区党工委副书记、管委会主任``, share buttons, 上一篇 / 下一篇) (hj03); a 高新区 site's 集中开工仪式 with a
district 书记 who is the zone's 党工委书记 (hj04); a city portal page (``中国扬州网``, 来源 扬州日报, ``本网讯（记者 … 通讯员 …）``)
of a 高新区's 招商 trip and its 推介会 (hj05); a city paper's 市长 调研 of the 综保区 and the 经开区 (``经开区党工委委员、综合保税区
管委会主任``) (hj06); an 经开区 site's ``4·18`` 集中签约仪式 (hj07); a county site's 观摩 of the county's own 经开区 and the 推进会
after it (hj08); the 宝鸡日报 01版 of a 高新区 集中开工 (two-line headline, byline at the end) (hj09); a 高新区 site's 招商推介会暨
项目签约仪式 held in 西安 and a 走访 the day before (hj10).

Identity cases:
- hj:甘泽宇, a zone leader who moves to a county: 廊坊经开区党工委副书记、管委会主任 in April 2021 (hj01); 固安县委副书记、县长 in
  June 2023 (hj02); 固安县委书记 and 固安高新区党工委书记 in October 2024 (hj03). His 经开区 post is held by hj:樊嘉禾 in 2023
  (hj02); his 县长 post by hj:齐梦溪 in 2024 (hj03).
- hj:汤慕白 moves between three zones of one city: 扬州高新区党工委委员、管委会副主任 in March 2021 (hj04) and July 2022 (hj05);
  扬州经开区党工委委员 and 扬州综保区管委会主任 in May 2023 (hj06); 扬州经开区党工委副书记、管委会主任 in April 2024 (hj07), the post
  hj:祝元庆 held in 2023.
- hj:鲁正宇, from a county into a zone: 岐山县委常委、副县长 in August 2022 (hj08); 宝鸡高新区党工委委员、管委会副主任 in March 2024
  (hj09) and November 2024 (hj10).
- hj:鄢志坚, from a county's zone to the city's zone: 岐山县委常委、蔡家坡经开区党工委书记 in August 2022 (hj08); 宝鸡高新区党工委
  副书记 in March and November 2024 (hj09, hj10).
- two different 季川明 in unrelated places: hj:季川明#1 is 扬州经开区党工委委员、管委会副主任 (江苏, hj07, 2024); hj:季川明#2 is
  岐山县蔡家坡镇党委书记 (陕西, hj08, 2022).
- one organ name in several cities: bare ``经开区`` / ``经开区党工委`` / ``管委会`` are 廊坊's (hj01, hj02), 扬州's (hj06, hj07) and
  岐山县's 蔡家坡经开区 (hj08); bare ``高新区`` / ``高新区党工委`` are 固安县's (hj02, hj03), 扬州's (hj04, hj05) and 宝鸡's (hj09,
  hj10); ``市委常委、经开区党工委书记`` is 廊坊's (hj01) and 扬州's (hj06, hj07); ``市委常委、高新区党工委书记`` is 宝鸡's; bare
  ``综保区`` is 扬州's.
- the same officials on several pages: hj:钮振邦 (廊坊经开区党工委书记 2021, 2023), hj:郦晓岚 (扬州高新区管委会主任 2021, 2022),
  hj:濮思源 (扬州市委常委、经开区党工委书记 2023, 2024), hj:岑玉梅 (扬州副市长 2023, 2024), hj:边宏图 (宝鸡市委常委、高新区党工委
  书记, March and November 2024); the reporter hj:易锦程 (扬州日报, hj05 and hj06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, gk where they speak; decided here where they are silent):
- Zone labels (CONVENTIONS): city without 市 + the zone's short name after folding: bare 经开区 on the 廊坊 site and in the
  廊坊日报 → ``廊坊经开区``; bare 高新区 on the 扬州高新区 site and in the 扬州 portal → ``扬州高新区``; bare 经开区 on the 扬州
  经开区 site and in the 扬州日报 → ``扬州经开区``; 扬州综合保税区 / 综合保税区 / 综保区 → ``扬州综保区`` (综合保税区 folded, it is the
  whole zone name); bare 高新区 in the 宝鸡日报 and on the 宝鸡高新区 site → ``宝鸡高新区``.
- DECIDED HERE (a county's own zone): a zone named after its county, or after a town of it, takes the city + the zone's own
  short name, as earlier parts wrote 运城平陆经开区 and 郴州桂阳高新区: 固安高新区 (and bare 高新区 on the 固安县 site, and after
  ``固安高新区`` in the 廊坊日报) → ``廊坊固安高新区``; 蔡家坡经开区 (and bare 经开区 on the 岐山县 site after it) → ``宝鸡蔡家坡
  经开区``. In hj02 one page writes the city's bare 经开区 (廊坊经开区, after ``在经开区``) and the county's bare 高新区 (固安's,
  after ``固安高新区``): each bare name takes the zone its sentence is about.
- Title chains: 党工委 goes with 书记 / 副书记 / 委员, 管委会 with 主任 / 副主任 (as bq); a zone leader's city or county post
  gives its own line (as gk): ``市委常委、经开区党工委书记`` → X市委 常委 + X经开区党工委 书记; ``邗江区委书记、高新区党工委书记`` →
  邗江区委 书记 + 扬州高新区党工委 书记 (邗江区 is one district in China: no city prefix); ``县委书记、高新区党工委书记`` → 固安县委
  书记 + 廊坊固安高新区党工委 书记; ``县委常委、高新区党工委副书记、管委会主任`` → three lines; ``县委常委、蔡家坡经开区党工委书记``
  → 岐山县委 常委 + 宝鸡蔡家坡经开区党工委 书记.
- DECIDED HERE: ``经开区党工委委员、综合保税区管委会主任`` (hj06) gives 扬州经开区党工委 委员 + 扬州综保区管委会 主任: the 综保区 keeps
  its own label (as gk's 大窑湾综保区 inside a 新区), it does not take the 经开区's.
- A zone's department as written after the zone label (as part fd): ``高新区招商局局长`` → 扬州高新区招商局 局长.
- Bare county organs on a county site are that county's (固安县委, 固安县政府; 岐山县委, 岐山县政府); in the 廊坊日报 a bare
  ``县委副书记、县长`` right after ``固安县委书记`` is 固安's. A town's 党委 on a county site: county label + town + 党委
  (``蔡家坡镇党委书记`` → 岐山县蔡家坡镇党委 书记); 蔡家坡镇 is a town of the county, not one entrusted to the zone.
- City papers: ``市委副书记、市长`` → the paper's city (廊坊市委 / 廊坊市政府, 扬州…, 宝鸡…); ``副市长`` → the city's 政府;
  ``市政府秘书长`` → 廊坊市政府 秘书长.
- Events: 签约仪式 / 集中开工仪式 / 集中开工活动 / 推介会暨签约仪式 are ``ceremony``; the 推介会 of a 招商 trip is a ``meeting
  (推介会)`` and the trip a ``visit (招商)``; the 观摩 is a ``site observation`` and the 推进会 after it its own meeting (the
  ``参加`` list is on both, as the sample's gold does for 观摩或提速会); 调研 is an ``inspection``. 主持 is the chair; 出席 / 参加
  attendees; 讲话 / 致辞 / 宣布开工 / 介绍 / 汇报 / 推介 / 通报 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers. DECIDED HERE: at a
  ceremony the one who 宣布项目开工 is a speaker (he speaks the 开工令), not the chair; the 走访 of universities the day before a
  推介会 (hj10) is a ``visit (走访)``.
- Bylines: ``本报讯（记者 …）``, ``本网讯（记者 … 通讯员 …）`` and ``本报记者　…`` at the end are reporter / correspondent lines;
  编辑 / 责任编辑 / 审核 are editor lines (the portal's ``编辑：`` after 来源 too).
- Projects: named works signed, started or visited: a named 产业园 (and its numbered phase) is ``industrial_park``, also an
  outside park visited on a 招商 trip (松湖智造产业园) and the parks a 推介 presents; a 人才公寓 ``housing_project``; a
  污水处理厂 work ``infrastructure_project``; a 物流中心 / 物流分拨中心 ``logistics_hub``; a 数据中心, a 中试基地, a 保税维修检测
  中心 and a product line ``project``. Companies (芯禾半导体, 拓维智能装备) are not projects.
- Places: one line per name per file, as written (bare 经开区, 高新区, 综保区 and the full 扬州综合保税区, 固安高新区, 蔡家坡经开区);
  a 综合保税区 is kind ``bonded_zone`` (as ai, di, fd); 雄安新区 ``new_area``; a park of a zone written inside a project name
  (大清河园) ``zone_park``; places inside titles and project names count; site lines, mastheads, 来源 lines, footers,
  addresses, related-article lists, universities, company names and the slogan ``中国钛谷`` are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_LF = "廊坊经开区"
_GA = "廊坊固安高新区"
_YG = "扬州高新区"
_YJ = "扬州经开区"
_YZ = "扬州综保区"
_BG = "宝鸡高新区"
_CJP = "宝鸡蔡家坡经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hj01_langfang.txt": (2021, "发布时间：2021-04-16 17:32", _LF, [
        ("经开区举行2021年一季度重点项目集中签约仪式", "4月15日上午", "2021-04-15", "4月15日上午，经开区举行",
         "zone site: 集中签约仪式 with bare 经开区; 市委常委、经开区党工委书记; the 管委会主任 (甘泽宇) chairs")]),
    "hj02_langfang.txt": (2023, "2023年6月8日　星期四", "廊坊市", [
        ("邰晓峰到固安县、经开区调研重点项目建设", "6月7日", "2023-06-07", "本报讯（记者 卜凡修）6月7日",
         "city paper: the 市长's 调研 of 固安县 (its 高新区) and the 经开区; 甘泽宇 now 固安县长; 樊嘉禾 now 经开区管委会主任")]),
    "hj03_guan.txt": (2024, "发布日期：2024-10-12 10:08", "固安县", [
        ("固安高新区举行第三季度重点项目集中开工活动", "10月11日上午", "2024-10-11", "10月11日上午，固安高新区",
         "county site: 集中开工 of the county's 高新区; 甘泽宇 now 县委书记、高新区党工委书记")]),
    "hj04_yangzhou.txt": (2021, "时间：2021-03-19", _YG, [
        ("高新区举行一季度重大项目集中开工仪式", "3月18日上午", "2021-03-18", "3月18日上午，高新区举行",
         "zone site: 集中开工仪式; 邗江区委书记、高新区党工委书记; 汤慕白 党工委委员、管委会副主任 chairs")]),
    "hj05_yangzhou.txt": (2022, "2022-07-14 08:45:12", _YG, [
        ("扬州高新区赴深圳东莞开展精准招商 签下5个意向项目", "7月11日至13日", "2022-07-11", "本网讯（记者 易锦程",
         "city portal: the 高新区's 招商 trip to 深圳 and 东莞 and its 推介会; 汤慕白 still 管委会副主任")]),
    "hj06_yangzhou.txt": (2023, "2023年5月26日　星期五", "扬州市", [
        ("储方圆到综保区、经开区调研开放型经济发展", "5月25日", "2023-05-25", "本报讯（记者 易锦程）5月25日",
         "city paper: the 市长's 调研 of the 综保区 and the 经开区; 汤慕白 now 经开区党工委委员、综合保税区管委会主任")]),
    "hj07_yangzhou.txt": (2024, "发布时间：2024-04-18 18:20", _YJ, [
        ("经开区举行“4·18”重大项目集中签约仪式", "4月18日上午", "2024-04-18", "4月18日上午，经开区举行",
         "zone site: 4·18 集中签约仪式; 汤慕白 now 经开区党工委副书记、管委会主任; 季川明#1")]),
    "hj08_qishan.txt": (2022, "发布时间：2022-08-19 16:40", "岐山县", [
        ("靳文博带队观摩蔡家坡经开区重点项目建设", "8月18日", "2022-08-18", "8月18日，县委书记靳文博",
         "county site: 观摩 of the county's 蔡家坡经开区 and the 推进会; 鲁正宇 县委常委、副县长; 鄢志坚 经开区党工委书记; 季川明#2")]),
    "hj09_baoji.txt": (2024, "本期发布：2024年03月22日", "宝鸡市", [
        ("高新区一季度重点项目集中开工", "3月21日", "2024-03-21", "本报讯　3月21日",
         "city paper 01版: 高新区 集中开工; 鲁正宇 now 管委会副主任, 鄢志坚 now 高新区党工委副书记")]),
    "hj10_baoji.txt": (2024, "发布时间：2024-11-15 09:52", _BG, [
        ("高新区在西安举办钛及新材料产业招商推介会暨项目签约仪式", "11月14日", "2024-11-14", "11月14日，高新区在西安",
         "zone site: 招商推介会暨项目签约仪式 in 西安 and a 走访 the day before")]),
}

_J01_NIU = "市委常委、经开区党工委书记钮振邦"
_J01_GAN = "经开区党工委副书记、管委会主任甘泽宇"
_J01_XUE = "党工委委员、管委会副主任薛海容"
_J03_GAN = "县委书记、高新区党工委书记甘泽宇"
_J03_LUO = "县委常委、高新区党工委副书记、管委会主任骆亚楠"
_J06_TANG = "经开区党工委委员、综合保税区管委会主任汤慕白"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 廊坊
    "hj:钮振邦": ("钮振邦", "official", _LF, [
        ("hj01", "廊坊市委", "常委", _J01_NIU, "2021-04; bare 市委 on the 廊坊经开区 site = 廊坊市委"),
        ("hj01", _LF + "党工委", "书记", _J01_NIU, "bare 经开区 on the 廊坊 site = 廊坊经开区"),
        ("hj02", _LF + "党工委", "书记", "经开区党工委书记钮振邦", "2023-06: bare 经开区 in the 廊坊日报, after 在经开区")], []),
    "hj:甘泽宇": ("甘泽宇", "official", "廊坊市", [
        ("hj01", _LF + "党工委", "副书记", _J01_GAN, "2021-04 (identity case: 固安县长 in 2023, 县委书记 in 2024)"),
        ("hj01", _LF + "管委会", "主任", _J01_GAN, None),
        ("hj02", "固安县委", "副书记", "县委副书记、县长甘泽宇", "2023-06: bare 县委 right after 固安县委书记; moved from the zone to the county"),
        ("hj02", "固安县政府", "县长", "县委副书记、县长甘泽宇", None),
        ("hj03", "固安县委", "书记", _J03_GAN, "2024-10: now 县委书记"),
        ("hj03", _GA + "党工委", "书记", _J03_GAN, "DECIDED HERE: bare 高新区 on the 固安县 site = 廊坊固安高新区")], []),
    "hj:薛海容": ("薛海容", "official", _LF, [
        ("hj01", _LF + "党工委", "委员", _J01_XUE, None),
        ("hj01", _LF + "管委会", "副主任", _J01_XUE, None)], []),
    "hj:邰晓峰": ("邰晓峰", "official", "廊坊市", [
        ("hj02", "廊坊市委", "副书记", "市委副书记、市长邰晓峰", "named in the headline too"),
        ("hj02", "廊坊市政府", "市长", "市委副书记、市长邰晓峰", None)], []),
    "hj:冉立新": ("冉立新", "official", "廊坊市", [
        ("hj02", "廊坊市政府", "副市长", "副市长冉立新", None)], []),
    "hj:宁鹤年": ("宁鹤年", "official", "廊坊市", [
        ("hj02", "廊坊市政府", "秘书长", "市政府秘书长宁鹤年", None)], []),
    "hj:郜书平": ("郜书平", "official", "固安县", [
        ("hj02", "固安县委", "书记", "固安县委书记郜书平", None)], []),
    "hj:樊嘉禾": ("樊嘉禾", "official", _LF, [
        ("hj02", _LF + "党工委", "副书记", "党工委副书记、管委会主任樊嘉禾", "2023-06: the post 甘泽宇 held in 2021"),
        ("hj02", _LF + "管委会", "主任", "党工委副书记、管委会主任樊嘉禾", None)], []),
    "hj:齐梦溪": ("齐梦溪", "official", "固安县", [
        ("hj03", "固安县委", "副书记", "县委副书记、县长齐梦溪", "2024-10: the post 甘泽宇 held in 2023"),
        ("hj03", "固安县政府", "县长", "县委副书记、县长齐梦溪", None)], []),
    "hj:骆亚楠": ("骆亚楠", "official", "固安县", [
        ("hj03", "固安县委", "常委", _J03_LUO, None),
        ("hj03", _GA + "党工委", "副书记", _J03_LUO, None),
        ("hj03", _GA + "管委会", "主任", _J03_LUO, None)], []),
    # ---- 扬州
    "hj:缪长青": ("缪长青", "official", _YG, [
        ("hj04", "邗江区委", "书记", "邗江区委书记、高新区党工委书记缪长青", "2021-03"),
        ("hj04", _YG + "党工委", "书记", "邗江区委书记、高新区党工委书记缪长青", "bare 高新区 on the 扬州高新区 site")], []),
    "hj:郦晓岚": ("郦晓岚", "official", _YG, [
        ("hj04", _YG + "党工委", "副书记", "高新区党工委副书记、管委会主任郦晓岚", "2021-03"),
        ("hj04", _YG + "管委会", "主任", "高新区党工委副书记、管委会主任郦晓岚", None),
        ("hj05", _YG + "党工委", "副书记", "扬州高新区党工委副书记、管委会主任郦晓岚", "2022-07"),
        ("hj05", _YG + "管委会", "主任", "扬州高新区党工委副书记、管委会主任郦晓岚", None)], []),
    "hj:汤慕白": ("汤慕白", "official", "扬州市", [
        ("hj04", _YG + "党工委", "委员", "党工委委员、管委会副主任汤慕白", "2021-03 (identity case: 综保区 in 2023, 经开区管委会主任 in 2024)"),
        ("hj04", _YG + "管委会", "副主任", "党工委委员、管委会副主任汤慕白", None),
        ("hj05", _YG + "党工委", "委员", "党工委委员、管委会副主任汤慕白", "2022-07: the chain's 党工委 / 管委会 are the 扬州高新区's named just before"),
        ("hj05", _YG + "管委会", "副主任", "党工委委员、管委会副主任汤慕白", None),
        ("hj06", _YJ + "党工委", "委员", _J06_TANG, "2023-05: moved to the 经开区 and its 综保区"),
        ("hj06", _YZ + "管委会", "主任", _J06_TANG, "DECIDED HERE: 综合保税区 → 扬州综保区, its own label, not the 经开区's"),
        ("hj07", _YJ + "党工委", "副书记", "经开区党工委副书记、管委会主任汤慕白", "2024-04: the post 祝元庆 held in 2023"),
        ("hj07", _YJ + "管委会", "主任", "经开区党工委副书记、管委会主任汤慕白", None)], []),
    "hj:霍思邈": ("霍思邈", "official", _YG, [
        ("hj05", _YG + "招商局", "局长", "高新区招商局局长霍思邈", "zone department as written after the zone label")], []),
    "hj:储方圆": ("储方圆", "official", "扬州市", [
        ("hj06", "扬州市委", "副书记", "市委副书记、市长储方圆", "named in the headline too"),
        ("hj06", "扬州市政府", "市长", "市委副书记、市长储方圆", None)], []),
    "hj:岑玉梅": ("岑玉梅", "official", "扬州市", [
        ("hj06", "扬州市政府", "副市长", "副市长岑玉梅参加调研", "2023-05"),
        ("hj07", "扬州市政府", "副市长", "副市长岑玉梅", "2024-04: on the 扬州经开区 site bare 副市长 = 扬州's")], []),
    "hj:濮思源": ("濮思源", "official", _YJ, [
        ("hj06", "扬州市委", "常委", "市委常委、经开区党工委书记濮思源", "2023-05"),
        ("hj06", _YJ + "党工委", "书记", "市委常委、经开区党工委书记濮思源", "bare 经开区 in the 扬州日报 after 在经开区"),
        ("hj07", "扬州市委", "常委", "市委常委、经开区党工委书记濮思源", "2024-04"),
        ("hj07", _YJ + "党工委", "书记", "市委常委、经开区党工委书记濮思源", None)], []),
    "hj:祝元庆": ("祝元庆", "official", _YJ, [
        ("hj06", _YJ + "党工委", "副书记", "经开区党工委副书记、管委会主任祝元庆", "2023-05"),
        ("hj06", _YJ + "管委会", "主任", "经开区党工委副书记、管委会主任祝元庆", None)], []),
    "hj:季川明#1": ("季川明", "official", _YJ, [
        ("hj07", _YJ + "党工委", "委员", "党工委委员、管委会副主任季川明", "江苏 扬州, 2024; not the 季川明 of 岐山县蔡家坡镇 (陕西, hj08)"),
        ("hj07", _YJ + "管委会", "副主任", "党工委委员、管委会副主任季川明", None)], []),
    # ---- 宝鸡
    "hj:靳文博": ("靳文博", "official", "岐山县", [
        ("hj08", "岐山县委", "书记", "县委书记靳文博带队观摩", "named in the headline too")], []),
    "hj:狄文清": ("狄文清", "official", "岐山县", [
        ("hj08", "岐山县委", "副书记", "县委副书记、县长狄文清", None),
        ("hj08", "岐山县政府", "县长", "县委副书记、县长狄文清", None)], []),
    "hj:鲁正宇": ("鲁正宇", "official", "宝鸡市", [
        ("hj08", "岐山县委", "常委", "县委常委、副县长鲁正宇", "2022-08 (identity case: 宝鸡高新区管委会副主任 in 2024)"),
        ("hj08", "岐山县政府", "副县长", "县委常委、副县长鲁正宇", None),
        ("hj09", _BG + "党工委", "委员", "党工委委员、管委会副主任鲁正宇", "2024-03: moved from the county into the city's 高新区"),
        ("hj09", _BG + "管委会", "副主任", "党工委委员、管委会副主任鲁正宇", None),
        ("hj10", _BG + "党工委", "委员", "党工委委员、管委会副主任鲁正宇", "2024-11"),
        ("hj10", _BG + "管委会", "副主任", "党工委委员、管委会副主任鲁正宇", None)], []),
    "hj:鄢志坚": ("鄢志坚", "official", "宝鸡市", [
        ("hj08", "岐山县委", "常委", "县委常委、蔡家坡经开区党工委书记鄢志坚", "2022-08 (identity case: 宝鸡高新区党工委副书记 in 2024)"),
        ("hj08", _CJP + "党工委", "书记", "县委常委、蔡家坡经开区党工委书记鄢志坚", "DECIDED HERE: 蔡家坡经开区 → 宝鸡蔡家坡经开区"),
        ("hj09", _BG + "党工委", "副书记", "高新区党工委副书记鄢志坚", "2024-03: from the county's zone to the city's zone"),
        ("hj10", _BG + "党工委", "副书记", "高新区党工委副书记鄢志坚", "2024-11")], []),
    "hj:冼国梁": ("冼国梁", "official", _CJP, [
        ("hj08", _CJP + "党工委", "副书记", "经开区党工委副书记、管委会主任冼国梁", "bare 经开区 on the 岐山县 site after 蔡家坡经开区"),
        ("hj08", _CJP + "管委会", "主任", "经开区党工委副书记、管委会主任冼国梁", None)], []),
    "hj:季川明#2": ("季川明", "official", "岐山县", [
        ("hj08", "岐山县蔡家坡镇党委", "书记", "蔡家坡镇党委书记季川明", "陕西 岐山县, 2022; not the 季川明 of 扬州经开区 (江苏, hj07)")], []),
    "hj:房绍华": ("房绍华", "official", "宝鸡市", [
        ("hj09", "宝鸡市委", "副书记", "市委副书记、市长房绍华", "named in the second headline line too"),
        ("hj09", "宝鸡市政府", "市长", "市委副书记、市长房绍华", None)], []),
    "hj:边宏图": ("边宏图", "official", _BG, [
        ("hj09", "宝鸡市委", "常委", "市委常委、高新区党工委书记边宏图", "2024-03; bare 高新区 in the 宝鸡日报 = 宝鸡高新区"),
        ("hj09", _BG + "党工委", "书记", "市委常委、高新区党工委书记边宏图", None),
        ("hj10", "宝鸡市委", "常委", "市委常委、高新区党工委书记边宏图", "2024-11"),
        ("hj10", _BG + "党工委", "书记", "市委常委、高新区党工委书记边宏图", None)], []),
    "hj:穆兰芝": ("穆兰芝", "official", _BG, [
        ("hj09", _BG + "党工委", "副书记", "高新区党工委副书记、管委会主任穆兰芝", None),
        ("hj09", _BG + "管委会", "主任", "高新区党工委副书记、管委会主任穆兰芝", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hj01", "殷书瑶", "责任编辑", "editor", "责任编辑：殷书瑶"),
    ("hj02", "卜凡修", "记者", "reporter", "本报讯（记者 卜凡修）"),
    ("hj02", "景泓", "责任编辑", "editor", "责任编辑：景泓"),
    ("hj03", "谭若溪", "责任编辑", "editor", "责任编辑：谭若溪"),
    ("hj03", "龚亦帆", "审核", "editor", "审核：龚亦帆"),
    ("hj04", "嵇雅婷", "编辑", "editor", "编辑：嵇雅婷"),
    ("hj04", "阮嘉诚", "审核", "editor", "审核：阮嘉诚"),
    ("hj05", "易锦程", "记者", "reporter", "本网讯（记者 易锦程 通讯员 寇亦然）"),
    ("hj05", "寇亦然", "通讯员", "correspondent", "本网讯（记者 易锦程 通讯员 寇亦然）"),
    ("hj05", "晏子衿", "编辑", "editor", "编辑：晏子衿"),
    ("hj06", "易锦程", "记者", "reporter", "本报讯（记者 易锦程）"),
    ("hj06", "闵书杰", "责任编辑", "editor", "责任编辑：闵书杰"),
    ("hj07", "鲍语嫣", "编辑", "editor", "编辑：鲍语嫣"),
    ("hj07", "邝文骁", "审核", "editor", "审核：邝文骁"),
    ("hj08", "施若岚", "编辑", "editor", "编辑：施若岚"),
    ("hj08", "郁清和", "审核", "editor", "审核：郁清和"),
    ("hj09", "应俊豪", "记者", "reporter", "本报记者　应俊豪"),
    ("hj10", "蒯星辰", "编辑", "editor", "编辑：蒯星辰"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hj01", "2021年一季度重点项目集中签约仪式", "ceremony (集中签约仪式)", "4月15日上午", "甘泽宇", None, [_LF],
     ["钮振邦"], ["钮振邦", "薛海容", "甘泽宇"], None,
     "4月15日上午，经开区举行2021年一季度重点项目集中签约仪式",
     ["市委常委、经开区党工委书记钮振邦出席并讲话", "管委会主任甘泽宇主持仪式", "管委会副主任薛海容介绍签约项目情况",
      "钮振邦在讲话中指出", "甘泽宇要求"]),
    ("hj02", "固安县、经开区重点项目建设和产业园区发展调研", "inspection (调研)", "6月7日", None, "邰晓峰", [],
     ["冉立新", "宁鹤年"], ["郜书平", "甘泽宇", "钮振邦", "樊嘉禾", "邰晓峰", "冉立新"], "固安县、经开区",
     "市委副书记、市长邰晓峰到固安县、经开区调研重点项目建设和产业园区发展工作",
     ["市长邰晓峰到固安县、经开区调研", "市政府秘书长宁鹤年参加调研", "县长甘泽宇汇报了", "管委会主任樊嘉禾介绍了",
      "邰晓峰指出", "冉立新就做好项目用地、用能等要素保障作了具体安排"]),
    ("hj03", "2024年第三季度重点项目集中开工活动", "ceremony (集中开工活动)", "10月11日上午", None, None, [_GA],
     [], ["甘泽宇", "齐梦溪", "骆亚楠"], "星衡卫星导航终端产业园项目现场",
     "10月11日上午，固安高新区举行2024年第三季度重点项目集中开工活动",
     ["高新区党工委书记甘泽宇宣布项目开工", "县长齐梦溪致辞", "管委会主任骆亚楠介绍开工项目情况", "齐梦溪在致辞中表示", "甘泽宇强调"]),
    ("hj04", "2021年一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "3月18日上午", "汤慕白", None, [_YG],
     [], ["缪长青", "郦晓岚", "汤慕白"], "瑞衡微电子封测产业园项目现场",
     "3月18日上午，高新区举行2021年一季度重大项目集中开工仪式",
     ["高新区党工委书记缪长青宣布项目开工", "管委会主任郦晓岚致辞", "管委会副主任汤慕白主持仪式", "郦晓岚在致辞中表示", "汤慕白介绍"]),
    ("hj05", "赴深圳、东莞精准招商活动", "visit (招商)", "7月11日至13日", None, "郦晓岚", [_YG],
     ["汤慕白", "霍思邈"], ["郦晓岚"], "深圳、东莞",
     "管委会主任郦晓岚带队赴深圳、东莞开展精准招商活动",
     ["管委会主任郦晓岚带队赴深圳、东莞", "管委会副主任汤慕白，高新区招商局局长霍思邈参加", "郦晓岚表示"]),
    ("hj05", "扬州高新区（深圳）数控装备产业合作推介会", "meeting (推介会)", "7月12日下午", None, None, [_YG],
     [], ["郦晓岚", "汤慕白"], "深圳",
     "7月12日下午，扬州高新区（深圳）数控装备产业合作推介会举行",
     ["郦晓岚作高新区投资环境推介", "汤慕白介绍了瑞衡微电子封测产业园"]),
    ("hj06", "综保区、经开区开放型经济发展和重大项目建设调研", "inspection (调研)", "5月25日", None, "储方圆", [],
     ["岑玉梅"], ["汤慕白", "濮思源", "祝元庆", "储方圆", "岑玉梅"], "扬州综合保税区、扬州经开区",
     "市委副书记、市长储方圆到扬州综合保税区、扬州经开区调研开放型经济发展和重大项目建设工作",
     ["市长储方圆到扬州综合保税区、扬州经开区调研", "副市长岑玉梅参加调研", "管委会主任汤慕白汇报了", "管委会主任祝元庆介绍了",
      "储方圆要求", "储方圆指出", "岑玉梅就做好外贸企业服务和项目要素保障作了具体安排"]),
    ("hj07", "“4·18”重大项目集中签约仪式", "ceremony (集中签约仪式)", "4月18日上午", "季川明", None, [_YJ],
     ["岑玉梅", "濮思源"], ["濮思源", "汤慕白"], None,
     "4月18日上午，经开区举行“4·18”重大项目集中签约仪式",
     ["经开区党工委书记濮思源出席仪式", "濮思源致辞", "管委会主任汤慕白介绍签约项目情况", "管委会副主任季川明主持仪式",
      "濮思源在致辞中表示", "汤慕白介绍，今年一季度"]),
    ("hj08", "蔡家坡经开区重点项目建设观摩", "site observation (观摩)", "8月18日", None, "靳文博", [],
     ["狄文清", "鲁正宇", "鄢志坚"], ["冼国梁", "季川明"], "蔡家坡经开区",
     "县委书记靳文博带队观摩蔡家坡经开区重点项目建设",
     ["县委书记靳文博带队观摩", "县委副书记、县长狄文清，县委常委、副县长鲁正宇，县委常委、蔡家坡经开区党工委书记鄢志坚参加",
      "管委会主任冼国梁介绍了", "蔡家坡镇党委书记季川明汇报了"]),
    ("hj08", "项目建设推进会", "meeting (推进会)", "8月18日", "靳文博", None, [],
     ["狄文清", "鲁正宇", "鄢志坚"], ["鲁正宇", "鄢志坚", "靳文博", "狄文清"], None,
     "在随后召开的推进会上，鲁正宇通报了全县上半年重点项目建设进展情况",
     ["并主持召开项目建设推进会", "鲁正宇通报了", "鄢志坚就经开区下半年招商引资和项目建设作了安排", "靳文博强调",
      "狄文清就做好项目要素保障和安全生产提出要求"]),
    ("hj09", "高新区2024年一季度重点项目集中开工活动", "ceremony (集中开工活动)", "3月21日", "边宏图", None, [_BG],
     ["鄢志坚", "鲁正宇"], ["房绍华", "穆兰芝"], "钛谷新材料产业园三期项目现场",
     "高新区2024年一季度重点项目集中开工活动在钛谷新材料产业园三期项目现场举行",
     ["市长房绍华宣布项目开工", "高新区党工委书记边宏图主持开工活动", "管委会主任穆兰芝介绍了开工项目情况",
      "高新区党工委副书记鄢志坚，党工委委员、管委会副主任鲁正宇，市级有关部门负责同志，项目建设单位代表参加活动"]),
    ("hj10", "钛及新材料产业招商推介会暨项目签约仪式", "ceremony (推介会暨签约仪式)", "11月14日", "鄢志坚", None, [_BG],
     [], ["边宏图", "鲁正宇"], "西安",
     "11月14日，高新区在西安举办钛及新材料产业招商推介会暨项目签约仪式",
     ["高新区党工委书记边宏图致辞", "高新区党工委副书记鄢志坚主持", "管委会副主任鲁正宇作高新区投资环境推介",
      "边宏图在致辞中说", "鲁正宇围绕钛产业链发展现状"]),
    ("hj10", "走访西北工业大学和西安交通大学科研团队", "visit (走访)", "11月13日", None, "边宏图", [],
     ["鄢志坚"], [], "西安",
     "11月13日，边宏图、鄢志坚一行走访了西北工业大学和西安交通大学有关科研团队",
     ["边宏图、鄢志坚一行走访了"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hj01", "华衡智能传感器产业园项目", "industrial_park", "其中华衡智能传感器产业园项目总投资18亿元"),
    ("hj01", "博润医疗器械产业园二期项目", "industrial_park", "博润医疗器械产业园二期项目总投资9.6亿元"),
    ("hj01", "京南云数据中心三期项目", "project", "京南云数据中心三期项目总投资15亿元"),
    ("hj02", "航天精密部件产业园", "industrial_park", "固安高新区航天精密部件产业园"),
    ("hj02", "大清河智能制造产业园", "industrial_park", "大清河智能制造产业园，走进施工现场"),
    ("hj02", "华衡智能传感器产业园项目", "industrial_park", "邰晓峰来到华衡智能传感器产业园项目现场"),
    ("hj02", "京南云数据中心三期项目", "project", "随后来到京南云数据中心三期项目"),
    ("hj03", "星衡卫星导航终端产业园项目", "industrial_park", "其中星衡卫星导航终端产业园项目总投资12亿元"),
    ("hj03", "大清河园生物医药中试基地项目", "project", "大清河园生物医药中试基地项目总投资6.8亿元"),
    ("hj04", "瑞衡微电子封测产业园项目", "industrial_park", "瑞衡微电子封测产业园项目总投资20亿元"),
    ("hj04", "科锐数控机床产业园二期项目", "industrial_park", "科锐数控机床产业园二期项目总投资8亿元"),
    ("hj04", "高新区人才公寓二期项目", "housing_project", "高新区人才公寓二期项目总投资4.5亿元"),
    ("hj05", "瑞衡微电子封测产业园", "industrial_park", "汤慕白介绍了瑞衡微电子封测产业园"),
    ("hj05", "科锐数控机床产业园", "industrial_park", "科锐数控机床产业园的载体配套和产业政策"),
    ("hj05", "松湖智造产业园", "industrial_park", "郦晓岚一行考察了松湖智造产业园"),
    ("hj06", "保税维修检测中心", "project", "先后来到保税维修检测中心和跨境电商产业园"),
    ("hj06", "跨境电商产业园", "industrial_park", "先后来到保税维修检测中心和跨境电商产业园"),
    ("hj06", "晶曜新型显示面板产业园一期", "industrial_park", "储方圆察看了晶曜新型显示面板产业园一期"),
    ("hj06", "扬子津港区物流中心项目", "logistics_hub", "扬子津港区物流中心项目，了解项目建设进度"),
    ("hj07", "晶曜新型显示面板产业园二期项目", "industrial_park", "晶曜新型显示面板产业园二期项目总投资45亿元"),
    ("hj07", "远驰动力电池结构件项目", "project", "远驰动力电池结构件项目总投资18亿元"),
    ("hj07", "综保区保税物流分拨中心项目", "logistics_hub", "综保区保税物流分拨中心项目总投资6亿元"),
    ("hj08", "汉衡重卡车桥产业园二期", "industrial_park", "观摩团一行先后来到汉衡重卡车桥产业园二期"),
    ("hj08", "瑞丰汽车零部件智能制造产业园", "industrial_park", "瑞丰汽车零部件智能制造产业园、蔡家坡镇"),
    ("hj08", "蔡家坡镇污水处理厂提标改造工程", "infrastructure_project", "蔡家坡镇污水处理厂提标改造工程等6个项目现场"),
    ("hj09", "钛谷新材料产业园三期项目", "industrial_park", "其中，钛谷新材料产业园三期项目总投资21亿元"),
    ("hj09", "宏钛航空锻件产业园项目", "industrial_park", "宏钛航空锻件产业园项目总投资9.5亿元"),
    ("hj10", "钛合金3D打印粉末项目", "project", "其中钛合金3D打印粉末项目总投资12亿元"),
    ("hj10", "高端钛合金管材项目", "project", "高端钛合金管材项目总投资9亿元"),
    ("hj10", "钛谷新材料产业园四期项目", "industrial_park", "钛谷新材料产业园四期项目总投资15亿元"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hj01", "经开区", "development_zone", "standalone", "4月15日上午，经开区举行"),
    ("hj01", "京津冀", "region", "standalone", "要抢抓京津冀协同发展机遇"),
    ("hj01", "北京", "municipality", "standalone", "主动承接北京非首都功能疏解"),
    ("hj01", "雄安新区", "new_area", "standalone", "北京非首都功能疏解和雄安新区建设的辐射带动"),
    ("hj02", "固安县", "county", "standalone", "邰晓峰到固安县、经开区调研"),
    ("hj02", "经开区", "development_zone", "standalone", "邰晓峰到固安县、经开区调研"),
    ("hj02", "固安高新区", "development_zone", "standalone", "先后来到固安高新区航天精密部件产业园"),
    ("hj02", "高新区", "development_zone", "standalone", "全县重点项目推进和高新区“二次创业”情况"),
    ("hj02", "大清河", "river", "in_project_name", "大清河智能制造产业园，走进施工现场"),
    ("hj02", "北京", "municipality", "standalone", "持续承接北京非首都功能疏解"),
    ("hj03", "固安高新区", "development_zone", "standalone", "10月11日上午，固安高新区举行"),
    ("hj03", "高新区", "development_zone", "in_title", "县委书记、高新区党工委书记甘泽宇"),
    ("hj03", "大清河园", "zone_park", "in_project_name", "大清河园生物医药中试基地项目总投资6.8亿元"),
    ("hj04", "高新区", "development_zone", "standalone", "3月18日上午，高新区举行"),
    ("hj04", "邗江区", "district", "in_title", "邗江区委书记、高新区党工委书记缪长青"),
    ("hj05", "扬州高新区", "development_zone", "standalone", "扬州高新区（深圳）数控装备产业合作推介会举行"),
    ("hj05", "高新区", "development_zone", "standalone", "推介会上，高新区与5家企业签订投资意向协议"),
    ("hj05", "深圳", "city", "standalone", "带队赴深圳、东莞开展精准招商活动"),
    ("hj05", "东莞", "city", "standalone", "带队赴深圳、东莞开展精准招商活动"),
    ("hj05", "长三角", "region", "standalone", "就设立长三角生产基地等事宜进行深入洽谈"),
    ("hj05", "珠三角", "region", "standalone", "聚焦珠三角、长三角重点区域"),
    ("hj05", "扬州", "city", "standalone", "推动更多优质项目落户扬州"),
    ("hj06", "扬州综合保税区", "bonded_zone", "standalone", "市长储方圆到扬州综合保税区、扬州经开区调研"),
    ("hj06", "扬州经开区", "development_zone", "standalone", "市长储方圆到扬州综合保税区、扬州经开区调研"),
    ("hj06", "综保区", "bonded_zone", "standalone", "在综保区，储方圆先后来到"),
    ("hj06", "经开区", "development_zone", "standalone", "在经开区，储方圆察看了"),
    ("hj06", "综合保税区", "bonded_zone", "in_title", _J06_TANG),
    ("hj06", "扬子津港区", "port_area", "in_project_name", "扬子津港区物流中心项目，了解项目建设进度"),
    ("hj07", "经开区", "development_zone", "standalone", "4月18日上午，经开区举行"),
    ("hj07", "综保区", "bonded_zone", "standalone", "将进一步提升综保区物流分拨能力"),
    ("hj08", "蔡家坡经开区", "development_zone", "standalone", "县委书记靳文博带队观摩蔡家坡经开区重点项目建设"),
    ("hj08", "经开区", "development_zone", "standalone", "经开区是全县工业经济的主战场"),
    ("hj08", "蔡家坡镇", "town", "standalone", "在蔡家坡镇污水处理厂，蔡家坡镇党委书记季川明"),
    ("hj09", "高新区", "development_zone", "standalone", "高新区此次集中开工项目15个"),
    ("hj10", "高新区", "development_zone", "standalone", "11月14日，高新区在西安举办"),
    ("hj10", "西安", "city", "standalone", "11月14日，高新区在西安举办"),
    ("hj10", "宝鸡", "city", "standalone", "宝鸡是“中国钛谷”"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hj", conventions="set hj (blind set: development zones of several cities named by their bare names on their pages — 经开区 of 廊坊 (河北), of 扬州 (江苏) and of 岐山县 (蔡家坡经开区, 陕西 宝鸡); 高新区 of 固安县 (廊坊), of 扬州 and of 宝鸡; the 扬州综合保税区 inside the 扬州经开区 (综保区, its own label 扬州综保区); a county's own zone takes city + zone short name (廊坊固安高新区, 宝鸡蔡家坡经开区); a zone leader's city, district or county post gives its own line; 签约 / 开工 ceremonies, a 招商 visit and 推介会, a 观摩 and its 推进会, 调研 inspections; one line per post per article)",
          persons_note="Set hj persons. id = corpus-wide person_id (hj:季川明#1 of 扬州经开区 (江苏) and hj:季川明#2 of 岐山县蔡家坡镇 (陕西) are two people; hj:甘泽宇 廊坊经开区管委会主任 2021 → 固安县长 2023 → 固安县委书记、固安高新区党工委书记 2024; hj:汤慕白 扬州高新区管委会副主任 2021-22 → 扬州经开区党工委委员、综保区管委会主任 2023 → 扬州经开区管委会主任 2024; hj:鲁正宇 岐山县副县长 2022 → 宝鸡高新区管委会副主任 2024; hj:鄢志坚 蔡家坡经开区党工委书记 2022 → 宝鸡高新区党工委副书记 2024)")


if __name__ == "__main__":
    main()
