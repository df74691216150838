"""Write gold part ``go`` (a blind set: cadres serving away from home — 东西部协作 挂职, 援疆 and 援藏 cadres holding posts in
two places, a 驻村第一书记 sent by a 州 department — and the same people later back in their home posts) from the tables below.

Pages ``tests/dev/texts/go*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 常州市政府 site page of the 克州党政代表团 (``您当前的位置:首页 >>
新闻中心 >> 政务活动 >> 正文``, ``发布日期 … 浏览次数 … 字号:〖默认 超大``, ``克州党委副书记,江苏援疆克州前指党委书记、
总指挥…``); an 亚心网 page of the 江苏援伊指挥部 观摩团 in 昭苏 (``县委副书记、援疆工作组组长…,县委常委、副县长,援疆工作组副组长…
陪同观摩``); a 新华日报 feature on 江苏援疆 in 乌恰 (吉根乡, 斯姆哈纳村, 常州援疆工作组) and a 常州日报 feature on the 常州 援疆
cadres in 乌恰 (黑孜苇乡, 戈壁产业科技园); a 中国江苏网 page on 江苏 援疆 in 克州 (``江苏省对口支援新疆克州前方指挥部总指挥、克州党委
副书记``, ``无锡援疆前方工作组组长、阿合奇县委副书记``); a 新华日报 page (``江苏援疆克州前方指挥部党委书记、总指挥``); a 中国西藏网
page on 南京's 援藏 cadres in 墨竹工卡 (``南京市第六批援藏干部、墨竹工卡县委书记``); a 新华日报 page on 江苏's 第八批援藏干部 in 拉萨
(``江苏援藏前方指挥部``); a 那曲 page on a 嘉兴 援藏 cadre (``第八批嘉兴援藏领队、那曲县委常委、常务副县长``); a 苏州 page of the
苏州市政府代表团 in 拉萨 and the ``苏州市对口支援林周县工作座谈会`` (``拉萨市、林周县相关领导参加有关活动``) and a 中国江苏网 page
of the 拉萨市党政代表团 in 苏州 (``拉萨市委副书记、副市长…随团考察``); a 农民日报 page on 苏州–铜仁 协作 (``我的位置: 首页 >
市州县新闻>铜仁 > 正文``, ``作者 / 编辑 / 来源 / 发布时间`` lines; 苏州 cadres 挂职 in 铜仁); a 铜仁 page of its 党政代表团 in 苏州
(``苏州·铜仁扶贫协作联席会议``); a 陵城 page of a 挂职干部到任对接座谈会 (``全国人大…处长、陵城区委常委、副区长``, ``记 者 /
编 辑 / 审 核``); a 肥东–霍邱 挂职 page; a 平利 page on 第一书记 选派 (``派出单位分管领导…选派到村第一书记参加会议``) and a
牧护关镇 第一书记 推进会 page; 新疆 ``访惠聚`` pages (``…卫建委驻村工作队``, ``工作队第一书记``). Places are real: 江苏 苏州
太仓市 (璜泾镇) ↔ 贵州 铜仁 玉屏侗族自治县 (田坪镇, 朱家场镇, 平溪街道); 江苏 常州 ↔ 新疆 克孜勒苏柯尔克孜自治州 乌恰县 (吉根乡
斯姆哈纳村, 黑孜苇乡, 康苏镇); 江苏 苏州 ↔ 西藏 拉萨 林周县 (甘丹曲果镇, 春堆乡, 卡孜乡), and 苏州 相城区 (黄埭镇, 望亭镇).

Shapes: the western county's site on the eastern city's 党政代表团 (考察, then a 联席会议 chaired by the 县长, a 协议 and a town–town
结对 signed; the 挂职 cadre written ``县委常委、副县长（挂职）``) (go01); the eastern city paper's 第A01版 on the return visit, the
挂职 cadre written with his home post first (``市发展改革委副主任、挂职玉屏侗族自治县委常委、副县长``), 本版导读 list (go02); the
eastern city's 商务局 site two years later: the former 挂职 cadre back home as 局党组书记、局长 opening a 消费协作 展销周, his
successor 挂职 (go03, a ``曾于…挂职`` sentence); the 援疆 county's site on the 前方指挥部 总指挥's 调研 (``州党委副书记，江苏省…前方
指挥部党委书记、总指挥``; a 援疆 cadre as 县委副书记 and 工作组组长; a 州财政局 ``访惠聚`` 第一书记) with a 融媒体 credit and
编辑 / 审核 (go04); the 援疆 city's paper (``本报乌恰9月12日电``) on its 党政代表团 in 乌恰 and a 座谈会 (go05); the 援疆 city's
发展改革委 site: the former 援疆 组长 now 委党组书记、主任 leading an 对接 to 乌恰 (``曾任`` sentence), the former 县长 now 县委书记
(go06); the 州 portal's 部门动态: the former 第一书记 back at the 州财政局 as 党组成员、副局长, visiting the village with the current
第一书记 (go07); the 援藏 county's site on its 援藏项目 推进会 (``县委常委、常务副县长，苏州市援藏工作组组长``) (go08); the 拉萨日报
第01版 on the 苏州 government delegation and the 对口支援 座谈会 (the 援藏 总指挥 as 市委副书记、常务副市长; the former 林周 县长 now
拉萨 副市长) (go09); the 相城区 site: the 援藏 cadre back home as 区委常委、副区长 on an unrelated 调研 (go10).

Identity cases:
- moves between places (home → post away → home), dated: go:顾铭远 is 玉屏侗族自治县委常委、副县长（挂职） (go01, 2022-04), 太仓市
  发展改革委副主任 and 挂职 玉屏 县委常委、副县长 (go02, 2023-05), 太仓市商务局党组书记、局长 (go03, 2025-03; his successor go:陆景川
  holds the 挂职 post). go:周文斌#1 is 乌恰县委副书记、常州援疆工作组组长 (go04 2022-08, go05 2023-09), then 常州市发展改革委党组书记、
  主任 (go06, 2025-06; his successor go:恽立群). go:赵卫疆 is the 第一书记 and 驻村工作队 队长 of 斯姆哈纳村 sent by the 州财政局
  (go04, 2022-08), then 克州财政局党组成员、副局长 (go07, 2025-04; his successor go:冯昊然). go:戴弘毅 is 林周县委常委、常务副县长 and
  苏州市援藏工作组组长 (go08 2023-07, go09 2024-08), then 相城区委常委、副区长 (go10, 2025-11).
- moves of local officials: go:龙再坤 玉屏 县委副书记、县长 (go01, 2022) → 县委书记 (go02, 2023); go:库尔曼别克·吐尔地 乌恰 县委副
  书记、县长 (go04 2022, go05 2023) → 县委书记 (go06, 2025); go:扎西次仁 林周 县委副书记、县长 (go08, 2023) → 拉萨市副市长 (go09, 2024).
- the same people on several pages: go:沈既明, go:邵雨辰 (go01–go03), go:杨秀岚 (go02, go03), go:姚家宁 (go01, go02), go:蒋文澜 (go04,
  go05), go:汪正霖 (go04, go05), go:次旺多吉 (go08, go09).
- two different 周文斌 in unrelated places: go:周文斌#1 is a 常州 援疆 cadre in 新疆 乌恰 (go04–go06); go:周文斌#2 is 玉屏侗族自治县
  田坪镇党委书记 (贵州, go01).
- one organ name in different places: bare ``市发展改革委`` is 太仓's in the 太仓日报 (go02) and 常州's in the 常州日报 (go05; bare ``委``
  on its own site, go06); bare ``县委常委、副县长`` / ``县委副书记、县长`` / ``县委书记`` are 玉屏's (go01), 乌恰's (go04) and 林周's (go08);
  a ``前方指挥部`` is 江苏's in 克州 (go04, go05) and in 拉萨 (go09); a ``援疆工作组`` / ``援藏工作组`` is 常州's / 苏州's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts au, by, bs, aq, fz where they speak; decided here where they are silent):
- 挂职 as au / by: a post held 挂职 is a holding of the organ where it is held, title without ``（挂职）`` (``县委常委、副县长（挂职）
  顾铭远`` on the 玉屏 site → 玉屏侗族自治县委 常委 + 玉屏侗族自治县政府 副县长); a home post written before it is a holding too, at the
  same date (go02: 太仓市发展改革委 副主任 + the two 玉屏 posts). A past 挂职 or 援疆 / 驻村 post written with a range of years or
  ``曾任`` (go03 ``曾于2021年至2024年在玉屏挂职，任…``, go06 ``曾任乌恰县委副书记…``, go07 ``2021年至2024年，赵卫疆在斯姆哈纳村担任
  第一书记``, go10 ``结束在西藏林周县三年的援藏工作``) gives no line (au04, aq).
- 玉屏侗族自治县 is labelled with its full name (by, fz): 玉屏侗族自治县委 / 玉屏侗族自治县政府; its towns 玉屏侗族自治县田坪镇党委.
  Places keep the names as written (玉屏侗族自治县, 玉屏县, 玉屏).
- DECIDED HERE: ``州党委`` (新疆's name for a 州's party committee, 中共X州委员会) is the 州委: ``州党委副书记`` on the 乌恰 site and in
  the 常州日报's 乌恰 article → 克孜勒苏柯尔克孜自治州党委 副书记 (州委 in the blind annotation; aligned with parts df, ds and gd) (the gazetteer's full name, as au's 黔南 and by's 临夏); bare ``州财政局``
  on the 乌恰 site and on the 州 portal → 克孜勒苏柯尔克孜自治州财政局.
- DECIDED HERE: ``江苏省对口支援新疆克州前方指挥部党委书记、总指挥`` → 江苏省对口支援新疆克州前方指挥部党委 书记 + 江苏省对口支援新疆
  克州前方指挥部 总指挥 (the 指挥部 a body with posts, as bs's 援疆指挥部; its 党委 takes 书记 as a 党组 does); ``江苏省援藏前方指挥部
  总指挥`` the same. The 援疆 / 援藏 工作组 roles are posts of the group as written (au, bs, fz): 常州援疆工作组 组长 / 副组长, 苏州市援藏
  工作组 组长. A chain of local and team titles gives every one (``县委常委、副县长、常州援疆工作组副组长华俊逸`` → 乌恰县委 常委, 乌恰县
  政府 副县长, 常州援疆工作组 副组长).
- DECIDED HERE: a ``访惠聚`` 工作队 is the village's 驻村工作队 (as aq's): ``州财政局驻斯姆哈纳村“访惠聚”工作队队长、第一书记`` →
  乌恰县吉根乡斯姆哈纳村驻村工作队 队长 + 乌恰县吉根乡斯姆哈纳村党支部 第一书记 (aq, aa); the dispatching 州财政局 gives no line.
  ``村党支部书记`` in an article about one named village is that village's (乌恰县吉根乡斯姆哈纳村党支部 书记).
- Bare organs take the page's place or the article's: 县委 / 县长 on the 玉屏, 乌恰 and 林周 sites = that county; ``市委`` / ``市发展改革委``
  in the 太仓日报 = 太仓市, in the 常州日报 = 常州市; ``局党组书记、局长`` on the 太仓市商务局 site = 太仓市商务局 (党组 with 书记, as z);
  ``委党组书记、主任`` on the 常州市发展改革委 site = 常州市发展改革委 (DECIDED HERE: the bare ``委`` of a 委's own site); ``市委副书记、
  常务副市长`` and ``副市长`` in the 拉萨日报 = 拉萨市 (the visitor ``苏州市副市长`` is written with his city); 区委 / 副区长 on the 相城区
  site = 相城区 (one district of that name: no city prefix); ``黄埭镇党委书记`` → 相城区黄埭镇党委, ``望亭镇镇长`` → 相城区望亭镇政府.
  A visitor written with his place keeps it (``太仓市委书记``, ``铜仁市副市长`` → 铜仁市政府, ``贵州省铜仁市玉屏侗族自治县委书记``).
- One line per post per article.
- Events (au, by): a delegation's 考察 is an ``inspection`` led by the one who 率 it; those who 随团考察 / 陪同 are attendees; those who
  介绍 at a site are speakers. The 联席会议 / 座谈会 after it is a meeting of its own dated by its day (``21日上午``, ``17日下午``,
  ``12日上午``, ``20日上午``), its 主持 the chair, those who 介绍 / 表示 / 指出 / 汇报 / 通报 speakers, the signers and those who 出席 /
  参加 attendees (attendees include the speakers present, not the chair); ``陪同考察或出席会议`` makes a person an attendee of both
  (by); the signing is part of the meeting. A 调研 / 帮扶回访 / 对接 visit is an ``inspection`` (leader; 陪同 attendees), a 座谈会 inside a
  回访 part of it (aq); the 对接会 of go06 is dated by its own day and is a meeting. The 展销周 开幕式 is an ``activity`` (au04) with its
  主持 chair, 致辞 / 表示 / 介绍 speakers.
- Bylines: ``本报讯（记者 …）`` and ``本报乌恰9月12日电（记者 …）`` reporter lines; ``（乌恰县融媒体中心 …）`` and the header
  ``作者：`` author lines; 编辑 / 责任编辑 / 审核 editor lines; ``供稿：州财政局`` (no person) gives nothing.
- Projects: works visited, reported or to be pushed: a 共建产业园 and its 二期 / 三期, a 设施农业产业园 二期 / 三期, a 高新产业园三期
  ``industrial_park``; a 物流园二期 ``logistics_hub``; a 安置点 and a 老旧小区改造项目 ``housing_project``; a 道路改造提升工程 and a 供暖改造
  工程 ``infrastructure_project``; a 生态廊道工程 ``greening_project``; a 加工项目, 实训 / 培训中心, 养殖基地二期, 旅游服务中心, 展销中心,
  高标准农田建设项目 ``project``. Agreements (《…协议》) are not projects; 相关链接 / 相关新闻 lines are not annotated.
- Places: one line per name per file, as written; names inside titles, organ references and project names count (苏州路 in a 改造提升
  工程, 太仓港 in a 物流园 name); site lines, navigation, 来源 lines, footers (addresses), link lists and 本版导读 are not annotated.
  DECIDED HERE: the one-character short forms in ``来太考察`` / ``来拉考察`` (太仓, 拉萨) are not place rows (no name of a place is written).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YP = "玉屏侗族自治县"
KZ = "克孜勒苏柯尔克孜自治州"
QZB = "江苏省对口支援新疆克州前方指挥部"
SMH = "乌恰县吉根乡斯姆哈纳村"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "go01_yuping.txt": (2022, "发布时间：2022-04-22 17:36", YP, [
        ("太仓市党政代表团来我县考察东西部协作工作", "4月20日至21日", "2022-04-20", "4月20日至21日，太仓市委书记",
         "western county site: the 太仓 党政代表团's 考察 and the 联席会议 (县长 主持); 挂职 县委常委、副县长; a 协议 and a town–town 结对 signed")]),
    "go02_taicang.txt": (2023, "2023年05月18日　星期四", "太仓市", [
        ("玉屏侗族自治县党政代表团来太考察", "5月16日至17日", "2023-05-16", "本报讯（记者 孙可馨）5月16日",
         "eastern city paper 第A01版: the 玉屏 delegation's 考察 and 座谈会; the 挂职 cadre with his home post first; 龙再坤 now 县委书记")]),
    "go03_taicang.txt": (2025, "发布日期：2025-03-26", "太仓市", [
        ("“玉屏好物进太仓”消费协作展销周开幕", "3月25日", "2025-03-25", "3月25日，“玉屏好物进太仓”",
         "太仓市商务局 site: the former 挂职 cadre back home as 局长 opens a 消费协作 展销周; his successor 挂职 attends")]),
    "go04_wuqia.txt": (2022, "时间：2022-08-18 19:05:12", "乌恰县", [
        ("蒋文澜在乌恰县调研援疆项目建设和驻村工作", "8月17日", "2022-08-17", "8月17日，州党委副书记",
         "援疆 county site: the 前方指挥部 总指挥's 调研; 援疆 cadres as 县委副书记 / 副县长 and 工作组 组长 / 副组长; a 州财政局 访惠聚 第一书记")]),
    "go05_changzhou.txt": (2023, "2023年9月14日　星期四", "常州市", [
        ("我市党政代表团赴新疆克州考察对接援疆工作", "9月11日至12日", "2023-09-11", "本报乌恰9月12日电（记者 陶雅琴）",
         "援疆 city paper A01版: the 常州 党政代表团's 考察 in 乌恰 and the 座谈会 (总指挥 主持); bare 市发展改革委 = 常州's")]),
    "go06_changzhou.txt": (2025, "发布时间：2025-06-20 11:20", "常州市", [
        ("周文斌带队赴乌恰县对接援疆项目", "6月16日至18日", "2025-06-16", "6月16日至18日，委党组书记",
         "常州市发展改革委 site: the former 援疆 组长 now 委党组书记、主任 leads an 对接 to 乌恰; 对接会; the former 县长 now 县委书记")]),
    "go07_kezhou.txt": (2025, "发布日期：2025-04-10", KZ, [
        ("州财政局到乌恰县吉根乡斯姆哈纳村开展帮扶回访", "4月8日", "2025-04-08", "4月8日，州财政局党组成员",
         "州 portal 部门动态: the former 第一书记 now 州财政局党组成员、副局长 revisits the village with the current 第一书记")]),
    "go08_linzhou.txt": (2023, "发布时间：2023-07-12 18:02:44", "林周县", [
        ("我县召开2023年援藏项目建设推进会", "7月11日", "2023-07-11", "7月11日，县委副书记",
         "援藏 county site: 援藏项目 推进会 (县长 主持); the 苏州 援藏 cadre as 县委常委、常务副县长 and 援藏工作组组长")]),
    "go09_lasa.txt": (2024, "2024年8月21日　星期三", "拉萨市", [
        ("苏州市政府代表团来拉考察对接援藏工作", "8月19日至20日", "2024-08-19", "本报讯（记者 尹若霏）8月19日",
         "拉萨日报 第01版: the 苏州 government delegation's 考察 and the 对口支援林周县 座谈会; 援藏 总指挥 as 市委副书记、常务副市长; the former 林周 县长 now 副市长")]),
    "go10_xiangcheng.txt": (2025, "发布时间：2025-11-06 16:30", "相城区", [
        ("戴弘毅调研重点项目建设和安全生产工作", "11月5日", "2025-11-05", "11月5日，区委常委",
         "相城区 site: the 援藏 cadre back home as 区委常委、副区长 on a 调研 of two towns; a 结束援藏 sentence")]),
}

_G01_GU = "县委常委、副县长（挂职）顾铭远"
_G02_GU = "市发展改革委副主任、挂职玉屏侗族自治县委常委、副县长顾铭远"
_G04_JIANG = "州党委副书记，江苏省对口支援新疆克州前方指挥部党委书记、总指挥蒋文澜深入乌恰县"
_G05_JIANG = "州党委副书记，江苏省对口支援新疆克州前方指挥部党委书记、总指挥蒋文澜陪同考察"
_G08_DAI = "县委常委、常务副县长，苏州市援藏工作组组长戴弘毅"
_G09_DAI = "林周县委常委、常务副县长，苏州市援藏工作组组长戴弘毅"
_G09_NIU = "市委副书记、常务副市长，江苏省援藏前方指挥部总指挥钮承康"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 太仓 ↔ 玉屏
    "go:沈既明": ("沈既明", "official", "太仓市", [
        ("go01", "太仓市委", "书记", "太仓市委书记沈既明率太仓市党政代表团", "2022-04: a visitor written with his place"),
        ("go02", "太仓市委", "书记", "市委书记沈既明出席座谈会", "2023-05: bare 市委 in the 太仓日报")], []),
    "go:邵雨辰": ("邵雨辰", "official", "太仓市", [
        ("go01", "太仓市委", "常委", "太仓市委常委、副市长邵雨辰", None),
        ("go01", "太仓市政府", "副市长", "太仓市委常委、副市长邵雨辰", None),
        ("go02", "太仓市委", "常委", "市委常委、副市长邵雨辰", None),
        ("go02", "太仓市政府", "副市长", "市委常委、副市长邵雨辰", None),
        ("go03", "太仓市政府", "副市长", "副市长邵雨辰", "2025-03: on the 太仓市商务局 site")], []),
    "go:麻文军": ("麻文军", "official", "铜仁市", [
        ("go01", "铜仁市政府", "副市长", "铜仁市副市长麻文军", None)], []),
    "go:彭国祥": ("彭国祥", "official", YP, [
        ("go01", f"{YP}委", "书记", "县委书记彭国祥", "bare 县委 on the 玉屏 site")], []),
    "go:龙再坤": ("龙再坤", "official", YP, [
        ("go01", f"{YP}委", "副书记", "县委副书记、县长龙再坤", "2022-04 (identity case: 县委书记 in 2023, go02)"),
        ("go01", f"{YP}政府", "县长", "县委副书记、县长龙再坤", None),
        ("go02", f"{YP}委", "书记", "贵州省铜仁市玉屏侗族自治县委书记龙再坤", "2023-05: now 县委书记")], []),
    "go:顾铭远": ("顾铭远", "official", "太仓市", [
        ("go01", f"{YP}委", "常委", _G01_GU, "2022-04: 挂职 (a 太仓 cadre); title without （挂职） (au, by)"),
        ("go01", f"{YP}政府", "副县长", _G01_GU, "挂职"),
        ("go02", "太仓市发展改革委", "副主任", _G02_GU, "2023-05: home post written first, bare 市发展改革委 in the 太仓日报 = 太仓's"),
        ("go02", f"{YP}委", "常委", _G02_GU, "挂职, on the home side's paper"),
        ("go02", f"{YP}政府", "副县长", _G02_GU, "挂职"),
        ("go03", "太仓市商务局党组", "书记", "局党组书记、局长顾铭远主持开幕式", "2025-03: back home; the 曾于2021年至2024年 挂职 sentence gives no line"),
        ("go03", "太仓市商务局", "局长", "局党组书记、局长顾铭远主持开幕式", "bare 局 on the 太仓市商务局 site")], []),
    "go:姚家宁": ("姚家宁", "official", "太仓市", [
        ("go01", "太仓市璜泾镇党委", "书记", "太仓市璜泾镇党委书记姚家宁", "signs the town–town 结对"),
        ("go02", "太仓市璜泾镇党委", "书记", "璜泾镇党委书记姚家宁参加座谈", None)], []),
    "go:周文斌#2": ("周文斌", "official", YP, [
        ("go01", f"{YP}田坪镇党委", "书记", "田坪镇党委书记周文斌", "贵州 玉屏; not the 常州 援疆 cadre 周文斌 of 乌恰 (go04–go06)")], []),
    "go:杨秀岚": ("杨秀岚", "official", YP, [
        ("go02", f"{YP}委", "常委", "玉屏侗族自治县委常委、副县长杨秀岚", "a local 副县长 (not 挂职)"),
        ("go02", f"{YP}政府", "副县长", "玉屏侗族自治县委常委、副县长杨秀岚", None),
        ("go03", f"{YP}委", "常委", "玉屏侗族自治县委常委、副县长杨秀岚", "2025-03"),
        ("go03", f"{YP}政府", "副县长", "玉屏侗族自治县委常委、副县长杨秀岚", None)], []),
    "go:季承宇": ("季承宇", "official", "太仓市", [
        ("go02", "太仓市发展改革委", "主任", "市发展改革委主任季承宇", "bare 市发展改革委 in the 太仓日报 (常州's in go05)")], []),
    "go:陆景川": ("陆景川", "official", "太仓市", [
        ("go03", f"{YP}委", "常委", "玉屏侗族自治县委常委、副县长（挂职）陆景川", "2025-03: 顾铭远's successor, 挂职"),
        ("go03", f"{YP}政府", "副县长", "玉屏侗族自治县委常委、副县长（挂职）陆景川", "挂职")], []),
    # ---- 常州 ↔ 乌恰 (克州)
    "go:蒋文澜": ("蒋文澜", "official", KZ, [
        ("go04", f"{KZ}党委", "副书记", _G04_JIANG, "2022-08; 州党委 as written, as parts df, ds and gd"),
        ("go04", f"{QZB}党委", "书记", _G04_JIANG, "DECIDED HERE: the 前方指挥部's 党委"),
        ("go04", QZB, "总指挥", _G04_JIANG, "DECIDED HERE: the 前方指挥部 a body with posts (bs)"),
        ("go05", f"{KZ}党委", "副书记", _G05_JIANG, "2023-09: in the 常州日报, 州 = 克州 (the article's place)"),
        ("go05", f"{QZB}党委", "书记", _G05_JIANG, None),
        ("go05", QZB, "总指挥", _G05_JIANG, None)], []),
    "go:汪正霖": ("汪正霖", "official", "乌恰县", [
        ("go04", "乌恰县委", "书记", "县委书记汪正霖，", "2022-08"),
        ("go05", "乌恰县委", "书记", "乌恰县委书记汪正霖", "2023-09")], []),
    "go:库尔曼别克·吐尔地": ("库尔曼别克·吐尔地", "official", "乌恰县", [
        ("go04", "乌恰县委", "副书记", "县委副书记、县长库尔曼别克·吐尔地", "2022-08 (identity case: 县委书记 in 2025, go06)"),
        ("go04", "乌恰县政府", "县长", "县委副书记、县长库尔曼别克·吐尔地", None),
        ("go05", "乌恰县委", "副书记", "乌恰县委副书记、县长库尔曼别克·吐尔地", "2023-09"),
        ("go05", "乌恰县政府", "县长", "乌恰县委副书记、县长库尔曼别克·吐尔地", None),
        ("go06", "乌恰县委", "书记", "乌恰县委书记库尔曼别克·吐尔地", "2025-06: now 县委书记")], []),
    "go:周文斌#1": ("周文斌", "official", "常州市", [
        ("go04", "乌恰县委", "副书记", "县委副书记、常州援疆工作组组长周文斌", "2022-08: a 常州 援疆 cadre holding a 乌恰 post; not the 周文斌 of 玉屏 (go01)"),
        ("go04", "常州援疆工作组", "组长", "县委副书记、常州援疆工作组组长周文斌", "援疆 工作组 role, as written"),
        ("go05", "乌恰县委", "副书记", "乌恰县委副书记、常州援疆工作组组长周文斌", "2023-09"),
        ("go05", "常州援疆工作组", "组长", "乌恰县委副书记、常州援疆工作组组长周文斌", None),
        ("go06", "常州市发展改革委党组", "书记", "委党组书记、主任周文斌带队", "2025-06: back home; DECIDED HERE: bare 委 on its own site; ``曾任乌恰县委副书记…`` gives no line"),
        ("go06", "常州市发展改革委", "主任", "委党组书记、主任周文斌带队", None)], []),
    "go:华俊逸": ("华俊逸", "official", "乌恰县", [
        ("go04", "乌恰县委", "常委", "县委常委、副县长、常州援疆工作组副组长华俊逸", "a 常州 援疆 cadre"),
        ("go04", "乌恰县政府", "副县长", "县委常委、副县长、常州援疆工作组副组长华俊逸", None),
        ("go04", "常州援疆工作组", "副组长", "县委常委、副县长、常州援疆工作组副组长华俊逸", None)], []),
    "go:赵卫疆": ("赵卫疆", "official", KZ, [
        ("go04", f"{SMH}驻村工作队", "队长", "州财政局驻斯姆哈纳村“访惠聚”工作队队长、第一书记赵卫疆", "2022-08; DECIDED HERE: 访惠聚 工作队 = the village's 驻村工作队 (aq)"),
        ("go04", f"{SMH}党支部", "第一书记", "州财政局驻斯姆哈纳村“访惠聚”工作队队长、第一书记赵卫疆", "a village's 第一书记 (aq, aa); the dispatching 州财政局 gives no line"),
        ("go07", f"{KZ}财政局党组", "成员", "州财政局党组成员、副局长赵卫疆带队", "2025-04: back at the 州财政局; the 2021年至2024年 第一书记 sentence gives no line"),
        ("go07", f"{KZ}财政局", "副局长", "州财政局党组成员、副局长赵卫疆带队", None)], []),
    "go:盛国平": ("盛国平", "official", "常州市", [
        ("go05", "常州市委", "书记", "市委书记盛国平率我市党政代表团", None)], []),
    "go:柏承安": ("柏承安", "official", "常州市", [
        ("go05", "常州市委", "常委", "市委常委、秘书长柏承安", None),
        ("go05", "常州市委", "秘书长", "市委常委、秘书长柏承安", "秘书长 after 市委常委 = the 市委's (t, y)")], []),
    "go:潘启衡": ("潘启衡", "official", "常州市", [
        ("go05", "常州市发展改革委", "主任", "市发展改革委主任潘启衡随团考察", "2023-09: bare 市发展改革委 in the 常州日报 (周文斌 holds it in 2025, go06)")], []),
    "go:恽立群": ("恽立群", "official", "常州市", [
        ("go06", "乌恰县委", "副书记", "县委副书记、常州援疆工作组组长恽立群", "2025-06: 周文斌's successor; bare 县委 after 乌恰县委书记"),
        ("go06", "常州援疆工作组", "组长", "县委副书记、常州援疆工作组组长恽立群", None)], []),
    "go:徐亦舟": ("徐亦舟", "official", "乌恰县", [
        ("go07", "乌恰县吉根乡党委", "书记", "吉根乡党委书记徐亦舟", None)], []),
    "go:冯昊然": ("冯昊然", "official", KZ, [
        ("go07", f"{SMH}驻村工作队", "队长", "工作队队长、第一书记冯昊然", "2025-04: 赵卫疆's successor"),
        ("go07", f"{SMH}党支部", "第一书记", "工作队队长、第一书记冯昊然", None)], []),
    "go:托合提别克·玉素甫": ("托合提别克·玉素甫", "official", "乌恰县", [
        ("go07", f"{SMH}党支部", "书记", "村党支部书记托合提别克·玉素甫", "the named village of the article")], []),
    # ---- 苏州 ↔ 林周 (拉萨)
    "go:扎西次仁": ("扎西次仁", "official", "林周县", [
        ("go08", "林周县委", "副书记", "县委副书记、县长扎西次仁主持召开", "2023-07 (identity case: 拉萨市副市长 in 2024, go09)"),
        ("go08", "林周县政府", "县长", "县委副书记、县长扎西次仁主持召开", None),
        ("go09", "拉萨市政府", "副市长", "副市长扎西次仁陪同", "2024-08: bare 副市长 in the 拉萨日报 = 拉萨's")], []),
    "go:次旺多吉": ("次旺多吉", "official", "林周县", [
        ("go08", "林周县委", "书记", "县委书记次旺多吉出席并讲话", None),
        ("go09", "林周县委", "书记", "林周县委书记次旺多吉主持座谈会", None)], []),
    "go:戴弘毅": ("戴弘毅", "official", "苏州市", [
        ("go08", "林周县委", "常委", _G08_DAI, "2023-07: a 苏州 援藏 cadre holding 林周 posts"),
        ("go08", "林周县政府", "常务副县长", _G08_DAI, None),
        ("go08", "苏州市援藏工作组", "组长", _G08_DAI, "援藏 工作组 role, as written"),
        ("go09", "林周县委", "常委", _G09_DAI, "2024-08"),
        ("go09", "林周县政府", "常务副县长", _G09_DAI, None),
        ("go09", "苏州市援藏工作组", "组长", _G09_DAI, None),
        ("go10", "相城区委", "常委", "区委常委、副区长戴弘毅到黄埭镇", "2025-11: back home; ``结束在西藏林周县三年的援藏工作`` gives no line"),
        ("go10", "相城区政府", "副区长", "区委常委、副区长戴弘毅到黄埭镇", None)], []),
    "go:范思衡": ("范思衡", "official", "苏州市", [
        ("go09", "苏州市政府", "副市长", "苏州市副市长范思衡", "a visitor written with his city")], []),
    "go:钮承康": ("钮承康", "official", "拉萨市", [
        ("go09", "拉萨市委", "副书记", _G09_NIU, "bare 市委 in the 拉萨日报 = 拉萨's; a 江苏 援藏 cadre"),
        ("go09", "拉萨市政府", "常务副市长", _G09_NIU, None),
        ("go09", "江苏省援藏前方指挥部", "总指挥", _G09_NIU, "DECIDED HERE: as the 克州 前方指挥部")], []),
    "go:格桑旺堆": ("格桑旺堆", "official", "林周县", [
        ("go09", "林周县委", "副书记", "县委副书记、县长格桑旺堆", "扎西次仁's successor; bare 县委 after 林周县委书记"),
        ("go09", "林周县政府", "县长", "县委副书记、县长格桑旺堆", None)], []),
    "go:蔡瑞雪": ("蔡瑞雪", "official", "相城区", [
        ("go10", "相城区黄埭镇党委", "书记", "黄埭镇党委书记蔡瑞雪", None)], []),
    "go:朱振邦": ("朱振邦", "official", "相城区", [
        ("go10", "相城区望亭镇政府", "镇长", "望亭镇镇长朱振邦", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("go01", "吴梦琪", "责任编辑", "editor", "责任编辑：吴梦琪"),
    ("go02", "孙可馨", "记者", "reporter", "本报讯（记者 孙可馨）"),
    ("go02", "胥婷", "责任编辑", "editor", "责任编辑：胥婷"),
    ("go03", "钱书瑶", "编辑", "editor", "编辑：钱书瑶"),
    ("go04", "阿依提拉·托合提", "供稿", "author", "（乌恰县融媒体中心 阿依提拉·托合提）"),
    ("go04", "罗启元", "编辑", "editor", "编辑：罗启元"),
    ("go04", "滕玉琴", "审核", "editor", "审核：滕玉琴"),
    ("go05", "陶雅琴", "记者", "reporter", "本报乌恰9月12日电（记者 陶雅琴）"),
    ("go05", "顾亦菲", "责任编辑", "editor", "责任编辑：顾亦菲"),
    ("go06", "吕一鸣", "责任编辑", "editor", "责任编辑：吕一鸣"),
    ("go07", "古丽米拉·阿不都", "编辑", "editor", "编辑：古丽米拉·阿不都"),
    ("go08", "德吉卓玛", "作者", "author", "作者：德吉卓玛"),
    ("go08", "白玛央珍", "责任编辑", "editor", "责任编辑：白玛央珍"),
    ("go09", "尹若霏", "记者", "reporter", "本报讯（记者 尹若霏）"),
    ("go09", "达瓦央金", "责任编辑", "editor", "责任编辑：达瓦央金"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("go01", "太仓市党政代表团东西部协作考察", "inspection (考察)", "4月20日至21日", None, "沈既明", [],
     ["邵雨辰", "麻文军", "彭国祥", "龙再坤", "顾铭远"], ["顾铭远"], "田坪镇、朱家场镇、平溪街道",
     "太仓市委书记沈既明率太仓市党政代表团来我县考察东西部协作工作",
     ["太仓市委书记沈既明率太仓市党政代表团来我县考察", "铜仁市副市长麻文军随团考察或出席会议", _G01_GU + "陪同考察或出席会议",
      "顾铭远介绍了园区标准化厂房二期建设"]),
    ("go01", "太仓·玉屏东西部协作联席会议", "meeting (联席会议)", "21日上午", "龙再坤", None, [],
     ["沈既明", "邵雨辰", "麻文军", "彭国祥", "顾铭远", "姚家宁", "周文斌"], ["彭国祥", "沈既明", "麻文军"], None,
     "21日上午，太仓·玉屏东西部协作联席会议召开，会议由龙再坤主持",
     ["会议由龙再坤主持", "彭国祥介绍了我县经济社会发展", "沈既明表示", "麻文军代表铜仁市", "邵雨辰与龙再坤代表两地签订",
      "太仓市璜泾镇党委书记姚家宁与田坪镇党委书记周文斌签订镇镇结对帮扶协议"]),
    ("go02", "玉屏侗族自治县党政代表团来太考察", "inspection (考察)", "5月16日至17日", None, "龙再坤", [],
     ["邵雨辰", "杨秀岚", "顾铭远"], [], "璜泾镇、太仓港",
     "玉屏侗族自治县委书记龙再坤率玉屏县党政代表团来太考察",
     ["玉屏侗族自治县委书记龙再坤率玉屏县党政代表团来太考察", "市委常委、副市长邵雨辰", _G02_GU + "陪同考察或出席座谈会"]),
    ("go02", "太仓·玉屏东西部协作座谈会", "meeting (座谈会)", "17日下午", "邵雨辰", None, [],
     ["沈既明", "龙再坤", "杨秀岚", "顾铭远", "季承宇", "姚家宁"], ["沈既明", "龙再坤", "顾铭远"], None,
     "17日下午召开的座谈会由邵雨辰主持",
     ["座谈会由邵雨辰主持", "市委书记沈既明出席座谈会", "沈既明代表市委、市政府对代表团来访表示欢迎", "龙再坤介绍了玉屏近年来的发展情况",
      "顾铭远汇报了今年以来东西部协作项目推进情况", "市发展改革委主任季承宇，璜泾镇党委书记姚家宁参加座谈"]),
    ("go03", "“玉屏好物进太仓”消费协作展销周开幕式", "activity (开幕式)", "3月25日", "顾铭远", None, [],
     ["邵雨辰", "杨秀岚", "陆景川"], ["杨秀岚", "邵雨辰", "顾铭远", "陆景川"], None,
     "3月25日，“玉屏好物进太仓”消费协作展销周开幕",
     ["局长顾铭远主持开幕式", "副市长邵雨辰", "陆景川出席开幕式", "杨秀岚在致辞中介绍了", "邵雨辰表示", "他表示，市商务局将把消费协作",
      "陆景川介绍了今年太仓·玉屏东西部协作计划"]),
    ("go04", "乌恰县援疆项目建设、边境乡村振兴和“访惠聚”驻村工作调研", "inspection (调研)", "8月17日", None, "蒋文澜", [],
     ["汪正霖", "库尔曼别克·吐尔地", "周文斌", "华俊逸"], ["周文斌", "华俊逸", "赵卫疆", "蒋文澜", "汪正霖"], "乌恰县",
     _G04_JIANG + "，调研援疆项目建设、边境乡村振兴和“访惠聚”驻村工作",
     [_G04_JIANG, "常州援疆工作组副组长华俊逸陪同调研", "周文斌介绍了今年常州援疆资金安排", "华俊逸介绍了面向农牧民",
      "第一书记赵卫疆汇报了", "蒋文澜指出", "汪正霖表示"]),
    ("go05", "常州市党政代表团乌恰县对口援疆工作考察", "inspection (考察)", "9月11日至12日", None, "盛国平", [],
     ["蒋文澜", "柏承安", "潘启衡"], ["周文斌"], "乌恰县",
     "市委书记盛国平率我市党政代表团赴新疆克孜勒苏柯尔克孜自治州乌恰县，考察对口援疆工作",
     ["市委书记盛国平率我市党政代表团", "蒋文澜陪同考察并出席座谈会", "市发展改革委主任潘启衡随团考察", "常州援疆工作组组长周文斌介绍了"]),
    ("go05", "常州·乌恰对口支援工作座谈会", "meeting (座谈会)", "12日上午", "蒋文澜", None, [],
     ["盛国平", "汪正霖", "潘启衡", "库尔曼别克·吐尔地"], ["汪正霖", "潘启衡", "盛国平"], "乌恰县",
     "12日上午，常州·乌恰对口支援工作座谈会召开，座谈会由蒋文澜主持",
     ["座谈会由蒋文澜主持", "并出席常州·乌恰对口支援工作座谈会", "乌恰县委书记汪正霖介绍了", "潘启衡通报了", "盛国平指出",
      "县长库尔曼别克·吐尔地参加座谈会"]),
    ("go06", "乌恰县援疆项目对接", "inspection (对接)", "6月16日至18日", None, "周文斌", [],
     ["库尔曼别克·吐尔地", "恽立群"], [], "乌恰县",
     "委党组书记、主任周文斌带队赴新疆克州乌恰县，对接2025年常州援疆项目计划执行和产业援疆工作",
     ["主任周文斌带队赴新疆克州乌恰县", "乌恰县委书记库尔曼别克·吐尔地", "常州援疆工作组组长恽立群陪同"]),
    ("go06", "援疆项目对接会", "meeting (对接会)", "17日下午", None, None, [],
     ["库尔曼别克·吐尔地", "恽立群", "周文斌"], ["恽立群", "库尔曼别克·吐尔地", "周文斌"], "乌恰县",
     "17日下午，双方召开援疆项目对接会",
     ["恽立群介绍了今年常州援疆资金安排", "库尔曼别克·吐尔地表示", "周文斌指出"]),
    ("go07", "斯姆哈纳村帮扶回访", "inspection (帮扶回访)", "4月8日", None, "赵卫疆", ["克孜勒苏柯尔克孜自治州财政局"],
     ["徐亦舟", "冯昊然", "托合提别克·玉素甫"], ["冯昊然", "托合提别克·玉素甫", "赵卫疆"], "乌恰县吉根乡斯姆哈纳村",
     "州财政局党组成员、副局长赵卫疆带队到乌恰县吉根乡斯姆哈纳村开展帮扶回访",
     ["副局长赵卫疆带队到乌恰县吉根乡斯姆哈纳村", "村党支部书记托合提别克·玉素甫陪同", "冯昊然汇报了", "托合提别克·玉素甫介绍了", "赵卫疆要求"]),
    ("go08", "2023年援藏项目建设推进会", "meeting (推进会)", "7月11日", "扎西次仁", None, ["林周县"],
     ["次旺多吉", "戴弘毅"], ["次旺多吉", "扎西次仁", "戴弘毅"], None,
     "7月11日，县委副书记、县长扎西次仁主持召开2023年援藏项目建设推进会",
     ["县长扎西次仁主持召开", "县委书记次旺多吉出席并讲话", "戴弘毅通报了今年援藏项目建设情况", "次旺多吉强调", "扎西次仁要求", "戴弘毅表示"]),
    ("go09", "苏州市政府代表团援藏工作考察", "inspection (考察)", "8月19日至20日", None, "范思衡", [],
     ["钮承康", "扎西次仁"], [], "林周县",
     "苏州市副市长范思衡率苏州市政府代表团来拉萨考察对接援藏工作",
     ["苏州市副市长范思衡率苏州市政府代表团", _G09_NIU, "副市长扎西次仁陪同考察或出席座谈会"]),
    ("go09", "苏州市对口支援林周县工作座谈会", "meeting (座谈会)", "20日上午", "次旺多吉", None, [],
     ["范思衡", "钮承康", "扎西次仁", "格桑旺堆", "戴弘毅"], ["格桑旺堆", "戴弘毅", "范思衡", "钮承康"], "林周县",
     "20日上午，座谈会在林周县召开，林周县委书记次旺多吉主持座谈会",
     ["林周县委书记次旺多吉主持座谈会", "并出席苏州市对口支援林周县工作座谈会", "县长格桑旺堆介绍了", "戴弘毅汇报了", "范思衡表示", "钮承康指出"]),
    ("go10", "黄埭镇、望亭镇重点项目建设和安全生产调研", "inspection (调研)", "11月5日", None, "戴弘毅", [],
     [], ["蔡瑞雪", "朱振邦", "戴弘毅"], "黄埭镇、望亭镇",
     "区委常委、副区长戴弘毅到黄埭镇、望亭镇调研重点项目建设和安全生产工作",
     ["区委常委、副区长戴弘毅到黄埭镇、望亭镇调研", "黄埭镇党委书记蔡瑞雪汇报了", "望亭镇镇长朱振邦介绍了", "戴弘毅指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("go01", "太仓·玉屏共建产业园", "industrial_park", "先后来到田坪镇太仓·玉屏共建产业园"),
    ("go01", "朱家场镇油茶精深加工项目", "project", "朱家场镇油茶精深加工项目"),
    ("go01", "平溪街道易地扶贫搬迁安置点", "housing_project", "平溪街道易地扶贫搬迁安置点"),
    ("go02", "璜泾镇智能装备产业园", "industrial_park", "璜泾镇智能装备产业园"),
    ("go02", "太仓港综合物流园二期", "logistics_hub", "太仓港综合物流园二期"),
    ("go02", "“黔货进太”消费协作展销中心", "project", "“黔货进太”消费协作展销中心"),
    ("go02", "太仓·玉屏共建产业园标准化厂房二期", "industrial_park", "太仓·玉屏共建产业园标准化厂房二期已投用"),
    ("go03", "太仓·玉屏共建产业园三期", "industrial_park", "太仓·玉屏共建产业园三期将于年内开工"),
    ("go04", "乌恰县戈壁设施农业产业园二期", "industrial_park", "先后来到乌恰县戈壁设施农业产业园二期"),
    ("go04", "乌恰县常州援疆职业技能实训中心", "project", "乌恰县常州援疆职业技能实训中心"),
    ("go04", "吉根乡边境旅游服务中心建设项目", "project", "吉根乡边境旅游服务中心建设项目推进情况"),
    ("go05", "乌恰县戈壁设施农业产业园二期", "industrial_park", "先后来到乌恰县戈壁设施农业产业园二期"),
    ("go05", "吉根乡边境旅游服务中心建设项目", "project", "吉根乡边境旅游服务中心建设项目和黑孜苇乡中心小学"),
    ("go06", "乌恰县戈壁设施农业产业园三期", "industrial_park", "先后来到乌恰县戈壁设施农业产业园三期"),
    ("go06", "康苏镇牧民定居点供暖改造工程", "infrastructure_project", "康苏镇牧民定居点供暖改造工程"),
    ("go06", "吉根乡边境旅游服务中心", "project", "吉根乡边境旅游服务中心，察看项目建设和运营情况"),
    ("go07", "吉根乡边境旅游服务中心", "project", "吉根乡边境旅游服务中心察看运营情况"),
    ("go08", "甘丹曲果镇苏州路改造提升工程", "infrastructure_project", "甘丹曲果镇苏州路改造提升工程已完成路基施工"),
    ("go08", "林周县农牧民技能培训中心", "project", "林周县农牧民技能培训中心主体封顶"),
    ("go08", "春堆乡奶牛养殖基地二期", "project", "春堆乡奶牛养殖基地二期完成牛舍建设"),
    ("go08", "卡孜乡高标准农田建设项目", "project", "卡孜乡高标准农田建设项目正在开展土地平整"),
    ("go09", "林周县农牧民技能培训中心", "project", "先后考察了林周县农牧民技能培训中心"),
    ("go09", "甘丹曲果镇苏州路改造提升工程", "infrastructure_project", "甘丹曲果镇苏州路改造提升工程和春堆乡奶牛养殖基地二期"),
    ("go09", "春堆乡奶牛养殖基地二期", "project", "甘丹曲果镇苏州路改造提升工程和春堆乡奶牛养殖基地二期"),
    ("go10", "黄埭镇高新产业园三期", "industrial_park", "先后来到黄埭镇高新产业园三期"),
    ("go10", "望亭镇运河生态廊道工程", "greening_project", "望亭镇运河生态廊道工程"),
    ("go10", "望亭镇老旧小区改造项目", "housing_project", "望亭镇老旧小区改造项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("go01", "太仓市", "county_level_city", "in_title", "太仓市委书记沈既明率太仓市党政代表团"),
    ("go01", "太仓", "county_level_city", "standalone", "感谢太仓多年来的倾力帮扶"),
    ("go01", "玉屏", "autonomous_county", "standalone", "帮助玉屏巩固拓展脱贫攻坚成果"),
    ("go01", "铜仁市", "prefecture_city", "in_title", "铜仁市副市长麻文军"),
    ("go01", "田坪镇", "town", "standalone", "先后来到田坪镇太仓·玉屏共建产业园"),
    ("go01", "朱家场镇", "town", "in_project_name", "朱家场镇油茶精深加工项目"),
    ("go01", "平溪街道", "sub_district_office", "in_project_name", "平溪街道易地扶贫搬迁安置点"),
    ("go01", "璜泾镇", "town", "in_title", "太仓市璜泾镇党委书记姚家宁"),
    ("go02", "玉屏侗族自治县", "autonomous_county", "standalone", "玉屏侗族自治县党政代表团来太考察"),
    ("go02", "贵州省", "province", "in_title", "贵州省铜仁市玉屏侗族自治县委书记龙再坤"),
    ("go02", "铜仁市", "prefecture_city", "in_title", "贵州省铜仁市玉屏侗族自治县委书记龙再坤"),
    ("go02", "玉屏县", "autonomous_county", "standalone", "率玉屏县党政代表团来太考察"),
    ("go02", "太仓", "county_level_city", "standalone", "太仓与玉屏结对以来"),
    ("go02", "玉屏", "autonomous_county", "standalone", "太仓与玉屏结对以来"),
    ("go02", "璜泾镇", "town", "in_project_name", "璜泾镇智能装备产业园"),
    ("go02", "太仓港", "port", "in_project_name", "太仓港综合物流园二期"),
    ("go03", "玉屏", "autonomous_county", "standalone", "玉屏12家企业带来油茶"),
    ("go03", "太仓", "county_level_city", "standalone", "走进太仓市民的餐桌"),
    ("go03", "玉屏侗族自治县", "autonomous_county", "in_title", "玉屏侗族自治县委常委、副县长杨秀岚"),
    ("go03", "长三角", "region", "standalone", "帮助玉屏农产品打开长三角市场"),
    ("go04", "乌恰县", "county", "standalone", "深入乌恰县，调研援疆项目建设"),
    ("go04", "江苏省", "province", "in_org_reference", "江苏省对口支援新疆克州前方指挥部党委书记"),
    ("go04", "新疆", "autonomous_region", "in_org_reference", "江苏省对口支援新疆克州前方指挥部党委书记"),
    ("go04", "克州", "autonomous_prefecture", "in_org_reference", "江苏省对口支援新疆克州前方指挥部党委书记"),
    ("go04", "常州", "prefecture_city", "in_org_reference", "县委副书记、常州援疆工作组组长周文斌"),
    ("go04", "吉根乡", "township", "standalone", "吉根乡斯姆哈纳村，察看项目建设进度"),
    ("go04", "斯姆哈纳村", "village", "standalone", "吉根乡斯姆哈纳村，察看项目建设进度"),
    ("go05", "新疆", "autonomous_region", "standalone", "赴新疆克孜勒苏柯尔克孜自治州乌恰县"),
    ("go05", "克孜勒苏柯尔克孜自治州", "autonomous_prefecture", "standalone", "赴新疆克孜勒苏柯尔克孜自治州乌恰县"),
    ("go05", "乌恰县", "county", "standalone", "赴新疆克孜勒苏柯尔克孜自治州乌恰县"),
    ("go05", "克州", "autonomous_prefecture", "standalone", "我市党政代表团赴新疆克州考察对接援疆工作"),
    ("go05", "江苏省", "province", "in_org_reference", "江苏省对口支援新疆克州前方指挥部党委书记"),
    ("go05", "常州", "prefecture_city", "standalone", "感谢常州多年来的无私援助"),
    ("go05", "乌恰", "county", "standalone", "把乌恰当作第二故乡"),
    ("go05", "吉根乡", "township", "in_project_name", "吉根乡边境旅游服务中心建设项目"),
    ("go05", "黑孜苇乡", "township", "in_org_reference", "黑孜苇乡中心小学"),
    ("go05", "帕米尔高原", "region", "standalone", "扎根帕米尔高原"),
    ("go06", "新疆", "autonomous_region", "standalone", "赴新疆克州乌恰县"),
    ("go06", "克州", "autonomous_prefecture", "standalone", "赴新疆克州乌恰县"),
    ("go06", "乌恰县", "county", "standalone", "赴新疆克州乌恰县"),
    ("go06", "乌恰", "county", "standalone", "乌恰将全力做好项目要素保障"),
    ("go06", "常州", "prefecture_city", "standalone", "推动常州企业与乌恰特色资源对接"),
    ("go06", "康苏镇", "town", "in_project_name", "康苏镇牧民定居点供暖改造工程"),
    ("go06", "吉根乡", "township", "in_project_name", "吉根乡边境旅游服务中心，察看"),
    ("go07", "乌恰县", "county", "standalone", "到乌恰县吉根乡斯姆哈纳村开展帮扶回访"),
    ("go07", "吉根乡", "township", "standalone", "到乌恰县吉根乡斯姆哈纳村开展帮扶回访"),
    ("go07", "斯姆哈纳村", "village", "standalone", "到乌恰县吉根乡斯姆哈纳村开展帮扶回访"),
    ("go08", "苏州", "prefecture_city", "standalone", "今年苏州援藏共安排项目9个"),
    ("go08", "苏州市", "prefecture_city", "in_org_reference", "苏州市援藏工作组组长戴弘毅"),
    ("go08", "甘丹曲果镇", "town", "in_project_name", "甘丹曲果镇苏州路改造提升工程"),
    ("go08", "苏州路", "road", "in_project_name", "甘丹曲果镇苏州路改造提升工程"),
    ("go08", "林周县", "county", "in_project_name", "林周县农牧民技能培训中心主体封顶"),
    ("go08", "春堆乡", "township", "in_project_name", "春堆乡奶牛养殖基地二期"),
    ("go08", "卡孜乡", "township", "in_project_name", "卡孜乡高标准农田建设项目"),
    ("go09", "苏州市", "prefecture_city", "in_title", "苏州市副市长范思衡"),
    ("go09", "拉萨", "prefecture_city", "standalone", "来拉萨考察对接援藏工作"),
    ("go09", "林周县", "county", "standalone", "座谈会在林周县召开"),
    ("go09", "江苏省", "province", "in_org_reference", "江苏省援藏前方指挥部总指挥钮承康"),
    ("go09", "甘丹曲果镇", "town", "in_project_name", "甘丹曲果镇苏州路改造提升工程"),
    ("go09", "苏州路", "road", "in_project_name", "甘丹曲果镇苏州路改造提升工程"),
    ("go09", "春堆乡", "township", "in_project_name", "春堆乡奶牛养殖基地二期"),
    ("go09", "苏州", "prefecture_city", "standalone", "苏州将持续深化产业援藏"),
    ("go09", "林周", "county", "standalone", "介绍了林周经济社会发展"),
    ("go10", "黄埭镇", "town", "standalone", "到黄埭镇、望亭镇调研"),
    ("go10", "望亭镇", "town", "standalone", "到黄埭镇、望亭镇调研"),
    ("go10", "运河", "river", "in_project_name", "望亭镇运河生态廊道工程"),
    ("go10", "西藏", "autonomous_region", "standalone", "结束在西藏林周县三年的援藏工作"),
    ("go10", "林周县", "county", "standalone", "结束在西藏林周县三年的援藏工作"),
    ("go10", "相城", "district", "standalone", "返回相城任职"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="go", conventions="set go (blind set: cadres serving away from home: 东西部协作 挂职 (江苏 太仓市 ↔ 贵州 铜仁 玉屏侗族自治县), 援疆 (江苏 常州 ↔ 新疆 克孜勒苏柯尔克孜自治州 乌恰县) and 援藏 (江苏 苏州 ↔ 西藏 拉萨 林周县) cadres holding local posts and 工作组 / 前方指挥部 posts at once, a 州财政局's 访惠聚 第一书记, and the same people back in their home posts (太仓市商务局, 常州市发展改革委, 州财政局, 相城区); a 挂职 post is a holding of the organ where it is held, title without （挂职）, the home post written before it a holding too; past 挂职 / 援疆 / 驻村 sentences (曾于…, 曾任…, 2021年至2024年…) give no line; 州党委 → 克孜勒苏柯尔克孜自治州党委 (as written, as parts df, ds and gd; aligned after the blind measurement); 前方指挥部 and its 党委, 援疆 / 援藏 工作组 roles are posts as written; 访惠聚 工作队 = the village's 驻村工作队; one line per post per article)",
          persons_note="Set go persons. id = corpus-wide person_id (go:周文斌#1, a 常州 援疆 cadre in 乌恰 (新疆), and go:周文斌#2, 玉屏侗族自治县田坪镇党委书记 (贵州), are two people; go:顾铭远 玉屏 挂职 2022–2023 → 太仓市商务局局长 2025; go:周文斌#1 乌恰县委副书记、常州援疆工作组组长 2022–2023 → 常州市发展改革委主任 2025; go:赵卫疆 斯姆哈纳村第一书记 2022 → 州财政局副局长 2025; go:戴弘毅 林周县委常委、常务副县长 2023–2024 → 相城区委常委、副区长 2025; go:龙再坤 and go:库尔曼别克·吐尔地 县长 → 县委书记; go:扎西次仁 林周县长 2023 → 拉萨市副市长 2024)")


if __name__ == "__main__":
    main()
