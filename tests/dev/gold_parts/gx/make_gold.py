"""Write gold part ``gx`` (a blind set, held-out-like mix, 21st round: 湖南, 湖北, 安徽, 广西, 云南, 甘肃 — county and
county-level-city government sites, city-paper e-editions and a county 新闻网 portal; leaders' 调研, 督导, 会议, 招商 and
项目开工; long attendee lists mixing county leaders and department heads; officials who move to a neighbouring county)
from the tables below.

Pages ``tests/dev/texts/gx*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (corpus ``pages``; none copied): the 岳阳县 site (a new 县委书记's
调研 of a 综合治理工程, ``县委常委、县委办主任…，县委常委、副县长…一同调研``); the 红网 龙山站 page (``红网龙山站7月10日讯
(记者 …)``, ``县委副书记、县长…，县委副书记…，县人大常委会主任…陪同调研或参加座谈会，县政府办、工业园管委会、发改、国土…
等部门参加座谈会``); the 澧县 page of the 公安县 党政代表团 (``澧县县领导…陪同考察或参加座谈``); the 新湖南 华容 page (``责编 /
一审 / 二审 / 三审``); the 定远县 site (``当前位置: 网站首页 > 要闻速递``, ``发布时间:2021-11-21 10:21 来源:县融媒体中心 作者:…
浏览:``, ``【字体大小:``, ``县委书记…作动员讲话，县委副书记、县长…主持会议，县领导…及县直相关单位主要负责人参加会议``); the
人民网 page of a 定远 集中签约 (``市人大常委会副主任、县委书记…致辞…县委常委、常务副县长…主持仪式``); the 寿县 site's 县长
会见客商 (``县委常委、副县长…出席座谈会``, ``初审: 责编: 终审:``); the 滁州新闻网 凤阳 page; the 禄劝 and 永胜 集中开工 pages
(``县委书记…宣布项目开工，县委副书记、县长…出席仪式并讲话``); the 大理日报 / 云南网 开工 page (``州委副书记、州长…致辞``); the
丘北 融媒体 page (``丨记者: 丨编辑: 丨责编: 丨审核:``); the 桂平 融媒体 account (``市委书记…检查督导…市委常委、副市长…随同
检查``, ``主管| 出品| 来源| 采写| 编辑| 审核|``); the 来宾日报 安全生产 page (``来宾网--来宾日报讯(记者 …)``); the 右江日报 田东
page (``本报讯 (记者 …)``, ``新闻推荐``); the 通城 云上 portal (``【全媒体记者 …】``, ``县领导…参加``); the 秦安 县委常委会议
page (``縣人大常委會主任…、縣政協主席…及有關部門負責人列席會議``); the 甘州区 纪委 page of a 全委 (扩大) 会议; the 天水 麦积 督查
page (``市委常委、常務副市長…，市政府副秘書長…，市發改委主任…一同督查``); the 庆阳 网 pages (``慶陽網訊 (記者 …)``).
Places are real: 湖南 常德 (石门县, 临澧县 — neighbours), 湖北 宜昌 (当阳市, 远安县 — neighbours), 安徽 滁州 (定远县, 凤阳县
— neighbours), 广西 玉林 (博白县), 云南 红河州 (建水县), 甘肃 庆阳 (合水县, 宁县 — neighbours).

Shapes: the 石门县 site (``当前位置``, ``发布时间 / 来源 / 作者 / 浏览次数``, 字号, 上一篇 / 下一篇, footer with 湘ICP备 and
网站标识码) of a 集中开工仪式 with 书记 (宣布开工), 县长 (讲话), 人大 / 政协 heads, a 县委常委、县委办公室主任, a 副县长, the 常务
副县长 (主持) and the 县发改局 / 县自然资源局 heads (gx01, March 2023); the 常德日报 第01版 (two-line headline, 本版导读) of the
市长's 调研 of 临澧县 whose 县长 is the former 石门 常务副县长 (gx02, Oct 2024); the 当阳市 site (a county-level city:
bare 市委 / 市长 / 市X局 are 当阳's) of the 市长's 督导 of two towns (gx03, June 2023); the 远安新闻网 portal (share buttons,
相关新闻, ``远安新闻网讯（全媒体记者 …）``) of a 项目观摩拉练 and its 点评会 led by the former 当阳 市长, now 远安县委书记 (gx04, Dec
2024); the 定远县 site of the 县长's 会见 of a company chairman and the 签约仪式 (gx05, May 2024); the 滁州日报 第A1版 of the
市 观摩活动 in 定远 and 凤阳 and its 点评会: the former 定远 县长 is now 定远县委书记, the former 定远 常务副县长 now 凤阳 县长 (gx06,
April 2025); the 博白县 site of the 县委书记's 督导 with department heads and two town secretaries (gx07, Aug 2023); the 建水县
site of a 集中开工仪式 with a 州委常委、副州长 and ``丨记者 丨编辑 丨审核`` lines (gx08, July 2024); the 合水县 site of a 县委常委会
（扩大）会议 with 出席 常委, 列席 人大 / 政协 heads and 列席 department heads (gx09, Nov 2023); the 陇东报 第01版 of the 市长's 调研
of 宁县 and 合水县: the former 合水 常务副县长 is now 宁县 县长 (gx10, May 2024).

Identity cases:
- gx:卓立平 moves to a neighbouring county: 石门县委常委、常务副县长 (gx01, March 2023) → 临澧县委副书记、县长 (gx02, Oct 2024).
- gx:颜振邦 moves to a neighbouring county: 当阳市委副书记、市长 (gx03, June 2023) → 远安县委书记 (gx04, Dec 2024).
- gx:苗振川, a 县长 who becomes 县委书记 in the same county: 定远县委副书记、县长 (gx05, May 2024) → 定远县委书记 (gx06, April 2025).
- gx:戴文翰 moves to a neighbouring county: 定远县委常委、常务副县长 (gx05, 2024) → 凤阳县委副书记、县长 (gx06, 2025).
- gx:巩德林 moves to a neighbouring county: 合水县委常委、常务副县长 (gx09, Nov 2023) → 宁县委副书记、宁县政府县长 (gx10, May 2024).
- the same officials on two pages: gx:贺志坚 (合水县委书记, 2023 and 2024), gx:司晓军 (合水县长, 2023 and 2024).
- two different 罗德昌 in unrelated places: gx:罗德昌#1 is 博白县自然资源局局长 (广西 玉林, gx07, 2023); gx:罗德昌#2 is 建水县
  副县长 (云南 红河, gx08, 2024).
- one organ name of different places: bare ``县发改局局长`` is 石门's (gx01), 远安's (gx04), 定远's (gx05) and 合水's (gx09);
  bare ``县自然资源局局长`` is 石门's (gx01), 博白's (gx07) and 合水's (gx09); bare ``市委副书记、市长`` is 常德's in the 常德日报
  (gx02), 当阳's on the 当阳市 site (gx03), 滁州's in the 滁州日报 (gx06) and 庆阳's in the 陇东报 (gx10); bare ``县委副书记、县长``
  right after ``X县委书记`` in a city paper is 临澧's (gx02), 凤阳's (gx06), 宁县's and 合水's (gx10); bare ``县委书记`` is 石门's,
  远安's, 博白's, 建水's and 合水's on their sites.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, gu, gs, ak, dz where they speak; decided here where they are silent):
- Labels: 石门县, 临澧县, 远安县, 定远县, 凤阳县, 博白县, 建水县, 合水县 (one county of each name, no city prefix); 宁县 + 委
  → ``宁县委`` (``宁县县委书记`` → 宁县委 书记, as ac's 曹县委, aq's 康县委); 当阳市 (county-level city); 常德市, 滁州市, 庆阳市;
  the 州 of 建水 is ``红河哈尼族彝族自治州`` (full name, as ak's 恩施土家族苗族自治州). Towns take their county or county-level
  city: 石门县皂市镇党委, 临澧县合口镇党委, 当阳市河溶镇党委, 远安县旧县镇党委, 博白县水鸣镇党委.
- Bare organs take the page's place or its parent of the right level (bs, gs, gu): on a county site bare 县委 / 县长 / 县X局 are
  that county's; on the 当阳市 site (a county-level city) bare 市委 / 市长 / 副市长 / 市X局 are 当阳市's; on the 建水 site
  ``州委常委、副州长`` → 红河哈尼族彝族自治州委 常委 + 红河哈尼族彝族自治州政府 副州长; in a city paper bare 市委 / 市长 /
  副市长 / 市政府秘书长 / 市发改委 are the paper's city, and a bare ``县委副书记、县长`` right after ``X县委书记`` is X's.
- Departments as written after the label: ``县发改局局长`` → X县发改局 局长; ``县发展和改革局局长`` → 建水县发展和改革局 局长;
  ``市发改委主任`` → 常德市发改委 主任; ``市水利和湖泊局局长`` → 当阳市水利和湖泊局 局长; ``县委办公室主任`` → 石门县委办公室
  主任; ``组织部部长`` after ``县委常委`` → 合水县委组织部 部长; ``市委常委、秘书长`` → 滁州市委 常委 + 滁州市委 秘书长 (bs, gu);
  ``市政府秘书长`` → 常德市政府 秘书长. DECIDED HERE: ``县投资促进中心主任`` → 定远县投资促进中心 主任 (a body of the county
  government, as earlier parts' 城固县招商服务中心 主任). A county's 经济开发区 keeps the name its page writes (gu):
  ``县委常委、定远经济开发区党工委书记`` → 定远县委 常委 + 定远经济开发区党工委 书记.
- Not posts: ``县领导`` (``…等县领导``), ``县直单位主要负责人``, a company's 董事长 (庞立堃: ``company_executive``, no line),
  ``企业代表``. One line per post per article; a person named in the headline and the body has one line (evidence from the body).
- Events: 调研 / 督导 are ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 作了说明 / 指出 / 强调 / 要求 / 表示 / 作了
  安排 speakers). A 集中开工仪式 is ``ceremony (集中开工仪式)`` (ad, cy): chair 主持; 宣布开工 / 讲话 / 致辞 / 介绍 speakers; 出席 /
  参加 attendees. The 观摩拉练 (gx04) and the 市 观摩活动 (gx06) are ``site observation`` (CONVENTIONS), led by the 书记 who 带队;
  the 点评会 after each is a meeting of its own (bq, gu); DECIDED HERE: in gx06 the county leaders who ``在现场介绍`` are speakers
  of the observation (not attendees: the page does not say they joined the tour), and ``参加活动`` officials are attendees of
  both events. The 会见 is ``meeting (会见)`` without chair (host, guest, ``参加会见`` officials attendees, gu) and the 签约仪式 a
  ``ceremony (签约仪式)`` of its own (chair 主持; those who ``共同出席`` / 签订 / ``参加签约仪式`` attendees). The 县委常委会（扩大）
  会议 is ``meeting (县委常委会会议)``: chair 主持; 出席 and 列席 officials attendees; 汇报 / 作了安排 / 强调 / 要求 speakers.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``本报讯（记者 …）``, ``庆阳网讯（记者 …）``, ``远安新闻网讯（全媒体记者 …）`` and
  ``丨记者：…`` are reporter / correspondent lines; the portal stamp ``作者：孙一苇`` repeating the 记者 credit gives no second line
  (gu); DECIDED HERE: a stamp ``作者：…`` with no 记者 byline in the page (gx01 黎书远, gx05 蔡梦琪) is an author line; 编辑 / 责任编辑
  / 审核 editor lines. Source credits (``（市应急管理局供稿）``, ``来源：县投资促进中心``) are no persons.
- Projects: named works opened, visited or pushed: a 产业园 and its numbered phase ``industrial_park``; a 冷链物流园 / 冷链物流中心
  ``logistics_hub``; a 道路 / 公路改建 / 排涝泵站 / 污水管网 / 集中供热 work ``infrastructure_project``; a 堤防加固工程 / 防洪治理工程
  ``engineering_work``; a river's 综合治理工程 ``greening_project`` (gs, gu); a 老旧小区改造项目 ``housing_project``; a hospital's
  搬迁项目, a 烘储中心建设项目, a 示范园 of farming, a 文化园提质改造项目, a 农文旅融合项目 and a company's named 年产…项目
  ``project``. Not projects: ``地质灾害隐患点``, unnamed ``危险化学品储存企业``, ``项目储备``.
- Places: one line per name per file, as written; a county's short name standing in the body or a headline (临澧, 定远, 凤阳,
  建水) is a line of its own (gu); places inside titles, organ references and project names count; ``盐化工园区`` (a park inside
  定远经济开发区) is a ``zone_park`` (bq). Not annotated: site lines, mastheads, breadcrumbs, 来源 lines, bylines and dateline
  brands (``庆阳网讯``), footers and addresses, 上一篇 / 下一篇 / 相关链接 / 相关新闻 / 本版导读 / 往期回顾 lists, company names
  (江苏睿聚…).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SM, LL, DY, YA = "石门县", "临澧县", "当阳市", "远安县"
DYU, FY, BB, JS = "定远县", "凤阳县", "博白县", "建水县"
HS, NX = "合水县", "宁县"
CD, CZ, QY = "常德市", "滁州市", "庆阳市"
HH = "红河哈尼族彝族自治州"
DYZ = "定远经济开发区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gx01_shimen.txt": (2023, "发布时间：2023-03-16 09:42", SM, [
        ("石门县2023年一季度重大项目集中开工", "3月15日上午", "2023-03-15", "3月15日上午，石门县",
         "county site: 集中开工仪式 (书记 宣布开工, 县长 讲话, 常务副县长 主持); 人大 / 政协 heads, 县委办公室主任, 副县长, 县发改局 / 县自然资源局 heads, a town secretary")]),
    "gx02_linli.txt": (2024, "2024年10月23日　星期三", CD, [
        ("殷启航在临澧县调研时强调", "10月22日", "2024-10-22", "本报讯（记者 向莉莎 通讯员 龙晨阳）10月22日",
         "city paper 第01版: the 市长's 调研 of 临澧县; the county's 县长 is the former 石门 常务副县长")]),
    "gx03_dangyang.txt": (2023, "日期：2023-06-14", DY, [
        ("颜振邦督导防汛备汛和安全生产工作", "6月13日", "2023-06-13", "6月13日，市委副书记",
         "county-level city site: the 市长's 督导 of two towns with a 市委常委、副市长 and two 市 department heads")]),
    "gx04_yuanan.txt": (2024, "2024-12-06 08:45:12", YA, [
        ("颜振邦带队开展全县重点项目观摩拉练", "12月5日", "2024-12-05", "远安新闻网讯（全媒体记者 孙一苇）12月5日",
         "county 新闻网 portal: 观摩拉练 and 点评会 led by the former 当阳 市长, now 远安县委书记")]),
    "gx05_dingyuan.txt": (2024, "发布时间：2024-05-21 16:35", DYU, [
        ("苗振川会见江苏睿聚高分子材料有限公司客商并出席项目签约仪式", "5月20日下午", "2024-05-20", "5月20日下午，县委副书记",
         "county site: the 县长's 会见 of a company chairman and the 签约仪式; 常务副县长, a 经济开发区 党工委书记, department heads")]),
    "gx06_chuzhou.txt": (2025, "2025年04月17日　星期四", CZ, [
        ("全市一季度重点项目观摩活动在定远凤阳举行", "4月16日", "2025-04-16", "本报讯（记者 杭晓雯）4月16日",
         "city paper 第A1版: 市 观摩活动 in 定远 and 凤阳 and its 点评会; 苗振川 now 定远县委书记, 戴文翰 now 凤阳 县长")]),
    "gx07_bobai.txt": (2023, "发布时间：2023-08-10 10:05", BB, [
        ("谭国樑到水鸣镇龙潭镇督导防汛救灾和重大项目建设工作", "8月9日", "2023-08-09", "8月9日，县委书记",
         "county site: the 县委书记's 督导 with a 县委常委、副县长, three department heads (罗德昌#1) and two town secretaries")]),
    "gx08_jianshui.txt": (2024, "时间：2024-07-03 18:20", JS, [
        ("建水县2024年三季度重大项目集中开工", "7月2日上午", "2024-07-02", "7月2日上午，建水县",
         "county site: 集中开工仪式 with a 州委常委、副州长 (宣布开工), 书记 致辞, 县长 主持; 副县长 罗德昌#2")]),
    "gx09_heshui.txt": (2023, "发布时间：2023-11-08 17:26", HS, [
        ("贺志坚主持召开县委常委会（扩大）会议", "11月7日", "2023-11-07", "11月7日，县委书记",
         "county site: 县委常委会（扩大）会议; 出席 常委, 列席 人大 / 政协 heads and department heads")]),
    "gx10_qingyang.txt": (2024, "2024年05月16日　星期四", QY, [
        ("党振川在宁县合水县调研时要求", "5月15日", "2024-05-15", "庆阳网讯（记者 牛晓婷）5月15日",
         "city paper 第01版: the 市长's 调研 of 宁县 and 合水县; 巩德林 now 宁县 县长")]),
}

_GX01_QIN = "县委常委、县委办公室主任覃春燕"
_GX01_ZHUO = "县委常委、常务副县长卓立平主持仪式"
_GX04_RAN = "县委副书记、县长冉启帆"
_GX04_WU = "县委常委、常务副县长伍思捷"
_GX05_MIAO = "5月20日下午，县委副书记、县长苗振川会见了"
_GX05_DAI = "县委常委、常务副县长戴文翰"
_GX05_BAO = "县委常委、定远经济开发区党工委书记鲍青松"
_GX06_REN = "市委副书记、市长任浩宇主持点评会"
_GX06_TANG = "市委常委、秘书长汤新民"
_GX06_DAI = "凤阳县委书记温立新，县委副书记、县长戴文翰"
_GX07_PANG = "县委常委、副县长庞业勤"
_GX08_PU = "州委常委、副州长普卫华宣布项目开工"
_GX08_LI = "县委副书记、县长李绍岚主持仪式"
_GX08_LU = "县委常委、常务副县长陆家骅"
_GX09_SI = "县委副书记、县长司晓军"
_GX09_GONG = "县委常委、常务副县长巩德林"
_GX09_MU = "县委常委、组织部部长慕彩霞"
_GX10_DANG = "市委副书记、市长党振川深入宁县"
_GX10_GONG = "宁县县委书记寇建新，县委副书记、县长巩德林陪同调研"
_GX10_SI = "合水县委书记贺志坚，县委副书记、县长司晓军"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湖南 常德: 石门县, 临澧县
    "gx:彭振岳": ("彭振岳", "official", SM, [
        ("gx01", f"{SM}委", "书记", "县委书记彭振岳宣布项目开工", None)], []),
    "gx:龚宏亮": ("龚宏亮", "official", SM, [
        ("gx01", f"{SM}委", "副书记", "县委副书记、县长龚宏亮讲话", None),
        ("gx01", f"{SM}政府", "县长", "县委副书记、县长龚宏亮讲话", None)], []),
    "gx:田秀珍": ("田秀珍", "official", SM, [
        ("gx01", f"{SM}人大常委会", "主任", "县人大常委会主任田秀珍", None)], []),
    "gx:易国清": ("易国清", "official", SM, [
        ("gx01", f"{SM}政协", "主席", "县政协主席易国清", None)], []),
    "gx:覃春燕": ("覃春燕", "official", SM, [
        ("gx01", f"{SM}委", "常委", _GX01_QIN, None),
        ("gx01", f"{SM}委办公室", "主任", _GX01_QIN, "as written (县委办公室)")], []),
    "gx:郑永森": ("郑永森", "official", SM, [
        ("gx01", f"{SM}政府", "副县长", "副县长郑永森出席仪式", None)], []),
    "gx:卓立平": ("卓立平", "official", SM, [
        ("gx01", f"{SM}委", "常委", _GX01_ZHUO, "2023-03 (identity case: 临澧县长 in 2024, gx02 — a neighbouring county)"),
        ("gx01", f"{SM}政府", "常务副县长", _GX01_ZHUO, None),
        ("gx02", f"{LL}委", "副书记", "临澧县委书记曾广宇，县委副书记、县长卓立平陪同", "2024-10: bare 县委 right after 临澧县委书记 = 临澧's"),
        ("gx02", f"{LL}政府", "县长", "临澧县委书记曾广宇，县委副书记、县长卓立平陪同", None)], []),
    "gx:宋建波": ("宋建波", "official", SM, [
        ("gx01", f"{SM}发改局", "局长", "县发改局局长宋建波", "bare 县发改局 on the 石门 site (远安's in gx04, 定远's in gx05, 合水's in gx09)")], []),
    "gx:邹婉华": ("邹婉华", "official", SM, [
        ("gx01", f"{SM}自然资源局", "局长", "县自然资源局局长邹婉华", None)], []),
    "gx:向红英": ("向红英", "official", SM, [
        ("gx01", f"{SM}皂市镇党委", "书记", "皂市镇党委书记向红英", None)], []),
    "gx:黎书远": ("黎书远", "author", "石门县融媒体中心", [], []),
    "gx:覃晓雯": ("覃晓雯", "editor", SM, [], []),
    "gx:殷启航": ("殷启航", "official", CD, [
        ("gx02", f"{CD}委", "副书记", "市委副书记、市长殷启航到临澧县调研", "named in the headline too; bare 市委 in the 常德日报 = 常德's"),
        ("gx02", f"{CD}政府", "市长", "市委副书记、市长殷启航到临澧县调研", None)], []),
    "gx:柏云涛": ("柏云涛", "official", CD, [
        ("gx02", f"{CD}政府", "秘书长", "市政府秘书长柏云涛", None)], []),
    "gx:瞿卫平": ("瞿卫平", "official", CD, [
        ("gx02", f"{CD}发改委", "主任", "市发改委主任瞿卫平参加调研", None)], []),
    "gx:曾广宇": ("曾广宇", "official", LL, [
        ("gx02", f"{LL}委", "书记", "临澧县委书记曾广宇", None)], []),
    "gx:覃艳秋": ("覃艳秋", "official", LL, [
        ("gx02", f"{LL}合口镇党委", "书记", "在合口镇，镇党委书记覃艳秋", None)], []),
    # ---- 湖北 宜昌: 当阳市, 远安县
    "gx:颜振邦": ("颜振邦", "official", "宜昌市", [
        ("gx03", f"{DY}委", "副书记", "6月13日，市委副书记、市长颜振邦带队", "2023-06: bare 市委 on the 当阳市 site = 当阳's (identity case: 远安县委书记 in 2024, gx04 — a neighbouring county)"),
        ("gx03", f"{DY}政府", "市长", "6月13日，市委副书记、市长颜振邦带队", None),
        ("gx04", f"{YA}委", "书记", "12月5日，县委书记颜振邦带队", "2024-12: now 远安县委书记; named in the headline too")], []),
    "gx:程家麟": ("程家麟", "official", DY, [
        ("gx03", f"{DY}委", "常委", "市委常委、副市长程家麟", None),
        ("gx03", f"{DY}政府", "副市长", "市委常委、副市长程家麟", None)], []),
    "gx:汪海平": ("汪海平", "official", DY, [
        ("gx03", f"{DY}应急管理局", "局长", "市应急管理局局长汪海平", None)], []),
    "gx:熊丽君": ("熊丽君", "official", DY, [
        ("gx03", f"{DY}水利和湖泊局", "局长", "市水利和湖泊局局长熊丽君", None)], []),
    "gx:付远征": ("付远征", "official", DY, [
        ("gx03", f"{DY}河溶镇党委", "书记", "在河溶镇，镇党委书记付远征", None)], []),
    "gx:舒宏斌": ("舒宏斌", "official", DY, [
        ("gx03", f"{DY}草埠湖镇党委", "书记", "在草埠湖镇，镇党委书记舒宏斌", None)], []),
    "gx:吴佳蕊": ("吴佳蕊", "editor", DY, [], []),
    "gx:冉启帆": ("冉启帆", "official", YA, [
        ("gx04", f"{YA}委", "副书记", _GX04_RAN, None),
        ("gx04", f"{YA}政府", "县长", _GX04_RAN, None)], []),
    "gx:万国胜": ("万国胜", "official", YA, [
        ("gx04", f"{YA}人大常委会", "主任", "县人大常委会主任万国胜", None)], []),
    "gx:杨翠屏": ("杨翠屏", "official", YA, [
        ("gx04", f"{YA}政协", "主席", "县政协主席杨翠屏", None)], []),
    "gx:伍思捷": ("伍思捷", "official", YA, [
        ("gx04", f"{YA}委", "常委", _GX04_WU, "``…等县领导`` after it is no post"),
        ("gx04", f"{YA}政府", "常务副县长", _GX04_WU, None)], []),
    "gx:黎建忠": ("黎建忠", "official", YA, [
        ("gx04", f"{YA}发改局", "局长", "县发改局局长黎建忠", None)], []),
    "gx:杜晓萱": ("杜晓萱", "official", YA, [
        ("gx04", f"{YA}旧县镇党委", "书记", "在旧县镇，镇党委书记杜晓萱", None)], []),
    "gx:黄思雨": ("黄思雨", "editor", YA, [], []),
    "gx:邬永红": ("邬永红", "editor", YA, [], []),
    # ---- 安徽 滁州: 定远县, 凤阳县
    "gx:苗振川": ("苗振川", "official", DYU, [
        ("gx05", f"{DYU}委", "副书记", _GX05_MIAO, "2024-05; named in the headline too (identity case: 定远县委书记 in 2025, gx06)"),
        ("gx05", f"{DYU}政府", "县长", _GX05_MIAO, None),
        ("gx06", f"{DYU}委", "书记", "定远县委书记苗振川", "2025-04: now 定远县委书记")], []),
    "gx:庞立堃": ("庞立堃", "company_executive", "江苏睿聚高分子材料有限公司", [], ["gx05"]),  # 董事长: no post
    "gx:戴文翰": ("戴文翰", "official", DYU, [
        ("gx05", f"{DYU}委", "常委", _GX05_DAI, "2024-05 (identity case: 凤阳县长 in 2025, gx06 — a neighbouring county)"),
        ("gx05", f"{DYU}政府", "常务副县长", _GX05_DAI, None),
        ("gx06", f"{FY}委", "副书记", _GX06_DAI, "2025-04: bare 县委 right after 凤阳县委书记 = 凤阳's"),
        ("gx06", f"{FY}政府", "县长", _GX06_DAI, None)], []),
    "gx:鲍青松": ("鲍青松", "official", DYU, [
        ("gx05", f"{DYU}委", "常委", _GX05_BAO, None),
        ("gx05", f"{DYZ}党工委", "书记", _GX05_BAO, "a county's 经济开发区 as written (gu)")], []),
    "gx:侯雪莲": ("侯雪莲", "official", DYU, [
        ("gx05", f"{DYU}政府", "副县长", "副县长侯雪莲参加会见", None)], []),
    "gx:汪德茂": ("汪德茂", "official", DYU, [
        ("gx05", f"{DYU}发改局", "局长", "县发改局局长汪德茂", None)], []),
    "gx:邵晓枫": ("邵晓枫", "official", DYU, [
        ("gx05", f"{DYU}投资促进中心", "主任", "县投资促进中心主任邵晓枫", "DECIDED HERE: a body of the county government")], []),
    "gx:蔡梦琪": ("蔡梦琪", "author", DYU, [], []),
    "gx:许承泽": ("许承泽", "official", CZ, [
        ("gx06", f"{CZ}委", "书记", "市委书记许承泽带队观摩", "named in the headline too")], []),
    "gx:任浩宇": ("任浩宇", "official", CZ, [
        ("gx06", f"{CZ}委", "副书记", _GX06_REN, "named in the headline too"),
        ("gx06", f"{CZ}政府", "市长", _GX06_REN, None)], []),
    "gx:汤新民": ("汤新民", "official", CZ, [
        ("gx06", f"{CZ}委", "常委", _GX06_TANG, None),
        ("gx06", f"{CZ}委", "秘书长", _GX06_TANG, "秘书长 after 市委常委 is the 市委's (bs, gu)")], []),
    "gx:章瑾": ("章瑾", "official", CZ, [
        ("gx06", f"{CZ}政府", "副市长", "副市长章瑾参加活动", None)], []),
    "gx:温立新": ("温立新", "official", FY, [
        ("gx06", f"{FY}委", "书记", "凤阳县委书记温立新", None)], []),
    "gx:杭晓雯": ("杭晓雯", "reporter", CZ, [], []),
    "gx:葛盈": ("葛盈", "editor", CZ, [], []),
    # ---- 广西 玉林: 博白县
    "gx:谭国樑": ("谭国樑", "official", BB, [
        ("gx07", f"{BB}委", "书记", "8月9日，县委书记谭国樑带队", "named in the headline too")], []),
    "gx:庞业勤": ("庞业勤", "official", BB, [
        ("gx07", f"{BB}委", "常委", _GX07_PANG, None),
        ("gx07", f"{BB}政府", "副县长", _GX07_PANG, None)], []),
    "gx:罗德昌#1": ("罗德昌", "official", BB, [
        ("gx07", f"{BB}自然资源局", "局长", "县自然资源局局长罗德昌", "博白县 (广西 玉林), 2023; not the 罗德昌 of 建水县 (gx08)")], []),
    "gx:钟明晖": ("钟明晖", "official", BB, [
        ("gx07", f"{BB}应急管理局", "局长", "县应急管理局局长钟明晖", None)], []),
    "gx:梁秀凤": ("梁秀凤", "official", BB, [
        ("gx07", f"{BB}水利局", "局长", "县水利局局长梁秀凤", None)], []),
    "gx:黄永谦": ("黄永谦", "official", BB, [
        ("gx07", f"{BB}水鸣镇党委", "书记", "在水鸣镇，镇党委书记黄永谦", None)], []),
    "gx:朱海萍": ("朱海萍", "official", BB, [
        ("gx07", f"{BB}龙潭镇党委", "书记", "在龙潭镇，镇党委书记朱海萍", None)], []),
    "gx:刘婷韵": ("刘婷韵", "editor", BB, [], []),
    # ---- 云南 红河: 建水县
    "gx:普卫华": ("普卫华", "official", HH, [
        ("gx08", f"{HH}委", "常委", _GX08_PU, "bare 州委 on the 建水 site = 红河州's (full name, as ak)"),
        ("gx08", f"{HH}政府", "副州长", _GX08_PU, None)], []),
    "gx:孔繁昱": ("孔繁昱", "official", JS, [
        ("gx08", f"{JS}委", "书记", "县委书记孔繁昱致辞", None)], []),
    "gx:李绍岚": ("李绍岚", "official", JS, [
        ("gx08", f"{JS}委", "副书记", _GX08_LI, None),
        ("gx08", f"{JS}政府", "县长", _GX08_LI, None)], []),
    "gx:杨开达": ("杨开达", "official", JS, [
        ("gx08", f"{JS}人大常委会", "主任", "县人大常委会主任杨开达", None)], []),
    "gx:王琼芬": ("王琼芬", "official", JS, [
        ("gx08", f"{JS}政协", "主席", "县政协主席王琼芬", None)], []),
    "gx:陆家骅": ("陆家骅", "official", JS, [
        ("gx08", f"{JS}委", "常委", _GX08_LU, None),
        ("gx08", f"{JS}政府", "常务副县长", _GX08_LU, None)], []),
    "gx:罗德昌#2": ("罗德昌", "official", JS, [
        ("gx08", f"{JS}政府", "副县长", "副县长罗德昌等县领导", "建水县 (云南 红河), 2024; not the 罗德昌 of 博白县 (gx07); ``县领导`` no post")], []),
    "gx:马晓鹏": ("马晓鹏", "official", JS, [
        ("gx08", f"{JS}发展和改革局", "局长", "县发展和改革局局长马晓鹏", "as written (发展和改革局)")], []),
    "gx:何雨彤": ("何雨彤", "reporter", JS, [], []),
    "gx:赵梓涵": ("赵梓涵", "editor", JS, [], []),
    "gx:施永祥": ("施永祥", "editor", JS, [], []),
    # ---- 甘肃 庆阳: 合水县, 宁县
    "gx:贺志坚": ("贺志坚", "official", HS, [
        ("gx09", f"{HS}委", "书记", "11月7日，县委书记贺志坚主持召开", "2023-11; named in the headline too"),
        ("gx10", f"{HS}委", "书记", _GX10_SI, "2024-05: the same post")], []),
    "gx:司晓军": ("司晓军", "official", HS, [
        ("gx09", f"{HS}委", "副书记", _GX09_SI, "2023-11"),
        ("gx09", f"{HS}政府", "县长", _GX09_SI, None),
        ("gx10", f"{HS}委", "副书记", _GX10_SI, "2024-05: bare 县委 right after 合水县委书记 = 合水's"),
        ("gx10", f"{HS}政府", "县长", _GX10_SI, None)], []),
    "gx:樊学礼": ("樊学礼", "official", HS, [
        ("gx09", f"{HS}委", "副书记", "县委副书记樊学礼", None)], []),
    "gx:巩德林": ("巩德林", "official", HS, [
        ("gx09", f"{HS}委", "常委", _GX09_GONG, "2023-11 (identity case: 宁县县长 in 2024, gx10 — a neighbouring county)"),
        ("gx09", f"{HS}政府", "常务副县长", _GX09_GONG, None),
        ("gx10", f"{NX}委", "副书记", _GX10_GONG, "2024-05: bare 县委 right after 宁县县委书记 = 宁县's"),
        ("gx10", f"{NX}政府", "县长", _GX10_GONG, None)], []),
    "gx:慕彩霞": ("慕彩霞", "official", HS, [
        ("gx09", f"{HS}委", "常委", _GX09_MU, "``等县委常委`` after it is no post"),
        ("gx09", f"{HS}委组织部", "部长", _GX09_MU, None)], []),
    "gx:景万山": ("景万山", "official", HS, [
        ("gx09", f"{HS}人大常委会", "主任", "县人大常委会主任景万山", None)], []),
    "gx:边玉琴": ("边玉琴", "official", HS, [
        ("gx09", f"{HS}政协", "主席", "县政协主席边玉琴列席会议", None)], []),
    "gx:胥建平": ("胥建平", "official", HS, [
        ("gx09", f"{HS}发改局", "局长", "县发改局局长胥建平", None)], []),
    "gx:郗文涛": ("郗文涛", "official", HS, [
        ("gx09", f"{HS}自然资源局", "局长", "县自然资源局局长郗文涛", None)], []),
    "gx:郗婷": ("郗婷", "editor", HS, [], []),
    "gx:党振川": ("党振川", "official", QY, [
        ("gx10", f"{QY}委", "副书记", _GX10_DANG, "named in the headline too; bare 市委 in the 陇东报 = 庆阳's"),
        ("gx10", f"{QY}政府", "市长", _GX10_DANG, None)], []),
    "gx:权宏博": ("权宏博", "official", QY, [
        ("gx10", f"{QY}政府", "副市长", "副市长权宏博参加调研", None)], []),
    "gx:寇建新": ("寇建新", "official", NX, [
        ("gx10", f"{NX}委", "书记", "宁县县委书记寇建新", "宁县县委 → 宁县委 (as ac's 曹县委)")], []),
    "gx:牛晓婷": ("牛晓婷", "reporter", QY, [], []),
    "gx:师静怡": ("师静怡", "editor", QY, [], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gx01", "黎书远", "作者", "author", "作者：黎书远"),
    ("gx01", "覃晓雯", "责任编辑", "editor", "责任编辑：覃晓雯"),
    ("gx02", "向莉莎", "记者", "reporter", "本报讯（记者 向莉莎 通讯员 龙晨阳）"),
    ("gx02", "龙晨阳", "通讯员", "correspondent", "本报讯（记者 向莉莎 通讯员 龙晨阳）"),
    ("gx02", "周慧娴", "责任编辑", "editor", "责任编辑：周慧娴"),
    ("gx03", "吴佳蕊", "责任编辑", "editor", "责任编辑：吴佳蕊"),
    ("gx04", "孙一苇", "全媒体记者", "reporter", "远安新闻网讯（全媒体记者 孙一苇）"),
    ("gx04", "黄思雨", "编辑", "editor", "编辑：黄思雨"),
    ("gx04", "邬永红", "审核", "editor", "审核：邬永红"),
    ("gx05", "蔡梦琪", "作者", "author", "作者：蔡梦琪"),
    ("gx06", "杭晓雯", "记者", "reporter", "本报讯（记者 杭晓雯）"),
    ("gx06", "葛盈", "责任编辑", "editor", "责任编辑：葛盈"),
    ("gx07", "刘婷韵", "责任编辑", "editor", "责任编辑：刘婷韵"),
    ("gx08", "何雨彤", "记者", "reporter", "丨记者：何雨彤"),
    ("gx08", "赵梓涵", "编辑", "editor", "丨编辑：赵梓涵"),
    ("gx08", "施永祥", "审核", "editor", "丨审核：施永祥"),
    ("gx09", "郗婷", "责任编辑", "editor", "责任编辑：郗婷"),
    ("gx10", "牛晓婷", "记者", "reporter", "庆阳网讯（记者 牛晓婷）"),
    ("gx10", "师静怡", "责任编辑", "editor", "责任编辑：师静怡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gx01", "石门县2023年一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "3月15日上午", "卓立平", None, [],
     ["田秀珍", "易国清", "覃春燕", "郑永森", "宋建波", "邹婉华"], ["彭振岳", "龚宏亮", "宋建波", "向红英"],
     "石门县中医医院整体搬迁项目现场",
     "3月15日上午，石门县2023年一季度重大项目集中开工仪式在石门县中医医院整体搬迁项目现场举行",
     ["县委书记彭振岳宣布项目开工", "县长龚宏亮讲话", "县人大常委会主任田秀珍，县政协主席易国清", _GX01_QIN, "副县长郑永森出席仪式",
      _GX01_ZHUO, "县发改局局长宋建波，县自然资源局局长邹婉华", "宋建波介绍了", "皂市镇党委书记向红英作为项目所在地代表发言",
      "龚宏亮在讲话中指出"]),
    ("gx02", "临澧县重点项目建设和秋冬农业生产调研", "inspection (调研)", "10月22日", None, "殷启航", [],
     ["柏云涛", "瞿卫平", "曾广宇", "卓立平"], ["卓立平", "覃艳秋", "殷启航", "柏云涛", "曾广宇"], "临澧县",
     "市委副书记、市长殷启航到临澧县调研重点项目建设和秋冬农业生产工作",
     ["市长殷启航到临澧县调研", "市政府秘书长柏云涛，市发改委主任瞿卫平参加调研", "县长卓立平陪同", "卓立平汇报了",
      "镇党委书记覃艳秋介绍了", "殷启航指出", "柏云涛就市直部门服务项目落地作了具体安排", "曾广宇表示"]),
    ("gx03", "河溶镇、草埠湖镇防汛备汛和安全生产督导", "inspection (督导)", "6月13日", None, "颜振邦", [],
     ["程家麟", "汪海平", "熊丽君"], ["付远征", "舒宏斌", "熊丽君", "颜振邦", "程家麟"], "河溶镇、草埠湖镇",
     "市委副书记、市长颜振邦带队到河溶镇、草埠湖镇督导防汛备汛和安全生产工作",
     ["市长颜振邦带队到河溶镇、草埠湖镇督导", "市委常委、副市长程家麟，市应急管理局局长汪海平，市水利和湖泊局局长熊丽君参加督导",
      "镇党委书记付远征汇报了", "镇党委书记舒宏斌介绍了", "熊丽君就沮漳河主汛期前堤防加固工程的完工节点作了说明", "颜振邦强调",
      "程家麟就做好汛期值班值守和信息报送工作提出要求"]),
    ("gx04", "全县重点项目观摩拉练活动", "site observation (观摩拉练)", "12月5日", None, "颜振邦", [],
     ["冉启帆", "万国胜", "杨翠屏", "伍思捷", "黎建忠"], ["杜晓萱"],
     "远安县磷化工循环产业园二期、洋坪镇茶叶加工产业园、旧县镇嫘祖文化园提质改造项目、远安县城区污水管网改造工程",
     "县委书记颜振邦带队开展全县重点项目观摩拉练活动",
     ["县委书记颜振邦带队开展", _GX04_RAN, "县人大常委会主任万国胜，县政协主席杨翠屏", _GX04_WU,
      "县发改局局长黎建忠及各乡镇、县直相关单位主要负责人参加观摩", "镇党委书记杜晓萱介绍了"]),
    ("gx04", "全县重点项目建设点评会", "meeting (点评会)", "12月5日", None, None, [],
     [], ["黎建忠", "冉启帆", "颜振邦"], None,
     "观摩结束后，随即召开全县重点项目建设点评会",
     ["黎建忠通报了", "冉启帆对年底项目建设冲刺工作作了具体安排", "颜振邦在点评时指出"]),
    ("gx05", "苗振川会见江苏睿聚高分子材料有限公司客商", "meeting (会见)", "5月20日下午", None, None, [],
     ["苗振川", "庞立堃", "戴文翰", "鲍青松", "侯雪莲"], ["苗振川", "庞立堃"], None,
     "5月20日下午，县委副书记、县长苗振川会见了江苏睿聚高分子材料有限公司董事长庞立堃一行",
     [_GX05_MIAO, "董事长庞立堃一行", _GX05_DAI, _GX05_BAO, "副县长侯雪莲参加会见", "苗振川代表县委、县政府", "庞立堃介绍了"]),
    ("gx05", "年产12万吨高性能工程塑料改性项目签约仪式", "ceremony (签约仪式)", "5月20日下午", "戴文翰", None, [],
     ["苗振川", "庞立堃", "鲍青松", "汪德茂", "邵晓枫"], [], None,
     "并共同出席年产12万吨高性能工程塑料改性项目签约仪式",
     ["并共同出席年产12万吨高性能工程塑料改性项目签约仪式", "签约仪式由戴文翰主持", "鲍青松与企业代表签订投资协议",
      "县发改局局长汪德茂，县投资促进中心主任邵晓枫"]),
    ("gx06", "全市一季度重点项目观摩活动", "site observation (观摩活动)", "4月16日", None, "许承泽", [],
     ["汤新民", "章瑾"], ["苗振川", "温立新", "戴文翰"], "定远县、凤阳县",
     "4月16日，全市一季度重点项目观摩活动在定远县、凤阳县举行",
     ["市委书记许承泽带队观摩", _GX06_TANG, "副市长章瑾参加活动", "定远县委书记苗振川", _GX06_DAI, "分别在现场介绍了项目推进情况"]),
    ("gx06", "全市一季度重点项目观摩点评会", "meeting (点评会)", "4月16日", "任浩宇", None, [],
     ["汤新民", "章瑾"], ["许承泽", "任浩宇"], None,
     "在随后召开的点评会上，各县（市、区）党政主要负责同志作了交流发言",
     [_GX06_REN, "并在点评会上讲话", _GX06_TANG, "副市长章瑾参加活动", "许承泽指出", "任浩宇要求"]),
    ("gx07", "水鸣镇、龙潭镇防汛救灾和重大项目建设督导", "inspection (督导)", "8月9日", None, "谭国樑", [],
     ["庞业勤", "罗德昌", "钟明晖", "梁秀凤"], ["黄永谦", "罗德昌", "朱海萍", "梁秀凤", "谭国樑", "庞业勤"], "水鸣镇、龙潭镇",
     "县委书记谭国樑带队到水鸣镇、龙潭镇督导防汛救灾和重大项目建设工作",
     ["县委书记谭国樑带队到水鸣镇、龙潭镇督导", _GX07_PANG, "县自然资源局局长罗德昌，县应急管理局局长钟明晖，县水利局局长梁秀凤等陪同督导",
      "镇党委书记黄永谦汇报了", "罗德昌介绍了", "镇党委书记朱海萍汇报了", "梁秀凤就南流江堤防薄弱段加固工作作了说明", "谭国樑强调",
      "庞业勤就做好汛期值班值守和应急物资调配提出具体要求"]),
    ("gx08", "建水县2024年三季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "7月2日上午", "李绍岚", None, [],
     ["杨开达", "王琼芬", "陆家骅", "罗德昌"], ["普卫华", "孔繁昱", "马晓鹏"], "建水紫陶产业园二期项目现场",
     "7月2日上午，建水县2024年三季度重大项目集中开工仪式在建水紫陶产业园二期项目现场举行",
     [_GX08_PU, "县委书记孔繁昱致辞", _GX08_LI, "县人大常委会主任杨开达，县政协主席王琼芬", _GX08_LU, "副县长罗德昌等县领导",
      "县发展和改革局局长马晓鹏介绍了集中开工项目情况", "孔繁昱在致辞中表示", "普卫华指出"]),
    ("gx09", "县委常委会（扩大）会议", "meeting (县委常委会会议)", "11月7日", "贺志坚", None, [],
     ["司晓军", "樊学礼", "巩德林", "慕彩霞", "景万山", "边玉琴", "胥建平", "郗文涛"],
     ["胥建平", "郗文涛", "巩德林", "贺志坚", "司晓军"], None,
     "11月7日，县委书记贺志坚主持召开县委常委会（扩大）会议",
     ["县委书记贺志坚主持召开", _GX09_SI, "县委副书记樊学礼", _GX09_GONG, "等县委常委出席会议",
      "县人大常委会主任景万山，县政协主席边玉琴列席会议", "县发改局局长胥建平，县自然资源局局长郗文涛", "会议听取了胥建平关于",
      "郗文涛关于项目用地保障情况的汇报", "巩德林就合水—宁县二级公路改建工程", "贺志坚强调", "司晓军要求"]),
    ("gx10", "宁县、合水县重点项目建设和农业产业发展调研", "inspection (调研)", "5月15日", None, "党振川", [],
     ["权宏博", "寇建新", "巩德林"], ["巩德林", "贺志坚", "司晓军", "党振川", "权宏博"], "宁县、合水县",
     "市委副书记、市长党振川深入宁县、合水县，调研重点项目建设和农业产业发展工作",
     [_GX10_DANG, "副市长权宏博参加调研", _GX10_GONG, "巩德林汇报了", "听取了合水县委书记贺志坚，县委副书记、县长司晓军关于",
      "党振川指出", "权宏博就做好项目要素保障和安全生产工作作了具体安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gx01", "石门县中医医院整体搬迁项目", "project", "石门县中医医院整体搬迁项目总投资5.2亿元"),
    ("gx01", "皂市镇柑橘冷链物流园项目", "logistics_hub", "皂市镇柑橘冷链物流园项目建设冷库及分拣中心"),
    ("gx01", "夹山大道西延工程", "infrastructure_project", "夹山大道西延工程全长4.6公里"),
    ("gx02", "临澧县新型建材产业园", "industrial_park", "先后来到临澧县新型建材产业园"),
    ("gx02", "合口镇粮食烘储中心建设项目", "project", "合口镇粮食烘储中心建设项目"),
    ("gx02", "道水河临澧段综合治理工程", "greening_project", "道水河临澧段综合治理工程现场"),
    ("gx03", "沮漳河当阳段堤防加固工程", "engineering_work", "沮漳河当阳段堤防加固工程施工现场"),
    ("gx03", "河溶镇城区排涝泵站改造工程", "infrastructure_project", "河溶镇城区排涝泵站改造工程"),
    ("gx04", "远安县磷化工循环产业园二期", "industrial_park", "先后来到远安县磷化工循环产业园二期"),
    ("gx04", "洋坪镇茶叶加工产业园", "industrial_park", "洋坪镇茶叶加工产业园"),
    ("gx04", "旧县镇嫘祖文化园提质改造项目", "project", "旧县镇嫘祖文化园提质改造项目"),
    ("gx04", "远安县城区污水管网改造工程", "infrastructure_project", "远安县城区污水管网改造工程现场"),
    ("gx05", "年产12万吨高性能工程塑料改性项目", "project", "并共同出席年产12万吨高性能工程塑料改性项目签约仪式"),
    ("gx06", "年产12万吨高性能工程塑料改性项目", "project", "定远经济开发区年产12万吨高性能工程塑料改性项目"),
    ("gx06", "定远县炉桥镇高效农业示范园", "project", "定远县炉桥镇高效农业示范园"),
    ("gx06", "凤阳县硅基新材料产业园三期", "industrial_park", "凤阳县硅基新材料产业园三期"),
    ("gx06", "凤阳县小溪河镇农文旅融合项目", "project", "凤阳县小溪河镇农文旅融合项目现场"),
    ("gx07", "南流江博白段防洪治理工程", "engineering_work", "南流江博白段防洪治理工程水鸣段"),
    ("gx07", "龙潭镇临港新材料产业园二期", "industrial_park", "龙潭镇临港新材料产业园二期项目现场"),
    ("gx08", "建水紫陶产业园二期", "industrial_park", "建水紫陶产业园二期项目建设标准化厂房"),
    ("gx08", "南庄镇葡萄冷链物流中心", "logistics_hub", "南庄镇葡萄冷链物流中心建成后"),
    ("gx08", "临安镇老旧小区改造项目", "housing_project", "临安镇老旧小区改造项目涉及23个小区"),
    ("gx08", "泸江河城区段综合治理工程", "greening_project", "泸江河城区段综合治理工程将新建滨河步道"),
    ("gx09", "合水—宁县二级公路改建工程", "infrastructure_project", "巩德林就合水—宁县二级公路改建工程"),
    ("gx09", "合水县城区集中供热扩容改造工程", "infrastructure_project", "合水县城区集中供热扩容改造工程等重点项目"),
    ("gx10", "早胜镇万亩苹果矮砧密植示范园", "project", "早胜镇万亩苹果矮砧密植示范园"),
    ("gx10", "宁县马莲河川区段综合治理工程", "greening_project", "宁县马莲河川区段综合治理工程现场"),
    ("gx10", "合水县城区集中供热扩容改造工程二期", "infrastructure_project", "合水县城区集中供热扩容改造工程二期"),
    ("gx10", "太白镇肉牛养殖示范园", "project", "太白镇肉牛养殖示范园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gx01", "石门县", "county", "standalone", "3月15日上午，石门县2023年一季度重大项目集中开工仪式"),
    ("gx01", "皂市镇", "town", "in_project_name", "皂市镇柑橘冷链物流园项目建设冷库及分拣中心"),
    ("gx01", "夹山大道", "road", "in_project_name", "夹山大道西延工程全长4.6公里"),
    ("gx02", "临澧县", "county", "standalone", "到临澧县调研重点项目建设"),
    ("gx02", "临澧", "county", "standalone", "临澧要紧盯年度投资目标"),
    ("gx02", "合口镇", "town", "standalone", "在合口镇，镇党委书记覃艳秋"),
    ("gx02", "停弦渡镇", "town", "standalone", "服务周边停弦渡镇、修梅镇种粮大户"),
    ("gx02", "修梅镇", "town", "standalone", "服务周边停弦渡镇、修梅镇种粮大户"),
    ("gx02", "道水河", "river", "standalone", "要统筹推进道水河综合治理"),
    ("gx03", "河溶镇", "town", "standalone", "带队到河溶镇、草埠湖镇督导"),
    ("gx03", "草埠湖镇", "town", "standalone", "带队到河溶镇、草埠湖镇督导"),
    ("gx03", "沮漳河", "river", "standalone", "熊丽君就沮漳河主汛期前"),
    ("gx03", "当阳", "county_level_city", "in_project_name", "沮漳河当阳段堤防加固工程施工现场"),
    ("gx04", "远安县", "county", "in_project_name", "先后来到远安县磷化工循环产业园二期"),
    ("gx04", "洋坪镇", "town", "in_project_name", "洋坪镇茶叶加工产业园"),
    ("gx04", "旧县镇", "town", "standalone", "在旧县镇，镇党委书记杜晓萱"),
    ("gx04", "嫘祖文化园", "park", "standalone", "介绍了嫘祖文化园“文旅+农业”融合发展的思路"),
    ("gx05", "定远县", "county", "standalone", "介绍了定远县盐化工产业基础"),
    ("gx05", "定远", "county", "standalone", "他说，定远地处合肥、南京、滁州"),
    ("gx05", "合肥", "city", "standalone", "定远地处合肥、南京、滁州“两小时经济圈”"),
    ("gx05", "南京", "city", "standalone", "定远地处合肥、南京、滁州“两小时经济圈”"),
    ("gx05", "滁州", "city", "standalone", "定远地处合肥、南京、滁州“两小时经济圈”"),
    ("gx05", "长三角", "region", "standalone", "企业在长三角布局的重要生产基地"),
    ("gx05", "定远经济开发区", "development_zone", "standalone", "选址定远经济开发区盐化工园区"),
    ("gx05", "盐化工园区", "zone_park", "standalone", "选址定远经济开发区盐化工园区"),
    ("gx06", "定远县", "county", "standalone", "4月16日，全市一季度重点项目观摩活动在定远县、凤阳县举行"),
    ("gx06", "凤阳县", "county", "standalone", "4月16日，全市一季度重点项目观摩活动在定远县、凤阳县举行"),
    ("gx06", "定远", "county", "standalone", "全市一季度重点项目观摩活动在定远凤阳举行"),
    ("gx06", "凤阳", "county", "standalone", "全市一季度重点项目观摩活动在定远凤阳举行"),
    ("gx06", "定远经济开发区", "development_zone", "standalone", "来到定远经济开发区年产12万吨高性能工程塑料改性项目"),
    ("gx06", "炉桥镇", "town", "in_project_name", "定远县炉桥镇高效农业示范园"),
    ("gx06", "小溪河镇", "town", "in_project_name", "凤阳县小溪河镇农文旅融合项目现场"),
    ("gx07", "水鸣镇", "town", "standalone", "带队到水鸣镇、龙潭镇督导"),
    ("gx07", "龙潭镇", "town", "standalone", "带队到水鸣镇、龙潭镇督导"),
    ("gx07", "南流江", "river", "standalone", "梁秀凤就南流江堤防薄弱段加固工作"),
    ("gx07", "博白", "county", "in_project_name", "南流江博白段防洪治理工程水鸣段"),
    ("gx08", "建水县", "county", "standalone", "7月2日上午，建水县2024年三季度重大项目集中开工仪式"),
    ("gx08", "建水", "county", "standalone", "建水将以此次集中开工为契机"),
    ("gx08", "南庄镇", "town", "in_project_name", "南庄镇葡萄冷链物流中心建成后"),
    ("gx08", "临安镇", "town", "in_project_name", "临安镇老旧小区改造项目涉及23个小区"),
    ("gx08", "泸江河", "river", "in_project_name", "泸江河城区段综合治理工程将新建滨河步道"),
    ("gx09", "合水", "county", "in_project_name", "巩德林就合水—宁县二级公路改建工程"),
    ("gx09", "宁县", "county", "in_project_name", "巩德林就合水—宁县二级公路改建工程"),
    ("gx09", "合水县", "county", "in_project_name", "合水县城区集中供热扩容改造工程等重点项目"),
    ("gx10", "宁县", "county", "standalone", "深入宁县、合水县，调研重点项目建设"),
    ("gx10", "合水县", "county", "standalone", "深入宁县、合水县，调研重点项目建设"),
    ("gx10", "早胜镇", "town", "in_project_name", "早胜镇万亩苹果矮砧密植示范园"),
    ("gx10", "太白镇", "town", "in_project_name", "太白镇肉牛养殖示范园"),
    ("gx10", "马莲河", "river", "standalone", "要统筹抓好马莲河流域生态保护治理"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gx", conventions="set gx (blind set, held-out-like mix, 21st round: 湖南 常德 (石门县, 临澧县), 湖北 宜昌 (当阳市, 远安县), 安徽 滁州 (定远县, 凤阳县), 广西 玉林 (博白县), 云南 红河州 (建水县), 甘肃 庆阳 (合水县, 宁县); county sites, a county-level city site, a county 新闻网 portal and city-paper e-editions; 调研 / 督导 (inspection), 集中开工仪式 and 签约仪式 (ceremony), 观摩 (site observation) and its 点评会, 会见, 县委常委会（扩大）会议; departments as written after the label (X县发改局, X县发展和改革局, X县委办公室, X县投资促进中心); 宁县县委 → 宁县委; 州委常委、副州长 on the 建水 site → 红河哈尼族彝族自治州委 / 州政府; bare 县委 / 市委 after an X县委书记 in a city paper are X's; 县领导 and company roles no post; one line per post per article)",
          persons_note="Set gx persons. id = corpus-wide person_id (gx:罗德昌#1 of 博白县 (广西) and gx:罗德昌#2 of 建水县 (云南) are two people; gx:卓立平 石门 常务副县长 2023 → 临澧 县长 2024; gx:颜振邦 当阳 市长 2023 → 远安县委书记 2024; gx:苗振川 定远 县长 2024 → 定远县委书记 2025; gx:戴文翰 定远 常务副县长 2024 → 凤阳 县长 2025; gx:巩德林 合水 常务副县长 2023 → 宁县 县长 2024)")


if __name__ == "__main__":
    main()
