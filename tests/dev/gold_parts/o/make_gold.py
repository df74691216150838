"""Write gold part ``o`` (a blind set of district, county and zone newspaper pages as pdftotext gives them) from the
tables below.

Pages ``tests/dev/texts/o*.txt`` were written for this part with invented names (people, companies, projects),
modelled on real pages of the genre read with the ``search`` tool (即墨 电子报 pages and a 西海岸新区 report, 郑州晚报
and 锦州日报 高新区 pages, county-paper 调度会 and 推进会 reports, 区委常委会（扩大）会议 reports, 德清新闻网 政协
pages, photo captions ``图为… 记者 … 摄``), and laid out like the five sample pages: one page holding two or three
articles, a page header line (date, weekday, masthead, 版次, 编辑), kicker lines above headlines and sub-headlines
below them, bodies hard-wrapped at 15–22 characters with lines broken inside words, names, dates and bylines,
letter-spaced runs (``压紧压实各 方 责 任 ，``), a stray space in a name (``栾 振涛``, ``尚 晓军``, ``冼 志明``),
blank lines at column breaks, bylines at the top (``本报讯（记者 … 通讯员 …）``) or at the end, photo captions, a
page-1 article that jumps (``（下转第2版）``, o01) and a page-3 piece continued from page 1 (``（上接第1版）``, o05).
Places are real and not yet in the corpus: 即墨区 (three pages), 襄阳高新区, 德清县, 淄博高新区, 郫都区, 南海区.

Identity cases:
- one official over three pages and three years: o:栾振涛 is 即墨区 副区长 in June 2021 (o01) and March 2022 (o02),
  and 区委常委、常务副区长 in August 2023 (o03). o:滕宏远 (区委书记), o:鞠立新 (区委副书记、区长), o:宫传海,
  o:隋玉芬 and o:姜春玲 keep their 即墨区 posts across the pages.
- bare 高新区 of two cities on two pages: 襄阳 (o04, masthead ``襄阳高新``) and 淄博 (o06, masthead ``淄博高新``);
  the city comes only from the page header; 市委常委 on o04 is 襄阳市委's.
- two different people with one name: o:邵文斌#1 (即墨区发展和改革局局长, appointed by the 区人大常委会 on
  3月8日 and reporting as 局长 on 3月9日, o02, 2022) and o:邵文斌#2 (南海区政协副主席, o08, 2023).
- bare organs whose place is only in the header: 区委书记 / 区长 / 区人大常委会 / 区政协 on o01–o03 (即墨新闻),
  o07 (今日郫都) and o08 (南海日报); 县委书记 / 县长 on o05 (德清新闻); 党工委 / 管委会 on o04 and o06.

Annotated by hand from the page texts before newskg was run on them. Every evidence string is checked to be a
substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices: the page header line (date, masthead, 版次, 编辑) lies before the first headline, so it is outside every
article: the header 编辑 / 责任编辑 are not annotated (they are page chrome, which merge_gold drops anyway), and the
header date is the page stamp. A kicker line above a headline is part of the headline string (``"kicker\nheadline"``)
so the article span starts at the kicker; a sub-headline below is left in the body span. A post's evidence is a
span where the person's name and the title are each unbroken (the writer checks them in the raw evidence), so
when a name is broken by the column (``栾\n振涛``) or spaced (``冼 志明``) another mention is used; line breaks
elsewhere in the evidence are kept as printed. Bare organs take the page's place: 区委 / 区政府 / 区人大常委会 /
区政协 / 区发展和改革局 on 即墨新闻 = 即墨区's; 市委 on 南海日报 = 佛山市委; 市委 on the 襄阳高新 page = 襄阳市委;
a town's 党委 is the district label + town (郫都区三道堰镇党委, 南海区狮山镇党委). An appointment (``决定任命邵文斌为
区发展和改革局局长``) is a post line of its article. 列席 counts as attending; a leader who 出席…并讲话 is an attendee
and a speaker, one who 主持…并讲话 is the chair and a speaker. Photo credits ``记者 于浩 摄`` are reporter lines
(label 记者), ``通讯员 程思语 摄`` correspondent lines. The o05 continuation (上接第1版) has its headline reprinted
and states no date for the 分析会 itself; its only date (``5月18日上午``, the 观摩 before the meeting) is used for
both events. Place rows: a zone's bare short form is a place as written (高新区); places inside project names count
(蓝谷, 墨水河, 即墨综合保税区, 汉江北岸, 南海); company names, mastheads and header lines are not annotated;
川西林盘 (a landscape type) is no place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "o01_jimo.txt": (2021, "2021年6月17日  星期四", "即墨区", [
        ("传达学习上级会议精神 研究部署重点工作\n区委常委会召开会议", "6月16日", "2021-06-16", "本报讯（记者 韩雪晴）6月16日",
         "district standing committee meeting; 区长 attends, 人大/政协 heads 列席; jumps to page 2"),
        ("栾振涛督导检查汛前准备工作", "6月15日", "2021-06-15", "本报讯 6月15日，副区长栾振涛",
         "deputy district head inspects flood preparations at a river works; byline at the end; photo caption"),
        ("区人大常委会视察民生实事项目", "6月15日", "2021-06-15", "本报讯（通讯员 蓝晓彤）6月15日",
         "people's congress deputy head inspects livelihood projects")]),
    "o02_jimo.txt": (2022, "2022年3月10日  星期四", "即墨区", [
        ("全区重点项目建设推进会召开", "3月9日", "2022-03-09", "本报讯（记者 郝文娟 通讯员 纪晨阳）",
         "district key-project meeting chaired by the 副区长; the new 发展和改革局局长 reports"),
        ("区人大常委会召开第四十一次会议", "3月8日", "2022-03-08", "本报讯（通讯员 蓝晓彤）3月8日",
         "people's congress standing committee session; appointments (任命) of two bureau heads"),
        ("大沽河畔春耕忙", "连日来", "2022-03", "连日来，移风店镇大沽河沿岸",
         "photo news of spring farming; no official")]),
    "o03_jimo.txt": (2023, "2023年8月24日  星期四", "即墨区", [
        ("滕宏远调研蓝谷重点项目建设时强调", "8月23日", "2023-08-23", "本报讯（记者 郝文娟）8月23日",
         "district party secretary inspects projects; the former 副区长 now 区委常委、常务副区长 accompanies"),
        ("全区优化营商环境攻坚推进会召开", "8月22日", "2023-08-22", "本报讯 8月22日，全区优化营商环境",
         "business-environment meeting; 常务副区长 speaks, a 副区长 chairs"),
        ("区政协召开“加快发展海洋经济”专题协商会", "8月22日", "2023-08-22", "本报讯（通讯员 蓝晓彤）8月22日",
         "CPPCC consultation meeting; 副区长 listens")]),
    "o04_xiangyang_gxq.txt": (2022, "2022年9月14日 星期三", "襄阳高新区", [
        ("高位推动 攻坚四季度\n高新区召开党工委会议", "9月13日", "2022-09-13", "本报讯（记者 鲁一鸣）9月13日",
         "zone party working committee meeting; 市委常委 zone secretary chairs"),
        ("尚晓军督办重点项目建设", "9月12日", "2022-09-12", "本报讯（通讯员 程思语）9月12日",
         "zone 管委会主任 inspects two projects in two towns; photo caption"),
        ("高新区开展节后安全生产大检查", "中秋节后", "2022-09", "本报讯 中秋节后，高新区安委会",
         "zone safety inspection; no named official")]),
    "o05_deqing.txt": (2023, "2023年5月19日  星期五", "德清县", [
        ("全县经济运行分析会召开", "5月18日上午", "2023-05-18", "（上接第1版）县委书记邬振华在会上强调",
         "continuation (上接第1版) of a county economic meeting: 县委书记 and 县长 speak; project observation"),
        ("县人大常委会调研民营经济发展情况", "5月17日", "2023-05-17", "本报讯（记者 钱嘉怡 通讯员 沈可",
         "county people's congress head inspects private enterprises; byline name broken by the column"),
        ("下渚湖湿地迎来观鸟季", "初夏时节", "2023-05", "初夏时节，下渚湖湿地水草丰茂",
         "photo news; no official")]),
    "o06_zibo_gxq.txt": (2024, "2024年4月18日 星期四", "淄博高新区", [
        ("高新区召开一季度经济运行分析会", "4\n月17日", "2024-04-17", "本报讯（记者 伊若晨 通讯员 桑梓涵）4",
         "zone quarterly economic meeting; the date is broken by the column (4 / 月17日)"),
        ("翟永胜调研规上企业生产经营情况", "4月16日", "2024-04-16", "本报讯 4月16日，党工委委员、管",
         "zone deputy head visits companies; byline at the end; photo caption")]),
    "o07_pidu.txt": (2022, "2022年11月25日  星期五", "郫都区", [
        ("区委常委会（扩大）会议召开", "11月24日", "2022-11-24", "本报讯（记者 文静怡）11月24日",
         "district standing committee enlarged meeting"),
        ("敬天佑调研三道堰镇乡村振兴工作", "11月23日", "2022-11-23", "本报讯 11月23日，副区长敬天佑",
         "deputy district head inspects rural revitalisation in a town; town party secretary accompanies"),
        ("战旗村迎来研学旅游热", "入冬以来", "2022-11", "入冬以来，唐昌街道战旗村研学旅",
         "photo news; no official")]),
    "o08_nanhai.txt": (2023, "2023年12月8日  星期五", "南海区", [
        ("梁启航调研狮山镇产业发展时要求", "12月7日", "2023-12-07", "本报讯（记者 谭颖欣 通讯员 梁晓彤）",
         "district party secretary (a 佛山 市委常委) inspects projects in a town"),
        ("区政协召开专题协商会", "12月6日", "2023-12-06", "本报讯（记者 谭颖欣）12月6日",
         "district CPPCC consultation on the 百千万工程; 区长 listens; 政协副主席 邵文斌 (not 即墨's)")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "o:滕宏远": ("滕宏远", "official", "即墨区", [
        ("o01", "即墨区委", "书记", "区委书记滕宏远主持会", "区委 on 即墨新闻 = 即墨区委"),
        ("o03", "即墨区委", "书记", "委书记滕宏远到蓝谷片区", "same post two years later; 区\\n委书记 broken by the column")], []),
    "o:鞠立新": ("鞠立新", "official", "即墨区", [
        ("o01", "即墨区委", "副书记", "区委副书记、区长鞠立新", None),
        ("o01", "即墨区政府", "区长", "区委副书记、区长鞠立新", None),
        ("o02", "即墨区委", "副书记", "副书记、区长鞠立新出席会议并讲话", None),
        ("o02", "即墨区政府", "区长", "副书记、区长鞠立新出席会议并讲话", None)], []),
    "o:宫传海": ("宫传海", "official", "即墨区", [
        ("o01", "即墨区人大常委会", "主任", "区人大常委会主任宫传海", None),
        ("o02", "即墨区人大常委会", "主任", "区人大常委会\n主任宫传海主持会议", None)], []),
    "o:隋玉芬": ("隋玉芬", "official", "即墨区", [
        ("o01", "即墨区政协", "主席", "政协主席隋玉芬列席会议", "区\\n政协 broken by the column"),
        ("o03", "即墨区政协", "主席", "区政协主席\n隋玉芬主持会议", None)], []),
    "o:栾振涛": ("栾振涛", "official", "即墨区", [
        ("o01", "即墨区政府", "副区长", "副区长栾振涛带", "副区长 in 2021; 栾 振涛 spaced in a later mention"),
        ("o02", "即墨区政府", "副区长", "副区长\n栾振涛主持会议", "still 副区长 in 2022"),
        ("o02", "即墨区政府", "副区长", "副区长栾振涛列席会议", "second article of the page (the 人大常委会 session, a day earlier)"),
        ("o03", "即墨区委", "常委", "区委常委、常务副区长栾振涛陪", "moved up from 副区长 (o01 2021, o02 2022) to 区委常委、常务副区长 (2023)"),
        ("o03", "即墨区政府", "常务副区长", "区委常委、常务副区长栾振涛陪", None),
        ("o03", "即墨区委", "常委", "区委常委、常务副区长栾振涛出", "second article of the page"),
        ("o03", "即墨区政府", "常务副区长", "区委常委、常务副区长栾振涛出", None)], []),
    "o:牟清泉": ("牟清泉", "official", "即墨区", [
        ("o01", "即墨区应急局", "局长", "区应急局局长牟清泉参", None)], []),
    "o:姜春玲": ("姜春玲", "official", "即墨区", [
        ("o01", "即墨区人大常委会", "副主任", "区人大\n常委会副主任姜春玲带领", None),
        ("o02", "即墨区人大常委会", "副主任", "副主任姜春玲等出席", "副主任 after 区人大常委会主任宫传海 in the same sentence")], []),
    "o:邵文斌#1": ("邵文斌", "official", "即墨区", [
        ("o02", "即墨区发展和改革局", "局长", "区发展和改革局局长邵文斌通报了", "not the 邵文斌 of 南海区 (o08)"),
        ("o02", "即墨区发展和改革局", "局长", "决定任命邵文斌为区发展和改革局局长", "appointed by the 区人大常委会 on 3月8日 (second article)")], []),
    "o:车雅琳": ("车雅琳", "official", "即墨区", [
        ("o02", "即墨区财政局", "局长", "任命车雅琳为区财政局局长", "appointment")], []),
    "o:龚丽君": ("龚丽君", "official", "即墨区", [
        ("o03", "即墨区政府", "副区长", "副区长龚丽君主持会议", None),
        ("o03", "即墨区政府", "副区长", "副区长\n龚丽君到会听取意见建议", "third article")], []),
    "o:万红霞": ("万红霞", "official", "即墨区", [
        ("o03", "即墨区政协", "副主席", "区政协副主席万红霞出席", None)], []),
    "o:严志鹏": ("严志鹏", "official", "襄阳高新区", [
        ("o04", "襄阳市委", "常委", "市委常委、高新区党工委书记严志鹏", "市委 on the 襄阳高新 page = 襄阳市委"),
        ("o04", "襄阳高新区党工委", "书记", "市委常委、高新区党工委书记严志鹏", "高新区 on the 襄阳高新 page = 襄阳高新区 (the city only in the masthead)")], []),
    "o:尚晓军": ("尚晓军", "official", "襄阳高新区", [
        ("o04", "襄阳高新区党工委", "副书记", "党工委副书记、管委会主任尚晓军就", None),
        ("o04", "襄阳高新区管委会", "主任", "党工委副书记、管委会主任尚晓军就", None),
        ("o04", "襄阳高新区党工委", "副书记", "高新区党工委副书记、管委会主任尚晓军", "second article; 尚 晓军 spaced in a later mention"),
        ("o04", "襄阳高新区管委会", "主任", "高新区党工委副书记、管委会主任尚晓军", None)], []),
    "o:吕丹凤": ("吕丹凤", "official", "襄阳高新区", [
        ("o04", "襄阳高新区党工委", "委员", "党工委委员、管\n委会副主任吕丹凤、范俊杰出席会议", "管\\n委会 broken by the column"),
        ("o04", "襄阳高新区管委会", "副主任", "党工委委员、管\n委会副主任吕丹凤、范俊杰出席会议", None)], []),
    "o:范俊杰": ("范俊杰", "official", "襄阳高新区", [
        ("o04", "襄阳高新区党工委", "委员", "党工委委员、管\n委会副主任吕丹凤、范俊杰出席会议", None),
        ("o04", "襄阳高新区管委会", "副主任", "党工委委员、管\n委会副主任吕丹凤、范俊杰出席会议", None),
        ("o04", "襄阳高新区管委会", "副主任", "管委会副主任范俊杰", "second article")], []),
    "o:邬振华": ("邬振华", "official", "德清县", [
        ("o05", "德清县委", "书记", "县委书记邬振华在会上强调", "县委 on 德清新闻 = 德清县委")], []),
    "o:费立航": ("费立航", "official", "德清县", [
        ("o05", "德清县委", "副书记", "县委副书记、县长费立航对", None),
        ("o05", "德清县政府", "县长", "县委副书记、县长费立航对", None)], []),
    "o:蔡永康": ("蔡永康", "official", "德清县", [
        ("o05", "德清县人大常委会", "主任", "县人大常委会主任蔡永康", None)], []),
    "o:金晓岚": ("金晓岚", "official", "德清县", [
        ("o05", "德清县人大常委会", "副主任", "县\n人大常委会副主任金晓岚", None)], []),
    "o:俞昊然": ("俞昊然", "official", "德清县", [
        ("o05", "德清县政府", "副县长", "副县长俞昊然", None)], []),
    "o:房志坚": ("房志坚", "official", "淄博高新区", [
        ("o06", "淄博高新区党工委", "书记", "高新区党工委\n\n书记房志坚出席", "高新区 on the 淄博高新 page = 淄博高新区; a column break (blank line) inside the title chain")], []),
    "o:毕红梅": ("毕红梅", "official", "淄博高新区", [
        ("o06", "淄博高新区党工委", "副书记", "党工委副书记、\n管委会主任毕红梅主持会议", None),
        ("o06", "淄博高新区管委会", "主任", "党工委副书记、\n管委会主任毕红梅主持会议", None)], []),
    "o:翟永胜": ("翟永胜", "official", "淄博高新区", [
        ("o06", "淄博高新区党工委", "委员", "党工委委员、管委会副主任翟永胜、蒲欣悦", None),
        ("o06", "淄博高新区管委会", "副主任", "党工委委员、管委会副主任翟永胜、蒲欣悦", None),
        ("o06", "淄博高新区党工委", "委员", "党工委委员、管\n委会副主任翟永胜到", "second article"),
        ("o06", "淄博高新区管委会", "副主任", "党工委委员、管\n委会副主任翟永胜到", None)], []),
    "o:蒲欣悦": ("蒲欣悦", "official", "淄博高新区", [
        ("o06", "淄博高新区党工委", "委员", "党工委委员、管委会副主任翟永胜、蒲欣悦", None),
        ("o06", "淄博高新区管委会", "副主任", "党工委委员、管委会副主任翟永胜、蒲欣悦", None)], []),
    "o:蒲建勋": ("蒲建勋", "official", "郫都区", [
        ("o07", "郫都区委", "书记", "书记蒲建勋主持会议", "区委 on 今日郫都 = 郫都区委 (区委\\n书记 broken by the column)")], []),
    "o:冉晓渝": ("冉晓渝", "official", "郫都区", [
        ("o07", "郫都区委", "副书记", "区委副书记、\n区长冉晓渝", None),
        ("o07", "郫都区政府", "区长", "区委副书记、\n区长冉晓渝", None)], []),
    "o:罗光辉": ("罗光辉", "official", "郫都区", [
        ("o07", "郫都区人大常委会", "主任", "区人大常委会主任罗光辉", None)], []),
    "o:龙婉清": ("龙婉清", "official", "郫都区", [
        ("o07", "郫都区政协", "主席", "区政协\n主席龙婉清", None)], []),
    "o:敬天佑": ("敬天佑", "official", "郫都区", [
        ("o07", "郫都区政府", "副区长", "副区长敬天佑", None)], []),
    "o:易嘉豪": ("易嘉豪", "official", "郫都区", [
        ("o07", "郫都区三道堰镇党委", "书记", "道堰镇党委书记易嘉豪陪同调研", "town label = district + town; 三\\n道堰镇 broken by the column")], []),
    "o:梁启航": ("梁启航", "official", "南海区", [
        ("o08", "佛山市委", "常委", "市委常委、区委书记梁启航", "市委 on 南海日报 = 佛山市委"),
        ("o08", "南海区委", "书记", "市委常委、区委书记梁启航", "区委 on 南海日报 = 南海区委")], []),
    "o:麦俊豪": ("麦俊豪", "official", "南海区", [
        ("o08", "南海区狮山镇党委", "书记", "狮山镇党委书记麦俊豪", None)], []),
    "o:黎淑仪": ("黎淑仪", "official", "南海区", [
        ("o08", "南海区政协", "主席", "区政协\n主席黎淑仪主持会议", None)], []),
    "o:冼志明": ("冼志明", "official", "南海区", [
        ("o08", "南海区委", "副书记", "区委副书记、区长冼志明", "surname 冼; 冼 志明 spaced in a later mention"),
        ("o08", "南海区政府", "区长", "区委副书记、区长冼志明", None)], []),
    "o:邵文斌#2": ("邵文斌", "official", "南海区", [
        ("o08", "南海区政协", "副主席", "区政协副主席邵文斌、罗润芝", "not the 邵文斌 of 即墨区 (o02)")], []),
    "o:罗润芝": ("罗润芝", "official", "南海区", [
        ("o08", "南海区政协", "副主席", "区政协副主席邵文斌、罗润芝", None)], []),
    # bylines on several pages of 即墨新闻 (the writer would list a reporter under the first file only)
    "o:于浩": ("于浩", "reporter", "即墨区", [], ["o01", "o02"]),
    "o:蓝晓彤": ("蓝晓彤", "correspondent", "即墨区", [], ["o01", "o02", "o03"]),
    "o:郝文娟": ("郝文娟", "reporter", "即墨区", [], ["o02", "o03"]),
    "o:纪晨阳": ("纪晨阳", "correspondent", "即墨区", [], ["o02", "o03"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("o01", "韩雪晴", "记者", "reporter", "（记者 韩雪晴）"),
    ("o01", "孙梦瑶", "通讯员", "correspondent", "记者 韩雪晴 通讯员 孙梦瑶"),
    ("o01", "于浩", "记者", "reporter", "记者 于浩 摄"),
    ("o01", "蓝晓彤", "通讯员", "correspondent", "（通讯员 蓝晓彤）"),
    ("o02", "郝文娟", "记者", "reporter", "（记者 郝文娟 通讯员 纪晨阳）"),
    ("o02", "纪晨阳", "通讯员", "correspondent", "（记者 郝文娟 通讯员 纪晨阳）"),
    ("o02", "蓝晓彤", "通讯员", "correspondent", "（通讯员 蓝晓彤）"),
    ("o02", "于浩", "记者", "reporter", "记者 于浩 摄"),
    ("o03", "郝文娟", "记者", "reporter", "（记者 郝文娟）"),
    ("o03", "纪晨阳", "通讯员", "correspondent", "通讯员 纪晨阳"),
    ("o03", "蓝晓彤", "通讯员", "correspondent", "（通讯员 蓝晓彤）"),
    ("o04", "鲁一鸣", "记者", "reporter", "（记者 鲁一鸣）"),
    ("o04", "程思语", "通讯员", "correspondent", "（通讯员 程思语）"),
    ("o04", "舒雨涵", "通讯员", "correspondent", "（通讯员 舒雨涵）"),
    ("o05", "钱嘉怡", "记者", "reporter", "（记者 钱嘉怡 通讯员 沈可\n馨）"),
    ("o05", "沈可馨", "通讯员", "correspondent", "（记者 钱嘉怡 通讯员 沈可\n馨）"),
    ("o06", "伊若晨", "记者", "reporter", "（记者 伊若晨 通讯员 桑梓涵）"),
    ("o06", "桑梓涵", "通讯员", "correspondent", "（记者 伊若晨 通讯员 桑梓涵）"),
    ("o07", "文静怡", "记者", "reporter", "（记者 文静怡）"),
    ("o07", "何语桐", "通讯员", "correspondent", "（通讯员 何语桐）"),
    ("o08", "谭颖欣", "记者", "reporter", "（记者 谭颖欣 通讯员 梁晓彤）"),
    ("o08", "梁晓彤", "通讯员", "correspondent", "（记者 谭颖欣 通讯员 梁晓彤）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("o01", "韩雪晴"): "记者 韩雪晴 通讯员 孙梦瑶",
    ("o05", "钱嘉怡"): "记者 钱嘉怡 摄",
    ("o06", "桑梓涵"): "问题。\n\n通讯员 桑梓涵",
    ("o06", "伊若晨"): "记者 伊若晨 摄",
    ("o07", "文静怡"): "记者 文静怡 摄",
    ("o08", "谭颖欣"): "（记者 谭颖欣）",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("o01", "区委常委会会议", "meeting (区委常委会会议)", "6月16日", "滕宏远", None, ["区委常委会"],
     ["鞠立新", "宫传海", "隋玉芬"], ["滕宏远"], None,
     "6月16日，区委\n常委会召开会议",
     ["区委书记滕宏远主持会\n议并讲话", "区长鞠立新，区委常\n\n委出席会议", "区人大常委会主任宫传海，区\n政协主席隋玉芬列席会议"]),
    ("o01", "汛前准备和安全生产督导检查", "inspection (督导检查)", "6月15日", None, "栾振涛", [],
     ["牟清泉"], ["栾振涛"], "温泉街道、鳌山卫街道",
     "副区长栾振涛带\n领区应急局、区水务局等部门负责人，\n到温泉街道、鳌山卫街道督导检查汛前\n准备和安全生产工作",
     ["副区长栾振涛带\n领", "他强调", "区应急局局长牟清泉参\n加督导"]),
    ("o01", "民生实事项目视察", "inspection (人大视察)", "6月15日", None, "姜春玲", [],
     [], ["姜春玲"], None,
     "常委会副主任姜春玲带领部分区人大代表，视察\n我区民生实事项目推进情况",
     ["常委会副主任姜春玲带领部分区人大代表", "姜春玲指出"]),
    ("o02", "全区重点项目建设推进会", "meeting (推进会)", "3月9日", "栾振涛", None, [],
     ["鞠立新"], ["鞠立新", "邵文斌"], None,
     "3月9日，全区重点项目建设推进会召开，",
     ["区长鞠立新出席会议并讲话", "副区长\n栾振涛主持会议", "区发展和改革局局长邵文斌通报了", "鞠立新强调"]),
    ("o02", "区人大常委会第四十一次会议", "session (人大常委会会议)", "3月8日", "宫传海", None, ["区人大常委会"],
     ["姜春玲", "栾振涛"], [], None,
     "3月8日，区人大\n常委会召开第四十一次会议",
     ["主任宫传海主持会议", "副主任姜春玲等出席", "副区长栾振涛列席会议"]),
    ("o03", "蓝谷重点项目建设调研", "inspection (调研)", "8月23日", None, "滕宏远", [],
     ["栾振涛"], ["滕宏远"], "蓝谷片区",
     "委书记滕宏远到蓝谷片区调研重点项目建\n设情况",
     ["委书记滕宏远到蓝谷片区调研", "常务副区长栾振涛陪\n同调研", "他强调"]),
    ("o03", "全区优化营商环境攻坚推进会", "meeting (推进会)", "8月22日", "龚丽君", None, [],
     ["栾振涛"], ["栾振涛"], None,
     "8月22日，全区优化营商环境攻坚\n推进会召开",
     ["常务副区长栾振涛出\n席会议并讲话", "副区长龚丽君主持会议", "栾\n振涛要求"]),
    ("o03", "“加快发展海洋经济”专题协商会", "meeting (政协专题协商会)", "8月22日", "隋玉芬", None, ["区政协"],
     ["万红霞", "龚丽君"], ["隋玉芬"], None,
     "8月22日，区政协召\n开“加快发展海洋经济”专题协商会",
     ["区政协主席\n隋玉芬主持会议", "区政协副主席万红霞出席", "副区长\n龚丽君到会听取意见建议", "隋玉芬表示"]),
    ("o04", "党工委会议", "meeting (党工委会议)", "9月13日", "严志鹏", None, ["高新区"],
     ["吕丹凤", "范俊杰"], ["严志鹏", "尚晓军"], None,
     "9月13日，高\n新区召开党工委会议",
     ["高新区党工委书记严志鹏\n主持会议并讲话", "严志鹏强调", "管委会主任尚晓军就抓好会\n议精神落实作具体安排", "吕丹凤、范俊杰出席会议"]),
    ("o04", "重点项目建设督办", "inspection (督办)", "9月12日", None, "尚晓军", [],
     ["范俊杰"], ["尚晓军"], "米庄镇、团山镇",
     "管委会主任尚晓军\n带队到米庄镇、团山镇督办重点\n项目建设",
     ["管委会主任尚晓军\n带队", "他要求", "管委会副主任范俊杰\n\n参加督办"]),
    ("o04", "节后安全生产大检查", "inspection (安全生产检查)", "中秋节后", None, None, ["高新区安委会办公室"],
     [], [], None,
     "中秋节后，高新区安委会办公室组织\n应急、消防、市场监管等部门", []),
    ("o05", "全县经济运行分析会", "meeting (经济运行分析会)", "5月18日上午", None, None, [],
     [], ["邬振华", "费立航"], None,
     "县委书记邬振华在会上强调",
     ["县委书记邬振华在会上强调", "县委副书记、县长费立航对二季度经济工作\n作了具体部署"]),
    ("o05", "重点项目观摩", "site observation (项目观摩)", "5月18日上午", None, None, [],
     [], [], None,
     "5月18日上午，与会人员还实地观摩了地\n理信息小镇二期、新市镇古镇保护提升工程", []),
    ("o05", "民营经济发展情况调研", "inspection (人大调研)", "5月17日", None, "蔡永康", [],
     ["金晓岚", "俞昊然"], ["蔡永康"], "禹越镇、钟管镇",
     "县人大常委会主任蔡永康\n带队调研我县民营经济发展情况",
     ["主任蔡永康\n带队调研", "副主任金晓岚，副县长俞昊然\n参加调研", "蔡永康指出"]),
    ("o06", "一季度经济运行分析会", "meeting (经济运行分析会)", "4\n月17日", "毕红梅", None, ["高新区"],
     ["房志坚", "翟永胜", "蒲欣悦"], ["房志坚"], None,
     "高新区召开一季度经济运行分析会，",
     ["书记房志坚出席会议并讲话", "管委会主任毕红梅主持会议", "房志坚强调", "管委会副主任翟永胜、蒲欣悦\n出席会议"]),
    ("o06", "规上企业生产经营情况调研", "inspection (调研)", "4月16日", None, "翟永胜", [],
     [], ["翟永胜"], "四宝山街道",
     "委会副主任翟永胜到四宝山街道部分规\n上企业调研生产经营情况",
     ["委会副主任翟永胜到四宝山街道", "他要求"]),
    ("o07", "区委常委会（扩大）会议", "meeting (区委常委会扩大会议)", "11月24日", "蒲建勋", None, ["区委常委会"],
     ["冉晓渝", "罗光辉", "龙婉清"], ["蒲建勋"], None,
     "11月24日，区委\n常委会召开（扩大）会议",
     ["书记蒲建勋主持会议并讲话", "区长冉晓渝，区人大常委会主任罗光辉，区政协\n主席龙婉清等出席会议"]),
    ("o07", "三道堰镇乡村振兴工作调研", "inspection (调研)", "11月23日", None, "敬天佑", [],
     ["易嘉豪"], ["敬天佑"], "三道堰镇",
     "副区长敬天佑\n到三道堰镇调研乡村振兴工作",
     ["副区长敬天佑\n到三道堰镇调研", "道堰镇党委书记易嘉豪陪同调研", "他强调"]),
    ("o08", "狮山镇产业发展调研", "inspection (调研)", "12月7日", None, "梁启航", [],
     ["麦俊豪"], ["梁启航"], "狮山镇",
     "区委书记梁启航\n到狮山镇调研产业发展和重点项目建设情\n况",
     ["区委书记梁启航\n到狮山镇调研", "狮山镇党委书记麦俊豪陪同调研", "他要求"]),
    ("o08", "推进“百千万工程”专题协商会", "meeting (政协专题协商会)", "12月6日", "黎淑仪", None, ["区政协"],
     ["冼志明", "邵文斌", "罗润芝"], ["冼志明"], None,
     "12月6日，区政协\n召开推进“百千万工程”专题协商会",
     ["主席黎淑仪主持会议", "区长冼志明\n到会听取意见", "区政协副主席邵文斌、罗润芝\n出席", "冼 志明表\n示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("o01", "海晟新能源汽车零部件产业园", "industrial_park", "海晟新\n能源汽车零部件产业园"),
    ("o01", "即墨古城二期文旅综合体", "project", "即墨古城二期文旅综合\n体"),
    ("o01", "墨水河综合治理工程", "engineering_work", "墨水河综合治理工程等项目建设"),
    ("o01", "区第二人民医院门急诊综合楼建设项目", "project", "区第二人民\n医院门急诊综合楼建设项目"),
    ("o02", "蓝谷海洋装备产业园二期", "industrial_park", "蓝谷海洋装备产业园二期"),
    ("o02", "即墨综合保税区冷链物流中心", "logistics_hub", "即墨综合保税区冷链物流中心"),
    ("o02", "鳌山湾片区配套路网工程", "infrastructure_project", "鳌山湾片区配\n套路网工程"),
    ("o03", "蓝谷海洋装备产业园二期", "industrial_park", "滕宏远先后来到蓝谷海洋装备产业园二期"),
    ("o03", "鳌山湾未来城TOD综合开发项目", "project", "鳌山湾未来城TOD综合开发项目"),
    ("o03", "海洋科技成果转化中心", "project", "海洋\n科技成果转化中心建设现场"),
    ("o04", "襄阳智能网联汽车测试场二期", "infrastructure_project", "襄阳智能网联汽\n车测试场二期"),
    ("o04", "汉江北岸电驱系统产业园", "industrial_park", "汉江北岸电驱系统产业园等"),
    ("o04", "团山镇污水处理厂提标改造工程", "engineering_work", "团山镇污水处理厂提标\n改造工程"),
    ("o05", "莫干山国际旅游度假区提升工程", "project", "莫干山国际旅游度假区提升工程"),
    ("o05", "地理信息小镇二期", "project", "地理信息小镇二期等"),
    ("o05", "新市镇古镇保护提升工程", "project", "新市镇古镇保护提升工程"),
    ("o06", "四宝山新材料中试基地二期", "project", "四宝山新材料中试基地二期"),
    ("o06", "高新区智能装备产业园三期", "industrial_park", "高新区\n智能装备产业园三期"),
    ("o07", "菁蓉湖科创走廊", "project", "菁蓉湖科创走廊"),
    ("o07", "安德川菜产业园二期", "industrial_park", "安德川菜产业园二期"),
    ("o08", "南海新能源汽车电池材料产业园", "industrial_park", "南海新能源汽车电池材料\n产业园"),
    ("o08", "博爱湖片区城市更新项目", "project", "博爱湖片区城市更新项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("o01", "汽车产业新城", "area", "standalone", "汽车产业新城、蓝谷等重点片区"),
    ("o01", "蓝谷", "area", "standalone", "产业新城、蓝谷等重点片区"),
    ("o01", "即墨古城", "heritage_site", "in_project_name", "即墨古城二期文旅综合"),
    ("o01", "墨水河", "river", "in_project_name", "墨水河综合治理工程等项目建设"),
    ("o01", "温泉街道", "street", "standalone", "到温泉街道、鳌山卫街道督导检查汛前"),
    ("o01", "鳌山卫街道", "street", "standalone", "到温泉街道、鳌山卫街道督导检查汛前"),
    ("o01", "通济街道", "street", "standalone", "到通济街道城市书房"),
    ("o01", "潮海街道", "street", "standalone", "潮海街道老年食堂"),
    ("o02", "蓝谷", "area", "in_project_name", "蓝谷海洋装备产业园二期"),
    ("o02", "即墨综合保税区", "development_zone", "in_project_name", "即墨综合保税区冷链物流中心"),
    ("o02", "鳌山湾片区", "area", "in_project_name", "鳌山湾片区配"),
    ("o02", "移风店镇", "town", "standalone", "连日来，移风店镇大沽河沿岸"),
    ("o02", "大沽河", "river", "standalone", "连日来，移风店镇大沽河沿岸"),
    ("o03", "蓝谷片区", "area", "standalone", "到蓝谷片区调研"),
    ("o03", "蓝谷", "area", "in_project_name", "滕宏远先后来到蓝谷海洋装备产业园二期"),
    ("o03", "鳌山湾", "area", "in_project_name", "鳌山湾未来城TOD综合开发项目"),
    ("o04", "高新区", "development_zone", "standalone", "高新区开展节后安全生产大检查"),
    ("o04", "襄阳", "city", "in_project_name", "加快推进襄阳智能网联汽"),
    ("o04", "汉江北岸", "area", "in_project_name", "汉江北岸电驱系统产业园等"),
    ("o04", "米庄镇", "town", "standalone", "带队到米庄镇、团山镇督办重点"),
    ("o04", "团山镇", "town", "standalone", "带队到米庄镇、团山镇督办重点"),
    ("o05", "莫干山国际旅游度假区", "resort", "in_project_name", "莫干山国际旅游度假区提升工程"),
    ("o05", "地理信息小镇", "area", "in_project_name", "地理信息小镇二期等"),
    ("o05", "新市镇", "town", "in_project_name", "新市镇古镇保护提升工程"),
    ("o05", "禹越镇", "town", "standalone", "调研组先后走访了禹越镇、钟管镇部分"),
    ("o05", "钟管镇", "town", "standalone", "调研组先后走访了禹越镇、钟管镇部分"),
    ("o05", "下渚湖湿地", "scenic_area", "standalone", "初夏时节，下渚湖湿地水草丰茂"),
    ("o06", "高新区", "development_zone", "standalone", "高新区召开一季度经济运行分析会，"),
    ("o06", "四宝山街道", "street", "standalone", "四宝山街道、石桥街道"),
    ("o06", "石桥街道", "street", "standalone", "四宝山街道、石桥街道"),
    ("o06", "四宝山", "area", "in_project_name", "四宝山新材料中试基地二期"),
    ("o07", "菁蓉湖", "lake", "in_project_name", "菁蓉湖科创走廊"),
    ("o07", "安德", "area", "in_project_name", "安德川菜产业园二期"),
    ("o07", "三道堰镇", "town", "standalone", "到三道堰镇调研乡村振兴工作"),
    ("o07", "青杠树村", "village", "standalone", "敬天佑先后来到青杠树村、柏条河沿 线"),
    ("o07", "柏条河", "river", "standalone", "敬天佑先后来到青杠树村、柏条河沿 线"),
    ("o07", "唐昌街道", "street", "standalone", "入冬以来，唐昌街道战旗村研学旅"),
    ("o07", "战旗村", "village", "standalone", "入冬以来，唐昌街道战旗村研学旅"),
    ("o08", "狮山镇", "town", "standalone", "到狮山镇调研产业发展"),
    ("o08", "南海", "district", "in_project_name", "梁启航先后来到南海新能源汽车电池材料"),
    ("o08", "博爱湖片区", "area", "in_project_name", "博爱湖片区城市更新项目"),
    ("o08", "九江镇", "town", "standalone", "会上，九江镇、丹灶镇有关负责人"),
    ("o08", "丹灶镇", "town", "standalone", "会上，九江镇、丹灶镇有关负责人"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="o", conventions="set o (blind set of district, county and zone newspaper pages as pdftotext gives them: several articles per page, header line with date, masthead, 版次 and 编辑, hard-wrapped columns with words, names, dates and bylines broken across lines, letter-spaced runs, photo captions, a 下转/上接 jump; 即墨区 on three pages over three years, 高新区 of 襄阳 and of 淄博, 德清县, 郫都区, 南海区)",
          persons_note="Set o persons. id = corpus-wide person_id (o:邵文斌#1 and o:邵文斌#2 are two people; o:栾振涛 moves from 副区长 to 区委常委、常务副区长)")


if __name__ == "__main__":
    main()
