"""Write gold part ``ec`` (a blind set: the western provinces' 藏区 and 回族 areas: 甘肃 甘南, 青海 海北, 四川 阿坝, 云南
迪庆, 西藏 林芝, 宁夏 固原; 州 and county pages, 乡 governments, 寺管会, 驻村工作队, 援藏 / 援青 / 援宁 / 东西部协作 挂职
cadres) from the tables below.

Pages ``tests/dev/texts/ec*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 甘南州人民政府 信息公开 page of a 州政府常务会议 (``当前位置: 首页 >>
法定主动公开内容 >> 政府会议 >> 正文``, a 索引号 / 标题 / 发文机关 / 发文日期 table, ``州委副书记、州长…主持会议``, ``州委常委、
副州长…，副州长…、…，州政府秘书长…出席会议``, ``…合作市政府负责人列席会议``, ``在合作召开``); the 甘南日报 digital edition
(``本报合作讯 (记者 … …)``, ``州委副书记、州长…，副州长、合作市委书记…``); the 中国甘肃在线 report of the 甘青川滇藏 州市长
联席会议 (``阿坝州委常委、副州长``, ``迪庆州政府副州长``); the 康巴传媒网 / 甘孜日报 page on the 阿坝 党政代表团 (``阿坝州委副书记、
州政府州长``, ``阿坝州政府秘书长``); two 刚察县 site pages (门源: ``发布时间: / 消息来源:``, ``州委常委、县委书记，县委副书记、
政府县长``, a 威海 考察团 and the 山东 援建 ``青鲁缘`` 产业示范园; 援青干部 调研 of the 乡镇 with ``摄像: 撰稿: 编辑:``); the 索县 site
on the 县长's 调研 at a 寺管委会 (``寺管会负责人``, ``驻寺干部``); a 临潭 page of a 省政协 调研 of 寺观教堂 (``记者 … …``); the
香格里拉网 (``香格里拉网讯 (记者 …)``, ``州委书记…，州委副书记、州长…陪同``); the 泾川门户网 page of the 天津 援甘 前指 调研
(``时间: 浏览次数: 来源: 字体: 分享:``, ``县委常委、县政府副县长``, ``编辑/ 审核/ 监制/``); the 林芝 site and 南方日报 pages on
广东 援藏 (``您当前所在位置: 首页 / 新闻中心 / 援藏工作``, ``分享到``, ``广东省第九批援藏工作队巴宜区工作组组长、巴宜区委常务副
书记``); the 柴达木日报 (``本报讯 (记者 … …)``). No page was copied. Places are real (甘肃 甘南藏族自治州: 合作市, 夏河县, 玛曲县;
青海 海北藏族自治州: 门源回族自治县, 祁连县; 四川 阿坝藏族羌族自治州: 红原县, 若尔盖县; 云南 迪庆藏族自治州: 维西傈僳族自治县;
西藏 林芝市 巴宜区; 宁夏 固原市 西吉县); 夏河, 玛曲, 门源, 红原, 若尔盖, 维西 and 巴宜区 are new to the corpus.

Shapes: a 州政府 信息公开 page with an 索引号 table repeating the headline: the 州政府常务会议 (ec01); a county site of the 县长's
调研 of two 乡 with a 天津 东西部协作 挂职 副县长 who heads the 工作组, 乡党委书记 / 乡长 (ec02); a prefecture paper's 第01版 of the
州委书记's two-day 调研 in a county and the 座谈会 on the second day, the former 县长 now 副州长 (ec03); an autonomous county's
site of the 县长's 调研 with a 山东援青 挂职 副县长, Hui 乡 / 镇 heads, ``撰稿 / 摄影 / 编辑`` credits (ec04); the 州政府 site of the
州长's 调研 with the former 援青 副县长 now 州委常委、副州长（挂职） and 援青干部管理组组长 (ec05); a county site of the 县长's 调研
with a 浙江苍南 挂职 副县长 and a ``（记者 … 通讯员 …）`` dateline (ec06); a prefecture paper's 第01版 of the 州委书记's 调研 and
座谈会 where the former 红原 县长 is now 若尔盖县委书记 (ec07); the 迪庆 paper's portal (香格里拉网) of the 州长's 调研 in an
autonomous county with a 上海援滇 挂职 副县长, a 乡党委书记 and a 乡长 (ec08); a 区 site (林芝 style) of the 区长's 调研 of a 寺管会
and a 驻村工作队 with a 广东援藏 区委常务副书记 (ec09); a city paper's 第01版 of the 市长's 调研 in a county with a 福建 援宁
挂职 副县长 (ec10).

Identity cases:
- ec:华旦才让 moves from county to prefecture: 夏河县委副书记、县长 in Aug 2022 (ec02) → 甘南藏族自治州 副州长 in June 2024
  (ec03).
- ec:吕振东, an 援青 cadre who comes back higher: 门源回族自治县委常委、副县长（挂职） in Sept 2021 (ec04) → 海北藏族自治州委常委、
  副州长（挂职） and 山东省第五批援青干部管理组组长 in July 2024 (ec05).
- ec:泽郎多吉 moves county: 红原县委副书记、县长 in May 2023 (ec06) → 若尔盖县委书记 in April 2025 (ec07), both 阿坝.
- two different 马海龙 (a Hui name) in unrelated provinces: ec:马海龙#1 is 门源回族自治县阴田乡党委副书记、乡长 (青海 海北, ec04,
  2021); ec:马海龙#2 is 西吉县将台堡镇党委书记 (宁夏 固原, ec10, 2024). Same name, look-alike career (乡长 → 镇党委书记), different
  people.
- one organ name in several places: bare ``州委副书记、州长`` is 甘南's (ec01), 海北's (ec05) and 迪庆's (ec08); bare ``州委书记``
  甘南's (ec03) and 阿坝's (ec07); ``县乡村振兴局局长`` is 夏河's (ec02) and 门源's (ec04); ``县委常委、副县长（挂职）`` is 夏河's,
  门源's, 维西's and 西吉's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts y, cv, bs, au, aq where they speak; decided here where they are silent):
- Autonomous prefectures and counties take the gazetteer's full name (as part y): bare 州委 / 州政府 / 州 departments =
  甘南藏族自治州委, 海北藏族自治州政府, 阿坝藏族羌族自治州委, 迪庆藏族自治州政府, 甘南藏族自治州发展改革委 …; ``州委常委、州委
  秘书长`` → X州委 常委 + X州委 秘书长; ``州政府副秘书长`` → X州政府 副秘书长; ``州政府副州长`` → X州政府 副州长. 门源's bare
  县委 / 县 = 门源回族自治县委 / 门源回族自治县政府 / 门源回族自治县乡村振兴局; ``维西县委书记`` → 维西傈僳族自治县委 书记 (the
  short written form folds to the full label; the place rows keep 维西县 and 维西傈僳族自治县 as written).
- Bare organs take the page's place or its parent of the right level: county organs on a county site = that county; in a
  州 paper a bare ``县委副书记、县长`` right after ``玛曲县委书记`` / ``若尔盖县委书记`` / ``维西县委书记`` = that county's, in the
  固原日报 after ``西吉县委书记`` = 西吉's; ``市委副书记、市长`` / ``副市长`` in the 固原日报 = 固原市's; 区 organs on the 巴宜区
  site = 巴宜区's (``区委常委、统战部部长`` → 巴宜区委 常委 + 巴宜区委统战部 部长).
- 乡 / 镇 posts: county label + 乡 / 镇 + 党委 / 政府 (夏河县曲奥乡党委 书记; ``乡党委副书记、乡长`` → …乡党委 副书记 + …乡政府
  乡长; ``乡党委书记和志刚、乡长李金秀`` → 维西傈僳族自治县攀天阁乡党委 书记 / …攀天阁乡政府 乡长); a bare ``乡党委书记`` /
  ``镇党委书记`` in a ``在X乡，`` sentence is that 乡's.
- 挂职 and 援 cadres (as parts au, bs, cv, y): the 挂职 post is a holding of the organ where it is held, title without
  ``（挂职）`` (``县委常委、副县长（挂职）`` → X县委 常委 + X县政府 副县长; ``州委常委、副州长（挂职）`` → 海北藏族自治州委 常委 +
  海北藏族自治州政府 副州长); a team's role is a post of the team as written, its parent team included: ``天津市东西部协作甘南
  工作队夏河工作组组长`` → 天津市东西部协作甘南工作队夏河工作组 组长, ``山东省第五批援青干部管理组组长``, ``广东省第十批援藏工作队
  巴宜区工作组组长``, ``福建省援宁工作队西吉工作组组长`` likewise (as y's 亚东联络小组, cv's 拉孜小组). Labels ``山东援青干部``,
  ``浙江苍南挂职干部``, ``上海援滇干部`` are no posts (as bs's 辽宁援疆干部); ``区委常务副书记`` is a post of the 区委.
- DECIDED HERE (寺管会, no earlier part had one): a 寺管会 (寺庙管理委员会, the body the county sets in a 西藏 monastery) is an
  organ with posts: org = county-level label + the monastery as written + ``寺管会`` (``喇嘛岭寺寺管会主任米玛次仁`` →
  巴宜区喇嘛岭寺寺管会 主任; the 寺管会 answers to the 区, not to the 乡 the monastery lies in); ``驻寺干部`` and ``在寺僧尼``
  (unnamed) give nothing.
- DECIDED HERE: ``林芝市财政局驻珠曲登村工作队队长白玛曲珍`` is the 队长 of the village's 驻村工作队 (as part aq: village label +
  ``驻村工作队``: 巴宜区布久乡珠曲登村驻村工作队 队长); the dispatching 林芝市财政局 gives no line (as aq's 派出单位).
- DECIDED HERE: the 信息公开 page (ec01) repeats its headline in the 索引号 table's ``标题`` line; the article starts there (the
  first occurrence), and the table's ``发文日期`` is the page stamp (the day after the meeting).
- DECIDED HERE: remarks written after a 座谈会 and introduced by ``座谈会上`` / ``会上`` / ``在座谈会上`` are the 座谈会's speakers
  (ec03, ec07); the inspection keeps its own 介绍 speakers; the 座谈会 names no attendees.
- Events: 调研 are inspections (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); the 州政府
  常务会议 is a meeting (chair when 主持; 出席 attendees; 汇报 / 强调 / 作了安排 speakers; 列席 groups unnamed); the 座谈会 after a
  调研 is its own meeting (as parts y, bs). Date ranges (``6月12日至13日``) take their first day.
- Credits: ``本报玛曲讯（记者 … …）``, ``本报讯（记者 …）``, ``香格里拉网讯（记者 …）`` and ``（记者 … 通讯员 …）`` are reporter /
  correspondent lines (the stamp's ``作者：`` of ec08 is the same reporter, one line); ``撰稿：`` an author line; ``摄影：`` a
  photographer line; 编辑 / 责任编辑 / 审核 editor lines.
- Projects: named works inspected, reported or pushed: 产业园 (二期) industrial_park; 供热 / 供暖 / 污水处理站 works
  infrastructure_project; 防洪治理 engineering_work; 生态保护修复 / 生态治理 / 沙化草原治理 / 鼠害综合治理 greening_project; 老旧
  小区改造 housing_project; 基地, 加工车间, 人居环境整治项目, 游客服务中心, 景区提升, 高标准农田 (named, with its 乡 and year),
  the monastery's 消防设施改造工程 ``project``. The 《…实施方案》 is a document.
- Places: one line per name per file as written; places inside titles, organ references, team names and project names count
  (天津市, 山东省, 广东省, 福建省, 甘南, 夏河, 巴宜区, 林芝市, 西吉, 洮河, 浩门河, 葫芦河 …); ``合作`` (the city written bare,
  ``在合作召开``) is a place; site lines, breadcrumbs, 索引号 table, stamps, 来源 lines, bylines, 相关链接 / 本版其他新闻 / 上一篇
  / 下一篇 lists and footers are not annotated; abbreviations (津甘, 鲁青, 沪滇, 闽宁) are not places. Kinds: 州 / 州's short name
  autonomous_prefecture; a monastery heritage_site (as earlier parts' 寺); 黄河首曲 and 祁连片区 area; 黄河九曲第一湾 scenic_area.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GN, HB, AB, DQ = "甘南藏族自治州", "海北藏族自治州", "阿坝藏族羌族自治州", "迪庆藏族自治州"
MY, WX = "门源回族自治县", "维西傈僳族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ec01_gannan.txt": (2022, "发文日期：2022-05-27", GN, [
        ("尕藏当周主持召开州政府第12次常务会议", "5月26日下午", "2022-05-26", "5月26日下午，州政府第12次常务会议",
         "州政府 信息公开 page (索引号 table): the 州政府常务会议 (州长 主持; 常务副州长, 副州长 list, 秘书长 出席; two 州 department heads 汇报)")]),
    "ec02_xiahe.txt": (2022, "发布时间：2022-08-17 18:32", "夏河县", [
        ("华旦才让到曲奥乡、唐尕昂乡调研乡村振兴和牧区产业发展工作", "8月16日", "2022-08-16", "8月16日，县委副书记、县长华旦才让",
         "county site: the 县长's 调研 of two 乡; a 天津 东西部协作 挂职 副县长 heading the 工作组; 乡党委书记, 乡长")]),
    "ec03_maqu.txt": (2024, "2024年06月14日　星期五", GN, [
        ("蔡家明在玛曲县调研时强调", "6月12日至13日", "2024-06-12", "本报玛曲讯（记者 赵海英 德吉卓嘎）",
         "州 paper 第01版: the 州委书记's 调研 in 玛曲县 and the 座谈会; the former 夏河 县长 now 副州长; 镇党委书记")]),
    "ec04_menyuan.txt": (2021, "发布时间：2021年09月10日", MY, [
        ("马永福到阴田乡、东川镇调研秋收和重点项目建设工作", "9月9日", "2021-09-09", "9月9日，县委副书记、县长马永福",
         "autonomous county site: the 县长's 调研; a 山东援青 挂职 副县长; Hui 乡 / 镇 heads (马海龙#1)")]),
    "ec05_qilian.txt": (2024, "时间：2024-07-19 17:05", HB, [
        ("索南扎西在祁连县调研生态保护和重点项目建设工作", "7月18日", "2024-07-18", "7月18日，州委副书记、州长索南扎西",
         "州政府 site: the 州长's 调研 in 祁连县; the former 门源 援青 副县长 now 州委常委、副州长（挂职） and 援青干部管理组组长")]),
    "ec06_hongyuan.txt": (2023, "发布日期：2023-05-23", "红原县", [
        ("泽郎多吉到瓦切镇、江茸乡调研牦牛产业和东西部协作项目", "5月22日", "2023-05-22", "（记者 杨晓琴 通讯员 泽尔登）5月22日",
         "county site: the 县长's 调研 with a 浙江苍南 挂职 副县长; 镇党委书记, 乡长")]),
    "ec07_ruoergai.txt": (2025, "2025年4月17日　星期四", AB, [
        ("高建华在若尔盖县调研时强调", "4月15日至16日", "2025-04-15", "本报讯（记者 尔玛依）4月15日",
         "州 paper 第01版: the 州委书记's 调研 and 座谈会 in 若尔盖县; the former 红原 县长 now 若尔盖县委书记")]),
    "ec08_weixi.txt": (2024, "发布时间：2024-10-22 18:40:12", DQ, [
        ("格茸次里到维西县调研高原特色农业和沪滇协作工作", "10月20日至21日", "2024-10-20", "香格里拉网讯（记者 和晓燕）",
         "州 paper portal: the 州长's 调研 in an autonomous county; a 上海援滇 挂职 副县长; 乡党委书记 and 乡长")]),
    "ec09_bayi.txt": (2023, "2023年08月30日 17时42分", "巴宜区", [
        ("旦增朗杰到布久乡调研寺庙管理和驻村工作", "8月29日", "2023-08-29", "8月29日，区委副书记、区长旦增朗杰",
         "区 site: the 区长's 调研 of a monastery's 寺管会 and a village's 驻村工作队; a 广东援藏 区委常务副书记")]),
    "ec10_xiji.txt": (2024, "2024年04月11日　星期四", "固原市", [
        ("马占武在西吉县调研时强调", "4月10日", "2024-04-10", "本报讯（记者 海宁宁）4月10日",
         "city paper 第01版: the 市长's 调研 in 西吉县; a 福建 援宁 挂职 副县长; 镇党委书记 (马海龙#2)")]),
}

_SUN02 = "天津市东西部协作甘南工作队夏河工作组组长、县委常委、副县长（挂职）孙浩然"
_LV04 = "山东援青干部、县委常委、副县长（挂职）吕振东"
_LV05 = "州委常委、副州长（挂职），山东省第五批援青干部管理组组长吕振东"
_YE06 = "浙江苍南挂职干部、县委常委、副县长叶凯文"
_GU08 = "上海援滇干部、县委常委、副县长（挂职）顾文杰"
_HP08 = "乡党委书记和志刚、乡长李金秀"
_LI09 = "广东省第十批援藏工作队巴宜区工作组组长、区委常务副书记黎志聪"
_LIN10 = "福建省援宁工作队西吉工作组组长、县委常委、副县长（挂职）林志杰"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 甘肃 甘南
    "ec:尕藏当周": ("尕藏当周", "official", GN, [
        ("ec01", f"{GN}委", "副书记", "州委副书记、州长尕藏当周主持会议", "2022-05; bare 州委 on the 甘南州 site = 甘南藏族自治州委; named in the headline too"),
        ("ec01", f"{GN}政府", "州长", "州委副书记、州长尕藏当周主持会议", None)], []),
    "ec:韩立群": ("韩立群", "official", GN, [
        ("ec01", f"{GN}委", "常委", "州委常委、常务副州长韩立群", None),
        ("ec01", f"{GN}政府", "常务副州长", "州委常委、常务副州长韩立群", None)], []),
    "ec:李振邦": ("李振邦", "official", GN, [
        ("ec01", f"{GN}政府", "副州长", "副州长李振邦、拉毛措", "list after one title")], []),
    "ec:拉毛措": ("拉毛措", "official", GN, [
        ("ec01", f"{GN}政府", "副州长", "副州长李振邦、拉毛措", "list after one title")], []),
    "ec:范永祥": ("范永祥", "official", GN, [
        ("ec01", f"{GN}政府", "秘书长", "州政府秘书长范永祥", None)], []),
    "ec:杨继刚": ("杨继刚", "official", GN, [
        ("ec01", f"{GN}发展改革委", "主任", "州发展改革委主任杨继刚", None)], []),
    "ec:才让吉": ("才让吉", "official", GN, [
        ("ec01", f"{GN}林业和草原局", "局长", "州林业和草原局局长才让吉", None)], []),
    "ec:华旦才让": ("华旦才让", "official", GN, [
        ("ec02", "夏河县委", "副书记", "县委副书记、县长华旦才让", "2022-08: bare 县委 on the 夏河县 site (identity case: 副州长 in 2024, ec03)"),
        ("ec02", "夏河县政府", "县长", "县委副书记、县长华旦才让", "named in the headline too"),
        ("ec03", f"{GN}政府", "副州长", "副州长华旦才让", "2024-06: now 甘南 副州长 (bare 副州长 in the 甘南日报)")], []),
    "ec:孙浩然": ("孙浩然", "official", "夏河县", [
        ("ec02", "天津市东西部协作甘南工作队夏河工作组", "组长", _SUN02, "a team's role is a post of the team as written (as y, cv)"),
        ("ec02", "夏河县委", "常委", _SUN02, "挂职: a holding of the organ where held, title without （挂职） (as au)"),
        ("ec02", "夏河县政府", "副县长", _SUN02, None)], []),
    "ec:谢景文": ("谢景文", "official", "夏河县", [
        ("ec02", "夏河县乡村振兴局", "局长", "县乡村振兴局局长谢景文", "县乡村振兴局 = 夏河's here, 门源's in ec04")], []),
    "ec:更登达杰": ("更登达杰", "official", "夏河县", [
        ("ec02", "夏河县曲奥乡党委", "书记", "乡党委书记更登达杰", "in the ``在曲奥乡，`` paragraph")], []),
    "ec:桑吉卓玛": ("桑吉卓玛", "official", "夏河县", [
        ("ec02", "夏河县曲奥乡党委", "副书记", "乡党委副书记、乡长桑吉卓玛", None),
        ("ec02", "夏河县曲奥乡政府", "乡长", "乡党委副书记、乡长桑吉卓玛", None)], []),
    "ec:李卫东": ("李卫东", "official", "夏河县", [
        ("ec02", "夏河县唐尕昂乡党委", "书记", "唐尕昂乡党委书记李卫东", None)], []),
    "ec:蔡家明": ("蔡家明", "official", GN, [
        ("ec03", f"{GN}委", "书记", "州委书记蔡家明深入玛曲县", "bare 州委书记 in the 甘南日报 = 甘南's (阿坝's in ec07); named in the headline too")], []),
    "ec:旦正加措": ("旦正加措", "official", GN, [
        ("ec03", f"{GN}委", "常委", "州委常委、州委秘书长旦正加措", None),
        ("ec03", f"{GN}委", "秘书长", "州委常委、州委秘书长旦正加措", "as y's 州委常委、秘书长")], []),
    "ec:杜永刚": ("杜永刚", "official", "玛曲县", [
        ("ec03", "玛曲县委", "书记", "玛曲县委书记杜永刚", None)], []),
    "ec:完么才让": ("完么才让", "official", "玛曲县", [
        ("ec03", "玛曲县委", "副书记", "县委副书记、县长完么才让", "bare, right after 玛曲县委书记"),
        ("ec03", "玛曲县政府", "县长", "县委副书记、县长完么才让", None)], []),
    "ec:万玛加": ("万玛加", "official", "玛曲县", [
        ("ec03", "玛曲县阿万仓镇党委", "书记", "镇党委书记万玛加", "in the ``在阿万仓镇，`` sentence")], []),
    # ---- 青海 海北
    "ec:马永福": ("马永福", "official", MY, [
        ("ec04", f"{MY}委", "副书记", "县委副书记、县长马永福", "bare 县委 on the 门源 site = 门源回族自治县委 (full name, as y); named in the headline too"),
        ("ec04", f"{MY}政府", "县长", "县委副书记、县长马永福", None)], []),
    "ec:吕振东": ("吕振东", "official", HB, [
        ("ec04", f"{MY}委", "常委", _LV04, "2021-09; ``山东援青干部`` is no post; 挂职 post held in 门源 (identity case: 海北 副州长 in 2024, ec05)"),
        ("ec04", f"{MY}政府", "副县长", _LV04, None),
        ("ec05", f"{HB}委", "常委", _LV05, "2024-07: now 州委常委、副州长（挂职）"),
        ("ec05", f"{HB}政府", "副州长", _LV05, None),
        ("ec05", "山东省第五批援青干部管理组", "组长", _LV05, "a team's role is a post of the team")], []),
    "ec:韩德海": ("韩德海", "official", MY, [
        ("ec04", f"{MY}乡村振兴局", "局长", "县乡村振兴局局长韩德海", "县乡村振兴局 = 门源's here, 夏河's in ec02")], []),
    "ec:冶生福": ("冶生福", "official", MY, [
        ("ec04", f"{MY}阴田乡党委", "书记", "乡党委书记冶生福", "in the ``在阴田乡，`` paragraph")], []),
    "ec:马海龙#1": ("马海龙", "official", MY, [
        ("ec04", f"{MY}阴田乡党委", "副书记", "乡党委副书记、乡长马海龙", "门源 (青海), 2021; not the 马海龙 of 西吉县将台堡镇 (宁夏, ec10)"),
        ("ec04", f"{MY}阴田乡政府", "乡长", "乡党委副书记、乡长马海龙", None)], []),
    "ec:李成栋": ("李成栋", "official", MY, [
        ("ec04", f"{MY}东川镇党委", "书记", "东川镇党委书记李成栋", None)], []),
    "ec:索南扎西": ("索南扎西", "official", HB, [
        ("ec05", f"{HB}委", "副书记", "州委副书记、州长索南扎西", "bare 州委 on the 海北州 site = 海北藏族自治州委; named in the headline too"),
        ("ec05", f"{HB}政府", "州长", "州委副书记、州长索南扎西", None)], []),
    "ec:赵红霞": ("赵红霞", "official", HB, [
        ("ec05", f"{HB}政府", "副秘书长", "州政府副秘书长赵红霞", None)], []),
    "ec:陈立峰": ("陈立峰", "official", "祁连县", [
        ("ec05", "祁连县委", "书记", "祁连县委书记陈立峰", None)], []),
    "ec:多杰才旦": ("多杰才旦", "official", "祁连县", [
        ("ec05", "祁连县委", "副书记", "县委副书记、县长多杰才旦", "bare, right after 祁连县委书记"),
        ("ec05", "祁连县政府", "县长", "县委副书记、县长多杰才旦", None)], []),
    "ec:华尔旦": ("华尔旦", "official", "祁连县", [
        ("ec05", "祁连县阿柔乡党委", "书记", "乡党委书记华尔旦", "in the ``在阿柔乡，`` sentence")], []),
    # ---- 四川 阿坝
    "ec:泽郎多吉": ("泽郎多吉", "official", AB, [
        ("ec06", "红原县委", "副书记", "县委副书记、县长泽郎多吉", "2023-05: bare 县委 on the 红原县 site (identity case: 若尔盖县委书记 in 2025, ec07)"),
        ("ec06", "红原县政府", "县长", "县委副书记、县长泽郎多吉", "named in the headline too"),
        ("ec07", "若尔盖县委", "书记", "若尔盖县委书记泽郎多吉", "2025-04: now 若尔盖县委书记")], []),
    "ec:叶凯文": ("叶凯文", "official", "红原县", [
        ("ec06", "红原县委", "常委", _YE06, "``浙江苍南挂职干部`` is no post; the 红原 posts are"),
        ("ec06", "红原县政府", "副县长", _YE06, None)], []),
    "ec:阿旺泽仁": ("阿旺泽仁", "official", "红原县", [
        ("ec06", "红原县发展和改革局", "局长", "县发展和改革局局长阿旺泽仁", None)], []),
    "ec:罗尔伍": ("罗尔伍", "official", "红原县", [
        ("ec06", "红原县瓦切镇党委", "书记", "镇党委书记罗尔伍", "in the ``在瓦切镇，`` sentence")], []),
    "ec:俄木卓玛": ("俄木卓玛", "official", "红原县", [
        ("ec06", "红原县江茸乡党委", "副书记", "乡党委副书记、乡长俄木卓玛", "in the ``在江茸乡，`` sentence"),
        ("ec06", "红原县江茸乡政府", "乡长", "乡党委副书记、乡长俄木卓玛", None)], []),
    "ec:高建华": ("高建华", "official", AB, [
        ("ec07", f"{AB}委", "书记", "州委书记高建华深入若尔盖县", "bare 州委书记 in the 阿坝日报 = 阿坝's; named in the headline too")], []),
    "ec:何振宇": ("何振宇", "official", AB, [
        ("ec07", f"{AB}委", "常委", "州委常委、常务副州长何振宇", None),
        ("ec07", f"{AB}政府", "常务副州长", "州委常委、常务副州长何振宇", None)], []),
    "ec:尕玛泽仁": ("尕玛泽仁", "official", "若尔盖县", [
        ("ec07", "若尔盖县委", "副书记", "县委副书记、县长尕玛泽仁", "bare, right after 若尔盖县委书记"),
        ("ec07", "若尔盖县政府", "县长", "县委副书记、县长尕玛泽仁", None)], []),
    "ec:王晓川": ("王晓川", "official", "若尔盖县", [
        ("ec07", "若尔盖县唐克镇党委", "书记", "镇党委书记王晓川", "in the ``在唐克镇，`` sentence")], []),
    # ---- 云南 迪庆
    "ec:格茸次里": ("格茸次里", "official", DQ, [
        ("ec08", f"{DQ}委", "副书记", "州委副书记、州长格茸次里", "bare 州委 on the 迪庆 paper's portal = 迪庆藏族自治州委; named in the headline too"),
        ("ec08", f"{DQ}政府", "州长", "州委副书记、州长格茸次里", None)], []),
    "ec:林志远": ("林志远", "official", DQ, [
        ("ec08", f"{DQ}政府", "副州长", "州政府副州长林志远", None)], []),
    "ec:余春华": ("余春华", "official", WX, [
        ("ec08", f"{WX}委", "书记", "维西县委书记余春华", "维西县委 → 维西傈僳族自治县委 (full label)")], []),
    "ec:蜂建林": ("蜂建林", "official", WX, [
        ("ec08", f"{WX}委", "副书记", "县委副书记、县长蜂建林", "bare, right after 维西县委书记"),
        ("ec08", f"{WX}政府", "县长", "县委副书记、县长蜂建林", None)], []),
    "ec:顾文杰": ("顾文杰", "official", WX, [
        ("ec08", f"{WX}委", "常委", _GU08, "``上海援滇干部`` is no post"),
        ("ec08", f"{WX}政府", "副县长", _GU08, None)], []),
    "ec:和志刚": ("和志刚", "official", WX, [
        ("ec08", f"{WX}攀天阁乡党委", "书记", _HP08, "in the ``在攀天阁乡，`` sentence")], []),
    "ec:李金秀": ("李金秀", "official", WX, [
        ("ec08", f"{WX}攀天阁乡政府", "乡长", _HP08, None)], []),
    # ---- 西藏 林芝 巴宜区
    "ec:旦增朗杰": ("旦增朗杰", "official", "巴宜区", [
        ("ec09", "巴宜区委", "副书记", "区委副书记、区长旦增朗杰", "named in the headline too"),
        ("ec09", "巴宜区政府", "区长", "区委副书记、区长旦增朗杰", None)], []),
    "ec:黎志聪": ("黎志聪", "official", "巴宜区", [
        ("ec09", "广东省第十批援藏工作队巴宜区工作组", "组长", _LI09, "a team's role is a post of the team"),
        ("ec09", "巴宜区委", "常务副书记", _LI09, None)], []),
    "ec:次仁央宗": ("次仁央宗", "official", "巴宜区", [
        ("ec09", "巴宜区委", "常委", "区委常委、统战部部长次仁央宗", None),
        ("ec09", "巴宜区委统战部", "部长", "区委常委、统战部部长次仁央宗", "统战部 after 区委常委 = 区委统战部")], []),
    "ec:张永平": ("张永平", "official", "巴宜区", [
        ("ec09", "巴宜区布久乡党委", "书记", "布久乡党委书记张永平", None)], []),
    "ec:米玛次仁": ("米玛次仁", "official", "巴宜区", [
        ("ec09", "巴宜区喇嘛岭寺寺管会", "主任", "喇嘛岭寺寺管会主任米玛次仁", "DECIDED HERE: 寺管会 = county-level label + monastery + 寺管会")], []),
    "ec:白玛曲珍": ("白玛曲珍", "official", "巴宜区", [
        ("ec09", "巴宜区布久乡珠曲登村驻村工作队", "队长", "林芝市财政局驻珠曲登村工作队队长白玛曲珍", "DECIDED HERE (as aq): the village's 驻村工作队; 林芝市财政局 (派出单位) gives no line")], []),
    "ec:扎西平措": ("扎西平措", "official", "巴宜区", [
        ("ec09", "巴宜区布久乡党委", "副书记", "乡党委副书记、乡长扎西平措", "the 布久乡 article"),
        ("ec09", "巴宜区布久乡政府", "乡长", "乡党委副书记、乡长扎西平措", None)], []),
    # ---- 宁夏 固原
    "ec:马占武": ("马占武", "official", "固原市", [
        ("ec10", "固原市委", "副书记", "市委副书记、市长马占武", "bare 市委 in the 固原日报; named in the headline too"),
        ("ec10", "固原市政府", "市长", "市委副书记、市长马占武", None)], []),
    "ec:苗海涛": ("苗海涛", "official", "固原市", [
        ("ec10", "固原市政府", "副市长", "副市长苗海涛", None)], []),
    "ec:宋景涛": ("宋景涛", "official", "西吉县", [
        ("ec10", "西吉县委", "书记", "西吉县委书记宋景涛", None)], []),
    "ec:马俊福": ("马俊福", "official", "西吉县", [
        ("ec10", "西吉县委", "副书记", "县委副书记、县长马俊福", "bare, right after 西吉县委书记"),
        ("ec10", "西吉县政府", "县长", "县委副书记、县长马俊福", None)], []),
    "ec:林志杰": ("林志杰", "official", "西吉县", [
        ("ec10", "福建省援宁工作队西吉工作组", "组长", _LIN10, "a team's role is a post of the team"),
        ("ec10", "西吉县委", "常委", _LIN10, "挂职: title without （挂职）"),
        ("ec10", "西吉县政府", "副县长", _LIN10, None)], []),
    "ec:马海龙#2": ("马海龙", "official", "西吉县", [
        ("ec10", "西吉县将台堡镇党委", "书记", "镇党委书记马海龙", "西吉 (宁夏), 2024; not the 马海龙 of 门源县阴田乡 (青海, ec04)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ec01", "卢晓东", "责任编辑", "editor", "责任编辑：卢晓东"),
    ("ec02", "拉毛草", "编辑", "editor", "编辑：拉毛草"),
    ("ec02", "何婷", "审核", "editor", "审核：何婷"),
    ("ec03", "赵海英", "记者", "reporter", "本报玛曲讯（记者 赵海英 德吉卓嘎）"),
    ("ec03", "德吉卓嘎", "记者", "reporter", "本报玛曲讯（记者 赵海英 德吉卓嘎）"),
    ("ec03", "牟晓军", "责任编辑", "editor", "责任编辑：牟晓军"),
    ("ec04", "秦雪梅", "撰稿", "author", "撰稿：秦雪梅"),
    ("ec04", "祁顺德", "摄影", "photographer", "摄影：祁顺德"),
    ("ec04", "王丽娜", "编辑", "editor", "编辑：王丽娜"),
    ("ec05", "马丽霞", "责任编辑", "editor", "责任编辑：马丽霞"),
    ("ec06", "杨晓琴", "记者", "reporter", "（记者 杨晓琴 通讯员 泽尔登）"),
    ("ec06", "泽尔登", "通讯员", "correspondent", "（记者 杨晓琴 通讯员 泽尔登）"),
    ("ec06", "王婧雯", "编辑", "editor", "编辑：王婧雯"),
    ("ec06", "李娅", "审核", "editor", "审核：李娅"),
    ("ec07", "尔玛依", "记者", "reporter", "本报讯（记者 尔玛依）"),
    ("ec07", "郑雅婷", "责任编辑", "editor", "责任编辑：郑雅婷"),
    ("ec08", "和晓燕", "记者", "reporter", "香格里拉网讯（记者 和晓燕）"),
    ("ec08", "孔令杰", "责任编辑", "editor", "责任编辑：孔令杰"),
    ("ec09", "次旦卓嘎", "责任编辑", "editor", "责任编辑：次旦卓嘎"),
    ("ec10", "海宁宁", "记者", "reporter", "本报讯（记者 海宁宁）"),
    ("ec10", "袁立成", "责任编辑", "editor", "责任编辑：袁立成"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ec01", "州政府第12次常务会议", "meeting (州政府常务会议)", "5月26日下午", "尕藏当周", None, [],
     ["韩立群", "李振邦", "拉毛措", "范永祥"], ["杨继刚", "才让吉", "尕藏当周", "韩立群"], "合作",
     "州政府第12次常务会议在合作召开",
     ["州长尕藏当周主持会议", "州委常委、常务副州长韩立群，副州长李振邦、拉毛措，州政府秘书长范永祥出席会议",
      "州发展改革委主任杨继刚关于", "州林业和草原局局长才让吉关于", "尕藏当周强调", "韩立群就做好上半年经济运行调度"]),
    ("ec02", "曲奥乡、唐尕昂乡乡村振兴和牧区产业发展调研", "inspection (调研)", "8月16日", None, "华旦才让", [],
     ["孙浩然", "谢景文"], ["更登达杰", "桑吉卓玛", "李卫东", "华旦才让", "孙浩然", "谢景文"], "曲奥乡、唐尕昂乡",
     "县委副书记、县长华旦才让到曲奥乡、唐尕昂乡调研乡村振兴和牧区产业发展工作",
     ["县长华旦才让到曲奥乡、唐尕昂乡调研", "县乡村振兴局局长谢景文陪同调研", "乡党委书记更登达杰汇报了", "乡长桑吉卓玛介绍了",
      "唐尕昂乡党委书记李卫东汇报了", "华旦才让指出", "孙浩然表示", "谢景文就做好防返贫动态监测"]),
    ("ec03", "玛曲县黄河上游生态保护、沙化草原治理和文旅融合发展调研", "inspection (调研)", "6月12日至13日", None, "蔡家明", [],
     ["旦正加措", "华旦才让", "杜永刚", "完么才让"], ["万玛加"], "玛曲县",
     "州委书记蔡家明深入玛曲县，调研黄河上游生态保护、沙化草原治理和文旅融合发展工作",
     ["州委书记蔡家明深入玛曲县", "县委副书记、县长完么才让陪同调研", "镇党委书记万玛加介绍了"]),
    ("ec03", "玛曲县工作座谈会", "meeting (座谈会)", "13日上午", "蔡家明", None, [],
     [], ["完么才让", "蔡家明", "华旦才让", "杜永刚"], "玛曲县",
     "13日上午，蔡家明在玛曲县主持召开座谈会，听取玛曲县工作汇报",
     ["蔡家明在玛曲县主持召开座谈会", "完么才让汇报了", "座谈会上，蔡家明强调", "会上，华旦才让就做好汛期安全", "杜永刚表示"]),
    ("ec04", "阴田乡、东川镇秋收和重点项目建设调研", "inspection (调研)", "9月9日", None, "马永福", [],
     ["吕振东", "韩德海"], ["冶生福", "马海龙", "李成栋", "吕振东", "马永福", "韩德海"], "阴田乡、东川镇",
     "县委副书记、县长马永福深入阴田乡、东川镇，调研秋收秋种、高标准农田建设和鲁青合作项目推进情况",
     ["县长马永福深入阴田乡、东川镇", "县乡村振兴局局长韩德海陪同调研", "乡党委书记冶生福关于", "乡长马海龙介绍了",
      "东川镇党委书记李成栋汇报了", "吕振东介绍了", "马永福强调", "韩德海就做好脱贫人口秋冬季务工服务"]),
    ("ec05", "祁连县生态保护和重点项目建设调研", "inspection (调研)", "7月18日", None, "索南扎西", [],
     ["吕振东", "赵红霞", "陈立峰", "多杰才旦"], ["华尔旦", "多杰才旦", "索南扎西", "吕振东", "陈立峰"], "祁连县",
     "州委副书记、州长索南扎西深入祁连县，调研祁连山国家公园生态保护、城镇供热和牧区产业发展工作",
     ["州长索南扎西深入祁连县", "县委副书记、县长多杰才旦陪同调研", "乡党委书记华尔旦介绍了", "多杰才旦汇报了",
      "索南扎西强调", "吕振东表示", "陈立峰表示"]),
    ("ec06", "瓦切镇、江茸乡牦牛产业和东西部协作项目调研", "inspection (调研)", "5月22日", None, "泽郎多吉", [],
     ["叶凯文", "阿旺泽仁"], ["罗尔伍", "俄木卓玛", "泽郎多吉", "叶凯文", "阿旺泽仁"], "瓦切镇、江茸乡",
     "县委副书记、县长泽郎多吉深入瓦切镇、江茸乡，调研牦牛产业发展、草原生态保护和东西部协作项目推进情况",
     ["县长泽郎多吉深入瓦切镇、江茸乡", "县发展和改革局局长阿旺泽仁陪同调研", "镇党委书记罗尔伍汇报了", "乡长俄木卓玛介绍了",
      "泽郎多吉指出", "叶凯文表示", "阿旺泽仁就加快项目前期工作"]),
    ("ec07", "若尔盖县黄河上游生态保护、湿地保护修复和文旅产业发展调研", "inspection (调研)", "4月15日至16日", None, "高建华", [],
     ["何振宇", "泽郎多吉", "尕玛泽仁"], ["王晓川"], "若尔盖县",
     "州委书记高建华深入若尔盖县，调研黄河上游生态保护、湿地保护修复和文旅产业发展工作",
     ["州委书记高建华深入若尔盖县", "县委副书记、县长尕玛泽仁陪同调研", "镇党委书记王晓川介绍了"]),
    ("ec07", "若尔盖县工作座谈会", "meeting (座谈会)", "16日下午", "高建华", None, [],
     [], ["泽郎多吉", "尕玛泽仁", "高建华", "何振宇"], "若尔盖县",
     "16日下午，高建华在若尔盖县主持召开座谈会",
     ["高建华在若尔盖县主持召开座谈会", "泽郎多吉汇报了", "尕玛泽仁就全县重点项目建设作了补充汇报", "会上，高建华强调",
      "何振宇在座谈会上就做好春季"]),
    ("ec08", "维西县高原特色农业和沪滇协作调研", "inspection (调研)", "10月20日至21日", None, "格茸次里", [],
     ["林志远", "余春华", "蜂建林", "顾文杰"], ["和志刚", "李金秀", "顾文杰", "格茸次里", "林志远", "余春华"], "攀天阁乡、塔城镇",
     "州委副书记、州长格茸次里深入维西傈僳族自治县攀天阁乡、塔城镇，调研高原特色农业、沪滇协作项目和防汛救灾后续工作",
     ["州长格茸次里深入维西傈僳族自治县", "副县长（挂职）顾文杰陪同调研", "乡党委书记和志刚、乡长李金秀汇报了", "顾文杰介绍了",
      "格茸次里强调", "林志远要求", "余春华表示"]),
    ("ec09", "布久乡寺庙管理、驻村帮扶和林下经济发展调研", "inspection (调研)", "8月29日", None, "旦增朗杰", [],
     ["黎志聪", "次仁央宗", "张永平"], ["米玛次仁", "白玛曲珍", "扎西平措", "旦增朗杰", "黎志聪", "次仁央宗"], "布久乡",
     "区委副书记、区长旦增朗杰深入布久乡，调研寺庙管理、驻村帮扶和林下经济发展工作",
     ["区长旦增朗杰深入布久乡", "布久乡党委书记张永平陪同调研", "寺管会主任米玛次仁关于", "工作队队长白玛曲珍介绍了",
      "乡长扎西平措汇报了", "旦增朗杰强调", "黎志聪表示", "次仁央宗就做好寺庙管理"]),
    ("ec10", "西吉县春耕生产、肉牛产业和闽宁协作项目调研", "inspection (调研)", "4月10日", None, "马占武", [],
     ["苗海涛", "宋景涛", "马俊福", "林志杰"], ["马海龙", "马俊福", "林志杰", "马占武", "苗海涛", "宋景涛"], "西吉县",
     "市委副书记、市长马占武深入西吉县，调研春耕生产、肉牛产业和闽宁协作项目建设工作",
     ["市长马占武深入西吉县", "副县长（挂职）林志杰陪同调研", "镇党委书记马海龙汇报了", "马俊福介绍了", "林志杰介绍了",
      "马占武强调", "苗海涛就做好春季森林防火", "宋景涛表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ec01", "合作市城区集中供热改造工程", "infrastructure_project", "合作市城区集中供热改造工程"),
    ("ec01", "洮河流域甘南段生态保护修复项目", "greening_project", "洮河流域甘南段生态保护修复项目"),
    ("ec01", "夏河县拉卜楞镇老旧小区改造项目", "housing_project", "夏河县拉卜楞镇老旧小区改造项目进度滞后"),
    ("ec02", "曲奥乡牦牛藏羊繁育基地", "project", "察看了曲奥乡牦牛藏羊繁育基地"),
    ("ec02", "津甘协作牦牛乳制品加工车间", "project", "津甘协作牦牛乳制品加工车间"),
    ("ec02", "唐尕昂乡人居环境整治项目", "project", "唐尕昂乡人居环境整治项目推进情况"),
    ("ec03", "玛曲县黄河首曲沙化草原治理项目", "greening_project", "玛曲县黄河首曲沙化草原治理项目"),
    ("ec03", "阿万仓镇游客服务中心建设项目", "project", "阿万仓镇游客服务中心建设项目"),
    ("ec04", "阴田乡2021年高标准农田建设项目", "project", "察看了阴田乡2021年高标准农田建设项目"),
    ("ec04", "东川镇鲁青合作冷凉蔬菜产业园", "industrial_park", "东川镇鲁青合作冷凉蔬菜产业园"),
    ("ec04", "浩门河东川段防洪治理工程", "engineering_work", "浩门河东川段防洪治理工程施工现场"),
    ("ec05", "八宝镇城区供热管网改造工程", "infrastructure_project", "八宝镇城区供热管网改造工程施工现场"),
    ("ec05", "阿柔乡牦牛藏羊标准化养殖示范基地", "project", "阿柔乡牦牛藏羊标准化养殖示范基地"),
    ("ec06", "瓦切镇牦牛乳业产业园二期", "industrial_park", "瓦切镇牦牛乳业产业园二期"),
    ("ec06", "苍南—红原东西部协作牦牛肉精深加工项目", "project", "苍南—红原东西部协作牦牛肉精深加工项目建设现场"),
    ("ec06", "江茸乡草原鼠害综合治理项目", "greening_project", "江茸乡草原鼠害综合治理项目进展"),
    ("ec07", "黄河若尔盖段生态保护修复工程", "greening_project", "黄河若尔盖段生态保护修复工程"),
    ("ec07", "唐克镇黄河九曲第一湾景区提升项目", "project", "唐克镇黄河九曲第一湾景区提升项目"),
    ("ec07", "若尔盖县城集中供暖工程", "infrastructure_project", "若尔盖县城集中供暖工程现场"),
    ("ec08", "攀天阁乡高原特色中药材种植基地", "project", "攀天阁乡高原特色中药材种植基地"),
    ("ec08", "沪滇协作维西县中药材初加工车间", "project", "沪滇协作维西县中药材初加工车间"),
    ("ec08", "塔城镇集镇污水处理站建设项目", "infrastructure_project", "塔城镇集镇污水处理站建设项目"),
    ("ec09", "喇嘛岭寺消防设施改造工程", "project", "察看了喇嘛岭寺消防设施改造工程"),
    ("ec09", "布久乡林下经济示范基地", "project", "布久乡林下经济示范基地建设"),
    ("ec10", "西吉县马铃薯精深加工产业园二期", "industrial_park", "西吉县马铃薯精深加工产业园二期"),
    ("ec10", "将台堡镇闽宁协作肉牛养殖示范基地", "project", "将台堡镇闽宁协作肉牛养殖示范基地"),
    ("ec10", "葫芦河西吉段生态治理工程", "greening_project", "葫芦河西吉段生态治理工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ec01", "合作", "county_level_city", "standalone", "州政府第12次常务会议在合作召开"),
    ("ec01", "合作市", "county_level_city", "in_org_reference", "合作市政府负责人列席会议"),
    ("ec01", "洮河", "river", "in_project_name", "洮河流域甘南段生态保护修复项目"),
    ("ec01", "甘南", "autonomous_prefecture", "in_project_name", "洮河流域甘南段生态保护修复项目"),
    ("ec01", "夏河县", "county", "in_project_name", "夏河县拉卜楞镇老旧小区改造项目进度滞后"),
    ("ec01", "拉卜楞镇", "town", "in_project_name", "夏河县拉卜楞镇老旧小区改造项目进度滞后"),
    ("ec01", "甘南州", "autonomous_prefecture", "in_document_title", "《甘南州2022年东西部协作项目实施方案》"),
    ("ec01", "天津", "municipality", "standalone", "要用好天津对口帮扶资金"),
    ("ec02", "曲奥乡", "township", "standalone", "到曲奥乡、唐尕昂乡调研乡村振兴"),
    ("ec02", "唐尕昂乡", "township", "standalone", "到曲奥乡、唐尕昂乡调研乡村振兴"),
    ("ec02", "天津市", "municipality", "in_org_reference", _SUN02),
    ("ec02", "甘南", "autonomous_prefecture", "in_org_reference", _SUN02),
    ("ec02", "夏河", "county", "standalone", "帮助夏河特色农畜产品进入天津市场"),
    ("ec02", "天津", "municipality", "standalone", "天津援建资金将继续向产业项目"),
    ("ec03", "玛曲县", "county", "standalone", "州委书记蔡家明深入玛曲县"),
    ("ec03", "玛曲", "county", "standalone", "玛曲是黄河上游重要的水源涵养区"),
    ("ec03", "黄河", "river", "standalone", "调研黄河上游生态保护"),
    ("ec03", "黄河首曲", "area", "standalone", "守护好黄河首曲生态"),
    ("ec03", "尼玛镇", "town", "standalone", "先后来到尼玛镇、阿万仓镇"),
    ("ec03", "阿万仓镇", "town", "standalone", "先后来到尼玛镇、阿万仓镇"),
    ("ec03", "阿万仓湿地", "wetland", "standalone", "阿万仓湿地和阿万仓镇游客服务中心建设项目"),
    ("ec04", "阴田乡", "township", "standalone", "深入阴田乡、东川镇"),
    ("ec04", "东川镇", "town", "standalone", "深入阴田乡、东川镇"),
    ("ec04", "山东", "province", "standalone", _LV04),
    ("ec04", "浩门河", "river", "in_project_name", "浩门河东川段防洪治理工程施工现场"),
    ("ec04", "威海", "city", "standalone", "吕振东介绍了威海援建资金"),
    ("ec05", "祁连县", "county", "standalone", "州长索南扎西深入祁连县"),
    ("ec05", "祁连山国家公园", "national_park", "standalone", "调研祁连山国家公园生态保护"),
    ("ec05", "祁连山", "mountain", "standalone", "祁连县地处祁连山生态保护核心区域"),
    ("ec05", "祁连片区", "area", "standalone", "祁连山国家公园祁连片区黑河源管护站"),
    ("ec05", "黑河", "river", "standalone", "抓好国家公园管护和黑河源头保护"),
    ("ec05", "八宝镇", "town", "in_project_name", "八宝镇城区供热管网改造工程施工现场"),
    ("ec05", "阿柔乡", "township", "standalone", "在阿柔乡，乡党委书记华尔旦"),
    ("ec05", "山东省", "province", "in_org_reference", _LV05),
    ("ec05", "山东", "province", "standalone", "山东援青将继续聚焦产业协作"),
    ("ec06", "瓦切镇", "town", "standalone", "深入瓦切镇、江茸乡"),
    ("ec06", "江茸乡", "township", "standalone", "深入瓦切镇、江茸乡"),
    ("ec06", "浙江", "province", "standalone", "帮助红原牦牛产品拓展浙江市场"),
    ("ec06", "苍南", "county", "standalone", "苍南将进一步深化产业协作"),
    ("ec06", "红原", "county", "standalone", "牦牛产业是红原的主导产业"),
    ("ec07", "若尔盖县", "county", "standalone", "州委书记高建华深入若尔盖县"),
    ("ec07", "若尔盖", "county", "standalone", "若尔盖是黄河上游重要水源涵养地"),
    ("ec07", "若尔盖湿地", "wetland", "standalone", "若尔盖湿地保护和文旅产业发展情况"),
    ("ec07", "黄河", "river", "standalone", "调研黄河上游生态保护"),
    ("ec07", "唐克镇", "town", "standalone", "在唐克镇，镇党委书记王晓川"),
    ("ec07", "黄河九曲第一湾", "scenic_area", "standalone", "要依托黄河九曲第一湾等优质资源"),
    ("ec08", "维西傈僳族自治县", "county", "standalone", "深入维西傈僳族自治县攀天阁乡、塔城镇"),
    ("ec08", "维西县", "county", "standalone", "帮助维西县解决项目用地"),
    ("ec08", "攀天阁乡", "township", "standalone", "深入维西傈僳族自治县攀天阁乡、塔城镇"),
    ("ec08", "塔城镇", "town", "standalone", "深入维西傈僳族自治县攀天阁乡、塔城镇"),
    ("ec08", "上海", "municipality", "standalone", _GU08),
    ("ec09", "布久乡", "township", "standalone", "区长旦增朗杰深入布久乡"),
    ("ec09", "喇嘛岭寺", "heritage_site", "standalone", "在喇嘛岭寺，旦增朗杰察看了"),
    ("ec09", "珠曲登村", "village", "standalone", "在珠曲登村，旦增朗杰走访了驻村工作队"),
    ("ec09", "林芝市", "city", "in_org_reference", "林芝市财政局驻珠曲登村工作队队长白玛曲珍"),
    ("ec09", "广东省", "province", "in_org_reference", _LI09),
    ("ec09", "巴宜区", "district", "in_org_reference", _LI09),
    ("ec09", "东莞", "city", "standalone", "东莞援藏工作组将继续支持"),
    ("ec10", "西吉县", "county", "standalone", "市长马占武深入西吉县"),
    ("ec10", "将台堡镇", "town", "standalone", "在将台堡镇，镇党委书记马海龙"),
    ("ec10", "葫芦河", "river", "in_project_name", "葫芦河西吉段生态治理工程现场"),
    ("ec10", "西吉", "county", "in_org_reference", _LIN10),
    ("ec10", "福建省", "province", "in_org_reference", _LIN10),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ec", conventions="set ec (blind set: the western 藏区 and 回族 areas: 甘肃 甘南藏族自治州 (合作市, 夏河县, 玛曲县), 青海 海北藏族自治州 (门源回族自治县, 祁连县), 四川 阿坝藏族羌族自治州 (红原县, 若尔盖县), 云南 迪庆藏族自治州 (维西傈僳族自治县), 西藏 林芝市 巴宜区, 宁夏 固原市 西吉县: bare 州委 / 州政府 / 州 departments = the prefecture's full name (甘南藏族自治州委 …); autonomous counties take their full name; 乡 / 镇 posts = county label + 乡 + 党委 / 政府; 挂职 posts are the host organ's, title without （挂职）; 援青 / 援藏 / 援宁 / 东西部协作 team roles are posts of the team as written, 援X干部 / 挂职干部 labels are not; a 寺管会 = county label + monastery + 寺管会; a 驻村工作队 (written [单位]驻[村]工作队) = village label + 驻村工作队; Tibetan and Hui names without a dot; one line per post per article)",
          persons_note="Set ec persons. id = corpus-wide person_id (ec:马海龙#1 of 门源回族自治县阴田乡 (青海) and ec:马海龙#2 of 西吉县将台堡镇 (宁夏) are two people; ec:华旦才让 夏河县长 2022 → 甘南 副州长 2024; ec:吕振东 门源 援青 县委常委、副县长 2021 → 海北 州委常委、副州长（挂职）、山东省第五批援青干部管理组组长 2024; ec:泽郎多吉 红原县长 2023 → 若尔盖县委书记 2025)")


if __name__ == "__main__":
    main()
