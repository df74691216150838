"""Write gold part ``fc`` (a blind set: prefecture-level city leaders — 市委常委会会议, 市政府常务会议, 市长 / 市委书记 调研
in the city's districts and counties, 市四套班子 lists, city leaders who earlier led a county) from the tables below.

Pages ``tests/dev/texts/fc*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 常德 government site's 市政府会议 page (``您的位置: 首页 >市政府>
市政府会议>详细内容``, ``分享到: 打印 字体:``, a stamp ``2008-11-18 14:35 来源:常德政府网站``, ``市委常委、常务副市长…主持会议。
…等市政府领导，市长助理、市政府秘书长…参加会议。市人大常委会副主任…列席会议``); two 红网常德站 pages (``据常德日报讯（记者
…）``; a 市政府工作调度会; a 市人大常委会主任会议 with ``党组书记、代理主任``, ``来源: 作者: 编辑:``); the 四平日报 digital
edition (``市委常委会召开会议`` / ``…主持`` two-line headline, ``《四平日报》（2023年4月14日） 01版``, ``本报讯（全媒体记者 …）``;
a 市政府全体会议 of the same paper); the 四平 government site's 春节团拜会 (``市委书记…出席并致辞。市委副书记、市长…主持。市人大
常委会主任…、市政协主席…出席``); the 宝鸡新闻网 (``您所在的位置: 首页>要闻>正文``, ``发布日期: … 阅读量:``, ``宝鸡融媒…电
（记者 …）``, ``市领导…参加会议`` with bare names) and a 宝鸡大事记 (``市委书记…参加会议并讲话。市委常委、常务副市长…主持``,
``市领导…参加调研``); a 宝鸡 page of 凤翔 撤县设区 (``市人大常委会党组书记、主任…，市政协党组书记…参加``); the 柳州 大事记
(``市委书记…主持召开市委常委会议``, ``市长…主持召开…市政府常务会议``) and a 柳州 department page (``来源: 柳州1号 | 发布日期: |
作者:``); the 临沂 发改委 page (``临沂市委书记…，市委副书记、市长…，市委常委、副市长…分别参加相关活动``) and a 临沂 大事记
(``市委副书记、市长…到费县…。市委常委、副市长…，副市长…，市政府秘书长…，…费县县委、县政府负责人陪同``); a 抚州日报 page of
a visit to 赣州 (``省委副书记、赣州市委书记…会见``, 宁都县 长胜镇 / 青塘镇 蔬菜基地); a 赣南红 page (``市委副书记、市长…出席
并讲话。市领导…主持，…出席``, ``编辑: 编校: 值班主任: 编审:``); a 赣南日报 page of the 市政协常委会 (``来源:赣南日报 作者:
发布时间:``). Places are real: 江西 赣州 (章贡区, 宁都县), 湖南 常德 (桃源县, 汉寿县, 鼎城区), 广西 柳州 (柳江区), 山东 临沂
(沂南县), 陕西 宝鸡 (凤翔区, 岐山县), 吉林 四平 (梨树县, 双辽市).

Shapes: the 赣州 government site's 市政府常务会议 (市长 主持, 常务副市长, 副市长 list after one title, 市政府秘书长 出席; 市人大
常委会副主任 and 市政协副主席 列席; a 市 department head 汇报) (fc01); a county site of the 市长's 调研 (``赣州市委副书记、市长``,
bare ``市政府副秘书长``, bare 县委 chain) (fc02); the 赣南日报 第01版 with two articles, the 市委常委会会议 (``…主持`` headline;
市长 出席, 市人大常委会主任 and 市政协主席 列席) and the 市委书记's 调研 in the same county, with the former 县委书记 now 市委常委、
副市长 and the former 县长 now 县委书记 (fc03); the 常德 government site of the 市长's 调研 in 桃源县 (fc04); the 常德日报 A01版 of a
市委常委会扩大会议 with the 市四套班子 (``党组书记、主任``, ``党组书记、主席``), a ``市委常委、市纪委书记、市监委主任`` and the
former 桃源县委书记 now ``市委常委、秘书长`` (fc05); the 柳州 portal (``来源 | 发布日期 | 作者``) of the 市委书记's 调研 in 柳江区
with 区委书记 and bare ``区委副书记、区长`` (fc06); the 沂南 county site of the 临沂 市长's 调研 (县委书记 时立峰#1) (fc07); the 宝鸡新闻网
of a 重点项目观摩 with the 四套班子 heads (市委书记, 市长, 市人大常委会主任, 市政协主席), ``市领导`` named without titles, the 凤翔
区委书记 and 岐山 县委书记 / 县长, and the 点评会 after it (fc08); the 四平日报 01版 of a 市委常委会会议 hearing a 县委书记's report
(fc09); the 双辽市 (county-level city) site of the 四平 市长's 调研, where the bare ``市委书记`` / ``市委副书记、市长`` / ``市水利局``
are 双辽's, right after 四平 chains (fc10).

Identity cases:
- fc:钟启衡 赣州市委副书记、市长 (fc01 June 2022, fc02 Sept 2022) → 赣州市委书记 (fc03 May 2024).
- fc:曾昭麟 宁都县委书记 (fc02, 2022) → 赣州市委常委、副市长 (fc03, 2024): a city leader who earlier led a county.
- fc:廖春华 宁都县委副书记、县长 (fc02, 2022) → 宁都县委书记 (fc03, 2024).
- fc:田宏宇 桃源县委书记 (fc04, Apr 2023) → 常德市委常委、秘书长 (fc05, July 2024).
- fc:曲振东 梨树县委书记 (fc09, June 2023) → 四平市委常委、副市长 (fc10, May 2024).
- fc:温福生 赣州市人大常委会副主任 (fc01, 2022) → 主任 (fc03, 2024).
- the same posts in two pages: fc:龚卫城 (常德市委副书记、市长, fc04 and fc05), fc:邹立群 (四平市委副书记、市长, fc09 and fc10).
- two different 时立峰 in unrelated places: fc:时立峰#1 沂南县委书记 (山东 临沂, fc07, 2023); fc:时立峰#2 双辽市委书记 (吉林 四平,
  fc10, 2024). Look-alike careers (a 县委书记, then a 市委书记 a year later) but two people.
- one organ name, several places: bare ``市委`` / ``市政府`` are 赣州's (fc01–fc03), 常德's (fc04, fc05), 柳州's (fc06), 临沂's
  (fc07, ``市政府副秘书长``), 宝鸡's (fc08), 四平's (fc09) and, on the 双辽 site, the county-level city 双辽's (fc10: ``市委书记``,
  ``市委副书记、市长``, ``市水利局``); bare ``县委`` is 宁都's (fc02), 沂南's (fc07), 岐山's (fc08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and earlier parts where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: bare 市委 / 市政府 / 市X局 on a city site or in a city
  paper = that city; on a county site (宁都, 沂南) a bare ``市政府副秘书长`` after ``赣州市委副书记、市长`` / ``临沂市委副书记、
  市长`` = that prefecture city; bare 县委 / 县长 / 县X局 on a county site = that county; in a city paper a bare ``县委副书记、
  县长`` right after ``宁都县委书记`` is 宁都's, a bare ``区委副书记、区长`` after ``柳江区委书记`` is 柳江区's; ``在凤翔区，区委书记…``
  = 凤翔区委; ``在岐山县，县委书记…`` = 岐山县委.
- DECIDED HERE: on a county-level city's own site (``到我市调研``), a bare ``市委书记`` / ``市委副书记、市长`` / ``市水利局局长``
  following the visiting prefecture leaders' chains (``四平市委常委、副市长曲振东，市委书记时立峰``) is the county-level city's
  (双辽市委, 双辽市政府, 双辽市水利局): the page writes the prefecture's organs with their name (``四平市委``) and its own bare,
  as bs read 库车市's bare 市委 after 库车市委书记.
- 市四套班子: ``市人大常委会主任`` → X市人大常委会 主任, ``市人大常委会副主任`` → 副主任; ``市政协主席`` / ``副主席`` → X市政协;
  ``市人大常委会党组书记、主任`` → X市人大常委会党组 书记 + X市人大常委会 主任 (党组 only with 书记, as z); the same for 政协.
  ``市四套班子领导`` and ``市领导路明轩、孔德清`` (no title) are no posts; those two are named attendees.
- ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长 (秘书长 after 市委常委 is the 市委's, as ak / bs); ``市政府秘书长`` /
  ``市政府副秘书长`` → X市政府; ``市委常委、市纪委书记、市监委主任`` → X市委 常委, X市纪委 书记, X市监委 主任; ``市委常委、常务
  副市长`` → X市委 常委 + X市政府 常务副市长; city departments as written after the label (赣州市住房和城乡建设局).
- One line per post per article (钟启衡 in both articles of fc03 gets a line in each); a list after one title gives every name
  that title (``副市长刘婉清、邬子健``).
- Events: 市委常委会会议 (and its 扩大会议) ``meeting (市委常委会会议)``, organizer the 市委 when the text says 市委常委会召开;
  市政府常务会议 ``meeting (市政府常务会议)``, organizer the 市政府 when the text says 市政府召开; chair = 主持; 出席 and 列席
  persons are attendees; 通报 / 汇报 / 说明 / 交流发言 / 指出 / 强调 / 要求 / 作了安排 / 表示 are speakers. A 调研 is an
  ``inspection`` (leader; 参加 / 陪同 are attendees; people who only 介绍 / 汇报 at a site are speakers, not attendees, since the text
  does not say they 陪同). The 重点项目观摩 is a ``site observation`` (the 四套班子 heads and the 市领导 参加观摩 are attendees; no leader
  is written) and the 点评会 after it its own meeting (as bq01).
- Bylines: ``本报讯（记者 …）``, ``（记者 …）``, ``宝鸡融媒讯（记者 …）``, ``本报讯（全媒体记者 …）`` are reporter lines, ``通讯员`` a
  correspondent line; DECIDED HERE: a portal's ``作者： 潘悦`` and a county 融媒体中心 credit are author lines; 编辑 / 责任编辑 / 校对 /
  审核 / 版式 are editor lines. The paper's ``来源：常德日报`` line is no person.
- Projects are named works inspected, reported or to be pushed: 产业园 (and their 二期 / 三期, 扩能项目) ``industrial_park``;
  冷链集配中心 / 冷链物流园 ``logistics_hub``; 供水一体化工程 and a 东环路 ``infrastructure_project``; 堤防 / 防洪 / 河道综合治理
  ``engineering_work``; 生态综合治理 of a river ``greening_project``; hospitals, a 城市更新项目, a named 高标准农田建设项目, 蔬菜基地,
  示范园 / 示范区 / 黑土地 示范区核心区 ``project``. DECIDED HERE: ``城市更新三年行动``, ``一县一策``, 《…方案》《…措施》 (documents) and
  the zones themselves (常德高新区, 常德经开区: places) are no projects.
- Places: one line per name per file, as written (``宁都`` and ``宁都县`` are two names); places inside titles and organ references
  (``赣州市委副书记``), document titles and project names count; site lines, mastheads, 来源 lines, 相关链接 / 本版导读 / 上一篇 lists and
  footers are not annotated; district names several cities have (铁东区, 铁西区) are written bare as the page writes them.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GZ, CD, LZ, LY, BJ, SP = "赣州市", "常德市", "柳州市", "临沂市", "宝鸡市", "四平市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fc01_ganzhou.txt": (2022, "发布时间：2022-06-21 09:32", GZ, [
        ("市政府召开第十二次常务会议", "6月20日", "2022-06-20", "6月20日，市委副书记",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长 list, 秘书长 出席; 市人大常委会副主任, 市政协副主席 列席; 局长 汇报)")]),
    "fc02_ningdu.txt": (2022, "时间：2022-09-16 10:18", "宁都县", [
        ("钟启衡到我县调研县城补短板和富硒产业发展工作", "9月15日", "2022-09-15", "9月15日，赣州市委",
         "county site: the 赣州 市长's 调研 with a bare 市政府副秘书长 and the 县委书记, 县长, 副县长")]),
    "fc03_ganzhou.txt": (2024, "2024年5月22日　星期三", GZ, [
        ("市委常委会召开会议", "5月21日上午", "2024-05-21", "本报讯（记者 罗晓彤）5月21日上午",
         "city paper 第01版: 市委常委会会议 (市委书记 主持; 市长 出席; 市人大常委会主任, 市政协主席 列席)"),
        ("钟启衡在宁都县调研时强调", "5月21日下午", "2024-05-21", "本报讯（记者 朱凌云",
         "city paper: the 市委书记's 调研 in 宁都县; the former 县委书记 now 市委常委、副市长, the former 县长 now 县委书记")]),
    "fc04_taoyuan.txt": (2023, "2023-04-13 16:40", CD, [
        ("龚卫城到桃源县调研春耕生产和产业项目建设", "4月12日", "2023-04-12", "4月12日，市委副书记",
         "city site: the 市长's 调研 in 桃源县 with 副市长, 市政府秘书长, 县委书记, 县长")]),
    "fc05_changde.txt": (2024, "2024年07月10日　星期三", CD, [
        ("市委常委会召开扩大会议", "7月9日", "2024-07-09", "本报讯（记者 谭思琪）7月9日",
         "city paper A01版: 市委常委会扩大会议 with the 市四套班子 (党组书记、主任 / 主席), 纪委书记、监委主任, the former 桃源县委书记 now 市委常委、秘书长")]),
    "fc06_liuzhou.txt": (2023, "发布日期： 2023-08-17 09:12", LZ, [
        ("韦思远到柳江区调研时强调", "8月16日", "2023-08-16", "8月16日，市委书记",
         "city portal (来源 | 发布日期 | 作者): the 市委书记's 调研 in 柳江区 with 市委常委、秘书长, 副市长, 区委书记, 区长")]),
    "fc07_yinan.txt": (2023, "发布时间：2023-03-09 17:26", "沂南县", [
        ("颜廷坤到我县调研重点项目建设和城乡供水工作", "3月8日", "2023-03-08", "3月8日，临沂市委",
         "county site: the 临沂 市长's 调研 with 副市长, 市政府副秘书长, 县委书记 (时立峰#1), 县长, 县水务局局长")]),
    "fc08_baoji.txt": (2023, "发布日期：2023-10-26 08:15:20", BJ, [
        ("全市第三季度重点项目观摩活动举行", "10月25日", "2023-10-25", "宝鸡融媒讯（记者 李沐阳）10月25日",
         "city news portal: 重点项目观摩 with the 四套班子 heads and 市领导 without titles in 凤翔区 and 岐山县; 点评会")]),
    "fc09_siping.txt": (2023, "《四平日报》（2023年6月9日） 01版", SP, [
        ("市委常委会召开会议", "6月8日", "2023-06-08", "本报讯（全媒体记者 于佳音）6月8日",
         "city paper 01版: 市委常委会会议 (市委书记 主持; 市长 出席; 市人大常委会主任, 市政协主席 列席; 梨树县委书记 汇报)")]),
    "fc10_shuangliao.txt": (2024, "发布时间：2024-05-15", "双辽市", [
        ("邹立群到我市调研重点项目建设和防汛工作", "5月14日", "2024-05-14", "5月14日，四平市委",
         "county-level city site: the 四平 市长's 调研; bare 市委书记 / 市长 / 市水利局 = 双辽's; the former 梨树县委书记 now 四平 副市长")]),
}

_F01_XIE = "市委常委、常务副市长谢承宇"
_F01_VM = "副市长刘婉清、邬子健"
_F02_ZHONG = "赣州市委副书记、市长钟启衡到我县调研"
_F05_ZHOU = "市委常委、市纪委书记、市监委主任周鼎铭"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 赣州
    "fc:钟启衡": ("钟启衡", "official", GZ, [
        ("fc01", f"{GZ}委", "副书记", "市委副书记、市长钟启衡主持召开", "2022-06: bare 市委 on the 赣州 site (identity case: 市委书记 in 2024, fc03)"),
        ("fc01", f"{GZ}政府", "市长", "市委副书记、市长钟启衡主持召开", None),
        ("fc02", f"{GZ}委", "副书记", _F02_ZHONG, "2022-09, on the 宁都县 site"),
        ("fc02", f"{GZ}政府", "市长", _F02_ZHONG, None),
        ("fc03", f"{GZ}委", "书记", "市委书记钟启衡主持召开市委常委会会议", "2024-05: now 市委书记 (A1; named in the subheadline 钟启衡主持 too)"),
        ("fc03", f"{GZ}委", "书记", "市委书记钟启衡到宁都县调研", "A2: one line per post per article")], []),
    "fc:谢承宇": ("谢承宇", "official", GZ, [
        ("fc01", f"{GZ}委", "常委", _F01_XIE, None),
        ("fc01", f"{GZ}政府", "常务副市长", _F01_XIE, None)], []),
    "fc:刘婉清": ("刘婉清", "official", GZ, [
        ("fc01", f"{GZ}政府", "副市长", _F01_VM, "list after one title")], []),
    "fc:邬子健": ("邬子健", "official", GZ, [
        ("fc01", f"{GZ}政府", "副市长", _F01_VM, "list after one title")], []),
    "fc:黄启鸣": ("黄启鸣", "official", GZ, [
        ("fc01", f"{GZ}政府", "秘书长", "市政府秘书长黄启鸣", None)], []),
    "fc:温福生": ("温福生", "official", GZ, [
        ("fc01", f"{GZ}人大常委会", "副主任", "市人大常委会副主任温福生", "2022-06 (主任 in 2024, fc03)"),
        ("fc03", f"{GZ}人大常委会", "主任", "市人大常委会主任温福生", "2024-05")], []),
    "fc:朱雅琴": ("朱雅琴", "official", GZ, [
        ("fc01", f"{GZ}政协", "副主席", "市政协副主席朱雅琴", None)], []),
    "fc:肖景文": ("肖景文", "official", GZ, [
        ("fc01", f"{GZ}住房和城乡建设局", "局长", "市住房和城乡建设局局长肖景文", "city department as written after the label")], []),
    "fc:赖德元": ("赖德元", "official", GZ, [
        ("fc02", f"{GZ}政府", "副秘书长", "市政府副秘书长赖德元", "bare 市政府 on the 宁都县 site right after 赣州市委副书记、市长 = 赣州's")], []),
    "fc:曾昭麟": ("曾昭麟", "official", "宁都县", [
        ("fc02", "宁都县委", "书记", "县委书记曾昭麟", "2022-09: bare 县委 on the 宁都县 site (identity case: 赣州市委常委、副市长 in 2024, fc03)"),
        ("fc03", f"{GZ}委", "常委", "市委常委、副市长曾昭麟", "2024-05: a city leader who earlier led 宁都县"),
        ("fc03", f"{GZ}政府", "副市长", "市委常委、副市长曾昭麟", None)], []),
    "fc:廖春华": ("廖春华", "official", "宁都县", [
        ("fc02", "宁都县委", "副书记", "县委副书记、县长廖春华", "2022-09 (identity case: 县委书记 in 2024, fc03)"),
        ("fc02", "宁都县政府", "县长", "县委副书记、县长廖春华", None),
        ("fc03", "宁都县委", "书记", "宁都县委书记廖春华", "2024-05: now 县委书记")], []),
    "fc:彭绍辉": ("彭绍辉", "official", "宁都县", [
        ("fc02", "宁都县委", "常委", "县委常委、副县长彭绍辉", None),
        ("fc02", "宁都县政府", "副县长", "县委常委、副县长彭绍辉", None)], []),
    "fc:邱明达": ("邱明达", "official", GZ, [
        ("fc03", f"{GZ}委", "副书记", "市委副书记、市长邱明达", "2024: 钟启衡's successor as 市长"),
        ("fc03", f"{GZ}政府", "市长", "市委副书记、市长邱明达", None)], []),
    "fc:石佩兰": ("石佩兰", "official", GZ, [
        ("fc03", f"{GZ}政协", "主席", "市政协主席石佩兰", None)], []),
    "fc:胡韵清": ("胡韵清", "official", "宁都县", [
        ("fc03", "宁都县委", "副书记", "县委副书记、县长胡韵清", "bare 县委 right after 宁都县委书记"),
        ("fc03", "宁都县政府", "县长", "县委副书记、县长胡韵清", None)], []),
    # ---- 常德
    "fc:龚卫城": ("龚卫城", "official", CD, [
        ("fc04", f"{CD}委", "副书记", "市委副书记、市长龚卫城到桃源县调研", "2023-04; bare 市委 on the 常德 site"),
        ("fc04", f"{CD}政府", "市长", "市委副书记、市长龚卫城到桃源县调研", None),
        ("fc05", f"{CD}委", "副书记", "市委副书记、市长龚卫城通报了", "2024-07: the same posts"),
        ("fc05", f"{CD}政府", "市长", "市委副书记、市长龚卫城通报了", None)], []),
    "fc:向海鹰": ("向海鹰", "official", CD, [
        ("fc04", f"{CD}政府", "副市长", "副市长向海鹰", None)], []),
    "fc:熊立坤": ("熊立坤", "official", CD, [
        ("fc04", f"{CD}政府", "秘书长", "市政府秘书长熊立坤", None)], []),
    "fc:田宏宇": ("田宏宇", "official", CD, [
        ("fc04", "桃源县委", "书记", "桃源县委书记田宏宇", "2023-04 (identity case: 常德市委常委、秘书长 in 2024, fc05)"),
        ("fc05", f"{CD}委", "常委", "市委常委、秘书长田宏宇", "2024-07: a city leader who earlier led 桃源县"),
        ("fc05", f"{CD}委", "秘书长", "市委常委、秘书长田宏宇", "秘书长 after 市委常委 = the 市委's")], []),
    "fc:覃淑芬": ("覃淑芬", "official", "桃源县", [
        ("fc04", "桃源县委", "副书记", "县委副书记、县长覃淑芬", "bare 县委 right after 桃源县委书记"),
        ("fc04", "桃源县政府", "县长", "县委副书记、县长覃淑芬", None)], []),
    "fc:杨骏驰": ("杨骏驰", "official", CD, [
        ("fc05", f"{CD}委", "书记", "市委书记杨骏驰主持并讲话", "named in the subheadline too")], []),
    "fc:文耀祖": ("文耀祖", "official", CD, [
        ("fc05", f"{CD}人大常委会党组", "书记", "市人大常委会党组书记、主任文耀祖", "党组 only with 书记"),
        ("fc05", f"{CD}人大常委会", "主任", "市人大常委会党组书记、主任文耀祖", None)], []),
    "fc:易秋萍": ("易秋萍", "official", CD, [
        ("fc05", f"{CD}政协党组", "书记", "市政协党组书记、主席易秋萍", None),
        ("fc05", f"{CD}政协", "主席", "市政协党组书记、主席易秋萍", "市四套班子领导 itself is no post")], []),
    "fc:周鼎铭": ("周鼎铭", "official", CD, [
        ("fc05", f"{CD}委", "常委", _F05_ZHOU, None),
        ("fc05", f"{CD}纪委", "书记", _F05_ZHOU, None),
        ("fc05", f"{CD}监委", "主任", _F05_ZHOU, None)], []),
    "fc:邹家骏": ("邹家骏", "official", "汉寿县", [
        ("fc05", "汉寿县委", "书记", "汉寿县委书记邹家骏", None)], []),
    "fc:樊景行": ("樊景行", "official", "鼎城区", [
        ("fc05", "鼎城区委", "书记", "鼎城区委书记樊景行", None)], []),
    # ---- 柳州
    "fc:韦思远": ("韦思远", "official", LZ, [
        ("fc06", f"{LZ}委", "书记", "市委书记韦思远到柳江区调研", "named in the headline too")], []),
    "fc:蓝海涛": ("蓝海涛", "official", LZ, [
        ("fc06", f"{LZ}委", "常委", "市委常委、秘书长蓝海涛", None),
        ("fc06", f"{LZ}委", "秘书长", "市委常委、秘书长蓝海涛", None)], []),
    "fc:莫丽娜": ("莫丽娜", "official", LZ, [
        ("fc06", f"{LZ}政府", "副市长", "副市长莫丽娜", None)], []),
    "fc:黎昌茂": ("黎昌茂", "official", "柳江区", [
        ("fc06", "柳江区委", "书记", "柳江区委书记黎昌茂", None)], []),
    "fc:梁芷晴": ("梁芷晴", "official", "柳江区", [
        ("fc06", "柳江区委", "副书记", "区委副书记、区长梁芷晴", "bare 区委 right after 柳江区委书记"),
        ("fc06", "柳江区政府", "区长", "区委副书记、区长梁芷晴", None)], []),
    # ---- 临沂
    "fc:颜廷坤": ("颜廷坤", "official", LY, [
        ("fc07", f"{LY}委", "副书记", "临沂市委副书记、市长颜廷坤", "named in the headline too"),
        ("fc07", f"{LY}政府", "市长", "临沂市委副书记、市长颜廷坤", None)], []),
    "fc:庞丽君": ("庞丽君", "official", LY, [
        ("fc07", f"{LY}政府", "副市长", "副市长庞丽君", "bare 副市长 on the 沂南 site after 临沂市委副书记、市长")], []),
    "fc:于晓东": ("于晓东", "official", LY, [
        ("fc07", f"{LY}政府", "副秘书长", "市政府副秘书长于晓东", None)], []),
    "fc:时立峰#1": ("时立峰", "official", "沂南县", [
        ("fc07", "沂南县委", "书记", "县委书记时立峰", "沂南县 (山东), 2023; not the 时立峰 of 双辽市 (fc10)")], []),
    "fc:褚红梅": ("褚红梅", "official", "沂南县", [
        ("fc07", "沂南县委", "副书记", "县委副书记、县长褚红梅", None),
        ("fc07", "沂南县政府", "县长", "县委副书记、县长褚红梅", None)], []),
    "fc:邵春阳": ("邵春阳", "official", "沂南县", [
        ("fc07", "沂南县水务局", "局长", "县水务局局长邵春阳", None)], []),
    # ---- 宝鸡
    "fc:严伯钧": ("严伯钧", "official", BJ, [
        ("fc08", f"{BJ}委", "书记", "市委书记严伯钧", "named in the subheadline too")], []),
    "fc:郑凯文": ("郑凯文", "official", BJ, [
        ("fc08", f"{BJ}委", "副书记", "市委副书记、市长郑凯文", None),
        ("fc08", f"{BJ}政府", "市长", "市委副书记、市长郑凯文", None)], []),
    "fc:冯秉直": ("冯秉直", "official", BJ, [
        ("fc08", f"{BJ}人大常委会", "主任", "市人大常委会主任冯秉直", None)], []),
    "fc:牛淑贤": ("牛淑贤", "official", BJ, [
        ("fc08", f"{BJ}政协", "主席", "市政协主席牛淑贤", None)], []),
    "fc:路明轩": ("路明轩", "official", BJ, [], ["fc08"]),
    "fc:孔德清": ("孔德清", "official", BJ, [], ["fc08"]),
    "fc:屈宏伟": ("屈宏伟", "official", BJ, [
        ("fc08", f"{BJ}委", "常委", "市委常委、常务副市长屈宏伟", None),
        ("fc08", f"{BJ}政府", "常务副市长", "市委常委、常务副市长屈宏伟", None)], []),
    "fc:雷敬堂": ("雷敬堂", "official", "凤翔区", [
        ("fc08", "凤翔区委", "书记", "在凤翔区，区委书记雷敬堂", "bare 区委 after 在凤翔区")], []),
    "fc:苟建军": ("苟建军", "official", "岐山县", [
        ("fc08", "岐山县委", "书记", "在岐山县，县委书记苟建军", None)], []),
    "fc:贺文涛": ("贺文涛", "official", "岐山县", [
        ("fc08", "岐山县委", "副书记", "县委副书记、县长贺文涛", None),
        ("fc08", "岐山县政府", "县长", "县委副书记、县长贺文涛", None)], []),
    # ---- 四平
    "fc:郝承志": ("郝承志", "official", SP, [
        ("fc09", f"{SP}委", "书记", "市委书记郝承志主持召开", "named in the subheadline 郝承志主持 too")], []),
    "fc:邹立群": ("邹立群", "official", SP, [
        ("fc09", f"{SP}委", "副书记", "市委副书记、市长邹立群出席会议", "2023-06"),
        ("fc09", f"{SP}政府", "市长", "市委副书记、市长邹立群出席会议", None),
        ("fc10", f"{SP}委", "副书记", "四平市委副书记、市长邹立群", "2024-05, on the 双辽 site"),
        ("fc10", f"{SP}政府", "市长", "四平市委副书记、市长邹立群", None)], []),
    "fc:包德胜": ("包德胜", "official", SP, [
        ("fc09", f"{SP}人大常委会", "主任", "市人大常委会主任包德胜", None)], []),
    "fc:姜玉珍": ("姜玉珍", "official", SP, [
        ("fc09", f"{SP}政协", "主席", "市政协主席姜玉珍", None)], []),
    "fc:曲振东": ("曲振东", "official", SP, [
        ("fc09", "梨树县委", "书记", "梨树县委书记曲振东", "2023-06 (identity case: 四平市委常委、副市长 in 2024, fc10)"),
        ("fc10", f"{SP}委", "常委", "四平市委常委、副市长曲振东", "2024-05: a city leader who earlier led 梨树县"),
        ("fc10", f"{SP}政府", "副市长", "四平市委常委、副市长曲振东", None)], []),
    "fc:时立峰#2": ("时立峰", "official", "双辽市", [
        ("fc10", "双辽市委", "书记", "市委书记时立峰", "DECIDED HERE: bare 市委 on the 双辽 site = 双辽市委 (county-level city), though it follows 四平 chains; 吉林, 2024; not the 时立峰 of 沂南县 (fc07)")], []),
    "fc:吴佳楠": ("吴佳楠", "official", "双辽市", [
        ("fc10", "双辽市委", "副书记", "市委副书记、市长吴佳楠", "bare 市委 / 市长 on the 双辽 site = 双辽's"),
        ("fc10", "双辽市政府", "市长", "市委副书记、市长吴佳楠", None)], []),
    "fc:关振霆": ("关振霆", "official", "双辽市", [
        ("fc10", "双辽市水利局", "局长", "市水利局局长关振霆", "bare 市水利局 on the 双辽 site = 双辽's")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fc01", "温静姝", "责任编辑", "editor", "责任编辑：温静姝"),
    ("fc02", "刘安琪", "供稿", "author", "（县融媒体中心 刘安琪）"),
    ("fc02", "黄雨晨", "编辑", "editor", "编辑：黄雨晨"),
    ("fc02", "李振声", "审核", "editor", "审核：李振声"),
    ("fc03", "罗晓彤", "记者", "reporter", "本报讯（记者 罗晓彤）"),
    ("fc03", "朱凌云", "记者", "reporter", "本报讯（记者 朱凌云 通讯员 陈睿恒）"),
    ("fc03", "陈睿恒", "通讯员", "correspondent", "本报讯（记者 朱凌云 通讯员 陈睿恒）"),
    ("fc03", "钟晓岚", "责任编辑", "editor", "责任编辑：钟晓岚"),
    ("fc03", "邝梓瑶", "校对", "editor", "校对：邝梓瑶"),
    ("fc04", "谭思琪", "记者", "reporter", "（记者 谭思琪）"),
    ("fc04", "张子萱", "责任编辑", "editor", "责任编辑：张子萱"),
    ("fc05", "谭思琪", "记者", "reporter", "本报讯（记者 谭思琪）"),
    ("fc05", "肖明宇", "责任编辑", "editor", "责任编辑：肖明宇"),
    ("fc05", "胡海宁", "版式", "editor", "版式：胡海宁"),
    ("fc06", "潘悦", "作者", "author", "作者： 潘悦"),
    ("fc06", "覃诗雨", "责任编辑", "editor", "责任编辑：覃诗雨"),
    ("fc07", "孟佳琪", "编辑", "editor", "编辑：孟佳琪"),
    ("fc07", "韩一鸣", "校对", "editor", "校对：韩一鸣"),
    ("fc07", "彭书瑶", "审核", "editor", "审核：彭书瑶"),
    ("fc08", "李沐阳", "记者", "reporter", "宝鸡融媒讯（记者 李沐阳）"),
    ("fc08", "刘润泽", "编辑", "editor", "编辑：刘润泽"),
    ("fc09", "于佳音", "全媒体记者", "reporter", "本报讯（全媒体记者 于佳音）"),
    ("fc10", "隋晓萌", "编辑", "editor", "编辑：隋晓萌"),
    ("fc10", "高晓菲", "审核", "editor", "审核：高晓菲"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fc01", "市政府第十二次常务会议", "meeting (市政府常务会议)", "6月20日", "钟启衡", None, [f"{GZ}政府"],
     ["谢承宇", "刘婉清", "邬子健", "黄启鸣", "温福生", "朱雅琴"], ["肖景文", "钟启衡", "谢承宇"], None,
     "市委副书记、市长钟启衡主持召开市政府第十二次常务会议",
     ["市长钟启衡主持召开", "常务副市长谢承宇，副市长刘婉清、邬子健，市政府秘书长黄启鸣出席会议",
      "市人大常委会副主任温福生、市政协副主席朱雅琴列席会议", "局长肖景文关于", "钟启衡强调", "谢承宇就做好主汛期防汛值守"]),
    ("fc02", "宁都县县城补短板强弱项和富硒蔬菜产业发展调研", "inspection (调研)", "9月15日", None, "钟启衡", [],
     ["赖德元", "曾昭麟", "廖春华", "彭绍辉"], ["彭绍辉", "廖春华", "钟启衡", "曾昭麟"], "宁都县",
     "赣州市委副书记、市长钟启衡到我县调研县城补短板强弱项和富硒蔬菜产业发展工作",
     ["市长钟启衡到我县调研", "县委常委、副县长彭绍辉陪同调研", "彭绍辉介绍了", "听取了廖春华关于", "钟启衡指出", "曾昭麟表示"]),
    ("fc03", "市委常委会会议", "meeting (市委常委会会议)", "5月21日上午", "钟启衡", None, [f"{GZ}委"],
     ["邱明达", "温福生", "石佩兰"], [], None,
     "市委书记钟启衡主持召开市委常委会会议",
     ["市委书记钟启衡主持召开市委常委会会议", "市长邱明达出席会议", "市人大常委会主任温福生、市政协主席石佩兰列席会议"]),
    ("fc03", "宁都县县域经济发展和首位产业培育调研", "inspection (调研)", "5月21日下午", None, "钟启衡", [],
     ["曾昭麟"], ["廖春华", "胡韵清", "钟启衡", "曾昭麟"], "宁都县",
     "市委书记钟启衡到宁都县调研县域经济发展和首位产业培育工作",
     ["市委书记钟启衡到宁都县调研", "市委常委、副市长曾昭麟参加调研", "宁都县委书记廖春华介绍了", "县长胡韵清汇报了",
      "钟启衡指出", "曾昭麟要求", "廖春华表示"]),
    ("fc04", "桃源县春耕生产和产业项目建设调研", "inspection (调研)", "4月12日", None, "龚卫城", [],
     ["向海鹰", "熊立坤", "田宏宇", "覃淑芬"], ["覃淑芬", "龚卫城", "向海鹰", "田宏宇"], "桃源县",
     "市委副书记、市长龚卫城到桃源县调研春耕生产和产业项目建设工作",
     ["市长龚卫城到桃源县调研", "副市长向海鹰，市政府秘书长熊立坤参加调研", "县长覃淑芬陪同", "覃淑芬汇报了", "龚卫城强调",
      "向海鹰就落实早稻种植面积", "田宏宇表示"]),
    ("fc05", "市委常委会扩大会议", "meeting (市委常委会会议)", "7月9日", "杨骏驰", None, [f"{CD}委"],
     ["文耀祖", "易秋萍"], ["龚卫城", "周鼎铭", "田宏宇", "邹家骏", "樊景行", "杨骏驰"], None,
     "7月9日，市委常委会召开扩大会议",
     ["市委书记杨骏驰主持并讲话", "市长龚卫城通报了", "主任文耀祖，市政协党组书记、主席易秋萍等市四套班子领导出席会议",
      "周鼎铭通报了", "秘书长田宏宇就市委重点工作督查情况作了说明", "汉寿县委书记邹家骏、鼎城区委书记樊景行分别", "杨骏驰指出"]),
    ("fc06", "柳江区产业发展和乡村振兴调研", "inspection (调研)", "8月16日", None, "韦思远", [],
     ["蓝海涛", "莫丽娜", "黎昌茂", "梁芷晴"], ["梁芷晴", "黎昌茂", "韦思远", "莫丽娜"], "柳江区",
     "市委书记韦思远到柳江区调研产业发展和乡村振兴工作",
     ["市委书记韦思远到柳江区调研", "市委常委、秘书长蓝海涛，副市长莫丽娜参加调研", "区长梁芷晴陪同", "梁芷晴介绍了",
      "黎昌茂汇报了", "韦思远指出", "莫丽娜要求"]),
    ("fc07", "沂南县重点项目建设和城乡供水一体化调研", "inspection (调研)", "3月8日", None, "颜廷坤", [],
     ["庞丽君", "于晓东", "时立峰", "褚红梅"], ["褚红梅", "邵春阳", "颜廷坤", "庞丽君", "时立峰"], "沂南县",
     "临沂市委副书记、市长颜廷坤到我县调研重点项目建设和城乡供水一体化工作",
     ["市长颜廷坤到我县调研", "副市长庞丽君，市政府副秘书长于晓东，县委书记时立峰，县委副书记、县长褚红梅陪同调研",
      "褚红梅介绍了", "邵春阳汇报了", "颜廷坤强调", "庞丽君就抓好沂河生态治理", "时立峰表示"]),
    ("fc08", "全市第三季度重点项目观摩活动", "site observation (观摩活动)", "10月25日", None, None, [],
     ["严伯钧", "郑凯文", "冯秉直", "牛淑贤", "路明轩", "孔德清"], ["雷敬堂", "苟建军", "贺文涛"], "凤翔区、岐山县",
     "全市第三季度重点项目观摩活动在凤翔区、岐山县举行",
     ["市人大常委会主任冯秉直，市政协主席牛淑贤参加观摩", "市领导路明轩、孔德清参加", "区委书记雷敬堂介绍了",
      "县委书记苟建军，县委副书记、县长贺文涛分别汇报了"]),
    ("fc08", "全市重点项目建设点评会", "meeting (点评会)", "10月25日", "郑凯文", None, [],
     [], ["屈宏伟", "严伯钧"], None,
     "观摩结束后，召开全市重点项目建设点评会",
     ["郑凯文主持点评会", "常务副市长屈宏伟通报了", "严伯钧在讲话中指出"]),
    ("fc09", "市委常委会会议", "meeting (市委常委会会议)", "6月8日", "郝承志", None, [],
     ["邹立群", "包德胜", "姜玉珍"], ["曲振东", "郝承志"], None,
     "市委书记郝承志主持召开市委常委会会议",
     ["市委书记郝承志主持召开市委常委会会议", "市长邹立群出席会议", "市人大常委会主任包德胜、市政协主席姜玉珍列席会议",
      "梨树县委书记曲振东汇报了", "郝承志强调"]),
    ("fc10", "双辽市重点项目建设和防汛备汛调研", "inspection (调研)", "5月14日", None, "邹立群", [],
     ["曲振东", "时立峰", "吴佳楠"], ["吴佳楠", "关振霆", "邹立群", "曲振东", "时立峰"], "双辽市",
     "四平市委副书记、市长邹立群到我市调研重点项目建设和防汛备汛工作",
     ["市长邹立群到我市调研", "四平市委常委、副市长曲振东，市委书记时立峰，市委副书记、市长吴佳楠陪同调研", "吴佳楠汇报了",
      "关振霆介绍了", "邹立群强调", "曲振东就抓好高标准农田建设质量", "时立峰表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fc01", "东河片区城市更新项目", "project", "把东河片区城市更新项目和章江两岸防洪提升工程"),
    ("fc01", "章江两岸防洪提升工程", "engineering_work", "把东河片区城市更新项目和章江两岸防洪提升工程"),
    ("fc01", "宁都县人民医院新院区建设项目", "project", "帮助宁都县人民医院新院区建设项目、于都县城乡供水一体化工程"),
    ("fc01", "于都县城乡供水一体化工程", "infrastructure_project", "帮助宁都县人民医院新院区建设项目、于都县城乡供水一体化工程"),
    ("fc02", "宁都县人民医院新院区建设项目", "project", "先后来到宁都县人民医院新院区建设项目"),
    ("fc02", "梅江河城区段综合治理工程", "engineering_work", "梅江河城区段综合治理工程现场"),
    ("fc02", "长胜镇富硒蔬菜基地", "project", "长胜镇富硒蔬菜基地、青塘镇富硒蔬菜冷链集配中心项目"),
    ("fc02", "青塘镇富硒蔬菜冷链集配中心项目", "logistics_hub", "长胜镇富硒蔬菜基地、青塘镇富硒蔬菜冷链集配中心项目"),
    ("fc03", "宁都县人民医院新院区建设项目", "project", "先后来到宁都县人民医院新院区建设项目"),
    ("fc03", "梅江镇纺织服装产业园二期", "industrial_park", "梅江镇纺织服装产业园二期和黄陂镇富硒蔬菜冷链物流园"),
    ("fc03", "黄陂镇富硒蔬菜冷链物流园", "logistics_hub", "梅江镇纺织服装产业园二期和黄陂镇富硒蔬菜冷链物流园"),
    ("fc04", "陬市镇高标准农田建设项目", "project", "在陬市镇高标准农田建设项目区"),
    ("fc04", "桃源县铝基新材料产业园二期", "industrial_park", "在桃源县铝基新材料产业园二期"),
    ("fc04", "沅江桃源段堤防加固工程", "engineering_work", "在沅江桃源段堤防加固工程现场"),
    ("fc06", "拉堡镇螺蛳粉产业园三期", "industrial_park", "先后来到拉堡镇螺蛳粉产业园三期"),
    ("fc06", "百朋镇荷花产业示范区", "project", "百朋镇荷花产业示范区和柳江区人民医院综合楼建设项目"),
    ("fc06", "柳江区人民医院综合楼建设项目", "project", "百朋镇荷花产业示范区和柳江区人民医院综合楼建设项目"),
    ("fc07", "铜井镇金银花加工产业园", "industrial_park", "先后来到铜井镇金银花加工产业园"),
    ("fc07", "沂河沂南段生态综合治理工程", "greening_project", "依汶镇沂河沂南段生态综合治理工程"),
    ("fc07", "沂南县城乡供水一体化工程", "infrastructure_project", "界湖街道沂南县城乡供水一体化工程水厂"),
    ("fc08", "凤翔区白酒产业园扩能项目", "industrial_park", "先后来到凤翔区白酒产业园扩能项目"),
    ("fc08", "虢王镇现代农业示范园", "project", "虢王镇现代农业示范园、凤翔区城市东环路建设工程"),
    ("fc08", "凤翔区城市东环路建设工程", "infrastructure_project", "虢王镇现代农业示范园、凤翔区城市东环路建设工程"),
    ("fc08", "岐山县蔡家坡汽车零部件产业园三期", "industrial_park", "岐山县蔡家坡汽车零部件产业园三期等项目现场"),
    ("fc09", "梨树县国家黑土地保护利用示范区核心区", "project", "加快梨树县国家黑土地保护利用示范区核心区建设"),
    ("fc10", "双辽风电装备制造产业园", "industrial_park", "先后来到双辽风电装备制造产业园"),
    ("fc10", "茂林镇高标准农田建设项目", "project", "茂林镇高标准农田建设项目和东辽河双辽段堤防除险加固工程"),
    ("fc10", "东辽河双辽段堤防除险加固工程", "engineering_work", "茂林镇高标准农田建设项目和东辽河双辽段堤防除险加固工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fc01", "赣州市", "city", "in_document_title", "《赣州市中心城区老旧小区改造实施方案"),
    ("fc01", "章贡区", "district", "standalone", "章贡区、南康区、赣县区要把"),
    ("fc01", "南康区", "district", "standalone", "章贡区、南康区、赣县区要把"),
    ("fc01", "赣县区", "district", "standalone", "章贡区、南康区、赣县区要把"),
    ("fc01", "东河片区", "area", "in_project_name", "把东河片区城市更新项目"),
    ("fc01", "章江", "river", "in_project_name", "章江两岸防洪提升工程"),
    ("fc01", "宁都县", "county", "standalone", "会议研究了宁都县、于都县申报的"),
    ("fc01", "于都县", "county", "standalone", "会议研究了宁都县、于都县申报的"),
    ("fc02", "赣州市", "city", "in_org_reference", _F02_ZHONG),
    ("fc02", "宁都县", "county", "standalone", "宁都县将认真落实市委、市政府部署要求"),
    ("fc02", "宁都", "county", "standalone", "宁都是农业大县、人口大县"),
    ("fc02", "梅江河", "river", "in_project_name", "梅江河城区段综合治理工程现场"),
    ("fc02", "长胜镇", "town", "standalone", "在长胜镇，彭绍辉介绍了"),
    ("fc02", "青塘镇", "town", "in_project_name", "青塘镇富硒蔬菜冷链集配中心项目"),
    ("fc03", "赣州", "city", "standalone", "县域是赣州高质量发展的主战场"),
    ("fc03", "宁都", "county", "standalone", "宁都、于都、兴国等农业大县"),
    ("fc03", "于都", "county", "standalone", "宁都、于都、兴国等农业大县"),
    ("fc03", "兴国", "county", "standalone", "宁都、于都、兴国等农业大县"),
    ("fc03", "宁都县", "county", "standalone", "市委书记钟启衡到宁都县调研"),
    ("fc03", "梅江镇", "town", "in_project_name", "梅江镇纺织服装产业园二期"),
    ("fc03", "黄陂镇", "town", "in_project_name", "黄陂镇富硒蔬菜冷链物流园"),
    ("fc04", "桃源县", "county", "standalone", "到桃源县调研春耕生产和产业项目建设工作"),
    ("fc04", "桃源", "county", "standalone", "桃源是全市粮食生产大县"),
    ("fc04", "陬市镇", "town", "in_project_name", "在陬市镇高标准农田建设项目区"),
    ("fc04", "沅江", "river", "in_project_name", "在沅江桃源段堤防加固工程现场"),
    ("fc05", "汉寿县", "county", "in_org_reference", "汉寿县委书记邹家骏"),
    ("fc05", "鼎城区", "district", "in_org_reference", "鼎城区委书记樊景行"),
    ("fc05", "西洞庭湖", "lake", "standalone", "县域经济发展和西洞庭湖生态保护"),
    ("fc05", "常德高新区", "development_zone", "standalone", "加快常德高新区、常德经开区扩区提质"),
    ("fc05", "常德经开区", "development_zone", "standalone", "加快常德高新区、常德经开区扩区提质"),
    ("fc05", "洞庭湖区", "region", "standalone", "确保洞庭湖区堤垸安全度汛"),
    ("fc06", "柳江区", "district", "standalone", "到柳江区调研产业发展和乡村振兴工作"),
    ("fc06", "拉堡镇", "town", "standalone", "在拉堡镇，梁芷晴介绍了"),
    ("fc06", "百朋镇", "town", "standalone", "在百朋镇，黎昌茂汇报了"),
    ("fc06", "进德镇", "town", "standalone", "进德镇古村落"),
    ("fc07", "临沂市", "city", "in_org_reference", "临沂市委副书记、市长颜廷坤"),
    ("fc07", "铜井镇", "town", "standalone", "在铜井镇，褚红梅介绍了"),
    ("fc07", "依汶镇", "town", "standalone", "依汶镇沂河沂南段生态综合治理工程"),
    ("fc07", "界湖街道", "sub_district_office", "standalone", "界湖街道沂南县城乡供水一体化工程水厂"),
    ("fc07", "沂河", "river", "standalone", "抓好沂河生态治理"),
    ("fc07", "沂南", "county", "standalone", "沂南要立足红色资源"),
    ("fc07", "沂南县", "county", "standalone", "沂南县将把市长调研要求"),
    ("fc08", "凤翔区", "district", "standalone", "在凤翔区、岐山县举行"),
    ("fc08", "岐山县", "county", "standalone", "在凤翔区、岐山县举行"),
    ("fc08", "虢王镇", "town", "in_project_name", "虢王镇现代农业示范园"),
    ("fc08", "蔡家坡", "town", "in_project_name", "岐山县蔡家坡汽车零部件产业园三期"),
    ("fc09", "梨树县", "county", "standalone", "听取梨树县上半年工作汇报"),
    ("fc09", "梨树镇", "town", "standalone", "推动梨树镇、榆树台镇等示范区片"),
    ("fc09", "榆树台镇", "town", "standalone", "推动梨树镇、榆树台镇等示范区片"),
    ("fc09", "双辽市", "county_level_city", "standalone", "梨树县、双辽市、伊通满族自治县"),
    ("fc09", "伊通满族自治县", "county", "standalone", "梨树县、双辽市、伊通满族自治县"),
    ("fc09", "铁东区", "district", "standalone", "统筹推进铁东区、铁西区城市更新"),
    ("fc09", "铁西区", "district", "standalone", "统筹推进铁东区、铁西区城市更新"),
    ("fc10", "四平市", "city", "in_org_reference", "四平市委副书记、市长邹立群"),
    ("fc10", "双辽", "county_level_city", "standalone", "双辽要抢抓新能源发展机遇"),
    ("fc10", "茂林镇", "town", "in_project_name", "茂林镇高标准农田建设项目"),
    ("fc10", "东辽河", "river", "standalone", "确保东辽河双辽段安全度汛"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fc", conventions="set fc (blind set: prefecture-level city leaders in 江西 赣州 (宁都县), 湖南 常德 (桃源县, 汉寿县, 鼎城区), 广西 柳州 (柳江区), 山东 临沂 (沂南县), 陕西 宝鸡 (凤翔区, 岐山县), 吉林 四平 (梨树县, 双辽市): 市委常委会会议, 市政府常务会议, 市长 / 市委书记 调研 with the district's or county's own leaders, 市四套班子 (X市人大常委会 主任, X市政协 主席, 党组 only with 书记), 市委常委、秘书长 → X市委 秘书长; bare 市委 / 市政府 are the page's city, on a county-level city's site (双辽) its own; 市领导 without titles no post; one line per post per article)",
          persons_note="Set fc persons. id = corpus-wide person_id (fc:时立峰#1 沂南县委书记 (山东, 2023) and fc:时立峰#2 双辽市委书记 (吉林, 2024) are two people; fc:钟启衡 赣州市长 2022 → 市委书记 2024; fc:曾昭麟 宁都县委书记 2022 → 赣州市委常委、副市长 2024; fc:廖春华 宁都县长 2022 → 县委书记 2024; fc:田宏宇 桃源县委书记 2023 → 常德市委常委、秘书长 2024; fc:曲振东 梨树县委书记 2023 → 四平市委常委、副市长 2024; fc:温福生 赣州市人大常委会副主任 2022 → 主任 2024)")


if __name__ == "__main__":
    main()
