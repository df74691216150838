"""Write gold part ``cl`` (a blind set: long texts that are not event reports — 政府工作报告 excerpts, a 县委书记's
speech in full, a 讲话摘编, department year-end summaries — and two news pages of the meetings where those texts were
given) from the tables below.

Pages ``tests/dev/texts/cl*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 长沙县 政府工作报告 (``政府工作报告 / ——2023年2月2日在长沙县第十八届
人民代表大会第三次会议上 / 县长 陈永高 / 各位代表：现在，我代表县人民政府向大会报告工作…``, ``——综合实力更强。`` paragraphs
of statistics); a 文秘 site's copy of a 县第十八届人大三次会议 report (``预计2023年，GDP完成…，增长6.5%``, ``1.全力以赴拼经济``);
the 会同县 人代会 开幕 news page (``出席开幕大会并在主席台前排就座的有县委书记…，县委副书记、县长…``, ``大会由…主持``, ``应到代表
211人…实到195人，符合法定人数``, ``县委副书记、县长…代表县人民政府向大会作政府工作报告``); the 桃源县 government site's
人代会 开幕 page (``发布时间…访问次数…信息来源``, ``大会执行主席…宣布大会开幕``); the 庆元网 闭幕 page (``来源… 作者… 放大 正常
缩小 打印``, footer with 许可证 and ICP); 县委书记 / 县长 speech texts at a 经济工作会议 (``同志们：这次…会议，主要任务是…。
刚才，…同志…，我完全同意。下面，我讲三点意见``, ``前面，王书记作了…讲话``, ``一会儿，贝书记还要作重要讲话``); the 梓潼县 site's
经济运行调度会 page (``当前的位置:首页 > 政务公开 > 领导活动``, ``作者 来源 字体 打印``); the 代县 site's 一季度经济运行调度会
(``县委副书记、县长…主持会议并讲话``); the 开鲁县 site's chrome (``当前位置: 首页>新闻中心>乡镇动态``, ``发布时间 信息来源
分享到``); a 兰州新区 局's annual report page (``來源… 時間… 字號:[大][中][小]``); a 县农业农村局 半年度工作总结
(``一、上半年工作完成情况 （一）…``) and a 区农业农村局 工作计划 (``续建项目 / 计划开工项目``); 应城 town pages with
``一审编辑 二审校对 终审核发`` credits. Places are real and new to the corpus: 江西 赣州 (the 赣南日报 twice; 于都县's site
four times and its 融媒体 portal once; 南康区, 信丰县, 赣州经开区 named in plans) and 陕西 榆林 (定边县's site twice, 靖边县's
site twice).

Shapes: a county site's 政府工作报告（摘要） with the date line and the signature line, statistics and 2024 plans (cl01);
the county portal's news of the same 人代会 opening (chair, 主席台 list, the 县长's report, a 副县长 candidate named, the
election and 闭幕 announced for later) (cl02); the 县委书记's speech in full at the 县委经济工作会议, referring to the 县长 by
given name only (``立新同志``), all plans (cl03); the city paper's news of that meeting (cl04); the city paper's 讲话摘编 of
three city leaders at a 推进大会 (an 编者按 lead, then ``市委书记某某：`` sections) (cl05); a county department's
``2023年工作总结和2024年工作计划`` (cl06); another province's county report (cl07); that county's 三级干部大会 讲话摘编
on its site (cl08); a 县农业农村局 summary there (cl09); a neighbouring county's report a year later, signed by a cadre
from cl08 (cl10). Plans are everywhere: a 博览会 to be held, a 项目建设大会 and a 招商引资推介大会 to be called, a
重大项目观摩 to be organised, 县级领导 to 调研 monthly, 局领导 to 调研 quarterly, 优秀年轻干部 to be sent to 乡镇, cadres to be
promoted — none of them is an event or a post.

Identity cases:
- cl:邝明远, a 县长 who becomes 县委书记: 于都县 县长 signing the report and 县委副书记、县长 at the 人代会 (cl01, cl02,
  2024-01-08); 县委书记 speaking at the 县委经济工作会议 (cl03, cl04, 2024-12-27).
- cl:钟立新: 于都 县委常委、常务副县长 (cl02, 2024-01) → 县委副书记、代县长 (cl04, 2024-12); named only ``立新同志`` in the
  speech (cl03).
- cl:温国栋, a county 书记 who becomes a city's 副市长: 于都县委书记 (cl02, 2024-01) → 赣州市 副市长 (cl05, 2025-02).
- cl:曾宪林: 于都县农业农村局 党组书记、局长 (cl06, 2024-01-05) → named as the 副县长 candidate (cl02, 2024-01-08, no post)
  → 副县长 (cl04, 2024-12).
- cl:白晓川 moves between counties: 定边县委副书记 (cl08, 2024-02) → 靖边县 县长 signing the report (cl10, 2025-01).
- the same officials across pages: cl:肖连生 (于都县人大常委会主任), cl:谢春华#1 (于都县政协主席), cl:刘德胜 (于都县委副书记)
  in cl02 and cl04; cl:拓永宏 (定边县长, cl07 and cl08); the reporter cl:李思源 and the editors cl:廖文静, cl:邓小雨 on
  cl04 and cl05.
- two different 谢春华 in unrelated places: cl:谢春华#1 is 于都县政协主席 (江西, cl02, cl04); cl:谢春华#2 is 靖边县农业农村局
  党组书记、局长 (陕西, cl09).
- one organ name in several places: bare ``县农业农村局`` and ``局党组书记、局长`` are 于都's (cl04, cl06) and 靖边's (cl09);
  bare ``县委`` / ``县长`` / ``县人大常委会`` / ``县政协`` are 于都's, 定边's and 靖边's on their pages; a bare ``经开区`` is
  赣州经开区 (cl05) and 靖边经开区 (cl10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as in parts x, ar, bs and bq where they speak; decided here where they are silent):
- The 政府工作报告 (cl01, cl07, cl10), as part x: the signature line gives the holding (``于都县人民政府县长　邝明远`` →
  于都县政府 县长; ``县长　拓永宏`` under ``在定边县…会议上`` → 定边县政府 县长), dated by the report's date line, and the
  人代会 session named in the date line is the page's one event, with the signer as speaker.
- DECIDED HERE (the speech and the 摘编, no earlier part had one): they are treated as the report is. A speech's header
  (``在县委经济工作会议上的讲话 / （2024年12月27日） / 县委书记　邝明远``) gives the speaker's holding and the meeting as an
  event with him as speaker, dated by the header. The 摘编's lead (``2月10日，全市…推进大会召开。会议由…主持。…分别讲话``,
  ``县人大常委会主任…出席会议``) gives the meeting with chair, speakers and attendees; the ``市委书记蓝振邦：`` section headers
  repeat posts already in the lead (one line per post per article).
- DECIDED HERE: a colleague named by given name only (``刚才，立新同志通报了…``, cl03) is not annotated: no full name is
  written (he is 钟立新 by cl04, but the annotation is by the text).
- DECIDED HERE: a department's summary (cl06, cl09) is one article dated by the date under its signature (``2024年1月5日``,
  ``2024年1月9日``), the date the holdings are stated at, not by the year it reviews. A summary's yearly activities
  without a date (``局党组书记、局长曾宪林带头讲专题党课4次``, ``谢春华带队深入全县16个镇（街道）开展“大走访”``) are no
  events; the posts written before the names are holdings: ``局党组书记、局长`` → X县农业农村局党组 书记 + X县农业农村局 局长;
  ``局党组成员、副局长`` → X县农业农村局党组 成员 + X县农业农村局 副局长; ``局党组成员、县农业技术推广中心主任`` → 靖边县农业
  农村局党组 成员 + 靖边县农业技术推广中心 主任.
- Plans make neither events nor posts: ``县委、县政府将召开全县项目建设大会``, ``将组织开展一季度重大项目观摩``, ``将于1月10日
  下午进行选举，并举行闭幕会`` (as part ar), ``办好第三届于都纺织服装产业博览会``, ``县级领导…每月至少到包抓项目现场调研一次``,
  ``县委将选派一批优秀年轻干部到乡镇一线任职锻炼``, ``要优先提拔使用``. DECIDED HERE: a candidate (``大会主席团提名曾宪林为于都县
  人民政府副县长候选人``) holds no post (as part x's recommendation); he is named in persons.json for cl02 without a post.
- Generic roles with no person (``各乡镇党委书记是…第一责任人``, ``村党组织书记要全部完成轮训``, ``县四套班子领导``) are nothing.
- Bare organs take the page's place: 县委 / 县长 / 县人大常委会 / 县政协 on the 于都 site, the 于都 portal and the 赣南日报 page of
  the 于都县委经济工作会议 = 于都县; on the 定边 site = 定边县; 市委 / 市长 / 副市长 in the 赣南日报 = 赣州市. ``县委副书记、代县长``
  → 于都县委 副书记 + 于都县政府 代县长 (代县长 a title as written, part ar). ``大会执行主席`` is a session role (part ar).
- Events: the 人代会 opening (cl02) is the session of cl01 (same name, same day): the 主持 chair, the 主席台前排 list as
  attendees (the reporting 县长 also a speaker, as bq's 出席…并讲话). The 县委经济工作会议 (cl03, cl04) is one meeting: in
  cl04 the 主持 代县长 is chair and speaker, ``出席会议并讲话`` attendee and speaker, ``宣读了《…决定》`` a speaker (as x's 宣布 /
  通报). Units that 作交流发言 are no persons.
- Projects: works completed or under way (建成投产, 完工, 通过验收, 加快…建设, 推进…建设, 建成…) keep their kind
  (industrial_park, infrastructure_project, greening_project for river / water / soil restoration, logistics_hub for a 冷链物流
  中心, project for schools, farmland, a 风光储 project, a heritage 展示工程); works to be started (开工建设, 实施, 启动, 谋划建设,
  推动…尽快开工 / 年内开工, 前期工作) are ``planned_project`` (part x). A work named with and without its county
  (``于都县纺织服装智能制造产业园二期`` / ``纺织服装智能制造产业园二期``) is named as written on each page; a short back-reference
  (``产业园二期``) gives no second line. Generic work (老旧小区改造 without a name, 毛乌素沙地治理, 和美乡村建设, 高标准农田 without a
  place, 区域公用品牌) is no project; the 博览会 is a planned event, not a project.
- Places: one line per name per file, as written; places inside organ and session references and project names count;
  site lines, 来源 lines, footers, 相关链接 / 相关新闻 / 上一篇 / 下一篇 lists and venues (县会议中心) are not annotated; brands
  (``于都服装``, ``定边荞麦``) are not places. The bare county name (``新于都``, ``新定边``, ``靖边高质量发展``) is annotated where the
  body uses it. A zone written both in full and bare on one page gets one line, the full name (part ar).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YD, DB, JB, GZ = "于都县", "定边县", "靖边县", "赣州市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cl01_yudu.txt": (2024, "发布时间：2024-01-15 09:40", YD, [
        ("2024年于都县政府工作报告（摘要）", "2024年1月8日", "2024-01-08", "——2024年1月8日在于都县",
         "county site: 政府工作报告（摘要） signed by the 县长; 2023 statistics and projects, 2024 plans (a 博览会 to be held)")]),
    "cl02_yudu.txt": (2024, "2024-01-08 18:36", YD, [
        ("于都县第十八届人民代表大会第三次会议开幕", "1月8日上午", "2024-01-08", "1月8日上午，于都县",
         "county portal: the 人代会 opening (chair, 主席台 list, the 县长's report); a 副县长 candidate named; election and 闭幕 announced")]),
    "cl03_yudu.txt": (2025, "发布时间：2025-01-03 10:15", YD, [
        ("在县委经济工作会议上的讲话", "2024年12月27日", "2024-12-27", "（2024年12月27日）",
         "county site 领导讲话: the 县委书记's speech in full; 立新同志 by given name; all plans (a 项目建设大会 to be called)")]),
    "cl04_ganzhou.txt": (2024, "2024年12月29日　星期日", YD, [
        ("于都县委经济工作会议召开", "12月27日", "2024-12-27", "本报讯（记者 李思源",
         "city paper 第05版: the 县委经济工作会议 (书记 speaks, 代县长 chairs, 常务副县长 宣读, the new 副县长 attends)")]),
    "cl05_ganzhou.txt": (2025, "2025年2月12日　星期三", GZ, [
        ("奋力打好2025年“项目大会战”", "2月10日", "2025-02-10", "编者按：2月10日",
         "city paper 讲话摘编: 市委书记, 市长 (chair), 副市长 (the former 于都县委书记); plans for 经开区 and counties")]),
    "cl06_yudu.txt": (2024, "发布时间：2024-01-05 16:20", YD, [
        ("于都县农业农村局2023年工作总结和2024年工作计划", "2024年1月5日", "2024-01-05", "2023年，县农业农村局在",
         "county site 部门信息公开: a 县农业农村局's year-end summary and plan; 局党组书记、局长 and 副局长 named")]),
    "cl07_dingbian.txt": (2024, "时间：2024-01-16 11:05", DB, [
        ("定边县2024年政府工作报告（摘要）", "2024年1月11日", "2024-01-11", "——2024年1月11日在定边县",
         "county site (陕西): 政府工作报告（摘要） signed ``县长　拓永宏``; energy and farming projects, 2024 plans")]),
    "cl08_dingbian.txt": (2024, "时间：2024-02-21 17:30", DB, [
        ("全县三级干部大会领导讲话摘编", "2月20日", "2024-02-20", "2月20日，全县三级干部大会召开",
         "county site 讲话摘编: 县委书记, 县长, 县委副书记 speak, 人大 / 政协 heads attend; plans (推介大会, 调研, 选派干部)")]),
    "cl09_jingbian.txt": (2024, "发布日期：2024-01-10", JB, [
        ("靖边县农业农村局2023年工作总结", "2024年1月9日", "2024-01-09", "2023年，县农业农村局以",
         "county site 部门动态: a 县农业农村局 summary; 局党组书记、局长 谢春华#2 and a 党组成员 named")]),
    "cl10_jingbian.txt": (2025, "发布日期：2025-01-14", JB, [
        ("2025年靖边县政府工作报告（摘要）", "2025年1月9日", "2025-01-09", "——2025年1月9日在靖边县",
         "county site: 政府工作报告（摘要） signed by the new 县长 (定边县委副书记 in 2024); 靖边经开区, 统万城")]),
}

_CL01_SIGN = "于都县人民政府县长　邝明远"
_CL03_SIGN = "县委书记　邝明远"
_CL07_SIGN = "县长　拓永宏"
_CL10_SIGN = "靖边县人民政府县长　白晓川"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 于都县 (江西 赣州)
    "cl:邝明远": ("邝明远", "official", YD, [
        ("cl01", "于都县政府", "县长", _CL01_SIGN, "signature line of the 政府工作报告, dated by its date line 2024年1月8日"),
        ("cl02", "于都县委", "副书记", "县委副书记、县长邝明远", "2024-01-08 (identity case: 县委书记 by 2024-12, cl03 / cl04)"),
        ("cl02", "于都县政府", "县长", "县委副书记、县长邝明远", None),
        ("cl03", "于都县委", "书记", _CL03_SIGN, "DECIDED HERE: the speech's header line, dated 2024年12月27日"),
        ("cl04", "于都县委", "书记", "县委书记邝明远出席会议并讲话", "2024-12-27")], []),
    "cl:温国栋": ("温国栋", "official", YD, [
        ("cl02", "于都县委", "书记", "县委书记温国栋", "2024-01 (identity case: 赣州市 副市长 in 2025, cl05)"),
        ("cl05", f"{GZ}政府", "副市长", "副市长温国栋分别讲话", "2025-02: now 副市长 (bare 副市长 in the 赣南日报 = 赣州市)")], []),
    "cl:肖连生": ("肖连生", "official", YD, [
        ("cl02", "于都县人大常委会", "主任", "大会执行主席、县人大常委会主任肖连生主持开幕会", "大会执行主席 is a session role"),
        ("cl04", "于都县人大常委会", "主任", "县人大常委会主任肖连生", None)], []),
    "cl:谢春华#1": ("谢春华", "official", YD, [
        ("cl02", "于都县政协", "主席", "县政协主席谢春华", "于都县 (江西); not the 谢春华 of 靖边县 (cl09)"),
        ("cl04", "于都县政协", "主席", "县政协主席谢春华", None)], []),
    "cl:刘德胜": ("刘德胜", "official", YD, [
        ("cl02", "于都县委", "副书记", "县委副书记刘德胜", None),
        ("cl04", "于都县委", "副书记", "县委副书记刘德胜", None)], []),
    "cl:钟立新": ("钟立新", "official", YD, [
        ("cl02", "于都县委", "常委", "县委常委、常务副县长钟立新", "2024-01 (identity case: 县委副书记、代县长 in 2024-12, cl04)"),
        ("cl02", "于都县政府", "常务副县长", "县委常委、常务副县长钟立新", None),
        ("cl04", "于都县委", "副书记", "县委副书记、代县长钟立新", "2024-12; written ``立新同志`` only in the speech (cl03): not annotated there"),
        ("cl04", "于都县政府", "代县长", "县委副书记、代县长钟立新", "代县长 as written (part ar)")], []),
    "cl:曾宪林": ("曾宪林", "official", YD, [
        ("cl06", "于都县农业农村局党组", "书记", "局党组书记、局长曾宪林", "2024-01-05, summary dated by its signature (identity case: 副县长 by 2024-12, cl04)"),
        ("cl06", "于都县农业农村局", "局长", "局党组书记、局长曾宪林", None),
        ("cl04", "于都县政府", "副县长", "副县长曾宪林等县领导出席会议", "2024-12: elected after the candidacy of cl02")], ["cl02"]),
    "cl:赖秋萍": ("赖秋萍", "official", YD, [
        ("cl06", "于都县农业农村局党组", "成员", "局党组成员、副局长赖秋萍", "党组 成员 (part z)"),
        ("cl06", "于都县农业农村局", "副局长", "局党组成员、副局长赖秋萍", None)], []),
    "cl:丁卫国": ("丁卫国", "official", YD, [
        ("cl04", "于都县委", "常委", "县委常委、常务副县长丁卫国", "the post 钟立新 held in 2024-01"),
        ("cl04", "于都县政府", "常务副县长", "县委常委、常务副县长丁卫国", None)], []),
    # ---- 赣州市
    "cl:蓝振邦": ("蓝振邦", "official", GZ, [
        ("cl05", f"{GZ}委", "书记", "市委书记蓝振邦，袁博文", "the section header ``市委书记蓝振邦：`` repeats it")], []),
    "cl:袁博文": ("袁博文", "official", GZ, [
        ("cl05", f"{GZ}委", "副书记", "会议由市委副书记、市长袁博文主持", None),
        ("cl05", f"{GZ}政府", "市长", "会议由市委副书记、市长袁博文主持", None)], []),
    "cl:李思源": ("李思源", "reporter", "赣南日报", [], ["cl04", "cl05"]),
    "cl:廖文静": ("廖文静", "editor", "赣南日报", [], ["cl04", "cl05"]),
    "cl:邓小雨": ("邓小雨", "editor", "赣南日报", [], ["cl04", "cl05"]),
    # ---- 定边县 (陕西 榆林)
    "cl:拓永宏": ("拓永宏", "official", DB, [
        ("cl07", "定边县政府", "县长", _CL07_SIGN, "signature line under ``在定边县…会议上``, dated 2024年1月11日"),
        ("cl08", "定边县委", "副书记", "县委副书记、县长拓永宏", "2024-02"),
        ("cl08", "定边县政府", "县长", "县委副书记、县长拓永宏", None)], []),
    "cl:惠文斌": ("惠文斌", "official", DB, [
        ("cl08", "定边县委", "书记", "县委书记惠文斌", None)], []),
    "cl:白晓川": ("白晓川", "official", DB, [
        ("cl08", "定边县委", "副书记", "县委副书记白晓川分别讲话", "2024-02 (identity case: 靖边县 县长 in 2025-01, cl10)"),
        ("cl10", "靖边县政府", "县长", _CL10_SIGN, "2025-01: signature line of 靖边's 政府工作报告")], []),
    "cl:马占福": ("马占福", "official", DB, [
        ("cl08", "定边县人大常委会", "主任", "县人大常委会主任马占福", None)], []),
    "cl:贺玉兰": ("贺玉兰", "official", DB, [
        ("cl08", "定边县政协", "主席", "县政协主席贺玉兰", None)], []),
    # ---- 靖边县 (陕西 榆林)
    "cl:谢春华#2": ("谢春华", "official", JB, [
        ("cl09", "靖边县农业农村局党组", "书记", "局党组书记、局长谢春华", "靖边县 (陕西); not the 谢春华 of 于都县 (cl02, cl04)"),
        ("cl09", "靖边县农业农村局", "局长", "局党组书记、局长谢春华", None)], []),
    "cl:米晓东": ("米晓东", "official", JB, [
        ("cl09", "靖边县农业农村局党组", "成员", "局党组成员、县农业技术推广中心主任米晓东", None),
        ("cl09", "靖边县农业技术推广中心", "主任", "局党组成员、县农业技术推广中心主任米晓东", "as written after the bare 县")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cl02", "刘佳怡", "作者", "author", "作者：刘佳怡"),
    ("cl02", "邹雨桐", "责任编辑", "editor", "责任编辑：邹雨桐"),
    ("cl04", "李思源", "记者", "reporter", "本报讯（记者 李思源 通讯员 管晓梅）"),
    ("cl04", "管晓梅", "通讯员", "correspondent", "本报讯（记者 李思源 通讯员 管晓梅）"),
    ("cl04", "廖文静", "编辑", "editor", "编辑：廖文静"),
    ("cl04", "邓小雨", "校对", "editor", "校对：邓小雨"),
    ("cl05", "李思源", "记者", "reporter", "（本报记者 李思源 整理）"),
    ("cl05", "廖文静", "编辑", "editor", "编辑：廖文静"),
    ("cl05", "邓小雨", "校对", "editor", "校对：邓小雨"),
    ("cl08", "拓晓燕", "供稿", "author", "（定边县融媒体中心　拓晓燕）"),
    ("cl08", "冯嘉宁", "编辑", "editor", "编辑：冯嘉宁"),
    ("cl08", "曹斌", "审核", "editor", "审核：曹斌"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("cl01", "于都县第十八届人民代表大会第三次会议", "session (人民代表大会)", "2024年1月8日", None, None, [],
     [], ["邝明远"], None,
     "——2024年1月8日在于都县第十八届人民代表大会第三次会议上",
     [_CL01_SIGN]),
    ("cl02", "于都县第十八届人民代表大会第三次会议", "session (人民代表大会)", "1月8日上午", "肖连生", None, [],
     ["温国栋", "邝明远", "谢春华", "刘德胜", "钟立新"], ["邝明远"], "县会议中心",
     "1月8日上午，于都县第十八届人民代表大会第三次会议在县会议中心开幕",
     ["县人大常委会主任肖连生主持开幕会", "县委书记温国栋", "县长邝明远", "县政协主席谢春华", "县委副书记刘德胜",
      "常务副县长钟立新等在主席台前排就座", "邝明远代表县人民政府向大会作政府工作报告"]),
    ("cl03", "于都县委经济工作会议", "meeting (经济工作会议)", "2024年12月27日", None, None, [],
     [], ["邝明远"], None,
     "这次县委经济工作会议，主要任务是深入贯彻中央、省委、市委经济工作会议精神",
     [_CL03_SIGN]),
    ("cl04", "于都县委经济工作会议", "meeting (经济工作会议)", "12月27日", "钟立新", None, [],
     ["邝明远", "肖连生", "谢春华", "刘德胜", "丁卫国", "曾宪林"], ["邝明远", "钟立新", "丁卫国"], None,
     "12月27日，于都县委经济工作会议召开",
     ["县委书记邝明远出席会议并讲话", "代县长钟立新主持会议并对明年经济工作作具体部署", "县人大常委会主任肖连生",
      "县政协主席谢春华", "县委副书记刘德胜", "常务副县长丁卫国", "副县长曾宪林等县领导出席会议", "邝明远强调",
      "钟立新就做好明年经济工作提出要求", "丁卫国宣读了"]),
    ("cl05", "全市2025年“项目大会战”推进大会", "meeting (推进大会)", "2月10日", "袁博文", None, [],
     [], ["蓝振邦", "袁博文", "温国栋"], None,
     "2月10日，全市2025年“项目大会战”推进大会召开",
     ["会议由市委副书记、市长袁博文主持", "市委书记蓝振邦，袁博文，副市长温国栋分别讲话"]),
    ("cl07", "定边县第十八届人民代表大会第四次会议", "session (人民代表大会)", "2024年1月11日", None, None, [],
     [], ["拓永宏"], None,
     "——2024年1月11日在定边县第十八届人民代表大会第四次会议上",
     [_CL07_SIGN]),
    ("cl08", "定边县三级干部大会", "meeting (三级干部大会)", "2月20日", None, None, [],
     ["马占福", "贺玉兰"], ["惠文斌", "拓永宏", "白晓川"], None,
     "2月20日，全县三级干部大会召开",
     ["县委书记惠文斌", "县委副书记、县长拓永宏", "县委副书记白晓川分别讲话",
      "县人大常委会主任马占福、县政协主席贺玉兰出席会议"]),
    ("cl10", "靖边县第十八届人民代表大会第五次会议", "session (人民代表大会)", "2025年1月9日", None, None, [],
     [], ["白晓川"], None,
     "——2025年1月9日在靖边县第十八届人民代表大会第五次会议上",
     [_CL10_SIGN]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cl01", "于都县纺织服装智能制造产业园一期", "industrial_park", "于都县纺织服装智能制造产业园一期建成投产"),
    ("cl01", "贡江新区滨江大道延伸工程", "infrastructure_project", "贡江新区滨江大道延伸工程建成通车"),
    ("cl01", "梅江于都段水环境综合治理一期工程", "greening_project", "梅江于都段水环境综合治理一期工程完工"),
    ("cl01", "于都县第二中学新校区", "project", "于都县第二中学新校区投入使用"),
    ("cl01", "于都县纺织服装智能制造产业园二期", "planned_project", "开工建设于都县纺织服装智能制造产业园二期"),
    ("cl01", "银坑镇抽水蓄能电站配套道路工程", "planned_project", "开工建设银坑镇抽水蓄能电站配套道路工程"),
    ("cl01", "贡江新区综合管廊二期", "infrastructure_project", "加快贡江新区综合管廊二期建设"),
    ("cl01", "岭背镇高标准农田建设项目", "planned_project", "实施岭背镇高标准农田建设项目"),
    ("cl01", "梅江于都段水环境综合治理二期工程", "planned_project", "启动梅江于都段水环境综合治理二期工程"),
    ("cl01", "城区老旧小区改造项目（第四批）", "planned_project", "实施城区老旧小区改造项目（第四批）"),
    ("cl03", "纺织服装智能制造产业园二期", "industrial_park", "纺织服装智能制造产业园二期主体完工"),
    ("cl03", "梅江于都段水环境综合治理二期工程", "greening_project", "梅江于都段水环境综合治理二期工程开工建设"),
    ("cl03", "岭背镇高标准农田建设项目", "project", "岭背镇高标准农田建设项目通过省级验收"),
    ("cl03", "纺织服装产业园三期", "planned_project", "谋划建设纺织服装产业园三期"),
    ("cl03", "抽水蓄能电站配套道路工程", "infrastructure_project", "银坑镇要加快抽水蓄能电站配套道路工程建设"),
    ("cl03", "贡江于都段航道整治工程", "planned_project", "推动贡江于都段航道整治工程尽快开工"),
    ("cl04", "于都县纺织服装智能制造产业园二期", "industrial_park", "于都县纺织服装智能制造产业园二期主体完工"),
    ("cl04", "梅江于都段水环境综合治理二期工程", "greening_project", "抓好梅江于都段水环境综合治理二期工程"),
    ("cl04", "贡江于都段航道整治工程", "planned_project", "贡江于都段航道整治工程等重大项目"),
    ("cl05", "新能源汽车零部件产业园三期", "industrial_park", "赣州经开区要加快新能源汽车零部件产业园三期建设"),
    ("cl05", "家具智能制造产业园", "industrial_park", "南康区要推进家具智能制造产业园扩能"),
    ("cl05", "纺织服装智能制造产业园二期", "industrial_park", "于都县要确保纺织服装智能制造产业园二期上半年建成投产"),
    ("cl05", "电子信息产业园二期", "industrial_park", "信丰县要加快电子信息产业园二期招商"),
    ("cl05", "赣州港多式联运物流园二期", "planned_project", "推动赣州港多式联运物流园二期年内开工"),
    ("cl06", "罗坳镇高标准农田建设项目", "project", "罗坳镇高标准农田建设项目完成建设任务2.8万亩"),
    ("cl06", "于都县富硒蔬菜产业园", "industrial_park", "于都县富硒蔬菜产业园新增大棚1200亩"),
    ("cl06", "禾丰镇农村生活污水治理项目", "infrastructure_project", "禾丰镇农村生活污水治理项目建成运行"),
    ("cl06", "岭背镇高标准农田建设项目", "planned_project", "配合实施岭背镇高标准农田建设项目"),
    ("cl06", "梓山镇万亩富硒蔬菜基地提升工程", "planned_project", "实施梓山镇万亩富硒蔬菜基地提升工程"),
    ("cl06", "银坑镇农村生活污水治理项目", "planned_project", "启动银坑镇农村生活污水治理项目"),
    ("cl07", "白泥井镇风光储一体化项目", "project", "白泥井镇风光储一体化项目全容量并网"),
    ("cl07", "定边县盐化工循环经济产业园一期", "industrial_park", "定边县盐化工循环经济产业园一期建成投产"),
    ("cl07", "定边县城区集中供热管网改造工程", "infrastructure_project", "定边县城区集中供热管网改造工程完工"),
    ("cl07", "定边县盐化工循环经济产业园二期", "planned_project", "开工建设定边县盐化工循环经济产业园二期"),
    ("cl07", "安边镇荞麦精深加工产业园", "industrial_park", "加快安边镇荞麦精深加工产业园建设"),
    ("cl07", "砖井镇高标准农田建设项目", "planned_project", "实施砖井镇高标准农田建设项目"),
    ("cl07", "定边县城东区供水工程", "planned_project", "实施定边县城东区供水工程"),
    ("cl07", "盐场堡镇盐碱地综合治理工程", "planned_project", "实施盐场堡镇盐碱地综合治理工程"),
    ("cl08", "定边县盐化工循环经济产业园二期", "planned_project", "确保定边县盐化工循环经济产业园二期6月底前开工"),
    ("cl08", "安边镇荞麦精深加工产业园", "industrial_park", "安边镇荞麦精深加工产业园要在二季度具备投产条件"),
    ("cl08", "定边县城东区供水工程", "infrastructure_project", "定边县城东区供水工程要在汛期前完成管网铺设"),
    ("cl09", "杨桥畔镇高标准农田建设项目", "project", "杨桥畔镇高标准农田建设项目完成建设任务3万亩"),
    ("cl09", "东坑镇现代农业产业园", "industrial_park", "东坑镇现代农业产业园新建日光温室320座"),
    ("cl09", "靖边县羊子全产业链示范园", "industrial_park", "靖边县羊子全产业链示范园新增规模养殖场12个"),
    ("cl09", "芦河流域水土保持综合治理工程", "greening_project", "芦河流域水土保持综合治理工程完成治理面积42平方公里"),
    ("cl09", "红墩界镇高标准农田建设项目", "planned_project", "实施红墩界镇高标准农田建设项目"),
    ("cl09", "靖边县羊子全产业链示范园二期", "industrial_park", "推进靖边县羊子全产业链示范园二期建设"),
    ("cl09", "宁条梁镇农产品冷链物流中心", "logistics_hub", "建成宁条梁镇农产品冷链物流中心"),
    ("cl10", "靖边经开区精细化工新材料产业园一期", "industrial_park", "靖边经开区精细化工新材料产业园一期建成投产"),
    ("cl10", "靖边县城区雨污分流改造工程", "infrastructure_project", "靖边县城区雨污分流改造工程完成主体建设"),
    ("cl10", "统万城遗址保护展示工程一期", "project", "统万城遗址保护展示工程一期完工"),
    ("cl10", "靖边经开区精细化工新材料产业园二期", "planned_project", "开工建设靖边经开区精细化工新材料产业园二期"),
    ("cl10", "煤油气盐综合利用项目", "planned_project", "推动煤油气盐综合利用项目前期工作"),
    ("cl10", "芦河城区段生态综合治理工程", "planned_project", "启动芦河城区段生态综合治理工程"),
    ("cl10", "宁条梁镇农产品冷链物流中心二期", "planned_project", "实施宁条梁镇农产品冷链物流中心二期"),
    ("cl10", "统万城遗址保护展示工程二期", "planned_project", "实施统万城遗址保护展示工程二期"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cl01", "于都县", "county", "in_org_reference", "——2024年1月8日在于都县第十八届人民代表大会第三次会议上"),
    ("cl01", "赣州市", "city", "in_org_reference", "在赣州市委、市政府和县委的坚强领导下"),
    ("cl01", "贡江新区", "area", "in_project_name", "贡江新区滨江大道延伸工程建成通车"),
    ("cl01", "梓山镇", "town", "standalone", "梓山镇、罗坳镇获评省级美丽乡镇"),
    ("cl01", "罗坳镇", "town", "standalone", "梓山镇、罗坳镇获评省级美丽乡镇"),
    ("cl01", "梅江", "river", "in_project_name", "梅江于都段水环境综合治理一期工程完工"),
    ("cl01", "银坑镇", "town", "in_project_name", "开工建设银坑镇抽水蓄能电站配套道路工程"),
    ("cl01", "岭背镇", "town", "in_project_name", "实施岭背镇高标准农田建设项目"),
    ("cl01", "贡江", "river", "standalone", "持续推进贡江岸线生态修复"),
    ("cl01", "于都", "county", "standalone", "为奋力建设长征源头现代化新于都而努力奋斗"),
    ("cl02", "于都县", "county", "in_org_reference", "1月8日上午，于都县第十八届人民代表大会第三次会议在县会议中心开幕"),
    ("cl03", "梅江", "river", "in_project_name", "梅江于都段水环境综合治理二期工程开工建设"),
    ("cl03", "岭背镇", "town", "in_project_name", "岭背镇高标准农田建设项目通过省级验收"),
    ("cl03", "梓山镇", "town", "standalone", "梓山镇要做优富硒蔬菜"),
    ("cl03", "银坑镇", "town", "standalone", "银坑镇要加快抽水蓄能电站配套道路工程建设"),
    ("cl03", "贡江", "river", "in_project_name", "推动贡江于都段航道整治工程尽快开工"),
    ("cl03", "粤港澳大湾区", "region", "standalone", "加快融入粤港澳大湾区"),
    ("cl03", "于都", "county", "standalone", "奋力开创长征源头现代化新于都建设新局面"),
    ("cl04", "于都县", "county", "in_org_reference", "12月27日，于都县委经济工作会议召开"),
    ("cl04", "粤港澳大湾区", "region", "standalone", "加快融入粤港澳大湾区"),
    ("cl04", "梅江", "river", "in_project_name", "抓好梅江于都段水环境综合治理二期工程"),
    ("cl04", "贡江", "river", "in_project_name", "贡江于都段航道整治工程等重大项目"),
    ("cl04", "贡江镇", "town", "standalone", "贡江镇、梓山镇、县农业农村局等单位作交流发言"),
    ("cl04", "梓山镇", "town", "standalone", "贡江镇、梓山镇、县农业农村局等单位作交流发言"),
    ("cl05", "赣州经开区", "development_zone", "standalone", "赣州经开区要加快新能源汽车零部件产业园三期建设"),
    ("cl05", "南康区", "district", "standalone", "南康区要推进家具智能制造产业园扩能"),
    ("cl05", "于都县", "county", "standalone", "于都县要确保纺织服装智能制造产业园二期上半年建成投产"),
    ("cl05", "信丰县", "county", "standalone", "信丰县要加快电子信息产业园二期招商"),
    ("cl05", "赣州港", "port", "in_project_name", "推动赣州港多式联运物流园二期年内开工"),
    ("cl05", "粤港澳大湾区", "region", "standalone", "持续深化与粤港澳大湾区的产业协作"),
    ("cl06", "罗坳镇", "town", "in_project_name", "罗坳镇高标准农田建设项目完成建设任务2.8万亩"),
    ("cl06", "于都县", "county", "in_project_name", "于都县富硒蔬菜产业园新增大棚1200亩"),
    ("cl06", "梓山镇", "town", "standalone", "梓山镇、车溪乡富硒蔬菜基地通过省级认定"),
    ("cl06", "车溪乡", "township", "standalone", "梓山镇、车溪乡富硒蔬菜基地通过省级认定"),
    ("cl06", "禾丰镇", "town", "in_project_name", "禾丰镇农村生活污水治理项目建成运行"),
    ("cl06", "葛坳乡", "township", "standalone", "葛坳乡完成12个村庄的整治提升"),
    ("cl06", "岭背镇", "town", "in_project_name", "配合实施岭背镇高标准农田建设项目"),
    ("cl06", "银坑镇", "town", "in_project_name", "启动银坑镇农村生活污水治理项目"),
    ("cl07", "定边县", "county", "in_org_reference", "——2024年1月11日在定边县第十八届人民代表大会第四次会议上"),
    ("cl07", "榆林市", "city", "in_org_reference", "在榆林市委、市政府和县委的坚强领导下"),
    ("cl07", "白泥井镇", "town", "in_project_name", "白泥井镇风光储一体化项目全容量并网"),
    ("cl07", "毛乌素沙地", "region", "standalone", "完成毛乌素沙地治理8.2万亩"),
    ("cl07", "安边镇", "town", "in_project_name", "加快安边镇荞麦精深加工产业园建设"),
    ("cl07", "砖井镇", "town", "in_project_name", "实施砖井镇高标准农田建设项目"),
    ("cl07", "盐场堡镇", "town", "in_project_name", "实施盐场堡镇盐碱地综合治理工程"),
    ("cl07", "定边", "county", "standalone", "为建设新时代富裕文明和谐美丽新定边而努力奋斗"),
    ("cl08", "定边县", "county", "in_project_name", "确保定边县盐化工循环经济产业园二期6月底前开工"),
    ("cl08", "安边镇", "town", "in_project_name", "安边镇荞麦精深加工产业园要在二季度具备投产条件"),
    ("cl08", "盐场堡镇", "town", "standalone", "推进盐场堡镇、砖井镇等重点镇和美乡村建设"),
    ("cl08", "砖井镇", "town", "standalone", "推进盐场堡镇、砖井镇等重点镇和美乡村建设"),
    ("cl09", "杨桥畔镇", "town", "in_project_name", "杨桥畔镇高标准农田建设项目完成建设任务3万亩"),
    ("cl09", "东坑镇", "town", "in_project_name", "东坑镇现代农业产业园新建日光温室320座"),
    ("cl09", "靖边县", "county", "in_project_name", "靖边县羊子全产业链示范园新增规模养殖场12个"),
    ("cl09", "芦河", "river", "in_project_name", "芦河流域水土保持综合治理工程完成治理面积42平方公里"),
    ("cl09", "天赐湾镇", "town", "standalone", "天赐湾镇、黄蒿界镇创建为市级和美乡村示范镇"),
    ("cl09", "黄蒿界镇", "town", "standalone", "天赐湾镇、黄蒿界镇创建为市级和美乡村示范镇"),
    ("cl09", "红墩界镇", "town", "in_project_name", "实施红墩界镇高标准农田建设项目"),
    ("cl09", "宁条梁镇", "town", "in_project_name", "建成宁条梁镇农产品冷链物流中心"),
    ("cl10", "靖边县", "county", "in_org_reference", "——2025年1月9日在靖边县第十八届人民代表大会第五次会议上"),
    ("cl10", "榆林市", "city", "in_org_reference", "在榆林市委、市政府和县委的坚强领导下"),
    ("cl10", "靖边经开区", "development_zone", "in_project_name", "靖边经开区精细化工新材料产业园一期建成投产"),
    ("cl10", "张家畔街道", "sub_district_office", "standalone", "张家畔街道12个老旧小区完成改造"),
    ("cl10", "统万城", "heritage_site", "in_project_name", "统万城遗址保护展示工程一期完工"),
    ("cl10", "芦河", "river", "in_project_name", "启动芦河城区段生态综合治理工程"),
    ("cl10", "宁条梁镇", "town", "in_project_name", "实施宁条梁镇农产品冷链物流中心二期"),
    ("cl10", "靖边", "county", "standalone", "为谱写靖边高质量发展新篇章而努力奋斗"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cl", conventions="set cl (blind set: long texts that are not event reports — 政府工作报告（摘要） of 于都县 (江西 赣州), 定边县 and 靖边县 (陕西 榆林), a 县委书记's speech in full at the 于都县委经济工作会议, 讲话摘编 of a 赣州 推进大会 and a 定边 三级干部大会, two 县农业农村局 year-end summaries — and two news pages of the meetings where those texts were given; a report's signature line and a speech's header give the speaker's holding and the session / meeting as one event; plans (meetings to be called, 调研 to be made, cadres to be sent or promoted, a 副县长 candidate) give no event and no post; a colleague named by given name only is not annotated; a summary is dated by its signature; works to be started are planned_project; one line per post per article)",
          persons_note="Set cl persons. id = corpus-wide person_id (cl:谢春华#1, 于都县政协主席 (江西), and cl:谢春华#2, 靖边县农业农村局党组书记、局长 (陕西), are two people; cl:邝明远 于都县长 2024-01 → 县委书记 2024-12; cl:钟立新 常务副县长 → 代县长; cl:温国栋 于都县委书记 2024-01 → 赣州市副市长 2025-02; cl:曾宪林 县农业农村局局长 → 副县长 candidate → 副县长; cl:白晓川 定边县委副书记 2024-02 → 靖边县长 2025-01)")


if __name__ == "__main__":
    main()
