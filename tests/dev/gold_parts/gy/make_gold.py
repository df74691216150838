"""Write gold part ``gy`` (a blind set: city-level pages — 市委常委会会议, 市政府常务会议, a 市长's or 市委书记's visit to a
district with the heads of 市直部门 and the district's leaders on one page — in three cities that each have a district
named 市中区) from the tables below.

Pages ``tests/dev/texts/gy*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 舞钢 site's 市委常委会会议 page (``您当前的位置:首页 - 新闻中心 -
舞钢要闻``, ``发布日期:… 来源:融媒体中心 浏览次数:``, ``市委书记…主持会议。市委副书记、代市长…，市委副书记…，市委常委…出席
会议。市领导…列席会议``); the 香格里拉 site's ``二届市委召开108次常委会会议`` (``州委副书记、市书记…主持会议并讲话``); a 四川
(scpublic) page of a 乐山 市委常委会(扩大)会议 (``市委书记…主持会议并讲话。市委副书记、市长…参加会议``); the 聊城日报 digital
edition of a 市政府常务会议 (``下一篇 放大+ 缩小- 默认``, ``本报讯 (记者 … …) 9月25日上午，市委副书记、市长…主持召开市政府常务
会议``, ``会议听取了关于…的汇报，强调``); the 蓬莱 site's ``市政府召开第37次常务会议`` (``当前位置:首页 > 蓬莱资讯 > 市政府信息``,
``浏览量: 时间:2023-02-26 来源: 市政府办公室 字号:``); 亳州新闻网's 市政府全体会议 (``市委常委、副市长…主持会议并讲话，副市长
…，市政府秘书长…出席会议``, ``(责任编辑:…)`` and a copyright notice); 济宁新闻网's 市政府全体(扩大)会议 (``市委常委、副市长
…、…，副市长…，市政府秘书长…出席会议``); a 163 page relaying the 乐山市市中区 site's 区政府常务会 (``区委副书记、区长…主持召开区政府
十届第4次常务会``, ``市中区``, ``乐山市市中区`` both); the 齐鲁晚报 e-paper on the 济南 市委书记 / 代市长 (``上一篇 下一篇``); the
济南市市中区 site (``字号: 大 中 小``, ``区发改局``) and a 济南 district digest (``市住房城乡建设局一级调研员…一行来我区督导城市
更新…。副区长…参加活动``); the 卫东区 site (``索引号``, ``市人大常委会主任…带队到我区调研生态环境保护工作。区委书记…一同调研``);
the 营口 and 盘锦 生态环境局 pages (``市生态环境局局长…、副局长…``, ``副市长…、市生态环境局局长…陪同考察调研``); the 豫都网 page of
a 副市长 with a 市规划局局长 in 管城区 (``区领导…陪同调研``, ``区委常委、常务副区长…汇报``). Places are real: 山东 济南 (市中区,
槐荫区, 历下区), 四川 乐山 (市中区), 山东 枣庄 (市中区).

Shapes: the 济南 city site's 市政府常务会议 with three 市直部门 heads reporting and the 市中区 区长 列席 (gy01); the 济南市市中区
site's page of the 市长's 调研 with the 市政府秘书长, three 市直部门 heads and the district's 书记 / 区长 / 常务副区长 and a street
secretary (gy02); the 济南日报 第A01版 with two articles: a 市委常委会会议 and a 副市长's 调研 in 槐荫区 with the 市住建局局长
(gy03); the 市中区 site's 区政府常务会议 two years on, chaired by the former 市住房城乡建设局局长 (gy04); a portal page (舜网) of the
市委书记's 调研 in 市中区 with the new 市住建局局长 and the former 常务副区长 now 市生态环境局局长 (gy05); the 乐山 city site's
市政府常务会议 with three 市直部门 heads and the other 市中区's 区长 (gy06); the 乐山市市中区 site's page of the 市委书记's 调研
(gy07); the 乐山日报 第01版 with a 市委常委会会议 and a 市中区 领导干部大会 (the 市发展改革委主任 appointed 区委书记, the former 区委
书记 now 副市长) (gy08); a portal page (乐山新闻网) of the 市长's 调研 in 市中区 (gy09); the 枣庄日报 第A1版 of the 市长's 调研 in
the third 市中区 (gy10).

Identity cases:
- gy:甄培森 moves from a city department to a district: 济南市住房城乡建设局局长 (gy01, Apr 2022; 党组书记、局长 gy02, June 2022)
  → 济南市市中区委副书记、区长 (gy04, Mar 2024; gy05, May 2024).
- gy:阚立春 moves from the district to a city department: 济南市市中区委常委、常务副区长 (gy02, June 2022) → 济南市生态环境局局长
  (gy05, May 2024).
- gy:闵若愚: 济南市市中区委副书记、区长 (gy01, gy02, 2022) → 市中区委书记 (gy05, 2024).
- gy:廖知行 moves from a city department to a district: 乐山市发展改革委主任 (gy06, May 2022; gy07, Apr 2023) → 乐山市市中区委
  委员、常委、书记 (gy08, Feb 2024, the 领导干部大会) and ``市中区委书记`` (gy09, June 2024).
- gy:龙屹川 moves from the district to the city: 乐山市市中区委书记 (gy07, Apr 2023) → 乐山市副市长 (gy08, gy09, 2024; gy08 also
  says he ``不再担任`` the 区委书记 post: no line).
- two different 奚文静 in the two unrelated 市中区: gy:奚文静#1 is 副区长 of 济南市市中区 (gy04, 2024); gy:奚文静#2 is 副区长 of
  乐山市市中区 (gy07, 2023). Same name, same title, same district name, different cities and provinces.
- one organ name on pages of different cities: ``市中区委`` / ``区委副书记、区长`` / ``市中区区长`` are 济南's (gy01, gy02, gy04,
  gy05), 乐山's (gy06, gy07, gy08, gy09) and 枣庄's (gy10); ``市住房城乡建设局局长`` / ``市发展改革委主任`` / ``市生态环境局局长``
  are 济南's, 乐山's and 枣庄's; ``市委常委会召开会议`` is 济南's (gy03) and 乐山's (gy08).
- the same officials across years: gy:秦望岳, gy:伏海平, gy:鲍德麟, gy:满庆和, gy:滕嘉禾 (济南); gy:冉光远, gy:符佑安, gy:殷振河,
  gy:贝清源, gy:欧阳瑾, gy:覃启康, gy:邬晓岚 (乐山); the reporter gy:蒙晓珂 (gy08, gy09) and the editors gy:项秋禾, gy:祁玉衡
  (gy02, gy04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts fo, af, ac, bs, bq where they speak; decided here where they are silent):
- A district name several cities have takes its city (CONVENTIONS ``开封市鼓楼区``; fo): 市中区 is a district of 济南, 枣庄,
  乐山 and 内江, so its label is ``济南市市中区``, ``乐山市市中区``, ``枣庄市市中区``. DECIDED HERE: the label is the city's full name
  + the district's full name even though it reads ``市…市中区`` (the division's official name is 济南市市中区; no ``市`` is
  dropped): ``市中区委书记`` → 济南市市中区委 书记, ``区长`` → 济南市市中区政府 区长.
- Which city: a bare ``市中区`` / ``区委`` on a district site is the site's (济南市市中区人民政府, 乐山市市中区人民政府); on a city
  site or in a city paper or portal it is that city's (济南市人民政府 / 济南日报 / 舜网 → 济南; 乐山市人民政府 / 乐山日报 / 乐山新闻网
  → 乐山; 枣庄日报 → 枣庄). A bare ``区委副书记、区长`` right after ``市中区委书记…`` / ``槐荫区委书记…`` is that district's.
  ``中共乐山市市中区委员会`` (gy08) → 乐山市市中区委.
- 市直部门 as written after the city (CONVENTIONS): ``市发展改革委主任`` → 济南市发展改革委 主任; ``市住房城乡建设局局长`` →
  济南市住房城乡建设局 局长; ``市住建局党组书记、局长`` (gy05) → 济南市住建局党组 书记 + 济南市住建局 局长 (as written, so one body
  has two org spellings across pages; 党组 only with 书记, as bs / z); ``市生态环境局局长`` → 济南市生态环境局 局长.
- City leaders: ``市委副书记、市长`` → X市委 副书记 + X市政府 市长; ``市委常委、常务副市长`` → X市委 常委 + X市政府 常务副市长;
  ``副市长``, ``市政府秘书长`` → X市政府; ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长 (as bs's 地委委员、秘书长);
  ``市委常委、组织部部长`` → X市委 常委 + X市委组织部 部长. A list after one title gives every name that title (``副市长薛慕华、
  庞立言``, ``副区长奚文静、车晓川``). Street and town secretaries: ``在魏家庄街道，街道党工委书记…`` → 济南市市中区魏家庄街道党工委
  书记; ``在苏稽镇，镇党委书记…`` → 乐山市市中区苏稽镇党委 书记 (fo).
- The 领导干部大会 (gy08): ``任中共乐山市市中区委员会委员、常委、书记`` gives three lines (委员, 常委, 书记), as ac; ``不再担任…
  职务`` gives no line (ac, h, n, u).
- Events: the 市委常委会会议 and the 市政府 / 区政府常务会议 are meetings (chair when 主持; 出席 and 列席 named persons are attendees;
  a 市直部门 head whose 汇报 the meeting ``听取了`` is a speaker, as fo; 表态发言 / 作了安排 / 强调 speakers). DECIDED HERE: the
  organizer of ``市委常委会召开会议`` is the city's 市委 (the 常委会 is its standing body), written as the org label
  (``济南市委``). The 领导干部大会 is a meeting (``meeting (领导干部大会)``): the 组织部部长 who 宣布决定 is an attendee and speaker,
  the 区长 who 主持 the chair. 调研 is an ``inspection`` (leader; 陪同 / 参加调研 attendees; 介绍 / 汇报 / 指出 / 强调 / 表示 /
  作了安排 / 提出了要求 speakers). Unnamed groups (``市直有关部门主要负责同志列席会议``) give no attendee.
- Projects: works named as under way, completed this year or to be pushed: …片区城市更新项目 (and its 二期) ``project``; 老旧小区
  改造项目 / 工程 ``housing_project``; 河道综合治理 / 生态修复工程 ``greening_project``; a 商圈提升改造, a 古镇保护提升项目, a 文旅
  街区项目 ``project``; a named 产业园 ``industrial_park``; a 污水治理示范项目 ``infrastructure_project``. Documents (《…三年行动方案》),
  campaigns (蓝天、碧水、净土保卫战, 长江十年禁渔) and ``长江上游生态屏障建设`` are not projects.
- Places: one line per name per file, as written (``市中区`` bare; ``乐山市市中区`` inside the organ's full name in gy08); places
  inside org references, document titles and project names count. ``中心城区``, ``老城``, ``市中段`` are no places. DECIDED HERE:
  ``“三江”`` (岷江、大渡河、青衣江 together) is no place of its own; the three rivers are. Site lines, navigation, mastheads (舜网,
  乐山新闻网), 来源 lines, footers, 相关文章 / 相关新闻 / 相关阅读 lists and 上一篇 / 下一篇 are not annotated.
- Bylines: ``本报讯（记者 …）``, ``（记者 …）`` and ``济南日报·爱济南记者 …`` are reporter lines (a portal's ``作者：`` repeating the
  byline gives no second line); ``通讯员`` a correspondent line; 编辑 / 责任编辑 / 本版编辑 / 本版责编 / 审核 / 校对 / 美编 are editor
  lines (a portal's stamp-line ``编辑：`` and its ``【责任编辑：…】`` for the same name give one line).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

JN, JS, HY = "济南市", "济南市市中区", "槐荫区"
LS, LZ = "乐山市", "乐山市市中区"
ZZ, ZS = "枣庄市", "枣庄市市中区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gy01_jinan.txt": (2022, "发布时间：2022-04-13 18:06", JN, [
        ("秦望岳主持召开市政府第154次常务会议", "4月12日", "2022-04-12", "4月12日，市委副书记",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长, 秘书长 出席; 市中区 区长 列席); 市发展改革委 / 市住房城乡建设局 / 市生态环境局 heads report")]),
    "gy02_jinan_shizhong.txt": (2022, "发布日期：2022-06-17", JS, [
        ("秦望岳到我区调研城市更新和生态环境保护工作", "6月16日", "2022-06-16", "6月16日，市委副书记",
         "district site: the 市长's 调研 with the 市政府秘书长, three 市直部门 heads, the 区委书记 / 区长 / 常务副区长 and a street secretary")]),
    "gy03_jinan.txt": (2023, "2023年3月8日　星期三", JN, [
        ("市委常委会召开会议", "3月7日", "2023-03-07", "本报讯（记者 燕秋实）3月7日",
         "city paper 第A01版: 市委常委会会议 (市委书记 主持; 市长, 副书记, 常务副市长, 秘书长 出席)"),
        ("薛慕华到槐荫区调研老旧小区改造工作", "3月7日", "2023-03-07", "本报讯（记者 雍文澜）3月7日",
         "same edition: a 副市长's 调研 in 槐荫区 with the 市住房城乡建设局局长 and the district's 书记 / 区长")]),
    "gy04_jinan_shizhong.txt": (2024, "发布日期：2024-03-22", JS, [
        ("区政府召开第36次常务会议", "3月21日", "2024-03-21", "3月21日，区委副书记",
         "district site: 区政府常务会议 chaired by the former 市住房城乡建设局局长, now 区长; 常务副区长, two 副区长 (奚文静#1)")]),
    "gy05_jinan.txt": (2024, "2024-05-10 07:12:35", JN, [
        ("伏海平到市中区调研城市更新和生态环境保护工作", "5月9日", "2024-05-09", "5月9日，市委书记",
         "portal (舜网): the 市委书记's 调研 in 市中区; 市住建局 head; the former 常务副区长 now 市生态环境局局长; 区委书记 (the former 区长) and 区长 (the former 局长)")]),
    "gy06_leshan.txt": (2022, "发布时间：2022-05-20 17:45", LS, [
        ("市政府召开第十一次常务会议", "5月19日", "2022-05-19", "5月19日，市委副书记",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长, 秘书长; 市中区区长 列席); three 市直部门 heads report")]),
    "gy07_leshan_shizhong.txt": (2023, "发布时间：2023-04-14 16:30", LZ, [
        ("冉光远到市中区调研城市更新和“三江”生态保护工作", "4月13日", "2023-04-13", "4月13日，市委书记",
         "district site: the 市委书记's 调研 with the 市委秘书长, three 市直部门 heads, the 区委书记 / 区长 / 副区长 (奚文静#2) and a street secretary")]),
    "gy08_leshan.txt": (2024, "2024年2月28日　星期三", LS, [
        ("市委常委会召开会议", "2月27日", "2024-02-27", "本报讯（记者 蒙晓珂）2月27日",
         "city paper 第01版: 市委常委会会议; the former 市中区委书记 now 副市长 列席"),
        ("市中区召开领导干部大会", "2月27日", "2024-02-27", "本报讯（记者 蒙晓珂 通讯员 车若岚）2月27日",
         "same edition: 领导干部大会; the 市发展改革委主任 appointed 市中区委书记; 不再担任 for his predecessor")]),
    "gy09_leshan.txt": (2024, "2024-06-06 08:35", LS, [
        ("符佑安到市中区调研重点项目建设和城市更新工作", "6月5日", "2024-06-05", "（记者 蒙晓珂）6月5日",
         "portal (乐山新闻网): the 市长's 调研 in 市中区 with the 副市长 (former 区委书记), the new 市发展改革委主任, the 区委书记 (former 主任)")]),
    "gy10_zaozhuang.txt": (2023, "2023年9月15日　星期五", ZZ, [
        ("全立峰到市中区调研城市更新和生态环境保护工作", "9月14日", "2023-09-14", "本报讯（记者 邴文博）9月14日",
         "city paper 第A1版: the 市长's 调研 in the third 市中区 with a 副市长, two 市直部门 heads, the district's 书记 / 区长, a street secretary")]),
}

_G01_QIN = "市委副书记、市长秦望岳主持召开"
_G01_VICE = "副市长薛慕华、庞立言"
_G02_ZHEN = "市住房城乡建设局党组书记、局长甄培森"
_G04_VICE = "副区长奚文静、车晓川"
_G05_TENG = "市住建局党组书记、局长滕嘉禾"
_G08_LIAO = "廖知行同志任中共乐山市市中区委员会委员、常委、书记"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 济南
    "gy:秦望岳": ("秦望岳", "official", JN, [
        ("gy01", f"{JN}委", "副书记", _G01_QIN, "2022-04; named in the headline too"),
        ("gy01", f"{JN}政府", "市长", _G01_QIN, None),
        ("gy02", f"{JN}委", "副书记", "市委副书记、市长秦望岳到我区调研", "2022-06: on the 市中区 site the bare 市委 is 济南's (its parent)"),
        ("gy02", f"{JN}政府", "市长", "市委副书记、市长秦望岳到我区调研", None),
        ("gy03", f"{JN}委", "副书记", "市委副书记、市长秦望岳", "2023-03"),
        ("gy03", f"{JN}政府", "市长", "市委副书记、市长秦望岳", None)], []),
    "gy:鲍德麟": ("鲍德麟", "official", JN, [
        ("gy01", f"{JN}委", "常委", "市委常委、常务副市长鲍德麟", None),
        ("gy01", f"{JN}政府", "常务副市长", "市委常委、常务副市长鲍德麟", None),
        ("gy03", f"{JN}委", "常委", "市委常委、常务副市长鲍德麟", "2023"),
        ("gy03", f"{JN}政府", "常务副市长", "市委常委、常务副市长鲍德麟", None)], []),
    "gy:薛慕华": ("薛慕华", "official", JN, [
        ("gy01", f"{JN}政府", "副市长", _G01_VICE, "list after one title"),
        ("gy03", f"{JN}政府", "副市长", "3月7日，副市长薛慕华到槐荫区调研", "2023; named in the headline too")], []),
    "gy:庞立言": ("庞立言", "official", JN, [
        ("gy01", f"{JN}政府", "副市长", _G01_VICE, None)], []),
    "gy:尹可达": ("尹可达", "official", JN, [
        ("gy01", f"{JN}政府", "秘书长", "市政府秘书长尹可达出席会议", None),
        ("gy02", f"{JN}政府", "秘书长", "市政府秘书长尹可达，市发展改革委主任褚鸿涛", None)], []),
    "gy:褚鸿涛": ("褚鸿涛", "official", JN, [
        ("gy01", f"{JN}发展改革委", "主任", "市发展改革委主任褚鸿涛关于", "市直部门 as written after the city"),
        ("gy02", f"{JN}发展改革委", "主任", "市政府秘书长尹可达，市发展改革委主任褚鸿涛", None)], []),
    "gy:甄培森": ("甄培森", "official", JN, [
        ("gy01", f"{JN}住房城乡建设局", "局长", "市住房城乡建设局局长甄培森关于", "2022-04 (identity case: 市中区 区长 in 2024, gy04 / gy05)"),
        ("gy02", f"{JN}住房城乡建设局党组", "书记", _G02_ZHEN, "2022-06; 党组 only with 书记"),
        ("gy02", f"{JN}住房城乡建设局", "局长", _G02_ZHEN, None),
        ("gy04", f"{JS}委", "副书记", "区委副书记、区长甄培森主持召开", "2024-03: now 济南市市中区 区长 (bare 区委 on the 市中区 site)"),
        ("gy04", f"{JS}政府", "区长", "区委副书记、区长甄培森主持召开", None),
        ("gy05", f"{JS}委", "副书记", "区委副书记、区长甄培森陪同", "2024-05: bare 区委 right after 市中区委书记 (舜网 = 济南)"),
        ("gy05", f"{JS}政府", "区长", "区委副书记、区长甄培森陪同", None)], []),
    "gy:柏乃文": ("柏乃文", "official", JN, [
        ("gy01", f"{JN}生态环境局", "局长", "市生态环境局局长柏乃文关于", None),
        ("gy02", f"{JN}生态环境局", "局长", "市生态环境局局长柏乃文", None)], []),
    "gy:闵若愚": ("闵若愚", "official", JS, [
        ("gy01", f"{JS}委", "副书记", "市中区委副书记、区长闵若愚", "2022-04: ``市中区`` on the 济南 city site = 济南市市中区 (DECIDED HERE: label 济南市市中区)"),
        ("gy01", f"{JS}政府", "区长", "市中区委副书记、区长闵若愚", None),
        ("gy02", f"{JS}委", "副书记", "区委副书记、区长闵若愚", "2022-06"),
        ("gy02", f"{JS}政府", "区长", "区委副书记、区长闵若愚", None),
        ("gy05", f"{JS}委", "书记", "市中区委书记闵若愚", "2024-05: now 区委书记")], []),
    "gy:郗振宇": ("郗振宇", "official", JS, [
        ("gy02", f"{JS}委", "书记", "区委书记郗振宇", "bare 区委 on the 市中区 site")], []),
    "gy:阚立春": ("阚立春", "official", JS, [
        ("gy02", f"{JS}委", "常委", "区委常委、常务副区长阚立春", "2022-06 (identity case: 市生态环境局局长 in 2024, gy05)"),
        ("gy02", f"{JS}政府", "常务副区长", "区委常委、常务副区长阚立春", None),
        ("gy05", f"{JN}生态环境局", "局长", "市生态环境局局长阚立春", "2024-05: moved from the district to a 市直部门")], []),
    "gy:庄立恒": ("庄立恒", "official", JS, [
        ("gy02", f"{JS}魏家庄街道党工委", "书记", "在魏家庄街道，街道党工委书记庄立恒", None)], []),
    "gy:伏海平": ("伏海平", "official", JN, [
        ("gy03", f"{JN}委", "书记", "市委书记伏海平主持会议并讲话", "2023-03"),
        ("gy05", f"{JN}委", "书记", "5月9日，市委书记伏海平到市中区调研", "2024-05; named in the headline too")], []),
    "gy:商卓然": ("商卓然", "official", JN, [
        ("gy03", f"{JN}委", "副书记", "市委副书记商卓然", None)], []),
    "gy:满庆和": ("满庆和", "official", JN, [
        ("gy03", f"{JN}委", "常委", "市委常委、秘书长满庆和等出席会议", None),
        ("gy03", f"{JN}委", "秘书长", "市委常委、秘书长满庆和等出席会议", "秘书长 after 市委常委 = the 市委's"),
        ("gy05", f"{JN}委", "常委", "市委常委、秘书长满庆和", "2024"),
        ("gy05", f"{JN}委", "秘书长", "市委常委、秘书长满庆和", None)], []),
    "gy:滕嘉禾": ("滕嘉禾", "official", JN, [
        ("gy03", f"{JN}住房城乡建设局", "局长", "市住房城乡建设局局长滕嘉禾", "2023: succeeds 甄培森"),
        ("gy05", f"{JN}住建局党组", "书记", _G05_TENG, "2024: ``市住建局`` as written (the same body as 市住房城乡建设局)"),
        ("gy05", f"{JN}住建局", "局长", _G05_TENG, None)], []),
    "gy:段思齐": ("段思齐", "official", HY, [
        ("gy03", f"{HY}委", "书记", "槐荫区委书记段思齐", "槐荫区: one district in China, no city prefix")], []),
    "gy:卓文翰": ("卓文翰", "official", HY, [
        ("gy03", f"{HY}委", "副书记", "区委副书记、区长卓文翰", "bare 区委 right after 槐荫区委书记"),
        ("gy03", f"{HY}政府", "区长", "区委副书记、区长卓文翰", None)], []),
    "gy:宓家树": ("宓家树", "official", JS, [
        ("gy04", f"{JS}委", "常委", "区委常委、常务副区长宓家树", "succeeds 阚立春"),
        ("gy04", f"{JS}政府", "常务副区长", "区委常委、常务副区长宓家树", None)], []),
    "gy:奚文静#1": ("奚文静", "official", JS, [
        ("gy04", f"{JS}政府", "副区长", _G04_VICE, "济南市市中区 (山东), 2024; not the 奚文静 of 乐山市市中区 (gy07)")], []),
    "gy:车晓川": ("车晓川", "official", JS, [
        ("gy04", f"{JS}政府", "副区长", _G04_VICE, None)], []),
    # ---- 乐山
    "gy:符佑安": ("符佑安", "official", LS, [
        ("gy06", f"{LS}委", "副书记", "市委副书记、市长符佑安主持召开", "2022-05"),
        ("gy06", f"{LS}政府", "市长", "市委副书记、市长符佑安主持召开", None),
        ("gy08", f"{LS}委", "副书记", "市委副书记、市长符佑安，市委常委", "2024-02"),
        ("gy08", f"{LS}政府", "市长", "市委副书记、市长符佑安，市委常委", None),
        ("gy09", f"{LS}委", "副书记", "市委副书记、市长符佑安到市中区调研", "2024-06; named in the headline too"),
        ("gy09", f"{LS}政府", "市长", "市委副书记、市长符佑安到市中区调研", None)], []),
    "gy:殷振河": ("殷振河", "official", LS, [
        ("gy06", f"{LS}委", "常委", "市委常委、常务副市长殷振河", None),
        ("gy06", f"{LS}政府", "常务副市长", "市委常委、常务副市长殷振河", None),
        ("gy08", f"{LS}委", "常委", "市委常委、常务副市长殷振河", "2024"),
        ("gy08", f"{LS}政府", "常务副市长", "市委常委、常务副市长殷振河", None)], []),
    "gy:蓝若琳": ("蓝若琳", "official", LS, [
        ("gy06", f"{LS}政府", "副市长", "副市长蓝若琳", None)], []),
    "gy:练红梅": ("练红梅", "official", LS, [
        ("gy06", f"{LS}政府", "秘书长", "市政府秘书长练红梅", None)], []),
    "gy:邬晓岚": ("邬晓岚", "official", LZ, [
        ("gy06", f"{LZ}政府", "区长", "市中区区长邬晓岚", "2022-05: ``市中区`` on the 乐山 city site = 乐山市市中区, not 济南's"),
        ("gy07", f"{LZ}委", "副书记", "区委副书记、区长邬晓岚", "2023-04"),
        ("gy07", f"{LZ}政府", "区长", "区委副书记、区长邬晓岚", None),
        ("gy08", f"{LZ}委", "副书记", "区委副书记、区长邬晓岚主持会议", "2024-02: bare 区委 in the 市中区 article of the 乐山日报"),
        ("gy08", f"{LZ}政府", "区长", "区委副书记、区长邬晓岚主持会议", None),
        ("gy09", f"{LZ}委", "副书记", "区委副书记、区长邬晓岚陪同调研", "2024-06"),
        ("gy09", f"{LZ}政府", "区长", "区委副书记、区长邬晓岚陪同调研", None)], []),
    "gy:廖知行": ("廖知行", "official", LS, [
        ("gy06", f"{LS}发展改革委", "主任", "市发展改革委主任廖知行关于", "2022-05 (identity case: 市中区委书记 in 2024, gy08 / gy09)"),
        ("gy07", f"{LS}发展改革委", "主任", "市发展改革委主任廖知行", "2023-04"),
        ("gy08", f"{LZ}委", "委员", _G08_LIAO, "2024-02: appointment announced at the 领导干部大会 (as ac)"),
        ("gy08", f"{LZ}委", "常委", _G08_LIAO, None),
        ("gy08", f"{LZ}委", "书记", _G08_LIAO, None),
        ("gy09", f"{LZ}委", "书记", "市中区委书记廖知行", "2024-06")], []),
    "gy:欧阳瑾": ("欧阳瑾", "official", LS, [
        ("gy06", f"{LS}住房城乡建设局", "局长", "市住房城乡建设局局长欧阳瑾", None),
        ("gy07", f"{LS}住房城乡建设局", "局长", "市住房城乡建设局局长欧阳瑾", "2023")], []),
    "gy:覃启康": ("覃启康", "official", LS, [
        ("gy06", f"{LS}生态环境局", "局长", "市生态环境局局长覃启康关于", None),
        ("gy07", f"{LS}生态环境局", "局长", "市生态环境局局长覃启康", "2023"),
        ("gy09", f"{LS}生态环境局", "局长", "市生态环境局局长覃启康", "2024")], []),
    "gy:冉光远": ("冉光远", "official", LS, [
        ("gy07", f"{LS}委", "书记", "4月13日，市委书记冉光远到市中区调研", "2023-04; named in the headline too"),
        ("gy08", f"{LS}委", "书记", "市委书记冉光远主持会议并讲话", "2024-02")], []),
    "gy:贝清源": ("贝清源", "official", LS, [
        ("gy07", f"{LS}委", "常委", "市委常委、秘书长贝清源", None),
        ("gy07", f"{LS}委", "秘书长", "市委常委、秘书长贝清源", None),
        ("gy08", f"{LS}委", "常委", "市委常委、秘书长贝清源等出席会议", "2024"),
        ("gy08", f"{LS}委", "秘书长", "市委常委、秘书长贝清源等出席会议", None)], []),
    "gy:龙屹川": ("龙屹川", "official", LZ, [
        ("gy07", f"{LZ}委", "书记", "区委书记龙屹川", "2023-04 (identity case: 乐山市副市长 in 2024, gy08 / gy09)"),
        ("gy08", f"{LS}政府", "副市长", "副市长龙屹川列席会议", "2024-02: now 副市长; the 领导干部大会 article's ``不再担任`` gives no line"),
        ("gy09", f"{LS}政府", "副市长", "副市长龙屹川，市发展改革委主任桑德厚", "2024-06")], []),
    "gy:奚文静#2": ("奚文静", "official", LZ, [
        ("gy07", f"{LZ}政府", "副区长", "副区长奚文静陪同调研", "乐山市市中区 (四川), 2023; not the 奚文静 of 济南市市中区 (gy04)")], []),
    "gy:晏清扬": ("晏清扬", "official", LZ, [
        ("gy07", f"{LZ}张公桥街道党工委", "书记", "在张公桥街道，街道党工委书记晏清扬", None)], []),
    "gy:祖立群": ("祖立群", "official", LS, [
        ("gy08", f"{LS}委", "常委", "市委常委、组织部部长祖立群", None),
        ("gy08", f"{LS}委组织部", "部长", "市委常委、组织部部长祖立群", None)], []),
    "gy:桑德厚": ("桑德厚", "official", LS, [
        ("gy09", f"{LS}发展改革委", "主任", "副市长龙屹川，市发展改革委主任桑德厚", "succeeds 廖知行")], []),
    "gy:詹怀瑜": ("詹怀瑜", "official", LZ, [
        ("gy09", f"{LZ}苏稽镇党委", "书记", "在苏稽镇，镇党委书记詹怀瑜", None)], []),
    # ---- 枣庄
    "gy:全立峰": ("全立峰", "official", ZZ, [
        ("gy10", f"{ZZ}委", "副书记", "市委副书记、市长全立峰到市中区调研", "named in the headline too"),
        ("gy10", f"{ZZ}政府", "市长", "市委副书记、市长全立峰到市中区调研", None)], []),
    "gy:邰守成": ("邰守成", "official", ZZ, [
        ("gy10", f"{ZZ}政府", "副市长", "副市长邰守成", None)], []),
    "gy:戈韵秋": ("戈韵秋", "official", ZZ, [
        ("gy10", f"{ZZ}发展改革委", "主任", "市发展改革委主任戈韵秋", None)], []),
    "gy:荀佳宁": ("荀佳宁", "official", ZZ, [
        ("gy10", f"{ZZ}住房城乡建设局", "局长", "市住房城乡建设局局长荀佳宁", None)], []),
    "gy:葛书贤": ("葛书贤", "official", ZS, [
        ("gy10", f"{ZS}委", "书记", "市中区委书记葛书贤", "``市中区`` in the 枣庄日报 = 枣庄市市中区")], []),
    "gy:冷泽宇": ("冷泽宇", "official", ZS, [
        ("gy10", f"{ZS}委", "副书记", "区委副书记、区长冷泽宇", None),
        ("gy10", f"{ZS}政府", "区长", "区委副书记、区长冷泽宇", None)], []),
    "gy:麻明德": ("麻明德", "official", ZS, [
        ("gy10", f"{ZS}光明路街道党工委", "书记", "在光明路街道，街道党工委书记麻明德", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gy01", "查永年", "责任编辑", "editor", "责任编辑：查永年"),
    ("gy02", "项秋禾", "编辑", "editor", "编辑：项秋禾"),
    ("gy02", "祁玉衡", "审核", "editor", "审核：祁玉衡"),
    ("gy03", "燕秋实", "记者", "reporter", "本报讯（记者 燕秋实）"),
    ("gy03", "雍文澜", "记者", "reporter", "本报讯（记者 雍文澜）"),
    ("gy03", "宗若谷", "本版编辑", "editor", "本版编辑：宗若谷"),
    ("gy03", "殳新民", "美编", "editor", "美编：殳新民"),
    ("gy04", "项秋禾", "编辑", "editor", "编辑：项秋禾"),
    ("gy04", "祁玉衡", "审核", "editor", "审核：祁玉衡"),
    ("gy05", "柯望舒", "记者", "reporter", "济南日报·爱济南记者 柯望舒"),
    ("gy05", "时若兰", "责任编辑", "editor", "【责任编辑：时若兰】"),
    ("gy07", "栾舒雅", "责任编辑", "editor", "责任编辑：栾舒雅"),
    ("gy08", "蒙晓珂", "记者", "reporter", "本报讯（记者 蒙晓珂）"),
    ("gy08", "车若岚", "通讯员", "correspondent", "本报讯（记者 蒙晓珂 通讯员 车若岚）"),
    ("gy08", "韦致远", "本版责编", "editor", "本版责编：韦致远"),
    ("gy08", "姬红英", "校对", "editor", "校对：姬红英"),
    ("gy09", "蒙晓珂", "记者", "reporter", "（记者 蒙晓珂）6月5日"),
    ("gy09", "牛恩泽", "编辑", "editor", "编辑：牛恩泽"),
    ("gy10", "邴文博", "记者", "reporter", "本报讯（记者 邴文博）"),
    ("gy10", "费振邦", "本版编辑", "editor", "本版编辑：费振邦"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("gy08", "蒙晓珂"): "本报讯（记者 蒙晓珂 通讯员 车若岚）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gy01", "市政府第154次常务会议", "meeting (市政府常务会议)", "4月12日", "秦望岳", None, [],
     ["鲍德麟", "薛慕华", "庞立言", "尹可达", "闵若愚"],
     ["褚鸿涛", "甄培森", "闵若愚", "薛慕华", "柏乃文", "秦望岳"], None,
     "市委副书记、市长秦望岳主持召开市政府第154次常务会议",
     ["市长秦望岳主持召开", "市委常委、常务副市长鲍德麟，副市长薛慕华、庞立言，市政府秘书长尹可达出席会议",
      "市中区委副书记、区长闵若愚，市直有关部门主要负责同志列席会议", "会议听取了市发展改革委主任褚鸿涛关于",
      "会议听取了市住房城乡建设局局长甄培森关于", "闵若愚就市中区首批更新片区征收安置工作作了表态发言",
      "薛慕华就城市更新项目资金筹措", "会议听取了市生态环境局局长柏乃文关于", "秦望岳强调"]),
    ("gy02", "城市更新和生态环境保护工作调研", "inspection (调研)", "6月16日", None, "秦望岳", [],
     ["尹可达", "褚鸿涛", "甄培森", "柏乃文", "郗振宇", "闵若愚", "阚立春"],
     ["庄立恒", "甄培森", "柏乃文", "秦望岳", "郗振宇", "阚立春"], JS,
     "市委副书记、市长秦望岳到我区调研城市更新和生态环境保护工作",
     ["市长秦望岳到我区调研", "区委常委、常务副区长阚立春陪同调研", "街道党工委书记庄立恒介绍了", "甄培森介绍了全市首批",
      "柏乃文汇报了", "秦望岳指出", "郗振宇表示", "阚立春就片区征收安置和资金平衡方案作了汇报"]),
    ("gy03", "市委常委会会议", "meeting (市委常委会会议)", "3月7日", "伏海平", None, [f"{JN}委"],
     ["秦望岳", "商卓然", "鲍德麟", "满庆和"], ["伏海平"], None,
     "3月7日，市委常委会召开会议，传达学习全国两会精神",
     ["市委书记伏海平主持会议并讲话", "市委副书记、市长秦望岳，市委副书记商卓然，市委常委、常务副市长鲍德麟，市委常委、秘书长满庆和等出席会议",
      "伏海平强调"]),
    ("gy03", "槐荫区老旧小区改造和城市更新工作调研", "inspection (调研)", "3月7日", None, "薛慕华", [],
     ["滕嘉禾", "段思齐", "卓文翰"], ["卓文翰", "滕嘉禾", "薛慕华", "段思齐"], HY,
     "3月7日，副市长薛慕华到槐荫区调研老旧小区改造和城市更新工作",
     ["副市长薛慕华到槐荫区调研", "区委副书记、区长卓文翰参加调研", "卓文翰汇报了", "滕嘉禾介绍了", "薛慕华指出", "段思齐表示"]),
    ("gy04", "区政府第36次常务会议", "meeting (区政府常务会议)", "3月21日", "甄培森", None, [],
     ["宓家树", "奚文静", "车晓川"], ["宓家树", "奚文静", "甄培森"], None,
     "区委副书记、区长甄培森主持召开区政府第36次常务会议",
     ["区长甄培森主持召开", "区委常委、常务副区长宓家树，副区长奚文静、车晓川出席会议", "宓家树就片区征收补偿",
      "奚文静就河长制落实", "甄培森强调"]),
    ("gy05", "市中区城市更新和生态环境保护工作调研", "inspection (调研)", "5月9日", None, "伏海平", [],
     ["满庆和", "滕嘉禾", "阚立春", "闵若愚", "甄培森"], ["甄培森", "阚立春", "滕嘉禾", "伏海平", "闵若愚"], JS,
     "5月9日，市委书记伏海平到市中区调研城市更新和生态环境保护工作",
     ["市委书记伏海平到市中区调研", "市生态环境局局长阚立春参加调研", "区委副书记、区长甄培森陪同", "甄培森汇报了",
      "阚立春介绍了", "滕嘉禾介绍了", "伏海平指出", "闵若愚表示"]),
    ("gy06", "市政府第十一次常务会议", "meeting (市政府常务会议)", "5月19日", "符佑安", None, [],
     ["殷振河", "蓝若琳", "练红梅", "邬晓岚"], ["廖知行", "欧阳瑾", "邬晓岚", "殷振河", "覃启康", "符佑安"], None,
     "市委副书记、市长符佑安主持召开市政府第十一次常务会议",
     ["市长符佑安主持召开", "市委常委、常务副市长殷振河，副市长蓝若琳，市政府秘书长练红梅出席会议", "市中区区长邬晓岚，市级有关部门主要负责同志列席会议",
      "会议听取了市发展改革委主任廖知行关于", "会议听取了市住房城乡建设局局长欧阳瑾关于", "邬晓岚就市中区张公桥片区",
      "殷振河就项目资金平衡", "会议听取了市生态环境局局长覃启康关于", "符佑安强调"]),
    ("gy07", "市中区城市更新和“三江”生态保护工作调研", "inspection (调研)", "4月13日", None, "冉光远", [],
     ["贝清源", "廖知行", "欧阳瑾", "覃启康", "龙屹川", "邬晓岚", "奚文静"], ["晏清扬", "奚文静", "覃启康", "冉光远", "龙屹川"], LZ,
     "4月13日，市委书记冉光远到市中区调研城市更新和“三江”生态保护工作",
     ["市委书记冉光远到市中区调研", "副区长奚文静陪同调研", "街道党工委书记晏清扬介绍了", "奚文静汇报了", "覃启康介绍了",
      "冉光远指出", "龙屹川表示"]),
    ("gy08", "市委常委会会议", "meeting (市委常委会会议)", "2月27日", "冉光远", None, [f"{LS}委"],
     ["符佑安", "殷振河", "贝清源", "龙屹川"], ["冉光远"], None,
     "2月27日，市委常委会召开会议，传达学习省委十二届四次全会精神",
     ["市委书记冉光远主持会议并讲话", "市委副书记、市长符佑安，市委常委、常务副市长殷振河，市委常委、秘书长贝清源等出席会议",
      "副市长龙屹川列席会议", "冉光远强调"]),
    ("gy08", "市中区领导干部大会", "meeting (领导干部大会)", "2月27日", "邬晓岚", None, [LZ],
     ["祖立群"], ["祖立群", "廖知行"], None,
     "2月27日，市中区召开领导干部大会，宣布市委关于市中区委主要负责同志调整的决定",
     ["市委常委、组织部部长祖立群出席会议并宣布决定", "区委副书记、区长邬晓岚主持会议", "祖立群对龙屹川", "廖知行作表态发言"]),
    ("gy09", "市中区重点项目建设和城市更新工作调研", "inspection (调研)", "6月5日", None, "符佑安", [],
     ["龙屹川", "桑德厚", "覃启康", "廖知行", "邬晓岚"], ["詹怀瑜", "廖知行", "桑德厚", "符佑安", "龙屹川", "覃启康", "邬晓岚"], LZ,
     "6月5日，市委副书记、市长符佑安到市中区调研重点项目建设和城市更新工作",
     ["市长符佑安到市中区调研", "区委副书记、区长邬晓岚陪同调研", "镇党委书记詹怀瑜汇报了", "廖知行汇报了", "桑德厚介绍了",
      "符佑安指出", "龙屹川就文旅街区招商运营", "覃启康就项目环评", "邬晓岚表示"]),
    ("gy10", "市中区城市更新和生态环境保护工作调研", "inspection (调研)", "9月14日", None, "全立峰", [],
     ["邰守成", "戈韵秋", "荀佳宁", "葛书贤", "冷泽宇"], ["麻明德", "冷泽宇", "荀佳宁", "全立峰", "邰守成", "葛书贤"], ZS,
     "9月14日，市委副书记、市长全立峰到市中区调研城市更新和生态环境保护工作",
     ["市长全立峰到市中区调研", "区委副书记、区长冷泽宇参加调研", "街道党工委书记麻明德介绍了", "冷泽宇汇报了", "荀佳宁介绍了",
      "全立峰指出", "邰守成就项目要素保障作了具体安排", "葛书贤表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gy01", "魏家庄片区城市更新项目", "project", "率先推进魏家庄片区城市更新项目"),
    ("gy01", "杆石桥片区老旧小区改造工程", "housing_project", "杆石桥片区老旧小区改造工程"),
    ("gy02", "魏家庄片区城市更新项目", "project", "先后来到魏家庄片区城市更新项目"),
    ("gy02", "兴济河市中段综合治理工程", "greening_project", "兴济河市中段综合治理工程和大观园商圈提升改造现场"),
    ("gy02", "大观园商圈提升改造", "project", "兴济河市中段综合治理工程和大观园商圈提升改造现场"),
    ("gy03", "魏家庄片区城市更新项目", "project", "魏家庄片区城市更新项目完成征收"),
    ("gy03", "魏家庄片区城市更新项目二期", "project", "推进魏家庄片区城市更新项目二期"),
    ("gy03", "振兴街片区老旧小区改造项目", "housing_project", "二期和振兴街片区老旧小区改造项目"),
    ("gy03", "振兴街片区老旧小区改造项目", "housing_project", "先后来到振兴街片区老旧小区改造项目"),
    ("gy04", "魏家庄片区城市更新项目二期", "project", "续建魏家庄片区城市更新项目二期"),
    ("gy04", "四里村片区老旧小区改造项目", "housing_project", "新开工四里村片区老旧小区改造项目"),
    ("gy05", "魏家庄片区城市更新项目二期", "project", "先后来到魏家庄片区城市更新项目二期"),
    ("gy05", "四里村片区老旧小区改造项目", "housing_project", "四里村片区老旧小区改造项目和兴济河市中段综合治理工程"),
    ("gy05", "兴济河市中段综合治理工程", "greening_project", "四里村片区老旧小区改造项目和兴济河市中段综合治理工程"),
    ("gy06", "张公桥片区城市更新项目", "project", "原则同意张公桥片区城市更新项目实施方案"),
    ("gy07", "张公桥片区城市更新项目", "project", "先后来到张公桥片区城市更新项目"),
    ("gy07", "岷江市中段生态修复工程", "greening_project", "岷江市中段生态修复工程和苏稽古镇保护提升项目现场"),
    ("gy07", "苏稽古镇保护提升项目", "project", "岷江市中段生态修复工程和苏稽古镇保护提升项目现场"),
    ("gy08", "张公桥片区城市更新项目", "project", "去年张公桥片区城市更新项目完成征收"),
    ("gy08", "苏稽古镇保护提升项目", "project", "苏稽古镇保护提升项目建成开放"),
    ("gy08", "三江汇文旅街区项目", "project", "推动三江汇文旅街区项目开工"),
    ("gy08", "通江片区老旧小区改造项目", "housing_project", "加快通江片区老旧小区改造项目"),
    ("gy09", "三江汇文旅街区项目", "project", "先后来到三江汇文旅街区项目"),
    ("gy09", "通江片区老旧小区改造项目", "housing_project", "通江片区老旧小区改造项目和苏稽镇跷脚牛肉产业园"),
    ("gy09", "苏稽镇跷脚牛肉产业园", "industrial_park", "通江片区老旧小区改造项目和苏稽镇跷脚牛肉产业园"),
    ("gy10", "光明路片区城市更新项目", "project", "先后来到光明路片区城市更新项目"),
    ("gy10", "蟠龙河综合治理工程", "greening_project", "蟠龙河综合治理工程和税郭镇农村生活污水治理示范项目"),
    ("gy10", "税郭镇农村生活污水治理示范项目", "infrastructure_project", "蟠龙河综合治理工程和税郭镇农村生活污水治理示范项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gy01", "市中区", "district", "standalone", "市中区要发挥老城核心区作用"),
    ("gy01", "济南市", "city", "in_document_title", "《济南市老旧街区更新改造三年行动方案（2022—2024年）》"),
    ("gy01", "魏家庄片区", "area", "in_project_name", "率先推进魏家庄片区城市更新项目"),
    ("gy01", "杆石桥片区", "area", "in_project_name", "杆石桥片区老旧小区改造工程"),
    ("gy01", "兴济河", "river", "standalone", "要推进兴济河、玉绣河沿线截污纳管"),
    ("gy01", "玉绣河", "river", "standalone", "要推进兴济河、玉绣河沿线截污纳管"),
    ("gy02", "市中区", "district", "standalone", "市中区是济南的老城区"),
    ("gy02", "济南", "city", "standalone", "市中区是济南的老城区"),
    ("gy02", "魏家庄片区", "area", "in_project_name", "先后来到魏家庄片区城市更新项目"),
    ("gy02", "魏家庄街道", "sub_district_office", "standalone", "在魏家庄街道，街道党工委书记庄立恒"),
    ("gy02", "兴济河", "river", "standalone", "在兴济河畔"),
    ("gy02", "大观园", "area", "in_project_name", "大观园商圈提升改造现场"),
    ("gy03", "市中区", "district", "standalone", "今年要在市中区、槐荫区、历下区老城片区集中发力"),
    ("gy03", "槐荫区", "district", "standalone", "今年要在市中区、槐荫区、历下区老城片区集中发力"),
    ("gy03", "历下区", "district", "standalone", "今年要在市中区、槐荫区、历下区老城片区集中发力"),
    ("gy03", "魏家庄片区", "area", "in_project_name", "推进魏家庄片区城市更新项目二期"),
    ("gy03", "振兴街片区", "area", "in_project_name", "二期和振兴街片区老旧小区改造项目"),
    ("gy03", "黄河", "river", "standalone", "抓好黄河流域生态保护"),
    ("gy03", "小清河", "river", "standalone", "小清河沿线水环境治理"),
    ("gy03", "段店北路街道", "sub_district_office", "standalone", "段店北路街道“完整社区”试点"),
    ("gy04", "市中区", "district", "standalone", "城市更新是市中区发展的最大机遇"),
    ("gy04", "魏家庄片区", "area", "in_project_name", "续建魏家庄片区城市更新项目二期"),
    ("gy04", "四里村片区", "area", "in_project_name", "新开工四里村片区老旧小区改造项目"),
    ("gy04", "兴济河", "river", "standalone", "听取了关于兴济河、玉绣河市中段水环境质量"),
    ("gy04", "玉绣河", "river", "standalone", "听取了关于兴济河、玉绣河市中段水环境质量"),
    ("gy05", "市中区", "district", "standalone", "5月9日，市委书记伏海平到市中区调研"),
    ("gy05", "魏家庄片区", "area", "in_project_name", "先后来到魏家庄片区城市更新项目二期"),
    ("gy05", "四里村片区", "area", "in_project_name", "四里村片区老旧小区改造项目和兴济河市中段综合治理工程"),
    ("gy05", "兴济河", "river", "standalone", "兴济河治理要巩固提升"),
    ("gy06", "市中区", "district", "in_org_reference", "市中区区长邬晓岚"),
    ("gy06", "张公桥片区", "area", "standalone", "邬晓岚就市中区张公桥片区征收安置"),
    ("gy06", "岷江", "river", "standalone", "岷江、大渡河、青衣江乐山段水质达标情况"),
    ("gy06", "大渡河", "river", "standalone", "岷江、大渡河、青衣江乐山段水质达标情况"),
    ("gy06", "青衣江", "river", "standalone", "岷江、大渡河、青衣江乐山段水质达标情况"),
    ("gy06", "乐山", "city", "standalone", "“三江”是乐山的生命线"),
    ("gy07", "市中区", "district", "standalone", "4月13日，市委书记冉光远到市中区调研"),
    ("gy07", "乐山", "city", "standalone", "市中区是乐山的主城区"),
    ("gy07", "张公桥片区", "area", "in_project_name", "先后来到张公桥片区城市更新项目"),
    ("gy07", "张公桥街道", "sub_district_office", "standalone", "在张公桥街道，街道党工委书记晏清扬"),
    ("gy07", "岷江", "river", "standalone", "岷江乐山段水质监测"),
    ("gy07", "苏稽古镇", "ancient_town", "in_project_name", "苏稽古镇保护提升项目现场"),
    ("gy07", "长江", "river", "standalone", "严格落实长江十年禁渔"),
    ("gy08", "张公桥片区", "area", "in_project_name", "去年张公桥片区城市更新项目完成征收"),
    ("gy08", "苏稽古镇", "ancient_town", "in_project_name", "苏稽古镇保护提升项目建成开放"),
    ("gy08", "通江片区", "area", "in_project_name", "加快通江片区老旧小区改造项目"),
    ("gy08", "岷江", "river", "standalone", "要抓好岷江、大渡河、青衣江“三江”岸线保护"),
    ("gy08", "大渡河", "river", "standalone", "要抓好岷江、大渡河、青衣江“三江”岸线保护"),
    ("gy08", "青衣江", "river", "standalone", "要抓好岷江、大渡河、青衣江“三江”岸线保护"),
    ("gy08", "长江", "river", "standalone", "高标准推进长江上游生态屏障建设"),
    ("gy08", "市中区", "district", "standalone", "市中区要当好中心城区建设的主力军"),
    ("gy08", "乐山市市中区", "district", "in_org_reference", _G08_LIAO),
    ("gy09", "市中区", "district", "standalone", "6月5日，市委副书记、市长符佑安到市中区调研"),
    ("gy09", "通江片区", "area", "in_project_name", "加快通江片区老旧小区改造项目进度"),
    ("gy09", "苏稽镇", "town", "standalone", "在苏稽镇，镇党委书记詹怀瑜"),
    ("gy10", "市中区", "district", "standalone", "市中区作为中心城区"),
    ("gy10", "光明路片区", "area", "in_project_name", "先后来到光明路片区城市更新项目"),
    ("gy10", "光明路街道", "sub_district_office", "standalone", "在光明路街道，街道党工委书记麻明德"),
    ("gy10", "蟠龙河", "river", "standalone", "抓好蟠龙河沿线截污和生态补水"),
    ("gy10", "税郭镇", "town", "in_project_name", "税郭镇农村生活污水治理示范项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gy", conventions="set gy (blind set: city-level pages (市委常委会会议, 市政府常务会议, a 市长's / 市委书记's / 副市长's 调研 in a district with 市直部门 heads and district leaders, a district 领导干部大会) in 山东 济南 (市中区, 槐荫区), 四川 乐山 (市中区) and 山东 枣庄 (市中区): 市中区 is labelled with its city (济南市市中区, 乐山市市中区, 枣庄市市中区), the city taken from the site, paper or portal; 市直部门 as written after the city (济南市发展改革委, 济南市住房城乡建设局, 济南市住建局, 济南市生态环境局); 党组 only with 书记; 任…委员、常委、书记 gives three lines, 不再担任 none; one line per post per article)",
          persons_note="Set gy persons. id = corpus-wide person_id (gy:奚文静#1 副区长 of 济南市市中区 (山东) and gy:奚文静#2 副区长 of 乐山市市中区 (四川) are two people; gy:甄培森 济南市住房城乡建设局局长 2022 → 济南市市中区 区长 2024; gy:阚立春 市中区 常务副区长 2022 → 济南市生态环境局局长 2024; gy:闵若愚 市中区 区长 2022 → 区委书记 2024; gy:廖知行 乐山市发展改革委主任 2022-23 → 乐山市市中区委书记 2024; gy:龙屹川 乐山市市中区委书记 2023 → 乐山市副市长 2024)")


if __name__ == "__main__":
    main()
