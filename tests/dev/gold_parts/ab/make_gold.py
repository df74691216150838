"""Write gold part ``ab`` (a blind set: 人大 and 政协 pages of counties and county-level cities in 黑龙江, 福建 and 贵州)
from the tables below.

Pages ``tests/dev/texts/ab*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 嘉禾 (红网) report of a 县人代会 全体会议 electing the 人大常委会主任 /
副主任 / 委员, the 县长 and seven 副县长, the 法院院长 and the 检察长 (``须报…批准``); a 深泽 县人代会 闭幕 with 主席团常务主席 /
执行主席 and 宪法宣誓; 淅川 人代会 闭幕 and 宁山 / 秦安 / 渠县 主席团会议 pages; 临朐, 永丰, 秀山 and 定远 县人大常委会 会议
reports (``县人大常委会主任…主持会议，副主任…出席会议…列席会议``, 任命书, 宪法宣誓); the 房县 and 惠安 reports of a 人大常委会
accepting a 县长's resignation and appointing a 代理县长; a 紫阳 人大常委会 electing a 副县长; an 安徽 县人大常委会 主任会议
(``县人大常委会党组书记、常务副主任…主持会议，副主任…出席会议``); the 石柱, 东乡, 金湖 and 宁海 县政协 全体会议 闭幕 pages
(``当选…主席 / 副主席 / 秘书长``, 执行主席); 肥西, 通山 and another county's 县政协 常委会议 pages (主席 主持, 副主席 and 秘书长
出席, 常务副县长 列席, 协商通过); a 松阳 政协 主席会议 with a 民主监督报告; 浮山, 凤凰 and 临澧 人大代表 视察 pages (a 副主任 or
主任 leading, 副县长 陪同, 座谈会 with the 副县长 汇报); a 千岛湖 县政协副主席 带队 走访. Places are real and new to the corpus:
黑龙江 佳木斯 (桦南县 three times, 富锦市), 福建 三明 (尤溪县 twice, 将乐县), 贵州 安顺 (普定县 three times).

Shapes: a county site's report of the 县人代会 一次会议 闭幕 with the whole election (人大常委会主任, four 副主任, 县长, five
副县长, 监委主任, 法院院长, 检察长) in one ``当选为`` sentence per organ (ab01); a 人大常委会 site's report of its 会议: the
县长 (now 县委书记) resigns, the 县委副书记 is appointed 代理县长, a 财政局局长 replaced (ab02); a city paper's 第02版 of the
next 人代会 where the 代县长 is elected 县长 and a 副县长 补选 (ab03); a 县级市 政协 site's 常委会议 with 专题协商 (ab04); a
县政协 site's 民主监督协商会 with the 县长, the 政协主席 chairing and a 城关镇党委书记 reporting (ab05); a county site's 县政协
全体会议 闭幕 electing the former 县长 主席 (ab06); a county site's 人大代表 视察 led by a 人大常委会副主任 with a 座谈会
(ab07); a county site's 人大常委会 会议 with 接受辞职 / 决定任命 / 决定免去 (ab08); the 人大常委会's 主任会议 chaired by the
new 主任 (ab09); a 县政协 site's 专项民主监督 led by a 政协副主席 at the same-named 城关镇 of another county (ab10).

Identity cases:
- ab:滕晓光, a 副县长 elected 县长 a year later (桦南县, three pages): elected 副县长 at the 人代会 of Dec 2021 (ab01);
  县委副书记 appointed 代理县长 by the 人大常委会 in Nov 2022 (ab02); 县委副书记、代县长 elected 县长 in Jan 2023 (ab03).
- ab:栾志远, a 县长 who becomes 县委书记: elected 县长 in Dec 2021 (ab01); 县委书记 whose resignation as 县长 is accepted in
  Nov 2022 (ab02: 辞去 gives no line); 县委书记 at the Jan 2023 election (ab03).
- ab:詹启明, a 县长 who becomes 县政协主席 (尤溪县): 县委副书记、县长 at the 政协 民主监督协商会 of June 2021 (ab05); elected
  县政协主席 in Dec 2021 (ab06), with his successor ab:卢钦华 as 县委副书记、代县长 at the same sitting.
- ab:杨承宇, a 县长 who becomes 县人大常委会主任 (普定县): 县委副书记、县长 at the 人大常委会 会议 of Aug 2021 (ab08);
  县人大常委会党组书记、主任 chairing the 主任会议 of May 2022 (ab09). ab:穆兴荣 and ab:韦春燕 are 副主任 on both pages.
- ab:岑晓雯 appointed 副县长 of 普定 in Aug 2021 (ab08) and 副县长 again at the 政协 民主监督 of June 2023 (ab10).
- ab:宫立彬 (桦南县人大常委会主任: elected ab01, chairing ab02 and ab03) and ab:于长河 (副主任, ab01–ab03).
- two different 葛振华: ab:葛振华#1 is elected 桦南县 副县长 (黑龙江, ab01); ab:葛振华#2 is 尤溪县政协副主席 (福建, ab05 and
  ab06, re-elected).
- the same organ words of different counties: 县人大常委会 of 桦南 (ab01–ab03), 将乐 (ab07) and 普定 (ab08, ab09); 县政协 of
  尤溪 (ab05, ab06) and 普定 (ab10), 市政协 of 富锦 (ab04); 城关镇 of 尤溪 (ab05, ab06) and of 普定 (ab08–ab10): the town
  organs are 尤溪县城关镇党委 and 普定县城关镇党委 / 普定县城关镇政府.
- the editor ab:吴思琦 signs both 普定 government-site pages (ab08, ab09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts n, q, u and z where they speak; decided here where they are silent):
- Elections are holdings like appointments (parts n, u): ``宫立彬当选为桦南县第十八届人民代表大会常务委员会主任`` →
  桦南县人大常委会 主任 (人民代表大会常务委员会 folded to 人大常委会; the 届 is not part of the org); ``当选为桦南县人民政府
  副县长`` after a list gives every name 桦南县政府 副县长; ``当选为县政协主席 / 副主席 / 秘书长`` → 尤溪县政协. ``19名代表当选
  为县人大常委会委员`` and ``33名委员当选为县政协常务委员`` name nobody.
- ``当选为桦南县监察委员会主任`` → 桦南县监委 主任 (监察委员会 → 监委, CONVENTIONS).
- DECIDED HERE: the court and the procuratorate keep their names as written after the place: ``当选为桦南县人民法院院长``
  → 桦南县人民法院 院长; ``当选为桦南县人民检察院检察长，须报请…批准`` → 桦南县人民检察院 检察长 (a holding as written at the
  session, the approval still to come; the 佳木斯市人民检察院 and 佳木斯市人大常委会 named in that clause hold no person).
- 人大常委会 任免 (ab02, ab08): 决定任命 gives a holding (z, u); 决定接受 … 辞去 and 决定免去 give none (栾志远's 县长 in ab02,
  龙海川, 孟庆禄, 田茂森 named without a post). ``决定任命滕晓光为桦南县人民政府代理县长`` → 桦南县政府 代理县长 (as written,
  part q); his 县委副书记 comes from ``县委副书记、代理县长滕晓光…进行了宪法宣誓`` (the 代理县长 repeated there gives no second
  line).
- The election of a 代县长 (ab03): ``县委副书记、代县长滕晓光当选为桦南县人民政府县长`` gives 县委 副书记, 政府 代县长 (held until
  the vote) and 政府 县长, all three with that evidence (part n, n04); the headline repeat gives no line.
- DECIDED HERE: a 人大常委会 special committee is an org of its own, written with its place: ``县人大常委会财政经济工作委员会主任
  邹丽华`` → 将乐县人大常委会财政经济工作委员会 主任 (like z's 长治市人大常委会城乡建设环境保护工作委员会); committees named
  without a person (教育科学文化卫生工作委员会, 市政协农业和农村委员会) give nothing.
- 党组 goes only with 书记 (parts g, h, z): ``县人大常委会党组书记、主任杨承宇`` → 普定县人大常委会党组 书记 + 普定县人大常委会
  主任.
- A bare 秘书长 after a 政协 副主席 list is the 政协's (part p): ``市政协副主席吕红霞、车德军、郝文彬，秘书长綦立伟`` → 富锦市政协
  秘书长. A bare 副主任 after the 人大常委会主任 is the 人大常委会's (``副主任于长河、…出席会议``).
- Town organs (part n): ``城关镇党委书记肖建平`` on the 尤溪 政协 site → 尤溪县城关镇党委 书记; ``城关镇党委副书记、镇长聂春阳`` on
  the 普定 政协 site → 普定县城关镇党委 副书记 + 普定县城关镇政府 镇长.
- Session roles are not posts: 大会主席团常务主席, 大会执行主席, the chair of the 宪法宣誓仪式; 人大代表, 政协委员, 政协常委,
  民主监督小组 are not posts. 喻国栋's 县委书记 comes from ``大会主席团常务主席、县委书记喻国栋``; the 执行主席 of ab06 get
  their 政协 posts from the election sentences only.
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 on a county site or a county's 人大 / 政协 site =
  that county's; 市政协 / 副市长 on the 富锦 政协 site = 富锦市 (the county-level city, not 佳木斯); the 佳木斯日报's county
  report (ab03) names its county (桦南县) and its bare organs are 桦南's.
- Events: the 人代会 闭幕大会 (ab01; the elected are not attendees: nobody is named as present but the chair), the 人大常委会
  会议 (ab02, ab08: chair, 出席 and 列席 attendees, those sworn in are attendees, 讲话 / 表态发言 / 强调 speakers), the 人代会
  全体会议 (ab03; the 宪法宣誓仪式 inside it is part of it, its chair an attendee), the 政协常委会议 (ab04; 通报 / 汇报 / 讲话
  speakers), the 政协 民主监督协商会 (ab05; its 会前 察看 by an unnamed group is part of it), the 政协 闭幕大会 (ab06; the 执行主席
  就座 are attendees), the 人大代表 视察 (ab07, leader 廖春昌) and the 政协 专项民主监督 (ab10, leader 熊德才), each with its
  座谈会 as part of it (part p), the 主任会议 (ab09). Meetings named only (主任会议的提请 in ab02, 第六次会议 to come in ab09)
  are not events.
- Projects: works named as under way or to be pushed: …综合治理工程 engineering_work; 供热管网改造二期 infrastructure_project;
  …产业园 / …产业园二期 industrial_park; 老旧小区改造项目 and 棚户区改造三期 housing_project (z); …生态保护修复工程 and
  滨水景观带工程 greening_project; 标准厂房二期, 景区提升改造项目, 高标准农田示范区二期, 农贸市场提质改造项目 project. Slogans
  (紫苏小镇, 五彩尤溪, 朱子故里) and zones' 建设 / 扩区提质 are not projects.
- Places: one line per name per file; places inside titles, organ references, document titles and project names count;
  development zones as written (桦南经济开发区, 尤溪经济开发区: 经济开发区 is not folded); slogans give the short name (``五彩尤溪``
  → 尤溪) as parts n and u; site lines, mastheads, 来源 lines, footers (尤溪县城关镇解放路), 上一篇 / 下一篇 links (马官镇) and
  unnamed venues (县会议中心) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
import types
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ab01_huanan.txt": (2021, "发布时间：2021-12-29 08:35", "桦南县", [
        ("桦南县第十八届人民代表大会第一次会议胜利闭幕", "12月28日下午", "2021-12-28", "12月28日下午，桦南县第十八届",
         "county site: the 县人代会 一次会议 闭幕: election of the 人大常委会主任 and four 副主任, the 县长 and five 副县长, the 监委主任, 法院院长 and 检察长; 县委书记 chairs")]),
    "ab02_huanan.txt": (2022, "发布时间：2022-11-18 16:20", "桦南县", [
        ("县十八届人大常委会举行第九次会议 决定滕晓光为代理县长", "11月17日上午", "2022-11-17", "11月17日上午，县十八届",
         "人大常委会 site: session; 决定接受 the 县长's (now 县委书记) resignation, 决定任命 a 代理县长 and a 财政局局长, 决定免去; 宪法宣誓")]),
    "ab03_huanan.txt": (2023, "2023年1月8日　星期日", "桦南县", [
        ("桦南县十八届人大二次会议举行第三次全体会议", "1月7日下午", "2023-01-07", "本报讯（记者 谭书瑶）",
         "city paper 第02版: the county 人代会 全体会议 补选: the 县委副书记、代县长 elected 县长, a 副县长 elected; 宪法宣誓")]),
    "ab04_fujin.txt": (2023, "发布日期：2023-08-25", "富锦市", [
        ("市政协十届十二次常委会议召开 专题协商黑土地保护利用工作", "8月24日上午", "2023-08-24", "8月24日上午，市政协十届",
         "县级市 政协 site: 常委会议 chaired by the 主席; three 副主席 and the 秘书长; a 副市长 通报; 专题协商 on 黑土地")]),
    "ab05_youxi.txt": (2021, "发布时间：2021-06-24 17:10", "尤溪县", [
        ("县政协召开城关镇老旧小区改造专项民主监督协商会", "6月23日下午", "2021-06-23", "6月23日下午，县政协召开",
         "县政协 site: 民主监督协商会 with the 县委副书记、县长 speaking, the 政协主席 chairing, a 副县长 and the 城关镇党委书记 reporting")]),
    "ab06_youxi.txt": (2021, "发布时间：2021-12-30 09:15", "尤溪县", [
        ("政协尤溪县第十一届委员会第一次会议闭幕 詹启明当选县政协主席", "12月29日上午", "2021-12-29", "12月29日上午，中国人民政治协商会议",
         "county site: 县政协 一次会议 闭幕 electing the former 县长 主席, four 副主席 and the 秘书长; 县委书记, 代县长, 人大常委会主任 attend")]),
    "ab07_jiangle.txt": (2023, "发布时间：2023-05-19 11:42", "将乐县", [
        ("县人大常委会组织代表视察重点项目建设", "5月18日", "2023-05-18", "5月18日，县人大常委会副主任",
         "county site: 人大代表 视察 of three projects led by a 人大常委会副主任, a 工作委员会主任 and a 副县长 accompanying; 座谈会")]),
    "ab08_puding.txt": (2021, "发布时间：2021-08-27 18:03", "普定县", [
        ("县十七届人大常委会第三十二次会议召开", "8月26日", "2021-08-26", "8月26日，县十七届",
         "county site: 人大常委会 会议: 接受 a 副县长's resignation, 任命 a 副县长 and an 教育局局长, 免去; the 县长 and 常务副县长 列席")]),
    "ab09_puding.txt": (2022, "发布时间：2022-05-13 10:26", "普定县", [
        ("县十八届人大常委会召开第五次主任会议", "5月12日上午", "2022-05-12", "5月12日上午，县人大常委会党组书记",
         "county site: 人大常委会 主任会议 chaired by the new 党组书记、主任 (the former 县长); three 副主任")]),
    "ab10_puding.txt": (2023, "发布时间：2023-06-16 15:48", "普定县", [
        ("县政协开展城关镇农贸市场提质改造专项民主监督", "6月15日", "2023-06-15", "6月15日，县政协副主席",
         "县政协 site: 专项民主监督 at the 城关镇 markets led by a 政协副主席, a 副县长 accompanying; 协商座谈会 with the 镇长 reporting")]),
}

_VP01 = "于长河、曹丽艳、孔繁军、房德胜当选为桦南县第十八届人民代表大会常务委员会副主任"
_FX01 = "滕晓光、葛振华、隋玉梅、邢国庆、尚春雨当选为桦南县人民政府副县长"
_VP02 = "副主任于长河、曹丽艳、孔繁军、房德胜出席会议"
_E03 = "县委副书记、代县长滕晓光当选为桦南县人民政府县长"
_ZX04 = "市政协副主席吕红霞、车德军、郝文彬，秘书长綦立伟出席会议"
_ZX05 = "县政协副主席葛振华、林雅琴，副县长陈昱坤出席会议"
_ZX06 = "葛振华、林雅琴、郑德旺、纪美珠当选为县政协副主席"
_G06 = "县委书记严志鸿，县委副书记、代县长卢钦华，县人大常委会主任黄明礼应邀出席闭幕大会"
_G08 = "县委副书记、县长杨承宇，县委常委、常务副县长黄建勋"
_VP08 = "副主任穆兴荣、宋光明、韦春燕出席会议"
_VP09 = "县人大常委会副主任穆兴荣、韦春燕、蒙丽娟出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    "ab:喻国栋": ("喻国栋", "official", "桦南县", [
        ("ab01", "桦南县委", "书记", "大会主席团常务主席、县委书记喻国栋主持闭幕大会", "大会主席团常务主席 is a session role")], []),
    "ab:宫立彬": ("宫立彬", "official", "桦南县", [
        ("ab01", "桦南县人大常委会", "主任", "宫立彬当选为桦南县第十八届人民代表大会常务委员会主任", "elected (2021)"),
        ("ab02", "桦南县人大常委会", "主任", "县人大常委会主任宫立彬主持会议", "2022"),
        ("ab03", "桦南县人大常委会", "主任", "大会执行主席、县人大常委会主任宫立彬主持会议", "2023; 大会执行主席 is a session role")], []),
    "ab:于长河": ("于长河", "official", "桦南县", [
        ("ab01", "桦南县人大常委会", "副主任", _VP01, "elected; list after one title"),
        ("ab02", "桦南县人大常委会", "副主任", _VP02, "bare 副主任 after the 人大常委会主任"),
        ("ab03", "桦南县人大常委会", "副主任", "宪法宣誓仪式由县人大常委会副主任于长河主持", "chairs the oath inside the plenary (a session role)")], []),
    "ab:曹丽艳": ("曹丽艳", "official", "桦南县", [
        ("ab01", "桦南县人大常委会", "副主任", _VP01, None),
        ("ab02", "桦南县人大常委会", "副主任", _VP02, None)], []),
    "ab:孔繁军": ("孔繁军", "official", "桦南县", [
        ("ab01", "桦南县人大常委会", "副主任", _VP01, None),
        ("ab02", "桦南县人大常委会", "副主任", _VP02, None)], []),
    "ab:房德胜": ("房德胜", "official", "桦南县", [
        ("ab01", "桦南县人大常委会", "副主任", _VP01, None),
        ("ab02", "桦南县人大常委会", "副主任", _VP02, None)], []),
    "ab:栾志远": ("栾志远", "official", "桦南县", [
        ("ab01", "桦南县政府", "县长", "栾志远当选为桦南县人民政府县长", "elected (2021)"),
        ("ab02", "桦南县委", "书记", "县委书记栾志远到会讲话", "2022: 县委书记; his resignation as 县长 is accepted (辞去: no line)"),
        ("ab03", "桦南县委", "书记", "县委书记栾志远和大会主席团常务主席", "2023")], []),
    "ab:滕晓光": ("滕晓光", "official", "桦南县", [
        ("ab01", "桦南县政府", "副县长", _FX01, "elected 副县长 (Dec 2021): first of three 桦南 pages"),
        ("ab02", "桦南县政府", "代理县长", "决定任命滕晓光为桦南县人民政府代理县长", "appointed by the 人大常委会 (Nov 2022); repeated with 县委副书记 at the oath (no second line); headline repeat"),
        ("ab02", "桦南县委", "副书记", "县委副书记、代理县长滕晓光和蔺文韬进行了宪法宣誓", None),
        ("ab03", "桦南县委", "副书记", _E03, "2023"),
        ("ab03", "桦南县政府", "代县长", _E03, "held until the vote of the same sitting (part n)"),
        ("ab03", "桦南县政府", "县长", _E03, "elected 县长 (Jan 2023); 新当选的县长 repeated, no second line")], []),
    "ab:葛振华#1": ("葛振华", "official", "桦南县", [
        ("ab01", "桦南县政府", "副县长", _FX01, "not the 葛振华 of 尤溪县政协 (福建, ab05, ab06)")], []),
    "ab:隋玉梅": ("隋玉梅", "official", "桦南县", [("ab01", "桦南县政府", "副县长", _FX01, None)], []),
    "ab:邢国庆": ("邢国庆", "official", "桦南县", [("ab01", "桦南县政府", "副县长", _FX01, None)], []),
    "ab:尚春雨": ("尚春雨", "official", "桦南县", [("ab01", "桦南县政府", "副县长", _FX01, None)], []),
    "ab:关志强": ("关志强", "official", "桦南县", [
        ("ab01", "桦南县监委", "主任", "关志强当选为桦南县监察委员会主任", "监察委员会 → 监委")], []),
    "ab:鲍晓东": ("鲍晓东", "official", "桦南县", [
        ("ab01", "桦南县人民法院", "院长", "鲍晓东当选为桦南县人民法院院长", "DECIDED HERE: the court as written after its place")], []),
    "ab:谷雪峰": ("谷雪峰", "official", "桦南县", [
        ("ab01", "桦南县人民检察院", "检察长", "谷雪峰当选为桦南县人民检察院检察长", "DECIDED HERE: a holding although 须报…批准")], []),
    "ab:蔺文韬": ("蔺文韬", "official", "桦南县", [
        ("ab02", "桦南县财政局", "局长", "决定任命蔺文韬为桦南县财政局局长", "arrival on the post 孟庆禄 leaves (免去)")], []),
    "ab:孟庆禄": ("孟庆禄", "official", "桦南县", [], ["ab02"]),
    "ab:程海燕": ("程海燕", "official", "桦南县", [
        ("ab03", "桦南县政府", "副县长", "程海燕当选为桦南县人民政府副县长", "elected (补选)")], []),
    "ab:苗振东": ("苗振东", "official", "富锦市", [
        ("ab04", "富锦市政协", "主席", "市政协主席苗振东主持会议", None)], []),
    "ab:吕红霞": ("吕红霞", "official", "富锦市", [("ab04", "富锦市政协", "副主席", _ZX04, "list after one title")], []),
    "ab:车德军": ("车德军", "official", "富锦市", [("ab04", "富锦市政协", "副主席", _ZX04, None)], []),
    "ab:郝文彬": ("郝文彬", "official", "富锦市", [("ab04", "富锦市政协", "副主席", _ZX04, None)], []),
    "ab:綦立伟": ("綦立伟", "official", "富锦市", [
        ("ab04", "富锦市政协", "秘书长", _ZX04, "bare 秘书长 after the 市政协副主席 list")], []),
    "ab:邵明阳": ("邵明阳", "official", "富锦市", [
        ("ab04", "富锦市政府", "副市长", "副市长邵明阳应邀出席会议并通报情况", "富锦市 is a county-level city: its own 政府")], []),
    "ab:詹启明": ("詹启明", "official", "尤溪县", [
        ("ab05", "尤溪县委", "副书记", "县委副书记、县长詹启明出席会议并讲话", "June 2021"),
        ("ab05", "尤溪县政府", "县长", "县委副书记、县长詹启明出席会议并讲话", "June 2021: 县长"),
        ("ab06", "尤溪县政协", "主席", "詹启明当选为县政协主席", "Dec 2021: the former 县长 elected 县政协主席; 大会执行主席 (session role); headline and 新当选的县政协主席 repeat it")], []),
    "ab:邱文彬": ("邱文彬", "official", "尤溪县", [
        ("ab05", "尤溪县政协", "主席", "县政协主席邱文彬主持会议", "the 主席 before 詹启明")], []),
    "ab:葛振华#2": ("葛振华", "official", "尤溪县", [
        ("ab05", "尤溪县政协", "副主席", _ZX05, "not the 葛振华 of 桦南县 (黑龙江, ab01)"),
        ("ab06", "尤溪县政协", "副主席", _ZX06, "re-elected; chairs the 闭幕大会 (session role)")], []),
    "ab:林雅琴": ("林雅琴", "official", "尤溪县", [
        ("ab05", "尤溪县政协", "副主席", _ZX05, None),
        ("ab06", "尤溪县政协", "副主席", _ZX06, "re-elected")], []),
    "ab:陈昱坤": ("陈昱坤", "official", "尤溪县", [
        ("ab05", "尤溪县政府", "副县长", _ZX05, "bare 副县长 after the 政协 list")], []),
    "ab:肖建平": ("肖建平", "official", "尤溪县", [
        ("ab05", "尤溪县城关镇党委", "书记", "城关镇党委书记肖建平汇报了", "town organ with its county (尤溪县城关镇, not 普定县城关镇)")], []),
    "ab:郑德旺": ("郑德旺", "official", "尤溪县", [("ab06", "尤溪县政协", "副主席", _ZX06, "elected")], []),
    "ab:纪美珠": ("纪美珠", "official", "尤溪县", [("ab06", "尤溪县政协", "副主席", _ZX06, "elected")], []),
    "ab:杨宗耀": ("杨宗耀", "official", "尤溪县", [
        ("ab06", "尤溪县政协", "秘书长", "杨宗耀当选为县政协秘书长", "elected; the 政协's 秘书长 is a post")], []),
    "ab:严志鸿": ("严志鸿", "official", "尤溪县", [("ab06", "尤溪县委", "书记", _G06, None)], []),
    "ab:卢钦华": ("卢钦华", "official", "尤溪县", [
        ("ab06", "尤溪县委", "副书记", _G06, None),
        ("ab06", "尤溪县政府", "代县长", _G06, "successor of 詹启明 as head of the 县政府; 代县长 as written")], []),
    "ab:黄明礼": ("黄明礼", "official", "尤溪县", [("ab06", "尤溪县人大常委会", "主任", _G06, None)], []),
    "ab:廖春昌": ("廖春昌", "official", "将乐县", [
        ("ab07", "将乐县人大常委会", "副主任", "县人大常委会副主任廖春昌带领部分县人大代表", "leads the 视察")], []),
    "ab:邹丽华": ("邹丽华", "official", "将乐县", [
        ("ab07", "将乐县人大常委会财政经济工作委员会", "主任", "县人大常委会财政经济工作委员会主任邹丽华", "DECIDED HERE: a 人大常委会 committee as an org with its place")], []),
    "ab:肖丽萍": ("肖丽萍", "official", "将乐县", [
        ("ab07", "将乐县政府", "副县长", "副县长肖丽萍陪同视察", None)], []),
    "ab:罗安平": ("罗安平", "official", "普定县", [
        ("ab08", "普定县人大常委会", "主任", "县人大常委会主任罗安平主持会议", "the 主任 before 杨承宇")], []),
    "ab:穆兴荣": ("穆兴荣", "official", "普定县", [
        ("ab08", "普定县人大常委会", "副主任", _VP08, "2021"),
        ("ab09", "普定县人大常委会", "副主任", _VP09, "2022")], []),
    "ab:宋光明": ("宋光明", "official", "普定县", [("ab08", "普定县人大常委会", "副主任", _VP08, None)], []),
    "ab:韦春燕": ("韦春燕", "official", "普定县", [
        ("ab08", "普定县人大常委会", "副主任", _VP08, None),
        ("ab09", "普定县人大常委会", "副主任", _VP09, None)], []),
    "ab:蒙丽娟": ("蒙丽娟", "official", "普定县", [("ab09", "普定县人大常委会", "副主任", _VP09, None)], []),
    "ab:杨承宇": ("杨承宇", "official", "普定县", [
        ("ab08", "普定县委", "副书记", _G08, "Aug 2021, 列席"),
        ("ab08", "普定县政府", "县长", _G08, "Aug 2021: 县长"),
        ("ab09", "普定县人大常委会党组", "书记", "县人大常委会党组书记、主任杨承宇主持召开", "May 2022: the former 县长 now heads the 人大常委会"),
        ("ab09", "普定县人大常委会", "主任", "县人大常委会党组书记、主任杨承宇主持召开", "党组 does not govern 主任")], []),
    "ab:黄建勋": ("黄建勋", "official", "普定县", [
        ("ab08", "普定县委", "常委", _G08, None),
        ("ab08", "普定县政府", "常务副县长", _G08, None)], []),
    "ab:龙海川": ("龙海川", "official", "普定县", [], ["ab08"]),
    "ab:岑晓雯": ("岑晓雯", "official", "普定县", [
        ("ab08", "普定县政府", "副县长", "决定任命岑晓雯为普定县人民政府副县长", "appointed (Aug 2021) on 龙海川's resignation"),
        ("ab10", "普定县政府", "副县长", "副县长岑晓雯陪同", "June 2023")], []),
    "ab:陆远山": ("陆远山", "official", "普定县", [
        ("ab08", "普定县教育局", "局长", "决定任命陆远山为普定县教育局局长", "arrival on the post 田茂森 leaves (免去)")], []),
    "ab:田茂森": ("田茂森", "official", "普定县", [], ["ab08"]),
    "ab:吴思琦": ("吴思琦", "editor", "普定县", [], ["ab08", "ab09"]),
    "ab:熊德才": ("熊德才", "official", "普定县", [
        ("ab10", "普定县政协", "副主席", "县政协副主席熊德才带领民主监督小组部分县政协委员", "leads the 民主监督")], []),
    "ab:聂春阳": ("聂春阳", "official", "普定县", [
        ("ab10", "普定县城关镇党委", "副书记", "城关镇党委副书记、镇长聂春阳汇报了", "town organ with its county (普定县城关镇, not 尤溪县城关镇)"),
        ("ab10", "普定县城关镇政府", "镇长", "城关镇党委副书记、镇长聂春阳汇报了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ab01", "贺晓蕾", "责任编辑", "editor", "责任编辑：贺晓蕾"),
    ("ab02", "林婉清", "供稿", "author", "（县人大常委会办公室 林婉清）"),
    ("ab02", "章浩宇", "责任编辑", "editor", "责任编辑：章浩宇"),
    ("ab03", "谭书瑶", "记者", "reporter", "本报讯（记者 谭书瑶）"),
    ("ab03", "雷思彤", "本版编辑", "editor", "本版编辑：雷思彤"),
    ("ab03", "潘俊熙", "校对", "editor", "校对：潘俊熙"),
    ("ab04", "韩冰洁", "作者", "author", "作者：韩冰洁"),
    ("ab05", "杜若琳", "供稿", "author", "（县政协提案委 杜若琳）"),
    ("ab05", "汤明月", "责任编辑", "editor", "责任编辑：汤明月"),
    ("ab06", "覃雨桐", "作者", "author", "作者：覃雨桐"),
    ("ab06", "陈可馨", "责任编辑", "editor", "责任编辑：陈可馨"),
    ("ab07", "付晓燕", "供稿", "author", "（县人大常委会办公室 付晓燕）"),
    ("ab07", "谢一帆", "责任编辑", "editor", "责任编辑：谢一帆"),
    ("ab08", "吴思琦", "责任编辑", "editor", "责任编辑：吴思琦"),
    ("ab09", "赵嘉音", "供稿", "author", "（县人大常委会办公室 赵嘉音）"),
    ("ab09", "吴思琦", "责任编辑", "editor", "责任编辑：吴思琦"),
    ("ab10", "高俊杰", "编辑", "editor", "编辑：高俊杰"),
    ("ab10", "邓可欣", "供稿", "author", "（县政协办公室 邓可欣）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ab01", "桦南县第十八届人民代表大会第一次会议闭幕大会", "session (人代会)", "12月28日下午", "喻国栋", None, [],
     [], ["喻国栋"], "县会议中心",
     "12月28日下午，桦南县第十八届人民代表大会第一次会议在县会议中心圆满完成各项议程后胜利闭幕",
     ["大会主席团常务主席、县委书记喻国栋主持闭幕大会", "喻国栋在讲话中指出"]),
    ("ab02", "县十八届人大常委会第九次会议", "session (人大常委会会议)", "11月17日上午", "宫立彬", None, [],
     ["于长河", "曹丽艳", "孔繁军", "房德胜", "栾志远", "滕晓光", "蔺文韬"], ["滕晓光", "栾志远"], None,
     "11月17日上午，县十八届人大常委会举行第九次会议",
     ["县人大常委会主任宫立彬主持会议", _VP02, "县委书记栾志远到会讲话",
      "县委副书记、代理县长滕晓光和蔺文韬进行了宪法宣誓", "滕晓光在表态发言中表示", "栾志远在讲话中指出"]),
    ("ab03", "桦南县第十八届人民代表大会第二次会议第三次全体会议", "session (人代会全体会议)", "1月7日下午", "宫立彬", None, [],
     ["栾志远", "滕晓光", "程海燕", "于长河"], ["滕晓光", "栾志远"], "县会议中心",
     "1月7日下午，桦南县第十八届人民代表大会第二次会议在县会议中心举行第三次全体会议",
     ["大会执行主席、县人大常委会主任宫立彬主持会议", "县委书记栾志远和大会主席团常务主席、执行主席在主席台就座",
      "新当选的县长滕晓光、副县长程海燕进行了宪法宣誓", "宪法宣誓仪式由县人大常委会副主任于长河主持",
      "滕晓光在发言中表示", "栾志远对滕晓光、程海燕当选表示祝贺"]),
    ("ab04", "市政协十届十二次常委会议", "meeting (政协常委会议)", "8月24日上午", "苗振东", None, [],
     ["吕红霞", "车德军", "郝文彬", "綦立伟", "邵明阳"], ["邵明阳", "吕红霞", "苗振东"], None,
     "8月24日上午，市政协十届十二次常委会议召开",
     ["市政协主席苗振东主持会议", _ZX04, "副市长邵明阳应邀出席会议并通报情况", "邵明阳通报了全市黑土地保护利用工作情况",
      "吕红霞代表市政协农业和农村委员会作了调研情况汇报", "苗振东在讲话中强调"]),
    ("ab05", "城关镇老旧小区改造专项民主监督协商会", "meeting (政协民主监督协商会)", "6月23日下午", "邱文彬", None, ["县政协"],
     ["詹启明", "葛振华", "林雅琴", "陈昱坤"], ["陈昱坤", "肖建平", "葛振华", "詹启明", "邱文彬"], None,
     "6月23日下午，县政协召开城关镇老旧小区改造专项民主监督协商会",
     ["县委副书记、县长詹启明出席会议并讲话", "县政协主席邱文彬主持会议", _ZX05, "陈昱坤通报了全县老旧小区改造工作情况",
      "城关镇党委书记肖建平汇报了", "葛振华代表县政协民主监督小组作了监督报告", "詹启明指出", "邱文彬要求"]),
    ("ab06", "政协尤溪县第十一届委员会第一次会议闭幕大会", "session (政协会议)", "12月29日上午", "葛振华", None, [],
     ["詹启明", "林雅琴", "郑德旺", "纪美珠", "严志鸿", "卢钦华", "黄明礼"], ["詹启明", "严志鸿"], "县会议中心",
     "12月29日上午，中国人民政治协商会议尤溪县第十一届委员会第一次会议在县会议中心圆满完成各项议程后胜利闭幕",
     ["大会执行主席詹启明、葛振华、林雅琴、郑德旺、纪美珠在主席台前排就座", _G06, "闭幕大会由葛振华主持",
      "新当选的县政协主席詹启明在闭幕大会上讲话", "严志鸿在讲话中"]),
    ("ab07", "重点项目建设视察", "inspection (人大代表视察)", "5月18日", None, "廖春昌", ["县人大常委会"],
     ["邹丽华", "肖丽萍"], ["肖丽萍", "廖春昌"], None,
     "5月18日，县人大常委会副主任廖春昌带领部分县人大代表，视察全县重点项目建设情况",
     ["县人大常委会副主任廖春昌带领部分县人大代表", "县人大常委会财政经济工作委员会主任邹丽华，副县长肖丽萍陪同视察",
      "肖丽萍通报了今年以来全县重点项目建设情况", "廖春昌指出"]),
    ("ab08", "县十七届人大常委会第三十二次会议", "session (人大常委会会议)", "8月26日", "罗安平", None, [],
     ["穆兴荣", "宋光明", "韦春燕", "杨承宇", "黄建勋", "岑晓雯", "陆远山"], ["杨承宇", "罗安平"], None,
     "8月26日，县十七届人大常委会第三十二次会议召开",
     ["县人大常委会主任罗安平主持会议", _VP08, _G08, "岑晓雯、陆远山进行了宪法宣誓", "杨承宇在会上作表态发言", "罗安平强调"]),
    ("ab09", "县十八届人大常委会第五次主任会议", "meeting (人大常委会主任会议)", "5月12日上午", "杨承宇", None, [],
     ["穆兴荣", "韦春燕", "蒙丽娟"], ["杨承宇"], None,
     "主持召开县十八届人大常委会第五次主任会议",
     ["县人大常委会党组书记、主任杨承宇主持召开", _VP09, "杨承宇指出"]),
    ("ab10", "城关镇农贸市场提质改造专项民主监督", "inspection (政协民主监督)", "6月15日", None, "熊德才", ["县政协"],
     ["岑晓雯"], ["岑晓雯", "聂春阳", "熊德才"], None,
     "6月15日，县政协副主席熊德才带领民主监督小组部分县政协委员，对城关镇农贸市场提质改造工作开展专项民主监督",
     ["县政协副主席熊德才带领民主监督小组部分县政协委员", "副县长岑晓雯陪同", "岑晓雯通报了全县农贸市场提质改造工作推进情况",
      "城关镇党委副书记、镇长聂春阳汇报了", "熊德才指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ab01", "倭肯河桦南段综合治理工程", "engineering_work", "其中包括倭肯河桦南段综合治理工程"),
    ("ab01", "桦南县城区供热管网改造二期", "infrastructure_project", "桦南县城区供热管网改造二期"),
    ("ab02", "倭肯河桦南段综合治理工程", "engineering_work", "关于倭肯河桦南段综合治理工程推进情况的报告"),
    ("ab02", "桦南县城区供热管网改造二期", "infrastructure_project", "全力抓好桦南县城区供热管网改造二期"),
    ("ab02", "紫苏产业园", "industrial_park", "紫苏产业园建设"),
    ("ab03", "倭肯河桦南段综合治理工程", "engineering_work", "聚焦倭肯河桦南段综合治理工程"),
    ("ab03", "紫苏产业园二期", "industrial_park", "紫苏产业园二期等重点项目"),
    ("ab04", "二龙山镇高标准农田示范区二期", "project", "二龙山镇高标准农田示范区二期"),
    ("ab04", "长安镇秸秆综合利用产业园", "industrial_park", "长安镇秸秆综合利用产业园等项目有序推进"),
    ("ab05", "尤溪县城关镇紫阳片区老旧小区改造项目", "housing_project", "尤溪县城关镇紫阳片区老旧小区改造项目"),
    ("ab06", "闽江尤溪段生态保护修复工程", "greening_project", "闽江尤溪段生态保护修复工程"),
    ("ab07", "古镛镇工业园区标准厂房二期", "project", "代表们先后来到古镛镇工业园区标准厂房二期"),
    ("ab07", "金溪南岸滨水景观带工程", "greening_project", "金溪南岸滨水景观带工程"),
    ("ab07", "玉华洞景区提升改造项目", "project", "玉华洞景区提升改造项目现场"),
    ("ab08", "城关镇棚户区改造三期", "housing_project", "加快推进城关镇棚户区改造三期"),
    ("ab08", "三岔河普定段综合治理工程", "engineering_work", "三岔河普定段综合治理工程"),
    ("ab09", "城关镇棚户区改造三期", "housing_project", "关于城关镇棚户区改造三期推进情况的视察报告"),
    ("ab10", "普定县城关镇东门农贸市场提质改造项目", "project", "普定县城关镇东门农贸市场提质改造项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ab01", "桦南县", "county", "in_org_reference", "桦南县第十八届人民代表大会第一次会议在县会议中心"),
    ("ab01", "佳木斯市", "city", "in_org_reference", "须报请佳木斯市人民检察院检察长提请佳木斯市人大常委会批准"),
    ("ab01", "倭肯河", "river", "in_project_name", "其中包括倭肯河桦南段综合治理工程"),
    ("ab01", "桦南经济开发区", "development_zone", "standalone", "全力推动“紫苏小镇”和桦南经济开发区建设"),
    ("ab01", "桦南", "county", "standalone", "奋力谱写新时代桦南全面振兴新篇章"),
    ("ab02", "桦南县", "county", "in_org_reference", "决定接受栾志远辞去桦南县人民政府县长职务的请求"),
    ("ab02", "倭肯河", "river", "in_project_name", "关于倭肯河桦南段综合治理工程推进情况的报告"),
    ("ab03", "桦南县", "county", "in_org_reference", "当选为桦南县人民政府县长"),
    ("ab03", "倭肯河", "river", "in_project_name", "聚焦倭肯河桦南段综合治理工程"),
    ("ab03", "桦南", "county", "standalone", "全力推动桦南高质量发展"),
    ("ab04", "二龙山镇", "town", "in_project_name", "二龙山镇高标准农田示范区二期"),
    ("ab04", "长安镇", "town", "in_project_name", "长安镇秸秆综合利用产业园等项目有序推进"),
    ("ab04", "三环泡湿地", "wetland", "standalone", "三环泡湿地周边生态保护"),
    ("ab04", "富锦", "county_level_city", "standalone", "为富锦建设现代农业强市贡献政协力量"),
    ("ab05", "城关镇", "town", "standalone", "深入城关镇紫阳片区、水东片区实地察看"),
    ("ab05", "紫阳片区", "area", "standalone", "深入城关镇紫阳片区、水东片区实地察看"),
    ("ab05", "水东片区", "area", "standalone", "深入城关镇紫阳片区、水东片区实地察看"),
    ("ab05", "尤溪县", "county", "in_project_name", "尤溪县城关镇紫阳片区老旧小区改造项目"),
    ("ab06", "尤溪县", "county", "in_org_reference", "中国人民政治协商会议尤溪县第十一届委员会第一次会议"),
    ("ab06", "城关镇", "town", "standalone", "围绕城关镇老旧小区改造"),
    ("ab06", "闽江", "river", "in_project_name", "闽江尤溪段生态保护修复工程"),
    ("ab06", "尤溪经济开发区", "development_zone", "standalone", "尤溪经济开发区扩区提质"),
    ("ab06", "尤溪", "county", "standalone (slogan)", "为建设“五彩尤溪”贡献智慧和力量"),
    ("ab07", "古镛镇", "town", "in_project_name", "代表们先后来到古镛镇工业园区标准厂房二期"),
    ("ab07", "金溪", "river", "in_project_name", "金溪南岸滨水景观带工程"),
    ("ab07", "玉华洞", "scenic_area", "in_project_name", "玉华洞景区提升改造项目现场"),
    ("ab08", "普定县", "county", "in_org_reference", "决定任命岑晓雯为普定县人民政府副县长"),
    ("ab08", "夜郎湖", "lake", "in_document_title", "关于夜郎湖饮用水水源地保护工作情况的报告"),
    ("ab08", "城关镇", "town", "in_project_name", "加快推进城关镇棚户区改造三期"),
    ("ab08", "三岔河", "river", "in_project_name", "三岔河普定段综合治理工程"),
    ("ab09", "城关镇", "town", "in_project_name", "关于城关镇棚户区改造三期推进情况的视察报告"),
    ("ab09", "夜郎湖", "lake", "standalone", "要加强对夜郎湖饮用水水源地保护等民生事项的跟踪监督"),
    ("ab10", "城关镇", "town", "standalone", "对城关镇农贸市场提质改造工作开展专项民主监督"),
    ("ab10", "东门农贸市场", "market", "standalone", "城关镇东门农贸市场、南门农贸市场改造现场"),
    ("ab10", "南门农贸市场", "market", "standalone", "城关镇东门农贸市场、南门农贸市场改造现场"),
    ("ab10", "普定县", "county", "in_project_name", "普定县城关镇东门农贸市场提质改造项目"),
]


def _writer() -> types.ModuleType:
    """The shared gold writer. Its page ids are ``file[:3]`` (one letter and two digits); a two-letter part's pages
    (``ab01_…``) need the whole id before the first ``_``, so the same code is loaded with that one change (the file
    itself is left as it is; when it already splits at ``_`` the text is loaded unchanged)."""
    path = HERE.parent.parent / "gold_writer.py"
    source = path.read_text(encoding="utf-8").replace("file[:3]", 'file.split("_")[0]')
    module = types.ModuleType("gold_writer_ab")
    module.__file__ = str(path)
    sys.modules[module.__name__] = module
    exec(compile(source, str(path), "exec"), module.__dict__)  # noqa: S102
    return module


def main() -> None:
    write = _writer().write

    write(sys.modules[__name__], prefix="ab", conventions="set ab (blind set: 人大 and 政协 pages of counties in 黑龙江 (佳木斯 桦南县 three times, 富锦市), 福建 (三明 尤溪县 twice, 将乐县) and 贵州 (安顺 普定县 three times): a 县人代会 闭幕 with the whole election, a 人大常委会 会议 accepting a 县长's resignation and appointing a 代理县长, the next 人代会 electing the 代县长 县长, 政协常委会议, 政协 民主监督协商会, 政协 全体会议 闭幕 electing the former 县长 主席, a 人大代表 视察 led by a 副主任, a 人大常委会 任免 (决定任命 is a holding, 辞去 and 免去 are not), a 主任会议 chaired by the former 县长, a 政协 专项民主监督; 当选 is a holding; 人民法院 / 人民检察院 kept as written; a 人大常委会 工作委员会 is an org with its place; one line per post per article)",
          persons_note="Set ab persons. id = corpus-wide person_id (ab:葛振华#1, 桦南县副县长 (黑龙江), and ab:葛振华#2, 尤溪县政协副主席 (福建), are two people; ab:滕晓光 moves 副县长 2021 → 代理县长 2022 → 县长 2023; ab:栾志远 县长 2021 → 县委书记 2022; ab:詹启明 县长 → 县政协主席 2021; ab:杨承宇 县长 2021 → 县人大常委会主任 2022)")


if __name__ == "__main__":
    main()
