"""Write gold part ``bl`` (a blind set: a TOWN's own site, 镇人民政府 / 乡人民政府 / 街道办事处) from the tables below.

Pages ``tests/dev/texts/bl*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: town 人民代表大会 reports (孟村镇 ``选举出…为镇人大主席，…为镇长，…为副镇长``
and the 镇党委书记's closing speech; 鉴江镇 with 县领导 到会指导; 牛镇镇 on the town's own 工作动态 column with ``（责任编辑：…）``;
三和镇 补选镇长 with 宪法宣誓; 宣州 文昌镇 with a 区委常委 到会并讲话 and ``（梅本炎）`` byline; 高阳 西演镇; 官底镇 ``时间：… |来源：
|作者：|点击：`` chrome, ``会议由镇党委书记…主持 … 选举…为…镇长``; 天长 金集镇 on the 市人大 site ``镇街人大 >> 正文内容`` with
``（金集镇人大 …）`` and 上一篇 / 下一篇), a township column (黔江 杉岭乡 ``（通讯员 …）``), street pages (常州 钟楼 南大街街道
``您当前的位置：首页>>新闻中心>>基层信息>>南大街街道>>内容`` with a 副区长 and ``南大街街道党工委书记…陪同视察``; 上海 南京东路街道
``街道党工委书记、人大工委主任…，街道党工委副书记、办事处副主任（主持工作）…``; 北辛街道 ``街道人大工作室主任…，党工委委员（组织
委员）、武装部部长…陪同活动`` with 图文 / 责编 lines; a 冬梅社区 page with a 秘书长 调研 and ``区委常委、政府副区长…参加调研``).
Places are real and new to the corpus: 江苏 苏州 张家港市 (南丰镇 three times, 乐余镇, 永联村), 广东 广州 从化区 太平镇 (钱岗村,
流溪河), 四川 泸州 古蔺县 太平镇 (太平渡, 赤水河), 浙江 丽水 景宁畲族自治县 大均乡 (大均村, 小溪), 广东 东莞市 长安镇 (a town of a
city with no counties), 山东 烟台 芝罘区 向阳街道 (所城里).

Shapes: a town site's 镇党委会议 with the full list of town leaders (镇党委书记 chairs; 镇党委副书记、镇长, 镇人大主席, 镇党委
副书记, 镇纪委书记, 镇党委委员、副镇长 ×2 参加; 副镇长 列席) and an 作者 in the stamp line (bl01); the county-level city's 市长 on
the town site (bare ``市委副书记、市长``, ``市政府办公室主任``, ``市农业农村局局长`` = 张家港市…) visiting the town and a big
village's 村党委书记 (bl02); a 镇长办公会议 on another town's site, chaired by the 镇长, the 镇党委书记 出席, three 副镇长 (bl03);
a 副市长's 督查 at the town with a 市直 department's 副局长 and the town's 书记, 镇长, 副书记 陪同 (bl04); a 区委书记's 调研 on a
district's town site with a 副区长, the town's 书记, 镇长, 副镇长 and a village's ``村党委书记、村委会主任`` (bl05); a 镇人大主席
leading 县、镇人大代表 on a 视察 with a 县人大常委会副主任, the 镇人大副主席 and a 镇党委委员、副镇长 (bl06); a township
(乡人民政府) site's 调研 by the 乡党委书记 ``带领`` the 乡长 and a 副乡长, a village's ``村党支部书记、村委会主任`` (bl07); a 东莞
town site (no county between city and town) with a 副市长 and a 市直 局长 (bl08); a street site (街道办事处) with a 区委常委、
副区长 and the street's 党工委书记, 党工委副书记、办事处主任, 人大工委主任, 党工委委员、办事处副主任 (bl09).

Identity cases:
- bl:缪建峰 moves between two towns of one county-level city over three pages and four years: 张家港市南丰镇党委 委员 +
  南丰镇政府 副镇长 in June 2021 (bl01); 张家港市乐余镇党委 副书记 + 乐余镇政府 镇长, chairing the 镇长办公会议, in Aug 2023
  (bl03, on the 乐余镇 site); back to 南丰镇 as 镇党委书记 in April 2025 (bl04). bl:钱佳琪 rises inside 南丰镇: 镇党委委员、
  副镇长 in 2021 (bl01) → 镇党委副书记 in 2025 (bl04). bl:蒋卫民 (南丰镇党委书记) and bl:殷晓波 (镇党委副书记、镇长) on bl01
  and bl02; the editor bl:倪梦洁 signs bl01, bl02 and bl04.
- two different 何俊峰, both in a town named 太平镇: bl:何俊峰#1 is 从化区太平镇政府 副镇长 (广东 广州, Oct 2022, bl05);
  bl:何俊峰#2 is 古蔺县太平镇人大 主席 (四川 泸州, May 2024, bl06).
- one town name in several places: 太平镇 of 从化区 (bl05) and of 古蔺县 (bl06) → org labels 从化区太平镇… and 古蔺县太平镇…
  (the corpus also has a 太平镇 in 万源, part au); 长安镇 of 东莞市 (bl08; the corpus has a 长安镇 of 富锦, part ab) → 东莞市长安镇….

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts aa, ao, m and x where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (张家港市南丰镇党委 书记, 张家港市南丰镇政府 镇长 / 副镇长,
  张家港市南丰镇人大 主席, 张家港市南丰镇纪委 书记), as parts aa and m; ``镇党委委员、副镇长`` → …镇党委 委员 + …镇政府 副镇长;
  ``镇人大副主席`` → …镇人大 副主席. A township (乡): 景宁畲族自治县大均乡党委 书记, 景宁畲族自治县大均乡政府 乡长 / 副乡长 (the
  county's full name, 自治县 included, is its label). A street: 芝罘区向阳街道党工委 书记 / 副书记 / 委员, 芝罘区向阳街道办事处
  主任 / 副主任, 芝罘区向阳街道人大工委 主任 (as part aa).
- Bare organs on a town's own site: 镇 / 乡 / 街道 = the site's town (with its county label); 县 / 区 / 市 = the county-level
  division the town is in: ``市委副书记、市长`` on a 张家港 town site = 张家港市委 副书记 + 张家港市政府 市长 (DECIDED HERE: a
  town of a county-level city reads bare 市 as that county-level city, not the prefecture 苏州市); ``市政府办公室主任`` →
  张家港市政府办公室 主任; ``市农业农村局局长`` → 张家港市农业农村局 局长; ``副市长`` → 张家港市政府; ``区委书记`` on the 从化
  太平镇 site → 从化区委; ``县人大常委会副主任`` on the 古蔺 太平镇 site → 古蔺县人大常委会; ``区委常委、副区长`` on the 芝罘
  向阳街道 site → 芝罘区委 常委 + 芝罘区政府 副区长.
- DECIDED HERE: a town of a prefecture city that has no counties (东莞) takes the city as its county label: 东莞市长安镇党委
  书记, 东莞市长安镇政府 镇长 / 副镇长; bare 市 on its site = 东莞市 (东莞市政府 副市长, 东莞市工业和信息化局 局长).
- 从化区 and 芝罘区 are names one city has; no city prefix (从化区太平镇, 芝罘区向阳街道). 太平镇 always takes its county or
  district (从化区太平镇, 古蔺县太平镇).
- Village posts of a named village: town label + village + 党委 / 党支部 / 村委会, the party body as written:
  ``永联村党委书记沈永良`` → 张家港市南丰镇永联村党委 书记 (DECIDED HERE: a big village's 村党委 is kept as 党委, not folded
  into 党支部); ``钱岗村党委书记、村委会主任陆炳坤`` → 从化区太平镇钱岗村党委 书记 + 从化区太平镇钱岗村委会 主任;
  ``大均村党支部书记、村委会主任钟永福`` → 景宁畲族自治县大均乡大均村党支部 书记 + …大均村委会 主任.
- One line per post per article; a list after one title (``镇党委委员、副镇长缪建峰、钱佳琪``, ``副镇长陶文斌、瞿晓燕、邵文涛``)
  gives every name that title; the headline repeats of a leader's name (``季国栋到南丰镇调研…``) give no line.
- DECIDED HERE: the 镇人大主席 leading a 视察 of 县、镇人大代表 (bl06) is its leader; ``县、镇人大代表`` names nobody and is
  not a post (代表 is not a post, CONVENTIONS).
- Events: the 镇党委会议 and the 镇长办公会议 (chair; 参加 / 出席 / 列席 attendees; 汇报 / 通报 / 说明 / 要求 / 强调 speakers);
  the 调研 / 督查 / 视察 visits (inspection; leader; 陪同 / 带领 attendees — the 乡长 and 副乡长 whom the 书记 带领 are
  attendees; 介绍 / 汇报 / 通报 / 指出 / 强调 / 表示 / 部署 speakers; a 座谈会 inside a visit is part of it, as part aa). A
  village head who only 介绍 is a speaker, not an attendee.
- Projects: works named as under way or to be pushed: …示范园三期, …产业园, …产业园二期 ``industrial_park`` (a 现代农业示范园
  phase too); …人居环境整治提升工程, …街区提升项目, …保护利用项目, …漂流码头提升改造工程, …古街立面整治项目, …旧厂房改造项目,
  a named 高标准农田建设项目 ``project``; 污水管网 / 污水处理厂 / 燃气管道 works ``infrastructure_project``; a 岸线生态修复工程 and
  a 碧道建设工程 ``greening_project``. Names as written on each page (``南丰镇现代农业示范园三期`` on bl01, ``…三期项目`` on bl02).
- Places: one line per name per file, with a standalone evidence where the page has one; towns, villages, a street, rivers,
  heritage sites and areas (前海, 南沙, 滨海湾新区, 粤港澳大湾区, 岭南); places inside org references and project names count.
  Site lines, 主办单位 footers, addresses, 来源 lines and the 上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bl01_nanfeng.txt": (2021, "发布时间：2021-06-11 16:32", "张家港市南丰镇", [
        ("南丰镇召开党委会议 专题研究“三夏”生产和安全生产工作", "6月10日下午", "2021-06-10", "6月10日下午，南丰镇党委书记",
         "town site: 镇党委会议 chaired by the 镇党委书记; full list of town leaders (镇长, 人大主席, 副书记, 纪委书记, 委员、副镇长 ×2, 副镇长 列席)")]),
    "bl02_nanfeng.txt": (2022, "发布时间：2022-03-17 18:05", "张家港市南丰镇", [
        ("季国栋到南丰镇调研乡村振兴工作", "3月17日", "2022-03-17", "3月17日，市委副书记",
         "town site: the county-level city's 市长 调研 with the 市政府办公室主任, a 局长, the town's 书记 and 镇长; 永联村党委书记 介绍")]),
    "bl03_leyu.txt": (2023, "时间：2023-08-22", "张家港市乐余镇", [
        ("乐余镇召开镇长办公会议", "8月21日上午", "2023-08-21", "8月21日上午，乐余镇党委副书记",
         "town site: 镇长办公会议 chaired by the new 镇长 (from 南丰镇); the 镇党委书记 出席; three 副镇长")]),
    "bl04_nanfeng.txt": (2025, "发布时间：2025-04-09 17:20", "张家港市南丰镇", [
        ("邹雅琴到南丰镇督查安全生产工作", "4月9日", "2025-04-09", "4月9日，副市长邹雅琴",
         "town site: a 副市长's 督查 with a 市应急管理局副局长; the town's new 书记 (the 2021 副镇长), 镇长 and 副书记")]),
    "bl05_conghua_taiping.txt": (2022, "发布日期：2022-10-14", "从化区太平镇", [
        ("冯启航到太平镇调研乡村振兴和古村落保护工作", "10月13日", "2022-10-13", "10月13日，区委书记冯启航",
         "town site: the 区委书记's 调研 with a 副区长, the town's 书记, 镇长 and 副镇长 (何俊峰 of 从化); a village's 村党委书记、村委会主任")]),
    "bl06_gulin_taiping.txt": (2024, "发布时间：2024-05-30 11:46", "古蔺县太平镇", [
        ("太平镇人大组织代表视察民生实事项目", "5月29日", "2024-05-29", "5月29日，镇人大主席何俊峰",
         "town site 人大工作: the 镇人大主席 (何俊峰 of 古蔺) leads 县、镇人大代表 on a 视察 with a 县人大常委会副主任, the 人大副主席 and a 副镇长")]),
    "bl07_dajun.txt": (2023, "发布时间：2023-04-18 15:08", "景宁畲族自治县大均乡", [
        ("蓝建华深入大均村调研“两山”转化和漂流旅游工作", "4月18日上午", "2023-04-18", "4月18日上午，乡党委书记蓝建华",
         "township site: the 乡党委书记 带领 the 乡长 and a 副乡长 to a village; 村党支部书记、村委会主任 介绍")]),
    "bl08_dongguan_changan.txt": (2024, "发布时间：2024-07-25 19:10", "东莞市长安镇", [
        ("郑伟雄到长安镇调研制造业高质量发展工作", "7月25日", "2024-07-25", "7月25日，副市长郑伟雄",
         "东莞 town site (no county): a 副市长 and a 市直 局长 调研; the town's 书记, 镇长, 委员、副镇长")]),
    "bl09_zhifu_xiangyang.txt": (2022, "发布时间：2022-09-06 10:22", "芝罘区向阳街道", [
        ("隋立新到向阳街道调研所城里历史文化街区保护提升工作", "9月5日下午", "2022-09-05", "9月5日下午，区委常委",
         "street site: a 区委常委、副区长 调研; 街道党工委书记, 党工委副书记、办事处主任, 人大工委主任, 党工委委员、办事处副主任")]),
}

_NF = "张家港市南丰镇"
_LY = "张家港市乐余镇"
_TPC = "从化区太平镇"
_TPG = "古蔺县太平镇"
_DJ = "景宁畲族自治县大均乡"
_CA = "东莞市长安镇"
_XY = "芝罘区向阳街道"
_B01 = "镇党委委员、副镇长缪建峰、钱佳琪参加会议"
_B03 = "副镇长陶文斌、瞿晓燕、邵文涛参加会议"
_B04 = "镇党委书记缪建峰，镇党委副书记、镇长顾明轩，镇党委副书记钱佳琪陪同督查"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 张家港 南丰镇 / 乐余镇
    "bl:蒋卫民": ("蒋卫民", "official", _NF, [
        ("bl01", _NF + "党委", "书记", "南丰镇党委书记蒋卫民主持召开镇党委会议", "2021"),
        ("bl02", _NF + "党委", "书记", "镇党委书记蒋卫民，镇党委副书记、镇长殷晓波陪同调研", "2022; bare 镇 = the site's town")], []),
    "bl:殷晓波": ("殷晓波", "official", _NF, [
        ("bl01", _NF + "党委", "副书记", "镇党委副书记、镇长殷晓波，镇人大主席顾雪芬", None),
        ("bl01", _NF + "政府", "镇长", "镇党委副书记、镇长殷晓波，镇人大主席顾雪芬", None),
        ("bl02", _NF + "党委", "副书记", "镇党委书记蒋卫民，镇党委副书记、镇长殷晓波陪同调研", None),
        ("bl02", _NF + "政府", "镇长", "镇党委书记蒋卫民，镇党委副书记、镇长殷晓波陪同调研", None)], []),
    "bl:顾雪芬": ("顾雪芬", "official", _NF, [
        ("bl01", _NF + "人大", "主席", "镇人大主席顾雪芬", "镇人大主席 → …镇人大 主席 (part aa)")], []),
    "bl:黄启坚": ("黄启坚", "official", _NF, [
        ("bl01", _NF + "党委", "副书记", "镇党委副书记黄启坚", None)], []),
    "bl:陆海燕": ("陆海燕", "official", _NF, [
        ("bl01", _NF + "纪委", "书记", "镇纪委书记陆海燕", None)], []),
    "bl:缪建峰": ("缪建峰", "official", "张家港市", [
        ("bl01", _NF + "党委", "委员", _B01, "2021: 南丰镇 党委委员、副镇长 (first of three pages)"),
        ("bl01", _NF + "政府", "副镇长", _B01, "list after one title"),
        ("bl03", _LY + "党委", "副书记", "乐余镇党委副书记、镇长缪建峰主持召开镇长办公会议", "2023: moved to 乐余镇 as 镇长"),
        ("bl03", _LY + "政府", "镇长", "乐余镇党委副书记、镇长缪建峰主持召开镇长办公会议", None),
        ("bl04", _NF + "党委", "书记", _B04, "2025: back in 南丰镇 as 镇党委书记")], []),
    "bl:钱佳琪": ("钱佳琪", "official", _NF, [
        ("bl01", _NF + "党委", "委员", _B01, "2021"),
        ("bl01", _NF + "政府", "副镇长", _B01, None),
        ("bl04", _NF + "党委", "副书记", _B04, "2025: 镇党委副书记")], []),
    "bl:沙红霞": ("沙红霞", "official", _NF, [
        ("bl01", _NF + "政府", "副镇长", "副镇长沙红霞列席会议", None)], []),
    "bl:季国栋": ("季国栋", "official", "张家港市", [
        ("bl02", "张家港市委", "副书记", "3月17日，市委副书记、市长季国栋来到我镇", "DECIDED HERE: bare 市 on a 张家港 town site = 张家港市"),
        ("bl02", "张家港市政府", "市长", "3月17日，市委副书记、市长季国栋来到我镇", "headline repeat gives no line")], []),
    "bl:施雨桐": ("施雨桐", "official", "张家港市", [
        ("bl02", "张家港市政府办公室", "主任", "市政府办公室主任施雨桐", None)], []),
    "bl:周益民": ("周益民", "official", "张家港市", [
        ("bl02", "张家港市农业农村局", "局长", "市农业农村局局长周益民", None)], []),
    "bl:沈永良": ("沈永良", "official", _NF, [
        ("bl02", _NF + "永联村党委", "书记", "永联村党委书记沈永良介绍了", "DECIDED HERE: a village's 党委 kept as 党委")], []),
    "bl:曹振华": ("曹振华", "official", _LY, [
        ("bl03", _LY + "党委", "书记", "镇党委书记曹振华出席会议并讲话", None)], []),
    "bl:陶文斌": ("陶文斌", "official", _LY, [
        ("bl03", _LY + "政府", "副镇长", _B03, "list after one title")], []),
    "bl:瞿晓燕": ("瞿晓燕", "official", _LY, [
        ("bl03", _LY + "政府", "副镇长", _B03, None)], []),
    "bl:邵文涛": ("邵文涛", "official", _LY, [
        ("bl03", _LY + "政府", "副镇长", _B03, None)], []),
    "bl:邹雅琴": ("邹雅琴", "official", "张家港市", [
        ("bl04", "张家港市政府", "副市长", "4月9日，副市长邹雅琴带队到南丰镇督查", "bare 副市长 on a 张家港 town site")], []),
    "bl:汤振东": ("汤振东", "official", "张家港市", [
        ("bl04", "张家港市应急管理局", "副局长", "市应急管理局副局长汤振东", None)], []),
    "bl:顾明轩": ("顾明轩", "official", _NF, [
        ("bl04", _NF + "党委", "副书记", _B04, None),
        ("bl04", _NF + "政府", "镇长", _B04, None)], []),
    # ---- 从化 太平镇
    "bl:冯启航": ("冯启航", "official", "从化区", [
        ("bl05", "从化区委", "书记", "10月13日，区委书记冯启航到太平镇调研", "bare 区委 on a 从化 town site")], []),
    "bl:黄嘉俊": ("黄嘉俊", "official", "从化区", [
        ("bl05", "从化区政府", "副区长", "副区长黄嘉俊，镇党委书记黎国强", None)], []),
    "bl:黎国强": ("黎国强", "official", _TPC, [
        ("bl05", _TPC + "党委", "书记", "副区长黄嘉俊，镇党委书记黎国强", None)], []),
    "bl:冼志勇": ("冼志勇", "official", _TPC, [
        ("bl05", _TPC + "党委", "副书记", "镇党委副书记、镇长冼志勇", None),
        ("bl05", _TPC + "政府", "镇长", "镇党委副书记、镇长冼志勇", None)], []),
    "bl:何俊峰#1": ("何俊峰", "official", _TPC, [
        ("bl05", _TPC + "政府", "副镇长", "副镇长何俊峰陪同调研", "广东 从化; not the 何俊峰 of 古蔺县太平镇 (bl06)")], []),
    "bl:陆炳坤": ("陆炳坤", "official", _TPC, [
        ("bl05", _TPC + "钱岗村党委", "书记", "钱岗村党委书记、村委会主任陆炳坤", None),
        ("bl05", _TPC + "钱岗村委会", "主任", "钱岗村党委书记、村委会主任陆炳坤", None)], []),
    # ---- 古蔺 太平镇
    "bl:何俊峰#2": ("何俊峰", "official", _TPG, [
        ("bl06", _TPG + "人大", "主席", "5月29日，镇人大主席何俊峰带领部分县、镇人大代表", "四川 古蔺; not the 何俊峰 of 从化区太平镇 (bl05)")], []),
    "bl:罗正清": ("罗正清", "official", "古蔺县", [
        ("bl06", "古蔺县人大常委会", "副主任", "县人大常委会副主任罗正清参加视察", None)], []),
    "bl:穆春燕": ("穆春燕", "official", _TPG, [
        ("bl06", _TPG + "人大", "副主席", "镇人大副主席穆春燕", None)], []),
    "bl:赵思远": ("赵思远", "official", _TPG, [
        ("bl06", _TPG + "党委", "委员", "镇党委委员、副镇长赵思远陪同", None),
        ("bl06", _TPG + "政府", "副镇长", "镇党委委员、副镇长赵思远陪同", None)], []),
    # ---- 景宁 大均乡
    "bl:蓝建华": ("蓝建华", "official", _DJ, [
        ("bl07", _DJ + "党委", "书记", "乡党委书记蓝建华带领乡党委副书记", "township (乡): the county's full name is its label")], []),
    "bl:吴晓燕": ("吴晓燕", "official", _DJ, [
        ("bl07", _DJ + "党委", "副书记", "乡党委副书记、乡长吴晓燕", None),
        ("bl07", _DJ + "政府", "乡长", "乡党委副书记、乡长吴晓燕", None)], []),
    "bl:雷志远": ("雷志远", "official", _DJ, [
        ("bl07", _DJ + "党委", "委员", "乡党委委员、副乡长雷志远深入大均村", None),
        ("bl07", _DJ + "政府", "副乡长", "乡党委委员、副乡长雷志远深入大均村", None)], []),
    "bl:钟永福": ("钟永福", "official", _DJ, [
        ("bl07", _DJ + "大均村党支部", "书记", "大均村党支部书记、村委会主任钟永福", None),
        ("bl07", _DJ + "大均村委会", "主任", "大均村党支部书记、村委会主任钟永福", None)], []),
    # ---- 东莞 长安镇
    "bl:郑伟雄": ("郑伟雄", "official", "东莞市", [
        ("bl08", "东莞市政府", "副市长", "7月25日，副市长郑伟雄到长安镇调研", None)], []),
    "bl:梁志坚": ("梁志坚", "official", "东莞市", [
        ("bl08", "东莞市工业和信息化局", "局长", "市工业和信息化局局长梁志坚", None)], []),
    "bl:邓国辉": ("邓国辉", "official", _CA, [
        ("bl08", _CA + "党委", "书记", "长安镇党委书记邓国辉", "DECIDED HERE: a 东莞 town takes the city as its county label")], []),
    "bl:林嘉颖": ("林嘉颖", "official", _CA, [
        ("bl08", _CA + "党委", "副书记", "镇党委副书记、镇长林嘉颖", None),
        ("bl08", _CA + "政府", "镇长", "镇党委副书记、镇长林嘉颖", None)], []),
    "bl:袁浩然": ("袁浩然", "official", _CA, [
        ("bl08", _CA + "党委", "委员", "镇党委委员、副镇长袁浩然等陪同调研", None),
        ("bl08", _CA + "政府", "副镇长", "镇党委委员、副镇长袁浩然等陪同调研", None)], []),
    # ---- 芝罘 向阳街道
    "bl:隋立新": ("隋立新", "official", "芝罘区", [
        ("bl09", "芝罘区委", "常委", "9月5日下午，区委常委、副区长隋立新到向阳街道", None),
        ("bl09", "芝罘区政府", "副区长", "9月5日下午，区委常委、副区长隋立新到向阳街道", None)], []),
    "bl:于晓川": ("于晓川", "official", _XY, [
        ("bl09", _XY + "党工委", "书记", "街道党工委书记于晓川", None)], []),
    "bl:曲晓丽": ("曲晓丽", "official", _XY, [
        ("bl09", _XY + "党工委", "副书记", "街道党工委副书记、办事处主任曲晓丽", None),
        ("bl09", _XY + "办事处", "主任", "街道党工委副书记、办事处主任曲晓丽", None)], []),
    "bl:姜振国": ("姜振国", "official", _XY, [
        ("bl09", _XY + "人大工委", "主任", "街道人大工委主任姜振国", "as part aa")], []),
    "bl:柳明哲": ("柳明哲", "official", _XY, [
        ("bl09", _XY + "党工委", "委员", "街道党工委委员、办事处副主任柳明哲陪同调研", None),
        ("bl09", _XY + "办事处", "副主任", "街道党工委委员、办事处副主任柳明哲陪同调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bl01", "倪梦洁", "责任编辑", "editor", "责任编辑：倪梦洁"),
    ("bl02", "倪梦洁", "责任编辑", "editor", "责任编辑：倪梦洁"),
    ("bl03", "郭晓彤", "供稿", "author", "（乐余镇党政办　郭晓彤）"),
    ("bl04", "倪梦洁", "责任编辑", "editor", "责任编辑：倪梦洁"),
    ("bl06", "傅佳宁", "供稿", "author", "（太平镇人大办　傅佳宁）"),
    ("bl07", "包晨曦", "责任编辑", "editor", "责任编辑：包晨曦"),
    ("bl09", "吕子航", "供稿", "author", "（供稿：向阳街道党政办　吕子航）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bl01", "镇党委会议", "meeting (镇党委会议)", "6月10日下午", "蒋卫民", None, ["张家港市南丰镇党委"],
     ["殷晓波", "顾雪芬", "黄启坚", "陆海燕", "缪建峰", "钱佳琪", "沙红霞"], ["缪建峰", "钱佳琪", "陆海燕", "殷晓波", "蒋卫民"], None,
     "南丰镇党委书记蒋卫民主持召开镇党委会议",
     ["蒋卫民主持召开镇党委会议", _B01, "副镇长沙红霞列席会议", "缪建峰汇报了", "钱佳琪通报了", "陆海燕就", "殷晓波要求",
      "蒋卫民强调"]),
    ("bl02", "乡村振兴和现代农业发展工作调研", "inspection (调研)", "3月17日", None, "季国栋", [],
     ["施雨桐", "周益民", "蒋卫民", "殷晓波"], ["沈永良", "蒋卫民", "周益民", "季国栋"], "南丰镇",
     "市委副书记、市长季国栋来到我镇，调研乡村振兴和现代农业发展工作",
     ["市长季国栋来到我镇", "市政府办公室主任施雨桐", "镇长殷晓波陪同调研", "沈永良介绍了", "蒋卫民汇报了", "周益民就",
      "季国栋指出"]),
    ("bl03", "镇长办公会议", "meeting (镇长办公会议)", "8月21日上午", "缪建峰", None, [],
     ["曹振华", "陶文斌", "瞿晓燕", "邵文涛"], ["陶文斌", "瞿晓燕", "邵文涛", "缪建峰", "曹振华"], None,
     "乐余镇党委副书记、镇长缪建峰主持召开镇长办公会议",
     ["镇长缪建峰主持召开镇长办公会议", "镇党委书记曹振华出席会议并讲话", _B03, "陶文斌汇报了", "瞿晓燕通报了", "邵文涛就",
      "缪建峰要求", "曹振华强调"]),
    ("bl04", "安全生产和消防安全工作督查", "inspection (督查)", "4月9日", None, "邹雅琴", [],
     ["汤振东", "缪建峰", "顾明轩", "钱佳琪"], ["汤振东", "缪建峰", "邹雅琴"], "南丰镇",
     "副市长邹雅琴带队到南丰镇督查安全生产和消防安全工作",
     ["副市长邹雅琴带队", "市应急管理局副局长汤振东", _B04, "汤振东通报了", "缪建峰汇报了", "邹雅琴强调", "缪建峰表示"]),
    ("bl05", "乡村振兴和古村落保护利用工作调研", "inspection (调研)", "10月13日", None, "冯启航", [],
     ["黄嘉俊", "黎国强", "冼志勇", "何俊峰"], ["陆炳坤", "冯启航", "何俊峰", "黎国强"], "太平镇",
     "区委书记冯启航到太平镇调研乡村振兴和古村落保护利用工作",
     ["区委书记冯启航到太平镇调研", "副区长黄嘉俊", "副镇长何俊峰陪同调研", "陆炳坤介绍了", "冯启航指出", "何俊峰汇报了",
      "冯启航强调", "黎国强表示"]),
    ("bl06", "民生实事项目视察", "inspection (人大代表视察)", "5月29日", None, "何俊峰", ["古蔺县太平镇人大"],
     ["罗正清", "穆春燕", "赵思远"], ["赵思远", "罗正清", "何俊峰"], "太平镇",
     "镇人大主席何俊峰带领部分县、镇人大代表，对全镇2024年民生实事项目推进情况进行集中视察",
     ["镇人大主席何俊峰带领", "县人大常委会副主任罗正清参加视察", "镇人大副主席穆春燕", "副镇长赵思远陪同", "赵思远汇报了",
      "罗正清指出", "何俊峰要求"]),
    ("bl07", "“两山”转化、漂流旅游和村级集体经济发展工作调研", "inspection (调研)", "4月18日上午", None, "蓝建华", [],
     ["吴晓燕", "雷志远"], ["钟永福", "雷志远", "吴晓燕", "蓝建华"], "大均村",
     "乡党委书记蓝建华带领乡党委副书记、乡长吴晓燕，乡党委委员、副乡长雷志远深入大均村",
     ["乡党委书记蓝建华带领", "乡长吴晓燕", "副乡长雷志远深入大均村", "钟永福介绍了", "雷志远汇报了", "吴晓燕就",
      "蓝建华指出"]),
    ("bl08", "制造业高质量发展和产业空间拓展工作调研", "inspection (调研)", "7月25日", None, "郑伟雄", [],
     ["梁志坚", "邓国辉", "林嘉颖", "袁浩然"], ["袁浩然", "邓国辉", "梁志坚", "郑伟雄", "林嘉颖"], "长安镇",
     "副市长郑伟雄到长安镇调研制造业高质量发展和产业空间拓展工作",
     ["副市长郑伟雄到长安镇调研", "市工业和信息化局局长梁志坚", "副镇长袁浩然等陪同调研", "袁浩然介绍了", "邓国辉汇报了",
      "梁志坚就", "郑伟雄充分肯定", "林嘉颖表示"]),
    ("bl09", "所城里历史文化街区保护提升和老旧小区改造工作调研", "inspection (调研)", "9月5日下午", None, "隋立新", [],
     ["于晓川", "曲晓丽", "姜振国", "柳明哲"], ["柳明哲", "曲晓丽", "隋立新", "于晓川"], "所城里",
     "区委常委、副区长隋立新到向阳街道，调研所城里历史文化街区保护提升和老旧小区改造工作",
     ["副区长隋立新到向阳街道", "街道党工委书记于晓川", "办事处副主任柳明哲陪同调研", "柳明哲汇报了", "曲晓丽介绍了",
      "隋立新指出", "于晓川表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bl01", "南丰镇现代农业示范园三期", "industrial_park", "确保南丰镇现代农业示范园三期建设不受影响"),
    ("bl01", "南丰镇农村人居环境整治提升工程", "project", "要统筹推进南丰镇农村人居环境整治提升工程"),
    ("bl01", "长江岸线生态修复工程", "greening_project", "长江岸线生态修复工程"),
    ("bl02", "永联村高标准农田建设项目", "project", "实地察看永联村高标准农田建设项目"),
    ("bl02", "南丰镇现代农业示范园三期项目", "industrial_park", "南丰镇现代农业示范园三期项目现场"),
    ("bl03", "乐余镇污水管网提质增效工程", "infrastructure_project", "陶文斌汇报了乐余镇污水管网提质增效工程推进情况"),
    ("bl03", "乐余镇智能制造产业园二期", "industrial_park", "邵文涛就乐余镇智能制造产业园二期厂房建设"),
    ("bl04", "南丰镇老旧小区燃气管道更新改造工程", "infrastructure_project", "要加快推进南丰镇老旧小区燃气管道更新改造工程"),
    ("bl05", "太平镇荔枝产业园", "industrial_park", "冯启航来到太平镇荔枝产业园"),
    ("bl05", "流溪河太平段碧道建设工程", "greening_project", "何俊峰汇报了今年荔枝产销和流溪河太平段碧道建设工程进展"),
    ("bl05", "钱岗古村保护利用项目", "project", "加快推进钱岗古村保护利用项目"),
    ("bl06", "太平渡红色文化街区提升项目", "project", "代表们先后来到太平渡红色文化街区提升项目"),
    ("bl06", "太平镇场镇污水处理厂扩建工程", "infrastructure_project", "太平镇场镇污水处理厂扩建工程"),
    ("bl06", "太平镇2024年高标准农田建设项目", "project", "太平镇2024年高标准农田建设项目现场"),
    ("bl07", "大均漂流码头提升改造工程", "project", "雷志远汇报了大均漂流码头提升改造工程"),
    ("bl07", "大均古街立面整治项目", "project", "大均古街立面整治项目的推进情况"),
    ("bl08", "长安镇智能终端产业园", "industrial_park", "郑伟雄一行先后来到长安镇智能终端产业园"),
    ("bl08", "锦厦社区连片旧厂房改造项目", "project", "锦厦社区连片旧厂房改造项目现场"),
    ("bl08", "智能终端产业园二期", "industrial_park", "加快推进智能终端产业园二期"),
    ("bl09", "所城里历史文化街区保护提升项目二期", "project", "柳明哲汇报了所城里历史文化街区保护提升项目二期的进展"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bl01", "南丰镇", "town", "in_org_reference", "6月10日下午，南丰镇党委书记蒋卫民"),
    ("bl01", "长江", "river", "in_project_name", "长江岸线生态修复工程"),
    ("bl02", "南丰镇", "town", "standalone", "南丰镇农业基础好"),
    ("bl02", "永联村", "village", "standalone", "季国栋一行首先来到永联村"),
    ("bl03", "乐余镇", "town", "standalone", "乐余镇要以主题教育为契机"),
    ("bl04", "南丰镇", "town", "standalone", "带队到南丰镇督查安全生产"),
    ("bl04", "永联村", "village", "standalone", "永联村小镇商业街"),
    ("bl05", "太平镇", "town", "standalone", "区委书记冯启航到太平镇调研"),
    ("bl05", "钱岗村", "village", "standalone", "在钱岗村，冯启航走进钱岗古村"),
    ("bl05", "钱岗古村", "heritage_site", "standalone", "冯启航走进钱岗古村"),
    ("bl05", "广裕祠", "heritage_site", "standalone", "察看广裕祠周边环境整治"),
    ("bl05", "岭南", "region", "standalone", "要守护好岭南古村落的历史文脉"),
    ("bl05", "流溪河", "river", "in_project_name", "流溪河太平段碧道建设工程"),
    ("bl06", "太平渡", "heritage_site", "in_project_name", "太平渡红色文化街区提升项目"),
    ("bl06", "太平镇", "town", "in_project_name", "太平镇场镇污水处理厂扩建工程"),
    ("bl06", "赤水河", "river", "standalone", "围绕赤水河沿岸环境治理"),
    ("bl07", "大均村", "village", "standalone", "在大均村，蓝建华一行沿小溪察看"),
    ("bl07", "小溪", "river", "standalone", "蓝建华一行沿小溪察看"),
    ("bl07", "大均古街", "street", "in_project_name", "大均古街立面整治项目"),
    ("bl08", "长安镇", "town", "standalone", "副市长郑伟雄到长安镇调研"),
    ("bl08", "锦厦社区", "community", "in_project_name", "锦厦社区连片旧厂房改造项目现场"),
    ("bl08", "滨海湾新区", "new_area", "standalone", "要发挥毗邻滨海湾新区的区位优势"),
    ("bl08", "前海", "area", "standalone", "要主动对接前海、南沙"),
    ("bl08", "南沙", "area", "standalone", "要主动对接前海、南沙"),
    ("bl08", "粤港澳大湾区", "region", "standalone", "深度融入粤港澳大湾区建设"),
    ("bl09", "向阳街道", "sub_district_office", "standalone", "副区长隋立新到向阳街道"),
    ("bl09", "所城里", "heritage_site", "standalone", "所城里是烟台的城市之根"),
    ("bl09", "所城里大街", "road", "standalone", "隋立新一行沿所城里大街步行察看"),
    ("bl09", "烟台", "city", "standalone", "所城里是烟台的城市之根"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bl", conventions="set bl (blind set: a town's own site, 镇 / 乡 / 街道, in 江苏 张家港 (南丰镇 three times, 乐余镇), 广东 广州 从化区 (太平镇), 四川 古蔺县 (太平镇), 浙江 景宁畲族自治县 (大均乡), 广东 东莞市 (长安镇, no county: the city is the town's county label), 山东 烟台 芝罘区 (向阳街道): 镇党委会议 and 镇长办公会议 with full lists of town leaders, the county-level leaders' 调研 / 督查 at the town (bare 市 / 区 / 县 on a town site = the county-level division the town is in), a 镇人大主席's 视察, village 党委 / 党支部 书记 and 村委会主任 of named villages as posts)",
          persons_note="Set bl persons. id = corpus-wide person_id (bl:何俊峰#1 of 从化区太平镇 (广东) and bl:何俊峰#2 of 古蔺县太平镇 (四川) are two people; bl:缪建峰 moves 南丰镇党委委员、副镇长 2021 → 乐余镇党委副书记、镇长 2023 → 南丰镇党委书记 2025; bl:钱佳琪 南丰镇党委委员、副镇长 2021 → 镇党委副书记 2025)")


if __name__ == "__main__":
    main()
