"""Write gold part ``hb`` (a blind set: project-heavy pages — 重大项目 集中开工 / 签约 / 观摩 and 项目建设 调度会 / 推进会 —
of several counties of one city, 河南 周口市, and of two county-level cities and a county of 湖北 荆州市) from the tables
below.

Pages ``tests/dev/texts/hb*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 聊城 大众网 report of a 重点项目集中开工月 (``主会场设在高新区，其他
县市区、市属开发区分别设立分会场``, ``市委书记…宣布开工，市委副书记、市长…主持``, ``市领导…出席``); the 淮北 发改委 page of a
集中开工 (``市委书记…下达开工令``, ``市委常委、常务副市长…主持活动，并通报…``); a 武汉 洪山区 分会场 page; the 周口 中华龙都网
pages (the 2021 观摩讲评 of 市委书记 and 市长 ``带领市四大班子领导…开展…重点项目观摩讲评活动``, a 周口广电 list of 县市区 and
``市经济开发区``, ``港口物流产业集聚区``; a 项城 2017 and 2019 集中开工 with ``市委书记…，市长…，市委常委、常务副市长…出席``,
``[ 责任编辑：… ]``; a 太康 2022 周口日报 item ``市委常委、太康县委书记…，县长…带队调研重点项目``); the 周口日报 digital
edition (``2023年07月21日 / 第02版:要闻 PDF版``, the ``②16`` end mark and the ``2023-07-21 1 1 周口日报 content_….html 1 …
/enpproperty-->`` tail, and a 2022 ``四季度“三个一批”重大项目建设观摩讲评活动`` with ``市领导…参加观摩``); the 郸城县 site (``来源:
郸城县人民政府 时间: 2020-03-30 08:46:41 访问量:0 字体大小[ ] 打印 分享:``) of a 观摩讲评组; the 台前县 site (``来源:县政府办
…浏览量``) of a 县长's 推进会; 县长 调度会 pages of 柘荣 (cncx), 宁强 and 叶县 (``县委常委、常务副县长…主持会议；…副县长…
提出意见建议；县发改委汇报…``); the 孝昌 and 筠连 集中签约 pages (``县委常委、常务副县长…代表县人民政府…签订合作协议``); the
荆州日报 ``第005版：石首新闻`` page of a 石首市 ``工作调度会`` (``市委书记…出席会议并讲话，市长…主持会议``, ``本报讯（记者…实习生…
通讯员…）``) and the 石首手机报. Places are real: 河南 周口市 (项城市, 太康县, 扶沟县, 商水县, 西华县, 川汇区; 周口经开区,
周口临港开发区; 沙颍河, 贾鲁河, 涡河, 汾泉河) and 湖北 荆州市 (洪湖市, 石首市, 江陵县; 荆州经开区; 长江).

Shapes: the 周口日报 第01版 of a city 集中开工 (主会场 in 项城, 分会场 in the counties and the zones; 市委书记 宣布开工,
市长 讲话, 常务副市长 主持, 市领导 without titles, a 县长 reporting from his 分会场) (hb01); the 太康县 site of a 县长's
调度会 (town secretaries and a 县发展改革委主任 report; five projects) (hb02); the 扶沟县 site of a 观摩评比 led by the
书记 and the 县长 with a 讲评会 after it (hb03); the 项城市 site of a 集中签约仪式 (bare 市委 = the county-level city's;
a 周口市商务局局长 attends) (hb04); the 商水县 site of a 书记's ``百日攻坚`` 推进会 (hb05); the 周口市政府 site of a 副市长's
调研 in 扶沟县 and 西华县 (hb06); the 周口日报 第01版 of a city 观摩讲评活动 through the counties and 周口经开区 and its
讲评会 (hb07); the 洪湖市 site of a 集中开工 (hb08); the 荆州日报 ``第005版：石首新闻`` of a 石首市 调度会 (hb09); the 江陵县
site of a 县党政考察团's visit to 荆州经开区 and the 座谈会 after it (hb10).

Identity cases:
- hb:岑海洋: 太康县委副书记、县长 (hb01 Apr 2022, hb02 Jun 2022) → 太康县委书记 (hb07 Jul 2024).
- hb:祁宏远: 扶沟县委书记 (hb03 Sept 2022) → 周口市 副市长 (hb06 Apr 2024); named as 市领导 only in hb07.
- hb:戈振海: 扶沟县委副书记、县长 (hb03 2022) → 扶沟县委书记 (hb06 2024).
- hb:米振华: 周口市发展改革委主任 (hb01 Apr 2022) → 商水县委书记 (hb05 Aug 2023, hb07 Jul 2024); hb:钟可欣 is the
  发展改革委主任 in 2024 (hb07).
- hb:温立涛: 项城市委副书记、市长 (hb04 Mar 2023) → 项城市委书记 (hb07 Jul 2024); hb:栾昌运 项城市委书记 in 2022 and
  2023 (hb01, hb04).
- hb:覃俊峰: 洪湖市委副书记、市长 (hb08 May 2022) → 石首市委书记 (hb09 Mar 2024): a move between two county-level cities
  of 荆州.
- the same officials on several pages: hb:蒲建中 (周口市委书记, 2022 and 2024), hb:卓立民 (周口市委副书记、市长, 2022 and
  2024), hb:甘守信 (市委常委、常务副市长 in 2022; 市领导 in 2024), hb:娄雪莲 (市领导, 2022 and 2024).
- two different 孟庆海 in unrelated places: hb:孟庆海#1 is 扶沟县委常委、副县长 (河南 周口, hb03, 2022); hb:孟庆海#2 is
  江陵县委书记 (湖北 荆州, hb10, 2023).
- one organ name on several places: bare ``经开区`` / ``经开区党工委`` is 周口's in hb01 (``市经开区``) and hb07 (``在周口经开区，
  经开区党工委书记…``) and 荆州's in hb10 (``经开区党工委副书记、管委会主任``); ``县发展改革委主任`` is 太康's in hb02 and 商水's in
  hb05 (``市发展改革委主任`` is 周口's in hb01 / hb07); bare ``市委书记`` is 周口's in the 周口日报 (hb01, hb07), 项城's on
  the 项城 site (hb04) and after ``在项城市，`` in the 周口日报 (hb07), 洪湖's on the 洪湖 site (hb08) and 石首's in the
  荆州日报's 石首 edition (hb09); ``县委副书记、县长`` is 太康's, 扶沟's, 商水's and 江陵's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs where they speak; decided here where they are silent):
- Labels: 周口市 / 荆州市 (prefecture cities), 项城市 / 洪湖市 / 石首市 (county-level cities), 太康县, 扶沟县, 商水县, 西华县,
  江陵县; 周口经济技术开发区 → ``周口经开区``, 荆州经济技术开发区 → ``荆州经开区``; towns: county label + name
  (``太康县常营镇党委``, ``石首市调关镇党委``).
- DECIDED HERE: a county-level city's bare organs on its own site (``市委书记栾昌运`` on the 项城 site), in a city paper's page
  of that county-level city (the 荆州日报's ``石首新闻`` page) or right after ``在项城市，`` (hb07) are that county-level
  city's (项城市委, 石首市委), not the prefecture's; ``市人大常委会主任`` / ``市政协主席`` on the 项城 / 洪湖 site are
  项城市人大常委会 / 洪湖市政协 etc.; an organ written with its city (``周口市商务局局长``, ``荆州市委常委``) is that city's.
- ``市领导…`` (hb01, hb07) is no post (CONVENTIONS); the persons are attendees.
- Events: a 集中开工活动 and a 集中签约仪式 are ``ceremony`` (chair when 主持; 出席 attendees; 讲话 / 致辞 / 通报 / 介绍 /
  汇报 / 表态发言 / 指出 / 强调 speakers); DECIDED HERE: ``宣布开工`` makes the person a speaker. A 调度会 / 推进会 / 讲评会 /
  座谈会 is a ``meeting``; a 观摩 is a ``site observation`` (CONVENTIONS) and its 讲评会 a meeting of its own (as the
  点评会); a 调研 / 考察学习 is an ``inspection`` (leader; 陪同 / 参加 attendees). DECIDED HERE: when two leaders ``带领`` a
  观摩 together (``县委书记…，县委副书记、县长…带领``, ``市委书记…，市委副书记、市长…带领观摩团``) the first named (the 书记) is
  the leader and the second an attendee; the 座谈会 after a 考察 is its own meeting of the same day (as bs's 督导反馈会).
  An event held at a project site carries that town or county as its place; a meeting in a room has none.
- Projects are the named works started, signed, inspected or reported: …产业园 N期 / 标准化厂房 N期 ``industrial_park``;
  安置小区 ``housing_project``; 冷链物流园 ``logistics_hub``; 港区 / 码头 / 污水处理厂 / 供水 / 供热 / 公路 / 快速通道 works
  ``infrastructure_project``; DECIDED HERE: a river's 综合治理 / 生态治理 / 综合整治 工程 ``greening_project`` and a dike's
  加固 / 整险加固 / 除险加固 工程 ``engineering_work``; a 高标准农田示范区 named with its 乡 a ``project``. A repeat of a
  project under a shorter name in the same article (``产业园二期``, ``调关港区二期工程``) gives no new line.
- Places: one line per name per file, as written (a zone written bare is ``经开区``; ``市经开区`` gives ``经开区``);
  places inside org references and project names count; DECIDED HERE: the county-level zones (太康经济开发区, 商水经济开发区,
  西华县经济开发区, 石首经济开发区, 江陵经济开发区) are ``development_zone`` places named as written (their names are not
  经济技术开发区, so nothing is folded) and their 管委会, with no person named, gives no line; a short county name written
  standalone (``太康分会场``, ``项城将``, ``洪湖坚持``, ``石首召开``, ``做大荆州``) is a place line, but a short name inside a river
  or road segment (``涡河太康段``, ``沙颍河商水段``, ``贾鲁河生态治理工程（扶沟段）``) is not; site lines, mastheads, 来源 lines,
  footers, 相关文章 / 上一篇 / 下一篇 links and venues (县政府三楼会议室, 市会议中心) are not annotated.
- Bylines: ``本报讯（记者 …）`` reporter, ``通讯员`` correspondent; ``（蒋沐霖）`` at the end and ``作者：冉芷晴`` are author
  lines; ``责任编辑`` / ``编辑`` editor lines; ``（县政府办）`` is an office, not a person.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ZK, JZ = "周口市", "荆州市"
XC, TK, FG, SS, XH = "项城市", "太康县", "扶沟县", "商水县", "西华县"
HH, SH, JL = "洪湖市", "石首市", "江陵县"
ZKJ, JZJ = "周口经开区", "荆州经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hb01_zhoukou.txt": (2022, "2022年04月13日　星期三", ZK, [
        ("全市2022年第二季度重大项目集中开工", "4月12日上午", "2022-04-12", "本报讯（记者 沈晓宇 宋雅楠）4月12日上午",
         "city paper 第01版: city 集中开工 (主会场 in 项城市, 分会场 in the counties and the zones); 市委书记 宣布开工, 市长 讲话, 常务副市长 主持; 市领导 without titles")]),
    "hb02_taikang.txt": (2022, "发布时间：2022-06-08 17:32", TK, [
        ("岑海洋主持召开全县重点项目建设调度会", "6月7日下午", "2022-06-07", "6月7日下午，县委副书记",
         "county site: the 县长's 调度会; 县发展改革委主任 and two town secretaries report; five projects")]),
    "hb03_fugou.txt": (2022, "时间：2022-09-27 09:15:22", FG, [
        ("我县开展第三季度重点项目观摩评比活动", "9月26日", "2022-09-26", "9月26日，县委书记",
         "county site: 观摩评比 led by the 书记 and the 县长 with the 四个班子; 讲评会 after it; 孟庆海#1")]),
    "hb04_xiangcheng.txt": (2023, "发布日期：2023-03-17", XC, [
        ("项城市举行2023年第一批重大项目集中签约仪式", "3月16日上午", "2023-03-16", "3月16日上午，项城市",
         "county-level city site: 集中签约仪式; bare 市委 = 项城市委; a 周口市商务局局长 attends")]),
    "hb05_shangshui.txt": (2023, "2023-08-15 18:06", SS, [
        ("米振华主持召开重点项目建设“百日攻坚”推进会", "8月14日下午", "2023-08-14", "8月14日下午，县委书记",
         "county site: the 书记's 推进会 (the former 周口市发展改革委主任); 县发展改革委主任 and a town secretary report")]),
    "hb06_zhoukou.txt": (2024, "发布时间：2024-04-19 16:20:11", ZK, [
        ("祁宏远到扶沟县西华县调研重点项目建设", "4月18日", "2024-04-18", "4月18日，副市长祁宏远",
         "city government site: a 副市长's 调研 in two counties (the former 扶沟县委书记); the former 扶沟县长 now 书记")]),
    "hb07_zhoukou.txt": (2024, "2024年07月24日　星期三", ZK, [
        ("全市第二季度“三个一批”项目建设观摩讲评活动举行", "7月22日至23日", "2024-07-22", "本报讯（记者 宋雅楠 郝晓东）7月22日至23日",
         "city paper 第01版: 观摩讲评活动 through the counties and 周口经开区; 讲评会; county secretaries report (moves visible)")]),
    "hb08_honghu.txt": (2022, "发布时间：2022-05-10 18:45", HH, [
        ("我市举行2022年二季度重大项目集中开工活动", "5月10日上午", "2022-05-10", "5月10日上午，全市2022年",
         "county-level city site (湖北): 集中开工; 市委书记 宣布开工, 市长 致辞, 常务副市长 主持; a town secretary speaks")]),
    "hb09_shishou.txt": (2024, "2024年03月15日　星期五", SH, [
        ("石首召开重点项目建设调度会", "3月13日", "2024-03-13", "本报讯（记者 刘砚秋 通讯员 向慧楠）3月13日",
         "city paper's county edition (第005版：石首新闻): 石首市 调度会; the former 洪湖市长 now 石首市委书记")]),
    "hb10_jiangling.txt": (2023, "发布时间：2023-11-09 10:12", JL, [
        ("孟庆海带队到荆州经开区考察学习园区建设", "11月8日", "2023-11-08", "11月8日，县委书记孟庆海",
         "county site: 县党政考察团 visits 荆州经开区 (bare 经开区 = 荆州's); 座谈会 after it; 孟庆海#2")]),
}

_H01_ZHUO = "市委副书记、市长卓立民讲话"
_H01_GAN = "市委常委、常务副市长甘守信主持"
_H01_CEN = "太康县委副书记、县长岑海洋在太康分会场"
_H02_JIN = "县委常委、常务副县长靳学良"
_H02_FU = "副县长柏丽娜、韦思源出席会议"
_H03_GE = "县委副书记、县长戈振海带领"
_H03_ZHAN = "县委常委、常务副县长詹永博"
_H03_MENG = "县委常委、副县长孟庆海等参加观摩"
_H04_WEN = "市委副书记、市长温立涛"
_H04_NING = "市委常委、常务副市长宁宏杰主持仪式"
_H05_GONG = "县委副书记、县长巩志勇"
_H05_JIE = "县委常委、常务副县长揭晓峰"
_H06_SHE = "县委副书记、县长佘振宇陪同调研"
_H06_WU = "西华县委副书记、县长邬卫平陪同调研"
_H07_ZHUO = "市委副书记、市长卓立民带领观摩团"
_H08_QIN = "市委副书记、市长覃俊峰致辞"
_H08_QI = "市委常委、常务副市长漆国斌主持"
_H09_DUAN = "市委副书记、市长段红卫主持会议"
_H09_HU = "市委常委、常务副市长扈文杰通报了"
_H10_WEI = "县委副书记、县长危志明"
_H10_OY = "县委常委、常务副县长欧阳蔚参加考察"
_H10_FU = "荆州市委常委、荆州经开区党工委书记伏永刚"
_H10_LEI = "经开区党工委副书记、管委会主任雷震宇"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 周口市
    "hb:蒲建中": ("蒲建中", "official", ZK, [
        ("hb01", f"{ZK}委", "书记", "市委书记蒲建中出席主会场活动并宣布开工", "2022-04; bare 市委 in the 周口日报 = 周口市委; named in the subtitle too"),
        ("hb07", f"{ZK}委", "书记", "市委书记蒲建中，市委副书记", "2024-07: the same post")], []),
    "hb:卓立民": ("卓立民", "official", ZK, [
        ("hb01", f"{ZK}委", "副书记", _H01_ZHUO, "2022-04"),
        ("hb01", f"{ZK}政府", "市长", _H01_ZHUO, None),
        ("hb07", f"{ZK}委", "副书记", _H07_ZHUO, "2024-07: the same posts"),
        ("hb07", f"{ZK}政府", "市长", _H07_ZHUO, None)], []),
    "hb:甘守信": ("甘守信", "official", ZK, [
        ("hb01", f"{ZK}委", "常委", _H01_GAN, "2022-04"),
        ("hb01", f"{ZK}政府", "常务副市长", _H01_GAN, None)], ["hb07"]),
    "hb:娄雪莲": ("娄雪莲", "official", ZK, [], ["hb01", "hb07"]),
    "hb:卞光耀": ("卞光耀", "official", ZK, [], ["hb01"]),
    "hb:米振华": ("米振华", "official", ZK, [
        ("hb01", f"{ZK}发展改革委", "主任", "市发展改革委主任米振华通报了", "2022-04 (identity case: 商水县委书记 in 2023, hb05)"),
        ("hb05", f"{SS}委", "书记", "县委书记米振华主持召开", "2023-08: now 商水县委书记; named in the headline too"),
        ("hb07", f"{SS}委", "书记", "在商水县，县委书记米振华介绍了", "2024-07: bare 县委 after 在商水县")], []),
    "hb:钟可欣": ("钟可欣", "official", ZK, [
        ("hb07", f"{ZK}发展改革委", "主任", "市发展改革委主任钟可欣通报了", "2024-07: the post 米振华 held in 2022")], []),
    "hb:晏宏伟": ("晏宏伟", "official", ZK, [
        ("hb04", f"{ZK}商务局", "局长", "周口市商务局局长晏宏伟出席签约仪式", "on the 项城 site, the organ written with 周口市")], []),
    "hb:祁宏远": ("祁宏远", "official", ZK, [
        ("hb03", f"{FG}委", "书记", "县委书记祁宏远", "2022-09: bare 县委 on the 扶沟县 site (identity case: 周口市副市长 in 2024, hb06)"),
        ("hb06", f"{ZK}政府", "副市长", "副市长祁宏远到扶沟县、西华县调研", "2024-04: now 副市长; named in the headline too")], ["hb07"]),
    "hb:桑建设": ("桑建设", "official", ZK, [
        ("hb06", f"{ZK}政府", "副秘书长", "市政府副秘书长桑建设陪同调研", None)], []),
    "hb:秦文渊": ("秦文渊", "official", ZKJ, [
        ("hb07", f"{ZKJ}党工委", "书记", "在周口经开区，经开区党工委书记秦文渊", "bare 经开区 right after 周口经开区 = 周口's (荆州's in hb10)")], []),
    # ---- 项城市
    "hb:栾昌运": ("栾昌运", "official", XC, [
        ("hb01", f"{XC}委", "书记", "项城市委书记栾昌运介绍了", "2022-04"),
        ("hb04", f"{XC}委", "书记", "市委书记栾昌运，市委副书记", "2023-03: DECIDED HERE bare 市委 on the 项城 site = 项城市委 (county-level city)")], []),
    "hb:温立涛": ("温立涛", "official", XC, [
        ("hb04", f"{XC}委", "副书记", _H04_WEN, "2023-03 (identity case: 项城市委书记 in 2024, hb07)"),
        ("hb04", f"{XC}政府", "市长", _H04_WEN, None),
        ("hb07", f"{XC}委", "书记", "在项城市，市委书记温立涛介绍了", "2024-07: bare 市委 right after 在项城市 in the 周口日报 = 项城市委")], []),
    "hb:符德明": ("符德明", "official", XC, [
        ("hb04", f"{XC}人大常委会", "主任", "市人大常委会主任符德明", None)], []),
    "hb:翟素芳": ("翟素芳", "official", XC, [
        ("hb04", f"{XC}政协", "主席", "市政协主席翟素芳", None)], []),
    "hb:宁宏杰": ("宁宏杰", "official", XC, [
        ("hb04", f"{XC}委", "常委", _H04_NING, None),
        ("hb04", f"{XC}政府", "常务副市长", _H04_NING, None)], []),
    # ---- 太康县
    "hb:岑海洋": ("岑海洋", "official", TK, [
        ("hb01", f"{TK}委", "副书记", _H01_CEN, "2022-04 (identity case: 太康县委书记 in 2024, hb07)"),
        ("hb01", f"{TK}政府", "县长", _H01_CEN, None),
        ("hb02", f"{TK}委", "副书记", "县委副书记、县长岑海洋在县政府三楼会议室", "2022-06: bare 县委 on the 太康县 site; named in the headline too"),
        ("hb02", f"{TK}政府", "县长", "县委副书记、县长岑海洋在县政府三楼会议室", None),
        ("hb07", f"{TK}委", "书记", "在太康县，县委书记岑海洋汇报了", "2024-07: now 太康县委书记")], []),
    "hb:靳学良": ("靳学良", "official", TK, [
        ("hb02", f"{TK}委", "常委", _H02_JIN, None),
        ("hb02", f"{TK}政府", "常务副县长", _H02_JIN, None)], []),
    "hb:柏丽娜": ("柏丽娜", "official", TK, [
        ("hb02", f"{TK}政府", "副县长", _H02_FU, "list after one title")], []),
    "hb:韦思源": ("韦思源", "official", TK, [
        ("hb02", f"{TK}政府", "副县长", _H02_FU, "list after one title")], []),
    "hb:阚永涛": ("阚永涛", "official", TK, [
        ("hb02", f"{TK}发展改革委", "主任", "县发展改革委主任阚永涛通报了", "县发展改革委 = 太康's here, 商水's in hb05")], []),
    "hb:褚红旗": ("褚红旗", "official", TK, [
        ("hb02", f"{TK}常营镇党委", "书记", "常营镇党委书记褚红旗汇报了", None)], []),
    "hb:郜明亮": ("郜明亮", "official", TK, [
        ("hb02", f"{TK}马头镇党委", "书记", "马头镇党委书记郜明亮汇报了", None)], []),
    # ---- 扶沟县
    "hb:戈振海": ("戈振海", "official", FG, [
        ("hb03", f"{FG}委", "副书记", _H03_GE, "2022-09 (identity case: 扶沟县委书记 in 2024, hb06)"),
        ("hb03", f"{FG}政府", "县长", _H03_GE, None),
        ("hb06", f"{FG}委", "书记", "扶沟县委书记戈振海", "2024-04: now 扶沟县委书记")], []),
    "hb:屈广林": ("屈广林", "official", FG, [
        ("hb03", f"{FG}人大常委会", "主任", "县人大常委会主任屈广林", None)], []),
    "hb:鄢春霞": ("鄢春霞", "official", FG, [
        ("hb03", f"{FG}政协", "主席", "县政协主席鄢春霞", None)], []),
    "hb:詹永博": ("詹永博", "official", FG, [
        ("hb03", f"{FG}委", "常委", _H03_ZHAN, None),
        ("hb03", f"{FG}政府", "常务副县长", _H03_ZHAN, None)], []),
    "hb:孟庆海#1": ("孟庆海", "official", FG, [
        ("hb03", f"{FG}委", "常委", _H03_MENG, "扶沟县 (河南 周口), 2022; not the 孟庆海 of 江陵县 (湖北 荆州, hb10)"),
        ("hb03", f"{FG}政府", "副县长", _H03_MENG, None)], []),
    "hb:申国栋": ("申国栋", "official", FG, [
        ("hb03", f"{FG}崔桥镇党委", "书记", "在崔桥镇，镇党委书记申国栋", "bare 镇党委 after 在崔桥镇")], []),
    "hb:佘振宇": ("佘振宇", "official", FG, [
        ("hb06", f"{FG}委", "副书记", _H06_SHE, "bare 县委 right after 扶沟县委书记"),
        ("hb06", f"{FG}政府", "县长", _H06_SHE, "succeeds 戈振海 as 县长")], []),
    # ---- 商水县 / 西华县
    "hb:巩志勇": ("巩志勇", "official", SS, [
        ("hb05", f"{SS}委", "副书记", _H05_GONG, None),
        ("hb05", f"{SS}政府", "县长", _H05_GONG, None)], []),
    "hb:揭晓峰": ("揭晓峰", "official", SS, [
        ("hb05", f"{SS}委", "常委", _H05_JIE, None),
        ("hb05", f"{SS}政府", "常务副县长", _H05_JIE, None)], []),
    "hb:麻晓燕": ("麻晓燕", "official", SS, [
        ("hb05", f"{SS}政府", "副县长", "副县长麻晓燕出席会议", None)], []),
    "hb:饶建勋": ("饶建勋", "official", SS, [
        ("hb05", f"{SS}发展改革委", "主任", "县发展改革委主任饶建勋通报了", "县发展改革委 = 商水's here, 太康's in hb02")], []),
    "hb:鲁国庆": ("鲁国庆", "official", SS, [
        ("hb05", f"{SS}黄寨镇党委", "书记", "黄寨镇党委书记鲁国庆汇报了", None)], []),
    "hb:邬卫平": ("邬卫平", "official", XH, [
        ("hb06", f"{XH}委", "副书记", _H06_WU, None),
        ("hb06", f"{XH}政府", "县长", _H06_WU, None)], []),
    # ---- 荆州市: 洪湖市
    "hb:龚世炎": ("龚世炎", "official", HH, [
        ("hb08", f"{HH}委", "书记", "市委书记龚世炎宣布项目开工", "bare 市委 on the 洪湖市 site = 洪湖市委")], []),
    "hb:覃俊峰": ("覃俊峰", "official", JZ, [
        ("hb08", f"{HH}委", "副书记", _H08_QIN, "2022-05 (identity case: 石首市委书记 in 2024, hb09)"),
        ("hb08", f"{HH}政府", "市长", _H08_QIN, None),
        ("hb09", f"{SH}委", "书记", "市委书记覃俊峰出席会议并讲话", "2024-03: DECIDED HERE bare 市委 on the 荆州日报's 石首新闻 page = 石首市委")], []),
    "hb:喻春华": ("喻春华", "official", HH, [
        ("hb08", f"{HH}人大常委会", "主任", "市人大常委会主任喻春华", None)], []),
    "hb:蔡雅琴": ("蔡雅琴", "official", HH, [
        ("hb08", f"{HH}政协", "主席", "市政协主席蔡雅琴出席", None)], []),
    "hb:漆国斌": ("漆国斌", "official", HH, [
        ("hb08", f"{HH}委", "常委", _H08_QI, None),
        ("hb08", f"{HH}政府", "常务副市长", _H08_QI, None)], []),
    "hb:涂新民": ("涂新民", "official", HH, [
        ("hb08", f"{HH}新滩镇党委", "书记", "新滩镇党委书记涂新民代表项目属地", None)], []),
    # ---- 石首市
    "hb:段红卫": ("段红卫", "official", SH, [
        ("hb09", f"{SH}委", "副书记", _H09_DUAN, None),
        ("hb09", f"{SH}政府", "市长", _H09_DUAN, None)], []),
    "hb:扈文杰": ("扈文杰", "official", SH, [
        ("hb09", f"{SH}委", "常委", _H09_HU, None),
        ("hb09", f"{SH}政府", "常务副市长", _H09_HU, None)], []),
    "hb:尤海潮": ("尤海潮", "official", SH, [
        ("hb09", f"{SH}调关镇党委", "书记", "调关镇党委书记尤海潮汇报了", None)], []),
    # ---- 江陵县 / 荆州经开区
    "hb:孟庆海#2": ("孟庆海", "official", JL, [
        ("hb10", f"{JL}委", "书记", "县委书记孟庆海带领县党政考察团", "江陵县 (湖北 荆州), 2023; not the 孟庆海 of 扶沟县 (hb03); named in the headline too")], []),
    "hb:危志明": ("危志明", "official", JL, [
        ("hb10", f"{JL}委", "副书记", _H10_WEI, None),
        ("hb10", f"{JL}政府", "县长", _H10_WEI, None)], []),
    "hb:欧阳蔚": ("欧阳蔚", "official", JL, [
        ("hb10", f"{JL}委", "常委", _H10_OY, "two-character surname 欧阳"),
        ("hb10", f"{JL}政府", "常务副县长", _H10_OY, None)], []),
    "hb:伏永刚": ("伏永刚", "official", JZ, [
        ("hb10", f"{JZ}委", "常委", _H10_FU, None),
        ("hb10", f"{JZJ}党工委", "书记", _H10_FU, None)], []),
    "hb:雷震宇": ("雷震宇", "official", JZJ, [
        ("hb10", f"{JZJ}党工委", "副书记", _H10_LEI, "bare 经开区 after 荆州经开区 = 荆州's (周口's in hb01 / hb07)"),
        ("hb10", f"{JZJ}管委会", "主任", _H10_LEI, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hb01", "沈晓宇", "记者", "reporter", "本报讯（记者 沈晓宇 宋雅楠）"),
    ("hb01", "宋雅楠", "记者", "reporter", "本报讯（记者 沈晓宇 宋雅楠）"),
    ("hb01", "牛海波", "责任编辑", "editor", "责任编辑：牛海波"),
    ("hb02", "付静怡", "责任编辑", "editor", "责任编辑：付静怡"),
    ("hb03", "吕梦洁", "责任编辑", "editor", "责任编辑：吕梦洁"),
    ("hb04", "蒋沐霖", "供稿", "author", "（蒋沐霖）"),
    ("hb05", "谢佳琪", "编辑", "editor", "编辑：谢佳琪"),
    ("hb06", "邵亦斐", "责任编辑", "editor", "责任编辑：邵亦斐"),
    ("hb07", "宋雅楠", "记者", "reporter", "本报讯（记者 宋雅楠 郝晓东）"),
    ("hb07", "郝晓东", "记者", "reporter", "本报讯（记者 宋雅楠 郝晓东）"),
    ("hb07", "牛海波", "责任编辑", "editor", "责任编辑：牛海波"),
    ("hb08", "冉芷晴", "作者", "author", "作者：冉芷晴"),
    ("hb09", "刘砚秋", "记者", "reporter", "本报讯（记者 刘砚秋 通讯员 向慧楠）"),
    ("hb09", "向慧楠", "通讯员", "correspondent", "本报讯（记者 刘砚秋 通讯员 向慧楠）"),
    ("hb09", "甄若溪", "责任编辑", "editor", "责任编辑：甄若溪"),
    ("hb10", "黎芊羽", "责任编辑", "editor", "责任编辑：黎芊羽"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hb01", "周口市2022年第二季度重大项目集中开工活动", "ceremony (集中开工活动)", "4月12日上午", "甘守信", None, [],
     ["蒲建中", "娄雪莲", "卞光耀"], ["蒲建中", "卓立民", "米振华", "栾昌运", "岑海洋"], "项城市",
     "周口市2022年第二季度重大项目集中开工活动举行",
     ["市委书记蒲建中出席主会场活动并宣布开工", "市长卓立民讲话", "常务副市长甘守信主持", "市领导娄雪莲、卞光耀出席主会场活动",
      "市发展改革委主任米振华通报了", "项城市委书记栾昌运介绍了", "县长岑海洋在太康分会场汇报了", "蒲建中指出", "卓立民强调"]),
    ("hb02", "全县重点项目建设调度会", "meeting (调度会)", "6月7日下午", "岑海洋", None, [],
     ["靳学良", "柏丽娜", "韦思源"], ["阚永涛", "褚红旗", "郜明亮", "岑海洋", "靳学良"], None,
     "主持召开全县重点项目建设调度会",
     ["县长岑海洋在县政府三楼会议室主持召开", "常务副县长靳学良，副县长柏丽娜、韦思源出席会议", "县发展改革委主任阚永涛通报了",
      "常营镇党委书记褚红旗汇报了", "马头镇党委书记郜明亮汇报了", "岑海洋指出", "靳学良就项目用地报批"]),
    ("hb03", "第三季度重点项目观摩评比活动", "site observation (观摩评比活动)", "9月26日", None, "祁宏远", [],
     ["戈振海", "屈广林", "鄢春霞", "詹永博", "孟庆海"], ["申国栋", "孟庆海"], "崔桥镇、江村镇、练寺镇、桐丘街道",
     "对全县第三季度重点项目建设情况进行集中观摩评比",
     ["县委书记祁宏远，县委副书记、县长戈振海带领", "县人大常委会主任屈广林，县政协主席鄢春霞", "常务副县长詹永博", "副县长孟庆海等参加观摩",
      "镇党委书记申国栋介绍了", "孟庆海介绍了贾鲁河"]),
    ("hb03", "第三季度重点项目观摩讲评会", "meeting (讲评会)", "9月26日", "戈振海", None, [],
     [], ["詹永博", "祁宏远"], None,
     "召开第三季度重点项目观摩讲评会",
     ["会议由戈振海主持", "詹永博通报了观摩打分结果", "祁宏远在讲评时强调"]),
    ("hb04", "项城市2023年第一批重大项目集中签约仪式", "ceremony (集中签约仪式)", "3月16日上午", "宁宏杰", None, [],
     ["栾昌运", "温立涛", "符德明", "翟素芳", "晏宏伟"], ["温立涛", "晏宏伟", "栾昌运"], None,
     "项城市2023年第一批重大项目集中签约仪式在市会议中心举行",
     ["市委书记栾昌运，市委副书记、市长温立涛，市人大常委会主任符德明，市政协主席翟素芳", "周口市商务局局长晏宏伟出席签约仪式", "常务副市长宁宏杰主持仪式", "温立涛在致辞中", "晏宏伟在讲话中", "栾昌运指出"]),
    ("hb05", "全县重点项目建设“百日攻坚”推进会", "meeting (推进会)", "8月14日下午", "米振华", None, [],
     ["巩志勇", "揭晓峰", "麻晓燕"], ["饶建勋", "鲁国庆", "米振华", "巩志勇", "揭晓峰", "麻晓燕"], None,
     "主持召开全县重点项目建设“百日攻坚”推进会",
     ["县委书记米振华主持召开", "县委副书记、县长巩志勇，县委常委、常务副县长揭晓峰", "副县长麻晓燕出席会议", "县发展改革委主任饶建勋通报了", "黄寨镇党委书记鲁国庆汇报了",
      "米振华指出", "巩志勇要求", "揭晓峰、麻晓燕分别就"]),
    ("hb06", "扶沟县、西华县重点项目建设和春季农业生产调研", "inspection (调研)", "4月18日", None, "祁宏远", [],
     ["桑建设", "戈振海", "佘振宇", "邬卫平"], ["戈振海", "佘振宇", "邬卫平", "祁宏远"], "扶沟县、西华县",
     "副市长祁宏远到扶沟县、西华县调研重点项目建设和春季农业生产工作",
     ["副市长祁宏远到扶沟县、西华县调研", "市政府副秘书长桑建设陪同调研", "扶沟县委书记戈振海，县委副书记、县长佘振宇陪同调研",
      "戈振海汇报了", "佘振宇介绍了", "县长邬卫平陪同调研并介绍了", "祁宏远指出"]),
    ("hb07", "全市第二季度“三个一批”项目建设观摩讲评活动", "site observation (观摩讲评活动)", "7月22日至23日", None, "蒲建中", [],
     ["卓立民", "甘守信", "娄雪莲", "祁宏远"], ["岑海洋", "温立涛", "米振华", "秦文渊"], "10个县（市、区）和周口经开区、周口临港开发区",
     "开展全市第二季度“三个一批”项目建设观摩讲评活动",
     ["市委书记蒲建中，市委副书记、市长卓立民带领观摩团", "市领导甘守信、娄雪莲、祁宏远等参加观摩", "县委书记岑海洋汇报了",
      "市委书记温立涛介绍了", "县委书记米振华介绍了", "经开区党工委书记秦文渊汇报了"]),
    ("hb07", "全市项目建设观摩讲评会", "meeting (讲评会)", "7月23日下午", "卓立民", None, [],
     [], ["钟可欣", "蒲建中", "卓立民"], None,
     "全市项目建设观摩讲评会召开",
     ["卓立民主持会议", "市发展改革委主任钟可欣通报了", "蒲建中在讲评时指出", "卓立民要求"]),
    ("hb08", "洪湖市2022年二季度重大项目集中开工活动", "ceremony (集中开工活动)", "5月10日上午", "漆国斌", None, [],
     ["喻春华", "蔡雅琴"], ["龚世炎", "覃俊峰", "涂新民"], "新滩镇",
     "全市2022年二季度重大项目集中开工活动在新滩镇智能装备产业园一期项目现场举行",
     ["市委书记龚世炎宣布项目开工", "市长覃俊峰致辞", "市人大常委会主任喻春华、市政协主席蔡雅琴出席", "常务副市长漆国斌主持",
      "覃俊峰在致辞中说", "新滩镇党委书记涂新民代表项目属地作表态发言"]),
    ("hb09", "石首市重点项目建设调度会", "meeting (调度会)", "3月13日", "段红卫", None, [],
     ["覃俊峰"], ["覃俊峰", "扈文杰", "尤海潮", "段红卫"], None,
     "石首市重点项目建设调度会召开",
     ["市委书记覃俊峰出席会议并讲话", "市长段红卫主持会议", "常务副市长扈文杰通报了", "调关镇党委书记尤海潮汇报了",
      "覃俊峰强调", "段红卫要求"]),
    ("hb10", "江陵县党政考察团到荆州经开区考察学习园区建设", "inspection (考察学习)", "11月8日", None, "孟庆海", [],
     ["危志明", "欧阳蔚", "伏永刚", "雷震宇"], ["雷震宇", "伏永刚"], "荆州经开区",
     "县委书记孟庆海带领县党政考察团到荆州经开区，考察学习园区建设、项目招引和标准化厂房运营经验",
     ["县委书记孟庆海带领县党政考察团到荆州经开区", "县委副书记、县长危志明", "常务副县长欧阳蔚参加考察", "荆州经开区党工委书记伏永刚", "管委会主任雷震宇陪同考察", "雷震宇介绍了",
      "伏永刚表示"]),
    ("hb10", "座谈会", "meeting (座谈会)", "11月8日", None, None, [],
     [], ["危志明", "孟庆海"], None,
     "在随后召开的座谈会上",
     ["危志明介绍了", "孟庆海表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hb01", "项城市生物医药产业园三期", "industrial_park", "主会场设在项城市生物医药产业园三期项目现场"),
    ("hb01", "太康县经济开发区标准化厂房三期", "industrial_park", "太康县经济开发区标准化厂房三期"),
    ("hb01", "扶沟县贾鲁河生态治理工程", "greening_project", "扶沟县贾鲁河生态治理工程"),
    ("hb01", "商水县城乡供水一体化工程", "infrastructure_project", "商水县城乡供水一体化工程"),
    ("hb01", "周口港中心港区三期工程", "infrastructure_project", "周口港中心港区三期工程"),
    ("hb01", "川汇区沙颍河南岸安置小区", "housing_project", "川汇区沙颍河南岸安置小区"),
    ("hb02", "涡河太康段综合治理工程", "greening_project", "涡河太康段综合治理工程的征迁进展"),
    ("hb02", "马头镇安置小区二期", "housing_project", "马头镇安置小区二期的建设情况"),
    ("hb02", "太康县第二污水处理厂建设项目", "infrastructure_project", "太康县第二污水处理厂建设项目"),
    ("hb02", "S213太康段改建工程", "infrastructure_project", "S213太康段改建工程"),
    ("hb02", "太康经济开发区标准化厂房三期", "industrial_park", "太康经济开发区标准化厂房三期等项目"),
    ("hb03", "扶沟县蔬菜精深加工产业园二期", "industrial_park", "崔桥镇的扶沟县蔬菜精深加工产业园二期"),
    ("hb03", "江村镇标准化厂房二期", "industrial_park", "江村镇标准化厂房二期"),
    ("hb03", "贾鲁河生态治理工程（扶沟段）", "greening_project", "练寺镇的贾鲁河生态治理工程（扶沟段）"),
    ("hb03", "扶沟县城区集中供热管网工程", "infrastructure_project", "扶沟县城区集中供热管网工程"),
    ("hb03", "桐丘街道城南安置小区", "housing_project", "桐丘街道城南安置小区"),
    ("hb04", "项城市生物医药产业园四期", "industrial_park", "项城市生物医药产业园四期"),
    ("hb04", "项城医护服产业示范园二期", "industrial_park", "项城医护服产业示范园二期"),
    ("hb04", "秣陵镇农产品冷链物流园", "logistics_hub", "秣陵镇农产品冷链物流园"),
    ("hb04", "汾泉河项城段综合整治工程", "greening_project", "汾泉河项城段综合整治工程"),
    ("hb04", "光武街道城中村改造安置小区", "housing_project", "光武街道城中村改造安置小区"),
    ("hb05", "黄寨镇安置小区一期", "housing_project", "黄寨镇安置小区一期的建设进度"),
    ("hb05", "沙颍河商水段堤防加固工程", "engineering_work", "沙颍河商水段堤防加固工程"),
    ("hb05", "商水县城乡供水一体化工程二期", "infrastructure_project", "商水县城乡供水一体化工程二期"),
    ("hb05", "商水经济开发区标准化厂房二期", "industrial_park", "商水经济开发区标准化厂房二期"),
    ("hb05", "周商快速通道改建工程", "infrastructure_project", "周商快速通道改建工程"),
    ("hb06", "扶沟县蔬菜精深加工产业园二期", "industrial_park", "先后来到扶沟县蔬菜精深加工产业园二期"),
    ("hb06", "固城乡高标准农田示范区", "project", "固城乡高标准农田示范区"),
    ("hb06", "贾鲁河生态治理工程（扶沟段）", "greening_project", "贾鲁河生态治理工程（扶沟段）"),
    ("hb06", "贾鲁河生态治理工程二期", "greening_project", "贾鲁河生态治理工程二期的前期工作进展"),
    ("hb06", "西华县经济开发区食品产业园二期", "industrial_park", "西华县经济开发区食品产业园二期"),
    ("hb06", "沙颍河西华段堤防除险加固工程", "engineering_work", "沙颍河西华段堤防除险加固工程"),
    ("hb07", "太康县锅炉装备产业园二期", "industrial_park", "太康县锅炉装备产业园二期"),
    ("hb07", "项城市生物医药产业园三期", "industrial_park", "项城市生物医药产业园三期"),
    ("hb07", "商水县城乡供水一体化工程二期", "infrastructure_project", "商水县城乡供水一体化工程二期"),
    ("hb07", "周口港中心港区三期工程", "infrastructure_project", "周口港中心港区三期工程"),
    ("hb07", "周口经开区标准化厂房五期", "industrial_park", "周口经开区标准化厂房五期"),
    ("hb07", "涡河太康段综合治理工程", "greening_project", "涡河太康段综合治理工程的推进情况"),
    ("hb08", "新滩镇智能装备产业园一期", "industrial_park", "在新滩镇智能装备产业园一期项目现场举行"),
    ("hb08", "洪湖市水产品精深加工产业园二期", "industrial_park", "洪湖市水产品精深加工产业园二期"),
    ("hb08", "洪湖市第二污水处理厂及配套管网工程", "infrastructure_project", "洪湖市第二污水处理厂及配套管网工程"),
    ("hb08", "洪湖至监利一级公路改建工程", "infrastructure_project", "洪湖至监利一级公路改建工程"),
    ("hb08", "长江干堤洪湖段整险加固工程", "engineering_work", "长江干堤洪湖段整险加固工程"),
    ("hb08", "峰口镇集镇安置小区", "housing_project", "峰口镇集镇安置小区"),
    ("hb09", "石首港调关港区二期工程", "infrastructure_project", "石首港调关港区二期工程"),
    ("hb09", "长江干堤石首段整险加固工程", "engineering_work", "长江干堤石首段整险加固工程"),
    ("hb09", "石首经济开发区标准化厂房四期", "industrial_park", "石首经济开发区标准化厂房四期"),
    ("hb09", "笔架山街道棚户区改造安置小区", "housing_project", "笔架山街道棚户区改造安置小区"),
    ("hb09", "石首市第三污水处理厂", "infrastructure_project", "石首市第三污水处理厂"),
    ("hb10", "荆州经开区新能源电池产业园一期", "industrial_park", "荆州经开区新能源电池产业园一期"),
    ("hb10", "经开区智能制造标准化厂房三期", "industrial_park", "经开区智能制造标准化厂房三期"),
    ("hb10", "城南污水处理厂扩建工程", "infrastructure_project", "城南污水处理厂扩建工程"),
    ("hb10", "江陵经济开发区标准化厂房二期", "industrial_park", "江陵经济开发区标准化厂房二期"),
    ("hb10", "郝穴港区综合码头工程", "infrastructure_project", "郝穴港区综合码头工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hb01", "周口市", "prefecture_city", "standalone", "周口市2022年第二季度重大项目集中开工活动举行"),
    ("hb01", "项城市", "county_level_city", "in_project_name", "主会场设在项城市生物医药产业园三期项目现场"),
    ("hb01", "经开区", "development_zone", "standalone", "市经开区、临港开发区分别设立分会场"),
    ("hb01", "临港开发区", "development_zone", "standalone", "市经开区、临港开发区分别设立分会场"),
    ("hb01", "太康县", "county", "in_project_name", "太康县经济开发区标准化厂房三期"),
    ("hb01", "太康县经济开发区", "development_zone", "in_project_name", "太康县经济开发区标准化厂房三期"),
    ("hb01", "扶沟县", "county", "in_project_name", "扶沟县贾鲁河生态治理工程"),
    ("hb01", "贾鲁河", "river", "in_project_name", "扶沟县贾鲁河生态治理工程"),
    ("hb01", "商水县", "county", "in_project_name", "商水县城乡供水一体化工程"),
    ("hb01", "周口港", "port", "in_project_name", "周口港中心港区三期工程"),
    ("hb01", "川汇区", "district", "in_project_name", "川汇区沙颍河南岸安置小区"),
    ("hb01", "沙颍河", "river", "in_project_name", "川汇区沙颍河南岸安置小区"),
    ("hb01", "太康", "county", "standalone", "在太康分会场汇报了"),
    ("hb02", "常营镇", "town", "in_org_reference", "常营镇党委书记褚红旗汇报了"),
    ("hb02", "涡河", "river", "in_project_name", "涡河太康段综合治理工程的征迁进展"),
    ("hb02", "马头镇", "town", "in_project_name", "马头镇安置小区二期的建设情况"),
    ("hb02", "太康县", "county", "in_project_name", "太康县第二污水处理厂建设项目"),
    ("hb02", "S213", "road", "in_project_name", "S213太康段改建工程"),
    ("hb02", "太康经济开发区", "development_zone", "in_org_reference", "太康经济开发区管委会负责同志"),
    ("hb03", "崔桥镇", "town", "standalone", "先后来到崔桥镇的扶沟县蔬菜精深加工产业园二期"),
    ("hb03", "扶沟县", "county", "in_project_name", "崔桥镇的扶沟县蔬菜精深加工产业园二期"),
    ("hb03", "江村镇", "town", "in_project_name", "江村镇标准化厂房二期"),
    ("hb03", "练寺镇", "town", "standalone", "在练寺镇，孟庆海介绍了"),
    ("hb03", "贾鲁河", "river", "in_project_name", "练寺镇的贾鲁河生态治理工程（扶沟段）"),
    ("hb03", "桐丘街道", "sub_district_office", "in_project_name", "桐丘街道城南安置小区"),
    ("hb04", "项城市", "county_level_city", "standalone", "项城市2023年第一批重大项目集中签约仪式在市会议中心举行"),
    ("hb04", "周口市", "prefecture_city", "in_org_reference", "周口市商务局局长晏宏伟"),
    ("hb04", "项城", "county_level_city", "standalone", "项城将坚持"),
    ("hb04", "秣陵镇", "town", "in_project_name", "秣陵镇农产品冷链物流园"),
    ("hb04", "汾泉河", "river", "in_project_name", "汾泉河项城段综合整治工程"),
    ("hb04", "光武街道", "sub_district_office", "in_project_name", "光武街道城中村改造安置小区"),
    ("hb05", "黄寨镇", "town", "in_org_reference", "黄寨镇党委书记鲁国庆汇报了"),
    ("hb05", "商水经济开发区", "development_zone", "in_org_reference", "商水经济开发区管委会负责同志"),
    ("hb05", "沙颍河", "river", "in_project_name", "沙颍河商水段堤防加固工程"),
    ("hb05", "商水县", "county", "in_project_name", "商水县城乡供水一体化工程二期"),
    ("hb05", "周商快速通道", "road", "in_project_name", "周商快速通道改建工程"),
    ("hb05", "练集镇", "town", "standalone", "黄寨镇、练集镇、魏集镇等乡镇通水"),
    ("hb05", "魏集镇", "town", "standalone", "黄寨镇、练集镇、魏集镇等乡镇通水"),
    ("hb06", "扶沟县", "county", "standalone", "副市长祁宏远到扶沟县、西华县调研"),
    ("hb06", "西华县", "county", "standalone", "副市长祁宏远到扶沟县、西华县调研"),
    ("hb06", "固城乡", "township", "in_project_name", "固城乡高标准农田示范区"),
    ("hb06", "贾鲁河", "river", "in_project_name", "贾鲁河生态治理工程（扶沟段）"),
    ("hb06", "西华县经济开发区", "development_zone", "in_project_name", "西华县经济开发区食品产业园二期"),
    ("hb06", "沙颍河", "river", "in_project_name", "沙颍河西华段堤防除险加固工程"),
    ("hb06", "逍遥镇", "town", "standalone", "并到逍遥镇了解胡辣汤产业发展情况"),
    ("hb07", "周口经开区", "development_zone", "standalone", "深入10个县（市、区）和周口经开区、周口临港开发区"),
    ("hb07", "周口临港开发区", "development_zone", "standalone", "深入10个县（市、区）和周口经开区、周口临港开发区"),
    ("hb07", "经开区", "development_zone", "in_org_reference", "经开区党工委书记秦文渊汇报了"),
    ("hb07", "太康县", "county", "standalone", "在太康县，县委书记岑海洋"),
    ("hb07", "项城市", "county_level_city", "standalone", "在项城市，市委书记温立涛"),
    ("hb07", "商水县", "county", "standalone", "在商水县，县委书记米振华"),
    ("hb07", "周口港", "port", "in_project_name", "周口港中心港区三期工程"),
    ("hb07", "涡河", "river", "in_project_name", "涡河太康段综合治理工程的推进情况"),
    ("hb08", "新滩镇", "town", "standalone", "在新滩镇智能装备产业园一期项目现场举行"),
    ("hb08", "洪湖市", "county_level_city", "in_project_name", "洪湖市水产品精深加工产业园二期"),
    ("hb08", "洪湖", "county_level_city", "standalone", "今年以来，洪湖坚持"),
    ("hb08", "监利", "county_level_city", "in_project_name", "洪湖至监利一级公路改建工程"),
    ("hb08", "长江", "river", "in_project_name", "长江干堤洪湖段整险加固工程"),
    ("hb08", "峰口镇", "town", "in_project_name", "峰口镇集镇安置小区"),
    ("hb08", "长江经济带", "region", "standalone", "将为洪湖打造长江经济带绿色发展示范区"),
    ("hb09", "石首", "county_level_city", "standalone", "石首召开重点项目建设调度会"),
    ("hb09", "石首市", "county_level_city", "standalone", "石首市重点项目建设调度会召开"),
    ("hb09", "石首港", "port", "in_project_name", "石首港调关港区二期工程"),
    ("hb09", "调关港区", "port", "in_project_name", "石首港调关港区二期工程"),
    ("hb09", "长江", "river", "in_project_name", "长江干堤石首段整险加固工程"),
    ("hb09", "石首经济开发区", "development_zone", "in_project_name", "石首经济开发区标准化厂房四期"),
    ("hb09", "笔架山街道", "sub_district_office", "in_project_name", "笔架山街道棚户区改造安置小区"),
    ("hb09", "调关镇", "town", "in_org_reference", "调关镇党委书记尤海潮汇报了"),
    ("hb09", "东升镇", "town", "standalone", "东升镇、新厂镇和市住建局"),
    ("hb09", "新厂镇", "town", "standalone", "东升镇、新厂镇和市住建局"),
    ("hb10", "荆州经开区", "development_zone", "standalone", "带领县党政考察团到荆州经开区"),
    ("hb10", "荆州市", "prefecture_city", "in_org_reference", "荆州市委常委、荆州经开区党工委书记伏永刚"),
    ("hb10", "经开区", "development_zone", "standalone", "伏永刚表示，经开区愿与江陵县"),
    ("hb10", "江陵县", "county", "standalone", "伏永刚表示，经开区愿与江陵县"),
    ("hb10", "荆州", "prefecture_city", "standalone", "共同做大荆州长江沿线产业带"),
    ("hb10", "长江", "river", "standalone", "共同做大荆州长江沿线产业带"),
    ("hb10", "江陵经济开发区", "development_zone", "standalone", "江陵县煤电港化产业和江陵经济开发区的发展情况"),
    ("hb10", "郝穴港区", "port", "in_project_name", "郝穴港区综合码头工程"),
    ("hb10", "郝穴镇", "town", "standalone", "县直有关单位和郝穴镇、熊河镇主要负责同志"),
    ("hb10", "熊河镇", "town", "standalone", "县直有关单位和郝穴镇、熊河镇主要负责同志"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hb", conventions="set hb (blind set: project-heavy pages — 重大项目 集中开工 / 集中签约 / 观摩讲评 and 项目建设 调度会 / 推进会 — of several counties of 河南 周口市 (项城市, 太康县, 扶沟县, 商水县, 西华县; 周口经开区) and of 湖北 荆州市 (洪湖市, 石首市, 江陵县; 荆州经开区): a county-level city's bare 市委 / 市政府 / 市人大常委会 / 市政协 on its own site or page is that city's; 市领导 no post; 宣布开工 is a speaker; a 观摩 led by two (书记 and 县长 / 市长) has the 书记 as leader; 讲评会 and 座谈会 are meetings of their own; river 治理 works greening_project, dike 加固 works engineering_work; county-level zones are places named as written; one line per post per article)",
          persons_note="Set hb persons. id = corpus-wide person_id (hb:孟庆海#1 of 扶沟县 (河南 周口) and hb:孟庆海#2 of 江陵县 (湖北 荆州) are two people; hb:岑海洋 太康县长 2022 → 太康县委书记 2024; hb:祁宏远 扶沟县委书记 2022 → 周口市副市长 2024; hb:戈振海 扶沟县长 2022 → 扶沟县委书记 2024; hb:米振华 周口市发展改革委主任 2022 → 商水县委书记 2023–2024; hb:温立涛 项城市长 2023 → 项城市委书记 2024; hb:覃俊峰 洪湖市长 2022 → 石首市委书记 2024)")


if __name__ == "__main__":
    main()
