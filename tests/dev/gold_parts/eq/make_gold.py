"""Write gold part ``eq`` (a blind set: development zones run together with streets or towns — 区政合一 / 区街一体 —
in 江苏 and 浙江, with leaders who hold a zone post and a street post at once) from the tables below.

Pages ``tests/dev/texts/eq*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 江海晚报 第B01版 (港闸新闻) on the 港闸经济开发区 and its streets'
干部调整会议 (``区街分设``, ``新设的两个街道班子，要坚决服从开发区的领导``); the 南通日报 第A02版 on the 南通开发区 政府公众开放
活动 and a 南通 page of the 市委书记's 调研 in the 南通开发区 (竹行街道's 社区); the 中国开发区协会 page on the 崇川经济开发区
（观音山街道）人大工委 (``区人大代表、崇川经济开发区党工委书记``); two 常州 天宁区 pages (the 天宁经济开发区（青龙街道）, a 座谈会 ``在
开发区（青龙街道）会议室``, signed ``常州市天宁区青龙街道办事处``); the 盐都日报 page carried by a 开发区 portal (``发布开发区：盐城
国家高新技术产业开发区``, ``区委常委、高新区党工委书记、管委会主任…陪同``); a 武进国家高新区 研讨会 page (``区委常委、高新区
党工委副书记、管委会副主任``); the 灌云经济开发区 座谈会 page (``灌云县委常委、灌云经济开发区党工委书记``); a 基层党建网 page
on the 盐城经开区 (``盐城经济技术开发区党工委书记、管委会主任``); the 嵊州 page on the 经济开发区管委会与浦口街道办合署办公
(``两块牌子、一套班子``, ``市政协副主席、开发区管委会（浦口街道）党工委书记``) and the 嵊州 城南新区（三江街道） pages; the 萧山
街道任免 page (``任盈丰街道党工委书记，提名任盈丰街道办事处主任``, streets ``委托钱塘新区管理``); the 上虞日报 page on the
杭州湾上虞经开区 人大工委 (``区委常委、杭州湾上虞经开区党工委书记``); the 温州网 page of a 市委副书记's 调研 in the 瓯江口产业
集聚区 (``党工委委员、管委会副主任…``, 灵昆街道); 龙湾区 site pages (``发布日期：… 浏览次数： 来源：区府办 字体：[ ]``, ``新区
财政局（区财政局）``, the 2026 report's ``4个街道在托管十年后全面回归``); the 台州湾集聚区 党工委 founding list; the 龙岩经开区
（高新区） 体制调整 page (托管 乡镇 returned to districts). Places are real: 江苏 徐州 (徐州经开区 and its streets 大黄山,
金山桥, 大庙), 江苏 南通 (南通经开区 and 竹行, 小海, 中兴, 新开 街道), 江苏 常州 (常州高新区 = 新北区, 区政合一: 薛家镇, 罗溪镇,
奔牛镇, 三井, 龙虎塘, 新桥 街道), 浙江 温州 (温州经开区 with the 龙湾区 streets it 托管: 星海, 沙城, 天河), 浙江 宁波 (宁波高新区
and its streets 新明, 梅墟).

Shapes: a zone site's 调研 of two streets with street secretaries who sit on the zone's 党工委 (eq01); a city paper 第A01版
(市长 调研; the zone's 书记 also 市政府党组成员) (eq02); a zone site (``时间：`` stamp) of a 街道重点工作推进会 with a three-post
chain ``开发区党工委委员、管委会副主任、小海街道党工委书记`` and short street names in a list (eq03); a portal page carrying the
city paper (``来源：南通日报　　作者：记者 …``, share buttons, 相关阅读 list) (eq04); a 区政合一 zone/district site's 镇（街道）
观摩 and 点评会 with four-post chains (eq05); the city paper's 市长 调研 (eq06); a zone site's 防台 检查 with a
``龙湾区委常委、经开区党工委委员、星海街道党工委书记`` (eq07); the city paper's 副市长 调研 (eq08); a zone site's 街道动态 column
(``来源：新明街道``, ``（新明街道　供稿）``) with bare ``街道党工委副书记、办事处主任`` and a 座谈会 after the 检查 (eq09); the city
paper's 副市长 调研 (eq10).

Identity cases:
- eq:邵景舟 from a street to the zone: 徐州经开区党工委委员、大黄山街道党工委书记 (eq01, Apr 2021) → 经开区党工委委员、
  管委会副主任 (eq02, Aug 2023).
- eq:谈雪松: 金山桥街道党工委副书记、办事处主任 (eq01, 2021) → 街道党工委书记 (eq02, 2023).
- eq:缪海鸥: 南通 开发区党工委委员、竹行街道党工委书记 (eq03, Jun 2020) → 开发区党工委副书记、管委会常务副主任 (eq04, Nov 2022);
  eq:包丽萍 is the 竹行街道党工委书记 in 2022.
- eq:蒋东升: 新北区委常委、高新区党工委委员、薛家镇党委书记 (eq05, Mar 2022) → 新北区委常委、常务副区长，高新区党工委委员、
  管委会副主任 (eq06, May 2024); eq:恽晓亮 is the 薛家镇党委书记 in 2024.
- eq:郑亦鸣: 沙城街道党工委副书记、办事处主任 (eq07, Aug 2020) → 经开区党工委委员、沙城街道党工委书记 (eq08, Sept 2021);
  eq:林诗远: 龙湾区委常委、经开区党工委委员、星海街道党工委书记 (eq07) → 龙湾区委常委、组织部部长 (eq08).
- eq:贝晓东 moves between two streets of one zone: 新明街道党工委副书记、办事处主任 (eq09, Nov 2021) → 梅墟街道党工委书记
  (eq10, Dec 2023).
- two different 戚鸿远 in unrelated places with look-alike posts in the same year: eq:戚鸿远#1 is 徐州经开区党工委委员、大庙街道
  党工委书记 (江苏, eq01, 2021); eq:戚鸿远#2 is 宁波高新区党工委委员、新明街道党工委书记 (浙江, eq09, 2021) and 党工委委员、
  管委会副主任 in 2023 (eq10).
- one organ name in several cities: bare ``经开区党工委`` / ``经开区管委会`` are 徐州's (eq01, eq02) and 温州's (eq07, eq08);
  bare ``高新区党工委`` / ``管委会`` are 常州's (eq05, eq06) and 宁波's (eq09, eq10); bare ``开发区党工委`` is 南通's (eq03, eq04);
  bare ``街道党工委书记`` is 金山桥's, 竹行's, 三井's, 龙虎塘's, 天河's, 新明's and 梅墟's on their pages.
- the same officials across years: eq:郇立军 (徐州经开区党工委书记, 2021 and 2023), eq:钱文渊 (南通市委常委、开发区党工委书记,
  2020 and 2022), eq:卞文韬 (常州市委常委，新北区委书记、高新区党工委书记, 2022 and 2024), eq:毛振邦 (宁波高新区党工委书记、
  管委会主任, 2021 and 2023).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, ce where they speak; decided here where they are silent):
- Zone labels: city without 市 + short name: 徐州经济技术开发区 / bare 经开区 → ``徐州经开区``; 南通经济技术开发区 / bare 开发区 →
  ``南通经开区``; 常州国家高新区 / bare 高新区 → ``常州高新区``; 温州经开区 / bare 经开区 → ``温州经开区``; 宁波国家高新区 /
  bare 高新区 → ``宁波高新区``. DECIDED HERE: ``国家`` in 常州国家高新区 / 宁波国家高新区 is dropped (the short name is 高新区);
  the 南通 pages write the long form (南通经济技术开发区) and then bare ``开发区``, so the label is the folded long form
  ``南通经开区`` (part ce kept ``昆山开发区`` only because its pages wrote no long form).
- A chain gives one line per post: ``经开区党工委委员、大黄山街道党工委书记邵景舟`` → 徐州经开区党工委 委员 + 徐州经开区大黄山街道
  党工委 书记; ``开发区党工委委员、管委会副主任、小海街道党工委书记`` → three lines; the 区政合一 chain ``新北区委副书记、区长，
  高新区党工委副书记、管委会主任`` → 新北区委 副书记, 新北区政府 区长, 常州高新区党工委 副书记, 常州高新区管委会 主任;
  ``市委常委、龙湾区委书记、温州经开区党工委书记`` → 温州市委 常委, 龙湾区委 书记, 温州经开区党工委 书记.
- Streets and towns, as part bq: a street entrusted to a zone (托管; the zone's pages present it as the zone's) takes the zone
  label: 徐州经开区大黄山街道党工委, 南通经开区竹行街道党工委, 温州经开区星海街道党工委, 宁波高新区新明街道党工委; in the 区政合一
  常州高新区（新北区） the towns and streets are the district's own: 新北区薛家镇党委, 新北区三井街道党工委 (as bq's 江海区 streets).
  DECIDED HERE: the same holds when the street holder also sits in the district's committee (``龙湾区委常委、经开区党工委委员、星海
  街道党工委书记`` → 龙湾区委 常委 + 温州经开区党工委 委员 + 温州经开区星海街道党工委 书记): the street follows the zone that 托管 it.
- ``街道党工委副书记、办事处主任`` → X街道党工委 副书记 + X街道办事处 主任 (as parts before: 办事处 is the street's office).
- DECIDED HERE: a bare ``街道`` (``在金山桥街道，街道党工委书记谈雪松``; ``街道党工委副书记、办事处主任贝晓东`` on the 新明街道
  column) is the street the sentence or the page is about.
- Bare city organs: ``市委常委`` / ``市委副书记`` / ``市长`` / ``副市长`` / ``市政府党组成员`` → the page's city (徐州市委,
  徐州市政府党组 成员 as other parts' 政府党组 成员, 南通市委, 常州市委, 温州市委 / 温州市政府, 宁波市政府). ``高新区建设管理局
  局长`` → 宁波高新区建设管理局 局长 (a zone department as written after the label).
- Not posts: ``区四套班子有关领导``, ``各街道党政主要负责同志``.
- Bylines: ``本报讯（记者 …）``, ``作者：记者 …`` are reporter lines, ``通讯员`` correspondent; 编辑 / 责任编辑 / 审核 / 校对
  are editor lines. DECIDED HERE: an office's credit (``（新明街道　供稿）``, ``（区委办）``, ``（经开区管委会办公室）``,
  ``（南通日报）``) names no person: no line.
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 / 参加 are attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 /
  交流发言 are speakers); the 观摩活动 is a ``site observation`` and the 点评会 after it a meeting of its own (CONVENTIONS);
  the 推进会 is a meeting (主持 chair, 出席 attendees); the 座谈会 after the 检查 (eq09) is its own meeting of the same day
  (as bs's 督导反馈会), and the remarks that follow it are its speakers.
- Projects: works inspected or reported; a town or street written right before a project in a list is part of its name
  (as bq: ``罗溪镇新能源汽车核心部件产业园``, ``中兴街道老旧小区改造项目``). 产业园 (and its phases) ``industrial_park``; 安置房,
  老旧小区改造, 城中村改造, 人才公寓, 未来社区 ``housing_project``; 排涝泵站 ``infrastructure_project``; 生态廊道工程
  ``greening_project``; 街区, 科创中心, 封测基地, 城市更新片区, 科创大厦 ``project``.
- Places: one line per name per file, as written; places inside titles and project names count; site lines, mastheads,
  来源 lines, footers, 相关新闻 / 相关阅读 lists and 上一篇 / 下一篇 are not annotated. DECIDED HERE: bare ``开发区`` is not a
  place line (the generic word; the page's long form is annotated, as part ce did); short street names in a list
  (``竹行、小海、中兴、新开四个街道``, the headline's ``星海、沙城街道``) give no extra lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_X = "徐州经开区"
_N = "南通经开区"
_C = "常州高新区"
_W = "温州经开区"
_B = "宁波高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "eq01_xuzhou.txt": (2021, "发布时间：2021-04-23 17:05", _X, [
        ("郇立军到大黄山街道、金山桥街道调研重点项目和基层治理工作", "4月22日", "2021-04-22", "4月22日，经开区党工委书记",
         "zone site: the 书记's 调研 of two streets; street secretaries who sit on the zone's 党工委; 戚鸿远#1")]),
    "eq02_xuzhou.txt": (2023, "2023年08月17日　星期四", "徐州市", [
        ("裴东明到徐州经济技术开发区调研时强调", "8月16日", "2023-08-16", "本报讯（记者 钟若琳）8月16日",
         "city paper A01: 市长 调研 of the zone; 邵景舟 now 管委会副主任, 谈雪松 now 街道党工委书记")]),
    "eq03_nantong.txt": (2020, "时间：2020-06-19 09:32", _N, [
        ("开发区召开街道重点工作推进会", "6月18日下午", "2020-06-18", "6月18日下午，南通经济技术开发区",
         "zone site: 街道重点工作推进会; three-post chain (党工委委员、管委会副主任、街道党工委书记)")]),
    "eq04_nantong.txt": (2022, "2022-11-10 07:48:16", "南通市", [
        ("邱启航调研南通经济技术开发区时强调", "11月9日", "2022-11-09", "本报讯　11月9日",
         "portal page carrying the city paper: 市委副书记 调研; 缪海鸥 now 党工委副书记、管委会常务副主任")]),
    "eq05_changzhou.txt": (2022, "发布日期：2022-03-30", "新北区", [
        ("高新区（新北区）举行一季度镇（街道）重点项目现场观摩活动", "3月29日", "2022-03-29", "3月29日，高新区（新北区）",
         "区政合一 zone/district site: 镇（街道） 观摩 and 点评会; four-post chains; a 区委常委 who is 镇党委书记")]),
    "eq06_changzhou.txt": (2024, "2024年5月16日　星期四", "常州市", [
        ("盛立群调研常州国家高新区时要求", "5月15日", "2024-05-15", "本报讯（记者 恽佳）5月15日",
         "city paper A02: 市长 调研; 蒋东升 now 常务副区长 and 管委会副主任")]),
    "eq07_wenzhou.txt": (2020, "发布日期：2020-08-03 18:20:11", _W, [
        ("叶崇光检查星海、沙城街道防台工作", "8月3日", "2020-08-03", "8月3日，针对今年第4号台风",
         "zone site: 防台 检查 of two 托管 streets; 龙湾区委常委、经开区党工委委员、街道党工委书记")]),
    "eq08_wenzhou.txt": (2021, "2021年09月24日　星期五", "温州市", [
        ("谷雨澄到温州经开区调研时指出", "9月23日", "2021-09-23", "本报讯（记者 项思琪）9月23日",
         "city paper: 副市长 调研; 郑亦鸣 now 党工委委员、街道党工委书记; 林诗远 now 区委组织部部长")]),
    "eq09_ningbo.txt": (2021, "发布时间：2021-11-18 16:02", _B, [
        ("高新区领导到新明街道检查安全生产和冬季消防工作", "11月17日", "2021-11-17", "11月17日，高新区党工委书记",
         "zone site, 街道动态 column: 检查 and 座谈会; bare 街道 organs; 戚鸿远#2")]),
    "eq10_ningbo.txt": (2023, "2023年12月08日　星期五", "宁波市", [
        ("董宇航调研宁波国家高新区时要求", "12月7日", "2023-12-07", "本报讯（记者 应佳慧 通讯员 孔令川）12月7日",
         "city paper A3: 副市长 调研; 戚鸿远#2 now 管委会副主任; 贝晓东 now 梅墟街道党工委书记")]),
}

_E01H = "经开区党工委书记、管委会主任郇立军"
_E01B = "经开区党工委委员、管委会副主任柏永胜"
_E01S = "经开区党工委委员、大黄山街道党工委书记邵景舟"
_E01Q = "经开区党工委委员、大庙街道党工委书记戚鸿远"
_E01T = "金山桥街道党工委副书记、办事处主任谈雪松"
_E01G = "大黄山街道党工委副书记、办事处主任葛清源"
_E02H = "市政府党组成员、经开区党工委书记郇立军"
_E02P = "市委副书记、市长裴东明"
_E02K = "经开区党工委副书记、管委会主任蒯立达"
_E02S = "经开区党工委委员、管委会副主任邵景舟"
_N_QIAN = "市委常委、开发区党工委书记钱文渊"
_E03L = "开发区党工委副书记、管委会主任陆恒嘉"
_E03G = "开发区党工委委员、管委会副主任、小海街道党工委书记顾岚青"
_E03M = "开发区党工委委员、竹行街道党工委书记缪海鸥"
_E03J = "新开街道党工委副书记、办事处主任季雯"
_E04M = "开发区党工委副书记、管委会常务副主任缪海鸥"
_C_BIAN = "市委常委，新北区委书记、高新区党工委书记卞文韬"
_E05T = "新北区委副书记、区长，高新区党工委副书记、管委会主任汤欣然"
_E05J = "新北区委常委、高新区党工委委员、薛家镇党委书记蒋东升"
_E05H = "高新区党工委委员、管委会副主任华晓峰"
_E05Y = "街道党工委副书记、办事处主任殷莉"
_E06S = "市委副书记、市长盛立群"
_E06J = "新北区委常委、常务副区长，高新区党工委委员、管委会副主任蒋东升"
_E07Y = "市委常委、龙湾区委书记、温州经开区党工委书记叶崇光"
_E07L = "龙湾区委常委、经开区党工委委员、星海街道党工委书记林诗远"
_E07Z = "沙城街道党工委副书记、办事处主任郑亦鸣"
_E08Y = "龙湾区委副书记、区长，温州经开区党工委副书记、管委会主任应嘉禾"
_E08Z = "经开区党工委委员、沙城街道党工委书记郑亦鸣"
_E08L = "龙湾区委常委、组织部部长林诗远"
_B_MAO = "高新区党工委书记、管委会主任毛振邦"
_E09Q = "高新区党工委委员、新明街道党工委书记戚鸿远"
_E09B = "街道党工委副书记、办事处主任贝晓东"
_E10Q = "高新区党工委委员、管委会副主任戚鸿远"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 徐州
    "eq:郇立军": ("郇立军", "official", _X, [
        ("eq01", _X + "党工委", "书记", _E01H, "2021-04; bare 经开区 on the 徐州经开区 site (named in the headline too)"),
        ("eq01", _X + "管委会", "主任", _E01H, None),
        ("eq02", "徐州市政府党组", "成员", _E02H, "2023-08: bare 市政府 in the 徐州日报"),
        ("eq02", _X + "党工委", "书记", _E02H, "2023-08: the same 书记")], []),
    "eq:柏永胜": ("柏永胜", "official", _X, [
        ("eq01", _X + "党工委", "委员", _E01B, None),
        ("eq01", _X + "管委会", "副主任", _E01B, None)], []),
    "eq:邵景舟": ("邵景舟", "official", _X, [
        ("eq01", _X + "党工委", "委员", _E01S, "2021-04 (identity case: 管委会副主任 in 2023, eq02)"),
        ("eq01", _X + "大黄山街道党工委", "书记", _E01S, "托管 street takes the zone label (as bq)"),
        ("eq02", _X + "党工委", "委员", _E02S, "2023-08"),
        ("eq02", _X + "管委会", "副主任", _E02S, "2023-08: from the street to the zone")], []),
    "eq:戚鸿远#1": ("戚鸿远", "official", _X, [
        ("eq01", _X + "党工委", "委员", _E01Q, "徐州 (江苏), 2021; not the 戚鸿远 of 宁波高新区 (eq09, eq10)"),
        ("eq01", _X + "大庙街道党工委", "书记", _E01Q, None)], []),
    "eq:谈雪松": ("谈雪松", "official", _X, [
        ("eq01", _X + "金山桥街道党工委", "副书记", _E01T, "2021-04 (identity case: 街道党工委书记 in 2023, eq02)"),
        ("eq01", _X + "金山桥街道办事处", "主任", _E01T, None),
        ("eq02", _X + "金山桥街道党工委", "书记", "街道党工委书记谈雪松", "2023-08: bare 街道 after ``在金山桥街道，``")], []),
    "eq:葛清源": ("葛清源", "official", _X, [
        ("eq01", _X + "大黄山街道党工委", "副书记", _E01G, None),
        ("eq01", _X + "大黄山街道办事处", "主任", _E01G, None)], []),
    "eq:裴东明": ("裴东明", "official", "徐州市", [
        ("eq02", "徐州市委", "副书记", _E02P, "named in the headline too"),
        ("eq02", "徐州市政府", "市长", _E02P, None)], []),
    "eq:蔺晓峰": ("蔺晓峰", "official", "徐州市", [
        ("eq02", "徐州市政府", "副市长", "副市长蔺晓峰", None)], []),
    "eq:蒯立达": ("蒯立达", "official", _X, [
        ("eq02", _X + "党工委", "副书记", _E02K, None),
        ("eq02", _X + "管委会", "主任", _E02K, None)], []),
    # ---- 南通
    "eq:钱文渊": ("钱文渊", "official", _N, [
        ("eq03", "南通市委", "常委", _N_QIAN, "2020-06: bare 市委 on the 南通经开区 site"),
        ("eq03", _N + "党工委", "书记", _N_QIAN, "DECIDED HERE: 南通经济技术开发区 / bare 开发区 → 南通经开区"),
        ("eq04", "南通市委", "常委", _N_QIAN, "2022-11: the same posts"),
        ("eq04", _N + "党工委", "书记", _N_QIAN, None)], []),
    "eq:陆恒嘉": ("陆恒嘉", "official", _N, [
        ("eq03", _N + "党工委", "副书记", _E03L, None),
        ("eq03", _N + "管委会", "主任", _E03L, None)], []),
    "eq:顾岚青": ("顾岚青", "official", _N, [
        ("eq03", _N + "党工委", "委员", _E03G, "three posts in one chain"),
        ("eq03", _N + "管委会", "副主任", _E03G, None),
        ("eq03", _N + "小海街道党工委", "书记", _E03G, None)], []),
    "eq:缪海鸥": ("缪海鸥", "official", _N, [
        ("eq03", _N + "党工委", "委员", _E03M, "2020-06 (identity case: 党工委副书记、管委会常务副主任 in 2022, eq04)"),
        ("eq03", _N + "竹行街道党工委", "书记", _E03M, None),
        ("eq04", _N + "党工委", "副书记", _E04M, "2022-11"),
        ("eq04", _N + "管委会", "常务副主任", _E04M, None)], []),
    "eq:施建东": ("施建东", "official", _N, [
        ("eq03", _N + "中兴街道党工委", "书记", "中兴街道党工委书记施建东", None)], []),
    "eq:季雯": ("季雯", "official", _N, [
        ("eq03", _N + "新开街道党工委", "副书记", _E03J, None),
        ("eq03", _N + "新开街道办事处", "主任", _E03J, None)], []),
    "eq:邱启航": ("邱启航", "official", "南通市", [
        ("eq04", "南通市委", "副书记", "市委副书记邱启航", "named in the headline too")], []),
    "eq:包丽萍": ("包丽萍", "official", _N, [
        ("eq04", _N + "竹行街道党工委", "书记", "街道党工委书记包丽萍", "bare 街道 after ``在竹行街道，``; 缪海鸥's street post of 2020")], []),
    # ---- 常州
    "eq:卞文韬": ("卞文韬", "official", "新北区", [
        ("eq05", "常州市委", "常委", _C_BIAN, "2022-03; 区政合一: one chain, the city, the district and the zone"),
        ("eq05", "新北区委", "书记", _C_BIAN, None),
        ("eq05", _C + "党工委", "书记", _C_BIAN, None),
        ("eq06", "常州市委", "常委", _C_BIAN, "2024-05: the same posts"),
        ("eq06", "新北区委", "书记", _C_BIAN, None),
        ("eq06", _C + "党工委", "书记", _C_BIAN, None)], []),
    "eq:汤欣然": ("汤欣然", "official", "新北区", [
        ("eq05", "新北区委", "副书记", _E05T, "four posts in one chain"),
        ("eq05", "新北区政府", "区长", _E05T, None),
        ("eq05", _C + "党工委", "副书记", _E05T, None),
        ("eq05", _C + "管委会", "主任", _E05T, None)], []),
    "eq:蒋东升": ("蒋东升", "official", "新北区", [
        ("eq05", "新北区委", "常委", _E05J, "2022-03 (identity case: 常务副区长 and 管委会副主任 in 2024, eq06)"),
        ("eq05", _C + "党工委", "委员", _E05J, None),
        ("eq05", "新北区薛家镇党委", "书记", _E05J, "区政合一: the town is the district's own (as bq's 江海区 streets)"),
        ("eq06", "新北区委", "常委", _E06J, "2024-05"),
        ("eq06", "新北区政府", "常务副区长", _E06J, None),
        ("eq06", _C + "党工委", "委员", _E06J, None),
        ("eq06", _C + "管委会", "副主任", _E06J, None)], []),
    "eq:华晓峰": ("华晓峰", "official", _C, [
        ("eq05", _C + "党工委", "委员", _E05H, None),
        ("eq05", _C + "管委会", "副主任", _E05H, None)], []),
    "eq:承志刚": ("承志刚", "official", "新北区", [
        ("eq05", "新北区三井街道党工委", "书记", "街道党工委书记承志刚", "bare 街道 after ``在三井街道，``")], []),
    "eq:殷莉": ("殷莉", "official", "新北区", [
        ("eq05", "新北区龙虎塘街道党工委", "副书记", _E05Y, "bare 街道 after ``在龙虎塘街道，``"),
        ("eq05", "新北区龙虎塘街道办事处", "主任", _E05Y, None)], []),
    "eq:盛立群": ("盛立群", "official", "常州市", [
        ("eq06", "常州市委", "副书记", _E06S, "named in the headline too"),
        ("eq06", "常州市政府", "市长", _E06S, None)], []),
    "eq:房雅韵": ("房雅韵", "official", "常州市", [
        ("eq06", "常州市政府", "副市长", "副市长房雅韵", None)], []),
    "eq:恽晓亮": ("恽晓亮", "official", "新北区", [
        ("eq06", "新北区薛家镇党委", "书记", "薛家镇党委书记恽晓亮", "蒋东升's town post of 2022")], []),
    # ---- 温州
    "eq:叶崇光": ("叶崇光", "official", _W, [
        ("eq07", "温州市委", "常委", _E07Y, "named in the headline too"),
        ("eq07", "龙湾区委", "书记", _E07Y, None),
        ("eq07", _W + "党工委", "书记", _E07Y, None)], []),
    "eq:林诗远": ("林诗远", "official", "龙湾区", [
        ("eq07", "龙湾区委", "常委", _E07L, "2020-08 (identity case: 区委组织部部长 in 2021, eq08)"),
        ("eq07", _W + "党工委", "委员", _E07L, "bare 经开区 after 温州经开区 in the same sentence"),
        ("eq07", _W + "星海街道党工委", "书记", _E07L, "DECIDED HERE: the 托管 street follows the zone even when the holder sits in the 区委"),
        ("eq08", "龙湾区委", "常委", _E08L, "2021-09"),
        ("eq08", "龙湾区委组织部", "部长", _E08L, "组织部 after 龙湾区委常委 = the 区委's")], []),
    "eq:周晨曦": ("周晨曦", "official", _W, [
        ("eq07", _W + "管委会", "副主任", "经开区管委会副主任周晨曦", None)], []),
    "eq:郑亦鸣": ("郑亦鸣", "official", _W, [
        ("eq07", _W + "沙城街道党工委", "副书记", _E07Z, "2020-08 (identity case: 党工委委员、街道党工委书记 in 2021, eq08)"),
        ("eq07", _W + "沙城街道办事处", "主任", _E07Z, None),
        ("eq08", _W + "党工委", "委员", _E08Z, "2021-09"),
        ("eq08", _W + "沙城街道党工委", "书记", _E08Z, None)], []),
    "eq:谷雨澄": ("谷雨澄", "official", "温州市", [
        ("eq08", "温州市政府", "副市长", "副市长谷雨澄", "named in the headline too")], []),
    "eq:应嘉禾": ("应嘉禾", "official", "龙湾区", [
        ("eq08", "龙湾区委", "副书记", _E08Y, None),
        ("eq08", "龙湾区政府", "区长", _E08Y, None),
        ("eq08", _W + "党工委", "副书记", _E08Y, None),
        ("eq08", _W + "管委会", "主任", _E08Y, None)], []),
    "eq:鲍成龙": ("鲍成龙", "official", _W, [
        ("eq08", _W + "天河街道党工委", "书记", "街道党工委书记鲍成龙", "bare 街道 after ``在天河街道，``")], []),
    # ---- 宁波
    "eq:毛振邦": ("毛振邦", "official", _B, [
        ("eq09", _B + "党工委", "书记", _B_MAO, "2021-11; bare 高新区 on the 宁波高新区 site"),
        ("eq09", _B + "管委会", "主任", _B_MAO, None),
        ("eq10", _B + "党工委", "书记", _B_MAO, "2023-12: the same posts"),
        ("eq10", _B + "管委会", "主任", _B_MAO, None)], []),
    "eq:戚鸿远#2": ("戚鸿远", "official", _B, [
        ("eq09", _B + "党工委", "委员", _E09Q, "宁波 (浙江), 2021; not the 戚鸿远 of 徐州经开区 (eq01)"),
        ("eq09", _B + "新明街道党工委", "书记", _E09Q, None),
        ("eq10", _B + "党工委", "委员", _E10Q, "2023-12"),
        ("eq10", _B + "管委会", "副主任", _E10Q, "2023-12: from the street to the zone")], []),
    "eq:齐思远": ("齐思远", "official", _B, [
        ("eq09", _B + "建设管理局", "局长", "高新区建设管理局局长齐思远", None)], []),
    "eq:贝晓东": ("贝晓东", "official", _B, [
        ("eq09", _B + "新明街道党工委", "副书记", _E09B, "2021-11: bare 街道 on the 新明街道 column (identity case: 梅墟街道党工委书记 in 2023, eq10)"),
        ("eq09", _B + "新明街道办事处", "主任", _E09B, None),
        ("eq10", _B + "梅墟街道党工委", "书记", "街道党工委书记贝晓东", "2023-12: bare 街道 after ``在梅墟街道，``")], []),
    "eq:董宇航": ("董宇航", "official", "宁波市", [
        ("eq10", "宁波市政府", "副市长", "副市长董宇航", "named in the headline too")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("eq01", "彭晓楠", "编辑", "editor", "编辑：彭晓楠"),
    ("eq01", "祁凌云", "审核", "editor", "审核：祁凌云"),
    ("eq02", "钟若琳", "记者", "reporter", "本报讯（记者 钟若琳）"),
    ("eq02", "黄一帆", "责任编辑", "editor", "责任编辑：黄一帆"),
    ("eq03", "许芸", "责任编辑", "editor", "责任编辑：许芸"),
    ("eq04", "沈亦苇", "记者", "reporter", "作者：记者 沈亦苇"),
    ("eq04", "曹亚男", "责任编辑", "editor", "责任编辑：曹亚男"),
    ("eq05", "朱芮", "责任编辑", "editor", "责任编辑：朱芮"),
    ("eq06", "恽佳", "记者", "reporter", "本报讯（记者 恽佳）"),
    ("eq06", "柳青禾", "编辑", "editor", "编辑：柳青禾"),
    ("eq06", "吴梓涵", "校对", "editor", "校对：吴梓涵"),
    ("eq08", "项思琪", "记者", "reporter", "本报讯（记者 项思琪）"),
    ("eq08", "童晓雯", "编辑", "editor", "编辑：童晓雯"),
    ("eq08", "潘泽宇", "审核", "editor", "审核：潘泽宇"),
    ("eq09", "金若帆", "责任编辑", "editor", "责任编辑：金若帆"),
    ("eq10", "应佳慧", "记者", "reporter", "本报讯（记者 应佳慧 通讯员 孔令川）"),
    ("eq10", "孔令川", "通讯员", "correspondent", "本报讯（记者 应佳慧 通讯员 孔令川）"),
    ("eq10", "胡一凡", "编辑", "editor", "编辑：胡一凡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("eq01", "大黄山街道、金山桥街道重点项目建设和基层社会治理调研", "inspection (调研)", "4月22日", None, "郇立军", [],
     ["柏永胜", "邵景舟", "戚鸿远", "谈雪松"], ["邵景舟", "葛清源", "谈雪松", "戚鸿远", "郇立军", "柏永胜"], "大黄山街道、金山桥街道",
     "经开区党工委书记、管委会主任郇立军到大黄山街道、金山桥街道调研重点项目建设和基层社会治理工作",
     ["管委会主任郇立军到大黄山街道、金山桥街道调研", "办事处主任谈雪松等参加调研", "邵景舟汇报了", "葛清源介绍了",
      "谈雪松汇报了", "戚鸿远就大庙街道与大黄山街道联动推进片区开发作了交流发言", "郇立军指出", "柏永胜就安全生产和防汛准备工作提出了具体要求"]),
    ("eq02", "徐州经济技术开发区产业发展和重点项目建设调研", "inspection (调研)", "8月16日", None, "裴东明", [],
     ["蔺晓峰", "郇立军"], ["蒯立达", "邵景舟", "谈雪松", "裴东明", "蔺晓峰"], "徐州经济技术开发区",
     "市委副书记、市长裴东明到徐州经济技术开发区调研产业发展和重点项目建设工作",
     ["市长裴东明到徐州经济技术开发区调研", "经开区党工委书记郇立军参加调研", "副市长蔺晓峰", "管委会主任蒯立达汇报了",
      "管委会副主任邵景舟介绍了", "街道党工委书记谈雪松汇报了", "裴东明指出", "蔺晓峰就做好企业用工保障和安全生产监管作了安排"]),
    ("eq03", "街道重点工作推进会", "meeting (推进会)", "6月18日下午", "陆恒嘉", None, ["南通经济技术开发区"],
     ["钱文渊", "顾岚青", "缪海鸥"], ["缪海鸥", "顾岚青", "施建东", "季雯", "钱文渊", "陆恒嘉"], None,
     "6月18日下午，南通经济技术开发区召开街道重点工作推进会",
     ["开发区党工委书记钱文渊出席会议并讲话", "管委会主任陆恒嘉主持会议", "竹行街道党工委书记缪海鸥出席会议", "缪海鸥介绍了",
      "顾岚青汇报了", "中兴街道党工委书记施建东", "办事处主任季雯分别汇报了", "钱文渊强调", "陆恒嘉就各街道半年考核和安全生产大检查作了具体部署"]),
    ("eq04", "南通经济技术开发区“空间再造”和重点项目建设调研", "inspection (调研)", "11月9日", None, "邱启航", [],
     ["钱文渊", "缪海鸥"], ["包丽萍", "缪海鸥", "邱启航"], "南通经济技术开发区",
     "市委副书记邱启航到南通经济技术开发区调研“空间再造”和重点项目建设工作",
     ["市委副书记邱启航到南通经济技术开发区调研", "管委会常务副主任缪海鸥陪同调研", "街道党工委书记包丽萍汇报了", "缪海鸥介绍了", "邱启航指出"]),
    ("eq05", "一季度镇（街道）重点项目现场观摩活动", "site observation (观摩活动)", "3月29日", None, None, ["高新区（新北区）"],
     ["卞文韬", "汤欣然", "蒋东升", "华晓峰"], ["蒋东升", "承志刚", "殷莉"], "薛家镇、三井街道、龙虎塘街道、罗溪镇",
     "3月29日，高新区（新北区）举行一季度镇（街道）重点项目现场观摩活动",
     ["高新区党工委书记卞文韬", "管委会主任汤欣然", "薛家镇党委书记蒋东升", "管委会副主任华晓峰参加观摩", "蒋东升介绍了",
      "街道党工委书记承志刚汇报了", "办事处主任殷莉介绍了"]),
    ("eq05", "点评会", "meeting (点评会)", "3月29日", None, None, [],
     [], ["华晓峰", "卞文韬", "汤欣然"], None,
     "观摩结束后召开点评会",
     ["华晓峰通报了一季度各镇（街道）项目建设考核情况", "卞文韬指出", "汤欣然就二季度项目开工、安全生产和疫情防控工作作了部署"]),
    ("eq06", "常州国家高新区重点产业链和项目建设调研", "inspection (调研)", "5月15日", None, "盛立群", [],
     ["房雅韵", "卞文韬"], ["蒋东升", "恽晓亮", "盛立群", "房雅韵"], "常州国家高新区",
     "市委副书记、市长盛立群到常州国家高新区调研重点产业链和项目建设情况",
     ["市长盛立群到常州国家高新区调研", "副市长房雅韵", "高新区党工委书记卞文韬参加调研", "管委会副主任蒋东升汇报了",
      "薛家镇党委书记恽晓亮介绍了", "盛立群指出", "房雅韵就做好企业服务和安全生产工作作了安排"]),
    ("eq07", "星海街道、沙城街道防台工作检查", "inspection (检查)", "8月3日", None, "叶崇光", [],
     ["林诗远", "周晨曦", "郑亦鸣"], ["林诗远", "郑亦鸣", "叶崇光", "周晨曦"], "星海街道、沙城街道",
     "温州经开区党工委书记叶崇光到星海街道、沙城街道检查防台工作",
     ["温州经开区党工委书记叶崇光到星海街道、沙城街道检查防台工作", "办事处主任郑亦鸣陪同检查", "经开区管委会副主任周晨曦",
      "林诗远汇报了", "郑亦鸣介绍了", "叶崇光强调", "周晨曦就工业企业停产避险和园区排涝工作作了安排"]),
    ("eq08", "温州经开区产业平台建设和街道重点工作调研", "inspection (调研)", "9月23日", None, "谷雨澄", [],
     ["应嘉禾"], ["郑亦鸣", "鲍成龙", "林诗远", "谷雨澄"], "温州经开区",
     "副市长谷雨澄到温州经开区调研产业平台建设和街道重点工作",
     ["副市长谷雨澄到温州经开区调研", "管委会主任应嘉禾陪同调研", "沙城街道党工委书记郑亦鸣汇报了", "街道党工委书记鲍成龙介绍了",
      "组织部部长林诗远介绍了", "谷雨澄指出"]),
    ("eq09", "新明街道安全生产和冬季消防工作检查", "inspection (检查)", "11月17日", None, "毛振邦", [],
     ["戚鸿远", "齐思远", "贝晓东"], [], "新明街道",
     "11月17日，高新区党工委书记、管委会主任毛振邦到新明街道检查安全生产和冬季消防工作",
     ["管委会主任毛振邦到新明街道检查", "新明街道党工委书记戚鸿远", "高新区建设管理局局长齐思远", "办事处主任贝晓东陪同检查"]),
    ("eq09", "座谈会", "meeting (座谈会)", "11月17日", None, None, [],
     [], ["贝晓东", "齐思远", "戚鸿远", "毛振邦"], "新明街道",
     "检查结束后召开座谈会",
     ["贝晓东汇报了", "齐思远介绍了", "戚鸿远表示", "毛振邦强调"]),
    ("eq10", "宁波国家高新区科创平台建设和街道重点工作调研", "inspection (调研)", "12月7日", None, "董宇航", [],
     ["毛振邦", "戚鸿远"], ["毛振邦", "贝晓东", "戚鸿远", "董宇航"], "宁波国家高新区",
     "副市长董宇航到宁波国家高新区调研科创平台建设和街道重点工作",
     ["副市长董宇航到宁波国家高新区调研", "管委会副主任戚鸿远陪同调研", "毛振邦汇报了", "街道党工委书记贝晓东介绍了",
      "戚鸿远汇报了", "董宇航指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("eq01", "徐州新能源汽车零部件产业园二期", "industrial_park", "先后来到徐州新能源汽车零部件产业园二期"),
    ("eq01", "金龙湖东片区安置房建设项目", "housing_project", "金龙湖东片区安置房建设项目和金山桥街道"),
    ("eq02", "徐州新能源汽车零部件产业园二期", "industrial_park", "先后来到徐州新能源汽车零部件产业园二期"),
    ("eq02", "大庙街道集成电路封测基地项目", "project", "大庙街道集成电路封测基地项目和金山桥街道"),
    ("eq02", "金山桥街道城市更新片区", "project", "金山桥街道城市更新片区，察看项目建设"),
    ("eq03", "南通智能装备产业园三期", "industrial_park", "南通智能装备产业园三期征收工作"),
    ("eq03", "小海街道沿江生态廊道工程", "greening_project", "小海街道沿江生态廊道工程和老旧小区改造情况"),
    ("eq04", "南通智能装备产业园三期", "industrial_park", "先后来到南通智能装备产业园三期"),
    ("eq04", "小海街道沿江生态廊道工程", "greening_project", "小海街道沿江生态廊道工程和中兴街道"),
    ("eq04", "中兴街道老旧小区改造项目", "housing_project", "中兴街道老旧小区改造项目，察看项目进度"),
    ("eq05", "常州智能传感器产业园一期", "industrial_park", "先后来到常州智能传感器产业园一期"),
    ("eq05", "智汇数字经济街区", "project", "智汇数字经济街区、新龙湖片区安置房项目"),
    ("eq05", "新龙湖片区安置房项目", "housing_project", "智汇数字经济街区、新龙湖片区安置房项目"),
    ("eq05", "罗溪镇新能源汽车核心部件产业园", "industrial_park", "罗溪镇新能源汽车核心部件产业园，现场听取"),
    ("eq06", "常州智能传感器产业园一期", "industrial_park", "先后来到常州智能传感器产业园一期"),
    ("eq06", "新桥街道高铁新城科创中心", "project", "新桥街道高铁新城科创中心和奔牛镇临空产业园"),
    ("eq06", "奔牛镇临空产业园", "industrial_park", "新桥街道高铁新城科创中心和奔牛镇临空产业园"),
    ("eq07", "星海街道滨海大道排涝泵站工程", "infrastructure_project", "先后来到星海街道滨海大道排涝泵站工程"),
    ("eq07", "沙城街道滨江安置房二期项目", "housing_project", "沙城街道滨江安置房二期项目和一处临时避灾安置点"),
    ("eq08", "沙城街道滨江安置房二期项目", "housing_project", "先后来到沙城街道滨江安置房二期项目"),
    ("eq08", "温州经开区激光与光电产业园", "industrial_park", "温州经开区激光与光电产业园和天河街道"),
    ("eq08", "天河街道城中村改造项目", "housing_project", "天河街道城中村改造项目，察看项目进度"),
    ("eq09", "宁波高新区智能制造产业园二期", "industrial_park", "先后来到宁波高新区智能制造产业园二期施工现场"),
    ("eq09", "新明街道人才公寓建设项目", "housing_project", "新明街道人才公寓建设项目和辖区一处老旧工业厂房"),
    ("eq10", "宁波高新区智能制造产业园二期", "industrial_park", "先后来到宁波高新区智能制造产业园二期"),
    ("eq10", "甬江科创大厦", "project", "甬江科创大厦和梅墟街道未来社区建设项目"),
    ("eq10", "梅墟街道未来社区建设项目", "housing_project", "甬江科创大厦和梅墟街道未来社区建设项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("eq01", "经开区", "development_zone", "standalone", "街道是经开区发展的前沿阵地"),
    ("eq01", "大黄山街道", "sub_district_office", "standalone", "到大黄山街道、金山桥街道调研重点项目建设"),
    ("eq01", "金山桥街道", "sub_district_office", "standalone", "到大黄山街道、金山桥街道调研重点项目建设"),
    ("eq01", "大庙街道", "sub_district_office", "standalone", "戚鸿远就大庙街道与大黄山街道联动推进片区开发"),
    ("eq01", "徐州", "city", "in_project_name", "先后来到徐州新能源汽车零部件产业园二期"),
    ("eq01", "金龙湖东片区", "area", "in_project_name", "金龙湖东片区安置房建设项目和金山桥街道"),
    ("eq02", "徐州经济技术开发区", "development_zone", "standalone", "到徐州经济技术开发区调研产业发展"),
    ("eq02", "经开区", "development_zone", "standalone", "经开区是全市工业经济的主战场"),
    ("eq02", "徐州", "city", "in_project_name", "先后来到徐州新能源汽车零部件产业园二期"),
    ("eq02", "大庙街道", "sub_district_office", "in_project_name", "大庙街道集成电路封测基地项目和金山桥街道"),
    ("eq02", "金山桥街道", "sub_district_office", "standalone", "在金山桥街道，街道党工委书记谈雪松"),
    ("eq03", "南通经济技术开发区", "development_zone", "standalone", "6月18日下午，南通经济技术开发区召开"),
    ("eq03", "小海街道", "sub_district_office", "in_title", "管委会副主任、小海街道党工委书记顾岚青"),
    ("eq03", "竹行街道", "sub_district_office", "standalone", "介绍了竹行街道“空间再造”地块腾退"),
    ("eq03", "中兴街道", "sub_district_office", "in_title", "中兴街道党工委书记施建东"),
    ("eq03", "新开街道", "sub_district_office", "in_title", "新开街道党工委副书记、办事处主任季雯"),
    ("eq03", "南通", "city", "in_project_name", "南通智能装备产业园三期征收工作"),
    ("eq04", "南通经济技术开发区", "development_zone", "standalone", "到南通经济技术开发区调研"),
    ("eq04", "南通", "city", "in_project_name", "先后来到南通智能装备产业园三期"),
    ("eq04", "小海街道", "sub_district_office", "in_project_name", "小海街道沿江生态廊道工程和中兴街道"),
    ("eq04", "中兴街道", "sub_district_office", "in_project_name", "中兴街道老旧小区改造项目，察看项目进度"),
    ("eq04", "竹行街道", "sub_district_office", "standalone", "在竹行街道，街道党工委书记包丽萍"),
    ("eq05", "高新区", "development_zone", "standalone", "3月29日，高新区（新北区）举行"),
    ("eq05", "新北区", "district", "standalone", "3月29日，高新区（新北区）举行"),
    ("eq05", "薛家镇", "town", "standalone", "在薛家镇，蒋东升介绍了"),
    ("eq05", "三井街道", "sub_district_office", "standalone", "在三井街道，街道党工委书记承志刚"),
    ("eq05", "龙虎塘街道", "sub_district_office", "standalone", "在龙虎塘街道，街道党工委副书记"),
    ("eq05", "罗溪镇", "town", "in_project_name", "罗溪镇新能源汽车核心部件产业园，现场听取"),
    ("eq05", "新龙湖片区", "area", "in_project_name", "智汇数字经济街区、新龙湖片区安置房项目"),
    ("eq05", "常州", "city", "in_project_name", "先后来到常州智能传感器产业园一期"),
    ("eq06", "常州国家高新区", "development_zone", "standalone", "到常州国家高新区调研重点产业链"),
    ("eq06", "高新区", "development_zone", "standalone", "高新区是全市创新发展的“领头雁”"),
    ("eq06", "新北区", "district", "in_title", "市委常委，新北区委书记、高新区党工委书记卞文韬"),
    ("eq06", "常州", "city", "in_project_name", "先后来到常州智能传感器产业园一期"),
    ("eq06", "新桥街道", "sub_district_office", "in_project_name", "新桥街道高铁新城科创中心和奔牛镇临空产业园"),
    ("eq06", "高铁新城", "area", "in_project_name", "新桥街道高铁新城科创中心和奔牛镇临空产业园"),
    ("eq06", "奔牛镇", "town", "in_project_name", "新桥街道高铁新城科创中心和奔牛镇临空产业园"),
    ("eq06", "薛家镇", "town", "in_title", "薛家镇党委书记恽晓亮"),
    ("eq07", "龙湾区", "district", "standalone", "经开区和龙湾区要一体作战"),
    ("eq07", "温州经开区", "development_zone", "in_title", _E07Y),
    ("eq07", "经开区", "development_zone", "standalone", "经开区和龙湾区要一体作战"),
    ("eq07", "星海街道", "sub_district_office", "standalone", "到星海街道、沙城街道检查防台工作"),
    ("eq07", "沙城街道", "sub_district_office", "standalone", "到星海街道、沙城街道检查防台工作"),
    ("eq07", "滨海大道", "road", "in_project_name", "先后来到星海街道滨海大道排涝泵站工程"),
    ("eq08", "温州经开区", "development_zone", "standalone", "到温州经开区调研产业平台建设"),
    ("eq08", "龙湾区", "district", "standalone", "龙湾区和温州经开区要深化"),
    ("eq08", "沙城街道", "sub_district_office", "standalone", "在沙城街道，经开区党工委委员"),
    ("eq08", "天河街道", "sub_district_office", "standalone", "在天河街道，街道党工委书记鲍成龙"),
    ("eq08", "经开区", "development_zone", "standalone", "全区（经开区）村社组织换届"),
    ("eq09", "高新区", "development_zone", "standalone", "街道和高新区各部门要压紧压实"),
    ("eq09", "新明街道", "sub_district_office", "standalone", "到新明街道检查安全生产和冬季消防工作"),
    ("eq09", "宁波高新区", "development_zone", "in_project_name", "先后来到宁波高新区智能制造产业园二期施工现场"),
    ("eq10", "宁波国家高新区", "development_zone", "standalone", "到宁波国家高新区调研科创平台建设"),
    ("eq10", "高新区", "development_zone", "standalone", "高新区要聚焦新材料"),
    ("eq10", "宁波高新区", "development_zone", "in_project_name", "先后来到宁波高新区智能制造产业园二期"),
    ("eq10", "甬江", "river", "in_project_name", "甬江科创大厦和梅墟街道未来社区建设项目"),
    ("eq10", "梅墟街道", "sub_district_office", "standalone", "在梅墟街道，街道党工委书记贝晓东"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="eq", conventions="set eq (blind set: development zones run together with streets or towns (区政合一 / 区街一体) in 江苏 (徐州经开区 and its 托管 streets; 南通经开区, written 南通经济技术开发区 and bare 开发区, and its streets; 常州高新区 = 新北区, 区政合一) and 浙江 (温州经开区 with the 龙湾区 streets it 托管; 宁波高新区 and its streets): a chain gives one line per post (党工委 委员 + X街道党工委 书记); a 托管 street takes the zone label, a 区政合一 district's towns and streets the district's; 街道办事处 主任; bare 街道 = the street of the sentence or page; one line per post per article)",
          persons_note="Set eq persons. id = corpus-wide person_id (eq:戚鸿远#1 of 徐州经开区 (江苏) and eq:戚鸿远#2 of 宁波高新区 (浙江) are two people with look-alike posts in 2021; eq:邵景舟 大黄山街道党工委书记 2021 → 徐州经开区管委会副主任 2023; eq:谈雪松 金山桥街道办事处主任 2021 → 街道党工委书记 2023; eq:缪海鸥 竹行街道党工委书记 2020 → 南通经开区党工委副书记、管委会常务副主任 2022; eq:蒋东升 薛家镇党委书记 2022 → 新北区常务副区长、常州高新区管委会副主任 2024; eq:郑亦鸣 沙城街道办事处主任 2020 → 党工委委员、街道党工委书记 2021; eq:林诗远 星海街道党工委书记 2020 → 龙湾区委组织部部长 2021; eq:贝晓东 新明街道办事处主任 2021 → 梅墟街道党工委书记 2023)")


if __name__ == "__main__":
    main()
