"""Write gold part ``hc`` (a blind set: text pasted from the PDF editions of county papers and city papers — running
heads repeated, column text broken mid-sentence, headlines split over two or three lines, photo captions ``图为…``,
责任编辑 lines, two to four stories on one page — with one government site and one e-paper reader page) from the tables
below.

Pages ``tests/dev/texts/hc*.txt`` were written for this part with invented person and project names, modelled on the
seed pages data/sample/*.txt (a paper page as extracted from its PDF) and on real pages of the genre read with the
``search`` tool: the 长子县 paper's ``1886 期 / 第2版`` 要闻简报 (``◆`` items, ``副县长…出席``, ``县政协副主席…参加``); the
今日龙游 ``第01版:头版`` (``本报讯 (记者 钱敏)``, ``县委副书记、县长…强调``, ``县委常委、常务副县长…主持会议，县领导…参加``,
and the e-paper's trailing ``2022-09-05 14 14 今日龙游 content_….html 1 3 … /enpproperty-->`` noise); the 滁州日报
``2021年02月10日 第A01版:要闻`` box ``本市要闻 BENSHI YAOWEN`` (``■2月9日，市委常委、常务副市长…``, ``(见习记者…)``,
``(全媒体记者…)``); the 清徐 paper's ``A1:清徐*要闻总第3311期 >2018-09-26编印`` (``刊发日期: 阅读次数: 作者:``,
``市安全生产第四督导组莅清…县委常委、副县长…出席汇报会``); the 沁县 paper (``下一版»本期共4版, 当前第1版 PDF``,
``【图片新闻】``, ``县领导…``, ``井娇摄影报道``); the 浮山 paper's two pages (``本期共4版(1-2-3-4)``, ``县委副书记、政府县长…``, a
two-line headline ``王兴主持召开县长办公会 / 安排部署重点工作任务``, ``县领导…参加会议，县直有关单位及部分乡镇负责人列席会议``,
signatures ``(郭颖 天乐)``, ``(卫琦)``); the 山西农民报 ``第3版:综合新闻`` (``夏县:多管齐下 护林防火``, ``图为…``, ``…摄影报道``,
``分享到``, ``过往期刊``); the 涟水 site's page of a paper story (``■ 融媒体记者 蒋 栋`` — spaces inside names, ``本报讯 9月9日，
副县长…带领…``); the 晋中日报 e-paper (``本报讯 (记者郭白鸽)…县领导…在我县分会场收听收看``); a county portal page in traditional characters (``縣委書記…，縣委副書記、縣長…``,
``縣領導…參加慰問``, ``全媒體記者:… / 編輯:… / 編審:…``); the 海安 县委常委会 report (``县委书记…主持召开…，县委副书记、县长…，县委副书记…，县委常委…出席会议，
县人大常委会主任…，县政协主席…列席会议``). Places are real and new to the corpus: 安徽 滁州 (来安县, 全椒县, 天长市,
滁州经开区), 山西 运城 (闻喜县, 夏县, 绛县, 运城经开区), 福建 三明 (永安市, 明溪县, 清流县).

Shapes: hc01 今日来安 第2版 (running head at the top and again at the foot with the 责任编辑 / 版式 line; a headline in
three lines ``…调研重点项目建设时 / 强调 / 抢抓…``; ``县\\n委副书记、县长`` broken across lines; photo caption with ``记者 … 摄``;
县委常委会; a short 检查 item with a signature); hc02 全椒 paper page beginning with the lead headline (no masthead), the
版头 line with 责任编辑 / 校对 at the foot, a 常务会议 headline broken after ``第十二次``, a 【图片新闻】 caption item; hc03 滁州日报
A02 (a 副市长 调研 in 来安县 with the county's new 书记 and 县长; bare ``经开区`` 分析会 with ``市委常委、经开区党工委书记``;
the running head repeated between the stories with 责任编辑 / 美编; a 天长 short item with a signature); hc04 今日天长 第1版
(a county-level city's paper: bare ``市委书记`` / ``市委副书记、市长`` = 天长's; headline ``市委常委会召开 / （扩大）会议``;
a 【图片新闻】 caption of the 书记's 学雷锋 activity); hc05 闻喜报 第2版 (a ``（上接第一版）`` fragment of another page's
story before the first headline; three-line headline; caption; 常务会议); hc06 运城日报 two pages pasted, 第2版 要闻 and
第3版 县域, each with its running head (市长 调研 in 夏县; bare ``经开区`` 党工委（扩大）会议; 绛县 副县长's 检查; 绛县 县委常委会);
hc07 今日绛县 page with the page number and date first (``2　　要闻 … 2024年5月17日　星期五``), the former 闻喜 常务副县长 now
绛县 县长; hc08 夏县 government site (chrome, 发布时间 / 来源 / 浏览次数 / 字号, a paper story pasted with its hard line
breaks, 责任编辑, 打印 / 关闭, 相关文章, 备案号 footer); hc09 三明日报 A2 (市长 调研 in 永安市 with both cities' bare
``市委副书记、市长`` on one page; ``（下转A3版）``; 明溪 item; 清流 【图片新闻】; credits at the foot); hc10 三明日报数字报
e-paper reader page (版面导航, 上一版 / 下一版, 上一篇 / 下一篇 naming other counties, 分享到, 闽ICP备).

Identity cases:
- hc:晁承禹: 来安县委副书记、县长 (hc01, 2022-05) → 来安县委书记 (hc03, 2024-04).
- hc:韦叙章: 全椒县委书记 (hc02, 2022-06) → 滁州市副市长 (hc03, 2024-04), visiting 来安县.
- hc:薛峻峰: 闻喜县委常委、常务副县长 (hc05, 2022-08) → 绛县委副书记、县长 (hc07, 2024-05): a move between two counties.
- hc:裴东岳: 夏县瑶峰镇党委书记 (hc06, 2023-10) → 夏县副县长 (hc08, 2024-09).
- hc:赖德霖: 永安市委副书记、市长 (hc09, 2023-06) → 三明市副市长 (hc10, 2024-11), visiting 永安市.
- hc:邵婉汀: 天长市副市长 (hc04, 2023-03) → 天长市委常委、常务副市长 (hc03, 2024-04).
- the same person on one post across pages: hc:柯砚秋 (来安县副县长, 2022 and 2024), hc:池秋航 (永安市委书记, 2023 and 2024),
  hc:霍铮轩 (绛县委书记, 2023 and 2024), hc:任海澜#1 (绛县副县长, 2023 and 2024), reporter hc:魏永绥
  (三明日报, 2023 and 2024).
- two different 任海澜 in unrelated places: hc:任海澜#1 绛县副县长 (山西 运城, hc06 2023, hc07 2024); hc:任海澜#2 明溪县夏阳乡
  党委书记 (福建 三明, hc09 2023).
- one organ name on several pages: bare ``市委`` / ``市委副书记、市长`` is 天长市's in 今日天长 (hc04), 运城市's in the 运城日报
  (hc06), 三明市's and 永安市's on the same 三明日报 page (hc09: ``市委副书记、市长游闽华`` before any place = 三明; ``永安市委书记
  池秋航，市委副书记、市长赖德霖`` = 永安), 永安市's in hc10; bare ``经开区`` is 滁州经开区 in the 滁州日报 (hc03) and 运城经开区
  in the 运城日报 (hc06); bare ``县委`` is 来安's (hc01), 全椒's (hc02), 闻喜's (hc05), 绛县's (hc07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts ev, dk, cz, bq, ac where they speak; decided here where they are silent):
- Each story of a page is an article from its headline's first line (a headline broken over two or three lines is
  given by its first line); a 【图片新闻】 caption standing alone is an article dated by the caption's date (as dk).
- DECIDED HERE (PDF pastes): running heads (masthead, date, 版次, 版名), repeated at the top, between stories, at the foot
  or at the top of a second pasted page (hc06), are chrome; the page stamp is the first one. A running head or foot
  line carrying 责任编辑 / 版式 / 美编 / 校对 names gives editor rows in the article whose span holds it (as ev). A
  ``（上接第一版）`` fragment before the first headline belongs to a story of another page: it is in no article and is not
  annotated (it names no one here). ``（下转A3版）`` stays in its story.
- DECIDED HERE (line breaks): the texts break lines inside org names, places and names as PDF columns do, but never
  inside a name or a title word of a chain that gives a post (the writer checks both in the evidence); a name broken
  elsewhere (``钟砺\\n恒就…``) is a mention (whitespace removed) and participant evidence keeps the break. A project
  name broken across lines is given whole, its evidence with the break.
- Bare organs take the paper's place or the story's: 县委 / 县政府 / 副县长 in a county paper = that county; in a city
  paper 市委 / 副市长 / 市政府副秘书长 = the paper's city, but a bare ``县委副书记、县长`` / ``市委副书记、市长`` right after a
  named county's or county-level city's 书记 is that county's / city's (夏县, 永安市); ``镇党委书记`` after the town named just
  before (``在瑶峰镇，镇党委书记…``, ``在小陶镇，镇党委书记…``) = county label + town + 党委 (as ev, dk); a county-level city's
  towns take its label (天长市铜城镇党委, 永安市小陶镇党委).
- ``夏县县委书记`` / ``绛县县委书记`` → 夏县委 / 绛县委 (one-character county, as ac's 曹县委); 县长 → 夏县政府 / 绛县政府.
- ``市委常委、经开区党工委书记`` → 滁州市委 常委 + 滁州经开区党工委 书记; ``党工委副书记、管委会主任`` → the zone's 党工委 副书记 +
  管委会 主任 (as ev); ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长 (as dk).
- One line per post per article: a post repeated in another story or in a caption item of the same page gives a line
  there (秦岷梁 in hc04 A1 and A3, 宣镇国 in hc02 A1 and A3); ``副市长官振屿`` is 官振屿 (surname 官), not ``长官``.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent rows; a caption credit ``记者 … 摄`` / ``通讯员 … 摄`` / ``… 摄``
  a photographer row, label ``摄`` (as dk; the same 记者 can have both rows); a bracketed signature ``（谭沐阳）`` an author row,
  label ``署名`` (as ev); 责任编辑 / 本版责任编辑 / 编辑 / 版式 / 美编 / 校对 editor rows. 来源 lines (``夏县融媒体中心``) are not persons.
- Events: 调研 / 检查 / 督导 are inspections (leader; 陪同 attendees; 汇报 / 介绍 / 通报 / 指出 / 强调 / 要求 / 作了安排 speakers);
  常委会 / 常务会议 / 分析会 / 党工委（扩大）会议 are meetings (chair when 主持; 出席 / 列席 attendees; ``出席会议并讲话`` attendee
  and speaker). DECIDED HERE: a caption item in which a leader 察看 / 查看 works or crops is an inspection with that leader
  (hc02, hc09); the 书记's 学雷锋 volunteering in a caption is an ``activity`` (hc04).
- Projects: works named as under way or inspected: 产业园 N期 / 产业园 → industrial_park; 老旧小区改造 → housing_project;
  堤防加固, 防洪工程, 清淤工程 and a river's 综合治理工程 with 堤防 works (DECIDED HERE: engineering_work, not greening) →
  engineering_work; 生态修复 / 生态治理工程 → greening_project; 供热 → infrastructure_project; 老街保护修缮工程, a named 光伏玻璃
  二期项目, a named 高标准农田提质改造项目 → project. DECIDED HERE: a work named in a 方案's title that the story then pushes
  (``供热管网改造工程10月底前完工``, ``涑水河综合治理工程…完成堤防主体施工``) is a project with the title as evidence; the 方案
  itself is a document. Standing bases and facilities (林下经济示范基地, 高标准农田示范区, 林业碳汇交易服务中心, 防火检查站) and
  generic works (排涝泵站, 汛前除险加固) are none.
- Places: one row per name per file, as written; places in titles, org references, document titles and project names
  count; a short name heading a story (``天长督导…``, ``明溪督导…``) or standing in the body (``来安要发挥…``, ``永安是…``) is a row
  of its own (as ev, cz); a river section inside a project name gives the river a row (滁河, 襄河, 涑水河, 白沙河, 燕江, 青龙河).
  DECIDED HERE: a town's short name inside a project name (``汊河新能源装备产业园二期``) is a row only on a page that does not
  write the town's full name (hc03, not hc01, as bq01's 泊于). Mastheads (今日来安, 中共天长市委机关报), running heads, site
  lines and navigation (走进夏县, 夏县要闻), 来源 lines, footers, 相关文章 and 上一篇 / 下一篇 (大田县, 明溪县 in hc10) are not
  annotated; bare 省委 / 市委 in ``传达学习省委、市委…精神`` give no place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LA, QJ, TC, WX, XX, JX = "来安县", "全椒县", "天长市", "闻喜县", "夏县", "绛县"
YA, MX, QL = "永安市", "明溪县", "清流县"
CZK, YCK = "滁州经开区", "运城经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hc01_laian.txt": (2022, "2022年5月7日　星期六", LA, [
        ("晁承禹在汊河镇调研重点项目建设时", "5月5日", "2022-05-05", "本报讯（记者 孟婧姝",
         "county paper 第2版: the 县长's 调研 in 汊河镇 with a 副县长 and the town's 党委书记; three-line headline; caption"),
        ("县委常委会召开会议", "5月6日", "2022-05-06", "本报讯 5月6日，县委书记",
         "县委常委会: 县委书记 chairs; 县长 and 常务副县长 出席"),
        ("县领导检查汛前安全工作", "5月6日", "2022-05-06", "本报讯 5月6日，县委常委",
         "short item: the 常务副县长's 检查 in 水口镇 and 舜山镇; signature; running foot with 责任编辑 / 版式")]),
    "hc02_quanjiao.txt": (2022, "2022年6月17日　星期五", QJ, [
        ("韦叙章在襄河镇、古河镇调研时要求", "6月15日", "2022-06-15", "本报讯（记者 程雨棠）6月15日",
         "page begins with the lead headline: the 县委书记's 调研 with the 宣传部部长 and a 副县长; 襄河镇 党委书记 reports"),
        ("包闻涛主持召开县政府第十二次", "6月16日", "2022-06-16", "本报讯（记者 程雨棠 通讯员 邬佳禾）",
         "县政府常务会议 (headline broken after 第十二次): 县长 chairs, two 副县长 出席"),
        ("【图片新闻】", "6月14日", "2022-06-14", "图为6月14日",
         "caption item: the 襄河镇 党委书记 查看 a dike; 版头 line with 责任编辑 / 校对 at the foot")]),
    "hc03_chuzhou.txt": (2024, "2024年4月12日　星期五", "滁州市", [
        ("韦叙章到来安县调研时强调", "4月11日", "2024-04-11", "本报讯（记者 臧雨霏",
         "city paper A02: 副市长 (the former 全椒 书记) 调研 in 来安县; 晁承禹 now 来安县委书记, a new 县长"),
        ("经开区召开一季度经济运行分析会", "4月10日", "2024-04-10", "本报讯（记者 黎靖雯）",
         "bare 经开区 (= 滁州经开区) 分析会: 市委常委、经开区党工委书记; 管委会主任 chairs; running head repeated with 责任编辑 / 美编"),
        ("天长督导秦栏镇防汛备汛工作", "4月10日", "2024-04-10", "本报讯 4月10日，天长市委",
         "short item: 天长 市委常委、常务副市长 督导 in 秦栏镇; signature")]),
    "hc04_tianchang.txt": (2023, "2023年3月10日　星期五", TC, [
        ("市委常委会召开", "3月8日", "2023-03-08", "本报讯（记者 尚昕彤）3月8日",
         "county-level city paper: bare 市委常委会 (扩大) = 天长's; 市委书记 chairs, 市长 and 市委副书记 出席, 副市长 列席"),
        ("景澜波到铜城镇调研", "3月9日", "2023-03-09", "本报讯（记者 尚昕彤）3月9日",
         "the 市长's 调研 in 铜城镇 with the 副市长; the town's 党委书记 reports"),
        ("【图片新闻】", "3月7日", "2023-03-07", "图为3月7日",
         "caption item: the 市委书记's 学雷锋 volunteering in 千秋街道; 摄 credit; 责任编辑")]),
    "hc05_wenxi.txt": (2022, "2022年8月20日　星期六", WX, [
        ("卫哲铭在礼元镇调研时强调", "8月18日", "2022-08-18", "本报讯（记者 郜文萱 通讯员 衡佳钰）",
         "county paper 第2版 after a 上接第一版 fragment: the 县委书记's 调研 in 礼元镇 with the 常务副县长; caption"),
        ("县政府召开第十九次常务会议", "8月19日", "2022-08-19", "本报讯（记者 郜文萱）8月19日",
         "县政府常务会议: 县长 chairs; 常务副县长 and 副县长 出席")]),
    "hc06_yuncheng.txt": (2023, "2023年10月14日　星期六", "运城市", [
        ("董岷川在夏县调研时强调", "10月12日", "2023-10-12", "本报讯（记者 解文珏）",
         "city paper 第2版: the 市长's 调研 in 夏县 with a 副市长, the county's 书记 and 县长; 瑶峰镇 党委书记 reports"),
        ("经开区召开党工委（扩大）会议", "10月13日", "2023-10-13", "本报讯（记者 谢雨橙）",
         "bare 经开区 (= 运城经开区) 党工委（扩大）会议; 责任编辑 of 第2版"),
        ("绛县开展秋冬季森林防火专项检查", "10月12日", "2023-10-12", "本报讯 10月12日，绛县",
         "第3版 (its running head pasted after 第2版): 绛县 副县长 任海澜#1's 检查; signature"),
        ("霍铮轩主持召开县委常委会会议", "10月13日", "2023-10-13", "本报讯 10月13日，绛县",
         "绛县 县委常委会; signature; 责任编辑 of 第3版")]),
    "hc07_jiangxian.txt": (2024, "2024年5月17日　星期五", JX, [
        ("薛峻峰主持召开县政府第", "5月15日", "2024-05-15", "本报讯（记者 祁晓霈）5月15日",
         "county paper: 县政府常务会议 chaired by the new 县长 (from 闻喜); 常务副县长 and 副县长 出席; headline broken"),
        ("霍铮轩在横水镇调研时要求", "5月16日", "2024-05-16", "本报讯（记者 祁晓霈）5月16日",
         "the 县委书记's 调研 in 横水镇 with the 副县长; the town's 党委书记 reports; caption; 责任编辑 / 校对")]),
    "hc08_xiaxian.txt": (2024, "发布时间：2024-09-12 10:35", XX, [
        ("裴东岳到庙前镇、裴介镇督导秋收秋种工作", "9月11日", "2024-09-11", "本报讯（记者 苟嘉澍）",
         "government site with a paper story pasted with hard breaks: the 副县长 (former 瑶峰镇 书记) 督导 in two towns")]),
    "hc09_sanming.txt": (2023, "2023年6月10日　星期六", "三明市", [
        ("游闽华在永安市调研时强调", "6月8日", "2023-06-08", "本报讯（记者 魏永绥",
         "city paper A2: the 市长's 调研 in 永安市; bare 市委副书记、市长 of both 三明 and 永安; 下转A3版"),
        ("明溪督导夏阳乡防汛工作", "6月8日", "2023-06-08", "本报讯 6月8日，明溪县",
         "short item: 明溪 副县长's 督导; 夏阳乡 党委书记 任海澜#2; signature"),
        ("【图片新闻】", "6月7日", "2023-06-07", "图为6月7日",
         "caption item: 清流县委书记 察看 rice in 嵩溪镇; 摄 credit; credits at the foot")]),
    "hc10_yongan.txt": (2024, "2024年11月16日　星期六", YA, [
        ("赖德霖到永安市调研时要求", "11月14日", "2024-11-14", "本报讯（记者 魏永绥 通讯员 阙明澈）",
         "e-paper reader page: 副市长 (the former 永安 市长) 调研 in 永安市 with its 书记 and new 市长; 上一篇 / 下一篇")]),
}

_H01_C1 = "委副书记、县长晁承禹到汊河镇"
_H01_C2 = "县委副书记、\n县长晁承禹"
_H01_F2 = "县委常委、常务副县长房岳霖等县委"
_H01_F3 = "县委常委、常务副县长房岳霖带领"
_H02_D = "县委常委、宣传部部长\n丁曙琳"
_H02_B = "县委\n副书记、县长包闻涛主持召开"
_H02_K2 = "副县长蒯思源、蓝昱辰出席会议"
_H03_B = "县委副书记、县长卜庆沣"
_H03_R = "市委常委、经开区党工委书记阮岐山"
_H03_Z = "党工委副书记、管委会主任钟砺恒"
_H03_S = "天长市委常委、常务副市长邵婉汀"
_H04_J1 = "市委副书记、市长\n景澜波"
_H04_J2 = "市委副书记、市长景澜波到"
_H05_X1 = "县委\n常委、常务副县长薛峻峰陪同调研"
_H05_X2 = "县委常委、常务副县长薛峻峰，副县长樊砚娟"
_H05_N = "县委副书记、县长\n聂弘毅主持召开"
_H06_D = "市委副书记、市长董岷川到夏县调研"
_H06_N = "县委副书记、县长宁晓屿陪同调研"
_H06_T = "党工委副书记、管委会\n主任杜蔚斌"
_H07_X = "县委副书记、县长薛峻峰主持召"
_H07_F = "县委常委、常务副县长费启元"
_H09_Y = "市委副书记、\n市长游闽华到永安市"
_H09_L = "市委副书记、市长赖德霖陪"
_H10_W = "市委\n副书记、市长巫澄明陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 滁州: 来安, 全椒, 天长, 经开区
    "hc:晁承禹": ("晁承禹", "official", LA, [
        ("hc01", LA + "委", "副书记", _H01_C1, "2022-05: bare 县委 in the 来安 paper; the chain is broken after 县 (identity case: 县委书记 in 2024, hc03); named in the headline and the caption too"),
        ("hc01", LA + "政府", "县长", _H01_C1, None),
        ("hc01", LA + "委", "副书记", _H01_C2, "the 常委会 story: one line per post per article"),
        ("hc01", LA + "政府", "县长", _H01_C2, None),
        ("hc03", LA + "委", "书记", "来安县委书记晁承禹", "2024-04: now 县委书记")], []),
    "hc:柯砚秋": ("柯砚秋", "official", LA, [
        ("hc01", LA + "政府", "副县长", "副县长柯砚秋陪同调研", "2022-05"),
        ("hc03", LA + "政府", "副县长", "副县长柯砚秋陪同调研", "2024-04: the same post")], []),
    "hc:焦镜远": ("焦镜远", "official", LA, [
        ("hc01", LA + "汊河镇党委", "书记", "镇党委书记\n焦镜远", "镇 = 汊河镇 of the story")], []),
    "hc:訾国栋": ("訾国栋", "official", LA, [
        ("hc01", LA + "委", "书记", "县委书记訾国栋主持召开", None)], []),
    "hc:房岳霖": ("房岳霖", "official", LA, [
        ("hc01", LA + "委", "常委", _H01_F2, None),
        ("hc01", LA + "政府", "常务副县长", _H01_F2, None),
        ("hc01", LA + "委", "常委", _H01_F3, "the 检查 item"),
        ("hc01", LA + "政府", "常务副县长", _H01_F3, None)], []),
    "hc:卜庆沣": ("卜庆沣", "official", LA, [
        ("hc03", LA + "委", "副书记", _H03_B, "bare 县委 right after 来安县委书记"),
        ("hc03", LA + "政府", "县长", _H03_B, "晁承禹's successor as 县长")], []),
    "hc:韦叙章": ("韦叙章", "official", "滁州市", [
        ("hc02", QJ + "委", "书记", "县委书记韦叙章到襄河镇", "2022-06 (identity case: 滁州市副市长 in 2024, hc03); named in the headline too"),
        ("hc03", "滁州市政府", "副市长", "副市长韦叙章", "2024-04: now 副市长 (bare in the 滁州日报)")], []),
    "hc:丁曙琳": ("丁曙琳", "official", QJ, [
        ("hc02", QJ + "委", "常委", _H02_D, None),
        ("hc02", QJ + "委宣传部", "部长", _H02_D, "the 宣传部 is the 县委's (as dk)")], []),
    "hc:蒯思源": ("蒯思源", "official", QJ, [
        ("hc02", QJ + "政府", "副县长", "副县长蒯思源陪同调研", None),
        ("hc02", QJ + "政府", "副县长", _H02_K2, "the 常务会议 story; a list after one title")], []),
    "hc:蓝昱辰": ("蓝昱辰", "official", QJ, [
        ("hc02", QJ + "政府", "副县长", _H02_K2, "a list after one title")], []),
    "hc:宣镇国": ("宣镇国", "official", QJ, [
        ("hc02", QJ + "襄河镇党委", "书记", "镇党委书记\n宣镇国", "镇 = 襄河镇 of the sentence"),
        ("hc02", QJ + "襄河镇党委", "书记", "襄河镇党委书记宣镇国（右一）", "the caption item")], []),
    "hc:包闻涛": ("包闻涛", "official", QJ, [
        ("hc02", QJ + "委", "副书记", _H02_B, "named in the headline too"),
        ("hc02", QJ + "政府", "县长", _H02_B, None)], []),
    "hc:闵秋实": ("闵秋实", "official", "滁州市", [
        ("hc03", "滁州市政府", "副秘书长", "市政府\n副秘书长闵秋实", "bare 市政府 in the 滁州日报")], []),
    "hc:阮岐山": ("阮岐山", "official", CZK, [
        ("hc03", "滁州市委", "常委", _H03_R, "bare 市委 in the 滁州日报"),
        ("hc03", CZK + "党工委", "书记", _H03_R, "bare 经开区 in the 滁州日报 = 滁州经开区 (运城经开区 in hc06)")], []),
    "hc:钟砺恒": ("钟砺恒", "official", CZK, [
        ("hc03", CZK + "党工委", "副书记", _H03_Z, None),
        ("hc03", CZK + "管委会", "主任", _H03_Z, None)], []),
    "hc:邵婉汀": ("邵婉汀", "official", TC, [
        ("hc04", TC + "政府", "副市长", "副市长邵婉汀列席会议", "2023-03: bare 副市长 in the 天长 paper = 天长's"),
        ("hc04", TC + "政府", "副市长", "副市长邵婉汀陪同调研", None),
        ("hc03", TC + "委", "常委", _H03_S, "2024-04: now 市委常委、常务副市长 (identity case)"),
        ("hc03", TC + "政府", "常务副市长", _H03_S, None)], []),
    "hc:秦岷梁": ("秦岷梁", "official", TC, [
        ("hc04", TC + "委", "书记", "市委书记秦岷梁主持召开", "bare 市委 in the 天长 paper = 天长市委 (滁州市委 in the 滁州日报)"),
        ("hc04", TC + "委", "书记", "市委书记秦岷梁（前排中）", "the caption item")], []),
    "hc:景澜波": ("景澜波", "official", TC, [
        ("hc04", TC + "委", "副书记", _H04_J1, None),
        ("hc04", TC + "政府", "市长", _H04_J1, None),
        ("hc04", TC + "委", "副书记", _H04_J2, "the 调研 story; named in its headline too"),
        ("hc04", TC + "政府", "市长", _H04_J2, None)], []),
    "hc:靳怀瑾": ("靳怀瑾", "official", TC, [
        ("hc04", TC + "委", "副书记", "市委副书记靳怀瑾等市委常委出席", None)], []),
    "hc:贾晋邦": ("贾晋邦", "official", TC, [
        ("hc04", TC + "铜城镇党委", "书记", "铜城镇党\n委书记贾晋邦", "a county-level city's town takes its label")], []),
    # ---- 运城: 闻喜, 夏县, 绛县, 经开区
    "hc:卫哲铭": ("卫哲铭", "official", WX, [
        ("hc05", WX + "委", "书记", "县委书记\n卫哲铭到礼元镇", "named in the headline and the caption too")], []),
    "hc:薛峻峰": ("薛峻峰", "official", "运城市", [
        ("hc05", WX + "委", "常委", _H05_X1, "2022-08 (identity case: 绛县委副书记、县长 in 2024, hc07)"),
        ("hc05", WX + "政府", "常务副县长", _H05_X1, None),
        ("hc05", WX + "委", "常委", _H05_X2, "the 常务会议 story"),
        ("hc05", WX + "政府", "常务副县长", _H05_X2, None),
        ("hc07", JX + "委", "副书记", _H07_X, "2024-05: now 绛县's 县长 (bare 县委 in the 绛县 paper; 绛县县委 → 绛县委 as ac's 曹县委); named in the headline too"),
        ("hc07", JX + "政府", "县长", _H07_X, None)], []),
    "hc:吕澍强": ("吕澍强", "official", WX, [
        ("hc05", WX + "礼元镇党委", "书记", "镇党委书记吕澍强汇报了", None)], []),
    "hc:聂弘毅": ("聂弘毅", "official", WX, [
        ("hc05", WX + "委", "副书记", _H05_N, None),
        ("hc05", WX + "政府", "县长", _H05_N, None)], []),
    "hc:樊砚娟": ("樊砚娟", "official", WX, [
        ("hc05", WX + "政府", "副县长", "副县长樊砚娟出席会议", None)], []),
    "hc:董岷川": ("董岷川", "official", "运城市", [
        ("hc06", "运城市委", "副书记", _H06_D, "bare 市委 in the 运城日报; named in the headline too"),
        ("hc06", "运城市政府", "市长", _H06_D, None)], []),
    "hc:柴俊骁": ("柴俊骁", "official", "运城市", [
        ("hc06", "运城市政府", "副市长", "副市长柴俊骁", None)], []),
    "hc:苗砥军": ("苗砥军", "official", XX, [
        ("hc06", XX + "委", "书记", "夏县县\n委书记苗砥军", "夏县县委 → 夏县委 (as ac's 曹县委)")], []),
    "hc:宁晓屿": ("宁晓屿", "official", XX, [
        ("hc06", XX + "委", "副书记", _H06_N, "bare 县委 right after 夏县县委书记"),
        ("hc06", XX + "政府", "县长", _H06_N, None)], []),
    "hc:裴东岳": ("裴东岳", "official", XX, [
        ("hc06", XX + "瑶峰镇党委", "书记", "镇党委书记裴东岳汇报了", "2023-10: 镇 = 瑶峰镇 named just before (identity case: 夏县副县长 in 2024, hc08)"),
        ("hc08", XX + "政府", "副县长", "副县长裴东岳带领", "2024-09: now 副县长 (bare on the 夏县 site); named in the headline too")], []),
    "hc:荆睿勇": ("荆睿勇", "official", YCK, [
        ("hc06", YCK + "党工委", "书记", "经开区党工委书记荆睿勇主持召", "bare 经开区 in the 运城日报 = 运城经开区")], []),
    "hc:杜蔚斌": ("杜蔚斌", "official", YCK, [
        ("hc06", YCK + "党工委", "副书记", _H06_T, None),
        ("hc06", YCK + "管委会", "主任", _H06_T, "the chain is broken after 管委会")], []),
    "hc:任海澜#1": ("任海澜", "official", JX, [
        ("hc06", JX + "政府", "副县长", "绛县副县长任海澜带领", "绛县 (山西 运城), 2023-10; not the 任海澜 of 明溪县夏阳乡 (hc09)"),
        ("hc07", JX + "政府", "副县长", "副县长任海澜出席会议", "2024-05: the same post"),
        ("hc07", JX + "政府", "副县长", "副县长任海澜陪同调研", "the 调研 story")], []),
    "hc:霍铮轩": ("霍铮轩", "official", JX, [
        ("hc06", JX + "委", "书记", "绛县县委书记霍铮轩主持召开", "2023-10; named in the headline too"),
        ("hc07", JX + "委", "书记", "县委书记霍铮轩到横水镇调研", "2024-05; named in the headline and the caption too")], []),
    "hc:费启元": ("费启元", "official", JX, [
        ("hc07", JX + "委", "常委", _H07_F, None),
        ("hc07", JX + "政府", "常务副县长", _H07_F, None)], []),
    "hc:曾庆渠": ("曾庆渠", "official", JX, [
        ("hc07", JX + "横水镇党委", "书记", "横水镇党委书记\n曾庆渠", None)], []),
    "hc:丰子衿": ("丰子衿", "official", XX, [
        ("hc08", XX + "庙前镇党委", "书记", "镇党委书记丰子衿汇报了", "镇 = 庙前镇 named just before")], []),
    # ---- 三明: 永安, 明溪, 清流
    "hc:游闽华": ("游闽华", "official", "三明市", [
        ("hc09", "三明市委", "副书记", _H09_Y, "bare 市委 before any place in the 三明日报 = 三明市委; named in the headline too"),
        ("hc09", "三明市政府", "市长", _H09_Y, None)], []),
    "hc:官振屿": ("官振屿", "official", "三明市", [
        ("hc09", "三明市政府", "副市长", "副市长官振屿，永安市委书记", "surname 官: ``副市长官振屿`` is no 长官")], []),
    "hc:池秋航": ("池秋航", "official", YA, [
        ("hc09", YA + "委", "书记", "永安市委书记池秋航", "2023-06"),
        ("hc10", YA + "委", "书记", "永安市委书记池秋航", "2024-11: the same post")], []),
    "hc:赖德霖": ("赖德霖", "official", "三明市", [
        ("hc09", YA + "委", "副书记", _H09_L, "2023-06: bare 市委 right after 永安市委书记 = 永安市委 (identity case: 三明市副市长 in 2024, hc10)"),
        ("hc09", YA + "政府", "市长", _H09_L, None),
        ("hc10", "三明市政府", "副市长", "副市长赖德霖到永", "2024-11: now 三明's 副市长 (the 三明日报); named in the headline too")], []),
    "hc:罗黎萍": ("罗黎萍", "official", MX, [
        ("hc09", MX + "政府", "副县长", "明溪县副县长罗黎萍到夏阳乡", None)], []),
    "hc:任海澜#2": ("任海澜", "official", MX, [
        ("hc09", MX + "夏阳乡党委", "书记", "夏阳乡党委\n书记任海澜", "明溪县 (福建 三明), 2023-06; not the 任海澜 of 绛县 (hc06, hc07)")], []),
    "hc:吴书岚": ("吴书岚", "official", QL, [
        ("hc09", QL + "委", "书记", "清流县委书记吴书岚（中）", "the caption item")], []),
    "hc:巫澄明": ("巫澄明", "official", YA, [
        ("hc10", YA + "委", "副书记", _H10_W, "bare 市委 right after 永安市委书记 = 永安市委; 赖德霖's successor as 市长"),
        ("hc10", YA + "政府", "市长", _H10_W, None)], []),
    "hc:昝立川": ("昝立川", "official", YA, [
        ("hc10", YA + "小陶镇党委", "书记", "镇党委书记昝立川介绍了", "镇 = 小陶镇 named just before")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hc01", "孟婧姝", "记者", "reporter", "本报讯（记者 孟婧姝 通讯员 汪芷涵）"),
    ("hc01", "汪芷涵", "通讯员", "correspondent", "本报讯（记者 孟婧姝 通讯员 汪芷涵）"),
    ("hc01", "孟婧姝", "摄", "photographer", "记者 孟婧姝 摄"),
    ("hc01", "谭沐阳", "署名", "author", "（谭沐阳）"),
    ("hc01", "桂雅琴", "责任编辑", "editor", "责任编辑：桂雅琴"),
    ("hc01", "许辰楷", "版式", "editor", "版式：许辰楷"),
    ("hc02", "程雨棠", "记者", "reporter", "本报讯（记者 程雨棠）6月15日"),
    ("hc02", "邬佳禾", "通讯员", "correspondent", "本报讯（记者 程雨棠 通讯员 邬佳禾）"),
    ("hc02", "邬佳禾", "摄", "photographer", "通讯员 邬佳禾 摄"),
    ("hc02", "沈一澍", "责任编辑", "editor", "责任编辑：沈一澍"),
    ("hc02", "冀云舒", "校对", "editor", "校对：冀云舒"),
    ("hc03", "臧雨霏", "记者", "reporter", "本报讯（记者 臧雨霏 通讯员 乐梓萌）"),
    ("hc03", "乐梓萌", "通讯员", "correspondent", "本报讯（记者 臧雨霏 通讯员 乐梓萌）"),
    ("hc03", "黎靖雯", "记者", "reporter", "本报讯（记者 黎靖雯）"),
    ("hc03", "兰芷茵", "责任编辑", "editor", "责任编辑　兰芷茵"),
    ("hc03", "嵇文翰", "美编", "editor", "美编　嵇文翰"),
    ("hc03", "栾悦宁", "署名", "author", "（栾悦宁）"),
    ("hc04", "尚昕彤", "记者", "reporter", "本报讯（记者 尚昕彤）3月8日"),
    ("hc04", "杭书瑶", "摄", "photographer", "记者 杭书瑶 摄"),
    ("hc04", "詹若蘅", "责任编辑", "editor", "责任编辑：詹若蘅"),
    ("hc05", "郜文萱", "记者", "reporter", "本报讯（记者 郜文萱 通讯员 衡佳钰）"),
    ("hc05", "衡佳钰", "通讯员", "correspondent", "本报讯（记者 郜文萱 通讯员 衡佳钰）"),
    ("hc05", "郜文萱", "摄", "photographer", "郜文萱 摄"),
    ("hc05", "晋天翔", "责任编辑", "editor", "责任编辑：晋天翔"),
    ("hc06", "解文珏", "记者", "reporter", "本报讯（记者 解文珏）"),
    ("hc06", "谢雨橙", "记者", "reporter", "本报讯（记者 谢雨橙）"),
    ("hc06", "萧文澄", "责任编辑", "editor", "责任编辑：萧文澄"),
    ("hc06", "仲夏禾", "署名", "author", "森林火灾的底线。　　　　　　　　　　　　　　　（仲夏禾）"),
    ("hc06", "蔺雪芹", "责任编辑", "editor", "责任编辑：蔺雪芹"),
    ("hc07", "祁晓霈", "记者", "reporter", "本报讯（记者 祁晓霈）5月15日"),
    ("hc07", "祁晓霈", "摄", "photographer", "记者 祁晓霈 摄"),
    ("hc07", "晏清漪", "责任编辑", "editor", "责任编辑：晏清漪"),
    ("hc07", "隋清扬", "校对", "editor", "校对：隋清扬"),
    ("hc08", "苟嘉澍", "记者", "reporter", "本报讯（记者 苟嘉澍）"),
    ("hc08", "鄢明昊", "责任编辑", "editor", "责任编辑：鄢明昊"),
    ("hc09", "魏永绥", "记者", "reporter", "本报讯（记者 魏永绥 通讯员 葛晓筠）"),
    ("hc09", "葛晓筠", "通讯员", "correspondent", "本报讯（记者 魏永绥 通讯员 葛晓筠）"),
    ("hc09", "管月湄", "署名", "author", "（管月湄）"),
    ("hc09", "葛晓筠", "摄", "photographer", "通讯员 葛晓筠 摄"),
    ("hc09", "冯静姝", "本版责任编辑", "editor", "本版责任编辑：冯静姝"),
    ("hc09", "欧阳晴岚", "版式", "editor", "版式：欧阳晴岚"),
    ("hc10", "魏永绥", "记者", "reporter", "本报讯（记者 魏永绥 通讯员 阙明澈）"),
    ("hc10", "阙明澈", "通讯员", "correspondent", "本报讯（记者 魏永绥 通讯员 阙明澈）"),
    ("hc10", "桑若岚", "编辑", "editor", "编辑：桑若岚"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("hc02", "程雨棠"): "本报讯（记者 程雨棠 通讯员 邬佳禾）",
    ("hc04", "尚昕彤"): "本报讯（记者 尚昕彤）3月9日",
    ("hc05", "郜文萱"): "本报讯（记者 郜文萱）8月19日",
    ("hc06", "仲夏禾"): "供暖作为当前重中之重，确保群众安全温暖过冬。　　（仲夏禾）",
    ("hc07", "祁晓霈"): "本报讯（记者 祁晓霈）5月16日",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hc01", "汊河镇重点项目建设调研", "inspection (调研)", "5月5日", None, "晁承禹", [],
     ["柯砚秋"], ["焦镜远", "晁承禹", "柯砚秋"], "汊河镇",
     "晁承禹到汊河镇调研重点项目建",
     ["县长晁承禹到汊河镇调研", "副县长柯砚秋陪同调研", "焦镜远汇报了", "晁承禹强调", "柯砚秋要求"]),
    ("hc01", "县委常委会会议", "meeting (县委常委会会议)", "5月6日", "訾国栋", None, [],
     ["晁承禹", "房岳霖"], ["訾国栋"], None,
     "县委书记訾国栋主持召开县委常委会",
     ["县委书记訾国栋主持召开", "县长晁承禹，县委常委、常务副县长房岳霖等县委", "訾国栋强调"]),
    ("hc01", "水口镇、舜山镇汛前安全检查", "inspection (检查)", "5月6日", None, "房岳霖", [],
     [], ["房岳霖"], "水口镇、舜山镇",
     "常务副县长房岳霖带领",
     ["常务副县长房岳霖带领", "房岳霖要求"]),
    ("hc02", "襄河镇、古河镇重点项目建设和乡村振兴调研", "inspection (调研)", "6月15日", None, "韦叙章", [],
     ["丁曙琳", "蒯思源"], ["宣镇国", "韦叙章", "丁曙琳"], "襄河镇、古河镇",
     "县委书记韦叙章到襄河镇",
     ["县委书记韦叙章到襄河镇", "丁曙琳，副县长蒯思源陪同调研", "宣镇国汇报了", "韦叙章指出", "丁曙琳就做好"]),
    ("hc02", "县政府第十二次常务会议", "meeting (县政府常务会议)", "6月16日", "包闻涛", None, [],
     ["蒯思源", "蓝昱辰"], ["包闻涛"], None,
     "县长包闻涛主持召开县政府第十二次常务",
     ["县长包闻涛主持召开", "副县长蒯思源、蓝昱辰出席会议", "包闻涛要求"]),
    ("hc02", "襄河堤段汛前除险加固查看", "inspection (查看)", "6月14日", None, "宣镇国", [],
     [], [], "襄河镇",
     "襄河镇党委书记宣镇国（右一）在",
     ["襄河镇党委书记宣镇国（右一）在"]),
    ("hc03", "来安县新能源装备产业发展和重点项目建设调研", "inspection (调研)", "4月11日", None, "韦叙章", [],
     ["闵秋实", "晁承禹", "卜庆沣", "柯砚秋"], ["晁承禹", "卜庆沣", "韦叙章"], "来安县",
     "到来安县调研新能源装备产业发展和重点项目建设",
     ["副市长韦叙章", "副秘书长闵秋实", "县长卜庆沣，", "副县长柯砚秋陪同调研", "晁承禹汇报", "卜庆沣介绍了", "韦叙章指出"]),
    ("hc03", "一季度经济运行分析会", "meeting (分析会)", "4月10日", "钟砺恒", None, [CZK],
     ["阮岐山"], ["阮岐山", "钟砺恒"], None,
     "4月10日，经开区召开一季度经济",
     ["经开区党工委书记阮岐山出席会议", "管委会主任钟砺恒主持会议", "阮岐山强调", "钟砺\n恒就安全生产"]),
    ("hc03", "秦栏镇防汛备汛督导", "inspection (督导)", "4月10日", None, "邵婉汀", [],
     [], ["邵婉汀"], "秦栏镇",
     "常务副市长邵婉汀到秦栏镇督导",
     ["常务副市长邵婉汀到秦栏镇督导", "邵婉汀要求"]),
    ("hc04", "市委常委会（扩大）会议", "meeting (市委常委会（扩大）会议)", "3月8日", "秦岷梁", None, [],
     ["景澜波", "靳怀瑾", "邵婉汀"], ["秦岷梁"], None,
     "市委书记秦岷梁主持召开市委常委",
     ["市委书记秦岷梁主持召开", "景澜波，市委副书记靳怀瑾等市委常委出席", "副市长邵婉汀列席会议", "秦岷梁\n要求"]),
    ("hc04", "铜城镇重点项目建设和春耕生产调研", "inspection (调研)", "3月9日", None, "景澜波", [],
     ["邵婉汀"], ["贾晋邦", "景澜波", "邵婉汀"], "铜城镇",
     "市长景澜波到\n铜城镇调研重点项目建设和春耕生产工作",
     ["市长景澜波到", "副市长邵婉汀陪同调研", "贾晋邦汇报了", "景澜波强调", "邵婉汀要求"]),
    ("hc04", "“学雷锋”志愿服务活动", "activity (志愿服务活动)", "3月7日", None, None, [],
     ["秦岷梁"], [], "千秋街道",
     "在千秋街道\n与志愿者一起开展“学雷锋”志愿服务活动",
     ["市委书记秦岷梁（前排中）在千秋街道"]),
    ("hc05", "礼元镇特色农业和重点项目建设调研", "inspection (调研)", "8月18日", None, "卫哲铭", [],
     ["薛峻峰"], ["吕澍强", "卫哲铭", "薛峻峰"], "礼元镇",
     "卫哲铭到礼元镇调研特色农业和重点项目建设",
     ["县委书记\n卫哲铭到礼元镇", "常务副县长薛峻峰陪同调研", "吕澍强汇报了", "卫哲铭强调", "薛峻峰要求"]),
    ("hc05", "县政府第十九次常务会议", "meeting (县政府常务会议)", "8月19日", "聂弘毅", None, [],
     ["薛峻峰", "樊砚娟"], ["聂弘毅", "樊砚娟"], None,
     "聂弘毅主持召开县政府第十九次常务会议",
     ["聂弘毅主持召开", "常务副县长薛峻峰，副县长樊砚娟出席会议", "聂弘毅\n强调", "樊砚娟就秋季森林防火工作作了安排"]),
    ("hc06", "夏县重点项目建设和秋冬季生态环境保护调研", "inspection (调研)", "10月12日", None, "董岷川", [],
     ["柴俊骁", "苗砥军", "宁晓屿"], ["裴东岳", "苗砥军", "董岷川", "柴俊骁"], "夏县",
     "市长董岷川到夏县调研",
     ["市长董岷川到夏县调研", "副市长柴俊骁", "委书记苗砥军", "县长宁晓屿陪同调研", "裴东岳汇报了", "苗砥军汇报了",
      "董岷川指出", "柴俊骁就做好清洁取暖气源保障作了"]),
    ("hc06", "经开区党工委（扩大）会议", "meeting (党工委（扩大）会议)", "10月13日", "荆睿勇", None, [],
     [], ["杜蔚斌", "荆睿勇"], None,
     "经开区党工委书记荆睿勇主持召",
     ["荆睿勇主持召", "主任杜蔚斌通报了", "荆睿勇要求"]),
    ("hc06", "冷口乡、大交镇秋冬季森林防火专项检查", "inspection (检查)", "10月12日", None, "任海澜", [],
     [], ["任海澜"], "冷口乡、大交镇",
     "绛县副县长任海澜带领",
     ["副县长任海澜带领", "任海澜要求"]),
    ("hc06", "绛县县委常委会会议", "meeting (县委常委会会议)", "10月13日", "霍铮轩", None, [],
     [], ["霍铮轩"], None,
     "绛县县委书记霍铮轩主持召开县委常委会会议",
     ["霍铮轩主持召开", "霍铮轩强调"]),
    ("hc07", "县政府第二十七次常务会议", "meeting (县政府常务会议)", "5月15日", "薛峻峰", None, [],
     ["费启元", "任海澜"], ["薛峻峰", "任海澜"], None,
     "县长薛峻峰主持召",
     ["县长薛峻峰主持召", "常务副县长费启元，副县长任海澜出席会议", "薛峻峰强调", "任海澜就做好森林防火"]),
    ("hc07", "横水镇乡村振兴和重点项目建设调研", "inspection (调研)", "5月16日", None, "霍铮轩", [],
     ["任海澜"], ["曾庆渠", "霍铮轩"], "横水镇",
     "县委书记霍铮轩到横水镇调研",
     ["县委书记霍铮轩到横水镇调研", "副县长任海澜陪同调研", "曾庆渠汇报了", "霍铮轩要求"]),
    ("hc08", "庙前镇、裴介镇秋收秋种督导", "inspection (督导)", "9月11日", None, "裴东岳", [],
     [], ["丰子衿", "裴东岳"], "庙前镇、裴介镇",
     "副县长裴东岳带领县农业农村局",
     ["副县长裴东岳带领", "丰子衿汇报了", "裴东岳要求"]),
    ("hc09", "永安市竹木产业发展和重点项目建设调研", "inspection (调研)", "6月8日", None, "游闽华", [],
     ["官振屿", "池秋航", "赖德霖"], ["池秋航", "赖德霖", "游闽华", "官振屿"], "永安市",
     "市长游闽华到永安市调研竹木产业发展",
     ["市长游闽华到永安市调研", "副市长官振屿", "市长赖德霖陪", "池秋航汇报了", "赖德霖介绍了", "游闽华指出", "官振屿就做好竹产业招商"]),
    ("hc09", "夏阳乡防汛督导", "inspection (督导)", "6月8日", None, "罗黎萍", [],
     [], ["任海澜", "罗黎萍"], "夏阳乡",
     "明溪县副县长罗黎萍到夏阳乡督导防汛工作",
     ["明溪县副县长罗黎萍到夏阳乡督导", "任海澜汇报了", "罗黎萍要求"]),
    ("hc09", "嵩溪镇早稻长势察看", "inspection (察看)", "6月7日", None, "吴书岚", [],
     [], [], "嵩溪镇",
     "清流县委书记吴书岚（中）在嵩溪镇察看",
     ["清流县委书记吴书岚（中）在嵩溪镇察看"]),
    ("hc10", "永安市林业碳汇和竹产业发展调研", "inspection (调研)", "11月14日", None, "赖德霖", [],
     ["池秋航", "巫澄明"], ["昝立川", "巫澄明", "赖德霖"], "永安市",
     "副市长赖德霖到永",
     ["副市长赖德霖到永", "永安市委书记池秋航", "市长巫澄明陪同调研", "昝立川介绍了", "巫澄明汇报了", "赖德霖指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hc01", "汊河新能源装备产业园二期", "industrial_park", "汊河新能源装备产业园二期"),
    ("hc01", "滁河汊河段堤防加固工程", "engineering_work", "滁河汊河段堤防加固工程"),
    ("hc01", "汊河镇老旧小区改造项目", "housing_project", "汊河镇老旧小\n区改造项目"),
    ("hc02", "全椒智能装备产业园一期", "industrial_park", "全椒智能装备产业\n园一期"),
    ("hc02", "襄河北岸生态修复工程", "greening_project", "襄河北岸生态修复工程"),
    ("hc02", "古河镇老街保护修缮工程", "project", "古河镇老街保护修缮工程"),
    ("hc03", "汊河新能源装备产业园二期", "industrial_park", "汊河新能源装备产业园二期、"),
    ("hc03", "来安县储能电池产业园", "industrial_park", "来安县储能电池产业园"),
    ("hc03", "滁河汊河段堤防加固工程", "engineering_work", "滁河汊河段堤防加固工\n程"),
    ("hc03", "滁州经开区光伏玻璃二期项目", "project", "滁州经开区光伏玻璃二期项目"),
    ("hc03", "智能家电配套产业园标准化厂房三期", "industrial_park", "智能家电配套产业园标准化\n厂房三期"),
    ("hc04", "铜城镇高端线缆产业园二期", "industrial_park", "铜城镇高端线缆产业园二期"),
    ("hc05", "礼元镇设施蔬菜产业园", "industrial_park", "礼元镇设施蔬菜产业园、"),
    ("hc05", "涑水河礼元段综合治理工程", "engineering_work", "涑水河礼\n元段综合治理工程"),
    ("hc05", "闻喜县城区供热管网改造工程", "infrastructure_project", "闻喜县城区供热管网改造工程实施方案"),
    ("hc06", "夏县新型建材产业园一期", "industrial_park", "夏县新型建材产业园一期"),
    ("hc06", "白沙河瑶峰段生态治理工程", "greening_project", "白沙河瑶峰段\n生态治理工程"),
    ("hc06", "瑶峰镇集中供热改造项目", "infrastructure_project", "瑶峰镇集中供热改造项目"),
    ("hc06", "经开区新能源汽车零部件产业园二期", "industrial_park", "经开区新能源汽车零部件产业园二期"),
    ("hc07", "涑水河绛县段综合治理工程", "engineering_work", "《涑水河绛县段综合治理工程实施方案》"),
    ("hc07", "横水镇山楂深加工产业园", "industrial_park", "横水镇山楂深加工产业园、"),
    ("hc07", "涑水河综合治理工程", "engineering_work", "涑水河综合治理\n工程横水段施工现场"),
    ("hc08", "裴介镇高标准农田提质改造项目", "project", "裴介镇高标准农田提质改"),
    ("hc08", "青龙河裴介段清淤工程", "engineering_work", "青龙河裴介段清淤工程"),
    ("hc09", "永安竹天下产业园二期", "industrial_park", "永安竹天下产业园二期"),
    ("hc09", "燕江东岸防洪工程", "engineering_work", "燕江东岸防洪工程"),
    ("hc10", "永安竹天下产业园三期", "industrial_park", "永安竹天下\n产业园三期"),
    ("hc10", "燕江东岸防洪工程", "engineering_work", "燕江东岸防洪工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hc01", "汊河镇", "town", "standalone", "晁承禹在汊河镇调研"),
    ("hc01", "滁河", "river", "standalone", "察看了滁河沿线"),
    ("hc01", "水口镇", "town", "standalone", "到水口镇、"),
    ("hc01", "舜山镇", "town", "standalone", "舜山镇检查汛前安全工作"),
    ("hc02", "襄河镇", "town", "standalone", "县委书记韦叙章到襄河镇"),
    ("hc02", "古河镇", "town", "standalone", "在古河镇"),
    ("hc02", "全椒", "county", "in_project_name", "全椒智能装备产业"),
    ("hc02", "襄河", "river", "standalone", "的襄河堤段查看"),
    ("hc02", "大墅镇", "town", "standalone", "大墅镇与襄河镇交界"),
    ("hc02", "全椒县", "county", "in_document_title", "《全椒县城区老旧小区改造三年行动"),
    ("hc03", "来安县", "county", "standalone", "到来安县调研新能源装备产业发展"),
    ("hc03", "汊河", "town", "in_project_name", "汊河新能源装备产业园二期、"),
    ("hc03", "滁河", "river", "in_project_name", "滁河汊河段堤防加固工"),
    ("hc03", "来安", "county", "standalone", "来安要发挥紧邻南京"),
    ("hc03", "南京", "city", "standalone", "紧邻南京的区位优势"),
    ("hc03", "长三角", "region", "standalone", "承接长三角产业转移"),
    ("hc03", "经开区", "development_zone", "standalone", "4月10日，经开区召开"),
    ("hc03", "滁州经开区", "development_zone", "in_project_name", "加快滁州经开区光伏玻璃"),
    ("hc03", "天长", "county_level_city", "standalone", "天长督导秦栏镇"),
    ("hc03", "天长市", "county_level_city", "in_title", _H03_S),
    ("hc03", "秦栏镇", "town", "standalone", "到秦栏镇督导"),
    ("hc03", "白塔河", "river", "standalone", "察看了白塔河秦栏段"),
    ("hc04", "滁州市", "prefecture_city", "in_org_reference", "省委、滁州市委有关会议精神"),
    ("hc04", "天长", "county_level_city", "standalone", "推动天长高质量发"),
    ("hc04", "铜城镇", "town", "standalone", "景澜波到铜城镇调研"),
    ("hc04", "千秋街道", "sub_district_office", "standalone", "在千秋街道"),
    ("hc05", "礼元镇", "town", "standalone", "卫哲铭在礼元镇调研"),
    ("hc05", "涑水河", "river", "in_project_name", "涑水河礼"),
    ("hc05", "闻喜县", "county", "in_document_title", "《闻喜县城区供热管网"),
    ("hc06", "夏县", "county", "standalone", "市长董岷川到夏县调研"),
    ("hc06", "白沙河", "river", "in_project_name", "白沙河瑶峰段"),
    ("hc06", "瑶峰镇", "town", "standalone", "在瑶峰镇，镇党委书记"),
    ("hc06", "经开区", "development_zone", "standalone", "经开区召开党工委（扩大）会议"),
    ("hc06", "绛县", "county", "standalone", "绛县开展秋冬季森林防火"),
    ("hc06", "冷口乡", "township", "standalone", "到冷口乡、大交镇"),
    ("hc06", "大交镇", "town", "standalone", "到冷口乡、大交镇"),
    ("hc06", "中条山", "mountain", "standalone", "中条山沿线重点林区"),
    ("hc07", "涑水河", "river", "in_project_name", "《涑水河绛县段"),
    ("hc07", "绛县", "county", "in_project_name", "《涑水河绛县段"),
    ("hc07", "横水镇", "town", "standalone", "霍铮轩在横水镇调研"),
    ("hc08", "庙前镇", "town", "standalone", "在庙前镇"),
    ("hc08", "裴介镇", "town", "standalone", "在裴介镇"),
    ("hc08", "青龙河", "river", "in_project_name", "青龙河裴介段清淤工程"),
    ("hc09", "永安市", "county_level_city", "standalone", "游闽华在永安市调研"),
    ("hc09", "永安", "county_level_city", "standalone", "永安是全国林改"),
    ("hc09", "洪田镇", "town", "standalone", "洪田镇林下经济"),
    ("hc09", "燕江", "river", "in_project_name", "燕江东岸防洪工程"),
    ("hc09", "明溪", "county", "standalone", "明溪督导夏阳乡"),
    ("hc09", "明溪县", "county", "in_title", "明溪县副县长罗黎萍"),
    ("hc09", "夏阳乡", "township", "standalone", "到夏阳乡督导防汛工作"),
    ("hc09", "清流县", "county", "standalone", "清流县大力推广"),
    ("hc09", "嵩溪镇", "town", "standalone", "在嵩溪镇察看"),
    ("hc10", "永安市", "county_level_city", "standalone", "赖德霖到永安市调研时要求"),
    ("hc10", "小陶镇", "town", "standalone", "在小陶镇"),
    ("hc10", "永安", "county_level_city", "standalone", "永安要发挥林改策源地"),
    ("hc10", "燕江", "river", "in_project_name", "燕江东岸防洪工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hc", conventions="set hc (blind set: text pasted from the PDF editions of county papers (今日来安, 全椒, 今日天长, 闻喜报, 今日绛县) and city papers (滁州日报, 运城日报, 三明日报), with one government site (夏县) and one e-paper reader page (三明日报数字报), in 安徽 滁州, 山西 运城 and 福建 三明: running heads repeated (top, foot, between stories, a second pasted page) are chrome, the stamp the first; column text broken mid-sentence and inside org names; headlines over two or three lines given by their first line; 【图片新闻】 captions are articles; a 上接第一版 fragment before the first headline is in no article; bare 县委 / 市委 / 经开区 take the paper's place or the county / county-level city named just before (天长, 永安, 夏县); 夏县县委 → 夏县委, 绛县县委 → 绛县委; towns = county label + name; 摄 credits photographer rows, bracketed signatures author rows, 责任编辑 / 版式 / 美编 / 校对 editor rows; one line per post per article)",
          persons_note="Set hc persons. id = corpus-wide person_id (hc:任海澜#1 of 绛县 (山西 运城) and hc:任海澜#2 of 明溪县夏阳乡 (福建 三明) are two people; hc:晁承禹 来安县长 2022 → 来安县委书记 2024; hc:韦叙章 全椒县委书记 2022 → 滁州市副市长 2024; hc:薛峻峰 闻喜县 常务副县长 2022 → 绛县县长 2024; hc:裴东岳 瑶峰镇党委书记 2023 → 夏县副县长 2024; hc:赖德霖 永安市长 2023 → 三明市副市长 2024; hc:邵婉汀 天长市副市长 2023 → 市委常委、常务副市长 2024)")


if __name__ == "__main__":
    main()
