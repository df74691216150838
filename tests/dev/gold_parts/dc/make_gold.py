"""Write gold part ``dc`` (a blind set: 重点项目 news of counties and cities — 集中开工, 集中签约, 观摩 / “比学赶超”拉练 — in
江苏, 湖南, 广西, 安徽, 山东 and 湖北) from the tables below.

Pages ``tests/dev/texts/dc*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 房县 live page of a 春季重大项目集中开工仪式 (a time line:
``县委常委、常务副县长…主持仪式``, ``县委副书记、县长…致辞``, ``县委书记…宣布…集中开工``; 12 projects, 58亿元 split by kind); a
商城县 page of a 第一批重点项目集中开工仪式 (``县领导…出席``; ``县发改委主任…作了介绍``; a 镇党委书记 and a project head
``作了表态发言``; ``静脉产业园、天润田园综合体…等15个项目``); the 献县 page (``县长…宣布…集中开工``, ``副县长…致辞``); the 孝感日报
page of the 孝昌县 集中签约和集中开工 (``县委书记…宣布``, ``县委副书记、县长…致辞``, ``副县长…主持``, a company's 总经理 speaking,
``陈兴、汪长春…等县领导``); the 三秦都市报 page of 凤县 (``县委书记…下达开工令``, ``…等6个文化旅游项目`` tallies); the 蓬安县 page
(a list ``包括：…项目、…项目…等``); the 花垣县 and 湘西州 (团结报 ``本报讯（记者… 特约记者…）``) 开竣工 pages; the 长沙晚报 page
(``发布时间：… 打印文件``); the 灵山县 and 武宣县 (广西) 开竣工 pages (``县委常委、常务副县长…主持仪式``, ``（潘城高 黄广妃）``); the
黄冈 四季度 集中开工 page (``市政协副主席、…区委书记``); the 潜江 招商 签约 page; the 淮南日报 “月月签” page (``市委副书记、市长…出席
并讲话``, ``市委常委、常务副市长…``, ``（本报记者 周 玲）``); a 潍坊 签约 page (``编辑：… 一审：… 二审：… 三审：…``); the 诸城新闻网
签约 page (``当前位置:诸城新闻网 > 新闻 > 诸城 > 要闻 >``, ``2016-11-08 14:55:49 来源:诸城新闻网``, ``本报讯(记者…)``,
``市委常委、副市长…通报了``, ``编辑:…``, footer ``关于我们 - 诸城新闻 - … 网站公告``); the 扬州 and 荆州日报 签约 / 开工 pages; the 松原
投资说明会 page (``当前位置:首页 >> 新闻 >> 要闻动态``, ``来源: 时间: 【 字体:``); the 温州 “比学赶超”现场会 page and the 漳平
项目点评会 page; the 建安区 site's 观摩 page (``区委书记…、区长…带领…对…16个乡镇（街道）的32个重点项目…集中观摩``, 实名制打分);
the 遂平 观摩点评 page; the 济宁 and 聊城 观摩 pages (``市委书记、市人大常委会主任…，市委副书记、市长…``); the 东平经开区 观摩评比
page on cadz (``来源:… 发布时间:… 点击量:… 字体: 分享:``); the 连云港 工信局 page (``发布时间:… 信息来源:… 点击:``) and the 常州
发改委 page (``发布日期:… 来源:… 浏览次数: 字号:〖``, ``政务网站导航``, ``苏ICP备…``); the 安徽日报 page of 界首's 长三角 签约
(``界首市委副书记、常务副市长``); the 阜阳合肥现代产业园区 签约 page (``园区党工委书记、管委会主任…主持``) and the 阜阳日报 开工
动员会 page (``总投资102亿元的…项目，总投资30亿元的…项目`` lists). Places are real and new to the corpus: 江苏 徐州 (邳州市,
新沂市), 湖南 邵阳 (邵东市, 新邵县), 广西 钦州 (浦北县, 钦南区, 灵山县, 钦北区), 安徽 阜阳 (界首市), 山东 潍坊 (诸城市),
湖北 黄冈 (麻城市, 浠水县).

Shapes (project lists varied): the 邳州 site's 集中开工仪式 with ``总投资X亿元的…项目`` list and 市领导 without titles (dc01); the
徐州日报 第01版 of a city “比学赶超”观摩 with projects named with their zone / town prefix (dc02); the 邵东 site's 集中签约仪式 with
``…等9个项目落户…`` tallies and an ``作者：`` line (dc03); the 邵阳日报 第1版 of a city 拉练 with ``…等8个项目`` (dc04); the 浦北县
portal's 开竣工 with the projects in a tab-separated table (序号 / 项目名称 / 建设地点 / 总投资 / 类别) (dc05); the 钦州日报 数字报
of a city 集中签约 (tallies per county) (dc06); the 界首 site's 签约暨开工仪式 with numbered lists under ``一、签约项目`` /
``二、开工项目`` and ``等6个项目`` (dc07); the 诸城新闻网 portal of an 观摩拉练 and its 观摩点评会 (dc08); the 麻城 site's 集中开工
with a ``（一）…（六）`` list (dc09); the 黄冈日报 第A01版 with two articles: a city 拉练 in 麻城市 / 浠水县, and a 浠水 签约 item
with ``（记者 …）`` at its end (dc10).

Identity cases:
- dc:濮存远, a 市长 who becomes 书记: 邳州市委副书记、市长 in March 2022 (dc01); 邳州市委书记 in April 2024 (dc02).
- dc:聂子恒: 邳州市委常委、常务副市长 in March 2022 (dc01); 邳州市委副书记、市长 in April 2024 (dc02).
- dc:贺嘉铭: 邵东市委常委、常务副市长 in May 2021 (dc03); 邵东市委副书记、市长 in August 2023 (dc04).
- dc:黎家宁, a county 书记 who becomes a city's 副市长: 浦北县委书记 in June 2022 (dc05); 钦州市副市长 in May 2024 (dc06).
- dc:覃振华: 浦北县委副书记、县长 in 2022 (dc05); 浦北县委书记 in 2024 (dc06).
- dc:程启东: 麻城市委副书记、市长 in June 2021 (dc10); 麻城市委书记 in March 2025 (dc09).
- dc:涂海涛: 麻城市委常委、麻城经开区党工委书记 in 2021 (dc10); 麻城市委副书记、市长 in 2025 (dc09).
- the same official on two pages in the same post: dc:鲁国栋 (邵东市委书记, 2021 and 2023).
- two different 龚建华 in unrelated places: dc:龚建华#1 is 邳州市碾庄镇党委书记 (江苏, dc01); dc:龚建华#2 is 浦北县副县长
  (广西, dc05). Both in 2022, both speak at a 集中开工 ceremony.
- one organ name in several places: bare ``经开区`` is 邳州's (dc01), 诸城's (dc08), 麻城's (dc10: ``经开区标准化厂房``); full
  ``X经开区`` names of 邳州, 新沂, 邵东, 新邵, 邵阳, 诸城, 麻城, 浠水; bare ``高新区`` is 邳州's (dc01) and 界首's (dc07); bare
  ``市委`` is 邳州市委 on the 邳州 site (dc01) and 徐州市委 in the 徐州日报 (dc02), 邵东市委 (dc03) vs 邵阳市委 (dc04), 麻城市委
  (dc09) vs 黄冈市委 (dc10) — and in dc04 / dc10 a bare ``市委副书记、市长`` right after ``邵东市委书记`` / ``麻城市委书记`` is the
  county-level city's, while the lead's ``市委书记`` / ``市委副书记、市长`` are the prefecture's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, cy where they speak; decided here where they are silent):
- Zone labels: the texts write every zone in its short form (``邳州经开区``, ``界首高新区``, …); the label is that form (city
  name without 市 + 经开区 / 高新区). Bare ``经开区`` / ``高新区`` / ``经开区党工委`` take the page's city: ``经开区党工委副书记、
  管委会主任魏铭川`` (dc01) → 邳州经开区党工委 副书记 + 邳州经开区管委会 主任; ``市委常委、经开区党工委书记丁沛然`` (dc08) →
  诸城市委 常委 + 诸城经开区党工委 书记; ``市委常委、界首高新区党工委书记`` → 界首市委 常委 + 界首高新区党工委 书记;
  ``高新区党工委副书记、管委会主任`` (dc07) → 界首高新区党工委 副书记 + 界首高新区管委会 主任.
- Towns and streets: county label + name + organ: ``碾庄镇党委书记`` → 邳州市碾庄镇党委 书记; ``街道党工委书记管秀丽`` after
  ``在舜王街道`` → 诸城市舜王街道党工委 书记; ``镇党委书记邴卫华`` after ``在辛兴镇`` → 诸城市辛兴镇党委 书记.
- 人大常委会主任 / 政协主席 are posts of X人大常委会 / X政协 (``市人大常委会主任蒋立恒`` → 邵东市人大常委会 主任). ``市领导…``
  / ``县领导`` named without titles (韩以宁, 房立群, 祝永康, 甘启明, 唐秀芝) are no posts (CONVENTIONS). ``市政府秘书长`` →
  钦州市政府 秘书长; ``市发展改革委主任`` → 邳州市发展改革委 主任.
- Company roles (总经理, 董事长) are no posts; those people are typed ``company_executive`` (named without a post).
- Bare organs in a prefecture paper: the lead's ``市委书记`` / ``市委副书记、市长`` / ``副市长`` are the paper's city (徐州, 邵阳,
  钦州, 黄冈); a bare ``市委副书记、市长`` or ``市委常委、…`` right after ``X市委书记`` (X a county-level city) is X's (as bs),
  and ``县长梁国钦`` right after ``浦北县委书记`` is 浦北's.
- Events: a 集中开工仪式 / 开竣工活动 / 签约仪式 / 签约暨开工仪式 is a ``ceremony`` (主持 = chair; 宣布开工 / 致辞 / 讲话 / 介绍 /
  通报 / 发言 / 表态发言 / 要求 / 强调 = speakers; 出席 / 参加 / 见证签约 = attendees, also when the person speaks). A 观摩 / 拉练 is
  a ``site observation`` (CONVENTIONS); its 观摩点评会 is a meeting of its own (dc08). DECIDED HERE: when a 观摩 / 拉练 is led by two
  leaders in one phrase (``市委书记X，市委副书记、市长Y带队`` / ``带领``), ``leader`` is the first named and the second is an
  attendee (the field holds one name); those who 汇报 / 介绍 on the tour are speakers, those who 陪同 attendees. DECIDED HERE
  (dc07): the company signatory of the 签约 inside a ceremony (``鲍海峰与…总经理戚立言签订了投资协议``) is an attendee.
- Projects: every named project in a list, a table row or a tally's head (``湘锐箱包智能制造产业园等9个项目``) is a line, named
  as written on that page (with its place or zone prefix when the page writes one: dc01 ``睿拓高性能电子铜箔项目``, dc02
  ``邳州经开区睿拓高性能电子铜箔项目``); a short back-reference (``铜箔项目``, ``预制菜产业园标准化厂房``) and a generic tail
  (``以及新能源电动车整车配件等项目``, ``沿江产业带``) are no lines. A project named with a company (``广西桂浦新材料有限公司年产30万
  立方米纤维板项目``) is named in full. Kinds as bq: …产业园 / 工业园 phases ``industrial_park``; 物流园 / 冷链物流中心 / 港口物流
  仓储 ``logistics_hub``; 老旧小区改造 / 棚户区改造 ``housing_project``; roads and 污水处理厂 ``infrastructure_project``; the rest
  ``project``. DECIDED HERE: the standing park where a ceremony is held (``张黄镇林产工业园``, ``田营镇循环经济产业园``) is a place
  (``zone_park``, as bq's standing parks); its phases (二期, 标准化厂房三期) are projects.
- Places: one line per name per file, as written; a zone written in full anywhere in the file is annotated once in full (as
  cy); a bare city name in the body (``邵东``, ``钦州``, ``界首``) is annotated as written; the table's 建设地点 cells are standalone
  places; places inside company names (广西, 安徽, 湖北, 湖南), site lines, mastheads, 来源 lines, footers, 相关链接, 上一篇 /
  下一篇 and 本版导读 lists are not annotated; ``中国民营经济之乡`` and other slogans give no place.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``邵阳日报8月16日讯（记者 … 通讯员 …）`` and a paper's ``（记者 …）`` at an item's end are
  reporter / correspondent lines; ``作者：曾湘宁`` on the 邵东 site is an author line; 责任编辑 / 编辑 / 审核 / 校对 / 本版责编 /
  本版校对 are editor lines (at a page's end they fall in its last article).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dc01_pizhou.txt": (2022, "发布时间：2022-03-09 17:42", "邳州市", [
        ("我市举行2022年一季度重大项目集中开工仪式", "3月8日上午", "2022-03-08", "3月8日上午，邳州市",
         "county-level city site: 集中开工仪式 (书记 宣布, 市长 致辞, 常务副市长 主持), 市领导 without titles, ``总投资X亿元的…`` list")]),
    "dc02_xuzhou.txt": (2024, "2024年4月12日　星期五", "徐州市", [
        ("全市重大项目“比学赶超”现场观摩第二天", "4月11日", "2024-04-11", "本报讯（记者 窦明轩 韦丽君）4月11日",
         "city paper: “比学赶超”观摩 in 邳州市 / 新沂市; the former 邳州 市长 now 书记, the former 常务副市长 now 市长")]),
    "dc03_shaodong.txt": (2021, "发布时间：2021-05-21 09:36", "邵东市", [
        ("我市举行2021年招商引资重大项目集中签约仪式", "5月20日", "2021-05-20", "5月20日，邵东市",
         "county-level city site: 集中签约仪式, ``…等N个项目落户…`` tallies, 人大 / 政协 heads")]),
    "dc04_shaoyang.txt": (2023, "2023年8月17日　星期四", "邵阳市", [
        ("全市重点项目建设“比学赶超”现场拉练启动", "8月16日", "2023-08-16", "邵阳日报8月16日讯",
         "city paper: 拉练 in 邵东市 / 新邵县; 贺嘉铭 now 邵东市长; ``…等8个项目``")]),
    "dc05_pubei.txt": (2022, "发布时间：2022-06-28 11:20", "浦北县", [
        ("浦北县2022年第二季度重大项目集中开竣工活动举行", "6月27日上午", "2022-06-27", "6月27日上午，浦北县",
         "county portal: 开竣工活动, projects in a table; 副县长 龚建华#2")]),
    "dc06_qinzhou.txt": (2024, "2024年05月24日　星期五", "钦州市", [
        ("我市举行2024年第二批重大招商项目集中签约活动", "5月23日", "2024-05-23", "本报讯（记者 黄雪妮）5月23日",
         "city paper: 集中签约活动; the former 浦北县委书记 now 副市长 (主持), the former 县长 now 县委书记")]),
    "dc07_jieshou.txt": (2023, "发布日期：2023-09-26", "界首高新区", [
        ("界首高新区举行2023年第三季度项目集中签约暨开工仪式", "9月25日上午", "2023-09-25", "9月25日上午，界首高新区",
         "county-level city site: a 高新区's 签约暨开工仪式, numbered lists of signed and started projects")]),
    "dc08_zhucheng.txt": (2023, "2023-04-07 16:18:32", "诸城市", [
        ("我市开展2023年一季度重点项目观摩拉练", "4月6日", "2023-04-06", "本报讯（记者 逄晓彤）4月6日",
         "city news portal: 观摩拉练 of 镇街园区 and the 观摩点评会; 经开区 / 街道 / 镇 secretaries report")]),
    "dc09_macheng.txt": (2025, "发布时间：2025-03-18 15:06", "麻城市", [
        ("我市举行2025年第一季度重大项目集中开工活动", "3月17日", "2025-03-17", "3月17日，我市",
         "county-level city site: 集中开工活动, ``（一）…（六）`` list; 程启东 now 书记, 涂海涛 now 市长")]),
    "dc10_huanggang.txt": (2021, "2021年6月25日　星期五", "黄冈市", [
        ("全市二季度重大项目“比学赶超”拉练走进麻城市、浠水县", "6月24日", "2021-06-24", "本报讯（记者 童欣然 通讯员 卢海波）6月24日",
         "city paper: 拉练 in 麻城市 / 浠水县; 麻城's 书记, 市长 and 经开区 书记 report"),
        ("浠水县举行招商项目集中签约", "6月23日", "2021-06-23", "本报讯 6月23日",
         "city paper: short item of a county 签约仪式 with the reporter at its end")]),
}

_D01_WEI = "经开区党工委副书记、管委会主任魏铭川"
_D01_NIE = "市委常委、常务副市长聂子恒主持仪式"
_D03_WU = "市委常委、邵东经开区党工委书记伍长庚"
_D03_HE = "市委常委、常务副市长贺嘉铭主持仪式"
_D04_HE = "市委副书记、市长贺嘉铭陪同观摩"
_D07_WU = "市委常委、界首高新区党工委书记武振阳"
_D07_BAO = "高新区党工委副书记、管委会主任鲍海峰"
_D08_DING = "市委常委、经开区党工委书记丁沛然"
_D09_TU = "市委副书记、市长涂海涛致辞"
_D10_TU = "市委常委、麻城经开区党工委书记涂海涛"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 江苏 徐州: 邳州市, 新沂市
    "dc:焦鸿飞": ("焦鸿飞", "official", "邳州市", [
        ("dc01", "邳州市委", "书记", "市委书记焦鸿飞宣布项目开工", "bare 市委 on the 邳州 site = 邳州市委 (county-level city)")], []),
    "dc:濮存远": ("濮存远", "official", "邳州市", [
        ("dc01", "邳州市委", "副书记", "市委副书记、市长濮存远致辞", "2022-03 (identity case: 邳州市委书记 in 2024, dc02)"),
        ("dc01", "邳州市政府", "市长", "市委副书记、市长濮存远致辞", None),
        ("dc02", "邳州市委", "书记", "邳州市委书记濮存远", "2024-04: now 书记")], []),
    "dc:聂子恒": ("聂子恒", "official", "邳州市", [
        ("dc01", "邳州市委", "常委", _D01_NIE, "2022-03 (identity case: 邳州市长 in 2024, dc02)"),
        ("dc01", "邳州市政府", "常务副市长", _D01_NIE, None),
        ("dc02", "邳州市委", "副书记", "邳州市委副书记、市长聂子恒", "2024-04: now 市长"),
        ("dc02", "邳州市政府", "市长", "邳州市委副书记、市长聂子恒", None)], []),
    "dc:韩以宁": ("韩以宁", "official", "邳州市", [], ["dc01"]),
    "dc:房立群": ("房立群", "official", "邳州市", [], ["dc01"]),
    "dc:祝永康": ("祝永康", "official", "邳州市", [], ["dc01"]),
    "dc:魏铭川": ("魏铭川", "official", "邳州经开区", [
        ("dc01", "邳州经开区党工委", "副书记", _D01_WEI, "bare 经开区 on the 邳州 site = 邳州经开区"),
        ("dc01", "邳州经开区管委会", "主任", _D01_WEI, None)], []),
    "dc:闵宇航": ("闵宇航", "official", "邳州市", [
        ("dc01", "邳州市发展改革委", "主任", "市发展改革委主任闵宇航", None)], []),
    "dc:苗海川": ("苗海川", "company_executive", "邳州市", [], ["dc01"]),
    "dc:龚建华#1": ("龚建华", "official", "邳州市", [
        ("dc01", "邳州市碾庄镇党委", "书记", "碾庄镇党委书记龚建华", "邳州 (江苏), 2022; not the 龚建华 of 浦北县 (dc05)")], []),
    "dc:岑济川": ("岑济川", "official", "徐州市", [
        ("dc02", "徐州市委", "书记", "市委书记岑济川带队观摩", "bare 市委 in the 徐州日报 = 徐州市委")], []),
    "dc:柯立新": ("柯立新", "official", "徐州市", [
        ("dc02", "徐州市委", "副书记", "市委副书记、市长柯立新", None),
        ("dc02", "徐州市政府", "市长", "市委副书记、市长柯立新", None)], []),
    "dc:甘启明": ("甘启明", "official", "徐州市", [], ["dc02"]),
    "dc:唐秀芝": ("唐秀芝", "official", "徐州市", [], ["dc02"]),
    "dc:景文涛": ("景文涛", "official", "新沂市", [
        ("dc02", "新沂市委", "书记", "新沂市委书记景文涛", None)], []),
    # ---- 湖南 邵阳: 邵东市, 新邵县
    "dc:鲁国栋": ("鲁国栋", "official", "邵东市", [
        ("dc03", "邵东市委", "书记", "市委书记鲁国栋出席并讲话", "2021-05"),
        ("dc04", "邵东市委", "书记", "邵东市委书记鲁国栋", "2023-08: the same post")], []),
    "dc:尹卓然": ("尹卓然", "official", "邵东市", [
        ("dc03", "邵东市委", "副书记", "市委副书记、市长尹卓然致辞", None),
        ("dc03", "邵东市政府", "市长", "市委副书记、市长尹卓然致辞", None)], []),
    "dc:贺嘉铭": ("贺嘉铭", "official", "邵东市", [
        ("dc03", "邵东市委", "常委", _D03_HE, "2021-05 (identity case: 邵东市长 in 2023, dc04)"),
        ("dc03", "邵东市政府", "常务副市长", _D03_HE, None),
        ("dc04", "邵东市委", "副书记", _D04_HE, "2023-08: bare 市委 right after 邵东市委书记 in the 邵阳日报 = 邵东's"),
        ("dc04", "邵东市政府", "市长", _D04_HE, None)], []),
    "dc:伍长庚": ("伍长庚", "official", "邵东经开区", [
        ("dc03", "邵东市委", "常委", _D03_WU, None),
        ("dc03", "邵东经开区党工委", "书记", _D03_WU, None)], []),
    "dc:蒋立恒": ("蒋立恒", "official", "邵东市", [
        ("dc03", "邵东市人大常委会", "主任", "市人大常委会主任蒋立恒", None)], []),
    "dc:肖凤鸣": ("肖凤鸣", "official", "邵东市", [
        ("dc03", "邵东市政协", "主席", "市政协主席肖凤鸣", None)], []),
    "dc:邹正楷": ("邹正楷", "company_executive", "邵东市", [], ["dc03"]),
    "dc:郁东明": ("郁东明", "official", "邵阳市", [
        ("dc04", "邵阳市委", "书记", "市委书记郁东明，市委副书记、市长龙启航带队", "named in the headline too")], []),
    "dc:龙启航": ("龙启航", "official", "邵阳市", [
        ("dc04", "邵阳市委", "副书记", "市委副书记、市长龙启航带队", "the lead's 市委 / 市长 in the 邵阳日报 = 邵阳's"),
        ("dc04", "邵阳市政府", "市长", "市委副书记、市长龙启航带队", None)], []),
    "dc:戴宏伟": ("戴宏伟", "official", "邵阳市", [
        ("dc04", "邵阳市委", "常委", "市委常委、常务副市长戴宏伟", None),
        ("dc04", "邵阳市政府", "常务副市长", "市委常委、常务副市长戴宏伟", None)], []),
    "dc:欧阳婉清": ("欧阳婉清", "official", "邵阳市", [
        ("dc04", "邵阳市政府", "副市长", "副市长欧阳婉清参加", None)], []),
    "dc:石开泰": ("石开泰", "official", "新邵县", [
        ("dc04", "新邵县委", "书记", "新邵县委书记石开泰", None)], []),
    # ---- 广西 钦州: 浦北县
    "dc:黎家宁": ("黎家宁", "official", "钦州市", [
        ("dc05", "浦北县委", "书记", "县委书记黎家宁宣布项目开竣工", "2022-06 (identity case: 钦州市副市长 in 2024, dc06)"),
        ("dc06", "钦州市政府", "副市长", "副市长黎家宁主持", "2024-05: now the city's 副市长")], []),
    "dc:覃振华": ("覃振华", "official", "浦北县", [
        ("dc05", "浦北县委", "副书记", "县委副书记、县长覃振华致辞", "2022-06 (identity case: 县委书记 in 2024, dc06)"),
        ("dc05", "浦北县政府", "县长", "县委副书记、县长覃振华致辞", None),
        ("dc06", "浦北县委", "书记", "浦北县委书记覃振华", "2024-05: now 书记")], []),
    "dc:甘雪梅": ("甘雪梅", "official", "浦北县", [
        ("dc05", "浦北县委", "常委", "县委常委、常务副县长甘雪梅主持活动", None),
        ("dc05", "浦北县政府", "常务副县长", "县委常委、常务副县长甘雪梅主持活动", None)], []),
    "dc:龚建华#2": ("龚建华", "official", "浦北县", [
        ("dc05", "浦北县政府", "副县长", "副县长龚建华通报项目情况", "浦北 (广西), 2022; not the 龚建华 of 邳州 (dc01)")], []),
    "dc:陆保山": ("陆保山", "official", "浦北县", [
        ("dc05", "浦北县人大常委会", "主任", "县人大常委会主任陆保山", None)], []),
    "dc:宁德光": ("宁德光", "official", "浦北县", [
        ("dc05", "浦北县政协", "主席", "县政协主席宁德光", None)], []),
    "dc:庞立钦": ("庞立钦", "company_executive", "浦北县", [], ["dc05"]),
    "dc:莫怀远": ("莫怀远", "official", "钦州市", [
        ("dc06", "钦州市委", "副书记", "市委副书记、市长莫怀远出席并致辞", None),
        ("dc06", "钦州市政府", "市长", "市委副书记、市长莫怀远出席并致辞", None)], []),
    "dc:韦振宁": ("韦振宁", "official", "钦州市", [
        ("dc06", "钦州市政府", "秘书长", "市政府秘书长韦振宁出席", None)], []),
    "dc:梁国钦": ("梁国钦", "official", "浦北县", [
        ("dc06", "浦北县政府", "县长", "县长梁国钦现场见证签约", "bare 县长 right after 浦北县委书记; succeeds 覃振华")], []),
    # ---- 安徽 阜阳: 界首市
    "dc:薛宗岳": ("薛宗岳", "official", "界首市", [
        ("dc07", "界首市委", "书记", "市委书记薛宗岳宣布项目开工", None)], []),
    "dc:柏欣然": ("柏欣然", "official", "界首市", [
        ("dc07", "界首市委", "副书记", "市委副书记、市长柏欣然致辞", None),
        ("dc07", "界首市政府", "市长", "市委副书记、市长柏欣然致辞", None)], []),
    "dc:武振阳": ("武振阳", "official", "界首高新区", [
        ("dc07", "界首市委", "常委", _D07_WU, None),
        ("dc07", "界首高新区党工委", "书记", _D07_WU, None)], []),
    "dc:鲍海峰": ("鲍海峰", "official", "界首高新区", [
        ("dc07", "界首高新区党工委", "副书记", _D07_BAO, "bare 高新区 on the 界首 page = 界首高新区"),
        ("dc07", "界首高新区管委会", "主任", _D07_BAO, None)], []),
    "dc:戚立言": ("戚立言", "company_executive", "界首高新区", [], ["dc07"]),
    # ---- 山东 潍坊: 诸城市
    "dc:臧绍谦": ("臧绍谦", "official", "诸城市", [
        ("dc08", "诸城市委", "书记", "市委书记臧绍谦", None)], []),
    "dc:宫立涛": ("宫立涛", "official", "诸城市", [
        ("dc08", "诸城市委", "副书记", "市委副书记、市长宫立涛带领", None),
        ("dc08", "诸城市政府", "市长", "市委副书记、市长宫立涛带领", None)], []),
    "dc:丁沛然": ("丁沛然", "official", "诸城经开区", [
        ("dc08", "诸城市委", "常委", _D08_DING, None),
        ("dc08", "诸城经开区党工委", "书记", _D08_DING, "bare 经开区 after 在诸城经开区 = 诸城经开区")], []),
    "dc:管秀丽": ("管秀丽", "official", "诸城市", [
        ("dc08", "诸城市舜王街道党工委", "书记", "在舜王街道，街道党工委书记管秀丽", None)], []),
    "dc:邴卫华": ("邴卫华", "official", "诸城市", [
        ("dc08", "诸城市辛兴镇党委", "书记", "在辛兴镇，镇党委书记邴卫华", None)], []),
    "dc:隋海英": ("隋海英", "official", "诸城市", [
        ("dc08", "诸城市委", "常委", "市委常委、常务副市长隋海英", None),
        ("dc08", "诸城市政府", "常务副市长", "市委常委、常务副市长隋海英", None)], []),
    # ---- 湖北 黄冈: 麻城市, 浠水县
    "dc:程启东": ("程启东", "official", "麻城市", [
        ("dc09", "麻城市委", "书记", "市委书记程启东宣布项目开工", "2025-03: now 书记"),
        ("dc10", "麻城市委", "副书记", "市委副书记、市长程启东介绍了", "2021-06: bare 市委 right after 麻城市委书记 in the 黄冈日报 = 麻城's (identity case: 麻城市委书记 in 2025, dc09)"),
        ("dc10", "麻城市政府", "市长", "市委副书记、市长程启东介绍了", None)], []),
    "dc:涂海涛": ("涂海涛", "official", "麻城市", [
        ("dc09", "麻城市委", "副书记", _D09_TU, "2025-03: now 市长"),
        ("dc09", "麻城市政府", "市长", _D09_TU, None),
        ("dc10", "麻城市委", "常委", _D10_TU, "2021-06 (identity case: 麻城市长 in 2025, dc09)"),
        ("dc10", "麻城经开区党工委", "书记", _D10_TU, None)], []),
    "dc:喻文彬": ("喻文彬", "official", "麻城市", [
        ("dc09", "麻城市委", "常委", "市委常委、常务副市长喻文彬主持", None),
        ("dc09", "麻城市政府", "常务副市长", "市委常委、常务副市长喻文彬主持", None)], []),
    "dc:晏国清": ("晏国清", "official", "麻城经开区", [
        ("dc09", "麻城经开区党工委", "书记", "麻城经开区党工委书记晏国清", "succeeds 涂海涛")], []),
    "dc:江宇航": ("江宇航", "official", "麻城市", [
        ("dc09", "麻城市人大常委会", "主任", "市人大常委会主任江宇航", None)], []),
    "dc:冯涵之": ("冯涵之", "official", "麻城市", [
        ("dc09", "麻城市政协", "主席", "市政协主席冯涵之", None)], []),
    "dc:邰思源": ("邰思源", "company_executive", "麻城市", [], ["dc09"]),
    "dc:彭继红": ("彭继红", "official", "麻城市", [
        ("dc09", "麻城市福田河镇党委", "书记", "福田河镇党委书记彭继红", None)], []),
    "dc:柴鸿逵": ("柴鸿逵", "official", "黄冈市", [
        ("dc10", "黄冈市委", "书记", "市委书记柴鸿逵", "the lead's 市委 in the 黄冈日报 = 黄冈's")], []),
    "dc:邬立平": ("邬立平", "official", "黄冈市", [
        ("dc10", "黄冈市委", "副书记", "市委副书记、市长邬立平带领拉练团", None),
        ("dc10", "黄冈市政府", "市长", "市委副书记、市长邬立平带领拉练团", None)], []),
    "dc:詹炳坤": ("詹炳坤", "official", "麻城市", [
        ("dc10", "麻城市委", "书记", "麻城市委书记詹炳坤", None)], []),
    "dc:卞志鹏": ("卞志鹏", "official", "浠水县", [
        ("dc10", "浠水县委", "书记", "浠水县委书记卞志鹏", None)], []),
    "dc:鲁成钢": ("鲁成钢", "official", "黄冈市", [
        ("dc10", "黄冈市政府", "副市长", "副市长鲁成钢参加拉练", None)], []),
    "dc:祁承泽": ("祁承泽", "official", "浠水县", [
        ("dc10", "浠水县委", "副书记", "县委副书记、县长祁承泽出席并致辞", "article 2: bare 县委 in an item on 浠水县"),
        ("dc10", "浠水县政府", "县长", "县委副书记、县长祁承泽出席并致辞", None)], []),
    "dc:冉丽华": ("冉丽华", "official", "浠水县", [
        ("dc10", "浠水县政府", "副县长", "副县长冉丽华主持签约仪式", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dc01", "孟雨桐", "责任编辑", "editor", "责任编辑：孟雨桐"),
    ("dc02", "窦明轩", "记者", "reporter", "本报讯（记者 窦明轩 韦丽君）"),
    ("dc02", "韦丽君", "记者", "reporter", "本报讯（记者 窦明轩 韦丽君）"),
    ("dc02", "傅芷晴", "本版责编", "editor", "（本版责编：傅芷晴）"),
    ("dc03", "曾湘宁", "作者", "author", "作者：曾湘宁"),
    ("dc03", "谭雨萱", "责任编辑", "editor", "责任编辑：谭雨萱"),
    ("dc04", "阳雪梅", "记者", "reporter", "（记者 阳雪梅 通讯员 申建国）"),
    ("dc04", "申建国", "通讯员", "correspondent", "（记者 阳雪梅 通讯员 申建国）"),
    ("dc04", "李婉婷", "编辑", "editor", "编辑：李婉婷"),
    ("dc04", "周梓航", "校对", "editor", "校对：周梓航"),
    ("dc06", "黄雪妮", "记者", "reporter", "本报讯（记者 黄雪妮）"),
    ("dc06", "农晓燕", "责任编辑", "editor", "（责任编辑：农晓燕）"),
    ("dc07", "邵雨欣", "编辑", "editor", "编辑：邵雨欣"),
    ("dc07", "程佳怡", "审核", "editor", "审核：程佳怡"),
    ("dc08", "逄晓彤", "记者", "reporter", "本报讯（记者 逄晓彤）"),
    ("dc08", "王晓涵", "编辑", "editor", "编辑：王晓涵"),
    ("dc09", "闻静怡", "责任编辑", "editor", "责任编辑：闻静怡"),
    ("dc10", "童欣然", "记者", "reporter", "本报讯（记者 童欣然 通讯员 卢海波）"),
    ("dc10", "卢海波", "通讯员", "correspondent", "本报讯（记者 童欣然 通讯员 卢海波）"),
    ("dc10", "柯雨涵", "记者", "reporter", "（记者 柯雨涵）"),
    ("dc10", "彭文佳", "本版责编", "editor", "本版责编：彭文佳"),
    ("dc10", "许沐阳", "本版校对", "editor", "本版校对：许沐阳"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dc01", "邳州市2022年一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "3月8日上午", "聂子恒", None, [],
     ["韩以宁", "房立群", "祝永康", "魏铭川"], ["焦鸿飞", "濮存远", "闵宇航", "苗海川", "龚建华"],
     "邳州经开区睿拓高性能电子铜箔项目现场",
     "邳州市2022年一季度重大项目集中开工仪式在邳州经开区睿拓高性能电子铜箔项目现场举行",
     ["市委书记焦鸿飞宣布项目开工", "市长濮存远致辞", "常务副市长聂子恒主持仪式", "市领导韩以宁、房立群、祝永康",
      "管委会主任魏铭川出席仪式", "市发展改革委主任闵宇航介绍了", "总经理苗海川代表项目单位发言", "碾庄镇党委书记龚建华代表镇（街道）作表态发言",
      "濮存远在致辞中表示"]),
    ("dc02", "全市重大项目“比学赶超”现场观摩活动（第二天：邳州市、新沂市）", "site observation (观摩活动)", "4月11日", None, "岑济川", [],
     ["柯立新", "甘启明", "唐秀芝"], ["濮存远", "聂子恒", "景文涛", "岑济川", "柯立新"], "邳州市、新沂市",
     "全市重大项目“比学赶超”现场观摩活动进入第二天，观摩团走进邳州市、新沂市",
     ["市委书记岑济川带队观摩", "市长柯立新，市领导甘启明、唐秀芝参加", "邳州市委书记濮存远汇报了", "市长聂子恒介绍了",
      "新沂市委书记景文涛汇报了", "岑济川指出", "柯立新要求"]),
    ("dc03", "邵东市2021年招商引资重大项目集中签约仪式", "ceremony (签约仪式)", "5月20日", "贺嘉铭", None, [],
     ["鲁国栋", "蒋立恒", "肖凤鸣"], ["鲁国栋", "尹卓然", "伍长庚", "邹正楷"], "市行政中心",
     "邵东市2021年招商引资重大项目集中签约仪式在市行政中心举行",
     ["市委书记鲁国栋出席并讲话", "市长尹卓然致辞", "常务副市长贺嘉铭主持仪式", "党工委书记伍长庚介绍签约项目情况",
      "市人大常委会主任蒋立恒、市政协主席肖凤鸣等市领导出席", "董事长邹正楷发言", "鲁国栋在讲话中指出", "尹卓然在致辞中表示"]),
    ("dc04", "全市重点项目建设“比学赶超”现场拉练（首站：邵东市、新邵县）", "site observation (拉练)", "8月16日", None, "郁东明", [],
     ["龙启航", "戴宏伟", "欧阳婉清", "鲁国栋", "贺嘉铭"], ["贺嘉铭", "石开泰", "郁东明", "龙启航", "戴宏伟"], "邵东市、新邵县",
     "全市重点项目建设“比学赶超”现场拉练活动启动，首站走进邵东市、新邵县",
     ["市委书记郁东明，市委副书记、市长龙启航带队", "常务副市长戴宏伟，副市长欧阳婉清参加", "邵东市委书记鲁国栋，市委副书记、市长贺嘉铭陪同观摩",
      "贺嘉铭汇报了", "新邵县委书记石开泰介绍了", "郁东明指出", "龙启航要求", "戴宏伟就项目调度"]),
    ("dc05", "浦北县2022年第二季度重大项目集中开竣工活动", "ceremony (集中开竣工活动)", "6月27日上午", "甘雪梅", None, [],
     ["陆保山", "宁德光"], ["黎家宁", "覃振华", "龚建华", "庞立钦"], "张黄镇林产工业园",
     "浦北县2022年第二季度重大项目集中开竣工活动在张黄镇林产工业园举行",
     ["县委书记黎家宁宣布项目开竣工", "县长覃振华致辞", "常务副县长甘雪梅主持活动", "副县长龚建华通报项目情况",
      "县人大常委会主任陆保山、县政协主席宁德光等县领导出席", "董事长庞立钦代表项目业主发言", "覃振华在致辞中说", "黎家宁强调"]),
    ("dc06", "钦州市2024年第二批重大招商项目集中签约活动", "ceremony (签约仪式)", "5月23日", "黎家宁", None, ["钦州市"],
     ["莫怀远", "韦振宁", "覃振华", "梁国钦"], ["莫怀远", "黎家宁"], None,
     "我市举行2024年第二批重大招商项目集中签约活动，26个项目集中签约",
     ["市长莫怀远出席并致辞", "副市长黎家宁主持", "市政府秘书长韦振宁出席", "浦北县委书记覃振华、县长梁国钦现场见证签约",
      "莫怀远在致辞中表示", "黎家宁要求"]),
    ("dc07", "界首高新区2023年第三季度招商引资项目集中签约暨重点项目开工仪式", "ceremony (签约暨开工仪式)", "9月25日上午", "武振阳", None, ["界首高新区"],
     ["戚立言"], ["薛宗岳", "柏欣然", "鲍海峰"], "田营镇循环经济产业园",
     "界首高新区2023年第三季度招商引资项目集中签约暨重点项目开工仪式在田营镇循环经济产业园举行",
     ["市委书记薛宗岳宣布项目开工", "市长柏欣然致辞", "党工委书记武振阳主持仪式", "管委会主任鲍海峰介绍项目情况",
      "鲍海峰与安徽恒沣再生资源科技有限公司总经理戚立言签订了投资协议", "柏欣然在致辞中表示", "薛宗岳要求"]),
    ("dc08", "2023年一季度重点项目观摩拉练", "site observation (观摩拉练)", "4月6日", None, "臧绍谦", ["诸城市"],
     ["宫立涛"], ["丁沛然", "管秀丽", "邴卫华"], "诸城市13个镇街园区",
     "我市组织开展2023年一季度重点项目观摩拉练活动",
     ["市委书记臧绍谦，市委副书记、市长宫立涛带领", "经开区党工委书记丁沛然介绍了", "街道党工委书记管秀丽汇报了", "镇党委书记邴卫华介绍了"]),
    ("dc08", "观摩点评会", "meeting (观摩点评会)", "4月6日", None, None, [],
     [], ["隋海英", "臧绍谦", "宫立涛"], None,
     "观摩结束后，召开观摩点评会",
     ["常务副市长隋海英通报了观摩打分情况", "臧绍谦指出", "宫立涛要求"]),
    ("dc09", "麻城市2025年第一季度重大项目集中开工活动", "ceremony (集中开工活动)", "3月17日", "喻文彬", None, [],
     ["江宇航", "冯涵之"], ["程启东", "涂海涛", "晏国清", "邰思源", "彭继红"], "麻城经开区",
     "我市2025年第一季度重大项目集中开工活动在麻城经开区举行",
     ["市委书记程启东宣布项目开工", "市长涂海涛致辞", "常务副市长喻文彬主持", "党工委书记晏国清介绍项目情况",
      "市人大常委会主任江宇航、市政协主席冯涵之出席", "总经理邰思源作为企业代表发言", "福田河镇党委书记彭继红作表态发言",
      "涂海涛在致辞中表示", "程启东强调"]),
    ("dc10", "全市二季度重大项目“比学赶超”现场拉练（麻城市、浠水县）", "site observation (拉练)", "6月24日", None, "柴鸿逵", [],
     ["邬立平", "鲁成钢"], ["詹炳坤", "程启东", "涂海涛", "卞志鹏", "柴鸿逵", "邬立平"], "麻城市、浠水县",
     "全市二季度重大项目“比学赶超”现场拉练活动走进麻城市、浠水县",
     ["市委书记柴鸿逵，市委副书记、市长邬立平带领拉练团", "副市长鲁成钢参加拉练", "麻城市委书记詹炳坤汇报了",
      "市长程启东介绍了", "党工委书记涂海涛汇报了", "浠水县委书记卞志鹏汇报了", "柴鸿逵指出", "邬立平要求"]),
    ("dc10", "浠水县2021年二季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "6月23日", "冉丽华", None, ["浠水县"],
     ["祁承泽"], ["祁承泽"], None,
     "浠水县举行2021年二季度招商引资项目集中签约仪式",
     ["县长祁承泽出席并致辞", "副县长冉丽华主持签约仪式"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dc01", "睿拓高性能电子铜箔项目", "project", "总投资25亿元的睿拓高性能电子铜箔项目"),
    ("dc01", "邳州高新区半导体封装材料产业园一期", "industrial_park", "总投资18亿元的邳州高新区半导体封装材料产业园一期"),
    ("dc01", "碾庄镇板材家居智能制造产业园", "industrial_park", "总投资12.6亿元的碾庄镇板材家居智能制造产业园"),
    ("dc01", "官湖镇银杏精深加工项目", "project", "总投资8.5亿元的官湖镇银杏精深加工项目"),
    ("dc01", "邳州港物流园二期", "logistics_hub", "总投资6.2亿元的邳州港物流园二期"),
    ("dc02", "邳州经开区睿拓高性能电子铜箔项目", "project", "观摩团先后来到邳州经开区睿拓高性能电子铜箔项目"),
    ("dc02", "邳州高新区半导体封装材料产业园一期", "industrial_park", "邳州高新区半导体封装材料产业园一期和碾庄镇"),
    ("dc02", "碾庄镇板材家居智能制造产业园", "industrial_park", "碾庄镇板材家居智能制造产业园。"),
    ("dc02", "新沂经开区锂电新能源材料产业园", "industrial_park", "观摩团察看了新沂经开区锂电新能源材料产业园"),
    ("dc02", "窑湾古镇文旅综合体提升工程", "project", "窑湾古镇文旅综合体提升工程"),
    ("dc03", "湘锐箱包智能制造产业园", "industrial_park", "湘锐箱包智能制造产业园等9个项目落户邵东经开区"),
    ("dc03", "廉桥中药材精深加工产业园", "industrial_park", "廉桥中药材精深加工产业园等5个项目落户廉桥镇"),
    ("dc03", "仙槎桥镇打火机配件产业园", "industrial_park", "仙槎桥镇打火机配件产业园等3个项目落户仙槎桥镇"),
    ("dc04", "邵东经开区湘锐箱包智能制造产业园", "industrial_park", "观摩了邵东经开区湘锐箱包智能制造产业园"),
    ("dc04", "廉桥中药材精深加工产业园", "industrial_park", "、廉桥中药材精深加工产业园、"),
    ("dc04", "邵东市城市棚户区改造（二期）项目", "housing_project", "邵东市城市棚户区改造（二期）项目"),
    ("dc04", "新邵县坪上镇农产品冷链物流园", "logistics_hub", "新邵县坪上镇农产品冷链物流园"),
    ("dc04", "新邵经开区电子信息产业园", "industrial_park", "新邵经开区电子信息产业园等8个项目"),
    ("dc05", "浦北县张黄镇林产工业园二期", "industrial_park", "浦北县张黄镇林产工业园二期"),
    ("dc05", "广西桂浦新材料有限公司年产30万立方米纤维板项目", "project", "广西桂浦新材料有限公司年产30万立方米纤维板项目"),
    ("dc05", "浦北县百香果深加工项目", "project", "浦北县百香果深加工项目"),
    ("dc05", "小江街道城东片区老旧小区改造项目", "housing_project", "小江街道城东片区老旧小区改造项目"),
    ("dc05", "北通镇至福旺镇公路改建工程", "infrastructure_project", "北通镇至福旺镇公路改建工程"),
    ("dc05", "浦北县第三中学扩建工程", "project", "浦北县第三中学扩建工程"),
    ("dc05", "泉水镇红椎菌产业示范园", "industrial_park", "泉水镇红椎菌产业示范园"),
    ("dc06", "广西桂浦新材料有限公司年产50万吨高档生活用纸项目", "project", "广西桂浦新材料有限公司年产50万吨高档生活用纸项目"),
    ("dc06", "浦北县红椎菌精深加工产业园二期", "industrial_park", "浦北县红椎菌精深加工产业园二期"),
    ("dc07", "安徽恒沣再生资源科技有限公司年产15万吨再生塑料颗粒项目", "project", "1.安徽恒沣再生资源科技有限公司年产15万吨再生塑料颗粒项目"),
    ("dc07", "界首锂电池回收利用及正极材料项目", "project", "2.界首锂电池回收利用及正极材料项目"),
    ("dc07", "安徽锦鳞渔具智能制造项目", "project", "3.安徽锦鳞渔具智能制造项目"),
    ("dc07", "光武镇功能性面料织造项目", "project", "4.光武镇功能性面料织造项目"),
    ("dc07", "田营镇循环经济产业园标准化厂房三期", "industrial_park", "1.田营镇循环经济产业园标准化厂房三期"),
    ("dc07", "界首高新区光武片区污水处理厂扩建工程", "infrastructure_project", "2.界首高新区光武片区污水处理厂扩建工程"),
    ("dc07", "砖集镇彩陶文化产业园", "industrial_park", "3.砖集镇彩陶文化产业园"),
    ("dc08", "诸城经开区汽车零部件产业园", "industrial_park", "观摩团一行先后来到诸城经开区汽车零部件产业园"),
    ("dc08", "龙都街道智能农机装备制造项目", "project", "龙都街道智能农机装备制造项目"),
    ("dc08", "舜王街道预制菜产业园", "industrial_park", "舜王街道预制菜产业园"),
    ("dc08", "辛兴镇西红柿智慧大棚园区", "project", "辛兴镇西红柿智慧大棚园区"),
    ("dc08", "昌城镇纺织服装产业园二期", "industrial_park", "昌城镇纺织服装产业园二期"),
    ("dc09", "麻城经开区湖北楚锐汽车零部件智能制造项目", "project", "（一）麻城经开区湖北楚锐汽车零部件智能制造项目"),
    ("dc09", "麻城经开区石材循环经济产业园三期", "industrial_park", "（二）麻城经开区石材循环经济产业园三期"),
    ("dc09", "福田河镇福白菊精深加工产业园二期", "industrial_park", "（三）福田河镇福白菊精深加工产业园二期"),
    ("dc09", "宋埠镇农产品冷链物流中心", "logistics_hub", "（四）宋埠镇农产品冷链物流中心"),
    ("dc09", "龟山镇乡村振兴示范片区建设项目", "project", "（五）龟山镇乡村振兴示范片区建设项目"),
    ("dc09", "麻城市城南片区老旧小区改造工程", "housing_project", "（六）麻城市城南片区老旧小区改造工程"),
    ("dc10", "麻城经开区石材循环经济产业园二期", "industrial_park", "拉练团先后来到麻城经开区石材循环经济产业园二期"),
    ("dc10", "福田河镇福白菊精深加工产业园", "industrial_park", "福田河镇福白菊精深加工产业园等项目现场"),
    ("dc10", "浠水经开区医药化工产业园", "industrial_park", "拉练团察看了浠水经开区医药化工产业园"),
    ("dc10", "散花镇沿江物流园一期", "logistics_hub", "散花镇沿江物流园一期"),
    ("dc10", "浠水经开区生物医药中间体项目", "project", "总投资12亿元的浠水经开区生物医药中间体项目"),
    ("dc10", "散花镇港口物流仓储项目", "logistics_hub", "总投资6亿元的散花镇港口物流仓储项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dc01", "邳州市", "county_level_city", "standalone", "3月8日上午，邳州市2022年一季度重大项目集中开工仪式"),
    ("dc01", "邳州经开区", "development_zone", "standalone", "在邳州经开区睿拓高性能电子铜箔项目现场举行"),
    ("dc01", "邳州高新区", "development_zone", "in_project_name", "总投资18亿元的邳州高新区半导体封装材料产业园一期"),
    ("dc01", "碾庄镇", "town", "in_project_name", "总投资12.6亿元的碾庄镇板材家居智能制造产业园"),
    ("dc01", "官湖镇", "town", "in_project_name", "总投资8.5亿元的官湖镇银杏精深加工项目"),
    ("dc01", "邳州港", "port", "in_project_name", "总投资6.2亿元的邳州港物流园二期"),
    ("dc02", "邳州市", "county_level_city", "standalone", "观摩团走进邳州市、新沂市，实地检阅"),
    ("dc02", "新沂市", "county_level_city", "standalone", "观摩团走进邳州市、新沂市，实地检阅"),
    ("dc02", "邳州经开区", "development_zone", "in_project_name", "观摩团先后来到邳州经开区睿拓高性能电子铜箔项目"),
    ("dc02", "邳州高新区", "development_zone", "in_project_name", "邳州高新区半导体封装材料产业园一期和碾庄镇"),
    ("dc02", "碾庄镇", "town", "in_project_name", "碾庄镇板材家居智能制造产业园。"),
    ("dc02", "新沂经开区", "development_zone", "in_project_name", "观摩团察看了新沂经开区锂电新能源材料产业园"),
    ("dc02", "窑湾古镇", "scenic_area", "in_project_name", "窑湾古镇文旅综合体提升工程"),
    ("dc03", "邵东市", "county_level_city", "standalone", "5月20日，邵东市2021年招商引资重大项目集中签约仪式"),
    ("dc03", "邵东经开区", "development_zone", "standalone", "等9个项目落户邵东经开区"),
    ("dc03", "廉桥镇", "town", "standalone", "等5个项目落户廉桥镇"),
    ("dc03", "廉桥", "town", "in_project_name", "廉桥中药材精深加工产业园等5个项目"),
    ("dc03", "仙槎桥镇", "town", "standalone", "等3个项目落户仙槎桥镇"),
    ("dc03", "火厂坪镇", "town", "standalone", "其余项目分布在火厂坪镇、流泽镇等地"),
    ("dc03", "流泽镇", "town", "standalone", "其余项目分布在火厂坪镇、流泽镇等地"),
    ("dc03", "邵东", "county_level_city", "standalone", "邵东是“中国民营经济之乡”"),
    ("dc04", "邵东市", "county_level_city", "standalone", "首站走进邵东市、新邵县"),
    ("dc04", "新邵县", "county", "standalone", "首站走进邵东市、新邵县"),
    ("dc04", "邵东经开区", "development_zone", "in_project_name", "观摩了邵东经开区湘锐箱包智能制造产业园"),
    ("dc04", "廉桥", "town", "in_project_name", "、廉桥中药材精深加工产业园、"),
    ("dc04", "坪上镇", "town", "in_project_name", "新邵县坪上镇农产品冷链物流园"),
    ("dc04", "新邵经开区", "development_zone", "in_project_name", "新邵经开区电子信息产业园等8个项目"),
    ("dc04", "邵阳经开区", "development_zone", "standalone", "将观摩全市12个县市区和邵阳经开区的46个重点项目"),
    ("dc05", "浦北县", "county", "standalone", "6月27日上午，浦北县2022年第二季度"),
    ("dc05", "张黄镇林产工业园", "zone_park", "standalone", "活动在张黄镇林产工业园举行"),
    ("dc05", "张黄镇", "town", "standalone", "浦北县张黄镇林产工业园二期	张黄镇"),
    ("dc05", "寨圩镇", "town", "standalone", "浦北县百香果深加工项目	寨圩镇"),
    ("dc05", "小江街道", "sub_district_office", "standalone", "小江街道城东片区老旧小区改造项目	小江街道"),
    ("dc05", "城东片区", "area", "in_project_name", "小江街道城东片区老旧小区改造项目"),
    ("dc05", "北通镇", "town", "standalone", "北通镇、福旺镇	4.10"),
    ("dc05", "福旺镇", "town", "standalone", "北通镇、福旺镇	4.10"),
    ("dc05", "泉水镇", "town", "standalone", "泉水镇红椎菌产业示范园	泉水镇"),
    ("dc06", "钦南区", "district", "standalone", "钦南区签约9个"),
    ("dc06", "灵山县", "county", "standalone", "灵山县签约7个"),
    ("dc06", "浦北县", "county", "standalone", "浦北县签约6个"),
    ("dc06", "钦北区", "district", "standalone", "钦北区签约4个"),
    ("dc06", "钦州", "prefecture_city", "standalone", "钦州正加快建设向海经济先行区"),
    ("dc07", "界首高新区", "development_zone", "standalone", "9月25日上午，界首高新区2023年第三季度"),
    ("dc07", "田营镇循环经济产业园", "zone_park", "standalone", "开工仪式在田营镇循环经济产业园举行"),
    ("dc07", "田营镇", "town", "in_project_name", "1.田营镇循环经济产业园标准化厂房三期"),
    ("dc07", "光武镇", "town", "in_project_name", "4.光武镇功能性面料织造项目"),
    ("dc07", "光武片区", "area", "in_project_name", "2.界首高新区光武片区污水处理厂扩建工程"),
    ("dc07", "砖集镇", "town", "in_project_name", "3.砖集镇彩陶文化产业园"),
    ("dc07", "界首", "county_level_city", "standalone", "界首正全力打造"),
    ("dc08", "诸城经开区", "development_zone", "standalone", "在诸城经开区，市委常委"),
    ("dc08", "龙都街道", "sub_district_office", "in_project_name", "龙都街道智能农机装备制造项目"),
    ("dc08", "舜王街道", "sub_district_office", "standalone", "在舜王街道，街道党工委书记管秀丽"),
    ("dc08", "辛兴镇", "town", "standalone", "在辛兴镇，镇党委书记邴卫华"),
    ("dc08", "昌城镇", "town", "in_project_name", "昌城镇纺织服装产业园二期"),
    ("dc09", "麻城经开区", "development_zone", "standalone", "集中开工活动在麻城经开区举行"),
    ("dc09", "福田河镇", "town", "in_project_name", "（三）福田河镇福白菊精深加工产业园二期"),
    ("dc09", "宋埠镇", "town", "in_project_name", "（四）宋埠镇农产品冷链物流中心"),
    ("dc09", "龟山镇", "town", "in_project_name", "（五）龟山镇乡村振兴示范片区建设项目"),
    ("dc09", "麻城市", "county_level_city", "in_project_name", "（六）麻城市城南片区老旧小区改造工程"),
    ("dc09", "城南片区", "area", "in_project_name", "（六）麻城市城南片区老旧小区改造工程"),
    ("dc10", "麻城市", "county_level_city", "standalone", "拉练活动走进麻城市、浠水县"),
    ("dc10", "浠水县", "county", "standalone", "拉练活动走进麻城市、浠水县"),
    ("dc10", "麻城经开区", "development_zone", "in_project_name", "拉练团先后来到麻城经开区石材循环经济产业园二期"),
    ("dc10", "福田河镇", "town", "in_project_name", "福田河镇福白菊精深加工产业园等项目现场"),
    ("dc10", "浠水经开区", "development_zone", "in_project_name", "拉练团察看了浠水经开区医药化工产业园"),
    ("dc10", "散花镇", "town", "in_project_name", "散花镇沿江物流园一期"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dc", conventions="set dc (blind set: 重点项目 news of counties and cities — 集中开工 / 开竣工 ceremonies, 集中签约, 观摩 and “比学赶超”拉练 with their 点评会 — in 江苏 徐州 (邳州市, 新沂市), 湖南 邵阳 (邵东市, 新邵县), 广西 钦州 (浦北县), 安徽 阜阳 (界首市), 山东 潍坊 (诸城市), 湖北 黄冈 (麻城市, 浠水县); zones in their short form (邳州经开区, 界首高新区; bare 经开区 / 高新区 take the page's city); towns as county label + town + 党委; bare 市委 in a prefecture paper is the paper's city except right after X市委书记 of a county-level city; 市领导 without titles and company roles no posts; projects named as written on each page, from lists, tallies and a table; a standing park where a ceremony is held is a place (zone_park); one line per post per article)",
          persons_note="Set dc persons. id = corpus-wide person_id (dc:龚建华#1 of 邳州市碾庄镇 (江苏) and dc:龚建华#2 of 浦北县 (广西) are two people; dc:濮存远 邳州市长 2022 → 邳州市委书记 2024; dc:聂子恒 邳州常务副市长 2022 → 邳州市长 2024; dc:贺嘉铭 邵东常务副市长 2021 → 邵东市长 2023; dc:黎家宁 浦北县委书记 2022 → 钦州市副市长 2024; dc:覃振华 浦北县长 2022 → 浦北县委书记 2024; dc:程启东 麻城市长 2021 → 麻城市委书记 2025; dc:涂海涛 麻城经开区党工委书记 2021 → 麻城市长 2025)")


if __name__ == "__main__":
    main()
