"""Write gold part ``bf`` (a blind set: provincial departments' own sites — 省交通运输厅, 省水利厅, 自治区商务厅,
省发展改革委 — reporting their 厅长 / 主任, 副厅长 / 副主任, 一级巡视员 and 二级巡视员 leading inspections to cities and
counties and receiving a city's delegation; one 副厅长 who moves to a city) from the tables below.

Pages ``tests/dev/texts/bf*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 渭南 发改委 page ``省发展改革委党组成员、副主任…带领区域处、规划处…负责
同志，先后深入我市白水县…``; the 陕西 发改委's own page ``省发展改革委党组成员、副主任…带队，赴汉中市对接调研…会前，调研组赴
宁强县调研``; a 安徽 商务厅 page ``省商务厅党组书记、厅长…赴池州市进行工作调研…市委书记…、市长…、副市长…，市商务局局长…
等分别会见并陪同调研``; a 怀化 page of a 市长 带队赴省商务厅衔接工作 (``省商务厅党组书记、厅长…，厅领导…一同接见…双方进行
了亲切座谈``); a 马鞍山 page ``省商务厅副厅长…一行来马调研…市委常委、副市长…主持…座谈会``; a 河南 水利厅 ``党组成员…带领
监督处及专家组…采取“四不两直”的方式…特定飞检``; a 江苏 水利厅 page (``发布日期…浏览次数``, ``（供稿：… 责编：…）``); a
陕西 水利厅 检查组 汛前检查 page; a 湖北 水利厅 会商会; a 青海 交通运输厅 ``党委委员、副厅长…一行到民小公路工地调研``; a 山东
交通运输厅 page ``厅党组书记、厅长…，厅党组副书记、副厅长…分别陪同调研``; a 萍乡 经开区 page ``省发改委党组成员…率…调研组到
经开区调研…市发改委党组书记、主任…陪同``; a 甘肃 page ``省发改委副主任…带领省发改委调研组，在市发改委主任…的陪同下``.

Places are real and new to the corpus: 黑龙江 鸡西 (密山市, 虎林市, 连珠山镇, 兴凯湖), 双鸭山 (集贤县, 饶河县) and 七台河
(勃利县, 茄子河区); 山东 枣庄 (滕州市, 台儿庄区, 枣庄高新区) and 东营 (利津县, 垦利区, 东营经开区); 广西 北海 (铁山港区, 合浦县,
北海高新区, 北海综合保税区) and 防城港 (东兴市); 青海 海西州 (格尔木市, 德令哈市) and 海南州 (共和县).

Shapes: a 厅 site's report of a 副厅长's 督导 in a city's two county-level cities, with the 厅 一级巡视员, a 座谈会 where the
city's 局长 and two county-level 副市长 report, and the city's 副市长 陪同 at the end (bf01); a 厅长's 调研 with his 副厅长
(bf02); a city paper's 第01版 (``本报讯（记者 …）``) on the same 厅长's visit, where the former 副厅长 is now 市委副书记、市长
(bf03); a 水利厅 site's 检查 by a 副厅长 with a 二级巡视员, and a bare ``高新区管委会副主任`` (bf04); the 水利厅's 厅长 with the
same official, now 一级巡视员 (bf05); an 自治区商务厅 site's 调研 with a 一级巡视员 and a bare ``高新区管委会副主任`` of another
city (bf06); the 商务厅's 厅长 receiving a city's 市长 and his delegation in 南宁 (会见, bf07); a 发改委 site's 调研 led by a
党组成员、副主任 with a 二级巡视员 in an autonomous prefecture (bf08); the same man as 委党组书记、主任 two years later (bf09).

Identity cases:
- bf:邵景瑞, a 厅 official who moves to a city: 黑龙江省交通运输厅党组成员、副厅长 leading the 督导 in 鸡西 (bf01, June 2022)
  and accompanying his 厅长 in 双鸭山 (bf02, April 2023); 七台河市委副书记、市长 receiving the same 厅长 (bf03, Sept 2024).
- bf:鞠洪涛, 黑龙江省交通运输厅党组书记、厅长 in 2023 (bf02, on the 厅's site) and 2024 (bf03, in the 七台河日报: ``省交通运输厅``).
- bf:隋立恒 rises inside one department: 山东省水利厅二级巡视员 (bf04, 2022) → 一级巡视员 (bf05, 2024).
- bf:祁振海 rises inside one department: 青海省发展改革委党组成员、副主任 (bf08, 2023) → 委党组书记、主任 (bf09, 2025).
- bf:覃永康, 广西壮族自治区商务厅党组书记、厅长 in 2023 (bf06) and 2024 (bf07).
- two different 葛文涛: bf:葛文涛#1 is 枣庄市水利局局长 (山东, bf04, 2022); bf:葛文涛#2 is 北海市商务局局长 (广西, bf06, 2023).
- one zone name in two cities: a bare ``高新区管委会副主任`` in 枣庄 (bf04: 枣庄高新区管委会, 芮雅婷) and in 北海 (bf06:
  北海高新区管委会, 殷若菲); and 经开区 in 东营 (bf05, place only).
- 海南州 (青海's 海南藏族自治州, bf09) is not 海南省.
- The editors bf:宋雨桐 (bf01, bf02), bf:邢晓彤 (bf06, bf07), bf:焦书瑶 (bf08, bf09) and the author bf:吴佳音 (bf04, bf05)
  sign two pages each.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z and ak where they speak; decided here where they are silent):
- Bare organs on a department's own site belong to that department of the site's province: ``厅党组成员、副厅长邵景瑞`` on the
  黑龙江省交通运输厅 site → 黑龙江省交通运输厅党组 成员 + 黑龙江省交通运输厅 副厅长; ``厅党组书记、厅长`` → the 厅党组 书记 +
  the 厅 厅长; ``委党组书记、主任`` on the 青海 发改委 site → 青海省发展改革委党组 书记 + 青海省发展改革委 主任.
- DECIDED HERE: the 发改委 is labelled ``青海省发展改革委`` (the short form the site's own links write, ``省发展改革委``, and the
  corpus uses for 江西省发展改革委 and 长治市发展改革委), not the site line's 发展和改革委员会; a prefecture's ``海西州发展改革委``
  likewise → 海西蒙古族藏族自治州发展改革委.
- 党组成员 is a post of the 党组 (part z), also of a 政府党组: ``鸡西市政府党组成员、副市长关凤鸣`` → 鸡西市政府党组 成员 +
  鸡西市政府 副市长. 党组 goes only with 书记 / 成员 written before it.
- Ranks (一级巡视员, 二级巡视员) are posts of the department that holds them (CONVENTIONS; part z): ``厅一级巡视员宁占武`` →
  黑龙江省交通运输厅 一级巡视员; ``厅二级巡视员隋立恒`` → 山东省水利厅 二级巡视员; ``委二级巡视员韩永寿`` → 青海省发展改革委
  二级巡视员. A rank's change (二级 → 一级) is a new post.
- Autonomous regions and prefectures take their full official names (part ak): 自治区商务厅 → 广西壮族自治区商务厅;
  ``海西州政府副州长`` → 海西蒙古族藏族自治州政府 副州长; ``海南州委常委、副州长`` → 海南藏族自治州委 常委 + 海南藏族自治州政府
  副州长. Place rows keep the name as written (海西州, 海南州).
- ``省交通运输厅`` in the 七台河日报 = 黑龙江省交通运输厅; ``市委`` / ``市`` there = 七台河市; ``县委书记房玉宝`` after ``在勃利县``
  → 勃利县委 书记; ``县委副书记、县长葛春来`` after ``在饶河县`` → 饶河县委 / 饶河县政府; ``副县长陆秋燕`` after ``在合浦县`` →
  合浦县政府; ``市委副书记、市长冶成海`` after ``在格尔木市`` → 格尔木市委 / 格尔木市政府 (the county-level city's, not the
  prefecture's). A city's bare ``市交通运输局`` / ``市水务局`` / ``市商务局`` after that city's name in the same sentence is that
  city's.
- A bare zone organ takes the city of the zone the sentence names: ``在枣庄高新区，高新区管委会副主任芮雅婷`` → 枣庄高新区管委会
  副主任; ``在北海高新区，高新区管委会副主任殷若菲`` → 北海高新区管委会 副主任.
- The headline repeats (``邵景瑞副厅长``, ``覃永康厅长``, ``防城港市市长梁仲康``) give no second line; one line per post per page.
- Events: every 调研 / 督导 / 检查 by a 厅 or 委 leader is an ``inspection`` (leader = who 带队 or whose 调研 it is; attendees = who
  一同调研 / 参加 / 陪同 or report on the tour). DECIDED HERE: the 座谈会 held during a tour is a meeting of its own (as part z,
  z08); remarks go to the 座谈会 when they are written in the 座谈会's paragraph, to the inspection otherwise. A 会见 with a
  座谈交流 (bf07) is one meeting, ``meeting (会见座谈)``, whose host and guests are attendees (no chair written).
- Projects are works and parks named as under way or planned (公路改扩建工程, 口岸货运通道改造工程, 客运枢纽项目, 除险加固工程,
  险工改建项目, 再生水利用工程, 产业园, 储能示范项目, 光热发电二期项目, 抽水蓄能电站项目); DECIDED HERE: a generic road written
  with only its place (``茄子河区旅游公路``) and a 养护站 are not projects; a 边民互市贸易区 is a place (trade zone), its
  边境贸易加工产业园 an industrial_park.
- Places: one line per name per file, places in titles, project names and organ references count; site lines, footers,
  the 上一篇 / 下一篇 links (e.g. 崇左市 in bf07) and the site's address are not annotated. Roads named by number (G331) are a road.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bf01_jixi.txt": (2022, "发布时间：2022-06-17 15:42", "黑龙江省", [
        ("邵景瑞副厅长带队赴鸡西市督导国省干线公路建设和农村公路“路长制”工作", "6月15日至16日", "2022-06-15", "6月15日至16日，厅党组成员",
         "厅 site: a 副厅长's 督导 in 鸡西 with the 厅 一级巡视员; 座谈会 with the city's 局长 and two county-level 副市长")]),
    "bf02_shuangyashan.txt": (2023, "发布时间：2023-04-20 09:18", "黑龙江省", [
        ("鞠洪涛到双鸭山市调研交通运输重点工作", "4月18日至19日", "2023-04-18", "4月18日至19日，厅党组书记",
         "厅 site: the 厅长's 调研 with his 副厅长; 市长 and 交通运输局局长 at the 座谈会")]),
    "bf03_qitaihe.txt": (2024, "2024年9月12日　星期四", "七台河市", [
        ("省交通运输厅来我市调研", "9月11日", "2024-09-11", "本报讯（记者 闫冬雪）9月11日",
         "city paper: the 厅长's 调研; the former 副厅长 now 市委副书记、市长")]),
    "bf04_zaozhuang.txt": (2022, "发布日期：2022-06-09 17:26", "山东省", [
        ("鲁振邦带队赴枣庄市检查防汛备汛工作", "6月7日至8日", "2022-06-07", "6月7日至8日，厅党组成员",
         "水利厅 site: a 副厅长's 检查 with a 二级巡视员; bare 高新区管委会 in 枣庄")]),
    "bf05_dongying.txt": (2024, "发布日期：2024-05-23 10:05", "山东省", [
        ("闵昭华到东营市调研黄河下游防洪和深度节水控水工作", "5月21日至22日", "2024-05-21", "5月21日至22日，厅党组书记",
         "水利厅 site: the 厅长's 调研 with the former 二级巡视员, now 一级巡视员")]),
    "bf06_beihai.txt": (2023, "发布时间：2023-03-16 16:48", "广西壮族自治区", [
        ("覃永康厅长赴北海市调研外贸稳规模优结构工作", "3月14日至15日", "2023-03-14", "3月14日至15日，厅党组书记",
         "自治区商务厅 site: the 厅长's 调研 with a 一级巡视员; bare 高新区管委会 in 北海; 座谈会")]),
    "bf07_fangchenggang.txt": (2024, "发布时间：2024-07-10 11:20", "广西壮族自治区", [
        ("覃永康会见防城港市市长梁仲康一行", "7月9日", "2024-07-09", "7月9日，厅党组书记",
         "自治区商务厅 site: the 厅长 receives a city's 市长 and delegation (会见, 座谈交流)")]),
    "bf08_geermu.txt": (2023, "发布时间：2023-08-25 17:36", "青海省", [
        ("祁振海带队赴海西州调研清洁能源和盐湖产业重点项目", "8月22日至24日", "2023-08-22", "8月22日至24日，委党组成员",
         "发改委 site: a 党组成员、副主任's 调研 in an autonomous prefecture with a 二级巡视员; 座谈会")]),
    "bf09_gonghe.txt": (2025, "发布时间：2025-04-17 18:02", "青海省", [
        ("祁振海到海南州调研国家大型风电光伏基地建设工作", "4月15日至16日", "2025-04-15", "4月15日至16日，委党组书记",
         "发改委 site: the same man, now 委党组书记、主任; 海南州 (青海), not 海南省")]),
}

_HLJ = "黑龙江省交通运输厅"
_SD = "山东省水利厅"
_GX = "广西壮族自治区商务厅"
_QH = "青海省发展改革委"
_HX = "海西蒙古族藏族自治州"
_HN = "海南藏族自治州"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 黑龙江
    "bf:邵景瑞": ("邵景瑞", "official", "黑龙江省", [
        ("bf01", _HLJ + "党组", "成员", "厅党组成员、副厅长邵景瑞带队赴鸡西市", "2022-06; bare 厅 on the 厅's own site; named in the headline too"),
        ("bf01", _HLJ, "副厅长", "厅党组成员、副厅长邵景瑞带队赴鸡西市", None),
        ("bf02", _HLJ + "党组", "成员", "厅党组成员、副厅长邵景瑞一同调研", "2023-04: the same posts"),
        ("bf02", _HLJ, "副厅长", "厅党组成员、副厅长邵景瑞一同调研", None),
        ("bf03", "七台河市委", "副书记", "市委副书记、市长邵景瑞", "2024-09: moved to 七台河 (identity case: the former 副厅长)"),
        ("bf03", "七台河市政府", "市长", "市委副书记、市长邵景瑞", None)], []),
    "bf:宁占武": ("宁占武", "official", "黑龙江省", [
        ("bf01", _HLJ, "一级巡视员", "厅一级巡视员宁占武", "rank as a post of the department")], []),
    "bf:庞立成": ("庞立成", "official", "鸡西市", [
        ("bf01", "鸡西市交通运输局", "局长", "鸡西市交通运输局局长庞立成", None)], []),
    "bf:耿雪峰": ("耿雪峰", "official", "密山市", [
        ("bf01", "密山市政府", "副市长", "密山市副市长耿雪峰", "county-level city's 副市长")], []),
    "bf:苏振江": ("苏振江", "official", "虎林市", [
        ("bf01", "虎林市委", "常委", "虎林市委常委、常务副市长苏振江", None),
        ("bf01", "虎林市政府", "常务副市长", "虎林市委常委、常务副市长苏振江", None)], []),
    "bf:关凤鸣": ("关凤鸣", "official", "鸡西市", [
        ("bf01", "鸡西市政府党组", "成员", "鸡西市政府党组成员、副市长关凤鸣陪同督导", "党组成员 of the 政府党组"),
        ("bf01", "鸡西市政府", "副市长", "鸡西市政府党组成员、副市长关凤鸣陪同督导", None)], []),
    "bf:宋雨桐": ("宋雨桐", "editor", "黑龙江省交通运输厅", [], ["bf01", "bf02"]),
    "bf:鞠洪涛": ("鞠洪涛", "official", "黑龙江省", [
        ("bf02", _HLJ + "党组", "书记", "厅党组书记、厅长鞠洪涛到双鸭山市调研", "2023-04; named in the headline too"),
        ("bf02", _HLJ, "厅长", "厅党组书记、厅长鞠洪涛到双鸭山市调研", None),
        ("bf03", _HLJ + "党组", "书记", "省交通运输厅党组书记、厅长鞠洪涛一行来我市调研", "2024-09: 省 in a 七台河 paper = 黑龙江省"),
        ("bf03", _HLJ, "厅长", "省交通运输厅党组书记、厅长鞠洪涛一行来我市调研", None)], []),
    "bf:葛春来": ("葛春来", "official", "饶河县", [
        ("bf02", "饶河县委", "副书记", "在饶河县，县委副书记、县长葛春来", "bare 县 after 在饶河县"),
        ("bf02", "饶河县政府", "县长", "在饶河县，县委副书记、县长葛春来", None)], []),
    "bf:包宏斌": ("包宏斌", "official", "双鸭山市", [
        ("bf02", "双鸭山市委", "副书记", "双鸭山市委副书记、市长包宏斌", None),
        ("bf02", "双鸭山市政府", "市长", "双鸭山市委副书记、市长包宏斌", None)], []),
    "bf:吕德志": ("吕德志", "official", "双鸭山市", [
        ("bf02", "双鸭山市交通运输局党组", "书记", "市交通运输局党组书记、局长吕德志", "市 after 双鸭山市委… in the same sentence"),
        ("bf02", "双鸭山市交通运输局", "局长", "市交通运输局党组书记、局长吕德志", None)], []),
    "bf:曲志龙": ("曲志龙", "official", "七台河市", [
        ("bf03", "七台河市委", "常委", "市委常委、副市长曲志龙", None),
        ("bf03", "七台河市政府", "副市长", "市委常委、副市长曲志龙", None)], []),
    "bf:房玉宝": ("房玉宝", "official", "勃利县", [
        ("bf03", "勃利县委", "书记", "在勃利县，县委书记房玉宝", "bare 县委 after 在勃利县")], []),
    "bf:闫冬雪": ("闫冬雪", "reporter", "七台河日报", [], ["bf03"]),
    "bf:卜晓岚": ("卜晓岚", "editor", "七台河日报", [], ["bf03"]),
    # ---- 山东
    "bf:鲁振邦": ("鲁振邦", "official", "山东省", [
        ("bf04", _SD + "党组", "成员", "厅党组成员、副厅长鲁振邦带队赴枣庄市", "bare 厅 on the 水利厅's own site; named in the headline too"),
        ("bf04", _SD, "副厅长", "厅党组成员、副厅长鲁振邦带队赴枣庄市", None)], []),
    "bf:隋立恒": ("隋立恒", "official", "山东省", [
        ("bf04", _SD, "二级巡视员", "厅二级巡视员隋立恒参加检查", "2022-06: rank as a post of the department"),
        ("bf05", _SD, "一级巡视员", "厅一级巡视员隋立恒一同调研", "2024-05: promoted to 一级巡视员 (identity case)")], []),
    "bf:芮雅婷": ("芮雅婷", "official", "枣庄高新区", [
        ("bf04", "枣庄高新区管委会", "副主任", "高新区管委会副主任芮雅婷", "bare 高新区 after 在枣庄高新区 (zone name shared with 北海, bf06)")], []),
    "bf:葛文涛#1": ("葛文涛", "official", "枣庄市", [
        ("bf04", "枣庄市水利局", "局长", "枣庄市水利局局长葛文涛", "枣庄 (山东); not the 葛文涛 of 北海 (bf06)")], []),
    "bf:桑玉梅": ("桑玉梅", "official", "滕州市", [
        ("bf04", "滕州市政府", "副市长", "滕州市副市长桑玉梅", "county-level city's 副市长")], []),
    "bf:褚宏亮": ("褚宏亮", "official", "枣庄市", [
        ("bf04", "枣庄市政府", "副市长", "枣庄市政府副市长褚宏亮陪同检查", None)], []),
    "bf:吴佳音": ("吴佳音", "author", "山东省水利厅", [], ["bf04", "bf05"]),
    "bf:闵昭华": ("闵昭华", "official", "山东省", [
        ("bf05", _SD + "党组", "书记", "厅党组书记、厅长闵昭华到东营市调研", "named in the headline too"),
        ("bf05", _SD, "厅长", "厅党组书记、厅长闵昭华到东营市调研", None)], []),
    "bf:薄立新": ("薄立新", "official", "利津县", [
        ("bf05", "利津县委", "副书记", "在利津县，县委副书记、县长薄立新", "bare 县 after 在利津县"),
        ("bf05", "利津县政府", "县长", "在利津县，县委副书记、县长薄立新", None)], []),
    "bf:巩志鹏": ("巩志鹏", "official", "东营市", [
        ("bf05", "东营市委", "常委", "东营市委常委、副市长巩志鹏", None),
        ("bf05", "东营市政府", "副市长", "东营市委常委、副市长巩志鹏", None)], []),
    "bf:岳海宁": ("岳海宁", "official", "东营市", [
        ("bf05", "东营市水务局", "局长", "市水务局局长岳海宁", "市 after 东营市委常委… in the same sentence")], []),
    # ---- 广西
    "bf:覃永康": ("覃永康", "official", "广西壮族自治区", [
        ("bf06", _GX + "党组", "书记", "厅党组书记、厅长覃永康赴北海市调研", "2023-03; named in the headline too"),
        ("bf06", _GX, "厅长", "厅党组书记、厅长覃永康赴北海市调研", None),
        ("bf07", _GX + "党组", "书记", "厅党组书记、厅长覃永康在南宁会见了", "2024-07: the same posts"),
        ("bf07", _GX, "厅长", "厅党组书记、厅长覃永康在南宁会见了", None)], []),
    "bf:蒙志成": ("蒙志成", "official", "广西壮族自治区", [
        ("bf06", _GX, "一级巡视员", "厅一级巡视员蒙志成", "rank as a post of the department")], []),
    "bf:殷若菲": ("殷若菲", "official", "北海高新区", [
        ("bf06", "北海高新区管委会", "副主任", "高新区管委会副主任殷若菲", "bare 高新区 after 在北海高新区 (zone name shared with 枣庄, bf04)")], []),
    "bf:陆秋燕": ("陆秋燕", "official", "合浦县", [
        ("bf06", "合浦县政府", "副县长", "副县长陆秋燕", "bare 副县长 after 在合浦县")], []),
    "bf:葛文涛#2": ("葛文涛", "official", "北海市", [
        ("bf06", "北海市商务局", "局长", "北海市商务局局长葛文涛", "北海 (广西); not the 葛文涛 of 枣庄 (bf04)")], []),
    "bf:黎春晖": ("黎春晖", "official", "北海市", [
        ("bf06", "北海市委", "常委", "北海市委常委、副市长黎春晖陪同调研", None),
        ("bf06", "北海市政府", "副市长", "北海市委常委、副市长黎春晖陪同调研", None)], []),
    "bf:邢晓彤": ("邢晓彤", "editor", "广西壮族自治区商务厅", [], ["bf06", "bf07"]),
    "bf:梁仲康": ("梁仲康", "official", "防城港市", [
        ("bf07", "防城港市委", "副书记", "防城港市委副书记、市长梁仲康一行", "visitor; the headline's 防城港市市长 gives no second line"),
        ("bf07", "防城港市政府", "市长", "防城港市委副书记、市长梁仲康一行", None)], []),
    "bf:韦丽萍": ("韦丽萍", "official", "广西壮族自治区", [
        ("bf07", _GX + "党组", "成员", "厅党组成员、副厅长韦丽萍参加会见", "also named in the 下一篇 link (chrome)"),
        ("bf07", _GX, "副厅长", "厅党组成员、副厅长韦丽萍参加会见", None)], []),
    "bf:邓启航": ("邓启航", "official", "防城港市", [
        ("bf07", "防城港市商务局", "局长", "防城港市商务局局长邓启航", None)], []),
    "bf:莫建勇": ("莫建勇", "official", "东兴市", [
        ("bf07", "东兴市委", "副书记", "东兴市委副书记、市长莫建勇", "county-level city in 防城港"),
        ("bf07", "东兴市政府", "市长", "东兴市委副书记、市长莫建勇", None)], []),
    # ---- 青海
    "bf:祁振海": ("祁振海", "official", "青海省", [
        ("bf08", _QH + "党组", "成员", "委党组成员、副主任祁振海带队赴海西州", "2023-08; bare 委 on the 发改委's own site; named in the headline too"),
        ("bf08", _QH, "副主任", "委党组成员、副主任祁振海带队赴海西州", None),
        ("bf09", _QH + "党组", "书记", "委党组书记、主任祁振海到海南州调研", "2025-04: now the 委's head (identity case)"),
        ("bf09", _QH, "主任", "委党组书记、主任祁振海到海南州调研", None)], []),
    "bf:韩永寿": ("韩永寿", "official", "青海省", [
        ("bf08", _QH, "二级巡视员", "委二级巡视员韩永寿", "rank as a post of the department")], []),
    "bf:冶成海": ("冶成海", "official", "格尔木市", [
        ("bf08", "格尔木市委", "副书记", "在格尔木市，市委副书记、市长冶成海", "bare 市委 after 在格尔木市 = the county-level city"),
        ("bf08", "格尔木市政府", "市长", "在格尔木市，市委副书记、市长冶成海", None)], []),
    "bf:马德俊": ("马德俊", "official", _HX, [
        ("bf08", _HX + "发展改革委", "主任", "海西州发展改革委主任马德俊", "海西州 → full official name")], []),
    "bf:朵宏业": ("朵宏业", "official", _HX, [
        ("bf08", _HX + "政府", "副州长", "海西州政府副州长朵宏业陪同调研", None)], []),
    "bf:焦书瑶": ("焦书瑶", "editor", "青海省发展和改革委员会", [], ["bf08", "bf09"]),
    "bf:牟思远": ("牟思远", "official", "青海省", [
        ("bf09", _QH + "党组", "成员", "委党组成员、副主任牟思远一同调研", None),
        ("bf09", _QH, "副主任", "委党组成员、副主任牟思远一同调研", None)], []),
    "bf:阮梦琪": ("阮梦琪", "official", "共和县", [
        ("bf09", "共和县委", "副书记", "共和县委副书记、县长阮梦琪", None),
        ("bf09", "共和县政府", "县长", "共和县委副书记、县长阮梦琪", None)], []),
    "bf:席晓蕾": ("席晓蕾", "official", _HN, [
        ("bf09", _HN + "委", "常委", "海南州委常委、副州长席晓蕾", "海南州 (青海) → 海南藏族自治州, not 海南省"),
        ("bf09", _HN + "政府", "副州长", "海南州委常委、副州长席晓蕾", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bf01", "宋雨桐", "责任编辑", "editor", "责任编辑：宋雨桐"),
    ("bf02", "宋雨桐", "责任编辑", "editor", "责任编辑：宋雨桐"),
    ("bf03", "闫冬雪", "记者", "reporter", "本报讯（记者 闫冬雪）"),
    ("bf03", "卜晓岚", "编辑", "editor", "（编辑：卜晓岚）"),
    ("bf04", "吴佳音", "供稿", "author", "（供稿：水旱灾害防御处 吴佳音）"),
    ("bf05", "吴佳音", "供稿", "author", "（供稿：厅办公室 吴佳音）"),
    ("bf06", "邢晓彤", "责任编辑", "editor", "责任编辑：邢晓彤"),
    ("bf07", "邢晓彤", "责任编辑", "editor", "责任编辑：邢晓彤"),
    ("bf08", "焦书瑶", "责任编辑", "editor", "责任编辑：焦书瑶"),
    ("bf09", "焦书瑶", "责任编辑", "editor", "责任编辑：焦书瑶"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bf01", "国省干线公路建设和农村公路“路长制”工作督导", "inspection (督导)", "6月15日至16日", None, "邵景瑞", [],
     ["宁占武", "关凤鸣", "庞立成", "耿雪峰", "苏振江"], ["邵景瑞", "宁占武"], "鸡西市",
     "厅党组成员、副厅长邵景瑞带队赴鸡西市，督导国省干线公路建设和农村公路“路长制”落实工作",
     ["副厅长邵景瑞带队赴鸡西市", "厅一级巡视员宁占武", "邵景瑞指出", "宁占武就汛期公路水毁防范", "副市长关凤鸣陪同督导"]),
    ("bf01", "座谈会", "meeting (座谈会)", "6月15日至16日", None, None, [],
     [], ["庞立成", "耿雪峰", "苏振江"], None,
     "在随后召开的座谈会上，鸡西市交通运输局局长庞立成汇报了",
     ["局长庞立成汇报了", "密山市副市长耿雪峰", "常务副市长苏振江分别介绍了"]),
    ("bf02", "交通运输重点工作调研", "inspection (调研)", "4月18日至19日", None, "鞠洪涛", [],
     ["邵景瑞", "葛春来", "包宏斌", "吕德志"], ["葛春来", "鞠洪涛", "邵景瑞"], "双鸭山市",
     "4月18日至19日，厅党组书记、厅长鞠洪涛到双鸭山市调研交通运输重点工作",
     ["厅长鞠洪涛到双鸭山市调研", "副厅长邵景瑞一同调研", "县长葛春来介绍了", "鞠洪涛充分肯定了", "邵景瑞就项目前期工作"]),
    ("bf02", "工作座谈会", "meeting (座谈会)", "4月18日至19日", None, None, [],
     [], ["包宏斌", "吕德志"], None,
     "调研期间召开了工作座谈会。",
     ["市长包宏斌介绍了", "局长吕德志汇报了"]),
    ("bf03", "省交通运输厅调研", "inspection (调研)", "9月11日", None, "鞠洪涛", [],
     ["邵景瑞", "曲志龙", "房玉宝"], ["房玉宝"], "七台河市",
     "9月11日，省交通运输厅党组书记、厅长鞠洪涛一行来我市调研交通运输发展工作",
     ["厅长鞠洪涛一行来我市调研", "市长邵景瑞，市委常委、副市长曲志龙陪同调研", "县委书记房玉宝介绍了"]),
    ("bf03", "座谈会", "meeting (座谈会)", "9月11日", None, None, [],
     [], ["邵景瑞", "鞠洪涛"], None,
     "在随后召开的座谈会上，邵景瑞代表市委、市政府",
     ["邵景瑞代表市委、市政府", "鞠洪涛表示"]),
    ("bf04", "防汛备汛工作检查", "inspection (检查)", "6月7日至8日", None, "鲁振邦", [],
     ["隋立恒", "芮雅婷", "葛文涛", "桑玉梅", "褚宏亮"], ["芮雅婷", "葛文涛", "桑玉梅", "鲁振邦", "隋立恒"], "枣庄市",
     "厅党组成员、副厅长鲁振邦带队赴枣庄市，采取“四不两直”方式检查防汛备汛和小型水库安全度汛工作",
     ["副厅长鲁振邦带队赴枣庄市", "厅二级巡视员隋立恒参加检查", "副主任芮雅婷介绍了", "局长葛文涛汇报了", "副市长桑玉梅介绍了",
      "鲁振邦强调", "隋立恒就山洪灾害", "副市长褚宏亮陪同检查"]),
    ("bf05", "黄河下游防洪和深度节水控水工作调研", "inspection (调研)", "5月21日至22日", None, "闵昭华", [],
     ["隋立恒", "薄立新", "巩志鹏", "岳海宁"], ["薄立新", "巩志鹏", "岳海宁", "闵昭华", "隋立恒"], "东营市",
     "厅党组书记、厅长闵昭华到东营市调研黄河下游防洪和深度节水控水工作",
     ["厅长闵昭华到东营市调研", "厅一级巡视员隋立恒一同调研", "县长薄立新介绍了", "副市长巩志鹏，市水务局局长岳海宁汇报了",
      "闵昭华指出", "隋立恒就沿黄灌区"]),
    ("bf06", "外贸稳规模优结构工作调研", "inspection (调研)", "3月14日至15日", None, "覃永康", [],
     ["蒙志成", "殷若菲", "陆秋燕", "葛文涛", "黎春晖"], ["殷若菲", "陆秋燕"], "北海市",
     "厅党组书记、厅长覃永康赴北海市调研外贸稳规模优结构和加工贸易产业发展工作",
     ["厅长覃永康赴北海市调研", "厅一级巡视员蒙志成", "副主任殷若菲介绍了", "副县长陆秋燕介绍了", "副市长黎春晖陪同调研"]),
    ("bf06", "座谈会", "meeting (座谈会)", "3月14日至15日", None, None, [],
     [], ["葛文涛", "覃永康", "蒙志成"], None,
     "调研期间召开座谈会，北海市商务局局长葛文涛汇报了",
     ["局长葛文涛汇报了", "覃永康指出", "蒙志成就用好外贸发展专项资金"]),
    ("bf07", "会见防城港市市长一行并座谈", "meeting (会见座谈)", "7月9日", None, None, [],
     ["覃永康", "梁仲康", "韦丽萍", "邓启航", "莫建勇"], ["梁仲康", "覃永康"], "南宁",
     "厅党组书记、厅长覃永康在南宁会见了防城港市委副书记、市长梁仲康一行",
     ["厅长覃永康在南宁会见了", "市长梁仲康一行", "副厅长韦丽萍参加会见", "梁仲康感谢", "覃永康表示",
      "局长邓启航，东兴市委副书记、市长莫建勇"]),
    ("bf08", "清洁能源和盐湖产业重点项目调研", "inspection (调研)", "8月22日至24日", None, "祁振海", [],
     ["韩永寿", "冶成海", "朵宏业", "马德俊"], ["冶成海"], "海西州",
     "委党组成员、副主任祁振海带队赴海西州，调研清洁能源和盐湖产业重点项目建设情况",
     ["副主任祁振海带队赴海西州", "委二级巡视员韩永寿", "市长冶成海介绍了", "副州长朵宏业陪同调研"]),
    ("bf08", "座谈会", "meeting (座谈会)", "8月22日至24日", None, None, [],
     [], ["马德俊", "祁振海", "韩永寿"], "德令哈市",
     "在德令哈市召开的座谈会上，海西州发展改革委主任马德俊汇报了",
     ["主任马德俊汇报了", "祁振海指出", "韩永寿就做好项目调度"]),
    ("bf09", "国家大型风电光伏基地建设工作调研", "inspection (调研)", "4月15日至16日", None, "祁振海", [],
     ["牟思远", "阮梦琪", "席晓蕾"], ["阮梦琪"], "海南州",
     "委党组书记、主任祁振海到海南州调研国家大型风电光伏基地建设",
     ["主任祁振海到海南州调研", "副主任牟思远一同调研", "县长阮梦琪介绍了"]),
    ("bf09", "座谈会", "meeting (座谈会)", "4月15日至16日", None, None, [],
     [], ["席晓蕾", "祁振海", "牟思远"], None,
     "座谈会上，海南州委常委、副州长席晓蕾汇报了",
     ["副州长席晓蕾汇报了", "祁振海强调", "牟思远就项目要素保障"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bf01", "G331密山至虎林段公路改扩建工程", "infrastructure_project", "实地察看了G331密山至虎林段公路改扩建工程"),
    ("bf01", "兴凯湖旅游公路提档升级工程", "infrastructure_project", "兴凯湖旅游公路提档升级工程施工现场"),
    ("bf02", "集贤县农村公路窄路加宽工程", "infrastructure_project", "察看了集贤县农村公路窄路加宽工程"),
    ("bf02", "饶河口岸货运通道改造工程", "infrastructure_project", "饶河口岸货运通道改造工程和双鸭山综合客运枢纽项目"),
    ("bf02", "双鸭山综合客运枢纽项目", "infrastructure_project", "饶河口岸货运通道改造工程和双鸭山综合客运枢纽项目"),
    ("bf03", "勃利至七台河一级公路改扩建工程", "infrastructure_project", "实地察看了勃利至七台河一级公路改扩建工程"),
    ("bf03", "七台河煤炭物流园区铁路专用线项目", "infrastructure_project", "七台河煤炭物流园区铁路专用线项目"),
    ("bf04", "岩马水库除险加固工程", "engineering_work", "介绍了岩马水库除险加固工程进展"),
    ("bf05", "垦利区黄河防洪工程险工改建项目", "engineering_work", "垦利区黄河防洪工程险工改建项目"),
    ("bf05", "经开区再生水利用工程", "infrastructure_project", "经开区再生水利用工程"),
    ("bf06", "北海高新区智能终端产业园二期", "industrial_park", "北海高新区智能终端产业园二期建设情况"),
    ("bf06", "合浦县跨境电商产业园", "industrial_park", "察看了合浦县跨境电商产业园"),
    ("bf07", "东兴边境贸易加工产业园", "industrial_park", "东兴边民互市贸易区和东兴边境贸易加工产业园"),
    ("bf08", "察尔汗盐湖综合利用产业园", "industrial_park", "深入察尔汗盐湖综合利用产业园"),
    ("bf08", "格尔木多能互补储能示范项目", "project", "格尔木多能互补储能示范项目和德令哈光热发电二期项目现场"),
    ("bf08", "德令哈光热发电二期项目", "project", "格尔木多能互补储能示范项目和德令哈光热发电二期项目现场"),
    ("bf09", "塔拉滩生态光伏园区", "industrial_park", "来到共和县塔拉滩生态光伏园区"),
    ("bf09", "海南州千万千瓦级新能源基地二期项目", "project", "察看了海南州千万千瓦级新能源基地二期项目"),
    ("bf09", "龙羊峡抽水蓄能电站项目", "infrastructure_project", "龙羊峡抽水蓄能电站项目前期工作"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bf01", "鸡西市", "city", "standalone", "带队赴鸡西市，督导国省干线公路建设"),
    ("bf01", "密山市", "county_level_city", "standalone", "督导组先后深入密山市、虎林市"),
    ("bf01", "虎林市", "county_level_city", "standalone", "督导组先后深入密山市、虎林市"),
    ("bf01", "G331", "road", "in_project_name", "实地察看了G331密山至虎林段公路改扩建工程"),
    ("bf01", "兴凯湖", "lake", "in_project_name", "兴凯湖旅游公路提档升级工程施工现场"),
    ("bf01", "连珠山镇", "town", "standalone", "走访了密山市连珠山镇农村公路养护站"),
    ("bf02", "双鸭山市", "city", "standalone", "到双鸭山市调研交通运输重点工作"),
    ("bf02", "集贤县", "county", "standalone", "鞠洪涛一行先后来到集贤县、饶河县"),
    ("bf02", "饶河县", "county", "standalone", "鞠洪涛一行先后来到集贤县、饶河县"),
    ("bf02", "饶河口岸", "port", "in_project_name", "饶河口岸货运通道改造工程和双鸭山综合客运枢纽项目"),
    ("bf03", "勃利县", "county", "standalone", "调研组先后来到勃利县、茄子河区"),
    ("bf03", "茄子河区", "district", "standalone", "调研组先后来到勃利县、茄子河区"),
    ("bf03", "七台河", "city", "standalone", "给予七台河的支持表示感谢"),
    ("bf04", "枣庄市", "city", "standalone", "带队赴枣庄市，采取“四不两直”方式"),
    ("bf04", "滕州市", "county_level_city", "standalone", "检查组先后深入滕州市岩马水库"),
    ("bf04", "岩马水库", "reservoir", "standalone", "检查组先后深入滕州市岩马水库"),
    ("bf04", "台儿庄区", "district", "standalone", "台儿庄区韩庄运河堤防"),
    ("bf04", "韩庄运河", "river", "standalone", "台儿庄区韩庄运河堤防"),
    ("bf04", "枣庄高新区", "development_zone", "standalone", "在枣庄高新区，高新区管委会副主任芮雅婷"),
    ("bf05", "东营市", "city", "standalone", "到东营市调研黄河下游防洪"),
    ("bf05", "利津县", "county", "standalone", "先后来到利津县、垦利区和东营经开区"),
    ("bf05", "垦利区", "district", "standalone", "先后来到利津县、垦利区和东营经开区"),
    ("bf05", "东营经开区", "development_zone", "standalone", "先后来到利津县、垦利区和东营经开区"),
    ("bf05", "黄河", "river", "standalone", "详细了解黄河防汛准备"),
    ("bf05", "黄河三角洲", "region", "standalone", "为黄河三角洲高质量发展提供水安全保障"),
    ("bf06", "北海市", "city", "standalone", "赴北海市调研外贸稳规模优结构"),
    ("bf06", "北海综合保税区", "development_zone", "standalone", "调研组深入北海综合保税区、北海高新区和铁山港区"),
    ("bf06", "北海高新区", "development_zone", "standalone", "调研组深入北海综合保税区、北海高新区和铁山港区"),
    ("bf06", "铁山港区", "district", "standalone", "调研组深入北海综合保税区、北海高新区和铁山港区"),
    ("bf06", "合浦县", "county", "standalone", "在合浦县，调研组察看了"),
    ("bf07", "南宁", "city", "standalone", "覃永康在南宁会见了"),
    ("bf07", "防城港", "city", "standalone", "防城港是我区沿海沿边开放的重要门户"),
    ("bf07", "东兴边民互市贸易区", "trade_zone", "standalone", "加快建设东兴边民互市贸易区"),
    ("bf07", "东兴市", "county_level_city", "in_title", "东兴市委副书记、市长莫建勇"),
    ("bf08", "海西州", "prefecture", "standalone", "带队赴海西州，调研清洁能源"),
    ("bf08", "格尔木市", "county_level_city", "standalone", "调研组先后来到格尔木市、德令哈市"),
    ("bf08", "德令哈市", "county_level_city", "standalone", "调研组先后来到格尔木市、德令哈市"),
    ("bf08", "察尔汗盐湖", "lake", "in_project_name", "深入察尔汗盐湖综合利用产业园"),
    ("bf09", "海南州", "prefecture", "standalone", "到海南州调研国家大型风电光伏基地建设和"),
    ("bf09", "共和县", "county", "standalone", "来到共和县塔拉滩生态光伏园区"),
    ("bf09", "塔拉滩", "area", "in_project_name", "来到共和县塔拉滩生态光伏园区"),
    ("bf09", "龙羊峡", "gorge", "in_project_name", "龙羊峡抽水蓄能电站项目前期工作"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bf", conventions="set bf (blind set: provincial departments' own sites — 黑龙江省交通运输厅, 山东省水利厅, 广西壮族自治区商务厅, 青海省发展改革委 — and a city paper: 厅长 / 主任, 副厅长 / 副主任 with 党组 posts (bare 厅 / 委 = the site's department of its province), 一级巡视员 / 二级巡视员 as posts of their department, 调研 / 督导 / 检查 inspections in cities and counties with a 座谈会 of their own, a 会见 of a city's delegation; a 副厅长 who becomes a city's 市长; autonomous regions and prefectures by their full names)",
          persons_note="Set bf persons. id = corpus-wide person_id (bf:葛文涛#1 of 枣庄 and bf:葛文涛#2 of 北海 are two people; bf:邵景瑞 黑龙江省交通运输厅副厅长 2022–2023 → 七台河市长 2024; bf:隋立恒 山东省水利厅二级巡视员 2022 → 一级巡视员 2024; bf:祁振海 青海省发展改革委副主任 2023 → 主任 2025)")


if __name__ == "__main__":
    main()
