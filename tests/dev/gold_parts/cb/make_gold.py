"""Write gold part ``cb`` (a blind set: province-level news of 陕西 and 甘肃: the 省长's and the 省委书记's 调研 of two
cities in one article, the 省政府常务会议, the 省人大常委会 session with 任免, the 省委常委会) from the tables below.

Pages ``tests/dev/texts/cb*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 陕西日报 report on a 省人大常委会 session (``会议经审议和无记名投票方式
表决，通过了省人大常委会关于决定任命…为陕西省人民政府副省长的决定…新任副省长…依法进行了宪法宣誓``); a 西安网 copy of the
same shape (``省委常委、省人大常委会副主任…，省人大常委会副主任…和秘书长…出席会议。副省长…，省高级人民法院院长…，省人民检察院
检察长…列席会议``, ``编辑：``); a 中国甘肃网 copy of a 甘肃日报 report of a 省人大常委会 closing (``受省委书记、省人大常委会主任
…委托，会议由省人大常委会党组副书记、副主任…主持。省人大常委会副主任…，秘书长…及委员55人出席会议…表决通过了人事任免事项``)
and an older 甘肃日报 one (``副省长…，省高级人民法院院长…列席会议``); the 陕西日报 report of a 省政府常务会议 on 人民网's 陕西频道
(``人民网>>陕西频道>>要闻>>政务``, ``2023年03月15日09:20 | 来源：陕西日报 小字号``, ``原标题：``, ``本报讯 (记者 …)``, ``会议
审议并原则同意《…》``) and the 陕西省人民政府 site's 省政府会议 page (``首頁>政府信息公開 > 省政府會議``, footer ``陜西省人民政府
辦公廳主辦``); a 陕西日报 report of a 省委常委会议 (``省委召开常委会议，传达学习…省委书记…主持会议``) and 河北新闻网 reports
of the 省委常委会 (``省委书记…主持并讲话…会议还…``) and of a 省政协 常委会 (``河北日报讯（记者…）``); the 延安日报 digital
edition (``当前版:01版 发布日期:``, ``本报讯(记者 …)``, ``省委常委、市委书记…，市长…``) and a 延安日报 report of a 吕梁
delegation (``省委常委、市委书记…，市委副书记、市政府代市长…分别陪同考察``); 天水在线 (``您所在的位置:首页>>新闻中心>>天水新闻
>>天水>>正文``, ``来源:天水在线  打印本页``) with ``嘉峪关市委书记、市人大常委会主任…，市委副书记、市长…``; 甘肃日报 copies
(``甘肃日报兰州4月14日讯(新甘肃·甘肃日报记者…)``, ``省委书记、省人大常委会主任…，省委副书记、省长…``); a 张家口日报 page on
长城网 (``【字号: | |``, ``责任编辑：``, ``相关新闻``, ``关闭``); a 浙江 and a 江西 省政府常务会议 (``副省长…和省政府秘书长…出席
会议。省政府副秘书长及有关部门负责人列席会议``). Places are real and new (or nearly new) to the corpus: 陕西 (铜川 with 印台区,
耀州区; 延安 with 宝塔区, 延川县, 安塞区; 榆林 with 榆阳区, 榆林高新区) and 甘肃 (酒泉 with 瓜州县, 玉门市, 敦煌市; 嘉峪关; 平凉
with 静宁县, 华亭市, 崆峒区; 庆阳 with 西峰区, 环县).

Shapes: the 陕西省人民政府 site's 领导活动 report of the 省长's two-day 调研 of two cities, each city's paragraph opened by
``在铜川，`` / ``在延安，`` with bare ``市委书记…，市委副书记、市长…陪同调研`` (cb01); the 陕西日报 第01版 of the 省政府常务会议
(常务副省长, list of 副省长 after one title, 秘书长; a 副秘书长 reports) (cb02); the 陕西人大网 report of the 省人大常委会 session
(主任 = 省委书记 chairs; 副主任 list, 秘书长; 决定任命 the former 铜川市长 as 副省长, 任命 / 免去 a 厅长; 宪法宣誓; 副省长, 法院院长,
检察长 列席) (cb03); the 陕西日报 report of the 省委书记's 调研 of 榆林 and 延安 (省委常委、秘书长 and the new 副省长 参加; bare
市委书记 per paragraph; the former 延安市长 now 延安's 市委书记) (cb04); 人民网's 陕西频道 copy of the 省委常委会 (秘书长 and
常务副省长 report; ``（责编：…、…）``) (cb05); the 甘肃日报 01版 of the 甘肃 省委常委会 (省委常委、秘书长 and 组织部部长 report,
the 省长 makes arrangements) (cb06); the 甘肃省人民政府 site's report of the 省长's 调研 of 酒泉 and 嘉峪关 (cb07); the 甘肃人大网
report of the session chaired ``受…委托`` by a 党组副书记、副主任 (决定任命 the former 嘉峪关市长 as 副省长; a 厅长 任命 / 免去)
(cb08); the 甘肃日报 02版 of the 省政府常务会议 (the former 副省长 now 省委常委、常务副省长; the new 副省长 in the list; a 厅长
reports) (cb09); 中国甘肃网's copy of the 省委书记's 调研 of 平凉 and 庆阳 (省委常委、秘书长 参加; the former 酒泉市长 now 庆阳's
市委书记) (cb10).

Identity cases:
- cb:郗明哲, a 市长 who becomes 副省长: 铜川市委副书记、市长 in June 2022 (cb01); appointed 陕西省人民政府副省长 by the 省人大常委会
  in March 2023 (cb03); 副省长 on the 省委书记's 调研 in August 2023 (cb04).
- cb:邵金玉, the same in 甘肃: 嘉峪关市委副书记、市长 in May 2023 (cb07); appointed 甘肃省人民政府副省长 in September 2023
  (cb08); 副省长 at the 省政府常务会议 in March 2024 (cb09).
- cb:白怀仁 moves inside one city: 延安市委副书记、市长 in June 2022 (cb01), 延安市委书记 in August 2023 (cb04; both times as bare
  ``市委…`` in the 延安 paragraph of a two-city report).
- cb:陈嘉岷 moves between cities: 酒泉市委副书记、市长 in May 2023 (cb07), 庆阳市委书记 in June 2024 (cb10).
- cb:韦承志: 甘肃 副省长 in May 2023 (cb07), 省委常委、常务副省长 in March 2024 (cb09).
- two different 康永辉 in unrelated places: cb:康永辉#1 is 陕西省政府副秘书长 (cb02, 2022); cb:康永辉#2 is 平凉市委副书记、市长
  in 甘肃 (cb10, 2024).
- one province-level name in two provinces: ``省委常委、秘书长`` is 陕西省委's 窦文澜 (cb04, cb05) and 甘肃省委's 巩立言 (cb06,
  cb10); bare 省委 / 省政府 / 省人大常委会 / 省发展改革委 / 省高级人民法院 / 省人民检察院 are 陕西's on cb01–cb05 and 甘肃's on
  cb06–cb10; bare ``市委书记`` is 铜川's, 延安's, 榆林's, 酒泉's, 嘉峪关's, 平凉's and 庆阳's, by paragraph.
- the same officials across pages and years: cb:严启峰 (陕西 省长 2022 ×2), cb:贺立衡 (陕西 省委书记 2023 ×2, 2024), cb:孟广川
  (常务副省长 2022, 2024), cb:焦雅琴 (副省长 2022, 2023), cb:骆长庚 (省政府秘书长 2022 ×2); in 甘肃 cb:钟岳川, cb:石怀瑾,
  cb:俞景行, cb:冶玉兰, cb:拜永福.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as in parts ag, z, bs where they speak; decided here where they are silent):
- Bare organs of the province take the page's province (陕西省人民政府 site, 陕西日报, 陕西人大网, 人民网 陕西频道 → 陕西; the
  甘肃 sites, 甘肃日报, 中国甘肃网 → 甘肃): ``省委副书记、省长`` → X省委 副书记 + X省政府 省长; ``省委常委、常务副省长`` → X省委
  常委 + X省政府 常务副省长; ``副省长`` / ``省政府秘书长`` / ``省政府副秘书长`` → X省政府; ``省发展改革委主任`` → X省发展改革委
  主任; ``省农业农村厅厅长`` → 甘肃省农业农村厅 厅长; ``省委常委、秘书长`` → X省委 常委 + X省委 秘书长 (as ag);
  ``省委常委、组织部部长`` → 甘肃省委 常委 + 甘肃省委组织部 部长.
- 人大: ``省委书记、省人大常委会主任`` → X省委 书记 + X省人大常委会 主任; ``省人大常委会党组副书记、副主任`` → 甘肃省人大常委会党组
  副书记 + 甘肃省人大常委会 副主任 (党组 only with 书记); ``副主任 A、B、C，秘书长 D`` → every name 副主任, D X省人大常委会 秘书长;
  ``省高级人民法院院长`` → X省高级人民法院 院长, ``省人民检察院检察长`` → X省人民检察院 检察长 (the court and procuratorate
  with their place, as parts i, j write 市人民法院). ``决定任命…为陕西省人民政府副省长`` → 陕西省政府 副省长 and ``决定任命…为
  甘肃省交通运输厅厅长`` → 甘肃省交通运输厅 厅长 (as ag); ``免去…职务`` makes no line (the person is named without a post).
- DECIDED HERE (a tour of two cities in one article): bare ``市委书记…，市委副书记、市长…`` in a paragraph opened by ``在榆林，``
  (``在铜川，`` …) belong to that paragraph's city: 榆林市委 书记; 榆林市委 副书记 + 榆林市政府 市长. The tour is ONE inspection
  (as part g's g10 tour of several places), its place the cities as written (``铜川、延安``); those who 陪同 in either city and
  those who 参加调研 are its attendees; 介绍 / 汇报 / 表示 / 强调 / 叮嘱 / 作了安排 / 提出了要求 speakers.
- DECIDED HERE (``受省委书记、省人大常委会主任钟岳川委托，会议由…马继宏主持``): the 主任 who delegates is no participant of the
  session (nothing says he attended), but his posts are lines; the 副主任 who 主持 is the chair. The 宪法宣誓 of the appointees
  makes them attendees (as ag); 列席 persons are attendees.
- Meetings: 省政府常务会议 (chair the 省长; 出席 attendees; 汇报 / 作了安排 / 作了部署 / 强调 speakers; a 副秘书长 who only
  reports is a speaker), 省委常委会 (chair the 省委书记; those whose 说明 / 汇报 / 安排 it hears speakers), 人大常委会 session
  typed ``session (人大常委会会议)`` as ag.
- Projects: named as written, with the county / district written directly before them (``印台区陈炉古镇保护提升项目``,
  ``瓜州县风光储一体化示范项目``, as bs keeps ``库车市第三中学综合楼建设项目``); 产业园 / 示范园 of industry industrial_park; 防洪治理
  / 灌区续建配套 engineering_work; 高速公路, 电站, 风光电基地, 外送通道 infrastructure_project; 沙地综合治理 greening_project;
  城市更新改造 housing_project; 冷链物流园 logistics_hub; DECIDED HERE ``陇东综合能源基地`` (a named base to be built) a
  ``program``. Documents (规划, 条例) are no projects; titles in 相关链接 / 本版导读 / 推荐阅读 are not annotated.
- Places: one line per name per file, as written; places inside titles, organ references, document titles and project names
  count; the dateline place of ``甘肃日报兰州11月23日讯`` is not annotated (as ag leaves ``本报南昌讯``), nor site lines,
  mastheads, 来源 lines, footers and related-link lists. DECIDED HERE: a memorial hall (南梁革命纪念馆) is no place (as bs leaves
  schools), the place inside its name (南梁) is; ``黄河流域``, ``河西走廊``, ``毛乌素沙地``, ``陇东`` are regions as written; 铜川新区
  and 延安新区 are ``new_area``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SX, GS = "陕西省", "甘肃省"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cb01_shaanxi.txt": (2022, "发布时间：2022-06-09 08:12", SX, [
        ("严启峰在铜川延安调研时强调", "6月7日至8日", "2022-06-07", "6月7日至8日，省委副书记",
         "province site: the 省长's two-day 调研 of 铜川 and 延安; bare 市委书记 / 市长 per city paragraph")]),
    "cb02_shaanxi.txt": (2022, "2022年09月21日　星期三", SX, [
        ("严启峰主持召开省政府第二十一次常务会议", "9月20日", "2022-09-20", "本报讯（记者 乔文睿）9月20日",
         "provincial paper 第01版: 省政府常务会议; 常务副省长, 副省长 list, 秘书长; a 副秘书长 reports")]),
    "cb03_shaanxi.txt": (2023, "时间：2023-03-30 09:05", SX, [
        ("省十四届人大常委会第二次会议在西安闭幕", "3月29日下午", "2023-03-29", "3月29日下午，省十四届",
         "人大 site: session; 主任 chairs; 决定任命 the former 铜川市长 as 副省长; 厅长 任命 / 免去; 宪法宣誓; 列席")]),
    "cb04_shaanxi.txt": (2023, "2023年08月18日　星期五", SX, [
        ("贺立衡在榆林延安调研时强调", "8月16日至17日", "2023-08-16", "本报讯（记者 乔文睿 贾思源）8月16日",
         "provincial paper: the 省委书记's 调研 of 榆林 and 延安; 省委常委、秘书长, the new 副省长; bare 市委书记 per paragraph")]),
    "cb05_shaanxi.txt": (2024, "2024年01月10日08:46", SX, [
        ("陕西省委常委会召开会议 贺立衡主持", "1月9日下午", "2024-01-09", "本报讯 1月9日下午",
         "portal (人民网 陕西频道): 省委常委会; 秘书长 and 常务副省长 report")]),
    "cb06_gansu.txt": (2022, "2022年11月24日　星期四", GS, [
        ("省委常委会召开会议", "11月23日", "2022-11-23", "甘肃日报兰州11月23日讯",
         "provincial paper 01版: 甘肃 省委常委会; 省委常委、秘书长 and 组织部部长 report; 省长 arranges")]),
    "cb07_gansu.txt": (2023, "发布时间：2023-05-12 07:35", GS, [
        ("石怀瑾在酒泉嘉峪关调研", "5月10日至11日", "2023-05-10", "5月10日至11日，省委副书记",
         "province site: the 省长's 调研 of 酒泉 and 嘉峪关; bare 市委书记 / 市长 per city paragraph")]),
    "cb08_gansu.txt": (2023, "发布时间：2023-09-27 10:20", GS, [
        ("省十四届人大常委会第五次会议闭幕", "26日下午", "2023-09-26", "甘肃日报兰州9月26日讯",
         "人大 site: session chaired 受…委托 by a 党组副书记、副主任; 决定任命 the former 嘉峪关市长 as 副省长; 厅长 任命 / 免去")]),
    "cb09_gansu.txt": (2024, "2024年03月20日　星期三", GS, [
        ("石怀瑾主持召开省政府第三十四次常务会议", "3月19日", "2024-03-19", "甘肃日报兰州3月19日讯",
         "provincial paper 02版: 省政府常务会议; the former 副省长 now 常务副省长; the new 副省长; a 厅长 reports")]),
    "cb10_gansu.txt": (2024, "2024-06-14 07:52:10", GS, [
        ("钟岳川在平凉庆阳调研时强调", "6月12日至13日", "2024-06-12", "中国甘肃网6月14日讯",
         "portal (中国甘肃网): the 省委书记's 调研 of 平凉 and 庆阳; the former 酒泉市长 now 庆阳's 市委书记")]),
}

_CB02_LIST = "省委常委、常务副省长孟广川，副省长柏清源、焦雅琴、祁晋川，省政府秘书长骆长庚出席会议"
_CB03_LIST = "省人大常委会副主任晁明德、卫淑萍、惠建华，秘书长党振宇出席会议"
_CB03_LX = "副省长焦雅琴，省高级人民法院院长樊思齐，省人民检察院检察长邰建业"
_CB08_CHAIR = "受省委书记、省人大常委会主任钟岳川委托，会议由省人大常委会党组副书记、副主任马继宏主持"
_CB08_LIST = "省人大常委会副主任嘉措多杰、范淑珍、闫守礼，秘书长牛文博及委员52人出席会议"
_CB08_LX = "副省长冶玉兰，省高级人民法院院长何晋声，省人民检察院检察长安宗岳"
_CB09_LIST = "省委常委、常务副省长韦承志，副省长冶玉兰、拜永福、邵金玉，省政府秘书长俞景行出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 陕西, province
    "cb:严启峰": ("严启峰", "official", SX, [
        ("cb01", "陕西省委", "副书记", "省委副书记、省长严启峰先后深入铜川、延安两市", "2022-06; bare 省委 on the 陕西 site; named in the headline too"),
        ("cb01", "陕西省政府", "省长", "省委副书记、省长严启峰先后深入铜川、延安两市", None),
        ("cb02", "陕西省委", "副书记", "省委副书记、省长严启峰主持召开省政府第二十一次常务会议", "2022-09"),
        ("cb02", "陕西省政府", "省长", "省委副书记、省长严启峰主持召开省政府第二十一次常务会议", None)], []),
    "cb:骆长庚": ("骆长庚", "official", SX, [
        ("cb01", "陕西省政府", "秘书长", "省政府秘书长骆长庚，省发展改革委主任邓仲平参加调研", "2022-06"),
        ("cb02", "陕西省政府", "秘书长", _CB02_LIST, "2022-09")], []),
    "cb:邓仲平": ("邓仲平", "official", SX, [
        ("cb01", "陕西省发展改革委", "主任", "省发展改革委主任邓仲平参加调研", None)], []),
    "cb:孟广川": ("孟广川", "official", SX, [
        ("cb02", "陕西省委", "常委", _CB02_LIST, "2022-09"),
        ("cb02", "陕西省政府", "常务副省长", _CB02_LIST, None),
        ("cb05", "陕西省委", "常委", "省委常委、常务副省长孟广川关于", "2024-01"),
        ("cb05", "陕西省政府", "常务副省长", "省委常委、常务副省长孟广川关于", None)], []),
    "cb:柏清源": ("柏清源", "official", SX, [
        ("cb02", "陕西省政府", "副省长", _CB02_LIST, "list after one title")], []),
    "cb:焦雅琴": ("焦雅琴", "official", SX, [
        ("cb02", "陕西省政府", "副省长", _CB02_LIST, "2022-09; list after one title"),
        ("cb03", "陕西省政府", "副省长", _CB03_LX, "2023-03; 列席")], []),
    "cb:祁晋川": ("祁晋川", "official", SX, [
        ("cb02", "陕西省政府", "副省长", _CB02_LIST, None)], []),
    "cb:康永辉#1": ("康永辉", "official", SX, [
        ("cb02", "陕西省政府", "副秘书长", "省政府副秘书长康永辉关于", "陕西 (2022); not the 康永辉 of 平凉 (cb10)")], []),
    "cb:贺立衡": ("贺立衡", "official", SX, [
        ("cb03", "陕西省委", "书记", "省委书记、省人大常委会主任贺立衡主持会议", "2023-03"),
        ("cb03", "陕西省人大常委会", "主任", "省委书记、省人大常委会主任贺立衡主持会议", None),
        ("cb04", "陕西省委", "书记", "省委书记、省人大常委会主任贺立衡在榆林、延安调研", "2023-08; named in the headline too"),
        ("cb04", "陕西省人大常委会", "主任", "省委书记、省人大常委会主任贺立衡在榆林、延安调研", None),
        ("cb05", "陕西省委", "书记", "省委书记贺立衡主持会议", "2024-01; bare 省委 in 人民网's copy of the 陕西日报")], []),
    "cb:晁明德": ("晁明德", "official", SX, [
        ("cb03", "陕西省人大常委会", "副主任", _CB03_LIST, "list after one title")], []),
    "cb:卫淑萍": ("卫淑萍", "official", SX, [
        ("cb03", "陕西省人大常委会", "副主任", _CB03_LIST, None)], []),
    "cb:惠建华": ("惠建华", "official", SX, [
        ("cb03", "陕西省人大常委会", "副主任", _CB03_LIST, None)], []),
    "cb:党振宇": ("党振宇", "official", SX, [
        ("cb03", "陕西省人大常委会", "秘书长", _CB03_LIST, "秘书长 after the 人大 副主任 = 人大常委会's (as ag)")], []),
    "cb:柴博文": ("柴博文", "official", SX, [
        ("cb03", "陕西省水利厅", "厅长", "会议决定任命柴博文为陕西省水利厅厅长", "决定任命; 新任省水利厅厅长 again later (one line)")], []),
    "cb:莫德润": ("莫德润", "official", SX, [], ["cb03"]),
    "cb:樊思齐": ("樊思齐", "official", SX, [
        ("cb03", "陕西省高级人民法院", "院长", "省高级人民法院院长樊思齐", None)], []),
    "cb:邰建业": ("邰建业", "official", SX, [
        ("cb03", "陕西省人民检察院", "检察长", "省人民检察院检察长邰建业", None)], []),
    "cb:窦文澜": ("窦文澜", "official", SX, [
        ("cb04", "陕西省委", "常委", "省委常委、秘书长窦文澜，副省长郗明哲参加调研", "2023-08; 陕西's 省委秘书长 (甘肃's is 巩立言)"),
        ("cb04", "陕西省委", "秘书长", "省委常委、秘书长窦文澜，副省长郗明哲参加调研", "秘书长 after 省委常委 = the 省委's (as ag)"),
        ("cb05", "陕西省委", "常委", "省委常委、秘书长窦文澜关于", "2024-01"),
        ("cb05", "陕西省委", "秘书长", "省委常委、秘书长窦文澜关于", None)], []),
    # ---- 陕西, cities
    "cb:郗明哲": ("郗明哲", "official", SX, [
        ("cb01", "铜川市委", "副书记", "市委副书记、市长郗明哲陪同调研", "2022-06: bare 市委 in the 在铜川 paragraph (identity case: 副省长 in 2023)"),
        ("cb01", "铜川市政府", "市长", "市委副书记、市长郗明哲陪同调研", None),
        ("cb03", "陕西省政府", "副省长", "关于决定任命郗明哲为陕西省人民政府副省长的决定", "2023-03: 决定任命 (also in the subtitle)"),
        ("cb04", "陕西省政府", "副省长", "省委常委、秘书长窦文澜，副省长郗明哲参加调研", "2023-08")], []),
    "cb:宁志坚": ("宁志坚", "official", "铜川市", [
        ("cb01", "铜川市委", "书记", "市委书记宁志坚，市委副书记、市长郗明哲", "DECIDED HERE: bare 市委书记 in the 在铜川 paragraph = 铜川市委")], []),
    "cb:薛崇文": ("薛崇文", "official", "延安市", [
        ("cb01", "延安市委", "书记", "市委书记薛崇文，市委副书记、市长白怀仁", "bare 市委书记 in the 在延安 paragraph = 延安市委")], []),
    "cb:白怀仁": ("白怀仁", "official", "延安市", [
        ("cb01", "延安市委", "副书记", "市委书记薛崇文，市委副书记、市长白怀仁", "2022-06 (identity case: 延安市委书记 in 2023, cb04)"),
        ("cb01", "延安市政府", "市长", "市委书记薛崇文，市委副书记、市长白怀仁", None),
        ("cb04", "延安市委", "书记", "市委书记白怀仁，市委副书记、市长高尚勤", "2023-08: bare 市委书记 in the 在延安 paragraph")], []),
    "cb:曹振峰": ("曹振峰", "official", "榆林市", [
        ("cb04", "榆林市委", "书记", "市委书记曹振峰，市委副书记、市长呼延明", "bare 市委书记 in the 在榆林 paragraph")], []),
    "cb:呼延明": ("呼延明", "official", "榆林市", [
        ("cb04", "榆林市委", "副书记", "市委书记曹振峰，市委副书记、市长呼延明", "compound surname 呼延"),
        ("cb04", "榆林市政府", "市长", "市委书记曹振峰，市委副书记、市长呼延明", None)], []),
    "cb:高尚勤": ("高尚勤", "official", "延安市", [
        ("cb04", "延安市委", "副书记", "市委副书记、市长高尚勤", "succeeds 白怀仁 as 市长"),
        ("cb04", "延安市政府", "市长", "市委副书记、市长高尚勤", None)], []),
    # ---- 甘肃, province
    "cb:钟岳川": ("钟岳川", "official", GS, [
        ("cb06", "甘肃省委", "书记", "省委书记钟岳川主持会议", "2022-11; named in the headline block too"),
        ("cb08", "甘肃省委", "书记", _CB08_CHAIR, "2023-09: delegates the chair (no participant)"),
        ("cb08", "甘肃省人大常委会", "主任", _CB08_CHAIR, None),
        ("cb10", "甘肃省委", "书记", "省委书记、省人大常委会主任钟岳川在平凉、庆阳调研", "2024-06"),
        ("cb10", "甘肃省人大常委会", "主任", "省委书记、省人大常委会主任钟岳川在平凉、庆阳调研", None)], []),
    "cb:巩立言": ("巩立言", "official", GS, [
        ("cb06", "甘肃省委", "常委", "省委常委、秘书长巩立言关于", "2022-11; 甘肃's 省委秘书长 (陕西's is 窦文澜)"),
        ("cb06", "甘肃省委", "秘书长", "省委常委、秘书长巩立言关于", None),
        ("cb10", "甘肃省委", "常委", "省委常委、秘书长巩立言，副省长拜永福参加调研", "2024-06"),
        ("cb10", "甘肃省委", "秘书长", "省委常委、秘书长巩立言，副省长拜永福参加调研", None)], []),
    "cb:鲍庆林": ("鲍庆林", "official", GS, [
        ("cb06", "甘肃省委", "常委", "省委常委、组织部部长鲍庆林", None),
        ("cb06", "甘肃省委组织部", "部长", "省委常委、组织部部长鲍庆林", "组织部 after 省委常委 = 甘肃省委组织部")], []),
    "cb:石怀瑾": ("石怀瑾", "official", GS, [
        ("cb06", "甘肃省委", "副书记", "省委副书记、省长石怀瑾就做好", "2022-11"),
        ("cb06", "甘肃省政府", "省长", "省委副书记、省长石怀瑾就做好", None),
        ("cb07", "甘肃省委", "副书记", "省委副书记、省长石怀瑾在酒泉、嘉峪关调研", "2023-05; named in the headline too"),
        ("cb07", "甘肃省政府", "省长", "省委副书记、省长石怀瑾在酒泉、嘉峪关调研", None),
        ("cb09", "甘肃省委", "副书记", "省委副书记、省长石怀瑾主持召开", "2024-03"),
        ("cb09", "甘肃省政府", "省长", "省委副书记、省长石怀瑾主持召开", None)], []),
    "cb:韦承志": ("韦承志", "official", GS, [
        ("cb07", "甘肃省政府", "副省长", "副省长韦承志，省政府秘书长俞景行", "2023-05 (identity case: 常务副省长 in 2024, cb09)"),
        ("cb09", "甘肃省委", "常委", _CB09_LIST, "2024-03: now 省委常委、常务副省长"),
        ("cb09", "甘肃省政府", "常务副省长", _CB09_LIST, None)], []),
    "cb:俞景行": ("俞景行", "official", GS, [
        ("cb07", "甘肃省政府", "秘书长", "副省长韦承志，省政府秘书长俞景行", "2023-05"),
        ("cb09", "甘肃省政府", "秘书长", _CB09_LIST, "2024-03")], []),
    "cb:芦海生": ("芦海生", "official", GS, [
        ("cb07", "甘肃省发展改革委", "主任", "省发展改革委主任芦海生参加调研", None)], []),
    "cb:马继宏": ("马继宏", "official", GS, [
        ("cb08", "甘肃省人大常委会党组", "副书记", _CB08_CHAIR, "党组 only with 书记"),
        ("cb08", "甘肃省人大常委会", "副主任", _CB08_CHAIR, None)], []),
    "cb:嘉措多杰": ("嘉措多杰", "official", GS, [
        ("cb08", "甘肃省人大常委会", "副主任", _CB08_LIST, "list after one title; a Tibetan name")], []),
    "cb:范淑珍": ("范淑珍", "official", GS, [
        ("cb08", "甘肃省人大常委会", "副主任", _CB08_LIST, None)], []),
    "cb:闫守礼": ("闫守礼", "official", GS, [
        ("cb08", "甘肃省人大常委会", "副主任", _CB08_LIST, None)], []),
    "cb:牛文博": ("牛文博", "official", GS, [
        ("cb08", "甘肃省人大常委会", "秘书长", _CB08_LIST, "秘书长 after the 人大 副主任")], []),
    "cb:吕存厚": ("吕存厚", "official", GS, [
        ("cb08", "甘肃省交通运输厅", "厅长", "决定任命吕存厚为甘肃省交通运输厅厅长", "决定任命")], []),
    "cb:辛永和": ("辛永和", "official", GS, [], ["cb08"]),
    "cb:冶玉兰": ("冶玉兰", "official", GS, [
        ("cb08", "甘肃省政府", "副省长", _CB08_LX, "2023-09; 列席"),
        ("cb09", "甘肃省政府", "副省长", _CB09_LIST, "2024-03; list after one title")], []),
    "cb:何晋声": ("何晋声", "official", GS, [
        ("cb08", "甘肃省高级人民法院", "院长", "省高级人民法院院长何晋声", None)], []),
    "cb:安宗岳": ("安宗岳", "official", GS, [
        ("cb08", "甘肃省人民检察院", "检察长", "省人民检察院检察长安宗岳", None)], []),
    "cb:拜永福": ("拜永福", "official", GS, [
        ("cb09", "甘肃省政府", "副省长", _CB09_LIST, "2024-03"),
        ("cb10", "甘肃省政府", "副省长", "省委常委、秘书长巩立言，副省长拜永福参加调研", "2024-06")], []),
    "cb:谭雅静": ("谭雅静", "official", GS, [
        ("cb09", "甘肃省农业农村厅", "厅长", "省农业农村厅厅长谭雅静", None)], []),
    # ---- 甘肃, cities
    "cb:陶正阳": ("陶正阳", "official", "酒泉市", [
        ("cb07", "酒泉市委", "书记", "市委书记陶正阳，市委副书记、市长陈嘉岷", "bare 市委书记 in the 在酒泉 paragraph")], []),
    "cb:陈嘉岷": ("陈嘉岷", "official", GS, [
        ("cb07", "酒泉市委", "副书记", "市委书记陶正阳，市委副书记、市长陈嘉岷", "2023-05 (identity case: 庆阳市委书记 in 2024, cb10)"),
        ("cb07", "酒泉市政府", "市长", "市委书记陶正阳，市委副书记、市长陈嘉岷", None),
        ("cb10", "庆阳市委", "书记", "市委书记陈嘉岷，市委副书记、市长景鹏飞", "2024-06: bare 市委书记 in the 在庆阳 paragraph")], []),
    "cb:汪瀚": ("汪瀚", "official", "嘉峪关市", [
        ("cb07", "嘉峪关市委", "书记", "市委书记汪瀚，市委副书记、市长邵金玉", "bare 市委书记 in the 在嘉峪关 paragraph")], []),
    "cb:邵金玉": ("邵金玉", "official", GS, [
        ("cb07", "嘉峪关市委", "副书记", "市委书记汪瀚，市委副书记、市长邵金玉", "2023-05 (identity case: 副省长 from 2023-09)"),
        ("cb07", "嘉峪关市政府", "市长", "市委书记汪瀚，市委副书记、市长邵金玉", None),
        ("cb08", "甘肃省政府", "副省长", "会议决定任命邵金玉为甘肃省人民政府副省长", "2023-09: 决定任命"),
        ("cb09", "甘肃省政府", "副省长", _CB09_LIST, "2024-03")], []),
    "cb:晏志诚": ("晏志诚", "official", "平凉市", [
        ("cb10", "平凉市委", "书记", "市委书记晏志诚，市委副书记、市长康永辉", "bare 市委书记 in the 在平凉 paragraph")], []),
    "cb:康永辉#2": ("康永辉", "official", "平凉市", [
        ("cb10", "平凉市委", "副书记", "市委书记晏志诚，市委副书记、市长康永辉", "平凉 (甘肃, 2024); not the 康永辉 of the 陕西省政府 (cb02)"),
        ("cb10", "平凉市政府", "市长", "市委书记晏志诚，市委副书记、市长康永辉", None)], []),
    "cb:景鹏飞": ("景鹏飞", "official", "庆阳市", [
        ("cb10", "庆阳市委", "副书记", "市委副书记、市长景鹏飞", None),
        ("cb10", "庆阳市政府", "市长", "市委副书记、市长景鹏飞", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cb01", "侯明轩", "责任编辑", "editor", "责任编辑：侯明轩"),
    ("cb02", "乔文睿", "记者", "reporter", "本报讯（记者 乔文睿）"),
    ("cb02", "杜婉清", "责任编辑", "editor", "责任编辑：杜婉清"),
    ("cb03", "贾思源", "作者", "author", "作者：贾思源"),
    ("cb03", "雷佳怡", "责任编辑", "editor", "责任编辑：雷佳怡"),
    ("cb04", "乔文睿", "记者", "reporter", "本报讯（记者 乔文睿 贾思源）"),
    ("cb04", "贾思源", "记者", "reporter", "本报讯（记者 乔文睿 贾思源）"),
    ("cb04", "杜婉清", "责任编辑", "editor", "责任编辑：杜婉清"),
    ("cb05", "房念慈", "责编", "editor", "（责编：房念慈、柳成蹊）"),
    ("cb05", "柳成蹊", "责编", "editor", "（责编：房念慈、柳成蹊）"),
    ("cb06", "常彦博", "记者", "reporter", "（新甘肃·甘肃日报记者 常彦博）"),
    ("cb06", "岳晓楠", "责任编辑", "editor", "责任编辑：岳晓楠"),
    ("cb07", "任梦洁", "责任编辑", "editor", "责任编辑：任梦洁"),
    ("cb08", "尤思敏", "记者", "reporter", "（新甘肃·甘肃日报记者 尤思敏）"),
    ("cb08", "鲁瑶", "编辑", "editor", "编辑：鲁瑶"),
    ("cb09", "常彦博", "记者", "reporter", "（新甘肃·甘肃日报记者 常彦博）"),
    ("cb09", "岳晓楠", "责任编辑", "editor", "责任编辑：岳晓楠"),
    ("cb10", "尤思敏", "记者", "reporter", "（新甘肃·甘肃日报记者 尤思敏）"),
    ("cb10", "鲁瑶", "责任编辑", "editor", "责任编辑：鲁瑶"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("cb01", "铜川、延安能源保供、产业转型和乡村振兴工作调研", "inspection (调研)", "6月7日至8日", None, "严启峰", [],
     ["骆长庚", "邓仲平", "宁志坚", "郗明哲", "薛崇文", "白怀仁"], ["严启峰", "郗明哲", "薛崇文", "邓仲平"], "铜川、延安",
     "省委副书记、省长严启峰先后深入铜川、延安两市，调研能源保供、产业转型和乡村振兴工作",
     ["省长严启峰先后深入铜川、延安两市", "省政府秘书长骆长庚，省发展改革委主任邓仲平参加调研", "市委书记宁志坚，市委副书记、市长郗明哲陪同调研",
      "郗明哲汇报了", "市委书记薛崇文，市委副书记、市长白怀仁陪同调研", "薛崇文表示", "严启峰强调", "邓仲平就加快重点项目前期工作"]),
    ("cb02", "省政府第二十一次常务会议", "meeting (省政府常务会议)", "9月20日", "严启峰", None, [],
     ["孟广川", "柏清源", "焦雅琴", "祁晋川", "骆长庚"], ["康永辉", "焦雅琴", "严启峰"], None,
     "省委副书记、省长严启峰主持召开省政府第二十一次常务会议",
     ["省长严启峰主持召开省政府第二十一次常务会议", _CB02_LIST, "省政府副秘书长康永辉关于", "焦雅琴就做好煤矿", "严启峰强调"]),
    ("cb03", "省十四届人大常委会第二次会议", "session (人大常委会会议)", "3月29日下午", "贺立衡", None, [],
     ["晁明德", "卫淑萍", "惠建华", "党振宇", "郗明哲", "柴博文", "焦雅琴", "樊思齐", "邰建业"], ["贺立衡"], "西安",
     "3月29日下午，省十四届人大常委会第二次会议在完成各项议程后在西安闭幕",
     ["省人大常委会主任贺立衡主持会议", _CB03_LIST, "新任副省长郗明哲和新任省水利厅厅长柴博文进行了宪法宣誓", _CB03_LX, "贺立衡在讲话中强调"]),
    ("cb04", "榆林、延安调研", "inspection (调研)", "8月16日至17日", None, "贺立衡", [],
     ["窦文澜", "郗明哲", "曹振峰", "呼延明", "白怀仁", "高尚勤"], ["曹振峰", "贺立衡", "白怀仁", "郗明哲"], "榆林、延安",
     "省委书记、省人大常委会主任贺立衡在榆林、延安调研",
     ["省人大常委会主任贺立衡在榆林、延安调研", "省委常委、秘书长窦文澜，副省长郗明哲参加调研", "市委书记曹振峰，市委副书记、市长呼延明陪同调研",
      "曹振峰介绍了", "贺立衡叮嘱", "市委书记白怀仁，市委副书记、市长高尚勤陪同调研", "白怀仁汇报了", "贺立衡强调", "郗明哲就能源化工项目"]),
    ("cb05", "省委常委会会议", "meeting (省委常委会会议)", "1月9日下午", "贺立衡", None, [],
     [], ["窦文澜", "孟广川"], None,
     "1月9日下午，省委常委会召开会议",
     ["省委书记贺立衡主持会议", "省委常委、秘书长窦文澜关于", "省委常委、常务副省长孟广川关于"]),
    ("cb06", "省委常委会会议", "meeting (省委常委会会议)", "11月23日", "钟岳川", None, [],
     [], ["巩立言", "鲍庆林", "石怀瑾"], None,
     "11月23日，省委常委会召开会议",
     ["省委书记钟岳川主持会议", "省委常委、秘书长巩立言关于", "组织部部长鲍庆林关于", "省长石怀瑾就做好冬春季能源保供"]),
    ("cb07", "酒泉、嘉峪关新能源基地建设和文旅融合发展工作调研", "inspection (调研)", "5月10日至11日", None, "石怀瑾", [],
     ["韦承志", "俞景行", "芦海生", "陶正阳", "陈嘉岷", "汪瀚", "邵金玉"], ["陈嘉岷", "汪瀚", "石怀瑾", "韦承志"], "酒泉、嘉峪关",
     "省委副书记、省长石怀瑾在酒泉、嘉峪关调研新能源基地建设和文旅融合发展工作",
     ["省长石怀瑾在酒泉、嘉峪关调研", "副省长韦承志，省政府秘书长俞景行，省发展改革委主任芦海生参加调研", "市委书记陶正阳，市委副书记、市长陈嘉岷陪同调研",
      "陈嘉岷介绍了", "市委书记汪瀚，市委副书记、市长邵金玉陪同调研", "汪瀚表示", "石怀瑾强调", "韦承志就新能源项目"]),
    ("cb08", "省十四届人大常委会第五次会议", "session (人大常委会会议)", "26日下午", "马继宏", None, [],
     ["嘉措多杰", "范淑珍", "闫守礼", "牛文博", "邵金玉", "吕存厚", "冶玉兰", "何晋声", "安宗岳"], [], "兰州",
     "省十四届人大常委会第五次会议在完成各项议程后，26日下午在兰州闭幕",
     [_CB08_CHAIR, _CB08_LIST, "新任命的邵金玉、吕存厚面向国徽", _CB08_LX]),
    ("cb09", "省政府第三十四次常务会议", "meeting (省政府常务会议)", "3月19日", "石怀瑾", None, [],
     ["韦承志", "冶玉兰", "拜永福", "邵金玉", "俞景行"], ["谭雅静", "韦承志", "拜永福", "石怀瑾"], None,
     "省委副书记、省长石怀瑾主持召开省政府第三十四次常务会议",
     ["省长石怀瑾主持召开省政府第三十四次常务会议", _CB09_LIST, "省农业农村厅厅长谭雅静关于", "韦承志就一季度重大项目",
      "拜永福就做好春季森林草原防灭火工作作了部署", "石怀瑾强调"]),
    ("cb10", "平凉、庆阳调研", "inspection (调研)", "6月12日至13日", None, "钟岳川", [],
     ["巩立言", "拜永福", "晏志诚", "康永辉", "陈嘉岷", "景鹏飞"], ["康永辉", "陈嘉岷", "钟岳川", "拜永福"], "平凉、庆阳",
     "省委书记、省人大常委会主任钟岳川在平凉、庆阳调研",
     ["省人大常委会主任钟岳川在平凉、庆阳调研", "省委常委、秘书长巩立言，副省长拜永福参加调研", "市委书记晏志诚，市委副书记、市长康永辉陪同调研",
      "康永辉汇报了", "市委书记陈嘉岷，市委副书记、市长景鹏飞陪同调研", "陈嘉岷介绍了", "钟岳川强调", "拜永福就特色农业产业培育提出了要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cb01", "印台区陈炉古镇保护提升项目", "project", "印台区陈炉古镇保护提升项目"),
    ("cb01", "耀州区照金红色旅游小镇建设项目", "project", "耀州区照金红色旅游小镇建设项目"),
    ("cb01", "铜川新区光伏组件产业园", "industrial_park", "铜川新区光伏组件产业园"),
    ("cb01", "宝塔区南泥湾农业综合开发项目", "project", "宝塔区南泥湾农业综合开发项目"),
    ("cb01", "延川县文安驿苹果产业园", "industrial_park", "延川县文安驿苹果产业园"),
    ("cb01", "延安炼油厂扩能改造工程", "project", "延安炼油厂扩能改造工程"),
    ("cb02", "渭北旱塬灌区续建配套工程", "engineering_work", "加快推进渭北旱塬灌区续建配套工程"),
    ("cb02", "汉江安康段防洪治理工程", "engineering_work", "汉江安康段防洪治理工程"),
    ("cb04", "榆林高新区兰炭尾气综合利用项目", "project", "榆林高新区兰炭尾气综合利用项目"),
    ("cb04", "榆阳区毛乌素沙地综合治理项目", "greening_project", "榆阳区毛乌素沙地综合治理项目"),
    ("cb04", "安塞区高桥镇山地苹果示范园", "project", "安塞区高桥镇山地苹果示范园"),
    ("cb04", "延安新区全民健身中心建设项目", "project", "延安新区全民健身中心建设项目"),
    ("cb07", "瓜州县风光储一体化示范项目", "infrastructure_project", "瓜州县风光储一体化示范项目"),
    ("cb07", "玉门市抽水蓄能电站", "infrastructure_project", "玉门市抽水蓄能电站建设现场"),
    ("cb07", "敦煌市莫高窟数字化保护展示中心项目", "project", "敦煌市莫高窟数字化保护展示中心项目"),
    ("cb07", "酒泉千万千瓦级风光电基地二期", "infrastructure_project", "酒泉千万千瓦级风光电基地二期建设进度"),
    ("cb07", "嘉峪关不锈钢产业园", "industrial_park", "嘉峪关不锈钢产业园"),
    ("cb07", "关城文化旅游景区提升项目", "project", "关城文化旅游景区提升项目"),
    ("cb09", "洮河岷县段防洪治理工程", "engineering_work", "洮河岷县段防洪治理工程"),
    ("cb09", "庆阳至平凉高速公路扩容改造工程", "infrastructure_project", "庆阳至平凉高速公路扩容改造工程"),
    ("cb09", "河西走廊新能源外送通道项目", "infrastructure_project", "推动河西走廊新能源外送通道项目尽早开工"),
    ("cb10", "静宁县苹果冷链物流园", "logistics_hub", "静宁县苹果冷链物流园"),
    ("cb10", "华亭市煤电一体化项目", "project", "华亭市煤电一体化项目"),
    ("cb10", "崆峒区城市更新改造项目", "housing_project", "崆峒区城市更新改造项目"),
    ("cb10", "西峰区东数西算算力产业园", "industrial_park", "西峰区东数西算算力产业园"),
    ("cb10", "环县羊产业全产业链示范园", "industrial_park", "环县羊产业全产业链示范园"),
    ("cb10", "陇东综合能源基地", "program", "加快建设陇东综合能源基地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cb01", "铜川", "city", "standalone", "先后深入铜川、延安两市"),
    ("cb01", "延安", "city", "standalone", "先后深入铜川、延安两市"),
    ("cb01", "印台区", "district", "in_project_name", "印台区陈炉古镇保护提升项目"),
    ("cb01", "陈炉古镇", "heritage_site", "in_project_name", "印台区陈炉古镇保护提升项目"),
    ("cb01", "耀州区", "district", "in_project_name", "耀州区照金红色旅游小镇建设项目"),
    ("cb01", "照金", "town", "in_project_name", "耀州区照金红色旅游小镇建设项目"),
    ("cb01", "铜川新区", "new_area", "in_project_name", "铜川新区光伏组件产业园"),
    ("cb01", "宝塔区", "district", "in_project_name", "宝塔区南泥湾农业综合开发项目"),
    ("cb01", "南泥湾", "area", "in_project_name", "宝塔区南泥湾农业综合开发项目"),
    ("cb01", "延川县", "county", "in_project_name", "延川县文安驿苹果产业园"),
    ("cb01", "文安驿", "town", "in_project_name", "延川县文安驿苹果产业园"),
    ("cb02", "陕西省", "province", "in_document_title", "《陕西省水网建设规划（2022—2035年）》"),
    ("cb02", "渭北", "region", "in_project_name", "加快推进渭北旱塬灌区续建配套工程"),
    ("cb02", "汉江", "river", "in_project_name", "汉江安康段防洪治理工程"),
    ("cb02", "安康", "city", "in_project_name", "汉江安康段防洪治理工程"),
    ("cb03", "西安", "city", "standalone", "在完成各项议程后在西安闭幕"),
    ("cb03", "陕西省", "province", "in_org_reference", "关于决定任命郗明哲为陕西省人民政府副省长的决定"),
    ("cb03", "秦岭", "mountain", "standalone", "围绕秦岭保护"),
    ("cb03", "渭河", "river", "in_document_title", "《陕西省渭河流域水污染防治条例》"),
    ("cb03", "黄河流域", "region", "standalone", "黄河流域生态保护和高质量发展加强立法"),
    ("cb04", "榆林", "city", "standalone", "贺立衡在榆林、延安调研"),
    ("cb04", "延安", "city", "standalone", "贺立衡在榆林、延安调研"),
    ("cb04", "榆林高新区", "development_zone", "in_project_name", "榆林高新区兰炭尾气综合利用项目"),
    ("cb04", "榆阳区", "district", "in_project_name", "榆阳区毛乌素沙地综合治理项目"),
    ("cb04", "毛乌素沙地", "desert", "in_project_name", "榆阳区毛乌素沙地综合治理项目"),
    ("cb04", "安塞区", "district", "in_project_name", "安塞区高桥镇山地苹果示范园"),
    ("cb04", "高桥镇", "town", "in_project_name", "安塞区高桥镇山地苹果示范园"),
    ("cb04", "延安新区", "new_area", "in_project_name", "延安新区全民健身中心建设项目"),
    ("cb04", "黄河流域", "region", "standalone", "牢牢把握黄河流域生态保护"),
    ("cb05", "陕西省", "province", "in_org_reference", "陕西省委常委会召开会议 贺立衡主持"),
    ("cb05", "秦岭", "mountain", "standalone", "持续抓好秦岭生态保护"),
    ("cb05", "黄河流域", "region", "standalone", "黄河流域综合治理"),
    ("cb07", "酒泉", "city", "standalone", "石怀瑾在酒泉、嘉峪关调研新能源基地建设"),
    ("cb07", "嘉峪关", "city", "standalone", "石怀瑾在酒泉、嘉峪关调研新能源基地建设"),
    ("cb07", "瓜州县", "county", "in_project_name", "瓜州县风光储一体化示范项目"),
    ("cb07", "玉门市", "county_level_city", "in_project_name", "玉门市抽水蓄能电站建设现场"),
    ("cb07", "敦煌市", "county_level_city", "in_project_name", "敦煌市莫高窟数字化保护展示中心项目"),
    ("cb07", "莫高窟", "heritage_site", "in_project_name", "敦煌市莫高窟数字化保护展示中心项目"),
    ("cb07", "关城", "heritage_site", "in_project_name", "关城文化旅游景区提升项目"),
    ("cb07", "河西走廊", "region", "standalone", "要发挥河西走廊风光资源富集优势"),
    ("cb07", "敦煌", "county_level_city", "standalone", "要守护好敦煌文化和长城文化"),
    ("cb07", "长城", "heritage_site", "standalone", "要守护好敦煌文化和长城文化"),
    ("cb08", "兰州", "city", "standalone", "26日下午在兰州闭幕"),
    ("cb08", "甘肃省", "province", "in_org_reference", "会议决定任命邵金玉为甘肃省人民政府副省长"),
    ("cb08", "祁连山国家公园", "national_park", "in_document_title", "《甘肃省祁连山国家公园管理条例》"),
    ("cb09", "洮河", "river", "in_project_name", "洮河岷县段防洪治理工程"),
    ("cb09", "岷县", "county", "in_project_name", "洮河岷县段防洪治理工程"),
    ("cb09", "庆阳", "city", "in_project_name", "庆阳至平凉高速公路扩容改造工程"),
    ("cb09", "平凉", "city", "in_project_name", "庆阳至平凉高速公路扩容改造工程"),
    ("cb09", "河西走廊", "region", "in_project_name", "推动河西走廊新能源外送通道项目尽早开工"),
    ("cb10", "平凉", "city", "standalone", "钟岳川在平凉、庆阳调研"),
    ("cb10", "庆阳", "city", "standalone", "钟岳川在平凉、庆阳调研"),
    ("cb10", "静宁县", "county", "in_project_name", "静宁县苹果冷链物流园"),
    ("cb10", "华亭市", "county_level_city", "in_project_name", "华亭市煤电一体化项目"),
    ("cb10", "华亭", "county_level_city", "in_project_name", "华亭煤电一体化项目推进情况"),
    ("cb10", "崆峒区", "district", "in_project_name", "崆峒区城市更新改造项目"),
    ("cb10", "西峰区", "district", "in_project_name", "西峰区东数西算算力产业园"),
    ("cb10", "环县", "county", "in_project_name", "环县羊产业全产业链示范园"),
    ("cb10", "南梁", "area", "in_venue_name", "南梁革命纪念馆"),
    ("cb10", "陇东", "region", "standalone", "加快建设陇东综合能源基地"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cb", conventions="set cb (blind set: province-level news of 陕西 (铜川, 延安, 榆林) and 甘肃 (酒泉, 嘉峪关, 平凉, 庆阳): bare 省委 / 省政府 / 省人大常委会 / 省X厅 / 省高级人民法院 / 省人民检察院 take the page's province; 省长 / 常务副省长 / 副省长 / 省政府秘书长 / 副秘书长 → X省政府; 省委常委、秘书长 → X省委 常委 + 秘书长; 省委书记、省人大常委会主任 → X省委 书记 + X省人大常委会 主任; in a tour of two cities bare 市委书记 / 市委副书记、市长 belong to the city of their paragraph (在X，); the tour is one inspection; 决定任命 gives a holding, 免去 none; 受…委托 delegator no participant; one line per post per article)",
          persons_note="Set cb persons. id = corpus-wide person_id (cb:康永辉#1 陕西省政府副秘书长 (2022) and cb:康永辉#2 平凉市长 (甘肃, 2024) are two people; cb:郗明哲 铜川市长 2022 → 陕西 副省长 2023; cb:邵金玉 嘉峪关市长 2023-05 → 甘肃 副省长 2023-09; cb:白怀仁 延安市长 2022 → 延安市委书记 2023; cb:陈嘉岷 酒泉市长 2023 → 庆阳市委书记 2024; cb:韦承志 副省长 2023 → 常务副省长 2024)")


if __name__ == "__main__":
    main()
