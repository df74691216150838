"""Write gold part ``w`` (a blind set of provincial and city news portals and mobile news apps copied from a browser:
the page chrome that trips extraction) from the tables below.

Pages ``tests/dev/texts/w*.txt`` were written for this part with invented person, company and most project names,
modelled on real pages of the genre read with the ``search`` tool: a 中国网 page of a 筠连县 招商引资 集中签约仪式 with
its ``发布时间 | 来源 | 作者 | 责任编辑`` line, 湖南人大网 and 凤凰县 人大 pages of a 县人大常委会 视察 of 重点项目 (``来源：…
作者：… 编辑：…``), a 浮山 e-paper 人大代表 视察 with a 座谈会, 靖边 and 汉阴 人大 调研 / 视察 pages, 澄城, 眉县 and 献县
项目集中开工 pages (县委书记 宣布开工令, 县长 介绍项目, 编辑 / 作者来源 lines, 上一篇 / 下一篇), a 新浪新闻客户端 page
(``来源：北京青年报　撰文丨``), a portal page ``本文转自：扬州日报`` of a 对口支援 report, a 福州新闻网 page (``您现在的位置``,
``分享``, ``责任编辑``, 频道推荐 lists) and a 湖南人大网 page with ``—分享—`` and a 公众号二维码. Provinces and counties
rare in the corpus: 甘肃 (山丹县 of 张掖, three pages), 宁夏 (同心县 of 吴忠 with a visiting 福建 永春县; 海原县 of 中卫),
新疆 (呼图壁县 of 昌吉州; 吐鲁番市 with 高昌区 and 鄯善县), 海南 (澄迈县 福山镇), 青海 (海晏县 of 海北州), 内蒙古 (宁城县
of 赤峰).

Shapes: a city portal's 县区 channel with a ``来源 | 作者 | 编辑 | 2020-09-16 08:12`` line, 相关新闻 with dates and an
empty 网友评论 box and a 举报电话 footer (w01: a 县长's 调研); a county app share page (``打开山丹融媒客户端，阅读体验更佳``,
``已有2356人阅读``, ``记者： 编辑： 审核：``) of a 县政府常务会议 with 相关新闻, 热门推荐 (the 县委书记 named only there) and
``扫码下载山丹融媒客户端`` (w02); a provincial portal's repost of the city paper (``本文转自：张掖日报　原标题：《…》``) of a
项目集中开工仪式, with 相关阅读 and two 网友评论 (w03); a county news site on a visiting 党政代表团 from 福建 and the
闽宁协作 联席会议 (w04: the visitors written in full, the hosts bare; 上一篇 / 下一篇); a prefecture portal of a 县人大常委会
视察 and its 座谈会 (w05); a provincial portal's 乡镇 report dated ``近日`` with ``【打开椰风新闻客户端，阅读体验更佳】``, 热门推荐
and an empty comment box (w06); a city portal of a 市长's 调研 in a district and a county, with two 网友评论 (w07); a
county 融媒 专题 page listing three short items, each with its own date line, 来源 and 记者 / 通讯员, and a 专题热点 list
(w08: three articles); a city portal of a county's 招商引资 集中签约仪式 dated ``昨日`` against the portal stamp (w09); a
provincial app page reposting the city paper (``本文转自：中卫日报``, ``原标题：《…》``) with comments and ``扫码下载塞上新闻
客户端`` (w10).

Identity cases:
- w:蔺国栋 on three pages of three years and three outlets: 山丹县委副书记、县长 on the 张掖 city portal (w01, 2020-09,
  written in full), 县委副书记、县长 on the county app (w02, 2022-03, bare), 山丹县委书记 on the provincial portal's repost of
  the 张掖日报 (w03, 2024-04; the 县长 is then w:鲁文博). w:武振廷 is 副县长 on w01 and w02; w:祝宏远 is 县委常委、常务副县长
  on w02 and w03; the editor w:芦娇 signs w01 and w02 (listed in PERSONS so that both files count).
- two different 陈继祥 on two portals: w:陈继祥#1 is 呼图壁县人大常委会副主任 (新疆, 2021, w05, 昌吉新闻网); w:陈继祥#2 is
  澄迈县福山镇党委书记 (海南, 2023, w06, 椰风新闻网).
- a page naming two counties (w04, 同心 site): the visitors written in full (``福建省永春县委书记林鸿彬`` → 永春县委 书记;
  ``永春县委常委、副县长陈雅琴`` → 永春县委 常委 + 永春县政府 副县长), the hosts bare (``县委书记杨建忠`` → 同心县委 书记,
  ``县委副书记、县长丁学军``, ``县委常委、副县长黄志鹏``).
- officials named only in the chrome (相关新闻 / 相关阅读 / 热门推荐 / 专题热点 links) are not annotated, with or without a
  title: 骆承志 (w01, 张掖 市委常委、副市长), 权志斌 (w02, 县委书记), 郝立勋 (w03, 张掖 市长), 聂庆华 (w05, 州人大常委会副主任),
  谭晓峰 (w06), 蒋瀚文 (w07), 柳文涛 (w08, 州委书记), 孟庆和 (w09), 罗振川 (w10). A person of the body named again in a
  link (蔺国栋 in w01 and w03, 杨建忠 in w04's 下一篇, 吴建平 in w05) only has the mention counted (the writer counts the
  whole page). The 原标题 line of w10 repeats 田志勇's name (mention counted).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts l, r and t): bare organs take the place the page is about: 县委 / 县政府 / 县人大常委会 / 县政协 /
县发展和改革局 on a county's site or app, and in a city paper's article about one county = that county (山丹县, 同心县,
呼图壁县, 海晏县, 宁城县, 海原县; ``县委副书记、县长鲁文博`` after ``山丹县委书记`` = 山丹's); 市委 / 副市长 in a city paper
or on a city portal = that city (吐鲁番市委, 张掖市政府 for ``副市长谈秀峰`` in the 张掖日报 repost, 赤峰市政府 for
``副市长赵文博`` in the 赤峰日报); a 镇党委书记 / 镇长 in a sentence about one town = that town's organ with the county
label (山丹县清泉镇党委, 澄迈县福山镇政府, 海晏县三角城镇党委 and 政府, 海原县七营镇党委). 高昌区 and 鄯善县 are single
names in China (no city prefix). Reporters: a header ``作者：`` is an author line and a ``（记者 …）`` dateline a reporter
line, both kept when the page has both (as r05); ``记者：`` in an app or 专题 line is a reporter line, ``通讯员：`` a
correspondent, ``编辑：`` / ``责任编辑：`` / ``审核：`` editor lines (one line per person and page). Events: an inspection
is led by the official who 调研 / 视察 / 督导检查, those who 陪同 / 参加 are attendees, those whose words are reported
(汇报, 强调, 指出, 要求, 作了安排, 介绍, 通报, 表示, 发言) speakers; the 座谈会 / 联席会议 that follows is its own event
dated by the day; a signing inside the 联席会议 is part of it; the 签约仪式 of w09 (dated ``昨日`` = 2023-05-18) has its
signer 白雪峰 as attendee. Projects: named works being built or planned (…项目, …工程, …产业园 being built); existing
parks visited are places (城北工业园区, 闽宁产业园, 福山咖啡产业园). Places as written: a county written short
(澄迈, 永春, 同心, 福建) is its own row beside the full name; places inside project names and organ references count
(马营河, 大马营镇, 焉支山, 呼图壁河, 金银滩, 清水河, 三角城, 七营, 海晏县, 福建省); places in site headers, breadcrumbs,
来源 lines, 原标题 / 本文转自 lines, link lists, comments (usernames such as ``焉支山下``), footers and company names
(甘肃恒晟光能科技有限公司, 永春德香源香业有限公司, 内蒙古蒙原牧业有限公司) are not annotated. Relative dates: ``近日`` →
the stamp's month (w06); ``昨日`` → the day before the portal stamp (w09). Company chairmen / 总经理 make no holding.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "w01_shandan.txt": (2020, "2020-09-16 08:12", "山丹县", [
        ("蔺国栋调研重点项目建设时强调 抢抓施工黄金期 全力冲刺四季度", "9月15日", "2020-09-15", "9月15日，山丹县委副书记",
         "city portal (金张掖新闻网) 县区 channel: a 县长's 调研 of named projects; 来源 | 作者 | 编辑 line; 相关新闻 with a city official; empty 网友评论; 举报电话")]),
    "w02_shandan.txt": (2022, "2022-03-09 19:26", "山丹县", [
        ("蔺国栋主持召开县政府第十九次常务会议", "3月9日", "2022-03-09", "3月9日，县委副书记",
         "county app share page (山丹融媒): 县政府常务会议; 已有…人阅读; 热门推荐 naming the 县委书记; 扫码下载客户端")]),
    "w03_shandan.txt": (2024, "2024-04-12 16:45", "山丹县", [
        ("山丹县28个重点项目集中开工 总投资31.6亿元", "4月11日", "2024-04-11", "本报讯（记者 杜若楠 通讯员 祁晓婷）4月11日",
         "provincial portal repost of 张掖日报 (本文转自 / 原标题): 项目集中开工仪式; 蔺国栋 now 山丹县委书记; 相关阅读 with the city mayor; 网友评论")]),
    "w04_tongxin.txt": (2023, "发布时间：2023-06-29 10:36", "同心县", [
        ("永春县党政代表团来同考察 两县召开闽宁协作联席会议", "6月28日", "2023-06-28", "6月28日，福建省永春县委书记",
         "county news site: visiting 福建 永春县 delegation (in full) and hosts (bare); 闽宁协作 联席会议 with a framework agreement and a project signing; 上一篇 / 下一篇")]),
    "w05_hutubi.txt": (2021, "2021-10-21 09:35", "呼图壁县", [
        ("呼图壁县人大常委会视察全县重点项目建设情况", "10月19日", "2021-10-19", "本报讯（记者 郭晓燕 通讯员 赵静怡）10月19日",
         "prefecture portal (昌吉新闻网): 县人大常委会 视察 and 座谈会; 陈继祥#1; 相关新闻 with a 州人大 official")]),
    "w06_chengmai.txt": (2023, "2023-11-21 10:08", "澄迈县", [
        ("澄迈福山镇：一杯咖啡“香”飘致富路", "近日", "2023-11", "近日，记者走进澄迈县福山镇",
         "provincial portal (椰风新闻网): 乡镇 report on a town's coffee industry dated 近日; 陈继祥#2; 热门推荐 with a provincial official")]),
    "w07_tulufan.txt": (2022, "2022-07-13 08:40", "吐鲁番市", [
        ("龚振宇到高昌区鄯善县调研重点项目和文旅产业发展", "7月12日", "2022-07-12", "本报讯（记者 许慕白）7月12日",
         "city portal (吐鲁番新闻网): 市长's 调研 in a district and a county; 相关新闻 with the 市委书记; two 网友评论")]),
    "w08_haiyan.txt": (2023, "更新时间：2023-05-08 09:20", "海晏县", [
        ("俞志坚调研重点项目建设时强调 紧盯目标任务 加快项目进度", "5月6日", "2023-05-06", "5月6日，县委书记俞志坚",
         "专题 item 1: 县委书记's 调研 of named projects"),
        ("三角城镇召开重点项目推进会", "5月4日", "2023-05-04", "5月4日，三角城镇召开",
         "专题 item 2: a town's 重点项目推进会 (乡镇 news)"),
        ("严宏伟督导检查项目建设和安全生产工作", "4月28日", "2023-04-28", "4月28日，县委副书记",
         "专题 item 3: 县长's 督导检查; followed by a 专题热点 list with a 州委书记")]),
    "w09_ningcheng.txt": (2023, "2023-05-19 07:55", "宁城县", [
        ("宁城县集中签约22个招商引资项目 总金额86.3亿元", "昨日", "2023-05-18", "本报讯（记者 萨日娜 通讯员 郑明远）昨日",
         "city portal (红山新闻网) repost of 赤峰日报: a county's 招商引资 集中签约仪式 dated 昨日; 相关新闻 with the city mayor")]),
    "w10_haiyuan.txt": (2024, "2024-01-17 21:05", "海原县", [
        ("海原县委书记田志勇到三河镇七营镇调研乡村振兴重点项目", "1月16日", "2024-01-16", "本报讯（记者 金晓丽）1月16日",
         "provincial app page (塞上新闻客户端) reposting 中卫日报 (本文转自 / 原标题): 县委书记's 调研; 相关新闻 with the city mayor; 网友评论")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # 山丹县 (甘肃 张掖): three pages
    "w:蔺国栋": ("蔺国栋", "official", "山丹县", [
        ("w01", "山丹县委", "副书记", "山丹县委副书记、县长蔺国栋深入清泉镇", "2020, city portal: 县长; also named in a 相关新闻 link (mention counted)"),
        ("w01", "山丹县政府", "县长", "山丹县委副书记、县长蔺国栋深入清泉镇", None),
        ("w02", "山丹县委", "副书记", "县委副书记、县长蔺国栋主持召开", "2022, county app: still 县长; bare 县委 on the 山丹 app = 山丹县委"),
        ("w02", "山丹县政府", "县长", "县委副书记、县长蔺国栋主持召开", None),
        ("w03", "山丹县委", "书记", "山丹县委书记蔺国栋讲话", "2024, provincial portal repost of 张掖日报: now 县委书记 (县长 is 鲁文博); also named in a 相关阅读 link")], []),
    "w:武振廷": ("武振廷", "official", "山丹县", [
        ("w01", "山丹县政府", "副县长", "副县长武振廷，县发展和改革局局长焦志鹏等陪同调研", "2020; same post in w02 (2022)"),
        ("w02", "山丹县政府", "副县长", "副县长武振廷、钱冬梅、牛占魁出席会议", "2022; list after one title")], []),
    "w:焦志鹏": ("焦志鹏", "official", "山丹县", [
        ("w01", "山丹县发展和改革局", "局长", "县发展和改革局局长焦志鹏", "bare 县 in an article about 山丹县")], []),
    "w:毛晓燕": ("毛晓燕", "official", "山丹县", [
        ("w01", "山丹县清泉镇党委", "书记", "在清泉镇南关村，镇党委书记毛晓燕汇报了", "镇 = 清泉镇 (the sentence is set there)")], []),
    "w:芦娇": ("芦娇", "editor", "山丹县融媒体中心", [], ["w01", "w02"]),
    "w:祝宏远": ("祝宏远", "official", "山丹县", [
        ("w02", "山丹县委", "常委", "县委常委、常务副县长祝宏远，副县长武振廷", "2022; same posts in w03 (2024)"),
        ("w02", "山丹县政府", "常务副县长", "县委常委、常务副县长祝宏远，副县长武振廷", None),
        ("w03", "山丹县委", "常委", "县委常委、常务副县长祝宏远主持仪式", "2024"),
        ("w03", "山丹县政府", "常务副县长", "县委常委、常务副县长祝宏远主持仪式", None)], []),
    "w:钱冬梅": ("钱冬梅", "official", "山丹县", [
        ("w02", "山丹县政府", "副县长", "副县长武振廷、钱冬梅、牛占魁出席会议", None)], []),
    "w:牛占魁": ("牛占魁", "official", "山丹县", [
        ("w02", "山丹县政府", "副县长", "副县长武振廷、钱冬梅、牛占魁出席会议", None)], []),
    "w:韩玉洁": ("韩玉洁", "official", "山丹县", [
        ("w02", "山丹县人大常委会", "副主任", "县人大常委会副主任韩玉洁", None)], []),
    "w:付德荣": ("付德荣", "official", "山丹县", [
        ("w02", "山丹县政协", "副主席", "县政协副主席付德荣列席会议", None)], []),
    "w:谈秀峰": ("谈秀峰", "official", "张掖市", [
        ("w03", "张掖市政府", "副市长", "副市长谈秀峰出席并宣布项目开工", "bare 副市长 in a 张掖日报 article = 张掖市政府")], []),
    "w:鲁文博": ("鲁文博", "official", "山丹县", [
        ("w03", "山丹县委", "副书记", "县委副书记、县长鲁文博介绍集中开工项目情况", "after 山丹县委书记 in the same sentence = 山丹's"),
        ("w03", "山丹县政府", "县长", "县委副书记、县长鲁文博介绍集中开工项目情况", None)], []),
    "w:马永寿": ("马永寿", "official", "山丹县", [
        ("w03", "山丹县人大常委会", "主任", "县人大常委会主任马永寿", None)], []),
    "w:石慧芳": ("石慧芳", "official", "山丹县", [
        ("w03", "山丹县政协", "主席", "县政协主席石慧芳出席", None)], []),
    "w:康伟业": ("康伟业", "company_executive", "甘肃恒晟光能科技有限公司", [], ["w03"]),
    # w04 同心县 (宁夏) with visitors from 永春县 (福建)
    "w:林鸿彬": ("林鸿彬", "external_official", "永春县", [
        ("w04", "永春县委", "书记", "福建省永春县委书记林鸿彬率党政代表团", "visitor, written in full")], []),
    "w:陈雅琴": ("陈雅琴", "external_official", "永春县", [
        ("w04", "永春县委", "常委", "永春县委常委、副县长陈雅琴参加", "visitor, written in full"),
        ("w04", "永春县政府", "副县长", "永春县委常委、副县长陈雅琴参加", None)], []),
    "w:杨建忠": ("杨建忠", "official", "同心县", [
        ("w04", "同心县委", "书记", "县委书记杨建忠，县委副书记、县长丁学军", "host, bare on the 同心 site = 同心县委; also in the 下一篇 line (mention counted)")], []),
    "w:丁学军": ("丁学军", "official", "同心县", [
        ("w04", "同心县委", "副书记", "县委副书记、县长丁学军", None),
        ("w04", "同心县政府", "县长", "县委副书记、县长丁学军", None)], []),
    "w:黄志鹏": ("黄志鹏", "official", "同心县", [
        ("w04", "同心县委", "常委", "县委常委、副县长黄志鹏陪同考察", None),
        ("w04", "同心县政府", "副县长", "县委常委、副县长黄志鹏陪同考察", None)], []),
    # w05 呼图壁县 (新疆 昌吉州)
    "w:吴建平": ("吴建平", "official", "呼图壁县", [
        ("w05", "呼图壁县人大常委会", "主任", "呼图壁县人大常委会主任吴建平带领", "also named in a 相关新闻 link (mention counted)")], []),
    "w:陈继祥#1": ("陈继祥", "official", "呼图壁县", [
        ("w05", "呼图壁县人大常委会", "副主任", "县人大常委会副主任陈继祥、巴合提别克·努尔兰", "not the 陈继祥 of 澄迈 (w06)")], []),
    "w:巴合提别克·努尔兰": ("巴合提别克·努尔兰", "official", "呼图壁县", [
        ("w05", "呼图壁县人大常委会", "副主任", "县人大常委会副主任陈继祥、巴合提别克·努尔兰", "list after one title; a name with a middle dot")], []),
    "w:魏红军": ("魏红军", "official", "呼图壁县", [
        ("w05", "呼图壁县政府", "副县长", "副县长魏红军陪同视察", None)], []),
    # w06 澄迈县 福山镇 (海南)
    "w:陈继祥#2": ("陈继祥", "official", "澄迈县", [
        ("w06", "澄迈县福山镇党委", "书记", "福山镇党委书记陈继祥介绍", "not the 陈继祥 of 呼图壁 (w05)")], []),
    "w:符海燕": ("符海燕", "official", "澄迈县", [
        ("w06", "澄迈县福山镇政府", "镇长", "镇长符海燕说", "镇 = 福山镇 (a report on the town)")], []),
    "w:吴宗亮": ("吴宗亮", "official", "澄迈县", [
        ("w06", "澄迈县委", "常委", "澄迈县委常委、副县长吴宗亮表示", None),
        ("w06", "澄迈县政府", "副县长", "澄迈县委常委、副县长吴宗亮表示", None)], []),
    "w:黎明轩": ("黎明轩", "company_executive", "海南福咖食品有限公司", [], ["w06"]),
    # w07 吐鲁番市 (新疆)
    "w:龚振宇": ("龚振宇", "official", "吐鲁番市", [
        ("w07", "吐鲁番市委", "副书记", "市委副书记、市长龚振宇到高昌区", "市委 in 吐鲁番日报 = 吐鲁番市委"),
        ("w07", "吐鲁番市政府", "市长", "市委副书记、市长龚振宇到高昌区", None)], []),
    "w:孙卫华": ("孙卫华", "official", "吐鲁番市", [
        ("w07", "吐鲁番市政府", "副市长", "副市长孙卫华，高昌区委书记冯立忠", None)], []),
    "w:冯立忠": ("冯立忠", "official", "高昌区", [
        ("w07", "高昌区委", "书记", "高昌区委书记冯立忠", "高昌区 is one district in China: no city prefix")], []),
    "w:阎守义": ("阎守义", "official", "鄯善县", [
        ("w07", "鄯善县委", "副书记", "鄯善县委副书记、县长阎守义分别陪同", None),
        ("w07", "鄯善县政府", "县长", "鄯善县委副书记、县长阎守义分别陪同", None)], []),
    # w08 海晏县 (青海) 专题 page
    "w:俞志坚": ("俞志坚", "official", "海晏县", [
        ("w08", "海晏县委", "书记", "县委书记俞志坚深入三角城镇", "bare 县委 on the 海晏 site = 海晏县委")], []),
    "w:祁永红": ("祁永红", "official", "海晏县", [
        ("w08", "海晏县委", "常委", "县委常委、副县长祁永红陪同调研", None),
        ("w08", "海晏县政府", "副县长", "县委常委、副县长祁永红陪同调研", None)], []),
    "w:薛海燕": ("薛海燕", "official", "海晏县", [
        ("w08", "海晏县三角城镇党委", "书记", "镇党委书记薛海燕主持会议", "镇 = 三角城镇 (the meeting's town)")], []),
    "w:多杰才让": ("多杰才让", "official", "海晏县", [
        ("w08", "海晏县三角城镇政府", "镇长", "镇长多杰才让通报了", None)], []),
    "w:严宏伟": ("严宏伟", "official", "海晏县", [
        ("w08", "海晏县委", "副书记", "县委副书记、县长严宏伟督导检查", "item 3 of the 专题; also in its headline"),
        ("w08", "海晏县政府", "县长", "县委副书记、县长严宏伟督导检查", None)], []),
    "w:冶海龙": ("冶海龙", "official", "海晏县", [
        ("w08", "海晏县政府", "副县长", "副县长冶海龙陪同", "surname 冶")], []),
    # w09 宁城县 (内蒙古 赤峰)
    "w:赵文博": ("赵文博", "official", "赤峰市", [
        ("w09", "赤峰市政府", "副市长", "副市长赵文博，宁城县委书记包玉林", "bare 副市长 in 赤峰日报 = 赤峰市政府")], []),
    "w:包玉林": ("包玉林", "official", "宁城县", [
        ("w09", "宁城县委", "书记", "宁城县委书记包玉林出席并致辞", None)], []),
    "w:于洪亮": ("于洪亮", "official", "宁城县", [
        ("w09", "宁城县委", "副书记", "县委副书记、县长于洪亮主持签约仪式", "after 宁城县委书记 in the same sentence = 宁城's"),
        ("w09", "宁城县政府", "县长", "县委副书记、县长于洪亮主持签约仪式", None)], []),
    "w:白雪峰": ("白雪峰", "official", "宁城县", [
        ("w09", "宁城县委", "常委", "县委常委、常务副县长白雪峰代表县政府", None),
        ("w09", "宁城县政府", "常务副县长", "县委常委、常务副县长白雪峰代表县政府", None)], []),
    "w:吕国庆": ("吕国庆", "company_executive", "内蒙古蒙原牧业有限公司", [], ["w09"]),
    # w10 海原县 (宁夏 中卫)
    "w:田志勇": ("田志勇", "official", "海原县", [
        ("w10", "海原县委", "书记", "海原县委书记田志勇深入三河镇", "also in the headline and the 原标题 line (one line per article; mentions counted)")], []),
    "w:虎成林": ("虎成林", "official", "海原县", [
        ("w10", "海原县委", "常委", "县委常委、副县长虎成林陪同调研", "surname 虎"),
        ("w10", "海原县政府", "副县长", "县委常委、副县长虎成林陪同调研", None)], []),
    "w:海学文": ("海学文", "official", "海原县", [
        ("w10", "海原县七营镇党委", "书记", "在七营镇，镇党委书记海学文汇报了", "surname 海; 镇 = 七营镇 (the sentence is set there)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("w01", "戚雪莹", "记者", "reporter", "（记者 戚雪莹）"),
    ("w01", "戚雪莹", "作者", "author", "作者：戚雪莹"),
    ("w01", "芦娇", "编辑", "editor", "编辑：芦娇"),
    ("w02", "苏婉清", "记者", "reporter", "记者：苏婉清"),
    ("w02", "芦娇", "编辑", "editor", "编辑：芦娇"),
    ("w02", "邵立成", "审核", "editor", "审核：邵立成"),
    ("w03", "杜若楠", "记者", "reporter", "（记者 杜若楠 通讯员 祁晓婷）"),
    ("w03", "祁晓婷", "通讯员", "correspondent", "（记者 杜若楠 通讯员 祁晓婷）"),
    ("w03", "杜若楠", "作者", "author", "作者：杜若楠"),
    ("w03", "樊晓雨", "责任编辑", "editor", "责任编辑：樊晓雨"),
    ("w04", "马丽媛", "记者", "reporter", "（记者 马丽媛）"),
    ("w04", "马丽媛", "作者", "author", "作者：马丽媛"),
    ("w04", "苏海燕", "责任编辑", "editor", "责任编辑：苏海燕"),
    ("w05", "郭晓燕", "记者", "reporter", "（记者 郭晓燕 通讯员 赵静怡）"),
    ("w05", "赵静怡", "通讯员", "correspondent", "（记者 郭晓燕 通讯员 赵静怡）"),
    ("w05", "郭晓燕", "作者", "author", "作者：郭晓燕"),
    ("w05", "韩立新", "编辑", "editor", "编辑：韩立新"),
    ("w06", "邢丽娜", "记者", "reporter", "（记者 邢丽娜 通讯员 符晓东）"),
    ("w06", "符晓东", "通讯员", "correspondent", "（记者 邢丽娜 通讯员 符晓东）"),
    ("w06", "邢丽娜", "作者", "author", "作者：邢丽娜 符晓东"),
    ("w06", "符晓东", "作者", "author", "作者：邢丽娜 符晓东"),
    ("w06", "王诗琪", "编辑", "editor", "编辑：王诗琪"),
    ("w07", "许慕白", "记者", "reporter", "本报讯（记者 许慕白）"),
    ("w07", "许慕白", "作者", "author", "作者：许慕白"),
    ("w07", "闫小宇", "编辑", "editor", "编辑：闫小宇"),
    ("w08", "卓玛吉", "记者", "reporter", "记者：卓玛吉"),
    ("w08", "李青禾", "记者", "reporter", "记者：李青禾"),
    ("w08", "马成德", "通讯员", "correspondent", "通讯员：马成德"),
    ("w09", "萨日娜", "记者", "reporter", "（记者 萨日娜 通讯员 郑明远）"),
    ("w09", "郑明远", "通讯员", "correspondent", "（记者 萨日娜 通讯员 郑明远）"),
    ("w09", "萨日娜", "作者", "author", "作者：萨日娜"),
    ("w09", "其其格", "编辑", "editor", "编辑：其其格"),
    ("w10", "金晓丽", "记者", "reporter", "（记者 金晓丽）"),
    ("w10", "牛嘉怡", "编辑", "editor", "编辑：牛嘉怡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("w01", "重点项目建设调研", "inspection (调研)", "9月15日", None, "蔺国栋", [],
     ["武振廷", "焦志鹏"], ["毛晓燕", "蔺国栋", "武振廷"], "清泉镇、位奇镇、城北工业园区",
     "山丹县委副书记、县长蔺国栋深入清泉镇、位奇镇和城北工业园区，调研重点项目建设情况",
     ["县长蔺国栋深入清泉镇", "副县长武振廷", "局长焦志鹏等陪同调研", "毛晓燕汇报了", "蔺国栋强调", "武振廷就做好项目资金拨付"]),
    ("w02", "县政府第十九次常务会议", "meeting (县政府常务会议)", "3月9日", "蔺国栋", None, [],
     ["祝宏远", "武振廷", "钱冬梅", "牛占魁", "韩玉洁", "付德荣"], ["蔺国栋", "祝宏远"], None,
     "县委副书记、县长蔺国栋主持召开县政府第十九次常务会议",
     ["县长蔺国栋主持召开", "常务副县长祝宏远", "副县长武振廷、钱冬梅、牛占魁出席会议", "县人大常委会副主任韩玉洁",
      "县政协副主席付德荣列席会议", "蔺国栋强调", "祝宏远就做好一季度经济运行调度工作"]),
    ("w03", "山丹县2024年第二批重点项目集中开工仪式", "ceremony (集中开工仪式)", "4月11日", "祝宏远", None, [],
     ["谈秀峰", "马永寿", "石慧芳"], ["谈秀峰", "蔺国栋", "鲁文博", "康伟业"], "城北工业园区光伏组件生产基地二期项目现场",
     "山丹县2024年第二批重点项目集中开工仪式在城北工业园区光伏组件生产基地二期项目现场举行",
     ["副市长谈秀峰出席并宣布项目开工", "山丹县委书记蔺国栋讲话", "县长鲁文博介绍集中开工项目情况", "常务副县长祝宏远主持仪式",
      "县人大常委会主任马永寿", "县政协主席石慧芳出席", "蔺国栋指出", "谈秀峰要求", "董事长康伟业作为企业代表发言"]),
    ("w04", "永春县党政代表团考察", "inspection (考察, visiting delegation)", "6月28日", None, "林鸿彬", [],
     ["杨建忠", "丁学军", "黄志鹏", "陈雅琴"], [], "豫海镇、韦州镇、河西镇",
     "福建省永春县委书记林鸿彬率党政代表团到我县考察闽宁协作工作",
     ["永春县委书记林鸿彬率党政代表团", "县委书记杨建忠", "县长丁学军", "副县长黄志鹏陪同考察", "副县长陈雅琴参加"]),
    ("w04", "两县闽宁协作联席会议", "meeting (东西部协作联席会议)", "6月28日", None, None, [],
     [], ["丁学军", "黄志鹏", "林鸿彬", "杨建忠"], None,
     "在随后召开的联席会议上，丁学军介绍了同心县经济社会发展和闽宁协作工作情况",
     ["丁学军介绍了", "黄志鹏通报了", "林鸿彬表示", "杨建忠对代表团一行表示欢迎"]),
    ("w05", "全县重点项目建设情况视察", "inspection (人大视察)", "10月19日", None, "吴建平", [],
     ["陈继祥", "巴合提别克·努尔兰", "魏红军"], [], "呼图壁县",
     "呼图壁县人大常委会主任吴建平带领部分县人大常委会组成人员和县人大代表，视察全县重点项目建设情况",
     ["人大常委会主任吴建平带领", "副主任陈继祥、巴合提别克·努尔兰", "副县长魏红军陪同视察"]),
    ("w05", "座谈会", "meeting (座谈会)", "10月19日", None, None, [],
     [], ["魏红军", "吴建平", "陈继祥"], None,
     "在随后召开的座谈会上，魏红军汇报了全县重点项目建设情况",
     ["魏红军汇报了", "吴建平指出", "陈继祥就做好视察意见的梳理和交办工作作了安排"]),
    ("w07", "重点项目建设和文旅产业发展调研", "inspection (调研)", "7月12日", None, "龚振宇", [],
     ["孙卫华", "冯立忠", "阎守义"], ["冯立忠", "阎守义", "龚振宇", "孙卫华"], "高昌区、鄯善县",
     "市委副书记、市长龚振宇到高昌区、鄯善县调研重点项目建设和文旅产业发展情况",
     ["市长龚振宇到高昌区、鄯善县调研", "副市长孙卫华", "高昌区委书记冯立忠", "县长阎守义分别陪同", "冯立忠汇报了", "阎守义汇报了",
      "龚振宇强调", "孙卫华就做好重点项目要素保障"]),
    ("w08", "重点项目建设调研", "inspection (调研)", "5月6日", None, "俞志坚", [],
     ["祁永红"], ["俞志坚"], "三角城镇、西海镇",
     "县委书记俞志坚深入三角城镇、西海镇，调研重点项目建设情况",
     ["县委书记俞志坚深入三角城镇", "副县长祁永红陪同调研", "俞志坚强调"]),
    ("w08", "三角城镇重点项目推进会", "meeting (推进会)", "5月4日", "薛海燕", None, ["三角城镇"],
     [], ["多杰才让", "薛海燕"], None,
     "5月4日，三角城镇召开重点项目推进会",
     ["镇党委书记薛海燕主持会议", "镇长多杰才让通报了", "薛海燕要求"]),
    ("w08", "项目建设和安全生产督导检查", "inspection (督导检查)", "4月28日", None, "严宏伟", [],
     ["冶海龙"], ["严宏伟"], None,
     "县委副书记、县长严宏伟督导检查项目建设和安全生产工作",
     ["县长严宏伟督导检查", "副县长冶海龙陪同", "严宏伟强调"]),
    ("w09", "宁城县2023年招商引资项目集中签约仪式", "ceremony (签约仪式)", "昨日", "于洪亮", None, [],
     ["赵文博", "包玉林", "白雪峰"], ["包玉林", "赵文博", "吕国庆"], "县会展中心",
     "宁城县2023年招商引资项目集中签约仪式在县会展中心举行",
     ["副市长赵文博", "宁城县委书记包玉林出席并致辞", "县长于洪亮主持签约仪式", "常务副县长白雪峰代表县政府与22家企业签订投资协议",
      "包玉林在致辞中表示", "赵文博指出", "董事长吕国庆发言"]),
    ("w10", "乡村振兴重点项目调研", "inspection (调研)", "1月16日", None, "田志勇", [],
     ["虎成林"], ["海学文", "田志勇", "虎成林"], "三河镇、七营镇",
     "海原县委书记田志勇深入三河镇、七营镇，调研乡村振兴重点项目建设情况",
     ["县委书记田志勇深入三河镇", "副县长虎成林陪同调研", "海学文汇报了", "田志勇强调", "虎成林就做好冬春季节"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("w01", "宏晟新型建材产业园一期项目", "industrial_park", "先后来到宏晟新型建材产业园一期项目"),
    ("w01", "位奇镇万亩高标准农田建设项目", "project", "位奇镇万亩高标准农田建设项目"),
    ("w01", "马营河城区段生态治理工程", "engineering_work", "马营河城区段生态治理工程现场"),
    ("w02", "光伏组件生产基地项目", "project", "确保光伏组件生产基地项目"),
    ("w02", "马营河城区段生态治理二期工程", "engineering_work", "马营河城区段生态治理二期工程"),
    ("w02", "大马营镇万头肉牛养殖基地项目", "project", "大马营镇万头肉牛养殖基地项目4月底前全面开工"),
    ("w03", "光伏组件生产基地二期项目", "project", "其中，光伏组件生产基地二期项目总投资8.5亿元"),
    ("w03", "焉支山景区游客服务中心提升改造项目", "project", "焉支山景区游客服务中心提升改造项目"),
    ("w03", "大马营镇万头肉牛养殖基地二期项目", "project", "大马营镇万头肉牛养殖基地二期项目"),
    ("w04", "永春香制品加工项目", "project", "永春香制品加工项目的生产运营"),
    ("w04", "年产5000吨香制品加工二期项目", "project", "年产5000吨香制品加工二期项目投资协议"),
    ("w05", "城区集中供热管网改造工程", "infrastructure_project", "视察组先后来到城区集中供热管网改造工程"),
    ("w05", "大丰镇设施农业产业园", "industrial_park", "大丰镇设施农业产业园"),
    ("w05", "五工台镇农村公路提质改造工程", "infrastructure_project", "五工台镇农村公路提质改造工程"),
    ("w05", "呼图壁河生态补水工程", "engineering_work", "呼图壁河生态补水工程现场"),
    ("w06", "咖啡种植提质增效项目", "project", "实施咖啡种植提质增效项目"),
    ("w06", "凤岭村咖啡初加工中心", "project", "建成了凤岭村咖啡初加工中心"),
    ("w06", "福山咖啡小镇二期项目", "project", "福山咖啡小镇二期项目建设"),
    ("w07", "葡萄干精深加工产业园", "industrial_park", "先后来到葡萄干精深加工产业园"),
    ("w07", "葡萄沟景区游客服务中心改造项目", "project", "葡萄沟景区游客服务中心改造项目现场"),
    ("w07", "沙漠星空露营基地项目", "project", "察看沙漠星空露营基地项目建设情况"),
    ("w08", "金银滩草原生态保护修复项目", "greening_project", "金银滩草原生态保护修复项目"),
    ("w08", "西海镇污水处理厂提标改造工程", "infrastructure_project", "西海镇污水处理厂提标改造工程"),
    ("w08", "县城集中供暖二期工程", "infrastructure_project", "县城集中供暖二期工程现场"),
    ("w08", "农牧民住房改造项目", "housing_project", "全镇农牧民住房改造项目"),
    ("w08", "环湖旅游公路三角城段", "infrastructure_project", "环湖旅游公路三角城段建设进展"),
    ("w08", "海晏县光伏产业园二期项目", "industrial_park", "海晏县光伏产业园二期项目"),
    ("w08", "县城棚户区改造项目", "housing_project", "县城棚户区改造项目施工现场"),
    ("w09", "200兆瓦风储一体化项目", "project", "200兆瓦风储一体化项目投资18亿元"),
    ("w09", "天义镇肉羊屠宰及精深加工项目", "project", "天义镇肉羊屠宰及精深加工项目"),
    ("w09", "八里罕镇温泉康养小镇项目", "project", "八里罕镇温泉康养小镇项目"),
    ("w10", "三河镇富硒小杂粮加工项目", "project", "三河镇富硒小杂粮加工项目"),
    ("w10", "七营镇万头肉牛养殖园区", "industrial_park", "七营镇万头肉牛养殖园区"),
    ("w10", "清水河七营段生态治理工程", "engineering_work", "清水河七营段生态治理工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("w01", "山丹县", "county", "in_org_reference", "山丹县委副书记、县长蔺国栋深入清泉镇"),
    ("w01", "清泉镇", "town", "standalone", "深入清泉镇、位奇镇和城北工业园区"),
    ("w01", "位奇镇", "town", "standalone", "深入清泉镇、位奇镇和城北工业园区"),
    ("w01", "城北工业园区", "industrial_park", "standalone", "深入清泉镇、位奇镇和城北工业园区"),
    ("w01", "马营河", "river", "standalone", "把马营河打造成群众休闲的生态廊道"),
    ("w01", "南关村", "village", "standalone", "在清泉镇南关村"),
    ("w02", "山丹县", "county", "in_document_title", "《山丹县2022年重点项目建设实施方案》"),
    ("w02", "马营河", "river", "in_project_name", "马营河城区段生态治理二期工程"),
    ("w02", "大马营镇", "town", "in_project_name", "大马营镇万头肉牛养殖基地项目"),
    ("w02", "焉支山", "mountain", "standalone", "要以焉支山、龙首山沿线"),
    ("w02", "龙首山", "mountain", "standalone", "要以焉支山、龙首山沿线"),
    ("w02", "祁连山", "mountain", "standalone", "祁连山北麓生态屏障"),
    ("w03", "山丹县", "county", "standalone", "今年以来，山丹县坚持"),
    ("w03", "城北工业园区", "industrial_park", "standalone", "在城北工业园区光伏组件生产基地二期项目现场举行"),
    ("w03", "焉支山", "mountain", "in_project_name", "焉支山景区游客服务中心提升改造项目"),
    ("w03", "大马营镇", "town", "in_project_name", "大马营镇万头肉牛养殖基地二期项目"),
    ("w04", "永春县", "county", "standalone", "永春县党政代表团来同考察"),
    ("w04", "福建省", "province", "in_org_reference", "福建省永春县委书记林鸿彬"),
    ("w04", "豫海镇", "town", "standalone", "先后来到豫海镇、韦州镇和河西镇"),
    ("w04", "韦州镇", "town", "standalone", "先后来到豫海镇、韦州镇和河西镇"),
    ("w04", "河西镇", "town", "standalone", "先后来到豫海镇、韦州镇和河西镇"),
    ("w04", "闽宁产业园", "industrial_park", "standalone", "在闽宁产业园，代表团"),
    ("w04", "同心县", "county", "standalone", "丁学军介绍了同心县经济社会发展"),
    ("w04", "永春", "county", "standalone", "永春、同心两县结对帮扶以来"),
    ("w04", "同心", "county", "standalone", "永春、同心两县结对帮扶以来"),
    ("w04", "福建", "province", "standalone", "福建永春始终把同心的发展"),
    ("w05", "呼图壁县", "county", "in_org_reference", "呼图壁县人大常委会主任吴建平"),
    ("w05", "大丰镇", "town", "in_project_name", "大丰镇设施农业产业园"),
    ("w05", "五工台镇", "town", "in_project_name", "五工台镇农村公路提质改造工程"),
    ("w05", "呼图壁河", "river", "in_project_name", "呼图壁河生态补水工程"),
    ("w06", "澄迈", "county", "standalone", "澄迈福山镇：一杯咖啡"),
    ("w06", "澄迈县", "county", "standalone", "记者走进澄迈县福山镇"),
    ("w06", "福山镇", "town", "standalone", "记者走进澄迈县福山镇"),
    ("w06", "凤岭村", "village", "standalone", "凤岭村的咖啡种植基地"),
    ("w06", "福山咖啡产业园", "industrial_park", "standalone", "在福山咖啡产业园，"),
    ("w06", "福山", "town", "in_project_name", "福山咖啡小镇二期项目"),
    ("w07", "高昌区", "district", "standalone", "到高昌区、鄯善县调研"),
    ("w07", "鄯善县", "county", "standalone", "到高昌区、鄯善县调研"),
    ("w07", "库木塔格沙漠", "desert", "standalone", "以葡萄沟、库木塔格沙漠等景区为重点"),
    ("w07", "葡萄沟", "scenic_area", "standalone", "以葡萄沟、库木塔格沙漠等景区为重点"),
    ("w07", "吐鲁番", "city", "standalone", "让吐鲁番的“火洲”名片更加亮丽"),
    ("w08", "三角城镇", "town", "standalone", "深入三角城镇、西海镇"),
    ("w08", "西海镇", "town", "standalone", "深入三角城镇、西海镇"),
    ("w08", "金银滩", "area", "in_project_name", "金银滩草原生态保护修复项目"),
    ("w08", "青海湖", "lake", "standalone", "守护好青海湖畔的生态底色"),
    ("w08", "三角城", "town", "in_project_name", "环湖旅游公路三角城段"),
    ("w08", "海晏县", "county", "in_project_name", "海晏县光伏产业园二期项目"),
    ("w09", "宁城县", "county", "standalone", "宁城县地处辽冀蒙三省区交界"),
    ("w09", "天义镇", "town", "in_project_name", "天义镇肉羊屠宰及精深加工项目"),
    ("w09", "八里罕镇", "town", "in_project_name", "八里罕镇温泉康养小镇项目"),
    ("w10", "海原县", "county", "in_org_reference", "海原县委书记田志勇深入三河镇"),
    ("w10", "三河镇", "town", "standalone", "深入三河镇、七营镇"),
    ("w10", "七营镇", "town", "standalone", "深入三河镇、七营镇"),
    ("w10", "清水河", "river", "in_project_name", "清水河七营段生态治理工程"),
    ("w10", "七营", "town", "in_project_name", "清水河七营段生态治理工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="w", conventions="set w (blind set of provincial and city news portals and mobile news apps copied from a browser: channel menus, 来源 / 作者 / 编辑 lines, app share chrome, 本文转自 / 原标题 reposts, a 专题 page of three dated items, 相关新闻 / 热门推荐 lists, comments and 举报 footers; 甘肃 山丹县, 宁夏 同心县 and 海原县, 新疆 呼图壁县 and 吐鲁番市, 海南 澄迈县, 青海 海晏县, 内蒙古 宁城县; officials named only in chrome lists are not annotated)",
          persons_note="Set w persons. id = corpus-wide person_id (w:陈继祥#1 and w:陈继祥#2 are two people; w:蔺国栋 is 山丹县长 in 2020 and 2022 and 山丹县委书记 in 2024)")


if __name__ == "__main__":
    main()
