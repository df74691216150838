"""Write gold part ``gu`` (a blind set, held-out-like mix, 20th round: the provinces most real collections come from —
河南, 山东, 广东, 浙江, 江苏, 河北 — counties, county-level cities and a district; government sites, city-paper e-editions,
a city portal and WeChat-account pages; leaders' 调研, 现场办公会, 项目观摩, 接待来访; a city leader visiting a county, and
that county's own leaders the next year in changed posts) from the tables below.

Pages ``tests/dev/texts/gu*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (corpus ``pages``; none copied): a 夏邑 page of the county's
delegation to 新密 (``夏邑县委副书记、县长…，县委常委、县委办公室主任…，县委常委、宣传部长、副县长…，县委常委、常务副县长…，
县政府党组成员、高新区管委会常务副主任…``, ``…等陪同考察``, a 座谈会); the 开封 发改委 page of the 通许 县长's 调研 (``来源:通许县
时间:… 阅读:``, ``县领导…以及县直有关单位负责人参加调研``); the 永城 page of the 商丘 市长 at the 永城代表团 (``商丘市委常委、市委
秘书长…，商丘市政府党组成员、市政府秘书长…出席。永城市委书记…主持会议``); the 文成新闻网 page (``您当前的位置 : 文成新闻网 ->
新闻 -> 文成新闻 -> 政务要闻 -> 正文``, ``发布时间: 来源:``, ``…新闻网讯(记者 …)``, ``编辑:…责任编辑:…``); the 中国菏泽网 pages
(``2013-11-20 09:41:26 来源: 菏泽日报``, ``中国菏泽网消息 (记者 …)``, ``(责任编辑:…)``, ``凡未与本网签订书面协议的网站，不得转载``;
a 2025 page with ``作者: … 来源: 菏泽日报 发表时间: …``); two 曹县 pages (``曹县县委书记…到…督导调研…县委常委、县委办公室主任…，
副县长…陪同``; the 市 ``经济社会发展现场观摩团来我县观摩`` with ``来源: | 作者:曹县政府办公室``, ``市委书记…率市四大班子领导…
各县区委书记和县区长``, ``市政协副主席、县委书记…，县委副书记、县长…参加活动``); two 兴宁 pages (a 大事记 with ``梅州市委常委、
兴宁市委书记``; the 市委书记's visit to the 市人大 / 市政协 with ``市委副书记…，市委常委、市委办主任…陪同调研``); the 齐河 page of a
临城 党政考察团 (``县委副书记、县长…主持会议，对…考察团表示欢迎``); the 台前 site (``來源:臺前縣政府2012-02-10 瀏覽量:``,
``縣委書記…，縣委副書記、代縣長…陪同考察``, ``掃一掃在手機打開當前頁``); a 夏津 观摩 (``…開展推動科學發展現場觀摩活動…縣委
書記…等縣領導參加``); the 今日启东 e-paper (``2017年08月23日 上一期 下一期 第一版:要闻``, ``本文字数:``, the 启东 党政代表团 in
如皋 ``在如皋市委书记…，市委副书记、市长…等陪同下``); the 启东 site (``当前位置: 首页 > 信息公开目录 > … 来源: 东海镇 发布时间:
… 字体:[ ]``, ``市领导…参加调研。东海镇党委书记…陪同调研``); the 梅州日报 page on a school site (``文章来源: 梅州日报 发布时间:
… 点击:…次``, ``本报讯 (记者…)``); the 梅州政协 site (``您当前的位置: 首页> 专委专页> … 更新时间: 作者: 点击:``); the 魏县 site's
县长办公会 (``县领导…参加会议…相关部门主要负责同志列席会议``). The WeChat chrome (``原创 账号 2024年09月10日 19:26 河南``,
``发表于浙江``, 点击蓝字关注我们, ``记者 | 编辑 | 审核 |``, ``▲`` captions, 往期推荐, 阅读原文, 分享 收藏 点赞 在看) follows the
real pages read for parts ah and cc; a 县政府 site carrying a WeChat account's line under its own stamp (gu09) is how
county sites reprint 公众号 copy. Places are real: 河南 商丘 (夏邑县 two pages, 虞城县), 山东 菏泽 (曹县, 单县), 广东 梅州
(兴宁市), 浙江 衢州 (江山市, 常山县; visitors from 宁波's 慈溪市), 江苏 南通 (如东县), 河北 邯郸 (肥乡区).

Shapes: the 商丘日报 第01版 (本版导读, 上一版 / 下一版, two-line headline) of the 市委书记's 调研 of 夏邑县 with the
市委常委、秘书长 and a 副市长; the county's 书记, 县长, 常务副县长, a 县政府党组成员、高新区管委会主任 and a town secretary, and a
座谈会 (gu01, April 2023); the 夏邑县 site a year later: the former 县长, now 县委书记, holds a 现场办公会 in the 高新区 with a
new 县长 and 常务副县长, the former 高新区 主任 now 县委常委、高新区党工委书记 (gu02, May 2024); the 虞城发布 WeChat page of
the former 夏邑 县委书记, now 商丘 副市长, visiting 虞城县, whose 县长 is the former 夏邑 常务副县长 (gu03, Sept 2024); the 曹县
site of the 菏泽 市 观摩团 (市委书记 and 市长 lead; ``市政协副主席、县委书记``; a 县委常委、县经济开发区党工委书记) (gu04, Nov
2022); the 中国菏泽网 portal's 县区 > 单县 page of the former 曹县 县委书记, now 市委常委、副市长, visiting 单县 (gu05, Oct 2023);
the 兴宁市 site of the ``梅州市委常委、兴宁市委书记``'s 现场办公会 in two towns (gu06); the 衢州日报 第01版 of the 市长's 调研 of
江山市 with a 座谈会 (gu07, May 2023); the 常山发布 WeChat page of a 慈溪 党政代表团's visit (接待来访) and the 座谈会, the
former 江山 常务副市长 now 常山 县长 (gu08, Aug 2024); the 如东县 site's reprint of 如东发布: a 重大项目现场观摩 and the 点评会
(gu09); the 肥乡区 site of the 区委书记's 会见 of a company chairman and the company's 考察 before it (gu10).

Identity cases:
- gu:庞世宽, a 县长 who becomes 县委书记 in the same county: 夏邑县委副书记、县长 (gu01, April 2023) → 夏邑县委书记 (gu02, May
  2024). gu:牛建功, 夏邑县政府党组成员、高新区管委会主任 (gu01) → 县委常委、高新区党工委书记 (gu02).
- gu:阚海涛, a county 书记 who becomes a city's 副市长: 夏邑县委书记 (gu01, 2023) → 商丘 副市长 (gu03, Sept 2024, bare
  ``副市长`` on the 虞城 page).
- gu:葛书平 moves between two counties of 商丘: 夏邑县委常委、常务副县长 (gu01, 2023) → 虞城县委副书记、县长 (gu03, 2024).
- gu:蔺国璋, a county 书记 who becomes a city's 副市长: ``市政协副主席、县委书记`` of 曹县 (gu04, Nov 2022) → 菏泽市委常委、
  副市长 (gu05, Oct 2023, on a page about another county, 单县).
- gu:姜伟东 moves between two county-level places of 衢州: 江山市委常委、常务副市长 (gu07, May 2023) → 常山县委副书记、县长 (gu08,
  Aug 2024).
- two different 杨建勋 in unrelated places: gu:杨建勋#1 is 兴宁市水口镇党委书记 (广东 梅州, gu06, 2023); gu:杨建勋#2 is
  肥乡区 副区长 (河北 邯郸, gu10, 2025).
- one organ name of different places: bare ``市委书记`` / ``市委常委、秘书长`` / ``副市长`` are 商丘's in the 商丘日报 (gu01) and
  on the 虞城 page (gu03), 菏泽's on the 曹县 site (gu04) and the 菏泽 portal (gu05); bare ``市委副书记、市长`` is 兴宁市's on the
  兴宁 site (gu06), 衢州's in the 衢州日报 — and 江山市's in the same paper right after ``江山市委书记`` (gu07), 慈溪市's right
  after ``慈溪市委书记`` on the 常山 page (``市委常委、常务副市长``, gu08); bare ``县委`` / ``县长`` are 夏邑's (gu01, gu02), 虞城's
  (gu03), 曹县's (gu04), 单县's (gu05), 常山's (gu08), 如东's (gu09); bare ``经济开发区`` is 曹县's (gu04, ``县经济开发区``) and
  肥乡's (gu10); bare ``高新区`` is 夏邑's (gu01, gu02).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, cc, cv, dz, gs where they speak; decided here where they are silent):
- Labels: 夏邑县, 虞城县, 曹县, 单县, 常山县, 如东县 (one county of each name: no city prefix; 曹县 / 单县 + 委 → ``曹县委``,
  ``单县委``, as dz's ``威县委``), 兴宁市 and 江山市 and 慈溪市 (county-level cities), 肥乡区 (one district of that name),
  商丘市, 菏泽市, 梅州市, 衢州市. Towns take their county: 夏邑县会亭镇党委, 虞城县利民镇党委, 曹县庄寨镇党委, 单县浮岗镇党委,
  兴宁市叶塘镇党委, 江山市贺村镇党委, 如东县大豫镇党委.
- DECIDED HERE: a county's 高新区 (夏邑高新技术产业开发区, written ``夏邑高新区`` and bare ``高新区``) is labelled like a city's
  zone, the county's name without 县 + the short name: ``夏邑高新区`` (``高新区管委会主任`` → 夏邑高新区管委会 主任,
  ``高新区党工委书记`` → 夏邑高新区党工委 书记). A county's or district's 经济开发区 (not an 经济技术开发区, nothing folded) keeps
  the full name its page writes (dz): ``县委常委、县经济开发区党工委书记`` on the 曹县 site, which writes ``曹县经济开发区`` → 曹县委
  常委 + 曹县经济开发区党工委 书记; ``区委常委、经济开发区党工委书记`` on the 肥乡 site, which writes ``肥乡经济开发区`` → 肥乡区委
  常委 + 肥乡经济开发区党工委 书记; ``县委常委、如东经济开发区党工委书记`` → 如东县委 常委 + 如东经济开发区党工委 书记.
- DECIDED HERE: a chain that joins a post of the city to a post of the county is split at ``、`` with each organ at its own
  level: ``梅州市委常委、兴宁市委书记`` → 梅州市委 常委 + 兴宁市委 书记; ``市政协副主席、县委书记蔺国璋`` (曹县 site) → 菏泽市政协
  副主席 + 曹县委 书记.
- ``县政府党组成员`` → X县政府党组 成员 (part ah, z); ``市委常委、秘书长`` → 商丘市委 常委 + 商丘市委 秘书长 (bs: 秘书长 after
  委员 / 常委 is the 委's); ``市政府秘书长`` → 衢州市政府 秘书长; ``县自然资源局局长`` → 夏邑县自然资源局 局长.
- Bare organs take the page's place or its parent of the right level (bs, gs): on a county site or a county's WeChat
  account bare 县委 / 县长 / 县X局 are that county's and bare 市委 / 副市长 the county's city; in a city paper / portal bare
  市委 / 市长 / 副市长 are the paper's city, but a bare ``县委副书记、县长`` or ``市委副书记、市长`` right after ``X县委书记`` /
  ``X市委书记`` is X's (gu01's 夏邑 chains, gu05's 单县, gu07's 江山 — gs03); on the 常山 page ``市委常委、常务副市长吕志宏``
  right after ``慈溪市委书记俞泽川`` is 慈溪's.
- Not posts: ``县领导`` / ``县四套班子领导``; a company's 董事长 (戴文澜: ``company_executive``, no line). One line per post per
  article; a person named in the headline and the body has one line (evidence from the body).
- Events: a leader's 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排
  speakers; a site's presenter is a speaker, bq02); the 座谈会 after a 调研 is a meeting of its own, and the 指出 / 强调 paragraph
  after it is the 座谈会's (gs05, gs09). A visit of sites followed by a 现场办公会 gives an inspection and a ``meeting
  (现场办公会)`` (cv07, dn06), those who ``参加`` the whole outing attendees of both; no chair unless 主持. The 观摩 is a ``site
  observation`` (CONVENTIONS): the 市 观摩团 led by the 市委书记 (leader; ``率`` with him: the 市长, an attendee), the 点评会 after the
  如东 观摩 a meeting of its own (chair 主持; ``参加活动`` attendees of both). The 慈溪 党政代表团's 考察 is an inspection led by the
  visiting 市委书记 (his 常务副市长 and the 常山 hosts who ``陪同考察或参加座谈`` attendees of it and of the 座谈会, as gs09). The
  会见 is ``meeting (会见)`` without chair (host, guest and ``参加会见`` officials attendees, gs02). DECIDED HERE: the company's
  ``实地考察`` before the 会见 (``会见前，戴文澜一行在郝春雨、杨建勋陪同下``) is an ``inspection (考察)`` with no leader (the visitor is
  no official), the visitor and the officials who 陪同 attendees, dated with the 会见 (gs: ``会见后`` takes the 会见's date); the
  ``申立明要求`` paragraph after it is the 会见's (the article's event). Meetings in 本版导读 / 上一篇 / 下一篇 / 相关链接 / 相关文章
  / 相关阅读 / 往期推荐 lists are not annotated.
- Bylines: ``本报讯（记者 …）``, ``本报讯（记者 … 通讯员 …）``, ``中国菏泽网消息 （记者 … 通讯员 …）``, ``记者 | …`` and ``记者：…``
  are reporter / correspondent lines; the portal stamp ``作者：崔凯`` repeating the 记者 credit gives no second line (gs); DECIDED
  HERE: ``文/图：罗庆松`` (gu06, no role word beyond 文/图) is an author line; 编辑 / 责任编辑 / 审核 editor lines. The account and
  media-centre names (虞城融媒, 常山融媒, 如东发布, ``来源：曹县政府办公室``) are no persons.
- Projects: named works visited, reported or pushed: a 产业园 and its numbered phase, a 标准厂房项目 ``industrial_park``; a
  冷链物流园 ``logistics_hub``; a 供水一体化工程, a 110千伏变电站 and an LNG接收站 phase ``infrastructure_project``; a 堤防加固工程
  ``engineering_work``; a river's 综合治理工程 ``greening_project`` (gs); a 老旧小区改造项目 ``housing_project``; a 高标准农田建设项目
  with its town, a 良种繁育基地, a 深加工项目, a 烘干仓储中心项目, a 风电运维基地, a 城市更新片区 and a 光伏储能示范项目 ``project``;
  ``百县千镇万村高质量发展工程`` a ``program`` (eu, fb). Not projects: a 示范方 (a field, gs), ``共富工坊``, ``产业飞地`` / ``消薄飞地``
  (generic), the unnamed ``储能电池项目`` of a company, reforms (``大综合一体化``行政执法改革).
- Places: one line per name per file, as written; a county's or city's short name standing in the body (虞城, 江山, 慈溪,
  常山, 肥乡) is a line of its own; places inside titles, organ references and project names count (梅州市 and 兴宁市 in
  ``梅州市委常委、兴宁市委书记``, 慈溪市 in ``慈溪市委书记``); a zone written bare is annotated as written (``高新区``) and its long
  form as written (``夏邑高新区``, ``曹县经济开发区``, ``如东经济开发区``, ``洋口港经济开发区``, ``肥乡经济开发区``); ``鲁西`` a region
  (slogan, as the sample's 中原). Not annotated: site lines, mastheads, breadcrumbs, 来源 lines, bylines, footers and
  addresses, link lists, account names, company names (深圳市锐拓…), and the bare ``县经济开发区`` inside a title.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XY, YC, CX, SX, CS, RD = "夏邑县", "虞城县", "曹县", "单县", "常山县", "如东县"
XN, JS, CXI, FX = "兴宁市", "江山市", "慈溪市", "肥乡区"
SQ, HZ, MZ, QZ = "商丘市", "菏泽市", "梅州市", "衢州市"
XYG = "夏邑高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gu01_xiayi.txt": (2023, "2023年04月13日　星期四", SQ, [
        ("岑立方在夏邑县调研时强调", "4月12日", "2023-04-12", "本报讯（记者 单思远）4月12日",
         "city paper 第01版: the 市委书记's 调研 of 夏邑县 (市委常委、秘书长, 副市长); the county's 书记 / 县长 / 常务副县长, a 高新区 主任 and a town secretary; 座谈会")]),
    "gu02_xiayi.txt": (2024, "发布时间：2024-05-21 09:12", XY, [
        ("庞世宽到高新区召开项目建设现场办公会", "5月20日下午", "2024-05-20", "5月20日下午，县委书记",
         "county site: the former 县长, now 县委书记, visits the 高新区 and holds a 现场办公会; new 县长 and 常务副县长; 牛建功 now 县委常委、高新区党工委书记")]),
    "gu03_yucheng.txt": (2024, "2024年09月10日 19:26", YC, [
        ("阚海涛到我县调研秋粮生产和农业产业化项目建设", "9月9日", "2024-09-09", "9月9日，副市长阚海涛",
         "county WeChat account (虞城发布): the former 夏邑 县委书记, now 副市长, visits 虞城县; the 县长 is the former 夏邑 常务副县长")]),
    "gu04_caoxian.txt": (2022, "发布时间：2022-11-03 10:26", CX, [
        ("全市高质量发展现场观摩团来我县观摩", "11月2日上午", "2022-11-02", "11月2日上午，市委书记",
         "county site: the 菏泽 市 观摩团 (市委书记, 市长) in 曹县; ``市政协副主席、县委书记``; 县委常委、县经济开发区党工委书记; a town secretary")]),
    "gu05_shanxian.txt": (2023, "发表时间：2023-10-18 08:52", HZ, [
        ("蔺国璋到单县调研乡村振兴和重点项目建设", "10月17日", "2023-10-17", "中国菏泽网消息 （记者 崔凯",
         "city portal 县区 > 单县 (菏泽日报 copy): the former 曹县 县委书记, now 市委常委、副市长, visits 单县")]),
    "gu06_xingning.txt": (2023, "发布日期：2023-07-06", XN, [
        ("钟绍宏到叶塘镇、水口镇召开现场办公会", "7月5日", "2023-07-05", "7月5日，梅州市委常委",
         "county-level city site 领导活动: the ``梅州市委常委、兴宁市委书记``'s visit and 现场办公会 in two towns; 杨建勋#1")]),
    "gu07_jiangshan.txt": (2023, "2023年05月26日 星期五", QZ, [
        ("祝启航在江山市调研时强调", "5月25日", "2023-05-25", "本报讯（记者 毛思琪",
         "city paper 版次 01: the 市长's 调研 of 江山市 with the 市政府秘书长; 江山's 书记 / 市长 / 常务副市长 (姜伟东); 座谈会")]),
    "gu08_changshan.txt": (2024, "2024-08-22 20:15", CS, [
        ("慈溪市党政代表团来常考察山海协作工作", "8月21日", "2024-08-21", "8月21日，慈溪市委书记",
         "county WeChat account (常山发布): 接待来访, the 慈溪 党政代表团's 考察 and the 座谈会; 姜伟东 now 常山 县长")]),
    "gu09_rudong.txt": (2024, "发布日期：2024-03-01", RD, [
        ("全县一季度重大项目现场观摩暨点评会举行", "2月29日", "2024-02-29", "2月29日，全县一季度",
         "county site reprinting 如东发布 (WeChat line under the site stamp): 重大项目现场观摩 and the 点评会")]),
    "gu10_feixiang.txt": (2025, "发布时间：2025-02-19 17:40", FX, [
        ("宁子恒会见深圳锐拓新能源科技有限公司客商", "2月18日", "2025-02-18", "2月18日，区委书记",
         "district site: the 区委书记's 会见 of a company chairman; the company's 考察 of the 经济开发区 before it; 杨建勋#2")]),
}

_GU01_YOU = "市委常委、秘书长邬景程，副市长柯鸣岐参加调研"
_GU01_NIU = "县政府党组成员、高新区管委会主任牛建功"
_GU02_ATT = "县委副书记、县长翟文博，县委常委、高新区党工委书记牛建功，县委常委、常务副县长禹春雷，副县长苗金铎参加"
_GU03_ATT = "县委书记茹振江，县委副书记、县长葛书平，副县长荀立伟陪同调研"
_GU04_LEAD = "市委书记寇德明，市委副书记、市长戈文斌率市四大班子领导"
_GU04_GONG = "县委常委、县经济开发区党工委书记巩宪彬"
_GU04_HOST = "市政协副主席、县委书记蔺国璋，县委副书记、县长谭晓军参加活动"
_GU05_ATT = "单县县委书记魏东海，县委副书记、县长满庆林，副县长嵇志伟陪同调研"
_GU06_ZHONG = "梅州市委常委、兴宁市委书记钟绍宏"
_GU06_ATT = "市委副书记、市长罗锦添，市委常委、常务副市长温晓帆参加"
_GU07_ATT = "江山市委书记毛永康，市委副书记、市长周晓蓉，市委常委、常务副市长姜伟东陪同"
_GU08_GUEST = "慈溪市委书记俞泽川，市委常委、常务副市长吕志宏率慈溪市党政代表团"
_GU08_HOST = "县委书记方晓川，县委副书记、县长姜伟东，县委常委、常务副县长徐国梁陪同考察或参加座谈"
_GU09_LEAD = "县委书记缪建川，县委副书记、县长季晓峰等县四套班子领导"
_GU10_ATT = "区委副书记、区长申立明，区委常委、经济开发区党工委书记郝春雨，副区长杨建勋参加会见"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河南 商丘: 夏邑县, 虞城县
    "gu:岑立方": ("岑立方", "official", SQ, [
        ("gu01", f"{SQ}委", "书记", "市委书记岑立方到夏邑县调研", "bare 市委 in the 商丘日报; named in the headline too")], []),
    "gu:邬景程": ("邬景程", "official", SQ, [
        ("gu01", f"{SQ}委", "常委", _GU01_YOU, None),
        ("gu01", f"{SQ}委", "秘书长", _GU01_YOU, "秘书长 after 市委常委 = the 市委's (bs)")], []),
    "gu:柯鸣岐": ("柯鸣岐", "official", SQ, [
        ("gu01", f"{SQ}政府", "副市长", _GU01_YOU, None)], []),
    "gu:牛建功": ("牛建功", "official", XY, [
        ("gu01", f"{XY}政府党组", "成员", _GU01_NIU, "2023-04 (promoted in the same county: 县委常委、高新区党工委书记 in 2024, gu02)"),
        ("gu01", f"{XYG}管委会", "主任", _GU01_NIU, "DECIDED HERE: a county's 高新区 → 夏邑高新区"),
        ("gu02", f"{XY}委", "常委", _GU02_ATT, "2024-05"),
        ("gu02", f"{XYG}党工委", "书记", _GU02_ATT, None)], []),
    "gu:冀红霞": ("冀红霞", "official", XY, [
        ("gu01", f"{XY}会亭镇党委", "书记", "在会亭镇，镇党委书记冀红霞", "bare 镇党委 after 在会亭镇")], []),
    "gu:庞世宽": ("庞世宽", "official", XY, [
        ("gu01", f"{XY}委", "副书记", "县委副书记、县长庞世宽介绍了", "2023-04 (identity case: 夏邑县委书记 in 2024, gu02)"),
        ("gu01", f"{XY}政府", "县长", "县委副书记、县长庞世宽介绍了", None),
        ("gu02", f"{XY}委", "书记", "县委书记庞世宽到高新区召开", "2024-05: now 县委书记; named in the headline too")], []),
    "gu:阚海涛": ("阚海涛", "official", SQ, [
        ("gu01", f"{XY}委", "书记", "夏邑县委书记阚海涛汇报了", "2023-04 (identity case: 商丘 副市长 in 2024, gu03)"),
        ("gu03", f"{SQ}政府", "副市长", "副市长阚海涛到我县调研", "2024-09: bare 副市长 on the 虞城 page = 商丘's; named in the headline too")], []),
    "gu:葛书平": ("葛书平", "official", SQ, [
        ("gu01", f"{XY}委", "常委", "县委常委、常务副县长葛书平陪同调研", "2023-04 (identity case: 虞城县长 in 2024, gu03)"),
        ("gu01", f"{XY}政府", "常务副县长", "县委常委、常务副县长葛书平陪同调研", None),
        ("gu03", f"{YC}委", "副书记", _GU03_ATT, "2024-09: now 虞城县委副书记、县长"),
        ("gu03", f"{YC}政府", "县长", _GU03_ATT, None)], []),
    "gu:翟文博": ("翟文博", "official", XY, [
        ("gu02", f"{XY}委", "副书记", _GU02_ATT, "2024: the 县长 after 庞世宽"),
        ("gu02", f"{XY}政府", "县长", _GU02_ATT, None)], []),
    "gu:禹春雷": ("禹春雷", "official", XY, [
        ("gu02", f"{XY}委", "常委", _GU02_ATT, "2024: the 常务副县长 after 葛书平"),
        ("gu02", f"{XY}政府", "常务副县长", _GU02_ATT, None)], []),
    "gu:苗金铎": ("苗金铎", "official", XY, [
        ("gu02", f"{XY}政府", "副县长", _GU02_ATT, None)], []),
    "gu:骆庆阳": ("骆庆阳", "official", XY, [
        ("gu02", f"{XY}自然资源局", "局长", "县自然资源局局长骆庆阳", None)], []),
    "gu:茹振江": ("茹振江", "official", YC, [
        ("gu03", f"{YC}委", "书记", _GU03_ATT, None)], []),
    "gu:荀立伟": ("荀立伟", "official", YC, [
        ("gu03", f"{YC}政府", "副县长", _GU03_ATT, None)], []),
    "gu:鲍晓君": ("鲍晓君", "official", YC, [
        ("gu03", f"{YC}利民镇党委", "书记", "在利民镇，镇党委书记鲍晓君", None)], []),
    # ---- 山东 菏泽: 曹县, 单县
    "gu:寇德明": ("寇德明", "official", HZ, [
        ("gu04", f"{HZ}委", "书记", _GU04_LEAD, "bare 市委 on the 曹县 site = 菏泽's")], []),
    "gu:戈文斌": ("戈文斌", "official", HZ, [
        ("gu04", f"{HZ}委", "副书记", _GU04_LEAD, None),
        ("gu04", f"{HZ}政府", "市长", _GU04_LEAD, None)], []),
    "gu:巩宪彬": ("巩宪彬", "official", CX, [
        ("gu04", f"{CX}委", "常委", _GU04_GONG, None),
        ("gu04", f"{CX}经济开发区党工委", "书记", _GU04_GONG, "DECIDED HERE: bare 县经济开发区 = 曹县经济开发区 as the page writes it")], []),
    "gu:邵伟民": ("邵伟民", "official", CX, [
        ("gu04", f"{CX}庄寨镇党委", "书记", "在庄寨镇，镇党委书记邵伟民", None)], []),
    "gu:蔺国璋": ("蔺国璋", "official", HZ, [
        ("gu04", f"{HZ}政协", "副主席", _GU04_HOST, "2022-11; DECIDED HERE: a city post joined to a county post, each at its level"),
        ("gu04", f"{CX}委", "书记", _GU04_HOST, "identity case: 菏泽市委常委、副市长 in 2023, gu05"),
        ("gu05", f"{HZ}委", "常委", "市委常委、副市长蔺国璋到单县调研", "2023-10: now 市委常委、副市长; named in the headline too"),
        ("gu05", f"{HZ}政府", "副市长", "市委常委、副市长蔺国璋到单县调研", None)], []),
    "gu:谭晓军": ("谭晓军", "official", CX, [
        ("gu04", f"{CX}委", "副书记", _GU04_HOST, None),
        ("gu04", f"{CX}政府", "县长", _GU04_HOST, None)], []),
    "gu:魏东海": ("魏东海", "official", SX, [
        ("gu05", f"{SX}委", "书记", _GU05_ATT, "written 单县县委书记")], []),
    "gu:满庆林": ("满庆林", "official", SX, [
        ("gu05", f"{SX}委", "副书记", _GU05_ATT, "bare 县委 right after 单县县委书记"),
        ("gu05", f"{SX}政府", "县长", _GU05_ATT, None)], []),
    "gu:嵇志伟": ("嵇志伟", "official", SX, [
        ("gu05", f"{SX}政府", "副县长", _GU05_ATT, None)], []),
    "gu:时玉梅": ("时玉梅", "official", SX, [
        ("gu05", f"{SX}浮岗镇党委", "书记", "在浮岗镇，镇党委书记时玉梅", None)], []),
    # ---- 广东 梅州: 兴宁市
    "gu:钟绍宏": ("钟绍宏", "official", XN, [
        ("gu06", f"{MZ}委", "常委", _GU06_ZHONG, "DECIDED HERE: 梅州市委常委、兴宁市委书记 → two organs at two levels"),
        ("gu06", f"{XN}委", "书记", _GU06_ZHONG, "named in the headline too")], []),
    "gu:罗锦添": ("罗锦添", "official", XN, [
        ("gu06", f"{XN}委", "副书记", _GU06_ATT, "bare 市委 on the 兴宁市 site = 兴宁市's"),
        ("gu06", f"{XN}政府", "市长", _GU06_ATT, None)], []),
    "gu:温晓帆": ("温晓帆", "official", XN, [
        ("gu06", f"{XN}委", "常委", _GU06_ATT, None),
        ("gu06", f"{XN}政府", "常务副市长", _GU06_ATT, None)], []),
    "gu:黄伟珊": ("黄伟珊", "official", XN, [
        ("gu06", f"{XN}叶塘镇党委", "书记", "镇党委书记黄伟珊关于", "bare 镇党委 after 在叶塘镇")], []),
    "gu:杨建勋#1": ("杨建勋", "official", XN, [
        ("gu06", f"{XN}水口镇党委", "书记", "镇党委书记杨建勋汇报了", "兴宁市 (广东 梅州), 2023; not the 杨建勋 of 肥乡区 (gu10)")], []),
    # ---- 浙江 衢州: 江山市, 常山县; 宁波 慈溪市
    "gu:祝启航": ("祝启航", "official", QZ, [
        ("gu07", f"{QZ}委", "副书记", "市委副书记、市长祝启航到江山市调研", "named in the headline too"),
        ("gu07", f"{QZ}政府", "市长", "市委副书记、市长祝启航到江山市调研", None)], []),
    "gu:徐晟": ("徐晟", "official", QZ, [
        ("gu07", f"{QZ}政府", "秘书长", "市政府秘书长徐晟参加调研", None)], []),
    "gu:毛永康": ("毛永康", "official", JS, [
        ("gu07", f"{JS}委", "书记", _GU07_ATT, None)], []),
    "gu:周晓蓉": ("周晓蓉", "official", JS, [
        ("gu07", f"{JS}委", "副书记", _GU07_ATT, "bare 市委 right after 江山市委书记 = 江山's (gs03)"),
        ("gu07", f"{JS}政府", "市长", _GU07_ATT, None)], []),
    "gu:姜伟东": ("姜伟东", "official", QZ, [
        ("gu07", f"{JS}委", "常委", _GU07_ATT, "2023-05 (identity case: 常山县委副书记、县长 in 2024, gu08)"),
        ("gu07", f"{JS}政府", "常务副市长", _GU07_ATT, None),
        ("gu08", f"{CS}委", "副书记", _GU08_HOST, "2024-08: now 常山 县长"),
        ("gu08", f"{CS}政府", "县长", _GU08_HOST, None)], []),
    "gu:柴文杰": ("柴文杰", "official", JS, [
        ("gu07", f"{JS}贺村镇党委", "书记", "在贺村镇，镇党委书记柴文杰", None)], []),
    "gu:俞泽川": ("俞泽川", "official", CXI, [
        ("gu08", f"{CXI}委", "书记", _GU08_GUEST, None)], []),
    "gu:吕志宏": ("吕志宏", "official", CXI, [
        ("gu08", f"{CXI}委", "常委", _GU08_GUEST, "bare 市委 right after 慈溪市委书记 = 慈溪's"),
        ("gu08", f"{CXI}政府", "常务副市长", _GU08_GUEST, None)], []),
    "gu:方晓川": ("方晓川", "official", CS, [
        ("gu08", f"{CS}委", "书记", _GU08_HOST, None)], []),
    "gu:徐国梁": ("徐国梁", "official", CS, [
        ("gu08", f"{CS}委", "常委", _GU08_HOST, None),
        ("gu08", f"{CS}政府", "常务副县长", _GU08_HOST, None)], []),
    # ---- 江苏 南通: 如东县
    "gu:缪建川": ("缪建川", "official", RD, [
        ("gu09", f"{RD}委", "书记", _GU09_LEAD, None)], []),
    "gu:季晓峰": ("季晓峰", "official", RD, [
        ("gu09", f"{RD}委", "副书记", _GU09_LEAD, None),
        ("gu09", f"{RD}政府", "县长", _GU09_LEAD, None)], []),
    "gu:曹晓冬": ("曹晓冬", "official", RD, [
        ("gu09", f"{RD}大豫镇党委", "书记", "镇党委书记曹晓冬介绍了", "bare 镇党委 after 在大豫镇海上风电运维基地")], []),
    "gu:吉伟成": ("吉伟成", "official", RD, [
        ("gu09", f"{RD}委", "常委", "县委常委、常务副县长吉伟成通报了", None),
        ("gu09", f"{RD}政府", "常务副县长", "县委常委、常务副县长吉伟成通报了", None)], []),
    "gu:冒立群": ("冒立群", "official", RD, [
        ("gu09", f"{RD}委", "常委", "县委常委、如东经济开发区党工委书记冒立群", None),
        ("gu09", "如东经济开发区党工委", "书记", "县委常委、如东经济开发区党工委书记冒立群", "a county's 经济开发区 as written (dz)")], []),
    # ---- 河北 邯郸: 肥乡区
    "gu:宁子恒": ("宁子恒", "official", FX, [
        ("gu10", f"{FX}委", "书记", "区委书记宁子恒会见了", "named in the headline too")], []),
    "gu:申立明": ("申立明", "official", FX, [
        ("gu10", f"{FX}委", "副书记", _GU10_ATT, None),
        ("gu10", f"{FX}政府", "区长", _GU10_ATT, None)], []),
    "gu:郝春雨": ("郝春雨", "official", FX, [
        ("gu10", f"{FX}委", "常委", _GU10_ATT, None),
        ("gu10", "肥乡经济开发区党工委", "书记", _GU10_ATT, "DECIDED HERE: bare 经济开发区 = 肥乡经济开发区 as the page writes it")], []),
    "gu:杨建勋#2": ("杨建勋", "official", FX, [
        ("gu10", f"{FX}政府", "副区长", _GU10_ATT, "肥乡区 (河北 邯郸), 2025; not the 杨建勋 of 兴宁市 (gu06)")], []),
    "gu:戴文澜": ("戴文澜", "company_executive", "深圳市锐拓新能源科技有限公司", [], ["gu10"]),  # 董事长: no post
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gu01", "单思远", "记者", "reporter", "本报讯（记者 单思远）"),
    ("gu01", "施晓岚", "责任编辑", "editor", "责任编辑：施晓岚"),
    ("gu02", "丁若琳", "责任编辑", "editor", "责任编辑：丁若琳"),
    ("gu03", "薛文卿", "记者", "reporter", "记者 | 薛文卿　燕子豪"),
    ("gu03", "燕子豪", "记者", "reporter", "记者 | 薛文卿　燕子豪"),
    ("gu03", "贾梦瑶", "编辑", "editor", "编辑 | 贾梦瑶"),
    ("gu03", "鲁宁", "审核", "editor", "审核 | 鲁宁"),
    ("gu05", "崔凯", "记者", "reporter", "中国菏泽网消息 （记者 崔凯 通讯员 卞晓彤）"),
    ("gu05", "卞晓彤", "通讯员", "correspondent", "中国菏泽网消息 （记者 崔凯 通讯员 卞晓彤）"),
    ("gu05", "季思雨", "责任编辑", "editor", "（责任编辑：季思雨）"),
    ("gu06", "罗庆松", "文/图", "author", "文/图：罗庆松"),
    ("gu06", "丘慧敏", "责任编辑", "editor", "责任编辑：丘慧敏"),
    ("gu07", "毛思琪", "记者", "reporter", "本报讯（记者 毛思琪 通讯员 郑立言）"),
    ("gu07", "郑立言", "通讯员", "correspondent", "本报讯（记者 毛思琪 通讯员 郑立言）"),
    ("gu07", "林诗涵", "责任编辑", "editor", "责任编辑：林诗涵"),
    ("gu08", "陆一鸣", "记者", "reporter", "记者 | 陆一鸣"),
    ("gu08", "顾婉清", "编辑", "editor", "编辑 | 顾婉清"),
    ("gu08", "汪宏亮", "审核", "editor", "审核 | 汪宏亮"),
    ("gu09", "邱振东", "记者", "reporter", "记者：邱振东"),
    ("gu09", "霍雅文", "责任编辑", "editor", "责任编辑：霍雅文"),
    ("gu10", "桑振国", "责任编辑", "editor", "责任编辑：桑振国"),
    ("gu10", "蒋雪梅", "审核", "editor", "审核：蒋雪梅"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gu01", "夏邑县县域经济发展和重点项目建设调研", "inspection (调研)", "4月12日", None, "岑立方", [],
     ["邬景程", "柯鸣岐", "葛书平"], ["牛建功", "冀红霞", "庞世宽"], "夏邑县",
     "4月12日，市委书记岑立方到夏邑县调研县域经济发展和重点项目建设工作",
     ["市委书记岑立方到夏邑县调研", _GU01_YOU, "县委常委、常务副县长葛书平陪同调研", "牛建功介绍了",
      "镇党委书记冀红霞汇报了", "县长庞世宽介绍了工程建设进展"]),
    ("gu01", "座谈会", "meeting (座谈会)", "4月12日", None, None, [],
     [], ["阚海涛", "岑立方", "柯鸣岐"], None,
     "在随后召开的座谈会上，夏邑县委书记阚海涛汇报了全县一季度经济运行和重点项目推进情况",
     ["夏邑县委书记阚海涛汇报了", "岑立方指出", "柯鸣岐就做好春季农业生产"]),
    ("gu02", "高新区重点项目建设调研", "inspection (调研)", "5月20日下午", None, "庞世宽", [],
     ["翟文博", "牛建功", "禹春雷", "苗金铎"], ["牛建功"], "夏邑高新区",
     "庞世宽一行先后来到纺织服装产业园二期、高新区智能家居产业园一期和高新区110千伏变电站建设现场",
     ["县委书记庞世宽到高新区召开", _GU02_ATT, "牛建功汇报了"]),
    ("gu02", "高新区项目建设现场办公会", "meeting (现场办公会)", "5月20日下午", None, None, [],
     ["翟文博", "牛建功", "禹春雷", "苗金铎"], ["骆庆阳", "禹春雷", "苗金铎", "庞世宽", "翟文博"], "夏邑高新区",
     "5月20日下午，县委书记庞世宽到高新区召开项目建设现场办公会",
     [_GU02_ATT, "县自然资源局局长骆庆阳就", "禹春雷就做好项目融资", "苗金铎要求", "庞世宽强调", "翟文博表示"]),
    ("gu03", "虞城县秋粮生产和农业产业化项目建设调研", "inspection (调研)", "9月9日", None, "阚海涛", [],
     ["茹振江", "葛书平", "荀立伟"], ["鲍晓君", "葛书平", "阚海涛", "茹振江", "荀立伟"], "虞城县",
     "9月9日，副市长阚海涛到我县调研秋粮生产和农业产业化项目建设工作",
     ["副市长阚海涛到我县调研", _GU03_ATT, "镇党委书记鲍晓君介绍了", "葛书平汇报了", "阚海涛指出", "茹振江表示",
      "荀立伟就做好秋季农机调度"]),
    ("gu04", "全市高质量发展现场观摩", "site observation (观摩)", "11月2日上午", None, "寇德明", [],
     ["戈文斌", "蔺国璋", "谭晓军"], ["巩宪彬", "邵伟民", "寇德明", "戈文斌"], "曹县",
     "组成的全市高质量发展现场观摩团来我县，现场观摩项目建设和经济社会发展情况",
     [_GU04_LEAD, _GU04_HOST, "巩宪彬介绍了", "镇党委书记邵伟民汇报了", "寇德明指出", "戈文斌要求"]),
    ("gu05", "单县乡村振兴和重点项目建设调研", "inspection (调研)", "10月17日", None, "蔺国璋", [],
     ["魏东海", "满庆林", "嵇志伟"], ["时玉梅", "满庆林", "蔺国璋", "魏东海", "嵇志伟"], "单县",
     "10月17日，市委常委、副市长蔺国璋到单县调研乡村振兴和重点项目建设工作",
     ["副市长蔺国璋到单县调研", _GU05_ATT, "镇党委书记时玉梅介绍了", "满庆林汇报了", "蔺国璋指出", "魏东海表示",
      "嵇志伟就抓好秋种"]),
    ("gu06", "叶塘镇、水口镇镇域发展和重点项目建设调研", "inspection (调研)", "7月5日", None, "钟绍宏", [],
     ["罗锦添", "温晓帆"], ["黄伟珊", "杨建勋"], "叶塘镇、水口镇",
     "在叶塘镇，钟绍宏一行实地察看了叶塘镇农业产业园和宁江叶塘段堤防加固工程",
     ["兴宁市委书记钟绍宏先后到叶塘镇、水口镇", _GU06_ATT, "镇党委书记黄伟珊关于", "镇党委书记杨建勋汇报了"]),
    ("gu06", "现场办公会", "meeting (现场办公会)", "7月5日", None, None, [],
     ["罗锦添", "温晓帆"], ["钟绍宏", "罗锦添", "温晓帆"], "叶塘镇、水口镇",
     "兴宁市委书记钟绍宏先后到叶塘镇、水口镇召开现场办公会，研究解决镇域发展和重点项目建设中的困难问题",
     [_GU06_ATT, "钟绍宏指出", "罗锦添要求", "温晓帆就工业集聚区用地报批"]),
    ("gu07", "江山市制造业高质量发展和城市更新调研", "inspection (调研)", "5月25日", None, "祝启航", [],
     ["徐晟", "毛永康", "周晓蓉", "姜伟东"], ["姜伟东", "柴文杰"], "江山市",
     "5月25日，市委副书记、市长祝启航到江山市调研制造业高质量发展和城市更新工作",
     ["市长祝启航到江山市调研", "市政府秘书长徐晟参加调研", _GU07_ATT, "姜伟东介绍了", "镇党委书记柴文杰汇报了"]),
    ("gu07", "座谈会", "meeting (座谈会)", "5月25日", None, None, [],
     [], ["毛永康", "周晓蓉", "祝启航", "徐晟"], None,
     "在随后召开的座谈会上，毛永康汇报了江山市一季度经济运行和重点工作推进情况",
     ["毛永康汇报了", "周晓蓉就城市更新", "祝启航充分肯定", "徐晟就抓好项目要素保障"]),
    ("gu08", "慈溪市党政代表团山海协作考察", "inspection (考察)", "8月21日", None, "俞泽川", [],
     ["吕志宏", "方晓川", "姜伟东", "徐国梁"], ["徐国梁"], "常山县",
     "率慈溪市党政代表团来我县考察山海协作工作",
     [_GU08_GUEST, _GU08_HOST, "徐国梁介绍了"]),
    ("gu08", "山海协作工作座谈会", "meeting (座谈会)", "8月21日", "姜伟东", None, [],
     ["方晓川", "徐国梁"], ["姜伟东", "方晓川", "俞泽川", "吕志宏"], None,
     "在随后召开的山海协作工作座谈会上，姜伟东主持会议并介绍了常山县经济社会发展情况",
     ["姜伟东主持会议", _GU08_HOST, "方晓川代表县委、县政府", "俞泽川表示", "吕志宏就下阶段合作项目清单"]),
    ("gu09", "全县一季度重大项目现场观摩", "site observation (观摩)", "2月29日", None, None, [],
     ["缪建川", "季晓峰"], ["曹晓冬"], "如东经济开发区、洋口港经济开发区、大豫镇、掘港街道",
     "上午，观摩团先后来到如东经济开发区新能源装备产业园",
     [_GU09_LEAD, "镇党委书记曹晓冬介绍了"]),
    ("gu09", "点评会", "meeting (点评会)", "2月29日", "季晓峰", None, [],
     ["缪建川"], ["吉伟成", "冒立群", "缪建川", "季晓峰"], None,
     "下午召开的点评会由季晓峰主持",
     ["点评会由季晓峰主持", _GU09_LEAD, "吉伟成通报了", "冒立群作交流发言", "缪建川在讲话中指出", "季晓峰要求"]),
    ("gu10", "区委书记宁子恒会见深圳市锐拓新能源科技有限公司客商", "meeting (会见)", "2月18日", None, None, [],
     ["宁子恒", "戴文澜", "申立明", "郝春雨", "杨建勋"], ["宁子恒", "戴文澜", "申立明"], None,
     "2月18日，区委书记宁子恒会见了深圳市锐拓新能源科技有限公司董事长戴文澜一行",
     ["区委书记宁子恒会见了", "董事长戴文澜一行", _GU10_ATT, "宁子恒代表区委、区政府", "戴文澜介绍了", "申立明要求"]),
    ("gu10", "深圳市锐拓新能源科技有限公司实地考察", "inspection (考察)", "2月18日", None, None, [],
     ["戴文澜", "郝春雨", "杨建勋"], [], "肥乡经济开发区、天台山镇",
     "会见前，戴文澜一行在郝春雨、杨建勋陪同下，实地考察了肥乡经济开发区新能源装备产业园和天台山镇光伏储能示范项目",
     ["会见前，戴文澜一行在郝春雨、杨建勋陪同下"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gu01", "夏邑高新区纺织服装产业园二期", "industrial_park", "先后来到夏邑高新区纺织服装产业园二期"),
    ("gu01", "会亭镇高标准农田建设项目", "project", "会亭镇高标准农田建设项目区"),
    ("gu01", "夏邑县城乡供水一体化工程", "infrastructure_project", "夏邑县城乡供水一体化工程现场"),
    ("gu02", "纺织服装产业园二期", "industrial_park", "先后来到纺织服装产业园二期"),
    ("gu02", "高新区智能家居产业园一期", "industrial_park", "高新区智能家居产业园一期和高新区110千伏变电站"),
    ("gu02", "高新区110千伏变电站", "infrastructure_project", "高新区110千伏变电站建设现场"),
    ("gu03", "虞城县农产品精深加工产业园", "industrial_park", "虞城县农产品精深加工产业园和谷熟镇"),
    ("gu03", "谷熟镇粮食烘干仓储中心项目", "project", "谷熟镇粮食烘干仓储中心项目现场"),
    ("gu04", "曹县木制品智能制造产业园三期", "industrial_park", "先后来到曹县木制品智能制造产业园三期"),
    ("gu04", "曹县经济开发区光电新材料产业园", "industrial_park", "曹县经济开发区光电新材料产业园、庄寨镇"),
    ("gu04", "庄寨镇桐木精深加工项目", "project", "庄寨镇桐木精深加工项目和曹县冷链物流园"),
    ("gu04", "曹县冷链物流园", "logistics_hub", "庄寨镇桐木精深加工项目和曹县冷链物流园"),
    ("gu05", "浮岗镇青山羊良种繁育基地", "project", "先后来到浮岗镇青山羊良种繁育基地"),
    ("gu05", "单县羊绒纺织产业园二期", "industrial_park", "单县羊绒纺织产业园二期和单县东沟河综合治理工程"),
    ("gu05", "单县东沟河综合治理工程", "greening_project", "单县东沟河综合治理工程现场"),
    ("gu06", "叶塘镇农业产业园", "industrial_park", "实地察看了叶塘镇农业产业园"),
    ("gu06", "宁江叶塘段堤防加固工程", "engineering_work", "宁江叶塘段堤防加固工程"),
    ("gu06", "水口镇工业集聚区标准厂房项目", "industrial_park", "来到水口镇工业集聚区标准厂房项目"),
    ("gu06", "百县千镇万村高质量发展工程", "program", "要深入实施“百县千镇万村高质量发展工程”"),
    ("gu07", "江山经济开发区智能门业产业园二期", "industrial_park", "先后来到江山经济开发区智能门业产业园二期"),
    ("gu07", "贺村镇输配电装备产业园", "industrial_park", "贺村镇输配电装备产业园和虎山街道"),
    ("gu07", "虎山街道老旧小区改造项目", "housing_project", "虎山街道老旧小区改造项目现场"),
    ("gu08", "慈溪·常山山海协作产业园二期", "industrial_park", "先后来到慈溪·常山山海协作产业园二期"),
    ("gu08", "常山胡柚深加工产业园", "industrial_park", "常山胡柚深加工产业园和球川镇"),
    ("gu09", "如东经济开发区新能源装备产业园", "industrial_park", "先后来到如东经济开发区新能源装备产业园"),
    ("gu09", "洋口港经济开发区LNG接收站三期", "infrastructure_project", "洋口港经济开发区LNG接收站三期"),
    ("gu09", "大豫镇海上风电运维基地", "project", "大豫镇海上风电运维基地和掘港街道"),
    ("gu09", "掘港街道城市更新片区", "project", "掘港街道城市更新片区等8个项目现场"),
    ("gu10", "肥乡经济开发区新能源装备产业园", "industrial_park", "实地考察了肥乡经济开发区新能源装备产业园"),
    ("gu10", "天台山镇光伏储能示范项目", "project", "天台山镇光伏储能示范项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gu01", "夏邑县", "county", "standalone", "市委书记岑立方到夏邑县调研"),
    ("gu01", "夏邑高新区", "development_zone", "in_project_name", "先后来到夏邑高新区纺织服装产业园二期"),
    ("gu01", "高新区", "development_zone", "standalone", "在高新区，县政府党组成员"),
    ("gu01", "会亭镇", "town", "standalone", "在会亭镇，镇党委书记冀红霞"),
    ("gu02", "高新区", "development_zone", "standalone", "县委书记庞世宽到高新区召开"),
    ("gu03", "利民镇", "town", "standalone", "在利民镇，镇党委书记鲍晓君"),
    ("gu03", "虞城县", "county", "standalone", "虞城县将认真落实"),
    ("gu03", "谷熟镇", "town", "in_project_name", "谷熟镇粮食烘干仓储中心项目现场"),
    ("gu03", "虞城", "county", "standalone", "作出虞城贡献"),
    ("gu04", "曹县", "county", "standalone", "曹县要持续发挥"),
    ("gu04", "曹县经济开发区", "development_zone", "standalone", "在曹县经济开发区，"),
    ("gu04", "庄寨镇", "town", "standalone", "在庄寨镇，镇党委书记邵伟民"),
    ("gu05", "单县", "county", "standalone", "副市长蔺国璋到单县调研"),
    ("gu05", "浮岗镇", "town", "standalone", "在浮岗镇，镇党委书记时玉梅"),
    ("gu05", "东沟河", "river", "standalone", "要加快东沟河综合治理工程建设"),
    ("gu05", "鲁西", "region", "standalone (slogan)", "奋力在鲁西崛起中争先进位"),
    ("gu06", "梅州市", "prefecture_city", "in_title", _GU06_ZHONG),
    ("gu06", "兴宁市", "county_level_city", "in_title", _GU06_ZHONG),
    ("gu06", "叶塘镇", "town", "standalone", "先后到叶塘镇、水口镇召开现场办公会"),
    ("gu06", "水口镇", "town", "standalone", "先后到叶塘镇、水口镇召开现场办公会"),
    ("gu06", "宁江", "river", "in_project_name", "宁江叶塘段堤防加固工程"),
    ("gu07", "江山市", "county_level_city", "standalone", "市长祝启航到江山市调研"),
    ("gu07", "江山经济开发区", "development_zone", "standalone", "在江山经济开发区，"),
    ("gu07", "贺村镇", "town", "standalone", "在贺村镇，镇党委书记柴文杰"),
    ("gu07", "虎山街道", "sub_district_office", "in_project_name", "虎山街道老旧小区改造项目现场"),
    ("gu07", "江山", "county_level_city", "standalone", "江山要坚定不移推进制造业高质量发展"),
    ("gu07", "须江", "river", "standalone", "加快老旧小区改造和须江两岸品质提升"),
    ("gu08", "慈溪市", "county_level_city", "standalone", "率慈溪市党政代表团来我县考察"),
    ("gu08", "球川镇", "town", "standalone", "常山胡柚深加工产业园和球川镇共富工坊"),
    ("gu08", "常山县", "county", "standalone", "介绍了常山县经济社会发展情况"),
    ("gu08", "慈溪", "county_level_city", "standalone", "慈溪与常山结对以来"),
    ("gu08", "常山", "county", "standalone", "慈溪与常山结对以来"),
    ("gu09", "如东经济开发区", "development_zone", "standalone", "县委常委、如东经济开发区党工委书记冒立群"),
    ("gu09", "洋口港经济开发区", "development_zone", "in_project_name", "洋口港经济开发区LNG接收站三期"),
    ("gu09", "洋口港", "port", "in_project_name", "洋口港经济开发区LNG接收站三期"),
    ("gu09", "大豫镇", "town", "in_project_name", "大豫镇海上风电运维基地和掘港街道"),
    ("gu09", "掘港街道", "sub_district_office", "in_project_name", "掘港街道城市更新片区等8个项目现场"),
    ("gu10", "肥乡区", "district", "standalone", "介绍了肥乡区区位交通"),
    ("gu10", "肥乡", "district", "standalone", "储能电池项目落地肥乡"),
    ("gu10", "肥乡经济开发区", "development_zone", "standalone", "肥乡经济开发区基础设施完善"),
    ("gu10", "天台山镇", "town", "in_project_name", "天台山镇光伏储能示范项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gu", conventions="set gu (blind set, held-out-like mix, 20th round: 河南 商丘 (夏邑县, 虞城县), 山东 菏泽 (曹县, 单县), 广东 梅州 (兴宁市), 浙江 衢州 (江山市, 常山县; visitors from 慈溪市), 江苏 南通 (如东县), 河北 邯郸 (肥乡区); city-paper e-editions, a city portal, county sites and WeChat-account pages; 调研, 现场办公会 (an inspection and a meeting), 观摩 (site observation) and its 点评会, 接待来访 (a delegation's 考察 and 座谈会, a 会见); a county's 高新区 → 夏邑高新区; a county's / district's 经济开发区 as its page writes it; a city post joined to a county post split at its levels (梅州市委常委、兴宁市委书记; 市政协副主席、县委书记); bare 县委 / 市委 after an X县委书记 / X市委书记 in a city paper are X's; 县领导 and company roles no post; one line per post per article)",
          persons_note="Set gu persons. id = corpus-wide person_id (gu:杨建勋#1 of 兴宁市 (广东) and gu:杨建勋#2 of 肥乡区 (河北) are two people; gu:庞世宽 夏邑县长 2023 → 夏邑县委书记 2024; gu:阚海涛 夏邑县委书记 2023 → 商丘 副市长 2024; gu:葛书平 夏邑 常务副县长 2023 → 虞城县长 2024; gu:蔺国璋 曹县委书记 2022 → 菏泽市委常委、副市长 2023; gu:姜伟东 江山 常务副市长 2023 → 常山县长 2024; gu:牛建功 夏邑高新区管委会主任 2023 → 县委常委、高新区党工委书记 2024)")


if __name__ == "__main__":
    main()
