"""Write gold part ``hp`` (a blind set: photo-news pages and WeChat public-account pages, captions that name officials
and places) from the tables below.

Pages ``tests/dev/texts/hp*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: a 繁昌 news site's 图片新闻 column (``当前位置:首页 > 图片新闻
>正文``, a stamp line, the caption credit ``杨华沈芳群摄`` run into the text); the 焦作日报 digital edition (a photo item
``图为郑…(前右二)、王…(前右一)等在…车间了解…生产情况。樊… 摄`` and a 本报讯 item with ``县领导…``); the 沁县 paper's
``【图片新闻】`` (``县领导…等专程来到…``, ``…摄影报道``); a 郑州 city paper's photo item (``图为调蓄池施工建设现场。本报记者
… 摄``, the text printed twice); a 阳江 hospital page with three ``图为…在…等陪同下…`` captions and ``（撰稿、摄影：… 上传：…）``;
a 平舆 portal photo item of a 乡长's 防汛 巡查 (``记者 … 通讯员 … 摄影报道``, ``推荐内容``); a 滁州网 item on 中安在线
(credit ``许平 高玉莉摄`` after the text); a 大武汉 app item (``©原创``, ``（记者… 通讯员… 制作… 审看…）``); 开化新闻网
(``来源:开化新闻网 作者:… 编辑:…``); 甘肃日报 photo captions naming officials with their full chains (``全国人大代表、省委
副书记、省长…审议政府工作报告。本报记者 … 摄``); the 庆元 page whose captions name the officials (``县委副书记、代县长…参加
人大第一代表团审议``); a 巢湖 portal page (``发布时间：… 来源: 阅读次数:``, ``（苏湾镇 …）``, ``上一条 / 下一条``); the
咸宁日报 (``本报讯 记者…、通讯员…报道``, ``第01版:要闻 下一版``); the 福鼎 paper's ``本报讯(…)`` items; the 义乌商报 第05版
photo page (``新华社发 … 摄`` under each caption); a 安康 site's 副市长 视察 and a 浏阳 portal's 副区长 督导 (``街党委副书记、
办事处主任…陪同``). The WeChat chrome (``原创 <author> <account> <date> 发表于<province>``, 点击蓝字关注我们, 听全文, ``▲``
captions, ``▼ 点击观看视频``, 来源 / 记者 / 编辑 / 审核 / 监制, 往期推荐, 阅读原文, 阅读 / 分享 / 点赞 / 在看) follows those
pages and the corpus' earlier WeChat parts (ah, cc). No page was copied. Places are real: 江西 赣州 (会昌县 two pages, 石城县,
瑞金市, the 赣南日报), 福建 三明 (宁化县, 清流县, the 三明日报), 云南 大理 (鹤庆县, 洱源县).

Shapes: a county site's 图片新闻 page with three ``[图片]`` captions before the text, the 县长's 调研, a 园区 head and a town
secretary titled only in captions, ``（县融媒体中心 记者 …　摄影 …）``, 上一篇 naming the 县委书记 (hp01); a county WeChat
article (听全文, ▲ captions, one naming a town secretary only there, 往期推荐 naming the new 县长) (hp02); a city paper's
``第03版：图片新闻`` of four photo items, each a headline, a short text and a caption ``图为…　　本报记者 … 摄`` / ``通讯员 …
摄`` (a 副市长's 检查, a county-level city's 市长's 调研 with a 乡 secretary in the caption, two items without officials)
(hp03); a county WeChat article with a ``▼ 点击观看视频`` line and a caption naming two officials (hp04); a news portal's
reprint of a WeChat article (the portal's stamp line ``来源：瑞金发布　作者：…　编辑：…``, the original's ``原创 <person>
瑞金发布 …`` line, 点击蓝字关注我们, ▲ captions, 阅读原文 / 在看 and ``（本文转载自微信公众号“瑞金发布”…）``, 相关新闻 naming the
市委书记) (hp05); a county site's 图片新闻 page with ``（… /摄）`` credits in the captions, 下一篇 naming the 县委书记 (hp06); a
county WeChat article of a 重点项目 观摩 and the 点评会 after it (hp07); a city paper's 第A02版 with a 副市长's 检查 (caption
under the text) and two ``图片新闻`` items, one naming a 县委书记 only in its caption (hp08); a county WeChat article with
``图片：<media centre>　<name>　<name>`` (hp09); a county site's 图片新闻 page, ``（… 文/图）`` (hp10).

Identity cases:
- hp:钟绍岩, 县长 → 县委书记 of one county: 会昌县委副书记、县长 in May 2022 (hp01); 会昌县委书记 in April 2024 (hp02).
- hp:黄启东, a county 书记 who becomes a city's 副市长: 石城县委书记 in July 2022 (hp04); 赣州市 副市长 checking flood works in
  石城 in June 2024 (hp03, bare 副市长 on the 赣南日报), with his successor hp:陈宏亮 as 石城县委书记.
- hp:温绍康 moves between counties of 赣州: 石城县委常委、常务副县长 in July 2022 (hp04); 瑞金市委副书记、市长 in June 2024
  (hp03) and September 2024 (hp05).
- hp:巫承志: 宁化县委副书记、县长 in March 2023 (hp06); 三明市 副市长 in April 2025 (hp08).
- hp:李继光 moves between counties of 大理: 鹤庆县委常委、常务副县长 in August 2023 (hp09); 洱源县委副书记、县长 in May 2024
  (hp10).
- two different 邱永健 in unrelated places: hp:邱永健#1 is 宁化县工业园区管委会主任 (福建, titled only in a caption, hp06);
  hp:邱永健#2 is 鹤庆县 副县长 (云南, hp09).
- one organ name of three places: the bare ``县工业园区管委会`` is 会昌's (hp01: 主任), 宁化's (hp06: 主任) and 鹤庆's
  (hp09: 常务副主任); the bare ``县工业园区`` (the park visited) is each page's county's.
- the same people across pages: hp:刘雅琴 (会昌 副县长 2022 and 2024), hp:罗嘉铭 (清流县委副书记、县长 2023 and 2025), the
  会昌 reporter hp:邹明辉, photographer hp:朱晓桐 and editor hp:揭雨晨 (hp01, hp02), hp:廖思雨 (瑞金 通讯员 photographer in
  hp03, the author of the reprinted article in hp05), hp:王立成 (宁化 photographer in hp06 and hp08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ah, an, cc, dk, fb where they speak; decided here where they are silent):
- Photo captions (``[图片]`` captions, ``▲`` captions, ``图为…``) are part of their article. A post written only in a
  caption is a holding with the caption as evidence (as fb10): hp01 曾繁荣 and 蓝荣辉, hp02 胡冬生, hp03 刘福安, hp04 黄晓梅,
  hp06 邱永健#1 and 李清华, hp07 伍思源, hp08 林崇武, hp09 杨瑞琼, hp10 施文斌. A post written in the body and again in a
  caption gives one line, the body's evidence (as fb). A caption's ``陪同`` makes an attendee, its ``介绍`` / ``汇报`` (``听取
  …汇报``) a speaker of the event the article reports.
- A 图片新闻 page of a paper (hp03) holds one article per photo item, headline to next headline; an item labelled
  ``图片新闻`` (hp08) has the label in its headline string (as an's 简讯 label). A photo item with no official has no event
  (as an: hp03 items 3 and 4, hp08 item 3). DECIDED HERE: a photo item whose official is named only in the caption, at an
  activity the text reports (hp08 item 2, the 寻根团's 祭祖寻根和文化交流活动 with the 宁化县委书记 in the caption), is an
  event of type ``activity`` with that official an attendee.
- Bare organs take the page's place: 县委 / 县政府 / 县X局 / 县委宣传部 on a county site or a county account = that county;
  市委 / 副市长 on the 瑞金发布 reprint = 瑞金市 (a county-level city); bare 副市长 on the 赣南日报 = 赣州市, on the 三明日报 =
  三明市. A town's 党委书记 / 镇长 takes county label + town (``会昌县周田镇党委``, ``石城县小松镇政府``, ``瑞金市叶坪乡党委``); a
  bare ``镇长`` / ``镇党委书记`` right after ``在文武坝镇`` / ``在沙洲坝镇`` is that town's.
- ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长 (as ah's 统战部部长). ``市委常委、经开区党工委书记`` on the 瑞金 page →
  瑞金市委 常委 + 瑞金经开区党工委 书记 (the zone label is the county-level city's name without 市 + 经开区, CONVENTIONS).
- DECIDED HERE (a county's own 工业园区): the bare ``县工业园区`` is the county's standing park: its 管委会 is org = county
  label + ``工业园区管委会`` (``会昌县工业园区管委会`` 主任, ``鹤庆县工业园区管委会`` 常务副主任, title as written); the park itself
  is a place named as written without the 县 (``工业园区``, kind ``zone_park``, as bq's standing parks), not a project.
- Chrome names nothing: site lines, 当前位置, stamp lines, ``来源：…`` lines (``来源：瑞金发布``, ``来源：石城县融媒体中心``),
  the WeChat account line's account and province (``会昌发布``, ``发表于江西``), 点击蓝字关注我们, 听全文, ``▼ 点击观看视频``,
  ``图片来源：…``, 往期推荐, 阅读原文, 阅读 / 分享 / 点赞 / 在看, 转载请注明来源, the reprint notice ``（本文转载自微信公众号…）``,
  上一篇 / 下一篇, 相关新闻 and footers. Officials named only there (hp01 谢光远, hp02 赖晓彤, hp05 曾令和, hp06 林崇武, hp10
  和建勇) have no entry for that page (as ah, cc); a person of the body named again there has the mention counted.
- DECIDED HERE (a person in the WeChat author field): ``原创 廖思雨 瑞金发布 …`` (hp05) names the article's author, the same
  person the portal's stamp line gives as ``作者：廖思雨``: one author row (label ``作者``, evidence the portal's line), not
  two; an author field holding a media centre (``原创 会昌融媒``, ``原创 鹤庆县融媒体中心``) names no person (as cc, dg).
- Credits: ``记者：…`` and ``本报讯（记者 …）`` and the ``记者`` inside ``（县融媒体中心 记者 …　摄影 …）`` are reporter rows;
  ``摄影：…``, ``…摄`` (``本报记者 … 摄``, ``通讯员 … 摄``, ``（… /摄）``) and DECIDED HERE ``图片：<media centre>　<name>　<name>``
  are photographer rows (as dk, cw, cz; labels ``摄影``, ``摄``, ``图片``); the same 记者 can be reporter and photographer of one
  article (two rows, as dk); ``（… 文/图）`` is an author row labelled ``文/图`` (as dg, fb); 责任编辑 / 编辑 / 审核 / 监制 /
  版式设计 / 校对 are editor rows of the article whose span holds them (the last one on a paper page).
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 /
  通报 speakers); the 观摩活动 is a ``site observation`` (CONVENTIONS) whose 参加观摩 leaders are attendees, and the 点评会
  after it a meeting of its own (chair when 主持).
- Projects: works inspected or pushed: …产业园一期 / 二期 / 三期 and a 产业园 visited ``industrial_park``; 防洪堤加固 and 补水
  工程 ``engineering_work``; 生态修复 / 湿地保护修复 ``greening_project``; 供水保障工程 ``infrastructure_project``; 示范带,
  风貌提升, 改造项目, 文旅提升工程, 康养小镇 ``project``. Generic phrases (12座口袋公园, 冷链仓储中心 in operation, 标准厂房)
  are no projects.
- Places: one line per name per file, as written; places inside organ references and project names count; a county
  named as a word of the text (``会昌``, ``石城``, ``鹤庆``, ``洱源``) and with 县 (``会昌县``) are two names; rivers, lakes,
  wetlands, villages and scenic sites count (湘江, 贡江, 琴江, 洱海, 茈碧湖, 草海湿地, 西湖湿地, 红井景区, 石壁客家祖地).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HC, SC, RJ, NH, QL, HQ, EY = "会昌县", "石城县", "瑞金市", "宁化县", "清流县", "鹤庆县", "洱源县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hp01_huichang.txt": (2022, "发布时间：2022-05-19 17:32", HC, [
        ("钟绍岩调研工业园区项目建设和防汛备汛工作", "5月18日", "2022-05-18", "5月18日，县委副书记、县长钟绍岩（中）",
         "county site 图片新闻: three captions before the text; the 县长's 调研 of the 工业园区 and 筠门岭镇; 园区 head and town secretary titled only in captions")]),
    "hp02_huichang.txt": (2024, "2024-04-11 19:06", HC, [
        ("钟绍岩到周田镇、文武坝镇调研乡村振兴和产业发展工作", "4月10日", "2024-04-10", "4月10日，县委书记钟绍岩",
         "county WeChat (会昌发布): 钟绍岩 now 县委书记; ▲ captions, a town secretary only in a caption; 往期推荐 naming the new 县长")]),
    "hp03_ganzhou.txt": (2024, "2024年06月13日　星期四", "赣州市", [
        ("防汛检查不松劲", "6月12日", "2024-06-12", "6月12日，副市长黄启东",
         "paper 图片新闻 item: the 副市长 (former 石城县委书记) checks flood works in 石城县 with its 县委书记"),
        ("红色旅游人气旺", "6月11日", "2024-06-11", "6月11日，瑞金市委副书记",
         "photo item: 瑞金 市长 (former 石城 常务副县长) in 叶坪乡; the 乡 secretary only in the caption"),
        ("脐橙园里管护忙", "连日来", "2024-06", "连日来，会昌县周田镇果农",
         "photo item without an official (会昌 周田镇)"),
        ("章贡区：口袋公园扮靓老城区", "近日", "2024-06", "近日，章贡区在老城区",
         "photo item without an official (章贡区); page foot editors")]),
    "hp04_shicheng.txt": (2022, "2022-07-06 20:12", SC, [
        ("黄启东在高田镇、小松镇调研时强调 抓牢项目建设 守住防汛底线", "7月5日", "2022-07-05", "7月5日，县委书记黄启东",
         "county WeChat (石城发布): the 县委书记's 调研 with the 常务副县长 (later 瑞金 市长); ▼ video line; a caption naming two officials")]),
    "hp05_ruijin.txt": (2024, "2024-09-06 09:15", RJ, [
        ("温绍康到沙洲坝镇和经开区调研城乡建设和工业发展工作", "9月5日", "2024-09-05", "9月5日，市委副书记、市长温绍康",
         "portal reprint of a WeChat article (瑞金发布): the 市长's 调研 of 沙洲坝镇 and the 瑞金经开区; 原创 line with a person as author")]),
    "hp06_ninghua.txt": (2023, "发布时间：2023-03-22 16:48", NH, [
        ("巫承志调研县工业园区和石壁镇重点项目建设", "3月21日", "2023-03-21", "3月21日，县委副书记、县长巫承志（左三）",
         "county site 图片新闻: the 县长's 调研; 工业园区管委会主任 邱永健#1 and a town secretary only in captions; 下一篇 naming the 县委书记")]),
    "hp07_qingliu.txt": (2023, "2023-10-20 19:40", QL, [
        ("全县第三季度重点项目现场观摩活动举行", "10月19日", "2023-10-19", "10月19日，全县第三季度",
         "county WeChat (清流发布): 重点项目 观摩 and 观摩点评会 (县长 主持, 常务副县长 通报, 县委书记 讲话); a town secretary only in a caption")]),
    "hp08_sanming.txt": (2025, "2025年04月09日　星期三", "三明市", [
        ("巫承志到清流县检查森林防火和安全生产工作", "4月8日", "2025-04-08", "本报讯（记者 林思远）4月8日",
         "city paper A02: the 副市长 (former 宁化县长) checks 清流县 with its 县长; caption under the text"),
        ("图片新闻\n客家祖地迎来寻根团", "4月7日", "2025-04-07", "4月7日，来自台湾地区",
         "图片新闻 item: 寻根团 in 宁化 石壁; the 宁化县委书记 only in the caption"),
        ("图片新闻\n沙县小吃文化节开幕", "4月8日", "2025-04-08", "4月8日，沙县小吃文化节",
         "图片新闻 item without an official (沙县区); page foot editors")]),
    "hp09_heqing.txt": (2023, "2023-08-16 20:05", HQ, [
        ("段昌林到县工业园区和草海镇调研重点项目建设和湿地保护工作", "8月15日", "2023-08-15", "8月15日，县委书记段昌林",
         "county WeChat (鹤庆发布): the 县委书记's 调研; 常务副县长 李继光 (later 洱源 县长), 副县长 邱永健#2, 工业园区管委会常务副主任; 图片 credit with two names")]),
    "hp10_eryuan.txt": (2024, "发布时间：2024-05-23 18:10", EY, [
        ("李继光调研洱海源头保护治理和重点项目建设", "5月22日", "2024-05-22", "5月22日，县委副书记、县长李继光（中）",
         "county site 图片新闻: 李继光 now 洱源 县长; a town secretary only in a caption; 文/图 credit; 上一篇 naming the 县委书记")]),
}

_HP04_WEN = "县委常委、常务副县长温绍康，县水利局局长"
_HP05_DENG = "市委常委、经开区党工委书记邓楚涵，副市长钟雅芳陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 赣州: 会昌
    "hp:钟绍岩": ("钟绍岩", "official", HC, [
        ("hp01", f"{HC}委", "副书记", "5月18日，县委副书记、县长钟绍岩到县工业园区", "2022-05; body evidence (the post is in the first caption too); identity case: 县委书记 in 2024 (hp02)"),
        ("hp01", f"{HC}政府", "县长", "5月18日，县委副书记、县长钟绍岩到县工业园区", None),
        ("hp02", f"{HC}委", "书记", "4月10日，县委书记钟绍岩深入周田镇", "2024-04: now 县委书记 (bare 县委 on 会昌发布)")], []),
    "hp:刘雅琴": ("刘雅琴", "official", HC, [
        ("hp01", f"{HC}政府", "副县长", "副县长刘雅琴参加调研", "2022-05; also in a caption (one line, body evidence)"),
        ("hp02", f"{HC}政府", "副县长", "副县长刘雅琴陪同调研", "2024-04")], []),
    "hp:曾繁荣": ("曾繁荣", "official", HC, [
        ("hp01", f"{HC}工业园区管委会", "主任", "县工业园区管委会主任曾繁荣（右一）", "titled only in a caption; DECIDED HERE: bare 县工业园区管委会 = county label + 工业园区管委会")], []),
    "hp:蓝荣辉": ("蓝荣辉", "official", HC, [
        ("hp01", f"{HC}筠门岭镇党委", "书记", "听取筠门岭镇党委书记蓝荣辉汇报", "titled only in a caption")], []),
    "hp:肖海燕": ("肖海燕", "official", HC, [
        ("hp02", f"{HC}委", "常委", "县委常委、宣传部部长肖海燕", None),
        ("hp02", f"{HC}委宣传部", "部长", "县委常委、宣传部部长肖海燕", "宣传部 after 县委常委 = the 县委's")], []),
    "hp:胡冬生": ("胡冬生", "official", HC, [
        ("hp02", f"{HC}周田镇党委", "书记", "周田镇党委书记胡冬生（左一）", "titled only in a ▲ caption")], []),
    "hp:严晓峰": ("严晓峰", "official", HC, [
        ("hp02", f"{HC}文武坝镇政府", "镇长", "镇长严晓峰汇报了", "bare 镇长 right after 在文武坝镇")], []),
    # ---- 赣州: 石城, 瑞金, the city
    "hp:黄启东": ("黄启东", "official", "赣州市", [
        ("hp04", f"{SC}委", "书记", "7月5日，县委书记黄启东深入高田镇", "2022-07 (identity case: 赣州 副市长 in 2024, hp03)"),
        ("hp03", "赣州市政府", "副市长", "6月12日，副市长黄启东带队到石城县检查防汛工作", "2024-06: bare 副市长 on the 赣南日报 = 赣州市")], []),
    "hp:温绍康": ("温绍康", "official", "赣州市", [
        ("hp04", f"{SC}委", "常委", _HP04_WEN, "2022-07; body evidence (also in a ▲ caption); identity case: 瑞金 市长 in 2024"),
        ("hp04", f"{SC}政府", "常务副县长", _HP04_WEN, None),
        ("hp03", f"{RJ}委", "副书记", "瑞金市委副书记、市长温绍康到叶坪乡调研", "2024-06"),
        ("hp03", f"{RJ}政府", "市长", "瑞金市委副书记、市长温绍康到叶坪乡调研", None),
        ("hp05", f"{RJ}委", "副书记", "9月5日，市委副书记、市长温绍康到沙洲坝镇", "2024-09: bare 市委 on the 瑞金发布 reprint = 瑞金市"),
        ("hp05", f"{RJ}政府", "市长", "9月5日，市委副书记、市长温绍康到沙洲坝镇", None)], []),
    "hp:罗雪琳": ("罗雪琳", "official", SC, [
        ("hp04", f"{SC}水利局", "局长", "县水利局局长罗雪琳陪同调研", None)], []),
    "hp:赖永华": ("赖永华", "official", SC, [
        ("hp04", f"{SC}高田镇党委", "书记", "高田镇党委书记赖永华汇报了", None)], []),
    "hp:黄晓梅": ("黄晓梅", "official", SC, [
        ("hp04", f"{SC}小松镇政府", "镇长", "小松镇镇长黄晓梅（左一）", "titled only in a ▲ caption")], []),
    "hp:陈宏亮": ("陈宏亮", "official", SC, [
        ("hp03", f"{SC}委", "书记", "石城县委书记陈宏亮陪同检查", "2024-06: 黄启东's successor")], []),
    "hp:刘福安": ("刘福安", "official", RJ, [
        ("hp03", f"{RJ}叶坪乡党委", "书记", "听取叶坪乡党委书记刘福安介绍", "titled only in the caption")], []),
    "hp:邓楚涵": ("邓楚涵", "official", RJ, [
        ("hp05", f"{RJ}委", "常委", _HP05_DENG, "body evidence (also in a ▲ caption)"),
        ("hp05", "瑞金经开区党工委", "书记", _HP05_DENG, "bare 经开区 on the 瑞金 page = 瑞金经开区")], []),
    "hp:钟雅芳": ("钟雅芳", "official", RJ, [
        ("hp05", f"{RJ}政府", "副市长", "副市长钟雅芳陪同调研", None)], []),
    "hp:杨承祖": ("杨承祖", "official", RJ, [
        ("hp05", f"{RJ}沙洲坝镇党委", "书记", "听取镇党委书记杨承祖关于", "bare 镇党委 right after 在沙洲坝镇")], []),
    # ---- 三明: 宁化, 清流, the city
    "hp:巫承志": ("巫承志", "official", "三明市", [
        ("hp06", f"{NH}委", "副书记", "3月21日，县委副书记、县长巫承志到县工业园区", "2023-03; body evidence (also in the first caption); identity case: 三明 副市长 in 2025"),
        ("hp06", f"{NH}政府", "县长", "3月21日，县委副书记、县长巫承志到县工业园区", None),
        ("hp08", "三明市政府", "副市长", "副市长巫承志到清流县检查", "2025-04: bare 副市长 on the 三明日报 = 三明市")], []),
    "hp:邱永健#1": ("邱永健", "official", NH, [
        ("hp06", f"{NH}工业园区管委会", "主任", "县工业园区管委会主任邱永健（右一）", "宁化 (福建), titled only in a caption; not the 邱永健 of 鹤庆 (hp09)")], []),
    "hp:李清华": ("李清华", "official", NH, [
        ("hp06", f"{NH}石壁镇党委", "书记", "石壁镇党委书记李清华（左二）陪同", "titled only in a caption")], []),
    "hp:张晓兰": ("张晓兰", "official", NH, [
        ("hp06", f"{NH}委", "常委", "县委常委、副县长张晓兰参加调研", None),
        ("hp06", f"{NH}政府", "副县长", "县委常委、副县长张晓兰参加调研", None)], []),
    "hp:林崇武": ("林崇武", "official", NH, [
        ("hp08", f"{NH}委", "书记", "图为宁化县委书记林崇武（右三）", "2025-04, titled only in the caption (named in hp06's 下一篇 only: chrome, no entry there)")], []),
    "hp:严世杰": ("严世杰", "official", QL, [
        ("hp07", f"{QL}委", "书记", "县委书记严世杰，县委副书记", None)], []),
    "hp:罗嘉铭": ("罗嘉铭", "official", QL, [
        ("hp07", f"{QL}委", "副书记", "县委副书记、县长罗嘉铭，县委常委", "2023-10 (also named in 往期推荐: mention only)"),
        ("hp07", f"{QL}政府", "县长", "县委副书记、县长罗嘉铭，县委常委", None),
        ("hp08", f"{QL}委", "副书记", "清流县委副书记、县长罗嘉铭陪同检查", "2025-04: the same posts"),
        ("hp08", f"{QL}政府", "县长", "清流县委副书记、县长罗嘉铭陪同检查", None)], []),
    "hp:池永福": ("池永福", "official", QL, [
        ("hp07", f"{QL}委", "常委", "县委常委、常务副县长池永福等县领导参加观摩", None),
        ("hp07", f"{QL}政府", "常务副县长", "县委常委、常务副县长池永福等县领导参加观摩", None)], []),
    "hp:伍思源": ("伍思源", "official", QL, [
        ("hp07", f"{QL}嵩口镇党委", "书记", "嵩口镇党委书记伍思源（右一）", "titled only in a ▲ caption")], []),
    # ---- 大理: 鹤庆, 洱源
    "hp:段昌林": ("段昌林", "official", HQ, [
        ("hp09", f"{HQ}委", "书记", "8月15日，县委书记段昌林到县工业园区", None)], []),
    "hp:李继光": ("李继光", "official", "大理白族自治州", [
        ("hp09", f"{HQ}委", "常委", "县委常委、常务副县长李继光，副县长", "2023-08 (identity case: 洱源 县长 in 2024, hp10)"),
        ("hp09", f"{HQ}政府", "常务副县长", "县委常委、常务副县长李继光，副县长", None),
        ("hp10", f"{EY}委", "副书记", "5月22日，县委副书记、县长李继光到茈碧湖镇", "2024-05: now 洱源县 (body evidence; also in a caption)"),
        ("hp10", f"{EY}政府", "县长", "5月22日，县委副书记、县长李继光到茈碧湖镇", None)], []),
    "hp:邱永健#2": ("邱永健", "official", HQ, [
        ("hp09", f"{HQ}政府", "副县长", "副县长邱永健，县工业园区", "鹤庆 (云南); not the 邱永健 of 宁化 (hp06)")], []),
    "hp:字建明": ("字建明", "official", HQ, [
        ("hp09", f"{HQ}工业园区管委会", "常务副主任", "县工业园区管委会常务副主任字建明陪同调研", "bare 县工业园区管委会 = 鹤庆's here, 会昌's in hp01, 宁化's in hp06")], []),
    "hp:杨瑞琼": ("杨瑞琼", "official", HQ, [
        ("hp09", f"{HQ}草海镇党委", "书记", "草海镇党委书记杨瑞琼（左一）", "titled only in a ▲ caption")], []),
    "hp:施文斌": ("施文斌", "official", EY, [
        ("hp10", f"{EY}右所镇党委", "书记", "右所镇党委书记施文斌（右二）汇报", "titled only in a caption")], []),
    "hp:尹红梅": ("尹红梅", "official", EY, [
        ("hp10", f"{EY}政府", "副县长", "副县长尹红梅参加调研", "also in a caption (one line, body evidence)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hp01", "邹明辉", "记者", "reporter", "（县融媒体中心 记者 邹明辉　摄影 朱晓桐）"),
    ("hp01", "朱晓桐", "摄影", "photographer", "（县融媒体中心 记者 邹明辉　摄影 朱晓桐）"),
    ("hp01", "揭雨晨", "责任编辑", "editor", "责任编辑：揭雨晨"),
    ("hp02", "朱晓桐", "摄影", "photographer", "摄影：朱晓桐"),
    ("hp02", "邹明辉", "记者", "reporter", "记者：邹明辉"),
    ("hp02", "管丽萍", "编辑", "editor", "编辑：管丽萍"),
    ("hp02", "揭雨晨", "审核", "editor", "审核：揭雨晨"),
    ("hp02", "叶昌盛", "监制", "editor", "监制：叶昌盛"),
    ("hp03", "周泽远", "摄", "photographer", "本报记者 周泽远 摄"),
    ("hp03", "廖思雨", "摄", "photographer", "通讯员 廖思雨 摄"),
    ("hp03", "黄素芬", "摄", "photographer", "通讯员 黄素芬 摄"),
    ("hp03", "巫慧珍", "责任编辑", "editor", "责任编辑：巫慧珍"),
    ("hp03", "雷振兴", "版式设计", "editor", "版式设计：雷振兴"),
    ("hp03", "何春燕", "校对", "editor", "校对：何春燕"),
    ("hp04", "熊思颖", "记者", "reporter", "记者：熊思颖"),
    ("hp04", "赖雨萱", "编辑", "editor", "编辑：赖雨萱"),
    ("hp04", "温小燕", "审核", "editor", "审核：温小燕"),
    ("hp04", "陈家栋", "监制", "editor", "监制：陈家栋"),
    ("hp05", "廖思雨", "作者", "author", "作者：廖思雨"),
    ("hp05", "邓安琪", "编辑", "editor", "编辑：邓安琪"),
    ("hp06", "王立成", "摄", "photographer", "（宁化县融媒体中心 王立成/摄）"),
    ("hp06", "罗婉清", "责任编辑", "editor", "责任编辑：罗婉清"),
    ("hp07", "巫一帆", "摄影", "photographer", "摄影：巫一帆"),
    ("hp07", "吴泽楷", "记者", "reporter", "记者：吴泽楷"),
    ("hp07", "黄梦琪", "编辑", "editor", "编辑：黄梦琪"),
    ("hp07", "邓国栋", "审核", "editor", "审核：邓国栋"),
    ("hp08", "林思远", "记者", "reporter", "本报讯（记者 林思远）"),
    ("hp08", "林思远", "摄", "photographer", "本报记者 林思远 摄"),
    ("hp08", "王立成", "摄", "photographer", "通讯员 王立成 摄"),
    ("hp08", "余佳欣", "摄", "photographer", "本报记者 余佳欣 摄"),
    ("hp08", "黄德茂", "责任编辑", "editor", "责任编辑：黄德茂"),
    ("hp08", "寸海燕", "版式设计", "editor", "版式设计：寸海燕"),
    ("hp08", "苏慧敏", "校对", "editor", "校对：苏慧敏"),
    ("hp09", "杨秀珍", "图片", "photographer", "图片：鹤庆县融媒体中心　杨秀珍　李金凤"),
    ("hp09", "李金凤", "图片", "photographer", "图片：鹤庆县融媒体中心　杨秀珍　李金凤"),
    ("hp09", "杨秀珍", "记者", "reporter", "记者：杨秀珍"),
    ("hp09", "段春燕", "编辑", "editor", "编辑：段春燕"),
    ("hp09", "张丽华", "审核", "editor", "审核：张丽华"),
    ("hp09", "赵永昌", "监制", "editor", "监制：赵永昌"),
    ("hp10", "赵丽蓉", "文/图", "author", "（洱源县融媒体中心 赵丽蓉 文/图）"),
    ("hp10", "杨婷婷", "责任编辑", "editor", "责任编辑：杨婷婷"),
]
# a credit repeated in a later article of the same page (hp03: 周泽远 shot items 1 and 4)
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("hp03", "周泽远"): "口袋公园休闲。　　本报记者 周泽远 摄",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hp01", "县工业园区、筠门岭镇重点项目建设和防汛备汛工作调研", "inspection (调研)", "5月18日", None, "钟绍岩", [],
     ["刘雅琴"], ["曾繁荣", "钟绍岩", "刘雅琴", "蓝荣辉"], "县工业园区、筠门岭镇",
     "5月18日，县委副书记、县长钟绍岩到县工业园区、筠门岭镇调研重点项目建设和防汛备汛工作",
     ["县长钟绍岩到县工业园区、筠门岭镇调研", "副县长刘雅琴参加调研", "曾繁荣介绍", "钟绍岩要求", "刘雅琴表示",
      "听取筠门岭镇党委书记蓝荣辉汇报"]),
    ("hp02", "周田镇、文武坝镇乡村振兴和产业发展工作调研", "inspection (调研)", "4月10日", None, "钟绍岩", [],
     ["肖海燕", "刘雅琴"], ["钟绍岩", "胡冬生", "严晓峰", "肖海燕"], "周田镇、文武坝镇",
     "4月10日，县委书记钟绍岩深入周田镇、文武坝镇，调研乡村振兴和产业发展工作",
     ["县委书记钟绍岩深入周田镇、文武坝镇", "副县长刘雅琴陪同调研", "他指出", "胡冬生（左一）向钟绍岩介绍", "镇长严晓峰汇报了",
      "钟绍岩强调", "肖海燕表示"]),
    ("hp03", "石城县防汛工作检查", "inspection (检查)", "6月12日", None, "黄启东", [],
     ["陈宏亮"], ["黄启东"], "石城县",
     "6月12日，副市长黄启东带队到石城县检查防汛工作",
     ["副市长黄启东带队到石城县检查防汛工作", "石城县委书记陈宏亮陪同检查", "要求各地严格落实24小时值班值守"]),
    ("hp03", "叶坪乡红色旅游和景区提升工作调研", "inspection (调研)", "6月11日", None, "温绍康", [],
     [], ["温绍康", "刘福安"], "叶坪乡",
     "6月11日，瑞金市委副书记、市长温绍康到叶坪乡调研红色旅游和景区提升工作",
     ["市长温绍康到叶坪乡调研", "要求提升景区服务品质", "听取叶坪乡党委书记刘福安介绍"]),
    ("hp04", "高田镇、小松镇重点项目建设和防汛工作调研", "inspection (调研)", "7月5日", None, "黄启东", [],
     ["温绍康", "罗雪琳", "黄晓梅"], ["赖永华", "黄启东", "温绍康", "罗雪琳"], "高田镇、小松镇",
     "7月5日，县委书记黄启东深入高田镇、小松镇，调研重点项目建设和防汛工作",
     ["县委书记黄启东深入高田镇、小松镇", "县水利局局长罗雪琳陪同调研", "小松镇镇长黄晓梅（左一）陪同黄启东", "赖永华汇报了",
      "黄启东指出", "温绍康就做好全县防汛值守和项目要素保障作了安排", "罗雪琳表示"]),
    ("hp05", "沙洲坝镇和经开区城乡建设和工业发展工作调研", "inspection (调研)", "9月5日", None, "温绍康", [],
     ["邓楚涵", "钟雅芳"], ["杨承祖", "温绍康", "邓楚涵", "钟雅芳"], "沙洲坝镇、经开区",
     "9月5日，市委副书记、市长温绍康到沙洲坝镇和经开区调研城乡建设和工业发展工作",
     ["市长温绍康到沙洲坝镇和经开区调研", "副市长钟雅芳陪同调研", "听取镇党委书记杨承祖关于", "温绍康指出", "邓楚涵介绍了",
      "钟雅芳就做好项目用地报批"]),
    ("hp06", "县工业园区和石壁镇重点项目建设调研", "inspection (调研)", "3月21日", None, "巫承志", [],
     ["张晓兰", "李清华"], ["邱永健", "巫承志", "张晓兰"], "县工业园区、石壁镇",
     "3月21日，县委副书记、县长巫承志到县工业园区和石壁镇调研重点项目建设工作",
     ["县长巫承志到县工业园区和石壁镇调研", "副县长张晓兰参加调研", "石壁镇党委书记李清华（左二）陪同",
      "邱永健（右一）向巫承志介绍", "巫承志要求", "张晓兰表示"]),
    ("hp07", "全县第三季度重点项目现场观摩活动", "site observation (观摩活动)", "10月19日", None, None, [],
     ["严世杰", "罗嘉铭", "池永福"], ["伍思源"], "嵩口镇、龙津镇、嵩溪镇",
     "10月19日，全县第三季度重点项目现场观摩活动举行",
     ["县委书记严世杰", "县长罗嘉铭，县委常委", "常务副县长池永福等县领导参加观摩", "伍思源（右一）向观摩组介绍"]),
    ("hp07", "观摩点评会", "meeting (点评会)", "10月19日", "罗嘉铭", None, [],
     [], ["池永福", "严世杰"], None,
     "观摩结束后，召开观摩点评会",
     ["会议由罗嘉铭主持", "池永福通报了", "严世杰指出"]),
    ("hp08", "清流县森林防火和安全生产工作检查", "inspection (检查)", "4月8日", None, "巫承志", [],
     ["罗嘉铭"], ["巫承志", "罗嘉铭"], "清流县",
     "4月8日，副市长巫承志到清流县检查森林防火和安全生产工作",
     ["副市长巫承志到清流县检查", "县长罗嘉铭陪同检查", "巫承志指出", "罗嘉铭表示"]),
    ("hp08", "台湾客属乡亲寻根团祭祖寻根和文化交流活动", "activity (寻根交流活动)", "4月7日", None, None, [],
     ["林崇武"], [], "宁化县石壁客家祖地",
     "来到宁化县石壁客家祖地，开展祭祖寻根和文化交流活动",
     ["图为宁化县委书记林崇武（右三）在石壁客家祖地与台湾客属乡亲交流"]),
    ("hp09", "县工业园区和草海镇重点项目建设和湿地保护工作调研", "inspection (调研)", "8月15日", None, "段昌林", [],
     ["李继光", "邱永健", "字建明"], ["字建明", "段昌林", "杨瑞琼", "李继光", "邱永健"], "县工业园区、草海镇",
     "8月15日，县委书记段昌林到县工业园区和草海镇调研重点项目建设和湿地保护工作",
     ["县委书记段昌林到县工业园区和草海镇调研", "县工业园区管委会常务副主任字建明陪同调研", "字建明介绍了", "段昌林指出",
      "杨瑞琼（左一）向段昌林汇报", "李继光就抓好项目资金保障", "邱永健表示"]),
    ("hp10", "茈碧湖镇、右所镇洱海源头保护治理和重点项目建设调研", "inspection (调研)", "5月22日", None, "李继光", [],
     ["尹红梅"], ["施文斌", "李继光", "尹红梅"], "茈碧湖镇、右所镇",
     "5月22日，县委副书记、县长李继光到茈碧湖镇、右所镇调研洱海源头保护治理和重点项目建设工作",
     ["县长李继光到茈碧湖镇、右所镇调研", "副县长尹红梅参加调研", "施文斌（右二）汇报", "李继光要求", "尹红梅表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hp01", "会昌氟盐化工产业园二期", "industrial_park", "在会昌氟盐化工产业园二期，钟绍岩走进"),
    ("hp01", "湘江防洪堤加固工程", "engineering_work", "加快湘江防洪堤加固工程施工"),
    ("hp02", "会昌县文武坝镇农文旅融合示范带建设项目", "project", "会昌县文武坝镇农文旅融合示范带建设项目"),
    ("hp03", "叶坪红色旅游景区游客服务中心改造工程", "project", "察看叶坪红色旅游景区游客服务中心改造工程"),
    ("hp04", "石城县高田镇白莲产业园一期", "industrial_park", "来到石城县高田镇白莲产业园一期项目现场"),
    ("hp05", "红井景区周边风貌提升工程", "project", "察看了红井景区周边风貌提升工程"),
    ("hp05", "沙洲坝镇农贸市场改造项目", "project", "沙洲坝镇农贸市场改造项目，听取"),
    ("hp05", "瑞金经开区新能源电池产业园", "industrial_park", "走进瑞金经开区新能源电池产业园"),
    ("hp06", "宁化新材料产业园三期", "industrial_park", "在宁化新材料产业园三期，巫承志"),
    ("hp06", "石壁客家祖地文旅提升工程", "project", "实地察看石壁客家祖地文旅提升工程建设进展"),
    ("hp07", "清流氟新材料产业园二期", "industrial_park", "实地观摩了清流氟新材料产业园二期"),
    ("hp07", "龙津镇温泉康养小镇项目", "project", "龙津镇温泉康养小镇项目"),
    ("hp07", "嵩溪镇农村供水保障工程", "infrastructure_project", "嵩溪镇农村供水保障工程等8个项目"),
    ("hp08", "清流氟新材料产业园", "industrial_park", "清流氟新材料产业园和嵩口镇危化品仓储企业"),
    ("hp09", "鹤庆银铜器文化产业园二期", "industrial_park", "走进鹤庆银铜器文化产业园二期在建厂房"),
    ("hp09", "草海湿地保护修复工程", "greening_project", "实地察看草海湿地保护修复工程"),
    ("hp10", "茈碧湖入湖河道生态修复工程", "greening_project", "先后来到茈碧湖入湖河道生态修复工程"),
    ("hp10", "右所镇西湖湿地生态补水工程", "engineering_work", "右所镇西湖湿地生态补水工程和茈碧湖镇梨园村"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hp01", "工业园区", "zone_park", "standalone", "到县工业园区、筠门岭镇调研"),
    ("hp01", "筠门岭镇", "town", "standalone", "到县工业园区、筠门岭镇调研"),
    ("hp01", "湘江", "river", "standalone", "钟绍岩沿湘江察看堤防险段"),
    ("hp01", "会昌", "county", "in_project_name", "在会昌氟盐化工产业园二期，钟绍岩走进"),
    ("hp02", "周田镇", "town", "standalone", "深入周田镇、文武坝镇"),
    ("hp02", "文武坝镇", "town", "standalone", "深入周田镇、文武坝镇"),
    ("hp02", "上坝村", "village", "standalone", "在周田镇上坝村，钟绍岩"),
    ("hp02", "贡江", "river", "standalone", "贡江沿岸人居环境整治情况"),
    ("hp02", "会昌", "county", "standalone", "脐橙是会昌群众增收致富的主导产业"),
    ("hp02", "会昌县", "county", "in_project_name", "会昌县文武坝镇农文旅融合示范带建设项目"),
    ("hp03", "石城县", "county", "standalone", "带队到石城县检查防汛工作"),
    ("hp03", "琴江镇", "town", "standalone", "先后来到琴江镇琴江堤防险工险段"),
    ("hp03", "琴江", "river", "standalone", "在琴江镇查看琴江堤防加固情况"),
    ("hp03", "小松镇", "town", "standalone", "小松镇山洪灾害监测预警点"),
    ("hp03", "瑞金市", "county_level_city", "in_org_reference", "瑞金市委副书记、市长温绍康到叶坪乡调研"),
    ("hp03", "叶坪乡", "township", "standalone", "温绍康到叶坪乡调研红色旅游"),
    ("hp03", "会昌县", "county", "standalone", "连日来，会昌县周田镇果农"),
    ("hp03", "周田镇", "town", "standalone", "连日来，会昌县周田镇果农"),
    ("hp03", "上坝村", "village", "standalone", "图为果农在周田镇上坝村脐橙基地疏果"),
    ("hp03", "章贡区", "district", "standalone", "近日，章贡区在老城区"),
    ("hp03", "解放街道", "sub_district_office", "standalone", "章贡区解放街道一处口袋公园"),
    ("hp04", "高田镇", "town", "standalone", "深入高田镇、小松镇"),
    ("hp04", "小松镇", "town", "standalone", "深入高田镇、小松镇"),
    ("hp04", "石城县", "county", "in_project_name", "来到石城县高田镇白莲产业园一期项目现场"),
    ("hp04", "石城", "county", "standalone", "白莲是石城的特色富民产业"),
    ("hp04", "琴江", "river", "standalone", "黄启东沿琴江察看堤防险段"),
    ("hp05", "沙洲坝镇", "town", "standalone", "到沙洲坝镇和经开区调研"),
    ("hp05", "经开区", "development_zone", "standalone", "到沙洲坝镇和经开区调研"),
    ("hp05", "瑞金经开区", "development_zone", "in_project_name", "走进瑞金经开区新能源电池产业园"),
    ("hp05", "红井景区", "scenic_spot", "standalone", "察看了红井景区周边风貌提升工程"),
    ("hp06", "工业园区", "zone_park", "standalone", "到县工业园区和石壁镇调研"),
    ("hp06", "石壁镇", "town", "standalone", "到县工业园区和石壁镇调研"),
    ("hp06", "宁化", "county", "in_project_name", "在宁化新材料产业园三期，巫承志"),
    ("hp06", "石壁客家祖地", "heritage_site", "standalone", "石壁客家祖地是海内外客家人的精神家园"),
    ("hp07", "嵩口镇", "town", "standalone", "先后来到嵩口镇、龙津镇、嵩溪镇"),
    ("hp07", "龙津镇", "town", "standalone", "先后来到嵩口镇、龙津镇、嵩溪镇"),
    ("hp07", "嵩溪镇", "town", "standalone", "先后来到嵩口镇、龙津镇、嵩溪镇"),
    ("hp07", "清流", "county", "in_project_name", "实地观摩了清流氟新材料产业园二期"),
    ("hp08", "清流县", "county", "standalone", "副市长巫承志到清流县检查"),
    ("hp08", "嵩溪镇", "town", "standalone", "先后来到嵩溪镇森林消防站"),
    ("hp08", "嵩口镇", "town", "standalone", "嵩口镇危化品仓储企业"),
    ("hp08", "清流", "county", "in_project_name", "清流氟新材料产业园和嵩口镇危化品仓储企业"),
    ("hp08", "台湾", "region", "standalone", "来自台湾地区的客属乡亲寻根团"),
    ("hp08", "宁化县", "county", "standalone", "来到宁化县石壁客家祖地"),
    ("hp08", "石壁客家祖地", "heritage_site", "standalone", "来到宁化县石壁客家祖地"),
    ("hp08", "沙县区", "district", "standalone", "沙县小吃文化节在沙县区小吃文化城开幕"),
    ("hp09", "工业园区", "zone_park", "standalone", "到县工业园区和草海镇调研"),
    ("hp09", "草海镇", "town", "standalone", "到县工业园区和草海镇调研"),
    ("hp09", "鹤庆", "county", "standalone", "银铜器是鹤庆的传统特色产业"),
    ("hp09", "草海湿地", "wetland", "standalone", "守护好草海湿地的一汪清水"),
    ("hp10", "茈碧湖镇", "town", "standalone", "到茈碧湖镇、右所镇调研"),
    ("hp10", "右所镇", "town", "standalone", "到茈碧湖镇、右所镇调研"),
    ("hp10", "茈碧湖", "lake", "in_project_name", "先后来到茈碧湖入湖河道生态修复工程"),
    ("hp10", "西湖湿地", "wetland", "standalone", "李继光在右所镇西湖湿地察看生态补水工程"),
    ("hp10", "梨园村", "village", "standalone", "在茈碧湖镇梨园村了解高原特色农业"),
    ("hp10", "洱海", "lake", "standalone", "洱源是洱海的主要水源地"),
    ("hp10", "洱源", "county", "standalone", "洱源是洱海的主要水源地"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hp", conventions="set hp (blind set: photo-news pages (county sites' 图片新闻 columns with [图片] captions, city papers' 图片新闻 pages and items with 图为… captions and 记者 / 通讯员 … 摄 credits) and WeChat public-account pages (原创 <author> <account> 发表于…, 点击蓝字关注我们, ▲ captions, 往期推荐, 阅读原文, 在看; a portal's reprint of a WeChat article) in 江西 赣州 (会昌县, 石城县, 瑞金市, 赣南日报), 福建 三明 (宁化县, 清流县, 三明日报) and 云南 大理 (鹤庆县, 洱源县): a post written only in a caption is a holding with the caption as evidence, one written in the body and a caption one line (body evidence); the bare 县工业园区管委会 = county label + 工业园区管委会, the park a place (工业园区, zone_park); chrome (account lines, 来源 lines, 往期推荐, 相关新闻, 上一篇 / 下一篇, reprint notices) names nothing; 摄 / 摄影 / 图片 credits are photographer rows; one line per post per article)",
          persons_note="Set hp persons. id = corpus-wide person_id (hp:邱永健#1 宁化县工业园区管委会主任 (福建) and hp:邱永健#2 鹤庆县副县长 (云南) are two people; hp:钟绍岩 会昌县长 2022 → 会昌县委书记 2024; hp:黄启东 石城县委书记 2022 → 赣州副市长 2024; hp:温绍康 石城常务副县长 2022 → 瑞金市长 2024; hp:巫承志 宁化县长 2023 → 三明副市长 2025; hp:李继光 鹤庆常务副县长 2023 → 洱源县长 2024)")


if __name__ == "__main__":
    main()
