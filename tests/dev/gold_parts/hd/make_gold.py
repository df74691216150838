"""Write gold part ``hd`` (a blind set: coastal provinces — 山东, 浙江, 福建, 广东, 江苏, 海南 — county-level cities,
districts and counties; 调研, 会议, 招商, 海洋 / 港口 / 渔业 projects and 台风 防御 inspections) from the tables below.

Pages ``tests/dev/texts/hd*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 威海 government site's page of the 市长's 调研 in 荣成市 (沙窝岛
远洋渔业基地, ``市委副书记、市长…到荣成市调研海洋经济发展工作``); company pages of visits to 荣成 (``威海市政府副市长…、荣成市
政府市长…等领导的陪同下``, ``荣成市委书记…，荣成市委常务、常务副市长…陪同``); two 徐闻县 government-site pages on 台风 防御
(``副县长…到新寮镇指导做好台风“纳沙”防御工作，新寮镇党委书记…、党委副书记、镇长…等人陪同``; the 镇's own 台风“暹芭”
report) and a mirror of the 徐闻 防台风工作调度会 (``县委副书记、县长…要求``, ``县委常委、常务副县长…主持会议``, the ``六个
百分百``); a 遂溪 page of a 湛江 视频调度会 (``遂溪县委书记…，遂溪县委副书记、县长…``); an 诏安 page of the 县长's 防台 check of
two 渔港 (``副县长…参加活动``); the 阳江 government site's 台风“天兔” page with its footer (``主办单位：…办公室 … 粤ICP备``);
东南网 宁德频道 pages (``您所在的位置：东南网 > 宁德频道首页 > … > 正文``, ``nd.fjsen.com  2020-05-24 17:58:38 … 来源：东南网
我来说两句``, ``责任编辑：… 关键字：…  打印  收藏  【字号``) of a 福鼎 招商引资项目签约仪式 (``福鼎市委书记…表示``) and of
沙埕镇's 海上养殖综合整治; a 海峡网 page of 霞浦's 官井洋 clean-up (``（闽东日报记者 … 通讯员 …）``, a 相关 list with dates);
the 岱山新闻网 (浙江在线 岱山支站) page (``来源：岱山县融媒体中心 作者：记者 … 初审编辑：… 责任编辑：…``, 相关文章, 热点新闻);
the 茂名日报 digital edition (``当前位置：茂名日报 第2018-09-16期 第A2版：要闻``) of 渔船回港; the 湛江日报 电子报 reader
(``版面：第T03版 … 上一篇 下一篇``); a 国际在线 page of the 如东县委常委会（扩大）会议 held at 洋口港经济开发区; a 射阳 site page
(``县委书记…会见…客商``); 莆田 and 福清 签约 pages (``市领导…出席``, ``责编：… 编审：… 审核：…``). Places are real; 荣成, 乳山,
文登, 岱山, 福鼎, 徐闻, 阳西 are new to the corpus.

Shapes: a county-level city's site (荣成市) with the 市长's 调研 of two towns, a 相关文章 list and a full footer (hd01); the
prefecture paper (威海日报, 第A02版, two-line headline) of the same person now 副市长, checking 台风 defences in 乳山市 and
文登区, with bare ``市委`` / ``区委`` after ``在乳山`` / ``在文登`` (hd02); a county site (岱山县) of the 县长's 台风“梅花”
inspection with a 融媒体 byline line (hd03); the prefecture paper (舟山日报, 本版新闻 index line) of a 招商推介会 in 上海 with
the former 县长 now 县委书记 (hd04); a county-level city's site (福鼎市) of a 招商引资项目集中签约仪式 with 人大 and 政协 heads
(hd05); a portal (东南网 宁德频道) reprint of 闽东日报 of the former 福鼎 常务副市长 now 霞浦县长 (hd06); a county site (徐闻县)
of a 防台风 调度会 plus the 县长's next-day 检查 (hd07); a prefecture paper (阳江日报) of a 副市长's 招商 调研 in 阳西县 (hd08);
a provincial portal (中国江苏网) reprint of 南通日报 of a 县委常委会（扩大）会议 held in a county's 经济开发区 (hd09); an
autonomous county's site (陵水黎族自治县) of the 县委书记's 台风“摩羯” inspection (hd10).

Identity cases:
- hd:迟宏远 moves from a county-level city to its prefecture city: 荣成市委副书记、市长 (hd01, July 2022) → 威海市 副市长
  (hd02, Aug 2024; bare ``副市长`` in the 威海日报).
- hd:贺晨川 岱山县委副书记、县长 (hd03, Sept 2022) → 岱山县委书记 (hd04, May 2024).
- hd:郑景辉 福鼎市委常委、常务副市长 (hd05, Apr 2023) → 霞浦县委副书记、县长 (hd06, June 2024): another county of 宁德.
- hd:丁一帆 岱山县 副县长 (hd03, 2022) → 岱山县委常委、常务副县长 (hd04, 2024).
- two different 王振东 in unrelated places: hd:王振东#1 is 荣成市人和镇党委书记 (山东, hd01); hd:王振东#2 is 徐闻县 副县长
  (广东, hd07).
- one organ name in several places: bare ``市海洋发展局`` is 荣成市's on the 荣成 site (hd01) and 威海市's in the 威海日报
  (hd02); bare ``县海洋与渔业局`` is 岱山县's (hd03) and 霞浦县's (hd06); bare ``市委副书记、市长`` is 荣成's (hd01), 乳山's
  (hd02), and bare ``副市长`` is 威海's (hd02), 舟山's (hd04), 阳江's (hd08); bare ``县委副书记、县长`` is 岱山's, 霞浦's,
  徐闻's, 阳西's, 如东's and 陵水's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county-level city's site bare 市委 / 市政府 /
  市X局 are that city's (荣成市委, 荣成市海洋发展局, 福鼎市商务局); in a prefecture paper bare 市 organs and ``副市长`` are
  the prefecture's (威海市政府, 舟山市政府, 阳江市农业农村局). DECIDED HERE: in a prefecture paper a bare ``市委副书记、
  市长`` right after ``在乳山`` is 乳山市's (the county-level city), a bare ``区委常委、副区长`` after ``在文登`` is 文登区's; a
  bare ``县委副书记、县长`` right after ``岱山县委书记`` / ``阳西县委书记`` is that county's.
- A town's officials written ``在X镇，镇党委书记…`` take the town (county label + town): 荣成市人和镇党委 书记; ``镇党委副书记、
  镇长`` → X镇党委 副书记 + X镇政府 镇长.
- ``市政府办公室主任`` → 荣成市政府办公室 主任; ``市政府副秘书长`` → 威海市政府 副秘书长 (as bq's 市政府秘书长).
- 人大常委会主任 → X人大常委会 主任; 政协主席 → X政协 主席 (CONVENTIONS organs).
- 陵水黎族自治县 is labelled with its full name; its organs ``县委`` / ``县政府`` → 陵水黎族自治县委 / 陵水黎族自治县政府 (as
  the corpus labels 东乡族自治县委).
- DECIDED HERE: 如东's provincial-level ``洋口港经济开发区`` (not an 经济技术开发区, nothing folded) is labelled county name
  without 县 + zone name as written: ``县委常委、洋口港经济开发区党工委书记曹静怡`` → 如东县委 常委 + 如东洋口港经济开发区党工委
  书记 (as earlier parts label 如东经济开发区, 固始经济开发区).
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 /
  作了部署 speakers; local officials who only report are speakers, not attendees); the 调度会, the 县委常委会（扩大）会议, the
  推介会 and the 签约仪式 are meetings (chair when 主持; 出席 / 参加 attendees; 致辞 / 推介 / 讲话 speakers). DECIDED HERE: the
  推介会 with its on-site signing is one event; the ``会前…实地察看`` of hd09 is part of the 常委会 meeting (not named a 观摩,
  so no site observation of its own); hd07's 调度会 (16日晚) and the next morning's 检查 are two events.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``（闽东日报记者 … 通讯员 …）``, ``（福鼎市融媒体中心 记者 … 通讯员 …）``, ``作者：记者 …``
  and ``（记者 … 通讯员 …）`` give reporter / correspondent lines; 编辑 / 责任编辑 / 初审编辑 / 审核 are editor lines. ``通讯员 东宣``
  (hd09) is a department's pen name (县委宣传部), not a person, as bq's 江宣. ``来源：陵水融媒`` names no one.
- Projects: works inspected, signed or pushed: 渔港 upgrades and extensions, 码头 and 运维 bases
  ``infrastructure_project``; 海塘 / 海堤 / 防波堤 works ``engineering_work``; a named 产业园 (or its phase)
  ``industrial_park``; a 冷链物流园 / 物流中心 ``logistics_hub``; 海洋牧场, 网箱, 光伏, 文旅综合体, 材料项目, a 渔港经济区
  under construction ``project``. Typhoon names (梅花, 泰利, 摩羯) are neither places nor projects.
- Places: one line per name per file, as written; a short name the body writes (荣成, 乳山, 文登, 岱山, 福鼎, 霞浦, 下浒, 三沙,
  阳西, 如东) is its own line beside the full name (as bs's 阿克苏 / 浙江); ports and 渔港 (人和中心渔港, 乳山口中心渔港,
  高亭中心渔港, 三沙中心渔港, 徐闻港, 洋口港, 新村港, 黎安港, 长涂港区, 沙埕港区) are kind ``port``; bays (俚岛湾, 东吾洋,
  沙扒湾) ``bay``. DECIDED HERE: ``三沙`` in hd06 is 霞浦's 三沙镇 (a town), not Hainan's 三沙市; single-character
  abbreviations (沪, 闽浙) are not annotated (as bs leaves 阿); ``海西`` (海峡西岸) is a region; a town's short name inside a
  project name whose town the page writes in full (新寮 in 新寮海堤…) gives no extra line, but ``溪头`` (hd08, 溪头镇 not
  written) does; a port's 作业区 inside a project name (八尺门作业区) is not a place of its own. Site lines, mastheads,
  navigation, 来源 lines, footers, 上一篇 / 下一篇 links and (DECIDED HERE, the same chrome) 相关文章 / 相关新闻 / 相关链接
  lists and a paper's 本版新闻 index line are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

RC, WH, DS, ZS, FD, XP, XW, YJ, YX, RD, LS = (
    "荣成市", "威海市", "岱山县", "舟山市", "福鼎市", "霞浦县", "徐闻县", "阳江市", "阳西县", "如东县", "陵水黎族自治县")

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hd01_rongcheng.txt": (2022, "发布时间：2022-07-14 17:36", RC, [
        ("迟宏远到人和镇、俚岛镇调研海洋经济和渔业安全生产工作", "7月13日", "2022-07-13", "7月13日，市委副书记",
         "county-level city site: the 市长's 调研 of two towns (远洋渔业, 海洋牧场, 渔港); town secretary and 镇长 report")]),
    "hd02_weihai.txt": (2024, "2024年08月21日　星期三", WH, [
        ("迟宏远检查防御台风和汛期安全工作时要求", "8月20日", "2024-08-20", "本报讯（记者 于佳蕙）8月20日",
         "prefecture paper 第A02版: the former 荣成市长, now 副市长, checks 台风 defences in 乳山市 and 文登区")]),
    "hd03_daishan.txt": (2022, "发布日期：2022-09-14", DS, [
        ("贺晨川带队检查第12号台风“梅花”防御工作", "9月13日", "2022-09-13", "9月13日，县委副书记",
         "county site: the 县长's 台风“梅花” inspection (渔港, 海塘, 衢山镇); 融媒体 byline line")]),
    "hd04_zhoushan.txt": (2024, "2024年5月24日　星期五", ZS, [
        ("岱山在沪举行海洋经济招商推介会", "5月23日", "2024-05-23", "本报讯（记者 陶闻笛 通讯员 许海潮）5月23日",
         "prefecture paper 第02版: 招商推介会 in 上海; the former 县长 now 县委书记; 常务副县长 主持; 11 projects signed")]),
    "hd05_fuding.txt": (2023, "发布时间：2023-04-19 09:42", FD, [
        ("福鼎市举行2023年第二季度招商引资项目集中签约仪式", "4月18日", "2023-04-18", "4月18日，福鼎市2023年",
         "county-level city site: 招商引资项目集中签约仪式 (书记 致辞, 常务副市长 主持, 人大 / 政协 heads)")]),
    "hd06_xiapu.txt": (2024, "2024-06-27 10:06:15", XP, [
        ("郑景辉到下浒、三沙调研海上养殖转型升级和防台风准备工作", "6月26日", "2024-06-26", "东南网6月27日讯",
         "portal (东南网 宁德频道) reprint of 闽东日报: the former 福鼎 常务副市长, now 霞浦县长, 调研 of 海上养殖 and 防台")]),
    "hd07_xuwen.txt": (2023, "发布时间：2023-07-17 10:25:08", XW, [
        ("徐闻县召开防御台风“泰利”工作调度会", "7月16日晚", "2023-07-16", "7月16日晚，徐闻县召开",
         "county site: 防台风 调度会 (书记 讲话, 县长 部署, 常务副县长 主持, 副县长 通报) and the 县长's 检查 next morning")]),
    "hd08_yangxi.txt": (2023, "2023年10月12日　星期四", YJ, [
        ("温卓凡到阳西县调研海洋经济和招商引资工作", "10月11日", "2023-10-11", "本报讯（记者 冼国强 通讯员 麦国栋）10月11日",
         "prefecture paper 第A02版: the 副市长's 调研 of 海洋经济 and 招商 in 阳西县 (海洋牧场, 风电运维母港, 渔港经济区)")]),
    "hd09_rudong.txt": (2023, "2023-11-09 07:48:12", RD, [
        ("如东县委常委会扩大会议开到洋口港 部署临港产业项目攻坚", "11月8日", "2023-11-08", "11月8日，如东县委常委会",
         "provincial portal reprint of 南通日报: 县委常委会（扩大）会议 held in the 洋口港经济开发区; zone 党工委书记 reports")]),
    "hd10_lingshui.txt": (2024, "发布时间：2024-09-05 19:40", LS, [
        ("吉家豪检查防御超强台风“摩羯”工作", "9月5日", "2024-09-05", "9月5日，县委书记",
         "autonomous county site: the 县委书记's 台风“摩羯” inspection of two 渔港 with the 县长 and a 县委常委、副县长")]),
}

_D04 = "县委常委、常务副县长丁一帆主持推介会"
_Y09 = "县委常委、洋口港经济开发区党工委书记曹静怡"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 山东 威海 / 荣成
    "hd:迟宏远": ("迟宏远", "official", WH, [
        ("hd01", f"{RC}委", "副书记", "市委副书记、市长迟宏远到人和镇", "2022-07: bare 市委 on the 荣成市 site (identity case: 威海市副市长 in 2024, hd02); named in the headline too"),
        ("hd01", f"{RC}政府", "市长", "市委副书记、市长迟宏远到人和镇", None),
        ("hd02", f"{WH}政府", "副市长", "副市长迟宏远到乳山市、文登区", "2024-08: bare 副市长 in the 威海日报 = 威海市's; moved from the county-level city to its prefecture city")], []),
    "hd:姜海鸥": ("姜海鸥", "official", RC, [
        ("hd01", f"{RC}委", "常委", "市委常委、副市长姜海鸥", None),
        ("hd01", f"{RC}政府", "副市长", "市委常委、副市长姜海鸥", None)], []),
    "hd:宋连喜": ("宋连喜", "official", RC, [
        ("hd01", f"{RC}政府办公室", "主任", "市政府办公室主任宋连喜", "人民政府 → 政府 inside the office's name")], []),
    "hd:陈立言": ("陈立言", "official", RC, [
        ("hd01", f"{RC}海洋发展局", "局长", "市海洋发展局局长陈立言", "bare 市海洋发展局 = 荣成市's here, 威海市's in hd02")], []),
    "hd:王振东#1": ("王振东", "official", RC, [
        ("hd01", f"{RC}人和镇党委", "书记", "在人和镇，镇党委书记王振东", "荣成 (山东); not the 王振东 of 徐闻县 (hd07)")], []),
    "hd:毕淑仪": ("毕淑仪", "official", RC, [
        ("hd01", f"{RC}俚岛镇党委", "副书记", "镇党委副书记、镇长毕淑仪", "after 在俚岛镇"),
        ("hd01", f"{RC}俚岛镇政府", "镇长", "镇党委副书记、镇长毕淑仪", None)], []),
    "hd:骆怀章": ("骆怀章", "official", WH, [
        ("hd02", f"{WH}政府", "副秘书长", "市政府副秘书长骆怀章", None)], []),
    "hd:丛培元": ("丛培元", "official", WH, [
        ("hd02", f"{WH}海洋发展局", "局长", "市海洋发展局局长丛培元", "bare 市海洋发展局 in the 威海日报 = 威海市's (荣成市's in hd01)")], []),
    "hd:孙晓帆": ("孙晓帆", "official", "乳山市", [
        ("hd02", "乳山市委", "副书记", "市委副书记、市长孙晓帆", "DECIDED HERE: bare 市委 right after 在乳山 = 乳山市 (county-level city)"),
        ("hd02", "乳山市政府", "市长", "市委副书记、市长孙晓帆", None)], []),
    "hd:邵晋川": ("邵晋川", "official", "文登区", [
        ("hd02", "文登区委", "常委", "区委常委、副区长邵晋川", "bare 区委 right after 在文登"),
        ("hd02", "文登区政府", "副区长", "区委常委、副区长邵晋川", None)], []),
    # ---- 浙江 舟山 / 岱山
    "hd:贺晨川": ("贺晨川", "official", DS, [
        ("hd03", f"{DS}委", "副书记", "县委副书记、县长贺晨川带队检查", "2022-09 (identity case: 县委书记 in 2024, hd04); named in the headline too"),
        ("hd03", f"{DS}政府", "县长", "县委副书记、县长贺晨川带队检查", None),
        ("hd04", f"{DS}委", "书记", "岱山县委书记贺晨川致辞", "2024-05: now 县委书记")], []),
    "hd:丁一帆": ("丁一帆", "official", DS, [
        ("hd03", f"{DS}政府", "副县长", "副县长丁一帆", "2022-09"),
        ("hd04", f"{DS}委", "常委", _D04, "2024-05: now 县委常委、常务副县长"),
        ("hd04", f"{DS}政府", "常务副县长", _D04, None)], []),
    "hd:虞国庆": ("虞国庆", "official", DS, [
        ("hd03", f"{DS}海洋与渔业局", "局长", "县海洋与渔业局局长虞国庆", "bare 县海洋与渔业局 = 岱山县's here, 霞浦县's in hd06")], []),
    "hd:钟海鸣": ("钟海鸣", "official", DS, [
        ("hd03", f"{DS}应急管理局", "局长", "县应急管理局局长钟海鸣", None)], []),
    "hd:邬海帆": ("邬海帆", "official", DS, [
        ("hd03", f"{DS}衢山镇党委", "书记", "在衢山镇，镇党委书记邬海帆", None)], []),
    "hd:钱立恒": ("钱立恒", "official", ZS, [
        ("hd04", f"{ZS}政府", "副市长", "副市长钱立恒出席", "bare 副市长 in the 舟山日报")], []),
    "hd:汪思远": ("汪思远", "official", DS, [
        ("hd04", f"{DS}委", "副书记", "县委副书记、县长汪思远作岱山投资环境推介", "bare 县委 right after 岱山县委书记; succeeds 贺晨川 as 县长"),
        ("hd04", f"{DS}政府", "县长", "县委副书记、县长汪思远作岱山投资环境推介", None)], []),
    # ---- 福建 宁德 / 福鼎 / 霞浦
    "hd:吴承翰": ("吴承翰", "official", FD, [
        ("hd05", f"{FD}委", "书记", "市委书记吴承翰致辞", None)], []),
    "hd:蔡立群": ("蔡立群", "official", FD, [
        ("hd05", f"{FD}委", "副书记", "市委副书记、市长蔡立群", None),
        ("hd05", f"{FD}政府", "市长", "市委副书记、市长蔡立群", None)], []),
    "hd:柯振南": ("柯振南", "official", FD, [
        ("hd05", f"{FD}人大常委会", "主任", "市人大常委会主任柯振南", None)], []),
    "hd:雷秀英": ("雷秀英", "official", FD, [
        ("hd05", f"{FD}政协", "主席", "市政协主席雷秀英", None)], []),
    "hd:郑景辉": ("郑景辉", "official", "宁德市", [
        ("hd05", f"{FD}委", "常委", "市委常委、常务副市长郑景辉主持签约仪式", "2023-04: 福鼎市 (identity case: 霞浦县长 in 2024, hd06)"),
        ("hd05", f"{FD}政府", "常务副市长", "市委常委、常务副市长郑景辉主持签约仪式", None),
        ("hd06", f"{XP}委", "副书记", "霞浦县委副书记、县长郑景辉到下浒镇", "2024-06: now 霞浦县长; named in the headline too"),
        ("hd06", f"{XP}政府", "县长", "霞浦县委副书记、县长郑景辉到下浒镇", None)], []),
    "hd:林则勋": ("林则勋", "official", FD, [
        ("hd05", f"{FD}商务局", "局长", "市商务局局长林则勋", None)], []),
    "hd:阮文涛": ("阮文涛", "official", XP, [
        ("hd06", f"{XP}政府", "副县长", "副县长阮文涛", None)], []),
    "hd:黄秀珍": ("黄秀珍", "official", XP, [
        ("hd06", f"{XP}海洋与渔业局", "局长", "县海洋与渔业局局长黄秀珍", "bare 县海洋与渔业局 = 霞浦县's here (岱山县's in hd03)")], []),
    "hd:游宗明": ("游宗明", "official", XP, [
        ("hd06", f"{XP}下浒镇党委", "书记", "镇党委书记游宗明关于", "in the 在下浒镇 paragraph")], []),
    "hd:缪志华": ("缪志华", "official", XP, [
        ("hd06", f"{XP}三沙镇党委", "副书记", "镇党委副书记、镇长缪志华", "in the 在三沙镇 paragraph"),
        ("hd06", f"{XP}三沙镇政府", "镇长", "镇党委副书记、镇长缪志华", None)], []),
    # ---- 广东 湛江 / 徐闻; 阳江 / 阳西
    "hd:冯锐": ("冯锐", "official", XW, [
        ("hd07", f"{XW}委", "书记", "县委书记冯锐出席会议并讲话", None)], []),
    "hd:欧阳志远": ("欧阳志远", "official", XW, [
        ("hd07", f"{XW}委", "副书记", "县委副书记、县长欧阳志远对具体工作作了部署", None),
        ("hd07", f"{XW}政府", "县长", "县委副书记、县长欧阳志远对具体工作作了部署", None)], []),
    "hd:符祥坤": ("符祥坤", "official", XW, [
        ("hd07", f"{XW}委", "常委", "县委常委、常务副县长符祥坤主持会议", None),
        ("hd07", f"{XW}政府", "常务副县长", "县委常委、常务副县长符祥坤主持会议", None)], []),
    "hd:王振东#2": ("王振东", "official", XW, [
        ("hd07", f"{XW}政府", "副县长", "副县长王振东通报了", "徐闻 (广东); not the 王振东 of 荣成 (hd01)")], []),
    "hd:邓家栋": ("邓家栋", "official", XW, [
        ("hd07", f"{XW}新寮镇党委", "书记", "新寮镇党委书记邓家栋", None)], []),
    "hd:温卓凡": ("温卓凡", "official", YJ, [
        ("hd08", f"{YJ}政府", "副市长", "副市长温卓凡到阳西县调研", "bare 副市长 in the 阳江日报; named in the headline too")], []),
    "hd:何伟业": ("何伟业", "official", YJ, [
        ("hd08", f"{YJ}农业农村局", "局长", "市农业农村局局长何伟业参加调研", None)], []),
    "hd:卓立行": ("卓立行", "official", YX, [
        ("hd08", f"{YX}委", "书记", "阳西县委书记卓立行", None)], []),
    "hd:邢少川": ("邢少川", "official", YX, [
        ("hd08", f"{YX}委", "副书记", "县委副书记、县长邢少川陪同调研", "bare 县委 right after 阳西县委书记"),
        ("hd08", f"{YX}政府", "县长", "县委副书记、县长邢少川陪同调研", None)], []),
    "hd:莫振涛": ("莫振涛", "official", YX, [
        ("hd08", f"{YX}沙扒镇党委", "书记", "在沙扒镇，镇党委书记莫振涛", None)], []),
    # ---- 江苏 南通 / 如东
    "hd:陆承远": ("陆承远", "official", RD, [
        ("hd09", f"{RD}委", "书记", "县委书记陆承远主持会议并讲话", None)], []),
    "hd:顾嘉文": ("顾嘉文", "official", RD, [
        ("hd09", f"{RD}委", "副书记", "县委副书记、县长顾嘉文", None),
        ("hd09", f"{RD}政府", "县长", "县委副书记、县长顾嘉文", None)], []),
    "hd:曹静怡": ("曹静怡", "official", RD, [
        ("hd09", f"{RD}委", "常委", _Y09, None),
        ("hd09", "如东洋口港经济开发区党工委", "书记", _Y09, "DECIDED HERE: county name without 县 + the zone as written (经济开发区 not folded)")], []),
    "hd:范志鹏": ("范志鹏", "official", RD, [
        ("hd09", f"{RD}人大常委会", "主任", "县人大常委会主任范志鹏", None)], []),
    "hd:翁丽娟": ("翁丽娟", "official", RD, [
        ("hd09", f"{RD}政协", "主席", "县政协主席翁丽娟", None)], []),
    "hd:陈奕帆": ("陈奕帆", "official", RD, [
        ("hd09", f"{RD}长沙镇党委", "书记", "长沙镇党委书记陈奕帆", None)], []),
    # ---- 海南 陵水
    "hd:吉家豪": ("吉家豪", "official", LS, [
        ("hd10", f"{LS}委", "书记", "县委书记吉家豪到新村镇", "陵水黎族自治县 labelled with its full name; named in the headline too")], []),
    "hd:黎明辉": ("黎明辉", "official", LS, [
        ("hd10", f"{LS}委", "副书记", "县委副书记、县长黎明辉", None),
        ("hd10", f"{LS}政府", "县长", "县委副书记、县长黎明辉", None)], []),
    "hd:陈少鹏": ("陈少鹏", "official", LS, [
        ("hd10", f"{LS}委", "常委", "县委常委、副县长陈少鹏", None),
        ("hd10", f"{LS}政府", "副县长", "县委常委、副县长陈少鹏", None)], []),
    "hd:羊文斌": ("羊文斌", "official", LS, [
        ("hd10", f"{LS}农业农村局", "局长", "县农业农村局局长羊文斌", None)], []),
    "hd:蔡海宁": ("蔡海宁", "official", LS, [
        ("hd10", f"{LS}新村镇党委", "书记", "新村镇党委书记蔡海宁", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hd01", "刘珂", "责任编辑", "editor", "责任编辑：刘珂"),
    ("hd02", "于佳蕙", "记者", "reporter", "本报讯（记者 于佳蕙）"),
    ("hd02", "谭思媛", "责任编辑", "editor", "责任编辑：谭思媛"),
    ("hd03", "邱璐瑶", "记者", "reporter", "作者：记者 邱璐瑶"),
    ("hd03", "戴晓峰", "初审编辑", "editor", "初审编辑：戴晓峰"),
    ("hd03", "章雅婷", "责任编辑", "editor", "责任编辑：章雅婷"),
    ("hd04", "陶闻笛", "记者", "reporter", "本报讯（记者 陶闻笛 通讯员 许海潮）"),
    ("hd04", "许海潮", "通讯员", "correspondent", "本报讯（记者 陶闻笛 通讯员 许海潮）"),
    ("hd04", "严晓波", "责任编辑", "editor", "责任编辑：严晓波"),
    ("hd05", "倪佳琪", "记者", "reporter", "（福鼎市融媒体中心 记者 倪佳琪 通讯员 洪丽芳）"),
    ("hd05", "洪丽芳", "通讯员", "correspondent", "（福鼎市融媒体中心 记者 倪佳琪 通讯员 洪丽芳）"),
    ("hd05", "许梦瑶", "编辑", "editor", "编辑：许梦瑶"),
    ("hd05", "谢雨辰", "审核", "editor", "审核：谢雨辰"),
    ("hd06", "林雪晴", "记者", "reporter", "（闽东日报记者 林雪晴 通讯员 石凌云）"),
    ("hd06", "石凌云", "通讯员", "correspondent", "（闽东日报记者 林雪晴 通讯员 石凌云）"),
    ("hd06", "吕晨曦", "责任编辑", "editor", "责任编辑：吕晨曦"),
    ("hd08", "冼国强", "记者", "reporter", "本报讯（记者 冼国强 通讯员 麦国栋）"),
    ("hd08", "麦国栋", "通讯员", "correspondent", "本报讯（记者 冼国强 通讯员 麦国栋）"),
    ("hd08", "龚海鹰", "责任编辑", "editor", "责任编辑：龚海鹰"),
    ("hd09", "孙文博", "编辑", "editor", "编辑：孙文博"),
    ("hd09", "苏博文", "记者", "reporter", "（记者 苏博文 通讯员 东宣）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hd01", "人和镇、俚岛镇海洋经济发展和渔业安全生产调研", "inspection (调研)", "7月13日", None, "迟宏远", [],
     ["姜海鸥", "宋连喜", "陈立言"], ["王振东", "毕淑仪", "陈立言", "迟宏远", "姜海鸥"], "人和镇、俚岛镇",
     "市委副书记、市长迟宏远到人和镇、俚岛镇调研海洋经济发展和渔业安全生产工作",
     ["市长迟宏远到人和镇、俚岛镇调研", "市海洋发展局局长陈立言参加调研", "镇党委书记王振东介绍了", "镇长毕淑仪汇报了",
      "陈立言介绍了", "迟宏远指出", "姜海鸥就做好伏季休渔执法监管"]),
    ("hd02", "乳山市、文登区防御台风和汛期安全工作检查", "inspection (检查)", "8月20日", None, "迟宏远", [],
     ["骆怀章", "丛培元"], ["孙晓帆", "邵晋川", "迟宏远", "丛培元"], "乳山市、文登区",
     "副市长迟宏远到乳山市、文登区检查防御台风和汛期安全工作",
     ["副市长迟宏远到乳山市、文登区检查", "市海洋发展局局长丛培元参加检查", "市长孙晓帆汇报了", "副区长邵晋川介绍了",
      "迟宏远强调", "丛培元就加强海上养殖设施加固"]),
    ("hd03", "第12号台风“梅花”防御工作检查", "inspection (检查)", "9月13日", None, "贺晨川", [],
     ["丁一帆", "虞国庆", "钟海鸣"], ["邬海帆", "虞国庆", "贺晨川", "丁一帆"], "岱山县",
     "县委副书记、县长贺晨川带队检查第12号台风“梅花”防御工作",
     ["县长贺晨川带队检查", "县应急管理局局长钟海鸣陪同检查", "镇党委书记邬海帆汇报了", "虞国庆介绍了", "贺晨川强调",
      "丁一帆就做好海塘和山塘水库巡查值守"]),
    ("hd04", "岱山（上海）海洋经济招商推介会", "meeting (推介会)", "5月23日", "丁一帆", None, ["岱山县"],
     ["钱立恒"], ["贺晨川", "汪思远", "钱立恒"], "上海",
     "5月23日，岱山（上海）海洋经济招商推介会在上海举行",
     ["副市长钱立恒出席", "岱山县委书记贺晨川致辞", "县长汪思远作岱山投资环境推介", "常务副县长丁一帆主持推介会",
      "贺晨川在致辞中说", "汪思远从区位交通", "钱立恒表示"]),
    ("hd05", "福鼎市2023年第二季度招商引资项目集中签约仪式", "meeting (签约仪式)", "4月18日", "郑景辉", None, ["福鼎市"],
     ["蔡立群", "柯振南", "雷秀英"], ["吴承翰", "林则勋", "蔡立群"], "市行政服务中心",
     "4月18日，福鼎市2023年第二季度招商引资项目集中签约仪式在市行政服务中心举行",
     ["市委书记吴承翰致辞", "市长蔡立群，市人大常委会主任柯振南，市政协主席雷秀英出席", "常务副市长郑景辉主持签约仪式",
      "市商务局局长林则勋作福鼎投资环境推介", "吴承翰在致辞中说", "蔡立群表示"]),
    ("hd06", "下浒镇、三沙镇海上养殖转型升级和防台风准备工作调研", "inspection (调研)", "6月26日", None, "郑景辉", [],
     ["阮文涛", "黄秀珍"], ["游宗明", "缪志华", "郑景辉", "黄秀珍"], "下浒镇、三沙镇",
     "霞浦县委副书记、县长郑景辉到下浒镇、三沙镇调研海上养殖转型升级和防台风准备工作",
     ["县长郑景辉到下浒镇、三沙镇调研", "县海洋与渔业局局长黄秀珍陪同调研", "镇党委书记游宗明关于", "镇长缪志华介绍了",
      "郑景辉指出", "黄秀珍就做好渔排加固"]),
    ("hd07", "防御台风“泰利”工作调度会", "meeting (调度会)", "7月16日晚", "符祥坤", None, ["徐闻县"],
     ["冯锐"], ["王振东", "冯锐", "欧阳志远"], None,
     "7月16日晚，徐闻县召开防御台风“泰利”工作调度会",
     ["县委书记冯锐出席会议并讲话", "县长欧阳志远对具体工作作了部署", "常务副县长符祥坤主持会议", "副县长王振东通报了",
      "冯锐强调", "欧阳志远要求，各镇"]),
    ("hd07", "新寮镇和徐闻港防台风工作检查", "inspection (检查)", "17日上午", None, "欧阳志远", [],
     [], ["邓家栋", "欧阳志远"], "新寮镇、徐闻港",
     "17日上午，欧阳志远带队到新寮镇和徐闻港检查防台风工作",
     ["欧阳志远带队到新寮镇和徐闻港检查", "新寮镇党委书记邓家栋汇报了", "欧阳志远要求，在台风警报解除前"]),
    ("hd08", "阳西县海洋经济发展和招商引资工作调研", "inspection (调研)", "10月11日", None, "温卓凡", [],
     ["何伟业", "卓立行", "邢少川"], ["莫振涛", "邢少川", "温卓凡", "卓立行", "何伟业"], "阳西县",
     "副市长温卓凡到阳西县调研海洋经济发展和招商引资工作",
     ["副市长温卓凡到阳西县调研", "市农业农村局局长何伟业参加调研", "县长邢少川陪同调研", "镇党委书记莫振涛介绍了",
      "邢少川汇报了", "温卓凡强调", "卓立行表示", "何伟业就做好深远海养殖项目政策支持"]),
    ("hd09", "如东县委常委会（扩大）会议", "meeting (县委常委会扩大会议)", "11月8日", "陆承远", None, ["如东县委"],
     ["顾嘉文", "曹静怡", "范志鹏", "翁丽娟"], ["曹静怡", "陈奕帆", "顾嘉文", "陆承远"], "洋口港经济开发区",
     "11月8日，如东县委常委会（扩大）会议在洋口港经济开发区召开",
     ["县委书记陆承远主持会议并讲话", "县政协主席翁丽娟参加会议", "曹静怡汇报了", "长沙镇党委书记陈奕帆作交流发言",
      "顾嘉文就做好四季度项目推进", "陆承远指出"]),
    ("hd10", "新村镇、黎安镇防御超强台风“摩羯”工作检查", "inspection (检查)", "9月5日", None, "吉家豪", [],
     ["黎明辉", "陈少鹏", "羊文斌"], ["蔡海宁", "羊文斌", "吉家豪", "黎明辉", "陈少鹏"], "新村镇、黎安镇",
     "县委书记吉家豪到新村镇、黎安镇检查防御超强台风“摩羯”工作",
     ["县委书记吉家豪到新村镇、黎安镇检查", "县农业农村局局长羊文斌陪同检查", "新村镇党委书记蔡海宁汇报了", "羊文斌介绍了",
      "吉家豪强调", "黎明辉要求", "陈少鹏就做好灾后恢复生产"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hd01", "荣成远洋渔业冷链物流园二期", "logistics_hub", "先后来到荣成远洋渔业冷链物流园二期"),
    ("hd01", "人和中心渔港升级改造工程", "infrastructure_project", "人和中心渔港升级改造工程和俚岛湾"),
    ("hd01", "俚岛湾海洋牧场综合平台项目", "project", "俚岛湾海洋牧场综合平台项目现场"),
    ("hd02", "乳山市海阳所镇海堤除险加固工程", "engineering_work", "乳山市海阳所镇海堤除险加固工程"),
    ("hd03", "衢山镇海塘安澜加固工程", "engineering_work", "衢山镇海塘安澜加固工程"),
    ("hd04", "岱山海洋装备产业园三期", "industrial_park", "岱山海洋装备产业园三期"),
    ("hd04", "长涂港区海洋物流中心", "logistics_hub", "长涂港区海洋物流中心"),
    ("hd04", "岱西镇海上光伏示范项目", "project", "岱西镇海上光伏示范项目等11个项目现场签约"),
    ("hd05", "福鼎锂电新能源材料项目", "project", "其中福鼎锂电新能源材料项目"),
    ("hd05", "福鼎白茶精深加工产业园二期", "industrial_park", "福鼎白茶精深加工产业园二期"),
    ("hd05", "沙埕港区八尺门作业区通用码头工程", "infrastructure_project", "沙埕港区八尺门作业区通用码头工程"),
    ("hd05", "太姥山镇滨海文旅综合体", "project", "太姥山镇滨海文旅综合体等4个项目"),
    ("hd06", "东吾洋深水网箱升级改造项目", "project", "察看了东吾洋深水网箱升级改造项目"),
    ("hd06", "霞浦县海带精深加工产业园", "industrial_park", "霞浦县海带精深加工产业园建设进展"),
    ("hd06", "三沙中心渔港避风锚地扩建工程", "infrastructure_project", "三沙中心渔港避风锚地扩建工程现场"),
    ("hd07", "新寮海堤达标加固工程", "engineering_work", "察看新寮海堤达标加固工程"),
    ("hd08", "沙扒湾海洋牧场示范区", "project", "先后来到沙扒湾海洋牧场示范区"),
    ("hd08", "阳西海上风电运维母港项目", "infrastructure_project", "阳西海上风电运维母港项目"),
    ("hd08", "溪头渔港经济区", "project", "溪头渔港经济区建设现场"),
    ("hd09", "洋口港绿色能源装备产业园", "industrial_park", "实地察看了洋口港绿色能源装备产业园"),
    ("hd09", "阳光岛液体化工码头二期工程", "infrastructure_project", "阳光岛液体化工码头二期工程和长沙镇"),
    ("hd09", "长沙镇海上风电运维基地项目", "infrastructure_project", "长沙镇海上风电运维基地项目"),
    ("hd10", "新村港避风塘防波堤加固工程", "engineering_work", "新村港避风塘防波堤加固工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hd01", "人和镇", "town", "standalone", "市长迟宏远到人和镇、俚岛镇调研"),
    ("hd01", "俚岛镇", "town", "standalone", "市长迟宏远到人和镇、俚岛镇调研"),
    ("hd01", "荣成", "county_level_city", "standalone", "海洋是荣成最大的优势所在"),
    ("hd01", "人和中心渔港", "port", "in_project_name", "人和中心渔港升级改造工程和俚岛湾"),
    ("hd01", "俚岛湾", "bay", "in_project_name", "俚岛湾海洋牧场综合平台项目现场"),
    ("hd02", "乳山市", "county_level_city", "standalone", "副市长迟宏远到乳山市、文登区"),
    ("hd02", "文登区", "district", "standalone", "副市长迟宏远到乳山市、文登区"),
    ("hd02", "乳山口中心渔港", "port", "standalone", "先后来到乳山口中心渔港"),
    ("hd02", "海阳所镇", "town", "in_project_name", "乳山市海阳所镇海堤除险加固工程"),
    ("hd02", "张家产镇", "town", "standalone", "文登区张家产镇渔港码头"),
    ("hd02", "乳山", "county_level_city", "standalone", "在乳山，市委副书记、市长孙晓帆"),
    ("hd02", "文登", "district", "standalone", "在文登，区委常委、副区长邵晋川"),
    ("hd03", "高亭中心渔港", "port", "standalone", "先后来到高亭中心渔港"),
    ("hd03", "衢山镇", "town", "standalone", "在衢山镇，镇党委书记邬海帆"),
    ("hd03", "岱西镇", "town", "standalone", "岱西镇地质灾害隐患点"),
    ("hd04", "上海", "city", "standalone", "岱山（上海）海洋经济招商推介会在上海举行"),
    ("hd04", "岱山县", "county", "in_title", "岱山县委书记贺晨川致辞"),
    ("hd04", "岱山", "county", "standalone", "岱山地处长三角"),
    ("hd04", "长三角", "region", "standalone", "岱山地处长三角"),
    ("hd04", "长涂港区", "port", "in_project_name", "长涂港区海洋物流中心"),
    ("hd04", "高亭镇", "town", "standalone", "高亭镇、衢山镇、岱西镇、长涂镇主要负责人"),
    ("hd04", "衢山镇", "town", "standalone", "高亭镇、衢山镇、岱西镇、长涂镇主要负责人"),
    ("hd04", "岱西镇", "town", "standalone", "高亭镇、衢山镇、岱西镇、长涂镇主要负责人"),
    ("hd04", "长涂镇", "town", "standalone", "高亭镇、衢山镇、岱西镇、长涂镇主要负责人"),
    ("hd05", "福鼎市", "county_level_city", "standalone", "4月18日，福鼎市2023年第二季度"),
    ("hd05", "福鼎", "county_level_city", "standalone", "福鼎地处闽浙交界"),
    ("hd05", "海西", "region", "standalone", "是海西东北翼重要的出海口"),
    ("hd05", "沙埕港区", "port", "in_project_name", "沙埕港区八尺门作业区通用码头工程"),
    ("hd05", "太姥山镇", "town", "in_project_name", "太姥山镇滨海文旅综合体等4个项目"),
    ("hd06", "下浒镇", "town", "standalone", "县长郑景辉到下浒镇、三沙镇调研"),
    ("hd06", "三沙镇", "town", "standalone", "县长郑景辉到下浒镇、三沙镇调研"),
    ("hd06", "下浒", "town", "standalone", "郑景辉到下浒、三沙调研"),
    ("hd06", "三沙", "town", "standalone", "郑景辉到下浒、三沙调研"),
    ("hd06", "霞浦县", "county", "in_project_name", "霞浦县海带精深加工产业园建设进展"),
    ("hd06", "霞浦", "county", "standalone", "海上养殖是霞浦的富民产业"),
    ("hd06", "东吾洋", "bay", "in_project_name", "察看了东吾洋深水网箱升级改造项目"),
    ("hd06", "三沙中心渔港", "port", "in_project_name", "三沙中心渔港避风锚地扩建工程现场"),
    ("hd07", "徐闻县", "county", "standalone", "7月16日晚，徐闻县召开"),
    ("hd07", "湛江", "city", "standalone", "在湛江到海南文昌一带沿海登陆"),
    ("hd07", "海南", "province", "standalone", "在湛江到海南文昌一带沿海登陆"),
    ("hd07", "文昌", "county_level_city", "standalone", "在湛江到海南文昌一带沿海登陆"),
    ("hd07", "徐闻港", "port", "standalone", "做好徐闻港停航管控"),
    ("hd07", "新寮镇", "town", "standalone", "欧阳志远带队到新寮镇和徐闻港检查"),
    ("hd08", "阳西县", "county", "standalone", "副市长温卓凡到阳西县调研"),
    ("hd08", "阳西", "county", "standalone", "阳西要用好岸线和海域资源"),
    ("hd08", "沙扒湾", "bay", "in_project_name", "先后来到沙扒湾海洋牧场示范区"),
    ("hd08", "沙扒镇", "town", "standalone", "在沙扒镇，镇党委书记莫振涛"),
    ("hd08", "溪头", "town", "in_project_name", "溪头渔港经济区建设现场"),
    ("hd09", "洋口港经济开发区", "development_zone", "standalone", "会议在洋口港经济开发区召开"),
    ("hd09", "洋口港", "port", "standalone", "洋口港是如东向海发展的主阵地"),
    ("hd09", "如东", "county", "standalone", "洋口港是如东向海发展的主阵地"),
    ("hd09", "如东县", "county", "in_org_reference", "11月8日，如东县委常委会"),
    ("hd09", "阳光岛", "island", "in_project_name", "阳光岛液体化工码头二期工程和长沙镇"),
    ("hd09", "长沙镇", "town", "standalone", "开发区和长沙镇要强化协同"),
    ("hd10", "新村镇", "town", "standalone", "县委书记吉家豪到新村镇、黎安镇检查"),
    ("hd10", "黎安镇", "town", "standalone", "县委书记吉家豪到新村镇、黎安镇检查"),
    ("hd10", "新村港", "port", "standalone", "先后来到新村港、黎安港"),
    ("hd10", "黎安港", "port", "standalone", "先后来到新村港、黎安港"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hd", conventions="set hd (blind set: coastal county-level cities, districts and counties of 山东 (荣成市, 乳山市, 文登区 of 威海), 浙江 (岱山县 of 舟山), 福建 (福鼎市, 霞浦县 of 宁德), 广东 (徐闻县 of 湛江, 阳西县 of 阳江), 江苏 (如东县 of 南通, its 洋口港经济开发区 labelled 如东洋口港经济开发区), 海南 (陵水黎族自治县, full name); bare 市 organs on a county-level city's site are that city's, in a prefecture paper the prefecture's, and right after 在乳山 / 在文登 those places'; 调研 / 检查 inspections incl. 台风 防御; 调度会, 县委常委会扩大会议, 推介会, 签约仪式 meetings; 渔港 and 港区 are places, their works projects; one line per post per article)",
          persons_note="Set hd persons. id = corpus-wide person_id (hd:王振东#1 of 荣成市人和镇 (山东) and hd:王振东#2 徐闻县副县长 (广东) are two people; hd:迟宏远 荣成市长 2022 → 威海市副市长 2024 (county-level city → its prefecture city); hd:贺晨川 岱山县长 2022 → 岱山县委书记 2024; hd:郑景辉 福鼎市常务副市长 2023 → 霞浦县长 2024; hd:丁一帆 岱山副县长 2022 → 县委常委、常务副县长 2024)")


if __name__ == "__main__":
    main()
