"""Write gold part ``bv`` (a blind set: 领导之窗 / 领导信息 / 领导分工 pages of county and department sites, with dotted
简历 lines, and news pages of the same places where the same leaders appear later) from the tables below.

Pages ``tests/dev/texts/bv*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: county 分工 pages mirrored from a 四川 and two 浙江 county sites
(``工作分工：负责教育科技、卫生…。分管县教育和科学技术局…等单位。联系县精神文明办、团县委…``, ``协助县长负责科技、教育…。分管县科技局…。
联系县广电台…``, a footer with ``苏公网安备``); the 中国经济网 page of a 十堰 市长's 简历 in dotted lines (``1998.10-2002.10 房县县委
副书记、县长(1999.01当选)(其间：…学习)``, an open last line ``2012.09-十堰市委副书记、市长``); a 佛山 政协 副主席's 履历 with
``年月-年月`` ranges and ``（其间：…兼任…）``; a 梅州 市长's 简历 and a 河北 省长's dash-range list (``1984―1988年任枣强县委副书记、
县长``); 浙江在线 and 北京青年报 pieces on 任前公示 and a 代县长 (``公开资料显示…历任…``, ``2021年7月任响水县委副书记、代县长，次年
1月去代转正``); the 诸暨 优秀县委书记 简介 (``…1996年8月参加工作…现任…``); government-site chrome of a 湖南 南县 page (``归档时间``,
``当前位置：首页 > 公开领域``), a 安徽 绩溪 信息公开 page (``索引号 / 组配分类 / 发布机构 / 生成日期``, ``字体：[ ]``) and a 太湖县
规章 page. Earlier parts' 领导之窗 pages (m10, n02, q07, u01, u02) were read for the shapes the corpus already has (prose
简历); this part adds dotted 简历 lines on profile pages, a 副县长-only 分工 page and a department's 领导班子 page.
Places are real and new to the corpus: 山东 济宁 (汶上县 twice, 嘉祥县), 四川 眉山 (仁寿县, the 眉山日报, 洪雅县 and its
农业农村局), 江苏 盐城 (射阳县, the 盐城日报) and 陕西 宝鸡 (岐山县).

Shapes: a 领导之窗 list page of the 县政府领导 (name, title, 分工 per block; a 副县长、县公安局局长; a 挂职 副县长) (bv01);
a county site's 调研 news page two years later (bv02); a 领导之窗 profile (姓名 / 职务 / 工作分工) with a dotted 个人简历 that
ends in an open line (``2024.02—　嘉祥县委副书记、县长``), a 其间 study line and a ``干部`` line (bv03); a 领导信息 profile
whose dotted 简历 stops at ``代县长`` so the 职务 line alone gives the 县长 post (bv04); a city paper's 第01版 调研 three
years later, the 县长 now 县委书记 (bv05); a county department's own 领导班子 page (``局长、党组书记　名``; ``党组成员、副局长``;
a 县农业技术推广中心主任; ``四级调研员``, ``一级主任科员``) (bv06); the county site's 检查 page two years later, the 局长 now
副县长 and a 副局长 now 局长 (bv07); a 信息公开 page (索引号 / 发布机构 line) of the 副县长 分工 only (``名　职务`` lines)
(bv08); a city paper's 县区 page of a county 推进会 two years later (bv09); a county site's 部门动态 page of a 副县长's
调研 with the county's 农业农村局局长 (bv10).

Identity cases:
- bv:牛兆峰 moves between posts and counties: 汶上县副县长 on the 2021 list (bv01); 汶上县委常委、常务副县长 in May 2023
  (bv02); 嘉祥县委副书记、县长 on the 2024 嘉祥 profile (bv03), whose dotted 简历 also gives his past 汶上 posts
  (南旺镇 2005, 康驿镇 2010 / 2014, 副县长 2018, 常委、常务副县长 2021) and 代县长 2024.01.
- bv:罗青松: 仁寿县委副书记、县长 on the July 2021 profile (bv04, past posts in 洪雅县 by his 简历); 仁寿县委书记 in the
  眉山日报 of June 2024 (bv05).
- bv:戴泽民: 洪雅县农业农村局 局长、党组书记 in April 2022 (bv06); 洪雅县副县长 in August 2024 (bv07). bv:税小红 on the same
  pages: 党组成员、副局长 (2022) → 县农业农村局局长 (2024).
- bv:殷文慧: 射阳县副县长 on the February 2022 分工 page (bv08); 射阳县委常委、组织部部长 in October 2024 (bv09).
- the same officials twice: bv:孔祥舟 (汶上县长, 2021 and 2023), bv:阮春燕 (汶上副县长, 2021 and 2023), bv:陶树林 (射阳县委常委、
  常务副县长, 2022 and 2024).
- two different 邰春明 in unrelated places: bv:邰春明#1 is 洪雅县农业农村局党组成员、副局长 (四川, bv06); bv:邰春明#2 is
  射阳县副县长 (江苏, bv08 and bv09).
- one organ name in several counties: ``县农业农村局`` is 洪雅's on its own site (bv06, bare ``局``) and in the 洪雅 page
  (bv07), 岐山's in bv10 (and 射阳's in a 分工 line of bv08, with no person); ``县委副书记、县长`` is 汶上's (bv01, bv02),
  嘉祥's (bv03), 仁寿's (bv04, bv05) and 射阳's (bv09); ``县公安局局长`` is 汶上's (bv01) and 射阳's (bv08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ac, n, q and u where they speak; decided here where they are silent):
- DECIDED HERE (résumé lines): a dotted 简历 line ``2015.06—2019.03　洪雅县中山镇党委书记`` is a dated past post and gives a
  holding, dated by its own line: date_text the range as written, date_inferred its start (2015-06) — the convention
  part ac set for dotted lines and parts n, q, u for prose career clauses. Why a holding, when ``原X`` gives none: ``原``
  says only that a post is no longer held and carries no date, so it can be neither a present holding nor placed in
  time; a 简历 line says when the post was held, so it is a holding of that time and never a present one (its date is
  years before the page's). The graph then shows the career (牛兆峰 汶上 2005–2024, 罗青松 洪雅 2008–2020) and the
  moves the news pages confirm. An open line (``2024.02—``) is a holding from its start. A combined line gives one
  line per title (``党委副书记、镇长`` → X镇党委 副书记 + X镇政府 镇长; ``党委委员、副镇长`` → X镇党委 委员 + X镇政府 副镇长);
  ``干部`` / ``党政办干部`` lines and ``（其间：…在…党校…学习）`` give nothing; town posts take their county's label
  (汶上县南旺镇党委, 洪雅县中山镇政府), as parts n and u.
- DECIDED HERE (a profile page's 职务): the ``职务：`` line (and a list page's title under or beside a name) is a holding
  at the page's date — the page stamp (``发布日期：2021-09-14``, ``【发布时间：2021-07-08】``) is the only date a
  领导之窗 page has and the day on which it asserts the post is held; date_text is that date as written in the stamp.
  When a dated 简历 line names the same post, the page gives it ONE line (one line per post per article), dated by the
  简历 line, as parts n, q and u: 牛兆峰's 嘉祥县委 副书记 (2024.01—2024.02) and 县长 (2024.02—). When the 简历 stops
  before the post, the 职务 line alone gives it at the page's date: 罗青松's 仁寿县政府 县长 (bv04, page 2021-07-08; his
  简历 ends with ``2020.12—2021.02　仁寿县委副书记、代县长``, which gives 副书记 and 代县长 at 2020-12).
- 工作分工 / 分管 / 负责 / 联系 / 协助 are duties, not posts (as n); a work named in them (``牵头推进…工程``, ``协调推进…
  产业园二期建设``) is a project. A 挂职 副县长 is a 副县长 (as m). ``副县长、县公安局局长`` gives the 政府 副县长 and the
  county's 公安局 局长.
- DECIDED HERE (department 领导班子 page): ``局长、党组书记　戴泽民`` (title, full-width space, name) → 洪雅县农业农村局 局长
  + 洪雅县农业农村局党组 书记 (党组 with 书记 / 成员, as z and bs); ``党组成员、副局长`` → 局党组 成员 + 局 副局长;
  ``党组成员、县农业技术推广中心主任`` → 局党组 成员 + 洪雅县农业技术推广中心 主任 (a 事业单位's head, as written after its
  county); ranks with no department written (``四级调研员``, ``一级主任科员``) on the department's own site are the
  department's (CONVENTIONS). The bare ``局`` and ``县`` on that site are 洪雅's.
- Bare organs take the page's place: 县委 / 县政府 / 县X局 on a county site = that county's; on a department site = its
  county's; in the 眉山日报 the bare ``县委副书记、县长`` right after ``仁寿县委书记`` is 仁寿's; in the 盐城日报 the bare 县委 /
  县 after ``射阳县召开`` are 射阳's; ``市委`` / ``市政府`` in the 眉山日报 = 眉山市委 / 眉山市政府; ``镇党委书记`` after ``在
  南旺镇`` / ``在蔡家坡镇`` = that town's (汶上县南旺镇党委, 岐山县蔡家坡镇党委).
- Events: no event on the list, profile, 分工 and 班子 pages (as n, q, u); the 调研 (bv02, bv05, bv10) and the 检查 (bv07)
  are inspections (leader; 参加 / 陪同 / the visiting party are attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排
  speakers); the 推进会 (bv09) a meeting (chair 主持, 出席 attendees, 讲话 / 通报 / 作了安排 / 强调 / 要求 speakers).
- Bylines: ``本报讯（记者 …）`` reporter, ``通讯员`` correspondent, ``（X融媒体中心　某某）`` and ``作者：`` author, 编辑 /
  责任编辑 / 审核 editor.
- Projects: works named as under way or to be pushed: a 产业园 being built and its 二期 ``industrial_park``; 水库灌区 /
  防洪堤 / 防洪治理 works ``engineering_work``; 生态廊道 and 采煤塌陷地综合治理 ``greening_project``; a named
  高标准农田建设项目 with place and year, a 遗址公园提升工程, an 茶园提质增效项目, hospital and school building works and a
  粮食产后服务中心 ``project``; the named 人才引育计划 ``program``. DECIDED HERE: the park visited for its 二期 (bv02
  ``县新能源装备产业园``) is not annotated apart from its 二期.
- Places: one line per name per file, as written; birthplaces (山东汶上人, 四川丹棱人) as in parts n, q; places inside
  titles (also 简历 titles), organ references (山东省委党校, 四川省委党校), document titles and project names count; site
  lines, navigation, 来源 lines, footers and addresses, related-article lists and 上一篇 / 下一篇 are not annotated; company
  and bank names (国网汶上县供电公司, 人民银行射阳县支行) and a 储备库 are not places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bv01_wenshang.txt": (2021, "发布日期：2021-09-14", "汶上县", [
        ("县政府领导", "2021-09-14", "2021-09-14", "孔祥舟\n县委副书记、县长",
         "领导之窗 list of the 县政府领导: name / title / 分工 blocks; a 副县长、县公安局局长; a 挂职 副县长")]),
    "bv02_wenshang.txt": (2023, "发布日期：2023-05-19", "汶上县", [
        ("孔祥舟调研重点项目建设和安全生产工作", "5月18日", "2023-05-18", "5月18日，县委副书记",
         "county site: the 县长's 调研; 牛兆峰 now 县委常委、常务副县长; a 镇党委书记 and a 局长 report")]),
    "bv03_jiaxiang.txt": (2024, "发布时间：2024-03-06 09:15", "嘉祥县", [
        ("牛兆峰", "2024-03-06", "2024-03-06", "姓　　名：牛兆峰",
         "领导之窗 profile of the 嘉祥 县长: 职务 line, dotted 个人简历 (汶上 town and county posts, 代县长, open 县长 line), 工作分工")]),
    "bv04_renshou.txt": (2021, "【发布时间：2021-07-08】", "仁寿县", [
        ("罗青松", "2021-07-08", "2021-07-08", "罗青松\n职务",
         "领导信息 profile of the 仁寿 县长: 职务 line, 工作分工, dotted 个人简历 in 洪雅县 ending with 代县长")]),
    "bv05_meishan.txt": (2024, "2024年6月13日　星期四", "眉山市", [
        ("蒲昌远在仁寿县调研时强调", "6月12日", "2024-06-12", "本报讯（记者 何思雨）6月12日",
         "city paper 第01版: the 市长's 调研 in 仁寿县; 罗青松 now 县委书记; a new 县长; 富加镇 secretary")]),
    "bv06_hongya.txt": (2022, "发布时间：2022-04-21 10:02", "洪雅县", [
        ("局领导班子成员及分工", "2022-04-21", "2022-04-21", "局长、党组书记　戴泽民",
         "department site's 领导班子 page: 局长、党组书记; 党组成员、副局长; a 推广中心主任; 四级调研员; 一级主任科员")]),
    "bv07_hongya.txt": (2024, "发布时间：2024-08-02 17:40", "洪雅县", [
        ("戴泽民检查秋粮生产和防汛工作", "8月1日", "2024-08-01", "8月1日，副县长戴泽民",
         "county site: the 副县长's 检查 (戴泽民, the 局长 of 2022); 税小红 now 县农业农村局局长")]),
    "bv08_sheyang.txt": (2022, "发布日期：2022-02-25", "射阳县", [
        ("射阳县人民政府副县长工作分工", "2022-02-25", "2022-02-25", "陶树林　县委常委、常务副县长",
         "信息公开 page of the 副县长 分工 (``名　职务`` lines): 常务副县长, three 副县长, a 副县长、县公安局局长")]),
    "bv09_yancheng.txt": (2024, "2024年10月17日　星期四", "射阳县", [
        ("射阳召开重大项目攻坚暨人才工作推进会", "10月16日", "2024-10-16", "本报讯（记者 朱晓彤 通讯员 周彦）10月16日",
         "city paper A3 县区: the 射阳 推进会 (书记 讲话, 县长 主持); 殷文慧 now 县委常委、组织部部长")]),
    "bv10_qishan.txt": (2023, "发布时间：2023-06-08 16:25", "岐山县", [
        ("马啸川调研夏粮收购和高标准农田建设工作", "6月7日", "2023-06-07", "6月7日，副县长马啸川",
         "county site 部门动态: the 副县长's 调研 with the 县农业农村局局长; 镇党委书记 and 镇长 report")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# evidence strings of 简历 lines (from the person's name to the dated line)
_N03a = _span("bv03", "牛兆峰，男", "汶上县南旺镇党委委员、副镇长")
_N03b = _span("bv03", "牛兆峰，男", "汶上县康驿镇党委副书记、镇长")
_N03c = _span("bv03", "牛兆峰，男", "汶上县康驿镇党委书记")
_N03d = _span("bv03", "牛兆峰，男", "汶上县人民政府副县长")
_N03e = _span("bv03", "牛兆峰，男", "汶上县委常委、常务副县长")
_N03f = _span("bv03", "牛兆峰，男", "嘉祥县委副书记、代县长")
_N03g = _span("bv03", "牛兆峰，男", "嘉祥县委副书记、县长")
_L04a = _span("bv04", "罗青松，男", "洪雅县止戈镇副镇长")
_L04b = _span("bv04", "罗青松，男", "洪雅县中山镇党委副书记、镇长")
_L04c = _span("bv04", "罗青松，男", "洪雅县中山镇党委书记")
_L04d = _span("bv04", "罗青松，男", "洪雅县委常委、常务副县长")
_L04e = _span("bv04", "罗青松，男", "仁寿县委副书记、代县长")

WS, JX, RS, HY, SY, QS = "汶上县", "嘉祥县", "仁寿县", "洪雅县", "射阳县", "岐山县"
HYA = "洪雅县农业农村局"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 汶上 / 嘉祥 (山东 济宁)
    "bv:孔祥舟": ("孔祥舟", "official", WS, [
        ("bv01", f"{WS}委", "副书记", "孔祥舟\n县委副书记、县长", "list page, dated by the page stamp (2021-09-14)"),
        ("bv01", f"{WS}政府", "县长", "孔祥舟\n县委副书记、县长", None),
        ("bv02", f"{WS}委", "副书记", "县委副书记、县长孔祥舟到义桥镇", "2023-05: the same posts; named in the headline too"),
        ("bv02", f"{WS}政府", "县长", "县委副书记、县长孔祥舟到义桥镇", None)], []),
    "bv:郗宝森": ("郗宝森", "official", WS, [
        ("bv01", f"{WS}委", "常委", "郗宝森\n县委常委、常务副县长", "2021; the post 牛兆峰 holds in 2023 (bv02)"),
        ("bv01", f"{WS}政府", "常务副县长", "郗宝森\n县委常委、常务副县长", None)], []),
    "bv:牛兆峰": ("牛兆峰", "official", JX, [
        ("bv01", f"{WS}政府", "副县长", "牛兆峰\n副县长", "2021-09 list page (identity case: 常务副县长 2023, 嘉祥县长 2024)"),
        ("bv02", f"{WS}委", "常委", "县委常委、常务副县长牛兆峰", "2023-05: now 常委、常务副县长"),
        ("bv02", f"{WS}政府", "常务副县长", "县委常委、常务副县长牛兆峰", None),
        ("bv03", f"{WS}南旺镇党委", "委员", _N03a, "DECIDED HERE: dotted 简历 line = dated past post (the 1999 ``干部`` line gives no title)", "2005.03—2010.06"),
        ("bv03", f"{WS}南旺镇政府", "副镇长", _N03a, "dotted 简历 line", "2005.03—2010.06"),
        ("bv03", f"{WS}康驿镇党委", "副书记", _N03b, "dotted 简历 line", "2010.06—2014.09"),
        ("bv03", f"{WS}康驿镇政府", "镇长", _N03b, "dotted 简历 line", "2010.06—2014.09"),
        ("bv03", f"{WS}康驿镇党委", "书记", _N03c, "dotted 简历 line", "2014.09—2018.06"),
        ("bv03", f"{WS}政府", "副县长", _N03d, "dotted 简历 line; 汶上县人民政府 → 汶上县政府; the post of bv01", "2018.06—2021.12"),
        ("bv03", f"{WS}委", "常委", _N03e, "dotted 简历 line; the post of bv02 (the 其间 study line gives nothing)", "2021.12—2024.01"),
        ("bv03", f"{WS}政府", "常务副县长", _N03e, "dotted 简历 line", "2021.12—2024.01"),
        ("bv03", f"{JX}委", "副书记", _N03f, "dotted 简历 line; also the 职务 line and the 2024.02 line: one line, dated by its first 简历 line", "2024.01—2024.02"),
        ("bv03", f"{JX}政府", "代县长", _N03f, "dotted 简历 line: 代县长 as written", "2024.01—2024.02"),
        ("bv03", f"{JX}政府", "县长", _N03g, "open 简历 line; also the 职务 line (page 2024-03-06): one line, dated by the 简历 line", "2024.02—")], []),
    "bv:阮春燕": ("阮春燕", "official", WS, [
        ("bv01", f"{WS}政府", "副县长", "阮春燕\n副县长", "2021"),
        ("bv02", f"{WS}政府", "副县长", "副县长阮春燕参加调研", "2023")], []),
    "bv:季洪涛": ("季洪涛", "official", WS, [
        ("bv01", f"{WS}政府", "副县长", "季洪涛\n副县长、县公安局局长", None),
        ("bv01", f"{WS}公安局", "局长", "季洪涛\n副县长、县公安局局长", "second title: the county's 公安局")], []),
    "bv:聂凯文": ("聂凯文", "official", WS, [
        ("bv01", f"{WS}政府", "副县长", "聂凯文\n副县长（挂职）", "a 挂职 副县长 is a 副县长 (as m)")], []),
    "bv:邵德航": ("邵德航", "official", WS, [
        ("bv02", f"{WS}发展和改革局", "局长", "县发展和改革局局长邵德航", None)], []),
    "bv:颜廷安": ("颜廷安", "official", WS, [
        ("bv02", f"{WS}南旺镇党委", "书记", "听取镇党委书记颜廷安", "bare 镇 after ``在南旺镇``")], []),
    # ---- 仁寿 / 眉山 / 洪雅 (四川)
    "bv:罗青松": ("罗青松", "official", RS, [
        ("bv04", f"{RS}政府", "县长", "罗青松\n职务：县委副书记、县长", "DECIDED HERE: 职务 line with no 简历 line for it → holding at the page's date (2021-07-08) (identity case: 县委书记 in 2024, bv05)"),
        ("bv04", f"{HY}止戈镇政府", "副镇长", _L04a, "dotted 简历 line (past post; the 2003 ``党政办干部`` line gives no title)", "2008.10—2012.12"),
        ("bv04", f"{HY}中山镇党委", "副书记", _L04b, "dotted 简历 line", "2012.12—2015.06"),
        ("bv04", f"{HY}中山镇政府", "镇长", _L04b, "dotted 简历 line", "2012.12—2015.06"),
        ("bv04", f"{HY}中山镇党委", "书记", _L04c, "dotted 简历 line", "2015.06—2019.03"),
        ("bv04", f"{HY}委", "常委", _L04d, "dotted 简历 line (the 其间 study line gives nothing)", "2019.03—2020.12"),
        ("bv04", f"{HY}政府", "常务副县长", _L04d, "dotted 简历 line", "2019.03—2020.12"),
        ("bv04", f"{RS}委", "副书记", _L04e, "dotted 简历 line; also the 职务 line: one line, dated by the 简历 line", "2020.12—2021.02"),
        ("bv04", f"{RS}政府", "代县长", _L04e, "dotted 简历 line: 代县长 as written", "2020.12—2021.02"),
        ("bv05", f"{RS}委", "书记", "仁寿县委书记罗青松", "2024-06: now 县委书记")], []),
    "bv:蒲昌远": ("蒲昌远", "official", "眉山市", [
        ("bv05", "眉山市委", "副书记", "市委副书记、市长蒲昌远到仁寿县调研", "named in the headline too"),
        ("bv05", "眉山市政府", "市长", "市委副书记、市长蒲昌远到仁寿县调研", None)], []),
    "bv:钟学敏": ("钟学敏", "official", "眉山市", [
        ("bv05", "眉山市政府", "秘书长", "市政府秘书长钟学敏参加调研", None)], []),
    "bv:文德昭": ("文德昭", "official", RS, [
        ("bv05", f"{RS}委", "副书记", "县委副书记、县长文德昭陪同调研", "bare 县委 right after 仁寿县委书记; the post 罗青松 held in 2021"),
        ("bv05", f"{RS}政府", "县长", "县委副书记、县长文德昭陪同调研", None)], []),
    "bv:汤晓岚": ("汤晓岚", "official", RS, [
        ("bv05", f"{RS}富加镇党委", "书记", "富加镇党委书记汤晓岚", None)], []),
    "bv:戴泽民": ("戴泽民", "official", HY, [
        ("bv06", HYA, "局长", "局长、党组书记　戴泽民", "2022-04 班子 page, dated by the stamp (identity case: 副县长 in 2024, bv07)"),
        ("bv06", f"{HYA}党组", "书记", "局长、党组书记　戴泽民", "党组 with 书记"),
        ("bv07", f"{HY}政府", "副县长", "8月1日，副县长戴泽民带队", "2024-08: now 副县长; named in the headline too")], []),
    "bv:邰春明#1": ("邰春明", "official", HY, [
        ("bv06", f"{HYA}党组", "成员", "党组成员、副局长　邰春明", "洪雅 (四川); not the 邰春明 of 射阳 (bv08, bv09)"),
        ("bv06", HYA, "副局长", "党组成员、副局长　邰春明", None)], []),
    "bv:税小红": ("税小红", "official", HY, [
        ("bv06", f"{HYA}党组", "成员", "党组成员、副局长　税小红", "2022"),
        ("bv06", HYA, "副局长", "党组成员、副局长　税小红", None),
        ("bv07", HYA, "局长", "县农业农村局局长税小红", "2024: now 局长")], []),
    "bv:雷永福": ("雷永福", "official", HY, [
        ("bv06", f"{HYA}党组", "成员", "党组成员、县农业技术推广中心主任　雷永福", None),
        ("bv06", f"{HY}农业技术推广中心", "主任", "党组成员、县农业技术推广中心主任　雷永福", "a 事业单位 head, as written after its county")], []),
    "bv:帅德清": ("帅德清", "official", HY, [
        ("bv06", HYA, "四级调研员", "四级调研员　帅德清", "rank on the department's own site = the department's (CONVENTIONS)")], []),
    "bv:龚世平": ("龚世平", "official", HY, [
        ("bv06", HYA, "一级主任科员", "一级主任科员　龚世平", "rank on the department's own site")], []),
    "bv:蒋川平": ("蒋川平", "official", HY, [
        ("bv07", f"{HY}水利局", "局长", "县水利局局长蒋川平", None)], []),
    "bv:赖国庆": ("赖国庆", "official", HY, [
        ("bv07", f"{HY}东岳镇党委", "书记", "东岳镇党委书记赖国庆", None)], []),
    # ---- 射阳 (江苏 盐城)
    "bv:陶树林": ("陶树林", "official", SY, [
        ("bv08", f"{SY}委", "常委", "陶树林　县委常委、常务副县长", "2022"),
        ("bv08", f"{SY}政府", "常务副县长", "陶树林　县委常委、常务副县长", None),
        ("bv09", f"{SY}委", "常委", "县委常委、常务副县长陶树林", "2024"),
        ("bv09", f"{SY}政府", "常务副县长", "县委常委、常务副县长陶树林", None)], []),
    "bv:殷文慧": ("殷文慧", "official", SY, [
        ("bv08", f"{SY}政府", "副县长", "殷文慧　副县长", "2022 (identity case: 县委常委、组织部部长 in 2024, bv09)"),
        ("bv09", f"{SY}委", "常委", "县委常委、组织部部长殷文慧", "2024"),
        ("bv09", f"{SY}委组织部", "部长", "县委常委、组织部部长殷文慧", None)], []),
    "bv:邰春明#2": ("邰春明", "official", SY, [
        ("bv08", f"{SY}政府", "副县长", "邰春明　副县长", "射阳 (江苏); not the 邰春明 of 洪雅 (bv06)"),
        ("bv09", f"{SY}政府", "副县长", "副县长邰春明出席会议", "2024: the same 射阳 副县长")], []),
    "bv:潘启航": ("潘启航", "official", SY, [
        ("bv08", f"{SY}政府", "副县长", "潘启航　副县长", None)], []),
    "bv:韦长海": ("韦长海", "official", SY, [
        ("bv08", f"{SY}政府", "副县长", "韦长海　副县长、县公安局局长", None),
        ("bv08", f"{SY}公安局", "局长", "韦长海　副县长、县公安局局长", "``县公安局`` is 射阳's here, 汶上's in bv01")], []),
    "bv:庞宗岳": ("庞宗岳", "official", SY, [
        ("bv09", f"{SY}委", "书记", "县委书记庞宗岳出席会议并讲话", "bare 县委 after ``射阳县召开``")], []),
    "bv:沈立言": ("沈立言", "official", SY, [
        ("bv09", f"{SY}委", "副书记", "县委副书记、县长沈立言主持会议", None),
        ("bv09", f"{SY}政府", "县长", "县委副书记、县长沈立言主持会议", None)], []),
    # ---- 岐山 (陕西 宝鸡)
    "bv:马啸川": ("马啸川", "official", QS, [
        ("bv10", f"{QS}政府", "副县长", "6月7日，副县长马啸川带领", "named in the headline too")], []),
    "bv:吕建邦": ("吕建邦", "official", QS, [
        ("bv10", f"{QS}农业农村局", "局长", "县农业农村局局长吕建邦", "``县农业农村局`` = 岐山's here (洪雅's in bv06 / bv07)")], []),
    "bv:葛晓彤": ("葛晓彤", "official", QS, [
        ("bv10", f"{QS}发展和改革局", "副局长", "县发展和改革局副局长葛晓彤", None)], []),
    "bv:秦志华": ("秦志华", "official", QS, [
        ("bv10", f"{QS}蔡家坡镇党委", "书记", "镇党委书记秦志华", "bare 镇 after ``在蔡家坡镇``")], []),
    "bv:寇文博": ("寇文博", "official", QS, [
        ("bv10", f"{QS}益店镇政府", "镇长", "益店镇镇长寇文博", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bv02", "陈宁", "供稿", "author", "（汶上县融媒体中心　陈宁）"),
    ("bv02", "胡晓蕾", "责任编辑", "editor", "责任编辑：胡晓蕾"),
    ("bv05", "何思雨", "记者", "reporter", "本报讯（记者 何思雨）"),
    ("bv05", "冯婷", "责任编辑", "editor", "责任编辑：冯婷"),
    ("bv07", "程晓敏", "供稿", "author", "（洪雅县融媒体中心　程晓敏）"),
    ("bv07", "岳芮", "编辑", "editor", "编辑：岳芮"),
    ("bv07", "任静怡", "审核", "editor", "审核：任静怡"),
    ("bv09", "朱晓彤", "记者", "reporter", "本报讯（记者 朱晓彤 通讯员 周彦）"),
    ("bv09", "周彦", "通讯员", "correspondent", "本报讯（记者 朱晓彤 通讯员 周彦）"),
    ("bv09", "唐慧", "责任编辑", "editor", "责任编辑：唐慧"),
    ("bv10", "于海青", "作者", "author", "作者：于海青"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("bv02", "重点项目建设和安全生产工作调研", "inspection (调研)", "5月18日", None, "孔祥舟", [],
     ["牛兆峰", "阮春燕"], ["邵德航", "孔祥舟", "颜廷安", "阮春燕", "牛兆峰"], "义桥镇、南旺镇",
     "县委副书记、县长孔祥舟到义桥镇、南旺镇和县新能源装备产业园，调研重点项目建设和安全生产工作",
     ["县长孔祥舟到义桥镇", "常务副县长牛兆峰，副县长阮春燕参加调研", "局长邵德航汇报了", "孔祥舟要求",
      "听取镇党委书记颜廷安关于", "阮春燕就文物保护和施工安全提出具体要求", "孔祥舟强调", "牛兆峰就项目用地报批"]),
    ("bv05", "仁寿县重大项目建设和防汛工作调研", "inspection (调研)", "6月12日", None, "蒲昌远", [],
     ["钟学敏", "罗青松", "文德昭"], ["罗青松", "汤晓岚", "蒲昌远", "钟学敏", "文德昭"], "仁寿县",
     "市委副书记、市长蒲昌远到仁寿县调研重大项目建设和防汛工作",
     ["市长蒲昌远到仁寿县调研", "市政府秘书长钟学敏参加调研", "县长文德昭陪同调研", "罗青松汇报了", "汤晓岚介绍了",
      "蒲昌远指出", "钟学敏就做好重大项目要素保障", "文德昭表示"]),
    ("bv07", "秋粮生产和防汛工作检查", "inspection (检查)", "8月1日", None, "戴泽民", [],
     ["税小红", "蒋川平"], ["赖国庆", "税小红", "蒋川平", "戴泽民"], "东岳镇、中山镇",
     "副县长戴泽民带队到东岳镇、中山镇检查秋粮生产和防汛工作",
     ["副县长戴泽民带队到东岳镇", "局长蒋川平参加检查", "赖国庆汇报了", "税小红介绍了", "蒋川平汇报了", "戴泽民指出", "他要求"]),
    ("bv09", "重大项目攻坚暨人才工作推进会", "meeting (推进会)", "10月16日", "沈立言", None, ["射阳县"],
     ["庞宗岳", "殷文慧", "陶树林", "邰春明"], ["庞宗岳", "陶树林", "殷文慧", "邰春明", "沈立言"], None,
     "射阳县召开重大项目攻坚暨人才工作推进会",
     ["县委书记庞宗岳出席会议并讲话", "县长沈立言主持会议", "县委常委、组织部部长殷文慧", "副县长邰春明出席会议",
      "陶树林通报了", "殷文慧就“鹤乡英才”", "邰春明通报了", "庞宗岳强调", "沈立言要求"]),
    ("bv10", "夏粮收购和高标准农田建设工作调研", "inspection (调研)", "6月7日", None, "马啸川", [],
     ["吕建邦", "葛晓彤"], ["秦志华", "寇文博", "吕建邦", "马啸川"], "蔡家坡镇、益店镇",
     "副县长马啸川带领县农业农村局局长吕建邦、县发展和改革局副局长葛晓彤一行，深入蔡家坡镇、益店镇调研夏粮收购和高标准农田建设工作",
     ["副县长马啸川带领县农业农村局局长吕建邦、县发展和改革局副局长葛晓彤一行", "镇党委书记秦志华汇报了",
      "镇长寇文博汇报了", "吕建邦介绍了", "马啸川指出", "他要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bv01", "汶上县新能源装备产业园二期", "industrial_park", "牵头推进汶上县新能源装备产业园二期建设"),
    ("bv01", "南旺枢纽考古遗址公园提升工程", "project", "协调推进南旺枢纽考古遗址公园提升工程"),
    ("bv02", "汶上县新能源装备产业园二期", "industrial_park", "在汶上县新能源装备产业园二期项目现场"),
    ("bv02", "南旺枢纽考古遗址公园提升工程", "project", "南旺枢纽考古遗址公园提升工程施工现场"),
    ("bv02", "义桥镇采煤塌陷地综合治理项目", "greening_project", "察看了义桥镇采煤塌陷地综合治理项目"),
    ("bv04", "黑龙滩水库灌区续建配套与节水改造工程", "engineering_work", "牵头推进黑龙滩水库灌区续建配套与节水改造工程"),
    ("bv04", "富加镇临空产业园", "industrial_park", "富加镇临空产业园建设"),
    ("bv05", "富加镇临空产业园", "industrial_park", "蒲昌远一行首先来到富加镇临空产业园"),
    ("bv05", "黑龙滩水库灌区续建配套与节水改造工程", "engineering_work", "听取黑龙滩水库灌区续建配套与节水改造工程建设"),
    ("bv05", "汪洋镇场镇防洪堤加固工程", "engineering_work", "他来到汪洋镇场镇防洪堤加固工程现场"),
    ("bv06", "洪雅县2022年高标准农田建设项目", "project", "牵头推进洪雅县2022年高标准农田建设项目"),
    ("bv06", "止戈镇万亩茶园提质增效项目", "project", "协助推进止戈镇万亩茶园提质增效项目"),
    ("bv07", "洪雅县2024年高标准农田建设项目", "project", "来到洪雅县2024年高标准农田建设项目现场"),
    ("bv07", "青衣江中山段防洪治理工程", "engineering_work", "察看了青衣江中山段防洪治理工程"),
    ("bv08", "射阳河生态廊道提升工程", "greening_project", "牵头推进射阳河生态廊道提升工程"),
    ("bv08", "射阳港海上风电装备产业园二期", "industrial_park", "协调推进射阳港海上风电装备产业园二期建设"),
    ("bv09", "射阳港海上风电装备产业园二期", "industrial_park", "射阳港海上风电装备产业园二期已有5个项目竣工投产"),
    ("bv09", "射阳河生态廊道提升工程", "greening_project", "射阳河生态廊道提升工程完成年度投资"),
    ("bv09", "县人民医院新院区建设项目", "project", "邰春明通报了县人民医院新院区建设项目"),
    ("bv09", "县第三实验小学新建工程", "project", "县第三实验小学新建工程等社会事业项目"),
    ("bv09", "“鹤乡英才”人才引育计划", "program", "殷文慧就“鹤乡英才”人才引育计划"),
    ("bv10", "蔡家坡镇粮食产后服务中心建设项目", "project", "蔡家坡镇粮食产后服务中心建设项目现场"),
    ("bv10", "益店镇高标准农田提质改造项目", "project", "察看了益店镇高标准农田提质改造项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bv01", "汶上县", "county", "in_project_name", "牵头推进汶上县新能源装备产业园二期建设"),
    ("bv01", "南旺枢纽", "heritage_site", "in_project_name", "协调推进南旺枢纽考古遗址公园提升工程"),
    ("bv02", "义桥镇", "town", "standalone", "到义桥镇、南旺镇和县新能源装备产业园"),
    ("bv02", "南旺镇", "town", "standalone", "到义桥镇、南旺镇和县新能源装备产业园"),
    ("bv02", "汶上县", "county", "in_project_name", "在汶上县新能源装备产业园二期项目现场"),
    ("bv02", "南旺枢纽", "heritage_site", "in_project_name", "南旺枢纽考古遗址公园提升工程施工现场"),
    ("bv03", "山东", "province", "standalone", "山东汶上人"),
    ("bv03", "汶上", "county", "standalone", "山东汶上人"),
    ("bv03", "汶上县", "county", "in_title", "汶上县南旺镇党委委员、副镇长"),
    ("bv03", "南旺镇", "town", "in_title", "汶上县南旺镇党委委员、副镇长"),
    ("bv03", "康驿镇", "town", "in_title", "汶上县康驿镇党委副书记、镇长"),
    ("bv03", "山东省", "province", "in_org_reference", "在山东省委党校中青年干部培训班学习"),
    ("bv03", "嘉祥县", "county", "in_title", "嘉祥县委副书记、代县长"),
    ("bv04", "黑龙滩水库", "reservoir", "in_project_name", "牵头推进黑龙滩水库灌区续建配套与节水改造工程"),
    ("bv04", "富加镇", "town", "in_project_name", "富加镇临空产业园建设"),
    ("bv04", "四川", "province", "standalone", "四川丹棱人"),
    ("bv04", "丹棱", "county", "standalone", "四川丹棱人"),
    ("bv04", "洪雅县", "county", "in_title", "洪雅县止戈镇副镇长"),
    ("bv04", "止戈镇", "town", "in_title", "洪雅县止戈镇副镇长"),
    ("bv04", "中山镇", "town", "in_title", "洪雅县中山镇党委书记"),
    ("bv04", "四川省", "province", "in_org_reference", "在四川省委党校中青年干部培训班学习"),
    ("bv04", "仁寿县", "county", "in_title", "仁寿县委副书记、代县长"),
    ("bv05", "仁寿县", "county", "standalone", "到仁寿县调研重大项目建设和防汛工作"),
    ("bv05", "富加镇", "town", "in_project_name", "蒲昌远一行首先来到富加镇临空产业园"),
    ("bv05", "黑龙滩水库", "reservoir", "standalone", "在黑龙滩水库，蒲昌远察看了"),
    ("bv05", "汪洋镇", "town", "in_project_name", "他来到汪洋镇场镇防洪堤加固工程现场"),
    ("bv05", "成渝地区", "region", "standalone", "牢牢抓住成渝地区双城经济圈建设机遇"),
    ("bv06", "洪雅县", "county", "in_project_name", "牵头推进洪雅县2022年高标准农田建设项目"),
    ("bv06", "止戈镇", "town", "in_project_name", "协助推进止戈镇万亩茶园提质增效项目"),
    ("bv07", "东岳镇", "town", "standalone", "带队到东岳镇、中山镇检查"),
    ("bv07", "中山镇", "town", "standalone", "带队到东岳镇、中山镇检查"),
    ("bv07", "洪雅县", "county", "in_project_name", "来到洪雅县2024年高标准农田建设项目现场"),
    ("bv07", "青衣江", "river", "standalone", "加强青衣江沿线巡查"),
    ("bv07", "总岗山水库", "reservoir", "standalone", "防洪治理工程和总岗山水库"),
    ("bv08", "射阳县", "county", "in_document_title", "射阳县人民政府副县长工作分工"),
    ("bv08", "射阳河", "river", "in_project_name", "牵头推进射阳河生态廊道提升工程"),
    ("bv08", "射阳港经济开发区", "development_zone", "standalone", "联系射阳港经济开发区"),
    ("bv08", "射阳港", "port", "in_project_name", "协调推进射阳港海上风电装备产业园二期建设"),
    ("bv09", "射阳", "county", "standalone", "射阳召开重大项目攻坚暨人才工作推进会"),
    ("bv09", "射阳县", "county", "standalone", "射阳县召开重大项目攻坚暨人才工作推进会"),
    ("bv09", "射阳港", "port", "in_project_name", "射阳港海上风电装备产业园二期已有5个项目竣工投产"),
    ("bv09", "射阳河", "river", "in_project_name", "射阳河生态廊道提升工程完成年度投资"),
    ("bv09", "黄沙港镇", "town", "standalone", "黄沙港镇、临海镇、合德镇主要负责同志"),
    ("bv09", "临海镇", "town", "standalone", "黄沙港镇、临海镇、合德镇主要负责同志"),
    ("bv09", "合德镇", "town", "standalone", "黄沙港镇、临海镇、合德镇主要负责同志"),
    ("bv10", "蔡家坡镇", "town", "standalone", "深入蔡家坡镇、益店镇调研"),
    ("bv10", "益店镇", "town", "standalone", "深入蔡家坡镇、益店镇调研"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bv", conventions="set bv (blind set: 领导之窗 / 领导信息 / 领导分工 pages and news pages of the same places in 山东 济宁 (汶上县, 嘉祥县), 四川 眉山 (仁寿县, the 眉山日报, 洪雅县 and its 农业农村局), 江苏 盐城 (射阳县, the 盐城日报) and 陕西 宝鸡 (岐山县): a dotted 简历 line is a dated past post, a holding dated by its start (date_text the range as written); a 职务 line or a list page's title is a holding at the page's date, one line per post per article, dated by the 简历 line when one names the same post; 工作分工 / 分管 / 联系 are duties; a department's 领导班子 page gives 局 + 局党组 posts and the department's ranks (四级调研员, 一级主任科员); no event on profile, list and 班子 pages)",
          persons_note="Set bv persons. id = corpus-wide person_id (bv:邰春明#1 of 洪雅县农业农村局 (四川) and bv:邰春明#2, 射阳县副县长 (江苏), are two people; bv:牛兆峰 moves 汶上县副县长 2021 → 汶上县委常委、常务副县长 2023 → 嘉祥县委副书记、县长 2024, his 简历 giving his dated 汶上 posts; bv:罗青松 仁寿县长 2021 → 仁寿县委书记 2024; bv:戴泽民 洪雅县农业农村局局长 2022 → 洪雅县副县长 2024; bv:税小红 副局长 2022 → 局长 2024; bv:殷文慧 射阳县副县长 2022 → 县委常委、组织部部长 2024)")


if __name__ == "__main__":
    main()
