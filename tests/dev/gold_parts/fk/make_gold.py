"""Write gold part ``fk`` (a blind set: state-owned and platform companies in county and city news: county leaders at
the 城投 / 文旅 / 交投 集团, 国资局 / 国资办 / 国资委 meetings on state firms, officials who also chair a company, company
heads who become officials and the reverse) from the tables below.

Pages ``tests/dev/texts/fk*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: the 宜阳 county page of a 县管国有平台公司转型发展工作会议
(``县委副书记、代县长…，县委常委、常务副县长…出席会议。县财政、审计、科工、国资办等单位负责同志参加``, ``县城投公司董事长…、
副总经理…作了表态发言``); the 奇台 county page of a 国有企业经济运行分析会 (``2024-08-19 10:28:22 来源：奇台零距离 【字体:
打印``, the 县委书记 主持, ``各国有企业负责人…依次作了发言``); the 天全 county page of a 国有企业改革推进会 (县长 主持, ``县领导
…，县委组织部、县财政局…县国资办相关负责人参加``, the 县国资中心 reports); a 黔西南 州工投集团 site (``集团新闻2020-02-26来源:
州工投集团编辑:… 浏览:``, the 副州长 hears the company's ``党委书记、董事长`` report); the 长春 国资委 page (``市国资委主任…通报…
会议由市国资委副主任…主持``); a 荆门 国资 page of a 市政府 专题会议 on 市属 集团; two 上饶 城投集团 pages (``市国资委党委书记、
主任…，党委委员、监事会主席…，党委委员、副主任…莅临…集团公司党委书记、董事长…陪同``; ``供稿单位：… 撰稿：… 审核：…``); the
山东土地发展集团 site (``当前位置: …>>新闻中心>>集团新闻``, ``发布时间 :``, its 董事长 meets a ``市委副书记、利津县委书记``); the
新乡县 site (``来源:交通局 时间:2021-09-27 浏览量:``, ``分享:``); the 安乡 交通局 page (``县领导…以及交通、公路、交建投负责人
陪同调研``, ``供稿:…``, ``扫一扫在手机打开当前页``); the 山西文旅集团 page of a 签约 with 武乡县 (``县委副书记、县长…致辞``,
``…代表双方签署``); a 盐城 城投集团 page (``城投集团董事长、党委书记…陪同察看并详细汇报``). Places are real: 湖南 邵阳 隆回县
(the 县政府 site, the 隆回新闻网 portal), 江西 赣州 (the 于都县 site, the 赣南日报), 贵州 遵义 湄潭县 (the 县政府 site, the
county 文旅集团's own site), 山东 临沂 (the 沂南县 site, the 临沂日报), 陕西 汉中 (the 城固县 site, the 汉中日报).

Shapes: a 县政府 site of the 县长's 调研 of the 县城投集团 with the 常务副县长 and the ``县国资局党组书记、局长``, then a 座谈会
where the company's 党委书记、董事长 and 总经理 report (fk01); a county news portal (``作者：记者 … 通讯员 …``, share line,
相关新闻 list with dates) of the 县委书记's 调研 of the 县文旅集团, with the former 城投 董事长 now ``县政府党组成员、副县长``
(fk02); a 县政府 site (``信息来源：县国资办``) of a 县属国有企业改革发展推进会 where one man is ``县政府党组成员、县城发集团党委
书记、董事长`` and one ``县财政局局长、县国资办主任``, a unit credit ``（县国资办）`` (fk03); a city paper's 第02版 with two
articles: the 市国资委 座谈会 (the same man now ``市国资委党委委员、副主任``) and a county 城发集团's 签约仪式 with the 县长
(fk04); a 县政府 site's 部门动态 of a 县国资局 调度会 (``县政府党组成员、副县长``, ``县国资局党组书记、局长`` chairs, the ``县国有资产
事务服务中心主任``) (fk05); a county 文旅集团's own site (``集团党委书记、董事长`` bare, ``上一篇 / 下一篇``) of the 县长's 调研,
the former 国资局长 now the company's 董事长 (fk06); a 县政府 site of the 县委书记's 调研 of the 县城投 and 县交投 集团 (fk07);
a city paper's 第03版 of a 县属国有企业改革发展现场推进会 (观摩, then the 推进会; 市委常委、常务副市长, 市国资委 主任 chairs;
the former 常务副县长 now 县长) (fk08); a 县政府 site of a 县交投集团 揭牌仪式 chaired by the 县国资办主任 (fk09); a city
paper's 第01版 of a 副市长's 调研 of a 市属 文旅集团 and a county, the former 常务副县长 of fk09 now 市国资委党委书记、主任
(fk10).

Identity cases:
- fk:邝振华 隆回县委副书记、县长 (fk01, April 2021) → 隆回县委书记 (fk02, Aug 2023).
- fk:阳建新, a company head who becomes an official: 隆回县城投集团 党委书记、董事长 (fk01, 2021: a company role, no line) →
  隆回县政府党组 成员 + 隆回县政府 副县长 (fk02, 2023).
- fk:肖承禹, an official who chairs a company, then moves to the city: 于都县政府党组 成员 (and 县城发集团 党委书记、董事长, no
  line) (fk03, June 2022) → 赣州市国资委党委 委员 + 赣州市国资委 副主任 (fk04, March 2024); his successor at the company
  fk:易海波 (company role, fk04).
- fk:冉崇义, an official who becomes a company head: 湄潭县国资局党组 书记 + 湄潭县国资局 局长 (fk05, Sept 2022) → the 县
  文旅集团's 党委书记、董事长 (fk06, May 2024: a company role, no line); his successor at the 国资局 fk:犹学军 (fk06).
- fk:鞠维涛 沂南县委常委、常务副县长 (fk07, May 2023) → 沂南县委副书记、县长 (fk08, June 2024).
- fk:苟立堂 城固县委常委、常务副县长 (fk09, July 2023) → 汉中市国资委党委书记、主任 (fk10, April 2024).
- the same people in two pages in one post: fk:管志勇 (于都县长, fk03 and fk04), fk:田茂勋 (湄潭 县政府党组成员、副县长, fk05
  and fk06), fk:庞俊峰 (沂南县委书记, fk07 and fk08), fk:雷振秦 (城固县长, fk09 and fk10); fk:韦庆丰 heads the 城固县交投集团
  on fk09 and fk10 (company, no line).
- two different 晏立波 in unrelated places: fk:晏立波#1 沂南县政府 副县长 (山东, fk07); fk:晏立波#2 城固县国资办 主任 (陕西,
  fk09).
- one organ name in several places: bare ``县国资局`` is 隆回's (fk01), 湄潭's (fk05, fk06) and 沂南's (fk07); bare ``市国资委``
  is 赣州's (fk04), 临沂's (fk08) and 汉中's (fk10); ``县政府党组成员`` is 隆回's (fk02), 于都's (fk03) and 湄潭's (fk05, fk06);
  ``县国资办`` is 于都's (fk03) and 城固's (fk09); the companies ``县城投集团`` / ``县交投集团`` / ``县文旅集团`` recur in four
  counties (no lines).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts be, z, bw, dn say; decided here where they are silent):
- Company roles are not posts (CONVENTIONS; part be): 董事长, 总经理, 副总经理 and a company's 党委书记 / 党委副书记 give no line,
  also for a county's own 城投 / 城发 / 交投 / 文旅 / 工业投资 集团. Their people are ``company_executive`` persons, named in
  events (汇报 / 表态发言 / 介绍 → speakers; 签约 / 参加 / 陪同 → attendees).
- DECIDED HERE: a chain that joins a government post and a company role (``县政府党组成员、县城发集团党委书记、董事长肖承禹``)
  gives the government post only (于都县政府党组 成员); the company titles after it give none, though they share the chain.
- DECIDED HERE: a person who holds a post on one page and only a company role on another (阳建新, 冉崇义) is type
  ``official`` (as part be's 佘立群), named without a post on the company page; a person who holds no post anywhere in the
  part is ``company_executive``.
- ``县政府党组成员`` → X县政府党组 成员 (党组成员 a post of the 党组, parts z, bw, er); ``县政府党组成员、副县长`` gives X县政府党组
  成员 + X县政府 副县长.
- DECIDED HERE: the 县国资局 has a 党组 (a government department, unlike the 国资委 with its 党委 in part be): ``县国资局党组书记、
  局长`` → X县国资局党组 书记 + X县国资局 局长 (the department kept short as the pages write it, as be keeps 国资委).
  ``市国资委党委书记、主任`` → X市国资委党委 书记 + X市国资委 主任; ``党委委员、副主任`` → X市国资委党委 委员 + X市国资委
  副主任 (part be). ``县财政局局长、县国资办主任`` → X县财政局 局长 + X县国资办 主任 (part be).
- DECIDED HERE: the ``县国有资产事务服务中心`` is a public institution (事业单位) of the county, not a company: its 主任 is a post
  (湄潭县国有资产事务服务中心 主任), as parts bx and da count public institutions' heads.
- Bare organs take the page's place: on a county site, a county portal and a county company's own site (fk06) bare 县委 /
  县政府 / 县国资局 = that county; in a city paper ``市委`` / ``市政府`` / ``市国资委`` = the paper's city; a bare ``县委副书记、
  县长`` right after ``于都县`` (fk04) or ``沂南县委书记`` (fk08) is that county's.
- One line per post per article; 县长 → X县政府, 常务副县长 → X县政府, 副市长 / 常务副市长 / 副秘书长 → X市政府.
- Events: 调研 → ``inspection`` (leader; 陪同 / 参加 → attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 作了安排 → speakers); a
  座谈会 or 工作汇报会 ``在随后召开`` after the site visits is a meeting of its own (parts be, dn) with its 汇报 / 指出 speakers;
  推进会 / 座谈会 / 调度会 are meetings (chair 主持; ``出席会议并讲话`` is attendee and speaker, part dn); the 观摩 before the
  现场推进会 (fk08) is a ``site observation`` (CONVENTIONS) and the 推进会 a meeting; 签约仪式 and 揭牌仪式 are ceremonies
  (signers and those who 揭牌 are attendees; 致辞 / 宣读 / 表态发言 / 讲话 / 表示 speakers; 主持 the chair), as part be.
- Bylines: ``本报讯（记者 …）`` and ``作者：记者 … 通讯员 …`` are reporter / correspondent lines; ``撰稿：`` an author line;
  ``责任编辑 / 编辑 / 审核 / 本版编辑`` editor lines. DECIDED HERE: the unit credit ``（县国资办）`` (fk03) names no person and
  gives no line.
- Projects: works named as inspected, under way or to be pushed (…工程, …项目, …产业园 / 产业园二期, 标准厂房四期, a 管理平台
  as ``project``; 棚户区改造 / 安置房 / 老旧小区改造 ``housing_project``; 风光带 / 滨水步道 / 湿地公园 ``greening_project``;
  供水 / 雨污分流 / 国道 / 快速通道 ``infrastructure_project``; a river's 综合治理工程 ``engineering_work``). A company's own
  operating centre (智慧旅游运营中心) is no project.
- Places: one line per name per file, as written; places inside project names count. DECIDED HERE: a county named only
  inside a company's name (城固县交通建设投资集团有限公司, 于都县城发集团, 汉中文旅集团) gives no place (part be); site lines,
  navigation (走进隆回), 来源 lines, mastheads, footers and 相关新闻 / 上一篇 / 下一篇 lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LH, YD, GZ, MT, YN, LY, CG, HZ = "隆回县", "于都县", "赣州市", "湄潭县", "沂南县", "临沂市", "城固县", "汉中市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fk01_longhui.txt": (2021, "发布时间：2021-04-16 17:32", LH, [
        ("邝振华到县城投集团调研国企改革和重点项目建设工作", "4月15日", "2021-04-15", "4月15日，县委副书记",
         "县政府 site: the 县长's 调研 of the 县城投集团 (常务副县长, 县国资局党组书记、局长); 座谈会 with the company's 董事长 and 总经理")]),
    "fk02_longhui.txt": (2023, "2023-08-22 10:15:03", LH, [
        ("邝振华调研县文旅集团时强调", "8月21日", "2023-08-21", "8月21日，县委书记",
         "county portal: the 县委书记's 调研 of the 县文旅集团; the former 城投 董事长 now 县政府党组成员、副县长")]),
    "fk03_yudu.txt": (2022, "发布时间：2022-06-10 09:48", YD, [
        ("我县召开县属国有企业改革发展推进会", "6月9日下午", "2022-06-09", "6月9日下午，我县召开",
         "县政府 site: 县属国企 推进会 (县长 speaks, 常务副县长 chairs; 县政府党组成员、县城发集团董事长; 县财政局局长、县国资办主任)")]),
    "fk04_ganzhou.txt": (2024, "2024年03月15日　星期五", GZ, [
        ("全市国资国企工作座谈会召开", "3月14日", "2024-03-14", "本报讯（记者 钟岚曦）3月14日",
         "city paper: 市国资委 座谈会 (副市长, 国资委 主任 chairs, the former 于都 党组成员 now 国资委 副主任)"),
        ("于都县城发集团与中赣建工签订战略合作协议", "3月13日", "2024-03-13", "本报讯（记者 钟岚曦 通讯员 罗文轩）3月13日",
         "city paper: a county 城发集团's 签约仪式 with the 县长")]),
    "fk05_meitan.txt": (2022, "发布时间：2022-09-06 18:05", MT, [
        ("县国资局召开县属国有企业三季度经济运行调度会", "9月5日", "2022-09-05", "9月5日，县国资局召开",
         "县政府 site 部门动态: 县国资局 调度会 (党组书记、局长 chairs; 县政府党组成员、副县长; 国有资产事务服务中心主任; company heads report)")]),
    "fk06_meitan.txt": (2024, "发布时间：2024-05-17", MT, [
        ("县长代文涛到集团调研文旅项目建设和企业经营工作", "5月16日", "2024-05-16", "5月16日，县委副书记",
         "company site: the 县长's 调研 of the 县文旅集团 and the 汇报会; the former 国资局长 now the company's 董事长")]),
    "fk07_yinan.txt": (2023, "发布日期：2023-05-19", YN, [
        ("庞俊峰到县属国有企业调研", "5月18日", "2023-05-18", "5月18日，县委书记",
         "县政府 site: the 县委书记's 调研 of the 县城投 and 县交投 集团 (常务副县长, 副县长 晏立波#1, 国资局局长)")]),
    "fk08_linyi.txt": (2024, "2024年6月21日　星期五", LY, [
        ("全市县属国有企业改革发展现场推进会在沂南召开", "6月20日", "2024-06-20", "本报讯（记者 高艺宁 通讯员 厉文斌）6月20日",
         "city paper 第03版: 观摩 and 现场推进会 (常务副市长, 市国资委 主任 chairs; 沂南 书记 and the new 县长)")]),
    "fk09_chenggu.txt": (2023, "时间：2023-07-12 16:20", CG, [
        ("城固县交通建设投资集团有限公司揭牌成立", "7月11日上午", "2023-07-11", "7月11日上午，城固县",
         "县政府 site: 县交投集团 揭牌仪式 (县长, 常务副县长 揭牌; 县国资办主任 晏立波#2 chairs; company 董事长 表态)")]),
    "fk10_hanzhong.txt": (2024, "2024年4月24日　星期三", HZ, [
        ("严宏业调研国有企业改革和平台公司转型发展工作", "4月23日", "2024-04-23", "本报讯（记者 祝文瑾）4月23日",
         "city paper 第01版: 副市长's 调研 of a 市属 文旅集团 and 城固县; the former 城固 常务副县长 now 市国资委党委书记、主任")]),
}

_F01_TAN = "县国资局党组书记、局长谭冠雄"
_F02_YANG = "县政府党组成员、副县长阳建新"
_F03_XIAO = "县政府党组成员、县城发集团党委书记、董事长肖承禹"
_F03_QIU = "县财政局局长、县国资办主任邱晓琴"
_F06_TX = "县政府党组成员、副县长田茂勋，县国资局局长犹学军陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 隆回 (湖南 邵阳)
    "fk:邝振华": ("邝振华", "official", LH, [
        ("fk01", f"{LH}委", "副书记", "县委副书记、县长邝振华到县城投集团调研", "2021-04 (identity case: 县委书记 in 2023, fk02)"),
        ("fk01", f"{LH}政府", "县长", "县委副书记、县长邝振华到县城投集团调研", None),
        ("fk02", f"{LH}委", "书记", "8月21日，县委书记邝振华到县文旅集团调研", "2023-08: now 县委书记; named in the headline too")], []),
    "fk:龙卫平": ("龙卫平", "official", LH, [
        ("fk01", f"{LH}委", "常委", "县委常委、常务副县长龙卫平", None),
        ("fk01", f"{LH}政府", "常务副县长", "县委常委、常务副县长龙卫平", None)], []),
    "fk:谭冠雄": ("谭冠雄", "official", LH, [
        ("fk01", f"{LH}国资局党组", "书记", _F01_TAN, "DECIDED HERE: 国资局 has a 党组 (书记 with the 党组)"),
        ("fk01", f"{LH}国资局", "局长", _F01_TAN, "bare 县国资局 = 隆回's here, 湄潭's in fk05 / fk06, 沂南's in fk07")], []),
    "fk:阳建新": ("阳建新", "official", LH, [
        ("fk02", f"{LH}政府党组", "成员", _F02_YANG, "2023-08; in 2021 (fk01) he was the 县城投集团's 党委书记、董事长 (company role, no line)"),
        ("fk02", f"{LH}政府", "副县长", _F02_YANG, None)], ["fk01"]),
    "fk:钟诗琪": ("钟诗琪", "company_executive", "隆回县城投集团", [], ["fk01"]),
    "fk:袁慧芬": ("袁慧芬", "official", LH, [
        ("fk02", f"{LH}委", "常委", "县委常委、宣传部部长袁慧芬", None),
        ("fk02", f"{LH}委宣传部", "部长", "县委常委、宣传部部长袁慧芬", "second title inherits 县委")], []),
    "fk:石志坚": ("石志坚", "official", LH, [
        ("fk02", f"{LH}文旅广体局", "局长", "县文旅广体局局长石志坚", "as written")], []),
    "fk:肖雨农": ("肖雨农", "company_executive", "隆回县文旅集团", [], ["fk02"]),
    # ---- 于都 / 赣州 (江西)
    "fk:管志勇": ("管志勇", "official", YD, [
        ("fk03", f"{YD}委", "副书记", "县委副书记、县长管志勇出席会议并讲话", "2022-06"),
        ("fk03", f"{YD}政府", "县长", "县委副书记、县长管志勇出席会议并讲话", None),
        ("fk04", f"{YD}委", "副书记", "县委副书记、县长管志勇出席签约仪式并致辞", "2024-03: bare 县委 after 在于都县举行 in the 赣南日报"),
        ("fk04", f"{YD}政府", "县长", "县委副书记、县长管志勇出席签约仪式并致辞", None)], []),
    "fk:赖德彬": ("赖德彬", "official", YD, [
        ("fk03", f"{YD}委", "常委", "县委常委、常务副县长赖德彬主持会议", None),
        ("fk03", f"{YD}政府", "常务副县长", "县委常委、常务副县长赖德彬主持会议", None)], []),
    "fk:肖承禹": ("肖承禹", "official", YD, [
        ("fk03", f"{YD}政府党组", "成员", _F03_XIAO, "2022-06; DECIDED HERE: the company titles in the same chain (县城发集团党委书记、董事长) give no line"),
        ("fk04", f"{GZ}国资委党委", "委员", "市国资委党委委员、副主任肖承禹通报了", "2024-03: moved to the city's 国资委 (identity case)"),
        ("fk04", f"{GZ}国资委", "副主任", "市国资委党委委员、副主任肖承禹通报了", None)], []),
    "fk:邱晓琴": ("邱晓琴", "official", YD, [
        ("fk03", f"{YD}财政局", "局长", _F03_QIU, None),
        ("fk03", f"{YD}国资办", "主任", _F03_QIU, "the 国资办 is a government office (part be)")], []),
    "fk:曾凡昊": ("曾凡昊", "company_executive", "于都县工业投资集团", [], ["fk03"]),
    "fk:宋婉宁": ("宋婉宁", "company_executive", "于都县文旅集团", [], ["fk03"]),
    "fk:黄立恒": ("黄立恒", "official", GZ, [
        ("fk04", f"{GZ}政府", "副市长", "副市长黄立恒出席会议并讲话", None)], []),
    "fk:温振东": ("温振东", "official", GZ, [
        ("fk04", f"{GZ}国资委党委", "书记", "市国资委党委书记、主任温振东主持会议", "国资委 党委 (part be)"),
        ("fk04", f"{GZ}国资委", "主任", "市国资委党委书记、主任温振东主持会议", None)], []),
    "fk:易海波": ("易海波", "company_executive", "于都县城发集团", [], ["fk04"]),
    "fk:贺宗岳": ("贺宗岳", "company_executive", "中赣建工集团有限公司", [], ["fk04"]),
    # ---- 湄潭 (贵州 遵义)
    "fk:田茂勋": ("田茂勋", "official", MT, [
        ("fk05", f"{MT}政府党组", "成员", "县政府党组成员、副县长田茂勋出席会议并讲话", "2022-09"),
        ("fk05", f"{MT}政府", "副县长", "县政府党组成员、副县长田茂勋出席会议并讲话", None),
        ("fk06", f"{MT}政府党组", "成员", _F06_TX, "2024-05: bare 县 on the county company's own site = 湄潭县"),
        ("fk06", f"{MT}政府", "副县长", _F06_TX, None)], []),
    "fk:冉崇义": ("冉崇义", "official", MT, [
        ("fk05", f"{MT}国资局党组", "书记", "县国资局党组书记、局长冉崇义主持会议", "2022-09; in 2024 (fk06) the 县文旅集团's 党委书记、董事长 (company role, no line)"),
        ("fk05", f"{MT}国资局", "局长", "县国资局党组书记、局长冉崇义主持会议", None)], ["fk06"]),
    "fk:母丽萍": ("母丽萍", "official", MT, [
        ("fk05", f"{MT}国有资产事务服务中心", "主任", "县国有资产事务服务中心主任母丽萍", "DECIDED HERE: a public institution of the county, its 主任 a post")], []),
    "fk:蔡正刚": ("蔡正刚", "company_executive", "湄潭县城投集团", [], ["fk05"]),
    "fk:骆家宁": ("骆家宁", "company_executive", "湄潭县交投集团", [], ["fk05"]),
    "fk:代文涛": ("代文涛", "official", MT, [
        ("fk06", f"{MT}委", "副书记", "县委副书记、县长代文涛到集团调研", "named in the headline too"),
        ("fk06", f"{MT}政府", "县长", "县委副书记、县长代文涛到集团调研", None)], []),
    "fk:犹学军": ("犹学军", "official", MT, [
        ("fk06", f"{MT}国资局", "局长", _F06_TX, "冉崇义's successor at the 国资局")], []),
    "fk:邹晓庆": ("邹晓庆", "company_executive", "湄潭县文化旅游发展集团有限公司", [], ["fk06"]),
    # ---- 沂南 / 临沂 (山东)
    "fk:庞俊峰": ("庞俊峰", "official", YN, [
        ("fk07", f"{YN}委", "书记", "5月18日，县委书记庞俊峰到县城投集团", "2023-05; named in the headline too"),
        ("fk08", f"{YN}委", "书记", "沂南县委书记庞俊峰", "2024-06")], []),
    "fk:鞠维涛": ("鞠维涛", "official", YN, [
        ("fk07", f"{YN}委", "常委", "县委常委、常务副县长鞠维涛", "2023-05 (identity case: 县长 in 2024, fk08)"),
        ("fk07", f"{YN}政府", "常务副县长", "县委常委、常务副县长鞠维涛", None),
        ("fk08", f"{YN}委", "副书记", "县委副书记、县长鞠维涛参加会议", "2024-06: bare 县委 right after 沂南县委书记"),
        ("fk08", f"{YN}政府", "县长", "县委副书记、县长鞠维涛参加会议", None)], []),
    "fk:晏立波#1": ("晏立波", "official", YN, [
        ("fk07", f"{YN}政府", "副县长", "副县长晏立波，县国资局局长公茂川", "沂南县 (山东); not the 晏立波 of 城固县 (fk09)")], []),
    "fk:公茂川": ("公茂川", "official", YN, [
        ("fk07", f"{YN}国资局", "局长", "县国资局局长公茂川参加调研", None)], []),
    "fk:厉振强": ("厉振强", "company_executive", "沂南县城投集团", [], ["fk07"]),
    "fk:武承泽": ("武承泽", "company_executive", "沂南县交投集团", [], ["fk07"]),
    "fk:邵景阳": ("邵景阳", "official", LY, [
        ("fk08", f"{LY}委", "常委", "市委常委、常务副市长邵景阳出席会议并讲话", None),
        ("fk08", f"{LY}政府", "常务副市长", "市委常委、常务副市长邵景阳出席会议并讲话", None)], []),
    "fk:尹崇德": ("尹崇德", "official", LY, [
        ("fk08", f"{LY}国资委党委", "书记", "市国资委党委书记、主任尹崇德主持会议", None),
        ("fk08", f"{LY}国资委", "主任", "市国资委党委书记、主任尹崇德主持会议", None)], []),
    # ---- 城固 / 汉中 (陕西)
    "fk:雷振秦": ("雷振秦", "official", CG, [
        ("fk09", f"{CG}委", "副书记", "县委副书记、县长雷振秦，县委常委", "2023-07"),
        ("fk09", f"{CG}政府", "县长", "县委副书记、县长雷振秦，县委常委", None),
        ("fk10", f"{CG}委", "副书记", "城固县委副书记、县长雷振秦参加调研", "2024-04"),
        ("fk10", f"{CG}政府", "县长", "城固县委副书记、县长雷振秦参加调研", None)], []),
    "fk:苟立堂": ("苟立堂", "official", HZ, [
        ("fk09", f"{CG}委", "常委", "县委常委、常务副县长苟立堂共同为集团揭牌", "2023-07 (identity case: 汉中市国资委 in 2024, fk10)"),
        ("fk09", f"{CG}政府", "常务副县长", "县委常委、常务副县长苟立堂共同为集团揭牌", None),
        ("fk10", f"{HZ}国资委党委", "书记", "市国资委党委书记、主任苟立堂", "2024-04: now heads the city's 国资委"),
        ("fk10", f"{HZ}国资委", "主任", "市国资委党委书记、主任苟立堂", None)], []),
    "fk:杜海鸣": ("杜海鸣", "official", CG, [
        ("fk09", f"{CG}交通运输局", "局长", "县交通运输局局长杜海鸣", None)], []),
    "fk:晏立波#2": ("晏立波", "official", CG, [
        ("fk09", f"{CG}国资办", "主任", "揭牌仪式由县国资办主任晏立波主持", "城固县 (陕西); not the 晏立波 of 沂南县 (fk07)")], []),
    "fk:韦庆丰": ("韦庆丰", "company_executive", "城固县交通建设投资集团有限公司", [], ["fk09", "fk10"]),
    "fk:严宏业": ("严宏业", "official", HZ, [
        ("fk10", f"{HZ}政府", "副市长", "4月23日，副市长严宏业到汉中文旅集团", "named in the headline too")], []),
    "fk:梁书航": ("梁书航", "official", HZ, [
        ("fk10", f"{HZ}政府", "副秘书长", "市政府副秘书长梁书航陪同调研", None)], []),
    "fk:樊正清": ("樊正清", "company_executive", "汉中文旅集团", [], ["fk10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fk01", "曾巧玲", "责任编辑", "editor", "责任编辑：曾巧玲"),
    ("fk02", "罗湘宁", "记者", "reporter", "作者：记者 罗湘宁 通讯员 彭梓航"),
    ("fk02", "彭梓航", "通讯员", "correspondent", "作者：记者 罗湘宁 通讯员 彭梓航"),
    ("fk02", "曾若楠", "编辑", "editor", "编辑：曾若楠"),
    ("fk02", "刘湘君", "审核", "editor", "审核：刘湘君"),
    ("fk03", "卢佳怡", "责任编辑", "editor", "责任编辑：卢佳怡"),
    ("fk04", "钟岚曦", "记者", "reporter", "本报讯（记者 钟岚曦）"),
    ("fk04", "罗文轩", "通讯员", "correspondent", "本报讯（记者 钟岚曦 通讯员 罗文轩）"),
    ("fk04", "胡思源", "本版编辑", "editor", "本版编辑：胡思源"),
    ("fk05", "杨蓉蓉", "责任编辑", "editor", "责任编辑：杨蓉蓉"),
    ("fk06", "任思甜", "撰稿", "author", "撰稿：任思甜"),
    ("fk06", "敖承志", "审核", "editor", "审核：敖承志"),
    ("fk07", "刘晓菲", "责任编辑", "editor", "责任编辑：刘晓菲"),
    ("fk08", "高艺宁", "记者", "reporter", "本报讯（记者 高艺宁 通讯员 厉文斌）"),
    ("fk08", "厉文斌", "通讯员", "correspondent", "本报讯（记者 高艺宁 通讯员 厉文斌）"),
    ("fk08", "颜秋实", "本版编辑", "editor", "本版编辑：颜秋实"),
    ("fk09", "何沐阳", "编辑", "editor", "编辑：何沐阳"),
    ("fk09", "蒲新怡", "审核", "editor", "审核：蒲新怡"),
    ("fk10", "祝文瑾", "记者", "reporter", "本报讯（记者 祝文瑾）"),
    ("fk10", "屈晓燕", "责任编辑", "editor", "责任编辑：屈晓燕"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("fk04", "钟岚曦"): "本报讯（记者 钟岚曦 通讯员 罗文轩）",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fk01", "县城投集团国企改革和重点项目建设调研", "inspection (调研)", "4月15日", None, "邝振华", [],
     ["龙卫平", "谭冠雄"], ["阳建新"], "隆回县城投集团",
     "4月15日，县委副书记、县长邝振华到县城投集团调研国有企业改革和重点项目建设工作",
     ["县长邝振华到县城投集团调研", "常务副县长龙卫平", "局长谭冠雄陪同调研", "董事长阳建新介绍了厂房建设"]),
    ("fk01", "座谈会", "meeting (座谈会)", "4月15日", None, None, [],
     [], ["阳建新", "钟诗琪", "谭冠雄", "邝振华", "龙卫平"], None,
     "在随后召开的座谈会上，阳建新汇报了集团资产整合",
     ["阳建新汇报了集团资产整合", "总经理钟诗琪就存量债务化解作了补充汇报", "谭冠雄介绍了全县国有企业改革三年行动推进情况",
      "邝振华在座谈会上指出", "龙卫平就做好重点项目资金调度"]),
    ("fk02", "县文旅集团国有企业改革和文旅项目建设调研", "inspection (调研)", "8月21日", None, "邝振华", [],
     ["袁慧芬", "阳建新", "石志坚"], ["肖雨农", "阳建新", "石志坚", "邝振华"], "隆回县文旅集团",
     "8月21日，县委书记邝振华到县文旅集团调研国有企业改革和文旅项目建设工作",
     ["县委书记邝振华到县文旅集团调研", "宣传部部长袁慧芬", _F02_YANG, "局长石志坚陪同调研", "董事长肖雨农汇报了",
      "阳建新介绍了全县国有平台公司整合重组", "石志坚就暑期旅游市场", "邝振华指出"]),
    ("fk03", "县属国有企业改革发展推进会", "meeting (推进会)", "6月9日下午", "赖德彬", None, ["于都县"],
     ["管志勇", "肖承禹", "邱晓琴"], ["邱晓琴", "肖承禹", "曾凡昊", "宋婉宁", "管志勇", "赖德彬"], None,
     "6月9日下午，我县召开县属国有企业改革发展推进会",
     ["县长管志勇出席会议并讲话", "常务副县长赖德彬主持会议", _F03_XIAO, _F03_QIU, "邱晓琴通报了", "肖承禹代表县城发集团作表态发言",
      "董事长曾凡昊", "总经理宋婉宁分别汇报了", "管志勇指出", "赖德彬就国有资产清查"]),
    ("fk04", "全市国资国企工作座谈会", "meeting (座谈会)", "3月14日", "温振东", None, [],
     ["黄立恒"], ["肖承禹", "黄立恒"], None,
     "3月14日，全市国资国企工作座谈会召开",
     ["副市长黄立恒出席会议并讲话", "主任温振东主持会议", "副主任肖承禹通报了", "黄立恒指出"]),
    ("fk04", "于都县城发集团与中赣建工集团有限公司战略合作协议签约仪式", "ceremony (签约仪式)", "3月13日", None, None, [],
     ["管志勇", "易海波", "贺宗岳"], ["管志勇", "贺宗岳"], "于都县",
     "3月13日，于都县城发集团与中赣建工集团有限公司战略合作协议签约仪式在于都县举行",
     ["县长管志勇出席签约仪式并致辞", "董事长易海波与中赣建工集团有限公司副总经理贺宗岳代表双方签约", "管志勇表示", "贺宗岳表示"]),
    ("fk05", "县属国有企业三季度经济运行调度会", "meeting (调度会)", "9月5日", "冉崇义", None, ["湄潭县国资局"],
     ["田茂勋", "母丽萍"], ["蔡正刚", "骆家宁", "母丽萍", "冉崇义", "田茂勋"], None,
     "9月5日，县国资局召开县属国有企业三季度经济运行调度会",
     ["副县长田茂勋出席会议并讲话", "局长冉崇义主持会议", "中心主任母丽萍", "董事长蔡正刚汇报了", "总经理骆家宁汇报了",
      "母丽萍通报了", "冉崇义要求", "田茂勋强调"]),
    ("fk06", "县文旅集团文旅项目建设和企业经营调研", "inspection (调研)", "5月16日", None, "代文涛", [],
     ["田茂勋", "犹学军", "冉崇义", "邹晓庆"], [], "湄潭县文化旅游发展集团有限公司",
     "5月16日，县委副书记、县长代文涛到集团调研文旅项目建设和企业经营工作",
     ["县长代文涛到集团调研", _F06_TX, "董事长冉崇义，党委副书记、总经理邹晓庆及班子成员参加"]),
    ("fk06", "工作汇报会", "meeting (汇报会)", "5月16日", None, None, [],
     [], ["冉崇义", "邹晓庆", "代文涛", "田茂勋"], None,
     "在随后召开的工作汇报会上，冉崇义汇报了集团2023年经营情况",
     ["冉崇义汇报了集团2023年经营情况", "邹晓庆介绍了景区门票", "代文涛指出", "田茂勋就加强国有资产管理"]),
    ("fk07", "县属国有企业改革发展调研", "inspection (调研)", "5月18日", None, "庞俊峰", [],
     ["鞠维涛", "晏立波", "公茂川"], ["厉振强", "武承泽", "公茂川", "庞俊峰", "鞠维涛", "晏立波"], "沂南县城投集团、沂南县交投集团",
     "5月18日，县委书记庞俊峰到县城投集团、县交投集团调研国有企业改革发展工作",
     ["县委书记庞俊峰到县城投集团、县交投集团调研", "常务副县长鞠维涛", "副县长晏立波", "局长公茂川参加调研", "董事长厉振强关于",
      "董事长武承泽汇报了", "公茂川介绍了", "庞俊峰强调", "鞠维涛就国企资产盘活", "晏立波要求"]),
    ("fk08", "县属国有企业投资运营项目观摩", "site observation (观摩)", "6月20日", None, None, [],
     ["邵景阳", "尹崇德", "庞俊峰", "鞠维涛"], [], "沂南县",
     "与会人员先后观摩了沂南县城乡供水一体化工程",
     ["常务副市长邵景阳出席会议", "主任尹崇德主持会议", "沂南县委书记庞俊峰", "县长鞠维涛参加会议", "与会人员先后观摩了"]),
    ("fk08", "全市县属国有企业改革发展现场推进会", "meeting (推进会)", "6月20日", "尹崇德", None, [],
     ["邵景阳", "庞俊峰", "鞠维涛"], ["鞠维涛", "尹崇德", "邵景阳"], "沂南县",
     "6月20日，全市县属国有企业改革发展现场推进会在沂南县召开",
     ["常务副市长邵景阳出席会议并讲话", "主任尹崇德主持会议", "沂南县委书记庞俊峰", "县长鞠维涛参加会议", "鞠维涛介绍了沂南县",
      "尹崇德通报了", "邵景阳指出"]),
    ("fk09", "城固县交通建设投资集团有限公司揭牌仪式", "ceremony (揭牌仪式)", "7月11日上午", "晏立波", None, [],
     ["雷振秦", "苟立堂", "杜海鸣", "韦庆丰"], ["晏立波", "韦庆丰", "雷振秦", "苟立堂"], "城固县",
     "7月11日上午，城固县交通建设投资集团有限公司揭牌成立",
     ["县长雷振秦", "常务副县长苟立堂共同为集团揭牌", "局长杜海鸣", "揭牌仪式由县国资办主任晏立波主持", "晏立波宣读了",
      "董事长韦庆丰作表态发言", "雷振秦在讲话中指出", "苟立堂就资产注入"]),
    ("fk10", "国有企业改革和平台公司转型发展调研", "inspection (调研)", "4月23日", None, "严宏业", [],
     ["苟立堂", "梁书航", "雷振秦"], ["樊正清", "韦庆丰", "雷振秦", "苟立堂", "严宏业"], "汉中文旅集团、城固县",
     "4月23日，副市长严宏业到汉中文旅集团和城固县调研国有企业改革和平台公司转型发展工作",
     ["副市长严宏业到汉中文旅集团和城固县调研", "市国资委党委书记、主任苟立堂", "副秘书长梁书航陪同调研", "县长雷振秦参加调研",
      "董事长樊正清汇报了", "董事长韦庆丰关于项目建设和融资的汇报", "雷振秦介绍了", "苟立堂介绍了", "严宏业强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fk01", "赧水风光带二期工程", "greening_project", "先后来到赧水风光带二期工程"),
    ("fk01", "城北标准化厂房项目", "project", "城北标准化厂房项目和桃洪镇"),
    ("fk01", "桃洪镇城北片区棚户区改造项目", "housing_project", "桃洪镇城北片区棚户区改造项目现场"),
    ("fk02", "虎形山花瑶古寨提质改造项目", "project", "先后来到虎形山花瑶古寨提质改造项目"),
    ("fk02", "魏源故居景区游客服务中心项目", "project", "魏源故居景区游客服务中心项目和县文旅集团"),
    ("fk03", "贡江新区安置房项目", "housing_project", "加快推进贡江新区安置房项目"),
    ("fk03", "于都工业园标准厂房四期", "industrial_park", "于都工业园标准厂房四期等重点项目建设"),
    ("fk04", "于都县城区雨污分流改造工程", "infrastructure_project", "于都县城区雨污分流改造工程"),
    ("fk04", "梓山镇富硒蔬菜产业园二期", "industrial_park", "梓山镇富硒蔬菜产业园二期等项目"),
    ("fk05", "中国茶海景区提质升级项目", "project", "加快推进中国茶海景区提质升级项目"),
    ("fk05", "湄江河滨水步道工程", "greening_project", "湄江河滨水步道工程和永兴镇"),
    ("fk05", "永兴镇茶旅一体化产业园", "industrial_park", "永兴镇茶旅一体化产业园建设"),
    ("fk06", "中国茶海景区游客集散中心", "project", "先后来到中国茶海景区游客集散中心"),
    ("fk06", "湄江河滨水步道工程二期", "greening_project", "湄江河滨水步道工程二期和七彩部落"),
    ("fk06", "七彩部落民宿集群项目", "project", "七彩部落民宿集群项目，察看工程进度"),
    ("fk07", "沂南县城乡供水一体化工程", "infrastructure_project", "沂南县城乡供水一体化工程融资进展"),
    ("fk07", "G205国道沂南段改建工程", "infrastructure_project", "G205国道沂南段改建工程建设"),
    ("fk07", "界湖街道老旧小区改造项目", "housing_project", "加快推进界湖街道老旧小区改造项目"),
    ("fk07", "竹泉村文旅综合提升项目", "project", "竹泉村文旅综合提升项目等重点工程"),
    ("fk08", "沂南县城乡供水一体化工程", "infrastructure_project", "与会人员先后观摩了沂南县城乡供水一体化工程"),
    ("fk08", "沂南县智慧停车综合管理平台", "project", "沂南县智慧停车综合管理平台等县属国有企业投资运营项目"),
    ("fk09", "城固至洋县快速通道", "infrastructure_project", "全力做好城固至洋县快速通道"),
    ("fk09", "湑水河城区段综合治理工程", "engineering_work", "湑水河城区段综合治理工程等项目"),
    ("fk10", "汉江湿地公园二期", "greening_project", "汉江湿地公园二期建设情况"),
    ("fk10", "城固至洋县快速通道", "infrastructure_project", "来到城固至洋县快速通道项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fk01", "赧水", "river", "in_project_name", "先后来到赧水风光带二期工程"),
    ("fk01", "桃洪镇", "town", "in_project_name", "桃洪镇城北片区棚户区改造项目现场"),
    ("fk01", "城北片区", "area", "in_project_name", "桃洪镇城北片区棚户区改造项目现场"),
    ("fk01", "隆回", "county", "standalone", "为隆回高质量发展提供坚实支撑"),
    ("fk02", "虎形山花瑶古寨", "scenic_area", "standalone", "在虎形山花瑶古寨，县文旅集团"),
    ("fk02", "虎形山", "township", "in_project_name", "先后来到虎形山花瑶古寨提质改造项目"),
    ("fk02", "魏源故居", "heritage_site", "in_project_name", "魏源故居景区游客服务中心项目和县文旅集团"),
    ("fk03", "贡江新区", "new_area", "in_project_name", "加快推进贡江新区安置房项目"),
    ("fk03", "于都工业园", "industrial_park", "in_project_name", "于都工业园标准厂房四期等重点项目建设"),
    ("fk03", "长征渡口", "heritage_site", "standalone", "用好长征渡口、屏山等红色和生态文旅资源"),
    ("fk03", "屏山", "mountain", "standalone", "用好长征渡口、屏山等红色和生态文旅资源"),
    ("fk04", "章贡区", "district", "standalone", "章贡区、于都县、南康区国资监管机构负责人作交流发言"),
    ("fk04", "于都县", "county", "standalone", "章贡区、于都县、南康区国资监管机构负责人作交流发言"),
    ("fk04", "南康区", "district", "standalone", "章贡区、于都县、南康区国资监管机构负责人作交流发言"),
    ("fk04", "梓山镇", "town", "in_project_name", "梓山镇富硒蔬菜产业园二期等项目"),
    ("fk04", "于都", "county", "standalone", "助力于都城市更新和乡村振兴"),
    ("fk05", "中国茶海", "scenic_area", "in_project_name", "加快推进中国茶海景区提质升级项目"),
    ("fk05", "湄江河", "river", "in_project_name", "湄江河滨水步道工程和永兴镇"),
    ("fk05", "永兴镇", "town", "in_project_name", "永兴镇茶旅一体化产业园建设"),
    ("fk06", "中国茶海", "scenic_area", "in_project_name", "先后来到中国茶海景区游客集散中心"),
    ("fk06", "湄江河", "river", "in_project_name", "湄江河滨水步道工程二期和七彩部落"),
    ("fk06", "七彩部落", "scenic_area", "in_project_name", "七彩部落民宿集群项目，察看工程进度"),
    ("fk07", "沂南县", "county", "in_project_name", "沂南县城乡供水一体化工程融资进展"),
    ("fk07", "G205国道", "road", "in_project_name", "G205国道沂南段改建工程建设"),
    ("fk07", "沂南", "county", "in_project_name", "G205国道沂南段改建工程建设"),
    ("fk07", "界湖街道", "sub_district_office", "in_project_name", "加快推进界湖街道老旧小区改造项目"),
    ("fk07", "竹泉村", "village", "in_project_name", "竹泉村文旅综合提升项目等重点工程"),
    ("fk08", "沂南", "county", "standalone", "全市县属国有企业改革发展现场推进会在沂南召开"),
    ("fk08", "沂南县", "county", "standalone", "全市县属国有企业改革发展现场推进会在沂南县召开"),
    ("fk08", "兰陵县", "county", "standalone", "兰陵县、郯城县、临沭县作交流发言"),
    ("fk08", "郯城县", "county", "standalone", "兰陵县、郯城县、临沭县作交流发言"),
    ("fk08", "临沭县", "county", "standalone", "兰陵县、郯城县、临沭县作交流发言"),
    ("fk09", "城固", "county", "in_project_name", "全力做好城固至洋县快速通道"),
    ("fk09", "洋县", "county", "in_project_name", "全力做好城固至洋县快速通道"),
    ("fk09", "湑水河", "river", "in_project_name", "湑水河城区段综合治理工程等项目"),
    ("fk09", "汉江", "river", "standalone", "积极拓展汉江航运、物流仓储等经营性业务"),
    ("fk10", "城固县", "county", "standalone", "到汉中文旅集团和城固县调研"),
    ("fk10", "汉江湿地公园", "park", "in_project_name", "汉江湿地公园二期建设情况"),
    ("fk10", "汉江", "river", "in_project_name", "汉江湿地公园二期建设情况"),
    ("fk10", "城固", "county", "in_project_name", "来到城固至洋县快速通道项目现场"),
    ("fk10", "洋县", "county", "in_project_name", "来到城固至洋县快速通道项目现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fk", conventions="set fk (blind set: state-owned and platform companies in county and city news of 湖南 隆回县, 江西 于都县 and 赣州市, 贵州 湄潭县, 山东 沂南县 and 临沂市, 陕西 城固县 and 汉中市: company roles (董事长, 总经理, a company's 党委书记 / 党委副书记) give no line, also inside a chain with a government post (县政府党组成员、县城发集团党委书记、董事长 → X县政府党组 成员 only); 县政府党组成员 → X县政府党组 成员; 县国资局党组书记、局长 → X县国资局党组 书记 + X县国资局 局长; 市国资委党委书记、主任 / 党委委员、副主任 → X市国资委党委 + X市国资委 (part be); 县国资办 主任; 县国有资产事务服务中心 (a public institution) 主任 is a post; bare 县 on a county company's own site = the company's county; 调研 → inspection and the 座谈会 / 汇报会 after it a meeting of its own; 观摩 a site observation; 签约 / 揭牌 ceremonies; one line per post per article)",
          persons_note="Set fk persons. id = corpus-wide person_id (fk:晏立波#1 沂南县副县长 (山东) and fk:晏立波#2 城固县国资办主任 (陕西) are two people; fk:邝振华 隆回县长 2021 → 县委书记 2023; fk:阳建新 隆回县城投集团董事长 2021 (no holding) → 县政府党组成员、副县长 2023; fk:肖承禹 于都县政府党组成员 and 县城发集团董事长 2022 → 赣州市国资委党委委员、副主任 2024; fk:冉崇义 湄潭县国资局党组书记、局长 2022 → 县文旅集团党委书记、董事长 2024 (no holding); fk:鞠维涛 沂南 常务副县长 2023 → 县长 2024; fk:苟立堂 城固 常务副县长 2023 → 汉中市国资委党委书记、主任 2024; company people (type company_executive) hold no posts)")


if __name__ == "__main__":
    main()
