"""Write gold part ``fb`` (a blind set: held-out-like mix, ninth round — ten pages from ten provinces, one county,
district or county-level city each: 浙江 湖州 南浔区, 四川 广元 青川县, 湖北 襄阳 枣阳市, 河南 南阳 桐柏县, 山东 聊城 临清市,
河北 邢台 清河县, 江苏 连云港 灌南县, 安徽 蚌埠 五河县, 福建 龙岩 武平县, 广东 河源 紫金县 — in the harder real layouts) from
the tables below.

Pages ``tests/dev/texts/fb*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 嵊州市 government site (``您当前的位置: >> … 发布日期: … 信息来源: 浏览次数:
字号:[ ] 分享:``); an investchn portal copy of a 吴江 item (``您现在的位置:首页 > 开发区新闻 > 苏州 > 文字新闻``, ``发布时间: 来源:吴江区
融媒体中心 发布开发区:``, a 考察 with ``在随后召开的座谈会上``); the 闽侯乡音报 page (``内容更新时间: 来源:``, ``■县融媒体中心记者组``,
``本报讯`` then ``又讯`` — two items on one page, ``县政府党组书记、县长…主持召开…常务会议``); a 长汀 区委常委会 page (``区委副书记、区长…
主持会议并讲话，区人大常委会主任…、区政协主席…等区四套班子领导…参加``); the 曹县 item on a 菏泽 portal (``本报讯 (通讯员 …)``,
``县委常委、县委办公室主任…，副县长…陪同督导调研``, ``新闻推荐``); a 德州新闻网 item of a 县委副书记's 督导 (``县委常委、副县长…，县委常委、
宣传部长…陪同``); the 宜都 page of its 党政考察团 in 昆山 / 张家港 (``记者 … `` under the title, ``在…的陪同下``); a county page with
``全媒体记者: 编辑: 编审:``; the 大众日报 头版 (``当前位置:首页 > 大众日报 > 头版``, ``作者: 来源:``); a 映象网 驻马店 page (``遂平县委书记、
县长…带队…泌阳县领导…陪同``, ``责编:``); two 舞阳县 site items (``县委书记…，县委副书记、县长…带领…县领导…参加``, ``(图文:… 审核:…)``);
a 阜城 site (``• 当前位置: news``, ``来源:阜城宣传 | 作者: | 发布时间: | 次浏览: | 分享到:``, 县委常委(扩大)会); a 南皮 人大 item in the
site's 图片新闻 (tpxw) column; a 汉川 图片新闻 page (``您的位置:首页 >观察 >``, a caption ``(湖北日报全媒记者 … 通讯员 … 摄)``,
``标签: 图片新闻``); the 庆元 page whose photo captions name the officials before the text (``县委副书记、代县长…参加人大第一代表团审议``);
the 怀宁 page of the 枞阳 党政代表团 (``铜陵市市委常委、枞阳县委书记…，县委副书记、县长…率党政代表团来我县考察学习。县委书记…，县委副书记、
县长…等陪同``, ``(全媒体记者 …)``); a 中山 东区 南方网 item. No page was copied. Places are real and new to the corpus (桐柏 is
named once in cm04; the other nine are on no earlier page).

Shapes: a 浙江 district site with a long navigation menu, a 当前位置 breadcrumb and a 相关链接 list: the 区委书记's 调研 of two
towns (fb01); a 四川 county site's 图片新闻 page, three ``▲`` photo captions naming officials before the text: the 县长's 调研
of 东西部协作 projects with the 浙江 挂职 副县长 (fb02); a 襄阳日报 第05版 holding two 枣阳 articles: the 重点项目 观摩 and its
讲评会 (a ``襄阳市委常委、枣阳市委书记`` and a bare ``市委副书记、市长`` after it), and the 市政府常务会议 (fb03); a 河南 county site
page that is a news list (five headlines with dates) and then one article: the 枣阳 党政代表团's 考察 and the 座谈会 (fb04); a
聊城新闻网 portal copy of a 临清市融媒体中心 item with ``来源 / 作者 / 编辑`` and ``【责任编辑：】``, the 市长's 调研 (fb05); a 河北
county site with a long navigation menu and breadcrumb: a 跨省 联席会议 with the 临清 书记 and 市长 (fb06); a 江苏 county site
(breadcrumb, ``今天是…``): the 县经开区 推进会 (fb07); a 中安在线 portal copy (``来源：五河县融媒体中心　　编辑：``, 分享到, 相关阅读)
of the 县委书记's 调研 of the 县经开区 (fb08); a 福建 county site's 领导活动 column: a list of four headlines with dates and then
one article, the 县长's 防汛 检查 (fb09); a 广东 county site's 图片新闻 page with three captions (a town secretary titled only in a
caption) and a ``上一篇`` link naming the 县长 (fb10).

Identity cases:
- fb:钮佳禾 moves between provinces (东西部协作 挂职): 南浔区 副区长 in June 2021 (fb01) → 青川县委常委、副县长 in Sept 2023 (fb02,
  ``（浙江湖州南浔区挂职干部）``).
- fb:彭立衡, a 市长 who becomes 书记: 枣阳市委副书记、市长 in April 2022 (fb03) → 襄阳市委常委、枣阳市委书记 in May 2024, leading a
  delegation to 河南 桐柏县 (fb04). fb:邹晋川 follows him: 枣阳市委常委、常务副市长 (2022) → 枣阳市委副书记、市长 (2024).
- fb:庞守信, a 市长 who becomes 书记: 临清市委副书记、市长 in Aug 2022 (fb05, 山东) → 临清市委书记 in March 2024 on the 河北 清河县
  site (fb06). fb:谷振宁 follows him: 临清市 副市长 (2022) → 临清市委副书记、市长 (2024).
- two different 左明涛 in unrelated places: fb:左明涛#1 is 武平县十方镇党委书记 (福建, fb09, May 2023); fb:左明涛#2 is 清河县 副县长
  (河北, fb06, March 2024).
- one organ name of different places: ``县经开区`` is 灌南's (fb07) and 五河's (fb08); bare ``市委`` / ``市长`` are 枣阳市's
  (county-level, fb03, in the 襄阳 paper right after ``襄阳市委常委``) and 临清市's (fb05 on a 聊城 portal; fb06 after ``山东省临清市委
  书记``) while ``襄阳市委常委`` is the prefecture city's (fb03, fb04); bare ``县委`` / ``县长`` are each county's on its site; ``镇党委
  书记`` after ``在X镇`` is 练市's, 木鱼's, 淮源's and 十方's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, dg, dh, ex, fa, ah, cc where they speak; decided here where they are silent):
- Bare organs take the page's place: on each county / district site that county's or district's (南浔区委, 青川县政府, 桐柏县委,
  清河县政府, 灌南县商务局, 武平县水利局, 紫金县农业农村局, 南浔区发展改革局 as written). DECIDED HERE: in the 襄阳日报 (fb03) the
  bare ``市委副书记、市长``, ``市人大常委会主任``, ``市政协主席`` right after ``襄阳市委常委、枣阳市委书记顾鸿钧`` in an article about
  ``枣阳市`` are 枣阳市's (the county-level city the article is about and the one just named after the 、), not the paper's 襄阳; the
  ``襄阳市委常委`` is 襄阳市委 常委. DECIDED HERE: on the 聊城新闻网 copy (fb05) the bare ``副市长`` / ``市水利局`` after ``临清市委
  副书记、市长`` are 临清市's (the item's 来源 is 临清市融媒体中心), not the portal's 聊城. On the 清河 site the bare ``市委副书记、
  市长`` after ``山东省临清市委书记`` is 临清市's (bs's rule), the bare ``县委`` / ``副县长`` 清河县's.
- County-level cities (枣阳市, 临清市): 市委 / 市政府 / 市人大常委会 / 市政协 / 市X局 with the city's own label.
- Zones: ``县经开区`` on a county's site or in a county item → county name without 县 + 经开区 (part dh's 宜章经开区): ``县委常委、
  县经开区党工委书记仲启航`` → 灌南县委 常委 + 灌南经开区党工委 书记; ``县经开区管委会主任`` → 灌南经开区管委会 / 五河经开区管委会
  主任. The place is annotated as written, ``经开区`` (CONVENTIONS, part co).
- Towns: county label + town + 党委 / 政府 (``在练市镇，镇党委书记姚春林`` → 南浔区练市镇党委 书记; ``镇党委副书记、镇长`` → …党委 副书记 +
  …政府 镇长; 沱湖乡党委 → 五河县沱湖乡党委).
- DECIDED HERE: a 挂职 cadre's local posts are posts as written (``县委常委、副县长钮佳禾（浙江湖州南浔区挂职干部）`` → 青川县委 常委 +
  青川县政府 副县长); the label ``挂职干部`` is no post (as bs's 辽宁援疆干部).
- Not posts: ``市四大家领导`` (a group). Officials named only in a list headline (fb04's 桐柏要闻 list, fb09's 领导活动 list) or in a
  相关链接 / 上一篇 link (fb01, fb10) are not annotated there (parts ah, cc: chrome is not the article's matter): 饶国栋 (fb09) and
  邱伟坤 (fb10) have no entry; the list's headlines are no events.
- DECIDED HERE (news-list page): the list above the article is chrome outside every article (it precedes the article's
  headline); the page's one article is article 1. DECIDED HERE (图片新闻 page): photo captions are part of the article; a post
  written only in a caption (``临江镇党委书记古志明``, fb10) is a holding with the caption as evidence; a post written in the body
  and a caption gives one line (body evidence).
- Events: 调研 / 检查 / 考察 are ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 强调 / 指出 / 要求 / 表示 / 作了安排 /
  提出建议 speakers). A delegation's 考察 is led by the first named head (dg, fa), the second head an attendee. The 观摩活动 is a
  ``site observation`` and the 讲评会 after it a meeting of its own (CONVENTIONS); the 座谈会 after a 考察 a meeting of its own; the
  联席会议, the 推进会 and the 常务会议 are meetings (chair when 主持; 出席 attendees). DECIDED HERE: the 考察 ``会前`` on the
  清河 page (fb06) is an inspection of its own, dated with the meeting's ``3月26日``. A person who ``出席…并讲话`` is attendee and
  speaker (bq).
- Credits: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``（县融媒体中心 …）``, ``（图/文 …）``, ``（文/图 …）`` and a
  portal's ``作者：`` are author lines; 编辑 / 责任编辑 / 本版责任编辑 / 审核 editor lines (a name written twice on one page, once
  after ``编辑：`` and once after ``【责任编辑：``, gives one line). ``来源：…融媒体中心`` and ``（五河县融媒体中心）`` name nobody.
- Projects: named works visited or reported: …产业园 (一期 / 二期 / 标准厂房三期 / 标准化厂房项目) ``industrial_park``; 冷链仓储 and
  港口物流园 ``logistics_hub``; 堤防 / 河道 / 堤岸 / 综合治理 works ``engineering_work``; 生态修复 / 生态廊道 ``greening_project``;
  a 污水处理厂提标改造 ``infrastructure_project``; 街区改造, 景区提档升级, 古城 / 古镇保护, 示范村 / 示范区, a 加工厂二期, 高标准农田
  of a named town and a town's 典型镇建设项目 ``project``. DECIDED HERE: ``百县千镇万村高质量发展工程`` (广东's named programme,
  fb10) is a ``program``. Not projects: the 《…预案》 and the two 协议 (documents), ``冷链物流中心建设``, ``跨省旅游线路`` (generic),
  reforms (``亩均论英雄``, ``标准地+承诺制``).
- Places: one line per name per file, as written; places inside titles, organ references and project names count, short forms
  written alone count (练市, 双林, 青川, 枣阳, 桐柏, 临清, 清河, 五河, 武平, 紫金, 烟店). DECIDED HERE: two-province abbreviations
  (``浙川``, ``鄂豫``, ``鲁冀``) are not annotated (as dg's one-character abbreviations); ``紫金`` in the brand ``紫金蝉茶`` counts
  (``standalone (brand)``); ``中洲运河古城`` is a ``heritage_site``, ``淮河源`` an ``area``, ``白水寺`` a ``scenic_area``, 頔塘 a
  ``canal``. Site lines, navigation, breadcrumbs, stamp and 来源 lines, list headlines, 相关链接 / 相关新闻 / 相关阅读 / 本版其他文章,
  上一篇 / 下一篇 and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

NX, QC, ZY, TB, LQ, QH, GN, WH, WP, ZJ = "南浔区", "青川县", "枣阳市", "桐柏县", "临清市", "清河县", "灌南县", "五河县", "武平县", "紫金县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fb01_nanxun.txt": (2021, "发布日期：2021-06-18 17:05", NX, [
        ("闻立峰在练市镇、双林镇调研重点项目建设", "6月17日", "2021-06-17", "6月17日，区委书记闻立峰",
         "浙江 district site (long menu, 当前位置, 相关链接): the 区委书记's 调研 of two towns; 区长, 副区长 钮佳禾, 区发展改革局, town heads")]),
    "fb02_qingchuan.txt": (2023, "发布时间：2023-09-20 10:12:33", QC, [
        ("县领导调研浙川东西部协作项目建设", "9月19日", "2023-09-19", "9月19日，县委副书记、县长蹇明轩带队",
         "四川 county site 图片新闻 (three ▲ captions): the 县长's 调研 of 东西部协作 projects; 钮佳禾 now 挂职 县委常委、副县长")]),
    "fb03_zaoyang.txt": (2022, "2022年4月15日　星期五", ZY, [
        ("枣阳召开一季度重点项目观摩讲评会", "4月13日至14日", "2022-04-13", "本报讯（记者 曹梓涵 通讯员 杜明清）4月13日至14日",
         "襄阳日报 第05版, article 1: 枣阳's 观摩 and 讲评会 (襄阳市委常委、枣阳市委书记; bare 市委副书记、市长; 人大, 政协; 常务副市长)"),
        ("枣阳市政府召开第九次常务会议", "4月14日下午", "2022-04-14", "本报讯（通讯员 冯欣然）4月14日下午",
         "襄阳日报 第05版, article 2: the 枣阳 市政府常务会议 (市长 chair, 常务副市长, 副市长 list, 发展和改革局 局长 reports)")]),
    "fb04_tongbai.txt": (2024, "发布时间：2024-05-24 09:18", TB, [
        ("枣阳市党政代表团来我县考察交流", "5月23日", "2024-05-23", "5月23日，湖北省襄阳市委常委",
         "河南 county site, news list then one article: the 枣阳 党政代表团's 考察 (彭立衡 now 书记, 邹晋川 now 市长) and 座谈会")]),
    "fb05_linqing.txt": (2022, "2022-08-12 09:31:05", LQ, [
        ("临清市领导调研卫运河沿线生态治理和重点项目建设", "8月11日", "2022-08-11", "8月11日，临清市委副书记、市长庞守信",
         "聊城新闻网 portal copy (来源 / 作者 / 编辑): the 临清 市长's 调研; 副市长, 水利局 局长, 烟店镇 书记")]),
    "fb06_qinghe.txt": (2024, "发布日期：2024-03-27", QH, [
        ("临清清河跨省协同发展联席会议在我县召开", "3月26日", "2024-03-26", "3月26日，临清·清河跨省协同发展",
         "河北 county site (long menu, breadcrumb): 跨省 联席会议 with 临清's 书记 庞守信 and 市长 谷振宁; 副县长 左明涛#2")]),
    "fb07_guannan.txt": (2023, "发布时间：2023-07-13 16:42", GN, [
        ("县经开区高质量发展推进会召开", "7月12日下午", "2023-07-12", "7月12日下午，县经开区高质量发展推进会召开。",
         "江苏 county site (breadcrumb): 县经开区 推进会 (县长, 副县长 chair, 县委常委、县经开区党工委书记, 管委会主任, a town secretary)")]),
    "fb08_wuhe.txt": (2022, "2022-11-09 15:27:16", WH, [
        ("骆文涛调研县经开区项目建设和沱湖乡产业发展工作", "11月8日", "2022-11-08", "11月8日，县委书记骆文涛深入",
         "中安在线 portal copy (来源, 编辑): the 县委书记's 调研 of the 县经开区 and 沱湖乡")]),
    "fb09_wuping.txt": (2023, "发布时间：2023-05-25 18:06", WP, [
        ("赖鹏程到十方镇、中山镇检查防汛备汛和项目建设工作", "5月24日", "2023-05-24", "5月24日，县委副书记、县长赖鹏程到",
         "福建 county site 领导活动 column (list then one article): the 县长's 防汛 检查; 十方镇 书记 左明涛#1")]),
    "fb10_zijin.txt": (2024, "时间：2024-04-17 11:35:20", ZJ, [
        ("温振邦调研茶产业发展和东江沿线项目建设", "4月16日", "2024-04-16", "4月16日，县委书记温振邦到紫城镇",
         "广东 county site 图片新闻 (three captions): the 县委书记's 调研 of 茶产业 and 东江 works; a town secretary titled only in a caption")]),
}

_F01 = "区委副书记、区长茅晓峻，副区长钮佳禾，区发展改革局局长沈砚秋陪同调研"
_F02 = "县委常委、副县长钮佳禾（浙江湖州南浔区挂职干部），县经济合作局局长母浩然陪同调研"
_F03A = "襄阳市委常委、枣阳市委书记顾鸿钧出席讲评会并讲话，市委副书记、市长彭立衡主持讲评会"
_F03B = "市人大常委会主任秦德厚，市政协主席黎淑华等市四大家领导参加观摩"
_F03C = "市委常委、常务副市长邹晋川通报了观摩打分排名情况"
_F03D = "枣阳市委副书记、市长彭立衡主持召开市政府第九次常务会议"
_F03E = "市委常委、常务副市长邹晋川，副市长苗雅琴、戈振平出席会议"
_F04A = "湖北省襄阳市委常委、枣阳市委书记彭立衡，枣阳市委副书记、市长邹晋川率枣阳市党政代表团"
_F04B = "县委书记殷卫华，县委副书记、县长辛宏亮，县委常委、常务副县长屈正阳等陪同考察"
_F05A = "8月11日，临清市委副书记、市长庞守信带队调研"
_F05B = "副市长谷振宁，市水利局局长韩立超，烟店镇党委书记靳宏波陪同调研"
_F06A = "山东省临清市委书记庞守信，市委副书记、市长谷振宁，县委书记栗向前，县委副书记、县长路晓光出席会议并讲话"
_F06B = "县委常委、常务副县长魏炳南主持会议，副县长左明涛参加会议"
_F07A = "县委副书记、县长惠振东出席会议并讲话，副县长单婉清主持会议"
_F08A = "县委副书记、县长吕承宇，县委常委、县经开区党工委书记潘立业，副县长汤若曦陪同调研"
_F09A = "副县长练剑锋，县水利局局长钟雅岚参加检查"
_F10A = "县委常委、副县长曾慧琳，县农业农村局局长巫建强参加调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 浙江 湖州 南浔区 (fb01)
    "fb:闻立峰": ("闻立峰", "official", NX, [
        ("fb01", NX + "委", "书记", "6月17日，区委书记闻立峰到练市镇", "2021-06; bare 区委 on the 南浔 site; named in the headline too")], []),
    "fb:茅晓峻": ("茅晓峻", "official", NX, [
        ("fb01", NX + "委", "副书记", _F01, "also named (no title) in a 相关链接 headline: not annotated there"),
        ("fb01", NX + "政府", "区长", _F01, None)], []),
    "fb:钮佳禾": ("钮佳禾", "official", "湖州市", [
        ("fb01", NX + "政府", "副区长", _F01, "2021-06 (identity case: 青川县委常委、副县长 as a 挂职 cadre in 2023, fb02)"),
        ("fb02", QC + "委", "常委", _F02, "2023-09: 挂职 in 四川 (``浙江湖州南浔区挂职干部``, no post); DECIDED HERE: 挂职 posts are posts"),
        ("fb02", QC + "政府", "副县长", _F02, None)], []),
    "fb:沈砚秋": ("沈砚秋", "official", NX, [
        ("fb01", NX + "发展改革局", "局长", _F01, "as written after the district")], []),
    "fb:姚春林": ("姚春林", "official", NX, [
        ("fb01", NX + "练市镇党委", "书记", "在练市镇，镇党委书记姚春林汇报了", None)], []),
    "fb:陆梦婷": ("陆梦婷", "official", NX, [
        ("fb01", NX + "双林镇党委", "副书记", "在双林镇，镇党委副书记、镇长陆梦婷介绍了", None),
        ("fb01", NX + "双林镇政府", "镇长", "在双林镇，镇党委副书记、镇长陆梦婷介绍了", None)], []),
    # ---- 四川 广元 青川县 (fb02)
    "fb:蹇明轩": ("蹇明轩", "official", QC, [
        ("fb02", QC + "委", "副书记", "9月19日，县委副书记、县长蹇明轩带队调研", "named in a ▲ caption too (one line, body evidence)"),
        ("fb02", QC + "政府", "县长", "9月19日，县委副书记、县长蹇明轩带队调研", None)], []),
    "fb:母浩然": ("母浩然", "official", QC, [
        ("fb02", QC + "经济合作局", "局长", _F02, None)], []),
    "fb:冉崇林": ("冉崇林", "official", QC, [
        ("fb02", QC + "木鱼镇党委", "书记", "在木鱼镇，镇党委书记冉崇林介绍了", None)], []),
    # ---- 湖北 襄阳 枣阳市 (fb03, fb04)
    "fb:顾鸿钧": ("顾鸿钧", "official", ZY, [
        ("fb03", "襄阳市委", "常委", _F03A, "2022-04"),
        ("fb03", ZY + "委", "书记", _F03A, None)], []),
    "fb:彭立衡": ("彭立衡", "official", ZY, [
        ("fb03", ZY + "委", "副书记", _F03A, "2022-04, article 1: DECIDED HERE: bare 市委 after ``枣阳市委书记`` in the 襄阳 paper = 枣阳市委 (identity case: 书记 in 2024, fb04)"),
        ("fb03", ZY + "政府", "市长", _F03A, None),
        ("fb03", ZY + "委", "副书记", _F03D, "article 2"),
        ("fb03", ZY + "政府", "市长", _F03D, "article 2"),
        ("fb04", "襄阳市委", "常委", _F04A, "2024-05: now 襄阳市委常委、枣阳市委书记, leading a delegation to 桐柏县 (河南)"),
        ("fb04", ZY + "委", "书记", _F04A, None)], []),
    "fb:秦德厚": ("秦德厚", "official", ZY, [
        ("fb03", ZY + "人大常委会", "主任", _F03B, "bare 市人大常委会 in the 枣阳 article = 枣阳's")], []),
    "fb:黎淑华": ("黎淑华", "official", ZY, [
        ("fb03", ZY + "政协", "主席", _F03B, "``市四大家领导`` is no post")], []),
    "fb:邹晋川": ("邹晋川", "official", ZY, [
        ("fb03", ZY + "委", "常委", _F03C, "2022-04, article 1 (identity case: 市长 in 2024, fb04)"),
        ("fb03", ZY + "政府", "常务副市长", _F03C, None),
        ("fb03", ZY + "委", "常委", _F03E, "article 2"),
        ("fb03", ZY + "政府", "常务副市长", _F03E, "article 2"),
        ("fb04", ZY + "委", "副书记", _F04A, "2024-05: now 枣阳市委副书记、市长"),
        ("fb04", ZY + "政府", "市长", _F04A, None)], []),
    "fb:苗雅琴": ("苗雅琴", "official", ZY, [
        ("fb03", ZY + "政府", "副市长", _F03E, "list after one title")], []),
    "fb:戈振平": ("戈振平", "official", ZY, [
        ("fb03", ZY + "政府", "副市长", _F03E, "list after one title")], []),
    "fb:阮晓东": ("阮晓东", "official", ZY, [
        ("fb03", ZY + "发展和改革局", "局长", "会议听取了市发展和改革局局长阮晓东关于", "as written after the city")], []),
    # ---- 河南 南阳 桐柏县 (fb04)
    "fb:殷卫华": ("殷卫华", "official", TB, [
        ("fb04", TB + "委", "书记", _F04B, "also named in a list headline above the article (not annotated there)")], []),
    "fb:辛宏亮": ("辛宏亮", "official", TB, [
        ("fb04", TB + "委", "副书记", _F04B, "also named in a list headline above the article"),
        ("fb04", TB + "政府", "县长", _F04B, None)], []),
    "fb:屈正阳": ("屈正阳", "official", TB, [
        ("fb04", TB + "委", "常委", _F04B, None),
        ("fb04", TB + "政府", "常务副县长", _F04B, None)], []),
    "fb:宁春雨": ("宁春雨", "official", TB, [
        ("fb04", TB + "淮源镇党委", "书记", "在淮源镇，镇党委书记宁春雨介绍了", None)], []),
    # ---- 山东 聊城 临清市 (fb05, fb06)
    "fb:庞守信": ("庞守信", "official", LQ, [
        ("fb05", LQ + "委", "副书记", _F05A, "2022-08 (identity case: 临清市委书记 in 2024, fb06)"),
        ("fb05", LQ + "政府", "市长", _F05A, None),
        ("fb06", LQ + "委", "书记", _F06A, "2024-03: now 书记, on the 河北 清河县 site")], []),
    "fb:谷振宁": ("谷振宁", "official", LQ, [
        ("fb05", LQ + "政府", "副市长", _F05B, "2022-08; DECIDED HERE: bare 副市长 on the 聊城 portal copy of a 临清 item = 临清's"),
        ("fb06", LQ + "委", "副书记", _F06A, "2024-03: bare 市委 after ``山东省临清市委书记`` = 临清's"),
        ("fb06", LQ + "政府", "市长", _F06A, None)], []),
    "fb:韩立超": ("韩立超", "official", LQ, [
        ("fb05", LQ + "水利局", "局长", _F05B, None)], []),
    "fb:靳宏波": ("靳宏波", "official", LQ, [
        ("fb05", LQ + "烟店镇党委", "书记", _F05B, None)], []),
    # ---- 河北 邢台 清河县 (fb06)
    "fb:栗向前": ("栗向前", "official", QH, [
        ("fb06", QH + "委", "书记", _F06A, "bare 县委 on the 清河 site")], []),
    "fb:路晓光": ("路晓光", "official", QH, [
        ("fb06", QH + "委", "副书记", _F06A, None),
        ("fb06", QH + "政府", "县长", _F06A, None)], []),
    "fb:魏炳南": ("魏炳南", "official", QH, [
        ("fb06", QH + "委", "常委", _F06B, None),
        ("fb06", QH + "政府", "常务副县长", _F06B, None)], []),
    "fb:左明涛#2": ("左明涛", "official", QH, [
        ("fb06", QH + "政府", "副县长", _F06B, "清河县 (河北), 2024-03; not the 左明涛 of 武平县 十方镇 (福建, fb09)")], []),
    # ---- 江苏 连云港 灌南县 (fb07)
    "fb:惠振东": ("惠振东", "official", GN, [
        ("fb07", GN + "委", "副书记", _F07A, None),
        ("fb07", GN + "政府", "县长", _F07A, None)], []),
    "fb:单婉清": ("单婉清", "official", GN, [
        ("fb07", GN + "政府", "副县长", _F07A, None)], []),
    "fb:仲启航": ("仲启航", "official", GN, [
        ("fb07", GN + "委", "常委", "县委常委、县经开区党工委书记仲启航汇报了", None),
        ("fb07", "灌南经开区党工委", "书记", "县委常委、县经开区党工委书记仲启航汇报了", "``县经开区`` on the 灌南 site = 灌南经开区 (part dh); 五河's in fb08")], []),
    "fb:颜培松": ("颜培松", "official", GN, [
        ("fb07", "灌南经开区管委会", "主任", "县经开区管委会主任颜培松通报了", None)], []),
    "fb:葛立平": ("葛立平", "official", GN, [
        ("fb07", GN + "商务局", "局长", "县商务局局长葛立平就外资外贸工作", None)], []),
    "fb:窦一鸣": ("窦一鸣", "official", GN, [
        ("fb07", GN + "堆沟港镇党委", "书记", "堆沟港镇党委书记窦一鸣汇报了", None)], []),
    # ---- 安徽 蚌埠 五河县 (fb08)
    "fb:骆文涛": ("骆文涛", "official", WH, [
        ("fb08", WH + "委", "书记", "11月8日，县委书记骆文涛深入县经开区", "named in the headline too")], []),
    "fb:吕承宇": ("吕承宇", "official", WH, [
        ("fb08", WH + "委", "副书记", _F08A, None),
        ("fb08", WH + "政府", "县长", _F08A, None)], []),
    "fb:潘立业": ("潘立业", "official", WH, [
        ("fb08", WH + "委", "常委", _F08A, None),
        ("fb08", "五河经开区党工委", "书记", _F08A, "``县经开区`` in the 五河 item = 五河经开区 (灌南's in fb07)")], []),
    "fb:汤若曦": ("汤若曦", "official", WH, [
        ("fb08", WH + "政府", "副县长", _F08A, None)], []),
    "fb:储文杰": ("储文杰", "official", WH, [
        ("fb08", "五河经开区管委会", "主任", "县经开区管委会主任储文杰介绍了", None)], []),
    "fb:卞海燕": ("卞海燕", "official", WH, [
        ("fb08", WH + "沱湖乡党委", "书记", "沱湖乡党委书记卞海燕汇报了", None)], []),
    # ---- 福建 龙岩 武平县 (fb09)
    "fb:赖鹏程": ("赖鹏程", "official", WP, [
        ("fb09", WP + "委", "副书记", "5月24日，县委副书记、县长赖鹏程到十方镇", "named in the headline and a list headline too"),
        ("fb09", WP + "政府", "县长", "5月24日，县委副书记、县长赖鹏程到十方镇", None)], []),
    "fb:练剑锋": ("练剑锋", "official", WP, [
        ("fb09", WP + "政府", "副县长", _F09A, None)], []),
    "fb:钟雅岚": ("钟雅岚", "official", WP, [
        ("fb09", WP + "水利局", "局长", _F09A, None)], []),
    "fb:左明涛#1": ("左明涛", "official", WP, [
        ("fb09", WP + "十方镇党委", "书记", "在十方镇，镇党委书记左明涛汇报了", "武平县 (福建), 2023-05; not the 左明涛 of 清河县 (河北, fb06)")], []),
    "fb:兰春燕": ("兰春燕", "official", WP, [
        ("fb09", WP + "中山镇党委", "副书记", "在中山镇，镇党委副书记、镇长兰春燕介绍了", None),
        ("fb09", WP + "中山镇政府", "镇长", "在中山镇，镇党委副书记、镇长兰春燕介绍了", None)], []),
    # ---- 广东 河源 紫金县 (fb10)
    "fb:温振邦": ("温振邦", "official", ZJ, [
        ("fb10", ZJ + "委", "书记", "4月16日，县委书记温振邦到紫城镇", "named in the headline and captions too")], []),
    "fb:曾慧琳": ("曾慧琳", "official", ZJ, [
        ("fb10", ZJ + "委", "常委", _F10A, "titled in a caption too (one line, body evidence)"),
        ("fb10", ZJ + "政府", "副县长", _F10A, None)], []),
    "fb:巫建强": ("巫建强", "official", ZJ, [
        ("fb10", ZJ + "农业农村局", "局长", _F10A, None)], []),
    "fb:古志明": ("古志明", "official", ZJ, [
        ("fb10", ZJ + "临江镇党委", "书记", "听取临江镇党委书记古志明汇报", "DECIDED HERE: titled only in a ▲ caption: a holding with the caption as evidence")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fb01", "褚雨晗", "责任编辑", "editor", "责任编辑：褚雨晗"),
    ("fb02", "向晓雯", "图/文", "author", "（图/文 县融媒体中心 向晓雯）"),
    ("fb02", "何梓萱", "责任编辑", "editor", "责任编辑：何梓萱"),
    ("fb03", "曹梓涵", "记者", "reporter", "本报讯（记者 曹梓涵 通讯员 杜明清）"),
    ("fb03", "杜明清", "通讯员", "correspondent", "本报讯（记者 曹梓涵 通讯员 杜明清）"),
    ("fb03", "冯欣然", "通讯员", "correspondent", "本报讯（通讯员 冯欣然）"),
    ("fb03", "邢雨薇", "本版责任编辑", "editor", "本版责任编辑：邢雨薇"),
    ("fb04", "宋可馨", "责任编辑", "editor", "责任编辑：宋可馨"),
    ("fb05", "孟凡瑞", "作者", "author", "作者：孟凡瑞"),
    ("fb05", "齐思雨", "责任编辑", "editor", "【责任编辑：齐思雨】"),
    ("fb06", "葛思彤", "编辑", "editor", "编辑：葛思彤"),
    ("fb06", "姜立勋", "审核", "editor", "审核：姜立勋"),
    ("fb07", "陶思琪", "供稿", "author", "（县融媒体中心 陶思琪）"),
    ("fb07", "许梦洁", "编辑", "editor", "编辑：许梦洁"),
    ("fb08", "程梦瑶", "编辑", "editor", "来源：五河县融媒体中心　　编辑：程梦瑶"),
    ("fb09", "邓惠敏", "供稿", "author", "（县融媒体中心 邓惠敏）"),
    ("fb09", "严俊哲", "责任编辑", "editor", "责任编辑：严俊哲"),
    ("fb10", "黎书瑶", "文/图", "author", "（文/图 县融媒体中心 黎书瑶）"),
    ("fb10", "朱可欣", "编辑", "editor", "编辑：朱可欣"),
    ("fb10", "饶晓东", "审核", "editor", "审核：饶晓东"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fb01", "练市镇、双林镇重点项目建设和“亩均论英雄”改革调研", "inspection (调研)", "6月17日", None, "闻立峰", [],
     ["茅晓峻", "钮佳禾", "沈砚秋"], ["姚春林", "陆梦婷", "闻立峰", "茅晓峻", "钮佳禾"], "练市镇、双林镇",
     "6月17日，区委书记闻立峰到练市镇、双林镇调研重点项目建设",
     ["区委书记闻立峰到练市镇、双林镇调研", _F01, "镇党委书记姚春林汇报了", "镇长陆梦婷介绍了", "闻立峰指出",
      "茅晓峻要求", "钮佳禾就项目要素保障和安全生产作了具体安排"]),
    ("fb02", "浙川东西部协作项目建设调研", "inspection (调研)", "9月19日", None, "蹇明轩", [],
     ["钮佳禾", "母浩然"], ["母浩然", "冉崇林", "钮佳禾", "蹇明轩"], "乔庄镇、木鱼镇",
     "9月19日，县委副书记、县长蹇明轩带队调研浙川东西部协作项目建设情况",
     ["县长蹇明轩带队调研", _F02, "母浩然汇报了", "镇党委书记冉崇林介绍了", "钮佳禾介绍", "蹇明轩强调"]),
    ("fb03", "2022年一季度重点项目现场观摩活动", "site observation (观摩活动)", "4月13日至14日", None, None, ["枣阳市"],
     ["秦德厚", "黎淑华"], [], "枣阳市",
     "4月13日至14日，枣阳市组织开展2022年一季度重点项目现场观摩活动",
     [_F03B]),
    ("fb03", "一季度重点项目观摩讲评会", "meeting (讲评会)", "4月13日至14日", "彭立衡", None, ["枣阳市"],
     ["顾鸿钧"], ["邹晋川", "顾鸿钧", "彭立衡"], None,
     "讲评会上，市委常委、常务副市长邹晋川通报了观摩打分排名情况",
     [_F03A, _F03C, "顾鸿钧指出", "彭立衡要求"]),
    ("fb03", "枣阳市政府第九次常务会议", "meeting (常务会议)", "4月14日下午", "彭立衡", None, ["枣阳市政府"],
     ["邹晋川", "苗雅琴", "戈振平"], ["阮晓东", "邹晋川", "彭立衡"], None,
     _F03D,
     [_F03D, _F03E, "会议听取了市发展和改革局局长阮晓东关于", "邹晋川就安全生产大检查作了具体安排", "彭立衡强调"]),
    ("fb04", "枣阳市党政代表团考察", "inspection (考察)", "5月23日", None, "彭立衡", ["枣阳市"],
     ["邹晋川", "殷卫华", "辛宏亮", "屈正阳"], ["宁春雨"], "桐柏县",
     "率枣阳市党政代表团来我县考察交流",
     [_F04A, _F04B, "镇党委书记宁春雨介绍了"]),
    ("fb04", "枣阳桐柏考察交流座谈会", "meeting (座谈会)", "5月23日", "屈正阳", None, [],
     [], ["殷卫华", "辛宏亮", "彭立衡", "邹晋川"], "桐柏县",
     "在随后召开的座谈会上，屈正阳主持会议",
     ["屈正阳主持会议", "殷卫华致辞", "辛宏亮介绍了", "殷卫华表示", "彭立衡表示", "邹晋川就两地共建跨省旅游线路"]),
    ("fb05", "卫运河沿线生态治理和重点项目建设调研", "inspection (调研)", "8月11日", None, "庞守信", [],
     ["谷振宁", "韩立超", "靳宏波"], ["韩立超", "靳宏波", "庞守信", "谷振宁"], "临清市",
     "8月11日，临清市委副书记、市长庞守信带队调研卫运河沿线生态治理和重点项目建设情况",
     [_F05A, _F05B, "韩立超汇报了", "靳宏波介绍了", "庞守信强调", "谷振宁就汛期值班值守"]),
    ("fb06", "临清市领导考察清河县羊绒产业园和卫运河生态廊道项目", "inspection (考察)", "3月26日", None, "庞守信", [],
     ["栗向前", "路晓光"], [], "清河县",
     "会前，庞守信一行在栗向前、路晓光陪同下，实地考察了清河县羊绒产业园",
     ["会前，庞守信一行在栗向前、路晓光陪同下"]),
    ("fb06", "临清·清河跨省协同发展第二次联席会议", "meeting (联席会议)", "3月26日", "魏炳南", None, [],
     ["庞守信", "谷振宁", "栗向前", "路晓光", "左明涛"], ["左明涛", "栗向前", "庞守信", "路晓光", "谷振宁"], "清河县",
     "3月26日，临清·清河跨省协同发展第二次联席会议在我县召开",
     [_F06A, _F06B, "左明涛通报了", "栗向前指出", "庞守信表示", "路晓光、谷振宁分别就做好下一步合作事项落实作了发言"]),
    ("fb07", "县经开区高质量发展推进会", "meeting (推进会)", "7月12日下午", "单婉清", None, [],
     ["惠振东"], ["仲启航", "颜培松", "葛立平", "窦一鸣", "惠振东", "单婉清"], None,
     "7月12日下午，县经开区高质量发展推进会召开",
     [_F07A, "仲启航汇报了", "颜培松通报了", "葛立平就外资外贸工作作了发言", "窦一鸣汇报了", "惠振东指出",
      "单婉清就做好三季度项目开工和入库工作作了具体安排"]),
    ("fb08", "县经开区项目建设和沱湖乡产业发展调研", "inspection (调研)", "11月8日", None, "骆文涛", [],
     ["吕承宇", "潘立业", "汤若曦"], ["储文杰", "卞海燕", "骆文涛", "吕承宇", "汤若曦"], "县经开区、沱湖乡",
     "11月8日，县委书记骆文涛深入县经开区和沱湖乡，调研重点项目建设和特色产业发展情况",
     ["县委书记骆文涛深入县经开区和沱湖乡", _F08A, "储文杰介绍了", "卞海燕汇报了", "骆文涛强调", "吕承宇要求",
      "汤若曦就冬季安全生产和疫情防控作了安排"]),
    ("fb09", "十方镇、中山镇防汛备汛和项目建设检查", "inspection (检查)", "5月24日", None, "赖鹏程", [],
     ["练剑锋", "钟雅岚"], ["左明涛", "兰春燕", "赖鹏程", "练剑锋"], "十方镇、中山镇",
     "5月24日，县委副书记、县长赖鹏程到十方镇、中山镇检查防汛备汛和重点项目建设工作",
     ["县长赖鹏程到十方镇、中山镇检查", _F09A, "镇党委书记左明涛汇报了", "镇长兰春燕介绍了", "赖鹏程指出", "练剑锋要求"]),
    ("fb10", "茶产业发展和东江沿线项目建设调研", "inspection (调研)", "4月16日", None, "温振邦", [],
     ["曾慧琳", "巫建强"], ["巫建强", "古志明", "温振邦", "曾慧琳"], "紫城镇、临江镇",
     "4月16日，县委书记温振邦到紫城镇、临江镇调研茶产业发展和东江沿线项目建设",
     ["县委书记温振邦到紫城镇、临江镇调研", _F10A, "巫建强介绍", "古志明汇报了", "温振邦强调", "曾慧琳表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fb01", "练市镇新能源汽车零部件产业园一期", "industrial_park", "先后来到练市镇新能源汽车零部件产业园一期"),
    ("fb01", "双林镇绫绢文化街区改造提升工程", "project", "双林镇绫绢文化街区改造提升工程"),
    ("fb01", "頔塘故道生态修复工程", "greening_project", "頔塘故道生态修复工程现场"),
    ("fb02", "浙川东西部协作白茶产业园", "industrial_park", "先后来到乔庄镇浙川东西部协作白茶产业园"),
    ("fb02", "白叶一号茶叶加工厂二期", "project", "白叶一号茶叶加工厂二期和木鱼镇"),
    ("fb02", "木鱼镇浙川协作乡村振兴示范村", "project", "木鱼镇浙川协作乡村振兴示范村，实地察看"),
    ("fb03", "吴店镇光伏储能产业园一期", "industrial_park", "先后察看了吴店镇光伏储能产业园一期"),
    ("fb03", "枣阳汽车零部件产业园", "industrial_park", "枣阳汽车零部件产业园、白水寺景区提档升级项目"),
    ("fb03", "白水寺景区提档升级项目", "project", "枣阳汽车零部件产业园、白水寺景区提档升级项目"),
    ("fb04", "桐柏县天然碱深加工产业园二期", "industrial_park", "先后来到桐柏县天然碱深加工产业园二期"),
    ("fb04", "淮源镇乡村振兴示范区", "project", "淮源镇乡村振兴示范区和淮河源生态旅游区提升工程"),
    ("fb04", "淮河源生态旅游区提升工程", "project", "淮源镇乡村振兴示范区和淮河源生态旅游区提升工程"),
    ("fb05", "卫运河临清段综合治理工程", "engineering_work", "先后来到卫运河临清段综合治理工程"),
    ("fb05", "烟店轴承产业园", "industrial_park", "烟店轴承产业园和中洲运河古城保护修复项目"),
    ("fb05", "中洲运河古城保护修复项目", "project", "烟店轴承产业园和中洲运河古城保护修复项目"),
    ("fb06", "清河县羊绒产业园", "industrial_park", "实地考察了清河县羊绒产业园"),
    ("fb06", "卫运河清河段生态廊道项目", "greening_project", "卫运河清河段生态廊道项目"),
    ("fb07", "经开区智能装备产业园标准厂房三期", "industrial_park", "上半年经开区智能装备产业园标准厂房三期"),
    ("fb07", "食品产业园冷链仓储项目", "logistics_hub", "食品产业园冷链仓储项目等建设"),
    ("fb07", "县经开区污水处理厂提标改造工程", "infrastructure_project", "要加快县经开区污水处理厂提标改造工程建设"),
    ("fb07", "港口物流园一期", "logistics_hub", "港口物流园一期征地拆迁进展情况"),
    ("fb08", "县经开区新型建材产业园二期", "industrial_park", "先后来到县经开区新型建材产业园二期"),
    ("fb08", "纺织服装产业园标准化厂房项目", "industrial_park", "纺织服装产业园标准化厂房项目和沱湖螃蟹产业园"),
    ("fb08", "沱湖螃蟹产业园", "industrial_park", "纺织服装产业园标准化厂房项目和沱湖螃蟹产业园"),
    ("fb09", "十方镇河道堤防加固工程", "engineering_work", "先后来到十方镇河道堤防加固工程"),
    ("fb09", "十方镇高标准农田建设项目", "project", "十方镇高标准农田建设项目和中山镇古镇保护提升项目"),
    ("fb09", "中山镇古镇保护提升项目", "project", "十方镇高标准农田建设项目和中山镇古镇保护提升项目"),
    ("fb10", "紫城镇蝉茶产业园", "industrial_park", "在紫城镇蝉茶产业园，温振邦走进加工车间"),
    ("fb10", "东江堤岸提升工程", "engineering_work", "温振邦实地察看东江堤岸提升工程"),
    ("fb10", "临江镇百千万工程典型镇建设项目", "project", "临江镇百千万工程典型镇建设项目"),
    ("fb10", "百县千镇万村高质量发展工程", "program", "要深入实施“百县千镇万村高质量发展工程”"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fb01", "练市镇", "town", "standalone", "6月17日，区委书记闻立峰到练市镇、双林镇调研"),
    ("fb01", "双林镇", "town", "standalone", "6月17日，区委书记闻立峰到练市镇、双林镇调研"),
    ("fb01", "頔塘", "canal", "in_project_name", "頔塘故道生态修复工程现场"),
    ("fb01", "双林", "town", "standalone", "双林、练市都是有深厚底蕴的千年古镇"),
    ("fb01", "练市", "town", "standalone", "双林、练市都是有深厚底蕴的千年古镇"),
    ("fb01", "长三角", "region", "standalone", "在融入长三角一体化发展中"),
    ("fb02", "乔庄镇", "town", "standalone", "先后来到乔庄镇浙川东西部协作白茶产业园"),
    ("fb02", "木鱼镇", "town", "standalone", "在木鱼镇，镇党委书记冉崇林介绍了"),
    ("fb02", "浙江", "province", "in_org_reference", _F02),
    ("fb02", "湖州", "city", "in_org_reference", _F02),
    ("fb02", "南浔区", "district", "in_org_reference", _F02),
    ("fb02", "青川", "county", "standalone", "推动青川高质量发展的重要机遇"),
    ("fb03", "枣阳", "county_level_city", "standalone", "枣阳召开一季度重点项目观摩讲评会"),
    ("fb03", "枣阳市", "county_level_city", "standalone", "4月13日至14日，枣阳市组织开展"),
    ("fb03", "襄阳市", "city", "in_title", _F03A),
    ("fb03", "吴店镇", "town", "in_project_name", "先后察看了吴店镇光伏储能产业园一期"),
    ("fb03", "白水寺", "scenic_area", "in_project_name", "枣阳汽车零部件产业园、白水寺景区提档升级项目"),
    ("fb03", "沙河", "river", "standalone", "对沙河、滚河沿线堤防和病险水库"),
    ("fb03", "滚河", "river", "standalone", "对沙河、滚河沿线堤防和病险水库"),
    ("fb04", "枣阳市", "county_level_city", "standalone", "枣阳市党政代表团来我县考察交流"),
    ("fb04", "湖北省", "province", "in_title", _F04A),
    ("fb04", "襄阳市", "city", "in_title", _F04A),
    ("fb04", "桐柏县", "county", "in_project_name", "先后来到桐柏县天然碱深加工产业园二期"),
    ("fb04", "淮源镇", "town", "standalone", "在淮源镇，镇党委书记宁春雨介绍了"),
    ("fb04", "淮河源", "area", "in_project_name", "淮源镇乡村振兴示范区和淮河源生态旅游区提升工程"),
    ("fb04", "桐柏", "county", "standalone", "桐柏与枣阳山水相连、人文相亲"),
    ("fb04", "枣阳", "county_level_city", "standalone", "桐柏与枣阳山水相连、人文相亲"),
    ("fb05", "临清市", "county_level_city", "standalone", "临清市领导调研卫运河沿线生态治理和重点项目建设"),
    ("fb05", "卫运河", "river", "standalone", "临清市领导调研卫运河沿线生态治理和重点项目建设"),
    ("fb05", "烟店镇", "town", "in_title", _F05B),
    ("fb05", "临清", "county_level_city", "standalone", "卫运河是临清的母亲河"),
    ("fb05", "烟店", "town", "in_project_name", "烟店轴承产业园和中洲运河古城保护修复项目"),
    ("fb05", "中洲运河古城", "heritage_site", "in_project_name", "烟店轴承产业园和中洲运河古城保护修复项目"),
    ("fb06", "临清", "county_level_city", "standalone", "3月26日，临清·清河跨省协同发展"),
    ("fb06", "清河", "county", "standalone", "3月26日，临清·清河跨省协同发展"),
    ("fb06", "山东省", "province", "in_title", _F06A),
    ("fb06", "临清市", "county_level_city", "in_title", _F06A),
    ("fb06", "清河县", "county", "in_project_name", "实地考察了清河县羊绒产业园"),
    ("fb06", "卫运河", "river", "in_project_name", "卫运河清河段生态廊道项目"),
    ("fb06", "京杭大运河", "canal", "standalone", "共同建设京杭大运河沿线高质量发展示范带"),
    ("fb07", "经开区", "development_zone", "standalone", "上半年经开区主要经济指标完成情况"),
    ("fb07", "堆沟港镇", "town", "in_title", "堆沟港镇党委书记窦一鸣汇报了"),
    ("fb08", "经开区", "development_zone", "standalone", "县委书记骆文涛深入县经开区和沱湖乡"),
    ("fb08", "沱湖乡", "township", "standalone", "县委书记骆文涛深入县经开区和沱湖乡"),
    ("fb08", "沱湖", "lake", "in_project_name", "纺织服装产业园标准化厂房项目和沱湖螃蟹产业园"),
    ("fb08", "五河", "county", "standalone", "沱湖螃蟹是五河的金字招牌"),
    ("fb09", "十方镇", "town", "standalone", "赖鹏程到十方镇、中山镇检查防汛备汛和项目建设工作"),
    ("fb09", "中山镇", "town", "standalone", "赖鹏程到十方镇、中山镇检查防汛备汛和项目建设工作"),
    ("fb09", "武平", "county", "standalone", "当前武平已全面进入主汛期"),
    ("fb10", "东江", "river", "standalone", "温振邦调研茶产业发展和东江沿线项目建设"),
    ("fb10", "紫城镇", "town", "standalone", "县委书记温振邦到紫城镇、临江镇调研"),
    ("fb10", "临江镇", "town", "standalone", "县委书记温振邦到紫城镇、临江镇调研"),
    ("fb10", "紫金", "county", "standalone (brand)", "“紫金蝉茶”区域公用品牌影响力持续提升"),
    ("fb10", "大湾区", "region", "standalone", "让紫金蝉茶香飘大湾区"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fb", conventions="set fb (blind set, held-out-like mix, ninth round: ten pages from ten provinces, one county, district or county-level city each — 浙江 南浔区 district site with a long menu and 当前位置, 四川 青川县 图片新闻 page with ▲ captions, 湖北 襄阳日报 page with two 枣阳 articles, 河南 桐柏县 news list then one article, 山东 临清 item copied on the 聊城新闻网 portal (来源 / 作者 / 编辑), 河北 清河县 site (long menu) of a 跨省 联席会议 with 临清, 江苏 灌南县 site of the 县经开区 推进会, 安徽 五河县 item copied on 中安在线, 福建 武平县 领导活动 list then one article, 广东 紫金县 图片新闻 page; bare organs take the page's place (bare 市委 after 枣阳市委书记 in the 襄阳 paper = 枣阳, bare 市 on a portal copy of a 临清 item = 临清); 县经开区 → county name + 经开区; 挂职 posts are posts, 挂职干部 is not; list headlines, links and footers give nothing; a post titled only in a photo caption counts; one line per post per article)",
          persons_note="Set fb persons. id = corpus-wide person_id (fb:左明涛#1 of 武平县十方镇 (福建) and fb:左明涛#2 of 清河县 (河北) are two people; fb:钮佳禾 南浔区副区长 2021 → 青川县委常委、副县长 (挂职) 2023; fb:彭立衡 枣阳市长 2022 → 襄阳市委常委、枣阳市委书记 2024; fb:邹晋川 枣阳常务副市长 2022 → 市长 2024; fb:庞守信 临清市长 2022 → 临清市委书记 2024; fb:谷振宁 临清副市长 2022 → 临清市长 2024)")


if __name__ == "__main__":
    main()
