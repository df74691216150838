"""Write gold part ``ag`` (a blind set: provincial-level news: the 省委常委会, the 省政府常务会议, the 省长's and a 副省长's
调研, a 省人大常委会 session with its 任免名单, a 省政协 主席会议, a provincial paper's front page) from the tables below.

Pages ``tests/dev/texts/ag*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 山西日报 report of a 省委常委会会议 (``省委常委会召开会议…省委书记…主持
会议…会议还研究了其他事项``); a 山西日报 page of a 省人大常委会 session (``省委书记、省人大常委会主任…出席会议并向通过任命人员
颁发任命书。省人大常委会副主任…主持会议…决定任命…为山西省人民政府副省长…新任命人员进行了宪法宣誓…副省长…列席会议``); 浙江,
广东 and 山东 省人大常委会 reports (``任命…为省公安厅厅长，免去…的省公安厅厅长职务``; ``决定免去…的广东省教育厅厅长职务，决定
任命…为广东省教育厅厅长``); a 浙江 省政协 ``主席…主持召开十二届六十一次主席会议…副主席…和秘书长…出席会议`` (联谊报) and a 甘肃
省政协 主席会议 report; 江西 and 浙江 省政府常务会议 reports (``省长主持召开省政府第34次常务会议…副省长…和省政府秘书长…出席
会议。省政府副秘书长及有关部门负责人列席会议``) and a 海南 省政府全体会议; the 青海省人民政府网 领导之窗 page chrome
(``来源：青海日报 作者… 发布时间… 编辑…``) and a 浙江日报 数字报 page (``00002版：要闻``, ``本报青海8月17日电``); a 江西日报 PDF
edition (``要闻 JIANGXI DAILY … 责任编辑 …``, ``本报南昌讯（记者…）``); a 浙江 副省长's 调研 of a road project (``省政府副秘书长…、
省交通运输厅副厅长…陪同。…市副市长…参加了调研``), a 福建 交通运输厅厅长's 调研, and a 泾川 county page of a 市长's 督查 (``县委
书记…，县委副书记、县长…陪同督查``). Places are real and new (or nearly new) to the corpus: 江西 (抚州 with 南城县, 东乡区, 抚州
高新区; 南丰县; 鹰潭 with 贵溪市, 余江区, 鹰潭高新区) and 青海 (西宁 with 城东区, 城中区; 湟源县 and its 城关镇).

Shapes: the 江西省人民政府 site's 领导活动 report of the 省长's two-day 调研 in a prefecture city with a 副省长 and the 省政府
秘书长, the city's 书记 and 市长 (bare ``市委副书记、市长``), and 厅长 / 主任 of the 省直 departments, then a 座谈会 (ag01, ag09);
the 江西日报 第01版 with two reports: the 省委常委会 (list of 常委 after one title, new titles later: 常务副省长, 秘书长; 省政协
主席 列席) and a 全省推进会 (a 副省长 speaks, a 厅长 reports, a 市委书记 and another city's 副市长 speak) (ag02); the 江西人大新闻网
report of the 省人大常委会 session (the 省委书记 is also 省人大常委会主任; appointees sworn without titles) with the 任免名单 as a
second article (决定任命 a 副省长 and a 厅长, 决定免去 a 厅长, 任命 a 工作委员会主任) (ag03); the 省政府常务会议 (ag04); the
江西政协新闻网 report of a 主席会议 (党组书记、主席; four 副主席 and the 秘书长; a 省委常委、统战部部长 invited; a 专门委员会主任
reports) (ag05); the 抚州市人民政府 site's report of a 副省长's 调研 of a county's projects (bare ``市委书记``, ``副市长`` of the
site's city; the 县委书记 and 县长; a 座谈会) (ag06); the 青海日报 第1版 with the 省委常委会 and the 省长's 调研 in 西宁 (``省委常委、
西宁市委书记``, bare ``市委副书记、市长``) (ag07); the 湟源县人民政府 site's report of the 副省长's 调研 (bare ``县委书记``, a town's
党委书记) (ag08).

Identity cases:
- ag:卢文韬, a 市委书记 who becomes a 副省长: 抚州市委书记 in June 2022 (ag01) and August 2022 (ag02, article 2); appointed
  江西省人民政府副省长 by the 省人大常委会 in May 2023 (ag03, the 任免名单); 副省长 at the 省政府常务会议 in September 2023 (ag04),
  leading a 调研 in 南丰县 in April 2024 (ag06, on the 抚州 site where he had been 书记) and accompanying the 省长 in 鹰潭 in
  March 2025 (ag09).
- ag:饶春明 moves inside one city: 抚州市委副书记、市长 in 2022 (ag01), 抚州市委书记 (bare 市委书记 on the 抚州 site) in 2024 (ag06).
- a 厅长 in pages of different years: ag:邬建平, 江西省交通运输厅厅长 in June 2022 (ag01), August 2022 (ag02) and April 2024
  (ag06); ag:聂启航, appointed 江西省水利厅厅长 in May 2023 (ag03, his predecessor ag:段友良 named in the 免去 line only) and
  reporting as 厅长 in March 2025 (ag09); in 青海 ag:石永胜, 青海省住房和城乡建设厅厅长 in 2023 (ag07) and 2024 (ag08).
- two different 熊卫东: ag:熊卫东#1 is 江西省政府秘书长 (ag01 2022, ag04 2023), ag:熊卫东#2 is 湟源县委书记 in 青海 (ag08 2024).
- bare 省委 of two provinces: on the 江西日报 (ag02) and the 江西 sites (ag01, ag03, ag04, ag05, ag06, ag09) it is 江西省委; on the
  青海日报 (ag07) and the 湟源 site (ag08) it is 青海省委. The 省委常委会 of each province is reported (ag02, ag07).
- the same officials across years: ag:鄢敬川 (江西 省长: ag01, ag02, ag04, ag09), ag:阮承霖 (省委书记 2022, 2023), ag:甄启明
  (常务副省长 2022, 2023), ag:钟佩兰 and ag:简国栋 (副省长), ag:喻德昌 (省政协主席 2022, 2023), ag:储建勋 (省委常委 2022, 统战部部长
  2023); in 青海 ag:乔世骏, ag:兰泽民 and ag:汪德仁 (ag07 2023, 汪德仁 again in ag08 2024). The editor ag:陶欣然 signs ag01, ag04,
  ag09.
- a town name many counties have: 城关镇 (湟源县城关镇, ag08), also in other parts' counties.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z and u where they speak; decided here where they are silent):
- Bare organs of the province: 省委 / 省政府 / 省人大常委会 / 省政协 / 省X厅 on the 江西 sites, the 江西日报 and the 抚州 site =
  江西省…; on the 青海日报 and the 湟源 site = 青海省…. Titles with their level go with the government: 省长 / 副省长 / 常务副省长
  → 江西省政府 (``省委副书记、省长`` → 江西省委 副书记 + 江西省政府 省长). Departments as written after the province:
  ``省交通运输厅厅长`` → 江西省交通运输厅 厅长; ``省发展改革委主任`` → 江西省发展改革委 主任; ``省住房和城乡建设厅厅长`` →
  青海省住房和城乡建设厅 厅长; the 名单's ``江西省水利厅厅长`` → 江西省水利厅.
- ``省政府秘书长`` → 江西省政府 秘书长; ``省政府副秘书长`` → 江西省政府 副秘书长 (as part z's 市政府秘书长).
- DECIDED HERE: ``省委常委、秘书长晏国良`` → 江西省委 常委 + 江西省委 秘书长 (the 秘书长 after 省委常委 is the 省委's, org the
  committee itself, as 省政府秘书长 is a post of the 省政府); ``省委常委、统战部部长`` → 江西省委 常委 + 江西省委统战部 部长.
- ``省委书记、省人大常委会主任阮承霖`` → 江西省委 书记 + 江西省人大常委会 主任; ``省政协党组书记、主席`` → 江西省政协党组 书记 +
  江西省政协 主席 (党组 goes only with 书记, as in part z); ``秘书长乐长青`` after the 政协 副主席 → 江西省政协 秘书长;
  ``秘书长桂晓林`` after the 人大 副主任 → 江西省人大常委会 秘书长; ``省政协经济委员会主任`` → 江西省政协经济委员会 主任.
- A city's officials: ``抚州市委书记卢文韬，市委副书记、市长饶春明`` → 抚州市委 书记; 抚州市委 副书记 + 抚州市政府 市长 (the
  bare 市委 after 抚州市委 in the same sentence is 抚州's); on the 抚州 site the bare ``市委书记`` and ``副市长`` are 抚州市委 /
  抚州市政府; on the 青海日报 ``省委常委、西宁市委书记兰泽民`` → 青海省委 常委 + 西宁市委 书记 and the bare ``市委副书记、市长`` in
  the 西宁 report → 西宁市委 / 西宁市政府; ``西宁市副市长`` → 西宁市政府 副市长; ``景德镇市副市长`` → 景德镇市政府.
- County officials: ``南丰县委书记``, ``县委副书记、县长`` → 南丰县委 / 南丰县政府; on the 湟源 site bare ``县委书记`` → 湟源县委;
  ``城关镇党委书记铁生莲`` → 湟源县城关镇党委 书记 (town label = county label + name).
- Appointments (ag03): 决定任命 and 任命 make holdings (as parts z, u); 决定免去 makes none (段友良 named without a post). The
  appointees named without titles in the session report (article 1: 宪法宣誓) make no line there; their lines are in article 2
  (the 名单); the 宪法宣誓 makes them attendees of the session. ``邵红英为江西省人民代表大会常务委员会农业与农村工作委员会主任``
  → 江西省人大常委会农业与农村工作委员会 主任 (人民代表大会常务委员会 folded to 人大常委会, as 人民政府 to 政府).
- One line per post per article; a list after one title gives every name that title (``省委常委甄启明、宫丽华、柯文渊、晏国良、
  储建勋``, ``副省长钟佩兰、简国栋、卢文韬``, ``省政协副主席龚小燕、符立群、邹鸿飞、查明远``); a new title later in the article gives
  a new line (甄启明 常务副省长, 晏国良 秘书长 in ag02). A page with two articles (ag02, ag07) gives lines in each (乔世骏 and 兰泽民
  in ag07).
- Events: the 调研 (an inspection, leader the 省长 / 副省长; those who 陪同 / 参加调研 and those who report on site attendees),
  and DECIDED HERE: the 座谈会 held during a 调研 (``在随后召开的座谈会上``) is a meeting of its own (as part z's 座谈会 after a
  视察), its speakers those whose 汇报 / 介绍 / 说明 / 强调 / 表示 it reports; when the page only says ``调研期间…听取了…汇报``
  (ag09) there is no 座谈会. The 省委常委会会议, 省政府常务会议 (chair, 出席 / 列席 attendees), 政协 主席会议 (chair; 出席 and 应邀
  出席 attendees; 通报 / 汇报 speakers), the 人大常委会 session (chair the 副主任 who 主持; the 主任 who 出席 and speaks an attendee
  and speaker), the 推进会 (no chair written; 出席并讲话 gives attendee and speaker). DECIDED HERE: a 专题视察 only summarised in a
  report heard at a meeting (ag05, undated, nobody named) is not an event.
- Projects are works named as under way or to be pushed: a 产业园 / 产业园二期 industrial_park; dikes, 防洪 works, 灌区续建配套
  and 圩堤 engineering_work; roads, 航道, 客运枢纽 infrastructure_project; a river's 水生态综合治理 / 生态治理 / 综合治理 (named with
  生态保护 in the same sentence) greening_project; 老旧小区改造项目 housing_project; a 古城保护提升项目 project. Documents (条例,
  工作方案, 实施方案) are not projects.
- Places: one line per name per file, with a standalone evidence where the page has one; places inside titles, organ
  references, document titles and project names count; site lines, mastheads, 来源 lines, footers and the 上一篇 / 下一篇
  links are not annotated. Names as written (parts g–m, z, u): ``抚州高新区``, ``鹰潭高新区`` (written in full), ``城中区``
  (a district name 西宁 shares with 柳州) bare as written, the bare city names (抚州, 西宁, 鹰潭, 南丰, 湟源) where the body uses
  them.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ag01_fuzhou.txt": (2022, "发布时间：2022-06-17 08:35", "江西省", [
        ("鄢敬川在抚州调研时强调", "6月15日至16日", "2022-06-15", "6月15日至16日，省委副书记",
         "province site: the 省长's two-day 调研 in 抚州 with a 副省长, the 省政府秘书长, two 厅长 / 主任; the city's 书记 and 市长 at a 座谈会")]),
    "ag02_jiangxi.txt": (2022, "2022年8月30日　星期二", "江西省", [
        ("省委常委会召开会议", "8月29日", "2022-08-29", "本报南昌讯（记者 曾思远）8月29日",
         "provincial paper 第01版: 省委常委会; list of 常委 after one title; 常务副省长 and 秘书长 report; 省政协主席 列席"),
        ("全省交通强省建设推进会召开", "8月29日下午", "2022-08-29", "本报讯（记者 邓雅文）8月29日下午",
         "provincial paper 第01版: 全省推进会; 副省长 speaks, 厅长 reports, a 市委书记 and a 副市长 of two cities speak")]),
    "ag03_jiangxi.txt": (2023, "发布时间：2023-05-31 09:18", "江西省", [
        ("省十四届人大常委会第二次会议闭幕", "5月30日上午", "2023-05-30", "5月30日上午，省十四届",
         "人大 site: session report; the 省委书记 is also 人大常委会主任; appointees' 宪法宣誓 without titles"),
        ("江西省人民代表大会常务委员会任免名单", "2023年5月30日", "2023-05-30", "（2023年5月30日江西省",
         "任免名单: 决定任命 a 副省长 (the former 抚州市委书记) and a 厅长, 决定免去 a 厅长, 任命 a 工作委员会主任")]),
    "ag04_jiangxi.txt": (2023, "发布时间：2023-09-13 07:50", "江西省", [
        ("鄢敬川主持召开省政府第十二次常务会议", "9月12日", "2023-09-12", "9月12日，省委副书记",
         "province site: 省政府常务会议; 常务副省长, three 副省长 (卢文韬 now one) and the 秘书长 出席")]),
    "ag05_jiangxi.txt": (2023, "日期：2023-12-06", "江西省", [
        ("省政协召开十三届十四次主席会议", "12月5日", "2023-12-05", "本报讯　12月5日",
         "政协 site: 主席会议 chaired by the 党组书记、主席; 副主席 list, 秘书长; 省委常委、统战部部长 invited; a 专门委员会主任 reports")]),
    "ag06_nanfeng.txt": (2024, "发布时间：2024-04-19 10:26", "抚州市", [
        ("卢文韬到南丰县调研重点项目建设和乡村振兴工作", "4月18日", "2024-04-18", "4月18日，副省长卢文韬",
         "city site: the 副省长 (former 抚州市委书记) 调研 a county's projects; bare 市委书记 / 副市长; 厅长, 副厅长; 县委书记, 县长; 座谈会")]),
    "ag07_qinghai.txt": (2023, "2023年7月12日　星期三", "青海省", [
        ("省委常委会召开会议", "7月11日", "2023-07-11", "本报西宁讯（记者 严思敏）7月11日",
         "provincial paper 第1版: 青海 省委常委会; list of 常委 after one title"),
        ("乔世骏在西宁市调研城市更新和防汛工作", "7月11日下午", "2023-07-11", "本报讯（记者 韩晓蕾）7月11日下午",
         "provincial paper 第1版: the 省长's 调研 in 西宁; 省委常委、西宁市委书记, 副省长, 秘书长, 厅长, bare 市委副书记、市长")]),
    "ag08_huangyuan.txt": (2024, "发布时间：2024-06-14 17:12", "湟源县", [
        ("副省长汪德仁来我县调研重点项目建设工作", "6月13日", "2024-06-13", "6月13日，副省长汪德仁",
         "county site: the 副省长's 调研 of county projects; 厅长, the city's 副市长, bare 县委书记 (the other 熊卫东), 县长, 城关镇党委书记")]),
    "ag09_yingtan.txt": (2025, "发布时间：2025-03-21 09:05", "江西省", [
        ("鄢敬川在鹰潭调研时强调", "3月19日至20日", "2025-03-19", "3月19日至20日，省委副书记",
         "province site: the 省长's 调研 in 鹰潭; 副省长 卢文韬 and a 副秘书长 参加; the 水利厅厅长 appointed in 2023 reports; the city's 书记 and 市长")]),
}

_AG02_LIST = "省委常委甄启明、宫丽华、柯文渊、晏国良、储建勋出席会议"
_AG03_CHAIR = "省人大常委会副主任危国平主持会议，副主任帅丽萍、敖志诚、梅振声，秘书长桂晓林出席会议"
_AG04_LIST = "省委常委、常务副省长甄启明，副省长钟佩兰、简国栋、卢文韬，省政府秘书长熊卫东出席会议"
_AG05_LIST = "省政协副主席龚小燕、符立群、邹鸿飞、查明远，秘书长乐长青出席会议"
_AG06_LEAD = "市委书记饶春明，省交通运输厅厅长邬建平，省农业农村厅副厅长幸立军，副市长严慧琳陪同调研"
_AG07_LIST = "省委常委兰泽民、韩永禄、吉秀梅、鲁克俭出席会议"
_AG07_TOUR = "省委常委、西宁市委书记兰泽民，副省长汪德仁，省政府秘书长郑凯元，省住房和城乡建设厅厅长石永胜，市委副书记、市长马骁腾陪同调研"
_AG08_LEAD = "省住房和城乡建设厅厅长石永胜，西宁市副市长韦振华，县委书记熊卫东，县委副书记、县长星晓宇陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 江西: provincial leaders
    "ag:鄢敬川": ("鄢敬川", "official", "江西省", [
        ("ag01", "江西省委", "副书记", "6月15日至16日，省委副书记、省长鄢敬川在抚州市调研", "2022-06; named in the headline too"),
        ("ag01", "江西省政府", "省长", "6月15日至16日，省委副书记、省长鄢敬川在抚州市调研", None),
        ("ag02", "江西省委", "副书记", "省委副书记、省长鄢敬川，省委副书记汤卫衡", "2022-08, article 1"),
        ("ag02", "江西省政府", "省长", "省委副书记、省长鄢敬川，省委副书记汤卫衡", None),
        ("ag04", "江西省委", "副书记", "9月12日，省委副书记、省长鄢敬川主持召开", "2023-09; named in the headline too"),
        ("ag04", "江西省政府", "省长", "9月12日，省委副书记、省长鄢敬川主持召开", None),
        ("ag09", "江西省委", "副书记", "3月19日至20日，省委副书记、省长鄢敬川在鹰潭市调研", "2025-03"),
        ("ag09", "江西省政府", "省长", "3月19日至20日，省委副书记、省长鄢敬川在鹰潭市调研", None)], []),
    "ag:阮承霖": ("阮承霖", "official", "江西省", [
        ("ag02", "江西省委", "书记", "省委书记阮承霖主持会议", "2022"),
        ("ag03", "江西省委", "书记", "省委书记、省人大常委会主任阮承霖出席会议", "2023"),
        ("ag03", "江西省人大常委会", "主任", "省委书记、省人大常委会主任阮承霖出席会议", "the 省委书记 is also 人大常委会主任")], []),
    "ag:汤卫衡": ("汤卫衡", "official", "江西省", [
        ("ag02", "江西省委", "副书记", "省委副书记汤卫衡", None)], []),
    "ag:甄启明": ("甄启明", "official", "江西省", [
        ("ag02", "江西省委", "常委", _AG02_LIST, "list after one title; 常委 repeated later, no second line"),
        ("ag02", "江西省政府", "常务副省长", "会议听取了省委常委、常务副省长甄启明关于", "new title later in the article"),
        ("ag04", "江西省委", "常委", _AG04_LIST, "2023"),
        ("ag04", "江西省政府", "常务副省长", _AG04_LIST, None)], []),
    "ag:宫丽华": ("宫丽华", "official", "江西省", [
        ("ag02", "江西省委", "常委", _AG02_LIST, None)], []),
    "ag:柯文渊": ("柯文渊", "official", "江西省", [
        ("ag02", "江西省委", "常委", _AG02_LIST, None)], []),
    "ag:晏国良": ("晏国良", "official", "江西省", [
        ("ag02", "江西省委", "常委", _AG02_LIST, None),
        ("ag02", "江西省委", "秘书长", "省委常委、秘书长晏国良关于", "DECIDED HERE: 秘书长 after 省委常委 is the 省委's (org 江西省委)")], []),
    "ag:储建勋": ("储建勋", "official", "江西省", [
        ("ag02", "江西省委", "常委", _AG02_LIST, "2022"),
        ("ag05", "江西省委", "常委", "省委常委、统战部部长储建勋应邀出席会议", "2023"),
        ("ag05", "江西省委统战部", "部长", "省委常委、统战部部长储建勋应邀出席会议", "统战部 after 省委常委 = 江西省委统战部")], []),
    "ag:喻德昌": ("喻德昌", "official", "江西省", [
        ("ag02", "江西省政协", "主席", "省政协主席喻德昌列席会议", "2022"),
        ("ag05", "江西省政协党组", "书记", "省政协党组书记、主席喻德昌主持召开", "2023; 党组 goes only with 书记"),
        ("ag05", "江西省政协", "主席", "省政协党组书记、主席喻德昌主持召开", None)], []),
    "ag:钟佩兰": ("钟佩兰", "official", "江西省", [
        ("ag01", "江西省政府", "副省长", "副省长钟佩兰，省政府秘书长熊卫东参加调研", "2022"),
        ("ag03", "江西省政府", "副省长", "副省长钟佩兰，省监察委员会", "2023-05, 列席 the 人大 session"),
        ("ag04", "江西省政府", "副省长", _AG04_LIST, "2023-09; list after one title")], []),
    "ag:简国栋": ("简国栋", "official", "江西省", [
        ("ag02", "江西省政府", "副省长", "副省长简国栋出席并讲话", "2022, article 2"),
        ("ag04", "江西省政府", "副省长", _AG04_LIST, "2023")], []),
    "ag:熊卫东#1": ("熊卫东", "official", "江西省", [
        ("ag01", "江西省政府", "秘书长", "副省长钟佩兰，省政府秘书长熊卫东参加调研", "江西 (2022); not the 熊卫东 of 湟源县 (ag08)"),
        ("ag04", "江西省政府", "秘书长", _AG04_LIST, "2023")], []),
    "ag:温启航": ("温启航", "official", "江西省", [
        ("ag01", "江西省发展改革委", "主任", "省发展改革委主任温启航就有关事项作了说明", "department as written after the province")], []),
    "ag:邬建平": ("邬建平", "official", "江西省", [
        ("ag01", "江西省交通运输厅", "厅长", "听取了省交通运输厅厅长邬建平关于全省干线公路建设进展的汇报", "2022-06 (identity case: the same 厅长 in 2022 and 2024)"),
        ("ag02", "江西省交通运输厅", "厅长", "省交通运输厅厅长邬建平通报了", "2022-08, article 2"),
        ("ag06", "江西省交通运输厅", "厅长", _AG06_LEAD, "2024-04, on the 抚州 site")], []),
    "ag:卢文韬": ("卢文韬", "official", "江西省", [
        ("ag01", "抚州市委", "书记", "抚州市委书记卢文韬汇报了", "2022-06: 市委书记 (identity case: becomes 副省长)"),
        ("ag02", "抚州市委", "书记", "抚州市委书记卢文韬、景德镇市副市长冷晓明作交流发言", "2022-08, article 2"),
        ("ag03", "江西省政府", "副省长", "卢文韬为江西省人民政府副省长", "2023-05: appointed (决定任命), article 2; named without a title in article 1 (宪法宣誓)"),
        ("ag04", "江西省政府", "副省长", _AG04_LIST, "2023-09: list after one title"),
        ("ag06", "江西省政府", "副省长", "4月18日，副省长卢文韬到南丰县调研", "2024-04: on the 抚州 site; named in the headline too"),
        ("ag09", "江西省政府", "副省长", "副省长卢文韬，省政府副秘书长万思远参加调研", "2025-03")], []),
    "ag:危国平": ("危国平", "official", "江西省", [
        ("ag03", "江西省人大常委会", "副主任", _AG03_CHAIR, None)], []),
    "ag:帅丽萍": ("帅丽萍", "official", "江西省", [
        ("ag03", "江西省人大常委会", "副主任", _AG03_CHAIR, "list after one title")], []),
    "ag:敖志诚": ("敖志诚", "official", "江西省", [
        ("ag03", "江西省人大常委会", "副主任", _AG03_CHAIR, None)], []),
    "ag:梅振声": ("梅振声", "official", "江西省", [
        ("ag03", "江西省人大常委会", "副主任", _AG03_CHAIR, None)], []),
    "ag:桂晓林": ("桂晓林", "official", "江西省", [
        ("ag03", "江西省人大常委会", "秘书长", _AG03_CHAIR, "秘书长 after the 人大 副主任 = 江西省人大常委会 秘书长")], []),
    "ag:聂启航": ("聂启航", "official", "江西省", [
        ("ag03", "江西省水利厅", "厅长", "聂启航为江西省水利厅厅长", "2023-05: appointed (决定任命); named without a title in article 1"),
        ("ag09", "江西省水利厅", "厅长", "听取了省水利厅厅长聂启航关于全省春季水利建设进展的汇报", "2025-03: the same post two years later")], []),
    "ag:段友良": ("段友良", "official", "江西省", [], ["ag03"]),  # 决定免去: no line
    "ag:邵红英": ("邵红英", "official", "江西省", [
        ("ag03", "江西省人大常委会农业与农村工作委员会", "主任", "邵红英为江西省人民代表大会常务委员会农业与农村工作委员会主任", "appointment under 任命")], []),
    "ag:龚小燕": ("龚小燕", "official", "江西省", [
        ("ag05", "江西省政协", "副主席", _AG05_LIST, "list after one title")], []),
    "ag:符立群": ("符立群", "official", "江西省", [
        ("ag05", "江西省政协", "副主席", _AG05_LIST, None)], []),
    "ag:邹鸿飞": ("邹鸿飞", "official", "江西省", [
        ("ag05", "江西省政协", "副主席", _AG05_LIST, None)], []),
    "ag:查明远": ("查明远", "official", "江西省", [
        ("ag05", "江西省政协", "副主席", _AG05_LIST, None)], []),
    "ag:乐长青": ("乐长青", "official", "江西省", [
        ("ag05", "江西省政协", "秘书长", _AG05_LIST, "秘书长 after the 政协 副主席 = 江西省政协 秘书长")], []),
    "ag:邱方圆": ("邱方圆", "official", "江西省", [
        ("ag05", "江西省政协经济委员会", "主任", "省政协经济委员会主任邱方圆", "special committee of the 政协")], []),
    "ag:幸立军": ("幸立军", "official", "江西省", [
        ("ag06", "江西省农业农村厅", "副厅长", _AG06_LEAD, None)], []),
    "ag:万思远": ("万思远", "official", "江西省", [
        ("ag09", "江西省政府", "副秘书长", "省政府副秘书长万思远参加调研", "省政府副秘书长 = a post of 江西省政府")], []),
    # ---- 江西: cities and counties
    "ag:饶春明": ("饶春明", "official", "抚州市", [
        ("ag01", "抚州市委", "副书记", "市委副书记、市长饶春明介绍了", "2022: bare 市委 after 抚州市委 in the same sentence"),
        ("ag01", "抚州市政府", "市长", "市委副书记、市长饶春明介绍了", None),
        ("ag06", "抚州市委", "书记", _AG06_LEAD, "2024: bare 市委书记 on the 抚州 site (identity case: 市长 → 市委书记)")], []),
    "ag:冷晓明": ("冷晓明", "official", "景德镇市", [
        ("ag02", "景德镇市政府", "副市长", "景德镇市副市长冷晓明作交流发言", None)], []),
    "ag:严慧琳": ("严慧琳", "official", "抚州市", [
        ("ag06", "抚州市政府", "副市长", _AG06_LEAD, "bare 副市长 on the 抚州 site")], []),
    "ag:揭志勇": ("揭志勇", "official", "南丰县", [
        ("ag06", "南丰县委", "书记", "南丰县委书记揭志勇，县委副书记、县长付晓霞参加调研", None)], []),
    "ag:付晓霞": ("付晓霞", "official", "南丰县", [
        ("ag06", "南丰县委", "副书记", "南丰县委书记揭志勇，县委副书记、县长付晓霞参加调研", "bare 县委 after 南丰县委"),
        ("ag06", "南丰县政府", "县长", "南丰县委书记揭志勇，县委副书记、县长付晓霞参加调研", None)], []),
    "ag:舒凌峰": ("舒凌峰", "official", "鹰潭市", [
        ("ag09", "鹰潭市委", "书记", "鹰潭市委书记舒凌峰，市委副书记、市长程韵秋关于", None)], []),
    "ag:程韵秋": ("程韵秋", "official", "鹰潭市", [
        ("ag09", "鹰潭市委", "副书记", "鹰潭市委书记舒凌峰，市委副书记、市长程韵秋关于", "bare 市委 after 鹰潭市委"),
        ("ag09", "鹰潭市政府", "市长", "鹰潭市委书记舒凌峰，市委副书记、市长程韵秋关于", None)], []),
    # ---- 青海
    "ag:包振邦": ("包振邦", "official", "青海省", [
        ("ag07", "青海省委", "书记", "省委书记包振邦主持会议", "bare 省委 on the 青海日报 = 青海省委")], []),
    "ag:乔世骏": ("乔世骏", "official", "青海省", [
        ("ag07", "青海省委", "副书记", "省委副书记、省长乔世骏，省委副书记祁新民", "article 1"),
        ("ag07", "青海省政府", "省长", "省委副书记、省长乔世骏，省委副书记祁新民", None),
        ("ag07", "青海省委", "副书记", "7月11日下午，省委副书记、省长乔世骏在西宁市调研", "article 2 (a new article: new lines)"),
        ("ag07", "青海省政府", "省长", "7月11日下午，省委副书记、省长乔世骏在西宁市调研", None)], []),
    "ag:祁新民": ("祁新民", "official", "青海省", [
        ("ag07", "青海省委", "副书记", "省委副书记祁新民", None)], []),
    "ag:兰泽民": ("兰泽民", "official", "青海省", [
        ("ag07", "青海省委", "常委", _AG07_LIST, "article 1; list after one title"),
        ("ag07", "青海省委", "常委", _AG07_TOUR, "article 2"),
        ("ag07", "西宁市委", "书记", _AG07_TOUR, "省委常委、西宁市委书记: the capital's 书记 in the 省委常委会")], []),
    "ag:韩永禄": ("韩永禄", "official", "青海省", [
        ("ag07", "青海省委", "常委", _AG07_LIST, None)], []),
    "ag:吉秀梅": ("吉秀梅", "official", "青海省", [
        ("ag07", "青海省委", "常委", _AG07_LIST, None)], []),
    "ag:鲁克俭": ("鲁克俭", "official", "青海省", [
        ("ag07", "青海省委", "常委", _AG07_LIST, None)], []),
    "ag:汪德仁": ("汪德仁", "official", "青海省", [
        ("ag07", "青海省政府", "副省长", _AG07_TOUR, "2023"),
        ("ag08", "青海省政府", "副省长", "6月13日，副省长汪德仁来我县调研", "2024: on the 湟源 site; named in the headline too")], []),
    "ag:郑凯元": ("郑凯元", "official", "青海省", [
        ("ag07", "青海省政府", "秘书长", _AG07_TOUR, None)], []),
    "ag:石永胜": ("石永胜", "official", "青海省", [
        ("ag07", "青海省住房和城乡建设厅", "厅长", _AG07_TOUR, "2023"),
        ("ag08", "青海省住房和城乡建设厅", "厅长", _AG08_LEAD, "2024")], []),
    "ag:马骁腾": ("马骁腾", "official", "西宁市", [
        ("ag07", "西宁市委", "副书记", _AG07_TOUR, "bare 市委 in the 西宁 report = 西宁市委"),
        ("ag07", "西宁市政府", "市长", _AG07_TOUR, None)], []),
    "ag:韦振华": ("韦振华", "official", "西宁市", [
        ("ag08", "西宁市政府", "副市长", _AG08_LEAD, None)], []),
    "ag:熊卫东#2": ("熊卫东", "official", "湟源县", [
        ("ag08", "湟源县委", "书记", _AG08_LEAD, "bare 县委 on the 湟源 site; not the 熊卫东 of 江西 (ag01, ag04)")], []),
    "ag:星晓宇": ("星晓宇", "official", "湟源县", [
        ("ag08", "湟源县委", "副书记", _AG08_LEAD, None),
        ("ag08", "湟源县政府", "县长", _AG08_LEAD, None)], []),
    "ag:铁生莲": ("铁生莲", "official", "湟源县", [
        ("ag08", "湟源县城关镇党委", "书记", "城关镇党委书记铁生莲介绍了", "town label = county label + name (城关镇 is a name many counties have)")], []),
    # ---- bylines
    "ag:陶欣然": ("陶欣然", "editor", "江西省人民政府", [], ["ag01", "ag04", "ag09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ag01", "陶欣然", "责任编辑", "editor", "责任编辑：陶欣然"),
    ("ag02", "曾思远", "记者", "reporter", "本报南昌讯（记者 曾思远）"),
    ("ag02", "邓雅文", "记者", "reporter", "本报讯（记者 邓雅文）"),
    ("ag02", "何嘉琪", "责任编辑", "editor", "责任编辑：何嘉琪"),
    ("ag02", "罗文涛", "版式设计", "editor", "版式设计：罗文涛"),
    ("ag03", "钟睿", "作者", "author", "作者：钟睿"),
    ("ag03", "吴思琪", "责任编辑", "editor", "责任编辑：吴思琪"),
    ("ag04", "陶欣然", "责任编辑", "editor", "责任编辑：陶欣然"),
    ("ag05", "刘一帆", "作者", "author", "作者：刘一帆"),
    ("ag05", "方晓婷", "责任编辑", "editor", "责任编辑：方晓婷"),
    ("ag06", "黄梓萱", "责任编辑", "editor", "责任编辑：黄梓萱"),
    ("ag07", "严思敏", "记者", "reporter", "本报西宁讯（记者 严思敏）"),
    ("ag07", "韩晓蕾", "记者", "reporter", "本报讯（记者 韩晓蕾）"),
    ("ag07", "祁雅丽", "责任编辑", "editor", "责任编辑：祁雅丽"),
    ("ag07", "李春燕", "校对", "editor", "校对：李春燕"),
    ("ag08", "马文瑾", "责任编辑", "editor", "责任编辑：马文瑾"),
    ("ag09", "陶欣然", "责任编辑", "editor", "责任编辑：陶欣然"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ag01", "抚州稳经济促发展和防汛工作调研", "inspection (调研)", "6月15日至16日", None, "鄢敬川", [],
     ["钟佩兰", "熊卫东", "邬建平"], ["鄢敬川", "邬建平"], "抚州市",
     "省委副书记、省长鄢敬川在抚州市调研稳经济促发展和防汛工作",
     ["省长鄢敬川在抚州市调研", "副省长钟佩兰，省政府秘书长熊卫东参加调研", "听取了省交通运输厅厅长邬建平关于", "他指出，要用好国家"]),
    ("ag01", "座谈会", "meeting (座谈会)", "6月15日至16日", None, None, [],
     [], ["卢文韬", "饶春明", "温启航", "鄢敬川"], None,
     "在随后召开的座谈会上，抚州市委书记卢文韬汇报了",
     ["抚州市委书记卢文韬汇报了", "市长饶春明介绍了", "省发展改革委主任温启航就有关事项作了说明", "鄢敬川充分肯定了", "卢文韬表示"]),
    ("ag02", "省委常委会会议", "meeting (省委常委会会议)", "8月29日", "阮承霖", None, [],
     ["鄢敬川", "汤卫衡", "甄启明", "宫丽华", "柯文渊", "晏国良", "储建勋", "喻德昌"], ["甄启明", "晏国良", "阮承霖"], None,
     "8月29日，省委常委会召开会议",
     ["省委书记阮承霖主持会议", "省长鄢敬川，省委副书记汤卫衡", _AG02_LIST, "省政协主席喻德昌列席会议",
      "常务副省长甄启明关于", "秘书长晏国良关于", "阮承霖指出"]),
    ("ag02", "全省交通强省建设推进会", "meeting (推进会)", "8月29日下午", None, None, [],
     ["简国栋"], ["简国栋", "邬建平", "卢文韬", "冷晓明"], "南昌",
     "8月29日下午，全省交通强省建设推进会在南昌召开",
     ["副省长简国栋出席并讲话", "省交通运输厅厅长邬建平通报了", "抚州市委书记卢文韬、景德镇市副市长冷晓明作交流发言", "简国栋强调"]),
    ("ag03", "省十四届人大常委会第二次会议", "session (人大常委会会议)", "5月30日上午", "危国平", None, [],
     ["阮承霖", "帅丽萍", "敖志诚", "梅振声", "桂晓林", "卢文韬", "聂启航", "邵红英", "钟佩兰"], ["阮承霖"], "南昌",
     "5月30日上午，省十四届人大常委会第二次会议在南昌闭幕",
     ["省人大常委会主任阮承霖出席会议", _AG03_CHAIR, "新任命的卢文韬、聂启航、邵红英进行了宪法宣誓", "副省长钟佩兰，省监察委员会",
      "阮承霖在讲话中指出"]),
    ("ag04", "省政府第十二次常务会议", "meeting (省政府常务会议)", "9月12日", "鄢敬川", None, [],
     ["甄启明", "钟佩兰", "简国栋", "卢文韬", "熊卫东"], ["鄢敬川"], None,
     "省委副书记、省长鄢敬川主持召开省政府第十二次常务会议",
     ["省长鄢敬川主持召开省政府第十二次常务会议", _AG04_LIST, "鄢敬川强调"]),
    ("ag05", "省政协十三届十四次主席会议", "meeting (政协主席会议)", "12月5日", "喻德昌", None, ["江西省政协"],
     ["龚小燕", "符立群", "邹鸿飞", "查明远", "乐长青", "储建勋"], ["储建勋", "邱方圆", "喻德昌"], None,
     "省政协党组书记、主席喻德昌主持召开十三届十四次主席会议",
     ["主席喻德昌主持召开十三届十四次主席会议", _AG05_LIST, "统战部部长储建勋应邀出席会议并通报有关情况",
      "省政协经济委员会主任邱方圆关于", "喻德昌指出"]),
    ("ag06", "南丰县重点项目建设和乡村振兴工作调研", "inspection (调研)", "4月18日", None, "卢文韬", [],
     ["饶春明", "邬建平", "幸立军", "严慧琳", "揭志勇", "付晓霞"], ["卢文韬", "邬建平", "揭志勇"], "南丰县",
     "副省长卢文韬到南丰县调研重点项目建设和乡村振兴工作",
     ["副省长卢文韬到南丰县调研", _AG06_LEAD, "县长付晓霞参加调研", "听取了邬建平和揭志勇关于工程进度", "他指出，南丰蜜桔",
      "他要求，省市县"]),
    ("ag06", "座谈会", "meeting (座谈会)", "4月18日", None, None, [],
     [], ["付晓霞", "幸立军", "卢文韬", "饶春明"], None,
     "在随后召开的座谈会上，付晓霞汇报了",
     ["付晓霞汇报了南丰县一季度经济运行", "幸立军就蜜桔产业提质增效提出了意见建议", "卢文韬充分肯定了", "饶春明表示"]),
    ("ag07", "省委常委会会议", "meeting (省委常委会会议)", "7月11日", "包振邦", None, [],
     ["乔世骏", "祁新民", "兰泽民", "韩永禄", "吉秀梅", "鲁克俭"], ["包振邦"], None,
     "7月11日，省委常委会召开会议",
     ["省委书记包振邦主持会议", "省长乔世骏，省委副书记祁新民", _AG07_LIST, "包振邦要求"]),
    ("ag07", "西宁市城市更新和防汛工作调研", "inspection (调研)", "7月11日下午", None, "乔世骏", [],
     ["兰泽民", "汪德仁", "郑凯元", "石永胜", "马骁腾"], ["乔世骏", "马骁腾"], "西宁市",
     "省委副书记、省长乔世骏在西宁市调研城市更新和防汛工作",
     ["省长乔世骏在西宁市调研", _AG07_TOUR, "乔世骏强调", "马骁腾表示"]),
    ("ag08", "湟源县重点项目建设和城乡建设工作调研", "inspection (调研)", "6月13日", None, "汪德仁", [],
     ["石永胜", "韦振华", "熊卫东", "星晓宇", "铁生莲"], ["铁生莲", "汪德仁", "石永胜", "熊卫东"], "湟源县",
     "6月13日，副省长汪德仁来我县调研重点项目建设和城乡建设工作",
     ["副省长汪德仁来我县调研", _AG08_LEAD, "城关镇党委书记铁生莲介绍了", "汪德仁指出", "石永胜要求", "熊卫东表示"]),
    ("ag09", "鹰潭产业发展和水利建设工作调研", "inspection (调研)", "3月19日至20日", None, "鄢敬川", [],
     ["卢文韬", "万思远", "聂启航", "舒凌峰", "程韵秋"], ["鄢敬川", "聂启航", "舒凌峰", "程韵秋", "卢文韬"], "鹰潭市",
     "省委副书记、省长鄢敬川在鹰潭市调研产业发展和水利建设工作",
     ["省长鄢敬川在鹰潭市调研", "副省长卢文韬，省政府副秘书长万思远参加调研", "省水利厅厅长聂启航关于",
      "鹰潭市委书记舒凌峰，市委副书记、市长程韵秋关于", "卢文韬就做好全省农业农村和水利工作提出了要求", "鄢敬川强调",
      "舒凌峰表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ag01", "抚州数字经济产业园二期", "industrial_park", "鄢敬川走进抚州数字经济产业园二期建设现场"),
    ("ag01", "洪门水库灌区续建配套工程", "engineering_work", "鄢敬川察看了洪门水库灌区续建配套工程"),
    ("ag01", "昌厦公路东乡段改建工程", "infrastructure_project", "他实地察看了昌厦公路东乡段改建工程"),
    ("ag02", "南昌北综合客运枢纽工程", "infrastructure_project", "加快推进南昌北综合客运枢纽工程"),
    ("ag02", "袁河流域水生态综合治理工程", "greening_project", "袁河流域水生态综合治理工程等重大项目建设"),
    ("ag02", "赣江高等级航道提升工程", "infrastructure_project", "加快推进赣江高等级航道提升工程"),
    ("ag04", "鄱阳湖区中型圩堤除险加固工程", "engineering_work", "加快推进鄱阳湖区中型圩堤除险加固工程"),
    ("ag04", "抚河临川城区段防洪提升工程", "engineering_work", "抚河临川城区段防洪提升工程"),
    ("ag05", "南丰蜜桔精深加工产业园", "industrial_park", "走访南丰蜜桔精深加工产业园"),
    ("ag05", "广昌白莲产业融合示范园", "industrial_park", "广昌白莲产业融合示范园等项目"),
    ("ag06", "南丰蜜桔精深加工产业园二期", "industrial_park", "卢文韬一行首先来到南丰蜜桔精深加工产业园二期项目现场"),
    ("ag06", "国道G206南丰段改建工程", "infrastructure_project", "在国道G206南丰段改建工程施工现场"),
    ("ag06", "盱江南丰城区段防洪治理工程", "engineering_work", "察看了盱江南丰城区段防洪治理工程"),
    ("ag07", "湟水河西宁段综合治理工程", "greening_project", "加快湟水河西宁段综合治理工程等重点项目建设"),
    ("ag07", "北川河片区老旧小区改造项目", "housing_project", "城东区北川河片区老旧小区改造项目"),
    ("ag07", "南川河防洪提升工程", "engineering_work", "城中区南川河防洪提升工程现场"),
    ("ag08", "丹噶尔古城保护提升项目", "project", "汪德仁一行先后来到丹噶尔古城保护提升项目"),
    ("ag08", "城关镇老旧小区改造项目", "housing_project", "在城关镇老旧小区改造项目现场"),
    ("ag08", "湟水河湟源段生态治理工程", "greening_project", "湟水河湟源段生态治理工程现场"),
    ("ag09", "鹰潭铜基新材料产业园二期", "industrial_park", "鄢敬川走进鹰潭铜基新材料产业园二期"),
    ("ag09", "信江贵溪段堤防提升工程", "engineering_work", "鄢敬川察看了信江贵溪段堤防提升工程建设现场"),
    ("ag09", "余江区中型灌区续建配套与节水改造工程", "engineering_work", "他来到余江区中型灌区续建配套与节水改造工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ag01", "抚州市", "city", "standalone", "省长鄢敬川在抚州市调研稳经济促发展和防汛工作"),
    ("ag01", "抚州高新区", "development_zone", "standalone", "在抚州高新区，鄢敬川走进"),
    ("ag01", "南城县", "county", "standalone", "在南城县，鄢敬川察看了"),
    ("ag01", "洪门水库", "reservoir", "in_project_name", "鄢敬川察看了洪门水库灌区续建配套工程"),
    ("ag01", "东乡区", "district", "standalone", "在东乡区，他实地察看了"),
    ("ag01", "昌厦公路", "road", "in_project_name", "他实地察看了昌厦公路东乡段改建工程"),
    ("ag01", "抚州", "city", "standalone", "抚州要立足区位和生态优势"),
    ("ag01", "大南昌都市圈", "region", "standalone", "主动融入大南昌都市圈"),
    ("ag01", "抚河", "river", "standalone", "盯紧抚河、盱江沿线重点堤段"),
    ("ag01", "盱江", "river", "standalone", "盯紧抚河、盱江沿线重点堤段"),
    ("ag02", "袁河", "river", "in_project_name", "袁河流域水生态综合治理工程等重大项目建设"),
    ("ag02", "南昌", "city", "standalone", "全省交通强省建设推进会在南昌召开"),
    ("ag02", "抚州市", "city", "in_title", "抚州市委书记卢文韬"),
    ("ag02", "景德镇市", "city", "in_title", "景德镇市副市长冷晓明作交流发言"),
    ("ag02", "赣江", "river", "in_project_name", "加快推进赣江高等级航道提升工程"),
    ("ag03", "南昌", "city", "standalone", "省十四届人大常委会第二次会议在南昌闭幕"),
    ("ag03", "江西省", "province", "in_org_reference", "卢文韬为江西省人民政府副省长"),
    ("ag03", "江西", "province", "standalone", "考察江西重要讲话精神"),
    ("ag03", "鄱阳湖", "lake", "standalone", "加强对鄱阳湖生态保护和水资源管理的监督"),
    ("ag04", "鄱阳湖", "lake", "in_project_name", "加快推进鄱阳湖区中型圩堤除险加固工程"),
    ("ag04", "抚河", "river", "in_project_name", "抚河临川城区段防洪提升工程"),
    ("ag04", "临川", "district", "in_project_name", "抚河临川城区段防洪提升工程"),
    ("ag04", "江西省", "province", "in_document_title", "《江西省推动大规模设备更新工作方案》"),
    ("ag05", "抚州", "city", "standalone", "“抚州、宜春两市县域特色产业发展”"),
    ("ag05", "宜春", "city", "standalone", "“抚州、宜春两市县域特色产业发展”"),
    ("ag05", "南丰县", "county", "standalone", "视察组先后深入南丰县、广昌县和宜春市袁州区"),
    ("ag05", "广昌县", "county", "standalone", "视察组先后深入南丰县、广昌县和宜春市袁州区"),
    ("ag05", "宜春市", "city", "standalone", "视察组先后深入南丰县、广昌县和宜春市袁州区"),
    ("ag05", "袁州区", "district", "standalone", "视察组先后深入南丰县、广昌县和宜春市袁州区"),
    ("ag05", "江西", "province", "standalone (slogan)", "奋力谱写中国式现代化江西篇章"),
    ("ag05", "南丰", "county", "in_project_name", "走访南丰蜜桔精深加工产业园"),
    ("ag05", "广昌", "county", "in_project_name", "广昌白莲产业融合示范园等项目"),
    ("ag06", "南丰县", "county", "standalone", "副省长卢文韬到南丰县调研重点项目建设"),
    ("ag06", "G206", "road", "in_project_name", "在国道G206南丰段改建工程施工现场"),
    ("ag06", "南昌", "city", "standalone", "打通南丰对接南昌、厦门方向的快速通道"),
    ("ag06", "厦门", "city", "standalone", "打通南丰对接南昌、厦门方向的快速通道"),
    ("ag06", "南丰", "county", "standalone", "打通南丰对接南昌、厦门方向的快速通道"),
    ("ag06", "琴城镇", "town", "standalone", "卢文韬来到琴城镇"),
    ("ag06", "盱江", "river", "in_project_name", "察看了盱江南丰城区段防洪治理工程"),
    ("ag07", "湟水河", "river", "in_project_name", "加快湟水河西宁段综合治理工程等重点项目建设"),
    ("ag07", "西宁市", "city", "standalone", "省长乔世骏在西宁市调研城市更新和防汛工作"),
    ("ag07", "城东区", "district", "standalone", "城东区北川河片区老旧小区改造项目"),
    ("ag07", "北川河", "river", "in_project_name", "城东区北川河片区老旧小区改造项目"),
    ("ag07", "城中区", "district", "standalone", "城中区南川河防洪提升工程现场"),
    ("ag07", "南川河", "river", "in_project_name", "城中区南川河防洪提升工程现场"),
    ("ag07", "西宁", "city", "standalone", "西宁要当好全省高质量发展的“排头兵”"),
    ("ag08", "丹噶尔古城", "heritage_site", "standalone", "依托日月山、丹噶尔古城等文旅资源"),
    ("ag08", "日月山", "scenic_area", "standalone", "依托日月山、丹噶尔古城等文旅资源"),
    ("ag08", "城关镇", "town", "standalone", "在城关镇老旧小区改造项目现场，城关镇党委书记铁生莲"),
    ("ag08", "湟水河", "river", "in_project_name", "湟水河湟源段生态治理工程现场"),
    ("ag08", "湟源县", "county", "standalone", "湟源县历史文化底蕴深厚"),
    ("ag08", "西宁市", "city", "in_title", "西宁市副市长韦振华"),
    ("ag08", "湟源", "county", "standalone (slogan)", "为建设“幸福湟源”贡献力量"),
    ("ag09", "鹰潭市", "city", "standalone", "省长鄢敬川在鹰潭市调研产业发展和水利建设工作"),
    ("ag09", "鹰潭高新区", "development_zone", "standalone", "在鹰潭高新区，鄢敬川走进"),
    ("ag09", "鹰潭", "city", "standalone", "铜产业是鹰潭的立市之本"),
    ("ag09", "贵溪市", "county_level_city", "standalone", "在贵溪市，鄢敬川察看了"),
    ("ag09", "信江", "river", "in_project_name", "鄢敬川察看了信江贵溪段堤防提升工程建设现场"),
    ("ag09", "余江区", "district", "standalone", "在余江区，他来到"),
    ("ag09", "龙虎山", "scenic_area", "standalone", "要依托龙虎山等优质资源"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ag", conventions="set ag (blind set: provincial-level news in 江西 (the 省政府 site, the 江西日报 第01版, the 人大 and 政协 sites, the 抚州 site) and 青海 (the 青海日报 第1版, the 湟源县 site): the 省委常委会 (bare 省委 = the page's province), the 省政府常务会议, the 省长's 调研 in a prefecture city with its 书记 and 市长 and a 座谈会 (a meeting of its own), a 副省长's 调研 of a county's projects, a 省人大常委会 session and its 任免名单 (决定任命 / 任命 are holdings, 决定免去 is not), a 省政协 主席会议; 省政府秘书长 / 副秘书长 → 省政府, 省委常委、秘书长 → 省委 秘书长, 省X厅 / 省发展改革委 as written after the province; one line per post per article)",
          persons_note="Set ag persons. id = corpus-wide person_id (ag:熊卫东#1, 江西省政府秘书长, and ag:熊卫东#2, 青海 湟源县委书记, are two people; ag:卢文韬 moves 抚州市委书记 2022 → 江西省副省长 2023–2025; ag:饶春明 抚州市长 2022 → 市委书记 2024; ag:邬建平 and ag:聂启航 are 厅长 in pages of different years)")


if __name__ == "__main__":
    main()
