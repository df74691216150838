"""Write gold part ``y`` (a blind set of counties and towns of ethnic-minority regions, where many officials' names
have no Han surname) from the tables below.

Pages ``tests/dev/texts/y*.txt`` were written for this part with invented person names (Tibetan, Yi, Kazakh, Uyghur and
Mongolian names beside Han ones) and mostly invented projects and villages, modelled on real pages of the genre read
with the ``search`` tool: 刚察 援青干部 调研 (``摄像 / 撰稿 / 编辑`` credits), 拉萨 林周 援藏项目 调研 with a ``县委常务副书记、
常务副县长``, 墨竹工卡 县委常委会（扩大）会议 on a 援藏 week (``来源：县委办 / 摄影 / 编辑（一审） / 责编（二审） / 审核（三审）``),
南江 县委常委会 with 出席 / 列席, a 凉山 州委常委扩大会议 list, 甘孜日报 pages (``本网讯（记者 …）``, ``州委副书记、州政府州长``,
``州政府副州长``), a 甘南日报 page (``州委书记``, ``副州长、合作市委书记``), a 九寨沟 人代会 electing the 县长, 巴林左旗 and
扎鲁特旗 pages of 苏木 and 嘎查 (``撰稿 / 编辑 / 责编 / 审核``), 琼结 and 亚东 援藏 考察 pages (a visiting 区长 with his
district's 援藏 team, a 联席会), 呼图壁 and 木垒 援疆 pages (福建 援疆 分指挥部 of 龙岩, 宁德 and 漳州). Places are real and
new to the corpus: 四川 甘孜藏族自治州 稻城县 (three pages), 四川 凉山彝族自治州 美姑县, 甘肃 甘南藏族自治州 碌曲县 (阿拉乡),
青海 果洛藏族自治州 班玛县, 西藏 日喀则市 亚东县, 内蒙古 锡林郭勒盟 东乌珠穆沁旗 (萨麦苏木), 新疆 昌吉回族自治州
木垒哈萨克自治县, 云南 迪庆藏族自治州 德钦县.

Shapes: a county site's 县融媒体中心讯 of the 县长's 调研 of named projects in two towns (y01); a county site's 县委常委会 with
出席 / 列席, a relayed 州委常委会 (not an event), an appointment to a town's 党委 with 免去 (y02); a county site's 人代会
闭幕会 where the 县委副书记、代县长 is elected 县长 and a 县人大常委会副主任 is elected (y03); a county WeChat article of a 乡's
推进会 followed by a village visit, ``推荐阅读`` and ``阅读 / 在看`` chrome (y04); a prefecture paper's 第01版 of the 州长's
two-day 调研 of a county and its 座谈会 (y05); a prefecture paper's 第01版 of the 州委书记's 调研 of a county with the new
副州长, the county's 县委书记 written in full and its 县长 bare, and a 座谈会 (y06); a county WeChat article on a visiting
上海 区 delegation (written in full) and the 对口支援工作联席会议 with a signing (y07); a 旗 site of the 政府旗长 in a 苏木 and
a 嘎查 (y08); an autonomous county's site of the 县长 (Kazakh name) in two 乡 with a 援疆 副县长 (y09); a county site of the
县委书记 in two 乡 with 乡党委书记 / 乡长 and a village 党总支书记 (y10).

Identity cases:
- a Tibetan-named official on three pages with a promotion: y:益西达瓦 is 稻城县副县长 in April 2021 (y01), 县委副书记、
  代县长 elected 稻城县人民政府县长 in January 2023 (y03), and 副州长 of 甘孜藏族自治州 in the 甘孜日报 of June 2025 (y06);
  the 县长 of y01 (y:降拥四郎) and of y06 (y:四郎翁堆) are other people.
- a Han official on two pages: y:彭立新 is 稻城县委书记 bare on the county site (y03, 2023) and written in full in the
  prefecture paper (y06, 2025: ``稻城县委书记彭立新``).
- two different people with one minority name in two prefectures: y:多吉才让#1 is 班玛县副县长 (青海 果洛, y05, 2022-08);
  y:多吉才让#2 is 碌曲县阿拉乡党委副书记、乡长 (甘肃 甘南, y04, 2022-06).
- the reporter y:格桑曲珍 and the editor y:邓雅丽 sign both 稻城 county-site pages (y01, y03; listed in PERSONS so that both
  files count, as p:袁婧).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts m, n, p, t and w where they speak; decided here where they are silent):
- DECIDED HERE (CONVENTIONS is silent on autonomous prefectures): the label is the gazetteer's full name of the
  division + organ, as 互助土族自治县 (m) and 岫岩满族自治县 (j) keep theirs: ``州委书记`` in the 甘孜日报 = 甘孜藏族自治州委
  书记, ``州委常委、秘书长`` = 甘孜藏族自治州委 常委 + 甘孜藏族自治州委 秘书长 (市委秘书长 is a post, part t), ``副州长`` =
  甘孜藏族自治州政府 副州长, ``州发展改革委主任`` = 甘孜藏族自治州发展改革委 主任; in the 果洛报 ``州委副书记、州长`` =
  果洛藏族自治州委 副书记 + 果洛藏族自治州政府 州长, ``州政府秘书长`` = 果洛藏族自治州政府 秘书长, ``州农牧局`` =
  果洛藏族自治州农牧局. An autonomous county the same: bare 县委 / 县长 / 乡 on the 木垒 site = 木垒哈萨克自治县委 /
  木垒哈萨克自治县政府 / 木垒哈萨克自治县大石头乡党委. A 旗 as in g and m (东乌珠穆沁旗委, 东乌珠穆沁旗政府 旗长, 副旗长).
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 / 县 departments on the 稻城, 美姑, 碌曲, 亚东,
  木垒 and 德钦 pages = that county; in a prefecture paper a bare ``县委副书记、县长`` right after ``班玛县委书记`` /
  ``稻城县委书记`` = that county's (as w). 乡 / 镇 / 苏木 posts: county label + town + 党委 / 政府 / 人大 (碌曲县阿拉乡人大
  主席; 东乌珠穆沁旗萨麦苏木政府 苏木达). Village posts are posts (as m): town label + village + 党支部 / 村委会, a 嘎查
  likewise (…宝日格斯台嘎查党支部 书记 + …宝日格斯台嘎查委员会 主任), a 党总支 as written (德钦县云岭乡西当村党总支 书记).
- Visitors in full (y07): ``上海市普陀区委副书记、区长`` → 上海市普陀区委 副书记 + 上海市普陀区政府 区长; 普陀区 is also a
  district of 舟山, so the label takes its city (CONVENTIONS, as 开封市鼓楼区); the place rows keep the names as written
  (上海市, 普陀区, 普陀). ``日喀则市副市长`` → 日喀则市政府 副市长.
- ``上海市第十批援藏干部人才亚东联络小组组长`` is a post of the team (CONVENTIONS: a temporary group's 组长, as the sample's
  gold annotates 巡回指导组组长; first annotated here as none). Not posts: ``（福建漳州援疆干部）`` (林志斌's posts are 木垒 ones), 各村“两委”班子成员, 县领导.
- An election is a holding (part n): ``县委副书记、代县长益西达瓦当选为稻城县人民政府县长`` gives 稻城县委 副书记, 稻城县政府
  代县长 (held until the vote) and 稻城县政府 县长, one line each, from the election sentence; ``次仁翁姆当选为稻城县人大常委会
  副主任`` is a holding; 大会主席团常务主席 is a session role. ``沙马有格同志任巴普镇党委书记`` is a holding, ``免去其…职务``
  is not.
- Events: an inspection is led by the official who 调研 / 察看, those who 参加 / 陪同 are attendees, those who 汇报 /
  介绍 / 强调 / 作了安排 / 通报 speak; the 座谈会 that follows a 调研 is its own event dated by its day (``18日上午``,
  ``6月10日``, as t and w); the village visit after the 阿拉乡 推进会 (``会后，…来到加仓村``) is its own inspection of the same
  day; a delegation's 考察 and its 联席会议 are two events, the signing inside the 联席会议 is part of it (its signers are
  attendees); the relayed 州委常委会（扩大）会议 of 8月11日 (y02) is not an event. Date ranges take their first day.
- Bylines: ``县融媒体中心讯（记者 …）`` / ``本报讯（记者 …）`` / ``（记者 … 通讯员 …）`` are reporter / correspondent lines; a
  header ``作者：`` and a WeChat ``文字：`` are author lines, a WeChat ``记者：`` a reporter line; 编辑 / 责任编辑 / 审核 are
  editor lines.
- Places: as written, one row per name per file (稻城县 and 稻城, 亚东县 and 亚东, 班玛县 and 班玛, 普陀区 and 普陀);
  places inside project names and organ references count (桑堆 in 稻城县城乡供水一体化工程桑堆段 and 桑堆光伏电站二期项目,
  英格堡 in 木垒河生态综合治理工程英格堡段, 巴普镇 in ``任巴普镇党委书记``); site lines, 来源 lines, the WeChat account line
  (发表于甘肃 / 西藏), 推荐阅读 and 上一篇 / 下一篇 links, footer addresses (金珠镇, 升平镇, 乌里雅斯太镇) and venues (县会议中心)
  are not annotated; 乌珠穆沁羊 (a breed) is not a place, 乌珠穆沁草原 is. 亚东县人民医院 is an institution inside a project
  name, not a place. Projects are the works inspected, reported or to be pushed; 稻城亚丁机场改扩建工程 is a planned project
  in the 县长's pledge (``推进…前期工作``, y03) and a project being built in 2025 (y06).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "y01_daocheng.txt": (2021, "发布时间：2021-04-22 17:36", "稻城县", [
        ("降拥四郎调研全县重点项目建设和文旅融合发展工作", "4月21日", "2021-04-21", "稻城县融媒体中心讯（记者 格桑曲珍 刘宇航）4月21日",
         "county head inspects projects in two towns (media-centre dateline); 副县长 益西达瓦; 镇党委书记, 镇党委副书记、镇长")]),
    "y02_meigu.txt": (2023, "发布时间：2023-08-16 09:05", "美姑县", [
        ("县委常委会召开2023年第21次会议", "8月15日上午", "2023-08-15", "8月15日上午，县委书记俄木子拉",
         "县委常委会 with 出席 / 列席 (Yi names); relayed 州委常委会 (not an event); projects; an appointment to a town 党委 with 免去")]),
    "y03_daocheng.txt": (2023, "发布时间：2023-01-13 11:20", "稻城县", [
        ("稻城县第十八届人民代表大会第二次会议胜利闭幕 益西达瓦当选县长", "1月12日上午", "2023-01-12", "稻城县融媒体中心讯（记者 格桑曲珍）1月12日上午",
         "county 人代会 闭幕会: the 县委副书记、代县长 elected 县长 (补选, 当选为), a 县人大常委会副主任 elected; 主席团常务主席 (session role)")]),
    "y04_luqu.txt": (2022, "2022-06-28 19:42", "碌曲县阿拉乡", [
        ("阿拉乡：聚力攻坚重点项目 奋力推动牧区振兴", "6月27日", "2022-06-27", "6月27日，阿拉乡召开",
         "county WeChat article: a 乡's 推进会 (乡党委书记 主持, 乡长 通报, 乡人大主席, 副乡长) with a 县委常委, then a village visit")]),
    "y05_banma.txt": (2022, "2022年08月19日", "班玛县", [
        ("角巴东知在班玛县调研时强调", "8月17日至18日", "2022-08-17", "本报讯（记者 周毛吉 李娜）8月17日至18日",
         "prefecture paper 第01版: the 州长's two-day 调研 of 班玛县 and its 座谈会; 州政府秘书长; the county's 副县长 多吉才让#1")]),
    "y06_daocheng.txt": (2025, "2025年06月12日", "稻城县", [
        ("钟启航在稻城县调研时强调", "6月10日", "2025-06-10", "本报讯（记者 降泽卓玛 周川）6月10日",
         "prefecture paper 第01版: the 州委书记 inspects 稻城县 with 副州长 益西达瓦; 稻城县委书记 in full, 县长 bare; 座谈会")]),
    "y07_yadong.txt": (2023, "2023-08-25 20:15", "亚东县", [
        ("普陀区党政代表团来我县考察对口支援工作", "8月23日至24日", "2023-08-23", "8月23日至24日，上海市普陀区委副书记",
         "county WeChat article: a 上海 区 delegation (in full) 考察 援藏 projects; 对口支援工作联席会议 with a signing; 援藏 常务副县长")]),
    "y08_dongwuqi.txt": (2023, "发布时间：2023-06-07 10:30", "东乌珠穆沁旗", [
        ("额尔敦毕力格到萨麦苏木调研牧区重点工作", "6月6日", "2023-06-06", "东乌珠穆沁旗融媒体中心讯（记者 乌日罕 通讯员 高志鹏）6月6日",
         "banner head (Mongolian name) inspects a 苏木 and a 嘎查; 苏木党委书记, 苏木达, 嘎查党支部书记、嘎查委员会主任")]),
    "y09_mulei.txt": (2024, "发布时间：2024-05-21 18:02", "木垒哈萨克自治县", [
        ("加尔恒·努尔别克调研重点项目建设和乡村振兴工作", "5月20日", "2024-05-20", "（记者 阿依达娜·赛力克 通讯员 陈晓雯）5月20日",
         "autonomous county head (Kazakh name with a middle dot) inspects two 乡; 援疆 副县长; 乡党委书记, 乡长")]),
    "y10_deqin.txt": (2024, "发布时间：2024-09-26 16:40", "德钦县", [
        ("此里农布到云岭乡佛山乡调研文旅融合和重点项目建设工作", "9月25日", "2024-09-25", "9月25日，县委书记此里农布",
         "county secretary (Tibetan name) inspects two 乡; 乡党委书记, 乡党委副书记、乡长, a village 党总支书记")]),
}

_E03 = "县委副书记、代县长益西达瓦当选为稻城县人民政府县长"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # y01, y03, y06: 稻城县 (四川 甘孜藏族自治州)
    "y:降拥四郎": ("降拥四郎", "official", "稻城县", [
        ("y01", "稻城县委", "副书记", "县委副书记、县长降拥四郎带队深入香格里拉镇", "县委 on the 稻城 site = 稻城县委"),
        ("y01", "稻城县政府", "县长", "县委副书记、县长降拥四郎带队深入香格里拉镇", "the 县长 of 2021; not the 县长 of 2025 (四郎翁堆, y06)")], []),
    "y:益西达瓦": ("益西达瓦", "official", "稻城县", [
        ("y01", "稻城县政府", "副县长", "副县长益西达瓦，县发展改革局局长", "2021: 副县长"),
        ("y03", "稻城县委", "副书记", _E03, "2023: from the election sentence (one line per post per article)"),
        ("y03", "稻城县政府", "代县长", _E03, "held until the vote of the same sitting (as n04)"),
        ("y03", "稻城县政府", "县长", _E03, "elected (补选, 当选为); 新当选的县长 repeated, no second line"),
        ("y06", "甘孜藏族自治州政府", "副州长", "副州长益西达瓦，州发展改革委主任", "2025: bare 副州长 in the 甘孜日报 = 甘孜藏族自治州政府; promoted from 稻城县县长")], []),
    "y:何晓东": ("何晓东", "official", "稻城县", [
        ("y01", "稻城县发展改革局", "局长", "县发展改革局局长何晓东", "department as written after the place")], []),
    "y:拉姆志玛": ("拉姆志玛", "official", "稻城县", [
        ("y01", "稻城县文化广播电视和旅游局", "局长", "县文化广播电视和旅游局局长拉姆志玛参加调研", None)], []),
    "y:贺云飞": ("贺云飞", "official", "稻城县香格里拉镇", [
        ("y01", "稻城县香格里拉镇党委", "书记", "香格里拉镇党委书记贺云飞", "town post: county label + town + 党委")], []),
    "y:洛绒尼玛": ("洛绒尼玛", "official", "稻城县香格里拉镇", [
        ("y01", "稻城县香格里拉镇党委", "副书记", "镇党委副书记、镇长洛绒尼玛汇报了", "镇 = 香格里拉镇 (在香格里拉镇，…)"),
        ("y01", "稻城县香格里拉镇政府", "镇长", "镇党委副书记、镇长洛绒尼玛汇报了", None)], []),
    "y:泽仁卓嘎": ("泽仁卓嘎", "official", "稻城县桑堆镇", [
        ("y01", "稻城县桑堆镇党委", "副书记", "桑堆镇党委副书记、镇长泽仁卓嘎介绍", None),
        ("y01", "稻城县桑堆镇政府", "镇长", "桑堆镇党委副书记、镇长泽仁卓嘎介绍", None)], []),
    "y:格桑曲珍": ("格桑曲珍", "reporter", "稻城县融媒体中心", [], ["y01", "y03"]),
    "y:邓雅丽": ("邓雅丽", "editor", "稻城县人民政府网站", [], ["y01", "y03"]),
    "y:洛绒降措": ("洛绒降措", "official", "稻城县", [
        ("y03", "稻城县人大常委会", "主任", "大会主席团常务主席、县人大常委会主任洛绒降措主持闭幕会", "主席团常务主席 is a session role")], []),
    "y:彭立新": ("彭立新", "official", "稻城县", [
        ("y03", "稻城县委", "书记", "县委书记彭立新，县委副书记", "2023, bare on the county site"),
        ("y06", "稻城县委", "书记", "稻城县委书记彭立新", "2025, written in full in the prefecture paper: same person, same post")], []),
    "y:拥措拉姆": ("拥措拉姆", "official", "稻城县", [
        ("y03", "稻城县政协", "主席", "县政协主席拥措拉姆", None)], []),
    "y:胡立峰": ("胡立峰", "official", "稻城县", [
        ("y03", "稻城县委", "副书记", "县委副书记胡立峰等县领导在主席台就座", "县领导 is not a post")], []),
    "y:次仁翁姆": ("次仁翁姆", "official", "稻城县", [
        ("y03", "稻城县人大常委会", "副主任", "次仁翁姆当选为稻城县人大常委会副主任", "elected (补选)")], []),
    "y:钟启航": ("钟启航", "official", "甘孜藏族自治州", [
        ("y06", "甘孜藏族自治州委", "书记", "州委书记钟启航深入稻城县", "bare 州委 in the 甘孜日报 = 甘孜藏族自治州委 (full name of the division + 委)")], []),
    "y:蒋文斌": ("蒋文斌", "official", "甘孜藏族自治州", [
        ("y06", "甘孜藏族自治州委", "常委", "州委常委、秘书长蒋文斌", None),
        ("y06", "甘孜藏族自治州委", "秘书长", "州委常委、秘书长蒋文斌", "州委秘书长 is a post (as t's 市委秘书长)")], []),
    "y:何俊": ("何俊", "official", "甘孜藏族自治州", [
        ("y06", "甘孜藏族自治州发展改革委", "主任", "州发展改革委主任何俊参加调研", "department as written after the place")], []),
    "y:四郎翁堆": ("四郎翁堆", "official", "稻城县", [
        ("y06", "稻城县委", "副书记", "县委副书记、县长四郎翁堆陪同调研", "bare 县委 / 县长 right after 稻城县委书记 = 稻城's"),
        ("y06", "稻城县政府", "县长", "县委副书记、县长四郎翁堆陪同调研", "益西达瓦's successor as 县长")], []),
    # y02: 美姑县 (四川 凉山彝族自治州)
    "y:俄木子拉": ("俄木子拉", "official", "美姑县", [
        ("y02", "美姑县委", "书记", "县委书记俄木子拉主持召开", "县委 on the 美姑 site = 美姑县委; Yi name")], []),
    "y:吉史伍各": ("吉史伍各", "official", "美姑县", [
        ("y02", "美姑县委", "副书记", "县委副书记、县长吉史伍各，县委副书记何文涛", None),
        ("y02", "美姑县政府", "县长", "县委副书记、县长吉史伍各，县委副书记何文涛", None)], []),
    "y:何文涛": ("何文涛", "official", "美姑县", [
        ("y02", "美姑县委", "副书记", "县委副书记何文涛等县委常委出席会议", None)], []),
    "y:阿西拉铁": ("阿西拉铁", "official", "美姑县", [
        ("y02", "美姑县人大常委会", "主任", "县人大常委会主任阿西拉铁", "列席")], []),
    "y:杨明华": ("杨明华", "official", "美姑县", [
        ("y02", "美姑县政协", "主席", "县政协主席杨明华列席会议", None)], []),
    "y:马海日布": ("马海日布", "official", "美姑县", [
        ("y02", "美姑县委", "常委", "县委常委、常务副县长马海日布就项目资金保障", None),
        ("y02", "美姑县政府", "常务副县长", "县委常委、常务副县长马海日布就项目资金保障", None)], []),
    "y:沙马有格": ("沙马有格", "official", "美姑县巴普镇", [
        ("y02", "美姑县巴普镇党委", "书记", "沙马有格同志任巴普镇党委书记", "appointment decided by the 常委会 (会议决定); 免去 … 局长 gives no line")], []),
    "y:阿约莫色": ("阿约莫色", "official", "美姑县", [
        ("y02", "美姑县委", "常委", "县委常委、组织部部长阿约莫色就做好", None),
        ("y02", "美姑县委组织部", "部长", "县委常委、组织部部长阿约莫色就做好", "组织部 inherits 县委 from the first title")], []),
    # y04: 碌曲县阿拉乡 (甘肃 甘南藏族自治州)
    "y:李志强": ("李志强", "official", "碌曲县", [
        ("y04", "碌曲县委", "常委", "县委常委、统战部部长李志强参加会议", "bare 县委 on the 碌曲 account = 碌曲县委"),
        ("y04", "碌曲县委统战部", "部长", "县委常委、统战部部长李志强参加会议", None)], []),
    "y:马文斌": ("马文斌", "official", "碌曲县阿拉乡", [
        ("y04", "碌曲县阿拉乡党委", "书记", "乡党委书记马文斌主持会议", "乡 = 阿拉乡 (the page's 乡)")], []),
    "y:多吉才让#2": ("多吉才让", "official", "碌曲县阿拉乡", [
        ("y04", "碌曲县阿拉乡党委", "副书记", "乡党委副书记、乡长多吉才让，乡人大主席", "not the 多吉才让 of 班玛县 (y05)"),
        ("y04", "碌曲县阿拉乡政府", "乡长", "乡党委副书记、乡长多吉才让，乡人大主席", None)], []),
    "y:杨金花": ("杨金花", "official", "碌曲县阿拉乡", [
        ("y04", "碌曲县阿拉乡人大", "主席", "乡人大主席杨金花", "乡人大 主席 (as m's 镇人大 主席)")], []),
    "y:拉毛卓玛": ("拉毛卓玛", "official", "碌曲县阿拉乡", [
        ("y04", "碌曲县阿拉乡政府", "副乡长", "副乡长拉毛卓玛及各村", "各村“两委”班子成员 is not a post")], []),
    "y:仁青东知": ("仁青东知", "official", "碌曲县阿拉乡加仓村", [
        ("y04", "碌曲县阿拉乡加仓村党支部", "书记", "加仓村党支部书记、村委会主任仁青东知介绍", "village post: town label + village + 党支部"),
        ("y04", "碌曲县阿拉乡加仓村委会", "主任", "加仓村党支部书记、村委会主任仁青东知介绍", None)], []),
    # y05: 班玛县 (青海 果洛藏族自治州), 果洛报
    "y:角巴东知": ("角巴东知", "official", "果洛藏族自治州", [
        ("y05", "果洛藏族自治州委", "副书记", "州委副书记、州长角巴东知深入班玛县", "bare 州委 in the 果洛报 = 果洛藏族自治州委"),
        ("y05", "果洛藏族自治州政府", "州长", "州委副书记、州长角巴东知深入班玛县", "州长 → the 州 government")], []),
    "y:孙海鹏": ("孙海鹏", "official", "果洛藏族自治州", [
        ("y05", "果洛藏族自治州政府", "秘书长", "州政府秘书长孙海鹏", None)], []),
    "y:才旦加": ("才旦加", "official", "果洛藏族自治州", [
        ("y05", "果洛藏族自治州农牧局", "局长", "州农牧局局长才旦加参加调研", None)], []),
    "y:蔡永平": ("蔡永平", "official", "班玛县", [
        ("y05", "班玛县委", "书记", "班玛县委书记蔡永平", "written in full in the prefecture paper")], []),
    "y:扎西东主": ("扎西东主", "official", "班玛县", [
        ("y05", "班玛县委", "副书记", "县委副书记、县长扎西东主", "bare, right after 班玛县委书记 = 班玛's"),
        ("y05", "班玛县政府", "县长", "县委副书记、县长扎西东主", None)], []),
    "y:多吉才让#1": ("多吉才让", "official", "班玛县", [
        ("y05", "班玛县政府", "副县长", "副县长多吉才让陪同调研", "not the 多吉才让 of 碌曲县阿拉乡 (y04)")], []),
    # y07: 亚东县 (西藏 日喀则市) with a 上海市普陀区 delegation
    "y:陆承志": ("陆承志", "external_official", "上海市普陀区", [
        ("y07", "上海市普陀区委", "副书记", "上海市普陀区委副书记、区长陆承志率", "visitor in full; 普陀区 (also in 舟山) takes its city"),
        ("y07", "上海市普陀区政府", "区长", "上海市普陀区委副书记、区长陆承志率", None)], []),
    "y:沈佩雯": ("沈佩雯", "external_official", "上海市普陀区", [
        ("y07", "上海市普陀区政府", "副区长", "上海市普陀区副区长沈佩雯", "visitor in full")], []),
    "y:旺堆次仁": ("旺堆次仁", "external_official", "日喀则市", [
        ("y07", "日喀则市政府", "副市长", "日喀则市副市长旺堆次仁", "the county's parent city, written in full")], []),
    "y:巴桑顿珠": ("巴桑顿珠", "official", "亚东县", [
        ("y07", "亚东县委", "书记", "县委书记巴桑顿珠", "bare 县委 on the 亚东 account (来我县) = 亚东县委")], []),
    "y:普布旺久": ("普布旺久", "official", "亚东县", [
        ("y07", "亚东县委", "副书记", "县委副书记、县长普布旺久", None),
        ("y07", "亚东县政府", "县长", "县委副书记、县长普布旺久", None)], []),
    "y:顾承浩": ("顾承浩", "official", "亚东县", [
        ("y07", "上海市第十批援藏干部人才亚东联络小组", "组长", "上海市第十批援藏干部人才亚东联络小组组长、县委常委、常务副县长顾承浩", "a team's 组长 is a post of the team (CONVENTIONS, as the sample's 巡回指导组组长); first annotated as none"),
        ("y07", "亚东县委", "常委", "亚东联络小组组长、县委常委、常务副县长顾承浩", "a 上海 援藏 cadre"),
        ("y07", "亚东县政府", "常务副县长", "亚东联络小组组长、县委常委、常务副县长顾承浩", None)], []),
    # y08: 东乌珠穆沁旗 (内蒙古 锡林郭勒盟)
    "y:额尔敦毕力格": ("额尔敦毕力格", "official", "东乌珠穆沁旗", [
        ("y08", "东乌珠穆沁旗委", "副书记", "旗委副书记、政府旗长额尔敦毕力格深入萨麦苏木", "旗委 on the 东乌旗 site = 东乌珠穆沁旗委; Mongolian name"),
        ("y08", "东乌珠穆沁旗政府", "旗长", "旗委副书记、政府旗长额尔敦毕力格深入萨麦苏木", "政府旗长 → 旗政府 旗长 (as g, m)")], []),
    "y:孟繁宇": ("孟繁宇", "official", "东乌珠穆沁旗", [
        ("y08", "东乌珠穆沁旗委", "常委", "旗委常委、副旗长孟繁宇", None),
        ("y08", "东乌珠穆沁旗政府", "副旗长", "旗委常委、副旗长孟繁宇", None)], []),
    "y:孟根满达": ("孟根满达", "official", "东乌珠穆沁旗", [
        ("y08", "东乌珠穆沁旗林业和草原局", "局长", "旗林业和草原局局长孟根满达参加调研", None)], []),
    "y:巴图吉日嘎拉": ("巴图吉日嘎拉", "official", "东乌珠穆沁旗萨麦苏木宝日格斯台嘎查", [
        ("y08", "东乌珠穆沁旗萨麦苏木宝日格斯台嘎查党支部", "书记", "嘎查党支部书记、嘎查委员会主任巴图吉日嘎拉介绍", "嘎查 = 宝日格斯台嘎查 (在宝日格斯台嘎查，…)"),
        ("y08", "东乌珠穆沁旗萨麦苏木宝日格斯台嘎查委员会", "主任", "嘎查党支部书记、嘎查委员会主任巴图吉日嘎拉介绍", None)], []),
    "y:郭宏亮": ("郭宏亮", "official", "东乌珠穆沁旗萨麦苏木", [
        ("y08", "东乌珠穆沁旗萨麦苏木党委", "书记", "萨麦苏木党委书记郭宏亮", "a 苏木 like a 乡")], []),
    "y:阿拉坦苏和": ("阿拉坦苏和", "official", "东乌珠穆沁旗萨麦苏木", [
        ("y08", "东乌珠穆沁旗萨麦苏木党委", "副书记", "苏木党委副书记、苏木达阿拉坦苏和汇报了", None),
        ("y08", "东乌珠穆沁旗萨麦苏木政府", "苏木达", "苏木党委副书记、苏木达阿拉坦苏和汇报了", "苏木达 = head of the 苏木 government")], []),
    # y09: 木垒哈萨克自治县 (新疆 昌吉回族自治州)
    "y:加尔恒·努尔别克": ("加尔恒·努尔别克", "official", "木垒哈萨克自治县", [
        ("y09", "木垒哈萨克自治县委", "副书记", "县委副书记、县长加尔恒·努尔别克深入大石头乡", "bare 县委 on the 木垒 site = 木垒哈萨克自治县委 (full name as label); Kazakh name with a middle dot"),
        ("y09", "木垒哈萨克自治县政府", "县长", "县委副书记、县长加尔恒·努尔别克深入大石头乡", None)], []),
    "y:林志斌": ("林志斌", "official", "木垒哈萨克自治县", [
        ("y09", "木垒哈萨克自治县委", "常委", "县委常委、副县长（福建漳州援疆干部）林志斌", "（福建漳州援疆干部） is not a post"),
        ("y09", "木垒哈萨克自治县政府", "副县长", "县委常委、副县长（福建漳州援疆干部）林志斌", None)], []),
    "y:艾尼瓦尔·买买提": ("艾尼瓦尔·买买提", "official", "木垒哈萨克自治县", [
        ("y09", "木垒哈萨克自治县政府", "副县长", "副县长艾尼瓦尔·买买提", "Uyghur name with a middle dot")], []),
    "y:郑海燕": ("郑海燕", "official", "木垒哈萨克自治县", [
        ("y09", "木垒哈萨克自治县发展和改革委员会", "主任", "县发展和改革委员会主任郑海燕参加调研", None)], []),
    "y:许俊涛": ("许俊涛", "official", "木垒哈萨克自治县大石头乡", [
        ("y09", "木垒哈萨克自治县大石头乡党委", "书记", "大石头乡党委书记许俊涛", None)], []),
    "y:叶尔兰·吐尔逊别克": ("叶尔兰·吐尔逊别克", "official", "木垒哈萨克自治县大石头乡", [
        ("y09", "木垒哈萨克自治县大石头乡党委", "副书记", "乡党委副书记、乡长叶尔兰·吐尔逊别克汇报了", "乡 = 大石头乡 (the sentence's 乡)"),
        ("y09", "木垒哈萨克自治县大石头乡政府", "乡长", "乡党委副书记、乡长叶尔兰·吐尔逊别克汇报了", None)], []),
    "y:古丽娜尔·哈力别克": ("古丽娜尔·哈力别克", "official", "木垒哈萨克自治县英格堡乡", [
        ("y09", "木垒哈萨克自治县英格堡乡政府", "乡长", "英格堡乡乡长古丽娜尔·哈力别克介绍", None)], []),
    # y10: 德钦县 (云南 迪庆藏族自治州)
    "y:此里农布": ("此里农布", "official", "德钦县", [
        ("y10", "德钦县委", "书记", "县委书记此里农布深入云岭乡", "县委 on the 德钦 site = 德钦县委")], []),
    "y:和建华": ("和建华", "official", "德钦县", [
        ("y10", "德钦县委", "常委", "县委常委、副县长和建华", None),
        ("y10", "德钦县政府", "副县长", "县委常委、副县长和建华", None)], []),
    "y:格茸央宗": ("格茸央宗", "official", "德钦县", [
        ("y10", "德钦县文化和旅游局", "局长", "县文化和旅游局局长格茸央宗参加调研", None)], []),
    "y:李明远": ("李明远", "official", "德钦县云岭乡", [
        ("y10", "德钦县云岭乡党委", "书记", "云岭乡党委书记李明远", None)], []),
    "y:扎史格茸": ("扎史格茸", "official", "德钦县云岭乡", [
        ("y10", "德钦县云岭乡党委", "副书记", "乡党委副书记、乡长扎史格茸汇报了", "乡 = 云岭乡 (the sentence's 乡)"),
        ("y10", "德钦县云岭乡政府", "乡长", "乡党委副书记、乡长扎史格茸汇报了", None)], []),
    "y:阿主鲁茸": ("阿主鲁茸", "official", "德钦县云岭乡西当村", [
        ("y10", "德钦县云岭乡西当村党总支", "书记", "西当村党总支书记阿主鲁茸介绍", "village post; 党总支 as written")], []),
    "y:央宗拉姆": ("央宗拉姆", "official", "德钦县佛山乡", [
        ("y10", "德钦县佛山乡党委", "书记", "佛山乡党委书记央宗拉姆陪同调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("y01", "格桑曲珍", "记者", "reporter", "（记者 格桑曲珍 刘宇航）"),
    ("y01", "刘宇航", "记者", "reporter", "（记者 格桑曲珍 刘宇航）"),
    ("y01", "邓雅丽", "责任编辑", "editor", "责任编辑：邓雅丽"),
    ("y02", "海来阿芝", "作者", "author", "作者：海来阿芝 王婷"),
    ("y02", "王婷", "作者", "author", "作者：海来阿芝 王婷"),
    ("y02", "曲木伍沙", "编辑", "editor", "编辑：曲木伍沙"),
    ("y02", "罗正华", "审核", "editor", "审核：罗正华"),
    ("y03", "格桑曲珍", "记者", "reporter", "（记者 格桑曲珍）"),
    ("y03", "邓雅丽", "责任编辑", "editor", "责任编辑：邓雅丽"),
    ("y04", "卓玛草", "文字", "author", "文字：卓玛草"),
    ("y04", "马晓蓉", "编辑", "editor", "编辑：马晓蓉"),
    ("y04", "才让东主", "审核", "editor", "审核：才让东主"),
    ("y05", "周毛吉", "记者", "reporter", "本报讯（记者 周毛吉 李娜）"),
    ("y05", "李娜", "记者", "reporter", "本报讯（记者 周毛吉 李娜）"),
    ("y05", "尼玛卓玛", "责任编辑", "editor", "责任编辑：尼玛卓玛"),
    ("y06", "降泽卓玛", "记者", "reporter", "本报讯（记者 降泽卓玛 周川）"),
    ("y06", "周川", "记者", "reporter", "本报讯（记者 降泽卓玛 周川）"),
    ("y07", "德吉央宗", "记者", "reporter", "记者：德吉央宗 唐帆"),
    ("y07", "唐帆", "记者", "reporter", "记者：德吉央宗 唐帆"),
    ("y07", "次仁拉姆", "编辑", "editor", "编辑：次仁拉姆"),
    ("y07", "王磊", "审核", "editor", "审核：王磊"),
    ("y08", "乌日罕", "记者", "reporter", "（记者 乌日罕 通讯员 高志鹏）"),
    ("y08", "高志鹏", "通讯员", "correspondent", "（记者 乌日罕 通讯员 高志鹏）"),
    ("y08", "萨仁高娃", "责任编辑", "editor", "责任编辑：萨仁高娃"),
    ("y09", "阿依达娜·赛力克", "记者", "reporter", "（记者 阿依达娜·赛力克 通讯员 陈晓雯）"),
    ("y09", "陈晓雯", "通讯员", "correspondent", "（记者 阿依达娜·赛力克 通讯员 陈晓雯）"),
    ("y09", "闫雪莲", "责任编辑", "editor", "责任编辑：闫雪莲"),
    ("y10", "卓玛拉宗", "记者", "reporter", "（记者 卓玛拉宗 通讯员 和丽萍）"),
    ("y10", "和丽萍", "通讯员", "correspondent", "（记者 卓玛拉宗 通讯员 和丽萍）"),
    ("y10", "七林卓玛", "责任编辑", "editor", "责任编辑：七林卓玛"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("y01", "重点项目建设和文旅融合发展工作调研", "inspection (调研)", "4月21日", None, "降拥四郎", [],
     ["益西达瓦", "何晓东", "拉姆志玛"], ["贺云飞", "洛绒尼玛", "泽仁卓嘎", "降拥四郎", "益西达瓦"], "香格里拉镇、桑堆镇",
     "县长降拥四郎带队深入香格里拉镇、桑堆镇，调研重点项目建设和文旅融合发展工作",
     ["县长降拥四郎带队深入香格里拉镇、桑堆镇", "副县长益西达瓦，县发展改革局局长何晓东，县文化广播电视和旅游局局长拉姆志玛参加调研",
      "香格里拉镇党委书记贺云飞，镇党委副书记、镇长洛绒尼玛汇报了", "镇长泽仁卓嘎介绍", "降拥四郎强调",
      "益西达瓦就做好旅游旺季安全生产和项目资金拨付工作作了具体安排"]),
    ("y02", "县委常委会2023年第21次会议", "meeting (县委常委会)", "8月15日上午", "俄木子拉", None, ["美姑县委"],
     ["吉史伍各", "何文涛", "阿西拉铁", "杨明华", "马海日布", "阿约莫色"], ["吉史伍各", "马海日布", "阿约莫色", "俄木子拉"], None,
     "县委书记俄木子拉主持召开县委常委会2023年第21次会议",
     ["县委书记俄木子拉主持召开", "县委副书记、县长吉史伍各，县委副书记何文涛等县委常委出席会议",
      "县人大常委会主任阿西拉铁、县政协主席杨明华列席会议", "吉史伍各就加快项目建设提出要求",
      "常务副县长马海日布就项目资金保障和要素协调作了安排", "组织部部长阿约莫色就做好", "俄木子拉强调"]),
    ("y03", "稻城县第十八届人民代表大会第二次会议闭幕会", "session (人民代表大会)", "1月12日上午", "洛绒降措", None, [],
     ["彭立新", "益西达瓦", "拥措拉姆", "胡立峰", "次仁翁姆"], ["益西达瓦", "彭立新"], "县会议中心",
     "稻城县第十八届人民代表大会第二次会议在县会议中心胜利闭幕",
     ["县人大常委会主任洛绒降措主持闭幕会",
      "县委书记彭立新，县委副书记、代县长益西达瓦，县政协主席拥措拉姆，县委副书记胡立峰等县领导在主席台就座",
      _E03, "次仁翁姆当选为稻城县人大常委会副主任", "新当选的县长益西达瓦进行宪法宣誓并作表态发言", "彭立新在闭幕会上讲话"]),
    ("y04", "阿拉乡2022年上半年重点工作推进会", "meeting (推进会)", "6月27日", "马文斌", None, ["阿拉乡"],
     ["李志强", "多吉才让", "杨金花", "拉毛卓玛"], ["多吉才让", "杨金花", "拉毛卓玛", "李志强", "马文斌"], None,
     "阿拉乡召开2022年上半年重点工作推进会",
     ["县委常委、统战部部长李志强参加会议", "乡党委书记马文斌主持会议", "乡党委副书记、乡长多吉才让，乡人大主席杨金花，副乡长拉毛卓玛",
      "多吉才让通报了", "杨金花就做好", "拉毛卓玛通报了", "李志强在讲话中强调", "马文斌在总结讲话中表示"]),
    ("y04", "加仓村重点项目察看", "inspection (察看)", "6月27日", None, "李志强", [],
     ["马文斌", "多吉才让"], ["仁青东知"], "加仓村",
     "会后，李志强一行在马文斌、多吉才让陪同下来到加仓村",
     ["会后，李志强一行在马文斌、多吉才让陪同下来到加仓村", "村委会主任仁青东知介绍"]),
    ("y05", "生态保护、重点项目建设和乡村振兴工作调研", "inspection (调研)", "8月17日至18日", None, "角巴东知", [],
     ["孙海鹏", "才旦加", "蔡永平", "扎西东主", "多吉才让"], ["角巴东知"], "班玛县",
     "州长角巴东知深入班玛县，调研生态保护、重点项目建设和乡村振兴工作",
     ["州长角巴东知深入班玛县", "州政府秘书长孙海鹏，州农牧局局长才旦加参加调研",
      "班玛县委书记蔡永平，县委副书记、县长扎西东主，副县长多吉才让陪同调研", "要求施工单位抢抓黄金施工期"]),
    ("y05", "班玛县经济社会发展和重点项目建设情况座谈会", "meeting (座谈会)", "18日上午", "角巴东知", None, [],
     [], ["蔡永平", "扎西东主", "多吉才让", "角巴东知", "孙海鹏"], None,
     "18日上午，角巴东知主持召开座谈会",
     ["角巴东知主持召开座谈会", "蔡永平汇报了全县工作", "扎西东主就下一步项目建设和要素保障作了发言",
      "多吉才让汇报了生态保护和防汛减灾工作情况", "角巴东知在座谈会上指出", "孙海鹏就州级有关部门"]),
    ("y06", "文旅产业发展、清洁能源项目建设和生态保护工作调研", "inspection (调研)", "6月10日", None, "钟启航", [],
     ["蒋文斌", "益西达瓦", "何俊", "彭立新", "四郎翁堆"], ["钟启航"], "稻城县",
     "州委书记钟启航深入稻城县，调研文旅产业发展、清洁能源项目建设和生态保护工作",
     ["州委书记钟启航深入稻城县", "州委常委、秘书长蒋文斌，副州长益西达瓦，州发展改革委主任何俊参加调研",
      "稻城县委书记彭立新，县委副书记、县长四郎翁堆陪同调研"]),
    ("y06", "稻城县经济社会发展和重点项目推进情况座谈会", "meeting (座谈会)", "6月10日", None, None, [],
     [], ["彭立新", "四郎翁堆", "钟启航", "益西达瓦"], None,
     "在随后召开的座谈会上，彭立新汇报了稻城县经济社会发展和重点项目推进情况",
     ["彭立新汇报了稻城县经济社会发展和重点项目推进情况", "四郎翁堆就下一步文旅产业提质增效作了发言", "钟启航在座谈会上指出",
      "益西达瓦就做好旅游旺季安全生产和清洁能源项目要素保障作了安排"]),
    ("y07", "普陀区党政代表团考察对口支援工作", "inspection (考察, visiting delegation)", "8月23日至24日", None, "陆承志", [],
     ["沈佩雯", "旺堆次仁", "巴桑顿珠", "普布旺久", "顾承浩"], [], "亚东县",
     "上海市普陀区委副书记、区长陆承志率普陀区党政代表团来我县考察对口支援工作",
     ["区长陆承志率普陀区党政代表团来我县考察", "上海市普陀区副区长沈佩雯及区有关部门负责同志随团考察",
      "日喀则市副市长旺堆次仁，县委书记巴桑顿珠，县委副书记、县长普布旺久", "常务副县长顾承浩陪同考察或出席会议"]),
    ("y07", "普陀区·亚东县对口支援工作联席会议", "meeting (对口支援工作联席会议)", "24日下午", "普布旺久", None, [],
     ["陆承志", "沈佩雯", "旺堆次仁", "巴桑顿珠", "顾承浩"], ["巴桑顿珠", "陆承志", "旺堆次仁", "顾承浩"], None,
     "24日下午，普陀区·亚东县对口支援工作联席会议召开",
     ["会议由普布旺久主持", "巴桑顿珠代表县委、县政府对代表团一行表示热烈欢迎", "陆承志表示", "旺堆次仁在讲话中",
      "顾承浩汇报了", "沈佩雯与普布旺久代表双方签订"]),
    ("y08", "草原生态保护、肉羊产业发展和牧区基础设施建设工作调研", "inspection (调研)", "6月6日", None, "额尔敦毕力格", [],
     ["孟繁宇", "孟根满达"], ["巴图吉日嘎拉", "郭宏亮", "阿拉坦苏和", "额尔敦毕力格", "孟繁宇"], "萨麦苏木",
     "政府旗长额尔敦毕力格深入萨麦苏木，调研草原生态保护、肉羊产业发展和牧区基础设施建设工作",
     ["政府旗长额尔敦毕力格深入萨麦苏木", "旗委常委、副旗长孟繁宇，旗林业和草原局局长孟根满达参加调研",
      "嘎查委员会主任巴图吉日嘎拉介绍", "萨麦苏木党委书记郭宏亮，苏木党委副书记、苏木达阿拉坦苏和汇报了", "额尔敦毕力格强调",
      "孟繁宇就做好草原防火和牧区防汛工作提出要求"]),
    ("y09", "重点项目建设和乡村振兴工作调研", "inspection (调研)", "5月20日", None, "加尔恒·努尔别克", [],
     ["林志斌", "艾尼瓦尔·买买提", "郑海燕"], ["许俊涛", "叶尔兰·吐尔逊别克", "古丽娜尔·哈力别克", "加尔恒·努尔别克", "林志斌"],
     "大石头乡、英格堡乡",
     "县长加尔恒·努尔别克深入大石头乡、英格堡乡，调研重点项目建设和乡村振兴工作",
     ["县长加尔恒·努尔别克深入大石头乡、英格堡乡", "县委常委、副县长（福建漳州援疆干部）林志斌，副县长艾尼瓦尔·买买提，县发展和改革委员会主任郑海燕参加调研",
      "大石头乡党委书记许俊涛，乡党委副书记、乡长叶尔兰·吐尔逊别克汇报了", "英格堡乡乡长古丽娜尔·哈力别克介绍",
      "加尔恒·努尔别克强调", "林志斌就漳州援疆项目资金拨付和民宿运营管理作了具体安排"]),
    ("y10", "文旅融合发展、重点项目建设和秋季森林防火工作调研", "inspection (调研)", "9月25日", None, "此里农布", [],
     ["和建华", "格茸央宗", "央宗拉姆"], ["李明远", "扎史格茸", "阿主鲁茸", "此里农布", "和建华"], "云岭乡、佛山乡",
     "县委书记此里农布深入云岭乡、佛山乡，调研文旅融合发展、重点项目建设和秋季森林防火工作",
     ["县委书记此里农布深入云岭乡、佛山乡", "县委常委、副县长和建华，县文化和旅游局局长格茸央宗参加调研",
      "云岭乡党委书记李明远，乡党委副书记、乡长扎史格茸汇报了", "西当村党总支书记阿主鲁茸介绍", "佛山乡党委书记央宗拉姆陪同调研",
      "此里农布强调", "和建华就做好国庆假期旅游安全和森林防火工作作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("y01", "亚丁景区游客集散中心二期项目", "project", "先后来到亚丁景区游客集散中心二期项目"),
    ("y01", "香格里拉镇至亚丁村旅游公路改造工程", "infrastructure_project", "香格里拉镇至亚丁村旅游公路改造工程施工现场"),
    ("y01", "桑堆镇万亩青稞标准化种植基地", "project", "察看了桑堆镇万亩青稞标准化种植基地"),
    ("y01", "稻城县城乡供水一体化工程", "infrastructure_project", "稻城县城乡供水一体化工程桑堆段"),
    ("y02", "美姑县城南片区棚户区改造项目", "housing_project", "会议听取了美姑县城南片区棚户区改造项目"),
    ("y02", "洪溪镇马铃薯良种繁育基地建设项目", "project", "洪溪镇马铃薯良种繁育基地建设项目"),
    ("y02", "大风顶国家级自然保护区周边生态修复工程", "greening_project", "大风顶国家级自然保护区周边生态修复工程推进情况"),
    ("y03", "稻城亚丁机场改扩建工程", "planned_project", "全力推进稻城亚丁机场改扩建工程前期工作"),
    ("y03", "稻城县城乡供水一体化工程", "infrastructure_project", "稻城县城乡供水一体化工程建设"),
    ("y03", "亚丁景区游客集散中心二期项目", "project", "抓好亚丁景区游客集散中心二期项目运营"),
    ("y04", "阿拉乡牦牛良种繁育基地建设项目", "project", "阿拉乡牦牛良种繁育基地建设项目已完成圈舍主体施工"),
    ("y04", "加仓村饮水安全巩固提升工程", "infrastructure_project", "加仓村饮水安全巩固提升工程完成管网铺设"),
    ("y05", "班玛县城区集中供暖二期工程", "infrastructure_project", "班玛县城区集中供暖二期工程施工现场"),
    ("y05", "亚尔堂乡牦牛乳制品加工厂建设项目", "project", "察看了亚尔堂乡牦牛乳制品加工厂建设项目"),
    ("y05", "玛可河流域生态保护修复项目", "greening_project", "察看了玛可河流域生态保护修复项目实施情况"),
    ("y05", "红军沟红色旅游基础设施提升项目", "project", "红军沟红色旅游基础设施提升项目现场"),
    ("y06", "稻城亚丁机场改扩建工程", "infrastructure_project", "先后来到稻城亚丁机场改扩建工程"),
    ("y06", "桑堆光伏电站二期项目", "project", "桑堆光伏电站二期项目"),
    ("y06", "稻城县有机青稞产业园", "industrial_park", "稻城县有机青稞产业园"),
    ("y07", "帕里镇边境小康村配套设施提升项目", "project", "帕里镇边境小康村配套设施提升项目"),
    ("y07", "亚东县人民医院门诊综合楼改扩建项目", "project", "亚东县人民医院门诊综合楼改扩建项目和下司马镇"),
    ("y07", "下司马镇仁青岗边贸市场提升改造项目", "project", "下司马镇仁青岗边贸市场提升改造项目"),
    ("y07", "帕里镇牦牛养殖基地建设项目", "project", "帕里镇牦牛养殖基地建设项目"),
    ("y08", "萨麦苏木肉羊标准化养殖示范基地建设项目", "project", "萨麦苏木肉羊标准化养殖示范基地建设项目"),
    ("y08", "宝日格斯台嘎查牧区饮水安全工程", "infrastructure_project", "宝日格斯台嘎查牧区饮水安全工程"),
    ("y08", "萨麦苏木草原生态修复治理项目", "greening_project", "在萨麦苏木草原生态修复治理项目区"),
    ("y09", "大石头乡牧民定居点配套设施提升项目", "project", "大石头乡牧民定居点配套设施提升项目"),
    ("y09", "大石头乡骆驼养殖基地建设项目", "project", "大石头乡骆驼养殖基地建设项目"),
    ("y09", "英格堡乡月亮地村民宿集群建设项目", "project", "英格堡乡月亮地村民宿集群建设项目"),
    ("y09", "木垒河生态综合治理工程", "engineering_work", "木垒河生态综合治理工程英格堡段"),
    ("y10", "雨崩景区游客服务中心建设项目", "project", "雨崩景区游客服务中心建设项目"),
    ("y10", "西当村至雨崩村旅游公路提升改造工程", "infrastructure_project", "西当村至雨崩村旅游公路提升改造工程"),
    ("y10", "佛山乡酿酒葡萄种植基地提质增效项目", "project", "佛山乡酿酒葡萄种植基地提质增效项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("y01", "香格里拉镇", "town", "standalone", "带队深入香格里拉镇、桑堆镇"),
    ("y01", "桑堆镇", "town", "standalone", "带队深入香格里拉镇、桑堆镇"),
    ("y01", "亚丁景区", "scenic_area", "in_project_name", "亚丁景区游客集散中心二期项目"),
    ("y01", "亚丁村", "village", "in_project_name", "香格里拉镇至亚丁村旅游公路改造工程"),
    ("y01", "稻城县", "county", "in_project_name", "稻城县城乡供水一体化工程桑堆段"),
    ("y01", "桑堆", "town", "in_project_name", "稻城县城乡供水一体化工程桑堆段"),
    ("y01", "海子山自然保护区", "nature_reserve", "standalone", "严守海子山自然保护区和稻城河沿岸生态红线"),
    ("y01", "稻城河", "river", "standalone", "严守海子山自然保护区和稻城河沿岸生态红线"),
    ("y02", "美姑河", "river", "standalone", "加强美姑河沿岸和易地扶贫搬迁集中安置点隐患排查"),
    ("y02", "美姑县", "county", "in_project_name", "美姑县城南片区棚户区改造项目"),
    ("y02", "城南片区", "area", "in_project_name", "美姑县城南片区棚户区改造项目"),
    ("y02", "洪溪镇", "town", "in_project_name", "洪溪镇马铃薯良种繁育基地建设项目"),
    ("y02", "大风顶国家级自然保护区", "nature_reserve", "in_project_name", "大风顶国家级自然保护区周边生态修复工程"),
    ("y02", "巴普镇", "town", "in_org_reference", "沙马有格同志任巴普镇党委书记"),
    ("y03", "稻城县", "county", "in_org_reference", "1月12日上午，稻城县第十八届人民代表大会第二次会议"),
    ("y03", "稻城亚丁机场", "airport", "in_project_name", "稻城亚丁机场改扩建工程"),
    ("y03", "亚丁景区", "scenic_area", "in_project_name", "亚丁景区游客集散中心二期项目"),
    ("y03", "稻城", "county", "standalone", "团结和谐的新稻城"),
    ("y04", "阿拉乡", "township", "standalone", "6月27日，阿拉乡召开"),
    ("y04", "加仓村", "village", "in_project_name", "加仓村饮水安全巩固提升工程"),
    ("y04", "洮河", "river", "standalone", "守护好洮河上游生态屏障"),
    ("y05", "班玛县", "county", "standalone", "深入班玛县，调研"),
    ("y05", "赛来塘镇", "town", "standalone", "在赛来塘镇，角巴东知一行"),
    ("y05", "亚尔堂乡", "township", "standalone", "在亚尔堂乡，角巴东知"),
    ("y05", "玛可河", "river", "standalone", "沿玛可河察看了"),
    ("y05", "红军沟", "heritage_site", "in_project_name", "红军沟红色旅游基础设施提升项目"),
    ("y05", "黄河", "river", "standalone", "班玛是黄河上游重要的水源涵养区"),
    ("y05", "班玛", "county", "standalone", "班玛是黄河上游重要的水源涵养区"),
    ("y06", "稻城县", "county", "standalone", "深入稻城县，调研"),
    ("y06", "稻城亚丁机场", "airport", "in_project_name", "稻城亚丁机场改扩建工程"),
    ("y06", "桑堆", "town", "in_project_name", "桑堆光伏电站二期项目"),
    ("y06", "亚丁景区", "scenic_area", "standalone", "在亚丁景区，钟启航"),
    ("y06", "亚丁国家级自然保护区", "nature_reserve", "standalone", "守牢亚丁国家级自然保护区生态红线"),
    ("y06", "稻城", "county", "standalone", "稻城生态资源和文旅资源得天独厚"),
    ("y07", "上海市", "municipality", "in_org_reference", "上海市普陀区委副书记、区长陆承志"),
    ("y07", "普陀区", "district", "in_org_reference", "上海市普陀区委副书记、区长陆承志"),
    ("y07", "亚东县", "county", "standalone", "出席普陀区·亚东县对口支援工作联席会议"),
    ("y07", "日喀则市", "city", "in_org_reference", "日喀则市副市长旺堆次仁"),
    ("y07", "帕里镇", "town", "in_project_name", "帕里镇边境小康村配套设施提升项目"),
    ("y07", "下司马镇", "town", "in_project_name", "下司马镇仁青岗边贸市场提升改造项目"),
    ("y07", "仁青岗边贸市场", "market", "in_project_name", "下司马镇仁青岗边贸市场提升改造项目"),
    ("y07", "亚东", "county", "standalone", "亚东在边境小康村建设"),
    ("y07", "普陀", "district", "standalone", "是党中央交给普陀的重要政治任务"),
    ("y07", "日喀则", "city", "standalone", "长期支持日喀则边境县发展"),
    ("y08", "萨麦苏木", "township", "standalone", "深入萨麦苏木，调研"),
    ("y08", "宝日格斯台嘎查", "village", "standalone", "在宝日格斯台嘎查，额尔敦毕力格"),
    ("y08", "乌珠穆沁草原", "area", "standalone", "守护好乌珠穆沁草原这道北疆生态屏障"),
    ("y09", "大石头乡", "township", "standalone", "深入大石头乡、英格堡乡"),
    ("y09", "英格堡乡", "township", "standalone", "深入大石头乡、英格堡乡"),
    ("y09", "福建", "province", "standalone", "县委常委、副县长（福建漳州援疆干部）林志斌"),
    ("y09", "漳州", "city", "standalone", "县委常委、副县长（福建漳州援疆干部）林志斌"),
    ("y09", "月亮地村", "village", "in_project_name", "英格堡乡月亮地村民宿集群建设项目"),
    ("y09", "木垒河", "river", "in_project_name", "木垒河生态综合治理工程英格堡段"),
    ("y09", "英格堡", "township", "in_project_name", "木垒河生态综合治理工程英格堡段"),
    ("y09", "天山", "mountain", "standalone", "抢抓天山北麓有利施工季节"),
    ("y10", "云岭乡", "township", "standalone", "深入云岭乡、佛山乡"),
    ("y10", "佛山乡", "township", "standalone", "深入云岭乡、佛山乡"),
    ("y10", "西当村", "village", "standalone", "在云岭乡西当村，此里农布"),
    ("y10", "雨崩景区", "scenic_area", "in_project_name", "雨崩景区游客服务中心建设项目"),
    ("y10", "雨崩村", "village", "in_project_name", "西当村至雨崩村旅游公路提升改造工程"),
    ("y10", "澜沧江", "river", "standalone", "沿澜沧江察看了沿线地质灾害隐患点"),
    ("y10", "梅里雪山", "mountain", "standalone", "守护好梅里雪山和澜沧江沿岸的生态环境"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="y", conventions="set y (blind set: counties and towns of ethnic-minority regions, names without a Han surname beside Han ones: 四川 甘孜 (稻城, three pages) and 凉山 (美姑), 甘肃 甘南 (碌曲 阿拉乡), 青海 果洛 (班玛), 西藏 日喀则 (亚东), 内蒙古 锡林郭勒 (东乌珠穆沁旗), 新疆 昌吉 (木垒哈萨克自治县), 云南 迪庆 (德钦); autonomous prefectures labelled with the gazetteer's full name + organ (甘孜藏族自治州委, 甘孜藏族自治州政府 副州长, 果洛藏族自治州政府 州长), an autonomous county likewise (木垒哈萨克自治县委); a 代县长 elected 县长 (当选 is a holding), a visiting 上海市普陀区 delegation in full (普陀区 takes its city); 援藏 / 援疆 team roles are not posts; a 座谈会 after a 调研 is its own event)",
          persons_note="Set y persons. id = corpus-wide person_id (y:多吉才让#1 and y:多吉才让#2 are two people; y:益西达瓦 moves 稻城县副县长 2021 → 代县长 elected 县长 2023 → 甘孜藏族自治州副州长 2025; y:彭立新 is 稻城县委书记 in 2023 and 2025)")


if __name__ == "__main__":
    main()
