"""Write gold part ``am`` (a blind set: OLDER pages, 2014–2018, of county sites and city papers, with dates in Chinese
numerals in places, organ names before the 2018 reform and the campaigns of those years) from the tables below.

Pages ``tests/dev/texts/am*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: 群众路线教育实践活动 pages (a 保靖 动员大会 ``县委书记…作动员报告 … 县委副书记、
县长…主持大会`` with an 省委督导组副组长、省工商局副巡视员 and a 州委第六督导组组长; a 霸州 文广新局 动员大会 with ``市委第22
督导组组长``; a 冠县 第一批总结暨第二批部署 电视电话会议 list ``县委书记…，县委副书记、县长…``; a 武山 县委常委会议 on the
活动 with ``县委常委…出席会议，县人大常委会主任…、县政协主席…列席会议``; a 绥中 page of a 市委常委 调研指导 the 活动), 三严三实
pages (a 君山 专题党课 ``区委书记…讲了…专题党课 … 区委副书记、区长…主持，区委常委、组织部长…作了安排部署``; a 漳浦 县政府系统
专题党课 by the 县长), 两学一做 pages (a 户县 学习教育暨镇换届工作会议; a 县人大系统 动员会; a 太湖 县委统战部 动员会), a 海安
十二届县委常委会第57次会议 (``县委书记…主持召开…，县委副书记、县长…，县委常委…出席会议，县人大常委会主任…，县政协主席…列席``),
county 人大常委会 pages (和县 on a city paper site, 清徐 on a county paper ``任命…为县人民政府副县长``, 奉贤 with department
heads' reports, 中方, 临朐 ``表决通过了人事免职和任职事项 … 颁发了任命书 … 宪法宣誓``), a 武城 page of a 国土资源部 副巡视员's 调研
with the ``县国土资源局``, a 子长 page of a 市委常委、副市长's 调研 with ``环保局、卫计局`` heads, a 旬阳 page of a 省社科院 调研
and 座谈会 (县委书记, 县长), 长治县 and 蕲春 安全生产暨食品药品安全 meetings, a 衡山 卫生和计划生育局 page and a 2016 county paper
page (``«上一版 下一版»本期共4版, 当前第2版``) on a 卫生和计划生育工作 meeting, and 县委议军会议 pages (``县委常委、人武部政委…汇报``).
Places are real and new to the corpus: 陕西 安康 旬阳县 (six pages: the 县政府 site four times, the 县人大 site, and the 安康日报
twice; 城关镇, 吕河镇, 蜀河镇, 汉江, 旬河), 甘肃 平凉 静宁县 (two 县政府 site pages; 城关镇, 威戎镇, 葫芦河) and 广东 梅州 五华县
(two 县政府 site pages; 水寨镇, 华城镇, 琴江).

Shapes: a 群众路线 动员大会 (县委书记 动员讲话, 县长 主持, a 市委督导组组长 who is also a 市农业局局长, 县委常委 with old titles
``县委常委、县人武部政委``) (am01); a city paper's 第03版 县区新闻 with two articles: a 市国土资源局局长's 调研 in the county with
the 常务副县长 and the ``县国土资源局局长``, and the 县委书记's 三严三实 专题党课 (am02); a 两学一做 工作会议 dated
``四月二十六日上午`` in Chinese numerals under a stamp in figures, with ``县人民政府党组成员`` (am03); a 县长's 调研 of the 中央环境
保护督察 整改 with five heads of pre-reform departments (环境保护局, 国土资源局, 林业局, 农业局) and a town's 党委书记 (am04); a 县人大
常委会 任免名单 headed ``（二〇一七年十二月二十八日…通过）`` (决定接受…辞去…县长职务, 决定任命 …副县长、代理县长 and six department
heads of pre-reform names, 决定免去) and the session report, where the resigning 县长 is already 县委书记 (am05); a city paper whose
masthead is ``二〇一八年三月十二日　星期一　农历…`` with a county 工作会议 (am06); a 县委常委会议 titled ``县委召开二〇一六年第十五次
常委会议`` (an ordinal, not a date), a department head 列席 and reporting, the 人武部政委 reporting (am07); a 副县长's 节前 安全检查
with the 安全生产监督管理局 and 食品药品监督管理局 heads (am08); a 县委书记's 调研 stamped ``发布日期：2016年3月12日`` and dated
``三月十一日上午`` in the text (am09); a 县政府常务会议 with ``县人民政府党组成员`` and the 农业局 / 林业局 heads reporting (am10).

Identity cases:
- am:邹鸿远 over five 旬阳 pages and four years, with two changes of post: 旬阳县委常委、常务副县长 in Feb 2014 (am01) and June
  2015 (am02); 县委副书记、县长 in April 2016 (am03) and Aug 2017 (am04); his resignation as 县长 accepted by the 人大常委会 on
  28 Dec 2017 (am05 article 1, no line) and 县委书记 at that same session (am05 article 2) and in March 2018 (am06). His
  successor am:聂春华 is appointed 副县长、代理县长 in Dec 2017 (am05) and is 县委副书记、县长 in March 2018 (am06).
- am:宋立平 moves between pre-reform departments: 旬阳县环境保护局局长 in Aug 2017 (am04), appointed 旬阳县国土资源局局长 in Dec
  2017 with his 环境保护局 post 免去 (am05), 县国土资源局局长 in March 2018 (am06). His predecessor am:汤海涛 is 县国土资源局局长
  in 2015 (am02) and 2017 (am04) and named in the 免去 list only (am05). am:彭玉梅 is appointed 环境保护局局长 (am05) and holds it
  in 2018 (am06).
- the same officials across years: am:卜文斌 (旬阳县委书记, am01 2014, am02 2015, am03 2016), am:冯世昌 (县委副书记、县长, am01,
  am02), am:席永刚 (县委常委、县人武部政委, am01 2014, am03 2016), am:储晓琴 (县委常委、组织部部长, am01, am03); in 五华
  am:古振东, 县委常委、常务副县长 in March 2016 (am09) → 县委副书记、县长 in Dec 2018 (am10), and am:魏小玲 (副县长, am09, am10);
  in 静宁 am:陈立新#1 (县国土资源局局长, am07 2016, am08 2018). The editors am:康丽娜 (am01, am03), am:袁志刚 (am02, am06) and
  am:曾晓彤 (am09, am10) sign two pages each.
- two different 陈立新: am:陈立新#1 is 静宁县国土资源局局长 (甘肃, am07, am08); am:陈立新#2 is 五华县卫生和计划生育局局长 (广东,
  am09).
- one organ word of two places: 城关镇 of 旬阳县 (am04, am06) and of 静宁县 (am07, am08) → 旬阳县城关镇党委 / 静宁县城关镇党委;
  the bare ``县国土资源局`` is 旬阳县国土资源局 on the 旬阳 pages and the 安康日报 (am02, am04, am06) and 静宁县国土资源局 on the
  静宁 pages (am07, am08); likewise ``县人武部政委`` (旬阳 am01/am03, 静宁 am07), ``县农业局`` / ``县林业局`` (旬阳 am04, 五华 am10) and
  ``县人民政府党组成员`` (旬阳 am03, 五华 am10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z, u and aa where they speak; decided here where they are silent):
- DECIDED HERE: dates in Chinese numerals are annotated as the text gives them: ``date_text`` is the string as written
  (``四月二十六日上午``, ``三月十一日上午``, ``二〇一七年十二月二十八日``), ``date_inferred`` the ISO date, the year taken from the
  page stamp where the text gives none. A masthead in Chinese numerals (``二〇一八年三月十二日　星期一``) is the page's stamp
  evidence as written. ``二〇一六年第十五次县委常委会议`` is the meeting's ordinal in the year, not a date: am07 is dated by its
  ``7月18日``. Where stamp and text differ (am09: stamp 2016年3月12日, text 三月十一日上午), the text's date dates the article
  and its holdings.
- DECIDED HERE: organ names before the 2018 reform are kept as written and never mapped to their successors (国土资源局 is
  not 自然资源局, 环境保护局 not 生态环境局, 农业局 not 农业农村局, 卫生和计划生育局 not 卫生健康局, 食品药品监督管理局 /
  安全生产监督管理局 not 市场监管局 / 应急管理局); the department takes the county of the page (``县国土资源局局长汤海涛`` on a 旬阳
  page → 旬阳县国土资源局 局长); the 任免名单 writes them with 旬阳县 and the labels are the same.
- DECIDED HERE: ``县委常委、县人武部政委席永刚`` → 旬阳县委 常委 + 旬阳县人武部 政委 (the county's 人民武装部 as written in short
  form, as part aa's town 人武部 部长).
- ``县人民政府党组成员孔德彬`` → 旬阳县政府党组 成员 (人民政府 → 政府; 党组成员 a post of the 党组, part z).
- A campaign's 督导组 roles are posts of the group (CONVENTIONS): ``安康市委教育实践活动第三督导组组长、市农业局局长郭长顺`` →
  安康市委教育实践活动第三督导组 组长 + 安康市农业局 局长 (the bare 市 after 安康市委 = 安康市).
- Appointments (as parts z, u): 决定任命 gives holdings dated by the 任免名单's date; ``副县长、代理县长`` gives two lines
  (旬阳县政府 副县长, 旬阳县政府 代理县长, as written like part u's 代区长); 决定接受…辞去 and 决定免去 give none (邹鸿远's 县长,
  汤海涛's and 宋立平's former posts). The appointees named without titles in the session report (am05 article 2) make no
  line there; their 宪法宣誓 makes them attendees of the session, the 表态发言 a speaker.
- Bare organs take the page's county: 县委 / 县 / 县人大常委会 / 县政协 / 县X局 on a 县 site = that county's; on the 安康日报
  (a city paper) the article names its county (旬阳县) and its bare 县 organs are 旬阳县's, while ``市国土资源局`` = 安康市国土
  资源局. 城关镇 always takes its county (旬阳县城关镇党委, 静宁县城关镇党委). ``县委常委、纪委书记`` → X县委 常委 + X县纪委 书记;
  ``县委常委、组织部部长`` → X县委 常委 + X县委组织部 部长.
- One line per post per article; a list after one title (``副主任詹秀英、焦德旺``) gives every name that title.
- Events: the 动员大会 / 工作会议 / 党课 / 常委会议 / 常务会议 (chair when 主持; 出席 / 参加 / 列席 attendees; 讲话 / 指出 / 强调 /
  要求 / 汇报 / 通报 / 作了安排 / 宣读 / 发言 speakers), the 调研 and 检查 (leader; 陪同 / 参加检查 attendees; the 座谈会 inside a
  调研 is part of it), the 人大常委会 session. DECIDED HERE: a 县委书记's 专题党课 (三严三实) is an event of its own, typed
  ``meeting (专题党课)``, the lecturer a speaker; DECIDED HERE: ``我县召开`` / ``旬阳县召开`` names the county as organizer, a
  ``全县…会议召开`` names none.
- Projects: works named as under way or to be pushed: a 土地整治项目 ``project``, a 综合治理工程 / 岸线整治工程 / 堤防加固工程
  ``engineering_work``, a 污水处理厂提标改造工程 and a 集中供热改扩建工程 ``infrastructure_project``, a 古镇保护开发项目 and a
  hospital's 住院综合楼建设项目 ``project``. Generic phrases (农村土地整治和增减挂钩项目, 镇卫生院标准化建设) and documents
  (实施方案) are not projects.
- Places: one line per name per file, with a standalone evidence where the page has one; towns, rivers, a region, a
  venue; places inside org references, titles and project names count; slogans give the short name (``新五华`` → 五华).
  Site lines, mastheads, 来源 lines, footers and the 上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "am01_xunyang.txt": (2014, "发布时间：2014-02-20 09:12", "旬阳县", [
        ("我县召开党的群众路线教育实践活动动员大会", "2月19日", "2014-02-19", "2月19日，我县召开",
         "county site: 群众路线教育实践活动 动员大会; 县委书记 动员讲话, 县长 主持, a 市委督导组组长 (also 市农业局局长); 县委常委、县人武部政委")]),
    "am02_ankang.txt": (2015, "2015年6月18日　星期四", "旬阳县", [
        ("文建勋在旬阳调研国土资源工作", "6月16日", "2015-06-16", "本报讯（通讯员 葛晓川）",
         "city paper 第03版 县区新闻: the 市国土资源局局长's 调研 in 旬阳 with the 常务副县长 and the 县国土资源局局长"),
        ("旬阳县委书记讲“三严三实”专题党课", "6月15日", "2015-06-15", "本报讯（通讯员 岳文静）",
         "city paper: the 县委书记's 三严三实 专题党课, the 县长 主持")]),
    "am03_xunyang.txt": (2016, "发布时间：2016-04-27 17:20", "旬阳县", [
        ("全县“两学一做”学习教育工作会议召开", "四月二十六日上午", "2016-04-26", "四月二十六日上午，全县",
         "county site: 两学一做 工作会议 dated in Chinese numerals; the former 常务副县长 now 县长 主持; 县人民政府党组成员")]),
    "am04_xunyang.txt": (2017, "发布时间：2017-08-15 16:48", "旬阳县", [
        ("邹鸿远调研中央环境保护督察反馈问题整改工作", "8月14日", "2017-08-14", "8月14日，县委副书记",
         "county site 领导活动: the 县长's 调研 of 环保督察 整改 with the 环境保护局, 国土资源局, 林业局, 农业局 heads and the 城关镇党委书记")]),
    "am05_xunyang.txt": (2017, "发布时间：2017-12-29 10:05", "旬阳县", [
        ("旬阳县人民代表大会常务委员会任免名单", "二〇一七年十二月二十八日", "2017-12-28", "（二〇一七年十二月二十八日",
         "人大 site 任免名单 dated in Chinese numerals: 辞去 县长, 任命 副县长、代理县长 and six pre-reform department heads, 免去"),
        ("县十八届人大常委会举行第九次会议", "12月28日", "2017-12-28", "12月28日，县十八届",
         "the session report: the resigning 县长 now 县委书记 speaks; 任命书, 宪法宣誓, 表态发言")]),
    "am06_ankang.txt": (2018, "二〇一八年三月十二日　星期一", "旬阳县", [
        ("旬阳部署全年生态环境保护和国土资源管理工作", "3月10日", "2018-03-10", "本报讯（通讯员 闫晓丽",
         "city paper with a masthead in Chinese numerals: a county 工作会议; 邹鸿远 now 县委书记, 聂春华 县长; new 环境保护局 / 国土资源局 heads report")]),
    "am07_jingning.txt": (2016, "发布时间：2016-07-19 08:56", "静宁县", [
        ("县委召开二〇一六年第十五次常委会议", "7月18日", "2016-07-18", "7月18日，县委书记",
         "county site: 县委常委会议 numbered in Chinese numerals; 县委常委、县人武部政委 reports; the 县国土资源局局长 列席 and reports")]),
    "am08_jingning.txt": (2018, "发布时间：2018-01-31 17:32", "静宁县", [
        ("牛成军带队检查节前安全生产和食品药品安全工作", "1月30日", "2018-01-30", "1月30日，副县长",
         "county site: a 副县长's 节前 安全检查 with the 安全生产监督管理局, 食品药品监督管理局 and 国土资源局 heads and the 城关镇党委书记")]),
    "am09_wuhua.txt": (2016, "发布日期：2016年3月12日", "五华县", [
        ("钟伟雄调研卫生计生工作", "三月十一日上午", "2016-03-11", "三月十一日上午，县委书记",
         "county site: the 县委书记's 调研 of 卫生计生 work; stamp in figures, text date in Chinese numerals; the other 陈立新 (卫生和计划生育局局长)")]),
    "am10_wuhua.txt": (2018, "发布日期：2018年12月21日", "五华县", [
        ("古振东主持召开县政府第十七次常务会议", "12月20日下午", "2018-12-20", "12月20日下午，县委副书记",
         "county site: 县政府常务会议 chaired by the former 常务副县长, now 县长; 县人民政府党组成员; 农业局 / 林业局 heads report")]),
}

_AM05_LIST = "聂春华、宋立平、彭玉梅、冉光辉、柴明轩、吕卫东依次进行宪法宣誓"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 旬阳 (陕西 安康)
    "am:卜文斌": ("卜文斌", "official", "旬阳县", [
        ("am01", "旬阳县委", "书记", "县委书记卜文斌作动员讲话", "2014"),
        ("am02", "旬阳县委", "书记", "旬阳县委书记卜文斌以", "2015; article 2 (the headline writes 旬阳县委书记 without his name)"),
        ("am03", "旬阳县委", "书记", "县委书记卜文斌出席会议并作动员讲话", "2016")], []),
    "am:冯世昌": ("冯世昌", "official", "旬阳县", [
        ("am01", "旬阳县委", "副书记", "县委副书记、县长冯世昌主持会议", "2014"),
        ("am01", "旬阳县政府", "县长", "县委副书记、县长冯世昌主持会议", None),
        ("am02", "旬阳县委", "副书记", "县委副书记、县长冯世昌主持", "2015; article 2: bare 县委 in an article about 旬阳县"),
        ("am02", "旬阳县政府", "县长", "县委副书记、县长冯世昌主持", None)], []),
    "am:邹鸿远": ("邹鸿远", "official", "旬阳县", [
        ("am01", "旬阳县委", "常委", "县委常委、常务副县长邹鸿远", "2014-02 (identity case: 常务副县长 → 县长 → 县委书记)"),
        ("am01", "旬阳县政府", "常务副县长", "县委常委、常务副县长邹鸿远", None),
        ("am02", "旬阳县委", "常委", "旬阳县委常委、常务副县长邹鸿远", "2015-06; article 1 of the city paper"),
        ("am02", "旬阳县政府", "常务副县长", "旬阳县委常委、常务副县长邹鸿远", None),
        ("am03", "旬阳县委", "副书记", "县委副书记、县长邹鸿远主持会议", "2016-04: now 县长 (first change)"),
        ("am03", "旬阳县政府", "县长", "县委副书记、县长邹鸿远主持会议", None),
        ("am04", "旬阳县委", "副书记", "8月14日，县委副书记、县长邹鸿远深入", "2017-08; named in the headline too"),
        ("am04", "旬阳县政府", "县长", "8月14日，县委副书记、县长邹鸿远深入", None),
        ("am05", "旬阳县委", "书记", "县委书记邹鸿远出席会议并讲话", "2017-12-28: 县委书记 at the session (second change); in article 1 of the same page only the acceptance of his resignation as 县长 (辞去: no line)"),
        ("am06", "旬阳县委", "书记", "县委书记邹鸿远出席会议并讲话", "2018-03")], []),
    "am:席永刚": ("席永刚", "official", "旬阳县", [
        ("am01", "旬阳县委", "常委", "县委常委、县人武部政委席永刚，县委常委", "2014"),
        ("am01", "旬阳县人武部", "政委", "县委常委、县人武部政委席永刚，县委常委", "DECIDED HERE: 县人武部政委 → the county's 人武部 政委"),
        ("am03", "旬阳县委", "常委", "县委常委、县人武部政委席永刚，县人民政府党组成员", "2016: the same posts"),
        ("am03", "旬阳县人武部", "政委", "县委常委、县人武部政委席永刚，县人民政府党组成员", None)], []),
    "am:储晓琴": ("储晓琴", "official", "旬阳县", [
        ("am01", "旬阳县委", "常委", "县委常委、组织部部长储晓琴等县级领导", "2014"),
        ("am01", "旬阳县委组织部", "部长", "县委常委、组织部部长储晓琴等县级领导", "组织部 after 县委常委 = 旬阳县委组织部"),
        ("am03", "旬阳县委", "常委", "县委常委、组织部部长储晓琴宣读了", "2016"),
        ("am03", "旬阳县委组织部", "部长", "县委常委、组织部部长储晓琴宣读了", None)], []),
    "am:孔德彬": ("孔德彬", "official", "旬阳县", [
        ("am03", "旬阳县政府党组", "成员", "县人民政府党组成员孔德彬等县级领导出席会议", "old title standing alone: 县人民政府党组成员 → 旬阳县政府党组 成员")], []),
    "am:郭长顺": ("郭长顺", "external_official", "安康市", [
        ("am01", "安康市委教育实践活动第三督导组", "组长", "安康市委教育实践活动第三督导组组长、市农业局局长郭长顺", "a campaign's 督导组: post of the group"),
        ("am01", "安康市农业局", "局长", "安康市委教育实践活动第三督导组组长、市农业局局长郭长顺", "bare 市 after 安康市委 = 安康市; pre-reform 农业局")], []),
    "am:文建勋": ("文建勋", "external_official", "安康市", [
        ("am02", "安康市国土资源局", "局长", "市国土资源局局长文建勋深入旬阳县", "市 on the 安康日报 = 安康市; named in the headline too")], []),
    "am:汤海涛": ("汤海涛", "official", "旬阳县", [
        ("am02", "旬阳县国土资源局", "局长", "县国土资源局局长汤海涛陪同调研", "2015; bare 县 in an article about 旬阳县"),
        ("am04", "旬阳县国土资源局", "局长", "县国土资源局局长汤海涛，县林业局局长", "2017-08; in am05 only his removal (决定免去), no line")], ["am05"]),
    "am:宋立平": ("宋立平", "official", "旬阳县", [
        ("am04", "旬阳县环境保护局", "局长", "县环境保护局局长宋立平，县国土资源局局长", "2017-08: 环境保护局 (identity case: moves to 国土资源局)"),
        ("am05", "旬阳县国土资源局", "局长", "宋立平为旬阳县国土资源局局长", "2017-12-28: appointed (决定任命); his 环境保护局局长 post 免去 (no line)"),
        ("am06", "旬阳县国土资源局", "局长", "县国土资源局局长宋立平分别通报了", "2018-03")], []),
    "am:程家宝": ("程家宝", "official", "旬阳县", [
        ("am04", "旬阳县林业局", "局长", "县林业局局长程家宝", "pre-reform 林业局")], []),
    "am:余春燕": ("余春燕", "official", "旬阳县", [
        ("am04", "旬阳县农业局", "局长", "县农业局局长余春燕", "pre-reform 农业局")], []),
    "am:杜春明": ("杜春明", "official", "旬阳县城关镇", [
        ("am04", "旬阳县城关镇党委", "书记", "城关镇党委书记杜春明陪同调研", "城关镇 on the 旬阳 site = 旬阳县城关镇 (not 静宁县城关镇)")], []),
    "am:聂春华": ("聂春华", "official", "旬阳县", [
        ("am05", "旬阳县政府", "副县长", "聂春华为旬阳县人民政府副县长、代理县长", "appointed; named without a title in article 2"),
        ("am05", "旬阳县政府", "代理县长", "聂春华为旬阳县人民政府副县长、代理县长", "as written (代理县长)"),
        ("am06", "旬阳县委", "副书记", "县委副书记、县长聂春华主持会议", "2018-03: now 县长"),
        ("am06", "旬阳县政府", "县长", "县委副书记、县长聂春华主持会议", None)], []),
    "am:彭玉梅": ("彭玉梅", "official", "旬阳县", [
        ("am05", "旬阳县环境保护局", "局长", "彭玉梅为旬阳县环境保护局局长", "appointed: succeeds 宋立平"),
        ("am06", "旬阳县环境保护局", "局长", "县环境保护局局长彭玉梅", "2018")], []),
    "am:冉光辉": ("冉光辉", "official", "旬阳县", [
        ("am05", "旬阳县卫生和计划生育局", "局长", "冉光辉为旬阳县卫生和计划生育局局长", "pre-reform name as written")], []),
    "am:柴明轩": ("柴明轩", "official", "旬阳县", [
        ("am05", "旬阳县食品药品监督管理局", "局长", "柴明轩为旬阳县食品药品监督管理局局长", "pre-reform name as written")], []),
    "am:吕卫东": ("吕卫东", "official", "旬阳县", [
        ("am05", "旬阳县安全生产监督管理局", "局长", "吕卫东为旬阳县安全生产监督管理局局长", "pre-reform name as written")], []),
    "am:姚宗林": ("姚宗林", "official", "旬阳县", [
        ("am05", "旬阳县人大常委会", "主任", "县人大常委会主任姚宗林主持会议", None)], []),
    "am:詹秀英": ("詹秀英", "official", "旬阳县", [
        ("am05", "旬阳县人大常委会", "副主任", "副主任詹秀英、焦德旺出席会议", "list after one title")], []),
    "am:焦德旺": ("焦德旺", "official", "旬阳县", [
        ("am05", "旬阳县人大常委会", "副主任", "副主任詹秀英、焦德旺出席会议", None)], []),
    "am:胡昌平": ("胡昌平", "official", "旬阳县", [
        ("am06", "旬阳县发展和改革局", "局长", "县发展和改革局局长胡昌平", "pre-reform 发展和改革局; bare 县 in an article about 旬阳县")], []),
    "am:康丽娜": ("康丽娜", "editor", "旬阳县人民政府", [], ["am01", "am03"]),
    "am:袁志刚": ("袁志刚", "editor", "安康日报", [], ["am02", "am06"]),
    # ---- 静宁 (甘肃 平凉)
    "am:马俊彦": ("马俊彦", "official", "静宁县", [
        ("am07", "静宁县委", "书记", "县委书记马俊彦主持召开", None)], []),
    "am:柳正科": ("柳正科", "official", "静宁县", [
        ("am07", "静宁县委", "副书记", "县委副书记、县长柳正科", None),
        ("am07", "静宁县政府", "县长", "县委副书记、县长柳正科", None)], []),
    "am:毛玉兰": ("毛玉兰", "official", "静宁县", [
        ("am07", "静宁县委", "常委", "县委常委、纪委书记毛玉兰", None),
        ("am07", "静宁县纪委", "书记", "县委常委、纪委书记毛玉兰", "纪委书记 after 县委常委 = 静宁县纪委")], []),
    "am:苟建新": ("苟建新", "official", "静宁县", [
        ("am07", "静宁县委", "常委", "县委常委、县人武部政委苟建新出席会议", None),
        ("am07", "静宁县人武部", "政委", "县委常委、县人武部政委苟建新出席会议", "the same title as 旬阳's 席永刚, another county")], []),
    "am:任宝山": ("任宝山", "official", "静宁县", [
        ("am07", "静宁县人大常委会", "主任", "县人大常委会主任任宝山", None)], []),
    "am:贾志忠": ("贾志忠", "official", "静宁县", [
        ("am07", "静宁县政协", "主席", "县政协主席贾志忠列席会议", None)], []),
    "am:陈立新#1": ("陈立新", "official", "静宁县", [
        ("am07", "静宁县国土资源局", "局长", "县国土资源局局长陈立新列席会议并汇报工作", "2016; 静宁 (甘肃): not the 陈立新 of 五华 (am09); bare 县国土资源局 on a 静宁 page"),
        ("am08", "静宁县国土资源局", "局长", "县国土资源局局长陈立新，城关镇党委书记", "2018")], []),
    "am:牛成军": ("牛成军", "official", "静宁县", [
        ("am08", "静宁县政府", "副县长", "1月30日，副县长牛成军带领", "named in the headline too")], []),
    "am:景天宝": ("景天宝", "official", "静宁县", [
        ("am08", "静宁县安全生产监督管理局", "局长", "县安全生产监督管理局局长景天宝", "pre-reform name as written")], []),
    "am:田小燕": ("田小燕", "official", "静宁县", [
        ("am08", "静宁县食品药品监督管理局", "局长", "县食品药品监督管理局局长田小燕", "pre-reform name as written")], []),
    "am:窦志宏": ("窦志宏", "official", "静宁县城关镇", [
        ("am08", "静宁县城关镇党委", "书记", "城关镇党委书记窦志宏参加检查", "城关镇 on the 静宁 site = 静宁县城关镇 (not 旬阳县城关镇)")], []),
    # ---- 五华 (广东 梅州)
    "am:钟伟雄": ("钟伟雄", "official", "五华县", [
        ("am09", "五华县委", "书记", "三月十一日上午，县委书记钟伟雄带队调研", "dated by the text's 三月十一日上午 (stamp 2016年3月12日); named in the headline too")], []),
    "am:古振东": ("古振东", "official", "五华县", [
        ("am09", "五华县委", "常委", "县委常委、常务副县长古振东", "2016-03"),
        ("am09", "五华县政府", "常务副县长", "县委常委、常务副县长古振东", None),
        ("am10", "五华县委", "副书记", "县委副书记、县长古振东主持召开", "2018-12: now 县长; named in the headline too"),
        ("am10", "五华县政府", "县长", "县委副书记、县长古振东主持召开", None)], []),
    "am:魏小玲": ("魏小玲", "official", "五华县", [
        ("am09", "五华县政府", "副县长", "副县长魏小玲，县卫生和计划生育局局长", "2016"),
        ("am10", "五华县政府", "副县长", "副县长魏小玲，县人民政府党组成员", "2018")], []),
    "am:陈立新#2": ("陈立新", "official", "五华县", [
        ("am09", "五华县卫生和计划生育局", "局长", "县卫生和计划生育局局长陈立新等陪同", "五华 (广东): not the 陈立新 of 静宁 (am07, am08)")], []),
    "am:李伟强": ("李伟强", "official", "五华县", [
        ("am10", "五华县委", "常委", "县委常委、常务副县长李伟强", "the post 古振东 held in 2016"),
        ("am10", "五华县政府", "常务副县长", "县委常委、常务副县长李伟强", None)], []),
    "am:黄锦标": ("黄锦标", "official", "五华县", [
        ("am10", "五华县政府党组", "成员", "县人民政府党组成员黄锦标出席会议", "old title standing alone, as 旬阳's 孔德彬")], []),
    "am:朱国雄": ("朱国雄", "official", "五华县", [
        ("am10", "五华县农业局", "局长", "县农业局局长朱国雄关于", "pre-reform 农业局")], []),
    "am:张秋媚": ("张秋媚", "official", "五华县", [
        ("am10", "五华县林业局", "局长", "县林业局局长张秋媚关于", "pre-reform 林业局")], []),
    "am:曾晓彤": ("曾晓彤", "editor", "五华县人民政府", [], ["am09", "am10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("am01", "吴晓楠", "作者", "author", "作者：吴晓楠"),
    ("am01", "康丽娜", "责任编辑", "editor", "责任编辑：康丽娜"),
    ("am02", "葛晓川", "通讯员", "correspondent", "本报讯（通讯员 葛晓川）"),
    ("am02", "岳文静", "通讯员", "correspondent", "本报讯（通讯员 岳文静）"),
    ("am02", "袁志刚", "责任编辑", "editor", "责任编辑：袁志刚"),
    ("am03", "康丽娜", "责任编辑", "editor", "责任编辑：康丽娜"),
    ("am04", "谢婉清", "供稿", "author", "（县政府办 谢婉清）"),
    ("am06", "闫晓丽", "通讯员", "correspondent", "本报讯（通讯员 闫晓丽 记者 邵明哲）"),
    ("am06", "邵明哲", "记者", "reporter", "本报讯（通讯员 闫晓丽 记者 邵明哲）"),
    ("am06", "袁志刚", "编辑", "editor", "编辑：袁志刚"),
    ("am06", "汪若溪", "校对", "editor", "校对：汪若溪"),
    ("am08", "雷文博", "供稿", "author", "（县安监局 雷文博）"),
    ("am09", "曾晓彤", "责任编辑", "editor", "责任编辑：曾晓彤"),
    ("am10", "曾晓彤", "责任编辑", "editor", "责任编辑：曾晓彤"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("am01", "党的群众路线教育实践活动动员大会", "meeting (动员大会)", "2月19日", "冯世昌", None, ["旬阳县"],
     ["郭长顺", "邹鸿远", "席永刚", "储晓琴"], ["卜文斌", "郭长顺", "冯世昌", "储晓琴"], None,
     "2月19日，我县召开党的群众路线教育实践活动动员大会",
     ["县长冯世昌主持会议", "市农业局局长郭长顺出席会议并讲话", "县委书记卜文斌作动员讲话", "县委常委、常务副县长邹鸿远",
      "县委常委、县人武部政委席永刚", "组织部部长储晓琴等县级领导", "郭长顺强调", "冯世昌要求", "储晓琴对全县教育实践活动各环节工作作了具体安排"]),
    ("am02", "汛期地质灾害防治和土地整治工作调研", "inspection (调研)", "6月16日", None, "文建勋", [],
     ["邹鸿远", "汤海涛"], ["汤海涛", "文建勋", "邹鸿远"], "旬阳县",
     "市国土资源局局长文建勋深入旬阳县，调研汛期地质灾害防治和土地整治工作",
     ["市国土资源局局长文建勋深入旬阳县", "县国土资源局局长汤海涛陪同调研", "汤海涛汇报了全县国土资源管理", "文建勋指出", "邹鸿远表示"]),
    ("am02", "“三严三实”专题党课", "meeting (专题党课)", "6月15日", "冯世昌", None, [],
     [], ["卜文斌", "冯世昌"], None,
     "旬阳县委书记卜文斌以“践行‘三严三实’",
     ["县委副书记、县长冯世昌主持", "旬阳县委书记卜文斌以", "卜文斌从深刻认识", "冯世昌要求，各级党组织"]),
    ("am03", "全县“两学一做”学习教育工作会议", "meeting (工作会议)", "四月二十六日上午", "邹鸿远", None, [],
     ["卜文斌", "席永刚", "孔德彬"], ["卜文斌", "储晓琴", "邹鸿远"], "县委礼堂",
     "全县“两学一做”学习教育工作会议在县委礼堂召开",
     ["县委书记卜文斌出席会议并作动员讲话", "县长邹鸿远主持会议", "组织部部长储晓琴宣读了", "县人武部政委席永刚",
      "县人民政府党组成员孔德彬等县级领导出席会议", "卜文斌指出", "邹鸿远要求"]),
    ("am04", "中央环境保护督察反馈问题整改工作调研", "inspection (调研)", "8月14日", None, "邹鸿远", [],
     ["宋立平", "汤海涛", "程家宝", "余春燕", "杜春明"], ["宋立平", "汤海涛", "程家宝", "余春燕", "杜春明", "邹鸿远"], "旬阳县",
     "县长邹鸿远深入城关镇、吕河镇、蜀河镇，调研中央环境保护督察反馈问题整改落实工作",
     ["县长邹鸿远深入城关镇", "城关镇党委书记杜春明陪同调研", "宋立平汇报了", "汤海涛介绍了", "程家宝、余春燕分别就",
      "杜春明介绍了", "邹鸿远强调"]),
    ("am05", "县十八届人大常委会第九次会议", "session (人大常委会会议)", "12月28日", "姚宗林", None, [],
     ["詹秀英", "焦德旺", "邹鸿远", "聂春华", "宋立平", "彭玉梅", "冉光辉", "柴明轩", "吕卫东"], ["邹鸿远", "聂春华"], None,
     "12月28日，县十八届人大常委会举行第九次会议",
     ["县人大常委会主任姚宗林主持会议", "副主任詹秀英、焦德旺出席会议", "县委书记邹鸿远出席会议并讲话", _AM05_LIST,
      "聂春华代表新任命人员作表态发言", "邹鸿远指出"]),
    ("am06", "全县生态环境保护暨国土资源管理工作会议", "meeting (工作会议)", "3月10日", "聂春华", None, ["旬阳县"],
     ["邹鸿远"], ["彭玉梅", "宋立平", "胡昌平", "邹鸿远", "聂春华"], None,
     "3月10日，旬阳县召开全县生态环境保护暨国土资源管理工作会议",
     ["县委书记邹鸿远出席会议并讲话", "县长聂春华主持会议", "县国土资源局局长宋立平分别通报了", "局长彭玉梅",
      "局长胡昌平就", "邹鸿远强调", "聂春华要求"]),
    ("am07", "二〇一六年第十五次县委常委会议", "meeting (县委常委会会议)", "7月18日", "马俊彦", None, [],
     ["柳正科", "毛玉兰", "苟建新", "任宝山", "贾志忠", "陈立新"], ["陈立新", "苟建新", "马俊彦"], None,
     "县委书记马俊彦主持召开二〇一六年第十五次县委常委会议",
     ["县委书记马俊彦主持召开", "县人武部政委苟建新出席会议", "县政协主席贾志忠列席会议", "陈立新列席会议并汇报工作",
      "陈立新汇报了", "苟建新通报了", "马俊彦强调"]),
    ("am08", "节前安全生产和食品药品安全工作检查", "inspection (检查)", "1月30日", None, "牛成军", [],
     ["景天宝", "田小燕", "陈立新", "窦志宏"], ["陈立新", "牛成军", "景天宝", "田小燕", "窦志宏"], "静宁县",
     "副县长牛成军带领县安全生产监督管理局",
     ["1月30日，副县长牛成军带领", "城关镇党委书记窦志宏参加检查", "陈立新介绍了", "牛成军指出", "景天宝、田小燕分别就",
      "窦志宏表示"]),
    ("am09", "卫生和计划生育工作调研", "inspection (调研)", "三月十一日上午", None, "钟伟雄", [],
     ["古振东", "魏小玲", "陈立新"], ["陈立新", "钟伟雄", "古振东", "魏小玲"], "五华县",
     "三月十一日上午，县委书记钟伟雄带队调研我县卫生和计划生育工作",
     ["县委书记钟伟雄带队调研", "县卫生和计划生育局局长陈立新等陪同", "陈立新汇报了", "钟伟雄指出", "古振东要求",
      "魏小玲就下一阶段"]),
    ("am10", "十六届县政府第十七次常务会议", "meeting (县政府常务会议)", "12月20日下午", "古振东", None, [],
     ["李伟强", "魏小玲", "黄锦标"], ["朱国雄", "张秋媚", "古振东"], None,
     "县长古振东主持召开十六届县政府第十七次常务会议",
     ["县长古振东主持召开十六届县政府第十七次常务会议", "县委常委、常务副县长李伟强", "县人民政府党组成员黄锦标出席会议",
      "县农业局局长朱国雄关于", "县林业局局长张秋媚关于", "古振东强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("am02", "吕河镇高标准基本农田土地整治项目", "project", "吕河镇高标准基本农田土地整治项目区"),
    ("am03", "旬河城区段综合治理工程", "engineering_work", "推动旬河城区段综合治理工程"),
    ("am03", "蜀河古镇保护开发项目", "project", "蜀河古镇保护开发项目等重点项目"),
    ("am04", "旬阳县城区污水处理厂提标改造工程", "infrastructure_project", "旬阳县城区污水处理厂提标改造工程现场"),
    ("am04", "汉江旬阳段岸线整治工程", "engineering_work", "汉江旬阳段岸线整治工程吕河段"),
    ("am06", "汉江旬阳段岸线整治工程", "engineering_work", "胡昌平就汉江旬阳段岸线整治工程"),
    ("am06", "旬阳县城区污水处理厂提标改造工程", "infrastructure_project", "旬阳县城区污水处理厂提标改造工程等重点项目"),
    ("am07", "葫芦河城区段综合治理工程", "engineering_work", "葫芦河城区段综合治理工程用地报批"),
    ("am07", "静宁县城区集中供热改扩建工程", "infrastructure_project", "保障静宁县城区集中供热改扩建工程"),
    ("am08", "静宁县城区集中供热改扩建工程", "infrastructure_project", "静宁县城区集中供热改扩建工程热源厂"),
    ("am09", "五华县人民医院住院综合楼建设项目", "project", "五华县人民医院住院综合楼建设项目工地"),
    ("am10", "琴江城区段堤防加固工程", "engineering_work", "要加快琴江城区段堤防加固工程建设"),
    ("am10", "五华县人民医院住院综合楼建设项目", "project", "五华县人民医院住院综合楼建设项目要抓紧完成"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("am01", "旬阳", "county", "standalone", "督促旬阳把规定动作做到位"),
    ("am01", "安康市", "city", "in_title", "安康市委教育实践活动第三督导组组长"),
    ("am02", "旬阳县", "county", "standalone", "深入旬阳县，调研汛期地质灾害防治"),
    ("am02", "旬阳", "county", "standalone", "旬阳地处秦巴山区"),
    ("am02", "秦巴山区", "region", "standalone", "旬阳地处秦巴山区"),
    ("am02", "蜀河镇", "town", "standalone", "先后来到蜀河镇地质灾害隐患点"),
    ("am02", "吕河镇", "town", "in_project_name", "吕河镇高标准基本农田土地整治项目区"),
    ("am03", "县委礼堂", "venue", "standalone", "学习教育工作会议在县委礼堂召开"),
    ("am03", "旬河", "river", "in_project_name", "推动旬河城区段综合治理工程"),
    ("am03", "蜀河古镇", "heritage_site", "in_project_name", "蜀河古镇保护开发项目等重点项目"),
    ("am04", "城关镇", "town", "standalone", "深入城关镇、吕河镇、蜀河镇"),
    ("am04", "吕河镇", "town", "standalone", "深入城关镇、吕河镇、蜀河镇"),
    ("am04", "蜀河镇", "town", "standalone", "深入城关镇、吕河镇、蜀河镇"),
    ("am04", "汉江", "river", "standalone", "在汉江岸边"),
    ("am04", "旬阳县", "county", "in_project_name", "旬阳县城区污水处理厂提标改造工程现场"),
    ("am05", "旬阳县", "county", "in_org_reference", "（二〇一七年十二月二十八日旬阳县第十八届人民代表大会常务委员会第九次会议通过）"),
    ("am06", "旬阳", "county", "standalone", "旬阳部署全年生态环境保护和国土资源管理工作"),
    ("am06", "旬阳县", "county", "standalone", "3月10日，旬阳县召开"),
    ("am06", "汉江", "river", "in_project_name", "胡昌平就汉江旬阳段岸线整治工程"),
    ("am06", "城关镇", "town", "standalone", "城关镇、蜀河镇作了交流发言"),
    ("am06", "蜀河镇", "town", "standalone", "城关镇、蜀河镇作了交流发言"),
    ("am07", "葫芦河", "river", "standalone", "葫芦河沿岸和城关镇、威戎镇部分区域"),
    ("am07", "城关镇", "town", "standalone", "葫芦河沿岸和城关镇、威戎镇部分区域"),
    ("am07", "威戎镇", "town", "standalone", "葫芦河沿岸和城关镇、威戎镇部分区域"),
    ("am07", "静宁县", "county", "in_project_name", "保障静宁县城区集中供热改扩建工程"),
    ("am08", "城关镇", "town", "standalone", "深入城关镇、威戎镇"),
    ("am08", "威戎镇", "town", "standalone", "深入城关镇、威戎镇"),
    ("am08", "静宁县", "county", "in_project_name", "静宁县城区集中供热改扩建工程热源厂"),
    ("am09", "水寨镇", "town", "in_org_reference", "水寨镇卫生院"),
    ("am09", "华城镇", "town", "in_org_reference", "华城镇计生服务站"),
    ("am09", "五华县", "county", "in_project_name", "五华县人民医院住院综合楼建设项目工地"),
    ("am10", "琴江", "river", "in_project_name", "要加快琴江城区段堤防加固工程建设"),
    ("am10", "五华县", "county", "in_project_name", "五华县人民医院住院综合楼建设项目要抓紧完成"),
    ("am10", "五华", "county", "standalone (slogan)", "为建设富裕美丽幸福新五华开好局"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="am", conventions="set am (blind set: OLDER pages, 2014–2018, of county sites and city papers in 陕西 旬阳县 (安康), 甘肃 静宁县 (平凉) and 广东 五华县 (梅州): dates in Chinese numerals annotated as written (date_text as the text gives it, date_inferred ISO; a masthead in Chinese numerals is the stamp as written; 二〇一六年第十五次 is an ordinal, not a date), organ names before the 2018 reform kept as written (国土资源局, 环境保护局, 发展和改革局, 农业局, 林业局, 卫生和计划生育局, 食品药品监督管理局, 安全生产监督管理局), 县人武部政委 → X县人武部 政委, 县人民政府党组成员 → X县政府党组 成员, a 督导组 组长 a post of the group, 群众路线 / 三严三实 / 两学一做 meetings, a 专题党课 as an event, a 人大常委会 任免名单 (决定任命 a holding, 辞去 / 免去 none))",
          persons_note="Set am persons. id = corpus-wide person_id (am:陈立新#1 of 静宁 and am:陈立新#2 of 五华 are two people; am:邹鸿远 moves 旬阳县委常委、常务副县长 2014–2015 → 县委副书记、县长 2016–2017 → 县委书记 Dec 2017 and 2018; am:宋立平 环境保护局局长 2017 → 国土资源局局长 Dec 2017, 2018; am:古振东 五华 常务副县长 2016 → 县长 2018)")


if __name__ == "__main__":
    main()
