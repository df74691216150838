"""Write gold part ``aq`` (a blind set: villages and rural revitalisation, 驻村第一书记 sent by a 单位) from the tables below.

Pages ``tests/dev/texts/aq*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 黔东南 财政局 page (``局党组成员…、台江县九摆村原第一书记…深入帮扶村开展
回访``, a 座谈会 with the 现任驻村第一书记和工作队 and 村“两委”), a 十堰 市委编办 page (a 副主任 带领 the 驻村工作队 进驻
文武沟村, ``担任驻村工作队长``), a 湖北医药学院 page of a 第一书记 轮换交接 (组织部 宣读 the decision, ``原工作队第一书记…
总结``, ``新任工作队第一书记…表态发言``, ``蒿口村党总支书记…``), a 寿宁 (闽东日报) 驻村第一书记 述职评议会 (``清源镇阳尾村
第一书记…``, lists of villages), a 阳曲 述职评议会, a 平利 第一书记 选派 会议 (派出单位 分管领导 参加), a 区委 驻村第一书记
座谈会 (区委常委、组织部长 主持), a 沾化 page of a 市台办主任 visiting the 驻村“第一书记”, a 规划和自然资源局 ``党组书记、
局长…深入我县张庄镇牌子窑村实地调研驻村帮扶工作`` page, a 榆林 林草中心 page 走访慰问 the 驻村工作队 on a 镇 column
(``首页>部门乡镇>街道镇乡>裴家湾镇>工作情况``), 遂溪 pages (乌塘镇: ``镇党委书记…及镇长…汇报``; a 县长's 调研 of villages),
a 罗山 莽张镇 page (``村支部书记介绍…``, ``镇长…陪同``), the 山东 农业生态 page on a 省住建厅派驻 姚寨村第一书记, and a 乡村
干部报 page on a 村党总支书记 and 村委会主任. Places are real and new to the corpus: 河北 保定 阜平县 (龙泉关镇 顾家台村 and
骆驼湾村; three pages: the county site, the 保定日报, the 保定市农业农村局 site), 甘肃 陇南 康县 (长坝镇 花桥村, 岸门口镇
朱家沟村, 王坝镇 何家庄村, 城关镇; three pages: the county site twice, the 陇南日报), 河南 兰考县 (东坝头镇 张庄村, 城关镇; the
county site twice) and 湖南 湘西 花垣县 (双龙镇 十八洞村; the county site and the 团结报).

Shapes: a 组织部部长 送 new 第一书记 到岗 and a 座谈交接会 at a town (选派名单 ``保定市农业农村局选派的闫宏博任顾家台村第一书记``,
``原顾家台村第一书记…办理了工作交接``, a 村党支部书记、村委会主任, 镇党委委员、组织委员) (aq01); a city paper's 乡村振兴 版
feature on a 第一书记 with a 现场推进会 at the end (aq02); the 派出单位's own site: its 副局长 (the former 第一书记) back at
the village with the current 第一书记、工作队队长 (aq03); a county 述职评议会 with 第一书记 of three villages written
``镇+村第一书记 name（X选派）`` (aq04); a city paper's 县委书记 调研 in two towns with 镇党委书记, 镇长, 村党支部书记、村委会主任,
a 第一书记 派驻 by a 省厅 (aq05); a 城关镇 农村工作会议 with unnamed 村党支部书记 and 第一书记 (aq06, aq08); 镇党委书记 and 镇长
调研 a village with its 省派 第一书记 (aq07); a 州 department's 党组书记、局长 调研 at the village it 定点帮扶 with its
第一书记、驻村工作队队长 (aq09); a city paper's 县长 调研 with the former 第一书记 now 县农业农村局局长 (aq10).

Identity cases:
- aq:闫宏博, 第一书记 → back to the 派出单位 as 副局长 (three pages, four years): 保定市农业农村局选派 顾家台村第一书记 at the
  交接 in June 2021 (aq01); 第一书记、驻村工作队队长 in Aug 2023 (aq02); 保定市农业农村局 党组成员、副局长 leading the 帮扶调研 in
  April 2025 (aq03: bare 局 on the 局's own site). His predecessor aq:邸春生 is named only as 原…第一书记 (no line).
- aq:裴志远, 镇长 → 镇党委书记 → 副县长: 龙泉关镇党委副书记、镇长 (aq01, 2021), 镇党委书记 (aq02, 2023), 阜平县副县长 (aq03,
  2025). aq:冯晓航: 龙泉关镇镇长 (aq02, 2023) → 镇党委书记 (aq03, 2025). aq:柴福全 顾家台村党支部书记、村委会主任 in aq02 and aq03.
- aq:武春燕, 镇长 of one town → 党委书记 of another in the same county: 康县长坝镇 党委副书记、镇长 (aq05, June 2024) → 康县城关镇
  党委书记 (aq06, Feb 2025). aq:邵明泉 likewise in 兰考: 东坝头镇 党委副书记、镇长 (aq07, 2023) → 兰考县城关镇 党委书记 (aq08, 2025).
- aq:麻建波, 第一书记 → county department head: 十八洞村第一书记、驻村工作队队长 派驻 by the 州财政局 (aq09, 2022) → 花垣县农业农村局
  局长 (aq10, 2024; ``曾任十八洞村第一书记`` gives no line). aq:施红梅 双龙镇 镇长 (aq09) → 镇党委书记 (aq10); aq:隆德富 村党支部书记、
  村委会主任 in both.
- two different 焦立山: aq:焦立山#1 is 阜平县龙泉关镇骆驼湾村 党支部书记、村委会主任 (河北, aq01, 2021); aq:焦立山#2 is the 第一书记 of
  康县岸门口镇朱家沟村 (甘肃, 陇南市林业和草原局选派, aq04, 2022).
- one town name in two counties: 城关镇 of 康县 (aq06: 康县城关镇…) and 兰考县 (aq08: 兰考县城关镇…); one post name in many villages
  (第一书记 of 顾家台村, 骆驼湾村, 花桥村, 朱家沟村, 何家庄村, 张庄村, 十八洞村), each with its village.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts aa, m, y and z where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (阜平县龙泉关镇党委 书记, …镇政府 镇长); ``镇党委副书记、镇长`` →
  …镇党委 副书记 + …镇政府 镇长. 城关镇 always takes its county (康县城关镇, 兰考县城关镇). Village posts of a named village: town
  label + village + 党支部 / 村委会 (阜平县龙泉关镇骆驼湾村党支部 书记 + 阜平县龙泉关镇骆驼湾村委会 主任), as parts m and aa.
- A village's 第一书记 is a post of the village's 党支部 (as part aa): ``保定市农业农村局选派的闫宏博任顾家台村第一书记`` →
  阜平县龙泉关镇顾家台村党支部 第一书记; ``长坝镇花桥村第一书记吴永红（甘肃省文化和旅游厅选派）`` → 康县长坝镇花桥村党支部 第一书记.
  The dispatching 单位 (选派 / 派驻 by a 市局, 省厅, 州财政局, 县委办, 县委宣传部) gives no line: the 第一书记 holds no title there
  on the page (as part aa for 县财政局).
- DECIDED HERE: ``驻村工作队队长`` / ``工作队队长`` is a post of the village's 驻村工作队 (a group's role is a post, as CONVENTIONS
  says of 组长): org = village label + ``驻村工作队``, title ``队长`` (阜平县龙泉关镇顾家台村驻村工作队 队长; 花垣县双龙镇十八洞村驻村
  工作队 队长). 工作队员 unnamed give nothing.
- DECIDED HERE: a former holder written ``原顾家台村第一书记邸春生`` or ``麻建波曾任十八洞村第一书记`` / ``闫宏博曾在顾家台村任第一书记``
  gets no line (an undated past post, as part u's undated 原任); the person is named without a post (邸春生).
- DECIDED HERE: ``镇党委委员、组织委员韦丽娜`` → 阜平县龙泉关镇党委 委员 + 阜平县龙泉关镇党委 组织委员 (组织委员 is a title of the 镇党委,
  as written).
- Unnamed village organs are no posts (CONVENTIONS): ``各村党支部书记``, ``3个村的党支部书记``, ``各村（社区）党组织书记``,
  ``驻村第一书记代表`` (aq06, aq08) give nothing.
- Bare organs take the page's place: 县委 / 县乡村振兴局 / 县农业农村局 / 县委组织部 on a county site = that county (阜平县委, 康县委,
  康县乡村振兴局, 兰考县农业农村局); ``康县县委书记`` → 康县委 书记; 镇 in an article about one town = that town; ``州财政局`` on the
  花垣 site and in the 团结报 = 湘西土家族苗族自治州财政局 (the gazetteer's full name, as part ak); ``局党组成员、副局长`` on the 保定市农业
  农村局 site = 保定市农业农村局党组 成员 + 保定市农业农村局 副局长 (党组成员 as part z); ``阜平县副县长`` → 阜平县政府.
- One line per post per article; the 第一书记 line is given once per article even when the page repeats the title.
- Events: the 座谈交接会 (chair; 出席 / 参加 attendees; 宣读 / 介绍 / 表示 / 指出 speakers), the 现场推进会, the 述职评议会 (述职 is
  speaking), the 农村工作会议, the 调研 visits (leader; 陪同 / 参加调研 attendees; 汇报 / 介绍 / 表示 / 强调 / 要求 speakers); a 座谈会
  inside a 调研 is part of it (as part aa).
- Projects: works named as under way or to be pushed (民宿 and 基地 projects ``project``, a 二期 named on its own a project of its own,
  a 蔬菜大棚产业园二期 ``industrial_park``, a 道路提质工程 ``infrastructure_project``, a river 生态治理工程 ``greening_project`` as part
  z); ``古村落保护利用工作`` (aq04) and 民宿标准化建设 are not named projects.
- Places: one line per name per file; towns, villages, counties, a river, provinces and cities inside the 派出单位 names count
  (甘肃省, 陇南市, 保定市, 河南省 as ``in_org_reference``); site lines, mastheads, 来源 lines, footers and the 上一篇 / 下一篇 links
  (城南庄镇, 堌阳镇, 谷营镇, 东坝头镇 in aq08) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "aq01_fuping.txt": (2021, "发布时间：2021-06-18 17:20", "阜平县龙泉关镇", [
        ("新一轮驻村第一书记到岗 龙泉关镇召开座谈交接会", "6月17日", "2021-06-17", "6月17日，县委常委",
         "county site 乡镇动态: the 组织部部长 送 new 第一书记 到岗; 座谈交接会 chaired by the 镇党委书记; 选派名单 (单位选派的…任…村第一书记); 原第一书记 交接; a 村党支部书记、村委会主任")]),
    "aq02_fuping.txt": (2023, "2023年8月22日　星期二", "阜平县龙泉关镇", [
        ("山村民宿“热”起来 第一书记“忙”起来", "8月中旬", "2023-08", "本报讯（记者 谷雨桐",
         "city paper 第06版 乡村振兴: feature on the 第一书记、驻村工作队队长 (派驻 by a 市局); a 村党支部书记、村委会主任; a 现场推进会 of the town (the former 镇长 now 书记)")]),
    "aq03_fuping.txt": (2025, "发布时间：2025-04-16 10:05", "保定市农业农村局", [
        ("市农业农村局到阜平县顾家台村开展帮扶调研", "4月15日", "2025-04-15", "4月15日，局党组成员",
         "派出单位's own site: its 党组成员、副局长 (the former 第一书记) leads a 帮扶调研 at the village; 副县长 and 镇党委书记 accompany; the current 第一书记、工作队队长")]),
    "aq04_kangxian.txt": (2022, "发布日期：2022-03-11 16:48", "康县", [
        ("康县召开2021年度驻村第一书记述职评议会", "3月10日", "2022-03-10", "3月10日，康县召开",
         "county site: 述职评议会 of 驻村第一书记 (镇+村第一书记 name（单位选派）), 县委副书记, 组织部部长 主持, 乡村振兴局局长")]),
    "aq05_kangxian.txt": (2024, "2024年6月14日　星期五", "康县", [
        ("姚正清在长坝镇岸门口镇调研和美乡村建设和乡村旅游工作", "6月12日", "2024-06-12", "本报讯（记者 杨开宇）",
         "city paper 第02版: the 县委书记's 调研 in two towns; 镇党委书记, 镇长, 村党支部书记、村委会主任, a 省厅 派驻 第一书记")]),
    "aq06_kangxian.txt": (2025, "发布日期：2025-02-19 11:32", "康县城关镇", [
        ("城关镇召开2025年农村工作会议暨驻村帮扶工作推进会", "2月18日", "2025-02-18", "2月18日，城关镇召开",
         "county site 乡镇动态: the town's 农村工作会议 (the former 长坝镇镇长 now 城关镇党委书记); unnamed 村党支部书记 and 第一书记")]),
    "aq07_lankao.txt": (2023, "发布时间：2023-05-26 15:10", "兰考县东坝头镇", [
        ("东坝头镇：党政主要负责同志到张庄村调研驻村帮扶工作", "5月25日", "2023-05-25", "5月25日，东坝头镇党委书记",
         "county site 乡镇动态: 镇党委书记 and 镇长 调研 a village; its 省派 第一书记 and 村党支部书记、村委会主任; a 县局局长")]),
    "aq08_lankao.txt": (2025, "发布时间：2025-01-14 09:46", "兰考县城关镇", [
        ("城关镇召开2024年度村党组织书记抓基层党建述职评议会", "1月13日", "2025-01-13", "1月13日，城关镇召开",
         "county site 乡镇动态: 城关镇 述职评议会 chaired by the 镇党委书记 (the former 东坝头镇镇长); unnamed 村党组织书记")]),
    "aq09_huayuan.txt": (2022, "发布时间：2022-07-08 16:22", "花垣县双龙镇", [
        ("州财政局到十八洞村调研驻村帮扶工作", "7月7日", "2022-07-07", "7月7日，州财政局",
         "county site 乡镇动态: a 州 department's 党组书记、局长 at the village it 定点帮扶; its 第一书记、驻村工作队队长; 镇党委书记, 镇长; 村党支部书记、村委会主任")]),
    "aq10_huayuan.txt": (2024, "2024年9月13日　星期五", "花垣县双龙镇", [
        ("吴清泉到双龙镇调研乡村振兴和秋季产业发展", "9月11日", "2024-09-11", "本报讯（记者 龙诗涵",
         "city paper 第03版: the 县长's 调研; the former 第一书记 now 县农业农村局局长; the former 镇长 now 镇党委书记; the new 第一书记")]),
}

_LQG = "阜平县龙泉关镇"
_GJT = _LQG + "顾家台村"
_LTW = _LQG + "骆驼湾村"
_CB = "康县长坝镇"
_AMK = "康县岸门口镇"
_CG_KX = "康县城关镇"
_DBT = "兰考县东坝头镇"
_CG_LK = "兰考县城关镇"
_SL = "花垣县双龙镇"
_SBD = _SL + "十八洞村"
_XX = "湘西土家族苗族自治州"
_AQ01_CHAIR = "镇党委书记贺广田主持会议，镇党委副书记、镇长裴志远，镇党委委员、组织委员韦丽娜参加会议"
_AQ08_LIST = "镇党委副书记、镇长牛嘉禾，镇党委副书记孔繁星，镇纪委书记鲍玉珍出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 阜平县 龙泉关镇
    "aq:芦晓静": ("芦晓静", "external_official", "阜平县", [
        ("aq01", "阜平县委", "常委", "县委常委、组织部部长芦晓静送新一轮驻村第一书记", "bare 县委 on the 阜平 site"),
        ("aq01", "阜平县委组织部", "部长", "县委常委、组织部部长芦晓静送新一轮驻村第一书记", None)], []),
    "aq:贺广田": ("贺广田", "official", _LQG, [
        ("aq01", _LQG + "党委", "书记", _AQ01_CHAIR, "2021")], []),
    "aq:裴志远": ("裴志远", "official", _LQG, [
        ("aq01", _LQG + "党委", "副书记", _AQ01_CHAIR, "2021-06: 镇长 (identity case: 镇党委书记 2023, 副县长 2025)"),
        ("aq01", _LQG + "政府", "镇长", _AQ01_CHAIR, None),
        ("aq02", _LQG + "党委", "书记", "镇党委书记裴志远主持会议", "2023-08: now 镇党委书记"),
        ("aq03", "阜平县政府", "副县长", "阜平县副县长裴志远", "2025-04: now 副县长")], []),
    "aq:韦丽娜": ("韦丽娜", "official", _LQG, [
        ("aq01", _LQG + "党委", "委员", _AQ01_CHAIR, None),
        ("aq01", _LQG + "党委", "组织委员", _AQ01_CHAIR, "DECIDED HERE: 组织委员 is a title of the 镇党委")], []),
    "aq:闫宏博": ("闫宏博", "official", _GJT, [
        ("aq01", _GJT + "党支部", "第一书记", "保定市农业农村局选派的闫宏博任顾家台村第一书记", "2021-06: 第一书记 of the named village (as part aa); the 选派 单位 gives no line"),
        ("aq02", _GJT + "党支部", "第一书记", "派驻顾家台村第一书记、驻村工作队队长闫宏博", "2023-08: the same post"),
        ("aq02", _GJT + "驻村工作队", "队长", "派驻顾家台村第一书记、驻村工作队队长闫宏博", "DECIDED HERE: 驻村工作队队长 is a post of the village's 驻村工作队"),
        ("aq03", "保定市农业农村局党组", "成员", "局党组成员、副局长闫宏博带领", "2025-04: back at the 派出单位; bare 局 on the 局's own site; 曾在顾家台村任第一书记 gives no line"),
        ("aq03", "保定市农业农村局", "副局长", "局党组成员、副局长闫宏博带领", None)], []),
    "aq:蔺小川": ("蔺小川", "official", _LTW, [
        ("aq01", _LTW + "党支部", "第一书记", "县委办选派的蔺小川任骆驼湾村第一书记", "the 选派 县委办 gives no line")], []),
    "aq:邸春生": ("邸春生", "official", _GJT, [], ["aq01"]),
    "aq:焦立山#1": ("焦立山", "official", _LTW, [
        ("aq01", _LTW + "党支部", "书记", "骆驼湾村党支部书记、村委会主任焦立山", "阜平 (河北); not the 焦立山 of 康县 (aq04)"),
        ("aq01", _LTW + "村委会", "主任", "骆驼湾村党支部书记、村委会主任焦立山", None)], []),
    "aq:甄立华": ("甄立华", "editor", "阜平县人民政府", [], ["aq01"]),
    "aq:柴福全": ("柴福全", "official", _GJT, [
        ("aq02", _GJT + "党支部", "书记", "顾家台村党支部书记、村委会主任柴福全", "2023"),
        ("aq02", _GJT + "村委会", "主任", "顾家台村党支部书记、村委会主任柴福全", None),
        ("aq03", _GJT + "党支部", "书记", "顾家台村党支部书记、村委会主任柴福全介绍了", "2025: the same posts"),
        ("aq03", _GJT + "村委会", "主任", "顾家台村党支部书记、村委会主任柴福全介绍了", None)], []),
    "aq:冯晓航": ("冯晓航", "official", _LQG, [
        ("aq02", _LQG + "党委", "副书记", "镇党委副书记、镇长冯晓航对骆驼湾村民宿集群二期", "2023: 镇长"),
        ("aq02", _LQG + "政府", "镇长", "镇党委副书记、镇长冯晓航对骆驼湾村民宿集群二期", None),
        ("aq03", _LQG + "党委", "书记", "龙泉关镇党委书记冯晓航陪同调研", "2025: now 镇党委书记")], []),
    "aq:祁海洋": ("祁海洋", "official", _GJT, [
        ("aq03", _GJT + "党支部", "第一书记", "局选派的驻村第一书记、工作队队长祁海洋", "村 = 顾家台村 (the village of the 调研); the 局 that 选派 gives no line"),
        ("aq03", _GJT + "驻村工作队", "队长", "局选派的驻村第一书记、工作队队长祁海洋", "工作队队长 = the village's 驻村工作队")], []),
    # ---- 康县
    "aq:包成林": ("包成林", "official", "康县", [
        ("aq04", "康县委", "副书记", "县委副书记包成林出席会议并讲话", None)], []),
    "aq:窦玉霞": ("窦玉霞", "official", "康县", [
        ("aq04", "康县委", "常委", "县委常委、组织部部长窦玉霞主持会议", None),
        ("aq04", "康县委组织部", "部长", "县委常委、组织部部长窦玉霞主持会议", None)], []),
    "aq:杜兴旺": ("杜兴旺", "official", "康县", [
        ("aq04", "康县乡村振兴局", "局长", "县乡村振兴局局长杜兴旺通报了", "bare 县 on the 康县 site")], []),
    "aq:吴永红": ("吴永红", "official", _CB + "花桥村", [
        ("aq04", _CB + "花桥村党支部", "第一书记", "长坝镇花桥村第一书记吴永红", "（甘肃省文化和旅游厅选派）gives no line")], []),
    "aq:焦立山#2": ("焦立山", "official", _AMK + "朱家沟村", [
        ("aq04", _AMK + "朱家沟村党支部", "第一书记", "岸门口镇朱家沟村第一书记焦立山", "康县 (甘肃); not the 焦立山 of 阜平 (aq01); 陇南市林业和草原局选派")], []),
    "aq:车文博": ("车文博", "official", "康县王坝镇何家庄村", [
        ("aq04", "康县王坝镇何家庄村党支部", "第一书记", "王坝镇何家庄村第一书记车文博", "县委宣传部选派 gives no line")], []),
    "aq:闵雪晴": ("闵雪晴", "editor", "康县人民政府", [], ["aq04", "aq06"]),
    "aq:姚正清": ("姚正清", "official", "康县", [
        ("aq05", "康县委", "书记", "康县县委书记姚正清深入长坝镇花桥村", "康县县委书记 = 康县委 书记; named in the headline too")], []),
    "aq:蒲晓东": ("蒲晓东", "official", "康县", [
        ("aq05", "康县委", "常委", "县委常委、副县长蒲晓东陪同调研", None),
        ("aq05", "康县政府", "副县长", "县委常委、副县长蒲晓东陪同调研", None)], []),
    "aq:赵晋川": ("赵晋川", "official", _CB, [
        ("aq05", _CB + "党委", "书记", "长坝镇党委书记赵晋川", None)], []),
    "aq:武春燕": ("武春燕", "official", _CB, [
        ("aq05", _CB + "党委", "副书记", "镇党委副书记、镇长武春燕汇报了", "2024-06: 长坝镇 镇长 (identity case: 城关镇党委书记 2025)"),
        ("aq05", _CB + "政府", "镇长", "镇党委副书记、镇长武春燕汇报了", None),
        ("aq06", _CG_KX + "党委", "书记", "镇党委书记武春燕出席会议并讲话", "2025-02: 党委书记 of another town of the county")], []),
    "aq:李满仓": ("李满仓", "official", _CB + "花桥村", [
        ("aq05", _CB + "花桥村党支部", "书记", "花桥村党支部书记、村委会主任李满仓", None),
        ("aq05", _CB + "花桥村委会", "主任", "花桥村党支部书记、村委会主任李满仓", None)], []),
    "aq:牟俊熙": ("牟俊熙", "official", _CB + "花桥村", [
        ("aq05", _CB + "花桥村党支部", "第一书记", "甘肃省文化和旅游厅派驻花桥村第一书记牟俊熙", "the 派驻 厅 gives no line; 吴永红's successor (aq04)")], []),
    "aq:尚伟民": ("尚伟民", "official", _AMK, [
        ("aq05", _AMK + "党委", "书记", "岸门口镇党委书记尚伟民", None)], []),
    "aq:朱长贵": ("朱长贵", "official", _AMK + "朱家沟村", [
        ("aq05", _AMK + "朱家沟村党支部", "书记", "朱家沟村党支部书记朱长贵", None)], []),
    "aq:杨开宇": ("杨开宇", "reporter", "陇南日报", [], ["aq05"]),
    "aq:任书航": ("任书航", "editor", "陇南日报", [], ["aq05"]),
    "aq:马知远": ("马知远", "external_official", "康县", [
        ("aq06", "康县委组织部", "副部长", "县委组织部副部长马知远到会指导", "bare 县委组织部 on the 康县 site")], []),
    "aq:葛振宇": ("葛振宇", "official", _CG_KX, [
        ("aq06", _CG_KX + "党委", "副书记", "镇党委副书记、镇长葛振宇主持会议", None),
        ("aq06", _CG_KX + "政府", "镇长", "镇党委副书记、镇长葛振宇主持会议", None)], []),
    "aq:文慧琴": ("文慧琴", "official", _CG_KX, [
        ("aq06", _CG_KX + "人大", "主席", "镇人大主席文慧琴出席会议", None)], []),
    # ---- 兰考县
    "aq:鲁向东": ("鲁向东", "official", _DBT, [
        ("aq07", _DBT + "党委", "书记", "东坝头镇党委书记鲁向东", None)], []),
    "aq:邵明泉": ("邵明泉", "official", _DBT, [
        ("aq07", _DBT + "党委", "副书记", "镇党委副书记、镇长邵明泉到张庄村调研", "2023: 东坝头镇 镇长 (identity case: 城关镇党委书记 2025)"),
        ("aq07", _DBT + "政府", "镇长", "镇党委副书记、镇长邵明泉到张庄村调研", None),
        ("aq08", _CG_LK + "党委", "书记", "镇党委书记邵明泉主持会议并逐一点评", "2025: 党委书记 of 兰考县城关镇")], []),
    "aq:庞晓彤": ("庞晓彤", "official", "兰考县", [
        ("aq07", "兰考县农业农村局", "局长", "县农业农村局局长庞晓彤参加调研", "bare 县 on the 兰考 site")], []),
    "aq:卓立新": ("卓立新", "official", _DBT + "张庄村", [
        ("aq07", _DBT + "张庄村党支部", "第一书记", "河南省发展和改革委员会派驻张庄村第一书记卓立新", "省派 第一书记; the 派驻 委 gives no line")], []),
    "aq:申德厚": ("申德厚", "official", _DBT + "张庄村", [
        ("aq07", _DBT + "张庄村党支部", "书记", "张庄村党支部书记、村委会主任申德厚", None),
        ("aq07", _DBT + "张庄村委会", "主任", "张庄村党支部书记、村委会主任申德厚", None)], []),
    "aq:柳梦溪": ("柳梦溪", "editor", "兰考县人民政府", [], ["aq07", "aq08"]),
    "aq:牛嘉禾": ("牛嘉禾", "official", _CG_LK, [
        ("aq08", _CG_LK + "党委", "副书记", _AQ08_LIST, None),
        ("aq08", _CG_LK + "政府", "镇长", _AQ08_LIST, None)], []),
    "aq:孔繁星": ("孔繁星", "official", _CG_LK, [
        ("aq08", _CG_LK + "党委", "副书记", _AQ08_LIST, None)], []),
    "aq:鲍玉珍": ("鲍玉珍", "official", _CG_LK, [
        ("aq08", _CG_LK + "纪委", "书记", _AQ08_LIST, None)], []),
    # ---- 花垣县 双龙镇
    "aq:彭子墨": ("彭子墨", "external_official", _XX, [
        ("aq09", _XX + "财政局党组", "书记", "州财政局党组书记、局长彭子墨带队", "bare 州 on the 花垣 site = 湘西土家族苗族自治州 (full name, as part ak)"),
        ("aq09", _XX + "财政局", "局长", "州财政局党组书记、局长彭子墨带队", None)], []),
    "aq:石光耀": ("石光耀", "official", _SL, [
        ("aq09", _SL + "党委", "书记", "双龙镇党委书记石光耀", None)], []),
    "aq:施红梅": ("施红梅", "official", _SL, [
        ("aq09", _SL + "党委", "副书记", "镇党委副书记、镇长施红梅陪同调研", "2022: 镇长"),
        ("aq09", _SL + "政府", "镇长", "镇党委副书记、镇长施红梅陪同调研", None),
        ("aq10", _SL + "党委", "书记", "双龙镇党委书记施红梅", "2024: now 镇党委书记")], []),
    "aq:麻建波": ("麻建波", "official", _SBD, [
        ("aq09", _SBD + "党支部", "第一书记", "州财政局派驻十八洞村第一书记、驻村工作队队长麻建波", "2022; the 派驻 州财政局 gives no line"),
        ("aq09", _SBD + "驻村工作队", "队长", "州财政局派驻十八洞村第一书记、驻村工作队队长麻建波", "DECIDED HERE: the village's 驻村工作队"),
        ("aq10", "花垣县农业农村局", "局长", "县农业农村局局长麻建波", "2024: now a county department head; 曾任十八洞村第一书记 gives no line")], []),
    "aq:隆德富": ("隆德富", "official", _SBD, [
        ("aq09", _SBD + "党支部", "书记", "十八洞村党支部书记、村委会主任隆德富", "2022"),
        ("aq09", _SBD + "村委会", "主任", "十八洞村党支部书记、村委会主任隆德富", None),
        ("aq10", _SBD + "党支部", "书记", "十八洞村党支部书记、村委会主任隆德富介绍了", "2024: the same posts"),
        ("aq10", _SBD + "村委会", "主任", "十八洞村党支部书记、村委会主任隆德富介绍了", None)], []),
    "aq:向晓岚": ("向晓岚", "editor", "花垣县人民政府", [], ["aq09"]),
    "aq:吴清泉": ("吴清泉", "official", "花垣县", [
        ("aq10", "花垣县委", "副书记", "花垣县委副书记、县长吴清泉到双龙镇调研", "named in the headline too"),
        ("aq10", "花垣县政府", "县长", "花垣县委副书记、县长吴清泉到双龙镇调研", None)], []),
    "aq:季云帆": ("季云帆", "official", _SL, [
        ("aq10", _SL + "党委", "副书记", "镇党委副书记、镇长季云帆陪同调研", None),
        ("aq10", _SL + "政府", "镇长", "镇党委副书记、镇长季云帆陪同调研", None)], []),
    "aq:田小禾": ("田小禾", "official", _SBD, [
        ("aq10", _SBD + "党支部", "第一书记", "州财政局派驻十八洞村第一书记田小禾", "麻建波's successor; the 派驻 州财政局 gives no line")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("aq01", "甄立华", "责任编辑", "editor", "责任编辑：甄立华"),
    ("aq02", "谷雨桐", "记者", "reporter", "本报讯（记者 谷雨桐 通讯员 包玉梅）"),
    ("aq02", "包玉梅", "通讯员", "correspondent", "本报讯（记者 谷雨桐 通讯员 包玉梅）"),
    ("aq02", "阎若溪", "编辑", "editor", "（编辑：阎若溪）"),
    ("aq03", "俞佳宁", "供稿", "author", "（供稿：局办公室 俞佳宁）"),
    ("aq04", "闵雪晴", "责任编辑", "editor", "责任编辑：闵雪晴"),
    ("aq05", "杨开宇", "记者", "reporter", "本报讯（记者 杨开宇）"),
    ("aq05", "任书航", "编辑", "editor", "（编辑：任书航）"),
    ("aq06", "闵雪晴", "责任编辑", "editor", "责任编辑：闵雪晴"),
    ("aq07", "柳梦溪", "责任编辑", "editor", "责任编辑：柳梦溪"),
    ("aq08", "柳梦溪", "责任编辑", "editor", "责任编辑：柳梦溪"),
    ("aq09", "向晓岚", "责任编辑", "editor", "责任编辑：向晓岚"),
    ("aq10", "龙诗涵", "记者", "reporter", "本报讯（记者 龙诗涵 通讯员 石瑾瑜）"),
    ("aq10", "石瑾瑜", "通讯员", "correspondent", "本报讯（记者 龙诗涵 通讯员 石瑾瑜）"),
    ("aq10", "符嘉怡", "编辑", "editor", "（编辑：符嘉怡）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("aq01", "新一轮驻村第一书记座谈交接会", "meeting (座谈交接会)", "6月17日", "贺广田", None, [],
     ["芦晓静", "裴志远", "韦丽娜"], ["韦丽娜", "邸春生", "焦立山", "闫宏博", "裴志远", "芦晓静", "贺广田"], "龙泉关镇",
     "6月17日，县委常委、组织部部长芦晓静送新一轮驻村第一书记到龙泉关镇到岗，并出席座谈交接会",
     ["组织部部长芦晓静送新一轮驻村第一书记到龙泉关镇到岗，并出席座谈交接会", _AQ01_CHAIR, "韦丽娜宣读了新一轮驻村第一书记选派名单",
      "原顾家台村第一书记邸春生介绍了", "村委会主任焦立山代表村“两委”表示", "闫宏博表示", "裴志远介绍了", "芦晓静指出", "贺广田表示"]),
    ("aq02", "民宿提质现场推进会", "meeting (现场推进会)", "8月18日", "裴志远", None, ["龙泉关镇"],
     ["冯晓航"], ["冯晓航", "裴志远"], "顾家台村",
     "8月18日，龙泉关镇在顾家台村召开民宿提质现场推进会",
     ["镇党委书记裴志远主持会议", "镇长冯晓航对骆驼湾村民宿集群二期和全镇民宿标准化建设作了部署", "裴志远强调"]),
    ("aq03", "顾家台村帮扶调研", "inspection (调研)", "4月15日", None, "闫宏博", ["保定市农业农村局"],
     ["裴志远", "冯晓航"], ["祁海洋", "柴福全", "闫宏博", "裴志远", "冯晓航"], "顾家台村",
     "4月15日，局党组成员、副局长闫宏博带领局乡村产业发展科、农田建设管理科负责同志，到定点帮扶的阜平县龙泉关镇顾家台村开展帮扶调研",
     ["副局长闫宏博带领", "阜平县副县长裴志远，龙泉关镇党委书记冯晓航陪同调研", "工作队队长祁海洋汇报了", "村委会主任柴福全介绍了",
      "他指出", "裴志远表示", "冯晓航表示"]),
    ("aq04", "2021年度驻村第一书记述职评议会", "meeting (述职评议会)", "3月10日", "窦玉霞", None, ["康县"],
     ["包成林"], ["杜兴旺", "吴永红", "焦立山", "车文博", "包成林"], None,
     "3月10日，康县召开2021年度驻村第一书记述职评议会",
     ["县委副书记包成林出席会议并讲话", "组织部部长窦玉霞主持会议", "县乡村振兴局局长杜兴旺通报了", "第一书记吴永红（甘肃省文化和旅游厅选派）围绕乡村旅游",
      "第一书记焦立山（陇南市林业和草原局选派）介绍了", "第一书记车文博（县委宣传部选派）介绍了", "包成林指出"]),
    ("aq05", "和美乡村建设和乡村旅游工作调研", "inspection (调研)", "6月12日", None, "姚正清", [],
     ["蒲晓东"], ["赵晋川", "武春燕", "李满仓", "牟俊熙", "尚伟民", "朱长贵", "姚正清", "蒲晓东"], "长坝镇、岸门口镇",
     "康县县委书记姚正清深入长坝镇花桥村、岸门口镇朱家沟村，调研和美乡村建设和乡村旅游发展工作",
     ["县委书记姚正清深入长坝镇花桥村", "副县长蒲晓东陪同调研", "镇党委副书记、镇长武春燕汇报了", "长坝镇党委书记赵晋川",
      "村委会主任李满仓介绍了", "第一书记牟俊熙介绍了", "岸门口镇党委书记尚伟民，朱家沟村党支部书记朱长贵分别作了汇报", "姚正清强调", "蒲晓东要求"]),
    ("aq06", "城关镇2025年农村工作会议暨驻村帮扶工作推进会", "meeting (农村工作会议)", "2月18日", "葛振宇", None, ["城关镇"],
     ["马知远", "武春燕", "文慧琴"], ["葛振宇", "马知远", "武春燕"], None,
     "2月18日，城关镇召开2025年农村工作会议暨驻村帮扶工作推进会",
     ["县委组织部副部长马知远到会指导", "镇党委书记武春燕出席会议并讲话", "镇长葛振宇主持会议", "镇人大主席文慧琴出席会议",
      "葛振宇对2025年全镇农村工作作了安排", "马知远就驻村干部管理", "武春燕强调"]),
    ("aq07", "张庄村驻村帮扶工作调研", "inspection (调研)", "5月25日", None, "鲁向东", [],
     ["邵明泉", "庞晓彤"], ["卓立新", "申德厚", "庞晓彤", "邵明泉", "鲁向东"], "张庄村",
     "5月25日，东坝头镇党委书记鲁向东，镇党委副书记、镇长邵明泉到张庄村调研驻村帮扶和黄河滩区产业发展工作",
     ["东坝头镇党委书记鲁向东", "镇长邵明泉到张庄村调研", "县农业农村局局长庞晓彤参加调研", "第一书记卓立新汇报了",
      "村委会主任申德厚介绍了", "庞晓彤表示", "邵明泉要求", "鲁向东强调"]),
    ("aq08", "2024年度村党组织书记抓基层党建述职评议会", "meeting (述职评议会)", "1月13日", "邵明泉", None, ["城关镇"],
     ["牛嘉禾", "孔繁星", "鲍玉珍"], ["孔繁星", "牛嘉禾", "鲍玉珍", "邵明泉"], None,
     "1月13日，城关镇召开2024年度村党组织书记抓基层党建述职评议会",
     ["镇党委书记邵明泉主持会议并逐一点评", _AQ08_LIST, "孔繁星通报了", "牛嘉禾就城关镇蔬菜大棚产业园二期", "鲍玉珍对村级“三资”管理",
      "邵明泉在点评中指出"]),
    ("aq09", "十八洞村驻村帮扶工作调研", "inspection (调研)", "7月7日", None, "彭子墨", [],
     ["石光耀", "施红梅"], ["麻建波", "隆德富", "施红梅", "彭子墨", "石光耀"], "十八洞村",
     "7月7日，州财政局党组书记、局长彭子墨带队到定点帮扶的双龙镇十八洞村调研驻村帮扶工作",
     ["局长彭子墨带队", "双龙镇党委书记石光耀，镇党委副书记、镇长施红梅陪同调研", "工作队队长麻建波汇报了", "村委会主任隆德富介绍了",
      "施红梅汇报了", "彭子墨强调", "石光耀表示"]),
    ("aq10", "乡村振兴和秋季产业发展调研", "inspection (调研)", "9月11日", None, "吴清泉", [],
     ["麻建波", "施红梅", "季云帆"], ["隆德富", "田小禾", "施红梅", "季云帆", "麻建波", "吴清泉"], "双龙镇",
     "9月11日，花垣县委副书记、县长吴清泉到双龙镇调研乡村振兴和秋季产业发展工作",
     ["县长吴清泉到双龙镇调研", "县农业农村局局长麻建波，双龙镇党委书记施红梅，镇党委副书记、镇长季云帆陪同调研",
      "村委会主任隆德富介绍了", "第一书记田小禾汇报了", "施红梅、季云帆分别汇报了", "他介绍了", "吴清泉强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("aq01", "顾家台村食用菌大棚提质改造项目", "project", "抓好顾家台村食用菌大棚提质改造项目"),
    ("aq01", "骆驼湾村民宿集群二期", "project", "骆驼湾村民宿集群二期建设"),
    ("aq02", "顾家台村食用菌大棚提质改造项目", "project", "牵头完成了顾家台村食用菌大棚提质改造项目"),
    ("aq02", "骆驼湾村民宿集群二期", "project", "对骆驼湾村民宿集群二期和全镇民宿标准化建设作了部署"),
    ("aq03", "顾家台村高标准农田建设项目", "project", "顾家台村高标准农田建设项目现场"),
    ("aq04", "花桥村民宿提升改造项目", "project", "介绍了花桥村民宿提升改造项目的推进情况"),
    ("aq04", "朱家沟村核桃提质增效基地", "project", "介绍了朱家沟村核桃提质增效基地"),
    ("aq05", "花桥村民宿提升改造项目", "project", "姚正清察看了花桥村民宿提升改造项目"),
    ("aq05", "朱家沟村古村落保护利用项目", "project", "详细了解朱家沟村古村落保护利用项目进展"),
    ("aq06", "城关镇中药材种植示范基地", "project", "抓好城关镇中药材种植示范基地"),
    ("aq06", "燕子河城关段生态治理工程", "greening_project", "燕子河城关段生态治理工程"),
    ("aq07", "张庄村黄河滩区蜜瓜种植基地", "project", "调研组察看了张庄村黄河滩区蜜瓜种植基地"),
    ("aq07", "张庄村黄河滩区蜜瓜种植基地二期", "project", "确保张庄村黄河滩区蜜瓜种植基地二期年内建成"),
    ("aq08", "城关镇蔬菜大棚产业园二期", "industrial_park", "牛嘉禾就城关镇蔬菜大棚产业园二期"),
    ("aq08", "城关镇农村道路提质工程", "infrastructure_project", "城关镇农村道路提质工程的推进作了安排"),
    ("aq09", "十八洞村游客服务中心改造项目", "project", "察看了十八洞村游客服务中心改造项目"),
    ("aq10", "十八洞村苗寨民宿提质项目", "project", "吴清泉察看了十八洞村苗寨民宿提质项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("aq01", "龙泉关镇", "town", "standalone", "送新一轮驻村第一书记到龙泉关镇到岗"),
    ("aq01", "保定市", "city", "in_org_reference", "保定市农业农村局选派的闫宏博"),
    ("aq01", "顾家台村", "village", "in_title", "保定市农业农村局选派的闫宏博任顾家台村第一书记"),
    ("aq01", "骆驼湾村", "village", "in_title", "骆驼湾村党支部书记、村委会主任焦立山"),
    ("aq01", "龙泉关", "town", "standalone (slogan)", "把龙泉关的山水资源"),
    ("aq02", "阜平县", "county", "standalone", "阜平县龙泉关镇顾家台村的十几处民宿小院"),
    ("aq02", "龙泉关镇", "town", "standalone", "阜平县龙泉关镇顾家台村的十几处民宿小院"),
    ("aq02", "顾家台村", "village", "standalone", "阜平县龙泉关镇顾家台村的十几处民宿小院"),
    ("aq02", "保定市", "city", "in_org_reference", "保定市农业农村局派驻顾家台村第一书记"),
    ("aq02", "骆驼湾村", "village", "in_project_name", "对骆驼湾村民宿集群二期和全镇民宿标准化建设作了部署"),
    ("aq03", "阜平县", "county", "standalone", "到定点帮扶的阜平县龙泉关镇顾家台村开展帮扶调研"),
    ("aq03", "龙泉关镇", "town", "standalone", "到定点帮扶的阜平县龙泉关镇顾家台村开展帮扶调研"),
    ("aq03", "顾家台村", "village", "standalone", "到定点帮扶的阜平县龙泉关镇顾家台村开展帮扶调研"),
    ("aq04", "康县", "county", "standalone", "3月10日，康县召开2021年度驻村第一书记述职评议会"),
    ("aq04", "长坝镇", "town", "in_title", "长坝镇花桥村第一书记吴永红"),
    ("aq04", "花桥村", "village", "in_title", "长坝镇花桥村第一书记吴永红"),
    ("aq04", "甘肃省", "province", "in_org_reference", "（甘肃省文化和旅游厅选派）"),
    ("aq04", "岸门口镇", "town", "in_title", "岸门口镇朱家沟村第一书记焦立山"),
    ("aq04", "朱家沟村", "village", "in_title", "岸门口镇朱家沟村第一书记焦立山"),
    ("aq04", "陇南市", "city", "in_org_reference", "（陇南市林业和草原局选派）"),
    ("aq04", "王坝镇", "town", "in_title", "王坝镇何家庄村第一书记车文博"),
    ("aq04", "何家庄村", "village", "in_title", "王坝镇何家庄村第一书记车文博"),
    ("aq05", "康县", "county", "standalone", "康县是和美乡村建设的先行地"),
    ("aq05", "长坝镇", "town", "standalone", "深入长坝镇花桥村、岸门口镇朱家沟村"),
    ("aq05", "花桥村", "village", "standalone", "深入长坝镇花桥村、岸门口镇朱家沟村"),
    ("aq05", "岸门口镇", "town", "standalone", "深入长坝镇花桥村、岸门口镇朱家沟村"),
    ("aq05", "朱家沟村", "village", "standalone", "在朱家沟村，姚正清详细了解"),
    ("aq05", "甘肃省", "province", "in_org_reference", "甘肃省文化和旅游厅派驻花桥村第一书记牟俊熙"),
    ("aq06", "城关镇", "town", "standalone", "2月18日，城关镇召开2025年农村工作会议"),
    ("aq06", "燕子河", "river", "in_project_name", "燕子河城关段生态治理工程"),
    ("aq06", "城关", "town", "in_project_name", "燕子河城关段生态治理工程"),
    ("aq07", "东坝头镇", "town", "in_org_reference", "5月25日，东坝头镇党委书记鲁向东"),
    ("aq07", "张庄村", "village", "standalone", "到张庄村调研驻村帮扶"),
    ("aq07", "黄河", "river", "standalone", "黄河滩区产业发展工作"),
    ("aq07", "河南省", "province", "in_org_reference", "河南省发展和改革委员会派驻张庄村第一书记卓立新"),
    ("aq08", "城关镇", "town", "standalone", "1月13日，城关镇召开2024年度村党组织书记"),
    ("aq09", "双龙镇", "town", "standalone", "到定点帮扶的双龙镇十八洞村调研驻村帮扶工作"),
    ("aq09", "十八洞村", "village", "standalone", "到定点帮扶的双龙镇十八洞村调研驻村帮扶工作"),
    ("aq10", "花垣县", "county", "in_org_reference", "花垣县委副书记、县长吴清泉到双龙镇调研"),
    ("aq10", "双龙镇", "town", "standalone", "吴清泉到双龙镇调研乡村振兴和秋季产业发展工作"),
    ("aq10", "十八洞村", "village", "standalone", "在十八洞村，吴清泉察看了"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="aq", conventions="set aq (blind set: villages and rural revitalisation in 河北 (保定 阜平县 龙泉关镇 three times), 甘肃 (陇南 康县: 长坝镇, 岸门口镇, 王坝镇, 城关镇), 河南 (兰考县 东坝头镇 and 城关镇) and 湖南 (湘西 花垣县 双龙镇 十八洞村): 驻村第一书记 sent by a 单位 (a village's 第一书记 = town label + village + 党支部 第一书记; the 选派 / 派驻 单位 gives no line; 驻村工作队队长 = the village's 驻村工作队 队长; 原 / 曾任 第一书记 give no line), 村党支部书记、村委会主任 of named villages (党支部 + 村委会), 镇党委书记 / 镇长 (county label + town + 党委 / 政府), 城关镇 always with its county, unnamed village organs no post; one line per post per article)",
          persons_note="Set aq persons. id = corpus-wide person_id (aq:焦立山#1 of 阜平县骆驼湾村 (河北) and aq:焦立山#2 of 康县朱家沟村 (甘肃) are two people; aq:闫宏博 第一书记 2021 → 第一书记、驻村工作队队长 2023 → 保定市农业农村局党组成员、副局长 2025; aq:裴志远 镇长 → 镇党委书记 → 阜平县副县长; aq:武春燕 长坝镇镇长 → 康县城关镇党委书记; aq:邵明泉 东坝头镇镇长 → 兰考县城关镇党委书记; aq:麻建波 十八洞村第一书记 → 花垣县农业农村局局长)")


if __name__ == "__main__":
    main()
