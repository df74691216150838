"""Write gold part ``ar`` (a blind set: 两会 pages of cities and counties, 人代会 代表团审议, 政协 分组讨论, 主席团会议)
from the tables below.

Pages ``tests/dev/texts/ar*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 庆元 county-news page ``县委副书记、代县长…以普通代表的身份先后来到人大
第一代表团和第二代表团，与代表们共同审议《政府工作报告》`` with ``…等代表先后发言``; a county page ``县人大常委会主任…，县委常委、
纪委书记…来到第八代表团，与代表们一起审议政府工作报告``; 宁陕, 秦安, 渠县, 睢县 and another county's 人代会 主席团第一次会议
(``推选了主席团常务主席；通过了…执行主席分组名单…``, ``县委常委、组织部长…宣读了县委关于候选人的建议名单并作说明``); a 德清
主席团第四次会议 and a 慈溪 主席团第二次会议 (``代市长…作表态发言``); 竹山, 彰武, 黟县 and 民权 政协 分组讨论 pages (``县政协
副主席…分别参加了各组讨论``, ``来自官渡镇的政协委员…说``); a 濮阳日报 市政协 分组讨论 (``本报讯（记者 …）``); a 南通 and a
滁州 page of 市领导 看望代表; a 县政协 会议 visit by the 县委书记 and 县长 with ``全媒体记者 / 编辑 / 编审`` credits). Places are real
and new to the corpus: 江苏 淮安 (the 淮安日报 twice, the 市政府 site, the 市政协 site; 涟水县 with 高沟镇 and 保滩街道, 淮安经开区),
涟水县 (its government site twice), 四川 宜宾 江安县 (its government site twice; 江安镇, 红桥镇) and 安徽 宣城 (the 宣城日报;
宣城经开区, 宣州区).

Shapes: a city paper's 第A01版 on the 市委书记 参加 a county's 代表团审议 with the county's 书记, 县长, a 镇党委书记 and two 代表
named bare (ar01); the 市政府 site on the 市长 参加 the 经开区 代表团 with a 副市长 and the 市政府秘书长 (ar02); a county site's
人代会 主席团第一次会议 chaired by the 县人大常委会主任, 组织部部长 作说明 (ar03); the 市政协 site on 市领导 参加 分组讨论 in several
界别 groups, 委员 named bare (ar04); the city paper's 两会特刊 a year later, 昨日下午 against the edition date, with the 经开区's new
leaders (ar05); the county site a year later: the former 县长 now 县委书记 参加 a town's 代表团, and the new 代县长 in another
代表团 the same day (ar06); a county site on 县领导 参加 政协 分组讨论, a 镇长 speaking as 委员 (ar07); the county site a year later
with the 县长 now 县委书记 and the 常务副县长 now 代县长, each in a town's 代表团 (ar08); another city paper on the 市委书记 in the
宣城经开区 代表团, its 党工委书记 a 市委常委 (ar09).

Identity cases:
- ar:卜正阳, a 县长 who becomes 县委书记: 涟水县委副书记、县长 in the 涟水县代表团 of the city's 人代会 (ar01, Jan 2023) and at
  the county's 主席团会议 (ar03, Feb 2023); 县委书记 in the 高沟镇代表团 (ar06, Jan 2024). His predecessor ar:戚宏伟 is 涟水县委书记
  in 2023 (ar01, ar03).
- ar:管志强#1 moves from a zone to the city government: 淮安经开区党工委书记 (ar02, Jan 2023); 副市长 (ar04, ar05, Jan 2024).
  ar:庞立骞 rises inside the zone: 党工委副书记、管委会主任 (ar02, 2023) → 党工委书记 (ar05, 2024). ar:邰海明 moves from 市政府
  秘书长 (ar02, 2023) to 淮安经开区党工委副书记、管委会主任 (ar05, 2024).
- two different 管志强: ar:管志强#1 of 淮安 (江苏) and ar:管志强#2, 江安县政协副主席 (四川, ar07, Feb 2023).
- 江安县: ar:袁兴华 县委副书记、县长 (ar07, 2023) → 县委书记 (ar08, 2024); ar:宋启航 县委常委、常务副县长 (ar07) → 县委副书记、
  代县长 (ar08); ar:谭明轩 江安镇党委副书记、镇长 as 委员 (ar07) and as 代表 (ar08), the same post.
- the same officials across years: ar:岑立达 (淮安市委书记, ar01 2023, ar05 2024), ar:聂文渊 (市委副书记、市长, ar02 2023, ar04
  2024), ar:季春燕 (高沟镇党委书记, ar01 2023, ar06 2024); the delegate ar:柳宗瀚 (named only as 代表, ar02, ar05).
- one zone name in two cities: 淮安经开区 (ar02, ar04, ar05) and 宣城经开区 (ar09); both written with their city. A bare
  ``经开区`` on ar05 (``经开区锂电池产业园二期``, ``经开区是全市…``) is 淮安's.
- the reporter ar:沈嘉禾 and the 校对 ar:蒋书瑶 sign ar01 and ar05; ar:石慕白 and ar:严语桐 sign ar03 and ar06; ar:芮思琪 ar07
  and ar08.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts ab, n, x and z where they speak; decided here where they are silent):
- 人大代表 and 政协委员 are not posts (parts ab, x); neither are session roles (主席团成员, 主席团常务主席, 执行主席, 代表团团长).
  A person named only as 代表 or 委员 (滕国梁, 陶红梅, 柳宗瀚, 骆文彬, 杭晓蕾, 谈雨霏, 严可嘉, 韦灵珊, 童玉林, 印雪峰, 钮佳慧,
  仲文杰, 罗世钧) is in persons.json with no post (type ``deputy`` / ``cppcc_member``). ``来自企业的滕国梁代表`` names no
  company: no post; ``来自基层的陶红梅代表`` likewise.
- A post written before a 代表's or 委员's name is a holding: ``高沟镇党委书记季春燕`` → 涟水县高沟镇党委 书记 (the town of the
  涟水县代表团, also on the city paper); ``江安镇党委副书记、镇长谭明轩委员`` → 江安县江安镇党委 副书记 + 江安县江安镇政府 镇长.
- Bare organs take the page's place: 市委 / 市政府 / 市政协 on the 淮安日报, the 淮安 市政府 and 市政协 sites = 淮安市; on the
  宣城日报 = 宣城市; 县委 / 县政府 / 县人大常委会 / 县政协 on the 涟水 and 江安 sites = that county's. ``涟水县委书记`` on the
  city paper → 涟水县委.
- DECIDED HERE: ``市委常委、秘书长郗永平`` → 淮安市委 常委 + 淮安市委 秘书长 (a 秘书长 after 市委常委 is the 市委's, as 宣传部部长
  after 市委常委 is the 市委宣传部's in part z); ``市政府秘书长`` → 淮安市政府 秘书长 (part z).
- Zones: ``淮安经开区党工委书记`` → 淮安经开区党工委 书记; ``党工委副书记、管委会主任`` → 淮安经开区党工委 副书记 + 淮安经开区
  管委会 主任 (the zone written in full on every page). ``市委常委、宣城经开区党工委书记樊启明`` → 宣城市委 常委 + 宣城经开区
  党工委 书记.
- 代县长 is a title as written (parts ab, n): ``县委副书记、代县长柏思远`` → 涟水县委 副书记 + 涟水县政府 代县长.
- A list after one title gives every name that title (``县政协副主席管志强、刘佳敏`` → 江安县政协 副主席 each). One line per
  post per article; the headline repeat (``岑立达参加…``, ``卜正阳参加…``) gives no line.
- DECIDED HERE: events. Each 人大 代表团审议 named by its 代表团 is an event of its own (part x), typed ``session (代表团审议)``,
  also when two 代表团 sit the same day (ar06, ar08: two events each). The leader who 参加…审议 (or 来到…代表团) is an attendee
  and a speaker when his remarks are reported; officials who 参加审议 with him are attendees; 代表 who 发言 (named in
  ``…等代表先后发言`` or with their post before) are speakers, not attendees. A 政协 分组讨论 reported as one half-day of several
  groups is ONE event ``session (政协分组讨论)`` (ar04, ar07): the leaders who 参加讨论 are attendees, everyone whose remarks
  are reported (委员 included; ``作了回应`` counts) a speaker. The 主席团第一次会议 (ar03) is ``meeting (大会主席团会议)``: chair
  (主持), 出席 attendees, the 组织部部长 who 作了说明 a speaker; the 开幕 and 闭幕 it schedules are future, not events.
- Projects: works named as under way or to be pushed (…三期, …二期, …工程, …示范园, …项目); 标准厂房 as ``project``, …产业园 /
  示范园 (and their phases) ``industrial_park``, 综合管廊 and 港区 ``infrastructure_project``, 滨江岸线综合整治工程
  ``engineering_work``, 酒文化街区改造项目 ``project``. Industries (新能源汽车及零部件, 电子信息), 中试基地 (generic), slogans
  (两争一前列, 强富美高, 亩均论英雄, 拿地即开工) and the 大运河文化带 are not projects. ``经开区锂电池产业园二期`` (ar05) is named as
  written; the same park is ``淮安经开区锂电池产业园二期`` on ar02.
- Places: one line per name per file; places inside titles, organ and 代表团 references and project names count; site lines,
  mastheads, 来源 lines, footers and 上一篇 / 下一篇 links are not annotated. DECIDED HERE: a zone written both in full and bare
  on one page (ar05) gets one line, the full name (淮安经开区). The bare city or county name (淮安, 涟水, 江安) is annotated where
  the body uses it.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ar01_huaian.txt": (2023, "2023年1月12日　星期四", "淮安市", [
        ("岑立达参加涟水县代表团审议时强调", "1月11日下午", "2023-01-11", "本报讯（记者 沈嘉禾）1月11日下午",
         "city paper 第A01版: the 市委书记 in the 涟水县代表团 of the 市人代会; the county's 书记 and 县长, a 镇党委书记 and two bare 代表 speak")]),
    "ar02_huaian.txt": (2023, "发布时间：2023-01-12 18:20", "淮安市", [
        ("聂文渊参加淮安经开区代表团审议", "1月12日上午", "2023-01-12", "1月12日上午，市委副书记",
         "city site: the 市长 in the 淮安经开区代表团 with a 副市长 and the 市政府秘书长; the zone's 党工委书记 and 管委会主任 speak")]),
    "ar03_lianshui.txt": (2023, "发布时间：2023-02-14 08:45", "涟水县", [
        ("县十八届人大三次会议举行主席团第一次会议", "2月13日晚", "2023-02-13", "2月13日晚，涟水县",
         "county site: 人代会 主席团第一次会议 chaired by the 县人大常委会主任; 县委书记, 县长, 县政协主席 出席; 组织部部长 作说明")]),
    "ar04_huaian.txt": (2024, "发布时间：2024-01-10 19:05", "淮安市", [
        ("市领导参加市政协九届三次会议分组讨论", "1月10日下午", "2024-01-10", "1月10日下午，出席市政协",
         "市政协 site: 市领导 (市长, 副市长 管志强 now, 政协主席 and 副主席) in 界别 groups; 委员 named bare")]),
    "ar05_huaian.txt": (2024, "2024年1月11日　星期四", "淮安市", [
        ("岑立达参加淮安经开区代表团审议", "昨日下午", "2024-01-10", "本报讯（记者 沈嘉禾 通讯员 花宇航）",
         "city paper 两会特刊: 昨日下午 against the edition date; the 市委书记 in the 淮安经开区代表团; the zone's new 书记 and 管委会主任")]),
    "ar06_lianshui.txt": (2024, "发布时间：2024-01-24 17:50", "涟水县", [
        ("卜正阳参加高沟镇代表团审议", "1月23日下午", "2024-01-23", "1月23日下午，县委书记",
         "county site: the former 县长, now 县委书记, in the 高沟镇代表团; the new 代县长 in the 保滩街道代表团 the same day")]),
    "ar07_jiangan.txt": (2023, "发布时间：2023-02-21 18:30", "江安县", [
        ("县领导参加县政协十一届二次会议分组讨论", "2月21日上午", "2023-02-21", "2月21日上午，出席政协",
         "county site: 县领导 in the 政协 分组讨论; a 镇长 speaking as 委员; the other 管志强 (县政协副主席)")]),
    "ar08_jiangan.txt": (2024, "发布时间：2024-01-17 20:10", "江安县", [
        ("袁兴华参加江安镇代表团审议", "1月17日下午", "2024-01-17", "1月17日下午，县委书记",
         "county site: the former 县长, now 县委书记, in the 江安镇代表团; the former 常务副县长, now 代县长, in the 红桥镇代表团")]),
    "ar09_xuancheng.txt": (2024, "2024年1月24日　星期三", "宣城市", [
        ("鞠长风参加宣城经开区代表团审议", "1月23日下午", "2024-01-23", "本报讯（记者 戴子默）1月23日下午",
         "city paper 第01版: the 市委书记 in the 宣城经开区代表团; the zone's 党工委书记 is a 市委常委")]),
}

_AR03 = "县委书记戚宏伟，县委副书记、县长卜正阳，县政协主席郏玉兰等出席会议"
_AR04 = "市委副书记、市长聂文渊，副市长管志强，市政协主席符晓岚，市政协副主席褚建平等市领导分别参加讨论"
_AR07 = "县委书记喻长青，县委副书记、县长袁兴华，县委常委、常务副县长宋启航，县政协主席冉秋实，县政协副主席管志强、刘佳敏分别参加讨论"
_JK = "淮安经开区"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 淮安
    "ar:岑立达": ("岑立达", "official", "淮安市", [
        ("ar01", "淮安市委", "书记", "市委书记岑立达参加市九届人大二次会议涟水县代表团审议", "2023; named in the headline too"),
        ("ar05", "淮安市委", "书记", "市委书记岑立达参加市九届人大三次会议淮安经开区代表团审议", "2024")], []),
    "ar:郗永平": ("郗永平", "official", "淮安市", [
        ("ar01", "淮安市委", "常委", "市委常委、秘书长郗永平参加审议", None),
        ("ar01", "淮安市委", "秘书长", "市委常委、秘书长郗永平参加审议", "DECIDED HERE: 秘书长 after 市委常委 = the 市委's")], []),
    "ar:戚宏伟": ("戚宏伟", "official", "涟水县", [
        ("ar01", "涟水县委", "书记", "涟水县委书记戚宏伟", "2023-01, on the city paper"),
        ("ar03", "涟水县委", "书记", _AR03, "2023-02, on the county site")], []),
    "ar:卜正阳": ("卜正阳", "official", "涟水县", [
        ("ar01", "涟水县委", "副书记", "涟水县委副书记、县长卜正阳", "2023-01 (identity case: 县长 → 县委书记)"),
        ("ar01", "涟水县政府", "县长", "涟水县委副书记、县长卜正阳", None),
        ("ar03", "涟水县委", "副书记", _AR03, "2023-02"),
        ("ar03", "涟水县政府", "县长", _AR03, None),
        ("ar06", "涟水县委", "书记", "1月23日下午，县委书记卜正阳参加县十八届人大四次会议高沟镇代表团审议", "2024-01: now 县委书记; named in the headline too")], []),
    "ar:季春燕": ("季春燕", "official", "涟水县", [
        ("ar01", "涟水县高沟镇党委", "书记", "高沟镇党委书记季春燕", "a post before a speaking 代表's name is a holding; 高沟镇 of 涟水 (the 涟水县代表团)"),
        ("ar06", "涟水县高沟镇党委", "书记", "高沟镇党委书记季春燕", "2024: the same post")], []),
    "ar:滕国梁": ("滕国梁", "deputy", "涟水县", [], ["ar01"]),
    "ar:陶红梅": ("陶红梅", "deputy", "涟水县", [], ["ar01"]),
    "ar:聂文渊": ("聂文渊", "official", "淮安市", [
        ("ar02", "淮安市委", "副书记", "市委副书记、市长聂文渊来到市九届人大二次会议淮安经开区代表团", "2023; named in the headline too"),
        ("ar02", "淮安市政府", "市长", "市委副书记、市长聂文渊来到市九届人大二次会议淮安经开区代表团", None),
        ("ar04", "淮安市委", "副书记", _AR04, "2024"),
        ("ar04", "淮安市政府", "市长", _AR04, None)], []),
    "ar:计晓红": ("计晓红", "official", "淮安市", [
        ("ar02", "淮安市政府", "副市长", "副市长计晓红，市政府秘书长邰海明参加审议", None)], []),
    "ar:邰海明": ("邰海明", "official", "淮安市", [
        ("ar02", "淮安市政府", "秘书长", "副市长计晓红，市政府秘书长邰海明参加审议", "2023 (identity case: → 经开区管委会主任 2024)"),
        ("ar05", _JK + "党工委", "副书记", "淮安经开区党工委副书记、管委会主任邰海明", "2024"),
        ("ar05", _JK + "管委会", "主任", "淮安经开区党工委副书记、管委会主任邰海明", "2024: the post 庞立骞 held in 2023")], []),
    "ar:管志强#1": ("管志强", "official", "淮安市", [
        ("ar02", _JK + "党工委", "书记", "淮安经开区党工委书记管志强", "2023 (identity case: → 副市长 2024); not the 管志强 of 江安 (ar07)"),
        ("ar04", "淮安市政府", "副市长", _AR04, "2024"),
        ("ar05", "淮安市政府", "副市长", "副市长管志强参加审议", "2024")], []),
    "ar:庞立骞": ("庞立骞", "official", "淮安市", [
        ("ar02", _JK + "党工委", "副书记", "淮安经开区党工委副书记、管委会主任庞立骞", "2023"),
        ("ar02", _JK + "管委会", "主任", "淮安经开区党工委副书记、管委会主任庞立骞", None),
        ("ar05", _JK + "党工委", "书记", "淮安经开区党工委书记庞立骞", "2024: now 书记")], []),
    "ar:柳宗瀚": ("柳宗瀚", "deputy", "淮安经开区", [], ["ar02", "ar05"]),
    "ar:符晓岚": ("符晓岚", "official", "淮安市", [
        ("ar04", "淮安市政协", "主席", _AR04, None)], []),
    "ar:褚建平": ("褚建平", "official", "淮安市", [
        ("ar04", "淮安市政协", "副主席", _AR04, None)], []),
    "ar:印雪峰": ("印雪峰", "cppcc_member", "淮安市", [], ["ar04"]),
    "ar:钮佳慧": ("钮佳慧", "cppcc_member", "淮安市", [], ["ar04"]),
    "ar:仲文杰": ("仲文杰", "cppcc_member", "淮安市", [], ["ar04"]),
    "ar:骆文彬": ("骆文彬", "deputy", "淮安经开区", [], ["ar05"]),
    "ar:沈嘉禾": ("沈嘉禾", "reporter", "淮安日报", [], ["ar01", "ar05"]),
    "ar:蒋书瑶": ("蒋书瑶", "editor", "淮安日报", [], ["ar01", "ar05"]),
    # ---- 涟水县
    "ar:鲍成林": ("鲍成林", "official", "涟水县", [
        ("ar03", "涟水县人大常委会", "主任", "县人大常委会主任鲍成林主持会议", None)], []),
    "ar:郏玉兰": ("郏玉兰", "official", "涟水县", [
        ("ar03", "涟水县政协", "主席", _AR03, None)], []),
    "ar:汪启晨": ("汪启晨", "official", "涟水县", [
        ("ar03", "涟水县委", "常委", "县委常委、组织部部长汪启晨受县委委托", None),
        ("ar03", "涟水县委组织部", "部长", "县委常委、组织部部长汪启晨受县委委托", "组织部 after 县委常委 = 涟水县委组织部")], []),
    "ar:邬长庚": ("邬长庚", "official", "涟水县", [
        ("ar06", "涟水县高沟镇党委", "副书记", "高沟镇党委副书记、镇长邬长庚", None),
        ("ar06", "涟水县高沟镇政府", "镇长", "高沟镇党委副书记、镇长邬长庚", None)], []),
    "ar:杭晓蕾": ("杭晓蕾", "deputy", "涟水县", [], ["ar06"]),
    "ar:谈雨霏": ("谈雨霏", "deputy", "涟水县", [], ["ar06"]),
    "ar:柏思远": ("柏思远", "official", "涟水县", [
        ("ar06", "涟水县委", "副书记", "县委副书记、代县长柏思远参加了保滩街道代表团审议", None),
        ("ar06", "涟水县政府", "代县长", "县委副书记、代县长柏思远参加了保滩街道代表团审议", "代县长 as written; 卜正阳's successor")], []),
    "ar:石慕白": ("石慕白", "author", "涟水县融媒体中心", [], ["ar03", "ar06"]),
    "ar:严语桐": ("严语桐", "editor", "涟水县人民政府", [], ["ar03", "ar06"]),
    # ---- 江安县
    "ar:喻长青": ("喻长青", "official", "江安县", [
        ("ar07", "江安县委", "书记", _AR07, "2023")], []),
    "ar:袁兴华": ("袁兴华", "official", "江安县", [
        ("ar07", "江安县委", "副书记", _AR07, "2023 (identity case: 县长 → 县委书记)"),
        ("ar07", "江安县政府", "县长", _AR07, None),
        ("ar08", "江安县委", "书记", "1月17日下午，县委书记袁兴华参加县十八届人大四次会议江安镇代表团审议", "2024: now 县委书记; named in the headline too")], []),
    "ar:宋启航": ("宋启航", "official", "江安县", [
        ("ar07", "江安县委", "常委", _AR07, "2023"),
        ("ar07", "江安县政府", "常务副县长", _AR07, None),
        ("ar08", "江安县委", "副书记", "县委副书记、代县长宋启航参加红桥镇代表团审议", "2024"),
        ("ar08", "江安县政府", "代县长", "县委副书记、代县长宋启航参加红桥镇代表团审议", "2024: now 代县长")], []),
    "ar:冉秋实": ("冉秋实", "official", "江安县", [
        ("ar07", "江安县政协", "主席", _AR07, None)], []),
    "ar:管志强#2": ("管志强", "official", "江安县", [
        ("ar07", "江安县政协", "副主席", _AR07, "list after one title; 江安 (四川), not the 管志强 of 淮安 (ar02, ar04, ar05)")], []),
    "ar:刘佳敏": ("刘佳敏", "official", "江安县", [
        ("ar07", "江安县政协", "副主席", _AR07, "list after one title")], []),
    "ar:谭明轩": ("谭明轩", "official", "江安县", [
        ("ar07", "江安县江安镇党委", "副书记", "江安镇党委副书记、镇长谭明轩委员", "a post before a speaking 委员's name is a holding (2023)"),
        ("ar07", "江安县江安镇政府", "镇长", "江安镇党委副书记、镇长谭明轩委员", None),
        ("ar08", "江安县江安镇党委", "副书记", "江安镇党委副书记、镇长谭明轩", "2024: the same posts, now as 代表"),
        ("ar08", "江安县江安镇政府", "镇长", "江安镇党委副书记、镇长谭明轩", None)], []),
    "ar:罗世钧": ("罗世钧", "cppcc_member", "江安县", [], ["ar07"]),
    "ar:黎晓川": ("黎晓川", "official", "江安县", [
        ("ar08", "江安县江安镇党委", "书记", "江安镇党委书记黎晓川", None)], []),
    "ar:严可嘉": ("严可嘉", "deputy", "江安县", [], ["ar08"]),
    "ar:韦灵珊": ("韦灵珊", "deputy", "江安县", [], ["ar08"]),
    "ar:芮思琪": ("芮思琪", "editor", "江安县人民政府", [], ["ar07", "ar08"]),
    # ---- 宣城
    "ar:鞠长风": ("鞠长风", "official", "宣城市", [
        ("ar09", "宣城市委", "书记", "1月23日下午，市委书记鞠长风参加市五届人大四次会议宣城经开区代表团审议", "named in the headline too")], []),
    "ar:樊启明": ("樊启明", "official", "宣城市", [
        ("ar09", "宣城市委", "常委", "市委常委、宣城经开区党工委书记樊启明", None),
        ("ar09", "宣城经开区党工委", "书记", "市委常委、宣城经开区党工委书记樊启明", "the zone written in full; 经开区 of another city than 淮安")], []),
    "ar:殷晓峰": ("殷晓峰", "official", "宣城市", [
        ("ar09", "宣城经开区党工委", "副书记", "宣城经开区党工委副书记、管委会主任殷晓峰", None),
        ("ar09", "宣城经开区管委会", "主任", "宣城经开区党工委副书记、管委会主任殷晓峰", None)], []),
    "ar:童玉林": ("童玉林", "deputy", "宣城经开区", [], ["ar09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ar01", "沈嘉禾", "记者", "reporter", "本报讯（记者 沈嘉禾）"),
    ("ar01", "覃雨晴", "编辑", "editor", "编辑：覃雨晴"),
    ("ar01", "蒋书瑶", "校对", "editor", "校对：蒋书瑶"),
    ("ar02", "何一帆", "责任编辑", "editor", "责任编辑：何一帆"),
    ("ar03", "石慕白", "作者", "author", "作者：石慕白"),
    ("ar03", "严语桐", "责任编辑", "editor", "责任编辑：严语桐"),
    ("ar04", "阮清妍", "撰稿", "author", "（撰稿：阮清妍）"),
    ("ar05", "沈嘉禾", "记者", "reporter", "本报讯（记者 沈嘉禾 通讯员 花宇航）"),
    ("ar05", "花宇航", "通讯员", "correspondent", "本报讯（记者 沈嘉禾 通讯员 花宇航）"),
    ("ar05", "王梓萱", "编辑", "editor", "编辑：王梓萱"),
    ("ar05", "蒋书瑶", "校对", "editor", "校对：蒋书瑶"),
    ("ar06", "石慕白", "作者", "author", "作者：石慕白"),
    ("ar06", "严语桐", "责任编辑", "editor", "责任编辑：严语桐"),
    ("ar07", "芮思琪", "责任编辑", "editor", "责任编辑：芮思琪"),
    ("ar08", "芮思琪", "责任编辑", "editor", "责任编辑：芮思琪"),
    ("ar09", "戴子默", "记者", "reporter", "本报讯（记者 戴子默）"),
    ("ar09", "钟语彤", "编辑", "editor", "编辑：钟语彤"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ar01", "市九届人大二次会议涟水县代表团审议", "session (代表团审议)", "1月11日下午", None, None, [],
     ["岑立达", "郗永平"], ["戚宏伟", "卜正阳", "季春燕", "滕国梁", "陶红梅", "岑立达"], None,
     "市委书记岑立达参加市九届人大二次会议涟水县代表团审议",
     ["市委书记岑立达参加市九届人大二次会议涟水县代表团审议", "秘书长郗永平参加审议", "以及滕国梁、陶红梅等代表先后发言",
      "戚宏伟表示", "卜正阳介绍了", "季春燕结合高沟镇实际", "岑立达认真听取发言", "他指出"]),
    ("ar02", "市九届人大二次会议淮安经开区代表团审议", "session (代表团审议)", "1月12日上午", None, None, [],
     ["聂文渊", "计晓红", "邰海明"], ["管志强", "庞立骞", "柳宗瀚", "聂文渊"], None,
     "市委副书记、市长聂文渊来到市九届人大二次会议淮安经开区代表团，与代表们共同审议政府工作报告",
     ["市长聂文渊来到市九届人大二次会议淮安经开区代表团", "副市长计晓红，市政府秘书长邰海明参加审议", "管志强表示",
      "庞立骞建议", "柳宗瀚代表围绕", "聂文渊认真听取代表发言"]),
    ("ar03", "涟水县第十八届人民代表大会第三次会议主席团第一次会议", "meeting (大会主席团会议)", "2月13日晚", "鲍成林", None, [],
     ["戚宏伟", "卜正阳", "郏玉兰"], ["汪启晨"], None,
     "2月13日晚，涟水县第十八届人民代表大会第三次会议举行主席团第一次会议",
     ["县人大常委会主任鲍成林主持会议", _AR03, "组织部部长汪启晨受县委委托"]),
    ("ar04", "市政协九届三次会议分组讨论", "session (政协分组讨论)", "1月10日下午", None, None, [],
     ["聂文渊", "管志强", "符晓岚", "褚建平"], ["印雪峰", "钮佳慧", "聂文渊", "仲文杰", "管志强", "符晓岚"], None,
     "1月10日下午，出席市政协九届三次会议的委员按界别分组讨论政府工作报告",
     [_AR04, "印雪峰、钮佳慧等委员围绕", "聂文渊表示", "仲文杰委员建议", "管志强说", "符晓岚在参加农业和农村界讨论时指出"]),
    ("ar05", "市九届人大三次会议淮安经开区代表团审议", "session (代表团审议)", "昨日下午", None, None, [],
     ["岑立达", "管志强"], ["庞立骞", "邰海明", "柳宗瀚", "骆文彬", "岑立达"], None,
     "市委书记岑立达参加市九届人大三次会议淮安经开区代表团审议",
     ["市委书记岑立达参加市九届人大三次会议淮安经开区代表团审议", "副市长管志强参加审议", "以及柳宗瀚、骆文彬等代表先后发言",
      "庞立骞说", "邰海明围绕", "骆文彬代表建议", "岑立达充分肯定", "他强调"]),
    ("ar06", "县十八届人大四次会议高沟镇代表团审议", "session (代表团审议)", "1月23日下午", None, None, [],
     ["卜正阳"], ["季春燕", "邬长庚", "杭晓蕾", "谈雨霏", "卜正阳"], None,
     "县委书记卜正阳参加县十八届人大四次会议高沟镇代表团审议",
     ["县委书记卜正阳参加县十八届人大四次会议高沟镇代表团审议", "高沟镇党委书记季春燕", "镇长邬长庚",
      "以及杭晓蕾、谈雨霏等代表先后发言", "卜正阳逐一回应代表关切"]),
    ("ar06", "县十八届人大四次会议保滩街道代表团审议", "session (代表团审议)", "当天", None, None, [],
     ["柏思远"], [], None,
     "县委副书记、代县长柏思远参加了保滩街道代表团审议",
     ["代县长柏思远参加了保滩街道代表团审议"]),
    ("ar07", "县政协十一届二次会议分组讨论", "session (政协分组讨论)", "2月21日上午", None, None, [],
     ["喻长青", "袁兴华", "宋启航", "冉秋实", "管志强", "刘佳敏"], ["谭明轩", "罗世钧", "喻长青", "袁兴华", "宋启航"], None,
     "2月21日上午，出席政协江安县第十一届委员会第二次会议的委员分组讨论政府工作报告和县政协常委会工作报告",
     [_AR07, "镇长谭明轩委员建议", "罗世钧委员围绕", "喻长青指出", "袁兴华、宋启航认真听取委员发言", "作了回应"]),
    ("ar08", "县十八届人大四次会议江安镇代表团审议", "session (代表团审议)", "1月17日下午", None, None, [],
     ["袁兴华"], ["黎晓川", "谭明轩", "严可嘉", "韦灵珊", "袁兴华"], None,
     "县委书记袁兴华参加县十八届人大四次会议江安镇代表团审议",
     ["县委书记袁兴华参加县十八届人大四次会议江安镇代表团审议", "江安镇党委书记黎晓川", "镇长谭明轩",
      "以及严可嘉、韦灵珊等代表踊跃发言", "袁兴华认真听取代表发言", "他指出"]),
    ("ar08", "县十八届人大四次会议红桥镇代表团审议", "session (代表团审议)", "同日", None, None, [],
     ["宋启航"], ["宋启航"], None,
     "县委副书记、代县长宋启航参加红桥镇代表团审议",
     ["代县长宋启航参加红桥镇代表团审议", "他表示，县政府将认真梳理"]),
    ("ar09", "市五届人大四次会议宣城经开区代表团审议", "session (代表团审议)", "1月23日下午", None, None, [],
     ["鞠长风"], ["樊启明", "殷晓峰", "童玉林", "鞠长风"], None,
     "市委书记鞠长风参加市五届人大四次会议宣城经开区代表团审议",
     ["市委书记鞠长风参加市五届人大四次会议宣城经开区代表团审议", "樊启明表示", "殷晓峰介绍了", "童玉林代表建议",
      "鞠长风在讲话中指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ar01", "涟水空港产业园标准厂房三期", "project", "加快涟水空港产业园标准厂房三期建设"),
    ("ar02", "淮安经开区锂电池产业园二期", "industrial_park", "全力推进淮安经开区锂电池产业园二期"),
    ("ar02", "承德南路综合管廊工程", "infrastructure_project", "承德南路综合管廊工程建设"),
    ("ar05", "经开区锂电池产业园二期", "industrial_park", "去年经开区锂电池产业园二期建成投产"),
    ("ar05", "新能源汽车零部件产业园三期", "industrial_park", "全力推进新能源汽车零部件产业园三期"),
    ("ar05", "承德南路综合管廊工程", "infrastructure_project", "承德南路综合管廊工程，确保"),
    ("ar06", "高沟酒文化街区改造项目", "project", "加快高沟酒文化街区改造项目建设"),
    ("ar07", "江安竹产业融合发展示范园", "industrial_park", "加快江安竹产业融合发展示范园建设"),
    ("ar07", "江安港区二期工程", "infrastructure_project", "推动江安港区二期工程早日建成投用"),
    ("ar08", "滨江岸线综合整治工程", "engineering_work", "加快推进滨江岸线综合整治工程"),
    ("ar08", "江安竹产业融合发展示范园二期", "industrial_park", "江安竹产业融合发展示范园二期建设"),
    ("ar09", "宣城经开区光伏组件智能制造基地项目", "project", "加快宣城经开区光伏组件智能制造基地项目建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ar01", "涟水县", "county", "in_org_reference", "参加市九届人大二次会议涟水县代表团审议"),
    ("ar01", "涟水", "county", "standalone", "涟水将聚焦食品和白酒两大主导产业"),
    ("ar01", "高沟镇", "town", "standalone", "季春燕结合高沟镇实际"),
    ("ar01", "淮河入海水道", "river", "standalone", "淮河入海水道沿线生态整治"),
    ("ar01", "淮安", "city", "standalone", "以实际行动为淮安“两争一前列”作出涟水贡献"),
    ("ar02", "淮安经开区", "development_zone", "in_org_reference", "来到市九届人大二次会议淮安经开区代表团"),
    ("ar02", "承德南路", "road", "in_project_name", "承德南路综合管廊工程建设"),
    ("ar03", "涟水县", "county", "standalone", "涟水县第十八届人民代表大会第三次会议举行主席团第一次会议"),
    ("ar04", "淮安", "city", "standalone", "让企业家在淮安安心发展"),
    ("ar04", "淮安经开区", "development_zone", "standalone", "加快淮安经开区与高校共建"),
    ("ar04", "洪泽湖", "lake", "standalone", "围绕洪泽湖生态保护"),
    ("ar04", "大运河", "river", "standalone", "大运河文化带建设"),
    ("ar05", "淮安经开区", "development_zone", "in_org_reference", "参加市九届人大三次会议淮安经开区代表团审议"),
    ("ar05", "承德南路", "road", "in_project_name", "承德南路综合管廊工程，确保"),
    ("ar06", "高沟镇", "town", "in_org_reference", "参加县十八届人大四次会议高沟镇代表团审议"),
    ("ar06", "保滩街道", "street", "in_org_reference", "参加了保滩街道代表团审议"),
    ("ar07", "江安县", "county", "standalone", "出席政协江安县第十一届委员会第二次会议的委员"),
    ("ar07", "江安镇", "town", "in_title", "江安镇党委副书记、镇长谭明轩委员"),
    ("ar07", "江安", "county", "standalone", "建议加快江安老城区有机更新"),
    ("ar07", "长江", "river", "standalone", "立足竹资源和长江岸线优势"),
    ("ar07", "江安港区", "port", "in_project_name", "推动江安港区二期工程早日建成投用"),
    ("ar07", "红桥镇", "town", "standalone", "红桥镇农产品冷链物流"),
    ("ar08", "江安镇", "town", "standalone", "江安镇是全县政治、经济、文化中心"),
    ("ar08", "江安", "county", "in_project_name", "江安竹产业融合发展示范园二期建设"),
    ("ar08", "红桥镇", "town", "in_org_reference", "参加红桥镇代表团审议"),
    ("ar09", "宣城经开区", "development_zone", "in_org_reference", "参加市五届人大四次会议宣城经开区代表团审议"),
    ("ar09", "长三角", "region", "standalone", "持续深化与长三角中心城市的产业协作"),
    ("ar09", "宣州区", "district", "standalone", "要加强与宣州区的统筹协调"),
    ("ar09", "水阳江", "river", "standalone", "共同做好水阳江沿线生态保护"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ar", conventions="set ar (blind set: 两会 pages of cities and counties in 江苏 淮安 and 涟水县, 四川 宜宾 江安县 and 安徽 宣城: 人代会 代表团审议 where the 市委书记 / 市长 / 县委书记 / 代县长 参加审议 (each named 代表团 an event, the leader an attendee and speaker, speaking 代表 speakers), 政协 分组讨论 with 县领导 / 市领导 (one event per half-day), a 大会主席团第一次会议; 人大代表 and 政协委员 are not posts, a post written before a 代表's or 委员's name is; 市委常委、秘书长 → 市委 秘书长; zones written in full 淮安经开区 / 宣城经开区)",
          persons_note="Set ar persons. id = corpus-wide person_id (ar:管志强#1 of 淮安 and ar:管志强#2 of 江安 are two people; ar:卜正阳 涟水县长 2023 → 县委书记 2024; ar:管志强#1 淮安经开区党工委书记 2023 → 副市长 2024; ar:庞立骞 管委会主任 → 党工委书记; ar:邰海明 市政府秘书长 → 经开区管委会主任; ar:袁兴华 江安县长 → 县委书记; ar:宋启航 常务副县长 → 代县长); types deputy / cppcc_member are people named only as 人大代表 / 政协委员")


if __name__ == "__main__":
    main()
