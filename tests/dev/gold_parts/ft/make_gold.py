"""Write gold part ``ft`` (a blind set: provincial leaders visiting counties — the 省委书记's, the 省长's and a 副省长's
调研 in a county, with the city's and the county's leaders in the chains and 省直部门 heads; the same visit on the
provincial paper, the city paper and the county's own site) from the tables below.

Pages ``tests/dev/texts/ft*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 丹棱县 site (``当前位置: 首页 -> 新闻中心 -> 要闻聚焦 -> 正文``,
``来源: 发表时间:2013-05-23 16:45 【字号:``, ``省交通运输厅副厅长…一行莅临我县…。县委书记…，县委副书记、县长…，副县长…及市县
相关部门负责人陪同``); the 梨树县 site (``梨树县人民政府 2023-07-27``, ``省委常委、统战部长…来我县调研…省政协副主席…，
市委常委、统战部长…，市委常委、县委书记…，副市长…，县政协主席…陪同调研``, a 座谈会 in which ``省农业农村厅…相关负责人``
and the county leaders ``分别介绍``); a 天水在线 page of a 省政府办公厅 调研组 in 秦安县 (``县委常委、副县长…一同调研``,
``(新闻来源:秦安县融媒体中心 转载:…)``); the 永靖县 site (``来源:永靖县人民政府 | 发布时间:2018-07-10 | 浏览次数:13次``);
a 泾川 page of the 市长's 督查 (``县委书记…，县委副书记、县长…，县委副书记…，县委常委、县政府副县长…陪同督查``, ``打印本页
关闭窗口 返回顶部``); a 张家川 page of a 省发改委 调研组 (``在市发改委主任…的陪同下``); the 白城日报 digital edition
(``本报讯(记者…)…省人大常委会党组成员、副主任…一行来白…市人大常委会主任…，市人大常委会副主任、镇赉县委书记…陪同调研``);
江西新闻网's report of the 省长's 调研 of three counties of 赣州 (``您当前的位置 : 大江网(中国江西网) > 江西新闻网 > 江西时政
> … > 考察调研``, ``来源:江西日报·江西新闻客户端 编辑: 作者:``, ``字体: | 大江论坛 | 评论(``, ``原标题:``, a three-line
headline ending ``…参加有关调研``, ``大江网/大江新闻客户端讯(江西日报记者…)``, ``省委副书记、赣州市委书记…参加有关调研``);
a 吉林日报 report copied on 国际在线 (``吉林日报9月26日讯(记者 …):…吉林省委副书记、省长…到四平、辽源、通化调研``) and a
吉林日报 page of the 省委书记 in 白城; the 周口日报 digital edition (``2023年07月21日 第02版:要闻 PDF版``, ``本报讯(记者 …)``,
``市委常委、宣传部长…参加部分调研活动``); a 映象网 county report; an old 台前县 page (``随行的省市领导有:…省发改委原主任…，
市委常委、秘书长…县领导…陪同调研``); a 漯河 page of the 省长's 调研 (``本报讯(记者…)3月16日，省长…到漯河市调研…副省长…随行调研``).
Places are real: 甘肃 兰州市 榆中县; 湖南 长沙市 浏阳市 (a county-level city); 四川 广安市 武胜县; 吉林 长春市 农安县; 江西 南昌市
进贤县.

Shapes: the 甘肃日报 第01版 of the 省委书记's 调研 in 榆中县 (four-line headline ending ``…参加``; ``省委书记、省人大常委会主任``;
``省委常委、秘书长``; ``省委常委、兰州市委书记``; the county's 书记 named once; two 省直 department heads report; ``省直有关部门
负责同志，兰州市、榆中县负责同志陪同调研`` with no names) (ft01); the 兰州日报 A01版 of the same visit (``省委常委、市委书记``,
``市委副书记、市长`` bare, the county's 书记 with its name and the 县长 bare) (ft02); the 榆中县 site of the same visit (every
provincial and city chain written with the city's name, the county's bare; the 县委常委会（扩大）会议 the same evening) (ft03);
the 湖南省人民政府 site's 领导活动 of the 省长 in 浏阳市 (``湖南日报8月17日讯（全媒体记者 …）``; ``省委常委、长沙市委书记``;
the 省交通运输厅厅长 reports; ``浏阳市委书记…，市委副书记、市长…`` in the closing list) (ft04); the 浏阳市 site, two years on,
of a 副省长 (the former 交通运输厅厅长) with the new 厅长 and a 水利厅副厅长, where ``市委书记`` / ``市委副书记、市长`` / ``市委常委、
常务副市长`` are 浏阳's own and the 长沙 chain is written with its name (ft05); the 广安日报 A1版 of the 省长 in 武胜县 (bare 市委 =
广安; 省政府秘书长, 省发展改革委主任) (ft06); the 武胜发布 WeChat post, 18 months on, of the 省委书记 in 武胜 with the former
市长 now 市委书记 and the former 县委书记 now 市委常委、副市长, and a 座谈会 after the tour (ft07); the 吉林日报 01版 of the 省委书记
in 农安县 (ft08) and the 农安县 site of the same visit (ft09); 江西新闻网's copy of the 江西日报 report of the 省长 in 进贤县 with
``原标题``, ``编辑 / 作者`` lines and 相关新闻 (ft10).

Identity cases:
- ft:邝云翔, a 厅长 who becomes 副省长: 湖南省交通运输厅厅长 in Aug 2022 (ft04); 副省长 in Apr 2024 (ft05).
- ft:谭振湘, a 市长 who becomes 市委书记 in one county-level city: 浏阳市委副书记、市长 in Aug 2022 (ft04); 浏阳市委书记 in Apr
  2024 (ft05, bare ``市委书记`` on 浏阳's own site).
- ft:冉志恒: 广安市委副书记、市长 in Nov 2022 (ft06); 广安市委书记 in May 2024 (ft07).
- ft:何沛林, a county 书记 who becomes a city leader: 武胜县委书记 in Nov 2022 (ft06); 广安市委常委、副市长 in May 2024 (ft07).
- two different 孟庆辉 in unrelated places: ft:孟庆辉#1 is 武胜县委副书记、县长 (四川 广安, ft06, 2022); ft:孟庆辉#2 is
  吉林省农业农村厅厅长 (ft08, ft09, 2023).
- the same visit on two or three pages with the chains written differently: ft01 / ft02 / ft03 (甘肃: ft:郦正康, ft:晏立川,
  ft:戴明谦, ft:葛存义, ft:魏东林, ft:何淑君, ft:尚知远, ft:祁海舟) and ft08 / ft09 (吉林: ft:阚立民, ft:庞卫东, ft:綦文华,
  ft:孟庆辉#2).
- one organ name in several places: bare ``省委`` is 甘肃's (ft01–ft03), 湖南's (ft04, ft05), 四川's (ft06, ft07), 吉林's
  (ft08, ft09) and 江西's (ft10); ``省发展改革委主任`` is 甘肃's (ft01, ft03), 四川's (ft06) and 江西's (ft10); ``省交通运输厅``
  is 甘肃's (ft01, ft03) and 湖南's (ft04, ft05); bare ``市委`` is 兰州's (ft02), 广安's (ft06, ft07) and, on the county-level
  city's own site, 浏阳's (ft05), while ``市委副书记、市长`` after ``浏阳市委书记`` in a provincial page is 浏阳's too (ft04); bare
  ``县委`` is 榆中's (ft02, ft03), 武胜's (ft06, ft07) and 农安's (ft09); bare ``县长`` after ``进贤县委书记`` is 进贤's (ft10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts cb, bs, fc where they speak; decided here where they are silent):
- Bare organs of the province take the page's province: a provincial paper or site, a city paper and a county page of that
  province all write bare 省委 / 省政府 / 省X厅 for their own province. ``省委书记、省人大常委会主任`` → X省委 书记 + X省人大常委会
  主任 (as cb); ``省委副书记、省长`` → X省委 副书记 + X省政府 省长; ``副省长`` / ``省政府秘书长`` → X省政府; ``省委常委、秘书长`` →
  X省委 常委 + X省委 秘书长 (as ag, cb); ``省委常委、兰州市委书记`` → 甘肃省委 常委 + 兰州市委 书记, and the city paper's
  ``省委常委、市委书记`` the same (bare 市委 = the paper's city).
- 省直 departments as written after the province's label: ``省发展改革委主任`` → X省发展改革委 主任; ``省交通运输厅厅长`` →
  X省交通运输厅 厅长; ``省交通运输厅党组书记、厅长`` → X省交通运输厅党组 书记 + X省交通运输厅 厅长 (党组 only with 书记, as z);
  ``省水利厅副厅长``, ``省农业农村厅厅长`` the same.
- City and county organs: bare ``市委…`` / ``市长`` in a city paper = the paper's city, on a county site = its parent city (ft07
  ``市委书记冉志恒`` = 广安市委); on a county-level city's own site (浏阳, ft05) bare 市委 / 市长 = that city, the prefecture
  written with its name (``长沙市委常委、副市长``), as fc decided for 双辽; in a provincial page a bare ``市委副书记、市长`` right
  after ``浏阳市委书记`` is 浏阳's (as bs, fc); bare 县委 / 县长 = the county the article is about.
- DECIDED HERE: a leader named again with a title after the name (``岑景川省长调研时``) or in a headline gives no second line; one
  line per post per article.
- Events: the 调研 is one ``inspection`` (leader; those who 参加调研 / 陪同调研 are attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 /
  表示 / 作了安排 speakers; DECIDED HERE: a 省直 head, a 市长 or a county 书记 who only reports is a speaker, not an attendee, unless the page names him
  among those who 参加 / 陪同). DECIDED HERE: the 县委常委会（扩大）会议 held ``当晚`` to relay the visit (ft03) and the 座谈会
  the visiting 省委书记 chairs after the tour (ft07) are meetings of their own (as the 点评会 after a 观摩), date as written
  (``当晚``; the 座谈会 ``随后`` on the tour's date ``5月21日``). Group phrases (``省直有关部门负责同志``, ``兰州市、榆中县负责同志``)
  name no one.
- Projects: named works as written, with the town or county written directly before them (``夏官营镇高原夏菜冷链物流园``,
  ``榆中县高原夏菜冷链物流园`` on the provincial page); 冷链物流园 logistics_hub; 产业园 (of industry or agriculture, 现代农业园区
  included, as earlier parts) industrial_park; 示范区 / 育秧中心 / 监管平台 / 街区提升工程 project; roads and 公路 works
  infrastructure_project; 防洪护岸 / 堤防加固 / 河道综合治理 engineering_work; 生态治理 / 生态修复 greening_project.
  DECIDED HERE: a shortened repeat of a project name in the same article (``浏阳河城区段综合治理工程`` after ``浏阳河浏阳城区段
  综合治理工程``) is a line of its own, as the gold README keeps aliases apart; a strategic corridor or brand (``长沙东部开放走廊``,
  ``华夏笔都``, ``陇字号``) is no project.
- Places: one line per name per file, as written (bare ``榆中``, ``兰州``, ``长沙``, ``浏阳``, ``武胜``, ``农安``, ``南昌`` are lines
  of their own besides the full names); places inside organ references and project names count (``兰州市`` in ``兰州市委书记``,
  ``花炮大道`` in ``花炮大道北延工程``, ``武胜`` in ``嘉陵江武胜段``); the datelines (``甘肃日报兰州6月14日讯``, ``湖南日报8月17日
  讯``), site lines, mastheads, 来源 lines, footers, navigation and 本版导读 / 相关链接 / 相关新闻 / 往期推荐 / 上一篇 lists are not
  annotated. ``来浏调研`` (浏 for 浏阳) is no place name.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GS, HN, SC, JL, JX = "甘肃省", "湖南省", "四川省", "吉林省", "江西省"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ft01_gansu.txt": (2023, "2023年6月15日　星期四", GS, [
        ("郦正康在榆中县调研时强调", "6月14日", "2023-06-14", "甘肃日报兰州6月14日讯",
         "provincial paper 第01版: the 省委书记's 调研 in 榆中县; 省委常委、秘书长, 省委常委、兰州市委书记; 省直 heads report")]),
    "ft02_lanzhou.txt": (2023, "2023年06月15日　星期四", "兰州市", [
        ("省委书记郦正康在榆中县调研", "6月14日", "2023-06-14", "本报讯（记者 景瑞芝）6月14日",
         "city paper A01版: the same visit; 省委常委、市委书记, bare 市委副书记、市长; the county's 书记 and bare 县长")]),
    "ft03_yuzhong.txt": (2023, "发布时间：2023-06-14 21:10", "榆中县", [
        ("省委书记郦正康来我县调研", "6月14日", "2023-06-14", "6月14日，省委书记",
         "county site: the same visit with every chain; the 县委常委会（扩大）会议 the same evening")]),
    "ft04_liuyang.txt": (2022, "发布时间：2022-08-18 07:52", HN, [
        ("符立峻在浏阳市调研时强调", "8月17日", "2022-08-17", "湖南日报8月17日讯",
         "province site 领导活动: the 省长's 调研 in 浏阳市; 省委常委、长沙市委书记; 交通运输厅厅长; bare 市委副书记、市长 after 浏阳市委书记")]),
    "ft05_liuyang.txt": (2024, "发布时间：2024-04-10 17:36", "浏阳市", [
        ("副省长邝云翔来浏调研交通基础设施建设和防汛准备工作", "4月9日", "2024-04-09", "4月9日，副省长",
         "county-level city site: the former 厅长 now 副省长; the former 市长 now 市委书记 (bare 市委 = 浏阳)")]),
    "ft06_wusheng.txt": (2022, "2022年11月24日　星期四", "广安市", [
        ("岑景川在武胜县调研时强调", "11月23日", "2022-11-23", "本报讯（全媒体记者 母雪琴）",
         "city paper A1版: the 省长's 调研 in 武胜县; bare 市委 = 广安; 县委书记 and bare 县长 (孟庆辉#1)")]),
    "ft07_wusheng.txt": (2024, "2024-05-22 19:06", "武胜县", [
        ("省委书记柏承志来武胜调研", "5月21日", "2024-05-21", "5月21日，省委书记",
         "county WeChat post: the 省委书记's 调研 and 座谈会; 冉志恒 now 市委书记, 何沛林 now 市委常委、副市长")]),
    "ft08_jilin.txt": (2023, "2023年7月20日　星期四", JL, [
        ("阚立民在农安县调研时强调", "7月19日", "2023-07-19", "本报讯（记者 毕思源）",
         "provincial paper 01版: the 省委书记's 调研 in 农安县; 省委常委、长春市委书记; 副省长; 农业农村厅厅长 (孟庆辉#2)")]),
    "ft09_nongan.txt": (2023, "发布时间：2023-07-19 20:41", "农安县", [
        ("省委书记阚立民到我县调研", "7月19日", "2023-07-19", "7月19日，省委书记",
         "county site: the same visit; 长春 市长; 厅党组书记、厅长; bare 县委")]),
    "ft10_jinxian.txt": (2025, "2025-03-12 21:18:00", JX, [
        ("缪正清在进贤县调研：抓好春耕生产 做强县域产业", "3月12日", "2025-03-12", "大江网/大江新闻客户端讯",
         "provincial portal (江西新闻网): the 省长's 调研 in 进贤县; 省委常委、南昌市委书记; 原标题; bare 县长 after 进贤县委书记")]),
}

_GS_LI1 = "省委书记、省人大常委会主任郦正康深入兰州市榆中县"
_GS_LI2 = "省委书记、省人大常委会主任郦正康在榆中县调研"
_GS_LI3 = "省委书记、省人大常委会主任郦正康来我县调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 甘肃 (one visit, three pages)
    "ft:郦正康": ("郦正康", "official", GS, [
        ("ft01", f"{GS}委", "书记", _GS_LI1, "2023-06; named in the headline too"),
        ("ft01", f"{GS}人大常委会", "主任", _GS_LI1, None),
        ("ft02", f"{GS}委", "书记", _GS_LI2, "bare 省委 in the 兰州 paper = 甘肃; 省委书记 also in the headline"),
        ("ft02", f"{GS}人大常委会", "主任", _GS_LI2, None),
        ("ft03", f"{GS}委", "书记", _GS_LI3, "bare 省委 on the 榆中 site = 甘肃"),
        ("ft03", f"{GS}人大常委会", "主任", _GS_LI3, None)], []),
    "ft:晏立川": ("晏立川", "official", GS, [
        ("ft01", f"{GS}委", "常委", "省委常委、秘书长晏立川", None),
        ("ft01", f"{GS}委", "秘书长", "省委常委、秘书长晏立川", "秘书长 after 省委常委 = the 省委's (as ag, cb)"),
        ("ft02", f"{GS}委", "常委", "省委常委、秘书长晏立川", None),
        ("ft02", f"{GS}委", "秘书长", "省委常委、秘书长晏立川", None),
        ("ft03", f"{GS}委", "常委", "省委常委、秘书长晏立川", None),
        ("ft03", f"{GS}委", "秘书长", "省委常委、秘书长晏立川", None)], []),
    "ft:戴明谦": ("戴明谦", "official", "兰州市", [
        ("ft01", f"{GS}委", "常委", "省委常委、兰州市委书记戴明谦", None),
        ("ft01", "兰州市委", "书记", "省委常委、兰州市委书记戴明谦", None),
        ("ft02", f"{GS}委", "常委", "省委常委、市委书记戴明谦", "the 兰州 paper: bare 市委 = 兰州"),
        ("ft02", "兰州市委", "书记", "省委常委、市委书记戴明谦", None),
        ("ft03", f"{GS}委", "常委", "省委常委、兰州市委书记戴明谦", None),
        ("ft03", "兰州市委", "书记", "省委常委、兰州市委书记戴明谦", None)], []),
    "ft:葛存义": ("葛存义", "official", "兰州市", [
        ("ft02", "兰州市委", "副书记", "市委副书记、市长葛存义", None),
        ("ft02", "兰州市政府", "市长", "市委副书记、市长葛存义", None),
        ("ft03", "兰州市委", "副书记", "兰州市委副书记、市长葛存义", None),
        ("ft03", "兰州市政府", "市长", "兰州市委副书记、市长葛存义", None)], []),
    "ft:尚知远": ("尚知远", "official", GS, [
        ("ft01", f"{GS}发展改革委", "主任", "省发展改革委主任尚知远汇报了", None),
        ("ft03", f"{GS}发展改革委", "主任", "省发展改革委主任尚知远", None)], []),
    "ft:祁海舟": ("祁海舟", "official", GS, [
        ("ft01", f"{GS}交通运输厅", "厅长", "省交通运输厅厅长祁海舟介绍了", None),
        ("ft03", f"{GS}交通运输厅党组", "书记", "省交通运输厅党组书记、厅长祁海舟", "党组 only with 书记"),
        ("ft03", f"{GS}交通运输厅", "厅长", "省交通运输厅党组书记、厅长祁海舟", None)], []),
    "ft:魏东林": ("魏东林", "official", "榆中县", [
        ("ft01", "榆中县委", "书记", "榆中县委书记魏东林关于", None),
        ("ft02", "榆中县委", "书记", "榆中县委书记魏东林", None),
        ("ft03", "榆中县委", "书记", "县委书记魏东林，县委副书记", "bare 县委 on the 榆中 site; 县委书记 again as chair of the evening meeting")], []),
    "ft:何淑君": ("何淑君", "official", "榆中县", [
        ("ft02", "榆中县委", "副书记", "县委副书记、县长何淑君", "bare 县委 right after 榆中县委书记"),
        ("ft02", "榆中县政府", "县长", "县委副书记、县长何淑君", None),
        ("ft03", "榆中县委", "副书记", "县委副书记、县长何淑君", None),
        ("ft03", "榆中县政府", "县长", "县委副书记、县长何淑君", None)], []),
    "ft:鲁立新": ("鲁立新", "official", "榆中县", [
        ("ft03", "榆中县委", "常委", "县委常委、副县长鲁立新", None),
        ("ft03", "榆中县政府", "副县长", "县委常委、副县长鲁立新", None)], []),
    # ---- 湖南
    "ft:符立峻": ("符立峻", "official", HN, [
        ("ft04", f"{HN}委", "副书记", "省委副书记、省长符立峻在浏阳市调研", "2022-08; named in the headline too"),
        ("ft04", f"{HN}政府", "省长", "省委副书记、省长符立峻在浏阳市调研", None)], []),
    "ft:蔺泽民": ("蔺泽民", "official", "长沙市", [
        ("ft04", f"{HN}委", "常委", "省委常委、长沙市委书记蔺泽民", None),
        ("ft04", "长沙市委", "书记", "省委常委、长沙市委书记蔺泽民", None)], []),
    "ft:聂晓川": ("聂晓川", "official", "长沙市", [
        ("ft04", "长沙市委", "副书记", "长沙市委副书记、市长聂晓川", None),
        ("ft04", "长沙市政府", "市长", "长沙市委副书记、市长聂晓川", None)], []),
    "ft:邬天佑": ("邬天佑", "official", "浏阳市", [
        ("ft04", "浏阳市委", "书记", "浏阳市委书记邬天佑汇报了", "named twice with the same post")], []),
    "ft:谭振湘": ("谭振湘", "official", "浏阳市", [
        ("ft04", "浏阳市委", "副书记", "市委副书记、市长谭振湘", "2022-08: bare 市委 right after 浏阳市委书记 (identity case: 浏阳市委书记 in 2024, ft05)"),
        ("ft04", "浏阳市政府", "市长", "市委副书记、市长谭振湘", None),
        ("ft05", "浏阳市委", "书记", "市委书记谭振湘", "2024-04: DECIDED as fc: bare 市委 on 浏阳's own site = 浏阳")], []),
    "ft:邝云翔": ("邝云翔", "official", HN, [
        ("ft04", f"{HN}交通运输厅", "厅长", "省交通运输厅厅长邝云翔", "2022-08 (identity case: 副省长 in 2024, ft05)"),
        ("ft05", f"{HN}政府", "副省长", "副省长邝云翔来我市调研", "2024-04: now 副省长; named in the headline too")], []),
    "ft:曹启航": ("曹启航", "official", HN, [
        ("ft04", f"{HN}政府", "秘书长", "省政府秘书长曹启航", None)], []),
    "ft:龚立恒": ("龚立恒", "official", HN, [
        ("ft05", f"{HN}交通运输厅党组", "书记", "省交通运输厅党组书记、厅长龚立恒", "succeeds 邝云翔 as 厅长"),
        ("ft05", f"{HN}交通运输厅", "厅长", "省交通运输厅党组书记、厅长龚立恒", None)], []),
    "ft:覃晓鸣": ("覃晓鸣", "official", HN, [
        ("ft05", f"{HN}水利厅", "副厅长", "省水利厅副厅长覃晓鸣", None)], []),
    "ft:梁慕白": ("梁慕白", "official", "长沙市", [
        ("ft05", "长沙市委", "常委", "长沙市委常委、副市长梁慕白", None),
        ("ft05", "长沙市政府", "副市长", "长沙市委常委、副市长梁慕白", None)], []),
    "ft:贺朝晖": ("贺朝晖", "official", "浏阳市", [
        ("ft05", "浏阳市委", "副书记", "市委副书记、市长贺朝晖", "succeeds 谭振湘 as 市长"),
        ("ft05", "浏阳市政府", "市长", "市委副书记、市长贺朝晖", None)], []),
    "ft:戚雅琳": ("戚雅琳", "official", "浏阳市", [
        ("ft05", "浏阳市委", "常委", "市委常委、常务副市长戚雅琳", None),
        ("ft05", "浏阳市政府", "常务副市长", "市委常委、常务副市长戚雅琳", None)], []),
    # ---- 四川
    "ft:岑景川": ("岑景川", "official", SC, [
        ("ft06", f"{SC}委", "副书记", "省委副书记、省长岑景川到武胜县调研", "2022-11; ``岑景川省长`` later gives no second line"),
        ("ft06", f"{SC}政府", "省长", "省委副书记、省长岑景川到武胜县调研", None)], []),
    "ft:范立舟": ("范立舟", "official", SC, [
        ("ft06", f"{SC}政府", "秘书长", "省政府秘书长范立舟", None)], []),
    "ft:邓凯文": ("邓凯文", "official", SC, [
        ("ft06", f"{SC}发展改革委", "主任", "省发展改革委主任邓凯文", None)], []),
    "ft:蒲建章": ("蒲建章", "official", "广安市", [
        ("ft06", "广安市委", "书记", "市委书记蒲建章", "the 广安 paper: bare 市委 = 广安")], []),
    "ft:冉志恒": ("冉志恒", "official", "广安市", [
        ("ft06", "广安市委", "副书记", "市委副书记、市长冉志恒", "2022-11 (identity case: 市委书记 in 2024, ft07)"),
        ("ft06", "广安市政府", "市长", "市委副书记、市长冉志恒", None),
        ("ft07", "广安市委", "书记", "市委书记冉志恒", "2024-05: on the 武胜 page bare 市委 = 广安 (the parent)")], []),
    "ft:何沛林": ("何沛林", "official", "广安市", [
        ("ft06", "武胜县委", "书记", "武胜县委书记何沛林", "2022-11 (identity case: 广安市委常委、副市长 in 2024, ft07)"),
        ("ft07", "广安市委", "常委", "市委常委、副市长何沛林", "2024-05: now a city leader"),
        ("ft07", "广安市政府", "副市长", "市委常委、副市长何沛林", None)], []),
    "ft:孟庆辉#1": ("孟庆辉", "official", "武胜县", [
        ("ft06", "武胜县委", "副书记", "县委副书记、县长孟庆辉", "四川 武胜县 (2022); not the 孟庆辉 of 吉林 (ft08, ft09)"),
        ("ft06", "武胜县政府", "县长", "县委副书记、县长孟庆辉", None)], []),
    "ft:柏承志": ("柏承志", "official", SC, [
        ("ft07", f"{SC}委", "书记", "省委书记柏承志来武胜调研", "2024-05; the headline too")], []),
    "ft:荀长风": ("荀长风", "official", SC, [
        ("ft07", f"{SC}委", "常委", "省委常委、秘书长荀长风", None),
        ("ft07", f"{SC}委", "秘书长", "省委常委、秘书长荀长风", None)], []),
    "ft:雍晓斌": ("雍晓斌", "official", "武胜县", [
        ("ft07", "武胜县委", "书记", "县委书记雍晓斌", "succeeds 何沛林")], []),
    "ft:敬春梅": ("敬春梅", "official", "武胜县", [
        ("ft07", "武胜县委", "副书记", "县委副书记、县长敬春梅", None),
        ("ft07", "武胜县政府", "县长", "县委副书记、县长敬春梅", None)], []),
    # ---- 吉林 (one visit, two pages)
    "ft:阚立民": ("阚立民", "official", JL, [
        ("ft08", f"{JL}委", "书记", "省委书记阚立民深入长春市农安县", "named in the headline too"),
        ("ft09", f"{JL}委", "书记", "省委书记阚立民到我县调研", None)], []),
    "ft:庞卫东": ("庞卫东", "official", "长春市", [
        ("ft08", f"{JL}委", "常委", "省委常委、长春市委书记庞卫东", None),
        ("ft08", "长春市委", "书记", "省委常委、长春市委书记庞卫东", None),
        ("ft09", f"{JL}委", "常委", "省委常委、长春市委书记庞卫东", None),
        ("ft09", "长春市委", "书记", "省委常委、长春市委书记庞卫东", None)], []),
    "ft:綦文华": ("綦文华", "official", JL, [
        ("ft08", f"{JL}政府", "副省长", "副省长綦文华参加调研", None),
        ("ft09", f"{JL}政府", "副省长", "副省长綦文华，长春市委", None)], []),
    "ft:孟庆辉#2": ("孟庆辉", "official", JL, [
        ("ft08", f"{JL}农业农村厅", "厅长", "省农业农村厅厅长孟庆辉介绍了", "吉林 (2023); not the 孟庆辉 of 武胜县 (ft06)"),
        ("ft09", f"{JL}农业农村厅党组", "书记", "省农业农村厅党组书记、厅长孟庆辉", None),
        ("ft09", f"{JL}农业农村厅", "厅长", "省农业农村厅党组书记、厅长孟庆辉", None)], []),
    "ft:栾志刚": ("栾志刚", "official", "长春市", [
        ("ft09", "长春市委", "副书记", "长春市委副书记、市长栾志刚", None),
        ("ft09", "长春市政府", "市长", "长春市委副书记、市长栾志刚", None)], []),
    "ft:殷宏伟": ("殷宏伟", "official", "农安县", [
        ("ft09", "农安县委", "书记", "县委书记殷宏伟", None)], []),
    "ft:佟佳慧": ("佟佳慧", "official", "农安县", [
        ("ft09", "农安县委", "副书记", "县委副书记、县长佟佳慧", None),
        ("ft09", "农安县政府", "县长", "县委副书记、县长佟佳慧", None)], []),
    # ---- 江西
    "ft:缪正清": ("缪正清", "official", JX, [
        ("ft10", f"{JX}委", "副书记", "省委副书记、省长缪正清在进贤县调研", "named in the navigation and headlines too"),
        ("ft10", f"{JX}政府", "省长", "省委副书记、省长缪正清在进贤县调研", None)], []),
    "ft:熊振邦": ("熊振邦", "official", "南昌市", [
        ("ft10", f"{JX}委", "常委", "省委常委、南昌市委书记熊振邦", None),
        ("ft10", "南昌市委", "书记", "省委常委、南昌市委书记熊振邦", None)], []),
    "ft:涂启明": ("涂启明", "official", "南昌市", [
        ("ft10", "南昌市委", "副书记", "南昌市委副书记、市长涂启明", None),
        ("ft10", "南昌市政府", "市长", "南昌市委副书记、市长涂启明", None)], []),
    "ft:饶一鸣": ("饶一鸣", "official", JX, [
        ("ft10", f"{JX}政府", "秘书长", "省政府秘书长饶一鸣", None)], []),
    "ft:钟启新": ("钟启新", "official", JX, [
        ("ft10", f"{JX}发展改革委", "主任", "省发展改革委主任钟启新", None)], []),
    "ft:付鹏程": ("付鹏程", "official", "进贤县", [
        ("ft10", "进贤县委", "书记", "进贤县委书记付鹏程汇报了", "named twice with the same post")], []),
    "ft:章晓岚": ("章晓岚", "official", "进贤县", [
        ("ft10", "进贤县政府", "县长", "县长章晓岚参加调研", "bare 县长 right after 进贤县委书记")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ft01", "包雅文", "记者", "reporter", "（新甘肃·甘肃日报记者 包雅文）"),
    ("ft01", "牛一鸣", "责任编辑", "editor", "责任编辑：牛一鸣"),
    ("ft02", "景瑞芝", "记者", "reporter", "本报讯（记者 景瑞芝）"),
    ("ft02", "达文静", "责任编辑", "editor", "责任编辑：达文静"),
    ("ft03", "窦海宁", "责任编辑", "editor", "责任编辑：窦海宁"),
    ("ft04", "易思远", "记者", "reporter", "湖南日报8月17日讯（全媒体记者 易思远）"),
    ("ft04", "冯小舟", "责任编辑", "editor", "责任编辑：冯小舟"),
    ("ft05", "谢语晨", "责任编辑", "editor", "责任编辑：谢语晨"),
    ("ft05", "黎勇", "审核", "editor", "审核：黎勇"),
    ("ft06", "母雪琴", "记者", "reporter", "本报讯（全媒体记者 母雪琴）"),
    ("ft06", "苟明轩", "责任编辑", "editor", "责任编辑：苟明轩"),
    ("ft06", "伍丹青", "校对", "editor", "校对：伍丹青"),
    ("ft07", "蒲小雨", "编辑", "editor", "编辑：蒲小雨"),
    ("ft07", "侯德安", "审核", "editor", "审核：侯德安"),
    ("ft08", "毕思源", "记者", "reporter", "本报讯（记者 毕思源）"),
    ("ft08", "陶乐", "责任编辑", "editor", "责任编辑：陶乐"),
    ("ft09", "孔令萱", "编辑", "editor", "编辑：孔令萱"),
    ("ft10", "罗一帆", "记者", "reporter", "（江西日报记者罗一帆）"),
    ("ft10", "邹梦琪", "编辑", "editor", "编辑：邹梦琪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ft01", "榆中县高原夏菜产业、交通基础设施和苑川河生态治理调研", "inspection (调研)", "6月14日", None, "郦正康", [],
     ["晏立川", "戴明谦"], ["魏东林", "郦正康", "祁海舟", "尚知远"], "榆中县",
     "省委书记、省人大常委会主任郦正康深入兰州市榆中县，调研高原夏菜产业发展、交通基础设施建设和苑川河生态治理工作",
     ["郦正康深入兰州市榆中县", "省委常委、秘书长晏立川，省委常委、兰州市委书记戴明谦参加调研", "听取榆中县委书记魏东林关于",
      "祁海舟介绍了", "尚知远汇报了", "郦正康强调"]),
    ("ft02", "榆中县高原夏菜产业、交通基础设施和苑川河生态治理调研", "inspection (调研)", "6月14日", None, "郦正康", [],
     ["晏立川", "戴明谦", "葛存义"], ["魏东林", "何淑君", "郦正康", "戴明谦", "葛存义"], "榆中县",
     "省委书记、省人大常委会主任郦正康在榆中县调研高原夏菜产业发展、交通基础设施建设和苑川河生态治理工作",
     ["郦正康在榆中县调研", "省委常委、市委书记戴明谦参加调研", "市长葛存义，省直有关部门负责同志陪同调研",
      "县长何淑君分别汇报了", "戴明谦表示", "葛存义就抓好调研点位问题整改"]),
    ("ft03", "榆中县高原夏菜产业、交通基础设施和苑川河生态治理调研", "inspection (调研)", "6月14日", None, "郦正康", [],
     ["晏立川", "戴明谦", "葛存义", "尚知远", "祁海舟", "魏东林", "何淑君", "鲁立新"], ["魏东林", "鲁立新", "郦正康"], "榆中县",
     "省委书记、省人大常委会主任郦正康来我县调研高原夏菜产业发展、交通基础设施建设和苑川河生态治理工作",
     ["郦正康来我县调研", "厅长祁海舟参加调研", "副县长鲁立新陪同调研", "魏东林汇报了", "鲁立新介绍了", "他强调"]),
    ("ft03", "县委常委会（扩大）会议", "meeting (县委常委会扩大会议)", "当晚", "魏东林", None, [],
     [], ["何淑君"], None,
     "当晚，县委书记魏东林主持召开县委常委会（扩大）会议",
     ["县委书记魏东林主持召开", "何淑君就调研点位问题整改"]),
    ("ft04", "浏阳市工业经济运行、安全生产和交通项目建设调研", "inspection (调研)", "8月17日", None, "符立峻", [],
     ["蔺泽民", "曹启航", "邬天佑", "谭振湘"], ["聂晓川", "符立峻", "邬天佑", "邝云翔"], "浏阳市",
     "省委副书记、省长符立峻在浏阳市调研工业经济运行、安全生产和交通项目建设",
     ["省长符立峻在浏阳市调研", "长沙市委书记蔺泽民参加调研", "市长谭振湘参加调研", "聂晓川介绍了", "邬天佑汇报了",
      "邝云翔介绍了", "符立峻指出", "符立峻强调", "符立峻要求"]),
    ("ft05", "浏阳市交通基础设施建设和防汛准备工作调研", "inspection (调研)", "4月9日", None, "邝云翔", [],
     ["龚立恒", "覃晓鸣", "梁慕白", "谭振湘", "贺朝晖", "戚雅琳"], ["谭振湘", "戚雅琳", "邝云翔", "龚立恒", "覃晓鸣", "贺朝晖"], "浏阳市",
     "4月9日，副省长邝云翔来我市调研交通基础设施建设和防汛准备工作",
     ["副省长邝云翔来我市调研", "副市长梁慕白参加调研", "常务副市长戚雅琳陪同调研", "谭振湘汇报了", "戚雅琳介绍了",
      "龚立恒表示", "覃晓鸣要求", "贺朝晖表示"]),
    ("ft06", "武胜县经济运行、产业发展和嘉陵江防洪工程建设调研", "inspection (调研)", "11月23日", None, "岑景川", [],
     ["范立舟", "邓凯文", "蒲建章", "冉志恒"], ["何沛林", "岑景川", "孟庆辉", "邓凯文", "蒲建章"], "武胜县",
     "省委副书记、省长岑景川到武胜县调研经济运行、产业发展和嘉陵江防洪工程建设",
     ["省长岑景川到武胜县调研", "省发展改革委主任邓凯文参加调研", "市长冉志恒陪同调研", "何沛林汇报了",
      "县长孟庆辉介绍了", "邓凯文介绍了", "岑景川指出", "蒲建章表示"]),
    ("ft07", "武胜乡村振兴、产业发展和嘉陵江生态保护调研", "inspection (调研)", "5月21日", None, "柏承志", [],
     ["荀长风", "冉志恒", "何沛林", "雍晓斌", "敬春梅"], ["雍晓斌", "何沛林"], "武胜",
     "5月21日，省委书记柏承志来武胜调研乡村振兴、产业发展和嘉陵江生态保护工作",
     ["省委书记柏承志来武胜调研", "秘书长荀长风，省直有关部门主要负责同志参加调研", "县长敬春梅陪同调研",
      "雍晓斌汇报了", "何沛林介绍了"]),
    ("ft07", "座谈会", "meeting (座谈会)", "5月21日", "柏承志", None, [],
     [], ["冉志恒", "敬春梅", "柏承志"], None,
     "柏承志主持召开座谈会，听取广安市和武胜县工作汇报",
     ["柏承志主持召开座谈会", "冉志恒汇报了", "敬春梅汇报了", "柏承志强调"]),
    ("ft08", "农安县黑土地保护、粮食生产和防汛工作调研", "inspection (调研)", "7月19日", None, "阚立民", [],
     ["庞卫东", "綦文华"], ["孟庆辉", "阚立民"], "农安县",
     "7月19日，省委书记阚立民深入长春市农安县，调研黑土地保护、粮食生产和防汛工作",
     ["省委书记阚立民深入长春市农安县", "副省长綦文华参加调研", "孟庆辉介绍了", "阚立民指出", "阚立民强调"]),
    ("ft09", "农安县黑土地保护、粮食生产和防汛工作调研", "inspection (调研)", "7月19日", None, "阚立民", [],
     ["庞卫东", "綦文华", "栾志刚", "孟庆辉", "殷宏伟", "佟佳慧"], ["殷宏伟", "佟佳慧", "阚立民", "庞卫东", "栾志刚"], "农安县",
     "7月19日，省委书记阚立民到我县调研黑土地保护、粮食生产和防汛工作",
     ["省委书记阚立民到我县调研", "厅长孟庆辉参加调研", "县长佟佳慧陪同调研", "殷宏伟汇报了", "佟佳慧介绍了",
      "庞卫东要求", "栾志刚就抓好秋粮生产"]),
    ("ft10", "进贤县春耕生产、县域产业发展和重点项目建设调研", "inspection (调研)", "3月12日", None, "缪正清", [],
     ["熊振邦", "饶一鸣", "钟启新", "付鹏程", "章晓岚"], ["缪正清", "涂启明", "付鹏程"], "进贤县",
     "省委副书记、省长缪正清在进贤县调研春耕生产、县域产业发展和重点项目建设",
     ["省长缪正清在进贤县调研", "南昌市委书记熊振邦参加调研", "县长章晓岚参加调研", "涂启明介绍了", "付鹏程汇报了",
      "缪正清要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ft01", "榆中县高原夏菜冷链物流园", "logistics_hub", "走进榆中县高原夏菜冷链物流园"),
    ("ft01", "定远镇至金崖镇公路提升改造工程", "infrastructure_project", "在定远镇至金崖镇公路提升改造工程施工现场"),
    ("ft02", "夏官营镇高原夏菜冷链物流园", "logistics_hub", "先后来到夏官营镇高原夏菜冷链物流园"),
    ("ft02", "定远镇至金崖镇公路提升改造工程", "infrastructure_project", "定远镇至金崖镇公路提升改造工程施工现场"),
    ("ft02", "金崖镇苑川河生态治理工程", "greening_project", "金崖镇苑川河生态治理工程现场"),
    ("ft03", "夏官营镇高原夏菜冷链物流园", "logistics_hub", "在夏官营镇高原夏菜冷链物流园"),
    ("ft03", "定远镇至金崖镇公路提升改造工程", "infrastructure_project", "在定远镇至金崖镇公路提升改造工程施工现场"),
    ("ft03", "金崖镇苑川河生态治理工程", "greening_project", "在金崖镇苑川河生态治理工程现场"),
    ("ft04", "浏阳经开区电子信息产业园三期", "industrial_park", "走进浏阳经开区电子信息产业园三期建设现场"),
    ("ft04", "大瑶镇花炮安全生产智慧监管平台", "project", "在大瑶镇花炮安全生产智慧监管平台"),
    ("ft04", "花炮大道北延工程", "infrastructure_project", "在花炮大道北延工程现场"),
    ("ft05", "花炮大道北延工程", "infrastructure_project", "已建成通车的花炮大道北延工程"),
    ("ft05", "官渡镇农村公路安全生命防护工程", "infrastructure_project", "官渡镇农村公路安全生命防护工程"),
    ("ft05", "浏阳河浏阳城区段综合治理工程", "engineering_work", "浏阳河浏阳城区段综合治理工程现场"),
    ("ft05", "浏阳河城区段综合治理工程", "engineering_work", "戚雅琳介绍了浏阳河城区段综合治理工程的进展"),
    ("ft06", "武胜县智能制造产业园二期", "industrial_park", "来到武胜县智能制造产业园二期建设现场"),
    ("ft06", "街子镇晚熟柑橘现代农业园区", "industrial_park", "在街子镇晚熟柑橘现代农业园区"),
    ("ft06", "嘉陵江武胜段防洪护岸工程", "engineering_work", "在嘉陵江武胜段防洪护岸工程现场"),
    ("ft07", "街子镇晚熟柑橘现代农业园区", "industrial_park", "先后来到街子镇晚熟柑橘现代农业园区"),
    ("ft07", "武胜县智能制造产业园", "industrial_park", "沿口镇武胜县智能制造产业园"),
    ("ft07", "嘉陵江武胜段防洪护岸工程", "engineering_work", "嘉陵江武胜段防洪护岸工程，察看"),
    ("ft08", "农安县黑土地保护性耕作示范区", "project", "在合隆镇农安县黑土地保护性耕作示范区"),
    ("ft08", "伊通河农安段堤防加固工程", "engineering_work", "在伊通河农安段堤防加固工程"),
    ("ft08", "哈拉海镇玉米深加工产业园", "industrial_park", "在哈拉海镇玉米深加工产业园"),
    ("ft09", "合隆镇黑土地保护性耕作示范区", "project", "先后来到合隆镇黑土地保护性耕作示范区"),
    ("ft09", "伊通河农安段堤防加固工程", "engineering_work", "伊通河农安段堤防加固工程和哈拉海镇"),
    ("ft09", "哈拉海镇玉米深加工产业园", "industrial_park", "哈拉海镇玉米深加工产业园，察看"),
    ("ft10", "民和镇早稻集中育秧中心", "project", "缪正清来到民和镇早稻集中育秧中心"),
    ("ft10", "李渡镇白酒文化产业园二期", "industrial_park", "在李渡镇白酒文化产业园二期"),
    ("ft10", "文港毛笔文化街区提升工程", "project", "他察看文港毛笔文化街区提升工程"),
    ("ft10", "军山湖退田还湖生态修复工程", "greening_project", "在军山湖退田还湖生态修复工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ft01", "兰州市", "city", "standalone", "深入兰州市榆中县"),
    ("ft01", "榆中县", "county", "standalone", "深入兰州市榆中县"),
    ("ft01", "苑川河", "river", "standalone", "苑川河生态治理工作"),
    ("ft01", "夏官营镇", "town", "standalone", "在夏官营镇，郦正康"),
    ("ft01", "定远镇", "town", "in_project_name", "在定远镇至金崖镇公路提升改造工程施工现场"),
    ("ft01", "金崖镇", "town", "standalone", "郦正康还来到金崖镇"),
    ("ft01", "榆中", "county", "standalone", "高原夏菜是榆中的金字招牌"),
    ("ft01", "黄河流域", "region", "standalone", "汇报了黄河流域生态保护"),
    ("ft01", "黄河", "river", "standalone", "榆中地处黄河上游"),
    ("ft01", "兴隆山", "mountain", "standalone", "守护好兴隆山和苑川河"),
    ("ft02", "榆中县", "county", "standalone", "郦正康在榆中县调研高原夏菜"),
    ("ft02", "苑川河", "river", "standalone", "苑川河生态治理工作"),
    ("ft02", "夏官营镇", "town", "in_project_name", "先后来到夏官营镇高原夏菜冷链物流园"),
    ("ft02", "定远镇", "town", "in_project_name", "定远镇至金崖镇公路提升改造工程施工现场"),
    ("ft02", "金崖镇", "town", "in_project_name", "金崖镇苑川河生态治理工程现场"),
    ("ft02", "兰州", "city", "standalone", "兰州作为省会城市"),
    ("ft02", "榆中", "county", "standalone", "榆中要发挥区位和资源优势"),
    ("ft02", "黄河", "river", "standalone", "扎实推进黄河上游生态保护"),
    ("ft03", "兰州市", "city", "in_org_reference", "省委常委、兰州市委书记戴明谦"),
    ("ft03", "苑川河", "river", "standalone", "苑川河生态治理工作"),
    ("ft03", "夏官营镇", "town", "in_project_name", "在夏官营镇高原夏菜冷链物流园"),
    ("ft03", "定远镇", "town", "in_project_name", "在定远镇至金崖镇公路提升改造工程施工现场"),
    ("ft03", "金崖镇", "town", "in_project_name", "在金崖镇苑川河生态治理工程现场"),
    ("ft03", "兴隆山", "mountain", "standalone", "守护好兴隆山和苑川河"),
    ("ft03", "黄河", "river", "standalone", "筑牢黄河上游生态屏障"),
    ("ft04", "浏阳市", "county_level_city", "standalone", "在浏阳市调研工业经济运行"),
    ("ft04", "长沙市", "city", "in_org_reference", "省委常委、长沙市委书记蔺泽民"),
    ("ft04", "浏阳经开区", "development_zone", "standalone", "在浏阳经开区，符立峻"),
    ("ft04", "长沙", "city", "standalone", "介绍了长沙稳工业、稳外贸的举措"),
    ("ft04", "大瑶镇", "town", "standalone", "大瑶镇是全国重要的花炮生产基地"),
    ("ft04", "花炮大道", "road", "in_project_name", "在花炮大道北延工程现场"),
    ("ft05", "长沙市", "city", "in_org_reference", "长沙市委常委、副市长梁慕白"),
    ("ft05", "花炮大道", "road", "in_project_name", "已建成通车的花炮大道北延工程"),
    ("ft05", "官渡镇", "town", "in_project_name", "官渡镇农村公路安全生命防护工程"),
    ("ft05", "浏阳河", "river", "standalone", "加快浏阳河沿线病险堤段除险加固"),
    ("ft05", "浏阳", "county_level_city", "standalone", "浏阳是长沙东部开放走廊的重要节点"),
    ("ft05", "长沙", "city", "standalone", "浏阳是长沙东部开放走廊的重要节点"),
    ("ft06", "武胜县", "county", "standalone", "到武胜县调研经济运行"),
    ("ft06", "嘉陵江", "river", "standalone", "嘉陵江防洪工程建设"),
    ("ft06", "沿口镇", "town", "standalone", "在沿口镇，岑景川"),
    ("ft06", "街子镇", "town", "in_project_name", "在街子镇晚熟柑橘现代农业园区"),
    ("ft06", "武胜", "county", "in_project_name", "在嘉陵江武胜段防洪护岸工程现场"),
    ("ft07", "武胜", "county", "standalone", "来武胜调研乡村振兴"),
    ("ft07", "嘉陵江", "river", "standalone", "嘉陵江生态保护工作"),
    ("ft07", "街子镇", "town", "in_project_name", "先后来到街子镇晚熟柑橘现代农业园区"),
    ("ft07", "沿口镇", "town", "standalone", "沿口镇武胜县智能制造产业园"),
    ("ft07", "武胜县", "county", "standalone", "听取广安市和武胜县工作汇报"),
    ("ft07", "广安市", "city", "standalone", "听取广安市和武胜县工作汇报"),
    ("ft08", "长春市", "city", "standalone", "深入长春市农安县"),
    ("ft08", "农安县", "county", "standalone", "深入长春市农安县"),
    ("ft08", "合隆镇", "town", "standalone", "在合隆镇农安县黑土地保护性耕作示范区"),
    ("ft08", "伊通河", "river", "in_project_name", "在伊通河农安段堤防加固工程"),
    ("ft08", "农安", "county", "in_project_name", "在伊通河农安段堤防加固工程"),
    ("ft08", "哈拉海镇", "town", "in_project_name", "在哈拉海镇玉米深加工产业园"),
    ("ft08", "吉林", "province", "standalone", "为吉林全面振兴取得新突破"),
    ("ft09", "长春市", "city", "standalone", "长春市各级各部门"),
    ("ft09", "合隆镇", "town", "in_project_name", "先后来到合隆镇黑土地保护性耕作示范区"),
    ("ft09", "伊通河", "river", "standalone", "确保伊通河沿线群众生命财产安全"),
    ("ft09", "哈拉海镇", "town", "in_project_name", "哈拉海镇玉米深加工产业园，察看"),
    ("ft09", "农安", "county", "standalone", "农安是产粮大县"),
    ("ft10", "进贤县", "county", "standalone", "在进贤县调研春耕生产"),
    ("ft10", "南昌市", "city", "in_org_reference", "省委常委、南昌市委书记熊振邦"),
    ("ft10", "民和镇", "town", "in_project_name", "缪正清来到民和镇早稻集中育秧中心"),
    ("ft10", "江西", "province", "standalone", "江西是全国粮食主产区"),
    ("ft10", "李渡镇", "town", "in_project_name", "在李渡镇白酒文化产业园二期"),
    ("ft10", "文港镇", "town", "standalone", "在文港镇，他察看"),
    ("ft10", "文港", "town", "in_project_name", "他察看文港毛笔文化街区提升工程"),
    ("ft10", "南昌", "city", "standalone", "介绍了南昌推进县域经济"),
    ("ft10", "军山湖", "lake", "standalone", "汇报了军山湖、青岚湖生态保护"),
    ("ft10", "青岚湖", "lake", "standalone", "汇报了军山湖、青岚湖生态保护"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ft", conventions="set ft (blind set: provincial leaders visiting counties in 甘肃 (兰州市 榆中县: one visit on the 甘肃日报, the 兰州日报 and the county site), 湖南 (长沙市 浏阳市, a county-level city: the province site and the city's own site two years apart), 四川 (广安市 武胜县: the 广安日报 and the county WeChat post), 吉林 (长春市 农安县: one visit on the 吉林日报 and the county site) and 江西 (南昌市 进贤县: 江西新闻网); bare 省委 / 省政府 / 省X厅 = the page's province; 省委常委、X市委书记 → X省委 常委 + X市委 书记; 省委书记、省人大常委会主任 → X省委 书记 + X省人大常委会 主任; bare 市委 = the paper's city, the county page's parent, or on a county-level city's own site that city; bare 县委 / 县长 = the article's county; one line per post per article)",
          persons_note="Set ft persons. id = corpus-wide person_id (ft:孟庆辉#1 武胜县委副书记、县长 (四川, 2022) and ft:孟庆辉#2 吉林省农业农村厅厅长 (2023) are two people; ft:邝云翔 湖南省交通运输厅厅长 2022 → 副省长 2024; ft:谭振湘 浏阳市委副书记、市长 2022 → 浏阳市委书记 2024; ft:冉志恒 广安市委副书记、市长 2022 → 广安市委书记 2024; ft:何沛林 武胜县委书记 2022 → 广安市委常委、副市长 2024)")


if __name__ == "__main__":
    main()
