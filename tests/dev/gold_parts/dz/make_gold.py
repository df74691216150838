"""Write gold part ``dz`` (a blind set, held-out-like mix, third round: ten pages from ten provinces, one county,
county-level city or county-scale place each, in five site shapes) from the tables below.

Pages ``tests/dev/texts/dz*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: the 平利县 site (pingli.gov.cn: ``县委副书记、县长…深入…项目施工
现场``, ``县政府办主任…一同督导``); the 沈丘县 site (``县委常委、宣传部长…，县委宣传部副部长、县融媒体中心主任…陪同调研``,
``▌文章为沈丘融媒体中心原创，转载…``); the 寿宁 news site (snxww.gov.cn, ``市委宣传部常务副部长…深入我县融媒体中心``); a 镇赉
县 page on the 吉林 portal (``时间:2020-11-17 来源:镇赉县融媒体中心``); a blog repost of a 余庆 county item (``原标题:县委书记…
到县融媒体中心调研``); the 大众日报 digital edition (``当前位置:首页 > 大众日报 > 头版``, ``2024-07-02 作者: 来源: 大众日报``,
``对话县委书记``); the 成渝经济网 repost of a 重庆日报 report on 鲁渝协作 (``2023-07-19 07:01:14 作者:… 来源:重庆日报``,
``东营酉阳稻田养蟹产业园``, ``村党支部书记``); a 济南 item on its 党政代表团 in 武隆 (``市委副书记、市长…率领济南市党政代表团赴
重庆市武隆区``, ``区委副书记、区长…参加活动``, a 挂职干部 座谈会); the investchn portal's repost of 嵊州新闻网 (``发布时间:
2021-10-18 来源:嵊州新闻网 发布开发区:…``, ``青田县委书记…率领的青田县党政代表团来嵊考察``, ``青田县领导…参加``); the 西湖区
site on its 东西部协作联席会议 with 青川县 (``区委副书记、区长…，青川县委副书记、县长…讲话。区领导…，青川县领导…参加``); the
绵阳新闻网 item of 浙江省驻川工作组 (``（记者 …）``); the 浙江新闻客户端 pieces on 浙川 协作 and 山海协作 delegations; the 平舆融
媒 and 英山 pages (``平輿融媒 …``, ``（通訊員:…）``); the 合阳 政协 page on a portal (``編輯: …``, a 转载 disclaimer); a 蔚县 item
(``政府县长…到西合营镇调研``); a 美篇 item of a 县委书记's town visit (``县委常委、县委办主任…，…镇长…陪同此次调研``). Places are
real; the ten county-level places are new to the corpus except 南江 (named on two earlier pages; 东营市, 汨罗江 and a few
towns also occur elsewhere): 河北 邢台 威县, 山东 东营 广饶县, 湖南 岳阳 平江县, 湖北 宜昌 远安县, 安徽 宣城
泾县, 江苏 泰州 兴化市, 浙江 金华 武义县, 陕西 汉中 洋县, 四川 巴中 南江县, 重庆 酉阳土家族苗族自治县, their towns and rivers.

Shapes: a county government site with full chrome (dz01 威县: 县委书记's 调研 with 县领导 named without titles, a
county-level 经济开发区 管委会主任 and a town secretary; dz06 兴化市 site: 市委书记's 调研, bare ``市委`` = 兴化市委); a county
融媒体 app page (dz02 广饶融媒: a new 代县长's first research trip; dz08 洋县融媒: a 江苏 city's 党政代表团 考察 and 座谈会 with a
挂职 县委常委、副县长); a city paper's digital edition (dz03 岳阳日报 第03版 with 本版导读 and an 引题: a 副市长's 调研 of 平江县,
bare ``市委`` / ``市政府`` = 岳阳's; dz07 金华日报 第04版: 武义县's 推进会 with a 观摩 before it); a 微信公众号 repost with
``来源：`` / ``原标题：`` / ``编辑：`` lines (dz04 远安发布: 县委常委会（扩大）会议 and the 防汛 检查 after it; dz09 南江发布: a
浙江 county's 党政代表团 考察 and 联席会议); a portal repost (dz05 宣城新闻网 of the 宣城日报: the 市长's 调研 in 泾县, ``泾县县委
书记``; dz10 渝东南新闻网 of the 酉阳 融媒体中心: the 县委书记's 调研 of 鲁渝协作 projects with a 东营 挂职 cadre).

Identity cases:
- dz:鲍承志 moves from a 挂职 post in 重庆 to a county head in 山东: 酉阳 县委常委、副县长（挂职） in Aug 2022 (dz10, with
  ``东营市援助资金``); 广饶县委副书记、代县长 in Feb 2024, his first research trip (dz02).
- dz:季晨阳 (a 兴化 cadre in a 苏陕协作 post): 洋县委常委、副县长（挂职） in Nov 2022 (dz08); 兴化市委常委、副市长 in April 2024
  (dz06).
- dz:卞国平: 兴化市委副书记、市长, leading the delegation to 洋县, in Nov 2022 (dz08); 兴化市委书记 in April 2024 (dz06).
- dz:应哲明: 武义县委副书记、县长, leading the delegation to 南江, in May 2023 (dz09); 武义县委书记 in Sept 2024 (dz07).
- two different 苗立军 in unrelated places: dz:苗立军#1 is 威县梨园屯镇党委书记 (河北, dz01, 2023); dz:苗立军#2 is 平江县委常委、
  常务副县长 (湖南, dz03, 2024).
- one organ name in several places: bare ``市委`` is 兴化市委 on the 兴化 site (dz06, a county-level city), 岳阳市委 in the 岳阳日报
  (dz03, ``市委副秘书长``) and 宣城市委 in the 宣城日报 repost (dz05, ``市委副书记、市长``); bare ``县委`` / ``县委副书记、县长`` is
  威县's, 广饶's, 平江's (after ``平江县委副书记、县长``), 远安's, 泾县's, 武义's (in the 金华日报 article of 武义), 洋县's, 南江's
  and 酉阳's on their pages; ``经济开发区`` is 威县's (dz01) and 广饶's (dz02).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, au, bs, bq where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county site / app / account, 县委 / 县长 /
  副县长 / 县人大常委会 / 县政协 / 县X局 = that county; 市委 / 市长 on the 兴化 site = 兴化市 (county-level city); in a city
  paper, 市委 / 市政府 / 副市长 = the paper's city (岳阳市, 宣城市), and a bare ``县委…`` after a county named in the chain or in
  an article about that county is that county's. A visitor written with his place keeps it (``江苏省兴化市委副书记、市长`` →
  兴化市委 + 兴化市政府; ``兴化市副市长`` → 兴化市政府; ``武义县副县长`` → 武义县政府).
- DECIDED HERE: ``泾县县委书记`` (the county name 泾县 followed by 县委, as 泾县 pages write it) → 泾县委 书记: the label
  泾县 + 委, as every party committee; 县委副书记、县长 after it → 泾县委 / 泾县政府.
- Autonomous county: the full name of the division, as earlier parts (东乡族自治县委, 察布查尔锡伯自治县委): bare 县委 / 副县长 /
  乡党委 / 县农业农村委 on the 酉阳 page → 酉阳土家族苗族自治县委 / …政府 / …花田乡党委 / …农业农村委. The place row keeps
  ``酉阳`` as written.
- DECIDED HERE: a county's provincial-level 经济开发区 (not an 经济技术开发区, so nothing is folded) is labelled with its
  written full name: ``威县经济开发区管委会主任`` → 威县经济开发区管委会 主任; ``县委常委、广饶经济开发区党工委书记`` → 广饶县委
  常委 + 广饶经济开发区党工委 书记.
- 挂职 posts as part au: a holding of the organ where held, title without ``（挂职）`` (``县委常委、副县长（挂职）季晨阳`` on the
  洋县 page → 洋县委 常委 + 洋县政府 副县长). ``代县长`` as written (part ab): 广饶县政府 代县长.
- Not posts: ``县领导韦晓萌、霍建新`` (dz01; named as attendees), 县直 / 市各有关部门 responsible persons, a signing role,
  company roles (none named). A town's 镇党委书记 is the town's (``镇党委书记苗立军`` after ``在梨园屯镇`` → 威县梨园屯镇党委).
- One line per post per article; every page here is one article.
- Events: 调研 / 检查 / a delegation's 考察 are ``inspection`` (leader; 陪同 / 参加 / 随团考察 attendees; 介绍 / 汇报 / 指出 /
  强调 / 要求 / 表示 / 作了安排 speakers); the 座谈会 / 联席会议 after a 考察 is its own meeting (as au), ``陪同考察或出席会议``
  makes the named hosts attendees of both; the signing is part of the meeting; a 县委常委会（扩大）会议 is a meeting (chair
  主持, 出席 attendees; 汇报 in ``听取了…舒运涛关于…的汇报`` makes a speaker); the 检查 ``会后`` is its own inspection (dz04).
  DECIDED HERE: a 观摩 before a 推进会 that a named 书记 leads (``应哲明带领与会人员观摩了``) is a ``site observation`` with him
  as leader and the town secretary who 介绍 at a site as speaker (dz07); the 推进会 is a meeting of its own.
  A date range takes its first day; ``9日上午`` / ``25日上午`` date the 座谈会 / 联席会议.
- Bylines: ``本报讯（全媒体记者 …）`` / ``（记者 …）`` / ``记者：…`` are reporter lines, ``通讯员`` correspondent; ``作者：…``
  on a portal's stamp line and ``文字：`` in a WeChat post are author lines; 编辑 / 责任编辑 / 审核 / 终审 editor lines. The
  pen name ``通讯员 泾宣`` (a 县委宣传部 signature) is not a person (as part bq).
- DECIDED HERE (WeChat reposts): the post's displayed title is the headline; the ``原标题：《…》`` line below the body is a
  credit line like 来源, not a second headline and not annotated (persons and places in it are counted as mentions only);
  the account name (远安发布, 南江发布) and ``收录于合集`` are chrome.
- DECIDED HERE (paper editions): the ``本版导读`` list at the top of a 版 is chrome like 上一篇 / 下一篇 links (not annotated);
  the article starts at its 引题 (dz03: ``喻立群在平江县调研防汛和重点项目建设时强调``), the main title following.
- Projects: works inspected, reported or to be pushed, named as written with their place prefix: 产业园 (phase)
  ``industrial_park``; 冷链物流中心 ``logistics_hub``; 老旧小区改造 ``housing_project``; 防洪治理 and 地质灾害综合治理
  ``engineering_work``; 农村供水 ``infrastructure_project``; 流域生态修复 ``greening_project``; 智能制造 / 新能源 / 带钢 projects,
  旅游集散中心, 游客服务中心提升工程, 温泉小镇提升工程, 民宿集群, 茶旅融合示范园, 就业帮扶车间, 高标准农田改造提升项目 ``project``.
  Agreements (《…框架协议》) are not projects.
- Places: one row per name per file, as written (``广饶``, ``平江``, ``武义``, ``兴化``, ``南江``, ``酉阳`` beside the full names);
  places inside titles, organ references, document titles and project names count; site lines, mastheads, 来源 / 原标题
  lines, navigation, related-article lists and footers are not annotated; places inside company names are not.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YY = "酉阳土家族苗族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dz01_weixian.txt": (2023, "发布时间：2023-03-15 17:26", "威县", [
        ("郜振宁调研重点项目建设和开发区工作", "3月14日", "2023-03-14", "3月14日，县委书记郜振宁",
         "county site (full chrome): the 县委书记's 调研 of projects and the 经济开发区; 县领导 without titles; town secretary 苗立军#1")]),
    "dz02_guangrao.txt": (2024, "2024-02-27 18:36", "广饶县", [
        ("鲍承志到任后首次调研：聚焦项目建设 推动开局起势", "2月26日", "2024-02-26", "2月26日，县委副书记",
         "county 融媒体 app page: the new 代县长's first research trip (the former 酉阳 挂职 副县长)")]),
    "dz03_pingjiang.txt": (2024, "2024年05月17日　星期五", "平江县", [
        ("喻立群在平江县调研防汛和重点项目建设时强调", "5月16日", "2024-05-16", "本报讯（全媒体记者 甘婷",
         "city paper 第03版 (本版导读, 引题): a 副市长's 防汛 and project 调研; 市委副秘书长; 常务副县长 苗立军#2")]),
    "dz04_yuanan.txt": (2023, "2023年07月13日 20:15", "远安县", [
        ("县委常委会召开扩大会议 研究部署防汛救灾和项目建设工作", "7月12日", "2023-07-12", "7月12日，县委书记邝建勋",
         "WeChat repost (来源 / 原标题 / 编辑 lines): 县委常委会（扩大）会议 and the 防汛 检查 after it")]),
    "dz05_jingxian.txt": (2023, "2023-06-09 08:47:12", "泾县", [
        ("桂承远在泾县调研时强调 做优做强特色产业 加快文旅融合发展", "6月8日", "2023-06-08", "本报讯 6月8日",
         "portal repost of the 宣城日报: the 市长's 调研 in 泾县 (``泾县县委书记``)")]),
    "dz06_xinghua.txt": (2024, "发布日期：2024-04-19", "兴化市", [
        ("卞国平调研重点产业项目和文旅项目建设", "4月18日", "2024-04-18", "4月18日，市委书记卞国平",
         "county-level city site: the 市委书记's 调研 (卞国平, former 市长) with the 市长 and a 副市长 (季晨阳, former 洋县 挂职)")]),
    "dz07_wuyi.txt": (2024, "2024年9月20日　星期五", "武义县", [
        ("武义召开重大项目攻坚推进会", "9月19日", "2024-09-19", "本报讯（记者 黄逸凡",
         "city paper 第04版: a county's 推进会 with a 观摩 before it; 应哲明 now 县委书记")]),
    "dz08_yangxian.txt": (2022, "发布时间：2022-11-10 09:18", "洋县", [
        ("兴化市党政代表团来洋考察苏陕协作工作", "11月8日至9日", "2022-11-08", "11月8日至9日，江苏省兴化市委",
         "county 融媒体 app page: a 江苏 delegation's 考察 and 座谈会; a 挂职 县委常委、副县长")]),
    "dz09_nanjiang.txt": (2023, "2023年05月25日 21:06", "南江县", [
        ("浙川协作再深化｜武义县党政代表团来南江考察交流", "5月24日至25日", "2023-05-24", "5月24日至25日，浙江省武义县委",
         "WeChat repost (来源 / 原标题 / 记者 / 编辑 lines): a 浙江 county's 考察 and 联席会议")]),
    "dz10_youyang.txt": (2022, "2022-08-18 10:26:41", YY, [
        ("冉光耀调研鲁渝协作项目建设：做深做实协作文章 助力乡村全面振兴", "8月17日", "2022-08-17", "8月17日，县委书记冉光耀",
         "portal repost of the county 融媒体中心: the 县委书记's 调研 of 鲁渝协作 projects with a 东营 挂职 副县长")]),
}

_DZ03_LING = "平江县委副书记、县长凌湘平"
_DZ03_MIAO = "县委常委、常务副县长苗立军"
_DZ08_BIAN = "江苏省兴化市委副书记、市长卞国平"
_DZ09_YING = "浙江省武义县委副书记、县长应哲明"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河北 威县
    "dz:郜振宁": ("郜振宁", "official", "威县", [
        ("dz01", "威县委", "书记", "3月14日，县委书记郜振宁深入威县经济开发区", "named in the headline too")], []),
    "dz:荆海波": ("荆海波", "official", "威县", [
        ("dz01", "威县委", "副书记", "县委副书记、县长荆海波", None),
        ("dz01", "威县政府", "县长", "县委副书记、县长荆海波", None)], []),
    "dz:裴书朋": ("裴书朋", "official", "威县", [
        ("dz01", "威县委", "常委", "县委常委、常务副县长裴书朋", None),
        ("dz01", "威县政府", "常务副县长", "县委常委、常务副县长裴书朋", None)], []),
    "dz:韦晓萌": ("韦晓萌", "official", "威县", [], ["dz01"]),
    "dz:霍建新": ("霍建新", "official", "威县", [], ["dz01"]),
    "dz:吕建涛": ("吕建涛", "official", "威县", [
        ("dz01", "威县经济开发区管委会", "主任", "威县经济开发区管委会主任吕建涛", "DECIDED HERE: a county's 经济开发区 keeps its written name")], []),
    "dz:苗立军#1": ("苗立军", "official", "威县", [
        ("dz01", "威县梨园屯镇党委", "书记", "在梨园屯镇，镇党委书记苗立军", "河北 威县, 2023; not the 苗立军 of 平江县 (dz03)")], []),
    # ---- 山东 广饶县 / 重庆 酉阳
    "dz:鲍承志": ("鲍承志", "official", "广饶县", [
        ("dz10", f"{YY}委", "常委", "县委常委、副县长（挂职）鲍承志", "2022-08: a 东营 cadre 挂职 in 酉阳 (as au: title without （挂职）)"),
        ("dz10", f"{YY}政府", "副县长", "县委常委、副县长（挂职）鲍承志", None),
        ("dz02", "广饶县委", "副书记", "县委副书记、代县长鲍承志到任后首次开展调研", "2024-02: now 广饶's 代县长 (identity case: 挂职 in 酉阳 in 2022, dz10)"),
        ("dz02", "广饶县政府", "代县长", "县委副书记、代县长鲍承志到任后首次开展调研", "代县长 as written (part ab)")], []),
    "dz:燕明辉": ("燕明辉", "official", "广饶县", [
        ("dz02", "广饶县政府", "副县长", "副县长燕明辉陪同调研", None)], []),
    "dz:辛卫东": ("辛卫东", "official", "广饶县", [
        ("dz02", "广饶县委", "常委", "县委常委、广饶经济开发区党工委书记辛卫东", None),
        ("dz02", "广饶经济开发区党工委", "书记", "县委常委、广饶经济开发区党工委书记辛卫东", "DECIDED HERE: the county's 经济开发区 as written")], []),
    "dz:巩建华": ("巩建华", "official", "广饶县", [
        ("dz02", "广饶县大王镇党委", "书记", "镇党委书记巩建华", "after ``在大王镇``")], []),
    "dz:薄晓萍": ("薄晓萍", "official", "广饶县", [
        ("dz02", "广饶县发展和改革局", "局长", "县发展和改革局局长薄晓萍", None)], []),
    # ---- 湖南 平江县 (岳阳日报)
    "dz:喻立群": ("喻立群", "official", "岳阳市", [
        ("dz03", "岳阳市政府", "副市长", "5月16日，副市长喻立群到平江县调研", "bare 副市长 in the 岳阳日报 = 岳阳市")], []),
    "dz:江淑敏": ("江淑敏", "official", "岳阳市", [
        ("dz03", "岳阳市委", "副秘书长", "市委副秘书长江淑敏", "bare 市委 in the 岳阳日报 = 岳阳市委 (organ case: 兴化市委 in dz06, 宣城市委 in dz05)")], []),
    "dz:程思琪": ("程思琪", "official", "岳阳市", [
        ("dz03", "岳阳市政府", "副秘书长", "市政府副秘书长程思琪", None)], []),
    "dz:凌湘平": ("凌湘平", "official", "平江县", [
        ("dz03", "平江县委", "副书记", _DZ03_LING, None),
        ("dz03", "平江县政府", "县长", _DZ03_LING, None)], []),
    "dz:苗立军#2": ("苗立军", "official", "平江县", [
        ("dz03", "平江县委", "常委", _DZ03_MIAO, "湖南 平江县, 2024; bare 县委 after 平江县委副书记、县长; not the 苗立军 of 威县 (dz01)"),
        ("dz03", "平江县政府", "常务副县长", _DZ03_MIAO, None)], []),
    "dz:邹卫红": ("邹卫红", "official", "平江县", [
        ("dz03", "平江县伍市镇党委", "书记", "在伍市镇，镇党委书记邹卫红", None)], []),
    # ---- 湖北 远安县
    "dz:邝建勋": ("邝建勋", "official", "远安县", [
        ("dz04", "远安县委", "书记", "7月12日，县委书记邝建勋主持召开", "bare 县委 in the 远安发布 post")], []),
    "dz:覃丽娜": ("覃丽娜", "official", "远安县", [
        ("dz04", "远安县委", "副书记", "县委副书记、县长覃丽娜", None),
        ("dz04", "远安县政府", "县长", "县委副书记、县长覃丽娜", None)], []),
    "dz:聂国安": ("聂国安", "official", "远安县", [
        ("dz04", "远安县人大常委会", "主任", "县人大常委会主任聂国安", None)], []),
    "dz:向春梅": ("向春梅", "official", "远安县", [
        ("dz04", "远安县政协", "主席", "县政协主席向春梅", None)], []),
    "dz:舒运涛": ("舒运涛", "official", "远安县", [
        ("dz04", "远安县委", "常委", "县委常委、常务副县长舒运涛", None),
        ("dz04", "远安县政府", "常务副县长", "县委常委、常务副县长舒运涛", None)], []),
    "dz:谭远康": ("谭远康", "official", "远安县", [
        ("dz04", "远安县洋坪镇党委", "书记", "洋坪镇党委书记谭远康", None)], []),
    # ---- 安徽 泾县 (宣城日报 repost)
    "dz:桂承远": ("桂承远", "official", "宣城市", [
        ("dz05", "宣城市委", "副书记", "市委副书记、市长桂承远", "bare 市委 in the 宣城日报 = 宣城市委; named in the headline too"),
        ("dz05", "宣城市政府", "市长", "市委副书记、市长桂承远", None)], []),
    "dz:戴立群": ("戴立群", "official", "宣城市", [
        ("dz05", "宣城市政府", "秘书长", "市政府秘书长戴立群", None)], []),
    "dz:查文涛": ("查文涛", "official", "泾县", [
        ("dz05", "泾县委", "书记", "泾县县委书记查文涛", "DECIDED HERE: ``泾县县委`` → 泾县委")], []),
    "dz:翟雪芬": ("翟雪芬", "official", "泾县", [
        ("dz05", "泾县委", "副书记", "县委副书记、县长翟雪芬", "after ``泾县县委书记``"),
        ("dz05", "泾县政府", "县长", "县委副书记、县长翟雪芬", None)], []),
    "dz:汪世勇": ("汪世勇", "official", "泾县", [
        ("dz05", "泾县丁家桥镇党委", "书记", "在丁家桥镇，镇党委书记汪世勇", None)], []),
    # ---- 江苏 兴化市 / 陕西 洋县
    "dz:卞国平": ("卞国平", "official", "兴化市", [
        ("dz08", "兴化市委", "副书记", _DZ08_BIAN, "2022-11: leads the 兴化 delegation (identity case: 市委书记 in 2024, dz06)"),
        ("dz08", "兴化市政府", "市长", _DZ08_BIAN, None),
        ("dz06", "兴化市委", "书记", "4月18日，市委书记卞国平", "2024-04: bare 市委 on the 兴化 site = 兴化市委; named in the headline too")], []),
    "dz:钱明珏": ("钱明珏", "official", "兴化市", [
        ("dz06", "兴化市委", "副书记", "市委副书记、市长钱明珏", "卞国平's successor as 市长"),
        ("dz06", "兴化市政府", "市长", "市委副书记、市长钱明珏", None)], []),
    "dz:季晨阳": ("季晨阳", "official", "兴化市", [
        ("dz08", "洋县委", "常委", "县委常委、副县长（挂职）季晨阳", "2022-11: a 兴化 cadre 挂职 in 洋县 (as au)"),
        ("dz08", "洋县政府", "副县长", "县委常委、副县长（挂职）季晨阳", None),
        ("dz06", "兴化市委", "常委", "市委常委、副市长季晨阳", "2024-04: back in 兴化 (identity case)"),
        ("dz06", "兴化市政府", "副市长", "市委常委、副市长季晨阳", None)], []),
    "dz:茆志刚": ("茆志刚", "official", "兴化市", [
        ("dz06", "兴化市戴南镇党委", "书记", "镇党委书记茆志刚", "after ``在戴南镇``")], []),
    "dz:顾明华": ("顾明华", "official", "兴化市", [
        ("dz08", "兴化市政府", "副市长", "兴化市副市长顾明华随团考察", None)], []),
    "dz:党振华": ("党振华", "official", "洋县", [
        ("dz08", "洋县委", "书记", "县委书记党振华", None)], []),
    "dz:贾振邦": ("贾振邦", "official", "洋县", [
        ("dz08", "洋县委", "副书记", "县委副书记、县长贾振邦", None),
        ("dz08", "洋县政府", "县长", "县委副书记、县长贾振邦", None)], []),
    "dz:雷海鹏": ("雷海鹏", "official", "洋县", [
        ("dz08", "洋县华阳镇党委", "书记", "在华阳镇，镇党委书记雷海鹏", None)], []),
    # ---- 浙江 武义县 / 四川 南江县
    "dz:应哲明": ("应哲明", "official", "武义县", [
        ("dz09", "武义县委", "副书记", _DZ09_YING, "2023-05: leads the 武义 delegation (identity case: 县委书记 in 2024, dz07)"),
        ("dz09", "武义县政府", "县长", _DZ09_YING, None),
        ("dz07", "武义县委", "书记", "县委书记应哲明出席会议并讲话", "2024-09: bare 县委 in the 金华日报 article of 武义县")], []),
    "dz:楼晨光": ("楼晨光", "official", "武义县", [
        ("dz07", "武义县委", "副书记", "县委副书记、县长楼晨光", "应哲明's successor as 县长"),
        ("dz07", "武义县政府", "县长", "县委副书记、县长楼晨光", None)], []),
    "dz:俞立帆": ("俞立帆", "official", "武义县", [
        ("dz07", "武义县委", "常委", "县委常委、常务副县长俞立帆", None),
        ("dz07", "武义县政府", "常务副县长", "县委常委、常务副县长俞立帆", None)], []),
    "dz:邵勇军": ("邵勇军", "official", "武义县", [
        ("dz07", "武义县桐琴镇党委", "书记", "在桐琴镇，镇党委书记邵勇军", None)], []),
    "dz:朱晓岚": ("朱晓岚", "official", "武义县", [
        ("dz09", "武义县政府", "副县长", "武义县副县长朱晓岚随团考察", None)], []),
    "dz:岳正坤": ("岳正坤", "official", "南江县", [
        ("dz09", "南江县委", "书记", "县委书记岳正坤", "bare 县委 on the 南江发布 post")], []),
    "dz:杜鸿宇": ("杜鸿宇", "official", "南江县", [
        ("dz09", "南江县委", "副书记", "县委副书记、县长杜鸿宇", None),
        ("dz09", "南江县政府", "县长", "县委副书记、县长杜鸿宇", None)], []),
    "dz:汤一鸣": ("汤一鸣", "official", "南江县", [
        ("dz09", "南江县委", "常委", "县委常委、副县长（挂职）汤一鸣", "a 武义 cadre 挂职 in 南江 (as au)"),
        ("dz09", "南江县政府", "副县长", "县委常委、副县长（挂职）汤一鸣", None)], []),
    "dz:苟雪梅": ("苟雪梅", "official", "南江县", [
        ("dz09", "南江县光雾山镇党委", "书记", "在光雾山镇，镇党委书记苟雪梅", None)], []),
    # ---- 重庆 酉阳
    "dz:冉光耀": ("冉光耀", "official", YY, [
        ("dz10", f"{YY}委", "书记", "8月17日，县委书记冉光耀", "autonomous county: full name (as 东乡族自治县委); named in the headline too")], []),
    "dz:田秀梅": ("田秀梅", "official", YY, [
        ("dz10", f"{YY}政府", "副县长", "副县长田秀梅陪同调研", None)], []),
    "dz:白永江": ("白永江", "official", YY, [
        ("dz10", f"{YY}花田乡党委", "书记", "在花田乡，乡党委书记白永江", None)], []),
    "dz:石红霞": ("石红霞", "official", YY, [
        ("dz10", f"{YY}农业农村委", "主任", "县农业农村委主任石红霞", "重庆 counties' 农业农村委, as written")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dz01", "王璐", "责任编辑", "editor", "责任编辑：王璐"),
    ("dz02", "亓晓彤", "记者", "reporter", "记者：亓晓彤　卢晓帆"),
    ("dz02", "卢晓帆", "记者", "reporter", "记者：亓晓彤　卢晓帆"),
    ("dz02", "盖文静", "编辑", "editor", "编辑：盖文静"),
    ("dz02", "宋佳怡", "审核", "editor", "审核：宋佳怡"),
    ("dz03", "甘婷", "全媒体记者", "reporter", "本报讯（全媒体记者 甘婷 通讯员 左秀娟）"),
    ("dz03", "左秀娟", "通讯员", "correspondent", "本报讯（全媒体记者 甘婷 通讯员 左秀娟）"),
    ("dz03", "杨丹", "责任编辑", "editor", "责任编辑：杨丹"),
    ("dz04", "曹婧", "文字", "author", "文字：曹婧"),
    ("dz04", "陈璐", "编辑", "editor", "编辑：陈璐"),
    ("dz04", "马腾", "审核", "editor", "审核：马腾"),
    ("dz04", "吴倩", "终审", "editor", "终审：吴倩"),
    ("dz05", "章静怡", "记者", "reporter", "（记者 章静怡 通讯员 泾宣）"),
    ("dz05", "刘卓", "责任编辑", "editor", "责任编辑：刘卓"),
    ("dz06", "胡文琪", "责任编辑", "editor", "责任编辑：胡文琪"),
    ("dz07", "黄逸凡", "记者", "reporter", "本报讯（记者 黄逸凡 通讯员 江婷婷）"),
    ("dz07", "江婷婷", "通讯员", "correspondent", "本报讯（记者 黄逸凡 通讯员 江婷婷）"),
    ("dz07", "应丽娜", "责任编辑", "editor", "责任编辑：应丽娜"),
    ("dz08", "权珊珊", "记者", "reporter", "记者：权珊珊"),
    ("dz08", "宁晓月", "编辑", "editor", "编辑：宁晓月"),
    ("dz08", "左明辉", "审核", "editor", "审核：左明辉"),
    ("dz09", "龚晓川", "记者", "reporter", "记者：龚晓川"),
    ("dz09", "程佳佳", "编辑", "editor", "编辑：程佳佳"),
    ("dz09", "邓文军", "审核", "editor", "审核：邓文军"),
    ("dz10", "冉思雨", "作者", "author", "作者：冉思雨"),
    ("dz10", "邹亮", "编辑", "editor", "编辑：邹亮"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dz01", "重点项目建设和园区改革发展调研", "inspection (调研)", "3月14日", None, "郜振宁", [],
     ["荆海波", "裴书朋", "韦晓萌", "霍建新"], ["吕建涛", "苗立军", "郜振宁", "荆海波", "裴书朋"], "威县经济开发区、梨园屯镇、洺州镇",
     "3月14日，县委书记郜振宁深入威县经济开发区和梨园屯镇、洺州镇，调研重点项目建设和园区改革发展工作",
     ["县委书记郜振宁深入威县经济开发区", "县领导韦晓萌、霍建新参加调研", "县长荆海波", "常务副县长裴书朋", "吕建涛汇报了",
      "镇党委书记苗立军介绍了", "郜振宁指出", "荆海波就做好项目手续办理", "裴书朋要求"]),
    ("dz02", "代县长到任后首次调研（重点项目建设和企业生产经营）", "inspection (调研)", "2月26日", None, "鲍承志", [],
     ["燕明辉"], ["辛卫东", "巩建华", "薄晓萍", "鲍承志", "燕明辉"], "广饶经济开发区、大王镇、稻庄镇",
     "2月26日，县委副书记、代县长鲍承志到任后首次开展调研",
     ["代县长鲍承志到任后首次开展调研", "副县长燕明辉陪同调研", "辛卫东介绍了", "巩建华汇报了", "薄晓萍汇报了", "鲍承志指出",
      "燕明辉表示"]),
    ("dz03", "平江县防汛备汛和重点项目建设调研", "inspection (调研)", "5月16日", None, "喻立群", [],
     ["江淑敏", "程思琪", "凌湘平", "苗立军"], ["邹卫红", "苗立军", "喻立群", "凌湘平"], "平江县",
     "5月16日，副市长喻立群到平江县调研防汛备汛和重点项目建设工作",
     ["副市长喻立群到平江县调研", "市委副秘书长江淑敏", "市政府副秘书长程思琪", "县长凌湘平", "常务副县长苗立军陪同调研",
      "邹卫红汇报了", "苗立军介绍了", "喻立群指出", "凌湘平表示"]),
    ("dz04", "县委常委会（扩大）会议", "meeting (县委常委会会议)", "7月12日", "邝建勋", None, ["远安县委"],
     ["覃丽娜", "聂国安", "向春梅"], ["舒运涛", "邝建勋", "覃丽娜"], None,
     "7月12日，县委书记邝建勋主持召开县委常委会（扩大）会议",
     ["县委书记邝建勋主持召开", "县长覃丽娜", "县人大常委会主任聂国安", "县政协主席向春梅出席会议", "常务副县长舒运涛关于近期强降雨应对",
      "邝建勋强调", "覃丽娜就抓好会议精神落实作了具体安排"]),
    ("dz04", "洋坪镇防汛检查", "inspection (检查)", "7月12日", None, "邝建勋", [],
     ["舒运涛"], ["谭远康", "邝建勋"], "洋坪镇",
     "会后，邝建勋带队到洋坪镇检查防汛工作",
     ["邝建勋带队到洋坪镇检查防汛工作", "舒运涛陪同检查", "谭远康汇报了", "邝建勋要求"]),
    ("dz05", "泾县特色产业发展和文旅融合调研", "inspection (调研)", "6月8日", None, "桂承远", [],
     ["戴立群", "查文涛", "翟雪芬"], ["汪世勇", "桂承远", "查文涛", "戴立群"], "泾县",
     "市委副书记、市长桂承远到泾县调研特色产业发展和文旅融合工作",
     ["市长桂承远到泾县调研", "市政府秘书长戴立群", "泾县县委书记查文涛", "县长翟雪芬陪同调研", "汪世勇介绍了", "桂承远指出",
      "查文涛表示", "戴立群就加强市县联动"]),
    ("dz06", "重点产业项目和文旅项目建设调研", "inspection (调研)", "4月18日", None, "卞国平", [],
     ["钱明珏", "季晨阳"], ["茆志刚", "季晨阳", "卞国平", "钱明珏"], "戴南镇、张郭镇、千垛镇",
     "4月18日，市委书记卞国平深入戴南镇、张郭镇、千垛镇，调研重点产业项目和文旅项目建设情况",
     ["市委书记卞国平深入戴南镇", "市长钱明珏", "副市长季晨阳参加调研", "茆志刚汇报了", "季晨阳介绍了", "卞国平指出", "钱明珏表示"]),
    ("dz07", "重大项目现场观摩", "site observation (观摩)", "9月19日", None, "应哲明", [],
     [], ["邵勇军"], "桐琴镇等",
     "会前，应哲明带领与会人员观摩了桐琴镇智能电动工具产业园一期",
     ["应哲明带领与会人员观摩了", "镇党委书记邵勇军现场介绍了"]),
    ("dz07", "重大项目攻坚推进会", "meeting (推进会)", "9月19日", "楼晨光", None, ["武义县"],
     ["应哲明"], ["俞立帆", "应哲明", "楼晨光"], None,
     "9月19日，武义县召开重大项目攻坚推进会",
     ["县委书记应哲明出席会议并讲话", "县长楼晨光主持会议", "俞立帆通报了", "应哲明指出", "楼晨光就抓好会议精神落实提出要求"]),
    ("dz08", "兴化市党政代表团考察苏陕协作工作", "inspection (考察)", "11月8日至9日", None, "卞国平", [],
     ["顾明华", "党振华", "贾振邦", "季晨阳"], ["雷海鹏"], "洋县",
     "江苏省兴化市委副书记、市长卞国平率兴化市党政代表团来我县考察苏陕协作工作",
     ["市长卞国平率兴化市党政代表团来我县考察", "兴化市副市长顾明华随团考察", "县委书记党振华", "县长贾振邦",
      "副县长（挂职）季晨阳陪同考察或出席座谈会", "镇党委书记雷海鹏介绍了"]),
    ("dz08", "兴化市·洋县苏陕协作座谈会", "meeting (座谈会)", "9日上午", "党振华", None, [],
     ["贾振邦", "季晨阳"], ["党振华", "季晨阳", "卞国平", "贾振邦"], "洋县",
     "9日上午，兴化市·洋县苏陕协作座谈会召开",
     ["党振华主持座谈会并介绍了", "季晨阳汇报了", "卞国平表示", "贾振邦表示", "季晨阳陪同考察或出席座谈会"]),
    ("dz09", "武义县党政代表团考察东西部协作工作", "inspection (考察)", "5月24日至25日", None, "应哲明", [],
     ["朱晓岚", "岳正坤", "杜鸿宇", "汤一鸣"], ["苟雪梅"], "南江县",
     "浙江省武义县委副书记、县长应哲明率武义县党政代表团来我县考察东西部协作工作",
     ["县长应哲明率武义县党政代表团来我县考察", "武义县副县长朱晓岚随团考察", "县委书记岳正坤", "县长杜鸿宇",
      "副县长（挂职）汤一鸣陪同考察或出席会议", "镇党委书记苟雪梅介绍了"]),
    ("dz09", "武义县·南江县东西部协作联席会议", "meeting (联席会议)", "25日上午", "岳正坤", None, [],
     ["杜鸿宇", "汤一鸣"], ["杜鸿宇", "汤一鸣", "应哲明"], "南江县",
     "25日上午，武义县·南江县东西部协作联席会议召开",
     ["岳正坤主持会议", "杜鸿宇介绍了", "汤一鸣汇报了", "应哲明表示", "汤一鸣陪同考察或出席会议"]),
    ("dz10", "鲁渝协作项目建设调研", "inspection (调研)", "8月17日", None, "冉光耀", [],
     ["鲍承志", "田秀梅"], ["白永江", "鲍承志", "石红霞", "冉光耀", "田秀梅"], "黑水镇、花田乡、龙潭镇",
     "8月17日，县委书记冉光耀到黑水镇、花田乡、龙潭镇调研鲁渝协作项目建设工作",
     ["县委书记冉光耀到黑水镇", "副县长（挂职）鲍承志", "副县长田秀梅陪同调研", "乡党委书记白永江介绍了", "鲍承志介绍了",
      "石红霞汇报了", "冉光耀指出", "田秀梅表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dz01", "威县汽车零部件产业园二期", "industrial_park", "先后来到威县汽车零部件产业园二期"),
    ("dz01", "梨园屯镇梨果冷链物流中心", "logistics_hub", "梨园屯镇梨果冷链物流中心和洺州镇"),
    ("dz01", "洺州镇老旧小区改造项目", "housing_project", "洺州镇老旧小区改造项目施工现场"),
    ("dz02", "广饶高端轮胎智能制造项目", "project", "察看了广饶高端轮胎智能制造项目"),
    ("dz02", "新材料产业园一期", "industrial_park", "新材料产业园一期建设现场"),
    ("dz02", "稻庄镇高标准农田改造提升项目", "project", "察看了稻庄镇高标准农田改造提升项目"),
    ("dz03", "汨罗江平江段防洪治理工程", "engineering_work", "先后来到汨罗江平江段防洪治理工程"),
    ("dz03", "伍市工业园新材料产业园二期", "industrial_park", "伍市工业园新材料产业园二期和三市镇"),
    ("dz03", "三市镇农村供水保障工程", "infrastructure_project", "三市镇农村供水保障工程现场"),
    ("dz04", "沮河远安段防洪治理工程", "engineering_work", "要加快沮河远安段防洪治理工程建设进度"),
    ("dz04", "洋坪镇地质灾害综合治理项目", "engineering_work", "洋坪镇地质灾害综合治理项目"),
    ("dz05", "丁家桥镇宣纸产业园", "industrial_park", "先后来到丁家桥镇宣纸产业园"),
    ("dz05", "泾县经济开发区新能源电池材料项目", "project", "泾县经济开发区新能源电池材料项目"),
    ("dz05", "桃花潭镇旅游集散中心", "project", "桃花潭镇旅游集散中心"),
    ("dz06", "戴南不锈钢新材料产业园", "industrial_park", "来到戴南不锈钢新材料产业园"),
    ("dz06", "高端精密带钢项目", "project", "察看高端精密带钢项目建设进度"),
    ("dz06", "张郭镇高端装备产业园一期", "industrial_park", "走进张郭镇高端装备产业园一期"),
    ("dz06", "千垛景区游客服务中心提升工程", "project", "介绍了千垛景区游客服务中心提升工程"),
    ("dz07", "桐琴镇智能电动工具产业园一期", "industrial_park", "观摩了桐琴镇智能电动工具产业园一期"),
    ("dz07", "武义温泉小镇提升工程", "project", "武义温泉小镇提升工程"),
    ("dz07", "熟溪流域生态修复工程", "greening_project", "熟溪流域生态修复工程"),
    ("dz08", "龙亭镇朱鹮有机黑米产业园", "industrial_park", "先后来到龙亭镇朱鹮有机黑米产业园"),
    ("dz08", "苏陕协作洋县黑米深加工产业园", "industrial_park", "苏陕协作洋县黑米深加工产业园"),
    ("dz08", "华阳镇苏陕协作民宿集群项目", "project", "华阳镇苏陕协作民宿集群项目"),
    ("dz09", "浙川协作南江黄羊产业园", "industrial_park", "先后来到浙川协作南江黄羊产业园"),
    ("dz09", "光雾山镇茶旅融合示范园", "project", "光雾山镇茶旅融合示范园和长赤镇"),
    ("dz09", "长赤镇浙川协作就业帮扶车间", "project", "长赤镇浙川协作就业帮扶车间"),
    ("dz10", "黑水镇鲁渝协作稻蟹共生产业园", "industrial_park", "先后来到黑水镇鲁渝协作稻蟹共生产业园"),
    ("dz10", "花田乡贡米文化产业园", "industrial_park", "花田乡贡米文化产业园"),
    ("dz10", "龙潭镇鲁渝协作就业帮扶车间", "project", "龙潭镇鲁渝协作就业帮扶车间"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dz01", "威县经济开发区", "development_zone", "standalone", "深入威县经济开发区和梨园屯镇、洺州镇"),
    ("dz01", "梨园屯镇", "town", "standalone", "深入威县经济开发区和梨园屯镇、洺州镇"),
    ("dz01", "洺州镇", "town", "standalone", "深入威县经济开发区和梨园屯镇、洺州镇"),
    ("dz01", "威县", "county", "in_project_name", "先后来到威县汽车零部件产业园二期"),
    ("dz02", "广饶经济开发区", "development_zone", "standalone", "先后到广饶经济开发区、大王镇、稻庄镇"),
    ("dz02", "大王镇", "town", "standalone", "先后到广饶经济开发区、大王镇、稻庄镇"),
    ("dz02", "稻庄镇", "town", "standalone", "先后到广饶经济开发区、大王镇、稻庄镇"),
    ("dz02", "广饶", "county", "standalone", "广饶产业基础厚实"),
    ("dz03", "平江县", "county", "standalone", "副市长喻立群到平江县调研"),
    ("dz03", "平江", "county", "standalone", "平江山区面积大"),
    ("dz03", "汨罗江", "river", "in_project_name", "先后来到汨罗江平江段防洪治理工程"),
    ("dz03", "伍市工业园", "zone_park", "in_project_name", "伍市工业园新材料产业园二期和三市镇"),
    ("dz03", "三市镇", "town", "in_project_name", "三市镇农村供水保障工程现场"),
    ("dz03", "伍市镇", "town", "standalone", "在伍市镇，镇党委书记邹卫红"),
    ("dz04", "沮河", "river", "standalone", "盯紧沮河沿线"),
    ("dz04", "远安", "county", "in_project_name", "要加快沮河远安段防洪治理工程建设进度"),
    ("dz04", "洋坪镇", "town", "standalone", "邝建勋带队到洋坪镇检查防汛工作"),
    ("dz05", "泾县", "county", "standalone", "市长桂承远到泾县调研"),
    ("dz05", "丁家桥镇", "town", "standalone", "在丁家桥镇，镇党委书记汪世勇"),
    ("dz05", "泾县经济开发区", "development_zone", "in_project_name", "泾县经济开发区新能源电池材料项目"),
    ("dz05", "桃花潭镇", "town", "standalone", "在桃花潭镇，桂承远与游客"),
    ("dz05", "桃花潭", "scenic_area", "standalone", "要深挖桃花潭文化资源"),
    ("dz06", "戴南镇", "town", "standalone", "深入戴南镇、张郭镇、千垛镇"),
    ("dz06", "张郭镇", "town", "standalone", "深入戴南镇、张郭镇、千垛镇"),
    ("dz06", "千垛镇", "town", "standalone", "深入戴南镇、张郭镇、千垛镇"),
    ("dz06", "戴南", "town", "in_project_name", "来到戴南不锈钢新材料产业园"),
    ("dz06", "千垛景区", "scenic_area", "standalone", "依托千垛景区等优质资源"),
    ("dz07", "武义", "county", "standalone", "武义召开重大项目攻坚推进会"),
    ("dz07", "武义县", "county", "standalone", "9月19日，武义县召开"),
    ("dz07", "桐琴镇", "town", "standalone", "在桐琴镇，镇党委书记邵勇军"),
    ("dz07", "熟溪", "river", "in_project_name", "熟溪流域生态修复工程"),
    ("dz08", "江苏省", "province", "in_org_reference", "江苏省兴化市委副书记、市长卞国平"),
    ("dz08", "兴化市", "county_level_city", "standalone", "率兴化市党政代表团来我县"),
    ("dz08", "兴化", "county_level_city", "standalone", "兴化和洋县结对以来"),
    ("dz08", "洋县", "county", "standalone", "兴化和洋县结对以来"),
    ("dz08", "龙亭镇", "town", "in_project_name", "先后来到龙亭镇朱鹮有机黑米产业园"),
    ("dz08", "华阳镇", "town", "standalone", "在华阳镇，镇党委书记雷海鹏"),
    ("dz08", "华阳古镇", "scenic_area", "standalone", "依托华阳古镇发展民宿经济"),
    ("dz09", "浙江省", "province", "in_org_reference", "浙江省武义县委副书记、县长应哲明"),
    ("dz09", "武义县", "county", "standalone", "率武义县党政代表团来我县"),
    ("dz09", "武义", "county", "standalone", "武义将把南江所需与武义所能结合起来"),
    ("dz09", "南江", "county", "standalone", "武义县党政代表团来南江考察交流"),
    ("dz09", "南江县", "county", "standalone", "武义县·南江县东西部协作联席会议召开"),
    ("dz09", "光雾山镇", "town", "standalone", "在光雾山镇，镇党委书记苟雪梅"),
    ("dz09", "长赤镇", "town", "in_project_name", "长赤镇浙川协作就业帮扶车间"),
    ("dz10", "黑水镇", "town", "standalone", "县委书记冉光耀到黑水镇、花田乡、龙潭镇调研"),
    ("dz10", "花田乡", "township", "standalone", "县委书记冉光耀到黑水镇、花田乡、龙潭镇调研"),
    ("dz10", "龙潭镇", "town", "standalone", "县委书记冉光耀到黑水镇、花田乡、龙潭镇调研"),
    ("dz10", "东营市", "city", "standalone", "今年东营市援助资金项目安排"),
    ("dz10", "山东", "province", "standalone", "协作农产品销往山东的情况"),
    ("dz10", "酉阳", "county", "standalone", "推动酉阳高质量发展"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dz", conventions="set dz (blind set, held-out-like mix: ten pages from ten provinces (河北 威县, 山东 广饶县, 湖南 平江县, 湖北 远安县, 安徽 泾县, 江苏 兴化市, 浙江 武义县, 陕西 洋县, 四川 南江县, 重庆 酉阳土家族苗族自治县) in five shapes (county site with full chrome, county 融媒体 app page, city paper digital edition, WeChat repost with 来源/原标题/编辑 lines, portal repost); bare 县委 / 市委 take the page's county or the paper's city; 泾县县委 → 泾县委; a county's 经济开发区 keeps its written name; 挂职 posts as part au; 代县长 as written; 县领导 no post; one line per post per article)",
          persons_note="Set dz persons. id = corpus-wide person_id (dz:苗立军#1 of 威县 (河北) and dz:苗立军#2 of 平江县 (湖南) are two people; dz:鲍承志 酉阳 挂职 县委常委、副县长 2022 → 广饶县委副书记、代县长 2024; dz:季晨阳 洋县 挂职 县委常委、副县长 2022 → 兴化市委常委、副市长 2024; dz:卞国平 兴化市委副书记、市长 2022 → 兴化市委书记 2024; dz:应哲明 武义县委副书记、县长 2023 → 武义县委书记 2024)")


if __name__ == "__main__":
    main()
