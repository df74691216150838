"""Write gold part ``ap`` (a blind set: pages of city and county DEPARTMENTS' own sites) from the tables below.

Pages ``tests/dev/texts/ap*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 平顶山市卫生健康委员会 site (``欢迎来到…`` header, ``当前位置：首页 >
工作动态 > 重要会议``, ``发布日期：… 浏览量``, ``市卫健委党组书记、主任…出席会议并作工作报告``, footer ``版权所有… 豫ICP备``);
a 商丘 卫计委 工作会议 (``委党组书记、主任…讲话。会议由委党组副书记、副主任…主持``); a 市卫健委 月度工作例会 (``委党组书记、
主任…主持召开``); the 黄山 and 安顺 交通运输局 sites (``局党组书记、局长、局安委会主任…主持会议并讲话``, 安全生产工作会议);
a 永州 交通运输局 安全生产 约谈 (``党组成员、副局长…就…提出了具体的要求``); the 许昌 交通运输局 site (``文章来源 发布人
发布时间 阅读``); the 大竹县市场监督管理局 page (副县长 督导 ``国庆中秋``双节 食品安全, ``县市场监督管理局党组书记、局长…，
党组成员、副局长…陪同督导``); the 深圳 and 乐山 市场监管局 节前 检查 pages (``党组成员、副局长…带队``; 乐山's ``市中区、高新区``);
a 山亭区 住建局 保交楼 督导 and a 区住建局 ``局党组书记、局长…带领相关站所负责同志督导检查重点项目``; the 连南县教育局
节前安全调研 (``县教育局党组书记、局长…带队``, ``初稿 / 修改 / 审核 / 发布`` credits) and a 杜集区 教育局 开学检查
(``一审 / 二审 / 三审``); a 滕州 教体局 局长 调研 新建学校 开学准备; the 卢氏县自然资源局 干部职工会议. Places are real and
new to the corpus: 安徽 蚌埠 (市卫健委, 市市场监管局; 固镇县, 禹会区, 蚌埠高新区) and 怀远县 (县教育局); 四川 乐山 (市交通运输局,
市自然资源和规划局, 市住建局; 乐山高新区, 夹江县, 峨眉山市) and 夹江县 (县卫生健康局); 湖南 常德 (市教育局; 常德经开区, 武陵区)
and 澧县 (县市场监管局).

Shapes: a 委 site's 调研 in a county led by ``委党组书记、主任`` with a 副主任 and a rank (二级调研员), the county's 副县长 and
县卫健委主任 accompanying, and a 座谈会 after it (ap01); a 局 site's 节前 检查 led by ``局党组书记、局长`` with a 分局 head
(ap02); a county department site receiving the 县长's 调研 (``县长…到县教育局调研指导工作``) with a 座谈会 where the 局长
and 副局长 report (ap03); a 局 安全生产工作会议 chaired by the 局长 with two 副局长 and a 二级调研员 listed after one chain of
titles and county-level 局长 / 副局长 speaking (ap04); a 局 site's 调研 of a 高新区 with the head of another department
and the zone's 管委会副主任 (ap05); a 局 督导 in a county with an 一级调研员 and the county's 局长 (ap06); a county 局's
annual work conference (副县长 讲话, 局长 报告, 副局长 主持) (ap07); a city 教育局 开学 督查 in the 经开区 and a district
(ap08); a county 局 site reporting a 副县长's 督导 with its own 局长 and 副局长 accompanying (ap09).

Identity cases:
- ap:邰明远, a department head who goes to a county: 蚌埠市卫健委党组书记、主任 in June 2021 (ap01, on the 委's own site);
  怀远县委副书记、县长 in March 2024 on the 怀远县教育局 site (ap03).
- ap:苟维民, a 局长 who moves from one department to another: 乐山市交通运输局党组书记、局长 in April 2022 (ap04);
  ``市住建局局长`` on the 自然资源和规划局's site in August 2023 (ap05); 局党组书记、局长 on the 住建局's own site in November
  2024 (ap06: bare 局 = 乐山市住建局).
- ap:伍绍成, a county 局长 who moves between county departments: 夹江县住建局局长 in Nov 2024 (ap06, on the city 住建局
  site); 夹江县卫生健康局党组书记、局长 in Feb 2025 (ap07, on the county 卫健局's own site).
- two different 符国庆 in two provinces: ap:符国庆#1 is 乐山市交通运输局党组成员、副局长 (四川, ap04, 2022); ap:符国庆#2 is
  澧县市场监管局党组书记、局长 (湖南, ap09, 2023).
- one zone name in several cities: 高新区 of 蚌埠 (ap02: ``蚌埠高新区``, ``市市场监管局高新区分局``) and of 乐山 (ap05:
  ``乐山高新区``, bare ``高新区``, ``乐山高新区管委会``); 经开区 of 常德 (ap08: ``常德经开区``, bare ``经开区``).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in part z where it speaks; decided here where it is silent):
- Bare organs on a department's own site belong to that department of the site's place (part z): ``委党组书记、主任`` on
  the 蚌埠 卫健委 site → 蚌埠市卫健委党组 书记 + 蚌埠市卫健委 主任; ``局党组书记、局长`` on the 乐山 交通运输局 site →
  乐山市交通运输局党组 书记 + 乐山市交通运输局 局长; ``局党组成员、副局长`` → the 党组 成员 + the 局 副局长 (part z's
  DECIDED: 党组成员 is a post of the 党组). 党组 goes only with 书记 / 成员.
- The department is named as the page's own headline or body writes it (part z): 市市场监管局 (ap02), 市交通运输局 (ap04),
  市教育局 (ap08), 县市场监管局 (ap09), 县教育局 (ap03), 县卫生健康局 (ap07). DECIDED HERE: when neither the headline nor
  the body names the site's own department (ap01, ap05, ap06: the body only writes ``委`` / ``局``), the short form the
  page itself uses elsewhere (its 上一篇 link, or another page of the set naming it) is taken: 蚌埠市卫健委 (ap01's
  上一篇 ``市卫健委``), 乐山市自然资源和规划局 (ap05's 上一篇), 乐山市住建局 (ap05 writes ``市住建局局长苟维民``; ap06
  is the same department, so the same org). The full site line is chrome.
- Ranks (二级调研员, 一级调研员) with no department written are posts of the site's department (CONVENTIONS, part z):
  聂广福 → 蚌埠市卫健委 二级调研员; 母德全 → 乐山市交通运输局 二级调研员; 岳思彤 → 乐山市自然资源和规划局 二级调研员;
  车立新 → 乐山市住建局 一级调研员.
- County-level organs: ``固镇县副县长`` → 固镇县政府 副县长; ``县卫健委主任`` after 固镇县 → 固镇县卫健委; on a county
  department's site the bare ``县委`` / ``县`` = that county (怀远县委 副书记 + 怀远县政府 县长; 澧县政府 副县长; 夹江县政府
  副县长). A county-level city's department keeps its name: 峨眉山市交通运输局 副局长.
- DECIDED HERE: a city department's branch in a zone is written after the department: ``市市场监管局高新区分局局长`` →
  蚌埠市市场监管局高新区分局 局长. A zone's own department takes the zone label: ``常德经开区社会事务局局长`` → 常德经开区
  社会事务局 局长; ``乐山高新区管委会副主任`` → 乐山高新区管委会 副主任.
- One line per post per article; a list after one chain of titles gives every name the chain (``局党组成员、副局长符国庆、
  雍晓琳`` → both 党组 成员 + 副局长). A name in the headline repeating a post of the body gives no second line.
- Events: a department leader's 调研 / 检查 / 督导 / 督查 is an ``inspection`` (CONVENTIONS) with its leader (``带队``) and
  those who 参加 / 陪同 as attendees; 汇报 / 介绍 / 作了安排 / 通报 / 强调 / 指出 make speakers. The 座谈会 after a 调研
  (ap01, ap03) is a meeting of its own. The 安全生产工作会议 (ap04) and the 卫生健康工作会议 (ap07) have their chair; those
  who only 交流发言 are speakers, not attendees; ``出席`` makes attendees. No event on a page is only 传达学习.
- Credits: ``（委办公室 陶嘉怡）``, ``（供稿：…）``, ``（撰稿：…）``, ``初稿：`` are author lines; ``责任编辑：``, ``审核：``,
  ``初审：`` are editor lines (reporters.jsonl only). ap08's ``发布：谭语嫣`` repeats the 初稿 credit (one line).
- Projects are works named as under way: a hospital's new campus or relocation (…新院区二期工程, …迁建工程) and a township
  hospital's 提档升级项目 are ``project``; a school campus's 二期工程 ``project``; a road ``infrastructure_project``; a
  waterway regulation ``engineering_work``; …产业园三期 ``industrial_park``; 安置小区 and 老旧小区改造 ``housing_project``;
  a 城市更新项目 ``project``. Schools, hospitals, markets and companies named as places visited are not projects.
- Places: one line per name per file; places inside titles, organ references and project names count; site lines, 来源
  lines, footers and 上一篇 / 下一篇 are not annotated. Zone names as written (蚌埠高新区, 乐山高新区, bare 高新区, 常德经开区,
  bare 经开区). Names inside school, hospital, market and company names are not annotated, except a town in a township
  卫生院's name (连城镇卫生院, 木城镇卫生院: ``in_org_reference``, the 卫生院 being a public organ of the town).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ap01_bengbu.txt": (2021, "发布日期：2021-06-10", "蚌埠市", [
        ("邰明远带队赴固镇县调研紧密型县域医共体建设工作", "6月9日", "2021-06-09", "6月9日，委党组书记",
         "卫健委 site: 委党组书记、主任 leads a 调研 in 固镇县 with a 副主任 and a 二级调研员; 座谈会")]),
    "ap02_bengbu.txt": (2022, "发布时间：2022-09-08 17:26", "蚌埠市", [
        ("市市场监管局开展中秋国庆节前食品安全专项检查", "9月7日", "2022-09-07", "为切实保障中秋",
         "市场监管局 site: 局党组书记、局长 leads a 节前 检查 in 蚌埠高新区 and 禹会区 with the 高新区分局 head")]),
    "ap03_huaiyuan.txt": (2024, "发布时间：2024-03-05 11:42", "怀远县", [
        ("县长邰明远到县教育局调研指导工作", "3月4日上午", "2024-03-04", "3月4日上午，县委副书记",
         "county 教育局 site: the 县长 (formerly 蚌埠市卫健委主任) 调研; 座谈会 with 局长 and 副局长")]),
    "ap04_leshan.txt": (2022, "发布时间：2022-04-20 16:08", "乐山市", [
        ("市交通运输局召开2022年第二季度安全生产工作会议", "4月19日", "2022-04-19", "4月19日，市交通运输局召开",
         "交通运输局 site: 安全生产工作会议 chaired by 局党组书记、局长; 副局长 ×2 and 二级调研员; county-level 局 heads speak")]),
    "ap05_leshan.txt": (2023, "发布时间：2023-08-16 10:15", "乐山市", [
        ("敬泽林带队赴乐山高新区调研重点项目用地保障工作", "8月15日", "2023-08-15", "8月15日，局党组书记",
         "自然资源和规划局 site: 调研 of 乐山高新区 with the 市住建局局长 (formerly 交通运输局) and the zone's 管委会副主任")]),
    "ap06_leshan.txt": (2024, "发布时间：2024-11-22 15:50", "乐山市", [
        ("苟维民带队督导夹江县在建项目安全生产和城市更新工作", "11月21日", "2024-11-21", "11月21日，局党组书记",
         "住建局 site: 局党组书记、局长 督导 in 夹江县 with an 一级调研员 and the county's 住建局局长")]),
    "ap07_jiajiang.txt": (2025, "发布时间：2025-02-18 09:30", "夹江县", [
        ("夹江县召开2025年卫生健康工作会议", "2月17日", "2025-02-17", "2月17日，夹江县召开",
         "county 卫生健康局 site: annual work conference; 副县长 讲话, 局长 (formerly 县住建局局长) 报告, 副局长 主持")]),
    "ap08_changde.txt": (2022, "发布时间：2022-08-30 18:02", "常德市", [
        ("覃怀志带队督查秋季开学准备工作", "8月29日", "2022-08-29", "8月29日，市教育局党组书记",
         "教育局 site: 开学 督查 in 常德经开区 and 武陵区 with the zone's 社会事务局局长 and the district's 教育局局长")]),
    "ap09_lixian.txt": (2023, "发布时间：2023-09-27 16:40", "澧县", [
        ("副县长颜春晖督导“双节”期间食品安全和特种设备安全工作", "9月26日", "2023-09-26", "9月26日，副县长颜春晖",
         "county 市场监管局 site: a 副县长's 督导 with the 局's 局长 (the other 符国庆) and 副局长")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 蚌埠 / 怀远
    "ap:邰明远": ("邰明远", "official", "蚌埠市", [
        ("ap01", "蚌埠市卫健委党组", "书记", "委党组书记、主任邰明远带队赴固镇县", "2021-06: bare 委党组 on the 卫健委's own site; named in the headline too"),
        ("ap01", "蚌埠市卫健委", "主任", "委党组书记、主任邰明远带队赴固镇县", "DECIDED HERE: org as the page's 上一篇 writes it (市卫健委)"),
        ("ap03", "怀远县委", "副书记", "县委副书记、县长邰明远到县教育局调研", "2024-03: now in a county of the city (identity case)"),
        ("ap03", "怀远县政府", "县长", "县委副书记、县长邰明远到县教育局调研", "the headline repeats 县长 (no second line)")], []),
    "ap:葛春燕": ("葛春燕", "official", "蚌埠市", [
        ("ap01", "蚌埠市卫健委党组", "成员", "委党组成员、副主任葛春燕", "党组成员 is a post of the 党组 (part z)"),
        ("ap01", "蚌埠市卫健委", "副主任", "委党组成员、副主任葛春燕", None)], []),
    "ap:聂广福": ("聂广福", "official", "蚌埠市", [
        ("ap01", "蚌埠市卫健委", "二级调研员", "二级调研员聂广福", "rank as a post of the site's department")], []),
    "ap:桂晓岚": ("桂晓岚", "official", "固镇县", [
        ("ap01", "固镇县政府", "副县长", "固镇县副县长桂晓岚", None)], []),
    "ap:庞立新": ("庞立新", "official", "固镇县", [
        ("ap01", "固镇县卫健委", "主任", "县卫健委主任庞立新陪同", "县 after 固镇县副县长 = 固镇县")], []),
    "ap:訾建国": ("訾建国", "official", "蚌埠市", [
        ("ap02", "蚌埠市市场监管局党组", "书记", "局党组书记、局长訾建国带队", "bare 局党组 on the 市场监管局 site"),
        ("ap02", "蚌埠市市场监管局", "局长", "局党组书记、局长訾建国带队", "org as the headline writes it (市市场监管局)")], []),
    "ap:阚玉梅": ("阚玉梅", "official", "蚌埠市", [
        ("ap02", "蚌埠市市场监管局党组", "成员", "局党组成员、副局长阚玉梅", None),
        ("ap02", "蚌埠市市场监管局", "副局长", "局党组成员、副局长阚玉梅", None)], []),
    "ap:满志强": ("满志强", "official", "蚌埠市", [
        ("ap02", "蚌埠市市场监管局高新区分局", "局长", "市市场监管局高新区分局局长满志强", "DECIDED HERE: a city department's zone branch, written after the department")], []),
    "ap:侍红英": ("侍红英", "official", "怀远县", [
        ("ap03", "怀远县政府", "副县长", "副县长侍红英", None)], []),
    "ap:殷学锋": ("殷学锋", "official", "怀远县", [
        ("ap03", "怀远县教育局党组", "书记", "县教育局党组书记、局长殷学锋", None),
        ("ap03", "怀远县教育局", "局长", "县教育局党组书记、局长殷学锋", None)], []),
    "ap:谯文静": ("谯文静", "official", "怀远县", [
        ("ap03", "怀远县教育局党组", "成员", "局党组成员、副局长谯文静", "bare 局 after 县教育局 = 怀远县教育局"),
        ("ap03", "怀远县教育局", "副局长", "局党组成员、副局长谯文静", None)], []),
    # ---- 乐山 / 夹江
    "ap:苟维民": ("苟维民", "official", "乐山市", [
        ("ap04", "乐山市交通运输局党组", "书记", "局党组书记、局长苟维民主持会议", "2022-04: 交通运输局 (identity case: 住建局 from 2023)"),
        ("ap04", "乐山市交通运输局", "局长", "局党组书记、局长苟维民主持会议", None),
        ("ap05", "乐山市住建局", "局长", "市住建局局长苟维民", "2023-08: now 住建局 (on the 自然资源和规划局 site)"),
        ("ap06", "乐山市住建局党组", "书记", "局党组书记、局长苟维民带队到夹江县", "2024-11: bare 局党组 on the 住建局's own site"),
        ("ap06", "乐山市住建局", "局长", "局党组书记、局长苟维民带队到夹江县", "DECIDED HERE: the same org as ap05's 市住建局")], []),
    "ap:符国庆#1": ("符国庆", "official", "乐山市", [
        ("ap04", "乐山市交通运输局党组", "成员", "局党组成员、副局长符国庆、雍晓琳", "乐山 (四川); not the 符国庆 of 澧县 (ap09)"),
        ("ap04", "乐山市交通运输局", "副局长", "局党组成员、副局长符国庆、雍晓琳", None)], []),
    "ap:雍晓琳": ("雍晓琳", "official", "乐山市", [
        ("ap04", "乐山市交通运输局党组", "成员", "局党组成员、副局长符国庆、雍晓琳", "list after one chain of titles"),
        ("ap04", "乐山市交通运输局", "副局长", "局党组成员、副局长符国庆、雍晓琳", None)], []),
    "ap:母德全": ("母德全", "official", "乐山市", [
        ("ap04", "乐山市交通运输局", "二级调研员", "二级调研员母德全出席会议", "rank as a post of the site's department")], []),
    "ap:彭泽宇": ("彭泽宇", "official", "夹江县", [
        ("ap04", "夹江县交通运输局", "局长", "夹江县交通运输局局长彭泽宇", None)], []),
    "ap:巫春梅": ("巫春梅", "official", "峨眉山市", [
        ("ap04", "峨眉山市交通运输局", "副局长", "峨眉山市交通运输局副局长巫春梅", "county-level city's department")], []),
    "ap:敬泽林": ("敬泽林", "official", "乐山市", [
        ("ap05", "乐山市自然资源和规划局党组", "书记", "局党组书记、局长敬泽林带队", "DECIDED HERE: org as the page's 上一篇 writes it"),
        ("ap05", "乐山市自然资源和规划局", "局长", "局党组书记、局长敬泽林带队", None)], []),
    "ap:宋安邦": ("宋安邦", "official", "乐山市", [
        ("ap05", "乐山市自然资源和规划局党组", "成员", "局党组成员、副局长宋安邦", None),
        ("ap05", "乐山市自然资源和规划局", "副局长", "局党组成员、副局长宋安邦", None)], []),
    "ap:岳思彤": ("岳思彤", "official", "乐山市", [
        ("ap05", "乐山市自然资源和规划局", "二级调研员", "二级调研员岳思彤", "rank as a post of the site's department")], []),
    "ap:郑雪霏": ("郑雪霏", "official", "乐山高新区", [
        ("ap05", "乐山高新区管委会", "副主任", "乐山高新区管委会副主任郑雪霏", None)], []),
    "ap:冉启明": ("冉启明", "official", "乐山市", [
        ("ap06", "乐山市住建局党组", "成员", "局党组成员、副局长冉启明", None),
        ("ap06", "乐山市住建局", "副局长", "局党组成员、副局长冉启明", None)], []),
    "ap:车立新": ("车立新", "official", "乐山市", [
        ("ap06", "乐山市住建局", "一级调研员", "一级调研员车立新参加督导", "rank as a post of the site's department")], []),
    "ap:伍绍成": ("伍绍成", "official", "夹江县", [
        ("ap06", "夹江县住建局", "局长", "夹江县住建局局长伍绍成陪同", "2024-11: 住建局 (identity case: 卫生健康局 in 2025)"),
        ("ap07", "夹江县卫生健康局党组", "书记", "县卫生健康局党组书记、局长伍绍成作工作报告", "2025-02: now 卫生健康局, on its own site"),
        ("ap07", "夹江县卫生健康局", "局长", "县卫生健康局党组书记、局长伍绍成作工作报告", None)], []),
    "ap:何佩瑶": ("何佩瑶", "official", "夹江县", [
        ("ap07", "夹江县政府", "副县长", "副县长何佩瑶出席会议并讲话", "on the county 局's site: the county's 副县长")], []),
    "ap:杨成钢": ("杨成钢", "official", "夹江县", [
        ("ap07", "夹江县卫生健康局党组", "成员", "局党组成员、副局长杨成钢主持", None),
        ("ap07", "夹江县卫生健康局", "副局长", "局党组成员、副局长杨成钢主持", None)], []),
    # ---- 常德 / 澧县
    "ap:覃怀志": ("覃怀志", "official", "常德市", [
        ("ap08", "常德市教育局党组", "书记", "市教育局党组书记、局长覃怀志带队", "named in the headline too"),
        ("ap08", "常德市教育局", "局长", "市教育局党组书记、局长覃怀志带队", None)], []),
    "ap:舒婉清": ("舒婉清", "official", "常德市", [
        ("ap08", "常德市教育局党组", "成员", "局党组成员、副局长舒婉清", None),
        ("ap08", "常德市教育局", "副局长", "局党组成员、副局长舒婉清", None)], []),
    "ap:龙泽民": ("龙泽民", "official", "常德经开区", [
        ("ap08", "常德经开区社会事务局", "局长", "常德经开区社会事务局局长龙泽民", "DECIDED HERE: a zone's own department takes the zone label")], []),
    "ap:向晟睿": ("向晟睿", "official", "武陵区", [
        ("ap08", "武陵区教育局", "局长", "武陵区教育局局长向晟睿", "武陵区 is 常德's only (no city prefix)")], []),
    "ap:颜春晖": ("颜春晖", "official", "澧县", [
        ("ap09", "澧县政府", "副县长", "9月26日，副县长颜春晖带队督导", "on the county 局's site: 澧县's 副县长; the headline repeats it (no second line)")], []),
    "ap:符国庆#2": ("符国庆", "official", "澧县", [
        ("ap09", "澧县市场监管局党组", "书记", "县市场监管局党组书记、局长符国庆", "澧县 (湖南); not the 符国庆 of 乐山 (ap04)"),
        ("ap09", "澧县市场监管局", "局长", "县市场监管局党组书记、局长符国庆", "org as the page writes it (县市场监管局)")], []),
    "ap:易梦婷": ("易梦婷", "official", "澧县", [
        ("ap09", "澧县市场监管局党组", "成员", "党组成员、副局长易梦婷", None),
        ("ap09", "澧县市场监管局", "副局长", "党组成员、副局长易梦婷", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ap01", "陶嘉怡", "供稿", "author", "（委办公室 陶嘉怡）"),
    ("ap02", "鲁欣然", "供稿", "author", "（供稿：食品经营科 鲁欣然）"),
    ("ap02", "邢梓萱", "责任编辑", "editor", "责任编辑：邢梓萱"),
    ("ap03", "彭家豪", "初审", "editor", "初审：彭家豪"),
    ("ap03", "田佳禾", "审核", "editor", "审核：田佳禾"),
    ("ap04", "黎子涵", "供稿", "author", "（安全监督科\u3000黎子涵）"),
    ("ap04", "钱语桐", "责任编辑", "editor", "责任编辑：钱语桐"),
    ("ap05", "蒲一鸣", "撰稿", "author", "（撰稿：蒲一鸣）"),
    ("ap06", "袁梦洁", "供稿", "author", "（供稿：质安科 袁梦洁）"),
    ("ap06", "滕子墨", "审核", "editor", "审核：滕子墨"),
    ("ap07", "丁若曦", "供稿", "author", "（供稿：县卫生健康局办公室 丁若曦）"),
    ("ap08", "谭语嫣", "初稿", "author", "初稿：谭语嫣"),
    ("ap08", "龚雨萱", "审核", "editor", "审核：龚雨萱"),
    ("ap09", "汤若溪", "供稿", "author", "（县市场监管局 汤若溪）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ap01", "紧密型县域医共体建设工作调研", "inspection (调研)", "6月9日", None, "邰明远", ["蚌埠市卫健委"],
     ["葛春燕", "聂广福", "桂晓岚", "庞立新"], ["庞立新", "邰明远"], "固镇县",
     "委党组书记、主任邰明远带队赴固镇县，调研紧密型县域医共体建设",
     ["主任邰明远带队赴固镇县", "副主任葛春燕", "二级调研员聂广福", "县卫健委主任庞立新陪同", "庞立新汇报了工程进度",
      "邰明远指出", "他强调"]),
    ("ap01", "座谈会", "meeting (座谈会)", "6月9日", None, None, [],
     [], ["桂晓岚", "葛春燕", "聂广福"], "固镇县",
     "在随后召开的座谈会上，桂晓岚介绍了",
     ["桂晓岚介绍了", "葛春燕就全市县域医共体绩效考核工作作了通报", "聂广福对基层卫生人才"]),
    ("ap02", "中秋国庆节前食品安全专项检查", "inspection (检查)", "9月7日", None, "訾建国", ["蚌埠市市场监管局"],
     ["阚玉梅", "满志强"], ["满志强", "阚玉梅", "訾建国"], "蚌埠高新区、禹会区",
     "局党组书记、局长訾建国带队深入蚌埠高新区、禹会区",
     ["局长訾建国带队", "副局长阚玉梅", "分局局长满志强等参加检查", "满志强汇报了", "阚玉梅就月饼", "訾建国强调"]),
    ("ap03", "县长到县教育局调研", "inspection (调研)", "3月4日上午", None, "邰明远", [],
     ["侍红英"], ["邰明远"], "怀远县",
     "县委副书记、县长邰明远到县教育局调研指导工作，副县长侍红英",
     ["县长邰明远到县教育局调研", "副县长侍红英", "邰明远对全县教育工作取得的成绩给予充分肯定。他强调"]),
    ("ap03", "座谈会", "meeting (座谈会)", "3月4日上午", None, None, [],
     [], ["殷学锋", "谯文静", "侍红英"], "怀远县",
     "在随后召开的座谈会上，县教育局党组书记",
     ["局长殷学锋汇报了", "副局长谯文静就城区学校", "侍红英对做好开学安全"]),
    ("ap04", "2022年第二季度安全生产工作会议", "meeting (安全生产工作会议)", "4月19日", "苟维民", None, ["乐山市交通运输局"],
     ["符国庆", "雍晓琳", "母德全"], ["符国庆", "雍晓琳", "母德全", "彭泽宇", "巫春梅", "苟维民"], None,
     "4月19日，市交通运输局召开2022年第二季度安全生产工作会议",
     ["局长苟维民主持会议并讲话", "副局长符国庆、雍晓琳", "二级调研员母德全出席会议", "符国庆就道路运输", "雍晓琳通报了",
      "母德全就汛期", "局长彭泽宇、峨眉山市交通运输局副局长巫春梅作了交流发言", "苟维民强调"]),
    ("ap05", "乐山高新区重点项目用地保障工作调研", "inspection (调研)", "8月15日", None, "敬泽林", ["乐山市自然资源和规划局"],
     ["苟维民", "宋安邦", "岳思彤", "郑雪霏"], ["郑雪霏", "苟维民", "宋安邦", "敬泽林"], "乐山高新区",
     "局党组书记、局长敬泽林带队赴乐山高新区，调研重点项目用地保障和城市更新工作",
     ["局长敬泽林带队", "市住建局局长苟维民", "副局长宋安邦", "二级调研员岳思彤", "副主任郑雪霏参加调研",
      "郑雪霏汇报了", "苟维民介绍了", "宋安邦就新增建设用地", "敬泽林指出"]),
    ("ap06", "夹江县在建项目安全生产和城市更新工作督导", "inspection (督导)", "11月21日", None, "苟维民", ["乐山市住建局"],
     ["冉启明", "车立新", "伍绍成"], ["伍绍成", "冉启明", "车立新", "苟维民"], "夹江县",
     "局党组书记、局长苟维民带队到夹江县督导在建项目安全生产和城市更新工作",
     ["局长苟维民带队到夹江县", "副局长冉启明", "一级调研员车立新参加督导", "局长伍绍成陪同", "伍绍成汇报了",
      "冉启明就冬季施工", "车立新通报了", "苟维民强调"]),
    ("ap07", "夹江县2025年卫生健康工作会议", "meeting (工作会议)", "2月17日", "杨成钢", None, ["夹江县"],
     ["何佩瑶", "伍绍成"], ["何佩瑶", "伍绍成"], None,
     "2月17日，夹江县召开2025年卫生健康工作会议",
     ["副县长何佩瑶出席会议并讲话", "局长伍绍成作工作报告", "副局长杨成钢主持", "伍绍成在报告中指出", "何佩瑶强调"]),
    ("ap08", "秋季开学准备和校园安全工作督查", "inspection (督查)", "8月29日", None, "覃怀志", ["常德市教育局"],
     ["舒婉清", "龙泽民", "向晟睿"], ["龙泽民", "向晟睿", "舒婉清", "覃怀志"], "常德经开区、武陵区",
     "市教育局党组书记、局长覃怀志带队深入常德经开区、武陵区，督查秋季开学准备和校园安全工作",
     ["局长覃怀志带队", "副局长舒婉清", "局长向晟睿陪同督查", "龙泽民介绍了", "向晟睿汇报了", "舒婉清就开学前",
      "覃怀志强调"]),
    ("ap09", "“双节”期间食品安全和特种设备安全工作督导", "inspection (督导)", "9月26日", None, "颜春晖", [],
     ["符国庆", "易梦婷"], ["符国庆", "易梦婷", "颜春晖"], "澧县",
     "9月26日，副县长颜春晖带队督导",
     ["副县长颜春晖带队督导", "局长符国庆，党组成员、副局长易梦婷陪同督导", "符国庆汇报了", "易梦婷就节日期间", "颜春晖指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ap01", "固镇县人民医院新院区二期工程", "project", "在固镇县人民医院新院区二期工程现场"),
    ("ap03", "怀远一中新校区二期工程", "project", "首先来到怀远一中新校区二期工程施工现场"),
    ("ap04", "乐夹快速通道提升改造工程", "infrastructure_project", "雍晓琳通报了乐夹快速通道提升改造工程"),
    ("ap04", "岷江犍为航电枢纽库区航道整治工程", "engineering_work", "岷江犍为航电枢纽库区航道整治工程等在建项目"),
    ("ap05", "高新区晶硅光伏产业园三期", "industrial_park", "先后来到高新区晶硅光伏产业园三期"),
    ("ap05", "乐山高新区安置小区二期", "housing_project", "乐山高新区安置小区二期和苏稽古镇片区城市更新项目"),
    ("ap05", "苏稽古镇片区城市更新项目", "project", "乐山高新区安置小区二期和苏稽古镇片区城市更新项目"),
    ("ap06", "夹江县漹城老街城市更新项目", "project", "先后来到夹江县漹城老街城市更新项目"),
    ("ap06", "夹江县城区老旧小区改造三期项目", "housing_project", "夹江县城区老旧小区改造三期项目"),
    ("ap06", "县第二人民医院迁建工程", "project", "县第二人民医院迁建工程施工现场"),
    ("ap07", "县第二人民医院迁建工程", "project", "县第二人民医院迁建工程主体完工"),
    ("ap07", "甘江镇中心卫生院提档升级项目", "project", "甘江镇中心卫生院提档升级项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ap01", "固镇县", "county", "standalone", "带队赴固镇县，调研紧密型县域医共体建设"),
    ("ap01", "连城镇", "town", "in_org_reference", "县中医院和连城镇卫生院"),
    ("ap02", "蚌埠高新区", "development_zone", "standalone", "深入蚌埠高新区、禹会区"),
    ("ap02", "禹会区", "district", "standalone", "深入蚌埠高新区、禹会区"),
    ("ap02", "高新区", "development_zone", "standalone", "检查组先后来到高新区一家月饼生产企业"),
    ("ap03", "涂山", "mountain", "standalone", "稳步推进涂山脚下研学实践教育基地建设"),
    ("ap03", "淮河", "river", "standalone", "办好淮河岸边人民满意的教育"),
    ("ap03", "怀远", "county", "in_project_name", "首先来到怀远一中新校区二期工程施工现场"),
    ("ap04", "夹江县", "county", "in_org_reference", "夹江县交通运输局局长彭泽宇"),
    ("ap04", "峨眉山市", "county_level_city", "in_org_reference", "峨眉山市交通运输局副局长巫春梅"),
    ("ap04", "岷江", "river", "in_project_name", "岷江犍为航电枢纽库区航道整治工程等在建项目"),
    ("ap04", "犍为", "county", "in_project_name", "岷江犍为航电枢纽库区航道整治工程等在建项目"),
    ("ap05", "乐山高新区", "development_zone", "standalone", "带队赴乐山高新区，调研重点项目用地保障"),
    ("ap05", "高新区", "development_zone", "standalone", "高新区是全市工业经济的主战场"),
    ("ap05", "苏稽古镇", "town", "in_project_name", "乐山高新区安置小区二期和苏稽古镇片区城市更新项目"),
    ("ap06", "夹江县", "county", "standalone", "带队到夹江县督导在建项目安全生产"),
    ("ap06", "漹城老街", "street", "in_project_name", "先后来到夹江县漹城老街城市更新项目"),
    ("ap07", "夹江县", "county", "standalone", "2月17日，夹江县召开2025年卫生健康工作会议"),
    ("ap07", "甘江镇", "town", "in_project_name", "甘江镇中心卫生院提档升级项目"),
    ("ap07", "木城镇", "town", "in_org_reference", "县中医医院和木城镇卫生院作了交流发言"),
    ("ap07", "夹江", "county", "standalone (slogan)", "加快建设“健康夹江”"),
    ("ap08", "常德经开区", "development_zone", "standalone", "带队深入常德经开区、武陵区"),
    ("ap08", "武陵区", "district", "standalone", "带队深入常德经开区、武陵区"),
    ("ap08", "经开区", "development_zone", "standalone", "经开区新建的桃林路小学"),
    ("ap09", "澧阳街道", "sub_district_office", "standalone", "先后来到澧阳街道一家大型超市"),
    ("ap09", "澧浦街道", "sub_district_office", "standalone", "澧浦街道一家月饼生产小作坊"),
    ("ap09", "城头山", "scenic_area", "standalone", "在城头山景区，符国庆汇报了"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ap", conventions="set ap (blind set: pages of city and county DEPARTMENTS' own sites in 安徽 (蚌埠 卫健委 and 市场监管局; 怀远县 教育局), 四川 (乐山 交通运输局, 自然资源和规划局, 住建局; 夹江县 卫生健康局), 湖南 (常德 教育局; 澧县 市场监管局): bare 委 / 局 / 局党组 on a department's site are that department's; 党组成员 a post of the 党组; ranks (二级调研员, 一级调研员) posts of the site's department; a department's 调研 / 检查 / 督导 / 督查 an inspection with its leader, the 座谈会 after it a meeting of its own; one line per post per article)",
          persons_note="Set ap persons. id = corpus-wide person_id (ap:符国庆#1 of 乐山 (四川) and ap:符国庆#2 of 澧县 (湖南) are two people; ap:邰明远 moves 蚌埠市卫健委主任 2021 → 怀远县长 2024; ap:苟维民 moves 乐山市交通运输局局长 2022 → 市住建局局长 2023, 2024; ap:伍绍成 moves 夹江县住建局局长 2024 → 县卫生健康局局长 2025)")


if __name__ == "__main__":
    main()
