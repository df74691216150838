"""Write gold part ``i`` (a fourth blind, held-out-like set) from the tables below.

Pages ``tests/dev/texts/i*.txt`` were written for this part with invented names, modelled on real pages of the genre
read with the ``search`` tool (济源 jyrb.cn 党工委委员会议 and 管委会 pages, a 长葛 site's 今日长葛 调研 page, a 东湖高新区
cadre-meeting report, a 卫滨区 政府常务会议 page with a 信访 contact panel, a 郾城区 digest of ★ items, a 川汇区 政协
常委会议 on 中华龙都网, 邓州 and 济源 人大常委会 sessions with 任命/辞去, zhengzhou.gov.cn 县区风采 pages, a 龙泉驿
(成都经开区) paper report of a visiting delegation, 青岛西海岸报 pages, a 舞阳 周交办会议, a 三门峡 分包项目 调研), from
places not yet in the corpus: 济源示范区, 长葛市, 武汉东湖高新区, 卫辉市, 郾城区, 川汇区, 邓州市, 郑东新区, 成都经开区
(龙泉驿区), 青岛西海岸新区 (黄岛区), 确山县, 陕州区.

Identity cases: 范志勇 is 卫辉市委副书记、市长 in 2020 (i04) and 长葛市委书记 in 2024 (i02), no career line; two
different 王建军 (川汇区政协副主席, i06, 2019; 青岛西海岸新区管委副主任、黄岛区副区长, i10, 2025); ``经开区`` in a
龙泉驿 page = 成都经开区; ``示范区`` in a 济源 page = 济源示范区; 高新区 in a 东湖 page = 武汉东湖高新区.

Annotated by hand before newskg was run on the pages. Every evidence string is checked to be a substring of its
page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts f, g and h): an appointment makes a holding (宣布康立新同志任武汉东湖新技术开发区管委会主任;
任命庞立峰为邓州市人民政府副市长); 辞去 makes none; names listed without a title (苗建设、李晓辉… 出席会议; 县领导,
区领导) make no holding, but a later sentence of the same article with the title does. Zone labels: 示范区 of 济源 =
济源示范区 (党工委, 管委会); 东湖高新区 / 武汉东湖新技术开发区 = 武汉东湖高新区; 郑东新区 and 青岛西海岸新区 keep their
names (as 苏州工业园区 in h); the 西海岸 paper's 新区工委 / 管委 are written in the canonical organ form 党工委 /
管委会, and 区委 / 区长 there are 黄岛区's (政区合一). 市委 in a 郾城区 page = 漯河市; 市委 in a 陕州区 page = 三门峡市委;
市 in a 邓州 page = 邓州市 (courts and procuratorates as written: 邓州市人民法院). A 信访 contact panel at the foot of
a government page (``市委书记 郝俊峰``) states a post and is annotated; a post it repeats from the article
(``市 长 范志勇``) gives no second line. Places inside project and organisation names count as places; company
names, site lines, footers and addresses are not annotated. A place in an organ reference keeps its suffix as
written (湖北省委 → 湖北省, 武汉市委 → 武汉市); a zone's bare short form (示范区, 经开区, 新区, 高新区) is a place
as 经开区 is in tests/gold (these five lines were corrected after the first measurement: see the commit).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "i01_jiyuan.txt": (2021, "2021-09-15 08:30", "济源示范区", [
        ("邢志刚主持召开示范区党工委委员会议", "9月14日", "2021-09-14", "济源网讯（记者 卫雅婷）9月14日",
         "示范区 party working committee meeting; names listed without titles; 列席")]),
    "i02_changge.txt": (2024, "【信息时间：2024-03-06 10:20", "长葛市", [
        ("市委书记范志勇到大周产业集聚区调研重点项目建设", "3月5日下午", "2024-03-05", "3月5日下午，长葛市委书记",
         "city secretary inspects projects in an industrial cluster zone; honorific 范书记")]),
    "i03_donghu.txt": (2022, "2022-06-09 07:15", "武汉东湖高新区", [
        ("康立新任东湖高新区管委会主任", "6月8日上午", "2022-06-08", "经武汉市委同意，6月8日上午",
         "cadre meeting announcing the zone's new 管委会主任; 党工委委员、管委会副主任 list")]),
    "i04_weihui.txt": (2020, "发布日期：2020-08-12 11:05", "卫辉市", [
        ("卫辉市召开十五届政府第36次常务会议", "8月11日上午", "2020-08-11", "8月11日上午，市委副书记",
         "city government executive meeting; 信访 contact panel with titles and a stray space (市 长)")]),
    "i05_yancheng.txt": (2021, "发布时间：2021-11-26 18:02", "郾城区", [
        ("柴文博调研生物酶制剂项目建设", "11月25日下午", "2021-11-25", "11月25日下午，区委副书记",
         "district head inspects a capacity-named project"),
        ("霍振江调研分包企业食品安全工作", "11月25日上午", "2021-11-25", "11月25日上午，区委常委",
         "standing committee member (人武部部长) inspects food safety"),
        ("郾城区首届非遗文化展开幕", "11月25日", "2021-11-25", "11月25日，郾城区首届",
         "exhibition opening; city 文联 党组书记、主席; 区领导 without titles")]),
    "i06_chuanhui.txt": (2019, "2019-07-19 16:40:12", "川汇区", [
        ("川汇区政协召开十四届五次常委会议", "7月17日上午", "2019-07-17", "周口日报·新周口客户端记者",
         "district CPPCC standing committee; 党组副书记、副主席 chairs")]),
    "i07_dengzhou.txt": (2023, "发布时间：2023-03-29 09:45", "邓州市", [
        ("市十七届人大常委会第六次会议召开", "3月28日", "2023-03-28", "邓州网讯　3月28日",
         "人大常委会 session: list of 副主任 after one title; court and procuratorate heads; 任命 / 辞去")]),
    "i08_zhengdong.txt": (2024, "发布时间：2024-05-16 17:20", "郑东新区", [
        ("郑东新区召开龙子湖片区重点项目推进会", "5月15日", "2024-05-15", "5月15日，郑东新区党工委书记",
         "zone secretary inspects an area's projects and chairs a 推进会; rare surnames 蒯, 邰")]),
    "i09_longquanyi.txt": (2020, "发布时间：2020-05-28 09:03", "成都经开区", [
        ("祝长青率简阳市党政代表团来我区考察 双方签署战略合作协议", "5月26日", "2020-05-26", "本报讯（记者 甘露 廖子涵）5月26日",
         "visiting delegation of another county-level city; 区委书记、经开区党工委书记 double hats; 座谈会")]),
    "i10_xihaian.txt": (2025, "2025年04月18日", "青岛西海岸新区", [
        ("新区工委（区委）常委会召开会议", "4月17日", "2025-04-17", "本报4月17日讯（记者 房晓燕）",
         "new-area 工委 (district committee) standing committee meeting; 新区工委书记、区委书记"),
        ("王建军调研董家口港区重点项目", "4月17日", "2025-04-17", "本报4月17日讯（记者 柏雨辰）",
         "deputy head (管委副主任、副区长) inspects port projects")]),
    "i11_queshan.txt": (2022, "信息时间：2022-08-29", "确山县", [
        ("县委县政府重点工作第35次周交办会议召开", "8月29日", "2022-08-29", "8月29日，县委副书记",
         "weekly county work meeting; 县领导 list without titles; 图文/审核 credits")]),
    "i12_shanzhou.txt": (2023, "发布时间：2023-05-10 11:26", "陕州区", [
        ("高质量推进分包重点项目建设", "5月9日", "2023-05-09", "5月9日，市委常委",
         "city standing committee member inspects projects in a district")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "i:邢志刚": ("邢志刚", "official", "济源示范区", [
        ("i01", "济源示范区党工委", "书记", "示范区党工委书记、市委书记邢志刚主持召开", "示范区 on a 济源 page = 济源示范区"),
        ("i01", "济源市委", "书记", "示范区党工委书记、市委书记邢志刚主持召开", None)], []),
    "i:苗建设": ("苗建设", "official", "济源示范区", [
        ("i01", "济源示范区管委会", "主任", "示范区管委会主任、市长苗建设就做好", "first listed without a title; the title comes later in the article"),
        ("i01", "济源市政府", "市长", "示范区管委会主任、市长苗建设就做好", None)], []),
    "i:李晓辉": ("李晓辉", "official", "济源示范区", [], ["i01"]),
    "i:段红梅": ("段红梅", "official", "济源示范区", [], ["i01"]),
    "i:原卫东": ("原卫东", "official", "济源示范区", [], ["i01"]),
    "i:卢正阳": ("卢正阳", "official", "济源示范区", [], ["i01"]),
    "i:吉海波": ("吉海波", "official", "济源示范区", [], ["i01"]),
    "i:范志勇": ("范志勇", "official", "卫辉市", [
        ("i04", "卫辉市委", "副书记", "市委副书记、市长范志勇在市政府三楼会议室主持召开", None),
        ("i04", "卫辉市政府", "市长", "市委副书记、市长范志勇在市政府三楼会议室主持召开", "repeated as 市 长 范志勇 in the contact panel (no second line)"),
        ("i02", "长葛市委", "书记", "长葛市委书记范志勇到大周产业集聚区调研", "moved from 卫辉市长 (i04, 2020) to 长葛市委书记 (2024); also 范书记 (honorific)")], []),
    "i:闫春雷": ("闫春雷", "official", "长葛市", [
        ("i02", "长葛市委", "常委", "市委常委、常务副市长闫春雷", None),
        ("i02", "长葛市政府", "常务副市长", "市委常委、常务副市长闫春雷", None)], []),
    "i:巩丽华": ("巩丽华", "official", "长葛市", [("i02", "长葛市政府", "副市长", "副市长巩丽华陪同调研", None)], []),
    "i:康立新": ("康立新", "official", "武汉东湖高新区", [
        ("i03", "武汉东湖高新区管委会", "主任", "宣布康立新同志任武汉东湖新技术开发区管委会主任", "appointment; 武汉东湖新技术开发区 = 武汉东湖高新区")], []),
    "i:韦建明": ("韦建明", "official", "武汉东湖高新区", [
        ("i03", "武汉市委", "常委", "武汉市委常委、东湖高新区党工委书记韦建明主持会议", None),
        ("i03", "武汉东湖高新区党工委", "书记", "武汉市委常委、东湖高新区党工委书记韦建明主持会议", None)], []),
    "i:詹国华": ("詹国华", "external_official", "武汉市", [("i03", "武汉市委组织部", "副部长", "武汉市委组织部副部长詹国华宣读", None)], []),
    "i:郑明珠": ("郑明珠", "official", "武汉东湖高新区", [("i03", "武汉东湖高新区党工委", "副书记", "东湖高新区党工委副书记郑明珠", None)], []),
    "i:储志远": ("储志远", "official", "武汉东湖高新区", [
        ("i03", "武汉东湖高新区党工委", "委员", "党工委委员、管委会副主任储志远、谢光辉出席会议", None),
        ("i03", "武汉东湖高新区管委会", "副主任", "党工委委员、管委会副主任储志远、谢光辉出席会议", None)], []),
    "i:谢光辉": ("谢光辉", "official", "武汉东湖高新区", [
        ("i03", "武汉东湖高新区党工委", "委员", "党工委委员、管委会副主任储志远、谢光辉出席会议", None),
        ("i03", "武汉东湖高新区管委会", "副主任", "党工委委员、管委会副主任储志远、谢光辉出席会议", None)], []),
    "i:葛海鹏": ("葛海鹏", "official", "卫辉市", [
        ("i04", "卫辉市委", "常委", "市委常委、常务副市长葛海鹏", None),
        ("i04", "卫辉市政府", "常务副市长", "市委常委、常务副市长葛海鹏", None)], []),
    "i:孙红霞": ("孙红霞", "official", "卫辉市", [("i04", "卫辉市政府", "副市长", "副市长孙红霞、毛庆祥出席会议", None)], []),
    "i:毛庆祥": ("毛庆祥", "official", "卫辉市", [("i04", "卫辉市政府", "副市长", "副市长孙红霞、毛庆祥出席会议", None)], []),
    "i:郝俊峰": ("郝俊峰", "official", "卫辉市", [("i04", "卫辉市委", "书记", "市委书记 郝俊峰", "信访 contact panel at the foot of the page")], []),
    "i:唐中安": ("唐中安", "official", "卫辉市", [("i04", "卫辉市信访局", "局长", "信访局局长 唐中安", "信访 contact panel")], []),
    "i:柴文博": ("柴文博", "official", "郾城区", [
        ("i05", "郾城区委", "副书记", "区委副书记、区长柴文博到恒瑞食品调研", None),
        ("i05", "郾城区政府", "区长", "区委副书记、区长柴文博到恒瑞食品调研", None),
        ("i05", "郾城区委", "副书记", "区委副书记、区长柴文博，区领导", "third item of the digest"),
        ("i05", "郾城区政府", "区长", "区委副书记、区长柴文博，区领导", None)], []),
    "i:宁海燕": ("宁海燕", "official", "郾城区", [("i05", "郾城区政府", "副区长", "副区长宁海燕参加", None)], []),
    "i:霍振江": ("霍振江", "official", "郾城区", [
        ("i05", "郾城区委", "常委", "区委常委、人武部部长霍振江到分包企业", None),
        ("i05", "郾城区人武部", "部长", "区委常委、人武部部长霍振江到分包企业", None)], []),
    "i:程玉兰": ("程玉兰", "external_official", "漯河市", [
        ("i05", "漯河市文联党组", "书记", "市文联党组书记、主席程玉兰", "市 in a 郾城区 page = 漯河市"),
        ("i05", "漯河市文联", "主席", "市文联党组书记、主席程玉兰", "党组 does not govern 主席")], []),
    "i:韩亮": ("韩亮", "official", "郾城区", [], ["i05"]),
    "i:魏秋菊": ("魏秋菊", "official", "郾城区", [], ["i05"]),
    "i:汪立民": ("汪立民", "official", "川汇区", [("i06", "川汇区政协", "主席", "区政协主席汪立民", None)], []),
    "i:秦国栋": ("秦国栋", "official", "川汇区", [
        ("i06", "川汇区委", "常委", "区委常委、常务副区长秦国栋", None),
        ("i06", "川汇区政府", "常务副区长", "区委常委、常务副区长秦国栋", None)], []),
    "i:王建军#1": ("王建军", "official", "川汇区", [("i06", "川汇区政协", "副主席", "区政协副主席王建军、洪秀芝出席会议", "not the 王建军 of 青岛西海岸新区 (i10)")], []),
    "i:洪秀芝": ("洪秀芝", "official", "川汇区", [("i06", "川汇区政协", "副主席", "区政协副主席王建军、洪秀芝出席会议", None)], []),
    "i:阚学文": ("阚学文", "official", "川汇区", [
        ("i06", "川汇区政协党组", "副书记", "区政协党组副书记、副主席阚学文主持", None),
        ("i06", "川汇区政协", "副主席", "区政协党组副书记、副主席阚学文主持", "党组 does not govern 副主席")], []),
    "i:尚秀琴": ("尚秀琴", "official", "邓州市", [("i07", "邓州市人大常委会", "主任", "市人大常委会主任尚秀琴主持会议", None)], []),
    "i:吕东方": ("吕东方", "official", "邓州市", [("i07", "邓州市人大常委会", "副主任", "副主任吕东方、岳红军、樊晓敏出席会议", "list after a title whose organ is in the previous sentence")], []),
    "i:岳红军": ("岳红军", "official", "邓州市", [("i07", "邓州市人大常委会", "副主任", "副主任吕东方、岳红军、樊晓敏出席会议", None)], []),
    "i:樊晓敏": ("樊晓敏", "official", "邓州市", [("i07", "邓州市人大常委会", "副主任", "副主任吕东方、岳红军、樊晓敏出席会议", None)], []),
    "i:韦立强": ("韦立强", "official", "邓州市", [
        ("i07", "邓州市委", "常委", "市委常委、副市长韦立强", None),
        ("i07", "邓州市政府", "副市长", "市委常委、副市长韦立强", None)], []),
    "i:童卫华": ("童卫华", "official", "邓州市", [("i07", "邓州市人民法院", "院长", "市人民法院院长童卫华", None)], []),
    "i:葛燕": ("葛燕", "official", "邓州市", [("i07", "邓州市人民检察院", "检察长", "市人民检察院检察长葛燕列席会议", None)], []),
    "i:周启明": ("周启明", "official", "邓州市", [], ["i07"]),
    "i:庞立峰": ("庞立峰", "official", "邓州市", [("i07", "邓州市政府", "副市长", "任命庞立峰为邓州市人民政府副市长", "appointment")], []),
    "i:雷淑娟": ("雷淑娟", "official", "邓州市", [("i07", "邓州市教育局", "局长", "任命雷淑娟为邓州市教育局局长", "appointment")], []),
    "i:宁晓东": ("宁晓东", "official", "郑东新区", [("i08", "郑东新区党工委", "书记", "郑东新区党工委书记宁晓东带队", None)], []),
    "i:蒯志平": ("蒯志平", "official", "郑东新区", [
        ("i08", "郑东新区党工委", "副书记", "党工委副书记、管委会主任蒯志平", "rare surname 蒯"),
        ("i08", "郑东新区管委会", "主任", "党工委副书记、管委会主任蒯志平", None)], []),
    "i:邰丽娜": ("邰丽娜", "official", "郑东新区", [
        ("i08", "郑东新区党工委", "委员", "党工委委员、管委会副主任邰丽娜参加", "rare surname 邰"),
        ("i08", "郑东新区管委会", "副主任", "党工委委员、管委会副主任邰丽娜参加", None)], []),
    "i:祝长青": ("祝长青", "external_official", "简阳市", [("i09", "简阳市委", "书记", "简阳市委书记祝长青率简阳市党政代表团", None)], []),
    "i:倪文山": ("倪文山", "external_official", "简阳市", [
        ("i09", "简阳市委", "副书记", "简阳市委副书记、市长倪文山随同考察", None),
        ("i09", "简阳市政府", "市长", "简阳市委副书记、市长倪文山随同考察", None)], []),
    "i:贺明轩": ("贺明轩", "official", "成都经开区", [
        ("i09", "龙泉驿区委", "书记", "区委书记、经开区党工委书记贺明轩", "区 of a 龙泉驿 paper = 龙泉驿区"),
        ("i09", "成都经开区党工委", "书记", "区委书记、经开区党工委书记贺明轩", "经开区 on a 龙泉驿 page = 成都经开区")], []),
    "i:柯建华": ("柯建华", "official", "成都经开区", [
        ("i09", "龙泉驿区委", "副书记", "区委副书记、区长、经开区管委会主任柯建华", None),
        ("i09", "龙泉驿区政府", "区长", "区委副书记、区长、经开区管委会主任柯建华", None),
        ("i09", "成都经开区管委会", "主任", "区委副书记、区长、经开区管委会主任柯建华", None)], []),
    "i:任志坚": ("任志坚", "official", "龙泉驿区", [("i09", "龙泉驿区人大常委会", "主任", "区人大常委会主任任志坚", None)], []),
    "i:孙立平": ("孙立平", "official", "龙泉驿区", [("i09", "龙泉驿区政协", "主席", "区政协主席孙立平等陪同考察", None)], []),
    "i:隋明哲": ("隋明哲", "official", "青岛西海岸新区", [
        ("i10", "青岛西海岸新区党工委", "书记", "新区工委书记、区委书记隋明哲主持召开", "新区工委 written in the canonical form 党工委"),
        ("i10", "黄岛区委", "书记", "新区工委书记、区委书记隋明哲主持召开", "区委 of 青岛西海岸新区 = 黄岛区委")], []),
    "i:毕海涛": ("毕海涛", "official", "青岛西海岸新区", [
        ("i10", "青岛西海岸新区管委会", "主任", "管委主任、区长毕海涛出席会议", "管委 written in the canonical form 管委会"),
        ("i10", "黄岛区政府", "区长", "管委主任、区长毕海涛出席会议", None)], []),
    "i:王建军#2": ("王建军", "official", "青岛西海岸新区", [
        ("i10", "青岛西海岸新区管委会", "副主任", "新区管委副主任、副区长王建军到董家口港区调研", "not the 王建军 of 川汇区 (i06)"),
        ("i10", "黄岛区政府", "副区长", "新区管委副主任、副区长王建军到董家口港区调研", None)], []),
    "i:覃立新": ("覃立新", "official", "确山县", [
        ("i11", "确山县委", "副书记", "县委副书记、县长覃立新主持召开", "surname 覃"),
        ("i11", "确山县政府", "县长", "县委副书记、县长覃立新主持召开", None)], []),
    "i:祁艳": ("祁艳", "official", "确山县", [
        ("i11", "确山县委", "常委", "县委常委、常务副县长祁艳通报了", "first listed among 县领导 without a title"),
        ("i11", "确山县政府", "常务副县长", "县委常委、常务副县长祁艳通报了", None)], []),
    "i:丁振华": ("丁振华", "official", "确山县", [], ["i11"]),
    "i:武向东": ("武向东", "official", "确山县", [], ["i11"]),
    "i:聂红伟": ("聂红伟", "official", "确山县", [], ["i11"]),
    "i:贝丽华": ("贝丽华", "external_official", "三门峡市", [
        ("i12", "三门峡市委", "常委", "市委常委、宣传部部长贝丽华深入陕州区", "市委 in a 陕州区 page = 三门峡市委"),
        ("i12", "三门峡市委宣传部", "部长", "市委常委、宣传部部长贝丽华深入陕州区", None)], []),
    "i:晏国庆": ("晏国庆", "official", "陕州区", [("i12", "陕州区委", "书记", "陕州区委书记晏国庆", None)], []),
    "i:仝海波": ("仝海波", "official", "陕州区", [
        ("i12", "陕州区委", "常委", "区委常委、常务副区长仝海波陪同调研", "rare surname 仝"),
        ("i12", "陕州区政府", "常务副区长", "区委常委、常务副区长仝海波陪同调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("i01", "卫雅婷", "记者", "reporter", "（记者 卫雅婷）"),
    ("i01", "聂晓琳", "编辑", "editor", "【编辑：聂晓琳】"),
    ("i03", "甄思远", "作者", "author", "作者：甄思远"),
    ("i06", "孟凡超", "记者", "reporter", "记者 孟凡超"),
    ("i06", "杜心怡", "通讯员", "correspondent", "通讯员 杜心怡"),
    ("i06", "柯雨桐", "责任编辑", "editor", "责任编辑:柯雨桐"),
    ("i07", "闫春晓", "供稿", "author", "（供稿：闫春晓）"),
    ("i07", "侯佳琪", "责任编辑", "editor", "责任编辑：侯佳琪"),
    ("i09", "甘露", "记者", "reporter", "（记者 甘露 廖子涵）"),
    ("i09", "廖子涵", "记者", "reporter", "（记者 甘露 廖子涵）"),
    ("i09", "黎晓月", "编辑", "editor", "编辑：黎晓月"),
    ("i10", "房晓燕", "记者", "reporter", "（记者 房晓燕）"),
    ("i10", "柏雨辰", "记者", "reporter", "（记者 柏雨辰）"),
    ("i11", "邢晓雨", "图文", "author", "图文：邢晓雨"),
    ("i11", "柴振峰", "审核", "editor", "审核：柴振峰"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("i01", "示范区党工委委员会议", "meeting (党工委委员会议)", "9月14日", "邢志刚", None, [],
     ["苗建设", "李晓辉", "段红梅", "原卫东", "卢正阳", "吉海波"], ["苗建设"], None,
     "示范区党工委书记、市委书记邢志刚主持召开示范区党工委委员会议",
     ["市委书记邢志刚主持召开", "苗建设、李晓辉、段红梅、原卫东出席会议", "卢正阳、吉海波列席会议", "市长苗建设就做好四季度经济工作提出要求"]),
    ("i02", "重点项目建设调研", "inspection (调研)", "3月5日下午", None, "范志勇", [],
     ["闫春雷", "巩丽华"], ["范志勇", "闫春雷"], "大周产业集聚区",
     "长葛市委书记范志勇到大周产业集聚区调研重点项目建设情况",
     ["长葛市委书记范志勇到大周产业集聚区调研", "副市长巩丽华陪同调研", "范书记指出", "闫春雷表示"]),
    ("i03", "局级领导干部大会", "meeting (领导干部大会)", "6月8日上午", "韦建明", None, ["东湖高新区"],
     ["郑明珠", "储志远", "谢光辉"], ["韦建明", "詹国华", "康立新"], None,
     "东湖高新区召开局级领导干部大会",
     ["党工委书记韦建明主持会议并讲话", "副部长詹国华宣读", "谢光辉出席会议", "康立新在表态发言中说"]),
    ("i04", "市政府十五届第36次常务会议", "meeting (市政府常务会议)", "8月11日上午", "范志勇", None, [],
     ["葛海鹏", "孙红霞", "毛庆祥"], ["范志勇"], None,
     "市长范志勇在市政府三楼会议室主持召开市政府十五届第36次常务会议",
     ["市长范志勇在市政府三楼会议室主持召开", "副市长孙红霞、毛庆祥出席会议", "范志勇强调"]),
    ("i05", "年产5000吨生物酶制剂项目建设推进情况调研", "inspection (调研)", "11月25日下午", None, "柴文博", [],
     ["宁海燕"], ["柴文博"], None,
     "区长柴文博到恒瑞食品调研年产5000吨生物酶制剂项目建设推进情况",
     ["区长柴文博到恒瑞食品调研", "柴文博强调", "副区长宁海燕参加"]),
    ("i05", "分包企业食品安全工作调研", "inspection (调研)", "11月25日上午", None, "霍振江", [],
     [], ["霍振江"], None,
     "人武部部长霍振江到分包企业调研食品安全工作",
     ["部长霍振江到分包企业调研", "霍振江指出"]),
    ("i05", "郾城区首届非遗文化展开幕式", "ceremony (开幕式)", "11月25日", None, None, [],
     ["程玉兰", "柴文博", "韩亮", "魏秋菊"], [], "郾城区文化馆",
     "郾城区首届非遗文化展在郾城区文化馆开幕",
     ["主席程玉兰", "区领导韩亮、魏秋菊出席开幕式"]),
    ("i06", "川汇区政协十四届五次常委会议", "meeting (政协常委会议)", "7月17日上午", "阚学文", None, ["川汇区政协"],
     ["汪立民", "秦国栋", "王建军", "洪秀芝"], ["秦国栋", "汪立民"], "常委会议室",
     "川汇区政协在常委会议室召开十四届五次常委会议",
     ["副主席阚学文主持", "区政协副主席王建军、洪秀芝出席会议", "秦国栋通报了", "汪立民在讲话中指出"]),
    ("i07", "邓州市十七届人大常委会第六次会议", "session (人大常委会会议)", "3月28日", "尚秀琴", None, [],
     ["吕东方", "岳红军", "樊晓敏", "韦立强", "童卫华", "葛燕"], ["庞立峰"], None,
     "3月28日，市十七届人大常委会第六次会议召开",
     ["市人大常委会主任尚秀琴主持会议", "副主任吕东方、岳红军、樊晓敏出席会议", "检察长葛燕列席会议", "庞立峰进行了宪法宣誓并作任职前发言"]),
    ("i08", "龙子湖片区重点项目建设调研", "inspection (调研)", "5月15日", None, "宁晓东", [],
     ["蒯志平", "邰丽娜"], [], "龙子湖片区",
     "郑东新区党工委书记宁晓东带队调研龙子湖片区重点项目建设",
     ["党工委书记宁晓东带队调研", "管委会副主任邰丽娜参加"]),
    ("i08", "龙子湖片区重点项目推进会", "meeting (推进会)", "5月15日", "宁晓东", None, [],
     ["蒯志平", "邰丽娜"], ["宁晓东"], None,
     "宁晓东主持召开推进会",
     ["宁晓东主持召开推进会", "他强调"]),
    ("i09", "简阳市党政代表团考察", "inspection (考察)", "5月26日", None, "祝长青", [],
     ["倪文山", "贺明轩", "柯建华", "任志坚", "孙立平"], [], "龙泉驿区",
     "简阳市委书记祝长青率简阳市党政代表团来我区考察",
     ["简阳市委书记祝长青率简阳市党政代表团来我区考察", "市长倪文山随同考察", "区政协主席孙立平等陪同考察或参加座谈"]),
    ("i09", "座谈会", "meeting (座谈会)", "5月26日", None, None, [],
     [], ["贺明轩", "祝长青"], None,
     "在随后召开的座谈会上，贺明轩介绍了成都经开区（龙泉驿区）经济社会发展情况",
     ["贺明轩介绍了", "祝长青表示"]),
    ("i10", "新区工委（区委）常委会会议", "meeting (工委常委会会议)", "4月17日", "隋明哲", None, [],
     ["毕海涛"], [], None,
     "新区工委书记、区委书记隋明哲主持召开新区工委（区委）常委会会议",
     ["区委书记隋明哲主持召开", "区长毕海涛出席会议"]),
    ("i10", "董家口港区重点项目建设调研", "inspection (调研)", "4月17日", None, "王建军", [],
     [], ["王建军"], "董家口港区",
     "副区长王建军到董家口港区调研重点项目建设情况",
     ["副区长王建军到董家口港区调研", "他强调"]),
    ("i11", "县委县政府重点工作第35次周交办会议", "meeting (周交办会议)", "8月29日", "覃立新", None, [],
     ["丁振华", "祁艳", "武向东", "聂红伟"], ["祁艳", "覃立新"], None,
     "县长覃立新主持召开县委县政府重点工作第35次周交办会议",
     ["县长覃立新主持召开", "县领导丁振华、祁艳、武向东、聂红伟出席会议", "祁艳通报了", "覃立新要求"]),
    ("i12", "分包重点项目推进情况调研", "inspection (调研)", "5月9日", None, "贝丽华", [],
     ["晏国庆", "仝海波"], ["贝丽华"], "陕州区",
     "宣传部部长贝丽华深入陕州区，调研分包重点项目推进情况",
     ["部长贝丽华深入陕州区", "常务副区长仝海波陪同调研", "贝丽华指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("i01", "济源国际陆港二期项目", "logistics_hub", "济源国际陆港二期项目"),
    ("i01", "小浪底北岸灌区工程", "engineering_work", "小浪底北岸灌区工程"),
    ("i01", "沁河济源段综合治理工程", "engineering_work", "沁河济源段综合治理工程"),
    ("i02", "长葛市再生金属产业园", "industrial_park", "长葛市再生金属产业园"),
    ("i02", "河南中德金属生态城三期项目", "project", "河南中德金属生态城三期项目"),
    ("i02", "双洎河生态治理工程", "engineering_work", "和双洎河生态治理工程现场"),
    ("i03", "光谷科学岛一期", "project", "光谷科学岛一期"),
    ("i03", "光谷生物城三期", "industrial_park", "光谷生物城三期"),
    ("i04", "唐庄镇高标准农田建设项目", "project", "唐庄镇高标准农田建设项目"),
    ("i04", "卫辉市第二污水处理厂提标改造工程", "infrastructure_project", "听取唐庄镇高标准农田建设项目、卫辉市第二污水处理厂提标改造工程"),
    ("i04", "比干庙文化园区提升项目", "project", "比干庙文化园区提升项目"),
    ("i05", "年产5000吨生物酶制剂项目", "project", "年产5000吨生物酶制剂项目"),
    ("i08", "中原科技城智慧岛二期项目", "project", "中原科技城智慧岛二期项目"),
    ("i08", "龙子湖高校园区共享实验中心项目", "project", "龙子湖高校园区共享实验中心项目"),
    ("i08", "如意湖水系连通工程", "engineering_work", "如意湖水系连通工程"),
    ("i09", "东安湖片区综合开发项目", "project", "东安湖片区综合开发项目"),
    ("i10", "董家口港区原油码头二期工程", "infrastructure_project", "以董家口港区原油码头二期工程"),
    ("i10", "灵山湾影视文化产业区提升项目", "project", "灵山湾影视文化产业区提升项目"),
    ("i10", "董家口港区原油码头二期工程", "infrastructure_project", "先后来到董家口港区原油码头二期工程"),
    ("i10", "董家口经济区疏港铁路专用线工程", "infrastructure_project", "董家口经济区疏港铁路专用线工程"),
    ("i11", "确山县竹沟镇红色旅游提升工程", "project", "确山县竹沟镇红色旅游提升工程"),
    ("i11", "薄山湖生态保护修复工程", "greening_project", "薄山湖生态保护修复工程"),
    ("i11", "确山提琴产业园二期", "industrial_park", "确山提琴产业园二期"),
    ("i12", "张汴乡万亩苹果产业园", "industrial_park", "张汴乡万亩苹果产业园"),
    ("i12", "陕州地坑院景区提升工程", "project", "陕州地坑院景区提升工程"),
    ("i12", "陕州区城市基础设施功能提升项目", "infrastructure_project", "陕州区城市基础设施功能提升项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("i01", "济源", "city", "standalone", "今年汛期济源降雨量大"),
    ("i01", "示范区", "development_zone", "standalone", "其他示范区领导"),
    ("i01", "小浪底", "area", "in_project_name", "小浪底北岸灌区工程"),
    ("i01", "沁河", "river", "in_project_name", "沁河济源段综合治理工程"),
    ("i02", "长葛市", "county_level_city", "in_title", "长葛市委书记范志勇到大周产业集聚区调研"),
    ("i02", "大周产业集聚区", "development_zone", "standalone", "长葛市委书记范志勇到大周产业集聚区调研"),
    ("i02", "河南", "province", "in_project_name", "河南中德金属生态城三期项目"),
    ("i02", "双洎河", "river", "in_project_name", "和双洎河生态治理工程现场"),
    ("i03", "武汉市", "city", "in_org_reference", "经武汉市委同意"),
    ("i03", "东湖高新区", "development_zone", "standalone", "东湖高新区召开局级领导干部大会"),
    ("i03", "武汉东湖新技术开发区", "development_zone", "in_title", "任武汉东湖新技术开发区管委会主任"),
    ("i03", "湖北省", "province", "in_org_reference", "宣读湖北省委、武汉市委"),
    ("i03", "光谷科学岛", "area", "in_project_name", "光谷科学岛一期"),
    ("i03", "光谷生物城", "industrial_park", "in_project_name", "光谷生物城三期"),
    ("i03", "高新区", "development_zone", "standalone", "把高新区打造成为"),
    ("i03", "光谷", "area", "standalone", "加快建设世界光谷"),
    ("i04", "新乡市", "city", "in_org_reference", "传达学习新乡市政府第二十八次常务会议精神"),
    ("i04", "唐庄镇", "town", "in_project_name", "唐庄镇高标准农田建设项目"),
    ("i04", "卫辉市", "county_level_city", "in_project_name", "卫辉市第二污水处理厂提标改造工程"),
    ("i04", "比干庙", "heritage_site", "in_project_name", "比干庙文化园区提升项目"),
    ("i05", "郾城区", "district", "standalone", "郾城区首届非遗文化展在郾城区文化馆开幕"),
    ("i05", "郾城区文化馆", "venue", "standalone", "郾城区首届非遗文化展在郾城区文化馆开幕"),
    ("i06", "川汇区", "district", "in_org_reference", "川汇区政协在常委会议室召开"),
    ("i06", "周口市", "city", "in_org_reference", "传达了周口市政协五届十一次常委会议精神"),
    ("i06", "沙颍河", "river", "standalone", "围绕沙颍河生态保护开展专题协商"),
    ("i07", "邓州市", "county_level_city", "in_org_reference", "任命庞立峰为邓州市人民政府副市长"),
    ("i07", "邓州", "county_level_city", "standalone", "为邓州高质量发展贡献力量"),
    ("i08", "郑东新区", "development_zone", "standalone", "郑东新区召开龙子湖片区重点项目推进会"),
    ("i08", "龙子湖片区", "area", "standalone", "带队调研龙子湖片区重点项目建设"),
    ("i08", "中原科技城", "area", "in_project_name", "中原科技城智慧岛二期项目"),
    ("i08", "龙子湖高校园区", "area", "in_project_name", "龙子湖高校园区共享实验中心项目"),
    ("i08", "如意湖", "lake", "in_project_name", "如意湖水系连通工程"),
    ("i08", "郑州", "city", "standalone", "把龙子湖片区建成郑州科技创新策源地"),
    ("i09", "简阳市", "county_level_city", "in_title", "简阳市委书记祝长青率简阳市党政代表团"),
    ("i09", "经开区", "development_zone", "in_title", "区委书记、经开区党工委书记贺明轩"),
    ("i09", "东安湖体育公园", "park", "standalone", "先后来到东安湖体育公园"),
    ("i09", "成都经开区汽车产业功能区", "area", "standalone", "成都经开区汽车产业功能区"),
    ("i09", "成都经开区", "development_zone", "standalone", "介绍了成都经开区（龙泉驿区）经济社会发展情况"),
    ("i09", "龙泉驿区", "district", "standalone", "介绍了成都经开区（龙泉驿区）经济社会发展情况"),
    ("i09", "简阳", "county_level_city", "standalone", "简阳与龙泉驿山水相连"),
    ("i09", "龙泉驿", "district", "standalone", "简阳与龙泉驿山水相连"),
    ("i09", "东安湖片区", "area", "in_project_name", "东安湖片区综合开发项目"),
    ("i10", "董家口港区", "port_area", "standalone", "王建军到董家口港区调研"),
    ("i10", "灵山湾影视文化产业区", "area", "in_project_name", "灵山湾影视文化产业区提升项目"),
    ("i10", "西海岸", "area", "standalone (slogan)", "加快打造“品质西海岸”"),
    ("i10", "新区", "development_zone", "standalone", "一季度新区主要经济指标"),
    ("i10", "董家口经济区", "development_zone", "in_project_name", "董家口经济区疏港铁路专用线工程"),
    ("i11", "确山县", "county", "in_project_name", "确山县竹沟镇红色旅游提升工程"),
    ("i11", "竹沟镇", "town", "in_project_name", "确山县竹沟镇红色旅游提升工程"),
    ("i11", "薄山湖", "lake", "in_project_name", "薄山湖生态保护修复工程"),
    ("i11", "确山", "county", "in_project_name", "确山提琴产业园二期"),
    ("i12", "陕州区", "district", "standalone", "贝丽华深入陕州区"),
    ("i12", "张汴乡", "town", "standalone", "在张汴乡，贝丽华实地察看"),
    ("i12", "陕州地坑院", "scenic_area", "in_project_name", "陕州地坑院景区提升工程"),
    ("i12", "绣岭路", "road", "standalone", "在绣岭路与甘棠路交叉口"),
    ("i12", "甘棠路", "road", "standalone", "在绣岭路与甘棠路交叉口"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="i", conventions="set i (fourth blind, held-out-like set: Henan county-level cities and districts, 郑州/济源 zones, zones of other provinces)",
          persons_note="Set i persons. id = corpus-wide person_id (i:王建军#1 and i:王建军#2 are two people)")


if __name__ == "__main__":
    main()
