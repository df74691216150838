"""Write gold part ``cn`` (a blind set: 政法 and military news of counties in 江西 九江, 四川 巴中, 河北 张家口 and 辽宁
铁岭) from the tables below.

Pages ``tests/dev/texts/cn*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 红网 / 道县 item of a 县委政法工作会议 (``县委常委、政法委书记…出席会议并讲话，
县人大常委会副主任…主持会议``, ``县法院、检察院、公安局…主要负责人就相关工作作典型发言``); an 英山 item of the 政法工作会议暨信访
工作会议 (``县委副书记、政法委书记…主持会议，副县长、县公安局局长…，县人民法院院长…，县人民检察院检察长…出席会议``); a 金乡
扫黑除恶专项斗争推进会 (``会议由县政府副县长、县公安局局长…主持，县法院院长…，县检察院检察长…参加会议``, ``（县委政法委）``); a
南华 and a 张家川 政法 推进会 (``副县长、县公安局党委书记、局长…主持会议``); a 清徐 县委政法工作会议 in a county paper
(``本报讯2月28日上午``); the 镇远, 榆中 and 武山 征兵工作会议 (``县委常委、县人武部政委…，县政府副县长、公安局局长、县征兵工作领导
小组副组长…，县人武部部长…``; ``县委副书记、县长、县征兵工作领导小组组长``; a 县 site with ``发布时间：2023-02-02 17:12:23``);
the 阜蒙县 paper's 八一 军地首长座谈会 (``本报讯 (记者 …)``, ``县人民武装部领导``) and an 安远 八一 军地座谈会 (``县委常委、人武部
政委…主持会议``); a 本溪县 走访慰问 page (``来源：本溪县报 发布时间：… 浏览次数：``); court sites: 天长法院 (``作者：… 发布时间：…
打印 字号``, ``党组书记、院长…开门接访``), 杞县法院 (``院长接待日``, ``关闭窗口``, footer 备案号), 黄龙法院 (``县委常委、政法委书记…
一同参加接访``); a 临洮 page of a 副县长's 消防 检查 (``发布时间：2023-06-07 22:07 … 字号：``, ``责任编辑：… [打印本页 | 关闭窗口 ]``)
and a 道县 融媒体 page of a 消防救援总队 调研 (``县政府副县长、县公安局局长…陪同调研``, ``在道县消防救援大队…``); a 商水 周口日报
item of a 县长's 派出所 调研 with the 政法委书记 and the 公安局长. Places are real and new to the corpus: 江西 九江 (武宁县 three
times, 永修县, the 九江日报), 四川 巴中 (南江县 twice, 平昌县, the 巴中日报), 河北 张家口 (蔚县, the 张家口日报 on 阳原县), 辽宁
铁岭 (昌图县).

Shapes: a county site's 县委政法工作会议 (县委书记 讲话, 县长 主持, 政法委书记 报告, 公安局长, 法院院长, 检察长 出席) (cn01); a
city paper's 第03版 of a county's 常态化扫黑除恶斗争推进会 chaired by the 副县长、县公安局局长, the 公安局 政委 reporting, a
``本版其他新闻`` list (cn02); a county site's 平安建设推进会 where the former 武宁 公安局长 speaks as 永修's 政法委书记 (cn03); a county
site's 八一 军地座谈会 (县委书记、县人武部党委第一书记; 县委常委、县人武部政委 主持; 人武部部长; the former 公安局政委 now 副县长、
县公安局局长) and a 走访慰问 before it (cn04); a county court's own site, 院长接访日 (``我院党组书记、院长``, 副院长, 立案庭庭长, the
政法委书记 参加接访) (cn05); a county site's 消防安全检查 by a 副县长 with the 消防救援大队大队长 and 应急管理局局长 (cn06); a city
paper page with two county articles: a 县委政法工作会议 (the 政法委书记 now 县委副书记、政法委书记) and a 火灾防控推进会 with the same
大队长 (cn07); a county site's 征兵工作会议 (``县委副书记、县长、县征兵工作领导小组组长``, 人武部政委 主持, 人武部部长 部署) (cn08); a
city paper's 征兵工作座谈会 in another county where the former 蔚县 人武部部长 is 县委常委、县人武部部长 (cn09); a county site's
调研 by the 政法委书记 of a 派出所, a 综治中心 and a 人民法庭 with the 公安局长, 公安局政委 and 法院院长 (cn10).

Identity cases:
- cn:熊志远, 公安局长 → 政法委书记 across pages and counties: 武宁县 副县长、县公安局局长 (cn01 Feb 2022, cn02 July 2022);
  永修县委常委、政法委书记 (cn03 Mar 2024).
- cn:邹宏斌, 武宁县公安局党委副书记、政委 (cn02 July 2022) → 武宁县 副县长、县公安局局长 (cn04 July 2024): the post 熊志远 left.
- cn:郭靖宇, 蔚县人武部部长 (cn08 Mar 2022) → 阳原县委常委、县人武部部长 (cn09 Aug 2024).
- cn:何建林, 南江县委常委、政法委书记 (cn05 May 2023) → 南江县委副书记、政法委书记 (cn07 Feb 2025).
- the same officials across pages: cn:阮正华 (武宁县委书记, 2022 and 2024), cn:柯建明 (武宁 政法委书记), cn:詹晓云 and cn:卢国辉
  (武宁 法院院长 / 检察长, cn01 and cn02), cn:岳川平 (南江 法院院长, 2023 and 2025), cn:郑晓波 and cn:肖立军#1 (平昌, cn06 and
  cn07). The editor cn:陈思雨 signs two 武宁 pages (cn01, cn04).
- two different 肖立军: cn:肖立军#1 is 平昌县消防救援大队大队长 (四川, cn06, cn07); cn:肖立军#2 is 阳原县人武部政委 (河北, cn09).
- one organ word in several counties: bare ``县人民法院院长`` is 武宁's (cn01, cn02), 永修's (cn03), 南江's (cn07) and 昌图's (cn10);
  ``县人民检察院检察长`` 武宁's, 永修's, 南江's; ``副县长、县公安局局长`` 武宁's, 永修's, 南江's, 蔚县's, 阳原's, 昌图's; ``县人武部``
  武宁's, 蔚县's, 阳原's; ``县消防救援大队`` 平昌's (and 武宁's, unnamed, in cn04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, am, ba, bc, bi where they speak; decided here where they are silent):
- ``县委常委、政法委书记`` → X县委 常委 + X县委政法委 书记 (as ba, bc); ``县委副书记、政法委书记`` → X县委 副书记 + X县委政法委 书记.
- ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长 (as bi). DECIDED HERE: ``县公安局党委副书记、政委`` → X县公安局党委
  副书记 + X县公安局 政委 (the 党委 takes 书记 / 副书记, the 局 takes 政委, as 党组 / 党委 go only with their 书记 in z, bi).
- Courts and procuratorates keep their names as written after the place (ab): ``县人民法院院长`` → X县人民法院 院长,
  ``县人民检察院检察长`` → X县人民检察院 检察长. DECIDED HERE: on a court's own site ``我院`` is that court: ``我院党组书记、院长
  岳川平`` → 南江县人民法院党组 书记 + 南江县人民法院 院长; ``副院长`` after it → 南江县人民法院 副院长; ``立案庭庭长`` → 南江县人民
  法院立案庭 庭长 (a division of the court, named as written after the court, as departments after their place). The bare
  ``县委`` on a county court's site is that county's.
- 人武部 (am, bi): ``县委常委、县人武部政委`` → X县委 常委 + X县人武部 政委; ``县人武部部长`` → X县人武部 部长; ``县委常委、县人武部
  部长`` → X县委 常委 + X县人武部 部长; ``县委书记、县人武部党委第一书记`` → X县委 书记 + X县人武部党委 第一书记.
- DECIDED HERE: ``县征兵工作领导小组组长`` is a post of the group, as CONVENTIONS makes a 督导组's 组长 one: → 蔚县征兵工作领导
  小组 组长 (the group with its county's label).
- 消防 (bi): ``县消防救援大队大队长`` → X县消防救援大队 大队长; ``县应急管理局局长`` → X县应急管理局 局长; ``县退役军人事务局局长``
  → X县退役军人事务局 局长. ``县消防救援大队主要负责同志`` and ``驻县部队`` name no person: no line.
- One-character county (ab): 蔚县 → 蔚县委, 蔚县政府, 蔚县人武部, 蔚县公安局.
- Bare organs take the page's county: on a county site that county; in a city paper the county the article is about
  (``武宁召开…`` in the 九江日报, ``南江召开…`` / ``平昌推进…`` in the 巴中日报, ``阳原县召开…`` in the 张家口日报).
- Events: 政法工作会议, 推进会, 座谈会, 征兵工作会议 are meetings (chair when 主持; 出席 attendees; 讲话 / 作工作报告 / 通报 / 介绍 /
  汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); a 检查 / 调研 an inspection (leader; 陪同 attendees); the 院长接访日 a
  ``reception (接访)`` (bc: leader = the official who receives, 参加接访 attendees); the 走访慰问 before the 座谈会 a ``visit``
  (bi), dated by the day of the 座谈会 it precedes.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``（永修县融媒体中心 记者 …）`` reporter; ``作者：`` on the court
  site an author line; 责任编辑 / 编辑 / 审核 / 校对 / 美编 editor lines; ``责任编辑：南江县人民法院`` and ``供稿：县委政法委`` name
  organs: no line.
- Projects: works under way: a 消防站 建设项目 ``infrastructure_project``; a 综治中心 提升改造工程 / 标准化建设项目 and an 执法办案
  管理中心 建设项目 ``project``. DECIDED HERE: a 派出所, an 人民法庭, a 综治中心, an 敬老院, a 商业综合体 visited are institutions,
  not projects or places; the short place names inside court names (``长赤法庭``, ``老城人民法庭``) are not annotated (the
  towns are, where written in full); ``城北`` inside ``城北消防站建设项目`` is no place, ``城北片区`` written alone is an area.
  ``和县公安局…`` in cn10 is ``和`` + ``县公安局`` (the county 和县 is not named).
- Places: one line per name per file; county names in slogans (``平安武宁``, ``平安永修``) and in headlines count; the meeting
  venue ``县行政中心`` is a venue (ay, e); DECIDED HERE: a report's byline naming its media centre (``（永修县融媒体中心 记者 …）``)
  is part of the article and its place counts (in_org_reference), while 来源 / 责任编辑 / 供稿 lines naming an organ do not; related-article lists (``本版其他新闻``, ``本版导读``, ``相关新闻``, 上一篇 / 下一篇),
  site lines, mastheads, 来源 lines, addresses and footers are not annotated (bs).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

WN, YX, NJ, PC, YU, YY, CT = "武宁县", "永修县", "南江县", "平昌县", "蔚县", "阳原县", "昌图县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cn01_wuning.txt": (2022, "发布时间：2022-02-25 09:42", WN, [
        ("我县召开2022年县委政法工作会议", "2月24日上午", "2022-02-24", "2月24日上午，2022年县委政法工作会议",
         "county site: 县委政法工作会议 (县委书记 讲话, 县长 主持, 政法委书记 报告; 公安局长, 法院院长, 检察长 出席)")]),
    "cn02_jiujiang.txt": (2022, "2022年07月08日　星期五", WN, [
        ("武宁召开常态化扫黑除恶斗争推进会", "7月6日", "2022-07-06", "本报讯（记者 曹雅琴 通讯员 刘俊峰）7月6日",
         "city paper 第03版: a county's 扫黑除恶 推进会 chaired by the 副县长、县公安局局长; the 公安局 政委 reports")]),
    "cn03_yongxiu.txt": (2024, "发布日期：2024-03-14", YX, [
        ("全县平安建设推进会召开", "3月13日", "2024-03-13", "3月13日，全县平安建设推进会召开",
         "county site: 平安建设推进会; the former 武宁 公安局长 now 永修's 政法委书记")]),
    "cn04_wuning.txt": (2024, "发布时间：2024-08-01 10:15", WN, [
        ("我县召开庆祝建军97周年军地座谈会", "7月31日", "2024-07-31", "7月31日，在中国人民解放军建军97周年",
         "county site: 八一 军地座谈会 (人武部党委第一书记, 人武部政委 主持, 人武部部长); the former 公安局政委 now 公安局长; 走访慰问")]),
    "cn05_nanjiang.txt": (2023, "发布时间：2023-05-17 16:08:25", NJ, [
        ("岳川平院长开展“院长接访日”活动", "5月16日上午", "2023-05-16", "为进一步畅通群众诉求表达渠道",
         "court site: 院长接访日 (我院党组书记、院长; 副院长; 立案庭庭长; the 政法委书记 参加接访)")]),
    "cn06_pingchang.txt": (2023, "发布时间：2023-12-20 17:30", PC, [
        ("郑晓波带队开展冬季消防安全检查", "12月19日", "2023-12-19", "12月19日，副县长郑晓波",
         "county site: 副县长's 消防 检查 with the 消防救援大队大队长 (肖立军#1) and 应急管理局局长; a 消防站 project")]),
    "cn07_bazhong.txt": (2025, "2025年02月27日　星期四", "巴中市", [
        ("南江召开2025年县委政法工作会议", "2月25日", "2025-02-25", "本报讯（记者 王梓宁 通讯员 段雨桐）2月25日",
         "city paper: 南江's 县委政法工作会议; the 政法委书记 now 县委副书记、政法委书记"),
        ("平昌推进春季火灾防控工作", "2月24日", "2025-02-24", "本报讯（记者 母佳怡）2月24日",
         "city paper: 平昌's 火灾防控推进会 with the same 大队长")]),
    "cn08_yuxian.txt": (2022, "发布时间：2022-03-10 15:20:11", YU, [
        ("蔚县召开2022年征兵工作会议", "3月9日", "2022-03-09", "3月9日，蔚县召开2022年征兵工作会议",
         "county site: 征兵工作会议 (县长、征兵工作领导小组组长; 人武部政委 主持; 人武部部长 部署; 公安局长)")]),
    "cn09_zhangjiakou.txt": (2024, "2024年08月15日　星期四", YY, [
        ("阳原县召开下半年征兵工作座谈会", "8月14日", "2024-08-14", "本报讯（记者 祁晓峰）8月14日",
         "city paper: 征兵工作座谈会 chaired by the 县委常委、县人武部部长 (the former 蔚县 部长); 人武部政委 肖立军#2")]),
    "cn10_changtu.txt": (2024, "发布时间：2024-11-22 14:36", CT, [
        ("鲍志诚调研基层派出所规范化建设和矛盾纠纷多元化解工作", "11月21日", "2024-11-21", "11月21日，县委常委、政法委书记鲍志诚",
         "county site: 政法委书记's 调研 with the 公安局长, 公安局政委 and 法院院长")]),
}

_C01_ATT = "副县长、县公安局局长熊志远，县人民法院院长詹晓云，县人民检察院检察长卢国辉出席会议"
_C02_ATT = "县人民法院院长詹晓云，县人民检察院检察长卢国辉出席会议"
_C03_ATT = "副县长、县公安局局长淦志强，县人民法院院长谌丽萍，县人民检察院检察长涂文斌出席会议"
_C04_ATT = "副县长、县公安局局长邹宏斌，副县长罗春秀，县人武部部长欧阳剑"
_C05_ATT = "副院长苟丽娟、立案庭庭长陈雪菲参加接访"
_C06_ATT = "县消防救援大队大队长肖立军、县应急管理局局长向丽萍陪同检查"
_C07_ATT = "县人民法院院长岳川平，县人民检察院检察长蒲志刚出席会议"
_C09_ATT = "县人武部政委肖立军，副县长、县公安局局长闫海涛，县退役军人事务局局长聂晓宇出席会议"
_C10_ATT = "副县长、县公安局局长宫德海，县公安局党委副书记、政委付春阳，县人民法院院长佟海鹏陪同调研"
_C08_YAO = "县委副书记、县长、县征兵工作领导小组组长姚振东"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 武宁县 (九江)
    "cn:阮正华": ("阮正华", "official", WN, [
        ("cn01", "武宁县委", "书记", "县委书记阮正华出席会议并讲话", "2022-02"),
        ("cn04", "武宁县委", "书记", "县委书记、县人武部党委第一书记阮正华", "2024-07: the same post"),
        ("cn04", "武宁县人武部党委", "第一书记", "县委书记、县人武部党委第一书记阮正华", "as bi: the 人武部党委's 第一书记")], []),
    "cn:袁立信": ("袁立信", "official", WN, [
        ("cn01", "武宁县委", "副书记", "县委副书记、县长袁立信主持会议", None),
        ("cn01", "武宁县政府", "县长", "县委副书记、县长袁立信主持会议", None)], []),
    "cn:柯建明": ("柯建明", "official", WN, [
        ("cn01", "武宁县委", "常委", "县委常委、政法委书记柯建明作工作报告", None),
        ("cn01", "武宁县委政法委", "书记", "县委常委、政法委书记柯建明作工作报告", "政法委 after 县委常委 = the 县委's (ba, bc)"),
        ("cn02", "武宁县委", "常委", "县委常委、政法委书记柯建明出席会议并讲话", "bare 县委 in the 九江日报's 武宁 article"),
        ("cn02", "武宁县委政法委", "书记", "县委常委、政法委书记柯建明出席会议并讲话", None)], []),
    "cn:熊志远": ("熊志远", "official", "九江市", [
        ("cn01", "武宁县政府", "副县长", _C01_ATT, "2022-02 (identity case: 永修县委政法委书记 in 2024, cn03)"),
        ("cn01", "武宁县公安局", "局长", _C01_ATT, "副县长、县公安局局长: one person, two posts"),
        ("cn02", "武宁县政府", "副县长", "副县长、县公安局局长熊志远主持会议", "2022-07"),
        ("cn02", "武宁县公安局", "局长", "副县长、县公安局局长熊志远主持会议", None),
        ("cn03", "永修县委", "常委", "县委常委、政法委书记熊志远出席会议并讲话", "2024-03: now in 永修县 (bare 县委 on the 永修 site)"),
        ("cn03", "永修县委政法委", "书记", "县委常委、政法委书记熊志远出席会议并讲话", "公安局长 → 政法委书记")], []),
    "cn:詹晓云": ("詹晓云", "official", WN, [
        ("cn01", "武宁县人民法院", "院长", _C01_ATT, "bare 县人民法院 = 武宁's here, 永修's in cn03, 南江's in cn07, 昌图's in cn10"),
        ("cn02", "武宁县人民法院", "院长", _C02_ATT, None)], []),
    "cn:卢国辉": ("卢国辉", "official", WN, [
        ("cn01", "武宁县人民检察院", "检察长", _C01_ATT, None),
        ("cn02", "武宁县人民检察院", "检察长", _C02_ATT, None)], []),
    "cn:邹宏斌": ("邹宏斌", "official", WN, [
        ("cn02", "武宁县公安局党委", "副书记", "县公安局党委副书记、政委邹宏斌通报了", "2022-07; DECIDED HERE: 党委 副书记 + 局 政委"),
        ("cn02", "武宁县公安局", "政委", "县公安局党委副书记、政委邹宏斌通报了", "identity case: 副县长、县公安局局长 in 2024, cn04"),
        ("cn04", "武宁县政府", "副县长", _C04_ATT, "2024-07: succeeds 熊志远"),
        ("cn04", "武宁县公安局", "局长", _C04_ATT, None)], []),
    "cn:龚振海": ("龚振海", "official", WN, [
        ("cn04", "武宁县委", "常委", "县委常委、县人武部政委龚振海主持会议", None),
        ("cn04", "武宁县人武部", "政委", "县委常委、县人武部政委龚振海主持会议", "as am, bi")], []),
    "cn:罗春秀": ("罗春秀", "official", WN, [
        ("cn04", "武宁县政府", "副县长", _C04_ATT, None)], []),
    "cn:欧阳剑": ("欧阳剑", "official", WN, [
        ("cn04", "武宁县人武部", "部长", _C04_ATT, None)], []),
    "cn:陈思雨": ("陈思雨", "editor", "武宁县人民政府", [], ["cn01", "cn04"]),
    # ---- 永修县 (九江)
    "cn:蔡卫东": ("蔡卫东", "official", YX, [
        ("cn03", "永修县委", "副书记", "县委副书记蔡卫东主持会议", None)], []),
    "cn:淦志强": ("淦志强", "official", YX, [
        ("cn03", "永修县政府", "副县长", _C03_ATT, None),
        ("cn03", "永修县公安局", "局长", _C03_ATT, None)], []),
    "cn:谌丽萍": ("谌丽萍", "official", YX, [
        ("cn03", "永修县人民法院", "院长", _C03_ATT, "the same 县人民法院 words as 武宁's (cn01)")], []),
    "cn:涂文斌": ("涂文斌", "official", YX, [
        ("cn03", "永修县人民检察院", "检察长", _C03_ATT, None)], []),
    # ---- 南江县 (巴中)
    "cn:岳川平": ("岳川平", "official", NJ, [
        ("cn05", "南江县人民法院党组", "书记", "我院党组书记、院长岳川平", "2023-05; DECIDED HERE: 我院 on the court's site = 南江县人民法院"),
        ("cn05", "南江县人民法院", "院长", "我院党组书记、院长岳川平", "named in the headline too (岳川平院长)"),
        ("cn07", "南江县人民法院", "院长", _C07_ATT, "2025-02: bare 县人民法院 in the 巴中日报's 南江 article")], []),
    "cn:何建林": ("何建林", "official", NJ, [
        ("cn05", "南江县委", "常委", "县委常委、政法委书记何建林到院参加接访", "2023-05 (identity case: 县委副书记、政法委书记 in 2025, cn07)"),
        ("cn05", "南江县委政法委", "书记", "县委常委、政法委书记何建林到院参加接访", None),
        ("cn07", "南江县委", "副书记", "县委副书记、政法委书记何建林作工作报告", "2025-02: now 县委副书记"),
        ("cn07", "南江县委政法委", "书记", "县委副书记、政法委书记何建林作工作报告", None)], []),
    "cn:苟丽娟": ("苟丽娟", "official", NJ, [
        ("cn05", "南江县人民法院", "副院长", _C05_ATT, "副院长 on the court's site = that court")], []),
    "cn:陈雪菲": ("陈雪菲", "official", NJ, [
        ("cn05", "南江县人民法院立案庭", "庭长", _C05_ATT, "DECIDED HERE: a division of the court, as written after it")], []),
    "cn:谢宏伟": ("谢宏伟", "official", NJ, [
        ("cn07", "南江县委", "书记", "县委书记谢宏伟出席会议并讲话", None)], []),
    "cn:杜海波": ("杜海波", "official", NJ, [
        ("cn07", "南江县政府", "副县长", "副县长、县公安局局长杜海波主持会议", None),
        ("cn07", "南江县公安局", "局长", "副县长、县公安局局长杜海波主持会议", None)], []),
    "cn:蒲志刚": ("蒲志刚", "official", NJ, [
        ("cn07", "南江县人民检察院", "检察长", _C07_ATT, None)], []),
    # ---- 平昌县 (巴中)
    "cn:郑晓波": ("郑晓波", "official", PC, [
        ("cn06", "平昌县政府", "副县长", "12月19日，副县长郑晓波带领", "named in the headline too"),
        ("cn07", "平昌县政府", "副县长", "副县长郑晓波出席会议并讲话", "2025-02: bare 副县长 in the 巴中日报's 平昌 article")], []),
    "cn:肖立军#1": ("肖立军", "official", PC, [
        ("cn06", "平昌县消防救援大队", "大队长", _C06_ATT, "平昌 (四川); not the 肖立军 of 阳原 (cn09)"),
        ("cn07", "平昌县消防救援大队", "大队长", "县消防救援大队大队长肖立军通报了", "2025-02")], []),
    "cn:向丽萍": ("向丽萍", "official", PC, [
        ("cn06", "平昌县应急管理局", "局长", _C06_ATT, None)], []),
    # ---- 蔚县 / 阳原县 (张家口)
    "cn:姚振东": ("姚振东", "official", YU, [
        ("cn08", "蔚县委", "副书记", _C08_YAO, "one-character county keeps its full name (ab)"),
        ("cn08", "蔚县政府", "县长", _C08_YAO, None),
        ("cn08", "蔚县征兵工作领导小组", "组长", _C08_YAO, "DECIDED HERE: the 领导小组's 组长 is a post of the group")], []),
    "cn:乔立新": ("乔立新", "official", YU, [
        ("cn08", "蔚县委", "常委", "县委常委、县人武部政委乔立新主持会议", None),
        ("cn08", "蔚县人武部", "政委", "县委常委、县人武部政委乔立新主持会议", None)], []),
    "cn:郭靖宇": ("郭靖宇", "official", "张家口市", [
        ("cn08", "蔚县人武部", "部长", "县人武部部长郭靖宇，副县长", "2022-03 (identity case: 阳原县委常委、县人武部部长 in 2024, cn09)"),
        ("cn09", "阳原县委", "常委", "县委常委、县人武部部长郭靖宇主持会议", "2024-08: now in 阳原县"),
        ("cn09", "阳原县人武部", "部长", "县委常委、县人武部部长郭靖宇主持会议", None)], []),
    "cn:郝立峰": ("郝立峰", "official", YU, [
        ("cn08", "蔚县政府", "副县长", "副县长、县公安局局长郝立峰出席会议", None),
        ("cn08", "蔚县公安局", "局长", "副县长、县公安局局长郝立峰出席会议", None)], []),
    "cn:樊建国": ("樊建国", "official", YY, [
        ("cn09", "阳原县委", "副书记", "县委副书记、县长樊建国出席会议并讲话", None),
        ("cn09", "阳原县政府", "县长", "县委副书记、县长樊建国出席会议并讲话", None)], []),
    "cn:肖立军#2": ("肖立军", "official", YY, [
        ("cn09", "阳原县人武部", "政委", _C09_ATT, "阳原 (河北); not the 肖立军 of 平昌 (cn06, cn07)")], []),
    "cn:闫海涛": ("闫海涛", "official", YY, [
        ("cn09", "阳原县政府", "副县长", _C09_ATT, None),
        ("cn09", "阳原县公安局", "局长", _C09_ATT, None)], []),
    "cn:聂晓宇": ("聂晓宇", "official", YY, [
        ("cn09", "阳原县退役军人事务局", "局长", _C09_ATT, None)], []),
    # ---- 昌图县 (铁岭)
    "cn:鲍志诚": ("鲍志诚", "official", CT, [
        ("cn10", "昌图县委", "常委", "11月21日，县委常委、政法委书记鲍志诚深入昌图镇", "named in the headline too"),
        ("cn10", "昌图县委政法委", "书记", "11月21日，县委常委、政法委书记鲍志诚深入昌图镇", None)], []),
    "cn:宫德海": ("宫德海", "official", CT, [
        ("cn10", "昌图县政府", "副县长", _C10_ATT, None),
        ("cn10", "昌图县公安局", "局长", _C10_ATT, None)], []),
    "cn:付春阳": ("付春阳", "official", CT, [
        ("cn10", "昌图县公安局党委", "副书记", _C10_ATT, "as 邹宏斌 (cn02)"),
        ("cn10", "昌图县公安局", "政委", _C10_ATT, None)], []),
    "cn:佟海鹏": ("佟海鹏", "official", CT, [
        ("cn10", "昌图县人民法院", "院长", _C10_ATT, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cn01", "陈思雨", "责任编辑", "editor", "责任编辑：陈思雨"),
    ("cn02", "曹雅琴", "记者", "reporter", "本报讯（记者 曹雅琴 通讯员 刘俊峰）"),
    ("cn02", "刘俊峰", "通讯员", "correspondent", "本报讯（记者 曹雅琴 通讯员 刘俊峰）"),
    ("cn02", "吴晓梅", "责任编辑", "editor", "责任编辑：吴晓梅"),
    ("cn03", "邓雅琪", "记者", "reporter", "（永修县融媒体中心 记者 邓雅琪）"),
    ("cn03", "舒晓燕", "责任编辑", "editor", "责任编辑：舒晓燕"),
    ("cn03", "高雅婷", "审核", "editor", "审核：高雅婷"),
    ("cn04", "陈思雨", "责任编辑", "editor", "责任编辑：陈思雨"),
    ("cn05", "李婧", "作者", "author", "作者：李婧"),
    ("cn06", "冉晓燕", "责任编辑", "editor", "责任编辑：冉晓燕"),
    ("cn07", "王梓宁", "记者", "reporter", "本报讯（记者 王梓宁 通讯员 段雨桐）"),
    ("cn07", "段雨桐", "通讯员", "correspondent", "本报讯（记者 王梓宁 通讯员 段雨桐）"),
    ("cn07", "母佳怡", "记者", "reporter", "本报讯（记者 母佳怡）"),
    ("cn07", "赵雅丽", "责任编辑", "editor", "责任编辑：赵雅丽"),
    ("cn07", "周立群", "校对", "editor", "校对：周立群"),
    ("cn08", "康晓宁", "编辑", "editor", "编辑：康晓宁"),
    ("cn08", "侯彦斌", "审核", "editor", "审核：侯彦斌"),
    ("cn09", "祁晓峰", "记者", "reporter", "本报讯（记者 祁晓峰）"),
    ("cn09", "杨丽红", "责任编辑", "editor", "责任编辑：杨丽红"),
    ("cn09", "孙悦", "美编", "editor", "美编：孙悦"),
    ("cn10", "关雪", "审核", "editor", "审核：关雪"),
    ("cn10", "白浩然", "编辑", "editor", "编辑：白浩然"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cn01", "2022年县委政法工作会议", "meeting (政法工作会议)", "2月24日上午", "袁立信", None, [],
     ["阮正华", "熊志远", "詹晓云", "卢国辉"], ["阮正华", "柯建明", "袁立信"], "县行政中心",
     "2月24日上午，2022年县委政法工作会议在县行政中心五楼会议室召开",
     ["县委书记阮正华出席会议并讲话", "县长袁立信主持会议", "政法委书记柯建明作工作报告", _C01_ATT,
      "阮正华充分肯定", "柯建明在报告中指出", "袁立信要求"]),
    ("cn02", "常态化扫黑除恶斗争推进会", "meeting (推进会)", "7月6日", "熊志远", None, ["武宁县"],
     ["柯建明", "詹晓云", "卢国辉"], ["邹宏斌", "柯建明", "熊志远"], None,
     "7月6日，武宁县召开常态化扫黑除恶斗争推进会",
     ["政法委书记柯建明出席会议并讲话", "县公安局局长熊志远主持会议", _C02_ATT, "政委邹宏斌通报了", "柯建明指出", "熊志远要求"]),
    ("cn03", "全县平安建设推进会", "meeting (推进会)", "3月13日", "蔡卫东", None, [],
     ["熊志远", "淦志强", "谌丽萍", "涂文斌"], ["淦志强", "谌丽萍", "涂文斌", "熊志远", "蔡卫东"], None,
     "3月13日，全县平安建设推进会召开",
     ["政法委书记熊志远出席会议并讲话", "县委副书记蔡卫东主持会议", _C03_ATT, "淦志强通报了", "谌丽萍、涂文斌分别介绍了",
      "熊志远指出", "蔡卫东要求"]),
    ("cn04", "庆“八一”军地座谈会", "meeting (座谈会)", "7月31日", "龚振海", None, ["武宁县"],
     ["阮正华", "邹宏斌", "罗春秀", "欧阳剑"], ["欧阳剑", "罗春秀", "阮正华", "邹宏斌"], None,
     "我县召开庆“八一”军地座谈会",
     ["县人武部党委第一书记阮正华出席会议并讲话", "县人武部政委龚振海主持会议", _C04_ATT, "欧阳剑介绍了", "罗春秀通报了",
      "阮正华代表县委、县政府", "邹宏斌表示"]),
    ("cn04", "“八一”走访慰问驻县部队官兵和县消防救援大队指战员", "visit (走访慰问)", "7月31日", None, "阮正华", [],
     ["龚振海"], [], None,
     "会前，阮正华、龚振海一行走访慰问了驻县部队官兵和县消防救援大队指战员",
     ["会前，阮正华、龚振海一行走访慰问了"]),
    ("cn05", "院长接访日", "reception (接访)", "5月16日上午", None, "岳川平", [],
     ["何建林", "苟丽娟", "陈雪菲"], ["岳川平", "何建林"], "南江县人民法院诉讼服务中心",
     "我院党组书记、院长岳川平在诉讼服务中心开展“院长接访日”活动",
     ["院长岳川平在诉讼服务中心开展", "政法委书记何建林到院参加接访", _C05_ATT, "岳川平当场要求", "何建林指出", "岳川平表示"]),
    ("cn06", "冬季消防安全检查", "inspection (检查)", "12月19日", None, "郑晓波", [],
     ["肖立军", "向丽萍"], ["肖立军", "郑晓波", "向丽萍"], "同州街道、驷马镇",
     "副县长郑晓波带领县应急管理局、县消防救援大队、县市场监管局相关负责同志，深入同州街道、驷马镇开展冬季消防安全检查",
     ["副县长郑晓波带领", _C06_ATT, "肖立军汇报了", "郑晓波强调", "向丽萍表示"]),
    ("cn07", "南江县2025年县委政法工作会议", "meeting (政法工作会议)", "2月25日", "杜海波", None, ["南江县"],
     ["谢宏伟", "岳川平", "蒲志刚"], ["谢宏伟", "何建林"], None,
     "2月25日，南江县召开2025年县委政法工作会议",
     ["县委书记谢宏伟出席会议并讲话", "县公安局局长杜海波主持会议", "政法委书记何建林作工作报告", _C07_ATT, "谢宏伟强调",
      "何建林在报告中指出"]),
    ("cn07", "平昌县春季火灾防控工作推进会", "meeting (推进会)", "2月24日", None, None, ["平昌县"],
     ["郑晓波"], ["肖立军", "郑晓波"], None,
     "2月24日，平昌县召开春季火灾防控工作推进会",
     ["副县长郑晓波出席会议并讲话", "大队长肖立军通报了", "郑晓波要求"]),
    ("cn08", "蔚县2022年征兵工作会议", "meeting (征兵工作会议)", "3月9日", "乔立新", None, ["蔚县"],
     ["姚振东", "郭靖宇", "郝立峰"], ["郭靖宇", "姚振东", "郝立峰"], None,
     "3月9日，蔚县召开2022年征兵工作会议",
     ["组长姚振东出席会议并讲话", "县人武部政委乔立新主持会议", "县人武部部长郭靖宇，副县长、县公安局局长郝立峰出席会议",
      "郭靖宇总结了", "姚振东强调", "郝立峰就做好应征青年政治考核工作作了安排"]),
    ("cn09", "阳原县下半年征兵工作座谈会", "meeting (座谈会)", "8月14日", "郭靖宇", None, ["阳原县"],
     ["樊建国", "肖立军", "闫海涛", "聂晓宇"], ["肖立军", "聂晓宇", "樊建国", "闫海涛", "郭靖宇"], None,
     "8月14日，阳原县召开下半年征兵工作座谈会",
     ["县人武部部长郭靖宇主持会议", "县长樊建国出席会议并讲话", _C09_ATT, "肖立军通报了", "聂晓宇介绍了", "樊建国指出",
      "闫海涛表示", "郭靖宇要求"]),
    ("cn10", "基层派出所规范化建设和矛盾纠纷多元化解工作调研", "inspection (调研)", "11月21日", None, "鲍志诚", [],
     ["宫德海", "付春阳", "佟海鹏"], ["佟海鹏", "付春阳", "鲍志诚", "宫德海"], "昌图镇、老城镇",
     "县委常委、政法委书记鲍志诚深入昌图镇、老城镇，调研基层派出所规范化建设和矛盾纠纷多元化解工作",
     ["政法委书记鲍志诚深入昌图镇、老城镇", _C10_ATT, "佟海鹏介绍了", "付春阳汇报了", "鲍志诚指出", "宫德海表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cn03", "县综治中心提升改造工程", "project", "加快县综治中心提升改造工程建设"),
    ("cn06", "平昌县城北消防站建设项目", "infrastructure_project", "驷马镇敬老院和平昌县城北消防站建设项目现场"),
    ("cn07", "南江县综治中心标准化建设项目", "project", "今年要重点抓好南江县综治中心标准化建设项目"),
    ("cn07", "城北消防站建设项目", "infrastructure_project", "城北消防站建设项目已完成主体工程"),
    ("cn10", "县公安局执法办案管理中心建设项目", "project", "老城人民法庭和县公安局执法办案管理中心建设项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cn01", "县行政中心", "venue", "standalone", "2022年县委政法工作会议在县行政中心五楼会议室召开"),
    ("cn01", "武宁", "county", "standalone", "平安武宁建设等方面取得的成绩"),
    ("cn01", "柘林湖", "lake", "standalone", "持续推进柘林湖水域禁捕退捕执法监管"),
    ("cn01", "宋溪镇", "town", "standalone", "县司法局和宋溪镇、石渡乡主要负责人作交流发言"),
    ("cn01", "石渡乡", "township", "standalone", "县司法局和宋溪镇、石渡乡主要负责人作交流发言"),
    ("cn02", "武宁", "county", "standalone", "武宁召开常态化扫黑除恶斗争推进会"),
    ("cn02", "武宁县", "county", "standalone", "7月6日，武宁县召开常态化扫黑除恶斗争推进会"),
    ("cn02", "罗坪镇", "town", "standalone", "要压实罗坪镇、澧溪镇、鲁溪镇等重点乡镇责任"),
    ("cn02", "澧溪镇", "town", "standalone", "要压实罗坪镇、澧溪镇、鲁溪镇等重点乡镇责任"),
    ("cn02", "鲁溪镇", "town", "standalone", "要压实罗坪镇、澧溪镇、鲁溪镇等重点乡镇责任"),
    ("cn03", "永修", "county", "standalone", "会议总结2023年平安永修建设工作"),
    ("cn03", "永修县", "county", "in_org_reference", "（永修县融媒体中心 记者 邓雅琪）"),
    ("cn03", "涂埠镇", "town", "standalone", "涂埠镇、吴城镇作表态发言"),
    ("cn03", "吴城镇", "town", "standalone", "涂埠镇、吴城镇作表态发言"),
    ("cn03", "艾城镇", "town", "standalone", "要突出涂埠镇、艾城镇等城区人口密集区域"),
    ("cn03", "永武高速", "expressway", "standalone", "永武高速沿线的治安防控"),
    ("cn03", "鄱阳湖", "lake", "standalone", "要抓好鄱阳湖、修河沿岸禁捕退捕"),
    ("cn03", "修河", "river", "standalone", "要抓好鄱阳湖、修河沿岸禁捕退捕"),
    ("cn03", "吴城候鸟保护区", "nature_reserve", "standalone", "吴城候鸟保护区的巡护执法"),
    ("cn04", "修河", "river", "standalone", "在修河、柘林湖沿线防汛抢险"),
    ("cn04", "柘林湖", "lake", "standalone", "在修河、柘林湖沿线防汛抢险"),
    ("cn05", "长赤镇", "town", "standalone", "针对长赤镇一起农民工追索劳动报酬执行案件"),
    ("cn05", "下两镇", "town", "standalone", "对下两镇一起相邻关系纠纷"),
    ("cn06", "同州街道", "sub_district", "standalone", "深入同州街道、驷马镇开展冬季消防安全检查"),
    ("cn06", "驷马镇", "town", "standalone", "深入同州街道、驷马镇开展冬季消防安全检查"),
    ("cn06", "平昌县", "county", "in_project_name", "驷马镇敬老院和平昌县城北消防站建设项目现场"),
    ("cn06", "城北片区", "area", "standalone", "将有效缩短城北片区消防救援响应时间"),
    ("cn07", "南江", "county", "standalone", "南江召开2025年县委政法工作会议"),
    ("cn07", "南江县", "county", "standalone", "2月25日，南江县召开2025年县委政法工作会议"),
    ("cn07", "光雾山", "mountain", "standalone", "要深化“光雾山—米仓山”景区治安联防"),
    ("cn07", "米仓山", "mountain", "standalone", "要深化“光雾山—米仓山”景区治安联防"),
    ("cn07", "长赤镇", "town", "standalone", "长赤镇、集州街道和县人民法院作交流发言"),
    ("cn07", "集州街道", "sub_district", "standalone", "长赤镇、集州街道和县人民法院作交流发言"),
    ("cn07", "平昌", "county", "standalone", "平昌推进春季火灾防控工作"),
    ("cn07", "平昌县", "county", "standalone", "2月24日，平昌县召开春季火灾防控工作推进会"),
    ("cn07", "驷马镇", "town", "standalone", "加强驷马镇、佛楼镇等林区乡镇野外用火管控"),
    ("cn07", "佛楼镇", "town", "standalone", "加强驷马镇、佛楼镇等林区乡镇野外用火管控"),
    ("cn08", "蔚县", "county", "standalone", "3月9日，蔚县召开2022年征兵工作会议"),
    ("cn08", "蔚州镇", "town", "standalone", "县领导与蔚州镇、代王城镇、西合营镇、暖泉镇等乡镇"),
    ("cn08", "代王城镇", "town", "standalone", "县领导与蔚州镇、代王城镇、西合营镇、暖泉镇等乡镇"),
    ("cn08", "西合营镇", "town", "standalone", "县领导与蔚州镇、代王城镇、西合营镇、暖泉镇等乡镇"),
    ("cn08", "暖泉镇", "town", "standalone", "县领导与蔚州镇、代王城镇、西合营镇、暖泉镇等乡镇"),
    ("cn09", "阳原县", "county", "standalone", "8月14日，阳原县召开下半年征兵工作座谈会"),
    ("cn09", "西城镇", "town", "standalone", "西城镇、东城镇、化稍营镇武装部长分别汇报了"),
    ("cn09", "东城镇", "town", "standalone", "西城镇、东城镇、化稍营镇武装部长分别汇报了"),
    ("cn09", "化稍营镇", "town", "standalone", "西城镇、东城镇、化稍营镇武装部长分别汇报了"),
    ("cn10", "昌图镇", "town", "standalone", "深入昌图镇、老城镇，调研基层派出所"),
    ("cn10", "老城镇", "town", "standalone", "深入昌图镇、老城镇，调研基层派出所"),
    ("cn10", "八面城镇", "town", "standalone", "进一步加强八面城镇、亮中桥镇等重点乡镇警务室建设"),
    ("cn10", "亮中桥镇", "town", "standalone", "进一步加强八面城镇、亮中桥镇等重点乡镇警务室建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cn", conventions="set cn (blind set: 政法 and military county news in 江西 九江 (武宁县, 永修县, the 九江日报), 四川 巴中 (南江县, 平昌县, the 巴中日报), 河北 张家口 (蔚县, 阳原县 in the 张家口日报) and 辽宁 铁岭 (昌图县): 县委常委、政法委书记 → X县委 常委 + X县委政法委 书记; 副县长、县公安局局长 → X县政府 副县长 + X县公安局 局长; 县公安局党委副书记、政委 → X县公安局党委 副书记 + X县公安局 政委; 县人民法院 / 县人民检察院 kept as written after the county (我院 on a court's site = that court; 立案庭 a division after the court); 县人武部 部长 / 政委 and 人武部党委 第一书记; 县征兵工作领导小组 组长 a post of the group; 消防救援大队 大队长; one-character 蔚县 keeps its name; 院长接访日 a reception; one line per post per article)",
          persons_note="Set cn persons. id = corpus-wide person_id (cn:肖立军#1, 平昌县消防救援大队大队长 (四川), and cn:肖立军#2, 阳原县人武部政委 (河北), are two people; cn:熊志远 moves 武宁县副县长、县公安局局长 2022 → 永修县委常委、政法委书记 2024; cn:邹宏斌 武宁县公安局政委 2022 → 副县长、县公安局局长 2024; cn:郭靖宇 蔚县人武部部长 2022 → 阳原县委常委、县人武部部长 2024; cn:何建林 南江县委常委、政法委书记 2023 → 县委副书记、政法委书记 2025)")


if __name__ == "__main__":
    main()
