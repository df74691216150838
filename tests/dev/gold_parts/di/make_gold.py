"""Write gold part ``di`` (a blind set: same-named zone organs of five cities of one province, 山东) from the tables below.

Pages ``tests/dev/texts/di*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 淄博经开区 site (zbjkq.gov.cn, 2024: ``区工委书记、管委会主任…；区工委
副书记，…陪同``, ``来我区调研``); a portal copy of the 淄博经济开发区 2022年工作动员大会 (``市委常委、秘书长，区工委书记…出席并
讲话，区工委副书记、管委会主任…主持会议``, ``区工委管委会领导班子、区重大项目专员，各镇党政领导班子成员…参加会议``); the
淄博高新区 ``今日高新区`` digest and a 淄博 portal list (``高新区工委副书记、管委会常务副主任``, ``淄博高新区工委委员、管委会
副主任…``); a 潍坊高新区 融媒 page (``区领导…在高新区分会场参加收看``, ``（潍坊高新融媒记者:…）``); the 潍坊日报 content page
(``本报讯 (记者…)…市委副书记、高新区党工委书记…陪同``) and a 大众网 潍坊政务 page (``当前位置: 首页 > 潍坊政务``,
``市委常委，高新区党工委书记、管委会主任…到潍坊综合保税区调研``, ``高新区与综合保税区要紧密合作``); a 潍坊 台办 page on 奎文区
(``奎文经济开发区党工委书记、管委会主任``); a 胶东在线 page of 烟台黄渤海新区 (``黄渤海新区工委书记…，黄渤海新区工委副书记、
管委主任…``); the 烟台高新区 政策文件 page (``马山街道办事处``, 索引号 / 发布日期 header); the 烟台日报 digital layout
(``2024年01月27日 第02版:要闻``, ``本报讯(YMG全媒体记者 … 通讯员 …)``); a 东营 page (``副市长、东营经济技术开发区管委会
主任…的陪同下``), the 东营网 (``（记者:文/… 图/…）``) and a 2010 report (``东营开发区副书记、副主任…来济南高新区考察。济南高新区
党工委副书记、管委会常务副主任…``); the 济南 槐荫区政协 page (``来源: 槐荫政协办公室 时间: …``, ``槐荫经济开发区党工委副书记、
管委会主任…陪同``); the 济南政协 site (``信息来源:济南日报 发布日期:…``, footer with 鲁ICP备); a 泰安高新区 大众新闻 page
(``泰安高新区党工委书记、管委会主任…带队``) and a 聊城日报 interview (``高新区党工委书记、管委会主任``). Places are real: 山东
潍坊 (潍坊高新区 with 清池街道, 新城街道, 双杨街道; 奎文区 with 东关街道, 大虞街道; 潍坊经开区; 潍坊综合保税区), 淄博 (淄博
经开区; 淄博高新区 with 四宝山街道, 卫固镇; 张店区 傅家镇), 东营 (东营经开区), 烟台 (烟台高新区 with 马山街道; 黄渤海新区
with 八角街道; 烟台综合保税区), 济南 (济南高新区 with 孙村街道, 巨野河街道; 济南综合保税区).

Shapes: a 高新区 site's 推进会 with a 观摩 before it (市委常委、高新区党工委书记; a list of two 委员、副主任 after one title; a
street secretary) (di01); a 经开区 site's 推进会议 with the 淄博 short form ``区工委`` and the chain ``市委常委、秘书长，区工委书记``
(di02); a 经开区 site's 调研 by the ``市委常委、经开区党工委书记`` (di03); a district site's 领导活动 page of the new 区长 (bare
``区委``) (di04); a 高新区 site's 推进会议 (di05); a city paper's 市长 调研 of three zones written bare (高新区, 综保区, 经开区)
(di06); a city paper (``本报3月14日讯…今天``) of a 市委常委 who heads the 高新区, with ``党工委委员、管委会副主任，综保区管委会
主任`` (di07); a city paper's 市长 调研 of 高新区 and 经开区, both with ``工委`` (di08); a 经开区 site's 领导干部会议 announcing
a new 党工委书记 from another city's 经开区, with his dotted 简历 (di09); a city paper's 市长 调研 of 高新区 and 黄渤海新区 with
``工委`` / ``管委`` (di10).

Identity cases (the point of the part: four cities' 高新区 and three cities' 经开区, all written bare on their own pages,
each with its own succession):
- di:韦博涛, a zone head who becomes a district head: 潍坊高新区党工委副书记、管委会主任 (di01, Apr 2021) → 奎文区委副书记、
  区长 (di04, May 2023; bare 区委 on the 奎文区 site).
- di:祁骏 moves from one city's 高新区 to another's: 潍坊高新区 党工委委员、管委会副主任 (di01, 2021) → 烟台高新区 党工委
  副书记、管委会主任 (di05, Sept 2023) → 烟台高新区 党工委书记、管委会主任 (di10, June 2024).
- di:靳立朝 moves from one city's 经开区 to another's: 淄博经开区 区工委副书记、管委会主任 (di02, Feb 2022) → 东营经开区
  党工委书记 (di09, Jan 2024, appointed at the 领导干部会议; his 简历 there dates the 淄博 posts 2019.12—2023.12 and earlier
  张店区 posts). di:毛少川 follows him as 淄博经开区 管委会主任 (di08, Apr 2024).
- di:阚晓薇 rises inside 潍坊高新区: 党工委委员、管委会副主任 (di01, 2021) → 党工委副书记、管委会主任 (di06, Nov 2023),
  succeeding 韦博涛.
- di:闵长庚: 东营 市委常委、经开区党工委书记 (di03, 2022) → 市委常委、副市长 who ``不再兼任经开区党工委书记`` (di09, 2024).
- the same officials on two pages: di:郑怀远 (潍坊 市委常委、高新区党工委书记, 2021 and 2023), di:冷德钧 (淄博 市委常委、
  秘书长、经开区工委书记, 2022 and 2024), di:鄂志斌 and di:武春雷 (东营经开区, 2022 and 2024).
- two different 綦立新 with the same bare title in two cities' 高新区: di:綦立新#2 is 烟台高新区 党工委委员、管委会副主任 in
  Sept 2023 (di05) and still in June 2024 (di10); di:綦立新#1 is 淄博高新区 工委委员、管委会副主任 in Apr 2024 (di08) — the
  dates overlap, so they are two people.
- one organ name in several cities: bare ``高新区党工委书记`` is 潍坊's (郑怀远; di01, di06), 烟台's (程立信 in di05, then
  祁骏 in di10), 济南's (岑国梁; di07) and 淄博's (宗立华; di08); bare ``经开区党工委书记`` is 东营's (闵长庚 → 靳立朝; di03,
  di09), 潍坊's (卜永康; di06) and, as ``区工委书记`` / ``经开区工委书记``, 淄博's (冷德钧; di02, di08); bare ``管委会主任`` of
  经开区 is 淄博's (靳立朝 → 毛少川), 东营's (鄂志斌) and 潍坊's (芦海滨); bare ``综保区`` is 潍坊's (di06) and 济南's (di07);
  bare ``市委`` is 潍坊's, 淄博's, 东营's, 烟台's and 济南's on their pages.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, ac where they speak; decided here where they are silent):
- Zone labels (CONVENTIONS): city name without 市 + the zone's short name: 潍坊高新区, 烟台高新区, 济南高新区, 淄博高新区,
  东营经开区 (东营经济技术开发区 folded), 烟台黄渤海新区. DECIDED HERE: the provincial 经济开发区 of 淄博 and 潍坊 (淄博经济
  开发区, 潍坊经济开发区), which write themselves ``淄博经开区`` / ``经开区``, are labelled ``淄博经开区`` and ``潍坊经开区`` like a
  folded 经济技术开发区. 综合保税区 folds to 综保区 after the city's name: ``潍坊综保区``, ``济南综保区`` (as part ai).
- DECIDED HERE (淄博 short form): ``区工委`` on the 淄博经开区 site and ``经开区工委`` / ``高新区工委`` in the 淄博日报 are the
  zone's 党工委 (as bq's 威海 ``工委``): ``区工委副书记、管委会主任靳立朝`` → 淄博经开区党工委 副书记 + 淄博经开区管委会 主任.
  烟台黄渤海新区's ``工委`` / ``管委`` → 党工委 / 管委会 (as bq).
- ``市委常委、秘书长，区工委书记冷德钧`` → 淄博市委 常委 + 淄博市委 秘书长 (秘书长 after 市委常委 = the 市委's, as bs's
  ``地委委员、秘书长``) + 淄博经开区党工委 书记. ``市委常委、高新区党工委书记`` → X市委 常委 + X高新区党工委 书记.
- ``党工委委员、管委会副主任，综保区管委会主任邬承泽`` (di07) → 济南高新区党工委 委员, 济南高新区管委会 副主任, 济南综保区管委会
  主任. ``综保区党工委书记、管委会主任宁晓峰`` (di06) → 潍坊综保区党工委 书记 + 潍坊综保区管委会 主任.
- A list after one title gives every name that title (``党工委委员、管委会副主任祁骏、阚晓薇``, as bs).
- Streets of a zone take the zone label (as bq's 托管 towns): ``在清池街道，街道党工委书记房立田`` → 潍坊高新区清池街道党工委;
  ``马山街道党工委书记`` → 烟台高新区马山街道党工委; ``孙村街道党工委书记`` → 济南高新区孙村街道党工委. A district's street takes
  the district: 奎文区东关街道党工委.
- Bare organs take the page's place (CONVENTIONS): on a zone site and in a city paper ``市委`` / ``市政府`` / ``副市长`` are that
  city's; on the 奎文区 site ``区委副书记、区长`` / ``区委常委、常务副区长`` / ``副区长`` are 奎文区's; ``组织部部长`` after ``市委常委``
  is 东营市委组织部.
- The appointment announced at the 领导干部会议 (``靳立朝同志任经开区党工委书记``) is a holding on the page's date (as ac09);
  ``闵长庚同志不再兼任经开区党工委书记职务`` gives no line (as ac); his other posts on that page (市委常委、副市长) do.
- The dotted 简历 lines are holdings dated by their range (as ac): ``2008.03—2015.03　淄博市张店区傅家镇党委副书记、镇长`` →
  张店区傅家镇党委 副书记 + 张店区傅家镇政府 镇长; ``淄博市张店区人民政府副区长`` → 张店区政府 副区长; ``淄博经济开发区工委
  副书记、管委会主任`` → 淄博经开区党工委 副书记 + 淄博经开区管委会 主任; ``…经济贸易局干部`` has no title (as ac).
- Events: a 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 / 提出要求
  speakers; ``陪同调研并汇报了`` both); 推进会 / 推进会议 / 领导干部会议 are meetings (chair when 主持; 出席 attendees;
  ``出席会议并讲话`` both). DECIDED HERE: ``会前，与会人员现场观摩了…`` (di01) is a ``site observation`` of its own (CONVENTIONS
  观摩) whose named participants are only the street secretary who 介绍; ``与会人员`` is a group, not named attendees.
- Bylines: ``本报讯（记者 …）``, ``本报3月14日讯（记者 …）``, ``（记者 … 通讯员 …）``, ``（YMG全媒体记者 … 通讯员 …）`` give
  reporter / correspondent lines (label as written); 编辑 / 责任编辑 / 审核 are editor lines.
- Projects: named works inspected or pushed: …产业园 (一期 / 二期) ``industrial_park``; 生态修复 / 生态廊道 / 景观提升 工程
  ``greening_project``; 智慧物流园 ``logistics_hub``; 总部基地, 创新中心, 成果转化中心, 中试基地, 金融中心, 监管中心,
  城市更新项目 ``project``. The unnamed ``跨境电商产业园`` of the 综保区 (di06) is generic: no line.
- Places: one line per name per file, as written; a page that writes a zone two ways has both names (淄博经开区 / 经开区,
  潍坊综合保税区 / 综保区, 济南综合保税区 / 综保区); kinds development_zone (高新区, 经开区, 黄渤海新区), bonded_zone (综合保税区,
  综保区), sub_district_office, town, district, river, area (``老城片区`` inside a project name, as bq's 片区), county and
  province (the birth line ``山东博兴人``, as ac). Not places: ``全市``, ``自贸片区`` (unnamed), ``内陆地区``, the generic
  ``开发区``, site lines, mastheads, 来源 lines, addresses, footers and 上一篇 / 下一篇 / 相关新闻 links.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

WFG, WFJ, WFZ = "潍坊高新区", "潍坊经开区", "潍坊综保区"
ZBJ, ZBG = "淄博经开区", "淄博高新区"
DYJ = "东营经开区"
YTG, YTX = "烟台高新区", "烟台黄渤海新区"
JNG, JNZ = "济南高新区", "济南综保区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "di01_weifang.txt": (2021, "发布时间：2021-04-16 17:42", WFG, [
        ("高新区召开一季度重点项目建设推进会", "4月15日下午", "2021-04-15", "4月15日下午，高新区召开",
         "潍坊高新区 site: 推进会 with a 观摩 before it; 市委常委、高新区党工委书记; two 委员、副主任 after one title; a street secretary")]),
    "di02_zibo.txt": (2022, "发布日期：2022-02-23", ZBJ, [
        ("经开区召开2022年重点工作推进会议", "2月22日", "2022-02-22", "2月22日，淄博经开区召开",
         "淄博经开区 site: 推进会议; 区工委 short form; 市委常委、秘书长，区工委书记; 靳立朝 管委会主任")]),
    "di03_dongying.txt": (2022, "发布时间：2022-08-19 10:05:27", DYJ, [
        ("闵长庚到重点企业和在建项目调研安全生产和项目建设工作", "8月18日", "2022-08-18", "8月18日，市委常委",
         "东营经开区 site: 调研 by the 市委常委、经开区党工委书记 with the 管委会主任 and a 副主任")]),
    "di04_kuiwen.txt": (2023, "发布时间：2023-05-12 16:20", "奎文区", [
        ("韦博涛调研城市更新和重点项目建设工作", "5月11日", "2023-05-11", "5月11日，区委副书记",
         "奎文区 site 领导活动: the former 潍坊高新区 管委会主任, now 区委副书记、区长, 调研 two streets")]),
    "di05_yantai.txt": (2023, "发布日期：2023-09-15 17:08", YTG, [
        ("高新区召开“项目攻坚季”推进会议", "9月14日", "2023-09-14", "9月14日，高新区召开",
         "烟台高新区 site: 推进会议; 祁骏 (from 潍坊) now 管委会主任; 綦立新#2; 马山街道 secretary")]),
    "di06_weifang.txt": (2023, "2023年11月22日　星期三", "潍坊市", [
        ("窦俊峰到高新区、经开区调研重点项目和园区发展工作", "11月21日", "2023-11-21", "本报讯（记者 王钰涵）11月21日",
         "潍坊日报: 市长 调研 of 高新区 (阚晓薇 now 管委会主任), 综保区 and 经开区, all bare")]),
    "di07_jinan.txt": (2024, "2024年3月15日　星期五", "济南市", [
        ("岑国梁调研高新区重点项目和开放平台建设", "3月14日", "2024-03-14", "本报3月14日讯（记者 栾晓婷）今天",
         "济南日报: 市委常委、高新区党工委书记 调研 streets and the 综保区; 党工委委员、管委会副主任，综保区管委会主任")]),
    "di08_zibo.txt": (2024, "2024年4月19日　星期五", "淄博市", [
        ("甘振宇到高新区、经开区调研园区建设工作", "4月18日", "2024-04-18", "本报讯（记者 牟春雨 通讯员 杨清越）4月18日",
         "淄博日报: 市长 调研 of 高新区 (綦立新#1) and 经开区 (冷德钧; 毛少川 now 管委会主任); 工委 short form")]),
    "di09_dongying.txt": (2024, "发布时间：2024-01-10 18:12:40", DYJ, [
        ("经开区召开领导干部会议", "1月10日下午", "2024-01-10", "1月10日下午，经开区召开",
         "东营经开区 site: 领导干部会议; 靳立朝 (from 淄博经开区) appointed 党工委书记; 闵长庚 不再兼任; dotted 简历")]),
    "di10_yantai.txt": (2024, "2024年06月14日　第01版：要闻", "烟台市", [
        ("逄海涛到高新区、黄渤海新区调研科技创新和开放平台建设", "6月13日", "2024-06-13", "本报讯（YMG全媒体记者 徐若琳 通讯员 初晓慧）6月13日",
         "烟台日报: 市长 调研 of 高新区 (祁骏 now 书记、主任; 綦立新#2) and 黄渤海新区 (工委 / 管委)")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


_D01_Q = "党工委委员、管委会副主任祁骏、阚晓薇出席会议"
_D02_L = "市委常委、秘书长，区工委书记冷德钧出席会议并讲话"
_D02_J = "区工委副书记、管委会主任靳立朝主持会议"
_D08_L = "市委常委、秘书长，经开区工委书记冷德钧"
_D07_W = "党工委委员、管委会副主任，综保区管委会主任邬承泽"
_D09_a = _span("di09", "靳立朝，男", "淄博市张店区傅家镇党委副书记、镇长")
_D09_b = _span("di09", "靳立朝，男", "淄博市张店区人民政府副区长")
_D09_c = _span("di09", "靳立朝，男", "淄博经济开发区工委副书记、管委会主任")

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 潍坊
    "di:郑怀远": ("郑怀远", "official", WFG, [
        ("di01", "潍坊市委", "常委", "市委常委、高新区党工委书记郑怀远出席会议并讲话", "2021-04; bare 市委 on the 潍坊高新区 site"),
        ("di01", WFG + "党工委", "书记", "市委常委、高新区党工委书记郑怀远出席会议并讲话", "bare 高新区 = 潍坊高新区"),
        ("di06", "潍坊市委", "常委", "市委常委、高新区党工委书记郑怀远汇报了", "2023-11: the same posts"),
        ("di06", WFG + "党工委", "书记", "市委常委、高新区党工委书记郑怀远汇报了", "bare 高新区 in the 潍坊日报")], []),
    "di:韦博涛": ("韦博涛", "official", "奎文区", [
        ("di01", WFG + "党工委", "副书记", "高新区党工委副书记、管委会主任韦博涛主持会议", "2021-04 (identity case: 奎文区长 in 2023, di04)"),
        ("di01", WFG + "管委会", "主任", "高新区党工委副书记、管委会主任韦博涛主持会议", None),
        ("di04", "奎文区委", "副书记", "区委副书记、区长韦博涛到东关街道", "2023-05: zone head → district head; bare 区委 on the 奎文区 site"),
        ("di04", "奎文区政府", "区长", "区委副书记、区长韦博涛到东关街道", "named in the headline too")], []),
    "di:祁骏": ("祁骏", "official", YTG, [
        ("di01", WFG + "党工委", "委员", _D01_Q, "2021-04: 潍坊高新区 (identity case: moves to 烟台高新区); list after one title"),
        ("di01", WFG + "管委会", "副主任", _D01_Q, None),
        ("di05", YTG + "党工委", "副书记", "党工委副书记、管委会主任祁骏主持会议", "2023-09: now 烟台高新区's 管委会主任 (bare 党工委 on its site)"),
        ("di05", YTG + "管委会", "主任", "党工委副书记、管委会主任祁骏主持会议", None),
        ("di10", YTG + "党工委", "书记", "高新区党工委书记、管委会主任祁骏汇报了", "2024-06: now 书记 and 主任 (bare 高新区 in the 烟台日报)"),
        ("di10", YTG + "管委会", "主任", "高新区党工委书记、管委会主任祁骏汇报了", None)], []),
    "di:阚晓薇": ("阚晓薇", "official", WFG, [
        ("di01", WFG + "党工委", "委员", _D01_Q, "2021-04; list after one title"),
        ("di01", WFG + "管委会", "副主任", _D01_Q, None),
        ("di06", WFG + "党工委", "副书记", "高新区党工委副书记、管委会主任阚晓薇介绍了", "2023-11: succeeds 韦博涛"),
        ("di06", WFG + "管委会", "主任", "高新区党工委副书记、管委会主任阚晓薇介绍了", None)], []),
    "di:房立田": ("房立田", "official", WFG, [
        ("di01", WFG + "清池街道党工委", "书记", "在清池街道，街道党工委书记房立田", "a street of the zone takes the zone label (as bq)")], []),
    "di:任洪波": ("任洪波", "official", "奎文区", [
        ("di04", "奎文区东关街道党工委", "书记", "在东关街道，街道党工委书记任洪波", None)], []),
    "di:尚立恒": ("尚立恒", "official", "奎文区", [
        ("di04", "奎文区委", "常委", "区委常委、常务副区长尚立恒", None),
        ("di04", "奎文区政府", "常务副区长", "区委常委、常务副区长尚立恒", None)], []),
    "di:蔺文静": ("蔺文静", "official", "奎文区", [
        ("di04", "奎文区政府", "副区长", "副区长蔺文静陪同调研", None)], []),
    "di:窦俊峰": ("窦俊峰", "official", "潍坊市", [
        ("di06", "潍坊市委", "副书记", "市委副书记、市长窦俊峰到高新区", "named in the headline too"),
        ("di06", "潍坊市政府", "市长", "市委副书记、市长窦俊峰到高新区", None)], []),
    "di:展宏宇": ("展宏宇", "official", "潍坊市", [
        ("di06", "潍坊市政府", "副市长", "副市长展宏宇", None)], []),
    "di:马婧": ("马婧", "official", "潍坊市", [
        ("di06", "潍坊市政府", "秘书长", "市政府秘书长马婧参加调研", None)], []),
    "di:宁晓峰": ("宁晓峰", "official", WFZ, [
        ("di06", WFZ + "党工委", "书记", "综保区党工委书记、管委会主任宁晓峰", "bare 综保区 after 潍坊综合保税区 = 潍坊综保区"),
        ("di06", WFZ + "管委会", "主任", "综保区党工委书记、管委会主任宁晓峰", None)], []),
    "di:卜永康": ("卜永康", "official", WFJ, [
        ("di06", WFJ + "党工委", "书记", "经开区党工委书记卜永康", "bare 经开区 in the 潍坊日报 = 潍坊经开区 (not 淄博's or 东营's)")], []),
    "di:芦海滨": ("芦海滨", "official", WFJ, [
        ("di06", WFJ + "党工委", "副书记", "党工委副书记、管委会主任芦海滨分别汇报了", None),
        ("di06", WFJ + "管委会", "主任", "党工委副书记、管委会主任芦海滨分别汇报了", None)], []),
    # ---- 淄博
    "di:冷德钧": ("冷德钧", "official", ZBJ, [
        ("di02", "淄博市委", "常委", _D02_L, "2022-02"),
        ("di02", "淄博市委", "秘书长", _D02_L, "秘书长 after 市委常委 = the 市委's"),
        ("di02", ZBJ + "党工委", "书记", _D02_L, "DECIDED HERE: 区工委 on the zone's site = 淄博经开区党工委"),
        ("di08", "淄博市委", "常委", _D08_L, "2024-04: the same posts"),
        ("di08", "淄博市委", "秘书长", _D08_L, None),
        ("di08", ZBJ + "党工委", "书记", _D08_L, "经开区工委 in the 淄博日报 = 淄博经开区党工委")], []),
    "di:靳立朝": ("靳立朝", "official", DYJ, [
        ("di02", ZBJ + "党工委", "副书记", _D02_J, "2022-02: 淄博经开区 (identity case: 东营经开区党工委书记 in 2024, di09)"),
        ("di02", ZBJ + "管委会", "主任", _D02_J, None),
        ("di09", DYJ + "党工委", "书记", "靳立朝同志任经开区党工委书记", "2024-01: appointed at the 领导干部会议 (as ac09); bare 经开区 on the 东营 site"),
        ("di09", "张店区傅家镇党委", "副书记", _D09_a, "dotted 简历 line", "2008.03—2015.03"),
        ("di09", "张店区傅家镇政府", "镇长", _D09_a, "dotted 简历 line", "2008.03—2015.03"),
        ("di09", "张店区政府", "副区长", _D09_b, "dotted 简历 line; 张店区人民政府 → 张店区政府", "2015.03—2019.12"),
        ("di09", ZBJ + "党工委", "副书记", _D09_c, "dotted 简历 line: the 淄博 post of di02; 淄博经济开发区工委 → 淄博经开区党工委", "2019.12—2023.12"),
        ("di09", ZBJ + "管委会", "主任", _D09_c, "dotted 简历 line", "2019.12—2023.12")], []),
    "di:滑晓东": ("滑晓东", "official", ZBJ, [
        ("di02", ZBJ + "党工委", "委员", "区工委委员、管委会副主任滑晓东出席会议", None),
        ("di02", ZBJ + "管委会", "副主任", "区工委委员、管委会副主任滑晓东出席会议", None)], []),
    "di:甘振宇": ("甘振宇", "official", "淄博市", [
        ("di08", "淄博市委", "副书记", "市委副书记、市长甘振宇到高新区", "named in the headline too"),
        ("di08", "淄博市政府", "市长", "市委副书记、市长甘振宇到高新区", None)], []),
    "di:任思琪": ("任思琪", "official", "淄博市", [
        ("di08", "淄博市政府", "副市长", "副市长任思琪参加调研", None)], []),
    "di:宗立华": ("宗立华", "official", ZBG, [
        ("di08", ZBG + "党工委", "书记", "高新区工委书记、管委会主任宗立华汇报了", "高新区工委 in the 淄博日报 = 淄博高新区党工委"),
        ("di08", ZBG + "管委会", "主任", "高新区工委书记、管委会主任宗立华汇报了", None)], []),
    "di:綦立新#1": ("綦立新", "official", ZBG, [
        ("di08", ZBG + "党工委", "委员", "高新区工委委员、管委会副主任綦立新介绍了", "淄博 (Apr 2024); not the 綦立新 of 烟台高新区 (di05, di10), who holds the same title there at the same time"),
        ("di08", ZBG + "管委会", "副主任", "高新区工委委员、管委会副主任綦立新介绍了", None)], []),
    "di:毛少川": ("毛少川", "official", ZBJ, [
        ("di08", ZBJ + "党工委", "副书记", "经开区工委副书记、管委会主任毛少川", "2024-04: succeeds 靳立朝"),
        ("di08", ZBJ + "管委会", "主任", "经开区工委副书记、管委会主任毛少川", None)], []),
    # ---- 东营
    "di:闵长庚": ("闵长庚", "official", "东营市", [
        ("di03", "东营市委", "常委", "市委常委、经开区党工委书记闵长庚到区内", "2022-08; named in the headline too"),
        ("di03", DYJ + "党工委", "书记", "市委常委、经开区党工委书记闵长庚到区内", "bare 经开区 on the 东营经开区 site"),
        ("di09", "东营市委", "常委", "市委常委、副市长闵长庚出席会议", "2024-01; ``不再兼任经开区党工委书记职务`` gives no line"),
        ("di09", "东营市政府", "副市长", "市委常委、副市长闵长庚出席会议", None)], []),
    "di:鄂志斌": ("鄂志斌", "official", DYJ, [
        ("di03", DYJ + "党工委", "副书记", "经开区党工委副书记、管委会主任鄂志斌，党工委委员", "2022-08"),
        ("di03", DYJ + "管委会", "主任", "经开区党工委副书记、管委会主任鄂志斌，党工委委员", None),
        ("di09", DYJ + "党工委", "副书记", "经开区党工委副书记、管委会主任鄂志斌主持会议", "2024-01"),
        ("di09", DYJ + "管委会", "主任", "经开区党工委副书记、管委会主任鄂志斌主持会议", None)], []),
    "di:武春雷": ("武春雷", "official", DYJ, [
        ("di03", DYJ + "党工委", "委员", "党工委委员、管委会副主任武春雷陪同调研", "2022-08"),
        ("di03", DYJ + "管委会", "副主任", "党工委委员、管委会副主任武春雷陪同调研", None),
        ("di09", DYJ + "党工委", "委员", "党工委委员、管委会副主任武春雷，区直各部门", "2024-01"),
        ("di09", DYJ + "管委会", "副主任", "党工委委员、管委会副主任武春雷，区直各部门", None)], []),
    "di:荆晓宇": ("荆晓宇", "official", "东营市", [
        ("di09", "东营市委", "常委", "市委常委、组织部部长荆晓宇出席会议并讲话", None),
        ("di09", "东营市委组织部", "部长", "市委常委、组织部部长荆晓宇出席会议并讲话", "组织部 after 市委常委 = 东营市委组织部")], []),
    # ---- 烟台
    "di:程立信": ("程立信", "official", YTG, [
        ("di05", YTG + "党工委", "书记", "高新区党工委书记程立信出席会议并讲话", "2023-09; by 2024-06 祁骏 holds the post (di10)")], []),
    "di:綦立新#2": ("綦立新", "official", YTG, [
        ("di05", YTG + "党工委", "委员", "党工委委员、管委会副主任綦立新出席会议", "烟台 (Sept 2023); not the 綦立新 of 淄博高新区 (di08)"),
        ("di05", YTG + "管委会", "副主任", "党工委委员、管委会副主任綦立新出席会议", None),
        ("di10", YTG + "党工委", "委员", "党工委委员、管委会副主任綦立新介绍了", "June 2024: still in 烟台"),
        ("di10", YTG + "管委会", "副主任", "党工委委员、管委会副主任綦立新介绍了", None)], []),
    "di:汲海鹏": ("汲海鹏", "official", YTG, [
        ("di05", YTG + "马山街道党工委", "书记", "马山街道党工委书记汲海鹏", "a street of the zone takes the zone label")], []),
    "di:逄海涛": ("逄海涛", "official", "烟台市", [
        ("di10", "烟台市委", "副书记", "市委副书记、市长逄海涛到高新区", "named in the headline too"),
        ("di10", "烟台市政府", "市长", "市委副书记、市长逄海涛到高新区", None)], []),
    "di:秦嘉懿": ("秦嘉懿", "official", "烟台市", [
        ("di10", "烟台市政府", "副市长", "副市长秦嘉懿参加调研", None)], []),
    "di:衣明远": ("衣明远", "official", YTX, [
        ("di10", YTX + "党工委", "书记", "黄渤海新区工委书记衣明远", "工委 = 党工委 (as bq)")], []),
    "di:曲振邦": ("曲振邦", "official", YTX, [
        ("di10", YTX + "党工委", "副书记", "工委副书记、管委主任曲振邦陪同调研", None),
        ("di10", YTX + "管委会", "主任", "工委副书记、管委主任曲振邦陪同调研", "管委 = 管委会")], []),
    # ---- 济南
    "di:岑国梁": ("岑国梁", "official", JNG, [
        ("di07", "济南市委", "常委", "市委常委、高新区党工委书记岑国梁到孙村街道", "named in the headline too"),
        ("di07", JNG + "党工委", "书记", "市委常委、高新区党工委书记岑国梁到孙村街道", "bare 高新区 in the 济南日报 = 济南高新区")], []),
    "di:濮文轩": ("濮文轩", "official", JNG, [
        ("di07", JNG + "党工委", "副书记", "高新区党工委副书记、管委会主任濮文轩", None),
        ("di07", JNG + "管委会", "主任", "高新区党工委副书记、管委会主任濮文轩", None)], []),
    "di:邬承泽": ("邬承泽", "official", JNG, [
        ("di07", JNG + "党工委", "委员", _D07_W, None),
        ("di07", JNG + "管委会", "副主任", _D07_W, None),
        ("di07", JNZ + "管委会", "主任", _D07_W, "bare 综保区 = 济南综保区 (济南综合保税区 named in the same sentence)")], []),
    "di:邢文静": ("邢文静", "official", JNG, [
        ("di07", JNG + "孙村街道党工委", "书记", "孙村街道党工委书记邢文静", "a street of the zone takes the zone label")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("di01", "吕婧雯", "责任编辑", "editor", "责任编辑：吕婧雯"),
    ("di01", "单雪莹", "审核", "editor", "审核：单雪莹"),
    ("di02", "邵梓涵", "编辑", "editor", "编辑：邵梓涵"),
    ("di02", "于欣悦", "审核", "editor", "审核：于欣悦"),
    ("di03", "丁一凡", "编辑", "editor", "编辑：丁一凡"),
    ("di03", "朱晓萌", "审核", "editor", "审核：朱晓萌"),
    ("di04", "李冰洁", "责任编辑", "editor", "责任编辑：李冰洁"),
    ("di05", "张梓萌", "编辑", "editor", "编辑：张梓萌"),
    ("di05", "宋子豪", "审核", "editor", "审核：宋子豪"),
    ("di06", "王钰涵", "记者", "reporter", "本报讯（记者 王钰涵）"),
    ("di06", "周静雯", "责任编辑", "editor", "责任编辑：周静雯"),
    ("di07", "栾晓婷", "记者", "reporter", "本报3月14日讯（记者 栾晓婷）"),
    ("di07", "郑文娟", "责任编辑", "editor", "责任编辑：郑文娟"),
    ("di08", "牟春雨", "记者", "reporter", "本报讯（记者 牟春雨 通讯员 杨清越）"),
    ("di08", "杨清越", "通讯员", "correspondent", "本报讯（记者 牟春雨 通讯员 杨清越）"),
    ("di08", "林雨萱", "责任编辑", "editor", "责任编辑：林雨萱"),
    ("di09", "丁一凡", "编辑", "editor", "编辑：丁一凡"),
    ("di09", "朱晓萌", "审核", "editor", "审核：朱晓萌"),
    ("di10", "徐若琳", "YMG全媒体记者", "reporter", "本报讯（YMG全媒体记者 徐若琳 通讯员 初晓慧）"),
    ("di10", "初晓慧", "通讯员", "correspondent", "本报讯（YMG全媒体记者 徐若琳 通讯员 初晓慧）"),
    ("di10", "盛嘉怡", "责任编辑", "editor", "责任编辑：盛嘉怡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("di01", "重点项目现场观摩", "site observation (现场观摩)", "4月15日下午", None, None, ["潍坊高新区"],
     [], ["房立田"], "清池街道、新城街道、双杨街道",
     "会前，与会人员现场观摩了清池街道光电显示模组产业园二期",
     ["街道党工委书记房立田介绍了"]),
    ("di01", "高新区一季度重点项目建设推进会", "meeting (推进会)", "4月15日下午", "韦博涛", None, ["潍坊高新区"],
     ["郑怀远", "祁骏", "阚晓薇"], ["祁骏", "阚晓薇", "郑怀远", "韦博涛"], None,
     "4月15日下午，高新区召开一季度重点项目建设推进会",
     ["高新区党工委书记郑怀远出席会议并讲话", "管委会主任韦博涛主持会议", "管委会副主任祁骏、阚晓薇出席会议", "祁骏通报了",
      "阚晓薇就重点项目用地保障", "郑怀远指出", "韦博涛要求"]),
    ("di02", "2022年重点工作推进会议", "meeting (推进会议)", "2月22日", "靳立朝", None, ["淄博经开区"],
     ["冷德钧", "滑晓东"], ["滑晓东", "冷德钧", "靳立朝"], None,
     "2月22日，淄博经开区召开2022年重点工作推进会议",
     ["区工委书记冷德钧出席会议并讲话", "管委会主任靳立朝主持会议", "管委会副主任滑晓东出席会议", "滑晓东通报了",
      "冷德钧强调", "靳立朝要求"]),
    ("di03", "重点企业和在建项目安全生产和项目建设调研", "inspection (调研)", "8月18日", None, "闵长庚", [],
     ["鄂志斌", "武春雷"], ["鄂志斌", "武春雷", "闵长庚"], "东营经开区",
     "市委常委、经开区党工委书记闵长庚到区内重点企业和在建项目，调研安全生产和项目建设工作",
     ["经开区党工委书记闵长庚到区内", "管委会主任鄂志斌", "管委会副主任武春雷陪同调研", "鄂志斌汇报了", "武春雷介绍了",
      "闵长庚强调"]),
    ("di04", "城市更新和重点项目建设调研", "inspection (调研)", "5月11日", None, "韦博涛", [],
     ["尚立恒", "蔺文静"], ["任洪波", "韦博涛", "尚立恒"], "东关街道、大虞街道",
     "区委副书记、区长韦博涛到东关街道、大虞街道调研城市更新和重点项目建设工作",
     ["区长韦博涛到东关街道", "常务副区长尚立恒", "副区长蔺文静陪同调研", "街道党工委书记任洪波汇报了", "韦博涛指出",
      "尚立恒就做好项目要素保障"]),
    ("di05", "“项目攻坚季”推进会议", "meeting (推进会议)", "9月14日", "祁骏", None, ["烟台高新区"],
     ["程立信", "綦立新"], ["綦立新", "汲海鹏", "程立信", "祁骏"], None,
     "9月14日，高新区召开“项目攻坚季”推进会议",
     ["高新区党工委书记程立信出席会议并讲话", "管委会主任祁骏主持会议", "管委会副主任綦立新出席会议", "綦立新通报了",
      "汲海鹏介绍了", "程立信指出", "祁骏要求"]),
    ("di06", "高新区、经开区重点项目和园区发展调研", "inspection (调研)", "11月21日", None, "窦俊峰", [],
     ["展宏宇", "马婧"], ["郑怀远", "阚晓薇", "宁晓峰", "卜永康", "芦海滨", "窦俊峰", "展宏宇"], "高新区、经开区",
     "市委副书记、市长窦俊峰到高新区、经开区调研重点项目建设和园区高质量发展工作",
     ["市长窦俊峰到高新区、经开区调研", "副市长展宏宇", "市政府秘书长马婧参加调研", "郑怀远汇报了", "阚晓薇介绍了",
      "宁晓峰汇报了", "经开区党工委书记卜永康", "芦海滨分别汇报了", "窦俊峰指出", "展宏宇就做好年底前重点项目冲刺"]),
    ("di07", "高新区重点项目和开放平台建设调研", "inspection (调研)", "3月14日", None, "岑国梁", [],
     ["濮文轩", "邬承泽"], ["邢文静", "邬承泽", "岑国梁", "濮文轩"], "孙村街道、巨野河街道、济南综合保税区",
     "市委常委、高新区党工委书记岑国梁到孙村街道、巨野河街道和济南综合保税区，调研重点项目建设和开放平台建设工作",
     ["高新区党工委书记岑国梁到孙村街道", "管委会主任濮文轩", "综保区管委会主任邬承泽陪同调研", "邢文静介绍了", "邬承泽汇报了",
      "岑国梁强调", "濮文轩表示"]),
    ("di08", "高新区、经开区园区建设调研", "inspection (调研)", "4月18日", None, "甘振宇", [],
     ["任思琪"], ["宗立华", "綦立新", "冷德钧", "毛少川", "甘振宇", "任思琪"], "高新区、经开区",
     "市委副书记、市长甘振宇到高新区、经开区调研园区建设和重点项目推进工作",
     ["市长甘振宇到高新区、经开区调研", "副市长任思琪参加调研", "宗立华汇报了", "綦立新介绍了",
      "经开区工委书记冷德钧", "毛少川汇报了", "甘振宇指出", "任思琪就园区安全生产"]),
    ("di09", "经开区领导干部会议", "meeting (领导干部会议)", "1月10日下午", "鄂志斌", None, ["东营经开区"],
     ["荆晓宇", "闵长庚", "武春雷"], ["荆晓宇", "闵长庚", "靳立朝"], None,
     "1月10日下午，经开区召开领导干部会议",
     ["组织部部长荆晓宇出席会议并讲话", "副市长闵长庚出席会议", "管委会主任鄂志斌主持会议", "荆晓宇宣读了市委的决定",
      "荆晓宇指出", "闵长庚表示", "靳立朝在表态发言中表示", "管委会副主任武春雷，区直各部门单位主要负责同志参加会议"]),
    ("di10", "高新区、黄渤海新区科技创新和开放平台建设调研", "inspection (调研)", "6月13日", None, "逄海涛", [],
     ["秦嘉懿", "衣明远", "曲振邦"], ["祁骏", "綦立新", "衣明远", "曲振邦", "逄海涛", "秦嘉懿"], "高新区、黄渤海新区",
     "市委副书记、市长逄海涛到高新区、黄渤海新区调研科技创新和开放平台建设工作",
     ["市长逄海涛到高新区、黄渤海新区调研", "副市长秦嘉懿参加调研", "祁骏汇报了", "綦立新介绍了", "工委书记衣明远",
      "管委主任曲振邦陪同调研并汇报了", "逄海涛强调", "秦嘉懿就园区安全生产"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("di01", "清池街道光电显示模组产业园二期", "industrial_park", "现场观摩了清池街道光电显示模组产业园二期"),
    ("di01", "新城街道数字经济总部基地", "project", "新城街道数字经济总部基地和双杨街道"),
    ("di01", "双杨街道智能农机装备产业园", "industrial_park", "双杨街道智能农机装备产业园项目"),
    ("di02", "经开区新能源电池材料产业园一期", "industrial_park", "全力推动经开区新能源电池材料产业园一期"),
    ("di02", "经开区智能装备产业园二期", "industrial_park", "经开区智能装备产业园二期年内建成投产"),
    ("di02", "孝妇河经开区段生态廊道提升工程", "greening_project", "加快孝妇河经开区段生态廊道提升工程建设"),
    ("di03", "东营经开区高端石油装备产业园", "industrial_park", "先后来到东营经开区高端石油装备产业园"),
    ("di03", "经开区新材料产业园二期", "industrial_park", "经开区新材料产业园二期和广利河"),
    ("di03", "广利河经开区段景观提升工程", "greening_project", "广利河经开区段景观提升工程现场"),
    ("di04", "东关街道老城片区城市更新项目", "project", "先后来到东关街道老城片区城市更新项目"),
    ("di04", "大虞街道科创金融中心项目", "project", "大虞街道科创金融中心项目和白浪河"),
    ("di04", "白浪河东岸生态修复工程", "greening_project", "白浪河东岸生态修复工程现场"),
    ("di05", "马山街道海洋生物医药产业园一期", "industrial_park", "汲海鹏介绍了马山街道海洋生物医药产业园一期"),
    ("di05", "高新区科技成果转化中心", "project", "高新区科技成果转化中心等项目建设"),
    ("di05", "辛安河下游生态修复工程", "greening_project", "统筹推进辛安河下游生态修复工程"),
    ("di06", "清池街道光电显示模组产业园二期", "industrial_park", "来到清池街道光电显示模组产业园二期"),
    ("di06", "高新区动力装备创新中心", "project", "高新区动力装备创新中心，详细了解"),
    ("di06", "经开区高端铸造产业园二期", "industrial_park", "察看了经开区高端铸造产业园二期"),
    ("di06", "经开区智慧物流园", "logistics_hub", "经开区智慧物流园项目"),
    ("di07", "孙村街道新一代信息技术产业园二期", "industrial_park", "走进孙村街道新一代信息技术产业园二期"),
    ("di07", "巨野河街道生物医药产业园一期", "industrial_park", "巨野河街道生物医药产业园一期项目现场"),
    ("di07", "综保区跨境电商监管中心项目", "project", "邬承泽汇报了综保区跨境电商监管中心项目建设"),
    ("di08", "四宝山街道MEMS传感器产业园二期", "industrial_park", "来到四宝山街道MEMS传感器产业园二期"),
    ("di08", "卫固镇新材料中试基地", "project", "卫固镇新材料中试基地，察看"),
    ("di08", "经开区新能源电池材料产业园一期", "industrial_park", "察看了经开区新能源电池材料产业园一期"),
    ("di08", "孝妇河经开区段生态廊道提升工程", "greening_project", "孝妇河经开区段生态廊道提升工程。"),
    ("di09", "经开区新材料产业园二期", "industrial_park", "全力推进经开区新材料产业园二期"),
    ("di10", "马山街道海洋生物医药产业园一期", "industrial_park", "来到马山街道海洋生物医药产业园一期"),
    ("di10", "高新区科技成果转化中心", "project", "高新区科技成果转化中心，了解"),
    ("di10", "八角街道高端化工新材料产业园", "industrial_park", "八角街道高端化工新材料产业园，详细了解"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("di01", "高新区", "development_zone", "standalone", "4月15日下午，高新区召开"),
    ("di01", "清池街道", "sub_district_office", "standalone", "在清池街道，街道党工委书记房立田"),
    ("di01", "新城街道", "sub_district_office", "in_project_name", "新城街道数字经济总部基地和双杨街道"),
    ("di01", "双杨街道", "sub_district_office", "in_project_name", "双杨街道智能农机装备产业园项目"),
    ("di02", "淄博经开区", "development_zone", "standalone", "2月22日，淄博经开区召开"),
    ("di02", "经开区", "development_zone", "standalone", "经开区是全市绿色低碳高质量发展的重要承载区"),
    ("di02", "孝妇河", "river", "in_project_name", "加快孝妇河经开区段生态廊道提升工程建设"),
    ("di03", "经开区", "development_zone", "standalone", "经开区要统筹发展和安全"),
    ("di03", "东营经开区", "development_zone", "in_project_name", "先后来到东营经开区高端石油装备产业园"),
    ("di03", "广利河", "river", "in_project_name", "广利河经开区段景观提升工程现场"),
    ("di04", "东关街道", "sub_district_office", "standalone", "到东关街道、大虞街道调研"),
    ("di04", "大虞街道", "sub_district_office", "standalone", "到东关街道、大虞街道调研"),
    ("di04", "老城片区", "area", "in_project_name", "先后来到东关街道老城片区城市更新项目"),
    ("di04", "白浪河", "river", "standalone", "统筹抓好白浪河沿岸生态修复"),
    ("di04", "奎文区", "district", "standalone", "为奎文区发展现代服务业提供有力支撑"),
    ("di05", "高新区", "development_zone", "standalone", "9月14日，高新区召开"),
    ("di05", "马山街道", "sub_district_office", "standalone", "区直各部门单位、马山街道主要负责同志参加会议"),
    ("di05", "辛安河", "river", "in_project_name", "统筹推进辛安河下游生态修复工程"),
    ("di06", "高新区", "development_zone", "standalone", "到高新区、经开区调研重点项目建设"),
    ("di06", "经开区", "development_zone", "standalone", "到高新区、经开区调研重点项目建设"),
    ("di06", "清池街道", "sub_district_office", "in_project_name", "来到清池街道光电显示模组产业园二期"),
    ("di06", "潍坊综合保税区", "bonded_zone", "standalone", "在潍坊综合保税区，综保区党工委书记"),
    ("di06", "综保区", "bonded_zone", "standalone", "综保区要用足用好保税政策"),
    ("di07", "高新区", "development_zone", "standalone", "高新区要坚定扛牢全市科技创新"),
    ("di07", "孙村街道", "sub_district_office", "standalone", "到孙村街道、巨野河街道和济南综合保税区"),
    ("di07", "巨野河街道", "sub_district_office", "standalone", "到孙村街道、巨野河街道和济南综合保税区"),
    ("di07", "济南综合保税区", "bonded_zone", "standalone", "到孙村街道、巨野河街道和济南综合保税区"),
    ("di07", "综保区", "bonded_zone", "standalone", "综保区要发挥开放平台功能"),
    ("di08", "高新区", "development_zone", "standalone", "到高新区、经开区调研园区建设"),
    ("di08", "经开区", "development_zone", "standalone", "到高新区、经开区调研园区建设"),
    ("di08", "四宝山街道", "sub_district_office", "in_project_name", "来到四宝山街道MEMS传感器产业园二期"),
    ("di08", "卫固镇", "town", "in_project_name", "卫固镇新材料中试基地，察看"),
    ("di08", "孝妇河", "river", "standalone", "统筹推进孝妇河生态廊道建设"),
    ("di09", "经开区", "development_zone", "standalone", "1月10日下午，经开区召开领导干部会议"),
    ("di09", "山东", "province", "standalone", "山东博兴人"),
    ("di09", "博兴", "county", "standalone", "山东博兴人"),
    ("di09", "淄博市", "city", "in_org_reference", "淄博市张店区人民政府副区长"),
    ("di09", "张店区", "district", "in_org_reference", "淄博市张店区人民政府副区长"),
    ("di09", "傅家镇", "town", "in_org_reference", "淄博市张店区傅家镇党委副书记、镇长"),
    ("di09", "淄博经济开发区", "development_zone", "in_org_reference", "淄博经济开发区工委副书记、管委会主任"),
    ("di10", "高新区", "development_zone", "standalone", "到高新区、黄渤海新区调研科技创新"),
    ("di10", "黄渤海新区", "development_zone", "standalone", "到高新区、黄渤海新区调研科技创新"),
    ("di10", "马山街道", "sub_district_office", "in_project_name", "来到马山街道海洋生物医药产业园一期"),
    ("di10", "烟台综合保税区", "bonded_zone", "standalone", "逄海涛走进烟台综合保税区"),
    ("di10", "八角街道", "sub_district_office", "in_project_name", "八角街道高端化工新材料产业园，详细了解"),
    ("di10", "综保区", "bonded_zone", "standalone", "要用好综保区、自贸片区等开放平台"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="di", conventions="set di (blind set: same-named zone organs of five cities of 山东 written bare on each city's own pages: 高新区 of 潍坊, 烟台, 济南 and 淄博; 经开区 of 淄博, 东营 and 潍坊; 综保区 of 潍坊 and 济南; 烟台黄渤海新区; bare 市委 of each city and 区委 of 奎文区. Zone label = city without 市 + short name (淄博经济开发区 / 潍坊经济开发区 → 淄博经开区 / 潍坊经开区; 综合保税区 → 综保区); the 淄博 short forms 区工委 / 经开区工委 / 高新区工委 and 烟台's 工委 / 管委 = 党工委 / 管委会; streets of a zone take the zone label; an appointment announced at a 领导干部会议 is a holding, 不再兼任 is none; dotted 简历 lines are dated holdings; one line per post per article)",
          persons_note="Set di persons. id = corpus-wide person_id (di:綦立新#1 of 淄博高新区 and di:綦立新#2 of 烟台高新区 hold the same bare title 高新区(工委/党工委)委员、管委会副主任 at overlapping dates: two people; di:韦博涛 潍坊高新区 管委会主任 2021 → 奎文区委副书记、区长 2023; di:祁骏 潍坊高新区 副主任 2021 → 烟台高新区 管委会主任 2023 → 党工委书记、管委会主任 2024; di:靳立朝 淄博经开区 管委会主任 2022 (2019.12—2023.12) → 东营经开区党工委书记 2024; di:阚晓薇 潍坊高新区 副主任 2021 → 管委会主任 2023; di:闵长庚 东营 市委常委、经开区党工委书记 2022 → 市委常委、副市长 2024)")


if __name__ == "__main__":
    main()
