"""Write gold part ``ah`` (a blind set: pages saved from county WeChat accounts and 融媒体 apps) from the tables below.

Pages ``tests/dev/texts/ah*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: a 襄城 WeChat article (``Hi~新朋友，记得点蓝字关注我们哟``, a
weather line, the 县委书记's 调研 of the 县融媒体中心 with ``县领导…陪同``, a foot ``记 者 | … 视 觉 | …``); a 普定 WeChat
article (记者 / 编辑 / 一审 / 二审 / 三审 / 总监制 and a 免责声明); a 屏南 WeChat article (the 县委书记's 节前 检查 of
项目一线, 商超 and 慰问, ``记者： 编辑： 审核：``); the 洞口融媒 app (``洞口融媒 2024/8/30 9:58:03``, ``县委常委、常务副县长…
通报…，县委常委、宣传部部长…主持``, a bare ``图片`` line where a picture was); the 罗甸 融媒 foot ``来源|… 编辑|… 编审|…``;
the 代县融媒体中心 page on 忻州传媒网 (``图为…`` captions between paragraphs, the 县委书记's 春节 值班值守 调度); 今日竹山网
(the 县长's 春节 检查 with 竹山茶叶产业园 and 溢水 高速路口); a 仙游 page (编辑 / 审核 / 终审; ``县领导…参加调研``); a 平原融媒
item in 德州新闻网 (the 市长's 调研 with ``市领导… 县领导…参加``); 涟水 (``■ 融媒体记者``, the 县长's 除夕 督查); a
``全媒体记者 / 编辑 / 编审`` 慰问 page; 澧县 receiving the 公安县 党政代表团 (考察, 座谈会); the 衡山 and 阜城 county
sites. The WeChat chrome (``原创 … 发表于…``, 点击蓝字关注我们, 往期推荐, 阅读原文, 阅读 / 分享 / 点赞 / 在看) follows those
pages and the corpus' earlier WeChat pages (t03, v05, y04). Places are real and new to the corpus: 湖北 十堰 竹山县 (four
pages) and 房县 (one), 甘肃 天水 武山县 (two) and 甘谷县 (one), 河北 献县 (two; its city is not named on the pages).

Shapes: WeChat articles with ``原创 <author> <account> <date time> 发表于<province>``, 点击蓝字关注我们, an audio bar ``听全文
▶ 03:12``, ``▲`` captions between paragraphs (``图片来源：…　摄影：…``), a ``▼ 点击观看视频`` line, ``◆`` items of a 常务会议,
bold sub-heads ``一、…`` of a 县委常委会, an end matter ``来源 / 记者 / 编辑 / 审核 / 监制``, 往期推荐 with three other
headlines, 阅读原文 and 阅读 / 分享 / 点赞 / 在看 (ah01–ah05, ah07, ah08, ah10); a 融媒 app's 今日要闻 page of four
``■`` items, each with its own leader, date and ``（记者 …）``, the page dated ``2024年5月12日　星期日`` and the items
5月10日 – 5月12日 (ah06); a 融媒 app article page with ``听全文``, 责任编辑 and 上一篇 / 下一篇 (ah09). Events: a 县长's 调研
of a town (ah01), 县政府常务会议 (ah02, ah06 item 2, ah09), 县委常委会 with sub-heads (ah03), a 县长's 防汛 检查 (ah04), a
县委书记's 调研 of two towns (ah05), a 副市长's 调研 (ah06 item 1; ah10 with a 座谈会), 会见 of a company's head (ah06
item 3, ah07 with the guest's 考察 before it), a 副县长's 检查 (ah06 item 4), a 县委书记's 节日 检查 (ah08).

Dates: every article is dated against its page's stamp (account line ``2022-04-19 19:26``, the 今日要闻 date, the app's
``2023-11-16 18:36``): ``4月18日`` on a page of 2022-04-19 is 2022-04-18. ah08 is posted ``2025-01-01 09:12`` and reports
``12月31日``: the event is 2024-12-31 (publication year 2025).

Identity cases:
- ah:詹立松, 县长 → 县委书记 of one county over three years and four pages: 竹山县委副书记、县长 in April 2022 (ah01), June
  2023 (ah02) and October 2023 (ah10, where ah:祁永年 is 县委书记); 县委书记 chairing the 县委常委会 in March 2024 (ah03, with
  a new 县委副书记、代县长 ah:冉国栋).
- ah:卢兆丰 moves between two counties of 十堰: 房县 副县长 in July 2021 (ah04); 竹山县委常委、常务副县长 in June and October
  2023 (ah02, ah10); 县委常委 in the 常委 list of March 2024 (ah03).
- ah:巩建平 moves between two counties of 天水: 武山县委常委、常务副县长 in September 2022 (ah05); 甘谷县委副书记、县长 in
  August 2023 (ah07). Nothing on the pages links the two but the name.
- two different 石玉峰: ah:石玉峰#1 is 武山县 副县长 (甘肃; ah05 2022, ah06 2024 in three of its items); ah:石玉峰#2 is
  献县委常委、常务副县长 (河北; ah09 2023, ah08 2024).
- one organ word in three places: 城关镇 of 竹山县 (ah01: 竹山县城关镇党委 书记, 竹山县城关镇政府 镇长), of 房县 (ah04:
  房县城关镇党委 书记) and of 武山县 (ah05: 武山县城关镇党委 书记; ah06: 武山县城关镇政府 镇长); every page writes it bare
  (``城关镇党委书记``), its county only in the account name (竹山发布, 房县发布, 武山融媒) or elsewhere in the body.
- the same officials across pages: ah:段文彬 (竹山 副县长 2022, 2023), ah:姚育林 (武山县委书记 2022, 2024), the 竹山
  reporter ah:冯思远 and the editors ah:程家豪, ah:邵景川 (ah01, ah02, ah03, ah10), ah:黄梓涵 (photographer, ah01, ah10),
  the 武山 staff (ah05, ah06) and the 献县 staff (ah08, ah09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts t, u, v and z where they speak; decided here where they are silent):
- Bare organs take the account's county: 县委 / 县政府 / 县人大常委会 / 县政协 / 县X局 on ``竹山发布`` = 竹山县's
  (竹山县住建局, 竹山县政府办公室), on ``武山发布`` / 武山融媒 = 武山县's, on ``甘谷发布`` = 甘谷县's, on ``献县发布`` /
  献县融媒 = 献县's; ``市委常委、副市长`` = the city named in the page's headline (十堰市委 + 十堰市政府, 天水市委 + 天水市政府).
- DECIDED HERE: a one-character county keeps its 县 in the label, and the organ follows it: 房县委 副书记, 房县政府 县长,
  房县水利和湖泊局, 房县城关镇党委; 献县委 书记, 献县政府 常务副县长, 献县委办公室 主任, 献县政府办公室 主任.
- Towns: county label + town + 党委 / 政府 (as parts n, aa): ``城关镇党委书记向德明、镇长龚晓琴`` → 竹山县城关镇党委 书记 +
  竹山县城关镇政府 镇长 (镇长 after the town's 党委书记 = the same town); ``城关镇镇长冯建业`` → 武山县城关镇政府 镇长.
- ``县政府党组成员、县政府办公室主任熊启明`` → 竹山县政府党组 成员 (党组成员 is a post of the 党组, as part z) + 竹山县政府办公室
  主任; ``县委常委、统战部部长`` → 武山县委 常委 + 武山县委统战部 部长; ``县委常委、县委办公室主任`` → 献县委 常委 + 献县委办公室
  主任; ``代县长`` as written (竹山县政府 代县长, as part u's 代区长).
- One line per post per article; a list after one title gives every name that title (``县委常委卢兆丰、柯春燕、阎振东、
  梅少华``, ``副县长段文彬、秦慧敏、汪国庆``). The 今日要闻 page's four items are four articles: a person in several items has
  his lines in each (ah:石玉峰#1 in items 1, 2 and 4; ah:姚育林 in items 1 and 3; ah:蔺海涛 in items 1 and 2). A title in an
  item's headline and again in its body gives one line (evidence: the headline, which names the city).
- Company heads (董事长, 总经理) make no holding: 潘立新, 吴立帆 are persons without a post.
- DECIDED HERE: chrome is not the article's matter: officials named only in a 往期推荐 headline are not annotated there (as
  part v; ah:祁永年 in ah01's 往期推荐 is annotated only on ah10); a person of the body named again in 往期推荐 or in a ``▲``
  caption has only the mention counted; ``听全文``, ``▼ 点击观看视频``, ``图片来源：竹山县融媒体中心`` and ``阅读原文`` name
  nothing.
- DECIDED HERE: end-matter roles: ``记者：`` and ``（记者 …）`` reporter lines (two names after one ``记者：`` are two
  reporters); ``编辑：``, ``审核：``, ``监制：``, ``责任编辑：`` editor lines; ``摄影：`` (the photographer of the captions) an
  author line. On the 今日要闻 page each item's ``（记者 …）`` belongs to its item, the closing ``编辑 / 审核 / 监制`` to the
  last item (it lies in its span).
- Events: 调研 / 检查 are inspections led by their leader (陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示
  speakers); 常务会议 and 常委会 meetings with their chair (出席 / 列席 attendees; 作了安排 / 作了说明 / 汇报 / 表态 / 强调
  speakers); a 会见 is a meeting without chair whose host, guests and 参加会见 officials are attendees (as part t); the
  company's 察看 before the 会见 (ah07) an inspection led by its head; a 座谈会 ``在随后召开`` takes the day's date and gets
  the remarks made after it (as part v: ah10's 蒋丰年 指出 and 祁永年 表示).
- Projects: works named as under way or to be pushed (…改造项目, …工程, …产业园二期, 新能源装备产业园 being built); a work
  named in a 实施方案's title is a project (as part z: 献县乐寿镇老城区雨污分流改造工程); 洛门蔬菜冷链物流园 is a project
  while it is built (ah05, ``加快…建设``) and a place when it is visited working (ah06, ``冷链仓储运营``); 甘谷县辣椒产业园,
  visited as it stands, is a place (as part v). Generic works (蔬菜精深加工项目, 辣椒酱料…生产线, 标准化种植示范基地) are not.
- Places: one line per name per file; towns, rivers, reservoirs, scenic areas, a street block and zones as written
  (城关镇, 堵河, 潘口水库, 女娲山景区, 西关印象街区, 献县经济开发区); places inside titles, organ references, document titles and
  project names count (宝丰镇, 马栏河, 渭河, 子牙河); the bare county name in the body (竹山, 武山, 甘谷); DECIDED HERE: the
  片区 names that open a project's name (南门街片区, 北坝片区, 东顺片区) give no row. Account names, site lines, 来源 lines,
  往期推荐, 上一篇 / 下一篇, company names (甘肃陇原…, 浙江禾丰…) and shop names are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ah01_zhushan.txt": (2022, "2022-04-19 19:26", "竹山县", [
        ("詹立松调研城关镇老旧小区改造和堵河综合治理工作", "4月18日", "2022-04-18", "4月18日，县委副书记",
         "WeChat article (竹山发布): the 县长's 调研 of 城关镇 with the 副县长, 住建局局长, the town's 党委书记 and 镇长; ▲ captions, 摄影 credit, 听全文, 往期推荐 naming the 县委书记")]),
    "ah02_zhushan.txt": (2023, "2023-06-09 20:05", "竹山县", [
        ("詹立松主持召开县政府第二十八次常务会议", "6月8日", "2023-06-08", "6月8日，县委副书记",
         "WeChat article (竹山发布): 县政府常务会议 with ◆ items; 常务副县长 卢兆丰 (from 房县), three 副县长, 县政府党组成员、办公室主任 列席")]),
    "ah03_zhushan.txt": (2024, "2024-03-26 21:10", "竹山县", [
        ("县委常委会召开会议", "3月25日", "2024-03-25", "3月25日，县委书记",
         "WeChat article (竹山发布): 县委常委会 chaired by 詹立松, now 县委书记; 代县长; list of 常委; 人大 and 政协 heads 列席; bold sub-heads 一、二、三")]),
    "ah04_fangxian.txt": (2021, "2021-07-13 18:42", "房县", [
        ("鲁成刚检查城关镇防汛工作：压实责任 严阵以待 确保安全度汛", "7月12日", "2021-07-12", "7月12日，针对近期",
         "WeChat article (房县发布): the 县长's 防汛 检查 of 城关镇; 副县长 卢兆丰 (later 竹山), 水利和湖泊局局长, the town's 党委书记; ▼ video line, ▲ caption")]),
    "ah05_wushan.txt": (2022, "2022-09-07 20:18", "武山县", [
        ("姚育林在城关镇和洛门镇调研时强调：抓实项目建设 做强蔬菜产业", "9月6日", "2022-09-06", "9月6日，县委书记",
         "WeChat article (武山发布): the 县委书记's 调研 of two towns; 常务副县长 巩建平 (later 甘谷), 副县长 石玉峰 (#1), 发改局局长, two towns' 党委书记; ▲ captions")]),
    "ah06_wushan.txt": (2024, "2024年5月12日　星期日", "武山县", [
        ("天水市委常委、副市长景宏斌来武山调研蔬菜产业发展工作", "5月11日", "2024-05-11", "5月11日，市委常委",
         "融媒 app 今日要闻 item 1: a 天水 副市长's 调研 with the 县委书记, 县长 and 副县长"),
        ("蔺海涛主持召开县政府第十六次常务会议", "5月11日下午", "2024-05-11", "5月11日下午，县委副书记",
         "item 2: 县政府常务会议 (常务副县长, two 副县长)"),
        ("姚育林会见甘肃陇原农业发展集团有限公司客商一行", "5月10日", "2024-05-10", "5月10日，县委书记",
         "item 3: the 县委书记's 会见 of a company's 董事长 with the 统战部部长"),
        ("石玉峰带队检查城关镇防汛备汛工作", "5月12日上午", "2024-05-12", "5月12日上午，副县长",
         "item 4: the 副县长's 防汛 检查 of 城关镇 with its 镇长; closing 编辑 / 审核 / 监制")]),
    "ah07_gangu.txt": (2023, "2023-08-23 19:55", "甘谷县", [
        ("巩建平会见浙江客商一行 共商辣椒精深加工合作", "8月22日", "2023-08-22", "8月22日，县委副书记",
         "WeChat article (甘谷发布): 巩建平, now 甘谷 县长, meets a company's 总经理; 县委常委、副县长 and 招商局局长; the guests' 考察 before it")]),
    "ah08_xianxian.txt": (2025, "2025-01-01 09:12", "献县", [
        ("薄海峰检查节日市场保供和安全生产工作", "12月31日", "2024-12-31", "12月31日，新年将至",
         "WeChat article (献县发布) posted 1 January: the 县委书记's 检查 of 12月31日 (previous year); 常务副县长 石玉峰 (#2), 县委办公室主任")]),
    "ah09_xianxian.txt": (2023, "2023-11-16 18:36", "献县", [
        ("尹书杰主持召开县政府第三十四次常务会议", "11月15日", "2023-11-15", "11月15日，县委副书记",
         "融媒 app article with 听全文: 县政府常务会议; 常务副县长 石玉峰 (#2), three 副县长, 县政府办公室主任 列席; 责任编辑, 上一篇 / 下一篇")]),
    "ah10_zhushan.txt": (2023, "2023-10-27 19:48", "竹山县", [
        ("十堰市委常委、副市长蒋丰年来竹山调研", "10月26日", "2023-10-26", "10月26日，市委常委",
         "WeChat article (竹山发布): a 十堰 副市长's 调研 with the 县委书记 祁永年, 县长 詹立松 and 常务副县长 卢兆丰; 座谈会")]),
}

_A01 = "城关镇党委书记向德明、镇长龚晓琴陪同调研"
_A02_GOV = "县委常委、常务副县长卢兆丰，副县长段文彬、秦慧敏、汪国庆出席会议"
_A03 = "县委常委卢兆丰、柯春燕、阎振东、梅少华出席会议"
_A06_1 = "县委书记姚育林，县委副书记、县长蔺海涛，副县长石玉峰陪同调研"
_A10 = "县委书记祁永年，县委副书记、县长詹立松，县委常委、常务副县长卢兆丰陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 竹山县 (湖北 十堰)
    "ah:詹立松": ("詹立松", "official", "竹山县", [
        ("ah01", "竹山县委", "副书记", "县委副书记、县长詹立松深入城关镇调研", "2022-04; also in the headline, a ▲ caption"),
        ("ah01", "竹山县政府", "县长", "县委副书记、县长詹立松深入城关镇调研", None),
        ("ah02", "竹山县委", "副书记", "县委副书记、县长詹立松主持召开县政府第二十八次常务会议", "2023-06"),
        ("ah02", "竹山县政府", "县长", "县委副书记、县长詹立松主持召开县政府第二十八次常务会议", None),
        ("ah10", "竹山县委", "副书记", _A10, "2023-10"),
        ("ah10", "竹山县政府", "县长", _A10, None),
        ("ah03", "竹山县委", "书记", "县委书记詹立松主持召开县委常委会会议", "2024-03: now 县委书记 (identity case: 县长 → 县委书记); also in a 往期推荐 headline (mention counted)")], []),
    "ah:段文彬": ("段文彬", "official", "竹山县", [
        ("ah01", "竹山县政府", "副县长", "副县长段文彬，县住建局局长韦光泽", "2022"),
        ("ah02", "竹山县政府", "副县长", _A02_GOV, "2023; list after one title")], []),
    "ah:韦光泽": ("韦光泽", "official", "竹山县", [
        ("ah01", "竹山县住建局", "局长", "县住建局局长韦光泽", "bare 县 on 竹山发布 = 竹山县")], []),
    "ah:向德明": ("向德明", "official", "竹山县城关镇", [
        ("ah01", "竹山县城关镇党委", "书记", _A01, "城关镇 of 竹山县 (not 房县's, not 武山县's)")], []),
    "ah:龚晓琴": ("龚晓琴", "official", "竹山县城关镇", [
        ("ah01", "竹山县城关镇政府", "镇长", _A01, "镇长 after the town's 党委书记 = the same town")], []),
    "ah:卢兆丰": ("卢兆丰", "official", "竹山县", [
        ("ah04", "房县政府", "副县长", "副县长卢兆丰，县水利和湖泊局局长谭志勇", "2021-07: 房县 (identity case: moves to 竹山 by 2023)"),
        ("ah02", "竹山县委", "常委", _A02_GOV, "2023-06: 竹山"),
        ("ah02", "竹山县政府", "常务副县长", _A02_GOV, None),
        ("ah10", "竹山县委", "常委", _A10, "2023-10"),
        ("ah10", "竹山县政府", "常务副县长", _A10, None),
        ("ah03", "竹山县委", "常委", _A03, "2024-03; list after one title")], []),
    "ah:秦慧敏": ("秦慧敏", "official", "竹山县", [
        ("ah02", "竹山县政府", "副县长", _A02_GOV, None)], []),
    "ah:汪国庆": ("汪国庆", "official", "竹山县", [
        ("ah02", "竹山县政府", "副县长", _A02_GOV, None)], []),
    "ah:熊启明": ("熊启明", "official", "竹山县", [
        ("ah02", "竹山县政府党组", "成员", "县政府党组成员、县政府办公室主任熊启明列席会议", "党组成员 is a post of the 党组 (as part z)"),
        ("ah02", "竹山县政府办公室", "主任", "县政府党组成员、县政府办公室主任熊启明列席会议", None)], []),
    "ah:冉国栋": ("冉国栋", "official", "竹山县", [
        ("ah03", "竹山县委", "副书记", "县委副书记、代县长冉国栋", None),
        ("ah03", "竹山县政府", "代县长", "县委副书记、代县长冉国栋", "代县长 as written")], []),
    "ah:吕雪莲": ("吕雪莲", "official", "竹山县", [
        ("ah03", "竹山县委", "副书记", "县委副书记吕雪莲", None)], []),
    "ah:柯春燕": ("柯春燕", "official", "竹山县", [
        ("ah03", "竹山县委", "常委", _A03, None)], []),
    "ah:阎振东": ("阎振东", "official", "竹山县", [
        ("ah03", "竹山县委", "常委", _A03, None)], []),
    "ah:梅少华": ("梅少华", "official", "竹山县", [
        ("ah03", "竹山县委", "常委", _A03, None)], []),
    "ah:邹显贵": ("邹显贵", "official", "竹山县", [
        ("ah03", "竹山县人大常委会", "主任", "县人大常委会主任邹显贵", None)], []),
    "ah:饶春华": ("饶春华", "official", "竹山县", [
        ("ah03", "竹山县政协", "主席", "县政协主席饶春华列席会议", None)], []),
    "ah:祁永年": ("祁永年", "official", "竹山县", [
        ("ah10", "竹山县委", "书记", _A10, "2023-10; in ah01 (2022) he is named only in a 往期推荐 headline (not annotated there)")], []),
    "ah:蒋丰年": ("蒋丰年", "external_official", "十堰市", [
        ("ah10", "十堰市委", "常委", "十堰市委常委、副市长蒋丰年来竹山调研", "headline (names the city); the body's 市委常委、副市长 gives no second line"),
        ("ah10", "十堰市政府", "副市长", "十堰市委常委、副市长蒋丰年来竹山调研", None)], []),
    # ---- 房县 (湖北 十堰)
    "ah:鲁成刚": ("鲁成刚", "official", "房县", [
        ("ah04", "房县委", "副书记", "县委副书记、县长鲁成刚冒雨深入城关镇检查防汛工作", "DECIDED HERE: 房县 + 委 = 房县委"),
        ("ah04", "房县政府", "县长", "县委副书记、县长鲁成刚冒雨深入城关镇检查防汛工作", None)], []),
    "ah:谭志勇": ("谭志勇", "official", "房县", [
        ("ah04", "房县水利和湖泊局", "局长", "县水利和湖泊局局长谭志勇", None)], []),
    "ah:聂海洋": ("聂海洋", "official", "房县城关镇", [
        ("ah04", "房县城关镇党委", "书记", "城关镇党委书记聂海洋陪同检查", "城关镇 of 房县")], []),
    # ---- 武山县 / 甘谷县 (甘肃 天水)
    "ah:姚育林": ("姚育林", "official", "武山县", [
        ("ah05", "武山县委", "书记", "县委书记姚育林深入城关镇、洛门镇调研", "2022-09; also in the headline and ▲ captions"),
        ("ah06", "武山县委", "书记", _A06_1, "2024-05, item 1"),
        ("ah06", "武山县委", "书记", "县委书记姚育林会见了", "item 3 (a new article: a new line)")], []),
    "ah:巩建平": ("巩建平", "official", "武山县", [
        ("ah05", "武山县委", "常委", "县委常委、常务副县长巩建平", "2022-09: 武山 (identity case: 甘谷 县长 in 2023)"),
        ("ah05", "武山县政府", "常务副县长", "县委常委、常务副县长巩建平", None),
        ("ah07", "甘谷县委", "副书记", "县委副书记、县长巩建平会见了", "2023-08: 甘谷; also in the headline"),
        ("ah07", "甘谷县政府", "县长", "县委副书记、县长巩建平会见了", None)], []),
    "ah:石玉峰#1": ("石玉峰", "official", "武山县", [
        ("ah05", "武山县政府", "副县长", "副县长石玉峰，县发展和改革局局长包文涛参加调研", "武山 (甘肃); not the 石玉峰 of 献县 (ah08, ah09)"),
        ("ah06", "武山县政府", "副县长", _A06_1, "2024, item 1"),
        ("ah06", "武山县政府", "副县长", "副县长石玉峰、何婉琳出席会议", "item 2"),
        ("ah06", "武山县政府", "副县长", "5月12日上午，副县长石玉峰带领县应急管理局", "item 4 (also its headline)")], []),
    "ah:包文涛": ("包文涛", "official", "武山县", [
        ("ah05", "武山县发展和改革局", "局长", "县发展和改革局局长包文涛参加调研", None)], []),
    "ah:赵润霞": ("赵润霞", "official", "武山县城关镇", [
        ("ah05", "武山县城关镇党委", "书记", "城关镇党委书记赵润霞介绍", "城关镇 of 武山县")], []),
    "ah:谈永红": ("谈永红", "official", "武山县洛门镇", [
        ("ah05", "武山县洛门镇党委", "书记", "洛门镇党委书记谈永红汇报了", None)], []),
    "ah:景宏斌": ("景宏斌", "external_official", "天水市", [
        ("ah06", "天水市委", "常委", "天水市委常委、副市长景宏斌来武山调研蔬菜产业发展工作", "item 1 headline (names the city); body repeats without 天水"),
        ("ah06", "天水市政府", "副市长", "天水市委常委、副市长景宏斌来武山调研蔬菜产业发展工作", None)], []),
    "ah:蔺海涛": ("蔺海涛", "official", "武山县", [
        ("ah06", "武山县委", "副书记", _A06_1, "item 1"),
        ("ah06", "武山县政府", "县长", _A06_1, None),
        ("ah06", "武山县委", "副书记", "县委副书记、县长蔺海涛主持召开县政府第十六次常务会议", "item 2"),
        ("ah06", "武山县政府", "县长", "县委副书记、县长蔺海涛主持召开县政府第十六次常务会议", None)], []),
    "ah:鲍志成": ("鲍志成", "official", "武山县", [
        ("ah06", "武山县委", "常委", "县委常委、常务副县长鲍志成", "巩建平's successor as 常务副县长"),
        ("ah06", "武山县政府", "常务副县长", "县委常委、常务副县长鲍志成", None)], []),
    "ah:何婉琳": ("何婉琳", "official", "武山县", [
        ("ah06", "武山县政府", "副县长", "副县长石玉峰、何婉琳出席会议", None)], []),
    "ah:潘立新": ("潘立新", "company_executive", "甘肃陇原农业发展集团有限公司", [], ["ah06"]),  # 董事长 of a company: no post
    "ah:祝丽萍": ("祝丽萍", "official", "武山县", [
        ("ah06", "武山县委", "常委", "县委常委、统战部部长祝丽萍参加会见", None),
        ("ah06", "武山县委统战部", "部长", "县委常委、统战部部长祝丽萍参加会见", "统战部 after 县委常委 = 武山县委统战部")], []),
    "ah:冯建业": ("冯建业", "official", "武山县城关镇", [
        ("ah06", "武山县城关镇政府", "镇长", "城关镇镇长冯建业参加检查", "城关镇 of 武山县")], []),
    "ah:焦振宇": ("焦振宇", "official", "甘谷县", [
        ("ah07", "甘谷县委", "常委", "县委常委、副县长焦振宇", None),
        ("ah07", "甘谷县政府", "副县长", "县委常委、副县长焦振宇", None)], []),
    "ah:任佳琪": ("任佳琪", "official", "甘谷县", [
        ("ah07", "甘谷县招商局", "局长", "县招商局局长任佳琪参加会见", None)], []),
    "ah:吴立帆": ("吴立帆", "company_executive", "浙江禾丰食品科技有限公司", [], ["ah07"]),  # 总经理 of a company: no post
    # ---- 献县 (河北)
    "ah:薄海峰": ("薄海峰", "official", "献县", [
        ("ah08", "献县委", "书记", "县委书记薄海峰带队深入商超", "event of 2024-12-31, posted 2025-01-01; also in the headline and a ▲ caption")], []),
    "ah:石玉峰#2": ("石玉峰", "official", "献县", [
        ("ah09", "献县委", "常委", "县委常委、常务副县长石玉峰，副县长葛兰芳", "献县 (河北); not the 石玉峰 of 武山 (ah05, ah06); 2023-11"),
        ("ah09", "献县政府", "常务副县长", "县委常委、常务副县长石玉峰，副县长葛兰芳", None),
        ("ah08", "献县委", "常委", "县委常委、常务副县长石玉峰，县委常委、县委办公室主任韩家豪", "2024-12"),
        ("ah08", "献县政府", "常务副县长", "县委常委、常务副县长石玉峰，县委常委、县委办公室主任韩家豪", None)], []),
    "ah:韩家豪": ("韩家豪", "official", "献县", [
        ("ah08", "献县委", "常委", "县委常委、县委办公室主任韩家豪参加检查", None),
        ("ah08", "献县委办公室", "主任", "县委常委、县委办公室主任韩家豪参加检查", "县委办公室 as written")], []),
    "ah:尹书杰": ("尹书杰", "official", "献县", [
        ("ah09", "献县委", "副书记", "县委副书记、县长尹书杰主持召开县政府第三十四次常务会议", None),
        ("ah09", "献县政府", "县长", "县委副书记、县长尹书杰主持召开县政府第三十四次常务会议", None)], []),
    "ah:葛兰芳": ("葛兰芳", "official", "献县", [
        ("ah09", "献县政府", "副县长", "副县长葛兰芳、贾振远、田慧敏出席会议", "list after one title")], []),
    "ah:贾振远": ("贾振远", "official", "献县", [
        ("ah09", "献县政府", "副县长", "副县长葛兰芳、贾振远、田慧敏出席会议", None)], []),
    "ah:田慧敏": ("田慧敏", "official", "献县", [
        ("ah09", "献县政府", "副县长", "副县长葛兰芳、贾振远、田慧敏出席会议", None)], []),
    "ah:褚志伟": ("褚志伟", "official", "献县", [
        ("ah09", "献县政府办公室", "主任", "县政府办公室主任褚志伟列席会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ah01", "冯思远", "记者", "reporter", "记者：冯思远"),
    ("ah01", "陶雨欣", "编辑", "editor", "编辑：陶雨欣"),
    ("ah01", "程家豪", "审核", "editor", "审核：程家豪"),
    ("ah01", "邵景川", "监制", "editor", "监制：邵景川"),
    ("ah01", "黄梓涵", "摄影", "author", "摄影：黄梓涵"),
    ("ah02", "冯思远", "记者", "reporter", "记者：冯思远"),
    ("ah02", "庞若曦", "编辑", "editor", "编辑：庞若曦"),
    ("ah02", "程家豪", "审核", "editor", "审核：程家豪"),
    ("ah02", "邵景川", "监制", "editor", "监制：邵景川"),
    ("ah03", "庞若曦", "编辑", "editor", "编辑：庞若曦"),
    ("ah03", "程家豪", "审核", "editor", "审核：程家豪"),
    ("ah03", "邵景川", "监制", "editor", "监制：邵景川"),
    ("ah04", "汤雨菲", "记者", "reporter", "记者：汤雨菲　吕浩然"),
    ("ah04", "吕浩然", "记者", "reporter", "记者：汤雨菲　吕浩然"),
    ("ah04", "景思琪", "编辑", "editor", "编辑：景思琪"),
    ("ah04", "阮承志", "审核", "editor", "审核：阮承志"),
    ("ah05", "辛雅楠", "记者", "reporter", "记者：辛雅楠"),
    ("ah05", "师可欣", "编辑", "editor", "编辑：师可欣"),
    ("ah05", "牛国梁", "审核", "editor", "审核：牛国梁"),
    ("ah05", "权晓东", "监制", "editor", "监制：权晓东"),
    ("ah06", "辛雅楠", "记者", "reporter", "（记者 辛雅楠）"),
    ("ah06", "柴子墨", "记者", "reporter", "（记者 柴子墨）"),
    ("ah06", "师可欣", "编辑", "editor", "编辑：师可欣"),
    ("ah06", "牛国梁", "审核", "editor", "审核：牛国梁"),
    ("ah06", "权晓东", "监制", "editor", "监制：权晓东"),
    ("ah07", "卫佳慧", "记者", "reporter", "记者：卫佳慧"),
    ("ah07", "尚梦洁", "编辑", "editor", "编辑：尚梦洁"),
    ("ah07", "孔令舟", "审核", "editor", "审核：孔令舟"),
    ("ah07", "魏长林", "监制", "editor", "监制：魏长林"),
    ("ah07", "韩宇航", "摄影", "author", "摄影：韩宇航"),
    ("ah08", "闫梦琪", "记者", "reporter", "记者：闫梦琪"),
    ("ah08", "葛书瑶", "编辑", "editor", "编辑：葛书瑶"),
    ("ah08", "乔立川", "审核", "editor", "审核：乔立川"),
    ("ah08", "付振宇", "监制", "editor", "监制：付振宇"),
    ("ah09", "闫梦琪", "记者", "reporter", "（记者 闫梦琪）"),
    ("ah09", "葛书瑶", "责任编辑", "editor", "责任编辑：葛书瑶"),
    ("ah10", "冯思远", "记者", "reporter", "记者：冯思远"),
    ("ah10", "庞若曦", "编辑", "editor", "编辑：庞若曦"),
    ("ah10", "程家豪", "审核", "editor", "审核：程家豪"),
    ("ah10", "邵景川", "监制", "editor", "监制：邵景川"),
    ("ah10", "黄梓涵", "摄影", "author", "摄影：黄梓涵"),
]
# the same reporter on a second item of the 今日要闻 page (evidence unique to that item)
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("ah06", "辛雅楠"): "力争年内落地开工。（记者 辛雅楠）",
    ("ah06", "柴子墨"): "城关镇镇长冯建业参加检查。（记者 柴子墨）",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ah01", "城关镇老旧小区改造和堵河城区段综合治理工作调研", "inspection (调研)", "4月18日", None, "詹立松", [],
     ["段文彬", "韦光泽", "向德明", "龚晓琴"], ["向德明", "詹立松", "韦光泽", "段文彬"], "城关镇",
     "县委副书记、县长詹立松深入城关镇调研老旧小区改造和堵河城区段综合治理工作",
     ["县长詹立松深入城关镇调研", "副县长段文彬，县住建局局长韦光泽", _A01, "向德明介绍", "詹立松指出", "听取韦光泽关于",
      "詹立松强调", "段文彬表示"]),
    ("ah02", "县政府第二十八次常务会议", "meeting (县政府常务会议)", "6月8日", "詹立松", None, [],
     ["卢兆丰", "段文彬", "秦慧敏", "汪国庆", "熊启明"], ["卢兆丰", "秦慧敏", "詹立松"], None,
     "县委副书记、县长詹立松主持召开县政府第二十八次常务会议",
     ["县长詹立松主持召开县政府第二十八次常务会议", _A02_GOV, "县政府办公室主任熊启明列席会议", "卢兆丰就项目用地报批",
      "秦慧敏就方案实施作了说明", "詹立松强调"]),
    ("ah03", "县委常委会会议", "meeting (县委常委会会议)", "3月25日", "詹立松", None, [],
     ["冉国栋", "吕雪莲", "卢兆丰", "柯春燕", "阎振东", "梅少华", "邹显贵", "饶春华"], ["卢兆丰", "詹立松", "冉国栋"], None,
     "3月25日，县委书记詹立松主持召开县委常委会会议",
     ["县委书记詹立松主持召开县委常委会会议", "县委副书记、代县长冉国栋，县委副书记吕雪莲", _A03,
      "县人大常委会主任邹显贵、县政协主席饶春华列席会议", "会议听取了卢兆丰关于", "詹立松在讲话中强调", "冉国栋就抓好政府系统落实工作作了表态"]),
    ("ah04", "城关镇防汛工作检查", "inspection (检查)", "7月12日", None, "鲁成刚", [],
     ["卢兆丰", "谭志勇", "聂海洋"], ["谭志勇", "鲁成刚", "卢兆丰", "聂海洋"], "城关镇",
     "县委副书记、县长鲁成刚冒雨深入城关镇检查防汛工作",
     ["县长鲁成刚冒雨深入城关镇检查防汛工作", "副县长卢兆丰，县水利和湖泊局局长谭志勇", "城关镇党委书记聂海洋陪同检查",
      "谭志勇介绍了", "鲁成刚强调", "卢兆丰要求", "聂海洋表示"]),
    ("ah05", "城关镇、洛门镇项目建设和蔬菜产业发展调研", "inspection (调研)", "9月6日", None, "姚育林", [],
     ["巩建平", "石玉峰", "包文涛"], ["赵润霞", "姚育林", "谈永红", "石玉峰", "巩建平"], "城关镇、洛门镇",
     "县委书记姚育林深入城关镇、洛门镇调研项目建设和蔬菜产业发展工作",
     ["县委书记姚育林深入城关镇、洛门镇调研", "县委常委、常务副县长巩建平", "副县长石玉峰，县发展和改革局局长包文涛参加调研",
      "城关镇党委书记赵润霞介绍", "姚育林要求", "洛门镇党委书记谈永红汇报了", "石玉峰介绍了", "姚育林强调", "巩建平表示"]),
    ("ah06", "天水市委常委、副市长景宏斌蔬菜产业发展工作调研", "inspection (调研)", "5月11日", None, "景宏斌", [],
     ["姚育林", "蔺海涛", "石玉峰"], ["景宏斌", "姚育林"], "武山县",
     "5月11日，市委常委、副市长景宏斌来我县调研蔬菜产业发展工作",
     ["副市长景宏斌来我县调研", _A06_1, "景宏斌指出", "姚育林表示"]),
    ("ah06", "县政府第十六次常务会议", "meeting (县政府常务会议)", "5月11日下午", "蔺海涛", None, [],
     ["鲍志成", "石玉峰", "何婉琳"], ["蔺海涛"], None,
     "县委副书记、县长蔺海涛主持召开县政府第十六次常务会议",
     ["县长蔺海涛主持召开县政府第十六次常务会议", "县委常委、常务副县长鲍志成", "副县长石玉峰、何婉琳出席会议", "蔺海涛强调"]),
    ("ah06", "县委书记姚育林会见甘肃陇原农业发展集团有限公司客商", "meeting (会见)", "5月10日", None, None, [],
     ["姚育林", "潘立新", "祝丽萍"], ["姚育林", "潘立新"], None,
     "5月10日，县委书记姚育林会见了甘肃陇原农业发展集团有限公司董事长潘立新一行",
     ["县委书记姚育林会见了", "董事长潘立新一行", "统战部部长祝丽萍参加会见", "姚育林介绍了武山县情", "潘立新表示"]),
    ("ah06", "城关镇防汛备汛工作检查", "inspection (检查)", "5月12日上午", None, "石玉峰", [],
     ["冯建业"], ["石玉峰"], "城关镇",
     "5月12日上午，副县长石玉峰带领县应急管理局、县水务局负责同志，深入城关镇检查防汛备汛工作",
     ["副县长石玉峰带领县应急管理局", "要求城关镇落实包村包点责任", "城关镇镇长冯建业参加检查"]),
    ("ah07", "县长巩建平会见浙江禾丰食品科技有限公司客商", "meeting (会见)", "8月22日", None, None, [],
     ["巩建平", "吴立帆", "焦振宇", "任佳琪"], ["巩建平", "吴立帆"], None,
     "8月22日，县委副书记、县长巩建平会见了浙江禾丰食品科技有限公司总经理吴立帆一行",
     ["县长巩建平会见了", "总经理吴立帆一行", "县委常委、副县长焦振宇，县招商局局长任佳琪参加会见", "巩建平代表县委、县政府",
      "吴立帆介绍了公司发展历程"]),
    ("ah07", "浙江禾丰食品科技有限公司辣椒产业考察", "inspection (考察, visiting company)", "8月22日", None, "吴立帆", [],
     ["焦振宇"], [], "大像山镇、新兴镇",
     "会见前，吴立帆一行在焦振宇陪同下，先后察看了大像山镇辣椒交易市场",
     ["吴立帆一行在焦振宇陪同下"]),
    ("ah08", "节日市场保供和安全生产工作检查", "inspection (检查)", "12月31日", None, "薄海峰", [],
     ["石玉峰", "韩家豪"], ["薄海峰", "石玉峰"], None,
     "12月31日，新年将至，县委书记薄海峰带队深入商超、企业和在建项目一线",
     ["县委书记薄海峰带队深入商超", "县委常委、常务副县长石玉峰，县委常委、县委办公室主任韩家豪参加检查", "薄海峰强调",
      "石玉峰表示"]),
    ("ah09", "县政府第三十四次常务会议", "meeting (县政府常务会议)", "11月15日", "尹书杰", None, [],
     ["石玉峰", "葛兰芳", "贾振远", "田慧敏", "褚志伟"], ["葛兰芳", "石玉峰", "贾振远", "尹书杰"], None,
     "县委副书记、县长尹书杰主持召开县政府第三十四次常务会议",
     ["县长尹书杰主持召开县政府第三十四次常务会议", "县委常委、常务副县长石玉峰，副县长葛兰芳", "副县长葛兰芳、贾振远、田慧敏出席会议",
      "县政府办公室主任褚志伟列席会议", "葛兰芳就做好冬季供暖", "石玉峰汇报了", "贾振远就方案作了说明", "尹书杰强调"]),
    ("ah10", "十堰市委常委、副市长蒋丰年项目建设和文旅融合发展工作调研", "inspection (调研)", "10月26日", None, "蒋丰年", [],
     ["祁永年", "詹立松", "卢兆丰"], [], "竹山县",
     "10月26日，市委常委、副市长蒋丰年来我县调研项目建设和文旅融合发展工作",
     ["副市长蒋丰年来我县调研", _A10]),
    ("ah10", "座谈会", "meeting (座谈会)", "10月26日", None, None, [],
     [], ["詹立松", "卢兆丰", "蒋丰年", "祁永年"], None,
     "在随后召开的座谈会上，詹立松汇报了全县经济社会发展和重点项目建设情况",
     ["詹立松汇报了全县经济社会发展", "卢兆丰就绿松石产业链延链补链工作作了补充汇报", "蒋丰年对竹山的工作给予充分肯定。他指出", "祁永年表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ah01", "南门街片区老旧小区改造项目", "housing_project", "在南门街片区老旧小区改造项目现场"),
    ("ah01", "堵河竹山城区段生态修复工程", "greening_project", "堵河竹山城区段生态修复工程推进情况"),
    ("ah02", "竹山绿松石文化产业园二期", "industrial_park", "会议研究了竹山绿松石文化产业园二期建设有关事项"),
    ("ah02", "堵河竹山城区段生态修复工程", "greening_project", "加快推进堵河竹山城区段生态修复工程"),
    ("ah02", "宝丰镇集镇污水处理厂提标改造工程", "infrastructure_project", "宝丰镇集镇污水处理厂提标改造工程"),
    ("ah03", "竹山绿松石文化产业园二期", "industrial_park", "竹山绿松石文化产业园二期完成标准厂房主体施工"),
    ("ah03", "堵河竹山城区段生态修复工程", "greening_project", "要加快推进堵河竹山城区段生态修复工程"),
    ("ah03", "竹山县城关镇北坝片区棚户区改造项目", "housing_project", "竹山县城关镇北坝片区棚户区改造项目"),
    ("ah04", "马栏河城区段防洪治理工程", "engineering_work", "马栏河城区段防洪治理工程建设进展"),
    ("ah05", "城关镇东顺片区棚户区改造项目", "housing_project", "在城关镇东顺片区棚户区改造项目现场"),
    ("ah05", "洛门蔬菜冷链物流园", "logistics_hub", "加快洛门蔬菜冷链物流园建设"),
    ("ah05", "渭河武山段防洪治理工程", "engineering_work", "推动渭河武山段防洪治理工程等重点项目加快建设"),
    ("ah06", "渭河武山段防洪治理工程", "engineering_work", "会议听取了渭河武山段防洪治理工程进展情况汇报"),
    ("ah06", "武山县城关镇东顺片区棚户区改造项目", "housing_project", "研究了武山县城关镇东顺片区棚户区改造项目二期安置房分配方案"),
    ("ah08", "献县经济开发区新能源装备产业园", "industrial_park", "献县经济开发区新能源装备产业园"),
    ("ah09", "献县经济开发区新能源装备产业园", "industrial_park", "会议研究了献县经济开发区新能源装备产业园建设推进有关事项"),
    ("ah09", "献县乐寿镇老城区雨污分流改造工程", "infrastructure_project", "《献县乐寿镇老城区雨污分流改造工程实施方案》"),
    ("ah09", "子牙河献县段生态廊道工程", "greening_project", "加快子牙河献县段生态廊道工程等重点项目建设"),
    ("ah10", "竹山绿松石文化产业园二期", "industrial_park", "先后来到竹山绿松石文化产业园二期"),
    ("ah10", "宝丰镇集镇污水处理厂提标改造工程", "infrastructure_project", "宝丰镇集镇污水处理厂提标改造工程和女娲山景区"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ah01", "城关镇", "town", "standalone", "县长詹立松深入城关镇调研"),
    ("ah01", "堵河", "river", "standalone", "随后，詹立松一行沿堵河城区段步行察看"),
    ("ah01", "竹山", "county", "standalone", "堵河是竹山的母亲河"),
    ("ah02", "堵河", "river", "standalone", "各乡镇要对堵河沿线和潘口水库库区"),
    ("ah02", "潘口水库", "reservoir", "standalone", "各乡镇要对堵河沿线和潘口水库库区"),
    ("ah02", "竹山县", "county", "in_document_title", "《竹山县城区道路交通安全综合整治实施方案》"),
    ("ah02", "宝丰镇", "town", "in_project_name", "宝丰镇集镇污水处理厂提标改造工程"),
    ("ah03", "竹山", "county", "standalone", "紧密结合竹山实际"),
    ("ah03", "女娲山", "mountain", "standalone", "加强女娲山、十八里长峡等重点林区巡查管控"),
    ("ah03", "十八里长峡", "nature_reserve", "standalone", "加强女娲山、十八里长峡等重点林区巡查管控"),
    ("ah03", "堵河", "river", "in_project_name", "要加快推进堵河竹山城区段生态修复工程"),
    ("ah03", "竹山县", "county", "in_project_name", "竹山县城关镇北坝片区棚户区改造项目"),
    ("ah03", "城关镇", "town", "in_project_name", "竹山县城关镇北坝片区棚户区改造项目"),
    ("ah04", "城关镇", "town", "standalone", "县长鲁成刚冒雨深入城关镇检查防汛工作"),
    ("ah04", "马栏河", "river", "standalone", "先后来到马栏河城区段、西关印象街区和城关镇东城社区"),
    ("ah04", "西关印象街区", "street_block", "standalone", "先后来到马栏河城区段、西关印象街区和城关镇东城社区"),
    ("ah04", "东城社区", "community", "standalone", "先后来到马栏河城区段、西关印象街区和城关镇东城社区"),
    ("ah05", "城关镇", "town", "standalone", "县委书记姚育林深入城关镇、洛门镇调研"),
    ("ah05", "洛门镇", "town", "standalone", "县委书记姚育林深入城关镇、洛门镇调研"),
    ("ah05", "渭河", "river", "in_project_name", "推动渭河武山段防洪治理工程等重点项目加快建设"),
    ("ah05", "武山", "county", "standalone", "蔬菜产业是武山的首位产业"),
    ("ah06", "天水市", "city", "in_title", "天水市委常委、副市长景宏斌来武山调研蔬菜产业发展工作"),
    ("ah06", "武山", "county", "standalone", "天水市委常委、副市长景宏斌来武山调研蔬菜产业发展工作"),
    ("ah06", "洛门蔬菜冷链物流园", "logistics_hub", "standalone", "先后来到洛门蔬菜冷链物流园、鸳鸯镇高原夏菜育苗中心"),
    ("ah06", "鸳鸯镇", "town", "standalone", "先后来到洛门蔬菜冷链物流园、鸳鸯镇高原夏菜育苗中心"),
    ("ah06", "渭河", "river", "standalone", "确保汛前完成渭河堤防薄弱段加固"),
    ("ah06", "武山县", "county", "in_project_name", "研究了武山县城关镇东顺片区棚户区改造项目二期安置房分配方案"),
    ("ah06", "城关镇", "town", "standalone", "深入城关镇检查防汛备汛工作"),
    ("ah06", "聂河", "river", "standalone", "聂河排洪渠和城关镇北山地质灾害隐患点"),
    ("ah07", "浙江", "province", "standalone", "巩建平会见浙江客商一行"),
    ("ah07", "甘谷", "county", "standalone", "甘谷辣椒种植历史悠久"),
    ("ah07", "甘谷县辣椒产业园", "industrial_park", "standalone", "依托甘谷县辣椒产业园"),
    ("ah07", "大像山镇", "town", "standalone", "先后察看了大像山镇辣椒交易市场"),
    ("ah07", "新兴镇", "town", "standalone", "新兴镇辣椒标准化种植基地"),
    ("ah08", "乐寿镇", "town", "standalone", "先后来到乐寿镇家和购物广场"),
    ("ah08", "献县经济开发区", "development_zone", "in_project_name", "献县经济开发区新能源装备产业园"),
    ("ah08", "淮镇", "town", "standalone", "抽查了淮镇、陌南镇值班值守情况"),
    ("ah08", "陌南镇", "town", "standalone", "抽查了淮镇、陌南镇值班值守情况"),
    ("ah09", "献县经济开发区", "development_zone", "in_project_name", "会议研究了献县经济开发区新能源装备产业园建设推进有关事项"),
    ("ah09", "献县", "county", "in_document_title", "《献县乐寿镇老城区雨污分流改造工程实施方案》"),
    ("ah09", "乐寿镇", "town", "in_project_name", "《献县乐寿镇老城区雨污分流改造工程实施方案》"),
    ("ah09", "子牙河", "river", "in_project_name", "加快子牙河献县段生态廊道工程等重点项目建设"),
    ("ah10", "十堰市", "city", "in_title", "十堰市委常委、副市长蒋丰年来竹山调研"),
    ("ah10", "竹山", "county", "standalone", "十堰市委常委、副市长蒋丰年来竹山调研"),
    ("ah10", "宝丰镇", "town", "in_project_name", "宝丰镇集镇污水处理厂提标改造工程和女娲山景区"),
    ("ah10", "女娲山景区", "scenic_area", "standalone", "宝丰镇集镇污水处理厂提标改造工程和女娲山景区"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ah", conventions="set ah (blind set: pages saved from county WeChat accounts and 融媒体 apps in 湖北 十堰 (竹山县, 房县), 甘肃 天水 (武山县, 甘谷县) and 河北 (献县): account lines 原创 … 发表于…, 点击蓝字关注我们, 听全文, ▲ captions with 图片来源 / 摄影, ▼ / ◆ / ■ ornaments, bold sub-heads 一、…, a 今日要闻 page of four items (each an article with its own date and reporter), end matter 来源 / 记者 / 编辑 / 审核 / 监制, 往期推荐 (not annotated), 阅读原文; bare organs take the account's county; a one-character county keeps its 县 (房县委, 献县政府); 城关镇 of three counties; an event of 12月31日 posted 1月1日 belongs to the previous year; 摄影 is an author line, 审核 and 监制 editor lines)",
          persons_note="Set ah persons. id = corpus-wide person_id (ah:石玉峰#1 of 武山县 (甘肃) and ah:石玉峰#2 of 献县 (河北) are two people; ah:詹立松 竹山县长 2022–2023 → 县委书记 2024; ah:卢兆丰 房县副县长 2021 → 竹山县委常委、常务副县长 2023; ah:巩建平 武山县常务副县长 2022 → 甘谷县长 2023)")


if __name__ == "__main__":
    main()
