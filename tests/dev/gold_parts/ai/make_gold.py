"""Write gold part ``ai`` (a blind set: national new areas, free-trade-zone 片区 and bonded zones, their 党工委 /
管委会 and the city and district posts their leaders hold at the same time) from the tables below.

Pages ``tests/dev/texts/ai*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 湖州 太湖新区 page of a 党工委会议 (``市政府党组成员，新区党工委书记、
管委会主任…主持会议``); a 西咸新区 泾河新城 page of a 管委会班子 观摩调研 (``西咸新区党工委委员，泾河新城党委书记、管委会
主任…``: the 新城 has a 党委, not a 党工委); a 赣江新区 组团 授牌 report (``省委常委、副省长、南昌市委书记、赣江新区党工委书记``,
组团 工委 / 管委会 ``增挂牌子`` on a 开发区 or a county), a 南昌 市长's visit to 赣江新区 and a 南昌 党政代表团 page; two 四川
天府新区 pages (``党工委副书记、管委会主任…带队``); a 小蓝经开区 ``管委会2021年第12次主任办公会议`` (``县委书记、…管委会主任
…主持召开…区党工委委员、管委会副主任…出席``) and a 临港区 ``区党工委副书记、管委会主任…主持召开管委会常务会议``; a 梅州 page
``区委副书记、区长、梅州综合保税区管理委员会主任…率队调研`` and a 梅州日报 综保区 考察 report; a 开封 综保区 封关 and 签约
page (``…开封经济技术开发区管委会主任、自贸区开封片区管委会常务副主任``); a 衡阳 page with ``高新区党工委委员、管委会副主任、
综保区管理局局长``; a 四川日报 page on the 川南临港片区 (``川南临港片区党工委副书记兼纪工委书记``) and a 泸州 page on its
管委会; a 连云港 开发区 page (``市委常委、市开发区党工委书记…带队调研``). Places are real and new to the corpus: 陕西 西咸新区
(西安; 空港新城 = 西安临空经济示范区, 沣东新城, 秦汉新城, 泾河新城), 湖南 郴州 (the 自贸试验区郴州片区 and 郴州综保区), 四川
泸州 (the 川南临港片区, 泸州综保区, 泸州港, 龙马潭区), 广东 梅州 (梅州综保区 run with 梅县区), 重庆 两江新区 (两江片区,
两路果园港综保区, 果园港).

Shapes: a new area's portal reporting a 新城's 集中签约仪式 with the city's 市委常委 who is the new area's 党工委书记 (ai01);
the same portal's 党工委（扩大）会议 with the 班子 listed after titles and a 新城 党委书记 who reports (ai02); a city paper's
第02版 on a 副市长's 调研 in the new area, dated against the edition (ai03); a 片区 site's 主任办公会议 with a three-organ
title chain (片区党工委副书记、管委会主任，综保区管委会主任) and a 片区 department head reporting (ai04); a city paper's 第01版
签约仪式 in the 综保区 (ai05); a 片区 site's 党工委会议 chaired by a 市委常委 (ai06); a city paper's 市长 调研 of the 片区 with the
district's 区长 (ai07); a district site's 调研 of a bonded zone by the 区长 who heads its 管委会, with a 座谈会 (ai08); a city
paper's 投资推介会 of that zone (ai09); a new area's 管委会主任办公会 that relays the absent 党工委书记's speech (ai10).

Identity cases:
- ai:郗振邦, a zone leader who moves to a city post (three pages, four years): 空港新城党委副书记、管委会主任 in June 2021
  (ai01); 西咸新区党工委委员，空港新城党委书记 in March 2023 (ai02); 西安市 副市长 in April 2025, on an 调研 of the same 新城,
  where his successor ai:姬鹏程 is 空港新城党委书记 (ai03).
- ai:谭克勤 rises inside one zone and takes a city post: 郴州片区党工委副书记、管委会主任 and 郴州综保区管委会主任 in May 2022
  (ai04); 郴州市委常委、郴州片区党工委书记 in Sept 2024 (ai05), when ai:何振湘 is the 片区's 管委会主任.
- ai:丘志鹏, a 区长 who heads the bonded zone run with his district, becomes the district's 书记: 梅县区委副书记、区长，
  梅州综保区管委会主任 in July 2022 (ai08); 梅县区委书记 in Nov 2024, when ai:曾昭宇 holds the three posts (ai09).
  ai:钟伟航 is 梅州综保区管委会副主任 on both pages.
- the same officials across years: ai:雒振华 (西安市委常委、西咸新区党工委书记, ai01 2021 and ai02 2023), ai:党怀远 (西咸新区
  党工委副书记、管委会主任, ai01 and ai02); ai:先永刚 (泸州市委常委、川南临港片区党工委书记, ai06 2023 and ai07 2024) and
  ai:母志强 (片区党工委副书记、管委会主任, ai06 and ai07).
- two different 蔺海峰 in unrelated places: ai:蔺海峰#1 is 西咸新区党工委委员、管委会副主任 (陕西, ai02, 2023);
  ai:蔺海峰#2 is 郴州综保区管委会副主任 (湖南, ai05, 2024).
- the same organ name in different places: a bare ``综保区管委会`` is 郴州综保区管委会 on the 郴州 pages (ai04, ai05) and
  梅州综保区管委会 on the 梅州 pages (ai08, ai09); a bare ``片区党工委`` / ``片区管委会`` is 郴州片区 on the 郴州 pages and
  泸州川南临港片区 on the 泸州 pages; bare ``综保区`` places are written bare in 郴州, 泸州 and 梅州 pages; bare ``新区`` in
  西咸新区 and 两江新区 pages.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (CONVENTIONS and parts k, r where they speak; decided here where they are silent):
- Named new areas take the lexicon's name (extract/lexicons/zone_places.tsv) with no city: 西咸新区党工委, 西咸新区管委会,
  两江新区党工委, 两江新区管委会; ``纪工委书记`` of a zone → the zone's 纪工委 (西咸新区纪工委, as part r's 南昌高新区纪工委).
- DECIDED HERE: a 新城 (a sub-zone with its own 党委 and 管委会) inside a named new area is labelled new-area label + the
  新城's name, as a town takes its county's label: ``空港新城党委书记`` → 西咸新区空港新城党委 书记, ``空港新城党委委员、
  管委会副主任`` → 西咸新区空港新城党委 委员 + 西咸新区空港新城管委会 副主任. The 新城's organ is a 党委, as written (not
  党工委).
- DECIDED HERE: a 片区 of a 自由贸易试验区 is a zone: its label is the city's name without 市 + the 片区's name, the city not
  doubled when the 片区's name already starts with it: 郴州片区 (郴州片区党工委, 郴州片区管委会), 泸州川南临港片区 (泸州川南
  临港片区党工委, …管委会, …纪工委). A 片区's department as written after the label: ``片区投资促进局局长`` → 郴州片区投资促进局
  局长 (as part k's 宜昌高新区投资促进局).
- 综合保税区 folds to 综保区 after the city's name (CONVENTIONS): ``综保区管委会主任`` on a 郴州 page → 郴州综保区管委会
  主任; ``梅州综保区管委会主任`` → 梅州综保区管委会.
- A bare organ of a zone takes the zone of the page: ``片区党工委副书记`` on the 郴州片区 site and the 郴州日报 → 郴州片区党工委;
  on the 川南临港片区 site → 泸州川南临港片区党工委; ``党工委委员、管委会副主任`` after a zone's name → that zone's organs.
  ``市委常委`` on a 泸州 / 郴州 / 西安 page → that city's 市委 (``西安市委常委`` written in full); on the 两江新区 site →
  重庆市委; ``区委副书记、区长`` on the 梅县区 site → 梅县区委 / 梅县区政府.
- A title chain across organs splits at ``、`` and ``，``, each title with the organ it follows: ``西安市委常委、西咸新区
  党工委书记`` → 西安市委 常委 + 西咸新区党工委 书记; ``片区党工委副书记、管委会主任，综保区管委会主任`` → three lines; ``区委
  副书记、区长，梅州综保区管委会主任`` → 梅县区委 副书记 + 梅县区政府 区长 + 梅州综保区管委会 主任.
- A person named only because his speech is relayed (涂远山 in ai10, ``传达学习…在…会上的讲话精神``) has his posts annotated
  but takes no part in the meeting.
- Events: 签约仪式 (ceremony; the one who 主持 is its chair, 致辞 / 讲话 / 介绍 / 推介 / 表示 / 强调 speakers), 党工委（扩大）
  会议 and 主任办公会议 (meeting; chair, 出席 attendees, 汇报 / 通报 / 作了安排 speakers; 列席 groups name nobody), 调研
  (inspection; leader, 参加调研 attendees, 汇报 / 介绍 speakers), the 座谈会 after the 调研 in ai08 (its 汇报 / 发言 speakers;
  the leader's 指出 stays with the 调研), the 投资推介会 (meeting; chair 主持, 致辞 / 推介 / 介绍 speakers).
- Projects: works and parks named as under way, signed or to be pushed; a 二期 / 三期 / 扩区 named on its own is a project of
  its own (丝路航空货运枢纽港项目二期, 泸州综保区二期); cargo hubs, 冷链物流 centres, 多式联运 and 保税物流仓 projects are
  logistics_hub; airports' and ports' 扩建 / 三期 / 扩能 works infrastructure_project; …产业园 industrial_park. Documents
  (《…若干措施》, 《…工作要点》) are not projects.
- DECIDED HERE (places): 新区, 新城, 片区 and 综保区 are annotated with the name the evidence writes (西咸新区, 空港新城,
  郴州片区, 川南临港片区, 两江片区, 郴州综保区, 梅州综合保税区, 两路果园港综保区), kinds development_zone (新区, 新城,
  示范区), free_trade_zone (片区), bonded_zone (综保区), as extract/lexicons/zones.tsv types them; a bare ``综保区`` and a
  bare ``新区`` are places (as CONVENTIONS has bare 经开区), a bare ``片区`` (a generic word for urban areas too) and a bare
  ``自贸试验区`` are not. Site lines, mastheads, 来源 lines, footers, 上一篇 / 下一篇 are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ai01_xixian.txt": (2021, "发布时间：2021-06-24 17:32", "西咸新区", [
        ("空港新城集中签约12个临空经济项目 总投资126亿元", "6月23日", "2021-06-23", "6月23日，西咸新区空港新城",
         "new-area portal: a 新城's 集中签约仪式; 西安市委常委、西咸新区党工委书记 speaks, the 新城's 管委会主任 chairs")]),
    "ai02_xixian.txt": (2023, "发布时间：2023-03-08 18:05", "西咸新区", [
        ("西咸新区召开党工委（扩大）会议 研究部署一季度重点工作", "3月7日", "2023-03-07", "3月7日，西安市委常委",
         "new-area portal: 党工委（扩大）会议 chaired by the 市委常委、党工委书记; 班子 after titles; the 新城 党委书记 reports")]),
    "ai03_xian.txt": (2025, "2025年4月17日　星期四", "西安市", [
        ("郗振邦在西咸新区调研临空经济和口岸建设时强调", "4月16日", "2025-04-16", "本报讯（记者 权思远）4月16日",
         "city paper 第02版: the former 新城 head, now 副市长, on an 调研 in the 新城 with his successor")]),
    "ai04_chenzhou.txt": (2022, "发布时间：2022-05-19 11:20", "郴州片区", [
        ("郴州片区管委会召开2022年第6次主任办公会议", "5月18日下午", "2022-05-18", "5月18日下午，片区党工委副书记",
         "片区 site: 主任办公会议; three-organ title chain (片区党工委, 片区管委会, 综保区管委会); a 片区 department head reports")]),
    "ai05_chenzhou.txt": (2024, "2024年9月12日　星期四", "郴州市", [
        ("自贸试验区郴州片区8个项目集中签约", "9月11日", "2024-09-11", "本报讯（记者 侯若溪 通讯员 邝文俊）",
         "city paper 第01版: 签约仪式 in the 综保区; the former 管委会主任 now 市委常委、片区党工委书记")]),
    "ai06_luzhou.txt": (2023, "发布日期：2023-08-15", "川南临港片区", [
        ("片区召开2023年第8次党工委会议", "8月14日", "2023-08-14", "8月14日，泸州市委常委",
         "片区 site: 党工委会议 chaired by the 市委常委、片区党工委书记; bare 片区 / 党工委 organs; 综保区 and 港口 works")]),
    "ai07_luzhou.txt": (2024, "2024年3月6日　星期三", "泸州市", [
        ("晏启航在川南临港片区调研时强调", "3月5日", "2024-03-05", "本报讯（记者 邓欣然）3月5日",
         "city paper 第A01版: the 市长's 调研 of the 片区 with its 书记 and 主任 and the district's 区长")]),
    "ai08_meizhou.txt": (2022, "发布时间：2022-07-06 09:15", "梅县区", [
        ("丘志鹏调研梅州综保区招商运营工作", "7月5日", "2022-07-05", "7月5日，区委副书记",
         "district site: the 区长 who heads the 综保区管委会 on an 调研 of the bonded zone, with a 座谈会")]),
    "ai09_meizhou.txt": (2024, "2024年11月22日　星期五", "梅州市", [
        ("梅州综保区举办投资推介会", "11月21日", "2024-11-21", "本报讯（记者 饶佳慧）11月21日",
         "city paper 第02版: the bonded zone's 投资推介会; the former 区长 now 区委书记, a new 区长 heading the 综保区管委会")]),
    "ai10_liangjiang.txt": (2023, "发布时间：2023-07-21 10:40", "两江新区", [
        ("两江新区召开管委会2023年第15次主任办公会", "7月20日", "2023-07-20", "7月20日，两江新区党工委副书记",
         "new-area portal: 管委会主任办公会; the absent 市委常委、党工委书记's speech relayed; 自贸试验区两江片区 and 综保区")]),
}

_A01_SIGN = "空港新城党委委员、管委会副主任樊文杰、师雅琴"
_A02_BZ = "党工委委员、管委会副主任蔺海峰、拓晓东"
_A04_CHAIN = "片区党工委副书记、管委会主任，综保区管委会主任谭克勤主持召开"
_A04_DEP = "片区党工委委员、管委会副主任欧阳健、邝雅芬出席会议"
_A06_DEP = "党工委委员、管委会副主任税晓红、佘文斌"
_A08_CHAIN = "区委副书记、区长，梅州综保区管委会主任丘志鹏率队"
_A09_CHAIN = "梅县区委副书记、区长，梅州综保区管委会主任曾昭宇主持推介会"
_A10_DEP = "党工委委员、管委会副主任幸永兴、文玥出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 西咸新区 / 西安
    "ai:雒振华": ("雒振华", "official", "西咸新区", [
        ("ai01", "西安市委", "常委", "西安市委常委、西咸新区党工委书记雒振华出席并讲话", "2021-06; a city's 市委常委 who is the new area's 书记"),
        ("ai01", "西咸新区党工委", "书记", "西安市委常委、西咸新区党工委书记雒振华出席并讲话", "named new area: lexicon label, no city"),
        ("ai02", "西安市委", "常委", "西安市委常委、西咸新区党工委书记雒振华主持召开", "2023-03: the same posts"),
        ("ai02", "西咸新区党工委", "书记", "西安市委常委、西咸新区党工委书记雒振华主持召开", None)], []),
    "ai:党怀远": ("党怀远", "official", "西咸新区", [
        ("ai01", "西咸新区党工委", "副书记", "西咸新区党工委副书记、管委会主任党怀远致辞", "2021"),
        ("ai01", "西咸新区管委会", "主任", "西咸新区党工委副书记、管委会主任党怀远致辞", None),
        ("ai02", "西咸新区党工委", "副书记", "西咸新区党工委副书记、管委会主任党怀远，", "2023"),
        ("ai02", "西咸新区管委会", "主任", "西咸新区党工委副书记、管委会主任党怀远，", None)], []),
    "ai:郗振邦": ("郗振邦", "official", "西咸新区", [
        ("ai01", "西咸新区空港新城党委", "副书记", "空港新城党委副书记、管委会主任郗振邦主持签约仪式", "2021-06: the 新城's 党委 (not 党工委); identity case: 西安 副市长 in 2025 (ai03)"),
        ("ai01", "西咸新区空港新城管委会", "主任", "空港新城党委副书记、管委会主任郗振邦主持签约仪式", "新城 label = new-area label + 新城 name (DECIDED HERE)"),
        ("ai02", "西咸新区党工委", "委员", "西咸新区党工委委员，空港新城党委书记郗振邦", "2023-03: now in the new area's 党工委"),
        ("ai02", "西咸新区空港新城党委", "书记", "西咸新区党工委委员，空港新城党委书记郗振邦", "2023-03: 副书记 → 书记 of the 新城"),
        ("ai03", "西安市政府", "副市长", "副市长郗振邦到西咸新区空港新城调研", "2025-04: a city post (bare 副市长 on the 西安日报 = 西安市政府); named in the headline too")], []),
    "ai:樊文杰": ("樊文杰", "official", "西咸新区", [
        ("ai01", "西咸新区空港新城党委", "委员", _A01_SIGN, "list after one title chain"),
        ("ai01", "西咸新区空港新城管委会", "副主任", _A01_SIGN, None)], []),
    "ai:师雅琴": ("师雅琴", "official", "西咸新区", [
        ("ai01", "西咸新区空港新城党委", "委员", _A01_SIGN, None),
        ("ai01", "西咸新区空港新城管委会", "副主任", _A01_SIGN, None)], []),
    "ai:寇立新": ("寇立新", "official", "西咸新区", [
        ("ai02", "西咸新区党工委", "副书记", "党工委副书记寇立新", None)], []),
    "ai:蔺海峰#1": ("蔺海峰", "official", "西咸新区", [
        ("ai02", "西咸新区党工委", "委员", _A02_BZ, "陕西 西咸新区; not the 蔺海峰 of 郴州 (ai05)"),
        ("ai02", "西咸新区管委会", "副主任", _A02_BZ, None)], []),
    "ai:拓晓东": ("拓晓东", "official", "西咸新区", [
        ("ai02", "西咸新区党工委", "委员", _A02_BZ, None),
        ("ai02", "西咸新区管委会", "副主任", _A02_BZ, None)], []),
    "ai:惠秀珍": ("惠秀珍", "official", "西咸新区", [
        ("ai02", "西咸新区党工委", "委员", "党工委委员、纪工委书记惠秀珍", None),
        ("ai02", "西咸新区纪工委", "书记", "党工委委员、纪工委书记惠秀珍", "the zone's 纪工委 (as part r)")], []),
    "ai:屈振武": ("屈振武", "official", "西安市", [
        ("ai03", "西安市政府", "副秘书长", "市政府副秘书长屈振武", None)], []),
    "ai:来文博": ("来文博", "official", "西安市", [
        ("ai03", "西安市商务局", "局长", "市商务局局长来文博", None)], []),
    "ai:姬鹏程": ("姬鹏程", "official", "西咸新区", [
        ("ai03", "西咸新区党工委", "委员", "西咸新区党工委委员，空港新城党委书记姬鹏程参加调研", "2025: 郗振邦's successor in the 新城"),
        ("ai03", "西咸新区空港新城党委", "书记", "西咸新区党工委委员，空港新城党委书记姬鹏程参加调研", None)], []),
    # ---- 郴州
    "ai:谭克勤": ("谭克勤", "official", "郴州片区", [
        ("ai04", "郴州片区党工委", "副书记", _A04_CHAIN, "2022-05: bare 片区 on the 片区 site = 郴州片区 (DECIDED HERE label)"),
        ("ai04", "郴州片区管委会", "主任", _A04_CHAIN, None),
        ("ai04", "郴州综保区管委会", "主任", _A04_CHAIN, "bare 综保区 on a 郴州 page = 郴州综保区 (综合保税区 folded)"),
        ("ai05", "郴州市委", "常委", "市委常委、郴州片区党工委书记谭克勤出席并讲话", "2024-09: a city post; identity case"),
        ("ai05", "郴州片区党工委", "书记", "市委常委、郴州片区党工委书记谭克勤出席并讲话", "2024-09: 副书记 → 书记")], []),
    "ai:欧阳健": ("欧阳健", "official", "郴州片区", [
        ("ai04", "郴州片区党工委", "委员", _A04_DEP, "compound surname 欧阳"),
        ("ai04", "郴州片区管委会", "副主任", _A04_DEP, None)], []),
    "ai:邝雅芬": ("邝雅芬", "official", "郴州片区", [
        ("ai04", "郴州片区党工委", "委员", _A04_DEP, None),
        ("ai04", "郴州片区管委会", "副主任", _A04_DEP, None)], []),
    "ai:骆文韬": ("骆文韬", "official", "郴州片区", [
        ("ai04", "郴州片区投资促进局", "局长", "片区投资促进局局长骆文韬", "a 片区 department (as part k's 宜昌高新区投资促进局)")], []),
    "ai:廖雪松": ("廖雪松", "official", "郴州市", [
        ("ai05", "郴州市政府", "副市长", "副市长廖雪松出席", None)], []),
    "ai:何振湘": ("何振湘", "official", "郴州片区", [
        ("ai05", "郴州片区党工委", "副书记", "片区党工委副书记、管委会主任何振湘主持签约仪式", "2024: 谭克勤's successor as 管委会主任"),
        ("ai05", "郴州片区管委会", "主任", "片区党工委副书记、管委会主任何振湘主持签约仪式", None)], []),
    "ai:蔺海峰#2": ("蔺海峰", "official", "郴州市", [
        ("ai05", "郴州综保区管委会", "副主任", "综保区管委会副主任蔺海峰介绍了", "湖南 郴州; not the 蔺海峰 of 西咸新区 (ai02)")], []),
    # ---- 泸州
    "ai:先永刚": ("先永刚", "official", "川南临港片区", [
        ("ai06", "泸州市委", "常委", "泸州市委常委、川南临港片区党工委书记先永刚主持召开", "2023-08"),
        ("ai06", "泸州川南临港片区党工委", "书记", "泸州市委常委、川南临港片区党工委书记先永刚主持召开", "片区 label = city + 片区 name (DECIDED HERE)"),
        ("ai07", "泸州市委", "常委", "市委常委、川南临港片区党工委书记先永刚", "2024-03: the same posts"),
        ("ai07", "泸州川南临港片区党工委", "书记", "市委常委、川南临港片区党工委书记先永刚", None)], []),
    "ai:母志强": ("母志强", "official", "川南临港片区", [
        ("ai06", "泸州川南临港片区党工委", "副书记", "片区党工委副书记、管委会主任母志强", "bare 片区 on the 片区 site"),
        ("ai06", "泸州川南临港片区管委会", "主任", "片区党工委副书记、管委会主任母志强", None),
        ("ai07", "泸州川南临港片区党工委", "副书记", "川南临港片区党工委副书记、管委会主任母志强", "2024"),
        ("ai07", "泸州川南临港片区管委会", "主任", "川南临港片区党工委副书记、管委会主任母志强", None)], []),
    "ai:税晓红": ("税晓红", "official", "川南临港片区", [
        ("ai06", "泸州川南临港片区党工委", "委员", _A06_DEP, None),
        ("ai06", "泸州川南临港片区管委会", "副主任", _A06_DEP, None)], []),
    "ai:佘文斌": ("佘文斌", "official", "川南临港片区", [
        ("ai06", "泸州川南临港片区党工委", "委员", _A06_DEP, None),
        ("ai06", "泸州川南临港片区管委会", "副主任", _A06_DEP, None)], []),
    "ai:敬丽娟": ("敬丽娟", "official", "川南临港片区", [
        ("ai06", "泸州川南临港片区党工委", "委员", "党工委委员、纪工委书记敬丽娟出席会议", None),
        ("ai06", "泸州川南临港片区纪工委", "书记", "党工委委员、纪工委书记敬丽娟出席会议", None)], []),
    "ai:晏启航": ("晏启航", "official", "泸州市", [
        ("ai07", "泸州市委", "副书记", "市委副书记、市长晏启航到川南临港片区调研", "named in the headline too"),
        ("ai07", "泸州市政府", "市长", "市委副书记、市长晏启航到川南临港片区调研", None)], []),
    "ai:苟建川": ("苟建川", "official", "龙马潭区", [
        ("ai07", "龙马潭区委", "副书记", "龙马潭区委副书记、区长苟建川参加调研", None),
        ("ai07", "龙马潭区政府", "区长", "龙马潭区委副书记、区长苟建川参加调研", None)], []),
    # ---- 梅州
    "ai:丘志鹏": ("丘志鹏", "official", "梅县区", [
        ("ai08", "梅县区委", "副书记", _A08_CHAIN, "2022-07: bare 区委 on the 梅县区 site"),
        ("ai08", "梅县区政府", "区长", _A08_CHAIN, None),
        ("ai08", "梅州综保区管委会", "主任", _A08_CHAIN, "a 区长 who heads the bonded zone run with his district"),
        ("ai09", "梅县区委", "书记", "梅县区委书记丘志鹏推介", "2024-11: 区长 → 区委书记 (identity case)")], []),
    "ai:古丽清": ("古丽清", "official", "梅县区", [
        ("ai08", "梅县区政府", "副区长", "副区长古丽清", None)], []),
    "ai:钟伟航": ("钟伟航", "official", "梅州市", [
        ("ai08", "梅州综保区管委会", "副主任", "综保区管委会副主任钟伟航", "2022: bare 综保区 on a 梅州 page = 梅州综保区"),
        ("ai09", "梅州综保区管委会", "副主任", "综保区管委会副主任钟伟航介绍了", "2024: the same post")], []),
    "ai:侯锦雄": ("侯锦雄", "official", "梅州市", [
        ("ai09", "梅州市政府", "副市长", "副市长侯锦雄出席并致辞", None)], []),
    "ai:曾昭宇": ("曾昭宇", "official", "梅县区", [
        ("ai09", "梅县区委", "副书记", _A09_CHAIN, "2024: 丘志鹏's successor in the three posts"),
        ("ai09", "梅县区政府", "区长", _A09_CHAIN, None),
        ("ai09", "梅州综保区管委会", "主任", _A09_CHAIN, None)], []),
    # ---- 两江新区
    "ai:谯维东": ("谯维东", "official", "两江新区", [
        ("ai10", "两江新区党工委", "副书记", "两江新区党工委副书记、管委会主任谯维东主持召开", None),
        ("ai10", "两江新区管委会", "主任", "两江新区党工委副书记、管委会主任谯维东主持召开", None)], []),
    "ai:涂远山": ("涂远山", "official", "两江新区", [
        ("ai10", "重庆市委", "常委", "市委常委、两江新区党工委书记涂远山", "bare 市委 on the 两江新区 site = 重庆市委; his speech relayed, not present"),
        ("ai10", "两江新区党工委", "书记", "市委常委、两江新区党工委书记涂远山", None)], []),
    "ai:幸永兴": ("幸永兴", "official", "两江新区", [
        ("ai10", "两江新区党工委", "委员", _A10_DEP, None),
        ("ai10", "两江新区管委会", "副主任", _A10_DEP, None)], []),
    "ai:文玥": ("文玥", "official", "两江新区", [
        ("ai10", "两江新区党工委", "委员", _A10_DEP, "two-character name"),
        ("ai10", "两江新区管委会", "副主任", _A10_DEP, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ai01", "薛梦琪", "责任编辑", "editor", "责任编辑：薛梦琪"),
    ("ai02", "薛梦琪", "责任编辑", "editor", "责任编辑：薛梦琪"),
    ("ai03", "权思远", "记者", "reporter", "本报讯（记者 权思远）"),
    ("ai03", "秦晓雯", "编辑", "editor", "编辑：秦晓雯"),
    ("ai03", "安若彤", "校对", "editor", "校对：安若彤"),
    ("ai04", "曹一帆", "责任编辑", "editor", "责任编辑：曹一帆"),
    ("ai05", "侯若溪", "记者", "reporter", "本报讯（记者 侯若溪 通讯员 邝文俊）"),
    ("ai05", "邝文俊", "通讯员", "correspondent", "本报讯（记者 侯若溪 通讯员 邝文俊）"),
    ("ai05", "唐思敏", "编辑", "editor", "编辑：唐思敏"),
    ("ai05", "曾凡珂", "审核", "editor", "审核：曾凡珂"),
    ("ai06", "代欣怡", "责任编辑", "editor", "责任编辑：代欣怡"),
    ("ai07", "邓欣然", "记者", "reporter", "本报讯（记者 邓欣然）"),
    ("ai07", "冯书瑶", "编辑", "editor", "编辑：冯书瑶"),
    ("ai07", "简一鸣", "校对", "editor", "校对：简一鸣"),
    ("ai08", "叶晓彤", "责任编辑", "editor", "责任编辑：叶晓彤"),
    ("ai09", "饶佳慧", "记者", "reporter", "本报讯（记者 饶佳慧）"),
    ("ai09", "黄婉清", "编辑", "editor", "编辑：黄婉清"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ai01", "空港新城2021年第二季度重点项目集中签约仪式", "ceremony (签约仪式)", "6月23日", "郗振邦", None, [],
     ["雒振华", "党怀远", "樊文杰", "师雅琴"], ["雒振华", "党怀远", "樊文杰", "师雅琴", "郗振邦"], "空港新城会展中心",
     "西咸新区空港新城（西安临空经济示范区）2021年第二季度重点项目集中签约仪式在空港新城会展中心举行",
     ["党工委书记雒振华出席并讲话", "管委会主任党怀远致辞", "郗振邦主持签约仪式", _A01_SIGN, "樊文杰介绍了", "师雅琴推介了",
      "党怀远表示", "雒振华强调", "郗振邦表示"]),
    ("ai02", "西咸新区党工委（扩大）会议", "meeting (党工委扩大会议)", "3月7日", "雒振华", None, ["西咸新区党工委"],
     ["党怀远", "寇立新", "蔺海峰", "拓晓东", "惠秀珍"], ["郗振邦", "蔺海峰", "拓晓东", "雒振华", "党怀远"], None,
     "西安市委常委、西咸新区党工委书记雒振华主持召开党工委（扩大）会议",
     ["党工委书记雒振华主持召开党工委（扩大）会议", "党工委副书记寇立新", "纪工委书记惠秀珍出席会议", "空港新城党委书记郗振邦汇报了",
      "蔺海峰通报了", "拓晓东就沣东新城", "雒振华强调", "党怀远要求"]),
    ("ai03", "临空经济发展和航空口岸建设工作调研", "inspection (调研)", "4月16日", None, "郗振邦", [],
     ["屈振武", "来文博", "姬鹏程"], ["姬鹏程", "来文博", "郗振邦"], "西咸新区空港新城",
     "副市长郗振邦到西咸新区空港新城调研临空经济发展和航空口岸建设工作",
     ["副市长郗振邦到西咸新区空港新城调研", "市政府副秘书长屈振武", "姬鹏程参加调研", "姬鹏程汇报了", "来文博介绍了",
      "郗振邦指出", "郗振邦强调"]),
    ("ai04", "郴州片区管委会2022年第6次主任办公会议", "meeting (主任办公会议)", "5月18日下午", "谭克勤", None, ["郴州片区管委会"],
     ["欧阳健", "邝雅芬"], ["骆文韬", "欧阳健", "邝雅芬", "谭克勤"], None,
     "主持召开郴州片区管委会2022年第6次主任办公会议",
     [_A04_CHAIN, _A04_DEP, "局长骆文韬关于一季度招商引资", "欧阳健通报了", "邝雅芬就片区", "谭克勤强调"]),
    ("ai05", "自贸试验区郴州片区2024年第三批重点项目集中签约仪式", "ceremony (签约仪式)", "9月11日", "何振湘", None, [],
     ["谭克勤", "廖雪松"], ["蔺海峰", "谭克勤", "廖雪松"], "郴州综保区",
     "中国（湖南）自由贸易试验区郴州片区2024年第三批重点项目集中签约仪式在郴州综保区举行",
     ["谭克勤出席并讲话", "副市长廖雪松出席", "何振湘主持签约仪式", "蔺海峰介绍了", "谭克勤在讲话中指出", "廖雪松表示"]),
    ("ai06", "川南临港片区2023年第8次党工委会议", "meeting (党工委会议)", "8月14日", "先永刚", None, ["泸州川南临港片区党工委"],
     ["母志强", "税晓红", "佘文斌", "敬丽娟"], ["税晓红", "佘文斌", "敬丽娟", "先永刚", "母志强"], None,
     "川南临港片区党工委书记先永刚主持召开片区2023年第8次党工委会议",
     ["党工委书记先永刚主持召开", "管委会主任母志强", "敬丽娟出席会议", "会议听取了税晓红关于", "佘文斌关于泸州港", "敬丽娟通报了",
      "先永刚强调", "母志强要求"]),
    ("ai07", "川南临港片区开放平台建设和外贸发展工作调研", "inspection (调研)", "3月5日", None, "晏启航", [],
     ["先永刚", "母志强", "苟建川"], ["母志强", "苟建川", "晏启航"], "川南临港片区",
     "市委副书记、市长晏启航到川南临港片区调研开放平台建设和外贸发展工作",
     ["市长晏启航到川南临港片区调研", "党工委书记先永刚", "管委会主任母志强", "苟建川参加调研", "母志强汇报了", "苟建川介绍了",
      "晏启航指出", "晏启航强调"]),
    ("ai08", "梅州综保区招商引资和运营工作调研", "inspection (调研)", "7月5日", None, "丘志鹏", [],
     ["古丽清", "钟伟航"], ["丘志鹏"], "梅州综合保税区",
     "梅州综保区管委会主任丘志鹏率队到梅州综合保税区，调研招商引资和运营工作",
     [_A08_CHAIN, "副区长古丽清", "综保区管委会副主任钟伟航", "丘志鹏指出"]),
    ("ai08", "座谈会", "meeting (座谈会)", "7月5日", None, None, [],
     [], ["钟伟航", "古丽清"], None,
     "在随后召开的座谈会上，钟伟航汇报了",
     ["钟伟航汇报了综保区封关运行以来", "古丽清就加快综保区保税物流仓二期项目建设作了发言"]),
    ("ai09", "梅州综保区投资推介会", "meeting (招商推介会)", "11月21日", "曾昭宇", None, [],
     ["侯锦雄"], ["侯锦雄", "丘志鹏", "钟伟航"], "梅县区",
     "梅州综保区投资推介会在梅县区举行",
     ["副市长侯锦雄出席并致辞", "梅县区委书记丘志鹏推介", "曾昭宇主持推介会", "钟伟航介绍了", "侯锦雄表示", "丘志鹏说"]),
    ("ai10", "两江新区管委会2023年第15次主任办公会", "meeting (主任办公会议)", "7月20日", "谯维东", None, ["两江新区管委会"],
     ["幸永兴", "文玥"], ["幸永兴", "文玥", "谯维东"], None,
     "两江新区党工委副书记、管委会主任谯维东主持召开管委会2023年第15次主任办公会",
     ["管委会主任谯维东主持召开", _A10_DEP, "会议听取了幸永兴关于", "文玥关于龙兴汽车", "谯维东指出", "谯维东强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ai01", "丝路航空货运枢纽港项目", "logistics_hub", "其中丝路航空货运枢纽港项目"),
    ("ai01", "空港保税航材维修基地项目", "project", "空港保税航材维修基地项目、临空冷链物流产业园"),
    ("ai01", "临空冷链物流产业园", "industrial_park", "临空冷链物流产业园和航空科创港二期"),
    ("ai01", "航空科创港二期", "project", "航空科创港二期总投资均超过10亿元"),
    ("ai01", "西安咸阳国际机场三期扩建工程", "infrastructure_project", "师雅琴推介了西安咸阳国际机场三期扩建工程"),
    ("ai02", "西咸新区能源金贸区二期", "project", "加快西咸新区能源金贸区二期"),
    ("ai02", "空港综合保税区扩区工程", "infrastructure_project", "空港综合保税区扩区工程"),
    ("ai02", "泾河新城光伏产业园", "industrial_park", "泾河新城光伏产业园等重大项目"),
    ("ai03", "丝路航空货运枢纽港项目", "logistics_hub", "丝路航空货运枢纽港项目和空港保税航材维修基地项目"),
    ("ai03", "空港保税航材维修基地项目", "project", "丝路航空货运枢纽港项目和空港保税航材维修基地项目"),
    ("ai03", "丝路航空货运枢纽港项目二期", "logistics_hub", "要加快丝路航空货运枢纽港项目二期建设"),
    ("ai04", "郴州综保区跨境电商监管中心", "project", "欧阳健通报了郴州综保区跨境电商监管中心建设进度"),
    ("ai04", "保税维修产业园二期", "industrial_park", "研究了保税维修产业园二期建设"),
    ("ai04", "湘粤港澳冷链物流中心项目", "logistics_hub", "湘粤港澳冷链物流中心项目用地"),
    ("ai05", "有色金属保税交割仓项目", "project", "其中，有色金属保税交割仓项目总投资12亿元"),
    ("ai05", "湘粤港澳冷链物流中心项目", "logistics_hub", "湘粤港澳冷链物流中心项目总投资9.8亿元"),
    ("ai05", "郴州片区跨境电商直播基地", "project", "郴州片区跨境电商直播基地将引进"),
    ("ai06", "泸州综保区二期", "project", "泸州综保区二期封关验收准备工作"),
    ("ai06", "泸州港集装箱码头三期工程", "infrastructure_project", "佘文斌关于泸州港集装箱码头三期工程"),
    ("ai06", "川南临港多式联运示范项目", "logistics_hub", "川南临港多式联运示范项目进展情况"),
    ("ai07", "川南临港多式联运示范项目", "logistics_hub", "川南临港多式联运示范项目现场"),
    ("ai07", "泸州港集装箱码头三期工程", "infrastructure_project", "加快泸州港集装箱码头三期工程建设"),
    ("ai08", "粤东北跨境电商产业园", "industrial_park", "跨境电商监管中心和粤东北跨境电商产业园建设现场"),
    ("ai08", "综保区保税物流仓二期项目", "logistics_hub", "古丽清就加快综保区保税物流仓二期项目建设作了发言"),
    ("ai09", "梅州综保区电子元器件保税加工项目", "project", "其中梅州综保区电子元器件保税加工项目总投资3.2亿元"),
    ("ai09", "粤东北跨境电商产业园", "industrial_park", "持续完善粤东北跨境电商产业园配套"),
    ("ai10", "龙兴汽车零部件产业园", "industrial_park", "文玥关于龙兴汽车零部件产业园"),
    ("ai10", "两江数字经济产业园三期", "industrial_park", "两江数字经济产业园三期等重点项目"),
    ("ai10", "果园港铁水联运扩能工程", "infrastructure_project", "要加快推进果园港铁水联运扩能工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ai01", "西咸新区", "development_zone", "standalone", "6月23日，西咸新区空港新城（西安临空经济示范区）"),
    ("ai01", "空港新城", "development_zone", "standalone", "空港新城是大西安对外开放的“空中门户”"),
    ("ai01", "西安临空经济示范区", "development_zone", "standalone", "西咸新区空港新城（西安临空经济示范区）"),
    ("ai01", "空港新城会展中心", "venue", "standalone", "在空港新城会展中心举行"),
    ("ai01", "西安咸阳国际机场", "airport", "in_project_name", "师雅琴推介了西安咸阳国际机场三期扩建工程"),
    ("ai01", "新区", "development_zone", "standalone", "新区将为落地项目提供"),
    ("ai01", "陕西", "province", "standalone (slogan)", "“陕西样板”"),
    ("ai02", "西咸新区", "development_zone", "standalone", "西咸新区召开党工委（扩大）会议 研究部署"),
    ("ai02", "西安临空经济示范区", "development_zone", "standalone", "郗振邦汇报了西安临空经济示范区建设"),
    ("ai02", "空港新城", "development_zone", "standalone", "空港新城一季度项目推进情况"),
    ("ai02", "沣东新城", "development_zone", "standalone", "拓晓东就沣东新城、秦汉新城产城融合项目建设作了安排"),
    ("ai02", "秦汉新城", "development_zone", "standalone", "拓晓东就沣东新城、秦汉新城产城融合项目建设作了安排"),
    ("ai02", "能源金贸区", "area", "in_project_name", "加快西咸新区能源金贸区二期"),
    ("ai02", "空港综合保税区", "bonded_zone", "in_project_name", "空港综合保税区扩区工程"),
    ("ai02", "泾河新城", "development_zone", "in_project_name", "泾河新城光伏产业园等重大项目"),
    ("ai02", "新区", "development_zone", "standalone", "新区要坚定扛起"),
    ("ai02", "西安", "city", "standalone", "建设西安国家中心城市重要板块"),
    ("ai03", "西咸新区", "development_zone", "standalone", "副市长郗振邦到西咸新区空港新城调研"),
    ("ai03", "空港新城", "development_zone", "standalone", "副市长郗振邦到西咸新区空港新城调研"),
    ("ai03", "西安咸阳国际机场", "airport", "standalone", "先后来到西安咸阳国际机场东航站楼"),
    ("ai03", "西安临空经济示范区", "development_zone", "standalone", "姬鹏程汇报了西安临空经济示范区今年一季度"),
    ("ai03", "西安", "city", "standalone", "临空经济是西安建设内陆改革开放高地的重要支撑"),
    ("ai04", "郴州片区", "free_trade_zone", "in_org_reference", "主持召开郴州片区管委会2022年第6次主任办公会议"),
    ("ai04", "郴州综保区", "bonded_zone", "standalone", "欧阳健通报了郴州综保区跨境电商监管中心建设进度"),
    ("ai04", "综保区", "bonded_zone", "standalone", "综保区要加快跨境电商监管中心建设"),
    ("ai04", "粤港澳大湾区", "region", "standalone", "紧盯粤港澳大湾区产业转移"),
    ("ai04", "郴州", "city", "standalone (slogan)", "“郴州经验”"),
    ("ai05", "郴州片区", "free_trade_zone", "standalone", "郴州片区获批以来"),
    ("ai05", "郴州综保区", "bonded_zone", "standalone", "签约仪式在郴州综保区举行"),
    ("ai05", "综保区", "bonded_zone", "standalone", "今年上半年综保区进出口额位居全省综保区前列"),
    ("ai05", "湖南", "province", "in_zone_name", "中国（湖南）自由贸易试验区郴州片区2024年第三批"),
    ("ai05", "粤港澳大湾区", "region", "standalone", "紧盯粤港澳大湾区产业梯度转移"),
    ("ai06", "川南临港片区", "free_trade_zone", "in_title", "泸州市委常委、川南临港片区党工委书记先永刚主持召开"),
    ("ai06", "泸州综保区", "bonded_zone", "in_project_name", "泸州综保区二期封关验收准备工作"),
    ("ai06", "综保区", "bonded_zone", "standalone", "要聚焦港口、综保区两大开放平台"),
    ("ai06", "泸州港", "port", "in_project_name", "佘文斌关于泸州港集装箱码头三期工程"),
    ("ai07", "川南临港片区", "free_trade_zone", "standalone", "市长晏启航到川南临港片区调研"),
    ("ai07", "泸州港", "port", "standalone", "先后来到泸州港集装箱码头、泸州综保区"),
    ("ai07", "泸州综保区", "bonded_zone", "standalone", "先后来到泸州港集装箱码头、泸州综保区"),
    ("ai07", "综保区", "bonded_zone", "standalone", "充分发挥自贸试验区、综保区、港口“三位一体”优势"),
    ("ai07", "龙马潭区", "district", "standalone", "苟建川介绍了龙马潭区配合片区开展港城融合发展"),
    ("ai08", "梅州综合保税区", "bonded_zone", "standalone", "率队到梅州综合保税区"),
    ("ai08", "梅州综保区", "bonded_zone", "standalone", "梅州综保区是全市对外开放的重要平台"),
    ("ai08", "综保区", "bonded_zone", "standalone", "先后察看了综保区保税物流仓库"),
    ("ai08", "梅县区", "district", "standalone", "也是梅县区高质量发展的重要引擎"),
    ("ai08", "粤港澳大湾区", "region", "standalone", "要抢抓粤港澳大湾区产业转移机遇"),
    ("ai09", "梅州综保区", "bonded_zone", "standalone", "梅州综保区投资推介会在梅县区举行"),
    ("ai09", "梅县区", "district", "standalone", "梅州综保区投资推介会在梅县区举行"),
    ("ai09", "梅州", "city", "standalone", "投资梅州、深耕梅州"),
    ("ai10", "两江新区", "development_zone", "in_title", "两江新区党工委副书记、管委会主任谯维东主持召开"),
    ("ai10", "新区", "development_zone", "standalone", "上半年新区经济运行总体平稳"),
    ("ai10", "两江片区", "free_trade_zone", "standalone", "幸永兴关于自贸试验区两江片区制度创新"),
    ("ai10", "两路果园港综保区", "bonded_zone", "standalone", "两路果园港综保区外贸进出口情况"),
    ("ai10", "果园港", "port", "in_project_name", "要加快推进果园港铁水联运扩能工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ai", conventions="set ai (blind set: national new areas, free-trade-zone 片区 and bonded zones in 陕西 (西咸新区, its 空港新城 = 西安临空经济示范区; 西安), 湖南 (郴州片区, 郴州综保区), 四川 (泸州 川南临港片区, 泸州综保区, 龙马潭区), 广东 (梅州综保区 run with 梅县区), 重庆 (两江新区): 党工委 / 管委会 organs with the lexicon's name for a named new area (西咸新区党工委), new-area label + 新城 for a 新城 (西咸新区空港新城党委), city + 片区 name for a 自贸试验区 片区 (郴州片区, 泸州川南临港片区), city + 综保区 for a bonded zone; bare 片区 / 综保区 / 党工委 organs take the page's zone; title chains across a city, a district and a zone split into one line per organ; 签约仪式, 党工委会议, 主任办公会议, 调研, 推介会)",
          persons_note="Set ai persons. id = corpus-wide person_id (ai:蔺海峰#1 of 西咸新区 (陕西) and ai:蔺海峰#2 of 郴州综保区 (湖南) are two people; ai:郗振邦 moves 空港新城管委会主任 2021 → 西咸新区党工委委员、空港新城党委书记 2023 → 西安 副市长 2025; ai:谭克勤 郴州片区管委会主任 and 综保区管委会主任 2022 → 郴州市委常委、片区党工委书记 2024; ai:丘志鹏 梅县区长 and 梅州综保区管委会主任 2022 → 梅县区委书记 2024)")


if __name__ == "__main__":
    main()
