"""Write gold part ``t`` (a blind set of leaders who visit other places: delegations, a provincial leader's 调研,
招商 trips, 东西部协作 meetings, pages that name several places) from the tables below.

Pages ``tests/dev/texts/t*.txt`` were written for this part with invented names (people, companies, most projects),
modelled on real pages of the genre read with the ``search`` tool: delegation visits on the host's site (a 普陀区
党政代表团 at 扶余 with the hosts' bare titles, a 化州 / 北流 style 座谈会, a 尤溪 delegation at 晋江 with 泉州市委常委、
晋江市委书记, a 望江 考察团 at 宁国), a visitor-side report (白城市党政代表团赴嘉兴, with 嘉兴市委书记 written in full),
东西部协作 联席会议 pages (松江区·昭通市 and 宝山区—曲靖市 on 上海 papers and sites, 天津市和平区 at 舟曲县 with
``天津市和平区委书记`` in full and the county's 县委书记 bare, 西湖区 and 青川县, 奉贤区 at 大理州), county 招商 trips
(余干 县委书记 in 金华 and 丽水 走访企业, 云霄 县长 in 深圳, a 丰泽 区委书记 in 东莞 and 深圳), a 省政府办公厅 调研组 at
秦安县 with 市乡村振兴局 and 县委常委, and 市政协副主席 at county level (岳阳市政协副主席 at 临湘 with ``我市政协主席`` and
``市政协副主席`` of 临湘 on the same page). Places are real and rare in the corpus: 营口市 (辽宁, two pages) with the
county-level 大石桥市, 抚松县 (吉林, two pages) with 白山市, 镇雄县 (云南) and 松江区 (上海), 海口市 (海南), 西吉县 (宁夏,
固原市), 海东市 (青海) with 无锡市 (江苏); visitors come from 泰州 (江苏), 儋州 and go to 大连 (辽宁).

Shapes: a city site reporting a visiting 党政代表团 with its 座谈会 (t01, t07: the visitors written with their place in
full, the hosts bare); a county site reporting a 省委常委、副省长's 调研 with the city's 市委书记 / 副市长 and the county's
县委书记 / 县长 on one line, all bare (t02); a county WeChat article on a 县委书记's 招商 trip to 上海松江 with a 会见 by
the 松江 区委书记 written in full, company visits and a 推介会暨签约仪式 (t03); a district paper's 第01版 on its 区委书记
leading a delegation to the paired county for a 东西部协作联席会议 (t04: the district's own people bare, 昭通 and 镇雄
written in full); a city paper's A02 page with two articles: the mayor's 调研 of two districts and a visiting 儋州
delegation (t05); a county-level city's site on a 营口市政协副主席's 督导 (t06: bare 市委 / 市政协 = 大石桥市's); a
自治区党委常委、副主席's 调研 on a 宁夏 county site (t08); a city WeChat article on ``我市党政代表团`` going to 无锡 for a
东西部协作联席会议 (t09: the visitors bare, the hosts in full); a county site on the 县委书记's 招商 trip to 大连 with a
会见 and a 签约仪式 (t10).

Identity cases:
- a visitor on two pages: t:隋振国 is 白山市委书记 accompanying the 副省长 on the 抚松 site (t02, July 2023, bare
  ``市委书记隋振国``) and leads the 白山 delegation to 营口 (t07, May 2024, ``吉林省白山市委书记隋振国``): one person_id.
  t:俞晓岚 (松江区委书记) is written in full on the 镇雄 account (t03, April 2023) and bare in the 松江报 (t04, September
  2023); t:禄文杰 (镇雄县委书记) is bare on his account (t03) and in full in the 松江报 (t04); t:戴明华 (松江区副区长) and
  t:沈家豪 (镇雄县委常委、副县长, a 松江 cadre 挂职 in 镇雄) are on both pages with the same posts.
- two different people with one name, one on each side of a visit: t:葛洪涛#1 (泰州市委常委、秘书长, a visitor) and
  t:葛洪涛#2 (营口市副市长, a host), both on t01; the page tells them apart (``泰州市委常委、秘书长葛洪涛与营口市副市长
  葛洪涛分别代表两市签约``). The writer counts a name's mentions in the whole page, so both entries show the same count
  (4).
- a host leader a year apart with the same post: t:闫立川 is 营口市委书记 hosting 泰州 on 2023-05-11 (t01) and 白山 on
  2024-05-15 (t07). t:荀立业 is 抚松县委书记 hosting the 副省长 in July 2023 (t02) and leading the 招商 trip to 大连 in
  June 2024 (t10). t:单宝林 is 营口市政协副主席 in full on the 大石桥 site (t06, June 2024) and bare on the 营口 site (t07,
  May 2024).
- the reporter 崔梦瑶 of 营口日报 signs t01 and t07 (listed in PERSONS so that both files count, as l:麻晓琳). The
  editors 邵明远 (t01, t07) and 郑晓彤 (t02, t10) are listed by gold_writer under their first page only (as m's 冯立伟).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts j, l, m and r): a visitor's organ is the visitor's place, whether written in full
(``江苏省泰州市委书记`` → 泰州市委; ``上海市松江区委书记`` → 松江区委; ``镇雄县委书记`` in the 松江报 → 镇雄县委;
``无锡市委常委、秘书长`` → 无锡市委 常委 + 无锡市委 秘书长) or bare in a sentence about the visited place's reception
(``副区长戴明华参加会见`` after the 松江 区委书记's 会见 = 松江区政府). Bare organs take the page's place: 市委 on the 营口
site = 营口市委, on the 大石桥 site = 大石桥市委 (the county-level city, not 营口), on the 海东 account = 海东市委
(``我市党政代表团``: 我市 = 海东); 区委 / 副区长 in the 松江报 = 松江区; 县委 on the 抚松, 镇雄 and 西吉 pages = that county;
a county page's bare 市委书记 / 副市长 = the parent city (白山市委, 白山市政府, 固原市委); bare 省委 on the 抚松 site =
吉林省委 and in the 海口日报 = 海南省委 (``省委常委、市委书记卓瀚文`` → 海南省委 常委 + 海口市委 书记); 自治区党委 /
副主席 on the 西吉 site = 宁夏回族自治区党委 / 宁夏回族自治区政府; a bare 区委书记 in a sentence about 龙华区 = 海口市龙华区委
(龙华区 is also a district of 深圳, so the label takes its city; the place row keeps the name as written, 龙华区). 市政协
副主席 on the 大石桥 site is 大石桥市政协's; ``营口市政协副主席`` is 营口市政协's. Departments as written after the place
(吉林省林草局, 镇雄县投资促进局, 营口市政协农业和农村委员会, 宁夏回族自治区农业农村厅, 大石桥市农业农村局, 松江区委统战部).
市委秘书长 is a post (泰州市委 / 无锡市委 + 秘书长); a 挂职 副县长 is a 副县长; 党工委委员 is a post (大连金普新区党工委 委员,
as r's 合肥经开区党工委 委员); 大连金普新区 keeps its name (as 长春新区). Town posts: county label + town + 党委 / 政府
(大石桥市水源镇党委 书记, 大石桥市虎庄镇政府 镇长). A post repeated in the same article gives one line (葛洪涛#1 and #2 are
named again at the signing, 单宝林 in t06's headline and lead); in another article of the page it gives another line
(符策明 in both t05 articles). Company chairmen (方立成, 褚文涛) make no holding.
Events: a delegation's 考察 is an inspection led by the visitors' head (the first name after which 率 follows), the
hosts who 陪同 are attendees; the 座谈会 / 联席会议 that follows is its own event, dated by the day (``在随后召开的座谈会
上``) or the visit's range (``9月20日至21日``); a signing inside a 座谈会 or 联席会议 is part of that meeting (as i09), its
named signers are attendees of the meeting; a 签约仪式 or 推介会暨签约仪式 reported as its own event is a ceremony (t03,
t10); a 会见 during a trip is a meeting whose host is a speaker and attendee; a 招商 trip is a visit (招商) led by its head,
company visits are part of it. Places: as written (上海市 and 上海, 无锡市 and 无锡, 大连市 and 大连 are separate rows);
province and city names inside an organ reference count (江苏省 and 泰州市 in ``江苏省泰州市委书记``, 吉林省 and 白山市 in
``吉林省白山市委书记``); places in company names (上海禾川食品有限公司, 大连海蕴生物科技有限公司), in the WeChat account line
(发表于云南, 发表于青海), in site lines, mastheads, source lines and footers, and in 上一篇 / 下一篇 / 推荐阅读 lines are
not annotated. A project named with the park it stands in is split (海东工业园区 is a place, 锡海共建产业园二期 the project,
as r). A visited park named with its zone keeps its whole name as the project (营口经开区镁质新材料产业园; 营口经开区 is a
place in_project_name). The 白山—营口陆海联运集装箱班列 (a train service) and the 全国人参产业高质量发展示范区 (a goal) are
not projects; 白山内陆港 (to be built) is.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "t01_yingkou.txt": (2023, "发布时间：2023-05-12 17:40", "营口市", [
        ("泰州市党政代表团来营考察交流", "5月11日", "2023-05-11", "5月11日，江苏省泰州市委书记",
         "host city site: a visiting 党政代表团 (visitors in full, hosts bare) and its 座谈会 with a signing; two 葛洪涛, one per side")]),
    "t02_fusong.txt": (2023, "发布时间：2023-07-20 10:05", "抚松县", [
        ("常思远到我县调研人参产业和林下经济发展工作", "7月19日", "2023-07-19", "7月19日，省委常委、副省长",
         "county site: a 省委常委、副省长's 调研 with the city's 市委书记 / 副市长 and the county's 县委书记 / 县长, all bare")]),
    "t03_zhenxiong.txt": (2023, "2023-04-14 20:16", "镇雄县", [
        ("禄文杰率队赴上海开展招商引资和东西部协作对接活动", "4月12日至13日", "2023-04-12", "4月12日至13日，县委书记",
         "county WeChat article: the 县委书记's 招商 trip to 上海松江; 会见 by the 松江 区委书记 (in full); company visits; 推介会暨签约仪式")]),
    "t04_songjiang.txt": (2023, "2023年09月22日", "松江区", [
        ("俞晓岚率松江区党政代表团赴镇雄县考察", "9月20日至21日", "2023-09-20", "本报讯（记者 顾一帆）9月20日至21日",
         "district paper 第01版: the 区委书记 (bare) leads a delegation to the paired county; 东西部协作联席会议 with 镇雄 and 昭通 leaders in full")]),
    "t05_haikou.txt": (2024, "2024年03月08日", "海口市", [
        ("符策明到龙华区美兰区调研时强调", "3月7日", "2024-03-07", "本报讯（记者 黎雅琪 通讯员 陈泽宇）3月7日",
         "city paper A02: the mayor's 调研 of two districts; bare 区委书记 in a sentence about 龙华区"),
        ("儋州市党政代表团来海口考察交流", "3月6日", "2024-03-06", "本报讯（记者 麦晓彤）3月6日",
         "city paper A02: a visiting 儋州 delegation; 省委常委、市委书记 (海南省委); 座谈会 chaired by the mayor")]),
    "t06_dashiqiao.txt": (2024, "发布时间：2024-06-18 15:22", "大石桥市", [
        ("营口市政协副主席单宝林到我市督导农村人居环境整治和防汛备汛工作", "6月17日", "2024-06-17", "6月17日，营口市政协副主席",
         "county-level city site: a 营口市政协副主席's 督导 (in full) with the host's bare 市委常委、副市长 and 市政协副主席; town heads")]),
    "t07_yingkou.txt": (2024, "发布时间：2024-05-16 16:50", "营口市", [
        ("白山市党政代表团来营考察交流", "5月15日", "2024-05-15", "5月15日，吉林省白山市委书记",
         "host city site a year after t01: a visiting 白山 delegation; the same 市委书记 hosts; 座谈会 with a signing")]),
    "t08_xiji.txt": (2024, "发布时间：2024-08-29 09:40", "西吉县", [
        ("马占江到我县调研马铃薯产业和乡村振兴工作", "8月28日", "2024-08-28", "8月28日，自治区党委常委、副主席",
         "宁夏 county site: a 自治区党委常委、副主席's 调研 with the 自治区 department head, the bare 市委书记 (固原) and the county heads")]),
    "t09_haidong.txt": (2023, "2023-11-09 21:05", "海东市", [
        ("我市党政代表团赴无锡考察交流 深化东西部协作", "11月7日至8日", "2023-11-07", "11月7日至8日，市委书记",
         "city WeChat article, visitor side: 我市 delegation (bare) goes to 无锡 (hosts in full); 东西部协作联席会议; district pair signing")]),
    "t10_fusong.txt": (2024, "发布时间：2024-06-14 16:30", "抚松县", [
        ("荀立业率队赴大连开展招商引资活动", "6月12日至13日", "2024-06-12", "6月12日至13日，县委书记",
         "county site: the 县委书记's 招商 trip to 大连 (company visits, 会见 by a 金普新区 leader, 签约仪式)")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # t01 营口 (visitors from 泰州)
    "t:缪建中": ("缪建中", "official", "泰州市", [
        ("t01", "泰州市委", "书记", "江苏省泰州市委书记缪建中", "visitor, written in full")], []),
    "t:顾晓峰": ("顾晓峰", "official", "泰州市", [
        ("t01", "泰州市委", "副书记", "泰州市委副书记、市长顾晓峰率泰州市党政代表团", "visitor"),
        ("t01", "泰州市政府", "市长", "泰州市委副书记、市长顾晓峰率泰州市党政代表团", None)], []),
    "t:葛洪涛#1": ("葛洪涛", "official", "泰州市", [
        ("t01", "泰州市委", "常委", "泰州市委常委、秘书长葛洪涛等随同考察", "visitor; not the host 葛洪涛 (营口市副市长, t:葛洪涛#2) on the same page; named again at the signing (same posts, no second line)"),
        ("t01", "泰州市委", "秘书长", "泰州市委常委、秘书长葛洪涛等随同考察", "市委秘书长 is a post")], []),
    "t:葛洪涛#2": ("葛洪涛", "official", "营口市", [
        ("t01", "营口市政府", "副市长", "副市长葛洪涛陪同考察或参加座谈", "host, bare 副市长 on the 营口 site; not the visitor 葛洪涛 (t:葛洪涛#1); written 营口市副市长 at the signing (same post, no second line)")], []),
    "t:闫立川": ("闫立川", "official", "营口市", [
        ("t01", "营口市委", "书记", "市委书记闫立川，市委副书记、市长韩秋实", "host, bare 市委 on the 营口 site; 2023"),
        ("t07", "营口市委", "书记", "市委书记闫立川，市委常委、常务副市长潘立军", "host again a year later (2024), same post")], []),
    "t:韩秋实": ("韩秋实", "official", "营口市", [
        ("t01", "营口市委", "副书记", "市委副书记、市长韩秋实", None),
        ("t01", "营口市政府", "市长", "市委副书记、市长韩秋实", None)], []),
    "t:罗振东": ("罗振东", "official", "营口市", [
        ("t01", "营口市委", "副书记", "市委副书记罗振东，副市长葛洪涛", None)], []),
    "t:崔梦瑶": ("崔梦瑶", "reporter", "营口日报", [], ["t01", "t07"]),
    # t02 / t10 抚松
    "t:常思远": ("常思远", "official", "吉林省", [
        ("t02", "吉林省委", "常委", "省委常委、副省长常思远到我县调研", "省委 on a 抚松 site = 吉林省委"),
        ("t02", "吉林省政府", "副省长", "省委常委、副省长常思远到我县调研", None)], []),
    "t:金成哲": ("金成哲", "official", "吉林省", [
        ("t02", "吉林省林草局", "局长", "省林草局局长金成哲", "as written after the place")], []),
    "t:隋振国": ("隋振国", "official", "白山市", [
        ("t02", "白山市委", "书记", "市委书记隋振国，副市长朴英姬", "bare 市委书记 on a 抚松 (county) site = the parent city 白山市委; 2023"),
        ("t07", "白山市委", "书记", "吉林省白山市委书记隋振国", "2024: leads the 白山 delegation to 营口; same post, written in full")], []),
    "t:朴英姬": ("朴英姬", "official", "白山市", [
        ("t02", "白山市政府", "副市长", "市委书记隋振国，副市长朴英姬", "bare 副市长 after the 白山 市委书记 on a county site = 白山市政府")], []),
    "t:荀立业": ("荀立业", "official", "抚松县", [
        ("t02", "抚松县委", "书记", "县委书记荀立业，县委副书记", "2023; host of the 副省长's 调研"),
        ("t10", "抚松县委", "书记", "县委书记荀立业率队赴辽宁省大连市", "2024; leads the 招商 trip; same post")], []),
    "t:于春雷": ("于春雷", "official", "抚松县", [
        ("t02", "抚松县委", "副书记", "县委副书记、县长于春雷陪同调研", None),
        ("t02", "抚松县政府", "县长", "县委副书记、县长于春雷陪同调研", None)], []),
    "t:关鹏飞": ("关鹏飞", "official", "抚松县", [
        ("t10", "抚松县委", "常委", "县委常委、副县长关鹏飞，县商务局局长谷雨晴随同", None),
        ("t10", "抚松县政府", "副县长", "县委常委、副县长关鹏飞，县商务局局长谷雨晴随同", None)], []),
    "t:谷雨晴": ("谷雨晴", "official", "抚松县", [
        ("t10", "抚松县商务局", "局长", "县商务局局长谷雨晴随同", None)], []),
    "t:邹志强": ("邹志强", "official", "大连金普新区", [
        ("t10", "大连金普新区党工委", "委员", "大连金普新区党工委委员、管委会副主任邹志强会见了", "host of the 招商 team; 大连金普新区 keeps its name"),
        ("t10", "大连金普新区管委会", "副主任", "大连金普新区党工委委员、管委会副主任邹志强会见了", None)], []),
    "t:褚文涛": ("褚文涛", "company_executive", "大连海蕴生物科技有限公司", [], ["t10"]),
    # t03 / t04 镇雄 and 松江
    "t:禄文杰": ("禄文杰", "official", "镇雄县", [
        ("t03", "镇雄县委", "书记", "县委书记禄文杰率队赴上海市松江区", "bare 县委 on the 镇雄 account; visitor in 上海"),
        ("t04", "镇雄县委", "书记", "镇雄县委书记禄文杰", "written in full in the 松江报; host of the 松江 delegation")], []),
    "t:沈家豪": ("沈家豪", "official", "镇雄县", [
        ("t03", "镇雄县委", "常委", "县委常委、副县长（挂职）沈家豪", "a 松江 cadre 挂职 in 镇雄; 挂职 副县长 is 副县长"),
        ("t03", "镇雄县政府", "副县长", "县委常委、副县长（挂职）沈家豪", None),
        ("t04", "镇雄县委", "常委", "镇雄县委常委、副县长沈家豪汇报了", "``我区援滇干部`` in the 松江报; the posts are 镇雄's"),
        ("t04", "镇雄县政府", "副县长", "镇雄县委常委、副县长沈家豪汇报了", None)], []),
    "t:杨晓芸": ("杨晓芸", "official", "镇雄县", [
        ("t03", "镇雄县投资促进局", "局长", "县投资促进局局长杨晓芸随同", None)], []),
    "t:俞晓岚": ("俞晓岚", "official", "松江区", [
        ("t03", "松江区委", "书记", "上海市松江区委书记俞晓岚会见了禄文杰一行", "written in full on the 镇雄 account"),
        ("t04", "松江区委", "书记", "区委书记俞晓岚率松江区党政代表团", "bare 区委 in the 松江报 = 松江区委")], []),
    "t:戴明华": ("戴明华", "official", "松江区", [
        ("t03", "松江区政府", "副区长", "副区长戴明华参加会见", "bare 副区长 in the sentence of the 松江 会见 = 松江区政府"),
        ("t04", "松江区政府", "副区长", "副区长戴明华参加", "bare in the 松江报")], []),
    "t:方立成": ("方立成", "company_executive", "上海禾川食品有限公司", [], ["t03"]),
    "t:孔令蓉": ("孔令蓉", "official", "松江区", [
        ("t04", "松江区委", "常委", "区委常委、统战部部长孔令蓉", None),
        ("t04", "松江区委统战部", "部长", "区委常委、统战部部长孔令蓉", None)], []),
    "t:晏庆华": ("晏庆华", "official", "昭通市", [
        ("t04", "昭通市委", "常委", "昭通市委常委、副市长晏庆华", "written in full in the 松江报"),
        ("t04", "昭通市政府", "副市长", "昭通市委常委、副市长晏庆华", None)], []),
    "t:陶正祥": ("陶正祥", "official", "镇雄县", [
        ("t04", "镇雄县委", "副书记", "镇雄县委副书记、县长陶正祥等陪同考察", None),
        ("t04", "镇雄县政府", "县长", "镇雄县委副书记、县长陶正祥等陪同考察", None)], []),
    # t05 海口
    "t:符策明": ("符策明", "official", "海口市", [
        ("t05", "海口市委", "副书记", "市委副书记、市长符策明到龙华区、美兰区调研", "article 1"),
        ("t05", "海口市政府", "市长", "市委副书记、市长符策明到龙华区、美兰区调研", None),
        ("t05", "海口市委", "副书记", "市委副书记、市长符策明陪同考察", "article 2 of the same page: another line"),
        ("t05", "海口市政府", "市长", "市委副书记、市长符策明陪同考察", None)], []),
    "t:云彩霞": ("云彩霞", "official", "海口市", [
        ("t05", "海口市政府", "副市长", "副市长云彩霞参加调研", None)], []),
    "t:吴坤明": ("吴坤明", "official", "海口市龙华区", [
        ("t05", "海口市龙华区委", "书记", "区委书记吴坤明介绍", "bare 区委 in a sentence about 龙华区; 龙华区 is also in 深圳, so the label takes its city")], []),
    "t:邢国栋": ("邢国栋", "official", "美兰区", [
        ("t05", "美兰区委", "副书记", "美兰区委副书记、区长邢国栋汇报了", None),
        ("t05", "美兰区政府", "区长", "美兰区委副书记、区长邢国栋汇报了", None)], []),
    "t:羊德海": ("羊德海", "official", "儋州市", [
        ("t05", "儋州市委", "书记", "儋州市委书记羊德海", "visitor")], []),
    "t:林春晖": ("林春晖", "official", "儋州市", [
        ("t05", "儋州市委", "副书记", "儋州市委副书记、市长林春晖率儋州市党政代表团", None),
        ("t05", "儋州市政府", "市长", "儋州市委副书记、市长林春晖率儋州市党政代表团", None)], []),
    "t:卓瀚文": ("卓瀚文", "official", "海口市", [
        ("t05", "海南省委", "常委", "省委常委、市委书记卓瀚文", "省委 in the 海口日报 = 海南省委"),
        ("t05", "海口市委", "书记", "省委常委、市委书记卓瀚文", None)], []),
    # t06 大石桥
    "t:单宝林": ("单宝林", "official", "营口市", [
        ("t06", "营口市政协", "副主席", "营口市政协副主席单宝林带领督导组", "written in full on the 大石桥 site; also in the headline (same article, no second line)"),
        ("t07", "营口市政协", "副主席", "市政协副主席单宝林陪同考察或参加座谈", "bare on the 营口 site")], []),
    "t:包玉清": ("包玉清", "official", "营口市", [
        ("t06", "营口市政协农业和农村委员会", "主任", "营口市政协农业和农村委员会主任包玉清参加督导", None)], []),
    "t:那春雨": ("那春雨", "official", "大石桥市", [
        ("t06", "大石桥市委", "常委", "市委常委、副市长那春雨", "bare 市委 on the 大石桥 site = the county-level city, not 营口"),
        ("t06", "大石桥市政府", "副市长", "市委常委、副市长那春雨", None)], []),
    "t:乔德胜": ("乔德胜", "official", "大石桥市", [
        ("t06", "大石桥市政协", "副主席", "市政协副主席乔德胜", "bare 市政协 on the 大石桥 site; not 营口市政协 (单宝林's)")], []),
    "t:宫立新": ("宫立新", "official", "大石桥市", [
        ("t06", "大石桥市农业农村局", "局长", "市农业农村局局长宫立新陪同", None)], []),
    "t:曹立峰": ("曹立峰", "official", "大石桥市水源镇", [
        ("t06", "大石桥市水源镇党委", "书记", "镇党委书记曹立峰介绍了", "bare 镇 in a sentence about 水源镇")], []),
    "t:关玉珠": ("关玉珠", "official", "大石桥市虎庄镇", [
        ("t06", "大石桥市虎庄镇党委", "副书记", "镇党委副书记、镇长关玉珠汇报了", "bare 镇 in a sentence about 虎庄镇"),
        ("t06", "大石桥市虎庄镇政府", "镇长", "镇党委副书记、镇长关玉珠汇报了", None)], []),
    # t07 营口 (visitors from 白山)
    "t:石宝森": ("石宝森", "official", "白山市", [
        ("t07", "白山市委", "副书记", "白山市委副书记、市长石宝森率白山市党政代表团", "visitor"),
        ("t07", "白山市政府", "市长", "白山市委副书记、市长石宝森率白山市党政代表团", None)], []),
    "t:潘立军": ("潘立军", "official", "营口市", [
        ("t07", "营口市委", "常委", "市委常委、常务副市长潘立军", None),
        ("t07", "营口市政府", "常务副市长", "市委常委、常务副市长潘立军", None)], []),
    # t08 西吉
    "t:马占江": ("马占江", "official", "宁夏回族自治区", [
        ("t08", "宁夏回族自治区党委", "常委", "自治区党委常委、副主席马占江到我县调研", "自治区 on a 宁夏 county site = 宁夏回族自治区"),
        ("t08", "宁夏回族自治区政府", "副主席", "自治区党委常委、副主席马占江到我县调研", None)], []),
    "t:金晓东": ("金晓东", "official", "宁夏回族自治区", [
        ("t08", "宁夏回族自治区农业农村厅", "厅长", "自治区农业农村厅厅长金晓东", None)], []),
    "t:庞永建": ("庞永建", "official", "固原市", [
        ("t08", "固原市委", "书记", "市委书记庞永建，县委书记冶建平", "bare 市委书记 on the 西吉 site = the parent city 固原市委")], []),
    "t:冶建平": ("冶建平", "official", "西吉县", [
        ("t08", "西吉县委", "书记", "县委书记冶建平", None)], []),
    "t:杨光耀": ("杨光耀", "official", "西吉县", [
        ("t08", "西吉县委", "副书记", "县委副书记、县长杨光耀陪同调研", None),
        ("t08", "西吉县政府", "县长", "县委副书记、县长杨光耀陪同调研", None)], []),
    # t09 海东 (visitors) at 无锡 (hosts)
    "t:鲁海生": ("鲁海生", "official", "海东市", [
        ("t09", "海东市委", "书记", "市委书记鲁海生，市委副书记", "bare 市委 on the 海东 account (我市党政代表团) = 海东市委; visitor")], []),
    "t:马守仁": ("马守仁", "official", "海东市", [
        ("t09", "海东市委", "副书记", "市委副书记、市长马守仁率我市党政代表团", None),
        ("t09", "海东市政府", "市长", "市委副书记、市长马守仁率我市党政代表团", None)], []),
    "t:吕青山": ("吕青山", "official", "海东市", [
        ("t09", "海东市委", "常委", "市委常委、乐都区委书记吕青山等参加考察", None),
        ("t09", "乐都区委", "书记", "市委常委、乐都区委书记吕青山等参加考察", "乐都区 of 海东, written with its name")], []),
    "t:杜立衡": ("杜立衡", "official", "无锡市", [
        ("t09", "无锡市委", "书记", "无锡市委书记杜立衡", "host, written in full")], []),
    "t:薛明轩": ("薛明轩", "official", "无锡市", [
        ("t09", "无锡市委", "副书记", "无锡市委副书记、市长薛明轩", None),
        ("t09", "无锡市政府", "市长", "无锡市委副书记、市长薛明轩", None)], []),
    "t:华振宇": ("华振宇", "official", "无锡市", [
        ("t09", "无锡市委", "常委", "无锡市委常委、秘书长华振宇陪同考察", None),
        ("t09", "无锡市委", "秘书长", "无锡市委常委、秘书长华振宇陪同考察", "市委秘书长 is a post")], []),
    "t:钱松涛": ("钱松涛", "official", "锡山区", [
        ("t09", "锡山区委", "书记", "锡山区委书记钱松涛介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("t01", "崔梦瑶", "记者", "reporter", "（记者 崔梦瑶）"),
    ("t01", "邵明远", "责任编辑", "editor", "责任编辑：邵明远"),
    ("t02", "辛雨涵", "记者", "reporter", "（记者 辛雨涵 李博文）"),
    ("t02", "李博文", "记者", "reporter", "（记者 辛雨涵 李博文）"),
    ("t02", "郑晓彤", "责任编辑", "editor", "责任编辑：郑晓彤"),
    ("t03", "龙怡然", "文字", "author", "文字：龙怡然"),
    ("t03", "罗娅", "编辑", "editor", "编辑：罗娅"),
    ("t03", "吴国富", "审核", "editor", "审核：吴国富"),
    ("t04", "顾一帆", "记者", "reporter", "本报讯（记者 顾一帆）"),
    ("t04", "陆佳音", "本版编辑", "editor", "本版编辑：陆佳音"),
    ("t05", "黎雅琪", "记者", "reporter", "本报讯（记者 黎雅琪 通讯员 陈泽宇）"),
    ("t05", "陈泽宇", "通讯员", "correspondent", "本报讯（记者 黎雅琪 通讯员 陈泽宇）"),
    ("t05", "麦晓彤", "记者", "reporter", "本报讯（记者 麦晓彤）"),
    ("t06", "姜书瑶", "责任编辑", "editor", "责任编辑：姜书瑶"),
    ("t07", "崔梦瑶", "记者", "reporter", "（记者 崔梦瑶）"),
    ("t07", "邵明远", "责任编辑", "editor", "责任编辑：邵明远"),
    ("t08", "苏婉婷", "作者", "author", "作者：苏婉婷 马晓龙"),
    ("t08", "马晓龙", "作者", "author", "作者：苏婉婷 马晓龙"),
    ("t08", "禹欣然", "责任编辑", "editor", "责任编辑：禹欣然"),
    ("t09", "谢雨萌", "文字", "author", "文字：谢雨萌"),
    ("t09", "范佳怡", "编辑", "editor", "编辑：范佳怡"),
    ("t09", "何建邦", "审核", "editor", "审核：何建邦"),
    ("t10", "郑晓彤", "责任编辑", "editor", "责任编辑：郑晓彤"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("t01", "泰州市党政代表团考察交流", "inspection (考察, visiting delegation)", "5月11日", None, "缪建中", [],
     ["顾晓峰", "葛洪涛", "闫立川", "韩秋实", "罗振东"], [], "营口市",
     "江苏省泰州市委书记缪建中，泰州市委副书记、市长顾晓峰率泰州市党政代表团来营考察交流",
     ["江苏省泰州市委书记缪建中", "市长顾晓峰率泰州市党政代表团", "秘书长葛洪涛等随同考察", "市委书记闫立川",
      "市长韩秋实", "副市长葛洪涛陪同考察或参加座谈"]),
    ("t01", "座谈会", "meeting (座谈会)", "5月11日", "韩秋实", None, [],
     ["葛洪涛"], ["闫立川", "缪建中", "顾晓峰", "罗振东"], None,
     "在随后召开的座谈会上，闫立川代表营口市委、市政府对代表团一行表示欢迎",
     ["闫立川代表营口市委", "缪建中对营口给予代表团的热情接待表示感谢", "顾晓峰、罗振东分别介绍了", "韩秋实主持座谈会",
      "泰州市委常委、秘书长葛洪涛与营口市副市长葛洪涛分别代表两市签约"]),
    ("t02", "人参产业和林下经济发展工作调研", "inspection (调研)", "7月19日", None, "常思远", [],
     ["金成哲", "隋振国", "朴英姬", "荀立业", "于春雷"], ["常思远", "荀立业", "隋振国"], "抚松县",
     "省委常委、副省长常思远到我县调研人参产业和林下经济发展工作",
     ["副省长常思远到我县调研", "省林草局局长金成哲", "市委书记隋振国，副市长朴英姬", "县长于春雷陪同调研", "荀立业汇报了",
      "常思远强调", "隋振国表示"]),
    ("t03", "上海招商引资和东西部协作对接活动", "visit (招商)", "4月12日至13日", None, "禄文杰", [],
     ["沈家豪", "杨晓芸"], ["禄文杰"], "松江区",
     "县委书记禄文杰率队赴上海市松江区开展招商引资和东西部协作对接活动",
     ["县委书记禄文杰率队", "副县长（挂职）沈家豪", "县投资促进局局长杨晓芸随同", "禄文杰与公司董事长方立成深入交流"]),
    ("t03", "松江区委书记会见镇雄县招商考察团", "meeting (会见)", "4月12日至13日", None, None, [],
     ["俞晓岚", "禄文杰", "戴明华"], ["俞晓岚", "禄文杰"], "松江",
     "上海市松江区委书记俞晓岚会见了禄文杰一行",
     ["俞晓岚会见了禄文杰一行", "副区长戴明华参加会见", "俞晓岚表示", "禄文杰代表县委、县政府感谢松江区"]),
    ("t03", "镇雄县—松江区东西部协作招商推介会暨项目签约仪式", "ceremony (招商推介会暨签约仪式)", "4月13日下午", None, None, [],
     [], ["戴明华", "沈家豪"], "松江",
     "4月13日下午，镇雄县—松江区东西部协作招商推介会暨项目签约仪式在松江举行",
     ["戴明华致辞", "沈家豪推介了镇雄的区位优势"]),
    ("t04", "松江区党政代表团赴镇雄县考察", "inspection (考察, visiting delegation)", "9月20日至21日", None, "俞晓岚", [],
     ["孔令蓉", "戴明华", "晏庆华", "禄文杰", "陶正祥"], [], "镇雄县",
     "区委书记俞晓岚率松江区党政代表团赴云南省昭通市镇雄县考察",
     ["区委书记俞晓岚率松江区党政代表团", "统战部部长孔令蓉，副区长戴明华参加", "昭通市委常委、副市长晏庆华", "镇雄县委书记禄文杰",
      "县长陶正祥等陪同考察或参加会议"]),
    ("t04", "2023年松江区—镇雄县东西部协作联席会议", "meeting (东西部协作联席会议)", "9月20日至21日", "陶正祥", None, [],
     ["俞晓岚", "孔令蓉", "戴明华", "晏庆华", "禄文杰", "沈家豪"], ["俞晓岚", "禄文杰", "晏庆华", "孔令蓉", "沈家豪"], "镇雄县",
     "并出席2023年松江区—镇雄县东西部协作联席会议",
     ["会议由陶正祥主持", "俞晓岚代表区委、区政府", "禄文杰代表镇雄县委、县政府", "晏庆华表示", "孔令蓉通报了",
      "副县长沈家豪汇报了"]),
    ("t05", "城市更新和重点项目建设工作调研", "inspection (调研)", "3月7日", None, "符策明", [],
     ["云彩霞", "吴坤明", "邢国栋"], ["符策明", "吴坤明", "邢国栋"], "龙华区、美兰区",
     "市委副书记、市长符策明到龙华区、美兰区调研城市更新和重点项目建设工作",
     ["市长符策明到龙华区、美兰区调研", "副市长云彩霞参加调研", "区委书记吴坤明介绍", "区长邢国栋汇报了", "符策明强调"]),
    ("t05", "儋州市党政代表团考察交流", "inspection (考察, visiting delegation)", "3月6日", None, "羊德海", [],
     ["林春晖", "卓瀚文", "符策明"], [], "海口",
     "儋州市委书记羊德海，儋州市委副书记、市长林春晖率儋州市党政代表团来海口考察交流",
     ["儋州市委书记羊德海", "市长林春晖率儋州市党政代表团", "省委常委、市委书记卓瀚文", "市长符策明陪同考察并参加座谈"]),
    ("t05", "座谈会", "meeting (座谈会)", "3月6日", "符策明", None, [],
     [], ["卓瀚文", "羊德海"], None,
     "在座谈会上，卓瀚文对代表团一行表示欢迎",
     ["卓瀚文对代表团一行表示欢迎", "羊德海表示", "符策明主持座谈会"]),
    ("t06", "农村人居环境整治和防汛备汛工作督导", "inspection (督导)", "6月17日", None, "单宝林", [],
     ["包玉清", "那春雨", "乔德胜", "宫立新", "曹立峰", "关玉珠"], ["曹立峰", "关玉珠", "单宝林", "那春雨"], "大石桥市",
     "营口市政协副主席单宝林带领督导组到我市督导农村人居环境整治和防汛备汛工作",
     ["营口市政协副主席单宝林带领督导组", "主任包玉清参加督导", "市委常委、副市长那春雨，市政协副主席乔德胜，市农业农村局局长宫立新陪同",
      "镇党委书记曹立峰介绍了", "镇长关玉珠汇报了", "单宝林指出", "那春雨表示"]),
    ("t07", "白山市党政代表团考察交流", "inspection (考察, visiting delegation)", "5月15日", None, "隋振国", [],
     ["石宝森", "闫立川", "潘立军", "单宝林"], [], "营口市",
     "吉林省白山市委书记隋振国，白山市委副书记、市长石宝森率白山市党政代表团来营考察交流",
     ["吉林省白山市委书记隋振国", "市长石宝森率白山市党政代表团", "市委书记闫立川", "常务副市长潘立军",
      "市政协副主席单宝林陪同考察或参加座谈"]),
    ("t07", "座谈会", "meeting (座谈会)", "5月15日", None, None, [],
     [], ["闫立川", "隋振国", "石宝森", "潘立军"], None,
     "在随后召开的座谈会上，闫立川对代表团一行的到来表示欢迎",
     ["闫立川对代表团一行的到来表示欢迎", "隋振国对营口市委、市政府", "石宝森、潘立军分别介绍了"]),
    ("t08", "马铃薯产业和乡村振兴工作调研", "inspection (调研)", "8月28日", None, "马占江", [],
     ["金晓东", "庞永建", "冶建平", "杨光耀"], ["马占江", "冶建平", "庞永建"], "西吉县",
     "自治区党委常委、副主席马占江到我县调研马铃薯产业发展和乡村振兴工作",
     ["副主席马占江到我县调研", "自治区农业农村厅厅长金晓东", "市委书记庞永建", "县长杨光耀陪同调研", "冶建平汇报了",
      "马占江强调", "庞永建表示"]),
    ("t09", "海东市党政代表团赴无锡考察交流", "inspection (考察, visiting delegation)", "11月7日至8日", None, "鲁海生", [],
     ["马守仁", "吕青山", "杜立衡", "薛明轩", "华振宇", "钱松涛"], ["钱松涛"], "无锡市",
     "市委书记鲁海生，市委副书记、市长马守仁率我市党政代表团赴江苏省无锡市考察交流",
     ["市委书记鲁海生", "市长马守仁率我市党政代表团", "乐都区委书记吕青山等参加考察", "无锡市委书记杜立衡",
      "市长薛明轩", "秘书长华振宇陪同考察或出席会议", "锡山区委书记钱松涛介绍了"]),
    ("t09", "无锡市—海东市东西部协作联席会议", "meeting (东西部协作联席会议)", "11月7日至8日", "薛明轩", None, [],
     ["杜立衡", "鲁海生", "马守仁", "吕青山", "钱松涛"], ["杜立衡", "鲁海生", "马守仁"], "无锡市",
     "并出席无锡市—海东市东西部协作联席会议",
     ["会议由薛明轩主持", "杜立衡代表无锡市委、市政府", "鲁海生代表海东市委、市政府", "马守仁介绍了",
      "吕青山与钱松涛代表乐都区和锡山区签订结对帮扶协议"]),
    ("t10", "大连招商引资活动", "visit (招商)", "6月12日至13日", None, "荀立业", [],
     ["关鹏飞", "谷雨晴"], ["荀立业"], "大连",
     "县委书记荀立业率队赴辽宁省大连市开展招商引资活动",
     ["县委书记荀立业率队", "县商务局局长谷雨晴随同", "荀立业与公司董事长褚文涛座谈", "荀立业表示"]),
    ("t10", "大连金普新区会见抚松县招商团", "meeting (会见)", "6月12日至13日", None, None, [],
     ["邹志强", "荀立业"], [], "大连金普新区",
     "大连金普新区党工委委员、管委会副主任邹志强会见了荀立业一行",
     ["管委会副主任邹志强会见了荀立业一行"]),
    ("t10", "人参肽精深加工项目签约仪式", "ceremony (签约仪式)", "6月13日下午", None, None, [],
     ["关鹏飞"], [], "大连",
     "抚松县与大连海蕴生物科技有限公司人参肽精深加工项目签约仪式在大连举行",
     ["关鹏飞代表县政府与企业签约"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("t01", "营口经开区镁质新材料产业园", "industrial_park", "营口经开区镁质新材料产业园"),
    ("t01", "辽河入海口湿地生态修复工程", "greening_project", "辽河入海口湿地生态修复工程现场"),
    ("t02", "万良长白山人参市场改造提升项目", "project", "万良长白山人参市场改造提升项目"),
    ("t02", "抚松县人参精深加工产业园二期", "industrial_park", "抚松县人参精深加工产业园二期"),
    ("t02", "东岗镇林下参标准化种植基地", "project", "东岗镇林下参标准化种植基地"),
    ("t03", "镇雄竹产业精深加工园项目", "industrial_park", "其中镇雄竹产业精深加工园项目"),
    ("t03", "芒部镇天麻标准化种植基地项目", "project", "芒部镇天麻标准化种植基地项目"),
    ("t04", "松江—镇雄东西部协作产业园", "industrial_park", "松江—镇雄东西部协作产业园"),
    ("t04", "镇雄竹产业精深加工园项目", "industrial_park", "镇雄竹产业精深加工园项目配套设施建设"),
    ("t05", "金盘片区城市更新项目", "project", "金盘片区城市更新项目、滨涯片区"),
    ("t05", "滨涯片区老旧小区改造项目", "housing_project", "滨涯片区老旧小区改造项目施工现场"),
    ("t05", "演丰镇红树林湿地保护修复工程", "greening_project", "演丰镇红树林湿地保护修复工程"),
    ("t05", "美舍河下游水环境综合治理工程", "engineering_work", "美舍河下游水环境综合治理工程现场"),
    ("t07", "营口经开区镁质新材料产业园", "industrial_park", "营口经开区镁质新材料产业园"),
    ("t07", "白山内陆港", "infrastructure_project", "共同推进白山内陆港建设"),
    ("t08", "西吉县马铃薯种薯繁育基地", "project", "西吉县马铃薯种薯繁育基地"),
    ("t08", "吉强镇马铃薯淀粉精深加工项目", "project", "吉强镇马铃薯淀粉精深加工项目"),
    ("t08", "将台堡镇闽宁协作冷链仓储物流中心", "logistics_hub", "将台堡镇闽宁协作冷链仓储物流中心"),
    ("t08", "葫芦河流域综合治理工程", "engineering_work", "葫芦河流域综合治理工程"),
    ("t09", "锡海共建产业园二期", "industrial_park", "加快海东工业园区锡海共建产业园二期建设"),
    ("t10", "人参肽精深加工项目", "project", "人参肽精深加工项目签约仪式在大连举行"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("t01", "江苏省", "province", "in_org_reference", "江苏省泰州市委书记缪建中"),
    ("t01", "泰州市", "city", "in_org_reference", "江苏省泰州市委书记缪建中"),
    ("t01", "营口港", "port", "standalone", "营口港鲅鱼圈港区集装箱码头"),
    ("t01", "鲅鱼圈港区", "port_area", "standalone", "营口港鲅鱼圈港区集装箱码头"),
    ("t01", "营口经开区", "development_zone", "in_project_name", "营口经开区镁质新材料产业园"),
    ("t01", "辽河", "river", "in_project_name", "辽河入海口湿地生态修复工程"),
    ("t01", "营口市", "city", "in_org_reference", "闫立川代表营口市委、市政府"),
    ("t01", "营口", "city", "standalone", "营口与泰州一个临渤海、一个濒长江"),
    ("t01", "泰州", "city", "standalone", "营口与泰州一个临渤海、一个濒长江"),
    ("t01", "渤海", "sea", "standalone", "营口与泰州一个临渤海、一个濒长江"),
    ("t01", "长江", "river", "standalone", "营口与泰州一个临渤海、一个濒长江"),
    ("t01", "东北", "region", "standalone", "共同打造东北振兴与长三角一体化联动发展的示范样板"),
    ("t01", "长三角", "region", "standalone", "共同打造东北振兴与长三角一体化联动发展的示范样板"),
    ("t02", "万良", "town", "in_project_name", "万良长白山人参市场改造提升项目"),
    ("t02", "长白山", "mountain", "standalone", "守护好长白山生态屏障"),
    ("t02", "抚松县", "county", "in_project_name", "抚松县人参精深加工产业园二期"),
    ("t02", "东岗镇", "town", "in_project_name", "东岗镇林下参标准化种植基地"),
    ("t02", "万良镇", "town", "standalone", "在万良镇人参交易大厅"),
    ("t02", "抚松", "county", "standalone", "抚松要发挥好主产区优势"),
    ("t02", "吉林", "province", "standalone", "人参是吉林的特色优势产业"),
    ("t02", "白山市", "city", "standalone", "白山市将认真落实省委、省政府部署要求"),
    ("t03", "上海", "municipality", "standalone", "禄文杰率队赴上海开展招商引资和东西部协作对接活动"),
    ("t03", "上海市", "municipality", "standalone", "率队赴上海市松江区开展招商引资"),
    ("t03", "松江区", "district", "standalone", "率队赴上海市松江区开展招商引资"),
    ("t03", "松江", "district", "standalone", "在松江期间"),
    ("t03", "镇雄", "county", "standalone", "推介镇雄投资环境"),
    ("t03", "镇雄县", "county", "standalone", "镇雄县—松江区东西部协作招商推介会暨项目签约仪式"),
    ("t03", "芒部镇", "town", "in_project_name", "芒部镇天麻标准化种植基地项目"),
    ("t04", "松江区", "district", "standalone", "区委书记俞晓岚率松江区党政代表团"),
    ("t04", "云南省", "province", "standalone", "赴云南省昭通市镇雄县考察"),
    ("t04", "昭通市", "city", "standalone", "赴云南省昭通市镇雄县考察"),
    ("t04", "镇雄县", "county", "standalone", "赴云南省昭通市镇雄县考察"),
    ("t04", "松江", "district", "standalone", "松江与镇雄结对以来"),
    ("t04", "镇雄", "county", "standalone", "松江与镇雄结对以来"),
    ("t04", "以勒镇", "town", "standalone", "以勒镇竹笋初加工厂"),
    ("t04", "乌峰街道", "street", "standalone", "乌峰街道易地扶贫搬迁安置社区"),
    ("t05", "龙华区", "district", "standalone", "到龙华区、美兰区调研城市更新"),
    ("t05", "美兰区", "district", "standalone", "到龙华区、美兰区调研城市更新"),
    ("t05", "金盘片区", "area", "in_project_name", "金盘片区城市更新项目"),
    ("t05", "滨涯片区", "area", "in_project_name", "滨涯片区老旧小区改造项目"),
    ("t05", "演丰镇", "town", "in_project_name", "演丰镇红树林湿地保护修复工程"),
    ("t05", "美舍河", "river", "in_project_name", "美舍河下游水环境综合治理工程"),
    ("t05", "海口", "city", "standalone", "守护好海口的绿水青山"),
    ("t05", "儋州市", "city", "in_org_reference", "儋州市委书记羊德海"),
    ("t05", "海口江东新区", "development_zone", "standalone", "海口江东新区起步区"),
    ("t05", "海口国家高新区", "development_zone", "standalone", "海口国家高新区药谷产业园"),
    ("t05", "药谷产业园", "industrial_park", "standalone", "海口国家高新区药谷产业园"),
    ("t05", "儋州", "city", "standalone", "海口与儋州同为全省"),
    ("t05", "洋浦港", "port", "standalone", "在洋浦港和海口港的港口协作上"),
    ("t05", "海口港", "port", "standalone", "在洋浦港和海口港的港口协作上"),
    ("t06", "营口市", "city", "in_org_reference", "营口市政协副主席单宝林带领督导组"),
    ("t06", "水源镇", "town", "standalone", "督导组先后来到水源镇东石村"),
    ("t06", "东石村", "village", "standalone", "督导组先后来到水源镇东石村"),
    ("t06", "虎庄镇", "town", "standalone", "虎庄镇虎庄村和旗口镇沿河塘坝"),
    ("t06", "虎庄村", "village", "standalone", "虎庄镇虎庄村和旗口镇沿河塘坝"),
    ("t06", "旗口镇", "town", "standalone", "虎庄镇虎庄村和旗口镇沿河塘坝"),
    ("t07", "吉林省", "province", "in_org_reference", "吉林省白山市委书记隋振国"),
    ("t07", "白山市", "city", "in_org_reference", "吉林省白山市委书记隋振国"),
    ("t07", "营口港", "port", "standalone", "先后来到营口港仙人岛港区"),
    ("t07", "仙人岛港区", "port_area", "standalone", "先后来到营口港仙人岛港区"),
    ("t07", "营口经开区", "development_zone", "in_project_name", "营口经开区镁质新材料产业园"),
    ("t07", "营口综保区", "development_zone", "standalone", "和营口综保区，实地了解"),
    ("t07", "营口", "city", "standalone", "营口是东北地区重要的出海口"),
    ("t07", "东北地区", "region", "standalone", "营口是东北地区重要的出海口"),
    ("t07", "白山", "city", "standalone", "白山是长白山腹地的生态资源富集区"),
    ("t07", "长白山", "mountain", "standalone", "白山是长白山腹地的生态资源富集区"),
    ("t07", "吉林", "province", "standalone", "服务吉林东部地区开放发展"),
    ("t07", "营口市", "city", "in_org_reference", "隋振国对营口市委、市政府"),
    ("t08", "西吉县", "county", "in_project_name", "西吉县马铃薯种薯繁育基地"),
    ("t08", "吉强镇", "town", "in_project_name", "吉强镇马铃薯淀粉精深加工项目"),
    ("t08", "将台堡镇", "town", "in_project_name", "将台堡镇闽宁协作冷链仓储物流中心"),
    ("t08", "西吉", "county", "standalone", "马铃薯产业是西吉群众增收致富的主导产业"),
    ("t08", "福建", "province", "standalone", "加强与福建企业的产销对接"),
    ("t08", "葫芦河", "river", "in_project_name", "葫芦河流域综合治理工程"),
    ("t08", "固原市", "city", "standalone", "固原市将全力支持西吉"),
    ("t09", "无锡", "city", "standalone", "我市党政代表团赴无锡考察交流"),
    ("t09", "江苏省", "province", "standalone", "赴江苏省无锡市考察交流"),
    ("t09", "无锡市", "city", "standalone", "赴江苏省无锡市考察交流"),
    ("t09", "海东市", "city", "standalone", "出席无锡市—海东市东西部协作联席会议"),
    ("t09", "无锡高新区", "development_zone", "standalone", "无锡高新区物联网创新促进中心"),
    ("t09", "锡山区", "district", "standalone", "在锡山区，锡山区委书记钱松涛"),
    ("t09", "东港镇", "town", "standalone", "锡山区东港镇乡村振兴示范片区"),
    ("t09", "江阴临港经济开发区", "development_zone", "standalone", "江阴临港经济开发区"),
    ("t09", "乐都区", "district", "standalone", "锡山区与乐都区结对帮扶"),
    ("t09", "海东", "city", "standalone", "海东地处兰西城市群核心区域"),
    ("t09", "兰西城市群", "region", "standalone", "海东地处兰西城市群核心区域"),
    ("t09", "海东工业园区", "industrial_park", "in_project_name", "加快海东工业园区锡海共建产业园二期建设"),
    ("t10", "大连", "city", "standalone", "荀立业率队赴大连开展招商引资活动"),
    ("t10", "辽宁省", "province", "standalone", "赴辽宁省大连市开展招商引资活动"),
    ("t10", "大连市", "city", "standalone", "赴辽宁省大连市开展招商引资活动"),
    ("t10", "抚松", "county", "standalone", "推介抚松投资环境"),
    ("t10", "大连港", "port", "standalone", "大连港大窑湾港区冷链物流园"),
    ("t10", "大窑湾港区", "port_area", "standalone", "大连港大窑湾港区冷链物流园"),
    ("t10", "大连金普新区", "development_zone", "in_org_reference", "大连金普新区党工委委员、管委会副主任邹志强"),
    ("t10", "长白山", "mountain", "standalone", "推动长白山特色农产品经大连港走向国内外市场"),
    ("t10", "抚松县", "county", "standalone", "抚松县与大连海蕴生物科技有限公司人参肽精深加工项目签约仪式"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="t", conventions="set t (blind set of leaders who visit other places: 党政代表团 on the host's and the visitor's pages, a 副省长's and a 自治区副主席's county 调研, county 招商 trips, 东西部协作 联席会议, a city paper's mayor in two districts, a 市政协副主席's 督导; visitors' organs take the visitors' place, bare organs the page's place; 辽宁, 吉林, 云南, 上海, 海南, 宁夏, 青海)",
          persons_note="Set t persons. id = corpus-wide person_id (t:葛洪涛#1 and t:葛洪涛#2 are two people on one page, one on each side of the visit; their mention counts are the page's count of the name)")


if __name__ == "__main__":
    main()
