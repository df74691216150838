"""Write gold part ``n`` (a seventh blind set: personnel news, the pages that show leadership change) from the tables below.

Pages ``tests/dev/texts/n*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 房县 人大常委会 report ``任命…为县人民政府副县长、代理县长``, 惠安,
石台 and 甘谷 人大常委会 reports with ``决定接受…辞去…县长职务``, ``决定任命…为副县长``, ``决定…为代理县长``; a 宝鸡
全市领导干部大会 announcing ``任中共宝鸡市委委员、常委、副书记，为宝鸡市人民政府市长人选``; a 嘉禾 人代会 选举 report
``当选为县人民政府县长``; 清远, 贞丰 and 淳安 pages of a 代县长 / 县长 and the 政府工作报告; articles on 任前公示 wording
``现任职务 / 拟任职务`` and 公示期). Places not yet in the corpus: 安徽 安庆 (怀宁县 twice, the 安庆 市委组织部, 望江县),
江西 宜春 (four pages), 广东 韶关 仁化县, 甘肃 定西 陇西县.

Shapes: a 人大常委会 任免名单 (决定接受 … 辞去, 决定任命, 决定免去) followed by the session report as a second article
(n01); a 领导之窗 page of a county leader with 姓名 / 职务 lines, a dated career paragraph and 工作分工 (n02); a 市委组织部
干部任前公示 of three cadres (现任 …，拟任 …，提名为 … 候选人; one with a career line in other counties; 落款 date) (n03);
a county 人代会 全体会议 where the 代县长 is elected 县长 (补选, 当选为) (n04); a city paper's 第01版 holding a 全市领导干部
大会 (宣布省委决定: 任中共宜春市委委员、常委、副书记，提名为市长候选人; predecessor 不再担任; 简历 of other posts in 萍乡)
and the same afternoon's 人大常委会 (决定任命 … 副市长; 决定 … 代理市长) (n05); the new 代市长's first 调研 (``到任后首次
外出调研``) with a bare 经开区 and a district secretary (n06); a 政府工作报告 page with the signature line ``——2021年1月26日
在宜春市第四届人民代表大会第六次会议上 / 宜春市人民政府代市长　邹远航`` (n07); a portal page of the 人代会 闭幕 where the
代市长 is elected 市长, with 执行主席 and 相关新闻 (n08); a county 人大常委会 report with the 任免 in the text and a 附
任免名单 repeating it (n09); a 全县领导干部大会 announcing a new 县委书记 with a career line in three other counties (n10).

Identity cases:
- n:檀志鹏 across four pages: appointed 怀宁县副县长 in 2018 (n01); 怀宁县委常委、常务副县长 on the 领导之窗 page of 2020
  with a career line (n02: 小市镇副镇长 2009, 石牌镇党委副书记、镇长 2013, 石牌镇党委书记 2016, 副县长 2018, 常委、常务副县长
  2020); 现任 the same on the 2022 公示, 拟任 望江县委副书记 and nominated 县长 candidate (n03); 2023 县委副书记、代县长 of
  望江县 elected 望江县长 (n04).
- n:邹远航, a 代市长 who becomes 市长: appointed 宜春市委委员、常委、副书记 and, by the 人大常委会, 副市长 and 代理市长 in
  Dec 2020 (n05, career in 萍乡); 市委副书记、代市长 on his first 调研 (n06); 代市长 on the 政府工作报告 signature (n07,
  26 Jan 2021); elected 市长 on 29 Jan 2021 (n08). 廖崇礼 (市委书记), 钟玉坤, 黎爱华, 傅长庚 (人大常委会 主任 / 副主任 in
  n05, only 大会执行主席 in n08) and the reporter 胡思瑶 (记者 in n05, 作者 in n08) recur on the 宜春 pages.
- career lines naming posts in other places: n:鲍春燕 (n03: 宿松县副县长 2014, 潜山市委常委、组织部部长 2018, 桐城市委常委、
  常务副市长 2021, 拟任 安庆市商务局局长); n:芦宏斌 (n10: 渭源县副县长 2015, 临洮县委常委、常务副县长 2019, 通渭县委
  副书记、县长 2021, now 陇西县委书记); n:邹远航 (n05: 萍乡市副市长 2016, 萍乡市委常委、秘书长 2019).
- two different 陶明亮: n:陶明亮#1 is 现任 安庆市财政局副局长 (安徽, 2022, n03, 安徽太湖人, born 1983); n:陶明亮#2 is
  appointed 仁化县副县长 (广东, 2021, n09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed (a name in a 相关新闻 link of
the page chrome is counted as a mention, as the check counts the whole page). Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts f to m where they speak; decided here where they are silent):
- An appointment makes a holding (决定任命 … 为 …; 同志任中共 … 委员、常委、书记 → 委员, 常委 and 书记 as written), and so
  does an election: ``当选为望江县人民政府县长`` (补选 at a 人代会) is a holding like an appointment. ``决定任命邹远航为宜春市人民
  政府副市长；决定邹远航为宜春市人民政府代理市长`` gives two holdings (副市长 and 代理市长).
- 免去, 辞去 (决定接受 … 辞去 … 的请求) and 不再担任 make none (储明远, 舒德兴, 熊志诚, 侯景文, 何炳坤, 权正祥 are named
  without a post; 汪丽萍 keeps only the new 财政局局长 post).
- DECIDED HERE: 拟任 (a proposed post on a 任前公示) is not a holding, like 提名为 … 候选人 (nominations are not holdings, part
  g): 檀志鹏's 望江 posts are annotated on the page where he holds them (n04), 鲍春燕's 商务局局长 and 陶明亮#1's 审计局局长
  not at all. 现任 is a holding at the page's date (the 公示 date).
- Career lines: each dated post is a holding with its own date (the optional career element of the post tuple, as in f and
  h), town posts included (怀宁县石牌镇党委 副书记 + 怀宁县石牌镇政府 镇长; bare ``石牌镇`` after the county's full town name
  = 怀宁县石牌镇). DECIDED HERE: one line per post per article; a post given both by the page's own current-post clause
  (现任 …, ``职务：`` line) and by the career line gets ONE line, dated by the career line (when the holding began) with
  the career clause as evidence (檀志鹏's 常委 / 常务副县长 in n02; 鲍春燕's 桐城 posts in n03). 简历 lines that stop
  before the page's appointment (n05, n10) leave the appointment to the page's own sentence.
- 代 titles are titles as written on the government: 望江县政府 代县长, 宜春市政府 代市长 (n06, n07), 宜春市政府 代理市长
  (n05, the 人大常委会's wording). On the election page the 代县长 held until the vote is a holding beside the elected 县长
  (same evidence, n04); a repeated ``新当选的县长 / 市长`` gives no second line.
- A 政府工作报告 page: the signature line gives the holding (dated by the report's date line), and the 人代会 session it was
  delivered at is annotated as an event with the signer as speaker (n07). A 领导之窗 page has no event; its article date is
  the page stamp; 工作分工 (负责 / 分管 / 联系) are duties, not posts.
- 大会主席团常务主席 and 大会执行主席 are session roles, not posts (钟玉坤, 黎爱华, 傅长庚 are named without a post in
  n08; 廖崇礼 and 柯振华 take their 委 书记 from the same chain).
- Bare organs take the page's place: 县委 / 县人大常委会 / 县政协 on the 怀宁, 望江, 仁化, 陇西 sites = that county; 市委 on the
  宜春 pages = 宜春市委; 省委 (省委组织部) in a 宜春 page = 江西省委 (江西省委组织部); the bare ``经开区党工委书记`` on the 宜春
  site = 宜春经开区党工委; ``区委书记`` in a sentence about 袁州区 = 袁州区委. An outside organ is named in full (定西市委,
  定西市委组织部 in a 陇西 page).
- Places: birthplaces (安徽枞阳人, 湖南攸县人, 甘肃秦安人) are annotated as in part f; places inside titles (怀宁县石牌镇,
  萍乡市, 渭源县, also 望江县 inside a 拟任 title), organ references, report titles (皖河流域, 丹霞山, 锦江) and project names
  count; site lines, 来源 lines, mastheads, footers, addresses, 相关新闻 links and the 公示's contact lines are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "n01_huaining.txt": (2018, "发布时间：2018-06-29 15:20", "怀宁县", [
        ("怀宁县第十七届人民代表大会常务委员会第十一次会议任免名单", "2018年6月28日", "2018-06-28", "（2018年6月28日怀宁县",
         "人大常委会 任免名单: 决定接受 a 副县长's resignation, 决定任命 檀志鹏 副县长 and two bureau heads, 决定免去"),
        ("县十七届人大常委会举行第十一次会议", "6月28日上午", "2018-06-28", "6月28日上午，县十七届",
         "人大常委会 session report; 任命书, 宪法宣誓, the new 副县长's speech (named without his title)")]),
    "n02_huaining.txt": (2020, "发布时间：2020-05-12 10:06", "怀宁县", [
        ("檀志鹏", "2020-05-12", "2020-05-12", "姓名：檀志鹏",
         "领导之窗 profile of the 县委常委、常务副县长: 职务 line, dated career paragraph, 工作分工")]),
    "n03_anqing.txt": (2022, "发布时间：2022-11-08 09:30", "安庆市", [
        ("中共安庆市委组织部干部任前公示", "2022年11月7日", "2022-11-07", "根据《党政领导干部选拔任用工作条例》",
         "任前公示 of three cadres: 现任 / 拟任 / 提名为县长候选人; a career line in other counties")]),
    "n04_wangjiang.txt": (2023, "发布时间：2023-01-12 18:40", "望江县", [
        ("县十八届人大三次会议举行第二次全体会议 檀志鹏当选县长", "1月12日下午", "2023-01-12", "1月12日下午，望江县",
         "county 人代会 plenary: 补选, the 县委副书记、代县长 檀志鹏 当选 县长, a 人大常委会副主任 elected; 宪法宣誓")]),
    "n05_yichun.txt": (2020, "2020年12月19日　星期六", "宜春市", [
        ("全市领导干部大会召开", "12月18日上午", "2020-12-18", "本报讯（记者 胡思瑶）",
         "city paper 第01版: cadre meeting announcing 邹远航 as 宜春市委副书记 and mayor candidate; predecessor 不再担任; 简历 in 萍乡"),
        ("市四届人大常委会举行第三十一次会议", "12月18日下午", "2020-12-18", "本报讯（记者 彭一帆）",
         "人大常委会 accepts the mayor's resignation, appoints 邹远航 副市长 and 代理市长")]),
    "n06_yichun.txt": (2020, "发布时间：2020-12-23 17:05", "宜春市", [
        ("邹远航到宜春经开区和袁州区调研", "12月22日", "2020-12-22", "12月22日，市委副书记",
         "the new 代市长's first 调研: 宜春经开区 (bare 经开区党工委书记) and 袁州区 (区委书记)")]),
    "n07_yichun.txt": (2021, "发布时间：2021-02-03 10:00", "宜春市", [
        ("2021年宜春市政府工作报告", "2021年1月26日", "2021-01-26", "各位代表：",
         "政府工作报告 with the signature line of the 代市长; projects of 2020 and 2021")]),
    "n08_yichun.txt": (2021, "2021-01-30 07:42:18", "宜春市", [
        ("市四届人大六次会议胜利闭幕 邹远航当选宜春市市长", "1月29日上午", "2021-01-29", "本报讯 1月29日上午",
         "portal repost of the city paper: 人代会 闭幕, 补选 邹远航 当选 市长; 执行主席 (session roles); 相关新闻")]),
    "n09_renhua.txt": (2021, "发布日期：2021-09-29", "仁化县", [
        ("县十六届人大常委会召开第四十一次会议", "9月28日", "2021-09-28", "9月28日，县十六届",
         "county 人大常委会 session with 任免 in the text (接受辞职, 决定任命, 免去) and a 附 任免名单 repeating it")]),
    "n10_longxi.txt": (2024, "发布时间：2024-04-17 18:20", "陇西县", [
        ("我县召开全县领导干部大会", "4月17日上午", "2024-04-17", "4月17日上午，我县召开",
         "county cadre meeting announcing 芦宏斌 as 陇西县委书记 (定西市委决定); predecessor 不再担任; career in three other counties")]),
}

_E02 = "檀志鹏，男，汉族，1979年8月生，安徽枞阳人，在职研究生学历，2001年7月参加工作，2000年6月加入中国共产党。2009年3月任怀宁县小市镇副镇长"
_E02b = _E02 + "，2013年9月任怀宁县石牌镇党委副书记、镇长"
_E02c = _E02b + "，2016年2月任石牌镇党委书记"
_E02d = _E02c + "，2018年6月任怀宁县副县长"
_E02e = _E02d + "，2020年4月任怀宁县委常委、常务副县长"
_E03 = "檀志鹏，男，汉族，1979年8月生，安徽枞阳人，在职研究生学历，中共党员，现任怀宁县委常委、常务副县长"
_E04 = "县委副书记、代县长檀志鹏当选为望江县人民政府县长"
_B03 = "鲍春燕，女，汉族，1981年3月生，安徽岳西人，大学学历，中共党员。2014年5月任宿松县副县长"
_B03b = _B03 + "，2018年9月任潜山市委常委、组织部部长"
_B03c = _B03b + "，2021年10月任桐城市委常委、常务副市长"
_Z05 = "邹远航，男，汉族，1974年11月生，湖南攸县人，研究生学历，经济学博士。2016年4月任萍乡市副市长"
_Z05b = _Z05 + "，2019年2月任萍乡市委常委、秘书长"
_L10 = "芦宏斌，男，汉族，1976年6月生，甘肃秦安人，大学学历。2015年8月任渭源县副县长"
_L10b = _L10 + "，2019年3月任临洮县委常委、常务副县长"
_L10c = _L10b + "，2021年9月任通渭县委副书记、县长"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "n:檀志鹏": ("檀志鹏", "official", "怀宁县", [
        ("n01", "怀宁县政府", "副县长", "檀志鹏为怀宁县人民政府副县长", "2018: appointed (决定任命); named without a title in the session report (article 2)"),
        ("n02", "怀宁县小市镇政府", "副镇长", _E02, "career line (past post)", "2009年3月"),
        ("n02", "怀宁县石牌镇党委", "副书记", _E02b, "career line (past post)", "2013年9月"),
        ("n02", "怀宁县石牌镇政府", "镇长", _E02b, "career line (past post)", "2013年9月"),
        ("n02", "怀宁县石牌镇党委", "书记", _E02c, "career line (past post); bare 石牌镇 = 怀宁县石牌镇", "2016年2月"),
        ("n02", "怀宁县政府", "副县长", _E02d, "career line; the post appointed in n01", "2018年6月"),
        ("n02", "怀宁县委", "常委", _E02e, "current post (also the 职务 line): one line, dated by the career line", "2020年4月"),
        ("n02", "怀宁县政府", "常务副县长", _E02e, "current post (also the 职务 line): one line, dated by the career line", "2020年4月"),
        ("n03", "怀宁县委", "常委", _E03, "2022 公示: 现任 post at the page date; 拟任 望江县委委员、常委、副书记 and 提名为望江县人民政府县长候选人 are not holdings"),
        ("n03", "怀宁县政府", "常务副县长", _E03, "现任"),
        ("n04", "望江县委", "副书记", _E04, "2023: the post proposed on the 2022 公示 (n03) now held; bare 县委 on the 望江 site"),
        ("n04", "望江县政府", "代县长", _E04, "held until the vote of the same sitting"),
        ("n04", "望江县政府", "县长", _E04, "elected (当选, 补选) by the 人代会; 新当选的县长 repeated, no second line")], []),
    "n:汪丽萍": ("汪丽萍", "official", "怀宁县", [
        ("n01", "怀宁县财政局", "局长", "汪丽萍为怀宁县财政局局长", "appointment; her 审计局局长 post is removed (免去), no holding")], []),
    "n:查国栋": ("查国栋", "official", "怀宁县", [("n01", "怀宁县水利局", "局长", "查国栋为怀宁县水利局局长", "appointment")], []),
    "n:储明远": ("储明远", "official", "怀宁县", [], ["n01"]),
    "n:舒德兴": ("舒德兴", "official", "怀宁县", [], ["n01"]),
    "n:江德厚": ("江德厚", "official", "怀宁县", [("n01", "怀宁县人大常委会", "主任", "县人大常委会主任江德厚主持会议", None)], []),
    "n:石凤英": ("石凤英", "official", "怀宁县", [("n01", "怀宁县人大常委会", "副主任", "副主任石凤英、余启明出席会议", "list after one title")], []),
    "n:余启明": ("余启明", "official", "怀宁县", [("n01", "怀宁县人大常委会", "副主任", "副主任石凤英、余启明出席会议", None)], []),
    "n:许慧敏": ("许慧敏", "official", "怀宁县", [
        ("n01", "怀宁县委", "常委", "县委常委、组织部部长许慧敏", None),
        ("n01", "怀宁县委组织部", "部长", "县委常委、组织部部长许慧敏", None)], []),
    "n:鲍春燕": ("鲍春燕", "official", "桐城市", [
        ("n03", "宿松县政府", "副县长", _B03, "career line in another county (past post)", "2014年5月"),
        ("n03", "潜山市委", "常委", _B03b, "career line in another county-level city (past post)", "2018年9月"),
        ("n03", "潜山市委组织部", "部长", _B03b, "career line (past post)", "2018年9月"),
        ("n03", "桐城市委", "常委", _B03c, "current post (also 现任): one line, dated by the career line; 拟任 安庆市商务局局长 is not a holding", "2021年10月"),
        ("n03", "桐城市政府", "常务副市长", _B03c, "current post (also 现任): one line, dated by the career line", "2021年10月")], []),
    "n:陶明亮#1": ("陶明亮", "official", "安庆市", [
        ("n03", "安庆市财政局", "副局长", "陶明亮，男，汉族，1983年1月生，安徽太湖人，大学学历，中共党员，现任安庆市财政局副局长",
         "现任; 拟任 安庆市审计局局长 is not a holding; not the 陶明亮 of 仁化 (n09)")], []),
    "n:柯振华": ("柯振华", "official", "望江县", [
        ("n04", "望江县委", "书记", "县委书记、大会主席团常务主席柯振华主持会议", "主席团常务主席 is a session role")], []),
    "n:潘永祥": ("潘永祥", "official", "望江县", [("n04", "望江县人大常委会", "主任", "县人大常委会主任潘永祥", None)], []),
    "n:章玉兰": ("章玉兰", "official", "望江县", [("n04", "望江县政协", "主席", "县政协主席章玉兰在主席台前排就座", None)], []),
    "n:方丽娟": ("方丽娟", "official", "望江县", [
        ("n04", "望江县人大常委会", "副主任", "方丽娟当选为望江县人大常委会副主任", "elected (补选)")], []),
    "n:邹远航": ("邹远航", "official", "宜春市", [
        ("n05", "宜春市委", "委员", "邹远航同志任中共宜春市委委员、常委、副书记", "appointment announced at the cadre meeting; 提名为宜春市人民政府市长候选人 is not a holding"),
        ("n05", "宜春市委", "常委", "邹远航同志任中共宜春市委委员、常委、副书记", None),
        ("n05", "宜春市委", "副书记", "邹远航同志任中共宜春市委委员、常委、副书记", None),
        ("n05", "萍乡市政府", "副市长", _Z05, "career line in another city (past post)", "2016年4月"),
        ("n05", "萍乡市委", "常委", _Z05b, "career line (past post)", "2019年2月"),
        ("n05", "萍乡市委", "秘书长", _Z05b, "career line (past post): 市委常委、秘书长 → 萍乡市委 常委 + 秘书长", "2019年2月"),
        ("n05", "宜春市政府", "副市长", "决定任命邹远航为宜春市人民政府副市长", "article 2: appointed by the 人大常委会"),
        ("n05", "宜春市政府", "代理市长", "决定邹远航为宜春市人民政府代理市长", "article 2: 代理市长 as written (the headline says 代理市长 too, no second line)"),
        ("n06", "宜春市委", "副书记", "市委副书记、代市长邹远航到宜春经济技术开发区", "first 调研 after taking office"),
        ("n06", "宜春市政府", "代市长", "市委副书记、代市长邹远航到宜春经济技术开发区", "代市长 as written"),
        ("n07", "宜春市政府", "代市长", "宜春市人民政府代市长　邹远航", "signature line of the 政府工作报告, dated by its date line (2021年1月26日)"),
        ("n08", "宜春市政府", "市长", "邹远航当选为宜春市人民政府市长", "elected (补选) three days after the report (n07); 新当选的市长 repeated, no second line; also named in a 相关新闻 link")], []),
    "n:熊志诚": ("熊志诚", "official", "宜春市", [], ["n05"]),
    "n:曾庆林": ("曾庆林", "external_official", "江西省", [
        ("n05", "江西省委组织部", "副部长", "省委组织部副部长曾庆林宣读了省委的决定", "省委 in a 宜春 page = 江西省委")], []),
    "n:廖崇礼": ("廖崇礼", "official", "宜春市", [
        ("n05", "宜春市委", "书记", "市委书记廖崇礼主持会议并讲话", "2020"),
        ("n08", "宜春市委", "书记", "市委书记、大会主席团常务主席廖崇礼主持闭幕会", "2021; 主席团常务主席 is a session role")], []),
    "n:钟玉坤": ("钟玉坤", "official", "宜春市", [
        ("n05", "宜春市人大常委会", "主任", "市人大常委会主任钟玉坤主持会议", "named in n08 only as 大会执行主席 (session role, no line)")], ["n08"]),
    "n:黎爱华": ("黎爱华", "official", "宜春市", [
        ("n05", "宜春市人大常委会", "副主任", "副主任黎爱华、傅长庚出席会议", "list after one title; only 大会执行主席 in n08")], ["n08"]),
    "n:傅长庚": ("傅长庚", "official", "宜春市", [
        ("n05", "宜春市人大常委会", "副主任", "副主任黎爱华、傅长庚出席会议", "only 大会执行主席 in n08")], ["n08"]),
    "n:胡思瑶": ("胡思瑶", "reporter", "宜春日报", [], ["n05", "n08"]),
    "n:漆文斌": ("漆文斌", "official", "宜春市", [("n06", "宜春市政府", "副市长", "副市长漆文斌参加调研", None)], []),
    "n:甘立群": ("甘立群", "official", "宜春经开区", [
        ("n06", "宜春经开区党工委", "书记", "经开区党工委书记甘立群汇报了", "bare 经开区 on the 宜春 site = 宜春经开区")], []),
    "n:晏国梁": ("晏国梁", "official", "袁州区", [
        ("n06", "袁州区委", "书记", "听取区委书记晏国梁关于老旧小区改造", "bare 区委 in a sentence about 袁州区")], []),
    "n:况美玲": ("况美玲", "official", "宜春市", [("n08", "宜春市政协", "主席", "市政协主席况美玲应邀在主席台就座", None)], []),
    "n:谭永康": ("谭永康", "official", "仁化县", [("n09", "仁化县人大常委会", "主任", "县人大常委会主任谭永康主持会议", None)], []),
    "n:邱耀东": ("邱耀东", "official", "仁化县", [("n09", "仁化县人大常委会", "副主任", "副主任邱耀东、官志坚出席会议", "list after one title")], []),
    "n:官志坚": ("官志坚", "official", "仁化县", [("n09", "仁化县人大常委会", "副主任", "副主任邱耀东、官志坚出席会议", None)], []),
    "n:利新民": ("利新民", "official", "仁化县", [
        ("n09", "仁化县委", "常委", "县委常委、副县长利新民", None),
        ("n09", "仁化县政府", "副县长", "县委常委、副县长利新民", None)], []),
    "n:侯景文": ("侯景文", "official", "仁化县", [], ["n09"]),
    "n:陶明亮#2": ("陶明亮", "official", "仁化县", [
        ("n09", "仁化县政府", "副县长", "决定任命陶明亮为仁化县人民政府副县长", "appointment; the 附 任免名单 repeats it (no second line); not the 陶明亮 of 安庆 (n03)")], []),
    "n:赖秀珍": ("赖秀珍", "official", "仁化县", [("n09", "仁化县教育局", "局长", "决定任命赖秀珍为仁化县教育局局长", "appointment")], []),
    "n:何炳坤": ("何炳坤", "official", "仁化县", [], ["n09"]),
    "n:芦宏斌": ("芦宏斌", "official", "陇西县", [
        ("n10", "陇西县委", "委员", "芦宏斌同志任中共陇西县委委员、常委、书记", "appointment announced at the cadre meeting (定西市委决定)"),
        ("n10", "陇西县委", "常委", "芦宏斌同志任中共陇西县委委员、常委、书记", None),
        ("n10", "陇西县委", "书记", "芦宏斌同志任中共陇西县委委员、常委、书记", None),
        ("n10", "渭源县政府", "副县长", _L10, "career line in another county (past post)", "2015年8月"),
        ("n10", "临洮县委", "常委", _L10b, "career line in another county (past post)", "2019年3月"),
        ("n10", "临洮县政府", "常务副县长", _L10b, "career line (past post)", "2019年3月"),
        ("n10", "通渭县委", "副书记", _L10c, "career line in another county (the post held before this appointment)", "2021年9月"),
        ("n10", "通渭县政府", "县长", _L10c, "career line", "2021年9月")], []),
    "n:权正祥": ("权正祥", "official", "陇西县", [], ["n10"]),
    "n:巩淑贞": ("巩淑贞", "external_official", "定西市", [
        ("n10", "定西市委", "常委", "定西市委常委、组织部部长巩淑贞宣读", None),
        ("n10", "定西市委组织部", "部长", "定西市委常委、组织部部长巩淑贞宣读", None)], []),
    "n:包文军": ("包文军", "official", "陇西县", [
        ("n10", "陇西县委", "副书记", "县委副书记、县长包文军主持会议", None),
        ("n10", "陇西县政府", "县长", "县委副书记、县长包文军主持会议", None)], []),
    "n:牛德顺": ("牛德顺", "official", "陇西县", [("n10", "陇西县人大常委会", "主任", "县人大常委会主任牛德顺", None)], []),
    "n:景秀兰": ("景秀兰", "official", "陇西县", [("n10", "陇西县政协", "主席", "县政协主席景秀兰出席会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("n01", "柳晓雯", "供稿", "author", "（供稿：县人大常委会办公室 柳晓雯）"),
    ("n01", "程雨萱", "责任编辑", "editor", "责任编辑：程雨萱"),
    ("n04", "余可欣", "记者", "reporter", "（记者 余可欣 通讯员 龙家豪）"),
    ("n04", "龙家豪", "通讯员", "correspondent", "（记者 余可欣 通讯员 龙家豪）"),
    ("n04", "汪晨曦", "责任编辑", "editor", "责任编辑：汪晨曦"),
    ("n05", "胡思瑶", "记者", "reporter", "本报讯（记者 胡思瑶）"),
    ("n05", "彭一帆", "记者", "reporter", "本报讯（记者 彭一帆）"),
    ("n06", "邓雅婷", "责任编辑", "editor", "责任编辑：邓雅婷"),
    ("n08", "胡思瑶", "作者", "author", "作者：胡思瑶"),
    ("n08", "付佳慧", "编辑", "editor", "编辑：付佳慧"),
    ("n09", "叶诗涵", "撰稿", "author", "撰稿：叶诗涵"),
    ("n10", "满晓燕", "责任编辑", "editor", "责任编辑：满晓燕"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("n01", "县十七届人大常委会第十一次会议", "session (人大常委会会议)", "6月28日上午", "江德厚", None, [],
     ["石凤英", "余启明", "许慧敏"], ["檀志鹏"], None,
     "6月28日上午，县十七届人大常委会举行第十一次会议",
     ["县人大常委会主任江德厚主持会议", "副主任石凤英、余启明出席会议", "县委常委、组织部部长许慧敏", "檀志鹏在表态发言中表示"]),
    ("n04", "望江县第十八届人民代表大会第三次会议第二次全体会议", "session (人民代表大会)", "1月12日下午", "柯振华", None, [],
     ["潘永祥", "章玉兰"], ["檀志鹏", "柯振华"], None,
     "1月12日下午，望江县第十八届人民代表大会第三次会议举行第二次全体会议",
     ["柯振华主持会议", "县人大常委会主任潘永祥", "县政协主席章玉兰在主席台前排就座", "檀志鹏在表态发言中说", "柯振华在讲话中指出"]),
    ("n05", "全市领导干部大会", "meeting (领导干部大会)", "12月18日上午", "廖崇礼", None, [],
     [], ["曾庆林", "廖崇礼", "邹远航"], None,
     "12月18日上午，全市领导干部大会召开",
     ["省委组织部副部长曾庆林宣读了省委的决定", "曾庆林在讲话中说", "市委书记廖崇礼主持会议并讲话", "邹远航在表态发言中表示"]),
    ("n05", "市四届人大常委会第三十一次会议", "session (人大常委会会议)", "12月18日下午", "钟玉坤", None, [],
     ["黎爱华", "傅长庚"], ["邹远航"], None,
     "12月18日下午，市四届人大常委会举行第三十一次会议",
     ["市人大常委会主任钟玉坤主持会议", "副主任黎爱华、傅长庚出席会议", "邹远航进行了宪法宣誓并作供职发言"]),
    ("n06", "项目建设和城市更新工作调研", "inspection (调研)", "12月22日", None, "邹远航", [],
     ["漆文斌", "甘立群", "晏国梁"], ["邹远航"], "宜春经济技术开发区、袁州区",
     "市委副书记、代市长邹远航到宜春经济技术开发区和袁州区调研项目建设和城市更新工作",
     ["代市长邹远航到宜春经济技术开发区", "副市长漆文斌参加调研", "经开区党工委书记甘立群汇报了", "听取区委书记晏国梁关于", "邹远航强调"]),
    ("n07", "宜春市第四届人民代表大会第六次会议", "session (人民代表大会)", "2021年1月26日", None, None, [],
     [], ["邹远航"], None,
     "——2021年1月26日在宜春市第四届人民代表大会第六次会议上",
     ["宜春市人民政府代市长　邹远航"]),
    ("n08", "市四届人大六次会议闭幕会", "session (人民代表大会)", "1月29日上午", "廖崇礼", None, [],
     ["钟玉坤", "黎爱华", "傅长庚", "况美玲"], ["邹远航", "廖崇礼"], "宜春会议中心",
     "1月29日上午，市四届人大六次会议在宜春会议中心胜利闭幕",
     ["廖崇礼主持闭幕会", "大会执行主席钟玉坤、黎爱华、傅长庚在主席台前排就座", "市政协主席况美玲应邀在主席台就座", "邹远航在宣誓后表示", "廖崇礼在闭幕会上讲话"]),
    ("n09", "县十六届人大常委会第四十一次会议", "session (人大常委会会议)", "9月28日", "谭永康", None, [],
     ["邱耀东", "官志坚", "利新民"], [], None,
     "9月28日，县十六届人大常委会召开第四十一次会议",
     ["县人大常委会主任谭永康主持会议", "副主任邱耀东、官志坚出席会议", "县委常委、副县长利新民"]),
    ("n10", "全县领导干部大会", "meeting (领导干部大会)", "4月17日上午", "包文军", None, [],
     ["牛德顺", "景秀兰"], ["巩淑贞", "权正祥", "芦宏斌"], None,
     "4月17日上午，我县召开全县领导干部大会",
     ["组织部部长巩淑贞宣读了定西市委的决定", "巩淑贞在讲话中指出", "权正祥在发言中表示", "芦宏斌在表态发言中表示", "县长包文军主持会议", "县人大常委会主任牛德顺、县政协主席景秀兰出席会议"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("n04", "望江经济开发区纺织服装产业园二期", "industrial_park", "望江经济开发区纺织服装产业园二期"),
    ("n04", "华阳河湿地生态修复工程", "greening_project", "华阳河湿地生态修复工程"),
    ("n06", "宜春经开区锂电新材料产业园二期", "industrial_park", "深入宜春经开区锂电新材料产业园二期施工现场"),
    ("n06", "秀江东岸城市更新项目", "project", "察看了秀江东岸城市更新项目"),
    ("n07", "宜春经开区锂电新材料产业园二期", "industrial_park", "宜春经开区锂电新材料产业园二期建成投产"),
    ("n07", "明月山机场航站楼改扩建工程", "infrastructure_project", "明月山机场航站楼改扩建工程开工建设"),
    ("n07", "袁河流域生态修复工程", "greening_project", "袁河流域生态修复工程完成年度任务"),
    ("n07", "宜春经开区锂电新材料产业园三期", "planned_project", "推动宜春经开区锂电新材料产业园三期开工"),
    ("n10", "陇西经济开发区中医药产业园二期", "industrial_park", "陇西经济开发区中医药产业园二期"),
    ("n10", "渭河陇西段综合治理工程", "engineering_work", "渭河陇西段综合治理工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("n01", "怀宁县", "county", "in_org_reference", "檀志鹏为怀宁县人民政府副县长"),
    ("n01", "皖河", "river", "in_document_title", "关于皖河流域水环境综合治理情况的报告"),
    ("n01", "怀宁", "county", "standalone (slogan)", "为建设“实力怀宁、活力怀宁”贡献力量"),
    ("n02", "安徽", "province", "standalone", "安徽枞阳人"),
    ("n02", "枞阳", "county", "standalone", "安徽枞阳人"),
    ("n02", "怀宁县", "county", "in_title", "2009年3月任怀宁县小市镇副镇长"),
    ("n02", "小市镇", "town", "in_title", "2009年3月任怀宁县小市镇副镇长"),
    ("n02", "石牌镇", "town", "in_title", "2013年9月任怀宁县石牌镇党委副书记、镇长"),
    ("n02", "高河镇", "town", "standalone", "联系高河镇"),
    ("n03", "安徽", "province", "standalone", "安徽枞阳人"),
    ("n03", "枞阳", "county", "standalone", "安徽枞阳人"),
    ("n03", "岳西", "county", "standalone", "安徽岳西人"),
    ("n03", "太湖", "county", "standalone", "安徽太湖人"),
    ("n03", "怀宁县", "county", "in_title", "现任怀宁县委常委、常务副县长"),
    ("n03", "望江县", "county", "in_title", "拟任望江县委委员、常委、副书记"),
    ("n03", "宿松县", "county", "in_title", "2014年5月任宿松县副县长"),
    ("n03", "潜山市", "county_level_city", "in_title", "2018年9月任潜山市委常委、组织部部长"),
    ("n03", "桐城市", "county_level_city", "in_title", "2021年10月任桐城市委常委、常务副市长"),
    ("n03", "安庆市", "city", "in_org_reference", "现任安庆市财政局副局长"),
    ("n04", "望江县", "county", "in_org_reference", "当选为望江县人民政府县长"),
    ("n04", "望江经济开发区", "development_zone", "in_project_name", "望江经济开发区纺织服装产业园二期"),
    ("n04", "华阳河", "river", "in_project_name", "华阳河湿地生态修复工程"),
    ("n04", "望江", "county", "standalone", "现代化美好望江建设新篇章"),
    ("n05", "宜春市", "city", "in_org_reference", "宣布省委关于宜春市政府主要负责同志调整的决定"),
    ("n05", "宜春", "city", "standalone", "为宜春高质量跨越式发展贡献全部力量"),
    ("n05", "湖南", "province", "standalone", "湖南攸县人"),
    ("n05", "攸县", "county", "standalone", "湖南攸县人"),
    ("n05", "萍乡市", "city", "in_title", "2016年4月任萍乡市副市长"),
    ("n06", "宜春经济技术开发区", "development_zone", "standalone", "到宜春经济技术开发区和袁州区调研"),
    ("n06", "宜春经开区", "development_zone", "standalone", "在宜春经开区，邹远航深入"),
    ("n06", "经开区", "development_zone", "in_org_reference", "经开区党工委书记甘立群汇报了"),
    ("n06", "袁州区", "district", "standalone", "到宜春经济技术开发区和袁州区调研"),
    ("n06", "秀江", "river", "in_project_name", "察看了秀江东岸城市更新项目"),
    ("n07", "宜春市", "city", "in_org_reference", "——2021年1月26日在宜春市第四届人民代表大会第六次会议上"),
    ("n07", "宜春经开区", "development_zone", "in_project_name", "宜春经开区锂电新材料产业园二期建成投产"),
    ("n07", "明月山机场", "airport", "in_project_name", "明月山机场航站楼改扩建工程开工建设"),
    ("n07", "袁河", "river", "in_project_name", "袁河流域生态修复工程完成年度任务"),
    ("n07", "赣西", "region", "standalone", "加快建设赣西区域中心城市"),
    ("n07", "宜春", "city", "standalone", "守护好宜春的绿水青山"),
    ("n08", "宜春会议中心", "venue", "standalone", "市四届人大六次会议在宜春会议中心胜利闭幕"),
    ("n08", "宜春市", "city", "in_org_reference", "邹远航当选为宜春市人民政府市长"),
    ("n08", "宜春", "city", "standalone", "奋力开创宜春高质量跨越式发展新局面"),
    ("n09", "仁化县", "county", "in_org_reference", "决定任命陶明亮为仁化县人民政府副县长"),
    ("n09", "丹霞山", "scenic_area", "in_document_title", "关于丹霞山世界自然遗产保护管理工作情况的报告"),
    ("n09", "锦江", "river", "in_document_title", "关于锦江流域水污染防治工作情况的报告"),
    ("n10", "定西市", "city", "in_org_reference", "宣布定西市委关于陇西县委主要负责同志调整的决定"),
    ("n10", "陇西县", "county", "in_org_reference", "宣布定西市委关于陇西县委主要负责同志调整的决定"),
    ("n10", "陇西", "county", "standalone", "将一如既往关心支持陇西发展"),
    ("n10", "陇西经济开发区", "development_zone", "in_project_name", "陇西经济开发区中医药产业园二期"),
    ("n10", "渭河", "river", "in_project_name", "渭河陇西段综合治理工程"),
    ("n10", "甘肃", "province", "standalone", "甘肃秦安人"),
    ("n10", "秦安", "county", "standalone", "甘肃秦安人"),
    ("n10", "渭源县", "county", "in_title", "2015年8月任渭源县副县长"),
    ("n10", "临洮县", "county", "in_title", "2019年3月任临洮县委常委、常务副县长"),
    ("n10", "通渭县", "county", "in_title", "2021年9月任通渭县委副书记、县长"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="n", conventions="set n (seventh blind set: personnel news of 安徽 (怀宁, 安庆, 望江), 江西 (宜春), 广东 (仁化), 甘肃 (陇西): 任免名单, 领导之窗, 任前公示 (现任 is a holding, 拟任 and 提名 are not), 领导干部大会 with 简历, 代市长 / 代县长 elected 市长 / 县长 (当选 is a holding), a 政府工作报告 signature; each dated career post a holding with its own date, one line per post per article, a post both current and in the career line dated by the career line)",
          persons_note="Set n persons. id = corpus-wide person_id (n:陶明亮#1 and n:陶明亮#2 are two people; n:檀志鹏 moves 怀宁县副县长 2018 → 常委、常务副县长 2020 → 望江县长 2023; n:邹远航 is 代理市长 / 代市长 in 2020 and elected 宜春市长 in 2021)")


if __name__ == "__main__":
    main()
