"""Write gold part ``gl`` (a blind set, held-out-like mix, 17th round: district and county sites and city-paper digital
editions from 广东, 广西, 海南, 贵州, 云南 and 四川 — 领导活动, 政务动态 and 部门动态 columns with full chrome; officials of
several levels and places on one page) from the tables below.

Pages ``tests/dev/texts/gl*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): three 河源日报 pages (ecostnews.com's 东源 page with
``○本报讯 特约记者 … 通讯员 …`` and a 县长 at a 座谈会; a heyuanxw.com page ``本报讯(记者 …)昨日，…市委书记…``; a page of a
考察团 ``市委书记、市人大常委会主任…，市长…会见`` naming the 灯塔盆地国家农高区 and 东源县顺天镇) and the 南方网 河源库 page
(``首页 > 河源库 > 新闻报道``, ``2021-06-30 18:01:58 来源：河源日报…``, ``市委书记…、副书记…、副市长…陪同调研``); a 来宾 象州 page
(``在县委常委、副县长…的带领下``, a 新闻推荐 block) and the 来宾日报 site lbnews.com.cn (``设为首页 | 加入收藏``, ``滚动新闻:
●…●…`` with 市领导 headlines; a 武宣县 代表团 page naming 黔江 and 七星湖); the 梧州日报 briefs (``●9月2日，市委常委、副市长…率队
到蒙山县…调研``); the 攀枝花 pages: a 攀枝花日报 item ``(记者 …)昨(5)日，市委书记、市人大常委会主任…在米易县调研`` with 一枝山
工业集中区, the 人民网 interview of the 米易县委书记 (白马工业园区, 安宁河), the 攀枝花市政协 site (``当前位置:首页 >> 政协新闻``,
``发布时间:2023-11-30 来源:攀枝花市政协 阅读次数:``, footer ``关于我们 | 设为首页 | 加入收藏 … 蜀ICP备…``), a 攀枝花 page on
仁和区平地镇迤沙拉村 and a 封面新闻 page on the 仁和区区长's report; the 黔西南 pages: ldqxn.com (``你当前位置:首页 > 新闻 > 州直``,
``州委副书记、州长…``, ``州人大常委会副主任、兴仁县委书记…``), a 省长's 调研 of 望谟 / 册亨 / 安龙 / 贞丰 and a 民进 page on
安龙县万峰湖镇; the 云南 pages: the 永平县 site (``县领导…陪同考察``, ``扫一扫在手机打开当前页``), the 普洱日报 site (``您现在的位置:
首页 > 专题 > …``, ``本文来源:《普洱日报》 作者:… 时间:… 点击数:``; 宁洱's 同心镇, 磨黑镇), the 普洱市政协 page and the 罗平执政纪要
(``曲靖市委常委、常务副市长…``, ``县委书记、县长…``); the 海南 pages: a 南海网 page on the 崖州区 人代会 (崖州中心渔港, 宁远河), a
崖州 page (坡田洋 and the other 田洋, 南繁), the 天涯区 site (``【字体: 打印``, ``2019-03-19 09:08:00 天涯区政府``) and a 崖州区
gazetteer page (区政府 at 水南大道288号); the 开鲁县 site (``当前位置: 首页>新闻中心>乡镇动态``, ``发布时间: … 信息来源: … 分享到:``).
Places are real: 广东 河源 (东源县, 龙川县), 广西 来宾 (象州县, 武宣县), 海南 三亚 (崖州区), 贵州 黔西南州 (安龙县, 兴义市), 云南
普洱 (宁洱县), 四川 攀枝花 (米易县, 仁和区, 钒钛高新区).

Shapes: a county site's 领导活动 page of a city 副市长's 调研 with the city's 农业农村局局长, the 县长, a 县委常委、副县长 and a town
secretary (share buttons, 上一篇 / 下一篇, footer with 备案号 and 网站标识码) (gl01); the 河源日报 第A01版 (two-line headline) of the
市委书记's 调研 of two counties with a 常务副市长, a 副市长, a ``市委常委、高新区党工委书记``, both counties' 书记 and a bare
``县委副书记、县长`` after each, and a 座谈会 after it (gl02); a county site's 政务动态 page of a 县政府常务会议 (县长 主持, 常务副县长,
``副县长韦德骞、莫秋燕``, a 县人大常委会副主任 列席, a city bureau's county branch head 通报) (gl03); the 来宾日报 on the paper's site
(滚动新闻 chrome) of the 市长's 调研 in 武宣县 with the 市政府副秘书长, a city bureau head, the 县委书记, the 县长 (the former 象州
常务副县长) and a 县委常委、副县长 (gl04); a district site's 政务动态 page of a 市委常委、副市长's 调研 with bare ``区委书记`` /
``区委副书记、区长`` / ``区委常委、副区长`` and two 农业农村局 heads, city and district (gl05); a county site's 领导活动 page of a 副州长's
调研 with a 州 bureau head, the 县委书记, the 县长, a 县委常委、副县长 and a town secretary (``编辑 二审 三审``, 扫一扫) (gl06); the
黔西南日报 第01版 with two articles: the 州委书记's 调研 of a county and the 州府 city (bare ``市委副书记、市长`` after ``兴义市委书记``)
and the 州政府常务会议 (州长 主持, 常务副州长, 副州长, 州政府秘书长 列席) (gl07); a county site's 部门动态 page of a city 教育体育局's
督导 and the 督导反馈会 (gl08); a county site's 领导活动 page of a 副市长's 调研 with a city bureau head, the 县委书记, the 县长 and a
town secretary (gl09); the 攀枝花日报 第01版 of the 市委书记's 调研 of a district and the 钒钛高新区 with the 市委常委、秘书长 (the
former 米易县委书记), a 副市长, the district's 书记 and 区长 and the bare ``高新区党工委书记、管委会主任`` (gl10).

Identity cases:
- gl:赖志远 东源县委副书记、县长 (gl01, Apr 2022) → 河源市副市长 (gl02, May 2024; the new 东源县长 is gl:叶海鹰).
- gl:曾婉琪 河源市副市长 (gl01, 2022) → 河源市委常委、常务副市长 (gl02, 2024).
- gl:蒙启棠 象州县委常委、常务副县长 (gl03, Nov 2021) → 武宣县委副书记、县长 (gl04, Aug 2023): from one county to another.
- gl:卢兴国 安龙县委副书记、县长 (gl06, June 2022) → 安龙县委书记 (gl07, July 2024; the new 县长 is gl:陈屹川).
- gl:蒲泓毅 米易县委书记 (gl09, Sept 2022) → 攀枝花市委常委、秘书长 (gl10, Apr 2024).
- the same officials on two pages without a change: gl:岑开远 (黔西南州副州长, 2022 and 2024), gl:卓永红 (攀枝花副市长, 2022 and
  2024).
- two different 韦德骞 in unrelated places: gl:韦德骞#1 is 象州县副县长 (广西 来宾, gl03, 2021); gl:韦德骞#2 is 安龙县委常委、副县长
  (贵州 黔西南, gl06, 2022). Both surnames are common in their provinces (壮族, 布依族).
- one organ name of different places: bare ``高新区党工委书记`` is 河源高新区's in the 河源日报 (gl02) and 攀枝花钒钛高新区's in the
  攀枝花日报 (gl10); bare ``县委副书记、县长`` is 东源县's (gl01, gl02), 龙川县's (gl02), 象州县's (gl03), 武宣县's (gl04), 安龙县's
  (gl06, gl07) and 米易县's (gl09); bare ``市农业农村局局长`` is 河源's (gl01) and 三亚's (gl05); bare ``副市长`` is 河源's, 三亚's (with
  市委常委) and 攀枝花's; bare ``州农业农村局`` / ``副州长`` are 黔西南州's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, gg, gk where they speak; decided here where they are silent):
- Labels: 河源市, 东源县, 龙川县, 来宾市, 象州县, 武宣县, 三亚市, 崖州区 and 仁和区 (each one district of its name in China: no
  city prefix), 攀枝花市, 米易县, 兴义市, 安龙县, 普洱市; the 自治州 and 自治县 by their full names, as the corpus labels them
  (gg's 大理白族自治州, earlier parts' 东乡族自治县): ``州委书记`` → 黔西南布依族苗族自治州委 书记, ``副州长`` → 黔西南布依族苗族自治州政府
  副州长, ``州农业农村局局长`` → 黔西南布依族苗族自治州农业农村局 局长; 宁洱县's organs → 宁洱哈尼族彝族自治县委 / 宁洱哈尼族彝族自治县政府
  / 宁洱哈尼族彝族自治县教育体育局 (the page writes ``县委常委、副县长``, ``县教育体育局``, ``宁洱县``).
- Zones: bare ``高新区`` in the 河源日报 is 河源高新区 (the page also writes 河源高新区); DECIDED HERE: 攀枝花钒钛高新技术产业开发区,
  written ``钒钛高新区`` and then bare ``高新区``, is labelled ``攀枝花钒钛高新区`` (city without 市 + the zone's short name, as bq's
  包头稀土高新区): ``高新区党工委书记、管委会主任邵启东`` → 攀枝花钒钛高新区党工委 书记 + 攀枝花钒钛高新区管委会 主任.
- Bare organs take the page's place or its parent of the right level: on a county or district site bare 县委 / 区委 / 县长 / 区长 /
  县教育体育局 / 区农业农村局 are that county's or district's, bare 副市长 / 市委常委 / 市农业农村局 / 市教育体育局 / 市经济和信息化局
  its city's, bare 副州长 / 州农业农村局 its 州's; in a city or 州 paper a bare ``县委副书记、县长`` or ``市委副书记、市长`` right after
  ``X县委书记`` / ``兴义市委书记`` is that county's or city's (兴义市, the county-level city, not the 州).
- ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长, ``州委常委、秘书长`` → the 州委's (as bs's 地委委员、秘书长); ``市政府副秘书长`` and
  ``州政府秘书长`` are posts of the 政府; ``县人大常委会副主任`` → 象州县人大常委会 副主任.
- DECIDED HERE: ``市生态环境局象州分局局长`` (a city bureau's branch in a county) → org ``来宾市生态环境局象州分局`` (the city label
  + the branch as written), title 局长.
- ``X局党组书记、局长`` → X局党组 书记 + X局 局长 (as bs, z). One line per post per article; a list after one title gives every name
  that title (``副县长韦德骞、莫秋燕``).
- Events: every 调研 / 督导 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 通报 / 指出 / 强调 / 要求 / 表示 / 作了
  安排 speakers); the 督导反馈会 after the 督导 is a meeting of its own (as bs); the 座谈会 that the 市委书记 主持 after his 调研 is a
  meeting of its own (as gk), the 汇报 at the sites belong to the 调研; DECIDED HERE: ``座谈中，…汇报了…`` inside a 调研 with no
  座谈会 called (gl04) is part of the 调研, not a meeting. The 常务会议 are meetings (chair when 主持; 出席 and 列席 attendees).
- Bylines: ``本报讯（记者 …）`` reporter lines; DECIDED HERE (as bq's 江宣): ``通讯员 龙宣`` (gl02) is a department's pen name, not a
  person, and is not annotated; 责任编辑 / 编辑 / 审核 / 二审 / 三审 are editor lines; ``（县政府办供稿）`` and ``（宁洱县教育体育局
  供稿）`` are offices, not persons.
- Projects: named works visited, reported or pushed: a 产业园 and its numbered phases ``industrial_park``; 堤防加固 / 防洪提升
  ``engineering_work``; roads, a 渔港 phase, a 风电场 phase ``infrastructure_project``; river 生态修复 works and a 碧道
  ``greening_project``; school buildings, a 示范带, a 历史文化街区 保护提升, a 城市更新 project, a 景区提质改造, a 康养小镇 phase, a
  烘干仓储中心, a 创新中心 and a 高标准农田提质改造 of a named 片区 ``project``. Generic phrases (万亩水稻生产基地, 食用菌种植基地,
  渔旅融合示范点, 标准厂房) are no projects.
- Places: one line per name per file, as written, wherever it stands in the article; a county's short name (东源, 龙川, 安龙, 米易,
  武宣, 仁和) and a city's (三亚, 攀枝花) in the body are lines of their own; a river stretch ``X江Y段`` (also ``东江（东源段）``)
  gives the river and the short name written in it (as gg), not the stretch; DECIDED HERE: the 灯塔盆地国家农业高新技术产业示范区 (a
  国家农高区, no long form CONVENTIONS folds) is a ``development_zone`` as written (both the long form and ``灯塔盆地国家农高区``), and
  ``灯塔盆地`` written bare a ``region``; 坡田洋 (a 田洋, the farmland plain) an ``area``; the 白马工业园区 and the 龙川县产业转移工业园 ``zone_park`` (as gk's standing parks); 万峰湖 a
  ``reservoir``; 马岭河峡谷 and 万峰林 ``scenic_area``; a 历史文化街区 ``historic_street``, 佗城古镇 ``ancient_town``. Not annotated:
  site lines, mastheads, breadcrumbs, 来源 lines, 滚动新闻, footers with their addresses, 上一篇 / 下一篇 and 相关 lists (双江镇, 妙皇乡,
  水南村 there), schools, the slogans ``阳光米易``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_QXN = "黔西南布依族苗族自治州"
_NE = "宁洱哈尼族彝族自治县"
_HY_GX = "河源高新区"
_PZH_GX = "攀枝花钒钛高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gl01_dongyuan.txt": (2022, "发布时间：2022-04-08 17:32:16", "东源县", [
        ("曾婉琪到东源县调研春耕生产和灯塔盆地建设工作", "4月7日", "2022-04-07", "4月7日，副市长曾婉琪",
         "county site 领导活动: a city 副市长's 调研 with the city 农业农村局局长, the 县长, a 县委常委、副县长 and a town secretary")]),
    "gl02_heyuan.txt": (2024, "2024年5月17日　星期五", "河源市", [
        ("蔡铭远在东源龙川调研“百千万工程”时强调", "5月16日", "2024-05-16", "本报讯（记者 黄颂怡 通讯员 龙宣）5月16日",
         "city paper: the 市委书记's 调研 of 东源县 and 龙川县; 常务副市长 and 副市长 (both moved up); 市委常委、高新区党工委书记; 座谈会")]),
    "gl03_xiangzhou.txt": (2021, "发布时间：2021-11-19 18:06", "象州县", [
        ("覃绍康主持召开县人民政府第七十二次常务会议", "11月18日下午", "2021-11-18", "11月18日下午，县委副书记",
         "county site 政务动态: 县政府常务会议 (县长 主持; 常务副县长; 副县长 list; 县人大常委会副主任 列席; a city bureau's county branch)")]),
    "gl04_laibin.txt": (2023, "2023-08-10 09:12", "来宾市", [
        ("黎承宇到武宣县调研工业振兴和重大项目建设时强调", "8月9日", "2023-08-09", "本报讯（记者 韦晓婷）8月9日",
         "city paper on its site: the 市长's 调研 of 武宣县; the former 象州 常务副县长 now 武宣县长")]),
    "gl05_yazhou.txt": (2023, "2023-03-15 17:46:09", "崖州区", [
        ("符晓澜到崖州区调研南繁产业和渔港建设工作", "3月14日", "2023-03-14", "3月14日，市委常委",
         "district site 政务动态: a 市委常委、副市长's 调研 with bare 区委 / 区长 / 副区长 and two 农业农村局 heads")]),
    "gl06_anlong.txt": (2022, "发布时间：2022-06-23 19:05", "安龙县", [
        ("岑开远到安龙县调研食用菌产业发展和防汛工作", "6月22日", "2022-06-22", "6月22日，副州长岑开远",
         "county site 领导活动: a 副州长's 调研 with a 州 bureau head, the 县委书记, the 县长, a 县委常委、副县长 (韦德骞#2), a town secretary")]),
    "gl07_qianxinan.txt": (2024, "2024年07月12日　星期五", _QXN, [
        ("龙翔宇在安龙县兴义市调研时强调", "7月11日", "2024-07-11", "本报讯（记者 杨芸芸）7月11日",
         "州 paper: the 州委书记's 调研 of 安龙县 (卢兴国 now 县委书记) and 兴义市 (bare 市委副书记、市长)"),
        ("州政府召开第四十一次常务会议", "7月11日", "2024-07-11", "本报讯（记者 罗丹）7月11日",
         "州 paper, second article: 州政府常务会议 (州长 主持; 常务副州长, 副州长 出席; 州政府秘书长 列席)")]),
    "gl08_ninger.txt": (2023, "发布时间：2023-10-13 16:20:35", _NE, [
        ("市教育体育局到我县督导秋季学期开学和校园安全工作", "10月12日", "2023-10-12", "10月12日，市教育体育局",
         "county site 部门动态: a city 教育体育局's 督导 (党组书记、局长; 副局长) and the 督导反馈会")]),
    "gl09_miyi.txt": (2022, "发布时间：2022-09-16", "米易县", [
        ("卓永红到米易县调研钒钛产业和康养产业发展", "9月15日", "2022-09-15", "9月15日，副市长卓永红",
         "county site 领导活动: a 副市长's 调研 with a city bureau head, the 县委书记 (蒲泓毅), the 县长 and a town secretary")]),
    "gl10_panzhihua.txt": (2024, "2024年4月19日　星期五", "攀枝花市", [
        ("贺远山到仁和区和钒钛高新区调研时强调", "4月18日", "2024-04-18", "本报讯（记者 刘婧怡）4月18日",
         "city paper: the 市委书记's 调研 of 仁和区 and the 钒钛高新区; 蒲泓毅 now 市委常委、秘书长; bare 高新区党工委书记、管委会主任")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河源 (广东)
    "gl:曾婉琪": ("曾婉琪", "official", "河源市", [
        ("gl01", "河源市政府", "副市长", "副市长曾婉琪到我县调研", "2022-04: bare 副市长 on the 东源县 site = 河源's; named in the headline too (identity case: 常务副市长 in 2024, gl02)"),
        ("gl02", "河源市委", "常委", "市委常委、常务副市长曾婉琪", "2024-05: now 市委常委"),
        ("gl02", "河源市政府", "常务副市长", "市委常委、常务副市长曾婉琪", None)], []),
    "gl:邱伟东": ("邱伟东", "official", "河源市", [
        ("gl01", "河源市农业农村局", "局长", "市农业农村局局长邱伟东", "bare 市 on the 东源县 site = 河源市")], []),
    "gl:赖志远": ("赖志远", "official", "河源市", [
        ("gl01", "东源县委", "副书记", "县委副书记、县长赖志远", "2022-04 (identity case: 河源市副市长 in 2024, gl02)"),
        ("gl01", "东源县政府", "县长", "县委副书记、县长赖志远", None),
        ("gl02", "河源市政府", "副市长", "副市长赖志远", "2024-05: now 副市长 (bare 副市长 in the 河源日报)")], []),
    "gl:黄嘉豪": ("黄嘉豪", "official", "东源县", [
        ("gl01", "东源县委", "常委", "县委常委、副县长黄嘉豪", None),
        ("gl01", "东源县政府", "副县长", "县委常委、副县长黄嘉豪", None)], []),
    "gl:温焕明": ("温焕明", "official", "东源县", [
        ("gl01", "东源县船塘镇党委", "书记", "在船塘镇，镇党委书记温焕明", "bare 镇 = the town just named")], []),
    "gl:蔡铭远": ("蔡铭远", "official", "河源市", [
        ("gl02", "河源市委", "书记", "市委书记蔡铭远到东源县", "named in the headline too")], []),
    "gl:何楚杰": ("何楚杰", "official", _HY_GX, [
        ("gl02", "河源市委", "常委", "市委常委、高新区党工委书记何楚杰", None),
        ("gl02", _HY_GX + "党工委", "书记", "市委常委、高新区党工委书记何楚杰", "bare 高新区 in the 河源日报 = 河源高新区 (the page also writes it); 攀枝花's in gl10")], []),
    "gl:钟泽沛": ("钟泽沛", "official", "东源县", [
        ("gl02", "东源县委", "书记", "东源县委书记钟泽沛", None)], []),
    "gl:叶海鹰": ("叶海鹰", "official", "东源县", [
        ("gl02", "东源县委", "副书记", "县委副书记、县长叶海鹰", "bare 县委 right after 东源县委书记; succeeds 赖志远"),
        ("gl02", "东源县政府", "县长", "县委副书记、县长叶海鹰", None)], []),
    "gl:骆伟成": ("骆伟成", "official", "龙川县", [
        ("gl02", "龙川县委", "书记", "龙川县委书记骆伟成", None)], []),
    "gl:刁玉清": ("刁玉清", "official", "龙川县", [
        ("gl02", "龙川县委", "副书记", "县委副书记、县长刁玉清", "bare 县委 right after 龙川县委书记"),
        ("gl02", "龙川县政府", "县长", "县委副书记、县长刁玉清", None)], []),
    # ---- 来宾 (广西)
    "gl:覃绍康": ("覃绍康", "official", "象州县", [
        ("gl03", "象州县委", "副书记", "县委副书记、县长覃绍康主持召开", "named in the headline too"),
        ("gl03", "象州县政府", "县长", "县委副书记、县长覃绍康主持召开", None)], []),
    "gl:蒙启棠": ("蒙启棠", "official", "来宾市", [
        ("gl03", "象州县委", "常委", "县委常委、常务副县长蒙启棠", "2021-11 (identity case: 武宣县长 in 2023, gl04)"),
        ("gl03", "象州县政府", "常务副县长", "县委常委、常务副县长蒙启棠", None),
        ("gl04", "武宣县委", "副书记", "县委副书记、县长蒙启棠", "2023-08: bare 县委 right after 武宣县委书记"),
        ("gl04", "武宣县政府", "县长", "县委副书记、县长蒙启棠", None)], []),
    "gl:韦德骞#1": ("韦德骞", "official", "象州县", [
        ("gl03", "象州县政府", "副县长", "副县长韦德骞、莫秋燕", "广西 来宾, 2021; not the 韦德骞 of 安龙县 (gl06)")], []),
    "gl:莫秋燕": ("莫秋燕", "official", "象州县", [
        ("gl03", "象州县政府", "副县长", "副县长韦德骞、莫秋燕", "list after one title")], []),
    "gl:蓝德胜": ("蓝德胜", "official", "象州县", [
        ("gl03", "象州县人大常委会", "副主任", "县人大常委会副主任蓝德胜", None)], []),
    "gl:梁国斌": ("梁国斌", "official", "象州县", [
        ("gl03", "来宾市生态环境局象州分局", "局长", "市生态环境局象州分局局长梁国斌", "DECIDED HERE: a city bureau's county branch")], []),
    "gl:黎承宇": ("黎承宇", "official", "来宾市", [
        ("gl04", "来宾市委", "副书记", "市委副书记、市长黎承宇", "named in the headline too"),
        ("gl04", "来宾市政府", "市长", "市委副书记、市长黎承宇", None)], []),
    "gl:陆海涛": ("陆海涛", "official", "来宾市", [
        ("gl04", "来宾市政府", "副秘书长", "市政府副秘书长陆海涛", None)], []),
    "gl:潘文杰": ("潘文杰", "official", "来宾市", [
        ("gl04", "来宾市工业和信息化局", "局长", "市工业和信息化局局长潘文杰", None)], []),
    "gl:陆振邦": ("陆振邦", "official", "武宣县", [
        ("gl04", "武宣县委", "书记", "武宣县委书记陆振邦", None)], []),
    "gl:覃慧婵": ("覃慧婵", "official", "武宣县", [
        ("gl04", "武宣县委", "常委", "县委常委、副县长覃慧婵", None),
        ("gl04", "武宣县政府", "副县长", "县委常委、副县长覃慧婵", None)], []),
    # ---- 三亚 (海南)
    "gl:符晓澜": ("符晓澜", "official", "三亚市", [
        ("gl05", "三亚市委", "常委", "市委常委、副市长符晓澜", "bare 市委 on the 崖州区 site = 三亚's; named in the headline too"),
        ("gl05", "三亚市政府", "副市长", "市委常委、副市长符晓澜", None)], []),
    "gl:陈瑞坤": ("陈瑞坤", "official", "三亚市", [
        ("gl05", "三亚市农业农村局", "局长", "市农业农村局局长陈瑞坤", None)], []),
    "gl:吴运涛": ("吴运涛", "official", "崖州区", [
        ("gl05", "崖州区委", "书记", "区委书记吴运涛", "bare 区委 on the 崖州区 site")], []),
    "gl:黎明川": ("黎明川", "official", "崖州区", [
        ("gl05", "崖州区委", "副书记", "区委副书记、区长黎明川", None),
        ("gl05", "崖州区政府", "区长", "区委副书记、区长黎明川", None)], []),
    "gl:林诗雅": ("林诗雅", "official", "崖州区", [
        ("gl05", "崖州区委", "常委", "区委常委、副区长林诗雅", None),
        ("gl05", "崖州区政府", "副区长", "区委常委、副区长林诗雅", None)], []),
    "gl:李振南": ("李振南", "official", "崖州区", [
        ("gl05", "崖州区农业农村局", "局长", "区农业农村局局长李振南", None)], []),
    # ---- 黔西南 (贵州)
    "gl:岑开远": ("岑开远", "official", _QXN, [
        ("gl06", _QXN + "政府", "副州长", "副州长岑开远到安龙县调研", "2022-06: bare 副州长 on the 安龙县 site; named in the headline too"),
        ("gl07", _QXN + "政府", "副州长", "副州长岑开远出席会议", "2024-07: the same post")], []),
    "gl:罗华清": ("罗华清", "official", _QXN, [
        ("gl06", _QXN + "农业农村局", "局长", "州农业农村局局长罗华清", None)], []),
    "gl:杨正骅": ("杨正骅", "official", "安龙县", [
        ("gl06", "安龙县委", "书记", "县委书记杨正骅", None)], []),
    "gl:卢兴国": ("卢兴国", "official", "安龙县", [
        ("gl06", "安龙县委", "副书记", "县委副书记、县长卢兴国", "2022-06 (identity case: 县委书记 in 2024, gl07)"),
        ("gl06", "安龙县政府", "县长", "县委副书记、县长卢兴国", None),
        ("gl07", "安龙县委", "书记", "安龙县委书记卢兴国", "2024-07: now 县委书记")], []),
    "gl:韦德骞#2": ("韦德骞", "official", "安龙县", [
        ("gl06", "安龙县委", "常委", "县委常委、副县长韦德骞", "贵州 黔西南, 2022; not the 韦德骞 of 象州县 (gl03)"),
        ("gl06", "安龙县政府", "副县长", "县委常委、副县长韦德骞", None)], []),
    "gl:王春梅": ("王春梅", "official", "安龙县", [
        ("gl06", "安龙县笃山镇党委", "书记", "在笃山镇，镇党委书记王春梅", None)], []),
    "gl:龙翔宇": ("龙翔宇", "official", _QXN, [
        ("gl07", _QXN + "委", "书记", "州委书记龙翔宇到安龙县", "named in the headline too")], []),
    "gl:田家骏": ("田家骏", "official", _QXN, [
        ("gl07", _QXN + "委", "常委", "州委常委、秘书长田家骏", None),
        ("gl07", _QXN + "委", "秘书长", "州委常委、秘书长田家骏", "秘书长 after 州委常委 = the 州委's (as bs)")], []),
    "gl:陈屹川": ("陈屹川", "official", "安龙县", [
        ("gl07", "安龙县委", "副书记", "县委副书记、县长陈屹川", "bare 县委 right after 安龙县委书记; succeeds 卢兴国 as 县长"),
        ("gl07", "安龙县政府", "县长", "县委副书记、县长陈屹川", None)], []),
    "gl:黄仕林": ("黄仕林", "official", "兴义市", [
        ("gl07", "兴义市委", "书记", "兴义市委书记黄仕林", None)], []),
    "gl:颜家栋": ("颜家栋", "official", "兴义市", [
        ("gl07", "兴义市委", "副书记", "市委副书记、市长颜家栋", "bare 市委 right after 兴义市委书记 = 兴义市 (county-level city), not the 州"),
        ("gl07", "兴义市政府", "市长", "市委副书记、市长颜家栋", None)], []),
    "gl:吴永祥": ("吴永祥", "official", _QXN, [
        ("gl07", _QXN + "委", "副书记", "州委副书记、州长吴永祥", None),
        ("gl07", _QXN + "政府", "州长", "州委副书记、州长吴永祥", None)], []),
    "gl:汪立群": ("汪立群", "official", _QXN, [
        ("gl07", _QXN + "委", "常委", "州委常委、常务副州长汪立群", None),
        ("gl07", _QXN + "政府", "常务副州长", "州委常委、常务副州长汪立群", None)], []),
    "gl:刘德芳": ("刘德芳", "official", _QXN, [
        ("gl07", _QXN + "政府", "秘书长", "州政府秘书长刘德芳", None)], []),
    # ---- 普洱 (云南)
    "gl:刀玉萍": ("刀玉萍", "official", "普洱市", [
        ("gl08", "普洱市教育体育局党组", "书记", "市教育体育局党组书记、局长刀玉萍", "bare 市 on the 宁洱县 site = 普洱市"),
        ("gl08", "普洱市教育体育局", "局长", "市教育体育局党组书记、局长刀玉萍", "leading the 督导组 without a written 组长: no post of the group (as bs)")], []),
    "gl:李文斌": ("李文斌", "official", "普洱市", [
        ("gl08", "普洱市教育体育局", "副局长", "市教育体育局副局长李文斌", None)], []),
    "gl:白正华": ("白正华", "official", _NE, [
        ("gl08", _NE + "委", "常委", "县委常委、副县长白正华", "autonomous county: full name"),
        ("gl08", _NE + "政府", "副县长", "县委常委、副县长白正华", None)], []),
    "gl:普绍林": ("普绍林", "official", _NE, [
        ("gl08", _NE + "教育体育局党组", "书记", "县教育体育局党组书记、局长普绍林", None),
        ("gl08", _NE + "教育体育局", "局长", "县教育体育局党组书记、局长普绍林", None)], []),
    # ---- 攀枝花 (四川)
    "gl:卓永红": ("卓永红", "official", "攀枝花市", [
        ("gl09", "攀枝花市政府", "副市长", "副市长卓永红到米易县调研", "2022-09; named in the headline too"),
        ("gl10", "攀枝花市政府", "副市长", "副市长卓永红参加调研", "2024-04: the same post")], []),
    "gl:贾旭东": ("贾旭东", "official", "攀枝花市", [
        ("gl09", "攀枝花市经济和信息化局", "局长", "市经济和信息化局局长贾旭东", None)], []),
    "gl:蒲泓毅": ("蒲泓毅", "official", "攀枝花市", [
        ("gl09", "米易县委", "书记", "县委书记蒲泓毅", "2022-09 (identity case: 市委常委、秘书长 in 2024, gl10)"),
        ("gl10", "攀枝花市委", "常委", "市委常委、秘书长蒲泓毅", "2024-04"),
        ("gl10", "攀枝花市委", "秘书长", "市委常委、秘书长蒲泓毅", None)], []),
    "gl:税立平": ("税立平", "official", "米易县", [
        ("gl09", "米易县委", "副书记", "县委副书记、县长税立平", None),
        ("gl09", "米易县政府", "县长", "县委副书记、县长税立平", None)], []),
    "gl:罗永钦": ("罗永钦", "official", "米易县", [
        ("gl09", "米易县白马镇党委", "书记", "白马镇党委书记罗永钦", None)], []),
    "gl:贺远山": ("贺远山", "official", "攀枝花市", [
        ("gl10", "攀枝花市委", "书记", "市委书记贺远山到仁和区", "named in the headline too")], []),
    "gl:严明辉": ("严明辉", "official", "仁和区", [
        ("gl10", "仁和区委", "书记", "仁和区委书记严明辉", None)], []),
    "gl:付启凡": ("付启凡", "official", "仁和区", [
        ("gl10", "仁和区委", "副书记", "区委副书记、区长付启凡", "bare 区委 right after 仁和区委书记"),
        ("gl10", "仁和区政府", "区长", "区委副书记、区长付启凡", None)], []),
    "gl:邵启东": ("邵启东", "official", _PZH_GX, [
        ("gl10", _PZH_GX + "党工委", "书记", "高新区党工委书记、管委会主任邵启东", "DECIDED HERE: 钒钛高新区 → 攀枝花钒钛高新区; bare 高新区 here is 攀枝花's (河源's in gl02)"),
        ("gl10", _PZH_GX + "管委会", "主任", "高新区党工委书记、管委会主任邵启东", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gl01", "刘思敏", "责任编辑", "editor", "责任编辑：刘思敏"),
    ("gl02", "黄颂怡", "记者", "reporter", "本报讯（记者 黄颂怡 通讯员 龙宣）"),
    ("gl02", "邬嘉欣", "责任编辑", "editor", "责任编辑：邬嘉欣"),
    ("gl03", "莫晓薇", "责任编辑", "editor", "责任编辑：莫晓薇"),
    ("gl04", "韦晓婷", "记者", "reporter", "本报讯（记者 韦晓婷）"),
    ("gl04", "蓝映雪", "责任编辑", "editor", "责任编辑：蓝映雪"),
    ("gl05", "陈美珊", "责任编辑", "editor", "责任编辑：陈美珊"),
    ("gl06", "吴雪梅", "编辑", "editor", "编辑：吴雪梅"),
    ("gl06", "班秀琴", "二审", "editor", "二审：班秀琴"),
    ("gl06", "罗天翼", "三审", "editor", "三审：罗天翼"),
    ("gl07", "杨芸芸", "记者", "reporter", "本报讯（记者 杨芸芸）"),
    ("gl07", "罗丹", "记者", "reporter", "本报讯（记者 罗丹）"),
    ("gl07", "何佳蔓", "责任编辑", "editor", "责任编辑：何佳蔓"),
    ("gl08", "陶婉清", "审核", "editor", "审核：陶婉清"),
    ("gl08", "王晓丹", "编辑", "editor", "编辑：王晓丹"),
    ("gl09", "叶家琦", "责任编辑", "editor", "责任编辑：叶家琦"),
    ("gl10", "刘婧怡", "记者", "reporter", "本报讯（记者 刘婧怡）"),
    ("gl10", "苏锦华", "责任编辑", "editor", "责任编辑：苏锦华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gl01", "东源县春耕生产和灯塔盆地建设调研", "inspection (调研)", "4月7日", None, "曾婉琪", [],
     ["邱伟东", "赖志远", "黄嘉豪"], ["温焕明", "黄嘉豪", "曾婉琪", "邱伟东", "赖志远"], "东源县",
     "副市长曾婉琪到我县调研春耕生产、撂荒耕地复耕复种和灯塔盆地国家农业高新技术产业示范区建设工作",
     ["副市长曾婉琪到我县调研", "县委常委、副县长黄嘉豪陪同调研", "镇党委书记温焕明汇报了", "黄嘉豪介绍了", "曾婉琪指出",
      "邱伟东就农资保供和农技服务下沉作了具体安排", "赖志远表示"]),
    ("gl02", "东源县、龙川县“百千万工程”和县域产业发展调研", "inspection (调研)", "5月16日", None, "蔡铭远", [],
     ["曾婉琪", "赖志远", "何楚杰", "骆伟成", "刁玉清"], ["钟泽沛", "叶海鹰", "骆伟成", "刁玉清"], "东源县、龙川县",
     "市委书记蔡铭远到东源县、龙川县调研“百千万工程”和县域产业发展工作",
     ["市委书记蔡铭远到东源县、龙川县调研", "高新区党工委书记何楚杰参加调研", "县长刁玉清陪同调研", "东源县委书记钟泽沛汇报了",
      "县长叶海鹰介绍了", "骆伟成汇报了", "刁玉清介绍了"]),
    ("gl02", "座谈会", "meeting (座谈会)", "5月16日", "蔡铭远", None, [],
     [], ["蔡铭远", "曾婉琪"], "龙川县",
     "调研结束后，蔡铭远在龙川县主持召开座谈会",
     ["蔡铭远在龙川县主持召开座谈会", "蔡铭远强调", "曾婉琪就县镇村规划建设和项目要素保障作了安排"]),
    ("gl03", "县人民政府第七十二次常务会议", "meeting (县政府常务会议)", "11月18日下午", "覃绍康", None, ["象州县政府"],
     ["蒙启棠", "韦德骞", "莫秋燕", "蓝德胜"], ["梁国斌", "覃绍康", "蒙启棠"], None,
     "县委副书记、县长覃绍康主持召开县人民政府第七十二次常务会议",
     ["县长覃绍康主持召开", "常务副县长蒙启棠，副县长韦德骞、莫秋燕出席会议", "县人大常委会副主任蓝德胜列席会议",
      "局长梁国斌通报了", "覃绍康要求", "蒙启棠就罗秀镇、运江镇等重点蔗区的砍运调度作了安排"]),
    ("gl04", "武宣县工业振兴和重大项目建设调研", "inspection (调研)", "8月9日", None, "黎承宇", [],
     ["陆海涛", "潘文杰", "陆振邦", "蒙启棠", "覃慧婵"], ["蒙启棠", "覃慧婵", "陆振邦", "黎承宇", "潘文杰"], "武宣县",
     "市委副书记、市长黎承宇到武宣县调研工业振兴和重大项目建设工作",
     ["市长黎承宇到武宣县调研", "县委常委、副县长覃慧婵参加调研", "蒙启棠介绍了", "覃慧婵汇报了", "陆振邦汇报了",
      "黎承宇强调", "潘文杰就工业企业稳产增产作了具体安排"]),
    ("gl05", "崖州区南繁科研育种基地和渔港经济区建设调研", "inspection (调研)", "3月14日", None, "符晓澜", [],
     ["陈瑞坤", "吴运涛", "黎明川", "林诗雅"], ["李振南", "林诗雅", "符晓澜", "黎明川"], "崖州区",
     "市委常委、副市长符晓澜到崖州区调研南繁科研育种基地建设和渔港经济区建设工作",
     ["副市长符晓澜到崖州区调研", "区委常委、副区长林诗雅陪同调研", "区农业农村局局长李振南介绍了", "林诗雅汇报了",
      "符晓澜强调", "黎明川表示"]),
    ("gl06", "安龙县食用菌产业发展和防汛减灾调研", "inspection (调研)", "6月22日", None, "岑开远", [],
     ["罗华清", "杨正骅", "卢兴国", "韦德骞"], ["卢兴国", "王春梅", "韦德骞", "岑开远", "罗华清", "杨正骅"], "安龙县",
     "副州长岑开远到安龙县调研食用菌产业发展和防汛减灾工作",
     ["副州长岑开远到安龙县调研", "县委常委、副县长韦德骞陪同调研", "卢兴国汇报了", "镇党委书记王春梅介绍了", "韦德骞介绍了",
      "岑开远强调", "罗华清要求", "杨正骅表示"]),
    ("gl07", "安龙县、兴义市产业发展和城市建设调研", "inspection (调研)", "7月11日", None, "龙翔宇", [],
     ["田家骏", "黄仕林", "颜家栋"], ["卢兴国", "陈屹川", "颜家栋", "龙翔宇"], "安龙县、兴义市",
     "州委书记龙翔宇到安龙县、兴义市调研产业发展和城市建设工作",
     ["州委书记龙翔宇到安龙县、兴义市调研", "州委常委、秘书长田家骏参加调研", "市长颜家栋陪同调研", "安龙县委书记卢兴国汇报了",
      "县长陈屹川介绍了", "颜家栋汇报了", "龙翔宇强调"]),
    ("gl07", "州人民政府第四十一次常务会议", "meeting (州政府常务会议)", "7月11日", "吴永祥", None, [_QXN + "政府"],
     ["汪立群", "岑开远", "刘德芳"], ["吴永祥", "岑开远"], None,
     "州委副书记、州长吴永祥主持召开州人民政府第四十一次常务会议",
     ["州长吴永祥主持召开", "常务副州长汪立群，副州长岑开远出席会议", "州政府秘书长刘德芳列席会议", "吴永祥要求",
      "岑开远就食用菌产业稳产保供作了安排"]),
    ("gl08", "秋季学期开学、控辍保学和校园安全工作督导", "inspection (督导)", "10月12日", None, "刀玉萍", ["普洱市教育体育局"],
     ["白正华", "普绍林"], [], "宁洱县",
     "局长刀玉萍带领督导组到我县，督导秋季学期开学、控辍保学和校园安全工作",
     ["局长刀玉萍带领督导组到我县", "局长普绍林陪同督导"]),
    ("gl08", "督导反馈会", "meeting (督导反馈会)", "10月12日", None, None, [],
     [], ["普绍林", "李文斌", "刀玉萍", "白正华"], "宁洱县",
     "在随后召开的督导反馈会上，普绍林汇报了全县秋季学期开学和“双减”工作开展情况",
     ["普绍林汇报了", "副局长李文斌通报了", "刀玉萍指出", "白正华表示"]),
    ("gl09", "米易县钒钛产业和阳光康养产业发展调研", "inspection (调研)", "9月15日", None, "卓永红", [],
     ["贾旭东", "蒲泓毅", "税立平"], ["罗永钦", "贾旭东", "税立平", "卓永红", "蒲泓毅"], "米易县",
     "副市长卓永红到米易县调研钒钛产业和阳光康养产业发展工作",
     ["副市长卓永红到米易县调研", "县长税立平陪同调研", "白马镇党委书记罗永钦介绍了", "贾旭东通报了", "税立平汇报了",
      "卓永红强调", "蒲泓毅表示"]),
    ("gl10", "仁和区和钒钛高新区产业发展和园区建设调研", "inspection (调研)", "4月18日", None, "贺远山", [],
     ["蒲泓毅", "卓永红", "严明辉", "付启凡"], ["严明辉", "邵启东", "贺远山", "卓永红"], "仁和区、钒钛高新区",
     "市委书记贺远山到仁和区和钒钛高新区调研产业发展和园区建设工作",
     ["市委书记贺远山到仁和区和钒钛高新区调研", "副市长卓永红参加调研", "区长付启凡陪同调研", "严明辉汇报了",
      "管委会主任邵启东汇报了", "贺远山强调", "卓永红就钒钛企业稳产增产和项目要素保障作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gl01", "东源县丝苗米产业园", "industrial_park", "并察看了东源县丝苗米产业园"),
    ("gl01", "丝苗米产业园二期烘干仓储中心", "project", "丝苗米产业园二期烘干仓储中心和东江（东源段）堤防加固工程"),
    ("gl01", "东江（东源段）堤防加固工程", "engineering_work", "东江（东源段）堤防加固工程建设进度"),
    ("gl02", "仙塘镇东江乡村振兴示范带", "project", "仙塘镇东江乡村振兴示范带"),
    ("gl02", "丝苗米产业园二期", "industrial_park", "察看丝苗米产业园二期投产"),
    ("gl02", "丝苗米产业园二期烘干仓储中心", "project", "丝苗米产业园二期烘干仓储中心建成后"),
    ("gl02", "佗城历史文化街区保护提升项目", "project", "佗城镇佗城历史文化街区保护提升项目"),
    ("gl02", "龙川县产业转移工业园新能源材料项目", "project", "龙川县产业转移工业园新能源材料项目"),
    ("gl02", "老隆镇东江滨江碧道", "greening_project", "老隆镇东江滨江碧道建设情况"),
    ("gl03", "象州县温泉康养小镇二期项目", "project", "象州县温泉康养小镇二期项目"),
    ("gl03", "石龙镇至运江镇公路改扩建工程", "infrastructure_project", "石龙镇至运江镇公路改扩建工程推进中"),
    ("gl04", "二塘镇新型建材产业园二期", "industrial_park", "先后来到二塘镇新型建材产业园二期"),
    ("gl04", "武宣县禄新镇风电场二期项目", "infrastructure_project", "武宣县禄新镇风电场二期项目"),
    ("gl04", "黔江武宣段生态修复工程", "greening_project", "黔江武宣段生态修复工程现场"),
    ("gl05", "南滨片区高标准农田提质改造项目", "project", "南滨片区高标准农田提质改造项目"),
    ("gl05", "崖州中心渔港二期工程", "infrastructure_project", "崖州中心渔港二期工程现场"),
    ("gl06", "安龙县食用菌产业园三期标准化菇棚项目", "industrial_park", "安龙县食用菌产业园三期标准化菇棚项目"),
    ("gl06", "安龙县城区防洪提升工程", "engineering_work", "安龙县城区防洪提升工程现场"),
    ("gl07", "安龙县食用菌产业园三期", "industrial_park", "龙翔宇来到安龙县食用菌产业园三期"),
    ("gl07", "桔山街道城市更新项目", "project", "桔山街道城市更新项目"),
    ("gl07", "马岭河峡谷景区提质改造工程", "project", "马岭河峡谷景区提质改造工程现场"),
    ("gl08", "宁洱县民族中学学生宿舍楼建设项目", "project", "宁洱县民族中学学生宿舍楼建设项目"),
    ("gl08", "磨黑镇中心学校运动场改造项目", "project", "磨黑镇中心学校运动场改造项目"),
    ("gl09", "白马工业园区钒钛新材料产业化项目", "project", "白马工业园区钒钛新材料产业化项目"),
    ("gl09", "撒莲镇阳光康养旅居小镇二期", "project", "撒莲镇阳光康养旅居小镇二期"),
    ("gl09", "安宁河米易段生态修复工程", "greening_project", "安宁河米易段生态修复工程现场"),
    ("gl10", "平地镇芒果产业园", "industrial_park", "平地镇芒果产业园"),
    ("gl10", "金沙江仁和段生态修复工程", "greening_project", "金沙江仁和段生态修复工程现场"),
    ("gl10", "钒电池储能产业园一期", "industrial_park", "走进钒电池储能产业园一期"),
    ("gl10", "攀枝花钒钛新材料创新中心", "project", "攀枝花钒钛新材料创新中心"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gl01", "东源县", "county", "standalone", "曾婉琪到东源县调研春耕生产"),
    ("gl01", "灯塔盆地", "region", "standalone", "灯塔盆地建设工作"),
    ("gl01", "灯塔盆地国家农业高新技术产业示范区", "development_zone", "standalone", "灯塔盆地国家农业高新技术产业示范区建设工作"),
    ("gl01", "船塘镇", "town", "standalone", "先后来到船塘镇、灯塔镇和仙塘镇"),
    ("gl01", "灯塔镇", "town", "standalone", "先后来到船塘镇、灯塔镇和仙塘镇"),
    ("gl01", "仙塘镇", "town", "standalone", "先后来到船塘镇、灯塔镇和仙塘镇"),
    ("gl01", "东江", "river", "in_project_name", "东江（东源段）堤防加固工程"),
    ("gl01", "东源", "county", "standalone", "东源作为全市产粮大县"),
    ("gl02", "东源", "county", "standalone", "蔡铭远在东源龙川调研"),
    ("gl02", "龙川", "county", "standalone", "蔡铭远在东源龙川调研"),
    ("gl02", "东源县", "county", "standalone", "市委书记蔡铭远到东源县、龙川县调研"),
    ("gl02", "龙川县", "county", "standalone", "市委书记蔡铭远到东源县、龙川县调研"),
    ("gl02", "高新区", "development_zone", "in_title", "市委常委、高新区党工委书记何楚杰"),
    ("gl02", "河源高新区", "development_zone", "standalone", "推动河源高新区与县域产业园区协同联动"),
    ("gl02", "灯塔盆地国家农高区", "development_zone", "standalone", "先后来到灯塔盆地国家农高区"),
    ("gl02", "仙塘镇", "town", "in_project_name", "仙塘镇东江乡村振兴示范带"),
    ("gl02", "东江", "river", "standalone", "要守护好东江一江清水"),
    ("gl02", "佗城镇", "town", "standalone", "蔡铭远走进佗城镇佗城历史文化街区保护提升项目"),
    ("gl02", "佗城历史文化街区", "historic_street", "in_project_name", "佗城镇佗城历史文化街区保护提升项目"),
    ("gl02", "佗城古镇", "ancient_town", "standalone", "骆伟成汇报了佗城古镇保护开发"),
    ("gl02", "龙川县产业转移工业园", "zone_park", "in_project_name", "龙川县产业转移工业园新能源材料项目"),
    ("gl02", "老隆镇", "town", "in_project_name", "老隆镇东江滨江碧道建设情况"),
    ("gl03", "象州县", "county", "in_document_title", "《象州县2021年冬春季森林防火工作方案》"),
    ("gl03", "罗秀镇", "town", "standalone", "蒙启棠就罗秀镇、运江镇等重点蔗区"),
    ("gl03", "运江镇", "town", "standalone", "蒙启棠就罗秀镇、运江镇等重点蔗区"),
    ("gl03", "石龙镇", "town", "in_project_name", "石龙镇至运江镇公路改扩建工程"),
    ("gl04", "武宣县", "county", "standalone", "市长黎承宇到武宣县调研"),
    ("gl04", "二塘镇", "town", "in_project_name", "先后来到二塘镇新型建材产业园二期"),
    ("gl04", "禄新镇", "town", "in_project_name", "武宣县禄新镇风电场二期项目"),
    ("gl04", "黔江", "river", "standalone", "要守牢黔江生态底线"),
    ("gl04", "武宣", "county", "in_project_name", "黔江武宣段生态修复工程现场"),
    ("gl05", "崖州区", "district", "standalone", "副市长符晓澜到崖州区调研"),
    ("gl05", "坡田洋", "area", "standalone", "在坡田洋，区农业农村局局长李振南"),
    ("gl05", "南滨片区", "area", "in_project_name", "南滨片区高标准农田提质改造项目"),
    ("gl05", "崖州中心渔港", "port", "standalone", "在崖州中心渔港，林诗雅汇报了"),
    ("gl05", "宁远河", "river", "standalone", "要统筹做好宁远河沿岸防洪排涝工作"),
    ("gl05", "三亚", "city", "standalone", "把渔港经济区打造成为三亚西部新的增长点"),
    ("gl06", "安龙县", "county", "standalone", "副州长岑开远到安龙县调研"),
    ("gl06", "笃山镇", "town", "standalone", "在笃山镇，镇党委书记王春梅"),
    ("gl06", "安龙", "county", "standalone", "食用菌产业是安龙巩固拓展脱贫攻坚成果的主导产业"),
    ("gl06", "万峰湖", "reservoir", "standalone", "紧盯万峰湖库区和城区易涝点"),
    ("gl07", "安龙县", "county", "standalone", "龙翔宇在安龙县兴义市调研时强调"),
    ("gl07", "兴义市", "county_level_city", "standalone", "龙翔宇在安龙县兴义市调研时强调"),
    ("gl07", "万峰湖镇", "town", "standalone", "万峰湖镇渔旅融合示范点"),
    ("gl07", "万峰湖", "reservoir", "standalone", "万峰湖库区综合治理情况"),
    ("gl07", "桔山街道", "sub_district_office", "in_project_name", "桔山街道城市更新项目"),
    ("gl07", "马岭河峡谷", "scenic_area", "standalone", "推动马岭河峡谷、万峰林等景区提档升级"),
    ("gl07", "万峰林", "scenic_area", "standalone", "推动马岭河峡谷、万峰林等景区提档升级"),
    ("gl07", "黔西南州", "autonomous_prefecture", "in_document_title", "《黔西南州2024年主汛期防汛抗旱工作方案》"),
    ("gl07", "南盘江", "river", "standalone", "南盘江沿线等重点部位"),
    ("gl08", "宁洱镇", "town", "standalone", "先后深入宁洱镇、磨黑镇、同心镇"),
    ("gl08", "磨黑镇", "town", "standalone", "先后深入宁洱镇、磨黑镇、同心镇"),
    ("gl08", "同心镇", "town", "standalone", "先后深入宁洱镇、磨黑镇、同心镇"),
    ("gl08", "宁洱县", "county", "standalone", "宁洱县开学工作准备充分"),
    ("gl09", "米易县", "county", "standalone", "副市长卓永红到米易县调研"),
    ("gl09", "白马工业园区", "zone_park", "standalone", "在白马工业园区，白马镇党委书记罗永钦"),
    ("gl09", "白马镇", "town", "in_org_reference", "白马镇党委书记罗永钦"),
    ("gl09", "撒莲镇", "town", "standalone", "在撒莲镇，税立平汇报了"),
    ("gl09", "安宁河", "river", "standalone", "要统筹抓好安宁河沿线生态保护"),
    ("gl09", "米易", "county", "in_project_name", "安宁河米易段生态修复工程现场"),
    ("gl10", "仁和区", "district", "standalone", "市委书记贺远山到仁和区和钒钛高新区调研"),
    ("gl10", "钒钛高新区", "development_zone", "standalone", "市委书记贺远山到仁和区和钒钛高新区调研"),
    ("gl10", "高新区", "development_zone", "in_title", "高新区党工委书记、管委会主任邵启东"),
    ("gl10", "平地镇", "town", "in_project_name", "平地镇芒果产业园"),
    ("gl10", "金沙江", "river", "standalone", "要守护好金沙江生态屏障"),
    ("gl10", "仁和", "district", "in_project_name", "金沙江仁和段生态修复工程现场"),
    ("gl10", "攀枝花", "city", "standalone", "作为攀枝花的“当家产业”"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gl", conventions="set gl (blind set, held-out-like mix: district and county sites (领导活动, 政务动态, 部门动态) and city / 州 papers from 广东 河源 (东源县, 龙川县), 广西 来宾 (象州县, 武宣县), 海南 三亚 (崖州区), 贵州 黔西南布依族苗族自治州 (安龙县, 兴义市), 云南 普洱 (宁洱哈尼族彝族自治县), 四川 攀枝花 (米易县, 仁和区, 钒钛高新区); bare organs take the page's place or its parent of the right level, a bare 县委 / 市委 right after X县委书记 / X市委书记 is X's; 自治州 and 自治县 by their full names; 钒钛高新区 → 攀枝花钒钛高新区, bare 高新区 in the 河源日报 → 河源高新区; a city bureau's county branch → 来宾市生态环境局象州分局; one line per post per article)",
          persons_note="Set gl persons. id = corpus-wide person_id (gl:韦德骞#1 of 象州县 (广西) and gl:韦德骞#2 of 安龙县 (贵州) are two people; gl:赖志远 东源县长 2022 → 河源副市长 2024; gl:曾婉琪 河源副市长 2022 → 市委常委、常务副市长 2024; gl:蒙启棠 象州常务副县长 2021 → 武宣县长 2023; gl:卢兴国 安龙县长 2022 → 安龙县委书记 2024; gl:蒲泓毅 米易县委书记 2022 → 攀枝花市委常委、秘书长 2024)")


if __name__ == "__main__":
    main()
