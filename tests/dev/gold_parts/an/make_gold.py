"""Write gold part ``an`` (a blind set: city and county newspaper pages holding several articles each, as text saved
from the paper's digital edition) from the tables below.

Pages ``tests/dev/texts/an*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 今日浮山 digital-edition page (``下一版»本期共4版``, a 县长办公会
report with ``县领导…参加会议``, byline in brackets at the end); a 长子 county paper's 第2版 要闻简报 (◆ items of two to
four lines, each with its own date, 副县长 / 县人大常委会副主任 出席); a 沁县 page's 【图片新闻】 (caption with 摄影报道); a
上虞日报 page (several articles, a photo ``图为…（右一）… 本报记者 … 摄``, 市委书记 and 副市长 陪同); a 周口日报 page of
a 市委书记 in a 代表团 ending ``（下转第二版）``; a 定州 paper's 市委书记 调研 with the caption above the 本报讯; the
新民晚报 and 人民日报 edition lists (``第A01版：头版 / 第A02版：综合新闻``, ``01版:要闻``); a 齐鲁晚报 header line
(``编辑… 美编… 组版…``) and its ``详见C03、C04、C05版`` pointers; 许昌日报 第02版 photo news (``本报记者 … 摄``); a
菏泽日报 第A4版 county item (``本报讯 （通讯员 … 记者 …）``, 县委书记 with 县委副书记、代县长); the 绥化日报 on 东北网 (``特约
记者``, a 海伦市委书记 interview); 今日高邮 (``图为…正在…视察``). Places are real and new to the corpus, in three
provinces: 湖南 怀化 (怀化日报 four pages: two pages of one day with a jump, a 溆浦新闻 county page, an A01 of 2025),
陕西 渭南 (渭南日报 two pages; the county paper 今日大荔), 黑龙江 绥化 (绥化日报 two pages, a 县域 page about 海伦市 and
青冈县; the county paper 望奎新闻).

Shapes: an A01 with a 要闻导读 box (chrome: it lists other pages' headlines, one with a 副市长's name), a 市委书记's 调研
of a county ending ``（下转第2版）``, 图片新闻 (a 副市长 带队 检查, caption ``图为…（左二）… 记者 … 摄``) and a 市政协
主席会议, footer ``责任编辑 / 版式设计 / 校对`` (an01); the A02 of the same day with the second half (short repeated
headline, ``（上接第1版）调研中，…座谈会``) and a 新闻简讯 box of three titled items (a 县长 chairing a 常务会议, a 人大
视察 with a 副县长 陪同, a county-level city's 常务副市长) (an02); a city paper's county page (``第A05版：溆浦新闻``) with
bare 县委 / 县长 (an03); a 市政府常务会议, a bare 高新区's 推进会 and 图片新闻 of a 副市长 (an04); 渭南日报 A01 with a 导读
box, a 市委书记 in the bare 高新区 with its 党工委书记 and 管委会主任, photo news without officials and untitled 简讯 items
(an05); a 第02版 图片新闻 of a 副市长 in the bare 经开区, a 市政协 视察 and three 简讯 (a 县长's 常务会议, a county-level
city's 市长, a 区委常委、副区长) (an06); a county paper with bare 县委书记 / 县长 / 县人大常委会主任 and a 镇党委书记 (an07);
绥化日报 A01: a 市委书记 in the bare 经开区, 简讯 (安达市委常委、副市长, 北林区副区长), photo news (an08); a 县域 page
where a county-level city's report writes bare 市委 / 市长 after ``海伦市委书记`` and a 简讯 ``市政府第十八次常务会议`` is
海伦's (an09); a county paper's A1 with a new 县长 (an10).

Identity cases:
- an:曾庆昌 over three pages and two years with two changes of post: 溆浦县委副书记、县长 accompanying the 市委书记 in
  April 2023 (an01), 县委书记 chairing the 县委常委会 on the 溆浦新闻 page in March 2024 (an03, bare 县委), 怀化市副市长
  at the 市政府常务会议 and in 图片新闻 in June 2025 (an04). His 2024 县长 successor an:邓国良 chairs the 常务会议 in an03.
- an:雷宏斌: 渭南高新区党工委书记 (bare 高新区 on 渭南日报, June 2022, an05) → 渭南市副市长 in 图片新闻 (May 2024, an06).
- an:宫立波: 绥化经开区党工委副书记、管委会主任 (bare 经开区 on 绥化日报, August 2023, an08) → 望奎县委副书记、县长 (望奎新闻,
  March 2025, an10).
- the same officials across pages: an:钟汉城 and an:向伟明 (an01 with titles, an02 named without), an:粟素华 (怀化 副市长
  2023 and 2025), an:同振华 (大荔县委副书记、县长 in a 渭南日报 简讯 2022 and on 今日大荔 2023).
- two different 黄立新: an:黄立新#1 会同县副县长 (湖南 怀化, an02, April 2023); an:黄立新#2 安达市委常委、副市长
  (黑龙江 绥化, an08, August 2023).
- one organ word of several places: 高新区 of 怀化 (an04) and of 渭南 (an05); 经开区 of 渭南 (an06) and of 绥化 (an08); the
  city comes only from the masthead.
- county-level cities beside their prefecture: 洪江市委常委、常务副市长 (an02), 韩城市委副书记、市长 (an06), 安达市委常委、
  副市长 (an08), 海伦市委 / 市长 / 市政府 (an09) are the county-level city's organs, not 怀化's, 渭南's or 绥化's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts o, s, u and z where they speak; decided here where they are silent):
- Page header (masthead, date, 第A01版：要闻, 上一版 / 下一版, 往期回顾, 总第…期, 主办) lies before the first headline:
  chrome, its date the page stamp; the closing line ``怀化日报社主办 / 渭南日报社出版 / 绥化日报社出版`` is chrome.
- DECIDED HERE: the 要闻导读 box (an01, an05) is chrome: it sits before the first headline, and its names, titles and
  places (副市长邝志勇, 市人大常委会副主任寇丽娟, 洪江, 澄城) give no person, post, event or place; a person of the box is
  not in persons.json for that page.
- DECIDED HERE: an article that jumps is two articles on two pages: the first half (an01 article 1) ends at
  ``（下转第2版）``; the second half (an02 article 1) starts at its short repeated headline ``钟汉城在溆浦县调研`` and
  ``（上接第1版）``. Each half gets what it writes: 钟汉城 and 向伟明 have their titles only in the first half (no line on
  an02, named there without a post); 蒋志坚 and 谢永康 have theirs only in the second half. The 调研 is one event, on the
  page of its lead (an01); the 座谈会 held ``调研中`` is an event of the second half (an02). The second half's date_text is
  ``调研中`` and its date_inferred the first half's date (2023-04-17).
- DECIDED HERE: each 简讯 item is an article of its own, with its own dateline and date; the box label (``简讯`` /
  ``新闻简讯``) is part of the first item's headline string (``"简讯\\n\\n■3月18日"``); an item with a short title
  (an02) has the title as its headline (``■市人大常委会视察农村供水保障工作``), an untitled item its mark and date
  (``■3月20日``). The source in brackets at the end (``（通讯员 罗嘉怡）``, ``（记者 钟雨菲）``) is the item's byline;
  ``（沅陵县融媒体中心）`` names nobody.
- 图片新闻 is an article; its caption ``图为…`` is in it; the credit ``记者 … 摄`` / ``通讯员 … 摄`` is a reporter /
  correspondent line (as parts o, s). An official who 带队 / 到 … 检查 / 深入田间察看 in it is the leader of an inspection
  (and a speaker when he 要求); photo news without an official has no event.
- DECIDED HERE: the footer ``责任编辑 / 本版编辑 / 编辑 / 版式设计 / 版式 / 校对 / 审核`` lies at the end of the page,
  in the last article's span: editor lines of that article (as z01's 责任编辑 and ag02's 版式设计), label as written.
- Bare organs take the page's place: 市委 / 市政府 / 市政协 / 市人大常委会 / 市X局 on 怀化日报 = 怀化市, on 渭南日报 = 渭南市, on
  绥化日报 = 绥化市; 县委 / 县政府 / 县人大常委会 / 县政协 on 今日大荔 = 大荔县, on 望奎新闻 = 望奎县, and on the 怀化日报
  page ``第A05版：溆浦新闻`` = 溆浦县 (the county only in the edition name and the body's project names).
- DECIDED HERE: a county-level city's own report in the city paper (an09): after ``海伦市委书记尚德明``, the bare ``市委
  副书记、市长`` / ``市委常委、常务副市长`` / ``市人大常委会主任`` of the same paragraph are 海伦市's (海伦市委, 海伦市政府,
  海伦市人大常委会), not 绥化's; ``海伦市委副书记、市长郝春雷主持召开市政府第十八次常务会议`` is 海伦市政府's meeting. On
  an01 ``溆浦县委书记向伟明，县委副书记、县长曾庆昌`` the second 县 is 溆浦's (the county just named).
- Zones: bare 高新区 / 经开区 take the masthead's city (怀化高新区, 渭南高新区, 渭南经开区, 绥化经开区); ``高新区党工委书记、
  管委会主任罗锦涛`` → 怀化高新区党工委 书记 + 怀化高新区管委会 主任, the following ``管委会副主任张文斌`` → 怀化高新区管委会.
  Place rows write the zone as the evidence does (``高新区``, ``经开区``).
- Titles: ``市委常委、秘书长`` → 市委 常委 + 市委 秘书长 (as part s); 市政协 秘书长 and 市政府秘书长 are posts of the 政协 /
  政府; ``X县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``区委常委、副区长`` after 临渭区 → 临渭区委 常委 + 临渭区政府
  副区长; a town's ``朝邑镇党委书记`` → 大荔县朝邑镇党委. A list after one title gives every name that title. A post repeated in
  another article of the same page gives a new line (as z10: 邓国良, 蒲振华, 胡文辉 on an03; 曾庆昌 on an04; 郝春雷,
  姜玉梅 on an09; 惠雅琴 on an07; 付志成, 于慧敏 on an10).
- Events: 调研 / 检查 / 视察 are inspections (leader; 陪同 / 参加调研 are attendees; 汇报 / 介绍 / 指出 / 强调 / 要求
  speakers); 常委会, 常务会议, 主席会议, 全体会议, 座谈会, 推进会, 部署会 are meetings (主持 = chair; 出席 / 列席 = attendee;
  出席并讲话 = attendee and speaker; 通报 / 汇报 / 发言 = speaker). ``县政府召开第一次全体（扩大）会议`` chaired by the
  常务副县长 has the 县长 as attendee and speaker.
- Projects: works named as under way or to be pushed, with the name as written (``溆水河风光带二期工程`` greening_project,
  ``溆浦县新材料产业园`` industrial_park, a 农业园区 industrial_park, 供水 / 供热 / 铁路专用线 works infrastructure_project,
  a 堤防加固工程 engineering_work, a 冷链物流中心 logistics_hub); documents (``《溆浦县2024年重点项目建设计划》``) and slogans
  (``中国大豆名城``, ``溆浦柑橘品牌``) are not projects.
- Places: one line per name per file; places inside titles, organ references and project names count; the masthead,
  edition names (溆浦新闻), the 导读 box and footers are not annotated. Venues and facilities (防火检查站, 防洪闸站,
  县人民医院) are not places; the forest park (中坡国家森林公园) and the inland port (怀化国际陆港) are.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "an01_huaihua.txt": (2023, "2023年04月18日　星期二", "怀化市", [
        ("钟汉城在溆浦县调研时强调", "4月17日", "2023-04-17", "本报讯（记者 舒晓岚）4月17日",
         "city paper A01: the 市委书记's 调研 in 溆浦县 with the 市委秘书长 and the county's 书记 / 县长; jumps to page 2 (下转第2版)"),
        ("图片新闻", "4月17日", "2023-04-17", "4月17日，副市长粟素华",
         "photo news: a 副市长 带队 checks forest fire prevention in 鹤城区; caption and 记者 … 摄"),
        ("市政协召开主席会议", "4月17日", "2023-04-17", "本报讯（记者 钟雨菲）4月17日",
         "市政协 主席会议: 主席 chairs, two 副主席 出席, 秘书长 列席; footer 责任编辑 / 版式设计 / 校对")]),
    "an02_huaihua.txt": (2023, "2023年04月18日　星期二", "怀化市", [
        ("钟汉城在溆浦县调研", "调研中", "2023-04-17", "（上接第1版）调研中",
         "second half of an01's lead (上接第1版): the 座谈会 during the 调研; two 市直部门 heads speak; the 书记 named without titles"),
        ("新闻简讯\n\n■沅陵县政府召开常务会议", "4月14日", "2023-04-14", "4月14日，沅陵县委副书记",
         "简讯 item: 沅陵县's 县长 chairs the 县政府常务会议"),
        ("■市人大常委会视察农村供水保障工作", "4月13日", "2023-04-13", "本报讯 4月13日，市人大常委会副主任",
         "简讯 item: a 市人大常委会副主任's 视察 in 会同县, its 副县长 黄立新 (#1) 陪同"),
        ("■洪江市部署典型镇建设工作", "4月15日", "2023-04-15", "本报讯 4月15日，洪江市召开",
         "简讯 item: the county-level city 洪江's 推进会, its 市委常委、常务副市长 speaks")]),
    "an03_xupu.txt": (2024, "2024年03月21日　星期四", "溆浦县", [
        ("县委常委会召开会议", "3月19日", "2024-03-19", "本报讯（通讯员 郭婉婷 徐嘉琪）3月19日",
         "city paper's 溆浦新闻 page: 县委常委会 chaired by 曾庆昌 (now 县委书记), the new 县长, 常委 list, 人大 / 政协 列席"),
        ("图片新闻", "3月18日", "2024-03-18", "3月18日，副县长胡文辉",
         "photo news: a 副县长 checks spring farming in 低庄镇"),
        ("简讯\n\n■3月18日", "3月18日", "2024-03-18", "■3月18日，县委副书记",
         "简讯 item: the 县长 chairs the 县政府常务会议"),
        ("■3月20日", "3月20日", "2024-03-20", "■3月20日，县人大常委会主任",
         "简讯 item: the 县人大常委会主任's 调研 in 龙潭镇; footer")]),
    "an04_huaihua.txt": (2025, "2025年06月10日　星期二", "怀化市", [
        ("市政府召开常务会议", "6月9日", "2025-06-09", "本报讯（记者 钟雨菲）6月9日",
         "市政府常务会议: the 市长 chairs, 常务副市长, two 副市长 (曾庆昌 now one of them) and the 秘书长 出席"),
        ("高新区召开招商引资暨项目建设推进会", "6月9日", "2025-06-09", "本报讯（记者 张宇航 通讯员 周若琪）6月9日",
         "bare 高新区 (怀化's) 推进会: 党工委书记、管委会主任 speaks, 管委会副主任 通报"),
        ("图片新闻", "6月9日", "2025-06-09", "6月9日，副市长曾庆昌",
         "photo news: the 副市长 曾庆昌 checks flood defences")]),
    "an05_weinan.txt": (2022, "2022年6月9日　星期四", "渭南市", [
        ("屈建中在高新区调研时强调", "6月8日", "2022-06-08", "本报讯（记者 贺思雨）6月8日",
         "city paper A01 (导读 box before it): the 市委书记's 调研 in the bare 高新区 with its 党工委书记 雷宏斌 and 管委会主任; a 座谈会"),
        ("渭河湿地迎来“绿色盛宴”", "6月以来", "2022-06", "6月以来，渭河渭南城区段",
         "photo news without officials"),
        ("简讯\n\n■6月7日", "6月7日", "2022-06-07", "■6月7日，大荔县委副书记",
         "简讯 item: 大荔县's 县长 chairs the 县政府常务会议"),
        ("■6月8日", "6月8日", "2022-06-08", "■6月8日，华州区副区长",
         "简讯 item: a 华州区 副区长's 检查; footer")]),
    "an06_weinan.txt": (2024, "2024年5月16日　星期四", "渭南市", [
        ("图片新闻", "5月15日", "2024-05-15", "5月15日，副市长雷宏斌",
         "photo news: 雷宏斌 (now 副市长) checks safety in the bare 经开区 (渭南's); its 管委会副主任 陪同"),
        ("市政协视察城乡供水一体化工作", "5月15日", "2024-05-15", "本报讯（记者 贺思雨）5月15日",
         "市政协 视察 led by a 副主席; a 市水务局副局长 and a 蒲城县副县长 陪同"),
        ("简讯\n\n■5月14日", "5月14日", "2024-05-14", "■5月14日，富平县委副书记",
         "简讯 item: 富平县's 县长 chairs the 县政府常务会议"),
        ("■5月15日，韩城", "5月15日", "2024-05-15", "■5月15日，韩城市委副书记",
         "简讯 item: the county-level city 韩城's 市长 checks flood preparations"),
        ("■5月15日，临渭区", "5月15日", "2024-05-15", "■5月15日，临渭区召开",
         "简讯 item: a 临渭区 部署会 with its 区委常委、副区长; footer")]),
    "an07_dali.txt": (2023, "2023年7月12日　星期三", "大荔县", [
        ("安振国调研黄河滩区防汛和现代农业工作", "7月11日", "2023-07-11", "本报讯（记者 雷小雨）7月11日",
         "county paper: bare 县委书记's 调研 with a 副县长 and a 镇党委书记"),
        ("县政府召开第二十六次常务会议", "7月10日", "2023-07-10", "本报讯 7月10日，县委副书记",
         "县政府常务会议 chaired by the 县长 同振华 (the 县长 of an05), 常务副县长 and 副县长 出席"),
        ("图片新闻", "盛夏时节", "2023-07", "盛夏时节，大荔县同州湖公园",
         "photo news without officials"),
        ("简讯\n\n■7月11日", "7月11日", "2023-07-11", "■7月11日，县人大常委会主任",
         "简讯 item: the 县人大常委会主任's 视察; footer")]),
    "an08_suihua.txt": (2023, "2023年8月24日　星期四", "绥化市", [
        ("鞠国华在经开区调研时强调", "8月23日", "2023-08-23", "本报讯（记者 孙梦琪）8月23日",
         "city paper A01: the 市委书记's 调研 in the bare 经开区 (绥化's) with its 党工委书记 and 党工委副书记、管委会主任 宫立波"),
        ("简讯\n\n■8月22日", "8月22日", "2023-08-22", "■8月22日，安达市召开",
         "简讯 item: the county-level city 安达's 推进会; its 市委常委、副市长 黄立新 (#2) speaks"),
        ("■8月23日", "8月23日", "2023-08-23", "■8月23日，北林区副区长",
         "简讯 item: a 北林区 副区长's 检查"),
        ("图片新闻", "连日来", "2023-08", "连日来，兰西县万亩亚麻田",
         "photo news without officials; footer")]),
    "an09_hailun.txt": (2024, "2024年9月19日　星期四", "海伦市", [
        ("海伦市委常委会召开会议", "9月18日", "2024-09-18", "本报讯（特约记者 文晓彤 通讯员 于佳宁）9月18日",
         "city paper's 县域 page: the county-level city 海伦's 市委常委会; bare 市委 / 市长 / 市人大常委会 after 海伦市委书记 are 海伦's"),
        ("简讯\n\n■9月13日", "9月13日", "2024-09-13", "■9月13日，海伦市委副书记",
         "简讯 item: 海伦's 市长 chairs the 市政府 (海伦) 常务会议"),
        ("■9月14日", "9月14日", "2024-09-14", "■9月14日，青冈县委副书记",
         "简讯 item: 青冈县's 县长 checks autumn harvest preparations"),
        ("图片新闻", "秋分将至", "2024-09", "秋分将至，海伦市十万亩",
         "photo news: 海伦's 常务副市长 in the soybean fields; footer")]),
    "an10_wangkui.txt": (2025, "2025年3月13日　星期四", "望奎县", [
        ("县政府召开第一次全体（扩大）会议", "3月12日", "2025-03-12", "本报讯（记者 邹晓雯）3月12日",
         "county paper: 县政府全体（扩大）会议; the new 县长 宫立波 (the 经开区 主任 of an08) speaks, the 常务副县长 chairs"),
        ("卢国峰调研春耕备耕工作", "3月11日", "2025-03-11", "本报讯（记者 邹晓雯）3月11日",
         "bare 县委书记's 调研 with a 副县长"),
        ("简讯\n\n■3月11日", "3月11日", "2025-03-11", "■3月11日，县人大常委会主任",
         "简讯 item: the 县人大常委会主任's 调研"),
        ("■3月12日", "3月12日", "2025-03-12", "■3月12日，副县长于慧敏",
         "简讯 item: a 副县长 chairs the 森林草原防火工作会议"),
        ("图片新闻", "连日来", "2025-03", "冰雪消融，万物复苏。连日来",
         "photo news without officials; footer")]),
}

_AN03_CWH = "县委副书记、县长邓国良，县委常委徐伟东、张慧玲、吴文斌、汤志明出席会议"
_AN04_CWH = "市委常委、常务副市长彭振华，副市长曾庆昌、粟素华，市政府秘书长李泽民出席会议"
_AN09_CWH = "海伦市委书记尚德明主持会议。市委副书记、市长郝春雷，市委常委、常务副市长姜玉梅等出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 怀化
    "an:钟汉城": ("钟汉城", "official", "怀化市", [
        ("an01", "怀化市委", "书记", "市委书记钟汉城到溆浦县调研", "first half of the jump; named in the headline too")], ["an02"]),
    "an:廖振邦": ("廖振邦", "official", "怀化市", [
        ("an01", "怀化市委", "常委", "市委常委、秘书长廖振邦", None),
        ("an01", "怀化市委", "秘书长", "市委常委、秘书长廖振邦", "市委常委、秘书长 → 市委 常委 + 市委 秘书长")], []),
    "an:向伟明": ("向伟明", "official", "溆浦县", [
        ("an01", "溆浦县委", "书记", "溆浦县委书记向伟明", "2023; on an02 (the second half) named without a title")], ["an02"]),
    "an:曾庆昌": ("曾庆昌", "official", "溆浦县", [
        ("an01", "溆浦县委", "副书记", "县委副书记、县长曾庆昌", "2023-04: 县 = 溆浦 (the county just named); identity case: 县委书记 2024 (an03), 怀化市副市长 2025 (an04)"),
        ("an01", "溆浦县政府", "县长", "县委副书记、县长曾庆昌", None),
        ("an03", "溆浦县委", "书记", "县委书记曾庆昌主持会议", "2024-03: bare 县委 on the 溆浦新闻 page"),
        ("an04", "怀化市政府", "副市长", _AN04_CWH, "2025-06: list after one title"),
        ("an04", "怀化市政府", "副市长", "6月9日，副市长曾庆昌到鹤城区", "photo news: a new article, a new line")], []),
    "an:粟素华": ("粟素华", "official", "怀化市", [
        ("an01", "怀化市政府", "副市长", "副市长粟素华带队到鹤城区督导检查", "2023, photo news"),
        ("an04", "怀化市政府", "副市长", _AN04_CWH, "2025")], []),
    "an:叶秀峰": ("叶秀峰", "official", "怀化市", [
        ("an01", "怀化市政协", "主席", "市政协主席叶秀峰主持召开", None)], []),
    "an:滕建雄": ("滕建雄", "official", "怀化市", [
        ("an01", "怀化市政协", "副主席", "市政协副主席滕建雄、瞿美娟出席会议", "list after one title")], []),
    "an:瞿美娟": ("瞿美娟", "official", "怀化市", [
        ("an01", "怀化市政协", "副主席", "市政协副主席滕建雄、瞿美娟出席会议", None)], []),
    "an:朱炜强": ("朱炜强", "official", "怀化市", [
        ("an01", "怀化市政协", "秘书长", "秘书长朱炜强列席会议", "秘书长 after the 市政协 副主席 = the 政协's")], []),
    "an:蒋志坚": ("蒋志坚", "official", "怀化市", [
        ("an02", "怀化市自然资源和规划局", "局长", "市自然资源和规划局局长蒋志坚", "only in the second half of the jump")], []),
    "an:谢永康": ("谢永康", "official", "怀化市", [
        ("an02", "怀化市工业和信息化局", "局长", "市工业和信息化局局长谢永康", None)], []),
    "an:侯国栋": ("侯国栋", "official", "沅陵县", [
        ("an02", "沅陵县委", "副书记", "沅陵县委副书记、县长侯国栋", "简讯 item"),
        ("an02", "沅陵县政府", "县长", "沅陵县委副书记、县长侯国栋", None)], []),
    "an:谢美玲": ("谢美玲", "official", "怀化市", [
        ("an02", "怀化市人大常委会", "副主任", "市人大常委会副主任谢美玲带队", None)], []),
    "an:黄立新#1": ("黄立新", "official", "会同县", [
        ("an02", "会同县政府", "副县长", "会同县副县长黄立新陪同视察", "湖南 怀化; not the 黄立新 of 安达市 (an08)")], []),
    "an:龙立强": ("龙立强", "official", "洪江市", [
        ("an02", "洪江市委", "常委", "洪江市委常委、常务副市长龙立强", "county-level city 洪江, not 怀化市委"),
        ("an02", "洪江市政府", "常务副市长", "洪江市委常委、常务副市长龙立强", None)], []),
    "an:邓国良": ("邓国良", "official", "溆浦县", [
        ("an03", "溆浦县委", "副书记", _AN03_CWH, "article 1; 曾庆昌's successor as 县长"),
        ("an03", "溆浦县政府", "县长", _AN03_CWH, None),
        ("an03", "溆浦县委", "副书记", "县委副书记、县长邓国良主持召开", "article 3 (简讯): a new line"),
        ("an03", "溆浦县政府", "县长", "县委副书记、县长邓国良主持召开", None)], []),
    "an:徐伟东": ("徐伟东", "official", "溆浦县", [
        ("an03", "溆浦县委", "常委", _AN03_CWH, "list after one title")], []),
    "an:张慧玲": ("张慧玲", "official", "溆浦县", [
        ("an03", "溆浦县委", "常委", _AN03_CWH, None)], []),
    "an:吴文斌": ("吴文斌", "official", "溆浦县", [
        ("an03", "溆浦县委", "常委", _AN03_CWH, None)], []),
    "an:汤志明": ("汤志明", "official", "溆浦县", [
        ("an03", "溆浦县委", "常委", _AN03_CWH, None)], []),
    "an:蒲振华": ("蒲振华", "official", "溆浦县", [
        ("an03", "溆浦县人大常委会", "主任", "县人大常委会主任蒲振华、县政协主席林淑贞列席会议", "article 1"),
        ("an03", "溆浦县人大常委会", "主任", "县人大常委会主任蒲振华带队", "article 4 (简讯): a new line")], []),
    "an:林淑贞": ("林淑贞", "official", "溆浦县", [
        ("an03", "溆浦县政协", "主席", "县政协主席林淑贞列席会议", None)], []),
    "an:胡文辉": ("胡文辉", "official", "溆浦县", [
        ("an03", "溆浦县政府", "副县长", "副县长胡文辉到低庄镇", "article 2 (photo news)"),
        ("an03", "溆浦县政府", "副县长", "副县长胡文辉等出席", "article 3 (简讯): a new line")], []),
    "an:陈嘉梁": ("陈嘉梁", "official", "怀化市", [
        ("an04", "怀化市委", "副书记", "市委副书记、市长陈嘉梁主持召开", None),
        ("an04", "怀化市政府", "市长", "市委副书记、市长陈嘉梁主持召开", None)], []),
    "an:彭振华": ("彭振华", "official", "怀化市", [
        ("an04", "怀化市委", "常委", _AN04_CWH, None),
        ("an04", "怀化市政府", "常务副市长", _AN04_CWH, None)], []),
    "an:李泽民": ("李泽民", "official", "怀化市", [
        ("an04", "怀化市政府", "秘书长", "市政府秘书长李泽民出席会议", None)], []),
    "an:罗锦涛": ("罗锦涛", "official", "怀化高新区", [
        ("an04", "怀化高新区党工委", "书记", "高新区党工委书记、管委会主任罗锦涛", "bare 高新区 on 怀化日报 = 怀化高新区"),
        ("an04", "怀化高新区管委会", "主任", "高新区党工委书记、管委会主任罗锦涛", None)], []),
    "an:张文斌": ("张文斌", "official", "怀化高新区", [
        ("an04", "怀化高新区管委会", "副主任", "管委会副主任张文斌", "管委会 after 高新区党工委书记、管委会主任 = the same zone's")], []),
    # ---- 渭南
    "an:屈建中": ("屈建中", "official", "渭南市", [
        ("an05", "渭南市委", "书记", "市委书记屈建中到高新区调研", "named in the headline too")], []),
    "an:寇海军": ("寇海军", "official", "渭南市", [
        ("an05", "渭南市委", "常委", "市委常委、秘书长寇海军", None),
        ("an05", "渭南市委", "秘书长", "市委常委、秘书长寇海军", None)], []),
    "an:薛晓燕": ("薛晓燕", "official", "渭南市", [
        ("an05", "渭南市政府", "副市长", "副市长薛晓燕", None)], []),
    "an:雷宏斌": ("雷宏斌", "official", "渭南市", [
        ("an05", "渭南高新区党工委", "书记", "高新区党工委书记雷宏斌", "2022-06: bare 高新区 on 渭南日报 = 渭南高新区 (identity case: 副市长 2024, an06)"),
        ("an06", "渭南市政府", "副市长", "5月15日，副市长雷宏斌到经开区", "2024-05: photo news")], []),
    "an:权立伟": ("权立伟", "official", "渭南高新区", [
        ("an05", "渭南高新区管委会", "主任", "高新区管委会主任权立伟", None)], []),
    "an:同振华": ("同振华", "official", "大荔县", [
        ("an05", "大荔县委", "副书记", "大荔县委副书记、县长同振华", "2022, 简讯 item"),
        ("an05", "大荔县政府", "县长", "大荔县委副书记、县长同振华", None),
        ("an07", "大荔县委", "副书记", "县委副书记、县长同振华主持召开", "2023, bare 县委 on 今日大荔"),
        ("an07", "大荔县政府", "县长", "县委副书记、县长同振华主持召开", None)], []),
    "an:姚丽君": ("姚丽君", "official", "华州区", [
        ("an05", "华州区政府", "副区长", "华州区副区长姚丽君带队", None)], []),
    "an:杨晓鹏": ("杨晓鹏", "official", "渭南经开区", [
        ("an06", "渭南经开区管委会", "副主任", "经开区管委会副主任杨晓鹏陪同检查", "bare 经开区 on 渭南日报 = 渭南经开区")], []),
    "an:樊永生": ("樊永生", "official", "渭南市", [
        ("an06", "渭南市政协", "副主席", "市政协副主席樊永生带领", None)], []),
    "an:严志军": ("严志军", "official", "渭南市", [
        ("an06", "渭南市水务局", "副局长", "市水务局副局长严志军", None)], []),
    "an:惠晓东": ("惠晓东", "official", "蒲城县", [
        ("an06", "蒲城县政府", "副县长", "蒲城县副县长惠晓东陪同视察", None)], []),
    "an:党晓明": ("党晓明", "official", "富平县", [
        ("an06", "富平县委", "副书记", "富平县委副书记、县长党晓明", None),
        ("an06", "富平县政府", "县长", "富平县委副书记、县长党晓明", None)], []),
    "an:师志刚": ("师志刚", "official", "韩城市", [
        ("an06", "韩城市委", "副书记", "韩城市委副书记、市长师志刚", "county-level city 韩城, not 渭南"),
        ("an06", "韩城市政府", "市长", "韩城市委副书记、市长师志刚", None)], []),
    "an:郭晓宁": ("郭晓宁", "official", "临渭区", [
        ("an06", "临渭区委", "常委", "区委常委、副区长郭晓宁", "区委 after 临渭区召开 = 临渭区委"),
        ("an06", "临渭区政府", "副区长", "区委常委、副区长郭晓宁", None)], []),
    "an:安振国": ("安振国", "official", "大荔县", [
        ("an07", "大荔县委", "书记", "县委书记安振国深入朝邑镇", "bare 县委 on 今日大荔; named in the headline too")], []),
    "an:惠雅琴": ("惠雅琴", "official", "大荔县", [
        ("an07", "大荔县政府", "副县长", "副县长惠雅琴，朝邑镇党委书记南俊峰陪同调研", "article 1"),
        ("an07", "大荔县政府", "副县长", "副县长惠雅琴出席会议", "article 2: a new line")], []),
    "an:南俊峰": ("南俊峰", "official", "大荔县", [
        ("an07", "大荔县朝邑镇党委", "书记", "朝邑镇党委书记南俊峰", None)], []),
    "an:贾鹏飞": ("贾鹏飞", "official", "大荔县", [
        ("an07", "大荔县委", "常委", "县委常委、常务副县长贾鹏飞", None),
        ("an07", "大荔县政府", "常务副县长", "县委常委、常务副县长贾鹏飞", None)], []),
    "an:武振海": ("武振海", "official", "大荔县", [
        ("an07", "大荔县人大常委会", "主任", "县人大常委会主任武振海带队", None)], []),
    # ---- 绥化
    "an:鞠国华": ("鞠国华", "official", "绥化市", [
        ("an08", "绥化市委", "书记", "市委书记鞠国华到经开区调研", "named in the headline too")], []),
    "an:栾志强": ("栾志强", "official", "绥化市", [
        ("an08", "绥化市委", "常委", "市委常委、秘书长栾志强", None),
        ("an08", "绥化市委", "秘书长", "市委常委、秘书长栾志强", None)], []),
    "an:孟繁林": ("孟繁林", "official", "绥化经开区", [
        ("an08", "绥化经开区党工委", "书记", "经开区党工委书记孟繁林", "bare 经开区 on 绥化日报 = 绥化经开区")], []),
    "an:宫立波": ("宫立波", "official", "绥化经开区", [
        ("an08", "绥化经开区党工委", "副书记", "经开区党工委副书记、管委会主任宫立波", "2023-08 (identity case: 望奎县长 2025, an10)"),
        ("an08", "绥化经开区管委会", "主任", "经开区党工委副书记、管委会主任宫立波", None),
        ("an10", "望奎县委", "副书记", "县委副书记、县长宫立波出席并讲话", "2025-03: bare 县委 on 望奎新闻"),
        ("an10", "望奎县政府", "县长", "县委副书记、县长宫立波出席并讲话", None)], []),
    "an:黄立新#2": ("黄立新", "official", "安达市", [
        ("an08", "安达市委", "常委", "安达市委常委、副市长黄立新", "黑龙江 绥化; not the 黄立新 of 会同县 (an02)"),
        ("an08", "安达市政府", "副市长", "安达市委常委、副市长黄立新", "county-level city 安达, not 绥化市政府")], []),
    "an:邢春燕": ("邢春燕", "official", "北林区", [
        ("an08", "北林区政府", "副区长", "北林区副区长邢春燕带队", None)], []),
    "an:尚德明": ("尚德明", "official", "海伦市", [
        ("an09", "海伦市委", "书记", "海伦市委书记尚德明主持会议", None)], []),
    "an:郝春雷": ("郝春雷", "official", "海伦市", [
        ("an09", "海伦市委", "副书记", _AN09_CWH, "DECIDED HERE: bare 市委 after 海伦市委书记 = 海伦市委"),
        ("an09", "海伦市政府", "市长", _AN09_CWH, "海伦's 市长, not 绥化's"),
        ("an09", "海伦市委", "副书记", "海伦市委副书记、市长郝春雷主持召开", "article 2 (简讯): a new line"),
        ("an09", "海伦市政府", "市长", "海伦市委副书记、市长郝春雷主持召开", None)], []),
    "an:姜玉梅": ("姜玉梅", "official", "海伦市", [
        ("an09", "海伦市委", "常委", _AN09_CWH, "article 1"),
        ("an09", "海伦市政府", "常务副市长", _AN09_CWH, None),
        ("an09", "海伦市委", "常委", "海伦市委常委、常务副市长姜玉梅深入田间", "article 4 (photo news): a new line"),
        ("an09", "海伦市政府", "常务副市长", "海伦市委常委、常务副市长姜玉梅深入田间", None)], []),
    "an:于振江": ("于振江", "official", "海伦市", [
        ("an09", "海伦市人大常委会", "主任", "市人大常委会主任于振江列席会议", "bare 市人大常委会 in 海伦's report")], []),
    "an:马晓峰": ("马晓峰", "official", "青冈县", [
        ("an09", "青冈县委", "副书记", "青冈县委副书记、县长马晓峰", None),
        ("an09", "青冈县政府", "县长", "青冈县委副书记、县长马晓峰", None)], []),
    "an:迟海龙": ("迟海龙", "official", "望奎县", [
        ("an10", "望奎县委", "常委", "县委常委、常务副县长迟海龙主持会议", None),
        ("an10", "望奎县政府", "常务副县长", "县委常委、常务副县长迟海龙主持会议", None)], []),
    "an:付志成": ("付志成", "official", "望奎县", [
        ("an10", "望奎县政府", "副县长", "副县长付志成、于慧敏出席会议", "article 1; list after one title"),
        ("an10", "望奎县政府", "副县长", "副县长付志成陪同调研", "article 2: a new line")], []),
    "an:于慧敏": ("于慧敏", "official", "望奎县", [
        ("an10", "望奎县政府", "副县长", "副县长付志成、于慧敏出席会议", "article 1"),
        ("an10", "望奎县政府", "副县长", "副县长于慧敏主持召开", "article 4 (简讯): a new line")], []),
    "an:卢国峰": ("卢国峰", "official", "望奎县", [
        ("an10", "望奎县委", "书记", "县委书记卢国峰到惠七镇", "named in the headline too")], []),
    "an:滕淑华": ("滕淑华", "official", "望奎县", [
        ("an10", "望奎县人大常委会", "主任", "县人大常委会主任滕淑华带队", None)], []),
    # ---- bylines and footers signed on more than one page
    "an:钟雨菲": ("钟雨菲", "reporter", "怀化日报", [], ["an01", "an02", "an04"]),
    "an:李俊锋": ("李俊锋", "reporter", "怀化日报", [], ["an01", "an04"]),
    "an:黄思远": ("黄思远", "editor", "怀化日报", [], ["an01", "an02", "an03", "an04"]),
    "an:廖雅婷": ("廖雅婷", "editor", "怀化日报", [], ["an01", "an02", "an04"]),
    "an:刘嘉欣": ("刘嘉欣", "editor", "怀化日报", [], ["an01", "an02", "an03", "an04"]),
    "an:贺思雨": ("贺思雨", "reporter", "渭南日报", [], ["an05", "an06"]),
    "an:姚嘉豪": ("姚嘉豪", "reporter", "渭南日报", [], ["an05", "an06"]),
    "an:杜雨晴": ("杜雨晴", "editor", "渭南日报", [], ["an05", "an06"]),
    "an:马宁远": ("马宁远", "editor", "渭南日报", [], ["an05", "an06"]),
    "an:王静怡": ("王静怡", "editor", "渭南日报", [], ["an05", "an06"]),
    "an:姜皓月": ("姜皓月", "reporter", "绥化日报", [], ["an08", "an09"]),
    "an:王诗涵": ("王诗涵", "editor", "绥化日报", [], ["an08", "an09"]),
    "an:赵一鸣": ("赵一鸣", "editor", "绥化日报", [], ["an08", "an09"]),
    "an:李欣悦": ("李欣悦", "editor", "绥化日报", [], ["an08", "an09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("an01", "舒晓岚", "记者", "reporter", "本报讯（记者 舒晓岚）"),
    ("an01", "李俊锋", "记者", "reporter", "记者 李俊锋 摄"),
    ("an01", "钟雨菲", "记者", "reporter", "本报讯（记者 钟雨菲）"),
    ("an01", "黄思远", "责任编辑", "editor", "责任编辑：黄思远"),
    ("an01", "廖雅婷", "版式设计", "editor", "版式设计：廖雅婷"),
    ("an01", "刘嘉欣", "校对", "editor", "校对：刘嘉欣"),
    ("an02", "钟雨菲", "记者", "reporter", "（记者 钟雨菲）"),
    ("an02", "罗嘉怡", "通讯员", "correspondent", "（通讯员 罗嘉怡）"),
    ("an02", "黄思远", "责任编辑", "editor", "责任编辑：黄思远"),
    ("an02", "廖雅婷", "版式设计", "editor", "版式设计：廖雅婷"),
    ("an02", "刘嘉欣", "校对", "editor", "校对：刘嘉欣"),
    ("an03", "郭婉婷", "通讯员", "correspondent", "（通讯员 郭婉婷 徐嘉琪）"),
    ("an03", "徐嘉琪", "通讯员", "correspondent", "郭婉婷 徐嘉琪）3月19日"),
    ("an03", "黄思远", "本版编辑", "editor", "本版编辑：黄思远"),
    ("an03", "钟小曼", "版式设计", "editor", "版式设计：钟小曼"),
    ("an03", "刘嘉欣", "校对", "editor", "校对：刘嘉欣"),
    ("an04", "钟雨菲", "记者", "reporter", "本报讯（记者 钟雨菲）"),
    ("an04", "张宇航", "记者", "reporter", "（记者 张宇航 通讯员 周若琪）"),
    ("an04", "周若琪", "通讯员", "correspondent", "（记者 张宇航 通讯员 周若琪）"),
    ("an04", "李俊锋", "记者", "reporter", "记者 李俊锋 摄"),
    ("an04", "黄思远", "责任编辑", "editor", "责任编辑：黄思远"),
    ("an04", "廖雅婷", "版式设计", "editor", "版式设计：廖雅婷"),
    ("an04", "刘嘉欣", "校对", "editor", "校对：刘嘉欣"),
    ("an05", "贺思雨", "记者", "reporter", "本报讯（记者 贺思雨）"),
    ("an05", "姚嘉豪", "记者", "reporter", "记者 姚嘉豪 摄"),
    ("an05", "南佳怡", "通讯员", "correspondent", "（通讯员 南佳怡）"),
    ("an05", "吴梦溪", "通讯员", "correspondent", "（通讯员 吴梦溪）"),
    ("an05", "杜雨晴", "责任编辑", "editor", "责任编辑：杜雨晴"),
    ("an05", "马宁远", "版式设计", "editor", "版式设计：马宁远"),
    ("an05", "王静怡", "校对", "editor", "校对：王静怡"),
    ("an06", "姚嘉豪", "记者", "reporter", "记者 姚嘉豪 摄"),
    ("an06", "贺思雨", "记者", "reporter", "本报讯（记者 贺思雨）"),
    ("an06", "杜雨晴", "责任编辑", "editor", "责任编辑：杜雨晴"),
    ("an06", "马宁远", "版式设计", "editor", "版式设计：马宁远"),
    ("an06", "王静怡", "校对", "editor", "校对：王静怡"),
    ("an07", "雷小雨", "记者", "reporter", "本报讯（记者 雷小雨）"),
    ("an07", "冯子涵", "本版编辑", "editor", "本版编辑：冯子涵"),
    ("an07", "贾若溪", "版式", "editor", "版式：贾若溪"),
    ("an07", "王一鸣", "校对", "editor", "校对：王一鸣"),
    ("an08", "孙梦琪", "记者", "reporter", "本报讯（记者 孙梦琪）"),
    ("an08", "韩雪婷", "通讯员", "correspondent", "（通讯员 韩雪婷）"),
    ("an08", "张晓彤", "通讯员", "correspondent", "（通讯员 张晓彤）"),
    ("an08", "姜皓月", "记者", "reporter", "记者 姜皓月 摄"),
    ("an08", "王诗涵", "责任编辑", "editor", "责任编辑：王诗涵"),
    ("an08", "赵一鸣", "版式设计", "editor", "版式设计：赵一鸣"),
    ("an08", "李欣悦", "校对", "editor", "校对：李欣悦"),
    ("an09", "文晓彤", "特约记者", "reporter", "（特约记者 文晓彤 通讯员 于佳宁）"),
    ("an09", "于佳宁", "通讯员", "correspondent", "（特约记者 文晓彤 通讯员 于佳宁）"),
    ("an09", "刘梓萱", "通讯员", "correspondent", "（通讯员 刘梓萱）"),
    ("an09", "姜皓月", "记者", "reporter", "记者 姜皓月 摄"),
    ("an09", "王诗涵", "责任编辑", "editor", "责任编辑：王诗涵"),
    ("an09", "赵一鸣", "版式设计", "editor", "版式设计：赵一鸣"),
    ("an09", "李欣悦", "校对", "editor", "校对：李欣悦"),
    ("an10", "邹晓雯", "记者", "reporter", "（记者 邹晓雯）3月12日"),
    ("an10", "曲思瑶", "记者", "reporter", "记者 曲思瑶 摄"),
    ("an10", "周子墨", "编辑", "editor", "编辑：周子墨"),
    ("an10", "孙若彤", "版式", "editor", "版式：孙若彤"),
    ("an10", "刘语嫣", "校对", "editor", "校对：刘语嫣"),
    ("an10", "马振宇", "审核", "editor", "审核：马振宇"),
]
# the same person's second article on a page (same label and role): (file, person) -> evidence
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("an03", "郭婉婷"): "通讯员 郭婉婷 摄",
    ("an03", "徐嘉琪"): "（通讯员 徐嘉琪）",
    ("an07", "雷小雨"): "记者 雷小雨 摄",
    ("an09", "于佳宁"): "。（通讯员 于佳宁）",
    ("an10", "邹晓雯"): "（记者 邹晓雯）3月11日",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("an01", "溆浦县乡村振兴、生态文明建设和重点项目调研", "inspection (调研)", "4月17日", None, "钟汉城", [],
     ["廖振邦", "向伟明", "曾庆昌"], ["曾庆昌", "钟汉城", "向伟明"], "溆浦县",
     "4月17日，市委书记钟汉城到溆浦县调研",
     ["市委书记钟汉城到溆浦县调研", "县委副书记、县长曾庆昌，市有关部门负责同志参加调研", "曾庆昌汇报了", "钟汉城指出",
      "向伟明介绍了"]),
    ("an01", "森林防灭火工作督导检查", "inspection (督导检查)", "4月17日", None, "粟素华", [],
     [], ["粟素华"], "鹤城区",
     "副市长粟素华带队到鹤城区督导检查森林防灭火工作",
     ["副市长粟素华带队", "要求压紧压实各级责任"]),
    ("an01", "市政协主席会议", "meeting (政协主席会议)", "4月17日", "叶秀峰", None, [],
     ["滕建雄", "瞿美娟", "朱炜强"], ["叶秀峰"], None,
     "市政协主席叶秀峰主持召开市政协主席会议",
     ["市政协主席叶秀峰主持召开", "市政协副主席滕建雄、瞿美娟出席会议", "秘书长朱炜强列席会议", "叶秀峰强调"]),
    ("an02", "溆浦县调研座谈会", "meeting (座谈会)", "调研中", "钟汉城", None, [],
     [], ["向伟明", "蒋志坚", "谢永康", "钟汉城"], None,
     "调研中，钟汉城主持召开座谈会",
     ["钟汉城主持召开座谈会", "向伟明汇报了", "局长蒋志坚、市工业和信息化局局长谢永康分别就", "钟汉城强调"]),
    ("an02", "沅陵县政府第二十三次常务会议", "meeting (政府常务会议)", "4月14日", "侯国栋", None, [],
     [], [], None,
     "沅陵县委副书记、县长侯国栋主持召开县政府第二十三次常务会议",
     ["县长侯国栋主持召开县政府第二十三次常务会议"]),
    ("an02", "农村供水保障工作视察", "inspection (人大视察)", "4月13日", None, "谢美玲", [],
     ["黄立新"], [], "会同县",
     "市人大常委会副主任谢美玲带队到会同县视察农村供水保障工作",
     ["副主任谢美玲带队到会同县视察", "会同县副县长黄立新陪同视察"]),
    ("an02", "洪江市典型镇建设工作推进会", "meeting (推进会)", "4月15日", None, None, ["洪江市"],
     ["龙立强"], ["龙立强"], None,
     "4月15日，洪江市召开典型镇建设工作推进会",
     ["常务副市长龙立强出席并讲话"]),
    ("an03", "县委常委会会议", "meeting (县委常委会会议)", "3月19日", "曾庆昌", None, [],
     ["邓国良", "徐伟东", "张慧玲", "吴文斌", "汤志明", "蒲振华", "林淑贞"], ["曾庆昌"], None,
     "3月19日，县委常委会召开会议",
     ["县委书记曾庆昌主持会议", _AN03_CWH, "县人大常委会主任蒲振华、县政协主席林淑贞列席会议", "曾庆昌强调"]),
    ("an03", "春耕备耕工作检查", "inspection (检查)", "3月18日", None, "胡文辉", [],
     [], [], "低庄镇",
     "副县长胡文辉到低庄镇检查春耕备耕工作",
     ["副县长胡文辉到低庄镇检查"]),
    ("an03", "县政府第五次常务会议", "meeting (政府常务会议)", "3月18日", "邓国良", None, [],
     ["胡文辉"], [], None,
     "县委副书记、县长邓国良主持召开县政府第五次常务会议",
     ["县长邓国良主持召开县政府第五次常务会议", "副县长胡文辉等出席"]),
    ("an03", "人大代表联络站建设调研", "inspection (人大调研)", "3月20日", None, "蒲振华", [],
     [], ["蒲振华"], "龙潭镇",
     "县人大常委会主任蒲振华带队到龙潭镇调研人大代表联络站建设工作",
     ["主任蒲振华带队到龙潭镇调研", "要求推动代表联络站规范化运行"]),
    ("an04", "市政府常务会议", "meeting (市政府常务会议)", "6月9日", "陈嘉梁", None, [],
     ["彭振华", "曾庆昌", "粟素华", "李泽民"], ["陈嘉梁"], None,
     "市委副书记、市长陈嘉梁主持召开市政府常务会议",
     ["市长陈嘉梁主持召开市政府常务会议", _AN04_CWH, "陈嘉梁强调"]),
    ("an04", "高新区招商引资暨项目建设推进会", "meeting (推进会)", "6月9日", None, None, ["高新区"],
     ["罗锦涛", "张文斌"], ["罗锦涛", "张文斌"], None,
     "6月9日，高新区召开招商引资暨项目建设推进会",
     ["管委会主任罗锦涛出席并讲话", "管委会副主任张文斌通报了", "罗锦涛指出"]),
    ("an04", "防汛工作检查", "inspection (检查)", "6月9日", None, "曾庆昌", [],
     [], [], None,
     "副市长曾庆昌到鹤城区、中方县检查防汛工作",
     ["副市长曾庆昌到鹤城区、中方县检查防汛工作"]),
    ("an05", "高新区科技创新和重点项目建设调研", "inspection (调研)", "6月8日", None, "屈建中", [],
     ["寇海军", "薛晓燕", "雷宏斌", "权立伟"], ["雷宏斌", "屈建中"], "高新区",
     "6月8日，市委书记屈建中到高新区调研科技创新和重点项目建设工作",
     ["市委书记屈建中到高新区调研", "高新区管委会主任权立伟参加调研", "雷宏斌汇报了", "屈建中指出"]),
    ("an05", "座谈会", "meeting (座谈会)", "6月8日", None, None, [],
     [], ["权立伟", "屈建中"], None,
     "在随后召开的座谈会上，权立伟汇报了",
     ["权立伟汇报了高新区今年以来经济运行情况", "屈建中强调"]),
    ("an05", "大荔县政府第十二次常务会议", "meeting (政府常务会议)", "6月7日", "同振华", None, [],
     [], [], None,
     "大荔县委副书记、县长同振华主持召开县政府第十二次常务会议",
     ["县长同振华主持召开县政府第十二次常务会议"]),
    ("an05", "“三夏”安全生产检查", "inspection (检查)", "6月8日", None, "姚丽君", [],
     [], ["姚丽君"], "华州区",
     "华州区副区长姚丽君带队检查“三夏”安全生产工作",
     ["华州区副区长姚丽君带队检查", "要求加强农机作业和秸秆禁烧巡查"]),
    ("an06", "经开区安全生产督导检查", "inspection (督导检查)", "5月15日", None, "雷宏斌", [],
     ["杨晓鹏"], ["雷宏斌"], "经开区",
     "副市长雷宏斌到经开区督导检查安全生产工作",
     ["副市长雷宏斌到经开区督导检查", "要求企业落实安全生产主体责任", "经开区管委会副主任杨晓鹏陪同检查"]),
    ("an06", "城乡供水一体化工作视察", "inspection (政协视察)", "5月15日", None, "樊永生", [],
     ["严志军", "惠晓东"], ["樊永生"], "蒲城县",
     "市政协副主席樊永生带领部分市政协委员，视察我市城乡供水一体化工作",
     ["市政协副主席樊永生带领部分市政协委员", "市水务局副局长严志军，蒲城县副县长惠晓东陪同视察", "樊永生指出"]),
    ("an06", "富平县政府第三十一次常务会议", "meeting (政府常务会议)", "5月14日", "党晓明", None, [],
     [], [], None,
     "富平县委副书记、县长党晓明主持召开县政府第三十一次常务会议",
     ["县长党晓明主持召开县政府第三十一次常务会议"]),
    ("an06", "黄河沿岸防汛准备工作检查", "inspection (检查)", "5月15日", None, "师志刚", [],
     [], ["师志刚"], "韩城市",
     "韩城市委副书记、市长师志刚带队检查黄河沿岸防汛准备工作",
     ["市长师志刚带队检查", "要求落实防汛责任"]),
    ("an06", "临渭区“三夏”生产工作部署会", "meeting (部署会)", "5月15日", None, None, ["临渭区"],
     ["郭晓宁"], ["郭晓宁"], None,
     "临渭区召开“三夏”生产工作部署会",
     ["副区长郭晓宁出席并讲话"]),
    ("an07", "黄河滩区防汛和现代农业工作调研", "inspection (调研)", "7月11日", None, "安振国", [],
     ["惠雅琴", "南俊峰"], ["安振国", "南俊峰"], None,
     "7月11日，县委书记安振国深入朝邑镇、赵渡镇，调研黄河滩区防汛准备和现代农业发展工作",
     ["县委书记安振国深入朝邑镇", "朝邑镇党委书记南俊峰陪同调研", "南俊峰汇报了", "安振国指出"]),
    ("an07", "县政府第二十六次常务会议", "meeting (政府常务会议)", "7月10日", "同振华", None, [],
     ["贾鹏飞", "惠雅琴"], [], None,
     "县委副书记、县长同振华主持召开县政府第二十六次常务会议",
     ["县长同振华主持召开县政府第二十六次常务会议", "县委常委、常务副县长贾鹏飞，副县长惠雅琴出席会议"]),
    ("an07", "城区老旧小区改造工作视察", "inspection (人大视察)", "7月11日", None, "武振海", [],
     [], ["武振海"], None,
     "县人大常委会主任武振海带队视察城区老旧小区改造工作",
     ["主任武振海带队视察", "要求加快施工进度"]),
    ("an08", "经开区绿色食品产业和重点项目调研", "inspection (调研)", "8月23日", None, "鞠国华", [],
     ["栾志强", "孟繁林", "宫立波"], ["宫立波", "鞠国华", "孟繁林"], "经开区",
     "8月23日，市委书记鞠国华到经开区调研绿色食品产业和重点项目建设情况",
     ["市委书记鞠国华到经开区调研", "管委会主任宫立波参加调研", "宫立波汇报了", "鞠国华指出", "孟繁林表示"]),
    ("an08", "安达市奶牛养殖提质增效工作推进会", "meeting (推进会)", "8月22日", None, None, ["安达市"],
     ["黄立新"], ["黄立新"], None,
     "8月22日，安达市召开奶牛养殖提质增效工作推进会",
     ["副市长黄立新出席并讲话"]),
    ("an08", "秋收准备工作检查", "inspection (检查)", "8月23日", None, "邢春燕", [],
     [], [], "北林区",
     "北林区副区长邢春燕带队检查秋收准备工作",
     ["北林区副区长邢春燕带队检查"]),
    ("an09", "海伦市委常委会会议", "meeting (市委常委会会议)", "9月18日", "尚德明", None, [],
     ["郝春雷", "姜玉梅", "于振江"], ["尚德明"], None,
     "9月18日，海伦市委常委会召开会议",
     ["海伦市委书记尚德明主持会议", _AN09_CWH, "市人大常委会主任于振江列席会议", "尚德明强调"]),
    ("an09", "海伦市政府第十八次常务会议", "meeting (政府常务会议)", "9月13日", "郝春雷", None, [],
     [], [], None,
     "海伦市委副书记、市长郝春雷主持召开市政府第十八次常务会议",
     ["市长郝春雷主持召开市政府第十八次常务会议"]),
    ("an09", "秋收准备工作检查", "inspection (检查)", "9月14日", None, "马晓峰", [],
     [], ["马晓峰"], None,
     "青冈县委副书记、县长马晓峰到柞岗镇、德胜镇检查秋收准备工作",
     ["县长马晓峰到柞岗镇、德胜镇检查", "要求提前做好农机检修"]),
    ("an09", "大豆收获进度察看", "inspection (察看)", "秋分将至", None, "姜玉梅", [],
     [], ["姜玉梅"], "海伦市",
     "海伦市委常委、常务副市长姜玉梅深入田间察看收获进度",
     ["常务副市长姜玉梅深入田间察看", "要求抢抓晴好天气"]),
    ("an10", "县政府第一次全体（扩大）会议", "meeting (政府全体会议)", "3月12日", "迟海龙", None, [],
     ["宫立波", "付志成", "于慧敏"], ["宫立波"], None,
     "3月12日，县政府召开第一次全体（扩大）会议",
     ["县长宫立波出席并讲话", "常务副县长迟海龙主持会议", "副县长付志成、于慧敏出席会议", "宫立波指出"]),
    ("an10", "春耕备耕工作调研", "inspection (调研)", "3月11日", None, "卢国峰", [],
     ["付志成"], ["卢国峰"], None,
     "3月11日，县委书记卢国峰到惠七镇、火箭镇调研春耕备耕工作",
     ["县委书记卢国峰到惠七镇", "副县长付志成陪同调研", "卢国峰强调"]),
    ("an10", "医共体建设工作调研", "inspection (人大调研)", "3月11日", None, "滕淑华", [],
     [], [], None,
     "县人大常委会主任滕淑华带队到县人民医院调研医共体建设工作",
     ["主任滕淑华带队到县人民医院调研"]),
    ("an10", "全县春季森林草原防火工作会议", "meeting (工作会议)", "3月12日", "于慧敏", None, [],
     [], ["于慧敏"], None,
     "副县长于慧敏主持召开全县春季森林草原防火工作会议",
     ["副县长于慧敏主持召开全县春季森林草原防火工作会议", "部署防火期各项工作"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("an01", "溆水河风光带二期工程", "greening_project", "在溆水河风光带二期工程现场"),
    ("an01", "溆浦县新材料产业园", "industrial_park", "钟汉城来到溆浦县新材料产业园"),
    ("an02", "溆浦县新材料产业园", "industrial_park", "加快推进溆浦县新材料产业园扩园提质"),
    ("an02", "龙兴讲寺周边环境提升改造", "project", "龙兴讲寺周边环境提升改造"),
    ("an02", "林城镇集中供水工程", "infrastructure_project", "察看了林城镇集中供水工程"),
    ("an03", "溆水河风光带三期工程", "greening_project", "溆水河风光带三期工程"),
    ("an03", "溆浦县新材料产业园二期", "industrial_park", "研究溆浦县新材料产业园二期基础设施建设"),
    ("an04", "怀化市城区舞水堤防加固工程", "engineering_work", "会议研究了怀化市城区舞水堤防加固工程"),
    ("an04", "怀化国际陆港铁路专用线配套工程", "infrastructure_project", "怀化国际陆港铁路专用线配套工程"),
    ("an04", "高新区电子信息产业园三期", "industrial_park", "全力推动高新区电子信息产业园三期"),
    ("an04", "生物医药产业园一期", "industrial_park", "生物医药产业园一期等项目"),
    ("an05", "高新区3D打印产业培育基地", "industrial_park", "屈建中先后来到高新区3D打印产业培育基地"),
    ("an05", "新材料产业园二期", "industrial_park", "新材料产业园二期建设现场"),
    ("an05", "沙苑农业园区", "industrial_park", "沙苑农业园区建设"),
    ("an06", "蒲城县城乡供水一体化工程", "infrastructure_project", "蒲城县城乡供水一体化工程水厂"),
    ("an06", "东雷抽黄供水工程配套管网", "infrastructure_project", "加快推进东雷抽黄供水工程配套管网建设"),
    ("an06", "富平县陶艺村文旅提升项目", "project", "研究富平县陶艺村文旅提升项目"),
    ("an07", "大荔冬枣全产业链提升工程", "project", "推进大荔冬枣全产业链提升工程"),
    ("an07", "沙苑农业园区二期", "industrial_park", "沙苑农业园区二期建设"),
    ("an08", "鲜食玉米精深加工项目", "project", "经开区鲜食玉米精深加工项目"),
    ("an08", "大豆蛋白产业园一期", "industrial_park", "在大豆蛋白产业园一期"),
    ("an08", "寒地黑土农产品冷链物流中心", "logistics_hub", "寒地黑土农产品冷链物流中心"),
    ("an09", "海伦大豆全产业链建设项目", "project", "推进海伦大豆全产业链建设项目"),
    ("an09", "海伦市城区供热管网改造工程", "infrastructure_project", "海伦市城区供热管网改造工程"),
    ("an10", "望奎县生猪屠宰及肉制品精深加工项目", "project", "全力推进望奎县生猪屠宰及肉制品精深加工项目"),
    ("an10", "通肯河生态治理工程", "greening_project", "通肯河生态治理工程等重点工作"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("an01", "溆浦县", "county", "standalone", "4月17日，市委书记钟汉城到溆浦县调研"),
    ("an01", "大江口镇", "town", "standalone", "钟汉城一行首先来到大江口镇"),
    ("an01", "溆水", "river", "standalone", "沿溆水察看河道综合整治"),
    ("an01", "溆浦", "county", "standalone", "溆水是溆浦的母亲河"),
    ("an01", "观音阁镇", "town", "standalone", "在观音阁镇，钟汉城走进"),
    ("an01", "鹤城区", "district", "standalone", "副市长粟素华带队到鹤城区督导检查"),
    ("an01", "中坡国家森林公园", "forest_park", "standalone", "实地察看中坡国家森林公园防火检查站"),
    ("an02", "溆浦县", "county", "standalone", "听取溆浦县经济社会发展情况汇报"),
    ("an02", "溆浦", "county", "standalone", "为全市高质量发展作出溆浦贡献"),
    ("an02", "沅陵县", "county", "in_title", "沅陵县委副书记、县长侯国栋"),
    ("an02", "龙兴讲寺", "heritage_site", "in_project_name", "龙兴讲寺周边环境提升改造"),
    ("an02", "会同县", "county", "standalone", "带队到会同县视察农村供水保障工作"),
    ("an02", "林城镇", "town", "in_project_name", "察看了林城镇集中供水工程"),
    ("an02", "若水镇", "town", "standalone", "若水镇水源保护区"),
    ("an02", "洪江市", "county_level_city", "standalone", "4月15日，洪江市召开典型镇建设工作推进会"),
    ("an03", "大江口镇", "town", "standalone", "加快推进大江口镇、观音阁镇集镇提质"),
    ("an03", "观音阁镇", "town", "standalone", "加快推进大江口镇、观音阁镇集镇提质"),
    ("an03", "溆水", "river", "in_project_name", "溆水河风光带三期工程"),
    ("an03", "低庄镇", "town", "standalone", "副县长胡文辉到低庄镇检查春耕备耕工作"),
    ("an03", "溆浦县", "county", "in_project_name", "研究溆浦县新材料产业园二期基础设施建设"),
    ("an03", "龙潭镇", "town", "standalone", "带队到龙潭镇调研人大代表联络站建设工作"),
    ("an04", "沅水", "river", "standalone", "盯紧沅水、舞水沿线堤防"),
    ("an04", "舞水", "river", "standalone", "盯紧沅水、舞水沿线堤防"),
    ("an04", "怀化市", "city", "in_project_name", "会议研究了怀化市城区舞水堤防加固工程"),
    ("an04", "怀化国际陆港", "logistics_hub", "in_project_name", "怀化国际陆港铁路专用线配套工程"),
    ("an04", "高新区", "development_zone", "standalone", "6月9日，高新区召开招商引资暨项目建设推进会"),
    ("an04", "鹤城区", "district", "standalone", "副市长曾庆昌到鹤城区、中方县检查防汛工作"),
    ("an04", "中方县", "county", "standalone", "副市长曾庆昌到鹤城区、中方县检查防汛工作"),
    ("an05", "高新区", "development_zone", "standalone", "6月8日，市委书记屈建中到高新区调研"),
    ("an05", "渭河", "river", "standalone", "我市持续推进渭河综合治理"),
    ("an05", "渭南", "city", "standalone", "6月以来，渭河渭南城区段湿地"),
    ("an05", "渭河湿地公园", "park", "standalone", "图为市民在渭河湿地公园游览"),
    ("an05", "大荔县", "county", "in_title", "大荔县委副书记、县长同振华"),
    ("an05", "沙苑", "area", "in_project_name", "沙苑农业园区建设"),
    ("an05", "华州区", "district", "in_title", "华州区副区长姚丽君带队"),
    ("an06", "经开区", "development_zone", "standalone", "副市长雷宏斌到经开区督导检查安全生产工作"),
    ("an06", "蒲城县", "county", "in_title", "蒲城县副县长惠晓东陪同视察"),
    ("an06", "罕井镇", "town", "standalone", "罕井镇加压泵站"),
    ("an06", "东雷", "area", "in_project_name", "加快推进东雷抽黄供水工程配套管网建设"),
    ("an06", "富平县", "county", "in_title", "富平县委副书记、县长党晓明"),
    ("an06", "陶艺村", "village", "in_project_name", "研究富平县陶艺村文旅提升项目"),
    ("an06", "韩城市", "county_level_city", "in_title", "韩城市委副书记、市长师志刚"),
    ("an06", "黄河", "river", "standalone", "带队检查黄河沿岸防汛准备工作"),
    ("an06", "临渭区", "district", "standalone", "临渭区召开“三夏”生产工作部署会"),
    ("an07", "朝邑镇", "town", "standalone", "县委书记安振国深入朝邑镇、赵渡镇"),
    ("an07", "赵渡镇", "town", "standalone", "县委书记安振国深入朝邑镇、赵渡镇"),
    ("an07", "黄河", "river", "standalone", "沿黄河大堤察看了险工险段"),
    ("an07", "沙苑", "area", "standalone", "要做足“沙苑+黄河”文章"),
    ("an07", "大荔", "county", "in_project_name", "推进大荔冬枣全产业链提升工程"),
    ("an07", "大荔县", "county", "standalone", "盛夏时节，大荔县同州湖公园荷花竞相绽放"),
    ("an07", "同州湖公园", "park", "standalone", "盛夏时节，大荔县同州湖公园荷花竞相绽放"),
    ("an08", "经开区", "development_zone", "standalone", "市委书记鞠国华到经开区调研绿色食品产业"),
    ("an08", "安达市", "county_level_city", "standalone", "8月22日，安达市召开奶牛养殖提质增效工作推进会"),
    ("an08", "北林区", "district", "in_title", "北林区副区长邢春燕带队"),
    ("an08", "兰西县", "county", "standalone", "连日来，兰西县万亩亚麻田迎来收获季"),
    ("an08", "榆林镇", "town", "standalone", "图为兰西县榆林镇农民驾驶农机收获亚麻"),
    ("an09", "海伦市", "county_level_city", "in_org_reference", "9月18日，海伦市委常委会召开会议"),
    ("an09", "绥化市", "city", "in_org_reference", "传达学习省委、绥化市委有关会议精神"),
    ("an09", "海伦", "county_level_city", "in_project_name", "推进海伦大豆全产业链建设项目"),
    ("an09", "青冈县", "county", "in_title", "青冈县委副书记、县长马晓峰"),
    ("an09", "柞岗镇", "town", "standalone", "到柞岗镇、德胜镇检查秋收准备工作"),
    ("an09", "德胜镇", "town", "standalone", "到柞岗镇、德胜镇检查秋收准备工作"),
    ("an09", "共合镇", "town", "standalone", "图为农机在海伦市共合镇大豆田里收获作业"),
    ("an10", "望奎县", "county", "in_project_name", "全力推进望奎县生猪屠宰及肉制品精深加工项目"),
    ("an10", "通肯河", "river", "in_project_name", "通肯河生态治理工程等重点工作"),
    ("an10", "惠七镇", "town", "standalone", "县委书记卢国峰到惠七镇、火箭镇调研"),
    ("an10", "火箭镇", "town", "standalone", "县委书记卢国峰到惠七镇、火箭镇调研"),
    ("an10", "先锋镇", "town", "standalone", "连日来，先锋镇的农户抢抓农时"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="an", conventions="set an (blind set: city and county newspaper pages holding several articles each, saved from the digital edition, in 湖南 怀化 (怀化日报, a 溆浦新闻 county page), 陕西 渭南 (渭南日报, 今日大荔) and 黑龙江 绥化 (绥化日报, a 县域 page of 海伦, 望奎新闻): edition lines, a 要闻导读 box (chrome, not annotated), a lead that jumps (下转第2版 / 上接第1版: two articles on two pages, each half getting what it writes; the 调研 on the lead's page, the 座谈会 of the second half on its page), 简讯 items (each an article with its own dateline; the box label is part of the first item's headline), 图片新闻 (an article; 记者 … 摄 a reporter line), footers 责任编辑 / 版式设计 / 校对 (editor lines of the last article); bare organs take the masthead's or edition's place; bare 高新区 / 经开区 of 怀化, 渭南 and 绥化; a county-level city's bare 市委 / 市长 after its own name are its own)",
          persons_note="Set an persons. id = corpus-wide person_id (an:黄立新#1 会同县副县长 (湖南) and an:黄立新#2 安达市委常委、副市长 (黑龙江) are two people; an:曾庆昌 溆浦县长 2023 → 溆浦县委书记 2024 → 怀化市副市长 2025; an:雷宏斌 渭南高新区党工委书记 2022 → 渭南市副市长 2024; an:宫立波 绥化经开区管委会主任 2023 → 望奎县长 2025)")


if __name__ == "__main__":
    main()
