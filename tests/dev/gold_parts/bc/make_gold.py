"""Write gold part ``bc`` (a blind set: leaders receiving petitioners — 领导干部接访日, 接访安排 duty lists with
``接访领导：某某（职务）``, 接访 reports, a 县委书记大接访 公告 and a 书记信箱 reply) from the tables below.

Pages ``tests/dev/texts/bc*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 桐城 党政领导信访接待一览表 (``时间 | 接访领导、职务``, signed by the
信访工作领导小组 with a date); a 乐清日报 notice (``副市长…将在…信访局接待来访群众``, 接待范围, 预约) and a 乐清 市委书记接访
活动公示 (接访时间 / 接访地点 / 接访领导 list); the 河南省信访局 公告 on 县(市、区) 领导干部接访 (one 县级领导 each working
day, 公示 of 姓名、职务和日期); a 鄂城区 区委书记大接访活动公告 (numbered items, ``区委书记…率区委、区人大、区政府、区政协领导``,
预约 at the 乡镇 值班室, 落款 中共…委员会 + date); 汤阴 and 睢县 pages of a 县长 接访 (``县委副书记、县长…来到县人民群众来访接待
服务中心接待来访群众…副县长…参加接访``, ``…强调``); a 隆回 / 邵阳 report of a 县委副书记's 接访日 and the 县级领导
每个工作日接访 system; a 海南日报 report of a 县委书记大接访 (the 交通局局长 called in); a 修水 县长信访接待日制度 item; 书记信箱 /
领导信箱 写信须知 pages and a 县长信箱 monthly summary (来信 / 回复 / 办理状态). Places are real and new to the corpus:
安徽 宿州 (the 市政府 site, the 拂晓报; 埇桥区, 萧县 twice, 砀山县, 灵璧县) and 四川 南充 (the 市政府 site; 阆中市, 西充县,
仪陇县).

Shapes: a city's monthly 接访安排 with ``接访领导：姓名（职务）`` and 陪同接访单位 blocks, one leader ``（市委常委，经开区党工委
书记）`` (bc01); a county's monthly list one a line ``6月1日（星期二）　接访领导：褚建峰（县委书记）`` (bc02, and bc10 without
星期); a city list grouped under numbered items with ``上午`` (bc08, a bare ``经开区党工委副书记、管委会主任``); a county site's
接访 report (县长 接访, 副县长 and 信访局局长 参加接访, a 镇党委书记 陪同) (bc03, bc09); the city paper's 第A01版 of the 市长's
接访 with a two-line headline (bc06); a county-level city's 书记接访日 report (bc07); a 县委书记大接访活动公告 naming the 书记 and
县长 (bc04); a 书记信箱 letter page with 来信 / 回复单位 / 回复时间 and a reply naming the 县委书记 who 批示 and the 副局长
who checked on the site (bc05).

Identity cases:
- bc:訾海鹏 moves up over three pages and two levels: 萧县 副县长 on the June 2021 接访安排 (bc02); 萧县委副书记、县长 receiving
  petitioners in Aug 2023 (bc03); 宿州市 副市长 on the city's March 2025 接访安排 (bc01). His predecessor as 县长, bc:仝德胜,
  is on bc02 only.
- bc:邰明川 rises in one city: 宿州市委副书记、市长 at his 接访 in Nov 2023 (拂晓报, bc06); 市委书记 on the 2025 list (bc01,
  where bc:晏书华 is now 市长). bc:麻宛如 is 宿州市 副市长 in both (bc06 2023, bc01 2025).
- bc:岑志斌 moves between places of one city: 阆中市委常委、常务副市长 in July 2022 (bc07); 西充县委副书记、县长 in May 2024 (bc09).
- two different 卜雅静 in unrelated places: bc:卜雅静#1 is 萧县 副县长 (安徽; bc02 2021, bc03 2023); bc:卜雅静#2 is 仪陇县委
  常委、宣传部部长 (四川; bc10 2024).
- one zone name in two cities: bare ``经开区`` on the 宿州 list (bc01: 宿州经开区党工委 书记) and on the 南充 list (bc08:
  南充经开区党工委 副书记 + 南充经开区管委会 主任); 砀山经开区 written in full on bc04 (a place only).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts u, z and p where they speak; decided here where they are silent):
- DECIDED HERE: a duty list's ``接访领导：姓名（职务）`` gives holdings of every title in the brackets, like a 领导之窗 list (part
  u), evidence ``接访领导：姓名（职务）``; they are dated by the list's 落款 date (``2025年2月27日``), not by the day the leader is
  scheduled to receive. The scheduled receptions are not events (not reported as taking place); nor is the 大接访 announced in
  the 公告 (bc04). 陪同接访单位 name organs, not people: no line.
- DECIDED HERE: a reception reported as having taken place (``到…来访接待中心接待来访群众``, ``开展“书记接访日”活动``) is an
  event typed ``reception (接访)``: leader = the official who receives; attendees = named persons who 参加接访 / 陪同接访;
  speakers = those who 强调 / 要求 / 指出. Its place is the 来访接待中心 as written.
- DECIDED HERE: the 书记信箱 page (bc05): the 来信人 (``王**``) is no person; the reply's ``县委书记晁海宁…作出批示`` is a holding
  (灵璧县委 书记) dated by the 回复时间; ``县住房城乡建设局党组成员、副局长巫立强带领…到现场察看`` is a holding (党组 成员 as
  part z decided + the 局's 副局长, org as the phrase writes it: 灵璧县住房城乡建设局; the 回复单位 line in full is chrome) and
  an ``inspection (现场核实)`` event led by him. ``2024年老旧小区改造项目`` (a yearly programme, no named site) is no project.
- Bare organs take the page's place: 市委 / 市政府 on the 宿州 site and the 拂晓报 = 宿州市; on the 南充 site = 南充市; 县委 /
  县政府 / 县信访局 on a county site = that county (萧县信访局, 西充县信访局); 市委 on the 阆中 site = 阆中市委 (a county-level
  city's own 市委). ``市委常委，经开区党工委书记`` (comma as written) → 宿州市委 常委 + 宿州经开区党工委 书记;
  ``经开区党工委副书记、管委会主任`` → 南充经开区党工委 副书记 + 南充经开区管委会 主任. 政法委书记 / 宣传部部长 after 市委常委 /
  县委常委 → the 委's department (南充市委政法委, 阆中市委政法委, 仪陇县委宣传部). ``县委常委、新政镇党委书记`` → 仪陇县委 常委 +
  仪陇县新政镇党委 书记; ``龙城镇党委书记`` on the 萧县 site → 萧县龙城镇党委. ``埇桥区委副书记、区长`` → 埇桥区委 / 埇桥区政府
  (埇桥区 is one district in China). ``中共砀山县委书记`` → 砀山县委 书记.
- 市政府秘书长 → 宿州市政府 秘书长 (as part z). 信访局局长 is a department head like any other.
- One line per post per article; a name in a headline without a title gives no line.
- Projects: a named 棚户区改造项目 is a housing_project; ``城乡供水一体化工程二期`` (a second phase named on its own, as part z)
  an infrastructure_project. Places: one line per name per file, as written in its evidence (bare ``经开区`` stays bare, as
  parts g–m); towns and 街道 named in bodies, in titles, in lists of 陪同接访单位 and in the 接访地点 lines count; the
  ``来访接待中心`` (every county has one, no proper name), site lines, 落款 lines, 来源 lines, the ``“宿州信访”`` account name,
  footers and 上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bc01_suzhou_anhui.txt": (2025, "发布时间：2025-02-27 16:10", "宿州市", [
        ("2025年3月份市级领导接访安排", "2025年2月27日", "2025-02-27", "按照《信访工作条例》",
         "city site: monthly 接访安排, 接访领导：姓名（职务） blocks with 陪同接访单位; 市委书记, 市长, 常务副市长, a 市委常委 who heads the bare 经开区, two 副市长")]),
    "bc02_xiaoxian.txt": (2021, "发布日期：2021-05-28", "萧县", [
        ("萧县2021年6月份县级领导干部接访安排", "2021年5月28日", "2021-05-28", "为进一步畅通群众诉求表达渠道",
         "county site: monthly list one a line (date, 星期, 接访领导：姓名（职务）): 县委书记, 县长, 副书记, 常务副县长, two 副县长")]),
    "bc03_xiaoxian.txt": (2023, "发布日期：2023-08-16", "萧县", [
        ("訾海鹏到县人民来访接待中心接访", "8月15日上午", "2023-08-15", "8月15日上午，县委副书记",
         "county site: the 县长's 接访 (副县长 and 信访局局长 参加接访, a 镇党委书记 陪同)")]),
    "bc04_dangshan.txt": (2022, "时间：2022-04-18 17:25", "砀山县", [
        ("砀山县委书记大接访活动公告", "2022年4月18日", "2022-04-18", "中共砀山县委决定",
         "county site: 县委书记大接访活动公告 (numbered items; 县委书记 and 县长 named; 预约 at the 镇 值班室)")]),
    "bc05_lingbi.txt": (2024, "回复时间：2024-06-14 16:40", "灵璧县", [
        ("关于解决灵城镇一小区雨污管网堵塞问题的回复", "2024-06-14", "2024-06-14", "来信人：王**",
         "书记信箱 letter page: 来信 and the 住建局's reply naming the 县委书记 (批示) and a 党组成员、副局长 who checked on the site")]),
    "bc06_suzhou_anhui.txt": (2023, "2023年11月9日　星期四", "宿州市", [
        ("邰明川在市群众来访接待中心接访时强调", "11月8日上午", "2023-11-08", "本报讯（记者 栾雪婷）",
         "city paper 第A01版: the 市长's 接访 with a 副市长, the 市政府秘书长 and a district's 区长")]),
    "bc07_langzhong.txt": (2022, "发布时间：2022-07-06 18:20", "阆中市", [
        ("蒲建川到市群众来访接待中心开展“书记接访日”活动", "7月5日", "2022-07-05", "7月5日，市委书记",
         "county-level city site: the 市委书记's 书记接访日 with the 常务副市长 and 政法委书记; three 街道; a 棚户区改造项目")]),
    "bc08_nanchong.txt": (2023, "发布时间：2023-08-30 10:35", "南充市", [
        ("南充市2023年9月市领导接访日安排", "2023年8月30日", "2023-08-30", "根据《信访工作条例》",
         "city site: monthly 接访日 list under numbered items: 市长, 政法委书记, 副市长, the bare 经开区's 党工委副书记、管委会主任")]),
    "bc09_xichong.txt": (2024, "发布时间：2024-05-22 17:45", "西充县", [
        ("岑志斌到县人民来访接待中心接访", "5月21日", "2024-05-21", "5月21日，县委副书记",
         "county site: the 县长's 接访 (he was 阆中 常务副市长 in 2022); 副县长 and 信访局局长 参加接访")]),
    "bc10_yilong.txt": (2024, "发布时间：2024-09-27 11:05", "仪陇县", [
        ("仪陇县2024年10月县级领导接访安排", "2024年9月27日", "2024-09-27", "为切实解决群众合理诉求",
         "county site: monthly list one a line without 星期: 县委书记, 县长, 宣传部部长 (the other 卜雅静), a 镇党委书记 常委, two 副县长")]),
}

_JF = "接访领导："

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 宿州
    "bc:邰明川": ("邰明川", "official", "宿州市", [
        ("bc06", "宿州市委", "副书记", "市委副书记、市长邰明川到市群众来访接待中心", "2023-11: 市长 (identity case: 市委书记 in 2025, bc01); named in the headline too"),
        ("bc06", "宿州市政府", "市长", "市委副书记、市长邰明川到市群众来访接待中心", None),
        ("bc01", "宿州市委", "书记", _JF + "邰明川（市委书记）", "2025: 市委书记 (duty list, dated by the 落款)")], []),
    "bc:晏书华": ("晏书华", "official", "宿州市", [
        ("bc01", "宿州市委", "副书记", _JF + "晏书华（市委副书记、市长）", None),
        ("bc01", "宿州市政府", "市长", _JF + "晏书华（市委副书记、市长）", "2025: the post 邰明川 held in 2023")], []),
    "bc:蒯立山": ("蒯立山", "official", "宿州市", [
        ("bc01", "宿州市委", "常委", _JF + "蒯立山（市委常委、常务副市长）", None),
        ("bc01", "宿州市政府", "常务副市长", _JF + "蒯立山（市委常委、常务副市长）", None)], []),
    "bc:阚文博": ("阚文博", "official", "宿州市", [
        ("bc01", "宿州市委", "常委", _JF + "阚文博（市委常委，经开区党工委书记）", "comma as written between the titles"),
        ("bc01", "宿州经开区党工委", "书记", _JF + "阚文博（市委常委，经开区党工委书记）", "bare 经开区 on the 宿州 site = 宿州经开区 (not the 南充 经开区 of bc08)")], []),
    "bc:訾海鹏": ("訾海鹏", "official", "萧县", [
        ("bc02", "萧县政府", "副县长", _JF + "訾海鹏（副县长）", "2021: 副县长 (identity case: 县长 2023, 宿州 副市长 2025)"),
        ("bc03", "萧县委", "副书记", "县委副书记、县长訾海鹏到县人民来访接待中心", "2023; named in the headline too"),
        ("bc03", "萧县政府", "县长", "县委副书记、县长訾海鹏到县人民来访接待中心", "2023: 县长, the post 仝德胜 held in 2021"),
        ("bc01", "宿州市政府", "副市长", _JF + "訾海鹏（副市长）", "2025: now a 宿州 副市长 (陪同 units include 萧县)")], []),
    "bc:麻宛如": ("麻宛如", "official", "宿州市", [
        ("bc06", "宿州市政府", "副市长", "副市长麻宛如，市政府秘书长鄢卫国", "2023"),
        ("bc01", "宿州市政府", "副市长", _JF + "麻宛如（副市长）", "2025: the same post")], []),
    "bc:鄢卫国": ("鄢卫国", "official", "宿州市", [
        ("bc06", "宿州市政府", "秘书长", "市政府秘书长鄢卫国", None)], []),
    "bc:雒红梅": ("雒红梅", "official", "埇桥区", [
        ("bc06", "埇桥区委", "副书记", "埇桥区委副书记、区长雒红梅参加接访", None),
        ("bc06", "埇桥区政府", "区长", "埇桥区委副书记、区长雒红梅参加接访", None)], []),
    "bc:褚建峰": ("褚建峰", "official", "萧县", [
        ("bc02", "萧县委", "书记", _JF + "褚建峰（县委书记）", None)], []),
    "bc:仝德胜": ("仝德胜", "official", "萧县", [
        ("bc02", "萧县委", "副书记", _JF + "仝德胜（县委副书记、县长）", None),
        ("bc02", "萧县政府", "县长", _JF + "仝德胜（县委副书记、县长）", "2021; 訾海鹏 holds it in 2023 (bc03)")], []),
    "bc:相立平": ("相立平", "official", "萧县", [
        ("bc02", "萧县委", "副书记", _JF + "相立平（县委副书记）", None)], []),
    "bc:湛玉龙": ("湛玉龙", "official", "萧县", [
        ("bc02", "萧县委", "常委", _JF + "湛玉龙（县委常委、常务副县长）", None),
        ("bc02", "萧县政府", "常务副县长", _JF + "湛玉龙（县委常委、常务副县长）", None)], []),
    "bc:卜雅静#1": ("卜雅静", "official", "萧县", [
        ("bc02", "萧县政府", "副县长", _JF + "卜雅静（副县长）", "萧县 (安徽) 2021; not the 卜雅静 of 仪陇县 (bc10)"),
        ("bc03", "萧县政府", "副县长", "副县长卜雅静，县信访局局长柏振洲参加接访", "2023: the same post")], []),
    "bc:柏振洲": ("柏振洲", "official", "萧县", [
        ("bc03", "萧县信访局", "局长", "县信访局局长柏振洲参加接访", "bare 县信访局 on the 萧县 site")], []),
    "bc:祁少华": ("祁少华", "official", "萧县", [
        ("bc03", "萧县龙城镇党委", "书记", "龙城镇党委书记祁少华", "town of 萧县 (its seat)")], []),
    "bc:郗建业": ("郗建业", "official", "砀山县", [
        ("bc04", "砀山县委", "书记", "中共砀山县委书记郗建业", "公告 dated by its 落款; 中共 dropped"),
        ], []),
    "bc:甄永和": ("甄永和", "official", "砀山县", [
        ("bc04", "砀山县委", "副书记", "县委副书记、县长甄永和率县委", None),
        ("bc04", "砀山县政府", "县长", "县委副书记、县长甄永和率县委", None)], []),
    "bc:晁海宁": ("晁海宁", "official", "灵璧县", [
        ("bc05", "灵璧县委", "书记", "县委书记晁海宁高度重视", "named in a 书记信箱 reply; dated by the 回复时间")], []),
    "bc:巫立强": ("巫立强", "official", "灵璧县", [
        ("bc05", "灵璧县住房城乡建设局党组", "成员", "县住房城乡建设局党组成员、副局长巫立强", "党组成员 as a post of the 党组 (part z)"),
        ("bc05", "灵璧县住房城乡建设局", "副局长", "县住房城乡建设局党组成员、副局长巫立强", "department as the phrase writes it")], []),
    # ---- 南充
    "bc:蒲建川": ("蒲建川", "official", "阆中市", [
        ("bc07", "阆中市委", "书记", "7月5日，市委书记蒲建川到市群众来访接待中心", "市委 on the 阆中 site = 阆中市委; named in the headline too")], []),
    "bc:岑志斌": ("岑志斌", "official", "阆中市", [
        ("bc07", "阆中市委", "常委", "市委常委、常务副市长岑志斌", "2022: 阆中 (identity case: 西充 县长 2024, bc09)"),
        ("bc07", "阆中市政府", "常务副市长", "市委常委、常务副市长岑志斌", None),
        ("bc09", "西充县委", "副书记", "县委副书记、县长岑志斌到县人民来访接待中心", "2024: 西充县; named in the headline too"),
        ("bc09", "西充县政府", "县长", "县委副书记、县长岑志斌到县人民来访接待中心", None)], []),
    "bc:汤振宇": ("汤振宇", "official", "阆中市", [
        ("bc07", "阆中市委", "常委", "市委常委、政法委书记汤振宇参加接访", None),
        ("bc07", "阆中市委政法委", "书记", "市委常委、政法委书记汤振宇参加接访", "政法委 after 市委常委 = 阆中市委政法委")], []),
    "bc:向文韬": ("向文韬", "official", "南充市", [
        ("bc08", "南充市委", "副书记", _JF + "向文韬（市委副书记、市长）", None),
        ("bc08", "南充市政府", "市长", _JF + "向文韬（市委副书记、市长）", None)], []),
    "bc:苟俊": ("苟俊", "official", "南充市", [
        ("bc08", "南充市委", "常委", _JF + "苟俊（市委常委、政法委书记）", None),
        ("bc08", "南充市委政法委", "书记", _JF + "苟俊（市委常委、政法委书记）", None)], []),
    "bc:庹红英": ("庹红英", "official", "南充市", [
        ("bc08", "南充市政府", "副市长", _JF + "庹红英（副市长）", None)], []),
    "bc:母德江": ("母德江", "official", "南充市", [
        ("bc08", "南充经开区党工委", "副书记", _JF + "母德江（经开区党工委副书记、管委会主任）", "bare 经开区 on the 南充 site = 南充经开区 (not 宿州's, bc01)"),
        ("bc08", "南充经开区管委会", "主任", _JF + "母德江（经开区党工委副书记、管委会主任）", "bare 管委会 after the zone's 党工委")], []),
    "bc:赖晓梅": ("赖晓梅", "official", "西充县", [
        ("bc09", "西充县政府", "副县长", "副县长赖晓梅，县信访局局长尤国庆参加接访", None)], []),
    "bc:尤国庆": ("尤国庆", "official", "西充县", [
        ("bc09", "西充县信访局", "局长", "县信访局局长尤国庆参加接访", None)], []),
    "bc:蓝振宇": ("蓝振宇", "official", "仪陇县", [
        ("bc10", "仪陇县委", "书记", _JF + "蓝振宇（县委书记）", None)], []),
    "bc:衡建军": ("衡建军", "official", "仪陇县", [
        ("bc10", "仪陇县委", "副书记", _JF + "衡建军（县委副书记、县长）", None),
        ("bc10", "仪陇县政府", "县长", _JF + "衡建军（县委副书记、县长）", None)], []),
    "bc:卜雅静#2": ("卜雅静", "official", "仪陇县", [
        ("bc10", "仪陇县委", "常委", _JF + "卜雅静（县委常委、宣传部部长）", "仪陇 (四川) 2024; not the 卜雅静 of 萧县 (bc02, bc03)"),
        ("bc10", "仪陇县委宣传部", "部长", _JF + "卜雅静（县委常委、宣传部部长）", None)], []),
    "bc:葛惠兰": ("葛惠兰", "official", "仪陇县", [
        ("bc10", "仪陇县政府", "副县长", _JF + "葛惠兰（副县长）", None)], []),
    "bc:覃立峰": ("覃立峰", "official", "仪陇县", [
        ("bc10", "仪陇县委", "常委", _JF + "覃立峰（县委常委、新政镇党委书记）", None),
        ("bc10", "仪陇县新政镇党委", "书记", _JF + "覃立峰（县委常委、新政镇党委书记）", "town (the county seat) as county label + name")], []),
    "bc:滕宏业": ("滕宏业", "official", "仪陇县", [
        ("bc10", "仪陇县政府", "副县长", _JF + "滕宏业（副县长）", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bc01", "宫梓萱", "责任编辑", "editor", "责任编辑：宫梓萱"),
    ("bc06", "栾雪婷", "记者", "reporter", "本报讯（记者 栾雪婷）"),
    ("bc06", "戚书宁", "编辑", "editor", "编辑：戚书宁"),
    ("bc06", "覃少卿", "校对", "editor", "校对：覃少卿"),
    ("bc07", "冉静怡", "供稿", "author", "（市委办 冉静怡）"),
    ("bc07", "邝子墨", "责任编辑", "editor", "责任编辑：邝子墨"),
    ("bc08", "汤雨萱", "责任编辑", "editor", "责任编辑：汤雨萱"),
    ("bc09", "龚诗涵", "供稿", "author", "（县政府办 龚诗涵）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bc03", "县长接访", "reception (接访)", "8月15日上午", None, "訾海鹏", [],
     ["卜雅静", "柏振洲", "祁少华"], ["訾海鹏", "卜雅静"], "县人民来访接待中心",
     "8月15日上午，县委副书记、县长訾海鹏到县人民来访接待中心接待来访群众",
     ["县长訾海鹏到县人民来访接待中心接待来访群众", "副县长卜雅静，县信访局局长柏振洲参加接访", "龙城镇党委书记祁少华",
      "訾海鹏强调", "卜雅静要求"]),
    ("bc05", "雨污管网堵塞问题现场核实", "inspection (现场核实)", "6月5日", None, "巫立强", [],
     [], [], "灵城镇",
     "6月5日，县住房城乡建设局党组成员、副局长巫立强带领局城建股",
     ["副局长巫立强带领局城建股"]),
    ("bc06", "市长接访", "reception (接访)", "11月8日上午", None, "邰明川", [],
     ["麻宛如", "鄢卫国", "雒红梅"], ["邰明川", "麻宛如"], "市群众来访接待中心",
     "11月8日上午，市委副书记、市长邰明川到市群众来访接待中心接待来访群众",
     ["市长邰明川到市群众来访接待中心接待来访群众", "副市长麻宛如，市政府秘书长鄢卫国", "区长雒红梅参加接访",
      "麻宛如要求", "邰明川强调"]),
    ("bc07", "书记接访日", "reception (接访)", "7月5日", None, "蒲建川", [],
     ["岑志斌", "汤振宇"], ["蒲建川", "岑志斌"], "市群众来访接待中心",
     "7月5日，市委书记蒲建川到市群众来访接待中心开展“书记接访日”活动",
     ["市委书记蒲建川到市群众来访接待中心开展", "常务副市长岑志斌", "政法委书记汤振宇参加接访", "岑志斌要求", "蒲建川指出"]),
    ("bc09", "县长接访", "reception (接访)", "5月21日", None, "岑志斌", [],
     ["赖晓梅", "尤国庆"], ["岑志斌", "赖晓梅"], "县人民来访接待中心",
     "5月21日，县委副书记、县长岑志斌到县人民来访接待中心接待来访群众",
     ["县长岑志斌到县人民来访接待中心接待来访群众", "副县长赖晓梅，县信访局局长尤国庆参加接访", "岑志斌当场要求",
      "赖晓梅要求", "岑志斌强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bc07", "古城东片区棚户区改造项目", "housing_project", "古城东片区棚户区改造项目安置进度问题"),
    ("bc09", "城乡供水一体化工程二期", "infrastructure_project", "纳入县城乡供水一体化工程二期统筹实施"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bc01", "宿州市", "city", "standalone", "（宿州市埇桥区市民服务中心一楼）"),
    ("bc01", "埇桥区", "district", "standalone", "（宿州市埇桥区市民服务中心一楼）"),
    ("bc01", "经开区", "development_zone", "in_title", "阚文博（市委常委，经开区党工委书记）"),
    ("bc01", "萧县", "county", "standalone", "市农业农村局、市水利局、萧县"),
    ("bc02", "萧县", "county", "in_document_title", "萧县2021年6月份县级领导干部接访安排"),
    ("bc02", "龙城镇", "town", "standalone", "（龙城镇县政务服务中心东侧）"),
    ("bc03", "龙城镇", "town", "in_title", "龙城镇党委书记祁少华"),
    ("bc04", "砀山县", "county", "standalone", "砀山县辖区内群众"),
    ("bc04", "砀山经开区", "development_zone", "in_org_reference", "各镇、砀山经开区、县直有关部门"),
    ("bc04", "砀城镇", "town", "standalone", "（砀城镇、园艺场的群众"),
    ("bc05", "灵城镇", "town", "standalone", "会同灵城镇迅速核实"),
    ("bc06", "埇桥区", "district", "standalone", "要求有关部门和埇桥区拿出具体解决方案"),
    ("bc07", "保宁街道", "sub_district", "standalone", "来自保宁街道、七里街道和江南街道"),
    ("bc07", "七里街道", "sub_district", "standalone", "来自保宁街道、七里街道和江南街道"),
    ("bc07", "江南街道", "sub_district", "standalone", "来自保宁街道、七里街道和江南街道"),
    ("bc07", "古城东片区", "area", "in_project_name", "古城东片区棚户区改造项目安置进度问题"),
    ("bc08", "顺庆区", "district", "standalone", "南充市人民来访接待中心（顺庆区）"),
    ("bc08", "经开区", "development_zone", "in_title", "母德江（经开区党工委副书记、管委会主任）"),
    ("bc09", "晋城街道", "sub_district", "in_org_reference", "晋城街道、多扶镇和县级有关部门"),
    ("bc09", "多扶镇", "town", "standalone", "对群众反映的多扶镇部分村组饮水管网老化问题"),
    ("bc10", "仪陇县", "county", "in_document_title", "仪陇县2024年10月县级领导接访安排"),
    ("bc10", "新政镇", "town", "standalone", "仪陇县人民来访接待中心（新政镇）"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bc", conventions="set bc (blind set: leaders receiving petitioners in 安徽 宿州 (埇桥区, 萧县, 砀山县, 灵璧县) and 四川 南充 (阆中市, 西充县, 仪陇县): monthly 接访安排 duty lists (接访领导：姓名（职务） gives holdings dated by the list's 落款; scheduled receptions are no events), 接访 reports (type reception (接访): leader, 参加 / 陪同接访 attendees, 强调 / 要求 speakers), a 县委书记大接访 公告 (no event), a 书记信箱 reply (the 县委书记 who 批示 and the 副局长 who checked on the site hold posts; the 来信人 is no person), bare 经开区 in two cities)",
          persons_note="Set bc persons. id = corpus-wide person_id (bc:卜雅静#1 of 萧县 and bc:卜雅静#2 of 仪陇县 are two people; bc:訾海鹏 萧县 副县长 2021 → 萧县 县长 2023 → 宿州 副市长 2025; bc:邰明川 宿州 市长 2023 → 市委书记 2025; bc:岑志斌 阆中 常务副市长 2022 → 西充 县长 2024)")


if __name__ == "__main__":
    main()
