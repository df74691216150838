"""Write gold part ``gr`` (a blind set: township and village news on county portals — 镇党委书记, 镇长, 街道党工委书记,
村党支部书记 and 驻村工作队; a county leader's visit to several towns on one page; two towns named 官桥镇 in different
counties; 乡镇 meetings (党委会议, 工作推进会) and village projects (产业园, 道路硬化)) from the tables below.

Pages ``tests/dev/texts/gr*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 嘉鱼县人大 site (jyxrd.gov.cn) page of a 市人大常委会主任 at 官桥镇舒桥村
(``市人大常委会党组成员、秘书长…，县人大常委会党组书记、主任…陪同调研``; ``驻村工作队要…``; 中药材基地, 油茶基地, 原派出所办公楼
改造); the 咸宁日报 digital edition (szb.xnnews.com.cn) feature on 官桥镇 (``官桥村党支部书记…说``, 油茶种植基地, 官桥新材料小镇,
大牛山村); a 荆州 page of a 洪湖 市委书记 in four 乡镇 on one day (``深入龙口镇、老湾回族乡、螺山镇和滨湖办事处…先后来到…``, a
座谈会 hearing each town's 汇报); a 荆门 page of a 市委书记 in 沙洋县 towns (``市委常委、市委秘书长…，县委书记…，县委副书记、县长…
参加调研``, 曾集镇张池村); the 东方市 八所镇 page (``时间：… 分享到：``, ``市委常委、镇委书记…``, ``镇人大主席…``, ``党委组织委员…``);
the 板浦镇 村（社区）党组织换届 动员部署会 page (镇党委副书记, ``镇党委副书记、组织委员``, 纪委书记, the 镇党委书记 讲话, the 镇长
总结); the 湘西州 交通运输局 page of a 州公路建设养护中心 护送 驻村工作队 to 凤凰县新场镇大坡村、茶田镇芭蕉村 (``来源：… 发布时间：…
字体大小：``, a 座谈会 with the two 村党支部书记 and 驻村第一书记 表态); a 许昌 城乡规划局 page (``第一书记和驻村工作队队长…``,
``支部书记…和村主任…``); the 东湖街道 page (``当前页面：首页 > 政府动态 > 镇街动态``, ``发布日期：…访问次数： 信息来源：…
字号：[ ]``, ``打印本页 关闭窗口``); the 钟楼 五星街道 page (``您当前的位置：首页>>新闻中心>>基层信息>>五星街道>>内容``); the
闽东日报 寿宁 page of 第一书记 述职 (``清源镇阳尾村第一书记…``, ``责任编辑：``); the 福建日报 晋江 edition (``第2b版：本地
上一版 下一版 / 上一篇 下一篇``, ``本报讯 (记者 …)``, ``版权所有 ©2023 福建日报 … 闽ICP备…``); a 海峡 edition interview of a
南安 梅山镇党委书记; the 戴庙镇 县派第一书记对接会 page (``镇党委组织委员…主持``, ``镇党委副书记、镇长…讲意见``); the 徐闻
下桥镇 page (``镇党委书记…出席会议并讲话，会议由党委副书记…主持``); a 罗山 莽张镇 page (``县委常委、县委办主任…、莽张镇镇长…
陪同此次调研``); and gazetteer pages of 南安市官桥镇 (九溪村, 洪岭村, 朴一村, 蔡氏古民居, 食品加工园) and 嘉鱼县's towns
(陆溪镇, 高铁岭镇, 官桥镇). Places are real: 湖北 咸宁 嘉鱼县 (官桥镇 with 官桥村, 舒桥村, 大牛山村; 新街镇, 潘家湾镇, 簰洲湾镇,
渡普镇), 福建 泉州 南安市 (官桥镇 with 九溪村, 漳里村, 洪岭村; 水头镇, 石井镇, 溪美街道), 湖南 湘西州 凤凰县 (新场镇 大坡村,
茶田镇 芭蕉村). Both 官桥镇 are real towns of those counties.

Shapes: a county site's 领导活动 page of the 县委书记 in four towns on one day, a town's 书记 / 镇长 / a village's 书记 at each
stop (gr01); the county site's 乡镇动态 page of 官桥镇's 党委会议 (书记 主持; 镇长, 人大主席, 副书记, 纪委书记, 副镇长; a 市人大常委会
派驻 第一书记、工作队队长 and a 村党支部书记、村委会主任 列席; a ``（官桥镇　…）`` credit and 上一篇 / 下一篇) (gr02); a county-level
city's site of the other 官桥镇's 重点项目建设工作推进会 (书记 主持, a 市委常委 讲话, two 村 书记 表态) (gr03); the prefecture paper's
第A06版 of the 市长 in three towns, the former 官桥镇 书记 now 副市长 and the former 镇长 now 书记 (gr04); the 咸宁日报 第02版 of
嘉鱼's new 县委书记 (the former 县长) in two towns, the former 潘家湾镇 书记 now 县委常委、组织部部长, the former 官桥镇 书记 now
副县长, the former 镇长 now 书记 (gr05); a 州 department's site of its 局长 护送 new 驻村工作队 into two villages of two towns
with a 座谈会 (gr06); the 州 paper 团结报 two years later, the 县长 in the same villages, the former 第一书记 now 副镇长, the former
镇长 now 书记 (gr07); the county-level city's site of a 街道's 三季度重点工作推进会 (党工委书记 主持, 党工委副书记、办事处主任,
人大工委主任, 党工委委员、办事处副主任, a 市委常委、组织部部长 讲话) (gr08); the city's news portal (stamp line ``来源 作者 编辑
阅读``, share buttons, 相关新闻) of the 官桥镇 书记 in three villages with a 省 department's 驻村第一书记 (gr09).

Identity cases:
- people who move: gr:简文澜 嘉鱼县委副书记、县长 (gr01, Apr 2022) → 嘉鱼县委书记 (gr05, July 2024); gr:晏立诚 嘉鱼县官桥镇党委书记
  (gr01 2022, gr02 Mar 2023) → 嘉鱼县副县长 (gr05, 2024); gr:车晓岚 官桥镇党委副书记、镇长 (2022, 2023) → 官桥镇党委书记 (2024);
  gr:饶卫平 嘉鱼县潘家湾镇党委书记 (2022) → 嘉鱼县委常委、组织部部长 (2024); gr:傅晋源 南安市官桥镇党委书记 (gr03, June 2022) →
  南安市副市长 (gr04, May 2024); gr:吕雅琴 南安市官桥镇党委副书记、镇长 (2022) → 官桥镇党委书记 (2024, gr04; Mar 2025, gr09);
  gr:向子豪 凤凰县新场镇大坡村第一书记、驻村工作队队长 (gr06, May 2023) → 新场镇党委委员、副镇长 (gr07, Apr 2025); gr:龙秀英
  茶田镇党委副书记、镇长 (2023) → 茶田镇党委书记 (2025).
- the same people in two or three pages: gr:邬明轩 (舒桥村第一书记, 2023 and 2024), gr:潘国樑 (九溪村党支部书记, 2022 and 2025),
  gr:麻光耀, gr:滕世和, gr:石瑞 (凤凰, 2023 and 2025).
- two different 吴永清 in unrelated places: gr:吴永清#1 凤凰县茶田镇芭蕉村党支部书记 (湖南, gr06 2023, gr07 2025); gr:吴永清#2 南安市
  溪美街道党工委副书记、办事处主任 (福建, gr08, Sept 2023).
- one town name in two counties: ``官桥镇党委书记`` / ``镇党委书记`` / ``镇长`` of 官桥镇 are 嘉鱼县's on gr01, gr02, gr05 and
  南安市's on gr03, gr04, gr09 (the texts never name the county next to the town); projects of both are named ``官桥…`` /
  ``…村油茶…``. Bare ``县委常委、组织部部长`` is 嘉鱼县's (gr05) and 凤凰县's (gr06); bare ``市委常委`` is 南安市's (gr03, gr08, a
  county-level city); bare ``市人大常委会`` in the 咸宁日报 is 咸宁市's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aa, aq, ed, ew, fp, bs where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (嘉鱼县官桥镇党委 书记, 嘉鱼县官桥镇政府 镇长, 嘉鱼县官桥镇人大 主席,
  嘉鱼县官桥镇纪委 书记); ``镇党委副书记、镇长`` → …党委 副书记 + …政府 镇长; ``镇党委委员、副镇长`` → …党委 委员 + …政府 副镇长;
  ``镇党委委员、镇纪委书记`` → …党委 委员 + …纪委 书记 (as ed). 南安市 is a county-level city: its towns and its street take
  ``南安市`` (南安市官桥镇党委, 南安市溪美街道党工委), as fp's 海宁市长安镇. Street posts: …街道党工委 书记 / 副书记 / 委员,
  …街道办事处 主任 / 副主任, …街道人大工委 主任 (as ed, fp).
- DECIDED HERE (two 官桥镇 with no county written): the bare town takes the county of the page — the 嘉鱼县 site (gr01, gr02)
  and the 咸宁日报 article led by ``嘉鱼县委书记`` (gr05) give 嘉鱼县官桥镇; the 南安市 site (gr03), the 南安网 portal (gr09) and
  the 泉州晚报 article led by ``南安市委副书记、市长`` (gr04) give 南安市官桥镇; in gr04 the bare ``镇党委书记`` / ``镇长`` after
  ``在水头镇，`` / ``在石井镇，`` are 南安市水头镇's / 南安市石井镇's (as fp's sentence rule).
- Village posts of a named village: town label + village + 党支部 (书记, 第一书记) and + 村委会 (主任), as aq, ed, ew; the chain
  ``村党支部书记、村委会主任`` gives both lines. ``驻村工作队队长`` → the village's 驻村工作队 队长 (as aq). The dispatching unit
  (咸宁市人大常委会, 州林业局 as 派出单位, 省文化和旅游厅) gives no line (as aq, ew); its name's place is a place (咸宁市,
  ``in_org_reference``). ``新任大坡村第一书记`` is a current holding (新任 is no 原).
- 州 department on its own site: ``州林业局党组书记、局长`` → 湘西土家族苗族自治州林业局党组 书记 + 湘西土家族苗族自治州林业局 局长
  (full name, as aq and ew); ``局党组成员、副局长`` → …林业局党组 成员 + …林业局 副局长 (党组成员 as z, ew). Its leaders are posts
  although the 局 is the 派出单位 of the 工作队.
- County organs: ``县委常委、县委办公室主任`` → 嘉鱼县委 常委 + 嘉鱼县委办公室 主任; ``县委常委、组织部部长`` → X县委 常委 + X县委
  组织部 部长; ``县委常委、副县长`` → 凤凰县委 常委 + 凤凰县政府 副县长; on the 南安 site ``市委常委、统战部部长`` / ``市委常委、
  组织部部长`` → 南安市委 常委 + 南安市委统战部 / 南安市委组织部 部长.
- One line per post per article; a person named again with the same title gives no second line.
- Events: a 调研 is an ``inspection`` (leader; 参加 / 陪同 attendees; 汇报 / 介绍 / 说 / 强调 / 要求 / 表示 / 作了安排 / 作了说明
  speakers; a town or village head who only 汇报 / 介绍 is a speaker, not an attendee, as fp). DECIDED HERE: a leader's tour of
  several towns on one day written as one visit (``深入官桥镇、新街镇、潘家湾镇、簰洲湾镇``) is **one** inspection whose place lists
  the towns, not one event per town; gr06's ``带队赴凤凰县调研…并护送新一批…驻村工作队进驻`` is one inspection, the 座谈会 inside it
  part of it (as aa, aq, ew); the 党委会议 and the two 推进会 are meetings (chair 主持; 参加 / 出席 / 列席 attendees; 通报 / 汇报 /
  介绍 / 作了说明 / 作了部署 / 作了安排 / 提出要求 / 表态发言 / 指出 / 强调 / 要求 speakers).
- Bylines: ``本报讯（记者 … 通讯员 …）`` → reporter / correspondent; a town or 局 credit ``（官桥镇　刘子涵）`` /
  ``（州林业局　舒凌云）`` → author (as bs, fp); the portal stamp's ``作者：`` → author and ``编辑：`` → editor (as ew); 责任编辑 /
  编辑 → editor. Not annotated: site lines, mastheads, breadcrumbs, 来源 lines, footers and addresses, 上一篇 / 下一篇, 相关阅读 /
  相关链接 / 相关新闻 and 本版其他新闻 lists.
- Projects: named works visited, reported or planned: …产业园 / …产业园二期 / …一期 ``industrial_park`` (洪岭村设施蔬菜产业园 too,
  as fp); 道路硬化工程 and 拓宽改造工程 and 渔港升级改造工程 ``infrastructure_project``; 干堤加固工程 ``engineering_work``; 老旧小区
  改造三期工程 ``housing_project``; 冷链仓储中心 ``logistics_hub`` (as ed's 冷链物流中心); …加工厂二期, …示范基地, …示范点, a 古民居
  周边环境提升工程, a 石头厝保护利用项目 and a 服务设施建设项目 ``project`` (as ew, ed, bs). The phase is part of the name as written
  (``九溪村石头厝保护利用项目一期`` in gr09). Generic 村部改造, 烟叶烤房, 游客服务中心 are not annotated.
- Places: one line per name per file, as written; towns, villages, the street, the county in a title (``嘉鱼县委书记`` → 嘉鱼县,
  ``南安市委副书记`` → 南安市), the city in a dispatching unit (咸宁市), and short town names inside project names (官桥, 潘家湾, 簰洲湾,
  石井, as ed); DECIDED HERE: 蔡氏古民居 ``heritage_site``, 324国道 ``road``, 长江 (inside ``簰洲湾长江干堤加固工程``) ``river``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

JY, NA, FH = "嘉鱼县", "南安市", "凤凰县"
_GQ = JY + "官桥镇"
_NG = NA + "官桥镇"
_XC = FH + "新场镇"
_CT = FH + "茶田镇"
XXL = "湘西土家族苗族自治州林业局"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gr01_jiayu.txt": (2022, "发布时间：2022-04-13 09:12", JY, [
        ("鲍承远到官桥镇新街镇潘家湾镇簰洲湾镇调研乡村振兴和项目建设工作", "4月12日", "2022-04-12", "4月12日，县委书记鲍承远",
         "county site 领导活动: the 县委书记 in four towns on one day; town 书记 / 镇长 and a village 书记 at each stop")]),
    "gr02_jiayu.txt": (2023, "发布时间：2023-03-07 17:36", _GQ, [
        ("官桥镇召开党委会议研究部署驻村帮扶和村级项目建设工作", "3月6日上午", "2023-03-06", "3月6日上午，官桥镇召开党委会议",
         "county site 乡镇动态: 嘉鱼 官桥镇's 党委会议; a 市人大常委会 派驻 第一书记、工作队队长 and a 村书记、主任 列席")]),
    "gr03_nanan.txt": (2022, "发布时间：2022-06-21 11:25", _NG, [
        ("官桥镇召开重点项目建设工作推进会", "6月20日下午", "2022-06-20", "6月20日下午，官桥镇召开",
         "county-level city site 乡镇动态: 南安 官桥镇's 重点项目建设工作推进会 (书记 主持, 市委常委 讲话, two 村书记 表态)")]),
    "gr04_nanan.txt": (2024, "2024年05月16日　星期四", NA, [
        ("翁启帆到官桥镇水头镇石井镇调研时强调", "5月15日", "2024-05-15", "本报讯（记者 翟婉清 通讯员 康文博）5月15日",
         "泉州晚报 第A06版: the 南安 市长 in three towns; the former 官桥镇 书记 now 副市长, the former 镇长 now 书记")]),
    "gr05_jiayu.txt": (2024, "2024年7月10日　星期三", JY, [
        ("简文澜在官桥镇渡普镇调研时要求", "7月9日", "2024-07-09", "本报讯（记者 但家琪 通讯员 戴一鸣）7月9日",
         "咸宁日报 第02版: the new 嘉鱼县委书记 (former 县长) in two towns; former 镇书记 now 县委常委、组织部部长 / 副县长; former 镇长 now 书记")]),
    "gr06_fenghuang.txt": (2023, "发布时间：2023-05-26", FH, [
        ("州林业局护送新一批驻村工作队进驻凤凰县帮扶村", "5月25日", "2023-05-25", "5月25日，州林业局党组书记",
         "州 department site: its 局长's 调研 and 护送 of new 驻村工作队 into two villages of two towns; 座谈会 inside it")]),
    "gr07_fenghuang.txt": (2025, "2025年4月9日　星期三", FH, [
        ("谢景川在新场镇茶田镇调研乡村振兴工作", "4月8日", "2025-04-08", "本报讯（记者 滕晓蕾 通讯员 傅雅馨）4月8日",
         "团结报 第03版: the 凤凰 县长 in the same villages; former 第一书记 now 副镇长, former 镇长 now 书记; 道路硬化 built")]),
    "gr08_nanan.txt": (2023, "发布时间：2023-09-14 16:08", NA + "溪美街道", [
        ("溪美街道召开三季度重点工作推进会", "9月13日", "2023-09-13", "9月13日，溪美街道召开",
         "county-level city site 乡镇动态: a 街道's 推进会 (党工委书记 主持, 办事处主任 吴永清#2, 人大工委主任, 市委常委 讲话)")]),
    "gr09_nanan.txt": (2025, "2025-03-19 15:42", _NG, [
        ("官桥镇：党建引领激活乡村振兴“一池春水”", "3月18日", "2025-03-18", "3月18日，官桥镇党委书记",
         "city portal (来源 作者 编辑 阅读, 分享到, 相关新闻): 南安 官桥镇 书记 in three villages with a 省 department's 第一书记")]),
}

_R01_JIAN = "县委副书记、县长简文澜"
_R02_WU = "咸宁市人大常委会驻舒桥村第一书记、工作队队长邬明轩"
_R02_PENG = "舒桥村党支部书记、村委会主任彭德兴"
_R06_XIANG = "新任大坡村第一书记、驻村工作队队长向子豪"
_R06_SHI = "芭蕉村第一书记、驻村工作队队长石瑞分别作表态发言"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 嘉鱼
    "gr:鲍承远": ("鲍承远", "official", JY, [
        ("gr01", JY + "委", "书记", "4月12日，县委书记鲍承远深入官桥镇", "2022-04; bare 县委 on the 嘉鱼县 site; named in the headline too")], []),
    "gr:简文澜": ("简文澜", "official", JY, [
        ("gr01", JY + "委", "副书记", _R01_JIAN, "2022-04 (identity case: 县委书记 in 2024, gr05)"),
        ("gr01", JY + "政府", "县长", _R01_JIAN, None),
        ("gr05", JY + "委", "书记", "嘉鱼县委书记简文澜到官桥镇", "2024-07: now 县委书记; named in the headline too")], []),
    "gr:郜庆华": ("郜庆华", "official", JY, [
        ("gr01", JY + "委", "常委", "县委常委、县委办公室主任郜庆华", None),
        ("gr01", JY + "委办公室", "主任", "县委常委、县委办公室主任郜庆华", "as ed's 平利县委办公室")], []),
    "gr:阙玉萍": ("阙玉萍", "official", JY, [
        ("gr01", JY + "政府", "副县长", "副县长阙玉萍参加调研", None)], []),
    "gr:晏立诚": ("晏立诚", "official", JY, [
        ("gr01", _GQ + "党委", "书记", "镇党委书记晏立诚汇报了", "2022-04: bare 镇 after ``在官桥镇，`` on the 嘉鱼 site (not 南安's 官桥镇)"),
        ("gr02", _GQ + "党委", "书记", "镇党委书记晏立诚主持会议", "2023-03"),
        ("gr05", JY + "政府", "副县长", "副县长晏立诚参加调研", "2024-07: now 副县长")], []),
    "gr:车晓岚": ("车晓岚", "official", JY, [
        ("gr01", _GQ + "党委", "副书记", "镇党委副书记、镇长车晓岚介绍了", "2022-04"),
        ("gr01", _GQ + "政府", "镇长", "镇党委副书记、镇长车晓岚介绍了", None),
        ("gr02", _GQ + "党委", "副书记", "镇党委副书记、镇长车晓岚，镇人大主席", "2023-03"),
        ("gr02", _GQ + "政府", "镇长", "镇党委副书记、镇长车晓岚，镇人大主席", None),
        ("gr05", _GQ + "党委", "书记", "官桥镇党委书记车晓岚介绍", "2024-07: now 书记 (DECIDED HERE: the 嘉鱼 article's 官桥镇)")], []),
    "gr:熊茂林": ("熊茂林", "official", _GQ, [
        ("gr01", _GQ + "官桥村党支部", "书记", "官桥村党支部书记熊茂林说", "named village")], []),
    "gr:巫思远": ("巫思远", "official", JY, [
        ("gr01", JY + "新街镇党委", "副书记", "镇党委副书记、镇长巫思远介绍了", "bare 镇 after ``在新街镇，``"),
        ("gr01", JY + "新街镇政府", "镇长", "镇党委副书记、镇长巫思远介绍了", None)], []),
    "gr:饶卫平": ("饶卫平", "official", JY, [
        ("gr01", JY + "潘家湾镇党委", "书记", "镇党委书记饶卫平汇报了", "2022-04 (identity case: 县委常委、组织部部长 in 2024)"),
        ("gr05", JY + "委", "常委", "县委常委、组织部部长饶卫平", "2024-07"),
        ("gr05", JY + "委组织部", "部长", "县委常委、组织部部长饶卫平", None)], []),
    "gr:游长松": ("游长松", "official", JY, [
        ("gr01", JY + "簰洲湾镇党委", "书记", "镇党委书记游长松介绍了", None)], []),
    "gr:贺素芬": ("贺素芬", "official", _GQ, [
        ("gr02", _GQ + "人大", "主席", "镇人大主席贺素芬", None)], []),
    "gr:周立航": ("周立航", "official", _GQ, [
        ("gr02", _GQ + "党委", "副书记", "镇党委副书记周立航", None)], []),
    "gr:魏海波": ("魏海波", "official", _GQ, [
        ("gr02", _GQ + "党委", "委员", "镇党委委员、镇纪委书记魏海波", None),
        ("gr02", _GQ + "纪委", "书记", "镇党委委员、镇纪委书记魏海波", None)], []),
    "gr:沈可嘉": ("沈可嘉", "official", _GQ, [
        ("gr02", _GQ + "党委", "委员", "镇党委委员、副镇长沈可嘉参加会议", None),
        ("gr02", _GQ + "政府", "副镇长", "镇党委委员、副镇长沈可嘉参加会议", None)], []),
    "gr:邬明轩": ("邬明轩", "official", _GQ, [
        ("gr02", _GQ + "舒桥村党支部", "第一书记", _R02_WU, "2023-03; the 派出单位 咸宁市人大常委会 gives no line"),
        ("gr02", _GQ + "舒桥村驻村工作队", "队长", _R02_WU, "the village's 驻村工作队 (as aq)"),
        ("gr05", _GQ + "舒桥村党支部", "第一书记", "市人大常委会驻舒桥村第一书记邬明轩", "2024-07")], []),
    "gr:彭德兴": ("彭德兴", "official", _GQ, [
        ("gr02", _GQ + "舒桥村党支部", "书记", _R02_PENG, None),
        ("gr02", _GQ + "舒桥村委会", "主任", _R02_PENG, "村委会 follows the village of the same chain")], []),
    "gr:祁慧中": ("祁慧中", "official", _GQ, [
        ("gr05", _GQ + "党委", "副书记", "镇党委副书记、镇长祁慧中介绍了", "succeeds 车晓岚 as 镇长"),
        ("gr05", _GQ + "政府", "镇长", "镇党委副书记、镇长祁慧中介绍了", None)], []),
    "gr:卢振宇": ("卢振宇", "official", JY, [
        ("gr05", JY + "渡普镇党委", "书记", "镇党委书记卢振宇汇报了", "bare 镇 after ``在渡普镇，``")], []),
    # ---- 南安
    "gr:尤丽娜": ("尤丽娜", "official", NA, [
        ("gr03", NA + "委", "常委", "市委常委、统战部部长尤丽娜出席会议并讲话", "bare 市委 on the 南安 site = 南安市 (county-level city)"),
        ("gr03", NA + "委统战部", "部长", "市委常委、统战部部长尤丽娜出席会议并讲话", None)], []),
    "gr:傅晋源": ("傅晋源", "official", NA, [
        ("gr03", _NG + "党委", "书记", "镇党委书记傅晋源主持会议", "2022-06; 南安's 官桥镇 (not 嘉鱼's) (identity case: 副市长 in 2024)"),
        ("gr04", NA + "政府", "副市长", "南安市副市长傅晋源参加调研", "2024-05")], []),
    "gr:吕雅琴": ("吕雅琴", "official", NA, [
        ("gr03", _NG + "党委", "副书记", "镇党委副书记、镇长吕雅琴", "2022-06"),
        ("gr03", _NG + "政府", "镇长", "镇党委副书记、镇长吕雅琴", None),
        ("gr04", _NG + "党委", "书记", "镇党委书记吕雅琴介绍", "2024-05: now 书记; bare 镇 after ``在官桥镇，`` in a 南安 article of the 泉州 paper"),
        ("gr09", _NG + "党委", "书记", "官桥镇党委书记吕雅琴带领", "2025-03")], []),
    "gr:戴志鹏": ("戴志鹏", "official", _NG, [
        ("gr03", _NG + "人大", "主席", "镇人大主席戴志鹏", None)], []),
    "gr:蔡泽楷": ("蔡泽楷", "official", _NG, [
        ("gr03", _NG + "党委", "委员", "镇党委委员、副镇长蔡泽楷出席会议", None),
        ("gr03", _NG + "政府", "副镇长", "镇党委委员、副镇长蔡泽楷出席会议", None)], []),
    "gr:潘国樑": ("潘国樑", "official", _NG, [
        ("gr03", _NG + "九溪村党支部", "书记", "九溪村党支部书记潘国樑", "2022-06"),
        ("gr09", _NG + "九溪村党支部", "书记", "九溪村党支部书记潘国樑等陪同", "2025-03")], []),
    "gr:郑玉树": ("郑玉树", "official", _NG, [
        ("gr03", _NG + "洪岭村党支部", "书记", "洪岭村党支部书记、村委会主任郑玉树", None),
        ("gr03", _NG + "洪岭村委会", "主任", "洪岭村党支部书记、村委会主任郑玉树", None)], []),
    "gr:翁启帆": ("翁启帆", "official", NA, [
        ("gr04", NA + "委", "副书记", "南安市委副书记、市长翁启帆", "named in the headline too"),
        ("gr04", NA + "政府", "市长", "南安市委副书记、市长翁启帆", None)], []),
    "gr:庄文灿": ("庄文灿", "official", NA, [
        ("gr04", NA + "水头镇党委", "书记", "镇党委书记庄文灿汇报了", "bare 镇 after ``在水头镇，``")], []),
    "gr:侯佳音": ("侯佳音", "official", NA, [
        ("gr04", NA + "石井镇党委", "副书记", "镇党委副书记、镇长侯佳音介绍了", "bare 镇 after ``在石井镇，``"),
        ("gr04", NA + "石井镇政府", "镇长", "镇党委副书记、镇长侯佳音介绍了", None)], []),
    "gr:邱明哲": ("邱明哲", "official", NA, [
        ("gr08", NA + "委", "常委", "市委常委、组织部部长邱明哲出席会议并讲话", None),
        ("gr08", NA + "委组织部", "部长", "市委常委、组织部部长邱明哲出席会议并讲话", None)], []),
    "gr:颜晨阳": ("颜晨阳", "official", NA + "溪美街道", [
        ("gr08", NA + "溪美街道党工委", "书记", "街道党工委书记颜晨阳主持会议", None)], []),
    "gr:吴永清#2": ("吴永清", "official", NA + "溪美街道", [
        ("gr08", NA + "溪美街道党工委", "副书记", "街道党工委副书记、办事处主任吴永清", "南安 (福建), 2023-09; not the 吴永清 of 凤凰县芭蕉村 (gr06, gr07)"),
        ("gr08", NA + "溪美街道办事处", "主任", "街道党工委副书记、办事处主任吴永清", None)], []),
    "gr:郭雅婷": ("郭雅婷", "official", NA + "溪美街道", [
        ("gr08", NA + "溪美街道人大工委", "主任", "街道人大工委主任郭雅婷", None)], []),
    "gr:方子瑜": ("方子瑜", "official", NA + "溪美街道", [
        ("gr08", NA + "溪美街道党工委", "委员", "街道党工委委员、办事处副主任方子瑜出席会议", None),
        ("gr08", NA + "溪美街道办事处", "副主任", "街道党工委委员、办事处副主任方子瑜出席会议", None)], []),
    "gr:洪启明": ("洪启明", "official", _NG, [
        ("gr09", _NG + "党委", "副书记", "镇党委副书记、镇长洪启明", "succeeds 吕雅琴 as 镇长"),
        ("gr09", _NG + "政府", "镇长", "镇党委副书记、镇长洪启明", None)], []),
    "gr:卓嘉禾": ("卓嘉禾", "official", _NG, [
        ("gr09", _NG + "漳里村党支部", "第一书记", "省文化和旅游厅选派驻漳里村第一书记卓嘉禾", "the 派出单位 (省文化和旅游厅) gives no line")], []),
    # ---- 湘西 凤凰
    "gr:覃振东": ("覃振东", "official", XXL, [
        ("gr06", XXL + "党组", "书记", "州林业局党组书记、局长覃振东", "bare 州 on the 州林业局 site; full name (as aq, ew)"),
        ("gr06", XXL, "局长", "州林业局党组书记、局长覃振东", None)], []),
    "gr:尚明德": ("尚明德", "official", XXL, [
        ("gr06", XXL + "党组", "成员", "局党组成员、副局长尚明德带队", "党组成员 as z, ew"),
        ("gr06", XXL, "副局长", "局党组成员、副局长尚明德带队", None)], []),
    "gr:彭若楠": ("彭若楠", "official", FH, [
        ("gr06", FH + "委", "常委", "凤凰县委常委、组织部部长彭若楠陪同", None),
        ("gr06", FH + "委组织部", "部长", "凤凰县委常委、组织部部长彭若楠陪同", None)], []),
    "gr:麻光耀": ("麻光耀", "official", _XC, [
        ("gr06", _XC + "党委", "书记", "新场镇党委书记麻光耀介绍了", "2023-05"),
        ("gr07", _XC + "党委", "书记", "新场镇党委书记麻光耀，镇党委委员", "2025-04")], []),
    "gr:滕世和": ("滕世和", "official", _XC, [
        ("gr06", _XC + "大坡村党支部", "书记", "大坡村党支部书记滕世和汇报了", None),
        ("gr07", _XC + "大坡村党支部", "书记", "大坡村党支部书记滕世和介绍", None)], []),
    "gr:龙秀英": ("龙秀英", "official", _CT, [
        ("gr06", _CT + "党委", "副书记", "茶田镇党委副书记、镇长龙秀英介绍了", "2023-05 (identity case: 书记 in 2025)"),
        ("gr06", _CT + "政府", "镇长", "茶田镇党委副书记、镇长龙秀英介绍了", None),
        ("gr07", _CT + "党委", "书记", "茶田镇党委书记龙秀英汇报了", "2025-04")], []),
    "gr:吴永清#1": ("吴永清", "official", _CT, [
        ("gr06", _CT + "芭蕉村党支部", "书记", "芭蕉村党支部书记吴永清说，村里", "凤凰 (湖南), 2023-05; not the 吴永清 of 南安溪美街道 (gr08)"),
        ("gr07", _CT + "芭蕉村党支部", "书记", "芭蕉村党支部书记吴永清说，道路", "2025-04")], []),
    "gr:向子豪": ("向子豪", "official", FH, [
        ("gr06", _XC + "大坡村党支部", "第一书记", _R06_XIANG, "2023-05; 新任 = current; sent by the 州林业局 (no line)"),
        ("gr06", _XC + "大坡村驻村工作队", "队长", _R06_XIANG, None),
        ("gr07", _XC + "党委", "委员", "镇党委委员、副镇长向子豪陪同调研", "2025-04: now in the town's leadership"),
        ("gr07", _XC + "政府", "副镇长", "镇党委委员、副镇长向子豪陪同调研", None)], []),
    "gr:石瑞": ("石瑞", "official", _CT, [
        ("gr06", _CT + "芭蕉村党支部", "第一书记", _R06_SHI, "2023-05"),
        ("gr06", _CT + "芭蕉村驻村工作队", "队长", _R06_SHI, None),
        ("gr07", _CT + "芭蕉村党支部", "第一书记", "芭蕉村第一书记石瑞介绍了", "2025-04")], []),
    "gr:谢景川": ("谢景川", "official", FH, [
        ("gr07", FH + "委", "副书记", "凤凰县委副书记、县长谢景川深入", "named in the headline too"),
        ("gr07", FH + "政府", "县长", "凤凰县委副书记、县长谢景川深入", None)], []),
    "gr:欧阳靖": ("欧阳靖", "official", FH, [
        ("gr07", FH + "委", "常委", "县委常委、副县长欧阳靖参加调研", "bare 县委 in an article led by 凤凰县委副书记、县长"),
        ("gr07", FH + "政府", "副县长", "县委常委、副县长欧阳靖参加调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gr01", "陈晓芸", "责任编辑", "editor", "责任编辑：陈晓芸"),
    ("gr02", "刘子涵", "供稿", "author", "（官桥镇　刘子涵）"),
    ("gr03", "王佳音", "责任编辑", "editor", "责任编辑：王佳音"),
    ("gr04", "翟婉清", "记者", "reporter", "本报讯（记者 翟婉清 通讯员 康文博）"),
    ("gr04", "康文博", "通讯员", "correspondent", "本报讯（记者 翟婉清 通讯员 康文博）"),
    ("gr04", "蔡婉婷", "责任编辑", "editor", "责任编辑：蔡婉婷"),
    ("gr05", "但家琪", "记者", "reporter", "本报讯（记者 但家琪 通讯员 戴一鸣）"),
    ("gr05", "戴一鸣", "通讯员", "correspondent", "本报讯（记者 但家琪 通讯员 戴一鸣）"),
    ("gr05", "苏丽卿", "责任编辑", "editor", "责任编辑：苏丽卿"),
    ("gr06", "舒凌云", "供稿", "author", "（州林业局　舒凌云）"),
    ("gr07", "滕晓蕾", "记者", "reporter", "本报讯（记者 滕晓蕾 通讯员 傅雅馨）"),
    ("gr07", "傅雅馨", "通讯员", "correspondent", "本报讯（记者 滕晓蕾 通讯员 傅雅馨）"),
    ("gr07", "阮星辰", "编辑", "editor", "编辑：阮星辰"),
    ("gr08", "曾梓萱", "责任编辑", "editor", "责任编辑：曾梓萱"),
    ("gr09", "孙可欣", "作者", "author", "作者：孙可欣"),
    ("gr09", "林书恒", "编辑", "editor", "编辑：林书恒"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gr01", "官桥镇、新街镇、潘家湾镇、簰洲湾镇春季农业生产、乡村振兴和重点项目建设调研", "inspection (调研)", "4月12日", None, "鲍承远", [],
     ["简文澜", "郜庆华", "阙玉萍"],
     ["晏立诚", "车晓岚", "熊茂林", "巫思远", "饶卫平", "游长松", "鲍承远", "简文澜", "阙玉萍"], "官桥镇、新街镇、潘家湾镇、簰洲湾镇",
     "4月12日，县委书记鲍承远深入官桥镇、新街镇、潘家湾镇、簰洲湾镇，调研春季农业生产、乡村振兴和重点项目建设工作",
     ["县委书记鲍承远深入官桥镇", "副县长阙玉萍参加调研", "镇党委书记晏立诚汇报了", "镇长车晓岚介绍了", "党支部书记熊茂林说",
      "镇长巫思远介绍了", "镇党委书记饶卫平汇报了", "镇党委书记游长松介绍了", "鲍承远强调", "简文澜要求", "阙玉萍就春季农业生产"]),
    ("gr02", "官桥镇党委会议", "meeting (党委会议)", "3月6日上午", "晏立诚", None, [_GQ + "党委"],
     ["车晓岚", "贺素芬", "周立航", "魏海波", "沈可嘉", "邬明轩", "彭德兴"],
     ["邬明轩", "彭德兴", "沈可嘉", "魏海波", "车晓岚", "晏立诚"], "官桥镇",
     "3月6日上午，官桥镇召开党委会议，传达学习全县乡村振兴工作会议精神，研究部署驻村帮扶和村级项目建设工作",
     ["镇党委书记晏立诚主持会议", "副镇长沈可嘉参加会议", "工作队队长邬明轩", "村委会主任彭德兴列席会议", "邬明轩介绍了",
      "彭德兴汇报了", "沈可嘉就", "魏海波就村级项目资金监管", "车晓岚要求", "晏立诚强调"]),
    ("gr03", "官桥镇重点项目建设工作推进会", "meeting (工作推进会)", "6月20日下午", "傅晋源", None, [_NG],
     ["尤丽娜", "吕雅琴", "戴志鹏", "蔡泽楷"],
     ["蔡泽楷", "潘国樑", "郑玉树", "吕雅琴", "尤丽娜", "傅晋源"], "官桥镇",
     "6月20日下午，官桥镇召开重点项目建设工作推进会",
     ["统战部部长尤丽娜出席会议并讲话", "镇党委书记傅晋源主持会议", "镇人大主席戴志鹏", "副镇长蔡泽楷出席会议", "蔡泽楷通报了",
      "郑玉树作表态发言", "吕雅琴就征地拆迁", "尤丽娜指出", "傅晋源要求"]),
    ("gr04", "官桥镇、水头镇、石井镇重点项目建设和镇域经济发展调研", "inspection (调研)", "5月15日", None, "翁启帆", [],
     ["傅晋源"], ["吕雅琴", "庄文灿", "侯佳音", "翁启帆", "傅晋源"], "官桥镇、水头镇、石井镇",
     "南安市委副书记、市长翁启帆到官桥镇、水头镇、石井镇，调研重点项目建设和镇域经济发展工作",
     ["市长翁启帆到官桥镇、水头镇、石井镇", "南安市副市长傅晋源参加调研", "镇党委书记吕雅琴介绍", "镇党委书记庄文灿汇报了",
      "镇长侯佳音介绍了", "翁启帆强调", "傅晋源就项目用地保障"]),
    ("gr05", "官桥镇、渡普镇乡村振兴和村级项目建设调研", "inspection (调研)", "7月9日", None, "简文澜", [],
     ["饶卫平", "晏立诚"], ["车晓岚", "邬明轩", "祁慧中", "卢振宇", "简文澜", "饶卫平"], "官桥镇、渡普镇",
     "嘉鱼县委书记简文澜到官桥镇、渡普镇，调研乡村振兴和村级项目建设工作",
     ["嘉鱼县委书记简文澜到官桥镇", "副县长晏立诚参加调研", "官桥镇党委书记车晓岚介绍", "第一书记邬明轩汇报了", "镇长祁慧中介绍了",
      "镇党委书记卢振宇汇报了", "简文澜强调", "饶卫平要求"]),
    ("gr06", "凤凰县驻村帮扶工作调研和新一批驻村工作队进驻", "inspection (调研)", "5月25日", None, "覃振东", [],
     ["尚明德", "彭若楠"],
     ["麻光耀", "滕世和", "龙秀英", "吴永清", "向子豪", "石瑞", "彭若楠", "覃振东", "尚明德"], "新场镇大坡村、茶田镇芭蕉村",
     "带队赴凤凰县调研驻村帮扶工作，并护送新一批乡村振兴驻村工作队进驻新场镇大坡村、茶田镇芭蕉村",
     ["局长覃振东", "副局长尚明德带队", "组织部部长彭若楠陪同", "镇党委书记麻光耀介绍了", "滕世和汇报了", "镇长龙秀英介绍了",
      "党支部书记吴永清说", "队长向子豪", _R06_SHI, "彭若楠表示", "覃振东要求", "尚明德就工作队日常管理"]),
    ("gr07", "新场镇、茶田镇春耕生产、驻村帮扶和村级项目建设调研", "inspection (调研)", "4月8日", None, "谢景川", [],
     ["欧阳靖", "麻光耀", "向子豪"], ["滕世和", "龙秀英", "吴永清", "石瑞", "谢景川", "欧阳靖"], "新场镇、茶田镇",
     "凤凰县委副书记、县长谢景川深入新场镇、茶田镇，调研春耕生产、驻村帮扶和村级项目建设工作",
     ["县长谢景川深入新场镇、茶田镇", "副县长欧阳靖参加调研", "副镇长向子豪陪同调研", "滕世和介绍", "镇党委书记龙秀英汇报了",
      "党支部书记吴永清说", "第一书记石瑞介绍了", "谢景川强调", "欧阳靖就春耕农资保障"]),
    ("gr08", "溪美街道三季度重点工作推进会", "meeting (工作推进会)", "9月13日", "颜晨阳", None, [NA + "溪美街道"],
     ["邱明哲", "吴永清", "郭雅婷", "方子瑜"], ["吴永清", "方子瑜", "郭雅婷", "邱明哲", "颜晨阳"], "溪美街道",
     "9月13日，溪美街道召开三季度重点工作推进会",
     ["组织部部长邱明哲出席会议并讲话", "街道党工委书记颜晨阳主持会议", "办事处主任吴永清", "街道人大工委主任郭雅婷",
      "副主任方子瑜出席会议", "吴永清通报了", "方子瑜就城市更新征迁", "郭雅婷就人大代表联络站", "邱明哲指出", "颜晨阳要求"]),
    ("gr09", "九溪村、漳里村、洪岭村村级项目建设和春季农业生产调研", "inspection (调研)", "3月18日", None, "吕雅琴", [],
     ["洪启明", "卓嘉禾", "潘国樑"], ["潘国樑", "卓嘉禾", "吕雅琴", "洪启明"], "九溪村、漳里村、洪岭村",
     "官桥镇党委书记吕雅琴带领镇村干部走进九溪村、漳里村、洪岭村，实地查看村级项目建设和春季农业生产情况",
     ["官桥镇党委书记吕雅琴带领镇村干部", "潘国樑等陪同", "潘国樑介绍", "卓嘉禾汇报了", "吕雅琴叮嘱", "吕雅琴表示",
      "洪启明就村级项目资金管理"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gr01", "官桥村油茶精深加工厂二期", "project", "官桥村油茶精深加工厂二期建设现场"),
    ("gr01", "舒桥村中药材种植示范基地", "project", "舒桥村中药材种植示范基地，察看项目进度"),
    ("gr01", "舒桥村通组道路硬化工程", "infrastructure_project", "舒桥村通组道路硬化工程的前期准备"),
    ("gr01", "新街镇稻虾共作产业园", "industrial_park", "察看了新街镇稻虾共作产业园"),
    ("gr01", "潘家湾蔬菜产业园冷链仓储中心", "logistics_hub", "潘家湾蔬菜产业园冷链仓储中心项目工地"),
    ("gr01", "簰洲湾长江干堤加固工程", "engineering_work", "簰洲湾长江干堤加固工程现场"),
    ("gr02", "舒桥村通组道路硬化工程", "infrastructure_project", "彭德兴汇报了舒桥村通组道路硬化工程"),
    ("gr02", "官桥村油茶精深加工厂二期", "project", "沈可嘉就官桥村油茶精深加工厂二期"),
    ("gr02", "大牛山村茶旅融合示范点", "project", "大牛山村茶旅融合示范点和舒桥村"),
    ("gr03", "官桥食品产业园二期", "industrial_park", "官桥食品产业园二期、漳里村"),
    ("gr03", "漳里村蔡氏古民居周边环境提升工程", "project", "漳里村蔡氏古民居周边环境提升工程、九溪村"),
    ("gr03", "九溪村石头厝保护利用项目", "project", "九溪村石头厝保护利用项目等13个项目"),
    ("gr03", "324国道官桥段拓宽改造工程", "infrastructure_project", "324国道官桥段拓宽改造工程征迁工作"),
    ("gr04", "官桥食品产业园二期", "industrial_park", "先后来到官桥食品产业园二期"),
    ("gr04", "漳里村蔡氏古民居周边环境提升工程", "project", "漳里村蔡氏古民居周边环境提升工程现场"),
    ("gr04", "水头镇石材循环经济产业园三期", "industrial_park", "察看了水头镇石材循环经济产业园三期"),
    ("gr04", "石井中心渔港升级改造工程", "infrastructure_project", "石井中心渔港升级改造工程现场"),
    ("gr05", "舒桥村通组道路硬化工程", "infrastructure_project", "察看舒桥村通组道路硬化工程建设成效"),
    ("gr05", "舒桥村中药材种植示范基地", "project", "走进舒桥村中药材种植示范基地"),
    ("gr05", "官桥村油茶精深加工厂二期", "project", "官桥村油茶精深加工厂二期的投产运营情况"),
    ("gr05", "渡普镇农产品加工产业园一期", "industrial_park", "渡普镇农产品加工产业园一期项目工地"),
    ("gr06", "大坡村林下经济示范基地", "project", "察看了大坡村林下经济示范基地"),
    ("gr06", "芭蕉村通组道路硬化工程", "infrastructure_project", "察看了芭蕉村通组道路硬化工程选线路段"),
    ("gr07", "大坡村林下经济示范基地", "project", "察看了大坡村林下经济示范基地"),
    ("gr07", "芭蕉村通组道路硬化工程", "infrastructure_project", "建成的芭蕉村通组道路硬化工程路段"),
    ("gr08", "溪美街道老旧小区改造三期工程", "housing_project", "溪美街道老旧小区改造三期工程已完成"),
    ("gr08", "溪美街道社区嵌入式服务设施建设项目", "project", "溪美街道社区嵌入式服务设施建设项目已完成选址"),
    ("gr09", "九溪村石头厝保护利用项目一期", "project", "九溪村石头厝保护利用项目一期已完工"),
    ("gr09", "洪岭村设施蔬菜产业园", "industrial_park", "察看了洪岭村设施蔬菜产业园"),
]

_P01 = "4月12日，县委书记鲍承远深入官桥镇、新街镇、潘家湾镇、簰洲湾镇"
_P06 = "进驻新场镇大坡村、茶田镇芭蕉村"

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gr01", "官桥镇", "town", "standalone", _P01),
    ("gr01", "新街镇", "town", "standalone", _P01),
    ("gr01", "潘家湾镇", "town", "standalone", _P01),
    ("gr01", "簰洲湾镇", "town", "standalone", _P01),
    ("gr01", "官桥村", "village", "in_project_name", "官桥村油茶精深加工厂二期建设现场"),
    ("gr01", "舒桥村", "village", "in_project_name", "舒桥村中药材种植示范基地，察看项目进度"),
    ("gr01", "潘家湾", "town", "in_project_name", "潘家湾蔬菜产业园冷链仓储中心项目工地"),
    ("gr01", "簰洲湾", "town", "in_project_name", "簰洲湾长江干堤加固工程现场"),
    ("gr01", "长江", "river", "in_project_name", "簰洲湾长江干堤加固工程现场"),
    ("gr02", "官桥镇", "town", "standalone", "3月6日上午，官桥镇召开党委会议"),
    ("gr02", "咸宁市", "city", "in_org_reference", _R02_WU),
    ("gr02", "舒桥村", "village", "standalone", "会议听取了舒桥村驻村帮扶工作汇报"),
    ("gr02", "官桥村", "village", "in_project_name", "沈可嘉就官桥村油茶精深加工厂二期"),
    ("gr02", "大牛山村", "village", "in_project_name", "大牛山村茶旅融合示范点和舒桥村"),
    ("gr03", "官桥镇", "town", "standalone", "6月20日下午，官桥镇召开"),
    ("gr03", "官桥", "town", "in_project_name", "官桥食品产业园二期、漳里村"),
    ("gr03", "漳里村", "village", "in_project_name", "漳里村蔡氏古民居周边环境提升工程、九溪村"),
    ("gr03", "蔡氏古民居", "heritage_site", "in_project_name", "漳里村蔡氏古民居周边环境提升工程、九溪村"),
    ("gr03", "九溪村", "village", "in_project_name", "九溪村石头厝保护利用项目等13个项目"),
    ("gr03", "洪岭村", "village", "in_org_reference", "洪岭村党支部书记、村委会主任郑玉树"),
    ("gr03", "324国道", "road", "in_project_name", "324国道官桥段拓宽改造工程征迁工作"),
    ("gr04", "南安市", "county_level_city", "in_title", "南安市委副书记、市长翁启帆"),
    ("gr04", "官桥镇", "town", "standalone", "到官桥镇、水头镇、石井镇，调研"),
    ("gr04", "水头镇", "town", "standalone", "到官桥镇、水头镇、石井镇，调研"),
    ("gr04", "石井镇", "town", "standalone", "到官桥镇、水头镇、石井镇，调研"),
    ("gr04", "官桥", "town", "in_project_name", "先后来到官桥食品产业园二期"),
    ("gr04", "漳里村", "village", "in_project_name", "漳里村蔡氏古民居周边环境提升工程现场"),
    ("gr04", "蔡氏古民居", "heritage_site", "in_project_name", "漳里村蔡氏古民居周边环境提升工程现场"),
    ("gr04", "石井", "town", "in_project_name", "石井中心渔港升级改造工程现场"),
    ("gr05", "嘉鱼县", "county", "in_title", "嘉鱼县委书记简文澜到官桥镇"),
    ("gr05", "官桥镇", "town", "standalone", "到官桥镇、渡普镇，调研"),
    ("gr05", "渡普镇", "town", "standalone", "到官桥镇、渡普镇，调研"),
    ("gr05", "舒桥村", "village", "standalone", "在官桥镇舒桥村，简文澜"),
    ("gr05", "官桥村", "village", "in_project_name", "官桥村油茶精深加工厂二期的投产运营情况"),
    ("gr06", "凤凰县", "county", "standalone", "带队赴凤凰县调研驻村帮扶工作"),
    ("gr06", "新场镇", "town", "standalone", _P06),
    ("gr06", "大坡村", "village", "standalone", _P06),
    ("gr06", "茶田镇", "town", "standalone", _P06),
    ("gr06", "芭蕉村", "village", "standalone", _P06),
    ("gr07", "凤凰县", "county", "in_title", "凤凰县委副书记、县长谢景川深入"),
    ("gr07", "新场镇", "town", "standalone", "深入新场镇、茶田镇"),
    ("gr07", "茶田镇", "town", "standalone", "深入新场镇、茶田镇"),
    ("gr07", "大坡村", "village", "standalone", "在新场镇大坡村，谢景川"),
    ("gr07", "芭蕉村", "village", "standalone", "在茶田镇芭蕉村，谢景川"),
    ("gr08", "溪美街道", "sub_district_office", "standalone", "9月13日，溪美街道召开"),
    ("gr09", "官桥镇", "town", "standalone", "官桥镇：党建引领激活乡村振兴"),
    ("gr09", "九溪村", "village", "standalone", "走进九溪村、漳里村、洪岭村"),
    ("gr09", "漳里村", "village", "standalone", "走进九溪村、漳里村、洪岭村"),
    ("gr09", "洪岭村", "village", "standalone", "走进九溪村、漳里村、洪岭村"),
    ("gr09", "蔡氏古民居", "heritage_site", "standalone", "依托蔡氏古民居开发研学旅游线路"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gr", conventions="set gr (blind set: township and village news on county portals in 湖北 咸宁 嘉鱼县 (官桥镇 with 官桥村, 舒桥村, 大牛山村; 新街镇, 潘家湾镇, 簰洲湾镇, 渡普镇), 福建 泉州 南安市 (官桥镇 with 九溪村, 漳里村, 洪岭村; 水头镇, 石井镇, 溪美街道) and 湖南 湘西州 凤凰县 (新场镇 大坡村, 茶田镇 芭蕉村): town posts = county label + town + 党委 / 政府 / 人大 / 纪委; street posts = label + street + 党工委 / 办事处 / 人大工委; village posts = town label + village + 党支部 (书记, 第一书记) / 村委会 (主任) / 驻村工作队 (队长); the 派出单位 gives no line; two towns named 官桥镇 written bare take the county of the page or of the article's lead (嘉鱼县官桥镇 vs 南安市官桥镇); a tour of several towns on one day is one inspection; one line per post per article)",
          persons_note="Set gr persons. id = corpus-wide person_id (gr:吴永清#1 凤凰县茶田镇芭蕉村党支部书记 (湖南) and gr:吴永清#2 南安市溪美街道党工委副书记、办事处主任 (福建) are two people; gr:简文澜 嘉鱼 县长 2022 → 县委书记 2024; gr:晏立诚 嘉鱼官桥镇党委书记 2022–23 → 副县长 2024; gr:车晓岚 嘉鱼官桥镇镇长 → 书记; gr:饶卫平 潘家湾镇党委书记 → 县委常委、组织部部长; gr:傅晋源 南安官桥镇党委书记 2022 → 南安市副市长 2024; gr:吕雅琴 南安官桥镇镇长 → 书记; gr:向子豪 大坡村第一书记 2023 → 新场镇副镇长 2025; gr:龙秀英 茶田镇镇长 → 书记)")


if __name__ == "__main__":
    main()
