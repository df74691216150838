"""Write gold part ``bi`` (a blind set: county and city military and emergency bodies) from the tables below.

Pages ``tests/dev/texts/bi*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 衡东 county site's 县委议军会暨乡镇党委书记党管武装工作述职大会
(``县委书记、县人武部党委第一书记…主持…县委常委、县人武部政委…讲评…县人武部副部长…汇报``); a 宁蒗 and a 平和 议军 /
人武部党委（扩大）会议 page; a 镇远 and a 大厂 征兵工作会议 (``县委常委、县人武部部长…安排部署…人武部政委…主持``, ``副县长、
县公安局局长``); a 临洮 site ``县委常委、副县长…带领县应急管理局、县消防大队负责人…检查``; a 道县 融媒体 page of a 消防救援
总队 调研 (``县消防救援大队…汇报``); a 子洲 退役军人事务局 page of 春节慰问 (``县退役军人事务局局长…陪同慰问``) and a 兰州
市退役军人事务局 ``党组书记、局长…走访慰问``; a 周口日报 第03版 ``应急管理局党委书记、局长…督导防汛``; a 宁县 督查 of
安全生产 with the 应急局 and 消防大队. Places are real and new to the corpus: 山东 滨州 (无棣县 three times, the 滨州日报,
the 市政府 site with 滨州高新区 and 沾化区), 江西 吉安 (泰和县 twice, the 市退役军人事务局 site on 万安县), 广西 百色 (the 右江
日报 on 百色高新区, 田东县).

Shapes: a county site's 县委议军会议暨党管武装述职会 with the 县委书记 as 人武部党委第一书记 chairing, 政委 / 部长 / 退役军人
事务局局长 and a 镇党委书记 speaking (bi01, bi06, bi09); a city paper's 第A03版 征兵工作会议 with 本报讯（记者…通讯员…）
(bi02); a 市政府 site page of the 市消防救援支队 支队长's 检查 in a 高新区 and a district with the 副支队长 and two 大队长
(bi03); a 县长's 节前 消防 / 安全生产 检查 with 应急管理局局长, 消防救援大队 大队长 and 政治教导员 (bi04); a 常务副县长's
防汛 督导 with the 应急管理局党委书记、局长 and 副局长 (bi05); a city 退役军人事务局 site's 春节走访慰问 in a county (bi07);
a 右江日报 第02版 调研 by a 支队长 and 政治委员 in a 高新区 (bi08).

Identity cases:
- bi:郇文韬, 县长 → 县委书记 in one county: 无棣县委副书记、县长 (bi01 Dec 2021, bi04 Jan 2022); 县委书记、县人武部党委
  第一书记 at the 征兵 meeting (bi02 Mar 2023).
- bi:商宏涛, 无棣县退役军人事务局局长 (bi01 2021) → 无棣县 副县长 (bi02 2023).
- bi:闫振宇, 无棣县消防救援大队大队长 (bi04 2022) → 滨州市消防救援支队副支队长 (bi03 2024).
- bi:邬启航, moves across counties: 泰和县委常委、常务副县长 (bi05 2022, bi06 2023) → 万安县委副书记、县长 (bi07 2024).
- the same officials across years: bi:鞠永健 (无棣县委常委、县人武部政委, bi01, bi02), bi:隋立川 (县人武部部长, bi01, bi02).
  The editor bi:滕晓薇 signs two 无棣 pages (bi01, bi04).
- two different 霍晓岚: bi:霍晓岚#1 is 无棣县碣石山镇党委书记 (山东, bi01 2021); bi:霍晓岚#2 is 泰和县应急管理局副局长
  (江西, bi05 2022).
- two different 龙泽宇: bi:龙泽宇#1 is 泰和县消防救援大队大队长 (江西, bi05 2022); bi:龙泽宇#2 is 田东县应急管理局局长
  (广西, bi09 2025).
- the same organ name in different places: 高新区 (滨州高新区 in bi03, 百色高新区 in bi08) and its 高新区消防救援大队 in both;
  县人武部 / 县消防救援大队 / 县应急管理局 / 县退役军人事务局 of 无棣县, 泰和县, 万安县, 田东县.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts am and aa where they speak; decided here where they are silent):
- ``县委常委、县人武部政委`` → X县委 常委 + X县人武部 政委 (as part am); ``县人武部部长`` → X县人武部 部长.
- DECIDED HERE: ``县委书记、县人武部党委第一书记`` → X县委 书记 + X县人武部党委 第一书记: the 人武部党委第一书记 is a post
  held ex officio but appointed by an order (a 任职大会 is held for it), so it is annotated like any party-committee post,
  org = the county's 人武部 + 党委.
- DECIDED HERE: the fire-rescue bodies are orgs with their place: ``县消防救援大队大队长`` → X县消防救援大队 大队长;
  ``政治教导员`` after the 大队长 of the same 大队 → that 大队 政治教导员; ``市消防救援支队支队长`` / ``副支队长`` / ``政治委员``
  → X市消防救援支队 + title as written. A zone's 大队 takes the zone label: ``高新区消防救援大队大队长`` → 滨州高新区消防
  救援大队 / 百色高新区消防救援大队 (CONVENTIONS' zone label).
- DECIDED HERE: ``应急管理局党委书记、局长`` → X县应急管理局党委 书记 + X县应急管理局 局长 (党委 goes only with 书记, like
  党组); ``退役军人事务局党组书记、局长`` likewise with 党组. ``副局长`` after the 局长 of the same 局 → that 局.
- ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长. ``高新区党工委副书记、管委会主任`` → 滨州高新区党工委 副书记 +
  滨州高新区管委会 主任; ``百色高新区管委会副主任`` → 百色高新区管委会 副主任.
- ``碣石山镇党委书记霍晓岚`` → 无棣县碣石山镇党委 书记 (town label = county + town). Towns named for their 述职 without a
  person (水湾镇、马山子镇 党委书记; 平马镇、祥周镇、林逢镇 党委书记) give no line.
- A bare ``县`` organ takes the county of the site or the article (bi01, bi04: 无棣; bi05, bi06: 泰和; bi09: 田东); on the
  滨州日报 the article's county (无棣). In bi07 the 万安 officials are written with 万安县 or ``县`` after it → 万安县.
- Events: 议军会议 / 征兵工作会议 are meetings (chair 主持, attendees 出席, speakers 汇报 / 讲评 / 通报 / 发言 / 表示 / 强调);
  a 检查 / 督导检查 / 调研 is an inspection (leader 带队 / 带领, the accompanying 陪同 / 参加 are attendees); a 走访慰问 is a
  visit (leader the 局长). The 征兵 meeting's organizer is the county (``无棣县召开``).
- Projects: only named works (the two 产业园 named with their zone); unnamed works (a 特勤消防站 under construction, a 民兵训练基地改造) give none.
- Places: one line per name per file; site lines, mastheads, 来源 lines, footers and 上一篇 / 下一篇 links are not annotated;
  a zone written bare is annotated bare (``高新区``), its full name as written (``滨州高新区``) as its own line.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bi01_wudi.txt": (2021, "发布时间：2021-12-29 17:12", "无棣县", [
        ("2021年度县委议军会议暨乡镇党委书记党管武装工作述职会召开", "12月28日", "2021-12-28", "12月28日，2021年度",
         "county site: 县委议军会议 chaired by the 县委书记、县人武部党委第一书记; 政委, 部长, 退役军人事务局局长 and a 镇党委书记 speak")]),
    "bi02_wudi.txt": (2023, "2023年3月9日　星期四", "无棣县", [
        ("无棣县召开2023年征兵工作会议", "3月7日", "2023-03-07", "本报讯（记者 祁雪松",
         "city paper 第A03版: county 征兵工作会议; the former 县长 now 县委书记; former 退役军人事务局局长 now 副县长")]),
    "bi03_binzhou.txt": (2024, "发布时间：2024-06-14 10:26", "滨州市", [
        ("市消防救援支队开展夏季火灾防控专项检查", "6月13日", "2024-06-13", "6月13日，滨州市消防救援支队",
         "city site: 支队长's 检查 in 滨州高新区 and 沾化区 with the 副支队长 (the former 无棣 大队长) and two 大队长")]),
    "bi04_wudi.txt": (2022, "发布时间：2022-01-21 18:40", "无棣县", [
        ("郇文韬带队检查节前消防安全和安全生产工作", "1月20日", "2022-01-20", "1月20日，县委副书记",
         "county site: 县长's 节前 检查 with 应急管理局局长, 消防救援大队 大队长 and 政治教导员")]),
    "bi05_taihe.txt": (2022, "发布日期：2022-06-22", "泰和县", [
        ("邬启航带队督导检查防汛和应急救援准备工作", "6月21日", "2022-06-21", "6月21日，县委常委",
         "county site: 常务副县长's 防汛 督导 with 应急管理局党委书记、局长, 副局长 and 消防救援大队大队长")]),
    "bi06_taihe.txt": (2023, "发布日期：2023-01-13", "泰和县", [
        ("2022年度县委议军会议召开", "1月12日", "2023-01-12", "1月12日，2022年度",
         "county site: 县委议军会议; 县委书记、县人武部党委第一书记 chairs; 政委, 部长, 常务副县长 speak")]),
    "bi07_wanan.txt": (2024, "时间：2024-02-05 16:08", "吉安市", [
        ("市退役军人事务局赴万安县开展春节走访慰问活动", "2月4日", "2024-02-04", "为弘扬拥军优属光荣传统",
         "city 退役军人事务局 site: 局长's 春节走访慰问 in 万安县 with the 县长 (formerly 泰和 常务副县长) and the county 局长")]),
    "bi08_baise.txt": (2024, "2024年11月8日　星期五", "百色市", [
        ("市消防救援支队到百色高新区开展冬春火灾防控调研", "11月7日", "2024-11-07", "本报讯（记者 韦佳琳）",
         "city paper 第02版: 支队长 and 政治委员 调研 in 百色高新区; 管委会副主任 and the zone's 大队长")]),
    "bi09_tiandong.txt": (2025, "发布时间：2025-01-16 11:35", "田东县", [
        ("田东县召开2024年度县委议军会议暨党管武装工作述职会", "1月15日", "2025-01-15", "1月15日，田东县召开",
         "county site: 县委议军会议暨述职会; 人武部 部长 / 政委, 退役军人事务局局长 and 应急管理局局长 speak")]),
}

_BI01_LEAD = "县委书记、县人武部党委第一书记魏崇岳主持会议并讲话"
_BI01_ATT = "县委副书记、县长郇文韬，县委常委、县人武部政委鞠永健，县人武部部长隋立川出席会议"
_BI02_LEAD = "县委书记、县人武部党委第一书记郇文韬出席会议并讲话"
_BI02_ATT = "县委常委、县人武部政委鞠永健，副县长商宏涛，副县长、县公安局局长荆宝军，县人武部部长隋立川出席会议"
_BI04_ATT = "县应急管理局局长邴立新，县消防救援大队大队长闫振宇、政治教导员綦海燕陪同检查"
_BI05_ATT = "县应急管理局党委书记、局长曾凡露，副局长霍晓岚，县消防救援大队大队长龙泽宇陪同检查"
_BI06_ATT = "县委常委、县人武部政委晏国栋，县委常委、常务副县长邬启航，县人武部部长符海军出席会议"
_BI09_ATT = "县委副书记、县长甘卫平，县委常委、县人武部政委蓝海波，县人武部部长卢定邦出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 滨州 无棣县
    "bi:魏崇岳": ("魏崇岳", "official", "无棣县", [
        ("bi01", "无棣县委", "书记", _BI01_LEAD, "2021-12"),
        ("bi01", "无棣县人武部党委", "第一书记", _BI01_LEAD, "DECIDED HERE: 县人武部党委第一书记 → the county's 人武部党委 第一书记")], []),
    "bi:郇文韬": ("郇文韬", "official", "无棣县", [
        ("bi01", "无棣县委", "副书记", _BI01_ATT, "2021-12: 县长 (identity case: 县委书记 in 2023, bi02)"),
        ("bi01", "无棣县政府", "县长", _BI01_ATT, None),
        ("bi04", "无棣县委", "副书记", "1月20日，县委副书记、县长郇文韬带队检查", "2022-01; named in the headline too"),
        ("bi04", "无棣县政府", "县长", "1月20日，县委副书记、县长郇文韬带队检查", None),
        ("bi02", "无棣县委", "书记", _BI02_LEAD, "2023-03: now 县委书记"),
        ("bi02", "无棣县人武部党委", "第一书记", _BI02_LEAD, "2023-03: ex officio with 县委书记")], []),
    "bi:鞠永健": ("鞠永健", "official", "无棣县", [
        ("bi01", "无棣县委", "常委", _BI01_ATT, "2021"),
        ("bi01", "无棣县人武部", "政委", _BI01_ATT, "县人武部政委 → 无棣县人武部 (as part am)"),
        ("bi02", "无棣县委", "常委", _BI02_ATT, "2023: the same posts"),
        ("bi02", "无棣县人武部", "政委", _BI02_ATT, None)], []),
    "bi:隋立川": ("隋立川", "official", "无棣县", [
        ("bi01", "无棣县人武部", "部长", _BI01_ATT, "2021"),
        ("bi02", "无棣县人武部", "部长", _BI02_ATT, "2023: the same post")], []),
    "bi:商宏涛": ("商宏涛", "official", "无棣县", [
        ("bi01", "无棣县退役军人事务局", "局长", "县退役军人事务局局长商宏涛", "2021 (identity case: 副县长 in 2023, bi02)"),
        ("bi02", "无棣县政府", "副县长", _BI02_ATT, "2023: now 副县长")], []),
    "bi:霍晓岚#1": ("霍晓岚", "official", "无棣县", [
        ("bi01", "无棣县碣石山镇党委", "书记", "碣石山镇党委书记霍晓岚", "山东 无棣; not the 霍晓岚 of 泰和 (bi05)")], []),
    "bi:滕晓薇": ("滕晓薇", "editor", "无棣县人民政府", [], ["bi01", "bi04"]),
    "bi:牟振华": ("牟振华", "official", "无棣县", [
        ("bi02", "无棣县委", "副书记", "县委副书记、县长牟振华主持会议", "2023: the new 县长"),
        ("bi02", "无棣县政府", "县长", "县委副书记、县长牟振华主持会议", None)], []),
    "bi:荆宝军": ("荆宝军", "official", "无棣县", [
        ("bi02", "无棣县政府", "副县长", _BI02_ATT, None),
        ("bi02", "无棣县公安局", "局长", _BI02_ATT, "副县长、县公安局局长 → 县政府 副县长 + 县公安局 局长")], []),
    "bi:邴立新": ("邴立新", "official", "无棣县", [
        ("bi04", "无棣县应急管理局", "局长", _BI04_ATT, None)], []),
    "bi:闫振宇": ("闫振宇", "official", "滨州市", [
        ("bi04", "无棣县消防救援大队", "大队长", _BI04_ATT, "2022-01 (identity case: 滨州市消防救援支队副支队长 in 2024, bi03)"),
        ("bi03", "滨州市消防救援支队", "副支队长", "市消防救援支队副支队长闫振宇参加检查", "2024-06: 市 bare on the 滨州 site = 滨州市")], []),
    "bi:綦海燕": ("綦海燕", "official", "无棣县", [
        ("bi04", "无棣县消防救援大队", "政治教导员", _BI04_ATT, "DECIDED HERE: 政治教导员 after the 大队长 = the same 大队")], []),
    # ---- 滨州市
    "bi:冷树林": ("冷树林", "official", "滨州市", [
        ("bi03", "滨州市消防救援支队", "支队长", "滨州市消防救援支队支队长冷树林带领", "named later bare")], []),
    "bi:甄立伟": ("甄立伟", "official", "滨州高新区", [
        ("bi03", "滨州高新区党工委", "副书记", "高新区党工委副书记、管委会主任甄立伟陪同检查", "bare 高新区 on the 滨州 site = 滨州高新区"),
        ("bi03", "滨州高新区管委会", "主任", "高新区党工委副书记、管委会主任甄立伟陪同检查", None)], []),
    "bi:满春雨": ("满春雨", "official", "滨州高新区", [
        ("bi03", "滨州高新区消防救援大队", "大队长", "高新区消防救援大队大队长满春雨汇报了", "the same organ name as 百色高新区消防救援大队 (bi08)")], []),
    "bi:宫明哲": ("宫明哲", "official", "沾化区", [
        ("bi03", "沾化区消防救援大队", "大队长", "沾化区消防救援大队大队长宫明哲汇报了", None)], []),
    "bi:骆嘉怡": ("骆嘉怡", "editor", "滨州市人民政府", [], ["bi03"]),
    # ---- 吉安 泰和县 / 万安县 / 吉安市
    "bi:邬启航": ("邬启航", "official", "吉安市", [
        ("bi05", "泰和县委", "常委", "6月21日，县委常委、常务副县长邬启航带领", "2022-06; named in the headline too (identity case: 万安县长 in 2024, bi07)"),
        ("bi05", "泰和县政府", "常务副县长", "6月21日，县委常委、常务副县长邬启航带领", None),
        ("bi06", "泰和县委", "常委", _BI06_ATT, "2023-01: the same posts"),
        ("bi06", "泰和县政府", "常务副县长", _BI06_ATT, None),
        ("bi07", "万安县委", "副书记", "万安县委副书记、县长邬启航", "2024-02: now 万安县 县长"),
        ("bi07", "万安县政府", "县长", "万安县委副书记、县长邬启航", None)], []),
    "bi:曾凡露": ("曾凡露", "official", "泰和县", [
        ("bi05", "泰和县应急管理局党委", "书记", _BI05_ATT, "DECIDED HERE: 党委 goes only with 书记"),
        ("bi05", "泰和县应急管理局", "局长", _BI05_ATT, None)], []),
    "bi:霍晓岚#2": ("霍晓岚", "official", "泰和县", [
        ("bi05", "泰和县应急管理局", "副局长", _BI05_ATT, "江西 泰和; not the 霍晓岚 of 无棣 (bi01); 副局长 after the 局长 = the same 局")], []),
    "bi:龙泽宇#1": ("龙泽宇", "official", "泰和县", [
        ("bi05", "泰和县消防救援大队", "大队长", _BI05_ATT, "江西 泰和; not the 龙泽宇 of 田东 (bi09)")], []),
    "bi:胥长庚": ("胥长庚", "official", "泰和县", [
        ("bi06", "泰和县委", "书记", "县委书记、县人武部党委第一书记胥长庚主持会议并讲话", None),
        ("bi06", "泰和县人武部党委", "第一书记", "县委书记、县人武部党委第一书记胥长庚主持会议并讲话", None)], []),
    "bi:晏国栋": ("晏国栋", "official", "泰和县", [
        ("bi06", "泰和县委", "常委", _BI06_ATT, None),
        ("bi06", "泰和县人武部", "政委", _BI06_ATT, None)], []),
    "bi:符海军": ("符海军", "official", "泰和县", [
        ("bi06", "泰和县人武部", "部长", _BI06_ATT, None)], []),
    "bi:苏映雪": ("苏映雪", "reporter", "泰和县融媒体中心", [], ["bi06"]),
    "bi:聂晓枫": ("聂晓枫", "official", "吉安市", [
        ("bi07", "吉安市退役军人事务局党组", "书记", "市退役军人事务局党组书记、局长聂晓枫一行", "bare 市 on the 吉安 局's own site = 吉安市"),
        ("bi07", "吉安市退役军人事务局", "局长", "市退役军人事务局党组书记、局长聂晓枫一行", None)], []),
    "bi:康佳宁": ("康佳宁", "official", "万安县", [
        ("bi07", "万安县退役军人事务局党组", "书记", "县退役军人事务局党组书记、局长康佳宁陪同慰问", "县 after 万安县委 = 万安县"),
        ("bi07", "万安县退役军人事务局", "局长", "县退役军人事务局党组书记、局长康佳宁陪同慰问", None)], []),
    "bi:庞书翰": ("庞书翰", "author", "吉安市退役军人事务局", [], ["bi07"]),
    # ---- 百色
    "bi:覃振棠": ("覃振棠", "official", "百色市", [
        ("bi08", "百色市消防救援支队", "支队长", "百色市消防救援支队支队长覃振棠、政治委员韦立翔一行", None)], []),
    "bi:韦立翔": ("韦立翔", "official", "百色市", [
        ("bi08", "百色市消防救援支队", "政治委员", "百色市消防救援支队支队长覃振棠、政治委员韦立翔一行", "政治委员 after the 支队长 = the same 支队")], []),
    "bi:岑继业": ("岑继业", "official", "百色高新区", [
        ("bi08", "百色高新区管委会", "副主任", "百色高新区管委会副主任岑继业陪同调研", None)], []),
    "bi:黎志豪": ("黎志豪", "official", "百色高新区", [
        ("bi08", "百色高新区消防救援大队", "大队长", "高新区消防救援大队大队长黎志豪汇报了", "bare 高新区 in a 百色高新区 article = 百色高新区")], []),
    "bi:阮思远": ("阮思远", "editor", "滨州日报", [], ["bi02"]),
    "bi:农德坤": ("农德坤", "official", "田东县", [
        ("bi09", "田东县委", "书记", "县委书记、县人武部党委第一书记农德坤主持会议并讲话", None),
        ("bi09", "田东县人武部党委", "第一书记", "县委书记、县人武部党委第一书记农德坤主持会议并讲话", None)], []),
    "bi:甘卫平": ("甘卫平", "official", "田东县", [
        ("bi09", "田东县委", "副书记", _BI09_ATT, None),
        ("bi09", "田东县政府", "县长", _BI09_ATT, None)], []),
    "bi:蓝海波": ("蓝海波", "official", "田东县", [
        ("bi09", "田东县委", "常委", _BI09_ATT, None),
        ("bi09", "田东县人武部", "政委", _BI09_ATT, None)], []),
    "bi:卢定邦": ("卢定邦", "official", "田东县", [
        ("bi09", "田东县人武部", "部长", _BI09_ATT, None)], []),
    "bi:陆海涵": ("陆海涵", "official", "田东县", [
        ("bi09", "田东县退役军人事务局", "局长", "县退役军人事务局局长陆海涵", None)], []),
    "bi:龙泽宇#2": ("龙泽宇", "official", "田东县", [
        ("bi09", "田东县应急管理局", "局长", "县应急管理局局长龙泽宇分别就", "广西 田东; not the 龙泽宇 of 泰和 (bi05)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bi01", "滕晓薇", "责任编辑", "editor", "责任编辑：滕晓薇"),
    ("bi02", "祁雪松", "记者", "reporter", "本报讯（记者 祁雪松 通讯员 卜文静）"),
    ("bi02", "卜文静", "通讯员", "correspondent", "本报讯（记者 祁雪松 通讯员 卜文静）"),
    ("bi02", "尹若溪", "编辑", "editor", "编辑：尹若溪"),
    ("bi02", "阮思远", "校对", "editor", "校对：阮思远"),
    ("bi03", "骆嘉怡", "责任编辑", "editor", "责任编辑：骆嘉怡"),
    ("bi04", "滕晓薇", "责任编辑", "editor", "责任编辑：滕晓薇"),
    ("bi06", "苏映雪", "记者", "reporter", "（记者 苏映雪）"),
    ("bi07", "庞书翰", "撰稿", "author", "（撰稿：庞书翰）"),
    ("bi08", "韦佳琳", "记者", "reporter", "本报讯（记者 韦佳琳）"),
    ("bi08", "陆文博", "编辑", "editor", "编辑：陆文博"),
    ("bi09", "蒙秋实", "记者", "reporter", "（记者 蒙秋实）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bi01", "2021年度县委议军会议暨乡镇党委书记党管武装工作述职会", "meeting (县委议军会议)", "12月28日", "魏崇岳", None, [],
     ["郇文韬", "鞠永健", "隋立川", "商宏涛", "霍晓岚"], ["霍晓岚", "鞠永健", "隋立川", "商宏涛", "郇文韬", "魏崇岳"], None,
     "12月28日，2021年度县委议军会议暨乡镇党委书记党管武装工作述职会召开",
     [_BI01_LEAD, _BI01_ATT, "县退役军人事务局局长商宏涛", "碣石山镇党委书记霍晓岚重点汇报了", "鞠永健对各乡镇",
      "隋立川通报了", "商宏涛就退役军人安置", "郇文韬要求", "魏崇岳强调"]),
    ("bi02", "无棣县2023年征兵工作会议", "meeting (征兵工作会议)", "3月7日", "牟振华", None, ["无棣县"],
     ["郇文韬", "鞠永健", "商宏涛", "荆宝军", "隋立川"], ["隋立川", "荆宝军", "商宏涛", "鞠永健", "郇文韬", "牟振华"], None,
     "3月7日，无棣县召开2023年征兵工作会议",
     [_BI02_LEAD, "县委副书记、县长牟振华主持会议", _BI02_ATT, "隋立川总结讲评了", "荆宝军通报了", "商宏涛宣读了",
      "鞠永健就廉洁征兵", "郇文韬指出", "牟振华要求"]),
    ("bi03", "夏季火灾防控专项检查", "inspection (检查)", "6月13日", None, "冷树林", ["滨州市消防救援支队"],
     ["闫振宇", "甄立伟", "满春雨", "宫明哲"], ["满春雨", "宫明哲", "冷树林", "闫振宇"], "滨州高新区, 沾化区",
     "滨州市消防救援支队支队长冷树林带领支队防火监督处、作战训练处负责人，先后深入高新区、沾化区检查夏季火灾防控和灭火救援准备工作",
     ["支队长冷树林带领", "副支队长闫振宇参加检查", "管委会主任甄立伟陪同检查", "大队长满春雨汇报了", "大队长宫明哲汇报了",
      "冷树林强调", "闫振宇就防汛抗洪"]),
    ("bi04", "节前消防安全和安全生产检查", "inspection (检查)", "1月20日", None, "郇文韬", [],
     ["邴立新", "闫振宇", "綦海燕"], ["邴立新", "闫振宇", "郇文韬"], "无棣县",
     "1月20日，县委副书记、县长郇文韬带队检查春节前消防安全和安全生产工作",
     ["县长郇文韬带队检查", _BI04_ATT, "邴立新汇报了", "闫振宇介绍了", "郇文韬强调"]),
    ("bi05", "防汛和应急救援准备工作督导检查", "inspection (督导检查)", "6月21日", None, "邬启航", [],
     ["曾凡露", "霍晓岚", "龙泽宇"], ["霍晓岚", "龙泽宇", "曾凡露", "邬启航"], "澄江镇, 马市镇, 沿溪镇",
     "6月21日，县委常委、常务副县长邬启航带领县应急管理局、县水利局、县消防救援大队负责人，深入澄江镇、马市镇、沿溪镇督导检查防汛和应急救援准备工作",
     ["常务副县长邬启航带领", _BI05_ATT, "霍晓岚汇报了", "龙泽宇介绍了", "曾凡露就近期强降雨", "邬启航强调"]),
    ("bi06", "2022年度县委议军会议", "meeting (县委议军会议)", "1月12日", "胥长庚", None, [],
     ["晏国栋", "邬启航", "符海军"], ["符海军", "晏国栋", "邬启航", "胥长庚"], None,
     "1月12日，2022年度县委议军会议召开",
     ["县人武部党委第一书记胥长庚主持会议并讲话", _BI06_ATT, "符海军汇报了", "晏国栋讲评了", "邬启航就县政府", "胥长庚强调"]),
    ("bi07", "春节走访慰问活动", "visit (走访慰问)", "2月4日", None, "聂晓枫", ["吉安市退役军人事务局"],
     ["邬启航", "康佳宁"], ["康佳宁", "邬启航", "聂晓枫"], "万安县",
     "市退役军人事务局党组书记、局长聂晓枫一行赴万安县开展春节走访慰问活动",
     ["局长聂晓枫一行赴万安县", "万安县委副书记、县长邬启航", "局长康佳宁陪同慰问", "康佳宁汇报了", "邬启航表示", "聂晓枫强调"]),
    ("bi08", "冬春火灾防控和消防站建设工作调研", "inspection (调研)", "11月7日", None, "覃振棠", ["百色市消防救援支队"],
     ["韦立翔", "岑继业", "黎志豪"], ["黎志豪", "覃振棠", "韦立翔", "岑继业"], "百色高新区",
     "百色市消防救援支队支队长覃振棠、政治委员韦立翔一行到百色高新区调研冬春火灾防控和消防站建设工作",
     ["支队长覃振棠、政治委员韦立翔一行", "副主任岑继业陪同调研", "大队长黎志豪汇报了", "覃振棠指出", "韦立翔要求", "岑继业表示"]),
    ("bi09", "2024年度县委议军会议暨党管武装工作述职会", "meeting (县委议军会议)", "1月15日", "农德坤", None, ["田东县"],
     ["甘卫平", "蓝海波", "卢定邦", "陆海涵", "龙泽宇"], ["卢定邦", "蓝海波", "陆海涵", "龙泽宇", "甘卫平", "农德坤"], None,
     "1月15日，田东县召开2024年度县委议军会议暨党管武装工作述职会",
     ["第一书记农德坤主持会议并讲话", _BI09_ATT, "卢定邦汇报了", "蓝海波点评了", "县退役军人事务局局长陆海涵",
      "县应急管理局局长龙泽宇分别就", "甘卫平表示", "农德坤强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bi03", "滨州高新区新材料产业园", "industrial_park", "滨州高新区新材料产业园危化品企业"),
    ("bi08", "新山铝产业示范园", "industrial_park", "高新区新山铝产业示范园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bi01", "水湾镇", "town", "standalone", "水湾镇、碣石山镇、马山子镇党委书记依次进行党管武装工作述职"),
    ("bi01", "碣石山镇", "town", "standalone", "水湾镇、碣石山镇、马山子镇党委书记依次进行党管武装工作述职"),
    ("bi01", "马山子镇", "town", "standalone", "水湾镇、碣石山镇、马山子镇党委书记依次进行党管武装工作述职"),
    ("bi01", "马颊河", "river", "standalone", "抓好马颊河入海口沿线和沿海滩涂应急力量编组"),
    ("bi02", "无棣县", "county", "standalone", "无棣县召开2023年征兵工作会议"),
    ("bi03", "高新区", "development_zone", "standalone", "先后深入高新区、沾化区检查夏季火灾防控"),
    ("bi03", "滨州高新区", "development_zone", "in_project_name", "滨州高新区新材料产业园危化品企业"),
    ("bi03", "沾化区", "district", "standalone", "先后深入高新区、沾化区检查夏季火灾防控"),
    ("bi03", "下洼镇", "town", "standalone", "下洼镇冬枣交易市场"),
    ("bi04", "无棣县", "county", "standalone", "郇文韬一行先后来到无棣县海丰商贸城"),
    ("bi04", "车王镇", "town", "standalone", "车王镇一家危化品储存企业"),
    ("bi05", "澄江镇", "town", "standalone", "深入澄江镇、马市镇、沿溪镇督导检查"),
    ("bi05", "马市镇", "town", "standalone", "深入澄江镇、马市镇、沿溪镇督导检查"),
    ("bi05", "沿溪镇", "town", "standalone", "深入澄江镇、马市镇、沿溪镇督导检查"),
    ("bi05", "赣江", "river", "standalone", "赣江水位持续上涨"),
    ("bi05", "蜀口洲", "island", "standalone", "马市镇蜀口洲防汛物资仓库"),
    ("bi06", "赣江", "river", "standalone", "建强赣江沿线抢险救灾民兵应急连"),
    ("bi06", "泰和", "county", "standalone", "建设富强美丽幸福新泰和"),
    ("bi07", "万安县", "county", "standalone", "聂晓枫一行赴万安县开展春节走访慰问活动"),
    ("bi07", "芙蓉镇", "town", "standalone", "先后来到芙蓉镇一位参战老兵家中"),
    ("bi07", "五丰镇", "town", "standalone", "五丰镇一户烈属家中"),
    ("bi08", "百色高新区", "development_zone", "standalone", "一行到百色高新区调研冬春火灾防控"),
    ("bi08", "高新区", "development_zone", "standalone", "高新区企业集中、产业链长"),
    ("bi09", "田东县", "county", "standalone", "田东县召开2024年度县委议军会议暨党管武装工作述职会"),
    ("bi09", "右江", "river", "standalone", "右江沿线民兵应急力量装备配备"),
    ("bi09", "平马镇", "town", "standalone", "平马镇、祥周镇、林逢镇党委书记"),
    ("bi09", "祥周镇", "town", "standalone", "平马镇、祥周镇、林逢镇党委书记"),
    ("bi09", "林逢镇", "town", "standalone", "平马镇、祥周镇、林逢镇党委书记"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bi", conventions="set bi (blind set: county and city military and emergency bodies in 山东 滨州 (无棣县, 沾化区, 滨州高新区), 江西 吉安 (泰和县, 万安县) and 广西 百色 (百色高新区, 田东县): 县委议军会议 / 党管武装述职 and 征兵工作会议 with the 县委书记 as 县人武部党委第一书记 (a post of the county's 人武部党委), 县委常委、县人武部政委 (县委 常委 + 县人武部 政委), 县人武部部长; 消防救援大队 (大队长, 政治教导员) and 消防救援支队 (支队长, 副支队长, 政治委员) as orgs with their place, a zone's 大队 with the zone label; 应急管理局党委书记、局长 (党委 only with 书记); 退役军人事务局 走访慰问 as a visit)",
          persons_note="Set bi persons. id = corpus-wide person_id (bi:霍晓岚#1 of 无棣 and bi:霍晓岚#2 of 泰和, bi:龙泽宇#1 of 泰和 and bi:龙泽宇#2 of 田东 are two people each; bi:郇文韬 无棣 县长 2021-22 → 县委书记 2023; bi:商宏涛 退役军人事务局局长 2021 → 副县长 2023; bi:闫振宇 无棣县消防救援大队大队长 2022 → 滨州市消防救援支队副支队长 2024; bi:邬启航 泰和 常务副县长 2022-23 → 万安县长 2024)")


if __name__ == "__main__":
    main()
