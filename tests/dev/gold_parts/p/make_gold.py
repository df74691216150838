"""Write gold part ``p`` (an eighth blind set: county / district / city government websites of rare provinces) from the tables below.

Pages ``tests/dev/texts/p*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (a 临朐 and a 永丰 人大常委会 session report with 任免, 宪法宣誓 and
列席 lines, a 和县 人大常委会 report, a county 政府常务会议 report with ``县政府副县长 … 出席会议，县人大、县政协相关领导 …
列席会议``, a 筠连 招商引资项目集中签约仪式 (发布时间 / 来源 / 作者 / 责任编辑 line, 常务副县长 signs, company 总经理
speaks), a 房县 集中开工 timeline (县委书记宣布开工, 县长致辞, 常务副县长主持), 孝昌 and 石泉 签约 / 开工 reports, 汕尾 and
厦门 市政协 视察 reports, 镇巴, 太湖 and 齐齐哈尔 government-site chrome (索引号, 发布日期, 浏览次数, 网站标识码), county
领导分工 lines ``协助县长负责 … 分管 … 联系 …``). Provinces few in the corpus, places not yet in it: 福建 龙岩 上杭县 (three
pages), 云南 曲靖 陆良县, 贵州 铜仁 思南县, 黑龙江 牡丹江 宁安市, 广西 钦州 灵山县, 甘肃 张掖 临泽县, 新疆 哈密市 伊州区,
海南 文昌市.

Shapes (every page a browser copy of a government site: site line, navigation with 县长信箱 / 书记信箱 / 区长信箱 /
领导之窗 items, title, 发布时间 / 来源 / 浏览次数 line, 字号 and 分享 widgets, body, byline, 责任编辑, 【打印本页】【关闭窗口】,
footer with 主办单位, 备案号, 联系电话): a county 人大常委会 session with the 任免 in the text (决定接受 … 辞去, 决定任命,
决定免去), 宪法宣誓 and a 下一篇 link naming the 县长 (p01); the 县长's 调研 of named projects in three towns, the new
副县长 in the party (p02); a 领导之窗 page ``县政府领导`` with ``姓名： … 职务： …`` lines and 工作分工 of six leaders,
dated only by its 发布时间 (p03); a city 市长 visiting a county, on the county's site: bare 市委 / 市政府 are 曲靖's, bare
县委 is 陆良's (p04); a 县政府常务会议 (p05); a 招商引资项目集中签约仪式 of a county-level city where a 牡丹江市副市长
(written in full) is followed by a bare ``市委书记`` that is 宁安's, a company 董事长 speaks (p06); a 重大项目集中开工仪式
held on 3月12日 and published on 2024-03-14, a city 人大常委会副主任 (written in full), a company 总经理 (p07); a 县委书记's
督导检查 whose body has no date at all, so the page's only date is its 发布时间 (p08); a district's 项目观摩 and 观摩点评会
led by a ``市委常委、区委书记`` (哈密市委 + 伊州区委), Uyghur names with the middle dot (p09); a 市政协 视察 of a county-level
city directly under the province, with 座谈会, ``秘书长`` after a list of 副主席 (p10).

Identity cases:
- p:丘志鸿 across the three 上杭 pages: appointed 上杭县副县长 by the 人大常委会 on 2021-07-29 (p01); 副县长 in the 县长's
  调研 party in September 2021 (p02); 县委常委、常务副县长 on the 领导之窗 page of 2023 (p03). p:赖启华 is 县委副书记、县长
  on p02 and p03 and is named without a title in a 下一篇 link of p01; p:官明辉 is 副县长 on all three pages; the editor
  p:袁婧 signs p01 and p02.
- two different 罗永平: p:罗永平#1 is 思南县副县长 (贵州, 2022, p05); p:罗永平#2 is 宁安市委常委、副市长 (黑龙江, 2023, p06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed (a name in a 上一篇 /
下一篇 link of the page chrome is counted as a mention, as the check counts the whole page). Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts f to n where they speak; decided here where they are silent):
- An appointment makes a holding (``决定任命丘志鸿为上杭县人民政府副县长`` → 上杭县政府 副县长; ``曾碧霞为上杭县自然资源局局长``);
  辞去 (决定接受 … 辞去) and 免去 make none (温国良 and 钟立煌 are named without a post).
- A list after one title gives every name that title (``副主任华秀琴、蓝承志、傅永康``, ``副县长罗永平、安晓敏、冉茂军``,
  ``市政协副主席符丽君、邢增辉、陈泽民``); 列席 persons are attendees of the session.
- The 领导之窗 page: each ``姓名：X　　职务：Y`` line gives X's posts (evidence is the whole line); 工作分工 (负责, 协助县长负责,
  分管, 联系) are duties, not posts; ``副县长、县公安局局长`` gives 上杭县政府 副县长 and 上杭县公安局 局长. The page has no
  event; its article date is the page stamp.
- DECIDED HERE: a page whose body has no date (p08) takes its 发布时间 as the article and event date (date_text is the
  stamp's date ``2023-06-27``, date_inferred the same day), as a 领导之窗 page does; the event may be a day or two older.
- Bare organs take the place the page is about or its parent of the right level: 县委 / 县政府 / 县人大常委会 / 县政协 on
  the 上杭, 陆良, 思南, 灵山, 临泽 sites = that county; on the 陆良 site the 市长's ``市委副书记、市长`` and ``市政府秘书长``
  = 曲靖市委 / 曲靖市政府 (the county's parent city); on the 宁安 site (a county-level city) ``市委书记``, ``市委副书记、市长``,
  ``市人大常委会主任``, ``市政协主席``, ``市委常委、副市长`` = 宁安's, while the visitor is written in full (牡丹江市副市长 →
  牡丹江市政府); on the 伊州区 site ``市委常委、区委书记`` = 哈密市委 常委 + 伊州区委 书记, 区委 / 区政府 / 区人大常委会 /
  区政协 = 伊州区; on the 文昌 site 市政协 / 副市长 = 文昌's; the 钦州 and 牡丹江 officials are written in full. A town post
  is the county label + town + 党委 (上杭县蛟洋镇党委 书记). Department names as written after the place (上杭县自然资源局,
  临泽县委办公室, 临泽县应急管理局).
- Not posts: company roles (邢振江 董事长, 苏俊豪 总经理: company_executive, no line), 政协委员, 区四套班子领导, and page
  chrome (县长信箱, 书记信箱, 区长信箱, 领导之窗, 县政府领导 as a page title). ``主要负责同志`` of named departments with no
  person gives no line.
- Events: a 座谈会 held during a 调研 or 视察 is part of that event (p04, p10); a 观摩 and its 点评会 are two events (p09,
  as in part k). 汇报 / 通报 makes an attendee, 通报 at a 点评会 also a speaker (as in part k); 致辞, 讲话, 指出, 强调,
  表示, 作了安排, 提出要求, 作项目推介, 宣布开工 make speakers. A company representative who speaks is a speaker.
- Places: places inside project names, organ references, document titles (汀江, 古田会议旧址群, 思南县) and slogans (古田,
  上杭 in ``红色古田·幸福上杭``) count, one row per distinct name per file, with the context of its first occurrence;
  site lines, 来源 lines, navigation, footers and addresses (中枢街道, 宁安镇), company names (黑龙江, 广西 in company
  names) and product names (哈密瓜, 石板大米, 灵山荔枝 outside the project name) are not annotated. ``市政务服务中心`` is a
  venue as written.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "p01_shanghang.txt": (2021, "发布时间：2021-07-30 09:48", "上杭县", [
        ("县十七届人大常委会召开第四十一次会议", "7月29日", "2021-07-29", "7月29日，县十七届",
         "county 人大常委会 session: 辞去 accepted, 决定任命 丘志鸿 副县长 and a bureau head, 决定免去; 宪法宣誓; 下一篇 link naming the 县长")]),
    "p02_shanghang.txt": (2021, "发布时间：2021-09-16 08:35", "上杭县", [
        ("赖启华调研重点项目建设工作", "9月15日", "2021-09-15", "9月15日，县委副书记",
         "the 县长's 调研 of named projects in three towns; the new 副县长 丘志鸿 and 官明辉 in the party; a town secretary")]),
    "p03_shanghang.txt": (2023, "发布时间：2023-02-21 16:30", "上杭县", [
        ("县政府领导", "2023-02-21", "2023-02-21", "姓名：赖启华",
         "领导之窗: 姓名 / 职务 lines and 工作分工 of six county government leaders; 丘志鸿 now 县委常委、常务副县长; dated only by the stamp")]),
    "p04_luliang.txt": (2022, "发布时间：2022-05-18 19:02", "陆良县", [
        ("尹振东到陆良县调研产业发展和重点项目建设", "5月18日", "2022-05-18", "5月18日，市委副书记",
         "the 曲靖 市长 visits 陆良县 (county site): bare 市委 / 市政府 = 曲靖, bare 县委 = 陆良; projects; 座谈会")]),
    "p05_sinan.txt": (2022, "发布时间：2022-08-10 11:20", "思南县", [
        ("县人民政府召开2022年第十五次常务会议", "8月9日", "2022-08-09", "8月9日，县委副书记",
         "县政府常务会议: list of 副县长 (罗永平#1), 列席 人大 / 政协 deputies; 乌江 protection documents and projects")]),
    "p06_ningan.txt": (2023, "发布时间：2023-04-21 17:45", "宁安市", [
        ("宁安市2023年招商引资项目集中签约仪式举行 9个项目签约总额48.6亿元", "4月21日上午", "2023-04-21", "4月21日上午，宁安市",
         "signing ceremony of a county-level city: 牡丹江市副市长 in full, then bare 市委书记 (宁安's); 罗永平#2 市委常委、副市长 主持; company 董事长")]),
    "p07_lingshan.txt": (2024, "发布时间：2024-03-14 10:25", "灵山县", [
        ("灵山县举行2024年第一季度重大项目集中开工仪式", "3月12日上午", "2024-03-12", "3月12日上午，灵山县",
         "集中开工仪式 on 3月12日, published 2024-03-14; 钦州市人大常委会副主任 in full; company 总经理; 县委书记宣布开工")]),
    "p08_linze.txt": (2023, "发布时间：2023-06-27 17:40", "临泽县", [
        ("米建华督导检查防汛和安全生产工作", "2023-06-27", "2023-06-27", "为切实做好主汛期",
         "县委书记's 督导检查 of flood control and safety in three towns; the body has no date, the only date is the 发布时间")]),
    "p09_yizhou.txt": (2022, "发布时间：2022-10-12 18:10", "伊州区", [
        ("伊州区开展2022年第三季度重点项目观摩活动", "10月11日", "2022-10-11", "10月11日，伊州区",
         "district 项目观摩 and 观摩点评会; 市委常委、区委书记 (哈密市委 + 伊州区委); Uyghur names; 哈密高新区 in a project name")]),
    "p10_wenchang.txt": (2024, "发布时间：2024-05-17 09:15", "文昌市", [
        ("市政协组织委员视察重点项目建设情况", "5月16日", "2024-05-16", "5月16日，市政协主席",
         "市政协 视察 of projects with a 座谈会; 副主席 list and bare 秘书长; 副市长 通报")]),
}

_LIST01 = "副主任华秀琴、蓝承志、傅永康出席会议"
_LIST05 = "副县长罗永平、安晓敏、冉茂军出席会议"
_LIST10 = "市政协副主席符丽君、邢增辉、陈泽民"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # p01, p02, p03: 上杭县 (福建 龙岩)
    "p:邱木生": ("邱木生", "official", "上杭县", [("p01", "上杭县人大常委会", "主任", "县人大常委会主任邱木生主持会议", None)], []),
    "p:华秀琴": ("华秀琴", "official", "上杭县", [("p01", "上杭县人大常委会", "副主任", _LIST01, "list after one title")], []),
    "p:蓝承志": ("蓝承志", "official", "上杭县", [("p01", "上杭县人大常委会", "副主任", _LIST01, None)], []),
    "p:傅永康": ("傅永康", "official", "上杭县", [("p01", "上杭县人大常委会", "副主任", _LIST01, None)], []),
    "p:阙丽芳": ("阙丽芳", "official", "上杭县", [
        ("p01", "上杭县委", "常委", "县委常委、组织部部长阙丽芳", "列席"),
        ("p01", "上杭县委组织部", "部长", "县委常委、组织部部长阙丽芳", None)], []),
    "p:官明辉": ("官明辉", "official", "上杭县", [
        ("p01", "上杭县政府", "副县长", "副县长官明辉，县监委", "2021, 列席; surname 官 right after the title"),
        ("p02", "上杭县政府", "副县长", "副县长丘志鸿、官明辉", "2021; list after one title"),
        ("p03", "上杭县政府", "副县长", "姓名：官明辉　　职务：副县长", "2023: same post")], []),
    "p:温国良": ("温国良", "official", "上杭县", [], ["p01"]),
    "p:丘志鸿": ("丘志鸿", "official", "上杭县", [
        ("p01", "上杭县政府", "副县长", "决定任命丘志鸿为上杭县人民政府副县长", "2021-07-29: appointed (决定任命); also speaks for the newly appointed"),
        ("p02", "上杭县政府", "副县长", "副县长丘志鸿、官明辉", "2021-09: the post appointed in p01"),
        ("p03", "上杭县委", "常委", "姓名：丘志鸿　　职务：县委常委、常务副县长", "2023: moved from 副县长 (p01, p02) to 县委常委、常务副县长"),
        ("p03", "上杭县政府", "常务副县长", "姓名：丘志鸿　　职务：县委常委、常务副县长", None)], []),
    "p:曾碧霞": ("曾碧霞", "official", "上杭县", [("p01", "上杭县自然资源局", "局长", "曾碧霞为上杭县自然资源局局长", "appointment (决定任命 … 丘志鸿为 …，曾碧霞为 …)")], []),
    "p:钟立煌": ("钟立煌", "official", "上杭县", [], ["p01"]),
    "p:赖启华": ("赖启华", "official", "上杭县", [
        ("p02", "上杭县委", "副书记", "县委副书记、县长赖启华带队深入临城镇", "2021; also named without a title in a 下一篇 link of p01"),
        ("p02", "上杭县政府", "县长", "县委副书记、县长赖启华带队深入临城镇", None),
        ("p03", "上杭县委", "副书记", "姓名：赖启华　　职务：县委副书记、县长", "2023: same posts"),
        ("p03", "上杭县政府", "县长", "姓名：赖启华　　职务：县委副书记、县长", None)], ["p01"]),
    "p:袁婧": ("袁婧", "editor", "上杭县人民政府网站", [], ["p01", "p02"]),
    "p:廖春生": ("廖春生", "official", "上杭县蛟洋镇", [
        ("p02", "上杭县蛟洋镇党委", "书记", "蛟洋镇党委书记廖春生汇报了", "town post: county label + town + 党委")], []),
    "p:钟晓薇": ("钟晓薇", "official", "上杭县", [("p03", "上杭县政府", "副县长", "姓名：钟晓薇　　职务：副县长", None)], []),
    "p:蓝建峰": ("蓝建峰", "official", "上杭县", [
        ("p03", "上杭县政府", "副县长", "姓名：蓝建峰　　职务：副县长、县公安局局长", None),
        ("p03", "上杭县公安局", "局长", "姓名：蓝建峰　　职务：副县长、县公安局局长", "bare 县公安局 on the 上杭 site")], []),
    "p:吴宏彬": ("吴宏彬", "official", "上杭县", [("p03", "上杭县政府", "副县长", "姓名：吴宏彬　　职务：副县长", None)], []),
    # p04: 陆良县 (云南 曲靖)
    "p:尹振东": ("尹振东", "external_official", "曲靖市", [
        ("p04", "曲靖市委", "副书记", "5月18日，市委副书记、市长尹振东到陆良县调研", "bare 市委 on the 陆良 site = 曲靖市委 (the county's parent city)"),
        ("p04", "曲靖市政府", "市长", "5月18日，市委副书记、市长尹振东到陆良县调研", None)], []),
    "p:保永祥": ("保永祥", "external_official", "曲靖市", [("p04", "曲靖市政府", "秘书长", "市政府秘书长保永祥", "bare 市政府 on the 陆良 site = 曲靖")], []),
    "p:浦建勇": ("浦建勇", "official", "陆良县", [("p04", "陆良县委", "书记", "县委书记浦建勇", None)], []),
    "p:范丽琼": ("范丽琼", "official", "陆良县", [
        ("p04", "陆良县委", "副书记", "县委副书记、县长范丽琼", None),
        ("p04", "陆良县政府", "县长", "县委副书记、县长范丽琼", None)], []),
    "p:史洪波": ("史洪波", "official", "陆良县", [
        ("p04", "陆良县委", "常委", "县委常委、常务副县长史洪波参加调研", None),
        ("p04", "陆良县政府", "常务副县长", "县委常委、常务副县长史洪波参加调研", None)], []),
    # p05: 思南县 (贵州 铜仁)
    "p:田茂林": ("田茂林", "official", "思南县", [
        ("p05", "思南县委", "副书记", "8月9日，县委副书记、县长田茂林主持召开", None),
        ("p05", "思南县政府", "县长", "8月9日，县委副书记、县长田茂林主持召开", None)], []),
    "p:代光辉": ("代光辉", "official", "思南县", [
        ("p05", "思南县委", "常委", "县委常委、常务副县长代光辉", None),
        ("p05", "思南县政府", "常务副县长", "县委常委、常务副县长代光辉", None)], []),
    "p:罗永平#1": ("罗永平", "official", "思南县", [
        ("p05", "思南县政府", "副县长", _LIST05, "list after one title; not the 罗永平 of 宁安 (p06)")], []),
    "p:安晓敏": ("安晓敏", "official", "思南县", [("p05", "思南县政府", "副县长", _LIST05, None)], []),
    "p:冉茂军": ("冉茂军", "official", "思南县", [("p05", "思南县政府", "副县长", _LIST05, None)], []),
    "p:张秀兰": ("张秀兰", "official", "思南县", [("p05", "思南县人大常委会", "副主任", "县人大常委会副主任张秀兰", "列席")], []),
    "p:何国良": ("何国良", "official", "思南县", [("p05", "思南县政协", "副主席", "县政协副主席何国良列席会议", None)], []),
    # p06: 宁安市 (黑龙江 牡丹江)
    "p:修文利": ("修文利", "external_official", "牡丹江市", [("p06", "牡丹江市政府", "副市长", "牡丹江市副市长修文利", "the visitor, written in full")], []),
    "p:栾树东": ("栾树东", "official", "宁安市", [
        ("p06", "宁安市委", "书记", "市委书记栾树东", "bare 市委 on the 宁安 site = 宁安市委, though it follows 牡丹江市副市长")], []),
    "p:隋海波": ("隋海波", "official", "宁安市", [
        ("p06", "宁安市委", "副书记", "市委副书记、市长隋海波", "also named in a 下一篇 link"),
        ("p06", "宁安市政府", "市长", "市委副书记、市长隋海波", None)], []),
    "p:关玉坤": ("关玉坤", "official", "宁安市", [("p06", "宁安市人大常委会", "主任", "市人大常委会主任关玉坤", None)], []),
    "p:富丽华": ("富丽华", "official", "宁安市", [("p06", "宁安市政协", "主席", "市政协主席富丽华出席仪式", None)], []),
    "p:罗永平#2": ("罗永平", "official", "宁安市", [
        ("p06", "宁安市委", "常委", "市委常委、副市长罗永平主持签约仪式", "not the 罗永平 of 思南 (p05)"),
        ("p06", "宁安市政府", "副市长", "市委常委、副市长罗永平主持签约仪式", "宁安's 副市长 (bare 市 on the 宁安 site)")], []),
    "p:邢振江": ("邢振江", "company_executive", "黑龙江镜湖文旅发展有限公司", [], ["p06"]),
    # p07: 灵山县 (广西 钦州)
    "p:劳启明": ("劳启明", "external_official", "钦州市", [("p07", "钦州市人大常委会", "副主任", "钦州市人大常委会副主任劳启明", "written in full")], []),
    "p:宁德文": ("宁德文", "official", "灵山县", [("p07", "灵山县委", "书记", "县委书记宁德文", "宣布开工")], []),
    "p:黄冠宇": ("黄冠宇", "official", "灵山县", [
        ("p07", "灵山县委", "副书记", "县委副书记、县长黄冠宇", None),
        ("p07", "灵山县政府", "县长", "县委副书记、县长黄冠宇", None)], []),
    "p:韦秀芳": ("韦秀芳", "official", "灵山县", [("p07", "灵山县人大常委会", "主任", "县人大常委会主任韦秀芳", None)], []),
    "p:庞志坚": ("庞志坚", "official", "灵山县", [("p07", "灵山县政协", "主席", "县政协主席庞志坚出席仪式", None)], []),
    "p:梁宝清": ("梁宝清", "official", "灵山县", [
        ("p07", "灵山县委", "常委", "县委常委、常务副县长梁宝清主持仪式", None),
        ("p07", "灵山县政府", "常务副县长", "县委常委、常务副县长梁宝清主持仪式", None)], []),
    "p:苏俊豪": ("苏俊豪", "company_executive", "广西钦润新材料有限公司", [], ["p07"]),
    # p08: 临泽县 (甘肃 张掖)
    "p:米建华": ("米建华", "official", "临泽县", [("p08", "临泽县委", "书记", "县委书记米建华带队深入沙河镇", "dated by the stamp (no date in the body)")], []),
    "p:薛文静": ("薛文静", "official", "临泽县", [
        ("p08", "临泽县委", "常委", "县委常委、县委办公室主任薛文静", None),
        ("p08", "临泽县委办公室", "主任", "县委常委、县委办公室主任薛文静", None)], []),
    "p:马成林": ("马成林", "official", "临泽县", [("p08", "临泽县政府", "副县长", "副县长马成林", None)], []),
    "p:杜海生": ("杜海生", "official", "临泽县", [("p08", "临泽县应急管理局", "局长", "县应急管理局局长杜海生", None)], []),
    "p:窦建国": ("窦建国", "official", "临泽县", [("p08", "临泽县水务局", "局长", "县水务局局长窦建国参加督导", None)], []),
    # p09: 伊州区 (新疆 哈密市)
    "p:程卫疆": ("程卫疆", "official", "伊州区", [
        ("p09", "哈密市委", "常委", "市委常委、区委书记程卫疆带队", "市委 on the 伊州区 site = 哈密市委 (the district's city)"),
        ("p09", "伊州区委", "书记", "市委常委、区委书记程卫疆带队", "区委 = 伊州区委")], []),
    "p:买买提江·吾守尔": ("买买提江·吾守尔", "official", "伊州区", [
        ("p09", "伊州区委", "副书记", "区委副书记、区长买买提江·吾守尔", "name with the middle dot"),
        ("p09", "伊州区政府", "区长", "区委副书记、区长买买提江·吾守尔", None)], []),
    "p:唐新民": ("唐新民", "official", "伊州区", [("p09", "伊州区人大常委会", "主任", "区人大常委会主任唐新民", None)], []),
    "p:古丽娜·艾买提": ("古丽娜·艾买提", "official", "伊州区", [
        ("p09", "伊州区政协", "主席", "区政协主席古丽娜·艾买提", "区四套班子领导 is not a post")], []),
    "p:聂海燕": ("聂海燕", "official", "伊州区", [
        ("p09", "伊州区委", "常委", "区委常委、常务副区长聂海燕通报了", None),
        ("p09", "伊州区政府", "常务副区长", "区委常委、常务副区长聂海燕通报了", None)], []),
    # p10: 文昌市 (海南)
    "p:云维新": ("云维新", "official", "文昌市", [("p10", "文昌市政协", "主席", "5月16日，市政协主席云维新带领部分市政协委员", "市政协委员 is not a post")], []),
    "p:符丽君": ("符丽君", "official", "文昌市", [("p10", "文昌市政协", "副主席", _LIST10, "list after one title")], []),
    "p:邢增辉": ("邢增辉", "official", "文昌市", [("p10", "文昌市政协", "副主席", _LIST10, None)], []),
    "p:陈泽民": ("陈泽民", "official", "文昌市", [("p10", "文昌市政协", "副主席", _LIST10, None)], []),
    "p:韩小珍": ("韩小珍", "official", "文昌市", [
        ("p10", "文昌市政协", "秘书长", "秘书长韩小珍参加视察", "bare 秘书长 after the 市政协副主席 list = 文昌市政协 秘书长")], []),
    "p:潘世杰": ("潘世杰", "official", "文昌市", [("p10", "文昌市政府", "副市长", "副市长潘世杰陪同视察", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("p01", "练秋燕", "通讯员", "correspondent", "（通讯员 练秋燕）"),
    ("p01", "袁婧", "责任编辑", "editor", "责任编辑：袁婧"),
    ("p02", "林雅琪", "记者", "reporter", "（记者 林雅琪 通讯员 温晓岚）"),
    ("p02", "温晓岚", "通讯员", "correspondent", "（记者 林雅琪 通讯员 温晓岚）"),
    ("p02", "袁婧", "责任编辑", "editor", "责任编辑：袁婧"),
    ("p04", "资美玲", "记者", "reporter", "（记者 资美玲 通讯员 王子豪）"),
    ("p04", "王子豪", "通讯员", "correspondent", "（记者 资美玲 通讯员 王子豪）"),
    ("p04", "段雨欣", "责任编辑", "editor", "责任编辑：段雨欣"),
    ("p05", "冯雪梅", "责任编辑", "editor", "责任编辑：冯雪梅"),
    ("p06", "鄂晓彤", "记者", "reporter", "（记者 鄂晓彤 通讯员 孙振宇）"),
    ("p06", "孙振宇", "通讯员", "correspondent", "（记者 鄂晓彤 通讯员 孙振宇）"),
    ("p06", "郝佳宁", "责任编辑", "editor", "责任编辑：郝佳宁"),
    ("p07", "覃雨欣", "记者", "reporter", "（记者 覃雨欣 通讯员 陆家明）"),
    ("p07", "陆家明", "通讯员", "correspondent", "（记者 覃雨欣 通讯员 陆家明）"),
    ("p07", "甘晓琳", "责任编辑", "editor", "责任编辑：甘晓琳"),
    ("p08", "韩雅婷", "责任编辑", "editor", "责任编辑：韩雅婷"),
    ("p09", "热依拉·阿不都", "通讯员", "correspondent", "（通讯员 热依拉·阿不都 王雪晴）"),
    ("p09", "王雪晴", "通讯员", "correspondent", "（通讯员 热依拉·阿不都 王雪晴）"),
    ("p09", "马晓琴", "责任编辑", "editor", "责任编辑：马晓琴"),
    ("p10", "吴若楠", "供稿", "author", "（供稿：市政协办公室 吴若楠）"),
    ("p10", "云晓雯", "责任编辑", "editor", "责任编辑：云晓雯"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("p01", "县十七届人大常委会第四十一次会议", "session (人大常委会会议)", "7月29日", "邱木生", None, [],
     ["华秀琴", "蓝承志", "傅永康", "阙丽芳", "官明辉"], ["丘志鸿", "邱木生"], None,
     "7月29日，县十七届人大常委会召开第四十一次会议",
     ["县人大常委会主任邱木生主持会议", _LIST01, "县委常委、组织部部长阙丽芳", "副县长官明辉", "丘志鸿代表新任命人员作表态发言", "邱木生在讲话中指出"]),
    ("p02", "重点项目建设调研", "inspection (调研)", "9月15日", None, "赖启华", [],
     ["丘志鸿", "官明辉", "廖春生"], ["赖启华", "丘志鸿", "官明辉"], "临城镇、蛟洋镇、古田镇",
     "县委副书记、县长赖启华带队深入临城镇、蛟洋镇、古田镇，调研重点项目建设推进情况",
     ["县长赖启华带队", "副县长丘志鸿、官明辉", "蛟洋镇党委书记廖春生汇报了", "赖启华强调", "丘志鸿就做好项目用地报批和资金争取工作作了具体安排", "官明辉对安置房质量安全监管提出要求"]),
    ("p04", "产业发展和重点项目建设调研", "inspection (调研)", "5月18日", None, "尹振东", [],
     ["保永祥", "浦建勇", "范丽琼", "史洪波"], ["范丽琼", "尹振东", "浦建勇"], "陆良县",
     "市委副书记、市长尹振东到陆良县调研产业发展和重点项目建设工作",
     ["市长尹振东到陆良县调研", "市政府秘书长保永祥", "县委书记浦建勇", "县长范丽琼", "常务副县长史洪波参加调研", "浦建勇汇报了", "范丽琼就下一步工作打算作了发言", "他指出", "浦建勇表示"]),
    ("p05", "县人民政府2022年第十五次常务会议", "meeting (县政府常务会议)", "8月9日", "田茂林", None, [],
     ["代光辉", "罗永平", "安晓敏", "冉茂军", "张秀兰", "何国良"], ["罗永平", "田茂林"], None,
     "县长田茂林主持召开县人民政府2022年第十五次常务会议",
     ["县长田茂林主持召开", "常务副县长代光辉", _LIST05, "县人大常委会副主任张秀兰、县政协副主席何国良列席会议", "罗永平就做好乌江禁渔执法和汛期安全工作作了安排", "田茂林强调"]),
    ("p06", "宁安市2023年招商引资项目集中签约仪式", "ceremony (签约仪式)", "4月21日上午", "罗永平", None, [],
     ["修文利", "栾树东", "隋海波", "关玉坤", "富丽华"], ["隋海波", "栾树东", "邢振江", "修文利"], "市政务服务中心",
     "宁安市2023年招商引资项目集中签约仪式在市政务服务中心举行",
     ["牡丹江市副市长修文利", "市委书记栾树东", "市长隋海波", "市人大常委会主任关玉坤", "市政协主席富丽华出席仪式", "副市长罗永平主持签约仪式", "隋海波作项目推介", "栾树东在致辞中", "董事长邢振江发言表示", "修文利在讲话中指出"]),
    ("p07", "灵山县2024年第一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "3月12日上午", "梁宝清", None, [],
     ["劳启明", "宁德文", "黄冠宇", "韦秀芳", "庞志坚"], ["黄冠宇", "苏俊豪", "劳启明", "宁德文"], "陆屋临港产业园",
     "灵山县2024年第一季度重大项目集中开工仪式在陆屋临港产业园主会场举行",
     ["钦州市人大常委会副主任劳启明", "县委书记宁德文", "县长黄冠宇", "县人大常委会主任韦秀芳", "县政协主席庞志坚出席仪式", "常务副县长梁宝清主持仪式", "黄冠宇在致辞中", "总经理苏俊豪发言表示", "劳启明对灵山县项目建设工作给予肯定", "宁德文宣布"]),
    ("p08", "防汛和安全生产督导检查", "inspection (督导检查)", "2023-06-27", None, "米建华", [],
     ["薛文静", "马成林", "杜海生", "窦建国"], ["米建华", "马成林"], "沙河镇、板桥镇、倪家营镇",
     "县委书记米建华带队深入沙河镇、板桥镇、倪家营镇，督导检查黑河防汛、景区安全和城区排水等工作",
     ["县委书记米建华带队", "县委办公室主任薛文静", "副县长马成林", "县应急管理局局长杜海生", "县水务局局长窦建国参加督导", "米建华强调", "米建华指出", "马成林就下一步防汛物资调配和应急演练工作作了安排"]),
    ("p09", "2022年第三季度重点项目观摩活动", "site observation (项目观摩)", "10月11日", None, "程卫疆", [],
     ["买买提江·吾守尔", "唐新民", "古丽娜·艾买提"], [], None,
     "伊州区2022年第三季度重点项目观摩活动举行",
     ["区委书记程卫疆带队", "区长买买提江·吾守尔", "区人大常委会主任唐新民", "区政协主席古丽娜·艾买提等区四套班子领导"]),
    ("p09", "观摩点评会", "meeting (观摩点评会)", "10月11日", "买买提江·吾守尔", None, [],
     ["聂海燕"], ["聂海燕", "程卫疆", "买买提江·吾守尔"], None,
     "观摩结束后，召开观摩点评会",
     ["常务副区长聂海燕通报了", "程卫疆在点评会上指出", "买买提江·吾守尔主持点评会，并就做好项目冬季施工和安全生产工作作了安排"]),
    ("p10", "重点项目建设情况专题视察", "inspection (政协视察)", "5月16日", None, "云维新", [],
     ["符丽君", "邢增辉", "陈泽民", "韩小珍", "潘世杰"], ["潘世杰", "云维新"], None,
     "市政协主席云维新带领部分市政协委员，就我市重点项目建设情况开展专题视察",
     ["市政协主席云维新带领部分市政协委员", _LIST10, "秘书长韩小珍参加视察", "副市长潘世杰陪同视察", "潘世杰通报了今年以来全市重点项目建设情况", "云维新指出", "潘世杰表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("p02", "蛟洋工业区锂电铜箔二期项目", "project", "确保蛟洋工业区锂电铜箔二期项目年底前投产达效"),
    ("p02", "古田红色旅游集散中心项目", "project", "察看古田红色旅游集散中心项目"),
    ("p02", "城东安置房二期项目", "housing_project", "实地察看了城东安置房二期项目"),
    ("p02", "汀江生态廊道上杭城区段建设工程", "greening_project", "汀江生态廊道上杭城区段建设工程"),
    ("p04", "西桥工业片区光伏单晶硅拉棒项目", "project", "先后来到西桥工业片区光伏单晶硅拉棒项目"),
    ("p04", "三岔河镇万亩蔬菜保供基地", "project", "三岔河镇万亩蔬菜保供基地"),
    ("p04", "南盘江陆良段河道综合治理工程", "engineering_work", "南盘江陆良段河道综合治理工程"),
    ("p05", "思南经济开发区标准化厂房三期项目", "project", "思南经济开发区标准化厂房三期项目"),
    ("p05", "塘头镇绿色食品加工园", "industrial_park", "塘头镇绿色食品加工园"),
    ("p05", "乌江思南段岸线生态修复工程", "greening_project", "《乌江思南段岸线生态修复工程实施方案》"),
    ("p06", "镜泊湖景区冰雪旅游综合开发项目", "project", "镜泊湖景区冰雪旅游综合开发项目"),
    ("p06", "渤海镇石板大米精深加工项目", "project", "渤海镇石板大米精深加工项目"),
    ("p06", "东京城镇年产10万吨生物质颗粒燃料项目", "project", "东京城镇年产10万吨生物质颗粒燃料项目"),
    ("p06", "宁安市绿色食品产业园冷链物流中心项目", "logistics_hub", "宁安市绿色食品产业园冷链物流中心项目"),
    ("p07", "陆屋临港产业园年产20万吨新型环保建材项目", "project", "陆屋临港产业园年产20万吨新型环保建材项目"),
    ("p07", "灵山荔枝冷链物流及精深加工项目", "project", "灵山荔枝冷链物流及精深加工项目"),
    ("p07", "钦江灵山段防洪治理工程", "engineering_work", "钦江灵山段防洪治理工程"),
    ("p07", "武利镇农村供水保障工程", "infrastructure_project", "武利镇农村供水保障工程"),
    ("p08", "黑河临泽段防洪治理工程", "engineering_work", "在板桥镇黑河临泽段防洪治理工程现场"),
    ("p08", "临泽县城区排水管网改造工程", "infrastructure_project", "在沙河镇临泽县城区排水管网改造工程现场"),
    ("p09", "二堡镇哈密瓜标准化种植示范基地", "project", "二堡镇哈密瓜标准化种植示范基地"),
    ("p09", "花园乡设施农业产业园二期", "industrial_park", "花园乡设施农业产业园二期"),
    ("p09", "哈密高新区新能源装备制造产业园", "industrial_park", "哈密高新区新能源装备制造产业园"),
    ("p09", "城北片区集中供热管网改造工程", "infrastructure_project", "城北片区集中供热管网改造工程"),
    ("p10", "龙楼镇航天科普研学基地项目", "project", "龙楼镇航天科普研学基地项目"),
    ("p10", "清澜港区综合码头改造工程", "infrastructure_project", "清澜港区综合码头改造工程"),
    ("p10", "铺前镇滨海渔港升级改造项目", "infrastructure_project", "铺前镇滨海渔港升级改造项目"),
    ("p10", "文昌河水环境综合治理工程", "engineering_work", "文昌河水环境综合治理工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("p01", "上杭县", "county", "in_org_reference", "辞去上杭县人民政府副县长职务"),
    ("p01", "汀江", "river", "in_document_title", "关于汀江流域水生态环境保护工作情况的报告"),
    ("p01", "古田会议旧址群", "heritage_site", "in_document_title", "关于加强古田会议旧址群保护利用的决定"),
    ("p01", "古田", "town", "standalone (slogan)", "为建设“红色古田·幸福上杭”贡献力量"),
    ("p01", "上杭", "county", "standalone", "汀江是上杭的母亲河"),
    ("p02", "临城镇", "town", "standalone", "带队深入临城镇、蛟洋镇、古田镇"),
    ("p02", "蛟洋镇", "town", "standalone", "带队深入临城镇、蛟洋镇、古田镇"),
    ("p02", "古田镇", "town", "standalone", "带队深入临城镇、蛟洋镇、古田镇"),
    ("p02", "蛟洋工业区", "development_zone", "standalone", "在蛟洋工业区，赖启华一行"),
    ("p02", "古田", "town", "in_project_name", "察看古田红色旅游集散中心项目"),
    ("p02", "汀江", "river", "in_project_name", "汀江生态廊道上杭城区段建设工程"),
    ("p02", "上杭", "county", "in_project_name", "汀江生态廊道上杭城区段建设工程"),
    ("p03", "临城镇", "town", "standalone", "联系临城镇"),
    ("p03", "临江镇", "town", "standalone", "联系临江镇、蛟洋镇"),
    ("p03", "蛟洋镇", "town", "standalone", "联系临江镇、蛟洋镇"),
    ("p03", "古田镇", "town", "standalone", "联系古田镇、才溪镇"),
    ("p03", "才溪镇", "town", "standalone", "联系古田镇、才溪镇"),
    ("p03", "南阳镇", "town", "standalone", "联系南阳镇"),
    ("p03", "白砂镇", "town", "standalone", "联系白砂镇、庐丰畲族乡"),
    ("p03", "庐丰畲族乡", "township", "standalone", "联系白砂镇、庐丰畲族乡"),
    ("p04", "陆良县", "county", "standalone", "市长尹振东到陆良县调研产业发展"),
    ("p04", "西桥工业片区", "development_zone", "in_project_name", "先后来到西桥工业片区光伏单晶硅拉棒项目"),
    ("p04", "三岔河镇", "town", "in_project_name", "三岔河镇万亩蔬菜保供基地"),
    ("p04", "南盘江", "river", "in_project_name", "南盘江陆良段河道综合治理工程"),
    ("p04", "陆良", "county", "in_project_name", "南盘江陆良段河道综合治理工程"),
    ("p04", "粤港澳大湾区", "region", "standalone", "保障粤港澳大湾区和省内市场供应"),
    ("p04", "珠江", "river", "standalone", "守护好珠江源头生态屏障"),
    ("p05", "乌江", "river", "standalone", "研究部署乌江流域保护"),
    ("p05", "思南经济开发区", "development_zone", "in_project_name", "思南经济开发区标准化厂房三期项目"),
    ("p05", "塘头镇", "town", "in_project_name", "塘头镇绿色食品加工园"),
    ("p05", "思南县", "county", "in_document_title", "《思南县乌江流域禁渔管理办法（试行）》"),
    ("p05", "思南", "county", "in_document_title", "《乌江思南段岸线生态修复工程实施方案》"),
    ("p05", "许家坝镇", "town", "standalone", "会议研究了许家坝镇、鹦鹉溪镇易地扶贫搬迁后续扶持"),
    ("p05", "鹦鹉溪镇", "town", "standalone", "会议研究了许家坝镇、鹦鹉溪镇易地扶贫搬迁后续扶持"),
    ("p06", "宁安市", "county_level_city", "standalone", "宁安市2023年招商引资项目集中签约仪式在市政务服务中心举行"),
    ("p06", "市政务服务中心", "venue", "standalone", "集中签约仪式在市政务服务中心举行"),
    ("p06", "牡丹江市", "city", "in_org_reference", "牡丹江市副市长修文利"),
    ("p06", "镜泊湖", "lake", "in_project_name", "镜泊湖景区冰雪旅游综合开发项目"),
    ("p06", "渤海镇", "town", "in_project_name", "渤海镇石板大米精深加工项目"),
    ("p06", "东京城镇", "town", "in_project_name", "东京城镇年产10万吨生物质颗粒燃料项目"),
    ("p06", "宁安", "county_level_city", "standalone", "宁安区位优越"),
    ("p06", "渤海国上京龙泉府遗址", "heritage_site", "standalone", "拥有镜泊湖、渤海国上京龙泉府遗址等优质文旅资源"),
    ("p07", "灵山县", "county", "standalone", "灵山县2024年第一季度重大项目集中开工仪式在陆屋临港产业园主会场举行"),
    ("p07", "陆屋临港产业园", "industrial_park", "standalone", "在陆屋临港产业园主会场举行"),
    ("p07", "钦州市", "city", "in_org_reference", "钦州市人大常委会副主任劳启明"),
    ("p07", "武利镇", "town", "standalone", "武利镇、檀圩镇设分会场同步开工"),
    ("p07", "檀圩镇", "town", "standalone", "武利镇、檀圩镇设分会场同步开工"),
    ("p07", "灵山", "county", "in_project_name", "灵山荔枝冷链物流及精深加工项目"),
    ("p07", "钦江", "river", "in_project_name", "钦江灵山段防洪治理工程"),
    ("p07", "钦州港片区", "development_zone", "standalone", "加强与钦州港片区的产业协作"),
    ("p08", "沙河镇", "town", "standalone", "带队深入沙河镇、板桥镇、倪家营镇"),
    ("p08", "板桥镇", "town", "standalone", "带队深入沙河镇、板桥镇、倪家营镇"),
    ("p08", "倪家营镇", "town", "standalone", "带队深入沙河镇、板桥镇、倪家营镇"),
    ("p08", "黑河", "river", "standalone", "督导检查黑河防汛"),
    ("p08", "临泽", "county", "in_project_name", "在板桥镇黑河临泽段防洪治理工程现场"),
    ("p08", "七彩丹霞景区", "scenic_area", "standalone", "在倪家营镇七彩丹霞景区"),
    ("p08", "临泽县", "county", "in_project_name", "在沙河镇临泽县城区排水管网改造工程现场"),
    ("p09", "伊州区", "district", "standalone", "伊州区2022年第三季度重点项目观摩活动举行"),
    ("p09", "二堡镇", "town", "in_project_name", "二堡镇哈密瓜标准化种植示范基地"),
    ("p09", "花园乡", "township", "in_project_name", "花园乡设施农业产业园二期"),
    ("p09", "哈密高新区", "development_zone", "in_project_name", "哈密高新区新能源装备制造产业园"),
    ("p09", "城北片区", "area", "in_project_name", "城北片区集中供热管网改造工程"),
    ("p09", "陶家宫镇", "town", "standalone", "二堡镇、花园乡、陶家宫镇、天山乡有关负责人"),
    ("p09", "天山乡", "township", "standalone", "二堡镇、花园乡、陶家宫镇、天山乡有关负责人"),
    ("p10", "龙楼镇", "town", "in_project_name", "龙楼镇航天科普研学基地项目"),
    ("p10", "清澜港区", "port_area", "in_project_name", "清澜港区综合码头改造工程"),
    ("p10", "铺前镇", "town", "in_project_name", "铺前镇滨海渔港升级改造项目"),
    ("p10", "文昌河", "river", "in_project_name", "文昌河水环境综合治理工程"),
    ("p10", "文昌国际航天城", "development_zone", "standalone", "聚焦文昌国际航天城建设"),
    ("p10", "文昌", "county_level_city", "standalone", "为文昌高质量发展贡献政协力量"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="p", conventions="set p (eighth blind set: county, district and county-level-city government websites of 福建 (上杭, three pages), 云南 (陆良), 贵州 (思南), 黑龙江 (宁安), 广西 (灵山), 甘肃 (临泽), 新疆 (哈密 伊州区), 海南 (文昌) as a browser copy gives them: 人大常委会 任免 (决定任命 is a holding, 辞去 and 免去 are not), 领导之窗 姓名 / 职务 lines (工作分工 are duties), 常务会议, 调研, 签约 and 开工 ceremonies, a city 市长 on a county site (bare 市委 = the parent city), 市委常委、区委书记 on a district site; a page dated 3月12日 published 3月14日, a page whose only date is its 发布时间 (the stamp date is the article and event date); chrome (信箱, 领导之窗) gives no post)",
          persons_note="Set p persons. id = corpus-wide person_id (p:罗永平#1 and p:罗永平#2 are two people; p:丘志鸿 moves 上杭县副县长 2021 → 县委常委、常务副县长 2023; p:赖启华 and p:官明辉 keep their posts across the 上杭 pages)")


if __name__ == "__main__":
    main()
