"""Write gold part ``j`` (a fifth blind, held-out-like set) from the tables below.

Pages ``tests/dev/texts/j*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 阜城 site's 县委常委（扩大）会 with 来源/作者/浏览 line, 吉安县 and
江华 政府常务会议 reports, 连江/闽清, 武平/思明, 华安/漳平 and 子长/清涧 visiting-delegation reports, a 苍梧 调研 of
three towns, a 蔚县 县长 town visit (西合营镇), 太湖县 and 镇巴县 government-site chrome, a 定安 digital edition
(``2:要闻``), 惠安 and 临沧 人大常委会 任免 and 宪法宣誓 reports, a 丹寨 考察团 report, a 遵义 paper's 本报讯 on a
市长's county visit, a 岑巩 调研 with 县委常委 chains), from provinces rare or absent in the corpus: 河北 (武安市), 江西
(安福县, two pages), 广西 (北流市, with a delegation of 广东 化州市), 黑龙江 (肇东市), 辽宁 (岫岩满族自治县), 陕西
(神木市), 贵州 (遵义日报: 湄潭县, 仁怀市), 海南 (琼海市), 福建 (安溪县).

Shapes: a 市委常委会会议 with a list of 常委 after one title and 列席 (j01); a 县政府常务会议 (j02); a page whose posts
are all bare (县委书记, 县长, 县委副书记, 镇党委书记) so the county comes from the site line (j03); a visiting
delegation whose organs are the visitors' (化州市委书记 on a 北流 site) and a 座谈会 (j04); a 人大常委会 任免名单 with
决定任命 / 决定免去 lists written without 任命 before each name (j05); a town page of an autonomous county with an
honorific (王县长) and 镇党委书记 / 镇党委副书记、镇长 (j06); a city secretary's 调研 of several projects with a zone
(高新区 of 神木), a town, an industrial park and a river (j07); a city paper's 第02版 holding two articles, where 市委 /
副市长 of the first are 遵义's and 副市长 of the second are 仁怀's (j08); a city head's 专题会议 with department heads and
a town secretary (j09); a signing ceremony with a city 副市长, a company chairman (no post) and a 主持 at the end (j10).

Identity cases: 欧阳文斌 (compound surname) is 安福县委常委、常务副县长 in 2021 (j02) and 安福县委副书记、县长 in 2023
(j03), no career line; 彭志坚 is 安福县副县长 on both pages (one person_id); two different 刘海涛: j:刘海涛#1 is
化州市委书记 (广东, visiting 北流 in 2024, j04), j:刘海涛#2 is appointed 肇东市副市长 (黑龙江, 2023, j05).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed (a name in a 上一篇 /
下一篇 link of the page chrome is counted as a mention, as the check counts the whole page). Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts f to i): an appointment makes a holding (``决定任命：刘海涛为肇东市人民政府副市长`` → 肇东市政府
副市长); 免去 makes none (韩志远 keeps only the new 自然资源局局长 post). A list after one title gives every name that
title (``市委常委朱海英、郑国强、…出席会议``; ``副主任马永刚、赵春雨、丁志强``; ``副市长段晓明、张立新``); a post the same
article repeats gives no second line, but a new title does (田晓梅: 常委 from the list, 组织部部长 from the later
sentence). Bare organs take the place the page is about: 市委 on 武安, 神木, 北流 sites = that city; 县委 on 安福,
岫岩, 安溪 sites = that county; 省委 in a 武安 page = 河北省委 (no person holds it, no line); in the 遵义日报 page the
first article's ``市委常委、副市长`` = 遵义市委 / 遵义市政府 (the paper's city) and the second article's ``副市长`` at a
仁怀 government meeting = 仁怀市政府. A visitor's organ is the visitor's place (化州市委, 化州市政府), the hosts' bare
``市委书记`` is 北流's. A town post is ``county label + town + 党委 / 政府`` (安福县枫田镇党委 书记, 安福县枫田镇政府
镇长); 岫岩满族自治县 keeps its full name as the label (as 管城回族区 in h). 高新区 on a 神木 page = 神木高新区 (党工委).
Department names as written after the place (琼海市住房和城乡建设局, 北流市委办公室). Company roles (黄天来, 董事长) and
honorifics (王县长) make no holding. Places inside project names and organ references count; places in site lines,
footers, addresses and in the 上一篇 / 下一篇 / 相关新闻 links (午汲镇, 深圳) are not annotated; places inside company
names (福建省闽南茶业集团有限公司) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "j01_wuan.txt": (2022, "发布时间：2022-12-28 08:46", "武安市", [
        ("市委常委会召开会议 传达学习省委经济工作会议精神", "12月27日", "2022-12-27", "12月27日，市委书记",
         "city party standing committee; list of 常委 after one title; 列席; 省委 / 邯郸市委 references")]),
    "j02_anfu.txt": (2021, "发布时间：2021-06-17 10:32", "安福县", [
        ("县政府召开第六十二次常务会议", "6月16日下午", "2021-06-16", "6月16日下午，县委副书记",
         "county government executive meeting in the flood season; 欧阳文斌 常务副县长")]),
    "j03_anfu.txt": (2023, "发布时间：2023-04-13 09:18", "安福县", [
        ("县领导调研重点项目建设", "4月12日", "2023-04-12", "4月12日，县委书记",
         "county leaders inspect projects; all posts bare (place from the site line); town secretary and 镇长; 欧阳文斌 now 县长")]),
    "j04_beiliu.txt": (2024, "发布时间：2024-05-22 17:05", "北流市", [
        ("化州市党政代表团到我市考察交流", "5月21日", "2024-05-21", "5月21日，广东省茂名市",
         "visiting delegation of another province's county-level city; hosts' bare posts; 座谈会")]),
    "j05_zhaodong.txt": (2023, "发布时间：2023-09-27", "肇东市", [
        ("肇东市第十八届人民代表大会常务委员会第十次会议任免名单", "2023年9月26日", "2023-09-26", "（2023年9月26日肇东市",
         "人大常委会 appointment list (决定任命 / 决定免去) and session report; 宪法宣誓")]),
    "j06_xiuyan.txt": (2022, "发布日期：2022-07-08 15:40", "岫岩满族自治县", [
        ("王立军到偏岭镇调研乡村振兴工作", "7月7日上午", "2022-07-07", "7月7日上午，县委副书记",
         "county head visits a town; honorific 王县长; 镇党委书记, 镇党委副书记、镇长")]),
    "j07_shenmu.txt": (2024, "发布时间：2024-03-20 18:12", "神木市", [
        ("杜文斌调研重点项目建设时强调 抢抓黄金施工期 全力以赴推动项目提速增效", "3月19日", "2024-03-19", "3月19日，市委书记",
         "city secretary inspects projects in a town, an industrial park and the 高新区; river works")]),
    "j08_zunyi.txt": (2021, "2021年11月05日", "遵义市", [
        ("市委常委、副市长冉晓峰到湄潭县调研茶产业发展", "11月4日", "2021-11-04", "本报讯（记者 吴梦瑶）11月4日",
         "city paper: city standing committee member / vice mayor inspects a county's tea industry"),
        ("仁怀市召开政府常务会议研究赤水河流域保护工作", "11月4日", "2021-11-04", "本报讯（记者 邓子轩",
         "city paper: a county-level city's government executive meeting (副市长 = 仁怀's)")]),
    "j09_qionghai.txt": (2025, "发布时间：2025-02-18 11:27", "琼海市", [
        ("符永康主持召开博鳌镇城镇品质提升工作专题会议", "2月17日下午", "2025-02-17", "2月17日下午，市委副书记",
         "city head's topical meeting on a town; department heads; town secretary")]),
    "j10_anxi.txt": (2020, "发布时间：2020-10-16 08:55", "安溪县", [
        ("安溪县举行2020年秋季重点项目集中签约仪式", "10月15日", "2020-10-15", "10月15日，安溪县2020年",
         "project signing ceremony; city vice mayor; company chairman (no post); 主持 at the end")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "j:鲍建民": ("鲍建民", "official", "武安市", [("j01", "武安市委", "书记", "市委书记鲍建民主持召开市委常委会会议", "市委 on a 武安 site = 武安市委")], []),
    "j:贺立新": ("贺立新", "official", "武安市", [
        ("j01", "武安市委", "副书记", "市委副书记、市长贺立新", "also named in a 上一篇 link"),
        ("j01", "武安市政府", "市长", "市委副书记、市长贺立新", None)], []),
    "j:朱海英": ("朱海英", "official", "武安市", [("j01", "武安市委", "常委", "市委常委朱海英、郑国强、侯建斌、田晓梅、孔令刚出席会议", "list after one title")], []),
    "j:郑国强": ("郑国强", "official", "武安市", [("j01", "武安市委", "常委", "市委常委朱海英、郑国强、侯建斌、田晓梅、孔令刚出席会议", None)], []),
    "j:侯建斌": ("侯建斌", "official", "武安市", [("j01", "武安市委", "常委", "市委常委朱海英、郑国强、侯建斌、田晓梅、孔令刚出席会议", None)], []),
    "j:田晓梅": ("田晓梅", "official", "武安市", [
        ("j01", "武安市委", "常委", "市委常委朱海英、郑国强、侯建斌、田晓梅、孔令刚出席会议", "常委 repeated later (市委常委、组织部部长田晓梅): no second line"),
        ("j01", "武安市委组织部", "部长", "市委常委、组织部部长田晓梅就做好年度考核工作作了安排", None)], []),
    "j:孔令刚": ("孔令刚", "official", "武安市", [("j01", "武安市委", "常委", "市委常委朱海英、郑国强、侯建斌、田晓梅、孔令刚出席会议", None)], []),
    "j:李振华": ("李振华", "official", "武安市", [("j01", "武安市人大常委会", "主任", "市人大常委会主任李振华", None)], []),
    "j:苗永胜": ("苗永胜", "official", "武安市", [("j01", "武安市政协", "主席", "市政协主席苗永胜列席会议", None)], []),
    "j:钟立明": ("钟立明", "official", "安福县", [
        ("j02", "安福县委", "副书记", "县委副书记、县长钟立明主持召开县政府第六十二次常务会议", None),
        ("j02", "安福县政府", "县长", "县委副书记、县长钟立明主持召开县政府第六十二次常务会议", "also named in a 下一篇 link")], []),
    "j:欧阳文斌": ("欧阳文斌", "official", "安福县", [
        ("j02", "安福县委", "常委", "县委常委、常务副县长欧阳文斌", "compound surname 欧阳; 2021"),
        ("j02", "安福县政府", "常务副县长", "县委常委、常务副县长欧阳文斌", None),
        ("j03", "安福县委", "副书记", "县委副书记、县长欧阳文斌带队调研重点项目建设情况", "2023: moved from 常务副县长 (j02) to 县长; bare posts, 安福 from the site line"),
        ("j03", "安福县政府", "县长", "县委副书记、县长欧阳文斌带队调研重点项目建设情况", None)], []),
    "j:刘晓云": ("刘晓云", "official", "安福县", [("j02", "安福县政府", "副县长", "副县长刘晓云、肖国平、彭志坚出席会议", None)], []),
    "j:肖国平": ("肖国平", "official", "安福县", [("j02", "安福县政府", "副县长", "副县长刘晓云、肖国平、彭志坚出席会议", None)], []),
    "j:彭志坚": ("彭志坚", "official", "安福县", [
        ("j02", "安福县政府", "副县长", "副县长刘晓云、肖国平、彭志坚出席会议", "same person in j03 (2023)"),
        ("j03", "安福县政府", "副县长", "副县长彭志坚参加调研", None)], []),
    "j:李秀英": ("李秀英", "official", "安福县", [("j02", "安福县人大常委会", "副主任", "县人大常委会副主任李秀英", None)], []),
    "j:邹宏伟": ("邹宏伟", "official", "安福县", [("j02", "安福县政协", "副主席", "县政协副主席邹宏伟列席会议", None)], []),
    "j:赵国华": ("赵国华", "official", "安福县", [("j03", "安福县委", "书记", "4月12日，县委书记赵国华", "bare 县委书记; 安福 from the site line")], []),
    "j:陈晓梅": ("陈晓梅", "official", "安福县", [("j03", "安福县委", "副书记", "县委副书记陈晓梅", None)], []),
    "j:王丽娟": ("王丽娟", "official", "安福县", [("j03", "安福县枫田镇党委", "书记", "镇党委书记王丽娟", "镇 = 枫田镇 named in the same sentence")], []),
    "j:肖建华": ("肖建华", "official", "安福县", [("j03", "安福县枫田镇政府", "镇长", "镇长肖建华介绍了", None)], []),
    "j:刘海涛#1": ("刘海涛", "external_official", "化州市", [
        ("j04", "化州市委", "书记", "广东省茂名市化州市委书记刘海涛率化州市党政代表团", "visitor; not the 刘海涛 of 肇东 (j05)")], []),
    "j:钟伟强": ("钟伟强", "external_official", "化州市", [
        ("j04", "化州市委", "副书记", "化州市委副书记、市长钟伟强", None),
        ("j04", "化州市政府", "市长", "化州市委副书记、市长钟伟强", None)], []),
    "j:杨振东": ("杨振东", "external_official", "化州市", [
        ("j04", "化州市委", "常委", "化州市委常委、常务副市长杨振东", None),
        ("j04", "化州市政府", "常务副市长", "化州市委常委、常务副市长杨振东", None)], []),
    "j:唐国勇": ("唐国勇", "official", "北流市", [("j04", "北流市委", "书记", "市委书记唐国勇", "host; bare 市委 on a 北流 site")], []),
    "j:莫志华": ("莫志华", "official", "北流市", [
        ("j04", "北流市委", "副书记", "市委副书记、市长莫志华", None),
        ("j04", "北流市政府", "市长", "市委副书记、市长莫志华", None)], []),
    "j:黄晓玲": ("黄晓玲", "official", "北流市", [
        ("j04", "北流市委", "常委", "市委常委、市委办公室主任黄晓玲", None),
        ("j04", "北流市委办公室", "主任", "市委常委、市委办公室主任黄晓玲", None)], []),
    "j:覃丽萍": ("覃丽萍", "official", "北流市", [("j04", "北流市政府", "副市长", "副市长覃丽萍陪同考察或参加座谈", None)], []),
    "j:刘海涛#2": ("刘海涛", "official", "肇东市", [
        ("j05", "肇东市政府", "副市长", "刘海涛为肇东市人民政府副市长", "appointment under 决定任命; not the 刘海涛 of 化州 (j04)")], []),
    "j:孙晓琳": ("孙晓琳", "official", "肇东市", [("j05", "肇东市教育局", "局长", "孙晓琳为肇东市教育局局长", "appointment")], []),
    "j:韩志远": ("韩志远", "official", "肇东市", [
        ("j05", "肇东市自然资源局", "局长", "韩志远为肇东市自然资源局局长", "appointment; his 住房和城乡建设局局长 post is removed (免去), no holding")], []),
    "j:吴德胜": ("吴德胜", "official", "肇东市", [], ["j05"]),
    "j:高玉兰": ("高玉兰", "official", "肇东市", [("j05", "肇东市人大常委会", "主任", "市人大常委会主任高玉兰主持会议", None)], []),
    "j:马永刚": ("马永刚", "official", "肇东市", [("j05", "肇东市人大常委会", "副主任", "副主任马永刚、赵春雨、丁志强出席会议", None)], []),
    "j:赵春雨": ("赵春雨", "official", "肇东市", [("j05", "肇东市人大常委会", "副主任", "副主任马永刚、赵春雨、丁志强出席会议", None)], []),
    "j:丁志强": ("丁志强", "official", "肇东市", [("j05", "肇东市人大常委会", "副主任", "副主任马永刚、赵春雨、丁志强出席会议", None)], []),
    "j:邢丽萍": ("邢丽萍", "official", "肇东市", [
        ("j05", "肇东市委", "常委", "市委常委、组织部部长邢丽萍", None),
        ("j05", "肇东市委组织部", "部长", "市委常委、组织部部长邢丽萍", None)], []),
    "j:白建新": ("白建新", "official", "肇东市", [("j05", "肇东市人民法院", "院长", "市人民法院院长白建新", None)], []),
    "j:纪晓峰": ("纪晓峰", "official", "肇东市", [("j05", "肇东市人民检察院", "检察长", "市人民检察院检察长纪晓峰列席会议", None)], []),
    "j:王立军": ("王立军", "official", "岫岩满族自治县", [
        ("j06", "岫岩满族自治县委", "副书记", "县委副书记、县长王立军到偏岭镇调研", "also 王县长 (honorific, no holding)"),
        ("j06", "岫岩满族自治县政府", "县长", "县委副书记、县长王立军到偏岭镇调研", None)], []),
    "j:孟凡丽": ("孟凡丽", "official", "岫岩满族自治县", [("j06", "岫岩满族自治县政府", "副县长", "副县长孟凡丽，县农业农村局局长于洪波陪同调研", None)], []),
    "j:于洪波": ("于洪波", "official", "岫岩满族自治县", [("j06", "岫岩满族自治县农业农村局", "局长", "副县长孟凡丽，县农业农村局局长于洪波陪同调研", None)], []),
    "j:付秀云": ("付秀云", "official", "岫岩满族自治县", [("j06", "岫岩满族自治县偏岭镇党委", "书记", "偏岭镇党委书记付秀云", None)], []),
    "j:关振宇": ("关振宇", "official", "岫岩满族自治县", [
        ("j06", "岫岩满族自治县偏岭镇党委", "副书记", "镇党委副书记、镇长关振宇参加", None),
        ("j06", "岫岩满族自治县偏岭镇政府", "镇长", "镇党委副书记、镇长关振宇参加", None)], []),
    "j:杜文斌": ("杜文斌", "official", "神木市", [("j07", "神木市委", "书记", "市委书记杜文斌深入大柳塔镇", None)], []),
    "j:任建平": ("任建平", "official", "神木市", [
        ("j07", "神木市委", "常委", "市委常委、常务副市长任建平", "also named in a 下一篇 link"),
        ("j07", "神木市政府", "常务副市长", "市委常委、常务副市长任建平", None)], []),
    "j:苏红艳": ("苏红艳", "official", "神木市", [
        ("j07", "神木市委", "常委", "市委常委、高新区党工委书记苏红艳", None),
        ("j07", "神木高新区党工委", "书记", "市委常委、高新区党工委书记苏红艳", "高新区 on a 神木 page = 神木高新区")], []),
    "j:贾志勇": ("贾志勇", "official", "神木市", [("j07", "神木市政府", "副市长", "副市长贾志勇参加调研", None)], []),
    "j:冉晓峰": ("冉晓峰", "official", "遵义市", [
        ("j08", "遵义市委", "常委", "11月4日，市委常委、副市长冉晓峰到湄潭县调研", "市委 in the 遵义日报 = 遵义市委"),
        ("j08", "遵义市政府", "副市长", "11月4日，市委常委、副市长冉晓峰到湄潭县调研", None)], []),
    "j:龙文杰": ("龙文杰", "official", "湄潭县", [("j08", "湄潭县委", "书记", "湄潭县委书记龙文杰", None)], []),
    "j:罗春燕": ("罗春燕", "official", "湄潭县", [
        ("j08", "湄潭县委", "常委", "县委常委、副县长罗春燕陪同调研", None),
        ("j08", "湄潭县政府", "副县长", "县委常委、副县长罗春燕陪同调研", None)], []),
    "j:袁志宏": ("袁志宏", "official", "仁怀市", [
        ("j08", "仁怀市委", "副书记", "仁怀市委副书记、市长袁志宏主持召开", None),
        ("j08", "仁怀市政府", "市长", "仁怀市委副书记、市长袁志宏主持召开", None)], []),
    "j:段晓明": ("段晓明", "official", "仁怀市", [("j08", "仁怀市政府", "副市长", "副市长段晓明、张立新出席会议", "副市长 at a 仁怀 government meeting = 仁怀's, not 遵义's")], []),
    "j:张立新": ("张立新", "official", "仁怀市", [("j08", "仁怀市政府", "副市长", "副市长段晓明、张立新出席会议", None)], []),
    "j:符永康": ("符永康", "official", "琼海市", [
        ("j09", "琼海市委", "副书记", "市委副书记、市长符永康主持召开", None),
        ("j09", "琼海市政府", "市长", "市委副书记、市长符永康主持召开", None)], []),
    "j:陈国梁": ("陈国梁", "official", "琼海市", [("j09", "琼海市政府", "副市长", "副市长陈国梁、林小燕出席会议", None)], []),
    "j:林小燕": ("林小燕", "official", "琼海市", [("j09", "琼海市政府", "副市长", "副市长陈国梁、林小燕出席会议", None)], []),
    "j:郑建明": ("郑建明", "official", "琼海市", [("j09", "琼海市住房和城乡建设局", "局长", "市住房和城乡建设局局长郑建明", None)], []),
    "j:蒙海霞": ("蒙海霞", "official", "琼海市", [("j09", "琼海市自然资源和规划局", "局长", "市自然资源和规划局局长蒙海霞", None)], []),
    "j:黄志坚": ("黄志坚", "official", "琼海市", [("j09", "琼海市博鳌镇党委", "书记", "博鳌镇党委书记黄志坚等参加会议", None)], []),
    "j:周海峰": ("周海峰", "external_official", "泉州市", [("j10", "泉州市政府", "副市长", "泉州市人民政府副市长周海峰", "人民政府 → 政府")], []),
    "j:蔡志明": ("蔡志明", "official", "安溪县", [("j10", "安溪县委", "书记", "县委书记蔡志明", "also named in a 下一篇 link")], []),
    "j:苏丽芬": ("苏丽芬", "official", "安溪县", [
        ("j10", "安溪县委", "副书记", "县委副书记、县长苏丽芬", None),
        ("j10", "安溪县政府", "县长", "县委副书记、县长苏丽芬", None)], []),
    "j:林国栋": ("林国栋", "official", "安溪县", [("j10", "安溪县人大常委会", "主任", "县人大常委会主任林国栋", None)], []),
    "j:陈天赐": ("陈天赐", "official", "安溪县", [("j10", "安溪县政协", "主席", "县政协主席陈天赐出席签约仪式", None)], []),
    "j:李明辉": ("李明辉", "official", "安溪县", [
        ("j10", "安溪县委", "常委", "仪式由县委常委、常务副县长李明辉主持", None),
        ("j10", "安溪县政府", "常务副县长", "仪式由县委常委、常务副县长李明辉主持", None)], []),
    "j:黄天来": ("黄天来", "company_executive", "福建省闽南茶业集团有限公司", [], ["j10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("j01", "郝雅琪", "责任编辑", "editor", "责任编辑：郝雅琪"),
    ("j02", "周雨涵", "供稿", "author", "（供稿：县政府办 周雨涵）"),
    ("j02", "曾慧敏", "责任编辑", "editor", "责任编辑：曾慧敏"),
    ("j03", "谢文涛", "记者", "reporter", "（记者 谢文涛 通讯员 王思琪）"),
    ("j03", "王思琪", "通讯员", "correspondent", "（记者 谢文涛 通讯员 王思琪）"),
    ("j03", "罗佳怡", "编辑", "editor", "编辑：罗佳怡"),
    ("j03", "刘振宇", "审核", "editor", "审核：刘振宇"),
    ("j04", "庞丽娜", "记者", "reporter", "（记者 庞丽娜 梁志豪）"),
    ("j04", "梁志豪", "记者", "reporter", "（记者 庞丽娜 梁志豪）"),
    ("j04", "韦小雨", "责任编辑", "editor", "责任编辑：韦小雨"),
    ("j06", "佟雪", "责任编辑", "editor", "责任编辑：佟雪"),
    ("j07", "高亚楠", "记者", "reporter", "（记者 高亚楠）"),
    ("j07", "白雪", "编辑", "editor", "编辑：白雪"),
    ("j07", "乔宏伟", "审核", "editor", "审核：乔宏伟"),
    ("j08", "吴梦瑶", "记者", "reporter", "（记者 吴梦瑶）"),
    ("j08", "邓子轩", "记者", "reporter", "（记者 邓子轩 通讯员 穆琳）"),
    ("j08", "穆琳", "通讯员", "correspondent", "（记者 邓子轩 通讯员 穆琳）"),
    ("j09", "吴小倩", "责任编辑", "editor", "责任编辑：吴小倩"),
    ("j10", "洪雅婷", "记者", "reporter", "（记者 洪雅婷 通讯员 谢振华）"),
    ("j10", "谢振华", "通讯员", "correspondent", "（记者 洪雅婷 通讯员 谢振华）"),
    ("j10", "林佳慧", "责任编辑", "editor", "责任编辑：林佳慧"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("j01", "市委常委会会议", "meeting (市委常委会会议)", "12月27日", "鲍建民", None, [],
     ["贺立新", "朱海英", "郑国强", "侯建斌", "田晓梅", "孔令刚", "李振华", "苗永胜"], ["鲍建民", "田晓梅"], None,
     "市委书记鲍建民主持召开市委常委会会议",
     ["市委书记鲍建民主持召开", "孔令刚出席会议", "市政协主席苗永胜列席会议", "鲍建民强调", "组织部部长田晓梅就做好年度考核工作作了安排"]),
    ("j02", "县政府第六十二次常务会议", "meeting (县政府常务会议)", "6月16日下午", "钟立明", None, [],
     ["欧阳文斌", "刘晓云", "肖国平", "彭志坚", "李秀英", "邹宏伟"], ["钟立明"], None,
     "县长钟立明主持召开县政府第六十二次常务会议",
     ["县长钟立明主持召开", "副县长刘晓云、肖国平、彭志坚出席会议", "县政协副主席邹宏伟列席会议", "钟立明强调"]),
    ("j03", "重点项目建设调研", "inspection (调研)", "4月12日", None, "赵国华", [],
     ["欧阳文斌", "陈晓梅", "彭志坚", "王丽娟", "肖建华"], ["赵国华", "欧阳文斌"], None,
     "县委副书记、县长欧阳文斌带队调研重点项目建设情况",
     ["县委书记赵国华", "副县长彭志坚参加调研", "镇长肖建华介绍了", "赵国华指出", "欧阳文斌要求", "赵国华强调"]),
    ("j04", "化州市党政代表团考察交流", "inspection (考察)", "5月21日", None, "刘海涛", [],
     ["钟伟强", "杨振东", "唐国勇", "莫志华", "黄晓玲", "覃丽萍"], [], "北流市",
     "化州市委书记刘海涛率化州市党政代表团到我市考察交流",
     ["化州市委书记刘海涛率化州市党政代表团", "常务副市长杨振东等随同考察", "副市长覃丽萍陪同考察或参加座谈"]),
    ("j04", "座谈会", "meeting (座谈会)", "5月21日", "莫志华", None, [],
     [], ["唐国勇", "刘海涛"], None,
     "在随后召开的座谈会上，唐国勇代表北流市委、市政府对代表团一行表示欢迎",
     ["唐国勇代表北流市委", "刘海涛对北流的热情接待表示感谢", "莫志华主持座谈会"]),
    ("j05", "肇东市第十八届人大常委会第十次会议", "session (人大常委会会议)", "9月26日", "高玉兰", None, [],
     ["马永刚", "赵春雨", "丁志强", "邢丽萍", "白建新", "纪晓峰"], ["刘海涛"], None,
     "9月26日，肇东市第十八届人大常委会第十次会议召开",
     ["市人大常委会主任高玉兰主持会议", "副主任马永刚、赵春雨、丁志强出席会议", "检察长纪晓峰列席会议", "刘海涛在任职发言中表示"]),
    ("j06", "乡村振兴和防汛工作调研", "inspection (调研)", "7月7日上午", None, "王立军", [],
     ["孟凡丽", "于洪波", "付秀云", "关振宇"], ["王立军", "付秀云"], "偏岭镇",
     "县长王立军到偏岭镇调研乡村振兴和防汛工作",
     ["县长王立军到偏岭镇调研", "局长于洪波陪同调研", "镇长关振宇参加", "王立军要求", "付秀云表示"]),
    ("j07", "重点项目建设调研", "inspection (调研)", "3月19日", None, "杜文斌", [],
     ["任建平", "苏红艳", "贾志勇"], ["杜文斌", "任建平"], None,
     "市委书记杜文斌深入大柳塔镇、锦界工业园区和高新区，调研重点项目建设情况",
     ["市委书记杜文斌深入大柳塔镇", "副市长贾志勇参加调研", "杜文斌强调", "任建平就做好一季度项目开复工工作提出具体要求"]),
    ("j08", "茶产业发展和秋冬种工作调研", "inspection (调研)", "11月4日", None, "冉晓峰", [],
     ["龙文杰", "罗春燕"], ["冉晓峰"], "湄潭县",
     "市委常委、副市长冉晓峰到湄潭县调研茶产业发展和秋冬种工作",
     ["副市长冉晓峰到湄潭县调研茶产业发展和秋冬种工作", "副县长罗春燕陪同调研", "冉晓峰指出"]),
    ("j08", "仁怀市政府第三十一次常务会议", "meeting (市政府常务会议)", "11月4日", "袁志宏", None, [],
     ["段晓明", "张立新"], ["袁志宏"], None,
     "市长袁志宏主持召开市政府第三十一次常务会议",
     ["市长袁志宏主持召开", "副市长段晓明、张立新出席会议", "袁志宏强调"]),
    ("j09", "博鳌镇城镇品质提升工作专题会议", "meeting (专题会议)", "2月17日下午", "符永康", None, [],
     ["陈国梁", "林小燕", "郑建明", "蒙海霞", "黄志坚"], ["黄志坚", "符永康"], None,
     "市长符永康主持召开博鳌镇城镇品质提升工作专题会议，听取",
     ["市长符永康主持召开", "副市长陈国梁、林小燕出席会议", "博鳌镇党委书记黄志坚等参加会议", "黄志坚汇报了", "符永康强调"]),
    ("j10", "安溪县2020年秋季重点项目集中签约仪式", "ceremony (签约仪式)", "10月15日", "李明辉", None, [],
     ["周海峰", "蔡志明", "苏丽芬", "林国栋", "陈天赐", "黄天来"], ["蔡志明", "黄天来", "周海峰"], "县行政服务中心",
     "安溪县2020年秋季重点项目集中签约仪式在县行政服务中心举行",
     ["泉州市人民政府副市长周海峰", "县政协主席陈天赐出席签约仪式", "蔡志明在致辞中", "董事长黄天来在发言中表示", "周海峰对安溪近年来的招商引资工作给予肯定", "常务副县长李明辉主持"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("j01", "南洺河综合治理工程", "engineering_work", "听取南洺河综合治理工程"),
    ("j01", "武安市新型装备制造产业园", "industrial_park", "武安市新型装备制造产业园建设情况汇报"),
    ("j02", "泸水河安福段防洪治理工程", "engineering_work", "研究泸水河安福段防洪治理工程"),
    ("j02", "武功山景区旅游公路提升项目", "infrastructure_project", "武功山景区旅游公路提升项目等事项"),
    ("j02", "安福县城区雨污分流改造工程", "infrastructure_project", "安福县城区雨污分流改造工程"),
    ("j03", "枫田镇富硒蔬菜产业园", "industrial_park", "先后来到枫田镇富硒蔬菜产业园"),
    ("j03", "严田镇高标准农田建设项目", "project", "严田镇高标准农田建设项目"),
    ("j03", "泸水大道北延工程", "infrastructure_project", "泸水大道北延工程和县人民医院新院区建设现场"),
    ("j03", "县人民医院新院区", "project", "县人民医院新院区建设现场"),
    ("j04", "北流市陶瓷产业园二期", "industrial_park", "北流市陶瓷产业园二期"),
    ("j04", "圭江沿岸生态修复工程", "greening_project", "圭江沿岸生态修复工程"),
    ("j04", "北流市民乐镇荔枝产业示范园", "industrial_park", "北流市民乐镇荔枝产业示范园"),
    ("j06", "偏岭镇柞蚕生态养殖基地", "project", "偏岭镇柞蚕生态养殖基地"),
    ("j06", "岫岩玉石文化产业园", "industrial_park", "岫岩玉石文化产业园"),
    ("j06", "大洋河偏岭段堤防加固工程", "engineering_work", "大洋河偏岭段堤防加固工程"),
    ("j07", "大柳塔镇煤矿智能化改造示范项目", "project", "大柳塔镇煤矿智能化改造示范项目"),
    ("j07", "锦界工业园区20万吨煤基新材料项目", "project", "锦界工业园区20万吨煤基新材料项目"),
    ("j07", "神木高新区光伏制氢一体化项目", "project", "神木高新区光伏制氢一体化项目"),
    ("j07", "窟野河神木城区段综合治理工程", "engineering_work", "窟野河神木城区段综合治理工程现场，实地察看"),
    ("j08", "湄潭县兴隆镇茶旅一体化示范园", "project", "湄潭县兴隆镇茶旅一体化示范园"),
    ("j08", "湄潭县茶叶精深加工产业园", "industrial_park", "湄潭县茶叶精深加工产业园"),
    ("j08", "赤水河仁怀段生态修复工程", "greening_project", "赤水河仁怀段生态修复工程"),
    ("j08", "仁怀市名酒工业园区污水处理厂扩建工程", "infrastructure_project", "仁怀市名酒工业园区污水处理厂扩建工程"),
    ("j09", "博鳌镇滨海风貌带改造项目", "project", "确保博鳌镇滨海风貌带改造项目3月中旬前完工"),
    ("j09", "万泉河口岸线整治项目", "engineering_work", "万泉河口岸线整治项目同步推进"),
    ("j09", "东屿岛至沙美村慢行绿道工程", "greening_project", "东屿岛至沙美村慢行绿道工程"),
    ("j10", "福建安溪铁观音茶文化综合体项目", "project", "福建安溪铁观音茶文化综合体项目"),
    ("j10", "湖头光电产业园二期项目", "industrial_park", "湖头光电产业园二期项目"),
    ("j10", "龙门镇智能家居产业园项目", "industrial_park", "龙门镇智能家居产业园项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("j01", "邯郸市", "city", "in_org_reference", "邯郸市委十届五次全会精神"),
    ("j01", "南洺河", "river", "in_project_name", "听取南洺河综合治理工程"),
    ("j01", "武安市", "county_level_city", "in_project_name", "武安市新型装备制造产业园建设情况汇报"),
    ("j01", "冀南新区", "development_zone", "standalone", "主动对接冀南新区"),
    ("j02", "吉安市", "city", "in_org_reference", "吉安市政府第八十九次常务会议精神"),
    ("j02", "泸水河", "river", "in_project_name", "研究泸水河安福段防洪治理工程"),
    ("j02", "安福", "county", "in_project_name", "研究泸水河安福段防洪治理工程"),
    ("j02", "武功山", "scenic_area", "in_project_name", "武功山景区旅游公路提升项目等事项"),
    ("j02", "平都镇", "town", "standalone", "完成平都镇城区段2.3公里堤岸建设"),
    ("j02", "安福县", "county", "in_project_name", "安福县城区雨污分流改造工程"),
    ("j03", "枫田镇", "town", "in_project_name", "先后来到枫田镇富硒蔬菜产业园"),
    ("j03", "严田镇", "town", "in_project_name", "严田镇高标准农田建设项目"),
    ("j03", "泸水大道", "road", "in_project_name", "泸水大道北延工程和县人民医院新院区建设现场"),
    ("j04", "广东省", "province", "in_org_reference", "广东省茂名市化州市委书记刘海涛"),
    ("j04", "茂名市", "city", "in_org_reference", "广东省茂名市化州市委书记刘海涛"),
    ("j04", "化州市", "county_level_city", "in_org_reference", "广东省茂名市化州市委书记刘海涛"),
    ("j04", "北流市", "county_level_city", "in_project_name", "北流市陶瓷产业园二期"),
    ("j04", "圭江", "river", "in_project_name", "圭江沿岸生态修复工程"),
    ("j04", "民乐镇", "town", "in_project_name", "北流市民乐镇荔枝产业示范园"),
    ("j04", "北流", "county_level_city", "standalone", "介绍了北流经济社会发展情况"),
    ("j04", "化州", "county_level_city", "standalone", "北流与化州山水相连"),
    ("j04", "玉湛高速", "road", "standalone", "加强在玉湛高速沿线产业布局"),
    ("j04", "鉴江", "river", "standalone", "鉴江和圭江流域治理"),
    ("j05", "肇东市", "county_level_city", "in_org_reference", "刘海涛为肇东市人民政府副市长"),
    ("j05", "肇东", "county_level_city", "standalone", "把肇东人民的利益放在首位"),
    ("j06", "偏岭镇", "town", "standalone", "到偏岭镇调研乡村振兴和防汛工作"),
    ("j06", "岫岩", "county", "standalone", "柞蚕是咱们岫岩的特色产业"),
    ("j06", "大洋河", "river", "in_project_name", "大洋河偏岭段堤防加固工程"),
    ("j07", "大柳塔镇", "town", "standalone", "深入大柳塔镇、锦界工业园区和高新区"),
    ("j07", "锦界工业园区", "development_zone", "standalone", "深入大柳塔镇、锦界工业园区和高新区"),
    ("j07", "高新区", "development_zone", "standalone", "深入大柳塔镇、锦界工业园区和高新区"),
    ("j07", "神木高新区", "development_zone", "in_project_name", "神木高新区光伏制氢一体化项目"),
    ("j07", "窟野河", "river", "in_project_name", "窟野河神木城区段综合治理工程现场，实地察看"),
    ("j07", "神木", "county_level_city", "standalone", "推动神木经济社会发展的高质量"),
    ("j08", "湄潭县", "county", "standalone", "到湄潭县调研茶产业发展和秋冬种工作"),
    ("j08", "兴隆镇", "town", "in_project_name", "湄潭县兴隆镇茶旅一体化示范园"),
    ("j08", "湄潭", "county", "standalone", "湄潭茶产业基础好"),
    ("j08", "仁怀市", "county_level_city", "in_org_reference", "仁怀市委副书记、市长袁志宏"),
    ("j08", "赤水河", "river", "standalone", "研究赤水河流域生态保护"),
    ("j08", "名酒工业园区", "development_zone", "standalone", "赤水河流域生态保护和名酒工业园区建设"),
    ("j08", "仁怀", "county_level_city", "standalone", "保护好赤水河是仁怀的生命线"),
    ("j09", "博鳌镇", "town", "standalone", "黄志坚汇报了博鳌镇城镇品质提升工作推进情况"),
    ("j09", "万泉河", "river", "in_project_name", "万泉河口岸线整治项目同步推进"),
    ("j09", "东屿岛", "island", "in_project_name", "东屿岛至沙美村慢行绿道工程"),
    ("j09", "沙美村", "village", "in_project_name", "东屿岛至沙美村慢行绿道工程"),
    ("j09", "博鳌", "town", "in_org_name", "博鳌亚洲论坛2025年年会"),
    ("j10", "安溪县", "county", "standalone", "安溪县2020年秋季重点项目集中签约仪式在县行政服务中心举行"),
    ("j10", "县行政服务中心", "venue", "standalone", "集中签约仪式在县行政服务中心举行"),
    ("j10", "泉州市", "city", "in_org_reference", "泉州市人民政府副市长周海峰"),
    ("j10", "福建", "province", "in_project_name", "福建安溪铁观音茶文化综合体项目"),
    ("j10", "安溪", "county", "standalone", "安溪将以最优的服务"),
    ("j10", "湖头", "town", "in_project_name", "湖头光电产业园二期项目"),
    ("j10", "龙门镇", "town", "in_project_name", "龙门镇智能家居产业园项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="j", conventions="set j (fifth blind, held-out-like set: county-level cities and counties of 河北, 江西, 广西, 黑龙江, 辽宁, 陕西, 贵州, 海南, 福建; a city paper's two-article page)",
          persons_note="Set j persons. id = corpus-wide person_id (j:刘海涛#1 and j:刘海涛#2 are two people; j:欧阳文斌 holds two posts in 2021 and two others in 2023)")


if __name__ == "__main__":
    main()
