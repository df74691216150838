"""Write gold part ``at`` (a blind set: flood control and emergencies on county and city pages) from the tables below.

Pages ``tests/dev/texts/at*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 台前 county site ``县长…组织召开金堤河防汛现场会并开展巡河活动`` with the
county leaders listed after it; a 廊坊日报 page of a 市委副书记 and a 副市长 视察 of the 大清河 system; a 平顶山日报 page
``副市长、市防汛抗旱指挥部副指挥长…主持召开市防汛抗旱指挥部汛情会商会``; a 淮南 page of a 市防汛抗旱指挥部 会商调度会 with
the 常务副市长 到会讲话 and 水利、气象 reports; a 沅江 应急管理局 page of a 防汛会商会 with 发布时间 / 信息来源 / 作者 chrome;
a 洪湖 page ``市委副书记、市长、市防汛抗旱指挥部指挥长…检查洪湖围堤沿线防汛工作``; a 湖北 市长江防汛指挥部指挥长's
会商会 in its 办公室; a 花凉亭水库 page of a 副市长 检查 of the dam; a 汝州 paper ``代市长…带队调研指导洗耳河、马庙水库防汛
工作`` with ``市领导…陪同调研``; a 麻城 page of two leaders 督导 two reservoirs; a 随州日报 副市长 督导 of reservoirs under
the 市防汛抗旱指挥部 包保 system; a 建安区 防汛抗旱指挥部办公室 notice listing ``区防汛抗旱指挥部指挥长`` / ``副指挥长`` and
member units; a 石柱 水利局 notice ``启动水旱灾害防御Ⅳ级应急响应``; a county 水利局 page of an 应急防汛动员会 after the
县防汛抗旱指挥部 raised its 应急响应; 县 and 省 防汛抗旱应急预案 (the 指挥长 is the 行政首长, the 办事机构 in the 水行政 or
应急 department)). Places are real and new to the corpus: 山东 临沂 (沂水县 twice: the county site and its 融媒体中心;
the 临沂日报 第01版 with 临沂经开区 and 河东区), 河南 鹤壁 (the 市政府 site: 盘石头水库, 淇河, 卫河, 淇滨区, 鹤壁经开区; the
淇县 site: 夺丰水库, 折胫河), 河南 驻马店 (the 汝南县 site: 宿鸭湖水库, 汝河, 小洪河; the 驻马店日报 第A01版: 板桥水库, 薄山
水库, 宋家场水库, 洪汝河), 浙江 丽水 云和县 (紧水滩水库, 龙泉溪, 浮云溪, 崇头镇), 广西 梧州 藤县 (西江, 北流河, 藤州镇).

Shapes: a 县长 as 指挥长 inspecting two reservoirs and a river's 城区段 with the 副指挥长, the 水利局局长 who is also the
指挥部办公室主任 and a 街道 党工委书记 (at01); a county 融媒体 page of a 防汛会商会 chaired by the 县委书记 with the new
县长 as 指挥长 and a 常务副县长 as 常务副指挥长, the 应急管理局局长 as 办公室主任, and the start of a Ⅳ级应急响应 (at02); a
city paper's 第01版 with a 会商调度会 chaired by the 市长-指挥长 and, as a second article, the 副市长's inspection of the
经开区 (at03); a 市长's inspection of a reservoir, a river and the bare 经开区 with a 副市长, a 副秘书长, a 局长, a 区长 and
the 经开区管委会主任 (at04); a county's 会商研判会议 chaired by the 县长-指挥长 (at05); a 县长's inspection of a reservoir
and dikes (at06); a city paper's 会商调度会议 chaired by a 副市长 as 常务副指挥长 (at07); a 浙江 county's 县防汛防台抗旱指挥部
指挥长 in the 梅汛 (at08); a 广西 副县长 as 副指挥长 inspecting the 西江 dikes (at09).

Identity cases:
- at:厉鸿涛 moves across three pages and three years: 沂水县委副书记、县长 and 沂水县防汛抗旱指挥部指挥长 in June 2021 (at01);
  沂水县委书记 in July 2023 (at02: the new 县长 at:蒙立新 is now 指挥长); 临沂市副市长 and 临沂市防汛抗旱指挥部副指挥长 in
  July 2024 (at03, article 1; in article 2 he is named without a title: no line there).
- at:翟玉成 moves from county to city: 沂水县水利局局长 and 沂水县防汛抗旱指挥部办公室主任 (at01, 2021), 沂水县水利局局长
  only (at02, 2023: the 办公室主任 is now the 应急管理局局长), 临沂市水利局副局长 (at03, 2024).
- at:宫晓丽 rises inside 沂水县: 副县长 and 副指挥长 (at01, 2021) → 县委常委、常务副县长 and 常务副指挥长 (at02, 2023).
- at:左文涛 moves from a county to the city: 汝南县副县长 and 汝南县防汛抗旱指挥部副指挥长 (at06, 2021) → 驻马店市水利局
  党组书记、局长 (at07, 2023).
- two different 秦向东: at:秦向东#1 is 鹤壁市水利局局长 (河南, at04, 2022); at:秦向东#2 is 藤县副县长 and 藤县防汛抗旱
  指挥部副指挥长 (广西, at09, 2024).
- one organ name in two cities: the 经开区 of 临沂 (at03, written 临沂经开区 and bare 经开区管委会) and of 鹤壁 (at04, only
  bare: 经开区, 经开区管委会主任) → orgs 临沂经开区管委会 and 鹤壁经开区管委会.
- one reservoir in two pages of two years (跋山水库, at01, at02, at03; 宿鸭湖水库, at06, at07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z and u where they speak; decided here where they are silent):
- DECIDED HERE: the 防汛抗旱指挥部 is a standing body of its government (chaired by the 行政首长 under the 防洪法): its
  指挥长, 常务副指挥长 and 副指挥长 are posts of the 指挥部, with the place label in front, the 指挥部's name as written:
  ``县委副书记、县长、县防汛抗旱指挥部指挥长厉鸿涛`` → 沂水县委 副书记 + 沂水县政府 县长 + 沂水县防汛抗旱指挥部 指挥长;
  the 浙江 name keeps its wording (云和县防汛防台抗旱指挥部). Every 指挥长 / 副指挥长 on the pages is annotated so (CONVENTIONS
  already makes the roles of a temporary group posts of that group; a standing 指挥部 is a fortiori one).
- DECIDED HERE: ``…局局长、县防汛抗旱指挥部办公室主任`` → the 局 局长 + X防汛抗旱指挥部办公室 主任 (the 办公室 is the
  指挥部's office, as 市政府办公室主任 → 市政府办公室 in part z).
- DECIDED HERE: the start of an 应急响应 (启动防汛Ⅳ级应急响应) is a decision of the 指挥部, not an event; the 会商会 where it
  is decided is the event. The 指挥部 is no organizer unless the text says it 召开 the meeting (at02's headline says
  县防汛抗旱指挥部召开: organizer 沂水县防汛抗旱指挥部; at03's headline likewise: 临沂市防汛抗旱指挥部).
- 检查 / 督导 of reservoirs, rivers and dikes is an ``inspection`` (leader = who 带队 / 检查); 陪同 are attendees;
  汇报 / 通报 / 介绍 / 指出 / 强调 / 要求 / 作了部署 / 作了安排 are speakers. At a 会商会 the 通报 / 提请 persons are speakers
  and not attendees unless written 出席.
- Bare organs take the page's place: 县委 / 县政府 / 县水利局 / 县防汛抗旱指挥部 on the 沂水 pages = 沂水县…; 市… on the 临沂日报
  = 临沂市…, on the 鹤壁 site = 鹤壁市…, on the 驻马店日报 = 驻马店市…; bare 经开区 on the 临沂日报 = 临沂经开区 (the page
  writes it so in the same article), on the 鹤壁 site = 鹤壁经开区. ``淇滨区委副书记、区长`` → 淇滨区委 + 淇滨区政府 (淇滨区 is
  鹤壁's only). A 街道 / 镇 党(工)委书记 → county label + name: 沂水县沂城街道党工委, 藤县藤州镇党委.
- ``市水利局党组书记、局长`` → 驻马店市水利局党组 书记 + 驻马店市水利局 局长 (党组 goes only with 书记, parts g, h, z).
  ``市气象局副局长`` → 驻马店市气象局 副局长.
- ``浮云街道、崇头镇负责人`` and ``沂水县…负责同志`` name nobody: no line.
- Projects: a dike reinforcement or a river's treatment works named as under construction is an engineering_work (as
  part z's 堤防加固工程); reservoirs, rivers, 泵站 and 排涝站 without a name are not projects.
- Places: one line per name per file; reservoirs are ``reservoir``, rivers (and 溪, 渠) ``river`` / ``canal``; the
  gauging stations (沂河临沂站, 沭河大官庄站) are not annotated; 洪汝河 (the basin's river name) is a river of its own;
  ``临沂经开区`` is written in full on at03 and annotated so; on at04 the zone is only bare: ``经开区``. Site lines,
  mastheads, 来源 lines, footers and 上一篇 / 下一篇 are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "at01_yishui.txt": (2021, "发布时间：2021-06-16 10:25", "沂水县", [
        ("厉鸿涛检查跋山水库和沂河城区段防汛工作", "6月15日", "2021-06-15", "6月15日，县委副书记",
         "county site: the 县长-指挥长 inspects 跋山水库, 沙沟水库 and the 沂河城区段 with the 副指挥长, the 水利局局长-办公室主任 and a 街道 书记")]),
    "at02_yishui.txt": (2023, "2023-07-12 21:40", "沂水县", [
        ("县防汛抗旱指挥部召开防汛会商会 启动防汛Ⅳ级应急响应", "7月12日晚", "2023-07-12", "本报讯（记者 葛一然）7月12日晚",
         "county 融媒体: 防汛会商会 chaired by the 县委书记 (厉鸿涛, 县长 in 2021); new 县长-指挥长; 常务副指挥长; 应急管理局局长 as 办公室主任; Ⅳ级应急响应")]),
    "at03_linyi.txt": (2024, "2024年7月11日　星期四", "临沂市", [
        ("市防汛抗旱指挥部召开防汛会商调度会", "7月10日下午", "2024-07-10", "本报讯（记者 孔令雪）7月10日下午",
         "city paper 第01版: 会商调度会 chaired by the 市长-指挥长; 厉鸿涛 now 副市长-副指挥长; 翟玉成 now 市水利局副局长"),
        ("厉鸿涛检查临沂经开区城市防汛排涝工作", "会后", "2024-07-10", "本报讯（记者 孔令雪）会后",
         "second article: the 副市长's inspection of 临沂经开区 (bare 经开区管委会副主任)")]),
    "at04_hebi.txt": (2022, "发布时间：2022-07-06 18:12", "鹤壁市", [
        ("路春阳检查盘石头水库和淇河防汛工作", "7月5日", "2022-07-05", "7月5日，市委副书记",
         "city site: the 市长-指挥长 inspects 盘石头水库, 淇河 and the bare 经开区 with 副市长-副指挥长, 副秘书长, 水利局局长 秦向东#1, 区长, 经开区管委会主任")]),
    "at05_qixian.txt": (2023, "发布日期：2023-07-29", "淇县", [
        ("我县召开防汛会商研判会议", "7月28日晚", "2023-07-28", "7月28日晚，县委副书记",
         "county site: 会商研判会议 chaired by the 县长-指挥长; 副指挥长; 水利局局长; 应急管理局局长 as 办公室主任")]),
    "at06_runan.txt": (2021, "发布时间：2021-07-13 09:05", "汝南县", [
        ("田瑞霖检查宿鸭湖水库和汝河堤防防汛工作", "7月12日", "2021-07-12", "7月12日，县委副书记",
         "county site: the 县长-指挥长 inspects 宿鸭湖水库 and the 汝河 dikes with the 副县长-副指挥长 左文涛 and the 水利局局长")]),
    "at07_zhumadian.txt": (2023, "2023年8月1日　星期二", "驻马店市", [
        ("我市召开防汛会商调度会议", "7月31日上午", "2023-07-31", "本报讯（记者 尹晓雯）7月31日上午",
         "city paper 第A01版: 会商调度会议 chaired by a 副市长-常务副指挥长; 左文涛 now 市水利局党组书记、局长; 应急管理局局长 as 办公室主任")]),
    "at08_yunhe.txt": (2022, "发布日期：2022-06-21", "云和县", [
        ("蓝海峰检查紧水滩水库和龙泉溪沿线防汛防台工作", "6月20日", "2022-06-20", "6月20日，县委副书记",
         "浙江 county site: the 县长 as 县防汛防台抗旱指挥部指挥长 inspects 紧水滩水库, 龙泉溪, 浮云溪 in the 梅汛")]),
    "at09_tengxian.txt": (2024, "发布时间：2024-06-19 17:48", "藤县", [
        ("秦向东检查西江藤县段和北流河堤防防汛工作", "6月18日", "2024-06-18", "6月18日，副县长",
         "广西 county site: a 副县长-副指挥长 (秦向东#2) inspects the 西江 and 北流河 dikes with the 水利局局长 and a 镇党委书记")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 临沂 / 沂水
    "at:厉鸿涛": ("厉鸿涛", "official", "沂水县 → 临沂市", [
        ("at01", "沂水县委", "副书记", "县委副书记、县长、县防汛抗旱指挥部指挥长厉鸿涛带队检查", "2021-06; named in the headline too"),
        ("at01", "沂水县政府", "县长", "县委副书记、县长、县防汛抗旱指挥部指挥长厉鸿涛带队检查", None),
        ("at01", "沂水县防汛抗旱指挥部", "指挥长", "县委副书记、县长、县防汛抗旱指挥部指挥长厉鸿涛带队检查", "DECIDED HERE: 指挥长 is a post of the 指挥部"),
        ("at02", "沂水县委", "书记", "县委书记厉鸿涛主持召开全县防汛会商会", "2023-07: now 县委书记 (identity case)"),
        ("at03", "临沂市政府", "副市长", "副市长、市防汛抗旱指挥部副指挥长厉鸿涛出席会议", "2024-07: now 临沂市副市长; in article 2 named without a title (no line)"),
        ("at03", "临沂市防汛抗旱指挥部", "副指挥长", "副市长、市防汛抗旱指挥部副指挥长厉鸿涛出席会议", None)], []),
    "at:宫晓丽": ("宫晓丽", "official", "沂水县", [
        ("at01", "沂水县政府", "副县长", "副县长、县防汛抗旱指挥部副指挥长宫晓丽", "2021"),
        ("at01", "沂水县防汛抗旱指挥部", "副指挥长", "副县长、县防汛抗旱指挥部副指挥长宫晓丽", None),
        ("at02", "沂水县委", "常委", "县委常委、常务副县长、县防汛抗旱指挥部常务副指挥长宫晓丽出席会议", "2023: rises to 常务副县长"),
        ("at02", "沂水县政府", "常务副县长", "县委常委、常务副县长、县防汛抗旱指挥部常务副指挥长宫晓丽出席会议", None),
        ("at02", "沂水县防汛抗旱指挥部", "常务副指挥长", "县委常委、常务副县长、县防汛抗旱指挥部常务副指挥长宫晓丽出席会议", None)], []),
    "at:翟玉成": ("翟玉成", "official", "沂水县 → 临沂市", [
        ("at01", "沂水县水利局", "局长", "县水利局局长、县防汛抗旱指挥部办公室主任翟玉成", "2021"),
        ("at01", "沂水县防汛抗旱指挥部办公室", "主任", "县水利局局长、县防汛抗旱指挥部办公室主任翟玉成", "DECIDED HERE: the 指挥部's 办公室"),
        ("at02", "沂水县水利局", "局长", "县水利局局长翟玉成通报了", "2023"),
        ("at03", "临沂市水利局", "副局长", "市水利局副局长翟玉成就中小河流堤防", "2024: moves to the city's 水利局 (identity case)")], []),
    "at:庞立军": ("庞立军", "official", "沂水县", [
        ("at01", "沂水县沂城街道党工委", "书记", "沂城街道党工委书记庞立军陪同检查", None)], []),
    "at:蒙立新": ("蒙立新", "official", "沂水县", [
        ("at02", "沂水县委", "副书记", "县委副书记、县长、县防汛抗旱指挥部指挥长蒙立新", "2023: 厉鸿涛's successor as 县长"),
        ("at02", "沂水县政府", "县长", "县委副书记、县长、县防汛抗旱指挥部指挥长蒙立新", None),
        ("at02", "沂水县防汛抗旱指挥部", "指挥长", "县委副书记、县长、县防汛抗旱指挥部指挥长蒙立新", None)], []),
    "at:贾德军": ("贾德军", "official", "沂水县", [
        ("at02", "沂水县应急管理局", "局长", "县应急管理局局长、县防汛抗旱指挥部办公室主任贾德军", None),
        ("at02", "沂水县防汛抗旱指挥部办公室", "主任", "县应急管理局局长、县防汛抗旱指挥部办公室主任贾德军", "2023: the 办公室 now in the 应急管理局")], []),
    "at:鞠振华": ("鞠振华", "official", "临沂市", [
        ("at03", "临沂市委", "副书记", "市委副书记、市长、市防汛抗旱指挥部指挥长鞠振华主持召开", None),
        ("at03", "临沂市政府", "市长", "市委副书记、市长、市防汛抗旱指挥部指挥长鞠振华主持召开", None),
        ("at03", "临沂市防汛抗旱指挥部", "指挥长", "市委副书记、市长、市防汛抗旱指挥部指挥长鞠振华主持召开", None)], []),
    "at:管庆林": ("管庆林", "official", "临沂市", [
        ("at03", "临沂市应急管理局", "局长", "市应急管理局局长、市防汛抗旱指挥部办公室主任管庆林", None),
        ("at03", "临沂市防汛抗旱指挥部办公室", "主任", "市应急管理局局长、市防汛抗旱指挥部办公室主任管庆林", None)], []),
    "at:褚洪波": ("褚洪波", "official", "临沂市", [
        ("at03", "临沂市水利局", "局长", "市水利局局长褚洪波通报了", None)], []),
    "at:潘文斌": ("潘文斌", "official", "临沂经开区", [
        ("at03", "临沂经开区管委会", "副主任", "经开区管委会副主任潘文斌陪同", "bare 经开区 in an article that writes 临沂经开区")], []),
    "at:孔令雪": ("孔令雪", "reporter", "临沂日报", [], ["at03"]),
    # ---- 鹤壁
    "at:路春阳": ("路春阳", "official", "鹤壁市", [
        ("at04", "鹤壁市委", "副书记", "市委副书记、市长、市防汛抗旱指挥部指挥长路春阳深入", "named in the headline too"),
        ("at04", "鹤壁市政府", "市长", "市委副书记、市长、市防汛抗旱指挥部指挥长路春阳深入", None),
        ("at04", "鹤壁市防汛抗旱指挥部", "指挥长", "市委副书记、市长、市防汛抗旱指挥部指挥长路春阳深入", None)], []),
    "at:牛丽萍": ("牛丽萍", "official", "鹤壁市", [
        ("at04", "鹤壁市政府", "副市长", "副市长、市防汛抗旱指挥部副指挥长牛丽萍", None),
        ("at04", "鹤壁市防汛抗旱指挥部", "副指挥长", "副市长、市防汛抗旱指挥部副指挥长牛丽萍", None)], []),
    "at:郝建勋": ("郝建勋", "official", "鹤壁市", [
        ("at04", "鹤壁市政府", "副秘书长", "市政府副秘书长郝建勋", "as part z: 市政府副秘书长 → 市政府")], []),
    "at:秦向东#1": ("秦向东", "official", "鹤壁市", [
        ("at04", "鹤壁市水利局", "局长", "市水利局局长秦向东", "鹤壁 (河南); not the 秦向东 of 藤县 (at09)")], []),
    "at:原志刚": ("原志刚", "official", "淇滨区", [
        ("at04", "淇滨区委", "副书记", "淇滨区委副书记、区长原志刚", None),
        ("at04", "淇滨区政府", "区长", "淇滨区委副书记、区长原志刚", None)], []),
    "at:程红旗": ("程红旗", "official", "鹤壁经开区", [
        ("at04", "鹤壁经开区管委会", "主任", "经开区管委会主任程红旗陪同检查", "bare 经开区 on the 鹤壁 site = 鹤壁经开区 (same organ name as 临沂's, at03)")], []),
    "at:申雅楠": ("申雅楠", "editor", "鹤壁市人民政府", [], ["at04"]),
    "at:宋一鸣": ("宋一鸣", "official", "淇县", [
        ("at05", "淇县委", "副书记", "县委副书记、县长、县防汛抗旱指挥部指挥长宋一鸣主持召开", "bare 县委 on the 淇县 site; 淇县 + 委 (as part ah's 房县委)"),
        ("at05", "淇县政府", "县长", "县委副书记、县长、县防汛抗旱指挥部指挥长宋一鸣主持召开", None),
        ("at05", "淇县防汛抗旱指挥部", "指挥长", "县委副书记、县长、县防汛抗旱指挥部指挥长宋一鸣主持召开", None)], []),
    "at:郭庆华": ("郭庆华", "official", "淇县", [
        ("at05", "淇县政府", "副县长", "副县长、县防汛抗旱指挥部副指挥长郭庆华出席会议", None),
        ("at05", "淇县防汛抗旱指挥部", "副指挥长", "副县长、县防汛抗旱指挥部副指挥长郭庆华出席会议", None)], []),
    "at:赵家骏": ("赵家骏", "official", "淇县", [
        ("at05", "淇县水利局", "局长", "县水利局局长赵家骏通报了", None)], []),
    "at:冯向阳": ("冯向阳", "official", "淇县", [
        ("at05", "淇县应急管理局", "局长", "县应急管理局局长、县防汛抗旱指挥部办公室主任冯向阳", None),
        ("at05", "淇县防汛抗旱指挥部办公室", "主任", "县应急管理局局长、县防汛抗旱指挥部办公室主任冯向阳", None)], []),
    # ---- 驻马店 / 汝南
    "at:田瑞霖": ("田瑞霖", "official", "汝南县", [
        ("at06", "汝南县委", "副书记", "县委副书记、县长、县防汛抗旱指挥部指挥长田瑞霖冒雨检查", "named in the headline too"),
        ("at06", "汝南县政府", "县长", "县委副书记、县长、县防汛抗旱指挥部指挥长田瑞霖冒雨检查", None),
        ("at06", "汝南县防汛抗旱指挥部", "指挥长", "县委副书记、县长、县防汛抗旱指挥部指挥长田瑞霖冒雨检查", None)], []),
    "at:左文涛": ("左文涛", "official", "汝南县 → 驻马店市", [
        ("at06", "汝南县政府", "副县长", "副县长、县防汛抗旱指挥部副指挥长左文涛", "2021"),
        ("at06", "汝南县防汛抗旱指挥部", "副指挥长", "副县长、县防汛抗旱指挥部副指挥长左文涛", None),
        ("at07", "驻马店市水利局党组", "书记", "市水利局党组书记、局长左文涛通报了", "2023: moves to the city's 水利局 (identity case); 党组 goes only with 书记"),
        ("at07", "驻马店市水利局", "局长", "市水利局党组书记、局长左文涛通报了", None)], []),
    "at:聂广才": ("聂广才", "official", "汝南县", [
        ("at06", "汝南县水利局", "局长", "县水利局局长聂广才陪同检查", None)], []),
    "at:桑静怡": ("桑静怡", "editor", "汝南县人民政府", [], ["at06"]),
    "at:喻明辉": ("喻明辉", "official", "驻马店市", [
        ("at07", "驻马店市政府", "副市长", "副市长、市防汛抗旱指挥部常务副指挥长喻明辉主持召开", None),
        ("at07", "驻马店市防汛抗旱指挥部", "常务副指挥长", "副市长、市防汛抗旱指挥部常务副指挥长喻明辉主持召开", None)], []),
    "at:柴卫东": ("柴卫东", "official", "驻马店市", [
        ("at07", "驻马店市气象局", "副局长", "市气象局副局长柴卫东通报了", None)], []),
    "at:鲁宏伟": ("鲁宏伟", "official", "驻马店市", [
        ("at07", "驻马店市应急管理局", "局长", "市应急管理局局长、市防汛抗旱指挥部办公室主任鲁宏伟", None),
        ("at07", "驻马店市防汛抗旱指挥部办公室", "主任", "市应急管理局局长、市防汛抗旱指挥部办公室主任鲁宏伟", None)], []),
    # ---- 云和
    "at:蓝海峰": ("蓝海峰", "official", "云和县", [
        ("at08", "云和县委", "副书记", "县委副书记、县长、县防汛防台抗旱指挥部指挥长蓝海峰带队检查", "named in the headline too"),
        ("at08", "云和县政府", "县长", "县委副书记、县长、县防汛防台抗旱指挥部指挥长蓝海峰带队检查", None),
        ("at08", "云和县防汛防台抗旱指挥部", "指挥长", "县委副书记、县长、县防汛防台抗旱指挥部指挥长蓝海峰带队检查", "the 浙江 name of the 指挥部, as written")], []),
    "at:雷晓燕": ("雷晓燕", "official", "云和县", [
        ("at08", "云和县政府", "副县长", "副县长、县防汛防台抗旱指挥部副指挥长雷晓燕", None),
        ("at08", "云和县防汛防台抗旱指挥部", "副指挥长", "副县长、县防汛防台抗旱指挥部副指挥长雷晓燕", None)], []),
    "at:柳志航": ("柳志航", "official", "云和县", [
        ("at08", "云和县水利局", "局长", "县水利局局长柳志航", None)], []),
    # ---- 藤县
    "at:秦向东#2": ("秦向东", "official", "藤县", [
        ("at09", "藤县政府", "副县长", "副县长、县防汛抗旱指挥部副指挥长秦向东带队检查", "藤县 (广西); not the 秦向东 of 鹤壁 (at04); named in the headline too"),
        ("at09", "藤县防汛抗旱指挥部", "副指挥长", "副县长、县防汛抗旱指挥部副指挥长秦向东带队检查", None)], []),
    "at:覃振业": ("覃振业", "official", "藤县", [
        ("at09", "藤县水利局", "局长", "县水利局局长覃振业", None)], []),
    "at:黎家明": ("黎家明", "official", "藤县", [
        ("at09", "藤县藤州镇党委", "书记", "藤州镇党委书记黎家明陪同检查", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("at01", "韦丽娟", "责任编辑", "editor", "责任编辑：韦丽娟"),
    ("at02", "葛一然", "记者", "reporter", "本报讯（记者 葛一然）"),
    ("at02", "吕思源", "编辑", "editor", "编辑：吕思源"),
    ("at02", "严书瑶", "审核", "editor", "审核：严书瑶"),
    ("at03", "孔令雪", "记者", "reporter", "本报讯（记者 孔令雪）7月10日下午"),
    ("at03", "苗若溪", "编辑", "editor", "编辑：苗若溪"),
    ("at03", "万欣妍", "校对", "editor", "校对：万欣妍"),
    ("at04", "申雅楠", "责任编辑", "editor", "责任编辑：申雅楠"),
    ("at06", "桑静怡", "责任编辑", "editor", "责任编辑：桑静怡"),
    ("at07", "尹晓雯", "记者", "reporter", "本报讯（记者 尹晓雯）"),
    ("at07", "庞佳慧", "编辑", "editor", "编辑：庞佳慧"),
    ("at08", "杭雨欣", "供稿", "author", "（县水利局 杭雨欣）"),
    ("at09", "黎嘉欣", "责任编辑", "editor", "责任编辑：黎嘉欣"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("at03", "孔令雪"): "本报讯（记者 孔令雪）会后",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("at01", "跋山水库、沙沟水库和沂河城区段防汛检查", "inspection (防汛检查)", "6月15日", None, "厉鸿涛", [],
     ["宫晓丽", "翟玉成", "庞立军"], ["翟玉成", "厉鸿涛", "庞立军", "宫晓丽"], "跋山水库",
     "厉鸿涛带队检查跋山水库、沙沟水库和沂河城区段防汛准备工作",
     ["指挥长厉鸿涛带队检查", "副指挥长宫晓丽", "办公室主任翟玉成", "庞立军陪同检查", "翟玉成汇报了", "厉鸿涛指出",
      "听取了庞立军关于", "宫晓丽就全县防汛责任人", "厉鸿涛强调"]),
    ("at02", "全县防汛会商会", "meeting (防汛会商会)", "7月12日晚", "厉鸿涛", None, ["沂水县防汛抗旱指挥部"],
     ["蒙立新", "宫晓丽"], ["翟玉成", "贾德军", "厉鸿涛", "蒙立新"], None,
     "县委书记厉鸿涛主持召开全县防汛会商会",
     ["县委书记厉鸿涛主持召开全县防汛会商会", "宫晓丽出席会议", "县水利局局长翟玉成通报了", "贾德军提请启动", "厉鸿涛强调",
      "蒙立新要求"]),
    ("at03", "全市防汛会商调度会", "meeting (防汛会商调度会)", "7月10日下午", "鞠振华", None, ["临沂市防汛抗旱指挥部"],
     ["厉鸿涛"], ["管庆林", "褚洪波", "翟玉成", "鞠振华"], None,
     "鞠振华主持召开全市防汛会商调度会",
     ["鞠振华主持召开全市防汛会商调度会", "厉鸿涛出席会议", "管庆林通报了", "褚洪波通报了", "翟玉成就中小河流堤防",
      "鞠振华指出", "鞠振华强调"]),
    ("at03", "临沂经开区城市防汛排涝工作检查", "inspection (防汛检查)", "会后", None, "厉鸿涛", [],
     ["潘文斌"], ["潘文斌", "厉鸿涛"], "临沂经开区",
     "会后，厉鸿涛带队到临沂经开区检查城市防汛排涝工作",
     ["厉鸿涛带队到临沂经开区", "潘文斌陪同", "潘文斌汇报了", "厉鸿涛要求"]),
    ("at04", "盘石头水库、淇河城区段和经开区防汛检查", "inspection (防汛检查)", "7月5日", None, "路春阳", [],
     ["牛丽萍", "郝建勋", "秦向东", "原志刚", "程红旗"], ["秦向东", "路春阳", "原志刚", "程红旗", "牛丽萍"], "盘石头水库",
     "路春阳深入盘石头水库、淇河城区段和经开区检查防汛工作",
     ["指挥长路春阳深入盘石头水库", "副指挥长牛丽萍", "市政府副秘书长郝建勋", "程红旗陪同检查", "秦向东汇报了",
      "路春阳指出", "原志刚汇报了", "听取了程红旗关于", "路春阳强调", "牛丽萍要求"]),
    ("at05", "防汛会商研判会议", "meeting (防汛会商会)", "7月28日晚", "宋一鸣", None, [],
     ["郭庆华"], ["赵家骏", "冯向阳", "宋一鸣", "郭庆华"], None,
     "宋一鸣主持召开防汛会商研判会议",
     ["宋一鸣主持召开防汛会商研判会议", "郭庆华出席会议", "赵家骏通报了", "冯向阳通报了", "宋一鸣指出", "宋一鸣强调",
      "郭庆华就各乡镇"]),
    ("at06", "宿鸭湖水库和汝河汝南段堤防防汛检查", "inspection (防汛检查)", "7月12日", None, "田瑞霖", [],
     ["左文涛", "聂广才"], ["聂广才", "左文涛", "田瑞霖"], "宿鸭湖水库",
     "田瑞霖冒雨检查宿鸭湖水库和汝河汝南段堤防防汛工作",
     ["指挥长田瑞霖冒雨检查", "副指挥长左文涛", "聂广才陪同检查", "听取了聂广才关于", "左文涛汇报了", "田瑞霖要求",
      "田瑞霖指出"]),
    ("at07", "全市防汛会商调度会议", "meeting (防汛会商调度会)", "7月31日上午", "喻明辉", None, [],
     [], ["柴卫东", "左文涛", "鲁宏伟", "喻明辉"], None,
     "喻明辉主持召开全市防汛会商调度会议",
     ["喻明辉主持召开全市防汛会商调度会议", "柴卫东通报了", "左文涛通报了", "鲁宏伟通报了", "喻明辉指出", "喻明辉强调"]),
    ("at08", "紧水滩水库和龙泉溪、浮云溪沿线防汛防台检查", "inspection (防汛检查)", "6月20日", None, "蓝海峰", [],
     ["雷晓燕", "柳志航"], ["柳志航", "蓝海峰", "雷晓燕"], "紧水滩水库",
     "蓝海峰带队检查紧水滩水库和龙泉溪、浮云溪沿线防汛防台工作",
     ["指挥长蓝海峰带队检查", "副指挥长雷晓燕", "县水利局局长柳志航", "柳志航汇报了", "蓝海峰指出", "雷晓燕就各乡镇"]),
    ("at09", "西江藤县段和北流河堤防防汛检查", "inspection (防汛检查)", "6月18日", None, "秦向东", [],
     ["覃振业", "黎家明"], ["覃振业", "黎家明", "秦向东"], "西江",
     "秦向东带队检查西江藤县段和北流河堤防防汛工作",
     ["副指挥长秦向东带队检查", "覃振业，藤州镇党委书记黎家明陪同检查", "覃振业汇报了", "黎家明汇报了", "秦向东强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("at01", "沂河右岸防洪堤提标加固工程", "engineering_work", "在正在施工的沂河右岸防洪堤提标加固工程现场"),
    ("at06", "汝河治理二期工程", "engineering_work", "在汝河治理二期工程施工现场"),
    ("at09", "藤县城区防洪排涝能力提升工程", "engineering_work", "在建的藤县城区防洪排涝能力提升工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("at01", "跋山水库", "reservoir", "standalone", "在跋山水库，厉鸿涛登上大坝"),
    ("at01", "沙沟水库", "reservoir", "standalone", "在沙沟水库，厉鸿涛察看了"),
    ("at01", "沂河", "river", "standalone", "在沂河城区段，厉鸿涛沿堤步行"),
    ("at01", "沭河", "river", "standalone", "加密沭河上游雨情水情监测"),
    ("at01", "沂城街道", "street", "in_title", "沂城街道党工委书记庞立军"),
    ("at02", "跋山水库", "reservoir", "standalone", "要紧盯跋山水库、沙沟水库和小型水库"),
    ("at02", "沙沟水库", "reservoir", "standalone", "要紧盯跋山水库、沙沟水库和小型水库"),
    ("at02", "沂河", "river", "standalone", "要加强沂河、沭河沿岸巡堤查险"),
    ("at02", "沭河", "river", "standalone", "要加强沂河、沭河沿岸巡堤查险"),
    ("at02", "沂水", "county", "standalone", "沂河、沭河沂水段水位情况"),
    ("at03", "沂河", "river", "standalone", "安排部署沂河、沭河洪水防御工作"),
    ("at03", "沭河", "river", "standalone", "安排部署沂河、沭河洪水防御工作"),
    ("at03", "岸堤水库", "reservoir", "standalone", "科学调度岸堤水库、跋山水库等骨干水库"),
    ("at03", "跋山水库", "reservoir", "standalone", "科学调度岸堤水库、跋山水库等骨干水库"),
    ("at03", "临沂经开区", "development_zone", "standalone", "厉鸿涛带队到临沂经开区检查城市防汛排涝工作"),
    ("at03", "汤河", "river", "standalone", "汤河排涝泵站"),
    ("at03", "河东区", "district", "standalone", "经开区要加强与河东区联防联动"),
    ("at04", "盘石头水库", "reservoir", "standalone", "在盘石头水库，路春阳察看了大坝"),
    ("at04", "淇河", "river", "standalone", "在淇河城区段，路春阳沿河查看了"),
    ("at04", "卫河", "river", "standalone", "要重点做好卫河、共渠沿线滞洪区群众转移准备"),
    ("at04", "共渠", "canal", "standalone", "要重点做好卫河、共渠沿线滞洪区群众转移准备"),
    ("at04", "经开区", "development_zone", "standalone", "随后，路春阳来到经开区"),
    ("at04", "淇滨区", "district", "standalone", "原志刚汇报了淇滨区沿河群众转移预案"),
    ("at04", "浚县", "county", "standalone", "浚县、淇县要重点做好"),
    ("at04", "淇县", "county", "standalone", "浚县、淇县要重点做好"),
    ("at05", "夺丰水库", "reservoir", "standalone", "夺丰水库要严格控制汛限水位"),
    ("at05", "淇河", "river", "standalone", "淇河、折胫河沿岸要加密巡堤查险"),
    ("at05", "折胫河", "river", "standalone", "淇河、折胫河沿岸要加密巡堤查险"),
    ("at05", "高村镇", "town", "standalone", "对高村镇、北阳镇等沿河低洼村庄"),
    ("at05", "北阳镇", "town", "standalone", "对高村镇、北阳镇等沿河低洼村庄"),
    ("at06", "宿鸭湖水库", "reservoir", "standalone", "田瑞霖一行来到宿鸭湖水库大坝"),
    ("at06", "汝河", "river", "standalone", "田瑞霖沿汝河大堤查看了险工险段"),
    ("at06", "小洪河", "river", "standalone", "关于汝河、小洪河堤防隐患排查整治的汇报"),
    ("at06", "驻马店市", "city", "in_org_reference", "驻马店市防汛抗旱指挥部的会商联动"),
    ("at07", "洪汝河", "river", "standalone", "安排部署洪汝河流域防汛工作"),
    ("at07", "板桥水库", "reservoir", "standalone", "板桥水库、薄山水库、宿鸭湖水库、宋家场水库等大型水库"),
    ("at07", "薄山水库", "reservoir", "standalone", "板桥水库、薄山水库、宿鸭湖水库、宋家场水库等大型水库"),
    ("at07", "宿鸭湖水库", "reservoir", "standalone", "板桥水库、薄山水库、宿鸭湖水库、宋家场水库等大型水库"),
    ("at07", "宋家场水库", "reservoir", "standalone", "板桥水库、薄山水库、宿鸭湖水库、宋家场水库等大型水库"),
    ("at07", "汝河", "river", "standalone", "汝河、洪河、小洪河沿线要实行拉网式巡堤查险"),
    ("at07", "洪河", "river", "standalone", "汝河、洪河、小洪河沿线要实行拉网式巡堤查险"),
    ("at07", "小洪河", "river", "standalone", "汝河、洪河、小洪河沿线要实行拉网式巡堤查险"),
    ("at07", "驿城区", "district", "standalone", "驿城区、汝南县、平舆县、新蔡县要提前做好"),
    ("at07", "汝南县", "county", "standalone", "驿城区、汝南县、平舆县、新蔡县要提前做好"),
    ("at07", "平舆县", "county", "standalone", "驿城区、汝南县、平舆县、新蔡县要提前做好"),
    ("at07", "新蔡县", "county", "standalone", "驿城区、汝南县、平舆县、新蔡县要提前做好"),
    ("at08", "紧水滩水库", "reservoir", "standalone", "科学实施紧水滩水库预泄调度"),
    ("at08", "龙泉溪", "river", "standalone", "确保下游龙泉溪沿线安全"),
    ("at08", "浮云溪", "river", "standalone", "浮云溪城区段要加强堤防巡查和城区排涝"),
    ("at08", "浮云街道", "street", "standalone", "浮云街道、崇头镇负责人陪同检查"),
    ("at08", "崇头镇", "town", "standalone", "崇头镇山洪灾害危险区"),
    ("at09", "西江", "river", "standalone", "当前西江洪峰即将过境"),
    ("at09", "北流河", "river", "standalone", "受连续强降雨影响，西江、北流河水位持续上涨"),
    ("at09", "藤州镇", "town", "standalone", "藤州镇沿江低洼地带群众转移"),
    ("at09", "藤县", "county", "standalone", "西江、北流河藤县段水位"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="at", conventions="set at (blind set: flood control and emergencies in 山东 临沂 / 沂水, 河南 鹤壁 / 淇县 and 驻马店 / 汝南, 浙江 云和, 广西 藤县: 防汛抗旱指挥部 指挥长 / 常务副指挥长 / 副指挥长 as posts of the 指挥部 (place + name as written), its 办公室主任 as a post of X防汛抗旱指挥部办公室, leaders' 检查 of reservoirs, rivers and dikes as inspections, 会商会 as meetings, the start of an 应急响应 no event)",
          persons_note="Set at persons. id = corpus-wide person_id (at:秦向东#1 of 鹤壁 and at:秦向东#2 of 藤县 are two people; at:厉鸿涛 沂水县长 2021 → 沂水县委书记 2023 → 临沂市副市长 2024; at:翟玉成 沂水县水利局局长 → 临沂市水利局副局长; at:左文涛 汝南县副县长 2021 → 驻马店市水利局局长 2023)")


if __name__ == "__main__":
    main()
