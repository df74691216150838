"""Write gold part ``bx`` (a blind set: odd county-level and sub-county units in the south — 湖南's 管理区 with their 党工委
and 管委会, an autonomous prefecture and autonomous counties (自治州, 自治县) with a 民族乡, a 国有林场, a 海南 农垦 farm and
the former 垦殖场 city 共青城) from the tables below.

Pages ``tests/dev/texts/bx*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 君山区 site page on a visit of the ``屈原管理区人大政协工委主任`` (``来源：
君山区融媒体中心 作者：… 编辑：…``) — the 管理区 has a 人大政协工委 where a county has a 人大 and a 政协; an encyclopedia page of
常德's 西湖管理区 (``市辖管理区(正县级)``, a former 农场, its towns); a 孟定农场管委会 page (``作者：孟定农场管委会 … 发布时间：…
点击率：``) on a 省农垦总局 调研组 with a 县 副县长; a 七坡林场 page (``常务副场长…到…分场调研``, ``林场产业科…陪同调研``); a
共青城市 page on a 共青农场 visit (``九江市政协副主席、共青城市委书记…陪同``, ``共青城市委副书记…陪同``) and a gazetteer page on
共青城 (共青垦殖场 → 共青城 → county-level city; 苏家垱乡, 江益镇, 甘露镇); a 沧源 site page (``沧源自治县委书记…，县委副书记、县长
…带队调研强边固防工作``, ``县委常委、副县长…等参加调研``); a 龙陵 site page of the 县委书记 in a 镇 and a 乡; the 红河州政府 site
(``索引号 / 发布机构：红河日报 / 发布日期``) and 红河网 (``作者： 来源： 红河网 时间：``); a 云南 press page with ``中共红河州委书记…，
州委副书记、州人民政府州长…，州委常委、常务副州长…``; a 龙胜 WeChat page (``龙胜各族自治县县长…``, 龙脊梯田, 大寨村) and a 中新网
page on 龙脊梯田 (田长制); 红网 炎陵 on the 龙渣瑶族乡 (``县委副书记、县长…陪同``, ``龙渣瑶族乡党委书记汇报``); a 双牌 page on
上梧江瑶族乡 (现场办公会, ``[责编：…] 作者： 编辑：``); 全州网 on 蕉江瑶族乡; the 融水苗族自治县 site's 同练瑶族乡 page (``来源：
融水县同练瑶族乡 发布日期：… | 作者：``, footer ``融水苗族自治县人民政府主办``). Places are real and new to the corpus: 湖南 岳阳
屈原管理区 (营田镇, 河市镇, 凤凰乡), 益阳 大通湖区 (千山红镇), 常德 西洞庭管理区 (祝丰镇, 金凤街道); 云南 红河哈尼族彝族自治州
金平苗族瑶族傣族自治县 (勐拉镇, 者米拉祜族乡, 金水河口岸); 广西 桂林 龙胜各族自治县 (龙脊镇, 泗水乡); 广东 韶关 乳源瑶族自治县
(必背镇, 广东省天井山林场); 海南 白沙黎族自治县 (邦溪镇, 邦溪农场); 江西 共青城市 (共青城高新区, 苏家垱乡).

Shapes: a 管理区 site (``岳阳市屈原管理区管理委员会``, 当前位置, 发布时间 / 来源 / 浏览次数 / 字号) of the 党工委书记's 调研 of two
towns with the 管委会主任, a 管委会副主任 and the 人大政协工委主任 (bx01); a city paper's 第01版 (岳阳日报) of the 市长's 调研 in
the 管理区, the former 党工委书记 now 副市长, the former 管委会主任 now 党工委书记 (bx02); a 管理区 site using the short form
``区工委`` receiving a 考察团 of another 管理区 whose leaders are written in full, and a 座谈会 (bx03); an autonomous county's
site of the 州长's two-day 调研 with a 副州长, a 州 department head, the 县委书记 / 县长 bare, a 民族乡's 党委书记 and 乡长
(bx04); the prefecture paper (红河日报 第01版, 星期 line, 上一版 / 下一版) of the 州委书记's 调研 in the same county with the
州委常委、秘书长, the former 县长 now ``金平县委书记``, the former 民族乡 书记 now 副县长 (bx05); an autonomous county's site of
the 县委书记's 调研 of a 镇 and a 乡 (作者 line) (bx06); an autonomous county's site of the 县长's 检查 at a 省属 国有林场 and a
town (``林场党委书记、场长``) (bx07); a 海南 autonomous county's site of the 县委书记's 垦地融合 调研 at a 农垦 farm (the farm
company's 党委书记、董事长) and a town, with a 座谈会 (bx08); a county-level city's site (the former 垦殖场 city) of the
``九江市委常委、共青城市委书记``'s 调研 of its 高新区 and a 乡 (bx09); a 管理区 site of the 党工委书记's 防汛 检查 of a town and a
street (bx10).

Identity cases:
- bx:贺建林 屈原管理区党工委书记 (bx01, Apr 2022) → 岳阳市副市长 (bx02, June 2024).
- bx:钟晓东 屈原管理区党工委副书记、管委会主任 (bx01, 2022) → 屈原管理区党工委书记 (bx02, 2024).
- bx:覃海波 西洞庭管理区党工委副书记、管委会主任 (bx03, Aug 2023, a visitor on the 大通湖区 site) → 区党工委书记 (bx10,
  July 2024, on his own site). bx:何明亮, 西洞庭管理区党工委委员、管委会副主任, on both pages.
- bx:普建勋 红河州委副书记、州长 (bx04, May 2023) → 州委书记 (bx05, Nov 2024).
- bx:盘金林 金平县委副书记、县长 (bx04, 2023) → 金平县委书记 (bx05, 2024).
- bx:李春桃 者米拉祜族乡党委书记 (bx04, 2023) → 金平县 副县长 (bx05, 2024).
- two different 蒋益斌 in unrelated places, both second-in-command of a rural unit: bx:蒋益斌#1 is 屈原管理区营田镇党委副书记、
  镇长 (湖南 岳阳, bx01, 2022); bx:蒋益斌#2 is 龙胜各族自治县泗水乡党委副书记、乡长 (广西 桂林, bx06, 2023).
- one organ name for different places: bare ``管委会`` / ``区党工委`` is 屈原管理区's (bx01, bx02), 大通湖区's and, in the
  same page, 西洞庭管理区's (bx03), 西洞庭管理区's (bx10); ``高新区管委会`` is 共青城高新区's (bx09); bare ``县委副书记、县长`` is
  金平's (bx04, bx05), 龙胜's (bx06), 乳源's (bx07), 白沙's (bx08); ``市委副书记、市长`` is 岳阳市's in the 岳阳日报 (bx02) and
  the county-level 共青城市's on its own site (bx09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ak, y, bq, bs where they speak; decided here where they are silent):
- DECIDED HERE (管理区, no earlier part had one): a 湖南 管理区 is a county-level unit run, like a development zone, by a
  party working committee (中共…工作委员会, written ``党工委`` or, on the 大通湖 site, ``区工委``) and a 管理委员会 (``管委会``).
  Its place label is its name as the province lists it (``屈原管理区``, ``西洞庭管理区``, ``大通湖区``; each unique in China,
  so no city prefix, as 江海区 in bq); its organs are label + ``党工委`` / ``管委会`` as a zone's (CONVENTIONS): ``区党工委书记``
  → 屈原管理区党工委 书记; ``区工委副书记、管委会主任`` → 大通湖区党工委 副书记 + 大通湖区管委会 主任 (``区工委`` folded to
  ``党工委`` as bq folds 威海's ``工委``); ``党工委委员`` → 委员 (as bq). ``区人大政协工委主任`` → 屈原管理区人大政协工委 主任
  (the 管理区's one body for 人大 and 政协 work; a post of that body, as written).
- Towns and streets of a 管理区 take its label (as bq's 托管 towns take the zone's): ``营田镇…镇党委书记`` → 屈原管理区营田镇党委
  书记, ``镇党委副书记、镇长`` → 屈原管理区营田镇党委 副书记 + 屈原管理区营田镇政府 镇长; 大通湖区千山红镇党委; 西洞庭管理区
  祝丰镇党委; 西洞庭管理区金凤街道党工委.
- A visitor written in full keeps his place on the host's site (bx03: ``常德市西洞庭管理区党工委副书记、管委会主任覃海波`` →
  西洞庭管理区党工委 / 西洞庭管理区管委会; ``西洞庭管理区党工委委员、管委会副主任何明亮`` the same); the host's bare ``区工委`` /
  ``管委会`` are 大通湖区's.
- Autonomous prefecture and counties take their full official names (parts ak, y, j, m): ``州委副书记、州长`` on the 金平 site
  and in the 红河日报 → 红河哈尼族彝族自治州委 副书记 + 红河哈尼族彝族自治州政府 州长; ``副州长`` → …州政府; ``州委常委、秘书长``
  → 红河哈尼族彝族自治州委 常委 + 秘书长 (as y); ``州商务局局长`` → 红河哈尼族彝族自治州商务局. ``县委`` / ``县长`` on the
  金平 site and ``金平县委书记`` in the paper → 金平苗族瑶族傣族自治县委 / 金平苗族瑶族傣族自治县政府; 龙胜各族自治县,
  乳源瑶族自治县, 白沙黎族自治县 the same. Place rows keep the name as written (金平县, 金平, 龙胜, 白沙).
- DECIDED HERE: a 民族乡 keeps its full name after the county label: ``乡党委书记李春桃`` (in 者米拉祜族乡) →
  金平苗族瑶族傣族自治县者米拉祜族乡党委 书记; ``乡长李扎努`` → …者米拉祜族乡政府 乡长. Place kind ``ethnic_township``.
- DECIDED HERE: a 国有林场 is a public institution (事业单位), not a company: ``林场党委书记、场长钟国强`` (in 广东省天井山林场)
  → 广东省天井山林场党委 书记 + 广东省天井山林场 场长 (org as written, as az's public college head). A 农垦 farm company's
  ``党委书记、董事长`` (``海南农垦邦溪农场有限公司``, bx08) is a company role: no line (CONVENTIONS, as parts bd/be); he is a
  ``company_executive`` person, named as a speaker. ``邦溪农场`` is a place (kind ``state_farm``).
- County-level city: ``九江市委常委、共青城市委书记熊志平`` → 九江市委 常委 + 共青城市委 书记; on the 共青城 site bare ``市委`` /
  ``市长`` are 共青城市's (the county-level city, as bs's 库车市); ``高新区`` there = 共青城高新区 (city name without 市 + the
  zone: ``共青城高新区党工委`` 书记, ``共青城高新区管委会`` 主任); ``市委常委、高新区党工委书记`` → 共青城市委 常委 +
  共青城高新区党工委 书记.
- City paper (bx02): ``市委副书记、市长`` / ``副市长`` / ``市政府秘书长`` → 岳阳市委 / 岳阳市政府; ``管委会主任孙立华`` right
  after ``屈原管理区党工委书记钟晓东`` → 屈原管理区管委会; ``乡党委书记郭佩玲`` in 凤凰乡 → 屈原管理区凤凰乡党委.
- Departments as written after the place: ``县应急管理局局长`` on the 乳源 site → 乳源瑶族自治县应急管理局 局长.
- Events: every 调研 / 检查 / 考察 is an ``inspection`` (leader; 陪同 / 参加 / 随团 are attendees; 汇报 / 介绍 / 强调 / 指出 /
  要求 / 表示 / 作了安排 / 交流 are speakers, the leader included); a 座谈会 after it is a meeting of its own (bx03 with a chair,
  bx08 without one).
- Bylines: ``本报讯（记者 … 通讯员 …）`` gives reporter and correspondent lines; a bare media-centre credit ``（金平县融媒体中心
  陈思敏）`` and ``作者：`` are author lines; ``（白沙县融媒体中心 记者 陈晓敏）`` a reporter line; 编辑 / 责任编辑 / 审核 / 校对
  are editor lines.
- Projects: works inspected or pushed: 堤防加固工程, 泵站 / 电排站 改造 ``engineering_work``; 口岸 and 管网 and 防火道路 works
  ``infrastructure_project``; 产业园 (and its 二期), 示范园, 加工园 ``industrial_park``; 水环境治理 and 岸线生态修复
  ``greening_project``; 安置小区 ``housing_project``; 育秧中心, 示范基地, 景区提质升级, 民宿集聚区, 村落保护修缮 and 高标准农田
  建设项目 ``project``. ``边境小康村``, ``垦区老场部片区人居环境整治`` (generic) are no projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count; site
  lines, mastheads, 来源 lines, footers and 上一篇 / 下一篇 / 相关文章 links are not annotated. DECIDED HERE kinds:
  ``management_area`` for a 管理区 (also its short name ``屈原``), ``ethnic_township`` for a 民族乡, ``state_farm`` for a farm.
  The 国有林场 named as an organ (``广东省天井山林场``) is not a place; its mountain (``天井山``, in a project name) is.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

Q, D, X = "屈原管理区", "大通湖区", "西洞庭管理区"
HH = "红河哈尼族彝族自治州"
JP = "金平苗族瑶族傣族自治县"
LS, RY, BS = "龙胜各族自治县", "乳源瑶族自治县", "白沙黎族自治县"
GQ, GQZ = "共青城市", "共青城高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bx01_quyuan.txt": (2022, "发布时间：2022-04-13 09:42", Q, [
        ("贺建林到营田镇、河市镇调研春耕生产和防汛备汛工作", "4月12日", "2022-04-12", "4月12日，区党工委书记",
         "管理区 site: the 党工委书记's 调研 of two towns with the 管委会主任, a 副主任 and the 人大政协工委主任; town heads report")]),
    "bx02_yueyang.txt": (2024, "2024年06月20日　星期四", "岳阳市", [
        ("邹振宇在屈原管理区调研时强调", "6月19日", "2024-06-19", "本报讯（记者 彭思远 通讯员 谢婉婷）6月19日",
         "city paper 第01版: the 市长's 调研 in the 管理区; former 党工委书记 now 副市长, former 管委会主任 now 党工委书记")]),
    "bx03_datonghu.txt": (2023, "时间：2023-08-24 17:18", D, [
        ("西洞庭管理区考察团来我区考察", "8月23日", "2023-08-23", "8月23日，常德市西洞庭管理区",
         "管理区 site (``区工委``): a 考察团 of another 管理区 written in full; host leaders bare; 座谈会")]),
    "bx04_jinping.txt": (2023, "发布时间：2023-05-18 17:06", JP, [
        ("普建勋到金平县调研边境口岸建设和民族乡发展工作", "5月16日至17日", "2023-05-16", "5月16日至17日，州委副书记",
         "自治县 site: the 州长's two-day 调研 with a 副州长 and a 州 department head; 县委书记 / 县长; a 民族乡's 书记 and 乡长")]),
    "bx05_honghe.txt": (2024, "2024年11月14日　星期四", HH, [
        ("普建勋在金平县调研时强调", "11月12日至13日", "2024-11-12", "本报讯（记者 李晓婷）11月12日",
         "prefecture paper 第01版: the 州委书记's 调研 in 金平县; 州委常委、秘书长; former 县长 now 县委书记; former 乡 书记 now 副县长")]),
    "bx06_longsheng.txt": (2023, "发布时间：2023-07-12 10:25", LS, [
        ("韦立德到龙脊镇、泗水乡调研乡村振兴和文旅融合发展工作", "7月11日", "2023-07-11", "7月11日，县委书记韦立德",
         "自治县 site (作者 line): the 县委书记's 调研 of a 镇 and a 乡; 乡长 蒋益斌#2")]),
    "bx07_ruyuan.txt": (2024, "发布时间 : 2024-02-27 15:30:12", RY, [
        ("赵丽芬到天井山林场、必背镇检查森林防灭火工作", "2月26日", "2024-02-26", "2月26日，县委副书记、县长赵丽芬",
         "自治县 site: the 县长's 检查 at a 省属 国有林场 (党委书记、场长) and a town")]),
    "bx08_baisha.txt": (2023, "发布时间：2023-10-19 18:02", BS, [
        ("符振雄到邦溪镇调研垦地融合发展工作", "10月18日", "2023-10-18", "10月18日，县委书记符振雄",
         "海南 自治县 site: the 县委书记's 垦地融合 调研 at a 农垦 farm (company 党委书记、董事长: no post) and a town; 座谈会")]),
    "bx09_gongqingcheng.txt": (2024, "发布时间：2024-03-15 16:20", GQ, [
        ("熊志平调研高新区重点项目和苏家垱乡乡村振兴工作", "3月14日", "2024-03-14", "3月14日，九江市委常委",
         "county-level city site: 九江市委常委、共青城市委书记's 调研 of the 高新区 and a 乡")]),
    "bx10_xidongting.txt": (2024, "发布日期：2024-07-03", X, [
        ("覃海波到祝丰镇、金凤街道检查防汛工作", "7月2日", "2024-07-02", "7月2日，区党工委书记覃海波",
         "管理区 site: the 党工委书记 (the 2023 管委会主任)'s 防汛 检查 of a town and a street")]),
}

_B01_ZHONG = "区党工委副书记、管委会主任钟晓东"
_B01_YI = "区党工委委员、管委会副主任易红梅"
_B01_JIANG = "镇党委副书记、镇长蒋益斌"
_B03_QIN = "常德市西洞庭管理区党工委副书记、管委会主任覃海波"
_B03_HE = "西洞庭管理区党工委委员、管委会副主任何明亮"
_B03_LIU = "区工委副书记、管委会主任刘明辉"
_B03_YAN = "区工委委员、管委会副主任严立新"
_B04_PU = "州委副书记、州长普建勋"
_B04_PAN = "县委副书记、县长盘金林"
_B05_TAO = "县委副书记、县长陶明杰"
_B05_LUO = "州委常委、秘书长罗建新"
_B06_SU = "县委副书记、县长粟海涛"
_B06_ZHANG = "县委常委、副县长张立谦"
_B06_JIANG = "乡党委副书记、乡长蒋益斌"
_B07_ZHAO = "县委副书记、县长赵丽芬"
_B07_LONG = "县委常委、副县长龙春燕"
_B07_ZGQ = "林场党委书记、场长钟国强"
_B08_JI = "县委副书记、县长吉庆丰"
_B08_FU = "县委常委、常务副县长符丽娜"
_B09_XIONG = "九江市委常委、共青城市委书记熊志平"
_B09_WAN = "市委副书记、市长万立群"
_B09_TU = "市委常委、高新区党工委书记涂建华"
_B10_GONG = "区党工委副书记、管委会主任龚志坚"
_B10_HE = "区党工委委员、管委会副主任何明亮"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湖南 岳阳 屈原管理区
    "bx:贺建林": ("贺建林", "official", "岳阳市", [
        ("bx01", Q + "党工委", "书记", "区党工委书记贺建林深入营田镇", "2022-04; DECIDED HERE: 管理区 党工委 (identity case: 岳阳市副市长 in 2024, bx02); named in the headline too"),
        ("bx02", "岳阳市政府", "副市长", "副市长贺建林", "2024-06: now 副市长 (bare 副市长 in the 岳阳日报)")], []),
    "bx:钟晓东": ("钟晓东", "official", Q, [
        ("bx01", Q + "党工委", "副书记", _B01_ZHONG, "2022-04 (identity case: 党工委书记 in 2024, bx02)"),
        ("bx01", Q + "管委会", "主任", _B01_ZHONG, "DECIDED HERE: 管理区 管委会"),
        ("bx02", Q + "党工委", "书记", "屈原管理区党工委书记钟晓东", "2024-06: now 书记")], []),
    "bx:易红梅": ("易红梅", "official", Q, [
        ("bx01", Q + "党工委", "委员", _B01_YI, None),
        ("bx01", Q + "管委会", "副主任", _B01_YI, None)], []),
    "bx:廖国富": ("廖国富", "official", Q, [
        ("bx01", Q + "人大政协工委", "主任", "区人大政协工委主任廖国富", "DECIDED HERE: the 管理区's 人大政协工委")], []),
    "bx:许志刚": ("许志刚", "official", Q, [
        ("bx01", Q + "营田镇党委", "书记", "镇党委书记许志刚", "在营田镇: the town takes the 管理区 label")], []),
    "bx:蒋益斌#1": ("蒋益斌", "official", Q, [
        ("bx01", Q + "营田镇党委", "副书记", _B01_JIANG, "湖南 岳阳, 2022; not the 蒋益斌 of 龙胜 泗水乡 (bx06)"),
        ("bx01", Q + "营田镇政府", "镇长", _B01_JIANG, None)], []),
    "bx:黎小军": ("黎小军", "official", Q, [
        ("bx01", Q + "河市镇党委", "书记", "镇党委书记黎小军", "在河市镇")], []),
    "bx:邹振宇": ("邹振宇", "official", "岳阳市", [
        ("bx02", "岳阳市委", "副书记", "市委副书记、市长邹振宇", "named in the headline too"),
        ("bx02", "岳阳市政府", "市长", "市委副书记、市长邹振宇", None)], []),
    "bx:文浩然": ("文浩然", "official", "岳阳市", [
        ("bx02", "岳阳市政府", "秘书长", "市政府秘书长文浩然", None)], []),
    "bx:孙立华": ("孙立华", "official", Q, [
        ("bx02", Q + "管委会", "主任", "管委会主任孙立华", "bare 管委会 right after 屈原管理区党工委书记: succeeds 钟晓东")], []),
    "bx:郭佩玲": ("郭佩玲", "official", Q, [
        ("bx02", Q + "凤凰乡党委", "书记", "乡党委书记郭佩玲", "在凤凰乡")], []),
    # ---- 湖南 益阳 大通湖区 / 常德 西洞庭管理区
    "bx:覃海波": ("覃海波", "official", X, [
        ("bx03", X + "党工委", "副书记", _B03_QIN, "2023-08: a visitor written in full on the 大通湖 site (identity case: 党工委书记 in 2024, bx10)"),
        ("bx03", X + "管委会", "主任", _B03_QIN, None),
        ("bx10", X + "党工委", "书记", "区党工委书记覃海波到祝丰镇", "2024-07: now 书记; bare 区党工委 on his own site; named in the headline too")], []),
    "bx:何明亮": ("何明亮", "official", X, [
        ("bx03", X + "党工委", "委员", _B03_HE, "2023-08"),
        ("bx03", X + "管委会", "副主任", _B03_HE, None),
        ("bx10", X + "党工委", "委员", _B10_HE, "2024-07: the same posts"),
        ("bx10", X + "管委会", "副主任", _B10_HE, None)], []),
    "bx:曹国栋": ("曹国栋", "official", D, [
        ("bx03", D + "党工委", "书记", "区工委书记曹国栋", "DECIDED HERE: 区工委 = the 管理区's 党工委")], []),
    "bx:刘明辉": ("刘明辉", "official", D, [
        ("bx03", D + "党工委", "副书记", _B03_LIU, None),
        ("bx03", D + "管委会", "主任", _B03_LIU, "bare 管委会 = the host's (大通湖区)")], []),
    "bx:严立新": ("严立新", "official", D, [
        ("bx03", D + "党工委", "委员", _B03_YAN, None),
        ("bx03", D + "管委会", "副主任", _B03_YAN, None)], []),
    "bx:杨丽娟": ("杨丽娟", "official", D, [
        ("bx03", D + "千山红镇党委", "书记", "镇党委书记杨丽娟", "在千山红镇")], []),
    "bx:龚志坚": ("龚志坚", "official", X, [
        ("bx10", X + "党工委", "副书记", _B10_GONG, "succeeds 覃海波 as 管委会主任"),
        ("bx10", X + "管委会", "主任", _B10_GONG, None)], []),
    "bx:胡文俊": ("胡文俊", "official", X, [
        ("bx10", X + "祝丰镇党委", "书记", "镇党委书记胡文俊", "在祝丰镇")], []),
    "bx:滕文斌": ("滕文斌", "official", X, [
        ("bx10", X + "金凤街道党工委", "书记", "街道党工委书记滕文斌", "在金凤街道")], []),
    # ---- 云南 红河州 金平县
    "bx:普建勋": ("普建勋", "official", HH, [
        ("bx04", HH + "委", "副书记", _B04_PU, "2023-05 (identity case: 州委书记 in 2024, bx05); named in the headline too"),
        ("bx04", HH + "政府", "州长", _B04_PU, None),
        ("bx05", HH + "委", "书记", "州委书记普建勋到金平县调研", "2024-11: now 州委书记")], []),
    "bx:杨卫星": ("杨卫星", "official", HH, [
        ("bx04", HH + "政府", "副州长", "副州长杨卫星", None)], []),
    "bx:陶红波": ("陶红波", "official", HH, [
        ("bx04", HH + "商务局", "局长", "州商务局局长陶红波", None)], []),
    "bx:吴庆生": ("吴庆生", "official", JP, [
        ("bx04", JP + "委", "书记", "县委书记吴庆生", "bare 县委 on the 金平 site")], []),
    "bx:盘金林": ("盘金林", "official", JP, [
        ("bx04", JP + "委", "副书记", _B04_PAN, "2023-05 (identity case: 县委书记 in 2024, bx05)"),
        ("bx04", JP + "政府", "县长", _B04_PAN, None),
        ("bx05", JP + "委", "书记", "金平县委书记盘金林", "2024-11: now 书记 (金平县 → full name)")], []),
    "bx:李春桃": ("李春桃", "official", JP, [
        ("bx04", JP + "者米拉祜族乡党委", "书记", "乡党委书记李春桃", "2023-05: DECIDED HERE: 民族乡 full name after the county label (identity case: 副县长 in 2024, bx05)"),
        ("bx05", JP + "政府", "副县长", "副县长李春桃", "2024-11: now 副县长 (bare, after 金平县委书记)")], []),
    "bx:李扎努": ("李扎努", "official", JP, [
        ("bx04", JP + "者米拉祜族乡政府", "乡长", "乡长李扎努", "民族乡 乡长")], []),
    "bx:罗建新": ("罗建新", "official", HH, [
        ("bx05", HH + "委", "常委", _B05_LUO, None),
        ("bx05", HH + "委", "秘书长", _B05_LUO, "秘书长 after 州委常委 = the 州委's (as y)")], []),
    "bx:陶明杰": ("陶明杰", "official", JP, [
        ("bx05", JP + "委", "副书记", _B05_TAO, "bare after 金平县委书记; succeeds 盘金林 as 县长"),
        ("bx05", JP + "政府", "县长", _B05_TAO, None)], []),
    "bx:刀文光": ("刀文光", "official", JP, [
        ("bx05", JP + "勐拉镇党委", "书记", "镇党委书记刀文光", "在勐拉镇")], []),
    # ---- 广西 龙胜
    "bx:韦立德": ("韦立德", "official", LS, [
        ("bx06", LS + "委", "书记", "县委书记韦立德到龙脊镇", "named in the headline too")], []),
    "bx:粟海涛": ("粟海涛", "official", LS, [
        ("bx06", LS + "委", "副书记", _B06_SU, None),
        ("bx06", LS + "政府", "县长", _B06_SU, None)], []),
    "bx:张立谦": ("张立谦", "official", LS, [
        ("bx06", LS + "委", "常委", _B06_ZHANG, None),
        ("bx06", LS + "政府", "副县长", _B06_ZHANG, None)], []),
    "bx:潘玉梅": ("潘玉梅", "official", LS, [
        ("bx06", LS + "龙脊镇党委", "书记", "镇党委书记潘玉梅", "在龙脊镇")], []),
    "bx:蒋益斌#2": ("蒋益斌", "official", LS, [
        ("bx06", LS + "泗水乡党委", "副书记", _B06_JIANG, "广西 桂林, 2023; not the 蒋益斌 of 屈原 营田镇 (bx01)"),
        ("bx06", LS + "泗水乡政府", "乡长", _B06_JIANG, None)], []),
    # ---- 广东 乳源
    "bx:赵丽芬": ("赵丽芬", "official", RY, [
        ("bx07", RY + "委", "副书记", _B07_ZHAO, "named in the headline too"),
        ("bx07", RY + "政府", "县长", _B07_ZHAO, None)], []),
    "bx:龙春燕": ("龙春燕", "official", RY, [
        ("bx07", RY + "委", "常委", _B07_LONG, None),
        ("bx07", RY + "政府", "副县长", _B07_LONG, None)], []),
    "bx:邵雅琴": ("邵雅琴", "official", RY, [
        ("bx07", RY + "应急管理局", "局长", "县应急管理局局长邵雅琴", None)], []),
    "bx:钟国强": ("钟国强", "official", "广东省天井山林场", [
        ("bx07", "广东省天井山林场党委", "书记", _B07_ZGQ, "DECIDED HERE: a 国有林场 (public institution) gives posts; 林场 = 广东省天井山林场 (在天井山林场)"),
        ("bx07", "广东省天井山林场", "场长", _B07_ZGQ, None)], []),
    "bx:邓金凤": ("邓金凤", "official", RY, [
        ("bx07", RY + "必背镇党委", "书记", "镇党委书记邓金凤", "在必背镇")], []),
    # ---- 海南 白沙
    "bx:符振雄": ("符振雄", "official", BS, [
        ("bx08", BS + "委", "书记", "县委书记符振雄到邦溪镇", "named in the headline too")], []),
    "bx:吉庆丰": ("吉庆丰", "official", BS, [
        ("bx08", BS + "委", "副书记", _B08_JI, None),
        ("bx08", BS + "政府", "县长", _B08_JI, None)], []),
    "bx:符丽娜": ("符丽娜", "official", BS, [
        ("bx08", BS + "委", "常委", _B08_FU, None),
        ("bx08", BS + "政府", "常务副县长", _B08_FU, None)], []),
    "bx:羊少华": ("羊少华", "official", BS, [
        ("bx08", BS + "邦溪镇党委", "书记", "邦溪镇党委书记羊少华", None)], []),
    "bx:陈瑞峰": ("陈瑞峰", "company_executive", "海南农垦邦溪农场有限公司", [], ["bx08"]),
    # ---- 江西 共青城
    "bx:熊志平": ("熊志平", "official", GQ, [
        ("bx09", "九江市委", "常委", _B09_XIONG, "named in the headline too"),
        ("bx09", GQ + "委", "书记", _B09_XIONG, None)], []),
    "bx:万立群": ("万立群", "official", GQ, [
        ("bx09", GQ + "委", "副书记", _B09_WAN, "bare 市委 on the 共青城 site = the county-level city"),
        ("bx09", GQ + "政府", "市长", _B09_WAN, None)], []),
    "bx:涂建华": ("涂建华", "official", GQ, [
        ("bx09", GQ + "委", "常委", _B09_TU, None),
        ("bx09", GQZ + "党工委", "书记", _B09_TU, "高新区 on the 共青城 site = 共青城高新区")], []),
    "bx:胡晓峰": ("胡晓峰", "official", GQ, [
        ("bx09", GQZ + "管委会", "主任", "高新区管委会主任胡晓峰", None)], []),
    "bx:邹雪梅": ("邹雪梅", "official", GQ, [
        ("bx09", GQ + "苏家垱乡党委", "书记", "乡党委书记邹雪梅", "在苏家垱乡")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bx01", "唐晓琳", "责任编辑", "editor", "责任编辑：唐晓琳"),
    ("bx02", "彭思远", "记者", "reporter", "本报讯（记者 彭思远 通讯员 谢婉婷）"),
    ("bx02", "谢婉婷", "通讯员", "correspondent", "本报讯（记者 彭思远 通讯员 谢婉婷）"),
    ("bx02", "付振华", "责任编辑", "editor", "责任编辑：付振华"),
    ("bx03", "王艳玲", "编辑", "editor", "编辑：王艳玲"),
    ("bx03", "黄婷婷", "审核", "editor", "审核：黄婷婷"),
    ("bx04", "陈思敏", "供稿", "author", "（金平县融媒体中心 陈思敏）"),
    ("bx04", "杨艳华", "编辑", "editor", "编辑：杨艳华"),
    ("bx04", "汪子涵", "审核", "editor", "审核：汪子涵"),
    ("bx05", "李晓婷", "记者", "reporter", "本报讯（记者 李晓婷）"),
    ("bx05", "余志刚", "责任编辑", "editor", "责任编辑：余志刚"),
    ("bx05", "邓美玲", "校对", "editor", "校对：邓美玲"),
    ("bx06", "杨晨曦", "作者", "author", "作者：杨晨曦"),
    ("bx06", "欧阳俊", "责任编辑", "editor", "责任编辑：欧阳俊"),
    ("bx07", "何丽娟", "编辑", "editor", "编辑：何丽娟"),
    ("bx08", "陈晓敏", "记者", "reporter", "（白沙县融媒体中心 记者 陈晓敏）"),
    ("bx08", "卢浩然", "责任编辑", "editor", "责任编辑：卢浩然"),
    ("bx09", "曾凡宇", "责任编辑", "editor", "责任编辑：曾凡宇"),
    ("bx09", "钟雨萱", "审核", "editor", "审核：钟雨萱"),
    ("bx10", "周明远", "责任编辑", "editor", "责任编辑：周明远"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("bx01", "营田镇、河市镇春耕生产和防汛备汛调研", "inspection (调研)", "4月12日", None, "贺建林", [],
     ["钟晓东", "易红梅", "廖国富"], ["许志刚", "蒋益斌", "黎小军", "贺建林", "钟晓东", "易红梅"], "营田镇、河市镇",
     "区党工委书记贺建林深入营田镇、河市镇，调研春耕生产、防汛备汛和高标准农田建设工作",
     ["区党工委书记贺建林深入营田镇", "区人大政协工委主任廖国富陪同调研", "镇党委书记许志刚汇报了", "镇长蒋益斌介绍了",
      "镇党委书记黎小军汇报了", "贺建林强调", "钟晓东要求", "易红梅就农机调度和育秧技术指导作了具体安排"]),
    ("bx02", "屈原管理区防汛备汛、“双抢”准备和产业园区建设调研", "inspection (调研)", "6月19日", None, "邹振宇", [],
     ["贺建林", "文浩然"], ["钟晓东", "孙立华", "郭佩玲", "邹振宇", "贺建林"], "屈原管理区",
     "市委副书记、市长邹振宇到屈原管理区调研防汛备汛、“双抢”准备和产业园区建设工作",
     ["市长邹振宇到屈原管理区调研", "市政府秘书长文浩然参加调研", "钟晓东汇报了", "管委会主任孙立华介绍了", "乡党委书记郭佩玲汇报了",
      "邹振宇强调", "贺建林就防汛物资储备", "钟晓东表示"]),
    ("bx03", "西洞庭管理区考察团考察水环境治理和特色渔业产业发展", "inspection (考察)", "8月23日", None, "覃海波", [],
     ["何明亮", "曹国栋", "刘明辉", "严立新"], ["杨丽娟"], "大通湖区",
     "管委会主任覃海波率考察团来我区，考察水环境治理和特色渔业产业发展工作",
     ["管委会主任覃海波率考察团来我区", "管委会副主任何明亮随团考察", "区工委书记曹国栋", "管委会副主任严立新陪同考察", "镇党委书记杨丽娟介绍了"]),
    ("bx03", "座谈会", "meeting (座谈会)", "8月23日", "刘明辉", None, [],
     [], ["曹国栋", "覃海波", "严立新"], "大通湖区",
     "在随后召开的座谈会上，刘明辉主持座谈会",
     ["刘明辉主持座谈会", "曹国栋介绍了大通湖区", "覃海波表示", "严立新就水质监测和渔业资源保护工作作了交流"]),
    ("bx04", "金平县边境口岸建设、民族乡发展和防汛工作调研", "inspection (调研)", "5月16日至17日", None, "普建勋", [],
     ["杨卫星", "陶红波", "吴庆生", "盘金林"], ["盘金林", "李春桃", "李扎努", "普建勋", "杨卫星", "吴庆生"], "金平县",
     "州委副书记、州长普建勋到金平县调研边境口岸建设、民族乡发展和防汛工作",
     ["州长普建勋到金平县调研", "州商务局局长陶红波参加调研", "县委书记吴庆生", "县长盘金林陪同调研", "盘金林汇报了",
      "乡党委书记李春桃汇报了", "乡长李扎努介绍了", "普建勋强调", "杨卫星就口岸项目建设资金保障作了安排", "吴庆生表示"]),
    ("bx05", "金平县强边固防、沿边产业发展和民族团结进步示范创建调研", "inspection (调研)", "11月12日至13日", None, "普建勋", [],
     ["罗建新"], ["盘金林", "陶明杰", "刀文光", "李春桃", "普建勋", "罗建新"], "金平县",
     "州委书记普建勋到金平县调研强边固防、沿边产业发展和民族团结进步示范创建工作",
     ["州委书记普建勋到金平县调研", "秘书长罗建新参加调研", "金平县委书记盘金林汇报了", "县长陶明杰介绍了", "镇党委书记刀文光汇报了",
      "副县长李春桃介绍了", "普建勋强调", "罗建新就做好调研指出问题的整改落实作了安排", "盘金林表示"]),
    ("bx06", "龙脊镇、泗水乡乡村振兴和文旅融合发展调研", "inspection (调研)", "7月11日", None, "韦立德", [],
     ["粟海涛", "张立谦"], ["潘玉梅", "蒋益斌", "韦立德", "粟海涛", "张立谦"], "龙脊镇、泗水乡",
     "县委书记韦立德到龙脊镇、泗水乡调研乡村振兴和文旅融合发展工作",
     ["县委书记韦立德到龙脊镇、泗水乡调研", "副县长张立谦陪同调研", "镇党委书记潘玉梅汇报了", "乡长蒋益斌介绍了", "韦立德指出",
      "粟海涛要求", "张立谦就景区安全生产和交通疏导作了安排"]),
    ("bx07", "天井山林场、必背镇森林防灭火检查", "inspection (检查)", "2月26日", None, "赵丽芬", [],
     ["龙春燕", "邵雅琴"], ["钟国强", "邓金凤", "赵丽芬", "龙春燕"], "广东省天井山林场、必背镇",
     "县委副书记、县长赵丽芬到广东省天井山林场和必背镇检查春季森林防灭火和节后安全生产工作",
     ["县长赵丽芬到广东省天井山林场和必背镇检查", "县应急管理局局长邵雅琴陪同检查", "场长钟国强汇报了", "镇党委书记邓金凤介绍了",
      "赵丽芬强调", "龙春燕就南水湖库区周边山林防火巡查作了具体部署"]),
    ("bx08", "邦溪镇、邦溪农场垦地融合发展调研", "inspection (调研)", "10月18日", None, "符振雄", [],
     ["吉庆丰", "符丽娜"], ["陈瑞峰", "羊少华"], "邦溪镇、邦溪农场",
     "县委书记符振雄到邦溪镇和邦溪农场调研垦地融合发展工作",
     ["县委书记符振雄到邦溪镇和邦溪农场调研", "常务副县长符丽娜陪同调研", "董事长陈瑞峰汇报了", "邦溪镇党委书记羊少华介绍了"]),
    ("bx08", "座谈会", "meeting (座谈会)", "10月18日", None, None, [],
     [], ["符振雄", "吉庆丰", "符丽娜"], "邦溪镇",
     "在随后召开的座谈会上，符振雄指出",
     ["符振雄指出", "吉庆丰要求", "符丽娜就垦地融合项目资金保障作了安排"]),
    ("bx09", "共青城高新区重点项目和苏家垱乡乡村振兴调研", "inspection (调研)", "3月14日", None, "熊志平", [],
     ["万立群", "涂建华", "胡晓峰"], ["涂建华", "胡晓峰", "邹雪梅", "熊志平", "万立群"], "共青城高新区、苏家垱乡",
     "九江市委常委、共青城市委书记熊志平到共青城高新区和苏家垱乡调研重点项目建设和乡村振兴工作",
     ["共青城市委书记熊志平到共青城高新区和苏家垱乡调研", "高新区管委会主任胡晓峰陪同调研", "涂建华汇报了", "胡晓峰介绍了",
      "乡党委书记邹雪梅汇报了", "熊志平强调", "万立群要求"]),
    ("bx10", "祝丰镇、金凤街道防汛检查", "inspection (检查)", "7月2日", None, "覃海波", [],
     ["龚志坚", "何明亮"], ["胡文俊", "滕文斌", "覃海波", "龚志坚", "何明亮"], "祝丰镇、金凤街道",
     "区党工委书记覃海波到祝丰镇、金凤街道检查防汛工作",
     ["区党工委书记覃海波到祝丰镇、金凤街道检查", "管委会副主任何明亮陪同检查", "镇党委书记胡文俊汇报了", "街道党工委书记滕文斌介绍了",
      "覃海波强调", "龚志坚要求", "何明亮就城区排渍管网改造项目进度作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bx01", "营田镇早稻集中育秧中心", "project", "先后来到营田镇早稻集中育秧中心"),
    ("bx01", "河市镇高标准农田建设项目", "project", "河市镇高标准农田建设项目区"),
    ("bx01", "汨罗江屈原段堤防加固工程", "engineering_work", "汨罗江屈原段堤防加固工程现场"),
    ("bx02", "凤凰乡电排站更新改造工程", "engineering_work", "凤凰乡电排站更新改造工程"),
    ("bx02", "屈原管理区食品产业园二期", "industrial_park", "屈原管理区食品产业园二期建设现场"),
    ("bx03", "大通湖水环境综合治理工程", "greening_project", "大通湖水环境综合治理工程生态修复区"),
    ("bx03", "千山红镇稻虾共作示范基地", "project", "千山红镇稻虾共作示范基地"),
    ("bx03", "大通湖大闸蟹产业园", "industrial_park", "大通湖大闸蟹产业园"),
    ("bx04", "金水河口岸联检楼改造项目", "infrastructure_project", "金水河口岸联检楼改造项目"),
    ("bx04", "勐拉镇香蕉产业示范园", "industrial_park", "勐拉镇香蕉产业示范园"),
    ("bx05", "勐拉镇边境贸易加工园", "industrial_park", "勐拉镇边境贸易加工园"),
    ("bx05", "金水河口岸货运通道扩建工程", "infrastructure_project", "介绍了金水河口岸货运通道扩建工程推进情况"),
    ("bx06", "龙脊梯田景区提质升级项目", "project", "先后来到龙脊梯田景区提质升级项目现场"),
    ("bx06", "大寨村梯田民宿集聚区", "project", "大寨村梯田民宿集聚区"),
    ("bx06", "白面瑶寨传统村落保护修缮项目", "project", "白面瑶寨传统村落保护修缮项目进展"),
    ("bx07", "天井山林区防火道路建设项目", "infrastructure_project", "天井山林区防火道路建设项目推进情况"),
    ("bx08", "邦溪农场橡胶林下经济示范基地", "project", "先后来到邦溪农场橡胶林下经济示范基地"),
    ("bx08", "邦溪镇垦地共建产业园", "industrial_park", "邦溪镇垦地共建产业园"),
    ("bx08", "邦溪垦地融合安置小区建设项目", "housing_project", "邦溪垦地融合安置小区建设项目现场"),
    ("bx09", "高新区羽绒服装智能制造产业园", "industrial_park", "先后来到高新区羽绒服装智能制造产业园"),
    ("bx09", "共青城高新区电子信息产业园二期", "industrial_park", "共青城高新区电子信息产业园二期"),
    ("bx09", "苏家垱乡鄱阳湖岸线生态修复工程", "greening_project", "苏家垱乡鄱阳湖岸线生态修复工程现场"),
    ("bx10", "祝丰镇排涝泵站更新改造工程", "engineering_work", "先后来到祝丰镇排涝泵站更新改造工程现场"),
    ("bx10", "金凤街道城区排渍管网改造项目", "infrastructure_project", "金凤街道城区排渍管网改造项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bx01", "营田镇", "town", "standalone", "深入营田镇、河市镇"),
    ("bx01", "河市镇", "town", "standalone", "深入营田镇、河市镇"),
    ("bx01", "汨罗江", "river", "in_project_name", "汨罗江屈原段堤防加固工程现场"),
    ("bx01", "屈原", "management_area", "standalone", "屈原是农业大区"),
    ("bx02", "屈原管理区", "management_area", "standalone", "到屈原管理区调研防汛备汛"),
    ("bx02", "汨罗江", "river", "standalone", "先后来到汨罗江屈原段堤防"),
    ("bx02", "凤凰乡", "township", "standalone", "在凤凰乡，乡党委书记郭佩玲"),
    ("bx03", "西洞庭管理区", "management_area", "standalone", "西洞庭管理区将进一步加强与大通湖区的交流合作"),
    ("bx03", "常德市", "prefecture_city", "in_title", _B03_QIN),
    ("bx03", "大通湖区", "management_area", "standalone", "西洞庭管理区将进一步加强与大通湖区的交流合作"),
    ("bx03", "大通湖", "lake", "in_project_name", "大通湖水环境综合治理工程生态修复区"),
    ("bx03", "千山红镇", "town", "standalone", "在千山红镇，镇党委书记杨丽娟"),
    ("bx04", "金平县", "county", "standalone", "到金平县调研边境口岸建设"),
    ("bx04", "金平", "county", "standalone", "金平是边境县、民族自治县"),
    ("bx04", "金水河口岸", "port", "standalone", "在金水河口岸，盘金林汇报了"),
    ("bx04", "勐拉镇", "town", "in_project_name", "勐拉镇香蕉产业示范园"),
    ("bx04", "者米拉祜族乡", "ethnic_township", "standalone", "在者米拉祜族乡，乡党委书记李春桃"),
    ("bx05", "金平县", "county", "standalone", "州委书记普建勋到金平县调研"),
    ("bx05", "金水河口岸", "port", "standalone", "先后来到金水河口岸、勐拉镇边境贸易加工园"),
    ("bx05", "勐拉镇", "town", "standalone", "在勐拉镇，镇党委书记刀文光"),
    ("bx05", "者米拉祜族乡", "ethnic_township", "standalone", "者米拉祜族乡边境小康村建设成效"),
    ("bx06", "龙脊镇", "town", "standalone", "在龙脊镇，镇党委书记潘玉梅"),
    ("bx06", "泗水乡", "township", "standalone", "在泗水乡，乡党委副书记"),
    ("bx06", "龙脊梯田", "scenic_area", "in_project_name", "先后来到龙脊梯田景区提质升级项目现场"),
    ("bx06", "大寨村", "village", "standalone", "大寨村梯田民宿集聚区"),
    ("bx06", "白面瑶寨", "village", "standalone", "泗水乡白面瑶寨，实地察看"),
    ("bx06", "龙胜", "county", "standalone", "梯田是龙胜最宝贵的资源"),
    ("bx07", "必背镇", "town", "standalone", "在必背镇，镇党委书记邓金凤"),
    ("bx07", "广东省", "province", "in_org_reference", "到广东省天井山林场和必背镇检查"),
    ("bx07", "天井山", "mountain", "in_project_name", "天井山林区防火道路建设项目推进情况"),
    ("bx07", "南水湖", "reservoir", "standalone", "南水湖库区周边山林防火巡查"),
    ("bx08", "邦溪镇", "town", "standalone", "县委书记符振雄到邦溪镇和邦溪农场调研"),
    ("bx08", "邦溪农场", "state_farm", "standalone", "县委书记符振雄到邦溪镇和邦溪农场调研"),
    ("bx08", "白沙", "county", "standalone", "垦地融合是白沙发展的重要潜力所在"),
    ("bx09", "九江市", "prefecture_city", "in_title", _B09_XIONG),
    ("bx09", "共青城高新区", "development_zone", "standalone", "到共青城高新区和苏家垱乡调研"),
    ("bx09", "苏家垱乡", "township", "standalone", "到共青城高新区和苏家垱乡调研"),
    ("bx09", "高新区", "development_zone", "standalone", "高新区是共青城发展的主引擎"),
    ("bx09", "共青城", "county_level_city", "standalone", "高新区是共青城发展的主引擎"),
    ("bx09", "鄱阳湖", "lake", "standalone", "要守好鄱阳湖岸线生态"),
    ("bx10", "祝丰镇", "town", "standalone", "到祝丰镇、金凤街道检查防汛工作"),
    ("bx10", "金凤街道", "sub_district_office", "standalone", "到祝丰镇、金凤街道检查防汛工作"),
    ("bx10", "西洞庭湖", "lake", "standalone", "西洞庭湖堤险工段"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bx", conventions="set bx (blind set: odd county-level and sub-county units in the south: 湖南's 管理区 (屈原管理区 of 岳阳, 大通湖区 of 益阳, 西洞庭管理区 of 常德) with 党工委 (also written 区工委) and 管委会 and a 人大政协工委, their towns under the 管理区 label; 云南 红河哈尼族彝族自治州 and 金平苗族瑶族傣族自治县 with the 民族乡 者米拉祜族乡; 广西 龙胜各族自治县; 广东 乳源瑶族自治县 with the 省属 广东省天井山林场 (林场 党委书记、场长 are posts); 海南 白沙黎族自治县 with 邦溪农场 (the farm company's 党委书记、董事长 is no post); 江西 共青城市 (county-level city, bare 市委 = 共青城市委) with 共青城高新区; autonomous units take their full official names; one line per post per article)",
          persons_note="Set bx persons. id = corpus-wide person_id (bx:蒋益斌#1 of 屈原管理区营田镇 (湖南) and bx:蒋益斌#2 of 龙胜各族自治县泗水乡 (广西) are two people; bx:贺建林 屈原管理区党工委书记 2022 → 岳阳市副市长 2024; bx:钟晓东 管委会主任 2022 → 党工委书记 2024; bx:覃海波 西洞庭管理区管委会主任 2023 → 党工委书记 2024; bx:普建勋 红河州长 2023 → 州委书记 2024; bx:盘金林 金平县长 2023 → 县委书记 2024; bx:李春桃 者米拉祜族乡党委书记 2023 → 金平副县长 2024)")


if __name__ == "__main__":
    main()
