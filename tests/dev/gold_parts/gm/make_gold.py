"""Write gold part ``gm`` (a blind set: prefecture-level city pages — 市政府常务会议, 市委常委会会议, 市长 / 市委书记 调研 in a
district — in two cities whose district names other cities share) from the tables below.

Pages ``tests/dev/texts/gm*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 舞钢 site's 市委常委会会议 page (``您当前的位置：首页 - 新闻中心 - 舞钢要闻``,
``发布日期：… 来源：融媒体中心 浏览次数：``, ``市委书记…主持会议。市委副书记、代市长…，市委副书记…，市委常委…、…出席会议。市领导…
列席会议``); a 明光 市委常委会 page (``市委书记…主持召开市委常委会，市委副书记、常务副市长…，市委常委…出席会议，…列席会议``); the
香格里拉 site's ``二届市委召开108次常委会会议`` (``州委副书记、市委书记…主持会议并讲话``); the 开原 site's ``政府第十六次常务会议``
(``市长…主持召开市政府第16次常务会议，市委常委、副市长…，副市长…出席。…市发改局…，市财政局…参加会议。会议听取了关于…的汇报``); a
东辽县 常务会议 page (``会议由县委副书记、县长…主持。县委常委、常务副县长…参加会议，…县直相关部门主要负责人列席会议``); the 亳州
晚报 page on a 市政府全体会议 (``市委常委、副市长…主持会议并讲话，副市长…，市政府秘书长…出席会议``, ``（责任编辑：…）``); the 辽源
government site (``发布时间：2019-01-08 11:05 信息来源：村镇科``, ``(责任编辑：颜铭) [纠错] [评价]``, ``收藏``); a 辽源日报 page on
西安区 (``西安区委、区政府团结带领全区…``); the 晋城 城区 site (``当前位置：首页 > 专题专栏 > 2022晋城市城区两会``, ``信息来源：城区融媒``;
a district simply named 城区); a 豫都网 page of a 副市长 and the 市规划局局长 at 管城区 (``区领导…陪同调研``, ``区委书记…介绍``); a 中国
报道 page on a ``达州市政府副市长、区委书记`` with ``区委常委、常务副区长…一同调研`` and ``责任编辑：``; a short ``市委常委、区委书记…
专题研究…区委副书记、区长…参加`` item; encyclopedia pages on 阳泉's 矿区 (its streets 沙坪, 赛鱼, 桥头, 蔡洼…), 郊区 (荫营镇, 河底镇,
平坦镇, 桃林沟, 翠枫山) and 城区 (义井镇, 义井街道). Places are real and new to the corpus: 山西 阳泉 (城区, 矿区, 郊区 — three
district names other cities have: 晋城 城区, 佳木斯 / 铜陵 郊区, the former 大同 矿区) and 吉林 辽源 (西安区 — a name 牡丹江 shares and
the name of another city — and 龙山区, a name only 辽源 has).

Shapes: the 阳泉 city site's 市政府常务会议 (市长 主持; 常务副市长, 副市长 list, 秘书长 出席; 市发展改革委主任, 市财政局局长,
市规划和自然资源局局长 reporting) (gm01); the 城区 site of the 市委书记's 调研 with the 市委常委、秘书长, two city department heads,
``城区区委书记`` and a street secretary (gm02); the 阳泉日报 第01版 of a 市委常委会会议 (a list of 常委 after one title) (gm03); the
矿区 site of the 市长's 调研, the former 市发展改革委主任 now 矿区区长 (gm04); the 阳泉日报 of the 市委书记 in 城区 and 郊区 with
``市委常委、城区区委书记`` (gm05); the 辽源 city site's 市政府常务会议 with a 龙山区长 reporting (gm06); the 西安区 site of the
市长's 调研 with 市财政局局长 and 市住建局局长 (gm07); the 辽源日报 第01版 with two articles, a 市委常委会会议 (the former 财政局长 now
副市长 列席) and the 副市长's 检查 in 龙山区 (gm08); the 龙山区 site of the 市委书记's 调研, the former 区长 now 区委书记 (gm09); a
portal (黄河新闻网阳泉频道) repost of a 阳泉日报 item, the 市长 in 郊区 with the former 矿区区委书记 now 郊区区委书记 (gm10).

Identity cases:
- a 市委常委 who becomes a district's 区委书记: gm:贾晋峰, 阳泉 市委常委、秘书长 in Aug 2022 (gm02), 市委常委 in Mar 2023 (gm03)
  → 市委常委、城区区委书记 in June 2024 (gm05); gm:孔令伟 is the new 市委常委、秘书长 in gm05.
- a city department head who becomes a 区长: gm:侯振斌, 阳泉市发展改革委主任 in May 2022 (gm01) → 矿区区委副书记、区长 in Sept 2023
  (gm04); gm:景志明 is the 市发展改革委主任 in 2023 and 2025 (gm04, gm10).
- a 区委书记 moving to another district: gm:温志刚, 矿区区委书记 in Sept 2023 (gm04) → 郊区区委书记 in Apr 2025 (gm10).
- a 财政局局长 who becomes 副市长: gm:齐凤英, 辽源市财政局局长 in Apr and July 2023 (gm06, gm07) → 辽源 副市长 in Feb 2024 (gm08,
  two articles).
- a 区长 who becomes 区委书记: gm:栾立国, 龙山区委副书记、区长 in 2023 and Feb 2024 (gm06, gm08) → 龙山区委书记 in May 2025 (gm09).
- the same officials across years: gm:葛振邦 (阳泉市委书记 2022–2024), gm:苗卫国 (阳泉 市长 2022–2025), gm:郭瑞泉 (阳泉市规划和
  自然资源局局长 2022–2023), gm:白振川 (城区区长 2022, 2024), gm:史红艳 (郊区区长 2024, 2025), gm:车立军 (辽源 市长 2023–2024),
  gm:邵国梁, gm:石占江, gm:战立新 (辽源, 2023–2025).
- two different 武晓梅 in unrelated places: gm:武晓梅#1 is 阳泉市财政局局长 (山西, May 2022, gm01); gm:武晓梅#2 is 辽源市西安区委常委、
  副区长 (吉林, July 2023, gm07).
- one organ name for two cities: bare ``市发展改革委`` / ``市财政局`` / ``市住房和城乡建设局`` are 阳泉's in gm01–gm05, gm10 and 辽源's
  in gm06, gm07, gm09; bare ``区委副书记、区长`` is 城区's, 矿区's, 郊区's, 西安区's and 龙山区's on their pages; bare ``市委常委、
  秘书长`` is 阳泉's (gm02, gm05) and 辽源's (gm09).
- the reporter gm:李婧怡 signs two 阳泉日报 pages (gm03, gm05) and the portal repost (gm10, as ``作者``).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts af, gd, bs where they speak; decided here where they are silent):
- A district name several cities have is prefixed by its city (CONVENTIONS; gd's ``佳木斯市郊区``): 阳泉市城区, 阳泉市矿区,
  阳泉市郊区, 辽源市西安区. DECIDED HERE: the district named 城区 is written ``城区区委书记`` (区委 of 城区); its party committee
  is label + 委 like every other: ``城区区委书记阎立伟`` → 阳泉市城区委 书记, ``矿区区委书记`` → 阳泉市矿区委, ``郊区区委书记`` →
  阳泉市郊区委; their 区长 → 阳泉市城区政府 / 阳泉市矿区政府 / 阳泉市郊区政府. 龙山区 is one district in China: label ``龙山区``
  (龙山区委, 龙山区政府). A bare ``区委副书记、区长`` right after a named 区委书记 is that district's (gm02, gm04, gm05 twice,
  gm07, gm09); on a district site it is also the site's district.
- Bare city organs take the page's city (the site line of a city or district site, the masthead of a city paper, the
  channel of the portal): 市委 → 阳泉市委 / 辽源市委, 市政府 → 阳泉市政府 / 辽源市政府, ``市发展改革委主任`` → 阳泉市发展改革委
  主任 / 辽源市发展改革委 主任, ``市规划和自然资源局局长`` → 阳泉市规划和自然资源局, ``市自然资源局局长`` → 辽源市自然资源局,
  ``市住房和城乡建设局局长`` → X市住房和城乡建设局, ``市财政局局长`` → X市财政局.
- ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长 (as ad); ``市政府秘书长`` → X市政府 秘书长; ``市委常委、常务副市长`` → X市委
  常委 + X市政府 常务副市长; ``市委常委、城区区委书记`` → 阳泉市委 常委 + 阳泉市城区委 书记 (as af's 市委常委、城关区委书记). A list
  after one title gives every name that title (``副市长赵晓岚、贺连生、秦文斌``, ``市委常委牛志远、贾晋峰、田惠萍、尹兆栋、程立勇``).
- Streets and towns: county label + name + organ: ``义井街道党工委书记`` → 阳泉市城区义井街道党工委 书记, ``荫营镇党委书记`` →
  阳泉市郊区荫营镇党委, ``街道党工委书记曲文博`` (after ``在仙城街道``) → 辽源市西安区仙城街道党工委, ``镇党委书记鲁德胜`` (after ``在
  寿山镇``) → 龙山区寿山镇党委.
- One line per post per article (gm08 has two articles: 齐凤英's 副市长 is a line in each).
- Events: 市政府常务会议 and 市委常委会会议 are meetings (chair 主持; named persons who 出席 or 列席 attendees; those whose 汇报 is
  heard — ``听取了市发展改革委主任侯振斌关于…的汇报`` — and who 指出 / 强调 / 作了说明 / 作了安排 speakers, as bs08's 柴明远); 调研 /
  检查 are inspections (leader; 参加 / 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 speakers). DECIDED HERE: a
  person the leader tells to act (``贾晋峰要对…定期督办``, ``齐凤英要在资金调度上给予倾斜``, ``战立新要帮助龙山区…``) is no speaker
  for it; an official who 汇报 / 介绍 without a written 陪同 (gm05's 贾晋峰, 白振川) is a speaker only.
- Bylines: ``本报讯（记者 …）`` reporter; ``（城区融媒体中心　范玉洁）`` an author line (as bs); DECIDED HERE: the portal repost's
  ``作者：李婧怡`` (gm10) is an author line labelled 作者 (the same person as the 阳泉日报 reporter); 责任编辑 / 编辑 / 审核 editor.
- Projects: works visited, reported or pushed. 老旧小区改造 / 棚户区改造 (安置房) projects ``housing_project``; 供热 / 供水管网改造
  ``infrastructure_project``; 产业园 (and its 二期 / 标准化厂房二期) ``industrial_park``; DECIDED HERE: a river's 综合治理 /
  生态修复 / 水环境综合治理 工程 ``greening_project`` (as bs's river restoration), the 采煤沉陷区综合治理工程 ``engineering_work``
  (geological-hazard works); a 城市更新示范片区, a 街区提质改造工程, a 景区提质升级工程 ``project``. Not projects: the
  《国土空间总体规划》 (a document), ``老旧小区改造项目136个`` (generic), ``“三北”工程`` (a national programme named generically;
  DECIDED HERE), 造林点.
- Places: one line per name per file, annotated with the name the evidence writes (城区, 矿区, 郊区, 西安区 bare); places inside
  project names, org references and document titles count. DECIDED HERE: ``北大街历史文化街区`` is one place (kind ``area``), the
  street 北大街 inside it not annotated apart; 桃林沟 (a scenic area) and 翠枫山 count. Site lines and their navigation (``走进西安``,
  ``西安要闻``), mastheads, 来源 lines, footers with addresses, 相关新闻 / 本版导读 / 上一篇 / 下一篇 lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YQ, CQ, KQ, JQ = "阳泉市", "阳泉市城区", "阳泉市矿区", "阳泉市郊区"
LY, XA, LS = "辽源市", "辽源市西安区", "龙山区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gm01_yangquan.txt": (2022, "发布时间：2022-05-20 17:32", YQ, [
        ("市政府召开第十二次常务会议", "5月19日下午", "2022-05-19", "5月19日下午，市委副书记",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长 list, 秘书长 出席; 发展改革委主任, 财政局局长, 规划和自然资源局局长 report)")]),
    "gm02_yangquan_chengqu.txt": (2022, "时间：2022-08-12 09:46", CQ, [
        ("葛振邦到城区调研城市更新和老旧小区改造工作", "8月11日", "2022-08-11", "8月11日，市委书记葛振邦",
         "district site (城区, a name other cities share): the 市委书记's 调研 with 市委常委、秘书长, two city department heads, 城区区委书记, 区长, a street secretary")]),
    "gm03_yangquan.txt": (2023, "2023年3月8日　星期三", YQ, [
        ("市委常委会召开会议", "3月7日", "2023-03-07", "本报讯（记者 李婧怡）3月7日",
         "city paper 第01版: 市委常委会会议 (书记 主持; 市长, 副书记, a list of 常委 出席)")]),
    "gm04_yangquan_kuangqu.txt": (2023, "发布日期：2023-09-15", KQ, [
        ("苗卫国到矿区调研采煤沉陷区治理和城市更新工作", "9月14日", "2023-09-14", "9月14日，市委副书记",
         "district site (矿区): the 市长's 调研; the former 市发展改革委主任 now 矿区区长")]),
    "gm05_yangquan.txt": (2024, "2024年6月13日　星期四", YQ, [
        ("葛振邦在城区、郊区调研时强调", "6月12日", "2024-06-12", "本报讯（记者 李婧怡）6月12日",
         "city paper: the 市委书记 in 城区 and 郊区; 市委常委、城区区委书记 (the former 市委秘书长); 郊区 书记 / 区长; a town secretary")]),
    "gm06_liaoyuan.txt": (2023, "发布时间：2023-04-18 16:05", LY, [
        ("车立军主持召开市政府第九次常务会议", "4月17日", "2023-04-17", "4月17日，市委副书记",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长, 秘书长 出席; department heads and the 龙山区长 report)")]),
    "gm07_liaoyuan_xian.txt": (2023, "发布时间：2023-07-21 15:40", XA, [
        ("车立军到西安区调研棚户区改造和接续产业发展", "7月20日", "2023-07-20", "7月20日，市委副书记",
         "district site (西安区, a name 牡丹江 and a city share): the 市长's 调研 with 财政局长, 住建局长, 区委书记, 区长, 区委常委、副区长 (武晓梅#2)")]),
    "gm08_liaoyuan.txt": (2024, "2024年2月6日　星期二", LY, [
        ("市委常委会召开会议研究部署当前重点工作", "2月5日", "2024-02-05", "本报讯（记者 吴佳琦）2月5日，",
         "city paper 第01版: 市委常委会会议 (常委 list; the former 财政局长 now 副市长 列席)"),
        ("齐凤英到龙山区检查春节市场供应工作", "2月5日下午", "2024-02-05", "本报讯（记者 吴佳琦）2月5日下午",
         "city paper, second article: the 副市长's 检查 in 龙山区 with the 区长")]),
    "gm09_liaoyuan_longshan.txt": (2025, "发布时间：2025-05-16", LS, [
        ("邵国梁到龙山区调研梅花鹿产业和城市更新工作", "5月15日", "2025-05-15", "5月15日，市委书记邵国梁",
         "district site: the 市委书记's 调研; the former 区长 now 区委书记; a town secretary")]),
    "gm10_yangquan_jiaoqu.txt": (2025, "2025-04-10 08:52:17", JQ, [
        ("苗卫国到郊区调研春季造林和重点项目建设", "4月9日", "2025-04-09", "4月9日，市委副书记",
         "portal repost (来源：阳泉日报): the 市长 in 郊区; the former 矿区区委书记 now 郊区区委书记")]),
}

_G01_VICE = "副市长赵晓岚、贺连生、秦文斌"
_G03_SC = "市委常委牛志远、贾晋峰、田惠萍、尹兆栋、程立勇出席会议"
_G07_ATT = "副市长房德志，市财政局局长齐凤英，市住房和城乡建设局局长褚建华，西安区委书记包启宇，区委副书记、区长吕向辉，区委常委、副区长武晓梅陪同调研"
_G08_SC = "市委常委宫海鹏、石占江、冷玉梅、景宏亮出席会议"
_G09_LS = "龙山区委书记栾立国，区委副书记、区长郝宏图陪同调研"
_G10_JQ = "郊区区委书记温志刚，区委副书记、区长史红艳陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 山西 阳泉
    "gm:葛振邦": ("葛振邦", "official", YQ, [
        ("gm02", YQ + "委", "书记", "8月11日，市委书记葛振邦到城区调研", "2022-08; bare 市委 on the 城区 site = 阳泉市委; named in the headline too"),
        ("gm03", YQ + "委", "书记", "市委书记葛振邦主持会议并讲话", "2023-03"),
        ("gm05", YQ + "委", "书记", "6月12日，市委书记葛振邦到城区、郊区调研", "2024-06; named in the headline too")], []),
    "gm:苗卫国": ("苗卫国", "official", YQ, [
        ("gm01", YQ + "委", "副书记", "市委副书记、市长苗卫国主持召开", "2022-05"),
        ("gm01", YQ + "政府", "市长", "市委副书记、市长苗卫国主持召开", None),
        ("gm03", YQ + "委", "副书记", "市委副书记、市长苗卫国，市委副书记康建平", "2023-03"),
        ("gm03", YQ + "政府", "市长", "市委副书记、市长苗卫国，市委副书记康建平", None),
        ("gm04", YQ + "委", "副书记", "9月14日，市委副书记、市长苗卫国到矿区调研", "2023-09; named in the headline too"),
        ("gm04", YQ + "政府", "市长", "9月14日，市委副书记、市长苗卫国到矿区调研", None),
        ("gm10", YQ + "委", "副书记", "4月9日，市委副书记、市长苗卫国到郊区调研", "2025-04; the portal's 阳泉 channel and 来源：阳泉日报"),
        ("gm10", YQ + "政府", "市长", "4月9日，市委副书记、市长苗卫国到郊区调研", None)], []),
    "gm:牛志远": ("牛志远", "official", YQ, [
        ("gm01", YQ + "委", "常委", "市委常委、常务副市长牛志远", "2022-05"),
        ("gm01", YQ + "政府", "常务副市长", "市委常委、常务副市长牛志远", None),
        ("gm03", YQ + "委", "常委", _G03_SC, "2023-03: list after one title")], []),
    "gm:赵晓岚": ("赵晓岚", "official", YQ, [
        ("gm01", YQ + "政府", "副市长", _G01_VICE, "list after one title")], []),
    "gm:贺连生": ("贺连生", "official", YQ, [
        ("gm01", YQ + "政府", "副市长", _G01_VICE, "2022-05"),
        ("gm04", YQ + "政府", "副市长", "副市长贺连生，市政府秘书长翟永华参加调研", "2023-09")], []),
    "gm:秦文斌": ("秦文斌", "official", YQ, [
        ("gm01", YQ + "政府", "副市长", _G01_VICE, "2022-05"),
        ("gm10", YQ + "政府", "副市长", "副市长秦文斌，市发展改革委主任景志明参加调研", "2025-04")], []),
    "gm:翟永华": ("翟永华", "official", YQ, [
        ("gm01", YQ + "政府", "秘书长", "市政府秘书长翟永华出席会议", "2022-05"),
        ("gm04", YQ + "政府", "秘书长", "副市长贺连生，市政府秘书长翟永华参加调研", "2023-09")], []),
    "gm:侯振斌": ("侯振斌", "official", YQ, [
        ("gm01", YQ + "发展改革委", "主任", "市发展改革委主任侯振斌关于", "2022-05 (identity case: 矿区区长 in 2023, gm04)"),
        ("gm04", KQ + "委", "副书记", "区委副书记、区长侯振斌陪同调研", "2023-09: now 矿区 区委副书记、区长 (after 矿区区委书记, on the 矿区 site)"),
        ("gm04", KQ + "政府", "区长", "区委副书记、区长侯振斌陪同调研", None)], []),
    "gm:武晓梅#1": ("武晓梅", "official", YQ, [
        ("gm01", YQ + "财政局", "局长", "市财政局局长武晓梅关于", "阳泉 (山西), 2022; not the 武晓梅 of 辽源市西安区 (gm07)")], []),
    "gm:郭瑞泉": ("郭瑞泉", "official", YQ, [
        ("gm01", YQ + "规划和自然资源局", "局长", "市规划和自然资源局局长郭瑞泉关于", "2022-05"),
        ("gm02", YQ + "规划和自然资源局", "局长", "市规划和自然资源局局长郭瑞泉，城区", "2022-08"),
        ("gm04", YQ + "规划和自然资源局", "局长", "市规划和自然资源局局长郭瑞泉，矿区", "2023-09")], []),
    "gm:贾晋峰": ("贾晋峰", "official", YQ, [
        ("gm02", YQ + "委", "常委", "市委常委、秘书长贾晋峰", "2022-08 (identity case: 市委常委、城区区委书记 in 2024, gm05)"),
        ("gm02", YQ + "委", "秘书长", "市委常委、秘书长贾晋峰", "秘书长 after 市委常委 = the 市委's (as ad)"),
        ("gm03", YQ + "委", "常委", _G03_SC, "2023-03"),
        ("gm05", YQ + "委", "常委", "市委常委、城区区委书记贾晋峰汇报了", "2024-06: 市委常委 kept"),
        ("gm05", CQ + "委", "书记", "市委常委、城区区委书记贾晋峰汇报了", "2024-06: now 城区区委书记; DECIDED HERE: 城区区委 → 阳泉市城区委")], []),
    "gm:梁海涛": ("梁海涛", "official", YQ, [
        ("gm02", YQ + "住房和城乡建设局", "局长", "市住房和城乡建设局局长梁海涛", None)], []),
    "gm:阎立伟": ("阎立伟", "official", CQ, [
        ("gm02", CQ + "委", "书记", "城区区委书记阎立伟", "城区 (a name other cities share) → 阳泉市城区")], []),
    "gm:白振川": ("白振川", "official", CQ, [
        ("gm02", CQ + "委", "副书记", "区委副书记、区长白振川陪同调研", "2022-08: on the 城区 site, after 城区区委书记"),
        ("gm02", CQ + "政府", "区长", "区委副书记、区长白振川陪同调研", None),
        ("gm05", CQ + "委", "副书记", "区委副书记、区长白振川介绍了", "2024-06: after 城区区委书记贾晋峰"),
        ("gm05", CQ + "政府", "区长", "区委副书记、区长白振川介绍了", None)], []),
    "gm:耿丽萍": ("耿丽萍", "official", CQ, [
        ("gm02", CQ + "义井街道党工委", "书记", "义井街道党工委书记耿丽萍", "street of 城区: county label + name")], []),
    "gm:康建平": ("康建平", "official", YQ, [
        ("gm03", YQ + "委", "副书记", "市委副书记康建平", None)], []),
    "gm:田惠萍": ("田惠萍", "official", YQ, [
        ("gm03", YQ + "委", "常委", _G03_SC, None)], []),
    "gm:尹兆栋": ("尹兆栋", "official", YQ, [
        ("gm03", YQ + "委", "常委", _G03_SC, None)], []),
    "gm:程立勇": ("程立勇", "official", YQ, [
        ("gm03", YQ + "委", "常委", _G03_SC, None)], []),
    "gm:景志明": ("景志明", "official", YQ, [
        ("gm04", YQ + "发展改革委", "主任", "市发展改革委主任景志明", "2023-09: succeeds 侯振斌"),
        ("gm10", YQ + "发展改革委", "主任", "副市长秦文斌，市发展改革委主任景志明参加调研", "2025-04")], []),
    "gm:温志刚": ("温志刚", "official", YQ, [
        ("gm04", KQ + "委", "书记", "矿区区委书记温志刚", "2023-09 (identity case: 郊区区委书记 in 2025, gm10)"),
        ("gm10", JQ + "委", "书记", _G10_JQ, "2025-04: now 郊区区委书记")], []),
    "gm:孔令伟": ("孔令伟", "official", YQ, [
        ("gm05", YQ + "委", "常委", "市委常委、秘书长孔令伟参加调研", "2024-06: succeeds 贾晋峰 as 市委秘书长"),
        ("gm05", YQ + "委", "秘书长", "市委常委、秘书长孔令伟参加调研", None)], []),
    "gm:郑海波": ("郑海波", "official", JQ, [
        ("gm05", JQ + "委", "书记", "郊区区委书记郑海波", "郊区 (a name other cities share) → 阳泉市郊区")], []),
    "gm:史红艳": ("史红艳", "official", JQ, [
        ("gm05", JQ + "委", "副书记", "区委副书记、区长史红艳陪同调研", "2024-06: after 郊区区委书记郑海波"),
        ("gm05", JQ + "政府", "区长", "区委副书记、区长史红艳陪同调研", None),
        ("gm10", JQ + "委", "副书记", _G10_JQ, "2025-04"),
        ("gm10", JQ + "政府", "区长", _G10_JQ, None)], []),
    "gm:杜海军": ("杜海军", "official", JQ, [
        ("gm05", JQ + "荫营镇党委", "书记", "荫营镇党委书记杜海军", "town of 郊区: county label + name")], []),
    # ---- 吉林 辽源
    "gm:车立军": ("车立军", "official", LY, [
        ("gm06", LY + "委", "副书记", "市委副书记、市长车立军主持召开", "2023-04; named in the headline too"),
        ("gm06", LY + "政府", "市长", "市委副书记、市长车立军主持召开", None),
        ("gm07", LY + "委", "副书记", "7月20日，市委副书记、市长车立军到西安区调研", "2023-07: bare 市委 on the 西安区 site = 辽源市委"),
        ("gm07", LY + "政府", "市长", "7月20日，市委副书记、市长车立军到西安区调研", None),
        ("gm08", LY + "委", "副书记", "市委副书记、市长车立军，市委副书记谭振华", "2024-02"),
        ("gm08", LY + "政府", "市长", "市委副书记、市长车立军，市委副书记谭振华", None)], []),
    "gm:宫海鹏": ("宫海鹏", "official", LY, [
        ("gm06", LY + "委", "常委", "市委常委、常务副市长宫海鹏", "2023-04"),
        ("gm06", LY + "政府", "常务副市长", "市委常委、常务副市长宫海鹏", None),
        ("gm08", LY + "委", "常委", _G08_SC, "2024-02: list after one title")], []),
    "gm:于秀清": ("于秀清", "official", LY, [
        ("gm06", LY + "政府", "副市长", "副市长于秀清、房德志", None)], []),
    "gm:房德志": ("房德志", "official", LY, [
        ("gm06", LY + "政府", "副市长", "副市长于秀清、房德志", "2023-04"),
        ("gm07", LY + "政府", "副市长", "副市长房德志，市财政局局长齐凤英", "2023-07")], []),
    "gm:隋成林": ("隋成林", "official", LY, [
        ("gm06", LY + "政府", "秘书长", "市政府秘书长隋成林出席会议", None)], []),
    "gm:战立新": ("战立新", "official", LY, [
        ("gm06", LY + "发展改革委", "主任", "市发展改革委主任战立新关于", "2023-04; bare 市发展改革委 = 辽源's here, 阳泉's in gm01 / gm04 / gm10"),
        ("gm09", LY + "发展改革委", "主任", "市发展改革委主任战立新参加调研", "2025-05")], []),
    "gm:齐凤英": ("齐凤英", "official", LY, [
        ("gm06", LY + "财政局", "局长", "市财政局局长齐凤英关于", "2023-04 (identity case: 副市长 in 2024, gm08)"),
        ("gm07", LY + "财政局", "局长", "市财政局局长齐凤英，市住房和城乡建设局局长褚建华", "2023-07"),
        ("gm08", LY + "政府", "副市长", "副市长齐凤英列席会议", "2024-02: now 副市长 (article 1)"),
        ("gm08", LY + "政府", "副市长", "副市长齐凤英到龙山区检查春节市场供应", "2024-02 (article 2; named in its headline too)")], []),
    "gm:祝长友": ("祝长友", "official", LY, [
        ("gm06", LY + "自然资源局", "局长", "市自然资源局局长祝长友关于", None)], []),
    "gm:栾立国": ("栾立国", "official", LS, [
        ("gm06", LS + "委", "副书记", "龙山区委副书记、区长栾立国汇报了", "2023-04 (identity case: 龙山区委书记 in 2025, gm09); 龙山区 is one district in China"),
        ("gm06", LS + "政府", "区长", "龙山区委副书记、区长栾立国汇报了", None),
        ("gm08", LS + "委", "副书记", "龙山区委副书记、区长栾立国陪同检查", "2024-02 (article 2)"),
        ("gm08", LS + "政府", "区长", "龙山区委副书记、区长栾立国陪同检查", None),
        ("gm09", LS + "委", "书记", _G09_LS, "2025-05: now 区委书记")], []),
    "gm:褚建华": ("褚建华", "official", LY, [
        ("gm07", LY + "住房和城乡建设局", "局长", "市住房和城乡建设局局长褚建华", None)], []),
    "gm:包启宇": ("包启宇", "official", XA, [
        ("gm07", XA + "委", "书记", "西安区委书记包启宇", "西安区 (辽源 and 牡丹江 have one) → 辽源市西安区")], []),
    "gm:吕向辉": ("吕向辉", "official", XA, [
        ("gm07", XA + "委", "副书记", "区委副书记、区长吕向辉", "after 西安区委书记, on the 西安区 site"),
        ("gm07", XA + "政府", "区长", "区委副书记、区长吕向辉", None)], []),
    "gm:武晓梅#2": ("武晓梅", "official", XA, [
        ("gm07", XA + "委", "常委", "区委常委、副区长武晓梅陪同调研", "辽源 (吉林), 2023; not the 武晓梅 of 阳泉 (gm01)"),
        ("gm07", XA + "政府", "副区长", "区委常委、副区长武晓梅陪同调研", None)], []),
    "gm:曲文博": ("曲文博", "official", XA, [
        ("gm07", XA + "仙城街道党工委", "书记", "在仙城街道，街道党工委书记曲文博", "bare 街道党工委 after 在仙城街道")], []),
    "gm:邵国梁": ("邵国梁", "official", LY, [
        ("gm08", LY + "委", "书记", "市委书记邵国梁主持会议并讲话", "2024-02"),
        ("gm09", LY + "委", "书记", "5月15日，市委书记邵国梁到龙山区调研", "2025-05; named in the headline too")], []),
    "gm:谭振华": ("谭振华", "official", LY, [
        ("gm08", LY + "委", "副书记", "市委副书记谭振华", None)], []),
    "gm:石占江": ("石占江", "official", LY, [
        ("gm08", LY + "委", "常委", _G08_SC, "2024-02"),
        ("gm09", LY + "委", "常委", "市委常委、秘书长石占江", "2025-05"),
        ("gm09", LY + "委", "秘书长", "市委常委、秘书长石占江", None)], []),
    "gm:冷玉梅": ("冷玉梅", "official", LY, [
        ("gm08", LY + "委", "常委", _G08_SC, None)], []),
    "gm:景宏亮": ("景宏亮", "official", LY, [
        ("gm08", LY + "委", "常委", _G08_SC, None)], []),
    "gm:郝宏图": ("郝宏图", "official", LS, [
        ("gm09", LS + "委", "副书记", _G09_LS, "succeeds 栾立国 as 区长"),
        ("gm09", LS + "政府", "区长", _G09_LS, None)], []),
    "gm:鲁德胜": ("鲁德胜", "official", LS, [
        ("gm09", LS + "寿山镇党委", "书记", "在寿山镇，镇党委书记鲁德胜", "bare 镇党委 after 在寿山镇")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gm01", "王建英", "责任编辑", "editor", "责任编辑：王建英"),
    ("gm02", "范玉洁", "供稿", "author", "（城区融媒体中心　范玉洁）"),
    ("gm02", "张晓宁", "编辑", "editor", "编辑：张晓宁"),
    ("gm02", "韩斌", "审核", "editor", "审核：韩斌"),
    ("gm03", "李婧怡", "记者", "reporter", "本报讯（记者 李婧怡）3月7日"),
    ("gm03", "赵宇轩", "责任编辑", "editor", "责任编辑：赵宇轩"),
    ("gm04", "刘雅萌", "责任编辑", "editor", "责任编辑：刘雅萌"),
    ("gm05", "李婧怡", "记者", "reporter", "本报讯（记者 李婧怡）6月12日"),
    ("gm05", "段晓燕", "责任编辑", "editor", "责任编辑：段晓燕"),
    ("gm06", "陈雅楠", "责任编辑", "editor", "（责任编辑：陈雅楠）"),
    ("gm07", "高雪", "编辑", "editor", "（编辑：高雪　审核：潘玉洁）"),
    ("gm07", "潘玉洁", "审核", "editor", "（编辑：高雪　审核：潘玉洁）"),
    ("gm08", "吴佳琦", "记者", "reporter", "本报讯（记者 吴佳琦）2月5日，"),
    ("gm08", "孙丽媛", "责任编辑", "editor", "责任编辑：孙丽媛"),
    ("gm09", "姜丽丽", "责任编辑", "editor", "责任编辑：姜丽丽"),
    ("gm10", "李婧怡", "作者", "author", "作者：李婧怡"),
    ("gm10", "冯巧玲", "编辑", "editor", "编辑：冯巧玲"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("gm08", "吴佳琦"): "本报讯（记者 吴佳琦）2月5日下午",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gm01", "市政府第十二次常务会议", "meeting (市政府常务会议)", "5月19日下午", "苗卫国", None, ["阳泉市政府"],
     ["牛志远", "赵晓岚", "贺连生", "秦文斌", "翟永华"], ["侯振斌", "武晓梅", "郭瑞泉", "苗卫国", "牛志远"], None,
     "市长苗卫国主持召开市政府第十二次常务会议",
     ["市长苗卫国主持召开", "常务副市长牛志远，副市长赵晓岚、贺连生、秦文斌，市政府秘书长翟永华出席会议",
      "市发展改革委主任侯振斌关于", "市财政局局长武晓梅关于", "市规划和自然资源局局长郭瑞泉关于", "苗卫国指出", "牛志远就做好项目要素保障"]),
    ("gm02", "城区城市更新和老旧小区改造调研", "inspection (调研)", "8月11日", None, "葛振邦", [],
     ["贾晋峰", "梁海涛", "郭瑞泉", "阎立伟", "白振川"], ["耿丽萍", "白振川", "葛振邦", "阎立伟"], "城区",
     "8月11日，市委书记葛振邦到城区调研城市更新和老旧小区改造工作",
     ["市委书记葛振邦到城区调研", "市委常委、秘书长贾晋峰，市住房和城乡建设局局长梁海涛，市规划和自然资源局局长郭瑞泉，城区区委书记阎立伟，区委副书记、区长白振川陪同调研",
      "耿丽萍介绍了", "白振川介绍了", "葛振邦强调", "阎立伟表示"]),
    ("gm03", "市委常委会会议", "meeting (市委常委会会议)", "3月7日", "葛振邦", None, ["阳泉市委"],
     ["苗卫国", "康建平", "牛志远", "贾晋峰", "田惠萍", "尹兆栋", "程立勇"], ["苗卫国", "葛振邦", "贾晋峰"], None,
     "3月7日，市委常委会召开会议",
     ["市委书记葛振邦主持会议并讲话", "市委副书记、市长苗卫国，市委副书记康建平", _G03_SC, "苗卫国就民生实事项目",
      "葛振邦强调", "贾晋峰就做好会议精神学习宣传"]),
    ("gm04", "矿区采煤沉陷区治理和城市更新调研", "inspection (调研)", "9月14日", None, "苗卫国", [],
     ["贺连生", "翟永华", "景志明", "郭瑞泉", "温志刚", "侯振斌"], ["侯振斌", "景志明", "苗卫国", "贺连生", "温志刚"], "矿区",
     "市长苗卫国到矿区调研采煤沉陷区治理和城市更新工作",
     ["市长苗卫国到矿区调研", "副市长贺连生，市政府秘书长翟永华参加调研", "区长侯振斌陪同调研", "侯振斌汇报了",
      "景志明介绍了", "苗卫国指出", "贺连生要求", "温志刚表示"]),
    ("gm05", "城区、郊区项目建设和民生工作调研", "inspection (调研)", "6月12日", None, "葛振邦", [],
     ["孔令伟", "郑海波", "史红艳"], ["贾晋峰", "白振川", "杜海军", "史红艳", "葛振邦", "郑海波"], "城区、郊区",
     "6月12日，市委书记葛振邦到城区、郊区调研项目建设和民生工作",
     ["市委书记葛振邦到城区、郊区调研", "市委常委、秘书长孔令伟参加调研", "郊区区委书记郑海波，区委副书记、区长史红艳陪同调研",
      "城区区委书记贾晋峰汇报了", "区长白振川介绍了", "杜海军介绍了", "史红艳汇报了", "葛振邦强调", "郑海波表示"]),
    ("gm06", "市政府第九次常务会议", "meeting (市政府常务会议)", "4月17日", "车立军", None, ["辽源市政府"],
     ["宫海鹏", "于秀清", "房德志", "隋成林"], ["战立新", "齐凤英", "祝长友", "栾立国", "车立军", "宫海鹏"], None,
     "市长车立军主持召开市政府第九次常务会议",
     ["市长车立军主持召开", "常务副市长宫海鹏，副市长于秀清、房德志，市政府秘书长隋成林出席会议", "市发展改革委主任战立新关于",
      "市财政局局长齐凤英关于", "市自然资源局局长祝长友关于", "区长栾立国汇报了", "车立军指出", "宫海鹏就做好"]),
    ("gm07", "西安区棚户区改造和接续产业发展调研", "inspection (调研)", "7月20日", None, "车立军", [],
     ["房德志", "齐凤英", "褚建华", "包启宇", "吕向辉", "武晓梅"], ["曲文博", "吕向辉", "武晓梅", "车立军", "包启宇"], "西安区",
     "市长车立军到西安区调研棚户区改造和接续产业发展工作",
     ["市长车立军到西安区调研", _G07_ATT, "曲文博介绍了", "吕向辉汇报了", "武晓梅介绍了", "车立军指出", "包启宇表示"]),
    ("gm08", "市委常委会会议", "meeting (市委常委会会议)", "2月5日", "邵国梁", None, ["辽源市委"],
     ["车立军", "谭振华", "宫海鹏", "石占江", "冷玉梅", "景宏亮", "齐凤英"], ["齐凤英", "邵国梁", "石占江"], None,
     "2月5日，市委常委会召开会议",
     ["市委书记邵国梁主持会议并讲话", "市委副书记、市长车立军，市委副书记谭振华", _G08_SC, "副市长齐凤英列席会议",
      "齐凤英汇报了", "邵国梁强调", "石占江就节日期间"]),
    ("gm08", "龙山区春节市场供应和食品安全检查", "inspection (检查)", "2月5日下午", None, "齐凤英", [],
     ["栾立国"], ["栾立国", "齐凤英"], "龙山区",
     "副市长齐凤英到龙山区检查春节市场供应和食品安全工作",
     ["副市长齐凤英到龙山区检查", "区长栾立国陪同检查", "栾立国介绍了", "齐凤英要求"]),
    ("gm09", "龙山区梅花鹿产业发展和城市更新调研", "inspection (调研)", "5月15日", None, "邵国梁", [],
     ["石占江", "战立新", "栾立国", "郝宏图"], ["鲁德胜", "栾立国", "郝宏图", "邵国梁"], "龙山区",
     "市委书记邵国梁到龙山区调研梅花鹿产业发展和城市更新工作",
     ["市委书记邵国梁到龙山区调研", "市委常委、秘书长石占江，市发展改革委主任战立新参加调研", _G09_LS, "鲁德胜介绍了",
      "栾立国汇报了", "郝宏图介绍了", "邵国梁强调", "栾立国表示"]),
    ("gm10", "郊区春季造林绿化和重点项目建设调研", "inspection (调研)", "4月9日", None, "苗卫国", [],
     ["秦文斌", "景志明", "温志刚", "史红艳"], ["史红艳", "温志刚", "苗卫国", "秦文斌"], "郊区",
     "市长苗卫国到郊区调研春季造林绿化和重点项目建设工作",
     ["市长苗卫国到郊区调研", "副市长秦文斌，市发展改革委主任景志明参加调研", _G10_JQ, "史红艳汇报了", "温志刚介绍了",
      "苗卫国指出", "秦文斌就做好森林防火"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gm01", "阳泉市中心城区集中供热管网改造工程", "infrastructure_project", "阳泉市中心城区集中供热管网改造工程、桃河城区段综合治理工程"),
    ("gm01", "桃河城区段综合治理工程", "greening_project", "桃河城区段综合治理工程、阳泉经开区数字经济产业园二期"),
    ("gm01", "阳泉经开区数字经济产业园二期", "industrial_park", "阳泉经开区数字经济产业园二期等项目已全面复工"),
    ("gm02", "义井街道桃北东街片区老旧小区改造项目", "housing_project", "义井街道桃北东街片区老旧小区改造项目"),
    ("gm02", "北大街历史文化街区提质改造工程", "project", "北大街历史文化街区提质改造工程"),
    ("gm02", "义井河生态修复工程", "greening_project", "义井河生态修复工程现场"),
    ("gm03", "桃河南岸城市更新示范片区", "project", "推进桃河南岸城市更新示范片区"),
    ("gm03", "阳泉市中心城区集中供热管网改造工程", "infrastructure_project", "阳泉市中心城区集中供热管网改造工程等重点项目"),
    ("gm04", "矿区沙坪采煤沉陷区综合治理工程", "engineering_work", "矿区沙坪采煤沉陷区综合治理工程"),
    ("gm04", "赛鱼街道老旧小区改造项目", "housing_project", "赛鱼街道老旧小区改造项目"),
    ("gm04", "桥头街道棚户区改造安置房项目", "housing_project", "桥头街道棚户区改造安置房项目现场"),
    ("gm05", "桃河南岸城市更新示范片区", "project", "来到桃河南岸城市更新示范片区"),
    ("gm05", "荫营镇耐火材料产业园标准化厂房二期", "industrial_park", "荫营镇耐火材料产业园标准化厂房二期和平坦镇"),
    ("gm05", "平坦镇桃林沟景区提质升级工程", "project", "平坦镇桃林沟景区提质升级工程现场"),
    ("gm06", "辽源市城区供水管网改造工程", "infrastructure_project", "辽源市城区供水管网改造工程和东辽河龙山段"),
    ("gm06", "东辽河龙山段水环境综合治理工程", "greening_project", "东辽河龙山段水环境综合治理工程的推进情况"),
    ("gm07", "仙城街道棚户区改造项目", "housing_project", "仙城街道棚户区改造项目"),
    ("gm07", "西安区新型建材产业园", "industrial_park", "西安区新型建材产业园和仙人河"),
    ("gm07", "仙人河综合治理工程", "greening_project", "仙人河综合治理工程现场"),
    ("gm09", "寿山镇梅花鹿产业园二期", "industrial_park", "寿山镇梅花鹿产业园二期"),
    ("gm09", "东吉街道老旧小区改造项目", "housing_project", "东吉街道老旧小区改造项目"),
    ("gm09", "辽源市城区供水管网改造工程", "infrastructure_project", "辽源市城区供水管网改造工程现场"),
    ("gm10", "河底镇温河流域生态修复工程", "greening_project", "河底镇温河流域生态修复工程"),
    ("gm10", "阳泉郊区新能源装备制造产业园", "industrial_park", "阳泉郊区新能源装备制造产业园"),
]

_G01_AREAS = "统筹城区、矿区、郊区和平定县、盂县发展空间"
_G03_AREAS = "今年我市将实施城区、矿区、郊区老旧小区改造项目136个"
_G06_AREAS = "保障好辽源经济开发区、龙山区、西安区和东丰县、东辽县的用地需求"

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gm01", "阳泉市", "city", "in_project_name", "阳泉市中心城区集中供热管网改造工程、桃河城区段综合治理工程"),
    ("gm01", "桃河", "river", "in_project_name", "桃河城区段综合治理工程、阳泉经开区数字经济产业园二期"),
    ("gm01", "阳泉经开区", "development_zone", "in_project_name", "阳泉经开区数字经济产业园二期等项目已全面复工"),
    ("gm01", "阳泉经济技术开发区", "development_zone", "in_org_reference", "阳泉经济技术开发区管委会主要负责同志列席会议"),
    ("gm01", "城区", "district", "standalone", _G01_AREAS),
    ("gm01", "矿区", "district", "standalone", _G01_AREAS),
    ("gm01", "郊区", "district", "standalone", _G01_AREAS),
    ("gm01", "平定县", "county", "standalone", _G01_AREAS),
    ("gm01", "盂县", "county", "standalone", _G01_AREAS),
    ("gm02", "城区", "district", "standalone", "8月11日，市委书记葛振邦到城区调研"),
    ("gm02", "义井街道", "sub_district_office", "in_project_name", "先后来到义井街道桃北东街片区老旧小区改造项目"),
    ("gm02", "桃北东街片区", "area", "standalone", "在桃北东街片区，义井街道党工委书记耿丽萍"),
    ("gm02", "北大街历史文化街区", "area", "in_project_name", "北大街历史文化街区提质改造工程"),
    ("gm02", "义井河", "river", "in_project_name", "义井河生态修复工程现场"),
    ("gm03", "城区", "district", "standalone", _G03_AREAS),
    ("gm03", "矿区", "district", "standalone", _G03_AREAS),
    ("gm03", "郊区", "district", "standalone", _G03_AREAS),
    ("gm03", "桃河", "river", "in_project_name", "推进桃河南岸城市更新示范片区"),
    ("gm03", "阳泉市", "city", "in_project_name", "阳泉市中心城区集中供热管网改造工程等重点项目"),
    ("gm04", "矿区", "district", "standalone", "市长苗卫国到矿区调研"),
    ("gm04", "沙坪", "area", "standalone", "在沙坪，侯振斌汇报了"),
    ("gm04", "赛鱼街道", "sub_district_office", "in_project_name", "赛鱼街道老旧小区改造项目"),
    ("gm04", "桥头街道", "sub_district_office", "in_project_name", "桥头街道棚户区改造安置房项目现场"),
    ("gm05", "城区", "district", "standalone", "市委书记葛振邦到城区、郊区调研"),
    ("gm05", "郊区", "district", "standalone", "市委书记葛振邦到城区、郊区调研"),
    ("gm05", "桃河", "river", "standalone", "排查桃河、温河沿线隐患"),
    ("gm05", "温河", "river", "standalone", "排查桃河、温河沿线隐患"),
    ("gm05", "北大街历史文化街区", "area", "standalone", "北大街历史文化街区，察看街区业态"),
    ("gm05", "荫营镇", "town", "in_project_name", "荫营镇耐火材料产业园标准化厂房二期和平坦镇"),
    ("gm05", "平坦镇", "town", "in_project_name", "平坦镇桃林沟景区提质升级工程现场"),
    ("gm05", "桃林沟", "scenic_area", "standalone", "依托桃林沟、翠枫山等资源"),
    ("gm05", "翠枫山", "mountain", "standalone", "依托桃林沟、翠枫山等资源"),
    ("gm06", "辽源经济开发区", "development_zone", "standalone", _G06_AREAS),
    ("gm06", "龙山区", "district", "standalone", _G06_AREAS),
    ("gm06", "西安区", "district", "standalone", _G06_AREAS),
    ("gm06", "东丰县", "county", "standalone", _G06_AREAS),
    ("gm06", "东辽县", "county", "standalone", _G06_AREAS),
    ("gm06", "辽源市", "city", "in_project_name", "辽源市城区供水管网改造工程和东辽河龙山段"),
    ("gm06", "东辽河", "river", "in_project_name", "东辽河龙山段水环境综合治理工程的推进情况"),
    ("gm07", "西安区", "district", "standalone", "市长车立军到西安区调研"),
    ("gm07", "仙城街道", "sub_district_office", "standalone", "在仙城街道，街道党工委书记曲文博"),
    ("gm07", "仙人河", "river", "in_project_name", "仙人河综合治理工程现场"),
    ("gm07", "辽源", "city", "standalone", "西安区是辽源的老工矿区"),
    ("gm08", "龙山区", "district", "standalone", "副市长齐凤英到龙山区检查"),
    ("gm08", "东吉街道", "sub_district_office", "standalone", "先后来到东吉街道农贸市场和站前街道大型商超"),
    ("gm08", "站前街道", "sub_district_office", "standalone", "先后来到东吉街道农贸市场和站前街道大型商超"),
    ("gm09", "龙山区", "district", "standalone", "市委书记邵国梁到龙山区调研"),
    ("gm09", "寿山镇", "town", "standalone", "在寿山镇，镇党委书记鲁德胜"),
    ("gm09", "东吉街道", "sub_district_office", "in_project_name", "东吉街道老旧小区改造项目"),
    ("gm09", "辽源市", "city", "in_project_name", "辽源市城区供水管网改造工程现场"),
    ("gm09", "辽源", "city", "standalone", "梅花鹿产业是辽源的特色优势产业"),
    ("gm10", "郊区", "district", "standalone", "市长苗卫国到郊区调研"),
    ("gm10", "旧街乡", "township", "standalone", "郊区旧街乡千亩荒山造林点"),
    ("gm10", "河底镇", "town", "in_project_name", "河底镇温河流域生态修复工程"),
    ("gm10", "温河", "river", "standalone", "温河流域生态修复要统筹治水"),
    ("gm10", "阳泉", "city", "in_project_name", "阳泉郊区新能源装备制造产业园"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gm", conventions="set gm (blind set: prefecture-level city pages — 市政府常务会议, 市委常委会会议, 市长 / 市委书记 调研 and a 副市长's 检查 in a district — in 山西 阳泉 (城区, 矿区, 郊区: district names other cities share → 阳泉市城区 / 阳泉市矿区 / 阳泉市郊区; ``城区区委书记`` → 阳泉市城区委 书记) and 吉林 辽源 (西安区 → 辽源市西安区; 龙山区 one in China); bare city organs and departments (市发展改革委, 市财政局, 市规划和自然资源局, 市自然资源局, 市住房和城乡建设局) take the page's city; 市委常委、秘书长 → 市委 常委 + 市委 秘书长; streets and towns → district label + name + 党工委 / 党委; a list after one title gives each name that title; one line per post per article)",
          persons_note="Set gm persons. id = corpus-wide person_id (gm:武晓梅#1 阳泉市财政局局长 (山西) and gm:武晓梅#2 辽源市西安区委常委、副区长 (吉林) are two people; gm:贾晋峰 阳泉 市委常委、秘书长 2022–2023 → 市委常委、城区区委书记 2024; gm:侯振斌 阳泉市发展改革委主任 2022 → 矿区区长 2023; gm:温志刚 矿区区委书记 2023 → 郊区区委书记 2025; gm:齐凤英 辽源市财政局局长 2023 → 副市长 2024; gm:栾立国 龙山区长 2023–2024 → 龙山区委书记 2025)")


if __name__ == "__main__":
    main()
