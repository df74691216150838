"""Write gold part ``fj`` (a blind set: held-out-like mix, eleventh round — ten pages from ten provinces, one county,
district or county-level city each: 福建 三明 泰宁县, 江西 萍乡 莲花县, 湖南 株洲 茶陵县, 广西 桂林 灵川县, 重庆 綦江区, 贵州 遵义
桐梓县, 云南 红河 弥勒市, 陕西 宝鸡 千阳县, 山东 德州 宁津县, 河北 沧州 吴桥县 — saved the way users really save pages) from the
tables below.

Pages ``tests/dev/texts/fj*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 重庆日报网 item on 綦江 and 贵州 (``重庆日报网 > 重庆 > 正文``, ``来源: 时间: |
记者: | 编辑:``, ``赶水、石壕等乡镇与毗邻的贵州乡镇也建立了镇级联席会议制度``); the 綦江 融媒 page of a 市政协 visit (``区委书记…，
区政协主席…，区领导…参加``, ``▲`` captions, ``来源:綦江发布``) and the 綦江区 渝黔合作先行示范区 规划 (``与贵州省遵义市桐梓县、习水县
等区域接壤``, 渝南黔北合作先行示范区); a 大足 page of the 忠县 党政代表团 (``县委副书记、县政府县长…，县委常委、县政府常务副县长``,
``…代表大足区委、区政府…表示欢迎``); the 巫溪 and 巫山 county sites (``您当前的位置:首页>…``, ``日期:``, a 对口协同 座谈会); the
德州新闻网 宁津 subsite (``德州新闻网讯(记者 …)``, ``县委副书记、县长…，县委常委、副县长…参加``, a 座谈会 after the 调研) and two
德州 pages of a 河北 党政考察团 (``河北省临城县县委书记…带领党政考察团来我县参观考察。县领导…陪同``); a 吴桥 county profile (``东邻
山东省宁津县``, 桑园镇, 宣惠河, 省级经济开发区); the 红网 时刻 app page of 茶陵 (``立即打开``, ``红网茶陵站…讯 (记者 …)``) and a
茶陵 digest (``县委书记…，县委副书记、县长…，以及…等领导参加``); a 莲花 page on 湘赣边 合作 (``我们莲花县与湖南的茶陵县、攸县相连``)
and a 萍乡 page on 湘赣边区域合作; a 灵川 item on a 广西 county portal (``来源:广西日报 0 收藏 打印 增大字体 减小字体``) and a 桂林
TV item (``副市长…参加分团审议``, ``(刘洪波 李丽明)``); the 陇县 site (``本网站支持IPv6 当前位置: 首页 > … 来源:陇县广播电视台
发布时间:``, ``县委常委、常务…``) and the 宝鸡大事记; the 弥勒 site (``索引号 发布机构 发布日期``, 弥勒产业园区) and a 开远 page (``登录
| 注册 • 图片新闻 来源:开远市讯 发布日期: 浏览次数:``, ``红河州政协副主席、绿春县委书记``); a 宁化在线 page (``免责声明:本文来自…
【作者:``). No page was copied. Places are real; none of the ten is the place of an earlier page (莲花, 桐梓 and 宁津 are named
on a few earlier pages).

Shapes (the four ways users save pages, mixed):
- a browser's select-all copy of a site page, with 无障碍 / 长者模式 bars, the menu, 当前位置, the stamp line, 【打印本页】, a
  comment box (``发表评论 昵称 验证码 提交``, ``我要评论 … 登录 注册``, ``网友评论``) and 热点新闻 / 图片新闻 side lists with dates:
  after the article on the 泰宁 site (fj01), before it (a left column) on the 桐梓 site (fj06), after it on the 德州新闻网 宁津
  频道 (fj09);
- a reader-mode copy holding only the title, one date line and the text: 灵川 (fj04), 千阳 (fj08);
- an app's share page (``打开新湖南APP，阅读体验更佳 打开``, ``展开全文`` inside the text, ``[责编：] [一审：]…``, ``打开APP 查看更多
  评论``, 推荐阅读, ``下载…客户端``): 茶陵 on 新湖南 (fj03), 綦江 on 上游新闻 (fj05), 弥勒 on a county 融媒 app (fj07);
- a site page whose article is followed by the site's other news (a ``莲花要闻`` / ``吴桥要闻`` list, one item with a summary line
  that names the 县长 with his title): 莲花 (fj02), 吴桥 (fj10).

Events: the 泰宁 县委书记's 调研 of 大金湖 and two towns (fj01); a 湘赣边 联席会议 of 莲花, 茶陵 and 攸县 on the 莲花 site, with
the 茶陵 县长 and a 茶陵 副县长 and a 会前 察看 (fj02); the same 茶陵 县长, now 县委书记, in 2024 with that 副县长 now 县委常委、
常务副县长 (fj03); the 灵川 县长's 防汛 检查 (fj04); a 桐梓 党政代表团 led by its 县长 in 綦江 (考察 and 座谈会) (fj05); that 县长,
now 桐梓县委书记, in 2024 (fj06); the 弥勒 ``州委常委、市委书记``'s 调研 (fj07); a 千阳 县政府常务会议 (fj08); a 吴桥 党政考察团
led by its 县长 in 宁津 (考察 and 座谈会), with 宁津's ``县委常委、县经开区党工委书记`` (fj09); that 县长, now 吴桥县委书记, in the
吴桥 ``县经开区`` in 2023 (fj10).

Identity cases:
- fj:谭国栋, a 县长 who becomes 书记: 茶陵县委副书记、县长 at the 莲花 联席会议 in Sept 2021 (fj02, on the 江西 site) → 茶陵县委书记 in
  March 2024 (fj03).
- fj:尹秋菊, a 副县长 who becomes 常务副县长: 茶陵县副县长 (fj02, 2021) → 茶陵县委常委、常务副县长 (fj03, 2024).
- fj:孟繁岭, a 县长 who becomes 书记 across a provincial border: 桐梓县委副书记、县长 leading a delegation to 重庆 綦江 in Aug 2022 (fj05)
  → 桐梓县委书记 in May 2024 (fj06). fj:令狐振宇 is 桐梓县委常委、副县长 on both pages.
- fj:韦书林, a 县长 who becomes 书记 across a provincial border: 吴桥县委副书记、县长 leading a delegation to 山东 宁津 in Nov 2021
  (fj09) → 吴桥县委书记 in Aug 2023 (fj10).
- two different 江承志 in unrelated places: fj:江承志#1 is 泰宁县朱口镇党委书记 (福建, fj01, May 2022); fj:江承志#2 is 千阳县副县长
  (陕西, fj08, Oct 2022).
- one organ name of different places: ``县经开区`` is 宁津's (fj09, ``县委常委、县经开区党工委书记霍德胜`` on the 宁津 channel) and
  吴桥's (fj10, ``县委常委、县经开区党工委书记桑立新``, ``县经开区管委会主任``); bare ``县委副书记、县长`` is 泰宁's, 莲花's, 茶陵's,
  灵川's, 桐梓's, 千阳's, 宁津's and 吴桥's on their pages (and 茶陵's after ``茶陵县委书记`` in the 株洲 reporter's app item); bare
  ``市委`` is 弥勒市's (a county-level city, fj07) where bare ``州委`` is 红河's; bare ``区委`` is 綦江区's (fj05).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, cs, fb, ff where they speak; decided here where they are silent):
- Bare organs take the page's place: on each county / district site, channel or app item that place's (泰宁县委, 莲花县政府, 茶陵县
  发展和改革局, 灵川县水利局, 綦江区委, 桐梓县工业和信息化局, 千阳县农业农村局, 宁津县委, 吴桥县政府 as written). On a page of one
  county naming another county's officials with the county's name (``湖南省茶陵县委副书记、县长``, ``贵州省遵义市桐梓县委副书记、
  县长``, ``河北省沧州市吴桥县委副书记、县长``), the bare second title after ``、`` is that county's; ``茶陵县副县长`` and ``吴桥县委
  常委、副县长`` as written; ``桐梓县委常委、县政府副县长`` → 桐梓县委 常委 + 桐梓县政府 副县长 (重庆's ``区委常委、区政府常务副区长``
  the same: 綦江区委 常委 + 綦江区政府 常务副区长).
- DECIDED HERE: ``攸县县委常委、副县长易少华`` (a one-character county written with 县 twice, as its own sites write it) → label 攸县 +
  委: 攸县委 常委 + 攸县政府 副县长 (as cs's 祁县委).
- 弥勒 (a county-level city of 红河州, fj07): ``州委常委、市委书记杨绍坤`` → 红河哈尼族彝族自治州委 常委 (autonomous prefectures with
  their full name, parts y, ak, bx) + 弥勒市委 书记; the bare ``市委副书记、市长`` / ``副市长`` / ``市工业和信息化局`` are 弥勒市's.
- Zones: ``县经开区`` in a county item → county name without 县 + 经开区 (fb): ``县委常委、县经开区党工委书记霍德胜`` → 宁津县委 常委 +
  宁津经开区党工委 书记; ``县经开区管委会主任申振华`` → 吴桥经开区管委会 主任. The place is annotated as written, ``经开区`` (fb).
  DECIDED HERE: ``弥勒产业园区`` (a 省级 园区 named without 经开区 / 高新区) is a place of kind ``development_zone`` as written.
- Towns: county label + town + 党委 (``在朱口镇…镇党委书记江承志`` → 泰宁县朱口镇党委 书记; ``在赶水镇，镇党委书记母学军`` → 綦江区
  赶水镇党委 书记).
- DECIDED HERE (chrome of saved pages): the 热点新闻 / 图片新闻 / 相关新闻 side lists, ``上一篇`` / ``下一篇`` links, the comment
  boxes, the app's 推荐阅读 and the ``莲花要闻`` / ``吴桥要闻`` lists after the article are chrome, as cs and fb decided for side lists:
  their headlines are no events, places or posts, even when a list item carries a summary line naming an official with his title
  (``9月18日，县委副书记、县长刘振川深入琴亭镇…``, fj02; ``8月14日，县委副书记、县长范俊霖主持召开县政府第十九次常务会议…``,
  fj10). Both men hold the same posts in the article's body, so their lines come from the body; the 常务会议 in the fj10 list and the
  琴亭镇 of the fj02 list (also in the footer address) are not annotated. ``展开全文`` and ``打开APP…`` lines inside an app page are
  noise inside the article, not a break.
- DECIDED HERE (reader mode): the one date line under the title is the page stamp (``2023-06-20 18:05``, fj04; ``发布时间：2022-10-27
  10:20``, fj08).
- Events: 调研 / 检查 / 考察 are ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 要求 / 强调 / 表示 / 提出建议 / 作了
  安排 / 通报 speakers); a delegation's 考察 is led by its head (fb, ff); the 座谈会 after a 考察 is a meeting of its own (fb, ff) and
  takes the 考察's date (ff: the text gives it none); the 联席会议 and the 常务会议 are meetings (chair when 主持; ``出席会议并讲话``
  attendee and speaker, bq; a chair who also ``介绍了`` is a speaker too). The 联席会议's ``会前…实地察看`` is an inspection of its own
  with no named participant (ff06, fb06). An official ``参加考察`` with the visiting party (庞晓伟, 令狐振宇) is an attendee.
- Credits: ``株洲日报全媒体记者 … 通讯员 …``, ``德州新闻网讯（记者 … 通讯员 …）``, ``…融媒体中心记者 … …`` and ``记者：`` are
  reporter / correspondent lines (the 宁津 reporter written also as ``作者：`` in the stamp line gives one line); ``（…融媒体中心 …）`` and
  ``（…办公室 …）`` are author lines; 编辑 / 责任编辑 / 责编 / 一审 / 二审 / 三审 / 审核 editor lines. ``来源：…`` names nobody.
- Projects: named works visited or reported: …产业园 (一期 / 二期, 标准厂房二期, 绿色食品加工园二期) ``industrial_park``; 边贸物流园
  ``logistics_hub``; 防洪治理 / 防洪堤 / 综合治理 works ``engineering_work``; 生态修复 works ``greening_project``; a 快速通道改造工程
  ``infrastructure_project``; a 老旧小区改造项目 ``housing_project``; 景区 / 集散中心 / 古镇 提升改造, 示范带, a town's 高标准农田,
  a 示范园, a 种植基地, a 创新中心 ``project``. The 《…框架协议》 are documents; 集中育秧基地, 标准厂房 (generic) are no projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count, short forms
  written alone count (泰宁, 莲花, 茶陵, 灵川, 綦江, 桐梓, 赶水, 弥勒, 千阳, 宁津, 吴桥). As dh's 湘南湘西承接产业转移示范区 and bv's
  成渝地区, named cooperation regions are ``region``: 湘赣边区域合作示范区, 渝黔合作先行示范区, 渝南黔北合作先行示范区, 成渝地区;
  DECIDED HERE: ``湘赣边`` and ``渝黔边`` (the named border regions) are ``region`` too, while two-province abbreviations alone
  (``渝黔合作``, ``冀鲁毗邻``, ``冀鲁边界``) and the one-character ``来綦`` are not annotated (fb, ff). DECIDED HERE kinds: 大金湖
  ``lake``, 大圩古镇 ``heritage_site``, 娄山关 ``scenic_area``, 吴桥杂技大世界 ``scenic_area``, 千湖 ``wetland``. Site lines,
  navigation, breadcrumbs, stamp and 来源 lines, side lists, 推荐阅读, comment boxes and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

TN, LH, CL, LC, QJ, TZ, ML, QY, NJ, WQ = "泰宁县", "莲花县", "茶陵县", "灵川县", "綦江区", "桐梓县", "弥勒市", "千阳县", "宁津县", "吴桥县"
YX = "攸县"
HH = "红河哈尼族彝族自治州"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fj01_taining.txt": (2022, "发布时间：2022-05-18 17:32", TN, [
        ("卓宏远调研大金湖景区提升和汛期安全工作", "5月17日", "2022-05-17", "5月17日，县委书记卓宏远",
         "福建 county site, browser select-all copy (menus, comment box, 热点新闻 / 图片新闻 after the article): the 县委书记's 调研; 县长, 常委副县长, 文旅局长, 朱口镇 secretary 江承志#1")]),
    "fj02_lianhua.txt": (2021, "时间：2021-09-24 09:16", LH, [
        ("莲花茶陵攸县召开湘赣边毗邻地区合作联席会议", "9月23日", "2021-09-23", "9月23日，莲花·茶陵·攸县",
         "江西 county site, article followed by the site's 莲花要闻 list: 湘赣边 联席会议 with the 茶陵 县长 谭国栋 and 茶陵 副县长 尹秋菊; 会前 察看")]),
    "fj03_chaling.txt": (2024, "新湖南客户端　2024-03-21 19:06:42", CL, [
        ("谭国栋调研重点项目建设和春耕备耕工作", "3月20日", "2024-03-20", "3月20日，茶陵县委书记谭国栋",
         "新湖南 app share page (打开APP, 展开全文, 推荐阅读): 谭国栋 now 茶陵县委书记; 尹秋菊 now 县委常委、常务副县长")]),
    "fj04_lingchuan.txt": (2023, "2023-06-20 18:05", LC, [
        ("县长黎永成检查汛期安全和防汛准备工作", "6月19日", "2023-06-19", "6月19日，县委副书记、县长黎永成",
         "广西 county page in reader mode (title, date line, text): the 县长's 防汛 检查 of two towns")]),
    "fj05_qijiang.txt": (2022, "上游新闻　2022-08-12 08:47", QJ, [
        ("桐梓县党政代表团来綦考察 共推渝黔合作先行示范区建设", "8月11日", "2022-08-11", "8月11日，贵州省遵义市",
         "上游新闻 app share page: the 桐梓 县长's delegation in 綦江 (考察 and 座谈会); 区委书记, 区长, 常务副区长; 桐梓 副县长")]),
    "fj06_tongzi.txt": (2024, "发布时间：2024-05-09 16:48", TZ, [
        ("孟繁岭到楚米镇娄山关街道调研工业经济和文旅融合发展工作", "5月8日", "2024-05-08", "5月8日，县委书记孟繁岭",
         "贵州 county site, browser select-all copy (left column with 热点新闻 before the article, comment box after): 孟繁岭 now 县委书记")]),
    "fj07_mile.txt": (2023, "弥勒融媒　2023-04-13 20:15", ML, [
        ("州委常委、市委书记杨绍坤到竹园镇虹溪镇调研产业发展和重点项目建设", "4月12日", "2023-04-12", "4月12日，州委常委、市委书记杨绍坤",
         "云南 county-level city's 融媒 app share page: the 州委常委、市委书记's 调研; 市长, 副市长, 工信局长, a town secretary")]),
    "fj08_qianyang.txt": (2022, "发布时间：2022-10-27 10:20", QY, [
        ("寇振国主持召开县政府第二十三次常务会议", "10月26日", "2022-10-26", "10月26日，县委副书记、县长寇振国",
         "陕西 county page in reader mode: 县政府常务会议 (县长 chair; 常务副县长, two 副县长 incl. 江承志#2; two department heads report)")]),
    "fj09_ningjin.txt": (2021, "时间：2021-11-19 09:32:05", NJ, [
        ("吴桥县党政考察团来我县考察", "11月18日", "2021-11-18", "德州新闻网讯（记者 毛子豪 通讯员 宫明月）11月18日",
         "德州新闻网 宁津频道, browser select-all copy (相关新闻 / 图片新闻 / 网友评论 after the article): the 吴桥 县长's delegation in 宁津 (考察 and 座谈会); 宁津's 县经开区党工委书记")]),
    "fj10_wuqiao.txt": (2023, "发布日期：2023-08-16", WQ, [
        ("韦书林调研县经开区工业经济运行和重点项目建设", "8月15日", "2023-08-15", "8月15日，县委书记韦书林",
         "河北 county site, article followed by the site's 吴桥要闻 list: 韦书林 now 县委书记 in 吴桥's 县经开区")]),
}

_J02_TAN = "湖南省茶陵县委副书记、县长谭国栋"
_J05_MENG = "贵州省遵义市桐梓县委副书记、县长孟繁岭"
_J09_WEI = "河北省沧州市吴桥县委副书记、县长韦书林"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 泰宁 (福建)
    "fj:卓宏远": ("卓宏远", "official", TN, [
        ("fj01", f"{TN}委", "书记", "县委书记卓宏远深入大金湖景区", "named in the headline too")], []),
    "fj:廖文渊": ("廖文渊", "official", TN, [
        ("fj01", f"{TN}委", "副书记", "县委副书记、县长廖文渊", "also named in a 热点新闻 headline after the article, not annotated"),
        ("fj01", f"{TN}政府", "县长", "县委副书记、县长廖文渊", None)], []),
    "fj:严婉清": ("严婉清", "official", TN, [
        ("fj01", f"{TN}委", "常委", "县委常委、副县长严婉清", None),
        ("fj01", f"{TN}政府", "副县长", "县委常委、副县长严婉清", None)], []),
    "fj:邱立明": ("邱立明", "official", TN, [
        ("fj01", f"{TN}文化体育和旅游局", "局长", "县文化体育和旅游局局长邱立明", "as written")], []),
    "fj:江承志#1": ("江承志", "official", TN, [
        ("fj01", f"{TN}朱口镇党委", "书记", "镇党委书记江承志", "泰宁县 (福建), after ``在朱口镇``; not the 江承志 of 千阳县 (fj08)")], []),
    # ---- 莲花 (江西), 茶陵 and 攸县 (湖南)
    "fj:龚立衡": ("龚立衡", "official", LH, [
        ("fj02", f"{LH}委", "书记", "县委书记龚立衡出席会议并讲话", None)], []),
    "fj:刘振川": ("刘振川", "official", LH, [
        ("fj02", f"{LH}委", "副书记", "县委副书记、县长刘振川主持会议", "also in the 莲花要闻 list after the article (same posts; chrome)"),
        ("fj02", f"{LH}政府", "县长", "县委副书记、县长刘振川主持会议", None)], []),
    "fj:谭国栋": ("谭国栋", "official", CL, [
        ("fj02", f"{CL}委", "副书记", _J02_TAN, "2021-09 on the 莲花 site (identity case: 茶陵县委书记 in 2024, fj03)"),
        ("fj02", f"{CL}政府", "县长", _J02_TAN, "bare 县长 after ``茶陵县委副书记、``"),
        ("fj03", f"{CL}委", "书记", "茶陵县委书记谭国栋", "2024-03: now 县委书记; named in the headline too")], []),
    "fj:尹秋菊": ("尹秋菊", "official", CL, [
        ("fj02", f"{CL}政府", "副县长", "茶陵县副县长尹秋菊", "2021-09 (identity case: 县委常委、常务副县长 in 2024, fj03)"),
        ("fj03", f"{CL}委", "常委", "县委常委、常务副县长尹秋菊", "2024-03: bare 县委 after ``茶陵县委书记``"),
        ("fj03", f"{CL}政府", "常务副县长", "县委常委、常务副县长尹秋菊", None)], []),
    "fj:易少华": ("易少华", "official", YX, [
        ("fj02", f"{YX}委", "常委", "攸县县委常委、副县长易少华", "DECIDED HERE: ``攸县县委`` → label 攸县 + 委 (as cs's 祁县委)"),
        ("fj02", f"{YX}政府", "副县长", "攸县县委常委、副县长易少华", None)], []),
    "fj:贺晓宁": ("贺晓宁", "official", LH, [
        ("fj02", f"{LH}政府", "副县长", "副县长贺晓宁出席会议", "bare 副县长 on the 莲花 site")], []),
    "fj:颜志成": ("颜志成", "official", CL, [
        ("fj03", f"{CL}委", "副书记", "县委副书记、县长颜志成", "the 县长 after 谭国栋"),
        ("fj03", f"{CL}政府", "县长", "县委副书记、县长颜志成", None)], []),
    "fj:段宏睿": ("段宏睿", "official", CL, [
        ("fj03", f"{CL}发展和改革局", "局长", "县发展和改革局局长段宏睿", "as written")], []),
    "fj:陈鹤鸣": ("陈鹤鸣", "official", CL, [
        ("fj03", f"{CL}严塘镇党委", "书记", "镇党委书记陈鹤鸣", "after ``在严塘镇``")], []),
    # ---- 灵川 (广西)
    "fj:黎永成": ("黎永成", "official", LC, [
        ("fj04", f"{LC}委", "副书记", "县委副书记、县长黎永成", "named in the headline too (``县长黎永成``)"),
        ("fj04", f"{LC}政府", "县长", "县委副书记、县长黎永成", None)], []),
    "fj:莫春燕": ("莫春燕", "official", LC, [
        ("fj04", f"{LC}政府", "副县长", "副县长莫春燕", None)], []),
    "fj:蒋明辉": ("蒋明辉", "official", LC, [
        ("fj04", f"{LC}水利局", "局长", "县水利局局长蒋明辉", None)], []),
    "fj:唐海平": ("唐海平", "official", LC, [
        ("fj04", f"{LC}大圩镇党委", "书记", "镇党委书记唐海平", "after ``在大圩镇``")], []),
    # ---- 綦江 (重庆) and 桐梓 (贵州)
    "fj:孟繁岭": ("孟繁岭", "official", TZ, [
        ("fj05", f"{TZ}委", "副书记", _J05_MENG, "2022-08, leading a delegation to 綦江 (identity case: 桐梓县委书记 in 2024, fj06)"),
        ("fj05", f"{TZ}政府", "县长", _J05_MENG, None),
        ("fj06", f"{TZ}委", "书记", "县委书记孟繁岭深入楚米镇", "2024-05: now 县委书记; named in the headline too")], []),
    "fj:钟启帆": ("钟启帆", "official", QJ, [
        ("fj05", f"{QJ}委", "书记", "区委书记钟启帆", "bare 区委 on a 綦江 item")], []),
    "fj:罗建业": ("罗建业", "official", QJ, [
        ("fj05", f"{QJ}委", "副书记", "区委副书记、区长罗建业", None),
        ("fj05", f"{QJ}政府", "区长", "区委副书记、区长罗建业", None)], []),
    "fj:刘德友": ("刘德友", "official", QJ, [
        ("fj05", f"{QJ}委", "常委", "区委常委、区政府常务副区长刘德友", None),
        ("fj05", f"{QJ}政府", "常务副区长", "区委常委、区政府常务副区长刘德友", "区政府 written out (重庆 style)")], []),
    "fj:令狐振宇": ("令狐振宇", "official", TZ, [
        ("fj05", f"{TZ}委", "常委", "桐梓县委常委、县政府副县长令狐振宇", "2022-08, a compound surname (令狐)"),
        ("fj05", f"{TZ}政府", "副县长", "桐梓县委常委、县政府副县长令狐振宇", None),
        ("fj06", f"{TZ}委", "常委", "县委常委、副县长令狐振宇", "2024-05: the same posts"),
        ("fj06", f"{TZ}政府", "副县长", "县委常委、副县长令狐振宇", None)], []),
    "fj:母学军": ("母学军", "official", QJ, [
        ("fj05", f"{QJ}赶水镇党委", "书记", "镇党委书记母学军", "after ``在赶水镇``")], []),
    "fj:犹佳明": ("犹佳明", "official", TZ, [
        ("fj06", f"{TZ}委", "副书记", "县委副书记、县长犹佳明", "the 县长 after 孟繁岭; also in a 热点新闻 headline and the 上一篇 link, not annotated"),
        ("fj06", f"{TZ}政府", "县长", "县委副书记、县长犹佳明", None)], []),
    "fj:赵光琼": ("赵光琼", "official", TZ, [
        ("fj06", f"{TZ}工业和信息化局", "局长", "县工业和信息化局局长赵光琼", None)], []),
    "fj:骆永川": ("骆永川", "official", TZ, [
        ("fj06", f"{TZ}楚米镇党委", "书记", "镇党委书记骆永川", "after ``在楚米镇新型建材产业园二期``")], []),
    # ---- 弥勒 (云南)
    "fj:杨绍坤": ("杨绍坤", "official", ML, [
        ("fj07", f"{HH}委", "常委", "4月12日，州委常委、市委书记杨绍坤", "bare 州委 on a 弥勒 page = 红河's, full name (parts y, ak, bx); named in the headline too"),
        ("fj07", f"{ML}委", "书记", "4月12日，州委常委、市委书记杨绍坤", "bare 市委 = 弥勒市 (the county-level city), not the 州")], []),
    "fj:普建林": ("普建林", "official", ML, [
        ("fj07", f"{ML}委", "副书记", "市委副书记、市长普建林", None),
        ("fj07", f"{ML}政府", "市长", "市委副书记、市长普建林", None)], []),
    "fj:李梦溪": ("李梦溪", "official", ML, [
        ("fj07", f"{ML}政府", "副市长", "副市长李梦溪", None)], []),
    "fj:杞云鹏": ("杞云鹏", "official", ML, [
        ("fj07", f"{ML}工业和信息化局", "局长", "市工业和信息化局局长杞云鹏", None)], []),
    "fj:施家荣": ("施家荣", "official", ML, [
        ("fj07", f"{ML}虹溪镇党委", "书记", "镇党委书记施家荣", "after ``在虹溪镇``")], []),
    # ---- 千阳 (陕西)
    "fj:寇振国": ("寇振国", "official", QY, [
        ("fj08", f"{QY}委", "副书记", "县委副书记、县长寇振国主持召开", "named in the headline too"),
        ("fj08", f"{QY}政府", "县长", "县委副书记、县长寇振国主持召开", None)], []),
    "fj:雷宏昌": ("雷宏昌", "official", QY, [
        ("fj08", f"{QY}委", "常委", "县委常委、常务副县长雷宏昌", None),
        ("fj08", f"{QY}政府", "常务副县长", "县委常委、常务副县长雷宏昌", None)], []),
    "fj:江承志#2": ("江承志", "official", QY, [
        ("fj08", f"{QY}政府", "副县长", "副县长江承志、白秀芳", "千阳县 (陕西); not the 江承志 of 泰宁县 (fj01); list after one title")], []),
    "fj:白秀芳": ("白秀芳", "official", QY, [
        ("fj08", f"{QY}政府", "副县长", "副县长江承志、白秀芳", "list after one title")], []),
    "fj:党晓峰": ("党晓峰", "official", QY, [
        ("fj08", f"{QY}农业农村局", "局长", "县农业农村局局长党晓峰", None)], []),
    "fj:权志刚": ("权志刚", "official", QY, [
        ("fj08", f"{QY}住房和城乡建设局", "局长", "县住房和城乡建设局局长权志刚", None)], []),
    # ---- 宁津 (山东) and 吴桥 (河北)
    "fj:韦书林": ("韦书林", "official", WQ, [
        ("fj09", f"{WQ}委", "副书记", _J09_WEI, "2021-11, leading a delegation to 宁津 (identity case: 吴桥县委书记 in 2023, fj10)"),
        ("fj09", f"{WQ}政府", "县长", _J09_WEI, None),
        ("fj10", f"{WQ}委", "书记", "县委书记韦书林深入县经开区", "2023-08: now 县委书记; named in the headline too")], []),
    "fj:甘立波": ("甘立波", "official", NJ, [
        ("fj09", f"{NJ}委", "书记", "县委书记甘立波", "bare 县委 on the 宁津 channel")], []),
    "fj:祝文杰": ("祝文杰", "official", NJ, [
        ("fj09", f"{NJ}委", "副书记", "县委副书记、县长祝文杰", None),
        ("fj09", f"{NJ}政府", "县长", "县委副书记、县长祝文杰", None)], []),
    "fj:霍德胜": ("霍德胜", "official", NJ, [
        ("fj09", f"{NJ}委", "常委", "县委常委、县经开区党工委书记霍德胜", None),
        ("fj09", "宁津经开区党工委", "书记", "县委常委、县经开区党工委书记霍德胜", "县经开区 = 宁津's here, 吴桥's in fj10 (fb: county name without 县 + 经开区)")], []),
    "fj:庞晓伟": ("庞晓伟", "official", WQ, [
        ("fj09", f"{WQ}委", "常委", "吴桥县委常委、副县长庞晓伟", None),
        ("fj09", f"{WQ}政府", "副县长", "吴桥县委常委、副县长庞晓伟", None)], []),
    "fj:范俊霖": ("范俊霖", "official", WQ, [
        ("fj10", f"{WQ}委", "副书记", "县委副书记、县长范俊霖，县委常委", "the 县长 after 韦书林; also in the 吴桥要闻 list (same posts; chrome)"),
        ("fj10", f"{WQ}政府", "县长", "县委副书记、县长范俊霖，县委常委", None)], []),
    "fj:桑立新": ("桑立新", "official", WQ, [
        ("fj10", f"{WQ}委", "常委", "县委常委、县经开区党工委书记桑立新", None),
        ("fj10", "吴桥经开区党工委", "书记", "县委常委、县经开区党工委书记桑立新", "县经开区 = 吴桥's here, 宁津's in fj09")], []),
    "fj:申振华": ("申振华", "official", WQ, [
        ("fj10", "吴桥经开区管委会", "主任", "县经开区管委会主任申振华", None)], []),
    "fj:柴玉洁": ("柴玉洁", "official", WQ, [
        ("fj10", f"{WQ}桑园镇党委", "书记", "镇党委书记柴玉洁", "after ``在桑园镇``")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fj01", "黄雅琴", "责任编辑", "editor", "责任编辑：黄雅琴"),
    ("fj02", "许丽萍", "供稿", "author", "（莲花县融媒体中心 许丽萍）"),
    ("fj02", "钱雨晴", "编辑", "editor", "编辑：钱雨晴"),
    ("fj02", "阮志宏", "审核", "editor", "审核：阮志宏"),
    ("fj03", "刘佳蔓", "记者", "reporter", "株洲日报全媒体记者　刘佳蔓　通讯员　谭思远"),
    ("fj03", "谭思远", "通讯员", "correspondent", "株洲日报全媒体记者　刘佳蔓　通讯员　谭思远"),
    ("fj03", "单雅琳", "责编", "editor", "[责编：单雅琳]"),
    ("fj03", "陆可欣", "一审", "editor", "[一审：陆可欣]"),
    ("fj03", "付晓宇", "二审", "editor", "[二审：付晓宇]"),
    ("fj03", "石佳慧", "三审", "editor", "[三审：石佳慧]"),
    ("fj04", "秦丽娜", "供稿", "author", "（灵川县融媒体中心 秦丽娜）"),
    ("fj05", "封雪莹", "记者", "reporter", "綦江区融媒体中心记者　封雪莹　左振兴"),
    ("fj05", "左振兴", "记者", "reporter", "綦江区融媒体中心记者　封雪莹　左振兴"),
    ("fj05", "权海燕", "责编", "editor", "责编：权海燕"),
    ("fj06", "姬晓敏", "责任编辑", "editor", "责任编辑：姬晓敏"),
    ("fj07", "房思雨", "记者", "reporter", "记者：房思雨"),
    ("fj07", "苏梦瑶", "编辑", "editor", "编辑：苏梦瑶"),
    ("fj07", "钮海涛", "审核", "editor", "审核：钮海涛"),
    ("fj08", "韩梦琪", "供稿", "author", "（千阳县人民政府办公室 韩梦琪）"),
    ("fj09", "毛子豪", "记者", "reporter", "德州新闻网讯（记者 毛子豪 通讯员 宫明月）"),
    ("fj09", "宫明月", "通讯员", "correspondent", "德州新闻网讯（记者 毛子豪 通讯员 宫明月）"),
    ("fj09", "何文锦", "责任编辑", "editor", "责任编辑：何文锦"),
    ("fj10", "郭雨桐", "供稿", "author", "（吴桥县融媒体中心 郭雨桐）"),
    ("fj10", "边晓琳", "编辑", "editor", "编辑：边晓琳"),
    ("fj10", "常立峰", "审核", "editor", "审核：常立峰"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fj01", "大金湖景区提升、乡村旅游和汛期安全工作调研", "inspection (调研)", "5月17日", None, "卓宏远", [],
     ["廖文渊", "严婉清", "邱立明"], ["邱立明", "卓宏远", "江承志", "严婉清", "廖文渊"], "大金湖景区、朱口镇、杉城镇",
     "县委书记卓宏远深入大金湖景区、朱口镇和杉城镇，调研景区提升、乡村旅游和汛期安全工作",
     ["县委书记卓宏远深入大金湖景区", "县长廖文渊，县委常委、副县长严婉清，县文化体育和旅游局局长邱立明陪同调研", "邱立明汇报了",
      "卓宏远指出", "江承志介绍了", "卓宏远要求", "严婉清汇报了", "卓宏远强调", "廖文渊表示"]),
    ("fj02", "莲花·茶陵·攸县湘赣边毗邻地区合作联席会议", "meeting (联席会议)", "9月23日", "刘振川", None, [LH, CL, YX],
     ["龚立衡", "谭国栋", "尹秋菊", "易少华", "贺晓宁"], ["贺晓宁", "谭国栋", "尹秋菊", "易少华", "龚立衡"], LH,
     "9月23日，莲花·茶陵·攸县湘赣边毗邻地区合作联席会议在我县召开",
     ["县委书记龚立衡出席会议并讲话", "县长刘振川主持会议", "湖南省茶陵县委副书记、县长谭国栋，茶陵县副县长尹秋菊，攸县县委常委、副县长易少华，副县长贺晓宁出席会议",
      "贺晓宁通报了", "谭国栋介绍了", "尹秋菊就莲花至茶陵快速通道", "易少华介绍了", "龚立衡强调"]),
    ("fj02", "莲花县空压机产业园二期和莲花至茶陵快速通道改造工程实地察看", "inspection (实地察看)", "9月23日", None, None, [],
     [], [], LH,
     "会前，与会人员实地察看了莲花县空压机产业园二期和莲花至茶陵快速通道改造工程（莲花段）建设情况", []),
    ("fj03", "重点项目建设和春耕备耕工作调研", "inspection (调研)", "3月20日", None, "谭国栋", [],
     ["颜志成", "尹秋菊", "段宏睿"], ["段宏睿", "谭国栋", "陈鹤鸣", "尹秋菊", "颜志成"], "严塘镇、腰潞镇、洣江街道",
     "茶陵县委书记谭国栋深入严塘镇、腰潞镇和洣江街道，调研重点项目建设和春耕备耕工作",
     ["茶陵县委书记谭国栋深入严塘镇", "县长颜志成，县委常委、常务副县长尹秋菊，县发展和改革局局长段宏睿陪同调研", "段宏睿汇报了",
      "谭国栋指出", "镇党委书记陈鹤鸣介绍了", "谭国栋要求", "尹秋菊汇报了", "谭国栋强调", "颜志成表示"]),
    ("fj04", "大圩镇、定江镇汛期安全和防汛准备工作检查", "inspection (检查)", "6月19日", None, "黎永成", [],
     ["莫春燕", "蒋明辉"], ["唐海平", "黎永成", "蒋明辉", "莫春燕"], "大圩镇、定江镇",
     "县委副书记、县长黎永成深入大圩镇、定江镇，检查汛期安全和防汛准备工作",
     ["县长黎永成深入大圩镇、定江镇", "副县长莫春燕，县水利局局长蒋明辉陪同检查", "唐海平汇报了", "黎永成指出", "蒋明辉介绍了",
      "黎永成强调", "莫春燕要求"]),
    ("fj05", "桐梓县党政代表团在綦江考察", "inspection (考察)", "8月11日", None, "孟繁岭", [],
     ["钟启帆", "罗建业", "刘德友", "令狐振宇"], ["母学军"], QJ,
     "县长孟繁岭率桐梓县党政代表团来我区考察",
     ["县长孟繁岭率桐梓县党政代表团来我区考察", "区委书记钟启帆，区委副书记、区长罗建业，区委常委、区政府常务副区长刘德友参加活动",
      "县政府副县长令狐振宇参加考察", "镇党委书记母学军介绍了"]),
    ("fj05", "座谈会", "meeting (座谈会)", "8月11日", "罗建业", None, [],
     [], ["罗建业", "孟繁岭", "令狐振宇", "刘德友", "钟启帆"], QJ,
     "在随后召开的座谈会上，罗建业主持会议并介绍了綦江区经济社会发展情况",
     ["罗建业主持会议并介绍了", "孟繁岭介绍了", "令狐振宇就共建渝黔边贸物流通道提出建议", "刘德友通报了", "钟启帆代表区委、区政府"]),
    ("fj06", "楚米镇、娄山关街道工业经济和文旅融合发展调研", "inspection (调研)", "5月8日", None, "孟繁岭", [],
     ["犹佳明", "令狐振宇", "赵光琼"], ["赵光琼", "骆永川", "孟繁岭", "令狐振宇", "犹佳明"], "楚米镇、娄山关街道",
     "县委书记孟繁岭深入楚米镇、娄山关街道，调研工业经济运行和文旅融合发展工作",
     ["县委书记孟繁岭深入楚米镇", "县长犹佳明，县委常委、副县长令狐振宇，县工业和信息化局局长赵光琼陪同调研", "赵光琼汇报了",
      "骆永川介绍了", "孟繁岭指出", "令狐振宇汇报了", "孟繁岭强调", "犹佳明表示"]),
    ("fj07", "产业发展和重点项目建设调研", "inspection (调研)", "4月12日", None, "杨绍坤", [],
     ["普建林", "李梦溪", "杞云鹏"], ["杞云鹏", "杨绍坤", "李梦溪", "施家荣", "普建林"], "弥勒产业园区、竹园镇、虹溪镇",
     "州委常委、市委书记杨绍坤深入弥勒产业园区、竹园镇、虹溪镇，调研产业发展和重点项目建设工作",
     ["市委书记杨绍坤深入弥勒产业园区", "市长普建林，副市长李梦溪，市工业和信息化局局长杞云鹏陪同调研", "杞云鹏汇报了", "杨绍坤指出",
      "李梦溪汇报了", "施家荣介绍了", "杨绍坤强调", "普建林表示"]),
    ("fj08", "县政府第二十三次常务会议", "meeting (县政府常务会议)", "10月26日", "寇振国", None, [f"{QY}政府"],
     ["雷宏昌", "江承志", "白秀芳"], ["党晓峰", "权志刚", "寇振国", "雷宏昌", "江承志", "白秀芳"], None,
     "县委副书记、县长寇振国主持召开县政府第二十三次常务会议",
     ["县长寇振国主持召开", "县委常委、常务副县长雷宏昌，副县长江承志、白秀芳出席会议", "局长党晓峰关于南寨镇苹果矮砧密植示范园二期建设情况的汇报",
      "局长权志刚关于县城北片区老旧小区改造项目实施方案的说明", "寇振国强调", "雷宏昌就做好四季度经济运行调度", "江承志要求", "白秀芳就冬季供暖保障"]),
    ("fj09", "吴桥县党政考察团在宁津考察", "inspection (考察)", "11月18日", None, "韦书林", [],
     ["甘立波", "祝文杰", "霍德胜", "庞晓伟"], ["霍德胜"], NJ,
     "县长韦书林率吴桥县党政考察团来我县考察",
     ["县长韦书林率吴桥县党政考察团来我县考察", "县委书记甘立波，县委副书记、县长祝文杰，县委常委、县经开区党工委书记霍德胜陪同考察",
      "副县长庞晓伟参加考察", "霍德胜介绍了"]),
    ("fj09", "座谈会", "meeting (座谈会)", "11月18日", "祝文杰", None, [],
     [], ["祝文杰", "韦书林", "庞晓伟", "甘立波"], NJ,
     "在随后召开的座谈会上，祝文杰主持会议并介绍了我县经济社会发展情况",
     ["祝文杰主持会议并介绍了", "韦书林介绍了吴桥县情", "庞晓伟就两县共建产业配套基地提出建议", "甘立波对考察团一行表示欢迎"]),
    ("fj10", "县经开区工业经济运行和重点项目建设调研", "inspection (调研)", "8月15日", None, "韦书林", [],
     ["范俊霖", "桑立新", "申振华"], ["申振华", "韦书林", "柴玉洁", "桑立新", "范俊霖"], "县经开区、桑园镇",
     "县委书记韦书林深入县经开区、桑园镇，调研工业经济运行和重点项目建设工作",
     ["县委书记韦书林深入县经开区", "县长范俊霖，县委常委、县经开区党工委书记桑立新，县经开区管委会主任申振华陪同调研", "申振华汇报了",
      "韦书林指出", "柴玉洁汇报了", "韦书林强调", "桑立新表示", "范俊霖要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fj01", "大金湖游客集散中心提升改造项目", "project", "在大金湖游客集散中心提升改造项目现场"),
    ("fj01", "朱口镇乡村旅游示范带建设项目", "project", "沿途察看了朱口镇乡村旅游示范带建设项目"),
    ("fj01", "金溪泰宁段防洪治理工程", "engineering_work", "卓宏远来到金溪泰宁段防洪治理工程施工现场"),
    ("fj02", "莲花县空压机产业园二期", "industrial_park", "实地察看了莲花县空压机产业园二期"),
    ("fj02", "莲花至茶陵快速通道改造工程（莲花段）", "infrastructure_project", "莲花至茶陵快速通道改造工程（莲花段）建设情况"),
    ("fj03", "茶陵县新能源电池材料产业园一期", "industrial_park", "在茶陵县新能源电池材料产业园一期"),
    ("fj03", "严塘镇高标准农田建设项目", "project", "谭国栋察看了严塘镇高标准农田建设项目"),
    ("fj03", "洣水茶陵段综合治理工程", "engineering_work", "谭国栋来到洣水茶陵段综合治理工程现场"),
    ("fj04", "漓江灵川段防洪堤工程", "engineering_work", "黎永成来到漓江灵川段防洪堤工程现场"),
    ("fj04", "大圩古镇保护提升项目", "project", "黎永成察看了大圩古镇保护提升项目施工现场"),
    ("fj04", "甘棠江生态修复工程", "greening_project", "黎永成来到甘棠江生态修复工程现场"),
    ("fj05", "綦江渝黔合作产业园标准厂房二期", "industrial_park", "先后来到綦江渝黔合作产业园标准厂房二期"),
    ("fj05", "赶水镇渝黔边贸物流园", "logistics_hub", "赶水镇渝黔边贸物流园和綦河綦江段生态修复工程"),
    ("fj05", "綦河綦江段生态修复工程", "greening_project", "赶水镇渝黔边贸物流园和綦河綦江段生态修复工程"),
    ("fj06", "楚米镇新型建材产业园二期", "industrial_park", "在楚米镇新型建材产业园二期"),
    ("fj06", "娄山关景区提质改造项目", "project", "孟繁岭察看了娄山关景区提质改造项目和桐梓河综合治理工程"),
    ("fj06", "桐梓河综合治理工程", "engineering_work", "孟繁岭察看了娄山关景区提质改造项目和桐梓河综合治理工程"),
    ("fj07", "弥勒产业园区绿色食品加工园二期", "industrial_park", "在弥勒产业园区绿色食品加工园二期"),
    ("fj07", "甸溪河弥勒段综合治理工程", "engineering_work", "杨绍坤来到甸溪河弥勒段综合治理工程现场"),
    ("fj07", "虹溪镇万亩葡萄标准化种植基地", "project", "杨绍坤实地察看了虹溪镇万亩葡萄标准化种植基地"),
    ("fj08", "南寨镇苹果矮砧密植示范园二期", "project", "关于南寨镇苹果矮砧密植示范园二期建设情况的汇报"),
    ("fj08", "千河千阳段综合治理工程", "engineering_work", "研究了千河千阳段综合治理工程前期工作"),
    ("fj08", "县城北片区老旧小区改造项目", "housing_project", "关于县城北片区老旧小区改造项目实施方案的说明"),
    ("fj09", "宁津县智能电梯产业园二期", "industrial_park", "宁津县智能电梯产业园二期和宁津县实木家具创新中心项目"),
    ("fj09", "宁津县实木家具创新中心项目", "project", "宁津县智能电梯产业园二期和宁津县实木家具创新中心项目"),
    ("fj10", "吴桥县精密五金工具产业园二期", "industrial_park", "在吴桥县精密五金工具产业园二期"),
    ("fj10", "宣惠河吴桥段综合治理工程", "engineering_work", "韦书林察看了宣惠河吴桥段综合治理工程和吴桥杂技大世界提升改造项目"),
    ("fj10", "吴桥杂技大世界提升改造项目", "project", "韦书林察看了宣惠河吴桥段综合治理工程和吴桥杂技大世界提升改造项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fj01", "大金湖", "lake", "standalone", "县委书记卓宏远深入大金湖景区"),
    ("fj01", "朱口镇", "town", "standalone", "深入大金湖景区、朱口镇和杉城镇"),
    ("fj01", "杉城镇", "town", "standalone", "深入大金湖景区、朱口镇和杉城镇"),
    ("fj01", "泰宁", "county", "standalone", "大金湖是泰宁旅游的“金字招牌”"),
    ("fj01", "金溪", "river", "in_project_name", "卓宏远来到金溪泰宁段防洪治理工程施工现场"),
    ("fj02", "莲花", "county", "standalone", "9月23日，莲花·茶陵·攸县湘赣边毗邻地区合作联席会议"),
    ("fj02", "茶陵", "county", "standalone", "9月23日，莲花·茶陵·攸县湘赣边毗邻地区合作联席会议"),
    ("fj02", "攸县", "county", "standalone", "9月23日，莲花·茶陵·攸县湘赣边毗邻地区合作联席会议"),
    ("fj02", "湘赣边", "region", "standalone", "9月23日，莲花·茶陵·攸县湘赣边毗邻地区合作联席会议"),
    ("fj02", "湖南省", "province", "in_org_reference", _J02_TAN),
    ("fj02", "茶陵县", "county", "in_title", _J02_TAN),
    ("fj02", "莲花县", "county", "in_project_name", "实地察看了莲花县空压机产业园二期"),
    ("fj02", "湘赣边区域合作示范区", "region", "standalone", "谭国栋介绍了茶陵县经济社会发展和湘赣边区域合作示范区建设情况"),
    ("fj03", "茶陵县", "county", "in_title", "3月20日，茶陵县委书记谭国栋"),
    ("fj03", "严塘镇", "town", "standalone", "深入严塘镇、腰潞镇和洣江街道"),
    ("fj03", "腰潞镇", "town", "standalone", "深入严塘镇、腰潞镇和洣江街道"),
    ("fj03", "洣江街道", "sub_district_office", "standalone", "深入严塘镇、腰潞镇和洣江街道"),
    ("fj03", "洣水", "river", "in_project_name", "谭国栋来到洣水茶陵段综合治理工程现场"),
    ("fj03", "茶陵", "county", "in_project_name", "谭国栋来到洣水茶陵段综合治理工程现场"),
    ("fj03", "湘赣边", "region", "standalone", "全力推动湘赣边中心县建设"),
    ("fj04", "大圩镇", "town", "standalone", "深入大圩镇、定江镇，检查汛期安全"),
    ("fj04", "定江镇", "town", "standalone", "深入大圩镇、定江镇，检查汛期安全"),
    ("fj04", "漓江", "river", "standalone", "大圩镇地处漓江沿岸"),
    ("fj04", "灵川", "county", "in_project_name", "黎永成来到漓江灵川段防洪堤工程现场"),
    ("fj04", "大圩古镇", "heritage_site", "standalone", "又是大圩古镇所在地"),
    ("fj04", "甘棠江", "river", "in_project_name", "黎永成来到甘棠江生态修复工程现场"),
    ("fj05", "渝黔合作先行示范区", "region", "standalone", "双方就深化渝黔合作先行示范区建设"),
    ("fj05", "贵州省", "province", "in_org_reference", _J05_MENG),
    ("fj05", "遵义市", "city", "in_org_reference", _J05_MENG),
    ("fj05", "桐梓县", "county", "in_title", _J05_MENG),
    ("fj05", "綦江", "district", "standalone", "綦江将与桐梓携手"),
    ("fj05", "赶水镇", "town", "standalone", "在赶水镇，镇党委书记母学军"),
    ("fj05", "赶水", "town", "standalone", "介绍了赶水与桐梓县松坎镇建立镇级联席会议"),
    ("fj05", "松坎镇", "town", "standalone", "介绍了赶水与桐梓县松坎镇建立镇级联席会议"),
    ("fj05", "綦河", "river", "in_project_name", "赶水镇渝黔边贸物流园和綦河綦江段生态修复工程"),
    ("fj05", "綦江区", "district", "standalone", "介绍了綦江区经济社会发展情况"),
    ("fj05", "桐梓", "county", "standalone", "桐梓与綦江山水相连"),
    ("fj05", "渝南黔北合作先行示范区", "region", "standalone", "加快建设渝南黔北合作先行示范区"),
    ("fj06", "楚米镇", "town", "standalone", "县委书记孟繁岭深入楚米镇、娄山关街道"),
    ("fj06", "娄山关街道", "sub_district_office", "standalone", "县委书记孟繁岭深入楚米镇、娄山关街道"),
    ("fj06", "桐梓", "county", "standalone", "桐梓地处渝黔合作前沿"),
    ("fj06", "成渝地区", "region", "standalone", "主动承接成渝地区产业转移"),
    ("fj06", "娄山关", "scenic_area", "standalone", "把娄山关打造成渝黔边知名的红色旅游目的地"),
    ("fj06", "桐梓河", "river", "in_project_name", "孟繁岭察看了娄山关景区提质改造项目和桐梓河综合治理工程"),
    ("fj06", "綦江", "district", "standalone", "加强与綦江等周边地区的旅游线路串联"),
    ("fj06", "渝黔边", "region", "standalone", "把娄山关打造成渝黔边知名的红色旅游目的地"),
    ("fj07", "弥勒产业园区", "development_zone", "standalone", "深入弥勒产业园区、竹园镇、虹溪镇"),
    ("fj07", "竹园镇", "town", "standalone", "深入弥勒产业园区、竹园镇、虹溪镇"),
    ("fj07", "虹溪镇", "town", "standalone", "深入弥勒产业园区、竹园镇、虹溪镇"),
    ("fj07", "甸溪河", "river", "in_project_name", "杨绍坤来到甸溪河弥勒段综合治理工程现场"),
    ("fj07", "弥勒", "county_level_city", "standalone (brand)", "做强弥勒葡萄品牌"),
    ("fj08", "南寨镇", "town", "in_project_name", "关于南寨镇苹果矮砧密植示范园二期建设情况的汇报"),
    ("fj08", "千河", "river", "in_project_name", "研究了千河千阳段综合治理工程前期工作"),
    ("fj08", "千阳", "county", "standalone", "苹果产业是千阳群众增收的支柱产业"),
    ("fj08", "千湖", "wetland", "standalone", "事关全县防洪安全和千湖湿地生态保护"),
    ("fj09", "河北省", "province", "in_org_reference", _J09_WEI),
    ("fj09", "沧州市", "city", "in_org_reference", _J09_WEI),
    ("fj09", "吴桥县", "county", "in_title", _J09_WEI),
    ("fj09", "经开区", "development_zone", "standalone", "考察团一行先后来到县经开区"),
    ("fj09", "宁津县", "county", "in_project_name", "宁津县智能电梯产业园二期和宁津县实木家具创新中心项目"),
    ("fj09", "吴桥", "county", "standalone", "吴桥与宁津地缘相近"),
    ("fj09", "宁津", "county", "standalone", "吴桥与宁津地缘相近"),
    ("fj10", "经开区", "development_zone", "standalone", "县委书记韦书林深入县经开区、桑园镇"),
    ("fj10", "桑园镇", "town", "standalone", "县委书记韦书林深入县经开区、桑园镇"),
    ("fj10", "吴桥县", "county", "in_project_name", "在吴桥县精密五金工具产业园二期"),
    ("fj10", "宣惠河", "river", "in_project_name", "韦书林察看了宣惠河吴桥段综合治理工程"),
    ("fj10", "吴桥", "county", "in_project_name", "韦书林察看了宣惠河吴桥段综合治理工程"),
    ("fj10", "吴桥杂技大世界", "scenic_area", "in_project_name", "吴桥杂技大世界提升改造项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fj", conventions="set fj (blind set: held-out-like mix, eleventh round: ten county-level places of ten provinces (福建 泰宁县, 江西 莲花县, 湖南 茶陵县, 广西 灵川县, 重庆 綦江区, 贵州 桐梓县, 云南 弥勒市, 陕西 千阳县, 山东 宁津县, 河北 吴桥县) in the ways users save pages: browser select-all copies with menus, side lists (热点新闻 / 图片新闻 with dates) and comment boxes, reader-mode copies (title, date line, text), app share pages (打开APP, 展开全文, 推荐阅读), and site pages whose article is followed by the site's other news; side lists, 推荐阅读, comment boxes and the after-article news lists are chrome (their headlines and summary lines give no line); bare organs take the page's place; 攸县县委 → 攸县委; 州委常委、市委书记 on a 弥勒 page → 红河哈尼族彝族自治州委 常委 + 弥勒市委 书记; 县经开区 → county name without 县 + 经开区; one line per post per article)",
          persons_note="Set fj persons. id = corpus-wide person_id (fj:江承志#1 of 泰宁县 (福建, a town secretary) and fj:江承志#2 of 千阳县 (陕西, a 副县长) are two people; fj:谭国栋 茶陵县长 2021 → 茶陵县委书记 2024; fj:尹秋菊 茶陵副县长 2021 → 县委常委、常务副县长 2024; fj:孟繁岭 桐梓县长 2022 (in 綦江) → 桐梓县委书记 2024; fj:韦书林 吴桥县长 2021 (in 宁津) → 吴桥县委书记 2023)")


if __name__ == "__main__":
    main()
