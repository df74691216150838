"""Write gold part ``fs`` (a blind set: city portals' and city papers' county sections — pages of a city news portal
filed under a county, and the same portal's or paper's pages of the city's own news) from the tables below.

Pages ``tests/dev/texts/fs*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 淮南日报 digital edition (``版次:A01  2023年05月08日``, ``本报记者 …
本报通讯员 …``, the paper's long ``淮南日报社严正声明`` boilerplate, an item on the 凤台经济开发区); the 寿县 site (``市委常委、
县委书记…主持会议并汇报工作。县领导…参加会议``, a 县政协 session with ``县委书记…，县委副书记、县长…，县人大常委会主任…``);
映象网's 信阳 channel (``映象网信阳讯(记者 … 通讯员 …)``, ``光山县长…到县旅游局调研…光山县委常委、宣传部长…一同调研``,
``(信阳新闻热线: …)``); the 信阳日报 ``第01版:要闻 PDF版阅读 / 信阳日报客户端 / 一端在手 信息全有`` with ``□本报记者``; the
德州新闻网's county channels (``德州新闻网讯(记者 …)``, ``縣領導…陪同``, ``縣委副書記、縣長…主持會議``, ``□記者 … 報道`` above a
县政府常务会议 ``縣委副書記、縣長…，縣委常委、副縣長…，副縣長…，縣政府黨組成員…出席``, bare ``我縣``); the 德州日报 新媒体 page
(``记者| 编辑| 审核| 终审|``); the yybnet 南充 page (a channel bar ``南充新闻 南部新闻 营山新闻 蓬安新闻 仪陇新闻 西充新闻 阆中新闻``,
``地方网 > 四川 > 南充市 > 南充新闻 > 正文``, ``来源:南充日报 2019-01-02 04:37``); a 麻辣社区 ``【区县新闻】四川南充:营山…`` post;
the 曲靖 government site's copies of city news (``2024-11-18 09:21:00   来源:珠江源头``, ``曲靖融媒讯(记者 …/文 …/图)``,
``省委常委、市委书记…``); a 营山 新闻发布会 report (``营山县委副书记、县人民政府县长…``); the 赣州 site's ``当前位置: 首页 >>
最新动态 >>正文`` page (``发布时间:2011年04月18日 14:40:05``, ``该县副县长…陪同调研``); a 滁州网 page (``市委书记、市长…``).
Places are real and new to the corpus's file names: 安徽 淮南 (寿县 with 安丰塘镇, 正阳关镇; 凤台县), 山东 德州 (夏津县, 齐河县),
河南 信阳 (潢川县 with 卜塔集镇; 光山县 with 泼陂河镇, 白雀园镇), 江西 赣州 (信丰县 with 大塘埠镇, 安西镇; 兴国县), 四川 南充
(仪陇县 with 新政镇, 马鞍镇), 云南 曲靖 (会泽县 with 金钟街道, 娜姑镇).

Shapes: the 淮南网's county page (``当前位置：首页 > 县区新闻 > 寿县``, ``来源：寿县融媒体中心 作者：…``) of the 县委书记's
调研 — he is ``市委常委、县委书记`` (bare 市委 = 淮南's) — with bare 县委 / 县长 / 镇党委书记 / 镇长 (fs01); the same portal's city
page (``首页 > 新闻 > 淮南要闻``) of the 市长's 调研 of 寿县 and 凤台县, with ``寿县县委书记``, ``寿县县委副书记、县长``, a bare
``县长`` after ``凤台县委书记`` and the former 寿县长 now 副市长 (fs02); the 德州新闻网's ``夏津频道`` page (``□记者 … 报道``,
``德州新闻网讯``) of a 县政府常务会议 with a ``县政府党组成员`` (fs03); the 德州日报 第A01版 of the 市委书记's 调研 of 齐河县 and
夏津县 (fs04); the 信阳新闻网's ``县区频道 > 潢川`` page of a 县委常委会（扩大）会议 (人大 / 政协 heads, a 纪委书记、监委主任)
(fs05); the 信阳日报 ``第06版：县区新闻`` holding two county items (潢川, 光山), each with its own bare 县委 / 县X局 (fs06);
the 赣州新闻网's ``县（市、区）新闻 > 信丰`` page of the 县长's 调研 (fs07) and the same portal's ``赣州要闻`` page of a 副市长's
检查 of 兴国县 and 信丰县 (fs08); the 南充新闻网's ``区县新闻 > 仪陇`` page of the 县委书记's 督导 (fs09); the 曲靖新闻网's
``县（市、区） > 会泽`` page of the 县长's 调研 (fs10).

Identity cases:
- fs:邵启航, a 县长 who becomes a city's 副市长: 寿县委副书记、县长 in June 2022 (fs01); 淮南市 副市长 in March 2024 (fs02).
- fs:谭卓峰: 夏津县委副书记、县长 in Sept 2021 (fs03); 夏津县委书记 in May 2023 (fs04). fs:冉国庆: 夏津县委常委、常务副县长
  (fs03, 2021) → 夏津县委副书记、县长 (fs04, 2023).
- fs:柯秀梅 moves between counties: 潢川县 副县长 in Nov 2021 (fs05); 光山县委常委、副县长 in April 2023 (fs06).
- fs:赖晓峰: 信丰县委常委、常务副县长 in Aug 2022 (fs07); 兴国县委副书记、县长 in June 2024 (fs08). fs:龚远帆: 信丰县委副书记、
  县长 (fs07, 2022) → 信丰县委书记 (fs08, 2024).
- the same officials on two pages: fs:柏振华 (淮南市委常委、寿县委书记, 2022 and 2024), fs:詹明哲 (潢川县委副书记、县长, 2021
  and 2023); the editors fs:汪启东 (淮南网) and fs:刘晓敏 (赣州新闻网) on two pages each.
- two different 芦建业 in unrelated places with the same title: fs:芦建业#1 is 夏津县 副县长 (山东 德州, fs03, 2021); fs:芦建业#2
  is 会泽县 副县长 (云南 曲靖, fs10, 2025).
- one organ name in several places: bare ``县委`` / ``县长`` is 寿县's, 夏津's, 潢川's, 信丰's, 仪陇's and 会泽's on their channel
  pages, and 潢川's and 光山's in the two articles of one paper page (fs06); bare ``县水利局`` is 潢川's in fs05 and 光山's in fs06
  (韩立川); bare ``县农业农村局`` is 夏津's in fs03 and 潢川's in fs06 (蒋慧中); bare ``市委常委`` is 淮南's in fs01 / fs02 and
  ``市委常委、秘书长`` 德州's in fs04.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq where they speak; decided here where they are silent):
- DECIDED HERE (county channel of a city portal): the page is the county's when its chrome files it under the county
  (``县区新闻 > 寿县``, ``夏津频道``, ``县区频道 > 潢川``, ``县（市、区）新闻 > 信丰``) and its 来源 is the county's 融媒体中心,
  even though the site is the city's; bare 县委 / 县政府 / 县长 / 县X局 / 县人大常委会 / 县政协 there are that county's, bare
  市委 the portal's city (the county's parent: ``市委常委、县委书记柏振华`` → 淮南市委 常委 + 寿县委 书记). The portal's own city
  pages (``淮南要闻``, ``赣州要闻``) and the city papers are the city's: bare 市委 / 市政府 / 副市长 / 市X局 = that city, and a
  bare ``县长`` / ``县委副书记、县长`` right after ``X县委书记`` is X's (as bs). In a paper page of several county items (fs06),
  each article's bare 县委 / 县X局 is the county its lead names.
- DECIDED HERE: 寿县's party committee (written ``寿县县委`` or bare ``县委``) is label + 委 = ``寿县委`` (the label is the full
  name 寿县; 县 is not doubled), its government ``寿县政府``.
- Towns: a bare ``镇党委书记`` after ``在安丰塘镇，`` is that town's (``寿县安丰塘镇党委`` 书记); a 镇长 is a post of the town 政府
  (``寿县正阳关镇政府`` 镇长), as bq.
- ``县政府党组成员`` → ``夏津县政府党组`` 成员 (as z's 党组 成员). DECIDED HERE: ``县委常委、县委办主任`` → 仪陇县委 常委 +
  ``仪陇县委办`` 主任 (a department as written after the place, not expanded to 办公室). ``县委常委、县纪委书记、县监委主任`` →
  县委 常委 + 县纪委 书记 + 县监委 主任.
- One line per post per article; a list after one title gives every name that title (``副县长郜明轩、俞秀兰、芦建业``). The bare
  group ``县委常委`` in an attendee list is no person; ``县领导`` is never a post.
- Events: every 调研 / 检查 / 督导 is an ``inspection`` (leader; 参加 / 陪同 attendees; 介绍 / 汇报 / 听取了…的汇报 / 指出 / 强调 /
  要求 / 作了安排 / 提出要求 / 通报 speakers); a 县政府常务会议 and a 县委常委会（扩大）会议 are meetings (chair when 主持; 出席 /
  列席 attendees). The 市委常委会会议精神 relayed in fs05 is no event.
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``□记者 … 报道`` are reporter / correspondent lines; DECIDED HERE: a portal stamp
  line's ``作者：…`` is an author line (its 来源 is the county 融媒体中心), except when the same name is the page's ``本报讯（记者 …）``
  (fs02: one reporter line); ``（信丰县融媒体中心 罗梓萱）`` is an author line, ``（仪陇县融媒体中心 记者 杜若溪）`` a reporter line;
  编辑 / 责任编辑 / 审核 are editor lines.
- Projects are works inspected, reported or pushed: a 产业园 (or its 一期 / 二期 / 三期) an industrial_park; 灌区, 堤防, 防洪, 护岸,
  河道治理 works engineering_work; 生态治理 / 生态保护修复 / 古桑树群保护 greening_project; 老旧小区改造 housing_project; a 排涝泵站
  infrastructure_project; a 分拣仓储中心 logistics_hub; a 古街区 / 古城墙 / 古镇 / 景区 work and a 稻渔 示范区 (as bq's 示范片区)
  ``project``. A 方案 is a document; a 森林防火监测站 visited is no project.
- Places: one line per name per file, as written; places inside organ references, document titles and project names count;
  DECIDED HERE: a town or county written short inside a ``X河Y段`` project name (``夏津``, ``安西``, ``白雀园``, ``新政``,
  ``信丰``) is a place line of its own (as bs's 加格达奇). Site names, navigation and channel bars, mastheads, 来源 lines,
  credits, footers, addresses and the 相关新闻 / 本版其他新闻 / 上一篇 / 下一篇 lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fs01_shouxian.txt": (2022, "2022-06-17 09:42:16", "寿县", [
        ("柏振华到安丰塘镇、正阳关镇调研乡村振兴和重点项目建设", "6月16日", "2022-06-16", "6月16日，市委常委",
         "淮南网 county page (县区新闻 > 寿县, 来源：寿县融媒体中心): the 市委常委、县委书记's 调研 of two towns; bare 县委 / 县长 / 镇")]),
    "fs02_huainan.txt": (2024, "2024-03-20 08:15:33", "淮南市", [
        ("闵国栋到寿县、凤台县调研一季度经济运行和重点项目建设", "3月19日", "2024-03-19", "本报讯（记者 储晓婷）3月19日",
         "淮南网 city page (淮南要闻): the 市长's 调研 of 寿县 and 凤台县; the former 寿县长 now 副市长")]),
    "fs03_xiajin.txt": (2021, "发布时间：2021-09-10 17:26", "夏津县", [
        ("县政府召开第十二次常务会议", "9月9日", "2021-09-09", "□记者 宫雪妍 报道",
         "德州新闻网 夏津频道: 县政府常务会议 (县长 主持; 常务副县长, three 副县长, 县政府党组成员)")]),
    "fs04_dezhou.txt": (2023, "2023年05月12日　星期五", "德州市", [
        ("路振邦在齐河县、夏津县调研时强调", "5月11日", "2023-05-11", "本报讯（记者 殷佳慧）5月11日",
         "德州日报 第A01版: the 市委书记's 调研 of 齐河县 and 夏津县; the former 夏津 县长 now 县委书记, the former 常务副县长 now 县长")]),
    "fs05_huangchuan.txt": (2021, "发布时间：2021-11-25 18:03", "潢川县", [
        ("潢川县委召开常委会（扩大）会议", "11月24日", "2021-11-24", "11月24日，县委书记",
         "信阳新闻网 县区频道 > 潢川: 县委常委会（扩大）会议 with 人大 / 政协 heads, 副县长 列席, 纪委书记、监委主任")]),
    "fs06_xinyang.txt": (2023, "2023年4月14日　星期五", "信阳市", [
        ("詹明哲在卜塔集镇调研时要求", "4月12日", "2023-04-12", "本报讯（记者 黄书涵 通讯员 苏立群）4月12日",
         "信阳日报 第06版 县区新闻, item 1: 潢川 县长's 调研 in 卜塔集镇 (bare 县农业农村局 = 潢川's)"),
        ("光山县开展汛前水利工程安全隐患排查", "4月12日", "2023-04-12", "本报讯（通讯员 易晓芸）4月12日",
         "item 2: 光山 县委常委、副县长's 检查 (the former 潢川 副县长); bare 县水利局 = 光山's")]),
    "fs07_xinfeng.txt": (2022, "时间：2022-08-19 10:27", "信丰县", [
        ("龚远帆到大塘埠镇、安西镇调研脐橙产业和重点项目建设", "8月18日", "2022-08-18", "8月18日，县委副书记",
         "赣州新闻网 县（市、区）新闻 > 信丰: the 县长's 调研 with the 常务副县长 and town heads")]),
    "fs08_ganzhou.txt": (2024, "时间：2024-06-14 09:05", "赣州市", [
        ("易婉清到兴国县、信丰县检查防汛和安全生产工作", "6月13日", "2024-06-13", "本报讯（记者 温若琳）6月13日",
         "赣州新闻网 赣州要闻: a 副市长's 检查 of 兴国县 and 信丰县; the former 信丰 常务副县长 now 兴国 县长, the former 信丰 县长 now 县委书记")]),
    "fs09_yilong.txt": (2023, "发布时间：2023-10-26 16:48:20", "仪陇县", [
        ("蒲云川到新政镇、马鞍镇督导重点项目建设和森林防火工作", "10月25日", "2023-10-25", "10月25日，县委书记",
         "南充新闻网 区县新闻 > 仪陇: the 县委书记's 督导 of two towns (县委常委、县委办主任)")]),
    "fs10_huize.txt": (2025, "发布时间：2025-03-21 11:36:05", "会泽县", [
        ("普学林调研城乡建设和文旅融合发展工作", "3月20日", "2025-03-20", "3月20日，县委副书记",
         "曲靖新闻网 县（市、区） > 会泽: the 县长's 调研; 副县长 芦建业#2")]),
}

_F01_BO = "市委常委、县委书记柏振华到安丰塘镇"
_F02_BO = "市委常委、寿县县委书记柏振华"
_F05_CHE = "县委常委、县纪委书记、县监委主任车永胜"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 淮南 (寿县, 凤台县)
    "fs:柏振华": ("柏振华", "official", "寿县", [
        ("fs01", "淮南市委", "常委", _F01_BO, "2022-06; bare 市委 on the 寿县 channel page = 淮南市委 (the portal's city)"),
        ("fs01", "寿县委", "书记", _F01_BO, "DECIDED HERE: 寿县's 县委 → 寿县委"),
        ("fs02", "淮南市委", "常委", _F02_BO, "2024-03: the same posts"),
        ("fs02", "寿县委", "书记", _F02_BO, "written 寿县县委 → 寿县委")], []),
    "fs:邵启航": ("邵启航", "official", "淮南市", [
        ("fs01", "寿县委", "副书记", "县委副书记、县长邵启航", "2022-06 (identity case: 淮南 副市长 in 2024, fs02)"),
        ("fs01", "寿县政府", "县长", "县委副书记、县长邵启航", None),
        ("fs02", "淮南市政府", "副市长", "副市长邵启航", "2024-03: now 副市长 (bare on the 淮南要闻 page)")], []),
    "fs:鲁文涛": ("鲁文涛", "official", "寿县", [
        ("fs01", "寿县委", "常委", "县委常委、常务副县长鲁文涛", None),
        ("fs01", "寿县政府", "常务副县长", "县委常委、常务副县长鲁文涛", None)], []),
    "fs:葛晓岚": ("葛晓岚", "official", "寿县", [
        ("fs01", "寿县政府", "副县长", "副县长葛晓岚参加调研", None)], []),
    "fs:韦立春": ("韦立春", "official", "寿县", [
        ("fs01", "寿县安丰塘镇党委", "书记", "镇党委书记韦立春介绍了", "bare 镇 after 在安丰塘镇")], []),
    "fs:甘明远": ("甘明远", "official", "寿县", [
        ("fs01", "寿县正阳关镇政府", "镇长", "镇长甘明远关于", "bare 镇长 after 在正阳关镇")], []),
    "fs:闵国栋": ("闵国栋", "official", "淮南市", [
        ("fs02", "淮南市委", "副书记", "市委副书记、市长闵国栋到寿县", "named in the headline too"),
        ("fs02", "淮南市政府", "市长", "市委副书记、市长闵国栋到寿县", None)], []),
    "fs:庞启衡": ("庞启衡", "official", "淮南市", [
        ("fs02", "淮南市政府", "秘书长", "市政府秘书长庞启衡参加调研", None)], []),
    "fs:覃柏舟": ("覃柏舟", "official", "寿县", [
        ("fs02", "寿县委", "副书记", "寿县县委副书记、县长覃柏舟", "succeeds 邵启航 as 县长"),
        ("fs02", "寿县政府", "县长", "寿县县委副书记、县长覃柏舟", None)], []),
    "fs:苗卫东": ("苗卫东", "official", "凤台县", [
        ("fs02", "凤台县委", "书记", "凤台县委书记苗卫东", None)], []),
    "fs:晏春霖": ("晏春霖", "official", "凤台县", [
        ("fs02", "凤台县政府", "县长", "县长晏春霖陪同调研", "bare 县长 right after 凤台县委书记")], []),
    # ---- 德州 (夏津县, 齐河县)
    "fs:谭卓峰": ("谭卓峰", "official", "夏津县", [
        ("fs03", "夏津县委", "副书记", "县委副书记、县长谭卓峰主持会议", "2021-09 (identity case: 县委书记 in 2023, fs04)"),
        ("fs03", "夏津县政府", "县长", "县委副书记、县长谭卓峰主持会议", None),
        ("fs04", "夏津县委", "书记", "夏津县委书记谭卓峰", "2023-05: now 县委书记")], []),
    "fs:冉国庆": ("冉国庆", "official", "夏津县", [
        ("fs03", "夏津县委", "常委", "县委常委、常务副县长冉国庆", "2021-09 (identity case: 县长 in 2023, fs04)"),
        ("fs03", "夏津县政府", "常务副县长", "县委常委、常务副县长冉国庆", None),
        ("fs04", "夏津县委", "副书记", "县委副书记、县长冉国庆", "2023-05: bare chain after 夏津县委书记"),
        ("fs04", "夏津县政府", "县长", "县委副书记、县长冉国庆", None)], []),
    "fs:郜明轩": ("郜明轩", "official", "夏津县", [
        ("fs03", "夏津县政府", "副县长", "副县长郜明轩、俞秀兰、芦建业", "list after one title")], []),
    "fs:俞秀兰": ("俞秀兰", "official", "夏津县", [
        ("fs03", "夏津县政府", "副县长", "副县长郜明轩、俞秀兰、芦建业", None)], []),
    "fs:芦建业#1": ("芦建业", "official", "夏津县", [
        ("fs03", "夏津县政府", "副县长", "副县长郜明轩、俞秀兰、芦建业", "夏津县 (山东 德州), 2021; not the 芦建业 of 会泽县 (fs10)")], []),
    "fs:蒯宏伟": ("蒯宏伟", "official", "夏津县", [
        ("fs03", "夏津县政府党组", "成员", "县政府党组成员蒯宏伟出席会议", "党组 成员 as z")], []),
    "fs:路振邦": ("路振邦", "official", "德州市", [
        ("fs04", "德州市委", "书记", "市委书记路振邦到齐河县", "named in the headline too")], []),
    "fs:米世恒": ("米世恒", "official", "德州市", [
        ("fs04", "德州市委", "常委", "市委常委、秘书长米世恒", None),
        ("fs04", "德州市委", "秘书长", "市委常委、秘书长米世恒", "秘书长 after 市委常委 = the 市委's")], []),
    "fs:苑丽华": ("苑丽华", "official", "德州市", [
        ("fs04", "德州市政府", "副市长", "副市长苑丽华参加调研", None)], []),
    "fs:展文海": ("展文海", "official", "齐河县", [
        ("fs04", "齐河县委", "书记", "齐河县委书记展文海", None)], []),
    "fs:阚立明": ("阚立明", "official", "齐河县", [
        ("fs04", "齐河县委", "副书记", "县委副书记、县长阚立明陪同调研", "bare chain right after 齐河县委书记"),
        ("fs04", "齐河县政府", "县长", "县委副书记、县长阚立明陪同调研", None)], []),
    "fs:穆晓辉": ("穆晓辉", "official", "夏津县", [
        ("fs04", "夏津县委", "常委", "县委常委、常务副县长穆晓辉", "succeeds 冉国庆 as 常务副县长"),
        ("fs04", "夏津县政府", "常务副县长", "县委常委、常务副县长穆晓辉", None)], []),
    # ---- 信阳 (潢川县, 光山县)
    "fs:祁海澜": ("祁海澜", "official", "潢川县", [
        ("fs05", "潢川县委", "书记", "县委书记祁海澜主持召开", None)], []),
    "fs:詹明哲": ("詹明哲", "official", "潢川县", [
        ("fs05", "潢川县委", "副书记", "县委副书记、县长詹明哲，", "2021-11"),
        ("fs05", "潢川县政府", "县长", "县委副书记、县长詹明哲，", None),
        ("fs06", "潢川县委", "副书记", "潢川县委副书记、县长詹明哲", "2023-04: the same posts; named in the headline too"),
        ("fs06", "潢川县政府", "县长", "潢川县委副书记、县长詹明哲", None)], []),
    "fs:雷婉琴": ("雷婉琴", "official", "潢川县", [
        ("fs05", "潢川县委", "副书记", "县委副书记雷婉琴", None)], []),
    "fs:温庆国": ("温庆国", "official", "潢川县", [
        ("fs05", "潢川县人大常委会", "主任", "县人大常委会主任温庆国", None)], []),
    "fs:石慧芬": ("石慧芬", "official", "潢川县", [
        ("fs05", "潢川县政协", "主席", "县政协主席石慧芬出席会议", None)], []),
    "fs:柯秀梅": ("柯秀梅", "official", "信阳市", [
        ("fs05", "潢川县政府", "副县长", "副县长柯秀梅、沈乐平列席会议", "2021-11: 潢川 (identity case: 光山县委常委、副县长 in 2023, fs06)"),
        ("fs06", "光山县委", "常委", "光山县委常委、副县长柯秀梅带领", "2023-04: moved to 光山县"),
        ("fs06", "光山县政府", "副县长", "光山县委常委、副县长柯秀梅带领", None)], []),
    "fs:沈乐平": ("沈乐平", "official", "潢川县", [
        ("fs05", "潢川县政府", "副县长", "副县长柯秀梅、沈乐平列席会议", None)], []),
    "fs:车永胜": ("车永胜", "official", "潢川县", [
        ("fs05", "潢川县委", "常委", _F05_CHE, None),
        ("fs05", "潢川县纪委", "书记", _F05_CHE, None),
        ("fs05", "潢川县监委", "主任", _F05_CHE, None)], []),
    "fs:涂立伟": ("涂立伟", "official", "潢川县", [
        ("fs06", "潢川县委", "常委", "县委常委、常务副县长涂立伟", "bare, in the 潢川 item"),
        ("fs06", "潢川县政府", "常务副县长", "县委常委、常务副县长涂立伟", None)], []),
    "fs:蒋慧中": ("蒋慧中", "official", "潢川县", [
        ("fs06", "潢川县农业农村局", "局长", "县农业农村局局长蒋慧中参加调研", "bare 县农业农村局 in the 潢川 item (夏津's in fs03)")], []),
    "fs:龙宏斌": ("龙宏斌", "official", "潢川县", [
        ("fs06", "潢川县卜塔集镇党委", "书记", "镇党委书记龙宏斌介绍了", None)], []),
    "fs:韩立川": ("韩立川", "official", "光山县", [
        ("fs06", "光山县水利局", "局长", "县水利局局长韩立川陪同检查", "bare 县水利局 in the 光山 item (潢川's in fs05)")], []),
    "fs:钱屹航": ("钱屹航", "official", "光山县", [
        ("fs06", "光山县泼陂河镇政府", "镇长", "泼陂河镇镇长钱屹航汇报了", None)], []),
    # ---- 赣州 (信丰县, 兴国县)
    "fs:龚远帆": ("龚远帆", "official", "信丰县", [
        ("fs07", "信丰县委", "副书记", "县委副书记、县长龚远帆到大塘埠镇", "2022-08 (identity case: 县委书记 in 2024, fs08)"),
        ("fs07", "信丰县政府", "县长", "县委副书记、县长龚远帆到大塘埠镇", None),
        ("fs08", "信丰县委", "书记", "信丰县委书记龚远帆汇报了", "2024-06: now 县委书记")], []),
    "fs:赖晓峰": ("赖晓峰", "official", "赣州市", [
        ("fs07", "信丰县委", "常委", "县委常委、常务副县长赖晓峰", "2022-08 (identity case: 兴国县长 in 2024, fs08)"),
        ("fs07", "信丰县政府", "常务副县长", "县委常委、常务副县长赖晓峰", None),
        ("fs08", "兴国县委", "副书记", "县委副书记、县长赖晓峰陪同检查", "2024-06: bare chain right after 兴国县委书记"),
        ("fs08", "兴国县政府", "县长", "县委副书记、县长赖晓峰陪同检查", None)], []),
    "fs:钟沐萍": ("钟沐萍", "official", "信丰县", [
        ("fs07", "信丰县政府", "副县长", "副县长钟沐萍参加调研", None)], []),
    "fs:邱宏亮": ("邱宏亮", "official", "信丰县", [
        ("fs07", "信丰县大塘埠镇党委", "书记", "镇党委书记邱宏亮介绍了", None)], []),
    "fs:谢丹枫": ("谢丹枫", "official", "信丰县", [
        ("fs07", "信丰县安西镇政府", "镇长", "安西镇镇长谢丹枫汇报了", None)], []),
    "fs:易婉清": ("易婉清", "official", "赣州市", [
        ("fs08", "赣州市政府", "副市长", "副市长易婉清到兴国县", "named in the headline too")], []),
    "fs:彭志诚": ("彭志诚", "official", "赣州市", [
        ("fs08", "赣州市水利局", "局长", "市水利局局长彭志诚参加检查", None)], []),
    "fs:池文斌": ("池文斌", "official", "兴国县", [
        ("fs08", "兴国县委", "书记", "兴国县委书记池文斌", None)], []),
    "fs:黎海东": ("黎海东", "official", "信丰县", [
        ("fs08", "信丰县委", "副书记", "信丰县委副书记、县长黎海东陪同检查", "succeeds 龚远帆 as 县长"),
        ("fs08", "信丰县政府", "县长", "信丰县委副书记、县长黎海东陪同检查", None)], []),
    # ---- 南充 (仪陇县)
    "fs:蒲云川": ("蒲云川", "official", "仪陇县", [
        ("fs09", "仪陇县委", "书记", "县委书记蒲云川到新政镇", "named in the headline too")], []),
    "fs:苟晓燕": ("苟晓燕", "official", "仪陇县", [
        ("fs09", "仪陇县委", "常委", "县委常委、县委办主任苟晓燕", None),
        ("fs09", "仪陇县委办", "主任", "县委常委、县委办主任苟晓燕", "DECIDED HERE: 县委办 as written")], []),
    "fs:岳思齐": ("岳思齐", "official", "仪陇县", [
        ("fs09", "仪陇县政府", "副县长", "副县长岳思齐陪同督导", None)], []),
    "fs:税海峰": ("税海峰", "official", "仪陇县", [
        ("fs09", "仪陇县新政镇党委", "书记", "镇党委书记税海峰汇报了", None)], []),
    "fs:母春阳": ("母春阳", "official", "仪陇县", [
        ("fs09", "仪陇县马鞍镇政府", "镇长", "镇长母春阳关于", None)], []),
    # ---- 曲靖 (会泽县)
    "fs:普学林": ("普学林", "official", "会泽县", [
        ("fs10", "会泽县委", "副书记", "县委副书记、县长普学林到金钟街道", "named in the headline too"),
        ("fs10", "会泽县政府", "县长", "县委副书记、县长普学林到金钟街道", None)], []),
    "fs:缪文昌": ("缪文昌", "official", "会泽县", [
        ("fs10", "会泽县委", "常委", "县委常委、常务副县长缪文昌", None),
        ("fs10", "会泽县政府", "常务副县长", "县委常委、常务副县长缪文昌", None)], []),
    "fs:芦建业#2": ("芦建业", "official", "会泽县", [
        ("fs10", "会泽县政府", "副县长", "副县长芦建业参加调研", "会泽县 (云南 曲靖), 2025; not the 芦建业 of 夏津县 (fs03)")], []),
    "fs:保正荣": ("保正荣", "official", "会泽县", [
        ("fs10", "会泽县娜姑镇党委", "书记", "镇党委书记保正荣介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fs01", "孟筱岚", "作者", "author", "作者：孟筱岚"),
    ("fs01", "卜雨晴", "编辑", "editor", "编辑：卜雨晴"),
    ("fs01", "汪启东", "审核", "editor", "审核：汪启东"),
    ("fs02", "储晓婷", "记者", "reporter", "本报讯（记者 储晓婷）"),
    ("fs02", "崔一鸣", "编辑", "editor", "编辑：崔一鸣"),
    ("fs02", "汪启东", "审核", "editor", "审核：汪启东"),
    ("fs03", "宫雪妍", "记者", "reporter", "□记者 宫雪妍 报道"),
    ("fs03", "岳洪涛", "责任编辑", "editor", "责任编辑：岳洪涛"),
    ("fs04", "殷佳慧", "记者", "reporter", "本报讯（记者 殷佳慧）"),
    ("fs04", "闫沐瑶", "责任编辑", "editor", "（责任编辑：闫沐瑶）"),
    ("fs05", "龙雨萱", "作者", "author", "作者：龙雨萱"),
    ("fs05", "蔡书宁", "责任编辑", "editor", "责任编辑：蔡书宁"),
    ("fs06", "黄书涵", "记者", "reporter", "本报讯（记者 黄书涵 通讯员 苏立群）"),
    ("fs06", "苏立群", "通讯员", "correspondent", "本报讯（记者 黄书涵 通讯员 苏立群）"),
    ("fs06", "易晓芸", "通讯员", "correspondent", "本报讯（通讯员 易晓芸）"),
    ("fs07", "刘晓敏", "编辑", "editor", "来源：信丰县融媒体中心　　编辑：刘晓敏"),
    ("fs07", "罗梓萱", "供稿", "author", "（信丰县融媒体中心 罗梓萱）"),
    ("fs08", "温若琳", "记者", "reporter", "本报讯（记者 温若琳）"),
    ("fs08", "刘晓敏", "编辑", "editor", "来源：赣南日报　　编辑：刘晓敏"),
    ("fs09", "杜若溪", "记者", "reporter", "（仪陇县融媒体中心 记者 杜若溪）"),
    ("fs09", "任雨桐", "编辑", "editor", "编辑：任雨桐"),
    ("fs09", "葛子墨", "审核", "editor", "审核：葛子墨"),
    ("fs10", "朱晗玥", "作者", "author", "作者：朱晗玥"),
    ("fs10", "李沐晨", "编辑", "editor", "编辑：李沐晨"),
    ("fs10", "贺文彬", "审核", "editor", "审核：贺文彬"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fs01", "安丰塘镇、正阳关镇乡村振兴和重点项目建设调研", "inspection (调研)", "6月16日", None, "柏振华", [],
     ["邵启航", "鲁文涛", "葛晓岚"], ["韦立春", "柏振华", "甘明远", "邵启航"], "安丰塘镇、正阳关镇",
     "市委常委、县委书记柏振华到安丰塘镇、正阳关镇，调研乡村振兴和重点项目建设工作",
     ["县委书记柏振华到安丰塘镇", "副县长葛晓岚参加调研", "镇党委书记韦立春介绍了", "柏振华指出", "镇长甘明远关于",
      "邵启航就做好当前防汛备汛"]),
    ("fs02", "寿县、凤台县一季度经济运行和重点项目建设调研", "inspection (调研)", "3月19日", None, "闵国栋", [],
     ["邵启航", "庞启衡", "苗卫东", "晏春霖"], ["柏振华", "覃柏舟", "晏春霖", "闵国栋", "邵启航"], "寿县、凤台县",
     "市委副书记、市长闵国栋到寿县、凤台县调研一季度经济运行和重点项目建设工作",
     ["市长闵国栋到寿县、凤台县调研", "市政府秘书长庞启衡参加调研", "凤台县委书记苗卫东，县长晏春霖陪同调研", "柏振华汇报了",
      "县长覃柏舟介绍了", "晏春霖汇报了", "闵国栋指出", "邵启航就做好春季农业生产"]),
    ("fs03", "县政府第十二次常务会议", "meeting (常务会议)", "9月9日", "谭卓峰", None, ["夏津县政府"],
     ["冉国庆", "郜明轩", "俞秀兰", "芦建业", "蒯宏伟"], ["郜明轩", "谭卓峰", "冉国庆", "俞秀兰", "芦建业"], None,
     "9月9日，县政府召开第十二次常务会议",
     ["县长谭卓峰主持会议并讲话", "常务副县长冉国庆，副县长郜明轩、俞秀兰、芦建业，县政府党组成员蒯宏伟出席会议",
      "郜明轩就做好秋收秋种", "谭卓峰强调", "冉国庆要求", "俞秀兰就做好秋冬季疫情防控", "芦建业就马颊河夏津段"]),
    ("fs04", "齐河县、夏津县重点项目建设和黄河流域生态保护调研", "inspection (调研)", "5月11日", None, "路振邦", [],
     ["米世恒", "苑丽华", "展文海", "阚立明", "冉国庆", "穆晓辉"], ["阚立明", "谭卓峰", "路振邦", "苑丽华"], "齐河县、夏津县",
     "市委书记路振邦到齐河县、夏津县调研重点项目建设和黄河流域生态保护工作",
     ["市委书记路振邦到齐河县、夏津县调研", "副市长苑丽华参加调研", "县长阚立明陪同调研", "阚立明汇报了", "谭卓峰汇报了",
      "常务副县长穆晓辉陪同调研", "路振邦指出", "苑丽华就做好"]),
    ("fs05", "县委常委会（扩大）会议", "meeting (县委常委会（扩大）会议)", "11月24日", "祁海澜", None, ["潢川县委"],
     ["詹明哲", "雷婉琴", "温庆国", "石慧芬", "柯秀梅", "沈乐平"], ["詹明哲", "柯秀梅", "车永胜", "祁海澜"], None,
     "县委书记祁海澜主持召开县委常委会（扩大）会议",
     ["县委书记祁海澜主持召开", "县委副书记雷婉琴", "县人大常委会主任温庆国", "县政协主席石慧芬出席会议",
      "副县长柯秀梅、沈乐平列席会议", "詹明哲就推进", "柯秀梅汇报了", "车永胜通报了", "祁海澜强调"]),
    ("fs06", "卜塔集镇春季农业生产和稻渔综合种养产业发展调研", "inspection (调研)", "4月12日", None, "詹明哲", [],
     ["涂立伟", "蒋慧中"], ["龙宏斌", "蒋慧中", "詹明哲", "涂立伟"], "卜塔集镇",
     "潢川县委副书记、县长詹明哲到卜塔集镇调研春季农业生产和稻渔综合种养产业发展",
     ["县长詹明哲到卜塔集镇调研", "县农业农村局局长蒋慧中参加调研", "镇党委书记龙宏斌介绍了", "蒋慧中汇报了", "詹明哲指出",
      "涂立伟就做好农资供应"]),
    ("fs06", "泼陂河镇、白雀园镇汛前水利工程安全隐患排查整治检查", "inspection (检查)", "4月12日", None, "柯秀梅", [],
     ["韩立川"], ["钱屹航", "韩立川", "柯秀梅"], "泼陂河镇、白雀园镇",
     "光山县委常委、副县长柯秀梅带领县水利局、县应急管理局负责同志，到泼陂河镇、白雀园镇检查汛前水利工程安全隐患排查整治工作",
     ["副县长柯秀梅带领县水利局", "县水利局局长韩立川陪同检查", "泼陂河镇镇长钱屹航汇报了", "韩立川介绍了", "柯秀梅要求"]),
    ("fs07", "大塘埠镇、安西镇脐橙产业发展和重点项目建设调研", "inspection (调研)", "8月18日", None, "龚远帆", [],
     ["赖晓峰", "钟沐萍"], ["邱宏亮", "龚远帆", "谢丹枫", "赖晓峰", "钟沐萍"], "大塘埠镇、安西镇",
     "县委副书记、县长龚远帆到大塘埠镇、安西镇调研脐橙产业发展和重点项目建设",
     ["县长龚远帆到大塘埠镇、安西镇调研", "副县长钟沐萍参加调研", "镇党委书记邱宏亮介绍了", "龚远帆要求", "镇长谢丹枫汇报了",
      "赖晓峰就园区企业用工", "钟沐萍就农村饮水保障", "龚远帆强调"]),
    ("fs08", "兴国县、信丰县防汛救灾和安全生产检查", "inspection (检查)", "6月13日", None, "易婉清", [],
     ["彭志诚", "池文斌", "赖晓峰", "黎海东"], ["赖晓峰", "龚远帆", "彭志诚", "易婉清"], "兴国县、信丰县",
     "副市长易婉清到兴国县、信丰县检查防汛救灾和安全生产工作",
     ["副市长易婉清到兴国县、信丰县检查", "市水利局局长彭志诚参加检查", "兴国县委书记池文斌，县委副书记、县长赖晓峰陪同检查",
      "赖晓峰汇报了", "龚远帆汇报了", "县长黎海东陪同检查", "彭志诚就做好水库安全度汛", "易婉清指出"]),
    ("fs09", "新政镇、马鞍镇重点项目建设和秋冬季森林防火督导", "inspection (督导)", "10月25日", None, "蒲云川", [],
     ["苟晓燕", "岳思齐"], ["税海峰", "蒲云川", "母春阳", "岳思齐"], "新政镇、马鞍镇",
     "县委书记蒲云川到新政镇、马鞍镇督导重点项目建设和秋冬季森林防火工作",
     ["县委书记蒲云川到新政镇、马鞍镇督导", "县委办主任苟晓燕，副县长岳思齐陪同督导", "镇党委书记税海峰汇报了", "蒲云川指出",
      "镇长母春阳关于", "岳思齐就做好全县秋冬季森林防火"]),
    ("fs10", "金钟街道、娜姑镇城乡建设和文旅融合发展调研", "inspection (调研)", "3月20日", None, "普学林", [],
     ["缪文昌", "芦建业"], ["芦建业", "普学林", "保正荣", "缪文昌"], "金钟街道、娜姑镇",
     "县委副书记、县长普学林到金钟街道、娜姑镇调研城乡建设和文旅融合发展工作",
     ["县长普学林到金钟街道、娜姑镇调研", "副县长芦建业参加调研", "芦建业汇报了", "普学林指出", "镇党委书记保正荣介绍了",
      "普学林强调", "缪文昌就做好项目资金保障"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fs01", "安丰塘灌区节水配套改造工程", "engineering_work", "察看了安丰塘灌区节水配套改造工程"),
    ("fs01", "正阳关镇古街区保护利用项目", "project", "来到正阳关镇古街区保护利用项目"),
    ("fs01", "淮河寿县段堤防加固工程", "engineering_work", "淮河寿县段堤防加固工程现场"),
    ("fs02", "新桥片区智能终端产业园二期", "industrial_park", "来到新桥片区智能终端产业园二期"),
    ("fs02", "寿县古城墙保护修缮工程", "project", "寿县古城墙保护修缮工程现场"),
    ("fs02", "凤台经济开发区新能源汽车零部件产业园", "industrial_park", "察看了凤台经济开发区新能源汽车零部件产业园"),
    ("fs02", "焦岗湖生态保护修复工程", "greening_project", "焦岗湖生态保护修复工程"),
    ("fs03", "夏津经济开发区纺织新材料产业园二期", "industrial_park", "夏津经济开发区纺织新材料产业园二期建设进展"),
    ("fs03", "黄河故道古桑树群保护提升工程", "greening_project", "要抓好黄河故道古桑树群保护提升工程"),
    ("fs03", "马颊河夏津段综合治理工程", "engineering_work", "马颊河夏津段综合治理工程征迁工作"),
    ("fs04", "齐河经济开发区半导体材料产业园一期", "industrial_park", "齐河经济开发区半导体材料产业园一期"),
    ("fs04", "黄河国际生态城文旅综合体项目", "project", "黄河国际生态城文旅综合体项目"),
    ("fs04", "夏津经济开发区纺织新材料产业园二期", "industrial_park", "夏津经济开发区纺织新材料产业园二期和"),
    ("fs04", "黄河故道古桑树群保护提升工程", "greening_project", "黄河故道古桑树群保护提升工程现场"),
    ("fs05", "潢川经济开发区食品产业园三期", "industrial_park", "潢川经济开发区食品产业园三期"),
    ("fs05", "小潢河城区段生态治理工程", "greening_project", "小潢河城区段生态治理工程"),
    ("fs05", "春申街道老旧小区改造项目", "housing_project", "春申街道老旧小区改造项目"),
    ("fs06", "卜塔集镇万亩稻渔综合种养示范区", "project", "在卜塔集镇万亩稻渔综合种养示范区"),
    ("fs06", "泼陂河水库除险加固工程", "engineering_work", "泼陂河水库除险加固工程"),
    ("fs06", "官渡河白雀园段堤防加固工程", "engineering_work", "官渡河白雀园段堤防加固工程现场"),
    ("fs07", "信丰脐橙分拣仓储中心项目", "logistics_hub", "信丰脐橙分拣仓储中心项目工地"),
    ("fs07", "信丰高新区电子信息产业园三期", "industrial_park", "信丰高新区电子信息产业园三期"),
    ("fs07", "桃江安西段堤防加固工程", "engineering_work", "桃江安西段堤防加固工程"),
    ("fs08", "平江兴国县城段防洪工程", "engineering_work", "平江兴国县城段防洪工程"),
    ("fs08", "兴国县城区排涝泵站提升改造工程", "infrastructure_project", "兴国县城区排涝泵站提升改造工程现场"),
    ("fs08", "桃江信丰段堤防加固工程", "engineering_work", "桃江信丰段堤防加固工程"),
    ("fs09", "嘉陵江新政段生态护岸工程", "engineering_work", "嘉陵江新政段生态护岸工程"),
    ("fs09", "仪陇经济开发区食品产业园二期", "industrial_park", "仪陇经济开发区食品产业园二期项目现场"),
    ("fs09", "朱德故里景区提升工程", "project", "朱德故里景区提升工程"),
    ("fs10", "会泽县城北片区老旧小区改造项目", "housing_project", "会泽县城北片区老旧小区改造项目"),
    ("fs10", "以礼河城区段综合治理工程", "engineering_work", "以礼河城区段综合治理工程"),
    ("fs10", "白雾村古镇保护修缮项目", "project", "白雾村古镇保护修缮项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fs01", "安丰塘镇", "town", "standalone", "到安丰塘镇、正阳关镇，调研"),
    ("fs01", "正阳关镇", "town", "standalone", "到安丰塘镇、正阳关镇，调研"),
    ("fs01", "安丰塘", "reservoir", "standalone", "安丰塘是千年古塘"),
    ("fs01", "淮河", "river", "in_project_name", "淮河寿县段堤防加固工程现场"),
    ("fs01", "寿县", "county", "in_project_name", "淮河寿县段堤防加固工程现场"),
    ("fs02", "寿县", "county", "standalone", "到寿县、凤台县调研一季度经济运行"),
    ("fs02", "凤台县", "county", "standalone", "到寿县、凤台县调研一季度经济运行"),
    ("fs02", "新桥片区", "area", "standalone", "推动新桥片区与省会产业链深度对接"),
    ("fs02", "凤台经济开发区", "development_zone", "in_project_name", "察看了凤台经济开发区新能源汽车零部件产业园"),
    ("fs02", "焦岗湖", "lake", "in_project_name", "焦岗湖生态保护修复工程"),
    ("fs03", "夏津县", "county", "in_document_title", "《夏津县棉纺产业转型升级三年行动方案"),
    ("fs03", "夏津经济开发区", "development_zone", "in_project_name", "夏津经济开发区纺织新材料产业园二期建设进展"),
    ("fs03", "黄河故道", "area", "in_project_name", "要抓好黄河故道古桑树群保护提升工程"),
    ("fs03", "马颊河", "river", "in_project_name", "马颊河夏津段综合治理工程征迁工作"),
    ("fs03", "夏津", "county", "in_project_name", "马颊河夏津段综合治理工程征迁工作"),
    ("fs04", "齐河县", "county", "standalone", "到齐河县、夏津县调研重点项目建设"),
    ("fs04", "夏津县", "county", "standalone", "到齐河县、夏津县调研重点项目建设"),
    ("fs04", "黄河流域", "region", "standalone", "黄河流域生态保护工作"),
    ("fs04", "齐河经济开发区", "development_zone", "in_project_name", "齐河经济开发区半导体材料产业园一期"),
    ("fs04", "黄河国际生态城", "area", "in_project_name", "黄河国际生态城文旅综合体项目"),
    ("fs04", "夏津经济开发区", "development_zone", "in_project_name", "夏津经济开发区纺织新材料产业园二期和"),
    ("fs04", "黄河故道", "area", "in_project_name", "黄河故道古桑树群保护提升工程现场"),
    ("fs05", "潢川县", "county", "in_org_reference", "潢川县委召开常委会（扩大）会议"),
    ("fs05", "潢川经济开发区", "development_zone", "in_project_name", "潢川经济开发区食品产业园三期"),
    ("fs05", "小潢河", "river", "in_project_name", "小潢河城区段生态治理工程"),
    ("fs05", "春申街道", "sub_district_office", "in_project_name", "春申街道老旧小区改造项目"),
    ("fs06", "卜塔集镇", "town", "standalone", "詹明哲在卜塔集镇调研时要求"),
    ("fs06", "潢川县", "county", "in_org_reference", "潢川县委副书记、县长詹明哲"),
    ("fs06", "光山县", "county", "standalone", "光山县开展汛前水利工程安全隐患排查"),
    ("fs06", "泼陂河镇", "town", "standalone", "到泼陂河镇、白雀园镇检查"),
    ("fs06", "白雀园镇", "town", "standalone", "到泼陂河镇、白雀园镇检查"),
    ("fs06", "泼陂河水库", "reservoir", "in_project_name", "泼陂河水库除险加固工程"),
    ("fs06", "官渡河", "river", "in_project_name", "官渡河白雀园段堤防加固工程现场"),
    ("fs06", "白雀园", "town", "in_project_name", "官渡河白雀园段堤防加固工程现场"),
    ("fs07", "大塘埠镇", "town", "standalone", "到大塘埠镇、安西镇调研脐橙产业发展"),
    ("fs07", "安西镇", "town", "standalone", "到大塘埠镇、安西镇调研脐橙产业发展"),
    ("fs07", "信丰高新区", "development_zone", "in_project_name", "信丰高新区电子信息产业园三期"),
    ("fs07", "桃江", "river", "in_project_name", "桃江安西段堤防加固工程"),
    ("fs07", "安西", "town", "in_project_name", "桃江安西段堤防加固工程"),
    ("fs08", "兴国县", "county", "standalone", "到兴国县、信丰县检查防汛救灾"),
    ("fs08", "信丰县", "county", "standalone", "到兴国县、信丰县检查防汛救灾"),
    ("fs08", "平江", "river", "in_project_name", "平江兴国县城段防洪工程"),
    ("fs08", "桃江", "river", "in_project_name", "桃江信丰段堤防加固工程"),
    ("fs08", "信丰", "county", "in_project_name", "桃江信丰段堤防加固工程"),
    ("fs08", "信丰高新区", "development_zone", "standalone", "信丰高新区企业安全生产情况"),
    ("fs09", "新政镇", "town", "standalone", "到新政镇、马鞍镇督导重点项目建设"),
    ("fs09", "马鞍镇", "town", "standalone", "到新政镇、马鞍镇督导重点项目建设"),
    ("fs09", "嘉陵江", "river", "standalone", "嘉陵江生态护岸关系县城防洪安全"),
    ("fs09", "新政", "town", "in_project_name", "嘉陵江新政段生态护岸工程"),
    ("fs09", "仪陇经济开发区", "development_zone", "in_project_name", "仪陇经济开发区食品产业园二期项目现场"),
    ("fs09", "琳琅山", "mountain", "standalone", "察看了琳琅山森林防火监测站"),
    ("fs09", "朱德故里", "scenic_area", "standalone", "擦亮朱德故里品牌"),
    ("fs10", "金钟街道", "sub_district_office", "standalone", "到金钟街道、娜姑镇调研城乡建设"),
    ("fs10", "娜姑镇", "town", "standalone", "到金钟街道、娜姑镇调研城乡建设"),
    ("fs10", "会泽县", "county", "in_project_name", "会泽县城北片区老旧小区改造项目"),
    ("fs10", "以礼河", "river", "in_project_name", "以礼河城区段综合治理工程"),
    ("fs10", "白雾村", "village", "standalone", "白雾村发展乡村旅游"),
    ("fs10", "会泽", "county", "standalone", "会泽是国家历史文化名城"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fs", conventions="set fs (blind set: city portals' county channels and city papers' county sections: 安徽 淮南 (淮南网: 寿县 channel and 淮南要闻), 山东 德州 (德州新闻网 夏津频道; 德州日报 第A01版), 河南 信阳 (信阳新闻网 县区频道 > 潢川; 信阳日报 第06版 县区新闻 with a 潢川 and a 光山 item), 江西 赣州 (赣州新闻网 县（市、区）新闻 > 信丰 and 赣州要闻), 四川 南充 (南充新闻网 区县新闻 > 仪陇), 云南 曲靖 (曲靖新闻网 县（市、区） > 会泽); on a county channel page bare 县委 / 县长 / 县X局 are the county's and bare 市委 the portal's city; on the city pages and in the papers bare 市委 / 副市长 are the city's and a bare 县长 after X县委书记 is X's; 寿县县委 → 寿县委; 镇长 → town 政府; 县政府党组 成员; 县委办 as written; one line per post per article)",
          persons_note="Set fs persons. id = corpus-wide person_id (fs:芦建业#1 of 夏津县 (山东) and fs:芦建业#2 of 会泽县 (云南) are two 副县长 of one name; fs:邵启航 寿县长 2022 → 淮南副市长 2024; fs:谭卓峰 夏津县长 2021 → 县委书记 2023; fs:冉国庆 夏津常务副县长 2021 → 县长 2023; fs:柯秀梅 潢川副县长 2021 → 光山县委常委、副县长 2023; fs:赖晓峰 信丰常务副县长 2022 → 兴国县长 2024; fs:龚远帆 信丰县长 2022 → 县委书记 2024)")


if __name__ == "__main__":
    main()
