"""Write gold part ``gb`` (a blind set: county meetings with attendee lists: 县政府常务会议, 县委常委会会议, 专题会议,
调度会, 推进会) from the tables below.

Pages ``tests/dev/texts/gb*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a county site's 政府常务会议 专栏 (``县委副书记、县长…主持召开县政府党组
（扩大）会议和县十六届第9次政府常务会议…县政府副县长、县政府党组成员出席会议,县人大、县政协相关领导…列席会议``); the 海安
十二届县委常委会第57次会议 (``县委书记…主持召开…县委副书记、县长…,县委副书记…,县委常委A、B、C…出席会议,县人大常委会主任…,
县政协主席…,县领导…列席会议``) and the 户县 县委十六届第43次常委会议 of the same shape; a 德州新闻网 item of a 县政府第三次常务
会议 (``□记者 … 报道``, a list of 副县长 and ``县政府党组成员、…党工委书记、管委会主任``, ``县政府党组成员、公安局局长``); the 盘山县
site (``发布日期 / 浏览次数``, ``县委副书记、代县长…主持召开县政府十八届二十一次常务会议``, ``县委常委、负责县政府常务工作副县长``);
a 黑山 常务会议 with ``县委常委、副县长、县总工会主席`` and 列席 ``县人大常委会副主任…、县政协副主席…``; a 四川 county's 第四十二次
常务会议 (``县政府副县长及办公室主任出席会议…应邀列席会议``); the 台前县 site (``来源:县政府办2018-10-15 浏览量``, the 县长's
专题推进会 with ``副县长…及县政府办…等部门主要负责同志参加会议``, ``扫一扫在手机打开当前页``); the 随县 site (调度会, ``发布时间 /
信息来源 / 编辑 / 审核 / 打印``, ``县委常委、常务副县长…等参加会议``); the 开鲁县 site chrome (``欢迎访问…! 登录/注册 用户中心 支持
IPV6``, ``分享到:``, ``(县政府办供稿)``); a 苍溪 page (``县委副书记、县长…主持召开重点项目调度会…副县长…参加调度会。(记者 …)``);
an 枞阳 调度会 (``县委常委、常务副县长…主持,县领导…出席``); a 宁强 推进会 (书记 出席并讲话, 常务副县长 主持); the 阜城 page of a
县委常委（扩大）会 (``来源: | 作者: | 发布时间: | 次浏览 | 分享到``); a county paper's ``第2版`` 调度会 (``本报讯 …常务副县长…出席``);
a 长垣 ``受县委书记…委托,县委副书记、县长…主持召开十三届县委第32次常委会会议``; a 永登 专题会 (``副市长、县委书记…主持召开…出席
会议``). Places are real and new to the corpus: 湖北 咸宁 崇阳县 (four site pages and one item in the 咸宁日报) and 通山县 (one
site page, one item in the 咸宁日报); 河南 商丘 宁陵县 (three site pages and one 商丘网 page).

Shapes: the 崇阳县 site's 政府常务会议 column (``当前位置：首页 > 政务公开 > 重要会议 > 政府常务会议``) with a long 出席 list
(``县政府党组成员、县公安局党委书记、局长``), 列席 ``县人大常委会副主任…、县政协副主席…`` and a 相关链接 list (gb01, gb05); another
崇阳 site layout with ``会议由县委副书记、县长…主持`` and a ``（县政府办　…）`` credit (gb02); a 部门动态 page of a 调度会 with
``会议由县委常委、常务副县长…主持，副县长…参加`` and ``作者：`` (gb03); a 咸宁日报 第03版 holding two items, a 崇阳 县委常委会
会议 (``县委常委A、B、C出席会议；县人大常委会主任…、县政协主席…列席会议``) and a 通山 推进会 (gb04); a 通山 site 专题会议 with
``副县长…参加会议`` and a chain ``咸宁市生态环境局通山县分局局长`` (gb06); the 宁陵 site's 调度会 (gb07), 县委常委会（扩大）会议
(gb09) and 常务会议 (gb10); a 商丘网 portal page of a 市 现场推进会 with a 观摩 before it (gb08).

The meeting series: 崇阳 县政府常务会议 across three dates with the chair changing: 县政府第35次常务会议 on 2021-04-15 and
十九届第8次 on 2022-04-12, both chaired by 县长 gb:汪振邦 (gb01, gb02); 十九届县政府第23次 on 2023-06-19, chaired by 县长
gb:柯立勋 (gb05), by then 汪振邦 is 县委书记 (gb04). 宁陵 has the same kind of change: the 2022 调度会 chaired by 县长
gb:孟昭川 (gb07), the 2024 常务会议 by 县长 gb:顾承宇 (gb10).

Identity cases:
- gb:汪振邦, 县长 → 县委书记 of 崇阳: 县委副书记、县长 (gb01 2021-04, gb02 2022-04); 崇阳县委书记 (gb04 2023-03).
- gb:柯立勋: 崇阳县委常委、常务副县长 (gb01, gb02, gb03, 2021–2022); 县委副书记、代县长 (gb04 2023-03); 县委副书记、县长 (gb05
  2023-06).
- gb:饶卫民 moves between two counties of 咸宁: 崇阳县 副县长 (gb01 2021-04, gb02 2022-04); 通山县委副书记、县长 (gb04 2023-03,
  gb06 2024-05).
- gb:廖雪梅: 崇阳县 副县长 (gb01, gb02, gb03); 县委常委、常务副县长 (gb04 2023-03, gb05 2023-06).
- gb:孟昭川, a 县长 who becomes a city's 副市长: 宁陵县委副书记、县长 (gb07 2022-05); 商丘市 副市长 (gb08 2023-09).
- gb:顾承宇: 宁陵县委常委、常务副县长 (gb07 2022-05); 县委副书记、县长 (gb08 2023-09, gb09 2024-01, gb10 2024-06).
- two different 胡建松 in unrelated places, with look-alike posts: gb:胡建松#1 崇阳县 (湖北) 副县长 (gb01, gb02, gb03, gb05,
  2021–2023); gb:胡建松#2 宁陵县 (河南) 副县长 (gb07 2022-05, gb09 2024-01) → 县委常委、常务副县长 (gb10 2024-06). The pages
  write only ``副县长胡建松`` with a bare 县; the county comes from the site or the paper.
- one organ name in several places: bare ``县委`` / ``县政府`` / ``县人大常委会`` / ``县政协`` are 崇阳's (gb01–gb03, gb05, gb04
  item 1), 通山's (gb04 item 2, gb06) and 宁陵's (gb07, gb09, gb10); ``县住建局`` is 崇阳县住建局 (gb01) and 宁陵县住建局
  (gb10); ``县政府党组成员、县政府办公室主任`` is 崇阳's (gb01, gb05) and 宁陵's (gb10); ``县水利和湖泊局`` is 崇阳's (gb05)
  and 通山's (gb06, no person).
- the same officials across pages: gb:程启贤 (崇阳 县政府办公室主任, gb01, gb02 (党组成员 only), gb05), gb:葛春华 (崇阳县人大常委会
  副主任, gb01, gb05), gb:吴少甫 (崇阳县发改局局长, gb01, gb03), gb:邵长青 (宁陵县委书记, gb08, gb09), gb:朱立峰, gb:乔振华
  (宁陵, gb07, gb09, gb10), the editors gb:方语桐 (gb01, gb05) and gb:殷卓凡 (gb07, gb09, gb10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ah, bs, bq where they speak; decided here where they are silent):
- Bare organs take the site's county (崇阳县人民政府 site → 崇阳县委, 崇阳县政府, 崇阳县政府党组, 崇阳县人大常委会, 崇阳县政协,
  崇阳县发改局 …; 通山县 and 宁陵县 the same). In the 咸宁日报 a bare ``县委`` / ``县`` after ``崇阳县委书记`` is 崇阳's, after
  ``通山县委书记`` / ``通山县召开`` 通山's. On the 商丘网 page ``副市长`` / ``市政府副秘书长`` / ``市农业农村局`` are 商丘市's
  (the portal's city, and the page says 全市 of a meeting held in 宁陵县); ``宁陵县委副书记、县长`` names its county.
- Departments as written after the county: ``县发改局局长`` → 崇阳县发改局 局长, ``县发展改革委主任`` → 宁陵县发展改革委 主任,
  ``县住建局局长`` → X县住建局, ``县应急管理局局长``, ``县林业局局长``, ``县水利和湖泊局局长`` likewise. ``县政府党组成员、县公安局
  党委书记、局长郝景明`` → 崇阳县政府党组 成员 + 崇阳县公安局党委 书记 + 崇阳县公安局 局长 (党组 / 党委 only with 书记 / 成员, as
  z and ah); ``县政府党组成员、县政府办公室主任`` → X县政府党组 成员 + X县政府办公室 主任 (as ah).
- DECIDED HERE: ``咸宁市生态环境局通山县分局局长孔令泽`` → org ``咸宁市生态环境局通山县分局`` (the 分局 is the city bureau's, as
  written), title 局长.
- ``县委常委、县委办公室主任`` → X县委 常委 + X县委办公室 主任 (as ah); ``县委副书记、代县长`` → X县委 副书记 + X县政府 代县长 (as
  ah's 代县长); ``市农业农村局党组书记、局长`` → 商丘市农业农村局党组 书记 + 商丘市农业农村局 局长; towns: ``天城镇党委书记`` →
  崇阳县天城镇党委 书记, ``石城镇镇长`` → 崇阳县石城镇政府 镇长, ``石桥镇党委副书记、镇长`` → 宁陵县石桥镇党委 副书记 + 宁陵县石桥镇
  政府 镇长 (as ah, aa).
- One line per post per article; a list after one title gives every name that title (``副县长饶卫民、廖雪梅、胡建松``,
  ``县委常委庞瑞林、谌立军、廖雪梅``). DECIDED HERE: when a person is named in such a list and again with his own chain in the
  same article (廖雪梅 in gb04 item 1: in the 常委 list and as ``县委常委、常务副县长廖雪梅``), the 常委 line takes the chain as
  its evidence (one line). Being in an 出席 / 列席 list is no post; ``县领导`` is none.
- Events: every 常务会议, 常委会会议, 专题会议, 调度会 and 推进会 is a meeting: ``主持`` (also ``会议由…主持``) is the chair;
  named persons who 出席 / 列席 / 参加 are attendees (列席 attendees as 出席 ones; ``出席会议并讲话`` is attendee and speaker, as
  the sample's 李小虎); speakers are those whose 汇报 / 通报 / 介绍 / 作了安排 / 作了说明 / 提出要求 / 指出 / 强调 / 要求 is reported,
  and those whose report the meeting ``听取了…关于…的汇报``. organizers only when written (``县政府召开`` in a headline or body,
  ``通山县召开``). The 商丘网 page's 观摩 before the 推进会 is a ``site observation`` of its own (CONVENTIONS) with no named
  participant (``与会人员``). DECIDED HERE: ``place`` is the place the page names for the meeting (``宁陵县``, ``县政府二楼会议室``),
  else null.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``作者：记者 … 通讯员 …`` and ``（记者 …）`` give reporter / correspondent lines;
  ``（县政府办　黄奕辰）``, ``作者：向明哲`` (a 部门动态 page) and ``文字：章宇宁`` are author lines; 责任编辑 / 编辑 / 审核 are
  editor lines.
- DECIDED HERE (as ah for 往期推荐): officials named only in chrome (相关链接, 上一篇 / 下一篇, 相关新闻) are not annotated there
  (汪振邦 in gb05's 相关链接); only their mention is counted.
- Projects: named works with 工程 / 项目 / 产业园 / 基地 / 综合体 / 中心 / 示范片区: a 产业园 (or its 二期) ``industrial_park``; 雨污
  分流, 路网, 供水, 燃气管网, 道路配套, 旅游公路, 污水治理 works ``infrastructure_project``; a 生态治理 / 生态保护修复工程
  ``greening_project``; 堤防加固 ``engineering_work``; 老旧小区改造 ``housing_project``; a 冷链物流中心 ``logistics_hub``; a school's
  新建项目, a 示范片区, a 示范基地, a 田园综合体 ``project``. A project and its 二期 both written on one page are two lines.
  Generic phrases (高标准农田建设, 城区排水防涝, 集镇污水管网改造) are none; 方案 are documents.
- Places: one line per name per file, as written (``崇阳`` and ``崇阳县`` are two names); places inside titles, organ references,
  document titles and project names count; site lines, navigation, 来源 lines, footers, addresses, companies (国网崇阳县供电公司)
  and chrome link lists are not annotated. ``中国`` in the brand ``“中国酥梨之乡”`` (gb08) is annotated ``standalone (slogan)``,
  as the sample's 中原.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

CY, TS, NL, SQ = "崇阳县", "通山县", "宁陵县", "商丘市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gb01_chongyang.txt": (2021, "发布时间：2021-04-16 17:32", CY, [
        ("汪振邦主持召开县政府第35次常务会议", "4月15日下午", "2021-04-15", "4月15日下午，县委副书记",
         "county site 政府常务会议 column: 县长 chairs; 出席 list with a 党组成员、公安局党委书记、局长 chain; 人大 / 政协 列席")]),
    "gb02_chongyang.txt": (2022, "发布日期：2022-04-13", CY, [
        ("县政府召开十九届第8次常务会议", "4月12日", "2022-04-12", "4月12日，县政府召开",
         "county site: 常务会议 with 会议由县委副书记、县长…主持; 应急 and 林业 局长 report")]),
    "gb03_chongyang.txt": (2022, "时间：2022-08-25 09:14", CY, [
        ("全县重点项目建设调度会召开", "8月24日下午", "2022-08-24", "8月24日下午，全县重点项目",
         "部门动态 page: 调度会, 会议由常务副县长主持, 副县长…参加; town heads report")]),
    "gb04_xianning.txt": (2023, "2023年3月8日　星期三", "咸宁市", [
        ("崇阳召开县委常委会会议研究部署一季度重点工作", "3月6日", "2023-03-06", "本报讯（记者 阮静怡 通讯员 丁博涛）3月6日",
         "city paper item: 崇阳 县委常委会会议, 汪振邦 now 县委书记, 柯立勋 代县长, 常委 list, 人大 / 政协 列席"),
        ("通山召开重点项目建设推进会", "3月7日", "2023-03-07", "本报讯（通讯员 乐雨萌）3月7日",
         "city paper item: 通山 推进会, 饶卫民 (from 崇阳) now 县委副书记、县长 and chair")]),
    "gb05_chongyang.txt": (2023, "发布时间：2023-06-20 18:05", CY, [
        ("柯立勋主持召开十九届县政府第23次常务会议", "6月19日", "2023-06-19", "6月19日，县委副书记",
         "county site 政府常务会议 column: the series with a new chair (柯立勋 now 县长); 廖雪梅 now 常务副县长")]),
    "gb06_tongshan.txt": (2024, "发布时间：2024-05-17 16:48", TS, [
        ("饶卫民主持召开富水湖流域生态环境保护专题会议", "5月16日", "2024-05-16", "5月16日，县委副书记",
         "county site: the 县长's 专题会议, 副县长…参加; a 市生态环境局 县分局 局长 reports")]),
    "gb07_ningling.txt": (2022, "2022-05-20 10:26", NL, [
        ("孟昭川主持召开全县重点项目建设暨乡村振兴工作调度会", "5月19日下午", "2022-05-19", "5月19日下午，县委副书记",
         "county site: the 县长's 调度会; 常务副县长, 县委办主任, 副县长 参加; town heads report")]),
    "gb08_shangqiu.txt": (2023, "2023-09-15 08:42:31", SQ, [
        ("全市酥梨产业高质量发展现场推进会在宁陵召开", "9月14日", "2023-09-14", "本报讯 9月14日",
         "city portal: 市 现场推进会 in 宁陵 with a 观摩 before it; 孟昭川 now 副市长; 顾承宇 now 宁陵县长")]),
    "gb09_ningling.txt": (2024, "2024-01-09 19:02", NL, [
        ("县委常委会召开（扩大）会议 传达学习中央经济工作会议和省委经济工作会议精神", "1月8日", "2024-01-08", "1月8日，县委书记",
         "county site: 县委常委会（扩大）会议; 常委 list after one title; 人大 / 政协 heads and 副县长 列席")]),
    "gb10_ningling.txt": (2024, "2024-06-28 17:40", NL, [
        ("县政府召开第24次常务会议", "6月27日", "2024-06-27", "6月27日，县委副书记",
         "county site: 常务会议 chaired by 顾承宇; 胡建松#2 now 县委常委、常务副县长")]),
}

_G01_ATT = "县委常委、常务副县长柯立勋，副县长饶卫民、廖雪梅、胡建松"
_G01_HAO = "县政府党组成员、县公安局党委书记、局长郝景明"
_G01_CHENG = "县政府党组成员、县政府办公室主任程启贤出席会议"
_G02_ATT = "县委常委、常务副县长柯立勋，副县长饶卫民、廖雪梅、胡建松"
_G04_STAND = "县委常委庞瑞林、谌立军、廖雪梅出席会议"
_G04_LIAO = "县委常委、常务副县长廖雪梅关于"
_G05_VICE = "副县长邓志恒、胡建松、舒瑾萱、金培元"
_G07_ZHU = "县委常委、县委办公室主任朱立峰"
_G09_STAND = "县委常委朱立峰、蒋春燕、栗宏伟、窦永平出席会议"
_G09_VICE = "副县长胡建松、乔振华、桑志勇列席会议"
_G10_VICE = "副县长乔振华、桑志勇"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 崇阳 / 通山 (咸宁市)
    "gb:汪振邦": ("汪振邦", "official", CY, [
        ("gb01", CY + "委", "副书记", "县委副书记、县长汪振邦主持召开", "2021-04: bare 县委 on the 崇阳 site (identity case: 县委书记 in 2023, gb04)"),
        ("gb01", CY + "政府", "县长", "县委副书记、县长汪振邦主持召开", "chair of the 常务会议 series in 2021"),
        ("gb02", CY + "委", "副书记", "会议由县委副书记、县长汪振邦主持", "2022-04: 会议由…主持"),
        ("gb02", CY + "政府", "县长", "会议由县委副书记、县长汪振邦主持", None),
        ("gb04", CY + "委", "书记", "崇阳县委书记汪振邦主持召开县委常委会会议", "2023-03: now 县委书记")], []),
    "gb:柯立勋": ("柯立勋", "official", CY, [
        ("gb01", CY + "委", "常委", _G01_ATT, "2021-04"),
        ("gb01", CY + "政府", "常务副县长", _G01_ATT, None),
        ("gb02", CY + "委", "常委", _G02_ATT, "2022-04"),
        ("gb02", CY + "政府", "常务副县长", _G02_ATT, None),
        ("gb03", CY + "委", "常委", "会议由县委常委、常务副县长柯立勋主持", "2022-08"),
        ("gb03", CY + "政府", "常务副县长", "会议由县委常委、常务副县长柯立勋主持", None),
        ("gb04", CY + "委", "副书记", "县委副书记、代县长柯立勋", "2023-03: now 代县长"),
        ("gb04", CY + "政府", "代县长", "县委副书记、代县长柯立勋", None),
        ("gb05", CY + "委", "副书记", "县委副书记、县长柯立勋主持召开", "2023-06: now 县长, the new chair of the 常务会议 series"),
        ("gb05", CY + "政府", "县长", "县委副书记、县长柯立勋主持召开", None)], []),
    "gb:饶卫民": ("饶卫民", "official", "咸宁市", [
        ("gb01", CY + "政府", "副县长", _G01_ATT, "2021-04: 崇阳 (identity case: 通山县长 in 2023)"),
        ("gb02", CY + "政府", "副县长", _G02_ATT, "2022-04"),
        ("gb04", TS + "委", "副书记", "县委副书记、县长饶卫民主持会议", "2023-03: bare 县委 after 通山县委书记 = 通山's"),
        ("gb04", TS + "政府", "县长", "县委副书记、县长饶卫民主持会议", None),
        ("gb06", TS + "委", "副书记", "县委副书记、县长饶卫民主持召开", "2024-05, on the 通山 site"),
        ("gb06", TS + "政府", "县长", "县委副书记、县长饶卫民主持召开", None)], []),
    "gb:廖雪梅": ("廖雪梅", "official", CY, [
        ("gb01", CY + "政府", "副县长", _G01_ATT, "2021-04"),
        ("gb02", CY + "政府", "副县长", _G02_ATT, "2022-04"),
        ("gb03", CY + "政府", "副县长", "副县长胡建松、廖雪梅参加", "2022-08"),
        ("gb04", CY + "委", "常委", _G04_LIAO, "2023-03: also in the 常委 list; DECIDED HERE: one line, the chain's evidence"),
        ("gb04", CY + "政府", "常务副县长", _G04_LIAO, "2023-03: now 常务副县长"),
        ("gb05", CY + "委", "常委", "县委常委、常务副县长廖雪梅", "2023-06"),
        ("gb05", CY + "政府", "常务副县长", "县委常委、常务副县长廖雪梅", None)], []),
    "gb:胡建松#1": ("胡建松", "official", CY, [
        ("gb01", CY + "政府", "副县长", _G01_ATT, "崇阳 (湖北); not the 胡建松 of 宁陵 (河南, gb07, gb09, gb10)"),
        ("gb02", CY + "政府", "副县长", _G02_ATT, None),
        ("gb03", CY + "政府", "副县长", "副县长胡建松、廖雪梅参加", None),
        ("gb05", CY + "政府", "副县长", _G05_VICE, "2023-06: still 副县长")], []),
    "gb:郝景明": ("郝景明", "official", CY, [
        ("gb01", CY + "政府党组", "成员", _G01_HAO, "党组成员 is a post of the 党组 (as z, ah)"),
        ("gb01", CY + "公安局党委", "书记", _G01_HAO, None),
        ("gb01", CY + "公安局", "局长", _G01_HAO, "局长 after 县公安局党委书记 = the 公安局's")], []),
    "gb:程启贤": ("程启贤", "official", CY, [
        ("gb01", CY + "政府党组", "成员", _G01_CHENG, None),
        ("gb01", CY + "政府办公室", "主任", _G01_CHENG, None),
        ("gb02", CY + "政府党组", "成员", "县政府党组成员程启贤出席会议", "2022-04: only 党组成员 written"),
        ("gb05", CY + "政府党组", "成员", "县政府党组成员、县政府办公室主任程启贤出席会议", "2023-06"),
        ("gb05", CY + "政府办公室", "主任", "县政府党组成员、县政府办公室主任程启贤出席会议", None)], []),
    "gb:葛春华": ("葛春华", "official", CY, [
        ("gb01", CY + "人大常委会", "副主任", "县人大常委会副主任葛春华", "列席"),
        ("gb05", CY + "人大常委会", "副主任", "县人大常委会副主任葛春华应邀列席会议", "2023-06, 列席")], []),
    "gb:邹家林": ("邹家林", "official", CY, [
        ("gb01", CY + "政协", "副主席", "县政协副主席邹家林应邀列席会议", None)], []),
    "gb:吴少甫": ("吴少甫", "official", CY, [
        ("gb01", CY + "发改局", "局长", "县发改局局长吴少甫关于", "department as written after the county"),
        ("gb03", CY + "发改局", "局长", "县发改局局长吴少甫通报了", "2022-08")], []),
    "gb:聂宏达": ("聂宏达", "official", CY, [
        ("gb01", CY + "住建局", "局长", "县住建局局长聂宏达关于", "县住建局 = 崇阳's here, 宁陵's in gb10")], []),
    "gb:蔡明辉": ("蔡明辉", "official", CY, [
        ("gb02", CY + "应急管理局", "局长", "县应急管理局局长蔡明辉汇报了", None)], []),
    "gb:雷志坚": ("雷志坚", "official", CY, [
        ("gb02", CY + "林业局", "局长", "县林业局局长雷志坚汇报了", None)], []),
    "gb:沈峻岭": ("沈峻岭", "official", CY, [
        ("gb03", CY + "天城镇党委", "书记", "天城镇党委书记沈峻岭汇报了", "town: county label + town + 党委")], []),
    "gb:陶海燕": ("陶海燕", "official", CY, [
        ("gb03", CY + "石城镇政府", "镇长", "石城镇镇长陶海燕汇报了", "镇长: the town's 政府")], []),
    "gb:马景川": ("马景川", "official", CY, [
        ("gb04", CY + "委", "副书记", "县委副书记马景川", None)], []),
    "gb:庞瑞林": ("庞瑞林", "official", CY, [
        ("gb04", CY + "委", "常委", _G04_STAND, "list after one title")], []),
    "gb:谌立军": ("谌立军", "official", CY, [
        ("gb04", CY + "委", "常委", _G04_STAND, "list after one title")], []),
    "gb:熊友谊": ("熊友谊", "official", CY, [
        ("gb04", CY + "人大常委会", "主任", "县人大常委会主任熊友谊", "列席")], []),
    "gb:甘家华": ("甘家华", "official", CY, [
        ("gb04", CY + "政协", "主席", "县政协主席甘家华列席会议", None)], []),
    "gb:段鸿儒": ("段鸿儒", "official", TS, [
        ("gb04", TS + "委", "书记", "通山县委书记段鸿儒出席会议并讲话", None)], []),
    "gb:成剑锋": ("成剑锋", "official", TS, [
        ("gb04", TS + "委", "常委", "县委常委、常务副县长成剑锋通报了", None),
        ("gb04", TS + "政府", "常务副县长", "县委常委、常务副县长成剑锋通报了", None)], []),
    "gb:邓志恒": ("邓志恒", "official", CY, [
        ("gb05", CY + "政府", "副县长", _G05_VICE, None)], []),
    "gb:舒瑾萱": ("舒瑾萱", "official", CY, [
        ("gb05", CY + "政府", "副县长", _G05_VICE, None)], []),
    "gb:金培元": ("金培元", "official", CY, [
        ("gb05", CY + "政府", "副县长", _G05_VICE, None)], []),
    "gb:徐明杰": ("徐明杰", "official", CY, [
        ("gb05", CY + "水利和湖泊局", "局长", "县水利和湖泊局局长徐明杰关于", None)], []),
    "gb:焦文彬": ("焦文彬", "official", TS, [
        ("gb06", TS + "政府", "副县长", "副县长焦文彬、谢书瑶参加会议", None)], []),
    "gb:谢书瑶": ("谢书瑶", "official", TS, [
        ("gb06", TS + "政府", "副县长", "副县长焦文彬、谢书瑶参加会议", None)], []),
    "gb:孔令泽": ("孔令泽", "official", TS, [
        ("gb06", "咸宁市生态环境局通山县分局", "局长", "咸宁市生态环境局通山县分局局长孔令泽", "DECIDED HERE: the city bureau's 分局, as written")], []),
    # ---- 宁陵 (商丘市)
    "gb:孟昭川": ("孟昭川", "official", SQ, [
        ("gb07", NL + "委", "副书记", "县委副书记、县长孟昭川主持召开", "2022-05 (identity case: 商丘 副市长 in 2023, gb08)"),
        ("gb07", NL + "政府", "县长", "县委副书记、县长孟昭川主持召开", None),
        ("gb08", SQ + "政府", "副市长", "副市长孟昭川出席会议并讲话", "2023-09: bare 副市长 on the 商丘网 page = 商丘市's")], []),
    "gb:顾承宇": ("顾承宇", "official", NL, [
        ("gb07", NL + "委", "常委", "县委常委、常务副县长顾承宇", "2022-05"),
        ("gb07", NL + "政府", "常务副县长", "县委常委、常务副县长顾承宇", None),
        ("gb08", NL + "委", "副书记", "宁陵县委副书记、县长顾承宇", "2023-09: now 县长"),
        ("gb08", NL + "政府", "县长", "宁陵县委副书记、县长顾承宇", None),
        ("gb09", NL + "委", "副书记", "县委副书记、县长顾承宇", "2024-01"),
        ("gb09", NL + "政府", "县长", "县委副书记、县长顾承宇", None),
        ("gb10", NL + "委", "副书记", "县委副书记、县长顾承宇主持召开", "2024-06: chair of the 常务会议"),
        ("gb10", NL + "政府", "县长", "县委副书记、县长顾承宇主持召开", None)], []),
    "gb:朱立峰": ("朱立峰", "official", NL, [
        ("gb07", NL + "委", "常委", _G07_ZHU, None),
        ("gb07", NL + "委办公室", "主任", _G07_ZHU, "as ah's 县委办公室 主任"),
        ("gb09", NL + "委", "常委", _G09_STAND, "2024-01: list after one title")], []),
    "gb:胡建松#2": ("胡建松", "official", NL, [
        ("gb07", NL + "政府", "副县长", "副县长胡建松、乔振华参加会议", "宁陵 (河南), 2022-05; not the 胡建松 of 崇阳 (湖北)"),
        ("gb09", NL + "政府", "副县长", _G09_VICE, "2024-01, 列席"),
        ("gb10", NL + "委", "常委", "县委常委、常务副县长胡建松", "2024-06: now 常务副县长"),
        ("gb10", NL + "政府", "常务副县长", "县委常委、常务副县长胡建松", None)], []),
    "gb:乔振华": ("乔振华", "official", NL, [
        ("gb07", NL + "政府", "副县长", "副县长胡建松、乔振华参加会议", None),
        ("gb09", NL + "政府", "副县长", _G09_VICE, None),
        ("gb10", NL + "政府", "副县长", _G10_VICE, None)], []),
    "gb:苏宏亮": ("苏宏亮", "official", NL, [
        ("gb07", NL + "发展改革委", "主任", "县发展改革委主任苏宏亮通报了", None)], []),
    "gb:纪晓东": ("纪晓东", "official", NL, [
        ("gb07", NL + "张弓镇党委", "书记", "张弓镇党委书记纪晓东汇报了", None)], []),
    "gb:闫雅楠": ("闫雅楠", "official", NL, [
        ("gb07", NL + "石桥镇党委", "副书记", "石桥镇党委副书记、镇长闫雅楠", None),
        ("gb07", NL + "石桥镇政府", "镇长", "石桥镇党委副书记、镇长闫雅楠", None)], []),
    "gb:褚建新": ("褚建新", "official", SQ, [
        ("gb08", SQ + "政府", "副秘书长", "市政府副秘书长褚建新主持会议", None)], []),
    "gb:黎铭远": ("黎铭远", "official", SQ, [
        ("gb08", SQ + "农业农村局党组", "书记", "市农业农村局党组书记、局长黎铭远", None),
        ("gb08", SQ + "农业农村局", "局长", "市农业农村局党组书记、局长黎铭远", None)], []),
    "gb:邵长青": ("邵长青", "official", NL, [
        ("gb08", NL + "委", "书记", "宁陵县委书记邵长青介绍了", "2023-09"),
        ("gb09", NL + "委", "书记", "县委书记邵长青主持召开", "2024-01")], []),
    "gb:韦嘉诚": ("韦嘉诚", "official", NL, [
        ("gb09", NL + "委", "副书记", "县委副书记韦嘉诚", None)], []),
    "gb:蒋春燕": ("蒋春燕", "official", NL, [
        ("gb09", NL + "委", "常委", _G09_STAND, None)], []),
    "gb:栗宏伟": ("栗宏伟", "official", NL, [
        ("gb09", NL + "委", "常委", _G09_STAND, None)], []),
    "gb:窦永平": ("窦永平", "official", NL, [
        ("gb09", NL + "委", "常委", _G09_STAND, None)], []),
    "gb:翟国庆": ("翟国庆", "official", NL, [
        ("gb09", NL + "人大常委会", "主任", "县人大常委会主任翟国庆", None)], []),
    "gb:冯玉兰": ("冯玉兰", "official", NL, [
        ("gb09", NL + "政协", "主席", "县政协主席冯玉兰", None)], []),
    "gb:桑志勇": ("桑志勇", "official", NL, [
        ("gb09", NL + "政府", "副县长", _G09_VICE, None),
        ("gb10", NL + "政府", "副县长", _G10_VICE, None)], []),
    "gb:鲁晨曦": ("鲁晨曦", "official", NL, [
        ("gb10", NL + "政府党组", "成员", "县政府党组成员、县政府办公室主任鲁晨曦出席会议", None),
        ("gb10", NL + "政府办公室", "主任", "县政府党组成员、县政府办公室主任鲁晨曦出席会议", None)], []),
    "gb:郭美玲": ("郭美玲", "official", NL, [
        ("gb10", NL + "人大常委会", "副主任", "县人大常委会副主任郭美玲", None)], []),
    "gb:石德平": ("石德平", "official", NL, [
        ("gb10", NL + "政协", "副主席", "县政协副主席石德平列席会议", None)], []),
    "gb:范德胜": ("范德胜", "official", NL, [
        ("gb10", NL + "住建局", "局长", "县住建局局长范德胜关于", "县住建局 = 宁陵's here, 崇阳's in gb01")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gb01", "方语桐", "责任编辑", "editor", "责任编辑：方语桐"),
    ("gb02", "黄奕辰", "供稿", "author", "（县政府办　黄奕辰）"),
    ("gb02", "付雅琴", "审核", "editor", "审核：付雅琴"),
    ("gb03", "向明哲", "作者", "author", "作者：向明哲"),
    ("gb04", "阮静怡", "记者", "reporter", "本报讯（记者 阮静怡 通讯员 丁博涛）"),
    ("gb04", "丁博涛", "通讯员", "correspondent", "本报讯（记者 阮静怡 通讯员 丁博涛）"),
    ("gb04", "乐雨萌", "通讯员", "correspondent", "本报讯（通讯员 乐雨萌）"),
    ("gb04", "严子墨", "责任编辑", "editor", "责任编辑：严子墨"),
    ("gb05", "方语桐", "责任编辑", "editor", "责任编辑：方语桐"),
    ("gb06", "章宇宁", "文字", "author", "文字：章宇宁"),
    ("gb06", "卢心怡", "编辑", "editor", "编辑：卢心怡"),
    ("gb06", "柏海涛", "审核", "editor", "审核：柏海涛"),
    ("gb07", "殷卓凡", "责任编辑", "editor", "责任编辑：殷卓凡"),
    ("gb08", "温雅琳", "记者", "reporter", "作者：记者 温雅琳 通讯员 贺子昂"),
    ("gb08", "贺子昂", "通讯员", "correspondent", "作者：记者 温雅琳 通讯员 贺子昂"),
    ("gb08", "袁沁怡", "编辑", "editor", "编辑：袁沁怡"),
    ("gb09", "尚若曦", "记者", "reporter", "（记者 尚若曦）"),
    ("gb09", "殷卓凡", "责任编辑", "editor", "责任编辑：殷卓凡"),
    ("gb10", "殷卓凡", "责任编辑", "editor", "责任编辑：殷卓凡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gb01", "县政府第35次常务会议", "meeting (县政府常务会议)", "4月15日下午", "汪振邦", None, [],
     ["柯立勋", "饶卫民", "廖雪梅", "胡建松", "郝景明", "程启贤", "葛春华", "邹家林"],
     ["吴少甫", "聂宏达", "饶卫民", "廖雪梅", "汪振邦"], None,
     "县委副书记、县长汪振邦主持召开县政府第35次常务会议",
     ["县长汪振邦主持召开", _G01_ATT, _G01_HAO, _G01_CHENG, "县人大常委会副主任葛春华、县政协副主席邹家林应邀列席会议",
      "听取了县发改局局长吴少甫关于", "听取了县住建局局长聂宏达关于", "饶卫民就青山水库", "廖雪梅就白霓镇", "汪振邦强调"]),
    ("gb02", "县政府十九届第8次常务会议", "meeting (县政府常务会议)", "4月12日", "汪振邦", None, ["崇阳县政府"],
     ["柯立勋", "饶卫民", "廖雪梅", "胡建松", "程启贤"],
     ["蔡明辉", "雷志坚", "柯立勋", "胡建松", "汪振邦"], None,
     "4月12日，县政府召开十九届第8次常务会议",
     ["会议由县委副书记、县长汪振邦主持", _G02_ATT, "县政府党组成员程启贤出席会议", "蔡明辉汇报了", "雷志坚汇报了",
      "柯立勋就城东新区路网二期工程", "胡建松就金塘镇", "汪振邦指出"]),
    ("gb03", "全县重点项目建设调度会", "meeting (调度会)", "8月24日下午", "柯立勋", None, [],
     ["胡建松", "廖雪梅"], ["吴少甫", "沈峻岭", "陶海燕", "胡建松", "廖雪梅", "柯立勋"], "县政府二楼会议室",
     "8月24日下午，全县重点项目建设调度会在县政府二楼会议室召开",
     ["会议由县委常委、常务副县长柯立勋主持", "副县长胡建松、廖雪梅参加", "吴少甫通报了", "沈峻岭汇报了", "陶海燕汇报了",
      "胡建松就金塘镇", "廖雪梅要求", "柯立勋要求"]),
    ("gb04", "崇阳县委常委会会议", "meeting (县委常委会会议)", "3月6日", "汪振邦", None, [],
     ["柯立勋", "马景川", "庞瑞林", "谌立军", "廖雪梅", "熊友谊", "甘家华"], ["廖雪梅", "汪振邦"], None,
     "崇阳县委书记汪振邦主持召开县委常委会会议",
     ["崇阳县委书记汪振邦主持召开县委常委会会议", "县委副书记、代县长柯立勋", "县委副书记马景川", _G04_STAND,
      "县人大常委会主任熊友谊、县政协主席甘家华列席会议", "会议听取了县委常委、常务副县长廖雪梅关于", "汪振邦强调"]),
    ("gb04", "通山县重点项目建设推进会", "meeting (推进会)", "3月7日", "饶卫民", None, ["通山县"],
     ["段鸿儒"], ["段鸿儒", "成剑锋", "饶卫民"], None,
     "3月7日，通山县召开重点项目建设推进会",
     ["通山县委书记段鸿儒出席会议并讲话", "县长饶卫民主持会议", "成剑锋通报了", "段鸿儒指出", "饶卫民要求"]),
    ("gb05", "十九届县政府第23次常务会议", "meeting (县政府常务会议)", "6月19日", "柯立勋", None, [],
     ["廖雪梅", "邓志恒", "胡建松", "舒瑾萱", "金培元", "程启贤", "葛春华"],
     ["徐明杰", "邓志恒", "舒瑾萱", "金培元", "柯立勋"], None,
     "县委副书记、县长柯立勋主持召开十九届县政府第23次常务会议",
     ["县长柯立勋主持召开", "县委常委、常务副县长廖雪梅", _G05_VICE, "县政府党组成员、县政府办公室主任程启贤出席会议",
      "县人大常委会副主任葛春华应邀列席会议", "听取了县水利和湖泊局局长徐明杰关于", "邓志恒就隽水河", "舒瑾萱就崇阳县第二实验小学",
      "金培元通报了", "柯立勋强调"]),
    ("gb06", "富水湖流域生态环境保护专题会议", "meeting (专题会议)", "5月16日", "饶卫民", None, [],
     ["焦文彬", "谢书瑶"], ["孔令泽", "焦文彬", "饶卫民", "谢书瑶"], None,
     "县委副书记、县长饶卫民主持召开富水湖流域生态环境保护专题会议",
     ["县长饶卫民主持召开", "副县长焦文彬、谢书瑶参加会议", "孔令泽汇报了", "焦文彬就厦铺镇", "饶卫民指出", "谢书瑶要求"]),
    ("gb07", "全县重点项目建设暨乡村振兴工作调度会", "meeting (调度会)", "5月19日下午", "孟昭川", None, [],
     ["顾承宇", "朱立峰", "胡建松", "乔振华"], ["苏宏亮", "纪晓东", "闫雅楠", "胡建松", "乔振华", "孟昭川"], None,
     "县委副书记、县长孟昭川主持召开全县重点项目建设暨乡村振兴工作调度会",
     ["县长孟昭川主持召开", "县委常委、常务副县长顾承宇", _G07_ZHU, "副县长胡建松、乔振华参加会议", "苏宏亮通报了",
      "纪晓东汇报了", "闫雅楠汇报了", "胡建松就高标准农田建设", "乔振华就县城供水管网改造", "孟昭川强调"]),
    ("gb08", "宁陵县酥梨产业现场观摩", "site observation (观摩)", "9月14日", None, None, [],
     [], [], "宁陵县",
     "与会人员先后观摩了石桥镇万亩酥梨标准化示范基地、宁陵县酥梨精深加工产业园和张弓镇梨文化田园综合体", []),
    ("gb08", "全市酥梨产业高质量发展现场推进会", "meeting (推进会)", "9月14日", "褚建新", None, [],
     ["孟昭川", "顾承宇"], ["黎铭远", "邵长青", "孟昭川"], "宁陵县",
     "9月14日，全市酥梨产业高质量发展现场推进会在宁陵县召开",
     ["副市长孟昭川出席会议并讲话", "市政府副秘书长褚建新主持会议", "黎铭远通报了", "宁陵县委书记邵长青介绍了",
      "宁陵县委副书记、县长顾承宇", "孟昭川指出"]),
    ("gb09", "县委常委会（扩大）会议", "meeting (县委常委会会议)", "1月8日", "邵长青", None, [],
     ["顾承宇", "韦嘉诚", "朱立峰", "蒋春燕", "栗宏伟", "窦永平", "翟国庆", "冯玉兰", "胡建松", "乔振华", "桑志勇"],
     ["顾承宇", "韦嘉诚", "邵长青"], None,
     "县委书记邵长青主持召开县委常委会（扩大）会议",
     ["县委书记邵长青主持召开", "县委副书记、县长顾承宇", "县委副书记韦嘉诚", _G09_STAND, "县人大常委会主任翟国庆",
      "县政协主席冯玉兰", _G09_VICE, "顾承宇就做好2024年政府工作报告", "韦嘉诚就“三农”", "邵长青强调"]),
    ("gb10", "县政府第24次常务会议", "meeting (县政府常务会议)", "6月27日", "顾承宇", None, ["宁陵县政府"],
     ["胡建松", "乔振华", "桑志勇", "鲁晨曦", "郭美玲", "石德平"], ["范德胜", "胡建松", "乔振华", "顾承宇"], None,
     "县委副书记、县长顾承宇主持召开县政府第24次常务会议",
     ["县长顾承宇主持召开", "县委常委、常务副县长胡建松", _G10_VICE, "县政府党组成员、县政府办公室主任鲁晨曦出席会议",
      "县人大常委会副主任郭美玲、县政协副主席石德平列席会议", "听取了县住建局局长范德胜关于", "胡建松就城区排水防涝",
      "乔振华通报了", "顾承宇强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gb01", "崇阳县城区雨污分流改造工程", "infrastructure_project", "关于崇阳县城区雨污分流改造工程和"),
    ("gb01", "隽水河城区段生态治理工程", "greening_project", "隽水河城区段生态治理工程推进情况"),
    ("gb01", "白霓镇农村饮水安全巩固提升工程", "infrastructure_project", "廖雪梅就白霓镇农村饮水安全巩固提升工程作了说明"),
    ("gb01", "崇阳县新材料产业园二期", "industrial_park", "紧盯崇阳县新材料产业园二期等重点项目"),
    ("gb02", "城东新区路网二期工程", "infrastructure_project", "柯立勋就城东新区路网二期工程征迁和资金筹措作了安排"),
    ("gb02", "金塘镇茶旅融合示范片区", "project", "胡建松就金塘镇茶旅融合示范片区建设作了说明"),
    ("gb02", "崇阳县新材料产业园二期", "industrial_park", "城东新区路网二期工程、崇阳县新材料产业园二期为牵引"),
    ("gb03", "崇阳县城区雨污分流改造工程", "infrastructure_project", "崇阳县城区雨污分流改造工程主干管已全线贯通"),
    ("gb03", "崇阳县新材料产业园二期", "industrial_park", "崇阳县新材料产业园二期3栋标准化厂房主体封顶"),
    ("gb03", "城东新区路网二期工程", "infrastructure_project", "汇报了城东新区路网二期工程征迁进展"),
    ("gb03", "石城镇农产品冷链物流中心", "logistics_hub", "汇报了石城镇农产品冷链物流中心建设情况"),
    ("gb03", "金塘镇茶旅融合示范片区", "project", "胡建松就金塘镇茶旅融合示范片区建设提出要求"),
    ("gb04", "崇阳县新材料产业园二期", "industrial_park", "加快崇阳县新材料产业园二期招商"),
    ("gb04", "城东新区路网二期工程", "infrastructure_project", "招商和城东新区路网二期工程建设"),
    ("gb04", "富水湖生态保护修复工程", "greening_project", "富水湖生态保护修复工程、九宫山旅游公路改扩建工程等项目已复工"),
    ("gb04", "九宫山旅游公路改扩建工程", "infrastructure_project", "富水湖生态保护修复工程、九宫山旅游公路改扩建工程等项目已复工"),
    ("gb05", "隽水河干流崇阳段堤防加固工程", "engineering_work", "邓志恒就隽水河干流崇阳段堤防加固工程度汛措施作了安排"),
    ("gb05", "崇阳县第二实验小学新建项目", "project", "舒瑾萱就崇阳县第二实验小学新建项目秋季开学前交付使用作了说明"),
    ("gb05", "天城镇老旧燃气管网更新改造工程", "infrastructure_project", "金培元通报了天城镇老旧燃气管网更新改造工程进展"),
    ("gb06", "富水湖生态保护修复工程", "greening_project", "分别汇报了富水湖生态保护修复工程、湖区网箱养殖"),
    ("gb06", "富水湖生态保护修复工程二期", "greening_project", "要加快富水湖生态保护修复工程二期建设"),
    ("gb06", "厦铺镇农村生活污水治理提升工程", "infrastructure_project", "焦文彬就厦铺镇农村生活污水治理提升工程"),
    ("gb07", "宁陵县酥梨精深加工产业园", "industrial_park", "宁陵县酥梨精深加工产业园、宁陵县城乡供水一体化工程等17个项目"),
    ("gb07", "宁陵县城乡供水一体化工程", "infrastructure_project", "宁陵县酥梨精深加工产业园、宁陵县城乡供水一体化工程等17个项目"),
    ("gb07", "张弓镇白酒产业园道路配套工程", "infrastructure_project", "张弓镇白酒产业园道路配套工程进度滞后"),
    ("gb07", "石桥镇万亩酥梨标准化示范基地", "project", "汇报了石桥镇万亩酥梨标准化示范基地建设"),
    ("gb08", "石桥镇万亩酥梨标准化示范基地", "project", "观摩了石桥镇万亩酥梨标准化示范基地"),
    ("gb08", "宁陵县酥梨精深加工产业园", "industrial_park", "宁陵县酥梨精深加工产业园和张弓镇梨文化田园综合体"),
    ("gb08", "张弓镇梨文化田园综合体", "project", "宁陵县酥梨精深加工产业园和张弓镇梨文化田园综合体"),
    ("gb08", "宁陵县酥梨精深加工产业园二期", "industrial_park", "要抓好宁陵县酥梨精深加工产业园二期建设"),
    ("gb09", "宁陵县城乡供水一体化工程", "infrastructure_project", "加快宁陵县城乡供水一体化工程、宁陵县酥梨精深加工产业园二期"),
    ("gb09", "宁陵县酥梨精深加工产业园二期", "industrial_park", "加快宁陵县城乡供水一体化工程、宁陵县酥梨精深加工产业园二期"),
    ("gb09", "张弓镇白酒产业园道路配套工程", "infrastructure_project", "张弓镇白酒产业园道路配套工程等项目建设"),
    ("gb10", "宁陵县老旧小区改造三期工程", "housing_project", "关于宁陵县老旧小区改造三期工程和"),
    ("gb10", "张弓镇白酒产业园道路配套工程", "infrastructure_project", "张弓镇白酒产业园道路配套工程收尾"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gb01", "崇阳县", "county", "in_project_name", "关于崇阳县城区雨污分流改造工程和"),
    ("gb01", "隽水河", "river", "in_project_name", "隽水河城区段生态治理工程推进情况"),
    ("gb01", "天城镇", "town", "standalone", "会同天城镇抓紧完成管网勘测"),
    ("gb01", "青山水库", "reservoir", "standalone", "饶卫民就青山水库等水库汛前检查"),
    ("gb01", "白霓镇", "town", "in_project_name", "廖雪梅就白霓镇农村饮水安全巩固提升工程作了说明"),
    ("gb02", "桂花泉镇", "town", "standalone", "桂花泉镇、金塘镇林区卡口值守情况"),
    ("gb02", "金塘镇", "town", "standalone", "桂花泉镇、金塘镇林区卡口值守情况"),
    ("gb02", "崇阳县", "county", "in_document_title", "《崇阳县城东新区路网二期工程建设方案》"),
    ("gb02", "城东新区", "area", "in_project_name", "柯立勋就城东新区路网二期工程征迁和资金筹措作了安排"),
    ("gb03", "崇阳县", "county", "in_project_name", "崇阳县城区雨污分流改造工程主干管已全线贯通"),
    ("gb03", "天城镇", "town", "in_title", "天城镇党委书记沈峻岭汇报了"),
    ("gb03", "城东新区", "area", "in_project_name", "汇报了城东新区路网二期工程征迁进展"),
    ("gb03", "石城镇", "town", "in_title", "石城镇镇长陶海燕汇报了"),
    ("gb03", "金塘镇", "town", "in_project_name", "胡建松就金塘镇茶旅融合示范片区建设提出要求"),
    ("gb04", "崇阳", "county", "standalone", "崇阳召开县委常委会会议研究部署一季度重点工作"),
    ("gb04", "崇阳县", "county", "in_title", "崇阳县委书记汪振邦主持召开县委常委会会议"),
    ("gb04", "城东新区", "area", "in_project_name", "招商和城东新区路网二期工程建设"),
    ("gb04", "通山", "county", "standalone", "通山召开重点项目建设推进会"),
    ("gb04", "通山县", "county", "standalone", "3月7日，通山县召开重点项目建设推进会"),
    ("gb04", "富水湖", "lake", "in_project_name", "富水湖生态保护修复工程、九宫山旅游公路改扩建工程等项目已复工"),
    ("gb04", "九宫山", "mountain", "in_project_name", "富水湖生态保护修复工程、九宫山旅游公路改扩建工程等项目已复工"),
    ("gb05", "隽水河", "river", "in_project_name", "邓志恒就隽水河干流崇阳段堤防加固工程度汛措施作了安排"),
    ("gb05", "崇阳", "county", "in_project_name", "邓志恒就隽水河干流崇阳段堤防加固工程度汛措施作了安排"),
    ("gb05", "青山水库", "reservoir", "standalone", "要求青山水库等大中型水库严格执行汛限水位"),
    ("gb05", "崇阳县", "county", "in_project_name", "舒瑾萱就崇阳县第二实验小学新建项目秋季开学前交付使用作了说明"),
    ("gb05", "天城镇", "town", "in_project_name", "金培元通报了天城镇老旧燃气管网更新改造工程进展"),
    ("gb06", "富水湖", "lake", "standalone", "研究中央生态环境保护督察反馈问题整改和富水湖水质提升工作"),
    ("gb06", "咸宁市", "prefecture_city", "in_org_reference", "咸宁市生态环境局通山县分局局长孔令泽"),
    ("gb06", "通山县", "county", "in_org_reference", "咸宁市生态环境局通山县分局局长孔令泽"),
    ("gb06", "南林桥镇", "town", "standalone", "南林桥镇、黄沙铺镇、大畈镇负责同志"),
    ("gb06", "黄沙铺镇", "town", "standalone", "南林桥镇、黄沙铺镇、大畈镇负责同志"),
    ("gb06", "大畈镇", "town", "standalone", "南林桥镇、黄沙铺镇、大畈镇负责同志"),
    ("gb06", "厦铺镇", "town", "in_project_name", "焦文彬就厦铺镇农村生活污水治理提升工程"),
    ("gb06", "九宫山镇", "town", "standalone", "九宫山镇集镇污水管网改造"),
    ("gb06", "通山", "county", "standalone", "是通山最大的生态本底"),
    ("gb07", "宁陵县", "county", "in_project_name", "宁陵县酥梨精深加工产业园、宁陵县城乡供水一体化工程等17个项目"),
    ("gb07", "张弓镇", "town", "standalone", "张弓镇党委书记纪晓东汇报了"),
    ("gb07", "石桥镇", "town", "in_title", "石桥镇党委副书记、镇长闫雅楠"),
    ("gb08", "宁陵", "county", "standalone", "全市酥梨产业高质量发展现场推进会在宁陵召开"),
    ("gb08", "宁陵县", "county", "standalone", "现场推进会在宁陵县召开"),
    ("gb08", "石桥镇", "town", "in_project_name", "观摩了石桥镇万亩酥梨标准化示范基地"),
    ("gb08", "张弓镇", "town", "in_project_name", "宁陵县酥梨精深加工产业园和张弓镇梨文化田园综合体"),
    ("gb08", "中国", "country", "standalone (slogan)", "打造“中国酥梨之乡”品牌"),
    ("gb08", "睢县", "county", "standalone", "睢县、民权县、虞城县、夏邑县分管负责同志参加会议"),
    ("gb08", "民权县", "county", "standalone", "睢县、民权县、虞城县、夏邑县分管负责同志参加会议"),
    ("gb08", "虞城县", "county", "standalone", "睢县、民权县、虞城县、夏邑县分管负责同志参加会议"),
    ("gb08", "夏邑县", "county", "standalone", "睢县、民权县、虞城县、夏邑县分管负责同志参加会议"),
    ("gb09", "宁陵县", "county", "in_project_name", "加快宁陵县城乡供水一体化工程、宁陵县酥梨精深加工产业园二期"),
    ("gb09", "张弓镇", "town", "in_project_name", "张弓镇白酒产业园道路配套工程等项目建设"),
    ("gb10", "宁陵县", "county", "in_project_name", "关于宁陵县老旧小区改造三期工程和"),
    ("gb10", "张弓镇", "town", "in_project_name", "张弓镇白酒产业园道路配套工程收尾"),
    ("gb10", "清水河", "river", "standalone", "要求清水河沿线乡镇落实巡堤查险责任"),
    ("gb10", "城关回族镇", "town", "standalone", "城关回族镇、柳河镇做好低洼地带群众转移预案"),
    ("gb10", "柳河镇", "town", "standalone", "城关回族镇、柳河镇做好低洼地带群众转移预案"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gb", conventions="set gb (blind set: county meetings with attendee lists in 湖北 咸宁 (崇阳县, 通山县; the 咸宁日报) and 河南 商丘 (宁陵县; 商丘网): 县政府常务会议 (a series in 崇阳 whose chair changes from 县长 汪振邦 to 县长 柯立勋), 县委常委会会议, 专题会议, 调度会, 推进会; chair = 主持 (also 会议由…主持), 出席 / 列席 / 参加 named persons are attendees; bare 县 organs take the site's or the item's county; 县政府党组成员 = X县政府党组 成员; departments as written after the county; a list after one title gives every name that title; one line per post per article)",
          persons_note="Set gb persons. id = corpus-wide person_id (gb:胡建松#1 of 崇阳县 (湖北, 副县长 2021–2023) and gb:胡建松#2 of 宁陵县 (河南, 副县长 2022, 2024 → 县委常委、常务副县长 2024-06) are two people; gb:汪振邦 崇阳 县长 2021–2022 → 县委书记 2023; gb:柯立勋 崇阳 常务副县长 2021–2022 → 代县长 2023-03 → 县长 2023-06; gb:饶卫民 崇阳 副县长 2021–2022 → 通山县长 2023–2024; gb:廖雪梅 崇阳 副县长 → 常务副县长 2023; gb:孟昭川 宁陵县长 2022 → 商丘 副市长 2023; gb:顾承宇 宁陵 常务副县长 2022 → 县长 2023–2024)")


if __name__ == "__main__":
    main()
