"""Write gold part ``hh`` (a blind set, held-out-like mix, 25th round: ordinary local news from 安徽, 江苏, 江西, 辽宁, 福建
and 山东 — county government sites with heavy chrome, portal reprints of city papers (``来源：X日报``, ``原标题：``,
``编辑 / 审核 / 监制``), a WeChat page and city-paper e-editions; officials moving between counties across the years) from
the tables below.

Pages ``tests/dev/texts/hh*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 歙县 site's page of the 黄山 市委常委会 held in the county (``市委
副书记、市长…，市人大常委会主任…出席``); a 滁州网讯 page (``（記者…）``, ``市委書記、市長…陪同调研或出席座谈会``); the 怀宁 site's
``本网讯`` of a 枞阳 党政代表团 (``铜陵市市委常委、枞阳县委书记…，县委副书记、县长…``, ``（全媒体记者 …）``); a 舒城 report of
two 考察 groups (``在市政协副主席、县委书记…和县委副书记、县长…率领下``); a 天长 page (``滁州市人大常委会副主任、我市市委书记…``);
the 闽侯 portal (``http://www.mhnews.com.cn 2023-06-29 17:09:46 来源:闽侯县融媒体中心 【字号 大 中 小】``, ``县领导…参加检查``,
``闽侯县融媒体中心 林鑫 陈何畏/文``) and its 乡音报 page (``■记者 …``, ``县领导…参加活动``); the 尤溪 新闻网 page (``县领导…参加``,
``编辑: 审核: 终审:``); the 罗源新闻网 page (``您的位置:罗源新闻网 >> 本地新闻 >> 正文``, ``（编辑:…）``); the 福建日报 e-edition
(``第02版:要闻 上一版 下一版 上一篇 下一篇``); the 扬中 page on a 开发区 portal (``发布时间 来源:扬中市人民政府 发布开发区:…``,
``市委书记…出席会议并讲话，市长…主持会议，市委常委、常务副市长…通报``); the 常州组工网 reprint (``发布日期:2018-12-05 来源:常州日报
浏览次数: 字号:〖``, footer ``主办单位… 苏公网安备… 苏ICP备``); the 博兴 page (``博兴县委书记…，县委常委、办公室主任…，副县长…等领导
陪同调研``); the 德州新闻网 平原 page (``（平原融媒记者 …）``, ``市领导…，县领导…参加``); a 辽阳 宏伟区 page reprinted by 辽沈晚报
(``来源:宏伟融媒``); the 沈阳 government page of the 政协主席's 辽中区 督导调研 (``（记者…）``); a 泗阳 page reposted on a forum
(``来源:泗阳县人民政府网站 编辑:… 声明:转载…``); a 灵璧 page reposted on a job site (``来源:灵璧新闻``); the 宿迁 ``政一周`` digest
(``县委书记、沭阳经开区党工委书记…``); a 泗县 page (``新闻推荐``); the 宣州区 page (``宣州区委副书记、区长…参加调研``). Places are
real: 安徽 宿州 (灵璧县 and 宿州经开区), 江苏 宿迁 (泗阳县 and 宿迁经开区), 江西 抚州 (黎川县, 南城县), 辽宁 朝阳 (建平县, 朝阳县),
福建 龙岩 (连城县), 山东 潍坊 (昌乐县).

Shapes: a county site with full chrome (无障碍 / 长者模式 bar, navigation, search box, 发布时间 / 信息来源 / 浏览次数 / 字号 /
分享到, 责任编辑, 打印 / 关闭, 相关链接, footer with 网站标识码, ICP and 公网安备) of the 县长's 调研 of two towns (hh01, 灵璧);
a city portal's reprint of the city paper (``来源：拂晓报　　作者：记者 …``, ``原标题：《…》``, ``编辑 / 审核 / 监制``, 纠错, 相关新闻)
of the 市长's 调研 in the 经开区 and 灵璧县, the former 县长 now 县委书记 (hh02); a county site (``信息来源：… 发布日期：… 阅读次数：``,
a two-reporter media-centre credit, 编辑 / 审核, 上一篇 / 下一篇) of the 县长's 调研 (hh03, 泗阳); a zone's WeChat public-account
page (``原创　经开融媒　宿迁经开区发布　2024-02-22 18:06　发表于江苏``, 合集 tag, ``来源 / 编辑 / 校对 / 审核``, 阅读原文, 阅读数,
在看, ``微信扫一扫 关注该公众号``) of a 推进会 with a 观摩 before it; the former 泗阳 town secretary now 党工委委员、管委会副主任 (hh04);
a county site (``本网讯（通讯员 …）``, 初审 / 复审 / 终审) of the 县委书记's 调研 (hh05, 黎川); the city paper's 第01版 (two-line
headline, 本版其他文章) of the former 黎川 县委书记 now 副市长 checking 南城县 and 黎川县 (hh06); a 辽宁 county site of the
县委书记's 防汛 调度会议 (``8月2日晚``; ``（记者 …）``) (hh07, 建平); a city news portal's reprint of 朝阳日报 (``原标题``,
编辑 / 审核 / 监制) of the former 建平 常务副县长 now 朝阳县长 (hh08); a 福建 county site with a ``县领导到…`` headline (hh09, 连城);
the city paper's 第A03版：区县新闻 (hh10, 昌乐).

Identity cases:
- hh:卜庆远, a 县长 who becomes 书记 of the same county: 灵璧县委副书记、县长 in June 2022 (hh01); 灵璧县委书记 in April 2024
  (hh02; the new 县长 is hh:关绍文).
- hh:晏文斌, a county 书记 who becomes the city's 副市长: 黎川县委书记 in Oct 2021 (hh05); 抚州市 副市长 in March 2024 (hh06,
  bare ``副市长`` in the 抚州日报), where the new 黎川县委书记 is hh:吕守业.
- hh:隋立峰 moves between counties of one city: 建平县委常委、常务副县长 in Aug 2021 (hh07); 朝阳县委副书记、县长 in June 2023 (hh08).
- hh:蔡昊阳 moves from a county's town to the city's zone: 泗阳县王集镇党委书记 in May 2022 (hh03); 宿迁经开区党工委委员、管委会
  副主任 in Feb 2024 (hh04).
- two different 温振宇 in unrelated places: hh:温振宇#1 is 连城县委常委、副县长 (福建 龙岩, hh09, Sept 2023); hh:温振宇#2 is
  昌乐县乔官镇党委书记 (山东 潍坊, hh10, May 2024).
- one organ name of different places: bare ``经开区`` is 宿州经开区 (安徽) in hh02 and 宿迁经开区 (江苏) in hh04 (two cities whose
  names differ by one character); bare ``市委常委`` is 宿迁's (hh04); bare ``县委副书记、县长`` is 灵璧's (hh01, hh02), 泗阳's, 黎川's,
  南城's (hh06, after ``在南城``), 建平's; bare ``县委书记`` 黎川's (hh05, and hh06 after ``在黎川``), 建平's, 连城's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, hd, gh where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county site bare 县委 / 县政府 / 县 departments are
  that county's (灵璧县发展改革委, 泗阳县农业农村局, 建平县水利局, 连城县文体旅游局); in a city paper or city portal bare 市 organs and
  ``副市长`` / ``市政府秘书长`` / ``市政府副秘书长`` are the city's (宿州市政府 秘书长, 抚州市政府 副秘书长, 抚州市水利局). In a city
  paper a bare ``县委副书记、县长`` right after ``灵璧县委书记`` is 灵璧's; after ``在南城，`` 南城县's and ``在黎川，县委书记`` 黎川县's
  (as hd's ``在乳山``). ``朝阳县副县长`` → 朝阳县政府 副县长 and the bare ``县水务局`` after it 朝阳县's (not 朝阳市's).
- Zones: 宿州经济技术开发区 / 宿迁经济技术开发区, written ``宿州经开区`` / ``宿迁经开区`` and bare ``经开区`` → labels ``宿州经开区``,
  ``宿迁经开区`` (CONVENTIONS). ``经开区党工委书记、管委会主任`` → X经开区党工委 书记 + X经开区管委会 主任; ``党工委委员、管委会
  副主任蔡昊阳、鄂继伟`` gives both names both titles (a list after one title, as bs). ``市委常委、经开区党工委书记`` on the 宿迁
  zone's page → 宿迁市委 常委 + 宿迁经开区党工委 书记.
- Towns: ``在X镇，镇党委书记…`` and ``X镇党委书记…`` → county label + town + 党委 (灵璧县韦集镇党委, 泗阳县王集镇党委, 黎川县日峰镇
  党委, 朝阳县大平房镇党委, 连城县四堡镇党委, 昌乐县乔官镇党委); ``镇党委副书记、镇长`` → X镇党委 副书记 + X镇政府 镇长.
- ``县领导`` (hh09's headline) is no post.
- Events: every 调研 / 检查 is an ``inspection`` (leader; ``参加调研`` / ``参加检查`` / ``陪同调研`` attendees; 汇报 / 介绍 / 指出 /
  强调 / 要求 / 表示 / 作了安排 / 作了汇报 speakers; a local official who only 汇报 and is not said to 陪同 is a speaker, not an
  attendee, as gf / gh). The 调度会议 and the 推进会 are meetings (chair when 主持; ``出席`` attendees; ``出席会议并讲话`` both
  attendee and speaker, as the gold README's 李小虎). DECIDED HERE: hh07's ``县委副书记、县长江国梁作具体部署`` makes him a speaker
  only (he is not said to 出席). DECIDED HERE: hh04's ``会前，与会人员集中观摩了…`` is a ``site observation`` of its own the same
  day (CONVENTIONS types a 观摩 so; the meeting after it is its own), with no named participants (``与会人员`` is a group).
- Bylines: ``作者：记者 …`` on a portal's stamp line (hh02, hh08) is a reporter line (as gh); ``（县融媒体中心 记者 池立群 廖秋萍）``
  gives two reporter lines; ``（记者 …）``, ``本报讯（记者 … 通讯员 …）``, ``（记者 …　通讯员 …）`` reporter / correspondent lines;
  ``本网讯（通讯员 …）`` a correspondent line; 编辑 / 责任编辑 / 审核 / 校对 / 监制 / 初审 / 复审 / 终审 editor lines. DECIDED HERE:
  the WeChat header's ``原创　经开融媒`` (the account's author field holding a media-centre pen name) is not a person; ``来源：拂晓报``,
  ``来源：朝阳日报`` and ``原标题：《…》`` name no one, and the 原标题 is not a second headline (the page title is the headline).
- Projects: named works visited, inspected or pushed, once per page with the longest written form (``经开区综合管廊二期工程`` then
  ``综合管廊二期``; ``奇石文化街区改造`` gives no extra line); an elliptic phase (``产业园二期土地流转``) gives no line. Kinds as gh / hd:
  产业园 (with a phase, 标准厂房三期) ``industrial_park``; 冷链物流中心 ``logistics_hub``; 供水 / 饮水 / 污水处理厂 / 管廊 / 排水管网
  ``infrastructure_project``; 防洪治理 / 综合治理 / 除险加固 and a 排涝泵站 (as gh's 灌溉泵站) ``engineering_work``; 生态河道
  综合整治 / 生态廊道 ``greening_project``; 示范基地, 示范园, 古城 / 古村落 保护利用, 景区 / 地质公园 提升, 文化街区改造, 加工项目
  ``project``. Generic phrases (电商直播基地, 民宿集群, 研学基地, 重点项目) are none.
- Places: one line per name per file, as written, with the context and evidence of its first occurrence in the article (the
  headline counts); a zone written both ways (宿州经开区 and bare 经开区) has both names (CONVENTIONS); places inside titles,
  organ references and project names count. A county's short name written on its own (南城, 黎川, 连城) is a row; DECIDED HERE
  (as hd's 溪头) ``建平`` inside ``老哈河建平段防洪治理工程`` is a row because the body never writes 建平县, while ``四堡`` inside
  ``四堡雕版印刷文化产业园`` and ``昌乐`` inside the 地质公园's name give none (四堡镇, 昌乐县 are written). DECIDED HERE: ``黎川古城``
  and ``培田`` (the 古村落) are places (kinds ``heritage_site``, ``village``); ``昌乐火山口国家地质公园`` is a ``park``. Site lines,
  mastheads, navigation, 来源 lines, WeChat account names, footers (``江西省抚州市黎川县日峰镇``), ICP lines, 上一篇 / 下一篇 /
  相关链接 / 相关新闻 / 相关文章 / 本版其他文章 lists (抚州高新区, 青州市, 寿光市) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LB, SZ, SZK, SY, SQ, SQK, LC, FZ, NC, JP, CY, LCH, CL = (
    "灵璧县", "宿州市", "宿州经开区", "泗阳县", "宿迁市", "宿迁经开区", "黎川县", "抚州市", "南城县", "建平县", "朝阳县", "连城县", "昌乐县")

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hh01_lingbi.txt": (2022, "发布时间：2022-06-15 17:08", LB, [
        ("卜庆远到韦集镇、虞姬镇调研乡村振兴和重点项目建设", "6月14日", "2022-06-14", "6月14日，县委副书记",
         "county site, full chrome: the 县长's 调研 of two towns with the 常务副县长, a 副县长, two department heads and town heads")]),
    "hh02_suzhou.txt": (2024, "2024-04-19 08:32", SZ, [
        ("芮德成在宿州经开区和灵璧县调研时强调 聚焦主导产业 狠抓项目建设 推动县域经济和开发区高质量发展", "4月18日", "2024-04-18", "4月18日，市委副书记",
         "city portal reprint of 拂晓报 (作者, 原标题, 编辑/审核/监制): the 市长's 调研 of 宿州经开区 and 灵璧县; 卜庆远 now 县委书记")]),
    "hh03_siyang.txt": (2022, "发布日期：2022-05-18", SY, [
        ("储秋实到王集镇、裴圩镇调研农业产业发展和人居环境整治工作", "5月17日", "2022-05-17", "5月17日，县委副书记",
         "county site: the 县长's 调研 of two towns; 王集镇党委书记 蔡昊阳; two-reporter media-centre credit")]),
    "hh04_suqian.txt": (2024, "2024-02-22 18:06", SQK, [
        ("桑志红在经开区重点项目建设推进会上强调：开局就要冲刺 起步就是决战", "2月21日", "2024-02-21", "2月21日，经开区召开",
         "zone WeChat page: 观摩 then 推进会; 市委常委、经开区党工委书记; 蔡昊阳 now 党工委委员、管委会副主任")]),
    "hh05_lichuan.txt": (2021, "发布时间：2021-10-13 16:42", LC, [
        ("晏文斌到日峰镇、宏村镇调研重点项目和产业发展", "10月12日", "2021-10-12", "本网讯（通讯员 邬秀兰）10月12日",
         "county site: the 县委书记's 调研 with the 县长 and 常务副县长; town secretaries report; 初审/复审/终审")]),
    "hh06_fuzhou.txt": (2024, "2024年03月20日　星期三", FZ, [
        ("晏文斌在南城县、黎川县检查春季防汛和安全生产工作时要求", "3月19日", "2024-03-19", "本报讯（记者 祁佳琪",
         "city paper 第01版: the 副市长 (former 黎川县委书记) checks 南城县 and 黎川县; bare 县 titles after 在南城 / 在黎川")]),
    "hh07_jianping.txt": (2021, "发布时间：2021-08-03 10:25", JP, [
        ("县委书记邹慧琳主持召开全县防汛工作调度会议", "8月2日晚", "2021-08-02", "8月2日晚，县委书记",
         "辽宁 county site: 防汛 调度会议 (书记 主持, 县长 部署, 常务副县长 隋立峰 通报, department heads report)")]),
    "hh08_chaoyangxian.txt": (2023, "2023-06-28 09:14", CY, [
        ("隋立峰到大平房镇、波罗赤镇检查防汛和重点项目建设工作", "6月27日", "2023-06-27", "6月27日，朝阳县委副书记",
         "city portal reprint of 朝阳日报 (原标题, 编辑/审核/监制): 隋立峰 now 朝阳县长, 检查 of two towns")]),
    "hh09_liancheng.txt": (2023, "发布时间：2023-09-15 09:30", LCH, [
        ("县领导到四堡镇、宣和镇调研文旅融合发展工作", "9月14日", "2023-09-14", "9月14日，县委书记",
         "福建 county site: the 县委书记's 调研 (县领导 headline); 县委常委、副县长 温振宇#1")]),
    "hh10_changle.txt": (2024, "2024年05月23日　星期四", CL, [
        ("昌乐县推进特色产业园区建设", "5月22日", "2024-05-22", "本报讯（记者 秦雪婷",
         "city paper 第A03版 区县新闻: 昌乐县委书记's 调研; 乔官镇党委书记 温振宇#2")]),
}

_H01B = "县委副书记、县长卜庆远到韦集镇"
_H02G = "县委副书记、县长关绍文陪同调研"
_H04C = "党工委委员、管委会副主任蔡昊阳、鄂继伟"
_H07S = "县委常委、常务副县长隋立峰"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 安徽 宿州: 灵璧县, 宿州经开区
    "hh:卜庆远": ("卜庆远", "official", LB, [
        ("hh01", f"{LB}委", "副书记", _H01B, "2022-06 (identity case: 灵璧县委书记 in 2024, hh02)"),
        ("hh01", f"{LB}政府", "县长", _H01B, None),
        ("hh02", f"{LB}委", "书记", "灵璧县委书记卜庆远", "2024-04: now 县委书记")], []),
    "hh:宓晓东": ("宓晓东", "official", LB, [
        ("hh01", f"{LB}委", "常委", "县委常委、常务副县长宓晓东", None),
        ("hh01", f"{LB}政府", "常务副县长", "县委常委、常务副县长宓晓东", None)], []),
    "hh:帅红英": ("帅红英", "official", LB, [
        ("hh01", f"{LB}政府", "副县长", "副县长帅红英", None)], []),
    "hh:姬广胜": ("姬广胜", "official", LB, [
        ("hh01", f"{LB}发展改革委", "主任", "县发展改革委主任姬广胜", None)], []),
    "hh:厍志刚": ("厍志刚", "official", LB, [
        ("hh01", f"{LB}农业农村局", "局长", "县农业农村局局长厍志刚", None)], []),
    "hh:綦云鹏": ("綦云鹏", "official", LB, [
        ("hh01", f"{LB}韦集镇党委", "书记", "在韦集镇，镇党委书记綦云鹏", None)], []),
    "hh:臧海燕": ("臧海燕", "official", LB, [
        ("hh01", f"{LB}虞姬镇党委", "副书记", "在虞姬镇，镇党委副书记、镇长臧海燕", "虞姬镇 is a town (named for 虞姬)"),
        ("hh01", f"{LB}虞姬镇政府", "镇长", "在虞姬镇，镇党委副书记、镇长臧海燕", None)], []),
    "hh:芮德成": ("芮德成", "official", SZ, [
        ("hh02", f"{SZ}委", "副书记", "市委副书记、市长芮德成", "named in the headline too"),
        ("hh02", f"{SZ}政府", "市长", "市委副书记、市长芮德成", None)], []),
    "hh:佟丽华": ("佟丽华", "official", SZ, [
        ("hh02", f"{SZ}政府", "副市长", "副市长佟丽华", None)], []),
    "hh:那景春": ("那景春", "official", SZ, [
        ("hh02", f"{SZ}政府", "秘书长", "市政府秘书长那景春", None)], []),
    "hh:黎昌明": ("黎昌明", "official", SZ, [
        ("hh02", f"{SZ}发展改革委", "主任", "市发展改革委主任黎昌明", None)], []),
    "hh:鞠海洋": ("鞠海洋", "official", SZK, [
        ("hh02", f"{SZK}党工委", "书记", "经开区党工委书记、管委会主任鞠海洋", "bare 经开区 in the 宿州 paper = 宿州经开区"),
        ("hh02", f"{SZK}管委会", "主任", "经开区党工委书记、管委会主任鞠海洋", None)], []),
    "hh:关绍文": ("关绍文", "official", LB, [
        ("hh02", f"{LB}委", "副书记", _H02G, "bare 县委 right after 灵璧县委书记; the new 县长 after 卜庆远"),
        ("hh02", f"{LB}政府", "县长", _H02G, None)], []),
    # ---- 江苏 宿迁: 泗阳县, 宿迁经开区
    "hh:储秋实": ("储秋实", "official", SY, [
        ("hh03", f"{SY}委", "副书记", "县委副书记、县长储秋实", "named in the headline too"),
        ("hh03", f"{SY}政府", "县长", "县委副书记、县长储秋实", None)], []),
    "hh:衡卫东": ("衡卫东", "official", SY, [
        ("hh03", f"{SY}委", "常委", "县委常委、副县长衡卫东", None),
        ("hh03", f"{SY}政府", "副县长", "县委常委、副县长衡卫东", None)], []),
    "hh:饶丽君": ("饶丽君", "official", SY, [
        ("hh03", f"{SY}农业农村局", "局长", "县农业农村局局长饶丽君", None)], []),
    "hh:蔡昊阳": ("蔡昊阳", "official", SQ, [
        ("hh03", f"{SY}王集镇党委", "书记", "在王集镇，镇党委书记蔡昊阳", "2022-05 (identity case: 宿迁经开区 in 2024, hh04)"),
        ("hh04", f"{SQK}党工委", "委员", _H04C, "2024-02: now in the city's zone"),
        ("hh04", f"{SQK}管委会", "副主任", _H04C, None)], []),
    "hh:揭志强": ("揭志强", "official", SY, [
        ("hh03", f"{SY}裴圩镇党委", "副书记", "在裴圩镇，镇党委副书记、镇长揭志强", None),
        ("hh03", f"{SY}裴圩镇政府", "镇长", "在裴圩镇，镇党委副书记、镇长揭志强", None)], []),
    "hh:桑志红": ("桑志红", "official", SQK, [
        ("hh04", f"{SQ}委", "常委", "市委常委、经开区党工委书记桑志红", "bare 市委 on the 宿迁 zone's page = 宿迁市委; named in the headline too"),
        ("hh04", f"{SQK}党工委", "书记", "市委常委、经开区党工委书记桑志红", "bare 经开区 on the 宿迁 zone's page = 宿迁经开区")], []),
    "hh:范明达": ("范明达", "official", SQK, [
        ("hh04", f"{SQK}党工委", "副书记", "党工委副书记、管委会主任范明达", None),
        ("hh04", f"{SQK}管委会", "主任", "党工委副书记、管委会主任范明达", None)], []),
    "hh:鄂继伟": ("鄂继伟", "official", SQK, [
        ("hh04", f"{SQK}党工委", "委员", _H04C, "list after one title"),
        ("hh04", f"{SQK}管委会", "副主任", _H04C, None)], []),
    # ---- 江西 抚州: 黎川县, 南城县
    "hh:晏文斌": ("晏文斌", "official", FZ, [
        ("hh05", f"{LC}委", "书记", "县委书记晏文斌到日峰镇", "2021-10 (identity case: 抚州市副市长 in 2024, hh06); named in the headline too"),
        ("hh06", f"{FZ}政府", "副市长", "副市长晏文斌到南城县", "2024-03: bare 副市长 in the 抚州日报")], []),
    "hh:黄文彬": ("黄文彬", "official", LC, [
        ("hh05", f"{LC}委", "副书记", "县委副书记、县长黄文彬", None),
        ("hh05", f"{LC}政府", "县长", "县委副书记、县长黄文彬", None)], []),
    "hh:巫海燕": ("巫海燕", "official", LC, [
        ("hh05", f"{LC}委", "常委", "县委常委、常务副县长巫海燕", None),
        ("hh05", f"{LC}政府", "常务副县长", "县委常委、常务副县长巫海燕", None)], []),
    "hh:付家诚": ("付家诚", "official", LC, [
        ("hh05", f"{LC}日峰镇党委", "书记", "日峰镇党委书记付家诚", "speaks at 黎川古城 (in 日峰镇)")], []),
    "hh:糜建国": ("糜建国", "official", LC, [
        ("hh05", f"{LC}宏村镇党委", "书记", "在宏村镇，镇党委书记糜建国", "黎川's 宏村镇 (江西), not 安徽's 宏村")], []),
    "hh:冯景川": ("冯景川", "official", FZ, [
        ("hh06", f"{FZ}政府", "副秘书长", "市政府副秘书长冯景川", None)], []),
    "hh:伊春来": ("伊春来", "official", FZ, [
        ("hh06", f"{FZ}水利局", "局长", "市水利局局长伊春来", None)], []),
    "hh:欧阳志辉": ("欧阳志辉", "official", NC, [
        ("hh06", f"{NC}委", "副书记", "在南城，县委副书记、县长欧阳志辉", "bare 县 after 在南城 = 南城县"),
        ("hh06", f"{NC}政府", "县长", "在南城，县委副书记、县长欧阳志辉", None)], []),
    "hh:吕守业": ("吕守业", "official", LC, [
        ("hh06", f"{LC}委", "书记", "在黎川，县委书记吕守业", "2024: 晏文斌's successor as 黎川县委书记")], []),
    # ---- 辽宁 朝阳: 建平县, 朝阳县
    "hh:邹慧琳": ("邹慧琳", "official", JP, [
        ("hh07", f"{JP}委", "书记", "县委书记邹慧琳主持召开全县防汛工作调度会议", "headline and body")], []),
    "hh:江国梁": ("江国梁", "official", JP, [
        ("hh07", f"{JP}委", "副书记", "县委副书记、县长江国梁作具体部署", None),
        ("hh07", f"{JP}政府", "县长", "县委副书记、县长江国梁作具体部署", None)], []),
    "hh:隋立峰": ("隋立峰", "official", "朝阳市", [
        ("hh07", f"{JP}委", "常委", _H07S, "2021-08 (identity case: 朝阳县长 in 2023, hh08)"),
        ("hh07", f"{JP}政府", "常务副县长", _H07S, None),
        ("hh08", f"{CY}委", "副书记", "朝阳县委副书记、县长隋立峰", "2023-06: now 县长 of another county of 朝阳市"),
        ("hh08", f"{CY}政府", "县长", "朝阳县委副书记、县长隋立峰", None)], []),
    "hh:时振宇": ("时振宇", "official", JP, [
        ("hh07", f"{JP}政府", "副县长", "副县长时振宇", None)], []),
    "hh:宫晓冬": ("宫晓冬", "official", JP, [
        ("hh07", f"{JP}水利局", "局长", "县水利局局长宫晓冬", None)], []),
    "hh:卢德明": ("卢德明", "official", JP, [
        ("hh07", f"{JP}应急管理局", "局长", "县应急管理局局长卢德明", None)], []),
    "hh:商文博": ("商文博", "official", CY, [
        ("hh08", f"{CY}政府", "副县长", "朝阳县副县长商文博", None)], []),
    "hh:常秀丽": ("常秀丽", "official", CY, [
        ("hh08", f"{CY}水务局", "局长", "县水务局局长常秀丽", "bare 县 after 朝阳县副县长 = 朝阳县")], []),
    "hh:鲁宏图": ("鲁宏图", "official", CY, [
        ("hh08", f"{CY}大平房镇党委", "书记", "在大平房镇，镇党委书记鲁宏图", None)], []),
    # ---- 福建 龙岩: 连城县
    "hh:喻海峰": ("喻海峰", "official", LCH, [
        ("hh09", f"{LCH}委", "书记", "县委书记喻海峰到四堡镇", "the headline says only 县领导 (no post)")], []),
    "hh:温振宇#1": ("温振宇", "official", LCH, [
        ("hh09", f"{LCH}委", "常委", "县委常委、副县长温振宇", "连城 (福建); not the 温振宇 of 昌乐 (hh10)"),
        ("hh09", f"{LCH}政府", "副县长", "县委常委、副县长温振宇", None)], []),
    "hh:罗映红": ("罗映红", "official", LCH, [
        ("hh09", f"{LCH}文体旅游局", "局长", "县文体旅游局局长罗映红", None)], []),
    "hh:黄秋菱": ("黄秋菱", "official", LCH, [
        ("hh09", f"{LCH}四堡镇党委", "书记", "在四堡镇，镇党委书记黄秋菱", None)], []),
    "hh:吴天佑": ("吴天佑", "official", LCH, [
        ("hh09", f"{LCH}宣和镇党委", "副书记", "在宣和镇，镇党委副书记、镇长吴天佑", None),
        ("hh09", f"{LCH}宣和镇政府", "镇长", "在宣和镇，镇党委副书记、镇长吴天佑", None)], []),
    # ---- 山东 潍坊: 昌乐县
    "hh:褚海川": ("褚海川", "official", CL, [
        ("hh10", f"{CL}委", "书记", "昌乐县委书记褚海川", None)], []),
    "hh:綦立凯": ("綦立凯", "official", CL, [
        ("hh10", f"{CL}委", "常委", "县委常委、常务副县长綦立凯", None),
        ("hh10", f"{CL}政府", "常务副县长", "县委常委、常务副县长綦立凯", None)], []),
    "hh:奚立骏": ("奚立骏", "official", CL, [
        ("hh10", f"{CL}政府", "副县长", "副县长奚立骏", None)], []),
    "hh:温振宇#2": ("温振宇", "official", CL, [
        ("hh10", f"{CL}乔官镇党委", "书记", "在乔官镇，镇党委书记温振宇", "昌乐 (山东); not the 温振宇 of 连城 (hh09)")], []),
    "hh:马春霖": ("马春霖", "official", CL, [
        ("hh10", f"{CL}红河镇党委", "书记", "在红河镇，镇党委书记马春霖", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hh01", "阙永福", "责任编辑", "editor", "责任编辑：阙永福"),
    ("hh02", "郇建军", "记者", "reporter", "作者：记者 郇建军"),
    ("hh02", "相玉霞", "编辑", "editor", "编辑：相玉霞"),
    ("hh02", "逄立新", "审核", "editor", "审核：逄立新"),
    ("hh02", "訾宏伟", "监制", "editor", "监制：訾宏伟"),
    ("hh03", "池立群", "记者", "reporter", "（县融媒体中心 记者 池立群 廖秋萍）"),
    ("hh03", "廖秋萍", "记者", "reporter", "（县融媒体中心 记者 池立群 廖秋萍）"),
    ("hh03", "闫振江", "编辑", "editor", "编辑：闫振江"),
    ("hh03", "郎丽丽", "审核", "editor", "审核：郎丽丽"),
    ("hh04", "卞永平", "编辑", "editor", "编辑：卞永平"),
    ("hh04", "时海鹰", "校对", "editor", "校对：时海鹰"),
    ("hh04", "庞国辉", "审核", "editor", "审核：庞国辉"),
    ("hh05", "邬秀兰", "通讯员", "correspondent", "本网讯（通讯员 邬秀兰）"),
    ("hh05", "伏振海", "初审", "editor", "初审：伏振海"),
    ("hh05", "俞晓燕", "复审", "editor", "复审：俞晓燕"),
    ("hh05", "芦海涛", "终审", "editor", "终审：芦海涛"),
    ("hh06", "祁佳琪", "记者", "reporter", "本报讯（记者 祁佳琪 通讯员 宫雪岚）"),
    ("hh06", "宫雪岚", "通讯员", "correspondent", "本报讯（记者 祁佳琪 通讯员 宫雪岚）"),
    ("hh07", "包玉海", "记者", "reporter", "（记者 包玉海）"),
    ("hh07", "闵雅楠", "责任编辑", "editor", "责任编辑：闵雅楠"),
    ("hh08", "鄢春雨", "记者", "reporter", "作者：记者 鄢春雨"),
    ("hh08", "章晓菲", "编辑", "editor", "编辑：章晓菲"),
    ("hh08", "孟繁龙", "审核", "editor", "审核：孟繁龙"),
    ("hh08", "侯振东", "监制", "editor", "监制：侯振东"),
    ("hh09", "戴雨萌", "记者", "reporter", "（记者 戴雨萌　通讯员 彭庆和）"),
    ("hh09", "彭庆和", "通讯员", "correspondent", "（记者 戴雨萌　通讯员 彭庆和）"),
    ("hh09", "江韵", "编辑", "editor", "编辑：江韵"),
    ("hh09", "林炳辉", "审核", "editor", "审核：林炳辉"),
    ("hh10", "秦雪婷", "记者", "reporter", "本报讯（记者 秦雪婷 通讯员 庄文涛）"),
    ("hh10", "庄文涛", "通讯员", "correspondent", "本报讯（记者 秦雪婷 通讯员 庄文涛）"),
    ("hh10", "贺雯洁", "责任编辑", "editor", "责任编辑：贺雯洁"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hh01", "韦集镇、虞姬镇乡村振兴和重点项目建设调研", "inspection (调研)", "6月14日", None, "卜庆远", [],
     ["宓晓东", "帅红英", "姬广胜", "厍志刚"], ["綦云鹏", "臧海燕", "厍志刚", "卜庆远", "宓晓东", "帅红英"], "韦集镇、虞姬镇",
     "县委副书记、县长卜庆远到韦集镇、虞姬镇调研乡村振兴和重点项目建设工作",
     ["县长卜庆远到韦集镇、虞姬镇调研", "县农业农村局局长厍志刚参加调研", "镇党委书记綦云鹏汇报了", "镇长臧海燕介绍了",
      "厍志刚介绍了全县夏粮收购进度", "卜庆远指出", "宓晓东就抓好重点项目调度", "帅红英要求"]),
    ("hh02", "宿州经开区和灵璧县产业发展和重点项目建设调研", "inspection (调研)", "4月18日", None, "芮德成", [],
     ["佟丽华", "那景春", "黎昌明", "卜庆远", "关绍文"], ["鞠海洋", "卜庆远", "关绍文", "芮德成", "黎昌明", "佟丽华"], "宿州经开区、灵璧县",
     "市委副书记、市长芮德成到宿州经开区和灵璧县调研产业发展和重点项目建设工作",
     ["市长芮德成到宿州经开区和灵璧县调研", "市发展改革委主任黎昌明参加调研", "县长关绍文陪同调研", "管委会主任鞠海洋汇报了",
      "卜庆远汇报了", "关绍文介绍了", "芮德成指出", "黎昌明就重点项目要素保障", "佟丽华表示"]),
    ("hh03", "王集镇、裴圩镇农业产业发展和农村人居环境整治调研", "inspection (调研)", "5月17日", None, "储秋实", [],
     ["衡卫东", "饶丽君"], ["蔡昊阳", "揭志强", "储秋实", "衡卫东", "饶丽君"], "王集镇、裴圩镇",
     "县委副书记、县长储秋实到王集镇、裴圩镇调研农业产业发展和农村人居环境整治工作",
     ["县长储秋实到王集镇、裴圩镇调研", "县农业农村局局长饶丽君参加调研", "镇党委书记蔡昊阳汇报了", "镇长揭志强介绍了",
      "储秋实指出", "衡卫东要求", "饶丽君表示"]),
    ("hh04", "重点项目集中观摩", "site observation (观摩)", "2月21日", None, None, [],
     [], [], "宿迁经开区",
     "会前，与会人员集中观摩了宿迁经开区光伏组件智能制造产业园",
     []),
    ("hh04", "经开区2024年重点项目建设推进会", "meeting (推进会)", "2月21日", "范明达", None, ["宿迁经开区"],
     ["桑志红", "蔡昊阳", "鄂继伟"], ["蔡昊阳", "鄂继伟", "桑志红", "范明达"], None,
     "2月21日，经开区召开2024年重点项目建设推进会",
     ["经开区党工委书记桑志红出席会议并讲话", "管委会主任范明达主持会议", "管委会副主任蔡昊阳、鄂继伟出席会议", "蔡昊阳通报了",
      "鄂继伟就项目审批提速", "桑志红指出", "范明达要求"]),
    ("hh05", "日峰镇、宏村镇重点项目建设和产业发展调研", "inspection (调研)", "10月12日", None, "晏文斌", [],
     ["黄文彬", "巫海燕"], ["付家诚", "糜建国", "巫海燕", "晏文斌", "黄文彬"], "日峰镇、宏村镇",
     "县委书记晏文斌到日峰镇、宏村镇调研重点项目建设和产业发展工作",
     ["县委书记晏文斌到日峰镇、宏村镇调研", "常务副县长巫海燕陪同调研", "日峰镇党委书记付家诚介绍了", "镇党委书记糜建国汇报了",
      "巫海燕就陶瓷产业园标准厂房建设", "晏文斌指出", "黄文彬表示"]),
    ("hh06", "南城县、黎川县春季防汛和安全生产检查", "inspection (检查)", "3月19日", None, "晏文斌", [],
     ["冯景川", "伊春来"], ["欧阳志辉", "吕守业", "伊春来", "晏文斌"], "南城县、黎川县",
     "副市长晏文斌到南城县、黎川县检查春季防汛和安全生产工作",
     ["副市长晏文斌到南城县、黎川县检查", "市水利局局长伊春来参加检查", "县长欧阳志辉汇报了", "县委书记吕守业介绍了",
      "伊春来就做好主汛期前水库调度", "晏文斌强调"]),
    ("hh07", "全县防汛工作调度会议", "meeting (调度会议)", "8月2日晚", "邹慧琳", None, [],
     ["隋立峰", "时振宇"], ["江国梁", "宫晓冬", "卢德明", "隋立峰", "邹慧琳", "时振宇"], None,
     "8月2日晚，县委书记邹慧琳主持召开全县防汛工作调度会议",
     ["8月2日晚，县委书记邹慧琳主持召开", "县长江国梁作具体部署", "副县长时振宇出席会议", "县水利局局长宫晓冬通报了",
      "局长卢德明汇报了", "隋立峰通报了", "邹慧琳强调", "江国梁要求", "时振宇就做好农业防灾减灾"]),
    ("hh08", "大平房镇、波罗赤镇防汛和重点项目建设检查", "inspection (检查)", "6月27日", None, "隋立峰", [],
     ["商文博", "常秀丽"], ["鲁宏图", "常秀丽", "隋立峰", "商文博"], "大平房镇、波罗赤镇",
     "朝阳县委副书记、县长隋立峰到大平房镇、波罗赤镇检查防汛和重点项目建设工作",
     ["县长隋立峰到大平房镇、波罗赤镇检查", "县水务局局长常秀丽参加检查", "镇党委书记鲁宏图汇报了", "常秀丽介绍了",
      "隋立峰强调", "商文博就做好汛期在建项目安全管理"]),
    ("hh09", "四堡镇、宣和镇文旅融合发展调研", "inspection (调研)", "9月14日", None, "喻海峰", [],
     ["温振宇", "罗映红"], ["黄秋菱", "吴天佑", "温振宇", "喻海峰", "罗映红"], "四堡镇、宣和镇",
     "县委书记喻海峰到四堡镇、宣和镇调研文旅融合发展工作",
     ["县委书记喻海峰到四堡镇、宣和镇调研", "县文体旅游局局长罗映红陪同调研", "镇党委书记黄秋菱介绍了", "镇长吴天佑汇报了",
      "温振宇就冠豸山景区提升改造工程", "喻海峰指出", "罗映红表示"]),
    ("hh10", "乔官镇、红河镇特色产业园区建设调研", "inspection (调研)", "5月22日", None, "褚海川", [],
     ["綦立凯", "奚立骏"], ["温振宇", "马春霖", "綦立凯", "褚海川", "奚立骏"], "乔官镇、红河镇",
     "昌乐县委书记褚海川到乔官镇、红河镇调研特色产业园区建设工作",
     ["县委书记褚海川到乔官镇、红河镇调研", "副县长奚立骏陪同调研", "镇党委书记温振宇汇报了", "镇党委书记马春霖介绍了",
      "綦立凯就产业园区标准厂房建设", "褚海川强调", "奚立骏表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hh01", "韦集镇万亩设施蔬菜产业园", "industrial_park", "先后来到韦集镇万亩设施蔬菜产业园"),
    ("hh01", "虞姬镇农村供水保障工程", "infrastructure_project", "虞姬镇农村供水保障工程和灵璧县城东污水处理厂扩建工程现场"),
    ("hh01", "灵璧县城东污水处理厂扩建工程", "infrastructure_project", "灵璧县城东污水处理厂扩建工程现场"),
    ("hh02", "宿州经开区智能家电零部件产业园二期", "industrial_park", "来到宿州经开区智能家电零部件产业园二期"),
    ("hh02", "经开区数字经济产业园", "industrial_park", "二期和经开区数字经济产业园"),
    ("hh02", "韦集镇万亩设施蔬菜产业园", "industrial_park", "先后察看了韦集镇万亩设施蔬菜产业园"),
    ("hh02", "灵璧县奇石文化街区改造提升项目", "project", "灵璧县奇石文化街区改造提升项目"),
    ("hh03", "王集镇稻虾共作示范基地", "project", "先后来到王集镇稻虾共作示范基地"),
    ("hh03", "王集镇农产品冷链物流中心", "logistics_hub", "王集镇农产品冷链物流中心和裴圩镇"),
    ("hh03", "裴圩镇生态河道综合整治工程", "greening_project", "裴圩镇生态河道综合整治工程现场"),
    ("hh04", "宿迁经开区光伏组件智能制造产业园", "industrial_park", "集中观摩了宿迁经开区光伏组件智能制造产业园"),
    ("hh04", "经开区综合管廊二期工程", "infrastructure_project", "经开区综合管廊二期工程和古黄河生态廊道提升工程"),
    ("hh04", "古黄河生态廊道提升工程", "greening_project", "古黄河生态廊道提升工程。会上"),
    ("hh05", "黎川古城保护利用二期工程", "project", "先后来到黎川古城保护利用二期工程"),
    ("hh05", "黎川县陶瓷产业园标准厂房三期", "industrial_park", "黎川县陶瓷产业园标准厂房三期和宏村镇"),
    ("hh05", "宏村镇油茶精深加工项目", "project", "宏村镇油茶精深加工项目，察看工程进度"),
    ("hh06", "南城县洪门水库除险加固工程", "engineering_work", "先后来到南城县洪门水库除险加固工程"),
    ("hh06", "黎川县陶瓷产业园标准厂房三期", "industrial_park", "黎川县陶瓷产业园标准厂房三期和黎川县城区排涝泵站"),
    ("hh06", "黎川县城区排涝泵站", "engineering_work", "黎川县城区排涝泵站，实地察看"),
    ("hh07", "老哈河建平段防洪治理工程", "engineering_work", "要加快老哈河建平段防洪治理工程"),
    ("hh07", "县城区排水管网改造工程", "infrastructure_project", "县城区排水管网改造工程施工"),
    ("hh08", "大凌河朝阳县段综合治理工程", "engineering_work", "先后来到大凌河朝阳县段综合治理工程"),
    ("hh08", "大平房镇设施农业产业园", "industrial_park", "大平房镇设施农业产业园和波罗赤镇"),
    ("hh08", "波罗赤镇农村饮水安全巩固提升工程", "infrastructure_project", "波罗赤镇农村饮水安全巩固提升工程现场"),
    ("hh09", "四堡雕版印刷文化产业园", "industrial_park", "先后来到四堡雕版印刷文化产业园"),
    ("hh09", "培田古村落保护利用项目", "project", "培田古村落保护利用项目和冠豸山景区提升改造工程"),
    ("hh09", "冠豸山景区提升改造工程", "project", "冠豸山景区提升改造工程现场"),
    ("hh10", "乔官镇蓝宝石精深加工产业园", "industrial_park", "先后来到乔官镇蓝宝石精深加工产业园"),
    ("hh10", "红河镇数字农业示范园", "project", "红河镇数字农业示范园和昌乐火山口"),
    ("hh10", "昌乐火山口国家地质公园提升工程", "project", "昌乐火山口国家地质公园提升工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hh01", "韦集镇", "town", "standalone", "卜庆远到韦集镇、虞姬镇调研乡村振兴和重点项目建设"),
    ("hh01", "虞姬镇", "town", "standalone", "卜庆远到韦集镇、虞姬镇调研乡村振兴和重点项目建设"),
    ("hh01", "灵璧县", "county", "in_project_name", "灵璧县城东污水处理厂扩建工程现场"),
    ("hh02", "宿州经开区", "development_zone", "standalone", "芮德成在宿州经开区和灵璧县调研时强调"),
    ("hh02", "灵璧县", "county", "standalone", "芮德成在宿州经开区和灵璧县调研时强调"),
    ("hh02", "经开区", "development_zone", "standalone", "在经开区，芮德成一行"),
    ("hh02", "韦集镇", "town", "in_project_name", "先后察看了韦集镇万亩设施蔬菜产业园"),
    ("hh03", "王集镇", "town", "standalone", "储秋实到王集镇、裴圩镇调研农业产业发展"),
    ("hh03", "裴圩镇", "town", "standalone", "储秋实到王集镇、裴圩镇调研农业产业发展"),
    ("hh03", "成子湖", "lake", "standalone", "介绍了沿成子湖村庄人居环境整治"),
    ("hh04", "经开区", "development_zone", "standalone", "桑志红在经开区重点项目建设推进会上强调"),
    ("hh04", "宿迁经开区", "development_zone", "in_project_name", "集中观摩了宿迁经开区光伏组件智能制造产业园"),
    ("hh04", "古黄河", "river", "in_project_name", "古黄河生态廊道提升工程。会上"),
    ("hh05", "日峰镇", "town", "standalone", "晏文斌到日峰镇、宏村镇调研重点项目和产业发展"),
    ("hh05", "宏村镇", "town", "standalone", "晏文斌到日峰镇、宏村镇调研重点项目和产业发展"),
    ("hh05", "黎川古城", "heritage_site", "in_project_name", "先后来到黎川古城保护利用二期工程"),
    ("hh05", "黎川县", "county", "in_project_name", "黎川县陶瓷产业园标准厂房三期和宏村镇"),
    ("hh06", "南城县", "county", "standalone", "晏文斌在南城县、黎川县检查春季防汛和安全生产工作时要求"),
    ("hh06", "黎川县", "county", "standalone", "晏文斌在南城县、黎川县检查春季防汛和安全生产工作时要求"),
    ("hh06", "洪门水库", "reservoir", "in_project_name", "先后来到南城县洪门水库除险加固工程"),
    ("hh06", "南城", "county", "standalone", "在南城，县委副书记、县长欧阳志辉"),
    ("hh06", "黎川", "county", "standalone", "在黎川，县委书记吕守业"),
    ("hh07", "老哈河", "river", "standalone", "老哈河水情和全县水库蓄水情况"),
    ("hh07", "建平", "county", "in_project_name", "要加快老哈河建平段防洪治理工程"),
    ("hh07", "叶柏寿街道", "sub_district_office", "standalone", "叶柏寿街道、朱碌科镇等低洼易涝区域"),
    ("hh07", "朱碌科镇", "town", "standalone", "叶柏寿街道、朱碌科镇等低洼易涝区域"),
    ("hh08", "大平房镇", "town", "standalone", "隋立峰到大平房镇、波罗赤镇检查防汛和重点项目建设工作"),
    ("hh08", "波罗赤镇", "town", "standalone", "隋立峰到大平房镇、波罗赤镇检查防汛和重点项目建设工作"),
    ("hh08", "朝阳县", "county", "in_title", "6月27日，朝阳县委副书记、县长隋立峰"),
    ("hh08", "大凌河", "river", "in_project_name", "先后来到大凌河朝阳县段综合治理工程"),
    ("hh09", "四堡镇", "town", "standalone", "县领导到四堡镇、宣和镇调研文旅融合发展工作"),
    ("hh09", "宣和镇", "town", "standalone", "县领导到四堡镇、宣和镇调研文旅融合发展工作"),
    ("hh09", "培田", "village", "in_project_name", "培田古村落保护利用项目和冠豸山景区提升改造工程"),
    ("hh09", "冠豸山", "mountain", "in_project_name", "培田古村落保护利用项目和冠豸山景区提升改造工程"),
    ("hh09", "连城", "county", "standalone", "连城文旅资源丰富"),
    ("hh10", "昌乐县", "county", "standalone", "昌乐县推进特色产业园区建设"),
    ("hh10", "乔官镇", "town", "standalone", "昌乐县委书记褚海川到乔官镇、红河镇调研"),
    ("hh10", "红河镇", "town", "standalone", "昌乐县委书记褚海川到乔官镇、红河镇调研"),
    ("hh10", "昌乐火山口国家地质公园", "park", "in_project_name", "昌乐火山口国家地质公园提升工程现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hh", conventions="set hh (blind set, held-out-like mix: ordinary local news from 安徽 (灵璧县, 宿州经开区), 江苏 (泗阳县, 宿迁经开区), 江西 (黎川县, 南城县, 抚州市), 辽宁 (建平县, 朝阳县), 福建 (连城县) and 山东 (昌乐县): county sites with heavy chrome, city portals reprinting city papers (作者, 原标题, 编辑/审核/监制), a zone's WeChat page and city-paper e-editions; bare organs take the page's place (bare 经开区 = 宿州经开区 in hh02, 宿迁经开区 in hh04); 在X，县委… = county X; towns = county label + town + 党委 / 政府; 县领导 no post; a 观摩 before a 推进会 is its own site observation; one line per post per article)",
          persons_note="Set hh persons. id = corpus-wide person_id (hh:温振宇#1 of 连城县 (福建) and hh:温振宇#2 of 昌乐县 (山东) are two people; hh:卜庆远 灵璧县长 2022 → 灵璧县委书记 2024; hh:晏文斌 黎川县委书记 2021 → 抚州市副市长 2024; hh:隋立峰 建平县委常委、常务副县长 2021 → 朝阳县委副书记、县长 2023; hh:蔡昊阳 泗阳县王集镇党委书记 2022 → 宿迁经开区党工委委员、管委会副主任 2024)")


if __name__ == "__main__":
    main()
