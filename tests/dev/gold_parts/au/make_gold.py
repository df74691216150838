"""Write gold part ``au`` (a blind set: east–west cooperation and paired assistance, 东西部协作, seen from both sides of
two real pairings) from the tables below.

Pages ``tests/dev/texts/au*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 万源市政府 site page of the 普陀区 delegation's 考察 and the
``普陀—万源东西部协作第二次联席会议`` (``市委书记…，市委副书记、市长…出席会议或陪同考察``); a 普陀新闻 page of the 普陀
区委书记's delegation to 万源 with the 2023 第一次联席会议; a 达州市政府 page of the 舟山·达州 东西部扶贫协作联席会议
(``舟山市普陀区、定海区与我市万源市、宣汉县结对帮扶``); a 达州日报 page of the 舟山-达州 会见交流活动 and an investchn
copy of the 舟山·达州 联席会议 in 舟山 (``市委书记…，市委副书记、市长…；舟山市委书记…出席``); a 广州市政府 page (广州日报)
of the 广州 delegation in 毕节, 安顺 and 黔南 (``…工作队黔南工作组组长``, a subtitle naming the leaders who 参加); a gz.gov.cn
白云区 page (来源：白云时事, a subtitle line) of the 白云区 delegation to 罗甸, 荔波 and 平塘 and the ``白云区与黔南州罗甸县
召开东西部协作党政联席会议``; a 羊城晚报 page of the 广州·毕节 党政联席会议; a 丽水日报 第A01版 of the 丽水 delegation in
泸州 (``本报讯（记者 …）``, subtitle ``…等参加``); a 湖州 page of the 安庆 delegation with an agreement signed; a 中山 page of a
``东西部协作联席会议`` with a ``框架协议`` signed and ``编辑 / 二审 / 三审`` credits; a 松桃 page of a town-to-town pairing
(``对口结对协议签约仪式``). Places are real and new to the corpus, in two real pairings: 浙江 舟山市普陀区 ↔ 四川 达州市
万源市 (and at city level 舟山市 ↔ 达州市, with 定海区 ↔ 宣汉县 named), and 广东 广州市白云区 ↔ 贵州 黔南布依族苗族自治州
罗甸县.

Shapes: a western county-level city's site reporting the eastern district's delegation (考察 then 联席会议, a 协作协议
signed by the two sides' officials, a 挂职 cadre 汇报) (au01); the eastern district's site reporting the return visit
(座谈会, a 框架协议 and a street–town 结对 agreement) with the 挂职 cadre written with his team role (au02); a city paper's
第01版 of the city-level 联席会议 with a subtitle of the speakers, a 考察 before it, a 高新区 written bare (au03); a
department page of the eastern district (区农业农村局) on a 消费协作 展销周, where the former 挂职 cadre is back home as
局长 and his successor holds the 挂职 post (au04); the western county's site on the eastern district's delegation with a
``十四五`` 框架协议 (au05); the eastern district's site (gz.gov.cn shape) on the county's return visit, a 挂职 cadre written
with his home post first (``区商务局副局长、挂职罗甸县委常委、副县长``), a town–town 结对 signed by two 镇党委书记 (au06); the
county site on the new 县委书记's 调研 of the 协作 projects (au07); a prefecture paper's 第02版 of the 2024 联席会议 with the
former 县委书记 now 副州长 and the next 挂职 cadre (au08); the eastern city paper's 第1版 on the western city's delegation,
a 高新区 written bare (舟山's) beside ``达州高新区`` written in full (au09).

Identity cases:
- people who move between posts and places (on both sides' sites): au:虞晨阳, a 普陀 cadre, is 万源市委常委、副市长（挂职）
  on the 万源 site (au01, 2022-03) and on the 普陀 site with his team role (au02, 2022-09), then 普陀区农业农村局局长 back
  home (au04, 2024-05; his successor au:葛晓峰 holds the 挂职 post). au:宓海军 is 普陀区委副书记、区长 (au02, 2022) and
  舟山市副市长 (au09, 2024). au:岑茂林 is 罗甸县委书记 (au05 2021 on the 罗甸 site, au06 2022 on the 白云区 site) and
  黔南州 副州长 (au08, 2024). au:班朝勇 is 罗甸县委副书记、县长 (au05, 2021) and 县委书记 (au07 2023, au08 2024).
  au:冼志杰 (白云区商务局副局长, 挂职 罗甸县委常委、副县长) is on the 罗甸 site (au05, au07) and on the 白云区 site (au06).
  The same officials on both sides: au:邬立群 (au01, au02), au:冉志鹏 (au01, au02, au03), au:陆镜文 (au05, au06, au08),
  au:贺静波 (au01, au02, au04), au:符国栋 / au:龚浩然 / au:裘振国 (au03, au09).
- two different people with one name in unrelated places: au:何德胜#1 is 万源市副市长 (四川; au01 2022, au04 2024);
  au:何德胜#2 is 广州市白云区钟落潭镇党委书记 (广东; au06 2022).
- the same organ name in different places: ``高新区`` written bare on the 达州日报 (au03: 高新区党工委书记 → 达州高新区党工委)
  and on the 舟山日报 (au09: 高新区管委会主任 → 舟山高新区管委会); district names several cities have: 普陀区 (舟山; the
  corpus has 上海市普陀区 in part y) → 舟山市普陀区委 / 舟山市普陀区政府, and 白云区 (广州; 贵阳 has one too) → 广州市白云区委 /
  广州市白云区政府 / 广州市白云区商务局 / 广州市白云区钟落潭镇党委.
- the editors au:蒙丽萍, au:石梦洁 and au:唐静怡 sign both 罗甸 site pages (au05, au07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts u, y and af where they speak; decided here where they are silent):
- Bare organs take the page's place: 市委 / 市长 / 副市长 on the 万源 site = 万源市; 区委 / 区长 / 副区长 / 区农业农村局 on the
  普陀 site = 舟山市普陀区 (普陀区 takes its city, CONVENTIONS, as part y's 上海市普陀区); on the 白云区 site = 广州市白云区;
  县委 / 县长 / 副县长 on the 罗甸 site = 罗甸县; 市委 / 市长 / 副市长 on the 达州日报 = 达州市, on the 舟山日报 = 舟山市. A visitor
  written in full keeps his place (``浙江省舟山市普陀区委书记``, ``舟山市副市长``, ``万源市副市长``, ``广州市白云区委书记``);
  a title chain after a visitor written with his place inherits it inside the sentence (au09: ``四川省达州市委书记符国栋，市委
  副书记、市长龚浩然率达州市党政代表团`` → 达州市委 / 达州市政府, as part af), while the hosts' bare titles after it are the
  paper's (``市委书记裘振国，市委副书记、市长金立恒`` → 舟山市委 / 舟山市政府).
- DECIDED HERE: a 挂职 post is a holding of the organ where it is held, its title as written without ``（挂职）``:
  ``市委常委、副市长（挂职）虞晨阳`` on the 万源 site → 万源市委 常委 + 万源市政府 副市长; ``挂职罗甸县委常委、副县长`` →
  罗甸县委 常委 + 罗甸县政府 副县长; the home post written before it (``区商务局副局长、挂职…``) is a holding too (广州市白云区
  商务局 副局长), both at the page's date.
- DECIDED HERE: the roles of the 东西部协作 front teams are posts of the team, as written (CONVENTIONS: a temporary group's
  组长, as part y's 援藏 联络小组): ``浙江省驻川工作组万源工作组组长`` → 浙江省驻川工作组万源工作组 组长; ``粤黔协作工作队罗甸
  工作组组长`` → 粤黔协作工作队罗甸工作组 组长.
- DECIDED HERE: a past post written with a range of years and no month (au04: ``虞晨阳曾于2021年至2023年在万源挂职，任万源市
  委常委、副市长``) gives no line (the post is annotated on the pages where it is held; a career line needs a month).
- DECIDED HERE: 黔南州 in the 黔南日报 (``副州长岑茂林``) → the gazetteer's full name, 黔南布依族苗族自治州政府 副州长 (as part
  y's 甘孜藏族自治州政府); the place row keeps ``黔南州`` as written (au06).
- A zone written bare in a city paper takes the paper's city (CONVENTIONS form, city without 市): ``高新区党工委书记`` on the
  达州日报 → 达州高新区党工委 书记; ``高新区管委会主任`` on the 舟山日报 → 舟山高新区管委会 主任. Place rows as written
  (``高新区``; ``达州高新区`` where written so).
- Not posts: 县领导 / 区有关部门负责同志, 代表两地签订 (a signing role), 大会 roles; company roles (none named).
- Events: a delegation's 考察 is an ``inspection`` led by the 书记 who 率 the delegation (as part af), those who 随团考察 /
  陪同考察 / 参加有关活动 are attendees, those who 介绍 / 汇报 / 指出 are speakers; the 联席会议 / 座谈会 that follows is a
  meeting of its own, its 主持 the chair, those who 讲话 / 表示 / 汇报 / 通报 / 介绍 speakers, the signers and those who
  出席 attendees; the signing is part of the meeting (DECIDED HERE as in af: no event of its own). ``陪同考察或出席会议``
  makes the named hosts attendees of both events. A date range takes its first day; the 联席会议 on ``24日上午`` / ``18日
  上午`` is dated by its day. The 展销周 开幕式 (au04) is an ``activity`` with its 主持 chair and 致辞 / 表示 speakers.
  DECIDED HERE: a 考察 by ``与会人员`` with nobody named (au08 ``会前``) is not annotated.
- Projects: works and sites of the 协作 named with a place or a proper name (…产业园, …产业示范园二期, …养殖基地, …就业帮扶
  车间, …展销中心, …冷链物流中心 (``logistics_hub``), …大通道 (``infrastructure_project``), …农文旅融合项目);
  agreements (《…协议》), brands (``万源富硒茶``, ``普万样板``) and slogans (``舟鲜入达、达菜入舟``) are not projects.
- Places: as written, one row per name per file; places inside project names, titles and org references count; site
  lines, 来源 lines, mastheads, footers and 上一篇 / 下一篇 links are not annotated; 长三角 is a region.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "au01_wanyuan.txt": (2022, "发布时间：2022-03-25 18:20", "万源市", [
        ("普陀区党政代表团来万考察东西部协作工作", "3月23日至24日", "2022-03-23", "3月23日至24日，浙江省舟山市普陀区委书记",
         "万源 site: the 普陀区 delegation's 考察 of 协作 projects and the 联席会议 (主持 by the 市长, the 挂职 副市长 汇报), an annual 协作协议 signed")]),
    "au02_putuo.txt": (2022, "发布日期：2022-09-16", "舟山市普陀区", [
        ("万源市党政代表团来普考察交流", "9月14日至15日", "2022-09-14", "9月14日至15日，四川省万源市委书记",
         "普陀 site: the 万源 delegation's 考察 and 座谈会; the 挂职 cadre with his 工作组 role; a 消费协作 框架协议 and a street–town 结对")]),
    "au03_dazhou.txt": (2023, "2023年6月9日　星期五", "达州市", [
        ("舟山·达州2023年东西部协作联席会议召开", "6月8日", "2023-06-08", "本报讯（记者 谯雨欣）6月8日",
         "达州日报 第01版: city-level 联席会议 (subtitle of speakers and chair); a 考察 of 高新区, 宣汉 and 万源 projects before it; 高新区党工委书记 bare")]),
    "au04_putuo.txt": (2024, "发布日期：2024-05-21", "舟山市普陀区", [
        ("普陀—万源东西部协作消费帮扶产品展销周开幕", "5月20日", "2024-05-20", "5月20日，普陀—万源东西部协作",
         "普陀 区农业农村局 page: a 消费协作 展销周 opening; the former 挂职 cadre now 局长 chairs, his successor 挂职 in 万源 attends")]),
    "au05_luodian.txt": (2021, "发布时间：2021-11-19 17:05", "罗甸县", [
        ("白云区党政代表团来罗甸考察东西部协作工作", "11月17日至18日", "2021-11-17", "11月17日至18日，广州市白云区委书记",
         "罗甸 site: the 广州市白云区 delegation's 考察 and the 党政联席会议 (县长 主持, 挂职 副县长 汇报), a 十四五 框架协议")]),
    "au06_baiyun.txt": (2022, "2022-08-12　　来源：白云时事", "广州市白云区", [
        ("罗甸县党政代表团来白云区考察交流", "8月10日至11日", "2022-08-10", "8月10日至11日，贵州省黔南州罗甸县委书记",
         "白云区 site: the 罗甸 delegation's 考察 and 座谈会; the 挂职 cadre with his home post; a town–town 结对 signed by two 镇党委书记")]),
    "au07_luodian.txt": (2023, "发布时间：2023-05-17 16:40", "罗甸县", [
        ("班朝勇调研东西部协作项目建设工作", "5月16日", "2023-05-16", "5月16日，县委书记班朝勇",
         "罗甸 site: the new 县委书记 inspects 协作 projects with the 县长 and the 挂职 副县长")]),
    "au08_qiannan.txt": (2024, "2024年07月12日　星期五", "罗甸县", [
        ("白云区·罗甸县2024年东西部协作党政联席会议召开", "7月10日", "2024-07-10", "本报讯（记者 杜晓阳）7月10日",
         "黔南日报 第02版: the 2024 联席会议 in 罗甸; the former 县委书记 as 副州长, the next 挂职 cadre")]),
    "au09_zhoushan.txt": (2024, "2024年11月22日　星期五", "舟山市", [
        ("达州市党政代表团来舟考察", "11月20日至21日", "2024-11-20", "本报讯（记者 应晓龙）11月20日至21日",
         "舟山日报 第1版: the 达州 delegation's 考察 (舟山's 高新区 bare, 普陀区, 定海区) and the city-level 联席会议; 副市长 宓海军")]),
}

_PT = "舟山市普陀区"
_BY = "广州市白云区"
_AU01_HOSTS = "市委书记冉志鹏，市委副书记、市长向代明，市委常委、副市长（挂职）虞晨阳，副市长何德胜陪同考察或出席会议"
_AU02_HOSTS = "区委书记邬立群，区委副书记、区长宓海军，副区长贺静波陪同考察或参加座谈"
_AU02_YU = "浙江省驻川工作组万源工作组组长、万源市委常委、副市长（挂职）虞晨阳"
_AU04_GE = "浙江省驻川工作组万源工作组组长、万源市委常委、副市长（挂职）葛晓峰"
_AU05_HOSTS = "县委书记岑茂林，县委副书记、县长班朝勇，粤黔协作工作队罗甸工作组组长、县委常委、副县长（挂职）冼志杰陪同考察或出席会议"
_AU06_HOSTS = "区委书记陆镜文，区委副书记、区长甄国梁，副区长邝家明陪同考察或出席座谈会"
_AU06_XIAN = "区商务局副局长、挂职罗甸县委常委、副县长冼志杰"
_AU08_ZHANG = "粤黔协作工作队罗甸工作组组长、罗甸县委常委、副县长（挂职）张瑞琪"
_AU09_GUESTS = "四川省达州市委书记符国栋，市委副书记、市长龚浩然率达州市党政代表团"
_AU09_HOSTS = "市委书记裘振国，市委副书记、市长金立恒，副市长宓海军参加有关活动"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 舟山 / 普陀 side
    "au:邬立群": ("邬立群", "official", "舟山市普陀区", [
        ("au01", _PT + "委", "书记", "浙江省舟山市普陀区委书记邬立群", "visitor written in full on the 万源 site"),
        ("au02", _PT + "委", "书记", _AU02_HOSTS, "host, bare on the 普陀 site")], []),
    "au:宓海军": ("宓海军", "official", "舟山市普陀区", [
        ("au02", _PT + "委", "副书记", _AU02_HOSTS, "2022"),
        ("au02", _PT + "政府", "区长", _AU02_HOSTS, "2022: 区长"),
        ("au09", "舟山市政府", "副市长", _AU09_HOSTS, "2024: moved to the city (舟山日报, bare = 舟山市)")], []),
    "au:贺静波": ("贺静波", "official", "舟山市普陀区", [
        ("au01", _PT + "政府", "副区长", "普陀区副区长贺静波", "visitor; signs the 协议"),
        ("au02", _PT + "政府", "副区长", _AU02_HOSTS, None),
        ("au04", _PT + "政府", "副区长", "副区长贺静波，万源市副市长何德胜", None)], []),
    "au:虞晨阳": ("虞晨阳", "official", "万源市", [
        ("au01", "万源市委", "常委", _AU01_HOSTS, "DECIDED HERE: a 挂职 post is a holding of the organ where it is held"),
        ("au01", "万源市政府", "副市长", _AU01_HOSTS, "挂职, title as written without （挂职）"),
        ("au02", "浙江省驻川工作组万源工作组", "组长", _AU02_YU, "DECIDED HERE: the front team's 组长 is a post of the team"),
        ("au02", "万源市委", "常委", _AU02_YU, "written in full on the 普陀 site"),
        ("au02", "万源市政府", "副市长", _AU02_YU, None),
        ("au04", _PT + "农业农村局", "局长", "区农业农村局局长虞晨阳主持开幕式", "2024: back home; the 曾于2021年至2023年 挂职 sentence gives no line (DECIDED HERE)")], []),
    "au:葛晓峰": ("葛晓峰", "official", "万源市", [
        ("au04", "浙江省驻川工作组万源工作组", "组长", _AU04_GE, "虞晨阳's successor"),
        ("au04", "万源市委", "常委", _AU04_GE, "挂职"),
        ("au04", "万源市政府", "副市长", _AU04_GE, "挂职")], []),
    "au:裘振国": ("裘振国", "official", "舟山市", [
        ("au03", "舟山市委", "书记", "舟山市委书记裘振国讲话", "visitor in full on the 达州日报"),
        ("au09", "舟山市委", "书记", _AU09_HOSTS, "host, bare on the 舟山日报")], []),
    "au:金立恒": ("金立恒", "official", "舟山市", [
        ("au09", "舟山市委", "副书记", _AU09_HOSTS, None),
        ("au09", "舟山市政府", "市长", _AU09_HOSTS, None)], []),
    "au:毛雪芬": ("毛雪芬", "official", "舟山市", [
        ("au03", "舟山市政府", "副市长", "舟山市副市长毛雪芬", None)], []),
    "au:袁志清": ("袁志清", "official", "舟山市", [
        ("au09", "舟山高新区管委会", "主任", "高新区管委会主任袁志清", "bare 高新区 on the 舟山日报 = 舟山高新区")], []),
    # ---- 达州 / 万源 side
    "au:冉志鹏": ("冉志鹏", "official", "万源市", [
        ("au01", "万源市委", "书记", _AU01_HOSTS, "host, bare on the 万源 site"),
        ("au02", "万源市委", "书记", "四川省万源市委书记冉志鹏", "visitor in full on the 普陀 site"),
        ("au03", "万源市委", "书记", "万源市委书记冉志鹏", "2023, 达州日报")], []),
    "au:向代明": ("向代明", "official", "万源市", [
        ("au01", "万源市委", "副书记", _AU01_HOSTS, None),
        ("au01", "万源市政府", "市长", _AU01_HOSTS, "chairs the 联席会议; signs the 协议")], []),
    "au:何德胜#1": ("何德胜", "official", "万源市", [
        ("au01", "万源市政府", "副市长", _AU01_HOSTS, "四川; not the 何德胜 of 广州市白云区 (au06)"),
        ("au04", "万源市政府", "副市长", "万源市副市长何德胜", "2024, written in full on the 普陀 site")], []),
    "au:符国栋": ("符国栋", "official", "达州市", [
        ("au03", "达州市委", "书记", "市委书记符国栋", "bare on the 达州日报"),
        ("au09", "达州市委", "书记", _AU09_GUESTS, "visitor in full on the 舟山日报")], []),
    "au:龚浩然": ("龚浩然", "official", "达州市", [
        ("au03", "达州市委", "副书记", "市委副书记、市长龚浩然主持会议", None),
        ("au03", "达州市政府", "市长", "市委副书记、市长龚浩然主持会议", None),
        ("au09", "达州市委", "副书记", _AU09_GUESTS, "chain after 四川省达州市委书记 inherits 达州 (as part af)"),
        ("au09", "达州市政府", "市长", _AU09_GUESTS, None)], []),
    "au:罗文清": ("罗文清", "official", "达州市", [
        ("au03", "达州市政府", "副市长", "副市长罗文清出席会议", None)], []),
    "au:潘美琳": ("潘美琳", "official", "达州市", [
        ("au03", "达州高新区党工委", "书记", "高新区党工委书记潘美琳", "bare 高新区 on the 达州日报 = 达州高新区")], []),
    "au:柯婉婷": ("柯婉婷", "official", "宣汉县", [
        ("au03", "宣汉县委", "书记", "宣汉县委书记柯婉婷", None)], []),
    # ---- 广州市白云区 side
    "au:陆镜文": ("陆镜文", "official", "广州市白云区", [
        ("au05", _BY + "委", "书记", "广州市白云区委书记陆镜文", "visitor in full on the 罗甸 site; 白云区 takes its city (贵阳 has one too)"),
        ("au06", _BY + "委", "书记", _AU06_HOSTS, "host, bare on the 白云区 site"),
        ("au08", _BY + "委", "书记", "广州市白云区委书记陆镜文，罗甸县委书记班朝勇讲话", "2024, 黔南日报")], []),
    "au:甄国梁": ("甄国梁", "official", "广州市白云区", [
        ("au06", _BY + "委", "副书记", _AU06_HOSTS, None),
        ("au06", _BY + "政府", "区长", _AU06_HOSTS, None)], []),
    "au:邝家明": ("邝家明", "official", "广州市白云区", [
        ("au05", _BY + "政府", "副区长", "白云区副区长邝家明随团考察", "the sentence follows 广州市白云区委书记: 广州's"),
        ("au06", _BY + "政府", "副区长", _AU06_HOSTS, None)], []),
    "au:冼志杰": ("冼志杰", "official", "罗甸县", [
        ("au05", "粤黔协作工作队罗甸工作组", "组长", _AU05_HOSTS, "DECIDED HERE: the front team's 组长 is a post of the team"),
        ("au05", "罗甸县委", "常委", _AU05_HOSTS, "挂职 (a 白云区 cadre)"),
        ("au05", "罗甸县政府", "副县长", _AU05_HOSTS, "挂职"),
        ("au06", _BY + "商务局", "副局长", _AU06_XIAN, "home post, bare on the 白云区 site"),
        ("au06", "罗甸县委", "常委", _AU06_XIAN, "挂职, on the eastern side's site"),
        ("au06", "罗甸县政府", "副县长", _AU06_XIAN, None),
        ("au07", "罗甸县委", "常委", "县委常委、副县长（挂职）冼志杰", "2023"),
        ("au07", "罗甸县政府", "副县长", "县委常委、副县长（挂职）冼志杰", None)], []),
    "au:何德胜#2": ("何德胜", "official", "广州市白云区", [
        ("au06", _BY + "钟落潭镇党委", "书记", "钟落潭镇党委书记何德胜", "广东; not the 何德胜 of 万源 (au01, au04)")], []),
    # ---- 黔南 / 罗甸 side
    "au:岑茂林": ("岑茂林", "official", "罗甸县", [
        ("au05", "罗甸县委", "书记", _AU05_HOSTS, "2021, host bare on the 罗甸 site"),
        ("au06", "罗甸县委", "书记", "贵州省黔南州罗甸县委书记岑茂林", "2022, visitor in full on the 白云区 site"),
        ("au08", "黔南布依族苗族自治州政府", "副州长", "副州长岑茂林出席会议并讲话", "2024: DECIDED HERE 黔南州 → the gazetteer's full name (as part y)")], []),
    "au:班朝勇": ("班朝勇", "official", "罗甸县", [
        ("au05", "罗甸县委", "副书记", _AU05_HOSTS, "2021"),
        ("au05", "罗甸县政府", "县长", _AU05_HOSTS, "2021: 县长; chairs the 联席会议, signs the 协议"),
        ("au07", "罗甸县委", "书记", "县委书记班朝勇深入边阳镇", "2023: 县委书记"),
        ("au08", "罗甸县委", "书记", "广州市白云区委书记陆镜文，罗甸县委书记班朝勇讲话", "2024")], []),
    "au:韦廷刚": ("韦廷刚", "official", "罗甸县", [
        ("au07", "罗甸县委", "副书记", "县委副书记、县长韦廷刚", None),
        ("au07", "罗甸县政府", "县长", "县委副书记、县长韦廷刚", None),
        ("au08", "罗甸县委", "副书记", "罗甸县委副书记、县长韦廷刚主持会议", None),
        ("au08", "罗甸县政府", "县长", "罗甸县委副书记、县长韦廷刚主持会议", None)], []),
    "au:莫金亮": ("莫金亮", "official", "罗甸县", [
        ("au06", "罗甸县边阳镇党委", "书记", "边阳镇党委书记莫金亮", "after 罗甸县边阳镇 in the same sentence")], []),
    "au:张瑞琪": ("张瑞琪", "official", "罗甸县", [
        ("au08", "粤黔协作工作队罗甸工作组", "组长", _AU08_ZHANG, "冼志杰's successor"),
        ("au08", "罗甸县委", "常委", _AU08_ZHANG, "挂职"),
        ("au08", "罗甸县政府", "副县长", _AU08_ZHANG, "挂职")], []),
    # ---- editors on two pages of one site
    "au:蒙丽萍": ("蒙丽萍", "editor", "罗甸县", [], ["au05", "au07"]),
    "au:石梦洁": ("石梦洁", "editor", "罗甸县", [], ["au05", "au07"]),
    "au:唐静怡": ("唐静怡", "editor", "罗甸县", [], ["au05", "au07"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("au01", "王芸熙", "责任编辑", "editor", "责任编辑：王芸熙"),
    ("au02", "虞佳宁", "责任编辑", "editor", "责任编辑：虞佳宁"),
    ("au03", "谯雨欣", "记者", "reporter", "本报讯（记者 谯雨欣）"),
    ("au03", "陈思妤", "编辑", "editor", "编辑：陈思妤"),
    ("au03", "李昊天", "校对", "editor", "校对：李昊天"),
    ("au05", "蒙丽萍", "编辑", "editor", "编辑：蒙丽萍"),
    ("au05", "石梦洁", "二审", "editor", "二审：石梦洁"),
    ("au05", "唐静怡", "三审", "editor", "三审：唐静怡"),
    ("au06", "周子涵", "责任编辑", "editor", "责任编辑：周子涵"),
    ("au07", "蒙丽萍", "编辑", "editor", "编辑：蒙丽萍"),
    ("au07", "石梦洁", "二审", "editor", "二审：石梦洁"),
    ("au07", "唐静怡", "三审", "editor", "三审：唐静怡"),
    ("au08", "杜晓阳", "记者", "reporter", "本报讯（记者 杜晓阳）"),
    ("au08", "覃宇航", "编辑", "editor", "编辑：覃宇航"),
    ("au08", "吴雅楠", "审核", "editor", "审核：吴雅楠"),
    ("au09", "应晓龙", "记者", "reporter", "本报讯（记者 应晓龙）"),
    ("au09", "邱婉清", "责任编辑", "editor", "责任编辑：邱婉清"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("au01", "普陀区党政代表团考察东西部协作工作", "inspection (党政代表团考察)", "3月23日至24日", None, "邬立群", [],
     ["贺静波", "冉志鹏", "向代明", "虞晨阳", "何德胜"], ["何德胜", "邬立群"], "万源市",
     "浙江省舟山市普陀区委书记邬立群率普陀区党政代表团来万考察东西部协作工作",
     ["普陀区委书记邬立群率普陀区党政代表团", "普陀区副区长贺静波及区有关部门负责同志随团考察", _AU01_HOSTS,
      "何德胜介绍了", "邬立群指出"]),
    ("au01", "普陀区—万源市2022年东西部协作第一次联席会议", "meeting (东西部协作联席会议)", "24日上午", "向代明", None, [],
     ["邬立群", "贺静波", "冉志鹏", "虞晨阳", "何德胜"], ["虞晨阳", "冉志鹏", "邬立群"], None,
     "24日上午，联席会议召开，会议由向代明主持",
     ["会议由向代明主持", "虞晨阳汇报了", "冉志鹏代表万源市委、市政府", "邬立群表示", "贺静波与向代明代表两地签订",
      "并出席普陀区—万源市2022年东西部协作第一次联席会议"]),
    ("au02", "万源市党政代表团考察交流", "inspection (党政代表团考察)", "9月14日至15日", None, "冉志鹏", [],
     ["邬立群", "宓海军", "贺静波", "虞晨阳"], ["虞晨阳"], "舟山市普陀区",
     "四川省万源市委书记冉志鹏率万源市党政代表团来普考察交流",
     ["万源市委书记冉志鹏率万源市党政代表团", _AU02_HOSTS, "副市长（挂职）虞晨阳随团考察", "虞晨阳介绍了"]),
    ("au02", "座谈会", "meeting (座谈会)", "9月14日至15日", None, None, [],
     ["邬立群", "宓海军", "贺静波"], ["宓海军", "冉志鹏", "邬立群"], None,
     "在随后召开的座谈会上，宓海军介绍了",
     [_AU02_HOSTS, "宓海军介绍了普陀区经济社会发展", "冉志鹏表示", "邬立群表示"]),
    ("au03", "舟山市党政代表团考察协作项目", "inspection (考察)", "6月8日", None, "裘振国", [],
     ["冉志鹏", "柯婉婷", "潘美琳"], ["潘美琳"], "达州市",
     "裘振国一行先后来到高新区舟达产业协作园",
     ["裘振国一行先后来到", "高新区党工委书记潘美琳介绍了", "万源市委书记冉志鹏，宣汉县委书记柯婉婷陪同考察"]),
    ("au03", "舟山·达州2023年东西部协作联席会议", "meeting (东西部协作联席会议)", "6月8日", "龚浩然", None, [],
     ["符国栋", "裘振国", "毛雪芬", "罗文清"], ["符国栋", "裘振国", "罗文清", "毛雪芬"], "达州市",
     "6月8日，舟山·达州2023年东西部协作联席会议在我市召开",
     ["市委书记符国栋，舟山市委书记裘振国讲话", "市长龚浩然主持会议", "舟山市副市长毛雪芬，副市长罗文清出席会议",
      "罗文清通报了", "毛雪芬介绍了", "符国栋代表市委、市政府", "裘振国表示"]),
    ("au04", "普陀—万源东西部协作消费帮扶产品展销周开幕式", "activity (展销周开幕式)", "5月20日", "虞晨阳", None, [],
     ["贺静波", "何德胜", "葛晓峰"], ["何德胜", "贺静波"], "沈家门渔港小镇",
     "5月20日，普陀—万源东西部协作消费帮扶产品展销周在沈家门渔港小镇开幕",
     ["副区长贺静波，万源市副市长何德胜", "副市长（挂职）葛晓峰出席开幕式", "区农业农村局局长虞晨阳主持开幕式",
      "何德胜在致辞中", "贺静波表示"]),
    ("au05", "白云区党政代表团考察东西部协作工作", "inspection (党政代表团考察)", "11月17日至18日", None, "陆镜文", [],
     ["邝家明", "岑茂林", "班朝勇", "冼志杰"], [], "罗甸县",
     "广州市白云区委书记陆镜文率白云区党政代表团来罗甸考察东西部协作工作",
     ["白云区委书记陆镜文率白云区党政代表团", "白云区副区长邝家明随团考察", _AU05_HOSTS]),
    ("au05", "白云区·罗甸县东西部协作党政联席会议", "meeting (东西部协作联席会议)", "18日上午", "班朝勇", None, [],
     ["陆镜文", "邝家明", "岑茂林", "冼志杰"], ["冼志杰", "岑茂林", "陆镜文"], None,
     "18日上午，联席会议召开，会议由班朝勇主持",
     ["会议由班朝勇主持", "冼志杰汇报了", "岑茂林代表县委、县政府", "陆镜文表示", "邝家明与班朝勇代表两地签订",
      "并出席白云区·罗甸县东西部协作党政联席会议"]),
    ("au06", "罗甸县党政代表团考察交流", "inspection (党政代表团考察)", "8月10日至11日", None, "岑茂林", [],
     ["陆镜文", "甄国梁", "邝家明", "冼志杰", "何德胜"], ["何德胜"], "广州市白云区",
     "贵州省黔南州罗甸县委书记岑茂林率罗甸县党政代表团来白云区考察交流",
     ["罗甸县委书记岑茂林率罗甸县党政代表团", _AU06_HOSTS, "副县长冼志杰随团考察", "钟落潭镇党委书记何德胜介绍了"]),
    ("au06", "座谈会", "meeting (座谈会)", "8月10日至11日", None, None, [],
     ["岑茂林", "陆镜文", "甄国梁", "邝家明", "何德胜", "莫金亮"], ["甄国梁", "岑茂林", "陆镜文"], None,
     "座谈会上，甄国梁介绍了白云区经济社会发展情况",
     [_AU06_HOSTS, "甄国梁介绍了", "岑茂林表示", "陆镜文表示", "何德胜与边阳镇党委书记莫金亮分别代表两镇签约"]),
    ("au07", "东西部协作项目建设工作调研", "inspection (调研)", "5月16日", None, "班朝勇", [],
     ["韦廷刚", "冼志杰"], ["冼志杰", "班朝勇", "韦廷刚"], "罗甸县",
     "县委书记班朝勇深入边阳镇、龙坪镇调研东西部协作项目建设工作",
     ["县委书记班朝勇深入边阳镇、龙坪镇调研", "县委副书记、县长韦廷刚，县委常委、副县长（挂职）冼志杰一同调研", "冼志杰介绍了",
      "班朝勇强调", "韦廷刚要求"]),
    ("au08", "白云区·罗甸县2024年东西部协作党政联席会议", "meeting (东西部协作联席会议)", "7月10日", "韦廷刚", None, [],
     ["岑茂林", "陆镜文", "班朝勇", "张瑞琪"], ["岑茂林", "陆镜文", "班朝勇", "张瑞琪"], "罗甸县",
     "7月10日，白云区·罗甸县2024年东西部协作党政联席会议在罗甸县召开",
     ["副州长岑茂林出席会议并讲话", "广州市白云区委书记陆镜文，罗甸县委书记班朝勇讲话", "县长韦廷刚主持会议",
      "张瑞琪通报了", "岑茂林指出", "陆镜文表示", "班朝勇表示"]),
    ("au09", "达州市党政代表团考察", "inspection (党政代表团考察)", "11月20日至21日", None, "符国栋", [],
     ["龚浩然", "裘振国", "金立恒", "宓海军", "袁志清"], ["袁志清"], "舟山市",
     "四川省达州市委书记符国栋，市委副书记、市长龚浩然率达州市党政代表团来舟考察",
     [_AU09_GUESTS, _AU09_HOSTS, "高新区管委会主任袁志清介绍了"]),
    ("au09", "舟山·达州2024年东西部协作联席会议", "meeting (东西部协作联席会议)", "11月20日至21日", "金立恒", None, [],
     ["符国栋", "龚浩然", "裘振国", "宓海军"], ["宓海军", "裘振国", "符国栋"], "舟山市",
     "召开舟山·达州2024年东西部协作联席会议",
     ["联席会议由金立恒主持", "宓海军通报了", "裘振国对达州市党政代表团", "符国栋代表达州市委、市政府"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("au01", "旧院镇普万协作黑鸡标准化养殖基地", "project", "旧院镇普万协作黑鸡标准化养殖基地"),
    ("au01", "青花镇富硒茶精深加工园", "industrial_park", "青花镇富硒茶精深加工园"),
    ("au01", "太平镇普万协作就业帮扶车间", "project", "太平镇普万协作就业帮扶车间"),
    ("au02", "普万协作消费帮扶馆", "project", "东港街道普万协作消费帮扶馆"),
    ("au02", "舟鲜入达冷链物流中心", "logistics_hub", "六横镇舟鲜入达冷链物流中心"),
    ("au03", "舟达产业协作园", "industrial_park", "高新区舟达产业协作园"),
    ("au03", "定宣协作蔬菜产业园", "industrial_park", "宣汉县定宣协作蔬菜产业园"),
    ("au03", "青花镇富硒茶精深加工园", "industrial_park", "万源市青花镇富硒茶精深加工园"),
    ("au03", "舟达陆海联运大通道", "infrastructure_project", "把舟达陆海联运大通道打造成"),
    ("au04", "舟鲜入达冷链物流中心二期", "logistics_hub", "六横镇舟鲜入达冷链物流中心二期建设"),
    ("au05", "边阳镇粤黔协作火龙果产业示范园", "industrial_park", "边阳镇粤黔协作火龙果产业示范园"),
    ("au05", "白云·罗甸协作就业帮扶车间", "project", "龙坪镇易地扶贫搬迁安置点白云·罗甸协作就业帮扶车间"),
    ("au05", "沫阳镇早熟蔬菜基地", "project", "沫阳镇早熟蔬菜基地"),
    ("au06", "江高镇农产品集配中心", "logistics_hub", "江高镇农产品集配中心"),
    ("au06", "罗甸农特产品白云展销中心", "project", "钟落潭镇罗甸农特产品白云展销中心"),
    ("au07", "边阳镇粤黔协作火龙果产业示范园二期", "industrial_park", "边阳镇粤黔协作火龙果产业示范园二期、龙坪镇"),
    ("au07", "白云·罗甸协作就业帮扶车间", "project", "龙坪镇白云·罗甸协作就业帮扶车间"),
    ("au08", "罗甸县红水河沿岸农文旅融合项目", "project", "罗甸县红水河沿岸农文旅融合项目"),
    ("au08", "边阳镇粤黔协作火龙果产业示范园二期", "industrial_park", "考察了边阳镇粤黔协作火龙果产业示范园二期"),
    ("au09", "海洋电子信息产业园", "industrial_park", "高新区海洋电子信息产业园"),
    ("au09", "舟鲜入达冷链物流中心二期", "logistics_hub", "普陀区六横镇舟鲜入达冷链物流中心二期"),
    ("au09", "达州农特产品展销中心", "project", "干览镇达州农特产品展销中心"),
    ("au09", "舟达陆海联运大通道", "infrastructure_project", "推动舟达陆海联运大通道提质扩容"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("au01", "浙江省", "province", "in_title", "浙江省舟山市普陀区委书记邬立群"),
    ("au01", "舟山市", "city", "in_title", "浙江省舟山市普陀区委书记邬立群"),
    ("au01", "普陀区", "district", "in_title", "浙江省舟山市普陀区委书记邬立群"),
    ("au01", "万源市", "county_level_city", "in_event_name", "普陀区—万源市2022年东西部协作第一次联席会议"),
    ("au01", "旧院镇", "town", "in_project_name", "旧院镇普万协作黑鸡标准化养殖基地"),
    ("au01", "青花镇", "town", "in_project_name", "青花镇富硒茶精深加工园"),
    ("au01", "太平镇", "town", "in_project_name", "太平镇普万协作就业帮扶车间"),
    ("au01", "舟山", "city", "standalone", "进入舟山和长三角市场"),
    ("au01", "长三角", "region", "standalone", "进入舟山和长三角市场"),
    ("au01", "普陀", "district", "standalone", "普陀与万源山海相隔"),
    ("au01", "万源", "county_level_city", "standalone", "普陀与万源山海相隔"),
    ("au02", "四川省", "province", "in_title", "四川省万源市委书记冉志鹏"),
    ("au02", "万源市", "county_level_city", "in_title", "四川省万源市委书记冉志鹏"),
    ("au02", "沈家门渔港小镇", "scenic_area", "standalone", "考察了沈家门渔港小镇"),
    ("au02", "东港街道", "sub_district_office", "in_project_name", "东港街道普万协作消费帮扶馆"),
    ("au02", "六横镇", "town", "in_project_name", "六横镇舟鲜入达冷链物流中心"),
    ("au02", "普陀区", "district", "standalone", "宓海军介绍了普陀区经济社会发展"),
    ("au02", "万源", "county_level_city", "standalone", "为万源巩固拓展脱贫攻坚成果"),
    ("au02", "普陀", "district", "standalone", "用好普陀的资金、人才和市场优势"),
    ("au02", "太平镇", "town", "standalone", "普陀区东港街道与万源市太平镇签订结对帮扶协议"),
    ("au03", "舟山", "city", "standalone", "承接舟山船舶配套"),
    ("au03", "舟山市", "city", "in_title", "舟山市委书记裘振国讲话"),
    ("au03", "高新区", "development_zone", "standalone", "高新区舟达产业协作园"),
    ("au03", "宣汉县", "county", "in_project_name", "宣汉县定宣协作蔬菜产业园"),
    ("au03", "万源市", "county_level_city", "in_project_name", "万源市青花镇富硒茶精深加工园"),
    ("au03", "青花镇", "town", "in_project_name", "万源市青花镇富硒茶精深加工园"),
    ("au03", "达州", "city", "standalone", "给予达州的大力支持"),
    ("au04", "沈家门渔港小镇", "scenic_area", "standalone", "展销周在沈家门渔港小镇开幕"),
    ("au04", "万源市", "county_level_city", "in_title", "万源市副市长何德胜"),
    ("au04", "万源", "county_level_city", "standalone", "在万源挂职"),
    ("au04", "普陀", "district", "standalone", "走上普陀群众的餐桌"),
    ("au04", "六横镇", "town", "in_project_name", "六横镇舟鲜入达冷链物流中心二期建设"),
    ("au05", "广州市", "city", "in_title", "广州市白云区委书记陆镜文"),
    ("au05", "白云区", "district", "in_title", "广州市白云区委书记陆镜文"),
    ("au05", "罗甸", "county", "standalone", "来罗甸考察东西部协作工作"),
    ("au05", "边阳镇", "town", "in_project_name", "边阳镇粤黔协作火龙果产业示范园"),
    ("au05", "龙坪镇", "town", "standalone", "龙坪镇易地扶贫搬迁安置点"),
    ("au05", "沫阳镇", "town", "in_project_name", "沫阳镇早熟蔬菜基地"),
    ("au05", "广州", "city", "standalone", "进入广州市场"),
    ("au06", "贵州省", "province", "in_title", "贵州省黔南州罗甸县委书记岑茂林"),
    ("au06", "黔南州", "prefecture", "in_title", "贵州省黔南州罗甸县委书记岑茂林"),
    ("au06", "罗甸县", "county", "in_title", "贵州省黔南州罗甸县委书记岑茂林"),
    ("au06", "白云区", "district", "standalone", "率罗甸县党政代表团来白云区考察交流"),
    ("au06", "江高镇", "town", "in_project_name", "江高镇农产品集配中心"),
    ("au06", "钟落潭镇", "town", "in_project_name", "钟落潭镇罗甸农特产品白云展销中心"),
    ("au06", "太和镇", "town", "standalone", "太和镇一家服装企业"),
    ("au06", "罗甸", "county", "standalone", "罗甸火龙果、脐橙在白云区的销售情况"),
    ("au06", "边阳镇", "town", "standalone", "钟落潭镇与罗甸县边阳镇签订镇镇结对帮扶协议"),
    ("au07", "边阳镇", "town", "standalone", "深入边阳镇、龙坪镇调研"),
    ("au07", "龙坪镇", "town", "standalone", "深入边阳镇、龙坪镇调研"),
    ("au07", "白云区", "district", "standalone", "今年白云区支持罗甸的协作资金安排"),
    ("au07", "罗甸", "county", "standalone", "今年白云区支持罗甸的协作资金安排"),
    ("au07", "广州", "city", "standalone", "组织更多群众到广州稳岗就业"),
    ("au08", "罗甸县", "county", "standalone", "党政联席会议在罗甸县召开"),
    ("au08", "广州市", "city", "in_title", "广州市白云区委书记陆镜文"),
    ("au08", "白云区", "district", "in_title", "广州市白云区委书记陆镜文"),
    ("au08", "红水河", "river", "in_project_name", "罗甸县红水河沿岸农文旅融合项目"),
    ("au08", "边阳镇", "town", "in_project_name", "考察了边阳镇粤黔协作火龙果产业示范园二期"),
    ("au08", "罗甸", "county", "standalone", "罗甸将珍惜协作机遇"),
    ("au09", "四川省", "province", "in_title", "四川省达州市委书记符国栋"),
    ("au09", "达州市", "city", "in_title", "四川省达州市委书记符国栋"),
    ("au09", "高新区", "development_zone", "standalone", "高新区海洋电子信息产业园"),
    ("au09", "达州高新区", "development_zone", "standalone", "与达州高新区共建“飞地园区”"),
    ("au09", "普陀区", "district", "in_project_name", "普陀区六横镇舟鲜入达冷链物流中心二期"),
    ("au09", "六横镇", "town", "in_project_name", "普陀区六横镇舟鲜入达冷链物流中心二期"),
    ("au09", "定海区", "district", "in_project_name", "定海区干览镇达州农特产品展销中心"),
    ("au09", "干览镇", "town", "in_project_name", "定海区干览镇达州农特产品展销中心"),
    ("au09", "舟山", "city", "standalone", "舟山将持续在产业"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="au", conventions="set au (blind set: east–west cooperation 东西部协作 seen from both sides of two real pairings, 浙江 舟山市普陀区 ↔ 四川 达州市万源市 (with the city-level 舟山 ↔ 达州 联席会议) and 广东 广州市白云区 ↔ 贵州 黔南州 罗甸县: delegations' 考察 (inspection led by the 书记 who 率 the delegation) and the 联席会议 / 座谈会 after them (signings part of the meeting), 挂职 posts as holdings of the organ where held (title without （挂职）), the front teams' 组长 as posts of the team, bare organs = the site's or paper's place, 普陀区 and 白云区 with their city, bare 高新区 = the paper's city's zone)",
          persons_note="Set au persons. id = corpus-wide person_id (au:何德胜#1 of 万源 (四川) and au:何德胜#2 of 广州市白云区钟落潭镇 (广东) are two people; au:虞晨阳 moves 万源市委常委、副市长（挂职） 2022 → 舟山市普陀区农业农村局局长 2024; au:宓海军 普陀区长 2022 → 舟山市副市长 2024; au:岑茂林 罗甸县委书记 2021–2022 → 黔南州副州长 2024; au:班朝勇 罗甸县长 2021 → 县委书记 2023–2024)")


if __name__ == "__main__":
    main()
