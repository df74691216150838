"""Write gold part ``cc`` (a blind set: county and banner 融媒体中心 WeChat articles as users copy them into text files)
from the tables below.

Pages ``tests/dev/texts/cc*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 襄城 WeChat copy on wxredian (``Hi~新朋友，记得点蓝字关注我们哟``, the
县委书记's 记者节 调研 of the 县融媒体中心, ``县领导…陪同``, a foot ``记 者 | … 视 觉 | …``); a 忻城发布 copy on wxredian (title,
``文摘``, ``2025-01-27 20:41``, ``广西``, ``请点击上方蓝色字关注“忻城发布”``); the 旺苍 site (``县委副书记、县长…带队调研旺苍
数字农商产业园项目``, ``（图/文：旺苍县融媒体中心 …）``); the 岳池融媒 page (``县委副书记、县长…带队，深入部分重点项目现场``,
``县领导…参加上述相关活动``); three 英山 pages of ysxw.cn (``县委书记…率我县党政代表团``, ``英山经济开发区管委会主任``, the foot
``（融媒体记者：… 编辑：… 审核：… 终审：…）``); the 苍溪 site's ``十四届县委常委会第131次会议`` (``市人民政府副市长、县委书记…
主持会议``, ``会议学习了…``, ``会议强调``); a 剑阁 政协 opening (``市人大常委会副主任、县委书记``); the 洞口融媒 page
(``县委书记…出席并讲话，县委常委、常务副县长…通报…，县委常委、宣传部部长…主持``, a bare ``图片`` line); the 沈丘 page
(``▌文章为沈丘融媒体中心原创，转载或内容合作请联系我们``); a 喀喇沁旗 page (``旗委书记…主持召开…专题会议。旗委常委、宣传部长…``,
``作者:融媒体记者 …``); the 克什克腾 paper (``旗委副书记、旗人民政府代理旗长``); the 杭锦旗 and 科右中旗 大事记 (``旗委副书记、
政府旗长``, ``旗委常委、副旗长``); an 阜城 page of a 县委常委（扩大）会. The WeChat chrome (account line ``XX发布 2023-05-12
18:30 发表于四川`` and the newer ``原创 作者 账号`` + ``2024年04月10日 21:05 四川``, 点击蓝字关注我们, 来源 | / 编辑 | / 审核 |,
``▲`` captions between paragraphs, bold sub-heads as plain lines, 往期推荐 with three other titles, 转载请注明来源, 阅读原文,
分享 收藏 点赞 在看) follows those pages and part ah. Places are real and new to the corpus: 四川 广元 (剑阁县, 旺苍县 two
pages), 湖北 黄冈 (英山县, 蕲春县), 广西 河池 (巴马瑶族自治县, 东兰县), 内蒙古 赤峰 (翁牛特旗 two pages, 克什克腾旗).

Shapes: a 现场推进会 with the morning's 观摩 and the afternoon's meeting (cc01 剑阁, cc09 克什克腾旗, sub-heads ``现场观摩
比学赶超`` / ``观摩现场：看进度 比干劲``); a 县委常委会（扩大）会议 with numbered sub-heads and 列席 人大 / 政协 heads (cc02
旺苍) and a 县委常委会 with ``会议研究了…`` sub-heads and a 副县长 列席 (cc07 东兰); a 市委常委、宣传部部长's 调研 (cc03 旺苍); a
县委书记's 调研 of the 县融媒体中心 and the 座谈会 after it (cc04 英山); a 副市长's 调研 with a 市政府副秘书长 (cc05 蕲春); a
县长's 防汛 检查 (cc06 巴马); a 旗委书记's 调研 with sub-heads (cc08 翁牛特旗); a 市委常委、副市长's 调研 of a 旗 (cc10 翁牛特旗).

Dates: every event is dated against the account line of its page (``2022-09-16 18:30`` → ``9月15日`` = 2022-09-15).

Identity cases:
- cc:蒲宏川 moves between two counties of 广元: 剑阁县委常委、常务副县长 in Sept 2022 (cc01); 旺苍县委副书记、县长 in April and
  June 2024 (cc02, cc03). Nothing on the pages links the two but the name.
- cc:敖东升 moves between two 旗 of 赤峰: 翁牛特旗委副书记、政府旗长 in July 2022 (cc08); 克什克腾旗委书记 in June 2024 (cc09).
  On 翁牛特旗 a new 旗长 (cc:那木拉) is named in Aug 2024 (cc10), the 旗委书记 cc:贾振宇 unchanged (cc08, cc10).
- cc:覃海鹏 moves between two counties of 河池: 巴马瑶族自治县委副书记、县长 in June 2022 (cc06); 东兰县委书记 in July 2024 (cc07).
- cc:殷正德, a county 书记 who becomes a city's 副市长: 英山县委书记 in Nov 2023 (cc04); 黄冈市政府 副市长 in April 2025 (cc05,
  written bare ``副市长`` on the 蕲春 page).
- two different 罗文斌 in unrelated places: cc:罗文斌#1 is 东兰县 副县长 (广西, cc07); cc:罗文斌#2 is 克什克腾旗委常委、常务副旗长
  (内蒙古, cc09).
- one organ name in two places: ``县融媒体中心`` (and ``县委宣传部副部长、县融媒体中心主任``) is 旺苍县's in cc03 and 英山县's in
  cc04; bare ``旗委`` / ``政府旗长`` is 翁牛特旗's in cc08 / cc10 and 克什克腾旗's in cc09; bare ``市委`` is 广元's (cc03), 河池's
  (cc07, no person) and 赤峰's (cc10); bare ``副市长`` / ``市政府副秘书长`` is 黄冈's (cc05).
- the same staff on two pages: 旺苍 editors cc:李俊霖, cc:张诗雨 (cc02, cc03); 翁牛特 reporter cc:苏日古嘎 and editors cc:高雅琴,
  cc:赵琳 (cc08, cc10); cc:包海燕 翁牛特旗 副旗长 (2022 and 2024); cc:任思雨 旺苍 宣传部部长 (cc02, cc03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ah, bs, g where they speak; decided here where they are silent):
- Bare organs take the account's county or 旗: 县委 / 县政府 / 县长 / 副县长 / 县X局 / 县人大常委会 / 县政协 on ``剑阁发布`` =
  剑阁县's, on ``旺苍发布`` = 旺苍县's, and so on; 旗委 / 政府旗长 / 副旗长 / 常务副旗长 on ``翁牛特发布`` = 翁牛特旗's, on
  ``克什克腾发布`` = 克什克腾旗's (as g, m, ak: ``旗委副书记、政府旗长`` → X旗委 副书记 + X旗政府 旗长). 市委 / 市政府 / 副市长
  on a county page = the county's city (广元, 黄冈, 河池, 赤峰).
- The county label is the full official name: 巴马瑶族自治县委 / 巴马瑶族自治县政府 (as part y's 木垒哈萨克自治县).
- ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长; ``市委常委、宣传部部长`` → 广元市委 常委 + 广元市委宣传部 部长;
  ``市委常委、副市长`` → 赤峰市委 常委 + 赤峰市政府 副市长; ``市政府副秘书长`` → 黄冈市政府 副秘书长.
- DECIDED HERE: ``县融媒体中心主任`` is a post of the county's 融媒体中心 (a 事业单位 under the 宣传部, with a leader appointed
  like a department's): org X县融媒体中心, title 主任; ``县委宣传部副部长、县融媒体中心主任`` gives both lines.
- Towns: county label + town + 党委 (``在普安镇，镇党委书记鲜丽萍`` → 剑阁县普安镇党委 书记; ``乌丹镇党委书记`` → 翁牛特旗乌丹镇
  党委).
- One line per post per article; a person named in the headline and the body has one line (evidence from the body).
- Chrome is not the article's matter (as ah): officials named only in a 往期推荐 headline are not annotated (cc:蒙志坚, 巴马
  县委书记 in cc06's 往期推荐, is no entry); a person of the body named again in 往期推荐 or a ``▲`` caption has only the mention
  counted. Account lines, ``来源 |`` lines, ``发表于…`` and 往期推荐 give no place.
- Bylines: ``记者 |``, ``记者：``, ``融媒体记者：`` and ``作者：融媒体记者 …`` are reporter lines (two names after one label are two
  reporters); ``编辑``, ``责任编辑``, ``审核``, ``终审``, ``监制`` and (DECIDED HERE) ``签发`` are editor lines.
- Events: a 现场推进会 whose morning is a tour of sites gives a ``site observation`` (the leaders who lead the tour are its
  attendees, the local heads who 介绍 its speakers) and a meeting (chair 主持; 出席 attendees; 通报 / 作了安排 / 强调 / 要求
  speakers), as part bq's 观摩 and 点评会; 常委会 are meetings (出席 and 列席 attendees; 作了说明 / 汇报 (``听取了…关于…的汇报``)
  / 强调 / 要求 speakers); 调研 / 检查 are inspections (leader; 陪同 / 随同 attendees; 介绍 / 汇报 / 指出 / 强调 / 表示
  speakers); the 座谈会 after cc04's 调研 is a meeting of its own and takes the remarks made there.
- Projects: works named as under way or to be pushed; a 冷链物流园 / 冷链仓储项目 ``logistics_hub``; 防洪 / 堤 / 岸线 works
  ``engineering_work``; 供热管网, 水厂, 应急广播体系 ``infrastructure_project``; 棚户区 / 老旧小区改造 ``housing_project``; 生态保护
  修复 ``greening_project``; 产业园 phases ``industrial_park``; 景区, 古城, 步道, 康养小镇, 制氢, 农田 and 交易市场 works
  ``project``. 李时珍医药工业园 as it stands is a place; its 标准化厂房三期 is the project. Generic works (演播厅改造, 陈列提升
  工程前期工作) are not.
- Places: one line per name per file, as written; towns, villages, rivers, lakes, mountains, scenic areas, memorials, an
  urban area, a street and a 片区 named on its own (东长街, 城隍庙片区); places inside project names and document titles
  count; DECIDED HERE: a place inside a column's title counts (大别山 in ``“大别山茶乡”专栏``); the 片区 that opens a project's
  name (城北片区) gives no row (as ah); the bare county or 旗 name in the body (剑阁, 旺苍, 英山, 蕲春, 东兰) is a place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

JG, WC, YS, QC = "剑阁县", "旺苍县", "英山县", "蕲春县"
BM, DL, WN, KS = "巴马瑶族自治县", "东兰县", "翁牛特旗", "克什克腾旗"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cc01_jiange.txt": (2022, "2022-09-16 18:30", JG, [
        ("全县2022年第三季度重点项目建设现场推进会召开", "9月15日", "2022-09-15", "9月15日，我县召开",
         "WeChat (剑阁发布): 现场推进会 with a morning 观摩 of four projects; 县委书记 讲话, 县长 主持, 常务副县长 蒲宏川 通报; ▲ captions, 往期推荐, 转载请注明")]),
    "cc02_wangcang.txt": (2024, "2024年04月10日 21:05", WC, [
        ("岳定坤主持召开县委常委会（扩大）会议", "4月9日", "2024-04-09", "4月9日，县委书记岳定坤",
         "WeChat (旺苍发布, newer account line): 县委常委会（扩大）会议 with sub-heads 一、二、三; 蒲宏川 now 县长; 人大 / 政协 heads 列席")]),
    "cc03_wangcang.txt": (2024, "2024-06-20 19:42", WC, [
        ("符海宁来旺调研宣传思想文化和文旅融合工作", "6月19日", "2024-06-19", "6月19日，市委常委",
         "WeChat (旺苍发布): 广元 市委常委、宣传部部长's 调研 of 红军城, 木门 and the 县融媒体中心 (its 主任)")]),
    "cc04_yingshan.txt": (2023, "2023-11-09 08:15", YS, [
        ("殷正德到县融媒体中心调研并慰问新闻工作者", "11月8日", "2023-11-08", "11月8日是第24个",
         "WeChat (英山发布): the 县委书记's 记者节 调研 of the 县融媒体中心 (宣传部部长, 融媒体中心主任) and the 座谈会; foot in brackets")]),
    "cc05_qichun.txt": (2025, "2025-04-17 20:36", QC, [
        ("殷正德来蕲调研医药产业发展和重点项目建设", "4月17日", "2025-04-17", "4月17日，副市长",
         "WeChat (蕲春发布): 殷正德, now 黄冈 副市长, 调研 with a 市政府副秘书长, the 县委书记, 县长, 县委常委、副县长, a town secretary")]),
    "cc06_bama.txt": (2022, "2022-06-08 19:10", BM, [
        ("覃海鹏检查防汛备汛和重点项目建设工作", "6月7日", "2022-06-07", "6月7日，县委副书记",
         "WeChat (巴马发布, 请点击上方蓝色字关注): the 县长's 防汛 检查 of two towns; 副县长, a town secretary; 签发 line; 往期推荐 naming the 县委书记")]),
    "cc07_donglan.txt": (2024, "2024年07月23日 20:18", DL, [
        ("覃海鹏主持召开县委常委会2024年第15次会议", "7月22日", "2024-07-22", "7月22日，县委书记",
         "WeChat (东兰发布): 县委常委会 chaired by 覃海鹏, now 东兰县委书记; 县长, 常务副县长, 副县长 罗文斌#1 列席; sub-heads 会议研究了…")]),
    "cc08_wengniute.txt": (2022, "2022-07-15 18:50", WN, [
        ("贾振宇深入乌丹镇、梧桐花镇调研重点项目建设和防汛工作", "7月14日", "2022-07-14", "7月14日，旗委书记",
         "WeChat (翁牛特发布): the 旗委书记's 调研 of two towns with 旗委副书记、政府旗长 敖东升 and a 副旗长; sub-heads; 作者：融媒体记者")]),
    "cc09_keshiketeng.txt": (2024, "2024-06-13 19:25", KS, [
        ("全旗重点项目建设现场推进会召开", "6月12日", "2024-06-12", "6月12日，全旗",
         "WeChat (克什克腾发布): 现场推进会 with 观摩; 敖东升 now 旗委书记; 旗长 主持; 常务副旗长 罗文斌#2 通报; 副旗长")]),
    "cc10_wengniute.txt": (2024, "2024年08月21日 20:02", WN, [
        ("娄承志到我旗调研农牧业发展和重点项目建设工作", "8月21日", "2024-08-21", "8月21日，市委常委",
         "WeChat (翁牛特发布): 赤峰 市委常委、副市长's 调研 with the 旗委书记, the new 旗长 那木拉 and the 副旗长")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 四川 广元
    "cc:冉兆林": ("冉兆林", "official", JG, [
        ("cc01", f"{JG}委", "书记", "县委书记冉兆林出席并讲话", "2022-09; also in a ▲ caption and a 往期推荐 headline (mentions counted)")], []),
    "cc:母志远": ("母志远", "official", JG, [
        ("cc01", f"{JG}委", "副书记", "县委副书记、县长母志远主持会议", None),
        ("cc01", f"{JG}政府", "县长", "县委副书记、县长母志远主持会议", None)], []),
    "cc:蒲宏川": ("蒲宏川", "official", "广元市", [
        ("cc01", f"{JG}委", "常委", "县委常委、常务副县长蒲宏川通报", "2022-09: 剑阁 (identity case: 旺苍县长 in 2024, cc02 / cc03)"),
        ("cc01", f"{JG}政府", "常务副县长", "县委常委、常务副县长蒲宏川通报", None),
        ("cc02", f"{WC}委", "副书记", "县委副书记、县长蒲宏川，县委副书记谯明远", "2024-04: now 旺苍 (bare 县委 on 旺苍发布); also in a 往期推荐 headline"),
        ("cc02", f"{WC}政府", "县长", "县委副书记、县长蒲宏川，县委副书记谯明远", None),
        ("cc03", f"{WC}委", "副书记", "县委副书记、县长蒲宏川，县委常委、宣传部部长任思雨陪同调研", "2024-06"),
        ("cc03", f"{WC}政府", "县长", "县委副书记、县长蒲宏川，县委常委、宣传部部长任思雨陪同调研", None)], []),
    "cc:苟文涛": ("苟文涛", "official", JG, [
        ("cc01", f"{JG}政府", "副县长", "副县长苟文涛出席", None)], []),
    "cc:鲜丽萍": ("鲜丽萍", "official", JG, [
        ("cc01", f"{JG}普安镇党委", "书记", "在普安镇，镇党委书记鲜丽萍", "town from the preceding 在普安镇")], []),
    "cc:敬小川": ("敬小川", "official", JG, [
        ("cc01", f"{JG}发展改革局", "局长", "县发展改革局局长敬小川", None)], []),
    "cc:岳定坤": ("岳定坤", "official", WC, [
        ("cc02", f"{WC}委", "书记", "县委书记岳定坤主持召开", "named in the headline too; in cc03 only in a 往期推荐 headline (not annotated there)")], []),
    "cc:谯明远": ("谯明远", "official", WC, [
        ("cc02", f"{WC}委", "副书记", "县委副书记谯明远等县委常委出席会议", None)], []),
    "cc:景德全": ("景德全", "official", WC, [
        ("cc02", f"{WC}人大常委会", "主任", "县人大常委会主任景德全", None)], []),
    "cc:庞树林": ("庞树林", "official", WC, [
        ("cc02", f"{WC}政协", "主席", "县政协主席庞树林列席会议", None)], []),
    "cc:彭宇航": ("彭宇航", "official", WC, [
        ("cc02", f"{WC}应急管理局", "局长", "县应急管理局局长彭宇航", None)], []),
    "cc:任思雨": ("任思雨", "official", WC, [
        ("cc02", f"{WC}委", "常委", "县委常委、宣传部部长任思雨就方案起草情况", "2024-04"),
        ("cc02", f"{WC}委宣传部", "部长", "县委常委、宣传部部长任思雨就方案起草情况", None),
        ("cc03", f"{WC}委", "常委", "县委常委、宣传部部长任思雨陪同调研", "2024-06"),
        ("cc03", f"{WC}委宣传部", "部长", "县委常委、宣传部部长任思雨陪同调研", None)], []),
    "cc:符海宁": ("符海宁", "official", "广元市", [
        ("cc03", "广元市委", "常委", "市委常委、宣传部部长符海宁来我县调研", "bare 市委 on 旺苍发布 = 广元市委; named in the headline too"),
        ("cc03", "广元市委宣传部", "部长", "市委常委、宣传部部长符海宁来我县调研", None)], []),
    "cc:昝玉洁": ("昝玉洁", "official", WC, [
        ("cc03", f"{WC}委宣传部", "副部长", "县委宣传部副部长、县融媒体中心主任昝玉洁", None),
        ("cc03", f"{WC}融媒体中心", "主任", "县委宣传部副部长、县融媒体中心主任昝玉洁", "DECIDED HERE: 县融媒体中心 主任 is a post; 县融媒体中心 = 旺苍县's here, 英山县's in cc04")], []),
    # ---- 湖北 黄冈
    "cc:殷正德": ("殷正德", "official", "黄冈市", [
        ("cc04", f"{YS}委", "书记", "县委书记殷正德到县融媒体中心调研", "2023-11 (identity case: 黄冈 副市长 in 2025, cc05); named in the headline and ▲ captions too"),
        ("cc05", "黄冈市政府", "副市长", "副市长殷正德来我县调研", "2025-04: bare 副市长 on 蕲春发布 = 黄冈市政府 (蕲春's city, named in the body)")], []),
    "cc:闵慧敏": ("闵慧敏", "official", YS, [
        ("cc04", f"{YS}委", "常委", "县委常委、宣传部部长闵慧敏", None),
        ("cc04", f"{YS}委宣传部", "部长", "县委常委、宣传部部长闵慧敏", None)], []),
    "cc:汪鹏飞": ("汪鹏飞", "official", YS, [
        ("cc04", f"{YS}委宣传部", "副部长", "县委宣传部副部长、县融媒体中心主任汪鹏飞陪同", None),
        ("cc04", f"{YS}融媒体中心", "主任", "县委宣传部副部长、县融媒体中心主任汪鹏飞陪同", "县融媒体中心 = 英山县's here (旺苍县's in cc03)")], []),
    "cc:余景阳": ("余景阳", "official", "黄冈市", [
        ("cc05", "黄冈市政府", "副秘书长", "市政府副秘书长余景阳随同调研", None)], []),
    "cc:管世杰": ("管世杰", "official", QC, [
        ("cc05", f"{QC}委", "书记", "县委书记管世杰，县委副书记、县长熊立波", "also in a 往期推荐 headline (mention counted)")], []),
    "cc:熊立波": ("熊立波", "official", QC, [
        ("cc05", f"{QC}委", "副书记", "县委副书记、县长熊立波", None),
        ("cc05", f"{QC}政府", "县长", "县委副书记、县长熊立波", None)], []),
    "cc:宛俊": ("宛俊", "official", QC, [
        ("cc05", f"{QC}委", "常委", "县委常委、副县长宛俊陪同", None),
        ("cc05", f"{QC}政府", "副县长", "县委常委、副县长宛俊陪同", None)], []),
    "cc:陶家栋": ("陶家栋", "official", QC, [
        ("cc05", f"{QC}蕲州镇党委", "书记", "在蕲州镇，镇党委书记陶家栋", None)], []),
    # ---- 广西 河池
    "cc:覃海鹏": ("覃海鹏", "official", "河池市", [
        ("cc06", f"{BM}委", "副书记", "县委副书记、县长覃海鹏带队深入巴马镇", "2022-06: 巴马 (identity case: 东兰县委书记 in 2024, cc07); label = full name of the 自治县"),
        ("cc06", f"{BM}政府", "县长", "县委副书记、县长覃海鹏带队深入巴马镇", None),
        ("cc07", f"{DL}委", "书记", "县委书记覃海鹏主持召开", "2024-07: now 东兰县委书记")], []),
    "cc:班丽华": ("班丽华", "official", BM, [
        ("cc06", f"{BM}政府", "副县长", "副县长班丽华，县水利局", None)], []),
    "cc:牙永康": ("牙永康", "official", BM, [
        ("cc06", f"{BM}甲篆镇党委", "书记", "在甲篆镇，镇党委书记牙永康", None)], []),
    "cc:韦秋云": ("韦秋云", "official", DL, [
        ("cc07", f"{DL}委", "副书记", "县委副书记、县长韦秋云", "also in a 往期推荐 headline (mention counted)"),
        ("cc07", f"{DL}政府", "县长", "县委副书记、县长韦秋云", None)], []),
    "cc:黄德庆": ("黄德庆", "official", DL, [
        ("cc07", f"{DL}委", "常委", "县委常委、常务副县长黄德庆", None),
        ("cc07", f"{DL}政府", "常务副县长", "县委常委、常务副县长黄德庆", None)], []),
    "cc:罗文斌#1": ("罗文斌", "official", DL, [
        ("cc07", f"{DL}政府", "副县长", "副县长罗文斌列席会议", "东兰 (广西); not the 罗文斌 of 克什克腾旗 (cc09)")], []),
    # ---- 内蒙古 赤峰
    "cc:贾振宇": ("贾振宇", "official", WN, [
        ("cc08", f"{WN}委", "书记", "旗委书记贾振宇深入乌丹镇", "2022-07; bare 旗委 on 翁牛特发布; named in the headline and ▲ captions too"),
        ("cc10", f"{WN}委", "书记", "旗委书记贾振宇，旗委副书记、政府旗长那木拉", "2024-08: the same post; also in a 往期推荐 headline")], []),
    "cc:敖东升": ("敖东升", "official", "赤峰市", [
        ("cc08", f"{WN}委", "副书记", "旗委副书记、政府旗长敖东升", "2022-07: 翁牛特旗 (identity case: 克什克腾旗委书记 in 2024, cc09); also in a 往期推荐 headline"),
        ("cc08", f"{WN}政府", "旗长", "旗委副书记、政府旗长敖东升", "政府旗长 → X旗政府 旗长 (as g, m)"),
        ("cc09", f"{KS}委", "书记", "旗委书记敖东升出席并讲话", "2024-06: now 克什克腾旗委书记 (bare 旗委 on 克什克腾发布)")], []),
    "cc:包海燕": ("包海燕", "official", WN, [
        ("cc08", f"{WN}政府", "副旗长", "副旗长包海燕陪同调研", "2022-07"),
        ("cc10", f"{WN}政府", "副旗长", "副旗长包海燕陪同调研", "2024-08")], []),
    "cc:孟根图雅": ("孟根图雅", "official", WN, [
        ("cc08", f"{WN}乌丹镇党委", "书记", "乌丹镇党委书记孟根图雅介绍", None)], []),
    "cc:冀宏伟": ("冀宏伟", "official", KS, [
        ("cc09", f"{KS}委", "副书记", "旗委副书记、政府旗长冀宏伟主持会议", None),
        ("cc09", f"{KS}政府", "旗长", "旗委副书记、政府旗长冀宏伟主持会议", None)], []),
    "cc:罗文斌#2": ("罗文斌", "official", KS, [
        ("cc09", f"{KS}委", "常委", "旗委常委、常务副旗长罗文斌通报", "克什克腾旗 (内蒙古); not the 罗文斌 of 东兰 (cc07)"),
        ("cc09", f"{KS}政府", "常务副旗长", "旗委常委、常务副旗长罗文斌通报", None)], []),
    "cc:阿拉坦巴根": ("阿拉坦巴根", "official", KS, [
        ("cc09", f"{KS}政府", "副旗长", "副旗长阿拉坦巴根出席", "Mongolian name")], []),
    "cc:常建英": ("常建英", "official", KS, [
        ("cc09", f"{KS}经棚镇党委", "书记", "在经棚镇，镇党委书记常建英", None)], []),
    "cc:娄承志": ("娄承志", "official", "赤峰市", [
        ("cc10", "赤峰市委", "常委", "市委常委、副市长娄承志到我旗调研", "bare 市委 on 翁牛特发布 = 赤峰市委; named in the headline too"),
        ("cc10", "赤峰市政府", "副市长", "市委常委、副市长娄承志到我旗调研", None)], []),
    "cc:那木拉": ("那木拉", "official", WN, [
        ("cc10", f"{WN}委", "副书记", "旗委副书记、政府旗长那木拉", "2024-08: succeeds 敖东升 as 旗长; also in a 往期推荐 headline"),
        ("cc10", f"{WN}政府", "旗长", "旗委副书记、政府旗长那木拉", None)], []),
    # ---- staff named on two pages
    "cc:李俊霖": ("李俊霖", "editor", "旺苍县融媒体中心", [], ["cc02", "cc03"]),
    "cc:张诗雨": ("张诗雨", "editor", "旺苍县融媒体中心", [], ["cc02", "cc03"]),
    "cc:苏日古嘎": ("苏日古嘎", "reporter", "翁牛特旗融媒体中心", [], ["cc08", "cc10"]),
    "cc:高雅琴": ("高雅琴", "editor", "翁牛特旗融媒体中心", [], ["cc08", "cc10"]),
    "cc:赵琳": ("赵琳", "editor", "翁牛特旗融媒体中心", [], ["cc08", "cc10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cc01", "赵明轩", "记者", "reporter", "记者 | 赵明轩 何思琪"),
    ("cc01", "何思琪", "记者", "reporter", "记者 | 赵明轩 何思琪"),
    ("cc01", "杜若曦", "编辑", "editor", "编辑 | 杜若曦"),
    ("cc01", "王梓萌", "审核", "editor", "审核 | 王梓萌"),
    ("cc02", "李俊霖", "编辑", "editor", "编辑 | 李俊霖"),
    ("cc02", "张诗雨", "审核", "editor", "审核 | 张诗雨"),
    ("cc02", "刘欣妍", "终审", "editor", "终审 | 刘欣妍"),
    ("cc03", "卢俊宇", "记者", "reporter", "记者：卢俊宇 陆思敏"),
    ("cc03", "陆思敏", "记者", "reporter", "记者：卢俊宇 陆思敏"),
    ("cc03", "李俊霖", "编辑", "editor", "编辑：李俊霖"),
    ("cc03", "张诗雨", "审核", "editor", "审核：张诗雨"),
    ("cc04", "吴昊天", "融媒体记者", "reporter", "（融媒体记者：吴昊天 编辑：汪雨涵 审核：蔡欣悦 终审：邱子豪）"),
    ("cc04", "汪雨涵", "编辑", "editor", "（融媒体记者：吴昊天 编辑：汪雨涵 审核：蔡欣悦 终审：邱子豪）"),
    ("cc04", "蔡欣悦", "审核", "editor", "（融媒体记者：吴昊天 编辑：汪雨涵 审核：蔡欣悦 终审：邱子豪）"),
    ("cc04", "邱子豪", "终审", "editor", "（融媒体记者：吴昊天 编辑：汪雨涵 审核：蔡欣悦 终审：邱子豪）"),
    ("cc05", "黎梦瑶", "记者", "reporter", "记者：黎梦瑶"),
    ("cc05", "侯晨曦", "编辑", "editor", "编辑：侯晨曦"),
    ("cc05", "莫海军", "审核", "editor", "审核：莫海军"),
    ("cc06", "韦佳怡", "编辑", "editor", "编辑：韦佳怡"),
    ("cc06", "梁少华", "审核", "editor", "审核：梁少华"),
    ("cc06", "覃晓丹", "签发", "editor", "签发：覃晓丹"),
    ("cc07", "陈嘉骏", "编辑", "editor", "编辑：陈嘉骏"),
    ("cc07", "陶雨萱", "审核", "editor", "审核：陶雨萱"),
    ("cc07", "钟伟成", "监制", "editor", "监制：钟伟成"),
    ("cc08", "苏日古嘎", "融媒体记者", "reporter", "作者：融媒体记者 苏日古嘎"),
    ("cc08", "高雅琴", "编辑", "editor", "编辑：高雅琴"),
    ("cc08", "赵琳", "审核", "editor", "审核：赵琳"),
    ("cc09", "包丽娜", "融媒体记者", "reporter", "融媒体记者：包丽娜 吕斯琪"),
    ("cc09", "吕斯琪", "融媒体记者", "reporter", "融媒体记者：包丽娜 吕斯琪"),
    ("cc09", "冯子墨", "责任编辑", "editor", "责任编辑：冯子墨"),
    ("cc09", "熊可欣", "审核", "editor", "审核：熊可欣"),
    ("cc10", "苏日古嘎", "融媒体记者", "reporter", "作者：融媒体记者 苏日古嘎"),
    ("cc10", "高雅琴", "编辑", "editor", "编辑：高雅琴"),
    ("cc10", "赵琳", "审核", "editor", "审核：赵琳"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cc01", "重点项目现场观摩", "site observation (现场观摩)", "9月15日", None, None, [],
     ["冉兆林", "母志远", "蒲宏川"], ["鲜丽萍", "敬小川"], "剑门关镇、普安镇、下寺镇、白龙镇",
     "冉兆林、母志远、蒲宏川等县领导带领与会人员，先后来到剑门关镇",
     ["冉兆林、母志远、蒲宏川等县领导带领与会人员", "镇党委书记鲜丽萍介绍了", "局长敬小川介绍了"]),
    ("cc01", "2022年第三季度重点项目建设现场推进会", "meeting (现场推进会)", "9月15日", "母志远", None, ["剑阁县"],
     ["冉兆林", "苟文涛"], ["蒲宏川", "苟文涛", "冉兆林", "母志远"], None,
     "9月15日，我县召开2022年第三季度重点项目建设现场推进会",
     ["县委书记冉兆林出席并讲话", "县长母志远主持会议", "副县长苟文涛出席", "蒲宏川通报了1至8月全县重点项目推进情况",
      "苟文涛就用地报批", "冉兆林强调", "母志远要求"]),
    ("cc02", "县委常委会（扩大）会议", "meeting (县委常委会)", "4月9日", "岳定坤", None, [],
     ["蒲宏川", "谯明远", "景德全", "庞树林"], ["蒲宏川", "彭宇航", "任思雨", "岳定坤"], None,
     "4月9日，县委书记岳定坤主持召开县委常委会（扩大）会议",
     ["县委书记岳定坤主持召开", "县委副书记谯明远等县委常委出席会议", "县人大常委会主任景德全", "县政协主席庞树林列席会议",
      "蒲宏川就一季度全县经济运行情况作了说明", "局长彭宇航关于今年汛期形势研判", "任思雨就方案起草情况作了说明", "岳定坤强调"]),
    ("cc03", "宣传思想文化和文旅融合工作调研", "inspection (调研)", "6月19日", None, "符海宁", [],
     ["蒲宏川", "任思雨"], ["任思雨", "昝玉洁", "符海宁", "蒲宏川"], "旺苍县（东河镇、木门镇）",
     "市委常委、宣传部部长符海宁来我县调研宣传思想文化和文旅融合工作",
     ["宣传部部长符海宁来我县调研", "宣传部部长任思雨陪同调研", "任思雨介绍了", "昝玉洁汇报了", "符海宁指出", "蒲宏川表示"]),
    ("cc04", "县融媒体中心调研", "inspection (调研)", "11月8日", None, "殷正德", [],
     ["闵慧敏", "汪鹏飞"], ["汪鹏飞"], "英山县融媒体中心",
     "县委书记殷正德到县融媒体中心调研",
     ["县委书记殷正德到县融媒体中心调研", "县融媒体中心主任汪鹏飞陪同", "汪鹏飞介绍了"]),
    ("cc04", "座谈会", "meeting (座谈会)", "11月8日", None, None, [],
     [], ["闵慧敏", "殷正德"], "英山县融媒体中心",
     "随后召开的座谈会上，闵慧敏汇报了今年全县新闻宣传",
     ["闵慧敏汇报了", "殷正德指出", "殷正德强调"]),
    ("cc05", "医药产业发展和重点项目建设调研", "inspection (调研)", "4月17日", None, "殷正德", [],
     ["余景阳", "管世杰", "熊立波", "宛俊"], ["熊立波", "陶家栋", "殷正德", "管世杰"], "蕲春县",
     "副市长殷正德来我县调研医药产业发展和重点项目建设工作",
     ["副市长殷正德来我县调研", "市政府副秘书长余景阳随同调研", "县委书记管世杰", "县委常委、副县长宛俊陪同", "熊立波汇报了",
      "陶家栋介绍了", "殷正德指出", "管世杰表示"]),
    ("cc06", "防汛备汛和重点项目建设检查", "inspection (检查)", "6月7日", None, "覃海鹏", [],
     ["班丽华"], ["牙永康", "覃海鹏", "班丽华"], "巴马镇、甲篆镇",
     "县委副书记、县长覃海鹏带队深入巴马镇、甲篆镇，检查防汛备汛和重点项目建设工作",
     ["县长覃海鹏带队深入巴马镇", "副县长班丽华", "牙永康介绍了", "覃海鹏强调", "班丽华表示"]),
    ("cc07", "县委常委会2024年第15次会议", "meeting (县委常委会)", "7月22日", "覃海鹏", None, [],
     ["韦秋云", "黄德庆", "罗文斌"], ["罗文斌", "黄德庆", "覃海鹏", "韦秋云"], None,
     "7月22日，县委书记覃海鹏主持召开县委常委会2024年第15次会议",
     ["县委书记覃海鹏主持召开", "常务副县长黄德庆等县委常委出席会议", "副县长罗文斌列席会议", "会议听取了罗文斌关于",
      "黄德庆就方案起草情况作了说明", "覃海鹏强调", "韦秋云要求"]),
    ("cc08", "乌丹镇、梧桐花镇重点项目建设和防汛工作调研", "inspection (调研)", "7月14日", None, "贾振宇", [],
     ["敖东升", "包海燕"], ["孟根图雅", "贾振宇", "敖东升"], "乌丹镇、梧桐花镇",
     "旗委书记贾振宇深入乌丹镇、梧桐花镇，调研重点项目建设和防汛工作",
     ["旗委书记贾振宇深入乌丹镇", "副旗长包海燕陪同调研", "孟根图雅介绍", "贾振宇要求", "贾振宇强调", "敖东升表示"]),
    ("cc09", "重点项目现场观摩", "site observation (观摩)", "6月12日", None, None, [],
     ["敖东升", "冀宏伟"], ["常建英"], "经棚镇、同兴镇、热水塘镇、达来诺日镇",
     "与会人员在敖东升、冀宏伟带领下，先后来到经棚镇",
     ["与会人员在敖东升、冀宏伟带领下", "镇党委书记常建英介绍了"]),
    ("cc09", "全旗重点项目建设现场推进会", "meeting (现场推进会)", "6月12日", "冀宏伟", None, [],
     ["敖东升", "阿拉坦巴根"], ["罗文斌", "阿拉坦巴根", "敖东升", "冀宏伟"], None,
     "6月12日，全旗重点项目建设现场推进会召开",
     ["旗委书记敖东升出席并讲话", "政府旗长冀宏伟主持会议", "副旗长阿拉坦巴根出席", "罗文斌通报", "阿拉坦巴根就项目安全生产",
      "敖东升强调", "冀宏伟要求"]),
    ("cc10", "农牧业发展和重点项目建设调研", "inspection (调研)", "8月21日", None, "娄承志", [],
     ["贾振宇", "那木拉", "包海燕"], ["那木拉", "包海燕", "娄承志", "贾振宇"], "翁牛特旗（梧桐花镇、海拉苏镇）",
     "市委常委、副市长娄承志到我旗调研农牧业发展和重点项目建设工作",
     ["副市长娄承志到我旗调研", "旗委书记贾振宇，旗委副书记、政府旗长那木拉，副旗长包海燕陪同调研", "那木拉汇报了",
      "包海燕介绍了", "娄承志强调", "贾振宇表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cc01", "剑门关景区智慧旅游提升工程", "project", "要紧盯剑门关景区智慧旅游提升工程"),
    ("cc01", "普安镇城北片区棚户区改造项目", "housing_project", "普安镇城北片区棚户区改造项目"),
    ("cc01", "剑阁县农产品冷链物流园一期", "logistics_hub", "下寺镇剑阁县农产品冷链物流园一期、白龙镇"),
    ("cc01", "白龙镇龙源水厂扩建工程", "infrastructure_project", "白龙镇龙源水厂扩建工程4个项目现场"),
    ("cc02", "东河镇城区防洪堤加固工程", "engineering_work", "加快东河镇城区防洪堤加固工程建设"),
    ("cc02", "红军城文旅融合提升项目", "project", "要以红军城文旅融合提升项目为牵引"),
    ("cc03", "红军城文旅融合提升项目", "project", "任思雨介绍了红军城文旅融合提升项目推进情况"),
    ("cc04", "英山县应急广播体系建设项目", "infrastructure_project", "汪鹏飞介绍了英山县应急广播体系建设项目进展"),
    ("cc05", "李时珍医药工业园标准化厂房三期", "industrial_park", "先后来到李时珍医药工业园标准化厂房三期"),
    ("cc05", "蕲春县蕲艾产业园二期", "industrial_park", "蕲春县蕲艾产业园二期和蕲州镇"),
    ("cc05", "蕲州古城保护修复工程", "project", "陶家栋介绍了蕲州古城保护修复工程推进情况"),
    ("cc06", "盘阳河巴马镇段防洪治理工程", "engineering_work", "在盘阳河巴马镇段防洪治理工程施工现场"),
    ("cc06", "百魔洞景区提升改造工程", "project", "百魔洞景区提升改造工程要在暑期旅游旺季前"),
    ("cc07", "红水河东兰段岸线整治工程", "engineering_work", "红水河东兰段岸线整治工程要抢抓晴好天气"),
    ("cc07", "武篆镇魁星楼至列宁岩红色旅游步道工程", "project", "要以武篆镇魁星楼至列宁岩红色旅游步道工程为抓手"),
    ("cc08", "乌丹城区集中供热管网改造工程", "infrastructure_project", "在乌丹城区集中供热管网改造工程施工现场"),
    ("cc08", "梧桐花镇现代农业产业园冷链仓储项目", "logistics_hub", "来到梧桐花镇现代农业产业园冷链仓储项目"),
    ("cc08", "玉龙沙湖景区提档升级工程", "project", "来到玉龙沙湖景区提档升级工程现场"),
    ("cc09", "经棚镇老旧小区改造项目", "housing_project", "先后来到经棚镇老旧小区改造项目"),
    ("cc09", "同兴镇风光制氢一体化示范项目", "project", "同兴镇风光制氢一体化示范项目、热水塘镇"),
    ("cc09", "热水塘镇温泉康养小镇二期", "project", "热水塘镇温泉康养小镇二期和达来诺日镇"),
    ("cc09", "达里湖生态保护修复工程", "greening_project", "高标准推进达里湖生态保护修复工程"),
    ("cc10", "梧桐花镇现代农业产业园冷链仓储项目", "logistics_hub", "先后来到梧桐花镇现代农业产业园冷链仓储项目"),
    ("cc10", "海拉苏镇高标准农田建设项目", "project", "海拉苏镇高标准农田建设项目区"),
    ("cc10", "翁牛特旗肉牛交易市场二期", "project", "翁牛特旗肉牛交易市场二期预计年底投入运营"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cc01", "剑门关镇", "town", "standalone", "先后来到剑门关镇剑门关景区"),
    ("cc01", "剑门关景区", "scenic_area", "in_project_name", "要紧盯剑门关景区智慧旅游提升工程"),
    ("cc01", "普安镇", "town", "standalone", "在普安镇，镇党委书记鲜丽萍"),
    ("cc01", "下寺镇", "town", "standalone", "在下寺镇，县发展改革局局长敬小川"),
    ("cc01", "剑阁县", "county", "in_project_name", "下寺镇剑阁县农产品冷链物流园一期、白龙镇"),
    ("cc01", "白龙镇", "town", "in_project_name", "白龙镇龙源水厂扩建工程4个项目现场"),
    ("cc01", "剑阁", "county", "standalone", "为剑阁高质量发展提供有力支撑"),
    ("cc02", "东河镇", "town", "in_project_name", "加快东河镇城区防洪堤加固工程建设"),
    ("cc02", "米仓山", "mountain", "standalone", "严防死守米仓山林区"),
    ("cc02", "旺苍县", "county", "in_document_title", "《旺苍县红军城文旅融合提升三年行动方案（2024—2026年）》"),
    ("cc02", "红军城", "heritage_site", "standalone", "红军城是旺苍最亮的红色名片"),
    ("cc02", "旺苍", "county", "standalone", "红军城是旺苍最亮的红色名片"),
    ("cc02", "木门", "town", "standalone", "串联木门、米仓山等资源"),
    ("cc03", "东河镇", "town", "standalone", "先后来到东河镇红军城、木门镇木门军事会议纪念馆"),
    ("cc03", "红军城", "heritage_site", "standalone", "先后来到东河镇红军城、木门镇木门军事会议纪念馆"),
    ("cc03", "木门镇", "town", "standalone", "先后来到东河镇红军城、木门镇木门军事会议纪念馆"),
    ("cc03", "木门军事会议纪念馆", "memorial_hall", "standalone", "先后来到东河镇红军城、木门镇木门军事会议纪念馆"),
    ("cc03", "红军街", "street", "standalone", "项目一期红军街风貌改造已完成70%"),
    ("cc03", "川陕苏区", "region", "standalone", "讲好川陕苏区红色故事"),
    ("cc03", "旺苍", "county", "standalone", "旺苍红色资源富集"),
    ("cc03", "川陕革命老区", "region", "standalone", "加快建设川陕革命老区红色文旅融合发展示范县"),
    ("cc04", "英山县", "county", "in_project_name", "汪鹏飞介绍了英山县应急广播体系建设项目进展"),
    ("cc04", "大别山", "mountain", "in_column_title", "正在编排“大别山茶乡”专栏"),
    ("cc04", "英山", "county", "standalone", "为英山发展营造了良好舆论氛围"),
    ("cc05", "李时珍医药工业园", "industrial_park", "in_project_name", "先后来到李时珍医药工业园标准化厂房三期"),
    ("cc05", "蕲春县", "county", "in_project_name", "蕲春县蕲艾产业园二期和蕲州镇"),
    ("cc05", "蕲州镇", "town", "standalone", "在蕲州镇，镇党委书记陶家栋"),
    ("cc05", "蕲州古城", "heritage_site", "in_project_name", "陶家栋介绍了蕲州古城保护修复工程推进情况"),
    ("cc05", "东长街", "street", "standalone", "目前东长街、城隍庙片区修缮已基本完工"),
    ("cc05", "城隍庙片区", "area", "standalone", "目前东长街、城隍庙片区修缮已基本完工"),
    ("cc05", "蕲春", "county", "standalone", "蕲春中医药资源独特"),
    ("cc05", "黄冈", "prefecture_city", "standalone", "为黄冈建设全国重要的大健康产业基地"),
    ("cc06", "巴马镇", "town", "standalone", "带队深入巴马镇、甲篆镇"),
    ("cc06", "甲篆镇", "town", "standalone", "带队深入巴马镇、甲篆镇"),
    ("cc06", "盘阳河", "river", "standalone", "确保盘阳河沿岸群众生命财产安全"),
    ("cc06", "百魔洞景区", "scenic_area", "standalone", "来到百魔洞景区游客步道"),
    ("cc06", "坡月村", "village", "standalone", "坡月村地质灾害隐患点监测情况"),
    ("cc07", "红水河", "river", "standalone", "近期红水河流域强降雨应对"),
    ("cc07", "东兰县", "county", "in_document_title", "《东兰县红色旅游高质量发展实施方案》"),
    ("cc07", "东兰", "county", "standalone", "东兰是革命老区"),
    ("cc07", "武篆镇", "town", "in_project_name", "要以武篆镇魁星楼至列宁岩红色旅游步道工程为抓手"),
    ("cc07", "魁星楼", "heritage_site", "standalone", "串联列宁岩、魁星楼、东兰烈士陵园等红色地标"),
    ("cc07", "列宁岩", "heritage_site", "standalone", "串联列宁岩、魁星楼、东兰烈士陵园等红色地标"),
    ("cc07", "东兰烈士陵园", "memorial", "standalone", "串联列宁岩、魁星楼、东兰烈士陵园等红色地标"),
    ("cc08", "乌丹镇", "town", "standalone", "旗委书记贾振宇深入乌丹镇、梧桐花镇"),
    ("cc08", "梧桐花镇", "town", "standalone", "旗委书记贾振宇深入乌丹镇、梧桐花镇"),
    ("cc08", "乌丹城区", "urban_area", "in_project_name", "在乌丹城区集中供热管网改造工程施工现场"),
    ("cc08", "西拉木伦河", "river", "standalone", "并沿西拉木伦河查看堤防险工险段"),
    ("cc08", "玉龙沙湖景区", "scenic_area", "in_project_name", "来到玉龙沙湖景区提档升级工程现场"),
    ("cc09", "经棚镇", "town", "standalone", "在经棚镇，镇党委书记常建英"),
    ("cc09", "同兴镇", "town", "in_project_name", "同兴镇风光制氢一体化示范项目、热水塘镇"),
    ("cc09", "热水塘镇", "town", "in_project_name", "热水塘镇温泉康养小镇二期和达来诺日镇"),
    ("cc09", "达来诺日镇", "town", "standalone", "热水塘镇温泉康养小镇二期和达来诺日镇"),
    ("cc09", "达里湖", "lake", "standalone", "守护好达里湖这一“草原明珠”"),
    ("cc09", "克什克腾旗", "banner", "standalone", "今年是克什克腾旗项目建设的攻坚之年"),
    ("cc10", "梧桐花镇", "town", "in_project_name", "先后来到梧桐花镇现代农业产业园冷链仓储项目"),
    ("cc10", "海拉苏镇", "town", "standalone", "在海拉苏镇，那木拉汇报了"),
    ("cc10", "翁牛特旗", "banner", "standalone", "翁牛特旗是农牧业大旗"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cc", conventions="set cc (blind set: county and banner 融媒体中心 WeChat articles as copied into text files, in 四川 广元 (剑阁县, 旺苍县), 湖北 黄冈 (英山县, 蕲春县), 广西 河池 (巴马瑶族自治县, 东兰县) and 内蒙古 赤峰 (翁牛特旗, 克什克腾旗): account lines XX发布 date 发表于<province> and 原创 … / date province, 点击蓝字关注我们, 来源 | 编辑 | 审核 | lines, ▲ captions, sub-heads as plain lines, 往期推荐 (not annotated), 转载请注明来源, 阅读原文, 分享 收藏 点赞 在看; bare organs take the account's county or 旗 (旗委 / 政府旗长 → X旗委 / X旗政府 旗长), bare 市委 / 副市长 the county's city; 县融媒体中心 主任 is a post of X县融媒体中心; 签发 is an editor line; a 现场推进会 gives a site observation and a meeting; one line per post per article)",
          persons_note="Set cc persons. id = corpus-wide person_id (cc:罗文斌#1 of 东兰县 (广西, 副县长) and cc:罗文斌#2 of 克什克腾旗 (内蒙古, 旗委常委、常务副旗长) are two people; cc:蒲宏川 剑阁 常务副县长 2022 → 旺苍 县长 2024; cc:敖东升 翁牛特旗 旗长 2022 → 克什克腾旗委书记 2024; cc:覃海鹏 巴马 县长 2022 → 东兰县委书记 2024; cc:殷正德 英山县委书记 2023 → 黄冈市副市长 2025)")


if __name__ == "__main__":
    main()
