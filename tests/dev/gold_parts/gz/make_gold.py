"""Write gold part ``gz`` (a blind set: leadership changes as the news shows them — a 领导干部大会 announcing a new 县委书记
and the old one's 另有任用, the 人大常委会 appointing a 代理县长, the new 代县长's and the new 县委书记's first 调研 (履新, 到任),
the 人代会 electing the 代县长 县长, and leaders named by their former post on an old page and their new post on a newer
one, 2021–2025) from the tables below.

Pages ``tests/dev/texts/gz*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``; most hits on this topic were web novels, which were
not used): the 惠安县 人大常委会 page (``决定接受…辞去惠安县人民政府县长职务；决定任命…为惠安县人民政府副县长、代理县长；并举行宪法
宣誓和颁发任命书仪式``); the 今日房县 digital edition (``县十七届人大常委会召开第二十八次会议 任命…为代理县长``, ``本报讯 (记者…
通讯员…)``, ``任命县委副书记…为县人民政府副县长、代理县长``, ``庄严向宪法宣誓就职。在表态发言中…``); the 临沧 人大 site (``您现在的位置:
首页 > 监督纵横``, ``时间:2021/12/3 21:04:59|本文来源:市人大常委会办公室 |作者:…|点击数:``, ``决定任命…为…副市长，并决定其为代理
市长``, ``左手抚按《中华人民共和国宪法》，右手举拳``, ``录入者:… 责任编辑:…``); the 临朐 and 紫阳 人大常委会 pages (``县委副书记…，
县委常委、常务副县长…应邀参加会议``); the 红网 嘉禾 page of a 人代会 全体会议 (``主持会议…出席会议并在主席台前排就座``, ``会议应到
代表191人，实到代表191人，符合法定人数``, ``…以190票的高票当选为县人民政府县长``); the 九寨沟 page (``…当选为九寨沟县人民政府县长``);
a 兰考 profile (``2015年6月23日…任县委副书记、副县长、代县长。在任命当天…``); the 映象网 驻马店 page (``2016-03-24 17:02 来源:映象网``,
``映象网驻马店讯(记者… 见习记者… 通迅员…)``, ``县委书记、县长…带队…陪同``, ``责编:``); the 抚州 企业 site's copy of a 抚州日报 report
(``时间:2022-01-15 15:41:36 来源:抚州日报 作者:管理员 【字体:``, a stack of sub-headings ``…会见 …率队 …陪同``, ``市委副书记、
代市长…``); the 天中晚报 edition (``当前版:01版 发布日期:``, ``□全媒体记者 … 文/图``); the 驻马店观察 page (``河南广电融媒体
记者… 通讯员…/文图``, ``编辑:… 来源: 驻马店观察``); the 井冈山报 page (``来源: 2021-10-09 08:27 井冈山报社融媒体``, ``县政协党组
副书记、副主席提名人选``, ``供稿:…``); the 周口 周道 page (``[责任编辑:…] 中华龙都网版权所有``); the 驻马店市情网 chrome (``当前位置:
驻马店市情网 > 资讯 >``, ``时间… 来源… 作者… 点击:``). Earlier parts' pages on the same topic (dd03, dd04, dd07, dd08, eu09) were
read for the shapes the corpus already has. Places are real and new to the corpus as page places: 河北 廊坊 (大城县's site, 文安县's site, its
人大常委会 site and its 融媒体 portal, the 廊坊日报 twice) and 广西 崇左 (龙州县's site, 扶绥县's site, the 左江日报, the 崇左
city site; 大新县 visited).

Shapes: a county site's 领导活动 page of the 县委书记's and 县长's 督导 with the 常务副县长 (gz01, 大城 2021); a city paper's
第03版 of a 领导干部大会 (``市委组织部副部长…宣读了市委决定：…任中共文安县委委员、常委、书记；…不再担任…另有任用；…任…副书记，
提名为…县长候选人``; the outgoing secretary's farewell words; a 专职副书记 主持) (gz02); the county 人大常委会 site the same
afternoon (接受 the 县长's resignation, 任命 副县长, 决定 代理县长, 宪法宣誓; ``时间：…|本文来源：…|作者：…|点击数：``, 录入者)
(gz03); the county site's first 调研 of the new 代县长 (``这是邵景行履新后首次深入基层调研``) (gz04); the county 融媒体 portal's
人代会 全体会议 electing him 县长 (gz05); the city paper's 副市长 调研 in 大城, the 2021 县委书记 now 副市长 and the 2021 县长 now
县委书记 (gz06); a county site's 县委书记 调研 with the 县长 (gz07, 龙州 2021); a city paper's farewell 领导干部大会 in another
county (``黄永宁同志此前任龙州县委副书记、县长``; ``覃启明作离任讲话``) (gz08); the new 县委书记's first 调研 (``到任扶绥后的首次
调研``) and the 座谈会 after it (gz09); the city site's 市长 调研 with the 2021 龙州县委书记 now 市委常委、秘书长 (gz10).

Identity cases:
- gz:邵景行 moves between counties and up: 大城县委常委、常务副县长 in July 2021 (gz01); 任文安县委委员、常委、副书记 at the
  领导干部大会 of 20 Dec 2022 (gz02: 提名 县长候选人 gives none; ``在大城县担任常务副县长期间`` gives none); appointed 副县长 and
  代理县长 by the 人大常委会 the same afternoon (gz03); 县委副书记、代县长 on his first 调研 (gz04, 27 Dec 2022); elected 县长 on
  11 Jan 2023 (gz05).
- gz:卢振川, a 县委书记 who becomes a 副市长: 大城县委书记 in 2021 (gz01); 廊坊市副市长 in 2024 (gz06).
- gz:郝立民, a 县长 who becomes 县委书记: 大城县委副书记、县长 in 2021 (gz01); 大城县委书记 in 2024 (gz06).
- gz:孔德威, 文安's 县长 (only ``担任文安县县长以来`` and his resignation, no line) → 任文安县委委员、常委、书记 (gz02), 县委书记 (gz03,
  gz05).
- gz:黄永宁 moves between counties: 龙州县委副书记、县长 in 2021 (gz07); 任扶绥县委委员、常委、书记 in March 2023 (gz08: the
  former post ``此前任龙州县委副书记、县长`` gives none); 扶绥县委书记 on his first 调研 (gz09).
- gz:农海明, a 县委书记 who becomes a city leader: 龙州县委书记 in 2021 (gz07); 崇左市委常委、秘书长 in 2025 (gz10).
- the outgoing secretaries gz:冀宏达 (文安, gz02) and gz:覃启明 (扶绥, gz08) are named only as leaving (``不再担任…另有任用``).
- the same officials on several pages: gz:田振华 (文安县人大常委会主任, gz02, gz03, gz05), gz:齐光远#1 (大城县副县长, gz01, gz06),
  gz:陆志坚 (扶绥县委副书记、县长, gz08, gz09); bylines: gz:常雨桐 (廊坊日报 记者, gz02, gz06), gz:汪楠 (廊坊日报 通讯员 in gz02, 文安
  融媒 author of gz05), gz:闫佳琪 (gz04, gz05), gz:农美玲 (左江日报 通讯员 in gz08, 扶绥 融媒 author of gz09).
- two different 齐光远 in unrelated places: gz:齐光远#1 is 大城县副县长 (河北 廊坊, gz01, gz06); gz:齐光远#2 is 大新县副县长
  (广西 崇左, gz10). Same name, same title.
- one organ name belonging to different places: bare ``市委组织部`` is 廊坊's in gz02 and 崇左's in gz08 (``市委常委、组织部部长``
  likewise); bare ``县人大常委会主任`` is 文安's (gz02, gz03, gz05) and 扶绥's (gz08); bare ``县委副书记、县长`` is 大城's (gz01,
  gz06), 龙州's (gz07), 扶绥's (gz08, gz09) and 大新's (gz10); bare ``县委书记`` is 大城's, 文安's, 龙州's and 扶绥's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, ac, dd, dt, eu where they speak; decided here where they are silent):
- Decisions read out at a 领导干部大会 (gz02, gz08): ``…同志任中共X县委委员、常委、书记 / 副书记`` give one line per title (as dd03;
  中共 dropped: X县委); ``不再担任…另有任用`` gives none (parts ac, ck, dd); ``提名为…县长候选人`` gives none (dd03). A past post
  written without a date (``在大城县担任常务副县长期间``, ``担任文安县县长以来``, ``此前任龙州县委副书记、县长``) gives none (as dt03,
  eu09).
- 人大常委会 任免 (gz03, as dd08): ``决定任命邵景行为文安县人民政府副县长`` → 文安县政府 副县长; ``决定邵景行为文安县人民政府代理
  县长`` → 文安县政府 代理县长 (as written); ``县委副书记邵景行`` (列席) → 文安县委 副书记; the repeated ``县委副书记、代理县长`` at the
  宣誓 gives no second line; ``决定接受孔德威辞去…县长职务的请求`` gives none.
- 人代会 election (gz05, as dd07 / ab03): ``县委副书记、代县长邵景行当选为文安县人民政府县长`` → 文安县委 副书记, 文安县政府 代县长
  and 文安县政府 县长 (three lines); ``付晓蔓当选为…副县长`` → 副县长. ``大会主席团常务主席`` and ``大会执行主席`` are session roles, no
  posts; the posts written beside them (``县委书记``, ``县人大常委会主任``) are.
- ``代县长`` / ``代理县长`` are titles as written (parts q, u, ab, dd).
- Bare organs take the page's place or its parent of the right level: 县委 / 县政府 / 县人大常委会 / 县政协 on a county site, a county
  portal, a county 人大 site or in a city paper's county article = that county's; ``市委常委、组织部部长`` and ``市委组织部副部长`` in
  the 廊坊日报 = 廊坊's, in the 左江日报 = 崇左's; ``副市长`` / ``市政府副秘书长`` in the 廊坊日报 = 廊坊市政府; ``市委副书记、市长`` and
  ``市委常委、秘书长`` on the 崇左 city site = 崇左市委 / 崇左市政府; DECIDED HERE (as bs's ``地委委员、秘书长``): ``市委常委、秘书长``
  → 崇左市委 常委 + 崇左市委 秘书长 (the 秘书长 after 市委常委 is the 市委's). Towns: county label + town + 党委 / 政府 (``镇长`` → the
  town 政府, as dd09). ``在家县级领导``, ``县领导`` are no posts.
- Events: 督导 / 调研 are ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers);
  two leaders 带队 (gz01): the first named is the leader, the second an attendee and a speaker (as dd01). The 领导干部大会 is a
  ``meeting`` (主持 → chair; 出席 attendees; DECIDED HERE: the official who 宣读 the decision, the outgoing secretary's 离任讲话 /
  讲话 and the new one's 表态发言 make speakers). The 人大常委会 会议 and the 人代会 全体会议 are ``session`` (as ab, dd); ``宪法宣誓``
  and ``表态发言`` make a speaker (dd); 列席 / 出席 make attendees. ``随后…主持召开座谈会`` (gz09) is a meeting of its own on the
  调研's day (as be05 / z08), chaired by the 调研's leader; the 强调 paragraph after it is his speech there. Titles in 相关新闻 /
  上一篇 / 下一篇 lists are links, not events; a person named only there is not annotated (none here: the links name only
  people of the page).
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``（县融媒体中心 记者 …）`` reporter; ``作者：`` on a site or
  portal and ``（扶绥县融媒体中心 …）`` author lines (as dd); 责任编辑 editor lines; DECIDED HERE: the 人大 site's ``录入者`` is the same person
  as its ``作者`` and gives no second line.
- Projects: works visited, reported or to be pushed: 堤防加固 ``engineering_work``; 污水处理厂, 污水管网, 高速连接线改造, 口岸
  联检楼改造 and 口岸扩大开放建设 ``infrastructure_project``; a named 产业园 / 产业园二期 / 落地加工园 / 现代农业产业园
  ``industrial_park`` (as dd04); a named 农田水利提升项目, a 景区提质升级项目 and a 游客服务中心 ``project`` (as bs04, dd09).
  DECIDED HERE: ``文安经济开发区扩区调位`` (a zone's boundary change) is no project; the zone is a place. A standing trade zone
  (``水口边民互市贸易区``) is a place, not a project. Generic work (``甘蔗“双高”基地建设``, ``边民互市``) is nothing.
- Places: one line per name per file, as written; places inside titles, organ references and project names count, also
  short names inside a project name (``子牙河大城段…`` → 大城, ``大广高速文安连接线…`` → 文安, ``东门糖业…`` → 东门, as dd);
  slogans (``美丽文安``) as part bs / a. DECIDED HERE: a city name inside a zone's name (``南宁空港扶绥经济区`` → 南宁) counts, with
  context ``in_zone_name``. ``中华人民共和国`` in 《中华人民共和国宪法》 is not annotated (as da07's law title gives only 长江).
  Site lines, mastheads, 来源 lines, footers, addresses and the related-news / 上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

DC, WA, LZ, FS, DX = "大城县", "文安县", "龙州县", "扶绥县", "大新县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gz01_dacheng.txt": (2021, "发布时间：2021-07-13 09:42", DC, [
        ("卢振川郝立民督导子牙河防汛和重点项目建设工作", "7月12日", "2021-07-12", "7月12日，县委书记",
         "county site 领导活动: the 县委书记 and the 县长 督导 子牙河 flood works and projects; 常务副县长 邵景行, 副县长 齐光远#1")]),
    "gz02_langfang.txt": (2022, "2022年12月21日　星期三", WA, [
        ("文安县召开领导干部大会", "12月20日上午", "2022-12-20", "本报讯（记者 常雨桐 通讯员 汪楠）12月20日上午",
         "city paper 第03版: 领导干部大会: the 县长 任 县委书记, the 县委书记 不再担任, 大城's 常务副县长 任 县委副书记 (提名 县长候选人)")]),
    "gz03_wenan.txt": (2022, "时间：2022/12/20 17:36:08", WA, [
        ("县十七届人大常委会举行第八次会议", "12月20日下午", "2022-12-20", "12月20日下午，县十七届",
         "county 人大 site: the 人大常委会 accepts the 县长's resignation, appoints 副县长 and 代理县长; 宪法宣誓")]),
    "gz04_wenan.txt": (2022, "发布时间：2022-12-28 18:05", WA, [
        ("邵景行到左各庄镇、苏桥镇调研企业生产和项目建设", "12月27日", "2022-12-27", "12月27日，县委副书记",
         "county site: the new 代县长's first 调研 (履新后首次); a 副县长, a town's 书记 and a 镇长")]),
    "gz05_wenan.txt": (2023, "2023-01-12 11:26", WA, [
        ("文安县第十七届人民代表大会第二次会议举行第三次全体会议", "1月11日上午", "2023-01-11", "1月11日上午，文安县",
         "county 融媒体 portal: 人代会 全体会议: the 代县长 elected 县长, a 副县长 elected; the 县委书记 speaks")]),
    "gz06_langfang.txt": (2024, "2024年5月17日　星期五", DC, [
        ("卢振川到大城县调研", "5月16日", "2024-05-16", "本报讯（记者 常雨桐）5月16日",
         "city paper 第02版: the 副市长 (大城's 2021 县委书记) 调研 in 大城; the 2021 县长 now 县委书记; 齐光远#1")]),
    "gz07_longzhou.txt": (2021, "发布日期：2021-09-24", LZ, [
        ("农海明到水口镇调研边境贸易和口岸建设工作", "9月23日", "2021-09-23", "9月23日，县委书记",
         "county site: the 县委书记's 调研 of the 口岸 with the 县长 黄永宁 and a 副县长; a town secretary")]),
    "gz08_chongzuo.txt": (2023, "2023年3月2日　星期四", FS, [
        ("扶绥县召开领导干部大会", "3月1日上午", "2023-03-01", "本报讯（记者 甘秋红 通讯员 农美玲）3月1日上午",
         "city paper 第02版: farewell 领导干部大会: 龙州's 县长 任 扶绥县委书记 (此前任…), the old secretary 不再担任 and 离任讲话")]),
    "gz09_fusui.txt": (2023, "发布时间：2023-03-08 17:12", FS, [
        ("黄永宁到渠黎镇、东门镇调研产业发展和重点项目建设", "3月7日", "2023-03-07", "3月7日，县委书记",
         "county site: the new 县委书记's first 调研 (到任后的首次) and the 座谈会 after it; 县长, 常务副县长, a town secretary")]),
    "gz10_chongzuo.txt": (2025, "发布时间：2025-04-17 18:30", "崇左市", [
        ("杨世宁到大新县调研文旅产业发展和口岸建设工作", "4月16日", "2025-04-16", "4月16日，市委副书记",
         "city site: the 市长's 调研 in 大新县 with the 市委常委、秘书长 (龙州's 2021 县委书记); 大新's 书记, 县长, 副县长 齐光远#2")]),
}

_G01L = "7月12日，县委书记卢振川"
_G01H = "县委副书记、县长郝立民带队督导"
_G01S = "县委常委、常务副县长邵景行"
_G01Q = "副县长齐光远，县水务局局长牛占奎陪同督导"
_G02K = "孔德威同志任中共文安县委委员、常委、书记"
_G02S = "邵景行同志任中共文安县委委员、常委、副书记"
_G02C = "市委常委、组织部部长储文斌出席会议并讲话"
_G02T = "县人大常委会主任田振华、县政协主席康秀英"
_G03V = "副主任刘玉霞、马德顺和常委会组成人员出席会议"
_G04S = "12月27日，县委副书记、代县长邵景行"
_G05S = "县委副书记、代县长邵景行当选为文安县人民政府县长"
_G06H = "大城县委书记郝立民，县委副书记、县长阎志强"
_G06Y = "县委副书记、县长阎志强，副县长齐光远陪同调研"
_G07H = "县委副书记、县长黄永宁，副县长沈丽萍陪同调研"
_G08H = "黄永宁同志任中共扶绥县委委员、常委、书记"
_G08M = "市委常委、组织部部长蒙丽芬出席会议并讲话"
_G08L = "县人大常委会主任蓝志强、县政协主席何丽霞"
_G09L = "县委副书记、县长陆志坚，县委常委、常务副县长邓凯阳陪同调研"
_G10Y = "4月16日，市委副书记、市长杨世宁到大新县调研"
_G10N = "市委常委、秘书长农海明，市政府副秘书长冯志国参加调研"
_G10L = "大新县委书记梁振宇，县委副书记、县长许春燕"
_G10X = "县委副书记、县长许春燕，副县长齐光远陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河北 廊坊: 大城县
    "gz:卢振川": ("卢振川", "official", DC, [
        ("gz01", "大城县委", "书记", _G01L, "2021-07 (identity case: 廊坊市副市长 in 2024, gz06); named in the headline too"),
        ("gz06", "廊坊市政府", "副市长", "5月16日，副市长卢振川到大城县调研", "2024-05: bare 副市长 in the 廊坊日报 = 廊坊市政府; named in the headline too")], []),
    "gz:郝立民": ("郝立民", "official", DC, [
        ("gz01", "大城县委", "副书记", _G01H, "2021-07 (identity case: 大城县委书记 in 2024, gz06)"),
        ("gz01", "大城县政府", "县长", _G01H, None),
        ("gz06", "大城县委", "书记", _G06H, "2024-05: now 县委书记")], []),
    "gz:邵景行": ("邵景行", "official", WA, [
        ("gz01", "大城县委", "常委", _G01S, "2021-07, 大城县 (identity case: 文安 县委副书记 / 代理县长 / 代县长 / 县长 2022–2023)"),
        ("gz01", "大城县政府", "常务副县长", _G01S, None),
        ("gz02", "文安县委", "委员", _G02S, "2022-12-20: decision read at the 领导干部大会; 提名 县长候选人 and ``在大城县担任常务副县长期间`` give no line"),
        ("gz02", "文安县委", "常委", _G02S, None),
        ("gz02", "文安县委", "副书记", _G02S, None),
        ("gz03", "文安县委", "副书记", "县委副书记邵景行，县法院", "2022-12-20 (afternoon): 列席 the 人大常委会"),
        ("gz03", "文安县政府", "副县长", "决定任命邵景行为文安县人民政府副县长", "决定任命 by the 人大常委会"),
        ("gz03", "文安县政府", "代理县长", "决定邵景行为文安县人民政府代理县长", "决定 by the 人大常委会; 代理县长 as written; the repeat at the 宣誓 gives no second line"),
        ("gz04", "文安县委", "副书记", _G04S, "2022-12-27: first 调研 after taking office (履新后首次); named in the headline too"),
        ("gz04", "文安县政府", "代县长", _G04S, "代县长 as written"),
        ("gz05", "文安县委", "副书记", _G05S, "2023-01-11: elected 县长 (three lines, as dd07)"),
        ("gz05", "文安县政府", "代县长", _G05S, "held until the vote"),
        ("gz05", "文安县政府", "县长", _G05S, "当选 is a holding")], []),
    "gz:齐光远#1": ("齐光远", "official", DC, [
        ("gz01", "大城县政府", "副县长", _G01Q, "大城县 (河北 廊坊), 2021; not the 齐光远 of 大新县 (gz10)"),
        ("gz06", "大城县政府", "副县长", _G06Y, "2024: the same post")], []),
    "gz:牛占奎": ("牛占奎", "official", DC, [
        ("gz01", "大城县水务局", "局长", _G01Q, "bare 县水务局 on the 大城 site")], []),
    "gz:佟晓峰": ("佟晓峰", "official", DC, [
        ("gz01", "大城县南赵扶镇党委", "书记", "在南赵扶镇，镇党委书记佟晓峰介绍了", None)], []),
    "gz:阎志强": ("阎志强", "official", DC, [
        ("gz06", "大城县委", "副书记", _G06Y, "2024: 郝立民's successor as 县长"),
        ("gz06", "大城县政府", "县长", _G06Y, None)], []),
    "gz:严东升": ("严东升", "external_official", "廊坊市", [
        ("gz06", "廊坊市政府", "副秘书长", "市政府副秘书长严东升参加调研", "bare 市政府 in the 廊坊日报")], []),
    # ---- 河北 廊坊: 文安县, the 市委组织部
    "gz:储文斌": ("储文斌", "external_official", "廊坊市", [
        ("gz02", "廊坊市委", "常委", _G02C, "bare 市委 in the 廊坊日报 = 廊坊市委"),
        ("gz02", "廊坊市委组织部", "部长", _G02C, "组织部 after 市委常委 = 廊坊市委组织部 (崇左's in gz08)")], []),
    "gz:柏雪梅": ("柏雪梅", "external_official", "廊坊市", [
        ("gz02", "廊坊市委组织部", "副部长", "市委组织部副部长柏雪梅宣读了市委决定", "bare 市委组织部: 廊坊's here, 崇左's in gz08")], []),
    "gz:孔德威": ("孔德威", "official", WA, [
        ("gz02", "文安县委", "委员", _G02K, "2022-12-20: decision read at the 领导干部大会; ``担任文安县县长以来`` is an undated repeat (no line)"),
        ("gz02", "文安县委", "常委", _G02K, None),
        ("gz02", "文安县委", "书记", _G02K, None),
        ("gz03", "文安县委", "书记", "县委书记孔德威出席会议并讲话", "2022-12-20: his resignation as 县长 (决定接受…辞去) gives no line"),
        ("gz05", "文安县委", "书记", "大会主席团常务主席、县委书记孔德威", "2023-01; 大会主席团常务主席 is a session role")], []),
    "gz:冀宏达": ("冀宏达", "official", WA, [], ["gz02"]),  # 不再担任中共文安县委书记…另有任用: no line
    "gz:苏长顺": ("苏长顺", "official", WA, [
        ("gz02", "文安县委", "副书记", "县委副书记苏长顺主持会议", None)], []),
    "gz:田振华": ("田振华", "official", WA, [
        ("gz02", "文安县人大常委会", "主任", _G02T, "2022-12; ``在家县级领导`` is no post"),
        ("gz03", "文安县人大常委会", "主任", "县人大常委会主任田振华主持会议", "2022-12"),
        ("gz05", "文安县人大常委会", "主任", "大会执行主席、县人大常委会主任田振华主持会议", "2023-01; 大会执行主席 is a session role")], []),
    "gz:康秀英": ("康秀英", "official", WA, [
        ("gz02", "文安县政协", "主席", _G02T, None)], []),
    "gz:刘玉霞": ("刘玉霞", "official", WA, [
        ("gz03", "文安县人大常委会", "副主任", _G03V, "bare 副主任 after the 人大常委会主任 (as dd08)")], []),
    "gz:马德顺": ("马德顺", "official", WA, [
        ("gz03", "文安县人大常委会", "副主任", _G03V, None)], []),
    "gz:尹海涛": ("尹海涛", "official", WA, [
        ("gz04", "文安县政府", "副县长", "副县长尹海涛陪同调研", None)], []),
    "gz:谷鹏飞": ("谷鹏飞", "official", WA, [
        ("gz04", "文安县左各庄镇党委", "书记", "在左各庄镇，镇党委书记谷鹏飞汇报了", None)], []),
    "gz:时晓冬": ("时晓冬", "official", WA, [
        ("gz04", "文安县苏桥镇政府", "镇长", "在苏桥镇，镇长时晓冬介绍了", "a 镇长 is a post of the town 政府")], []),
    "gz:付晓蔓": ("付晓蔓", "official", WA, [
        ("gz05", "文安县政府", "副县长", "付晓蔓当选为文安县人民政府副县长", "elected")], []),
    # ---- 广西 崇左: 龙州县, 扶绥县, 大新县, the city
    "gz:农海明": ("农海明", "official", LZ, [
        ("gz07", "龙州县委", "书记", "9月23日，县委书记农海明到水口镇调研", "2021-09 (identity case: 崇左市委常委、秘书长 in 2025, gz10); named in the headline too"),
        ("gz10", "崇左市委", "常委", _G10N, "2025-04: now a city leader"),
        ("gz10", "崇左市委", "秘书长", _G10N, "DECIDED HERE: 秘书长 after 市委常委 = the 市委's (as bs's 地委委员、秘书长)")], []),
    "gz:黄永宁": ("黄永宁", "official", FS, [
        ("gz07", "龙州县委", "副书记", _G07H, "2021-09, 龙州县 (identity case: 扶绥县委书记 in 2023, gz08, gz09)"),
        ("gz07", "龙州县政府", "县长", _G07H, None),
        ("gz08", "扶绥县委", "委员", _G08H, "2023-03-01: decision read at the 领导干部大会; ``此前任龙州县委副书记、县长`` gives no line"),
        ("gz08", "扶绥县委", "常委", _G08H, None),
        ("gz08", "扶绥县委", "书记", _G08H, None),
        ("gz09", "扶绥县委", "书记", "3月7日，县委书记黄永宁到渠黎镇", "2023-03-07: first 调研 after arriving (到任扶绥后的首次); named in the headline too")], []),
    "gz:沈丽萍": ("沈丽萍", "official", LZ, [
        ("gz07", "龙州县政府", "副县长", _G07H, None)], []),
    "gz:赵德龙": ("赵德龙", "official", LZ, [
        ("gz07", "龙州县水口镇党委", "书记", "镇党委书记赵德龙汇报了", "the 镇 of the 调研: 水口镇")], []),
    "gz:蒙丽芬": ("蒙丽芬", "external_official", "崇左市", [
        ("gz08", "崇左市委", "常委", _G08M, "bare 市委 in the 左江日报 = 崇左市委"),
        ("gz08", "崇左市委组织部", "部长", _G08M, "崇左's here, 廊坊's in gz02")], []),
    "gz:谭家豪": ("谭家豪", "external_official", "崇左市", [
        ("gz08", "崇左市委组织部", "副部长", "市委组织部副部长谭家豪宣读了市委决定", "bare 市委组织部: 崇左's here, 廊坊's in gz02")], []),
    "gz:覃启明": ("覃启明", "official", FS, [], ["gz08"]),  # 不再担任中共扶绥县委书记…另有任用: no line
    "gz:陆志坚": ("陆志坚", "official", FS, [
        ("gz08", "扶绥县委", "副书记", "会议由县委副书记、县长陆志坚主持", "2023-03-01"),
        ("gz08", "扶绥县政府", "县长", "会议由县委副书记、县长陆志坚主持", None),
        ("gz09", "扶绥县委", "副书记", _G09L, "2023-03-07"),
        ("gz09", "扶绥县政府", "县长", _G09L, None)], []),
    "gz:蓝志强": ("蓝志强", "official", FS, [
        ("gz08", "扶绥县人大常委会", "主任", _G08L, "bare 县人大常委会: 扶绥's here, 文安's in gz02 / gz03 / gz05")], []),
    "gz:何丽霞": ("何丽霞", "official", FS, [
        ("gz08", "扶绥县政协", "主席", _G08L, None)], []),
    "gz:邓凯阳": ("邓凯阳", "official", FS, [
        ("gz09", "扶绥县委", "常委", _G09L, None),
        ("gz09", "扶绥县政府", "常务副县长", _G09L, None)], []),
    "gz:韦明澈": ("韦明澈", "official", FS, [
        ("gz09", "扶绥县渠黎镇党委", "书记", "在渠黎镇，镇党委书记韦明澈汇报了", None)], []),
    "gz:杨世宁": ("杨世宁", "external_official", "崇左市", [
        ("gz10", "崇左市委", "副书记", _G10Y, "named in the headline too"),
        ("gz10", "崇左市政府", "市长", _G10Y, None)], []),
    "gz:冯志国": ("冯志国", "external_official", "崇左市", [
        ("gz10", "崇左市政府", "副秘书长", _G10N, None)], []),
    "gz:梁振宇": ("梁振宇", "official", DX, [
        ("gz10", "大新县委", "书记", _G10L, None)], []),
    "gz:许春燕": ("许春燕", "official", DX, [
        ("gz10", "大新县委", "副书记", _G10X, None),
        ("gz10", "大新县政府", "县长", _G10X, None)], []),
    "gz:齐光远#2": ("齐光远", "official", DX, [
        ("gz10", "大新县政府", "副县长", _G10X, "大新县 (广西 崇左), 2025; not the 齐光远 of 大城县 (gz01, gz06)")], []),
    "gz:林小刚": ("林小刚", "official", DX, [
        ("gz10", "大新县硕龙镇党委", "书记", "在硕龙镇，镇党委书记林小刚介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gz01", "苗春雨", "责任编辑", "editor", "责任编辑：苗春雨"),
    ("gz02", "常雨桐", "记者", "reporter", "本报讯（记者 常雨桐 通讯员 汪楠）"),
    ("gz02", "汪楠", "通讯员", "correspondent", "本报讯（记者 常雨桐 通讯员 汪楠）"),
    ("gz02", "石海燕", "责任编辑", "editor", "责任编辑：石海燕"),
    ("gz03", "周艳婷", "作者", "author", "作者：周艳婷"),
    ("gz03", "郑文涛", "责任编辑", "editor", "责任编辑：郑文涛"),
    ("gz04", "闫佳琪", "记者", "reporter", "（县融媒体中心 记者 闫佳琪）"),
    ("gz04", "黄玉兰", "责任编辑", "editor", "责任编辑：黄玉兰"),
    ("gz05", "闫佳琪", "作者", "author", "作者：闫佳琪 汪楠"),
    ("gz05", "汪楠", "作者", "author", "作者：闫佳琪 汪楠"),
    ("gz06", "常雨桐", "记者", "reporter", "本报讯（记者 常雨桐）"),
    ("gz06", "石海燕", "责任编辑", "editor", "责任编辑：石海燕"),
    ("gz07", "黎晓彤", "作者", "author", "作者：黎晓彤"),
    ("gz07", "李秋实", "责任编辑", "editor", "责任编辑：李秋实"),
    ("gz08", "甘秋红", "记者", "reporter", "本报讯（记者 甘秋红 通讯员 农美玲）"),
    ("gz08", "农美玲", "通讯员", "correspondent", "本报讯（记者 甘秋红 通讯员 农美玲）"),
    ("gz08", "陆春晖", "责任编辑", "editor", "责任编辑：陆春晖"),
    ("gz09", "农美玲", "供稿", "author", "（扶绥县融媒体中心 农美玲）"),
    ("gz09", "宁海鹰", "责任编辑", "editor", "责任编辑：宁海鹰"),
    ("gz10", "麻建国", "责任编辑", "editor", "责任编辑：麻建国"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gz01", "子牙河大城段防汛和重点项目建设督导", "inspection (督导)", "7月12日", None, "卢振川", [],
     ["郝立民", "邵景行", "齐光远", "牛占奎"], ["牛占奎", "佟晓峰", "卢振川", "郝立民", "邵景行", "齐光远"], "子牙河大城段、南赵扶镇",
     "县委副书记、县长郝立民带队督导子牙河大城段防汛工作和重点项目建设",
     [_G01L, _G01H, _G01S, _G01Q, "牛占奎汇报了", "佟晓峰介绍了", "卢振川强调", "郝立民要求", "邵景行就重点项目要素保障",
      "齐光远就做好汛期农业生产"]),
    ("gz02", "文安县领导干部大会", "meeting (领导干部大会)", "12月20日上午", "苏长顺", None, ["文安县"],
     ["储文斌", "田振华", "康秀英"], ["柏雪梅", "储文斌", "冀宏达", "孔德威", "邵景行"], None,
     "12月20日上午，文安县召开领导干部大会",
     [_G02C, "市委组织部副部长柏雪梅宣读了市委决定", "储文斌指出", "冀宏达在讲话中表示", "孔德威作表态发言", "邵景行表示",
      "县委副书记苏长顺主持会议", _G02T]),
    ("gz03", "县十七届人大常委会第八次会议", "session (人大常委会会议)", "12月20日下午", "田振华", None, [],
     ["刘玉霞", "马德顺", "孔德威", "邵景行"], ["邵景行", "孔德威"], None,
     "12月20日下午，县十七届人大常委会举行第八次会议",
     ["县人大常委会主任田振华主持会议", _G03V, "县委书记孔德威出席会议并讲话", "县委副书记邵景行，县法院",
      "代理县长邵景行左手抚按", "孔德威在讲话中指出"]),
    ("gz04", "左各庄镇、苏桥镇企业生产和重点项目建设调研", "inspection (调研)", "12月27日", None, "邵景行", [],
     ["尹海涛"], ["谷鹏飞", "时晓冬", "邵景行", "尹海涛"], "左各庄镇、苏桥镇",
     "县委副书记、代县长邵景行到左各庄镇、苏桥镇调研企业生产和重点项目建设工作",
     [_G04S, "副县长尹海涛陪同调研", "谷鹏飞汇报了", "时晓冬介绍了", "邵景行指出", "尹海涛就冬季安全生产"]),
    ("gz05", "文安县第十七届人民代表大会第二次会议第三次全体会议", "session (人代会全体会议)", "1月11日上午", "田振华", None, [],
     ["孔德威"], ["邵景行", "付晓蔓", "孔德威"], "县会议中心",
     "1月11日上午，文安县第十七届人民代表大会第二次会议在县会议中心举行第三次全体会议",
     ["县委书记孔德威等在主席台前排就座", "县人大常委会主任田振华主持会议", "县长邵景行、副县长付晓蔓面向国旗、国徽进行宪法宣誓",
      "邵景行代表新当选的县人民政府组成人员作表态发言", "孔德威在讲话中"]),
    ("gz06", "大城县红木家具产业发展和子牙河防洪工程建设调研", "inspection (调研)", "5月16日", None, "卢振川", [],
     ["严东升", "郝立民", "阎志强", "齐光远"], ["郝立民", "阎志强", "卢振川", "齐光远"], "大城县",
     "副市长卢振川到大城县调研红木家具产业发展和子牙河防洪工程建设工作",
     ["副市长卢振川到大城县调研", "市政府副秘书长严东升参加调研", _G06H, _G06Y, "郝立民汇报了", "阎志强介绍了", "卢振川指出",
      "齐光远就做好夏粮收购"]),
    ("gz07", "水口镇边境贸易和口岸建设调研", "inspection (调研)", "9月23日", None, "农海明", [],
     ["黄永宁", "沈丽萍"], ["赵德龙", "黄永宁", "农海明", "沈丽萍"], "水口镇",
     "9月23日，县委书记农海明到水口镇调研边境贸易和口岸建设工作",
     ["县委书记农海明到水口镇调研", _G07H, "赵德龙汇报了", "黄永宁介绍了", "农海明强调", "黄永宁要求", "沈丽萍就口岸疫情防控"]),
    ("gz08", "扶绥县领导干部大会", "meeting (领导干部大会)", "3月1日上午", "陆志坚", None, ["扶绥县"],
     ["蒙丽芬", "蓝志强", "何丽霞"], ["谭家豪", "蒙丽芬", "覃启明", "黄永宁"], None,
     "3月1日上午，扶绥县召开领导干部大会",
     [_G08M, "市委组织部副部长谭家豪宣读了市委决定", "蒙丽芬充分肯定", "覃启明作离任讲话", "黄永宁作表态发言",
      "会议由县委副书记、县长陆志坚主持", _G08L]),
    ("gz09", "渠黎镇、东门镇产业发展和重点项目建设调研", "inspection (调研)", "3月7日", None, "黄永宁", [],
     ["陆志坚", "邓凯阳"], ["韦明澈"], "渠黎镇、东门镇",
     "3月7日，县委书记黄永宁到渠黎镇、东门镇调研产业发展和重点项目建设工作",
     ["县委书记黄永宁到渠黎镇、东门镇调研", _G09L, "韦明澈汇报了"]),
    ("gz09", "座谈会", "meeting (座谈会)", "3月7日", "黄永宁", None, [],
     [], ["陆志坚", "邓凯阳", "黄永宁"], None,
     "随后，黄永宁主持召开座谈会，听取县直有关部门和乡镇工作汇报",
     ["黄永宁主持召开座谈会", "陆志坚介绍了", "邓凯阳汇报了", "黄永宁强调"]),
    ("gz10", "大新县文旅产业发展和口岸建设调研", "inspection (调研)", "4月16日", None, "杨世宁", [],
     ["农海明", "冯志国", "梁振宇", "许春燕", "齐光远"], ["林小刚", "许春燕", "杨世宁", "农海明", "梁振宇"], "大新县",
     "市委副书记、市长杨世宁到大新县调研文旅产业发展和口岸建设工作",
     ["市长杨世宁到大新县调研", _G10N, _G10L, _G10X, "林小刚介绍了", "许春燕汇报了", "杨世宁指出", "农海明就做好项目要素保障",
      "梁振宇表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gz01", "子牙河大城段堤防加固工程", "engineering_work", "先后来到子牙河大城段堤防加固工程"),
    ("gz01", "南赵扶镇红木家具产业园二期", "industrial_park", "南赵扶镇红木家具产业园二期和大城县第二污水处理厂"),
    ("gz01", "大城县第二污水处理厂", "infrastructure_project", "大城县第二污水处理厂建设现场"),
    ("gz02", "大广高速文安连接线改造工程", "infrastructure_project", "大广高速文安连接线改造工程，奋力谱写"),
    ("gz03", "大广高速文安连接线改造工程", "infrastructure_project", "抓好大广高速文安连接线改造工程"),
    ("gz03", "滩里镇高标准农田水利提升项目", "project", "滩里镇高标准农田水利提升项目等重点工作"),
    ("gz04", "左各庄镇人造板产业园", "industrial_park", "先后来到左各庄镇人造板产业园"),
    ("gz04", "苏桥镇汽车零部件产业园", "industrial_park", "苏桥镇汽车零部件产业园和大广高速"),
    ("gz04", "大广高速文安连接线改造工程", "infrastructure_project", "大广高速文安连接线改造工程施工现场"),
    ("gz05", "左各庄镇人造板产业园", "industrial_park", "全力推进左各庄镇人造板产业园提质扩能"),
    ("gz06", "南赵扶镇红木家具产业园二期", "industrial_park", "先后来到南赵扶镇红木家具产业园二期"),
    ("gz06", "子牙河大城段堤防加固工程", "engineering_work", "子牙河大城段堤防加固工程现场"),
    ("gz07", "水口口岸联检楼改造项目", "infrastructure_project", "先后来到水口口岸联检楼改造项目"),
    ("gz07", "龙州县边贸商品落地加工园", "industrial_park", "龙州县边贸商品落地加工园，详细了解"),
    ("gz08", "东门糖业循环经济产业园", "industrial_park", "东门糖业循环经济产业园等重点项目"),
    ("gz09", "渠黎镇现代农业产业园", "industrial_park", "先后来到渠黎镇现代农业产业园"),
    ("gz09", "东门糖业循环经济产业园", "industrial_park", "东门糖业循环经济产业园和扶绥县"),
    ("gz09", "扶绥县城东片区污水管网建设工程", "infrastructure_project", "扶绥县城东片区污水管网建设工程现场"),
    ("gz10", "德天跨国瀑布景区提质升级项目", "project", "先后来到德天跨国瀑布景区提质升级项目"),
    ("gz10", "硕龙口岸扩大开放建设项目", "infrastructure_project", "硕龙口岸扩大开放建设项目和明仕田园"),
    ("gz10", "明仕田园游客服务中心", "project", "明仕田园游客服务中心，详细了解"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gz01", "子牙河", "river", "standalone", "带队督导子牙河大城段防汛工作"),
    ("gz01", "大城", "county", "standalone", "带队督导子牙河大城段防汛工作"),
    ("gz01", "南赵扶镇", "town", "standalone", "在南赵扶镇，镇党委书记佟晓峰"),
    ("gz01", "大城县", "county", "in_project_name", "大城县第二污水处理厂建设现场"),
    ("gz01", "大清河", "river", "standalone", "对子牙河、大清河堤防险工险段"),
    ("gz02", "文安县", "county", "standalone", "12月20日上午，文安县召开领导干部大会"),
    ("gz02", "文安", "county", "standalone", "在文安工作的五年是难忘的五年"),
    ("gz02", "左各庄镇", "town", "standalone", "推动左各庄镇人造板产业转型升级"),
    ("gz02", "大城县", "county", "standalone", "邵景行同志在大城县担任常务副县长期间"),
    ("gz02", "文安经济开发区", "development_zone", "standalone", "加快推进文安经济开发区扩区调位"),
    ("gz02", "大广高速", "road", "in_project_name", "大广高速文安连接线改造工程，奋力谱写"),
    ("gz03", "文安县", "county", "in_org_reference", "决定接受孔德威辞去文安县人民政府县长职务的请求"),
    ("gz03", "大广高速", "road", "in_project_name", "抓好大广高速文安连接线改造工程"),
    ("gz03", "文安", "county", "in_project_name", "抓好大广高速文安连接线改造工程"),
    ("gz03", "滩里镇", "town", "in_project_name", "滩里镇高标准农田水利提升项目等重点工作"),
    ("gz04", "左各庄镇", "town", "standalone", "在左各庄镇，镇党委书记谷鹏飞"),
    ("gz04", "苏桥镇", "town", "standalone", "在苏桥镇，镇长时晓冬"),
    ("gz04", "大广高速", "road", "in_project_name", "大广高速文安连接线改造工程施工现场"),
    ("gz04", "文安", "county", "in_project_name", "大广高速文安连接线改造工程施工现场"),
    ("gz05", "文安县", "county", "in_org_reference", "当选为文安县人民政府县长"),
    ("gz05", "左各庄镇", "town", "in_project_name", "全力推进左各庄镇人造板产业园提质扩能"),
    ("gz05", "文安经济开发区", "development_zone", "standalone", "文安经济开发区扩区调位等重点工作"),
    ("gz05", "文安", "county", "standalone (slogan)", "奋力建设经济强县、美丽文安"),
    ("gz06", "大城县", "county", "standalone", "副市长卢振川到大城县调研"),
    ("gz06", "子牙河", "river", "standalone", "红木家具产业发展和子牙河防洪工程建设工作"),
    ("gz06", "南赵扶镇", "town", "in_project_name", "先后来到南赵扶镇红木家具产业园二期"),
    ("gz06", "大城", "county", "in_project_name", "子牙河大城段堤防加固工程现场"),
    ("gz07", "水口镇", "town", "standalone", "县委书记农海明到水口镇调研"),
    ("gz07", "水口口岸", "port", "in_project_name", "先后来到水口口岸联检楼改造项目"),
    ("gz07", "水口边民互市贸易区", "trade_zone", "standalone", "在水口边民互市贸易区，镇党委书记赵德龙"),
    ("gz07", "龙州县", "county", "in_project_name", "龙州县边贸商品落地加工园，详细了解"),
    ("gz07", "龙州", "county", "standalone", "口岸是龙州开放发展的最大优势"),
    ("gz08", "扶绥县", "county", "standalone", "3月1日上午，扶绥县召开领导干部大会"),
    ("gz08", "扶绥", "county", "standalone", "在扶绥工作期间作出的贡献"),
    ("gz08", "龙州县", "county", "in_org_reference", "黄永宁同志此前任龙州县委副书记、县长"),
    ("gz08", "南宁空港扶绥经济区", "development_zone", "standalone", "全力推进南宁空港扶绥经济区建设"),
    ("gz08", "南宁", "prefecture_city", "in_zone_name", "全力推进南宁空港扶绥经济区建设"),
    ("gz08", "东门", "town", "in_project_name", "东门糖业循环经济产业园等重点项目"),
    ("gz09", "渠黎镇", "town", "standalone", "在渠黎镇，镇党委书记韦明澈"),
    ("gz09", "东门镇", "town", "standalone", "县委书记黄永宁到渠黎镇、东门镇调研"),
    ("gz09", "东门", "town", "in_project_name", "东门糖业循环经济产业园和扶绥县"),
    ("gz09", "扶绥县", "county", "in_project_name", "扶绥县城东片区污水管网建设工程现场"),
    ("gz09", "城东片区", "area", "in_project_name", "扶绥县城东片区污水管网建设工程现场"),
    ("gz09", "扶绥", "county", "standalone", "这是黄永宁到任扶绥后的首次调研"),
    ("gz09", "南宁空港扶绥经济区", "development_zone", "standalone", "邓凯阳汇报了南宁空港扶绥经济区重点项目推进情况"),
    ("gz09", "南宁", "prefecture_city", "standalone", "紧紧围绕融入南宁都市圈"),
    ("gz10", "大新县", "county", "standalone", "市长杨世宁到大新县调研"),
    ("gz10", "德天跨国瀑布", "waterfall", "in_project_name", "先后来到德天跨国瀑布景区提质升级项目"),
    ("gz10", "硕龙口岸", "port", "in_project_name", "硕龙口岸扩大开放建设项目和明仕田园"),
    ("gz10", "明仕田园", "scenic_area", "in_project_name", "明仕田园游客服务中心，详细了解"),
    ("gz10", "硕龙镇", "town", "standalone", "在硕龙镇，镇党委书记林小刚"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gz", conventions="set gz (blind set: leadership changes as the news shows them in 河北 廊坊 (大城县 site, 文安县 site, its 人大常委会 site and 融媒体 portal, the 廊坊日报 twice) and 广西 崇左 (龙州县 site, 扶绥县 site, the 左江日报, the 崇左 city site): decisions read at a 领导干部大会 (任…委员、常委、书记 / 副书记 give one line per title; 不再担任…另有任用, 提名…县长候选人 and undated past posts (…期间, …以来, 此前任…) give none), the 人大常委会 appointing a 副县长 and 代理县长 (接受辞职 gives none), the new 代县长's and the new 县委书记's first 调研, the 人代会 electing the 代县长 县长 (副书记, 代县长, 县长), leaders named by their former post on old pages and their new post on newer ones; 代县长 / 代理县长 as written; 市委常委、秘书长 → 市委 常委 + 市委 秘书长; one line per post per article)",
          persons_note="Set gz persons. id = corpus-wide person_id (gz:齐光远#1, 大城县副县长 (河北), and gz:齐光远#2, 大新县副县长 (广西), are two people; gz:邵景行 大城 常务副县长 2021 → 文安 县委副书记 / 代理县长 2022-12 → 代县长 → 县长 2023-01; gz:卢振川 大城县委书记 2021 → 廊坊市副市长 2024; gz:郝立民 大城县长 2021 → 县委书记 2024; gz:孔德威 文安 县长 → 县委书记 2022-12; gz:黄永宁 龙州县长 2021 → 扶绥县委书记 2023; gz:农海明 龙州县委书记 2021 → 崇左市委常委、秘书长 2025; gz:冀宏达 and gz:覃启明 leave (不再担任, no line))")


if __name__ == "__main__":
    main()
