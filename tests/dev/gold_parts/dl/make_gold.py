"""Write gold part ``dl`` (a blind set: districts of provincial capitals, their 街道 and 社区, national new areas and
functional zones whose organs carry the district's name or not, district names several cities share, leaders moving
between districts) from the tables below.

Pages ``tests/dev/texts/dl*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: four 四川天府新区 pages (a 省委编办 调研 report ``四川天府新区管委会办公室
常务副主任，天府新区成都党工委书记、管委会主任…陪同调研``; a 天府文创城 调度会 page ``新区成都党工委委员、管委会副主任…主持
会议``, with 籍田街道 and 煎茶街道 named after their 局; an encyclopedia page on the 成都直管区 and the streets it manages;
a 成都发布 weekly digest ``四川天府新区党工委书记…，四川天府新区党工委副书记、管委会主任…``); 武汉经开区（汉南区） pages (the
政府工作报告 page ``信息来源: 武汉经开区管委会(汉南区政府)办公室`` with ``工委(区委)``; a commentary on its leaders
``市委常委、武汉经开区工委书记、汉南区委书记``; a 武汉晚报 电子报 page ``武汉经开区工委社会工作部、沌阳街道工委`` with its
``版面：第11版`` line); a 长江日报 report of the 市委书记's 调研 in 青山区 (``长江日报讯(记者…)``, a 社区 visited by name);
a 长沙市政府 page (``市委副书记、市长、湖南湘江新区党工委书记…，湖南湘江新区党工委委员、管委会副主任…参加调研``) and a 红网
长沙 page (``市委常委、湖南湘江新区党工委副书记、管委会主任…率队调研岳麓区``; 来源 / 作者 / 编辑 lines); a 长沙高新区
东方红街道 page; three 赣江新区 pages (the 组团 授牌 report: 组团 工委 / 管委会 ``增挂牌子`` on 南昌经开区 and on 永修县委 / 县政府;
a 南昌 代市长's visit; a 三地联席会议); the 南昌市西湖区 site (``您现在所在的位置: 首页>走进西湖>西湖大事记``, ``• 发布时间:
… • 来源: … • 作者: • 浏览量: • 字体【 】``, ``区委副书记、区政府区长…主持``); 西安 pages (the 新城区 site's 区政府常务会议
with its 公网安备 footer; a 莲湖区 区委书记 调研 of 西关街道 and a 社区; a 未央区 page; the 西安高新区 托管 镇街 移交 report
``市委常委、高新区党工委书记…``); the 贵阳日报 电子版 (``来源:贵阳日报 2025年01月11日 版次:A01 作者:``) and a 贵安新区 page
(``贵安新区党工委委员、管委会副主任、大学城党工委书记``); the 昆明 五华区 site (``编辑:… 审核:… 终审:…``); a 大竹县 page on a
visit to 成都市成华区 (``成华区委常委、区政府常务副区长``; ``字体:[ 放大 缩小 ] [我要打印] [关闭本页]``); a 合肥 瑶海区 page
(``瑶海区委副书记、区长…主持会议``). Places are real: 四川 成都 (天府新区 with 华阳街道, 正兴街道; 双流区 with 东升街道,
西航港街道), 安徽 合肥 (合肥高新区), 湖北 武汉 (武汉经开区（汉南区） with 纱帽街道, 湘口街道; 青山区 with 红钢城街道), 陕西
西安 (新城区 with 韩森寨街道, 长乐中路街道; 西安高新区 with the 托管 丈八街道, 鱼化寨街道), 湖南 长沙 (湘江新区, 岳麓区 with
梅溪湖街道), 江西 南昌 (西湖区 with 朝阳洲街道, 桃花镇; 赣江新区 with 儒乐湖新城 and the 永修组团 of 九江's 永修县).

Shapes: a new-area portal's 管委会主任 调研 of two 托管 streets, a street secretary, a street 办事处主任 and a 社区党委书记、
居委会主任, bare ``新区`` organs (dl01); a district site's 区委书记 调研 of two streets and two 社区, with the 区长 who came from
the new area and a ``区委常委、区政府常务副区长`` (dl02); a city paper's 第A02版 副市长 调研 of 合肥高新区 (``高新区党工委书记``
bare after the zone is named) (dl03); the site of a zone run with a district (``一套班子、两块牌子``): its 推进会 with the 武汉
``工委`` and a chain naming both organs (``经开区工委副书记、管委会主任，汉南区委副书记、区长``) (dl04); a city paper's 第3版 市长
调研 of 青山区 with the former 汉南区长 now 青山区委书记 and a 社区党委书记 (dl05); a district site of 西安's 新城区 (a name
呼和浩特 has too): 区委书记 调研 of two streets and a 社区, with ``区委常委、区委办主任`` (dl06); a city paper's 第02版 推进会 of
西安高新区 chaired by the former 新城区长 now 管委会主任, 托管 street heads report (dl07); a new-area portal's page (来源 长沙晚报,
作者) of the new area's 管委会主任 调研 in 岳麓区 and the 座谈会 after it (dl08); the 南昌市西湖区 site (西湖区: 杭州 has one too):
the 区长's 调研 of a 街道 and a 镇 (dl09); the 赣江新区 portal: the 管委会主任's 调研 of a 新城 and the 永修组团, the former 西湖区长
now 新区 管委会副主任, a 县委书记 who is the 组团's 党工委书记 (dl10).

Identity cases:
- dl:祁晓岚 moves from a new area to a district: 天府新区党工委委员、管委会副主任 in Aug 2021 (dl01) → 双流区委副书记、区长 in
  May 2023 (dl02).
- dl:阙卫华 moves between districts of one city: 武汉经开区党工委副书记、管委会主任 and 汉南区委副书记、区长 in Mar 2022 (dl04) →
  武汉市青山区委书记 in June 2024 (dl05).
- dl:卜元昊 moves from a district to a zone of one city: 西安市新城区委副书记、区长 in Sept 2022 (dl06) → 西安高新区党工委副书记、
  管委会主任 in Apr 2024 (dl07).
- dl:欧阳文澜 (a two-character surname) moves from a district to a new area: 南昌市西湖区委副书记、区政府区长 in Apr 2022 (dl09)
  → 赣江新区党工委委员、管委会副主任 in Oct 2024 (dl10).
- two different 谌立群 in unrelated places: dl:谌立群#1 is 双流区西航港街道党工委书记 (成都, dl02, 2023); dl:谌立群#2 is 合肥
  高新区管委会副主任 (合肥, dl03, 2022).
- one organ name in several places: bare ``高新区党工委`` / ``管委会`` are 合肥高新区's in dl03 and 西安高新区's in dl07; bare
  ``新区党工委`` / ``管委会`` are 天府新区's (dl01), 湘江新区's (dl08) and 赣江新区's (dl10); bare ``区委`` / ``区长`` are 双流区's,
  汉南区's, 青山区's, 新城区's, 岳麓区's and 西湖区's on their pages; ``市委常委`` is 武汉's (dl04), 西安's (dl07), 长沙's (dl08).
- district names several cities have: 新城区 (西安 here), 西湖区 (南昌 here), 青山区 (武汉 here): prefixed by their city in
  every org.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts ai, bq, ba, av, af where they speak; decided here where they are silent):
- Named new areas take the lexicon's name with no province or city, as part ai does for 西咸新区: ``天府新区党工委`` /
  ``天府新区管委会``, ``湘江新区党工委`` / ``湘江新区管委会``, ``赣江新区党工委`` / ``赣江新区管委会``. DECIDED HERE: the
  long form written with the province (``湖南湘江新区党工委副书记``) folds to the same label (湘江新区党工委); the place is
  annotated as written (``湖南湘江新区``). A bare ``新区党工委`` / ``新区`` on a new area's portal is that new area's.
- A 高新区 takes its city's name without 市 (CONVENTIONS): 合肥高新区 (dl03, bare ``高新区`` after ``合肥高新区``), 西安高新区
  (dl07, bare ``高新区`` in the 西安日报). ``市委常委、高新区党工委书记`` → 西安市委 常委 + 西安高新区党工委 书记.
- DECIDED HERE (as bq's 威海 ``工委`` and bx's ``区工委``): the 武汉 short form ``经开区工委`` is the zone's 党工委:
  ``市委常委、经开区工委书记、汉南区委书记邱景行`` → 武汉市委 常委 + 武汉经开区党工委 书记 + 汉南区委 书记.
- A zone run with a district (``一套班子、两块牌子``, 武汉经开区（汉南区）): one chain gives a line for each organ, as bq's
  江门高新区（江海区）: ``经开区工委副书记、管委会主任，汉南区委副书记、区长`` → four lines. Its streets are the district's own
  (as bq's 江海区): ``汉南区纱帽街道党工委``.
- DECIDED HERE (as bq's 托管 towns): a street entrusted to a zone or a new area (托管; ``各托管街道`` in dl07, the 直管区
  streets in dl01) takes the zone's label: ``华阳街道党工委书记`` → 天府新区华阳街道党工委, ``丈八街道党工委书记`` → 西安高新区
  丈八街道党工委; a street's ``办事处主任`` → …街道办事处 主任.
- A named 社区's ``社区党委书记、居委会主任`` → street label + 社区 + 党委 / 居委会 (as part ba): 天府新区华阳街道安公社区党委
  书记 + 天府新区华阳街道安公社区居委会 主任. ``在八街坊社区，社区党委书记覃若兰`` names its 社区 by the sentence. A 镇:
  ``桃花镇党委书记`` → 南昌市西湖区桃花镇党委 书记.
- District names several cities have are prefixed by their city in every org (CONVENTIONS): 西安市新城区委 / 西安市新城区政府
  (新城区 is also 呼和浩特's), 南昌市西湖区委 / 南昌市西湖区政府 (西湖区 is also 杭州's), 武汉市青山区委 / 武汉市青山区政府 (青山区
  is also 包头's). 双流区, 汉南区, 岳麓区, 永修县 are unique: no prefix.
- ``区政府区长`` / ``区政府常务副区长`` → X区政府 区长 / 常务副区长 (the 区政府 written or not). DECIDED HERE: ``区委办主任`` →
  西安市新城区委办 主任 (a department as written after the place).
- DECIDED HERE (赣江新区 组团): a 组团's 党工委, ``增挂`` on a county's 县委, is new-area label + 组团 name as written + 党工委 (as
  ai labels a 新城 of 西咸新区): ``永修县委书记、赣江新区永修组团党工委书记黎承泰`` → 永修县委 书记 + 赣江新区永修组团党工委 书记
  (two organs, two lines).
- A bare ``市委`` / ``市长`` / ``副市长`` / ``市政府秘书长`` in a city paper or on a district site is that city's (武汉, 合肥, 西安, 长沙).
- One line per post per article.
- Events: a 调研 is an ``inspection`` (leader; 参加 / 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了说明 / 作了安排 /
  作了部署 speakers); the 座谈会 after the 调研 in dl08 is a meeting of its own with its 汇报 / 介绍 speakers, the leader's
  指出 and the host's 表示 after it staying with the 调研 (as ai08); a 推进会 is a meeting (chair 主持, 出席 attendees, 讲话 /
  通报 / 汇报 / 强调 / 要求 speakers).
- Bylines: ``本报讯（记者 …）`` and ``长江日报讯（记者 … 通讯员 …）`` are reporter / correspondent lines; ``作者：`` on a portal
  page copying a paper is an author line; 编辑 / 责任编辑 / 本版编辑 / 审核 / 校对 are editor lines.
- Projects: works named as visited, reported or to be pushed. DECIDED HERE: an ``城市更新项目`` of a 片区 is a ``project``;
  老旧院落 / 老旧小区 / 棚户区 / 城中村 改造 and 安置房 projects are ``housing_project``; 公园 / 江滩 / 湿地 / 河道 生态 works
  ``greening_project``; 路网 / 道路 / 立交 / 再生水厂 works ``infrastructure_project``; 堤防 works ``engineering_work``; 物流园
  ``logistics_hub``; 产业园 (its 一期 / 二期 / 扩区) ``industrial_park``; schools, a 科创中心 and a 机库 ``project``. A 社区
  党群服务中心 and an unnamed 养老服务中心 are no projects.
- Places: one line per name per file, as written (``新城区``, ``西湖区``, ``青山区``, ``高新区``, ``经开区`` bare where the text
  writes them bare); bare ``新区`` is a place (as ai); DECIDED HERE: a district's short name in the body (``双流``, ``汉南``,
  ``青山``, ``合肥``, ``永修``) is a place, a 社区 is kind ``community``, a 片区 / 新城 named inside a project name is kind ``area``,
  a 组团 is kind ``development_zone`` (as ai types a 新城). Site lines, mastheads, 来源 lines, footers, 上一篇 / 下一篇 and
  DECIDED HERE the related-article lists (相关阅读, 相关新闻, 相关文章, 本版其他新闻, 本版导读) are chrome: not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

TF, HF, WJ, XA, XJ, GJ = "天府新区", "合肥高新区", "武汉经开区", "西安高新区", "湘江新区", "赣江新区"
SL, HN, QS, XC, YL, XH = "双流区", "汉南区", "武汉市青山区", "西安市新城区", "岳麓区", "南昌市西湖区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dl01_tianfu.txt": (2021, "发布时间：2021-08-13 17:05", TF, [
        ("裴承远到华阳街道、正兴街道调研社区发展治理和重点项目建设", "8月12日", "2021-08-12", "8月12日，天府新区党工委",
         "new-area portal: the 管委会主任's 调研 of two 直管 streets; 党工委委员、管委会副主任 (祁晓岚); street 党工委书记, 办事处主任, 社区党委书记、居委会主任")]),
    "dl02_shuangliu.txt": (2023, "发布时间：2023-05-19 09:40", SL, [
        ("郦文博到东升街道、西航港街道调研城市更新和社区发展治理工作", "5月18日", "2023-05-18", "5月18日，区委书记郦文博",
         "district site: the 区委书记's 调研 of two streets and two 社区; the 区长 is the former 天府新区 副主任; 谌立群#1")]),
    "dl03_hefei.txt": (2022, "2022年11月09日　星期三", "合肥市", [
        ("卞思源在合肥高新区调研时强调", "11月8日", "2022-11-08", "本报讯（记者 郜雪晴）11月8日",
         "city paper 第A02版: the 副市长's 调研 of 合肥高新区; bare 高新区党工委; 谌立群#2")]),
    "dl04_hannan.txt": (2022, "发布时间：2022-03-24 10:32", WJ, [
        ("经开区（汉南区）召开一季度重点项目建设推进会", "3月23日下午", "2022-03-23", "3月23日下午，经开区（汉南区）召开",
         "zone-and-district site (一套班子、两块牌子): 推进会; 工委 = 党工委; chains naming both organs; street heads report")]),
    "dl05_wuhan.txt": (2024, "2024年6月20日　星期四", QS, [
        ("岑嘉树在青山区调研城市更新和滨江发展时要求", "6月19日", "2024-06-19", "长江日报讯（记者 祝雨桐 通讯员 黎小帆）6月19日",
         "city paper 第3版: the 市长's 调研 of 青山区; the former 汉南区长 now 青山区委书记; a 社区党委书记 and a street secretary")]),
    "dl06_xincheng.txt": (2022, "发布时间：2022-09-07 17:48", XC, [
        ("邰庆和调研韩森寨街道、长乐中路街道老旧小区改造和社区服务工作", "9月6日", "2022-09-06", "9月6日，区委书记邰庆和",
         "district site (西安 新城区): the 区委书记's 调研 of two streets and a 社区; 区委常委、区委办主任; the 区长 卜元昊")]),
    "dl07_xian.txt": (2024, "2024年04月11日　星期四", XA, [
        ("高新区召开城市更新和重点片区建设推进会", "4月10日", "2024-04-10", "本报讯（记者 严若琪）4月10日",
         "city paper 第02版: 西安高新区 推进会 chaired by the former 新城区长, now 管委会主任; 托管 street heads report")]),
    "dl08_xiangjiang.txt": (2023, "发布时间：2023-07-06 09:15", XJ, [
        ("房立坤率队调研岳麓区经济社会发展工作", "7月5日", "2023-07-05", "7月5日，市委常委、湖南湘江新区",
         "new-area portal (来源 长沙晚报): the new area's 管委会主任 调研 in 岳麓区 and the 座谈会; organs of the new area and of the district apart")]),
    "dl09_nanchang_xihu.txt": (2022, "发布时间: 2022-04-22 16:20", XH, [
        ("欧阳文澜调研朝阳洲街道和桃花镇重点项目建设", "4月21日", "2022-04-21", "4月21日，区委副书记、区政府区长",
         "district site (南昌 西湖区): the 区长's 调研 of a 街道 and a 镇 (区委副书记、区政府区长)")]),
    "dl10_ganjiang.txt": (2024, "发布时间：2024-10-17 18:02", GJ, [
        ("符建业到儒乐湖新城和永修组团调研重点项目和防汛工作", "10月16日", "2024-10-16", "10月16日，赣江新区党工委",
         "new-area portal: the 管委会主任's 调研 of a 新城 and a 组团; the former 西湖区长 now 管委会副主任; 永修县委书记 who is the 组团's 党工委书记")]),
}

_D01_QI = "新区党工委委员、管委会副主任祁晓岚"
_D04_QIU = "市委常委、经开区工委书记、汉南区委书记邱景行"
_D04_QUE = "经开区工委副书记、管委会主任，汉南区委副书记、区长阙卫华"
_D04_JIN = "经开区工委委员、管委会副主任，汉南区副区长靳宇航"
_D08_FANG = "市委常委、湖南湘江新区党工委副书记、管委会主任房立坤"
_D10_LI = "永修县委书记、赣江新区永修组团党工委书记黎承泰"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 成都: 天府新区, 双流区
    "dl:裴承远": ("裴承远", "official", TF, [
        ("dl01", f"{TF}党工委", "副书记", "天府新区党工委副书记、管委会主任裴承远", "named in the headline too"),
        ("dl01", f"{TF}管委会", "主任", "天府新区党工委副书记、管委会主任裴承远", None)], []),
    "dl:祁晓岚": ("祁晓岚", "official", "成都市", [
        ("dl01", f"{TF}党工委", "委员", _D01_QI, "2021-08: bare 新区 on the 天府新区 portal (identity case: 双流区长 in 2023, dl02)"),
        ("dl01", f"{TF}管委会", "副主任", _D01_QI, None),
        ("dl02", f"{SL}委", "副书记", "区委副书记、区长祁晓岚", "2023-05: now 双流区委副书记、区长 (bare 区委 on the 双流区 site)"),
        ("dl02", f"{SL}政府", "区长", "区委副书记、区长祁晓岚", None)], []),
    "dl:闵素娟": ("闵素娟", "official", TF, [
        ("dl01", f"{TF}华阳街道安公社区党委", "书记", "在安公社区，社区党委书记、居委会主任闵素娟", "named 社区 of 华阳街道 (a 直管 street)"),
        ("dl01", f"{TF}华阳街道安公社区居委会", "主任", "在安公社区，社区党委书记、居委会主任闵素娟", None)], []),
    "dl:蒲晟涛": ("蒲晟涛", "official", TF, [
        ("dl01", f"{TF}华阳街道党工委", "书记", "华阳街道党工委书记蒲晟涛", "DECIDED HERE: a street managed by the new area takes its label")], []),
    "dl:殷梦琪": ("殷梦琪", "official", TF, [
        ("dl01", f"{TF}正兴街道党工委", "副书记", "在正兴街道，街道党工委副书记、办事处主任殷梦琪", None),
        ("dl01", f"{TF}正兴街道办事处", "主任", "在正兴街道，街道党工委副书记、办事处主任殷梦琪", None)], []),
    "dl:郦文博": ("郦文博", "official", SL, [
        ("dl02", f"{SL}委", "书记", "区委书记郦文博到东升街道", "named in the headline too")], []),
    "dl:晏子骞": ("晏子骞", "official", SL, [
        ("dl02", f"{SL}委", "常委", "区委常委、区政府常务副区长晏子骞", None),
        ("dl02", f"{SL}政府", "常务副区长", "区委常委、区政府常务副区长晏子骞", "区政府 written")], []),
    "dl:雍海涛": ("雍海涛", "official", SL, [
        ("dl02", f"{SL}东升街道党工委", "书记", "在东升街道，街道党工委书记雍海涛", None)], []),
    "dl:甘晓蕾": ("甘晓蕾", "official", SL, [
        ("dl02", f"{SL}东升街道棠湖社区党委", "书记", "棠湖社区党委书记、居委会主任甘晓蕾", None),
        ("dl02", f"{SL}东升街道棠湖社区居委会", "主任", "棠湖社区党委书记、居委会主任甘晓蕾", None)], []),
    "dl:谌立群#1": ("谌立群", "official", SL, [
        ("dl02", f"{SL}西航港街道党工委", "书记", "在西航港街道，街道党工委书记谌立群", "成都 双流区, 2023; not the 谌立群 of 合肥高新区 (dl03)")], []),
    # ---- 合肥
    "dl:卞思源": ("卞思源", "official", "合肥市", [
        ("dl03", "合肥市政府", "副市长", "副市长卞思源到合肥高新区调研", "named in the headline too; bare 副市长 in the 合肥日报")], []),
    "dl:褚明轩": ("褚明轩", "official", HF, [
        ("dl03", f"{HF}党工委", "书记", "高新区党工委书记褚明轩", "bare 高新区 after 合肥高新区 (西安高新区's in dl07)")], []),
    "dl:柯德正": ("柯德正", "official", HF, [
        ("dl03", f"{HF}党工委", "副书记", "党工委副书记、管委会主任柯德正", None),
        ("dl03", f"{HF}管委会", "主任", "党工委副书记、管委会主任柯德正", None)], []),
    "dl:谌立群#2": ("谌立群", "official", HF, [
        ("dl03", f"{HF}管委会", "副主任", "管委会副主任谌立群", "合肥, 2022; not the 谌立群 of 双流区 (dl02)")], []),
    # ---- 武汉: 武汉经开区（汉南区）, 青山区
    "dl:邱景行": ("邱景行", "official", WJ, [
        ("dl04", "武汉市委", "常委", _D04_QIU, None),
        ("dl04", f"{WJ}党工委", "书记", _D04_QIU, "DECIDED HERE: 武汉 经开区工委 = 党工委"),
        ("dl04", f"{HN}委", "书记", _D04_QIU, "一套班子、两块牌子: one chain, both organs")], []),
    "dl:阙卫华": ("阙卫华", "official", "武汉市", [
        ("dl04", f"{WJ}党工委", "副书记", _D04_QUE, "2022-03 (identity case: 青山区委书记 in 2024, dl05)"),
        ("dl04", f"{WJ}管委会", "主任", _D04_QUE, None),
        ("dl04", f"{HN}委", "副书记", _D04_QUE, None),
        ("dl04", f"{HN}政府", "区长", _D04_QUE, None),
        ("dl05", f"{QS}委", "书记", "青山区委书记阙卫华", "2024-06: now 青山区委书记 (青山区 is also 包头's: city prefix)")], []),
    "dl:靳宇航": ("靳宇航", "official", WJ, [
        ("dl04", f"{WJ}党工委", "委员", _D04_JIN, None),
        ("dl04", f"{WJ}管委会", "副主任", _D04_JIN, None),
        ("dl04", f"{HN}政府", "副区长", _D04_JIN, None)], []),
    "dl:官晓鸥": ("官晓鸥", "official", HN, [
        ("dl04", f"{HN}纱帽街道党工委", "书记", "纱帽街道党工委书记官晓鸥", "the district's own street (as bq's 江海区)")], []),
    "dl:宓思远": ("宓思远", "official", HN, [
        ("dl04", f"{HN}湘口街道党工委", "副书记", "湘口街道党工委副书记、办事处主任宓思远", None),
        ("dl04", f"{HN}湘口街道办事处", "主任", "湘口街道党工委副书记、办事处主任宓思远", None)], []),
    "dl:岑嘉树": ("岑嘉树", "official", "武汉市", [
        ("dl05", "武汉市委", "副书记", "市委副书记、市长岑嘉树", "named in the headline too"),
        ("dl05", "武汉市政府", "市长", "市委副书记、市长岑嘉树", None)], []),
    "dl:韦思齐": ("韦思齐", "official", "武汉市", [
        ("dl05", "武汉市政府", "副市长", "副市长韦思齐", None)], []),
    "dl:詹一鸣": ("詹一鸣", "official", "武汉市", [
        ("dl05", "武汉市政府", "秘书长", "市政府秘书长詹一鸣", None)], []),
    "dl:骆致远": ("骆致远", "official", QS, [
        ("dl05", f"{QS}委", "副书记", "区委副书记、区长骆致远", "bare 区委 right after 青山区委书记"),
        ("dl05", f"{QS}政府", "区长", "区委副书记、区长骆致远", None)], []),
    "dl:覃若兰": ("覃若兰", "official", QS, [
        ("dl05", f"{QS}红钢城街道八街坊社区党委", "书记", "在八街坊社区，社区党委书记覃若兰", "the 社区 named by the sentence")], []),
    "dl:牟一鸣": ("牟一鸣", "official", QS, [
        ("dl05", f"{QS}红钢城街道党工委", "书记", "红钢城街道党工委书记牟一鸣", None)], []),
    # ---- 西安: 新城区, 西安高新区
    "dl:邰庆和": ("邰庆和", "official", XC, [
        ("dl06", f"{XC}委", "书记", "区委书记邰庆和深入韩森寨街道", "named in the headline too; 新城区 is also 呼和浩特's: city prefix")], []),
    "dl:卜元昊": ("卜元昊", "official", "西安市", [
        ("dl06", f"{XC}委", "副书记", "区委副书记、区长卜元昊", "2022-09 (identity case: 西安高新区管委会主任 in 2024, dl07)"),
        ("dl06", f"{XC}政府", "区长", "区委副书记、区长卜元昊", None),
        ("dl07", f"{XA}党工委", "副书记", "高新区党工委副书记、管委会主任卜元昊", "2024-04: now 西安高新区 (bare 高新区 in the 西安日报); named in the headline too"),
        ("dl07", f"{XA}管委会", "主任", "高新区党工委副书记、管委会主任卜元昊", None)], []),
    "dl:童芸": ("童芸", "official", XC, [
        ("dl06", f"{XC}委", "常委", "区委常委、区委办主任童芸", None),
        ("dl06", f"{XC}委办", "主任", "区委常委、区委办主任童芸", "DECIDED HERE: 区委办 as written after the place")], []),
    "dl:阚志诚": ("阚志诚", "official", XC, [
        ("dl06", f"{XC}韩森寨街道党工委", "书记", "韩森寨街道党工委书记阚志诚", None)], []),
    "dl:庞秀云": ("庞秀云", "official", XC, [
        ("dl06", f"{XC}长乐中路街道康乐社区党委", "书记", "康乐社区党委书记、居委会主任庞秀云", "康乐社区 of 长乐中路街道 (named together earlier)"),
        ("dl06", f"{XC}长乐中路街道康乐社区居委会", "主任", "康乐社区党委书记、居委会主任庞秀云", None)], []),
    "dl:瞿怀德": ("瞿怀德", "official", XA, [
        ("dl07", "西安市委", "常委", "市委常委、高新区党工委书记瞿怀德", "named in the headline too"),
        ("dl07", f"{XA}党工委", "书记", "市委常委、高新区党工委书记瞿怀德", None)], []),
    "dl:漆文博": ("漆文博", "official", XA, [
        ("dl07", f"{XA}党工委", "委员", "高新区党工委委员、管委会副主任漆文博", None),
        ("dl07", f"{XA}管委会", "副主任", "高新区党工委委员、管委会副主任漆文博", None)], []),
    "dl:贺岚": ("贺岚", "official", XA, [
        ("dl07", f"{XA}丈八街道党工委", "书记", "丈八街道党工委书记贺岚", "DECIDED HERE: a 托管 street takes the zone label (as bq)")], []),
    "dl:尉迟峰": ("尉迟峰", "official", XA, [
        ("dl07", f"{XA}鱼化寨街道党工委", "副书记", "鱼化寨街道党工委副书记、办事处主任尉迟峰", "a two-character surname"),
        ("dl07", f"{XA}鱼化寨街道办事处", "主任", "鱼化寨街道党工委副书记、办事处主任尉迟峰", None)], []),
    # ---- 长沙: 湘江新区, 岳麓区
    "dl:房立坤": ("房立坤", "official", XJ, [
        ("dl08", "长沙市委", "常委", _D08_FANG, "named in the headline too"),
        ("dl08", f"{XJ}党工委", "副书记", _D08_FANG, "DECIDED HERE: 湖南湘江新区 → 湘江新区 (the lexicon's name)"),
        ("dl08", f"{XJ}管委会", "主任", _D08_FANG, None)], []),
    "dl:霍晓彤": ("霍晓彤", "official", XJ, [
        ("dl08", f"{XJ}党工委", "委员", "新区党工委委员、管委会副主任霍晓彤", "bare 新区 on the 湘江新区 portal"),
        ("dl08", f"{XJ}管委会", "副主任", "新区党工委委员、管委会副主任霍晓彤", None)], []),
    "dl:栾正扬": ("栾正扬", "official", YL, [
        ("dl08", f"{YL}委", "书记", "岳麓区委书记栾正扬", None)], []),
    "dl:尚文彬": ("尚文彬", "official", YL, [
        ("dl08", f"{YL}委", "副书记", "区委副书记、区长尚文彬", "bare 区委 right after 岳麓区委书记"),
        ("dl08", f"{YL}政府", "区长", "区委副书记、区长尚文彬", None)], []),
    "dl:戈文涛": ("戈文涛", "official", YL, [
        ("dl08", f"{YL}梅溪湖街道党工委", "书记", "在梅溪湖街道，街道党工委书记戈文涛", None)], []),
    # ---- 南昌: 西湖区, 赣江新区
    "dl:欧阳文澜": ("欧阳文澜", "official", "南昌市", [
        ("dl09", f"{XH}委", "副书记", "区委副书记、区政府区长欧阳文澜", "2022-04: 西湖区 is also 杭州's: city prefix (identity case: 赣江新区 in 2024, dl10)"),
        ("dl09", f"{XH}政府", "区长", "区委副书记、区政府区长欧阳文澜", None),
        ("dl10", f"{GJ}党工委", "委员", "新区党工委委员、管委会副主任欧阳文澜", "2024-10: now in 赣江新区 (bare 新区 on its portal)"),
        ("dl10", f"{GJ}管委会", "副主任", "新区党工委委员、管委会副主任欧阳文澜", None)], []),
    "dl:钱颂禹": ("钱颂禹", "official", XH, [
        ("dl09", f"{XH}委", "常委", "区委常委、常务副区长钱颂禹", None),
        ("dl09", f"{XH}政府", "常务副区长", "区委常委、常务副区长钱颂禹", None)], []),
    "dl:芮秋实": ("芮秋实", "official", XH, [
        ("dl09", f"{XH}朝阳洲街道党工委", "书记", "朝阳洲街道党工委书记芮秋实", None)], []),
    "dl:桂志军": ("桂志军", "official", XH, [
        ("dl09", f"{XH}桃花镇党委", "书记", "桃花镇党委书记桂志军", None)], []),
    "dl:符建业": ("符建业", "official", GJ, [
        ("dl10", f"{GJ}党工委", "副书记", "赣江新区党工委副书记、管委会主任符建业", "named in the headline too"),
        ("dl10", f"{GJ}管委会", "主任", "赣江新区党工委副书记、管委会主任符建业", None)], []),
    "dl:黎承泰": ("黎承泰", "official", "永修县", [
        ("dl10", "永修县委", "书记", _D10_LI, None),
        ("dl10", f"{GJ}永修组团党工委", "书记", _D10_LI, "DECIDED HERE: the 组团's 党工委 (增挂 on the 县委) = new-area label + 组团 + 党工委")], []),
    "dl:龙静怡": ("龙静怡", "official", "永修县", [
        ("dl10", "永修县委", "副书记", "永修县委副书记、县长龙静怡", None),
        ("dl10", "永修县政府", "县长", "永修县委副书记、县长龙静怡", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dl01", "乔一帆", "责任编辑", "editor", "责任编辑：乔一帆"),
    ("dl02", "柯语桐", "责任编辑", "editor", "（责任编辑：柯语桐）"),
    ("dl03", "郜雪晴", "记者", "reporter", "本报讯（记者 郜雪晴）"),
    ("dl03", "汤晓敏", "本版编辑", "editor", "（本版编辑：汤晓敏　校对：吕涵）"),
    ("dl03", "吕涵", "校对", "editor", "（本版编辑：汤晓敏　校对：吕涵）"),
    ("dl04", "卢思淼", "编辑", "editor", "编辑：卢思淼"),
    ("dl04", "费文彬", "审核", "editor", "审核：费文彬"),
    ("dl05", "祝雨桐", "记者", "reporter", "长江日报讯（记者 祝雨桐 通讯员 黎小帆）"),
    ("dl05", "黎小帆", "通讯员", "correspondent", "长江日报讯（记者 祝雨桐 通讯员 黎小帆）"),
    ("dl05", "聂雨帆", "本版编辑", "editor", "（本版编辑：聂雨帆）"),
    ("dl06", "温佳宁", "编辑", "editor", "编辑：温佳宁"),
    ("dl06", "石秋实", "审核", "editor", "审核：石秋实"),
    ("dl07", "严若琪", "记者", "reporter", "本报讯（记者 严若琪）"),
    ("dl07", "郝梦舟", "责任编辑", "editor", "（责任编辑：郝梦舟）"),
    ("dl08", "林可欣", "作者", "author", "作者：林可欣"),
    ("dl08", "钟予安", "编辑", "editor", "编辑：钟予安"),
    ("dl10", "施晗雪", "责任编辑", "editor", "责任编辑：施晗雪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("dl01", "华阳街道、正兴街道社区发展治理和重点项目建设调研", "inspection (调研)", "8月12日", None, "裴承远", [],
     ["祁晓岚"], ["闵素娟", "蒲晟涛", "殷梦琪", "祁晓岚", "裴承远"], "华阳街道、正兴街道",
     "天府新区党工委副书记、管委会主任裴承远到华阳街道、正兴街道，调研社区发展治理和重点项目建设工作",
     ["管委会主任裴承远到华阳街道、正兴街道", "管委会副主任祁晓岚，新区社区治理和社事局", "居委会主任闵素娟介绍了", "蒲晟涛汇报了",
      "办事处主任殷梦琪介绍了", "祁晓岚就项目资金保障作了说明", "裴承远指出", "蒲晟涛表示"]),
    ("dl02", "东升街道、西航港街道城市更新和社区发展治理调研", "inspection (调研)", "5月18日", None, "郦文博", [],
     ["祁晓岚", "晏子骞"], ["雍海涛", "甘晓蕾", "谌立群", "郦文博", "祁晓岚", "晏子骞"], "东升街道、西航港街道",
     "区委书记郦文博到东升街道、西航港街道，调研城市更新和社区发展治理工作",
     ["区委书记郦文博到东升街道、西航港街道", "区长祁晓岚，区委常委、区政府常务副区长晏子骞", "雍海涛汇报了", "甘晓蕾介绍了",
      "谌立群介绍了", "郦文博指出", "祁晓岚表示", "晏子骞就项目要素保障和安全生产作了具体安排"]),
    ("dl03", "合肥高新区科技创新和重点产业项目建设调研", "inspection (调研)", "11月8日", None, "卞思源", [],
     ["褚明轩", "柯德正", "谌立群"], ["柯德正", "谌立群", "卞思源", "褚明轩"], "合肥高新区",
     "副市长卞思源到合肥高新区调研科技创新和重点产业项目建设情况",
     ["副市长卞思源到合肥高新区调研", "管委会副主任谌立群陪同调研", "柯德正汇报了", "谌立群介绍了", "卞思源指出", "褚明轩表示"]),
    ("dl04", "一季度重点项目建设推进会", "meeting (推进会)", "3月23日下午", "阙卫华", None, ["武汉经开区（汉南区）"],
     ["邱景行"], ["邱景行", "靳宇航", "官晓鸥", "宓思远", "阙卫华"], None,
     "3月23日下午，经开区（汉南区）召开一季度重点项目建设推进会",
     ["汉南区委书记邱景行出席会议并讲话", "区长阙卫华主持会议", "汉南区副区长靳宇航通报了", "官晓鸥汇报了", "宓思远汇报了",
      "邱景行强调", "阙卫华要求"]),
    ("dl05", "青山区城市更新和滨江发展调研", "inspection (调研)", "6月19日", None, "岑嘉树", [],
     ["韦思齐", "詹一鸣", "阙卫华", "骆致远"], ["覃若兰", "牟一鸣", "阙卫华", "岑嘉树", "韦思齐", "骆致远"], "青山区",
     "市委副书记、市长岑嘉树到青山区调研城市更新和滨江发展工作",
     ["市长岑嘉树到青山区调研", "副市长韦思齐，市政府秘书长詹一鸣参加调研", "青山区委书记阙卫华，区委副书记、区长骆致远陪同",
      "覃若兰介绍了", "牟一鸣汇报了", "阙卫华介绍了", "岑嘉树指出", "韦思齐就城市更新项目资金平衡", "骆致远表示"]),
    ("dl06", "韩森寨街道、长乐中路街道老旧小区改造和社区服务调研", "inspection (调研)", "9月6日", None, "邰庆和", [],
     ["卜元昊", "童芸"], ["阚志诚", "庞秀云", "邰庆和", "卜元昊"], "韩森寨街道、长乐中路街道",
     "区委书记邰庆和深入韩森寨街道、长乐中路街道，调研老旧小区改造和社区服务工作",
     ["区委书记邰庆和深入韩森寨街道", "区长卜元昊，区委常委、区委办主任童芸参加调研", "阚志诚汇报了", "庞秀云介绍了", "邰庆和指出",
      "卜元昊要求"]),
    ("dl07", "城市更新和重点片区建设推进会", "meeting (推进会)", "4月10日", "卜元昊", None, ["西安高新区"],
     ["瞿怀德"], ["瞿怀德", "漆文博", "贺岚", "尉迟峰", "卜元昊"], None,
     "4月10日，高新区召开城市更新和重点片区建设推进会",
     ["高新区党工委书记瞿怀德出席会议并讲话", "管委会主任卜元昊主持会议", "管委会副主任漆文博通报了", "贺岚汇报了", "尉迟峰汇报了",
      "瞿怀德强调", "卜元昊要求"]),
    ("dl08", "岳麓区经济社会发展调研", "inspection (调研)", "7月5日", None, "房立坤", [],
     ["霍晓彤", "栾正扬", "尚文彬"], ["戈文涛", "房立坤", "栾正扬"], "岳麓区",
     "管委会主任房立坤率队调研岳麓区经济社会发展工作",
     ["管委会主任房立坤率队调研岳麓区", "管委会副主任霍晓彤，岳麓区委书记栾正扬，区委副书记、区长尚文彬参加调研", "戈文涛汇报了",
      "房立坤指出", "栾正扬表示"]),
    ("dl08", "座谈会", "meeting (座谈会)", "7月5日", None, None, [],
     [], ["尚文彬", "霍晓彤"], None,
     "在随后召开的座谈会上，尚文彬汇报了岳麓区上半年经济运行情况",
     ["尚文彬汇报了", "霍晓彤介绍了"]),
    ("dl09", "朝阳洲街道和桃花镇重点项目建设调研", "inspection (调研)", "4月21日", None, "欧阳文澜", [],
     ["钱颂禹"], ["芮秋实", "桂志军", "欧阳文澜", "钱颂禹"], "朝阳洲街道、桃花镇",
     "区委副书记、区政府区长欧阳文澜深入朝阳洲街道、桃花镇，调研重点项目建设和疫情防控工作",
     ["区长欧阳文澜深入朝阳洲街道、桃花镇", "常务副区长钱颂禹，区政府办", "芮秋实汇报了", "桂志军介绍了", "欧阳文澜指出",
      "钱颂禹就项目用地保障和施工安全作了部署"]),
    ("dl10", "儒乐湖新城和永修组团重点项目和防汛调研", "inspection (调研)", "10月16日", None, "符建业", [],
     ["欧阳文澜", "黎承泰", "龙静怡"], ["欧阳文澜", "黎承泰", "龙静怡", "符建业"], "儒乐湖新城、永修组团",
     "赣江新区党工委副书记、管委会主任符建业到儒乐湖新城和永修组团，调研重点项目建设和秋冬季防汛工作",
     ["管委会主任符建业到儒乐湖新城和永修组团", "管委会副主任欧阳文澜参加调研", "县长龙静怡陪同调研", "欧阳文澜介绍了",
      "黎承泰汇报了", "龙静怡介绍了", "符建业指出", "欧阳文澜表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dl01", "正兴九年一贯制学校建设项目", "project", "正兴九年一贯制学校建设项目和鹿溪河生态区提升工程现场"),
    ("dl01", "鹿溪河生态区提升工程", "greening_project", "正兴九年一贯制学校建设项目和鹿溪河生态区提升工程现场"),
    ("dl01", "安公社区老旧院落改造项目", "housing_project", "汇报了安公社区老旧院落改造项目"),
    ("dl02", "棠湖片区城市更新项目", "project", "棠湖片区城市更新项目现场"),
    ("dl02", "西航港街道老旧小区改造项目", "housing_project", "介绍了西航港街道老旧小区改造项目"),
    ("dl02", "空港中央公园二期", "greening_project", "空港中央公园二期周边配套情况"),
    ("dl03", "柏堰湖数字经济产业园一期", "industrial_park", "先后来到柏堰湖数字经济产业园一期"),
    ("dl03", "高新区量子信息科创中心", "project", "高新区量子信息科创中心和云飞路配套路网工程现场"),
    ("dl03", "云飞路配套路网工程", "infrastructure_project", "高新区量子信息科创中心和云飞路配套路网工程现场"),
    ("dl04", "纱帽新城滨江公园二期", "greening_project", "汇报了纱帽新城滨江公园二期征地拆迁"),
    ("dl04", "汉南通用航空产业园机库项目", "project", "汉南通用航空产业园机库项目推进情况"),
    ("dl04", "湘口智能网联汽车零部件产业园", "industrial_park", "汇报了湘口智能网联汽车零部件产业园的土地平整"),
    ("dl05", "红钢城八街坊片区城市更新项目", "project", "红钢城八街坊片区城市更新项目、青山江滩三期"),
    ("dl05", "青山江滩三期", "greening_project", "红钢城八街坊片区城市更新项目、青山江滩三期"),
    ("dl05", "青山滨江商务区配套道路工程", "infrastructure_project", "青山滨江商务区配套道路工程现场"),
    ("dl06", "韩森寨片区老旧小区改造项目", "housing_project", "先后来到韩森寨片区老旧小区改造项目"),
    ("dl06", "东二环幸福路口立交改造工程", "infrastructure_project", "东二环幸福路口立交改造工程"),
    ("dl07", "丈八片区城中村改造项目", "housing_project", "汇报了丈八片区城中村改造项目"),
    ("dl07", "鱼化寨城中村改造安置房项目", "housing_project", "汇报了鱼化寨城中村改造安置房项目"),
    ("dl07", "科创大道配套路网工程", "infrastructure_project", "加快推进科创大道配套路网工程"),
    ("dl08", "梅溪湖二期片区配套学校项目", "project", "先后来到梅溪湖二期片区配套学校项目"),
    ("dl08", "洋湖湿地公园提质改造工程", "greening_project", "洋湖湿地公园提质改造工程和洋湖再生水厂三期现场"),
    ("dl08", "洋湖再生水厂三期", "infrastructure_project", "洋湖湿地公园提质改造工程和洋湖再生水厂三期现场"),
    ("dl09", "朝阳新城滨江片区棚户区改造项目", "housing_project", "先后来到朝阳新城滨江片区棚户区改造项目"),
    ("dl09", "桃花镇产业孵化园二期", "industrial_park", "桃花镇产业孵化园二期和抚河故道生态修复工程现场"),
    ("dl09", "抚河故道生态修复工程", "greening_project", "桃花镇产业孵化园二期和抚河故道生态修复工程现场"),
    ("dl10", "儒乐湖新城智慧物流园一期", "logistics_hub", "察看了儒乐湖新城智慧物流园一期建设现场"),
    ("dl10", "永修组团有机硅新材料产业园扩区工程", "industrial_park", "永修组团有机硅新材料产业园扩区工程和修河永修段堤防加固工程现场"),
    ("dl10", "修河永修段堤防加固工程", "engineering_work", "永修组团有机硅新材料产业园扩区工程和修河永修段堤防加固工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dl01", "天府新区", "development_zone", "in_title", "天府新区党工委副书记、管委会主任裴承远"),
    ("dl01", "新区", "development_zone", "standalone", "新区各部门要下沉一线"),
    ("dl01", "华阳街道", "sub_district_office", "standalone", "到华阳街道、正兴街道，调研社区发展治理"),
    ("dl01", "正兴街道", "sub_district_office", "standalone", "到华阳街道、正兴街道，调研社区发展治理"),
    ("dl01", "安公社区", "community", "standalone", "先后来到华阳街道安公社区"),
    ("dl01", "鹿溪河", "river", "in_project_name", "正兴九年一贯制学校建设项目和鹿溪河生态区提升工程现场"),
    ("dl01", "正兴", "town", "in_project_name", "正兴九年一贯制学校建设项目和鹿溪河生态区提升工程现场"),
    ("dl02", "东升街道", "sub_district_office", "standalone", "区委书记郦文博到东升街道、西航港街道"),
    ("dl02", "西航港街道", "sub_district_office", "standalone", "区委书记郦文博到东升街道、西航港街道"),
    ("dl02", "棠湖社区", "community", "standalone", "先后来到东升街道棠湖社区"),
    ("dl02", "棠湖片区", "area", "in_project_name", "棠湖片区城市更新项目现场"),
    ("dl02", "航都社区", "community", "standalone", "西航港街道航都社区党群服务中心"),
    ("dl02", "空港中央公园", "park", "in_project_name", "空港中央公园二期周边配套情况"),
    ("dl02", "双流", "district", "standalone", "城市更新是双流建设公园城市示范区空港表达的重要抓手"),
    ("dl03", "合肥高新区", "development_zone", "standalone", "副市长卞思源到合肥高新区调研"),
    ("dl03", "高新区", "development_zone", "standalone", "高新区是合肥科技创新的主阵地"),
    ("dl03", "合肥", "city", "standalone", "高新区是合肥科技创新的主阵地"),
    ("dl03", "柏堰湖", "lake", "in_project_name", "先后来到柏堰湖数字经济产业园一期"),
    ("dl03", "云飞路", "road", "in_project_name", "高新区量子信息科创中心和云飞路配套路网工程现场"),
    ("dl04", "经开区", "development_zone", "standalone", "3月23日下午，经开区（汉南区）召开"),
    ("dl04", "汉南区", "district", "standalone", "3月23日下午，经开区（汉南区）召开"),
    ("dl04", "汉南", "district", "standalone", "把开发区的产业优势和汉南的空间优势结合起来"),
    ("dl04", "纱帽街道", "sub_district_office", "in_title", "纱帽街道党工委书记官晓鸥"),
    ("dl04", "湘口街道", "sub_district_office", "in_title", "湘口街道党工委副书记、办事处主任宓思远"),
    ("dl04", "纱帽新城", "area", "in_project_name", "汇报了纱帽新城滨江公园二期征地拆迁"),
    ("dl04", "湘口", "sub_district_office", "in_project_name", "汇报了湘口智能网联汽车零部件产业园的土地平整"),
    ("dl05", "青山区", "district", "standalone", "市长岑嘉树到青山区调研城市更新"),
    ("dl05", "青山", "district", "standalone", "青山是伴随共和国钢铁工业成长起来的城区"),
    ("dl05", "红钢城街道", "sub_district_office", "standalone", "先后来到红钢城街道八街坊社区"),
    ("dl05", "八街坊社区", "community", "standalone", "先后来到红钢城街道八街坊社区"),
    ("dl05", "八街坊片区", "area", "in_project_name", "汇报了八街坊片区城市更新项目"),
    ("dl05", "青山江滩", "park", "in_project_name", "红钢城八街坊片区城市更新项目、青山江滩三期"),
    ("dl05", "青山滨江商务区", "area", "in_project_name", "青山滨江商务区配套道路工程现场"),
    ("dl05", "滨江商务区", "area", "standalone", "建设滨江商务区的总体思路"),
    ("dl06", "韩森寨街道", "sub_district_office", "standalone", "区委书记邰庆和深入韩森寨街道、长乐中路街道"),
    ("dl06", "长乐中路街道", "sub_district_office", "standalone", "区委书记邰庆和深入韩森寨街道、长乐中路街道"),
    ("dl06", "康乐社区", "community", "standalone", "长乐中路街道康乐社区"),
    ("dl06", "韩森寨片区", "area", "in_project_name", "先后来到韩森寨片区老旧小区改造项目"),
    ("dl06", "东二环", "road", "in_project_name", "东二环幸福路口立交改造工程"),
    ("dl06", "幸福路", "road", "in_project_name", "东二环幸福路口立交改造工程"),
    ("dl06", "新城区", "district", "standalone", "确保新城区今年的改造任务年底前全面完工"),
    ("dl07", "高新区", "development_zone", "standalone", "4月10日，高新区召开城市更新和重点片区建设推进会"),
    ("dl07", "丈八街道", "sub_district_office", "in_title", "丈八街道党工委书记贺岚"),
    ("dl07", "鱼化寨街道", "sub_district_office", "in_title", "鱼化寨街道党工委副书记、办事处主任尉迟峰"),
    ("dl07", "丈八片区", "area", "in_project_name", "汇报了丈八片区城中村改造项目"),
    ("dl07", "鱼化寨", "area", "in_project_name", "汇报了鱼化寨城中村改造安置房项目"),
    ("dl07", "科创大道", "road", "in_project_name", "加快推进科创大道配套路网工程"),
    ("dl08", "湖南湘江新区", "development_zone", "in_title", _D08_FANG),
    ("dl08", "湘江新区", "development_zone", "standalone", "岳麓区是湘江新区的核心区和主战场"),
    ("dl08", "新区", "development_zone", "standalone", "新区和岳麓区要同频共振"),
    ("dl08", "岳麓区", "district", "standalone", "率队调研岳麓区经济社会发展工作"),
    ("dl08", "梅溪湖街道", "sub_district_office", "standalone", "在梅溪湖街道，街道党工委书记戈文涛"),
    ("dl08", "梅溪湖", "area", "in_project_name", "先后来到梅溪湖二期片区配套学校项目"),
    ("dl08", "洋湖湿地公园", "park", "in_project_name", "洋湖湿地公园提质改造工程和洋湖再生水厂三期现场"),
    ("dl08", "洋湖", "area", "in_project_name", "洋湖湿地公园提质改造工程和洋湖再生水厂三期现场"),
    ("dl08", "湘江", "river", "standalone", "守护好湘江西岸的生态本底"),
    ("dl09", "朝阳洲街道", "sub_district_office", "standalone", "深入朝阳洲街道、桃花镇"),
    ("dl09", "桃花镇", "town", "standalone", "深入朝阳洲街道、桃花镇"),
    ("dl09", "朝阳新城", "area", "in_project_name", "先后来到朝阳新城滨江片区棚户区改造项目"),
    ("dl09", "抚河", "river", "in_project_name", "桃花镇产业孵化园二期和抚河故道生态修复工程现场"),
    ("dl09", "西湖区", "district", "standalone", "项目建设是西湖区稳增长的“压舱石”"),
    ("dl10", "赣江新区", "development_zone", "in_title", "赣江新区党工委副书记、管委会主任符建业"),
    ("dl10", "新区", "development_zone", "standalone", "永修组团是新区有机硅新材料产业的主要承载地"),
    ("dl10", "儒乐湖新城", "development_zone", "standalone", "在儒乐湖新城，符建业察看了"),
    ("dl10", "永修组团", "development_zone", "standalone", "在永修组团，永修县委书记"),
    ("dl10", "永修县", "county", "in_title", _D10_LI),
    ("dl10", "修河", "river", "in_project_name", "永修组团有机硅新材料产业园扩区工程和修河永修段堤防加固工程现场"),
    ("dl10", "永修", "county", "in_project_name", "修河永修段堤防加固工程现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dl", conventions="set dl (blind set: districts of provincial capitals and their 街道 and 社区, national new areas (天府新区, 湘江新区, 赣江新区 with a 新城 and a 组团) and zones (合肥高新区, 西安高新区, 武汉经开区（汉南区） run with its district): named new areas take the lexicon's name (湖南湘江新区 → 湘江新区); a zone's 高新区 takes its city; 武汉 经开区工委 = 党工委; a chain of a zone run with a district gives a line for each organ; 托管 streets take the zone's label, the district's own streets the district's; named 社区 → street label + 社区 + 党委 / 居委会; district names several cities have (新城区, 西湖区, 青山区) prefixed by their city; a 组团's 党工委 = new-area label + 组团 + 党工委; related-article lists are chrome; one line per post per article)",
          persons_note="Set dl persons. id = corpus-wide person_id (dl:谌立群#1 of 双流区 (成都) and dl:谌立群#2 of 合肥高新区 are two people; dl:祁晓岚 天府新区党工委委员、管委会副主任 2021 → 双流区委副书记、区长 2023; dl:阙卫华 武汉经开区管委会主任 / 汉南区长 2022 → 武汉市青山区委书记 2024; dl:卜元昊 西安市新城区长 2022 → 西安高新区管委会主任 2024; dl:欧阳文澜 南昌市西湖区长 2022 → 赣江新区党工委委员、管委会副主任 2024)")


if __name__ == "__main__":
    main()
