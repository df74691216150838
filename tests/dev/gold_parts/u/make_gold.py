"""Write gold part ``u`` (a blind set: personnel news and leadership pages of district governments in provinces the
corpus has few of) from the tables below.

Pages ``tests/dev/texts/u*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 上海长宁 区人大常委会 report ``决定接受…辞去…区长职务的请求；决定任命
…为…副区长、代理区长`` with 宪法宣誓; a 深圳南山 党代会 闭幕 and the ``第七届南山区委第一次全体会议，选举…为区委书记，…为
区委副书记``; 安庆宜秀 党代会 闭幕 and 区委全会 reports; a 漳州芗城 全区领导干部大会 ``同志任中共漳州市芗城区委委员、常委、
书记；…不再担任…职务``; a 广州天河 区政协九届一次会议闭幕 ``当选九届天河区政协主席，…当选副主席，…当选秘书长`` and a 四川
省政协 选举大会; 区政协 一次会议 主席团会议 pages; 宝山, 斗门 and another district's 区政府常务会议 pages (``区长…主持召开区政府第…次
常务会议，区领导…出席``); 区政府领导 分工 pages (``负责区政府常务工作…分管…联系``); press pieces on 浙江 and 山东 任前公示
(现任 / 拟任, 区长 → 区委书记); a 宜秀 区政府组成部门 述职 to the 区人大常委会 and a 武定 述职评议 通报; a 宁夏 宪法宣誓
report). Places are real and new to the corpus: 辽宁 锦州 (凌河区 three times, with 太和区, 北镇市, 黑山县 in a career line),
浙江 衢州 柯城区, 陕西 咸阳 (市委组织部; 秦都区, 渭城区, 乾县, 礼泉县, 武功县), 重庆 大足区, 吉林 四平 铁西区 (a district name
several cities have), 广西 桂林 临桂区, 河北 邯郸 丛台区, 山西 太原 小店区.

Shapes: a 领导之窗 list page of the 区政府领导 with 姓名 / 职务 / 分工 blocks, two leaders with two titles and one with a
post outside the district government (``副区长、锦州市公安局凌河分局局长``) (u01); a 领导之窗 page of one 区长 with 职务 line,
dated 简历 (town posts, a county, a county-level city, 代区长 then 区长) and 工作分工 (u02); a 市委组织部 任前公示 of three
cadres (现任 / 拟任 / 提名为 … 区长候选人; one with a dated career line in three counties; 落款 date) (u03); a 区人大常委会
任免名单 (一、决定接受 … 辞去 … 的请求 / 二、决定任命 / 三、决定免去, one name a line) followed by the session report as a
second article (u04); a city paper's 第01版 of a 区委 一届一次全会 (当选为区委书记 / 副书记 / 区委常委, and the 区纪委
书记 / 副书记 elected at its own 全会) with the 党代会 闭幕 the same morning (u05); a 区政府常务会议 with the 区长 chairing
and the 常务副区长 and 副区长 listed (u06); a 全区领导干部大会 announcing a new 区委书记 (同志任中共锦州市凌河区委委员、
常委、书记; predecessor 不再担任; 简历 in three other places of the city) (u07); a 区政协 一届一次会议 闭幕 electing
主席, 副主席 and 秘书长 (u08); a 述职述廉述法大会 with the district's leaders listed one a line (title, space, name) (u09);
a 区人大常委会 宪法宣誓 page listing the sworn officials as ``姓名（原任…，现任…）`` (u10).

Identity cases:
- u:韩睿峰 across three 凌河区 pages: 副区长 on the 2021 领导之窗 list (u01); 区委常委、常务副区长 at the 2023 常务会议
  (u06); 区委副书记、区长 chairing the 2024 干部大会 (u07). u:柴振东 (区委副书记、区长), u:佟晓梅 and u:阎志国 (副区长)
  recur on u01 and u06 (阎志国's 公安分局 post only on u01); the editor u:关月明 on u06 and u07.
- two different 贾红卫: u:贾红卫#1 is 现任 咸阳市发展和改革委员会副主任 on the 2022 公示 (陕西, u03, 陕西泾阳人, born
  1982); u:贾红卫#2 is 邯郸市丛台区委常委、组织部部长 at the 2024 述职 meeting (河北, u09).
- a departure and an arrival on one post in one page (u04): 决定免去 黎远航的 大足区财政局局长职务 / 决定任命 龚俊杰为 大足区
  财政局局长 (龚俊杰 is at the same time 免去 as 审计局局长), 决定免去 冉小芳 / 决定任命 向丽君 as 教育委员会主任, and
  蒲正刚 resigns as 副区长 while 邬晨阳 is appointed 副区长.
- a new 区委书记 coming from other places (u07: u:庞振海, 锦州市太和区副区长 2016, 北镇市委常委、常务副市长 2019, 黑山县委
  副书记、县长 2021) and a 区长 coming from other places (u02: u:祝海鸣, 衢江区高家镇 2009 / 2013, 龙游县副县长 2016, 江山
  市委常委、常务副市长 2019, 柯城区 代区长 2022, 区长 2023).
- a district name shared by several cities: 铁西区 (沈阳, 鞍山, 四平) on a 四平 paper (u05) → org 四平市铁西区委,
  四平市铁西区纪委; place rows as written (铁西区 bare, 四平市 in the org references).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts n and q where they speak; decided here where they are silent):
- 领导之窗 list page (u01): each 姓名 / 职务 block gives one line per title, evidence ``姓名：…\\n职务：…`` (the line
  break is in the evidence, as on the page); dated by the page stamp; 分工 (负责 / 分管 / 联系 / 牵头推进) are duties, not
  posts. ``副区长、锦州市公安局凌河分局局长`` gives 凌河区政府 副区长 and 锦州市公安局凌河分局 局长 (the department as
  written after its place). No event on u01 and u02.
- 简历 page (u02) and the 公示's career line (u03) and the 干部大会's 简历 (u07): each dated post a holding with its own
  date; town posts as in part n (衢江区高家镇党委 副书记 + 衢江区高家镇政府 镇长; bare ``高家镇`` after the full name =
  衢江区高家镇); a post both in the 职务 line (or 现任) and in the career line gets ONE line dated by the career line;
  副书记 repeated in the 2023 clause gives no second line. ``锦州市太和区副区长`` → 太和区政府 (太和区 is one district in
  China; no city prefix), 凌河区 likewise.
- 任前公示 (u03): 现任 is a holding at the 落款 date (2022年8月15日); 拟任 and 提名为 … 候选人 are not (渭城区 only as a
  place inside the 拟任 title).
- 任免名单 (u04): 决定任命 gives a holding; 决定接受 … 辞去 and 决定免去 give none (蒲正刚, 黎远航, 冉小芳 are named without a
  post; 龚俊杰 keeps only 财政局局长). 重庆市大足区人民政府副区长 → 大足区政府 副区长 (a 重庆 district is a county-level
  label like any other); 教育委员会 and 住房和城乡建设委员会 are departments as written (大足区教育委员会 主任).
- Elections are holdings like appointments: 当选为区委书记 / 区委副书记 / 区委常委 (u05), 当选为区纪委书记 / 副书记 (u05,
  org 四平市铁西区纪委), 当选为区政协主席 / 副主席 / 秘书长 (u08; 区政协秘书长 is a post of the 政协). ``29名委员当选为区政协
  常务委员`` names nobody. 秦立岩's 书记 and his 常委 (in the 常委 list) are two posts: two lines. The headline repeats
  (``秦立岩当选区委书记``, ``韦永康当选区政协主席``) give no second line.
- DECIDED HERE: ``原任 …，现任 …`` (u10): 现任 is a holding at the page's date (the posts just given by the 人大常委会);
  原任 is an undated past post and, like the undated 历任 list of part q, gives no line (北格镇 is annotated as a place
  inside the 原任 title).
- DECIDED HERE: a 述职 list (u09) ``区委常委、组织部部长 贾红卫`` (title, space, name, one a line) gives holdings like a
  title chain before a name; 孟宪章's 区委书记 appears in the lead and in the list: one line. ``纪委书记、监委主任`` after
  区委常委 → 丛台区纪委 书记 + 丛台区监委 主任. The 邯郸市委考核组 names nobody.
- 大会执行主席 and ``主席团常务委员会指定的`` chair are session roles, not posts (u08's executive chairmen get their
  政协 posts from the election sentence only).
- Bare organs take the page's place: 区委 / 区政府 / 区人大常委会 / 区政协 on a district site = that district's; 市委 in the
  凌河 干部大会 page = 锦州市委 (written 锦州市委 there); 区委 / 区纪委 in the 四平日报 page about 铁西区 = 四平市铁西区委 /
  四平市铁西区纪委.
- Events: 人大常委会会议 (u04, u10), the 区委全会 and the 党代会 闭幕 (u05; the 党代会 takes ``当天上午``), 常务会议 (u06),
  干部大会 (u07), the 政协 闭幕大会 (u08), the 述职述廉述法大会 (u09, every one who 述职 is a speaker; organizer 丛台区),
  the 宪法宣誓仪式 (u10, the sworn officials are attendees, the 监誓 主任 who speaks a speaker and attendee). The 区纪委's
  own 全会 (u05) is only reported by its result and is not annotated as an event; 传达学习 meetings are not events.
- Projects: works named as under way or to be pushed (…二期, …工程, …项目, 老旧小区改造工程 / 三期 as ``project``);
  documents (《…实施方案》) and slogans (``衢州四省边际中心城市核心区建设``, ``生态宜居新铁西``) are not projects.
- Places: birthplaces (浙江龙游人, 陕西彬州人, 辽宁义县人) as in part n; places inside titles (also inside 拟任 and 原任
  titles), organ references, report titles (濑溪河, 大足石刻) and project names count; slogans give the short name
  (``新铁西`` → 铁西, ``新临桂`` → 临桂, ``美丽小店`` → 小店) as part n's ``实力怀宁``; site lines, 来源 lines, mastheads,
  footers, the 公示's contact lines and 相关链接 are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "u01_linghe.txt": (2021, "发布时间：2021-06-18 09:40", "凌河区", [
        ("区政府领导", "2021-06-18", "2021-06-18", "姓名：柴振东",
         "领导之窗 list of the 区政府领导: 姓名 / 职务 / 分工 for the 区长, 常务副区长 and four 副区长 (one also 公安分局局长)")]),
    "u02_kecheng.txt": (2023, "发布时间：2023-04-20 15:12", "柯城区", [
        ("祝海鸣", "2023-04-20", "2023-04-20", "姓名：祝海鸣",
         "领导之窗 page of the 区委副书记、区长: 职务 line, dated 简历 (town, county, county-level city, 代区长, 区长), 工作分工")]),
    "u03_xianyang.txt": (2022, "发布时间：2022-08-16 17:30", "咸阳市", [
        ("咸阳市委管理干部任前公示", "2022年8月15日", "2022-08-15", "根据《党政领导干部选拔任用工作条例》",
         "任前公示 of three cadres: 现任 / 拟任 / 提名为渭城区人民政府区长候选人; a dated career line in 乾县, 礼泉县, 武功县")]),
    "u04_dazu.txt": (2023, "发布时间：2023-04-27 10:15", "大足区", [
        ("重庆市大足区第三届人民代表大会常务委员会第十二次会议任免名单", "2023年4月26日", "2023-04-26", "（2023年4月26日重庆市",
         "区人大常委会 任免名单: 决定接受 a 副区长's resignation, 决定任命 a 副区长 and three department heads, 决定免去 (the 财政局局长 and the 教委主任 replaced)"),
        ("区三届人大常委会举行第十二次会议", "4月26日上午", "2023-04-26", "4月26日上午，区三届",
         "the session report: reports on 濑溪河 and 大足石刻, 任命书, 宪法宣誓, the new 副区长's speech")]),
    "u05_siping_tiexi.txt": (2021, "2021年9月29日　星期三", "四平市铁西区", [
        ("中共四平市铁西区第五届委员会第一次全体会议召开", "9月28日下午", "2021-09-28", "本报讯（记者 姜雨桐）",
         "city paper 第01版: the new 区委's first plenum elects the 书记, two 副书记 and seven 常委; the 区纪委 书记 / 副书记; 党代会 闭幕 that morning")]),
    "u06_linghe.txt": (2023, "发布时间：2023-03-09 16:20", "凌河区", [
        ("柴振东主持召开区政府第二十一次常务会议", "3月8日上午", "2023-03-08", "3月8日上午，区委副书记",
         "区政府常务会议 chaired by the 区长; the 区委常委、常务副区长 韩睿峰 and three 副区长 attend; projects and two 方案")]),
    "u07_linghe.txt": (2024, "发布时间：2024-07-12 18:05", "凌河区", [
        ("我区召开全区领导干部大会", "7月12日上午", "2024-07-12", "7月12日上午，我区召开",
         "全区领导干部大会 announcing 庞振海 as 凌河区委书记 (锦州市委决定); predecessor 不再担任; the 区长 韩睿峰 chairs; 简历 in 太和区, 北镇市, 黑山县")]),
    "u08_lingui.txt": (2021, "发布时间：2021-09-30 08:50", "临桂区", [
        ("政协临桂区第三届委员会第一次会议闭幕 韦永康当选区政协主席", "9月29日上午", "2021-09-29", "9月29日上午，中国人民政治协商会议",
         "区政协 一届一次会议 闭幕: election of 主席, four 副主席 and the 秘书长; 执行主席 (session roles); 区委书记 speaks")]),
    "u09_congtai.txt": (2024, "发布时间：2024-01-19 17:40", "丛台区", [
        ("丛台区召开2023年度领导班子和领导干部述职述廉述法大会", "1月18日下午", "2024-01-18", "1月18日下午，丛台区召开",
         "annual 述职述廉述法大会: the district's ten leaders listed one a line (title, name); 民主测评; projects in the 书记's speech")]),
    "u10_xiaodian.txt": (2022, "发布时间：2022-11-25 16:30", "小店区", [
        ("区人大常委会举行宪法宣誓仪式", "11月25日上午", "2022-11-25", "11月25日上午，区十七届",
         "区人大常委会 宪法宣誓 after its session: three sworn officials listed as 姓名（原任…，现任…）")]),
}

_Z02 = ("祝海鸣，男，汉族，1977年10月生，浙江龙游人，在职研究生学历，1999年8月参加工作，2001年6月加入中国共产党。"
        "2009年4月任衢江区高家镇党委副书记、镇长")
_Z02b = _Z02 + "，2013年2月任高家镇党委书记"
_Z02c = _Z02b + "，2016年9月任龙游县副县长"
_Z02d = _Z02c + "，2019年11月任江山市委常委、常务副市长"
_Z02e = _Z02d + "，2022年12月任柯城区委副书记、代区长"
_Z02f = _Z02e + "，2023年2月任柯城区委副书记、区长"
_Q03 = "权晓军，男，汉族，1979年5月生，陕西彬州人，在职研究生学历，中共党员，现任秦都区委常委、常务副区长"
_L03 = "雷佩琳，女，汉族，1981年12月生，陕西三原人，大学学历，中共党员。2015年6月任乾县人民政府副县长"
_L03b = _L03 + "，2019年3月任礼泉县委常委、组织部部长"
_L03c = _L03b + "，2021年9月任武功县委常委、常务副县长"
_J03 = "贾红卫，男，汉族，1982年7月生，陕西泾阳人，硕士研究生学历，中共党员，现任咸阳市发展和改革委员会副主任"
_P07 = "庞振海同志简历：庞振海，男，汉族，1975年3月生，辽宁义县人，大学学历。2016年5月任锦州市太和区副区长"
_P07b = _P07 + "，2019年8月任北镇市委常委、常务副市长"
_P07c = _P07b + "，2021年10月任黑山县委副书记、县长"
_T05 = "秦立岩、隋海洋、曲丽娜、单国栋、金晓燕、郎振宇、那英杰当选为区委常委"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "u:柴振东": ("柴振东", "official", "凌河区", [
        ("u01", "凌河区委", "副书记", "姓名：柴振东\n职务：区委副书记、区长", "领导之窗 list, dated by the page stamp"),
        ("u01", "凌河区政府", "区长", "姓名：柴振东\n职务：区委副书记、区长", None),
        ("u06", "凌河区委", "副书记", "3月8日上午，区委副书记、区长柴振东主持召开", "2023; named in the headline too"),
        ("u06", "凌河区政府", "区长", "3月8日上午，区委副书记、区长柴振东主持召开", None)], []),
    "u:鞠永庆": ("鞠永庆", "official", "凌河区", [
        ("u01", "凌河区委", "常委", "姓名：鞠永庆\n职务：区委常委、常务副区长", None),
        ("u01", "凌河区政府", "常务副区长", "姓名：鞠永庆\n职务：区委常委、常务副区长", "the post 韩睿峰 holds in 2023 (u06)")], []),
    "u:富春雷": ("富春雷", "official", "凌河区", [
        ("u01", "凌河区委", "常委", "姓名：富春雷\n职务：区委常委、副区长", None),
        ("u01", "凌河区政府", "副区长", "姓名：富春雷\n职务：区委常委、副区长", None)], []),
    "u:韩睿峰": ("韩睿峰", "official", "凌河区", [
        ("u01", "凌河区政府", "副区长", "姓名：韩睿峰\n职务：副区长", "2021: 副区长 (first of three 凌河 pages)"),
        ("u06", "凌河区委", "常委", "区委常委、常务副区长韩睿峰", "2023"),
        ("u06", "凌河区政府", "常务副区长", "区委常委、常务副区长韩睿峰", "2023: 常务副区长"),
        ("u07", "凌河区委", "副书记", "区委副书记、区长韩睿峰主持会议", "2024"),
        ("u07", "凌河区政府", "区长", "区委副书记、区长韩睿峰主持会议", "2024: 区长")], []),
    "u:佟晓梅": ("佟晓梅", "official", "凌河区", [
        ("u01", "凌河区政府", "副区长", "姓名：佟晓梅\n职务：副区长", None),
        ("u06", "凌河区政府", "副区长", "副区长佟晓梅、阎志国、谷丰年出席会议", "list after one title")], []),
    "u:阎志国": ("阎志国", "official", "凌河区", [
        ("u01", "凌河区政府", "副区长", "姓名：阎志国\n职务：副区长、锦州市公安局凌河分局局长", None),
        ("u01", "锦州市公安局凌河分局", "局长", "姓名：阎志国\n职务：副区长、锦州市公安局凌河分局局长", "second title: a city department's district branch, as written after its place"),
        ("u06", "凌河区政府", "副区长", "副区长佟晓梅、阎志国、谷丰年出席会议", "only 副区长 on u06")], []),
    "u:谷丰年": ("谷丰年", "official", "凌河区", [
        ("u06", "凌河区政府", "副区长", "副区长佟晓梅、阎志国、谷丰年出席会议", None)], []),
    "u:关月明": ("关月明", "editor", "凌河区", [], ["u06", "u07"]),
    "u:祝海鸣": ("祝海鸣", "official", "柯城区", [
        ("u02", "衢江区高家镇党委", "副书记", _Z02, "career line (past post)", "2009年4月"),
        ("u02", "衢江区高家镇政府", "镇长", _Z02, "career line (past post)", "2009年4月"),
        ("u02", "衢江区高家镇党委", "书记", _Z02b, "career line: bare 高家镇 after 衢江区高家镇", "2013年2月"),
        ("u02", "龙游县政府", "副县长", _Z02c, "career line in another county", "2016年9月"),
        ("u02", "江山市委", "常委", _Z02d, "career line in a county-level city", "2019年11月"),
        ("u02", "江山市政府", "常务副市长", _Z02d, "career line", "2019年11月"),
        ("u02", "柯城区委", "副书记", _Z02e, "dated career clause; also the 职务 line (one line, dated by the career line); repeated in the 2023 clause (no second line)", "2022年12月"),
        ("u02", "柯城区政府", "代区长", _Z02e, "dated career clause: 代区长 as written", "2022年12月"),
        ("u02", "柯城区政府", "区长", _Z02f, "dated career clause; also the 职务 line", "2023年2月")], []),
    "u:权晓军": ("权晓军", "official", "秦都区", [
        ("u03", "秦都区委", "常委", _Q03, "现任 at the 落款 date; 拟任 渭城区委委员、常委、副书记 and 提名为渭城区人民政府区长候选人 are not holdings"),
        ("u03", "秦都区政府", "常务副区长", _Q03, "现任")], []),
    "u:雷佩琳": ("雷佩琳", "official", "武功县", [
        ("u03", "乾县政府", "副县长", _L03, "career line (past post)", "2015年6月"),
        ("u03", "礼泉县委", "常委", _L03b, "career line (past post)", "2019年3月"),
        ("u03", "礼泉县委组织部", "部长", _L03b, "career line (past post)", "2019年3月"),
        ("u03", "武功县委", "常委", _L03c, "current post (also 现任): one line, dated by the career line; 拟任 咸阳市交通运输局局长 is not a holding", "2021年9月"),
        ("u03", "武功县政府", "常务副县长", _L03c, "current post (also 现任): one line, dated by the career line", "2021年9月")], []),
    "u:贾红卫#1": ("贾红卫", "official", "咸阳市", [
        ("u03", "咸阳市发展和改革委员会", "副主任", _J03, "现任; 拟任 咸阳市统计局局长 is not a holding; not the 贾红卫 of 丛台区 (u09)")], []),
    "u:蒲正刚": ("蒲正刚", "official", "大足区", [], ["u04"]),
    "u:邬晨阳": ("邬晨阳", "official", "大足区", [
        ("u04", "大足区政府", "副区长", "邬晨阳为重庆市大足区人民政府副区长", "appointment (article 1); takes the oath and speaks in article 2 without his title")], []),
    "u:龚俊杰": ("龚俊杰", "official", "大足区", [
        ("u04", "大足区财政局", "局长", "龚俊杰为重庆市大足区财政局局长", "arrival on the post 黎远航 leaves in the same list; his 审计局局长 is 免去 (no line)")], []),
    "u:向丽君": ("向丽君", "official", "大足区", [
        ("u04", "大足区教育委员会", "主任", "向丽君为重庆市大足区教育委员会主任", "arrival on the post 冉小芳 leaves")], []),
    "u:税文涛": ("税文涛", "official", "大足区", [
        ("u04", "大足区住房和城乡建设委员会", "主任", "税文涛为重庆市大足区住房和城乡建设委员会主任", None)], []),
    "u:黎远航": ("黎远航", "official", "大足区", [], ["u04"]),
    "u:冉小芳": ("冉小芳", "official", "大足区", [], ["u04"]),
    "u:唐仕林": ("唐仕林", "official", "大足区", [
        ("u04", "大足区人大常委会", "主任", "区人大常委会主任唐仕林主持会议", "article 2")], []),
    "u:代明秀": ("代明秀", "official", "大足区", [
        ("u04", "大足区人大常委会", "副主任", "副主任代明秀、伍承志、罗怀远出席会议", "list after one title")], []),
    "u:伍承志": ("伍承志", "official", "大足区", [
        ("u04", "大足区人大常委会", "副主任", "副主任代明秀、伍承志、罗怀远出席会议", None)], []),
    "u:罗怀远": ("罗怀远", "official", "大足区", [
        ("u04", "大足区人大常委会", "副主任", "副主任代明秀、伍承志、罗怀远出席会议", None)], []),
    "u:秦立岩": ("秦立岩", "official", "四平市铁西区", [
        ("u05", "四平市铁西区委", "书记", "秦立岩当选为区委书记", "elected; 铁西区 is shared by several cities (四平 paper); the headline repeats it"),
        ("u05", "四平市铁西区委", "常委", _T05, "elected 常委 in the same vote: a second post")], []),
    "u:隋海洋": ("隋海洋", "official", "四平市铁西区", [
        ("u05", "四平市铁西区委", "副书记", "隋海洋、曲丽娜当选为区委副书记", "elected"),
        ("u05", "四平市铁西区委", "常委", _T05, None)], []),
    "u:曲丽娜": ("曲丽娜", "official", "四平市铁西区", [
        ("u05", "四平市铁西区委", "副书记", "隋海洋、曲丽娜当选为区委副书记", "elected"),
        ("u05", "四平市铁西区委", "常委", _T05, None)], []),
    "u:单国栋": ("单国栋", "official", "四平市铁西区", [
        ("u05", "四平市铁西区委", "常委", _T05, None),
        ("u05", "四平市铁西区纪委", "书记", "单国栋当选为区纪委书记", "elected at the 区纪委's own plenum, reported here")], []),
    "u:金晓燕": ("金晓燕", "official", "四平市铁西区", [("u05", "四平市铁西区委", "常委", _T05, None)], []),
    "u:郎振宇": ("郎振宇", "official", "四平市铁西区", [("u05", "四平市铁西区委", "常委", _T05, None)], []),
    "u:那英杰": ("那英杰", "official", "四平市铁西区", [("u05", "四平市铁西区委", "常委", _T05, None)], []),
    "u:冷冬梅": ("冷冬梅", "official", "四平市铁西区", [
        ("u05", "四平市铁西区纪委", "副书记", "冷冬梅、于光辉当选为区纪委副书记", "list after one title")], []),
    "u:于光辉": ("于光辉", "official", "四平市铁西区", [
        ("u05", "四平市铁西区纪委", "副书记", "冷冬梅、于光辉当选为区纪委副书记", None)], []),
    "u:穆德凯": ("穆德凯", "external_official", "锦州市", [
        ("u07", "锦州市委", "常委", "锦州市委常委、组织部部长穆德凯宣读了", None),
        ("u07", "锦州市委组织部", "部长", "锦州市委常委、组织部部长穆德凯宣读了", "组织部 after 锦州市委常委 = 锦州市委组织部")], []),
    "u:庞振海": ("庞振海", "official", "凌河区", [
        ("u07", "凌河区委", "委员", "庞振海同志任中共锦州市凌河区委委员、常委、书记", "appointment announced at the cadre meeting (锦州市委决定)"),
        ("u07", "凌河区委", "常委", "庞振海同志任中共锦州市凌河区委委员、常委、书记", None),
        ("u07", "凌河区委", "书记", "庞振海同志任中共锦州市凌河区委委员、常委、书记", None),
        ("u07", "太和区政府", "副区长", _P07, "career line in another district of the city (太和区 is one district in China)", "2016年5月"),
        ("u07", "北镇市委", "常委", _P07b, "career line in a county-level city (past post)", "2019年8月"),
        ("u07", "北镇市政府", "常务副市长", _P07b, "career line (past post)", "2019年8月"),
        ("u07", "黑山县委", "副书记", _P07c, "career line in a county (the post held before this appointment)", "2021年10月"),
        ("u07", "黑山县政府", "县长", _P07c, "career line", "2021年10月")], []),
    "u:鲁德全": ("鲁德全", "official", "凌河区", [], ["u07"]),
    "u:包福林": ("包福林", "official", "凌河区", [
        ("u07", "凌河区人大常委会", "主任", "区人大常委会主任包福林", None)], []),
    "u:关玉华": ("关玉华", "official", "凌河区", [
        ("u07", "凌河区政协", "主席", "区政协主席关玉华出席会议", None)], []),
    "u:韦永康": ("韦永康", "official", "临桂区", [
        ("u08", "临桂区政协", "主席", "韦永康当选为区政协主席", "elected; 大会执行主席 and the chair of the 闭幕大会 are session roles; the headline and 新当选的区政协主席 repeat it (no second line)")], []),
    "u:秦春兰": ("秦春兰", "official", "临桂区", [
        ("u08", "临桂区政协", "副主席", "秦春兰、莫家宁、唐玉梅、黄启坤当选为区政协副主席", "elected; list after one title")], []),
    "u:莫家宁": ("莫家宁", "official", "临桂区", [
        ("u08", "临桂区政协", "副主席", "秦春兰、莫家宁、唐玉梅、黄启坤当选为区政协副主席", None)], []),
    "u:唐玉梅": ("唐玉梅", "official", "临桂区", [
        ("u08", "临桂区政协", "副主席", "秦春兰、莫家宁、唐玉梅、黄启坤当选为区政协副主席", None)], []),
    "u:黄启坤": ("黄启坤", "official", "临桂区", [
        ("u08", "临桂区政协", "副主席", "秦春兰、莫家宁、唐玉梅、黄启坤当选为区政协副主席", None)], []),
    "u:文海涛": ("文海涛", "official", "临桂区", [
        ("u08", "临桂区政协", "秘书长", "文海涛当选为区政协秘书长", "elected; the 政协's 秘书长 is a post")], []),
    "u:石振邦": ("石振邦", "official", "临桂区", [
        ("u08", "临桂区委", "书记", "区委书记石振邦", None)], []),
    "u:陆建勋": ("陆建勋", "official", "临桂区", [
        ("u08", "临桂区委", "副书记", "区委副书记、代区长陆建勋", None),
        ("u08", "临桂区政府", "代区长", "区委副书记、代区长陆建勋", "代区长 as written")], []),
    "u:粟志明": ("粟志明", "official", "临桂区", [
        ("u08", "临桂区人大常委会", "主任", "区人大常委会主任粟志明", None)], []),
    "u:孟宪章": ("孟宪章", "official", "丛台区", [
        ("u09", "丛台区委", "书记", "区委书记孟宪章主持会议", "also first in the 述职 list (no second line)")], []),
    "u:齐晓鹏": ("齐晓鹏", "official", "丛台区", [
        ("u09", "丛台区委", "副书记", "区委副书记、区长齐晓鹏代表区政府领导班子述职", "also in the 述职 list (no second line)"),
        ("u09", "丛台区政府", "区长", "区委副书记、区长齐晓鹏代表区政府领导班子述职", None)], []),
    "u:冯保田": ("冯保田", "official", "丛台区", [
        ("u09", "丛台区人大常委会", "主任", "区人大常委会主任 冯保田", "述职 list: title, space, name")], []),
    "u:武秀芝": ("武秀芝", "official", "丛台区", [
        ("u09", "丛台区政协", "主席", "区政协主席 武秀芝", None)], []),
    "u:郜立军": ("郜立军", "official", "丛台区", [
        ("u09", "丛台区委", "副书记", "区委副书记 郜立军", None)], []),
    "u:樊卫东": ("樊卫东", "official", "丛台区", [
        ("u09", "丛台区委", "常委", "区委常委、纪委书记、监委主任 樊卫东", None),
        ("u09", "丛台区纪委", "书记", "区委常委、纪委书记、监委主任 樊卫东", "纪委 after 区委常委 = 丛台区纪委"),
        ("u09", "丛台区监委", "主任", "区委常委、纪委书记、监委主任 樊卫东", None)], []),
    "u:贾红卫#2": ("贾红卫", "official", "丛台区", [
        ("u09", "丛台区委", "常委", "区委常委、组织部部长 贾红卫", "not the 贾红卫 of 咸阳 (u03)"),
        ("u09", "丛台区委组织部", "部长", "区委常委、组织部部长 贾红卫", None)], []),
    "u:申宏斌": ("申宏斌", "official", "丛台区", [
        ("u09", "丛台区委", "常委", "区委常委、常务副区长 申宏斌", None),
        ("u09", "丛台区政府", "常务副区长", "区委常委、常务副区长 申宏斌", None)], []),
    "u:段晓丽": ("段晓丽", "official", "丛台区", [
        ("u09", "丛台区政府", "副区长", "副区长 段晓丽", None)], []),
    "u:路志刚": ("路志刚", "official", "丛台区", [
        ("u09", "丛台区政府", "副区长", "副区长 路志刚", None)], []),
    "u:郝永贵": ("郝永贵", "official", "小店区", [
        ("u10", "小店区人大常委会", "主任", "区人大常委会主任郝永贵监誓", None)], []),
    "u:闫浩然": ("闫浩然", "official", "小店区", [
        ("u10", "小店区委", "副书记", "区委副书记、区长闫浩然", None),
        ("u10", "小店区政府", "区长", "区委副书记、区长闫浩然", None)], []),
    "u:乔建军": ("乔建军", "official", "小店区", [
        ("u10", "小店区人大常委会", "副主任", "区人大常委会副主任乔建军、武美娟出席", "list after one title")], []),
    "u:武美娟": ("武美娟", "official", "小店区", [
        ("u10", "小店区人大常委会", "副主任", "区人大常委会副主任乔建军、武美娟出席", None)], []),
    "u:燕志斌": ("燕志斌", "official", "小店区", [
        ("u10", "小店区政府", "副区长", "燕志斌（原任小店区发展和改革局局长，现任小店区人民政府副区长）", "现任 (just appointed); 原任 小店区发展和改革局局长 is undated: no line")], []),
    "u:温丽萍": ("温丽萍", "official", "小店区", [
        ("u10", "小店区民政局", "局长", "温丽萍（原任小店区北格镇党委书记，现任小店区民政局局长）", "现任; 原任 北格镇党委书记 gives no line")], []),
    "u:薛凯文": ("薛凯文", "official", "小店区", [
        ("u10", "小店区审计局", "局长", "薛凯文（原任小店区财政局副局长，现任小店区审计局局长）", "现任; 原任 财政局副局长 gives no line")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("u04", "宋晓航", "责任编辑", "editor", "责任编辑：宋晓航"),
    ("u05", "姜雨桐", "记者", "reporter", "本报讯（记者 姜雨桐）"),
    ("u05", "陶雪莹", "本版编辑", "editor", "本版编辑：陶雪莹"),
    ("u06", "关月明", "责任编辑", "editor", "责任编辑：关月明"),
    ("u07", "关月明", "责任编辑", "editor", "责任编辑：关月明"),
    ("u08", "蒋思琪", "作者", "author", "作者：蒋思琪"),
    ("u08", "孙艺菲", "责任编辑", "editor", "责任编辑：孙艺菲"),
    ("u09", "冀文博", "记者", "reporter", "（记者 冀文博）"),
    ("u09", "杨思远", "责任编辑", "editor", "责任编辑：杨思远"),
    ("u10", "乔雅琪", "供稿", "author", "（供稿：区人大常委会办公室 乔雅琪）"),
    ("u10", "梁慧敏", "责任编辑", "editor", "责任编辑：梁慧敏"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("u04", "区三届人大常委会第十二次会议", "session (人大常委会会议)", "4月26日上午", "唐仕林", None, [],
     ["代明秀", "伍承志", "罗怀远"], ["邬晨阳"], None,
     "4月26日上午，区三届人大常委会举行第十二次会议",
     ["区人大常委会主任唐仕林主持会议", "副主任代明秀、伍承志、罗怀远出席会议", "邬晨阳代表新任命人员作表态发言"]),
    ("u05", "中共四平市铁西区第五届委员会第一次全体会议", "meeting (区委全会)", "9月28日下午", "秦立岩", None, [],
     [], ["秦立岩"], None,
     "9月28日下午，中共四平市铁西区第五届委员会第一次全体会议召开",
     ["指定的秦立岩同志主持", "秦立岩在讲话中表示"]),
    ("u05", "中共四平市铁西区第五次代表大会闭幕", "session (党代会)", "当天上午", None, None, [],
     [], [], None,
     "当天上午，中共四平市铁西区第五次代表大会胜利闭幕",
     []),
    ("u06", "区政府第二十一次常务会议", "meeting (政府常务会议)", "3月8日上午", "柴振东", None, [],
     ["韩睿峰", "佟晓梅", "阎志国", "谷丰年"], ["韩睿峰", "柴振东"], None,
     "区委副书记、区长柴振东主持召开区政府第二十一次常务会议",
     ["区长柴振东主持召开区政府第二十一次常务会议", "区委常委、常务副区长韩睿峰，副区长佟晓梅、阎志国、谷丰年出席会议",
      "韩睿峰就项目手续办理和要素保障工作作了具体安排", "柴振东要求"]),
    ("u07", "全区领导干部大会", "meeting (领导干部大会)", "7月12日上午", "韩睿峰", None, [],
     ["包福林", "关玉华"], ["穆德凯", "鲁德全", "庞振海"], None,
     "7月12日上午，我区召开全区领导干部大会",
     ["组织部部长穆德凯宣读了锦州市委的决定", "穆德凯在讲话中指出", "鲁德全在发言中表示", "庞振海在表态发言中表示",
      "区长韩睿峰主持会议", "区人大常委会主任包福林、区政协主席关玉华出席会议"]),
    ("u08", "政协桂林市临桂区第三届委员会第一次会议闭幕大会", "session (政协会议)", "9月29日上午", "韦永康", None, [],
     ["秦春兰", "莫家宁", "唐玉梅", "黄启坤", "石振邦", "陆建勋", "粟志明"], ["韦永康", "石振邦"], None,
     "9月29日上午，中国人民政治协商会议桂林市临桂区第三届委员会第一次会议圆满完成各项议程后胜利闭幕",
     ["大会执行主席韦永康、秦春兰、莫家宁、唐玉梅、黄启坤在主席台前排就座", "区委书记石振邦，区委副书记、代区长陆建勋，区人大常委会主任粟志明应邀出席闭幕大会",
      "闭幕大会由韦永康主持", "新当选的区政协主席韦永康在闭幕大会上讲话", "石振邦在讲话中"]),
    ("u09", "2023年度领导班子和领导干部述职述廉述法大会", "meeting (述职大会)", "1月18日下午", "孟宪章", None, ["丛台区"],
     [], ["孟宪章", "齐晓鹏", "冯保田", "武秀芝", "郜立军", "樊卫东", "贾红卫", "申宏斌", "段晓丽", "路志刚"], None,
     "1月18日下午，丛台区召开2023年度领导班子和领导干部述职述廉述法大会",
     ["区委书记孟宪章主持会议并代表区委领导班子述职", "区长齐晓鹏代表区政府领导班子述职", "区级领导干部逐一进行了个人述职",
      "区人大常委会主任 冯保田", "区政协主席 武秀芝", "区委副书记 郜立军", "监委主任 樊卫东", "组织部部长 贾红卫",
      "常务副区长 申宏斌", "副区长 段晓丽", "副区长 路志刚", "孟宪章在总结讲话中指出"]),
    ("u10", "宪法宣誓仪式", "ceremony (宪法宣誓)", "11月25日上午", None, None, ["区人大常委会"],
     ["郝永贵", "闫浩然", "乔建军", "武美娟", "燕志斌", "温丽萍", "薛凯文"], ["郝永贵", "燕志斌"], None,
     "区人大常委会举行宪法宣誓仪式，新任命的国家机关工作人员依法进行宪法宣誓",
     ["区人大常委会主任郝永贵监誓", "区委副书记、区长闫浩然，区人大常委会副主任乔建军、武美娟出席", "本次会议任命的宣誓人员如下",
      "郝永贵在讲话中指出", "燕志斌代表宣誓人员表态发言"]),
    ("u10", "区十七届人大常委会第七次会议", "session (人大常委会会议)", "11月25日上午", None, None, [],
     [], [], None,
     "11月25日上午，区十七届人大常委会第七次会议闭幕后",
     []),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("u01", "小凌河右岸老旧小区改造工程", "project", "牵头推进小凌河右岸老旧小区改造工程"),
    ("u01", "古塔公园周边历史文化街区保护提升项目", "project", "联系古塔公园周边历史文化街区保护提升项目"),
    ("u02", "航埠镇柑橘产业园二期", "industrial_park", "联系航埠镇柑橘产业园二期"),
    ("u02", "信安湖沿岸城市更新项目", "project", "信安湖沿岸城市更新项目"),
    ("u04", "龙水湖旅游度假区提档升级项目", "project", "全力推动龙水湖旅游度假区提档升级项目"),
    ("u05", "铁西区装备制造产业园二期", "industrial_park", "抓好铁西区装备制造产业园二期"),
    ("u05", "条子河铁西段综合治理工程", "engineering_work", "条子河铁西段综合治理工程"),
    ("u06", "小凌河右岸老旧小区改造工程", "project", "要紧盯小凌河右岸老旧小区改造工程"),
    ("u06", "凌河区智能装备产业园一期", "industrial_park", "凌河区智能装备产业园一期"),
    ("u06", "古塔公园周边历史文化街区保护提升项目", "project", "加快推进古塔公园周边历史文化街区保护提升项目"),
    ("u07", "凌河区智能装备产业园二期", "industrial_park", "全力推进凌河区智能装备产业园二期"),
    ("u07", "小凌河右岸老旧小区改造工程", "project", "小凌河右岸老旧小区改造工程等重点工作"),
    ("u08", "会仙湿地保护修复工程", "greening_project", "会仙湿地保护修复工程"),
    ("u08", "桂林两江国际机场临空产业园二期", "industrial_park", "桂林两江国际机场临空产业园二期"),
    ("u09", "丛台区数字经济产业园二期", "industrial_park", "丛台区数字经济产业园二期建成投用"),
    ("u09", "滏阳河丛台段生态修复工程", "greening_project", "滏阳河丛台段生态修复工程完成年度任务"),
    ("u09", "中华大街北延工程", "infrastructure_project", "要紧盯中华大街北延工程"),
    ("u09", "丛台区老旧小区改造三期", "project", "丛台区老旧小区改造三期"),
    ("u10", "汾河小店段生态修复工程", "greening_project", "全力抓好汾河小店段生态修复工程"),
    ("u10", "小店区智能制造产业园一期", "industrial_park", "小店区智能制造产业园一期"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("u01", "锦州市", "city", "in_title", "副区长、锦州市公安局凌河分局局长"),
    ("u01", "榴花街道", "sub_district_office", "standalone", "联系榴花街道"),
    ("u01", "小凌河", "river", "in_project_name", "牵头推进小凌河右岸老旧小区改造工程"),
    ("u01", "古塔公园", "park", "in_project_name", "联系古塔公园周边历史文化街区保护提升项目"),
    ("u02", "浙江", "province", "standalone", "浙江龙游人"),
    ("u02", "龙游", "county", "standalone", "浙江龙游人"),
    ("u02", "衢江区", "district", "in_title", "2009年4月任衢江区高家镇党委副书记、镇长"),
    ("u02", "高家镇", "town", "in_title", "2009年4月任衢江区高家镇党委副书记、镇长"),
    ("u02", "龙游县", "county", "in_title", "2016年9月任龙游县副县长"),
    ("u02", "江山市", "county_level_city", "in_title", "2019年11月任江山市委常委、常务副市长"),
    ("u02", "柯城区", "district", "in_title", "2022年12月任柯城区委副书记、代区长"),
    ("u02", "航埠镇", "town", "in_project_name", "联系航埠镇柑橘产业园二期"),
    ("u02", "信安湖", "lake", "in_project_name", "信安湖沿岸城市更新项目"),
    ("u02", "衢州", "city", "standalone", "协调推进衢州四省边际中心城市核心区建设"),
    ("u03", "陕西", "province", "standalone", "陕西彬州人"),
    ("u03", "彬州", "county_level_city", "standalone", "陕西彬州人"),
    ("u03", "三原", "county", "standalone", "陕西三原人"),
    ("u03", "泾阳", "county", "standalone", "陕西泾阳人"),
    ("u03", "秦都区", "district", "in_title", "现任秦都区委常委、常务副区长"),
    ("u03", "渭城区", "district", "in_title", "拟任渭城区委委员、常委、副书记"),
    ("u03", "乾县", "county", "in_title", "2015年6月任乾县人民政府副县长"),
    ("u03", "礼泉县", "county", "in_title", "2019年3月任礼泉县委常委、组织部部长"),
    ("u03", "武功县", "county", "in_title", "2021年9月任武功县委常委、常务副县长"),
    ("u03", "咸阳市", "city", "in_org_reference", "现任咸阳市发展和改革委员会副主任"),
    ("u04", "重庆市", "municipality", "in_org_reference", "邬晨阳为重庆市大足区人民政府副区长"),
    ("u04", "大足区", "district", "in_org_reference", "邬晨阳为重庆市大足区人民政府副区长"),
    ("u04", "濑溪河", "river", "in_document_title", "关于濑溪河流域水生态环境保护情况的报告"),
    ("u04", "大足石刻", "heritage_site", "in_document_title", "关于大足石刻文物保护利用工作情况的报告"),
    ("u04", "龙水湖旅游度假区", "scenic_area", "in_project_name", "全力推动龙水湖旅游度假区提档升级项目"),
    ("u05", "四平市", "city", "in_org_reference", "9月28日下午，中共四平市铁西区第五届委员会第一次全体会议召开"),
    ("u05", "铁西区", "district", "in_project_name", "抓好铁西区装备制造产业园二期"),
    ("u05", "条子河", "river", "in_project_name", "条子河铁西段综合治理工程"),
    ("u05", "铁西", "district", "standalone (slogan)", "加快建设“生态宜居新铁西”"),
    ("u06", "小凌河", "river", "in_project_name", "要紧盯小凌河右岸老旧小区改造工程"),
    ("u06", "凌河区", "district", "in_project_name", "凌河区智能装备产业园一期"),
    ("u06", "古塔公园", "park", "in_project_name", "加快推进古塔公园周边历史文化街区保护提升项目"),
    ("u06", "榴花街道", "sub_district_office", "standalone", "榴花街道、紫荆街道雨污分流改造"),
    ("u06", "紫荆街道", "sub_district_office", "standalone", "榴花街道、紫荆街道雨污分流改造"),
    ("u07", "锦州市", "city", "in_org_reference", "宣布锦州市委关于凌河区委主要负责同志调整的决定"),
    ("u07", "凌河区", "district", "in_org_reference", "宣布锦州市委关于凌河区委主要负责同志调整的决定"),
    ("u07", "凌河", "district", "standalone", "将一如既往关心支持凌河发展"),
    ("u07", "小凌河", "river", "in_project_name", "小凌河右岸老旧小区改造工程等重点工作"),
    ("u07", "辽宁", "province", "standalone", "辽宁义县人"),
    ("u07", "义县", "county", "standalone", "辽宁义县人"),
    ("u07", "太和区", "district", "in_title", "2016年5月任锦州市太和区副区长"),
    ("u07", "北镇市", "county_level_city", "in_title", "2019年8月任北镇市委常委、常务副市长"),
    ("u07", "黑山县", "county", "in_title", "2021年10月任黑山县委副书记、县长"),
    ("u08", "桂林市", "city", "in_org_reference", "中国人民政治协商会议桂林市临桂区第三届委员会第一次会议"),
    ("u08", "临桂区", "district", "in_org_reference", "中国人民政治协商会议桂林市临桂区第三届委员会第一次会议"),
    ("u08", "临桂新区", "new_area", "standalone", "围绕临桂新区建设"),
    ("u08", "会仙湿地", "wetland", "in_project_name", "会仙湿地保护修复工程"),
    ("u08", "桂林两江国际机场", "airport", "in_project_name", "桂林两江国际机场临空产业园二期"),
    ("u08", "临桂", "district", "standalone (slogan)", "为建设“宜居宜业新临桂”"),
    ("u09", "丛台区", "district", "standalone", "1月18日下午，丛台区召开"),
    ("u09", "邯郸市", "city", "in_org_reference", "邯郸市委考核组一行到会指导"),
    ("u09", "滏阳河", "river", "in_project_name", "滏阳河丛台段生态修复工程完成年度任务"),
    ("u09", "中华大街", "road", "in_project_name", "要紧盯中华大街北延工程"),
    ("u09", "丛台", "district", "standalone", "推动丛台高质量发展"),
    ("u10", "小店区", "district", "in_title", "现任小店区人民政府副区长"),
    ("u10", "北格镇", "town", "in_title", "原任小店区北格镇党委书记"),
    ("u10", "汾河", "river", "in_project_name", "全力抓好汾河小店段生态修复工程"),
    ("u10", "小店", "district", "standalone (slogan)", "为建设“美丽小店”贡献力量"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="u", conventions="set u (blind set: personnel news and leadership pages of districts in 辽宁 (锦州 凌河区 three times), 浙江 (衢州 柯城区), 陕西 (咸阳 市委组织部), 重庆 (大足区), 吉林 (四平 铁西区, a name several cities have), 广西 (桂林 临桂区), 河北 (邯郸 丛台区), 山西 (太原 小店区): a 领导之窗 list with 姓名 / 职务 / 分工, a 区长's 简历 page, a 任前公示 (现任 is a holding, 拟任 and 提名 are not), a 人大常委会 任免名单 (决定任命 is a holding, 免去 and 辞去 are not), elections at a 区委全会 and a 政协 session (当选 is a holding), a 区政府常务会议, a 干部大会 announcing a 区委书记, a 述职 list (title, name), a 宪法宣誓 list 姓名（原任…，现任…） (现任 is a holding, the undated 原任 is not); each dated career post a holding with its own date, one line per post per article)",
          persons_note="Set u persons. id = corpus-wide person_id (u:贾红卫#1 of 咸阳 (陕西) and u:贾红卫#2 of 邯郸市丛台区 (河北) are two people; u:韩睿峰 moves 凌河区副区长 2021 → 区委常委、常务副区长 2023 → 区委副书记、区长 2024; u:庞振海 and u:祝海鸣 carry dated careers in other places)")


if __name__ == "__main__":
    main()
