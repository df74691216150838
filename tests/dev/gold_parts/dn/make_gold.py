"""Write gold part ``dn`` (a blind set: older county pages, 2013–2017, in the wording of their time: organs renamed
since, counties that later became districts or cities under their old 县 names, ``同志`` after names, 新农村 / 五水共治 /
精准扶贫 / 四个全面 topics, old page layouts) from the tables below.

Pages ``tests/dev/texts/dn*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 湘阴县 site (2010s, ``市国土资源局副局长…一行来我县调研…县国土资源局
负责人…汇报…县委常委、副县长…出席座谈会``); a 德州新闻网 page on 武城县 (``市委常委、县委书记…，县委常委、副县长…陪同``,
``深入到县国土资源局``); a 2019 香港商报 page on 洞口县's 自然资源局 taking over ``原县国土资源局`` (the renaming this part is
about); a 秦安县扶贫办 page (2015, ``县委书记…，县政协主席…，县委常委、副县长…及县扶贫办负责人一同调研``, ``(秦安县扶贫办)``
as the credit); a 周口日报 page on 鹿邑县 (2016, ``本报讯 1月8日下午，鹿邑县委书记…带领…深入…检查指导精准扶贫工作。县委常委、
组织部部长…，副县长…参加调研``, a 现场会 after the tour, ``(闫子健)``); the 甘肃省卫计委 精准扶贫 page (2016, ``15.04.2016
15:11``); a 盐亭 卫计局 page (``县卫计局局长…陪同调研``); a 徽县 page (2016, long 陪同 list, ``县委副书记、政府县长…``,
``现场观摩结束后…召开座谈会``); a 2013 county site (``副县长…检查指导食药监管工作``, ``发布时间:2013-05-22 来源:县食品药品监管局
点击量:1718 [ 字体: ] 打印 分享:``, ``(县食药局 焦坤)``); the 滦州市 site (a 2018 page still on the 滦县 wording: ``唐山市食药监局
考核组…对我县2017年食品药品安全工作进行实地核查，副县长…陪同检查``, footer ``滦州市人民政府 版权所有 冀ICP备…``); a 户县 page of
2014 (``县委书记…主持召开县委十六届第43次常委会议。县委副书记、县长…出席…县人大主任…、县政协主席…列席``); 海安 and 秦安
县委常委会 pages; a 衡山县卫生和计划生育局 page (2016, ``来源:… 作者:… 浏览:889次 发布时间:2016年03月08日``); a 屏山县 卫生计生
page (2015, ``县委常委、常务副县长…，县卫生和计划生育局局长…``, ``(编辑 … 责任编辑 …)``); a 文县 page (``发布日期:15-11-17
23:38:03 点击次数: 来源: 转播到腾讯微博``); a 红网 东安县 page (2017, ``来源:红网永州站 作者:… 编辑:…``); the 沁源 paper
(``PDF «上一版 下一版»本期共4版``, ``本报讯 记者 … 1月26日，省扶贫办副主任…率队深入我县…县委副书记、县长…，副县长…陪同``);
a 临澧县 新农村示范片 page. Places are real: 陕西 西安 户县 (鄠邑区 since 2016), 河北 唐山 滦县 (滦州市 since 2018, two
pages), 浙江 台州 玉环县 (玉环市 since 2017, two pages), 湖北 荆门 京山县 (京山市 since 2018, a county site and the 荆门日报),
江西 赣州 赣县 (赣县区 since 2016), 广西 桂林 荔浦县 (荔浦市 since 2018), 重庆 梁平县 (梁平区 since 2016).

Shapes: an old county site with 点击数, ``【字体：大 中 小】　【打印】　【关闭】``, 相关新闻 list and a ``Copyright 2008-2015`` footer: the
县委理论学习中心组's 集体学习 on ``四个全面`` with ``同志`` after every leader's name, 人大 / 政协 heads, department heads
speaking (dn01, 户县 2015); an old county site (``点击量：386　[字体：大 中 小]　打印　分享到：``, 上一篇 / 下一篇): the 常务副县长's
安全生产月 检查 with the 县安监局 and 县食药监局 heads, a town secretary and a 镇长 (dn02, 滦县 2014); a county news portal with
``作者：… 责任编辑：…``, share buttons, 【我要纠错】 and 相关阅读 (dn03, 滦县 2017: the same man now 县长; 县农业局, 县环保局); an old
county site's 五水共治 检查 by the 县长 with the 县环保局 head (dn04, 玉环县 2014); the 台州日报 第06版 with a two-line title and
本版导读 (dn05, 玉环县 2016: the former 环保局长 now 副县长, ``撤县设市的关键时期``); an old site's 新农村 调研 with ``同志`` and a
现场办公会 (dn06, 京山县 2013); the 荆门日报 第A02版 (dn07, 2016: the former 京山县长 now 副市长, the former 常务副县长 now 县长);
an old site's 精准扶贫工作推进会 (dn08, 赣县 2015: 县扶贫和移民办, 县卫计委, a 乡长); a county site's 脱贫攻坚 督导 (dn09, 荔浦县
2017: 县国土资源局, 县扶贫办); an old 重庆 county site's 防汛 and 安全生产 检查 (dn10, 梁平县 2016: 县安监局, 县水务局).

Identity cases:
- dn:阚振新 滦县委常委、常务副县长 (dn02, June 2014) → 滦县委副书记、县长 (dn03, Sept 2017).
- dn:缪伟杰 玉环县环保局局长 (dn04, March 2014) → 玉环县副县长 (dn05, Nov 2016).
- dn:聂平川 moves place: 京山县委副书记、县长 (dn06, April 2013) → 荆门市副市长 (dn07, Aug 2016).
- dn:伍德华 京山县委常委、常务副县长 (dn06, 2013) → 京山县委副书记、县长 (dn07, 2016); dn:鄢春明 京山县发改局局长 on both.
- two different 汤建国 in unrelated places: dn:汤建国#1 梁平县委常委、副县长 (重庆, dn10, 2016); dn:汤建国#2 荔浦县国土资源局
  局长 (广西, dn09, 2017).
- one organ wording, different places: ``县环保局`` is 玉环县's (dn04, dn05) and 滦县's (dn03); ``县国土资源局`` is 户县's (dn01),
  荔浦县's (dn09) and 梁平县's (dn10, named without a holder); ``县安监局`` is 滦县's (dn02) and 梁平县's (dn10); ``县发改局`` is
  户县's (dn01) and 京山县's (dn06, dn07); bare ``县委`` / ``县长`` are seven counties'.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and part cg where they speak; decided here where they are silent):
- As cg: every organ carries the county's name AS THE PAGE WRITES IT FOR ITS DATE: 户县委 / 户县政府 (2015, not 鄠邑区),
  滦县委 (2014, 2017, not 滦州市), 玉环县委 (2014; 玉环县政府 in 2016, before the 2017 change), 京山县委 (2013, 2016), 赣县委
  (2015, not 赣县区), 荔浦县委 (2017), 梁平县委 (2016, not 梁平区). Towns and departments follow: 滦县雷庄镇党委, 玉环县坎门街道
  党工委, 赣县韩坊乡政府. Nothing is folded forward; places of kind ``county`` by the page's date.
- DECIDED HERE (renamed organs): a department is kept with the name it had on the page, in the page's own short or long
  form, and is not mapped to its successor: ``县国土资源局`` → 户县国土资源局 / 荔浦县国土资源局 (not 自然资源局); ``县环保局`` →
  玉环县环保局 / 滦县环保局 (not 生态环境局); ``县安监局`` → 滦县安监局 / 梁平县安监局 (not 应急管理局); ``县食药监局`` →
  滦县食药监局 (not 市场监管局, not the long 食品药品监督管理局); ``县卫计委`` → 赣县卫计委 (not 卫健委); ``县发改局``, ``县农业局``
  (not 农业农村局), ``县水利局``, ``县水务局``, ``县扶贫办``, ``县扶贫和移民办`` (not 乡村振兴局) as written, each with its county.
- DECIDED HERE (``同志``): ``同志`` after a name (``县委书记彭守业同志主持``, ``县长聂平川同志深入``) is neither part of the name
  nor a title: the person is 彭守业, the posts are those before the name; the evidence keeps the page's wording with 同志.
  ``负责同志`` (``各部门负责同志``) names no one.
- Titles: ``县委常委、宣传部长`` → X县委 常委 + X县委宣传部 部长 (as ao / af); ``县人大常委会主任`` → X县人大常委会 主任; ``县政协
  主席`` → X县政协 主席; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长; ``县委常委、副县长`` → X县委 常委 + X县政府 副县长;
  a town's ``镇长`` / ``乡长`` → X县Y镇政府 镇长 / X县Y乡政府 乡长 (as bq); ``镇党委书记`` after ``在雷庄镇`` = that town's. In the
  city paper ``玉环县副县长`` → 玉环县政府 副县长, bare ``县环保局`` after it = 玉环县's; in the 荆门日报 bare ``副市长`` → 荆门市政府,
  bare ``县委副书记、县长`` after ``京山县委书记`` = 京山县's.
- Not posts: ``县委中心组成员`` (a study group, CONVENTIONS), ``各乡镇党委书记、乡镇长`` (no name), ``驻村工作队``.
- Events: 调研 / 检查 / 督导 / 夜查 are ``inspection`` (leader; 陪同 / 参加 named → attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 /
  表示 / 作了安排 / 作了部署 → speakers); the 中心组集体学习 and the 推进会 are meetings (chair 主持; 出席 → attendees; 辅导 /
  交流发言 / 通报 / 典型发言 → speakers; ``出席会议并讲话`` is attendee and speaker). DECIDED HERE: a 现场办公会 (dn06) or 汇报会 (dn07)
  held on the tour (``在孙桥镇召开的现场办公会上``, ``在随后召开的汇报会上``) is its own meeting (as cg06's 座谈会); the 汇报 /
  强调 / 表示 said there are its speakers, not the inspection's.
- Bylines: ``（县委宣传部　汪丽娜）`` / ``（县安监局　侯振川）`` and ``作者：…`` are author lines; ``责任编辑：…`` editor lines;
  ``本报讯（记者 … 通讯员 …）`` a reporter and a correspondent. ``来源：县安监局`` names no person.
- Chrome: 相关新闻 / 相关阅读 / 相关链接 / 上一篇 / 下一篇 / 本版导读 links, visitor counters, ``Copyright 2008-2015``, ICP numbers and
  addresses are not annotated (their meetings, places and persons are no facts of the page).
- Projects: works inspected or pushed: 综合治理 / 河道整治 / 清淤 / 闭库治理 / 地质灾害治理 / 灌区续建配套 ``engineering_work``;
  生态治理 of a river ``greening_project``; 污水管网, 垃圾处理中心, 综合管廊 ``infrastructure_project``; 新型社区, 易地扶贫搬迁安置点 /
  安置小区 ``housing_project``; …工业园三期, 加工园二期, a zone's 产业园 ``industrial_park``; 示范片, 重点村片区, 产业扶贫示范基地,
  光伏扶贫电站, 电镀园区集中整治工程 ``project``. Standing parks named as units (榛子镇食品加工园区) are places (``zone_park``, as bq);
  a county's 经济开发区 is a place as written (滦县经济开发区, 京山县经济开发区, as cg).
- Places: one line per name per file, as written (玉环 and 玉环县 are two lines); places in org references and project names
  count; 荔浦芋 (a product) is no place; site lines, mastheads, 来源 lines, footers and links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HX, LX, YH, JS, GX, LP, LPG = "户县", "滦县", "玉环县", "京山县", "赣县", "荔浦县", "梁平县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dn01_huxian.txt": (2015, "发布时间：2015-03-19 16:22:07", HX, [
        ("县委理论学习中心组专题学习“四个全面”战略布局", "3月18日上午", "2015-03-18", "3月18日上午，县委理论学习中心组",
         "old county site (户县, 鄠邑区 since 2016): 县委理论学习中心组 集体学习 on 四个全面; 同志 after names; 人大 / 政协 heads; 县发改局 and 县国土资源局 heads speak")]),
    "dn02_luanxian.txt": (2014, "发布时间：2014-06-13 10:05", LX, [
        ("阚振新带队检查“安全生产月”活动开展情况", "6月12日", "2014-06-12", "6月12日，县委常委",
         "old county site (滦县, 滦州市 since 2018): the 常务副县长's 安全生产月 检查 with the 县安监局 and 县食药监局 heads, a town secretary and a 镇长")]),
    "dn03_luanxian.txt": (2017, "2017-09-14 09:32:18", LX, [
        ("阚振新调研美丽乡村建设和农村人居环境整治工作", "9月13日", "2017-09-13", "9月13日，县委副书记",
         "county news portal: the former 常务副县长, now 县长, 调研s 美丽乡村; 县农业局, 县环保局 heads")]),
    "dn04_yuhuan.txt": (2014, "发布时间：2014-03-07", YH, [
        ("陶志远检查楚门镇、清港镇“五水共治”工作", "3月6日", "2014-03-06", "3月6日，县委副书记",
         "old county site (玉环县, 玉环市 since 2017): the 县长's 五水共治 检查 with the 县环保局 and 县水利局 heads, a town secretary and a 镇长")]),
    "dn05_yuhuan.txt": (2016, "2016年11月24日　星期四", YH, [
        ("玉环冲刺环保问题整改", "11月22日晚", "2016-11-22", "本报讯（记者 王佳颖 通讯员 郑一帆）11月22日晚",
         "city paper 第06版: the former 县环保局局长, now 副县长, leads a night 检查; the new 环保局长; 撤县设市 ahead")]),
    "dn06_jingshan.txt": (2013, "发布时间：2013-04-16", JS, [
        ("聂平川同志调研新农村建设和春季农业生产", "4月15日", "2013-04-15", "4月15日，县委副书记",
         "old county site (京山县, 京山市 since 2018): the 县长's 新农村 调研 with 同志, the 常务副县长, 县农业局 and 县发改局; 现场办公会")]),
    "dn07_jingmen.txt": (2016, "2016年8月25日　星期四", "荆门市", [
        ("聂平川在京山县调研县域经济发展时要求", "8月24日", "2016-08-24", "本报讯（记者 孔令婷 通讯员 龚一鸣）8月24日",
         "city paper 第A02版: the former 京山县长, now 副市长, 调研s 京山县; the former 常务副县长 now 县长; 汇报会")]),
    "dn08_ganxian.txt": (2015, "发布时间：2015-12-09 17:48:20", GX, [
        ("全县精准扶贫工作推进会召开", "12月8日下午", "2015-12-08", "12月8日下午，全县精准扶贫工作推进会",
         "old county site (赣县, 赣县区 since 2016): 精准扶贫工作推进会 (县长 主持, 书记 讲话 with 同志); 县扶贫和移民办, 县卫计委, a town secretary and a 乡长")]),
    "dn09_lipu.txt": (2017, "发布时间：2017-05-11 18:02", LP, [
        ("覃建明到修仁镇、茶城乡督导脱贫攻坚工作", "5月10日", "2017-05-10", "5月10日，县委书记",
         "county site (荔浦县, 荔浦市 since 2018): the 县委书记's 脱贫攻坚 督导 with 县国土资源局 (汤建国#2) and 县扶贫办")]),
    "dn10_liangping.txt": (2016, "发布时间：2016-06-20", LPG, [
        ("汤建国检查屏锦镇、礼让镇防汛和安全生产工作", "6月18日", "2016-06-18", "6月18日，县委常委",
         "old 重庆 county site (梁平县, 梁平区 since 2016): a 县委常委、副县长 (汤建国#1) 检查s 防汛 and 安全生产 with 县安监局 and 县水务局")]),
}

_DN01_ZHAI = "县委常委、宣传部长翟雅琴同志作了专题辅导"
_DN02_KAN = "县委常委、常务副县长阚振新带领"
_DN06_NIE = "县委副书记、县长聂平川同志深入永兴镇"
_DN06_WU = "县委常委、常务副县长伍德华同志"
_DN08_ZENG = "县委副书记、县长曾庆鸿同志主持会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 户县 (dn01)
    "dn:彭守业": ("彭守业", "official", "户县 (鄠邑区 since 2016)", [
        ("dn01", f"{HX}委", "书记", "县委书记彭守业同志主持学习并讲话", "2015; DECIDED HERE: 同志 is no part of the name; 户县委 = the county of the date")], []),
    "dn:贾文昌": ("贾文昌", "official", "户县", [
        ("dn01", f"{HX}委", "副书记", "县委副书记、县长贾文昌同志", None),
        ("dn01", f"{HX}政府", "县长", "县委副书记、县长贾文昌同志", None)], []),
    "dn:闵玉华": ("闵玉华", "official", "户县", [
        ("dn01", f"{HX}人大常委会", "主任", "县人大常委会主任闵玉华同志", None)], []),
    "dn:卜长林": ("卜长林", "official", "户县", [
        ("dn01", f"{HX}政协", "主席", "县政协主席卜长林同志", None)], []),
    "dn:翟雅琴": ("翟雅琴", "official", "户县", [
        ("dn01", f"{HX}委", "常委", _DN01_ZHAI, None),
        ("dn01", f"{HX}委宣传部", "部长", _DN01_ZHAI, "宣传部长 after 县委常委 = the 县委's 宣传部")], []),
    "dn:樊建涛": ("樊建涛", "official", "户县", [
        ("dn01", f"{HX}发改局", "局长", "县发改局局长樊建涛", "as written (县发改局)")], []),
    "dn:寇志刚": ("寇志刚", "official", "户县", [
        ("dn01", f"{HX}国土资源局", "局长", "县国土资源局局长寇志刚", "DECIDED HERE: the 国土资源局 of the date, not its successor 自然资源局")], []),
    # ---- 滦县 (dn02, dn03)
    "dn:阚振新": ("阚振新", "official", "滦县 (滦州市 since 2018)", [
        ("dn02", f"{LX}委", "常委", _DN02_KAN, "2014 (identity case: 县长 in 2017, dn03)"),
        ("dn02", f"{LX}政府", "常务副县长", _DN02_KAN, "named in the headline too"),
        ("dn03", f"{LX}委", "副书记", "县委副书记、县长阚振新到响堂镇", "2017: now 县长, still 滦县"),
        ("dn03", f"{LX}政府", "县长", "县委副书记、县长阚振新到响堂镇", None)], []),
    "dn:窦国胜": ("窦国胜", "official", "滦县", [
        ("dn02", f"{LX}安监局", "局长", "县安监局局长窦国胜", "DECIDED HERE: 安监局 as written (not 应急管理局)")], []),
    "dn:芦晓玲": ("芦晓玲", "official", "滦县", [
        ("dn02", f"{LX}食药监局", "局长", "县食药监局局长芦晓玲陪同检查", "DECIDED HERE: 食药监局 as written (short form, not 市场监管局)")], []),
    "dn:栾振海": ("栾振海", "official", "滦县雷庄镇", [
        ("dn02", f"{LX}雷庄镇党委", "书记", "镇党委书记栾振海汇报了", "镇党委 after 在雷庄镇")], []),
    "dn:商红军": ("商红军", "official", "滦县榛子镇", [
        ("dn02", f"{LX}榛子镇政府", "镇长", "镇长商红军介绍了", "镇长 after 在榛子镇 = the town's 政府")], []),
    "dn:姬彩霞": ("姬彩霞", "official", "滦县", [
        ("dn03", f"{LX}政府", "副县长", "副县长姬彩霞", None)], []),
    "dn:柏宝山": ("柏宝山", "official", "滦县", [
        ("dn03", f"{LX}农业局", "局长", "县农业局局长柏宝山", "as written (not 农业农村局)")], []),
    "dn:薄建华": ("薄建华", "official", "滦县", [
        ("dn03", f"{LX}环保局", "局长", "县环保局局长薄建华陪同调研", "县环保局 = 滦县's here, 玉环县's in dn04 / dn05")], []),
    "dn:冀明远": ("冀明远", "official", "滦县响堂镇", [
        ("dn03", f"{LX}响堂镇党委", "书记", "响堂镇党委书记冀明远汇报了", None)], []),
    # ---- 玉环县 (dn04, dn05)
    "dn:陶志远": ("陶志远", "official", "玉环县 (玉环市 since 2017)", [
        ("dn04", f"{YH}委", "副书记", "县委副书记、县长陶志远带领", "2014; named in the headline too"),
        ("dn04", f"{YH}政府", "县长", "县委副书记、县长陶志远带领", None)], []),
    "dn:戴晓红": ("戴晓红", "official", "玉环县", [
        ("dn04", f"{YH}政府", "副县长", "副县长戴晓红", None)], []),
    "dn:缪伟杰": ("缪伟杰", "official", "玉环县 (玉环市 since 2017)", [
        ("dn04", f"{YH}环保局", "局长", "县环保局局长缪伟杰", "2014 (identity case: 副县长 in 2016, dn05)"),
        ("dn05", f"{YH}政府", "副县长", "玉环县副县长缪伟杰带领", "2016: now 副县长 (the 台州日报 names the county)")], []),
    "dn:应鸿波": ("应鸿波", "official", "玉环县", [
        ("dn04", f"{YH}水利局", "局长", "县水利局局长应鸿波陪同检查", None)], []),
    "dn:颜振华": ("颜振华", "official", "玉环县楚门镇", [
        ("dn04", f"{YH}楚门镇党委", "书记", "楚门镇党委书记颜振华汇报了", None)], []),
    "dn:郏丽萍": ("郏丽萍", "official", "玉环县清港镇", [
        ("dn04", f"{YH}清港镇政府", "镇长", "清港镇镇长郏丽萍介绍了", None)], []),
    "dn:林海鸣": ("林海鸣", "official", "玉环县", [
        ("dn05", f"{YH}环保局", "局长", "县环保局局长林海鸣", "succeeds 缪伟杰; bare 县 after 玉环县副县长 = 玉环县")], []),
    "dn:詹启东": ("詹启东", "official", "玉环县坎门街道", [
        ("dn05", f"{YH}坎门街道党工委", "书记", "坎门街道党工委书记詹启东参加检查", None)], []),
    # ---- 京山县 / 荆门市 (dn06, dn07)
    "dn:聂平川": ("聂平川", "official", "京山县 → 荆门市", [
        ("dn06", f"{JS}委", "副书记", _DN06_NIE, "2013; 同志 after the name (identity case: 荆门市副市长 in 2016, dn07)"),
        ("dn06", f"{JS}政府", "县长", _DN06_NIE, "named in the headline too (聂平川同志调研…)"),
        ("dn07", "荆门市政府", "副市长", "副市长聂平川到京山县调研", "2016: moved to the prefecture; bare 副市长 in the 荆门日报")], []),
    "dn:伍德华": ("伍德华", "official", "京山县 (京山市 since 2018)", [
        ("dn06", f"{JS}委", "常委", _DN06_WU, "2013 (identity case: 县长 in 2016, dn07)"),
        ("dn06", f"{JS}政府", "常务副县长", _DN06_WU, None),
        ("dn07", f"{JS}委", "副书记", "县委副书记、县长伍德华陪同调研", "2016: bare 县委 right after 京山县委书记"),
        ("dn07", f"{JS}政府", "县长", "县委副书记、县长伍德华陪同调研", None)], []),
    "dn:邝永胜": ("邝永胜", "official", "京山县", [
        ("dn06", f"{JS}农业局", "局长", "县农业局局长邝永胜", None)], []),
    "dn:鄢春明": ("鄢春明", "official", "京山县", [
        ("dn06", f"{JS}发改局", "局长", "县发改局局长鄢春明陪同调研", "2013"),
        ("dn07", f"{JS}发改局", "局长", "县发改局局长鄢春明介绍了", "2016: the same post")], []),
    "dn:幸春华": ("幸春华", "official", "京山县永兴镇", [
        ("dn06", f"{JS}永兴镇党委", "书记", "永兴镇党委书记幸春华汇报了", None)], []),
    "dn:阮国栋": ("阮国栋", "official", "京山县", [
        ("dn07", f"{JS}委", "书记", "京山县委书记阮国栋", None)], []),
    # ---- 赣县 (dn08)
    "dn:赖光荣": ("赖光荣", "official", "赣县 (赣县区 since 2016)", [
        ("dn08", f"{GX}委", "书记", "县委书记赖光荣同志出席会议并讲话", "2015: 赣县委, the county of the date")], []),
    "dn:曾庆鸿": ("曾庆鸿", "official", "赣县", [
        ("dn08", f"{GX}委", "副书记", _DN08_ZENG, None),
        ("dn08", f"{GX}政府", "县长", _DN08_ZENG, None)], []),
    "dn:钟海燕": ("钟海燕", "official", "赣县", [
        ("dn08", f"{GX}政府", "副县长", "副县长钟海燕同志出席会议", None)], []),
    "dn:刘春生": ("刘春生", "official", "赣县", [
        ("dn08", f"{GX}扶贫和移民办", "主任", "县扶贫和移民办主任刘春生通报了", "as written")], []),
    "dn:谢玉兰": ("谢玉兰", "official", "赣县", [
        ("dn08", f"{GX}卫计委", "主任", "县卫计委主任谢玉兰汇报了", "DECIDED HERE: 卫计委 as written (not 卫健委)")], []),
    "dn:廖国平": ("廖国平", "official", "赣县王母渡镇", [
        ("dn08", f"{GX}王母渡镇党委", "书记", "王母渡镇党委书记廖国平", None)], []),
    "dn:温德明": ("温德明", "official", "赣县韩坊乡", [
        ("dn08", f"{GX}韩坊乡政府", "乡长", "韩坊乡乡长温德明作了典型发言", "乡长 = the 乡's 政府")], []),
    # ---- 荔浦县 (dn09)
    "dn:覃建明": ("覃建明", "official", "荔浦县 (荔浦市 since 2018)", [
        ("dn09", f"{LP}委", "书记", "县委书记覃建明到修仁镇", "2017; named in the headline too")], []),
    "dn:莫丽芳": ("莫丽芳", "official", "荔浦县", [
        ("dn09", f"{LP}委", "常委", "县委常委、副县长莫丽芳", None),
        ("dn09", f"{LP}政府", "副县长", "县委常委、副县长莫丽芳", None)], []),
    "dn:汤建国#2": ("汤建国", "official", "荔浦县", [
        ("dn09", f"{LP}国土资源局", "局长", "县国土资源局局长汤建国", "广西 荔浦, 2017; not the 汤建国 of 梁平县 (重庆, dn10)")], []),
    "dn:韦志强": ("韦志强", "official", "荔浦县", [
        ("dn09", f"{LP}扶贫办", "主任", "县扶贫办主任韦志强陪同督导", None)], []),
    "dn:蒙家福": ("蒙家福", "official", "荔浦县修仁镇", [
        ("dn09", f"{LP}修仁镇党委", "书记", "修仁镇党委书记蒙家福汇报了", None)], []),
    # ---- 梁平县 (dn10)
    "dn:汤建国#1": ("汤建国", "official", "梁平县 (梁平区 since 2016)", [
        ("dn10", f"{LPG}委", "常委", "县委常委、副县长汤建国带领", "重庆 梁平, 2016; not the 汤建国 of 荔浦县 (广西, dn09)"),
        ("dn10", f"{LPG}政府", "副县长", "县委常委、副县长汤建国带领", "named in the headline too")], []),
    "dn:向国富": ("向国富", "official", "梁平县", [
        ("dn10", f"{LPG}安监局", "局长", "县安监局局长向国富", "县安监局 = 梁平县's here, 滦县's in dn02")], []),
    "dn:冉德平": ("冉德平", "official", "梁平县", [
        ("dn10", f"{LPG}水务局", "局长", "县水务局局长冉德平陪同检查", None)], []),
    "dn:谭永红": ("谭永红", "official", "梁平县屏锦镇", [
        ("dn10", f"{LPG}屏锦镇党委", "书记", "屏锦镇党委书记谭永红汇报了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dn01", "汪丽娜", "供稿", "author", "（县委宣传部　汪丽娜）"),
    ("dn01", "焦建平", "责任编辑", "editor", "责任编辑：焦建平"),
    ("dn02", "侯振川", "供稿", "author", "（县安监局　侯振川）"),
    ("dn03", "李佳琪", "作者", "author", "作者：李佳琪"),
    ("dn03", "郑宏涛", "责任编辑", "editor", "责任编辑：郑宏涛"),
    ("dn05", "王佳颖", "记者", "reporter", "本报讯（记者 王佳颖 通讯员 郑一帆）"),
    ("dn05", "郑一帆", "通讯员", "correspondent", "本报讯（记者 王佳颖 通讯员 郑一帆）"),
    ("dn05", "陈思远", "责任编辑", "editor", "责任编辑：陈思远"),
    ("dn06", "贺嘉琳", "作者", "author", "作者：贺嘉琳"),
    ("dn07", "孔令婷", "记者", "reporter", "本报讯（记者 孔令婷 通讯员 龚一鸣）"),
    ("dn07", "龚一鸣", "通讯员", "correspondent", "本报讯（记者 孔令婷 通讯员 龚一鸣）"),
    ("dn07", "何静怡", "责任编辑", "editor", "责任编辑：何静怡"),
    ("dn08", "黎秋燕", "供稿", "author", "（县扶贫和移民办　黎秋燕）"),
    ("dn09", "陆晓婷", "作者", "author", "作者：陆晓婷"),
    ("dn10", "曾小琴", "供稿", "author", "（县安监局　曾小琴）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("dn01", "县委理论学习中心组2015年第二次集体学习", "meeting (中心组集体学习)", "3月18日上午", "彭守业", None, ["户县委理论学习中心组"],
     ["贾文昌", "闵玉华", "卜长林"], ["翟雅琴", "樊建涛", "寇志刚", "贾文昌", "彭守业"], None,
     "县委理论学习中心组举行2015年第二次集体学习",
     ["县委书记彭守业同志主持学习并讲话", "县长贾文昌同志", "县人大常委会主任闵玉华同志", "县政协主席卜长林同志出席",
      "翟雅琴同志作了专题辅导", "樊建涛介绍了", "寇志刚汇报了", "贾文昌同志在发言中表示", "彭守业同志强调"]),
    ("dn02", "“安全生产月”活动开展情况检查", "inspection (检查)", "6月12日", None, "阚振新", [],
     ["窦国胜", "芦晓玲"], ["栾振海", "商红军", "阚振新", "窦国胜", "芦晓玲"], "雷庄镇、榛子镇",
     "县委常委、常务副县长阚振新带领县安监局、县食药监局、县公安局等部门负责同志，深入雷庄镇、榛子镇",
     ["常务副县长阚振新带领", "县食药监局局长芦晓玲陪同检查", "镇党委书记栾振海汇报了", "镇长商红军介绍了", "阚振新指出",
      "窦国胜表示", "芦晓玲就做好夏季食品安全"]),
    ("dn03", "美丽乡村建设和农村人居环境整治调研", "inspection (调研)", "9月13日", None, "阚振新", [],
     ["姬彩霞", "柏宝山", "薄建华"], ["冀明远", "柏宝山", "薄建华", "阚振新", "姬彩霞"], "响堂镇、东安各庄镇",
     "县委副书记、县长阚振新到响堂镇、东安各庄镇调研美丽乡村建设和农村人居环境整治工作",
     ["县长阚振新到响堂镇", "县环保局局长薄建华陪同调研", "冀明远汇报了", "柏宝山介绍了", "薄建华汇报了", "阚振新强调",
      "姬彩霞就做好重点村项目资金拨付"]),
    ("dn04", "楚门镇、清港镇“五水共治”工作检查", "inspection (检查)", "3月6日", None, "陶志远", [],
     ["戴晓红", "缪伟杰", "应鸿波"], ["颜振华", "郏丽萍", "缪伟杰", "应鸿波", "陶志远", "戴晓红"], "楚门镇、清港镇",
     "县委副书记、县长陶志远带领县环保局、县水利局、县住建局等部门负责人，深入楚门镇、清港镇检查“五水共治”工作",
     ["县长陶志远带领", "县水利局局长应鸿波陪同检查", "颜振华汇报了", "郏丽萍介绍了", "缪伟杰汇报了", "应鸿波介绍了",
      "陶志远指出", "戴晓红就做好清淤工程质量管理"]),
    ("dn05", "重点排污企业夜间突击检查", "inspection (检查)", "11月22日晚", None, "缪伟杰", [],
     ["林海鸣", "詹启东"], ["詹启东", "林海鸣", "缪伟杰"], "坎门街道、大麦屿街道",
     "玉环县副县长缪伟杰带领县环保局、县安监局执法人员，对坎门街道、大麦屿街道的电镀、汽摩配企业开展夜间突击检查",
     ["玉环县副县长缪伟杰带领", "坎门街道党工委书记詹启东参加检查", "詹启东汇报了", "林海鸣介绍", "缪伟杰要求"]),
    ("dn06", "新农村建设和春季农业生产调研", "inspection (调研)", "4月15日", None, "聂平川", [],
     ["伍德华", "邝永胜", "鄢春明"], ["幸春华"], "永兴镇、孙桥镇",
     "县委副书记、县长聂平川同志深入永兴镇、孙桥镇，调研社会主义新农村建设和春季农业生产工作",
     ["县长聂平川同志深入永兴镇", "县发改局局长鄢春明陪同调研", "幸春华汇报了"]),
    ("dn06", "现场办公会", "meeting (现场办公会)", "4月15日", None, None, [],
     [], ["邝永胜", "鄢春明", "聂平川", "伍德华"], "孙桥镇",
     "在孙桥镇召开的现场办公会上，邝永胜汇报了全县早稻育秧和春季动物防疫工作",
     ["邝永胜汇报了", "鄢春明介绍了", "聂平川强调", "伍德华就做好项目资金整合"]),
    ("dn07", "京山县县域经济发展和重点项目建设调研", "inspection (调研)", "8月24日", None, "聂平川", [],
     ["阮国栋", "伍德华"], [], "京山县",
     "副市长聂平川到京山县调研县域经济发展和重点项目建设工作",
     ["副市长聂平川到京山县调研", "县长伍德华陪同调研"]),
    ("dn07", "汇报会", "meeting (汇报会)", "8月24日", None, None, [],
     [], ["伍德华", "鄢春明", "聂平川", "阮国栋"], "京山县",
     "在随后召开的汇报会上，伍德华汇报了京山县上半年经济运行",
     ["伍德华汇报了", "鄢春明介绍了", "聂平川指出", "阮国栋表示"]),
    ("dn08", "全县精准扶贫工作推进会", "meeting (推进会)", "12月8日下午", "曾庆鸿", None, [],
     ["赖光荣", "钟海燕"], ["刘春生", "谢玉兰", "廖国平", "温德明", "赖光荣", "曾庆鸿", "钟海燕"], "县行政中心会议室",
     "全县精准扶贫工作推进会在县行政中心会议室召开",
     ["县委书记赖光荣同志出席会议并讲话", "县长曾庆鸿同志主持会议", "副县长钟海燕同志出席会议", "刘春生通报了", "谢玉兰汇报了",
      "王母渡镇党委书记廖国平、韩坊乡乡长温德明作了典型发言", "赖光荣同志强调", "曾庆鸿同志要求", "钟海燕就做好年终扶贫考核"]),
    ("dn09", "修仁镇、茶城乡脱贫攻坚和易地扶贫搬迁督导", "inspection (督导)", "5月10日", None, "覃建明", [],
     ["莫丽芳", "汤建国", "韦志强"], ["蒙家福", "汤建国", "韦志强", "覃建明", "莫丽芳"], "修仁镇、茶城乡",
     "县委书记覃建明到修仁镇、茶城乡督导脱贫攻坚和易地扶贫搬迁工作",
     ["县委书记覃建明到修仁镇", "县扶贫办主任韦志强陪同督导", "蒙家福汇报了", "汤建国介绍了", "韦志强汇报了", "覃建明强调",
      "莫丽芳就做好扶贫资金监管"]),
    ("dn10", "屏锦镇、礼让镇防汛和安全生产检查", "inspection (检查)", "6月18日", None, "汤建国", [],
     ["向国富", "冉德平"], ["谭永红", "冉德平", "向国富", "汤建国"], "屏锦镇、礼让镇",
     "县委常委、副县长汤建国带领县安监局、县水务局、县国土资源局负责人，到屏锦镇、礼让镇检查防汛和安全生产工作",
     ["副县长汤建国带领", "县水务局局长冉德平陪同检查", "谭永红汇报了", "冉德平介绍了", "向国富汇报了", "汤建国要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dn01", "涝河综合治理二期工程", "engineering_work", "加快推进涝河综合治理二期工程"),
    ("dn01", "甘亭镇农村新型社区", "housing_project", "甘亭镇农村新型社区建设"),
    ("dn02", "雷庄镇尾矿库闭库治理工程", "engineering_work", "雷庄镇尾矿库闭库治理工程现场"),
    ("dn03", "响堂镇美丽乡村重点村片区", "project", "响堂镇美丽乡村重点村片区"),
    ("dn03", "东安各庄镇农村生活垃圾处理中心", "infrastructure_project", "东安各庄镇农村生活垃圾处理中心"),
    ("dn03", "滦河滦县段生态治理工程", "greening_project", "滦河滦县段生态治理工程现场"),
    ("dn04", "楚门镇污水管网改造工程", "infrastructure_project", "楚门镇污水管网改造工程"),
    ("dn04", "清港镇河道清淤工程", "engineering_work", "清港镇河道清淤工程"),
    ("dn05", "大麦屿街道电镀园区集中整治工程", "project", "大麦屿街道电镀园区集中整治工程已完成主体施工"),
    ("dn06", "永兴镇新农村建设示范片", "project", "永兴镇新农村建设示范片"),
    ("dn06", "孙桥镇农产品加工园二期", "industrial_park", "孙桥镇农产品加工园二期"),
    ("dn06", "惠亭水库灌区续建配套工程", "engineering_work", "惠亭水库灌区续建配套工程"),
    ("dn07", "新市镇城北工业园三期", "industrial_park", "新市镇城北工业园三期"),
    ("dn07", "京山县经济开发区智能装备产业园", "industrial_park", "京山县经济开发区智能装备产业园"),
    ("dn07", "温泉新区综合管廊工程", "infrastructure_project", "温泉新区综合管廊工程现场"),
    ("dn08", "王母渡镇易地扶贫搬迁集中安置点", "housing_project", "王母渡镇易地扶贫搬迁集中安置点"),
    ("dn08", "韩坊乡光伏扶贫电站", "project", "韩坊乡光伏扶贫电站"),
    ("dn09", "修仁镇易地扶贫搬迁安置小区", "housing_project", "修仁镇易地扶贫搬迁安置小区"),
    ("dn09", "茶城乡砂糖橘产业扶贫示范基地", "project", "茶城乡砂糖橘产业扶贫示范基地"),
    ("dn10", "龙溪河屏锦段河道综合整治工程", "engineering_work", "龙溪河屏锦段河道综合整治工程"),
    ("dn10", "礼让镇地质灾害隐患点治理工程", "engineering_work", "礼让镇地质灾害隐患点治理工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dn01", "余下镇", "town", "standalone", "寇志刚汇报了余下镇、祖庵镇土地整治"),
    ("dn01", "祖庵镇", "town", "standalone", "寇志刚汇报了余下镇、祖庵镇土地整治"),
    ("dn01", "涝河", "river", "in_project_name", "加快推进涝河综合治理二期工程"),
    ("dn01", "甘亭镇", "town", "in_project_name", "甘亭镇农村新型社区建设"),
    ("dn01", "户县", "county", "standalone", "推动户县在建设西安“后花园”"),
    ("dn01", "西安", "city", "standalone", "推动户县在建设西安“后花园”"),
    ("dn02", "雷庄镇", "town", "standalone", "深入雷庄镇、榛子镇"),
    ("dn02", "榛子镇", "town", "standalone", "深入雷庄镇、榛子镇"),
    ("dn02", "榛子镇食品加工园区", "zone_park", "standalone", "榛子镇食品加工园区和滦县经济开发区"),
    ("dn02", "滦县经济开发区", "development_zone", "standalone", "榛子镇食品加工园区和滦县经济开发区"),
    ("dn03", "响堂镇", "town", "standalone", "到响堂镇、东安各庄镇调研"),
    ("dn03", "东安各庄镇", "town", "standalone", "到响堂镇、东安各庄镇调研"),
    ("dn03", "滦河", "river", "in_project_name", "滦河滦县段生态治理工程现场"),
    ("dn03", "滦县", "county", "in_project_name", "滦河滦县段生态治理工程现场"),
    ("dn04", "楚门镇", "town", "standalone", "深入楚门镇、清港镇检查"),
    ("dn04", "清港镇", "town", "standalone", "深入楚门镇、清港镇检查"),
    ("dn04", "漩门湾湿地保护区", "wetland", "standalone", "漩门湾湿地保护区"),
    ("dn04", "玉环", "county", "standalone", "玉环作为海岛县"),
    ("dn05", "玉环", "county", "standalone", "当前玉环正处在撤县设市的关键时期"),
    ("dn05", "玉环县", "county", "in_title", "玉环县副县长缪伟杰带领"),
    ("dn05", "坎门街道", "sub_district_office", "standalone", "对坎门街道、大麦屿街道的电镀"),
    ("dn05", "大麦屿街道", "sub_district_office", "standalone", "对坎门街道、大麦屿街道的电镀"),
    ("dn06", "永兴镇", "town", "standalone", "深入永兴镇、孙桥镇"),
    ("dn06", "孙桥镇", "town", "standalone", "深入永兴镇、孙桥镇"),
    ("dn06", "惠亭水库", "reservoir", "in_project_name", "惠亭水库灌区续建配套工程"),
    ("dn07", "京山县", "county", "standalone", "副市长聂平川到京山县调研"),
    ("dn07", "新市镇", "town", "in_project_name", "新市镇城北工业园三期"),
    ("dn07", "京山县经济开发区", "development_zone", "in_project_name", "京山县经济开发区智能装备产业园"),
    ("dn07", "温泉新区", "area", "in_project_name", "温泉新区综合管廊工程现场"),
    ("dn08", "王母渡镇", "town", "in_org_reference", "王母渡镇党委书记廖国平"),
    ("dn08", "韩坊乡", "township", "in_org_reference", "韩坊乡乡长温德明"),
    ("dn09", "修仁镇", "town", "standalone", "县委书记覃建明到修仁镇、茶城乡督导"),
    ("dn09", "茶城乡", "township", "standalone", "县委书记覃建明到修仁镇、茶城乡督导"),
    ("dn10", "屏锦镇", "town", "standalone", "到屏锦镇、礼让镇检查防汛"),
    ("dn10", "礼让镇", "town", "standalone", "到屏锦镇、礼让镇检查防汛"),
    ("dn10", "龙溪河", "river", "in_project_name", "龙溪河屏锦段河道综合整治工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dn", conventions="set dn (blind set: older county pages, 2013–2017, in the wording of their time, from 陕西 户县 (鄠邑区 since 2016), 河北 滦县 (滦州市 since 2018), 浙江 玉环县 (玉环市 since 2017), 湖北 京山县 (京山市 since 2018) and 荆门市, 江西 赣县 (赣县区 since 2016), 广西 荔浦县 (荔浦市 since 2018), 重庆 梁平县 (梁平区 since 2016): organs carry the county's name of the page's date (滦县委, 赣县委, 梁平县委), departments keep the page's old names and forms (县国土资源局, 县环保局, 县安监局, 县食药监局, 县卫计委, 县发改局, 县农业局, 县扶贫和移民办), no folding to successors; 同志 after a name is no part of it; 县委中心组成员 no post; a 现场办公会 / 汇报会 on a tour is its own meeting; old-site chrome not annotated; one line per post per article)",
          persons_note="Set dn persons. id = corpus-wide person_id (dn:汤建国#1 梁平县委常委、副县长 (重庆, 2016) and dn:汤建国#2 荔浦县国土资源局局长 (广西, 2017) are two people; dn:阚振新 滦县常务副县长 2014 → 滦县县长 2017; dn:缪伟杰 玉环县环保局局长 2014 → 玉环县副县长 2016; dn:聂平川 京山县长 2013 → 荆门市副市长 2016; dn:伍德华 京山县常务副县长 2013 → 京山县长 2016)")


if __name__ == "__main__":
    main()
