"""Write gold part ``bj`` (a blind set: pages of 2008–2012, counties since renamed, departments before their mergers)
from the tables below.

Pages ``tests/dev/texts/bj*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 2010 county news site's ``“十二五”规划编制工作`` 调研 (``县委常委、副县长…
等陪同调研参加座谈``, ``责任编辑:admin``); a 2008 桃源县政府网 page (``发布时间… 访问次数… 信息来源:桃源县政府网``); a 海安
县委常委会 report (``县委副书记、县长…出席会议…列席会议``); 溆浦 and another county's 县政府常务会议 reports (``研究了县卫生局
《关于…的请示》``, ``县政府副县长及办公室主任出席会议``, ``县发改局、县爱卫办…情况汇报``); a 2012 清徐 county paper's 人代会
page; a 2010 法库 县政协 常委会议 (``县长…通报了2010年上半年全县经济运行情况``); a 2011 户县 local-forum repost of a 县委书记 at
a 三秋 动员会; a 旬阳 调研 and 座谈会 report (``在旬阳县委书记…陪同下``); a 迁安信息港 2011 page on 学习实践科学发展观 考察;
a 张家川 调研 (``县委副书记、县长…，县委常委、常务副县长…陪同调研``); a 县人口和计划生育工作点评会议 repost and 县 领导分工
pages naming ``县卫生局``, ``县人口和计划生育局``; 创先争优 动员 and 表彰大会 speeches (2010–2012). Places are real and new to the
corpus: 陕西 西安 户县 (since 2016 鄠邑区; two pages) and 高陵县 (since 2014 高陵区), 湖南 长沙 望城县 (since 2011 望城区) and
宁乡县 (since 2017 宁乡市; two pages), 湖北 十堰 郧县 (since 2014 郧阳区), 陕西 商洛 洛南县, 江苏 扬州 江都市 (county-level city,
since 2011 江都区).

Shapes: an old county site (``作者… 来源：本站原创 点击数… 更新时间：2009-4-17 【字体：大 中 小】``, ``【发表评论】【告诉好友】
【打印此文】``, 上一篇 / 下一篇) with a 县委书记's 调研 of the 学习实践科学发展观活动 and a 座谈会 after it (bj01); a 县政府常务会议
where the 县卫生局, 县人口和计划生育局 and 县工商局 heads report (bj02, bj05); a city paper's 第02版 with a 副市长's 调研 in a
county, the city's 市卫生局局长 and 市人口和计划生育委员会主任 accompanying (bj03); a county site's ``“十二五”规划编制`` 座谈会 with
the 发展和改革局 head and 撤县设区 preparations (bj04); a city paper's 第A07版 of a county's 七一 创先争优 表彰大会 with a 县委常委
who heads the 经济技术开发区's 党工委 (bj06); a city paper's 县市新闻 page of a 县委书记's 调研 in a 城关镇 on 移民安置 (bj07); a
县长's 检查 in a 城关镇 with 县安监局 / 县人口计生局 heads and the town's 党委书记 / 镇长 (bj08); a county-level city's site
with a 市委书记's 调研 and the 市工商局局长 (bj09).

Identity cases:
- bj:雷振川, a 县委书记 who becomes a city's 副市长: 户县委 书记 in April 2009 (bj01), 西安市政府 副市长 in March 2012 (bj03).
- bj:易国栋, a 县长 who becomes 县委书记 in the same county: 宁乡县委副书记、县长 in July 2009 (bj05), 宁乡县委书记 in 2012
  (bj06).
- bj:欧阳慧 moves between two counties of one city: 望城县 副县长 in November 2010 (bj04), 宁乡县委常委、常务副县长 in 2012 (bj06).
- the same officials across years: bj:蔺建华 (户县委副书记、县长 2009 and 2010, bj01 and bj02), bj:曹秀玲 (户县副县长, bj01 and
  bj02).
- two different 廖志勇: bj:廖志勇#1 is 郧县城关镇党委书记 (湖北 十堰, bj07, 2011); bj:廖志勇#2 is 江都市工商局局长 (江苏 扬州, bj09,
  2010).
- one organ name in two places: 城关镇 of 郧县 (bj07, org 郧县城关镇党委) and 城关镇 of 洛南县 (bj08, orgs 洛南县城关镇党委 /
  洛南县城关镇政府); and the ``经济开发区`` of three counties (望城经济开发区 bj04, 宁乡经济开发区 bj05, 江都经济开发区 bj09), the
  宁乡 zone written 宁乡经济开发区 in 2009 and 宁乡经济技术开发区 in 2012 (upgraded; both annotated as written in places).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts u and z where they speak; decided here where they are silent):
- DECIDED HERE: places and orgs carry the division's name AT THE PAGE'S DATE, as written and as the page's own site or
  paper names it: 户县委 (not 鄠邑区委), 高陵县委, 望城县委, 宁乡县委, 郧县委 (not 郧阳区委), 江都市委 and 江都市政府 (the
  county-level city, not 扬州市江都区). A later renaming is noted in persons' scope only, never folded in.
- DECIDED HERE: departments since merged keep their name of the time, as written after the place: 县卫生局 → 户县卫生局 /
  宁乡县卫生局; 县人口和计划生育局 → 户县人口和计划生育局 / 宁乡县人口和计划生育局 (the long form as written); ``县人口计生局`` →
  洛南县人口计生局 (the short form as written, no folding between the two); 县工商局 → 户县工商局 / 宁乡县工商局; 市工商局 on
  the 江都 site → 江都市工商局; 市卫生局 / 市人口和计划生育委员会 in the 西安日报 → 西安市卫生局 / 西安市人口和计划生育委员会;
  县安监局 → 洛南县安监局; 县发展和改革局 → 望城县发展和改革局. They are not mapped to today's 卫生健康委 or 市场监管局.
- Bare organs take the page's place: 县委 / 县政府 / 县X局 on a county site or in a county article = that county's; 市委 /
  市工商局 on the 江都市 site = 江都市 (a county-level city), not 扬州市; ``副市长雷振川`` in the 西安日报 = 西安市政府;
  ``高陵县委书记拓永刚、县长芮小平`` → 高陵县委 书记 + 高陵县政府 县长.
- Titles: ``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长;
  ``县委常委、组织部部长`` → X县委 常委 + X县委组织部 部长; ``县政府办公室主任`` → 户县政府办公室 主任 (as part z); a list after
  one title gives every name that title (``副县长曹秀玲、郝永峰``, ``副县长罗晓燕、符建国``); one line per post per article.
- Town organs (as part n): ``城关镇党委书记廖志勇`` in a 郧县 article → 郧县城关镇党委 书记; ``城关镇党委书记寇建军、镇长何文斌``
  on the 洛南 site → 洛南县城关镇党委 书记 + 洛南县城关镇政府 镇长.
- DECIDED HERE: a county's zone whose own name begins with the county's name takes the city in front, like
  南京江宁经开区 and 天津西青经开区 of earlier parts: ``县委常委、宁乡经济技术开发区党工委书记覃家栋`` → 宁乡县委 常委 +
  长沙宁乡经开区党工委 书记 (经济技术开发区 folded to 经开区). ``经济开发区`` (not 经济技术开发区) is not folded; no person holds
  a post in one on these pages, and they are places as written.
- Not posts: 县委学习实践活动领导小组办公室 (named without a person), ``有关部门负责同志``, ``县直有关部门…主要负责人``,
  受表彰单位. 代表受表彰单位作表态发言 makes 覃家栋 a speaker, not a holder of a new post.
- Events: the 调研 / 检查 (leader; 陪同 → attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 → speakers), the 座谈会 after an 调研
  as its own meeting when the page names it (bj01; bj03's ``座谈中`` stays inside the 调研), the 县政府常务会议 (chair; 出席 /
  列席 named → attendees; 汇报 / 强调 / 作了安排 → speakers), the 规划编制 座谈会 (chair 谌立新), the 表彰大会 (chair 邹卫东;
  出席 → attendees; 讲话 / 宣读 / 表态发言 → speakers). The 学习实践活动, 创先争优活动, 冬季服务月 and 基层组织建设年 are campaigns,
  not events; 党的十八大 and 省第十次党代会 are referenced, not reported.
- Projects: works named as under way or to be started (…工程, …二期, …项目, …大楼, 安置点 as housing_project, 风光带 /
  景观带 as greening_project, 防洪堤 / 综合治理工程 as engineering_work, 大道 as infrastructure_project); a named 工业园 is an
  industrial_park project (沣京工业园, 泾河工业园); 南水北调 is named as the national water project (infrastructure_project).
  Plans (《…规划纲要》, 《…实施方案》) and slogans (湘江西岸滨水新城, 四化两型) are not projects. Links in 上一篇 / 下一篇 are
  chrome.
- Places: one line per name per file; site lines, mastheads, footers, 来源 lines and 上一篇 / 下一篇 links are not annotated;
  places inside document titles, project names and org references count; the bare county name (户县, 高陵, 望城, 宁乡, 江都)
  where the body uses it.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bj01_huxian.txt": (2009, "更新时间：2009-4-17", "户县", [
        ("雷振川深入企业和项目一线调研学习实践活动开展情况", "4月16日", "2009-04-16", "4月16日，县委书记雷振川",
         "old county site: the 县委书记's 调研 of the 深入学习实践科学发展观活动 in an industrial park and two towns, and a 座谈会; 十一五")]),
    "bj02_huxian.txt": (2010, "发布日期：2010年03月11日", "户县", [
        ("蔺建华主持召开县政府第二十八次常务会议", "3月10日上午", "2010-03-10", "3月10日上午，县委副书记",
         "县政府常务会议: 县卫生局 (新农合), 县人口和计划生育局 and 县工商局 heads report; 十一五 收官, 十二五")]),
    "bj03_gaoling.txt": (2012, "2012年3月23日　星期五", "高陵县", [
        ("雷振川在高陵县调研卫生和人口计生工作时强调", "3月22日", "2012-03-22", "本报讯（记者 钮思雨）",
         "西安日报 第02版: the 副市长 (formerly 户县委书记) inspects 卫生 and 人口计生 in 高陵县 with the 市卫生局局长 and the 市人口和计划生育委员会主任")]),
    "bj04_wangcheng.txt": (2010, "时间：2010-11-09 17:26", "望城县", [
        ("谌立新主持召开“十二五”规划编制工作座谈会", "11月8日下午", "2010-11-08", "11月8日下午，县委书记",
         "county site: 十二五 规划纲要 座谈会 chaired by the 县委书记; 发展和改革局 reports; 撤县设区 preparations; 创先争优")]),
    "bj05_ningxiang.txt": (2009, "【发布日期：2009-07-15】", "宁乡县", [
        ("易国栋主持召开县政府常务会议", "7月14日", "2009-07-14", "7月14日，县委副书记",
         "县政府常务会议 on 甲型H1N1流感, 人口计生 and 市场秩序: 县卫生局, 县人口和计划生育局, 县工商局 heads report; 学习实践科学发展观")]),
    "bj06_ningxiang.txt": (2012, "2012年07月02日　星期一", "宁乡县", [
        ("宁乡隆重纪念建党91周年", "6月29日", "2012-06-29", "本报讯（记者 汪可馨",
         "长沙晚报 第A07版: 七一 创先争优活动总结表彰大会; the former 县长 is now 县委书记; a 县委常委 heads the 宁乡经济技术开发区党工委")]),
    "bj07_yunxian.txt": (2011, "2011年8月19日　星期五", "郧县", [
        ("郧县城关镇", "8月17日", "2011-08-17", "本报讯（记者 阮红梅",
         "十堰日报 第03版: the 郧县委书记's 调研 of 南水北调 移民安置 and 创先争优 in 城关镇; the town's 党委书记 reports")]),
    "bj08_luonan.txt": (2010, "发布时间：2010-12-08 16:40", "洛南县", [
        ("权宏涛检查城关镇安全生产和人口计生工作", "12月7日", "2010-12-07", "12月7日，县委副书记",
         "county site: the 县长's 检查 in 城关镇 (安全生产, 人口计生 冬季服务月) with 县安监局 and 县人口计生局 heads, the town's 党委书记 and 镇长")]),
    "bj09_jiangdu.txt": (2010, "日期：2010-09-15", "江都市", [
        ("程炳坤调研个体私营经济发展和市场监管工作", "9月14日", "2010-09-14", "9月14日，市委书记",
         "county-level city site: the 市委书记's 调研 of private business and 市场监管 with the 市工商局局长; 十一五, 创先争优")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 户县 / 西安
    "bj:雷振川": ("雷振川", "official", "户县 → 西安市", [
        ("bj01", "户县委", "书记", "4月16日，县委书记雷振川带领", "2009: 户县 (since 2016 鄠邑区)"),
        ("bj03", "西安市政府", "副市长", "3月22日，副市长雷振川深入高陵县", "2012: the 户县委书记 of bj01 is now 西安's 副市长")], []),
    "bj:蔺建华": ("蔺建华", "official", "户县", [
        ("bj01", "户县委", "副书记", "县委副书记、县长蔺建华，县委常委", "2009"),
        ("bj01", "户县政府", "县长", "县委副书记、县长蔺建华，县委常委", None),
        ("bj02", "户县委", "副书记", "3月10日上午，县委副书记、县长蔺建华主持召开", "2010"),
        ("bj02", "户县政府", "县长", "3月10日上午，县委副书记、县长蔺建华主持召开", None)], []),
    "bj:焦红梅": ("焦红梅", "official", "户县", [
        ("bj01", "户县委", "常委", "县委常委、组织部部长焦红梅", None),
        ("bj01", "户县委组织部", "部长", "县委常委、组织部部长焦红梅", None)], []),
    "bj:曹秀玲": ("曹秀玲", "official", "户县", [
        ("bj01", "户县政府", "副县长", "副县长曹秀玲陪同调研", "2009"),
        ("bj02", "户县政府", "副县长", "副县长曹秀玲、郝永峰出席会议", "2010; list after one title")], []),
    "bj:党文军": ("党文军", "official", "户县", [
        ("bj02", "户县委", "常委", "县委常委、常务副县长党文军", None),
        ("bj02", "户县政府", "常务副县长", "县委常委、常务副县长党文军", None)], []),
    "bj:郝永峰": ("郝永峰", "official", "户县", [
        ("bj02", "户县政府", "副县长", "副县长曹秀玲、郝永峰出席会议", None)], []),
    "bj:祁永庆": ("祁永庆", "official", "户县", [
        ("bj02", "户县政府办公室", "主任", "县政府办公室主任祁永庆", "县政府办公室 → 户县政府办公室 (as part z)")], []),
    "bj:韦宏亮": ("韦宏亮", "official", "户县", [
        ("bj02", "户县卫生局", "局长", "县卫生局局长韦宏亮", "卫生局 as written (before the 卫生计生 merger)")], []),
    "bj:贺丽萍": ("贺丽萍", "official", "户县", [
        ("bj02", "户县人口和计划生育局", "局长", "县人口和计划生育局局长贺丽萍", "as written (long form)")], []),
    "bj:米国强": ("米国强", "official", "户县", [
        ("bj02", "户县工商局", "局长", "县工商局局长米国强", "工商局 as written (before the 市场监管 merger)")], []),
    "bj:骆志华": ("骆志华", "official", "西安市", [
        ("bj03", "西安市卫生局", "局长", "市卫生局局长骆志华", "市 in the 西安日报 = 西安市")], []),
    "bj:晏淑琴": ("晏淑琴", "official", "西安市", [
        ("bj03", "西安市人口和计划生育委员会", "主任", "市人口和计划生育委员会主任晏淑琴", "计生委 as written")], []),
    "bj:拓永刚": ("拓永刚", "official", "高陵县", [
        ("bj03", "高陵县委", "书记", "高陵县委书记拓永刚、县长芮小平", "高陵县 (since 2014 高陵区)")], []),
    "bj:芮小平": ("芮小平", "official", "高陵县", [
        ("bj03", "高陵县政府", "县长", "高陵县委书记拓永刚、县长芮小平", "县长 after 高陵县委书记 = 高陵县政府")], []),
    # ---- 望城县 / 宁乡县 (长沙)
    "bj:谌立新": ("谌立新", "official", "望城县", [
        ("bj04", "望城县委", "书记", "11月8日下午，县委书记谌立新主持召开座谈会", "望城县 (since 2011 望城区)")], []),
    "bj:龙海涛": ("龙海涛", "official", "望城县", [
        ("bj04", "望城县委", "副书记", "县委副书记、县长龙海涛", None),
        ("bj04", "望城县政府", "县长", "县委副书记、县长龙海涛", None)], []),
    "bj:钟建波": ("钟建波", "official", "望城县", [
        ("bj04", "望城县委", "常委", "县委常委、常务副县长钟建波", None),
        ("bj04", "望城县政府", "常务副县长", "县委常委、常务副县长钟建波", None)], []),
    "bj:欧阳慧": ("欧阳慧", "official", "望城县 → 宁乡县", [
        ("bj04", "望城县政府", "副县长", "副县长欧阳慧出席会议", "2010: 望城县 副县长"),
        ("bj06", "宁乡县委", "常委", "县委常委、常务副县长欧阳慧宣读", "2012: moved to 宁乡县"),
        ("bj06", "宁乡县政府", "常务副县长", "县委常委、常务副县长欧阳慧宣读", "2012")], []),
    "bj:汤卫民": ("汤卫民", "official", "望城县", [
        ("bj04", "望城县发展和改革局", "局长", "县发展和改革局局长汤卫民汇报了", None)], []),
    "bj:易国栋": ("易国栋", "official", "宁乡县", [
        ("bj05", "宁乡县委", "副书记", "7月14日，县委副书记、县长易国栋主持召开", "2009: 县长"),
        ("bj05", "宁乡县政府", "县长", "7月14日，县委副书记、县长易国栋主持召开", "2009"),
        ("bj06", "宁乡县委", "书记", "县委书记易国栋出席会议并讲话", "2012: 县委书记 (宁乡县, since 2017 宁乡市)")], []),
    "bj:包立群": ("包立群", "official", "宁乡县", [
        ("bj05", "宁乡县委", "常委", "县委常委、常务副县长包立群", None),
        ("bj05", "宁乡县政府", "常务副县长", "县委常委、常务副县长包立群", "the post 欧阳慧 holds in 2012 (bj06)")], []),
    "bj:罗晓燕": ("罗晓燕", "official", "宁乡县", [
        ("bj05", "宁乡县政府", "副县长", "副县长罗晓燕、符建国出席会议", "list after one title")], []),
    "bj:符建国": ("符建国", "official", "宁乡县", [
        ("bj05", "宁乡县政府", "副县长", "副县长罗晓燕、符建国出席会议", None)], []),
    "bj:屈志坚": ("屈志坚", "official", "宁乡县", [
        ("bj05", "宁乡县卫生局", "局长", "县卫生局局长屈志坚关于", None)], []),
    "bj:蒋秀英": ("蒋秀英", "official", "宁乡县", [
        ("bj05", "宁乡县人口和计划生育局", "局长", "县人口和计划生育局局长蒋秀英汇报了", None)], []),
    "bj:龚建明": ("龚建明", "official", "宁乡县", [
        ("bj05", "宁乡县工商局", "局长", "县工商局局长龚建明汇报了", None)], []),
    "bj:邹卫东": ("邹卫东", "official", "宁乡县", [
        ("bj06", "宁乡县委", "副书记", "县委副书记、县长邹卫东主持会议", None),
        ("bj06", "宁乡县政府", "县长", "县委副书记、县长邹卫东主持会议", "succeeds 易国栋 as 县长")], []),
    "bj:伍德成": ("伍德成", "official", "宁乡县", [
        ("bj06", "宁乡县人大常委会", "主任", "县人大常委会主任伍德成", None)], []),
    "bj:黎晓芳": ("黎晓芳", "official", "宁乡县", [
        ("bj06", "宁乡县政协", "主席", "县政协主席黎晓芳出席", None)], []),
    "bj:覃家栋": ("覃家栋", "official", "宁乡县", [
        ("bj06", "宁乡县委", "常委", "县委常委、宁乡经济技术开发区党工委书记覃家栋", None),
        ("bj06", "长沙宁乡经开区党工委", "书记", "县委常委、宁乡经济技术开发区党工委书记覃家栋", "DECIDED HERE: county zone named with its city, like 南京江宁经开区")], []),
    # ---- 郧县 (十堰)
    "bj:柴永平": ("柴永平", "official", "郧县", [
        ("bj07", "郧县委", "书记", "郧县县委书记柴永平到城关镇调研", "郧县 (since 2014 郧阳区)")], []),
    "bj:柯志伟": ("柯志伟", "official", "郧县", [
        ("bj07", "郧县委", "常委", "县委常委、组织部部长柯志伟陪同", None),
        ("bj07", "郧县委组织部", "部长", "县委常委、组织部部长柯志伟陪同", None)], []),
    "bj:廖志勇#1": ("廖志勇", "official", "郧县", [
        ("bj07", "郧县城关镇党委", "书记", "城关镇党委书记廖志勇汇报说", "湖北 郧县; not the 廖志勇 of 江都 (bj09)")], []),
    # ---- 洛南县 (商洛)
    "bj:权宏涛": ("权宏涛", "official", "洛南县", [
        ("bj08", "洛南县委", "副书记", "12月7日，县委副书记、县长权宏涛带领", None),
        ("bj08", "洛南县政府", "县长", "12月7日，县委副书记、县长权宏涛带领", None)], []),
    "bj:景丽娟": ("景丽娟", "official", "洛南县", [
        ("bj08", "洛南县政府", "副县长", "副县长景丽娟陪同检查", None)], []),
    "bj:马宏林": ("马宏林", "official", "洛南县", [
        ("bj08", "洛南县安监局", "局长", "县安监局局长马宏林汇报了", None)], []),
    "bj:支翠萍": ("支翠萍", "official", "洛南县", [
        ("bj08", "洛南县人口计生局", "局长", "县人口计生局局长支翠萍汇报了", "short form as written")], []),
    "bj:寇建军": ("寇建军", "official", "洛南县", [
        ("bj08", "洛南县城关镇党委", "书记", "城关镇党委书记寇建军、镇长何文斌", "城关镇 of 洛南县, not of 郧县 (bj07)")], []),
    "bj:何文斌": ("何文斌", "official", "洛南县", [
        ("bj08", "洛南县城关镇政府", "镇长", "城关镇党委书记寇建军、镇长何文斌", None)], []),
    # ---- 江都市 (扬州)
    "bj:程炳坤": ("程炳坤", "official", "江都市", [
        ("bj09", "江都市委", "书记", "9月14日，市委书记程炳坤调研", "市委 on the 江都市 site = 江都市委 (county-level city; since 2011 扬州市江都区)")], []),
    "bj:朱立强": ("朱立强", "official", "江都市", [
        ("bj09", "江都市委", "常委", "市委常委、副市长朱立强", None),
        ("bj09", "江都市政府", "副市长", "市委常委、副市长朱立强", None)], []),
    "bj:廖志勇#2": ("廖志勇", "official", "江都市", [
        ("bj09", "江都市工商局", "局长", "市工商局局长廖志勇陪同调研", "江苏 江都; not the 廖志勇 of 郧县 (bj07)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bj02", "郗雅文", "责任编辑", "editor", "责任编辑：郗雅文"),
    ("bj03", "钮思雨", "记者", "reporter", "本报讯（记者 钮思雨）"),
    ("bj03", "庞婉清", "本版编辑", "editor", "本版编辑：庞婉清"),
    ("bj05", "冯晓蕾", "供稿", "author", "（县政府办 冯晓蕾）"),
    ("bj06", "汪可馨", "记者", "reporter", "本报讯（记者 汪可馨 通讯员 彭雅琳）"),
    ("bj06", "彭雅琳", "通讯员", "correspondent", "本报讯（记者 汪可馨 通讯员 彭雅琳）"),
    ("bj06", "甘露晴", "本版责编", "editor", "本版责编：甘露晴"),
    ("bj07", "阮红梅", "记者", "reporter", "本报讯（记者 阮红梅 通讯员 付晓岚）"),
    ("bj07", "付晓岚", "通讯员", "correspondent", "本报讯（记者 阮红梅 通讯员 付晓岚）"),
    ("bj07", "严书晗", "责任编辑", "editor", "责任编辑：严书晗"),
    ("bj09", "喻晓东", "记者", "reporter", "（江都日报记者 喻晓东）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bj01", "学习实践活动开展情况调研", "inspection (调研)", "4月16日", None, "雷振川", [],
     ["蔺建华", "焦红梅", "曹秀玲"], ["雷振川"], "沣京工业园",
     "4月16日，县委书记雷振川带领县委学习实践活动领导小组办公室负责同志，深入部分企业和重点项目建设工地",
     ["县委书记雷振川带领", "县长蔺建华", "组织部部长焦红梅", "副县长曹秀玲陪同调研", "雷振川详细询问了"]),
    ("bj01", "座谈会", "meeting (座谈会)", "4月16日", None, None, [],
     [], ["焦红梅", "雷振川", "蔺建华"], None,
     "在随后召开的座谈会上，焦红梅汇报了",
     ["焦红梅汇报了全县学习实践活动", "雷振川强调", "蔺建华表示"]),
    ("bj02", "县政府第二十八次常务会议", "meeting (县政府常务会议)", "3月10日上午", "蔺建华", None, [],
     ["党文军", "曹秀玲", "郝永峰", "祁永庆"], ["韦宏亮", "贺丽萍", "米国强", "蔺建华", "曹秀玲"], None,
     "县长蔺建华主持召开县政府第二十八次常务会议",
     ["县长蔺建华主持召开县政府第二十八次常务会议", "常务副县长党文军", "副县长曹秀玲、郝永峰出席会议", "办公室主任祁永庆及有关部门负责同志列席会议",
      "县卫生局局长韦宏亮关于", "局长贺丽萍关于", "县工商局局长米国强汇报了", "蔺建华强调", "曹秀玲就新农合"]),
    ("bj03", "卫生和人口计生工作调研", "inspection (调研)", "3月22日", None, "雷振川", [],
     ["骆志华", "晏淑琴", "拓永刚", "芮小平"], ["芮小平", "骆志华", "晏淑琴", "拓永刚", "雷振川"], "高陵县",
     "3月22日，副市长雷振川深入高陵县，调研医药卫生体制改革和人口计生工作",
     ["副市长雷振川深入高陵县", "市卫生局局长骆志华", "主任晏淑琴", "高陵县委书记拓永刚、县长芮小平陪同调研", "芮小平汇报了",
      "骆志华介绍了", "晏淑琴介绍了", "拓永刚汇报了", "雷振川对高陵县"]),
    ("bj04", "“十二五”规划编制工作座谈会", "meeting (座谈会)", "11月8日下午", "谌立新", None, [],
     ["龙海涛", "钟建波", "欧阳慧"], ["汤卫民", "欧阳慧", "龙海涛", "谌立新"], None,
     "11月8日下午，县委书记谌立新主持召开座谈会",
     ["县委书记谌立新主持召开座谈会", "县长龙海涛", "常务副县长钟建波", "副县长欧阳慧出席会议", "汤卫民汇报了", "欧阳慧就卫生",
      "龙海涛指出", "谌立新强调"]),
    ("bj05", "县政府常务会议", "meeting (县政府常务会议)", "7月14日", "易国栋", None, [],
     ["包立群", "罗晓燕", "符建国"], ["屈志坚", "蒋秀英", "龚建明", "易国栋", "罗晓燕"], None,
     "7月14日，县委副书记、县长易国栋主持召开县政府常务会议",
     ["县长易国栋主持召开县政府常务会议", "常务副县长包立群", "副县长罗晓燕、符建国出席会议", "局长屈志坚关于", "局长蒋秀英汇报了",
      "局长龚建明汇报了", "易国栋在讲话中要求", "罗晓燕就人口计生"]),
    ("bj06", "纪念中国共产党成立91周年暨创先争优活动总结表彰大会", "meeting (表彰大会)", "6月29日", "邹卫东", None, ["宁乡县"],
     ["易国栋", "伍德成", "黎晓芳"], ["易国栋", "欧阳慧", "覃家栋"], None,
     "6月29日，宁乡县召开纪念中国共产党成立91周年暨创先争优活动总结表彰大会",
     ["县委书记易国栋出席会议并讲话", "县长邹卫东主持会议", "县人大常委会主任伍德成、县政协主席黎晓芳出席", "欧阳慧宣读了",
      "覃家栋代表受表彰单位作表态发言", "易国栋在讲话中指出"]),
    ("bj07", "移民安置和创先争优活动调研", "inspection (调研)", "8月17日", None, "柴永平", [],
     ["柯志伟"], ["廖志勇", "柴永平", "柯志伟"], "城关镇",
     "8月17日，郧县县委书记柴永平到城关镇调研南水北调丹江口库区移民安置和创先争优活动开展情况",
     ["县委书记柴永平到城关镇调研", "组织部部长柯志伟陪同", "党委书记廖志勇汇报说", "柴永平对城关镇", "柯志伟要求"]),
    ("bj08", "城关镇安全生产和人口计生工作检查", "inspection (检查)", "12月7日", None, "权宏涛", [],
     ["景丽娟"], ["马宏林", "支翠萍", "寇建军", "何文斌", "权宏涛"], "城关镇",
     "12月7日，县委副书记、县长权宏涛带领县安监局、县人口计生局负责同志，深入城关镇检查",
     ["县长权宏涛带领", "副县长景丽娟陪同检查", "局长马宏林汇报了", "局长支翠萍汇报了", "城关镇党委书记寇建军、镇长何文斌汇报了",
      "权宏涛强调"]),
    ("bj09", "个体私营经济发展和市场监管工作调研", "inspection (调研)", "9月14日", None, "程炳坤", [],
     ["朱立强", "廖志勇"], ["廖志勇", "程炳坤", "朱立强"], None,
     "9月14日，市委书记程炳坤调研全市个体私营经济发展和市场监管工作",
     ["市委书记程炳坤调研", "副市长朱立强", "市工商局局长廖志勇陪同调研", "廖志勇汇报了", "程炳坤指出", "朱立强要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bj01", "沣京工业园", "industrial_park", "先后来到沣京工业园、草堂镇和甘亭镇"),
    ("bj01", "沣京工业园标准化厂房二期", "project", "实地察看了沣京工业园标准化厂房二期建设工地"),
    ("bj01", "涝河户县段综合治理工程", "engineering_work", "涝河户县段综合治理工程现场"),
    ("bj02", "县医院门急诊综合楼建设项目", "project", "启动县医院门急诊综合楼建设项目前期工作"),
    ("bj03", "高陵县医院迁建项目", "project", "先后来到高陵县医院迁建项目工地"),
    ("bj03", "泾河工业园", "industrial_park", "高陵将依托泾河工业园加快产业集聚"),
    ("bj04", "湘江西岸滨水景观带一期", "greening_project", "要把湘江西岸滨水景观带一期"),
    ("bj04", "望城经济开发区标准厂房三期", "project", "望城经济开发区标准厂房三期等重大项目"),
    ("bj05", "县人民医院内科住院大楼", "project", "会议同意启动县人民医院内科住院大楼建设"),
    ("bj05", "玉潭镇城区农贸市场改造", "project", "会议研究了玉潭镇城区农贸市场改造"),
    ("bj05", "沩水河城区段综合治理工程", "engineering_work", "要加快沩水河城区段综合治理工程建设"),
    ("bj06", "沩水河风光带", "greening_project", "沩水河风光带建设取得突破"),
    ("bj07", "南水北调", "infrastructure_project", "调研南水北调丹江口库区移民安置"),
    ("bj07", "城关镇东岭移民安置点", "housing_project", "先后察看了城关镇东岭移民安置点"),
    ("bj07", "县城滨江大道二期工程", "infrastructure_project", "县城滨江大道二期工程建设现场"),
    ("bj08", "洛河城区段防洪堤工程", "engineering_work", "洛河城区段防洪堤工程工地"),
    ("bj09", "仙女镇小商品市场改造工程", "project", "先后来到仙女镇小商品市场改造工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bj01", "草堂镇", "town", "standalone", "先后来到沣京工业园、草堂镇和甘亭镇"),
    ("bj01", "甘亭镇", "town", "standalone", "先后来到沣京工业园、草堂镇和甘亭镇"),
    ("bj01", "涝河", "river", "in_project_name", "涝河户县段综合治理工程现场"),
    ("bj01", "户县", "county", "standalone", "切实解决影响和制约户县科学发展的体制机制问题"),
    ("bj02", "户县", "county", "in_document_title", "《户县2010年新型农村合作医疗实施方案》"),
    ("bj03", "高陵县", "county", "standalone", "副市长雷振川深入高陵县"),
    ("bj03", "鹿苑镇", "town", "standalone", "鹿苑镇中心卫生院"),
    ("bj03", "通远镇", "town", "standalone", "在通远镇，晏淑琴介绍了"),
    ("bj03", "高陵", "county", "standalone", "高陵将依托泾河工业园加快产业集聚"),
    ("bj03", "泾河", "river", "in_project_name", "高陵将依托泾河工业园加快产业集聚"),
    ("bj04", "望城县", "county", "in_document_title", "《望城县国民经济和社会发展第十二个五年规划纲要》"),
    ("bj04", "望城经济开发区", "development_zone", "standalone", "推进望城经济开发区扩区升级"),
    ("bj04", "乔口镇", "town", "standalone", "加快乔口镇、靖港镇、铜官镇三个沿江古镇保护开发"),
    ("bj04", "靖港镇", "town", "standalone", "加快乔口镇、靖港镇、铜官镇三个沿江古镇保护开发"),
    ("bj04", "铜官镇", "town", "standalone", "加快乔口镇、靖港镇、铜官镇三个沿江古镇保护开发"),
    ("bj04", "湘江", "river", "standalone (slogan)", "着力打造湘江西岸滨水新城"),
    ("bj04", "望城", "county", "standalone", "“十二五”规划是望城融入长沙"),
    ("bj04", "长沙", "city", "standalone", "“十二五”规划是望城融入长沙"),
    ("bj05", "玉潭镇", "town", "in_project_name", "会议研究了玉潭镇城区农贸市场改造"),
    ("bj05", "宁乡经济开发区", "development_zone", "standalone", "宁乡经济开发区企业服务有关事项"),
    ("bj05", "沩水河", "river", "in_project_name", "要加快沩水河城区段综合治理工程建设"),
    ("bj06", "宁乡", "county", "standalone", "宁乡隆重纪念建党91周年"),
    ("bj06", "宁乡县", "county", "standalone", "6月29日，宁乡县召开纪念"),
    ("bj06", "宁乡经济技术开发区", "development_zone", "standalone", "宁乡经济技术开发区成功升级为国家级开发区"),
    ("bj06", "金洲新区", "new_area", "standalone", "金洲新区、沩水河风光带建设取得突破"),
    ("bj06", "沩水河", "river", "in_project_name", "沩水河风光带建设取得突破"),
    ("bj07", "郧县", "county", "standalone", "8月17日，郧县县委书记柴永平到城关镇调研"),
    ("bj07", "城关镇", "town", "standalone", "8月17日，郧县县委书记柴永平到城关镇调研"),
    ("bj07", "丹江口库区", "reservoir_area", "standalone", "调研南水北调丹江口库区移民安置"),
    ("bj07", "东岭", "area", "in_project_name", "先后察看了城关镇东岭移民安置点"),
    ("bj07", "茶店镇", "town", "standalone", "柴永平还到茶店镇、柳陂镇了解"),
    ("bj07", "柳陂镇", "town", "standalone", "柴永平还到茶店镇、柳陂镇了解"),
    ("bj07", "汉江", "river", "standalone", "了解汉江沿岸移民后靠安置"),
    ("bj08", "城关镇", "town", "standalone", "深入城关镇检查冬季安全生产"),
    ("bj08", "洛河", "river", "in_project_name", "洛河城区段防洪堤工程工地"),
    ("bj09", "仙女镇", "town", "in_project_name", "先后来到仙女镇小商品市场改造工程现场"),
    ("bj09", "江都经济开发区", "development_zone", "standalone", "江都经济开发区和大桥镇部分私营企业"),
    ("bj09", "大桥镇", "town", "standalone", "江都经济开发区和大桥镇部分私营企业"),
    ("bj09", "江都", "county_level_city", "standalone", "民营经济是江都发展的最大活力所在"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bj", conventions="set bj (blind set: pages of 2008–2012 in counties since renamed — 陕西 户县 (鄠邑区) and 高陵县, 湖南 望城县 and 宁乡县, 湖北 郧县 (郧阳区), 江苏 江都市 (江都区) — and 陕西 洛南县: older site layouts and phrasing (科学发展观, 创先争优, 十一五 / 十二五); places and orgs named as at the page's date; departments before their mergers (卫生局, 人口和计划生育局 / 人口计生局, 人口和计划生育委员会, 工商局, 安监局) as written; a county zone's 党工委 with the city in front (长沙宁乡经开区党工委); 城关镇 in two counties; one line per post per article)",
          persons_note="Set bj persons. id = corpus-wide person_id (bj:廖志勇#1 of 郧县城关镇 (湖北) and bj:廖志勇#2 of the 江都市工商局 (江苏) are two people; bj:雷振川 moves 户县委书记 2009 → 西安市副市长 2012; bj:易国栋 宁乡县长 2009 → 宁乡县委书记 2012; bj:欧阳慧 望城县副县长 2010 → 宁乡县委常委、常务副县长 2012)")


if __name__ == "__main__":
    main()
