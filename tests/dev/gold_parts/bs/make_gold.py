"""Write gold part ``bs`` (a blind set: 地区 and their 行署 in 新疆, 西藏 and 黑龙江's 大兴安岭) from the tables below.

Pages ``tests/dev/texts/bs*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 塔城地区 site's 政务动态 page (``您的位置：首页 >要闻动态>今日塔城>
政务动态>正文``, a stamp line ``2023-01-19 10:57:40 塔城日报 点击：[] 打印``, ``地委副书记…代表地委、行署``); the 塔城日报
digital edition (``版次：01 来源： 2025年09月30日``, ``本报讯 记者… 报道：``); a company page of a visit to 塔城 with ``塔城地区
地委委员…，地区行署副专员托力肯，地委副秘书长…``; a 塔城市 教育局 page (``塔城地委委员…、地区教育工委书记…、地区教育局局长
马合苏提汗…陪同``, ``责任编辑：… 编审：…``); two 浙江援疆网 pages (``浙江省援疆指挥部副指挥长、地区行署副专员…``, ``衢州援疆
指挥部党委书记、指挥长，乌什县委副书记…``); a 文汇报 援疆 memoir (``上海市对口支援新疆工作前方指挥部…总指挥、喀什地委副书记``);
the 日土县 site on 陕西援藏 cadres (``阿里地区普兰县委常委、政府副县长``); a 福海县 融媒体 page with ``·`` names and
``编辑：… 初审：… 终审：…``; the 广东省发展改革委 援疆 调研 page; a 大兴安岭 大事记 (``地委``, ``行署``, ``加区``). Places are
real and new to the corpus: 新疆 阿克苏地区 (库车市, 温宿县), 新疆 塔城地区 (额敏县), 西藏 阿里地区 (普兰县, 噶尔县), 黑龙江
大兴安岭地区 (加格达奇区, 塔河县).

Shapes: a 行署 site's 专员 调研 in a county-level city with a 援疆 副专员 (three titles in one phrase, ``，`` between the 行署
and the 援疆 titles), two 地区 department heads and the city's 书记 / 市长 (bs01); a county site's page of a 地区教育局 督导组
(``地区教育局党组书记、局长``; bare 县 organs) and its 督导反馈会 (bs02); a prefecture paper's 第01版 of a 地区 联席会议 with
地委书记, 行署专员, the 援疆 指挥长 now 地委副书记, 常务副专员, 副专员 (bs03); a prefecture paper (版次 line) of the 地委书记's
调研 in a county with the 地委委员、秘书长 and a 地区行署副专员 (bs04); a county 融媒体 page of a 行署常务副专员's 检查 with a
辽宁援疆 县委常委、副县长 (bs05); the 阿里 行署 site of the 地委书记 in 普兰县 with a 陕西援藏 副专员 who is 援藏工作队领队
(bs06); a county site of the 行署专员's 调研 with a 行署副秘书长 who heads a 地区 department (bs07); the 大兴安岭日报 第01版 of a
行署常务会议 (专员 主持, 常务副专员, list of 副专员 after one title, 行署秘书长 出席, a 地区教育局局长 汇报) (bs08); a county
site of a 行署副专员's 调研 with the 地区教育局局长 (bs09).

Identity cases:
- bs:俞晓峰, a 援疆 cadre who rises: 阿克苏地区委 委员 + 行署 副专员 + 浙江省援疆指挥部 副指挥长 in June 2022 (bs01); 地委副书记
  and 浙江省援疆指挥部 指挥长 in Sept 2024 (bs03).
- bs:热合曼·阿布都拉, a 县长 who becomes 副专员: 温宿县委副书记、县长 in Feb 2023 (bs02); 阿克苏地区行署 副专员 in Sept 2024
  (bs03).
- bs:努尔兰·哈里木: 塔城地区行署 副专员 in May 2023 (bs04); 地委委员、行署常务副专员 in April 2024 (bs05).
- bs:普布顿珠 (a Tibetan name): 普兰县委副书记、县长 in July 2023 (bs06); 阿里地区行署 副专员 in June 2024 (bs07).
- bs:马丽娟: 大兴安岭地区行署 副专员 in Sept 2022 (bs08); 地委委员、行署副专员 in May 2024 (bs09).
- the same officials in two pages: bs:艾力江·吐尔洪 (阿克苏 地委副书记、行署专员, 2022 and 2024), bs:阿依努尔·赛买提 (阿克苏地区
  教育局局长, 2022 and 2023), bs:叶尔兰·托合塔尔 (额敏县长, 2023 and 2024), bs:柴明远 (大兴安岭地区教育局局长, 2022 and 2024).
- two different 韩卫东 in unrelated places: bs:韩卫东#1 is 塔河县委书记 (黑龙江 大兴安岭, bs09); bs:韩卫东#2 is a 辽宁援疆 cadre,
  额敏县委常委、副县长 (新疆 塔城, bs05).
- one organ name in several 地区: ``地区教育局`` is 阿克苏's in bs01 / bs02 and 大兴安岭's in bs08 / bs09; bare ``地委`` / ``行署``
  / ``地委委员`` are 阿克苏's, 塔城's, 阿里's and 大兴安岭's on their pages; ``县委副书记、县长`` is 温宿's, 额敏's, 普兰's and
  噶尔's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as in parts ak, z where they speak; decided here where they are silent):
- DECIDED HERE (地区, no earlier part had one): the 地区's place label is its full name (``阿克苏地区``, ``塔城地区``,
  ``阿里地区``, ``大兴安岭地区``); its party committee (中共X地区委员会, written ``地委``) is label + ``委`` as CONVENTIONS
  builds every party committee and as ak builds ``阿拉善盟委``: ``阿克苏地区委`` (not the short form ``阿克苏地委``). Its
  government is the 行政公署 (``行署``), labelled ``阿克苏地区行政公署`` as ak labels ``阿拉善盟行政公署`` (no 人民政府 to fold).
  ``地委书记`` → X地区委 书记; ``地委副书记、行署专员`` → X地区委 副书记 + X地区行政公署 专员; ``行署常务副专员`` /
  ``副专员`` / ``秘书长`` / ``副秘书长`` → X地区行政公署 (``地区行署副专员`` the same).
- DECIDED HERE: ``地委委员`` (a 地委 has 委员 where a 市委 has 常委) is title ``委员`` of X地区委 (as ak's 盟委委员);
  ``地委委员、秘书长`` = X地区委 委员 + X地区委 秘书长 (as ak).
- 地区 departments as written after the label: ``地区教育局局长`` → X地区教育局 局长; ``地区发展改革委主任`` →
  阿克苏地区发展改革委; ``地区农业农村局局长`` → 塔城地区农业农村局; ``地区住房和城乡建设局局长`` → 阿里地区住房和城乡建设局;
  ``地区教育局党组书记、局长`` → 阿克苏地区教育局党组 书记 + 阿克苏地区教育局 局长 (党组 only with 书记, as z).
- DECIDED HERE (援疆 / 援藏): the 援疆 指挥部 and the 援藏工作队 are bodies with posts; their titles are posts of the body as
  written: ``浙江省援疆指挥部副指挥长`` → 浙江省援疆指挥部 副指挥长, ``浙江省援疆指挥部指挥长`` → 浙江省援疆指挥部 指挥长,
  ``陕西省第十批援藏工作队领队`` → 陕西省第十批援藏工作队 领队 (a temporary group's role is a post, CONVENTIONS). The label
  ``辽宁援疆干部`` (bs05) is no post (like 党员, 代表); the person's local posts (县委常委、副县长) are.
- Bare organs take the page's place or its parent of the right level: bare 地委 / 行署 / 地区X局 on a 地区 site, in a
  地区 paper and on a county site of that 地区 = that 地区; bare 县委 / 县长 / 县教育局 on a county site = that county; in a
  地区 paper a bare ``县长`` right after ``额敏县委书记`` is 额敏's, a bare ``市委副书记、市长`` after ``库车市委书记`` is
  库车市's (the county-level city), a bare ``县委副书记、县长`` after ``普兰县委书记`` / ``噶尔县委书记`` is that county's.
- One line per post per article; a list after one title gives every name that title (``副专员马丽娟、邢国华``). Being
  the leader of a 督导组 / 检查组 without a written 组长 is no post.
- Events: every 调研 / 督导 / 检查 is an ``inspection`` (leader; 陪同 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 /
  作了安排 speakers); the 督导反馈会 after the 督导 is its own meeting of the same day (as ak's 座谈会); the 联席会议 and
  the 行署常务会议 are meetings (chair, 出席 attendees, 通报 / 汇报 / 作了安排 / 强调 speakers). A member of the visiting party
  (``带领地区教育局局长柴明远一行``) is an attendee.
- Bylines: ``本报讯（记者 …）`` and ``本报讯 记者 … 报道`` and ``（记者：… 通讯员：…）`` are reporter / correspondent lines; a
  bare media-centre credit (``（温宿县融媒体中心 木尼热·艾合买提）``) is an author line; 编辑 / 责任编辑 / 初审 / 终审 / 审核
  are editor lines.
- Projects are works inspected, reported or to be pushed: school buildings and a 实训基地 are projects; a 产业园 (or its
  厂房 phase) an industrial_park; a 老旧小区改造项目 a housing_project; 供暖 and 口岸 works infrastructure_project; dikes and
  flood works engineering_work; river, lake and wetland restoration greening_project. ``边境小康村建设``, ``高标准农田``
  (generic) are no projects; a 方案 is a document.
- Places: one line per name per file, as written; DECIDED HERE kind ``prefecture`` for a 地区; places inside organ
  references, document titles and project names count; schools, site lines, mastheads, 来源 lines, footers, addresses
  and 上一篇 / 下一篇 links are not annotated; bare ``地区`` (the page's own 地区, unnamed) is not a place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

AKS, TC, AL, DX = "阿克苏地区", "塔城地区", "阿里地区", "大兴安岭地区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bs01_akesu.txt": (2022, "2022-06-16 18:20:35", AKS, [
        ("艾力江·吐尔洪在库车市调研教育和重点项目建设工作", "6月15日", "2022-06-15", "6月15日，地委副书记",
         "行署 site: the 专员's 调研 in 库车市 with a 援疆 副专员 (地委委员、行署副专员，浙江省援疆指挥部副指挥长), 地区 department heads, the city's 书记 / 市长")]),
    "bs02_wensu.txt": (2023, "发布时间：2023-02-21 11:06", "温宿县", [
        ("地区教育局督导组到我县督导春季开学工作", "2月20日", "2023-02-20", "2月20日，地区教育局",
         "county site: a 地区教育局 督导 (党组书记、局长) with the 县长 and 县教育局局长; 督导反馈会")]),
    "bs03_akesu.txt": (2024, "2024年9月12日　星期四", AKS, [
        ("地区召开对口援疆工作联席会议", "9月11日", "2024-09-11", "本报讯（记者 迪丽努尔·吾斯曼）9月11日",
         "地区 paper: 联席会议; the 援疆 指挥长 now 地委副书记; 常务副专员; the former 温宿县长 now 副专员")]),
    "bs04_tacheng.txt": (2023, "2023年05月18日", TC, [
        ("贺振国在额敏县调研时强调", "5月16日", "2023-05-16", "本报讯 记者 马雪琪 报道：5月16日",
         "地区 paper (版次 line): the 地委书记's 调研 in 额敏县 with 地委委员、秘书长 and 地区行署副专员")]),
    "bs05_emin.txt": (2024, "2024-04-09 20:15:06", "额敏县", [
        ("地区检查组到我县检查春耕备耕和安全生产工作", "4月8日", "2024-04-08", "4月8日，地委委员",
         "county 融媒体 page: the 行署常务副专员's 检查; a 辽宁援疆 县委常委、副县长 (韩卫东#2)")]),
    "bs06_ali.txt": (2023, "发布时间：2023-07-25 17:42", AL, [
        ("郝建川在普兰县调研边境小康村建设和口岸工作", "7月23日至24日", "2023-07-23", "7月23日至24日，地委书记",
         "行署 site: the 地委书记's 调研 in 普兰县 with a 陕西援藏 副专员 who leads the 援藏工作队; Tibetan names")]),
    "bs07_gaer.txt": (2024, "发布日期：2024-06-14", "噶尔县", [
        ("格桑曲扎到噶尔县调研城镇建设和安全生产工作", "6月13日", "2024-06-13", "6月13日，地委副书记",
         "county site: the 行署专员's 调研; the former 普兰县长 now 副专员; 行署副秘书长 heading a 地区 department")]),
    "bs08_daxinganling.txt": (2022, "2022年9月29日　星期四", DX, [
        ("行署召开第二十三次常务会议", "9月28日", "2022-09-28", "本报讯（记者 孙艳秋）9月28日",
         "地区 paper 第01版: 行署常务会议 (专员 主持; 常务副专员, 副专员 list, 行署秘书长 出席; 地区教育局局长 汇报)")]),
    "bs09_tahe.txt": (2024, "发布时间：2024-05-22 10:30", "塔河县", [
        ("地区领导到我县调研教育工作", "5月21日", "2024-05-21", "5月21日，地委委员",
         "county site: a 行署副专员's 调研 with the 地区教育局局长; 县委书记 韩卫东#1")]),
}

_BS01_YU = "地委委员、行署副专员，浙江省援疆指挥部副指挥长俞晓峰"
_BS06_SHI = "地委委员、行署副专员，陕西省第十批援藏工作队领队石宏伟"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 阿克苏
    "bs:艾力江·吐尔洪": ("艾力江·吐尔洪", "official", AKS, [
        ("bs01", f"{AKS}委", "副书记", "地委副书记、行署专员艾力江·吐尔洪深入库车市", "2022-06; DECIDED HERE: 地委 → 阿克苏地区委"),
        ("bs01", f"{AKS}行政公署", "专员", "地委副书记、行署专员艾力江·吐尔洪深入库车市", "DECIDED HERE: 行署 → 阿克苏地区行政公署"),
        ("bs03", f"{AKS}委", "副书记", "地委副书记、行署专员艾力江·吐尔洪", "2024-09: the same posts"),
        ("bs03", f"{AKS}行政公署", "专员", "地委副书记、行署专员艾力江·吐尔洪", None)], []),
    "bs:俞晓峰": ("俞晓峰", "official", AKS, [
        ("bs01", f"{AKS}委", "委员", _BS01_YU, "2022-06; DECIDED HERE: 地委委员 → 地区委 委员 (identity case: 地委副书记 in 2024, bs03)"),
        ("bs01", f"{AKS}行政公署", "副专员", _BS01_YU, None),
        ("bs01", "浙江省援疆指挥部", "副指挥长", _BS01_YU, "DECIDED HERE: 援疆指挥部 titles are posts of the 指挥部"),
        ("bs03", f"{AKS}委", "副书记", "地委副书记、浙江省援疆指挥部指挥长俞晓峰", "2024-09: now 地委副书记"),
        ("bs03", "浙江省援疆指挥部", "指挥长", "地委副书记、浙江省援疆指挥部指挥长俞晓峰", "2024-09: now 指挥长")], []),
    "bs:邵立群": ("邵立群", "official", AKS, [
        ("bs01", f"{AKS}发展改革委", "主任", "地区发展改革委主任邵立群", "bare 地区 on the 阿克苏 行署 site")], []),
    "bs:阿依努尔·赛买提": ("阿依努尔·赛买提", "official", AKS, [
        ("bs01", f"{AKS}教育局", "局长", "地区教育局局长阿依努尔·赛买提", "2022-06; 地区教育局 = 阿克苏's here, 大兴安岭's in bs08 / bs09"),
        ("bs02", f"{AKS}教育局党组", "书记", "地区教育局党组书记、局长阿依努尔·赛买提带领督导组", "2023-02: on the 温宿县 site bare 地区 = 阿克苏地区 (its parent)"),
        ("bs02", f"{AKS}教育局", "局长", "地区教育局党组书记、局长阿依努尔·赛买提带领督导组", "leading the 督导组 without a written 组长: no post of the group")], []),
    "bs:邓海川": ("邓海川", "official", "库车市", [
        ("bs01", "库车市委", "书记", "库车市委书记邓海川", None)], []),
    "bs:买买提江·阿不力米提": ("买买提江·阿不力米提", "official", "库车市", [
        ("bs01", "库车市委", "副书记", "市委副书记、市长买买提江·阿不力米提", "bare 市委 after 库车市委书记 = 库车市 (county-level city)"),
        ("bs01", "库车市政府", "市长", "市委副书记、市长买买提江·阿不力米提", None)], []),
    "bs:帕提古丽": ("帕提古丽", "editor", "阿克苏地区行政公署", [], ["bs01"]),
    "bs:热合曼·阿布都拉": ("热合曼·阿布都拉", "official", "温宿县", [
        ("bs02", "温宿县委", "副书记", "县委副书记、县长热合曼·阿布都拉", "2023-02: bare 县委 on the 温宿县 site (identity case: 副专员 in 2024, bs03)"),
        ("bs02", "温宿县政府", "县长", "县委副书记、县长热合曼·阿布都拉", None),
        ("bs03", f"{AKS}行政公署", "副专员", "行署副专员热合曼·阿布都拉", "2024-09: now 行署副专员 (bare 行署 in the 阿克苏日报)")], []),
    "bs:古丽米热·托合提": ("古丽米热·托合提", "official", "温宿县", [
        ("bs02", "温宿县教育局", "局长", "县教育局局长古丽米热·托合提", None)], []),
    "bs:蒋立诚": ("蒋立诚", "official", AKS, [
        ("bs03", f"{AKS}委", "书记", "地委书记蒋立诚主持会议", None)], []),
    "bs:祁文涛": ("祁文涛", "official", AKS, [
        ("bs03", f"{AKS}委", "委员", "地委委员、行署常务副专员祁文涛", None),
        ("bs03", f"{AKS}行政公署", "常务副专员", "地委委员、行署常务副专员祁文涛", None)], []),
    # ---- 塔城
    "bs:贺振国": ("贺振国", "official", TC, [
        ("bs04", f"{TC}委", "书记", "地委书记贺振国深入额敏县", "named in the headline too")], []),
    "bs:林家宝": ("林家宝", "official", TC, [
        ("bs04", f"{TC}委", "委员", "地委委员、秘书长林家宝", None),
        ("bs04", f"{TC}委", "秘书长", "地委委员、秘书长林家宝", "秘书长 after 地委委员 = the 地委's (as ak's 盟委委员、秘书长)")], []),
    "bs:努尔兰·哈里木": ("努尔兰·哈里木", "official", TC, [
        ("bs04", f"{TC}行政公署", "副专员", "地区行署副专员努尔兰·哈里木", "2023-05 (identity case: 常务副专员 in 2024, bs05)"),
        ("bs05", f"{TC}委", "委员", "地委委员、行署常务副专员努尔兰·哈里木", "2024-04: bare 地委 on the 额敏县 page = 塔城地区委 (its parent)"),
        ("bs05", f"{TC}行政公署", "常务副专员", "地委委员、行署常务副专员努尔兰·哈里木", None)], []),
    "bs:胡安·沙吾提": ("胡安·沙吾提", "official", TC, [
        ("bs04", f"{TC}农业农村局", "局长", "地区农业农村局局长胡安·沙吾提", None)], []),
    "bs:闫思远": ("闫思远", "official", "额敏县", [
        ("bs04", "额敏县委", "书记", "额敏县委书记闫思远", None)], []),
    "bs:叶尔兰·托合塔尔": ("叶尔兰·托合塔尔", "official", "额敏县", [
        ("bs04", "额敏县政府", "县长", "县长叶尔兰·托合塔尔陪同调研", "2023-05: bare 县长 right after 额敏县委书记"),
        ("bs05", "额敏县委", "副书记", "县委副书记、县长叶尔兰·托合塔尔", "2024-04"),
        ("bs05", "额敏县政府", "县长", "县委副书记、县长叶尔兰·托合塔尔", None)], []),
    "bs:韩卫东#2": ("韩卫东", "official", "额敏县", [
        ("bs05", "额敏县委", "常委", "辽宁援疆干部、县委常委、副县长韩卫东", "塔城 (新疆), a 辽宁援疆 cadre; not the 韩卫东 of 塔河县 (bs09); ``辽宁援疆干部`` is no post"),
        ("bs05", "额敏县政府", "副县长", "辽宁援疆干部、县委常委、副县长韩卫东", None)], []),
    # ---- 阿里
    "bs:郝建川": ("郝建川", "official", AL, [
        ("bs06", f"{AL}委", "书记", "地委书记郝建川深入普兰县", "named in the headline too")], []),
    "bs:石宏伟": ("石宏伟", "official", AL, [
        ("bs06", f"{AL}委", "委员", _BS06_SHI, None),
        ("bs06", f"{AL}行政公署", "副专员", _BS06_SHI, None),
        ("bs06", "陕西省第十批援藏工作队", "领队", _BS06_SHI, "DECIDED HERE: the 援藏工作队's 领队 is a post of the 工作队")], []),
    "bs:旦增罗布": ("旦增罗布", "official", "普兰县", [
        ("bs06", "普兰县委", "书记", "普兰县委书记旦增罗布", None)], []),
    "bs:普布顿珠": ("普布顿珠", "official", AL, [
        ("bs06", "普兰县委", "副书记", "县委副书记、县长普布顿珠", "2023-07: after 普兰县委书记 (identity case: 行署副专员 in 2024, bs07)"),
        ("bs06", "普兰县政府", "县长", "县委副书记、县长普布顿珠", None),
        ("bs07", f"{AL}行政公署", "副专员", "行署副专员普布顿珠", "2024-06: now 行署副专员 (bare 行署 on the 噶尔县 site = 阿里's)")], []),
    "bs:格桑曲扎": ("格桑曲扎", "official", AL, [
        ("bs07", f"{AL}委", "副书记", "地委副书记、行署专员格桑曲扎到噶尔县调研", "named in the headline too"),
        ("bs07", f"{AL}行政公署", "专员", "地委副书记、行署专员格桑曲扎到噶尔县调研", None)], []),
    "bs:赵立恒": ("赵立恒", "official", AL, [
        ("bs07", f"{AL}行政公署", "副秘书长", "行署副秘书长、地区住房和城乡建设局局长赵立恒", None),
        ("bs07", f"{AL}住房和城乡建设局", "局长", "行署副秘书长、地区住房和城乡建设局局长赵立恒", "as written")], []),
    "bs:冯立本": ("冯立本", "official", "噶尔县", [
        ("bs07", "噶尔县委", "书记", "噶尔县委书记冯立本", None)], []),
    "bs:索朗央宗": ("索朗央宗", "official", "噶尔县", [
        ("bs07", "噶尔县委", "副书记", "县委副书记、县长索朗央宗", None),
        ("bs07", "噶尔县政府", "县长", "县委副书记、县长索朗央宗", None)], []),
    # ---- 大兴安岭
    "bs:单洪伟": ("单洪伟", "official", DX, [
        ("bs08", f"{DX}行政公署", "专员", "行署专员单洪伟主持召开", None)], []),
    "bs:曲立新": ("曲立新", "official", DX, [
        ("bs08", f"{DX}行政公署", "常务副专员", "行署常务副专员曲立新", None)], []),
    "bs:马丽娟": ("马丽娟", "official", DX, [
        ("bs08", f"{DX}行政公署", "副专员", "副专员马丽娟、邢国华", "2022-09: list after one title"),
        ("bs09", f"{DX}委", "委员", "地委委员、行署副专员马丽娟", "2024-05: now also 地委委员"),
        ("bs09", f"{DX}行政公署", "副专员", "地委委员、行署副专员马丽娟", None)], []),
    "bs:邢国华": ("邢国华", "official", DX, [
        ("bs08", f"{DX}行政公署", "副专员", "副专员马丽娟、邢国华", None)], []),
    "bs:崔振江": ("崔振江", "official", DX, [
        ("bs08", f"{DX}行政公署", "秘书长", "行署秘书长崔振江", None)], []),
    "bs:柴明远": ("柴明远", "official", DX, [
        ("bs08", f"{DX}教育局", "局长", "地区教育局局长柴明远关于", "2022-09; 地区教育局 = 大兴安岭's here"),
        ("bs09", f"{DX}教育局", "局长", "地区教育局局长柴明远一行", "2024-05")], []),
    "bs:韩卫东#1": ("韩卫东", "official", "塔河县", [
        ("bs09", "塔河县委", "书记", "县委书记韩卫东", "塔河县 (黑龙江); not the 韩卫东 of 额敏县 (bs05)")], []),
    "bs:宋凯歌": ("宋凯歌", "official", "塔河县", [
        ("bs09", "塔河县委", "常委", "县委常委、副县长宋凯歌", None),
        ("bs09", "塔河县政府", "副县长", "县委常委、副县长宋凯歌", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bs01", "帕提古丽", "责任编辑", "editor", "责任编辑：帕提古丽"),
    ("bs02", "木尼热·艾合买提", "供稿", "author", "（温宿县融媒体中心 木尼热·艾合买提）"),
    ("bs02", "李雪", "编辑", "editor", "编辑：李雪"),
    ("bs02", "张振宇", "审核", "editor", "审核：张振宇"),
    ("bs03", "迪丽努尔·吾斯曼", "记者", "reporter", "本报讯（记者 迪丽努尔·吾斯曼）"),
    ("bs03", "王海燕", "责任编辑", "editor", "责任编辑：王海燕"),
    ("bs04", "马雪琪", "记者", "reporter", "本报讯 记者 马雪琪 报道"),
    ("bs04", "叶尔森", "责任编辑", "editor", "责任编辑：叶尔森"),
    ("bs05", "巴合提古丽", "记者", "reporter", "（记者：巴合提古丽 通讯员：杨启航）"),
    ("bs05", "杨启航", "通讯员", "correspondent", "（记者：巴合提古丽 通讯员：杨启航）"),
    ("bs05", "刘静", "编辑", "editor", "编辑：刘静"),
    ("bs05", "王振宁", "初审", "editor", "初审：王振宁"),
    ("bs05", "古丽扎娜", "终审", "editor", "终审：古丽扎娜"),
    ("bs06", "央金卓玛", "责任编辑", "editor", "责任编辑：央金卓玛"),
    ("bs07", "次仁德吉", "责任编辑", "editor", "责任编辑：次仁德吉"),
    ("bs08", "孙艳秋", "记者", "reporter", "本报讯（记者 孙艳秋）"),
    ("bs08", "刘宏宇", "责任编辑", "editor", "责任编辑：刘宏宇"),
    ("bs09", "吴雨桐", "供稿", "author", "（塔河县融媒体中心 吴雨桐）"),
    ("bs09", "王晓丽", "编辑", "editor", "编辑：王晓丽"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("bs01", "库车市教育基础设施建设和重点项目推进情况调研", "inspection (调研)", "6月15日", None, "艾力江·吐尔洪", [],
     ["俞晓峰", "邵立群", "阿依努尔·赛买提", "邓海川", "买买提江·阿不力米提"],
     ["艾力江·吐尔洪", "阿依努尔·赛买提", "俞晓峰", "邓海川"], "库车市",
     "地委副书记、行署专员艾力江·吐尔洪深入库车市，调研教育基础设施建设和重点项目推进情况",
     ["行署专员艾力江·吐尔洪深入库车市", "市长买买提江·阿不力米提陪同调研", "阿依努尔·赛买提介绍了", "俞晓峰介绍了",
      "艾力江·吐尔洪指出", "邓海川表示"]),
    ("bs02", "春季学期开学准备和校园安全工作督导", "inspection (督导)", "2月20日", None, "阿依努尔·赛买提", ["地区教育局"],
     ["热合曼·阿布都拉", "古丽米热·托合提"], [], "温宿县",
     "局长阿依努尔·赛买提带领督导组到我县，督导检查春季学期开学准备和校园安全工作",
     ["局长阿依努尔·赛买提带领督导组到我县", "县教育局局长古丽米热·托合提陪同督导"]),
    ("bs02", "督导反馈会", "meeting (督导反馈会)", "2月20日", None, None, [],
     [], ["古丽米热·托合提", "阿依努尔·赛买提", "热合曼·阿布都拉"], "温宿县",
     "在随后召开的督导反馈会上，古丽米热·托合提汇报了全县春季开学各项准备工作",
     ["古丽米热·托合提汇报了", "她要求", "热合曼·阿布都拉表示"]),
    ("bs03", "地区对口援疆工作联席会议", "meeting (联席会议)", "9月11日", "蒋立诚", None, ["阿克苏地区"],
     ["艾力江·吐尔洪", "俞晓峰"], ["俞晓峰", "祁文涛", "热合曼·阿布都拉", "蒋立诚", "艾力江·吐尔洪"], None,
     "9月11日，地区召开对口援疆工作联席会议",
     ["地委书记蒋立诚主持会议并讲话", "浙江省援疆指挥部指挥长俞晓峰出席会议", "俞晓峰通报了", "行署常务副专员祁文涛就援疆项目审计整改作了安排",
      "行署副专员热合曼·阿布都拉汇报了", "蒋立诚强调", "艾力江·吐尔洪要求"]),
    ("bs04", "额敏县春播生产和农业产业化发展调研", "inspection (调研)", "5月16日", None, "贺振国", [],
     ["林家宝", "努尔兰·哈里木", "胡安·沙吾提", "闫思远", "叶尔兰·托合塔尔"],
     ["叶尔兰·托合塔尔", "贺振国", "努尔兰·哈里木", "闫思远"], "额敏县",
     "地委书记贺振国深入额敏县，调研春播生产和农业产业化发展工作",
     ["地委书记贺振国深入额敏县", "县长叶尔兰·托合塔尔陪同调研", "叶尔兰·托合塔尔介绍了", "贺振国强调",
      "努尔兰·哈里木就做好春播后田间管理", "闫思远表示"]),
    ("bs05", "春耕备耕和安全生产检查", "inspection (检查)", "4月8日", None, "努尔兰·哈里木", [],
     ["叶尔兰·托合塔尔", "韩卫东"], ["韩卫东", "努尔兰·哈里木", "叶尔兰·托合塔尔"], "额敏县",
     "行署常务副专员努尔兰·哈里木带领地区检查组到我县，检查春耕备耕、农资供应和安全生产工作",
     ["行署常务副专员努尔兰·哈里木带领地区检查组到我县", "副县长韩卫东陪同检查", "韩卫东介绍了", "努尔兰·哈里木指出",
      "叶尔兰·托合塔尔表示"]),
    ("bs06", "普兰县边境小康村建设、口岸发展和生态保护调研", "inspection (调研)", "7月23日至24日", None, "郝建川", [],
     ["石宏伟", "旦增罗布", "普布顿珠"], ["普布顿珠", "郝建川", "石宏伟", "旦增罗布"], "普兰县",
     "地委书记郝建川深入普兰县，调研边境小康村建设、口岸发展和生态保护工作",
     ["地委书记郝建川深入普兰县", "县长普布顿珠陪同调研", "听取了普布顿珠关于", "郝建川强调", "石宏伟介绍了", "旦增罗布表示"]),
    ("bs07", "噶尔县城镇建设和安全生产调研", "inspection (调研)", "6月13日", None, "格桑曲扎", [],
     ["普布顿珠", "赵立恒", "冯立本", "索朗央宗"], ["索朗央宗", "格桑曲扎", "普布顿珠"], "噶尔县",
     "地委副书记、行署专员格桑曲扎到噶尔县调研城镇建设和安全生产工作",
     ["行署专员格桑曲扎到噶尔县调研", "县长索朗央宗陪同调研", "索朗央宗汇报了", "格桑曲扎指出", "普布顿珠要求"]),
    ("bs08", "行署第二十三次常务会议", "meeting (行署常务会议)", "9月28日", "单洪伟", None, ["大兴安岭地区行政公署"],
     ["曲立新", "马丽娟", "邢国华", "崔振江"], ["柴明远", "单洪伟", "曲立新"], None,
     "行署专员单洪伟主持召开行署第二十三次常务会议",
     ["行署专员单洪伟主持召开", "行署秘书长崔振江出席会议", "副专员马丽娟、邢国华", "听取了地区教育局局长柴明远关于",
      "单洪伟强调", "曲立新就做好全区经济运行调度作了安排"]),
    ("bs09", "塔河县教育基础设施建设和“双减”工作调研", "inspection (调研)", "5月21日", None, "马丽娟", [],
     ["柴明远", "韩卫东", "宋凯歌"], ["柴明远", "马丽娟", "韩卫东"], "塔河县",
     "地委委员、行署副专员马丽娟带领地区教育局局长柴明远一行到我县",
     ["行署副专员马丽娟带领地区教育局局长柴明远一行到我县", "副县长宋凯歌陪同调研", "柴明远对塔河县寄宿制学校建设项目",
      "马丽娟指出", "韩卫东表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bs01", "库车市第三中学综合楼建设项目", "project", "先后来到库车市第三中学综合楼建设项目"),
    ("bs01", "库车市浙江援疆实训基地二期", "project", "库车市浙江援疆实训基地二期"),
    ("bs01", "龟兹古城遗址保护展示工程", "project", "龟兹古城遗址保护展示工程现场"),
    ("bs02", "温宿县托木尔峰中学新建宿舍楼项目", "project", "温宿县托木尔峰中学新建宿舍楼项目"),
    ("bs03", "阿克苏纺织服装产业园标准化厂房三期", "industrial_park", "阿克苏纺织服装产业园标准化厂房三期、温宿县"),
    ("bs03", "温宿县托木尔峰中学新建宿舍楼项目", "project", "温宿县托木尔峰中学新建宿舍楼项目等一批项目已经完工"),
    ("bs04", "额敏县玉什喀拉苏镇高标准农田建设项目", "project", "额敏县玉什喀拉苏镇高标准农田建设项目区"),
    ("bs04", "额敏县肉牛全产业链示范园", "industrial_park", "额敏县肉牛全产业链示范园和"),
    ("bs04", "额敏河额敏段生态治理工程", "greening_project", "额敏河额敏段生态治理工程现场"),
    ("bs05", "郊区乡节水灌溉改造项目", "project", "郊区乡节水灌溉改造项目现场"),
    ("bs05", "额敏县辽宁援疆产业园", "industrial_park", "额敏县辽宁援疆产业园，实地察看"),
    ("bs06", "普兰口岸联检中心建设项目", "infrastructure_project", "普兰口岸联检中心建设项目现场"),
    ("bs06", "玛旁雍错湿地保护修复工程", "greening_project", "玛旁雍错湿地保护修复工程推进情况"),
    ("bs07", "狮泉河镇老旧小区改造项目", "housing_project", "狮泉河镇老旧小区改造项目"),
    ("bs07", "噶尔县集中供暖二期工程", "infrastructure_project", "噶尔县集中供暖二期工程"),
    ("bs07", "狮泉河防洪堤加固工程", "engineering_work", "狮泉河防洪堤加固工程施工现场"),
    ("bs08", "加格达奇区第一中学教学楼改造项目", "project", "加格达奇区第一中学教学楼改造项目"),
    ("bs08", "塔河县寄宿制学校建设项目", "project", "塔河县寄宿制学校建设项目要在封冻前完成主体施工"),
    ("bs08", "嫩江干流加格达奇段防洪治理工程", "engineering_work", "嫩江干流加格达奇段防洪治理工程"),
    ("bs09", "塔河县寄宿制学校建设项目", "project", "柴明远对塔河县寄宿制学校建设项目完工后"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bs01", "库车市", "county_level_city", "standalone", "深入库车市，调研教育基础设施建设"),
    ("bs01", "浙江省", "province", "in_org_reference", _BS01_YU),
    ("bs01", "龟兹古城", "heritage_site", "in_project_name", "龟兹古城遗址保护展示工程现场"),
    ("bs01", "南疆", "region", "standalone", "面向南疆四地州招生"),
    ("bs02", "佳木镇", "town", "standalone", "佳木镇中心幼儿园"),
    ("bs02", "温宿县", "county", "in_project_name", "温宿县托木尔峰中学新建宿舍楼项目"),
    ("bs03", "浙江省", "province", "in_org_reference", "地委副书记、浙江省援疆指挥部指挥长俞晓峰"),
    ("bs03", "阿克苏", "prefecture", "in_project_name", "阿克苏纺织服装产业园标准化厂房三期、温宿县"),
    ("bs03", "温宿县", "county", "in_project_name", "温宿县托木尔峰中学新建宿舍楼项目等一批项目已经完工"),
    ("bs03", "浙江", "province", "standalone", "推动浙江企业来阿投资兴业"),
    ("bs04", "额敏县", "county", "standalone", "地委书记贺振国深入额敏县"),
    ("bs04", "玉什喀拉苏镇", "town", "in_project_name", "额敏县玉什喀拉苏镇高标准农田建设项目区"),
    ("bs04", "额敏河", "river", "standalone", "要统筹抓好额敏河生态治理"),
    ("bs05", "辽宁", "province", "standalone", "辽宁援疆干部、县委常委、副县长韩卫东"),
    ("bs05", "郊区乡", "township", "in_project_name", "郊区乡节水灌溉改造项目现场"),
    ("bs05", "额敏县", "county", "in_project_name", "额敏县辽宁援疆产业园，实地察看"),
    ("bs06", "普兰县", "county", "standalone", "地委书记郝建川深入普兰县"),
    ("bs06", "陕西省", "province", "in_org_reference", _BS06_SHI),
    ("bs06", "科迦村", "village", "standalone", "先后来到普兰县科迦村"),
    ("bs06", "巴嘎乡", "township", "standalone", "巴嘎乡边境小康村"),
    ("bs06", "普兰口岸", "port", "in_project_name", "普兰口岸联检中心建设项目现场"),
    ("bs06", "玛旁雍错", "lake", "standalone", "在玛旁雍错湖畔"),
    ("bs07", "噶尔县", "county", "standalone", "到噶尔县调研城镇建设和安全生产工作"),
    ("bs07", "狮泉河镇", "town", "in_project_name", "狮泉河镇老旧小区改造项目"),
    ("bs07", "狮泉河", "river", "standalone", "确保狮泉河沿岸群众生命财产安全"),
    ("bs08", "大兴安岭地区", "prefecture", "in_document_title", "《大兴安岭地区秋季森林草原防灭火工作方案》"),
    ("bs08", "加格达奇区", "district", "in_project_name", "加格达奇区第一中学教学楼改造项目"),
    ("bs08", "塔河县", "county", "in_project_name", "塔河县寄宿制学校建设项目要在封冻前完成主体施工"),
    ("bs08", "嫩江", "river", "in_project_name", "嫩江干流加格达奇段防洪治理工程"),
    ("bs08", "加格达奇", "district", "in_project_name", "嫩江干流加格达奇段防洪治理工程"),
    ("bs09", "塔河县", "county", "standalone", "先后来到塔河县寄宿制学校"),
    ("bs09", "塔河镇", "town", "standalone", "塔河镇中心幼儿园"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bs", conventions="set bs (blind set: 地区 and their 行政公署 in 新疆 (阿克苏地区 with 库车市 and 温宿县; 塔城地区 with 额敏县), 西藏 (阿里地区 with 普兰县 and 噶尔县) and 黑龙江 (大兴安岭地区 with 加格达奇区 and 塔河县): 地委 → X地区委 (书记, 副书记, 委员, 秘书长), 行署 → X地区行政公署 (专员, 常务副专员, 副专员, 秘书长, 副秘书长), 地区 departments as written after the 地区's label (X地区教育局); 援疆指挥部 and 援藏工作队 titles are posts of those bodies, 援疆干部 is not; names with a middle dot and Tibetan names; one line per post per article)",
          persons_note="Set bs persons. id = corpus-wide person_id (bs:韩卫东#1 of 塔河县 (黑龙江) and bs:韩卫东#2 of 额敏县 (新疆, a 辽宁援疆 cadre) are two people; bs:俞晓峰 moves 行署副专员、援疆指挥部副指挥长 2022 → 地委副书记、援疆指挥部指挥长 2024; bs:热合曼·阿布都拉 温宿县长 2023 → 行署副专员 2024; bs:普布顿珠 普兰县长 2023 → 行署副专员 2024; bs:努尔兰·哈里木 副专员 2023 → 常务副专员 2024)")


if __name__ == "__main__":
    main()
