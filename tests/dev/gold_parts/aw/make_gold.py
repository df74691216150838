"""Write gold part ``aw`` (a blind set: pages of city and county 纪委监委 sites: 审查调查 notices, 党纪政务处分 通报 naming
past posts, and ordinary news of the 纪委书记 / 监委主任 leading meetings and inspections) from the tables below.

Pages ``tests/dev/texts/aw*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 中央纪委国家监委 one-line notices (``…省长…涉嫌严重
违纪违法，目前正接受中央纪委国家监委纪律审查和监察调查``) and one with a 简历 paragraph (a 重庆 市委常委, ``男，汉族，1964年10月生，
…人``); a 蛟河市 ``农业农村局党组书记、局长…已主动投案，目前正接受蛟河市纪委监委纪律审查和监察调查``; the 抚州 ``生态环境局党委书记、
局长…主动投案`` report; a 北京 双开 text (``经查，…在担任…期间，利用职务便利…``); a 嘉兴 ``8起违反中央八项规定精神典型问题的通报``
(numbered items, ``…站长…公车私用问题。2013年2月25日晚，…``) and a 湖南省纪委 通报 of 7 起 (``党组书记、局长…受到党内严重警告
处分``); the 淮南 ``市纪委常委（扩大）会议…市委常委、市纪委书记、市监委主任…出席会议并讲话``; a 富川 page of a 市纪委常委's 巡查调研
with ``县委常委、县纪委书记…参加此次调研`` and a 座谈会; a 洞口县纪委监委 巡察进驻 page (``发表日期 / 作者 / 来源``, 责任编辑); the
赣南日报 on a 章贡区 警示教育大会 after a town's 原党委书记 and 原镇长 were punished; a 临泉 page on 宣读处分决定 (``经县纪委常委会研究，
决定给予…``); a 永定区 page of 警示教育 (``区纪委常委…通报…``). Places are real and new to the corpus: 湖北 咸宁 (the 市纪委监委
twice, 嘉鱼县; 赤壁市, 官桥镇, 簰洲湾镇, 咸宁高新区), 山西 吕梁 (the 市纪委监委, 交城县, 孝义市; 水峪贯镇, 西社镇, 西营镇, 梧桐镇,
兑镇镇, 文水), 江苏 宿迁 (the 市纪委监委, 泗阳县, 宿豫区; 仰化镇, 来龙镇, 宿迁高新区).

Shapes: a 市纪委监委 审查调查 notice on a sitting 市委常委、常务副市长 with a prose 简历 of three dated posts (aw01); a county
纪委监委 site's 警示教育大会 (县委书记 讲话, 县长 主持, the 纪委书记 通报, a 常务副县长 and two 副县长 出席) (aw02); a 市纪委常委会
（扩大）会议 chaired by the 市纪委书记 with two 副书记, a 常委 and a zone's 纪工委书记 列席, which mentions the aw01 subject as
``赤壁市原常务副市长`` (aw03); a 双开 notice (``…原党组成员、副主任…严重违纪违法被开除党籍和公职``, ``经查``, ``在担任交城县副县长
期间``, a 简历 with an undated 曾任 list and two dated posts) (aw04); a county 纪委书记's 调研 of 扶贫 supervision with a 副县长
陪同 and a 座谈会 (aw05); a county-level city's 节前警示教育会 with three numbered 通报 items: a heading with ``原`` and a dated
``时任`` post, a heading with a present post, and another ``原`` / ``时任`` pair (aw06); a 审查调查 notice on a zone's 党工委委员、
管委会副主任 who 主动投案, with a 简历 of dotted lines (aw07); a county 纪委全会 (``全会由县纪委常委会主持``, the 县委书记 讲话, the
纪委书记 作工作报告, the other county leaders 出席) (aw08); a district 纪委书记's 督导 in two towns with a town's 党委书记 and 镇纪委
书记 (aw09).

Identity cases:
- aw:喻文韬 moves between places: 嘉鱼县官桥镇党委书记 (2016-08), 嘉鱼县副县长 (2019-12; and 副县长 at the July 2021 警示教育大会,
  aw02), 赤壁市委常委、常务副市长 (2022-03) in the May 2024 notice (aw01); ``赤壁市原常务副市长`` in March 2025 (aw03: no line).
- aw:柯振宇, a county 纪委书记 who moves to the city: 嘉鱼县委常委、县纪委书记、县监委主任 in 2021 (aw02); 咸宁市纪委副书记、市监委
  副主任 in 2025 (aw03).
- aw:薛振华: 交城县副县长 accompanying the 纪委书记's 调研 in April 2019 (aw05); in the January 2025 双开 notice ``孝义市人大常委会
  原党组成员、副主任`` (no line) with dated posts 交城县副县长 2017-05 and 孝义市人大常委会党组成员、副主任 2021-09 (aw04).
- aw:成晓斌, a 纪委书记 who moves from a county to a county-level city: 交城县委常委、县纪委书记、县监委主任 in 2019 (aw05);
  孝义市委常委、市纪委书记、市监委主任 in 2023 (aw06).
- two different 郝建平: aw:郝建平#1 is 孝义市梧桐镇党委副书记 in 2022 (山西, aw06, a ``时任`` post in a 通报); aw:郝建平#2 is
  泗阳县委副书记 in 2023 (江苏, aw08).
- one organ name in two cities: 高新区 — 咸宁高新区纪工委 (aw03) and 宿迁高新区党工委 / 管委会 (aw07, written 宿迁高新技术产业
  开发区 in the lead and the 简历, 宿迁高新区 in the headline).
- the editor aw:廖欣然 signs both 咸宁 pages (aw01, aw03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as CONVENTIONS and parts u, ac where they speak; decided here where they are silent):
- A sitting post named in a 审查调查 notice (``赤壁市委常委、常务副市长喻文韬涉嫌严重违纪违法``, ``宿迁高新技术产业开发区党工委委员、
  管委会副主任蒋立新…主动投案``) is a holding (接受审查调查 ends nothing, part ac); when the 简历 dates the same post, it is ONE line
  dated by the 简历 (parts n, u, ac); the headline's repeat gives no second line.
- ``原X`` (``孝义市人大常委会原党组成员、副主任``, ``赤壁市原常务副市长``, ``梧桐镇党委原副书记``, ``兑镇镇原副镇长``) is an undated
  past post: no line (CONVENTIONS, parts u, ac); so is the undated ``曾任`` list (aw04: 交城县西营镇党委书记, 交城县农业农村局局长)
  and the undated repeat ``在担任交城县副县长期间``. The person is named without a post on a page that dates none of his posts (aw03).
- Each dated 简历 post is a holding with its own date: prose ``2016年8月任…`` (aw01, aw04) and dotted lines ``2011.09—2016.04
  宿豫区仰化镇党委副书记、镇长`` (aw07, as part ac: date_text the range as written, date_inferred its start; an open line
  ``2019.11—`` likewise). DECIDED HERE: a dotted line with ``历任`` several titles inside one range (``2000.08—2011.09　宿豫区仰化镇
  工作，历任科员、团委书记、副镇长``) gives no line: no title in it is dated by itself (as the undated 历任 list of part q; 科员 is no
  post anyway).
- DECIDED HERE: a ``时任X`` in a 通报 item whose sentence opens with a date (``2022年9月，时任孝义市梧桐镇党委副书记郝建平…``) is a
  holding dated by that date (date_text ``2022年9月``); the item's heading with ``原`` gives no line. A heading without ``原`` or
  ``时任`` (``市市场监督管理局副局长任丽霞违规收受礼品礼金问题``) is a present post: a holding at the page's date (a 党内警告 does not
  end it). Punishments (党内警告, 严重警告, 政务记过, 开除党籍 / 公职) give no line and end nothing.
- ``县委常委、县纪委书记、县监委主任`` → X县委 常委 + X县纪委 书记 + X县监委 主任 (part u's ``纪委书记、监委主任``); ``市纪委副书记、
  市监委副主任`` → X市纪委 副书记 + X市监委 副主任; ``市纪委常委`` → X市纪委 常委. DECIDED HERE: a zone's 纪工委 takes the zone label
  (``咸宁高新区纪工委书记`` → 咸宁高新区纪工委 书记); ``党工委委员`` is a post of the 党工委 (as 党组成员 of the 党组, part z):
  宿迁高新区党工委 委员; ``宿迁高新技术产业开发区`` folds to 宿迁高新区 (CONVENTIONS); a town's bare ``镇纪委书记`` after the town
  is named (aw09) → 宿豫区仰化镇纪委 书记.
- Bare organs take the site's place: 县委 / 县纪委 / 县扶贫办 on 嘉鱼, 交城, 泗阳 sites = that county's; 市纪委 / 市监委 / 市委 on
  the 咸宁, 孝义 sites = that city's (``市市场监督管理局`` on the 孝义 site = 孝义市市场监督管理局); 区委 / 区纪委 on the 宿豫 site =
  宿豫区 (宿豫区 is one district in China: no city prefix); towns take their county label (水峪贯镇 → 交城县水峪贯镇党委).
- Events: the 警示教育大会 (aw02), the 市纪委常委会（扩大）会议 (aw03), the 调研 and its 座谈会 (aw05), the 警示教育会 (aw06), the
  纪委全会 (aw08), the 督导 (aw09, an inspection led by the 纪委书记). As part ac, a notice (审查调查, 双开, ``经…纪委常委会会议研究``)
  reports no event; the 案件 通报 inside a meeting is part of that meeting. DECIDED HERE: ``全会由县纪委常委会主持`` names an organ,
  not a person: no chair (the 纪委书记 who 作工作报告 is a speaker and attendee); 通报 / 传达 / 汇报 / 介绍 / 作工作报告 make a speaker.
- Projects: named works only (``西社镇光伏扶贫电站``, ``水峪贯镇易地扶贫搬迁安置点``, ``来龙镇高标准农田建设项目``); generic
  fields (工程建设、国企改革、乡村振兴, ``核桃产业扶贫基地`` with no place name) are not projects.
- Places: birthplaces (湖北通山人, 山西文水人, 江苏泗阳人) as in part n; places inside titles (also inside 原 and 简历 titles),
  organ references and slogans (``繁荣泗阳`` → 泗阳); site lines, 来源 lines, footers and the 上一篇 / 下一篇 links are not
  annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "aw01_xianning.txt": (2024, "发布时间：2024-05-22 17:05", "咸宁市", [
        ("赤壁市委常委、常务副市长喻文韬接受纪律审查和监察调查", "2024-05-22", "2024-05-22", "据咸宁市纪委监委消息",
         "市纪委监委 审查调查 notice on a sitting 市委常委、常务副市长 of a county-level city; prose 简历 with three dated posts (嘉鱼县 town, 嘉鱼县副县长, 赤壁市)")]),
    "aw02_jiayu.txt": (2021, "发表日期：2021-07-09", "嘉鱼县", [
        ("我县召开全县警示教育大会", "7月8日下午", "2021-07-08", "7月8日下午，我县召开",
         "county 警示教育大会: 县委书记 讲话, 县长 主持, the 县纪委书记、县监委主任 通报 典型案例, 常务副县长 and two 副县长 出席")]),
    "aw03_xianning.txt": (2025, "发布时间：2025-03-13 18:20", "咸宁市", [
        ("市纪委常委会召开（扩大）会议 研究部署一季度重点工作", "3月12日", "2025-03-12", "3月12日，市委常委",
         "市纪委常委会（扩大）会议 chaired by the 市纪委书记; two 副书记 (one the former 嘉鱼 纪委书记), a 常委, the 咸宁高新区纪工委书记 列席; the aw01 subject named 原常务副市长")]),
    "aw04_lvliang.txt": (2025, "发布时间：2025-01-16 10:40", "吕梁市", [
        ("孝义市人大常委会原副主任薛振华严重违纪违法被开除党籍和公职", "日前", "2025-01", "日前，经吕梁市委批准",
         "市纪委监委 双开 notice: 原党组成员、副主任; 经查 … 在担任交城县副县长期间; 简历 with an undated 曾任 list and two dated posts")]),
    "aw05_jiaocheng.txt": (2019, "发布时间：2019-04-18 16:35", "交城县", [
        ("成晓斌到水峪贯镇、西社镇调研扶贫领域监督工作", "4月17日", "2019-04-17", "4月17日，县委常委",
         "the 县纪委书记、县监委主任's 调研 of 扶贫 supervision in two towns, a 副县长 陪同 (双开 in 2025, aw04); 座谈会 with the 扶贫办主任 and two town secretaries")]),
    "aw06_xiaoyi.txt": (2023, "发布时间：2023-09-26 17:10", "孝义市", [
        ("市纪委监委召开节前警示教育会 通报3起违反中央八项规定精神典型问题", "9月26日上午", "2023-09-26", "9月26日上午，孝义市纪委监委",
         "节前警示教育会 chaired by the 市纪委书记 (the former 交城 纪委书记); three numbered 通报 items: 原 headings with dated 时任 posts, and a present post")]),
    "aw07_suqian.txt": (2022, "发布时间：2022-08-19 16:00", "宿迁市", [
        ("宿迁高新区党工委委员、管委会副主任蒋立新主动投案接受纪律审查和监察调查", "2022-08-19", "2022-08-19", "据宿迁市纪委监委消息",
         "市纪委监委 审查调查 notice: a zone's 党工委委员、管委会副主任 主动投案; 简历 in dotted dated lines (宿豫区仰化镇)")]),
    "aw08_siyang.txt": (2023, "发布时间：2023-02-10 18:30", "泗阳县", [
        ("十五届县纪委三次全会召开", "2月10日", "2023-02-10", "2月10日，中国共产党泗阳县",
         "county 纪委全会: 县委书记 讲话, the 县纪委书记、县监委主任 作工作报告, 县长, 副书记, 人大 and 政协 heads 出席; 全会由县纪委常委会主持")]),
    "aw09_suyu.txt": (2024, "发布日期：2024-06-14", "宿豫区", [
        ("董明轩到仰化镇、来龙镇督导群众身边不正之风和腐败问题集中整治工作", "6月13日", "2024-06-13", "6月13日，区委常委",
         "the 区纪委书记、区监委主任's 督导 in two towns with the 区纪委副书记, a town's 党委书记 and its 镇纪委书记")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# evidence strings of career lines (from the person's name to the dated clause)
_Y01a = _span("aw01", "喻文韬，男", "2016年8月任嘉鱼县官桥镇党委书记")
_Y01b = _span("aw01", "喻文韬，男", "2019年12月任嘉鱼县人民政府副县长")
_Y01c = _span("aw01", "喻文韬，男", "2022年3月任赤壁市委常委、常务副市长")
_X04a = _span("aw04", "薛振华，男", "2017年5月任交城县人民政府副县长")
_X04b = _span("aw04", "薛振华，男", "2021年9月任孝义市人大常委会党组成员、副主任")
_J07a = _span("aw07", "蒋立新，男", "宿豫区仰化镇党委副书记、镇长")
_J07b = _span("aw07", "蒋立新，男", "宿豫区仰化镇党委书记")
_J07c = _span("aw07", "蒋立新，男", "2019.11—　　　　宿迁高新技术产业开发区党工委委员、管委会副主任")
_K02 = "县委常委、县纪委书记、县监委主任柯振宇通报了"
_R03 = "市委常委、市纪委书记、市监委主任饶建清主持召开"
_V03 = "市纪委副书记、市监委副主任柯振宇、祝红英"
_C05 = "县委常委、县纪委书记、县监委主任成晓斌带领"
_C06 = "市委常委、市纪委书记、市监委主任成晓斌主持会议"
_T06 = "市纪委副书记、市监委副主任唐晓军通报了"
_Z08 = "县委常委、县纪委书记、县监委主任仲伟东代表十五届县纪委常委会作工作报告"
_D09 = "区委常委、区纪委书记、区监委主任董明轩带队"
_N09 = "区纪委副书记、区监委副主任丁海宁参加督导"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 咸宁
    "aw:喻文韬": ("喻文韬", "official", "赤壁市", [
        ("aw01", "嘉鱼县官桥镇党委", "书记", _Y01a, "prose 简历 (past post)", "2016年8月"),
        ("aw01", "嘉鱼县政府", "副县长", _Y01b, "prose 简历 (past post); 人民政府副县长 → 嘉鱼县政府", "2019年12月"),
        ("aw01", "赤壁市委", "常委", _Y01c, "sitting post named in the notice's headline and lead; one line, dated by the 简历", "2022年3月"),
        ("aw01", "赤壁市政府", "常务副市长", _Y01c, "sitting post; one line, dated by the 简历", "2022年3月"),
        ("aw02", "嘉鱼县政府", "副县长", "副县长喻文韬、闵春燕等县级领导出席会议", "2021: list after one title")], ["aw03"]),
    "aw:甘德明": ("甘德明", "official", "嘉鱼县", [
        ("aw02", "嘉鱼县委", "书记", "县委书记甘德明出席会议并讲话", None)], []),
    "aw:邱卫东": ("邱卫东", "official", "嘉鱼县", [
        ("aw02", "嘉鱼县委", "副书记", "县委副书记、县长邱卫东主持会议", None),
        ("aw02", "嘉鱼县政府", "县长", "县委副书记、县长邱卫东主持会议", None)], []),
    "aw:柯振宇": ("柯振宇", "official", "咸宁市", [
        ("aw02", "嘉鱼县委", "常委", _K02, "2021"),
        ("aw02", "嘉鱼县纪委", "书记", _K02, "2021: county 纪委书记"),
        ("aw02", "嘉鱼县监委", "主任", _K02, "2021"),
        ("aw03", "咸宁市纪委", "副书记", _V03, "2025: moved to the city (list after one title)"),
        ("aw03", "咸宁市监委", "副主任", _V03, "2025")], []),
    "aw:胡正刚": ("胡正刚", "official", "嘉鱼县", [
        ("aw02", "嘉鱼县委", "常委", "县委常委、常务副县长胡正刚", None),
        ("aw02", "嘉鱼县政府", "常务副县长", "县委常委、常务副县长胡正刚", None)], []),
    "aw:闵春燕": ("闵春燕", "official", "嘉鱼县", [
        ("aw02", "嘉鱼县政府", "副县长", "副县长喻文韬、闵春燕等县级领导出席会议", "list after one title")], []),
    "aw:周婉婷": ("周婉婷", "author", "嘉鱼县纪委监委", [], ["aw02"]),
    "aw:饶建清": ("饶建清", "official", "咸宁市", [
        ("aw03", "咸宁市委", "常委", _R03, None),
        ("aw03", "咸宁市纪委", "书记", _R03, None),
        ("aw03", "咸宁市监委", "主任", _R03, None)], []),
    "aw:祝红英": ("祝红英", "official", "咸宁市", [
        ("aw03", "咸宁市纪委", "副书记", _V03, "list after one title"),
        ("aw03", "咸宁市监委", "副主任", _V03, None)], []),
    "aw:雷明亮": ("雷明亮", "official", "咸宁市", [
        ("aw03", "咸宁市纪委", "常委", "市纪委常委雷明亮参加会议", None)], []),
    "aw:阮志雄": ("阮志雄", "official", "咸宁高新区", [
        ("aw03", "咸宁高新区纪工委", "书记", "咸宁高新区纪工委书记阮志雄列席会议", "a zone's 纪工委: zone label + 纪工委 (decided here)")], []),
    "aw:廖欣然": ("廖欣然", "editor", "咸宁市纪委监委", [], ["aw01", "aw03"]),
    # ---- 吕梁
    "aw:薛振华": ("薛振华", "official", "孝义市", [
        ("aw04", "交城县政府", "副县长", _X04a, "双开 notice: dated post; ``在担任交城县副县长期间`` is an undated repeat; the undated 曾任 list gives no line", "2017年5月"),
        ("aw04", "孝义市人大常委会党组", "成员", _X04b, "dated post (党组成员 as part z); the headline's and lead's 原 posts give no line", "2021年9月"),
        ("aw04", "孝义市人大常委会", "副主任", _X04b, "dated post", "2021年9月"),
        ("aw05", "交城县政府", "副县长", "副县长薛振华陪同调研", "2019: present post")], []),
    "aw:段雨萱": ("段雨萱", "editor", "吕梁市纪委监委", [], ["aw04"]),
    "aw:成晓斌": ("成晓斌", "official", "孝义市", [
        ("aw05", "交城县委", "常委", _C05, "2019"),
        ("aw05", "交城县纪委", "书记", _C05, "2019: county 纪委书记"),
        ("aw05", "交城县监委", "主任", _C05, "2019"),
        ("aw06", "孝义市委", "常委", _C06, "2023: moved to 孝义市"),
        ("aw06", "孝义市纪委", "书记", _C06, "2023"),
        ("aw06", "孝义市监委", "主任", _C06, "2023")], []),
    "aw:岳鹏飞": ("岳鹏飞", "official", "交城县", [
        ("aw05", "交城县扶贫办", "主任", "县扶贫办主任岳鹏飞汇报了", "bare 县扶贫办 on the 交城 site")], []),
    "aw:许海涛": ("许海涛", "official", "交城县", [
        ("aw05", "交城县水峪贯镇党委", "书记", "水峪贯镇党委书记许海涛", None)], []),
    "aw:陶静文": ("陶静文", "official", "交城县", [
        ("aw05", "交城县西社镇党委", "书记", "西社镇党委书记陶静文", None)], []),
    "aw:刘春霖": ("刘春霖", "editor", "交城县纪委监委", [], ["aw05"]),
    "aw:唐晓军": ("唐晓军", "official", "孝义市", [
        ("aw06", "孝义市纪委", "副书记", _T06, None),
        ("aw06", "孝义市监委", "副主任", _T06, None)], []),
    "aw:郝建平#1": ("郝建平", "official", "孝义市", [
        ("aw06", "孝义市梧桐镇党委", "副书记", "2022年9月，时任孝义市梧桐镇党委副书记郝建平", "时任 dated by the item's date (decided here); the heading's ``梧桐镇党委原副书记`` gives no line; not the 郝建平 of 泗阳 (aw08)", "2022年9月")], []),
    "aw:任丽霞": ("任丽霞", "official", "孝义市", [
        ("aw06", "孝义市市场监督管理局", "副局长", "市市场监督管理局副局长任丽霞违规收受礼品礼金问题", "a 通报 heading without 原: present post at the page date (decided here)")], []),
    "aw:沈卫国": ("沈卫国", "official", "孝义市", [
        ("aw06", "孝义市兑镇镇政府", "副镇长", "2022年11月，时任孝义市兑镇镇副镇长沈卫国", "时任 dated by the item's date; the heading's ``兑镇镇原副镇长`` gives no line", "2022年11月")], []),
    "aw:严丽萍": ("严丽萍", "editor", "孝义市纪委监委", [], ["aw06"]),
    # ---- 宿迁
    "aw:蒋立新": ("蒋立新", "official", "宿迁高新区", [
        ("aw07", "宿豫区仰化镇党委", "副书记", _J07a, "dotted 简历 line; the 2000.08—2011.09 line with 历任 gives no line (decided here)", "2011.09—2016.04"),
        ("aw07", "宿豫区仰化镇政府", "镇长", _J07a, "dotted 简历 line", "2011.09—2016.04"),
        ("aw07", "宿豫区仰化镇党委", "书记", _J07b, "dotted 简历 line", "2016.04—2019.11"),
        ("aw07", "宿迁高新区党工委", "委员", _J07c, "sitting post (also in the headline and lead): one line, dated by the open 简历 line; 党工委委员 as a post of the 党工委 (decided here)", "2019.11—"),
        ("aw07", "宿迁高新区管委会", "副主任", _J07c, "sitting post; 宿迁高新技术产业开发区 folds to 宿迁高新区", "2019.11—")], []),
    "aw:钱梦琪": ("钱梦琪", "editor", "宿迁市纪委监委", [], ["aw07"]),
    "aw:卞思远": ("卞思远", "official", "泗阳县", [
        ("aw08", "泗阳县委", "书记", "县委书记卞思远出席会议并讲话", None)], []),
    "aw:葛玉林": ("葛玉林", "official", "泗阳县", [
        ("aw08", "泗阳县委", "副书记", "县委副书记、县长葛玉林", None),
        ("aw08", "泗阳县政府", "县长", "县委副书记、县长葛玉林", None)], []),
    "aw:郝建平#2": ("郝建平", "official", "泗阳县", [
        ("aw08", "泗阳县委", "副书记", "县委副书记郝建平", "泗阳 (江苏); not the 郝建平 of 孝义 (aw06)")], []),
    "aw:贾春生": ("贾春生", "official", "泗阳县", [
        ("aw08", "泗阳县人大常委会", "主任", "县人大常委会主任贾春生", None)], []),
    "aw:樊秀梅": ("樊秀梅", "official", "泗阳县", [
        ("aw08", "泗阳县政协", "主席", "县政协主席樊秀梅出席会议", None)], []),
    "aw:仲伟东": ("仲伟东", "official", "泗阳县", [
        ("aw08", "泗阳县委", "常委", _Z08, None),
        ("aw08", "泗阳县纪委", "书记", _Z08, None),
        ("aw08", "泗阳县监委", "主任", _Z08, None)], []),
    "aw:吴雅婷": ("吴雅婷", "editor", "泗阳县纪委监委", [], ["aw08"]),
    "aw:董明轩": ("董明轩", "official", "宿豫区", [
        ("aw09", "宿豫区委", "常委", _D09, None),
        ("aw09", "宿豫区纪委", "书记", _D09, None),
        ("aw09", "宿豫区监委", "主任", _D09, None)], []),
    "aw:丁海宁": ("丁海宁", "official", "宿豫区", [
        ("aw09", "宿豫区纪委", "副书记", _N09, None),
        ("aw09", "宿豫区监委", "副主任", _N09, None)], []),
    "aw:晏子平": ("晏子平", "official", "宿豫区", [
        ("aw09", "宿豫区仰化镇党委", "书记", "仰化镇党委书记晏子平汇报了", None)], []),
    "aw:石永红": ("石永红", "official", "宿豫区", [
        ("aw09", "宿豫区仰化镇纪委", "书记", "镇纪委书记石永红介绍了", "bare 镇纪委 after 仰化镇 (decided here)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("aw01", "廖欣然", "责任编辑", "editor", "责任编辑：廖欣然"),
    ("aw02", "周婉婷", "作者", "author", "作者：周婉婷"),
    ("aw03", "廖欣然", "责任编辑", "editor", "责任编辑：廖欣然"),
    ("aw04", "段雨萱", "责任编辑", "editor", "责任编辑：段雨萱"),
    ("aw05", "刘春霖", "责任编辑", "editor", "责任编辑：刘春霖"),
    ("aw06", "严丽萍", "责任编辑", "editor", "责任编辑：严丽萍"),
    ("aw07", "钱梦琪", "责任编辑", "editor", "责任编辑：钱梦琪"),
    ("aw08", "吴雅婷", "责任编辑", "editor", "责任编辑：吴雅婷"),
    ("aw09", "庄文杰", "编辑", "editor", "编辑：庄文杰"),
    ("aw09", "徐子豪", "审核", "editor", "审核：徐子豪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("aw02", "全县警示教育大会", "meeting (警示教育大会)", "7月8日下午", "邱卫东", None, ["嘉鱼县"],
     ["甘德明", "柯振宇", "胡正刚", "喻文韬", "闵春燕"], ["甘德明", "柯振宇", "邱卫东"], None,
     "7月8日下午，我县召开全县警示教育大会",
     ["县委书记甘德明出席会议并讲话", "县长邱卫东主持会议", "柯振宇通报了近年来全县查处的典型案例", "县委常委、常务副县长胡正刚",
      "副县长喻文韬、闵春燕等县级领导出席会议", "甘德明指出", "邱卫东要求"]),
    ("aw03", "市纪委常委会（扩大）会议", "meeting (纪委常委会会议)", "3月12日", "饶建清", None, [],
     ["柯振宇", "祝红英", "雷明亮", "阮志雄"], ["柯振宇", "祝红英", "阮志雄", "饶建清"], None,
     "市委常委、市纪委书记、市监委主任饶建清主持召开市纪委常委会（扩大）会议",
     ["饶建清主持召开市纪委常委会（扩大）会议", "柯振宇、祝红英，市纪委常委雷明亮参加会议", "阮志雄列席会议",
      "柯振宇传达了省纪委全会精神", "祝红英就全市群众身边不正之风", "阮志雄汇报了", "饶建清强调"]),
    ("aw05", "扶贫领域腐败和作风问题专项治理工作调研", "inspection (调研)", "4月17日", None, "成晓斌", [],
     ["薛振华"], ["成晓斌"], "水峪贯镇、西社镇",
     "县委常委、县纪委书记、县监委主任成晓斌带领县纪委监委党风政风监督室负责同志，深入水峪贯镇、西社镇调研扶贫领域腐败和作风问题专项治理工作",
     ["成晓斌带领县纪委监委党风政风监督室负责同志", "副县长薛振华陪同调研", "成晓斌强调"]),
    ("aw05", "座谈会", "meeting (座谈会)", "4月17日", None, None, [],
     [], ["岳鹏飞", "许海涛", "陶静文", "薛振华"], None,
     "在随后召开的座谈会上，县扶贫办主任岳鹏飞汇报了",
     ["岳鹏飞汇报了全县扶贫领域专项治理工作开展情况", "许海涛、西社镇党委书记陶静文分别介绍了", "薛振华就扶贫产业项目后续管理作了发言"]),
    ("aw06", "中秋国庆节前警示教育会", "meeting (警示教育会)", "9月26日上午", "成晓斌", None, ["孝义市纪委监委"],
     ["唐晓军"], ["成晓斌", "唐晓军"], None,
     "9月26日上午，孝义市纪委监委召开中秋国庆节前警示教育会",
     ["成晓斌主持会议并讲话", "唐晓军通报了近期查处的3起违反中央八项规定精神典型问题", "成晓斌指出"]),
    ("aw08", "中国共产党泗阳县第十五届纪律检查委员会第三次全体会议", "session (纪委全会)", "2月10日", None, None, [],
     ["卞思远", "葛玉林", "郝建平", "贾春生", "樊秀梅", "仲伟东"], ["卞思远", "仲伟东"], None,
     "2月10日，中国共产党泗阳县第十五届纪律检查委员会第三次全体会议召开",
     ["县委书记卞思远出席会议并讲话", "县长葛玉林，县委副书记郝建平，县人大常委会主任贾春生，县政协主席樊秀梅出席会议",
      "全会由县纪委常委会主持", "卞思远在讲话中指出", _Z08]),
    ("aw09", "群众身边不正之风和腐败问题集中整治工作督导", "inspection (督导)", "6月13日", None, "董明轩", [],
     ["丁海宁", "晏子平", "石永红"], ["晏子平", "石永红", "董明轩"], "仰化镇、来龙镇",
     "区委常委、区纪委书记、区监委主任董明轩带队到仰化镇、来龙镇，督导群众身边不正之风和腐败问题集中整治工作",
     ["董明轩带队到仰化镇、来龙镇", _N09, "仰化镇党委书记晏子平汇报了", "镇纪委书记石永红介绍了", "董明轩强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("aw05", "水峪贯镇易地扶贫搬迁安置点", "housing_project", "先后来到水峪贯镇易地扶贫搬迁安置点"),
    ("aw05", "西社镇光伏扶贫电站", "project", "西社镇光伏扶贫电站和核桃产业扶贫基地"),
    ("aw09", "来龙镇高标准农田建设项目", "project", "实地查看了来龙镇高标准农田建设项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("aw01", "赤壁市", "county_level_city", "in_title", "据咸宁市纪委监委消息：赤壁市委常委、常务副市长喻文韬"),
    ("aw01", "咸宁市", "city", "in_org_reference", "目前正接受咸宁市纪委监委纪律审查和监察调查"),
    ("aw01", "湖北", "province", "standalone", "湖北通山人"),
    ("aw01", "通山", "county", "standalone", "湖北通山人"),
    ("aw01", "嘉鱼县", "county", "in_title", "2019年12月任嘉鱼县人民政府副县长"),
    ("aw01", "官桥镇", "town", "in_title", "2016年8月任嘉鱼县官桥镇党委书记"),
    ("aw02", "官桥镇", "town", "standalone", "对官桥镇、簰洲湾镇等地近年暴露出的问题"),
    ("aw02", "簰洲湾镇", "town", "standalone", "对官桥镇、簰洲湾镇等地近年暴露出的问题"),
    ("aw03", "咸宁高新区", "development_zone", "in_title", "咸宁高新区纪工委书记阮志雄列席会议"),
    ("aw03", "赤壁市", "county_level_city", "standalone", "督促赤壁市和相关部门查找制度漏洞"),
    ("aw04", "孝义市", "county_level_city", "in_org_reference", "对孝义市人大常委会原党组成员、副主任薛振华"),
    ("aw04", "吕梁市", "city", "in_org_reference", "日前，经吕梁市委批准"),
    ("aw04", "交城县", "county", "in_title", "在担任交城县副县长期间"),
    ("aw04", "山西", "province", "standalone", "山西文水人"),
    ("aw04", "文水", "county", "standalone", "山西文水人"),
    ("aw04", "西营镇", "town", "in_title", "曾任交城县西营镇党委书记"),
    ("aw05", "水峪贯镇", "town", "standalone", "深入水峪贯镇、西社镇调研"),
    ("aw05", "西社镇", "town", "standalone", "深入水峪贯镇、西社镇调研"),
    ("aw06", "孝义市", "county_level_city", "in_title", "2022年9月，时任孝义市梧桐镇党委副书记郝建平"),
    ("aw06", "梧桐镇", "town", "in_title", "2022年9月，时任孝义市梧桐镇党委副书记郝建平"),
    ("aw06", "兑镇镇", "town", "in_title", "2022年11月，时任孝义市兑镇镇副镇长沈卫国"),
    ("aw07", "宿迁高新区", "development_zone", "in_title", "宿迁高新区党工委委员、管委会副主任蒋立新主动投案"),
    ("aw07", "宿迁高新技术产业开发区", "development_zone", "in_title", "据宿迁市纪委监委消息：宿迁高新技术产业开发区党工委委员"),
    ("aw07", "宿迁市", "city", "in_org_reference", "目前正接受宿迁市纪委监委纪律审查和监察调查"),
    ("aw07", "江苏", "province", "standalone", "江苏泗阳人"),
    ("aw07", "泗阳", "county", "standalone", "江苏泗阳人"),
    ("aw07", "宿豫区", "district", "in_title", "宿豫区仰化镇党委书记"),
    ("aw07", "仰化镇", "town", "in_title", "宿豫区仰化镇党委书记"),
    ("aw08", "泗阳县", "county", "in_org_reference", "中国共产党泗阳县第十五届纪律检查委员会第三次全体会议召开"),
    ("aw08", "泗阳", "county", "standalone (slogan)", "为建设“繁荣泗阳”提供坚强保障"),
    ("aw09", "仰化镇", "town", "standalone", "在仰化镇，董明轩一行察看了"),
    ("aw09", "来龙镇", "town", "standalone", "在来龙镇，督导组实地查看了"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="aw", conventions="set aw (blind set: city and county 纪委监委 sites in 湖北 咸宁 (嘉鱼县, 赤壁市), 山西 吕梁 (交城县, 孝义市) and 江苏 宿迁 (泗阳县, 宿豫区): 审查调查 notices (a sitting post named in the notice is a holding), a 双开 notice (原X, 曾任 and 在担任…期间 give no line; dated 简历 posts are holdings with their own dates), a 通报 of 八项规定 cases (a dated 时任 post is a holding at its date, a heading without 原 a present post), 纪委书记、监委主任 → X纪委 书记 + X监委 主任, a zone's 纪工委 and 党工委委员, the 纪委书记's meetings, 调研 and 督导, a 纪委全会 chaired by an organ (no chair))",
          persons_note="Set aw persons. id = corpus-wide person_id (aw:郝建平#1 of 孝义 (山西) and aw:郝建平#2 of 泗阳 (江苏) are two people; aw:喻文韬 moves 嘉鱼县官桥镇党委书记 2016 → 嘉鱼县副县长 2019 (and 2021) → 赤壁市委常委、常务副市长 2022, named 原 in 2025; aw:柯振宇 嘉鱼县纪委书记 2021 → 咸宁市纪委副书记 2025; aw:成晓斌 交城县纪委书记 2019 → 孝义市纪委书记 2023; aw:薛振华 交城县副县长 2017/2019 → 孝义市人大常委会副主任 2021, 双开 2025)")


if __name__ == "__main__":
    main()
