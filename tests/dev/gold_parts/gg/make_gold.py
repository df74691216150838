"""Write gold part ``gg`` (a blind set: places in depth — county pages naming towns, villages, scenic areas, mountains,
lakes, reservoirs, roads, bridges, river stretches ``X河Y段``, 片区 and 新区, place names that are also common words, addresses
in page footers, one town name in two counties, and places written short after being written in full) from the tables below.

Pages ``tests/dev/texts/gg*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): the 武夷山新闻网 page of a 视察 (``当前位置：首页 > 头条>``,
``2020-11-25 10:17:29  来源：武夷山市融媒体中心  责任编辑：…``; stops at the 五夫镇乡村振兴示范带, 水美崇溪漫步道, 疏港大道); the
太仓日报 e-paper reader (``当前报纸名称：太仓日报``, ``日期：``, ``字号：``, ``版面：第02版：要闻·综合  上一篇  下一篇``, ``本报讯（记者 …）
昨天，…``) and two taicangdaily.com pages (``来源：太仓日报 责编：… 时间：2025-03-22``; ``市委副书记，太仓港经济技术开发区党工委
副书记、管委会副主任，浮桥镇党委书记…``, ``（记者 …）`` at the end); the 大理日报新闻网 剑川 综述 (``您的位置：大理日报新闻网 >>
专题``, ``作者： 来源： 时间：2022/10/15 08:41``, ``□ 本报记者 …``; 剑湖, 沙溪古镇); the 儋州 人大 巡河 page (``市人大常委会副主任…
到大成镇南正水（西庆段）开展巡河工作``); a 威远 河长制 page (``副县长、龙会河（威远段）县级河长…到龙会河（龙会段）督查``); a 南平
page of the 行政中心搬迁 动员大会 ``在武夷新区召开`` and the 武夷新区网 page (``热门标签： 武夷新区 南平市 武夷山市 延平区 兴田
将口``); a 湖南 site's feature on 凤凰 (``沱江晨雾如纱，跳岩上…``, ``凤凰县委书记…说``); gazetteer pages of 凤凰县 (its towns,
沱江, 长潭岗), 剑川县 (沙溪镇, 寺登街, 兴教寺, 石宝山, 剑湖, 海门口遗址, 县城金华镇), 武夷山市 (星村镇, 九曲码头, 桐木村, 兴田
城村汉城遗址) and 太仓 沙溪镇 (虹桥村, 新建村, 七浦塘, 204国道). Earlier dev pages gave the footer shape (``主办单位：…
地址：…县…镇  …ICP备…``). Places are real: 湖南 湘西州 凤凰县 (gg01–gg03), 云南 大理州 剑川县 (gg04, gg05), 江苏 苏州 太仓市
(gg06, gg07), 福建 南平 (武夷山市 gg08, gg10; 武夷新区 and 建阳区 gg09).

Shapes: a county site's 县长 调研 along a river, a reservoir, a bridge and a village (``沱江廖家桥段``, then ``在廖家桥``; 虹桥,
a bare ``在古城`` beside ``古城片区``; G209; footer address ``凤凰县沱江镇``) (gg01); the 团结报 第01版 (two-line headline) of the 州长's
调研 with a project named ``凤凰至铜仁快速通道`` and its ``千工坪段`` (gg02); the county site two years on: the former 县长 now
县委书记 and 县级总河长 巡河 ``沱江凤凰段、万溶江吉信段`` and chairs a 推进会 (``虹桥至万名塔段``, ``城北片区``) (gg03); a county
site (``作者：`` in the stamp line, 上一篇 / 下一篇, footer address ``剑川县金华镇``) of the 县长's 调研 in 沙溪镇 (沙溪古镇, 寺登街,
四方街, 兴教寺, ``黑潓江沙溪段``, 石宝山, ``县城金华镇的剑川古城``) (gg04); the 大理日报 第02版 of a 副州长's 调研 of 剑湖 (海门口遗址,
海尾河, 老君山, 滇西北) with the former 沙溪镇党委书记 now 县委常委、副县长 (gg05); the 太仓日报 reader page (``昨天`` dateline) of the
市长's 调研 in 太仓's own 沙溪镇 and 浮桥镇 (``沙溪、浮桥各有优势``, 虹桥村, 新建村 beside ``去年新建的``, 204国道, 娄江新城, 科教新城,
太仓港, a 太仓港经开区 title) (gg06); the 太仓 市政府 site (bracketed 部门 author) of the former 沙溪镇党委书记 now 副市长's 防汛
检查 (浏河闸, ``长江太仓段浏河口堤防``, 杨林塘, ``七浦塘沙溪段``, ``在沙溪``) (gg07); the 武夷山新闻网 page of the 市长's 调研 (星村镇
→ 星村, 五夫镇 → 五夫, 九曲码头, 桐木村, 天游峰, 兴贤古街, 公馆大桥, ``崇阳溪城区段``, a bare ``度假区``) (gg08); the 闽北日报
第01版 of the former 武夷山市长 now 南平 副市长 in 武夷新区 (bare ``新区``, 童游片区, 潭城街道, ``崇阳溪建阳段``, ``在将口``) (gg09);
the 武夷山 市政府 site of the new 市长 in 五夫镇 and 兴田镇 (``城村汉城遗址`` → ``在城村`` → ``汉城遗址``, ``兴田至星村``) (gg10).

Identity cases:
- gg:向远涛 凤凰县委副书记、县长 (gg01, June 2022; gg02, Aug 2023) → 凤凰县委书记 (gg03, May 2024; the new 县长 is gg:滕子谦).
- gg:赵德勋 剑川县沙溪镇党委书记 (gg04, July 2021) → 剑川县委常委、副县长 (gg05, Sept 2023).
- gg:顾文澜 太仓市沙溪镇党委书记 (gg06, Apr 2022) → 太仓市副市长 (gg07, June 2024; the new 沙溪镇党委书记 is gg:金雨辰).
- gg:饶知航 武夷山市委副书记、市长 (gg08, Sept 2022) → 南平市副市长 (gg09, Mar 2024; the new 武夷山市长 is gg:傅思远, gg10).
- gg:邱建清 武夷山市五夫镇党委副书记、镇长 (gg08, 2022) → 五夫镇党委书记 (gg10, 2024).
- the same officials on two pages without a change: gg:覃海平#1 (凤凰县水利局局长), gg:吴振坤 (凤凰县沱江镇党委书记), 2022 and
  2024; gg:段乔林 (剑川县长, 2021 and 2023).
- two different 覃海平 in unrelated places: gg:覃海平#1 is 凤凰县水利局局长 (湖南, gg01, gg03); gg:覃海平#2 is 太仓市浏河镇党委书记
  (江苏, gg07).
- one town name in two counties: 沙溪镇 of 剑川县 (云南, gg04: 赵德勋 / 李绍泉; org 剑川县沙溪镇党委) and 沙溪镇 of 太仓市 (江苏,
  gg06, gg07: 顾文澜 / 朱敏华 / 金雨辰; org 太仓市沙溪镇党委); both are written short as ``沙溪`` after the full name, both hold a
  ``沙溪古镇``, and each has a river stretch ``…沙溪段`` (黑潓江沙溪段, 七浦塘沙溪段).
- one organ name of several places: bare ``市委副书记、市长`` is 太仓市's (gg06, the 太仓日报), 武夷山市's (gg08, gg10); bare ``副市长``
  is 太仓市's (gg07) and 南平市's (gg09, the 闽北日报); bare ``县委副书记、县长`` is 凤凰县's (gg01–gg03) and 剑川县's (gg04, gg05);
  ``镇党委副书记、镇长`` is of 剑川's 沙溪镇 (gg04) and of 太仓's 沙溪镇 (gg06).
- place names that are common words or other places' names: 凤凰 (the county short name; the word), 虹桥 (a bridge in 凤凰, a
  village 虹桥村 in 太仓), 浮桥镇 / 浮桥 (a town; the word for a pontoon bridge), 新建村 beside ``新建的``, 城村 and 汉城遗址, 兴田,
  金华镇 (剑川's county seat, not 浙江's 金华), 沱江 (the river) beside 沱江镇 (the town), 浏河 (the river) beside 浏河镇.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, de, ad, aa where they speak; decided here where they are silent):
- Labels: 湘西土家族苗族自治州 and 大理白族自治州 (full names, as the corpus labels 自治州 organs): ``州委副书记、州长`` →
  湘西土家族苗族自治州委 副书记 + 湘西土家族苗族自治州政府 州长; ``副州长`` / ``州政府秘书长`` → the 州政府. 凤凰县, 剑川县, 太仓市,
  武夷山市, 建阳区 (one 建阳区 in China), 南平市. Towns take their county's label: 凤凰县沱江镇党委, 剑川县沙溪镇党委, 太仓市沙溪镇
  党委, 武夷山市星村镇党委, 建阳区将口镇党委 (将口镇 is 建阳区's); a 镇长 is a post of the town's 政府 (as bq).
- Bare organs take the page's place: 县委 / 县政府 / 县水利局 / 县文化和旅游局 on a county site or after that county's 县委书记 in a
  州 paper = that county; 市委 / 市政府 / 市水务局 in the 太仓日报 and on the 太仓 site = 太仓市, on the 武夷山 pages = 武夷山市,
  in the 闽北日报 = 南平市; ``镇党委副书记、镇长`` right after ``沙溪镇党委书记`` = that 沙溪镇.
- DECIDED HERE: ``太仓港经开区党工委委员、浮桥镇党委书记`` gives 太仓港经开区党工委 委员 (the zone's name as written, already
  carrying its city and folded) + 太仓市浮桥镇党委 书记.
- DECIDED HERE: ``武夷山国家旅游度假区管委会主任`` is a post of the 度假区's 管委会, labelled by the zone's full name as written
  (``武夷山国家旅游度假区管委会``: a 度假区 has no long form to fold, and its name already carries its city); ``武夷新区管委会常务副主任``
  → ``武夷新区管委会`` (a 新区's own name, as the corpus labels 两江新区 / 西咸新区).
- 河长 roles are no posts (as parts co, de, ey): ``县委书记、县级总河长向远涛`` gives only 凤凰县委 书记; the 巡河 is an
  ``inspection`` (as de) and the 推进会 after it a meeting of its own (chair 向远涛, who 主持会议并讲话).
- Events: every 调研 / 检查 / 巡河 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了
  安排 / 通报 speakers). A site's contractor (``施工单位负责人``) is unnamed and gives nothing.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``作者：…`` in a county site's stamp line and a bracketed
  ``（市水务局　陶语桐）`` are author lines; 责任编辑 / 编辑 editor lines.
- Projects: named works visited or pushed: 堤防加固 / 防洪提升 / 泵站改造 ``engineering_work``; roads, a 码头, 污水处理厂, 雨污分流
  and 截污治污 works ``infrastructure_project``; 生态廊道 / 生态护岸 / 水美城市 ``greening_project``; 物流园 ``logistics_hub``; 老旧小区
  ``housing_project``; 景区提质, 示范带, 城市更新, a 考古遗址公园 ``project``. Generic phrases (苗寨民宿集群, 高标准农田, 稻米加工中心,
  “非遗+旅游”) are no projects.
- Places: one line per name per file, as written, wherever it stands in the article (standalone, in a title, in a project
  name); the context is that of the evidence given. In depth:
  - a short form written after the full name is a line of its own with the full name's kind (``在廖家桥`` → 廖家桥, ``沙溪、浮桥
    各有优势`` → 沙溪 and 浮桥, 星村, 五夫, 吉信, 将口, 兴田; ``汉城遗址`` after ``城村汉城遗址``); a county's short name in the body
    (凤凰, 剑川, 太仓, 建阳) likewise (as parts ab, ad, bj);
  - a river stretch ``X河Y段`` gives the river and the short name written in it (as parts aa and de: ``沱江廖家桥段`` → 沱江, 廖家桥;
    ``七浦塘沙溪段`` → 七浦塘, 沙溪; ``长江太仓段`` → 长江, 太仓), not the stretch; a stretch between two landmarks (``虹桥至万名塔段``)
    gives both landmarks; ``城区段`` gives only the river;
  - DECIDED HERE: a scenic area is annotated with the name the page writes: ``南方长城景区`` where the page only writes it with
    景区, ``凤凰古城`` / ``石宝山`` / ``奇梁洞`` where it writes them bare; generic heads written bare (``在古城``, ``县城``, ``景区``)
    are no places, but a named 片区 is (古城片区, 城北片区, 童游片区: kind ``area``);
  - DECIDED HERE: a zone written bare is annotated as written, as CONVENTIONS does for 经开区 / 高新区: ``度假区`` (gg08, kind
    ``resort``), ``新区`` (gg09, kind ``new_area``); 武夷新区, 娄江新城, 科教新城 are ``new_area``;
  - a facility named after a place gives the place, not the facility (as part de): ``浏河闸`` → 浏河 (river), ``杨林塘闸`` →
    杨林塘; 九曲码头 (a named pier, kind ``port``), 公馆大桥 and 虹桥 (``bridge``), G209 and 204国道 (``road``), 兴贤古街 and 寺登街
    (``historic_street``), 四方街 (``square``) are places;
  - not annotated: site lines, mastheads, breadcrumbs, 来源 lines, the footers with their addresses (``地址：湖南省湘西土家族苗族
    自治州凤凰县沱江镇``, ``剑川县金华镇``, ``太仓市城厢镇``, ``武夷山市崇安街道``, ``吉首市``, ``南平市建阳区``), 相关链接 / 相关信息 lists
    and 上一篇 / 下一篇 links (阿拉营镇, 廖家桥镇 there, 甸南镇, 璜泾镇, 上梅乡); the abbreviations 湘黔 and the slogan ``一城两区``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

FH, JC, TC, WYS = "凤凰县", "剑川县", "太仓市", "武夷山市"
XX, DL = "湘西土家族苗族自治州", "大理白族自治州"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gg01_fenghuang.txt": (2022, "发布时间：2022-06-09 17:36", FH, [
        ("向远涛调研沱江流域防汛和古城景区安全工作", "6月8日", "2022-06-08", "6月8日，县委副书记",
         "county site: the 县长's 调研 along 沱江 (长潭岗水库, 沱江廖家桥段, 虹桥, 菖蒲塘村); short 廖家桥; footer address")]),
    "gg02_xiangxi.txt": (2023, "2023年8月17日　星期四", XX, [
        ("彭继元在凤凰县调研文旅融合和重点项目建设时强调", "8月16日", "2023-08-16", "本报讯（记者 杨晓芮 通讯员 吴青禾）8月16日",
         "州 paper 第01版: the 州长's 调研 in 凤凰县 (南方长城景区, 山江镇, 凤凰至铜仁快速通道千工坪段) with the 县委书记 and 县长")]),
    "gg03_fenghuang.txt": (2024, "发布时间：2024-05-21 18:02", FH, [
        ("向远涛开展县级总河长巡河并主持召开河湖长制工作推进会", "5月20日", "2024-05-20", "5月20日，县委书记",
         "county site: the former 县长 now 县委书记 巡河 (沱江凤凰段, 万溶江吉信段, 虹桥至万名塔段) and the 推进会")]),
    "gg04_jianchuan.txt": (2021, "发布日期：2021-07-15", JC, [
        ("段乔林到沙溪镇调研古镇保护和防汛工作", "7月14日", "2021-07-14", "7月14日，县委副书记",
         "county site: the 县长's 调研 in 剑川's 沙溪镇 (沙溪古镇, 寺登街, 黑潓江沙溪段, 石宝山, 金华镇); short 沙溪")]),
    "gg05_dali.txt": (2023, "2023年9月22日　星期五", DL, [
        ("尹春和到剑川县调研剑湖保护治理工作", "9月20日", "2023-09-20", "本报讯（记者 王启帆）9月20日",
         "州 paper 第02版: the 副州长's 调研 of 剑湖 (海门口遗址, 海尾河, 老君山); the former 沙溪镇党委书记 now 县委常委、副县长")]),
    "gg06_taicang.txt": (2022, "日期：2022-04-13　星期三", TC, [
        ("陆秉辰到沙溪镇、浮桥镇调研时要求", "昨天", "2022-04-12", "本报讯（记者 姚思琪）昨天",
         "city paper reader page: the 市长's 调研 in 太仓's 沙溪镇 and 浮桥镇 (沙溪古镇, 七浦塘沙溪段, 虹桥村, 新建村, 204国道); short 沙溪, 浮桥")]),
    "gg07_taicang.txt": (2024, "发布时间：2024-06-05 16:48", TC, [
        ("顾文澜带队检查汛前水利工程和防汛准备工作", "6月4日", "2024-06-04", "6月4日，副市长",
         "city site: the former 沙溪镇党委书记 now 副市长's 防汛 检查 (浏河闸, 长江太仓段浏河口, 杨林塘, 七浦塘沙溪段); 覃海平#2")]),
    "gg08_wuyishan.txt": (2022, "2022-09-16 10:22:41", WYS, [
        ("饶知航调研星村镇、五夫镇重点项目和茶旅融合工作", "9月15日", "2022-09-15", "9月15日，市委副书记",
         "city 融媒体 page: the 市长's 调研 in 星村镇 and 五夫镇 (九曲码头, 九曲溪, 天游峰, 兴贤古街, 公馆大桥); 度假区 管委会主任")]),
    "gg09_nanping.txt": (2024, "2024年3月28日　星期四", "南平市", [
        ("饶知航到武夷新区调研重点项目建设", "3月27日", "2024-03-27", "本报讯（记者 蒋雨萌）3月27日",
         "city paper 第01版: the former 武夷山市长 now 南平 副市长 in 武夷新区 (童游片区, 潭城街道, 崇阳溪建阳段, 将口)")]),
    "gg10_wuyishan.txt": (2024, "发布时间：2024-10-18 09:15", WYS, [
        ("傅思远到五夫镇、兴田镇调研乡村振兴和文物保护工作", "10月17日", "2024-10-17", "10月17日，市委副书记",
         "city site: the new 市长's 调研 in 五夫镇 and 兴田镇 (城村汉城遗址 → 城村 → 汉城遗址); 邱建清 now 五夫镇党委书记")]),
}

_G06_QIAN = "太仓港经开区党工委委员、浮桥镇党委书记钱立群"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湘西 凤凰
    "gg:向远涛": ("向远涛", "official", FH, [
        ("gg01", f"{FH}委", "副书记", "县委副书记、县长向远涛深入沱江镇", "2022-06 (identity case: 县委书记 in 2024, gg03)"),
        ("gg01", f"{FH}政府", "县长", "县委副书记、县长向远涛深入沱江镇", None),
        ("gg02", f"{FH}委", "副书记", "县委副书记、县长向远涛陪同调研", "2023-08: bare 县委 right after 凤凰县委书记 in the 州 paper"),
        ("gg02", f"{FH}政府", "县长", "县委副书记、县长向远涛陪同调研", None),
        ("gg03", f"{FH}委", "书记", "县委书记、县级总河长向远涛带队", "2024-05: now 县委书记; 县级总河长 is a role, no line (as parts co, de); named in the headline too")], []),
    "gg:龙晓梅": ("龙晓梅", "official", FH, [
        ("gg01", f"{FH}政府", "副县长", "副县长龙晓梅", None)], []),
    "gg:覃海平#1": ("覃海平", "official", FH, [
        ("gg01", f"{FH}水利局", "局长", "县水利局局长覃海平", "凤凰 (湖南); not the 覃海平 of 太仓's 浏河镇 (gg07)"),
        ("gg03", f"{FH}水利局", "局长", "县水利局局长覃海平", "2024: the same post")], []),
    "gg:吴振坤": ("吴振坤", "official", FH, [
        ("gg01", f"{FH}沱江镇党委", "书记", "沱江镇党委书记吴振坤", "沱江镇 (the town) beside 沱江 (the river)"),
        ("gg03", f"{FH}沱江镇党委", "书记", "沱江镇党委书记吴振坤", "2024: the same post")], []),
    "gg:麻秋霞": ("麻秋霞", "official", FH, [
        ("gg01", f"{FH}廖家桥镇党委", "副书记", "廖家桥镇党委副书记、镇长麻秋霞", None),
        ("gg01", f"{FH}廖家桥镇政府", "镇长", "廖家桥镇党委副书记、镇长麻秋霞", "a 镇长 is a post of the town's 政府 (as bq)")], []),
    "gg:田晓蔓": ("田晓蔓", "editor", f"{FH}政府", [], ["gg01", "gg03"]),
    "gg:彭继元": ("彭继元", "official", XX, [
        ("gg02", f"{XX}委", "副书记", "州委副书记、州长彭继元到凤凰县调研", "named in the headline too"),
        ("gg02", f"{XX}政府", "州长", "州委副书记、州长彭继元到凤凰县调研", None)], []),
    "gg:石雅蓉": ("石雅蓉", "official", XX, [
        ("gg02", f"{XX}政府", "副州长", "副州长石雅蓉", None)], []),
    "gg:宋家骏": ("宋家骏", "official", XX, [
        ("gg02", f"{XX}政府", "秘书长", "州政府秘书长宋家骏", None)], []),
    "gg:田嘉树": ("田嘉树", "official", FH, [
        ("gg02", f"{FH}委", "书记", "凤凰县委书记田嘉树", "2023-08; 向远涛 holds the post in 2024 (gg03)")], []),
    "gg:滕子谦": ("滕子谦", "official", FH, [
        ("gg03", f"{FH}委", "副书记", "县委副书记、县长滕子谦", "2024: the new 县长"),
        ("gg03", f"{FH}政府", "县长", "县委副书记、县长滕子谦", None)], []),
    "gg:杨秀峰": ("杨秀峰", "official", FH, [
        ("gg03", f"{FH}吉信镇党委", "书记", "吉信镇党委书记杨秀峰", None)], []),
    # ---- 大理 剑川
    "gg:段乔林": ("段乔林", "official", JC, [
        ("gg04", f"{JC}委", "副书记", "县委副书记、县长段乔林到沙溪镇调研", "2021-07; named in the headline too"),
        ("gg04", f"{JC}政府", "县长", "县委副书记、县长段乔林到沙溪镇调研", None),
        ("gg05", f"{JC}委", "副书记", "县委副书记、县长段乔林", "2023-09: the same posts; bare 县委 after 剑川县委书记"),
        ("gg05", f"{JC}政府", "县长", "县委副书记、县长段乔林", None)], []),
    "gg:张惠兰": ("张惠兰", "official", JC, [
        ("gg04", f"{JC}文化和旅游局", "局长", "县文化和旅游局局长张惠兰", None)], []),
    "gg:赵德勋": ("赵德勋", "official", JC, [
        ("gg04", f"{JC}沙溪镇党委", "书记", "沙溪镇党委书记赵德勋", "2021-07: 剑川's 沙溪镇 (identity case: 县委常委、副县长 in 2023, gg05); not 太仓's 沙溪镇 (gg06, gg07)"),
        ("gg05", f"{JC}委", "常委", "县委常委、副县长赵德勋陪同调研", "2023-09: now 县委常委、副县长"),
        ("gg05", f"{JC}政府", "副县长", "县委常委、副县长赵德勋陪同调研", None)], []),
    "gg:李绍泉": ("李绍泉", "official", JC, [
        ("gg04", f"{JC}沙溪镇党委", "副书记", "镇党委副书记、镇长李绍泉", "bare 镇 right after 沙溪镇党委书记 = 剑川's 沙溪镇"),
        ("gg04", f"{JC}沙溪镇政府", "镇长", "镇党委副书记、镇长李绍泉", None)], []),
    "gg:尹春和": ("尹春和", "official", DL, [
        ("gg05", f"{DL}政府", "副州长", "副州长尹春和到剑川县调研", "bare 副州长 in the 大理日报; named in the headline too")], []),
    "gg:施向东": ("施向东", "official", JC, [
        ("gg05", f"{JC}委", "书记", "剑川县委书记施向东", None)], []),
    # ---- 苏州 太仓
    "gg:陆秉辰": ("陆秉辰", "official", TC, [
        ("gg06", f"{TC}委", "副书记", "市委副书记、市长陆秉辰到沙溪镇", "bare 市委 in the 太仓日报 = 太仓市; named in the headline too"),
        ("gg06", f"{TC}政府", "市长", "市委副书记、市长陆秉辰到沙溪镇", None)], []),
    "gg:罗俊熙": ("罗俊熙", "official", TC, [
        ("gg06", f"{TC}政府", "秘书长", "市政府秘书长罗俊熙", None)], []),
    "gg:顾文澜": ("顾文澜", "official", TC, [
        ("gg06", f"{TC}沙溪镇党委", "书记", "沙溪镇党委书记顾文澜", "2022-04: 太仓's 沙溪镇 (identity case: 副市长 in 2024, gg07); not 剑川's 沙溪镇"),
        ("gg07", f"{TC}政府", "副市长", "副市长顾文澜带队", "2024-06: now 副市长 (bare, on the 太仓 site); named in the headline too")], []),
    "gg:朱敏华": ("朱敏华", "official", TC, [
        ("gg06", f"{TC}沙溪镇党委", "副书记", "镇党委副书记、镇长朱敏华", "bare 镇 right after 沙溪镇党委书记 = 太仓's 沙溪镇"),
        ("gg06", f"{TC}沙溪镇政府", "镇长", "镇党委副书记、镇长朱敏华", None)], []),
    "gg:钱立群": ("钱立群", "official", TC, [
        ("gg06", "太仓港经开区党工委", "委员", _G06_QIAN, "DECIDED HERE: the zone's name as written (already carries its city)"),
        ("gg06", f"{TC}浮桥镇党委", "书记", _G06_QIAN, None)], []),
    "gg:褚明远": ("褚明远", "official", TC, [
        ("gg07", f"{TC}水务局", "局长", "市水务局局长褚明远", None)], []),
    "gg:覃海平#2": ("覃海平", "official", TC, [
        ("gg07", f"{TC}浏河镇党委", "书记", "浏河镇党委书记覃海平", "太仓 (江苏); not the 覃海平 of 凤凰县水利局 (gg01, gg03)")], []),
    "gg:金雨辰": ("金雨辰", "official", TC, [
        ("gg07", f"{TC}沙溪镇党委", "书记", "沙溪镇党委书记金雨辰", "2024: succeeds 顾文澜")], []),
    # ---- 南平 武夷山
    "gg:饶知航": ("饶知航", "official", WYS, [
        ("gg08", f"{WYS}委", "副书记", "市委副书记、市长饶知航到星村镇", "2022-09 (identity case: 南平市副市长 in 2024, gg09); named in the headline too"),
        ("gg08", f"{WYS}政府", "市长", "市委副书记、市长饶知航到星村镇", None),
        ("gg09", "南平市政府", "副市长", "副市长饶知航到武夷新区调研", "2024-03: bare 副市长 in the 闽北日报 = 南平市's; named in the headline too")], []),
    "gg:刘文韬": ("刘文韬", "official", WYS, [
        ("gg08", "武夷山国家旅游度假区管委会", "主任", "武夷山国家旅游度假区管委会主任刘文韬", "DECIDED HERE: the 度假区's 管委会, labelled by the zone's full name as written")], []),
    "gg:黄秋燕": ("黄秋燕", "official", WYS, [
        ("gg08", f"{WYS}星村镇党委", "书记", "星村镇党委书记黄秋燕", None)], []),
    "gg:邱建清": ("邱建清", "official", WYS, [
        ("gg08", f"{WYS}五夫镇党委", "副书记", "五夫镇党委副书记、镇长邱建清", "2022-09 (identity case: 镇党委书记 in 2024, gg10)"),
        ("gg08", f"{WYS}五夫镇政府", "镇长", "五夫镇党委副书记、镇长邱建清", None),
        ("gg10", f"{WYS}五夫镇党委", "书记", "五夫镇党委书记邱建清", "2024-10: now 镇党委书记")], []),
    "gg:陈启凡": ("陈启凡", "official", "建阳区", [
        ("gg09", "建阳区委", "书记", "建阳区委书记陈启凡", "建阳区 (南平): one district of that name")], []),
    "gg:翁振宇": ("翁振宇", "official", "武夷新区", [
        ("gg09", "武夷新区管委会", "常务副主任", "武夷新区管委会常务副主任翁振宇", "DECIDED HERE: a named 新区's own name (as 两江新区)")], []),
    "gg:詹丽娟": ("詹丽娟", "official", "建阳区", [
        ("gg09", "建阳区将口镇党委", "书记", "将口镇党委书记詹丽娟", "将口镇 is 建阳区's")], []),
    "gg:傅思远": ("傅思远", "official", WYS, [
        ("gg10", f"{WYS}委", "副书记", "市委副书记、市长傅思远到五夫镇", "2024-10: the new 市长 (饶知航's successor); named in the headline too"),
        ("gg10", f"{WYS}政府", "市长", "市委副书记、市长傅思远到五夫镇", None)], []),
    "gg:游思成": ("游思成", "official", WYS, [
        ("gg10", f"{WYS}兴田镇党委", "书记", "兴田镇党委书记游思成", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gg01", "田晓蔓", "责任编辑", "editor", "责任编辑：田晓蔓"),
    ("gg02", "杨晓芮", "记者", "reporter", "本报讯（记者 杨晓芮 通讯员 吴青禾）"),
    ("gg02", "吴青禾", "通讯员", "correspondent", "本报讯（记者 杨晓芮 通讯员 吴青禾）"),
    ("gg02", "彭安琪", "编辑", "editor", "编辑：彭安琪"),
    ("gg03", "田晓蔓", "责任编辑", "editor", "责任编辑：田晓蔓"),
    ("gg04", "宋婉清", "作者", "author", "作者：宋婉清"),
    ("gg04", "黎书航", "责任编辑", "editor", "责任编辑：黎书航"),
    ("gg05", "王启帆", "记者", "reporter", "本报讯（记者 王启帆）"),
    ("gg05", "杨春霖", "责任编辑", "editor", "责任编辑：杨春霖"),
    ("gg06", "姚思琪", "记者", "reporter", "本报讯（记者 姚思琪）"),
    ("gg06", "谢晓琪", "责任编辑", "editor", "责任编辑：谢晓琪"),
    ("gg07", "陶语桐", "供稿", "author", "（市水务局　陶语桐）"),
    ("gg08", "邱婉婷", "责任编辑", "editor", "责任编辑：邱婉婷"),
    ("gg09", "蒋雨萌", "记者", "reporter", "本报讯（记者 蒋雨萌）"),
    ("gg09", "罗思远", "责任编辑", "editor", "责任编辑：罗思远"),
    ("gg10", "林雨菲", "责任编辑", "editor", "责任编辑：林雨菲"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gg01", "沱江流域防汛和古城景区安全工作调研", "inspection (调研)", "6月8日", None, "向远涛", [],
     ["龙晓梅", "覃海平", "吴振坤", "麻秋霞"], ["覃海平", "麻秋霞", "吴振坤", "向远涛", "龙晓梅"], "沱江镇、廖家桥镇",
     "县委副书记、县长向远涛深入沱江镇、廖家桥镇，调研沱江流域防汛和古城景区安全工作",
     ["县长向远涛深入沱江镇、廖家桥镇", "镇长麻秋霞陪同调研", "覃海平汇报了", "麻秋霞介绍了", "吴振坤介绍了", "向远涛指出", "龙晓梅要求"]),
    ("gg02", "凤凰县文旅融合发展和重点项目建设调研", "inspection (调研)", "8月16日", None, "彭继元", [],
     ["石雅蓉", "宋家骏", "田嘉树", "向远涛"], ["田嘉树", "向远涛", "彭继元", "石雅蓉"], "凤凰县",
     "州委副书记、州长彭继元到凤凰县调研文旅融合发展和重点项目建设工作",
     ["州长彭继元到凤凰县调研", "州政府秘书长宋家骏参加调研", "县长向远涛陪同调研", "田嘉树汇报了", "向远涛介绍了",
      "彭继元指出", "石雅蓉就暑期景区安全", "田嘉树表示"]),
    ("gg03", "沱江凤凰段、万溶江吉信段县级总河长巡河", "inspection (巡河)", "5月20日", None, "向远涛", [],
     ["滕子谦", "覃海平", "杨秀峰", "吴振坤"], ["杨秀峰", "吴振坤"], "沱江凤凰段、万溶江吉信段",
     "县委书记、县级总河长向远涛带队巡查沱江凤凰段、万溶江吉信段",
     ["向远涛带队巡查沱江凤凰段", "吴振坤参加巡河", "杨秀峰汇报了", "吴振坤介绍了"]),
    ("gg03", "全县河湖长制工作推进会", "meeting (推进会)", "5月20日", "向远涛", None, [],
     [], ["覃海平", "滕子谦", "向远涛"], None,
     "全县河湖长制工作推进会召开，向远涛主持会议并讲话",
     ["向远涛主持会议并讲话", "覃海平通报了", "滕子谦就沱江流域截污纳管", "向远涛强调"]),
    ("gg04", "沙溪镇古镇保护利用和汛期防汛工作调研", "inspection (调研)", "7月14日", None, "段乔林", [],
     ["张惠兰", "赵德勋", "李绍泉"], ["赵德勋", "李绍泉", "张惠兰", "段乔林"], "沙溪镇",
     "县委副书记、县长段乔林到沙溪镇调研古镇保护利用和汛期防汛工作",
     ["县长段乔林到沙溪镇调研", "镇长李绍泉陪同调研", "赵德勋介绍了", "李绍泉汇报了", "张惠兰介绍了", "段乔林指出"]),
    ("gg05", "剑湖保护治理和老君山生态保护调研", "inspection (调研)", "9月20日", None, "尹春和", [],
     ["施向东", "段乔林", "赵德勋"], ["段乔林", "赵德勋", "尹春和", "施向东"], "剑川县",
     "副州长尹春和到剑川县调研剑湖保护治理和老君山生态保护工作",
     ["副州长尹春和到剑川县调研", "副县长赵德勋陪同调研", "段乔林汇报了", "赵德勋介绍了", "尹春和强调", "施向东表示"]),
    ("gg06", "沙溪镇、浮桥镇古镇保护、乡村振兴和港城融合发展调研", "inspection (调研)", "昨天", None, "陆秉辰", [],
     ["罗俊熙"], ["顾文澜", "朱敏华", "钱立群", "陆秉辰"], "沙溪镇、浮桥镇",
     "市委副书记、市长陆秉辰到沙溪镇、浮桥镇调研古镇保护、乡村振兴和港城融合发展工作",
     ["市长陆秉辰到沙溪镇、浮桥镇调研", "市政府秘书长罗俊熙参加调研", "顾文澜介绍了", "朱敏华汇报了", "钱立群汇报了", "陆秉辰指出"]),
    ("gg07", "汛前水利工程运行和防汛准备工作检查", "inspection (检查)", "6月4日", None, "顾文澜", [],
     ["褚明远", "覃海平", "金雨辰"], ["覃海平", "金雨辰", "褚明远", "顾文澜"], "浏河镇、沙溪镇",
     "副市长顾文澜带队检查汛前水利工程运行和防汛准备工作",
     ["副市长顾文澜带队检查", "沙溪镇党委书记金雨辰参加检查", "覃海平汇报了", "金雨辰介绍了", "褚明远汇报了", "顾文澜要求"]),
    ("gg08", "星村镇、五夫镇重点项目建设和茶旅融合发展调研", "inspection (调研)", "9月15日", None, "饶知航", [],
     ["刘文韬", "黄秋燕", "邱建清"], ["黄秋燕", "刘文韬", "邱建清", "饶知航"], "星村镇、五夫镇",
     "市委副书记、市长饶知航到星村镇、五夫镇调研重点项目建设和茶旅融合发展工作",
     ["市长饶知航到星村镇、五夫镇调研", "镇长邱建清陪同调研", "黄秋燕介绍了", "刘文韬汇报了", "邱建清介绍", "饶知航指出"]),
    ("gg09", "武夷新区重点项目建设和城市功能提升调研", "inspection (调研)", "3月27日", None, "饶知航", [],
     ["陈启凡", "翁振宇", "詹丽娟"], ["翁振宇", "詹丽娟", "陈启凡", "饶知航"], "武夷新区",
     "副市长饶知航到武夷新区调研重点项目建设和城市功能提升工作",
     ["副市长饶知航到武夷新区调研", "将口镇党委书记詹丽娟陪同调研", "翁振宇汇报了", "詹丽娟介绍了", "陈启凡表示", "饶知航指出"]),
    ("gg10", "五夫镇、兴田镇乡村振兴和文物保护利用调研", "inspection (调研)", "10月17日", None, "傅思远", [],
     ["邱建清", "游思成"], ["邱建清", "游思成", "傅思远"], "五夫镇、兴田镇",
     "市委副书记、市长傅思远到五夫镇、兴田镇调研乡村振兴和文物保护利用工作",
     ["市长傅思远到五夫镇、兴田镇调研", "兴田镇党委书记游思成陪同调研", "邱建清汇报了", "游思成介绍了", "傅思远强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gg01", "沱江廖家桥段堤防加固工程", "engineering_work", "沱江廖家桥段堤防加固工程现场"),
    ("gg02", "南方长城景区提质改造项目", "project", "田嘉树汇报了南方长城景区提质改造项目"),
    ("gg02", "凤凰至铜仁快速通道", "infrastructure_project", "凤凰至铜仁快速通道千工坪段施工现场"),
    ("gg03", "城北片区雨污分流改造工程", "infrastructure_project", "城北片区雨污分流改造工程和沿河排污口整治情况"),
    ("gg03", "万溶江吉信段生态护岸工程", "greening_project", "察看万溶江吉信段生态护岸工程"),
    ("gg04", "沙溪至石宝山旅游公路提升改造工程", "infrastructure_project", "张惠兰介绍了沙溪至石宝山旅游公路提升改造工程"),
    ("gg05", "甸南镇污水处理厂提标改造工程", "infrastructure_project", "甸南镇污水处理厂提标改造工程现场"),
    ("gg05", "剑湖流域截污治污工程", "infrastructure_project", "赵德勋介绍了剑湖流域截污治污工程"),
    ("gg06", "七浦塘沙溪段生态廊道工程", "greening_project", "七浦塘沙溪段生态廊道工程和虹桥村"),
    ("gg06", "浮桥镇港城物流园二期", "logistics_hub", "察看了浮桥镇港城物流园二期"),
    ("gg07", "沙溪古镇防洪排涝泵站改造", "engineering_work", "金雨辰介绍了沙溪古镇防洪排涝泵站改造"),
    ("gg08", "九曲码头提升改造工程", "infrastructure_project", "察看了九曲码头提升改造工程"),
    ("gg08", "五夫镇乡村振兴示范带", "project", "走进兴贤古街和五夫镇乡村振兴示范带"),
    ("gg08", "崇阳溪城区段水美城市建设工程", "greening_project", "察看了崇阳溪城区段水美城市建设工程"),
    ("gg09", "武夷新区智慧物流园一期", "logistics_hub", "先后来到武夷新区智慧物流园一期"),
    ("gg09", "童游片区城市更新项目", "project", "童游片区城市更新项目、潭城街道"),
    ("gg09", "潭城街道老旧小区改造项目", "housing_project", "潭城街道老旧小区改造项目和崇阳溪"),
    ("gg09", "崇阳溪建阳段防洪提升工程", "engineering_work", "崇阳溪建阳段防洪提升工程现场"),
    ("gg10", "五夫镇乡村振兴示范带二期", "project", "走进兴贤古街和五夫镇乡村振兴示范带二期"),
    ("gg10", "城村汉城遗址考古遗址公园", "project", "城村汉城遗址考古遗址公园建设要严格按照"),
    ("gg10", "兴田至星村旅游公路改造工程", "infrastructure_project", "察看了兴田至星村旅游公路改造工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    # gg01 凤凰县 site, 2022
    ("gg01", "沱江镇", "town", "standalone", "深入沱江镇、廖家桥镇"),
    ("gg01", "廖家桥镇", "town", "standalone", "深入沱江镇、廖家桥镇"),
    ("gg01", "沱江", "river", "standalone", "沱江穿城而过"),
    ("gg01", "长潭岗水库", "reservoir", "standalone", "在长潭岗水库，覃海平汇报了"),
    ("gg01", "廖家桥", "town", "standalone", "在廖家桥，麻秋霞介绍了"),
    ("gg01", "凤凰古城", "scenic_area", "standalone", "和凤凰古城虹桥"),
    ("gg01", "虹桥", "bridge", "standalone", "和凤凰古城虹桥"),
    ("gg01", "菖蒲塘村", "village", "standalone", "菖蒲塘村沿河地段"),
    ("gg01", "古城片区", "area", "standalone", "古城片区临河商铺"),
    ("gg01", "凤凰", "county", "standalone", "凤凰因水而兴"),
    ("gg01", "南华山", "mountain", "standalone", "确保南华山、奇梁洞等景区"),
    ("gg01", "奇梁洞", "scenic_area", "standalone", "确保南华山、奇梁洞等景区"),
    ("gg01", "G209", "road", "standalone", "G209沿线地质灾害隐患点"),
    # gg02 团结报, 2023
    ("gg02", "凤凰县", "county", "standalone", "彭继元到凤凰县调研"),
    ("gg02", "凤凰古城", "scenic_area", "standalone", "先后来到凤凰古城、南方长城景区"),
    ("gg02", "南方长城景区", "scenic_area", "standalone", "先后来到凤凰古城、南方长城景区"),
    ("gg02", "山江镇", "town", "standalone", "在山江镇，向远涛介绍了"),
    ("gg02", "凤凰", "county", "standalone", "凤凰是湘西旅游的金字招牌"),
    ("gg02", "铜仁", "city", "in_project_name", "凤凰至铜仁快速通道千工坪段施工现场"),
    ("gg02", "千工坪", "town", "standalone", "在千工坪，施工单位负责人"),
    ("gg02", "湘西", "autonomous_prefecture", "standalone", "凤凰是湘西旅游的金字招牌"),
    ("gg02", "沱江", "river", "standalone", "要把沱江两岸和古城片区"),
    ("gg02", "古城片区", "area", "standalone", "要把沱江两岸和古城片区"),
    ("gg02", "奇梁洞", "scenic_area", "standalone", "南方长城景区、奇梁洞和山江镇苗寨"),
    ("gg02", "吉首", "county_level_city", "standalone", "加强与吉首、花垣的线路联动"),
    ("gg02", "花垣", "county", "standalone", "加强与吉首、花垣的线路联动"),
    # gg03 凤凰县 site, 2024
    ("gg03", "沱江", "river", "standalone", "向远涛带队巡查沱江凤凰段"),
    ("gg03", "凤凰", "county", "standalone", "沱江是凤凰的母亲河"),
    ("gg03", "万溶江", "river", "standalone", "沱江凤凰段、万溶江吉信段"),
    ("gg03", "吉信", "town", "standalone", "在吉信，杨秀峰汇报了"),
    ("gg03", "长潭岗水库", "reservoir", "standalone", "从长潭岗水库坝首出发"),
    ("gg03", "虹桥", "bridge", "standalone", "虹桥至万名塔段河面保洁"),
    ("gg03", "万名塔", "heritage_site", "standalone", "虹桥至万名塔段河面保洁"),
    ("gg03", "城北片区", "area", "standalone", "滕子谦就沱江流域截污纳管和城北片区改造作了安排"),
    ("gg03", "吉信镇", "town", "standalone", "随后来到吉信镇"),
    ("gg03", "沱江镇", "town", "in_title", "沱江镇党委书记吴振坤"),
    # gg04 剑川县 site, 2021
    ("gg04", "沙溪镇", "town", "standalone", "到沙溪镇调研古镇保护利用"),
    ("gg04", "沙溪古镇", "ancient_town", "standalone", "先后来到沙溪古镇寺登街"),
    ("gg04", "寺登街", "historic_street", "standalone", "在寺登街，赵德勋介绍了"),
    ("gg04", "兴教寺", "heritage_site", "standalone", "寺登街、兴教寺、黑潓江沙溪段"),
    ("gg04", "黑潓江", "river", "standalone", "在黑潓江堤防"),
    ("gg04", "沙溪", "town", "standalone", "沙溪是剑川文旅发展"),
    ("gg04", "石宝山", "scenic_area", "standalone", "黑潓江沙溪段堤防和石宝山"),
    ("gg04", "四方街", "square", "standalone", "四方街周边业态提升"),
    ("gg04", "剑川", "county", "standalone", "沙溪是剑川文旅发展"),
    ("gg04", "金华镇", "town", "standalone", "县城金华镇的剑川古城"),
    ("gg04", "剑川古城", "scenic_area", "standalone", "县城金华镇的剑川古城"),
    # gg05 大理日报, 2023
    ("gg05", "剑川县", "county", "standalone", "尹春和到剑川县调研剑湖保护治理"),
    ("gg05", "剑湖", "lake", "standalone", "在剑湖，段乔林汇报了"),
    ("gg05", "老君山", "mountain", "standalone", "统筹推进老君山生态保护"),
    ("gg05", "海门口遗址", "heritage_site", "standalone", "剑湖湖滨带、海门口遗址"),
    ("gg05", "海尾河", "river", "standalone", "剑湖出水口海尾河"),
    ("gg05", "甸南镇", "town", "in_project_name", "甸南镇污水处理厂提标改造工程现场"),
    ("gg05", "剑川", "county", "standalone", "剑湖是剑川的母亲湖"),
    ("gg05", "黑潓江", "river", "standalone", "也是黑潓江的源头湖泊"),
    ("gg05", "滇西北", "region", "standalone", "守好滇西北生态屏障"),
    # gg06 太仓日报, 2022
    ("gg06", "沙溪镇", "town", "standalone", "到沙溪镇、浮桥镇调研"),
    ("gg06", "浮桥镇", "town", "standalone", "到沙溪镇、浮桥镇调研"),
    ("gg06", "沙溪古镇", "ancient_town", "standalone", "察看了沙溪古镇"),
    ("gg06", "七浦塘", "river", "standalone", "把七浦塘生态廊道和古镇保护结合起来"),
    ("gg06", "沙溪", "town", "standalone", "沙溪、浮桥各有优势"),
    ("gg06", "浮桥", "town", "standalone", "沙溪、浮桥各有优势"),
    ("gg06", "虹桥村", "village", "standalone", "汇报了虹桥村农文旅融合项目"),
    ("gg06", "新建村", "village", "standalone", "新建村去年新建的稻米加工中心"),
    ("gg06", "204国道", "road", "standalone", "204国道沿线企业"),
    ("gg06", "太仓港经开区", "development_zone", "in_title", _G06_QIAN),
    ("gg06", "太仓", "county_level_city", "standalone", "打造太仓的“后花园”"),
    ("gg06", "太仓港", "port", "standalone", "紧邻太仓港的区位"),
    ("gg06", "娄江新城", "new_area", "standalone", "各镇要与娄江新城、科教新城加强产业协同"),
    ("gg06", "科教新城", "new_area", "standalone", "各镇要与娄江新城、科教新城加强产业协同"),
    # gg07 太仓 site, 2024
    ("gg07", "浏河", "river", "standalone", "先后来到浏河闸"),
    ("gg07", "长江", "river", "standalone", "长江太仓段浏河口堤防"),
    ("gg07", "太仓", "county_level_city", "standalone", "太仓东濒长江"),
    ("gg07", "浏河口", "estuary", "standalone", "长江太仓段浏河口堤防"),
    ("gg07", "杨林塘", "river", "standalone", "杨林塘沿线和七浦塘沙溪段"),
    ("gg07", "七浦塘", "river", "standalone", "杨林塘沿线和七浦塘沙溪段"),
    ("gg07", "沙溪", "town", "standalone", "在沙溪，金雨辰介绍了"),
    ("gg07", "浏河镇", "town", "standalone", "在浏河镇，覃海平汇报了"),
    ("gg07", "沙溪古镇", "ancient_town", "in_project_name", "金雨辰介绍了沙溪古镇防洪排涝泵站改造"),
    ("gg07", "沙溪镇", "town", "in_title", "沙溪镇党委书记金雨辰"),
    # gg08 武夷山新闻网, 2022
    ("gg08", "星村镇", "town", "standalone", "到星村镇、五夫镇调研"),
    ("gg08", "五夫镇", "town", "standalone", "在五夫镇，饶知航走进"),
    ("gg08", "武夷山国家旅游度假区", "resort", "in_title", "武夷山国家旅游度假区管委会主任刘文韬"),
    ("gg08", "九曲码头", "port", "in_project_name", "察看了九曲码头提升改造工程"),
    ("gg08", "桐木村", "village", "standalone", "桐木村生态茶园"),
    ("gg08", "九曲溪", "river", "standalone", "九曲溪上游生态保护情况"),
    ("gg08", "星村", "town", "standalone", "星村要守好九曲溪"),
    ("gg08", "度假区", "resort", "standalone", "度假区与星村联动开发夜游产品"),
    ("gg08", "天游峰", "mountain", "standalone", "分流天游峰和九曲溪竹筏客流"),
    ("gg08", "兴贤古街", "historic_street", "standalone", "走进兴贤古街"),
    ("gg08", "五夫", "town", "standalone", "五夫今年已接待研学团队"),
    ("gg08", "崇阳溪", "river", "in_project_name", "察看了崇阳溪城区段水美城市建设工程"),
    ("gg08", "公馆大桥", "bridge", "standalone", "公馆大桥周边交通组织"),
    ("gg08", "武夷山市", "county_level_city", "standalone", "武夷山市的根在山水"),
    # gg09 闽北日报, 2024
    ("gg09", "武夷新区", "new_area", "standalone", "饶知航到武夷新区调研"),
    ("gg09", "建阳区", "district", "in_title", "建阳区委书记陈启凡"),
    ("gg09", "将口镇", "town", "in_title", "将口镇党委书记詹丽娟"),
    ("gg09", "童游片区", "area", "in_project_name", "童游片区城市更新项目、潭城街道"),
    ("gg09", "潭城街道", "sub_district_office", "in_project_name", "潭城街道老旧小区改造项目和崇阳溪"),
    ("gg09", "崇阳溪", "river", "in_project_name", "崇阳溪建阳段防洪提升工程现场"),
    ("gg09", "建阳", "district", "standalone", "建阳将全力服务新区建设"),
    ("gg09", "将口", "town", "standalone", "在将口，詹丽娟介绍了"),
    ("gg09", "新区", "new_area", "standalone", "汇报了新区今年重点项目清单"),
    # gg10 武夷山市 site, 2024
    ("gg10", "五夫镇", "town", "standalone", "在五夫镇，傅思远走进"),
    ("gg10", "兴田镇", "town", "standalone", "在兴田镇，傅思远来到"),
    ("gg10", "兴贤古街", "historic_street", "standalone", "走进兴贤古街"),
    ("gg10", "五夫", "town", "standalone", "今年以来五夫接待研学学生"),
    ("gg10", "城村汉城遗址", "heritage_site", "standalone", "傅思远来到城村汉城遗址"),
    ("gg10", "城村", "village", "standalone", "在城村，傅思远与村干部"),
    ("gg10", "兴田", "town", "standalone", "五夫、兴田文化底蕴深厚"),
    ("gg10", "星村", "town", "in_project_name", "察看了兴田至星村旅游公路改造工程"),
    ("gg10", "九曲溪", "river", "standalone", "尽早把九曲溪与汉城遗址两大景点串联起来"),
    ("gg10", "汉城遗址", "heritage_site", "standalone", "尽早把九曲溪与汉城遗址两大景点串联起来"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gg", conventions="set gg (blind set: places in depth on county and city pages of 湖南 湘西州 凤凰县, 云南 大理州 剑川县, 江苏 苏州 太仓市 and 福建 南平 (武夷山市, 武夷新区, 建阳区): towns, villages, scenic areas, mountains, a lake, reservoirs, roads, bridges, river stretches (X河Y段 gives the river and the short name written in it), 片区 and 新区; one town name in two counties (沙溪镇 of 剑川县 and of 太仓市, both written short as 沙溪); a short form written after the full name is a line of its own; a zone written bare (度假区, 新区) is annotated as written; footers with their addresses, 相关链接 and 上一篇 / 下一篇 are not annotated; 河长 roles no posts; a 镇长 is a post of the town's 政府; one line per post per article)",
          persons_note="Set gg persons. id = corpus-wide person_id (gg:覃海平#1 of 凤凰县 (湖南) and gg:覃海平#2 of 太仓's 浏河镇 (江苏) are two people; gg:向远涛 凤凰县长 2022–23 → 县委书记 2024; gg:赵德勋 剑川 沙溪镇党委书记 2021 → 县委常委、副县长 2023; gg:顾文澜 太仓 沙溪镇党委书记 2022 → 副市长 2024; gg:饶知航 武夷山市长 2022 → 南平市副市长 2024; gg:邱建清 五夫镇镇长 2022 → 镇党委书记 2024)")


if __name__ == "__main__":
    main()
