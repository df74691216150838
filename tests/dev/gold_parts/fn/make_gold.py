"""Write gold part ``fn`` (a blind set: held-out-like mix, twelfth round — ten pages from ten provinces, one county or
county-level city each: 江苏 扬州 宝应县, 浙江 台州 天台县, 广东 惠州 博罗县, 四川 绵阳 三台县, 河南 平顶山 郏县, 湖南 岳阳 湘阴县,
湖北 宜昌 枝江市, 山东 济南 平阴县, 安徽 淮南 凤台县, 河北 唐山 滦南县 — in ordinary page shapes) from the tables below.

Pages ``tests/dev/texts/fn*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: two investchn portal copies of 宝应 items (``您现在的位置:首页 > 开发区新闻 >
扬州 > 文字新闻``, ``发布时间: 来源:宝应日报 发布开发区:江苏宝应经济开发区``; a 扬州 市长's 调研 with ``县委书记…，县委副书记、代县长…，
县委常委、常务副县长…等陪同调研``; a 工业经济督查调度会 with ``调研观摩了夏集和柳堡两镇的重点在建项目``) and the 宝应县政协 site
(``您当前位置:首页/ 工作要闻/``, ``作者: 发布时间:``); the 台州 科技局 page of the 甘孜州 党政代表团 in 天台县's 塔后村 and the
嵊州 / 青田 and 奉化 / 新昌 党政代表团 pages (``由…县委书记…率领的…党政代表团来…考察``, ``在…联席会议上…表示``); the 羊城派
interview of 博罗's ``县委副书记、县长`` and a 南方农村报 item on the 深圳福田 cadre ``挂任中共博罗县委常委、副县长``; the 郏县
党政考察团 page (``县委书记…带领县党政考察团…县长…，县委副书记…，县领导…参加``) and a 叶县 重点项目调度会 page; the 智慧湘阴 app page
(``智慧湘阴 • 湘阴 2025-01-14 18:14:52``, ``湘阴融媒讯(记者 …)``, ``责编: 来源:湘阴县融媒体中心 专题 评论``), the 岳阳县 site of a
新任县委书记's first 调研 (``新任县委书记…与全县领导干部见面后，即来到…调研``) and a 湘阴县政府 page (``来源:湘阴县政府 … 浏览量``);
the 枝江融媒 page of a 加查县 党政代表团 (``枝江融媒(记者 …)``, ``(责任编辑:…)``); two 平阴 pages (``县委副书记、县长…，平阴经济开发区
党工委副书记…``; a 市委常委's 调研 with ``县领导…参加活动``); the 淮南门户 凤台 防汛 page (``您现在的位置是:首页 » … 阅读次数: 来源:
淮南融媒体中心 作者:``); the 滦南县 site (``您现在的位置:首页 > … 发布时间: 来源:滦南县人民政府 【字体: 】 分享至:``, 嘴东园区) and a
滦州 site page; a 舞阳 site page (``来源: 中国舞阳网 信息时间: 阅读次数:``, ``(图文:… 审核:…)``); and, for the WeChat shape, the
corpus's own WeChat pages (ah07, ff02). No page was copied. Places are real; none of the ten is in an earlier page's file name.

Shapes: a 江苏 county site (menu, 当前位置, 发布时间 / 来源 / 浏览次数 / 字号, 责任编辑, 打印 / 关闭, 相关链接, footer with 备案号
and 网站标识码): the 县长's 调研 of the 县经开区 and a town, with an 安徽 cadre ``挂任宝应县县长助理`` (fn01); a 浙江 county news portal
(作者 / 编辑 in the stamp line, 分享到, 相关新闻 with dates): a 河南 county's 党政代表团 考察 and the 座谈会 (fn02); the 惠州日报 第A05版
with two 博罗 articles: a 湖南 county's 党政代表团 考察 and 座谈会, and the county's 重点项目建设推进会 (fn03); a 四川 county's WeChat
article (原创 line, ▲ captions, 来源 / 记者 / 编辑 / 审核, 往期推荐, 阅读 / 点赞 / 在看): the new 代县长's first 调研 (fn04); a 河南
county site (``发布日期``, 上一篇 / 下一篇): the 县长's 调研 (fn05); a 湖南 county app share page (``打开APP``, ``展开全文`` inside the
text, 责编 / 二审 / 三审, 推荐阅读 naming the 县长 in a link): the 县委书记's 调研 of the 高新区 (fn06); the 三峡日报 第04版 (本版导读,
本版责任编辑): the 枝江 市委书记's 调研 (fn07); a 山东 county site: the 县委书记's 调研 of two towns (fn08); the 淮南网 portal (作者 /
编辑, 分享到, 【相关新闻】 with dates): the 凤台 县长's 防汛 检查 (fn09); a 河北 county's WeChat article: the 观摩拉练 and its 讲评会
(fn10).

Identity cases:
- fn:褚宏岳, a 县长 who becomes 书记 across a provincial border: 郏县委副书记、县长 in July 2022 (fn05, 河南) → ``郏县县委书记``
  leading a delegation to 浙江 天台 in April 2024 (fn02).
- fn:尚立伟, a 副县长 who becomes 常务副县长: 郏县副县长 (fn05, 2022) → 郏县县委常委、常务副县长 in the same delegation (fn02, 2024).
- fn:钟岳林, a 常务副县长 who becomes 县长: 湘阴县委常委、常务副县长 in May 2023 (fn06, 湖南) → 湘阴县委副书记、县长 leading a
  delegation to 广东 博罗 in March 2025 (fn03, in the 惠州日报). fn:邬光辉 is 湘阴县委常委、湘阴高新区党工委书记 on both pages.
- fn:缪德彬 moves between provinces and posts: ``安徽省凤台县副县长、挂任宝应县县长助理`` in June 2023 (fn01, 江苏 长三角 挂职) →
  凤台县委常委、常务副县长 in July 2024 (fn09, 安徽).
- a new official's first activity: fn:龚立川, ``县委副书记、代县长``, ``到任后的首次调研`` (fn04, Feb 2023).
- two different 葛靖宇 in unrelated places: fn:葛靖宇#1 is 平阴县玫瑰镇党委书记 (山东, fn08, May 2024); fn:葛靖宇#2 is 枝江市副市长
  (湖北, fn07, Nov 2022).
- one organ name of different places: ``县经开区`` is 宝应's (fn01), 凤台's (fn09) and 滦南's (fn10); bare ``县委副书记、县长`` is
  宝应's, 天台's, 郏县's, 凤台's and 滦南's on their pages and 博罗's in the 惠州日报's second article; bare ``市委副书记、市长`` is
  枝江市's (a county-level city) in the 宜昌 paper; ``高新区`` is 湘阴's (fn06, fn03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, fb, ff, fj, fl where they speak; decided here where they are silent):
- Bare organs take the page's place: on each county site, portal copy, app page or account that county's (宝应县委, 天台县政府,
  三台县住建局, 郏县住建局, 湘阴县委, 平阴县委, 凤台县水利局, 滦南县委 as written). In a city paper an official written with his
  county (``博罗县委副书记、县长``, ``枝江市委书记``) gives the county; the bare titles after him in the same article are that county's
  (fb's rule): in the 惠州日报 (fn03) the second article's ``县委书记`` / ``县委副书记、县长`` / ``县委常委、常务副县长`` are 博罗's (the
  article's ``博罗县召开``); in the 三峡日报 (fn07) ``市委副书记、市长`` and ``副市长`` after ``枝江市委书记`` are 枝江市's (county-level
  city: 枝江市委, 枝江市政府). An official of a visiting county is written with it (``湘阴县委常委``, ``郏县县委常委``).
- DECIDED HERE: ``郏县县委书记`` / ``郏县县委常委`` (the county's one-character name + 县 + 县委, as written in the 天台 portal) → org
  ``郏县委`` (label 郏县 + 委, as fl's 岷县委); the government ``郏县政府``.
- Zones: ``县经开区`` → county name without 县 + 经开区 (fb, dh): 宝应经开区, 凤台经开区, 滦南经开区 (党工委 / 管委会); the place is
  annotated as written, ``经开区``. ``湘阴高新区`` is written so and is the label (湘阴高新区党工委, 湘阴高新区管委会); the page that also
  writes it bare (``高新区管委会主任``, fn06) has both names in places (CONVENTIONS). DECIDED HERE: ``枝江经开区`` (a county-level city's
  zone, written with the city's name and the short form) is kept as written, without the prefecture 宜昌 (bq/di build zone labels from
  the city that names the zone).
- DECIDED HERE (长三角 挂职): ``安徽省凤台县副县长、挂任宝应县县长助理缪德彬`` gives his home post (凤台县政府 副县长) and the post he holds
  by 挂职 (宝应县政府 县长助理), both as written; ``挂任`` is the verb, not a title. A 挂职 note in brackets (``（深圳市福田区挂职）``,
  fn03) is no post (fb's 挂职干部); the local posts before it are (博罗县委 常委 + 博罗县政府 副县长).
- ``代县长`` is a title as written (dd, ff): 三台县政府 代县长. ``到任后的首次调研`` adds no post.
- Towns: county label + town + 党委 (``在柳堡镇，镇党委书记夏志远`` → 宝应县柳堡镇党委 书记; ``芦溪镇党委书记`` → 三台县芦溪镇党委;
  ``乡党委书记段卫国`` after ``在钱庙乡`` → 凤台县钱庙乡党委; 枝江市董市镇党委).
- Not posts: ``县领导`` (fn10), company roles. An official named only in a chrome link (``推荐阅读`` fn06: 彭卓然, the 湘阴 县长 of a
  link) has no entry (fb); officials annotated in the article keep their counted mentions in 相关新闻 / 往期推荐 links.
- Events: 调研 / 检查 / 考察 are ``inspection`` (leader; 陪同 / 参加 / 一同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 /
  提出建议 speakers). A delegation's 考察 is led by its head (fb, ff); the 座谈会 after it is a meeting of its own; DECIDED HERE
  (as ff): the 天台 座谈会 (fn02) has no date of its own and takes the 考察's ``4月24日至25日``; the 博罗 one (fn03) takes ``3月12日``.
  The 推进会 is a meeting (chair when 主持; ``出席会议并讲话`` attendee and speaker; 通报 / 表态发言 speakers). The 观摩拉练活动 (fn10) is a
  ``site observation`` and the 讲评会 after it a meeting of its own (CONVENTIONS); ``主持讲评会`` makes its chair.
- Credits: ``作者：记者 … 通讯员 …`` (fn02) reporter / correspondent; ``本报讯（记者 … 通讯员 …）`` and ``湘阴融媒讯（记者 …）``
  reporter / correspondent; WeChat ``记者：`` reporter; a portal's ``作者：`` (fn09) author; 编辑 / 责任编辑 / 本版编辑 / 本版责任编辑 /
  责编 / 二审 / 三审 / 审核 editor lines. ``来源：…融媒体中心`` and ``（县政府办）`` name nobody. The reporter of both articles of the
  惠州日报 page has a line in each.
- Projects: named works visited or reported: …产业园 一期 / 二期 / 标准厂房项目 ``industrial_park``; 生态修复 / 退圩还湖 / 生态廊道 /
  岸线复绿 works ``greening_project``; 防洪治理 / 综合治理 / 堤防加固 works ``engineering_work``; a 公共管廊 ``infrastructure_project``;
  a 冷链物流中心 ``logistics_hub``; 老旧小区改造 ``housing_project``; 古镇 / 古城 保护 projects, a 屠宰加工项目, a 种植示范基地 and a
  示范园 ``project``; ``百千万工程`` a ``program`` (fb). Documents (产业协作框架协议) are not projects. DECIDED HERE: standing parks
  (芦溪工业园区, 姚家港化工园区, 嘴东园区) are places of kind ``zone_park`` (bq), not projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count, short forms
  written alone count (宝应, 凤台, 天台, 郏县, 博罗, 湘阴, 深圳, 福田, 枝江, 平阴); DECIDED HERE kinds ``region`` for 长三角,
  长株潭都市圈, 洞庭湖生态经济区 and 粤港澳大湾区, ``heritage_site`` for 冢头古镇 and 潼川古城, ``scenic_area`` for 阿胶古镇. The
  three-city abbreviation ``深莞惠`` is not annotated (fb's two-province abbreviations). Site lines, navigation, breadcrumbs, stamp
  and 来源 lines, 相关链接 / 相关新闻 / 相关文章 / 推荐阅读 / 往期推荐 / 本版导读 / 本版其他文章, 上一篇 / 下一篇 and footers are not
  annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

BY, TT, BL, ST, JX, XY, ZJ, PY, FT, LN = "宝应县", "天台县", "博罗县", "三台县", "郏县", "湘阴县", "枝江市", "平阴县", "凤台县", "滦南县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fn01_baoying.txt": (2023, "发布时间：2023-06-14 17:36", BY, [
        ("严立群调研县经开区和柳堡镇重点项目建设", "6月13日", "2023-06-13", "6月13日，县委副书记",
         "江苏 county site: the 县长's 调研 of the 县经开区 and 柳堡镇; an 安徽 凤台 副县长 挂任 县长助理 (缪德彬)")]),
    "fn02_tiantai.txt": (2024, "2024-04-26 09:15:32", TT, [
        ("郏县党政代表团来我县考察交流", "4月24日至25日", "2024-04-24", "4月24日至25日，河南省",
         "浙江 county portal: the 郏县 党政代表团 (褚宏岳 now 县委书记, 尚立伟 now 常务副县长) 考察 and 座谈会")]),
    "fn03_boluo.txt": (2025, "2025年3月14日　星期五", BL, [
        ("湘阴县党政代表团来博罗考察", "3月12日", "2025-03-12", "本报讯（记者 邱晓彤 通讯员 温志豪）3月12日",
         "惠州日报 第A05版, article 1: the 湘阴 县长 钟岳林's delegation in 博罗 (考察 and 座谈会); a 深圳福田 挂职 副县长"),
        ("博罗召开一季度重点项目建设推进会", "3月13日", "2025-03-13", "本报讯（记者 邱晓彤）3月13日",
         "惠州日报 第A05版, article 2: 博罗's 推进会 (县委书记, 县长 主持, 常务副县长, a town secretary)")]),
    "fn04_santai.txt": (2023, "2023-02-16 20:12", ST, [
        ("龚立川到任后首次调研 聚焦工业园区和重点项目建设", "2月15日", "2023-02-15", "2月15日，县委副书记",
         "四川 county WeChat article: the new 代县长's first 调研 (芦溪镇, 潼川镇)")]),
    "fn05_jiaxian.txt": (2022, "发布日期：2022-07-21", JX, [
        ("褚宏岳调研重点项目建设工作", "7月20日", "2022-07-20", "7月20日，县委副书记",
         "河南 county site: the 县长's 调研 with the 常务副县长 and 副县长 尚立伟")]),
    "fn06_xiangyin.txt": (2023, "2023-05-18 19:26:40", XY, [
        ("冷振华调研湘阴高新区项目建设和园区提质工作", "5月17日", "2023-05-17", "湘阴融媒讯（记者 谭思雨）5月17日",
         "湖南 county app page: the 县委书记's 调研 of the 高新区; 钟岳林 常务副县长; the 县长 only in a 推荐阅读 link")]),
    "fn07_zhijiang.txt": (2022, "2022年11月10日　星期四", ZJ, [
        ("枝江：聚力打造长江岸线绿色发展样板", "11月9日", "2022-11-09", "本报讯（记者 胡晓婉 通讯员 田家豪）11月9日",
         "三峡日报 第04版: the 枝江 市委书记's 调研; bare 市委副书记、市长 / 副市长 (葛靖宇#2) = 枝江's")]),
    "fn08_pingyin.txt": (2024, "发布时间：2024-05-09 17:12:45", PY, [
        ("苗鸿儒到玫瑰镇、东阿镇调研特色产业发展和乡村振兴工作", "5月8日", "2024-05-08", "5月8日，县委书记",
         "山东 county site: the 县委书记's 调研 of two towns (葛靖宇#1 玫瑰镇党委书记)")]),
    "fn09_fengtai.txt": (2024, "2024-07-12 10:48", FT, [
        ("姚秉乾带队检查防汛和汛期安全生产工作", "7月11日", "2024-07-11", "7月11日，县委副书记",
         "淮南网 portal: the 凤台 县长's 防汛 检查; 缪德彬 now 县委常委、常务副县长; the 县经开区")]),
    "fn10_luannan.txt": (2025, "2025-04-03 21:06", LN, [
        ("我县开展一季度重点项目观摩拉练活动", "4月2日", "2025-04-02", "4月2日，我县开展",
         "河北 county WeChat article: 观摩拉练 and 讲评会 (县委书记, 县长 主持, 常务副县长, 县经开区党工委书记, a town secretary)")]),
}

_F01_M = "安徽省凤台县副县长、挂任宝应县县长助理缪德彬"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 宝应 (江苏)
    "fn:严立群": ("严立群", "official", BY, [
        ("fn01", BY + "委", "副书记", "县委副书记、县长严立群深入县经开区和柳堡镇", "named in the headline too"),
        ("fn01", BY + "政府", "县长", "县委副书记、县长严立群深入县经开区和柳堡镇", None)], []),
    "fn:柏庆华": ("柏庆华", "official", BY, [
        ("fn01", BY + "委", "常委", "县委常委、县经开区党工委书记柏庆华", None),
        ("fn01", "宝应经开区党工委", "书记", "县委常委、县经开区党工委书记柏庆华", "``县经开区`` on the 宝应 site = 宝应经开区 (凤台's in fn09, 滦南's in fn10)")], []),
    "fn:缪德彬": ("缪德彬", "official", FT, [
        ("fn01", FT + "政府", "副县长", _F01_M, "2023-06: his home post; DECIDED HERE: 挂任 gives both posts (identity case: 凤台 常务副县长 in 2024, fn09)"),
        ("fn01", BY + "政府", "县长助理", _F01_M, "the 长三角 挂职 post, as written"),
        ("fn09", FT + "委", "常委", "县委常委、常务副县长缪德彬", "2024-07: back in 凤台, now 县委常委、常务副县长"),
        ("fn09", FT + "政府", "常务副县长", "县委常委、常务副县长缪德彬", None)], []),
    "fn:仇海燕": ("仇海燕", "official", BY, [
        ("fn01", BY + "发改委", "主任", "县发改委主任仇海燕陪同调研", "department as written after the place")], []),
    "fn:施晓峰": ("施晓峰", "official", BY, [
        ("fn01", "宝应经开区管委会", "主任", "县经开区管委会主任施晓峰介绍了", None)], []),
    "fn:夏志远": ("夏志远", "official", BY, [
        ("fn01", BY + "柳堡镇党委", "书记", "在柳堡镇，镇党委书记夏志远汇报了", None)], []),
    # ---- 郏县 (河南) and 天台 (浙江)
    "fn:褚宏岳": ("褚宏岳", "official", JX, [
        ("fn05", JX + "委", "副书记", "县委副书记、县长褚宏岳带领", "2022-07; named in the headline too (identity case: 县委书记 in 2024, fn02)"),
        ("fn05", JX + "政府", "县长", "县委副书记、县长褚宏岳带领", None),
        ("fn02", JX + "委", "书记", "郏县县委书记褚宏岳率郏县党政代表团", "2024-04 on the 天台 portal; DECIDED HERE: 郏县县委 → 郏县委")], []),
    "fn:尚立伟": ("尚立伟", "official", JX, [
        ("fn05", JX + "政府", "副县长", "副县长尚立伟参加调研", "2022-07 (identity case: 常务副县长 in 2024, fn02)"),
        ("fn02", JX + "委", "常委", "郏县县委常委、常务副县长尚立伟等参加考察", "2024-04"),
        ("fn02", JX + "政府", "常务副县长", "郏县县委常委、常务副县长尚立伟等参加考察", None)], []),
    "fn:娄跃进": ("娄跃进", "official", JX, [
        ("fn05", JX + "委", "常委", "县委常委、常务副县长娄跃进", None),
        ("fn05", JX + "政府", "常务副县长", "县委常委、常务副县长娄跃进", None)], []),
    "fn:申国强": ("申国强", "official", JX, [
        ("fn05", JX + "冢头镇党委", "书记", "在冢头镇，镇党委书记申国强汇报了", None)], []),
    "fn:秦雅丽": ("秦雅丽", "official", JX, [
        ("fn05", JX + "住建局", "局长", "县住建局局长秦雅丽介绍了", None)], []),
    "fn:许鸣远": ("许鸣远", "official", TT, [
        ("fn02", TT + "委", "副书记", "县委副书记、县长许鸣远", "also named in a 相关新闻 link"),
        ("fn02", TT + "政府", "县长", "县委副书记、县长许鸣远", None)], []),
    "fn:陈昊东": ("陈昊东", "official", TT, [
        ("fn02", TT + "委", "常委", "县委常委、副县长陈昊东陪同考察", None),
        ("fn02", TT + "政府", "副县长", "县委常委、副县长陈昊东陪同考察", None)], []),
    "fn:蒋立衡": ("蒋立衡", "official", TT, [
        ("fn02", TT + "委", "书记", "县委书记蒋立衡介绍了", "bare 县委 on the 天台 portal = 天台县委")], []),
    # ---- 湘阴 (湖南) and 博罗 (广东)
    "fn:钟岳林": ("钟岳林", "official", XY, [
        ("fn06", XY + "委", "常委", "县委常委、常务副县长钟岳林", "2023-05 (identity case: 县长 in 2025, fn03)"),
        ("fn06", XY + "政府", "常务副县长", "县委常委、常务副县长钟岳林", None),
        ("fn03", XY + "委", "副书记", "湖南省岳阳市湘阴县委副书记、县长钟岳林", "2025-03 in the 惠州日报"),
        ("fn03", XY + "政府", "县长", "湖南省岳阳市湘阴县委副书记、县长钟岳林", None)], []),
    "fn:邬光辉": ("邬光辉", "official", XY, [
        ("fn06", XY + "委", "常委", "县委常委、湘阴高新区党工委书记邬光辉参加调研", "2023-05"),
        ("fn06", "湘阴高新区党工委", "书记", "县委常委、湘阴高新区党工委书记邬光辉参加调研", None),
        ("fn03", XY + "委", "常委", "湘阴县委常委、湘阴高新区党工委书记邬光辉", "2025-03: the same posts"),
        ("fn03", "湘阴高新区党工委", "书记", "湘阴县委常委、湘阴高新区党工委书记邬光辉", None)], []),
    "fn:冷振华": ("冷振华", "official", XY, [
        ("fn06", XY + "委", "书记", "县委书记冷振华到湘阴高新区调研", "named in the headline too")], []),
    "fn:湛志勇": ("湛志勇", "official", XY, [
        ("fn06", "湘阴高新区管委会", "主任", "高新区管委会主任湛志勇介绍了", "bare 高新区 on the 湘阴 page = 湘阴高新区")], []),
    "fn:黎锦程": ("黎锦程", "official", BL, [
        ("fn03", BL + "委", "副书记", "博罗县委副书记、县长黎锦程", "article 1"),
        ("fn03", BL + "政府", "县长", "博罗县委副书记、县长黎锦程", None),
        ("fn03", BL + "委", "副书记", "县委副书记、县长黎锦程主持会议", "article 2: bare 县委 in the article on 博罗县's 推进会"),
        ("fn03", BL + "政府", "县长", "县委副书记、县长黎锦程主持会议", None)], []),
    "fn:舒朝阳": ("舒朝阳", "official", BL, [
        ("fn03", BL + "委", "常委", "县委常委、副县长舒朝阳（深圳市福田区挂职）", "after 博罗县委副书记、县长; the 挂职 note in brackets is no post"),
        ("fn03", BL + "政府", "副县长", "县委常委、副县长舒朝阳（深圳市福田区挂职）", None)], []),
    "fn:卢嘉铭": ("卢嘉铭", "official", BL, [
        ("fn03", BL + "委", "书记", "县委书记卢嘉铭出席会议并讲话", None)], []),
    "fn:伍卓坚": ("伍卓坚", "official", BL, [
        ("fn03", BL + "委", "常委", "县委常委、常务副县长伍卓坚通报了", None),
        ("fn03", BL + "政府", "常务副县长", "县委常委、常务副县长伍卓坚通报了", None)], []),
    "fn:叶慧敏": ("叶慧敏", "official", BL, [
        ("fn03", BL + "园洲镇党委", "书记", "园洲镇党委书记叶慧敏作表态发言", None)], []),
    # ---- 三台 (四川)
    "fn:龚立川": ("龚立川", "official", ST, [
        ("fn04", ST + "委", "副书记", "县委副书记、代县长龚立川到芦溪镇、潼川镇调研", "a new official's first 调研; named in the headline too"),
        ("fn04", ST + "政府", "代县长", "县委副书记、代县长龚立川到芦溪镇、潼川镇调研", "代县长 as written (dd, ff)")], []),
    "fn:蒲俊杰": ("蒲俊杰", "official", ST, [
        ("fn04", ST + "委", "常委", "县委常委、常务副县长蒲俊杰", None),
        ("fn04", ST + "政府", "常务副县长", "县委常委、常务副县长蒲俊杰", None)], []),
    "fn:何婧怡": ("何婧怡", "official", ST, [
        ("fn04", ST + "政府", "副县长", "副县长何婧怡", None)], []),
    "fn:冉春梅": ("冉春梅", "official", ST, [
        ("fn04", ST + "住建局", "局长", "县住建局局长冉春梅陪同调研", None)], []),
    "fn:敬小兵": ("敬小兵", "official", ST, [
        ("fn04", ST + "芦溪镇党委", "书记", "芦溪镇党委书记敬小兵汇报了", None)], []),
    # ---- 枝江 (湖北)
    "fn:卫宏图": ("卫宏图", "official", ZJ, [
        ("fn07", ZJ + "委", "书记", "枝江市委书记卫宏图带队调研", None)], []),
    "fn:覃文韬": ("覃文韬", "official", ZJ, [
        ("fn07", ZJ + "委", "副书记", "市委副书记、市长覃文韬", "bare 市委 after 枝江市委书记 in the 宜昌 paper = 枝江市 (fb)"),
        ("fn07", ZJ + "政府", "市长", "市委副书记、市长覃文韬", None)], []),
    "fn:葛靖宇#2": ("葛靖宇", "official", ZJ, [
        ("fn07", ZJ + "政府", "副市长", "副市长葛靖宇参加调研", "枝江 (湖北), 2022-11; not the 葛靖宇 of 平阴县玫瑰镇 (fn08)")], []),
    "fn:邹静怡": ("邹静怡", "official", ZJ, [
        ("fn07", ZJ + "董市镇党委", "书记", "在董市镇，镇党委书记邹静怡介绍了", None)], []),
    "fn:向东明": ("向东明", "official", ZJ, [
        ("fn07", "枝江经开区党工委", "书记", "枝江经开区党工委书记、管委会主任向东明汇报了", "DECIDED HERE: 枝江经开区 as written"),
        ("fn07", "枝江经开区管委会", "主任", "枝江经开区党工委书记、管委会主任向东明汇报了", None)], []),
    # ---- 平阴 (山东)
    "fn:苗鸿儒": ("苗鸿儒", "official", PY, [
        ("fn08", PY + "委", "书记", "县委书记苗鸿儒到玫瑰镇、东阿镇调研", "named in the headline too")], []),
    "fn:宫兆麟": ("宫兆麟", "official", PY, [
        ("fn08", PY + "委", "副书记", "县委副书记、县长宫兆麟", "also named in a 相关文章 link"),
        ("fn08", PY + "政府", "县长", "县委副书记、县长宫兆麟", None)], []),
    "fn:庄晓帆": ("庄晓帆", "official", PY, [
        ("fn08", PY + "委", "常委", "县委常委、副县长庄晓帆参加调研", None),
        ("fn08", PY + "政府", "副县长", "县委常委、副县长庄晓帆参加调研", None)], []),
    "fn:葛靖宇#1": ("葛靖宇", "official", PY, [
        ("fn08", PY + "玫瑰镇党委", "书记", "镇党委书记葛靖宇汇报了", "平阴 (山东), 2024-05, after ``在玫瑰镇``; not the 葛靖宇 of 枝江 (fn07)")], []),
    "fn:孟庆瑶": ("孟庆瑶", "official", PY, [
        ("fn08", PY + "东阿镇党委", "书记", "镇党委书记孟庆瑶介绍了", "after ``在东阿镇``")], []),
    # ---- 凤台 (安徽)
    "fn:姚秉乾": ("姚秉乾", "official", FT, [
        ("fn09", FT + "委", "副书记", "县委副书记、县长姚秉乾带队检查", "named in the headline too"),
        ("fn09", FT + "政府", "县长", "县委副书记、县长姚秉乾带队检查", None)], []),
    "fn:邵婷婷": ("邵婷婷", "official", FT, [
        ("fn09", FT + "水利局", "局长", "县水利局局长邵婷婷一同检查", None)], []),
    "fn:段卫国": ("段卫国", "official", FT, [
        ("fn09", FT + "钱庙乡党委", "书记", "乡党委书记段卫国介绍了", "after ``在钱庙乡永幸河排涝站``")], []),
    "fn:魏长庚": ("魏长庚", "official", FT, [
        ("fn09", "凤台经开区党工委", "书记", "县经开区党工委书记、管委会主任魏长庚汇报了", "``县经开区`` in the 凤台 item = 凤台经开区"),
        ("fn09", "凤台经开区管委会", "主任", "县经开区党工委书记、管委会主任魏长庚汇报了", None)], []),
    # ---- 滦南 (河北)
    "fn:边志强": ("边志强", "official", LN, [
        ("fn10", LN + "委", "书记", "县委书记边志强", None)], []),
    "fn:郝立川": ("郝立川", "official", LN, [
        ("fn10", LN + "委", "副书记", "县委副书记、县长郝立川", "also named in a 往期推荐 link"),
        ("fn10", LN + "政府", "县长", "县委副书记、县长郝立川", None)], []),
    "fn:董占国": ("董占国", "official", LN, [
        ("fn10", LN + "委", "常委", "县委常委、常务副县长董占国", None),
        ("fn10", LN + "政府", "常务副县长", "县委常委、常务副县长董占国", None)], []),
    "fn:甄立军": ("甄立军", "official", LN, [
        ("fn10", LN + "委", "常委", "县委常委、县经开区党工委书记甄立军", None),
        ("fn10", "滦南经开区党工委", "书记", "县委常委、县经开区党工委书记甄立军", "``县经开区`` on the 滦南 account = 滦南经开区")], []),
    "fn:付雅南": ("付雅南", "official", LN, [
        ("fn10", LN + "倴城镇党委", "书记", "在倴城镇，镇党委书记付雅南介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fn01", "顾雨欣", "责任编辑", "editor", "责任编辑：顾雨欣"),
    ("fn02", "齐梦瑶", "记者", "reporter", "作者：记者 齐梦瑶 通讯员 范立新"),
    ("fn02", "范立新", "通讯员", "correspondent", "作者：记者 齐梦瑶 通讯员 范立新"),
    ("fn02", "金晓蕾", "编辑", "editor", "编辑：金晓蕾"),
    ("fn03", "邱晓彤", "记者", "reporter", "本报讯（记者 邱晓彤 通讯员 温志豪）"),
    ("fn03", "温志豪", "通讯员", "correspondent", "本报讯（记者 邱晓彤 通讯员 温志豪）"),
    ("fn03", "黄可欣", "本版编辑", "editor", "本版编辑：黄可欣"),
    ("fn04", "苟文博", "记者", "reporter", "记者：苟文博"),
    ("fn04", "赵芮", "编辑", "editor", "编辑：赵芮"),
    ("fn04", "母建林", "审核", "editor", "审核：母建林"),
    ("fn05", "靳雨菲", "责任编辑", "editor", "责任编辑：靳雨菲"),
    ("fn06", "谭思雨", "记者", "reporter", "湘阴融媒讯（记者 谭思雨）"),
    ("fn06", "黎梓涵", "责编", "editor", "责编：黎梓涵"),
    ("fn06", "罗桂生", "二审", "editor", "二审：罗桂生"),
    ("fn06", "丁卫东", "三审", "editor", "三审：丁卫东"),
    ("fn07", "胡晓婉", "记者", "reporter", "本报讯（记者 胡晓婉 通讯员 田家豪）"),
    ("fn07", "田家豪", "通讯员", "correspondent", "本报讯（记者 胡晓婉 通讯员 田家豪）"),
    ("fn07", "石蕾", "本版责任编辑", "editor", "本版责任编辑：石蕾"),
    ("fn08", "荀立萍", "责任编辑", "editor", "责任编辑：荀立萍"),
    ("fn09", "段晓雯", "作者", "author", "作者：段晓雯"),
    ("fn09", "鲁怡然", "编辑", "editor", "编辑：鲁怡然"),
    ("fn10", "么雪松", "记者", "reporter", "记者：么雪松"),
    ("fn10", "佟欣然", "编辑", "editor", "编辑：佟欣然"),
    ("fn10", "邸振江", "审核", "editor", "审核：邸振江"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("fn03", "邱晓彤"): "本报讯（记者 邱晓彤）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fn01", "县经开区和柳堡镇重点项目建设和工业经济运行调研", "inspection (调研)", "6月13日", None, "严立群", [],
     ["柏庆华", "缪德彬", "仇海燕"], ["施晓峰", "夏志远", "缪德彬", "严立群", "柏庆华"], "县经开区、柳堡镇",
     "县委副书记、县长严立群深入县经开区和柳堡镇，调研重点项目建设和工业经济运行情况",
     ["县长严立群深入县经开区和柳堡镇", "县发改委主任仇海燕陪同调研", "施晓峰介绍了", "夏志远汇报了", "缪德彬介绍了",
      "严立群指出", "柏庆华表示"]),
    ("fn02", "郏县党政代表团考察", "inspection (考察)", "4月24日至25日", None, "褚宏岳", [],
     ["尚立伟", "许鸣远", "陈昊东"], ["陈昊东"], "天台县（坦头镇、平桥镇、塔后村）",
     "郏县县委书记褚宏岳率郏县党政代表团来我县考察交流",
     ["县委书记褚宏岳率郏县党政代表团来我县考察交流", "常务副县长尚立伟等参加考察", "县长许鸣远，县委常委、副县长陈昊东陪同考察",
      "陈昊东介绍了"]),
    ("fn02", "座谈会", "meeting (座谈会)", "4月24日至25日", None, None, [],
     ["许鸣远"], ["蒋立衡", "褚宏岳", "尚立伟"], "天台县",
     "在随后召开的座谈会上，县委书记蒋立衡介绍了我县经济社会发展情况",
     ["县委书记蒋立衡介绍了", "褚宏岳表示", "尚立伟介绍了", "许鸣远参加座谈"]),
    ("fn03", "湘阴县党政代表团考察", "inspection (考察)", "3月12日", None, "钟岳林", [],
     ["黎锦程", "舒朝阳"], ["舒朝阳"], "博罗县（园洲镇、石湾镇、杨村镇）",
     "湘阴县委副书记、县长钟岳林率湘阴县党政代表团来博罗县考察",
     ["县长钟岳林率湘阴县党政代表团来博罗县考察", "县长黎锦程，县委常委、副县长舒朝阳（深圳市福田区挂职）陪同考察", "舒朝阳介绍了"]),
    ("fn03", "座谈会", "meeting (座谈会)", "3月12日", None, None, [],
     [], ["黎锦程", "钟岳林", "邬光辉"], "博罗县",
     "在随后召开的座谈会上，黎锦程介绍了博罗县情和产业发展情况",
     ["黎锦程介绍了", "钟岳林表示", "邬光辉介绍了"]),
    ("fn03", "一季度重点项目建设推进会", "meeting (推进会)", "3月13日", "黎锦程", None, ["博罗县"],
     ["卢嘉铭"], ["卢嘉铭", "伍卓坚", "叶慧敏", "黎锦程"], "博罗县",
     "3月13日，博罗县召开一季度重点项目建设推进会",
     ["县委书记卢嘉铭出席会议并讲话", "县长黎锦程主持会议", "伍卓坚通报了", "叶慧敏作表态发言", "卢嘉铭强调", "黎锦程要求"]),
    ("fn04", "工业园区建设和重点项目推进调研", "inspection (调研)", "2月15日", None, "龚立川", [],
     ["蒲俊杰", "何婧怡", "冉春梅"], ["敬小兵", "龚立川", "冉春梅", "何婧怡", "蒲俊杰"], "芦溪镇、潼川镇",
     "县委副书记、代县长龚立川到芦溪镇、潼川镇调研工业园区建设和重点项目推进情况",
     ["代县长龚立川到芦溪镇、潼川镇调研", "县住建局局长冉春梅陪同调研", "敬小兵汇报了", "龚立川指出", "冉春梅介绍了",
      "何婧怡汇报了", "龚立川强调", "蒲俊杰表示"]),
    ("fn05", "重点项目建设调研", "inspection (调研)", "7月20日", None, "褚宏岳", [],
     ["娄跃进", "尚立伟"], ["申国强", "秦雅丽", "尚立伟", "褚宏岳", "娄跃进"], "冢头镇、薛店镇、龙山街道",
     "县委副书记、县长褚宏岳带领县发展改革委、自然资源局、住建局等部门负责同志，深入冢头镇、薛店镇和龙山街道，调研重点项目建设工作",
     ["县长褚宏岳带领", "副县长尚立伟参加调研", "申国强汇报了", "秦雅丽介绍了", "尚立伟就红牛产业园冷链仓储配套提出了建议",
      "褚宏岳指出", "娄跃进要求"]),
    ("fn06", "湘阴高新区重点项目建设和园区提质调研", "inspection (调研)", "5月17日", None, "冷振华", [],
     ["钟岳林", "邬光辉"], ["邬光辉", "湛志勇", "冷振华", "钟岳林"], "湘阴高新区、金龙镇",
     "县委书记冷振华到湘阴高新区调研重点项目建设和园区提质工作",
     ["县委书记冷振华到湘阴高新区调研", "湘阴高新区党工委书记邬光辉参加调研", "邬光辉汇报了", "湛志勇介绍了", "冷振华指出",
      "钟岳林就做好项目用地"]),
    ("fn07", "长江岸线生态修复和化工园区转型升级调研", "inspection (调研)", "11月9日", None, "卫宏图", [],
     ["覃文韬", "葛靖宇"], ["邹静怡", "向东明", "葛靖宇", "卫宏图", "覃文韬"], "董市镇、姚家港化工园区、仙女镇",
     "枝江市委书记卫宏图带队调研长江岸线生态修复和化工园区转型升级工作",
     ["枝江市委书记卫宏图带队调研", "副市长葛靖宇参加调研", "邹静怡介绍了", "向东明汇报了", "葛靖宇就化工园区安全风险防控作了安排",
      "卫宏图指出", "覃文韬表示"]),
    ("fn08", "玫瑰镇、东阿镇特色产业发展和乡村振兴调研", "inspection (调研)", "5月8日", None, "苗鸿儒", [],
     ["宫兆麟", "庄晓帆"], ["葛靖宇", "孟庆瑶", "庄晓帆", "苗鸿儒", "宫兆麟"], "玫瑰镇、东阿镇",
     "县委书记苗鸿儒到玫瑰镇、东阿镇调研玫瑰、阿胶等特色产业发展和乡村振兴工作",
     ["县委书记苗鸿儒到玫瑰镇、东阿镇调研", "副县长庄晓帆参加调研", "葛靖宇汇报了", "孟庆瑶介绍了", "庄晓帆汇报了", "苗鸿儒强调",
      "宫兆麟要求"]),
    ("fn09", "防汛和汛期安全生产检查", "inspection (检查)", "7月11日", None, "姚秉乾", [],
     ["缪德彬", "邵婷婷"], ["邵婷婷", "段卫国", "魏长庚", "姚秉乾", "缪德彬"], "淮河凤台段、永幸河、钱庙乡、县经开区",
     "县委副书记、县长姚秉乾带队检查淮河凤台段、永幸河沿线防汛工作和县经开区汛期安全生产工作",
     ["县长姚秉乾带队检查", "县水利局局长邵婷婷一同检查", "邵婷婷汇报了", "段卫国介绍了", "魏长庚汇报了", "姚秉乾强调", "缪德彬要求"]),
    ("fn10", "一季度重点项目观摩拉练活动", "site observation (观摩拉练活动)", "4月2日", None, None, ["滦南县"],
     ["边志强", "郝立川", "董占国", "甄立军"], ["甄立军", "付雅南"], "县经开区嘴东园区、倴城镇、扒齿港镇",
     "4月2日，我县开展一季度重点项目观摩拉练活动",
     ["县委书记边志强", "县委副书记、县长郝立川", "常务副县长董占国", "县经开区党工委书记甄立军等县领导", "甄立军介绍了", "付雅南介绍了"]),
    ("fn10", "讲评会", "meeting (讲评会)", "4月2日", "郝立川", None, [],
     [], ["董占国", "边志强", "郝立川"], None,
     "观摩结束后，召开讲评会",
     ["董占国通报了", "边志强指出", "郝立川主持讲评会"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fn01", "县经开区智能电网装备产业园二期", "industrial_park", "先后来到县经开区智能电网装备产业园二期"),
    ("fn01", "柳堡镇精密线缆产业园一期", "industrial_park", "柳堡镇精密线缆产业园一期和宝应湖退圩还湖生态修复工程现场"),
    ("fn01", "宝应湖退圩还湖生态修复工程", "greening_project", "宝应湖退圩还湖生态修复工程现场"),
    ("fn02", "坦头镇汽车用品智造产业园二期", "industrial_park", "先后走进坦头镇汽车用品智造产业园二期"),
    ("fn02", "平桥镇滤料产业园一期", "industrial_park", "平桥镇滤料产业园一期、始丰溪生态廊道"),
    ("fn02", "始丰溪生态廊道", "greening_project", "始丰溪生态廊道和塔后村等地"),
    ("fn03", "园洲镇新能源电池材料产业园二期", "industrial_park", "先后来到园洲镇新能源电池材料产业园二期"),
    ("fn03", "石湾镇智能终端产业园", "industrial_park", "石湾镇智能终端产业园和杨村镇南药种植示范基地"),
    ("fn03", "杨村镇南药种植示范基地", "project", "石湾镇智能终端产业园和杨村镇南药种植示范基地"),
    ("fn03", "百千万工程", "program", "重点项目是推进“百千万工程”的重要支撑"),
    ("fn04", "绿色食品产业园二期", "industrial_park", "龚立川走进绿色食品产业园二期施工现场"),
    ("fn04", "涪江三台段防洪治理工程", "engineering_work", "一行来到涪江三台段防洪治理工程和潼川古城保护提升项目现场"),
    ("fn04", "潼川古城保护提升项目", "project", "一行来到涪江三台段防洪治理工程和潼川古城保护提升项目现场"),
    ("fn05", "薛店镇红牛产业园屠宰加工项目", "project", "先后来到薛店镇红牛产业园屠宰加工项目"),
    ("fn05", "冢头古镇保护开发项目", "project", "冢头古镇保护开发项目、北汝河郏县段综合治理工程"),
    ("fn05", "北汝河郏县段综合治理工程", "engineering_work", "北汝河郏县段综合治理工程和龙山街道老旧小区改造项目现场"),
    ("fn05", "龙山街道老旧小区改造项目", "housing_project", "北汝河郏县段综合治理工程和龙山街道老旧小区改造项目现场"),
    ("fn06", "湘阴高新区装配式建筑产业园二期", "industrial_park", "先后来到湘阴高新区装配式建筑产业园二期"),
    ("fn06", "金龙镇新材料产业园标准厂房项目", "industrial_park", "金龙镇新材料产业园标准厂房项目和湘江湘阴段岸线生态修复工程现场"),
    ("fn06", "湘江湘阴段岸线生态修复工程", "greening_project", "金龙镇新材料产业园标准厂房项目和湘江湘阴段岸线生态修复工程现场"),
    ("fn07", "董市镇长江岸线生态修复工程", "greening_project", "先后来到董市镇长江岸线生态修复工程"),
    ("fn07", "姚家港化工园区公共管廊二期工程", "infrastructure_project", "姚家港化工园区公共管廊二期工程和仙女镇智能家居产业园一期现场"),
    ("fn07", "仙女镇智能家居产业园一期", "industrial_park", "姚家港化工园区公共管廊二期工程和仙女镇智能家居产业园一期现场"),
    ("fn08", "玫瑰产业融合发展示范园", "project", "一行来到玫瑰产业融合发展示范园"),
    ("fn08", "阿胶古镇提升项目", "project", "苗鸿儒察看了阿胶古镇提升项目"),
    ("fn08", "黄河平阴段生态保护修复工程", "greening_project", "阿胶古镇提升项目和黄河平阴段生态保护修复工程"),
    ("fn09", "县经开区煤基新材料产业园一期", "industrial_park", "一行来到县经开区煤基新材料产业园一期施工现场"),
    ("fn09", "永幸河综合治理工程", "engineering_work", "要扎实推进永幸河综合治理工程和淮河凤台段堤防加固工程"),
    ("fn09", "淮河凤台段堤防加固工程", "engineering_work", "要扎实推进永幸河综合治理工程和淮河凤台段堤防加固工程"),
    ("fn10", "县经开区嘴东园区钢铁深加工产业园二期", "industrial_park", "先后来到县经开区嘴东园区钢铁深加工产业园二期"),
    ("fn10", "倴城镇老旧小区改造项目", "housing_project", "倴城镇老旧小区改造项目、扒齿港镇海产品冷链物流中心"),
    ("fn10", "扒齿港镇海产品冷链物流中心", "logistics_hub", "倴城镇老旧小区改造项目、扒齿港镇海产品冷链物流中心"),
    ("fn10", "滦河滦南段生态修复工程", "greening_project", "滦河滦南段生态修复工程等12个项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fn01", "经开区", "development_zone", "standalone", "深入县经开区和柳堡镇"),
    ("fn01", "柳堡镇", "town", "standalone", "深入县经开区和柳堡镇"),
    ("fn01", "安徽省", "province", "in_title", _F01_M),
    ("fn01", "凤台县", "county", "in_title", _F01_M),
    ("fn01", "宝应县", "county", "in_title", _F01_M),
    ("fn01", "宝应湖", "lake", "standalone", "他强调，宝应湖生态修复工程"),
    ("fn01", "长三角", "region", "standalone", "介绍了长三角产业合作对接情况"),
    ("fn01", "凤台", "county", "standalone", "推动凤台、宝应两地园区共建"),
    ("fn01", "宝应", "county", "standalone", "推动凤台、宝应两地园区共建"),
    ("fn02", "河南省", "province", "in_title", "河南省平顶山市郏县县委书记褚宏岳"),
    ("fn02", "平顶山市", "city", "in_title", "河南省平顶山市郏县县委书记褚宏岳"),
    ("fn02", "郏县", "county", "standalone", "天台和郏县虽然相隔千里"),
    ("fn02", "天台", "county", "standalone", "天台和郏县虽然相隔千里"),
    ("fn02", "坦头镇", "town", "standalone", "在坦头镇，陈昊东介绍了"),
    ("fn02", "平桥镇", "town", "in_project_name", "平桥镇滤料产业园一期、始丰溪生态廊道"),
    ("fn02", "始丰溪", "river", "in_project_name", "始丰溪生态廊道和塔后村等地"),
    ("fn02", "塔后村", "village", "standalone", "始丰溪生态廊道和塔后村等地"),
    ("fn03", "博罗", "county", "standalone", "湘阴县党政代表团来博罗考察"),
    ("fn03", "湖南省", "province", "in_title", "湖南省岳阳市湘阴县委副书记、县长钟岳林"),
    ("fn03", "岳阳市", "city", "in_title", "湖南省岳阳市湘阴县委副书记、县长钟岳林"),
    ("fn03", "湘阴县", "county", "standalone", "率湘阴县党政代表团来博罗县考察"),
    ("fn03", "博罗县", "county", "standalone", "率湘阴县党政代表团来博罗县考察"),
    ("fn03", "深圳市", "city", "in_title", "县委常委、副县长舒朝阳（深圳市福田区挂职）"),
    ("fn03", "福田区", "district", "in_title", "县委常委、副县长舒朝阳（深圳市福田区挂职）"),
    ("fn03", "园洲镇", "town", "in_project_name", "先后来到园洲镇新能源电池材料产业园二期"),
    ("fn03", "石湾镇", "town", "in_project_name", "石湾镇智能终端产业园和杨村镇南药种植示范基地"),
    ("fn03", "杨村镇", "town", "in_project_name", "石湾镇智能终端产业园和杨村镇南药种植示范基地"),
    ("fn03", "深圳", "city", "standalone", "深圳福田、博罗两地共建园区"),
    ("fn03", "福田", "district", "standalone", "深圳福田、博罗两地共建园区"),
    ("fn03", "湘阴", "county", "standalone", "钟岳林表示，湘阴地处长株潭都市圈"),
    ("fn03", "长株潭都市圈", "region", "standalone", "湘阴地处长株潭都市圈和洞庭湖生态经济区交汇处"),
    ("fn03", "洞庭湖生态经济区", "region", "standalone", "湘阴地处长株潭都市圈和洞庭湖生态经济区交汇处"),
    ("fn03", "粤港澳大湾区", "region", "standalone", "正全力承接粤港澳大湾区产业转移"),
    ("fn03", "湘阴高新区", "development_zone", "standalone", "介绍了湘阴高新区的产业定位"),
    ("fn04", "芦溪镇", "town", "standalone", "代县长龚立川到芦溪镇、潼川镇调研"),
    ("fn04", "潼川镇", "town", "standalone", "代县长龚立川到芦溪镇、潼川镇调研"),
    ("fn04", "芦溪工业园区", "zone_park", "standalone", "在芦溪工业园区，龚立川"),
    ("fn04", "涪江", "river", "in_project_name", "一行来到涪江三台段防洪治理工程"),
    ("fn04", "三台", "county", "in_project_name", "一行来到涪江三台段防洪治理工程"),
    ("fn04", "潼川古城", "heritage_site", "in_project_name", "潼川古城保护提升项目现场"),
    ("fn05", "冢头镇", "town", "standalone", "深入冢头镇、薛店镇和龙山街道"),
    ("fn05", "薛店镇", "town", "standalone", "深入冢头镇、薛店镇和龙山街道"),
    ("fn05", "龙山街道", "sub_district_office", "standalone", "深入冢头镇、薛店镇和龙山街道"),
    ("fn05", "冢头古镇", "heritage_site", "in_project_name", "冢头古镇保护开发项目、北汝河郏县段综合治理工程"),
    ("fn05", "北汝河", "river", "in_project_name", "北汝河郏县段综合治理工程和龙山街道"),
    ("fn05", "郏县", "county", "in_project_name", "北汝河郏县段综合治理工程和龙山街道"),
    ("fn06", "湘阴高新区", "development_zone", "standalone", "县委书记冷振华到湘阴高新区调研"),
    ("fn06", "高新区", "development_zone", "standalone", "邬光辉汇报了高新区今年一季度"),
    ("fn06", "金龙镇", "town", "in_project_name", "金龙镇新材料产业园标准厂房项目"),
    ("fn06", "湘江", "river", "standalone", "湘江岸线生态修复要坚持生态优先"),
    ("fn06", "湘阴", "county", "in_project_name", "湘江湘阴段岸线生态修复工程现场"),
    ("fn07", "枝江", "county_level_city", "standalone", "枝江：聚力打造长江岸线绿色发展样板"),
    ("fn07", "枝江市", "county_level_city", "in_title", "枝江市委书记卫宏图带队调研"),
    ("fn07", "长江", "river", "standalone", "带队调研长江岸线生态修复"),
    ("fn07", "董市镇", "town", "standalone", "在董市镇，镇党委书记邹静怡"),
    ("fn07", "姚家港化工园区", "zone_park", "standalone", "在姚家港化工园区，枝江经开区"),
    ("fn07", "仙女镇", "town", "in_project_name", "仙女镇智能家居产业园一期现场"),
    ("fn07", "枝江经开区", "development_zone", "in_title", "枝江经开区党工委书记、管委会主任向东明"),
    ("fn08", "玫瑰镇", "town", "standalone", "县委书记苗鸿儒到玫瑰镇、东阿镇调研"),
    ("fn08", "东阿镇", "town", "standalone", "县委书记苗鸿儒到玫瑰镇、东阿镇调研"),
    ("fn08", "阿胶古镇", "scenic_area", "in_project_name", "苗鸿儒察看了阿胶古镇提升项目"),
    ("fn08", "黄河", "river", "standalone", "守护好黄河岸线生态"),
    ("fn08", "平阴", "county", "standalone", "玫瑰和阿胶是平阴的金字招牌"),
    ("fn09", "淮河", "river", "standalone", "带队检查淮河凤台段、永幸河沿线防汛工作"),
    ("fn09", "凤台", "county", "standalone", "带队检查淮河凤台段、永幸河沿线防汛工作"),
    ("fn09", "永幸河", "river", "standalone", "带队检查淮河凤台段、永幸河沿线防汛工作"),
    ("fn09", "钱庙乡", "township", "standalone", "在钱庙乡永幸河排涝站"),
    ("fn09", "经开区", "development_zone", "standalone", "防汛工作和县经开区汛期安全生产工作"),
    ("fn10", "经开区", "development_zone", "in_title", "县委常委、县经开区党工委书记甄立军"),
    ("fn10", "嘴东园区", "zone_park", "standalone", "在嘴东园区，甄立军介绍了"),
    ("fn10", "倴城镇", "town", "standalone", "在倴城镇，镇党委书记付雅南"),
    ("fn10", "扒齿港镇", "town", "in_project_name", "扒齿港镇海产品冷链物流中心"),
    ("fn10", "滦河", "river", "in_project_name", "滦河滦南段生态修复工程"),
    ("fn10", "滦南", "county", "in_project_name", "滦河滦南段生态修复工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fn", conventions="set fn (blind set, held-out-like mix, twelfth round: ten pages from ten provinces, one county or county-level city each — 江苏 宝应县 site, 浙江 天台 news portal (作者 / 编辑 in the stamp line), 惠州日报 第A05版 with two 博罗 articles, 四川 三台 WeChat article, 河南 郏县 site, 湖南 湘阴 app page, 三峡日报 第04版 (枝江), 山东 平阴县 site, 淮南网 portal (凤台), 河北 滦南 WeChat article; bare organs take the page's place or, in a city paper, the county just named (枝江市 after 枝江市委书记); 郏县县委 → 郏县委; 县经开区 → county name + 经开区; 湘阴高新区 / bare 高新区 both places; 挂任 gives the home post and the 挂职 post, a 挂职 note in brackets none; 代县长 as written; a delegation's 考察 led by its head, the 座谈会 after it its own meeting; 观摩拉练 site observation + 讲评会; chrome links give no entry; one line per post per article)",
          persons_note="Set fn persons. id = corpus-wide person_id (fn:葛靖宇#1 平阴县玫瑰镇党委书记 (山东, 2024) and fn:葛靖宇#2 枝江市副市长 (湖北, 2022) are two people; fn:褚宏岳 郏县长 2022 → 郏县委书记 2024 (on the 天台 portal); fn:尚立伟 郏县副县长 2022 → 常委、常务副县长 2024; fn:钟岳林 湘阴县委常委、常务副县长 2023 → 湘阴县长 2025 (in the 惠州日报); fn:缪德彬 凤台县副县长 挂任 宝应县县长助理 2023 → 凤台县委常委、常务副县长 2024; fn:龚立川 三台县 代县长, first 调研 2023)")


if __name__ == "__main__":
    main()
