"""Write gold part ``fd`` (a blind set: development zones named after places inside their cities — 综合保税区, 临空经济区,
临空经济示范区, 东部新区, 国际港务区 — in 江苏, 湖北, 山东, 四川 and 陕西) from the tables below.

Pages ``tests/dev/texts/fd*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 鄂州市临空经济区 site (``欢迎访问鄂州市临空经济区网站！``, ``来源：
发布时间：``, ``临空经济区管委会主任…主持召开主任办公会议``, ``区经发局``, ``区党工委``, footer ``主办单位：湖北省鄂州市临空经济区
管理委员会 … 鄂公网安备 … 鄂ICP备 … 网站标识码``); a 湖北广电 page (``市临空经济区党工委副书记、管委会主任``, ``一区四园``); the
云上大冶 pages of the 黄石临空经济区·还地桥镇 (``区镇一体化``, ``大冶市委常委、黄石临空经济区管理委员会主任``; ``©原创 … 大冶市
融媒体中心``, ``云上大冶报道（记者 …）``, ``责编丨 编审丨 总编审丨``); the 通州湾示范区 page on the 南通 site (``发布时间：… 来源：
字号：[大][中][小] 打印``, ``示范区党工委副书记、管委会主任``) and a 南通日报 digital page on the 南通 开发园区 and its one 综合保税区;
the 启东日报 edition (``第一版:要闻``, ``上一期 下一期``); a 长兴岛 site page on a 综合保税区 (``时间：… 作者：… 来源：党群工作部 点击：
字号： 打印本页``, ``区党工委书记、管委会主任…主持召开专题会议``); the 航空港实验区 综保区 督导 page (索引号 block); a 湛江 综保区 调研 page
(``市政协副主席、市商务局局长``); the 宜昌 pages (``宜昌高新区党工委书记、管委会主任…陪同视察``, ``副市长汪…`` who had led the 高新区,
the 三峡日报 ``第A1版:头版``, ``三峡日报讯（记者…、通讯员…）``, ``宜昌综保区``, 白洋工业园, 白洋港); a 齐鲁网 page on the 胶州
临空经济示范区 and a 科技日报 page on the 青岛胶东临空经济示范区 总体方案; an 日照空港经济开发区 visit (``工委书记、管委会主任…带队``);
the 顺义 临空经济核心区 page (``核心区工委副书记、管委会副主任``); 成都东部新区 pages (``成都市委常委、副市长、东部新区党工委书记``,
天府国际空港综合保税区, 空港新城, 三岔湖); the 西安国际港务区 pages (``西安市人民政府副市长、西安国际港务区党工委书记…，国际港务区管委会
主任…陪同调研``; ``国际港务区党工委书记、管委会主任``; 西安综合保税区, 西安铁路集装箱中心站); the 宜昌 and 宝鸡 papers' 版 lines.
Places are real: 江苏 南通 (南通综合保税区, 南通经开区), 湖北 宜昌 (宜昌高新区, 宜昌综合保税区), 湖北 鄂州 (鄂州临空经济区, 燕矶镇), 湖北
黄石 / 大冶 (黄石临空经济区, 还地桥镇), 山东 青岛 / 胶州 (青岛胶东临空经济示范区), 四川 成都 (成都东部新区), 陕西 西安 (西安国际港务区,
西安综合保税区).

Shapes: a 综保区 site page of a 推进会 (zone 党工委书记、管委会主任 主持; 经发局 and 招商局 heads report; bare 综保区 organs) (fd01); a
city paper's A2 版 with a 标题导航 list, the 市长's 调研 of the 经开区 and the 综保区 (fd02); a 高新区 site page of a 综保区 签约仪式 with a
three-organ chain ``高新区党工委委员、管委会副主任，综保区管委会主任`` (fd03); the city paper's A1 of the 市委书记's 调研 with a
``副市长、宜昌高新区党工委书记`` (fd04); a 临空经济区 site page of a 主任办公会议 with ``区经发局`` / ``区招商局`` (fd05); a county
融媒体 app page of a 黄石 副市长's 调研 in a 区镇一体 zone (``黄石临空经济区管委会副主任、还地桥镇党委书记``) (fd06); the 鄂州日报
of the 市长's 调研 with a 托管 town (fd07); a county-level city site of its 市委书记's 调研 of the 临空经济示范区 (fd08); a provincial
portal copy (``来源： 编辑：``, 分享到, 相关新闻) of a 东部新区 经济运行分析会 (fd09); the 西安日报 of the 市长's 调研 of the 国际港务区
and the 综保区 with a chain naming both (fd10).

Identity cases:
- fd:蒋明远 moves within 南通: 南通综保区党工委书记、管委会主任 (fd01, June 2022) → 南通经开区党工委书记 (fd02, March 2024).
- fd:缪晓川 rises in one zone: 南通综保区党工委委员、管委会副主任 (fd01, 2022) → 党工委副书记、管委会主任 (fd02, 2024).
- fd:向德昌: 宜昌高新区党工委书记、管委会主任 (fd03, May 2023) → 宜昌市副市长 and 宜昌高新区党工委书记 (fd04, Nov 2024).
- fd:覃立军: 宜昌高新区党工委委员、管委会副主任 and 宜昌综保区管委会主任 (fd03, 2023) → 宜昌高新区党工委副书记、管委会主任 (fd04,
  2024); his 综保区 post goes to fd:田光宇.
- fd:胡振坤: 鄂州临空经济区经发局局长 (fd05, April 2023) → 临空经济区党工委委员、管委会副主任 (fd07, Oct 2024).
- the same official on two pages: fd:舒卫平 (鄂州临空经济区党工委副书记、管委会主任, 2023 and 2024).
- two different 聂远帆 in unrelated places: fd:聂远帆#1 is 鄂州临空经济区招商局局长 (湖北, fd05); fd:聂远帆#2 is 成都东部新区投资服务局
  局长 (四川, fd09). Same line of work, different zones and provinces.
- one zone name in several cities: ``综保区`` is 南通's (fd01, fd02), 宜昌's (fd03, fd04) and 西安's (fd10); ``临空经济区`` is
  鄂州's (fd05, fd07) and 黄石's (fd06, in 大冶); ``临空经济示范区`` here is 青岛胶东's (fd08) while part ai's is 西安's; ``空港新城``
  is 成都东部新区's (fd09) while part ai's is 西咸新区's; bare ``管委会`` / ``党工委`` / ``经发局`` / ``招商局`` belong to the page's
  zone; ``经开区`` (fd02) is 南通's; bare ``市委`` / ``市长`` are 南通's, 宜昌's, 鄂州's and 西安's on their papers.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ai, bq, bs where they speak; decided here where they are silent):
- Zone labels: city name without 市 + the zone's short name, 综合保税区 folded to 综保区 when it is the whole zone name:
  南通综合保税区 / bare 综保区 on the 南通 pages → ``南通综保区``; 宜昌综合保税区 / 宜昌综保区 / bare 综保区 on the 宜昌 pages →
  ``宜昌综保区``; ``西安综保区``; bare 经开区 in the 南通日报 → ``南通经开区``; bare 高新区 on the 宜昌 pages → ``宜昌高新区``.
  DECIDED HERE: 鄂州市临空经济区 (its own site writes the 市) → ``鄂州临空经济区`` (short name 临空经济区, 市 dropped as in every zone
  label); ``黄石临空经济区`` as written (the zone of 黄石市 lying in 大冶市: the city's name, not the county-level city's).
  DECIDED HERE: ``青岛胶东临空经济示范区`` keeps its full name as label (it opens with the city; bare ``临空经济示范区`` / ``示范区``
  on the 胶州 page = it). DECIDED HERE: ``成都东部新区`` (city + 东部新区; bare 东部新区 / 新区 on the page = it) and
  ``西安国际港务区`` (city + 国际港务区; the bare forms 国际港务区 / 港务区 = it).
- 党工委 goes with 书记 / 副书记 / 委员, 管委会 with 主任 / 副主任; a chain naming two zones gives a line per organ:
  ``高新区党工委委员、管委会副主任，综保区管委会主任覃立军`` → 宜昌高新区党工委 委员, 宜昌高新区管委会 副主任, 宜昌综保区管委会 主任
  (the same for 惠思敏 in 西安). ``市委常委、临空经济区党工委书记`` → 鄂州市委 常委 + 鄂州临空经济区党工委 书记; ``副市长、宜昌高新区
  党工委书记`` → 宜昌市政府 副市长 + 宜昌高新区党工委 书记.
- DECIDED HERE: a zone's departments as written after the zone label, short forms kept: ``综保区经发局局长`` → 南通综保区经发局 局长,
  ``区经发局局长`` on the 鄂州 临空经济区 site → 鄂州临空经济区经发局 局长, ``区招商局局长`` → 鄂州临空经济区招商局, ``新区投资服务局
  局长`` → 成都东部新区投资服务局. A department named without a person (经济运行局, 自然资源和规划分局) gives no line.
- DECIDED HERE (区镇一体): ``黄石临空经济区管委会副主任、还地桥镇党委书记柯善林`` → 黄石临空经济区管委会 副主任 + 大冶市还地桥镇党委
  书记: the page runs zone and town together but does not say the town is entrusted to the zone, so the town keeps its
  county's label (大冶市还地桥镇). A town the page calls 托管 by the zone takes the zone label (as bq): ``临空经济区托管的燕矶镇，
  镇党委书记汪德发`` → 鄂州临空经济区燕矶镇党委 书记.
- ``市委常委、秘书长杜家骏`` → 宜昌市委 常委 + 宜昌市委 秘书长 (秘书长 after 市委常委 is the 市委's, as bs); ``市政府秘书长`` →
  the city's 政府 秘书长. ``大冶市委常委`` → 大冶市委 常委; ``胶州市副市长`` → 胶州市政府 副市长; ``黄石市副市长`` → 黄石市政府.
- Events: 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 表示 / 作了安排 / 提出要求 speakers; one who
  only 汇报 is a speaker, not an attendee, as bq); 推进会, 主任办公会议 and 经济运行分析会 are meetings (chair when 主持; 出席 / 参加
  attendees); the 签约仪式 is a ``ceremony`` (主持 = chair; 出席并致辞 = attendee and speaker; DECIDED HERE: the official who signs
  for the zone (``代表综保区与8家企业签订投资协议``) is an attendee, not a speaker).
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``三峡日报讯（记者 …、通讯员 …）``, ``云上大冶报道（记者 …）`` are reporter / correspondent
  lines; 责任编辑 / 本版编辑 / 编辑 / 校对 / 责编 / 编审 / 总编审 are editor lines. DECIDED HERE: ``作者：综保区招商局`` (fd03) names an
  organ, not a person: no line.
- Projects: works visited, reported, signed or to be pushed: a 产业园 (or its 期 / 标准厂房) ``industrial_park``; 物流园, 分拨中心,
  冷链物流基地, 集结中心 ``logistics_hub``; 围网 / 卡口 / 污水处理厂 works and the 湖北国际物流核心枢纽 ``infrastructure_project``;
  安置房 / 人才公寓 ``housing_project``; 生态修复工程 ``greening_project``; 维修基地, 检测中心, 监管中心, 保税加工项目 ``project``.
  The standing park 白洋工业园 is a place (``zone_park``, as bq); airports, stations and ports are places.
- Places: one line per name per file, as written; places inside titles, organ references and project names count;
  DECIDED HERE: a 综合保税区 is kind ``bonded_zone`` (as ai, di); bare zone forms (综保区, 经开区, 高新区, 临空经济区,
  临空经济示范区, 示范区, 新区, 东部新区, 国际港务区, 港务区) are annotated as written (as ai, dl). Site lines, mastheads, 来源 lines,
  navigation, 相关新闻 / 上一篇 / 下一篇 links, related-site links and footers are not annotated. DECIDED HERE: the other headlines
  of a paper's 标题导航 list (fd02: 崇川区, 植树造林推进会) are titles of articles not on the page: no place, event or person
  line; the article's span starts at its headline's first occurrence, in that list.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

NTZ, NTJ = "南通综保区", "南通经开区"
YCG, YCZ = "宜昌高新区", "宜昌综保区"
EZL, HSL = "鄂州临空经济区", "黄石临空经济区"
JDL = "青岛胶东临空经济示范区"
CDD = "成都东部新区"
XAG, XAZ = "西安国际港务区", "西安综保区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fd01_nantong.txt": (2022, "发布时间：2022-06-10 17:32", NTZ, [
        ("综保区召开二季度重点项目推进会", "6月9日下午", "2022-06-09", "6月9日下午，综保区召开",
         "综保区 site: 推进会 (党工委书记、管委会主任 主持; 经发局 and 招商局 heads report; bare 综保区 organs)")]),
    "fd02_nantong.txt": (2024, "2024年03月15日　星期五", "南通市", [
        ("季宏达在南通经开区和综保区调研时强调", "3月14日", "2024-03-14", "本报讯（记者 黄一鸣 通讯员 周启晨）3月14日",
         "city paper A2 (标题导航 list): the 市长's 调研 of 南通经开区 and 南通综保区; 蒋明远 now 经开区党工委书记, 缪晓川 now 综保区 主任")]),
    "fd03_yichang.txt": (2023, "时间：2023-05-19", YCG, [
        ("宜昌综保区集中签约8个外向型项目 总投资32亿元", "5月18日", "2023-05-18", "5月18日，宜昌综合保税区",
         "高新区 site: 综保区 签约仪式; chain 高新区党工委委员、管委会副主任，综保区管委会主任")]),
    "fd04_yichang.txt": (2024, "2024年11月07日　出版", "宜昌市", [
        ("熊志谦在高新区和综保区调研时强调", "11月6日", "2024-11-06", "三峡日报讯（记者 黎小曼、通讯员 薛启航）11月6日",
         "city paper A1: the 市委书记's 调研; 向德昌 now 副市长、高新区党工委书记, 覃立军 now 管委会主任")]),
    "fd05_ezhou.txt": (2023, "发布时间：2023-04-21", EZL, [
        ("舒卫平主持召开主任办公会议", "4月20日", "2023-04-20", "4月20日，临空经济区党工委",
         "临空经济区 site: 主任办公会议; 区经发局 / 区招商局 heads report")]),
    "fd06_daye.txt": (2023, "2023-09-13 19:06", "大冶市", [
        ("黄石市领导调研临空经济区产业发展和项目建设", "9月12日", "2023-09-12", "云上大冶报道（记者 庞海帆）9月12日",
         "county 融媒体 app page: 黄石 副市长's 调研 of the 黄石临空经济区·还地桥镇 (区镇一体; zone + town chain)")]),
    "fd07_ezhou.txt": (2024, "2024年10月16日　星期三", "鄂州市", [
        ("余正坤到临空经济区调研时要求", "10月15日", "2024-10-15", "本报讯（记者 甘露川）10月15日",
         "city paper 第01版: the 市长's 调研 of the 临空经济区; 胡振坤 now 党工委委员、管委会副主任; 托管 燕矶镇")]),
    "fd08_jiaozhou.txt": (2022, "发布日期：2022-08-26 16:48", "胶州市", [
        ("姜振华到临空经济示范区调研重点项目建设", "8月25日", "2022-08-25", "8月25日，胶州市委书记",
         "county-level city site: the 市委书记's 调研 of the 青岛胶东临空经济示范区")]),
    "fd09_chengdu.txt": (2023, "2023-07-06 18:21:07", CDD, [
        ("成都东部新区召开上半年经济运行分析会", "7月5日", "2023-07-05", "7月5日，成都东部新区召开",
         "provincial portal copy: 东部新区 经济运行分析会; 投资服务局局长 聂远帆#2")]),
    "fd10_xian.txt": (2024, "2024年05月23日　星期四", "西安市", [
        ("叶建华在国际港务区调研时强调", "5月22日", "2024-05-22", "本报讯（记者 惠嘉宁）5月22日",
         "city paper 第02版: the 市长's 调研 of 西安国际港务区 and 西安综保区; chain naming both zones")]),
}

_F03_QIN = "高新区党工委委员、管委会副主任，综保区管委会主任覃立军"
_F06_SHI = "大冶市委常委、黄石临空经济区党工委书记、管委会主任石泽宇"
_F06_KE = "黄石临空经济区管委会副主任、还地桥镇党委书记柯善林"
_F10_HUI = "国际港务区党工委委员、管委会副主任，西安综保区管委会主任惠思敏"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 南通
    "fd:蒋明远": ("蒋明远", "official", "南通市", [
        ("fd01", NTZ + "党工委", "书记", "综保区党工委书记、管委会主任蒋明远主持会议", "2022-06 (identity case: 南通经开区党工委书记 in 2024, fd02)"),
        ("fd01", NTZ + "管委会", "主任", "综保区党工委书记、管委会主任蒋明远主持会议", None),
        ("fd02", NTJ + "党工委", "书记", "南通经开区党工委书记蒋明远", "2024-03: moved from the 综保区 to the 经开区")], []),
    "fd:缪晓川": ("缪晓川", "official", NTZ, [
        ("fd01", NTZ + "党工委", "委员", "党工委委员、管委会副主任缪晓川", "2022-06: bare 党工委 on the 综保区 site (identity case: 主任 in 2024)"),
        ("fd01", NTZ + "管委会", "副主任", "党工委委员、管委会副主任缪晓川", None),
        ("fd02", NTZ + "党工委", "副书记", "综保区党工委副书记、管委会主任缪晓川", "2024-03: now 副书记、主任"),
        ("fd02", NTZ + "管委会", "主任", "综保区党工委副书记、管委会主任缪晓川", None)], []),
    "fd:顾立群": ("顾立群", "official", NTZ, [
        ("fd01", NTZ + "管委会", "副主任", "管委会副主任顾立群出席会议", None)], []),
    "fd:沙文涛": ("沙文涛", "official", NTZ, [
        ("fd01", NTZ + "经发局", "局长", "综保区经发局局长沙文涛", "DECIDED HERE: zone department as written (经发局)")], []),
    "fd:钱雨薇": ("钱雨薇", "official", NTZ, [
        ("fd01", NTZ + "招商局", "局长", "招商局局长钱雨薇", "bare 招商局 after 综保区经发局 = the 综保区's")], []),
    "fd:季宏达": ("季宏达", "official", "南通市", [
        ("fd02", "南通市委", "副书记", "市委副书记、市长季宏达", "named in the headline too"),
        ("fd02", "南通市政府", "市长", "市委副书记、市长季宏达", None)], []),
    "fd:冒丽娟": ("冒丽娟", "official", "南通市", [
        ("fd02", "南通市政府", "副市长", "副市长冒丽娟", None)], []),
    "fd:瞿建国": ("瞿建国", "official", "南通市", [
        ("fd02", "南通市政府", "秘书长", "市政府秘书长瞿建国", None)], []),
    "fd:倪嘉禾": ("倪嘉禾", "official", NTJ, [
        ("fd02", NTJ + "管委会", "主任", "经开区管委会主任倪嘉禾", "bare 经开区 after 南通经开区党工委书记")], []),
    # ---- 宜昌
    "fd:向德昌": ("向德昌", "official", "宜昌市", [
        ("fd03", YCG + "党工委", "书记", "宜昌高新区党工委书记、管委会主任向德昌", "2023-05 (identity case: 副市长 in 2024, fd04)"),
        ("fd03", YCG + "管委会", "主任", "宜昌高新区党工委书记、管委会主任向德昌", None),
        ("fd04", "宜昌市政府", "副市长", "副市长、宜昌高新区党工委书记向德昌", "2024-11: now 副市长 and still 党工委书记"),
        ("fd04", YCG + "党工委", "书记", "副市长、宜昌高新区党工委书记向德昌", None)], []),
    "fd:覃立军": ("覃立军", "official", YCG, [
        ("fd03", YCG + "党工委", "委员", _F03_QIN, "2023-05: one chain, two zones (identity case: 管委会主任 in 2024, fd04)"),
        ("fd03", YCG + "管委会", "副主任", _F03_QIN, None),
        ("fd03", YCZ + "管委会", "主任", _F03_QIN, "bare 综保区 on the 宜昌高新区 site = 宜昌综保区"),
        ("fd04", YCG + "党工委", "副书记", "高新区党工委副书记、管委会主任覃立军", "2024-11"),
        ("fd04", YCG + "管委会", "主任", "高新区党工委副书记、管委会主任覃立军", None)], []),
    "fd:望春燕": ("望春燕", "official", YCZ, [
        ("fd03", YCZ + "管委会", "副主任", "综保区管委会副主任望春燕", None)], []),
    "fd:伍晓峰": ("伍晓峰", "official", YCZ, [
        ("fd03", YCZ + "招商局", "局长", "综保区招商局局长伍晓峰", None)], []),
    "fd:熊志谦": ("熊志谦", "official", "宜昌市", [
        ("fd04", "宜昌市委", "书记", "市委书记熊志谦", "named in the headline too")], []),
    "fd:杜家骏": ("杜家骏", "official", "宜昌市", [
        ("fd04", "宜昌市委", "常委", "市委常委、秘书长杜家骏", None),
        ("fd04", "宜昌市委", "秘书长", "市委常委、秘书长杜家骏", "秘书长 after 市委常委 = the 市委's (as bs)")], []),
    "fd:田光宇": ("田光宇", "official", YCZ, [
        ("fd04", YCZ + "管委会", "主任", "综保区管委会主任田光宇", "succeeds 覃立军 in this post")], []),
    # ---- 鄂州
    "fd:舒卫平": ("舒卫平", "official", EZL, [
        ("fd05", EZL + "党工委", "副书记", "临空经济区党工委副书记、管委会主任舒卫平主持召开", "2023-04; DECIDED HERE: 鄂州市临空经济区 → 鄂州临空经济区"),
        ("fd05", EZL + "管委会", "主任", "临空经济区党工委副书记、管委会主任舒卫平主持召开", None),
        ("fd07", EZL + "党工委", "副书记", "临空经济区党工委副书记、管委会主任舒卫平汇报了", "2024-10: the same posts"),
        ("fd07", EZL + "管委会", "主任", "临空经济区党工委副书记、管委会主任舒卫平汇报了", None)], []),
    "fd:邵国庆": ("邵国庆", "official", EZL, [
        ("fd05", EZL + "管委会", "副主任", "管委会副主任邵国庆、夏婧", "list after one title")], []),
    "fd:夏婧": ("夏婧", "official", EZL, [
        ("fd05", EZL + "管委会", "副主任", "管委会副主任邵国庆、夏婧", None)], []),
    "fd:胡振坤": ("胡振坤", "official", EZL, [
        ("fd05", EZL + "经发局", "局长", "区经发局局长胡振坤", "2023-04; DECIDED HERE: bare 区经发局 on the zone site = the zone's (identity case: 管委会副主任 in 2024, fd07)"),
        ("fd07", EZL + "党工委", "委员", "临空经济区党工委委员、管委会副主任胡振坤", "2024-10: promoted into the 党工委"),
        ("fd07", EZL + "管委会", "副主任", "临空经济区党工委委员、管委会副主任胡振坤", None)], []),
    "fd:聂远帆#1": ("聂远帆", "official", EZL, [
        ("fd05", EZL + "招商局", "局长", "区招商局局长聂远帆", "鄂州 (湖北); not the 聂远帆 of 成都东部新区 (fd09)")], []),
    "fd:余正坤": ("余正坤", "official", "鄂州市", [
        ("fd07", "鄂州市委", "副书记", "市委副书记、市长余正坤", "named in the headline too"),
        ("fd07", "鄂州市政府", "市长", "市委副书记、市长余正坤", None)], []),
    "fd:范国栋": ("范国栋", "official", "鄂州市", [
        ("fd07", "鄂州市委", "常委", "市委常委、临空经济区党工委书记范国栋", None),
        ("fd07", EZL + "党工委", "书记", "市委常委、临空经济区党工委书记范国栋", None)], []),
    "fd:汪德发": ("汪德发", "official", EZL, [
        ("fd07", EZL + "燕矶镇党委", "书记", "镇党委书记汪德发", "the page writes the town 托管 by the zone: zone label (as bq)")], []),
    "fd:鲁思齐": ("鲁思齐", "official", "鄂州市", [
        ("fd07", "鄂州市政府", "秘书长", "市政府秘书长鲁思齐", None)], []),
    # ---- 黄石 / 大冶
    "fd:邹润生": ("邹润生", "official", "黄石市", [
        ("fd06", "黄石市政府", "副市长", "黄石市副市长邹润生", None)], []),
    "fd:石泽宇": ("石泽宇", "official", HSL, [
        ("fd06", "大冶市委", "常委", _F06_SHI, None),
        ("fd06", HSL + "党工委", "书记", _F06_SHI, "黄石临空经济区 as written"),
        ("fd06", HSL + "管委会", "主任", _F06_SHI, None)], []),
    "fd:柯晓芬": ("柯晓芬", "official", "大冶市", [
        ("fd06", "大冶市政府", "副市长", "大冶市副市长柯晓芬", None)], []),
    "fd:柯善林": ("柯善林", "official", HSL, [
        ("fd06", HSL + "管委会", "副主任", _F06_KE, None),
        ("fd06", "大冶市还地桥镇党委", "书记", _F06_KE, "DECIDED HERE: 区镇一体 without 托管: the town keeps its county label")], []),
    # ---- 胶州 / 青岛
    "fd:姜振华": ("姜振华", "official", "胶州市", [
        ("fd08", "胶州市委", "书记", "胶州市委书记姜振华", "named in the headline too")], []),
    "fd:匡立新": ("匡立新", "official", "胶州市", [
        ("fd08", "胶州市委", "常委", "胶州市委常委、临空经济示范区党工委书记匡立新", None),
        ("fd08", JDL + "党工委", "书记", "胶州市委常委、临空经济示范区党工委书记匡立新", "DECIDED HERE: bare 临空经济示范区 on the 胶州 page = 青岛胶东临空经济示范区")], []),
    "fd:逄海鹰": ("逄海鹰", "official", JDL, [
        ("fd08", JDL + "党工委", "副书记", "临空经济示范区党工委副书记、管委会主任逄海鹰", None),
        ("fd08", JDL + "管委会", "主任", "临空经济示范区党工委副书记、管委会主任逄海鹰", None)], []),
    "fd:冷雪梅": ("冷雪梅", "official", "胶州市", [
        ("fd08", "胶州市政府", "副市长", "胶州市副市长冷雪梅", None)], []),
    # ---- 成都
    "fd:蒲建新": ("蒲建新", "official", CDD, [
        ("fd09", CDD + "党工委", "副书记", "东部新区党工委副书记、管委会主任蒲建新", "DECIDED HERE: 成都东部新区 label"),
        ("fd09", CDD + "管委会", "主任", "东部新区党工委副书记、管委会主任蒲建新", None)], []),
    "fd:岳思远": ("岳思远", "official", CDD, [
        ("fd09", CDD + "党工委", "委员", "党工委委员、管委会副主任岳思远", None),
        ("fd09", CDD + "管委会", "副主任", "党工委委员、管委会副主任岳思远", None)], []),
    "fd:聂远帆#2": ("聂远帆", "official", CDD, [
        ("fd09", CDD + "投资服务局", "局长", "新区投资服务局局长聂远帆", "成都 (四川); not the 聂远帆 of 鄂州临空经济区 (fd05)")], []),
    # ---- 西安
    "fd:叶建华": ("叶建华", "official", "西安市", [
        ("fd10", "西安市委", "副书记", "市委副书记、市长叶建华", "named in the headline too"),
        ("fd10", "西安市政府", "市长", "市委副书记、市长叶建华", None)], []),
    "fd:师立新": ("师立新", "official", "西安市", [
        ("fd10", "西安市政府", "副市长", "副市长师立新", None)], []),
    "fd:雷鹏飞": ("雷鹏飞", "official", "西安市", [
        ("fd10", "西安市政府", "秘书长", "市政府秘书长雷鹏飞", None)], []),
    "fd:寇振东": ("寇振东", "official", XAG, [
        ("fd10", XAG + "党工委", "书记", "国际港务区党工委书记、管委会主任寇振东", "DECIDED HERE: 西安国际港务区 label"),
        ("fd10", XAG + "管委会", "主任", "国际港务区党工委书记、管委会主任寇振东", None)], []),
    "fd:惠思敏": ("惠思敏", "official", XAG, [
        ("fd10", XAG + "党工委", "委员", _F10_HUI, "one chain, two zones"),
        ("fd10", XAG + "管委会", "副主任", _F10_HUI, None),
        ("fd10", XAZ + "管委会", "主任", _F10_HUI, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fd01", "陆佳怡", "责任编辑", "editor", "责任编辑：陆佳怡"),
    ("fd02", "黄一鸣", "记者", "reporter", "本报讯（记者 黄一鸣 通讯员 周启晨）"),
    ("fd02", "周启晨", "通讯员", "correspondent", "本报讯（记者 黄一鸣 通讯员 周启晨）"),
    ("fd02", "张思源", "本版编辑", "editor", "本版编辑：张思源"),
    ("fd02", "管一凡", "校对", "editor", "校对：管一凡"),
    ("fd04", "黎小曼", "记者", "reporter", "三峡日报讯（记者 黎小曼、通讯员 薛启航）"),
    ("fd04", "薛启航", "通讯员", "correspondent", "三峡日报讯（记者 黎小曼、通讯员 薛启航）"),
    ("fd04", "谭文", "责任编辑", "editor", "责任编辑：谭文"),
    ("fd04", "冉梦瑶", "校对", "editor", "校对：冉梦瑶"),
    ("fd06", "庞海帆", "记者", "reporter", "云上大冶报道（记者 庞海帆）"),
    ("fd06", "刘小溪", "责编", "editor", "责编丨刘小溪"),
    ("fd06", "方雨晴", "编审", "editor", "编审丨方雨晴"),
    ("fd06", "程立言", "总编审", "editor", "总编审丨程立言"),
    ("fd07", "甘露川", "记者", "reporter", "本报讯（记者 甘露川）"),
    ("fd07", "舒雅琪", "本版编辑", "editor", "本版编辑：舒雅琪"),
    ("fd07", "柳欣然", "校对", "editor", "校对：柳欣然"),
    ("fd09", "罗雨桐", "编辑", "editor", "编辑：罗雨桐"),
    ("fd10", "惠嘉宁", "记者", "reporter", "本报讯（记者 惠嘉宁）"),
    ("fd10", "骆一鸣", "编辑", "editor", "编辑：骆一鸣"),
    ("fd10", "巩新华", "校对", "editor", "校对：巩新华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fd01", "二季度重点项目推进会", "meeting (推进会)", "6月9日下午", "蒋明远", None, [NTZ],
     ["缪晓川", "顾立群"], ["沙文涛", "钱雨薇", "顾立群", "蒋明远", "缪晓川"], None,
     "6月9日下午，综保区召开二季度重点项目推进会",
     ["管委会主任蒋明远主持会议并讲话", "党工委委员、管委会副主任缪晓川", "管委会副主任顾立群出席会议", "局长沙文涛通报了",
      "局长钱雨薇汇报了", "顾立群介绍了", "蒋明远指出", "缪晓川就项目手续办理"]),
    ("fd02", "开放型经济和重点项目建设调研", "inspection (调研)", "3月14日", None, "季宏达", [],
     ["冒丽娟", "瞿建国"], ["缪晓川", "蒋明远", "倪嘉禾", "季宏达", "冒丽娟"], "南通经开区、南通综合保税区",
     "市委副书记、市长季宏达到南通经开区、南通综合保税区调研开放型经济和重点项目建设工作",
     ["市长季宏达到南通经开区、南通综合保税区调研", "副市长冒丽娟", "市政府秘书长瞿建国参加调研", "管委会主任缪晓川汇报了",
      "南通经开区党工委书记蒋明远", "经开区管委会主任倪嘉禾介绍了", "季宏达指出", "冒丽娟就加快外贸企业出口退税办理"]),
    ("fd03", "宜昌综合保税区2023年外向型项目集中签约仪式", "ceremony (签约仪式)", "5月18日", "覃立军", None, [],
     ["向德昌", "望春燕", "伍晓峰"], ["望春燕", "向德昌", "覃立军"], "综保区服务中心",
     "5月18日，宜昌综合保税区2023年外向型项目集中签约仪式在综保区服务中心举行",
     ["覃立军主持签约仪式", "管委会主任向德昌出席并致辞", "综保区管委会副主任望春燕", "望春燕介绍了", "局长伍晓峰代表综保区",
      "向德昌在致辞中表示", "覃立军表示"]),
    ("fd04", "开放平台建设和重大项目推进情况调研", "inspection (调研)", "11月6日", None, "熊志谦", [],
     ["杜家骏", "向德昌"], ["覃立军", "田光宇", "熊志谦", "向德昌"], "宜昌高新区、宜昌综保区",
     "市委书记熊志谦到宜昌高新区、宜昌综保区调研开放平台建设和重大项目推进情况",
     ["市委书记熊志谦到宜昌高新区、宜昌综保区调研", "市委常委、秘书长杜家骏", "党工委书记向德昌参加调研", "管委会主任覃立军汇报了",
      "管委会主任田光宇介绍了", "熊志谦指出", "向德昌表示"]),
    ("fd05", "主任办公会议", "meeting (主任办公会议)", "4月20日", "舒卫平", None, [],
     ["邵国庆", "夏婧"], ["胡振坤", "聂远帆", "舒卫平", "邵国庆", "夏婧"], None,
     "管委会主任舒卫平主持召开主任办公会议",
     ["管委会主任舒卫平主持召开", "管委会副主任邵国庆、夏婧参加会议", "局长胡振坤汇报", "局长聂远帆汇报了", "舒卫平强调",
      "邵国庆就安置房建设", "夏婧就安全生产"]),
    ("fd06", "临空产业发展和重点项目建设调研", "inspection (调研)", "9月12日", None, "邹润生", [],
     ["石泽宇", "柯晓芬"], ["石泽宇", "柯善林", "邹润生", "柯晓芬"], "黄石临空经济区·还地桥镇",
     "黄石市副市长邹润生到黄石临空经济区·还地桥镇调研临空产业发展和重点项目建设",
     ["黄石市副市长邹润生到黄石临空经济区·还地桥镇调研", "大冶市副市长柯晓芬陪同调研", "石泽宇汇报了", "柯善林介绍了", "邹润生指出",
      "柯晓芬表示"]),
    ("fd07", "航空物流和临空产业项目建设调研", "inspection (调研)", "10月15日", None, "余正坤", [],
     ["范国栋", "鲁思齐"], ["舒卫平", "胡振坤", "汪德发", "余正坤", "范国栋"], "临空经济区",
     "市委副书记、市长余正坤到临空经济区调研航空物流和临空产业项目建设",
     ["市长余正坤到临空经济区调研", "党工委书记范国栋陪同调研", "市政府秘书长鲁思齐参加调研", "舒卫平汇报了", "胡振坤介绍了",
      "汪德发汇报了", "余正坤指出", "范国栋表示"]),
    ("fd08", "青岛胶东临空经济示范区重点项目建设和临空产业发展调研", "inspection (调研)", "8月25日", None, "姜振华", [],
     ["匡立新", "逄海鹰", "冷雪梅"], ["逄海鹰", "姜振华", "匡立新", "冷雪梅"], "青岛胶东临空经济示范区",
     "胶州市委书记姜振华到青岛胶东临空经济示范区调研重点项目建设和临空产业发展工作",
     ["胶州市委书记姜振华到青岛胶东临空经济示范区调研", "党工委书记匡立新", "管委会主任逄海鹰", "胶州市副市长冷雪梅陪同调研",
      "逄海鹰汇报了", "姜振华强调", "匡立新表示", "冷雪梅就做好项目审批服务"]),
    ("fd09", "上半年经济运行分析会", "meeting (经济运行分析会)", "7月5日", "蒲建新", None, [CDD],
     ["岳思远"], ["聂远帆", "蒲建新", "岳思远"], None,
     "7月5日，成都东部新区召开上半年经济运行分析会",
     ["管委会主任蒲建新主持会议并讲话", "管委会副主任岳思远出席", "局长聂远帆汇报了", "蒲建新指出", "岳思远就抓好下半年安全生产"]),
    ("fd10", "中欧班列集结中心建设和西安综合保税区发展调研", "inspection (调研)", "5月22日", None, "叶建华", [],
     ["师立新", "雷鹏飞"], ["寇振东", "惠思敏", "叶建华", "师立新"], "西安国际港务区",
     "市委副书记、市长叶建华到西安国际港务区调研中欧班列集结中心建设和西安综合保税区发展工作",
     ["市长叶建华到西安国际港务区调研", "副市长师立新", "市政府秘书长雷鹏飞参加调研", "管委会主任寇振东汇报了", "惠思敏介绍了",
      "叶建华指出", "师立新就做好新筑街道安置房配套"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fd01", "保税维修检测中心项目", "project", "重点介绍了保税维修检测中心项目和跨境电商监管中心二期"),
    ("fd01", "跨境电商监管中心二期", "project", "保税维修检测中心项目和跨境电商监管中心二期的对接进展"),
    ("fd01", "综保区二期围网工程", "infrastructure_project", "综保区二期围网工程和卡口智能化改造工程的施工进度"),
    ("fd01", "卡口智能化改造工程", "infrastructure_project", "综保区二期围网工程和卡口智能化改造工程的施工进度"),
    ("fd02", "保税维修检测中心项目", "project", "察看了保税维修检测中心项目和跨境电商监管中心二期"),
    ("fd02", "跨境电商监管中心二期", "project", "察看了保税维修检测中心项目和跨境电商监管中心二期"),
    ("fd02", "二期围网工程", "infrastructure_project", "二期围网工程通过验收"),
    ("fd02", "新能源电池材料产业园二期", "industrial_park", "来到新能源电池材料产业园二期和能达商务区人才公寓项目现场"),
    ("fd02", "能达商务区人才公寓项目", "housing_project", "来到新能源电池材料产业园二期和能达商务区人才公寓项目现场"),
    ("fd03", "跨境电商产业园二期", "industrial_park", "跨境电商产业园二期、光电子器件保税加工项目和三峡翻坝保税物流分拨中心"),
    ("fd03", "光电子器件保税加工项目", "project", "跨境电商产业园二期、光电子器件保税加工项目和三峡翻坝保税物流分拨中心"),
    ("fd03", "三峡翻坝保税物流分拨中心", "logistics_hub", "跨境电商产业园二期、光电子器件保税加工项目和三峡翻坝保税物流分拨中心"),
    ("fd04", "电子特气及功能性材料产业园二期", "industrial_park", "察看了电子特气及功能性材料产业园二期建设进展"),
    ("fd04", "跨境电商产业园二期", "industrial_park", "走进跨境电商产业园二期和保税物流分拨中心"),
    ("fd04", "保税物流分拨中心", "logistics_hub", "走进跨境电商产业园二期和保税物流分拨中心"),
    ("fd05", "航空物流产业园二期", "industrial_park", "航空物流产业园二期建设和招商引资等工作"),
    ("fd05", "跨境电商分拨中心", "logistics_hub", "重点介绍了跨境电商分拨中心和航空冷链物流基地两个项目"),
    ("fd05", "航空冷链物流基地", "logistics_hub", "重点介绍了跨境电商分拨中心和航空冷链物流基地两个项目"),
    ("fd05", "燕矶片区安置房二期", "housing_project", "燕矶片区安置房二期建设计划"),
    ("fd06", "临空冷链物流园", "logistics_hub", "先后来到临空冷链物流园、临空智造产业园标准厂房二期"),
    ("fd06", "临空智造产业园标准厂房二期", "industrial_park", "先后来到临空冷链物流园、临空智造产业园标准厂房二期"),
    ("fd06", "还地桥镇污水处理厂扩建工程", "infrastructure_project", "还地桥镇污水处理厂扩建工程现场"),
    ("fd06", "湖北国际物流核心枢纽", "infrastructure_project", "湖北国际物流核心枢纽的建成投运"),
    ("fd07", "航空物流产业园二期", "industrial_park", "先后来到航空物流产业园二期、跨境电商分拨中心和燕矶片区安置房二期项目现场"),
    ("fd07", "跨境电商分拨中心", "logistics_hub", "先后来到航空物流产业园二期、跨境电商分拨中心和燕矶片区安置房二期项目现场"),
    ("fd07", "燕矶片区安置房二期项目", "housing_project", "先后来到航空物流产业园二期、跨境电商分拨中心和燕矶片区安置房二期项目现场"),
    ("fd08", "胶东国际机场航空物流园", "logistics_hub", "先后来到胶东国际机场航空物流园、临空智能制造产业园一期和大沽河生态修复工程现场"),
    ("fd08", "临空智能制造产业园一期", "industrial_park", "先后来到胶东国际机场航空物流园、临空智能制造产业园一期和大沽河生态修复工程现场"),
    ("fd08", "大沽河生态修复工程", "greening_project", "先后来到胶东国际机场航空物流园、临空智能制造产业园一期和大沽河生态修复工程现场"),
    ("fd09", "天府国际空港综合保税区保税维修基地", "project", "其中天府国际空港综合保税区保税维修基地、航空发动机维修基地二期和草池街道医疗器械产业园"),
    ("fd09", "航空发动机维修基地二期", "project", "其中天府国际空港综合保税区保税维修基地、航空发动机维修基地二期和草池街道医疗器械产业园"),
    ("fd09", "草池街道医疗器械产业园", "industrial_park", "其中天府国际空港综合保税区保税维修基地、航空发动机维修基地二期和草池街道医疗器械产业园"),
    ("fd10", "中欧班列（西安）集结中心二期工程", "logistics_hub", "先后来到中欧班列（西安）集结中心二期工程"),
    ("fd10", "西安综保区保税物流分拨中心", "logistics_hub", "西安铁路集装箱中心站和西安综保区保税物流分拨中心"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fd01", "综保区", "bonded_zone", "standalone", "6月9日下午，综保区召开二季度重点项目推进会"),
    ("fd01", "长江", "river", "standalone", "用好长江岸线和南通港的通关优势"),
    ("fd01", "南通港", "port", "standalone", "用好长江岸线和南通港的通关优势"),
    ("fd01", "南通", "city", "in_org_reference", "报请南通海关组织预验收"),
    ("fd02", "南通经开区", "development_zone", "standalone", "市长季宏达到南通经开区、南通综合保税区调研"),
    ("fd02", "南通综合保税区", "bonded_zone", "standalone", "市长季宏达到南通经开区、南通综合保税区调研"),
    ("fd02", "综保区", "bonded_zone", "standalone", "推动综保区从“保税加工”向"),
    ("fd02", "经开区", "development_zone", "standalone", "介绍了经开区一季度重大项目开工和招商引资情况"),
    ("fd02", "能达商务区", "area", "in_project_name", "能达商务区人才公寓项目现场"),
    ("fd03", "宜昌综合保税区", "bonded_zone", "standalone", "5月18日，宜昌综合保税区2023年外向型项目集中签约仪式"),
    ("fd03", "宜昌高新区", "development_zone", "in_title", "宜昌高新区党工委书记、管委会主任向德昌"),
    ("fd03", "高新区", "development_zone", "standalone", "高新区将举全区之力做好服务保障"),
    ("fd03", "综保区", "bonded_zone", "standalone", "希望综保区依托白洋港、三峡机场和长江黄金水道"),
    ("fd03", "宜昌综保区", "bonded_zone", "standalone", "宜昌综保区是宜昌对外开放的“金字招牌”"),
    ("fd03", "宜昌", "city", "standalone", "宜昌综保区是宜昌对外开放的“金字招牌”"),
    ("fd03", "白洋港", "port", "standalone", "希望综保区依托白洋港、三峡机场和长江黄金水道"),
    ("fd03", "三峡机场", "airport", "standalone", "希望综保区依托白洋港、三峡机场和长江黄金水道"),
    ("fd03", "长江", "river", "standalone", "希望综保区依托白洋港、三峡机场和长江黄金水道"),
    ("fd03", "三峡", "region", "in_project_name", "三峡翻坝保税物流分拨中心投资均超过5亿元"),
    ("fd04", "宜昌高新区", "development_zone", "standalone", "市委书记熊志谦到宜昌高新区、宜昌综保区调研"),
    ("fd04", "宜昌综保区", "bonded_zone", "standalone", "市委书记熊志谦到宜昌高新区、宜昌综保区调研"),
    ("fd04", "高新区", "development_zone", "standalone", "高新区和综保区是宜昌对外开放的主平台"),
    ("fd04", "综保区", "bonded_zone", "standalone", "高新区和综保区是宜昌对外开放的主平台"),
    ("fd04", "宜昌", "city", "standalone", "高新区和综保区是宜昌对外开放的主平台"),
    ("fd04", "白洋工业园", "zone_park", "standalone", "熊志谦首先来到白洋工业园"),
    ("fd04", "白洋港", "port", "standalone", "把白洋港、三峡机场和综保区的功能串联起来"),
    ("fd04", "三峡机场", "airport", "standalone", "把白洋港、三峡机场和综保区的功能串联起来"),
    ("fd05", "临空经济区", "development_zone", "standalone", "临空经济区要抢抓国际货运航线开通的窗口期"),
    ("fd05", "花湖机场", "airport", "standalone", "花湖机场货运航线加密带动航空物流企业营收较快增长"),
    ("fd05", "燕矶片区", "area", "in_project_name", "燕矶片区安置房二期建设计划"),
    ("fd06", "黄石", "city", "standalone", "给黄石和大冶带来了千载难逢的发展机遇"),
    ("fd06", "大冶", "county_level_city", "standalone", "给黄石和大冶带来了千载难逢的发展机遇"),
    ("fd06", "黄石市", "city", "in_title", "黄石市副市长邹润生"),
    ("fd06", "大冶市", "county_level_city", "in_title", "大冶市副市长柯晓芬"),
    ("fd06", "黄石临空经济区", "development_zone", "standalone", "到黄石临空经济区·还地桥镇调研"),
    ("fd06", "还地桥镇", "town", "standalone", "到黄石临空经济区·还地桥镇调研"),
    ("fd06", "临空经济区", "development_zone", "standalone", "临空经济区要紧扣“高端制造业集聚区”的定位"),
    ("fd06", "花湖机场", "airport", "standalone", "错位承接花湖机场的辐射"),
    ("fd06", "湖北", "province", "in_project_name", "湖北国际物流核心枢纽的建成投运"),
    ("fd07", "临空经济区", "development_zone", "standalone", "市长余正坤到临空经济区调研"),
    ("fd07", "燕矶镇", "town", "standalone", "在临空经济区托管的燕矶镇"),
    ("fd07", "燕矶片区", "area", "in_project_name", "燕矶片区安置房二期项目现场"),
    ("fd07", "花湖机场", "airport", "standalone", "花湖机场投运两年多来"),
    ("fd08", "胶州市", "county_level_city", "in_title", "胶州市委书记姜振华"),
    ("fd08", "胶州", "county_level_city", "standalone", "临空经济示范区是胶州发展的最大平台"),
    ("fd08", "青岛胶东临空经济示范区", "development_zone", "standalone", "姜振华到青岛胶东临空经济示范区调研"),
    ("fd08", "临空经济示范区", "development_zone", "standalone", "临空经济示范区是胶州发展的最大平台"),
    ("fd08", "示范区", "development_zone", "standalone", "要加快完善示范区路网"),
    ("fd08", "胶东国际机场", "airport", "standalone", "要依托胶东国际机场"),
    ("fd08", "大沽河", "river", "in_project_name", "大沽河生态修复工程现场"),
    ("fd09", "成都东部新区", "development_zone", "standalone", "7月5日，成都东部新区召开上半年经济运行分析会"),
    ("fd09", "东部新区", "development_zone", "in_title", "东部新区党工委副书记、管委会主任蒲建新"),
    ("fd09", "新区", "development_zone", "standalone", "上半年新区地区生产总值同比增长9.6%"),
    ("fd09", "天府国际机场", "airport", "standalone", "天府国际机场旅客吞吐量同比增长近两倍"),
    ("fd09", "天府国际空港综合保税区", "bonded_zone", "standalone", "用好天府国际机场和天府国际空港综合保税区两大开放平台"),
    ("fd09", "草池街道", "sub_district_office", "standalone", "要加快草池街道、贾家街道的安置房"),
    ("fd09", "贾家街道", "sub_district_office", "standalone", "要加快草池街道、贾家街道的安置房"),
    ("fd09", "空港新城", "area", "standalone", "空港新城、简州新城和三岔湖片区相关负责同志"),
    ("fd09", "简州新城", "area", "standalone", "空港新城、简州新城和三岔湖片区相关负责同志"),
    ("fd09", "三岔湖片区", "area", "standalone", "空港新城、简州新城和三岔湖片区相关负责同志"),
    ("fd10", "西安国际港务区", "development_zone", "standalone", "市长叶建华到西安国际港务区调研"),
    ("fd10", "西安综合保税区", "bonded_zone", "standalone", "调研中欧班列集结中心建设和西安综合保税区发展工作"),
    ("fd10", "国际港务区", "development_zone", "standalone", "国际港务区和西安综保区是西安建设内陆改革开放高地的重要支撑"),
    ("fd10", "西安综保区", "bonded_zone", "standalone", "国际港务区和西安综保区是西安建设内陆改革开放高地的重要支撑"),
    ("fd10", "西安", "city", "standalone", "是西安建设内陆改革开放高地的重要支撑"),
    ("fd10", "港务区", "development_zone", "standalone", "要推动港务区和综保区政策、业务联动"),
    ("fd10", "综保区", "bonded_zone", "standalone", "要推动港务区和综保区政策、业务联动"),
    ("fd10", "西安港", "port", "standalone", "西安港进出口货值同比增长22%"),
    ("fd10", "西安铁路集装箱中心站", "transport_hub", "standalone", "西安铁路集装箱中心站和西安综保区保税物流分拨中心"),
    ("fd10", "新筑街道", "sub_district_office", "standalone", "师立新就做好新筑街道安置房配套"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fd", conventions="set fd (blind set: development zones named after places inside their cities in 江苏 南通 (南通综合保税区 → 南通综保区; 南通经开区), 湖北 宜昌 (宜昌高新区, 宜昌综保区), 湖北 鄂州 (鄂州市临空经济区 → 鄂州临空经济区, its 托管 燕矶镇), 湖北 黄石 / 大冶 (黄石临空经济区·还地桥镇, 区镇一体: the town keeps 大冶市's label), 山东 青岛 / 胶州 (青岛胶东临空经济示范区, its full name as label), 四川 成都 (成都东部新区), 陕西 西安 (西安国际港务区, 西安综保区): 党工委 / 管委会 organs with the zone label; a chain naming two zones gives a line per organ; zone departments as written (经发局, 招商局, 投资服务局); bare zone forms on a page are that page's zone; one line per post per article)",
          persons_note="Set fd persons. id = corpus-wide person_id (fd:聂远帆#1 of 鄂州临空经济区 (湖北) and fd:聂远帆#2 of 成都东部新区 (四川) are two people; fd:蒋明远 南通综保区党工委书记、管委会主任 2022 → 南通经开区党工委书记 2024; fd:缪晓川 综保区 委员、副主任 2022 → 副书记、主任 2024; fd:向德昌 宜昌高新区党工委书记、管委会主任 2023 → 副市长、党工委书记 2024; fd:覃立军 高新区 委员、副主任 / 综保区 主任 2023 → 高新区 副书记、主任 2024; fd:胡振坤 鄂州临空经济区经发局局长 2023 → 党工委委员、管委会副主任 2024)")


if __name__ == "__main__":
    main()
