"""Write gold part ``z`` (a blind set: a prefecture-city government and its departments) from the tables below.

Pages ``tests/dev/texts/z*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 常州 城管局 page ``局党组书记、局长…`` on its own 党组会议; a 黄石 住建局
page of the 市长's 调研 of 住建 work with the 副市长 and 市政府秘书长; a 上海 生态环境局 page of a 市政府副秘书长's visit
with ``局党组书记、局长…汇报``; a city 住建局 page ``市住房和城乡建设局党组成员、副局长… 市住房和城乡建设局一级调研员…``; 枣庄
and 雅安 住建局 pages of a 局长办公会议 / 党组（扩大）会 (``局领导…参加会议``); a 中国气象局 党组会议 report (``党组书记、局长…
主持会议，党组副书记、副局长…，党组成员、副局长…参加会议``); the 大同日报 on a 调研组 with 市发改、经信、住建 heads; a 人大代表
调研 with ``市府办、市交通运输局、市住建局…主要负责同志``; 十堰, 六安 and 通化 市政协 主席会议 reports (通化日报); a 沈阳日报
市政协 大视察 and a 中山 市政协 提案委 考察 with ``提案和法制工委主任…、调研员…``; a 香格里拉 市委常委会 report; a 长治日报
page of the 市人大 session and a 长治 市政府办公室 notice naming ``长治高新区、经开区管委会``). Places are real and new to
the corpus: 山西 长治 (seven pages: the 市政府 site twice, the 长治日报, the 市生态环境局, 市发展改革委 and 市住建局 sites, the
长治人大网) and 吉林 通化 (three pages: the 市政协 site, the 通化日报 twice, with 东昌区, 二道江区, 通化县, 柳河县 and 集安市).

Shapes: a 市长's 调研 in a district with eight city officials accompanying, in one sentence (市政府副秘书长, 市政府办公室主任,
市发展改革委主任, 市住建局局长, 市自然资源和规划局局长, 市生态环境局局长, 市交通运输局党组书记、局长, 市商务局副局长) and the
district's 区委书记 / 区长 (z01); a city paper's 市委常委会 report dated ``昨日`` against the edition date, a list of 常委 after
one title, 列席 (z02); three department sites reporting their own 党组会议 with bare organs (``局党组书记、局长``, ``委党组书记、
主任``, ``局党组成员、副局长``, ``二级巡视员``, ``一级调研员``, ``局党组成员、市住房保障服务中心主任``) (z03, z04, z06); the
人大 site's session report and 任免名单 on one page (决定任命 / 决定免去 / 任命) (z05); a 市政府常务会议 with 副市长, 秘书长
出席 and 副秘书长, 办公室主任 列席 (z07); a 市政协 视察 led by a 副主席 with the 主任委员 / 副主任委员 of two special committees,
a department's 副局长 and a district's 副区长 accompanying, and a 座谈会 (z08); a city paper's 推进会 where a 市直部门 head
reports and 市直部门 and 区县 leaders speak side by side in one sentence (市水利局局长, 东昌区委副书记、区长, 通化县委副书记、县长,
集安市委常委、副市长, 柳河县副县长) (z09); a city paper's 第A01版 with a 市委常委会 and a 市政府常务会议 of the same day (z10).

Identity cases:
- z:晋志宏, a department head who becomes 副市长 (three pages, two years): 长治市发展改革委主任 accompanying the 市长 in May
  2022 (z01); 委党组书记、主任 on the 发改委's own site in Feb 2023 (z04: bare 委 = 长治市发展改革委); 副市长 at the
  市政府常务会议 in May 2024 (z07).
- z:郜晓峰, a 局长 who moves from one department to another: 长治市交通运输局党组书记、局长 in May 2022 (z01); appointed
  长治市住房和城乡建设局局长 by the 市人大常委会 in June 2023, his 交通运输局局长 post removed (免去: no line) (z05); 局党组书记、
  局长 on the 住建局's own site in March 2024 (z06: bare 局 = 长治市住建局). His predecessor z:原振宇 is 市住建局局长 in 2022
  (z01) and is named in the 免去 list only (z05, no line).
- z:连慧芳 rises inside one department: 长治市商务局副局长 in 2022 (z01), appointed 长治市商务局局长 in 2023 (z05).
- two different 任俊峰 in two cities: z:任俊峰#1 is 长治市生态环境局局长 (山西; z01 May 2022, and 局党组书记、局长 on the
  局's own site, z03 Nov 2022); z:任俊峰#2 is 通化市自然资源局副局长 (吉林; z08, Sept 2023).
- the same officials across years: z:续文博 (长治市委副书记、市长, z01 2022, z02 2022, z07 2024), z:武晋生 (市委常委 2022,
  常务副市长 2022 and 2024), z:申晓东 (市政府副秘书长) and z:琚明亮 (市政府办公室主任) in z01 (2022) and z07 (2024),
  z:常秉义 (市人大常委会主任, z02 and z05), z:暴海军 (副市长, z05 and z07); in 通化 z:迟文涛 (副市长, z09 and z10).
  The reporter z:韩雨桐 (z02, z05), the editor z:乔梦瑶 (z01, z07) and the reporter z:邵佳琪 (z09, z10) sign two pages.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts g, h, l and q where they speak; decided here where they are silent):
- Bare organs on a department's own site belong to that department of the site's city: ``局党组书记、局长任俊峰`` on the
  长治市生态环境局 site → 长治市生态环境局党组 书记 + 长治市生态环境局 局长; ``委党组书记、主任`` on the 发改委 site →
  长治市发展改革委党组 书记 + 长治市发展改革委 主任; ``局党组书记、局长`` on the 住建局 site → 长治市住建局党组 / 长治市住建局.
  The department is named as the page's own headline writes it (市生态环境局, 市发展改革委, 市住建局; the site line, in
  full, is chrome), so z01's 市住建局局长 and z06's 局长 are the same org; the 任免名单 writes 长治市住房和城乡建设局 in full
  and keeps it (as written, part l).
- 党组 goes only with 书记 (parts g, h): ``局党组书记、局长`` → 党组 书记 + 局 局长.
- DECIDED HERE: ``党组成员`` is a post of the 党组 (title ``成员``, like 党工委 委员): ``局党组成员、副局长苗志刚、贾秀云`` gives
  each 长治市生态环境局党组 成员 + 长治市生态环境局 副局长; ``局党组成员、市住房保障服务中心主任靳立军`` gives 长治市住建局党组
  成员 + 长治市住房保障服务中心 主任 (the 中心 is written with its 市).
- DECIDED HERE (and as the sample's gold does: 市水利局三级调研员): the ranks 一级调研员 and 二级巡视员 are annotated as posts of the department whose page or phrase holds them,
  title as written (``二级巡视员卫国栋`` → 长治市生态环境局 二级巡视员; ``一级调研员路海生`` → 长治市发展改革委 一级调研员;
  ``一级调研员温志坚`` → 长治市住建局 一级调研员): they are appointed in the department and printed like posts in its
  lists; CONVENTIONS does not name them among the non-posts. Every rank on the pages is annotated so.
- 市政府副秘书长 → 长治市政府 副秘书长; 市政府秘书长 → 长治市政府 秘书长; 市政府办公室主任 → 长治市政府办公室 主任 (not
  长治市政府).
- 市政协 special committees: ``市政协人口资源环境委员会主任委员滕秀梅`` → 通化市政协人口资源环境委员会 主任委员;
  ``市政协经济委员会副主任委员`` → 通化市政协经济委员会 副主任委员. 市人大常委会's committee: ``邢亚楠为长治市人大常委会
  城乡建设环境保护工作委员会主任`` → that 工作委员会 主任.
- 市直部门 and 区县 side by side (z09): ``市住建局局长`` / ``市水利局局长`` on the 通化日报 = 通化市住建局 / 通化市水利局;
  ``通化县委副书记、县长`` = 通化县委 / 通化县政府 (the county, not the city); ``集安市委常委、副市长`` = 集安市委 常委 +
  集安市政府 副市长 (the county-level city, not 通化市政府); ``柳河县副县长`` = 柳河县政府; ``东昌区委副书记、区长`` = 东昌区委
  / 东昌区政府 (东昌区 is 通化's only; no city prefix).
- Appointments: 决定任命 / 任命 make holdings (as parts l, x); 决定免去 makes none (原振宇 named without a post; 郜晓峰's
  交通运输局 post has no line in z05). The appointees named without titles in the session report (article 1 of z05) make
  no line there (their lines are in article 2, the 名单); their 宪法宣誓 makes them attendees of the session.
- One line per post per article; a list after one title gives every name that title (``市委常委武晋生、裴雅琴、侯剑锋、
  栗永强``, ``副市长暴海军、晋志宏、冯慧敏``, ``副主任秦玉兰、尚志勇、范国华``); a new title later in the article gives a new
  line (武晋生 常务副市长, 侯剑锋 宣传部部长 in z02). z10 has two articles: 綦建明 and 盖永胜 get their lines in each.
- Bare organs of the city: 市委 / 市政府 / 市人大常委会 / 市政协 / 市X局 on the 长治 sites and the 长治日报 = 长治市; on the
  通化 政协 site and the 通化日报 = 通化市. ``潞州区委书记郝振东、区长魏书琴`` → 潞州区委 书记, 潞州区政府 区长.
- Events: the 调研 (leader), the 市委常委会 and 市政府常务会议 (chair, 出席 / 列席 attendees), the 党组会议 (chair, 出席 /
  参加 attendees, 汇报 / 通报 / 作了安排 / 强调 speakers), the 人大常委会 session, the 政协 视察 (leader 宫德胜) and the
  座谈会 after it (its 介绍 / 汇报 speakers), the 推进会 (no chair written; 讲话 / 通报 / 交流发言 speakers).
- Projects are works named as under way or to be pushed; an ecological restoration of a lake or a hill is a
  greening_project (as l03, h02), a 老旧小区改造项目 a housing_project (as b05, g11), pipes, hubs, airports and roads
  infrastructure_project, dikes engineering_work, a named park (…产业园二期, …产业园) industrial_park. A second phase named
  on its own (…工程二期) is a project of its own. Plans and 实施方案 are documents, not projects.
- Places: one line per name per file, with a standalone evidence where the page has one; places inside titles, organ
  references, document titles and project names count; site lines, mastheads, 来源 lines, footers and the 上一篇 /
  下一篇 links are not annotated. The bare city name (长治, 通化) is annotated where the body uses it.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "z01_changzhi.txt": (2022, "发布时间：2022-05-19 09:40", "长治市", [
        ("续文博调研中心城区重点项目和城市更新工作", "5月18日", "2022-05-18", "5月18日，市委副书记",
         "city site: the 市长's 调研 in 潞州区 with eight city officials (副秘书长, 办公室主任, six department heads) and the district's 区委书记 / 区长")]),
    "z02_changzhi.txt": (2022, "2022年8月16日　星期二", "长治市", [
        ("市委常委会召开会议", "昨日", "2022-08-15", "本报讯（记者 韩雨桐）昨日",
         "city paper: 市委常委会 dated 昨日 against the edition date; list of 常委 after one title; 列席; 常务副市长 and 宣传部部长 report")]),
    "z03_changzhi.txt": (2022, "发布时间：2022-11-22 17:05", "长治市", [
        ("市生态环境局召开党组会议 传达学习省市会议精神", "11月21日上午", "2022-11-21", "11月21日上午，局党组书记",
         "department site: its own 党组会议; bare 局党组书记、局长, 局党组成员、副局长, 二级巡视员, 一级调研员")]),
    "z04_changzhi.txt": (2023, "发布日期：2023-02-14", "长治市", [
        ("市发展改革委召开党组（扩大）会议 部署2023年重点工作", "2月13日", "2023-02-13", "2月13日，委党组书记",
         "department site: its own 党组（扩大）会议; bare 委党组书记、主任 晋志宏, 委党组成员、副主任, 一级调研员")]),
    "z05_changzhi.txt": (2023, "发布时间：2023-06-30 10:20", "长治市", [
        ("市十五届人大常委会第十次会议闭会", "6月29日上午", "2023-06-29", "6月29日上午，市十五届",
         "人大 site: session report; appointees' 宪法宣誓 without titles"),
        ("长治市人大常委会任免名单", "2023年6月29日", "2023-06-29", "（2023年6月29日长治市",
         "任免名单 of department heads: 决定任命 (郜晓峰 交通运输局 → 住建局), 决定免去, 任命 (a 人大 工作委员会 主任)")]),
    "z06_changzhi.txt": (2024, "发布时间：2024-03-12 16:32", "长治市", [
        ("市住建局召开党组会议专题研究城市更新和安全生产工作", "3月11日下午", "2024-03-11", "3月11日下午，局党组书记",
         "department site: its own 党组会议 chaired by 郜晓峰 (now 住建局); 党组成员 with a 中心主任; 一级调研员")]),
    "z07_changzhi.txt": (2024, "发布时间：2024-05-21 18:10", "长治市", [
        ("续文博主持召开市政府第四十二次常务会议", "5月20日", "2024-05-20", "5月20日，市委副书记",
         "city site: 市政府常务会议; 晋志宏 now 副市长; 秘书长 出席, 副秘书长 and 办公室主任 列席")]),
    "z08_tonghua.txt": (2023, "发布时间：2023-09-13 15:20", "通化市", [
        ("市政协视察浑江城区段生态修复和城市防洪工作", "9月12日", "2023-09-12", "9月12日，市政协副主席",
         "市政协 site: 视察 led by a 副主席 with 主任委员 / 副主任委员 of two special committees; the other 任俊峰 (通化 自然资源局副局长); 座谈会")]),
    "z09_tonghua.txt": (2024, "2024年10月17日　星期四", "通化市", [
        ("全市城市更新和冬季供暖保障工作推进会召开", "10月16日", "2024-10-16", "本报讯（记者 邵佳琪）10月16日",
         "city paper: 推进会; 市直部门 heads and 区县 leaders (通化县, 集安市, 东昌区, 柳河县) side by side")]),
    "z10_tonghua.txt": (2025, "2025年1月8日　星期三", "通化市", [
        ("市委常委会召开会议", "1月7日", "2025-01-07", "本报讯（记者 付雨萌）",
         "city paper 第A01版: 市委常委会; list of 常委 after one title; 列席"),
        ("市政府召开第二十六次常务会议", "1月7日下午", "2025-01-07", "本报讯（记者 邵佳琪）",
         "city paper 第A01版: 市政府常务会议 of the same day")]),
}

_Z05_SESSION = "市人大常委会主任常秉义主持会议，副主任秦玉兰、尚志勇、范国华出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 长治
    "z:续文博": ("续文博", "official", "长治市", [
        ("z01", "长治市委", "副书记", "市委副书记、市长续文博深入潞州区调研", "2022-05; named in the headline too"),
        ("z01", "长治市政府", "市长", "市委副书记、市长续文博深入潞州区调研", None),
        ("z02", "长治市委", "副书记", "市委副书记、市长续文博，市委副书记芦建新", "2022-08"),
        ("z02", "长治市政府", "市长", "市委副书记、市长续文博，市委副书记芦建新", None),
        ("z07", "长治市委", "副书记", "5月20日，市委副书记、市长续文博主持召开", "2024-05; named in the headline too"),
        ("z07", "长治市政府", "市长", "5月20日，市委副书记、市长续文博主持召开", None)], []),
    "z:申晓东": ("申晓东", "official", "长治市", [
        ("z01", "长治市政府", "副秘书长", "市政府副秘书长申晓东", "市政府副秘书长 = a post of 长治市政府 (2022)"),
        ("z07", "长治市政府", "副秘书长", "市政府副秘书长申晓东，市政府办公室主任琚明亮列席会议", "2024: the same post")], []),
    "z:琚明亮": ("琚明亮", "official", "长治市", [
        ("z01", "长治市政府办公室", "主任", "市政府办公室主任琚明亮", "市政府办公室主任 = 长治市政府办公室, not 长治市政府 (2022)"),
        ("z07", "长治市政府办公室", "主任", "市政府办公室主任琚明亮列席会议", "2024: the same post")], []),
    "z:晋志宏": ("晋志宏", "official", "长治市", [
        ("z01", "长治市发展改革委", "主任", "市发展改革委主任晋志宏", "2022-05: department head (identity case: becomes 副市长 in 2024, z07)"),
        ("z04", "长治市发展改革委党组", "书记", "委党组书记、主任晋志宏主持召开委党组（扩大）会议", "2023-02: bare 委党组 on the 发改委's own site; 党组 goes only with 书记"),
        ("z04", "长治市发展改革委", "主任", "委党组书记、主任晋志宏主持召开委党组（扩大）会议", "bare 委 on the 发改委 site = 长治市发展改革委 (as the page's headline writes it)"),
        ("z07", "长治市政府", "副市长", "副市长暴海军、晋志宏、冯慧敏", "2024-05: now 副市长 (list after one title)")], []),
    "z:原振宇": ("原振宇", "official", "长治市", [
        ("z01", "长治市住建局", "局长", "市住建局局长原振宇", "2022; in z05 (2023) only his removal (决定免去), no line")], ["z05"]),
    "z:程永康": ("程永康", "official", "长治市", [
        ("z01", "长治市自然资源和规划局", "局长", "市自然资源和规划局局长程永康", None)], []),
    "z:任俊峰#1": ("任俊峰", "official", "长治市", [
        ("z01", "长治市生态环境局", "局长", "市生态环境局局长任俊峰", "长治 (山西); not the 任俊峰 of 通化 (z08)"),
        ("z03", "长治市生态环境局党组", "书记", "局党组书记、局长任俊峰主持召开局党组会议", "bare 局党组 on the 生态环境局's own site"),
        ("z03", "长治市生态环境局", "局长", "局党组书记、局长任俊峰主持召开局党组会议", "same post as z01, six months later")], []),
    "z:郜晓峰": ("郜晓峰", "official", "长治市", [
        ("z01", "长治市交通运输局党组", "书记", "市交通运输局党组书记、局长郜晓峰", "2022: 交通运输局 (identity case: moves to 住建局 in 2023)"),
        ("z01", "长治市交通运输局", "局长", "市交通运输局党组书记、局长郜晓峰", None),
        ("z05", "长治市住房和城乡建设局", "局长", "郜晓峰为长治市住房和城乡建设局局长", "2023-06: appointed (决定任命); his 交通运输局局长 post removed (免去, no line); named without a title in article 1"),
        ("z06", "长治市住建局党组", "书记", "局党组书记、局长郜晓峰主持召开局党组会议", "2024-03: bare 局党组 on the 住建局's own site"),
        ("z06", "长治市住建局", "局长", "局党组书记、局长郜晓峰主持召开局党组会议", "bare 局 on the 住建局 site = 长治市住建局 (as the headline writes it)")], []),
    "z:连慧芳": ("连慧芳", "official", "长治市", [
        ("z01", "长治市商务局", "副局长", "市商务局副局长连慧芳", "2022: 副局长"),
        ("z05", "长治市商务局", "局长", "连慧芳为长治市商务局局长", "2023: appointed 局长 of the same department")], []),
    "z:郝振东": ("郝振东", "official", "潞州区", [
        ("z01", "潞州区委", "书记", "潞州区委书记郝振东", None)], []),
    "z:魏书琴": ("魏书琴", "official", "潞州区", [
        ("z01", "潞州区政府", "区长", "区长魏书琴陪同调研", "区长 after 潞州区委书记 = 潞州区's")], []),
    "z:乔梦瑶": ("乔梦瑶", "editor", "长治市人民政府", [], ["z01", "z07"]),
    "z:樊立诚": ("樊立诚", "official", "长治市", [
        ("z02", "长治市委", "书记", "市委书记樊立诚主持会议", None)], []),
    "z:芦建新": ("芦建新", "official", "长治市", [
        ("z02", "长治市委", "副书记", "市委副书记芦建新", None)], []),
    "z:武晋生": ("武晋生", "official", "长治市", [
        ("z02", "长治市委", "常委", "市委常委武晋生、裴雅琴、侯剑锋、栗永强出席会议", "list after one title; 常委 repeated later, no second line"),
        ("z02", "长治市政府", "常务副市长", "市委常委、常务副市长武晋生通报了", "new title later in the article"),
        ("z07", "长治市委", "常委", "市委常委、常务副市长武晋生，副市长暴海军", "2024"),
        ("z07", "长治市政府", "常务副市长", "市委常委、常务副市长武晋生，副市长暴海军", None)], []),
    "z:裴雅琴": ("裴雅琴", "official", "长治市", [
        ("z02", "长治市委", "常委", "市委常委武晋生、裴雅琴、侯剑锋、栗永强出席会议", None)], []),
    "z:侯剑锋": ("侯剑锋", "official", "长治市", [
        ("z02", "长治市委", "常委", "市委常委武晋生、裴雅琴、侯剑锋、栗永强出席会议", None),
        ("z02", "长治市委宣传部", "部长", "市委常委、宣传部部长侯剑锋", "宣传部 after 市委常委 = 长治市委宣传部")], []),
    "z:栗永强": ("栗永强", "official", "长治市", [
        ("z02", "长治市委", "常委", "市委常委武晋生、裴雅琴、侯剑锋、栗永强出席会议", None)], []),
    "z:常秉义": ("常秉义", "official", "长治市", [
        ("z02", "长治市人大常委会", "主任", "市人大常委会主任常秉义", "2022"),
        ("z05", "长治市人大常委会", "主任", _Z05_SESSION, "2023")], []),
    "z:牛淑贞": ("牛淑贞", "official", "长治市", [
        ("z02", "长治市政协", "主席", "市政协主席牛淑贞列席会议", None)], []),
    "z:韩雨桐": ("韩雨桐", "reporter", "长治日报", [], ["z02", "z05"]),
    "z:苗志刚": ("苗志刚", "official", "长治市", [
        ("z03", "长治市生态环境局党组", "成员", "局党组成员、副局长苗志刚、贾秀云", "DECIDED HERE: 党组成员 is a post of the 党组"),
        ("z03", "长治市生态环境局", "副局长", "局党组成员、副局长苗志刚、贾秀云", None)], []),
    "z:贾秀云": ("贾秀云", "official", "长治市", [
        ("z03", "长治市生态环境局党组", "成员", "局党组成员、副局长苗志刚、贾秀云", "list after one chain of titles"),
        ("z03", "长治市生态环境局", "副局长", "局党组成员、副局长苗志刚、贾秀云", None)], []),
    "z:卫国栋": ("卫国栋", "official", "长治市", [
        ("z03", "长治市生态环境局", "二级巡视员", "二级巡视员卫国栋", "DECIDED HERE: a rank annotated as a post of its department")], []),
    "z:段永平": ("段永平", "official", "长治市", [
        ("z03", "长治市生态环境局", "一级调研员", "一级调研员段永平", "DECIDED HERE: a rank annotated as a post of its department")], []),
    "z:崔海燕": ("崔海燕", "official", "长治市", [
        ("z04", "长治市发展改革委党组", "成员", "委党组成员、副主任崔海燕、冯建军", "bare 委 on the 发改委 site"),
        ("z04", "长治市发展改革委", "副主任", "委党组成员、副主任崔海燕、冯建军", None)], []),
    "z:冯建军": ("冯建军", "official", "长治市", [
        ("z04", "长治市发展改革委党组", "成员", "委党组成员、副主任崔海燕、冯建军", None),
        ("z04", "长治市发展改革委", "副主任", "委党组成员、副主任崔海燕、冯建军", None)], []),
    "z:路海生": ("路海生", "official", "长治市", [
        ("z04", "长治市发展改革委", "一级调研员", "一级调研员路海生出席会议", "rank as a post of the department")], []),
    "z:秦玉兰": ("秦玉兰", "official", "长治市", [
        ("z05", "长治市人大常委会", "副主任", _Z05_SESSION, "list after one title")], []),
    "z:尚志勇": ("尚志勇", "official", "长治市", [
        ("z05", "长治市人大常委会", "副主任", _Z05_SESSION, None)], []),
    "z:范国华": ("范国华", "official", "长治市", [
        ("z05", "长治市人大常委会", "副主任", _Z05_SESSION, None)], []),
    "z:暴海军": ("暴海军", "official", "长治市", [
        ("z05", "长治市政府", "副市长", "副市长暴海军，市中级人民法院", "2023"),
        ("z07", "长治市政府", "副市长", "副市长暴海军、晋志宏、冯慧敏", "2024; list after one title")], []),
    "z:柴国庆": ("柴国庆", "official", "长治市", [
        ("z05", "长治市交通运输局", "局长", "柴国庆为长治市交通运输局局长", "appointment: succeeds 郜晓峰")], []),
    "z:邢亚楠": ("邢亚楠", "official", "长治市", [
        ("z05", "长治市人大常委会城乡建设环境保护工作委员会", "主任", "邢亚楠为长治市人大常委会城乡建设环境保护工作委员会主任", "appointment under 任命")], []),
    "z:田建斌": ("田建斌", "official", "长治市", [
        ("z06", "长治市住建局党组", "成员", "局党组成员、副局长田建斌、史晓红", None),
        ("z06", "长治市住建局", "副局长", "局党组成员、副局长田建斌、史晓红", None)], []),
    "z:史晓红": ("史晓红", "official", "长治市", [
        ("z06", "长治市住建局党组", "成员", "局党组成员、副局长田建斌、史晓红", None),
        ("z06", "长治市住建局", "副局长", "局党组成员、副局长田建斌、史晓红", None)], []),
    "z:靳立军": ("靳立军", "official", "长治市", [
        ("z06", "长治市住建局党组", "成员", "局党组成员、市住房保障服务中心主任靳立军", "a 中心主任 who sits in the 局党组"),
        ("z06", "长治市住房保障服务中心", "主任", "局党组成员、市住房保障服务中心主任靳立军", None)], []),
    "z:温志坚": ("温志坚", "official", "长治市", [
        ("z06", "长治市住建局", "一级调研员", "一级调研员温志坚参加会议", "rank as a post of the department")], []),
    "z:冯慧敏": ("冯慧敏", "official", "长治市", [
        ("z07", "长治市政府", "副市长", "副市长暴海军、晋志宏、冯慧敏", None)], []),
    "z:霍建勋": ("霍建勋", "official", "长治市", [
        ("z07", "长治市政府", "秘书长", "市政府秘书长霍建勋出席会议", None)], []),
    # ---- 通化
    "z:宫德胜": ("宫德胜", "official", "通化市", [
        ("z08", "通化市政协", "副主席", "市政协副主席宫德胜带领部分市政协委员", None)], []),
    "z:滕秀梅": ("滕秀梅", "official", "通化市", [
        ("z08", "通化市政协人口资源环境委员会", "主任委员", "市政协人口资源环境委员会主任委员滕秀梅", "special committee of the 政协")], []),
    "z:车明哲": ("车明哲", "official", "通化市", [
        ("z08", "通化市政协经济委员会", "副主任委员", "市政协经济委员会副主任委员车明哲", None)], []),
    "z:矫志远": ("矫志远", "official", "通化市", [
        ("z08", "通化市政协人口资源环境委员会", "副主任委员", "市政协人口资源环境委员会副主任委员矫志远", None)], []),
    "z:任俊峰#2": ("任俊峰", "official", "通化市", [
        ("z08", "通化市自然资源局", "副局长", "市自然资源局副局长任俊峰", "通化 (吉林); not the 任俊峰 of 长治 (z01, z03)")], []),
    "z:初晓光": ("初晓光", "official", "东昌区", [
        ("z08", "东昌区政府", "副区长", "东昌区副区长初晓光陪同视察", None)], []),
    "z:迟文涛": ("迟文涛", "official", "通化市", [
        ("z09", "通化市政府", "副市长", "副市长迟文涛出席会议并讲话", "2024"),
        ("z10", "通化市政府", "副市长", "副市长迟文涛、聂红霞", "2025; article 2")], []),
    "z:姜海波": ("姜海波", "official", "通化市", [
        ("z09", "通化市住建局", "局长", "市住建局局长姜海波通报了", "市直部门 on the 通化日报 = 通化市")], []),
    "z:盛宏伟": ("盛宏伟", "official", "通化市", [
        ("z09", "通化市水利局", "局长", "市水利局局长盛宏伟", "市直部门 head in the same sentence as 区县 leaders")], []),
    "z:鲍丽君": ("鲍丽君", "official", "东昌区", [
        ("z09", "东昌区委", "副书记", "东昌区委副书记、区长鲍丽君", None),
        ("z09", "东昌区政府", "区长", "东昌区委副书记、区长鲍丽君", None)], []),
    "z:都兴华": ("都兴华", "official", "通化县", [
        ("z09", "通化县委", "副书记", "通化县委副书记、县长都兴华", "通化县 (the county), not 通化市"),
        ("z09", "通化县政府", "县长", "通化县委副书记、县长都兴华", None)], []),
    "z:朴成哲": ("朴成哲", "official", "集安市", [
        ("z09", "集安市委", "常委", "集安市委常委、副市长朴成哲", "集安市 (county-level city)"),
        ("z09", "集安市政府", "副市长", "集安市委常委、副市长朴成哲", "集安's 副市长, not 通化市政府")], []),
    "z:富春阳": ("富春阳", "official", "柳河县", [
        ("z09", "柳河县政府", "副县长", "柳河县副县长富春阳", None)], []),
    "z:邵佳琪": ("邵佳琪", "reporter", "通化日报", [], ["z09", "z10"]),
    "z:隋宏斌": ("隋宏斌", "official", "通化市", [
        ("z10", "通化市委", "书记", "市委书记隋宏斌主持会议", None)], []),
    "z:綦建明": ("綦建明", "official", "通化市", [
        ("z10", "通化市委", "副书记", "市委副书记、市长綦建明，市委副书记栾海峰", "article 1"),
        ("z10", "通化市政府", "市长", "市委副书记、市长綦建明，市委副书记栾海峰", None),
        ("z10", "通化市委", "副书记", "市委副书记、市长綦建明主持召开", "article 2 (a new article: new lines)"),
        ("z10", "通化市政府", "市长", "市委副书记、市长綦建明主持召开", None)], []),
    "z:栾海峰": ("栾海峰", "official", "通化市", [
        ("z10", "通化市委", "副书记", "市委副书记栾海峰", None)], []),
    "z:修丽娜": ("修丽娜", "official", "通化市", [
        ("z10", "通化市委", "常委", "市委常委修丽娜、盖永胜、苑德福、逄志超出席会议", "list after one title")], []),
    "z:盖永胜": ("盖永胜", "official", "通化市", [
        ("z10", "通化市委", "常委", "市委常委修丽娜、盖永胜、苑德福、逄志超出席会议", "article 1"),
        ("z10", "通化市委", "常委", "市委常委、常务副市长盖永胜", "article 2"),
        ("z10", "通化市政府", "常务副市长", "市委常委、常务副市长盖永胜", None)], []),
    "z:苑德福": ("苑德福", "official", "通化市", [
        ("z10", "通化市委", "常委", "市委常委修丽娜、盖永胜、苑德福、逄志超出席会议", None)], []),
    "z:逄志超": ("逄志超", "official", "通化市", [
        ("z10", "通化市委", "常委", "市委常委修丽娜、盖永胜、苑德福、逄志超出席会议", None)], []),
    "z:于占山": ("于占山", "official", "通化市", [
        ("z10", "通化市人大常委会", "主任", "市人大常委会主任于占山", None)], []),
    "z:臧丽娟": ("臧丽娟", "official", "通化市", [
        ("z10", "通化市政协", "主席", "市政协主席臧丽娟列席会议", None)], []),
    "z:聂红霞": ("聂红霞", "official", "通化市", [
        ("z10", "通化市政府", "副市长", "副市长迟文涛、聂红霞", None)], []),
    "z:景春雷": ("景春雷", "official", "通化市", [
        ("z10", "通化市政府", "秘书长", "市政府秘书长景春雷出席会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("z01", "乔梦瑶", "责任编辑", "editor", "责任编辑：乔梦瑶"),
    ("z02", "韩雨桐", "记者", "reporter", "本报讯（记者 韩雨桐）"),
    ("z02", "阎思琪", "编辑", "editor", "编辑：阎思琪"),
    ("z02", "任晓敏", "校对", "editor", "校对：任晓敏"),
    ("z03", "白若琳", "供稿", "author", "（供稿：局办公室 白若琳）"),
    ("z04", "邱雨辰", "责任编辑", "editor", "责任编辑：邱雨辰"),
    ("z05", "韩雨桐", "记者", "reporter", "（记者 韩雨桐 通讯员 邹泽宇）"),
    ("z05", "邹泽宇", "通讯员", "correspondent", "（记者 韩雨桐 通讯员 邹泽宇）"),
    ("z05", "钟佳怡", "责任编辑", "editor", "责任编辑：钟佳怡"),
    ("z06", "孙梓涵", "供稿", "author", "（供稿：办公室 孙梓涵）"),
    ("z06", "许文昊", "审核", "editor", "审核：许文昊"),
    ("z07", "乔梦瑶", "责任编辑", "editor", "责任编辑：乔梦瑶"),
    ("z08", "蔡欣怡", "撰稿", "author", "（撰稿：蔡欣怡）"),
    ("z09", "邵佳琪", "记者", "reporter", "本报讯（记者 邵佳琪）"),
    ("z10", "付雨萌", "记者", "reporter", "本报讯（记者 付雨萌）"),
    ("z10", "邵佳琪", "记者", "reporter", "本报讯（记者 邵佳琪）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("z01", "中心城区重点项目建设和城市更新工作调研", "inspection (调研)", "5月18日", None, "续文博", [],
     ["申晓东", "琚明亮", "晋志宏", "原振宇", "程永康", "任俊峰", "郜晓峰", "连慧芳", "郝振东", "魏书琴"],
     ["续文博", "郜晓峰", "程永康", "原振宇", "连慧芳", "任俊峰", "晋志宏"], "潞州区",
     "市委副书记、市长续文博深入潞州区调研中心城区重点项目建设和城市更新工作",
     ["市长续文博深入潞州区调研", "市政府副秘书长申晓东", "区长魏书琴陪同调研", "郜晓峰汇报了", "程永康、原振宇分别就",
      "连慧芳介绍了", "听取了任俊峰关于", "续文博强调", "晋志宏表示"]),
    ("z02", "市委常委会会议", "meeting (市委常委会会议)", "昨日", "樊立诚", None, [],
     ["续文博", "芦建新", "武晋生", "裴雅琴", "侯剑锋", "栗永强", "常秉义", "牛淑贞"], ["武晋生", "侯剑锋", "樊立诚"], None,
     "昨日，市委常委会召开会议",
     ["市委书记樊立诚主持会议", "栗永强出席会议", "市政协主席牛淑贞列席会议", "常务副市长武晋生通报了", "宣传部部长侯剑锋关于",
      "樊立诚强调"]),
    ("z03", "市生态环境局党组会议", "meeting (党组会议)", "11月21日上午", "任俊峰", None, ["长治市生态环境局党组"],
     ["苗志刚", "贾秀云", "卫国栋", "段永平"], ["苗志刚", "贾秀云", "卫国栋", "任俊峰"], None,
     "局党组书记、局长任俊峰主持召开局党组会议",
     ["局长任俊峰主持召开局党组会议", "一级调研员段永平出席会议", "会议听取了苗志刚关于", "贾秀云关于", "卫国栋就",
      "任俊峰强调"]),
    ("z04", "市发展改革委党组（扩大）会议", "meeting (党组扩大会议)", "2月13日", "晋志宏", None, ["长治市发展改革委党组"],
     ["崔海燕", "冯建军", "路海生"], ["崔海燕", "冯建军", "路海生", "晋志宏"], None,
     "委党组书记、主任晋志宏主持召开委党组（扩大）会议",
     ["主任晋志宏主持召开委党组（扩大）会议", "一级调研员路海生出席会议", "会议听取了崔海燕关于", "冯建军就", "路海生通报了",
      "晋志宏强调"]),
    ("z05", "市十五届人大常委会第十次会议", "session (人大常委会会议)", "6月29日上午", "常秉义", None, [],
     ["秦玉兰", "尚志勇", "范国华", "暴海军", "郜晓峰", "柴国庆", "连慧芳", "邢亚楠"], ["常秉义"], None,
     "6月29日上午，市十五届人大常委会第十次会议在市人大常委会机关会议室闭会",
     [_Z05_SESSION, "副市长暴海军，市中级人民法院", "郜晓峰、柴国庆、连慧芳、邢亚楠依次进行宪法宣誓", "常秉义在讲话中指出"]),
    ("z06", "市住建局党组会议", "meeting (党组会议)", "3月11日下午", "郜晓峰", None, ["长治市住建局党组"],
     ["田建斌", "史晓红", "靳立军", "温志坚"], ["田建斌", "史晓红", "靳立军", "温志坚", "郜晓峰"], None,
     "局党组书记、局长郜晓峰主持召开局党组会议",
     ["局长郜晓峰主持召开局党组会议", "一级调研员温志坚参加会议", "会议听取了田建斌关于", "史晓红关于", "靳立军关于",
      "温志坚通报了", "郜晓峰强调"]),
    ("z07", "市政府第四十二次常务会议", "meeting (市政府常务会议)", "5月20日", "续文博", None, [],
     ["武晋生", "暴海军", "晋志宏", "冯慧敏", "霍建勋", "申晓东", "琚明亮"], ["续文博"], None,
     "市委副书记、市长续文博主持召开市政府第四十二次常务会议",
     ["市长续文博主持召开市政府第四十二次常务会议", "副市长暴海军、晋志宏、冯慧敏", "市政府秘书长霍建勋出席会议",
      "市政府办公室主任琚明亮列席会议", "续文博强调"]),
    ("z08", "浑江城区段生态修复和城市防洪工作视察", "inspection (政协视察)", "9月12日", None, "宫德胜", ["通化市政协"],
     ["滕秀梅", "车明哲", "矫志远", "任俊峰", "初晓光"], ["滕秀梅", "宫德胜"], "浑江城区段",
     "市政协副主席宫德胜带领部分市政协委员，视察浑江城区段生态修复和城市防洪工作",
     ["市政协副主席宫德胜带领部分市政协委员", "副主任委员矫志远参加视察", "东昌区副区长初晓光陪同视察", "滕秀梅表示",
      "宫德胜指出"]),
    ("z08", "座谈会", "meeting (座谈会)", "9月12日", None, None, [],
     [], ["任俊峰", "初晓光"], None,
     "在随后召开的座谈会上，任俊峰介绍了",
     ["任俊峰介绍了全市国土空间生态修复规划编制", "初晓光汇报了东昌区城市防洪"]),
    ("z09", "全市城市更新和冬季供暖保障工作推进会", "meeting (推进会)", "10月16日", None, None, [],
     [], ["迟文涛", "姜海波", "盛宏伟", "鲍丽君", "都兴华", "朴成哲", "富春阳"], None,
     "10月16日，全市城市更新和冬季供暖保障工作推进会召开",
     ["副市长迟文涛出席会议并讲话", "市住建局局长姜海波通报了", "柳河县副县长富春阳先后作交流发言", "迟文涛指出", "迟文涛强调"]),
    ("z10", "市委常委会会议", "meeting (市委常委会会议)", "1月7日", "隋宏斌", None, [],
     ["綦建明", "栾海峰", "修丽娜", "盖永胜", "苑德福", "逄志超", "于占山", "臧丽娟"], ["隋宏斌"], None,
     "1月7日，市委常委会召开会议",
     ["市委书记隋宏斌主持会议", "逄志超出席会议", "市政协主席臧丽娟列席会议", "隋宏斌强调"]),
    ("z10", "市政府第二十六次常务会议", "meeting (市政府常务会议)", "1月7日下午", "綦建明", None, [],
     ["盖永胜", "迟文涛", "聂红霞", "景春雷"], ["綦建明"], None,
     "市委副书记、市长綦建明主持召开市政府第二十六次常务会议",
     ["市长綦建明主持召开市政府第二十六次常务会议", "常务副市长盖永胜，副市长迟文涛、聂红霞", "市政府秘书长景春雷出席会议",
      "綦建明指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("z01", "长治东站综合交通枢纽配套工程", "infrastructure_project", "先后来到长治东站综合交通枢纽配套工程"),
    ("z01", "上党门历史文化街区保护更新项目", "project", "上党门历史文化街区保护更新项目"),
    ("z01", "英雄南路片区老旧小区改造项目", "housing_project", "英雄南路片区老旧小区改造项目现场"),
    ("z01", "漳泽湖水生态保护修复工程", "greening_project", "漳泽湖水生态保护修复工程前期工作"),
    ("z02", "长治高新区光伏产业园二期", "industrial_park", "加快长治高新区光伏产业园二期"),
    ("z02", "潞城区现代煤化工产业园", "industrial_park", "潞城区现代煤化工产业园等项目建设进度"),
    ("z03", "漳泽湖水生态保护修复工程", "greening_project", "漳泽湖水生态保护修复工程推进情况"),
    ("z04", "长治东站综合交通枢纽配套工程", "infrastructure_project", "要重点抓好长治东站综合交通枢纽配套工程"),
    ("z04", "长治王村机场改扩建工程", "infrastructure_project", "长治王村机场改扩建工程"),
    ("z04", "漳泽湖水生态保护修复工程", "greening_project", "漳泽湖水生态保护修复工程等重大项目"),
    ("z06", "英雄南路片区老旧小区改造项目", "housing_project", "英雄南路片区老旧小区改造项目收尾情况"),
    ("z07", "英雄南路片区老旧小区改造项目", "housing_project", "加快英雄南路片区老旧小区改造项目收尾"),
    ("z07", "漳泽湖水生态保护修复工程二期", "greening_project", "会议研究了漳泽湖水生态保护修复工程二期实施方案"),
    ("z08", "浑江东昌区段堤防加固工程", "engineering_work", "浑江东昌区段堤防加固工程"),
    ("z08", "玉皇山公园山体生态修复项目", "greening_project", "玉皇山公园山体生态修复项目"),
    ("z09", "快大茂镇供热管网互联互通工程", "infrastructure_project", "快大茂镇供热管网互联互通工程"),
    ("z09", "集安市老城区雨污分流改造工程", "infrastructure_project", "集安市老城区雨污分流改造工程"),
    ("z09", "东昌区江北片区老旧小区改造项目", "housing_project", "加快推进东昌区江北片区老旧小区改造项目"),
    ("z09", "二道江区供热管网改造工程", "infrastructure_project", "二道江区供热管网改造工程收尾"),
    ("z10", "集安市鸭绿江沿岸文旅融合项目", "project", "集安市鸭绿江沿岸文旅融合项目"),
    ("z10", "通化县冰雪旅游度假区二期项目", "project", "通化县冰雪旅游度假区二期项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("z01", "潞州区", "district", "standalone", "深入潞州区调研中心城区重点项目建设"),
    ("z01", "长治东站", "transport_hub", "in_project_name", "先后来到长治东站综合交通枢纽配套工程"),
    ("z01", "上党门", "heritage_site", "standalone", "在上党门历史文化街区，续文博察看了"),
    ("z01", "英雄南路", "road", "in_project_name", "英雄南路片区老旧小区改造项目现场"),
    ("z01", "漳泽湖", "lake", "standalone", "在漳泽湖畔，续文博听取了"),
    ("z01", "浊漳河", "river", "standalone", "持续改善浊漳河流域水环境质量"),
    ("z02", "长治高新区", "development_zone", "in_project_name", "加快长治高新区光伏产业园二期"),
    ("z02", "潞城区", "district", "in_project_name", "潞城区现代煤化工产业园等项目建设进度"),
    ("z02", "长治", "city", "standalone", "展示长治形象"),
    ("z03", "浊漳河", "river", "standalone", "要加快浊漳河南源入河排污口整治"),
    ("z03", "漳泽湖", "lake", "in_project_name", "漳泽湖水生态保护修复工程推进情况"),
    ("z04", "长治东站", "transport_hub", "in_project_name", "要重点抓好长治东站综合交通枢纽配套工程"),
    ("z04", "长治王村机场", "airport", "in_project_name", "长治王村机场改扩建工程"),
    ("z04", "漳泽湖", "lake", "in_project_name", "漳泽湖水生态保护修复工程等重大项目"),
    ("z05", "长治市", "city", "in_document_title", "《长治市城市绿化管理条例（草案）》"),
    ("z06", "英雄南路", "road", "in_project_name", "英雄南路片区老旧小区改造项目收尾情况"),
    ("z07", "长治市", "city", "in_document_title", "《长治市推动大规模设备更新和消费品以旧换新实施方案》"),
    ("z07", "潞州区", "district", "standalone", "原则同意潞州区、上党区2024年城市更新项目实施计划"),
    ("z07", "上党区", "district", "standalone", "原则同意潞州区、上党区2024年城市更新项目实施计划"),
    ("z07", "英雄南路", "road", "in_project_name", "加快英雄南路片区老旧小区改造项目收尾"),
    ("z07", "浊漳河", "river", "standalone", "统筹做好浊漳河干支流综合治理"),
    ("z07", "漳泽湖", "lake", "standalone", "推动漳泽湖水质稳定达到Ⅲ类"),
    ("z08", "浑江", "river", "standalone", "视察浑江城区段生态修复和城市防洪工作"),
    ("z08", "东昌区", "district", "standalone", "初晓光汇报了东昌区城市防洪和河道清障工作"),
    ("z08", "玉皇山公园", "park", "in_project_name", "玉皇山公园山体生态修复项目"),
    ("z08", "二道江区", "district", "standalone", "二道江区浑江湿地公园"),
    ("z08", "浑江湿地公园", "park", "standalone", "二道江区浑江湿地公园"),
    ("z08", "通化", "city", "standalone", "浑江是通化的母亲河"),
    ("z09", "东昌区", "district", "in_title", "东昌区委副书记、区长鲍丽君"),
    ("z09", "通化县", "county", "in_title", "通化县委副书记、县长都兴华"),
    ("z09", "集安市", "county_level_city", "in_title", "集安市委常委、副市长朴成哲"),
    ("z09", "柳河县", "county", "in_title", "柳河县副县长富春阳"),
    ("z09", "江北片区", "area", "standalone", "介绍了江北片区老旧小区改造"),
    ("z09", "快大茂镇", "town", "in_project_name", "快大茂镇供热管网互联互通工程"),
    ("z09", "二道江区", "district", "in_project_name", "二道江区供热管网改造工程收尾"),
    ("z10", "通化", "city", "standalone", "奋力推动通化全面振兴"),
    ("z10", "通化市", "city", "in_document_title", "《通化市2025年重点项目建设工作方案》"),
    ("z10", "集安市", "county_level_city", "in_project_name", "集安市鸭绿江沿岸文旅融合项目"),
    ("z10", "鸭绿江", "river", "in_project_name", "集安市鸭绿江沿岸文旅融合项目"),
    ("z10", "通化县", "county", "in_project_name", "通化县冰雪旅游度假区二期项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="z", conventions="set z (blind set: a prefecture-city government and its departments in 山西 长治 and 吉林 通化: a 市长's 调研 with department heads, 市委常委会 and 市政府常务会议 reports, department sites' own 党组会议 with bare 局 / 委 organs (= that department of the site's city), 党组成员 as a post of the 党组, the ranks 一级调研员 / 二级巡视员 as posts of their department, 市政府副秘书长 → 市政府 and 市政府办公室主任 → 市政府办公室, a 人大常委会 任免名单 (决定任命 is a holding, 决定免去 is not), a 市政协 视察 with special-committee 主任委员 / 副主任委员, 市直部门 and 区县 leaders side by side)",
          persons_note="Set z persons. id = corpus-wide person_id (z:任俊峰#1 of 长治 and z:任俊峰#2 of 通化 are two people; z:晋志宏 moves 长治市发展改革委主任 2022 → 委党组书记、主任 2023 → 副市长 2024; z:郜晓峰 moves from the 交通运输局 (2022) to the 住建局 (2023, 2024); z:连慧芳 商务局副局长 2022 → 局长 2023)")


if __name__ == "__main__":
    main()
