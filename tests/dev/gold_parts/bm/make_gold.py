"""Write gold part ``bm`` (a blind set: very short posts of official microblogs and news apps) from the tables below.

Pages ``tests/dev/texts/bm*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: reports on county leaders' own short-video and microblog accounts (a
湖南 蓝山 县委书记's 抖音 account answering residents, the 南京发布 微博 post of a 市委书记 and how the press quoted it),
short county-leader items of two or three sentences that such accounts repost (单县 县长 督导 安全生产 ``县领导…参加活动``,
湘阴 县委书记 一线督战防汛 ``县领导…参加``, 陇县 县长 检查防汛 ``…陪同检查``, 武穴 市长碰头会 ``市领导…参加会议``, 石首
市委书记 调研重点项目), 县长直播 pieces (舒城, 成武: 抖音 / 今日头条 ``县长来直播``), and 政务新媒体 reports (庆阳 政务头条 /
抖音 排行榜, 永州 政务新媒体矩阵) that describe the accounts' shapes. Places are real and new to the corpus: 安徽 黄山
(休宁县 twice, 祁门县), 陕西 汉中 城固县, 广西 贺州 昭平县, 江西 新余 (新余高新区, 分宜县), 贵州 铜仁 (铜仁高新区, 碧江区),
福建 龙岩 长汀县.

Shapes: each page is one post with its platform chrome: an account line (``休宁发布 V``, ``…官方微博``, ``…官方账号``,
``抖音号：``), a time line (``2021-5-18 09:15 来自 微博 weibo.com``, ``2023-10-26 17:48 发布于 陕西``, ``2024-06-12 20:05 ·
广西``, ``2025-04-09 18:26 · IP属地：安徽``), then ``【headline】`` and one to three sentences, ``#话题#`` tags, ``@`` mentions,
a ``地点：`` line, and counters (``转发 12 ｜ 评论 5 ｜ 赞 38``, ``230阅读``). Weibo posts (bm01, bm04, bm06, bm08) run the
headline into the body; 今日头条 posts (bm02, bm05, bm07) put it on its own line with a ``（记者 …）`` byline and
``编辑：`` / ``责任编辑：``; a 抖音 caption (bm03); a repost (bm09) whose reposting account shows only ``3小时前`` while the
reposted original carries its full stamp (``2025-1-14 12:05 来自 长汀发布``) after its text.

Identity cases:
- bm:裴定远 moves over four years and two places (three pages): 休宁县委副书记、县长 (bm01, May 2021, 微博); 休宁县委书记
  chairing the 县委常委会 (bm02, March 2023, 今日头条); 黄山市副市长 touring 祁门县 (bm03, April 2025, 抖音: bare ``市政府
  副市长`` on a county account = the parent city 黄山市).
- bm:邬启帆 moves from a zone to a county of the same city (two pages): 新余高新区党工委副书记、管委会主任 (bm06, Aug 2022);
  分宜县委副书记、县长 (bm07, Sept 2024).
- two different 韦志诚 in unrelated places: bm:韦志诚#1 is 城固县副县长 (陕西 汉中, bm04, Oct 2023); bm:韦志诚#2 is 昭平县委
  常委、宣传部部长 (广西 贺州, bm05, June 2024).
- one zone name in two cities: 高新区 written bare on the 新余 account (bm06: ``高新区党工委副书记、管委会主任``) → 新余高新区,
  and on the 铜仁 account (bm08: ``高新区党工委书记``) → 铜仁高新区; each page also names its zone in full.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as CONVENTIONS and parts z and u say where they speak; decided here where they are silent):
- DECIDED HERE: one post is one article; its headline is the text inside ``【】`` (brackets not part of it) and its span
  runs from the headline to the end of the page, so counters and tags after it fall inside; the account line, the time
  line and (bm09) the reposting account's lines before the headline are chrome.
- DECIDED HERE: the post's date is its time line (``2021-5-18 09:15``, ``2024-09-03 21:10 · 江西``); a relative time
  (``3小时前``) is not a date: bm09 is dated by the reposted original's stamp ``2025-1-14 12:05``; the event date is the
  one the text writes (``5月17日``, ``1月14日上午``).
- DECIDED HERE: an account's bare organs belong to the account's place: on a county account (休宁发布, 祁门县融媒体中心,
  城固发布, 昭平发布, 分宜发布) ``县委书记`` / ``县长`` / ``副县长`` / ``县委常委、宣传部部长`` are that county's
  (休宁县委, 祁门县政府, 昭平县委宣传部 …) and ``市政府副市长`` is the parent city's (黄山市政府); on a city account
  (新余发布, 铜仁发布) ``市委常委、副市长`` is that city's and a bare ``高新区`` / ``管委会`` is the city's zone (新余高新区
  管委会). In a repost (bm09) the reposted account is the writer: ``县委书记`` on ``@长汀发布``'s text = 长汀县委, not the
  reposting 龙岩 account's city.
- DECIDED HERE: ``#话题#`` tags, ``@`` mentions, account names and the ``发布于 陕西`` / ``IP属地：安徽`` / ``· 广西`` lines
  are not annotated as places (they are platform marks, like site lines); a ``地点：`` line is the post's own statement
  and its names are annotated (context ``place_line``) when the body does not name them already (休宁县, 祁门县, 碧江区).
- One line per post per article: a name and post in the headline and again in the body give one line, evidence from the
  body (裴定远 in bm03, 邬启帆 in bm07, 赖振华 in bm09). ``县委副书记余书恒等县委常委`` gives only 副书记 (the 等县委常委
  adds no post of his own). ``县委常委、常务副县长`` → 长汀县委 常委 + 长汀县政府 常务副县长. Brands and products
  (祁门红茶, 城固蜜橘, 昭平茶) are not places.
- Events: each post reports one event: a 调研 / 督导 / 检查 is an ``inspection`` with its leader, the 陪同 / 参加 persons
  attendees and the leader a speaker where he 要求 / 强调 / 指出; the 县委常委会会议 (chair, 出席 attendees) and the 推进会
  (the 副县长 主持 = chair; the 部长 ``出席会议并讲话`` = attendee and speaker, as the sample's gold README does).
- Projects: works named as under way or to be pushed (…工程, …项目, …产业园二期, …示范带); an industrial park, existing or
  being built, is an ``industrial_park`` project (README: 产业园 are in projects), so ``分宜工业园`` (visited) is one too;
  a river's 生态修复工程 is a ``greening_project``, a 河道综合治理工程 an ``engineering_work``.
- Places: towns, rivers, mountains, districts and zones named in the post; a place inside a project name counts
  (``in_project_name``); the slogan ``长汀经验`` gives 长汀 (as part u's 美丽小店 → 小店); a zone written in full is
  annotated in full (新余高新区, 铜仁高新区).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bm01_xiuning.txt": (2021, "2021-5-18 09:15", "休宁县", [
        ("裴定远调研茶叶生产和防汛备汛工作", "5月17日", "2021-05-17", "5月17日，县委副书记",
         "微博 post of a county account: the 县长's 调研 in two towns, a 副县长 陪同; #话题#, 地点：line")]),
    "bm02_xiuning.txt": (2023, "2023-03-08 19:20", "休宁县", [
        ("县委常委会召开2023年第6次会议", "3月8日", "2023-03-08", "3月8日，县委书记裴定远",
         "今日头条 post: 县委常委会 chaired by the former 县长, now 县委书记; byline and 责任编辑")]),
    "bm03_qimen.txt": (2025, "2025-04-09 18:26", "祁门县", [
        ("副市长裴定远到祁门调研春茶生产", "4月9日", "2025-04-09", "4月9日，市政府副市长",
         "抖音 caption of a county 融媒体中心: the city's 副市长 (the former 休宁 县委书记) tours two towns with the 县委书记 and 县长")]),
    "bm04_chenggu.txt": (2023, "2023-10-26 17:48 发布于 陕西", "城固县", [
        ("贺东升督导柑橘采收和秋冬季森林防火工作", "10月26日", "2023-10-26", "10月26日，县委书记",
         "微博 post: the 县委书记's 督导 with a 副县长 (the 韦志诚 of 城固)")]),
    "bm05_zhaoping.txt": (2024, "2024-06-12 20:05", "昭平县", [
        ("昭平县召开茶产业发展推进会", "6月12日", "2024-06-12", "6月12日，全县茶产业",
         "今日头条 post: a 推进会 chaired by a 副县长, the 县委常委、宣传部部长 (the 韦志诚 of 昭平) speaks")]),
    "bm06_xinyu.txt": (2022, "2022-8-30 18:40", "新余市", [
        ("新余高新区开展锂电企业安全生产大检查", "8月30日", "2022-08-30", "8月30日，高新区党工委",
         "city 微博 post: bare 高新区 / 管委会 = 新余高新区; 党工委副书记、管委会主任 leads a safety inspection")]),
    "bm07_fenyi.txt": (2024, "2024-09-03 21:10", "分宜县", [
        ("县长邬启帆调研工业项目建设", "9月3日", "2024-09-03", "9月3日，县委副书记",
         "今日头条 post: the former zone head now 分宜县 县长; byline with 记者 and 通讯员")]),
    "bm08_tongren.txt": (2024, "2024-11-20 19:02", "铜仁市", [
        ("龙再兴到铜仁高新区调研", "11月20日", "2024-11-20", "11月20日，市委常委",
         "city 微博 post: 市委常委、副市长 tours 铜仁高新区; bare 高新区党工委书记 = 铜仁高新区")]),
    "bm09_changting.txt": (2025, "2025-1-14 12:05", "长汀县", [
        ("县委书记赖振华调研水土流失治理", "1月14日上午", "2025-01-14", "1月14日上午，县委书记",
         "repost: the city account shows 3小时前; the reposted county post carries its stamp after its text")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    "bm:裴定远": ("裴定远", "official", "休宁县 / 黄山市", [
        ("bm01", "休宁县委", "副书记", "县委副书记、县长裴定远到溪口镇", "2021-05; named in the headline too (one line)"),
        ("bm01", "休宁县政府", "县长", "县委副书记、县长裴定远到溪口镇", "bare 县长 on the 休宁 account"),
        ("bm02", "休宁县委", "书记", "县委书记裴定远主持召开县委常委会会议", "2023-03: now 县委书记 (identity case)"),
        ("bm03", "黄山市政府", "副市长", "市政府副市长裴定远来到历口镇", "2025-04: bare 市政府 on a 祁门 county account = the parent city 黄山市; headline repeat gives no line")], []),
    "bm:程晓岚": ("程晓岚", "official", "休宁县", [
        ("bm01", "休宁县政府", "副县长", "副县长程晓岚陪同", None)], []),
    "bm:汪子骞": ("汪子骞", "official", "休宁县", [
        ("bm02", "休宁县委", "副书记", "县委副书记、县长汪子骞", None),
        ("bm02", "休宁县政府", "县长", "县委副书记、县长汪子骞", "successor of 裴定远 as 县长")], []),
    "bm:余书恒": ("余书恒", "official", "休宁县", [
        ("bm02", "休宁县委", "副书记", "县委副书记余书恒等县委常委出席会议", "等县委常委 adds no line")], []),
    "bm:程思源": ("程思源", "reporter", "休宁县融媒体中心", [], ["bm02"]),
    "bm:潘一鸣": ("潘一鸣", "editor", "休宁县融媒体中心", [], ["bm02"]),
    "bm:方雅琴": ("方雅琴", "official", "祁门县", [
        ("bm03", "祁门县委", "书记", "县委书记方雅琴、县长胡卫东陪同", "bare 县委 on the 祁门 account")], []),
    "bm:胡卫东": ("胡卫东", "official", "祁门县", [
        ("bm03", "祁门县政府", "县长", "县委书记方雅琴、县长胡卫东陪同", None)], []),
    "bm:贺东升": ("贺东升", "official", "城固县", [
        ("bm04", "城固县委", "书记", "县委书记贺东升深入桔园镇", "headline repeat (name only)")], []),
    "bm:韦志诚#1": ("韦志诚", "official", "城固县", [
        ("bm04", "城固县政府", "副县长", "副县长韦志诚陪同", "陕西 汉中; not the 韦志诚 of 昭平 (bm05)")], []),
    "bm:韦志诚#2": ("韦志诚", "official", "昭平县", [
        ("bm05", "昭平县委", "常委", "县委常委、宣传部部长韦志诚出席会议并讲话", "广西 贺州; not the 韦志诚 of 城固 (bm04)"),
        ("bm05", "昭平县委宣传部", "部长", "县委常委、宣传部部长韦志诚出席会议并讲话", "宣传部 after 县委常委 = 昭平县委宣传部")], []),
    "bm:覃海宁": ("覃海宁", "official", "昭平县", [
        ("bm05", "昭平县政府", "副县长", "副县长覃海宁主持会议", None)], []),
    "bm:梁婉清": ("梁婉清", "editor", "昭平县融媒体中心", [], ["bm05"]),
    "bm:邬启帆": ("邬启帆", "official", "新余市 / 分宜县", [
        ("bm06", "新余高新区党工委", "副书记", "高新区党工委副书记、管委会主任邬启帆带队", "2022-08: bare 高新区 on the 新余 account = 新余高新区"),
        ("bm06", "新余高新区管委会", "主任", "高新区党工委副书记、管委会主任邬启帆带队", None),
        ("bm07", "分宜县委", "副书记", "县委副书记、县长邬启帆深入分宜工业园", "2024-09: now 分宜县 县长 (identity case); headline repeat gives no line"),
        ("bm07", "分宜县政府", "县长", "县委副书记、县长邬启帆深入分宜工业园", None)], []),
    "bm:钟文彬": ("钟文彬", "official", "新余市", [
        ("bm06", "新余高新区管委会", "副主任", "管委会副主任钟文彬参加", "bare 管委会 after 高新区 = 新余高新区管委会")], []),
    "bm:袁丽萍": ("袁丽萍", "official", "分宜县", [
        ("bm07", "分宜县政府", "副县长", "副县长袁丽萍陪同", None)], []),
    "bm:谢林峰": ("谢林峰", "reporter", "分宜县融媒体中心", [], ["bm07"]),
    "bm:付慧敏": ("付慧敏", "correspondent", "分宜县融媒体中心", [], ["bm07"]),
    "bm:龙再兴": ("龙再兴", "official", "铜仁市", [
        ("bm08", "铜仁市委", "常委", "市委常委、副市长龙再兴到铜仁高新区调研新材料", "bare 市委 on the 铜仁 account; headline repeat (name only)"),
        ("bm08", "铜仁市政府", "副市长", "市委常委、副市长龙再兴到铜仁高新区调研新材料", None)], []),
    "bm:杨承志": ("杨承志", "official", "铜仁市", [
        ("bm08", "铜仁高新区党工委", "书记", "高新区党工委书记杨承志陪同", "bare 高新区 on the 铜仁 account = 铜仁高新区 (not 新余's, bm06)")], []),
    "bm:赖振华": ("赖振华", "official", "长汀县", [
        ("bm09", "长汀县委", "书记", "1月14日上午，县委书记赖振华到河田镇", "reposted 长汀 post: bare 县委 = 长汀县委; headline repeat gives no line")], []),
    "bm:钟秀英": ("钟秀英", "official", "长汀县", [
        ("bm09", "长汀县委", "常委", "县委常委、常务副县长钟秀英陪同", None),
        ("bm09", "长汀县政府", "常务副县长", "县委常委、常务副县长钟秀英陪同", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bm02", "程思源", "记者", "reporter", "（记者 程思源）"),
    ("bm02", "潘一鸣", "责任编辑", "editor", "责任编辑：潘一鸣"),
    ("bm05", "梁婉清", "编辑", "editor", "编辑：梁婉清"),
    ("bm07", "谢林峰", "记者", "reporter", "（记者 谢林峰 通讯员 付慧敏）"),
    ("bm07", "付慧敏", "通讯员", "correspondent", "（记者 谢林峰 通讯员 付慧敏）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bm01", "茶叶生产和防汛备汛工作调研", "inspection (调研)", "5月17日", None, "裴定远", [],
     ["程晓岚"], ["裴定远"], "溪口镇、五城镇",
     "县委副书记、县长裴定远到溪口镇、五城镇调研茶叶生产和防汛备汛工作",
     ["县长裴定远到溪口镇", "副县长程晓岚陪同", "裴定远察看了茶企加工车间和率水沿岸堤防，要求"]),
    ("bm02", "县委常委会会议", "meeting (县委常委会会议)", "3月8日", "裴定远", None, [],
     ["汪子骞", "余书恒"], ["裴定远"], None,
     "县委书记裴定远主持召开县委常委会会议",
     ["县委书记裴定远主持召开县委常委会会议", "县长汪子骞", "县委副书记余书恒等县委常委出席会议", "裴定远强调"]),
    ("bm03", "春茶生产调研", "inspection (调研)", "4月9日", None, "裴定远", [],
     ["方雅琴", "胡卫东"], ["裴定远"], "历口镇、平里镇",
     "市政府副市长裴定远来到历口镇、平里镇，调研祁门红茶春茶采制和茶产业发展情况",
     ["市政府副市长裴定远来到历口镇", "县委书记方雅琴、县长胡卫东陪同", "裴定远要求"]),
    ("bm04", "柑橘采收和秋冬季森林防火工作督导", "inspection (督导)", "10月26日", None, "贺东升", [],
     ["韦志诚"], ["贺东升"], "桔园镇、上元观镇",
     "县委书记贺东升深入桔园镇、上元观镇督导柑橘采收销售和秋冬季森林防火工作",
     ["县委书记贺东升深入桔园镇", "副县长韦志诚陪同", "贺东升指出"]),
    ("bm05", "全县茶产业发展推进会", "meeting (推进会)", "6月12日", "覃海宁", None, [],
     ["韦志诚"], ["韦志诚"], None,
     "6月12日，全县茶产业发展推进会召开",
     ["副县长覃海宁主持会议", "宣传部部长韦志诚出席会议并讲话", "韦志诚强调"]),
    ("bm06", "锂电企业安全生产大检查", "inspection (检查)", "8月30日", None, "邬启帆", [],
     ["钟文彬"], ["邬启帆"], "新余高新区",
     "管委会主任邬启帆带队深入锂电新能源企业检查安全生产工作",
     ["管委会主任邬启帆带队", "管委会副主任钟文彬参加", "邬启帆要求"]),
    ("bm07", "工业项目建设调研", "inspection (调研)", "9月3日", None, "邬启帆", [],
     ["袁丽萍"], ["邬启帆"], "分宜工业园、双林镇",
     "县委副书记、县长邬启帆深入分宜工业园、双林镇调研工业项目建设",
     ["县长邬启帆深入分宜工业园", "副县长袁丽萍陪同", "要求各级各部门紧盯四季度目标"]),
    ("bm08", "铜仁高新区新材料产业发展调研", "inspection (调研)", "11月20日", None, "龙再兴", [],
     ["杨承志"], ["龙再兴"], "铜仁高新区",
     "市委常委、副市长龙再兴到铜仁高新区调研新材料产业发展",
     ["副市长龙再兴到铜仁高新区调研新材料", "高新区党工委书记杨承志陪同", "龙再兴先后来到"]),
    ("bm09", "水土流失综合治理和汀江流域生态保护工作调研", "inspection (调研)", "1月14日上午", None, "赖振华", [],
     ["钟秀英"], ["赖振华"], "河田镇、三洲镇",
     "县委书记赖振华到河田镇、三洲镇调研水土流失综合治理和汀江流域生态保护工作",
     ["县委书记赖振华到河田镇", "常务副县长钟秀英陪同", "赖振华强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bm01", "溪口镇率水河道综合治理工程", "engineering_work", "加快推进溪口镇率水河道综合治理工程"),
    ("bm02", "齐云山旅游集散中心项目", "project", "研究齐云山旅游集散中心项目建设"),
    ("bm03", "祁门红茶数字化加工中心项目", "project", "加快祁门红茶数字化加工中心项目建设"),
    ("bm04", "桔园镇柑橘冷链仓储中心项目", "project", "要加快桔园镇柑橘冷链仓储中心项目建设"),
    ("bm05", "黄姚镇茶旅融合示范带", "project", "推进黄姚镇茶旅融合示范带建设"),
    ("bm06", "高新区锂电新能源产业园二期", "industrial_park", "加快高新区锂电新能源产业园二期建设"),
    ("bm07", "分宜工业园", "industrial_park", "深入分宜工业园、双林镇调研"),
    ("bm07", "双林镇夏布产业园", "industrial_park", "察看了双林镇夏布产业园建设进展"),
    ("bm08", "铜仁高新区锰系新材料产业园", "industrial_park", "先后来到铜仁高新区锰系新材料产业园"),
    ("bm09", "汀江干流河田段生态修复工程", "greening_project", "加快汀江干流河田段生态修复工程建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bm01", "溪口镇", "town", "standalone", "到溪口镇、五城镇调研"),
    ("bm01", "五城镇", "town", "standalone", "到溪口镇、五城镇调研"),
    ("bm01", "率水", "river", "standalone", "率水沿岸堤防"),
    ("bm01", "休宁县", "county", "place_line", "地点：休宁县溪口镇"),
    ("bm02", "齐云山", "mountain", "in_project_name", "研究齐云山旅游集散中心项目建设"),
    ("bm02", "休宁", "county", "standalone", "推动休宁高质量发展"),
    ("bm03", "历口镇", "town", "standalone", "来到历口镇、平里镇"),
    ("bm03", "平里镇", "town", "standalone", "来到历口镇、平里镇"),
    ("bm03", "祁门", "county", "standalone", "到祁门调研春茶生产"),
    ("bm03", "祁门县", "county", "place_line", "地点：祁门县平里镇"),
    ("bm04", "桔园镇", "town", "standalone", "深入桔园镇、上元观镇"),
    ("bm04", "上元观镇", "town", "standalone", "深入桔园镇、上元观镇"),
    ("bm05", "昭平县", "county", "standalone", "昭平县召开茶产业发展推进会"),
    ("bm05", "黄姚镇", "town", "in_project_name", "推进黄姚镇茶旅融合示范带建设"),
    ("bm06", "新余高新区", "development_zone", "standalone", "新余高新区开展锂电企业安全生产大检查"),
    ("bm07", "双林镇", "town", "standalone", "深入分宜工业园、双林镇调研"),
    ("bm08", "铜仁高新区", "development_zone", "standalone", "到铜仁高新区调研新材料产业发展"),
    ("bm08", "碧江区", "district", "place_line", "地点：铜仁市碧江区"),
    ("bm09", "河田镇", "town", "standalone", "到河田镇、三洲镇调研"),
    ("bm09", "三洲镇", "town", "standalone", "到河田镇、三洲镇调研"),
    ("bm09", "汀江", "river", "standalone", "汀江流域生态保护工作"),
    ("bm09", "长汀", "county", "standalone (slogan)", "持续擦亮“长汀经验”"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bm", conventions="set bm (blind set: very short posts of official microblogs and news apps (政务微博, 今日头条 号, 抖音 captions): one post = one article from its 【headline】 to the end; dated by its time line (a relative 3小时前 is no date: a repost is dated by the original's stamp); an account's bare organs are the account's place (a county account's 市政府副市长 = the parent city); #话题#, @ mentions, account names and IP 属地 lines are no places; a 地点：line is)",
          persons_note="Set bm persons. id = corpus-wide person_id (bm:韦志诚#1 of 城固 (陕西) and bm:韦志诚#2 of 昭平 (广西) are two people; bm:裴定远 moves 休宁县长 2021 → 休宁县委书记 2023 → 黄山市副市长 2025; bm:邬启帆 moves 新余高新区管委会主任 2022 → 分宜县长 2024)")


if __name__ == "__main__":
    main()
