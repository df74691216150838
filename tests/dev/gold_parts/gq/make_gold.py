"""Write gold part ``gq`` (a blind set: leaders' CVs and appointment pages — 领导简历 / 领导信息 profiles with dotted and
prose 简历, 任前公示 as prose and as a table, 人大常委会 任免名单 and session reports, and later news pages on the same
people, so that careers across posts and places are visible and dated) from the tables below.

Pages ``tests/dev/texts/gq*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 中国经济网 page of a 十堰 市长 (``据中国经济网地方党政领导人物库资料
显示…任命…为…代理市长``, a ``张维国简历`` block of dotted lines ``1998.10-2002.10 房县县委副书记、县长(1999.01当选)(其间：…)``,
an open last line ``2012.09-十堰市委副书记、市长``, ``更多地方人事报道请见``); a 吉林 official's 履历 with ``年月——年月，任…``
lines and ``——至今``; a 天津 河北区 区长's prose career (``2002年12月任河北区委常委、常务副区长。2006年7月任河北区委副书记、代区长``);
a 梅州 市长's prose ``X年X月任…`` career and a 河北 省长's dash-range list (``1984―1988年任枣强县委副书记、县长``); 浙江在线
pieces on 任前公示 (``拟任兰溪市委书记的…为现任市长``, ``公开资料显示…先后任…``) and on 28 省管干部 (``本次任命前分别任…``);
澎湃新闻 on 江苏 ``75后`` 公示 (``现任…，拟推荐提名为…区长人选``); county and district 人大常委会 session pages: 涉县
(``免除…常务副县长一职…任命…为政府副县长…颁发任命书``), 临朐 (``表决通过了人事免职和任职事项…宪法宣誓``), 清徐
(``副县长…列席会议…任命…为县人民政府副县长``), 南皮 (``决定接受…辞去县政府副县长职务；…决定任命…为南皮县人民政府副县长``),
上海 长宁 (``决定接受…辞去…区长职务的请求，报区人民代表大会备案；决定任命…为…副区长、代理区长``), 黄浦, 北京 通州 (a city
paper's ``03版`` with ``本报讯（记者…）``), 天津 滨海新区, 崇明, 珠海 金湾 (``区人大常委会主任…为…颁发任命书``), 常州 武进
and 常德 北塔 (``拟任命人选…列席会议…宪法宣誓仪式``); the chrome of a 甘州区 信息公开 page (``索引号 | … | 发文字号 |`` /
``生成日期 | …`` rows) and a 鹿邑 site (``发布时间…发布人…浏览量【我要打印】【关闭】``, 备案号 footer). Earlier parts' pages of
the genre (bv's 领导之窗 profiles, bd's 公示 and 任免名单, bw's 公示 table) were read for the shapes the corpus already has;
this part adds 简历 lines written with ``任`` and a ``（2021.09当选）`` mark, a prose 简历 with an undated ``历任`` clause on a
信息公开 page, a portal's appointment page with its 简历 block, and a city paper page holding two articles. Places are
real: 广东 汕尾 (海丰县 twice, 陆河县, the 市委组织部, the 汕尾日报, 陆丰市 in it), new to the corpus, and 甘肃 武威 (凉州区, the
市委组织部, 古浪县, the 武威日报); 古浪 and 民勤 have one page each in parts dg / en (a town page, a county page) whose
officials hold none of the posts given here, and no other page names a 武威 or 汕尾 city leader.

Shapes: a county site's 领导简历 profile (姓名 / 职务 / 工作分工, a dotted 个人简历 with plain and ``任`` lines, a 其间 line, an
open ``2021.09—`` line with ``（2021.09当选）``) (gq01); a county site's 工作动态 page of the 常务副县长's 检查 two years before
(gq02); a 县人大常委会 site's 任免名单 under ``任命：`` / ``免去：`` (one person both 任命 and 免去) and the session report as a
second article (gq03); a 市委组织部 任前公示 as prose paragraphs (现任 / 拟任 / 提名为…人选 / 拟提名为…人选) (gq04); a city
paper's 第A02版 holding two articles: the 市长's 调研 in 海丰县 (the former 县长 now 县委书记, a new 县长) and a 陆丰 推进会 (the
former 海丰 副县长 now 陆丰市委常委、常务副市长) (gq05); a district site's 信息公开 profile (索引号 / 生成日期 table rows) with a
prose 简历: an undated ``历任`` clause and dated ``X年X月任`` clauses (gq06); a 市委组织部 任前公示 TABLE with ``|`` cells
(gq07); a county site's news page of a 人大常委会 session with the 任免 in prose (接受辞去 / 任命…副县长、代理县长 / 任命 / 免去)
(gq08); a city paper's 第01版 调研 nine months later (the 代理县长 now 县长, the resigned 县长 now 副市长) (gq09); a portal's
appointment page (中国经济网 地方人事: ``决定任命…为…副市长``, ``此前…任…``, a dotted 简历 block with ``任`` lines) (gq10).

Identity cases:
- gq:翁少彬 moves across posts and counties, dated on every page: 陆河县委常委、常务副县长 in June 2020 (gq02); 海丰县委副书记、
  县长 on the March 2022 profile, whose dotted 简历 gives his 陆河 town and county posts 2007–2021 and 代县长 2021.06 (gq01);
  现任 海丰县委副书记、县长 on the August 2023 公示 (gq04, 拟任 海丰县委书记: no line); 海丰县委书记 in the 汕尾日报 of May 2024
  (gq05); appointed 汕尾市人民政府副市长 on 2024-12-31, his 简历 dating 海丰县长 2021.09—2023.08 and 县委书记 2023.08—2024.12
  (gq10).
- gq:黄泽铭: appointed 海丰县人民政府副县长 by the 海丰 人大常委会 in June 2022 (gq03); 现任 on the 2023 公示 (gq04, 拟任 陆丰市委
  常委: no line); 陆丰市委常委、常务副市长 in May 2024 (gq05).
- gq:葛明轩 moves between a district and a county: 凉州区副区长 on the May 2021 profile, whose prose 简历 dates his 古浪 posts
  (大靖镇 2012 / 2016, 县发展和改革局 2019) (gq06); 现任 凉州区委常委、常务副区长 on the June 2023 公示 table (gq07, 拟任 古浪
  县委副书记 and 县长人选: no line); appointed 古浪县人民政府副县长、代理县长 in July 2023 (gq08); 古浪县委副书记、县长 in April
  2024 (gq09).
- gq:朱广胜: 现任 古浪县委副书记、县长 on the 2023 公示 (gq07, 提名为 副市长人选: no line); his resignation as 县长 accepted in
  July 2023 (gq08: named, no line); 武威市副市长 in April 2024 (gq09).
- gq:刘展鹏: 陆河县水唇镇党委书记 in 2020 (gq02) and, 现任, on the 2023 公示 (gq04, 拟提名为 副县长人选: no line).
- two different 余振涛 in unrelated places: gq:余振涛#1 is 海丰县梅陇镇党委书记 (广东, gq05); gq:余振涛#2 is appointed 古浪县财政局
  局长 (甘肃, gq08) and is the same 局长 in 2024 (gq09).
- one organ name in several places: bare ``县人大常委会`` is 海丰's (gq03) and 古浪's (gq08); ``市委组织部`` is 汕尾's (gq04) and
  武威's (gq07); bare ``县财政局`` (and the written ``X县财政局局长``) is 海丰's (gq03) and 古浪's (gq08, gq09); bare ``县委副书记、
  县长`` is 海丰's (gq01, gq05) and 古浪's (gq09); bare ``市委副书记、市长`` in the 汕尾日报 is 汕尾's, ``市委书记`` in the 武威日报
  武威's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts bv, bd, bw where they speak; decided here where they are silent):
- 简历 lines (bv): a dotted line is a dated past post, date_text its range as written, date_inferred its start; a combined
  line gives one line per title (``党委委员、副镇长`` → X镇党委 委员 + X镇政府 副镇长); ``干部`` lines and ``（其间：…学习）`` give
  nothing; town posts take their county's label (陆河县水唇镇党委); ``陆河县人民政府副县长`` → 陆河县政府 副县长.
  DECIDED HERE: a line written with ``任`` (``2018.09—2019.03　任陆河县人民政府副县长``) reads as one without it; the mark
  ``（2021.09当选）`` after an open line changes nothing (the line is dated by its range, 2021.09—).
- A profile's 职务 line is a holding at the page's date unless a 简历 line names the same post: then ONE line, dated by
  the first 简历 line naming it (bv) — 翁少彬's 海丰县委 副书记 (2021.06—2021.09, the 代县长 line) and 县长 (2021.09—),
  葛明轩's 凉州区政府 副区长 (2020年12月).
- Prose 简历 (gq06): ``2012年10月任…`` clauses are holdings dated by their month (parts n, ac, bw; date_text ``2012年10月``);
  the undated ``历任古浪县土门镇党政办干部、副镇长`` gives no line (bw: undated 曾任 / 历任 lists give none), its places count.
  ``古浪县发展和改革局局长、党组书记`` → 古浪县发展和改革局 局长 + 古浪县发展和改革局党组 书记 (党组 with 书记).
- 任前公示 (gq04 prose, gq07 table): 现任 is a holding at the 落款 date; 拟任, ``提名为…人选`` and ``拟提名为…人选`` are not
  (bd, bw); a table row's evidence runs from its 序号 to the 现任 cell (bd); 出生年月 dates no post.
- 任免 (gq03, gq08): 任命 / 决定任命 gives a holding at the session date; 免去 and ``决定接受…辞去…职务的请求`` give none
  (bd, bw): 詹国鑫, 彭立业 and 朱广胜 (gq08) are named without a line; 郭佩珊's 审计局局长 (免去) none, her 财政局局长 (任命)
  a line. ``代理县长`` is a title as written (bd, part n): ``副县长、代理县长`` → 古浪县政府 副县长 + 古浪县政府 代理县长; ``代县长``
  in a 简历 likewise (海丰县政府 代县长).
- DECIDED HERE (gq10): a 任命 sentence and an open 简历 line naming the same post (汕尾市政府 副市长) give one line, with the
  任命 sentence as evidence and its session date (2024年12月31日), because it states the day; ``此前，翁少彬任海丰县委书记``
  (undated, like 原X) adds nothing to the 简历 line 2023.08—2024.12 that dates the same post.
- ``市委常委、秘书长`` in the 武威日报 → 武威市委 常委 + 武威市委 秘书长 (as bs's 地委委员、秘书长); ``县委常委、组织部部长`` →
  X县委 常委 + X县委组织部 部长; ``武威市发展和改革委员会副主任`` kept as written after the city (bw).
- Bare organs take the page's place: 县委 / 县人大常委会 / 县X局 / 镇党委书记 on a county site = that county's (``在梅陇镇，镇党委
  书记`` in the 海丰 article = 海丰县梅陇镇党委); ``区政府副区长`` on the 凉州区 site = 凉州区政府; in the city papers bare
  ``市委`` / ``市政府`` / ``副市长`` = the paper's city, the bare ``县委副书记、县长`` right after ``X县委书记`` = that county's; in
  the 陆丰 article every title is written with 陆丰市.
- Events: none on profile and 公示 pages (bv, bd). The 人大常委会 sessions (gq03 art. 2, gq08) are ``session (人大常委会会议)``
  (bd): chair 主持, attendees 出席 / named 列席 / the new appointees who take the oath, speakers 作报告 / 作了说明 / 表态发言 /
  强调 / 指出; the 宪法宣誓 and 任命书 are part of the session. DECIDED HERE: the portal's ``汕尾市人大常委会举行会议`` (gq10)
  is a session with no named participant. 调研 / 检查 are inspections (leader; 参加 / 陪同 attendees; 汇报 / 介绍 / 指出 /
  要求 / 强调 / 表示 / 作了安排 speakers); the 陆丰 推进会 a meeting (主持 chair; ``出席会议并讲话`` attendee and speaker).
- Bylines: ``本报讯（记者 …）`` reporter lines; ``（X融媒体中心　某某）`` / ``（县人大常委会办公室　某某）`` author lines;
  责任编辑 editor lines (in gq05 the one 责任编辑 line closes the page and lies in article 2).
- Projects: works named as under way, reported on or to be pushed: a 产业园 (also an agricultural 现代农业产业园) and a
  park named on its own as a 重点项目 ``industrial_park``; 基础设施一期工程, 污水处理厂二期, 渔港升级改造, a 风电运维基地二期
  ``infrastructure_project``; 堤防加固, 水库除险加固 and 河道综合治理 works ``engineering_work``; 两岸综合整治 and 生态修复
  ``greening_project``; a 农业示范区 ``project``. The work named in a report title (``黄江流域水环境综合整治工作``) and
  the unnamed ``基础设施一期工程`` of gq05 are not annotated.
- Places: one line per name per file as written; birthplaces (广东陆河人, 甘肃民勤人, table 籍贯 cells); places inside
  titles (also 拟任 and 简历 titles and the undated 历任 clause), organ references, project names, report and 公示
  titles count, and a place in a project's section name (``螺河河田段`` → 河田, ``石羊河凉州段`` → 凉州, as bs's 加格达奇).
  DECIDED HERE: the portal's dateline (``中国经济网汕尾1月3日讯``) gives 汕尾 (context ``dateline``). Site lines,
  mastheads, navigation, 来源 lines, 受理 / 来信地址 lines, footers, credits, related-article lists and 上一篇 / 下一篇 are
  not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gq01_haifeng.txt": (2022, "发布日期：2022-03-18 10:26", "海丰县", [
        ("领导简历", "2022-03-18", "2022-03-18", "姓　　名：翁少彬",
         "county site's 领导简历 profile of the 海丰 县长: 职务, 工作分工, dotted 简历 (陆河 town and county posts, ``任`` lines, 代县长, open 县长 line with 当选 mark)")]),
    "gq02_luhe.txt": (2020, "发布时间：2020-06-10 17:35:12", "陆河县", [
        ("翁少彬带队检查防汛备汛和地质灾害防治工作", "6月9日", "2020-06-09", "6月9日，县委常委",
         "county site 工作动态: the 常务副县长's 检查 of two towns with two 局长 and the town secretaries")]),
    "gq03_haifeng.txt": (2022, "发布时间：2022-06-30 11:20", "海丰县", [
        ("海丰县人民代表大会常务委员会任免名单", "2022年6月29日", "2022-06-29", "（2022年6月29日海丰县",
         "县人大常委会 任免名单 under 任命： / 免去： (副县长, 财政局局长, 发展和改革局局长; the former 局长 免去; one person both)"),
        ("县十七届人大常委会召开第七次会议", "6月29日上午", "2022-06-29", "6月29日上午，县十七届",
         "the session report: 主任 chairs, 副主任 attend, a 副县长 列席 and reports, 宪法宣誓, 表态发言")]),
    "gq04_shanwei.txt": (2023, "发布时间：2023-08-21 17:50", "汕尾市", [
        ("汕尾市管领导干部任前公示", "2023年8月21日", "2023-08-21", "根据《党政领导干部选拔任用工作条例》",
         "市委组织部 任前公示 as prose: 现任 海丰县长 / 海丰副县长 / 水唇镇党委书记; 拟任 县委书记, 陆丰市委常委, 副县长人选")]),
    "gq05_shanwei.txt": (2024, "2024年5月16日　星期四", "汕尾市", [
        ("卓建业在海丰县调研时强调", "5月15日", "2024-05-15", "本报讯（记者 许晓彤）5月15日",
         "city paper A02: the 市长's 调研 in 海丰县; 翁少彬 now 县委书记, a new 县长; 梅陇镇 secretary (余振涛#1)"),
        ("陆丰召开重点项目建设推进会", "5月15日", "2024-05-15", "本报讯（记者 周梦洁）5月15日",
         "the same page: 陆丰 推进会 (市委书记 讲话, 市长 主持); 黄泽铭 now 陆丰市委常委、常务副市长")]),
    "gq06_liangzhou.txt": (2021, "生成日期 | 2021-05-11", "凉州区", [
        ("葛明轩", "2021-05-11", "2021-05-11", "姓名：葛明轩",
         "district site 信息公开 profile (索引号 / 生成日期 rows) of a 副区长: prose 简历 (undated 历任, dated X年X月任 in 古浪), 工作分工")]),
    "gq07_wuwei.txt": (2023, "发布时间：2023-06-26 18:10", "武威市", [
        ("武威市委管理干部任前公示", "2023年6月26日", "2023-06-26", "根据《党政领导干部选拔任用工作条例》有关规定",
         "市委组织部 任前公示 TABLE with | cells: 现任 古浪县长 / 凉州常务副区长 / 市发改委副主任; 拟任 and 提名 cells")]),
    "gq08_gulang.txt": (2023, "发布时间：2023-07-14 09:40", "古浪县", [
        ("县十八届人大常委会举行第十二次会议", "7月13日上午", "2023-07-13", "7月13日上午，县十八届",
         "county site news of the 人大常委会 session: 县长 resigns, 副县长、代理县长 and 财政局局长 (余振涛#2) 任命, the former 局长 免去")]),
    "gq09_wuwei.txt": (2024, "2024年4月19日　星期五", "武威市", [
        ("韩东升在古浪县调研时强调", "4月18日", "2024-04-18", "本报讯（记者 邓文博）4月18日",
         "city paper 第01版: the 市委书记's 调研 in 古浪县; 葛明轩 now 县长, 朱广胜 now 副市长, 余振涛#2 reports")]),
    "gq10_shanwei.txt": (2025, "2025年01月03日 10:12", "汕尾市", [
        ("翁少彬任汕尾市人民政府副市长（图|简历）", "2024年12月31日", "2024-12-31", "中国经济网汕尾1月3日讯",
         "portal 地方人事 page: 市人大常委会 任命 副市长; 此前 县委书记; dotted 简历 block with 任 lines (陆河 → 海丰 → 汕尾)")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# 简历 evidence: from the person's name to the dated line or clause
_W01a = _span("gq01", "翁少彬，男", "陆河县河田镇党委委员、副镇长")
_W01b = _span("gq01", "翁少彬，男", "陆河县水唇镇党委副书记、镇长")
_W01c = _span("gq01", "翁少彬，男", "陆河县水唇镇党委书记")
_W01d = _span("gq01", "翁少彬，男", "任陆河县人民政府副县长")
_W01e = _span("gq01", "翁少彬，男", "任陆河县委常委、常务副县长")
_W01f = _span("gq01", "翁少彬，男", "任海丰县委副书记、代县长")
_W01g = _span("gq01", "翁少彬，男", "海丰县委副书记、县长（2021.09当选）")
_W10a = _span("gq10", "翁少彬，男", "任陆河县水唇镇党委书记")
_W10b = _span("gq10", "翁少彬，男", "任陆河县人民政府副县长")
_W10c = _span("gq10", "翁少彬，男", "任陆河县委常委、常务副县长")
_W10d = _span("gq10", "翁少彬，男", "任海丰县委副书记、代县长")
_W10e = _span("gq10", "翁少彬，男", "任海丰县委副书记、县长")
_W10f = _span("gq10", "翁少彬，男", "任海丰县委书记")
_G06a = _span("gq06", "葛明轩，男", "古浪县大靖镇党委副书记、镇长")
_G06b = _span("gq06", "葛明轩，男", "古浪县大靖镇党委书记")
_G06c = _span("gq06", "葛明轩，男", "古浪县发展和改革局局长、党组书记")
_G06d = _span("gq06", "葛明轩，男", "凉州区人民政府副区长")
# 公示 evidence
_S04W = "翁少彬，男，汉族，1980年9月生，广东陆河人，在职研究生学历，中共党员，现任海丰县委副书记、县长"
_S04H = "黄泽铭，男，汉族，1982年5月生，广东陆丰人，大学学历，中共党员，现任海丰县人民政府副县长"
_S04L = "刘展鹏，男，汉族，1983年11月生，广东陆河人，大学学历，中共党员，现任陆河县水唇镇党委书记"
_T07Z = "1 | 朱广胜 | 男 | 1975.08 | 甘肃永昌 | 在职研究生 | 古浪县委副书记、县长"
_T07G = "2 | 葛明轩 | 男 | 1981.04 | 甘肃民勤 | 大学 | 凉州区委常委、常务副区长"
_T07N = "3 | 牛晓芸 | 女 | 1984.02 | 甘肃天祝 | 硕士研究生 | 武威市发展和改革委员会副主任"

HF, LH, LF, SW = "海丰县", "陆河县", "陆丰市", "汕尾市"
LZ, GL, WW = "凉州区", "古浪县", "武威市"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 汕尾 (广东): 陆河, 海丰, 陆丰
    "gq:翁少彬": ("翁少彬", "official", SW, [
        ("gq02", f"{LH}委", "常委", "县委常委、常务副县长翁少彬带队到河田镇", "2020-06: bare 县委 on the 陆河 site (identity case: 海丰县长 2021, 县委书记 2023, 汕尾副市长 2024); named in the headline too"),
        ("gq02", f"{LH}政府", "常务副县长", "县委常委、常务副县长翁少彬带队到河田镇", None),
        ("gq01", f"{LH}河田镇党委", "委员", _W01a, "dotted 简历 line (the 2003 ``政府干部`` line gives no title)", "2007.09—2011.12"),
        ("gq01", f"{LH}河田镇政府", "副镇长", _W01a, "dotted 简历 line", "2007.09—2011.12"),
        ("gq01", f"{LH}水唇镇党委", "副书记", _W01b, "dotted 简历 line", "2011.12—2015.06"),
        ("gq01", f"{LH}水唇镇政府", "镇长", _W01b, "dotted 简历 line", "2011.12—2015.06"),
        ("gq01", f"{LH}水唇镇党委", "书记", _W01c, "dotted 简历 line (the post 刘展鹏 holds in 2020 and 2023)", "2015.06—2018.09"),
        ("gq01", f"{LH}政府", "副县长", _W01d, "DECIDED HERE: a line with 任 reads as one without; 陆河县人民政府 → 陆河县政府", "2018.09—2019.03"),
        ("gq01", f"{LH}委", "常委", _W01e, "dotted 简历 line; the post of gq02 (the 其间 study line gives nothing)", "2019.03—2021.06"),
        ("gq01", f"{LH}政府", "常务副县长", _W01e, "dotted 简历 line", "2019.03—2021.06"),
        ("gq01", f"{HF}委", "副书记", _W01f, "dotted 简历 line; also the 职务 line and the 2021.09 line: one line, dated by its first 简历 line", "2021.06—2021.09"),
        ("gq01", f"{HF}政府", "代县长", _W01f, "代县长 as written", "2021.06—2021.09"),
        ("gq01", f"{HF}政府", "县长", _W01g, "open 简历 line (``（2021.09当选）`` changes nothing); also the 职务 line (page 2022-03-18): one line", "2021.09—"),
        ("gq04", f"{HF}委", "副书记", _S04W, "现任 on the 公示 (2023-08-21); 拟任 海丰县委书记 is no holding"),
        ("gq04", f"{HF}政府", "县长", _S04W, "现任"),
        ("gq05", f"{HF}委", "书记", "海丰县委书记翁少彬", "2024-05: now 县委书记 (the 拟任 of gq04)"),
        ("gq10", f"{SW}政府", "副市长", "决定任命翁少彬为汕尾市人民政府副市长", "DECIDED HERE: 任命 sentence and the open 简历 line 2024.12— give one line, dated by the session (2024-12-31); named in the headline too"),
        ("gq10", f"{LH}水唇镇党委", "书记", _W10a, "dotted 简历 line with 任", "2015.06—2018.09"),
        ("gq10", f"{LH}政府", "副县长", _W10b, "dotted 简历 line", "2018.09—2019.03"),
        ("gq10", f"{LH}委", "常委", _W10c, "dotted 简历 line", "2019.03—2021.06"),
        ("gq10", f"{LH}政府", "常务副县长", _W10c, "dotted 简历 line", "2019.03—2021.06"),
        ("gq10", f"{HF}委", "副书记", _W10d, "dotted 简历 line; the 2021.09 line names it again: one line", "2021.06—2021.09"),
        ("gq10", f"{HF}政府", "代县长", _W10d, "dotted 简历 line", "2021.06—2021.09"),
        ("gq10", f"{HF}政府", "县长", _W10e, "dotted 简历 line, now closed (2023.08)", "2021.09—2023.08"),
        ("gq10", f"{HF}委", "书记", _W10f, "dotted 简历 line; ``此前，翁少彬任海丰县委书记`` (undated) adds nothing", "2023.08—2024.12")], []),
    "gq:张伟钦": ("张伟钦", "official", LH, [
        ("gq02", f"{LH}水利局", "局长", "县水利局局长张伟钦", None)], []),
    "gq:蓝秀华": ("蓝秀华", "official", LH, [
        ("gq02", f"{LH}应急管理局", "局长", "县应急管理局局长蓝秀华", None)], []),
    "gq:彭俊豪": ("彭俊豪", "official", LH, [
        ("gq02", f"{LH}河田镇党委", "书记", "在河田镇，镇党委书记彭俊豪", "bare 镇 after ``在河田镇``")], []),
    "gq:刘展鹏": ("刘展鹏", "official", LH, [
        ("gq02", f"{LH}水唇镇党委", "书记", "在水唇镇，镇党委书记刘展鹏", "2020"),
        ("gq04", f"{LH}水唇镇党委", "书记", _S04L, "2023: 现任 (拟提名为 副县长人选 is no holding)")], []),
    "gq:黄泽铭": ("黄泽铭", "official", HF, [
        ("gq03", f"{HF}政府", "副县长", "黄泽铭为海丰县人民政府副县长", "任命 (2022-06-29) (identity case: 陆丰市委常委、常务副市长 in 2024, gq05)"),
        ("gq04", f"{HF}政府", "副县长", _S04H, "现任 (2023); 拟任 陆丰市委常委 and 提名 副市长人选 are no holdings"),
        ("gq05", f"{LF}委", "常委", "陆丰市委常委、常务副市长黄泽铭", "2024-05, article 2"),
        ("gq05", f"{LF}政府", "常务副市长", "陆丰市委常委、常务副市长黄泽铭", None)], []),
    "gq:郭佩珊": ("郭佩珊", "official", HF, [
        ("gq03", f"{HF}财政局", "局长", "郭佩珊为海丰县财政局局长", "任命; her 审计局局长 is 免去 in the same list (no line)")], []),
    "gq:姚俊宏": ("姚俊宏", "official", HF, [
        ("gq03", f"{HF}发展和改革局", "局长", "姚俊宏为海丰县发展和改革局局长", "任命")], []),
    "gq:詹国鑫": ("詹国鑫", "official", HF, [], ["gq03"]),
    "gq:方德林": ("方德林", "official", HF, [
        ("gq03", f"{HF}人大常委会", "主任", "县人大常委会主任方德林主持会议", "article 2; bare 县人大常委会 = 海丰's here, 古浪's in gq08")], []),
    "gq:许丽娜": ("许丽娜", "official", HF, [
        ("gq03", f"{HF}人大常委会", "副主任", "副主任许丽娜、吴炳坤出席会议", "list after one title")], []),
    "gq:吴炳坤": ("吴炳坤", "official", HF, [
        ("gq03", f"{HF}人大常委会", "副主任", "副主任许丽娜、吴炳坤出席会议", None)], []),
    "gq:林晓岚": ("林晓岚", "official", HF, [
        ("gq03", f"{HF}政府", "副县长", "副县长林晓岚，县监察委员会", None)], []),
    "gq:卓建业": ("卓建业", "official", SW, [
        ("gq05", f"{SW}委", "副书记", "市委副书记、市长卓建业到海丰县调研", "bare 市委 in the 汕尾日报; named in the headline too"),
        ("gq05", f"{SW}政府", "市长", "市委副书记、市长卓建业到海丰县调研", None)], []),
    "gq:谢宇航": ("谢宇航", "official", SW, [
        ("gq05", f"{SW}政府", "秘书长", "市政府秘书长谢宇航参加调研", None)], []),
    "gq:郑楚鸿": ("郑楚鸿", "official", HF, [
        ("gq05", f"{HF}委", "副书记", "县委副书记、县长郑楚鸿陪同调研", "bare 县委 right after 海丰县委书记; the posts 翁少彬 held until 2023"),
        ("gq05", f"{HF}政府", "县长", "县委副书记、县长郑楚鸿陪同调研", None)], []),
    "gq:余振涛#1": ("余振涛", "official", HF, [
        ("gq05", f"{HF}梅陇镇党委", "书记", "在梅陇镇，镇党委书记余振涛", "海丰 (广东); not the 余振涛 of 古浪 (gq08, gq09)")], []),
    "gq:马浩川": ("马浩川", "official", LF, [
        ("gq05", f"{LF}委", "书记", "陆丰市委书记马浩川出席会议并讲话", "article 2")], []),
    "gq:曾泽宇": ("曾泽宇", "official", LF, [
        ("gq05", f"{LF}委", "副书记", "陆丰市委副书记、市长曾泽宇主持会议", None),
        ("gq05", f"{LF}政府", "市长", "陆丰市委副书记、市长曾泽宇主持会议", None)], []),
    # ---- 武威 (甘肃): 凉州, 古浪
    "gq:葛明轩": ("葛明轩", "official", WW, [
        ("gq06", f"{GL}大靖镇党委", "副书记", _G06a, "prose 简历 clause dated by its month; the undated 历任 clause (土门镇 干部、副镇长) gives none", "2012年10月"),
        ("gq06", f"{GL}大靖镇政府", "镇长", _G06a, "prose 简历 clause", "2012年10月"),
        ("gq06", f"{GL}大靖镇党委", "书记", _G06b, "prose 简历 clause", "2016年2月"),
        ("gq06", f"{GL}发展和改革局", "局长", _G06c, "prose 简历 clause", "2019年3月"),
        ("gq06", f"{GL}发展和改革局党组", "书记", _G06c, "党组 with 书记", "2019年3月"),
        ("gq06", f"{LZ}政府", "副区长", _G06d, "prose 简历 clause; also the 职务 line ``区政府副区长`` (page 2021-05-11): one line, dated by the clause (identity case)", "2020年12月"),
        ("gq07", f"{LZ}委", "常委", _T07G, "现任 on the 2023-06-26 公示 table; 拟任 古浪县委副书记 and 提名 县长人选 are no holdings"),
        ("gq07", f"{LZ}政府", "常务副区长", _T07G, "现任"),
        ("gq08", f"{GL}政府", "副县长", "决定任命葛明轩为古浪县人民政府副县长、代理县长", "任命 (2023-07-13)"),
        ("gq08", f"{GL}政府", "代理县长", "决定任命葛明轩为古浪县人民政府副县长、代理县长", "代理县长 as written"),
        ("gq09", f"{GL}委", "副书记", "县委副书记、县长葛明轩陪同调研", "2024-04: bare 县委 right after 古浪县委书记"),
        ("gq09", f"{GL}政府", "县长", "县委副书记、县长葛明轩陪同调研", "2024-04: now 县长")], []),
    "gq:朱广胜": ("朱广胜", "official", WW, [
        ("gq07", f"{GL}委", "副书记", _T07Z, "现任 (2023); 提名为 副市长人选 is no holding"),
        ("gq07", f"{GL}政府", "县长", _T07Z, "现任"),
        ("gq09", f"{WW}政府", "副市长", "副市长朱广胜参加调研", "2024-04: now 副市长 (his resignation as 县长 accepted in gq08: no line)")], ["gq08"]),
    "gq:牛晓芸": ("牛晓芸", "official", WW, [
        ("gq07", f"{WW}发展和改革委员会", "副主任", _T07N, "现任; kept as written after the city")], []),
    "gq:孟繁志": ("孟繁志", "official", GL, [
        ("gq08", f"{GL}人大常委会", "主任", "县人大常委会主任孟繁志主持会议", "bare 县人大常委会 on the 古浪 site")], []),
    "gq:苗春雷": ("苗春雷", "official", GL, [
        ("gq08", f"{GL}人大常委会", "副主任", "副主任苗春雷、殷红梅出席会议", "list after one title")], []),
    "gq:殷红梅": ("殷红梅", "official", GL, [
        ("gq08", f"{GL}人大常委会", "副主任", "副主任苗春雷、殷红梅出席会议", None)], []),
    "gq:汤立峰": ("汤立峰", "official", GL, [
        ("gq08", f"{GL}委", "常委", "县委常委、组织部部长汤立峰", None),
        ("gq08", f"{GL}委组织部", "部长", "县委常委、组织部部长汤立峰", None)], []),
    "gq:余振涛#2": ("余振涛", "official", GL, [
        ("gq08", f"{GL}财政局", "局长", "任命余振涛为古浪县财政局局长", "古浪 (甘肃), 任命 2023; not the 余振涛 of 海丰 (gq05)"),
        ("gq09", f"{GL}财政局", "局长", "县财政局局长余振涛介绍了", "2024: the same 古浪 局长 (bare 县 in the 古浪 article)")], []),
    "gq:彭立业": ("彭立业", "official", GL, [], ["gq08"]),
    "gq:韩东升": ("韩东升", "official", WW, [
        ("gq09", f"{WW}委", "书记", "市委书记韩东升到古浪县调研", "bare 市委 in the 武威日报; named in the headline too")], []),
    "gq:鲍文杰": ("鲍文杰", "official", WW, [
        ("gq09", f"{WW}委", "常委", "市委常委、秘书长鲍文杰", None),
        ("gq09", f"{WW}委", "秘书长", "市委常委、秘书长鲍文杰", "秘书长 after 市委常委 = the 市委's (as bs's 地委委员、秘书长)")], []),
    "gq:崔国梁": ("崔国梁", "official", GL, [
        ("gq09", f"{GL}委", "书记", "古浪县委书记崔国梁", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gq02", "李嘉欣", "供稿", "author", "（陆河县融媒体中心　李嘉欣）"),
    ("gq02", "杨慧敏", "责任编辑", "editor", "责任编辑：杨慧敏"),
    ("gq03", "方雨萱", "供稿", "author", "（县人大常委会办公室　方雨萱）"),
    ("gq03", "孙雅婷", "责任编辑", "editor", "责任编辑：孙雅婷"),
    ("gq05", "许晓彤", "记者", "reporter", "本报讯（记者 许晓彤）"),
    ("gq05", "周梦洁", "记者", "reporter", "本报讯（记者 周梦洁）"),
    ("gq05", "黄少玲", "责任编辑", "editor", "责任编辑：黄少玲"),
    ("gq08", "程晓雪", "供稿", "author", "（古浪县融媒体中心　程晓雪）"),
    ("gq08", "魏婷婷", "责任编辑", "editor", "责任编辑：魏婷婷"),
    ("gq09", "邓文博", "记者", "reporter", "本报讯（记者 邓文博）"),
    ("gq09", "谢嘉怡", "责任编辑", "editor", "责任编辑：谢嘉怡"),
    ("gq10", "蔡佳琪", "责任编辑", "editor", "（责任编辑：蔡佳琪）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gq02", "防汛备汛和地质灾害防治工作检查", "inspection (检查)", "6月9日", None, "翁少彬", [],
     ["张伟钦", "蓝秀华"], ["彭俊豪", "刘展鹏", "张伟钦", "翁少彬", "蓝秀华"], "河田镇、水唇镇",
     "县委常委、常务副县长翁少彬带队到河田镇、水唇镇检查防汛备汛和地质灾害防治工作",
     ["常务副县长翁少彬带队到河田镇", "县水利局局长张伟钦、县应急管理局局长蓝秀华参加检查", "镇党委书记彭俊豪汇报了",
      "镇党委书记刘展鹏介绍了", "张伟钦介绍了", "翁少彬指出", "蓝秀华就做好汛期24小时值班值守"]),
    ("gq03", "县十七届人大常委会第七次会议", "session (人大常委会会议)", "6月29日上午", "方德林", None, [],
     ["许丽娜", "吴炳坤", "林晓岚", "黄泽铭", "郭佩珊", "姚俊宏"], ["林晓岚", "黄泽铭", "方德林"], None,
     "6月29日上午，县十七届人大常委会召开第七次会议",
     ["县人大常委会主任方德林主持会议", "副主任许丽娜、吴炳坤出席会议", "副县长林晓岚，县监察委员会",
      "林晓岚受县人民政府委托作了报告", "黄泽铭、郭佩珊、姚俊宏进行了宪法宣誓", "黄泽铭代表新任命人员作表态发言", "方德林强调"]),
    ("gq05", "海丰县临港产业发展和重点项目建设调研", "inspection (调研)", "5月15日", None, "卓建业", [],
     ["谢宇航", "翁少彬", "郑楚鸿"], ["翁少彬", "余振涛", "卓建业", "谢宇航", "郑楚鸿"], "海丰县",
     "市委副书记、市长卓建业到海丰县调研临港产业发展和重点项目建设",
     ["市长卓建业到海丰县调研", "市政府秘书长谢宇航参加调研", "县长郑楚鸿陪同调研", "翁少彬介绍了", "镇党委书记余振涛汇报了",
      "卓建业指出", "谢宇航就项目用地用海报批", "郑楚鸿表示"]),
    ("gq05", "陆丰市重点项目建设推进会", "meeting (推进会)", "5月15日", "曾泽宇", None, ["陆丰市"],
     ["马浩川"], ["马浩川", "黄泽铭", "曾泽宇"], None,
     "5月15日，陆丰市召开重点项目建设推进会",
     ["陆丰市委书记马浩川出席会议并讲话", "市长曾泽宇主持会议", "常务副市长黄泽铭通报了", "马浩川强调", "曾泽宇要求"]),
    ("gq08", "县十八届人大常委会第十二次会议", "session (人大常委会会议)", "7月13日上午", "孟繁志", None, [],
     ["苗春雷", "殷红梅", "汤立峰", "葛明轩", "余振涛"], ["汤立峰", "葛明轩", "余振涛", "孟繁志"], None,
     "7月13日上午，县十八届人大常委会举行第十二次会议",
     ["县人大常委会主任孟繁志主持会议", "副主任苗春雷、殷红梅出席会议", "组织部部长汤立峰，县监委",
      "汤立峰受县委委托，就葛明轩同志的有关情况作了说明", "葛明轩、余振涛进行了宪法宣誓", "葛明轩作表态发言",
      "余振涛受县人民政府委托作了报告", "孟繁志指出"]),
    ("gq09", "古浪县新能源装备制造产业发展和重点项目建设调研", "inspection (调研)", "4月18日", None, "韩东升", [],
     ["鲍文杰", "朱广胜", "崔国梁", "葛明轩"], ["葛明轩", "余振涛", "韩东升", "朱广胜", "崔国梁"], "古浪县",
     "市委书记韩东升到古浪县调研新能源装备制造产业发展和重点项目建设",
     ["市委书记韩东升到古浪县调研", "市委常委、秘书长鲍文杰，副市长朱广胜参加调研", "县长葛明轩陪同调研", "葛明轩汇报了",
      "县财政局局长余振涛介绍了", "韩东升指出", "朱广胜就做好项目用地", "崔国梁表示"]),
    ("gq10", "汕尾市人大常委会会议", "session (人大常委会会议)", "2024年12月31日", None, None, ["汕尾市人大常委会"],
     [], [], None,
     "2024年12月31日，汕尾市人大常委会举行会议，会议表决通过有关人事任免事项",
     []),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gq01", "海丰临港产业园基础设施一期工程", "infrastructure_project", "牵头推进海丰临港产业园基础设施一期工程"),
    ("gq01", "黄江两岸综合整治工程", "greening_project", "黄江两岸综合整治工程。"),
    ("gq02", "螺河河田段堤防加固工程", "engineering_work", "先后来到螺河河田段堤防加固工程"),
    ("gq02", "水唇镇小型水库群除险加固工程", "engineering_work", "水唇镇小型水库群除险加固工程施工现场"),
    ("gq03", "海丰临港产业园基础设施一期工程", "infrastructure_project", "关于海丰临港产业园基础设施一期工程建设情况的报告"),
    ("gq03", "海丰临港产业园", "industrial_park", "全力推动海丰临港产业园等重点项目建设"),
    ("gq05", "海丰临港产业园", "industrial_park", "先后来到海丰临港产业园"),
    ("gq05", "黄江两岸综合整治工程", "greening_project", "黄江两岸综合整治工程和梅陇镇丝苗米现代农业产业园"),
    ("gq05", "梅陇镇丝苗米现代农业产业园", "industrial_park", "黄江两岸综合整治工程和梅陇镇丝苗米现代农业产业园"),
    ("gq05", "甲子镇渔港升级改造工程", "infrastructure_project", "甲子镇渔港升级改造工程完成年度投资的42%"),
    ("gq05", "陆丰海上风电运维基地二期", "infrastructure_project", "陆丰海上风电运维基地二期进入设备安装阶段"),
    ("gq06", "凉州区城南污水处理厂二期工程", "infrastructure_project", "协调推进凉州区城南污水处理厂二期工程"),
    ("gq06", "石羊河凉州段生态修复工程", "greening_project", "石羊河凉州段生态修复工程"),
    ("gq08", "古浪县新能源装备制造产业园", "industrial_park", "全力推进古浪县新能源装备制造产业园"),
    ("gq08", "古浪河城区段综合治理工程", "engineering_work", "古浪河城区段综合治理工程等重点项目建设"),
    ("gq09", "古浪县新能源装备制造产业园", "industrial_park", "先后来到古浪县新能源装备制造产业园"),
    ("gq09", "古浪河城区段综合治理工程", "engineering_work", "古浪河城区段综合治理工程和土门镇戈壁农业示范区"),
    ("gq09", "土门镇戈壁农业示范区", "project", "古浪河城区段综合治理工程和土门镇戈壁农业示范区"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gq01", "海丰", "county", "in_project_name", "牵头推进海丰临港产业园基础设施一期工程"),
    ("gq01", "黄江", "river", "in_project_name", "黄江两岸综合整治工程。"),
    ("gq01", "广东", "province", "standalone", "广东陆河人"),
    ("gq01", "陆河", "county", "standalone", "广东陆河人"),
    ("gq01", "陆河县", "county", "in_title", "陆河县河田镇政府干部"),
    ("gq01", "河田镇", "town", "in_title", "陆河县河田镇党委委员、副镇长"),
    ("gq01", "水唇镇", "town", "in_title", "陆河县水唇镇党委书记"),
    ("gq01", "广东省", "province", "in_org_reference", "在广东省委党校中青年干部培训班学习"),
    ("gq01", "海丰县", "county", "in_title", "任海丰县委副书记、代县长"),
    ("gq02", "河田镇", "town", "standalone", "带队到河田镇、水唇镇检查"),
    ("gq02", "水唇镇", "town", "standalone", "带队到河田镇、水唇镇检查"),
    ("gq02", "螺河", "river", "standalone", "螺河沿岸低洼易涝片区"),
    ("gq02", "河田", "town", "in_project_name", "先后来到螺河河田段堤防加固工程"),
    ("gq03", "海丰县", "county", "in_org_reference", "黄泽铭为海丰县人民政府副县长"),
    ("gq03", "海丰", "county", "in_project_name", "关于海丰临港产业园基础设施一期工程建设情况的报告"),
    ("gq03", "黄江", "river", "in_document_title", "关于黄江流域水环境综合整治工作情况的报告"),
    ("gq04", "汕尾市", "city", "in_document_title", "汕尾市管领导干部任前公示"),
    ("gq04", "广东", "province", "standalone", "广东陆河人"),
    ("gq04", "陆河", "county", "standalone", "广东陆河人"),
    ("gq04", "陆丰", "county_level_city", "standalone", "广东陆丰人"),
    ("gq04", "海丰县", "county", "in_title", "现任海丰县委副书记、县长"),
    ("gq04", "陆丰市", "county_level_city", "in_title", "拟任陆丰市委常委"),
    ("gq04", "陆河县", "county", "in_title", "现任陆河县水唇镇党委书记"),
    ("gq04", "水唇镇", "town", "in_title", "现任陆河县水唇镇党委书记"),
    ("gq05", "海丰县", "county", "standalone", "到海丰县调研临港产业发展"),
    ("gq05", "海丰", "county", "standalone", "海丰要抢抓深圳都市圈产业外溢机遇"),
    ("gq05", "深圳都市圈", "region", "standalone", "海丰要抢抓深圳都市圈产业外溢机遇"),
    ("gq05", "梅陇镇", "town", "standalone", "在梅陇镇，镇党委书记余振涛"),
    ("gq05", "黄江", "river", "standalone", "统筹抓好黄江流域治理"),
    ("gq05", "陆丰", "county_level_city", "standalone", "陆丰召开重点项目建设推进会"),
    ("gq05", "陆丰市", "county_level_city", "standalone", "5月15日，陆丰市召开重点项目建设推进会"),
    ("gq05", "甲子镇", "town", "standalone", "碣石镇、甲子镇、东海街道主要负责同志"),
    ("gq05", "碣石镇", "town", "standalone", "碣石镇、甲子镇、东海街道主要负责同志"),
    ("gq05", "东海街道", "sub_district_office", "standalone", "碣石镇、甲子镇、东海街道主要负责同志"),
    ("gq06", "甘肃", "province", "standalone", "甘肃民勤人"),
    ("gq06", "民勤", "county", "standalone", "甘肃民勤人"),
    ("gq06", "古浪县", "county", "in_title", "历任古浪县土门镇党政办干部、副镇长"),
    ("gq06", "土门镇", "town", "in_title", "历任古浪县土门镇党政办干部、副镇长"),
    ("gq06", "大靖镇", "town", "in_title", "古浪县大靖镇党委书记"),
    ("gq06", "凉州区", "district", "in_title", "2020年12月任凉州区人民政府副区长"),
    ("gq06", "石羊河", "river", "in_project_name", "石羊河凉州段生态修复工程"),
    ("gq06", "凉州", "district", "in_project_name", "石羊河凉州段生态修复工程"),
    ("gq07", "武威市", "city", "in_title", _T07N),
    ("gq07", "甘肃", "province", "standalone", _T07Z),
    ("gq07", "永昌", "county", "standalone", _T07Z),
    ("gq07", "民勤", "county", "standalone", _T07G),
    ("gq07", "天祝", "county", "standalone", _T07N),
    ("gq07", "古浪县", "county", "in_title", _T07Z),
    ("gq07", "凉州区", "district", "in_title", _T07G),
    ("gq08", "古浪县", "county", "in_org_reference", "决定任命葛明轩为古浪县人民政府副县长、代理县长"),
    ("gq08", "古浪河", "river", "in_project_name", "古浪河城区段综合治理工程等重点项目建设"),
    ("gq09", "古浪县", "county", "standalone", "市委书记韩东升到古浪县调研"),
    ("gq09", "古浪", "county", "standalone", "古浪要立足风光资源优势"),
    ("gq09", "土门镇", "town", "in_project_name", "古浪河城区段综合治理工程和土门镇戈壁农业示范区"),
    ("gq09", "古浪河", "river", "standalone", "统筹抓好古浪河综合治理"),
    ("gq10", "汕尾", "city", "dateline", "中国经济网汕尾1月3日讯"),
    ("gq10", "汕尾市", "city", "in_org_reference", "决定任命翁少彬为汕尾市人民政府副市长"),
    ("gq10", "海丰县", "county", "in_title", "此前，翁少彬任海丰县委书记"),
    ("gq10", "广东", "province", "standalone", "广东陆河人"),
    ("gq10", "陆河", "county", "standalone", "广东陆河人"),
    ("gq10", "陆河县", "county", "in_title", "任陆河县水唇镇党委书记"),
    ("gq10", "水唇镇", "town", "in_title", "任陆河县水唇镇党委书记"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gq", conventions="set gq (blind set: leaders' CVs and appointment pages in 广东 汕尾 (陆河县, 海丰县, 陆丰市, the 市委组织部, the 汕尾日报, a 中国经济网 地方人事 page) and 甘肃 武威 (凉州区, 古浪县, the 市委组织部, the 武威日报): dotted 简历 lines (with or without 任) and dated prose 简历 clauses are dated past posts (date_text the range or month as written); an undated 历任 clause gives none; a 职务 line is a holding at the page's date unless a 简历 line names the same post (one line per post per article); 任前公示 现任 is a holding at the 落款 date, 拟任 / 提名 none; 人大常委会 任命 a holding at the session date, 免去 and 接受辞去 none; a 任命 sentence and an open 简历 line for one post give one line dated by the session; 人大常委会 sessions are events, profile and 公示 pages have none)",
          persons_note="Set gq persons. id = corpus-wide person_id (gq:余振涛#1, 海丰县梅陇镇党委书记 (广东), and gq:余振涛#2, 古浪县财政局局长 (甘肃), are two people; gq:翁少彬 moves 陆河县委常委、常务副县长 2020 → 海丰县长 2021–2023 → 海丰县委书记 2023–2024 → 汕尾市副市长 2024, his 简历 dating his 陆河 town posts; gq:黄泽铭 海丰副县长 2022 → 陆丰市委常委、常务副市长 2024; gq:葛明轩 凉州区副区长 2020 → 凉州区委常委、常务副区长 2023 → 古浪县代理县长 2023 → 县长 2024, his prose 简历 dating his 古浪 posts; gq:朱广胜 古浪县长 2023 → 武威市副市长 2024)")


if __name__ == "__main__":
    main()
