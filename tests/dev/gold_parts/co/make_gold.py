"""Write gold part ``co`` (a blind set: county and city pages that list many leaders at once — 包保 rosters, 河湖长
lists, 重点项目 联系包抓 tables, holiday 值班带班 tables — and 防汛 动员会 news naming the same leaders) from the tables below.

Pages ``tests/dev/texts/co*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 宿松县 news site's page on its 河长制办公室 being re-staffed
(``您的位置: 首页 > 新闻热点 > 部门 >正文``, ``稿件来源: 水利局``, ``经县级总河长同意``, ``责任编辑：``); the 安徽 list of
省级总河长、副总河长、河长、湖长 (``总河长:某某 省委书记 某某 省委副书记、省长``, ``(一)长江干流安徽段 河长:… 副河长:…
协助:省水利厅`` — name first, post after it, no punctuation between); a 长沙晚报 / 红网 page of 湖南's 省、市两级河长名单 in prose
(``市委常委、常务副市长…及分管水利的副市长…担任市级副河长；龙王港河长为副市长…``); the 天水 水务局 page of a 河长制办公室
notice adjusting 市级河湖长 (``发布日期 / 信息来源: 河长办 / 浏览次数``, 文号, 落款 office + date); a 郯城 page
(``县委副书记、县政府县长、县总河长兼沭河县级河长…主持召开了全县河长制工作推进会``); 祁阳 (``县委书记、第一总河长…巡查``),
蓝山 (``蓝山县级河长、县长…带队巡河``) and 衡东 (``副县长、吴集河河长…巡查``) 巡河 pages; the 安图 site's 防汛工作专题会议
(``县委书记…主持…县委副书记、县政府县长…，县人大常委会主任…，县政协主席…参加会议``, ``各位县级领导要深入包保乡镇``); a
钟祥 融媒体 page and a 湘西 团结报 notice on 春节 值班 and 领导带班; a 嘉定区教育局 清明 值班 notice with its roster of dates
and names; a 孝感日报 page on 安陆's 35 重点项目 each given a 包保领导干部 and a 责任单位; 洛南's ``一个重点项目、一名县级
领导、一个责任部门`` 包抓 system and 丹棱's ``联系县领导`` 公示. Places are real and new to this part: 湖北 荆州 公安县 (three
pages: the county site's 包保 table and 春节 带班 table, the 荆州新闻网 portal's 动员会 report), 湖南 常德 (the 汉寿县 site's
河湖长 list; the 常德日报 第01版), 江西 九江 永修县 (the county site's 河湖长 table and its 动员部署会 news with a prose 包保
list), 安徽 安庆 太湖县 (the county site's 重点项目 联系包抓 table and 中秋国庆 带班 table, both set with wide spaces), 广西 来宾
象州县 (the county site's news of leaders inspecting their 包保 towns, with the 包保 list appended).

Shapes: a 包保 table written with bars (``序号 | 包保乡镇 | 包保领导 | 职务``), some leaders with two towns (co01); a portal
report of the 动员会 naming some of the same leaders, with share buttons and a related-news list (co02); a 春节 带班 table
written with tabs (``日期	带班领导	职务	值班电话``) two years later (co03); a 河湖长 list in the 安徽 shape (``总河长：名　职务``,
a second name on the next line under the first, 河长 / 湖长 / 副河长 / 副湖长 lines, 协助单位 lines) and an office head written
``主任：名（职务）`` (co04); a city paper's 动员会 with ``市领导某某、某某`` (co05); a 河湖长 table with bars and a prose sentence
``县河长制办公室主任由分管水利的副县长某某兼任，常务副主任由县水利局局长某某担任`` (co06); a county 动员部署会 with the 包保 list
in prose ``涂埠镇：某某（县委书记）；…`` (co07); a 重点项目 联系包抓 table set with wide spaces (``项目名称　联系县领导　职务　牵头
责任单位``) (co08); a 中秋国庆 带班 table set with wide spaces (co09); four leaders' 督导检查 of their 包保 towns on one day with the
包保 list appended ``石龙镇：某某（县委书记）`` (co10).

Identity cases:
- co:宓国栋: 公安县委副书记、县长 (co01, co02, May 2022) → 公安县委书记 (co03, Feb 2024).
- co:戴晓舟: 公安县副县长 (co01, co02, 2022) → 县委常委、常务副县长 (co03, 2024; the 2022 常务副县长 co:钮海波 is gone).
- co:龚致远: 汉寿县委书记 (co04, Apr 2021) → 常德市副市长 and 市防汛抗旱指挥部副指挥长 (co05, June 2024; the new 汉寿县委书记
  co:易守诚 speaks at the same meeting).
- co:涂志远: 永修县委副书记、县长 (co06, Mar 2022) → 永修县委书记 (co07, June 2024).
- co:檀正和: 太湖县委常委、组织部部长 (co08, Mar 2021) → 太湖县委副书记 (co09, Sept 2023).
- co:卞文涛: 公安县委副书记 (co01, 2022) → 县委副书记、经开区党工委书记 (co03, 2024).
- the same leaders on several pages without a change: co:柴丽芬, co:冉卫国, co:皮远航, co:鲍建勋 (公安, 2022 and 2024),
  co:晏立峰, co:尚志勤, co:郜春林, co:钮海波, co:邬春华 (co01 and co02), co:储国庆, co:程立本, co:殷小龙, co:汪月华, co:余德胜
  (太湖, 2021 and 2023), co:蔡凌峰, co:刁国平, co:范淑琴, co:邹文澜 (永修, 2022 and 2024).
- two different 黎建平 in unrelated places: co:黎建平#1 is 象州县副县长 (广西, co10, 2023); co:黎建平#2 is 永修县副县长 and
  the 县河长制办公室主任 (江西, co06, 2022).
- one organ name in several places: bare ``县委`` / ``县政府`` / ``县人大常委会`` / ``县政协`` / ``县水利局`` are 公安's, 汉寿's,
  永修's, 太湖's and 象州's on their pages; bare ``经开区`` is 公安县's (co03: 荆州公安经开区党工委) and 太湖县's (co09: 安庆太湖
  经开区党工委; co08 names only its 管委会), while the 常德日报 writes ``常德经开区`` in full (co05); ``县公安局`` is 公安县's own
  (公安县公安局, co01, co03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aa, at, bj, bs, ci where they speak; decided here where they are silent):
- DECIDED HERE (the roster roles): 总河长, 副总河长, 河长, 副河长, 湖长, 副湖长, 县级河（湖）长, 包保领导, 联系县领导, 带班领导
  are roles handed to a leader for a river, a town, a project or a day, not posts (as 包保 in part aa and 包抓领导 in part ci);
  only the 职务 written beside them are posts. A name given a role twice with the same 职务 gives one line per post per article
  (evidence: the first occurrence).
- DECIDED HERE (tables): a row's 职务 cell belongs to the name in the same row, whichever order the columns take and whether
  the cells are split by bars, tabs or wide spaces; ``总河长：龚致远　县委书记`` and the name on the next line (``　　　　贺新民
  县委副书记、县长``) likewise; a prose list ``涂埠镇：涂志远（县委书记）`` gives the bracketed 职务 to the name before it. The
  evidence is the row (name + 职务) as it stands in the page.
- Bare organs take the page's county (CONVENTIONS): on each county site and portal page bare 县委 / 县政府 / 县人大常委会 /
  县政协 / 县水利局 … = that county's; ``县委常委、组织部部长`` → X县委 常委 + X县委组织部 部长 (as parts ac, ci), likewise 政法委
  书记 (X县委政法委), 宣传部部长 (X县委宣传部), 统战部部长 (X县委统战部), 县委办公室主任 (X县委办公室); ``县人武部政委`` → X县人武部
  政委 (as earlier parts); ``县政府党组成员、县水利和湖泊局局长`` → X县政府党组 成员 + X县水利和湖泊局 局长 (as earlier parts); in
  the 常德日报 bare 市… = 常德市…; ``汉寿县委书记`` → 汉寿县委, ``澧县县长`` → 澧县政府 (one-character county: label keeps 澧县,
  as part ci's 礼县).
- The 防汛抗旱指挥部's 指挥长 / 副指挥长 are posts of the 指挥部 (part at): 公安县防汛抗旱指挥部 指挥长, 常德市防汛抗旱指挥部
  指挥长 / 副指挥长.
- DECIDED HERE: the 河长制办公室 is a standing office (as part at's 指挥部办公室): its 主任 and 常务副主任 are posts of
  X县河长制办公室 — ``县河长制办公室主任：庞志诚（县水利局局长）`` → 汉寿县河长制办公室 主任 + 汉寿县水利局 局长; ``县河长制办公室主任由
  分管水利的副县长黎建平兼任，常务副主任由县水利局局长邹文澜担任`` → 永修县河长制办公室 主任 (黎建平) + 永修县政府 副县长 (黎建平)
  + 永修县河长制办公室 常务副主任 (邹文澜) + 永修县水利局 局长 (邹文澜).
- DECIDED HERE (county zones): bare ``经开区`` on a county page is that county's zone, labelled with its city in front as part bj
  labels 长沙宁乡经开区: ``县委副书记、经开区党工委书记卞文涛`` → 公安县委 副书记 + 荆州公安经开区党工委 书记; ``县委常委、经开区
  党工委书记郑卫航`` → 太湖县委 常委 + 安庆太湖经开区党工委 书记. In places the zone is ``经开区`` as written.
- ``市领导曹文彬、骆海燕`` (co05) is no post (CONVENTIONS): named attendees without a post.
- Dates: a roster's holdings are dated by its 落款 date (or by the 发布 date where the page has none); the dates in a 带班 table
  are duty days, not holding dates. A roster itself, a 值班 and a 带班 are not events.
- Events: a 动员会 / 动员部署会 is a meeting (chair when 主持; 出席 attendees; ``出席会议并讲话`` is an attendee and a speaker; 通报 /
  宣读 / 汇报 / 分析 / 作了说明 / 表态发言 / 强调 / 指出 / 要求 speakers; organizer only when ``X召开`` names it: 公安县, 永修县 (``我县
  召开``)). DECIDED HERE: ``县四家班子领导…分赴包保乡镇督导检查`` (co10) gives one ``inspection`` per leader and the town(s) he or
  she inspects (leader; 听取…汇报 / 强调 / 要求 speakers), no umbrella event.
- Bylines: ``作者：`` and a bracketed pair of names at the end are author lines (role ``author``); ``本报讯（记者 … 通讯员 …）`` and
  ``（…融媒体中心 记者 … 通讯员 …）`` reporter / correspondent lines; 编辑 / 责任编辑 / 校对 / 审核 editor lines (``责任编辑：龙　敏``
  is 龙敏, the wide space a padding).
- Projects: the 重点项目 of a 联系包抓 table are projects, one line each (an 产业园二期 ``industrial_park``, a 防洪治理工程
  ``engineering_work``, a 棚户区改造项目 ``housing_project``, a 公路改建工程 ``infrastructure_project``, hospital, school, farmland and
  tourism works ``project``); dike and flood works named in the news (荆南四河堤防加固工程, 沅水尾闾防洪治理工程, 松澧分洪区堤防
  加固工程, 三角联圩除险加固工程, 罗秀河象州段防洪治理工程) are ``engineering_work``. The 牵头责任单位 are organs, not persons.
- Places: one line per name per file; the towns of 包保 lists, the rivers and lakes of 河湖长 lists (named without their section:
  ``沅水汉寿段`` → 沅水, ``鄱阳湖永修水域`` → 鄱阳湖), polders (三角联圩, 九合联圩, kind ``polder``), zones as written; places inside
  project names and organ references count; site lines, mastheads, 来源 lines, footers, related-news lists and 上一篇 / 下一篇 are not
  annotated; a county named only in its site line is not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GA, HS, CD, YX, TH, XZ = "公安县", "汉寿县", "常德市", "永修县", "太湖县", "象州县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "co01_gongan.txt": (2022, "发布时间：2022-05-13 09:42", GA, [
        ("公安县2022年县级领导包保乡镇防汛责任分工表", "2022年5月12日", "2022-05-12", "各乡镇人民政府，县防汛抗旱指挥部各成员单位",
         "county site: 包保 table with bars (序号 | 包保乡镇 | 包保领导 | 职务), 13 county leaders, two towns for some")]),
    "co02_gongan.txt": (2022, "2022-05-17 17:36:12", GA, [
        ("公安县召开2022年防汛工作动员会", "5月16日下午", "2022-05-16", "荆州新闻网讯 5月16日下午",
         "city portal: the county's 防汛工作动员会 (县委书记 讲话, 县长-指挥长 主持, 副县长 宣读 the 包保 分工)")]),
    "co03_gongan.txt": (2024, "发布时间：2024-02-06 16:20", GA, [
        ("关于公布2024年春节期间县领导带班安排的通知", "2024年2月6日", "2024-02-06", "各乡镇人民政府，县政府各部门，县直各单位",
         "county site: 春节 带班 table with tabs; the 2022 县长 now 县委书记, the 2022 副县长 now 常务副县长; bare 经开区")]),
    "co04_hanshou.txt": (2021, "发布日期：2021-04-21", HS, [
        ("汉寿县县级总河长、副总河长及县级河湖长名单", "2021年4月20日", "2021-04-20", "根据人事变动情况，经县级总河长同意",
         "county site: 河湖长 list in prose lines (总河长：名　职务), 副河长 / 湖长 lines, 协助单位; 河长制办公室主任")]),
    "co05_changde.txt": (2024, "2024年6月14日　星期五", CD, [
        ("全市防汛工作动员会召开", "6月13日", "2024-06-13", "本报讯（记者 文思雨 通讯员 李诗琪）6月13日",
         "city paper 第01版: 全市防汛工作动员会; the former 汉寿县委书记 now 副市长-副指挥长; 市领导 named without posts")]),
    "co06_yongxiu.txt": (2022, "发布时间：2022-03-25 10:08", YX, [
        ("永修县县级河湖长名录（2022年3月调整）", "2022年3月24日", "2022-03-24", "各乡镇人民政府，县直各单位",
         "county site: 河湖长 table with bars and 总河长（职务）; 河长制办公室 主任 / 常务副主任 in prose (由…兼任 / 担任)")]),
    "co07_yongxiu.txt": (2024, "发布时间：2024-06-05 18:02", YX, [
        ("我县召开2024年防汛工作动员部署会", "6月5日上午", "2024-06-05", "6月5日上午，我县召开",
         "county site: 动员部署会; the 2022 县长 now 县委书记; 包保 list in prose (镇：名（职务）；)")]),
    "co08_taihu.txt": (2021, "发布时间：2021-03-19 11:25", TH, [
        ("2021年太湖县重点项目县级领导联系包抓一览表", "2021年3月18日", "2021-03-18", "为推进重点项目建设提速增效",
         "county site: 重点项目 联系包抓 table set with wide spaces (项目 / 联系县领导 / 职务 / 牵头责任单位)")]),
    "co09_taihu.txt": (2023, "发布时间：2023-09-27 17:05", TH, [
        ("太湖县2023年中秋节、国庆节期间县领导值班带班安排表", "2023年9月27日", "2023-09-27", "各乡镇人民政府，县经开区管委会",
         "county site: 中秋国庆 带班 table set with wide spaces; the 2021 组织部部长 now 县委副书记; bare 经开区")]),
    "co10_xiangzhou.txt": (2023, "发布时间：2023-06-21 19:30", XZ, [
        ("县领导分赴包保乡镇督导检查防汛工作", "6月20日", "2023-06-20", "受持续强降雨影响",
         "county site: four leaders' 督导检查 of their 包保 towns on one day; 包保 list appended (镇：名（职务）)")]),
}

_GA_JKQ = "荆州公安经开区"
_TH_JKQ = "安庆太湖经开区"
_CO06_OFFICE = "县河长制办公室主任由分管水利的副县长黎建平兼任"
_CO06_ZOU = "常务副主任由县水利局局长邹文澜担任"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 公安县 (湖北 荆州)
    "co:晏立峰": ("晏立峰", "official", GA, [
        ("co01", f"{GA}委", "书记", "晏立峰 | 县委书记", "2022-05; 包保领导 is a role, not a post"),
        ("co02", f"{GA}委", "书记", "县委书记晏立峰出席会议并讲话", None)], []),
    "co:宓国栋": ("宓国栋", "official", GA, [
        ("co01", f"{GA}委", "副书记", "宓国栋 | 县委副书记、县长", "2022-05 (identity case: 县委书记 in 2024, co03)"),
        ("co01", f"{GA}政府", "县长", "宓国栋 | 县委副书记、县长", None),
        ("co02", f"{GA}委", "副书记", "县委副书记、县长、县防汛抗旱指挥部指挥长宓国栋", None),
        ("co02", f"{GA}政府", "县长", "县委副书记、县长、县防汛抗旱指挥部指挥长宓国栋", None),
        ("co02", f"{GA}防汛抗旱指挥部", "指挥长", "县委副书记、县长、县防汛抗旱指挥部指挥长宓国栋", "the 指挥部's 指挥长 is a post (part at)"),
        ("co03", f"{GA}委", "书记", "宓国栋\t县委书记", "2024-02: now 县委书记; 带班领导 is a role")], []),
    "co:尚志勤": ("尚志勤", "official", GA, [
        ("co01", f"{GA}人大常委会", "主任", "尚志勤 | 县人大常委会主任", None),
        ("co02", f"{GA}人大常委会", "主任", "县人大常委会主任尚志勤", None)], []),
    "co:郜春林": ("郜春林", "official", GA, [
        ("co01", f"{GA}政协", "主席", "郜春林 | 县政协主席", None),
        ("co02", f"{GA}政协", "主席", "县政协主席郜春林", None)], []),
    "co:卞文涛": ("卞文涛", "official", GA, [
        ("co01", f"{GA}委", "副书记", "卞文涛 | 县委副书记", "2022-05"),
        ("co03", f"{GA}委", "副书记", "卞文涛\t县委副书记、经开区党工委书记", "2024-02"),
        ("co03", f"{_GA_JKQ}党工委", "书记", "卞文涛\t县委副书记、经开区党工委书记", "DECIDED HERE: bare 经开区 on the 公安县 site = the county's zone, city in front (as bj's 长沙宁乡经开区)")], []),
    "co:钮海波": ("钮海波", "official", GA, [
        ("co01", f"{GA}委", "常委", "钮海波 | 县委常委、常务副县长", "2022"),
        ("co01", f"{GA}政府", "常务副县长", "钮海波 | 县委常委、常务副县长", None),
        ("co02", f"{GA}委", "常委", "县委常委、常务副县长钮海波出席会议", None),
        ("co02", f"{GA}政府", "常务副县长", "县委常委、常务副县长钮海波出席会议", None)], []),
    "co:柴丽芬": ("柴丽芬", "official", GA, [
        ("co01", f"{GA}委", "常委", "柴丽芬 | 县委常委、组织部部长", None),
        ("co01", f"{GA}委组织部", "部长", "柴丽芬 | 县委常委、组织部部长", "组织部 after 县委常委 = the 县委's"),
        ("co03", f"{GA}委", "常委", "柴丽芬\t县委常委、组织部部长", "2024: the same posts"),
        ("co03", f"{GA}委组织部", "部长", "柴丽芬\t县委常委、组织部部长", None)], []),
    "co:阙永康": ("阙永康", "official", GA, [
        ("co01", f"{GA}委", "常委", "阙永康 | 县委常委、政法委书记", None),
        ("co01", f"{GA}委政法委", "书记", "阙永康 | 县委常委、政法委书记", None)], []),
    "co:冉卫国": ("冉卫国", "official", GA, [
        ("co01", f"{GA}委", "常委", "冉卫国 | 县委常委、县人武部政委", None),
        ("co01", f"{GA}人武部", "政委", "冉卫国 | 县委常委、县人武部政委", None),
        ("co03", f"{GA}委", "常委", "冉卫国\t县委常委、县人武部政委", "2024: the same posts"),
        ("co03", f"{GA}人武部", "政委", "冉卫国\t县委常委、县人武部政委", None)], []),
    "co:戴晓舟": ("戴晓舟", "official", GA, [
        ("co01", f"{GA}政府", "副县长", "戴晓舟 | 副县长", "2022-05 (identity case: 常务副县长 in 2024, co03)"),
        ("co02", f"{GA}政府", "副县长", "副县长戴晓舟通报了", None),
        ("co03", f"{GA}委", "常委", "戴晓舟\t县委常委、常务副县长", "2024-02: now 县委常委、常务副县长"),
        ("co03", f"{GA}政府", "常务副县长", "戴晓舟\t县委常委、常务副县长", None)], []),
    "co:皮远航": ("皮远航", "official", GA, [
        ("co01", f"{GA}政府", "副县长", "皮远航 | 副县长", None),
        ("co03", f"{GA}政府", "副县长", "皮远航\t副县长", None)], []),
    "co:鲍建勋": ("鲍建勋", "official", GA, [
        ("co01", f"{GA}政府", "副县长", "鲍建勋 | 副县长、县公安局局长", None),
        ("co01", f"{GA}公安局", "局长", "鲍建勋 | 副县长、县公安局局长", "bare 县公安局 = 公安县's (公安县公安局)"),
        ("co03", f"{GA}政府", "副县长", "鲍建勋\t副县长、县公安局局长", None),
        ("co03", f"{GA}公安局", "局长", "鲍建勋\t副县长、县公安局局长", None)], []),
    "co:邬春华": ("邬春华", "official", GA, [
        ("co01", f"{GA}政府党组", "成员", "邬春华 | 县政府党组成员、县水利和湖泊局局长", "县政府党组 成员 is a post (as earlier parts)"),
        ("co01", f"{GA}水利和湖泊局", "局长", "邬春华 | 县政府党组成员、县水利和湖泊局局长", None),
        ("co02", f"{GA}水利和湖泊局", "局长", "县水利和湖泊局局长邬春华通报了", None)], []),
    "co:蒋天骄": ("蒋天骄", "official", GA, [
        ("co02", f"{GA}气象局", "局长", "县气象局局长蒋天骄分析了", None)], []),
    "co:祁晓川": ("祁晓川", "official", GA, [
        ("co03", f"{GA}委", "副书记", "祁晓川\t县委副书记、县长", "2024: succeeds 宓国栋 as 县长"),
        ("co03", f"{GA}政府", "县长", "祁晓川\t县委副书记、县长", None)], []),
    "co:何雅琴": ("何雅琴", "official", GA, [
        ("co03", f"{GA}政府", "副县长", "何雅琴\t副县长", None)], []),
    # ---- 汉寿县 / 常德市 (湖南)
    "co:龚致远": ("龚致远", "official", CD, [
        ("co04", f"{HS}委", "书记", "总河长：龚致远　县委书记", "2021-04 (identity case: 常德市副市长 in 2024, co05); 总河长 / 河长 are roles"),
        ("co05", f"{CD}政府", "副市长", "副市长、市防汛抗旱指挥部副指挥长龚致远", "2024-06: now 常德市副市长"),
        ("co05", f"{CD}防汛抗旱指挥部", "副指挥长", "副市长、市防汛抗旱指挥部副指挥长龚致远", None)], []),
    "co:贺新民": ("贺新民", "official", HS, [
        ("co04", f"{HS}委", "副书记", "贺新民　县委副书记、县长", "the second 总河长, on the line under 龚致远"),
        ("co04", f"{HS}政府", "县长", "贺新民　县委副书记、县长", None)], []),
    "co:符建中": ("符建中", "official", HS, [
        ("co04", f"{HS}委", "常委", "副总河长：符建中　县委常委、常务副县长", None),
        ("co04", f"{HS}政府", "常务副县长", "副总河长：符建中　县委常委、常务副县长", None)], []),
    "co:熊晓岚": ("熊晓岚", "official", HS, [
        ("co04", f"{HS}政府", "副县长", "熊晓岚　副县长", "also 副河长 of 沅水 (a role)")], []),
    "co:喻春生": ("喻春生", "official", HS, [
        ("co04", f"{HS}委", "副书记", "副湖长：喻春生　县委副书记", None)], []),
    "co:丁正华": ("丁正华", "official", HS, [
        ("co04", f"{HS}人大常委会", "主任", "河长：丁正华　县人大常委会主任", None)], []),
    "co:杭继成": ("杭继成", "official", HS, [
        ("co04", f"{HS}政协", "主席", "湖长：杭继成　县政协主席", None)], []),
    "co:樊立平": ("樊立平", "official", HS, [
        ("co04", f"{HS}委", "常委", "副湖长：樊立平　县委常委、县委办公室主任", None),
        ("co04", f"{HS}委办公室", "主任", "副湖长：樊立平　县委常委、县委办公室主任", None)], []),
    "co:庞志诚": ("庞志诚", "official", HS, [
        ("co04", f"{HS}河长制办公室", "主任", "县河长制办公室主任：庞志诚（县水利局局长）", "DECIDED HERE: the 河长制办公室 is a standing office; its 主任 a post"),
        ("co04", f"{HS}水利局", "局长", "县河长制办公室主任：庞志诚（县水利局局长）", None)], []),
    "co:阎立东": ("阎立东", "official", CD, [
        ("co05", f"{CD}委", "书记", "市委书记阎立东出席会议并讲话", None)], []),
    "co:潘承志": ("潘承志", "official", CD, [
        ("co05", f"{CD}委", "副书记", "市委副书记、市长、市防汛抗旱指挥部指挥长潘承志主持", None),
        ("co05", f"{CD}政府", "市长", "市委副书记、市长、市防汛抗旱指挥部指挥长潘承志主持", None),
        ("co05", f"{CD}防汛抗旱指挥部", "指挥长", "市委副书记、市长、市防汛抗旱指挥部指挥长潘承志主持", None)], []),
    "co:邵光荣": ("邵光荣", "official", CD, [
        ("co05", f"{CD}水利局", "局长", "市水利局局长邵光荣", None)], []),
    "co:廖晓峰": ("廖晓峰", "official", CD, [
        ("co05", f"{CD}气象局", "局长", "市气象局局长廖晓峰", None)], []),
    "co:易守诚": ("易守诚", "official", HS, [
        ("co05", f"{HS}委", "书记", "汉寿县委书记易守诚", "2024: succeeds 龚致远")], []),
    "co:卓远航": ("卓远航", "official", "澧县", [
        ("co05", "澧县政府", "县长", "澧县县长卓远航", "one-character county: label 澧县 (as ci's 礼县)")], []),
    "co:曹文彬": ("曹文彬", "official", CD, [], ["co05"]),
    "co:骆海燕": ("骆海燕", "official", CD, [], ["co05"]),
    # ---- 永修县 (江西 九江)
    "co:聂宏图": ("聂宏图", "official", YX, [
        ("co06", f"{YX}委", "书记", "总河长：聂宏图（县委书记）", "2022-03")], []),
    "co:涂志远": ("涂志远", "official", YX, [
        ("co06", f"{YX}委", "副书记", "副总河长：涂志远（县委副书记、县长）", "2022-03 (identity case: 县委书记 in 2024, co07)"),
        ("co06", f"{YX}政府", "县长", "副总河长：涂志远（县委副书记、县长）", None),
        ("co07", f"{YX}委", "书记", "县委书记涂志远出席并讲话", "2024-06: now 县委书记")], []),
    "co:蔡凌峰": ("蔡凌峰", "official", YX, [
        ("co06", f"{YX}委", "常委", "蔡凌峰 | 县委常委、常务副县长", None),
        ("co06", f"{YX}政府", "常务副县长", "蔡凌峰 | 县委常委、常务副县长", None),
        ("co07", f"{YX}委", "常委", "县委常委、常务副县长蔡凌峰出席会议", "2024: the same posts"),
        ("co07", f"{YX}政府", "常务副县长", "县委常委、常务副县长蔡凌峰出席会议", None)], []),
    "co:刁国平": ("刁国平", "official", YX, [
        ("co06", f"{YX}人大常委会", "主任", "刁国平 | 县人大常委会主任", None),
        ("co07", f"{YX}人大常委会", "主任", "县人大常委会主任刁国平", None)], []),
    "co:范淑琴": ("范淑琴", "official", YX, [
        ("co06", f"{YX}委", "常委", "范淑琴 | 县委常委、宣传部部长", None),
        ("co06", f"{YX}委宣传部", "部长", "范淑琴 | 县委常委、宣传部部长", None),
        ("co07", f"{YX}委", "常委", "范淑琴（县委常委、宣传部部长）", "named only in the prose 包保 list"),
        ("co07", f"{YX}委宣传部", "部长", "范淑琴（县委常委、宣传部部长）", None)], []),
    "co:黎建平#2": ("黎建平", "official", YX, [
        ("co06", f"{YX}河长制办公室", "主任", _CO06_OFFICE, "永修 (江西), 2022; not the 黎建平 of 象州县 (co10); DECIDED HERE: 河长制办公室 主任 is a post"),
        ("co06", f"{YX}政府", "副县长", _CO06_OFFICE, "分管水利的副县长 (分管 is no part of the title)")], []),
    "co:邹文澜": ("邹文澜", "official", YX, [
        ("co06", f"{YX}河长制办公室", "常务副主任", _CO06_ZOU, "常务副主任 after 县河长制办公室主任 in the same sentence = the office's"),
        ("co06", f"{YX}水利局", "局长", _CO06_ZOU, None),
        ("co07", f"{YX}水利局", "局长", "县水利局局长邹文澜", "2024: the same post")], []),
    "co:喻立新": ("喻立新", "official", YX, [
        ("co07", f"{YX}委", "副书记", "县委副书记、县长喻立新主持会议", "2024: succeeds 涂志远 as 县长"),
        ("co07", f"{YX}政府", "县长", "县委副书记、县长喻立新主持会议", None)], []),
    "co:万秋生": ("万秋生", "official", YX, [
        ("co07", f"{YX}政协", "主席", "县政协主席万秋生", None)], []),
    "co:邓子明": ("邓子明", "official", YX, [
        ("co07", f"{YX}政府", "副县长", "副县长邓子明通报了", None)], []),
    "co:雷振华": ("雷振华", "official", YX, [
        ("co07", f"{YX}应急管理局", "局长", "县应急管理局局长雷振华", None)], []),
    "co:彭丽珠": ("彭丽珠", "official", YX, [
        ("co07", f"{YX}政府", "副县长", "彭丽珠（副县长）", "named only in the prose 包保 list")], []),
    # ---- 太湖县 (安徽 安庆)
    "co:储国庆": ("储国庆", "official", TH, [
        ("co08", f"{TH}委", "书记", "储国庆　　　　县委书记", "2021; 联系县领导 is a role"),
        ("co09", f"{TH}委", "书记", "储国庆　　　县委书记", "2023: the same post")], []),
    "co:程立本": ("程立本", "official", TH, [
        ("co08", f"{TH}委", "副书记", "程立本　　　　县委副书记、县长", None),
        ("co08", f"{TH}政府", "县长", "程立本　　　　县委副书记、县长", None),
        ("co09", f"{TH}委", "副书记", "程立本　　　县委副书记、县长", None),
        ("co09", f"{TH}政府", "县长", "程立本　　　县委副书记、县长", None)], []),
    "co:檀正和": ("檀正和", "official", TH, [
        ("co08", f"{TH}委", "常委", "檀正和　　　　县委常委、组织部部长", "2021-03 (identity case: 县委副书记 in 2023, co09)"),
        ("co08", f"{TH}委组织部", "部长", "檀正和　　　　县委常委、组织部部长", None),
        ("co09", f"{TH}委", "副书记", "檀正和　　　县委副书记", "2023-09: now 县委副书记")], []),
    "co:殷小龙": ("殷小龙", "official", TH, [
        ("co08", f"{TH}委", "常委", "殷小龙　　　　县委常委、常务副县长", None),
        ("co08", f"{TH}政府", "常务副县长", "殷小龙　　　　县委常委、常务副县长", None),
        ("co09", f"{TH}委", "常委", "殷小龙　　　县委常委、常务副县长", None),
        ("co09", f"{TH}政府", "常务副县长", "殷小龙　　　县委常委、常务副县长", None)], []),
    "co:汪月华": ("汪月华", "official", TH, [
        ("co08", f"{TH}政府", "副县长", "汪月华　　　　副县长", None),
        ("co09", f"{TH}政府", "副县长", "汪月华　　　副县长", None)], []),
    "co:余德胜": ("余德胜", "official", TH, [
        ("co08", f"{TH}政府", "副县长", "余德胜　　　　副县长", "two projects, one line"),
        ("co09", f"{TH}政府", "副县长", "余德胜　　　副县长", None)], []),
    "co:朱海鸥": ("朱海鸥", "official", TH, [
        ("co08", f"{TH}人大常委会", "副主任", "朱海鸥　　　　县人大常委会副主任", None)], []),
    "co:郑卫航": ("郑卫航", "official", TH, [
        ("co09", f"{TH}委", "常委", "郑卫航　　　县委常委、经开区党工委书记", None),
        ("co09", f"{_TH_JKQ}党工委", "书记", "郑卫航　　　县委常委、经开区党工委书记", "DECIDED HERE: bare 经开区 on the 太湖县 site = the county's zone, city in front")], []),
    "co:金晓梅": ("金晓梅", "official", TH, [
        ("co09", f"{TH}政府", "副县长", "金晓梅　　　副县长", None)], []),
    # ---- 象州县 (广西 来宾)
    "co:覃明锋": ("覃明锋", "official", XZ, [
        ("co10", f"{XZ}委", "书记", "县委书记覃明锋来到石龙镇", "also in the 包保 list")], []),
    "co:陆婉秋": ("陆婉秋", "official", XZ, [
        ("co10", f"{XZ}石龙镇党委", "书记", "听取镇党委书记陆婉秋关于", "镇 in the 石龙镇 sentence = 石龙镇")], []),
    "co:莫振邦": ("莫振邦", "official", XZ, [
        ("co10", f"{XZ}委", "副书记", "县委副书记、县长莫振邦到运江镇", None),
        ("co10", f"{XZ}政府", "县长", "县委副书记、县长莫振邦到运江镇", None)], []),
    "co:黎建平#1": ("黎建平", "official", XZ, [
        ("co10", f"{XZ}政府", "副县长", "副县长黎建平到罗秀镇", "象州 (广西), 2023; not the 黎建平 of 永修县 (co06)")], []),
    "co:韦秀兰": ("韦秀兰", "official", XZ, [
        ("co10", f"{XZ}委", "常委", "县委常委、统战部部长韦秀兰到寺村镇", None),
        ("co10", f"{XZ}委统战部", "部长", "县委常委、统战部部长韦秀兰到寺村镇", None)], []),
    "co:蓝宗华": ("蓝宗华", "official", XZ, [
        ("co10", f"{XZ}人大常委会", "主任", "蓝宗华（县人大常委会主任）", None)], []),
    "co:韦德坤": ("韦德坤", "official", XZ, [
        ("co10", f"{XZ}政协", "主席", "韦德坤（县政协主席）", None)], []),
    "co:谭启林": ("谭启林", "official", XZ, [
        ("co10", f"{XZ}政府", "副县长", "谭启林（副县长）", None)], []),
    "co:蒙春花": ("蒙春花", "official", XZ, [
        ("co10", f"{XZ}委", "常委", "蒙春花（县委常委、县委办公室主任）", None),
        ("co10", f"{XZ}委办公室", "主任", "蒙春花（县委常委、县委办公室主任）", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("co01", "龙敏", "责任编辑", "editor", "责任编辑：龙　敏"),
    ("co02", "邝丽娟", "作者", "author", "作者：邝丽娟 杜一鸣"),
    ("co02", "杜一鸣", "作者", "author", "作者：邝丽娟 杜一鸣"),
    ("co02", "方晓蕾", "编辑", "editor", "编辑：方晓蕾"),
    ("co05", "文思雨", "记者", "reporter", "本报讯（记者 文思雨 通讯员 李诗琪）"),
    ("co05", "李诗琪", "通讯员", "correspondent", "本报讯（记者 文思雨 通讯员 李诗琪）"),
    ("co05", "马立群", "编辑", "editor", "（编辑：马立群　校对：范婷）"),
    ("co05", "范婷", "校对", "editor", "（编辑：马立群　校对：范婷）"),
    ("co07", "熊佳怡", "作者", "author", "作者：熊佳怡"),
    ("co07", "胡晓梅", "责任编辑", "editor", "责任编辑：胡晓梅"),
    ("co10", "韦玉婷", "记者", "reporter", "（象州县融媒体中心 记者 韦玉婷 通讯员 覃雅婷）"),
    ("co10", "覃雅婷", "通讯员", "correspondent", "（象州县融媒体中心 记者 韦玉婷 通讯员 覃雅婷）"),
    ("co10", "黄珊珊", "编辑", "editor", "编辑：黄珊珊"),
    ("co10", "梁宇", "审核", "editor", "审核：梁宇"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("co02", "公安县2022年防汛工作动员会", "meeting (动员会)", "5月16日下午", "宓国栋", None, ["公安县"],
     ["晏立峰", "尚志勤", "郜春林", "钮海波"], ["戴晓舟", "邬春华", "蒋天骄", "晏立峰", "宓国栋"], None,
     "5月16日下午，公安县召开2022年防汛工作动员会",
     ["县委书记晏立峰出席会议并讲话", "县防汛抗旱指挥部指挥长宓国栋主持会议", "县人大常委会主任尚志勤，县政协主席郜春林，县委常委、常务副县长钮海波出席会议",
      "副县长戴晓舟通报了", "县水利和湖泊局局长邬春华通报了", "县气象局局长蒋天骄分析了", "晏立峰强调", "宓国栋要求"]),
    ("co05", "全市防汛工作动员会", "meeting (动员会)", "6月13日", "潘承志", None, [],
     ["阎立东", "曹文彬", "骆海燕"], ["龚致远", "邵光荣", "廖晓峰", "易守诚", "卓远航", "阎立东", "潘承志"], None,
     "6月13日，全市防汛工作动员会召开",
     ["市委书记阎立东出席会议并讲话", "市防汛抗旱指挥部指挥长潘承志主持", "市领导曹文彬、骆海燕出席会议", "副指挥长龚致远通报了",
      "市水利局局长邵光荣、市气象局局长廖晓峰分别汇报了", "汉寿县委书记易守诚、澧县县长卓远航作表态发言", "阎立东指出", "潘承志要求"]),
    ("co07", "永修县2024年防汛工作动员部署会", "meeting (动员部署会)", "6月5日上午", "喻立新", None, ["永修县"],
     ["涂志远", "刁国平", "万秋生", "蔡凌峰"], ["邓子明", "邹文澜", "雷振华", "涂志远", "喻立新"], None,
     "6月5日上午，我县召开2024年防汛工作动员部署会",
     ["县委书记涂志远出席并讲话", "县长喻立新主持会议", "县人大常委会主任刁国平，县政协主席万秋生，县委常委、常务副县长蔡凌峰出席会议",
      "副县长邓子明通报了", "县水利局局长邹文澜、县应急管理局局长雷振华分别就水利工程调度和抢险物资储备作了说明", "涂志远强调", "喻立新要求"]),
    ("co10", "石龙镇防汛督导检查", "inspection (督导检查)", "6月20日", None, "覃明锋", [],
     [], ["陆婉秋", "覃明锋"], "石龙镇",
     "县委书记覃明锋来到石龙镇，沿柳江堤防察看险工险段",
     ["县委书记覃明锋来到石龙镇", "听取镇党委书记陆婉秋关于沿江低洼村屯人员转移情况的汇报", "覃明锋强调"]),
    ("co10", "运江镇防汛督导检查", "inspection (检查)", "6月20日", None, "莫振邦", [],
     [], ["莫振邦"], "运江镇",
     "县委副书记、县长莫振邦到运江镇检查运江老街防洪设施和排涝泵站运行情况",
     ["县长莫振邦到运江镇检查", "他要求"]),
    ("co10", "罗秀镇防汛督导检查", "inspection (察看)", "6月20日", None, "黎建平", [],
     [], ["黎建平"], "罗秀镇",
     "副县长黎建平到罗秀镇察看罗秀河沿岸行洪情况",
     ["副县长黎建平到罗秀镇察看", "要求施工单位落实临时度汛方案"]),
    ("co10", "寺村镇、中平镇水库山塘安全度汛检查", "inspection (检查)", "6月20日", None, "韦秀兰", [],
     [], [], "寺村镇、中平镇",
     "县委常委、统战部部长韦秀兰到寺村镇、中平镇检查水库山塘安全度汛情况",
     ["统战部部长韦秀兰到寺村镇、中平镇检查"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("co02", "荆南四河堤防加固工程", "engineering_work", "要抓紧完成荆南四河堤防加固工程汛前应急度汛任务"),
    ("co05", "沅水尾闾防洪治理工程", "engineering_work", "要加快沅水尾闾防洪治理工程"),
    ("co05", "松澧分洪区堤防加固工程", "engineering_work", "松澧分洪区堤防加固工程建设"),
    ("co07", "三角联圩除险加固工程", "engineering_work", "要加快推进三角联圩除险加固工程"),
    ("co08", "太湖县功能膜材料产业园二期", "industrial_park", "太湖县功能膜材料产业园二期"),
    ("co08", "长河太湖段防洪治理工程", "engineering_work", "长河太湖段防洪治理工程"),
    ("co08", "太湖县人民医院新院区建设项目", "project", "太湖县人民医院新院区建设项目"),
    ("co08", "花亭湖旅游度假区提升工程", "project", "花亭湖旅游度假区提升工程"),
    ("co08", "晋熙镇城南棚户区改造项目", "housing_project", "晋熙镇城南棚户区改造项目"),
    ("co08", "徐桥镇高标准农田建设项目", "project", "徐桥镇高标准农田建设项目"),
    ("co08", "县城至弥陀镇公路改建工程", "infrastructure_project", "县城至弥陀镇公路改建工程"),
    ("co08", "太湖中学新校区扩建项目", "project", "太湖中学新校区扩建项目"),
    ("co10", "罗秀河象州段防洪治理工程", "engineering_work", "罗秀河象州段防洪治理工程工地度汛措施"),
]

_CO01_TOWN = {
    "斗湖堤镇": "1 | 斗湖堤镇", "埠河镇": "2 | 埠河镇", "杨家厂镇": "3 | 杨家厂镇", "夹竹园镇": "4 | 夹竹园镇",
    "麻豪口镇": "5 | 麻豪口镇", "藕池镇": "6 | 藕池镇、黄山头镇", "黄山头镇": "6 | 藕池镇、黄山头镇", "闸口镇": "7 | 闸口镇",
    "章庄铺镇": "8 | 章庄铺镇", "孟家溪镇": "9 | 孟家溪镇", "南平镇": "10 | 南平镇、甘家厂乡", "毛家港镇": "11 | 毛家港镇",
    "狮子口镇": "12 | 狮子口镇", "斑竹垱镇": "13 | 斑竹垱镇、章田寺乡",
}
_CO07_LIST = "涂埠镇：涂志远（县委书记）；吴城镇：喻立新"

# places: (file, name, kind, context, evidence)
PLACES = [
    ("co01", "公安县", "county", "standalone", "公安县2022年县级领导包保乡镇防汛责任分工表"),
    *[("co01", n, "town", "standalone", ev) for n, ev in _CO01_TOWN.items()],
    ("co01", "甘家厂乡", "township", "standalone", "10 | 南平镇、甘家厂乡"),
    ("co01", "章田寺乡", "township", "standalone", "13 | 斑竹垱镇、章田寺乡"),
    ("co02", "公安县", "county", "standalone", "5月16日下午，公安县召开"),
    ("co02", "埠河镇", "town", "standalone", "埠河镇、藕池镇、黄山头镇主要负责人"),
    ("co02", "藕池镇", "town", "standalone", "埠河镇、藕池镇、黄山头镇主要负责人"),
    ("co02", "黄山头镇", "town", "standalone", "埠河镇、藕池镇、黄山头镇主要负责人"),
    ("co02", "荆江", "river", "standalone", "公安县地处荆江南岸"),
    ("co02", "长江", "river", "standalone", "境内有长江干堤"),
    ("co02", "松滋河", "river", "standalone", "松滋河、虎渡河、藕池河等分洪河道"),
    ("co02", "虎渡河", "river", "standalone", "松滋河、虎渡河、藕池河等分洪河道"),
    ("co02", "藕池河", "river", "standalone", "松滋河、虎渡河、藕池河等分洪河道"),
    ("co02", "荆南四河", "river", "in_project_name", "荆南四河堤防加固工程"),
    ("co03", "公安县", "county", "in_org_reference", "公安县人民政府办公室\n2024年2月6日"),
    ("co03", "经开区", "development_zone", "in_title", "卞文涛\t县委副书记、经开区党工委书记"),
    ("co04", "汉寿县", "county", "standalone", "汉寿县县级总河长、副总河长及县级河湖长名单"),
    ("co04", "沅水", "river", "standalone", "（一）沅水汉寿段"),
    ("co04", "西洞庭湖", "lake", "standalone", "（二）西洞庭湖汉寿水域"),
    ("co04", "沧水", "river", "standalone", "（三）沧水"),
    ("co04", "岩汪湖", "lake", "standalone", "（四）岩汪湖"),
    ("co05", "常德", "prefecture_city", "standalone", "常德地处洞庭湖西岸"),
    ("co05", "洞庭湖", "lake", "standalone", "常德地处洞庭湖西岸"),
    ("co05", "沅水", "river", "standalone", "沅水、澧水穿境而过"),
    ("co05", "澧水", "river", "standalone", "沅水、澧水穿境而过"),
    ("co05", "西洞庭湖", "lake", "standalone", "要紧盯西洞庭湖区堤垸"),
    ("co05", "汉寿县", "county", "in_org_reference", "汉寿县委书记易守诚"),
    ("co05", "澧县", "county", "in_org_reference", "澧县县长卓远航"),
    ("co05", "松澧分洪区", "flood_storage_area", "in_project_name", "松澧分洪区堤防加固工程建设"),
    ("co05", "常德经开区", "development_zone", "standalone", "常德经开区、常德高新区设分会场"),
    ("co05", "常德高新区", "development_zone", "standalone", "常德经开区、常德高新区设分会场"),
    ("co06", "永修县", "county", "standalone", "永修县县级河湖长名录（2022年3月调整）"),
    ("co06", "修河", "river", "standalone", "1 | 修河 | 聂宏图"),
    ("co06", "潦河", "river", "standalone", "2 | 潦河 | 涂志远"),
    ("co06", "鄱阳湖", "lake", "standalone", "3 | 鄱阳湖永修水域"),
    ("co06", "蚌湖", "lake", "standalone", "4 | 蚌湖 | 刁国平"),
    ("co06", "柘林湖", "lake", "standalone", "5 | 柘林湖永修水域"),
    ("co06", "柘林镇", "town", "standalone", "柘林镇至吴城镇入湖口"),
    ("co06", "吴城镇", "town", "standalone", "柘林镇至吴城镇入湖口"),
    ("co06", "滩溪镇", "town", "standalone", "滩溪镇至艾城镇汇入修河口"),
    ("co06", "艾城镇", "town", "standalone", "滩溪镇至艾城镇汇入修河口"),
    ("co06", "九合乡", "township", "standalone", "吴城镇、九合乡、江上乡沿湖水域"),
    ("co06", "江上乡", "township", "standalone", "吴城镇、九合乡、江上乡沿湖水域"),
    ("co07", "永修", "county", "standalone", "永修地处修河尾闾"),
    ("co07", "修河", "river", "standalone", "修河、潦河沿线堤防"),
    ("co07", "潦河", "river", "standalone", "修河、潦河沿线堤防"),
    ("co07", "鄱阳湖", "lake", "standalone", "鄱阳湖之滨"),
    ("co07", "三角联圩", "polder", "standalone", "三角联圩、九合联圩等重点圩堤"),
    ("co07", "九合联圩", "polder", "standalone", "三角联圩、九合联圩等重点圩堤"),
    ("co07", "涂埠镇", "town", "standalone", _CO07_LIST),
    ("co07", "吴城镇", "town", "standalone", _CO07_LIST),
    ("co07", "三角乡", "township", "standalone", "三角乡：蔡凌峰"),
    ("co07", "九合乡", "township", "standalone", "九合乡：刁国平"),
    ("co07", "艾城镇", "town", "standalone", "艾城镇、滩溪镇：万秋生"),
    ("co07", "滩溪镇", "town", "standalone", "艾城镇、滩溪镇：万秋生"),
    ("co07", "江上乡", "township", "standalone", "江上乡、立新乡：范淑琴"),
    ("co07", "立新乡", "township", "standalone", "江上乡、立新乡：范淑琴"),
    ("co07", "虬津镇", "town", "standalone", "虬津镇：邓子明"),
    ("co07", "柘林镇", "town", "standalone", "柘林镇：彭丽珠"),
    ("co08", "太湖县", "county", "standalone", "2021年太湖县重点项目县级领导联系包抓一览表"),
    ("co08", "经开区", "development_zone", "in_org_reference", "县经开区管委会"),
    ("co08", "长河", "river", "in_project_name", "长河太湖段防洪治理工程"),
    ("co08", "花亭湖", "lake", "in_project_name", "花亭湖旅游度假区提升工程"),
    ("co08", "晋熙镇", "town", "in_project_name", "晋熙镇城南棚户区改造项目"),
    ("co08", "徐桥镇", "town", "in_project_name", "徐桥镇高标准农田建设项目"),
    ("co08", "弥陀镇", "town", "in_project_name", "县城至弥陀镇公路改建工程"),
    ("co09", "太湖县", "county", "standalone", "太湖县2023年中秋节、国庆节期间县领导值班带班安排表"),
    ("co09", "经开区", "development_zone", "in_org_reference", "各乡镇人民政府，县经开区管委会"),
    ("co09", "花亭湖景区", "scenic_area", "standalone", "要加强对花亭湖景区"),
    ("co10", "柳江", "river", "standalone", "柳江水位持续上涨"),
    ("co10", "石龙镇", "town", "standalone", "县委书记覃明锋来到石龙镇"),
    ("co10", "运江镇", "town", "standalone", "县长莫振邦到运江镇"),
    ("co10", "运江老街", "historic_street", "standalone", "检查运江老街防洪设施"),
    ("co10", "罗秀镇", "town", "standalone", "副县长黎建平到罗秀镇"),
    ("co10", "罗秀河", "river", "standalone", "察看罗秀河沿岸行洪情况"),
    ("co10", "寺村镇", "town", "standalone", "到寺村镇、中平镇检查"),
    ("co10", "中平镇", "town", "standalone", "到寺村镇、中平镇检查"),
    ("co10", "象州镇", "town", "standalone", "象州镇：蓝宗华"),
    ("co10", "大乐镇", "town", "standalone", "大乐镇：韦德坤"),
    ("co10", "马坪镇", "town", "standalone", "马坪镇、百丈乡：谭启林"),
    ("co10", "百丈乡", "township", "standalone", "马坪镇、百丈乡：谭启林"),
    ("co10", "妙皇乡", "township", "standalone", "妙皇乡：蒙春花"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="co", conventions="set co (blind set: pages listing many leaders at once — 县级领导包保乡镇防汛 tables, 河湖长 lists, a 重点项目 联系包抓 table, 春节 and 中秋国庆 带班 tables — and 防汛 动员会 news naming the same leaders, in 湖北 荆州 公安县, 湖南 常德 (汉寿县, the 常德日报), 江西 九江 永修县, 安徽 安庆 太湖县, 广西 来宾 象州县; tables split by bars, tabs or wide spaces and prose lists; 总河长 / 河长 / 湖长 / 包保领导 / 联系县领导 / 带班领导 are roles, the 职务 beside them posts; 河长制办公室 主任 / 常务副主任 and 防汛抗旱指挥部 指挥长 / 副指挥长 are posts; bare 经开区 on a county page = the county's zone with its city in front; one line per post per article)",
          persons_note="Set co persons. id = corpus-wide person_id (co:黎建平#1 of 象州县 (广西) and co:黎建平#2 of 永修县 (江西) are two people; co:宓国栋 公安县长 2022 → 县委书记 2024; co:戴晓舟 公安副县长 2022 → 县委常委、常务副县长 2024; co:龚致远 汉寿县委书记 2021 → 常德市副市长 2024; co:涂志远 永修县长 2022 → 县委书记 2024; co:檀正和 太湖县委常委、组织部部长 2021 → 县委副书记 2023)")


if __name__ == "__main__":
    main()
