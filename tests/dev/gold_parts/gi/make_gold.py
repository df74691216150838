"""Write gold part ``gi`` (a blind set: leaders' pages over time — a county's 领导之窗 / 领导信息 page, 人大常委会 任免 lists and
sessions, a 代县长 elected 县长 at a 人代会, and later news pages where the same people appear in their new posts) from the
tables below.

Pages ``tests/dev/texts/gi*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 临朐 县人大 site's session note (``县十七届人大常委会
举行第五次会议…副主任…主持会议…表决通过了人事免职和任职事项…颁发了任命书…宪法宣誓``, ``…负责人列席会议``); a mirror of the
惠安 县人大常委会 session (``…列席会议。会议审议决定…关于提请任命…同志职务的议案；听取和审议…有关领导辞职的报告…决定接受…辞去…
县长职务；决定任命…为…副县长、代理县长；并举行宪法宣誓和颁发任命书仪式``); the 红网 嘉禾 report of a 县人代会 第三次全体会议
(``会议应到代表191人，实到代表191人，符合法定人数…无记名投票选举…当选为县人民政府县长…当选副县长``); the 衡山县 site's 人代会
开幕 page (大会执行主席 list, ``县人大常委会党组书记、主任…主持会议并宣布大会开幕``, ``相关阅读``); the 宁陕 site's 主席团
第一次会议 and the 旺苍 site's 预备会议 (``县领导…参加会议。（图/文：县新闻中心 …）``); the 清徐 paper's ``会议还进行了人事
任免，任命…为县人民政府副县长``; a 莆田 市人大常委会 session on a portal mirror (``来源:福建人大网``, ``相关新闻``, ``决定任命33位
新一届市政府组成部门负责人``); the 定远 session (``拟任职人员在会上作了供职发言…为新任命人员颁发了任命书``); a 自治县 人大常委会
session (``向获任命人员颁发任命书，现场举行宪法宣誓仪式``, ``（记者… 通讯员…）``); the 嘉善 county 分工 page mirror (``协助县长
负责…。分管县…。联系县广电台…``, footer ``苏公网安备``); a 蓝山 yearbook entry on 任免 procedure (任前调查, 拟任职发言, 宪法宣誓);
the 民权 site footer (``版权所有 备案号:豫ICP备…``). Earlier parts' pages and choices (ab, bd, bv, dd, eb, eu) were read for
the shapes the corpus already has. Places are real and new to the corpus: 陕西 榆林 (米脂县 three pages, 绥德县 three pages,
the 榆林日报) and 山西 临汾 (浮山县 twice, 安泽县, the 临汾日报).

Shapes: a 领导之窗 list page of the 县政府领导 (name line, title line, 分工; a 副县长、县公安局局长; works named in 分工) (gi01);
a county site's report of the 人大常委会 session accepting the 县长's resignation and appointing the new 县委副书记 副县长 and
代理县长, with share buttons and 相关链接 (gi02); a 县人大常委会 site's 任免名单 (``任命：`` / ``免去：``, one person both 任命
and 免去) followed by the session report as a second article (gi03); a city paper's 第02版 of the county 人代会 第三次全体会议
where the 代县长 is elected 县长 and a 副县长 补选, with 本版其他文章 (gi04); a county site's 调研 of the former 县长, now
县委书记, with the new 县长, the newly appointed 副县长, a 街道 and a 镇 secretary (gi05); a county 融媒体 portal's 推进会 with
``扫一扫`` and 相关新闻, the 代县长 now 县长 and the former 米脂 副县长 now 绥德 常务副县长 (gi06); a 领导信息 page of
``姓　　名：`` / ``职　　务：`` / ``工作分工：`` blocks (gi07); a 县人大常委会 site's session report followed by its 任免名单
(the former 浮山 副县长 appointed 副县长 of 安泽, already 县委常委) (gi08); a city paper's 第02版 of the 副市长's 调研, the
former 浮山县长 now 副市长 (gi09); a county 融媒体 portal of the 人代会 全体会议 electing the former 常务副县长, now 代县长,
县长 (gi10).

Identity cases:
- gi:杜鹏程 moves between counties: 米脂县委常委、常务副县长 on the June 2021 list (gi01); 绥德县委副书记, appointed
  绥德县政府 副县长 and 代理县长 by the 人大常委会 in March 2022 (gi02); 县委副书记、代县长 elected 绥德县长 in January 2023
  (gi04); 绥德县委副书记、县长 chairing a 推进会 in April 2024 (gi06).
- gi:高建民, a 县长 who becomes 县委书记: 米脂县委副书记、县长 on the 2021 list (gi01); 米脂县委书记 in May 2023 (gi05).
- gi:马慧芳 moves between counties: 米脂副县长 in 2021 (gi01) and April 2022 (gi03); 绥德县委常委、常务副县长 in April 2024
  (gi06).
- gi:杨晓东: appointed 米脂副县长 in April 2022, his 财政局局长 post 免去 in the same list (gi03: the 任命 line only);
  米脂副县长 in May 2023 (gi05).
- gi:郝立军, a 县长 who becomes a city's 副市长: 浮山县委副书记、县长 on the May 2022 page (gi07); 临汾市副市长 in September
  2023 (gi09).
- gi:薛红梅 moves between counties: 浮山副县长 (gi07, 2022); 安泽县委常委 and appointed 安泽县政府 副县长 in March 2023 (gi08);
  安泽县委常委、副县长 in September 2023 (gi09).
- gi:柴立新: 浮山县委常委、常务副县长 (gi07, 2022); 县委副书记、代县长 elected 浮山县长 in January 2024 (gi10).
- the same officials on several pages: gi:白玉成 and gi:惠建国 (绥德县人大常委会 主任 / 副主任, gi02 and gi04), gi:拓永军
  (绥德县委书记, gi04 and gi06), gi:延海燕 (elected 绥德副县长 gi04, 副县长 gi06), gi:郑淑琴 and gi:贺晨阳 (appointed gi03,
  in post gi05).
- two different 苗世杰 in unrelated places: gi:苗世杰#1 is 米脂县银州街道党工委书记 (陕西 榆林, gi05, 2023); gi:苗世杰#2 is
  浮山县副县长 (山西 临汾, gi07, 2022).
- one organ name belonging to different places: bare ``县人大常委会`` is 绥德's (gi02, gi04), 米脂's (gi03), 安泽's (gi08)
  and 浮山's (gi10); bare ``县委常委、组织部部长`` is 绥德's (gi02), 米脂's (gi03) and 安泽's (gi08); bare ``县委副书记、县长``
  is 米脂's (gi01, gi05), 绥德's (gi06) and 浮山's (gi07); bare ``县公安局局长`` is 米脂's (gi01) and 浮山's (gi07); bare
  ``县财政局局长`` is 米脂's (gi05) while 安泽's is written with its county (gi08).
- bylines across pages: gi:拓小燕 is the 绥德 site's 作者 (gi02) and the 榆林日报's 通讯员 (gi04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, bd, bv, dd, eb and eu where they speak; decided here where they are silent):
- 领导之窗 / 领导信息 pages (gi01, gi07): the title line under a name, or the ``职　　务：`` line, is a holding at the page
  stamp's date (bv, eu); evidence from the name to the title line. ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长
  (bv). 工作分工 / 分管 / 负责 / 联系 / 协助 are duties, no posts; a work named in them (``牵头推进…产业园二期建设``) is a
  project (bv); a department in a 联系 list (``市生态环境局浮山分局``) gives its place (浮山, in_org_reference) and no post (eu).
- 人大常委会 任免 (gi02, gi03, gi08): ``决定任命X为…副县长`` and a 任免名单's ``任命：`` lines are holdings at the session date
  (the list's ``（2022年4月27日…通过）`` parenthesis); ``决定X为…代理县长`` → X县政府 代理县长 as written (dd); ``决定接受…
  辞去…`` and ``免去：X的…职务`` give none (the person is named without a post: 折振华, 艾建平, 宋国梁); one person both 任命
  and 免去 in one list (杨晓东) gets the 任命 line only (bd, eb). The repeated ``县委副书记、代理县长杜鹏程`` of the oath
  sentence gives no second line; his 县委 副书记 comes from the 列席 list (eb). Departments as written after the county
  (米脂县财政局, 米脂县教育和体育局, 安泽县财政局).
- A page with a session report and a 任免名单 (gi03 list first, gi08 list second): two articles, split at the list's
  heading and at the report's headline (bd02, eb08); each article's facts stay in it: gi08's ``县委常委薛红梅`` (列席, article
  1) gives the 县委 常委 line, its list (article 2) the 副县长 line.
- 人代会 election (gi04, gi10): ``县委副书记、代县长X当选为Y县人民政府县长`` → Y县委 副书记 + Y县政府 代县长 + Y县政府 县长
  (ab03, dd07); ``当选为…副县长`` → 政府 副县长; ``大会主席团常务主席`` and ``大会执行主席`` are session roles (dd);
  ``县委书记X`` and ``县人大常委会主任X`` beside them are posts. ``新当选的县长X`` repeats give no second line.
- Bare organs take the page's place or its parent of the right level: 县委 / 县人大常委会 / 县X局 / 街道 / 镇 on a county
  site, a county 人大 site or a county portal = that county's (town and street organs take the county label: 米脂县银州街道
  党工委, 米脂县杨家沟镇党委, 绥德县四十里铺镇党委, 绥德县名州镇党委); in the 榆林日报 the report names 绥德县 and its bare
  organs are 绥德's; in the 临汾日报 ``副市长`` → 临汾市政府, ``市农业农村局局长`` → 临汾市农业农村局 (DECIDED HERE: the paper's
  city, as dd's 永州日报), and the bare ``县委常委、副县长`` right after ``安泽县委书记`` is 安泽's.
- Events: no event on the list and 领导信息 pages and none for a 任免名单 (bv, bd); the 人大常委会 sessions (gi02, gi03, gi08)
  are ``session (人大常委会会议)``: chair 主持, 出席 and named 列席 attendees and the sworn appointees as attendees (bd, eb),
  表态发言 / 讲话 / 强调 / 要求 / a report made speakers; the oath and the 任命书 stay inside the session (bd). DECIDED HERE:
  ``拟任命人员作了供职发言`` (gi08) names nobody, so nobody is a speaker for it; the two appointees are attendees (sworn).
  The 人代会 全体会议 (gi04, gi10) is ``session (人代会全体会议)``: chair the 大会执行主席; attendees the 县委书记 seated in
  front and the 副主任 who chairs the oath (ab); the elected are not attendees (dd07) and are speakers when they 表态发言.
  The 调研 (gi05, gi09) are inspections (leader; 一同调研 / 陪同 attendees; 汇报 / 介绍 / 提出要求 / 指出 / 表示 / 作了安排
  speakers; a person told to do something, ``郑淑琴要牵头…``, is not a speaker); the 推进会 (gi06) a meeting (chair 主持,
  出席 attendee, 讲话 / 通报 / 作了安排 / 交流发言 / 强调 / 要求 speakers).
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``作者：`` in a stamp line and ``（县人大常委会办公室　某某）``
  author lines (ab, dd); ``（绥德县融媒体中心　记者 …）`` reporter; 责任编辑 / 编辑 / 审核 editor lines. The 领导之窗 and 领导信息
  pages have no byline.
- Projects: works named as under way or to be pushed: …产业园二期 / 一期 and an 产业园 being built ``industrial_park``; a
  物流园二期 ``logistics_hub``; 防洪治理工程 and 综合治理工程 of a river ``engineering_work``; 供热管网改造工程
  ``infrastructure_project``; 老旧小区改造 and 棚户区改造 ``housing_project``; a 流域生态修复工程 ``greening_project``; a
  景区提质改造项目, a 幼儿园 and a 小学 building project, a 革命旧址保护利用工程, a 种苗繁育基地, a named 高标准农田建设项目 and a
  乡村振兴示范片区 ``project``. DECIDED HERE: gi04's ``城区集中供热管网改造工程`` (written without the county, the same work as
  gi02's ``绥德县城区集中供热管网改造工程``) is annotated under the name as written. Generic ``连翘种植基地提质增效`` is no
  project.
- Places: one line per name per file, as written; places in titles, organ references, session names and project names count,
  also a county's short name inside a project name (``无定河米脂段`` → 米脂, ``无定河绥德段`` → 绥德) and in a slogan
  (``新浮山`` → 浮山) (dd, ed); ``李自成行宫`` and ``杨家沟革命旧址`` are ``heritage_site``. Site lines, mastheads, navigation,
  来源 lines, footers, 上一篇 / 下一篇, 相关链接 / 相关新闻 / 本版其他文章 lists (eb) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

MZ, SD, FS, AZ = "米脂县", "绥德县", "浮山县", "安泽县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gi01_mizhi.txt": (2021, "发布日期：2021-06-18", MZ, [
        ("县政府领导", "2021-06-18", "2021-06-18", "高建民\n县委副书记、县长",
         "领导之窗 list of the 县政府领导: name / title / 分工 blocks; a 副县长、县公安局局长; works named in 分工")]),
    "gi02_suide.txt": (2022, "发布时间：2022-03-11 17:42", SD, [
        ("县十八届人大常委会召开第四次会议", "3月10日下午", "2022-03-10", "3月10日下午，县十八届",
         "county site: 人大常委会 session: the 县长's resignation accepted, the 县委副书记 appointed 副县长 and 代理县长, oath")]),
    "gi03_mizhi.txt": (2022, "发布时间：2022-04-28 10:05", MZ, [
        ("米脂县人民代表大会常务委员会任免名单", "2022年4月27日", "2022-04-27", "（2022年4月27日米脂县",
         "人大 site: 任免名单 (任命 a 副县长 and two 局长; 免去 two 局长, one of them the new 副县长)"),
        ("县十八届人大常委会举行第五次会议", "4月27日上午", "2022-04-27", "4月27日上午，县十八届",
         "the session report: chair, 出席, 列席 (组织部部长, a 副县长 who reports), oath, 表态发言")]),
    "gi04_suide.txt": (2023, "2023年1月8日　星期日", SD, [
        ("绥德县十八届人大二次会议举行第三次全体会议", "1月7日上午", "2023-01-07", "本报讯（记者 李彦斌 通讯员 拓小燕）1月7日上午",
         "city paper 第02版: the county 人代会 全体会议: the 县委副书记、代县长 elected 县长, a 副县长 elected, oath")]),
    "gi05_mizhi.txt": (2023, "发布日期：2023-05-17 18:30", MZ, [
        ("高建民调研城市更新和重点项目建设工作", "5月16日", "2023-05-16", "5月16日，县委书记高建民",
         "county site: the former 县长, now 县委书记, 调研 with the new 县长, the appointed 副县长 and 局长; a 街道 and a 镇 secretary")]),
    "gi06_suide.txt": (2024, "2024-04-11 16:20", SD, [
        ("全县重点项目建设推进会召开", "4月10日", "2024-04-10", "4月10日，全县重点项目",
         "county 融媒体 portal: 推进会; the former 代县长 now 县长; the former 米脂 副县长 now 常务副县长; two 镇 secretaries")]),
    "gi07_fushan.txt": (2022, "发布时间：2022-05-20 11:30", FS, [
        ("县政府领导班子", "2022-05-20", "2022-05-20", "姓　　名：郝立军",
         "领导信息 page: 姓名 / 职务 / 工作分工 blocks of the 县政府 班子 (苗世杰#2)")]),
    "gi08_anze.txt": (2023, "发布时间：2023-03-03 09:20", AZ, [
        ("县十七届人大常委会召开第十次会议", "3月2日上午", "2023-03-02", "3月2日上午，县十七届",
         "人大 site: session report (the 县委常委 from 浮山 列席 and sworn)"),
        ("安泽县人民代表大会常务委员会任免名单", "2023年3月2日", "2023-03-02", "（2023年3月2日安泽县",
         "its 任免名单: 任命 a 副县长 and a 财政局局长; 免去 the former 局长")]),
    "gi09_linfen.txt": (2023, "2023年9月14日　星期四", "临汾市", [
        ("郝立军在安泽县调研连翘产业和秋粮生产工作", "9月13日", "2023-09-13", "本报讯（记者 韩晋生）9月13日",
         "city paper 第02版: the 副市长 (former 浮山县长) 调研 in 安泽 with the 县委书记 and the 县委常委、副县长 from 浮山")]),
    "gi10_fushan.txt": (2024, "发布时间：2024-01-06 12:08", FS, [
        ("浮山县第十七届人民代表大会第三次会议举行第三次全体会议", "1月5日上午", "2024-01-05", "1月5日上午，浮山县",
         "county 融媒体 portal: 人代会 全体会议: the former 常务副县长, now 县委副书记、代县长, elected 县长; a 副县长 elected")]),
}

_G04D = "县委副书记、代县长杜鹏程当选为绥德县人民政府县长"
_G10C = "县委副书记、代县长柴立新当选为浮山县人民政府县长"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 米脂
    "gi:高建民": ("高建民", "official", MZ, [
        ("gi01", f"{MZ}委", "副书记", "高建民\n县委副书记、县长", "list page, dated by the page stamp (2021-06-18) (identity case: 县委书记 in 2023, gi05)"),
        ("gi01", f"{MZ}政府", "县长", "高建民\n县委副书记、县长", None),
        ("gi05", f"{MZ}委", "书记", "5月16日，县委书记高建民", "2023-05: now 县委书记; named in the headline too")], []),
    "gi:杜鹏程": ("杜鹏程", "official", "榆林市", [
        ("gi01", f"{MZ}委", "常委", "杜鹏程\n县委常委、常务副县长", "2021-06 米脂 (identity case: 绥德 代县长 2022, 县长 2023)"),
        ("gi01", f"{MZ}政府", "常务副县长", "杜鹏程\n县委常委、常务副县长", None),
        ("gi02", f"{SD}委", "副书记", "县委副书记杜鹏程", "2022-03: 列席 as 绥德县委副书记"),
        ("gi02", f"{SD}政府", "副县长", "决定任命杜鹏程为绥德县人民政府副县长", "决定任命: a holding at the session date"),
        ("gi02", f"{SD}政府", "代理县长", "决定杜鹏程为绥德县人民政府代理县长", "as written (dd); the oath sentence's 代理县长 gives no second line"),
        ("gi04", f"{SD}委", "副书记", _G04D, "2023-01: elected 县长 (ab03, dd07: three lines)"),
        ("gi04", f"{SD}政府", "代县长", _G04D, "held until the vote"),
        ("gi04", f"{SD}政府", "县长", _G04D, "当选 is a holding; headline and 新当选的县长 repeat it"),
        ("gi06", f"{SD}委", "副书记", "县委副书记、县长杜鹏程主持会议", "2024-04"),
        ("gi06", f"{SD}政府", "县长", "县委副书记、县长杜鹏程主持会议", None)], []),
    "gi:马慧芳": ("马慧芳", "official", "榆林市", [
        ("gi01", f"{MZ}政府", "副县长", "马慧芳\n副县长", "2021-06 米脂 (identity case: 绥德 常务副县长 in 2024, gi06)"),
        ("gi03", f"{MZ}政府", "副县长", "副县长马慧芳", "2022-04: 列席 and reports"),
        ("gi06", f"{SD}委", "常委", "县委常委、常务副县长马慧芳", "2024-04: now 绥德"),
        ("gi06", f"{SD}政府", "常务副县长", "县委常委、常务副县长马慧芳", None)], []),
    "gi:呼延涛": ("呼延涛", "official", MZ, [
        ("gi01", f"{MZ}政府", "副县长", "呼延涛\n副县长、县公安局局长", None),
        ("gi01", f"{MZ}公安局", "局长", "呼延涛\n副县长、县公安局局长", "second title: the county's 公安局")], []),
    "gi:常宏亮": ("常宏亮", "official", MZ, [
        ("gi01", f"{MZ}政府", "副县长", "常宏亮\n副县长", None)], []),
    "gi:杨晓东": ("杨晓东", "official", MZ, [
        ("gi03", f"{MZ}政府", "副县长", "杨晓东为米脂县人民政府副县长", "2022-04 任命; his 财政局局长 post 免去 in the same list (no line)"),
        ("gi05", f"{MZ}政府", "副县长", "副县长杨晓东", "2023-05")], []),
    "gi:郑淑琴": ("郑淑琴", "official", MZ, [
        ("gi03", f"{MZ}财政局", "局长", "郑淑琴为米脂县财政局局长", "2022-04 任命"),
        ("gi05", f"{MZ}财政局", "局长", "县财政局局长郑淑琴", "2023-05: bare 县财政局 on the 米脂 site")], []),
    "gi:贺晨阳": ("贺晨阳", "official", MZ, [
        ("gi03", f"{MZ}教育和体育局", "局长", "贺晨阳为米脂县教育和体育局局长", "2022-04 任命"),
        ("gi05", f"{MZ}教育和体育局", "局长", "县教育和体育局局长贺晨阳", "2023-05")], []),
    "gi:艾建平": ("艾建平", "official", MZ, [], ["gi03"]),
    "gi:李守仁": ("李守仁", "official", MZ, [
        ("gi03", f"{MZ}人大常委会", "主任", "县人大常委会主任李守仁主持会议", "bare 县人大常委会 on the 米脂 人大 site")], []),
    "gi:姬慧兰": ("姬慧兰", "official", MZ, [
        ("gi03", f"{MZ}人大常委会", "副主任", "副主任姬慧兰、高怀远出席会议", "list after one title")], []),
    "gi:高怀远": ("高怀远", "official", MZ, [
        ("gi03", f"{MZ}人大常委会", "副主任", "副主任姬慧兰、高怀远出席会议", None)], []),
    "gi:乔瑞峰": ("乔瑞峰", "official", MZ, [
        ("gi03", f"{MZ}委", "常委", "县委常委、组织部部长乔瑞峰", None),
        ("gi03", f"{MZ}委组织部", "部长", "县委常委、组织部部长乔瑞峰", "组织部 after 县委常委 = the 县委's")], []),
    "gi:霍振邦": ("霍振邦", "official", MZ, [
        ("gi05", f"{MZ}委", "副书记", "县委副书记、县长霍振邦", "2023-05: the new 米脂县长"),
        ("gi05", f"{MZ}政府", "县长", "县委副书记、县长霍振邦", None)], []),
    "gi:苗世杰#1": ("苗世杰", "official", MZ, [
        ("gi05", f"{MZ}银州街道党工委", "书记", "街道党工委书记苗世杰", "米脂 (陕西 榆林); bare 街道 after 在银州街道…; not the 苗世杰 of 浮山 (gi07)")], []),
    "gi:折海峰": ("折海峰", "official", MZ, [
        ("gi05", f"{MZ}杨家沟镇党委", "书记", "镇党委书记折海峰", "bare 镇 after 在杨家沟镇")], []),
    # ---- 绥德
    "gi:白玉成": ("白玉成", "official", SD, [
        ("gi02", f"{SD}人大常委会", "主任", "县人大常委会主任白玉成主持会议", "bare 县人大常委会 on the 绥德 site"),
        ("gi04", f"{SD}人大常委会", "主任", "县人大常委会主任白玉成", "2023-01; 大会主席团常务主席 / 大会执行主席 are session roles")], []),
    "gi:惠建国": ("惠建国", "official", SD, [
        ("gi02", f"{SD}人大常委会", "副主任", "副主任惠建国、贺秀珍出席会议", None),
        ("gi04", f"{SD}人大常委会", "副主任", "县人大常委会副主任惠建国主持", "2023-01")], []),
    "gi:贺秀珍": ("贺秀珍", "official", SD, [
        ("gi02", f"{SD}人大常委会", "副主任", "副主任惠建国、贺秀珍出席会议", None)], []),
    "gi:姬宏伟": ("姬宏伟", "official", SD, [
        ("gi02", f"{SD}委", "常委", "县委常委、组织部部长姬宏伟", None),
        ("gi02", f"{SD}委组织部", "部长", "县委常委、组织部部长姬宏伟", None)], []),
    "gi:折振华": ("折振华", "official", SD, [], ["gi02"]),
    "gi:拓永军": ("拓永军", "official", SD, [
        ("gi04", f"{SD}委", "书记", "大会主席团常务主席、县委书记拓永军", "2023-01; 大会主席团常务主席 is a session role"),
        ("gi06", f"{SD}委", "书记", "县委书记拓永军出席会议并讲话", "2024-04")], []),
    "gi:延海燕": ("延海燕", "official", SD, [
        ("gi04", f"{SD}政府", "副县长", "延海燕当选为绥德县人民政府副县长", "2023-01: elected (补选)"),
        ("gi06", f"{SD}政府", "副县长", "副县长延海燕就项目用地保障", "2024-04")], []),
    "gi:贾云鹏": ("贾云鹏", "official", SD, [
        ("gi06", f"{SD}四十里铺镇党委", "书记", "四十里铺镇党委书记贾云鹏", None)], []),
    "gi:冯志鹏": ("冯志鹏", "official", SD, [
        ("gi06", f"{SD}名州镇党委", "书记", "名州镇党委书记冯志鹏", None)], []),
    # ---- 浮山
    "gi:郝立军": ("郝立军", "official", "临汾市", [
        ("gi07", f"{FS}委", "副书记", "姓　　名：郝立军\n职　　务：县委副书记、县长", "2022-05 page stamp (identity case: 临汾市副市长 in 2023, gi09)"),
        ("gi07", f"{FS}政府", "县长", "姓　　名：郝立军\n职　　务：县委副书记、县长", None),
        ("gi09", "临汾市政府", "副市长", "副市长郝立军到安泽县调研", "2023-09: bare 副市长 in the 临汾日报; named in the headline too")], []),
    "gi:柴立新": ("柴立新", "official", FS, [
        ("gi07", f"{FS}委", "常委", "姓　　名：柴立新\n职　　务：县委常委、常务副县长", "2022-05 (identity case: 代县长 elected 县长 in 2024, gi10)"),
        ("gi07", f"{FS}政府", "常务副县长", "姓　　名：柴立新\n职　　务：县委常委、常务副县长", None),
        ("gi10", f"{FS}委", "副书记", _G10C, "2024-01: elected 县长 (three lines)"),
        ("gi10", f"{FS}政府", "代县长", _G10C, "held until the vote"),
        ("gi10", f"{FS}政府", "县长", _G10C, "当选; headline and 新当选的县长 repeat it")], []),
    "gi:薛红梅": ("薛红梅", "official", "临汾市", [
        ("gi07", f"{FS}政府", "副县长", "姓　　名：薛红梅\n职　　务：副县长", "2022-05 浮山 (identity case: 安泽 2023)"),
        ("gi08", f"{AZ}委", "常委", "县委常委薛红梅", "2023-03: 列席 (article 1); bare 县委 on the 安泽 人大 site"),
        ("gi08", f"{AZ}政府", "副县长", "薛红梅为安泽县人民政府副县长", "2023-03: 任命 (article 2, the 任免名单)"),
        ("gi09", f"{AZ}委", "常委", "县委常委、副县长薛红梅", "2023-09: bare 县委 right after 安泽县委书记"),
        ("gi09", f"{AZ}政府", "副县长", "县委常委、副县长薛红梅", None)], []),
    "gi:段立平": ("段立平", "official", FS, [
        ("gi07", f"{FS}政府", "副县长", "姓　　名：段立平\n职　　务：副县长、县公安局局长", None),
        ("gi07", f"{FS}公安局", "局长", "姓　　名：段立平\n职　　务：副县长、县公安局局长", "second title: the county's 公安局")], []),
    "gi:苗世杰#2": ("苗世杰", "official", FS, [
        ("gi07", f"{FS}政府", "副县长", "姓　　名：苗世杰\n职　　务：副县长", "浮山 (山西 临汾); not the 苗世杰 of 米脂 (gi05)")], []),
    "gi:樊志宏": ("樊志宏", "official", FS, [
        ("gi10", f"{FS}委", "书记", "大会主席团常务主席、县委书记樊志宏", "大会主席团常务主席 is a session role")], []),
    "gi:杨建业": ("杨建业", "official", FS, [
        ("gi10", f"{FS}人大常委会", "主任", "县人大常委会主任杨建业", "大会执行主席 is a session role")], []),
    "gi:吉晓宇": ("吉晓宇", "official", FS, [
        ("gi10", f"{FS}政府", "副县长", "吉晓宇当选为浮山县人民政府副县长", "elected (补选)")], []),
    "gi:卢秀英": ("卢秀英", "official", FS, [
        ("gi10", f"{FS}人大常委会", "副主任", "县人大常委会副主任卢秀英主持", None)], []),
    # ---- 安泽 and 临汾
    "gi:程俊峰": ("程俊峰", "official", AZ, [
        ("gi08", f"{AZ}人大常委会", "主任", "县人大常委会主任程俊峰主持会议", "bare 县人大常委会 on the 安泽 人大 site")], []),
    "gi:宁秀兰": ("宁秀兰", "official", AZ, [
        ("gi08", f"{AZ}人大常委会", "副主任", "副主任宁秀兰、庞志远出席会议", None)], []),
    "gi:庞志远": ("庞志远", "official", AZ, [
        ("gi08", f"{AZ}人大常委会", "副主任", "副主任宁秀兰、庞志远出席会议", None)], []),
    "gi:温晓军": ("温晓军", "official", AZ, [
        ("gi08", f"{AZ}委", "常委", "县委常委、组织部部长温晓军", None),
        ("gi08", f"{AZ}委组织部", "部长", "县委常委、组织部部长温晓军", None)], []),
    "gi:闫晓峰": ("闫晓峰", "official", AZ, [
        ("gi08", f"{AZ}财政局", "局长", "闫晓峰为安泽县财政局局长", "任命 (article 2)")], []),
    "gi:宋国梁": ("宋国梁", "official", AZ, [], ["gi08"]),
    "gi:卫东升": ("卫东升", "official", AZ, [
        ("gi09", f"{AZ}委", "书记", "安泽县委书记卫东升", None)], []),
    "gi:裴晓明": ("裴晓明", "official", "临汾市", [
        ("gi09", "临汾市农业农村局", "局长", "市农业农村局局长裴晓明", "DECIDED HERE: bare 市 in the 临汾日报 = 临汾市")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gi02", "拓小燕", "作者", "author", "作者：拓小燕"),
    ("gi02", "白雪婷", "责任编辑", "editor", "责任编辑：白雪婷"),
    ("gi03", "艾文博", "供稿", "author", "（县人大常委会办公室　艾文博）"),
    ("gi04", "李彦斌", "记者", "reporter", "本报讯（记者 李彦斌 通讯员 拓小燕）"),
    ("gi04", "拓小燕", "通讯员", "correspondent", "本报讯（记者 李彦斌 通讯员 拓小燕）"),
    ("gi04", "刘亚楠", "责任编辑", "editor", "责任编辑：刘亚楠"),
    ("gi05", "呼婷婷", "责任编辑", "editor", "责任编辑：呼婷婷"),
    ("gi06", "惠文静", "记者", "reporter", "（绥德县融媒体中心　记者 惠文静）"),
    ("gi06", "雷晓川", "编辑", "editor", "编辑：雷晓川"),
    ("gi06", "高彩霞", "审核", "editor", "审核：高彩霞"),
    ("gi08", "武丽萍", "责任编辑", "editor", "责任编辑：武丽萍"),
    ("gi09", "韩晋生", "记者", "reporter", "本报讯（记者 韩晋生）"),
    ("gi09", "赵晓雪", "责任编辑", "editor", "责任编辑：赵晓雪"),
    ("gi10", "郭俊秀", "作者", "author", "作者：郭俊秀"),
    ("gi10", "靳志斌", "编辑", "editor", "编辑：靳志斌"),
    ("gi10", "吉文华", "审核", "editor", "审核：吉文华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gi02", "县十八届人大常委会第四次会议", "session (人大常委会会议)", "3月10日下午", "白玉成", None, [],
     ["惠建国", "贺秀珍", "姬宏伟", "杜鹏程"], ["杜鹏程", "姬宏伟", "白玉成"], None,
     "3月10日下午，县十八届人大常委会召开第四次会议",
     ["县人大常委会主任白玉成主持会议", "副主任惠建国、贺秀珍出席会议", "县委常委、组织部部长姬宏伟，县委副书记杜鹏程",
      "杜鹏程面向国旗、国徽进行了宪法宣誓，并作表态发言", "姬宏伟在讲话中指出", "白玉成要求"]),
    ("gi03", "县十八届人大常委会第五次会议", "session (人大常委会会议)", "4月27日上午", "李守仁", None, [],
     ["姬慧兰", "高怀远", "乔瑞峰", "马慧芳", "杨晓东", "郑淑琴", "贺晨阳"], ["马慧芳", "杨晓东", "李守仁"], None,
     "4月27日上午，县十八届人大常委会举行第五次会议",
     ["县人大常委会主任李守仁主持会议", "副主任姬慧兰、高怀远出席会议", "县委常委、组织部部长乔瑞峰，副县长马慧芳",
      "杨晓东、郑淑琴、贺晨阳进行了宪法宣誓", "马慧芳代表县人民政府作了报告", "杨晓东代表新任命人员作表态发言", "李守仁强调"]),
    ("gi04", "绥德县十八届人大二次会议第三次全体会议", "session (人代会全体会议)", "1月7日上午", "白玉成", None, [],
     ["拓永军", "惠建国"], ["杜鹏程", "拓永军"], "县会议中心",
     "绥德县第十八届人民代表大会第二次会议在县会议中心举行第三次全体会议",
     ["县委书记拓永军", "大会执行主席白玉成主持会议", "宪法宣誓仪式由县人大常委会副主任惠建国主持", "杜鹏程在表态发言中表示",
      "拓永军在讲话中"]),
    ("gi05", "银州街道、杨家沟镇城市更新和重点项目建设调研", "inspection (调研)", "5月16日", None, "高建民", [],
     ["霍振邦", "杨晓东", "郑淑琴", "贺晨阳"], ["苗世杰", "贺晨阳", "折海峰", "高建民", "霍振邦", "杨晓东"], "银州街道、杨家沟镇",
     "县委书记高建民深入银州街道、杨家沟镇，调研城市更新和重点项目建设工作",
     ["县委书记高建民深入银州街道、杨家沟镇", "县财政局局长郑淑琴，县教育和体育局局长贺晨阳一同调研", "街道党工委书记苗世杰关于",
      "贺晨阳介绍了", "镇党委书记折海峰汇报了", "高建民指出", "霍振邦表示", "杨晓东就做好汛前施工安全"]),
    ("gi06", "全县重点项目建设推进会", "meeting (推进会)", "4月10日", "杜鹏程", None, [],
     ["拓永军"], ["拓永军", "马慧芳", "延海燕", "贾云鹏", "冯志鹏", "杜鹏程"], None,
     "4月10日，全县重点项目建设推进会召开",
     ["县委书记拓永军出席会议并讲话", "县长杜鹏程主持会议", "常务副县长马慧芳通报了", "副县长延海燕就项目用地保障和征迁工作作了安排",
      "名州镇党委书记冯志鹏分别就", "拓永军强调", "杜鹏程要求"]),
    ("gi08", "县十七届人大常委会第十次会议", "session (人大常委会会议)", "3月2日上午", "程俊峰", None, [],
     ["宁秀兰", "庞志远", "薛红梅", "温晓军", "闫晓峰"], ["程俊峰", "温晓军"], None,
     "3月2日上午，县十七届人大常委会召开第十次会议",
     ["县人大常委会主任程俊峰主持会议", "副主任宁秀兰、庞志远出席会议", "县委常委薛红梅，县委常委、组织部部长温晓军",
      "薛红梅、闫晓峰面向国旗、国徽进行了宪法宣誓", "程俊峰强调", "温晓军在讲话中要求"]),
    ("gi09", "安泽县连翘产业和秋粮生产调研", "inspection (调研)", "9月13日", None, "郝立军", [],
     ["裴晓明", "卫东升", "薛红梅"], ["薛红梅", "裴晓明", "郝立军", "卫东升"], "安泽县",
     "副市长郝立军到安泽县调研连翘产业发展和秋粮生产工作",
     ["副市长郝立军到安泽县调研", "县委常委、副县长薛红梅陪同调研", "薛红梅介绍了", "裴晓明就秋粮后期田间管理",
      "郝立军指出", "卫东升表示"]),
    ("gi10", "浮山县第十七届人民代表大会第三次会议第三次全体会议", "session (人代会全体会议)", "1月5日上午", "杨建业", None, [],
     ["樊志宏", "卢秀英"], ["柴立新", "樊志宏"], "县会议中心",
     "浮山县第十七届人民代表大会第三次会议在县会议中心举行第三次全体会议",
     ["县委书记樊志宏", "大会执行主席杨建业主持会议", "宣誓仪式由县人大常委会副主任卢秀英主持", "柴立新在表态发言中表示",
      "樊志宏在讲话中"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gi01", "米脂县小米产业园二期", "industrial_park", "牵头推进米脂县小米产业园二期建设"),
    ("gi01", "李自成行宫景区提质改造项目", "project", "协调推进李自成行宫景区提质改造项目"),
    ("gi01", "无定河米脂段综合治理工程", "engineering_work", "牵头推进无定河米脂段综合治理工程"),
    ("gi02", "无定河绥德段防洪治理工程", "engineering_work", "关于无定河绥德段防洪治理工程推进情况的报告"),
    ("gi02", "绥德县城区集中供热管网改造工程", "infrastructure_project", "全力推进绥德县城区集中供热管网改造工程"),
    ("gi02", "绥德县农副产品物流园二期", "logistics_hub", "绥德县农副产品物流园二期等重点项目"),
    ("gi03", "米脂县城区第二幼儿园建设项目", "project", "重点推进米脂县城区第二幼儿园建设项目"),
    ("gi03", "杨家沟镇中心小学改扩建工程", "project", "杨家沟镇中心小学改扩建工程"),
    ("gi04", "绥德县农副产品物流园二期", "logistics_hub", "全力推进绥德县农副产品物流园二期"),
    ("gi04", "无定河绥德段防洪治理工程", "engineering_work", "无定河绥德段防洪治理工程和城区集中供热管网改造工程建设"),
    ("gi04", "城区集中供热管网改造工程", "infrastructure_project", "无定河绥德段防洪治理工程和城区集中供热管网改造工程建设"),
    ("gi05", "银州街道老旧小区改造项目", "housing_project", "在银州街道老旧小区改造项目现场"),
    ("gi05", "米脂县城区第二幼儿园建设项目", "project", "在米脂县城区第二幼儿园建设项目现场"),
    ("gi05", "杨家沟革命旧址保护利用工程", "project", "汇报了杨家沟革命旧址保护利用工程推进情况"),
    ("gi06", "绥德县农副产品物流园二期", "logistics_hub", "分别就绥德县农副产品物流园二期征迁"),
    ("gi06", "名州镇老城区棚户区改造项目", "housing_project", "名州镇老城区棚户区改造项目推进情况"),
    ("gi06", "无定河绥德段防洪治理工程", "engineering_work", "紧盯无定河绥德段防洪治理工程等续建项目"),
    ("gi07", "浮山县新材料产业园一期", "industrial_park", "牵头推进浮山县新材料产业园一期建设"),
    ("gi07", "浮山县人民医院新院区建设项目", "project", "协调推进浮山县人民医院新院区建设项目"),
    ("gi07", "响水河流域生态修复工程", "greening_project", "牵头推进响水河流域生态修复工程"),
    ("gi08", "安泽县连翘精深加工产业园", "industrial_park", "要围绕安泽县连翘精深加工产业园建设"),
    ("gi09", "府城镇连翘种苗繁育基地", "project", "先后来到府城镇连翘种苗繁育基地"),
    ("gi09", "安泽县连翘精深加工产业园", "industrial_park", "在建的安泽县连翘精深加工产业园"),
    ("gi09", "和川镇高标准农田建设项目", "project", "和川镇高标准农田建设项目现场"),
    ("gi10", "浮山县新材料产业园一期", "industrial_park", "全力推进浮山县新材料产业园一期投产达效"),
    ("gi10", "响水河流域生态修复工程", "greening_project", "响水河流域生态修复工程和天坛镇乡村振兴示范片区建设"),
    ("gi10", "天坛镇乡村振兴示范片区", "project", "响水河流域生态修复工程和天坛镇乡村振兴示范片区建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gi01", "米脂县", "county", "in_project_name", "牵头推进米脂县小米产业园二期建设"),
    ("gi01", "李自成行宫", "heritage_site", "in_project_name", "协调推进李自成行宫景区提质改造项目"),
    ("gi01", "无定河", "river", "in_project_name", "牵头推进无定河米脂段综合治理工程"),
    ("gi01", "米脂", "county", "in_project_name", "牵头推进无定河米脂段综合治理工程"),
    ("gi02", "绥德县", "county", "in_org_reference", "辞去绥德县人民政府县长职务"),
    ("gi02", "无定河", "river", "in_project_name", "关于无定河绥德段防洪治理工程推进情况的报告"),
    ("gi02", "绥德", "county", "standalone", "此次人事调整是市委从绥德工作大局出发"),
    ("gi03", "米脂县", "county", "in_org_reference", "杨晓东为米脂县人民政府副县长"),
    ("gi03", "杨家沟镇", "town", "in_project_name", "杨家沟镇中心小学改扩建工程"),
    ("gi04", "绥德县", "county", "in_org_reference", "绥德县第十八届人民代表大会第二次会议在县会议中心"),
    ("gi04", "无定河", "river", "in_project_name", "无定河绥德段防洪治理工程和城区集中供热管网改造工程建设"),
    ("gi04", "绥德", "county", "standalone", "在推动绥德高质量发展中担当作为"),
    ("gi05", "银州街道", "sub_district_office", "standalone", "县委书记高建民深入银州街道、杨家沟镇"),
    ("gi05", "杨家沟镇", "town", "standalone", "县委书记高建民深入银州街道、杨家沟镇"),
    ("gi05", "米脂县", "county", "in_project_name", "在米脂县城区第二幼儿园建设项目现场"),
    ("gi05", "杨家沟革命旧址", "heritage_site", "in_project_name", "汇报了杨家沟革命旧址保护利用工程推进情况"),
    ("gi06", "四十里铺镇", "town", "standalone", "四十里铺镇党委书记贾云鹏"),
    ("gi06", "名州镇", "town", "standalone", "名州镇党委书记冯志鹏"),
    ("gi06", "绥德县", "county", "in_project_name", "分别就绥德县农副产品物流园二期征迁"),
    ("gi06", "无定河", "river", "in_project_name", "紧盯无定河绥德段防洪治理工程等续建项目"),
    ("gi06", "绥德", "county", "in_project_name", "紧盯无定河绥德段防洪治理工程等续建项目"),
    ("gi07", "浮山县", "county", "in_project_name", "牵头推进浮山县新材料产业园一期建设"),
    ("gi07", "浮山", "county", "in_org_reference", "联系市生态环境局浮山分局"),
    ("gi07", "响水河", "river", "in_project_name", "牵头推进响水河流域生态修复工程"),
    ("gi08", "安泽县", "county", "in_project_name", "要围绕安泽县连翘精深加工产业园建设"),
    ("gi09", "安泽县", "county", "standalone", "副市长郝立军到安泽县调研"),
    ("gi09", "府城镇", "town", "in_project_name", "先后来到府城镇连翘种苗繁育基地"),
    ("gi09", "和川镇", "town", "standalone", "在和川镇，裴晓明"),
    ("gi09", "安泽", "county", "standalone", "连翘是安泽的特色优势产业"),
    ("gi10", "浮山县", "county", "in_org_reference", "当选为浮山县人民政府县长"),
    ("gi10", "响水河", "river", "in_project_name", "响水河流域生态修复工程和天坛镇乡村振兴示范片区建设"),
    ("gi10", "天坛镇", "town", "in_project_name", "响水河流域生态修复工程和天坛镇乡村振兴示范片区建设"),
    ("gi10", "浮山", "county", "standalone", "为建设美丽富裕新浮山"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gi", conventions="set gi (blind set: leaders' pages over time in 陕西 榆林 (米脂县, 绥德县, the 榆林日报) and 山西 临汾 (浮山县, 安泽县, the 临汾日报): 领导之窗 / 领导信息 pages (the title line is a holding at the page stamp's date; 分工 are duties), 人大常委会 sessions and 任免名单 (决定任命 / 任命 is a holding at the session date; 辞去 and 免去 give none; 代理县长 as written), the 人代会 全体会议 where a 县委副书记、代县长 is elected 县长 (副书记 + 代县长 + 县长), and later news pages with the same people in new posts; bare organs take the page's county; one line per post per article)",
          persons_note="Set gi persons. id = corpus-wide person_id (gi:苗世杰#1 of 米脂县银州街道 (陕西) and gi:苗世杰#2 浮山县副县长 (山西) are two people; gi:杜鹏程 米脂 常务副县长 2021 → 绥德 代理县长 2022 → 绥德县长 2023/2024; gi:高建民 米脂县长 2021 → 米脂县委书记 2023; gi:马慧芳 米脂副县长 2021/2022 → 绥德 常务副县长 2024; gi:郝立军 浮山县长 2022 → 临汾市副市长 2023; gi:薛红梅 浮山副县长 2022 → 安泽县委常委、副县长 2023; gi:柴立新 浮山 常务副县长 2022 → 代县长 elected 县长 2024; gi:杨晓东 appointed 米脂副县长 2022, in post 2023)")


if __name__ == "__main__":
    main()
