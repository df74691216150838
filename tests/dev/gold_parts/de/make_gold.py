"""Write gold part ``de`` (a blind set: inspection routes naming many places — 防汛, 地质灾害, 安全生产, 森林防火 and
秸秆禁烧 检查 / 督导, where a leader goes 先后来到 towns, villages, reservoirs, rivers, dikes, mines, scenic areas, forest
parks and an industrial park; plus 河长 巡河 and 林长 巡林) from the tables below.

Pages ``tests/dev/texts/de*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (none copied): the 蓝田县 site (``县委书记…深入三里镇、普化镇、九间房镇
检查防汛救灾工作。县委常委、副县长…参加``, a two-day route: ``白马河水库和白马河上游…段``, villages by name); the 岚皋县 site
(``市国土资源局局长…来我县视察滑坡检测工作，副县长…陪同``, ``先后到滑坡监测点…``); a 霍山 page (``县委书记、县级总林长…到…
乡调研林长制…副县长、县级副总林长…参加``, ``先后来到国有…林场、…林场``); the 湖南 林业局 page of a 株洲 ``市委书记、市级总林长
深入炎陵县巡林…县委书记、县级林长…，县人民政府县长、县级第一副林长…陪同`` (``时间: … 信息来源:``); the 城口县 site
(``县委书记、县总河段长、东河县级河段长…带队先后前往东溪镇、桥溪乡开展巡河``, ``县领导…参加活动。（记者 … …）``); the
石家庄日报 page on 长城网 (``石家庄市委常委、常务副市长…到平山县调研…滹沱河河长制及防汛工作…先到石板水库、滹沱河景观
大道…``, ``来源: 石家庄日报 作者: … 分享: … 关键词: … 责任编辑:``); the 北碚 site (``市减灾办…检查组…实地检查了…澄江镇马家沱
滑坡地质灾害隐患点、缙云山森林防火检查站、金刀峡偏岩古镇…``, ``扫一扫在手机打开当前页``) and the 北碚报 ``第A2版:要闻``
(``作者: 浏览次数: 放大 缩小 默认``, ``上一篇 下一篇``); a 黔江 督查组 page (``先后前往闸桥城市防洪、老窖溪水库、册山河堤防
工程…滑坡点``); the 濮阳县 site (``(发布于:2020-10-20 09:25)``, ``【收藏】 【纠错】 【打印本页】 【关闭窗口``); a 苍南新闻网
and an 安吉 防汛 page (``县委副书记、县长…先后到天子湖镇晓云圩抢险点…梅溪镇…堤防``); the 民权网 巡河 page (``文章来源:
… 文章作者: … 责任编辑: … 点击数: 时间:``); the 临潭 site (``县委常委、县政府常务副县长、南门河临潭段河长…巡河``, ``供稿:``);
a 宁陕 page on the 安康 自然资源局 site (footer ``主办单位: … 备案编号: 陕 ICP 备…``); an 伊春 page of 东北网 (``来源: 东北网-
林城晚报 作者: 编辑:``); a 哈尔滨日报 page of 秸秆禁烧 督导 (``深入道里区新发镇胜利村``). Places are real: 河北 石家庄 (平山县,
灵寿县), 山西 晋城 (泽州县, 陵川县), 陕西 安康 (岚皋县), 重庆 (武隆区), 浙江 湖州 (安吉县), 黑龙江 哈尔滨 (五常市, 尚志市).

Shapes: a county site (``当前位置：首页 > 政务公开 > 工作动态 > 平山要闻``, ``字号：[大 中 小]``, 相关链接, footer with ICP and
公安备案) of the 县长 and 防汛抗旱指挥部指挥长's 检查 along reservoirs, rivers, a 隐患点, a scenic area and a village (de01); the
石家庄日报 第02版 (two-line headline, 本版其他新闻) of a 副市长's 检查 of two counties, both counties' 书记 / 县长 (de02); a
county site (``您现在的位置：``, ``信息来源：县应急管理局``, a bracketed author, ``编辑： 审核：``) of the 县委书记's 督导检查 of a coal
mine, a 危化 company and a scenic area, and the 调度会 after it (de03); the 晋城日报 第01版 with two items: the former 泽州
县委书记 now 副市长 in 陵川县, and the new 泽州县委书记 巡河 (de04); a county site of the 县委书记's 地灾 检查 (上一篇 / 下一篇)
(de05); a county WeChat post (``岚皋融媒 2024年07月09日 18:36 陕西``, ``原创``, ``阅读 … 分享 收藏 点赞 在看``, ``写留言``) of the
former 镇党委书记 now 副县长 (de06); the 武隆区 site (``发布日期： 来源：区林业局``, ``扫一扫在手机打开当前页``, 网站标识码) of the
区委书记、区级总林长's 巡林 (de07); the 安吉新闻网 portal (``作者：记者 … 通讯员 … 编辑：``, ``分享到：``, 【相关新闻】) of the
县长、县级河长's 巡河 and 防台 检查 (de08); a county-level city's site of the 市长's 秸秆禁烧 督导检查 with a 指挥部 副指挥长
(de09); the 哈尔滨日报 第A03版 of a 副市长's 森林防火 检查 in two county-level cities, the former 市长 now 市委书记 (de10).

Identity cases:
- de:贺建勋 平山县委副书记、县长 and 县防汛抗旱指挥部指挥长 (de01, July 2022) → 平山县委书记 (de02, June 2024; the new 县长
  is de:康立伟).
- de:原志宏 泽州县委书记 (de03, Nov 2021) → 晋城市副市长 (de04, Apr 2024; the same page names the new 泽州县委书记
  de:段振华).
- de:杜红梅 岚皋县蔺河镇党委书记 (de05, June 2021) → 岚皋县副县长 (de06, July 2024).
- de:臧海龙 五常市委副书记、市长 (de09, Oct 2022) → 五常市委书记 (de10, Apr 2025; the new 市长 is de:巩向阳).
- the same officials on two pages without a change: de:向东林 (岚皋县自然资源局局长), de:龚志伟 (岚皋县应急管理局局长), 2021 and
  2024.
- two different 邵建华 in unrelated places: de:邵建华#1 is 安吉县水利局局长 (浙江, de08, 2023); de:邵建华#2 is 五常市杜家镇
  党委书记 (黑龙江, de09, 2022).
- one organ name of several places: bare ``县应急管理局`` is 平山县's (de01), 泽州县's (de03) and 岚皋县's (de05, de06); bare
  ``市应急管理局`` is 石家庄市's (de02, a city paper), 晋城市's (de04, a city paper) and 五常市's (de09, a county-level city's own
  site); bare ``县委副书记、县长`` is 平山's and 灵寿's on one page (de02), 陵川's (de04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aa, at, bs, co, db where they speak; decided here where they are silent):
- Bare organs take the page's place (CONVENTIONS): 县委 / 县 / 县X局 / 副县长 on a county site, a county WeChat post or a
  county-level city's site = that county (city); in a city paper bare ``副市长`` and ``市X局`` = the paper's city (石家庄市政府,
  晋城市应急管理局, 哈尔滨市林业和草原局); a bare ``县委副书记、县长`` right after ``X县委书记`` is X's. Towns take their county:
  平山县岗南镇党委 书记, 泽州县金村镇政府 镇长, 武隆区仙女山街道党工委 书记, 五常市牛家满族镇政府 镇长 (a 民族镇's full name).
- The 河长 / 林长 roles (``县级总河长``, ``西苕溪县级河长``, ``区级总林长``, ``区级副总林长``) are roles, not posts, as part co
  decided for rosters: only the 职务 beside them give lines (``区委书记、区级总林长彭远航`` → 武隆区委 书记).
- A 指挥部's 指挥长 / 副指挥长 are posts of the 指挥部 (parts at, co): ``县防汛抗旱指挥部指挥长`` → 平山县防汛抗旱指挥部 指挥长;
  DECIDED HERE: a 秸秆禁烧 指挥部 likewise: ``市秸秆禁烧管控工作指挥部副指挥长`` → 五常市秸秆禁烧管控工作指挥部 副指挥长.
- One line per post per article; a post named in a headline and the body gives one line (the body's evidence).
- Events: every 检查 / 督导检查 is an ``inspection``; DECIDED HERE: a 巡河 and a 巡林 are inspections too (``inspection (巡河)``,
  ``inspection (巡林)``), led by the 河长 / 林长 who 带队. 陪同 / 参加 persons are attendees; 介绍 / 汇报 / 强调 / 指出 / 要求 /
  表示 / 作了安排 persons are speakers. The 调度会 held after the 检查 (de03) is a meeting of its own (chair when 主持).
- Bylines: ``本报讯（记者 …）`` / ``（通讯员 …）``, the portal's ``作者：记者 … 通讯员 …`` and the WeChat ``记者：`` are reporter /
  correspondent lines; a bracketed department credit with a name (``（县应急管理局　苗嘉禾）``) is an author line; 编辑 / 责任编辑 /
  审核 are editors. ``原创　岚皋县融媒体中心`` is an organ, not a person. DECIDED HERE: the page-end ``责任编辑`` of the two-item
  晋城日报 page belongs to the article it stands in (the second).
- Projects: named works inspected or pushed: dikes, 除险加固, 防洪治理 / 防洪提升, 滑坡 / 地灾 治理 are ``engineering_work``; an
  应急物资储备库 and a 防火通道 ``infrastructure_project``; a 秸秆综合利用产业园 ``industrial_park``.
- Places: one line per name per file, as written, wherever the name stands in the article (standalone, in a title, in a project
  name); counties, towns, 乡, 街道, villages, rivers, reservoirs, scenic areas (kind ``scenic_area``), forest parks
  (``forest_park``, as part an), a ski resort (``resort``), a mountain. DECIDED HERE:
  - a river segment ``冶河平山段`` / ``磁河灵寿段`` / ``丹河泽州段`` / ``西苕溪递铺段`` gives the river and the county / 街道 short name
    written in it (as part aa's 城关 in 府河城关段), not the segment;
  - a bare county or district name in the body (``岚皋山大沟深``, ``武隆森林覆盖率高``) is a place line (as part db);
  - a hydropower station's 库区 (``蔺河口水电站库区``) gives ``蔺河口水电站`` as a ``reservoir``;
  - named sites that are no place names — a 地质灾害隐患点, a 检查站, a 安置点, a 瞭望塔 — give no line, but the town, village,
    park or mountain written with them does (``白马山森林防火检查站`` → 白马山);
  - place names inside a company's name (``山西晋城鑫岭煤业有限公司``) are not annotated (tests/gold README), nor the WeChat
    post's location tag (``陕西``), site lines, breadcrumbs (``平山要闻``), mastheads, 来源 lines, footers, 相关链接 / 相关新闻 /
    本版其他新闻 lists and 上一篇 / 下一篇.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_PS, _LS, _ZZ, _LC, _LG, _WL, _AJ, _WC, _SZ = "平山县", "灵寿县", "泽州县", "陵川县", "岚皋县", "武隆区", "安吉县", "五常市", "尚志市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "de01_pingshan.txt": (2022, "发布时间：2022-07-13 09:42", _PS, [
        ("贺建勋检查岗南水库和滹沱河沿线防汛工作", "7月12日", "2022-07-12", "7月12日，县委副书记",
         "county site: the 县长 and 防汛抗旱指挥部指挥长's 检查 along 岗南水库, 冶河, 滹沱河, a 温塘镇 隐患点, 驼梁景区 and 西柏坡村")]),
    "de02_shijiazhuang.txt": (2024, "2024年6月20日　星期四", "石家庄市", [
        ("甄卫国在平山县、灵寿县检查防汛和地质灾害防治工作时强调", "6月19日", "2024-06-19", "本报讯（记者 郝思雨）6月19日",
         "city paper 第02版: 副市长's 检查 of two counties; the former 平山县长 now 县委书记; both counties' 书记 / 县长")]),
    "de03_zezhou.txt": (2021, "发布日期：2021-11-25", _ZZ, [
        ("原志宏督导检查冬季安全生产和森林防火工作", "11月24日", "2021-11-24", "11月24日，县委书记",
         "county site: the 县委书记's 督导检查 of a coal mine, a 危化 company, 珏山景区; 调度会 after it")]),
    "de04_jincheng.txt": (2024, "2024年04月11日　星期四", "晋城市", [
        ("原志宏在陵川县检查地质灾害防治和森林防火工作", "4月10日", "2024-04-10", "本报讯（记者 崔梦琪）4月10日",
         "city paper 第01版: the former 泽州县委书记 now 副市长 in 陵川县 (王莽岭景区, 锡崖沟村, 马圪当乡)"),
        ("泽州县委书记段振华巡查丹河", "4月9日", "2024-04-09", "本报讯（通讯员 牛瑞霞）4月9日",
         "the new 泽州县委书记 (县级总河长) 巡河 along 丹河 and 任庄水库")]),
    "de05_langao.txt": (2021, "发布时间：2021-06-18 17:05", _LG, [
        ("柯于斌检查地质灾害防治和防汛工作", "6月17日", "2021-06-17", "6月17日，县委书记",
         "county site: the 县委书记's 地灾 and 防汛 检查 in three towns; the 蔺河镇党委书记 reports")]),
    "de06_langao.txt": (2024, "2024年07月09日 18:36", _LG, [
        ("杜红梅带队检查汛期地质灾害防治工作", "7月8日", "2024-07-08", "7月8日，副县长",
         "county WeChat post: the former 蔺河镇党委书记 now 副县长 leads a 地灾 检查 in three towns")]),
    "de07_wulong.txt": (2023, "发布日期：2023-03-16", _WL, [
        ("彭远航开展区级总林长巡林工作", "3月15日", "2023-03-15", "3月15日，区委书记",
         "district site: the 区委书记、区级总林长's 巡林 (仙女山国家森林公园, 天生三桥景区, 白马山, 木根村)")]),
    "de08_anji.txt": (2023, "2023-09-04 08:32:16", _AJ, [
        ("俞梦洁巡查西苕溪并检查防台防汛工作", "9月3日", "2023-09-03", "9月3日，县委副书记",
         "portal: the 县长、县级河长's 巡河 and 防台 检查 (西苕溪, 赋石水库, 老石坎水库, 孝丰镇, 天子湖镇); 邵建华#1")]),
    "de09_wuchang.txt": (2022, "发布时间：2022-10-20 16:18", _WC, [
        ("臧海龙督导检查秋季秸秆禁烧管控和秋收工作", "10月19日", "2022-10-19", "10月19日，市委副书记",
         "county-level city site: the 市长's 秸秆禁烧 督导检查 with a 指挥部 副指挥长; 邵建华#2")]),
    "de10_haerbin.txt": (2025, "2025年4月17日　星期四", "哈尔滨市", [
        ("房立军到五常市、尚志市检查春季森林草原防灭火工作", "4月16日", "2025-04-16", "本报讯（记者 邸向荣）4月16日",
         "city paper 第A03版: 副市长's 森林防火 检查 in 五常市 and 尚志市; the former 五常市长 now 市委书记")]),
}

_D01_HE = "县委副书记、县长、县防汛抗旱指挥部指挥长贺建勋"
_D03_WEI = "县委常委、常务副县长卫鹏程"
_D07_TAN = "区委常委、副区长、区级副总林长谭明霞"
_D08_YU = "县委副书记、县长、西苕溪县级河长俞梦洁"
_D09_ZANG = "市委副书记、市长臧海龙"
_D09_SUI = "市委常委、副市长、市秸秆禁烧管控工作指挥部副指挥长隋振东"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河北 石家庄
    "de:贺建勋": ("贺建勋", "official", _PS, [
        ("de01", _PS + "委", "副书记", _D01_HE, "2022-07; bare 县委 on the 平山县 site; named in the headline too (identity case: 县委书记 in 2024, de02)"),
        ("de01", _PS + "政府", "县长", _D01_HE, None),
        ("de01", _PS + "防汛抗旱指挥部", "指挥长", _D01_HE, "a 指挥部's 指挥长 is a post of it (parts at, co)"),
        ("de02", _PS + "委", "书记", "平山县委书记贺建勋", "2024-06: now 县委书记")], []),
    "de:耿立新": ("耿立新", "official", _PS, [
        ("de01", _PS + "政府", "副县长", "副县长耿立新", None)], []),
    "de:阎晓光": ("阎晓光", "official", _PS, [
        ("de01", _PS + "水利局", "局长", "县水利局局长阎晓光", None)], []),
    "de:牛海涛": ("牛海涛", "official", _PS, [
        ("de01", _PS + "应急管理局", "局长", "县应急管理局局长牛海涛", "bare 县应急管理局 = 平山县's here (泽州's in de03, 岚皋's in de05 / de06)")], []),
    "de:孟庆瑄": ("孟庆瑄", "official", _PS, [
        ("de01", _PS + "岗南镇党委", "书记", "在岗南镇，镇党委书记孟庆瑄", None)], []),
    "de:储晓峰": ("储晓峰", "official", _PS, [
        ("de01", _PS + "温塘镇政府", "镇长", "在温塘镇，镇长储晓峰", None)], []),
    "de:甄卫国": ("甄卫国", "official", "石家庄市", [
        ("de02", "石家庄市政府", "副市长", "副市长甄卫国到平山县、灵寿县", "bare 副市长 in the 石家庄日报; named in the headline too")], []),
    "de:籍文斌": ("籍文斌", "official", "石家庄市", [
        ("de02", "石家庄市水利局", "局长", "市水利局局长籍文斌", None)], []),
    "de:苑晓梅": ("苑晓梅", "official", "石家庄市", [
        ("de02", "石家庄市应急管理局", "副局长", "市应急管理局副局长苑晓梅", "bare 市应急管理局 in the 石家庄日报 = 石家庄市's")], []),
    "de:康立伟": ("康立伟", "official", _PS, [
        ("de02", _PS + "委", "副书记", "县委副书记、县长康立伟", "bare chain right after 平山县委书记"),
        ("de02", _PS + "政府", "县长", "县委副书记、县长康立伟", "succeeds 贺建勋 as 县长")], []),
    "de:谷海波": ("谷海波", "official", _LS, [
        ("de02", _LS + "委", "书记", "灵寿县委书记谷海波", None)], []),
    "de:霍延军": ("霍延军", "official", _LS, [
        ("de02", _LS + "委", "副书记", "县委副书记、县长霍延军", "bare chain right after 灵寿县委书记"),
        ("de02", _LS + "政府", "县长", "县委副书记、县长霍延军", None)], []),
    # ---- 山西 晋城
    "de:原志宏": ("原志宏", "official", "晋城市", [
        ("de03", _ZZ + "委", "书记", "县委书记原志宏带队", "2021-11; named in the headline too (identity case: 晋城市副市长 in 2024, de04)"),
        ("de04", "晋城市政府", "副市长", "副市长原志宏到陵川县", "2024-04: now 副市长 (bare in the 晋城日报)")], []),
    "de:卫鹏程": ("卫鹏程", "official", _ZZ, [
        ("de03", _ZZ + "委", "常委", _D03_WEI, None),
        ("de03", _ZZ + "政府", "常务副县长", _D03_WEI, None)], []),
    "de:申立强": ("申立强", "official", _ZZ, [
        ("de03", _ZZ + "应急管理局", "局长", "县应急管理局局长申立强", "bare 县应急管理局 = 泽州县's here")], []),
    "de:焦瑞峰": ("焦瑞峰", "official", _ZZ, [
        ("de03", _ZZ + "能源局", "局长", "县能源局局长焦瑞峰", None)], []),
    "de:秦淑媛": ("秦淑媛", "official", _ZZ, [
        ("de03", _ZZ + "大东沟镇党委", "书记", "在大东沟镇，镇党委书记秦淑媛", None)], []),
    "de:常建斌": ("常建斌", "official", _ZZ, [
        ("de03", _ZZ + "金村镇政府", "镇长", "在金村镇，镇长常建斌", None)], []),
    "de:毕新华": ("毕新华", "official", "晋城市", [
        ("de04", "晋城市自然资源局", "副局长", "市自然资源局副局长毕新华", None)], []),
    "de:程志远": ("程志远", "official", "晋城市", [
        ("de04", "晋城市应急管理局", "局长", "市应急管理局局长程志远", "bare 市应急管理局 in the 晋城日报 = 晋城市's")], []),
    "de:郭耀民": ("郭耀民", "official", _LC, [
        ("de04", _LC + "委", "书记", "陵川县委书记郭耀民", None)], []),
    "de:靳晓峰": ("靳晓峰", "official", _LC, [
        ("de04", _LC + "委", "副书记", "县委副书记、县长靳晓峰", "bare chain right after 陵川县委书记"),
        ("de04", _LC + "政府", "县长", "县委副书记、县长靳晓峰", None)], []),
    "de:段振华": ("段振华", "official", _ZZ, [
        ("de04", _ZZ + "委", "书记", "泽州县委书记、县级总河长段振华", "succeeds 原志宏; 县级总河长 is a role (as part co); named in the headline too")], []),
    "de:冯晓敏": ("冯晓敏", "official", _ZZ, [
        ("de04", _ZZ + "政府", "副县长", "副县长冯晓敏参加", "bare 副县长 in the 泽州 item")], []),
    # ---- 陕西 安康 岚皋
    "de:柯于斌": ("柯于斌", "official", _LG, [
        ("de05", _LG + "委", "书记", "县委书记柯于斌深入城关镇", "named in the headline too")], []),
    "de:汪世友": ("汪世友", "official", _LG, [
        ("de05", _LG + "政府", "副县长", "副县长汪世友", None)], []),
    "de:向东林": ("向东林", "official", _LG, [
        ("de05", _LG + "自然资源局", "局长", "县自然资源局局长向东林", "2021"),
        ("de06", _LG + "自然资源局", "局长", "县自然资源局局长向东林", "2024: the same post")], []),
    "de:龚志伟": ("龚志伟", "official", _LG, [
        ("de05", _LG + "应急管理局", "局长", "县应急管理局局长龚志伟", "2021; bare 县应急管理局 = 岚皋县's here"),
        ("de06", _LG + "应急管理局", "局长", "县应急管理局局长龚志伟", "2024: the same post")], []),
    "de:杜红梅": ("杜红梅", "official", _LG, [
        ("de05", _LG + "蔺河镇党委", "书记", "在蔺河镇，镇党委书记杜红梅", "2021-06 (identity case: 副县长 in 2024, de06)"),
        ("de06", _LG + "政府", "副县长", "副县长杜红梅带队", "2024-07: now 副县长; named in the headline too")], []),
    "de:万德胜": ("万德胜", "official", _LG, [
        ("de05", _LG + "南宫山镇政府", "镇长", "在南宫山镇，镇长万德胜", None)], []),
    "de:佘立平": ("佘立平", "official", _LG, [
        ("de06", _LG + "佐龙镇党委", "书记", "在佐龙镇，镇党委书记佘立平", None)], []),
    "de:覃宏亮": ("覃宏亮", "official", _LG, [
        ("de06", _LG + "大道河镇政府", "镇长", "在大道河镇，镇长覃宏亮", None)], []),
    # ---- 重庆 武隆
    "de:彭远航": ("彭远航", "official", _WL, [
        ("de07", _WL + "委", "书记", "区委书记、区级总林长彭远航", "区级总林长 is a role (as part co); named in the headline too")], []),
    "de:谭明霞": ("谭明霞", "official", _WL, [
        ("de07", _WL + "委", "常委", _D07_TAN, "区级副总林长 is a role"),
        ("de07", _WL + "政府", "副区长", _D07_TAN, None)], []),
    "de:冉从军": ("冉从军", "official", _WL, [
        ("de07", _WL + "林业局", "局长", "区林业局局长冉从军", None)], []),
    "de:蹇文斌": ("蹇文斌", "official", _WL, [
        ("de07", _WL + "仙女山街道党工委", "书记", "在仙女山街道，街道党工委书记蹇文斌", None)], []),
    "de:黎正刚": ("黎正刚", "official", _WL, [
        ("de07", _WL + "白马镇党委", "书记", "在白马镇，镇党委书记黎正刚", None)], []),
    "de:付晓川": ("付晓川", "official", _WL, [
        ("de07", _WL + "双河镇政府", "镇长", "在双河镇，镇长付晓川", None)], []),
    # ---- 浙江 湖州 安吉
    "de:俞梦洁": ("俞梦洁", "official", _AJ, [
        ("de08", _AJ + "委", "副书记", _D08_YU, "西苕溪县级河长 is a role (as part co); named in the headline too"),
        ("de08", _AJ + "政府", "县长", _D08_YU, None)], []),
    "de:钱国庆": ("钱国庆", "official", _AJ, [
        ("de08", _AJ + "政府", "副县长", "副县长钱国庆", None)], []),
    "de:邵建华#1": ("邵建华", "official", _AJ, [
        ("de08", _AJ + "水利局", "局长", "县水利局局长邵建华", "安吉县 (浙江); not the 邵建华 of 五常市杜家镇 (黑龙江, de09)")], []),
    "de:潘立峰": ("潘立峰", "official", _AJ, [
        ("de08", _AJ + "孝丰镇党委", "书记", "在孝丰镇，镇党委书记潘立峰", None)], []),
    "de:章慧琳": ("章慧琳", "official", _AJ, [
        ("de08", _AJ + "天子湖镇政府", "镇长", "在天子湖镇，镇长章慧琳", None)], []),
    # ---- 黑龙江 哈尔滨
    "de:臧海龙": ("臧海龙", "official", _WC, [
        ("de09", _WC + "委", "副书记", _D09_ZANG, "2022-10; bare 市委 on the 五常市 site; named in the headline too (identity case: 市委书记 in 2025, de10)"),
        ("de09", _WC + "政府", "市长", _D09_ZANG, None),
        ("de10", _WC + "委", "书记", "五常市委书记臧海龙", "2025-04: now 市委书记")], []),
    "de:隋振东": ("隋振东", "official", _WC, [
        ("de09", _WC + "委", "常委", _D09_SUI, None),
        ("de09", _WC + "政府", "副市长", _D09_SUI, "bare 副市长 on the county-level city's site = 五常市's"),
        ("de09", _WC + "秸秆禁烧管控工作指挥部", "副指挥长", _D09_SUI, "DECIDED HERE: a 指挥部's 副指挥长 is a post of it")], []),
    "de:盖宏伟": ("盖宏伟", "official", _WC, [
        ("de09", _WC + "农业农村局", "局长", "市农业农村局局长盖宏伟", None)], []),
    "de:那金龙": ("那金龙", "official", _WC, [
        ("de09", _WC + "应急管理局", "局长", "市应急管理局局长那金龙", "bare 市应急管理局 on the 五常市 site = 五常市's (石家庄's in de02, 晋城's in de04)")], []),
    "de:邵建华#2": ("邵建华", "official", _WC, [
        ("de09", _WC + "杜家镇党委", "书记", "在杜家镇，镇党委书记邵建华", "五常市 (黑龙江); not the 邵建华 of 安吉县 (浙江, de08)")], []),
    "de:关玉洁": ("关玉洁", "official", _WC, [
        ("de09", _WC + "牛家满族镇政府", "镇长", "在牛家满族镇，镇长关玉洁", "a 民族镇: full name")], []),
    "de:房立军": ("房立军", "official", "哈尔滨市", [
        ("de10", "哈尔滨市政府", "副市长", "副市长房立军到五常市、尚志市", "bare 副市长 in the 哈尔滨日报; named in the headline too")], []),
    "de:于泓涛": ("于泓涛", "official", "哈尔滨市", [
        ("de10", "哈尔滨市林业和草原局", "局长", "市林业和草原局局长于泓涛", None)], []),
    "de:巩向阳": ("巩向阳", "official", _WC, [
        ("de10", _WC + "委", "副书记", "市委副书记、市长巩向阳", "bare chain right after 五常市委书记"),
        ("de10", _WC + "政府", "市长", "市委副书记、市长巩向阳", "succeeds 臧海龙 as 市长")], []),
    "de:阚玉华": ("阚玉华", "official", _SZ, [
        ("de10", _SZ + "委", "副书记", "尚志市委副书记、市长阚玉华", None),
        ("de10", _SZ + "政府", "市长", "尚志市委副书记、市长阚玉华", None)], []),
    "de:褚海峰": ("褚海峰", "official", _SZ, [
        ("de10", _SZ + "亚布力镇党委", "书记", "亚布力镇党委书记褚海峰", "in the 尚志市 paragraph")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("de01", "范雨珊", "责任编辑", "editor", "责任编辑：范雨珊"),
    ("de02", "郝思雨", "记者", "reporter", "本报讯（记者 郝思雨）"),
    ("de02", "栗文静", "责任编辑", "editor", "责任编辑：栗文静"),
    ("de03", "苗嘉禾", "供稿", "author", "（县应急管理局　苗嘉禾）"),
    ("de03", "关淑芳", "编辑", "editor", "编辑：关淑芳"),
    ("de03", "郜永平", "审核", "editor", "审核：郜永平"),
    ("de04", "崔梦琪", "记者", "reporter", "本报讯（记者 崔梦琪）"),
    ("de04", "牛瑞霞", "通讯员", "correspondent", "本报讯（通讯员 牛瑞霞）"),
    ("de04", "成晓宇", "责任编辑", "editor", "责任编辑：成晓宇"),
    ("de05", "储静怡", "编辑", "editor", "编辑：储静怡"),
    ("de05", "贾宏伟", "审核", "editor", "审核：贾宏伟"),
    ("de06", "储文慧", "记者", "reporter", "记者：储文慧"),
    ("de06", "梅雅琴", "编辑", "editor", "编辑：梅雅琴"),
    ("de06", "柳志华", "审核", "editor", "审核：柳志华"),
    ("de07", "庹雪梅", "责任编辑", "editor", "责任编辑：庹雪梅"),
    ("de08", "施若涵", "记者", "reporter", "作者：记者 施若涵 通讯员 汪振宇"),
    ("de08", "汪振宇", "通讯员", "correspondent", "作者：记者 施若涵 通讯员 汪振宇"),
    ("de08", "郎晓雯", "编辑", "editor", "编辑：郎晓雯"),
    ("de09", "姜雨萌", "责任编辑", "editor", "责任编辑：姜雨萌"),
    ("de10", "邸向荣", "记者", "reporter", "本报讯（记者 邸向荣）"),
    ("de10", "鄂欣然", "责任编辑", "editor", "责任编辑：鄂欣然"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("de01", "全县防汛备汛工作检查", "inspection (检查)", "7月12日", None, "贺建勋", [],
     ["耿立新", "阎晓光", "牛海涛"], ["阎晓光", "孟庆瑄", "储晓峰", "贺建勋", "耿立新", "牛海涛"],
     "岗南水库、冶河平山段、滹沱河平山段、温塘镇、驼梁景区、西柏坡镇西柏坡村",
     "县防汛抗旱指挥部指挥长贺建勋带队检查全县防汛备汛工作",
     ["指挥长贺建勋带队检查全县防汛备汛工作", "县应急管理局局长牛海涛陪同检查", "阎晓光介绍了", "孟庆瑄汇报了", "储晓峰介绍了",
      "贺建勋强调", "耿立新要求", "牛海涛表示"]),
    ("de02", "平山县、灵寿县防汛和地质灾害防治工作检查", "inspection (检查)", "6月19日", None, "甄卫国", [],
     ["籍文斌", "苑晓梅", "贺建勋", "康立伟", "谷海波", "霍延军"], ["贺建勋", "霍延军", "甄卫国", "籍文斌"], "平山县、灵寿县",
     "副市长甄卫国到平山县、灵寿县检查防汛和地质灾害防治工作",
     ["副市长甄卫国到平山县、灵寿县检查", "市应急管理局副局长苑晓梅参加检查", "县长康立伟陪同检查", "县长霍延军陪同检查",
      "贺建勋汇报了", "霍延军介绍了", "甄卫国强调", "籍文斌就水库汛限水位管理"]),
    ("de03", "冬季安全生产和森林防火工作督导检查", "inspection (督导检查)", "11月24日", None, "原志宏", [],
     ["卫鹏程", "申立强", "焦瑞峰"], ["秦淑媛", "焦瑞峰", "常建斌"], "大东沟镇、巴公镇、金村镇",
     "县委书记原志宏带队督导检查冬季安全生产和森林防火工作",
     ["县委书记原志宏带队督导检查", "县能源局局长焦瑞峰陪同检查", "秦淑媛汇报了", "焦瑞峰介绍了", "镇长常建斌介绍了"]),
    ("de03", "冬季安全生产工作调度会", "meeting (调度会)", "11月24日", "原志宏", None, [],
     [], ["申立强", "原志宏", "卫鹏程"], None,
     "检查结束后，原志宏主持召开冬季安全生产工作调度会",
     ["原志宏主持召开冬季安全生产工作调度会", "申立强通报了", "原志宏强调", "卫鹏程就开展安全生产“回头看”"]),
    ("de04", "陵川县地质灾害防治和春季森林防火工作检查", "inspection (检查)", "4月10日", None, "原志宏", [],
     ["毕新华", "程志远", "郭耀民", "靳晓峰"], ["靳晓峰", "原志宏", "程志远"], "陵川县",
     "副市长原志宏到陵川县检查地质灾害防治和春季森林防火工作",
     ["副市长原志宏到陵川县检查", "市应急管理局局长程志远参加检查", "县长靳晓峰陪同检查", "靳晓峰汇报了", "原志宏指出", "程志远要求"]),
    ("de04", "丹河泽州段巡河", "inspection (巡河)", "4月9日", None, "段振华", [],
     ["冯晓敏"], ["段振华", "冯晓敏"], "丹河泽州段、高都镇、金村镇、任庄水库",
     "泽州县委书记、县级总河长段振华到丹河泽州段巡河",
     ["县级总河长段振华到丹河泽州段巡河", "副县长冯晓敏参加", "段振华强调", "冯晓敏就丹河沿线排污口整治"]),
    ("de05", "地质灾害防治和防汛工作检查", "inspection (检查)", "6月17日", None, "柯于斌", [],
     ["汪世友", "向东林", "龚志伟"], ["杜红梅", "向东林", "万德胜", "柯于斌", "汪世友"], "城关镇、蔺河镇、南宫山镇",
     "县委书记柯于斌深入城关镇、蔺河镇、南宫山镇检查地质灾害防治和防汛工作",
     ["县委书记柯于斌深入城关镇", "县应急管理局局长龚志伟陪同", "杜红梅汇报了", "向东林介绍了", "万德胜介绍了", "柯于斌强调", "汪世友要求"]),
    ("de06", "汛期地质灾害防治工作检查", "inspection (检查)", "7月8日", None, "杜红梅", [],
     ["向东林", "龚志伟"], ["佘立平", "覃宏亮", "向东林", "杜红梅", "龚志伟"], "佐龙镇、大道河镇、四季镇",
     "副县长杜红梅带队深入佐龙镇、大道河镇、四季镇检查汛期地质灾害防治工作",
     ["副县长杜红梅带队深入佐龙镇", "县应急管理局局长龚志伟陪同检查", "佘立平汇报了", "覃宏亮介绍了", "向东林介绍了", "杜红梅强调", "龚志伟要求"]),
    ("de07", "区级总林长巡林", "inspection (巡林)", "3月15日", None, "彭远航", [],
     ["谭明霞", "冉从军"], ["蹇文斌", "黎正刚", "付晓川", "冉从军", "彭远航", "谭明霞"], "仙女山街道、白马镇、双河镇",
     "区委书记、区级总林长彭远航到仙女山街道、白马镇、双河镇开展巡林工作",
     ["区级总林长彭远航到仙女山街道", "区林业局局长冉从军陪同", "蹇文斌汇报了", "黎正刚介绍了", "付晓川汇报了", "冉从军介绍了",
      "彭远航强调", "谭明霞就做好乌江"]),
    ("de08", "西苕溪巡河和防台防汛工作检查", "inspection (巡河)", "9月3日", None, "俞梦洁", [],
     ["钱国庆", "邵建华"], ["邵建华", "潘立峰", "章慧琳", "俞梦洁", "钱国庆"], "西苕溪递铺段、赋石水库、老石坎水库、孝丰镇、天子湖镇",
     "西苕溪县级河长俞梦洁巡查西苕溪，并检查防台防汛工作",
     ["西苕溪县级河长俞梦洁巡查西苕溪", "县水利局局长邵建华参加", "邵建华介绍了", "潘立峰汇报了", "章慧琳介绍了", "俞梦洁强调",
      "钱国庆就做好防汛物资调拨"]),
    ("de09", "秋季秸秆禁烧管控和秋收工作督导检查", "inspection (督导检查)", "10月19日", None, "臧海龙", [],
     ["隋振东", "盖宏伟", "那金龙"], ["邵建华", "关玉洁", "盖宏伟", "臧海龙", "隋振东", "那金龙"], "拉林满族镇、牛家满族镇、杜家镇",
     "市委副书记、市长臧海龙带队督导检查秋季秸秆禁烧管控和秋收工作",
     ["市长臧海龙带队督导检查", "市应急管理局局长那金龙陪同", "邵建华汇报了", "关玉洁介绍了", "盖宏伟介绍了", "臧海龙强调",
      "隋振东要求", "那金龙表示"]),
    ("de10", "五常市、尚志市春季森林草原防灭火工作检查", "inspection (检查)", "4月16日", None, "房立军", [],
     ["于泓涛", "臧海龙", "巩向阳", "阚玉华"], ["臧海龙", "褚海峰", "房立军", "于泓涛"], "五常市、尚志市",
     "副市长房立军到五常市、尚志市检查春季森林草原防灭火工作",
     ["副市长房立军到五常市、尚志市检查", "市林业和草原局局长于泓涛参加检查", "市长巩向阳陪同检查", "市长阚玉华陪同检查",
      "臧海龙汇报了", "褚海峰介绍了", "房立军强调", "于泓涛就加强专业扑火队伍调度"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("de01", "滹沱河平山段防洪治理工程", "engineering_work", "滹沱河平山段防洪治理工程现场"),
    ("de01", "岗南水库溢洪道除险加固工程", "engineering_work", "岗南水库溢洪道除险加固工程进展"),
    ("de02", "滹沱河平山段防洪治理工程", "engineering_work", "滹沱河平山段防洪治理工程和下口镇"),
    ("de02", "横山岭水库除险加固工程", "engineering_work", "甄卫国检查了横山岭水库除险加固工程"),
    ("de03", "泽州县应急物资储备库建设项目", "infrastructure_project", "泽州县应急物资储备库建设项目作了安排"),
    ("de04", "王莽岭景区地质灾害综合治理工程", "engineering_work", "察看王莽岭景区地质灾害综合治理工程进展"),
    ("de05", "岚河城区段防洪堤工程", "engineering_work", "先后来到岚河城区段防洪堤工程"),
    ("de06", "佐龙镇集镇滑坡综合治理工程", "engineering_work", "先后来到佐龙镇集镇滑坡综合治理工程"),
    ("de07", "白马山森林防火通道建设项目", "infrastructure_project", "介绍了白马山森林防火通道建设项目推进情况"),
    ("de08", "西苕溪安吉段防洪提升工程", "engineering_work", "西苕溪安吉段防洪提升工程施工度汛措施"),
    ("de09", "五常市秸秆综合利用产业园", "industrial_park", "并来到五常市秸秆综合利用产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("de01", "岗南水库", "reservoir", "standalone", "贺建勋一行先后来到岗南水库大坝"),
    ("de01", "冶河", "river", "standalone", "岗南水库大坝、冶河平山段、滹沱河平山段"),
    ("de01", "平山", "county", "standalone", "岗南水库大坝、冶河平山段、滹沱河平山段"),
    ("de01", "滹沱河", "river", "standalone", "岗南水库大坝、冶河平山段、滹沱河平山段"),
    ("de01", "温塘镇", "town", "standalone", "防洪治理工程现场和温塘镇地质灾害隐患点"),
    ("de01", "岗南镇", "town", "standalone", "在岗南镇，镇党委书记孟庆瑄"),
    ("de01", "驼梁景区", "scenic_area", "standalone", "贺建勋来到驼梁景区和西柏坡镇西柏坡村"),
    ("de01", "西柏坡镇", "town", "standalone", "贺建勋来到驼梁景区和西柏坡镇西柏坡村"),
    ("de01", "西柏坡村", "village", "standalone", "贺建勋来到驼梁景区和西柏坡镇西柏坡村"),
    ("de01", "黄壁庄水库", "reservoir", "standalone", "盯紧岗南水库、黄壁庄水库两座大型水库"),
    ("de02", "平山县", "county", "standalone", "副市长甄卫国到平山县、灵寿县检查"),
    ("de02", "灵寿县", "county", "standalone", "副市长甄卫国到平山县、灵寿县检查"),
    ("de02", "岗南水库", "reservoir", "standalone", "甄卫国先后来到岗南水库"),
    ("de02", "滹沱河", "river", "in_project_name", "滹沱河平山段防洪治理工程和下口镇"),
    ("de02", "平山", "county", "in_project_name", "滹沱河平山段防洪治理工程和下口镇"),
    ("de02", "下口镇", "town", "standalone", "防洪治理工程和下口镇地质灾害隐患点"),
    ("de02", "横山岭水库", "reservoir", "in_project_name", "甄卫国检查了横山岭水库除险加固工程"),
    ("de02", "磁河", "river", "standalone", "磁河灵寿段河道清障"),
    ("de02", "灵寿", "county", "standalone", "磁河灵寿段河道清障"),
    ("de02", "五岳寨景区", "scenic_area", "standalone", "五岳寨景区防汛避险工作"),
    ("de02", "陈庄镇", "town", "standalone", "陈庄镇山洪沟治理情况"),
    ("de03", "大东沟镇", "town", "standalone", "原志宏一行先后来到大东沟镇、巴公镇、金村镇"),
    ("de03", "巴公镇", "town", "standalone", "原志宏一行先后来到大东沟镇、巴公镇、金村镇"),
    ("de03", "金村镇", "town", "standalone", "原志宏一行先后来到大东沟镇、巴公镇、金村镇"),
    ("de03", "珏山景区", "scenic_area", "standalone", "危险化学品仓储企业和珏山景区"),
    ("de03", "丹河", "river", "standalone", "介绍了珏山景区和丹河沿线林区防火责任落实情况"),
    ("de03", "任庄水库", "reservoir", "standalone", "丹河沿线林区和任庄水库周边等重点区域"),
    ("de03", "泽州县", "county", "in_project_name", "泽州县应急物资储备库建设项目作了安排"),
    ("de04", "陵川县", "county", "standalone", "副市长原志宏到陵川县检查"),
    ("de04", "王莽岭景区", "scenic_area", "standalone", "原志宏一行先后来到王莽岭景区"),
    ("de04", "古郊乡", "township", "standalone", "古郊乡锡崖沟村地质灾害隐患点"),
    ("de04", "锡崖沟村", "village", "standalone", "古郊乡锡崖沟村地质灾害隐患点"),
    ("de04", "马圪当乡", "township", "standalone", "马圪当乡森林防火检查站"),
    ("de04", "泽州县", "county", "in_title", "泽州县委书记、县级总河长段振华"),
    ("de04", "丹河", "river", "standalone", "段振华到丹河泽州段巡河"),
    ("de04", "泽州", "county", "standalone", "段振华到丹河泽州段巡河"),
    ("de04", "高都镇", "town", "standalone", "先后来到高都镇、金村镇丹河沿岸和任庄水库"),
    ("de04", "金村镇", "town", "standalone", "先后来到高都镇、金村镇丹河沿岸和任庄水库"),
    ("de04", "任庄水库", "reservoir", "standalone", "先后来到高都镇、金村镇丹河沿岸和任庄水库"),
    ("de05", "城关镇", "town", "standalone", "县委书记柯于斌深入城关镇、蔺河镇、南宫山镇"),
    ("de05", "蔺河镇", "town", "standalone", "县委书记柯于斌深入城关镇、蔺河镇、南宫山镇"),
    ("de05", "南宫山镇", "town", "standalone", "县委书记柯于斌深入城关镇、蔺河镇、南宫山镇"),
    ("de05", "岚河", "river", "in_project_name", "先后来到岚河城区段防洪堤工程"),
    ("de05", "蔺河口水电站", "reservoir", "standalone", "蔺河镇蔺河口水电站库区"),
    ("de05", "南宫山景区", "scenic_area", "standalone", "库区和南宫山景区"),
    ("de05", "岚皋", "county", "standalone", "岚皋山大沟深"),
    ("de05", "蔺河", "river", "standalone", "要盯紧岚河、蔺河沿线"),
    ("de06", "佐龙镇", "town", "standalone", "带队深入佐龙镇、大道河镇、四季镇"),
    ("de06", "大道河镇", "town", "standalone", "带队深入佐龙镇、大道河镇、四季镇"),
    ("de06", "四季镇", "town", "standalone", "带队深入佐龙镇、大道河镇、四季镇"),
    ("de06", "岚河", "river", "standalone", "要盯紧岚河、大道河沿线"),
    ("de06", "大道河", "river", "standalone", "要盯紧岚河、大道河沿线"),
    ("de07", "仙女山街道", "sub_district_office", "standalone", "到仙女山街道、白马镇、双河镇开展巡林工作"),
    ("de07", "白马镇", "town", "standalone", "到仙女山街道、白马镇、双河镇开展巡林工作"),
    ("de07", "双河镇", "town", "standalone", "到仙女山街道、白马镇、双河镇开展巡林工作"),
    ("de07", "仙女山国家森林公园", "forest_park", "standalone", "先后来到仙女山国家森林公园"),
    ("de07", "天生三桥景区", "scenic_area", "standalone", "天生三桥景区、白马山森林防火检查站"),
    ("de07", "白马山", "mountain", "standalone", "天生三桥景区、白马山森林防火检查站"),
    ("de07", "木根村", "village", "standalone", "白马山森林防火检查站和双河镇木根村"),
    ("de07", "武隆", "district", "standalone", "武隆森林覆盖率高"),
    ("de07", "乌江", "river", "standalone", "做好乌江、芙蓉江沿线林区防火宣传"),
    ("de07", "芙蓉江", "river", "standalone", "做好乌江、芙蓉江沿线林区防火宣传"),
    ("de08", "西苕溪", "river", "standalone", "西苕溪县级河长俞梦洁巡查西苕溪"),
    ("de08", "递铺", "sub_district_office", "standalone", "先后来到西苕溪递铺段"),
    ("de08", "赋石水库", "reservoir", "standalone", "西苕溪递铺段、赋石水库、老石坎水库"),
    ("de08", "老石坎水库", "reservoir", "standalone", "西苕溪递铺段、赋石水库、老石坎水库"),
    ("de08", "孝丰镇", "town", "standalone", "老石坎水库和孝丰镇、天子湖镇"),
    ("de08", "天子湖镇", "town", "standalone", "老石坎水库和孝丰镇、天子湖镇"),
    ("de08", "安吉", "county", "in_project_name", "西苕溪安吉段防洪提升工程施工度汛措施"),
    ("de08", "南溪", "river", "standalone", "守牢西苕溪、南溪沿线堤防"),
    ("de09", "拉林满族镇", "town", "standalone", "先后来到拉林满族镇、牛家满族镇、杜家镇"),
    ("de09", "牛家满族镇", "town", "standalone", "先后来到拉林满族镇、牛家满族镇、杜家镇"),
    ("de09", "杜家镇", "town", "standalone", "先后来到拉林满族镇、牛家满族镇、杜家镇"),
    ("de09", "五常市", "county_level_city", "in_project_name", "并来到五常市秸秆综合利用产业园"),
    ("de09", "拉林河", "river", "standalone", "介绍了拉林河沿岸和龙凤山水库周边"),
    ("de09", "龙凤山水库", "reservoir", "standalone", "介绍了拉林河沿岸和龙凤山水库周边"),
    ("de10", "五常市", "county_level_city", "standalone", "副市长房立军到五常市、尚志市检查"),
    ("de10", "尚志市", "county_level_city", "standalone", "副市长房立军到五常市、尚志市检查"),
    ("de10", "凤凰山国家森林公园", "forest_park", "standalone", "先后来到凤凰山国家森林公园防火检查站"),
    ("de10", "龙凤山镇", "town", "standalone", "龙凤山镇林区瞭望塔"),
    ("de10", "亚布力镇", "town", "standalone", "房立军来到亚布力镇和帽儿山国家森林公园"),
    ("de10", "帽儿山国家森林公园", "forest_park", "standalone", "房立军来到亚布力镇和帽儿山国家森林公园"),
    ("de10", "亚布力滑雪旅游度假区", "resort", "standalone", "检查亚布力滑雪旅游度假区周边林区火源管控"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="de", conventions="set de (blind set: inspection routes naming many places — 防汛, 地质灾害, 安全生产, 森林防火, 秸秆禁烧 检查 / 督导, 河长 巡河 and 林长 巡林 — in 河北 石家庄 (平山县, 灵寿县), 山西 晋城 (泽州县, 陵川县), 陕西 安康 (岚皋县), 重庆 (武隆区), 浙江 湖州 (安吉县) and 黑龙江 哈尔滨 (五常市, 尚志市): bare organs take the page's county / city; 河长 / 林长 roles are no posts (as part co), 指挥部 指挥长 / 副指挥长 are posts; 巡河 / 巡林 are inspections; every place on the route is a line (towns, 乡, 街道, villages, rivers, reservoirs, scenic areas, forest parks, a resort, a mountain; the county short name inside a river segment); names inside company names and the WeChat location tag are not; one line per post per article)",
          persons_note="Set de persons. id = corpus-wide person_id (de:邵建华#1 of 安吉县 (浙江) and de:邵建华#2 of 五常市杜家镇 (黑龙江) are two people; de:贺建勋 平山县长 2022 → 县委书记 2024; de:原志宏 泽州县委书记 2021 → 晋城市副市长 2024; de:杜红梅 蔺河镇党委书记 2021 → 岚皋县副县长 2024; de:臧海龙 五常市长 2022 → 市委书记 2025)")


if __name__ == "__main__":
    main()
