"""Write gold part ``gh`` (a blind set, held-out-like mix: county sites and county 融媒体中心 app pages and city papers from
陕西, 甘肃, 河南, 安徽, 江西 and 山东 — 领导活动 and 政务要闻 columns with full chrome; officials of county, city and province
levels on one page; city leaders' visits to a county with the county's hosts listed) from the tables below.

Pages ``tests/dev/texts/gh*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): the 陇县 site's 政务要闻 page of a 苏陕协作 推进会
(``本网站支持IPv6``, ``当前位置: 首页 > 长者专版 > 政务要闻``, ``来源:陇县广播电视台 发布时间:2024-08-15 15:50``,
``市委常委、副市长…出席会议并讲话，县长…参加会议，市政府副秘书长…主持``; 陇县's partner 铜山区); the 怀宁 portal page of a
党政代表团 visit (``铜陵市市委常委、枞阳县委书记…，县委副书记、县长…率党政代表团来我县考察学习。县委书记…，县委副书记、县长…，
县人大常委会主任…，县政协主席…等陪同``, ``（全媒体记者 …）``); the 广德 site (``砀山县委书记…一行来广考察…，市领导…陪同``,
``关闭×``); the 歙县 融媒 page of the 市委常委会 现场办公 (``市委副书记、市长…，市人大常委会主任…，市政协主席…，市委常委，市政府
有关副市长，市政府秘书长…出席``); a 井冈山报社融媒体 page on 吉水县 (``来源: 2021-10-09 08:27 井冈山报社融媒体``, ``供稿：…``);
a 景德镇 digest of city leaders' activities (``市人大常委会副主任、市委秘书长…陪同调研``); a 天水 page of the 市委常委、常务副市长's
督查 in 麦积区 (``区委常委、常务副区长…，副区长…等参加督查``) and a 天水日报 page of a 市委常委's 调研 in 甘谷县 (渭河堤防工程, 六峰
工业园); a 定西 page of the 市长's 观摩督导 in 渭源县 and 陇西县; the 秦安 果博会 督查 page (a long host list of 县委书记,
县人大常委会主任, 县委副书记、县长, 县政协主席 and 县委常委 with their 部 posts); the 沈丘 融媒体中心 page (``县委常委、宣传部长…，
…陪同调研``, ``( 窦健康)``, ``▌文章为沈丘融媒体中心原创``); a 襄城 融媒 page (``县领导…陪同``, ``记 者 | … 视 觉 | …``); a 台前
page of a 市政府副秘书长's 调研 (``县长…，县委常委、宣传部部长、副县长…，县人大常委会副主任…，副县长…，以及…陪同调研``); the 映象网
page of two counties' 考察 of 泌阳 (``泌阳县领导…陪同``, ``责编：``); a 子长 paper page (``本报讯（…）…县委副书记、县长…陪同``); a
洛川 page (``记者/… 新媒体编辑/…``); an 002373 county page (``全媒體記者: 編輯: 編審:``). Places are real and new to the
corpus's file names: 陕西 宝鸡 (陇县 gh01, 千阳县 gh02), 甘肃 天水 (甘谷县 gh03, 秦安县 gh04), 河南 周口 (郸城县 gh05, gh06),
安徽 六安 (霍邱县 gh07), 江西 吉安 (永丰县 gh08), 山东 临沂 (沂南县 gh09, 蒙阴县 gh10).

Shapes: the 陇县 site's 政务要闻 page of the city's 市委常委、副市长's 调研 with the 市政府副秘书长 and a 市 department head in his
party, the county's hosts (书记, 县长, 县委常委、副县长) and a town secretary; footer address ``陕西省宝鸡市陇县城关镇`` (gh01); the
宝鸡日报 第01版 (two-line headline, 本版其他文章 naming the 市长 without a title) of a 副省长's 调研 in 千阳县 with a 省政府副秘书长, a
省厅 副厅长, the 市委书记 and the 常务副市长 陪同 and the county's 书记 / 县长 / town secretary reporting (gh02); the 甘谷融媒 app page
(``打开APP``, ``阅读 8653``, 点赞 / 分享, 推荐阅读, ``（甘谷县融媒体中心 记者 … …）``, 编辑 / 审核 / 监制, ``陇ICP备``) of the
天水 市长's 调研 (gh03); the 秦安县 site's 领导活动 page of the city's new 市委常委、副市长 (the former 甘谷县委书记) 督导 (gh04); the
郸城县 site's 领导活动 page of the 周口 市长's 调研 with five hosts (县委书记, 县长, 县人大常委会主任, 县政协主席, 常务副县长; 下一篇
naming the 县长) (gh05); the 周口日报 第01版 of a 副省长's 调研 in 郸城县 with a 省局 副局长, the 市委书记 (the former 市长) and a
市委常委、副市长; the former 郸城 县长 now 郸城县委书记 (gh06); the 霍邱县 site's 领导活动 page of the 六安 市委书记's 调研 with the
``市委常委、秘书长`` (gh07); the 永丰融媒 app page of the 吉安 市委常委、副市长's 调研 (``文/图：永丰县融媒体中心 …``) (gh08); the
沂南县 site's 政务要闻 page of the 临沂 市委书记's 调研 and the 座谈会 after it (gh09); the 临沂新闻网 portal copy of a 临沂日报 report
(``作者：记者 …`` in the stamp line) of the city's new 副市长 (the former 沂南县长) in 蒙阴县 (gh10).

Identity cases:
- gh:雒建平, a 县长 who becomes another county's 书记: 陇县委副书记、县长 in June 2022 (gh01); 千阳县委书记 in May 2024 (gh02).
- gh:巩立峰, a county 书记 who becomes the city's 副市长: 甘谷县委书记 in April 2023 (gh03); 天水市委常委、副市长 in September 2024
  (gh04).
- gh:郜启航, a 县长 who becomes 书记 of the same county: 郸城县委副书记、县长 in July 2022 (gh05); 郸城县委书记 in June 2024 (gh06;
  the new 县长 is gh:商立鹏).
- gh:米锦程, a city's 市长 who becomes its 市委书记: 周口市委副书记、市长 in July 2022 (gh05); 周口市委书记 in June 2024 (gh06).
- gh:厉文韬, a 县长 who becomes the city's 副市长: 沂南县委副书记、县长 in May 2023 (gh09); 临沂市副市长 in October 2024 (gh10).
- gh:蔺宏涛, 宝鸡市委常委、副市长 in 2022 (gh01) → 市委常委、常务副市长 in 2024 (gh02).
- two different 汤俊峰 in unrelated places: gh:汤俊峰#1 is 霍邱县委常委、常务副县长 (安徽 六安, gh07, March 2023); gh:汤俊峰#2 is
  永丰县恩江镇党委书记 (江西 吉安, gh08, August 2023).
- one organ name of several places: bare ``副省长`` / ``省政府副秘书长`` is 陕西's in the 宝鸡日报 (gh02) and bare ``副省长`` 河南's
  in the 周口日报 (gh06); bare ``市委常委、副市长`` is 宝鸡's on the 陇县 site (gh01), 天水's on the 秦安 site (gh04), 周口's in the
  周口日报 (gh06) and 吉安's on the 永丰 app (gh08); bare ``市农业农村局局长`` is 宝鸡's (gh01) and 天水's (gh04); bare ``市水利局局长``
  周口's (gh05) and 吉安's (gh08); bare ``市委常委、秘书长`` 六安's (gh07) and 临沂's (gh09); bare ``市委副书记、市长`` 天水's (gh03) and
  周口's (gh05); bare ``县委副书记、县长`` is 陇县's, 甘谷's, 秦安's, 郸城's, 霍邱's, 永丰's, 沂南's, and after ``千阳县委书记`` /
  ``郸城县委书记`` / ``蒙阴县委书记`` in the papers and the portal that county's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, gf, gg where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county site or app, bare 县委 / 县政府 / 县人大常委会
  / 县政协 are that county's and bare 市委 / 市政府 / 市 departments the county's city (陇县 → 宝鸡市, 甘谷县 and 秦安县 → 天水市,
  郸城县 → 周口市, 霍邱县 → 六安市, 永丰县 → 吉安市, 沂南县 → 临沂市); in a city paper or the city portal, bare 市 organs are the
  paper's city and bare 省 organs its province (宝鸡日报 → 陕西省, 周口日报 → 河南省). ``副省长`` → X省政府 副省长; ``省政府副秘书长``
  → X省政府 副秘书长; ``省农业农村厅副厅长`` → 陕西省农业农村厅 副厅长; ``省粮食和物资储备局副局长`` → 河南省粮食和物资储备局 副局长.
- Titles: ``市委常委、副市长`` → X市委 常委 + X市政府 副市长; ``市委常委、常务副市长`` the same with 常务副市长; ``市委副书记、市长``
  → X市委 副书记 + X市政府 市长; ``市政府秘书长`` / ``市政府副秘书长`` → X市政府; ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长
  (秘书长 right after 市委常委 is the 市委's, as bs's 地委委员、秘书长); ``县人大常委会主任`` → X县人大常委会 主任; ``县政协主席`` →
  X县政协 主席; one-character counties as the corpus writes them (陇县委, 陇县政府). Town secretaries take their county's label:
  ``在东风镇，镇党委书记昝立群`` → 陇县东风镇党委 书记; 千阳县南寨镇党委, 甘谷县大像山镇党委, 秦安县莲花镇党委, 郸城县汲冢镇党委,
  霍邱县临淮岗镇党委, 永丰县恩江镇党委, 沂南县岸堤镇党委, 蒙阴县岱崮镇党委 likewise.
- ``县领导`` / ``市领导`` are no posts (nobody here is named only with them). A name in a related-article list or 本版其他文章 /
  下一篇 headline without a title gives no post: DECIDED HERE ``柏文清主持召开市政府第36次常务会议`` (gh02) names 柏文清 as a person of
  the page with no post (the 市长 title is not written; ``主持召开市政府…常务会议`` is no title), and ``下一篇：郜启航主持召开…`` (gh05),
  ``下一篇：程慧敏主持召开…`` (gh07), ``下一篇：厉文韬主持召开…`` (gh09) are mentions only.
- Events: every 调研 / 督导 is an ``inspection`` (leader; the members of the leader's party named in ``带领…一行`` / ``随同`` /
  ``参加调研`` / ``参加督导`` and the hosts who ``陪同`` are attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 / 提出
  意见 speakers; a person who only 汇报 / 介绍 on site and is not said to 陪同 is a speaker, not an attendee, as gf). The 座谈会 after
  the 沂南 调研 is a meeting of its own (speakers 纪鸿飞 汇报, 厉文韬 发言, 孟昭远 指出); DECIDED HERE: the closing ``纪鸿飞表示`` after
  the 座谈会 paragraph goes with the 座谈会 (where he already speaks), and the inspection's speakers are those who speak on site.
- Bylines: ``本报讯（记者 …）`` and ``（甘谷县融媒体中心 记者 … …）`` are reporter lines (two reporters in one bracket give two lines);
  ``作者：记者 褚梦涵`` on the portal's stamp line is a reporter line (as gf); DECIDED HERE ``文/图：永丰县融媒体中心 曾雨萱`` is an
  author line (label ``文/图``, as bs's bare media-centre credit); 编辑 / 责任编辑 / 审核 / 校对 / 监制 are editor lines.
- Projects: named works visited, once per page with the longest written form (as gf: ``千河陇县段综合治理工程`` then ``千河治理工程``;
  ``大像山镇蔬菜保鲜冷链物流中心`` then ``冷链物流中心``); a phase written elliptically (``二期招商``, ``要加快二期建设``, ``二期规划``) gives
  no line. Kinds as gf / bs: 产业园 (with a phase) ``industrial_park``; 冷链物流中心 / 冷链物流园 / 冷链仓储中心 ``logistics_hub``;
  防洪治理 / 综合治理 / 防洪工程 and a 灌溉泵站 ``engineering_work``; river 生态治理 / 生态综合治理 and lake 生态修复 / 生态保护修复
  ``greening_project``; 安置 / 迁建安置 ``housing_project``; 示范牧场, 示范园, 示范基地, 良种繁育中心, 示范片区, a 医院新院区, a
  粮食储备库扩建 and a 民宿集群项目 ``project``. Generic phrases (苏陕协作项目, 重点项目, 协作项目, 高标准农田 alone, 小麦收购点) and
  brands (``秦安蜜桃``, ``蒙阴蜜桃``, ``花牛苹果``) are no projects.
- Places: one line per name per file, as written, with the context and evidence of its first occurrence in the article (the
  headline counts); places inside organ references, project names and brands count; a county's short name written on its own
  (``千阳``, ``甘谷``, ``秦安``, ``郸城``, ``霍邱``, ``永丰``, ``沂南``, ``蒙阴``, and ``陇县`` itself) is a row as written. DECIDED HERE:
  ``苏陕协作`` (province abbreviations in a programme name) gives no place; ``花牛`` (a variety name) and the nickname ``崮乡`` are no
  places; ``岱崮`` in ``岱崮地貌`` is a place (kind ``mountain``: the 崮 landform area the town is named for) and ``沂蒙`` in ``沂蒙革命老区``
  a ``region``. Site lines, mastheads, 来源 lines, navigation, footers (``陕西省宝鸡市陇县城关镇``, ``秦安县兴国镇映南路``), ICP lines
  (``陇ICP备``), 上一篇 / 下一篇 / 相关链接 / 推荐阅读 / 相关推荐 / 相关阅读 / 本版其他文章 lists (``周口港``, ``临沂市``) are not
  annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

BJ, TS, ZK, LA, JA, LY = "宝鸡市", "天水市", "周口市", "六安市", "吉安市", "临沂市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gh01_longxian.txt": (2022, "发布时间：2022-06-16 17:35", "陇县", [
        ("蔺宏涛来我县调研奶山羊产业和苏陕协作项目", "6月15日", "2022-06-15", "6月15日，市委常委",
         "county site 政务要闻: the 宝鸡 市委常委、副市长's 调研 with 市政府副秘书长 and 市农业农村局局长; hosts 书记, 县长, 县委常委、副县长; a town secretary")]),
    "gh02_qianyang.txt": (2024, "2024年05月23日　星期四", BJ, [
        ("邰国华在千阳县调研时强调", "5月22日", "2024-05-22", "本报讯（记者 师婉婷）5月22日",
         "city paper 第01版: a 副省长's 调研 in 千阳县 with 省政府副秘书长, 省厅 副厅长, 市委书记, 常务副市长; the former 陇县长 now 千阳县委书记")]),
    "gh03_gangu.txt": (2023, "2023-04-13 19:06", "甘谷县", [
        ("芮志坚在甘谷县调研时强调 抓项目强产业 推动县域经济提质增效", "4月12日", "2023-04-12", "4月12日，市委副书记",
         "county 融媒 app page: the 天水 市长's 调研 with 市政府秘书长 and 市发展改革委主任; hosts 书记, 县长, 常务副县长")]),
    "gh04_qinan.txt": (2024, "发布日期：2024-09-06 10:22", "秦安县", [
        ("巩立峰到秦安县督导果品产业和重点项目建设", "9月5日", "2024-09-05", "9月5日，市委常委",
         "county site 领导活动: the new 市委常委、副市长 (the former 甘谷县委书记) 督导; hosts 书记, 县长, 副县长")]),
    "gh05_dancheng.txt": (2022, "时间：2022-07-14 18:40", "郸城县", [
        ("米锦程到郸城县调研重点项目建设和防汛工作", "7月13日", "2022-07-13", "7月13日，市委副书记",
         "county site 领导活动: the 周口 市长's 调研; five hosts incl. 县人大常委会主任 and 县政协主席")]),
    "gh06_zhoukou.txt": (2024, "2024年6月12日　星期三", ZK, [
        ("鄂宏斌在郸城县调研夏粮收购和食品产业发展时强调", "6月11日", "2024-06-11", "本报讯（记者 宁书瑶）6月11日",
         "city paper 第01版: a 副省长's 调研 in 郸城县; 市委书记 (the former 市长); the former 郸城 县长 now 县委书记")]),
    "gh07_huoqiu.txt": (2023, "发布时间：2023-03-22 17:08", "霍邱县", [
        ("萧振国到霍邱县调研重点项目和乡村振兴工作", "3月21日", "2023-03-21", "3月21日，市委书记",
         "county site 领导活动: the 六安 市委书记's 调研 with 市委常委、秘书长; 汤俊峰#1 常务副县长")]),
    "gh08_yongfeng.txt": (2023, "2023-08-10 20:15", "永丰县", [
        ("袁志鸿到永丰县调研防汛抗旱和重点项目建设", "8月10日", "2023-08-10", "8月10日，市委常委",
         "county 融媒 app page: the 吉安 市委常委、副市长's 调研; 汤俊峰#2 恩江镇党委书记")]),
    "gh09_yinan.txt": (2023, "发布日期：2023-05-19 16:50", "沂南县", [
        ("孟昭远到沂南县调研乡村振兴和重点项目建设", "5月18日", "2023-05-18", "5月18日，市委书记",
         "county site 政务要闻: the 临沂 市委书记's 调研 and the 座谈会 after it; 县长 厉文韬")]),
    "gh10_linyi.txt": (2024, "2024-10-17 08:12:35", LY, [
        ("厉文韬到蒙阴县调研文旅融合和果品产业发展", "10月16日", "2024-10-16", "10月16日，副市长",
         "city portal copy of the 临沂日报: the new 副市长 (the former 沂南县长) in 蒙阴县; hosts 书记, 县长; a town secretary")]),
}

_H1L = "市委常委、副市长蔺宏涛带领"
_H1Y = "县委副书记、县长雒建平"
_H1K = "县委常委、副县长寇海霞陪同调研"
_H2L = "市委常委、常务副市长蔺宏涛陪同调研"
_H2D = "县委副书记、县长党文博介绍了"
_H3R = "市委副书记、市长芮志坚到甘谷县调研"
_H3P = "县委副书记、县长裴永庆"
_H3W = "县委常委、常务副县长魏晓东陪同调研"
_H4G = "市委常委、副市长巩立峰到我县督导"
_H4S = "县委副书记、县长邵雅丽"
_H5M = "市委副书记、市长米锦程到郸城县调研"
_H5G = "县委副书记、县长郜启航"
_H5B = "县委常委、常务副县长鲍永胜陪同调研"
_H6Z = "市委常委、副市长翟文华陪同调研"
_H6S = "县委副书记、县长商立鹏介绍了"
_H7D = "市委常委、秘书长戴书恒参加调研"
_H7C = "县委副书记、县长程慧敏"
_H7T = "县委常委、常务副县长汤俊峰陪同调研"
_H8Y = "市委常委、副市长袁志鸿到我县调研"
_H8X = "县委副书记、县长肖芸"
_H9Y = "市委常委、秘书长颜秉忠参加调研"
_H9L = "县委副书记、县长厉文韬"
_H9G = "县委常委、常务副县长公维民陪同调研"
_H10K = "县委副书记、县长孔祥蕊陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 陕西 宝鸡: 陇县 (gh01), 千阳县 (gh02)
    "gh:蔺宏涛": ("蔺宏涛", "official", BJ, [
        ("gh01", "宝鸡市委", "常委", _H1L, "2022-06: bare 市委 on the 陇县 site = 宝鸡市委 (its parent) (identity case: 常务副市长 in 2024, gh02)"),
        ("gh01", "宝鸡市政府", "副市长", _H1L, None),
        ("gh02", "宝鸡市委", "常委", _H2L, "2024-05: now 常务副市长 (bare 市委 in the 宝鸡日报)"),
        ("gh02", "宝鸡市政府", "常务副市长", _H2L, None)], []),
    "gh:卜晓川": ("卜晓川", "official", BJ, [
        ("gh01", "宝鸡市政府", "副秘书长", "市政府副秘书长卜晓川", "a member of the leader's party")], []),
    "gh:权立峰": ("权立峰", "official", BJ, [
        ("gh01", "宝鸡市农业农村局", "局长", "市农业农村局局长权立峰一行", "bare 市农业农村局 = 宝鸡's here, 天水's in gh04")], []),
    "gh:祁振林": ("祁振林", "official", "陇县", [
        ("gh01", "陇县委", "书记", "县委书记祁振林", "one-character county: 陇县委 (as the corpus writes 眉县委, 岷县委)")], []),
    "gh:雒建平": ("雒建平", "official", BJ, [
        ("gh01", "陇县委", "副书记", _H1Y, "2022-06 (identity case: 千阳县委书记 in 2024, gh02)"),
        ("gh01", "陇县政府", "县长", _H1Y, None),
        ("gh02", "千阳县委", "书记", "千阳县委书记雒建平汇报了", "2024-05: now 千阳县委书记")], []),
    "gh:寇海霞": ("寇海霞", "official", "陇县", [
        ("gh01", "陇县委", "常委", _H1K, None),
        ("gh01", "陇县政府", "副县长", _H1K, None)], []),
    "gh:昝立群": ("昝立群", "official", "陇县", [
        ("gh01", "陇县东风镇党委", "书记", "在东风镇，镇党委书记昝立群介绍了", "bare 镇党委 right after 在东风镇")], []),
    "gh:邰国华": ("邰国华", "official", "陕西省", [
        ("gh02", "陕西省政府", "副省长", "副省长邰国华到千阳县调研", "bare 副省长 in the 宝鸡日报 = 陕西's (河南's in gh06); named in the headline too")], []),
    "gh:焦雅宁": ("焦雅宁", "official", "陕西省", [
        ("gh02", "陕西省政府", "副秘书长", "省政府副秘书长焦雅宁", None)], []),
    "gh:闵怀山": ("闵怀山", "official", "陕西省", [
        ("gh02", "陕西省农业农村厅", "副厅长", "省农业农村厅副厅长闵怀山", None)], []),
    "gh:谭启鸿": ("谭启鸿", "official", BJ, [
        ("gh02", "宝鸡市委", "书记", "市委书记谭启鸿", None)], []),
    "gh:党文博": ("党文博", "official", "千阳县", [
        ("gh02", "千阳县委", "副书记", _H2D, "bare 县委 right after 千阳县委书记 (the surname 党 follows the title)"),
        ("gh02", "千阳县政府", "县长", _H2D, None)], []),
    "gh:惠小龙": ("惠小龙", "official", "千阳县", [
        ("gh02", "千阳县南寨镇党委", "书记", "在南寨镇，镇党委书记惠小龙介绍了", None)], []),
    "gh:柏文清": ("柏文清", "official", BJ, [], ["gh02"]),
    # ---- 甘肃 天水: 甘谷县 (gh03), 秦安县 (gh04)
    "gh:芮志坚": ("芮志坚", "official", TS, [
        ("gh03", "天水市委", "副书记", _H3R, "bare 市委 on the 甘谷 app = 天水市委 (its parent); named in the headline too"),
        ("gh03", "天水市政府", "市长", _H3R, None)], []),
    "gh:牛学勤": ("牛学勤", "official", TS, [
        ("gh03", "天水市政府", "秘书长", "市政府秘书长牛学勤", None)], []),
    "gh:包汉青": ("包汉青", "official", TS, [
        ("gh03", "天水市发展改革委", "主任", "市发展改革委主任包汉青随同调研", None)], []),
    "gh:巩立峰": ("巩立峰", "official", TS, [
        ("gh03", "甘谷县委", "书记", "县委书记巩立峰", "2023-04 (identity case: 天水市委常委、副市长 in 2024, gh04)"),
        ("gh04", "天水市委", "常委", _H4G, "2024-09: now 市委常委、副市长 (bare 市 on the 秦安 site = 天水); named in the headline too"),
        ("gh04", "天水市政府", "副市长", _H4G, None)], []),
    "gh:裴永庆": ("裴永庆", "official", "甘谷县", [
        ("gh03", "甘谷县委", "副书记", _H3P, None),
        ("gh03", "甘谷县政府", "县长", _H3P, None)], []),
    "gh:魏晓东": ("魏晓东", "official", "甘谷县", [
        ("gh03", "甘谷县委", "常委", _H3W, None),
        ("gh03", "甘谷县政府", "常务副县长", _H3W, None)], []),
    "gh:漆红梅": ("漆红梅", "official", "甘谷县", [
        ("gh03", "甘谷县大像山镇党委", "书记", "在大像山镇，镇党委书记漆红梅介绍了", None)], []),
    "gh:窦鸿远": ("窦鸿远", "official", TS, [
        ("gh04", "天水市农业农村局", "局长", "市农业农村局局长窦鸿远参加督导", "bare 市农业农村局 = 天水's here, 宝鸡's in gh01")], []),
    "gh:安晓峰": ("安晓峰", "official", "秦安县", [
        ("gh04", "秦安县委", "书记", "县委书记安晓峰", None)], []),
    "gh:邵雅丽": ("邵雅丽", "official", "秦安县", [
        ("gh04", "秦安县委", "副书记", _H4S, None),
        ("gh04", "秦安县政府", "县长", _H4S, None)], []),
    "gh:景建荣": ("景建荣", "official", "秦安县", [
        ("gh04", "秦安县政府", "副县长", "副县长景建荣陪同", None)], []),
    "gh:辛振海": ("辛振海", "official", "秦安县", [
        ("gh04", "秦安县莲花镇党委", "书记", "在莲花镇，镇党委书记辛振海汇报了", None)], []),
    # ---- 河南 周口: 郸城县 (gh05), the 周口日报 (gh06)
    "gh:米锦程": ("米锦程", "official", ZK, [
        ("gh05", "周口市委", "副书记", _H5M, "2022-07 (identity case: 周口市委书记 in 2024, gh06); named in the headline too"),
        ("gh05", "周口市政府", "市长", _H5M, None),
        ("gh06", "周口市委", "书记", "市委书记米锦程", "2024-06: now 市委书记")], []),
    "gh:薄文涛": ("薄文涛", "official", ZK, [
        ("gh05", "周口市政府", "秘书长", "市政府秘书长薄文涛", None)], []),
    "gh:晋志超": ("晋志超", "official", ZK, [
        ("gh05", "周口市水利局", "局长", "市水利局局长晋志超参加调研", "bare 市水利局 = 周口's here, 吉安's in gh08")], []),
    "gh:郝思源": ("郝思源", "official", "郸城县", [
        ("gh05", "郸城县委", "书记", "县委书记郝思源", None)], []),
    "gh:郜启航": ("郜启航", "official", "郸城县", [
        ("gh05", "郸城县委", "副书记", _H5G, "2022-07 (identity case: 郸城县委书记 in 2024, gh06); named in 下一篇 too"),
        ("gh05", "郸城县政府", "县长", _H5G, None),
        ("gh06", "郸城县委", "书记", "郸城县委书记郜启航汇报了", "2024-06: now 县委书记 of the same county")], []),
    "gh:丁国梁": ("丁国梁", "official", "郸城县", [
        ("gh05", "郸城县人大常委会", "主任", "县人大常委会主任丁国梁", None)], []),
    "gh:侯素芳": ("侯素芳", "official", "郸城县", [
        ("gh05", "郸城县政协", "主席", "县政协主席侯素芳", None)], []),
    "gh:鲍永胜": ("鲍永胜", "official", "郸城县", [
        ("gh05", "郸城县委", "常委", _H5B, None),
        ("gh05", "郸城县政府", "常务副县长", _H5B, None)], []),
    "gh:尚泽川": ("尚泽川", "official", "郸城县", [
        ("gh05", "郸城县汲冢镇党委", "书记", "在汲冢镇，镇党委书记尚泽川介绍了", None)], []),
    "gh:鄂宏斌": ("鄂宏斌", "official", "河南省", [
        ("gh06", "河南省政府", "副省长", "副省长鄂宏斌到我市郸城县调研", "bare 副省长 in the 周口日报 = 河南's (陕西's in gh02); named in the headline too")], []),
    "gh:冉怀德": ("冉怀德", "official", "河南省", [
        ("gh06", "河南省粮食和物资储备局", "副局长", "省粮食和物资储备局副局长冉怀德", None)], []),
    "gh:翟文华": ("翟文华", "official", ZK, [
        ("gh06", "周口市委", "常委", _H6Z, None),
        ("gh06", "周口市政府", "副市长", _H6Z, None)], []),
    "gh:商立鹏": ("商立鹏", "official", "郸城县", [
        ("gh06", "郸城县委", "副书记", _H6S, "bare 县委 right after 郸城县委书记; succeeds 郜启航 as 县长"),
        ("gh06", "郸城县政府", "县长", _H6S, None)], []),
    # ---- 安徽 六安: 霍邱县 (gh07)
    "gh:萧振国": ("萧振国", "official", LA, [
        ("gh07", "六安市委", "书记", "市委书记萧振国到霍邱县调研", "named in the headline too")], []),
    "gh:戴书恒": ("戴书恒", "official", LA, [
        ("gh07", "六安市委", "常委", _H7D, None),
        ("gh07", "六安市委", "秘书长", _H7D, "秘书长 right after 市委常委 = the 市委's")], []),
    "gh:韦启东": ("韦启东", "official", "霍邱县", [
        ("gh07", "霍邱县委", "书记", "县委书记韦启东", None)], []),
    "gh:程慧敏": ("程慧敏", "official", "霍邱县", [
        ("gh07", "霍邱县委", "副书记", _H7C, "named in 下一篇 too"),
        ("gh07", "霍邱县政府", "县长", _H7C, None)], []),
    "gh:汤俊峰#1": ("汤俊峰", "official", "霍邱县", [
        ("gh07", "霍邱县委", "常委", _H7T, "霍邱县 (安徽), 2023-03; not the 汤俊峰 of 永丰县 (江西, gh08)"),
        ("gh07", "霍邱县政府", "常务副县长", _H7T, None)], []),
    "gh:周雨辰": ("周雨辰", "official", "霍邱县", [
        ("gh07", "霍邱县临淮岗镇党委", "书记", "在临淮岗镇，镇党委书记周雨辰介绍了", None)], []),
    # ---- 江西 吉安: 永丰县 (gh08)
    "gh:袁志鸿": ("袁志鸿", "official", JA, [
        ("gh08", "吉安市委", "常委", _H8Y, "bare 市委 on the 永丰 app = 吉安市委; named in the headline too"),
        ("gh08", "吉安市政府", "副市长", _H8Y, None)], []),
    "gh:罗海平": ("罗海平", "official", JA, [
        ("gh08", "吉安市水利局", "局长", "市水利局局长罗海平参加调研", "bare 市水利局 = 吉安's here, 周口's in gh05")], []),
    "gh:聂建军": ("聂建军", "official", "永丰县", [
        ("gh08", "永丰县委", "书记", "县委书记聂建军", None)], []),
    "gh:肖芸": ("肖芸", "official", "永丰县", [
        ("gh08", "永丰县委", "副书记", _H8X, None),
        ("gh08", "永丰县政府", "县长", _H8X, None)], []),
    "gh:胡伟": ("胡伟", "official", "永丰县", [
        ("gh08", "永丰县政府", "副县长", "副县长胡伟陪同调研", None)], []),
    "gh:汤俊峰#2": ("汤俊峰", "official", "永丰县", [
        ("gh08", "永丰县恩江镇党委", "书记", "在恩江镇，镇党委书记汤俊峰汇报了", "永丰县 (江西), 2023-08; not the 汤俊峰 of 霍邱县 (安徽, gh07)")], []),
    # ---- 山东 临沂: 沂南县 (gh09), the portal (gh10)
    "gh:孟昭远": ("孟昭远", "official", LY, [
        ("gh09", "临沂市委", "书记", "市委书记孟昭远到沂南县调研", "named in the headline too")], []),
    "gh:颜秉忠": ("颜秉忠", "official", LY, [
        ("gh09", "临沂市委", "常委", _H9Y, None),
        ("gh09", "临沂市委", "秘书长", _H9Y, "秘书长 right after 市委常委 = the 市委's")], []),
    "gh:纪鸿飞": ("纪鸿飞", "official", "沂南县", [
        ("gh09", "沂南县委", "书记", "县委书记纪鸿飞", None)], []),
    "gh:厉文韬": ("厉文韬", "official", LY, [
        ("gh09", "沂南县委", "副书记", _H9L, "2023-05 (identity case: 临沂市副市长 in 2024, gh10); named in 下一篇 too"),
        ("gh09", "沂南县政府", "县长", _H9L, None),
        ("gh10", "临沂市政府", "副市长", "副市长厉文韬到蒙阴县调研", "2024-10: now 副市长 (bare 副市长 on the 临沂 portal); named in the headline too")], []),
    "gh:公维民": ("公维民", "official", "沂南县", [
        ("gh09", "沂南县委", "常委", _H9G, None),
        ("gh09", "沂南县政府", "常务副县长", _H9G, None)], []),
    "gh:相玉坤": ("相玉坤", "official", "沂南县", [
        ("gh09", "沂南县岸堤镇党委", "书记", "在岸堤镇，镇党委书记相玉坤汇报了", None)], []),
    "gh:尹华东": ("尹华东", "official", LY, [
        ("gh10", "临沂市文化和旅游局", "局长", "市文化和旅游局局长尹华东参加调研", None)], []),
    "gh:亓振华": ("亓振华", "official", "蒙阴县", [
        ("gh10", "蒙阴县委", "书记", "蒙阴县委书记亓振华", None)], []),
    "gh:孔祥蕊": ("孔祥蕊", "official", "蒙阴县", [
        ("gh10", "蒙阴县委", "副书记", _H10K, "bare 县委 right after 蒙阴县委书记"),
        ("gh10", "蒙阴县政府", "县长", _H10K, None)], []),
    "gh:伊秀丽": ("伊秀丽", "official", "蒙阴县", [
        ("gh10", "蒙阴县岱崮镇党委", "书记", "在岱崮镇，镇党委书记伊秀丽介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gh01", "岳梦琪", "责任编辑", "editor", "责任编辑：岳梦琪"),
    ("gh02", "师婉婷", "记者", "reporter", "本报讯（记者 师婉婷）"),
    ("gh02", "袁雅静", "编辑", "editor", "编辑：袁雅静"),
    ("gh02", "仝晓燕", "校对", "editor", "校对：仝晓燕"),
    ("gh03", "蒲晓敏", "记者", "reporter", "（甘谷县融媒体中心 记者 蒲晓敏 张一帆）"),
    ("gh03", "张一帆", "记者", "reporter", "（甘谷县融媒体中心 记者 蒲晓敏 张一帆）"),
    ("gh03", "汪雅琴", "编辑", "editor", "编辑：汪雅琴"),
    ("gh03", "马慧琳", "审核", "editor", "审核：马慧琳"),
    ("gh03", "祝立平", "监制", "editor", "监制：祝立平"),
    ("gh04", "何雨珂", "责任编辑", "editor", "责任编辑：何雨珂"),
    ("gh05", "樊子墨", "责任编辑", "editor", "责任编辑：樊子墨"),
    ("gh06", "宁书瑶", "记者", "reporter", "本报讯（记者 宁书瑶）"),
    ("gh06", "郑嘉禾", "编辑", "editor", "编辑：郑嘉禾"),
    ("gh06", "吕雅楠", "校对", "editor", "校对：吕雅楠"),
    ("gh07", "胡若岚", "责任编辑", "editor", "责任编辑：胡若岚"),
    ("gh08", "曾雨萱", "文/图", "author", "文/图：永丰县融媒体中心 曾雨萱"),
    ("gh08", "邹佳怡", "编辑", "editor", "编辑：邹佳怡"),
    ("gh08", "黄明勇", "审核", "editor", "审核：黄明勇"),
    ("gh09", "逯晓彤", "责任编辑", "editor", "责任编辑：逯晓彤"),
    ("gh10", "褚梦涵", "记者", "reporter", "作者：记者 褚梦涵"),
    ("gh10", "孙嘉悦", "责任编辑", "editor", "责任编辑：孙嘉悦"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gh01", "奶山羊产业发展和苏陕协作项目推进情况调研", "inspection (调研)", "6月15日", None, "蔺宏涛", [],
     ["卜晓川", "权立峰", "祁振林", "雒建平", "寇海霞"], ["昝立群", "雒建平", "权立峰", "蔺宏涛", "祁振林", "寇海霞"], "陇县",
     "市委常委、副市长蔺宏涛带领市政府副秘书长卜晓川、市农业农村局局长权立峰一行来我县，调研奶山羊产业发展和苏陕协作项目推进情况",
     [_H1L, "市政府副秘书长卜晓川", "市农业农村局局长权立峰一行", "县委书记祁振林", _H1Y, _H1K, "镇党委书记昝立群介绍了",
      "雒建平汇报了", "权立峰介绍了", "蔺宏涛指出", "祁振林表示", "寇海霞就协作项目资金拨付"]),
    ("gh02", "千阳县特色产业发展和乡村振兴工作调研", "inspection (调研)", "5月22日", None, "邰国华", [],
     ["焦雅宁", "闵怀山", "谭启鸿", "蔺宏涛"], ["雒建平", "党文博", "惠小龙", "邰国华", "谭启鸿", "蔺宏涛"], "千阳县",
     "副省长邰国华到千阳县调研特色产业发展和乡村振兴工作",
     ["副省长邰国华到千阳县调研", "省政府副秘书长焦雅宁", "省农业农村厅副厅长闵怀山", "市委书记谭启鸿", _H2L,
      "千阳县委书记雒建平汇报了", _H2D, "镇党委书记惠小龙介绍了", "邰国华指出", "谭启鸿表示", "蔺宏涛就全市奶山羊产业链建设"]),
    ("gh03", "甘谷县重点项目建设和产业发展调研", "inspection (调研)", "4月12日", None, "芮志坚", [],
     ["牛学勤", "包汉青", "巩立峰", "裴永庆", "魏晓东"], ["巩立峰", "漆红梅", "包汉青", "芮志坚", "裴永庆"], "甘谷县",
     "市委副书记、市长芮志坚到甘谷县调研重点项目建设和产业发展工作",
     [_H3R, "市政府秘书长牛学勤", "市发展改革委主任包汉青随同调研", "县委书记巩立峰", _H3P, _H3W, "巩立峰汇报了",
      "镇党委书记漆红梅介绍了", "包汉青就全市重点项目", "芮志坚指出", "裴永庆表示"]),
    ("gh04", "秦安县果品产业发展和重点项目建设督导", "inspection (督导)", "9月5日", None, "巩立峰", [],
     ["窦鸿远", "安晓峰", "邵雅丽", "景建荣"], ["辛振海", "邵雅丽", "窦鸿远", "巩立峰", "安晓峰"], "秦安县",
     "市委常委、副市长巩立峰到我县督导果品产业发展和重点项目建设工作",
     [_H4G, "市农业农村局局长窦鸿远参加督导", "县委书记安晓峰", _H4S, "副县长景建荣陪同", "镇党委书记辛振海汇报了",
      "邵雅丽介绍了", "窦鸿远就果品质量安全", "巩立峰指出", "安晓峰表示"]),
    ("gh05", "郸城县重点项目建设和防汛工作调研", "inspection (调研)", "7月13日", None, "米锦程", [],
     ["薄文涛", "晋志超", "郝思源", "郜启航", "丁国梁", "侯素芳", "鲍永胜"], ["郜启航", "尚泽川", "晋志超", "米锦程", "郝思源"], "郸城县",
     "市委副书记、市长米锦程到郸城县调研重点项目建设和防汛工作",
     [_H5M, "市政府秘书长薄文涛", "市水利局局长晋志超参加调研", "县委书记郝思源", _H5G, "县人大常委会主任丁国梁",
      "县政协主席侯素芳", _H5B, "郜启航汇报了", "镇党委书记尚泽川介绍了", "晋志超介绍了", "米锦程指出", "郝思源表示"]),
    ("gh06", "郸城县夏粮收购和食品产业发展调研", "inspection (调研)", "6月11日", None, "鄂宏斌", [],
     ["冉怀德", "米锦程", "翟文华"], ["郜启航", "商立鹏", "鄂宏斌", "米锦程", "翟文华"], "郸城县",
     "副省长鄂宏斌到我市郸城县调研夏粮收购和食品产业发展工作",
     ["副省长鄂宏斌到我市郸城县调研", "省粮食和物资储备局副局长冉怀德", "市委书记米锦程", _H6Z, "郸城县委书记郜启航汇报了",
      _H6S, "鄂宏斌指出", "米锦程表示", "翟文华就夏粮收购资金保障"]),
    ("gh07", "霍邱县重点项目建设和乡村振兴工作调研", "inspection (调研)", "3月21日", None, "萧振国", [],
     ["戴书恒", "韦启东", "程慧敏", "汤俊峰"], ["韦启东", "周雨辰", "汤俊峰", "萧振国", "程慧敏"], "霍邱县",
     "市委书记萧振国到霍邱县调研重点项目建设和乡村振兴工作",
     ["市委书记萧振国到霍邱县调研", _H7D, "县委书记韦启东", _H7C, _H7T, "韦启东汇报了", "镇党委书记周雨辰介绍了",
      "汤俊峰就城西湖生态修复工程", "萧振国强调", "程慧敏表示"]),
    ("gh08", "永丰县防汛抗旱和重点项目建设调研", "inspection (调研)", "8月10日", None, "袁志鸿", [],
     ["罗海平", "聂建军", "肖芸", "胡伟"], ["汤俊峰", "肖芸", "罗海平", "袁志鸿", "聂建军"], "永丰县",
     "市委常委、副市长袁志鸿到我县调研防汛抗旱和重点项目建设工作",
     [_H8Y, "市水利局局长罗海平参加调研", "县委书记聂建军", _H8X, "副县长胡伟陪同调研", "镇党委书记汤俊峰汇报了",
      "肖芸介绍了", "罗海平就做好秋冬水利建设", "袁志鸿指出", "聂建军表示"]),
    ("gh09", "沂南县乡村振兴和重点项目建设调研", "inspection (调研)", "5月18日", None, "孟昭远", [],
     ["颜秉忠", "纪鸿飞", "厉文韬", "公维民"], ["相玉坤", "公维民"], "沂南县",
     "市委书记孟昭远到沂南县调研乡村振兴和重点项目建设工作",
     ["市委书记孟昭远到沂南县调研", _H9Y, "县委书记纪鸿飞", _H9L, _H9G, "镇党委书记相玉坤汇报了", "公维民介绍了"]),
    ("gh09", "座谈会", "meeting (座谈会)", "5月18日", None, None, [],
     [], ["纪鸿飞", "厉文韬", "孟昭远"], "沂南县",
     "随后召开的座谈会上，孟昭远听取了纪鸿飞关于全县经济社会发展情况的汇报",
     ["孟昭远听取了纪鸿飞关于全县经济社会发展情况的汇报", "厉文韬就下一步重点工作作了发言", "孟昭远指出", "纪鸿飞表示"]),
    ("gh10", "蒙阴县文旅融合和果品产业发展调研", "inspection (调研)", "10月16日", None, "厉文韬", [],
     ["尹华东", "亓振华", "孔祥蕊"], ["伊秀丽", "孔祥蕊", "尹华东", "厉文韬", "亓振华"], "蒙阴县",
     "副市长厉文韬到蒙阴县调研文旅融合和果品产业发展工作",
     ["副市长厉文韬到蒙阴县调研", "市文化和旅游局局长尹华东参加调研", "蒙阴县委书记亓振华", _H10K, "镇党委书记伊秀丽介绍了",
      "孔祥蕊汇报了", "尹华东就全市精品旅游线路", "厉文韬指出", "亓振华表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gh01", "东风镇苏陕协作奶山羊示范牧场", "project", "东风镇苏陕协作奶山羊示范牧场"),
    ("gh01", "陇县羊乳产业园二期", "industrial_park", "陇县羊乳产业园二期建设现场"),
    ("gh01", "千河陇县段综合治理工程", "engineering_work", "千河陇县段综合治理工程，实地察看"),
    ("gh02", "南寨镇矮砧苹果示范园", "project", "南寨镇矮砧苹果示范园"),
    ("gh02", "千阳县奶山羊良种繁育中心", "project", "千阳县奶山羊良种繁育中心"),
    ("gh02", "千阳县乳制品产业园一期", "industrial_park", "千阳县乳制品产业园一期，详细了解"),
    ("gh03", "甘谷县辣椒产业园", "industrial_park", "先后来到甘谷县辣椒产业园"),
    ("gh03", "渭河甘谷段防洪治理工程", "engineering_work", "渭河甘谷段防洪治理工程"),
    ("gh03", "大像山镇蔬菜保鲜冷链物流中心", "logistics_hub", "大像山镇蔬菜保鲜冷链物流中心"),
    ("gh04", "莲花镇花牛苹果标准化示范基地", "project", "莲花镇花牛苹果标准化示范基地"),
    ("gh04", "秦安县果品冷链物流园", "logistics_hub", "秦安县果品冷链物流园"),
    ("gh04", "葫芦河秦安段生态治理工程", "greening_project", "葫芦河秦安段生态治理工程现场"),
    ("gh05", "郸城县食品产业园二期", "industrial_park", "先后来到郸城县食品产业园二期"),
    ("gh05", "郸城县人民医院新院区建设项目", "project", "郸城县人民医院新院区建设项目"),
    ("gh05", "洺河城区段综合治理工程", "engineering_work", "洺河城区段综合治理工程现场"),
    ("gh06", "郸城县国家粮食储备库扩建项目", "project", "郸城县国家粮食储备库扩建项目现场"),
    ("gh06", "郸城县食品产业园二期", "industrial_park", "郸城县食品产业园二期和汲冢镇小麦收购点"),
    ("gh07", "霍邱县高端装备制造产业园一期", "industrial_park", "霍邱县高端装备制造产业园一期"),
    ("gh07", "临淮岗镇行蓄洪区居民迁建安置项目", "housing_project", "临淮岗镇行蓄洪区居民迁建安置项目"),
    ("gh07", "城西湖生态修复工程", "greening_project", "城西湖生态修复工程，实地察看"),
    ("gh08", "恩江城区段防洪工程", "engineering_work", "先后来到恩江城区段防洪工程"),
    ("gh08", "永丰县蔬菜产业冷链仓储中心", "logistics_hub", "永丰县蔬菜产业冷链仓储中心"),
    ("gh08", "恩江镇高标准农田灌溉泵站", "engineering_work", "恩江镇高标准农田灌溉泵站"),
    ("gh09", "岸堤镇乡村振兴示范片区", "project", "岸堤镇乡村振兴示范片区"),
    ("gh09", "沂南县智能装备产业园一期", "industrial_park", "沂南县智能装备产业园一期"),
    ("gh09", "汶河沂南段生态综合治理工程", "greening_project", "汶河沂南段生态综合治理工程"),
    ("gh10", "岱崮镇崮乡民宿集群项目", "project", "岱崮镇崮乡民宿集群项目"),
    ("gh10", "蒙阴县蜜桃冷链物流园", "logistics_hub", "蒙阴县蜜桃冷链物流园"),
    ("gh10", "云蒙湖生态保护修复工程", "greening_project", "云蒙湖生态保护修复工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gh01", "东风镇", "town", "in_project_name", "东风镇苏陕协作奶山羊示范牧场"),
    ("gh01", "陇县", "county", "in_project_name", "陇县羊乳产业园二期建设现场"),
    ("gh01", "千河", "river", "in_project_name", "千河陇县段综合治理工程"),
    ("gh01", "铜山区", "district", "standalone", "铜山区协作资金使用情况"),
    ("gh02", "千阳县", "county", "standalone", "邰国华在千阳县调研时强调"),
    ("gh02", "南寨镇", "town", "in_project_name", "南寨镇矮砧苹果示范园"),
    ("gh02", "宝鸡", "city", "standalone", "宝鸡将认真落实省上要求"),
    ("gh02", "千阳", "county", "standalone", "推动千阳等县区特色产业"),
    ("gh03", "甘谷县", "county", "standalone", "芮志坚在甘谷县调研时强调"),
    ("gh03", "渭河", "river", "in_project_name", "渭河甘谷段防洪治理工程"),
    ("gh03", "甘谷", "county", "in_project_name", "渭河甘谷段防洪治理工程"),
    ("gh03", "大像山镇", "town", "in_project_name", "大像山镇蔬菜保鲜冷链物流中心"),
    ("gh04", "秦安县", "county", "standalone", "巩立峰到秦安县督导"),
    ("gh04", "莲花镇", "town", "in_project_name", "莲花镇花牛苹果标准化示范基地"),
    ("gh04", "葫芦河", "river", "in_project_name", "葫芦河秦安段生态治理工程"),
    ("gh04", "秦安", "county", "in_project_name", "葫芦河秦安段生态治理工程"),
    ("gh05", "郸城县", "county", "standalone", "米锦程到郸城县调研"),
    ("gh05", "洺河", "river", "in_project_name", "洺河城区段综合治理工程"),
    ("gh05", "汲冢镇", "town", "standalone", "在汲冢镇，镇党委书记"),
    ("gh05", "郸城", "county", "standalone", "郸城是农业大县"),
    ("gh06", "郸城县", "county", "standalone", "鄂宏斌在郸城县调研"),
    ("gh06", "汲冢镇", "town", "standalone", "汲冢镇小麦收购点"),
    ("gh06", "周口", "city", "standalone", "周口是全国重要的粮食生产基地"),
    ("gh06", "郸城", "county", "standalone", "郸城是产粮大县"),
    ("gh07", "霍邱县", "county", "standalone", "萧振国到霍邱县调研"),
    ("gh07", "临淮岗镇", "town", "in_project_name", "临淮岗镇行蓄洪区居民迁建安置项目"),
    ("gh07", "城西湖", "lake", "in_project_name", "城西湖生态修复工程，实地察看"),
    ("gh07", "霍邱", "county", "standalone", "霍邱要立足资源禀赋"),
    ("gh07", "淮河", "river", "standalone", "统筹做好淮河行蓄洪区居民迁建工作"),
    ("gh08", "永丰县", "county", "standalone", "袁志鸿到永丰县调研"),
    ("gh08", "恩江", "river", "in_project_name", "恩江城区段防洪工程"),
    ("gh08", "恩江镇", "town", "in_project_name", "恩江镇高标准农田灌溉泵站"),
    ("gh08", "永丰", "county", "standalone", "为永丰蔬菜“出山进城”提供支撑"),
    ("gh09", "沂南县", "county", "standalone", "孟昭远到沂南县调研"),
    ("gh09", "岸堤镇", "town", "in_project_name", "岸堤镇乡村振兴示范片区"),
    ("gh09", "汶河", "river", "in_project_name", "汶河沂南段生态综合治理工程"),
    ("gh09", "沂南", "county", "in_project_name", "汶河沂南段生态综合治理工程"),
    ("gh09", "沂蒙", "region", "standalone", "沂蒙革命老区"),
    ("gh10", "蒙阴县", "county", "standalone", "厉文韬到蒙阴县调研"),
    ("gh10", "岱崮镇", "town", "in_project_name", "岱崮镇崮乡民宿集群项目"),
    ("gh10", "云蒙湖", "lake", "in_project_name", "云蒙湖生态保护修复工程"),
    ("gh10", "岱崮", "mountain", "standalone", "依托岱崮地貌发展乡村旅游"),
    ("gh10", "蒙阴", "county", "standalone", "蒙阴山水资源禀赋突出"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gh", conventions="set gh (blind set, held-out-like mix: county sites, county 融媒体中心 app pages, city papers and a city portal in 陕西 宝鸡 (陇县, 千阳县), 甘肃 天水 (甘谷县, 秦安县), 河南 周口 (郸城县), 安徽 六安 (霍邱县), 江西 吉安 (永丰县) and 山东 临沂 (沂南县, 蒙阴县); 领导活动 / 政务要闻 pages of city and province leaders' visits to a county with the county's hosts; bare 市 organs on a county page are its city's, bare 省 organs in a city paper its province's; 市委常委、秘书长 = X市委 常委 + X市委 秘书长; 县人大常委会主任 / 县政协主席 of the county; town secretaries take the county label; names in related-article lists without a title give no post; one line per post per article)",
          persons_note="Set gh persons. id = corpus-wide person_id (gh:汤俊峰#1 of 霍邱县 (安徽) and gh:汤俊峰#2 of 永丰县 (江西) are two people; gh:雒建平 陇县长 2022 → 千阳县委书记 2024; gh:巩立峰 甘谷县委书记 2023 → 天水市委常委、副市长 2024; gh:郜启航 郸城县长 2022 → 郸城县委书记 2024; gh:米锦程 周口市长 2022 → 周口市委书记 2024; gh:厉文韬 沂南县长 2023 → 临沂市副市长 2024; gh:蔺宏涛 宝鸡副市长 2022 → 常务副市长 2024)")


if __name__ == "__main__":
    main()
