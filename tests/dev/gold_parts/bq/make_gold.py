"""Write gold part ``bq`` (a blind set: development zones with several parks, entrusted towns and a zone merged with
a district) from the tables below.

Pages ``tests/dev/texts/bq*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 威海经济技术开发区 site (大事记 with ``工委书记、管委主任…陪同``,
``工委委员、管委副主任``; a 镇街重点工作现场观摩 report naming 泊于镇, 崮山镇, 凤林街道, 皇冠街道, 西苑街道); a 威海 高区 / 经区
Q&A page (the zones as 正处级 派出机构 with 托管 streets); 江门 江海区 pages (the 政府工作报告, the 十四五 规划 of 江门高新区
（江海区）, the 江门日报 interview of the ``高新区党工委书记、管委会主任、江海区委书记``; the two organs ``合署办公``); the 濮阳经开区
site (``濮阳经开区党工委副书记、管委会主任…主持召开龙山北片区开发指挥部会议。区领导…，…胡村乡…主要负责同志参加``) and an 濮阳
encyclopedia page of its 托管 towns (王助镇, 新习镇, 胡村乡, 昆吾办, 皇甫办, 濮上办); a 濮阳 工业园区 调研 page; a 包头 page on
the reform of its 开发区 (``一区多园``, the 白云鄂博矿区产业园 taken into the 稀土高新区) and 包头 government notices addressed
to ``稀土高新区管委会``; the 张家港 经开区（杨舍镇） site (``市委常委、经开区党工委书记…带队督查``); a 台州 集聚区 党工委 / 管委会
founding report; an 鄂尔多斯 高新区 党工委 page; a 龙岩 经开区（高新区） 体制调整 report (托管 乡镇 returned to districts).
Places are real and new to the corpus: 山东 威海 (three pages: the 经开区 site, the 临港经开区 site, the 威海日报), 广东 江门
(two: the 江门高新区（江海区） site, the 江门日报), 河南 濮阳 (two: the 濮阳经开区 site, the 濮阳日报), 内蒙古 包头 (two: the
稀土高新区 site, the 包头日报).

Shapes: a zone's 镇街 观摩 with the town secretaries reporting and a 点评会 after it, on the zone's own site with the 威海
short forms ``工委`` / ``管委`` and the local bare zone name ``经区`` (bq01); a zone 主任's 调研 of two 托管 towns (bq02); a city
paper's 市长 调研 of two zones with both zones' heads and a town secretary (bq03); a ``区政合一`` zone/district's 推进会 with
combined chains ``高新区党工委副书记、管委会常务副主任，江海区委副书记、区长`` (bq04) and the same two years later in the city paper
(bq05); a zone's 调度会 of its 托管 乡镇（街道） with 区领导 named without titles (bq06); a city paper's 市长 调研 of the same
zone (bq07); a 一区多园 推进会 with park 管委会 heads (``希望园区管委会主任``, ``白云鄂博矿区产业园管委会副主任``) and an entrusted
town (bq08); a city paper's 副市长 调研 of the same zone (bq09).

Identity cases:
- bq:鞠文博 moves between two zones of one city over three years: 威海经开区 工委委员、管委副主任 (bq01, May 2021);
  威海临港经开区 工委副书记、管委主任 (bq02, Sept 2023); 临港区工委书记、管委主任 in the 威海日报 (bq03, Apr 2024).
- bq:容志诚 in a 区政合一 zone: 2021 江门高新区党工委副书记、管委会常务副主任 and 江海区委副书记、区长 (bq04); 2024 江门高新区
  党工委书记、管委会主任 and 江海区委书记 (bq05). bq:甄慧玲: 管委会副主任 / 江海区副区长 (2021) → 党工委委员 / 江海区委常委、
  常务副区长 (2024).
- bq:葛天鹏 濮阳经开区党工委副书记、管委会主任 (bq06, 2022) → 党工委书记 (bq07, 2024).
- two different 邢立群 in unrelated places, with look-alike careers: bq:邢立群#1 濮阳经开区胡村乡党委书记 (bq06, 2022) →
  濮阳经开区党工委委员、管委会副主任 (bq07, 2024); bq:邢立群#2 包头稀土高新区希望园区管委会主任 (bq08, 2022) → 包头稀土高新区
  党工委委员、管委会副主任 (bq09, 2024). Same name, same title words, different zones.
- one zone name in several cities: 经开区 of 威海 (bq01, bq03, written ``经区``) and of 濮阳 (bq06, bq07); 高新区 of 江门
  (bq04, bq05) and 包头 (稀土高新区, bq08, bq09); 园区 names inside zones (希望园区, 化工园区).
- the same person across years in one zone: bq:滕远航 (威海经开区 工委书记、管委主任, 2021 and 2024), bq:那顺达来 (包头稀土高新区
  党工委书记, 2022 and 2024).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts z, u where they speak; decided here where they are silent):
- Zone labels: city name without 市 + the zone's short name after folding the long forms: 威海经济技术开发区 / 经区 →
  ``威海经开区``; 江门高新区 / bare 高新区 on the 江门 pages → ``江门高新区``; 濮阳经开区; 包头稀土高新技术产业开发区 / 稀土高新区
  → ``包头稀土高新区``. DECIDED HERE: 威海临港经济技术开发区, written ``临港区`` in the body, → ``威海临港经开区`` (the zone's short
  name 临港 + the folded 经开区).
- DECIDED HERE: the 威海 short forms ``工委`` and ``管委`` of a zone's site are the zone's 党工委 and 管委会: ``工委书记、管委主任
  滕远航`` → 威海经开区党工委 书记 + 威海经开区管委会 主任; ``纪工委书记`` → 威海经开区纪工委 书记. Titles as written (书记, 主任).
- 党工委 委员 is a post of the 党工委 (title ``委员``, as z's 党组 成员); 党工委 goes with 书记 / 副书记 / 委员, 管委会 with 主任 /
  常务副主任 / 副主任.
- 区政合一 (江门): a chain naming both organs gives a line for each organ: ``高新区党工委副书记、管委会常务副主任，江海区委副书记、
  区长容志诚`` → 江门高新区党工委 副书记, 江门高新区管委会 常务副主任, 江海区委 副书记, 江海区政府 区长. 江海区 is one district in
  China: no city prefix. The ``区政府`` / ``区`` departments are 江海区's.
- DECIDED HERE: a town or street entrusted to a zone (托管) takes the zone's label, as the zone's pages present it:
  ``在崮山镇，镇党委书记隋德明`` → 威海经开区崮山镇党委 书记; ``汪疃镇党委书记`` → 威海临港经开区汪疃镇党委; ``胡村乡党委书记`` →
  濮阳经开区胡村乡党委; ``万水泉镇党委书记`` → 包头稀土高新区万水泉镇党委. 江海区's streets are the district's own: 江海区外海街道
  党工委. A 镇长 is a post of the town 政府 (``新习镇镇长`` → 濮阳经开区新习镇政府 镇长).
- DECIDED HERE: a park's 管委会 under a zone (一区多园) is org = zone label + park name as written + 管委会:
  ``希望园区管委会主任邢立群`` → 包头稀土高新区希望园区管委会 主任; ``白云鄂博矿区产业园管委会副主任`` → 包头稀土高新区白云鄂博矿区
  产业园管委会 副主任.
- ``区领导高晓芸、杭丽君`` (bq06) is no post (CONVENTIONS); they are named as attendees.
- The city papers' bare organs: ``市委副书记、市长`` → the paper's city (威海市委 / 威海市政府, 濮阳市…); ``副市长`` → the city's
  政府; ``市政府秘书长`` → 威海市政府 秘书长.
- DECIDED HERE: ``通讯员 江宣`` (bq05) is a department's pen name (江海区委宣传部), not a person: not annotated.
- Events: the 观摩 is a ``site observation`` (CONVENTIONS) and the 点评会 after it a meeting of its own (bq01); 调研 is an
  ``inspection`` (leader; 陪同 / 参加 are attendees; 汇报 / 介绍 / 强调 / 指出 / 要求 / 表示 / 作了安排 are speakers); 推进会 /
  调度会 / 部署会 are meetings (chair when 主持; 出席 attendees).
- Projects: named works under way: …产业园一期 / 二期 and a named 产业园 under construction are ``industrial_park``; 老旧小区改造
  ``housing_project``; a 生态修复工程 / 碧道工程 ``greening_project``; a 水库除险加固工程 ``engineering_work``; 港 / 管廊 / 道路 /
  污水处理厂 works ``infrastructure_project``; a 物流园二期 ``logistics_hub``; 片区开发, 示范片区, 农田, 尾矿利用, a 管控平台
  ``project``. DECIDED HERE: the standing parks of a 一区多园 zone (希望园区, 白云鄂博矿区产业园, 稀土应用产业园区, 江沙示范园区,
  化工园区) are places (kind ``zone_park``), not projects.
- Places: one line per name per file; places inside titles, organ references and project names count; site lines,
  mastheads, 来源 lines, footers and 上一篇 / 下一篇 are not annotated. A zone written bare is annotated as written (经区,
  临港区, 高新区, 稀土高新区).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bq01_weihai.txt": (2021, "发布时间：2021-05-14 17:20", "威海经开区", [
        ("经区开展镇街重点项目现场观摩活动", "5月13日", "2021-05-13", "5月13日，经区组织开展",
         "zone site: 镇街 观摩 of the 托管 towns and streets, town secretaries report; 点评会; 工委 / 管委 short forms")]),
    "bq02_weihai.txt": (2023, "时间：2023-09-08", "威海临港经开区", [
        ("鞠文博到汪疃镇、苘山镇调研重点项目建设", "9月7日", "2023-09-07", "9月7日，工委副书记",
         "zone site: the 管委主任's 调研 of two 托管 towns (鞠文博, now in 临港区)")]),
    "bq03_weihai.txt": (2024, "2024年4月18日　星期四", "威海市", [
        ("邹明川到经区、临港区调研开发区改革发展工作", "4月17日", "2024-04-17", "本报讯（记者 曲雅婷）4月17日",
         "city paper: the 市长's 调研 of two zones (经区, 临港区) and their 托管 towns; 一区多园")]),
    "bq04_jiangmen.txt": (2021, "更新时间：2021-03-26 16:40", "江海区", [
        ("容志诚主持召开高新区（江海区）重点项目建设推进会", "3月25日下午", "2021-03-25", "3月25日下午，高新区党工委",
         "区政合一 zone/district site: 推进会; chains naming the zone and the district; street secretaries report")]),
    "bq05_jiangmen.txt": (2024, "2024年7月10日　星期三", "江海区", [
        ("江门高新区（江海区）部署下半年重点工作", "7月9日", "2024-07-09", "本报讯（记者 黄颖欣 通讯员 江宣）7月9日",
         "city paper: 部署会 of the 区政合一 zone/district; 容志诚 now 书记; 一区多园 (江沙示范园区)")]),
    "bq06_puyang.txt": (2022, "发布时间：2022-08-23", "濮阳经开区", [
        ("葛天鹏主持召开托管乡镇（街道）重点工作调度会", "2022年8月22日", "2022-08-22", "2022年8月22日，濮阳经开区",
         "zone site: 调度会 of the 托管 乡镇（街道）; 区领导 without titles; town secretaries and a 镇长 report")]),
    "bq07_puyang.txt": (2024, "2024年3月6日　星期三", "濮阳市", [
        ("宋启明到濮阳经开区调研开发区高质量发展", "3月5日", "2024-03-05", "本报讯（记者 吕芳菲）3月5日",
         "city paper: the 市长's 调研 of the zone; 葛天鹏 now 党工委书记, 邢立群 now 党工委委员、管委会副主任")]),
    "bq08_baotou.txt": (2022, "发布日期：2022-06-29 18:05", "包头稀土高新区", [
        ("稀土高新区召开“一区多园”建设推进会", "6月28日", "2022-06-28", "6月28日，稀土高新区召开",
         "zone site: 一区多园 推进会; park 管委会 heads (希望园区, 白云鄂博矿区产业园) and the 托管 万水泉镇")]),
    "bq09_baotou.txt": (2024, "2024年9月12日　星期四", "包头市", [
        ("杜长河调研稀土高新区“一区多园”建设", "9月11日", "2024-09-11", "本报讯（记者 邓悦宁）9月11日",
         "city paper: 副市长's 调研 of the zone; the other 邢立群 now 党工委委员、管委会副主任")]),
}

_W = "威海经开区"
_L = "威海临港经开区"
_J = "江门高新区"
_P = "濮阳经开区"
_B = "包头稀土高新区"
_Q04R = "高新区党工委副书记、管委会常务副主任，江海区委副书记、区长容志诚"
_Q04Z = "高新区党工委委员、管委会副主任，江海区副区长甄慧玲"
_Q05R = "高新区党工委书记、管委会主任，江海区委书记容志诚"
_Q05S = "高新区党工委副书记、管委会常务副主任，江海区委副书记、区长司徒俊明"
_Q05Z = "高新区党工委委员，江海区委常委、常务副区长甄慧玲"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 威海
    "bq:滕远航": ("滕远航", "official", _W, [
        ("bq01", _W + "党工委", "书记", "工委书记、管委主任滕远航", "2021; DECIDED HERE: 工委 = 党工委"),
        ("bq01", _W + "管委会", "主任", "工委书记、管委主任滕远航", "管委 = 管委会"),
        ("bq03", _W + "党工委", "书记", "经区工委书记、管委主任滕远航", "2024; 经区 = 威海经开区"),
        ("bq03", _W + "管委会", "主任", "经区工委书记、管委主任滕远航", None)], []),
    "bq:鞠文博": ("鞠文博", "official", "威海市", [
        ("bq01", _W + "党工委", "委员", "工委委员、管委副主任鞠文博", "2021: 威海经开区 (identity case: moves to 临港区)"),
        ("bq01", _W + "管委会", "副主任", "工委委员、管委副主任鞠文博", None),
        ("bq02", _L + "党工委", "副书记", "工委副书记、管委主任鞠文博", "2023: bare 工委 on the 临港经开区 site"),
        ("bq02", _L + "管委会", "主任", "工委副书记、管委主任鞠文博", None),
        ("bq03", _L + "党工委", "书记", "临港区工委书记、管委主任鞠文博", "2024: 临港区 = 威海临港经开区"),
        ("bq03", _L + "管委会", "主任", "临港区工委书记、管委主任鞠文博", None)], []),
    "bq:毕晓宁": ("毕晓宁", "official", _W, [
        ("bq01", _W + "党工委", "委员", "工委委员、纪工委书记毕晓宁", None),
        ("bq01", _W + "纪工委", "书记", "工委委员、纪工委书记毕晓宁", "the zone's 纪工委")], []),
    "bq:隋德明": ("隋德明", "official", _W, [
        ("bq01", _W + "崮山镇党委", "书记", "在崮山镇，镇党委书记隋德明", "DECIDED HERE: 托管 town takes the zone label")], []),
    "bq:谷春燕": ("谷春燕", "official", _W, [
        ("bq01", _W + "泊于镇党委", "书记", "在泊于镇，镇党委书记谷春燕", None)], []),
    "bq:林晓川": ("林晓川", "official", _W, [
        ("bq01", _W + "皇冠街道党工委", "书记", "在皇冠街道，街道党工委书记林晓川", "street's 党工委")], []),
    "bq:宫建波": ("宫建波", "official", _L, [
        ("bq02", _L + "党工委", "委员", "工委委员、管委副主任宫建波", None),
        ("bq02", _L + "管委会", "副主任", "工委委员、管委副主任宫建波", None)], []),
    "bq:于海澜": ("于海澜", "official", _L, [
        ("bq02", _L + "汪疃镇党委", "书记", "汪疃镇党委书记于海澜", None)], []),
    "bq:姜慧敏": ("姜慧敏", "official", _L, [
        ("bq02", _L + "苘山镇党委", "副书记", "苘山镇党委副书记、镇长姜慧敏", None),
        ("bq02", _L + "苘山镇政府", "镇长", "苘山镇党委副书记、镇长姜慧敏", None)], []),
    "bq:邹明川": ("邹明川", "official", "威海市", [
        ("bq03", "威海市委", "副书记", "市委副书记、市长邹明川", "named in the headline too"),
        ("bq03", "威海市政府", "市长", "市委副书记、市长邹明川", None)], []),
    "bq:连海燕": ("连海燕", "official", "威海市", [
        ("bq03", "威海市政府", "副市长", "副市长连海燕", None)], []),
    "bq:聂思远": ("聂思远", "official", "威海市", [
        ("bq03", "威海市政府", "秘书长", "市政府秘书长聂思远", None)], []),
    "bq:戚宏斌": ("戚宏斌", "official", _L, [
        ("bq03", _L + "蔄山镇党委", "书记", "蔄山镇党委书记戚宏斌", "托管 town of 临港区")], []),
    # ---- 江门
    "bq:容志诚": ("容志诚", "official", "江海区", [
        ("bq04", _J + "党工委", "副书记", _Q04R, "2021; 区政合一: one chain, both organs"),
        ("bq04", _J + "管委会", "常务副主任", _Q04R, None),
        ("bq04", "江海区委", "副书记", _Q04R, None),
        ("bq04", "江海区政府", "区长", _Q04R, None),
        ("bq05", _J + "党工委", "书记", _Q05R, "2024: now 书记 of both"),
        ("bq05", _J + "管委会", "主任", _Q05R, None),
        ("bq05", "江海区委", "书记", _Q05R, None)], []),
    "bq:甄慧玲": ("甄慧玲", "official", "江海区", [
        ("bq04", _J + "党工委", "委员", _Q04Z, "2021"),
        ("bq04", _J + "管委会", "副主任", _Q04Z, None),
        ("bq04", "江海区政府", "副区长", _Q04Z, None),
        ("bq05", _J + "党工委", "委员", _Q05Z, "2024"),
        ("bq05", "江海区委", "常委", _Q05Z, None),
        ("bq05", "江海区政府", "常务副区长", _Q05Z, None)], []),
    "bq:伍锦梁": ("伍锦梁", "official", "江海区", [
        ("bq04", "江海区外海街道党工委", "书记", "外海街道党工委书记伍锦梁", None)], []),
    "bq:梁绮雯": ("梁绮雯", "official", "江海区", [
        ("bq04", "江海区礼乐街道党工委", "书记", "礼乐街道党工委书记梁绮雯", None)], []),
    "bq:司徒俊明": ("司徒俊明", "official", "江海区", [
        ("bq05", _J + "党工委", "副书记", _Q05S, "the post 容志诚 held in 2021"),
        ("bq05", _J + "管委会", "常务副主任", _Q05S, None),
        ("bq05", "江海区委", "副书记", _Q05S, None),
        ("bq05", "江海区政府", "区长", _Q05S, None)], []),
    # ---- 濮阳
    "bq:葛天鹏": ("葛天鹏", "official", _P, [
        ("bq06", _P + "党工委", "副书记", "濮阳经开区党工委副书记、管委会主任葛天鹏", "2022; named in the headline too"),
        ("bq06", _P + "管委会", "主任", "濮阳经开区党工委副书记、管委会主任葛天鹏", None),
        ("bq07", _P + "党工委", "书记", "濮阳经开区党工委书记葛天鹏", "2024")], []),
    "bq:高晓芸": ("高晓芸", "official", _P, [], ["bq06"]),
    "bq:杭丽君": ("杭丽君", "official", _P, [], ["bq06"]),
    "bq:苗凤琴": ("苗凤琴", "official", _P, [
        ("bq06", _P + "王助镇党委", "书记", "王助镇党委书记苗凤琴", "托管 town takes the zone label")], []),
    "bq:邢立群#1": ("邢立群", "official", _P, [
        ("bq06", _P + "胡村乡党委", "书记", "胡村乡党委书记邢立群", "濮阳 (河南), 2022; not the 邢立群 of 包头 (bq08, bq09)"),
        ("bq07", _P + "党工委", "委员", "党工委委员、管委会副主任邢立群", "2024: promoted into the zone's 党工委"),
        ("bq07", _P + "管委会", "副主任", "党工委委员、管委会副主任邢立群", None)], []),
    "bq:訾海涛": ("訾海涛", "official", _P, [
        ("bq06", _P + "新习镇政府", "镇长", "新习镇镇长訾海涛", None)], []),
    "bq:谭振宇": ("谭振宇", "official", _P, [
        ("bq06", _P + "皇甫街道党工委", "书记", "皇甫街道党工委书记谭振宇", None)], []),
    "bq:宋启明": ("宋启明", "official", "濮阳市", [
        ("bq07", "濮阳市委", "副书记", "市委副书记、市长宋启明", "named in the headline too"),
        ("bq07", "濮阳市政府", "市长", "市委副书记、市长宋启明", None)], []),
    "bq:于宏岩": ("于宏岩", "official", "濮阳市", [
        ("bq07", "濮阳市政府", "副市长", "副市长于宏岩", None)], []),
    "bq:晁文斌": ("晁文斌", "official", _P, [
        ("bq07", _P + "党工委", "副书记", "党工委副书记、管委会主任晁文斌", "succeeds 葛天鹏 as 管委会主任"),
        ("bq07", _P + "管委会", "主任", "党工委副书记、管委会主任晁文斌", None)], []),
    # ---- 包头
    "bq:那顺达来": ("那顺达来", "official", _B, [
        ("bq08", _B + "党工委", "书记", "党工委书记那顺达来", "2022"),
        ("bq09", _B + "党工委", "书记", "稀土高新区党工委书记那顺达来", "2024")], []),
    "bq:郝云鹏": ("郝云鹏", "official", _B, [
        ("bq08", _B + "党工委", "副书记", "党工委副书记、管委会主任郝云鹏", None),
        ("bq08", _B + "管委会", "主任", "党工委副书记、管委会主任郝云鹏", None)], []),
    "bq:乔海生": ("乔海生", "official", _B, [
        ("bq08", _B + "党工委", "委员", "党工委委员、管委会副主任乔海生", None),
        ("bq08", _B + "管委会", "副主任", "党工委委员、管委会副主任乔海生", None)], []),
    "bq:邢立群#2": ("邢立群", "official", _B, [
        ("bq08", _B + "希望园区管委会", "主任", "希望园区管委会主任邢立群", "包头 (内蒙古), 2022; DECIDED HERE: park 管委会 under the zone; not the 邢立群 of 濮阳"),
        ("bq09", _B + "党工委", "委员", "党工委委员、管委会副主任邢立群", "2024"),
        ("bq09", _B + "管委会", "副主任", "党工委委员、管委会副主任邢立群", None)], []),
    "bq:樊淑芝": ("樊淑芝", "official", _B, [
        ("bq08", _B + "白云鄂博矿区产业园管委会", "副主任", "白云鄂博矿区产业园管委会副主任樊淑芝", None)], []),
    "bq:丛林海": ("丛林海", "official", _B, [
        ("bq08", _B + "万水泉镇党委", "书记", "万水泉镇党委书记丛林海", "托管 town takes the zone label")], []),
    "bq:杜长河": ("杜长河", "official", "包头市", [
        ("bq09", "包头市政府", "副市长", "副市长杜长河", "named in the headline too")], []),
    "bq:苏雅拉": ("苏雅拉", "official", _B, [
        ("bq09", _B + "希望园区管委会", "主任", "希望园区管委会主任苏雅拉", "succeeds 邢立群#2")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bq01", "王立夫", "编辑", "editor", "编辑：王立夫"),
    ("bq01", "刘晓蕾", "审核", "editor", "审核：刘晓蕾"),
    ("bq02", "张梦瑶", "责任编辑", "editor", "责任编辑：张梦瑶"),
    ("bq03", "曲雅婷", "记者", "reporter", "本报讯（记者 曲雅婷）"),
    ("bq03", "李欣然", "责任编辑", "editor", "责任编辑：李欣然"),
    ("bq04", "钟伟霖", "责任编辑", "editor", "责任编辑：钟伟霖"),
    ("bq05", "黄颖欣", "记者", "reporter", "本报讯（记者 黄颖欣 通讯员 江宣）"),
    ("bq05", "温少杰", "编辑", "editor", "编辑：温少杰"),
    ("bq05", "区卓文", "校对", "editor", "校对：区卓文"),
    ("bq07", "吕芳菲", "记者", "reporter", "本报讯（记者 吕芳菲）"),
    ("bq07", "倪海燕", "责任编辑", "editor", "责任编辑：倪海燕"),
    ("bq08", "孙晓鸥", "审核", "editor", "审核：孙晓鸥"),
    ("bq09", "邓悦宁", "记者", "reporter", "本报讯（记者 邓悦宁）"),
    ("bq09", "陈嘉慧", "编辑", "editor", "编辑：陈嘉慧"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("bq01", "镇街重点项目现场观摩活动", "site observation (观摩活动)", "5月13日", None, None, ["威海经开区"],
     ["滕远航", "鞠文博", "毕晓宁"], ["隋德明", "谷春燕", "林晓川"], "泊于镇、崮山镇、桥头镇、皇冠街道、凤林街道、西苑街道",
     "5月13日，经区组织开展镇街重点项目现场观摩活动",
     ["纪工委书记毕晓宁，各镇街党（工）委书记", "镇党委书记隋德明介绍了", "镇党委书记谷春燕汇报了", "街道党工委书记林晓川介绍了"]),
    ("bq01", "点评会", "meeting (点评会)", "5月13日", None, None, [],
     [], ["鞠文博", "滕远航", "毕晓宁"], None,
     "观摩结束后召开点评会",
     ["鞠文博通报了观摩打分情况", "滕远航指出", "毕晓宁就作风建设和项目监督提出要求"]),
    ("bq02", "汪疃镇、苘山镇重点项目建设调研", "inspection (调研)", "9月7日", None, "鞠文博", [],
     ["宫建波"], ["于海澜", "姜慧敏", "鞠文博", "宫建波"], "汪疃镇、苘山镇",
     "工委副书记、管委主任鞠文博到汪疃镇、苘山镇调研重点项目建设和秋季森林防火工作",
     ["管委主任鞠文博到汪疃镇、苘山镇调研", "宫建波陪同调研", "于海澜汇报了", "镇长姜慧敏关于秋季森林防火", "鞠文博强调", "宫建波表示"]),
    ("bq03", "开发区改革发展和“一区多园”建设调研", "inspection (调研)", "4月17日", None, "邹明川", [],
     ["连海燕", "聂思远"], ["滕远航", "鞠文博", "戚宏斌", "邹明川", "连海燕"], "经区、临港区",
     "市委副书记、市长邹明川到经区、临港区调研开发区改革发展和“一区多园”建设工作",
     ["市长邹明川到经区、临港区调研", "市政府秘书长聂思远参加调研", "滕远航汇报了", "戚宏斌分别介绍了", "邹明川指出", "连海燕就园区安全生产监管作了具体安排"]),
    ("bq04", "高新区（江海区）重点项目建设推进会", "meeting (推进会)", "3月25日下午", "容志诚", None, [],
     ["甄慧玲"], ["伍锦梁", "梁绮雯", "容志诚", "甄慧玲"], None,
     "区长容志诚主持召开高新区（江海区）重点项目建设推进会",
     ["区长容志诚主持召开", "江海区副区长甄慧玲出席会议", "伍锦梁介绍了", "梁绮雯汇报了", "容志诚强调", "甄慧玲就项目用地报批"]),
    ("bq05", "上半年经济形势分析暨下半年重点工作部署会", "meeting (部署会)", "7月9日", "司徒俊明", None, ["江门高新区（江海区）"],
     ["容志诚"], ["容志诚", "甄慧玲"], None,
     "江门高新区（江海区）召开上半年经济形势分析暨下半年重点工作部署会",
     ["江海区委书记容志诚出席会议并讲话", "区长司徒俊明主持会议", "常务副区长甄慧玲通报了", "容志诚指出"]),
    ("bq06", "托管乡镇（街道）重点工作调度会", "meeting (调度会)", "2022年8月22日", "葛天鹏", None, [],
     ["高晓芸", "杭丽君"], ["苗凤琴", "邢立群", "訾海涛", "谭振宇", "葛天鹏"], None,
     "管委会主任葛天鹏主持召开托管乡镇（街道）重点工作调度会",
     ["管委会主任葛天鹏主持召开", "区领导高晓芸、杭丽君", "苗凤琴汇报了", "邢立群汇报了", "訾海涛汇报了", "谭振宇汇报了", "葛天鹏要求"]),
    ("bq07", "开发区高质量发展调研", "inspection (调研)", "3月5日", None, "宋启明", [],
     ["于宏岩"], ["葛天鹏", "晁文斌", "邢立群", "宋启明", "于宏岩"], "濮阳经开区",
     "市委副书记、市长宋启明到濮阳经开区调研开发区高质量发展工作",
     ["市长宋启明到濮阳经开区调研", "副市长于宏岩参加调研", "葛天鹏汇报了", "晁文斌介绍了", "邢立群汇报了", "宋启明指出", "于宏岩就项目要素保障作了安排"]),
    ("bq08", "“一区多园”建设推进会", "meeting (推进会)", "6月28日", "郝云鹏", None, ["包头稀土高新区"],
     ["那顺达来"], ["那顺达来", "乔海生", "邢立群", "樊淑芝", "丛林海", "郝云鹏"], None,
     "6月28日，稀土高新区召开“一区多园”建设推进会",
     ["党工委书记那顺达来出席会议并讲话", "管委会主任郝云鹏主持会议", "乔海生通报了", "樊淑芝分别汇报了", "丛林海汇报了", "那顺达来指出", "郝云鹏要求"]),
    ("bq09", "稀土高新区“一区多园”建设调研", "inspection (调研)", "9月11日", None, "杜长河", [],
     ["那顺达来", "邢立群"], ["邢立群", "苏雅拉", "杜长河", "那顺达来"], "稀土高新区",
     "副市长杜长河到稀土高新区调研“一区多园”建设和重点项目推进工作",
     ["副市长杜长河到稀土高新区调研", "邢立群陪同调研", "邢立群汇报了", "苏雅拉介绍了", "杜长河强调", "那顺达来表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bq01", "泊于海洋食品产业园二期", "industrial_park", "实地察看了泊于海洋食品产业园二期"),
    ("bq01", "崮山镇滨海美丽乡村示范片区", "project", "崮山镇滨海美丽乡村示范片区"),
    ("bq01", "桥头镇里口山生态修复工程", "greening_project", "桥头镇里口山生态修复工程"),
    ("bq01", "皇冠街道老旧小区改造工程", "housing_project", "皇冠街道老旧小区改造工程等15个项目"),
    ("bq02", "临港区新能源装备产业园", "industrial_park", "先后来到临港区新能源装备产业园"),
    ("bq02", "汪疃镇乡村振兴示范片区", "project", "汪疃镇乡村振兴示范片区"),
    ("bq02", "苘山水库除险加固工程", "engineering_work", "察看了苘山水库除险加固工程"),
    ("bq03", "崮山镇数字经济产业园", "industrial_park", "来到崮山镇数字经济产业园"),
    ("bq03", "威海港国际物流园二期", "logistics_hub", "威海港国际物流园二期项目现场"),
    ("bq03", "蔄山镇精细化工产业园", "industrial_park", "察看了蔄山镇精细化工产业园"),
    ("bq03", "草庙子镇智能制造产业园", "industrial_park", "草庙子镇智能制造产业园"),
    ("bq04", "外海智能家电产业园一期", "industrial_park", "外海智能家电产业园一期征拆进展"),
    ("bq04", "礼乐新能源电池材料产业园", "industrial_park", "礼乐新能源电池材料产业园和礼乐河碧道工程"),
    ("bq04", "礼乐河碧道工程", "greening_project", "礼乐河碧道工程的建设情况"),
    ("bq05", "外海智能家电产业园一期", "industrial_park", "外海智能家电产业园一期建成投产"),
    ("bq05", "礼乐新能源电池材料产业园二期", "industrial_park", "礼乐新能源电池材料产业园二期开工建设"),
    ("bq05", "江门高新港扩建工程", "infrastructure_project", "江门高新港扩建工程加快推进"),
    ("bq06", "王助镇生物基材料产业园二期", "industrial_park", "王助镇生物基材料产业园二期征迁和安置工作"),
    ("bq06", "龙山北片区开发", "project", "汇报了龙山北片区开发"),
    ("bq06", "胡村乡污水处理厂提标改造工程", "infrastructure_project", "胡村乡污水处理厂提标改造工程进展"),
    ("bq06", "新习镇高标准农田建设项目", "project", "新习镇高标准农田建设项目推进情况"),
    ("bq06", "皇甫片区老旧小区改造项目", "housing_project", "皇甫片区老旧小区改造项目的居民协调情况"),
    ("bq07", "王助镇生物基材料产业园二期", "industrial_park", "先后来到王助镇生物基材料产业园二期"),
    ("bq07", "濮阳经开区化工园区公共管廊工程", "infrastructure_project", "濮阳经开区化工园区公共管廊工程"),
    ("bq07", "化工园区安全风险智能化管控平台", "project", "化工园区安全风险智能化管控平台建设情况"),
    ("bq07", "龙山北片区开发", "project", "汇报了龙山北片区开发进展"),
    ("bq08", "希望园区稀土永磁材料产业园一期", "industrial_park", "加快希望园区稀土永磁材料产业园一期"),
    ("bq08", "白云鄂博稀土尾矿综合利用项目", "project", "白云鄂博稀土尾矿综合利用项目建设"),
    ("bq09", "希望园区稀土永磁材料产业园一期", "industrial_park", "来到希望园区稀土永磁材料产业园一期"),
    ("bq09", "白云鄂博稀土尾矿综合利用项目", "project", "白云鄂博稀土尾矿综合利用项目和万水泉镇"),
    ("bq09", "万水泉镇园区配套道路工程", "infrastructure_project", "万水泉镇园区配套道路工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bq01", "经区", "development_zone", "standalone", "5月13日，经区组织开展"),
    ("bq01", "泊于镇", "town", "standalone", "先后来到泊于镇、崮山镇、桥头镇"),
    ("bq01", "崮山镇", "town", "standalone", "先后来到泊于镇、崮山镇、桥头镇"),
    ("bq01", "桥头镇", "town", "standalone", "先后来到泊于镇、崮山镇、桥头镇"),
    ("bq01", "皇冠街道", "sub_district_office", "standalone", "皇冠街道、凤林街道、西苑街道"),
    ("bq01", "凤林街道", "sub_district_office", "standalone", "皇冠街道、凤林街道、西苑街道"),
    ("bq01", "西苑街道", "sub_district_office", "standalone", "皇冠街道、凤林街道、西苑街道"),
    ("bq01", "里口山", "mountain", "in_project_name", "桥头镇里口山生态修复工程"),
    ("bq02", "汪疃镇", "town", "standalone", "在汪疃镇，鞠文博"),
    ("bq02", "苘山镇", "town", "standalone", "在苘山镇，鞠文博"),
    ("bq02", "临港区", "development_zone", "standalone", "是临港区“一区多园”布局中的重点园区"),
    ("bq02", "苘山水库", "reservoir", "in_project_name", "察看了苘山水库除险加固工程"),
    ("bq03", "经区", "development_zone", "standalone", "到经区、临港区调研开发区改革发展"),
    ("bq03", "临港区", "development_zone", "standalone", "到经区、临港区调研开发区改革发展"),
    ("bq03", "崮山镇", "town", "in_project_name", "来到崮山镇数字经济产业园"),
    ("bq03", "威海港", "port", "in_project_name", "威海港国际物流园二期项目现场"),
    ("bq03", "蔄山镇", "town", "in_project_name", "察看了蔄山镇精细化工产业园"),
    ("bq03", "草庙子镇", "town", "in_project_name", "草庙子镇智能制造产业园"),
    ("bq04", "高新区", "development_zone", "standalone", "召开高新区（江海区）重点项目建设推进会"),
    ("bq04", "江海区", "district", "standalone", "召开高新区（江海区）重点项目建设推进会"),
    ("bq04", "外海街道", "sub_district_office", "standalone", "外海街道、礼乐街道、江南街道和江沙示范园区"),
    ("bq04", "礼乐街道", "sub_district_office", "standalone", "外海街道、礼乐街道、江南街道和江沙示范园区"),
    ("bq04", "江南街道", "sub_district_office", "standalone", "外海街道、礼乐街道、江南街道和江沙示范园区"),
    ("bq04", "江沙示范园区", "zone_park", "standalone", "江南街道和江沙示范园区相关负责同志"),
    ("bq04", "礼乐河", "river", "in_project_name", "礼乐河碧道工程的建设情况"),
    ("bq05", "江门高新区", "development_zone", "standalone", "7月9日，江门高新区（江海区）召开"),
    ("bq05", "江海区", "district", "standalone", "7月9日，江门高新区（江海区）召开"),
    ("bq05", "珠江西岸", "region", "standalone", "奋力打造珠江西岸现代产业枢纽"),
    ("bq05", "江沙示范园区", "zone_park", "standalone", "推动江沙示范园区与外海、礼乐两大产业园错位发展"),
    ("bq05", "江门高新港", "port", "in_project_name", "江门高新港扩建工程加快推进"),
    ("bq05", "外海街道", "sub_district_office", "standalone", "外海街道、礼乐街道、江南街道主要负责同志"),
    ("bq05", "礼乐街道", "sub_district_office", "standalone", "外海街道、礼乐街道、江南街道主要负责同志"),
    ("bq05", "江南街道", "sub_district_office", "standalone", "外海街道、礼乐街道、江南街道主要负责同志"),
    ("bq06", "濮阳经开区", "development_zone", "in_title", "濮阳经开区党工委副书记、管委会主任葛天鹏"),
    ("bq06", "王助镇", "town", "standalone", "王助镇、新习镇、胡村乡、皇甫街道、昆吾街道"),
    ("bq06", "新习镇", "town", "standalone", "王助镇、新习镇、胡村乡、皇甫街道、昆吾街道"),
    ("bq06", "胡村乡", "township", "standalone", "王助镇、新习镇、胡村乡、皇甫街道、昆吾街道"),
    ("bq06", "皇甫街道", "sub_district_office", "standalone", "王助镇、新习镇、胡村乡、皇甫街道、昆吾街道"),
    ("bq06", "昆吾街道", "sub_district_office", "standalone", "王助镇、新习镇、胡村乡、皇甫街道、昆吾街道"),
    ("bq06", "龙山北片区", "area", "in_project_name", "汇报了龙山北片区开发"),
    ("bq06", "皇甫片区", "area", "in_project_name", "皇甫片区老旧小区改造项目"),
    ("bq06", "化工园区", "zone_park", "standalone", "主动对接化工园区、生物基材料产业园"),
    ("bq07", "濮阳经开区", "development_zone", "standalone", "宋启明到濮阳经开区调研开发区高质量发展工作"),
    ("bq07", "王助镇", "town", "in_project_name", "先后来到王助镇生物基材料产业园二期"),
    ("bq07", "化工园区", "zone_park", "standalone", "要做强化工园区、生物基材料产业园等主导园区"),
    ("bq07", "龙山北片区", "area", "standalone", "公共管廊工程和龙山北片区，察看项目建设进度"),
    ("bq08", "稀土高新区", "development_zone", "standalone", "6月28日，稀土高新区召开"),
    ("bq08", "希望园区", "zone_park", "in_org_reference", "希望园区管委会主任邢立群"),
    ("bq08", "白云鄂博矿区产业园", "zone_park", "standalone", "将白云鄂博矿区产业园纳入高新区"),
    ("bq08", "白云鄂博矿区", "district", "in_org_reference", "白云鄂博矿区产业园管委会副主任樊淑芝"),
    ("bq08", "稀土应用产业园区", "zone_park", "standalone", "形成稀土应用产业园区、希望园区、白云鄂博矿区产业园“一区多园”格局"),
    ("bq08", "万水泉镇", "town", "standalone", "托管的万水泉镇要做好征拆、安置工作"),
    ("bq09", "稀土高新区", "development_zone", "standalone", "副市长杜长河到稀土高新区调研"),
    ("bq09", "希望园区", "zone_park", "standalone", "汇报了希望园区、白云鄂博矿区产业园整合以来的运行情况"),
    ("bq09", "白云鄂博矿区产业园", "zone_park", "standalone", "汇报了希望园区、白云鄂博矿区产业园整合以来的运行情况"),
    ("bq09", "白云鄂博矿区", "district", "in_org_reference", "汇报了希望园区、白云鄂博矿区产业园整合以来的运行情况"),
    ("bq09", "万水泉镇", "town", "standalone", "万水泉镇要配合园区做好配套道路工程收尾"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bq", conventions="set bq (blind set: development zones with several parks (一区多园), entrusted towns (托管) and a zone merged with a district (区政合一) in 山东 威海 (经开区 written 经区, 临港经开区 written 临港区, with the short forms 工委 / 管委 = 党工委 / 管委会), 广东 江门 (江门高新区（江海区）: one chain gives lines for the zone's organs and the district's), 河南 濮阳 (濮阳经开区 and its 托管 乡镇（街道）), 内蒙古 包头 (稀土高新区 with park 管委会: 希望园区, 白云鄂博矿区产业园; the 托管 万水泉镇); a town entrusted to a zone takes the zone label; a park's 管委会 = zone label + park + 管委会; 区领导 no post; one line per post per article)",
          persons_note="Set bq persons. id = corpus-wide person_id (bq:邢立群#1 of 濮阳经开区 (河南) and bq:邢立群#2 of 包头稀土高新区 (内蒙古) are two people with look-alike careers; bq:鞠文博 moves 威海经开区 工委委员、管委副主任 2021 → 威海临港经开区 工委副书记、管委主任 2023 → 工委书记、管委主任 2024; bq:容志诚 江门高新区党工委副书记 / 江海区区长 2021 → 党工委书记、管委会主任 / 江海区委书记 2024; bq:葛天鹏 濮阳经开区 管委会主任 2022 → 党工委书记 2024)")


if __name__ == "__main__":
    main()
