"""Write gold part ``hf`` (a blind set: leaders' activity digests on government sites — 领导活动 / 工作动态 pages of
several short dated items, each a paragraph opening with its date and each a different leader and event; 政务动态 list
pages of entries with a one-line summary; a city paper's 市领导活动 box; and full articles on the same leaders) from
the tables below.

Pages ``tests/dev/texts/hf*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 和平县 site's 时政新闻 page (``您的位置: 首页 >
新闻中心 > 时政新闻``, ``作者: 来源:本网 发布时间:2020-08-10 浏览次数:- 【字体:``, a 县长's 专题会议 with ``会议听取了…汇报``
and ``县领导…参加会议``, ``分享到: 【打印正文】``); the 大连 西岗区 site (``时间:… 来源:区政府办 浏览次数:``, ``(区政府办供稿)``,
footer ``网站主办单位… 技术支持… 辽ICP备``); a 武穴 portal's list entry (``12月15日,市委副书记、市长…主持召开市长碰头会…市领导
…参加会议。 展开详细`` — one summary per entry); the 开鲁县 site (``欢迎访问开鲁县人民政府! … 当前位置: 首页>新闻中心>乡镇
动态``, ``发布时间: 信息来源: 今日开鲁 分享到:``, ``(县政府办供稿)``); the 遂溪 site's 工作动态 item (``遂溪县委副书记、县长…
率队到洋青镇、界炮镇调研督导…县委常委、副县长…以及…有关领导陪同检查``); a 蔚县 item (``5月5日上午,政府县长…到西合营镇调研。
县政府办公室及西合营镇相关负责人参加``); a 民权网 item copied on an aggregator (``文章來源: 文章作者: 責任編輯: 點擊數: 時間:``,
a 副县长's 督导 of two towns with the 县农业农村局局长); a 罗山 莽张镇 page (``县委常委、县委办主任…、县人大副主任…陪同此次调研``);
a 合阳 政协 视察 item (``縣政府副縣長…,縣政協副主席…參加``, ``(秦曉艷) 編輯:``); the 惠济区 and 牧野区 常务会议 items (date, 区长,
the meeting's number, ``…等参加会议``); a 长汀 区委常委会 item (``区委副书记、区长…主持会议并讲话，区人大常委会主任…、区政协主席
…等区四套班子领导…参加``); a 县政协 慰问 item with ``全媒体记者: 编辑: 编审:``; a city paper's 市长 item with ``记者 … [編輯: …
審核: … 審簽: …]``; the 凤凰网 安徽 ``16地市市委书记一周动态`` digest (one leader per section, items opening with dates);
a 张家界 item of three 座谈会 in one paragraph with the credit ``(何征宇 张旭 王瑜)``. Places are real and new or rare in
the corpus: 河南 平顶山 (叶县, 鲁山县, 舞钢市, 平顶山高新区) and 广东 河源 (和平县, 连平县, 源城区, 河源高新区).

Shapes: the 叶县 site's ``县领导活动`` page of four untitled dated paragraphs (县委常委会会议; the 县长's 调研 of two towns;
the 常务副县长's 检查; the 人大 主任's 视察) (hf01); the 叶县 site's full article on the same 县长 at the 产业集聚区, with a
座谈会 after the 调研 and a 相关新闻 list naming the 书记 (hf02); the 平顶山 city site's ``政务动态`` list: five entries of title
line, one-line summary ending ``[详细]`` and date line — a 市长's 调研 in 舞钢市 with 舞钢's own bare ``市委副书记、市长`` in the
same sentence, a 推进会, a 副市长's 督导 in 鲁山县, the bare 高新区's 党工委书记 会见 a company, a 市委常委会会议 (hf03); the
鲁山 site's ``鲁山县政务工作动态（2024年4月8日—4月12日）`` of four dated paragraphs, the former 叶县 县长 now 鲁山 书记 and the
former 鲁山 书记 now a 平顶山 副市长 (hf04); the 平顶山日报 第A02版 full article of that 副市长 in 叶县, where the 常务副县长 of
2022 is now 县长 (hf05); the 和平县 site's ``和平县领导活动一周综述（8月15日—8月19日）`` of four dated paragraphs (hf06); the 和平县
site's 时政新闻 full article of the 县长's 专题会议, ``县领导叶俊霖、邱振南参加会议`` and a 相关信息 list (hf07); the 河源 city
site's ``政务动态`` list of four ``·`` entries with a date after the title and a summary ending ``展开详细`` (hf08); 河源日报
第A01版's ``市领导活动`` box of four ``■`` items, each with its own ``（记者 …）`` / ``（通讯员 …）`` (hf09); the 连平 site's full
article of the new 县长's 调研 (hf10).

Identity cases:
- hf:彭书林, a 县长 who becomes another county's 书记: 叶县委副书记、县长 in May and June 2022 (hf01, hf02) → 鲁山县委书记 in
  April 2024 (hf04).
- hf:卢宏达, a county 书记 who becomes the city's 副市长: 鲁山县委书记 in May 2023 (hf03) → 平顶山市副市长 in April 2024 (hf04,
  back in 鲁山 on a 督导) and March 2025 (hf05, in 叶县).
- hf:祁晓衡: 叶县委常委、常务副县长 in 2022 (hf01 twice, hf02) → 叶县委副书记、县长 in March 2025 (hf05).
- hf:叶俊霖 moves between counties of 河源: 和平县委常委、常务副县长 in Aug 2022 (hf06, two items), named bare as ``县领导`` in
  Sept 2022 (hf07) → 连平县委副书记、县长 in May and June 2024 (hf09, hf10); hf:何振勋 is 连平 县长 in June 2023 (hf08).
- hf:毋德成 moves between towns of 叶县: 任店镇党委书记 (hf01, 2022) → 廉村镇党委书记 (hf05, 2025).
- two different 段永刚 in unrelated places: hf:段永刚#1 is 叶县 副县长 (河南, hf01, hf02, 2022); hf:段永刚#2 is 连平县上坪镇
  党委书记 (广东, hf10, 2024).
- one organ name of several places: the bare ``高新区党工委书记`` / ``高新区管委会`` is 平顶山高新区's on the 平顶山 site (hf03)
  and 河源高新区's on the 河源 site and in 河源日报 (hf08, hf09); the bare ``市委副书记、市长`` is 平顶山's and, four words later
  after ``舞钢市委书记``, 舞钢市's (hf03); bare ``县委书记`` / ``县委副书记、县长`` / ``县应急管理局局长`` are 叶县's, 鲁山县's,
  和平县's and 连平县's on their own sites.
- the same officials across pages: hf:焦立恒 (叶县委书记 2022 and 2025), hf:郜振岭 (鲁山 常务副县长 2023, 2024), hf:邝国栋,
  hf:温立坤, hf:朱嘉欣 (河源 2023, 2024), hf:潘志航 (河源高新区党工委书记; 市委常委 written in 2023 only), hf:刘嘉骏,
  hf:曾繁茂 (和平县委书记 2022, 2024), hf:赖永康 (hf06, hf07), hf:黄晓瑜 and hf:邱振南; the editor hf:赵一帆 (hf01, hf02).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts gn, x, bs, fb, cy where they speak; decided here where they are silent):
- Each dated item of a digest is an article, dated by its own lead (as gn, x). DECIDED HERE (untitled paragraph items, no
  bullet): an item that is only a paragraph opening with its date has as headline its opening words up to the first name
  (``5月16日上午，县委书记焦立恒``, ``4月10日，平顶山市``), the shortest string that is unique on the page; the digest's page
  title (``县领导活动``, ``鲁山县政务工作动态（…）``, ``和平县领导活动一周综述（…）``, ``市领导活动``), the stamp line and the site
  navigation are chrome. A post repeated in another item gives a line there (one line per post per article).
- DECIDED HERE (政务动态 list page with one-line summaries, hf03 and hf08): each entry — title line, summary sentence and date
  line — is an article: headline the title line (with its ``·`` mark where it has one), body the summary; the posts and the
  event of the summary are annotated like a short item's; ``[详细]`` / ``展开详细``, the entry's date line (which lies inside
  the entry) and the pager are chrome. The page stamp is the newest entry's date (a list page has no 发布时间). This is not
  fb's headline-only news list above an article (chrome there): here the entries are the page's matter and each names its
  leaders and event.
- Lists of links under a full article (``相关新闻``, ``相关信息``, ``上一篇`` / ``下一篇``, ``本版其他新闻``) are chrome (as fb):
  焦立恒 in hf02 and 曾繁茂 in hf07 are named only there and have no entry on those pages.
- Bare organs take the page's place or, after a named place's title, that place (as CONVENTIONS, bs01, gn): on a county site
  县委 / 县政府 / 县人大常委会 / 县政协 / 县X局 = that county, ``镇党委书记`` after ``在任店镇，`` = 叶县任店镇党委; on the city site
  (hf03, hf08) and in the city paper (hf05, hf09) bare 市委 / 副市长 / 市X局 = 平顶山 or 河源; ``舞钢市委书记冯振国，市委副书记、
  市长梁晓东`` → 舞钢市委 副书记 + 舞钢市政府 市长 (舞钢市 is a county-level city); ``鲁山县委书记卢宏达，县委常委、常务副县长
  郜振岭`` → 鲁山县; ``平顶山市副市长`` on the 鲁山 site → 平顶山市政府; ``叶县县委书记`` → 叶县委 书记.
- Zones: bare 高新区 on a city's pages = that city's 高新区, labelled ``平顶山高新区`` / ``河源高新区`` (党工委 with 书记,
  管委会 with 主任 / 副主任; a bare ``管委会主任`` right after ``高新区党工委书记`` is that zone's); ``市委常委、高新区党工委书记``
  → X市委 常委 + X高新区党工委 书记. A county's 产业集聚区 is ``叶县产业集聚区`` (as cy): ``县产业集聚区管委会主任`` →
  叶县产业集聚区管委会 主任. Place lines write the zone as the evidence does (``高新区``, ``河源高新区``, both in hf09).
- ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长 (as gn); ``市住房城乡建设局`` as written after 河源市;
  ``县文化广电旅游体育局`` as written after 和平县. ``县领导叶俊霖、邱振南`` gives no post (CONVENTIONS); they are attendees.
- Bylines: DECIDED HERE: ``作者：`` in the stamp line of a one-article page lies after its headline and is an author row
  (hf02, hf07; gn's chrome ruling was for a digest's stamp line, which lies before its first item); an
  empty ``作者：`` (hf06) names nobody; ``（县政府办公室供稿）`` names an office, not a person; ``（记者 …）`` / ``（通讯员 …）``
  at the end of a box item is a reporter / correspondent row of that item — 曾雅珺 signs two items of hf09 and has a row in each;
  ``（连平县融媒体中心 记者 …）`` and ``本报讯（记者 …）`` are reporter rows; foot lines (责任编辑 / 编辑 / 本版编辑 / 审核 / 终审 /
  校对) lie in the last article's span and are editor rows of it.
- Events: 调研 / 督导 / 检查 / 视察 are inspections (leader the one who 到 / 带队; 陪同 / 参加 attendees; 汇报 / 介绍 / 通报 /
  要求 / 强调 / 指出 / 表示 / 作了安排 speakers); 常委会会议, 常务会议, 推进会, 调度会, 专题会议 are meetings (chair when 主持;
  出席 / 列席 / 参加 attendees); a 会见 is a ``meeting (会见)`` with host, guest and those who 参加会见 as attendees (as ea, ah;
  ``双方…进行了深入交流`` names no speaker); the 座谈会 after the 调研 in hf02 is its own meeting (as bs02's 督导反馈会). In a list
  entry only what its summary says is annotated; DECIDED HERE: the subject of ``主持召开…听取…作出安排`` (丁卫华, hf03) is chair and, for ``作出安排``, speaker.
- Projects: works named as under way, inspected or discussed (… 工程, … 项目, 产业园 N期, a 示范园 / 示范带 / 度假区 being built);
  产业园 ``industrial_park``; 防洪治理 ``engineering_work``; 生态修复 ``greening_project``; 管网 / 污水处理厂 / 水厂 / 道路
  ``infrastructure_project``; 冷链物流中心 ``logistics_hub``. Generic work (老旧小区改造, 储能电池项目, 民宿集群) and documents
  (``《和平县猕猴桃产业发展三年行动方案》``) are not projects; a visited 种植基地 or 检查站 is not.
- Places: one line per name per file, as written; places inside titles, organ references, headlines, document titles and
  project names count (the short name inside a project name too: ``舞钢``, ``下汤``, ``连平``); site lines, page titles,
  stamp lines, mastheads, 相关 lists, footers and company names (深圳市锐岭新能源科技有限公司) are not annotated; ``我县``,
  ``全县`` are not places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YX, LS, WG, PDS = "叶县", "鲁山县", "舞钢市", "平顶山市"
HP, LP, HY = "和平县", "连平县", "河源市"
PGX, HGX = "平顶山高新区", "河源高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hf01_yexian.txt": (2022, "发布时间：2022-05-20 17:05", YX, [
        ("5月16日上午，县委书记焦立恒", "5月16日上午", "2022-05-16", "5月16日上午，县委书记焦立恒",
         "county site 领导活动 item 1 (untitled paragraph): 县委常委会会议 (书记 主持; 县长, 常务副县长 出席; 人大 主任, 政协 主席 列席)"),
        ("5月17日，县委副书记", "5月17日", "2022-05-17", "5月17日，县委副书记",
         "item 2: the 县长's 调研 of 任店镇 and 保安镇; a 镇党委书记 reports; 副县长 段永刚#1"),
        ("5月18日下午，县委常委", "5月18日下午", "2022-05-18", "5月18日下午，县委常委",
         "item 3: the 常务副县长's 安全生产 检查 with the 应急管理局局长"),
        ("5月19日，县人大常委会主任", "5月19日", "2022-05-19", "5月19日，县人大常委会主任",
         "item 4: 人大 视察 of a 防洪治理工程; foot 责任编辑 / 审核, 上一篇 / 下一篇")]),
    "hf02_yexian.txt": (2022, "发布时间：2022-06-09 11:32", YX, [
        ("彭书林到叶县产业集聚区调研重点项目建设", "6月8日", "2022-06-08", "6月8日，县委副书记",
         "county site full article: the 县长's 调研 at the 产业集聚区 and the 座谈会 after it; 作者 in the stamp line; 相关新闻 list")]),
    "hf03_pingdingshan.txt": (2023, "2023-05-26", PDS, [
        ("甄立群到舞钢市调研钢铁产业转型升级工作", "5月25日", "2023-05-25", "5月25日，市委副书记",
         "city site 政务动态 list entry 1 (title, one-line summary, date): the 市长's 调研 in 舞钢市; 舞钢's bare 市委副书记、市长 in the same sentence"),
        ("丁卫华主持召开全市重点项目建设推进会", "5月24日", "2023-05-24", "5月24日，市委常委",
         "entry 2: 推进会 (常务副市长 主持; 市发展改革委主任 汇报)"),
        ("邵雅萍到鲁山县督导防汛备汛工作", "5月23日", "2023-05-23", "5月23日，副市长",
         "entry 3: the 副市长's 督导 in 鲁山县 with its 书记 卢宏达 and 常务副县长"),
        ("柴松林会见深圳客商一行", "5月22日下午", "2023-05-22", "5月22日下午，市委常委",
         "entry 4: the bare 高新区's 党工委书记 会见 a company's 董事长; 高新区管委会副主任"),
        ("魏启东主持召开市委常委会会议", "5月22日上午", "2023-05-22", "5月22日上午，市委书记",
         "entry 5: 市委常委会会议; pager and footer")]),
    "hf04_lushan.txt": (2024, "发布日期：2024-04-12", LS, [
        ("4月8日，县委书记彭书林", "4月8日", "2024-04-08", "4月8日，县委书记彭书林",
         "county site 工作动态 digest item 1: the new 书记 彭书林 (叶县 县长 in 2022) 调研 two towns; 宣传部部长; a 镇党委书记 reports"),
        ("4月9日上午，县委副书记", "4月9日上午", "2024-04-09", "4月9日上午，县委副书记",
         "item 2: 县政府常务会议"),
        ("4月10日，平顶山市", "4月10日", "2024-04-10", "4月10日，平顶山市",
         "item 3: 卢宏达 (鲁山 书记 in 2023) now 平顶山市副市长, a 督导 in 鲁山"),
        ("4月11日，县政协主席", "4月11日", "2024-04-11", "4月11日，县政协主席",
         "item 4: 政协 视察; 供稿 line; foot 责任编辑 / 审核 / 终审")]),
    "hf05_pingdingshan.txt": (2025, "2025年03月19日　星期三", PDS, [
        ("卢宏达在叶县调研时强调", "3月18日", "2025-03-18", "本报讯（记者 岳晓彤）3月18日",
         "city paper 第A02版 full article: the 副市长's 调研 in 叶县; 祁晓衡 now 县长, 毋德成 now 廉村镇党委书记")]),
    "hf06_heping.txt": (2022, "发布时间：2022-08-20", HP, [
        ("8月15日上午，县委书记曾繁茂", "8月15日上午", "2022-08-15", "8月15日上午，县委书记曾繁茂",
         "county site 领导活动一周综述 item 1: the 书记's 调研 in 林寨镇; 镇党委书记 reports; 宣传部部长"),
        ("8月16日，县委副书记", "8月16日", "2022-08-16", "8月16日，县委副书记",
         "item 2: 县政府常务会议 (常务副县长 叶俊霖, two 副县长 出席)"),
        ("8月17日下午，县委常委", "8月17日下午", "2022-08-17", "8月17日下午，县委常委",
         "item 3: the 常务副县长's 督导 of two towns"),
        ("8月18日，县人大常委会主任", "8月18日", "2022-08-18", "8月18日，县人大常委会主任",
         "item 4: 人大 视察 of 教育; foot 责任编辑")]),
    "hf07_heping.txt": (2022, "发布时间：2022-09-07", HP, [
        ("赖永康主持召开专题会议研究温泉旅游开发工作", "9月6日下午", "2022-09-06", "9月6日下午，县委副书记",
         "county site 时政新闻 full article: the 县长's 专题会议; three heads report; 县领导 named without titles; 相关信息 list")]),
    "hf08_heyuan.txt": (2023, "2023-06-16", HY, [
        ("· 温立坤主持召开市政府常务会议", "6月15日", "2023-06-15", "6月15日，市委副书记",
         "city site 政务动态 list entry 1 (title with date, one-line summary, 展开详细): 市政府常务会议"),
        ("· 邝国栋到连平县调研乡村振兴和产业发展", "6月14日", "2023-06-14", "6月14日，市委书记",
         "entry 2: the 市委书记's 调研 in 连平县 with its 书记 and 县长 (何振勋, before 叶俊霖)"),
        ("· 朱嘉欣督导检查城区燃气安全工作", "6月13日", "2023-06-13", "6月13日，副市长",
         "entry 3: the 副市长's 督导 in 源城区 with a 市 bureau head"),
        ("· 高新区召开重点项目建设调度会", "6月12日", "2023-06-12", "6月12日，市委常委",
         "entry 4: the bare 高新区's 调度会 (市委常委、党工委书记 主持; 管委会主任 通报)")]),
    "hf09_heyuan.txt": (2024, "2024年05月22日　星期三", HY, [
        ("■5月20日上午，市委书记", "5月20日上午", "2024-05-20", "■5月20日上午，市委书记",
         "city paper 第A01版 市领导活动 box item 1: 市委常委会会议; (记者 …)"),
        ("■5月20日下午，市委副书记", "5月20日下午", "2024-05-20", "■5月20日下午，市委副书记",
         "item 2: the 市长's 调研 at the bare 高新区 (= 河源高新区) with its 党工委书记 and 管委会主任"),
        ("■5月21日，副市长", "5月21日", "2024-05-21", "■5月21日，副市长",
         "item 3: the 副市长's 督导 in 连平县; 叶俊霖 now 连平 县长"),
        ("■5月21日，市政协主席", "5月21日", "2024-05-21", "■5月21日，市政协主席",
         "item 4: the 政协主席's 视察 in 和平县; (通讯员 …); foot 本版编辑 / 校对")]),
    "hf10_lianping.txt": (2024, "发布时间：2024-06-13 16:48", LP, [
        ("叶俊霖到上坪镇调研鹰嘴蜜桃产业和乡村振兴工作", "6月12日", "2024-06-12", "6月12日，县委副书记",
         "county site 工作动态 full article: the 县长's 调研 in 上坪镇; its 镇党委书记 段永刚#2 reports")]),
}

_H01_TOP = "县委副书记、县长彭书林，县委常委、常务副县长祁晓衡等县委常委出席会议"
_H01_LX = "县人大常委会主任樊建屹、县政协主席司马文清列席会议"
_H02_ATT = "县委常委、常务副县长祁晓衡，副县长段永刚，县产业集聚区管委会主任闫松涛，县发展改革委主任宁红霞陪同调研"
_H03_WG = "舞钢市委书记冯振国，市委副书记、市长梁晓东陪同"
_H03_LS = "鲁山县委书记卢宏达，县委常委、常务副县长郜振岭陪同"
_H04_GOV = "县委常委、常务副县长郜振岭，副县长冉晓军、柏文娟出席会议"
_H06_GOV = "县委常委、常务副县长叶俊霖，副县长黄晓瑜、邱振南出席会议"
_H08_LP = "连平县委书记钟毅成，县委副书记、县长何振勋陪同"
_H09_GX = "高新区党工委书记潘志航，管委会主任刘嘉骏陪同"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 叶县
    "hf:焦立恒": ("焦立恒", "official", YX, [
        ("hf01", "叶县委", "书记", "县委书记焦立恒主持召开县委常委会会议", "2022-05; named in hf02 only in the 相关新闻 list (chrome)"),
        ("hf05", "叶县委", "书记", "叶县县委书记焦立恒", "2025-03: the same post; 叶县县委 → 叶县委")], []),
    "hf:彭书林": ("彭书林", "official", YX, [
        ("hf01", "叶县委", "副书记", _H01_TOP, "2022-05 (identity case: 鲁山县委书记 in 2024, hf04)"),
        ("hf01", "叶县政府", "县长", _H01_TOP, None),
        ("hf01", "叶县委", "副书记", "5月17日，县委副书记、县长彭书林到任店镇", "item 2: the post repeated in another item"),
        ("hf01", "叶县政府", "县长", "5月17日，县委副书记、县长彭书林到任店镇", None),
        ("hf02", "叶县委", "副书记", "6月8日，县委副书记、县长彭书林到叶县产业集聚区", "2022-06; named in the headline too"),
        ("hf02", "叶县政府", "县长", "6月8日，县委副书记、县长彭书林到叶县产业集聚区", None),
        ("hf04", "鲁山县委", "书记", "4月8日，县委书记彭书林到下汤镇", "2024-04: now 鲁山县委书记 (bare 县委 on the 鲁山 site)")], []),
    "hf:祁晓衡": ("祁晓衡", "official", YX, [
        ("hf01", "叶县委", "常委", _H01_TOP, "2022-05 (identity case: 叶县长 in 2025, hf05)"),
        ("hf01", "叶县政府", "常务副县长", _H01_TOP, None),
        ("hf01", "叶县委", "常委", "县委常委、常务副县长祁晓衡带队检查", "item 3"),
        ("hf01", "叶县政府", "常务副县长", "县委常委、常务副县长祁晓衡带队检查", None),
        ("hf02", "叶县委", "常委", _H02_ATT, "2022-06"),
        ("hf02", "叶县政府", "常务副县长", _H02_ATT, None),
        ("hf05", "叶县委", "副书记", "县委副书记、县长祁晓衡陪同", "2025-03: now 县长; bare 县委 right after 叶县县委书记"),
        ("hf05", "叶县政府", "县长", "县委副书记、县长祁晓衡陪同", None)], []),
    "hf:樊建屹": ("樊建屹", "official", YX, [
        ("hf01", "叶县人大常委会", "主任", _H01_LX, None),
        ("hf01", "叶县人大常委会", "主任", "县人大常委会主任樊建屹带队视察", "item 4")], []),
    "hf:司马文清": ("司马文清", "official", YX, [
        ("hf01", "叶县政协", "主席", _H01_LX, "compound surname 司马")], []),
    "hf:毋德成": ("毋德成", "official", YX, [
        ("hf01", "叶县任店镇党委", "书记", "在任店镇，镇党委书记毋德成", "2022-05 (identity case: 廉村镇党委书记 in 2025, hf05)"),
        ("hf05", "叶县廉村镇党委", "书记", "在廉村镇，镇党委书记毋德成", "2025-03: moved to another town of 叶县")], []),
    "hf:段永刚#1": ("段永刚", "official", YX, [
        ("hf01", "叶县政府", "副县长", "副县长段永刚陪同调研", "叶县 (河南); not the 段永刚 of 连平县上坪镇 (hf10)"),
        ("hf02", "叶县政府", "副县长", _H02_ATT, "2022-06")], []),
    "hf:晁子墨": ("晁子墨", "official", YX, [
        ("hf01", "叶县应急管理局", "局长", "县应急管理局局长晁子墨参加检查", None)], []),
    "hf:康玉梅": ("康玉梅", "official", YX, [
        ("hf01", "叶县人大常委会", "副主任", "县人大常委会副主任康玉梅", None)], []),
    "hf:凤丽萍": ("凤丽萍", "official", YX, [
        ("hf01", "叶县政府", "副县长", "副县长凤丽萍陪同视察", None)], []),
    "hf:闫松涛": ("闫松涛", "official", YX, [
        ("hf02", "叶县产业集聚区管委会", "主任", _H02_ATT, "county 产业集聚区 → 叶县产业集聚区 (as cy)")], []),
    "hf:宁红霞": ("宁红霞", "official", YX, [
        ("hf02", "叶县发展改革委", "主任", _H02_ATT, None)], []),
    # ---- 平顶山市, 舞钢市, 平顶山高新区
    "hf:甄立群": ("甄立群", "official", PDS, [
        ("hf03", "平顶山市委", "副书记", "5月25日，市委副书记、市长甄立群到舞钢市调研", "bare 市委 on the 平顶山 site; named in the entry title too"),
        ("hf03", "平顶山市政府", "市长", "5月25日，市委副书记、市长甄立群到舞钢市调研", None)], []),
    "hf:冯振国": ("冯振国", "official", WG, [
        ("hf03", "舞钢市委", "书记", _H03_WG, None)], []),
    "hf:梁晓东": ("梁晓东", "official", WG, [
        ("hf03", "舞钢市委", "副书记", _H03_WG, "bare 市委副书记、市长 right after 舞钢市委书记 = 舞钢市's (as bs01), though the same words open the sentence for 平顶山"),
        ("hf03", "舞钢市政府", "市长", _H03_WG, None)], []),
    "hf:丁卫华": ("丁卫华", "official", PDS, [
        ("hf03", "平顶山市委", "常委", "市委常委、常务副市长丁卫华主持召开", None),
        ("hf03", "平顶山市政府", "常务副市长", "市委常委、常务副市长丁卫华主持召开", None)], []),
    "hf:严思博": ("严思博", "official", PDS, [
        ("hf03", "平顶山市发展改革委", "主任", "市发展改革委主任严思博", None)], []),
    "hf:邵雅萍": ("邵雅萍", "official", PDS, [
        ("hf03", "平顶山市政府", "副市长", "5月23日，副市长邵雅萍到鲁山县督导", None)], []),
    "hf:卢宏达": ("卢宏达", "official", PDS, [
        ("hf03", "鲁山县委", "书记", _H03_LS, "2023-05 (identity case: 平顶山市副市长 in 2024 and 2025)"),
        ("hf04", "平顶山市政府", "副市长", "平顶山市副市长卢宏达到我县督导", "2024-04: now 副市长, back in 鲁山"),
        ("hf05", "平顶山市政府", "副市长", "3月18日，副市长卢宏达到叶县调研", "2025-03: bare 副市长 in the 平顶山日报; named in the headline too")], []),
    "hf:郜振岭": ("郜振岭", "official", LS, [
        ("hf03", "鲁山县委", "常委", _H03_LS, "2023-05: bare 县委 right after 鲁山县委书记"),
        ("hf03", "鲁山县政府", "常务副县长", _H03_LS, None),
        ("hf04", "鲁山县委", "常委", _H04_GOV, "2024-04: the same posts"),
        ("hf04", "鲁山县政府", "常务副县长", _H04_GOV, None)], []),
    "hf:柴松林": ("柴松林", "official", PGX, [
        ("hf03", "平顶山市委", "常委", "5月22日下午，市委常委、高新区党工委书记柴松林会见", None),
        ("hf03", PGX + "党工委", "书记", "5月22日下午，市委常委、高新区党工委书记柴松林会见", "bare 高新区 on the 平顶山 site = 平顶山高新区 (河源高新区 in hf08, hf09)")], []),
    "hf:苗雨辰": ("苗雨辰", "official", PGX, [
        ("hf03", PGX + "管委会", "副主任", "高新区管委会副主任苗雨辰参加会见", None)], []),
    "hf:邱海川": ("邱海川", "company", "深圳市锐岭新能源科技有限公司", [], ["hf03"]),  # 董事长 of a company: no post
    "hf:魏启东": ("魏启东", "official", PDS, [
        ("hf03", "平顶山市委", "书记", "5月22日上午，市委书记魏启东主持召开", "named in the entry title too")], []),
    # ---- 鲁山县
    "hf:邢丽君": ("邢丽君", "official", LS, [
        ("hf04", "鲁山县委", "常委", "县委常委、宣传部部长邢丽君", None),
        ("hf04", "鲁山县委宣传部", "部长", "县委常委、宣传部部长邢丽君", None)], []),
    "hf:冉晓军": ("冉晓军", "official", LS, [
        ("hf04", "鲁山县政府", "副县长", "副县长冉晓军陪同调研", "item 1"),
        ("hf04", "鲁山县政府", "副县长", _H04_GOV, "item 2")], []),
    "hf:牛国栋": ("牛国栋", "official", LS, [
        ("hf04", "鲁山县下汤镇党委", "书记", "在下汤镇，镇党委书记牛国栋", None)], []),
    "hf:聂海潮": ("聂海潮", "official", LS, [
        ("hf04", "鲁山县委", "副书记", "4月9日上午，县委副书记、县长聂海潮主持召开", None),
        ("hf04", "鲁山县政府", "县长", "4月9日上午，县委副书记、县长聂海潮主持召开", None),
        ("hf04", "鲁山县委", "副书记", "县委副书记、县长聂海潮陪同督导", "item 3"),
        ("hf04", "鲁山县政府", "县长", "县委副书记、县长聂海潮陪同督导", None)], []),
    "hf:柏文娟": ("柏文娟", "official", LS, [
        ("hf04", "鲁山县政府", "副县长", _H04_GOV, "list after one title")], []),
    "hf:乔文远": ("乔文远", "official", LS, [
        ("hf04", "鲁山县应急管理局", "局长", "县应急管理局局长乔文远", None)], []),
    "hf:裴玉书": ("裴玉书", "official", LS, [
        ("hf04", "鲁山县政协", "主席", "县政协主席裴玉书带队视察", None)], []),
    "hf:蔺秋菊": ("蔺秋菊", "official", LS, [
        ("hf04", "鲁山县政协", "副主席", "县政协副主席蔺秋菊参加视察", None)], []),
    # ---- 和平县
    "hf:曾繁茂": ("曾繁茂", "official", HP, [
        ("hf06", "和平县委", "书记", "8月15日上午，县委书记曾繁茂到林寨镇调研", "2022-08; named in hf07 only in the 相关信息 list (chrome)"),
        ("hf09", "和平县委", "书记", "和平县委书记曾繁茂陪同", "2024-05: the same post")], []),
    "hf:骆文斌": ("骆文斌", "official", HP, [
        ("hf06", "和平县林寨镇党委", "书记", "镇党委书记骆文斌汇报了", "镇 after 到林寨镇 / 在林寨古村 = 林寨镇")], []),
    "hf:刘思颖": ("刘思颖", "official", HP, [
        ("hf06", "和平县委", "常委", "县委常委、宣传部部长刘思颖陪同调研", None),
        ("hf06", "和平县委宣传部", "部长", "县委常委、宣传部部长刘思颖陪同调研", None)], []),
    "hf:赖永康": ("赖永康", "official", HP, [
        ("hf06", "和平县委", "副书记", "8月16日，县委副书记、县长赖永康主持召开", "2022-08"),
        ("hf06", "和平县政府", "县长", "8月16日，县委副书记、县长赖永康主持召开", None),
        ("hf07", "和平县委", "副书记", "9月6日下午，县委副书记、县长赖永康主持召开专题会议", "2022-09; named in the headline too"),
        ("hf07", "和平县政府", "县长", "9月6日下午，县委副书记、县长赖永康主持召开专题会议", None)], []),
    "hf:叶俊霖": ("叶俊霖", "official", HP, [
        ("hf06", "和平县委", "常委", _H06_GOV, "2022-08 (identity case: 连平县长 in 2024)"),
        ("hf06", "和平县政府", "常务副县长", _H06_GOV, None),
        ("hf06", "和平县委", "常委", "县委常委、常务副县长叶俊霖带队督导", "item 3"),
        ("hf06", "和平县政府", "常务副县长", "县委常委、常务副县长叶俊霖带队督导", None),
        ("hf09", "连平县委", "副书记", "连平县委副书记、县长叶俊霖陪同", "2024-05: now 连平县长"),
        ("hf09", "连平县政府", "县长", "连平县委副书记、县长叶俊霖陪同", None),
        ("hf10", "连平县委", "副书记", "6月12日，县委副书记、县长叶俊霖到上坪镇调研", "2024-06; named in the headline too"),
        ("hf10", "连平县政府", "县长", "6月12日，县委副书记、县长叶俊霖到上坪镇调研", None)], ["hf07"]),
    "hf:黄晓瑜": ("黄晓瑜", "official", HP, [
        ("hf06", "和平县政府", "副县长", _H06_GOV, "item 2"),
        ("hf06", "和平县政府", "副县长", "副县长黄晓瑜陪同视察", "item 4")], []),
    "hf:邱振南": ("邱振南", "official", HP, [
        ("hf06", "和平县政府", "副县长", _H06_GOV, "2022-08; in hf07 only ``县领导`` (no post)")], ["hf07"]),
    "hf:廖伟杰": ("廖伟杰", "official", HP, [
        ("hf06", "和平县应急管理局", "局长", "县应急管理局局长廖伟杰参加督导", None)], []),
    "hf:罗汉章": ("罗汉章", "official", HP, [
        ("hf06", "和平县人大常委会", "主任", "县人大常委会主任罗汉章带队视察", None)], []),
    "hf:朱慧玲": ("朱慧玲", "official", HP, [
        ("hf07", "和平县文化广电旅游体育局", "局长", "县文化广电旅游体育局局长朱慧玲", "as written")], []),
    "hf:温少明": ("温少明", "official", HP, [
        ("hf07", "和平县热水镇党委", "书记", "热水镇党委书记温少明", None)], []),
    "hf:巫国强": ("巫国强", "official", HP, [
        ("hf07", "和平县交通运输局", "局长", "县交通运输局局长巫国强", None)], []),
    # ---- 河源市, 河源高新区, 连平县
    "hf:温立坤": ("温立坤", "official", HY, [
        ("hf08", "河源市委", "副书记", "6月15日，市委副书记、市长温立坤主持召开", "2023-06"),
        ("hf08", "河源市政府", "市长", "6月15日，市委副书记、市长温立坤主持召开", None),
        ("hf09", "河源市委", "副书记", "市委副书记、市长温立坤到高新区调研", "2024-05"),
        ("hf09", "河源市政府", "市长", "市委副书记、市长温立坤到高新区调研", None)], []),
    "hf:邝国栋": ("邝国栋", "official", HY, [
        ("hf08", "河源市委", "书记", "6月14日，市委书记邝国栋到连平县调研", "2023-06; named in the entry title too"),
        ("hf09", "河源市委", "书记", "市委书记邝国栋主持召开市委常委会会议", "2024-05")], []),
    "hf:钟毅成": ("钟毅成", "official", LP, [
        ("hf08", "连平县委", "书记", _H08_LP, None)], []),
    "hf:何振勋": ("何振勋", "official", LP, [
        ("hf08", "连平县委", "副书记", _H08_LP, "2023-06: 连平县长 before 叶俊霖; bare 县委 right after 连平县委书记"),
        ("hf08", "连平县政府", "县长", _H08_LP, None)], []),
    "hf:朱嘉欣": ("朱嘉欣", "official", HY, [
        ("hf08", "河源市政府", "副市长", "6月13日，副市长朱嘉欣带队督导检查", "2023-06"),
        ("hf09", "河源市政府", "副市长", "副市长朱嘉欣到连平县督导", "2024-05")], []),
    "hf:彭树华": ("彭树华", "official", HY, [
        ("hf08", "河源市住房城乡建设局", "局长", "市住房城乡建设局局长彭树华参加", "as written after 河源市")], []),
    "hf:潘志航": ("潘志航", "official", HGX, [
        ("hf08", "河源市委", "常委", "6月12日，市委常委、高新区党工委书记潘志航主持召开", "2023-06"),
        ("hf08", HGX + "党工委", "书记", "6月12日，市委常委、高新区党工委书记潘志航主持召开", "bare 高新区 on the 河源 site = 河源高新区 (平顶山高新区 in hf03)"),
        ("hf09", HGX + "党工委", "书记", _H09_GX, "2024-05 (市委常委 not written here)")], []),
    "hf:刘嘉骏": ("刘嘉骏", "official", HGX, [
        ("hf08", HGX + "管委会", "主任", "高新区管委会主任刘嘉骏通报了", "2023-06"),
        ("hf09", HGX + "管委会", "主任", _H09_GX, "2024-05: bare 管委会主任 right after 高新区党工委书记")], []),
    "hf:巫丽君": ("巫丽君", "official", HY, [
        ("hf09", "河源市政协", "主席", "市政协主席巫丽君带队", None)], []),
    "hf:何秀梅": ("何秀梅", "official", LP, [
        ("hf10", "连平县委", "常委", "县委常委、常务副县长何秀梅", None),
        ("hf10", "连平县政府", "常务副县长", "县委常委、常务副县长何秀梅", None)], []),
    "hf:欧阳建新": ("欧阳建新", "official", LP, [
        ("hf10", "连平县农业农村局", "局长", "县农业农村局局长欧阳建新陪同调研", "compound surname 欧阳")], []),
    "hf:段永刚#2": ("段永刚", "official", LP, [
        ("hf10", "连平县上坪镇党委", "书记", "上坪镇党委书记段永刚汇报了", "连平县 (广东); not the 段永刚 of 叶县 (hf01, hf02)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hf01", "赵一帆", "责任编辑", "editor", "责任编辑：赵一帆　　审核"),
    ("hf01", "孙立衍", "审核", "editor", "审核：孙立衍"),
    ("hf02", "郝思媛", "作者", "author", "作者：郝思媛"),
    ("hf02", "赵一帆", "责任编辑", "editor", "责任编辑：赵一帆"),
    ("hf04", "许梦岚", "责任编辑", "editor", "责任编辑：许梦岚"),
    ("hf04", "潘立涛", "审核", "editor", "审核：潘立涛"),
    ("hf04", "韩秉然", "终审", "editor", "终审：韩秉然"),
    ("hf05", "岳晓彤", "记者", "reporter", "本报讯（记者 岳晓彤）"),
    ("hf05", "郭雨棠", "本版编辑", "editor", "本版编辑：郭雨棠"),
    ("hf05", "毛可钦", "校对", "editor", "校对：毛可钦"),
    ("hf06", "古晓薇", "责任编辑", "editor", "责任编辑：古晓薇"),
    ("hf07", "温嘉怡", "作者", "author", "作者：温嘉怡"),
    ("hf09", "曾雅珺", "记者", "reporter", "（记者 曾雅珺）"),
    ("hf09", "骆晓东", "记者", "reporter", "（记者 骆晓东）"),
    ("hf09", "黄立恺", "通讯员", "correspondent", "（通讯员 黄立恺）"),
    ("hf09", "钟淑娴", "本版编辑", "editor", "本版编辑：钟淑娴"),
    ("hf09", "黎子豪", "校对", "editor", "校对：黎子豪"),
    ("hf10", "赖思瑾", "记者", "reporter", "（连平县融媒体中心 记者 赖思瑾）"),
    ("hf10", "邓晓彤", "编辑", "editor", "编辑：邓晓彤"),
    ("hf10", "陈立岱", "审核", "editor", "审核：陈立岱"),
]
# a reporter signing a second item of the same page: (file, person) -> evidence inside that item
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("hf09", "曾雅珺"): "每一处水域。（记者 曾雅珺）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hf01", "县委常委会会议", "meeting (县委常委会会议)", "5月16日上午", "焦立恒", None, [],
     ["彭书林", "祁晓衡", "樊建屹", "司马文清"], [], None,
     "县委书记焦立恒主持召开县委常委会会议",
     ["县委书记焦立恒主持召开县委常委会会议", _H01_TOP, _H01_LX]),
    ("hf01", "任店镇、保安镇重点项目建设调研", "inspection (调研)", "5月17日", None, "彭书林", [],
     ["段永刚"], ["毋德成", "彭书林"], "任店镇、保安镇",
     "5月17日，县委副书记、县长彭书林到任店镇、保安镇调研重点项目建设",
     ["县长彭书林到任店镇、保安镇调研", "镇党委书记毋德成汇报了", "彭书林要求", "副县长段永刚陪同调研"]),
    ("hf01", "安全生产和城镇燃气安全检查", "inspection (检查)", "5月18日下午", None, "祁晓衡", [],
     ["晁子墨"], [], "叶县产业集聚区",
     "县委常委、常务副县长祁晓衡带队检查全县安全生产和城镇燃气安全工作",
     ["常务副县长祁晓衡带队检查", "县应急管理局局长晁子墨参加检查"]),
    ("hf01", "澧河叶县段防洪治理工程视察", "inspection (视察)", "5月19日", None, "樊建屹", [],
     ["康玉梅", "凤丽萍"], [], "澧河叶县段",
     "县人大常委会主任樊建屹带队视察澧河叶县段防洪治理工程",
     ["县人大常委会主任樊建屹带队视察", "县人大常委会副主任康玉梅，副县长凤丽萍陪同视察"]),
    ("hf02", "叶县产业集聚区重点项目建设调研", "inspection (调研)", "6月8日", None, "彭书林", [],
     ["祁晓衡", "段永刚", "闫松涛", "宁红霞"], ["闫松涛", "宁红霞"], "叶县产业集聚区",
     "6月8日，县委副书记、县长彭书林到叶县产业集聚区调研重点项目建设和企业生产经营情况",
     ["县长彭书林到叶县产业集聚区调研", _H02_ATT, "闫松涛汇报了", "宁红霞介绍了"]),
    ("hf02", "座谈会", "meeting (座谈会)", "6月8日", None, None, [],
     [], ["彭书林", "祁晓衡"], "叶县产业集聚区",
     "在随后召开的座谈会上，彭书林指出",
     ["在随后召开的座谈会上，彭书林指出", "祁晓衡就优化营商环境、做好企业服务作了安排"]),
    ("hf03", "舞钢市钢铁产业转型升级调研", "inspection (调研)", "5月25日", None, "甄立群", [],
     ["冯振国", "梁晓东"], [], "舞钢市",
     "5月25日，市委副书记、市长甄立群到舞钢市调研钢铁产业转型升级和重点项目建设",
     ["市长甄立群到舞钢市调研", _H03_WG]),
    ("hf03", "全市重点项目建设推进会", "meeting (推进会)", "5月24日", "丁卫华", None, [],
     [], ["严思博", "丁卫华"], None,
     "市委常委、常务副市长丁卫华主持召开全市重点项目建设推进会",
     ["常务副市长丁卫华主持召开全市重点项目建设推进会", "听取市发展改革委主任严思博关于", "对下阶段项目开工、征迁和要素保障等工作作出安排"]),
    ("hf03", "鲁山县防汛备汛督导", "inspection (督导)", "5月23日", None, "邵雅萍", [],
     ["卢宏达", "郜振岭"], [], "鲁山县",
     "5月23日，副市长邵雅萍到鲁山县督导防汛备汛工作",
     ["副市长邵雅萍到鲁山县督导", _H03_LS]),
    ("hf03", "柴松林会见深圳市锐岭新能源科技有限公司客商", "meeting (会见)", "5月22日下午", None, None, [],
     ["柴松林", "邱海川", "苗雨辰"], [], None,
     "市委常委、高新区党工委书记柴松林会见深圳市锐岭新能源科技有限公司董事长邱海川一行",
     ["高新区党工委书记柴松林会见", "董事长邱海川一行", "高新区管委会副主任苗雨辰参加会见"]),
    ("hf03", "市委常委会会议", "meeting (市委常委会会议)", "5月22日上午", "魏启东", None, [],
     [], [], None,
     "5月22日上午，市委书记魏启东主持召开市委常委会会议",
     ["市委书记魏启东主持召开市委常委会会议"]),
    ("hf04", "下汤镇、尧山镇文旅融合发展调研", "inspection (调研)", "4月8日", None, "彭书林", [],
     ["邢丽君", "冉晓军"], ["牛国栋", "彭书林"], "下汤镇、尧山镇",
     "4月8日，县委书记彭书林到下汤镇、尧山镇调研文旅融合发展工作",
     ["县委书记彭书林到下汤镇、尧山镇调研", "宣传部部长邢丽君，副县长冉晓军陪同调研", "镇党委书记牛国栋汇报了", "彭书林要求"]),
    ("hf04", "县政府第二十六次常务会议", "meeting (县政府常务会议)", "4月9日上午", "聂海潮", None, [],
     ["郜振岭", "冉晓军", "柏文娟"], [], None,
     "县委副书记、县长聂海潮主持召开县政府第二十六次常务会议",
     ["县长聂海潮主持召开县政府第二十六次常务会议", _H04_GOV]),
    ("hf04", "春季森林防火和地质灾害防治督导", "inspection (督导)", "4月10日", None, "卢宏达", [],
     ["聂海潮"], ["乔文远", "卢宏达"], "鲁山县",
     "平顶山市副市长卢宏达到我县督导春季森林防火和地质灾害防治工作",
     ["平顶山市副市长卢宏达到我县督导", "听取了县应急管理局局长乔文远的汇报", "卢宏达要求", "县委副书记、县长聂海潮陪同督导"]),
    ("hf04", "农村饮水安全视察", "inspection (视察)", "4月11日", None, "裴玉书", [],
     ["蔺秋菊"], [], None,
     "县政协主席裴玉书带队视察全县农村饮水安全工作",
     ["县政协主席裴玉书带队视察", "县政协副主席蔺秋菊参加视察"]),
    ("hf05", "叶县重点项目建设和县域经济发展调研", "inspection (调研)", "3月18日", None, "卢宏达", [],
     ["焦立恒", "祁晓衡"], ["祁晓衡", "毋德成", "卢宏达", "焦立恒"], "叶县",
     "3月18日，副市长卢宏达到叶县调研重点项目建设和县域经济发展工作",
     ["副市长卢宏达到叶县调研", "叶县县委书记焦立恒，县委副书记、县长祁晓衡陪同", "祁晓衡汇报了", "镇党委书记毋德成介绍了",
      "卢宏达指出", "焦立恒表示"]),
    ("hf06", "林寨镇古村落保护利用和乡村振兴调研", "inspection (调研)", "8月15日上午", None, "曾繁茂", [],
     ["刘思颖"], ["骆文斌", "曾繁茂"], "林寨镇",
     "8月15日上午，县委书记曾繁茂到林寨镇调研古村落保护利用和乡村振兴工作",
     ["县委书记曾繁茂到林寨镇调研", "镇党委书记骆文斌汇报了", "曾繁茂强调", "宣传部部长刘思颖陪同调研"]),
    ("hf06", "县政府第十九次常务会议", "meeting (县政府常务会议)", "8月16日", "赖永康", None, [],
     ["叶俊霖", "黄晓瑜", "邱振南"], [], None,
     "县委副书记、县长赖永康主持召开县政府第十九次常务会议",
     ["县长赖永康主持召开县政府第十九次常务会议", _H06_GOV]),
    ("hf06", "汛期安全生产和地质灾害防御督导", "inspection (督导)", "8月17日下午", None, "叶俊霖", [],
     ["廖伟杰"], ["叶俊霖"], "彭寨镇、东水镇",
     "县委常委、常务副县长叶俊霖带队督导检查汛期安全生产和地质灾害防御工作",
     ["常务副县长叶俊霖带队督导检查", "县应急管理局局长廖伟杰参加督导", "叶俊霖要求"]),
    ("hf06", "教育“创强提质”视察", "inspection (视察)", "8月18日", None, "罗汉章", [],
     ["黄晓瑜"], [], None,
     "县人大常委会主任罗汉章带队视察全县教育“创强提质”工作",
     ["县人大常委会主任罗汉章带队视察", "副县长黄晓瑜陪同视察"]),
    ("hf07", "温泉旅游开发专题会议", "meeting (专题会议)", "9月6日下午", "赖永康", None, [],
     ["叶俊霖", "邱振南"], ["朱慧玲", "温少明", "巫国强", "赖永康"], None,
     "县委副书记、县长赖永康主持召开专题会议",
     ["县长赖永康主持召开专题会议", "局长朱慧玲关于温泉旅游度假区规划编制情况的汇报", "温少明介绍了", "巫国强汇报了",
      "赖永康指出", "县领导叶俊霖、邱振南参加会议"]),
    ("hf08", "市政府第二十八次常务会议", "meeting (市政府常务会议)", "6月15日", "温立坤", None, [],
     [], [], None,
     "市委副书记、市长温立坤主持召开市政府第二十八次常务会议",
     ["市长温立坤主持召开市政府第二十八次常务会议"]),
    ("hf08", "连平县乡村振兴和产业发展调研", "inspection (调研)", "6月14日", None, "邝国栋", [],
     ["钟毅成", "何振勋"], [], "连平县",
     "6月14日，市委书记邝国栋到连平县调研",
     ["市委书记邝国栋到连平县调研", _H08_LP]),
    ("hf08", "源城区燃气安全督导检查", "inspection (督导)", "6月13日", None, "朱嘉欣", [],
     ["彭树华"], [], "源城区",
     "副市长朱嘉欣带队督导检查源城区燃气安全工作",
     ["副市长朱嘉欣带队督导检查", "市住房城乡建设局局长彭树华参加"]),
    ("hf08", "高新区重点项目建设调度会", "meeting (调度会)", "6月12日", "潘志航", None, [HGX],
     [], ["刘嘉骏"], None,
     "市委常委、高新区党工委书记潘志航主持召开重点项目建设调度会",
     ["高新区党工委书记潘志航主持召开", "高新区管委会主任刘嘉骏通报了"]),
    ("hf09", "市委常委会会议", "meeting (市委常委会会议)", "5月20日上午", "邝国栋", None, [],
     [], [], None,
     "市委书记邝国栋主持召开市委常委会会议",
     ["市委书记邝国栋主持召开市委常委会会议"]),
    ("hf09", "高新区新能源汽车零部件产业调研", "inspection (调研)", "5月20日下午", None, "温立坤", [],
     ["潘志航", "刘嘉骏"], [], "高新区",
     "市委副书记、市长温立坤到高新区调研新能源汽车零部件产业发展",
     ["市长温立坤到高新区调研", _H09_GX]),
    ("hf09", "连平县学校安全和防溺水督导", "inspection (督导)", "5月21日", None, "朱嘉欣", [],
     ["叶俊霖"], ["朱嘉欣"], "连平县",
     "副市长朱嘉欣到连平县督导学校安全和防溺水工作",
     ["副市长朱嘉欣到连平县督导", "连平县委副书记、县长叶俊霖陪同", "朱嘉欣要求"]),
    ("hf09", "和平县林寨古村保护利用视察", "inspection (视察)", "5月21日", None, "巫丽君", [],
     ["曾繁茂"], [], "和平县",
     "市政协主席巫丽君带队到和平县视察林寨古村保护利用工作",
     ["市政协主席巫丽君带队到和平县视察", "和平县委书记曾繁茂陪同"]),
    ("hf10", "上坪镇鹰嘴蜜桃产业和乡村振兴调研", "inspection (调研)", "6月12日", None, "叶俊霖", [],
     ["何秀梅", "欧阳建新"], ["段永刚", "欧阳建新", "叶俊霖", "何秀梅"], "上坪镇",
     "6月12日，县委副书记、县长叶俊霖到上坪镇调研鹰嘴蜜桃产业发展和乡村振兴示范带建设工作",
     ["县长叶俊霖到上坪镇调研", "县委常委、常务副县长何秀梅，县农业农村局局长欧阳建新陪同调研", "上坪镇党委书记段永刚汇报了",
      "欧阳建新介绍了", "叶俊霖强调", "何秀梅就做好桃农技术培训和销售服务作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hf01", "任店镇高标准农田示范区建设项目", "project", "任店镇高标准农田示范区建设项目推进情况"),
    ("hf01", "保安镇污水处理厂", "infrastructure_project", "察看了保安镇污水处理厂建设现场"),
    ("hf01", "澧河叶县段防洪治理工程", "engineering_work", "带队视察澧河叶县段防洪治理工程"),
    ("hf02", "叶县尼龙新材料产业园二期", "industrial_park", "先后来到叶县尼龙新材料产业园二期"),
    ("hf02", "仙台镇天然气支线管网工程", "infrastructure_project", "仙台镇天然气支线管网工程"),
    ("hf02", "龙泉乡农光互补光伏发电项目", "project", "龙泉乡农光互补光伏发电项目现场"),
    ("hf03", "舞钢特种钢材精深加工产业园", "industrial_park", "实地察看了舞钢特种钢材精深加工产业园"),
    ("hf03", "石漫滩水库周边生态修复工程", "greening_project", "石漫滩水库周边生态修复工程"),
    ("hf04", "下汤温泉康养小镇二期项目", "project", "汇报了下汤温泉康养小镇二期项目推进情况"),
    ("hf04", "张良镇水厂扩建工程", "infrastructure_project", "视察组察看了张良镇水厂扩建工程"),
    ("hf05", "叶县尼龙新材料产业园二期", "industrial_park", "先后来到叶县尼龙新材料产业园二期"),
    ("hf05", "廉村镇万亩高效农业示范园", "project", "廉村镇万亩高效农业示范园，察看项目进度"),
    ("hf06", "林寨古村四角楼修缮工程", "project", "汇报了林寨古村四角楼修缮工程"),
    ("hf06", "阳明镇第二小学扩建工程", "project", "视察组察看了阳明镇第二小学扩建工程"),
    ("hf07", "热水镇温泉旅游度假区", "project", "研究热水镇温泉旅游度假区开发"),
    ("hf07", "热水镇温泉大道改造工程", "infrastructure_project", "汇报了热水镇温泉大道改造工程前期工作情况"),
    ("hf08", "连平鹰嘴蜜桃产业园", "industrial_park", "察看了连平鹰嘴蜜桃产业园"),
    ("hf08", "九连山生态旅游项目", "project", "九连山生态旅游项目"),
    ("hf09", "河源高新区新能源电池材料产业园一期", "industrial_park", "察看了河源高新区新能源电池材料产业园一期建设现场"),
    ("hf10", "上坪镇农产品冷链物流中心建设项目", "logistics_hub", "上坪镇农产品冷链物流中心建设项目和"),
    ("hf10", "上坪镇乡村振兴示范带", "project", "项目和上坪镇乡村振兴示范带"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hf01", "任店镇", "town", "standalone", "县长彭书林到任店镇、保安镇调研"),
    ("hf01", "保安镇", "town", "standalone", "县长彭书林到任店镇、保安镇调研"),
    ("hf01", "叶县产业集聚区", "development_zone", "standalone", "先后到叶县产业集聚区两家化工企业"),
    ("hf01", "叶县", "county", "in_project_name", "带队视察澧河叶县段防洪治理工程"),
    ("hf01", "澧河", "river", "in_project_name", "带队视察澧河叶县段防洪治理工程"),
    ("hf02", "叶县产业集聚区", "development_zone", "standalone", "彭书林到叶县产业集聚区调研重点项目建设"),
    ("hf02", "叶县", "county", "in_project_name", "先后来到叶县尼龙新材料产业园二期"),
    ("hf02", "仙台镇", "town", "in_project_name", "仙台镇天然气支线管网工程"),
    ("hf02", "龙泉乡", "township", "in_project_name", "龙泉乡农光互补光伏发电项目现场"),
    ("hf03", "舞钢市", "county_level_city", "standalone", "甄立群到舞钢市调研钢铁产业转型升级工作"),
    ("hf03", "舞钢", "county_level_city", "in_project_name", "实地察看了舞钢特种钢材精深加工产业园"),
    ("hf03", "石漫滩水库", "reservoir", "in_project_name", "石漫滩水库周边生态修复工程"),
    ("hf03", "鲁山县", "county", "standalone", "邵雅萍到鲁山县督导防汛备汛工作"),
    ("hf03", "昭平台水库", "reservoir", "standalone", "察看了昭平台水库和沙河鲁山段堤防"),
    ("hf03", "沙河", "river", "standalone", "察看了昭平台水库和沙河鲁山段堤防"),
    ("hf03", "高新区", "development_zone", "standalone", "双方就储能电池项目落地高新区进行了深入交流"),
    ("hf03", "深圳", "city", "standalone", "柴松林会见深圳客商一行"),
    ("hf04", "下汤镇", "town", "standalone", "县委书记彭书林到下汤镇、尧山镇调研"),
    ("hf04", "尧山镇", "town", "standalone", "县委书记彭书林到下汤镇、尧山镇调研"),
    ("hf04", "下汤", "town", "in_project_name", "汇报了下汤温泉康养小镇二期项目推进情况"),
    ("hf04", "尧山", "mountain", "standalone", "要依托尧山、温泉资源"),
    ("hf04", "平顶山市", "prefecture_city", "in_title", "平顶山市副市长卢宏达到我县督导"),
    ("hf04", "四棵树乡", "township", "standalone", "察看了四棵树乡森林防火检查站和赵村镇地质灾害隐患点"),
    ("hf04", "赵村镇", "town", "standalone", "察看了四棵树乡森林防火检查站和赵村镇地质灾害隐患点"),
    ("hf04", "张良镇", "town", "in_project_name", "视察组察看了张良镇水厂扩建工程"),
    ("hf05", "叶县", "county", "standalone", "副市长卢宏达到叶县调研"),
    ("hf05", "廉村镇", "town", "standalone", "在廉村镇，镇党委书记毋德成"),
    ("hf06", "林寨镇", "town", "standalone", "县委书记曾繁茂到林寨镇调研"),
    ("hf06", "林寨古村", "village", "standalone", "在林寨古村，镇党委书记骆文斌"),
    ("hf06", "和平县", "county", "in_document_title", "《和平县猕猴桃产业发展三年行动方案》"),
    ("hf06", "彭寨镇", "town", "standalone", "先后到彭寨镇、东水镇察看山塘水库"),
    ("hf06", "东水镇", "town", "standalone", "先后到彭寨镇、东水镇察看山塘水库"),
    ("hf06", "阳明镇", "town", "in_project_name", "视察组察看了阳明镇第二小学扩建工程"),
    ("hf07", "热水镇", "town", "standalone", "热水镇温泉资源禀赋突出"),
    ("hf07", "粤北", "region", "standalone", "打造成粤北知名的康养旅游目的地"),
    ("hf08", "连平县", "county", "standalone", "邝国栋到连平县调研乡村振兴和产业发展"),
    ("hf08", "连平", "county", "in_project_name", "察看了连平鹰嘴蜜桃产业园"),
    ("hf08", "九连山", "mountain", "in_project_name", "九连山生态旅游项目"),
    ("hf08", "源城区", "district", "standalone", "带队督导检查源城区燃气安全工作"),
    ("hf08", "高新区", "development_zone", "standalone", "· 高新区召开重点项目建设调度会"),
    ("hf09", "高新区", "development_zone", "standalone", "市长温立坤到高新区调研"),
    ("hf09", "河源高新区", "development_zone", "in_project_name", "察看了河源高新区新能源电池材料产业园一期建设现场"),
    ("hf09", "连平县", "county", "standalone", "副市长朱嘉欣到连平县督导"),
    ("hf09", "元善镇", "town", "standalone", "察看了元善镇第三小学"),
    ("hf09", "和平县", "county", "standalone", "市政协主席巫丽君带队到和平县视察"),
    ("hf09", "林寨古村", "village", "standalone", "视察林寨古村保护利用工作"),
    ("hf10", "上坪镇", "town", "standalone", "叶俊霖到上坪镇调研鹰嘴蜜桃产业和乡村振兴工作"),
    ("hf10", "连平", "county", "standalone", "鹰嘴蜜桃是连平的“金字招牌”"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hf", conventions="set hf (blind set: leaders' activity digests on government sites — 领导活动 / 工作动态 pages of untitled dated paragraphs, 政务动态 list pages whose entries are a title, a one-line summary and a date, a city paper's 市领导活动 box — and full articles on the same leaders, in 河南 平顶山 (叶县, 鲁山县, 舞钢市, 平顶山高新区) and 广东 河源 (和平县, 连平县, 源城区, 河源高新区): each dated item or list entry is an article whose headline is its opening words or its title line; page titles, stamp lines, pagers, 详细 / 展开详细 and 相关 lists are chrome; bare organs take the page's place or the place named just before; bare 高新区 = the city's own (平顶山高新区, 河源高新区); a bare 市委副书记、市长 after 舞钢市委书记 is 舞钢's; 县领导 no post; one line per post per article)",
          persons_note="Set hf persons. id = corpus-wide person_id (hf:段永刚#1 of 叶县 (河南, 副县长) and hf:段永刚#2 of 连平县上坪镇 (广东, 镇党委书记) are two people; hf:彭书林 叶县长 2022 → 鲁山县委书记 2024; hf:卢宏达 鲁山县委书记 2023 → 平顶山市副市长 2024, 2025; hf:祁晓衡 叶县常务副县长 2022 → 叶县长 2025; hf:叶俊霖 和平县常务副县长 2022 → 连平县长 2024; hf:毋德成 任店镇党委书记 2022 → 廉村镇党委书记 2025)")


if __name__ == "__main__":
    main()
