"""Write gold part ``ht`` (a blind set, held-out-like mix, 31st round: ordinary local news from 广西, 海南, 广东, 福建,
江西 and 湖南 — 乡镇 and 开发区 pages, county sites, city papers; town and village names; officials moving between
towns and counties) from the tables below.

Pages ``tests/dev/texts/ht*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 南国早报网 (yybnet) mobile page on the 市委书记 in 宾阳县's 16 乡镇
(``本报讯(记者…)``, a photo caption ``…本报记者 … 摄``, town names 黎塘, 露圩, 古辣 …); an encyclopedia page of 宾阳县黎明镇
(its 启明, 欧阳, 新圩 村委, 生姜 / 莲藕 / 西瓜); a 隆林 county site page on 平班镇扁牙村; a 湖南 红网 page on 益阳高新区
(``益阳高新区党工委书记…表示``, 东部产业园) and an 益阳 民盟 page (``高新区工委委员…``, 朝阳街道 named as a 社区 of the zone);
the 益阳市 site's page (``信息来源:益阳日报全媒体 作者: 责任编辑: 打印 关闭``, 赫山区谢林港镇清溪村); the 常德 西湖管理区 page of
an 安化县委书记's visit (``安化县委书记…，县委副书记、县长…一行…区党委书记…陪同``); a 衡东融媒 page (``衡东融媒3月11日讯(融媒体记者
…)``, ``县委副书记、代县长…赴高湖镇、杨林镇``, a 座谈会 inside the 调研); the 徐闻 site's 下桥镇 page (``镇党委书记…出席会议并讲话，
会议由党委副书记…主持``); a 云浮 page of a 市长 at 六都镇 (``六都镇委书记、镇人大主席…``) and encyclopedia pages of 新兴县
六祖镇 (国恩寺, 凉果) and 琼中 湾岭镇 (北排, 鸭坡, 新仔 村委; 绿橙); the 琼海 塔洋镇 site (``发布日期: 来源: 分享到: 微信 【字体:``);
a 福建日报 晋江 edition (``第2b版:本地 上一版 下一版``, ``本报讯 (记者 …)``, ``版权所有 ©2023 福建日报 … 闽ICP备``); a 闽南网 page
on 诏安县西潭乡 (``首页 > 漳州 > 漳州新闻 > 正文``, ``2016-03-09 08:48 来源:闽南网``); a 闽南网 page of the 漳州高新区
集中开竣工 (``漳州高新区党工委书记…，区党工委副书记…，区纪工委书记…``, ``漳州高新区管委会主任…在主持时介绍``, ``(通讯员 … 闽南网记者 …
文/图)``); a 闽西新闻网 page on the 龙岩经开区（高新区） (``来源:闽西新闻网 责任编辑:… 打印 | 收藏 | 发给好友 【字号 大 中 小】``);
an encyclopedia page of 广昌县 (驿前镇, 白莲) and one of 驿前古镇 (驿前村's 明清 buildings, 抚河's source); the 兴国 site
(``您当前的位置: 首页 > 动态信息 > 兴国要闻``, ``来源:兴国发布 访问量: 发布日期:``). No page was copied. Places are real:
广西 南宁 (宾阳县黎明镇 with 启明村, 欧阳村, 新圩村; 上林县 三里镇, 西燕镇 with 大龙湖), 湖南 益阳 (安化县小淹镇 on the 资江;
益阳高新区 with its 朝阳街道 and 东部产业园), 福建 漳州 (诏安县 四都镇, 梅岭镇 with 宫口渔港 on 诏安湾; 漳州高新区 with 圆山 and
the 九龙江), 江西 抚州 (广昌县驿前镇 with 驿前村 and the 抚河; 乐安县牛田镇 with 流坑村 on the 乌江), 广东 云浮 (新兴县六祖镇
with 国恩寺), 海南 (琼中黎族苗族自治县湾岭镇 with 北排村 and 鸭坡村).

Shapes: a county site's 乡镇动态 of the 县长's 调研 in a town (town 书记 and 镇长, a village's 村党支部书记、村委会主任, a 县局
局长; ``（黎明镇 供稿）``; 相关文章 list) (ht01); a city paper's 第06版 (本版导读 noise, a two-line headline) of a 县委书记's 调研
in two towns with the former 黎明镇 书记 now 县委常委、副县长 of another county (ht02); a county site's 乡镇动态 of a town's 推进会
(镇党委书记 主持, the 常务副县长 出席并讲话, 镇长 部署) (ht03); a 高新区 site of its 调度会 (bare ``高新区``, 党工委 / 管委会, the
former town 书记 now 党工委委员、管委会副主任, a 托管 street's 党工委书记) (ht04); a county site of the 县委书记's 调研 in two coastal
towns (ht05); a city paper's 第A02版 with two articles: a 高新区 集中开工仪式 (副市长 宣布开工, 党工委书记 致辞, ``区党工委副书记、
管委会主任`` 主持) and a town item in which the former 四都镇长 is now 梅岭镇党委书记 (ht06); a county site of a 县委常委、副县长's
调研 in a town (ht07) and, three years later, a city portal's reprint (``来源：抚州日报 作者：… 编辑：…``, ``原标题：``) of the same man
as 县长 of a neighbouring county (ht08); a 广东 county site with the ``镇委书记、镇人大主席`` / ``镇委副书记、镇长`` short forms and a
``文/图：…融媒体中心 …`` credit (ht09); a 海南 自治县 site with ``镇委`` short forms, a village's 村党支部书记、村委会主任 and a
现场办公会 after the 调研 (ht10).

Identity cases:
- ht:卢宗翰 moves between counties: 宾阳县黎明镇党委书记 (ht01, Apr 2021) → 上林县委常委、副县长 (ht02, May 2024).
- ht:谌建勋 moves from a town to a zone: 安化县小淹镇党委书记 (ht03, Mar 2022) → 益阳高新区党工委委员、管委会副主任 (ht04,
  Aug 2024).
- ht:沈佳鑫 moves between towns of one county: 诏安县四都镇党委副书记、镇长 (ht05, June 2020) → 诏安县梅岭镇党委书记 (ht06,
  Feb 2023; his predecessor there in 2020 was ht:叶振川).
- ht:邹宏涛 moves between counties: 广昌县委常委、副县长 (ht07, July 2021) → 乐安县委副书记、县长 (ht08, Nov 2024).
- two different 杨海波 in unrelated places: ht:杨海波#1 is 新兴县六祖镇党委副书记、镇长 (广东, ht09, 2023); ht:杨海波#2 is
  琼中黎族苗族自治县农业农村局局长 (海南, ht10, 2025).
- one organ name belonging to different places: bare ``高新区`` / ``高新区党工委`` is 益阳's in ht04 and 漳州's in ht06; the bare
  ``县农业农村局`` is 宾阳县's (ht01), 上林县's (ht02), 广昌县's (ht07) and 琼中's (ht10); bare ``县委`` / ``镇党委`` / ``镇委``
  take each page's county and town.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, dr, hk, db where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 (hk, dr): ``镇党委副书记、镇长`` → …镇党委 副书记 + …镇政府 镇长;
  ``镇委书记、镇人大主席`` (广东 / 海南 short form) → …镇党委 书记 + …镇人大 主席 (as dr reads 东莞's 镇委). Village posts of a named
  village: town label + village + 党支部 / 村委会 (hk): ``村党支部书记、村委会主任潘德茂`` after ``在启明村，`` → 宾阳县黎明镇启明村
  党支部 书记 + 宾阳县黎明镇启明村委会 主任.
- The 自治县's label is its full name (as db, by): 琼中黎族苗族自治县委 / 琼中黎族苗族自治县政府 / 琼中黎族苗族自治县湾岭镇党委.
- Zones: 益阳高新技术产业开发区 / bare 高新区 on its site → ``益阳高新区``; 漳州高新区 / bare 高新区 and ``区党工委`` in the 闽南日报
  article on it → ``漳州高新区`` (the gold README's bare ``区`` of a zone). A street the zone's page calls ``高新区托管的朝阳街道``
  takes the zone label (bq): 益阳高新区朝阳街道党工委 书记.
- County departments as written after the county: ``县农业农村局局长`` → X县农业农村局 局长; ``县海洋与渔业局局长`` → 诏安县海洋与
  渔业局; ``县文广新旅局局长`` → 乐安县文广新旅局 (the short form as written). In the city papers a bare ``县委常委、副县长`` /
  ``县农业农村局`` after ``上林县委书记`` is 上林县's; ``副市长`` in the 闽南日报 is 漳州市政府's.
- One line per post per article.
- Events: every 调研 / 督导 / 检查 is an ``inspection`` (leader; 陪同 / 参加检查 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 /
  作了安排 / 作了部署 speakers; ``听取X关于…的汇报`` makes X a speaker); a ``座谈中`` inside a 调研 is part of it (hk). The
  现场办公会 held after the 调研 (ht10) is a meeting of its own (as bs's 督导反馈会, hk's 座谈交流会). The town's 推进会 and the
  zone's 调度会 are meetings (chair when 主持; 出席 / 参加 attendees; 出席…并讲话 is attendee and speaker, as bq). The 集中开工仪式
  is a ``ceremony`` (主持 chair; ``出席仪式并宣布项目开工`` attendee and speaker; ``致辞`` speaker).
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``本报讯（通讯员 …）`` give reporter / correspondent lines; 责任编辑 / 编辑 / 审核 are editor
  lines; a town's credit with a person (``（驿前镇 何嘉俊）``, ``（湾岭镇 王秋莲）``) is an author line (as bs).
  DECIDED HERE: ``文/图：新兴县融媒体中心 麦家豪`` (no 记者 word) is an author line, label ``文/图``; unit credits with no person
  (``（黎明镇 供稿）``, ``（小淹镇党政办）``, ``（县委办 供图）``) give no line; the portal's stamp ``作者：黄晨阳`` repeats the 本报讯
  reporter and gives no second line.
- Projects: named works inspected, reported or started. DECIDED HERE: a named agricultural 示范园 / 科技示范园 / 产业园 is an
  ``industrial_park`` (as bs's 肉牛全产业链示范园); a named 种植基地 / 瓜菜基地 / 分拣中心 and a 高标准农田 project of a named town
  is a ``project``; a 冷链物流中心 / 冷链仓储中心 a ``logistics_hub``; 渔港 / 道路 / 管网 / 游步道 works ``infrastructure_project``;
  堤防 / 护岸 / 灌区 works ``engineering_work``; a 安置小区 ``housing_project``. Generic phrases (茶油精深加工项目, 示范村, 典型镇)
  are no projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count.
  DECIDED HERE: the 本版导读 of a paper page and the 相关文章 / 相关链接 / 相关新闻 lists are not annotated (as 上一篇 / 下一篇),
  nor are site lines, mastheads, 来源 lines and footers. Kinds: ``heritage_site`` for 流坑古村 and 国恩寺; ``zone_park`` for the
  东部产业园 and the 湾岭农产品加工物流园 (standing parks, as bq); ``port`` for 宫口渔港; ``bay`` for 诏安湾.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

QZ = "琼中黎族苗族自治县"
YY = "益阳高新区"
ZZ = "漳州高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ht01_binyang.txt": (2021, "发布时间：2021-04-16 17:32", "宾阳县", [
        ("蒙启航到黎明镇调研春耕生产和乡村振兴工作", "4月15日", "2021-04-15", "4月15日，县委副书记",
         "county site 乡镇动态: the 县长's 调研 in 黎明镇 (镇党委书记, 镇长, a village's 村党支部书记、村委会主任, 县农业农村局局长)")]),
    "ht02_shanglin.txt": (2024, "2024年5月22日　星期三", "上林县", [
        ("钟振岳到三里镇、西燕镇调研时强调", "5月20日", "2024-05-20", "本报讯（记者 蓝欣悦 通讯员 韦晓敏）5月20日",
         "南宁日报 第06版: the 上林县委书记's 调研 in two towns; the former 宾阳 黎明镇 书记 now 上林县委常委、副县长")]),
    "ht03_anhua.txt": (2022, "发布时间：2022-03-09 10:15", "安化县", [
        ("小淹镇召开2022年项目建设暨安全生产工作推进会", "3月8日", "2022-03-08", "3月8日，小淹镇召开",
         "county site 乡镇动态: a town's 推进会 (镇党委书记 主持, 常务副县长 出席并讲话, 镇长 部署)")]),
    "ht04_yiyang.txt": (2024, "发布日期：2024-08-14 17:06", YY, [
        ("高新区召开重点项目建设调度会", "8月13日", "2024-08-13", "8月13日，高新区召开",
         "高新区 site: 调度会 (党工委书记, 管委会主任 主持); the former 小淹镇 书记 now 党工委委员、管委会副主任; a 托管 street")]),
    "ht05_zhaoan.txt": (2020, "时间：2020-06-12 18:40", "诏安县", [
        ("许长庚到四都镇、梅岭镇调研海洋经济和乡村振兴工作", "6月11日", "2020-06-11", "6月11日，县委书记",
         "county site: the 县委书记's 调研 in two coastal towns (town 书记 and 镇长, 副县长, 县海洋与渔业局局长)")]),
    "ht06_zhangzhou.txt": (2023, "2023年02月09日　星期四", "漳州市", [
        ("漳州高新区举行第一季度重点项目集中开工仪式", "2月8日上午", "2023-02-08", "本报讯（记者 陈雅萱 通讯员 周昕怡）2月8日上午",
         "闽南日报 第A02版: 漳州高新区 集中开工仪式 (副市长, 党工委书记, 区党工委副书记、管委会主任)"),
        ("梅岭镇开展渔港安全隐患排查", "2月6日", "2023-02-06", "本报讯（通讯员 沈婉婷）2月6日",
         "the same page: a town 书记's 检查 at a fishing port; the former 四都镇长 now 梅岭镇党委书记")]),
    "ht07_guangchang.txt": (2021, "发布时间：2021-07-08 16:20", "广昌县", [
        ("邹宏涛到驿前镇调研白莲产业和古村落保护工作", "7月7日", "2021-07-07", "7月7日，县委常委",
         "county site 部门乡镇动态: a 县委常委、副县长's 调研 in 驿前镇 (镇党委书记, 村党支部书记, 县农业农村局局长)")]),
    "ht08_lean.txt": (2024, "2024-11-19 09:12:36", "乐安县", [
        ("邹宏涛到牛田镇调研古村保护利用和秋冬农业生产", "11月17日", "2024-11-17", "本报讯（记者 黄晨阳 通讯员 何雪晴）11月17日",
         "city portal reprint of the 抚州日报 (原标题): the former 广昌 副县长 now 乐安县委副书记、县长 in 牛田镇 (流坑村)")]),
    "ht09_xinxing.txt": (2023, "发布时间 : 2023-09-14 18:02:11", "新兴县", [
        ("叶伟聪到六祖镇督导“百千万工程”典型镇创建工作", "9月13日", "2023-09-13", "9月13日，县委副书记",
         "广东 county site 镇街动态: the 县长's 督导 in 六祖镇 (镇委书记、镇人大主席; 镇委副书记、镇长 杨海波#1)")]),
    "ht10_qiongzhong.txt": (2025, "发布日期：2025-03-20 19:05", QZ, [
        ("王瑞芬到湾岭镇调研绿橙产业发展并召开现场办公会", "3月19日", "2025-03-19", "3月19日，县委副书记",
         "海南 自治县 site: the 县长's 调研 in 湾岭镇 (镇委 short forms, 县农业农村局局长 杨海波#2, a village's 书记、主任) and a 现场办公会")]),
}

_BY = "宾阳县"
_SL = "上林县"
_AH = "安化县"
_ZA = "诏安县"
_GC = "广昌县"
_LA = "乐安县"
_XX = "新兴县"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 广西 南宁
    "ht:蒙启航": ("蒙启航", "official", _BY, [
        ("ht01", _BY + "委", "副书记", "县委副书记、县长蒙启航到黎明镇调研", "bare 县委 on the 宾阳县 site; named in the headline too"),
        ("ht01", _BY + "政府", "县长", "县委副书记、县长蒙启航到黎明镇调研", None)], []),
    "ht:卢宗翰": ("卢宗翰", "official", "南宁市", [
        ("ht01", _BY + "黎明镇党委", "书记", "黎明镇党委书记卢宗翰", "2021-04 (identity case: 上林县委常委、副县长 in 2024, ht02)"),
        ("ht02", _SL + "委", "常委", "县委常委、副县长卢宗翰", "2024-05: bare 县委 after 上林县委书记 in the 南宁日报"),
        ("ht02", _SL + "政府", "副县长", "县委常委、副县长卢宗翰", None)], []),
    "ht:覃晓岚": ("覃晓岚", "official", _BY, [
        ("ht01", _BY + "黎明镇党委", "副书记", "镇党委副书记、镇长覃晓岚", None),
        ("ht01", _BY + "黎明镇政府", "镇长", "镇党委副书记、镇长覃晓岚", None)], []),
    "ht:潘德茂": ("潘德茂", "official", _BY, [
        ("ht01", _BY + "黎明镇启明村党支部", "书记", "村党支部书记、村委会主任潘德茂", "after ``在启明村，``"),
        ("ht01", _BY + "黎明镇启明村委会", "主任", "村党支部书记、村委会主任潘德茂", None)], []),
    "ht:甘秀琼": ("甘秀琼", "official", _BY, [
        ("ht01", _BY + "农业农村局", "局长", "县农业农村局局长甘秀琼", "bare 县农业农村局 = 宾阳县's here, 上林县's in ht02")], []),
    "ht:钟振岳": ("钟振岳", "official", _SL, [
        ("ht02", _SL + "委", "书记", "上林县委书记钟振岳到三里镇", "named in the headline too")], []),
    "ht:黄冠华": ("黄冠华", "official", _SL, [
        ("ht02", _SL + "农业农村局", "局长", "县农业农村局局长黄冠华", None)], []),
    "ht:农秀梅": ("农秀梅", "official", _SL, [
        ("ht02", _SL + "三里镇党委", "书记", "镇党委书记农秀梅", "after ``在三里镇，``")], []),
    "ht:罗文韬": ("罗文韬", "official", _SL, [
        ("ht02", _SL + "西燕镇党委", "副书记", "镇党委副书记、镇长罗文韬", "after ``在西燕镇，``"),
        ("ht02", _SL + "西燕镇政府", "镇长", "镇党委副书记、镇长罗文韬", None)], []),
    # ---- 湖南 益阳
    "ht:夏鸿飞": ("夏鸿飞", "official", _AH, [
        ("ht03", _AH + "委", "常委", "县委常委、常务副县长夏鸿飞出席会议并讲话", None),
        ("ht03", _AH + "政府", "常务副县长", "县委常委、常务副县长夏鸿飞出席会议并讲话", None)], []),
    "ht:谌建勋": ("谌建勋", "official", "益阳市", [
        ("ht03", _AH + "小淹镇党委", "书记", "镇党委书记谌建勋主持会议", "2022-03 (identity case: 益阳高新区党工委委员、管委会副主任 in 2024, ht04)"),
        ("ht04", YY + "党工委", "委员", "党工委委员、管委会副主任谌建勋", "2024-08: now in the zone"),
        ("ht04", YY + "管委会", "副主任", "党工委委员、管委会副主任谌建勋", None)], []),
    "ht:刘沛林": ("刘沛林", "official", _AH, [
        ("ht03", _AH + "小淹镇党委", "副书记", "镇党委副书记、镇长刘沛林", None),
        ("ht03", _AH + "小淹镇政府", "镇长", "镇党委副书记、镇长刘沛林", None)], []),
    "ht:曾昭凯": ("曾昭凯", "official", YY, [
        ("ht04", YY + "党工委", "书记", "高新区党工委书记曾昭凯出席会议并讲话", "bare 高新区 = 益阳's here, 漳州's in ht06")], []),
    "ht:汤雪芳": ("汤雪芳", "official", YY, [
        ("ht04", YY + "党工委", "副书记", "党工委副书记、管委会主任汤雪芳主持会议", None),
        ("ht04", YY + "管委会", "主任", "党工委副书记、管委会主任汤雪芳主持会议", None)], []),
    "ht:皮文彬": ("皮文彬", "official", YY, [
        ("ht04", YY + "朝阳街道党工委", "书记", "朝阳街道党工委书记皮文彬", "托管 street takes the zone label (bq)")], []),
    # ---- 福建 漳州
    "ht:许长庚": ("许长庚", "official", _ZA, [
        ("ht05", _ZA + "委", "书记", "县委书记许长庚到四都镇", "named in the headline too")], []),
    "ht:钟少华": ("钟少华", "official", _ZA, [
        ("ht05", _ZA + "政府", "副县长", "副县长钟少华", None)], []),
    "ht:吴婉清": ("吴婉清", "official", _ZA, [
        ("ht05", _ZA + "海洋与渔业局", "局长", "县海洋与渔业局局长吴婉清", None)], []),
    "ht:吴锦堂": ("吴锦堂", "official", _ZA, [
        ("ht05", _ZA + "四都镇党委", "书记", "四都镇党委书记吴锦堂", None)], []),
    "ht:沈佳鑫": ("沈佳鑫", "official", _ZA, [
        ("ht05", _ZA + "四都镇党委", "副书记", "镇党委副书记、镇长沈佳鑫", "2020-06 (identity case: 梅岭镇党委书记 in 2023, ht06)"),
        ("ht05", _ZA + "四都镇政府", "镇长", "镇党委副书记、镇长沈佳鑫", None),
        ("ht06", _ZA + "梅岭镇党委", "书记", "诏安县梅岭镇党委书记沈佳鑫", "2023-02: now 梅岭镇's 书记 (叶振川's post in 2020)")], []),
    "ht:叶振川": ("叶振川", "official", _ZA, [
        ("ht05", _ZA + "梅岭镇党委", "书记", "梅岭镇党委书记叶振川", None)], []),
    "ht:郭建峰": ("郭建峰", "official", "漳州市", [
        ("ht06", "漳州市政府", "副市长", "副市长郭建峰出席仪式并宣布项目开工", "副市长 in the 闽南日报 = 漳州's")], []),
    "ht:蔡永鸿": ("蔡永鸿", "official", ZZ, [
        ("ht06", ZZ + "党工委", "书记", "漳州高新区党工委书记蔡永鸿致辞", None)], []),
    "ht:庄志诚": ("庄志诚", "official", ZZ, [
        ("ht06", ZZ + "党工委", "副书记", "区党工委副书记、管委会主任庄志诚主持仪式", "bare 区 = 漳州高新区 (the zone of the article)"),
        ("ht06", ZZ + "管委会", "主任", "区党工委副书记、管委会主任庄志诚主持仪式", None)], []),
    "ht:许秋菊": ("许秋菊", "official", _ZA, [
        ("ht06", _ZA + "梅岭镇党委", "副书记", "镇党委副书记、镇长许秋菊", None),
        ("ht06", _ZA + "梅岭镇政府", "镇长", "镇党委副书记、镇长许秋菊", None)], []),
    # ---- 江西 抚州
    "ht:邹宏涛": ("邹宏涛", "official", "抚州市", [
        ("ht07", _GC + "委", "常委", "县委常委、副县长邹宏涛到驿前镇调研", "2021-07 (identity case: 乐安县长 in 2024, ht08); named in the headline too"),
        ("ht07", _GC + "政府", "副县长", "县委常委、副县长邹宏涛到驿前镇调研", None),
        ("ht08", _LA + "委", "副书记", "乐安县委副书记、县长邹宏涛到牛田镇调研", "2024-11: now 县长 of 乐安县"),
        ("ht08", _LA + "政府", "县长", "乐安县委副书记、县长邹宏涛到牛田镇调研", None)], []),
    "ht:曾海鸥": ("曾海鸥", "official", _GC, [
        ("ht07", _GC + "农业农村局", "局长", "县农业农村局局长曾海鸥", None)], []),
    "ht:揭文斌": ("揭文斌", "official", _GC, [
        ("ht07", _GC + "驿前镇党委", "书记", "驿前镇党委书记揭文斌", None)], []),
    "ht:赖长发": ("赖长发", "official", _GC, [
        ("ht07", _GC + "驿前镇驿前村党支部", "书记", "村党支部书记赖长发", "after ``在驿前村，``")], []),
    "ht:董丽华": ("董丽华", "official", _LA, [
        ("ht08", _LA + "文广新旅局", "局长", "县文广新旅局局长董丽华", "the short form as written")], []),
    "ht:詹振飞": ("詹振飞", "official", _LA, [
        ("ht08", _LA + "牛田镇党委", "书记", "牛田镇党委书记詹振飞", None)], []),
    # ---- 广东 云浮
    "ht:叶伟聪": ("叶伟聪", "official", _XX, [
        ("ht09", _XX + "委", "副书记", "县委副书记、县长叶伟聪到六祖镇督导", "named in the headline too"),
        ("ht09", _XX + "政府", "县长", "县委副书记、县长叶伟聪到六祖镇督导", None)], []),
    "ht:王业雄": ("王业雄", "official", _XX, [
        ("ht09", _XX + "委", "常委", "县委常委、副县长王业雄", None),
        ("ht09", _XX + "政府", "副县长", "县委常委、副县长王业雄", None)], []),
    "ht:梁国栋": ("梁国栋", "official", _XX, [
        ("ht09", _XX + "六祖镇党委", "书记", "六祖镇委书记、镇人大主席梁国栋", "镇委 = the town's 党委 (dr)"),
        ("ht09", _XX + "六祖镇人大", "主席", "六祖镇委书记、镇人大主席梁国栋", None)], []),
    "ht:杨海波#1": ("杨海波", "official", _XX, [
        ("ht09", _XX + "六祖镇党委", "副书记", "镇委副书记、镇长杨海波", "广东 新兴县, 2023; not the 杨海波 of 琼中 (ht10)"),
        ("ht09", _XX + "六祖镇政府", "镇长", "镇委副书记、镇长杨海波", None)], []),
    # ---- 海南 琼中
    "ht:王瑞芬": ("王瑞芬", "official", QZ, [
        ("ht10", QZ + "委", "副书记", "县委副书记、县长王瑞芬到湾岭镇调研", "the 自治县's full name (as db); named in the headline too"),
        ("ht10", QZ + "政府", "县长", "县委副书记、县长王瑞芬到湾岭镇调研", None)], []),
    "ht:杨海波#2": ("杨海波", "official", QZ, [
        ("ht10", QZ + "农业农村局", "局长", "县农业农村局局长杨海波", "海南 琼中, 2025; not the 杨海波 of 新兴县 (ht09)")], []),
    "ht:符文海": ("符文海", "official", QZ, [
        ("ht10", QZ + "湾岭镇党委", "书记", "湾岭镇委书记符文海", "镇委 = the town's 党委")], []),
    "ht:邢明珠": ("邢明珠", "official", QZ, [
        ("ht10", QZ + "湾岭镇党委", "副书记", "镇委副书记、镇长邢明珠", None),
        ("ht10", QZ + "湾岭镇政府", "镇长", "镇委副书记、镇长邢明珠", None)], []),
    "ht:黄振球": ("黄振球", "official", QZ, [
        ("ht10", QZ + "湾岭镇北排村党支部", "书记", "村党支部书记、村委会主任黄振球", "after ``在北排村，``"),
        ("ht10", QZ + "湾岭镇北排村委会", "主任", "村党支部书记、村委会主任黄振球", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ht01", "韦雨桐", "责任编辑", "editor", "责任编辑：韦雨桐"),
    ("ht02", "蓝欣悦", "记者", "reporter", "本报讯（记者 蓝欣悦 通讯员 韦晓敏）"),
    ("ht02", "韦晓敏", "通讯员", "correspondent", "本报讯（记者 蓝欣悦 通讯员 韦晓敏）"),
    ("ht02", "莫思远", "责任编辑", "editor", "责任编辑：莫思远"),
    ("ht04", "彭湘宁", "编辑", "editor", "编辑：彭湘宁"),
    ("ht04", "钟宇航", "审核", "editor", "审核：钟宇航"),
    ("ht05", "沈碧玉", "编辑", "editor", "编辑：沈碧玉"),
    ("ht06", "陈雅萱", "记者", "reporter", "本报讯（记者 陈雅萱 通讯员 周昕怡）"),
    ("ht06", "周昕怡", "通讯员", "correspondent", "本报讯（记者 陈雅萱 通讯员 周昕怡）"),
    ("ht06", "沈婉婷", "通讯员", "correspondent", "本报讯（通讯员 沈婉婷）"),
    ("ht07", "何嘉俊", "供稿", "author", "（驿前镇 何嘉俊）"),
    ("ht07", "杨丽芳", "责任编辑", "editor", "责任编辑：杨丽芳"),
    ("ht07", "刘建平", "审核", "editor", "审核：刘建平"),
    ("ht08", "黄晨阳", "记者", "reporter", "本报讯（记者 黄晨阳 通讯员 何雪晴）"),
    ("ht08", "何雪晴", "通讯员", "correspondent", "本报讯（记者 黄晨阳 通讯员 何雪晴）"),
    ("ht08", "谢晓虹", "编辑", "editor", "编辑：谢晓虹"),
    ("ht09", "麦家豪", "文/图", "author", "文/图：新兴县融媒体中心 麦家豪"),
    ("ht09", "邓志凌", "编辑", "editor", "编辑：邓志凌"),
    ("ht10", "王秋莲", "供稿", "author", "（湾岭镇 王秋莲）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ht01", "黎明镇春耕生产、特色产业发展和乡村振兴工作调研", "inspection (调研)", "4月15日", None, "蒙启航", [],
     ["卢宗翰", "覃晓岚"], ["潘德茂", "甘秀琼", "卢宗翰", "蒙启航", "覃晓岚"], "黎明镇",
     "县委副书记、县长蒙启航到黎明镇调研春耕生产、特色产业发展和乡村振兴工作",
     ["县长蒙启航到黎明镇调研", "黎明镇党委书记卢宗翰", "镇长覃晓岚陪同调研", "村委会主任潘德茂介绍了", "局长甘秀琼汇报了",
      "卢宗翰汇报了", "蒙启航指出", "覃晓岚表示"]),
    ("ht02", "三里镇、西燕镇乡村振兴示范村建设和特色产业发展调研", "inspection (调研)", "5月20日", None, "钟振岳", [],
     ["卢宗翰", "黄冠华"], ["农秀梅", "罗文韬", "钟振岳", "卢宗翰"], "三里镇、西燕镇",
     "上林县委书记钟振岳到三里镇、西燕镇调研乡村振兴示范村建设和特色产业发展情况",
     ["上林县委书记钟振岳到三里镇、西燕镇调研", "县农业农村局局长黄冠华等陪同调研", "镇党委书记农秀梅介绍了", "镇长罗文韬汇报了",
      "钟振岳强调", "卢宗翰就做好夏季防汛"]),
    ("ht03", "小淹镇2022年项目建设暨安全生产工作推进会", "meeting (推进会)", "3月8日", "谌建勋", None, ["小淹镇"],
     ["夏鸿飞"], ["夏鸿飞", "刘沛林", "谌建勋"], None,
     "3月8日，小淹镇召开2022年项目建设暨安全生产工作推进会",
     ["常务副县长夏鸿飞出席会议并讲话", "镇党委书记谌建勋主持会议", "镇长刘沛林对今年重点工作进行部署", "夏鸿飞强调", "谌建勋要求"]),
    ("ht04", "高新区重点项目建设调度会", "meeting (调度会)", "8月13日", "汤雪芳", None, [YY],
     ["曾昭凯", "谌建勋", "皮文彬"], ["曾昭凯", "谌建勋", "皮文彬", "汤雪芳"], None,
     "8月13日，高新区召开重点项目建设调度会",
     ["高新区党工委书记曾昭凯出席会议并讲话", "管委会主任汤雪芳主持会议", "党工委委员、管委会副主任谌建勋", "朝阳街道党工委书记皮文彬参加会议",
      "谌建勋通报了", "皮文彬汇报了", "曾昭凯指出", "汤雪芳要求"]),
    ("ht05", "四都镇、梅岭镇海洋经济发展和乡村振兴工作调研", "inspection (调研)", "6月11日", None, "许长庚", [],
     ["钟少华", "吴婉清", "吴锦堂", "沈佳鑫", "叶振川"], ["沈佳鑫", "叶振川", "吴婉清", "许长庚", "吴锦堂"], "四都镇、梅岭镇",
     "县委书记许长庚到四都镇、梅岭镇调研海洋经济发展和乡村振兴工作",
     ["县委书记许长庚到四都镇、梅岭镇调研", "梅岭镇党委书记叶振川等陪同调研", "沈佳鑫汇报了", "听取叶振川关于", "吴婉清就下一步海洋综合执法",
      "许长庚指出", "吴锦堂表示"]),
    ("ht06", "漳州高新区2023年第一季度重点项目集中开工仪式", "ceremony (集中开工仪式)", "2月8日上午", "庄志诚", None, [],
     ["郭建峰"], ["郭建峰", "蔡永鸿"], "圆山生物医药产业园三期项目现场",
     "漳州高新区2023年第一季度重点项目集中开工仪式在圆山生物医药产业园三期项目现场举行",
     ["副市长郭建峰出席仪式并宣布项目开工", "漳州高新区党工委书记蔡永鸿致辞", "管委会主任庄志诚主持仪式", "蔡永鸿在致辞中表示", "郭建峰要求"]),
    ("ht06", "宫口渔港节后渔船复航和安全生产检查", "inspection (检查)", "2月6日", None, "沈佳鑫", [],
     ["许秋菊"], ["沈佳鑫"], "宫口渔港",
     "诏安县梅岭镇党委书记沈佳鑫带领镇村干部到宫口渔港，检查节后渔船复航和渔港安全生产情况",
     ["梅岭镇党委书记沈佳鑫带领镇村干部到宫口渔港", "镇长许秋菊参加检查", "沈佳鑫要求"]),
    ("ht07", "驿前镇白莲产业发展、古村落保护和防汛工作调研", "inspection (调研)", "7月7日", None, "邹宏涛", [],
     ["曾海鸥", "揭文斌"], ["赖长发", "曾海鸥", "邹宏涛", "揭文斌"], "驿前镇",
     "县委常委、副县长邹宏涛到驿前镇调研白莲产业发展、古村落保护和防汛工作",
     ["副县长邹宏涛到驿前镇调研", "驿前镇党委书记揭文斌等陪同调研", "县农业农村局局长曾海鸥", "村党支部书记赖长发介绍了", "曾海鸥介绍了",
      "邹宏涛指出", "揭文斌表示"]),
    ("ht08", "牛田镇古村保护利用、秋冬种和森林防火工作调研", "inspection (调研)", "11月17日", None, "邹宏涛", [],
     ["董丽华", "詹振飞"], ["董丽华", "詹振飞", "邹宏涛"], "牛田镇",
     "乐安县委副书记、县长邹宏涛到牛田镇调研流坑古村保护利用、秋冬种和森林防火工作",
     ["县长邹宏涛到牛田镇调研", "牛田镇党委书记詹振飞陪同调研", "董丽华汇报了", "听取詹振飞关于", "邹宏涛强调"]),
    ("ht09", "六祖镇“百千万工程”典型镇创建和秋季森林防火工作督导", "inspection (督导)", "9月13日", None, "叶伟聪", [],
     ["王业雄", "梁国栋", "杨海波"], ["梁国栋", "杨海波", "叶伟聪", "王业雄"], "六祖镇",
     "县委副书记、县长叶伟聪到六祖镇督导“百千万工程”典型镇创建和秋季森林防火工作",
     ["县长叶伟聪到六祖镇督导", "镇长杨海波陪同督导", "县委常委、副县长王业雄", "梁国栋汇报了", "杨海波介绍了", "叶伟聪指出",
      "王业雄就做好秋冬季森林防火", "杨海波表示"]),
    ("ht10", "湾岭镇绿橙产业发展和农产品加工物流园建设调研", "inspection (调研)", "3月19日", None, "王瑞芬", [],
     ["杨海波", "符文海", "邢明珠"], ["黄振球", "杨海波"], "湾岭镇",
     "县委副书记、县长王瑞芬到湾岭镇调研绿橙产业发展和农产品加工物流园建设工作",
     ["县长王瑞芬到湾岭镇调研", "镇长邢明珠陪同调研", "县农业农村局局长杨海波", "湾岭镇委书记符文海", "村委会主任黄振球介绍了", "杨海波介绍了"]),
    ("ht10", "湾岭镇现场办公会", "meeting (现场办公会)", "3月19日", "王瑞芬", None, [],
     [], ["符文海", "邢明珠", "王瑞芬"], "湾岭镇",
     "王瑞芬在湾岭镇主持召开现场办公会",
     ["王瑞芬在湾岭镇主持召开现场办公会", "符文海汇报了", "邢明珠就冷链仓储中心二期施工进度作了说明", "王瑞芬要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ht01", "黎明镇万亩生姜标准化种植基地", "project", "实地察看了黎明镇万亩生姜标准化种植基地"),
    ("ht01", "启明村莲藕产业示范园", "industrial_park", "启明村莲藕产业示范园"),
    ("ht01", "新圩灌区渠道防渗改造工程", "engineering_work", "新圩灌区渠道防渗改造工程"),
    ("ht02", "三里镇生态茶油产业园", "industrial_park", "先后来到三里镇生态茶油产业园"),
    ("ht02", "三里镇示范村道路提质工程", "infrastructure_project", "三里镇示范村道路提质工程现场"),
    ("ht02", "西燕镇大龙湖景区提升改造工程", "project", "西燕镇大龙湖景区提升改造工程现场"),
    ("ht03", "小淹镇黑茶产业园标准化厂房二期", "industrial_park", "刘沛林对小淹镇黑茶产业园标准化厂房二期"),
    ("ht03", "资江小淹段防洪护岸工程", "engineering_work", "资江小淹段防洪护岸工程"),
    ("ht03", "小淹镇集镇污水管网改造工程", "infrastructure_project", "小淹镇集镇污水管网改造工程的推进"),
    ("ht04", "东部产业园智能终端产业园一期", "industrial_park", "东部产业园智能终端产业园一期"),
    ("ht04", "龙岭大道东延线道路工程", "infrastructure_project", "龙岭大道东延线道路工程等28个重点项目"),
    ("ht04", "朝阳街道安置小区三期", "housing_project", "朝阳街道安置小区三期征拆和建设进度"),
    ("ht05", "四都镇海产品冷链物流中心", "logistics_hub", "四都镇海产品冷链物流中心项目工地"),
    ("ht05", "宫口渔港避风锚地建设项目", "infrastructure_project", "察看了宫口渔港避风锚地建设项目"),
    ("ht06", "圆山生物医药产业园三期", "industrial_park", "其中圆山生物医药产业园三期总投资21亿元"),
    ("ht06", "南江滨路西延段", "infrastructure_project", "南江滨路西延段全长4.2公里"),
    ("ht07", "驿前镇白莲科技示范园", "industrial_park", "先后来到驿前镇白莲科技示范园"),
    ("ht07", "驿前村明清古建筑群保护修缮工程", "project", "驿前村明清古建筑群保护修缮工程现场"),
    ("ht07", "抚河源头防洪堤加固工程", "engineering_work", "抚河源头防洪堤加固工程现场"),
    ("ht08", "流坑古村文物保护利用综合工程", "project", "察看流坑古村文物保护利用综合工程"),
    ("ht08", "乌江沿岸游步道", "infrastructure_project", "乌江沿岸游步道建设进度"),
    ("ht08", "牛田镇高标准农田提升改造项目", "project", "在牛田镇高标准农田提升改造项目区"),
    ("ht09", "国恩寺周边环境综合提升工程", "project", "先后来到国恩寺周边环境综合提升工程"),
    ("ht09", "六祖镇凉果产业园二期", "industrial_park", "六祖镇凉果产业园二期和"),
    ("ht09", "六祖镇圩镇人居环境整治工程", "project", "六祖镇圩镇人居环境整治工程现场"),
    ("ht10", "北排村绿橙种植基地", "project", "先后来到北排村绿橙种植基地"),
    ("ht10", "鸭坡村冬季瓜菜基地", "project", "鸭坡村冬季瓜菜基地"),
    ("ht10", "湾岭农产品加工物流园冷链仓储中心二期", "logistics_hub", "湾岭农产品加工物流园冷链仓储中心二期项目现场"),
    ("ht10", "北排村绿橙分拣中心", "project", "北排村绿橙分拣中心用电增容"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ht01", "黎明镇", "town", "standalone", "县长蒙启航到黎明镇调研"),
    ("ht01", "启明村", "village", "standalone", "黎明镇启明村、欧阳村和新圩村"),
    ("ht01", "欧阳村", "village", "standalone", "黎明镇启明村、欧阳村和新圩村"),
    ("ht01", "新圩村", "village", "standalone", "黎明镇启明村、欧阳村和新圩村"),
    ("ht02", "上林县", "county", "in_title", "上林县委书记钟振岳到三里镇"),
    ("ht02", "三里镇", "town", "standalone", "钟振岳到三里镇、西燕镇调研时强调"),
    ("ht02", "西燕镇", "town", "standalone", "钟振岳到三里镇、西燕镇调研时强调"),
    ("ht02", "大龙湖", "lake", "standalone", "大龙湖周边村屯风貌提升"),
    ("ht03", "小淹镇", "town", "standalone", "3月8日，小淹镇召开"),
    ("ht03", "资江", "river", "standalone", "要紧盯资江沿线"),
    ("ht04", "高新区", "development_zone", "standalone", "8月13日，高新区召开重点项目建设调度会"),
    ("ht04", "朝阳街道", "sub_district_office", "standalone", "高新区托管的朝阳街道"),
    ("ht04", "东部产业园", "zone_park", "in_project_name", "东部产业园智能终端产业园一期"),
    ("ht04", "龙岭大道", "road", "in_project_name", "龙岭大道东延线道路工程等28个重点项目"),
    ("ht05", "四都镇", "town", "standalone", "县委书记许长庚到四都镇、梅岭镇调研"),
    ("ht05", "梅岭镇", "town", "standalone", "县委书记许长庚到四都镇、梅岭镇调研"),
    ("ht05", "宫口渔港", "port", "in_project_name", "察看了宫口渔港避风锚地建设项目"),
    ("ht05", "诏安湾", "bay", "standalone", "诏安湾海上养殖整治情况"),
    ("ht06", "漳州高新区", "development_zone", "standalone", "漳州高新区举行第一季度重点项目集中开工仪式"),
    ("ht06", "高新区", "development_zone", "standalone", "高新区将以“项目攻坚年”为抓手"),
    ("ht06", "圆山", "area", "in_project_name", "在圆山生物医药产业园三期项目现场举行"),
    ("ht06", "南江滨路", "road", "in_project_name", "南江滨路西延段全长4.2公里"),
    ("ht06", "九龙江", "river", "standalone", "打通九龙江南岸交通动脉"),
    ("ht06", "诏安县", "county", "in_title", "诏安县梅岭镇党委书记沈佳鑫"),
    ("ht06", "梅岭镇", "town", "standalone", "梅岭镇开展渔港安全隐患排查"),
    ("ht06", "宫口渔港", "port", "standalone", "带领镇村干部到宫口渔港"),
    ("ht07", "驿前镇", "town", "standalone", "副县长邹宏涛到驿前镇调研"),
    ("ht07", "驿前村", "village", "standalone", "在驿前村，村党支部书记赖长发"),
    ("ht07", "抚河", "river", "standalone", "加强抚河沿线巡查值守"),
    ("ht08", "乐安县", "county", "in_title", "乐安县委副书记、县长邹宏涛到牛田镇调研"),
    ("ht08", "牛田镇", "town", "standalone", "县长邹宏涛到牛田镇调研"),
    ("ht08", "流坑古村", "heritage_site", "standalone", "调研流坑古村保护利用"),
    ("ht08", "流坑村", "village", "standalone", "在流坑村，邹宏涛走进古民居"),
    ("ht08", "乌江", "river", "in_project_name", "乌江沿岸游步道建设进度"),
    ("ht09", "六祖镇", "town", "standalone", "县长叶伟聪到六祖镇督导"),
    ("ht09", "国恩寺", "heritage_site", "standalone", "国恩寺景区节假日安全管理"),
    ("ht10", "湾岭镇", "town", "standalone", "县长王瑞芬到湾岭镇调研"),
    ("ht10", "北排村", "village", "standalone", "在北排村，村党支部书记"),
    ("ht10", "鸭坡村", "village", "in_project_name", "鸭坡村冬季瓜菜基地"),
    ("ht10", "湾岭农产品加工物流园", "zone_park", "in_project_name", "湾岭农产品加工物流园冷链仓储中心二期项目现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ht", conventions="set ht (blind set, held-out-like mix: 乡镇 and 开发区 news from 广西 南宁 (宾阳县黎明镇, 上林县), 湖南 益阳 (安化县小淹镇, 益阳高新区 with its 托管 朝阳街道), 福建 漳州 (诏安县 四都镇 / 梅岭镇, 漳州高新区), 江西 抚州 (广昌县驿前镇, 乐安县牛田镇), 广东 云浮 (新兴县六祖镇) and 海南 (琼中黎族苗族自治县湾岭镇); town posts = county label + town + 党委 / 政府 / 人大 (镇委 = 党委), village posts = town label + village + 党支部 / 村委会; a 托管 street takes the zone label; the 自治县's full name; bare 高新区 is 益阳's or 漳州's by page; one line per post per article)",
          persons_note="Set ht persons. id = corpus-wide person_id (ht:杨海波#1 of 新兴县六祖镇 (广东) and ht:杨海波#2 of 琼中 (海南) are two people; ht:卢宗翰 宾阳县黎明镇党委书记 2021 → 上林县委常委、副县长 2024; ht:谌建勋 安化县小淹镇党委书记 2022 → 益阳高新区党工委委员、管委会副主任 2024; ht:沈佳鑫 诏安县四都镇长 2020 → 梅岭镇党委书记 2023; ht:邹宏涛 广昌县委常委、副县长 2021 → 乐安县委副书记、县长 2024)")


if __name__ == "__main__":
    main()
