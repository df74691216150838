"""Write gold part ``gv`` (a blind set: heavy page chrome of government portals — 政府信息公开 article pages with their
索引号 / 发布机构 / 发文日期 / 主题分类 tables, 附件 lists, 相关链接 / 相关阅读 / 推荐阅读 / 本版其他文章 lists naming other
places and other leaders, 扫一扫 QR lines, 网站地图 / 无障碍 / 长者模式 / 关怀版 / 适老化 bars, 上一篇 / 下一篇 with titles,
comment sections — around ordinary county leader news: 调研, 常务会议, 观摩 and 推进会) from the tables below.

Pages ``tests/dev/texts/gv*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): the 常山县 信息公开 page (``索引号: … 公开方式: 主动公开 / 文号 /
成文日期 / 发布单位: 县政府办 / 有效性 / 统一编号``, then ``发布时间 / 信息来源 / 访问次数 / 字体大小`` each on its own line);
the 太湖县 信息公开 page (``索引号 / 组配分类 / 信息分类 / 发布机构 / 生成日期 / 文号 / 发文日期 / 生效时间 / 废止时间 / 名称 /
信息来源 / 关键词 / 浏览次数 / 内容概述``, the title repeated in 名称); the 镇巴县 site's 信息公开 page with one ``• 索引号：`` /
``• 主题分类：`` / ``• 发文机构：`` / ``• 发布日期：`` field a line and ``返回顶部``; the 嵊州 page (``索 引 号 … 主题分类 … 发布机构
… 公开日期 … 有效性 … 发文字号``, then ``发布日期 … 信息来源 … 浏览次数 … 字号：[ ]  分享：``); the 齐齐哈尔 site (top bar
``中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委``, spaced navigation ``首     页 政 务 公 开``,
spaced labels ``索   引   号 … 发 布 机 构 … 发 文 日 期 … 名        称 … 上 载 日 期``); the 吕梁 索引号 / 标题 table; the
开鲁县 page (``欢迎访问…登录/注册 用户中心 支持IPV6``); the 魏都区 page (``【信息来源:【信息时间:… 阅读次数: 】【字号 】【我要打印】
【关闭``); a 民权网 copy of a 县委书记's 调研 (``县委常委、常务副县长…陪同``, ``县领导…参加``, then ``上一篇:县人大常委会副主任…督导…
下一篇:县人大常委会主任…督导…`` — leaders named in the links); the 平利县 page (``县委副书记、县长…深入…项目施工现场``, ``县政府办
主任…一同督导``); the 丹棱县 page (``县委书记…调研齐乐镇项目建设…县委统战部部长…参加调研``); a district site's home page (tzhl.gov.cn)
(``区政府党组书记、区长…主持会议`` under ``智能推荐``); the 平江 and 南县 pages (``归档时间``, ``视力保护色``, ``浏览量``);
a 高唐 paper page (``下一版 上一版 / 下一篇 2021-03-13 … 返回顶部``); the 寒亭 page (``栏目更新 栏目热门``); a county 融媒体
page with ``编辑 / 校对 / 审核 / 总策划`` credits and one with ``全媒体记者 / 编辑 / 编审``. Places are real: 陕西 汉中 (镇巴县 with
渔渡镇, 盐场镇, 巴山镇, 碾子镇, 泾洋河; 略阳县 with 接官亭镇, 白水江镇, 嘉陵江; the 汉中日报) and 黑龙江 齐齐哈尔 (泰来县 with
江桥镇, 泰来镇, 嫩江, the 江桥抗战纪念馆; 龙江县 with 景星镇, 龙兴镇, 雅鲁河; the 齐齐哈尔 site and 齐齐哈尔新闻网). None of
these counties had a page in the corpus; 汉中 and 齐齐哈尔 have pages in other parts, whose city leaders hold other posts.

Shapes: a county site's 信息公开 article page (index table with the title in 名称, 附件 list, 分享 widgets, a 相关链接 list naming
the 县委书记 and another county's 县长, 扫一扫, 网站地图 footer with 标识码 / ICP / 公网安备) of the 县长's 调研 (gv01); a county site's
常务会议 page (关怀版 / 无障碍 bar, 上一篇 / 下一篇 naming leaders, 推荐阅读 naming another county's 县委书记) (gv02); a city paper's
digital edition (版面导航, 上一版 / 下一版, a two-line title, ``本报讯（记者 … 通讯员 …）``, 本版其他文章 naming another county's
县长) of a 副市长's 调研 (gv03); a county site with a top bar ``今天是：2024年1月8日 星期一`` (the saving day), 适老化服务 /
无障碍 / 智能问答 bar, an empty comment form with 验证码, 上一篇 naming the 县委书记, 相关新闻 naming another county's 县委书记
(gv04); a county 融媒体 portal (长辈版, ``作者 / 编辑 / 阅读`` stamp line, a 网友评论 section with nicknames and dates, 推荐阅读,
扫码关注 / 客户端) of a 观摩 and the 推进会 after it (gv05); a county site's 信息公开 page with the 齐齐哈尔 spaced labels and a
相关阅读 list naming another county's 县委书记 (gv06); a county site's 乡镇动态 page (长者模式 bar, ``（景星镇供稿）``, 上一篇
naming the 县委书记, 下一篇 naming the 副县长) (gv07); a city news portal's copy of the city paper (``来源：…日报 作者：记者 …
编辑：… 【我要纠错】``, 本文链接 / 分享, 网友评论 with nicknames, 推荐阅读 naming another county's 县长) (gv08); the city
government site's 领导活动 page with one bulleted field a line over the body and a 相关链接 list holding a 2021 item that names
the 副市长 by his former post (``泰来县委书记孟繁军调研江桥镇…　2021-09-10``) (gv09); a county site's 信息公开 page of a 常务会议
with an 附件 list of two files and a 相关阅读 list naming the 县委书记 and another county's 县长 (gv10).

Identity cases:
- gv:岳成林 镇巴县委副书记、县长 (gv01, June 2021; gv02, March 2022) → 镇巴县委书记 (gv03, May 2023; gv05, March 2024; the
  new 县长 is gv:蒲文彬).
- gv:权振邦 moves between counties: 镇巴县委常委、常务副县长 (gv01, 2021; gv02, 2022) → 略阳县委副书记、县长 (gv04, Nov 2023).
- gv:孟繁军 泰来县委书记 (gv06, Sept 2021) → 齐齐哈尔市副市长 (gv09, April 2024; the new 泰来县委书记 is gv:邵长山). gv09's
  相关链接 still names him 泰来县委书记 in a 2021 item: chrome, no line.
- gv:迟丽华 龙江县景星镇党委书记 (gv07, July 2022) → 龙江县委常委、副县长 (gv08, Aug 2023).
- gv:罗正岚 镇巴县副县长 (gv02, 2022) → 镇巴县委常委、副县长 (gv03, 2023; gv05, 2024).
- the same officials on several pages without a change: gv:白晓光 (泰来县委副书记、县长, 2021, 2024, 2024), gv:隋振海 (龙江县委
  副书记、县长, 2022, 2023), gv:蒲文彬 (镇巴县长, 2023, 2024), gv:冉秀梅 (镇巴副县长, 2021, 2022), gv:梁文秀 (泰来副县长, 2021,
  2024).
- two different 邹立峰 in unrelated places: gv:邹立峰#1 is 镇巴县水利局局长 (陕西; gv01, gv02, gv05); gv:邹立峰#2 is 泰来县
  江桥镇党委书记 (黑龙江; gv06, gv09).
- one organ name of several places: bare ``县发展和改革局局长`` is 镇巴's (gv02) and 泰来's (gv10); bare ``县委副书记、县长`` is
  镇巴's (gv01, gv02, gv03, gv05), 略阳's (gv04), 泰来's (gv06, gv09, gv10) and 龙江's (gv07, gv08); bare ``县委书记`` 镇巴's (gv05),
  泰来's (gv06); bare ``县政府召开…常务会议`` is 镇巴's (gv02) and 泰来's (gv10); bare ``副市长`` / ``市政府副秘书长`` are 汉中's
  in the 汉中日报 (gv03) and 齐齐哈尔's on the 齐齐哈尔 pages (gv08, gv09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, gj, ah where they speak; decided here where they are silent):
- Labels: 镇巴县, 略阳县, 泰来县, 龙江县 (one of each in China: no city prefix); 汉中市, 齐齐哈尔市. Bare organs take the page's
  place: 县委 / 县政府 / 县X局 on the county sites and portal; in a city paper or on the city site, a bare ``县委副书记、县长``
  right after ``镇巴县委书记`` / ``龙江县委书记`` / ``泰来县委书记`` is that county's; ``副市长`` / ``市政府副秘书长`` are the
  paper's or site's city's (汉中市政府, 齐齐哈尔市政府). Towns take their county's label (镇巴县渔渡镇党委, 略阳县接官亭镇党委,
  泰来县江桥镇党委, 龙江县景星镇党委); ``在渔渡镇…镇党委书记…`` → 镇巴县渔渡镇党委. ``县人大常委会副主任`` → 镇巴县人大常委会
  副主任; ``县政协副主席`` → 镇巴县政协 副主席. One line per post per article; a list after one title gives every name that
  title (``副县长冉秀梅、罗正岚``).
- Chrome gives nothing (as ah, gj): the site line, top bars (无障碍, 长者模式, 关怀版, 长辈版, 适老化服务, 智能问答, English,
  登录 / 注册), navigation and breadcrumbs, 字号 / 打印 / 关闭 / 收藏 / 分享 widgets, 扫一扫 lines, 上一篇 / 下一篇, 相关链接 /
  相关阅读 / 相关新闻 / 推荐阅读 / 本版其他文章 lists, 版面导航, footers (主办 / 承办 / 标识码 / ICP / 公网安备). Officials named
  only there (苟志强, 祝宏斌, 顾海涛, 阮志刚, 符建勋, 尚振华, 鄂立伟, 宫立群 in gv07, 佟海波, 邵长山 and 隋振海 in gv10, 夏国栋 and
  孟繁军's old post in gv09) get no line on that page; places named only there are not annotated.
- DECIDED HERE (index tables): the 信息公开 table (索引号 / 主题分类 / 发布机构 / 发文日期 / 名称 / 文号 / 有效性 / 上载日期, in
  table rows or one bulleted field a line) is the article's record: its 名称 repeats the title, so the article starts there
  (as ec); its 发布机构 (``镇巴县人民政府办公室``, ``泰来县人民政府办公室``, ``市人民政府办公室``) is the publisher, like a 来源
  line, and gives no place and no organ line; its dates are the page's stamp (发文日期 / 发布日期 / 上载日期 agree on each page).
- DECIDED HERE (附件): an 附件 list under a 信息公开 article is a list of file links (``2021年重点项目建设进度表.xls``,
  ``泰来县2024年重点项目调度清单.xlsx``): chrome like 相关链接; its names give no project and no place. A document title written
  in the body (《泰来县2024年重点项目要素保障工作方案》) is not chrome (its place counts, as bs).
- DECIDED HERE (comment sections): 网友评论 entries, their nicknames (巴山茶农, 泾洋河畔, 在外游子一枚, 嫩江边的老张, 鹤城小李),
  their dates and the places they name (汉中, 景星) are not annotated; ``发表评论`` / ``我要评论`` / 验证码 forms give nothing
  (as en).
- Dates (as gj): the page's date is its own stamp (发布时间 / 发布日期 / 时间 / 发文日期 / the edition date); the top bar
  ``今天是：2024年1月8日 星期一`` (gv04) is the day the page was saved; the dates in 相关链接 / 相关新闻 and comments are
  other items'. Event dates without a year take the stamp's year.
- Events: every 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 通报 /
  作了安排 speakers); a 县政府常务会议 is a meeting (chair; 出席 attendees; the organizer the 县政府 when the title says
  ``县政府召开``). DECIDED HERE (gv05): the ``观摩推进会`` is two events as CONVENTIONS splits 观摩 and 点评会: the 观摩 is a
  ``site observation`` led by the 县委书记 who ``带队观摩``, the 推进会 after it a meeting chaired by the 县长 who ``主持推进会``;
  the officials who ``参加`` are attendees of both, the 县委书记 (``带队观摩并讲话``, ``强调``) attendee and speaker of the 推进会.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent lines; on the 齐齐哈尔新闻网 copy, ``作者：记者 闵涛`` repeats the
  dateline's 记者: one reporter line (as gj); a portal's ``作者：…`` with no role word is an author line; 编辑 / 责任编辑 / 审核
  editor lines; ``（景星镇供稿）`` names no person.
- Projects: works visited or reported by name: 产业园 / 示范园区 ``industrial_park``; roads, a 客运站, a 污水处理站
  ``infrastructure_project``; 防洪堤 / 堤防 / 防洪治理 / 城区段综合治理 works ``engineering_work``; a 生态修复工程
  ``greening_project``; an 安置小区 / 老旧小区改造 ``housing_project``; 高标准农田 项目区, a 纪念馆提升改造, a 茶旅融合示范园 and a
  屠宰加工项目 ``project``.
- Places: one line per name per file, as written; places inside titles, organ references, project names and document
  titles count; short forms inside project names are their own lines (``镇巴至碾子公路`` → 镇巴, 碾子; ``渔渡至盐场公路`` → 渔渡,
  盐场; ``嫩江泰来段`` → 泰来; ``雅鲁河景星段`` / ``景星至龙兴公路`` → 景星, 龙兴). DECIDED HERE: the 江桥抗战纪念馆 is a ``venue``
  (no separate ``江桥`` line: the 纪念馆's name holds it); 秦巴山区 a ``region``; 城南新区 an ``area``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ZB, LY, TL, LJ = "镇巴县", "略阳县", "泰来县", "龙江县"
HZ, QQ = "汉中市", "齐齐哈尔市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gv01_zhenba.txt": (2021, "发布时间：2021-06-18 17:32", ZB, [
        ("岳成林深入渔渡镇、盐场镇调研重点项目建设和防汛工作", "6月17日", "2021-06-17", "6月17日，县委副书记",
         "county 信息公开 page (索引号 table, 附件, 相关链接 naming the 县委书记 and another county's 县长): the 县长's 调研 of two towns")]),
    "gv02_zhenba.txt": (2022, "发布日期：2022-03-16", ZB, [
        ("县政府召开第十一次常务会议", "3月15日", "2022-03-15", "3月15日，县委副书记",
         "county site 常务会议 (关怀版 bar, 上一篇 / 下一篇 and 推荐阅读 naming leaders)")]),
    "gv03_hanzhong.txt": (2023, "2023年05月19日　星期五", HZ, [
        ("景慧敏在镇巴县调研时强调", "5月18日", "2023-05-18", "本报讯（记者 庞海燕 通讯员 赵若晨）5月18日",
         "city paper 第02版: the 副市长's 调研 in 镇巴县; 岳成林 now 县委书记; 本版其他文章 list")]),
    "gv04_lueyang.txt": (2023, "时间：2023-11-22 18:05:36", LY, [
        ("权振邦调研乡镇产业发展和嘉陵江生态保护工作", "11月21日至22日", "2023-11-21", "11月21日至22日，县委副书记",
         "county site (saving-day top bar, 适老化 bar, empty comment form): the former 镇巴 常务副县长 now 略阳县长")]),
    "gv05_zhenba.txt": (2024, "2024-03-28 19:46", ZB, [
        ("镇巴县召开一季度重点项目观摩推进会", "3月27日", "2024-03-27", "3月27日，镇巴县召开",
         "county 融媒体 portal (comments, 推荐阅读): 观摩 led by the 县委书记, 推进会 chaired by the 县长")]),
    "gv06_tailai.txt": (2021, "发 文 日 期　2021-09-10", TL, [
        ("孟繁军到江桥镇调研秋收准备和重点项目建设工作", "9月9日", "2021-09-09", "9月9日，县委书记",
         "county 信息公开 page (spaced labels, 相关阅读 naming another county's 县委书记): the 县委书记's 调研 in 江桥镇")]),
    "gv07_longjiang.txt": (2022, "发布时间：2022-07-14 10:20", LJ, [
        ("隋振海到景星镇调研防汛和项目建设工作", "7月13日", "2022-07-13", "7月13日，县委副书记",
         "county site 乡镇动态 (长者模式 bar, 上一篇 naming the 县委书记): the 县长's 调研; the 景星镇 secretary")]),
    "gv08_qiqihaer.txt": (2023, "2023-08-25 09:12", QQ, [
        ("夏国栋到龙江县调研肉牛产业和防汛工作", "8月24日", "2023-08-24", "本报讯（记者 闵涛）8月24日",
         "city news portal (comments, 推荐阅读): the 副市长's 调研 in 龙江县; 迟丽华 now 县委常委、副县长")]),
    "gv09_qiqihaer.txt": (2024, "2024年04月17日 16:28", QQ, [
        ("孟繁军到泰来县调研春耕生产和重点项目建设", "4月16日", "2024-04-16", "4月16日，副市长",
         "city site 领导活动 (bulleted index fields; 相关链接 with his 2021 item): the former 泰来县委书记 now 副市长")]),
    "gv10_tailai.txt": (2024, "发 文 日 期　2024-06-20", TL, [
        ("县政府召开第二十三次常务会议", "6月19日", "2024-06-19", "6月19日，县委副书记",
         "county 信息公开 page of a 常务会议 (附件 list of two files, 相关阅读 naming leaders)")]),
}

_G1_QZB = "县委常委、常务副县长权振邦"
_G2_LIST = "副县长冉秀梅、罗正岚"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 汉中: 镇巴县, 略阳县, the city
    "gv:岳成林": ("岳成林", "official", ZB, [
        ("gv01", f"{ZB}委", "副书记", "县委副书记、县长岳成林深入渔渡镇", "2021-06 (identity case: 县委书记 in 2023, gv03)"),
        ("gv01", f"{ZB}政府", "县长", "县委副书记、县长岳成林深入渔渡镇", None),
        ("gv02", f"{ZB}委", "副书记", "县委副书记、县长岳成林主持召开", "2022-03"),
        ("gv02", f"{ZB}政府", "县长", "县委副书记、县长岳成林主持召开", None),
        ("gv03", f"{ZB}委", "书记", "镇巴县委书记岳成林", "2023-05: now 县委书记"),
        ("gv05", f"{ZB}委", "书记", "县委书记岳成林带队观摩并讲话", "2024-03")], []),
    "gv:权振邦": ("权振邦", "official", ZB, [
        ("gv01", f"{ZB}委", "常委", _G1_QZB, "2021-06 (identity case: 略阳县长 in 2023, gv04)"),
        ("gv01", f"{ZB}政府", "常务副县长", _G1_QZB, None),
        ("gv02", f"{ZB}委", "常委", _G1_QZB, "2022-03"),
        ("gv02", f"{ZB}政府", "常务副县长", _G1_QZB, None),
        ("gv04", f"{LY}委", "副书记", "县委副书记、县长权振邦深入接官亭镇", "2023-11: now 略阳县委副书记、县长 (bare 县委 on the 略阳 site)"),
        ("gv04", f"{LY}政府", "县长", "县委副书记、县长权振邦深入接官亭镇", None)], []),
    "gv:冉秀梅": ("冉秀梅", "official", ZB, [
        ("gv01", f"{ZB}政府", "副县长", "副县长冉秀梅，县发展和改革局", "2021-06"),
        ("gv02", f"{ZB}政府", "副县长", _G2_LIST, "2022-03: list after one title; also named in the 下一篇 link (chrome)")], []),
    "gv:杜海鹰": ("杜海鹰", "official", ZB, [
        ("gv01", f"{ZB}渔渡镇党委", "书记", "镇党委书记杜海鹰汇报了", "``在渔渡镇…镇党委书记`` = 渔渡镇's")], []),
    "gv:邹立峰#1": ("邹立峰", "official", ZB, [
        ("gv01", f"{ZB}水利局", "局长", "县水利局局长邹立峰关于全县汛期", "镇巴 (陕西); not the 邹立峰 of 泰来县江桥镇 (gv06, gv09)"),
        ("gv02", f"{ZB}水利局", "局长", "县水利局局长邹立峰关于全县水利建设", None),
        ("gv05", f"{ZB}水利局", "局长", "县水利局局长邹立峰介绍了", "2024-03: the same post")], []),
    "gv:罗正岚": ("罗正岚", "official", ZB, [
        ("gv02", f"{ZB}政府", "副县长", _G2_LIST, "2022-03 (identity case: 县委常委、副县长 in 2023, gv03)"),
        ("gv03", f"{ZB}委", "常委", "县委常委、副县长罗正岚参加调研", "2023-05: now also 县委常委 (bare 县委 after 镇巴县委书记)"),
        ("gv03", f"{ZB}政府", "副县长", "县委常委、副县长罗正岚参加调研", None),
        ("gv05", f"{ZB}委", "常委", "县委常委、副县长罗正岚，县人大", "2024-03"),
        ("gv05", f"{ZB}政府", "副县长", "县委常委、副县长罗正岚，县人大", None)], []),
    "gv:吴丽萍": ("吴丽萍", "official", ZB, [
        ("gv02", f"{ZB}发展和改革局", "局长", "县发展和改革局局长吴丽萍", "bare 县发展和改革局 = 镇巴's here, 泰来's in gv10")], []),
    "gv:景慧敏": ("景慧敏", "official", HZ, [
        ("gv03", f"{HZ}政府", "副市长", "副市长景慧敏到镇巴县调研", "bare 副市长 in the 汉中日报; named in the headline too")], []),
    "gv:何俊杰": ("何俊杰", "official", HZ, [
        ("gv03", f"{HZ}政府", "副秘书长", "市政府副秘书长何俊杰", None)], []),
    "gv:蒲文彬": ("蒲文彬", "official", ZB, [
        ("gv03", f"{ZB}委", "副书记", "县委副书记、县长蒲文彬", "2023-05: bare 县委 right after 镇巴县委书记; succeeds 岳成林 as 县长"),
        ("gv03", f"{ZB}政府", "县长", "县委副书记、县长蒲文彬", None),
        ("gv05", f"{ZB}委", "副书记", "县委副书记、县长蒲文彬主持推进会", "2024-03"),
        ("gv05", f"{ZB}政府", "县长", "县委副书记、县长蒲文彬主持推进会", None)], []),
    "gv:陶雅琳": ("陶雅琳", "official", LY, [
        ("gv04", f"{LY}政府", "副县长", "副县长陶雅琳，县农业农村局", None)], []),
    "gv:向明远": ("向明远", "official", LY, [
        ("gv04", f"{LY}接官亭镇党委", "书记", "接官亭镇党委书记向明远", None)], []),
    "gv:康宏伟": ("康宏伟", "official", ZB, [
        ("gv05", f"{ZB}人大常委会", "副主任", "县人大常委会副主任康宏伟", None)], []),
    "gv:牛宝山": ("牛宝山", "official", ZB, [
        ("gv05", f"{ZB}政协", "副主席", "县政协副主席牛宝山", None)], []),
    # ---- 齐齐哈尔: 泰来县, 龙江县, the city
    "gv:孟繁军": ("孟繁军", "official", TL, [
        ("gv06", f"{TL}委", "书记", "县委书记孟繁军深入江桥镇", "2021-09 (identity case: 齐齐哈尔市副市长 in 2024, gv09); named in the headline too"),
        ("gv09", f"{QQ}政府", "副市长", "副市长孟繁军到泰来县调研", "2024-04: now 副市长 (bare 副市长 on the 齐齐哈尔 site); the 相关链接's 2021 item with his old post is chrome")], []),
    "gv:白晓光": ("白晓光", "official", TL, [
        ("gv06", f"{TL}委", "副书记", "县委副书记、县长白晓光，副县长梁文秀", "2021-09"),
        ("gv06", f"{TL}政府", "县长", "县委副书记、县长白晓光，副县长梁文秀", None),
        ("gv09", f"{TL}委", "副书记", "县委副书记、县长白晓光参加调研", "2024-04: bare 县委 right after 泰来县委书记"),
        ("gv09", f"{TL}政府", "县长", "县委副书记、县长白晓光参加调研", None),
        ("gv10", f"{TL}委", "副书记", "县委副书记、县长白晓光主持召开", "2024-06"),
        ("gv10", f"{TL}政府", "县长", "县委副书记、县长白晓光主持召开", None)], []),
    "gv:梁文秀": ("梁文秀", "official", TL, [
        ("gv06", f"{TL}政府", "副县长", "副县长梁文秀陪同调研", "2021-09"),
        ("gv10", f"{TL}政府", "副县长", "副县长梁文秀出席会议", "2024-06")], []),
    "gv:邹立峰#2": ("邹立峰", "official", TL, [
        ("gv06", f"{TL}江桥镇党委", "书记", "江桥镇党委书记邹立峰汇报了", "泰来 (黑龙江); not the 邹立峰 of 镇巴县水利局 (gv01, gv02, gv05)"),
        ("gv09", f"{TL}江桥镇党委", "书记", "江桥镇党委书记邹立峰汇报了", "2024-04: the same post")], []),
    "gv:隋振海": ("隋振海", "official", LJ, [
        ("gv07", f"{LJ}委", "副书记", "县委副书记、县长隋振海到景星镇调研", "2022-07; named in the headline too"),
        ("gv07", f"{LJ}政府", "县长", "县委副书记、县长隋振海到景星镇调研", None),
        ("gv08", f"{LJ}委", "副书记", "县委副书记、县长隋振海，县委常委", "2023-08: bare 县委 right after 龙江县委书记"),
        ("gv08", f"{LJ}政府", "县长", "县委副书记、县长隋振海，县委常委", None)], []),
    "gv:韦晓东": ("韦晓东", "official", LJ, [
        ("gv07", f"{LJ}政府", "副县长", "副县长韦晓东，县水务局", "also named in the 下一篇 link (chrome)")], []),
    "gv:迟丽华": ("迟丽华", "official", LJ, [
        ("gv07", f"{LJ}景星镇党委", "书记", "景星镇党委书记迟丽华参加", "2022-07 (identity case: 县委常委、副县长 in 2023, gv08)"),
        ("gv08", f"{LJ}委", "常委", "县委常委、副县长迟丽华陪同调研", "2023-08: now 县委常委、副县长"),
        ("gv08", f"{LJ}政府", "副县长", "县委常委、副县长迟丽华陪同调研", None)], []),
    "gv:夏国栋": ("夏国栋", "official", QQ, [
        ("gv08", f"{QQ}政府", "副市长", "副市长夏国栋到龙江县调研", "bare 副市长 in the 齐齐哈尔 paper's copy; named in the headline too")], []),
    "gv:宫立群": ("宫立群", "official", LJ, [
        ("gv08", f"{LJ}委", "书记", "龙江县委书记宫立群", "also in gv07's 上一篇 link (chrome, no line there)")], []),
    "gv:葛秋实": ("葛秋实", "official", QQ, [
        ("gv09", f"{QQ}政府", "副秘书长", "市政府副秘书长葛秋实", None)], []),
    "gv:邵长山": ("邵长山", "official", TL, [
        ("gv09", f"{TL}委", "书记", "泰来县委书记邵长山", "succeeds 孟繁军; also in gv10's 相关阅读 (chrome, no line there)")], []),
    "gv:乔红梅": ("乔红梅", "official", TL, [
        ("gv10", f"{TL}委", "常委", "县委常委、常务副县长乔红梅", None),
        ("gv10", f"{TL}政府", "常务副县长", "县委常委、常务副县长乔红梅", None)], []),
    "gv:马晓晖": ("马晓晖", "official", TL, [
        ("gv10", f"{TL}发展和改革局", "局长", "县发展和改革局局长马晓晖", "bare 县发展和改革局 = 泰来's here, 镇巴's in gv02")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gv01", "周玉洁", "编辑", "editor", "编辑：周玉洁"),
    ("gv01", "苏晓禾", "审核", "editor", "审核：苏晓禾"),
    ("gv02", "周玉洁", "责任编辑", "editor", "责任编辑：周玉洁"),
    ("gv03", "庞海燕", "记者", "reporter", "本报讯（记者 庞海燕 通讯员 赵若晨）"),
    ("gv03", "赵若晨", "通讯员", "correspondent", "本报讯（记者 庞海燕 通讯员 赵若晨）"),
    ("gv03", "陈晓妮", "责任编辑", "editor", "责任编辑：陈晓妮"),
    ("gv05", "景文静", "作者", "author", "作者：景文静"),
    ("gv05", "邢春雨", "编辑", "editor", "编辑：邢春雨"),
    ("gv08", "闵涛", "记者", "reporter", "本报讯（记者 闵涛）"),
    ("gv08", "高媛媛", "编辑", "editor", "编辑：高媛媛"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gv01", "渔渡镇、盐场镇重点项目建设和防汛工作调研", "inspection (调研)", "6月17日", None, "岳成林", [],
     ["权振邦", "冉秀梅"], ["杜海鹰", "邹立峰", "岳成林", "权振邦"], "渔渡镇、盐场镇",
     "县委副书记、县长岳成林深入渔渡镇、盐场镇调研重点项目建设和防汛工作",
     ["县长岳成林深入渔渡镇、盐场镇", _G1_QZB, "副县长冉秀梅", "镇党委书记杜海鹰汇报了", "县水利局局长邹立峰关于",
      "岳成林指出", "权振邦就做好项目资金争取"]),
    ("gv02", "县政府第十一次常务会议", "meeting (县政府常务会议)", "3月15日", "岳成林", None, [ZB + "政府"],
     ["权振邦", "冉秀梅", "罗正岚"], ["吴丽萍", "邹立峰", "罗正岚", "岳成林"], None,
     "县委副书记、县长岳成林主持召开县政府第十一次常务会议",
     ["县长岳成林主持召开", _G1_QZB, _G2_LIST, "县发展和改革局局长吴丽萍关于", "县水利局局长邹立峰关于",
      "罗正岚就春耕备耕", "岳成林强调"]),
    ("gv03", "镇巴县交通基础设施建设和茶产业发展调研", "inspection (调研)", "5月18日", None, "景慧敏", [],
     ["何俊杰", "岳成林", "蒲文彬", "罗正岚"], ["蒲文彬", "罗正岚", "景慧敏", "岳成林"], "镇巴县",
     "副市长景慧敏到镇巴县调研交通基础设施建设和茶产业发展工作",
     ["副市长景慧敏到镇巴县调研", "市政府副秘书长何俊杰", "镇巴县委书记岳成林", "县长蒲文彬", "罗正岚参加调研",
      "蒲文彬汇报了", "罗正岚介绍了", "景慧敏指出", "岳成林表示"]),
    ("gv04", "接官亭镇、白水江镇特色产业发展和嘉陵江生态保护调研", "inspection (调研)", "11月21日至22日", None, "权振邦", [],
     ["陶雅琳"], ["向明远", "权振邦", "陶雅琳"], "接官亭镇、白水江镇",
     "县委副书记、县长权振邦深入接官亭镇、白水江镇，调研特色产业发展、嘉陵江生态保护和民生项目建设工作",
     ["县长权振邦深入接官亭镇、白水江镇", "副县长陶雅琳", "党委书记向明远汇报了", "权振邦指出", "陶雅琳汇报了", "权振邦强调"]),
    ("gv05", "一季度重点项目观摩", "site observation (观摩)", "3月27日", None, "岳成林", [ZB],
     ["蒲文彬", "罗正岚", "康宏伟", "牛宝山"], ["邹立峰"], "镇巴县",
     "县委书记岳成林带队观摩并讲话",
     ["县委书记岳成林带队观摩", "县长蒲文彬主持推进会", "县委常委、副县长罗正岚", "县人大常委会副主任康宏伟",
      "县政协副主席牛宝山参加", "县水利局局长邹立峰介绍了"]),
    ("gv05", "一季度重点项目推进会", "meeting (推进会)", "3月27日", "蒲文彬", None, [ZB],
     ["岳成林", "罗正岚", "康宏伟", "牛宝山"], ["罗正岚", "岳成林", "蒲文彬"], None,
     "在随后召开的推进会上，罗正岚通报了一季度全县重点项目建设进展和观摩评分情况",
     ["县长蒲文彬主持推进会", "岳成林带队观摩并讲话", "县政协副主席牛宝山参加", "罗正岚通报了", "岳成林强调", "蒲文彬要求"]),
    ("gv06", "江桥镇秋收准备、重点项目建设和嫩江堤防调研", "inspection (调研)", "9月9日", None, "孟繁军", [],
     ["白晓光", "梁文秀"], ["邹立峰", "梁文秀", "孟繁军", "白晓光"], "江桥镇",
     "县委书记孟繁军深入江桥镇调研秋收准备、重点项目建设和嫩江堤防工作",
     ["县委书记孟繁军深入江桥镇", "县长白晓光", "副县长梁文秀陪同调研", "江桥镇党委书记邹立峰汇报了", "梁文秀介绍了",
      "孟繁军指出", "白晓光表示"]),
    ("gv07", "景星镇防汛和项目建设调研", "inspection (调研)", "7月13日", None, "隋振海", [],
     ["韦晓东", "迟丽华"], ["迟丽华", "隋振海", "韦晓东"], "景星镇",
     "县委副书记、县长隋振海到景星镇调研防汛和项目建设工作",
     ["县长隋振海到景星镇调研", "副县长韦晓东", "景星镇党委书记迟丽华参加", "迟丽华汇报了", "隋振海强调", "韦晓东就做好汛期"]),
    ("gv08", "龙江县肉牛产业发展和灾后恢复重建调研", "inspection (调研)", "8月24日", None, "夏国栋", [],
     ["宫立群", "隋振海", "迟丽华"], ["隋振海", "迟丽华", "夏国栋", "宫立群"], "龙江县",
     "副市长夏国栋到龙江县调研肉牛产业发展和灾后恢复重建工作",
     ["副市长夏国栋到龙江县调研", "龙江县委书记宫立群", "县长隋振海", "副县长迟丽华陪同调研", "隋振海汇报了", "迟丽华介绍了",
      "夏国栋指出", "宫立群表示"]),
    ("gv09", "泰来县春耕生产、重点项目建设和森林草原防灭火调研", "inspection (调研)", "4月16日", None, "孟繁军", [],
     ["葛秋实", "邵长山", "白晓光"], ["邹立峰", "白晓光", "孟繁军", "邵长山"], "泰来县",
     "副市长孟繁军到泰来县调研春耕生产、重点项目建设和森林草原防灭火工作",
     ["副市长孟繁军到泰来县调研", "市政府副秘书长葛秋实", "泰来县委书记邵长山", "县长白晓光参加调研", "江桥镇党委书记邹立峰汇报了",
      "白晓光汇报了", "孟繁军对泰来县春耕准备工作给予肯定", "邵长山表示"]),
    ("gv10", "县政府第二十三次常务会议", "meeting (县政府常务会议)", "6月19日", "白晓光", None, [TL + "政府"],
     ["乔红梅", "梁文秀"], ["马晓晖", "梁文秀", "乔红梅", "白晓光"], None,
     "县委副书记、县长白晓光主持召开县政府第二十三次常务会议",
     ["县长白晓光主持召开", "常务副县长乔红梅", "副县长梁文秀出席会议", "县发展和改革局局长马晓晖关于", "听取了梁文秀关于",
      "乔红梅就上半年经济运行", "白晓光强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gv01", "渔渡镇树花菜精深加工产业园", "industrial_park", "渔渡镇树花菜精深加工产业园和渔渡至盐场公路改建工程"),
    ("gv01", "渔渡至盐场公路改建工程", "infrastructure_project", "渔渡至盐场公路改建工程施工现场"),
    ("gv01", "泾洋河盐场段防洪堤加固工程", "engineering_work", "察看了泾洋河盐场段防洪堤加固工程"),
    ("gv02", "镇巴县城南新区安置小区二期", "housing_project", "将镇巴县城南新区安置小区二期"),
    ("gv02", "镇巴至碾子公路提升改造工程", "infrastructure_project", "镇巴至碾子公路提升改造工程、巴山镇"),
    ("gv02", "巴山镇茶旅融合示范园", "project", "巴山镇茶旅融合示范园等48个项目"),
    ("gv03", "镇巴至碾子公路提升改造工程", "infrastructure_project", "先后来到镇巴至碾子公路提升改造工程"),
    ("gv03", "镇巴汽车客运站迁建项目", "infrastructure_project", "镇巴汽车客运站迁建项目和巴山镇"),
    ("gv03", "巴山镇茶旅融合示范园", "project", "巴山镇茶旅融合示范园，实地察看"),
    ("gv04", "略阳乌鸡全产业链示范园", "industrial_park", "来到略阳乌鸡全产业链示范园"),
    ("gv04", "嘉陵江略阳段生态修复工程", "greening_project", "察看了嘉陵江略阳段生态修复工程"),
    ("gv04", "白水江镇污水处理站建设项目", "infrastructure_project", "白水江镇污水处理站建设项目，详细了解"),
    ("gv05", "镇巴县城南新区安置小区二期", "housing_project", "先后来到镇巴县城南新区安置小区二期"),
    ("gv05", "镇巴汽车客运站迁建项目", "infrastructure_project", "镇巴汽车客运站迁建项目、渔渡镇"),
    ("gv05", "渔渡镇树花菜精深加工产业园二期", "industrial_park", "渔渡镇树花菜精深加工产业园二期和"),
    ("gv05", "泾洋河城区段综合治理工程", "engineering_work", "泾洋河城区段综合治理工程，每到一处"),
    ("gv06", "江桥镇万亩水稻高标准农田建设项目", "project", "江桥镇万亩水稻高标准农田建设项目区"),
    ("gv06", "嫩江泰来段堤防加固工程", "engineering_work", "嫩江泰来段堤防加固工程施工现场"),
    ("gv06", "江桥抗战纪念馆提升改造项目", "project", "江桥抗战纪念馆提升改造项目，边看边问"),
    ("gv07", "雅鲁河景星段防洪治理工程", "engineering_work", "雅鲁河景星段防洪治理工程现场"),
    ("gv07", "景星镇肉牛养殖示范园区", "industrial_park", "来到景星镇肉牛养殖示范园区"),
    ("gv07", "景星至龙兴公路改建工程", "infrastructure_project", "景星至龙兴公路改建工程现场"),
    ("gv08", "景星镇肉牛养殖示范园区", "industrial_park", "先后来到景星镇肉牛养殖示范园区"),
    ("gv08", "龙江县兴牧肉牛屠宰加工项目", "project", "龙江县兴牧肉牛屠宰加工项目"),
    ("gv08", "雅鲁河景星段防洪治理工程", "engineering_work", "雅鲁河景星段防洪治理工程，察看"),
    ("gv09", "江桥镇万亩水稻高标准农田建设项目", "project", "先后来到江桥镇万亩水稻高标准农田建设项目区"),
    ("gv09", "泰来县绿色大米产业园", "industrial_park", "泰来县绿色大米产业园和嫩江"),
    ("gv09", "嫩江泰来段堤防加固工程", "engineering_work", "嫩江泰来段堤防加固工程，察看"),
    ("gv10", "泰来县绿色大米产业园", "industrial_park", "泰来县绿色大米产业园、泰来镇"),
    ("gv10", "泰来镇老旧小区改造项目", "housing_project", "泰来镇老旧小区改造项目和"),
    ("gv10", "嫩江泰来段堤防加固工程", "engineering_work", "嫩江泰来段堤防加固工程进展顺利"),
    ("gv10", "江桥抗战纪念馆提升改造项目", "project", "江桥抗战纪念馆提升改造项目已完成主体施工"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gv01", "渔渡镇", "town", "standalone", "6月17日，县委副书记、县长岳成林深入渔渡镇"),
    ("gv01", "盐场镇", "town", "standalone", "在盐场镇，岳成林察看了"),
    ("gv01", "渔渡", "town", "in_project_name", "渔渡至盐场公路改建工程施工现场"),
    ("gv01", "盐场", "town", "in_project_name", "渔渡至盐场公路改建工程施工现场"),
    ("gv01", "泾洋河", "river", "in_project_name", "察看了泾洋河盐场段防洪堤加固工程"),
    ("gv02", "镇巴县", "county", "in_project_name", "将镇巴县城南新区安置小区二期"),
    ("gv02", "城南新区", "area", "in_project_name", "将镇巴县城南新区安置小区二期"),
    ("gv02", "镇巴", "county", "in_project_name", "镇巴至碾子公路提升改造工程、巴山镇"),
    ("gv02", "碾子", "town", "in_project_name", "镇巴至碾子公路提升改造工程、巴山镇"),
    ("gv02", "巴山镇", "town", "in_project_name", "巴山镇茶旅融合示范园等48个项目"),
    ("gv03", "镇巴县", "county", "standalone", "副市长景慧敏到镇巴县调研"),
    ("gv03", "镇巴", "county", "standalone", "镇巴地处秦巴山区腹地"),
    ("gv03", "秦巴山区", "region", "standalone", "镇巴地处秦巴山区腹地"),
    ("gv03", "碾子", "town", "in_project_name", "先后来到镇巴至碾子公路提升改造工程"),
    ("gv03", "巴山镇", "town", "standalone", "在巴山镇，蒲文彬汇报了"),
    ("gv04", "接官亭镇", "town", "standalone", "在接官亭镇，权振邦来到"),
    ("gv04", "白水江镇", "town", "standalone", "在白水江镇，权振邦实地察看了"),
    ("gv04", "嘉陵江", "river", "standalone", "坚决扛起守护嘉陵江一江清水的政治责任"),
    ("gv04", "略阳", "county", "in_project_name", "来到略阳乌鸡全产业链示范园"),
    ("gv05", "镇巴县", "county", "standalone", "3月27日，镇巴县召开"),
    ("gv05", "城南新区", "area", "in_project_name", "先后来到镇巴县城南新区安置小区二期"),
    ("gv05", "镇巴", "county", "in_project_name", "镇巴汽车客运站迁建项目、渔渡镇"),
    ("gv05", "渔渡镇", "town", "in_project_name", "渔渡镇树花菜精深加工产业园二期和"),
    ("gv05", "泾洋河", "river", "standalone", "在泾洋河城区段，县水利局局长"),
    ("gv06", "江桥镇", "town", "standalone", "县委书记孟繁军深入江桥镇"),
    ("gv06", "嫩江", "river", "standalone", "重点项目建设和嫩江堤防工作"),
    ("gv06", "泰来", "county", "in_project_name", "嫩江泰来段堤防加固工程施工现场"),
    ("gv06", "江桥抗战纪念馆", "venue", "standalone", "江桥抗战纪念馆是全国爱国主义教育示范基地"),
    ("gv07", "景星镇", "town", "standalone", "县长隋振海到景星镇调研"),
    ("gv07", "雅鲁河", "river", "standalone", "加强雅鲁河沿线巡查值守"),
    ("gv07", "景星", "town", "in_project_name", "景星至龙兴公路改建工程现场"),
    ("gv07", "龙兴", "town", "in_project_name", "景星至龙兴公路改建工程现场"),
    ("gv08", "龙江县", "county", "standalone", "副市长夏国栋到龙江县调研"),
    ("gv08", "景星镇", "town", "in_project_name", "先后来到景星镇肉牛养殖示范园区"),
    ("gv08", "雅鲁河", "river", "standalone", "今年汛期雅鲁河沿线灾后恢复重建情况"),
    ("gv08", "景星", "town", "in_project_name", "雅鲁河景星段防洪治理工程，察看"),
    ("gv09", "泰来县", "county", "standalone", "副市长孟繁军到泰来县调研"),
    ("gv09", "江桥镇", "town", "in_project_name", "先后来到江桥镇万亩水稻高标准农田建设项目区"),
    ("gv09", "嫩江", "river", "in_project_name", "嫩江泰来段堤防加固工程，察看"),
    ("gv09", "泰来", "county", "in_project_name", "嫩江泰来段堤防加固工程，察看"),
    ("gv10", "泰来县", "county", "in_project_name", "泰来县绿色大米产业园、泰来镇"),
    ("gv10", "泰来镇", "town", "in_project_name", "泰来镇老旧小区改造项目和"),
    ("gv10", "嫩江", "river", "standalone", "嫩江已进入主汛期"),
    ("gv10", "泰来", "county", "in_project_name", "嫩江泰来段堤防加固工程进展顺利"),
    ("gv10", "江桥抗战纪念馆", "venue", "in_project_name", "江桥抗战纪念馆提升改造项目已完成主体施工"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gv", conventions="set gv (blind set: heavy government-portal chrome — 信息公开 index tables (索引号 / 主题分类 / 发布机构 / 发文日期 / 名称, table rows or one bulleted field a line), 附件 lists, 相关链接 / 相关阅读 / 推荐阅读 / 本版其他文章 lists naming other places and leaders, 上一篇 / 下一篇 with titles, 扫一扫, 网站地图, 无障碍 / 长者模式 / 关怀版 / 适老化 bars, comment sections — around county leader news in 陕西 汉中 (镇巴县, 略阳县, the 汉中日报) and 黑龙江 齐齐哈尔 (泰来县, 龙江县, the city site and news portal); chrome gives nothing, the index table's 名称 starts the article, 附件 and comments are chrome; bare organs take the page's county or, in the city paper / site, the county just named or the city; one line per post per article)",
          persons_note="Set gv persons. id = corpus-wide person_id (gv:邹立峰#1 of 镇巴县水利局 (陕西) and gv:邹立峰#2 of 泰来县江桥镇 (黑龙江) are two people; gv:岳成林 镇巴县长 2021–22 → 县委书记 2023–24; gv:权振邦 镇巴常务副县长 2021–22 → 略阳县长 2023; gv:孟繁军 泰来县委书记 2021 → 齐齐哈尔市副市长 2024; gv:迟丽华 景星镇党委书记 2022 → 龙江县委常委、副县长 2023; gv:罗正岚 镇巴副县长 2022 → 县委常委、副县长 2023–24; officials named only in chrome (相关链接, 上一篇 / 下一篇, 推荐阅读) are not listed for those pages)")


if __name__ == "__main__":
    main()
