"""Write gold part ``m`` (a blind set of township, street and county-media-centre pages) from the tables below.

Pages ``tests/dev/texts/m*.txt`` were written for this part with invented names (people, most projects and some
villages, reservoirs and communities), modelled on real pages of the genre read with the ``search`` tool: town pages
(a 县委书记 at 莽张镇 villages with the 村支部书记 reporting, a 利辛 县委书记 at 中疃镇 with 镇党委书记 / 镇长, a 遂溪
县委常委、副县长 at 乌塘镇 with 党委书记 and 党委副书记、镇长, a 蔚县 县长 at 西合营镇 villages, a 三台 镇长's 人居环境
督查), street pages (a 嘉定 区委常委 at 新成路街道 with 街道党工委书记 and 办事处副主任, a 街党委副书记、办事处主任 on
老旧小区改造), 旗 pages of 内蒙古 (a 旗委书记 in 苏木 and 嘎查, a 奈曼 旗委常委 at 大沁他拉镇 with 镇党委书记 / 政府
镇长, a 科左中旗 副旗长 at 敖包苏木 with 副苏木达), county 人大 / 政协 openings (衡山, 平江, 宁陕, 旺苍 with 大会执行主席
and 主席团常务主席; 留坝 and 开化 政协 openings), 防汛 pages where several county leaders each go to a town (陇县, 湘阴,
庐江, 南靖), and a 镇原 page on 东西部协作. Places are real and not yet in the corpus: 岢岚县 (山西, 宋家沟乡 and 王家岔乡),
罗田县 (湖北, three pages: 三里畈镇 twice and the county), 隆德县 (宁夏), 杭锦旗 (内蒙古, 伊和乌素苏木), 璧山区 (重庆,
璧泉街道), 桐乡市 (浙江, 濮院镇 and 梧桐街道), 苍溪县 (四川, towns of the 2019-20 乡镇合并), 互助土族自治县 (青海).

Identity cases:
- a town head becomes the town's party secretary: m:鲍文斌 is 罗田县三里畈镇党委副书记、镇长 in 2021 (m02) and
  三里畈镇党委书记 in 2024 (m04); the 2021 secretary m:方志刚 is not on the 2024 page.
- a county leader 包联 to a town: m:袁海波 is 罗田县委常委、副县长 on the county's 防汛 page where each 县领导 goes to
  the town he 包联 (m03, June 2024) and on the town's own page as 县委常委、副县长 visiting ``包联的三里畈镇`` (m04,
  September 2024): one person_id. 包联 is a duty, not a post.
- two different people with one name: m:李永刚#1 (隆德县委常委、常务副县长, 宁夏, m05, 2023) and m:李永刚#2
  (苍溪县副县长, 四川, m09, 2022).
- 冯立伟 (责任编辑 on the 罗田 site, m02-m04) and 胡思远 (the 三里畈镇 contributor, m02 and m04) are the same people on
  each page (gold_writer lists a reporter's person entry under the first page only).

Shapes: a 县融媒体中心讯 dateline with two 记者 on a county media-centre site (m01, m06, m09); a town page of a
汛期隐患排查 where 镇党委书记 and 镇长 分别带队 (m02); a county page where five leaders each go to their 包联 town (m03);
a town page of a county leader's 调研 with the new secretary and a new 镇长 (m04); a county 人大 session opening with
大会执行主席 and 主席团常务主席 (session roles) and a 政府工作报告 naming projects (m05); a 旗 page with 旗委副书记、政府旗长,
苏木党委书记, 苏木达 and a 嘎查党支部书记、嘎查委员会主任 (m06); a 区 page on a 街道 with 街道党工委书记, 党工委副书记、
办事处主任 and a 社区党委书记、居委会主任 (m07); a county-level city's mayor at a town and a street (m08: bare 市委 /
副市长 = 桐乡's, not 嘉兴's); a 安全生产大检查 with four county leaders each 带队 to a different town (m09); a county
government's 领导工作分工 notice with 联系 towns and no event but the 常务会议 that decided it (m10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts g to k): bare organs take the page's place (县委 on the 岢岚 site = 岢岚县委; 旗委 / 政府旗长 on the
杭锦旗 site = 杭锦旗委 / 杭锦旗政府 旗长; 区委 on the 璧山 site = 璧山区委; 市委 / 市长 / 副市长 / 市发改局 on the 桐乡
site = 桐乡市's, the county-level city, not 嘉兴's). 互助土族自治县 keeps its full name as the label although the page
says 县 only (as 岫岩满族自治县 in j). Town and street posts: county label + town + 党委 / 政府 / 人大 (罗田县三里畈镇党委
书记, 罗田县三里畈镇政府 镇长 / 副镇长, 罗田县三里畈镇人大 主席; 乡 the same: 岢岚县宋家沟乡政府 乡长); a 苏木 like a
乡 (杭锦旗伊和乌素苏木党委 书记, 杭锦旗伊和乌素苏木政府 苏木达); a street: 党工委 and 办事处 (璧山区璧泉街道党工委 书记,
璧山区璧泉街道办事处 主任). Village posts ARE posts (decided for this part; no earlier part had one): town label +
village + 党支部 / 村委会 (岢岚县宋家沟乡宋家沟村党支部 书记 + 岢岚县宋家沟乡宋家沟村委会 主任); a 嘎查 the same
(…哈日陶勒盖嘎查党支部 书记, …哈日陶勒盖嘎查委员会 主任); a 社区: …双星社区党委 书记 + …双星社区居委会 主任. A
title given only inside 包联 / 联系 / 分工 wording is the post as written (县委常委、副县长); 包联 and 联系 are not posts.
大会执行主席 and 主席团常务主席 are session roles: 海文忠 and 禹晓燕, named only as 执行主席, have no post; 杨启东 takes
县人大常委会主任 from ``主席团常务主席、县人大常委会主任杨启东``. A 挂职 副县长 is a 副县长. 旗林草局 and 市发改局 are kept as
written after the place. Places: towns, 乡, 苏木 (township), villages, 嘎查 (village), communities, rivers,
reservoirs, a desert, roads inside project names; a place in a dateline (岢岚县融媒体中心讯), site line, footer or
上一篇 / 下一篇 link is not annotated; a short town name inside a section or project name is annotated as written
(三里畈 in 巴河三里畈段, 濮院 in 濮院毛衫时尚产业园二期). Projects are the works inspected, reported or to be pushed
(…工程, …项目, …产业园 being built); an existing park named in a 分工 list (互助绿色产业园区) is a place. The 常务会议
of m10 is annotated as an event (it took place on the stated date) with no named participant.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "m01_kelan.txt": (2022, "发布时间：2022-06-15 09:12", "岢岚县", [
        ("乔树林到宋家沟乡王家岔乡调研乡村振兴和饮水安全工作", "6月14日", "2022-06-14", "岢岚县融媒体中心讯（记者 温佳琪 樊宇航）6月14日",
         "county secretary inspects two 乡 (media-centre dateline); 乡党委书记, 乡长, 村党支部书记、村委会主任; 饮水 and 村道 projects")]),
    "m02_luotian.txt": (2021, "发布时间：2021-07-06 17:25", "罗田县三里畈镇", [
        ("三里畈镇开展汛期安全隐患大排查", "7月5日", "2021-07-05", "7月5日，三里畈镇组织开展",
         "town flood-season hazard check; 镇党委书记 and 镇党委副书记、镇长 分别带队; 镇人大主席, 副镇长, 村党支部书记")]),
    "m03_luotian.txt": (2024, "发布时间：2024-06-21 08:40", "罗田县", [
        ("县领导分赴包联乡镇检查指导防汛备汛工作", "6月20日", "2024-06-20", "入梅以来，我县降雨明显偏多",
         "five county leaders each go to the town they 包联 for flood preparation")]),
    "m04_luotian.txt": (2024, "发布时间：2024-09-12 16:05", "罗田县三里畈镇", [
        ("袁海波到三里畈镇调研甜柿产业和重点项目建设", "9月11日", "2024-09-11", "9月11日，县委常委、副县长袁海波",
         "county 县委常委、副县长 visits the town he 包联; the former 镇长 is now 镇党委书记")]),
    "m05_longde.txt": (2023, "发布时间：2023-01-10 08:30", "隆德县", [
        ("隆德县第十八届人民代表大会第三次会议开幕", "1月9日上午", "2023-01-09", "1月9日上午，隆德县第十八届",
         "county people's congress session opening; 大会执行主席 and 主席团常务主席 (session roles); projects in the 政府工作报告")]),
    "m06_hangjinqi.txt": (2023, "发布时间：2023-05-18 10:46", "杭锦旗", [
        ("苏亚拉图到伊和乌素苏木调研春季防火和牧区重点工作", "5月17日", "2023-05-17", "杭锦旗融媒体中心讯（记者 乌日娜 赵玉兰）5月17日",
         "banner head inspects a 苏木; 苏木党委书记, 苏木达, 嘎查党支部书记、嘎查委员会主任")]),
    "m07_bishan.txt": (2022, "发布时间：2022-11-23 15:20", "璧山区璧泉街道", [
        ("邓晓峰到璧泉街道调研城市基层党建和老旧小区改造工作", "11月22日", "2022-11-22", "11月22日，区委常委、组织部部长",
         "district 组织部部长 inspects a street; 街道党工委书记, 办事处主任, 社区党委书记、居委会主任")]),
    "m08_tongxiang.txt": (2023, "发布时间：2023-04-27 09:05", "桐乡市", [
        ("钱晓峰到濮院镇梧桐街道调研重点项目建设", "4月26日", "2023-04-26", "4月26日，市委副书记、市长钱晓峰",
         "county-level city mayor inspects a town and a street; bare 市委 = 桐乡市委")]),
    "m09_cangxi.txt": (2022, "发布时间：2022-09-29 18:12", "苍溪县", [
        ("县领导带队开展国庆节前安全生产大检查", "9月28日", "2022-09-28", "苍溪县融媒体中心讯（记者 苟晓东 何雨欣）国庆节临近",
         "pre-holiday safety inspection; four county leaders each 带队 to a different town")]),
    "m10_huzhu.txt": (2023, "发布时间：2023-02-15 11:30", "互助土族自治县", [
        ("互助土族自治县人民政府关于调整县政府领导工作分工的通知", "2023年2月14日", "2023-02-14", "各乡镇人民政府，县政府各部门",
         "county government's division of work among its leaders, with 联系 towns; decided at a 常务会议")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # m01 岢岚县
    "m:乔树林": ("乔树林", "official", "岢岚县", [
        ("m01", "岢岚县委", "书记", "县委书记乔树林深入宋家沟乡", "县委 on the 岢岚 site = 岢岚县委")], []),
    "m:韩丽萍": ("韩丽萍", "official", "岢岚县", [
        ("m01", "岢岚县政府", "副县长", "副县长韩丽萍", None)], []),
    "m:白志宏": ("白志宏", "official", "岢岚县", [
        ("m01", "岢岚县水利局", "局长", "县水利局局长白志宏", None)], []),
    "m:成建忠": ("成建忠", "official", "岢岚县", [
        ("m01", "岢岚县乡村振兴局", "局长", "县乡村振兴局局长成建忠参加调研", None)], []),
    "m:任晓东": ("任晓东", "official", "岢岚县宋家沟乡", [
        ("m01", "岢岚县宋家沟乡党委", "书记", "宋家沟乡党委书记任晓东", "a 乡 like a 镇: county label + 乡 + 党委")], []),
    "m:刘艳青": ("刘艳青", "official", "岢岚县宋家沟乡", [
        ("m01", "岢岚县宋家沟乡党委", "副书记", "乡党委副书记、乡长刘艳青", None),
        ("m01", "岢岚县宋家沟乡政府", "乡长", "乡党委副书记、乡长刘艳青", None)], []),
    "m:高存旺": ("高存旺", "official", "岢岚县宋家沟乡宋家沟村", [
        ("m01", "岢岚县宋家沟乡宋家沟村党支部", "书记", "宋家沟村党支部书记、村委会主任高存旺", "village post: town label + village + 党支部"),
        ("m01", "岢岚县宋家沟乡宋家沟村委会", "主任", "宋家沟村党支部书记、村委会主任高存旺", "村委会 follows the village of the same chain")], []),
    "m:薛俊峰": ("薛俊峰", "official", "岢岚县王家岔乡", [
        ("m01", "岢岚县王家岔乡党委", "书记", "王家岔乡党委书记薛俊峰陪同调研", None)], []),
    # m02-m04 罗田县
    "m:方志刚": ("方志刚", "official", "罗田县三里畈镇", [
        ("m02", "罗田县三里畈镇党委", "书记", "镇党委书记方志刚", "镇 = 三里畈镇 (the page's town)")], []),
    "m:鲍文斌": ("鲍文斌", "official", "罗田县三里畈镇", [
        ("m02", "罗田县三里畈镇党委", "副书记", "镇党委副书记、镇长鲍文斌分别带队", None),
        ("m02", "罗田县三里畈镇政府", "镇长", "镇党委副书记、镇长鲍文斌分别带队", None),
        ("m04", "罗田县三里畈镇党委", "书记", "三里畈镇党委书记鲍文斌", "moved up from 镇长 (m02, 2021) to the town's party secretary (2024)")], []),
    "m:叶红霞": ("叶红霞", "official", "罗田县三里畈镇", [
        ("m02", "罗田县三里畈镇人大", "主席", "镇人大主席叶红霞", "town people's congress: 镇人大 主席")], []),
    "m:肖国庆": ("肖国庆", "official", "罗田县三里畈镇", [
        ("m02", "罗田县三里畈镇政府", "副镇长", "副镇长肖国庆", None)], []),
    "m:王德胜": ("王德胜", "official", "罗田县三里畈镇鲤鱼山村", [
        ("m02", "罗田县三里畈镇鲤鱼山村党支部", "书记", "鲤鱼山村党支部书记、村委会主任王德胜", "village post"),
        ("m02", "罗田县三里畈镇鲤鱼山村委会", "主任", "鲤鱼山村党支部书记、村委会主任王德胜", None)], []),
    "m:曹元庆": ("曹元庆", "official", "罗田县", [
        ("m03", "罗田县委", "书记", "县委书记曹元庆到九资河镇", "县委 on the 罗田 site = 罗田县委")], []),
    "m:潘志华": ("潘志华", "official", "罗田县", [
        ("m03", "罗田县委", "副书记", "县委副书记、县长潘志华到胜利镇", None),
        ("m03", "罗田县政府", "县长", "县委副书记、县长潘志华到胜利镇", None)], []),
    "m:袁海波": ("袁海波", "official", "罗田县", [
        ("m03", "罗田县委", "常委", "县委常委、副县长袁海波到三里畈镇", "goes to the town he 包联 (包联 is not a post)"),
        ("m03", "罗田县政府", "副县长", "县委常委、副县长袁海波到三里畈镇", None),
        ("m04", "罗田县委", "常委", "9月11日，县委常委、副县长袁海波到包联的三里畈镇", "same person as on the county page (m03); on the town's page"),
        ("m04", "罗田县政府", "副县长", "9月11日，县委常委、副县长袁海波到包联的三里畈镇", None)], []),
    "m:晏春梅": ("晏春梅", "official", "罗田县", [
        ("m03", "罗田县政府", "副县长", "副县长晏春梅到白莲河乡", None)], []),
    "m:詹国友": ("詹国友", "official", "罗田县", [
        ("m03", "罗田县政协", "主席", "县政协主席詹国友到大河岸镇", None)], []),
    "m:童立军": ("童立军", "official", "罗田县", [
        ("m03", "罗田县水利和湖泊局", "局长", "县水利和湖泊局局长童立军参加检查", None)], []),
    "m:邱少华": ("邱少华", "official", "罗田县", [
        ("m04", "罗田县农业农村局", "局长", "县农业农村局局长邱少华", None)], []),
    "m:胡雅琴": ("胡雅琴", "official", "罗田县三里畈镇", [
        ("m04", "罗田县三里畈镇党委", "副书记", "镇党委副书记、镇长胡雅琴陪同调研", "the new 镇长 after 鲍文斌"),
        ("m04", "罗田县三里畈镇政府", "镇长", "镇党委副书记、镇长胡雅琴陪同调研", None)], []),
    "m:陈金山": ("陈金山", "official", "罗田县三里畈镇古庙河村", [
        ("m04", "罗田县三里畈镇古庙河村党支部", "书记", "村党支部书记陈金山介绍", "村 = 古庙河村 (在古庙河村，村党支部书记…)")], []),
    # m05 隆德县
    "m:杨启东": ("杨启东", "official", "隆德县", [
        ("m05", "隆德县人大常委会", "主任", "主席团常务主席、县人大常委会主任杨启东主持", "大会执行主席、主席团常务主席 are session roles")], []),
    "m:马秀兰": ("马秀兰", "official", "隆德县", [
        ("m05", "隆德县人大常委会", "副主任", "县人大常委会副主任马秀兰作县人大常委会工作报告", "also 大会执行主席 (a session role)")], []),
    "m:苏建平": ("苏建平", "official", "隆德县", [
        ("m05", "隆德县委", "副书记", "县委副书记苏建平", "also 大会执行主席 (a session role)")], []),
    "m:海文忠": ("海文忠", "official", "隆德县", [], ["m05"]),
    "m:禹晓燕": ("禹晓燕", "official", "隆德县", [], ["m05"]),
    "m:马国栋": ("马国栋", "official", "隆德县", [
        ("m05", "隆德县委", "书记", "县委书记马国栋", None)], []),
    "m:田志斌": ("田志斌", "official", "隆德县", [
        ("m05", "隆德县委", "副书记", "县委副书记、县长田志斌", None),
        ("m05", "隆德县政府", "县长", "县委副书记、县长田志斌", None)], []),
    "m:柳红": ("柳红", "official", "隆德县", [
        ("m05", "隆德县政协", "主席", "县政协主席柳红", None)], []),
    "m:李永刚#1": ("李永刚", "official", "隆德县", [
        ("m05", "隆德县委", "常委", "县委常委、常务副县长李永刚", "not the 李永刚 of 苍溪县 (m09)"),
        ("m05", "隆德县政府", "常务副县长", "县委常委、常务副县长李永刚", None)], []),
    # m06 杭锦旗
    "m:苏亚拉图": ("苏亚拉图", "official", "杭锦旗", [
        ("m06", "杭锦旗委", "副书记", "旗委副书记、政府旗长苏亚拉图", "旗委 on the 杭锦旗 site = 杭锦旗委"),
        ("m06", "杭锦旗政府", "旗长", "旗委副书记、政府旗长苏亚拉图", "政府旗长 → 杭锦旗政府 旗长 (as 苏尼特左旗 in g)")], []),
    "m:刘海燕": ("刘海燕", "official", "杭锦旗", [
        ("m06", "杭锦旗林草局", "局长", "旗林草局局长刘海燕陪同调研", "department as written after the place")], []),
    "m:张振国": ("张振国", "official", "杭锦旗伊和乌素苏木", [
        ("m06", "杭锦旗伊和乌素苏木党委", "书记", "伊和乌素苏木党委书记张振国", "a 苏木 like a 乡")], []),
    "m:宝音德力格尔": ("宝音德力格尔", "official", "杭锦旗伊和乌素苏木", [
        ("m06", "杭锦旗伊和乌素苏木党委", "副书记", "苏木党委副书记、苏木达宝音德力格尔", None),
        ("m06", "杭锦旗伊和乌素苏木政府", "苏木达", "苏木党委副书记、苏木达宝音德力格尔", "苏木达 = head of the 苏木 government")], []),
    "m:巴图孟和": ("巴图孟和", "official", "杭锦旗伊和乌素苏木哈日陶勒盖嘎查", [
        ("m06", "杭锦旗伊和乌素苏木哈日陶勒盖嘎查党支部", "书记", "哈日陶勒盖嘎查党支部书记、嘎查委员会主任巴图孟和", "嘎查 = village"),
        ("m06", "杭锦旗伊和乌素苏木哈日陶勒盖嘎查委员会", "主任", "哈日陶勒盖嘎查党支部书记、嘎查委员会主任巴图孟和", None)], []),
    # m07 璧山区
    "m:邓晓峰": ("邓晓峰", "official", "璧山区", [
        ("m07", "璧山区委", "常委", "11月22日，区委常委、组织部部长邓晓峰", "区委 on the 璧山 site = 璧山区委"),
        ("m07", "璧山区委组织部", "部长", "11月22日，区委常委、组织部部长邓晓峰", None)], []),
    "m:罗成": ("罗成", "official", "璧山区", [
        ("m07", "璧山区住房城乡建委", "主任", "区住房城乡建委主任罗成", None)], []),
    "m:谢丽君": ("谢丽君", "official", "璧山区璧泉街道", [
        ("m07", "璧山区璧泉街道党工委", "书记", "璧泉街道党工委书记谢丽君", None)], []),
    "m:蒋文楷": ("蒋文楷", "official", "璧山区璧泉街道", [
        ("m07", "璧山区璧泉街道党工委", "副书记", "街道党工委副书记、办事处主任蒋文楷", None),
        ("m07", "璧山区璧泉街道办事处", "主任", "街道党工委副书记、办事处主任蒋文楷", "street administration: 街道办事处 主任")], []),
    "m:黄秀英": ("黄秀英", "official", "璧山区璧泉街道双星社区", [
        ("m07", "璧山区璧泉街道双星社区党委", "书记", "双星社区党委书记、居委会主任黄秀英", "community post: street label + 社区 + 党委"),
        ("m07", "璧山区璧泉街道双星社区居委会", "主任", "双星社区党委书记、居委会主任黄秀英", None)], []),
    # m08 桐乡市
    "m:钱晓峰": ("钱晓峰", "official", "桐乡市", [
        ("m08", "桐乡市委", "副书记", "市委副书记、市长钱晓峰到濮院镇", "市委 on the 桐乡 site = 桐乡市委 (the county-level city, not 嘉兴)"),
        ("m08", "桐乡市政府", "市长", "市委副书记、市长钱晓峰到濮院镇", None)], []),
    "m:俞美芬": ("俞美芬", "official", "桐乡市", [
        ("m08", "桐乡市政府", "副市长", "副市长俞美芬", None)], []),
    "m:徐志良": ("徐志良", "official", "桐乡市", [
        ("m08", "桐乡市发改局", "局长", "市发改局局长徐志良参加调研", None)], []),
    "m:朱建良": ("朱建良", "official", "桐乡市濮院镇", [
        ("m08", "桐乡市濮院镇党委", "书记", "濮院镇党委书记朱建良", None)], []),
    "m:姚春燕": ("姚春燕", "official", "桐乡市濮院镇", [
        ("m08", "桐乡市濮院镇党委", "副书记", "镇党委副书记、镇长姚春燕", None),
        ("m08", "桐乡市濮院镇政府", "镇长", "镇党委副书记、镇长姚春燕", None)], []),
    "m:吴晓明": ("吴晓明", "official", "桐乡市梧桐街道", [
        ("m08", "桐乡市梧桐街道党工委", "书记", "梧桐街道党工委书记吴晓明", None)], []),
    "m:陆宏伟": ("陆宏伟", "official", "桐乡市梧桐街道", [
        ("m08", "桐乡市梧桐街道党工委", "副书记", "党工委副书记、办事处主任陆宏伟陪同", None),
        ("m08", "桐乡市梧桐街道办事处", "主任", "党工委副书记、办事处主任陆宏伟陪同", None)], []),
    # m09 苍溪县
    "m:蒲建军": ("蒲建军", "official", "苍溪县", [
        ("m09", "苍溪县委", "副书记", "县委副书记、县长蒲建军带队到歧坪镇", None),
        ("m09", "苍溪县政府", "县长", "县委副书记、县长蒲建军带队到歧坪镇", None)], []),
    "m:何志勇": ("何志勇", "official", "苍溪县", [
        ("m09", "苍溪县委", "常委", "县委常委、常务副县长何志勇带队到元坝镇", None),
        ("m09", "苍溪县政府", "常务副县长", "县委常委、常务副县长何志勇带队到元坝镇", None)], []),
    "m:李永刚#2": ("李永刚", "official", "苍溪县", [
        ("m09", "苍溪县政府", "副县长", "副县长李永刚带队到白驿镇", "not the 李永刚 of 隆德县 (m05)")], []),
    "m:赵春明": ("赵春明", "official", "苍溪县", [
        ("m09", "苍溪县人大常委会", "副主任", "县人大常委会副主任赵春明带队到陵江镇", None)], []),
    "m:向春燕": ("向春燕", "official", "苍溪县歧坪镇", [
        ("m09", "苍溪县歧坪镇党委", "书记", "歧坪镇党委书记向春燕陪同检查", None)], []),
    "m:杜海龙": ("杜海龙", "official", "苍溪县元坝镇", [
        ("m09", "苍溪县元坝镇政府", "镇长", "元坝镇镇长杜海龙陪同", None)], []),
    # m10 互助土族自治县
    "m:祁永福": ("祁永福", "official", "互助土族自治县", [
        ("m10", "互助土族自治县委", "副书记", "县委副书记、县长祁永福", "县 on the 互助 site = 互助土族自治县 (full name as label)"),
        ("m10", "互助土族自治县政府", "县长", "县委副书记、县长祁永福", None)], []),
    "m:李成林": ("李成林", "official", "互助土族自治县", [
        ("m10", "互助土族自治县委", "常委", "县委常委、常务副县长李成林", None),
        ("m10", "互助土族自治县政府", "常务副县长", "县委常委、常务副县长李成林", None)], []),
    "m:星秀兰": ("星秀兰", "official", "互助土族自治县", [
        ("m10", "互助土族自治县政府", "副县长", "副县长星秀兰", "surname 星")], []),
    "m:鲁宏德": ("鲁宏德", "official", "互助土族自治县", [
        ("m10", "互助土族自治县政府", "副县长", "副县长鲁宏德", None)], []),
    "m:韩志坚": ("韩志坚", "official", "互助土族自治县", [
        ("m10", "互助土族自治县政府", "副县长", "副县长韩志坚（挂职）", "a 挂职 副县长 is a 副县长")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("m01", "温佳琪", "记者", "reporter", "（记者 温佳琪 樊宇航）"),
    ("m01", "樊宇航", "记者", "reporter", "（记者 温佳琪 樊宇航）"),
    ("m01", "崔丽娜", "责任编辑", "editor", "责任编辑：崔丽娜"),
    ("m02", "胡思远", "供稿", "author", "（三里畈镇　胡思远）"),
    ("m02", "冯立伟", "责任编辑", "editor", "责任编辑：冯立伟"),
    ("m03", "冯立伟", "责任编辑", "editor", "责任编辑：冯立伟"),
    ("m04", "胡思远", "供稿", "author", "（三里畈镇　胡思远）"),
    ("m04", "冯立伟", "责任编辑", "editor", "责任编辑：冯立伟"),
    ("m05", "马海云", "作者", "author", "作者：马海云 米文杰"),
    ("m05", "米文杰", "作者", "author", "作者：马海云 米文杰"),
    ("m05", "杨雪莹", "编辑", "editor", "编辑：杨雪莹"),
    ("m05", "刘振邦", "审核", "editor", "审核：刘振邦"),
    ("m06", "乌日娜", "记者", "reporter", "（记者 乌日娜 赵玉兰）"),
    ("m06", "赵玉兰", "记者", "reporter", "（记者 乌日娜 赵玉兰）"),
    ("m06", "王海生", "编辑", "editor", "编辑：王海生"),
    ("m06", "何泽宇", "审核", "editor", "审核：何泽宇"),
    ("m07", "卢静怡", "供稿", "author", "（璧泉街道　卢静怡）"),
    ("m08", "唐俊杰", "责任编辑", "editor", "责任编辑：唐俊杰"),
    ("m09", "苟晓东", "记者", "reporter", "（记者 苟晓东 何雨欣）"),
    ("m09", "何雨欣", "记者", "reporter", "（记者 苟晓东 何雨欣）"),
    ("m09", "郭瑞", "责任编辑", "editor", "责任编辑：郭瑞"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("m01", "乡村振兴和饮水安全工作调研", "inspection (调研)", "6月14日", None, "乔树林", [],
     ["韩丽萍", "白志宏", "成建忠", "薛俊峰"], ["任晓东", "刘艳青", "高存旺", "乔树林"], "宋家沟乡、王家岔乡",
     "县委书记乔树林深入宋家沟乡、王家岔乡，调研乡村振兴、农村饮水安全和汛前准备工作",
     ["县委书记乔树林深入宋家沟乡、王家岔乡", "县乡村振兴局局长成建忠参加调研", "乡长刘艳青汇报了", "村委会主任高存旺介绍",
      "王家岔乡党委书记薛俊峰陪同调研", "乔树林强调"]),
    ("m02", "汛期安全隐患大排查", "inspection (排查)", "7月5日", None, "方志刚", ["三里畈镇"],
     ["鲍文斌", "叶红霞", "肖国庆"], ["方志刚", "王德胜", "鲍文斌"], "三里畈镇",
     "三里畈镇组织开展汛期安全隐患大排查",
     ["镇党委书记方志刚，镇党委副书记、镇长鲍文斌分别带队", "他要求", "鲍文斌带领镇人大主席叶红霞、副镇长肖国庆",
      "村委会主任王德胜介绍", "鲍文斌强调"]),
    ("m03", "防汛备汛工作检查", "inspection (检查指导)", "6月20日", None, None, [],
     ["曹元庆", "潘志华", "袁海波", "晏春梅", "詹国友", "童立军"], ["曹元庆", "潘志华", "袁海波"], None,
     "县领导分赴各自包联乡镇，检查指导防汛备汛工作",
     ["县委书记曹元庆到九资河镇", "要求镇村两级", "县长潘志华到胜利镇", "他强调", "副县长袁海波到三里畈镇", "袁海波指出",
      "副县长晏春梅到白莲河乡", "县政协主席詹国友到大河岸镇", "局长童立军参加检查"]),
    ("m04", "甜柿产业和重点项目建设调研", "inspection (调研)", "9月11日", None, "袁海波", [],
     ["邱少华", "鲍文斌", "胡雅琴"], ["陈金山", "鲍文斌", "袁海波"], "三里畈镇",
     "县委常委、副县长袁海波到包联的三里畈镇，调研甜柿产业发展和重点项目建设情况",
     ["副县长袁海波到包联的三里畈镇", "县农业农村局局长邱少华，三里畈镇党委书记鲍文斌，镇党委副书记、镇长胡雅琴陪同调研",
      "村党支部书记陈金山介绍", "鲍文斌汇报了", "袁海波强调"]),
    ("m05", "隆德县第十八届人民代表大会第三次会议", "session (人民代表大会)", "1月9日上午", "杨启东", None, [],
     ["马秀兰", "苏建平", "海文忠", "禹晓燕", "马国栋", "田志斌", "柳红", "李永刚"], ["田志斌", "马秀兰"], "县会议中心",
     "隆德县第十八届人民代表大会第三次会议在县会议中心隆重开幕",
     ["大会执行主席杨启东、马秀兰、苏建平、海文忠、禹晓燕在主席台前排就座",
      "县委书记马国栋，县委副书记、县长田志斌，县政协主席柳红，县委副书记苏建平，县委常委、常务副县长李永刚等县领导在主席台就座",
      "大会由主席团常务主席、县人大常委会主任杨启东主持", "田志斌代表县人民政府向大会作政府工作报告",
      "县人大常委会副主任马秀兰作县人大常委会工作报告"]),
    ("m06", "春季防火和牧区重点工作调研", "inspection (调研)", "5月17日", None, "苏亚拉图", [],
     ["刘海燕"], ["张振国", "宝音德力格尔", "巴图孟和", "苏亚拉图"], "伊和乌素苏木",
     "政府旗长苏亚拉图到伊和乌素苏木调研春季防火、禁牧休牧和牧区基础设施建设工作",
     ["政府旗长苏亚拉图到伊和乌素苏木调研", "旗林草局局长刘海燕陪同调研", "苏木达宝音德力格尔汇报了",
      "嘎查委员会主任巴图孟和介绍", "苏亚拉图强调"]),
    ("m07", "城市基层党建和老旧小区改造工作调研", "inspection (调研)", "11月22日", None, "邓晓峰", [],
     ["罗成", "谢丽君", "蒋文楷"], ["黄秀英", "邓晓峰", "谢丽君"], "璧泉街道",
     "区委常委、组织部部长邓晓峰到璧泉街道调研城市基层党建和老旧小区改造工作",
     ["组织部部长邓晓峰到璧泉街道调研", "区住房城乡建委主任罗成，璧泉街道党工委书记谢丽君，街道党工委副书记、办事处主任蒋文楷陪同调研",
      "居委会主任黄秀英介绍", "邓晓峰强调", "谢丽君表示"]),
    ("m08", "重点项目建设和城市更新工作调研", "inspection (调研)", "4月26日", None, "钱晓峰", [],
     ["俞美芬", "徐志良", "吴晓明", "陆宏伟"], ["朱建良", "姚春燕", "钱晓峰"], "濮院镇、梧桐街道",
     "市长钱晓峰到濮院镇、梧桐街道调研重点项目建设和城市更新工作",
     ["市长钱晓峰到濮院镇、梧桐街道调研", "副市长俞美芬，市发改局局长徐志良参加调研", "镇长姚春燕汇报了",
      "梧桐街道党工委书记吴晓明，党工委副书记、办事处主任陆宏伟陪同", "钱晓峰强调"]),
    ("m09", "国庆节前安全生产大检查", "inspection (安全生产检查)", "9月28日", None, None, [],
     ["蒲建军", "何志勇", "李永刚", "赵春明", "向春燕", "杜海龙"], ["蒲建军", "李永刚"], None,
     "县领导分别带队，深入各镇开展节前安全生产大检查",
     ["县长蒲建军带队到歧坪镇", "他要求", "歧坪镇党委书记向春燕陪同检查", "常务副县长何志勇带队到元坝镇",
      "元坝镇镇长杜海龙陪同", "副县长李永刚带队到白驿镇", "要求严格落实", "副主任赵春明带队到陵江镇"]),
    ("m10", "县政府第31次常务会议", "meeting (政府常务会议)", "2023年2月14日", None, None, ["县政府"],
     [], [], None,
     "经2023年2月14日县政府第31次常务会议研究", []),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("m01", "宋家沟乡红芸豆加工产业园", "industrial_park", "宋家沟乡红芸豆加工产业园"),
    ("m01", "宋家沟乡农村饮水安全巩固提升工程", "infrastructure_project", "宋家沟乡农村饮水安全巩固提升工程"),
    ("m01", "石家会村村道硬化工程", "infrastructure_project", "石家会村村道硬化工程"),
    ("m03", "大河岸镇城区排涝泵站", "infrastructure_project", "大河岸镇城区排涝泵站建设情况"),
    ("m04", "三里畈镇甜柿深加工产业园", "industrial_park", "三里畈镇甜柿深加工产业园"),
    ("m04", "古庙河村村道硬化工程", "infrastructure_project", "古庙河村村道硬化工程"),
    ("m04", "巴河三里畈段堤防加固工程", "engineering_work", "巴河三里畈段堤防加固工程"),
    ("m05", "六盘山冷凉蔬菜产业园", "industrial_park", "六盘山冷凉蔬菜产业园建成投用"),
    ("m05", "渝河流域综合治理工程", "engineering_work", "渝河流域综合治理工程"),
    ("m05", "城乡供水一体化工程", "infrastructure_project", "城乡供水一体化工程"),
    ("m05", "清流河生态修复工程", "greening_project", "清流河生态修复工程"),
    ("m05", "沙塘镇现代肉牛养殖示范园", "project", "沙塘镇现代肉牛养殖示范园"),
    ("m06", "哈日陶勒盖嘎查饮水安全工程", "infrastructure_project", "哈日陶勒盖嘎查饮水安全工程"),
    ("m06", "伊和乌素苏木肉牛养殖产业园", "industrial_park", "伊和乌素苏木肉牛养殖产业园"),
    ("m07", "双星小区老旧小区改造项目", "housing_project", "双星小区老旧小区改造项目"),
    ("m08", "濮院毛衫时尚产业园二期", "industrial_park", "濮院毛衫时尚产业园二期"),
    ("m08", "濮院古镇东区保护更新项目", "project", "濮院古镇东区保护更新项目"),
    ("m08", "庆丰路北延工程", "infrastructure_project", "庆丰路北延工程"),
    ("m08", "梧桐街道城中村改造项目", "housing_project", "梧桐街道城中村改造项目"),
    ("m09", "元坝镇饮水安全工程", "infrastructure_project", "元坝镇饮水安全工程"),
    ("m09", "滨江路改造工程", "infrastructure_project", "滨江路改造工程"),
    ("m10", "湟水河互助段综合治理工程", "engineering_work", "湟水河互助段综合治理工程"),
    ("m10", "南门峡水库除险加固工程", "engineering_work", "南门峡水库除险加固工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("m01", "宋家沟乡", "township", "standalone", "深入宋家沟乡、王家岔乡"),
    ("m01", "王家岔乡", "township", "standalone", "深入宋家沟乡、王家岔乡"),
    ("m01", "宋家沟村", "village", "standalone", "宋家沟村红芸豆种植基地"),
    ("m01", "岚漪河", "river", "standalone", "沿岚漪河察看了河道行洪"),
    ("m01", "石家会村", "village", "in_project_name", "石家会村村道硬化工程"),
    ("m01", "石家会水库", "reservoir", "standalone", "石家会水库等重点部位"),
    ("m02", "三里畈镇", "town", "standalone", "7月5日，三里畈镇组织开展"),
    ("m02", "古庙河水库", "reservoir", "standalone", "方志刚一行来到古庙河水库"),
    ("m02", "巴河", "river", "standalone", "沿巴河三里畈段察看堤防"),
    ("m02", "三里畈", "town", "standalone", "沿巴河三里畈段察看堤防"),
    ("m02", "鲤鱼山村", "village", "standalone", "到鲤鱼山村地质灾害隐患点"),
    ("m03", "九资河镇", "town", "standalone", "县委书记曹元庆到九资河镇"),
    ("m03", "天堂水库", "reservoir", "standalone", "先后察看天堂水库"),
    ("m03", "胜利镇", "town", "standalone", "县长潘志华到胜利镇"),
    ("m03", "三里畈镇", "town", "standalone", "副县长袁海波到三里畈镇"),
    ("m03", "巴河", "river", "standalone", "沿巴河察看堤防险工险段"),
    ("m03", "白莲河乡", "township", "standalone", "副县长晏春梅到白莲河乡"),
    ("m03", "白莲河水库", "reservoir", "standalone", "检查白莲河水库库区防汛"),
    ("m03", "大河岸镇", "town", "standalone", "县政协主席詹国友到大河岸镇"),
    ("m04", "三里畈镇", "town", "standalone", "到包联的三里畈镇"),
    ("m04", "古庙河村", "village", "standalone", "在古庙河村，村党支部书记"),
    ("m04", "巴河", "river", "in_project_name", "巴河三里畈段堤防加固工程"),
    ("m04", "三里畈", "town", "in_project_name", "巴河三里畈段堤防加固工程"),
    ("m05", "隆德县", "county", "standalone", "隆德县第十八届人民代表大会第三次会议在县会议中心"),
    ("m05", "六盘山", "mountain", "in_project_name", "六盘山冷凉蔬菜产业园"),
    ("m05", "渝河", "river", "in_project_name", "渝河流域综合治理工程"),
    ("m05", "清流河", "river", "in_project_name", "清流河生态修复工程"),
    ("m05", "沙塘镇", "town", "in_project_name", "沙塘镇现代肉牛养殖示范园"),
    ("m06", "伊和乌素苏木", "township", "standalone", "到伊和乌素苏木调研春季防火"),
    ("m06", "额尔和图嘎查", "village", "standalone", "额尔和图嘎查草原防火检查站"),
    ("m06", "哈日陶勒盖嘎查", "village", "in_project_name", "哈日陶勒盖嘎查饮水安全工程"),
    ("m06", "库布其沙漠", "desert", "standalone", "严防死守库布其沙漠边缘"),
    ("m06", "黄河", "river", "standalone", "黄河沿岸林草地带"),
    ("m07", "璧泉街道", "street", "standalone", "邓晓峰到璧泉街道调研城市基层党建"),
    ("m07", "双星社区", "community", "standalone", "双星社区党群服务中心"),
    ("m07", "双星小区", "residential_compound", "in_project_name", "双星小区老旧小区改造项目"),
    ("m07", "璧南河", "river", "standalone", "璧南河滨河步道"),
    ("m08", "濮院镇", "town", "standalone", "到濮院镇、梧桐街道调研"),
    ("m08", "梧桐街道", "street", "standalone", "到濮院镇、梧桐街道调研"),
    ("m08", "濮院", "town", "in_project_name", "濮院毛衫时尚产业园二期"),
    ("m08", "濮院古镇", "town (historic)", "in_project_name", "濮院古镇东区保护更新项目"),
    ("m08", "庆丰路", "road", "in_project_name", "庆丰路北延工程"),
    ("m08", "京杭大运河", "river", "standalone", "沿京杭大运河桐乡段"),
    ("m08", "桐乡", "county_level_city", "standalone", "沿京杭大运河桐乡段"),
    ("m09", "歧坪镇", "town", "standalone", "带队到歧坪镇"),
    ("m09", "元坝镇", "town", "standalone", "带队到元坝镇"),
    ("m09", "白驿镇", "town", "standalone", "带队到白驿镇"),
    ("m09", "陵江镇", "town", "standalone", "带队到陵江镇"),
    ("m09", "亭子口水库", "reservoir", "standalone", "亭子口水库库区渡口"),
    ("m09", "嘉陵江", "river", "standalone", "嘉陵江沿岸在建的滨江路改造工程"),
    ("m09", "滨江路", "road", "in_project_name", "滨江路改造工程"),
    ("m10", "互助土族自治县", "county", "in_document_title", "互助土族自治县人民政府关于调整县政府领导工作分工的通知"),
    ("m10", "威远镇", "town", "standalone", "联系威远镇"),
    ("m10", "丹麻镇", "town", "standalone", "联系丹麻镇、五十镇"),
    ("m10", "五十镇", "town", "standalone", "联系丹麻镇、五十镇"),
    ("m10", "南门峡镇", "town", "standalone", "联系南门峡镇"),
    ("m10", "北山国家森林公园", "park", "standalone", "北山国家森林公园旅游开发"),
    ("m10", "东沟乡", "township", "standalone", "联系东沟乡、林川乡"),
    ("m10", "林川乡", "township", "standalone", "联系东沟乡、林川乡"),
    ("m10", "湟水河", "river", "in_project_name", "湟水河互助段综合治理工程"),
    ("m10", "互助", "county", "in_project_name", "湟水河互助段综合治理工程"),
    ("m10", "南门峡水库", "reservoir", "in_project_name", "南门峡水库除险加固工程"),
    ("m10", "台子乡", "township", "standalone", "联系台子乡"),
    ("m10", "互助绿色产业园区", "industrial_park", "standalone", "协调推进互助绿色产业园区建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="m", conventions="set m (blind set of township, street and county-media-centre pages: 乡镇, 苏木 and 嘎查, 街道 and 社区, a county 人大 session, 包联 flood and safety checks, a 领导分工 notice; village and community posts are posts)",
          persons_note="Set m persons. id = corpus-wide person_id (m:李永刚#1 and m:李永刚#2 are two people)")


if __name__ == "__main__":
    main()
