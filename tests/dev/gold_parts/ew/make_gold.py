"""Write gold part ``ew`` (a blind set: rural revitalisation — 驻村第一书记 and 驻村工作队 sent by a department, 村党支部书记 and
村委会主任, 乡镇 包村干部, county leaders' 乡村振兴联系点 visits, the 乡村振兴局 and its merger into the 农业农村局, a city or
prefecture department's 帮扶 of a village) from the tables below.

Pages ``tests/dev/texts/ew*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 黔东南州财政局 page of a 局党组成员 who was 原第一书记 returning to the
帮扶村 (``与现任驻村第一书记和工作队、村“两委”成员等召开座谈会``); the 闽东日报 page of a 寿宁 述职评议会 (``清源镇阳尾村第一书记
…``, ``责任编辑：``); a 泉港 portal page of a 驻村第一书记 座谈 (``区委组织部副部长、非公企业和社会组织党工委书记…``, ``新闻推荐``
/ ``频道推荐`` lists); the 桑植县融媒体中心 page of a 驻村工作队 主题队日 (stamp ``2024-07-31 08:31:44 来源:桑植县融媒体中心 | 编辑:…
| 作者:… 浏览量:``, ``湖南中烟驻三合界村工作队第一书记``, ``（一审：… 二审：… 三审：…）``); a 襄州区科协 page (``您现在所在的位置:
首页 > 聚焦科协 > 基层科协 > 正文``, ``党组书记…、副主席…赴龙王镇孙庙村…调研``); the 西峰区委编办 page of the 区乡村振兴局 挂牌
(``【来源:西峰区委编办 … | 发布日期:2021-06-07 】 【选择字号:``, ``区委副书记…、副区长…出席挂牌仪式并揭牌``); the 襄城县 site
(``>您当前位置:首页 > 今日襄城 > 襄城新闻``, ``【信息来源:【信息时间:… 阅读次数: 】【字号 】【我要打印】【关闭``) and the 颍上
先锋网 (``揭牌仪式由…主持``; ``扶贫开发局重组为…乡村振兴局，为县政府工作部门``) and the 金寨 (investchn) and 绛县 paper (``«上一版
下一版»本期共8版``) pages of the same 挂牌; the 天水晚报 page of the 市乡村振兴局 (``由市农业农村局统一领导和管理``); the 青海 page on
the 乡村振兴局 ``整体划入省农业农村厅`` and the 2023 State Council note (``在农业农村部加挂国家乡村振兴局牌子``); the 南充 市委对外
联络办 page (``时间：2025-04-29 09:11``, ``到联系帮扶的嘉陵区一立镇下太霄村``, ``分享到:``); the 四川省文化和旅游厅 page of 增派
驻村第一书记 in 理塘县 (``理塘县委常委、组织部部长…介绍了``); the 十堰 市委编办 page of a 驻村工作队 进驻 (``担任驻村工作队长``);
an 依安县 university page (``依安县委常委、组织部部长…，新发乡党委书记…，福来村党支部书记…``, ``依安县委书记…的陪同下``); the
遂溪 pages (``县委常委、副县长…到乌塘镇调研乡村振兴``; ``乌塘镇党委书记…，党委副书记、镇长…陪同调研``); a 仙游 portal page
(``编辑: 审核: 终审:``); the 罗山 莽张镇 page (``村支部书记介绍了…``). Places are real: 河南 信阳 光山县 (槐店乡 晏岗村, 文殊乡
东岳村), 甘肃 庆阳 华池县 (南梁镇 荔园堡村), 湖南 永州 江永县 (兰溪瑶族乡 勾蓝瑶村), 广西 桂林 龙胜各族自治县 (龙脊镇 平安村 and
大寨村), 四川 凉山 昭觉县 (三岔河镇 三河村), 黑龙江 齐齐哈尔 依安县 (新发乡 福来村).

Shapes: a county site's 揭牌仪式 of the 县乡村振兴局 (县委书记 and 县长 揭牌, 副县长 主持, the 局's 党组书记、局长 表态) (ew01); a city
paper's 第02版 of the 县委书记's 调研 at his 乡村振兴联系点 with a 座谈会 (乡党委书记, 乡长, a 村党支部书记、村委会主任, a 县财政局
选派 驻村第一书记) (ew02); the county site two years later: a 驻村帮扶工作推进会 after the 乡村振兴局 was merged into the 县农业农村局
(``县农业农村局（县乡村振兴局）党组书记、局长``; the former 局长 now 党组成员、副局长; the former 第一书记 now 乡长; the former 乡长 now
another 乡's 党委书记) (ew03); a county site's 乡镇动态 of a 市财政局 (the 帮扶单位) 调研 at its 帮扶村 with its 第一书记、驻村工作队
队长 (ew04); the city paper's 第03版 of the same 局's 消费帮扶 签约仪式 two years later, with an 调研 before it (the former 镇党委书记 now
县委常委、副县长) (ew05); a county site of the 县长's 调研 at his 联系点 in a 瑶族乡 with a 包村干部 (乡党委委员、副乡长) and a 市局 选派
第一书记、工作队队长 of a village 党总支 (ew06); a city paper's 第03版 of a 自治县's 县长 in two villages (a 自治区 department's
第一书记) (ew07); a county news portal (stamp line ``来源 作者 编辑 阅读``, share buttons, 相关新闻) of the same person as 县委书记 two
years later (ew08); a county site of a 州财政局 帮扶调研 at its 定点帮扶村 (ew09); a county site of the 县委书记's 秋收 调研 with a
市局 派驻 第一书记 and a 包村干部 (ew10).

Identity cases:
- ew:甄立新 光山县委副书记、县长 (ew01, June 2021) → 光山县委书记 (ew03, Apr 2024); ew:闵东升 光山县委书记 in 2021 and 2022.
- ew:柯书远, the 乡村振兴局 merged into the 农业农村局: 光山县乡村振兴局 党组书记、局长 (ew01, 2021), 局长 (ew02, 2022) → 光山县农业
  农村局 党组成员、副局长 (ew03, 2024).
- ew:熊子健 晏岗村 驻村第一书记 (县财政局选派, ew02, Aug 2022) → 槐店乡党委副书记、乡长 (ew03, Apr 2024); ew:詹婉萍 槐店乡 党委
  副书记、乡长 (ew02, 2022) → 文殊乡党委书记 (ew03, 2024).
- ew:白宏涛 华池县南梁镇党委书记 (ew04, Apr 2022) → 华池县委常委、副县长 (ew05, June 2024).
- ew:蒙启坚 龙胜各族自治县委副书记、县长 (ew07, Oct 2022) → 县委书记 (ew08, May 2024); ew:粟海英 龙胜 县乡村振兴局局长 (2022) →
  县农业农村局局长 (2024).
- two different 潘永刚 in unrelated places: ew:潘永刚#1 龙胜各族自治县龙脊镇党委书记 (广西, ew07, 2022) → 龙胜 县委常委、副县长
  (ew08, 2024); ew:潘永刚#2 依安县副县长 (黑龙江, ew10, 2024). Same name, the same title word 副县长 in 2024, different counties.
- the same people across pages: ew:龚振邦 (庆阳市财政局党组书记、局长, 2022 and 2024), ew:宁昊 (荔园堡村第一书记、驻村工作队队长, 2022
  and 2024), ew:慕广才 (荔园堡村党支部书记、村委会主任), ew:余庆兰 (大寨村党支部书记、村委会主任, 2022 and 2024), ew:蔡文娟 (光山县委
  常委、组织部部长, 2021 and 2024).
- one organ name of several places: bare ``县乡村振兴局`` is 光山县's (ew01, ew02), 江永县's (ew06) and 龙胜各族自治县's (ew07); bare
  ``县农业农村局`` 光山县's (ew03), 龙胜's (ew08) and 依安县's (ew10); bare ``县委书记`` 光山's, 龙胜's and 依安's; ``市财政局`` is 庆阳
  市's (ew04, ew05) and ``州财政局`` 凉山彝族自治州's (ew09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aa, aq, db, dr, bx, bs where they speak; decided here where they are silent):
- Town / 乡 posts: county label + town + 党委 / 政府 (光山县槐店乡党委 书记, …乡政府 乡长); ``乡党委副书记、乡长`` → …乡党委 副书记 +
  …乡政府 乡长; ``乡党委委员、副乡长`` → …乡党委 委员 + …乡政府 副乡长. 兰溪瑶族乡 keeps its full name (江永县兰溪瑶族乡…).
- Village posts of a named village: town label + village + 党支部 / 党总支 (as written, as db) + 书记, and + 村委会 主任 (the chain
  ``村党支部书记、村委会主任`` gives both lines). A village's 第一书记 is a post of the village's party organisation (as aa / aq / db):
  of its 党总支 where the page writes one (勾蓝瑶村, 三河村), else of its 党支部. ``驻村工作队队长`` / ``工作队队长`` → the village's
  驻村工作队 队长 (as aq). The dispatching 单位 (县财政局, 市财政局, 州财政局, 永州市生态环境局, 自治区文化和旅游厅, 齐齐哈尔市市场
  监督管理局) gives no line (as aq, db); place names inside it are places (``in_org_reference``).
- DECIDED HERE: ``永州市生态环境局选派的驻村第一书记、工作队队长周敏捷`` names no village; it is the village the article is about and
  where the 座谈会 sits (``在勾蓝瑶村村部``), as a bare organ takes the page's place.
- ``包村干部`` is no post (as db, cn); the titles chained with it are: ``乡党委委员、副乡长、勾蓝瑶村包村干部何蕴琪`` → 江永县兰溪瑶族乡
  党委 委员 + 江永县兰溪瑶族乡政府 副乡长; ``新发乡党委委员、福来村包村干部郑海龙`` → 依安县新发乡党委 委员. DECIDED HERE: a 乡村振兴
  联系点 is no post either (``到其乡村振兴联系点…调研``): the visit is an inspection, the 联系 gives nothing.
- DECIDED HERE (the 乡村振兴局 and its merger): 2021–2023 pages write the 局 on its own: ``县乡村振兴局党组书记、局长`` → 光山县乡村振兴局
  党组 书记 + 光山县乡村振兴局 局长 (党组 only with 书记, as z). After the 2024 机构改革 the 局's duties are merged into the 县农业农村局,
  which keeps the name as a second sign: ``县农业农村局（县乡村振兴局）党组书记、局长葛庆华`` → 光山县农业农村局党组 书记 + 光山县农业农村局
  局长 only; the bracketed name is the 加挂 sign of the same organ, not a second organ, and gets no line. A person who moves from the
  乡村振兴局 to the 农业农村局 (柯书远, 粟海英) has each post as written on its page.
- 光山县 etc. are counties; ``龙胜各族自治县`` keeps its full name (as bx): bare ``县委`` / ``县`` organs on 龙胜 pages → 龙胜各族自治县委 /
  …政府 / …乡村振兴局 / …农业农村局. The 凉山 department written ``州财政局`` on the 昭觉 site → 凉山彝族自治州财政局 (the gazetteer's
  full name, as aq for 湘西州); ``市财政局`` on the 华池 site and in the 庆阳日报 → 庆阳市财政局; ``县委常委、县委办主任`` → X县委 常委 +
  X县委办 主任 (as parts with 区委办). One line per post per article.
- Events: every 调研 is an ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); a 座谈会
  inside a 调研 is part of it (as aa, aq); the 揭牌仪式 and the 签约仪式 are ``ceremony`` (chair when 主持; 出席 / 参加 / 揭牌
  attendees; 讲话 / 致辞 / 表态发言 / 表示 speakers); the 推进会暨培训会 is a meeting (chair; 出席 attendees; 解读 / 通报 / 交流发言 /
  表态发言 / 强调 speakers). DECIDED HERE: ew05's ``签约仪式前，龚振邦一行到荔园堡村调研`` is an inspection of its own, the same day as
  the ceremony.
- Bylines: ``本报讯（记者 … 通讯员 …）`` → reporter / correspondent; ``（南梁镇　刘亚宁）`` → author (as bs); the portal stamp line's
  ``作者：`` → author, its ``编辑：`` → editor; 责任编辑 / 编辑 / 审核 / 校对 → editor. Not annotated: 来源 lines, site lines, mastheads,
  footers, 上一篇 / 下一篇, 相关文章 / 相关新闻 and 本版其他新闻 lists.
- Projects: named works visited or pushed: …加工项目, …示范带, …养殖小区 (its 二期 a project of its own), …加工厂, …基地, …接待中心,
  …民宿集群项目, …展示中心 and 油茶小镇 ``project``; a 古建筑保护修缮工程 ``project`` (as bs's 遗址保护展示工程); a 消防改造工程 and
  an 观景步道提升项目 ``infrastructure_project``; a 梯田灌溉渠修复工程 ``engineering_work``. Generic 村级光伏电站, 帮扶车间, 电商服务站,
  易地搬迁安置点, 庭院经济示范户 and 乡村振兴示范村 (创建) are not annotated.
- Places: one line per name per file, as written; counties, towns, 乡, villages; cities and the 自治区 inside dispatching units'
  names; DECIDED HERE: 龙脊梯田 ``scenic_area``; 平安壮寨 and 勾蓝瑶寨 (inside project names) ``village``; 龙脊 written bare for the
  area (``龙脊旅游``) ``area``; 南梁 inside a project name ``town``; 龙胜 written bare ``county``. Bare ``自治区`` names no place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GS, HC, JY, LS, ZJ, YA = "光山县", "华池县", "江永县", "龙胜各族自治县", "昭觉县", "依安县"
_HD = GS + "槐店乡"
_WS = GS + "文殊乡"
_NL = HC + "南梁镇"
_LX = JY + "兰溪瑶族乡"
_LJ = LS + "龙脊镇"
_SC = ZJ + "三岔河镇"
_XF = YA + "新发乡"
QYC = "庆阳市财政局"
LSZ = "凉山彝族自治州财政局"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ew01_guangshan.txt": (2021, "发布时间：2021-06-08 09:36", GS, [
        ("光山县乡村振兴局揭牌成立", "6月7日上午", "2021-06-07", "6月7日上午，光山县乡村振兴局揭牌仪式",
         "county site: 揭牌仪式 of the 县乡村振兴局 (县委书记, 县长 揭牌; 副县长 主持; the 局's 党组书记、局长 表态)")]),
    "ew02_guangshan.txt": (2022, "2022年8月18日　星期四", GS, [
        ("闵东升到乡村振兴联系点调研时强调", "8月17日", "2022-08-17", "本报讯（记者 聂采薇 通讯员 汪家辉）8月17日",
         "city paper 第02版: the 县委书记 at his 乡村振兴联系点 (槐店乡晏岗村); 乡党委书记, 乡长, 村党支部书记、村委会主任, a 县财政局 选派 第一书记")]),
    "ew03_guangshan.txt": (2024, "发布时间：2024-04-26 17:05", GS, [
        ("我县召开驻村帮扶工作推进会暨新一轮驻村第一书记培训会", "4月25日", "2024-04-25", "4月25日，我县召开",
         "county site: 驻村帮扶 推进会 after the 乡村振兴局 merged into the 农业农村局; former 局长 now 副局长, former 第一书记 now 乡长")]),
    "ew04_huachi.txt": (2022, "发布时间：2022-04-15 16:20", HC, [
        ("市财政局到帮扶村南梁镇荔园堡村调研驻村帮扶工作", "4月14日", "2022-04-14", "4月14日，市财政局党组书记",
         "county site 乡镇动态: the 帮扶单位 市财政局's 调研 at its 帮扶村 with its 第一书记、驻村工作队队长 and the village head")]),
    "ew05_huachi.txt": (2024, "2024年6月20日　星期四", "庆阳市", [
        ("市财政局与荔园堡村签订消费帮扶协议", "6月19日", "2024-06-19", "本报讯（记者 樊子薇）6月19日",
         "city paper 第03版: 消费帮扶 签约仪式 and an 调研 before it; the former 镇党委书记 now 县委常委、副县长")]),
    "ew06_jiangyong.txt": (2023, "发布时间：2023-03-10 18:12", JY, [
        ("唐卫国到乡村振兴联系点勾蓝瑶村调研", "3月9日", "2023-03-09", "3月9日，县委副书记、县长唐卫国",
         "county site: the 县长 at his 联系点 in a 瑶族乡; a 包村干部 (乡党委委员、副乡长); a 市局 选派 第一书记、工作队队长; 村党总支")]),
    "ew07_longsheng.txt": (2022, "2022年10月27日　星期四", LS, [
        ("蒙启坚到龙脊镇调研乡村振兴和旅游发展工作时要求", "10月25日", "2022-10-25", "本报讯（记者 莫秋菊 通讯员 韦海鹰）10月25日",
         "city paper 第03版: the 自治县's 县长 in two villages; 镇党委书记, 县乡村振兴局局长, a 自治区 厅 选派 第一书记")]),
    "ew08_longsheng.txt": (2024, "2024-05-16 10:22", LS, [
        ("蒙启坚到龙脊镇大寨村调研乡村振兴工作", "5月15日", "2024-05-15", "5月15日，县委书记蒙启坚",
         "county news portal: the former 县长 now 县委书记; the former 镇党委书记 now 县委常委、副县长; 县农业农村局局长")]),
    "ew09_zhaojue.txt": (2023, "发布时间：2023-09-13", ZJ, [
        ("州财政局到定点帮扶村三河村开展帮扶调研", "9月12日", "2023-09-12", "9月12日，州财政局党组书记",
         "county site: a 州财政局's 帮扶调研 at its 定点帮扶村 with its 第一书记、驻村工作队队长 and the 村党总支书记")]),
    "ew10_yian.txt": (2024, "发布时间：2024-10-11 08:45", YA, [
        ("孙立国到新发乡调研秋收生产和乡村振兴工作", "10月10日", "2024-10-10", "10月10日，县委书记孙立国",
         "county site: the 县委书记's 秋收 调研; a 市局 派驻 第一书记; a 包村干部 (乡党委委员); 副县长 潘永刚#2")]),
}

_E01_GE = "县农业农村局（县乡村振兴局）党组书记、局长葛庆华"
_E03_XZ = "槐店乡党委副书记、乡长熊子健，文殊乡党委书记詹婉萍作交流发言"
_E04_NH = "市财政局派驻荔园堡村第一书记、驻村工作队队长宁昊"
_E06_ZH = "永州市生态环境局选派的驻村第一书记、工作队队长周敏捷"
_E06_HE = "乡党委委员、副乡长、勾蓝瑶村包村干部何蕴琪"
_E09_DU = "州财政局派驻三河村第一书记、驻村工作队队长杜晓岷"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 光山
    "ew:闵东升": ("闵东升", "official", GS, [
        ("ew01", GS + "委", "书记", "县委书记闵东升", "2021-06"),
        ("ew02", GS + "委", "书记", "光山县委书记闵东升", "2022-08; named in the headline too")], []),
    "ew:甄立新": ("甄立新", "official", GS, [
        ("ew01", GS + "委", "副书记", "县委副书记、县长甄立新", "2021-06 (identity case: 县委书记 in 2024, ew03)"),
        ("ew01", GS + "政府", "县长", "县委副书记、县长甄立新", None),
        ("ew03", GS + "委", "书记", "县委书记甄立新出席会议并讲话", "2024-04: now 县委书记")], []),
    "ew:蔡文娟": ("蔡文娟", "official", GS, [
        ("ew01", GS + "委", "常委", "县委常委、组织部部长蔡文娟", "2021-06"),
        ("ew01", GS + "委组织部", "部长", "县委常委、组织部部长蔡文娟", "组织部 after 县委常委 = the 县委's"),
        ("ew03", GS + "委", "常委", "县委常委、组织部部长蔡文娟主持会议", "2024-04"),
        ("ew03", GS + "委组织部", "部长", "县委常委、组织部部长蔡文娟主持会议", None)], []),
    "ew:邬长青": ("邬长青", "official", GS, [
        ("ew01", GS + "政府", "副县长", "副县长邬长青出席揭牌仪式", None)], []),
    "ew:柯书远": ("柯书远", "official", GS, [
        ("ew01", GS + "乡村振兴局党组", "书记", "县乡村振兴局党组书记、局长柯书远", "2021-06 (identity case: 农业农村局 副局长 in 2024, ew03)"),
        ("ew01", GS + "乡村振兴局", "局长", "县乡村振兴局党组书记、局长柯书远", None),
        ("ew02", GS + "乡村振兴局", "局长", "县乡村振兴局局长柯书远陪同调研", "2022-08"),
        ("ew03", GS + "农业农村局党组", "成员", "县农业农村局党组成员、副局长柯书远", "2024-04: the 乡村振兴局 merged into the 农业农村局 (DECIDED HERE: posts as written)"),
        ("ew03", GS + "农业农村局", "副局长", "县农业农村局党组成员、副局长柯书远", None)], []),
    "ew:祝海涛": ("祝海涛", "official", GS, [
        ("ew02", GS + "委", "常委", "县委常委、县委办主任祝海涛", None),
        ("ew02", GS + "委办", "主任", "县委常委、县委办主任祝海涛", "县委办 as parts with 区委办")], []),
    "ew:梅晓军": ("梅晓军", "official", GS, [
        ("ew02", _HD + "党委", "书记", "槐店乡党委书记梅晓军", None)], []),
    "ew:詹婉萍": ("詹婉萍", "official", GS, [
        ("ew02", _HD + "党委", "副书记", "乡党委副书记、乡长詹婉萍", "2022-08: bare 乡 after 槐店乡党委书记 (identity case: 文殊乡党委书记 in 2024, ew03)"),
        ("ew02", _HD + "政府", "乡长", "乡党委副书记、乡长詹婉萍", None),
        ("ew03", _WS + "党委", "书记", _E03_XZ, "2024-04: now 文殊乡党委书记")], []),
    "ew:程德旺": ("程德旺", "official", GS, [
        ("ew02", _HD + "晏岗村党支部", "书记", "晏岗村党支部书记、村委会主任程德旺", None),
        ("ew02", _HD + "晏岗村委会", "主任", "晏岗村党支部书记、村委会主任程德旺", None)], []),
    "ew:熊子健": ("熊子健", "official", GS, [
        ("ew02", _HD + "晏岗村党支部", "第一书记", "县财政局选派的晏岗村驻村第一书记熊子健", "2022-08; the dispatching 县财政局 gives no line (identity case: 槐店乡乡长 in 2024, ew03)"),
        ("ew03", _HD + "党委", "副书记", _E03_XZ, "2024-04: now 乡长 of the 乡 where he was 第一书记"),
        ("ew03", _HD + "政府", "乡长", _E03_XZ, None)], []),
    "ew:葛庆华": ("葛庆华", "official", GS, [
        ("ew03", GS + "农业农村局党组", "书记", _E01_GE, "DECIDED HERE: （县乡村振兴局） is the 加挂 sign of the same organ: no 乡村振兴局 line"),
        ("ew03", GS + "农业农村局", "局长", _E01_GE, None)], []),
    "ew:骆永平": ("骆永平", "official", GS, [
        ("ew03", _WS + "东岳村党支部", "第一书记", "新选派的文殊乡东岳村第一书记骆永平", None)], []),
    # ---- 华池 / 庆阳
    "ew:龚振邦": ("龚振邦", "official", "庆阳市", [
        ("ew04", QYC + "党组", "书记", "市财政局党组书记、局长龚振邦", "2022-04: bare 市 on the 华池 site = 庆阳市"),
        ("ew04", QYC, "局长", "市财政局党组书记、局长龚振邦", None),
        ("ew05", QYC + "党组", "书记", "市财政局党组书记、局长龚振邦出席并讲话", "2024-06: the 庆阳日报's city"),
        ("ew05", QYC, "局长", "市财政局党组书记、局长龚振邦出席并讲话", None)], []),
    "ew:谭志远": ("谭志远", "official", HC, [
        ("ew04", HC + "委", "常委", "县委常委、副县长谭志远", None),
        ("ew04", HC + "政府", "副县长", "县委常委、副县长谭志远", None)], []),
    "ew:白宏涛": ("白宏涛", "official", HC, [
        ("ew04", _NL + "党委", "书记", "南梁镇党委书记白宏涛", "2022-04 (identity case: 县委常委、副县长 in 2024, ew05)"),
        ("ew05", HC + "委", "常委", "华池县委常委、副县长白宏涛致辞", "2024-06: now 县委常委、副县长"),
        ("ew05", HC + "政府", "副县长", "华池县委常委、副县长白宏涛致辞", None)], []),
    "ew:雷振东": ("雷振东", "official", HC, [
        ("ew04", _NL + "党委", "副书记", "镇党委副书记、镇长雷振东", "bare 镇 after 南梁镇党委书记"),
        ("ew04", _NL + "政府", "镇长", "镇党委副书记、镇长雷振东", None)], []),
    "ew:宁昊": ("宁昊", "official", HC, [
        ("ew04", _NL + "荔园堡村党支部", "第一书记", _E04_NH, "2022-04; the dispatching 市财政局 gives no line"),
        ("ew04", _NL + "荔园堡村驻村工作队", "队长", _E04_NH, "the village's 驻村工作队 (as aq)"),
        ("ew05", _NL + "荔园堡村党支部", "第一书记", _E04_NH, "2024-06: the same posts"),
        ("ew05", _NL + "荔园堡村驻村工作队", "队长", _E04_NH, None)], []),
    "ew:慕广才": ("慕广才", "official", HC, [
        ("ew04", _NL + "荔园堡村党支部", "书记", "荔园堡村党支部书记、村委会主任慕广才", None),
        ("ew04", _NL + "荔园堡村委会", "主任", "荔园堡村党支部书记、村委会主任慕广才", None),
        ("ew05", _NL + "荔园堡村党支部", "书记", "荔园堡村党支部书记、村委会主任慕广才", None),
        ("ew05", _NL + "荔园堡村委会", "主任", "荔园堡村党支部书记、村委会主任慕广才", None)], []),
    "ew:郝文炯": ("郝文炯", "official", HC, [
        ("ew05", _NL + "党委", "书记", "南梁镇党委书记郝文炯", "succeeds 白宏涛")], []),
    # ---- 江永
    "ew:唐卫国": ("唐卫国", "official", JY, [
        ("ew06", JY + "委", "副书记", "县委副书记、县长唐卫国", "named in the headline too"),
        ("ew06", JY + "政府", "县长", "县委副书记、县长唐卫国", None)], []),
    "ew:邓艳华": ("邓艳华", "official", JY, [
        ("ew06", JY + "乡村振兴局", "局长", "县乡村振兴局局长邓艳华", "bare 县乡村振兴局 on the 江永 site")], []),
    "ew:欧阳志红": ("欧阳志红", "official", JY, [
        ("ew06", _LX + "党委", "书记", "兰溪瑶族乡党委书记欧阳志红", None)], []),
    "ew:黄文斌": ("黄文斌", "official", JY, [
        ("ew06", _LX + "党委", "副书记", "乡党委副书记、乡长黄文斌", None),
        ("ew06", _LX + "政府", "乡长", "乡党委副书记、乡长黄文斌", None)], []),
    "ew:蒋德林": ("蒋德林", "official", JY, [
        ("ew06", _LX + "勾蓝瑶村党总支", "书记", "勾蓝瑶村党总支书记、村委会主任蒋德林", "党总支 as written (as db)"),
        ("ew06", _LX + "勾蓝瑶村委会", "主任", "勾蓝瑶村党总支书记、村委会主任蒋德林", None)], []),
    "ew:周敏捷": ("周敏捷", "official", JY, [
        ("ew06", _LX + "勾蓝瑶村党总支", "第一书记", _E06_ZH, "DECIDED HERE: the village of the article (在勾蓝瑶村村部); its 党总支 as written; 永州市生态环境局 gives no line"),
        ("ew06", _LX + "勾蓝瑶村驻村工作队", "队长", _E06_ZH, None)], []),
    "ew:何蕴琪": ("何蕴琪", "official", JY, [
        ("ew06", _LX + "党委", "委员", _E06_HE, "包村干部 is no post (as db)"),
        ("ew06", _LX + "政府", "副乡长", _E06_HE, None)], []),
    # ---- 龙胜
    "ew:蒙启坚": ("蒙启坚", "official", LS, [
        ("ew07", LS + "委", "副书记", "龙胜各族自治县委副书记、县长蒙启坚", "2022-10 (identity case: 县委书记 in 2024, ew08)"),
        ("ew07", LS + "政府", "县长", "龙胜各族自治县委副书记、县长蒙启坚", None),
        ("ew08", LS + "委", "书记", "县委书记蒙启坚", "2024-05: bare 县委 on the 龙胜 portal")], []),
    "ew:潘永刚#1": ("潘永刚", "official", LS, [
        ("ew07", _LJ + "党委", "书记", "龙脊镇党委书记潘永刚", "龙胜 (广西), 2022-10; not the 潘永刚 of 依安县 (ew10)"),
        ("ew08", LS + "委", "常委", "县委常委、副县长潘永刚", "2024-05: now 县委常委、副县长"),
        ("ew08", LS + "政府", "副县长", "县委常委、副县长潘永刚", None)], []),
    "ew:粟海英": ("粟海英", "official", LS, [
        ("ew07", LS + "乡村振兴局", "局长", "县乡村振兴局局长粟海英", "2022-10"),
        ("ew08", LS + "农业农村局", "局长", "县农业农村局局长粟海英", "2024-05: now 农业农村局局长 (the 乡村振兴局 merged)")], []),
    "ew:黎景涛": ("黎景涛", "official", LS, [
        ("ew07", _LJ + "平安村党支部", "第一书记", "自治区文化和旅游厅选派的平安村第一书记黎景涛", "the dispatching 厅 gives no line")], []),
    "ew:余庆兰": ("余庆兰", "official", LS, [
        ("ew07", _LJ + "大寨村党支部", "书记", "大寨村党支部书记、村委会主任余庆兰", None),
        ("ew07", _LJ + "大寨村委会", "主任", "大寨村党支部书记、村委会主任余庆兰", None),
        ("ew08", _LJ + "大寨村党支部", "书记", "大寨村党支部书记、村委会主任余庆兰", None),
        ("ew08", _LJ + "大寨村委会", "主任", "大寨村党支部书记、村委会主任余庆兰", None)], []),
    "ew:侯振霖": ("侯振霖", "official", LS, [
        ("ew08", _LJ + "党委", "书记", "龙脊镇党委书记侯振霖", "succeeds 潘永刚#1")], []),
    "ew:覃思屹": ("覃思屹", "official", LS, [
        ("ew08", _LJ + "大寨村党支部", "第一书记", "新选派的大寨村第一书记覃思屹", "广西壮族自治区文化和旅游厅 gives no line")], []),
    # ---- 昭觉
    "ew:冯启华": ("冯启华", "official", "凉山彝族自治州", [
        ("ew09", LSZ + "党组", "书记", "州财政局党组书记、局长冯启华", "bare 州 on the 昭觉 site = 凉山彝族自治州 (as aq)"),
        ("ew09", LSZ, "局长", "州财政局党组书记、局长冯启华", None)], []),
    "ew:吉克曲布": ("吉克曲布", "official", ZJ, [
        ("ew09", ZJ + "委", "常委", "县委常委、副县长吉克曲布", None),
        ("ew09", ZJ + "政府", "副县长", "县委常委、副县长吉克曲布", None)], []),
    "ew:曲比阿果": ("曲比阿果", "official", ZJ, [
        ("ew09", _SC + "党委", "书记", "三岔河镇党委书记曲比阿果", None)], []),
    "ew:杜晓岷": ("杜晓岷", "official", ZJ, [
        ("ew09", _SC + "三河村党总支", "第一书记", _E09_DU, "the village writes 党总支; 州财政局 gives no line"),
        ("ew09", _SC + "三河村驻村工作队", "队长", _E09_DU, None)], []),
    "ew:俄木拉哈": ("俄木拉哈", "official", ZJ, [
        ("ew09", _SC + "三河村党总支", "书记", "三河村党总支书记俄木拉哈", None)], []),
    # ---- 依安
    "ew:孙立国": ("孙立国", "official", YA, [
        ("ew10", YA + "委", "书记", "县委书记孙立国", "named in the headline too")], []),
    "ew:潘永刚#2": ("潘永刚", "official", YA, [
        ("ew10", YA + "政府", "副县长", "副县长潘永刚", "依安 (黑龙江), 2024-10; not the 潘永刚 of 龙胜 (ew07, ew08)")], []),
    "ew:姜宏宇": ("姜宏宇", "official", YA, [
        ("ew10", YA + "农业农村局", "局长", "县农业农村局局长姜宏宇", None)], []),
    "ew:柴国富": ("柴国富", "official", YA, [
        ("ew10", _XF + "党委", "书记", "新发乡党委书记柴国富", None)], []),
    "ew:沈冬梅": ("沈冬梅", "official", YA, [
        ("ew10", _XF + "福来村党支部", "书记", "福来村党支部书记沈冬梅", None)], []),
    "ew:陶宇航": ("陶宇航", "official", YA, [
        ("ew10", _XF + "福来村党支部", "第一书记", "齐齐哈尔市市场监督管理局派驻福来村第一书记陶宇航", "the dispatching 市局 gives no line")], []),
    "ew:郑海龙": ("郑海龙", "official", YA, [
        ("ew10", _XF + "党委", "委员", "新发乡党委委员、福来村包村干部郑海龙", "包村干部 is no post")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ew01", "胡雅楠", "责任编辑", "editor", "责任编辑：胡雅楠"),
    ("ew02", "聂采薇", "记者", "reporter", "本报讯（记者 聂采薇 通讯员 汪家辉）"),
    ("ew02", "汪家辉", "通讯员", "correspondent", "本报讯（记者 聂采薇 通讯员 汪家辉）"),
    ("ew02", "冯雅筠", "编辑", "editor", "编辑：冯雅筠"),
    ("ew02", "孙晨曦", "校对", "editor", "校对：孙晨曦"),
    ("ew03", "余洁", "责任编辑", "editor", "责任编辑：余洁"),
    ("ew03", "吕婷婷", "审核", "editor", "审核：吕婷婷"),
    ("ew04", "刘亚宁", "供稿", "author", "（南梁镇　刘亚宁）"),
    ("ew04", "路瑶", "责任编辑", "editor", "责任编辑：路瑶"),
    ("ew05", "樊子薇", "记者", "reporter", "本报讯（记者 樊子薇）"),
    ("ew05", "岳曼", "编辑", "editor", "编辑：岳曼"),
    ("ew05", "冯一鸣", "校对", "editor", "校对：冯一鸣"),
    ("ew06", "蒋怡晴", "编辑", "editor", "编辑：蒋怡晴"),
    ("ew06", "何晨阳", "审核", "editor", "审核：何晨阳"),
    ("ew07", "莫秋菊", "记者", "reporter", "本报讯（记者 莫秋菊 通讯员 韦海鹰）"),
    ("ew07", "韦海鹰", "通讯员", "correspondent", "本报讯（记者 莫秋菊 通讯员 韦海鹰）"),
    ("ew07", "秦珊", "编辑", "editor", "编辑：秦珊"),
    ("ew07", "唐小雨", "校对", "editor", "校对：唐小雨"),
    ("ew08", "石金燕", "作者", "author", "作者：石金燕"),
    ("ew08", "粟宇", "编辑", "editor", "编辑：粟宇"),
    ("ew09", "阿苦伍呷", "责任编辑", "editor", "责任编辑：阿苦伍呷"),
    ("ew10", "于嘉琪", "编辑", "editor", "编辑：于嘉琪"),
    ("ew10", "范立业", "审核", "editor", "审核：范立业"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ew01", "光山县乡村振兴局揭牌仪式", "ceremony (揭牌仪式)", "6月7日上午", "邬长青", None, [],
     ["闵东升", "甄立新", "蔡文娟"], ["柯书远", "甄立新"], "县行政服务中心",
     "6月7日上午，光山县乡村振兴局揭牌仪式在县行政服务中心举行",
     ["县委书记闵东升，县委副书记、县长甄立新共同为县乡村振兴局揭牌", "组织部部长蔡文娟，副县长邬长青出席揭牌仪式",
      "仪式由邬长青主持", "局长柯书远作表态发言", "甄立新在讲话中指出"]),
    ("ew02", "槐店乡晏岗村乡村振兴联系点调研", "inspection (调研)", "8月17日", None, "闵东升", [],
     ["祝海涛", "柯书远"], ["梅晓军", "詹婉萍", "程德旺", "熊子健", "闵东升"], "槐店乡晏岗村",
     "光山县委书记闵东升到其乡村振兴联系点槐店乡晏岗村调研",
     ["光山县委书记闵东升到其乡村振兴联系点", "县委办主任祝海涛，县乡村振兴局局长柯书远陪同调研", "梅晓军汇报了",
      "乡长詹婉萍介绍了", "村委会主任程德旺介绍了", "第一书记熊子健汇报了", "闵东升指出", "梅晓军表示"]),
    ("ew03", "驻村帮扶工作推进会暨新一轮驻村第一书记培训会", "meeting (推进会)", "4月25日", "蔡文娟", None, ["光山县"],
     ["甄立新"], ["葛庆华", "柯书远", "熊子健", "詹婉萍", "骆永平", "甄立新"], None,
     "4月25日，我县召开驻村帮扶工作推进会暨新一轮驻村第一书记培训会",
     ["县委书记甄立新出席会议并讲话", "组织部部长蔡文娟主持会议", "局长葛庆华就防止返贫监测帮扶", "副局长柯书远通报了",
      _E03_XZ, "第一书记骆永平代表新一轮驻村干部作表态发言", "熊子健结合在晏岗村驻村三年的经历", "甄立新强调"]),
    ("ew04", "荔园堡村驻村帮扶和乡村振兴工作调研", "inspection (调研)", "4月14日", None, "龚振邦", [],
     ["谭志远", "白宏涛", "雷振东"], ["宁昊", "慕广才", "白宏涛", "龚振邦", "谭志远"], "南梁镇荔园堡村",
     "市财政局党组书记、局长龚振邦带领局机关有关科室负责同志，到定点帮扶的南梁镇荔园堡村调研驻村帮扶和乡村振兴工作",
     ["局长龚振邦带领局机关有关科室负责同志", "镇党委副书记、镇长雷振东陪同调研", "队长宁昊汇报了", "村委会主任慕广才介绍了",
      "白宏涛介绍了", "龚振邦指出", "谭志远表示"]),
    ("ew05", "荔园堡村驻村帮扶调研", "inspection (调研)", "6月19日", None, "龚振邦", [],
     [], ["宁昊"], "荔园堡村",
     "签约仪式前，龚振邦一行到荔园堡村调研",
     ["龚振邦一行到荔园堡村调研", "听取了宁昊关于驻村帮扶工作的汇报"]),
    ("ew05", "消费帮扶签约仪式", "ceremony (签约仪式)", "6月19日", None, None, [],
     ["龚振邦", "郝文炯", "宁昊"], ["龚振邦", "白宏涛", "慕广才"], "荔园堡村",
     "6月19日，市财政局与华池县南梁镇荔园堡村消费帮扶签约仪式在荔园堡村举行",
     ["局长龚振邦出席并讲话", "副县长白宏涛致辞", "南梁镇党委书记郝文炯", "队长宁昊参加签约仪式", "慕广才代表村“两委”表示",
      "龚振邦指出", "白宏涛表示"]),
    ("ew06", "勾蓝瑶村乡村振兴联系点调研", "inspection (调研)", "3月9日", None, "唐卫国", [],
     ["邓艳华", "欧阳志红", "黄文斌"], ["蒋德林", "周敏捷", "何蕴琪", "唐卫国", "欧阳志红"], "兰溪瑶族乡勾蓝瑶村",
     "县委副书记、县长唐卫国到其乡村振兴联系点兰溪瑶族乡勾蓝瑶村调研巩固拓展脱贫攻坚成果和乡村振兴工作",
     ["县长唐卫国到其乡村振兴联系点", "乡党委副书记、乡长黄文斌陪同调研", "村委会主任蒋德林汇报了", "队长周敏捷汇报了",
      "包村干部何蕴琪介绍了", "唐卫国强调", "欧阳志红表示"]),
    ("ew07", "龙脊镇乡村振兴和旅游发展工作调研", "inspection (调研)", "10月25日", None, "蒙启坚", [],
     ["潘永刚", "粟海英"], ["黎景涛", "余庆兰", "蒙启坚", "潘永刚"], "龙脊镇平安村、大寨村",
     "龙胜各族自治县委副书记、县长蒙启坚到龙脊镇平安村、大寨村调研乡村振兴和旅游发展工作",
     ["县长蒙启坚到龙脊镇平安村、大寨村调研", "龙脊镇党委书记潘永刚，县乡村振兴局局长粟海英陪同调研",
      "第一书记黎景涛关于驻村帮扶", "村委会主任余庆兰介绍了", "蒙启坚指出", "潘永刚表示"]),
    ("ew08", "大寨村乡村振兴和梯田保护工作调研", "inspection (调研)", "5月15日", None, "蒙启坚", [],
     ["潘永刚", "粟海英", "侯振霖"], ["余庆兰", "覃思屹", "蒙启坚", "潘永刚"], "龙脊镇大寨村",
     "5月15日，县委书记蒙启坚到龙脊镇大寨村调研乡村振兴和梯田保护工作",
     ["县委书记蒙启坚到龙脊镇大寨村调研", "龙脊镇党委书记侯振霖陪同调研", "村委会主任余庆兰介绍了", "第一书记覃思屹汇报了",
      "蒙启坚强调", "潘永刚就做好汛期梯田"]),
    ("ew09", "三河村帮扶调研", "inspection (调研)", "9月12日", None, "冯启华", [],
     ["吉克曲布", "曲比阿果"], ["杜晓岷", "俄木拉哈", "曲比阿果", "冯启华", "吉克曲布"], "三岔河镇三河村",
     "州财政局党组书记、局长冯启华带队到定点帮扶的三岔河镇三河村开展帮扶调研",
     ["局长冯启华带队", "三岔河镇党委书记曲比阿果陪同调研", "队长杜晓岷汇报了", "三河村党总支书记俄木拉哈介绍了",
      "曲比阿果介绍了", "冯启华指出", "吉克曲布表示"]),
    ("ew10", "新发乡秋收生产和乡村振兴工作调研", "inspection (调研)", "10月10日", None, "孙立国", [],
     ["潘永刚", "姜宏宇", "柴国富"], ["沈冬梅", "陶宇航", "郑海龙", "孙立国", "潘永刚"], "新发乡福来村",
     "10月10日，县委书记孙立国到新发乡福来村调研秋收生产和乡村振兴工作",
     ["县委书记孙立国到新发乡福来村调研", "新发乡党委书记柴国富陪同调研", "福来村党支部书记沈冬梅介绍了", "第一书记陶宇航汇报了",
      "包村干部郑海龙介绍了", "孙立国强调", "潘永刚就做好粮食收购"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ew02", "晏岗村油茶精深加工项目", "project", "先后来到晏岗村油茶精深加工项目"),
    ("ew02", "槐店乡茶旅融合示范带", "project", "槐店乡茶旅融合示范带"),
    ("ew03", "东岳村油茶小镇", "project", "推进东岳村油茶小镇建设"),
    ("ew04", "荔园堡村肉羊养殖小区", "project", "察看了荔园堡村肉羊养殖小区"),
    ("ew04", "南梁红色旅游民宿集群项目", "project", "南梁红色旅游民宿集群项目"),
    ("ew05", "荔园堡村肉羊养殖小区二期", "project", "察看了荔园堡村肉羊养殖小区二期"),
    ("ew05", "南梁镇小杂粮加工厂", "project", "南梁镇小杂粮加工厂建设进展"),
    ("ew06", "勾蓝瑶寨古建筑保护修缮工程", "project", "勾蓝瑶寨古建筑保护修缮工程现场"),
    ("ew06", "勾蓝瑶村香柚基地", "project", "勾蓝瑶村香柚基地"),
    ("ew07", "平安壮寨消防改造工程", "infrastructure_project", "察看了平安壮寨消防改造工程"),
    ("ew07", "梯田观景步道提升项目", "infrastructure_project", "梯田观景步道提升项目"),
    ("ew08", "大寨村梯田灌溉渠修复工程", "engineering_work", "大寨村梯田灌溉渠修复工程现场"),
    ("ew08", "大寨红瑶民俗文化展示中心", "project", "大寨红瑶民俗文化展示中心"),
    ("ew09", "三河村乡村旅游接待中心", "project", "察看了三河村乡村旅游接待中心"),
    ("ew09", "三岔河镇马铃薯良种繁育基地", "project", "三岔河镇马铃薯良种繁育基地"),
    ("ew10", "福来村鲜食玉米深加工项目", "project", "福来村鲜食玉米深加工项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ew01", "光山县", "county", "in_org_reference", "光山县乡村振兴局揭牌仪式在县行政服务中心举行"),
    ("ew01", "文殊乡", "township", "standalone", "抓好文殊乡东岳村、槐店乡晏岗村等乡村振兴示范村创建"),
    ("ew01", "东岳村", "village", "standalone", "抓好文殊乡东岳村、槐店乡晏岗村等乡村振兴示范村创建"),
    ("ew01", "槐店乡", "township", "standalone", "抓好文殊乡东岳村、槐店乡晏岗村等乡村振兴示范村创建"),
    ("ew01", "晏岗村", "village", "standalone", "抓好文殊乡东岳村、槐店乡晏岗村等乡村振兴示范村创建"),
    ("ew02", "光山县", "county", "in_title", "光山县委书记闵东升"),
    ("ew02", "槐店乡", "township", "standalone", "乡村振兴联系点槐店乡晏岗村调研"),
    ("ew02", "晏岗村", "village", "standalone", "乡村振兴联系点槐店乡晏岗村调研"),
    ("ew03", "槐店乡", "township", "in_title", "槐店乡党委副书记、乡长熊子健"),
    ("ew03", "文殊乡", "township", "standalone", "介绍了文殊乡推进东岳村油茶小镇建设"),
    ("ew03", "东岳村", "village", "standalone", "新选派的文殊乡东岳村第一书记骆永平"),
    ("ew03", "晏岗村", "village", "standalone", "熊子健结合在晏岗村驻村三年的经历"),
    ("ew04", "南梁镇", "town", "standalone", "到定点帮扶的南梁镇荔园堡村调研"),
    ("ew04", "荔园堡村", "village", "standalone", "到定点帮扶的南梁镇荔园堡村调研"),
    ("ew04", "南梁", "town", "in_project_name", "南梁红色旅游民宿集群项目"),
    ("ew04", "华池县", "county", "standalone", "华池县将积极配合市财政局做好帮扶工作"),
    ("ew05", "华池县", "county", "standalone", "市财政局与华池县南梁镇荔园堡村消费帮扶签约仪式"),
    ("ew05", "南梁镇", "town", "standalone", "市财政局与华池县南梁镇荔园堡村消费帮扶签约仪式"),
    ("ew05", "荔园堡村", "village", "standalone", "市财政局与华池县南梁镇荔园堡村消费帮扶签约仪式"),
    ("ew06", "兰溪瑶族乡", "township", "standalone", "乡村振兴联系点兰溪瑶族乡勾蓝瑶村调研"),
    ("ew06", "勾蓝瑶村", "village", "standalone", "乡村振兴联系点兰溪瑶族乡勾蓝瑶村调研"),
    ("ew06", "勾蓝瑶寨", "village", "in_project_name", "勾蓝瑶寨古建筑保护修缮工程现场"),
    ("ew06", "永州市", "city", "in_org_reference", _E06_ZH),
    ("ew07", "龙胜各族自治县", "county", "in_title", "龙胜各族自治县委副书记、县长蒙启坚"),
    ("ew07", "龙脊镇", "town", "standalone", "到龙脊镇平安村、大寨村调研"),
    ("ew07", "平安村", "village", "standalone", "到龙脊镇平安村、大寨村调研"),
    ("ew07", "大寨村", "village", "standalone", "到龙脊镇平安村、大寨村调研"),
    ("ew07", "平安壮寨", "village", "in_project_name", "察看了平安壮寨消防改造工程"),
    ("ew07", "龙脊梯田", "scenic_area", "standalone", "龙脊梯田是龙胜最亮的名片"),
    ("ew07", "龙胜", "county", "standalone", "龙脊梯田是龙胜最亮的名片"),
    ("ew08", "龙脊镇", "town", "standalone", "到龙脊镇大寨村调研乡村振兴和梯田保护工作"),
    ("ew08", "大寨村", "village", "standalone", "到龙脊镇大寨村调研乡村振兴和梯田保护工作"),
    ("ew08", "广西壮族自治区", "province", "in_org_reference", "广西壮族自治区文化和旅游厅新选派的大寨村第一书记覃思屹"),
    ("ew08", "龙脊", "area", "standalone", "也是龙脊旅游的根基"),
    ("ew09", "三岔河镇", "town", "standalone", "到定点帮扶的三岔河镇三河村开展帮扶调研"),
    ("ew09", "三河村", "village", "standalone", "到定点帮扶的三岔河镇三河村开展帮扶调研"),
    ("ew09", "昭觉县", "county", "standalone", "昭觉县将全力做好服务保障"),
    ("ew10", "新发乡", "township", "standalone", "到新发乡福来村调研秋收生产"),
    ("ew10", "福来村", "village", "standalone", "到新发乡福来村调研秋收生产"),
    ("ew10", "齐齐哈尔市", "city", "in_org_reference", "齐齐哈尔市市场监督管理局派驻福来村第一书记陶宇航"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ew", conventions="set ew (blind set: rural revitalisation in 河南 (光山县: 槐店乡 晏岗村, 文殊乡 东岳村), 甘肃 (华池县 南梁镇 荔园堡村, 帮扶 by 庆阳市财政局), 湖南 (江永县 兰溪瑶族乡 勾蓝瑶村), 广西 (龙胜各族自治县 龙脊镇 平安村, 大寨村), 四川 (昭觉县 三岔河镇 三河村, 帮扶 by 凉山彝族自治州财政局) and 黑龙江 (依安县 新发乡 福来村): a village's 第一书记 = town label + village + 党支部 / 党总支 (as written) 第一书记, 驻村工作队队长 = the village's 驻村工作队 队长, the dispatching 单位 gives no line; 村党支部书记、村委会主任 → 党支部 书记 + 村委会 主任; 包村干部 and 乡村振兴联系点 no posts; the 乡村振兴局 as written until its merger, then the 农业农村局 (the bracketed （县乡村振兴局） is the 加挂 sign of the same organ, no line); 龙胜各族自治县 and 凉山彝族自治州 full names; one line per post per article)",
          persons_note="Set ew persons. id = corpus-wide person_id (ew:潘永刚#1 of 龙胜各族自治县 (广西: 龙脊镇党委书记 2022 → 县委常委、副县长 2024) and ew:潘永刚#2 of 依安县 (黑龙江: 副县长 2024) are two people; ew:甄立新 光山县长 2021 → 县委书记 2024; ew:柯书远 光山县乡村振兴局局长 2021/2022 → 县农业农村局副局长 2024; ew:熊子健 晏岗村第一书记 2022 → 槐店乡乡长 2024; ew:詹婉萍 槐店乡乡长 2022 → 文殊乡党委书记 2024; ew:白宏涛 南梁镇党委书记 2022 → 华池县委常委、副县长 2024; ew:蒙启坚 龙胜县长 2022 → 县委书记 2024; ew:粟海英 乡村振兴局局长 2022 → 农业农村局局长 2024)")


if __name__ == "__main__":
    main()
