"""Write gold part ``l`` (a sixth blind set: prefecture-city pages and news portals) from the tables below.

Pages ``tests/dev/texts/l*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: prefecture-city sites and portals (a 保定 人代会 report on
长城网, 保定 and 济宁 city-government 大事记 and 市长 pages, 岳阳 市政协 常委会议 reports on yueyang.gov.cn and a portal,
a 华声在线岳阳频道 page with 来源/作者 line, a 荆州 人大 主任会议 and 市长 联组讨论 page, a 荆州日报 A002 page, 环渤海新闻网
唐山 pages (a visiting 调研组 with ``市委常委、曹妃甸区委书记``), 柳州 市政协 site pages with 上一篇 / 下一篇 and a 柳州日报
``昨日下午`` 检查 report, a 柳州 市委常委会 report with a list of 常委, 玉林 and 衡阳 paper reports of a 市政府常务会议 and a
政协主席会议, 绵阳新闻网 人大 主任会议 pages, a 漳州 人大常委会 任免 report, a 滁州日报 安全生产 检查 brief). Cities not yet
in the corpus: 唐山 (two pages), 岳阳 (two pages), 济宁, 柳州, 绵阳, 大庆, 台州, 湛江 (with 雷州市).

Shapes: a city head's 调研 of a district's port and projects on the city site (l01); a portal repost of the city
paper's 市委常委会 report dated ``昨天`` against the portal stamp, with a list of 常委 after one title, 列席, a 相关新闻
list (another official with his title, the mayor without one) and a 网友评论 box (l02); a 市政府常务会议 (l03); a
portal page of a 市政协 常委会议 dated ``日前`` with ``省委常委、市委书记`` and a 相关阅读 list (l04); a 人大常委会
任免名单 of several departments (决定任命 / 决定免去 / 任命) and the session report as a second article on one page
(l05); a TV-station portal page dated ``今天上午`` against a same-day evening stamp, with 相关新闻 (another official
with two titles, the body's official without one), 上一篇 / 下一篇 and 网友评论 (l06); a city paper's 第01版 holding two
articles, the second dated ``上周五`` against the edition date, with 高新区 of the paper's city (l07); a page published
2024-01-03 about 12月29日 of 2023 (l08); an outbound 招商 trip with a company chairman and a 恳谈会, dated ``近日``
(l09); a city 副市长 visiting a county-level city on the city site, the county-level city's organs written in full and
a bare 市农业农村局 of the city (l10).

Identity cases:
- l:卢宏博 is 曹妃甸区委书记 in 2021 (l01) and 市委常委、曹妃甸区委书记 in 2024 (l02): the 区委 post is kept, the 唐山市委
  常委 post is new. l:祁文海 is 唐山市委副书记、市长 on both pages (one person_id).
- l:易海鸥 is 岳阳市副市长 in 2021 (l03) and 市委常委、常务副市长 in 2024 (l04).
- two different 韩振宇: l:韩振宇#1 is appointed 济宁市发展和改革委员会主任 (山东, 2023, l05); l:韩振宇#2 is 柳州市副市长
  (广西, 2022, l06).
- the reporter 麻晓琳 of 唐山劳动日报 signs l01 and l02 (one person_id, listed in PERSONS so that both files count).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed (a name in a 上一篇 /
下一篇 / 相关新闻 link of the page chrome is counted as a mention, as the check counts the whole page). Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts f to k): an appointment makes a holding (``韩振宇为济宁市发展和改革委员会主任``); 免去 makes none
(庞雪梅 keeps only the new 财政局局长 post; 邵泽民 is named without a post). A list after one title gives every name that
title (``市委常委卞志远、秦晓燕、卢宏博、霍振军出席会议``; ``市政协副主席喻红梅、许长林、敖建新``); a post the same article
repeats gives no second line, but a new title does (卢宏博: 常委 from the list, 曹妃甸区委书记 from the later sentence).
Bare organs take the place the page is about: 市委 / 市政府 / 市人大常委会 / 市政协 on a city's site, portal channel or
paper = that city (唐山, 岳阳, 济宁, 柳州, 绵阳, 大庆, 台州, 湛江); 区委 in a sentence about 曹妃甸区 or 让胡路区 = that
district's; 省委 in a 岳阳 page = 湖南省委 (``省委常委、市委书记贺守仁`` gives 湖南省委 常委 and 岳阳市委 书记); 高新区 in
the 绵阳日报 = 绵阳高新区 (党工委, 管委会); 台州湾新区 keeps its name (as 郑东新区, 长春新区); on the 湛江 site the bare
``市农业农村局局长`` accompanying the city's 副市长 = 湛江市农业农村局, while 雷州's organs are written in full. 市政府秘书长
and 市人大常委会秘书长 / 副秘书长 are posts; 市中级人民法院院长 is a post (济宁市中级人民法院). Department names as written
after the place (济宁市发展和改革委员会, 大庆市住房和城乡建设局, 台州市投资促进中心). Company roles (欧振邦, 董事长) make
no holding.

Chrome: a post stated in a 相关新闻 link is annotated as a holding of the page (as the 信访 panel in part i), dated by the
page's article, with a note giving the link's own date (甄海涛 副市长 in l02, 韦国材 市委常委、常务副市长 in l06: both
named only there); a name in a link without a title (祁文海 in l02, 韩振宇 in l06) or with a post already given in the
body makes no line but counts as a mention. Places in site lines, 来源 lines, mastheads, datelines naming the paper
(岳阳日报讯), footers and in the 上一篇 / 下一篇 / 相关新闻 / 推荐阅读 links are not annotated; places inside project names,
organ references and document titles count; places inside company names (深圳海博智能装备有限公司) are not annotated.
Relative dates are resolved against the stamp (昨天 → the day before the portal stamp; 今天上午 → the stamp's day; 上周五
against the edition date; 日前 and 近日 → the stamp's month only).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "l01_tangshan.txt": (2021, "发布时间：2021-06-18 08:20", "唐山市", [
        ("祁文海到曹妃甸区调研港口建设和重点项目", "6月17日", "2021-06-17", "6月17日，市委副书记",
         "city mayor inspects a district's port and projects; 曹妃甸区委书记 卢宏博 (2021)")]),
    "l02_tangshan.txt": (2024, "2024-03-14 07:36", "唐山市", [
        ("市委常委会召开会议 研究部署沿海经济带高质量发展等工作", "昨天", "2024-03-13", "本报讯（记者 麻晓琳）昨天",
         "portal repost of the city paper: city party standing committee, list of 常委, 列席; 卢宏博 now 市委常委、曹妃甸区委书记; 相关新闻 with a 副市长; 网友评论")]),
    "l03_yueyang.txt": (2021, "发布日期：2021-09-03 10:15", "岳阳市", [
        ("市政府召开第九十六次常务会议", "9月2日", "2021-09-02", "9月2日，市委副书记",
         "city government executive meeting on a port and a wetland project; 易海鸥 副市长 (2021)")]),
    "l04_yueyang.txt": (2024, "发布时间：2024-12-27 09:20", "岳阳市", [
        ("市政协九届二十二次常委会议召开", "日前", "2024-12", "岳阳日报讯（记者 柳青青",
         "portal page of a city CPPCC standing committee meeting; 易海鸥 now 市委常委、常务副市长; 省委常委、市委书记")]),
    "l05_jining.txt": (2023, "发布时间：2023-06-29 16:40", "济宁市", [
        ("济宁市第十八届人民代表大会常务委员会第十四次会议任免名单", "2023年6月28日", "2023-06-28", "（2023年6月28日济宁市",
         "人大常委会 appointment list of several departments (决定任命 / 决定免去 / 任命)"),
        ("市十八届人大常委会第十四次会议闭会", "6月28日", "2023-06-28", "6月28日，市十八届",
         "人大常委会 session report; 列席 副市长 and court president; 宪法宣誓")]),
    "l06_liuzhou.txt": (2022, "2022-09-29 18:45:12", "柳州市", [
        ("韩振宇带队检查节前安全生产工作", "今天上午", "2022-09-29", "今天上午，副市长",
         "TV-station portal: city vice mayor's pre-holiday safety inspection; 相关新闻 naming another official with titles; 网友评论")]),
    "l07_mianyang.txt": (2023, "2023年05月23日", "绵阳市", [
        ("蒲宏远到高新区调研科技创新和产业发展工作", "5月22日", "2023-05-22", "本报讯（记者 谯雨涵）",
         "city paper: city secretary inspects the city's 高新区; 市委常委、高新区党工委书记"),
        ("市人大常委会召开主任会议", "上周五", "2023-05-19", "本报讯（记者 敬思远）",
         "city paper: 人大常委会 主任会议 dated 上周五 against the edition date")]),
    "l08_daqing.txt": (2024, "发布时间：2024-01-03 09:12", "大庆市", [
        ("晁立军检查冬季供暖保障和安全生产工作", "12月29日", "2023-12-29", "12月29日，市委副书记",
         "city mayor's heating and safety inspection; published 2024-01-03 about 2023-12-29; district secretary")]),
    "l09_taizhou.txt": (2022, "2022-11-16 06:58", "台州市", [
        ("缪振华率队赴深圳开展招商引资活动", "近日", "2022-11", "本报讯（记者 葛文博）近日",
         "portal: city mayor's outbound investment trip; 台州湾新区; company chairman (no post); 恳谈会")]),
    "l10_zhanjiang.txt": (2020, "发布时间：2020-11-09 17:30", "湛江市", [
        ("揭昌明到雷州市调研农业产业园和海堤加固工作", "11月8日", "2020-11-08", "11月8日，市委常委",
         "city 副市长 visits a county-level city; the visited city's organs written in full; bare 市农业农村局 = 湛江's")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "l:祁文海": ("祁文海", "official", "唐山市", [
        ("l01", "唐山市委", "副书记", "市委副书记、市长祁文海到曹妃甸区调研", "2021; same person and posts in l02 (2024)"),
        ("l01", "唐山市政府", "市长", "市委副书记、市长祁文海到曹妃甸区调研", None),
        ("l02", "唐山市委", "副书记", "市委副书记、市长祁文海，市委常委卞志远", "2024; also named without a title in a 相关新闻 link"),
        ("l02", "唐山市政府", "市长", "市委副书记、市长祁文海，市委常委卞志远", None)], []),
    "l:阎淑琴": ("阎淑琴", "official", "唐山市", [("l01", "唐山市政府", "副市长", "副市长阎淑琴，曹妃甸区委书记卢宏博", None)], []),
    "l:卢宏博": ("卢宏博", "official", "唐山市", [
        ("l01", "曹妃甸区委", "书记", "副市长阎淑琴，曹妃甸区委书记卢宏博", "2021: district secretary only"),
        ("l02", "唐山市委", "常委", "市委常委卞志远、秦晓燕、卢宏博、霍振军出席会议", "2024: now also a city standing committee member (list after one title); 常委 repeated later, no second line"),
        ("l02", "曹妃甸区委", "书记", "市委常委、曹妃甸区委书记卢宏博汇报了", "2024: keeps the district post")], []),
    "l:董建勋": ("董建勋", "official", "曹妃甸区", [
        ("l01", "曹妃甸区委", "副书记", "区委副书记、区长董建勋参加调研", "bare 区委 in a sentence about 曹妃甸区"),
        ("l01", "曹妃甸区政府", "区长", "区委副书记、区长董建勋参加调研", None)], []),
    "l:麻晓琳": ("麻晓琳", "reporter", "唐山劳动日报", [], ["l01", "l02"]),
    "l:谭立峰": ("谭立峰", "official", "唐山市", [("l02", "唐山市委", "书记", "市委书记谭立峰主持会议", None)], []),
    "l:卞志远": ("卞志远", "official", "唐山市", [("l02", "唐山市委", "常委", "市委常委卞志远、秦晓燕、卢宏博、霍振军出席会议", "list after one title")], []),
    "l:秦晓燕": ("秦晓燕", "official", "唐山市", [("l02", "唐山市委", "常委", "市委常委卞志远、秦晓燕、卢宏博、霍振军出席会议", None)], []),
    "l:霍振军": ("霍振军", "official", "唐山市", [("l02", "唐山市委", "常委", "市委常委卞志远、秦晓燕、卢宏博、霍振军出席会议", None)], []),
    "l:邸建华": ("邸建华", "official", "唐山市", [("l02", "唐山市人大常委会", "主任", "市人大常委会主任邸建华", None)], []),
    "l:佟玉珍": ("佟玉珍", "official", "唐山市", [("l02", "唐山市政协", "主席", "市政协主席佟玉珍列席会议", None)], []),
    "l:甄海涛": ("甄海涛", "official", "唐山市", [
        ("l02", "唐山市政府", "副市长", "副市长甄海涛督导春季森林防火工作", "named only in a 相关新闻 link of the page chrome (link dated 2024-03-11); the post is stated on the page, dated by the page's article")], []),
    "l:黎振邦": ("黎振邦", "official", "岳阳市", [
        ("l03", "岳阳市委", "副书记", "市委副书记、市长黎振邦主持召开", "also named in a 上一篇 link"),
        ("l03", "岳阳市政府", "市长", "市委副书记、市长黎振邦主持召开", None)], []),
    "l:易海鸥": ("易海鸥", "official", "岳阳市", [
        ("l03", "岳阳市政府", "副市长", "副市长易海鸥、钟敏华、付晓春", "2021; list after one title"),
        ("l04", "岳阳市委", "常委", "市委常委、常务副市长易海鸥应邀出席会议", "2024: moved from 副市长 (l03) to 市委常委、常务副市长"),
        ("l04", "岳阳市政府", "常务副市长", "市委常委、常务副市长易海鸥应邀出席会议", None)], []),
    "l:钟敏华": ("钟敏华", "official", "岳阳市", [("l03", "岳阳市政府", "副市长", "副市长易海鸥、钟敏华、付晓春", None)], []),
    "l:付晓春": ("付晓春", "official", "岳阳市", [("l03", "岳阳市政府", "副市长", "副市长易海鸥、钟敏华、付晓春", None)], []),
    "l:尹德明": ("尹德明", "official", "岳阳市", [("l03", "岳阳市政府", "秘书长", "市政府秘书长尹德明出席会议", None)], []),
    "l:晏志刚": ("晏志刚", "official", "岳阳市", [("l04", "岳阳市政协", "主席", "市政协主席晏志刚主持召开", None)], []),
    "l:喻红梅": ("喻红梅", "official", "岳阳市", [("l04", "岳阳市政协", "副主席", "市政协副主席喻红梅、许长林、敖建新", "list after one title")], []),
    "l:许长林": ("许长林", "official", "岳阳市", [("l04", "岳阳市政协", "副主席", "市政协副主席喻红梅、许长林、敖建新", None)], []),
    "l:敖建新": ("敖建新", "official", "岳阳市", [("l04", "岳阳市政协", "副主席", "市政协副主席喻红梅、许长林、敖建新", None)], []),
    "l:毛立平": ("毛立平", "official", "岳阳市", [("l04", "岳阳市政协", "秘书长", "市政协秘书长毛立平出席", None)], []),
    "l:贺守仁": ("贺守仁", "official", "岳阳市", [
        ("l04", "湖南省委", "常委", "省委常委、市委书记贺守仁在市委经济工作会议上", "省委 in a 岳阳 page = 湖南省委"),
        ("l04", "岳阳市委", "书记", "省委常委、市委书记贺守仁在市委经济工作会议上", None)], []),
    "l:韩振宇#1": ("韩振宇", "official", "济宁市", [
        ("l05", "济宁市发展和改革委员会", "主任", "韩振宇为济宁市发展和改革委员会主任", "appointment (决定任命); not the 韩振宇 of 柳州 (l06)")], []),
    "l:庞雪梅": ("庞雪梅", "official", "济宁市", [
        ("l05", "济宁市财政局", "局长", "庞雪梅为济宁市财政局局长", "appointment; her 审计局局长 post is removed (免去), no holding")], []),
    "l:鲁文昌": ("鲁文昌", "official", "济宁市", [("l05", "济宁市交通运输局", "局长", "鲁文昌为济宁市交通运输局局长", "appointment")], []),
    "l:孔祥瑞": ("孔祥瑞", "official", "济宁市", [("l05", "济宁市人大常委会", "副秘书长", "孔祥瑞为济宁市人大常委会副秘书长", "appointment under 任命")], []),
    "l:邵泽民": ("邵泽民", "official", "济宁市", [], ["l05"]),
    "l:段承志": ("段承志", "official", "济宁市", [("l05", "济宁市人大常委会", "主任", "市人大常委会主任段承志主持会议", None)], []),
    "l:颜丙华": ("颜丙华", "official", "济宁市", [("l05", "济宁市人大常委会", "副主任", "副主任颜丙华、聂长青、仲维东出席会议", None)], []),
    "l:聂长青": ("聂长青", "official", "济宁市", [("l05", "济宁市人大常委会", "副主任", "副主任颜丙华、聂长青、仲维东出席会议", None)], []),
    "l:仲维东": ("仲维东", "official", "济宁市", [("l05", "济宁市人大常委会", "副主任", "副主任颜丙华、聂长青、仲维东出席会议", None)], []),
    "l:闵思远": ("闵思远", "official", "济宁市", [("l05", "济宁市政府", "副市长", "副市长闵思远，市中级人民法院院长季鸿儒列席会议", None)], []),
    "l:季鸿儒": ("季鸿儒", "official", "济宁市", [("l05", "济宁市中级人民法院", "院长", "副市长闵思远，市中级人民法院院长季鸿儒列席会议", None)], []),
    "l:韩振宇#2": ("韩振宇", "official", "柳州市", [
        ("l06", "柳州市政府", "副市长", "今天上午，副市长韩振宇带队", "not the 韩振宇 of 济宁 (l05); also named without a title in a 相关新闻 link")], []),
    "l:覃国勋": ("覃国勋", "official", "柳州市", [("l06", "柳州市应急管理局", "局长", "市应急管理局局长覃国勋", None)], []),
    "l:蒙秋菊": ("蒙秋菊", "official", "鱼峰区", [("l06", "鱼峰区政府", "副区长", "鱼峰区副区长蒙秋菊等参加检查", None)], []),
    "l:韦国材": ("韦国材", "official", "柳州市", [
        ("l06", "柳州市委", "常委", "市委常委、常务副市长韦国材调研重大项目推进情况", "named only in a 相关新闻 link of the page chrome (link dated 2022-09-26); dated by the page's article"),
        ("l06", "柳州市政府", "常务副市长", "市委常委、常务副市长韦国材调研重大项目推进情况", None)], []),
    "l:蒲宏远": ("蒲宏远", "official", "绵阳市", [("l07", "绵阳市委", "书记", "5月22日，市委书记蒲宏远到高新区调研", "市委 in the 绵阳日报 = 绵阳市委")], []),
    "l:何嘉禾": ("何嘉禾", "official", "绵阳市", [
        ("l07", "绵阳市委", "常委", "市委常委、高新区党工委书记何嘉禾", None),
        ("l07", "绵阳高新区党工委", "书记", "市委常委、高新区党工委书记何嘉禾", "高新区 in the 绵阳日报 = 绵阳高新区")], []),
    "l:文德胜": ("文德胜", "official", "绵阳市", [("l07", "绵阳市政府", "副市长", "副市长文德胜参加调研", None)], []),
    "l:税晓东": ("税晓东", "official", "绵阳高新区", [
        ("l07", "绵阳高新区党工委", "副书记", "高新区党工委副书记、管委会主任税晓东汇报了", None),
        ("l07", "绵阳高新区管委会", "主任", "高新区党工委副书记、管委会主任税晓东汇报了", None)], []),
    "l:苟志明": ("苟志明", "official", "绵阳市", [("l07", "绵阳市人大常委会", "主任", "市人大常委会主任苟志明主持召开", None)], []),
    "l:鲜丽华": ("鲜丽华", "official", "绵阳市", [("l07", "绵阳市人大常委会", "副主任", "市人大常委会副主任鲜丽华、母国平、代永恒", "list after one title")], []),
    "l:母国平": ("母国平", "official", "绵阳市", [("l07", "绵阳市人大常委会", "副主任", "市人大常委会副主任鲜丽华、母国平、代永恒", None)], []),
    "l:代永恒": ("代永恒", "official", "绵阳市", [("l07", "绵阳市人大常委会", "副主任", "市人大常委会副主任鲜丽华、母国平、代永恒", None)], []),
    "l:杜若川": ("杜若川", "official", "绵阳市", [("l07", "绵阳市人大常委会", "秘书长", "秘书长杜若川出席会议", None)], []),
    "l:晁立军": ("晁立军", "official", "大庆市", [
        ("l08", "大庆市委", "副书记", "市委副书记、市长晁立军深入让胡路区", "event 2023-12-29, page 2024-01-03"),
        ("l08", "大庆市政府", "市长", "市委副书记、市长晁立军深入让胡路区", None)], []),
    "l:那晓东": ("那晓东", "official", "大庆市", [("l08", "大庆市政府", "副市长", "副市长那晓东，市住房和城乡建设局局长岳明川参加检查", None)], []),
    "l:岳明川": ("岳明川", "official", "大庆市", [("l08", "大庆市住房和城乡建设局", "局长", "副市长那晓东，市住房和城乡建设局局长岳明川参加检查", None)], []),
    "l:尚志刚": ("尚志刚", "official", "让胡路区", [("l08", "让胡路区委", "书记", "在让胡路区，区委书记尚志刚介绍了", "bare 区委 in a sentence about 让胡路区")], []),
    "l:缪振华": ("缪振华", "official", "台州市", [
        ("l09", "台州市委", "副书记", "市委副书记、市长缪振华率队赴深圳", None),
        ("l09", "台州市政府", "市长", "市委副书记、市长缪振华率队赴深圳", None)], []),
    "l:应丽君": ("应丽君", "official", "台州市", [("l09", "台州市政府", "副市长", "副市长应丽君，台州湾新区", None)], []),
    "l:叶盛武": ("叶盛武", "official", "台州湾新区", [
        ("l09", "台州湾新区党工委", "副书记", "台州湾新区党工委副书记、管委会主任叶盛武", "台州湾新区 keeps its name"),
        ("l09", "台州湾新区管委会", "主任", "台州湾新区党工委副书记、管委会主任叶盛武", None)], []),
    "l:陶慧": ("陶慧", "official", "台州市", [("l09", "台州市投资促进中心", "主任", "市投资促进中心主任陶慧参加活动", None)], []),
    "l:欧振邦": ("欧振邦", "company_executive", "深圳海博智能装备有限公司", [], ["l09"]),
    "l:揭昌明": ("揭昌明", "official", "湛江市", [
        ("l10", "湛江市委", "常委", "市委常委、副市长揭昌明到雷州市调研", "市委 on the 湛江 site = 湛江市委"),
        ("l10", "湛江市政府", "副市长", "市委常委、副市长揭昌明到雷州市调研", None)], []),
    "l:庄少华": ("庄少华", "official", "湛江市", [
        ("l10", "湛江市农业农村局", "局长", "市农业农村局局长庄少华", "bare 市 on the 湛江 site, accompanying the city's 副市长 = 湛江")], []),
    "l:麦国华": ("麦国华", "official", "雷州市", [("l10", "雷州市委", "书记", "雷州市委书记麦国华", None)], []),
    "l:邓文璟": ("邓文璟", "official", "雷州市", [
        ("l10", "雷州市委", "副书记", "雷州市委副书记、市长邓文璟陪同调研", None),
        ("l10", "雷州市政府", "市长", "雷州市委副书记、市长邓文璟陪同调研", "市长 after 雷州市委副书记 = 雷州's")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("l01", "麻晓琳", "记者", "reporter", "（记者 麻晓琳）"),
    ("l01", "武梓萱", "责任编辑", "editor", "责任编辑：武梓萱"),
    ("l02", "麻晓琳", "记者", "reporter", "本报讯（记者 麻晓琳）"),
    ("l02", "岳思琪", "编辑", "editor", "编辑：岳思琪"),
    ("l03", "龙思雨", "供稿", "author", "（供稿：市政府办公室 龙思雨）"),
    ("l03", "石嘉怡", "责任编辑", "editor", "责任编辑：石嘉怡"),
    ("l04", "柳青青", "记者", "reporter", "岳阳日报讯（记者 柳青青 通讯员 汤子墨）"),
    ("l04", "汤子墨", "通讯员", "correspondent", "岳阳日报讯（记者 柳青青 通讯员 汤子墨）"),
    ("l04", "罗一鸣", "责编", "editor", "责编：罗一鸣"),
    ("l05", "樊一诺", "记者", "reporter", "（记者 樊一诺）"),
    ("l05", "孟书瑶", "责任编辑", "editor", "责任编辑：孟书瑶"),
    ("l06", "甘雨桐", "作者", "author", "作者：甘雨桐 潘俊杰"),
    ("l06", "潘俊杰", "作者", "author", "作者：甘雨桐 潘俊杰"),
    ("l06", "黄若溪", "编辑", "editor", "编辑：黄若溪"),
    ("l07", "谯雨涵", "记者", "reporter", "本报讯（记者 谯雨涵）"),
    ("l07", "敬思远", "记者", "reporter", "本报讯（记者 敬思远）"),
    ("l08", "尤佳琪", "记者", "reporter", "（记者 尤佳琪）"),
    ("l08", "宫雪", "责任编辑", "editor", "责任编辑：宫雪"),
    ("l09", "葛文博", "记者", "reporter", "本报讯（记者 葛文博）"),
    ("l09", "吴晓彤", "编辑", "editor", "编辑：吴晓彤"),
    ("l10", "冯诗琪", "撰稿", "author", "撰稿：冯诗琪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("l01", "港口建设和重点项目调研", "inspection (调研)", "6月17日", None, "祁文海", [],
     ["阎淑琴", "卢宏博", "董建勋"], ["祁文海", "卢宏博"], "曹妃甸区",
     "市委副书记、市长祁文海到曹妃甸区调研港口建设和重点项目推进情况",
     ["市长祁文海到曹妃甸区调研", "副市长阎淑琴", "区长董建勋参加调研", "祁文海强调", "卢宏博表示"]),
    ("l02", "市委常委会会议", "meeting (市委常委会会议)", "昨天", "谭立峰", None, [],
     ["祁文海", "卞志远", "秦晓燕", "卢宏博", "霍振军", "邸建华", "佟玉珍"], ["谭立峰"], None,
     "昨天，市委常委会召开会议",
     ["市委书记谭立峰主持会议", "霍振军出席会议", "市政协主席佟玉珍列席会议", "卢宏博汇报了", "谭立峰强调"]),
    ("l03", "市政府第九十六次常务会议", "meeting (市政府常务会议)", "9月2日", "黎振邦", None, [],
     ["易海鸥", "钟敏华", "付晓春", "尹德明"], ["黎振邦"], None,
     "市长黎振邦主持召开市政府第九十六次常务会议",
     ["市长黎振邦主持召开", "副市长易海鸥、钟敏华、付晓春", "市政府秘书长尹德明出席会议", "黎振邦强调"]),
    ("l04", "市政协九届二十二次常委会议", "meeting (政协常委会议)", "日前", "晏志刚", None, [],
     ["喻红梅", "许长林", "敖建新", "毛立平", "易海鸥"], ["晏志刚", "易海鸥"], None,
     "市政协主席晏志刚主持召开市政协九届二十二次常委会议",
     ["市政协主席晏志刚主持召开", "市政协秘书长毛立平出席", "易海鸥应邀出席会议并通报全市经济运行情况", "晏志刚指出", "易海鸥表示"]),
    ("l05", "济宁市第十八届人大常委会第十四次会议", "session (人大常委会会议)", "6月28日", "段承志", None, [],
     ["颜丙华", "聂长青", "仲维东", "闵思远", "季鸿儒"], ["段承志"], None,
     "6月28日，市十八届人大常委会第十四次会议闭会",
     ["市人大常委会主任段承志主持会议", "副主任颜丙华、聂长青、仲维东出席会议", "市中级人民法院院长季鸿儒列席会议", "段承志在讲话中指出"]),
    ("l06", "节前安全生产检查", "inspection (检查)", "今天上午", None, "韩振宇", [],
     ["覃国勋", "蒙秋菊"], ["韩振宇", "覃国勋"], None,
     "副市长韩振宇带队到鱼峰区、柳江区检查国庆节前安全生产工作",
     ["副市长韩振宇带队", "鱼峰区副区长蒙秋菊等参加检查", "韩振宇强调", "覃国勋就做好节日期间应急值守和突发事件处置工作作了安排"]),
    ("l07", "科技创新和产业发展工作调研", "inspection (调研)", "5月22日", None, "蒲宏远", [],
     ["何嘉禾", "文德胜", "税晓东"], ["蒲宏远"], "高新区",
     "市委书记蒲宏远到高新区调研科技创新和产业发展工作",
     ["市委书记蒲宏远到高新区调研", "副市长文德胜参加调研", "税晓东汇报了", "蒲宏远强调"]),
    ("l07", "市八届人大常委会第三十八次主任会议", "meeting (人大常委会主任会议)", "上周五", "苟志明", None, [],
     ["鲜丽华", "母国平", "代永恒", "杜若川"], ["苟志明"], None,
     "市人大常委会主任苟志明主持召开市八届人大常委会第三十八次主任会议",
     ["市人大常委会主任苟志明主持召开", "秘书长杜若川出席会议", "苟志明要求"]),
    ("l08", "冬季供暖保障和安全生产检查", "inspection (检查)", "12月29日", None, "晁立军", [],
     ["那晓东", "岳明川", "尚志刚"], ["晁立军"], None,
     "市委副书记、市长晁立军深入让胡路区、大同区检查冬季供暖保障和安全生产工作",
     ["市长晁立军深入让胡路区", "局长岳明川参加检查", "区委书记尚志刚介绍了", "晁立军强调"]),
    ("l09", "深圳招商引资活动", "visit (招商)", "近日", None, "缪振华", [],
     ["应丽君", "叶盛武", "陶慧"], ["缪振华"], "深圳",
     "市委副书记、市长缪振华率队赴深圳开展招商引资活动",
     ["市长缪振华率队赴深圳", "市投资促进中心主任陶慧参加活动", "缪振华与公司董事长欧振邦深入交流"]),
    ("l09", "台州（深圳）产业合作恳谈会", "meeting (恳谈会)", "近日", None, None, [],
     [], ["缪振华", "欧振邦"], "深圳",
     "在随后举行的台州（深圳）产业合作恳谈会上",
     ["缪振华介绍了台州经济社会发展和营商环境情况", "欧振邦表示"]),
    ("l10", "现代农业产业园建设和海堤加固工作调研", "inspection (调研)", "11月8日", None, "揭昌明", [],
     ["庄少华", "麦国华", "邓文璟"], ["揭昌明", "麦国华"], "雷州市",
     "市委常委、副市长揭昌明到雷州市调研现代农业产业园建设和海堤加固工作",
     ["副市长揭昌明到雷州市调研", "市长邓文璟陪同调研", "揭昌明强调", "麦国华表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("l01", "曹妃甸港区矿石码头四期工程", "infrastructure_project", "曹妃甸港区矿石码头四期工程"),
    ("l01", "曹妃甸新能源装备产业园", "industrial_park", "曹妃甸新能源装备产业园"),
    ("l01", "唐山湾海水淡化二期项目", "project", "唐山湾海水淡化二期项目"),
    ("l02", "唐山港曹妃甸港区通用码头扩建工程", "infrastructure_project", "唐山港曹妃甸港区通用码头扩建工程"),
    ("l02", "曹妃甸新能源装备产业园二期", "industrial_park", "曹妃甸新能源装备产业园二期建设"),
    ("l03", "城陵矶港区三期扩建工程", "infrastructure_project", "研究城陵矶港区三期扩建工程"),
    ("l03", "东洞庭湖湿地生态修复工程", "greening_project", "东洞庭湖湿地生态修复工程等事项"),
    ("l04", "城陵矶港区三期扩建工程", "infrastructure_project", "加快城陵矶港区三期扩建工程"),
    ("l04", "岳阳楼景区提质改造项目", "project", "岳阳楼景区提质改造项目建设"),
    ("l06", "鱼峰区白沙片区城市更新项目", "project", "鱼峰区白沙片区城市更新项目施工现场"),
    ("l07", "绵阳高新区科技成果转化中试基地", "project", "绵阳高新区科技成果转化中试基地"),
    ("l07", "高新区新型显示配套产业园二期项目", "industrial_park", "高新区新型显示配套产业园二期项目"),
    ("l07", "涪江高新区段生态堤防工程", "engineering_work", "涪江高新区段生态堤防工程现场"),
    ("l08", "大同区老旧小区供热管网改造项目", "infrastructure_project", "大同区老旧小区供热管网改造项目现场"),
    ("l08", "大庆市城区供热管网互联互通工程", "infrastructure_project", "大庆市城区供热管网互联互通工程施工段"),
    ("l09", "台州湾新区新能源汽车关键零部件项目", "project", "台州湾新区新能源汽车关键零部件项目达成初步合作意向"),
    ("l10", "雷州市对虾现代农业产业园", "industrial_park", "雷州市对虾现代农业产业园"),
    ("l10", "南渡河海堤加固工程", "engineering_work", "南渡河海堤加固工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("l01", "曹妃甸区", "district", "standalone", "到曹妃甸区调研港口建设和重点项目推进情况"),
    ("l01", "曹妃甸港区", "port_area", "standalone", "在曹妃甸港区，祁文海登上"),
    ("l01", "唐山湾", "area", "in_project_name", "唐山湾海水淡化二期项目"),
    ("l01", "曹妃甸", "district", "standalone", "曹妃甸是唐山沿海发展的主战场"),
    ("l01", "唐山", "city", "standalone", "曹妃甸是唐山沿海发展的主战场"),
    ("l02", "曹妃甸区", "district", "standalone", "汇报了曹妃甸区推进港产城融合发展情况"),
    ("l02", "唐山港", "port", "in_project_name", "加快唐山港曹妃甸港区通用码头扩建工程"),
    ("l02", "曹妃甸港区", "port_area", "in_project_name", "加快唐山港曹妃甸港区通用码头扩建工程"),
    ("l02", "曹妃甸", "district", "in_project_name", "曹妃甸新能源装备产业园二期建设"),
    ("l03", "城陵矶港区", "port_area", "in_project_name", "研究城陵矶港区三期扩建工程"),
    ("l03", "东洞庭湖", "lake", "in_project_name", "东洞庭湖湿地生态修复工程等事项"),
    ("l03", "城陵矶港", "port", "standalone", "城陵矶港是我市通江达海的重要门户"),
    ("l03", "岳阳县", "county", "standalone", "岳阳县、华容县等地要抓紧"),
    ("l03", "华容县", "county", "standalone", "岳阳县、华容县等地要抓紧"),
    ("l04", "洞庭湖", "lake", "standalone", "协商讨论全市文旅融合发展和洞庭湖生态保护工作"),
    ("l04", "城陵矶港区", "port_area", "in_project_name", "加快城陵矶港区三期扩建工程"),
    ("l04", "岳阳楼", "scenic_area", "in_project_name", "岳阳楼景区提质改造项目建设"),
    ("l05", "济宁市", "city", "in_org_reference", "韩振宇为济宁市发展和改革委员会主任"),
    ("l06", "鱼峰区", "district", "standalone", "带队到鱼峰区、柳江区检查"),
    ("l06", "柳江区", "district", "standalone", "带队到鱼峰区、柳江区检查"),
    ("l06", "白沙片区", "area", "in_project_name", "鱼峰区白沙片区城市更新项目"),
    ("l06", "拉堡镇", "town", "standalone", "柳江区拉堡镇的天然气储配站"),
    ("l06", "柳江", "river", "standalone", "柳江河畔的窑埠古镇景区"),
    ("l06", "窑埠古镇景区", "scenic_area", "standalone", "柳江河畔的窑埠古镇景区"),
    ("l07", "高新区", "development_zone", "standalone", "市委书记蒲宏远到高新区调研"),
    ("l07", "绵阳高新区", "development_zone", "in_project_name", "绵阳高新区科技成果转化中试基地"),
    ("l07", "涪江", "river", "in_project_name", "涪江高新区段生态堤防工程"),
    ("l07", "绵阳市", "city", "in_document_title", "《绵阳市城市绿化条例（修订草案）》"),
    ("l08", "让胡路区", "district", "standalone", "深入让胡路区、大同区检查"),
    ("l08", "大同区", "district", "standalone", "深入让胡路区、大同区检查"),
    ("l08", "大庆市", "city", "in_project_name", "大庆市城区供热管网互联互通工程"),
    ("l09", "深圳", "city", "standalone", "率队赴深圳开展招商引资活动"),
    ("l09", "台州", "city", "standalone", "推介台州投资环境"),
    ("l09", "台州湾新区", "development_zone", "standalone", "依托头门港和台州湾新区的平台优势"),
    ("l09", "头门港", "port", "standalone", "依托头门港和台州湾新区的平台优势"),
    ("l09", "长三角", "region", "standalone", "长三角南翼重要的先进制造业基地"),
    ("l10", "雷州市", "county_level_city", "standalone", "到雷州市调研现代农业产业园建设"),
    ("l10", "南渡河", "river", "in_project_name", "南渡河海堤加固工程现场"),
    ("l10", "沈塘镇", "town", "standalone", "在沈塘镇，揭昌明走进养殖基地"),
    ("l10", "雷州半岛", "region", "standalone", "立足雷州半岛资源禀赋"),
    ("l10", "雷州", "county_level_city", "standalone", "雷州将以产业园建设为抓手"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="l", conventions="set l (sixth blind set: prefecture cities and news portals of 河北, 湖南, 山东, 广西, 四川, 黑龙江, 浙江, 广东; chrome lists naming officials; relative dates against the stamp; a page published in the year after its event)",
          persons_note="Set l persons. id = corpus-wide person_id (l:韩振宇#1 and l:韩振宇#2 are two people; l:卢宏博 and l:易海鸥 change posts between 2021 and 2024)")


if __name__ == "__main__":
    main()
