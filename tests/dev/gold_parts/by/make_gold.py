"""Write gold part ``by`` (a blind set: officials of two places meeting, 东西部协作 delegations seen from both sides,
the host paper's and the guest site's report of one visit, 联席会议 / 座谈会 with both sides' leaders in one sentence,
signing ceremonies with company chairmen) from the tables below.

Pages ``tests/dev/texts/by*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: an investchn copy of the 达州 delegation in 舟山 (both cities'
书记 / 市长 / 人大 / 政协 heads in one sentence, ``…出席会议并参加有关活动``); the 浙江援藏网 page of the 台州—嘉黎 座谈会
(``台州市委书记…与那曲市委副书记、嘉黎县委书记…共商``); the 台州市科技局 page of the 甘孜 delegation (``甘孜州政府副州长、
台州市人大常委会副主任…参加或陪同考察``); the 南充市政府 page of the 台州—南充 联席会议 (来源：南充日报, ``本报浙江台州电
（南充日报社特派全媒体记者 …）``); the investchn page of the 越城区 delegation in 马边 (``区委书记…率越城区党政代表团…，区委
常委、常务副区长…等参加。马边彝族自治县委书记…，县委常委、常务副县长…等接待考察``, a 框架协议 signed at the 联席会); the
中国网 page of the 瑞安 delegation in 南部县 (``南部县委书记…参加联席会及考察调研活动``); the 龙湾—仪陇 座谈会 page; the 余杭
site's 本报讯 of the 余杭 delegation in 稻城 (``甘孜州政府副秘书长、浙江省驻甘孜州工作队队长``); the 西湖区 page of the 青川
联席会议 (both 区长 and 县长 ``讲话``); the 常州经开区 page of the 共和县 delegation (``青海省海南藏族自治州委常委、共和县委书记
…率队``, ``浏览次数：  字号：〖``); the 安康新闻网 page of the 常州 delegation (``副市长…主持座谈会``, districts and counties
signing); the 松桃 page of a 东莞 中堂镇 delegation (a town–town 结对 签约仪式 inside the 联席会议); the 秀山电子报 page of a
庆云 delegation; the 道县 and 定边 pages of 签约仪式 with company 董事长 (``…代表道县人民政府与…董事长…进行现场签约``); a
象山—龙井 page (``黄焕利、权大杰分别代表双方县市签订``); the 集美—和政 page (``集美区委书记…带领…党政考察团来和政县…，和政
县委书记…、县委副书记县长…一同调研，并召开集美区——和政县党政领导联席会议``) and a 厦门—临夏 扶贫协作座谈会 page (临夏州委书记
and 厦门市长 in one sentence); a 张家口日报 page (``【版次】第A1版(要闻)``, a subtitle naming the two leaders). Places are real
and new to the corpus, in three real pairings: 浙江 温州 瑞安市 ↔ 四川 南充 南部县; 浙江 绍兴 越城区 ↔ 四川 乐山 马边彝族自治县;
福建 厦门 集美区 (and 厦门市) ↔ 甘肃 临夏回族自治州 和政县 (and the 州).

Shapes: the host county's site on the guest city's delegation (by01: the guest ``温州市委常委、瑞安市委书记`` in full, then
his team bare ``市委常委、常务副市长`` / ``市委常委、统战部部长`` who ``随团考察``, then the hosts bare ``县委…``; 联席会议 with an
annual agreement signed by the two 常务副 heads); the guest city's paper on the same visit (by02: ``本报四川南部5月17日电``,
``温州市委常委、市委书记`` where the bare 市委 is 瑞安's, the hosts ``南部县委书记…，县委副书记、县长…`` and a town–town 结对
signed by two 镇党委书记); the guest city's site a year later on the host county's return visit (by03: a project 签约仪式 of
its own with a company 董事长 and a 副县长, then a 座谈会; the former 县长 now 县委书记); the guest district's site on its
delegation (by04: ``区委副书记、区长…率越城区党政代表团``, the hosts ``马边彝族自治县委书记…，县委副书记、县长…``); the host
city's paper on the same visit (by05: 乐山日报 第02版; the 越城 区长, a bare ``市委常委、统战部部长`` (乐山's) and the 马边
县委书记 in one sentence; a 会见); the host county's site on its return visit (by06: a 招商推介暨项目签约仪式 with a company
董事长; the former 区长 now 越城区委书记; the 挂职 cadre with his 工作组 role); the host county's site on the guest
district's delegation (by07: ``…集美区委书记…率…；区委常委、常务副区长…随团考察。县委书记…`` and a 挂职 cadre written with his
home post, ``集美区农业农村局副局长、挂职县委常委、副县长``); the host 州's paper (by08: 民族日报 第01版 with a subtitle; the
former 和政 县长 now 副州长) and the guest city's paper (by10: 厦门日报 第A02版, ``本报临夏7月12日电``) on the same city-level
visit; the guest district's site on the host county's return visit two years later (by09: the former 挂职 cadre back home
as a 街道党工委书记; a 劳务协作 agreement signed by a 常务副县长 and a company 董事长 inside the 座谈会).

Identity cases:
- people who move between posts and places: by:敬晓军 is 南部县委副书记、县长 (by01, by02, May 2023) and 南部县委书记 (by03,
  June 2024); by:董俊杰 is 越城区委副书记、区长 (by04, by05, June 2023) and 越城区委书记 (by06, April 2024); by:何晓川 is
  和政县委副书记、县长 (by07, Sept 2022) and 临夏州 副州长 (by08, July 2023); by:陈嘉禾 is 集美区农业农村局副局长 挂职 和政县委
  常委、副县长 (by07, Sept 2022) and 集美区侨英街道党工委书记 back home (by09, May 2024).
- the same officials on both sides' pages: by:柯立衡 (瑞安市委书记: by01 on the 南部 site, by02 in the 瑞安日报, by03 on the 瑞安
  site), by:林益舟 (挂职 南部县委常委、副县长: by01, by02, by03), by:池晓帆 (by01, by03), by:吉克拉哈 (马边彝族自治县委书记:
  by04, by05, by06), by:孟庆舟 / by:俄木阿呷 / by:王晋川 / by:茹国庆, by:郑文彬 (集美区委书记: by07, by08, by09, by10),
  by:马文禄 (和政县委书记: by07, by08, by09), by:苏振邦 / by:喇建国 / by:马永禄 / by:林志勇 / by:吴晓帆 (by08 and by10).
- two different people with one name in unrelated places: by:郑国平#1 is 瑞安市塘下镇党委书记 (浙江, by02); by:郑国平#2 is
  和政县委常委、常务副县长 (甘肃, by07 and by09).
- one organ name in different places: bare ``县委`` is 南部县's (by01), 马边彝族自治县's (by04 after the 马边 书记, by06 on its
  site) and 和政县's (by07, and by09 after the 和政 书记); bare ``区委`` is 越城区's (by04, by06) and 集美区's (by07 after the
  集美 书记, by09 on its site); bare ``市委`` is 瑞安市's (by01 after the 瑞安 书记, by02 and by03), 乐山市's (by05) and
  厦门市's (by10); bare ``州委`` is 临夏回族自治州's (by08, by10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as parts au and t where they speak; decided here where they are silent):
- A visitor's organ is the visitor's place, written in full or bare in the sentence about the delegation (t, au): after
  ``温州市委常委、瑞安市委书记柯立衡率浙江省瑞安市党政代表团来我县…``, ``市委常委、常务副市长池晓帆，市委常委、统战部部长黄梦溪
  随团考察`` on the 南部县 site are 瑞安市委 / 瑞安市政府 / 瑞安市委统战部 (not the county's parent 南充); the hosts' bare
  ``县委书记…，县委副书记、县长…`` are 南部县's. In by04 the visitors are the page's own (``区委`` = 越城区) and the hosts'
  ``县委…`` after ``马边彝族自治县委书记`` are 马边's; in by07 the visitors' ``区委常委、常务副区长`` after the 集美 书记 is
  集美区's and the hosts' bare ``县委`` 和政's.
- DECIDED HERE: ``温州市委常委、市委书记柯立衡`` in the 瑞安日报 (by02) → 温州市委 常委 + 瑞安市委 书记: the bare 市委 is the
  paper's (county-level) city, not the 温州 written just before it (温州's own 书记 is never written 温州市委常委). The same
  holdings where the 南部 site writes it in full (by01).
- DECIDED HERE: a bare ``市委常委、统战部部长苏明礼`` in the 乐山日报 (by05), between a 越城区 visitor and a 马边 host, is 乐山's
  (乐山市委 常委 + 乐山市委统战部 部长): the visitors' organs are 区委 / 区政府, the hosts' 县委, so only the paper's city has
  a 市委; ``市经济合作局局长`` → 乐山市经济合作局 局长.
- 挂职 as au: the post held 挂职 is a holding of the organ where it is held, title without ``（挂职）`` (``县委常委、副县长（挂职）
  林益舟`` → 南部县委 常委 + 南部县政府 副县长); a home post written before it is a holding too (``集美区农业农村局副局长、挂职县委
  常委、副县长陈嘉禾`` → 集美区农业农村局 副局长 + 和政县委 常委 + 和政县政府 副县长, the bare 县委 after 挂职 on the 和政 site
  = 和政). Labels like ``我市挂职干部`` are no post. ``陈嘉禾曾在和政县挂职`` (by09, no date) gives no line (as au04).
- The 东西部协作 front team's role is a post of the team as written (au): ``浙江省驻川东西部协作工作队马边工作组组长`` →
  浙江省驻川东西部协作工作队马边工作组 组长.
- DECIDED HERE: 马边彝族自治县 (an autonomous county; the pages write it in full) is labelled with its full name
  (马边彝族自治县委, 马边彝族自治县政府); 临夏州 / bare 州委 / 州长 / 副州长 → 临夏回族自治州委 / 临夏回族自治州政府 (the
  gazetteer's full name, as au's 黔南). ``州委常委、秘书长`` → 临夏回族自治州委 常委 + 临夏回族自治州委 秘书长; ``州委常委、
  副州长（挂职）`` → 临夏回族自治州委 常委 + 临夏回族自治州政府 副州长. 越城区 and 集美区 are names one city has: no city prefix.
  Towns and streets: county label + name + organ (瑞安市塘下镇党委, 南部县大桥镇党委, 集美区侨英街道党工委).
- Not posts: ``市领导池晓帆、黄梦溪`` (by02; they are named as attendees), company roles: the 董事长 孙立达, 章海鸣 and 洪志坚
  are ``company_executive`` with no holding (CONVENTIONS).
- Events (as au / t): a delegation's 考察 is an ``inspection`` led by the first name before 率 (by03: 敬晓军 before
  ``…县长蒲建成率``); the 联席会议 / 座谈会 is a meeting of its own, its 主持 the chair; a signing inside it is part of it,
  its signers attendees; a 签约仪式 or 招商推介暨项目签约仪式 reported as its own event is a ``ceremony`` (by03, by06) with its
  主持 the chair, signers and 致辞 / 推介 / 表示 persons attendees or speakers; a 会见 (by05) is a meeting whose host is
  speaker and attendee. DECIDED HERE: persons named for the whole visit (``陪同考察或出席会议`` / ``陪同考察或出席活动``, and
  the delegation's ``参加`` in the lead) are attendees of every event of the visit; those who only ``随团考察`` are attendees of
  the 考察 only, unless they sign or speak at the meeting; attendees include the speakers present, not the chair or leader.
  An event not dated apart from the visit takes the visit's range (``5月16日至17日``). DECIDED HERE: the closing ``代表团在
  马边期间还考察了…`` (by05) names nobody and gives no event (as au08).
- Bylines: ``本报讯（记者 …）`` and ``本报四川南部5月17日电（记者 …）`` are reporter lines; ``（集美区融媒体中心 李欣怡）`` an
  author line (as bs); 编辑 / 责任编辑 / 审核 / 终审 / 校对 editor lines.
- Projects: the 协作 works visited, signed or to be pushed, named with a place or a proper name: …产业园二期, 闽临协作产业园,
  汽摩配产业园, 软件园三期 (``industrial_park``); …茶园, …加工厂, …车间, …基地, …深加工项目, a signed 投资 project, a 未来乡村
  示范带 and a 未来社区 (``project``). Agreements (《…协议》) are not projects; generic ``东西部协作帮扶车间`` with no place
  (by10) is not.
- Places: as written, one row per name per file; names inside titles, org references, project and event names count;
  site lines, 来源 lines, mastheads, datelines of the 本版 lists, footers (地址), company names and 上一篇 / 下一篇 / 相关 /
  本版导读 lines are not annotated. Bare ``南部`` / ``马边`` / ``越城`` / ``集美`` / ``和政`` / ``瑞安`` / ``厦门`` are rows of their
  own (kind of the place meant); bare ``临夏`` is the 州 (``autonomous_prefecture``; 临夏市 and 临夏县 are other places).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

MB = "马边彝族自治县"
LX = "临夏回族自治州"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "by01_nanbu.txt": (2023, "发布时间：2023-05-18 09:42", "南部县", [
        ("瑞安市党政代表团来南部考察东西部协作工作", "5月16日至17日", "2023-05-16", "5月16日至17日，温州市委常委",
         "host county site: the 瑞安 delegation (its head in full, his team bare) and the hosts bare; 考察 and 联席会议 with an agreement")]),
    "by02_ruian.txt": (2023, "2023年5月18日　星期四", "瑞安市", [
        ("柯立衡率我市党政代表团赴四川南部县考察东西部协作工作", "5月16日至17日", "2023-05-16", "本报四川南部5月17日电",
         "guest city paper 第01版 on the same visit: 温州市委常委、市委书记 (瑞安's 市委); hosts 南部县委…; a town–town 结对")]),
    "by03_ruian.txt": (2024, "发布日期：2024-06-14", "瑞安市", [
        ("南部县党政代表团来瑞考察交流", "6月12日至13日", "2024-06-12", "6月12日至13日，四川省南部县委书记",
         "guest city site a year later: the return visit; 签约仪式 with a company 董事长; the former 县长 now 县委书记")]),
    "by04_yuecheng.txt": (2023, "发布时间：2023-06-21 16:08", "越城区", [
        ("董俊杰率越城区党政代表团赴马边考察对接东西部协作工作", "6月19日至20日", "2023-06-19", "6月19日至20日，区委副书记",
         "guest district site: the 区长's delegation to 马边; hosts 马边彝族自治县委书记…; 联席会议 with an agreement")]),
    "by05_leshan.txt": (2023, "2023年06月21日　星期三", "乐山市", [
        ("越城区—马边彝族自治县2023年东西部协作联席会议召开", "6月20日", "2023-06-20", "本报讯（记者 张佳宁）6月20日",
         "host city paper 第02版 on the same visit: 越城 区长, 乐山 市委常委 (bare) and 马边 书记 in one sentence; a 会见")]),
    "by06_mabian.txt": (2024, "发布时间：2024-04-12 17:30", MB, [
        ("县党政代表团赴浙江绍兴越城区考察对接东西部协作工作", "4月10日至11日", "2024-04-10", "4月10日至11日，县委书记",
         "host county site on its return visit: 招商推介暨项目签约仪式 with a company 董事长; 董俊杰 now 区委书记; 工作组 role")]),
    "by07_hezheng.txt": (2022, "发布时间：2022-09-23 18:05", "和政县", [
        ("集美区党政代表团来和政考察东西部协作工作", "9月21日至22日", "2022-09-21", "9月21日至22日，福建省厦门市",
         "host county site: the 集美 delegation; 挂职 cadre with his home post; 联席会议 (县长 主持); 郑国平#2")]),
    "by08_linxia.txt": (2023, "2023年7月13日　星期四", LX, [
        ("厦门市党政代表团来我州考察东西部协作工作", "7月11日至12日", "2023-07-11", "本报讯（记者 马海英）7月11日",
         "host 州 paper 第01版: the 厦门 delegation with the 集美 书记; 州委 bare; the former 和政县长 now 副州长; 联席会议")]),
    "by09_jimei.txt": (2024, "2024-05-17 10:26", "集美区", [
        ("和政县党政代表团来集美考察交流", "5月15日至16日", "2024-05-15", "5月15日至16日，甘肃省临夏州",
         "guest district site on the return visit: the former 挂职 cadre now 街道党工委书记; 座谈会 with a 劳务协作 signing")]),
    "by10_xiamen.txt": (2023, "2023年07月14日　星期五", "厦门市", [
        ("我市党政代表团赴甘肃临夏考察东西部协作工作", "7月11日至12日", "2023-07-11", "本报临夏7月12日电",
         "guest city paper 第A02版 on the same visit as by08: 市委 bare = 厦门; 临夏州委书记 in full; 挂职 副州长")]),
}

_BY01_KE = "温州市委常委、瑞安市委书记柯立衡"
_BY02_KE = "温州市委常委、市委书记柯立衡"
_BY06_RU = "县委常委、副县长（挂职）、浙江省驻川东西部协作工作队马边工作组组长茹国庆"
_BY07_CHEN = "集美区农业农村局副局长、挂职县委常委、副县长陈嘉禾"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 瑞安 (温州) ↔ 南部 (南充)
    "by:柯立衡": ("柯立衡", "official", "瑞安市", [
        ("by01", "温州市委", "常委", _BY01_KE, "2023-05: a visitor written in full on the host's site"),
        ("by01", "瑞安市委", "书记", _BY01_KE, None),
        ("by02", "温州市委", "常委", _BY02_KE, "DECIDED HERE: in the 瑞安日报 the bare 市委 after 温州市委常委 is 瑞安's"),
        ("by02", "瑞安市委", "书记", _BY02_KE, "named in the headline too"),
        ("by03", "瑞安市委", "书记", "市委书记柯立衡", "2024-06: host on his own site")], []),
    "by:池晓帆": ("池晓帆", "official", "瑞安市", [
        ("by01", "瑞安市委", "常委", "市委常委、常务副市长池晓帆", "bare 市委 in the sentence of the 瑞安 delegation (随团考察) = 瑞安, not 南充"),
        ("by01", "瑞安市政府", "常务副市长", "市委常委、常务副市长池晓帆", None),
        ("by03", "瑞安市委", "常委", "市委常委、常务副市长池晓帆", "2024-06"),
        ("by03", "瑞安市政府", "常务副市长", "市委常委、常务副市长池晓帆", None)], ["by02"]),
    "by:黄梦溪": ("黄梦溪", "official", "瑞安市", [
        ("by01", "瑞安市委", "常委", "市委常委、统战部部长黄梦溪", "visitor, bare"),
        ("by01", "瑞安市委统战部", "部长", "市委常委、统战部部长黄梦溪", "统战部 after 市委常委 = the 市委's department")], ["by02"]),
    "by:林益舟": ("林益舟", "official", "南部县", [
        ("by01", "南部县委", "常委", "县委常委、副县长（挂职）林益舟", "a 瑞安 cadre 挂职 in 南部; title without （挂职）"),
        ("by01", "南部县政府", "副县长", "县委常委、副县长（挂职）林益舟", None),
        ("by02", "南部县委", "常委", "南部县委常委、副县长林益舟", "``我市挂职干部`` is no post"),
        ("by02", "南部县政府", "副县长", "南部县委常委、副县长林益舟", None),
        ("by03", "南部县委", "常委", "南部县委常委、副县长（挂职）林益舟", "2024-06"),
        ("by03", "南部县政府", "副县长", "南部县委常委、副县长（挂职）林益舟", None)], []),
    "by:冉宏达": ("冉宏达", "official", "南部县", [
        ("by01", "南部县委", "书记", "县委书记冉宏达", "host bare on the 南部 site"),
        ("by02", "南部县委", "书记", "南部县委书记冉宏达", "in full in the guest's paper")], []),
    "by:敬晓军": ("敬晓军", "official", "南部县", [
        ("by01", "南部县委", "副书记", "县委副书记、县长敬晓军", "2023-05 (identity case: 县委书记 in 2024, by03)"),
        ("by01", "南部县政府", "县长", "县委副书记、县长敬晓军", None),
        ("by02", "南部县委", "副书记", "县委副书记、县长敬晓军", "bare 县委 after 南部县委书记"),
        ("by02", "南部县政府", "县长", "县委副书记、县长敬晓军", None),
        ("by03", "南部县委", "书记", "四川省南部县委书记敬晓军", "2024-06: now 县委书记")], []),
    "by:何远航": ("何远航", "official", "南部县", [
        ("by01", "南部县委", "常委", "县委常委、常务副县长何远航", None),
        ("by01", "南部县政府", "常务副县长", "县委常委、常务副县长何远航", None)], []),
    "by:郑国平#1": ("郑国平", "official", "瑞安市", [
        ("by02", "瑞安市塘下镇党委", "书记", "塘下镇党委书记郑国平", "浙江 瑞安; not the 郑国平 of 和政县 (甘肃, by07, by09)")], []),
    "by:罗婷": ("罗婷", "official", "南部县", [
        ("by02", "南部县大桥镇党委", "书记", "南部县大桥镇党委书记罗婷", None)], []),
    "by:蒲建成": ("蒲建成", "official", "南部县", [
        ("by03", "南部县委", "副书记", "县委副书记、县长蒲建成", "visitor: bare 县委 after 南部县委书记 on the 瑞安 site"),
        ("by03", "南部县政府", "县长", "县委副书记、县长蒲建成", "succeeds 敬晓军 as 县长")], []),
    "by:戴宇澄": ("戴宇澄", "official", "瑞安市", [
        ("by03", "瑞安市委", "副书记", "市委副书记、市长戴宇澄", None),
        ("by03", "瑞安市政府", "市长", "市委副书记、市长戴宇澄", None)], []),
    "by:杜晓岚": ("杜晓岚", "official", "南部县", [
        ("by03", "南部县政府", "副县长", "南部县副县长杜晓岚", "signs the project agreement")], []),
    "by:孙立达": ("孙立达", "company_executive", "瑞安市宏骏汽车部件有限公司", [], ["by03"]),  # 董事长: no post
    # ---- 越城 (绍兴) ↔ 马边 (乐山)
    "by:董俊杰": ("董俊杰", "official", "越城区", [
        ("by04", "越城区委", "副书记", "区委副书记、区长董俊杰率越城区党政代表团", "2023-06; named in the headline too (identity case: 区委书记 in 2024, by06)"),
        ("by04", "越城区政府", "区长", "区委副书记、区长董俊杰率越城区党政代表团", None),
        ("by05", "越城区委", "副书记", "越城区委副书记、区长董俊杰", "in the host city's paper"),
        ("by05", "越城区政府", "区长", "越城区委副书记、区长董俊杰", None),
        ("by06", "越城区委", "书记", "越城区委书记董俊杰", "2024-04: now 区委书记")], []),
    "by:孟庆舟": ("孟庆舟", "official", "越城区", [
        ("by04", "越城区委", "常委", "区委常委、常务副区长孟庆舟", None),
        ("by04", "越城区政府", "常务副区长", "区委常委、常务副区长孟庆舟", None),
        ("by05", "越城区委", "常委", "越城区委常委、常务副区长孟庆舟", None),
        ("by05", "越城区政府", "常务副区长", "越城区委常委、常务副区长孟庆舟", None),
        ("by06", "越城区委", "常委", "区委常委、常务副区长孟庆舟", "bare 区委 after 越城区委书记 on the 马边 site"),
        ("by06", "越城区政府", "常务副区长", "区委常委、常务副区长孟庆舟", None)], []),
    "by:詹晓鸥": ("詹晓鸥", "official", "越城区", [
        ("by04", "越城区政府", "副区长", "副区长詹晓鸥", None)], []),
    "by:吉克拉哈": ("吉克拉哈", "official", MB, [
        ("by04", f"{MB}委", "书记", "马边彝族自治县委书记吉克拉哈", "DECIDED HERE: full name of the autonomous county"),
        ("by05", f"{MB}委", "书记", "马边彝族自治县委书记吉克拉哈出席会议并讲话", None),
        ("by06", f"{MB}委", "书记", "县委书记吉克拉哈率县党政代表团", "2024-04: bare on his own site")], []),
    "by:俄木阿呷": ("俄木阿呷", "official", MB, [
        ("by04", f"{MB}委", "副书记", "县委副书记、县长俄木阿呷", "host: bare 县委 after the 马边 书记 on the 越城 site"),
        ("by04", f"{MB}政府", "县长", "县委副书记、县长俄木阿呷", None),
        ("by05", f"{MB}委", "副书记", "马边彝族自治县委副书记、县长俄木阿呷", None),
        ("by05", f"{MB}政府", "县长", "马边彝族自治县委副书记、县长俄木阿呷", None)], []),
    "by:王晋川": ("王晋川", "official", MB, [
        ("by04", f"{MB}委", "常委", "县委常委、常务副县长王晋川", None),
        ("by04", f"{MB}政府", "常务副县长", "县委常委、常务副县长王晋川", None),
        ("by06", f"{MB}委", "常委", "县委常委、常务副县长王晋川", "2024-04"),
        ("by06", f"{MB}政府", "常务副县长", "县委常委、常务副县长王晋川", None)], []),
    "by:茹国庆": ("茹国庆", "official", MB, [
        ("by04", f"{MB}委", "常委", "县委常委、副县长（挂职）茹国庆", "a 越城 cadre 挂职 in 马边"),
        ("by04", f"{MB}政府", "副县长", "县委常委、副县长（挂职）茹国庆", None),
        ("by06", f"{MB}委", "常委", _BY06_RU, "2024-04"),
        ("by06", f"{MB}政府", "副县长", _BY06_RU, None),
        ("by06", "浙江省驻川东西部协作工作队马边工作组", "组长", _BY06_RU, "the front team's role is a post of the team (as au)")], []),
    "by:苏明礼": ("苏明礼", "official", "乐山市", [
        ("by05", "乐山市委", "常委", "市委常委、统战部部长苏明礼", "DECIDED HERE: bare 市委 in the 乐山日报 between a 区 visitor and a 县 host = 乐山"),
        ("by05", "乐山市委统战部", "部长", "市委常委、统战部部长苏明礼", None)], []),
    "by:郭振宇": ("郭振宇", "official", "乐山市", [
        ("by05", "乐山市经济合作局", "局长", "市经济合作局局长郭振宇", None)], []),
    "by:方铭远": ("方铭远", "official", "越城区", [
        ("by06", "越城区委", "副书记", "区委副书记、区长方铭远", "succeeds 董俊杰 as 区长"),
        ("by06", "越城区政府", "区长", "区委副书记、区长方铭远", None)], []),
    "by:章海鸣": ("章海鸣", "company_executive", "绍兴越隆纺织科技有限公司", [], ["by06"]),  # 董事长: no post
    # ---- 集美 (厦门) ↔ 和政 (临夏)
    "by:郑文彬": ("郑文彬", "official", "集美区", [
        ("by07", "集美区委", "书记", "福建省厦门市集美区委书记郑文彬", "2022-09: visitor in full on the host's site"),
        ("by08", "集美区委", "书记", "集美区委书记郑文彬", "2023-07: member of the 厦门 delegation"),
        ("by10", "集美区委", "书记", "集美区委书记郑文彬参加", None),
        ("by09", "集美区委", "书记", "区委书记郑文彬", "2024-05: host on his own site")], []),
    "by:庄雅婷": ("庄雅婷", "official", "集美区", [
        ("by07", "集美区委", "常委", "区委常委、常务副区长庄雅婷", "visitor, bare 区委 after the 集美 书记"),
        ("by07", "集美区政府", "常务副区长", "区委常委、常务副区长庄雅婷", None)], []),
    "by:马文禄": ("马文禄", "official", "和政县", [
        ("by07", "和政县委", "书记", "县委书记马文禄", "host, bare"),
        ("by08", "和政县委", "书记", "和政县委书记马文禄", None),
        ("by09", "和政县委", "书记", "甘肃省临夏州和政县委书记马文禄", "2024-05: visitor in full on the 集美 site")], []),
    "by:何晓川": ("何晓川", "official", "和政县", [
        ("by07", "和政县委", "副书记", "县委副书记、县长何晓川", "2022-09 (identity case: 副州长 in 2023, by08)"),
        ("by07", "和政县政府", "县长", "县委副书记、县长何晓川", None),
        ("by08", f"{LX}政府", "副州长", "副州长何晓川", "2023-07: now 临夏州 副州长")], []),
    "by:郑国平#2": ("郑国平", "official", "和政县", [
        ("by07", "和政县委", "常委", "县委常委、常务副县长郑国平", "甘肃 和政; not the 郑国平 of 瑞安 (浙江, by02)"),
        ("by07", "和政县政府", "常务副县长", "县委常委、常务副县长郑国平", None),
        ("by09", "和政县委", "常委", "和政县委常委、常务副县长郑国平", "2024-05"),
        ("by09", "和政县政府", "常务副县长", "和政县委常委、常务副县长郑国平", None)], []),
    "by:陈嘉禾": ("陈嘉禾", "official", "集美区", [
        ("by07", "集美区农业农村局", "副局长", _BY07_CHEN, "2022-09: home post written before the 挂职 posts"),
        ("by07", "和政县委", "常委", _BY07_CHEN, "bare 县委 after 挂职 on the 和政 site = 和政"),
        ("by07", "和政县政府", "副县长", _BY07_CHEN, None),
        ("by09", "集美区侨英街道党工委", "书记", "侨英街道党工委书记陈嘉禾", "2024-05: back home; ``曾在和政县挂职`` (no date) gives no line")], []),
    "by:苏振邦": ("苏振邦", "official", "厦门市", [
        ("by08", "厦门市委", "副书记", "福建省厦门市委副书记苏振邦", None),
        ("by10", "厦门市委", "副书记", "市委副书记苏振邦率我市党政代表团", "bare 市委 in the 厦门日报; named in the subtitle too")], []),
    "by:林志勇": ("林志勇", "official", "厦门市", [
        ("by08", "厦门市政府", "副市长", "厦门市副市长林志勇", None),
        ("by10", "厦门市政府", "副市长", "副市长林志勇", "bare in the 厦门日报, a new sentence after the 临夏 hosts")], []),
    "by:喇建国": ("喇建国", "official", LX, [
        ("by08", f"{LX}委", "书记", "州委书记喇建国", "named in the subtitle too; DECIDED HERE: 州委 → 临夏回族自治州委"),
        ("by10", f"{LX}委", "书记", "临夏州委书记喇建国", None)], []),
    "by:马永禄": ("马永禄", "official", LX, [
        ("by08", f"{LX}委", "副书记", "州委副书记、州长马永禄", None),
        ("by08", f"{LX}政府", "州长", "州委副书记、州长马永禄", None),
        ("by10", f"{LX}委", "副书记", "州委副书记、州长马永禄", "bare 州委 after 临夏州委书记 in the 厦门日报"),
        ("by10", f"{LX}政府", "州长", "州委副书记、州长马永禄", None)], []),
    "by:冶春霞": ("冶春霞", "official", LX, [
        ("by08", f"{LX}委", "常委", "州委常委、秘书长冶春霞", None),
        ("by08", f"{LX}委", "秘书长", "州委常委、秘书长冶春霞", "秘书长 after 州委常委 = the 州委's")], []),
    "by:吴晓帆": ("吴晓帆", "official", LX, [
        ("by08", f"{LX}委", "常委", "州委常委、副州长（挂职）吴晓帆", "a 厦门 cadre 挂职 in 临夏"),
        ("by08", f"{LX}政府", "副州长", "州委常委、副州长（挂职）吴晓帆", None),
        ("by10", f"{LX}委", "常委", "临夏州委常委、副州长吴晓帆", "``我市挂职干部`` is no post"),
        ("by10", f"{LX}政府", "副州长", "临夏州委常委、副州长吴晓帆", None)], []),
    "by:妥建华": ("妥建华", "official", "和政县", [
        ("by09", "和政县委", "副书记", "县委副书记、县长妥建华", "visitor: bare 县委 after 和政县委书记 on the 集美 site"),
        ("by09", "和政县政府", "县长", "县委副书记、县长妥建华", "succeeds 何晓川")], []),
    "by:黄振业": ("黄振业", "official", "集美区", [
        ("by09", "集美区委", "副书记", "区委副书记、区长黄振业", None),
        ("by09", "集美区政府", "区长", "区委副书记、区长黄振业", None)], []),
    "by:洪志坚": ("洪志坚", "company_executive", "厦门鹭和智造科技有限公司", [], ["by09"]),  # 董事长: no post
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("by01", "王艺涵", "责任编辑", "editor", "责任编辑：王艺涵"),
    ("by01", "许文杰", "审核", "editor", "审核：许文杰"),
    ("by02", "陈思颖", "记者", "reporter", "本报四川南部5月17日电（记者 陈思颖）"),
    ("by02", "曾雅琳", "编辑", "editor", "编辑：曾雅琳"),
    ("by03", "郭晓敏", "责任编辑", "editor", "责任编辑：郭晓敏"),
    ("by04", "叶子涵", "编辑", "editor", "编辑：叶子涵"),
    ("by04", "邱雨桐", "审核", "editor", "审核：邱雨桐"),
    ("by05", "张佳宁", "记者", "reporter", "本报讯（记者 张佳宁）"),
    ("by05", "王可欣", "编辑", "editor", "编辑：王可欣"),
    ("by06", "阿说木呷", "编辑", "editor", "编辑：阿说木呷"),
    ("by06", "沈知远", "审核", "editor", "审核：沈知远"),
    ("by06", "鲁达", "终审", "editor", "终审：鲁达"),
    ("by07", "安淑芳", "责任编辑", "editor", "责任编辑：安淑芳"),
    ("by08", "马海英", "记者", "reporter", "本报讯（记者 马海英）"),
    ("by08", "海光明", "责任编辑", "editor", "责任编辑：海光明"),
    ("by09", "李欣怡", "供稿", "author", "（集美区融媒体中心 李欣怡）"),
    ("by10", "林晓琪", "记者", "reporter", "本报临夏7月12日电（记者 林晓琪）"),
    ("by10", "庄晓玲", "编辑", "editor", "编辑：庄晓玲"),
    ("by10", "蔡佩琪", "校对", "editor", "校对：蔡佩琪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    # by01: 南部 site
    ("by01", "瑞安市党政代表团东西部协作考察", "inspection (考察)", "5月16日至17日", None, "柯立衡", [],
     ["池晓帆", "黄梦溪", "冉宏达", "敬晓军", "何远航", "林益舟"], ["林益舟"], "南部县",
     "温州市委常委、瑞安市委书记柯立衡率浙江省瑞安市党政代表团来我县考察东西部协作工作",
     ["瑞安市委书记柯立衡率浙江省瑞安市党政代表团来我县考察", "统战部部长黄梦溪随团考察", "县委书记冉宏达",
      "县委常委、副县长（挂职）林益舟陪同考察或出席会议", "林益舟介绍了园区"]),
    ("by01", "瑞安市—南部县2023年东西部协作党政联席会议", "meeting (联席会议)", "5月16日至17日", "冉宏达", None, [],
     ["柯立衡", "池晓帆", "敬晓军", "何远航", "林益舟"], ["冉宏达", "敬晓军", "柯立衡"], "南部县",
     "在随后召开的联席会议上，冉宏达主持会议并介绍了我县经济社会发展和东西部协作工作情况",
     ["冉宏达主持会议并介绍了", "敬晓军通报了", "何远航与池晓帆分别代表两地签订", "柯立衡指出", "冉宏达代表县委、县政府",
      "陪同考察或出席会议"]),
    # by02: 瑞安日报
    ("by02", "瑞安市党政代表团赴南部县考察东西部协作工作", "inspection (考察)", "5月16日至17日", None, "柯立衡", [],
     ["冉宏达", "敬晓军", "池晓帆", "黄梦溪", "林益舟"], ["林益舟", "柯立衡"], "南部县",
     "温州市委常委、市委书记柯立衡率我市党政代表团赴四川省南充市南部县，考察东西部协作工作",
     ["市委书记柯立衡率我市党政代表团赴四川省南充市南部县", "县委副书记、县长敬晓军陪同考察", "市领导池晓帆、黄梦溪参加",
      "副县长林益舟介绍", "柯立衡察看茶苗长势，叮嘱"]),
    ("by02", "瑞安市—南部县2023年东西部协作党政联席会议", "meeting (联席会议)", "5月16日至17日", None, None, [],
     ["柯立衡", "池晓帆", "黄梦溪", "郑国平", "罗婷", "冉宏达"], ["柯立衡", "冉宏达"], "南部县",
     "并出席瑞安市—南部县2023年东西部协作党政联席会议",
     ["市领导池晓帆、黄梦溪参加", "塘下镇党委书记郑国平与南部县大桥镇党委书记罗婷签订", "柯立衡表示", "冉宏达说"]),
    # by03: 瑞安 site
    ("by03", "南部县党政代表团来瑞考察交流", "inspection (考察)", "6月12日至13日", None, "敬晓军", [],
     ["蒲建成", "柯立衡", "戴宇澄", "池晓帆"], [], "瑞安市",
     "四川省南部县委书记敬晓军，县委副书记、县长蒲建成率南部县党政代表团来瑞考察交流",
     ["南部县委书记敬晓军，县委副书记、县长蒲建成率南部县党政代表团来瑞考察交流",
      "市委常委、常务副市长池晓帆陪同考察或出席活动"]),
    ("by03", "瑞安市—南部县东西部协作产业合作项目签约仪式", "ceremony (签约仪式)", "6月12日至13日", "池晓帆", None, [],
     ["敬晓军", "蒲建成", "柯立衡", "戴宇澄", "杜晓岚", "孙立达"], ["蒲建成", "孙立达"], "瑞安市",
     "并出席瑞安市—南部县东西部协作产业合作项目签约仪式",
     ["签约仪式由池晓帆主持", "南部县副县长杜晓岚与瑞安市宏骏汽车部件有限公司董事长孙立达签订", "蒲建成推介了", "孙立达表示"]),
    ("by03", "座谈会", "meeting (座谈会)", "6月12日至13日", None, None, [],
     ["敬晓军", "蒲建成", "柯立衡", "戴宇澄", "池晓帆", "林益舟"], ["柯立衡", "敬晓军", "戴宇澄", "林益舟"], "瑞安市",
     "在随后召开的座谈会上，柯立衡对南部县党政代表团的到来表示欢迎",
     ["柯立衡对南部县党政代表团的到来表示欢迎", "敬晓军代表南部县委、县政府感谢", "戴宇澄介绍了", "林益舟汇报了"]),
    # by04: 越城 site
    ("by04", "越城区党政代表团赴马边考察对接东西部协作工作", "inspection (考察)", "6月19日至20日", None, "董俊杰", [],
     ["孟庆舟", "詹晓鸥", "吉克拉哈", "俄木阿呷", "王晋川", "茹国庆"], ["茹国庆"], MB,
     "区委副书记、区长董俊杰率越城区党政代表团赴四川省乐山市马边彝族自治县，考察对接东西部协作工作",
     ["区长董俊杰率越城区党政代表团赴四川省乐山市马边彝族自治县", "副区长詹晓鸥等参加", "茹国庆等陪同考察", "茹国庆介绍了"]),
    ("by04", "越城区—马边彝族自治县2023年东西部协作联席会议", "meeting (联席会议)", "6月19日至20日", "俄木阿呷", None, [],
     ["董俊杰", "孟庆舟", "詹晓鸥", "吉克拉哈", "王晋川", "茹国庆"], ["吉克拉哈", "茹国庆", "董俊杰"], MB,
     "在随后召开的越城区—马边彝族自治县2023年东西部协作联席会议上，俄木阿呷主持会议",
     ["俄木阿呷主持会议", "吉克拉哈介绍了", "茹国庆汇报了", "孟庆舟与王晋川分别代表两地签订", "董俊杰指出", "吉克拉哈代表马边县委、县政府"]),
    # by05: 乐山日报
    ("by05", "越城区—马边彝族自治县2023年东西部协作联席会议", "meeting (联席会议)", "6月20日", None, None, [],
     ["董俊杰", "苏明礼", "吉克拉哈", "孟庆舟", "俄木阿呷", "郭振宇"], ["董俊杰", "苏明礼", "吉克拉哈"], MB,
     "浙江省绍兴市越城区—马边彝族自治县2023年东西部协作联席会议在马边召开",
     ["区长董俊杰，市委常委、统战部部长苏明礼，马边彝族自治县委书记吉克拉哈出席会议并讲话", "市经济合作局局长郭振宇参加会议",
      "董俊杰表示", "吉克拉哈表示"]),
    ("by05", "苏明礼会见越城区党政代表团", "meeting (会见)", "6月20日", None, None, [],
     ["苏明礼"], ["苏明礼"], MB,
     "会前，苏明礼会见了越城区党政代表团一行",
     ["苏明礼会见了越城区党政代表团一行", "苏明礼代表市委、市政府"]),
    # by06: 马边 site
    ("by06", "马边彝族自治县党政代表团赴越城区考察对接东西部协作工作", "inspection (考察)", "4月10日至11日", None, "吉克拉哈", [],
     ["王晋川", "茹国庆", "董俊杰", "方铭远", "孟庆舟"], [], "越城区",
     "县委书记吉克拉哈率县党政代表团赴浙江省绍兴市越城区考察对接东西部协作工作",
     ["县委书记吉克拉哈率县党政代表团", "马边工作组组长茹国庆参加", "区委常委、常务副区长孟庆舟陪同考察或出席活动"]),
    ("by06", "越城区—马边彝族自治县东西部协作招商推介暨项目签约仪式", "ceremony (招商推介暨项目签约仪式)", "4月10日至11日", "孟庆舟", None, [],
     ["吉克拉哈", "王晋川", "茹国庆", "董俊杰", "方铭远", "章海鸣"], ["方铭远", "吉克拉哈"], "越城区",
     "并出席越城区—马边彝族自治县东西部协作招商推介暨项目签约仪式",
     ["方铭远致辞", "吉克拉哈推介了", "王晋川与绍兴越隆纺织科技有限公司董事长章海鸣签订", "孟庆舟主持签约仪式"]),
    ("by06", "座谈会", "meeting (座谈会)", "4月10日至11日", None, None, [],
     ["吉克拉哈", "王晋川", "茹国庆", "董俊杰", "方铭远", "孟庆舟"], ["董俊杰", "吉克拉哈", "茹国庆"], "越城区",
     "随后召开的座谈会上，董俊杰表示",
     ["董俊杰表示", "吉克拉哈代表县委、县政府感谢", "茹国庆汇报了"]),
    # by07: 和政 site
    ("by07", "集美区党政代表团来和政考察东西部协作工作", "inspection (考察)", "9月21日至22日", None, "郑文彬", [],
     ["庄雅婷", "马文禄", "何晓川", "郑国平", "陈嘉禾"], ["陈嘉禾"], "和政县",
     "福建省厦门市集美区委书记郑文彬率集美区党政代表团来我县考察东西部协作工作",
     ["集美区委书记郑文彬率集美区党政代表团来我县考察", "常务副区长庄雅婷随团考察", "副县长陈嘉禾陪同考察或出席会议", "陈嘉禾介绍了"]),
    ("by07", "集美区—和政县2022年东西部协作联席会议", "meeting (联席会议)", "9月21日至22日", "何晓川", None, [],
     ["郑文彬", "马文禄", "郑国平", "陈嘉禾"], ["马文禄", "郑国平", "郑文彬"], "和政县",
     "联席会议由何晓川主持",
     ["联席会议由何晓川主持", "马文禄介绍了", "郑国平通报了", "郑文彬指出", "马文禄代表县委、县政府"]),
    # by08: 民族日报
    ("by08", "厦门市党政代表团来临夏州考察东西部协作工作", "inspection (考察)", "7月11日至12日", None, "苏振邦", [],
     ["林志勇", "郑文彬", "喇建国", "马永禄", "何晓川", "冶春霞", "吴晓帆", "马文禄"], ["马文禄"], "临夏州",
     "福建省厦门市委副书记苏振邦率厦门市党政代表团来我州考察东西部协作工作",
     ["厦门市委副书记苏振邦率厦门市党政代表团来我州考察", "集美区委书记郑文彬随团考察", "吴晓帆陪同考察或出席会议",
      "和政县委书记马文禄介绍了"]),
    ("by08", "厦门市—临夏州2023年东西部协作联席会议", "meeting (联席会议)", "7月11日至12日", "马永禄", None, [],
     ["苏振邦", "喇建国", "何晓川", "冶春霞", "吴晓帆"], ["吴晓帆", "何晓川", "喇建国", "苏振邦"], "临夏州",
     "在联席会议上，马永禄主持会议",
     ["马永禄主持会议", "吴晓帆通报了", "何晓川就劳务协作和消费帮扶工作作了发言", "喇建国代表州委、州政府", "苏振邦表示"]),
    # by09: 集美 site
    ("by09", "和政县党政代表团来集美考察交流", "inspection (考察)", "5月15日至16日", None, "马文禄", [],
     ["妥建华", "郑文彬", "黄振业", "陈嘉禾", "郑国平"], ["陈嘉禾"], "集美区",
     "甘肃省临夏州和政县委书记马文禄，县委副书记、县长妥建华率和政县党政代表团来集美考察交流",
     ["和政县委书记马文禄，县委副书记、县长妥建华率和政县党政代表团", "侨英街道党工委书记陈嘉禾陪同考察或出席座谈会",
      "常务副县长郑国平随团考察", "陈嘉禾曾在和政县挂职，他向代表团介绍了"]),
    ("by09", "集美区—和政县东西部协作座谈会", "meeting (座谈会)", "5月15日至16日", None, None, [],
     ["马文禄", "妥建华", "郑文彬", "黄振业", "陈嘉禾", "郑国平", "洪志坚"], ["黄振业", "妥建华", "郑文彬", "马文禄"], "集美区",
     "并召开集美区—和政县东西部协作座谈会",
     ["黄振业介绍了", "妥建华介绍了", "郑国平与厦门鹭和智造科技有限公司董事长洪志坚签订", "郑文彬表示", "马文禄代表县委、县政府"]),
    # by10: 厦门日报
    ("by10", "厦门市党政代表团赴临夏考察东西部协作工作", "inspection (考察)", "7月11日至12日", None, "苏振邦", [],
     ["喇建国", "马永禄", "林志勇", "郑文彬", "吴晓帆"], ["吴晓帆"], "临夏回族自治州",
     "市委副书记苏振邦率我市党政代表团赴甘肃省临夏回族自治州考察东西部协作工作",
     ["市委副书记苏振邦率我市党政代表团", "州长马永禄陪同考察或参加会议", "副市长林志勇，集美区委书记郑文彬参加", "吴晓帆汇报了"]),
    ("by10", "厦门市—临夏州2023年东西部协作联席会议", "meeting (联席会议)", "7月11日至12日", None, None, [],
     ["苏振邦", "喇建国", "马永禄", "林志勇", "郑文彬"], ["苏振邦", "喇建国"], "临夏回族自治州",
     "出席厦门市—临夏州2023年东西部协作联席会议",
     ["苏振邦在联席会议上表示", "喇建国感谢", "州长马永禄陪同考察或参加会议", "副市长林志勇，集美区委书记郑文彬参加"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("by01", "升钟镇瑞南共富茶园", "project", "先后来到升钟镇瑞南共富茶园"),
    ("by01", "南部县瑞南协作产业园二期", "industrial_park", "南部县瑞南协作产业园二期"),
    ("by01", "大桥镇东西部协作就业帮扶车间", "project", "大桥镇东西部协作就业帮扶车间"),
    ("by02", "瑞南协作产业园二期", "industrial_park", "代表团走进瑞南协作产业园二期"),
    ("by02", "升钟镇瑞南共富茶园", "project", "在升钟镇瑞南共富茶园"),
    ("by03", "塘下镇汽摩配产业园", "industrial_park", "先后走进塘下镇汽摩配产业园"),
    ("by03", "飞云江未来乡村示范带", "project", "飞云江未来乡村示范带"),
    ("by03", "年产30万套汽车制动系统项目", "project", "签订年产30万套汽车制动系统项目投资协议"),
    ("by03", "南部县瑞南协作产业园二期", "industrial_park", "该项目将落户南部县瑞南协作产业园二期"),
    ("by04", "荣丁镇越马共建茶叶加工厂", "project", "先后来到荣丁镇越马共建茶叶加工厂"),
    ("by04", "民建镇东西部协作易地搬迁安置点就业帮扶车间", "project", "民建镇东西部协作易地搬迁安置点就业帮扶车间"),
    ("by04", "苏坝镇越马协作竹笋产业基地", "project", "苏坝镇越马协作竹笋产业基地"),
    ("by05", "越马共建茶叶加工厂二期", "project", "重点推进越马共建茶叶加工厂二期"),
    ("by05", "马边纺织服装产业园", "industrial_park", "马边纺织服装产业园等项目建设"),
    ("by06", "斗门街道未来社区", "project", "斗门街道未来社区"),
    ("by06", "马边纺织服装加工项目", "project", "签订马边纺织服装加工项目投资协议"),
    ("by07", "松鸣镇集美帮扶啤特果深加工项目", "project", "先后来到松鸣镇集美帮扶啤特果深加工项目"),
    ("by07", "买家集镇集和协作中药材加工车间", "project", "买家集镇集和协作中药材加工车间"),
    ("by07", "三合镇东西部协作牛羊养殖示范基地", "project", "三合镇东西部协作牛羊养殖示范基地"),
    ("by08", "临夏州闽临协作产业园", "industrial_park", "考察了临夏州闽临协作产业园"),
    ("by08", "和政县松鸣镇集美帮扶啤特果深加工项目", "project", "和政县松鸣镇集美帮扶啤特果深加工项目"),
    ("by08", "积石山县东西部协作帮扶车间", "project", "积石山县东西部协作帮扶车间"),
    ("by09", "集美新城软件园三期", "industrial_park", "先后考察了集美新城软件园三期"),
    ("by10", "闽临协作产业园", "industrial_park", "走访闽临协作产业园"),
    ("by10", "啤特果深加工项目", "project", "啤特果深加工项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("by01", "温州市", "city", "in_title", _BY01_KE),
    ("by01", "瑞安市", "county_level_city", "in_title", _BY01_KE),
    ("by01", "浙江省", "province", "in_org_reference", "率浙江省瑞安市党政代表团来我县"),
    ("by01", "南部", "county", "standalone", "瑞安市党政代表团来南部考察东西部协作工作"),
    ("by01", "南部县", "county", "in_project_name", "南部县瑞南协作产业园二期"),
    ("by01", "升钟镇", "town", "in_project_name", "先后来到升钟镇瑞南共富茶园"),
    ("by01", "大桥镇", "town", "in_project_name", "大桥镇东西部协作就业帮扶车间"),
    ("by01", "瑞安", "county_level_city", "standalone", "园区引进瑞安汽摩配企业"),
    ("by02", "四川", "province", "standalone", "赴四川南部县考察东西部协作工作"),
    ("by02", "南部县", "county", "standalone", "赴四川南部县考察东西部协作工作"),
    ("by02", "温州市", "city", "in_title", _BY02_KE),
    ("by02", "四川省", "province", "standalone", "赴四川省南充市南部县"),
    ("by02", "南充市", "city", "standalone", "赴四川省南充市南部县"),
    ("by02", "川东北", "region", "standalone", "南部县地处川东北"),
    ("by02", "升钟镇", "town", "in_project_name", "在升钟镇瑞南共富茶园"),
    ("by02", "瑞安", "county_level_city", "standalone", "走进瑞安人的茶杯"),
    ("by02", "塘下镇", "town", "in_title", "塘下镇党委书记郑国平"),
    ("by02", "大桥镇", "town", "in_title", "南部县大桥镇党委书记罗婷"),
    ("by02", "南部", "county", "standalone", "要把南部的事当作自家的事来办"),
    ("by02", "瑞安市", "county_level_city", "in_event_name", "出席瑞安市—南部县2023年东西部协作党政联席会议"),
    ("by03", "四川省", "province", "in_title", "四川省南部县委书记敬晓军"),
    ("by03", "南部县", "county", "in_title", "四川省南部县委书记敬晓军"),
    ("by03", "瑞安市", "county_level_city", "in_event_name", "并出席瑞安市—南部县东西部协作产业合作项目签约仪式"),
    ("by03", "塘下镇", "town", "in_project_name", "先后走进塘下镇汽摩配产业园"),
    ("by03", "飞云江", "river", "in_project_name", "飞云江未来乡村示范带"),
    ("by03", "南部", "county", "standalone", "企业看中的是南部的劳动力资源"),
    ("by03", "瑞安", "county_level_city", "standalone", "瑞安将继续把东西部协作摆在重要位置"),
    ("by04", "越城区", "district", "standalone", "率越城区党政代表团赴四川省乐山市马边彝族自治县"),
    ("by04", "马边", "county", "standalone", "董俊杰率越城区党政代表团赴马边考察对接东西部协作工作"),
    ("by04", "四川省", "province", "standalone", "赴四川省乐山市马边彝族自治县"),
    ("by04", "乐山市", "city", "standalone", "赴四川省乐山市马边彝族自治县"),
    ("by04", "马边彝族自治县", "county", "standalone", "赴四川省乐山市马边彝族自治县"),
    ("by04", "荣丁镇", "town", "in_project_name", "先后来到荣丁镇越马共建茶叶加工厂"),
    ("by04", "民建镇", "town", "in_project_name", "民建镇东西部协作易地搬迁安置点就业帮扶车间"),
    ("by04", "苏坝镇", "town", "in_project_name", "苏坝镇越马协作竹笋产业基地"),
    ("by04", "越城", "district", "standalone", "交给越城的重要政治任务"),
    ("by04", "马边县", "county", "in_org_reference", "吉克拉哈代表马边县委、县政府"),
    ("by05", "越城区", "district", "standalone", "越城区—马边彝族自治县2023年东西部协作联席会议召开"),
    ("by05", "马边彝族自治县", "county", "standalone", "越城区—马边彝族自治县2023年东西部协作联席会议召开"),
    ("by05", "浙江省", "province", "standalone", "浙江省绍兴市越城区—马边彝族自治县"),
    ("by05", "绍兴市", "city", "standalone", "浙江省绍兴市越城区—马边彝族自治县"),
    ("by05", "马边", "county", "standalone", "联席会议在马边召开"),
    ("by05", "乐山", "city", "standalone", "乐山与绍兴两地人文相亲"),
    ("by05", "绍兴", "city", "standalone", "乐山与绍兴两地人文相亲"),
    ("by05", "越城", "district", "standalone", "越城将持续加大帮扶力度"),
    ("by05", "荣丁镇", "town", "standalone", "考察了荣丁镇、民建镇、苏坝镇"),
    ("by05", "民建镇", "town", "standalone", "考察了荣丁镇、民建镇、苏坝镇"),
    ("by05", "苏坝镇", "town", "standalone", "考察了荣丁镇、民建镇、苏坝镇"),
    ("by06", "浙江", "province", "standalone", "县党政代表团赴浙江绍兴越城区考察对接东西部协作工作"),
    ("by06", "绍兴", "city", "standalone", "县党政代表团赴浙江绍兴越城区考察对接东西部协作工作"),
    ("by06", "越城区", "district", "standalone", "县党政代表团赴浙江绍兴越城区考察对接东西部协作工作"),
    ("by06", "浙江省", "province", "standalone", "赴浙江省绍兴市越城区"),
    ("by06", "绍兴市", "city", "standalone", "赴浙江省绍兴市越城区"),
    ("by06", "马边彝族自治县", "county", "in_event_name", "越城区—马边彝族自治县东西部协作招商推介暨项目签约仪式"),
    ("by06", "皋埠街道", "sub_district_office", "standalone", "先后走进皋埠街道纺织产业数字化车间"),
    ("by06", "斗门街道", "sub_district_office", "in_project_name", "斗门街道未来社区"),
    ("by06", "越城", "district", "standalone", "详细了解越城在产业转型"),
    ("by06", "马边", "county", "standalone", "推介了马边的资源禀赋"),
    ("by07", "集美区", "district", "standalone", "集美区党政代表团来和政考察东西部协作工作"),
    ("by07", "和政", "county", "standalone", "集美区党政代表团来和政考察东西部协作工作"),
    ("by07", "福建省", "province", "in_title", "福建省厦门市集美区委书记郑文彬"),
    ("by07", "厦门市", "city", "in_title", "福建省厦门市集美区委书记郑文彬"),
    ("by07", "和政县", "county", "in_event_name", "召开集美区—和政县2022年东西部协作联席会议"),
    ("by07", "松鸣镇", "town", "in_project_name", "先后来到松鸣镇集美帮扶啤特果深加工项目"),
    ("by07", "买家集镇", "town", "in_project_name", "买家集镇集和协作中药材加工车间"),
    ("by07", "三合镇", "town", "in_project_name", "三合镇东西部协作牛羊养殖示范基地"),
    ("by07", "集美", "district", "standalone", "推动更多集美企业到和政投资兴业"),
    ("by08", "福建省", "province", "in_title", "福建省厦门市委副书记苏振邦"),
    ("by08", "厦门市", "city", "standalone", "厦门市党政代表团来我州考察东西部协作工作"),
    ("by08", "临夏州", "autonomous_prefecture", "in_event_name", "出席厦门市—临夏州2023年东西部协作联席会议"),
    ("by08", "临夏市", "city", "standalone", "先后深入临夏市、和政县、积石山县"),
    ("by08", "和政县", "county", "standalone", "先后深入临夏市、和政县、积石山县"),
    ("by08", "积石山县", "county", "standalone", "先后深入临夏市、和政县、积石山县"),
    ("by08", "松鸣镇", "town", "in_project_name", "和政县松鸣镇集美帮扶啤特果深加工项目"),
    ("by08", "集美", "district", "in_project_name", "和政县松鸣镇集美帮扶啤特果深加工项目"),
    ("by08", "厦门", "city", "standalone", "厦门对口帮扶临夏十多年来"),
    ("by08", "临夏", "autonomous_prefecture", "standalone", "厦门对口帮扶临夏十多年来"),
    ("by09", "和政县", "county", "standalone", "和政县党政代表团来集美考察交流"),
    ("by09", "集美", "district", "standalone", "和政县党政代表团来集美考察交流"),
    ("by09", "甘肃省", "province", "in_title", "甘肃省临夏州和政县委书记马文禄"),
    ("by09", "临夏州", "autonomous_prefecture", "in_title", "甘肃省临夏州和政县委书记马文禄"),
    ("by09", "集美区", "district", "in_event_name", "并召开集美区—和政县东西部协作座谈会"),
    ("by09", "集美新城", "area", "in_project_name", "先后考察了集美新城软件园三期"),
    ("by09", "侨英街道", "sub_district_office", "in_title", "侨英街道党工委书记陈嘉禾"),
    ("by09", "三合镇", "town", "standalone", "侨英街道与和政县三合镇开展镇街结对"),
    ("by09", "和政", "county", "standalone", "到和政设立帮扶车间和生产基地"),
    ("by10", "甘肃", "province", "standalone", "我市党政代表团赴甘肃临夏考察东西部协作工作"),
    ("by10", "临夏", "autonomous_prefecture", "standalone", "我市党政代表团赴甘肃临夏考察东西部协作工作"),
    ("by10", "厦门市", "city", "in_event_name", "苏振邦出席厦门市—临夏州2023年东西部协作联席会议"),
    ("by10", "临夏州", "autonomous_prefecture", "in_event_name", "苏振邦出席厦门市—临夏州2023年东西部协作联席会议"),
    ("by10", "甘肃省", "province", "standalone", "赴甘肃省临夏回族自治州考察东西部协作工作"),
    ("by10", "临夏回族自治州", "autonomous_prefecture", "standalone", "赴甘肃省临夏回族自治州考察东西部协作工作"),
    ("by10", "临夏市", "city", "standalone", "深入临夏市、和政县、积石山县"),
    ("by10", "和政县", "county", "standalone", "深入临夏市、和政县、积石山县"),
    ("by10", "积石山县", "county", "standalone", "深入临夏市、和政县、积石山县"),
    ("by10", "厦门", "city", "standalone", "是党中央交给厦门的光荣任务"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="by", conventions="set by (blind set: officials of two places meeting: 东西部协作 党政代表团 visits in three real pairings (瑞安市 ↔ 南部县, 越城区 ↔ 马边彝族自治县, 集美区 / 厦门市 ↔ 和政县 / 临夏回族自治州), reported by the host's site or paper and by the guest's; a visitor's bare organs in the sentence about the delegation are the delegation's place, the hosts' the page's; 温州市委常委、市委书记 in the 瑞安日报 = 温州市委 常委 + 瑞安市委 书记; a bare 市委常委 in the 乐山日报 between a 区 visitor and a 县 host = 乐山市委; 挂职 posts are holdings where held, title without （挂职）, with the home post written before them; the front team's 组长 is a post of the team; autonomous 州 / 县 take their full names; company 董事长 no post; 签约仪式 reported on its own a ceremony, a signing inside a 联席会议 / 座谈会 part of it; one line per post per article)",
          persons_note="Set by persons. id = corpus-wide person_id (by:郑国平#1 瑞安市塘下镇党委书记 (浙江) and by:郑国平#2 和政县委常委、常务副县长 (甘肃) are two people; by:敬晓军 南部县长 2023 → 县委书记 2024; by:董俊杰 越城区长 2023 → 区委书记 2024; by:何晓川 和政县长 2022 → 临夏州副州长 2023; by:陈嘉禾 集美区农业农村局副局长 挂职 和政 2022 → 集美区侨英街道党工委书记 2024)")


if __name__ == "__main__":
    main()
