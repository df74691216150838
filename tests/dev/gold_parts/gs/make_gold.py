"""Write gold part ``gs`` (a blind set, held-out-like mix, 19th round: pages as a user would collect them from many places
at once — 黑龙江, 吉林, 四川, 贵州, 江西, 福建 — county and county-level-city government sites with chrome, a city paper's
e-edition page and two 新闻网 portal pages; leaders' 调研, 会议, 会见 and 签约 with title chains; one official promoted
within the same county across two years) from the tables below.

Pages ``tests/dev/texts/gs*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (none copied): the 东北网 政务 pages (``您当前的位置 : 东北网 > 东北网
黑龙江 > 政务·政策 > 政务``, a stamp line ``… 来源:东北网 作者:``, ``东北网…讯 (黑龙江日报记者 …)``, ``…参加会见``,
``责任编辑:``) and a 龙头新闻·黑龙江日报 page (``来源:… 作者:…``, ``记者:…;摄影:…``); a 黑河 port page (``黑河市委副书记、
市长…，黑河市委常委、副市长…参加会议``); a 吉林日报 reprint (``作者:… 来源:吉林日报``, ``本报3月14日讯(记者…)``, ``…参加
会见``, 上一篇 / 下一篇, 推荐图片文章); the 吉林市 government page of the 市长's 调研 (``市领导…分别参加相关调研``, ``原标题:``,
``反侵权公告``) and the 蛟河市 site footer (``网站地图 蛟河市人民政府主办 … 吉ICP备… 网站标识码:… 公安机关备案号``); the
雾凇融媒网 page (``吉林市融媒体中心``); the 旺苍 site (``受县委副书记、县长…委托，县委常委、县政府常务副县长…主持召开十九届
人民政府第23次常务会议。县领导…出席会议``); the 安岳 site (``繁体| 统一用户登录 / 网站支持IPV6 / 当前位置: 首页 > 信息正文``,
``发布时间: … 来源:安岳县融媒体中心 【字体:``, a 集中签约仪式 with the 县委书记 致辞 and the 县长 主持); the 筠连 集中签约仪式 on
中国网 (``发布时间:… | 来源:… | 作者:… | 责任编辑:…``, ``县委副书记…主持仪式``, ``县委常委、常务副县长…代表县人民政府…签订
合作协议``); the 金堂 site (``金堂县人民政府主办 … 蜀ICP备… 网站标识码``); a 石柱 page (``本网讯(记者 … 文/图)``); the 德江 site
(``县委书记…带队赴…招商考察。县政府党组成员、县发改局局长…，贵州德江经开区党工委副书记…参加考察``); a 庆云 page of a 党政考察团;
the 石城 (江西) site (``县委常委、组织部部长…召开…调度会，县政府副县长…主持会议``, ``县商务局党组书记…参会并陪同调研``); a 会昌
page (``县委书记…，县委常委、副县长…先后陪同调研``); the 福州新闻网 page (``福州新闻网 >> 新闻频道 >> …``, ``来源:福建日报``,
``【责任编辑:…】``, 相关新闻); a 福鼎新闻网 page (``福鼎新闻网讯(…)``, 柘荣's 党政考察团 with ``县长…``); a 仙游 调研 page; the
西乡 and 镇巴 sites (navigation bars, ``县委副书记、代县长…督导检查``). Places are real: 黑龙江 齐齐哈尔 (依安县 with 依龙镇 and
双阳镇, 拜泉县 with 三道镇), 吉林 通化 (柳河县, 辉南县 with 朝阳镇 and 金川镇), 四川 南充 (营山县), 贵州 遵义 (湄潭县 with
湄江街道 and 永兴镇, 汇川区 with 高坪街道, 遵义经开区), 江西 赣州 (龙南市 and 龙南经开区), 福建 宁德 (古田县 with 大桥镇 and
吉巷乡).

Shapes: the 依安县 site's 政务要闻 page (full chrome: navigation, ``发布时间 … 来源 … 浏览次数``, ``字号：[大 中 小]``, 打印 / 关闭,
相关链接, footer with 黑ICP备 / 网站标识码 / 公网安备) of the 县委书记's 调研 of two towns with the 县长, the 常务副县长, a 局长, a
town secretary and a 镇长 (gs01); the same site two years later, 招商动态: the former 常务副县长, now 县委副书记、县长, hosts a
company's 会见 and the 签约仪式 after it (常务副县长 主持, the new 县委书记 致辞, a 副县长 signs) (gs02); the 齐齐哈尔日报 第01版
(two-line headline, 本版导读) of the 市长's 调研 of 拜泉县 with the 市委常委、副市长 — the former 依安 县委书记 — and the 市政府秘书长
(gs03); the 柳河县 site of a 县政府常务会议 (县长 主持; 常务副县长 and a list of 副县长 出席; a 县人大常委会副主任 列席; a 局长
汇报) (gs04); the 通化新闻网 portal's 县区 > 辉南 page (``来源：辉南县融媒体中心　作者：…　编辑：…``, share bar, 相关新闻) of the
辉南 县委书记's 调研 — the former 柳河 县长 — and a 座谈会 after it (gs05); the 营山县 site of a 集中签约仪式 (县委副书记 主持, the
县委书记 致辞, the 县长 / 人大主任 / 政协主席 出席, the 常务副县长 signs, a 局长 presents, a company's 总经理 speaks) (gs06); the 湄潭县
site of the 县委书记's 防汛 检查 and 茶产业 调研 (``编辑 / 二审 / 三审``) (gs07); the 遵义网 portal's reprint of the 遵义日报
(``来源：遵义日报　作者：记者 …``, ``【编辑：…】``) of the 市长's 调研 of 经开区 and 汇川区 with the 副市长 — the former 湄潭 县长
(gs08); the 龙南市 site's 领导活动 page of the 市委书记's 调研 of 经开区 and the 调度会 after it (``市委常委、经开区党工委书记``)
(gs09); the 古田新闻网 county portal (``古田新闻网讯（记者 … 通讯员 …）``, 上一篇 / 下一篇) of the 县长's 调研 of two towns (gs10).

Identity cases:
- gs:宫立航, promoted within one county across two years: 依安县委常委、常务副县长 (gs01, April 2023) → 依安县委副书记、县长
  (gs02, June 2025); his predecessor as 县长, gs:栾启舟, is on gs01 only.
- gs:佟景川 moves from a county to its city: 依安县委书记 (gs01, April 2023) → 齐齐哈尔市委常委、副市长 (gs03, Aug 2024, on a
  page about another county, 拜泉).
- gs:鲁振钧 moves between two counties of 通化: 柳河县委副书记、县长 (gs04, July 2022) → 辉南县委书记 (gs05, Sept 2024).
- gs:敖仕诚 moves from a county to its city: 湄潭县委副书记、县长 (gs07, June 2022) → 遵义市副市长 (gs08, Nov 2024).
- two different 卓立峰 in unrelated places: gs:卓立峰#1 is 辉南县委常委、副县长 (吉林 通化, gs05, 2024); gs:卓立峰#2 is 古田县大桥镇
  党委书记 (福建 宁德, gs10, 2025).
- one organ name of different places: bare ``经开区`` / ``经开区党工委`` is 遵义经开区's in the 遵义 portal (gs08) and 龙南经开区's on
  the 龙南市 site (gs09); bare ``县委书记`` / ``县委副书记、县长`` / ``县委常委、常务副县长`` are 依安's (gs01, gs02), 柳河's (gs04),
  辉南's (gs05), 营山's (gs06), 湄潭's (gs07), 古田's (gs10) — and ``县委副书记、县长`` right after ``拜泉县委书记`` in the 齐齐哈尔日报
  is 拜泉's (gs03); bare ``市委常委、副市长`` is 齐齐哈尔's (gs03), bare ``副市长`` 遵义's (gs08); bare ``市委书记`` /
  ``市委副书记、市长`` are 齐齐哈尔's (gs03), 遵义's (gs08) and the county-level city 龙南's (gs09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, go, gp where they speak; decided here where they are silent):
- Labels: 依安县, 拜泉县, 柳河县, 辉南县, 营山县, 湄潭县, 古田县 (each the one county of its name: no city prefix), 汇川区 (one
  district of that name), 龙南市 (county-level city), 齐齐哈尔市, 遵义市. Towns take their county: 依安县依龙镇党委, 依安县双阳镇政府
  (镇长 → the town 政府), 拜泉县三道镇党委, 辉南县朝阳镇党委, 湄潭县永兴镇党委, 古田县大桥镇党委.
- Zones: 遵义经济技术开发区 and 龙南经济技术开发区 are national 经开区: ``经开区党工委书记、管委会主任帅国栋`` (遵义 portal) →
  遵义经开区党工委 书记 + 遵义经开区管委会 主任. DECIDED HERE: the 经开区 of a county-level city takes that city's name without 市
  (CONVENTIONS' rule for a city): ``市委常委、经开区党工委书记钟毓麟`` (龙南市 site) → 龙南市委 常委 + 龙南经开区党工委 书记.
- Bare organs take the page's place or its parent of the right level (as bs, gp): on a county site bare 县委 / 县长 / 县X局 /
  县人大常委会 / 县政协 are that county's; on the 龙南市 site bare 市委 / 市长 龙南市's; in the 齐齐哈尔日报 and the 遵义 portal's
  reprint of the 遵义日报 bare 市委 / 市长 / 副市长 / 市政府秘书长 the paper's city. DECIDED HERE: on the 通化新闻网 portal (a city
  portal) the bare ``县委书记`` / ``县委副书记、县长`` / ``县委常委、副县长`` of a page filed under 县区 > 辉南, sourced from 辉南县融媒体中心
  and naming 辉南县 in the body are 辉南县's, not 通化's.
- Departments as written after the place: ``县农业农村局局长`` → 依安县农业农村局, ``县工业信息科技局局长`` → 依安县工业信息科技局,
  ``县财政局局长`` → 柳河县财政局, ``县投资促进局局长`` → 营山县投资促进局; ``县人大常委会副主任`` → 柳河县人大常委会 副主任,
  ``县人大常委会主任`` → 营山县人大常委会 主任, ``县政协主席`` → 营山县政协 主席; a bare ``县委副书记`` (苟靖川) → 营山县委 副书记.
  A list after one title gives every name that title (``副县长付春晖、关德胜``). One line per post per article.
- A company's 董事长 / 总经理 (戚文昊, 梅嘉骏, 伍天佑) is no post; they are ``company_executive`` persons (as gp).
- Events: 调研 is an ``inspection`` (leader; 陪同 / 参加 / 一同检查调研 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排
  speakers; a town secretary who only reports at a site is a speaker, as bq02). The 湄潭 outing (``检查防汛工作，调研茶产业项目
  建设``, one trip, one party, one day) is one inspection (as gp). The 座谈会 after the 辉南 调研 and the 调度会 after the 龙南 调研 are
  meetings of their own (as gk, gl, gp); DECIDED HERE: ``赖晓帆，…钟毓麟参加`` after a sentence naming both the 调研 and the
  调度会 makes them attendees of both (as by's 陪同考察或出席会议), and the ``廖宏图强调`` paragraph after the 调度会 paragraph is
  the 调度会's (as gp). The 常务会议 is a meeting (chair 主持; 出席 and 列席 attendees; the 局长 who 汇报 a speaker). The 会见 is
  ``meeting (会见)`` without chair (host, guests and 参加会见 officials attendees, as ah, ea); the 签约仪式 after it and the 集中签约
  仪式 are ``ceremony`` (chair 主持; 出席 / 签约 / 签署 attendees; 介绍 / 致辞 / 发言 / 要求 speakers, as gp). DECIDED HERE: the 签约仪式
  held ``会见后`` carries the 会见's date (``6月11日上午``); venues (县政务服务中心, 县会议中心) are the event's ``place`` only, no place
  rows. Meetings in 相关链接 / 相关新闻 / 上一篇 / 下一篇 / 本版导读 lists are not annotated.
- Bylines: ``本报讯（记者 …）`` and ``古田新闻网讯（记者 … 通讯员 …）`` reporter and correspondent lines; DECIDED HERE: the portal
  stamp ``作者：记者 娄欣然`` (gs08, the only credit of the reprint) is a reporter line, the stamp ``作者：车雨涵`` with no role word
  (gs05) an author line, and the stamp ``作者：缪雅婷`` repeating the 记者 credit (gs10) gives no second line (as gp); 编辑 / 责任编辑 /
  审核 / ``【编辑：…】`` / 二审 / 三审 editor lines.
- Projects: named works visited, signed, reported or pushed: a 产业园 and its numbered phase, a 标准厂房 phase and a 茶产业加工园
  phase ``industrial_park``; 老旧小区改造项目 ``housing_project``; a 防洪提升工程 ``engineering_work``; river 综合治理 / 生态修复 and
  a lake's 生态保护修复工程 ``greening_project``; a 供热管网改造工程 ``infrastructure_project``; a 冷链物流中心 ``logistics_hub``; a
  高标准农田建设项目 with its town, a 养殖加工项目, a 屠宰及冷链加工项目, a 游客服务中心建设项目, a signed 新材料项目 / 生产基地 /
  康养度假项目 and a 食用菌精深加工项目 ``project``. Documents (《…实施方案》, 投资合作协议) and fields (三道镇大豆种植地块) are not
  projects.
- Places: one line per name per file, as written, wherever it stands in the article; a county's or city's short name in the
  body (依安, 拜泉, 营山, 湄潭, 龙南, 古田) is a line of its own; a river stretch ``X河Y段`` gives the river and the short name written
  in it (双阳河 / 拜泉, 桃江 / 龙南; ``城区段`` names no place); a zone written bare is annotated as written (``经开区``) and its long
  form as written (``遵义经开区``, ``龙南经开区``). Not annotated: site lines, mastheads, breadcrumbs, 来源 lines, bylines
  (``古田新闻网讯``), footers, link lists, company names (杭州沃禾…, 成都蓉锦…) and venues.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YA, BQ, LH, HN, YS, MT, GT = "依安县", "拜泉县", "柳河县", "辉南县", "营山县", "湄潭县", "古田县"
QQ, ZY, LN = "齐齐哈尔市", "遵义市", "龙南市"
ZYK, LNK = "遵义经开区", "龙南经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gs01_yian.txt": (2023, "发布时间：2023-04-20 16:32", YA, [
        ("佟景川到依龙镇、双阳镇调研春耕生产和重点项目建设", "4月19日", "2023-04-19", "4月19日，县委书记佟景川",
         "county site 政务要闻: the 县委书记's 调研 of two towns with the 县长, the 常务副县长 (宫立航), a 局长, a town secretary and a 镇长")]),
    "gs02_yian.txt": (2025, "发布日期：2025-06-12", YA, [
        ("宫立航会见杭州沃禾生物科技有限公司客商并见证项目签约", "6月11日上午", "2025-06-11", "6月11日上午，县委副书记",
         "county site 招商动态: 宫立航, now 县委副书记、县长, hosts a 会见; the 签约仪式 after it (常务副县长 主持, new 县委书记 致辞)")]),
    "gs03_qiqihaer.txt": (2024, "2024年8月15日　星期四", QQ, [
        ("鄂振东在拜泉县调研时强调", "8月14日", "2024-08-14", "本报讯（记者 庞宇彤）8月14日",
         "city paper 第01版: the 市长's 调研 of 拜泉县 with the 市委常委、副市长 (佟景川, the former 依安 县委书记) and the 市政府秘书长")]),
    "gs04_liuhe.txt": (2022, "发布时间：2022-07-22 17:05", LH, [
        ("鲁振钧主持召开县政府第十四次常务会议", "7月21日下午", "2022-07-21", "7月21日下午，县委副书记",
         "county site 政务动态: 县政府常务会议 (县长 鲁振钧 主持; 常务副县长, 副县长 list; 人大副主任 列席; 财政局长 汇报)")]),
    "gs05_huinan.txt": (2024, "2024-09-06 09:41:27", HN, [
        ("鲁振钧到朝阳镇、金川镇调研城市更新和文旅项目建设", "9月5日", "2024-09-05", "9月5日，县委书记鲁振钧",
         "city portal 县区 > 辉南: the 县委书记's 调研 (鲁振钧, the former 柳河 县长) and a 座谈会; 卓立峰#1")]),
    "gs06_yingshan.txt": (2023, "发布时间：2023-03-30 18:12", YS, [
        ("营山县举行2023年一季度招商引资项目集中签约仪式", "3月29日下午", "2023-03-29", "3月29日下午，营山县",
         "county site 营山要闻: 集中签约仪式 (县委副书记 主持; 县委书记 致辞; 常务副县长 signs; a company 总经理 speaks)")]),
    "gs07_meitan.txt": (2022, "发布时间：2022-06-24 19:20", MT, [
        ("冉佑章检查防汛工作并调研茶产业项目建设", "6月23日", "2022-06-23", "6月23日，县委书记冉佑章",
         "county site 湄潭要闻: the 县委书记's 防汛 检查 and 茶产业 调研 with the 县长 (敖仕诚) and a 副县长; 编辑 / 二审 / 三审")]),
    "gs08_zunyi.txt": (2024, "2024-11-21 08:35", ZY, [
        ("黎鸿骞到经开区、汇川区调研工业经济和城市更新工作", "11月20日", "2024-11-20", "11月20日，市委副书记",
         "portal reprint of the 遵义日报: the 市长's 调研 of 经开区 and 汇川区 with the 副市长 (敖仕诚, the former 湄潭 县长)")]),
    "gs09_longnan.txt": (2023, "发布时间：2023-09-14 17:48", LN, [
        ("廖宏图到经开区调研重点项目并主持召开项目建设调度会", "9月13日", "2023-09-13", "9月13日，市委书记廖宏图",
         "county-level city site 领导活动: the 市委书记's 调研 of 经开区 and the 调度会 after it (市委常委、经开区党工委书记)")]),
    "gs10_gutian.txt": (2025, "2025-03-19 17:26:05", GT, [
        ("阮景涛到大桥镇、吉巷乡调研食用菌产业发展", "3月18日", "2025-03-18", "古田新闻网讯（记者 缪雅婷",
         "county 新闻网 portal: the 县长's 调研 of two towns with a 副县长 and the 大桥镇 secretary 卓立峰#2")]),
}

_GS01_LUAN = "县委副书记、县长栾启舟，县委常委、常务副县长宫立航，县农业农村局局长谭家铭陪同调研"
_GS02_MEET = "县委常委、常务副县长褚海宁，县委常委、副县长晏书衡，县工业信息科技局局长邰嘉澍参加会见"
_GS03_TONG = "市委常委、副市长佟景川，市政府秘书长訾立伟参加调研"
_GS06_GUESTS = "县委副书记、县长税海燕，县人大常委会主任母永刚，县政协主席敬丽华出席签约仪式"
_GS09_ATT = "市委副书记、市长赖晓帆，市委常委、经开区党工委书记钟毓麟参加"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 黑龙江 齐齐哈尔: 依安县, 拜泉县
    "gs:佟景川": ("佟景川", "official", QQ, [
        ("gs01", f"{YA}委", "书记", "县委书记佟景川深入依龙镇", "2023-04; named in the headline too (identity case: 齐齐哈尔市委常委、副市长 in 2024, gs03)"),
        ("gs03", f"{QQ}委", "常委", _GS03_TONG, "2024-08: now 齐齐哈尔 市委常委、副市长 (bare 市委 in the 齐齐哈尔日报)"),
        ("gs03", f"{QQ}政府", "副市长", _GS03_TONG, None)], []),
    "gs:栾启舟": ("栾启舟", "official", YA, [
        ("gs01", f"{YA}委", "副书记", _GS01_LUAN, "2023-04; 宫立航 holds this post in 2025 (gs02)"),
        ("gs01", f"{YA}政府", "县长", _GS01_LUAN, None)], []),
    "gs:宫立航": ("宫立航", "official", YA, [
        ("gs01", f"{YA}委", "常委", _GS01_LUAN, "2023-04 (identity case: promoted within 依安县 to 县委副书记、县长 in 2025, gs02)"),
        ("gs01", f"{YA}政府", "常务副县长", _GS01_LUAN, None),
        ("gs02", f"{YA}委", "副书记", "县委副书记、县长宫立航会见了", "2025-06: promoted in the same county; named in the headline too"),
        ("gs02", f"{YA}政府", "县长", "县委副书记、县长宫立航会见了", None)], []),
    "gs:谭家铭": ("谭家铭", "official", YA, [
        ("gs01", f"{YA}农业农村局", "局长", _GS01_LUAN, None)], []),
    "gs:逄秀梅": ("逄秀梅", "official", YA, [
        ("gs01", f"{YA}依龙镇党委", "书记", "依龙镇党委书记逄秀梅", None)], []),
    "gs:盖文涛": ("盖文涛", "official", YA, [
        ("gs01", f"{YA}双阳镇政府", "镇长", "双阳镇镇长盖文涛", "镇长 → the town 政府")], []),
    "gs:褚海宁": ("褚海宁", "official", YA, [
        ("gs02", f"{YA}委", "常委", _GS02_MEET, "2025: the 常务副县长 after 宫立航"),
        ("gs02", f"{YA}政府", "常务副县长", _GS02_MEET, None)], []),
    "gs:晏书衡": ("晏书衡", "official", YA, [
        ("gs02", f"{YA}委", "常委", _GS02_MEET, None),
        ("gs02", f"{YA}政府", "副县长", _GS02_MEET, None)], []),
    "gs:邰嘉澍": ("邰嘉澍", "official", YA, [
        ("gs02", f"{YA}工业信息科技局", "局长", _GS02_MEET, "as written")], []),
    "gs:苑博文": ("苑博文", "official", YA, [
        ("gs02", f"{YA}委", "书记", "县委书记苑博文出席并致辞", "2025: the 县委书记 after 佟景川")], []),
    "gs:戚文昊": ("戚文昊", "company_executive", "杭州沃禾生物科技有限公司", [], ["gs02"]),  # 董事长: no post
    "gs:梅嘉骏": ("梅嘉骏", "company_executive", "杭州沃禾生物科技有限公司", [], ["gs02"]),  # 总经理: no post
    "gs:鄂振东": ("鄂振东", "official", QQ, [
        ("gs03", f"{QQ}委", "副书记", "市委副书记、市长鄂振东到拜泉县调研", "named in the headline too"),
        ("gs03", f"{QQ}政府", "市长", "市委副书记、市长鄂振东到拜泉县调研", None)], []),
    "gs:訾立伟": ("訾立伟", "official", QQ, [
        ("gs03", f"{QQ}政府", "秘书长", _GS03_TONG, "市政府秘书长 → the city 政府")], []),
    "gs:韦晓棠": ("韦晓棠", "official", BQ, [
        ("gs03", f"{BQ}三道镇党委", "书记", "在三道镇，镇党委书记韦晓棠", "bare 镇党委 after 在三道镇")], []),
    "gs:樊骁驰": ("樊骁驰", "official", BQ, [
        ("gs03", f"{BQ}委", "书记", "拜泉县委书记樊骁驰", None)], []),
    "gs:洪立岩": ("洪立岩", "official", BQ, [
        ("gs03", f"{BQ}委", "副书记", "县委副书记、县长洪立岩", "bare 县委 right after 拜泉县委书记 = 拜泉's"),
        ("gs03", f"{BQ}政府", "县长", "县委副书记、县长洪立岩", None)], []),
    # ---- 吉林 通化: 柳河县, 辉南县
    "gs:鲁振钧": ("鲁振钧", "official", "通化市", [
        ("gs04", f"{LH}委", "副书记", "县委副书记、县长鲁振钧主持召开", "2022-07; named in the headline too (identity case: 辉南县委书记 in 2024, gs05)"),
        ("gs04", f"{LH}政府", "县长", "县委副书记、县长鲁振钧主持召开", None),
        ("gs05", f"{HN}委", "书记", "县委书记鲁振钧深入朝阳镇", "2024-09: now 辉南县委书记 (DECIDED HERE: bare 县委 on the 通化 portal's 辉南 page = 辉南县)")], []),
    "gs:聂云帆": ("聂云帆", "official", LH, [
        ("gs04", f"{LH}委", "常委", "县委常委、常务副县长聂云帆", None),
        ("gs04", f"{LH}政府", "常务副县长", "县委常委、常务副县长聂云帆", None)], []),
    "gs:付春晖": ("付春晖", "official", LH, [
        ("gs04", f"{LH}政府", "副县长", "副县长付春晖、关德胜", "list after one title")], []),
    "gs:关德胜": ("关德胜", "official", LH, [
        ("gs04", f"{LH}政府", "副县长", "副县长付春晖、关德胜", "list after one title")], []),
    "gs:仇晓东": ("仇晓东", "official", LH, [
        ("gs04", f"{LH}人大常委会", "副主任", "县人大常委会副主任仇晓东", None)], []),
    "gs:郎雪梅": ("郎雪梅", "official", LH, [
        ("gs04", f"{LH}财政局", "局长", "县财政局局长郎雪梅", None)], []),
    "gs:卓立峰#1": ("卓立峰", "official", HN, [
        ("gs05", f"{HN}委", "常委", "县委常委、副县长卓立峰", "辉南县 (吉林 通化); not the 卓立峰 of 古田县 (gs10)"),
        ("gs05", f"{HN}政府", "副县长", "县委常委、副县长卓立峰", None)], []),
    "gs:岳廷松": ("岳廷松", "official", HN, [
        ("gs05", f"{HN}朝阳镇党委", "书记", "朝阳镇党委书记岳廷松", None)], []),
    "gs:冷雪松": ("冷雪松", "official", HN, [
        ("gs05", f"{HN}委", "副书记", "县委副书记、县长冷雪松", None),
        ("gs05", f"{HN}政府", "县长", "县委副书记、县长冷雪松", None)], []),
    # ---- 四川 南充: 营山县
    "gs:蒲承烨": ("蒲承烨", "official", YS, [
        ("gs06", f"{YS}委", "书记", "县委书记蒲承烨出席并致辞", None)], []),
    "gs:税海燕": ("税海燕", "official", YS, [
        ("gs06", f"{YS}委", "副书记", _GS06_GUESTS, None),
        ("gs06", f"{YS}政府", "县长", _GS06_GUESTS, None)], []),
    "gs:母永刚": ("母永刚", "official", YS, [
        ("gs06", f"{YS}人大常委会", "主任", _GS06_GUESTS, None)], []),
    "gs:敬丽华": ("敬丽华", "official", YS, [
        ("gs06", f"{YS}政协", "主席", _GS06_GUESTS, None)], []),
    "gs:苟靖川": ("苟靖川", "official", YS, [
        ("gs06", f"{YS}委", "副书记", "县委副书记苟靖川主持仪式", "a 县委副书记 who is not the 县长")], []),
    "gs:何沛霖": ("何沛霖", "official", YS, [
        ("gs06", f"{YS}投资促进局", "局长", "县投资促进局局长何沛霖", None)], []),
    "gs:谯红宇": ("谯红宇", "official", YS, [
        ("gs06", f"{YS}委", "常委", "县委常委、常务副县长谯红宇", None),
        ("gs06", f"{YS}政府", "常务副县长", "县委常委、常务副县长谯红宇", None)], []),
    "gs:伍天佑": ("伍天佑", "company_executive", "成都蓉锦新材料科技有限公司", [], ["gs06"]),  # 总经理: no post
    # ---- 贵州 遵义: 湄潭县, 遵义市
    "gs:冉佑章": ("冉佑章", "official", MT, [
        ("gs07", f"{MT}委", "书记", "县委书记冉佑章到湄江街道", "named in the headline too")], []),
    "gs:敖仕诚": ("敖仕诚", "official", ZY, [
        ("gs07", f"{MT}委", "副书记", "县委副书记、县长敖仕诚", "2022-06 (identity case: 遵义市副市长 in 2024, gs08)"),
        ("gs07", f"{MT}政府", "县长", "县委副书记、县长敖仕诚", None),
        ("gs08", f"{ZY}政府", "副市长", "副市长敖仕诚参加调研", "2024-11: now 遵义 副市长 (bare 副市长 in the 遵义日报 reprint)")], []),
    "gs:田茂彰": ("田茂彰", "official", MT, [
        ("gs07", f"{MT}委", "常委", "县委常委、副县长田茂彰", None),
        ("gs07", f"{MT}政府", "副县长", "县委常委、副县长田茂彰", None)], []),
    "gs:龙德华": ("龙德华", "official", MT, [
        ("gs07", f"{MT}永兴镇党委", "书记", "永兴镇党委书记龙德华", None)], []),
    "gs:黎鸿骞": ("黎鸿骞", "official", ZY, [
        ("gs08", f"{ZY}委", "副书记", "市委副书记、市长黎鸿骞", "named in the headline too"),
        ("gs08", f"{ZY}政府", "市长", "市委副书记、市长黎鸿骞", None)], []),
    "gs:帅国栋": ("帅国栋", "official", ZYK, [
        ("gs08", f"{ZYK}党工委", "书记", "经开区党工委书记、管委会主任帅国栋", "bare 经开区 in the 遵义 paper = 遵义经开区"),
        ("gs08", f"{ZYK}管委会", "主任", "经开区党工委书记、管委会主任帅国栋", None)], []),
    "gs:蹇文韬": ("蹇文韬", "official", "汇川区", [
        ("gs08", "汇川区委", "副书记", "汇川区委副书记、区长蹇文韬", None),
        ("gs08", "汇川区政府", "区长", "汇川区委副书记、区长蹇文韬", None)], []),
    # ---- 江西 赣州: 龙南市
    "gs:廖宏图": ("廖宏图", "official", LN, [
        ("gs09", f"{LN}委", "书记", "市委书记廖宏图到经开区调研", "bare 市委 on the 龙南市 site; named in the headline too")], []),
    "gs:赖晓帆": ("赖晓帆", "official", LN, [
        ("gs09", f"{LN}委", "副书记", _GS09_ATT, None),
        ("gs09", f"{LN}政府", "市长", _GS09_ATT, None)], []),
    "gs:钟毓麟": ("钟毓麟", "official", LN, [
        ("gs09", f"{LN}委", "常委", _GS09_ATT, None),
        ("gs09", f"{LNK}党工委", "书记", _GS09_ATT, "DECIDED HERE: 龙南市's 经开区 → 龙南经开区")], []),
    "gs:曾宪洋": ("曾宪洋", "official", LNK, [
        ("gs09", f"{LNK}党工委", "副书记", "经开区党工委副书记、管委会主任曾宪洋", None),
        ("gs09", f"{LNK}管委会", "主任", "经开区党工委副书记、管委会主任曾宪洋", None)], []),
    # ---- 福建 宁德: 古田县
    "gs:阮景涛": ("阮景涛", "official", GT, [
        ("gs10", f"{GT}委", "副书记", "县委副书记、县长阮景涛", "named in the headline too"),
        ("gs10", f"{GT}政府", "县长", "县委副书记、县长阮景涛", None)], []),
    "gs:郑佳宜": ("郑佳宜", "official", GT, [
        ("gs10", f"{GT}委", "常委", "县委常委、副县长郑佳宜", None),
        ("gs10", f"{GT}政府", "副县长", "县委常委、副县长郑佳宜", None)], []),
    "gs:卓立峰#2": ("卓立峰", "official", GT, [
        ("gs10", f"{GT}大桥镇党委", "书记", "大桥镇党委书记卓立峰", "古田县 (福建 宁德); not the 卓立峰 of 辉南县 (gs05)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gs01", "柏晓楠", "责任编辑", "editor", "责任编辑：柏晓楠"),
    ("gs02", "单思琪", "编辑", "editor", "编辑：单思琪"),
    ("gs02", "邸昌明", "审核", "editor", "审核：邸昌明"),
    ("gs03", "庞宇彤", "记者", "reporter", "本报讯（记者 庞宇彤）"),
    ("gs03", "隋晓岚", "责任编辑", "editor", "责任编辑：隋晓岚"),
    ("gs04", "鞠诗雨", "责任编辑", "editor", "责任编辑：鞠诗雨"),
    ("gs05", "车雨涵", "作者", "author", "作者：车雨涵"),
    ("gs05", "蔺舒扬", "编辑", "editor", "编辑：蔺舒扬"),
    ("gs06", "文丽萍", "责任编辑", "editor", "责任编辑：文丽萍"),
    ("gs07", "犹思颖", "编辑", "editor", "编辑：犹思颖"),
    ("gs07", "骆鸿飞", "二审", "editor", "二审：骆鸿飞"),
    ("gs07", "皮文俊", "三审", "editor", "三审：皮文俊"),
    ("gs08", "娄欣然", "记者", "reporter", "作者：记者 娄欣然"),
    ("gs08", "熊沐禾", "编辑", "editor", "【编辑：熊沐禾】"),
    ("gs09", "邝嘉琪", "责任编辑", "editor", "责任编辑：邝嘉琪"),
    ("gs10", "缪雅婷", "记者", "reporter", "古田新闻网讯（记者 缪雅婷 通讯员 甘振华）"),
    ("gs10", "甘振华", "通讯员", "correspondent", "古田新闻网讯（记者 缪雅婷 通讯员 甘振华）"),
    ("gs10", "翁秋实", "责任编辑", "editor", "责任编辑：翁秋实"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gs01", "依龙镇、双阳镇春耕生产和重点项目建设调研", "inspection (调研)", "4月19日", None, "佟景川", [],
     ["栾启舟", "宫立航", "谭家铭"], ["逄秀梅", "谭家铭", "佟景川", "宫立航", "盖文涛", "栾启舟"], "依龙镇、双阳镇",
     "4月19日，县委书记佟景川深入依龙镇、双阳镇，调研春耕生产、黑土地保护和重点项目建设工作",
     ["县委书记佟景川深入依龙镇、双阳镇", _GS01_LUAN, "听取了依龙镇党委书记逄秀梅关于", "谭家铭介绍了", "佟景川指出",
      "宫立航汇报了", "佟景川强调", "双阳镇镇长盖文涛介绍了", "栾启舟表示"]),
    ("gs02", "县长宫立航会见杭州沃禾生物科技有限公司客商", "meeting (会见)", "6月11日上午", None, None, [],
     ["宫立航", "戚文昊", "梅嘉骏", "褚海宁", "晏书衡", "邰嘉澍"], ["宫立航", "戚文昊"], None,
     "6月11日上午，县委副书记、县长宫立航会见了杭州沃禾生物科技有限公司董事长戚文昊、总经理梅嘉骏一行",
     ["县长宫立航会见了", "董事长戚文昊、总经理梅嘉骏一行", _GS02_MEET, "宫立航代表县委、县政府", "戚文昊介绍了"]),
    ("gs02", "沃禾玉米生物基新材料项目签约仪式", "ceremony (签约仪式)", "6月11日上午", "褚海宁", None, [],
     ["苑博文", "晏书衡", "梅嘉骏"], ["邰嘉澍", "苑博文"], "县政务服务中心",
     "会见后，沃禾玉米生物基新材料项目签约仪式在县政务服务中心举行",
     ["褚海宁主持签约仪式", "县委书记苑博文出席并致辞", "邰嘉澍介绍了项目基本情况", "晏书衡代表县政府与梅嘉骏签署投资合作协议",
      "苑博文在致辞中表示"]),
    ("gs03", "拜泉县秋粮生产、水利工程和重点项目建设调研", "inspection (调研)", "8月14日", None, "鄂振东", [],
     ["佟景川", "訾立伟"], ["韦晓棠", "樊骁驰", "洪立岩", "鄂振东", "佟景川"], "拜泉县",
     "市委副书记、市长鄂振东到拜泉县调研秋粮生产、水利工程和重点项目建设情况",
     ["市长鄂振东到拜泉县调研", _GS03_TONG, "镇党委书记韦晓棠介绍了", "拜泉县委书记樊骁驰汇报了", "县长洪立岩介绍了",
      "鄂振东指出", "佟景川就做好秋收农机调度", "樊骁驰表示"]),
    ("gs04", "县政府第十四次常务会议", "meeting (县政府常务会议)", "7月21日下午", "鲁振钧", None, ["柳河县政府"],
     ["聂云帆", "付春晖", "关德胜", "仇晓东"], ["郎雪梅", "鲁振钧", "聂云帆"], None,
     "县委副书记、县长鲁振钧主持召开县政府第十四次常务会议",
     ["县长鲁振钧主持召开", "县委常委、常务副县长聂云帆", "副县长付春晖、关德胜出席会议", "县人大常委会副主任仇晓东列席会议",
      "县财政局局长郎雪梅关于上半年财政预算执行情况的汇报", "鲁振钧要求", "聂云帆就下半年财政收支平衡"]),
    ("gs05", "朝阳镇、金川镇城市更新和文旅项目建设调研", "inspection (调研)", "9月5日", None, "鲁振钧", [],
     ["卓立峰"], ["岳廷松", "鲁振钧", "卓立峰"], "朝阳镇、金川镇",
     "9月5日，县委书记鲁振钧深入朝阳镇、金川镇，调研城市更新、文旅项目建设和秋季安全生产工作",
     ["县委书记鲁振钧深入朝阳镇、金川镇", "县委常委、副县长卓立峰陪同调研", "朝阳镇党委书记岳廷松关于", "鲁振钧指出",
      "卓立峰汇报了", "鲁振钧强调"]),
    ("gs05", "座谈会", "meeting (座谈会)", "9月5日", "鲁振钧", None, [],
     ["冷雪松"], ["冷雪松"], None,
     "随后，鲁振钧主持召开座谈会，听取县直有关部门工作汇报",
     ["鲁振钧主持召开座谈会", "县长冷雪松在座谈会上表示"]),
    ("gs06", "营山县2023年一季度招商引资项目集中签约仪式", "ceremony (集中签约仪式)", "3月29日下午", "苟靖川", None, [],
     ["蒲承烨", "税海燕", "母永刚", "敬丽华", "谯红宇", "伍天佑"], ["何沛霖", "伍天佑", "蒲承烨", "税海燕"], "县会议中心",
     "3月29日下午，营山县2023年一季度招商引资项目集中签约仪式在县会议中心举行",
     ["县委书记蒲承烨出席并致辞", _GS06_GUESTS, "县委副书记苟靖川主持仪式", "县投资促进局局长何沛霖介绍了",
      "常务副县长谯红宇代表县政府与企业代表签订合作协议", "签约企业代表、成都蓉锦新材料科技有限公司总经理伍天佑发言表示",
      "蒲承烨在致辞中", "税海燕要求"]),
    ("gs07", "防汛检查和茶产业项目建设调研", "inspection (检查调研)", "6月23日", None, "冉佑章", [],
     ["敖仕诚", "田茂彰"], ["田茂彰", "冉佑章", "龙德华", "敖仕诚"], "湄江街道、永兴镇",
     "县委书记冉佑章到湄江街道、永兴镇检查防汛工作，调研茶产业项目建设",
     ["县委书记冉佑章到湄江街道、永兴镇检查防汛工作", "县委副书记、县长敖仕诚，县委常委、副县长田茂彰一同检查调研",
      "田茂彰汇报了", "冉佑章强调", "永兴镇党委书记龙德华关于", "冉佑章指出", "敖仕诚要求"]),
    ("gs08", "经开区、汇川区工业经济和城市更新调研", "inspection (调研)", "11月20日", None, "黎鸿骞", [],
     ["敖仕诚"], ["帅国栋", "黎鸿骞", "蹇文韬", "敖仕诚"], "经开区、汇川区",
     "市委副书记、市长黎鸿骞到经开区、汇川区调研工业经济运行和城市更新工作",
     ["市长黎鸿骞到经开区、汇川区调研", "副市长敖仕诚参加调研", "管委会主任帅国栋汇报了", "黎鸿骞指出", "区长蹇文韬介绍了",
      "黎鸿骞要求", "敖仕诚就做好冬季安全生产"]),
    ("gs09", "经开区重点项目建设调研", "inspection (调研)", "9月13日", None, "廖宏图", [],
     ["赖晓帆", "钟毓麟"], ["曾宪洋"], "经开区",
     "市委书记廖宏图到经开区调研重点项目建设",
     ["市委书记廖宏图到经开区调研重点项目建设", _GS09_ATT, "管委会主任曾宪洋介绍了"]),
    ("gs09", "项目建设调度会", "meeting (调度会)", "9月13日", "廖宏图", None, [],
     ["赖晓帆", "钟毓麟"], ["钟毓麟", "赖晓帆", "廖宏图"], None,
     "在随后召开的调度会上，钟毓麟通报了经开区1至8月主要经济指标和项目推进情况",
     ["并主持召开项目建设调度会", _GS09_ATT, "钟毓麟通报了", "赖晓帆就项目用地报批", "廖宏图强调"]),
    ("gs10", "大桥镇、吉巷乡食用菌产业发展调研", "inspection (调研)", "3月18日", None, "阮景涛", [],
     ["郑佳宜"], ["卓立峰", "阮景涛", "郑佳宜"], "大桥镇、吉巷乡",
     "县委副书记、县长阮景涛深入大桥镇、吉巷乡，调研食用菌产业发展和重点项目建设工作",
     ["县长阮景涛深入大桥镇、吉巷乡", "县委常委、副县长郑佳宜陪同调研", "大桥镇党委书记卓立峰关于", "阮景涛指出",
      "郑佳宜汇报了", "他强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gs01", "依龙镇高标准农田建设项目", "project", "在依龙镇高标准农田建设项目区"),
    ("gs01", "依安县大豆精深加工产业园二期", "industrial_park", "在依安县大豆精深加工产业园二期建设现场"),
    ("gs01", "双阳镇肉鹅养殖加工项目", "project", "在双阳镇肉鹅养殖加工项目现场"),
    ("gs02", "沃禾玉米生物基新材料项目", "project", "会见后，沃禾玉米生物基新材料项目签约仪式"),
    ("gs02", "依安县绿色食品产业园", "industrial_park", "落户依安县绿色食品产业园"),
    ("gs03", "拜泉县生猪屠宰及冷链加工项目", "project", "拜泉县生猪屠宰及冷链加工项目和双阳河"),
    ("gs03", "双阳河拜泉段综合治理工程", "greening_project", "双阳河拜泉段综合治理工程现场"),
    ("gs04", "柳河县城区供热管网改造工程", "infrastructure_project", "关于柳河县城区供热管网改造工程"),
    ("gs05", "辉南县朝阳镇老旧小区改造项目", "housing_project", "在辉南县朝阳镇老旧小区改造项目现场"),
    ("gs05", "龙湾景区游客服务中心建设项目", "project", "在龙湾景区游客服务中心建设项目现场"),
    ("gs06", "蓉锦新材料锂电池负极材料生产基地", "project", "其中蓉锦新材料锂电池负极材料生产基地"),
    ("gs06", "营山县现代农业产业园冷链物流中心", "logistics_hub", "营山县现代农业产业园冷链物流中心"),
    ("gs06", "太蓬山景区康养度假项目", "project", "太蓬山景区康养度假项目投资均超过5亿元"),
    ("gs07", "湄江河城区段防洪提升工程", "engineering_work", "在湄江河城区段防洪提升工程施工现场"),
    ("gs07", "湄潭县茶产业加工园二期", "industrial_park", "在湄潭县茶产业加工园二期"),
    ("gs08", "遵义经开区新能源汽车零部件产业园一期", "industrial_park", "在遵义经开区新能源汽车零部件产业园一期"),
    ("gs08", "汇川区高坪街道老旧小区改造项目", "housing_project", "在汇川区高坪街道老旧小区改造项目现场"),
    ("gs09", "龙南经开区电子信息产业园三期", "industrial_park", "龙南经开区电子信息产业园三期、稀土新材料标准厂房四期"),
    ("gs09", "稀土新材料标准厂房四期", "industrial_park", "稀土新材料标准厂房四期建设现场"),
    ("gs09", "桃江龙南段生态修复工程", "greening_project", "要加快桃江龙南段生态修复工程建设"),
    ("gs10", "古田县大桥镇食用菌精深加工项目", "project", "在古田县大桥镇食用菌精深加工项目现场"),
    ("gs10", "翠屏湖生态保护修复工程", "greening_project", "阮景涛还来到翠屏湖生态保护修复工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gs01", "依龙镇", "town", "standalone", "深入依龙镇、双阳镇"),
    ("gs01", "双阳镇", "town", "standalone", "深入依龙镇、双阳镇"),
    ("gs01", "依安县", "county", "in_project_name", "在依安县大豆精深加工产业园二期建设现场"),
    ("gs02", "依安县", "county", "standalone", "介绍了依安县区位交通"),
    ("gs02", "依安", "county", "standalone", "依安是国家重要的商品粮基地"),
    ("gs03", "拜泉县", "county", "standalone", "到拜泉县调研秋粮生产"),
    ("gs03", "三道镇", "town", "standalone", "在三道镇，镇党委书记韦晓棠"),
    ("gs03", "双阳河", "river", "in_project_name", "双阳河拜泉段综合治理工程现场"),
    ("gs03", "拜泉", "county", "standalone", "拜泉是全市农业大县"),
    ("gs04", "一统河", "river", "standalone", "加强对一统河、三统河沿线"),
    ("gs04", "三统河", "river", "standalone", "加强对一统河、三统河沿线"),
    ("gs04", "柳河县", "county", "in_project_name", "关于柳河县城区供热管网改造工程"),
    ("gs05", "朝阳镇", "town", "standalone", "深入朝阳镇、金川镇"),
    ("gs05", "金川镇", "town", "standalone", "深入朝阳镇、金川镇"),
    ("gs05", "辉南县", "county", "in_project_name", "在辉南县朝阳镇老旧小区改造项目现场"),
    ("gs05", "龙湾景区", "scenic_area", "in_project_name", "在龙湾景区游客服务中心建设项目现场"),
    ("gs05", "龙湾群国家森林公园", "forest_park", "standalone", "依托龙湾群国家森林公园和辉发河生态资源"),
    ("gs05", "辉发河", "river", "standalone", "依托龙湾群国家森林公园和辉发河生态资源"),
    ("gs06", "营山县", "county", "standalone", "3月29日下午，营山县2023年一季度"),
    ("gs06", "营山", "county", "standalone", "营山正处于加快发展的重要窗口期"),
    ("gs06", "太蓬山景区", "scenic_area", "in_project_name", "太蓬山景区康养度假项目投资均超过5亿元"),
    ("gs07", "湄江街道", "sub_district_office", "standalone", "到湄江街道、永兴镇检查防汛工作"),
    ("gs07", "永兴镇", "town", "standalone", "到湄江街道、永兴镇检查防汛工作"),
    ("gs07", "湄江河", "river", "in_project_name", "在湄江河城区段防洪提升工程施工现场"),
    ("gs07", "湄潭县", "county", "in_project_name", "在湄潭县茶产业加工园二期"),
    ("gs07", "湄潭", "county", "standalone", "茶产业是湄潭的主导产业"),
    ("gs08", "经开区", "development_zone", "standalone", "到经开区、汇川区调研工业经济运行"),
    ("gs08", "汇川区", "district", "standalone", "到经开区、汇川区调研工业经济运行"),
    ("gs08", "遵义经开区", "development_zone", "in_project_name", "在遵义经开区新能源汽车零部件产业园一期"),
    ("gs08", "高坪街道", "sub_district_office", "in_project_name", "在汇川区高坪街道老旧小区改造项目现场"),
    ("gs09", "经开区", "development_zone", "standalone", "市委书记廖宏图到经开区调研重点项目建设"),
    ("gs09", "龙南经开区", "development_zone", "in_project_name", "龙南经开区电子信息产业园三期"),
    ("gs09", "龙南", "county_level_city", "standalone", "经开区是龙南工业发展的主战场"),
    ("gs09", "桃江", "river", "in_project_name", "要加快桃江龙南段生态修复工程建设"),
    ("gs10", "大桥镇", "town", "standalone", "深入大桥镇、吉巷乡"),
    ("gs10", "吉巷乡", "township", "standalone", "深入大桥镇、吉巷乡"),
    ("gs10", "古田县", "county", "in_project_name", "在古田县大桥镇食用菌精深加工项目现场"),
    ("gs10", "古田", "county", "standalone", "食用菌是古田的特色支柱产业"),
    ("gs10", "翠屏湖", "lake", "standalone", "翠屏湖是全县人民的“大水缸”"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gs", conventions="set gs (blind set, held-out-like mix, 19th round: ten pages of counties, a county-level city and a city district in 黑龙江 齐齐哈尔 (依安县 twice, 拜泉县 in the 齐齐哈尔日报), 吉林 通化 (柳河县, 辉南县 on the 通化新闻网 portal), 四川 南充 (营山县), 贵州 遵义 (湄潭县; 经开区 and 汇川区 in the 遵义网 reprint of the 遵义日报), 江西 赣州 (龙南市 and 龙南经开区) and 福建 宁德 (古田县 on the 古田新闻网 portal): county sites with full chrome, a city paper's e-edition page, a city portal, a portal reprint and a county 新闻网; bare organs take the page's place or its parent (the 通化 portal's 辉南 page = 辉南县); national 经开区 labels 遵义经开区, 龙南经开区 (a county-level city's name without 市); company 董事长 / 总经理 no post; 调研 / 检查 inspections, 常务会议 / 座谈会 / 调度会 / 会见 meetings, 签约仪式 ceremonies; one line per post per article)",
          persons_note="Set gs persons. id = corpus-wide person_id (gs:卓立峰#1 of 辉南县 (吉林, 县委常委、副县长) and gs:卓立峰#2 of 古田县 (福建, 大桥镇党委书记) are two people; gs:宫立航 依安县委常委、常务副县长 2023 → 依安县委副书记、县长 2025 (promoted in one county); gs:佟景川 依安县委书记 2023 → 齐齐哈尔市委常委、副市长 2024; gs:鲁振钧 柳河县委副书记、县长 2022 → 辉南县委书记 2024; gs:敖仕诚 湄潭县委副书记、县长 2022 → 遵义市副市长 2024)")


if __name__ == "__main__":
    main()
