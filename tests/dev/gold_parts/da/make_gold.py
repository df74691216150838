"""Write gold part ``da`` (a blind set: county and county-level-city 政协 and 人大 news: 政协主席 leading 视察 / 专题调研 /
协商议政会, 人大常委会主任 leading 执法检查 and 代表视察, 界别 groups, 委员 and 代表 named with their units, 政协副主席 lists
and 秘书长) from the tables below.

Pages ``tests/dev/texts/da*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 松阳 县政协 主席会议 page (``县委书记、县长…，县政协副主席…等参加``,
a 民主监督报告 审议); a 柳州 柳江县政协 page (``当前位置:动态信息``, ``会议由县政协主席…主持。…秘书长通报``, ``县政协副主席
…等参加``, ``上一篇: … || 下一篇:``); the 肥西 县政协 常委会 page (``县政协主席…主持召开…常委会会议。县政协副主席…，秘书长…
出席会议``); the 桃源 县政协 开幕 page (``发布时间:… 访问次数: … 信息来源:``, ``大会秘书长``); a 太湖 县政协 会议 page
(``编辑: … 审核人:… 阅读次数:``, a 委员 speaking ``我是来自工商联界别的政协委员``); the 房县 (今日房县) page of a 市政协副主席's
调研 with the 县政协主席 and 副主席 (``记者… 实习生… 通讯员… 报道``) and the 房县 paper's joint 人大代表 / 政协委员 视察 (``县人大
常委会主任…，县政协主席…，副县长…，县政协副主席…参加活动``); the 凤翔 县政协 page (``县政协副主席…，秘书长、办公室主任…陪同
调研``); 执法检查 pages of 迁西 (``市人大常委会副主任…带领…执法检查组…座谈会``), 镇安 (``市人大常委会秘书长…带领检查组…县委常委、
副县长…、县人大副主任…一同检查或出席汇报会``), 江永 and 修水 (``县人大常委会副主任…率执法检查组``); 代表视察 pages of 临澧,
梅州 平远 (``县人大常委会党组书记、主任…，县委常委、副县长…等陪同视察``), 西华 / 项城, 台前 (``发布时间:… 来源: 作者:``) and
浉河 (``发布时间:… 阅读次数:次 【字体:大 中 小】``, ``新县人大常委会主任…，县委常委、常务副县长…等陪同视察``); the 成都 政协
and 杭州 政协 pages on 界别 委员工作室 (``市政协社科界别委员工作室``, ``民建界别组召集人``, ``供稿:``); the 浙江政协 page of a
省政协副主席's 调研 in 嘉兴 (``当前位置: 首页 >专委会工作动态>…>>正文内容``, ``发布日期:… 来源: 作者: 字号:``, ``【关闭窗口】``).
Places are real: 山东 临沂 平邑县 (three pages: the 县政协 site, the 县人大常委会 site, the 临沂日报), 湖南 株洲 攸县 (two: the
攸县政协 site, the 株洲日报), 四川 遂宁 射洪市 (two: the 射洪市人大常委会 site, the 遂宁日报), 浙江 湖州 长兴县 (the 长兴政协
site), 河南 南阳 唐河县 (a 南阳网 portal page).

Shapes: a 县政协 site's 专题视察 led by the 政协主席 with a 副主席 list and the 秘书长, a 县委常委、副县长, a town secretary, a
department head, 委员 named with their units (a hospital's 副院长, a cooperative's 理事长) and a 界别 group (da01); a 县人大
常委会 site's 执法检查 of the 安全生产法 led by the 主任 with two 副主任 and a 县人大代表 who is a town secretary (da02); a city
paper's 第A02版 of a 市人大常委会副主任 leading 市人大代表 in the county, with the county's 书记 / 县长 / 人大主任 and 代表 named with
their units (a school's 校长, a village 党支部书记) (da03); a 县政协 site's 专题调研 (``率专题调研组``; 副主席 list, 秘书长; a
委员 who is a company's 总经理) (da04); a city paper's 第03版 of the county 政协's ``请你来协商`` 协商议政会 (县政协党组书记、主席
主持; the 县委书记, the 县长 and a 市政协副主席; 界别 委员) (da05); a 县级市 人大常委会 site's 代表视察 led by a 副主任, the 主任
speaking at its 座谈会 (da06); a city paper's 执法检查 of the 长江保护法 in the 县级市, the 副主任 of da06 now 主任 (da07); a 县政协
site's 协商议政会 with a 副县长 and 界别 委员 (a village 党委书记, a state company's 董事长) (da08); a portal page (南阳网) of a 县人大
常委会 代表视察 with 副主任 list and the 人大常委会 秘书长, a 县委常委、副县长 (da09).

Identity cases:
- da:郇东升, a 副县长 who becomes 县长 (平邑县): 县委常委、副县长 at the 政协 视察 of June 2022 (da01) and the 执法检查 of
  Sept 2023 (da02); 县委副书记、县长 in May 2024 (da03).
- da:龙启涛, a 常务副县长 who becomes 县政协主席 (攸县): 县委常委、常务副县长 at the 政协 调研 of Aug 2021 (da04); 县政协党组书记、
  主席 chairing the 协商议政会 of June 2023 (da05).
- da:蒲绍华, a 人大 副主任 who becomes 主任 (射洪市): 市人大常委会副主任 leading the 代表视察 of April 2022 (da06); 射洪市人大
  常委会主任 in Oct 2024 (da07).
- the same officials on two pages: da:鞠庆友 (平邑县人大常委会主任, 2023 and 2024), da:彭立军#1 (攸县政协副主席, 2021 and 2023).
- two different 彭立军 in unrelated places: da:彭立军#1 is 攸县政协副主席 (湖南, da04, da05); da:彭立军#2 is 唐河县委常委、副县长
  (河南, da09).
- one organ name of different places: ``市人大常委会`` is 射洪市's on the 射洪市人大常委会 site (da06: the 县级市) and 遂宁市's in
  the 遂宁日报 (da07, where 射洪's is written ``射洪市人大常委会``); ``县政协`` is 平邑's (da01), 攸县's (da04, da05) and 长兴's (da08);
  ``县人大常委会`` is 平邑's (da02, da03) and 唐河's (da09); ``市政协`` in the 株洲日报 is 株洲's (da05).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, ay, bs, bq where they speak; decided here where they are silent):
- 政协 and 人大 organs (part ab): ``县政协主席`` → X县政协 主席; ``县政协副主席A、B，秘书长C`` → every name X县政协 副主席, C X县政协
  秘书长 (a bare 秘书长 after the 政协 副主席 list is the 政协's, parts p, ab); ``县人大常委会主任 / 副主任`` → X县人大常委会;
  ``县人大常委会副主任A、B，秘书长C`` → C X县人大常委会 秘书长 (DECIDED HERE, as ab's 政协 rule: a bare 秘书长 after the 人大常委会
  副主任 list is the 人大常委会's). ``县政协党组书记、主席`` → X县政协党组 书记 + X县政协 主席 (党组 only with 书记, parts g, z, ab).
  攸县's labels: ``攸县委``, ``攸县政府``, ``攸县政协`` (the county's full name + organ, as CONVENTIONS builds ``中牟县委``).
- Bare organs take the page's place or its parent of the right level: on a county's 政协 / 人大 site bare 县委 / 县政府 /
  县政协 / 县人大常委会 / 县X局 are that county's; on the 射洪市人大常委会 site bare 市人大常委会 / 副市长 / 市经济和信息化局 are
  射洪市's (the 县级市); in a city paper bare 市人大常委会 / 市政协 are the paper's city (临沂市, 遂宁市, 株洲市) and bare 县委 /
  县长 / 县人大常委会 after the county's name are that county's.
- 委员 and 代表 are membership, no post (CONVENTIONS; part ay): ``县政协委员``, ``市人大代表``, ``县人大代表``, ``民盟界别委员``,
  ``经济界别委员``, ``特邀界别委员``; 界别 groups (``农业界别的委员代表``) name nobody. The unit written after the membership
  gives a post when it is one: town and village organs (``县人大代表、保太镇党委书记尹凤娇`` → 平邑县保太镇党委 书记;
  ``市人大代表、地方镇九间棚村党支部书记邱德胜`` → 平邑县地方镇九间棚村党支部 书记, as parts m, aa; ``水口乡顾渚村党委书记`` →
  长兴县水口乡顾渚村党委 书记, a village's 党委 kept as 党委 as part bl). DECIDED HERE: the head of a public hospital or school
  (事业单位, as part bx's 国有林场 and the 融媒体中心) holds a post of that institution, labelled with its place as the
  county's departments are: ``县人民医院副院长宋雅彤`` → 平邑县人民医院 副院长; ``皇图岭镇中心卫生院院长`` → 攸县皇图岭镇中心卫生院
  院长; ``攸县第一中学副校长`` → 攸县第一中学 副校长; ``临沂市第四中学校长`` → 临沂市第四中学 校长; ``县第二人民医院院长`` →
  唐河县第二人民医院 院长. Company and cooperative roles are no posts (CONVENTIONS): ``专业合作社理事长`` (薛长河), ``水务有限公司
  总经理`` (陈志斌), ``县文旅集团董事长`` (费超, a county-owned group is still a company).
- Town organs (parts n, ab): ``在仲村镇，镇党委书记秦守业`` → 平邑县仲村镇党委 书记; ``在源潭镇，镇党委书记鲁红伟`` → 唐河县源潭镇
  党委 书记; ``沱牌镇党委书记`` on the 射洪 site → 射洪市沱牌镇党委 书记.
- Departments as written after the place (``县应急管理局局长`` → 平邑县应急管理局; ``市经济和信息化局局长`` → 射洪市经济和信息化局;
  ``县文化和广电旅游体育局局长`` → 长兴县文化和广电旅游体育局).
- A person who is also an editor (臧伟, 长兴县政协 秘书长 and the page's 审核) keeps one person id with both roles.
- Events: a 政协 专题视察 / 专题调研 is an ``inspection`` (leader the 主席 who 带领 / 率; 参加 / 陪同 are attendees; 介绍 / 汇报 /
  发言 / 表示 / 指出 / 强调 are speakers), its 座谈会 part of it (parts p, ab); a 人大 执法检查 and a 代表视察 the same, with
  their 汇报会 / 座谈会 (parts ab, bl); a 协商议政会 is a ``meeting`` (chair 主持; 出席 / 到会 attendees; the 会前 调研 by the
  unnamed 协商议政组 part of it, as ab05). DECIDED HERE: a 委员 or 代表 who speaks at the 座谈会 of an inspection is a speaker of
  that inspection (his membership is no post). Organizers only when the text states the organ holding it.
- Projects: works inspected or pushed: …产业园 / …产业园三期 ``industrial_park``; a 冷链物流中心 ``logistics_hub``; 流域综合治理
  工程 ``engineering_work``; 供水 / 污水处理厂 works ``infrastructure_project``; 生态修复工程 ``greening_project``; 老旧小区改造项目
  ``housing_project``; a 深加工项目, a 游客服务中心项目, a 景区提升工程, a hospital's 迁建项目 ``project``. A 水源保护点 and a
  岸线整治点 are sites, no projects; standing parks (平邑经济开发区, 保太镇石材加工园区, 射洪锂电高新技术产业园, 沱牌镇工业集中区)
  are places (kind ``zone_park`` / ``development_zone``, as part bq).
- Places: one line per name per file as written; places inside organ references, project names and law titles count
  (``长江`` in 《中华人民共和国长江保护法》, as bs counts document titles). DECIDED HERE: ``中华人民共和国`` opening a national law's
  title is not annotated (it names the state that makes every law, not a place of the article); place names inside the
  names of companies, cooperatives, schools and hospitals are not annotated (as the sample's company names; 平邑县蒙阳果业,
  攸县湘东水务, 临沂市第四中学, 攸县第一中学); mastheads, site lines, 来源 lines, 相关新闻 / 上一篇 / 下一篇 links and footers are
  not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

PY, YX, SH, CX, TH = "平邑县", "攸县", "射洪市", "长兴县", "唐河县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "da01_pingyi.txt": (2022, "发布时间：2022-06-10 16:32", PY, [
        ("县政协主席孔宪瑞带队视察乡村产业振兴重点项目", "6月9日", "2022-06-09", "6月9日，县政协主席孔宪瑞",
         "县政协 site: 专题视察 led by the 主席; 副主席 list and 秘书长; 县委常委、副县长; 委员 with their units; 界别")]),
    "da02_pingyi.txt": (2023, "发布日期：2023-09-15", PY, [
        ("县人大常委会开展安全生产法执法检查", "9月13日至14日", "2023-09-13", "9月13日至14日，县人大常委会主任",
         "县人大常委会 site: 执法检查 led by the 主任; 副主任; 县委常委、副县长; 县人大代表 who is a town secretary")]),
    "da03_linyi.txt": (2024, "2024年05月22日　星期三", PY, [
        ("市人大代表视察平邑县生态保护和高质量发展工作", "5月21日", "2024-05-21", "本报讯（记者 管晓燕 通讯员 田沐）5月21日",
         "city paper 第A02版: 市人大常委会副主任 leads 市人大代表 in 平邑县; 郇东升 now 县长; 代表 with their units")]),
    "da04_youxian.txt": (2021, "发布时间：2021-08-19", YX, [
        ("县政协开展农村饮水安全巩固提升专题调研", "8月17日至18日", "2021-08-17", "8月17日至18日，县政协主席谭志渊",
         "县政协 site: 专题调研 led by the 主席; 副主席 list (彭立军#1), 秘书长; 常务副县长 龙启涛; 委员 with their units")]),
    "da05_zhuzhou.txt": (2023, "2023年06月16日　星期五", YX, [
        ("攸县政协“请你来协商”聚焦山区供水保障", "6月15日", "2023-06-15", "本报讯（记者 易晓琳）6月15日",
         "city paper 第03版: 协商议政会 chaired by 龙启涛 now 县政协党组书记、主席; 县委书记, 县长, 市政协副主席; 界别 委员")]),
    "da06_shehong.txt": (2022, "发布时间：2022-04-28 11:20", SH, [
        ("市人大代表视察锂电产业发展情况", "4月27日", "2022-04-27", "4月27日，市人大常委会副主任蒲绍华",
         "县级市 人大常委会 site: 代表视察 led by the 副主任 蒲绍华; 副市长; 主任 at the 座谈会; bare 市 = 射洪市")]),
    "da07_suining.txt": (2024, "2024年10月17日　星期四", "遂宁市", [
        ("市人大常委会在射洪开展长江保护法执法检查", "10月16日", "2024-10-16", "本报讯（记者 伍思雨 通讯员 李佳）10月16日",
         "city paper 第2版: 遂宁 市人大常委会副主任's 执法检查 in 射洪市; 蒲绍华 now 射洪市人大常委会主任")]),
    "da08_changxing.txt": (2023, "发布日期：2023-11-09 17:05", CX, [
        ("县政协召开“民宿产业提质升级”协商议政会", "11月8日下午", "2023-11-08", "11月8日下午，县政协召开协商议政会",
         "县政协 site: 协商议政会 chaired by the 主席; 副县长; 副主席, 秘书长 (also 审核); 界别 委员")]),
    "da09_tanghe.txt": (2024, "2024-04-12 09:46:18", TH, [
        ("唐河县人大常委会组织代表视察民生实事项目", "4月11日", "2024-04-11", "4月11日，县人大常委会主任樊兆庆",
         "portal page (南阳网): 代表视察 led by the 人大常委会主任; 副主任 list, 秘书长; 县委常委、副县长 彭立军#2")]),
}

_D01_ZX = "县政协副主席厉春霞、庞德水，秘书长阚文涛，县委常委、副县长郇东升"
_D02_VP = "县人大常委会副主任韦淑英、田兆祥，县委常委、副县长郇东升"
_D03_G = "平邑县委书记季洪波，县委副书记、县长郇东升，县人大常委会主任鞠庆友"
_D04_ZX = "县政协副主席文卫勋、易小萍、彭立军，秘书长欧阳敏"
_D04_L = "县委常委、常务副县长龙启涛陪同"
_D05_G = "县委副书记、县长罗振湘到会听取意见"
_D08_ZX = "县政协副主席施永平、吴丽芬，秘书长臧伟"
_D09_VP = "县人大常委会副主任韩志刚、孙晓莉，秘书长马建设"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 平邑
    "da:孔宪瑞": ("孔宪瑞", "official", PY, [
        ("da01", PY + "政协", "主席", "县政协主席孔宪瑞带领部分县政协委员", "bare 县政协 on the 平邑县政协 site; named in the headline too")], []),
    "da:厉春霞": ("厉春霞", "official", PY, [("da01", PY + "政协", "副主席", _D01_ZX, "list after one title")], []),
    "da:庞德水": ("庞德水", "official", PY, [("da01", PY + "政协", "副主席", _D01_ZX, None)], []),
    "da:阚文涛": ("阚文涛", "official", PY, [
        ("da01", PY + "政协", "秘书长", _D01_ZX, "bare 秘书长 after the 政协 副主席 list = the 政协's")], []),
    "da:郇东升": ("郇东升", "official", PY, [
        ("da01", PY + "委", "常委", _D01_ZX, "2022-06 (identity case: 县长 in 2024, da03)"),
        ("da01", PY + "政府", "副县长", _D01_ZX, None),
        ("da02", PY + "委", "常委", _D02_VP, "2023-09"),
        ("da02", PY + "政府", "副县长", _D02_VP, None),
        ("da03", PY + "委", "副书记", _D03_G, "2024-05: now 县委副书记、县长 (bare 县委 after 平邑县委书记)"),
        ("da03", PY + "政府", "县长", _D03_G, None)], []),
    "da:秦守业": ("秦守业", "official", PY, [
        ("da01", PY + "仲村镇党委", "书记", "在仲村镇，镇党委书记秦守业", "town organ of the county")], []),
    "da:颜景涛": ("颜景涛", "official", PY, [
        ("da01", PY + "农业农村局", "局长", "县农业农村局局长颜景涛", None)], []),
    "da:宋雅彤": ("宋雅彤", "official", PY, [
        ("da01", PY + "人民医院", "副院长", "县政协委员、县人民医院副院长宋雅彤", "DECIDED HERE: a public hospital's head holds a post; 县政协委员 is no post")], []),
    "da:薛长河": ("薛长河", "committee_member", PY, [], ["da01"]),
    "da:鞠庆友": ("鞠庆友", "official", PY, [
        ("da02", PY + "人大常委会", "主任", "县人大常委会主任鞠庆友带领执法检查组", "2023-09"),
        ("da03", PY + "人大常委会", "主任", _D03_G, "2024-05")], []),
    "da:韦淑英": ("韦淑英", "official", PY, [("da02", PY + "人大常委会", "副主任", _D02_VP, "list after one title")], []),
    "da:田兆祥": ("田兆祥", "official", PY, [("da02", PY + "人大常委会", "副主任", _D02_VP, None)], []),
    "da:魏新民": ("魏新民", "official", PY, [
        ("da02", PY + "应急管理局", "局长", "县应急管理局局长魏新民", None)], []),
    "da:尹凤娇": ("尹凤娇", "official", PY, [
        ("da02", PY + "保太镇党委", "书记", "县人大代表、保太镇党委书记尹凤娇", "县人大代表 is no post")], []),
    "da:石建国": ("石建国", "official", "临沂市", [
        ("da03", "临沂市人大常委会", "副主任", "市人大常委会副主任石建国带领部分市人大代表", "bare 市 in the 临沂日报 = 临沂市")], []),
    "da:季洪波": ("季洪波", "official", PY, [("da03", PY + "委", "书记", _D03_G, None)], []),
    "da:孟庆堂": ("孟庆堂", "official", "临沂市", [
        ("da03", "临沂市第四中学", "校长", "市人大代表、临沂市第四中学校长孟庆堂", "DECIDED HERE: a public school's head; 市人大代表 is no post")], []),
    "da:邱德胜": ("邱德胜", "official", PY, [
        ("da03", PY + "地方镇九间棚村党支部", "书记", "市人大代表、地方镇九间棚村党支部书记邱德胜", "named village (parts m, aa)")], []),
    # ---- 攸县
    "da:谭志渊": ("谭志渊", "official", YX, [
        ("da04", YX + "政协", "主席", "县政协主席谭志渊率专题调研组", None)], []),
    "da:文卫勋": ("文卫勋", "official", YX, [("da04", YX + "政协", "副主席", _D04_ZX, "list after one title")], []),
    "da:易小萍": ("易小萍", "official", YX, [("da04", YX + "政协", "副主席", _D04_ZX, None)], []),
    "da:彭立军#1": ("彭立军", "official", YX, [
        ("da04", YX + "政协", "副主席", _D04_ZX, "攸县 (湖南), 2021; not the 彭立军 of 唐河县 (河南, da09)"),
        ("da05", YX + "政协", "副主席", "县政协副主席彭立军通报了前期专题调研情况", "2023: bare 县政协 after 攸县政协 in the 株洲日报")], []),
    "da:欧阳敏": ("欧阳敏", "official", YX, [("da04", YX + "政协", "秘书长", _D04_ZX, "bare 秘书长 after the 政协 副主席 list")], []),
    "da:龙启涛": ("龙启涛", "official", YX, [
        ("da04", YX + "委", "常委", _D04_L, "2021-08 (identity case: 县政协主席 in 2023, da05)"),
        ("da04", YX + "政府", "常务副县长", _D04_L, None),
        ("da05", YX + "政协党组", "书记", "县政协党组书记、主席龙启涛主持会议", "2023-06: now 县政协党组书记、主席"),
        ("da05", YX + "政协", "主席", "县政协党组书记、主席龙启涛主持会议", None)], []),
    "da:贺卫东": ("贺卫东", "official", YX, [("da04", YX + "水利局", "局长", "县水利局局长贺卫东", None)], []),
    "da:刘芳华": ("刘芳华", "official", YX, [
        ("da04", YX + "皇图岭镇中心卫生院", "院长", "县政协委员、皇图岭镇中心卫生院院长刘芳华", "DECIDED HERE: a public 卫生院's head; 县政协委员 is no post")], []),
    "da:陈志斌": ("陈志斌", "committee_member", YX, [], ["da04"]),
    "da:刘云飞": ("刘云飞", "official", "株洲市", [
        ("da05", "株洲市政协", "副主席", "市政协副主席刘云飞出席", "bare 市政协 in the 株洲日报 = 株洲市")], []),
    "da:谢湘平": ("谢湘平", "official", YX, [("da05", YX + "委", "书记", "县委书记谢湘平出席会议并讲话", None)], []),
    "da:罗振湘": ("罗振湘", "official", YX, [
        ("da05", YX + "委", "副书记", _D05_G, None),
        ("da05", YX + "政府", "县长", _D05_G, None)], []),
    "da:钟婉敏": ("钟婉敏", "official", YX, [
        ("da05", "攸县第一中学", "副校长", "民盟界别委员、攸县第一中学副校长钟婉敏", "DECIDED HERE: a public school's head; 界别委员 is no post")], []),
    "da:林泽栋": ("林泽栋", "committee_member", YX, [], ["da05"]),
    # ---- 射洪
    "da:蒲绍华": ("蒲绍华", "official", SH, [
        ("da06", SH + "人大常委会", "副主任", "市人大常委会副主任蒲绍华带领部分市人大代表", "2022-04: bare 市 on the 射洪市人大常委会 site = 射洪市 (identity case: 主任 in 2024, da07)"),
        ("da07", SH + "人大常委会", "主任", "射洪市人大常委会主任蒲绍华陪同检查", "2024-10: now 主任")], []),
    "da:冯雪琴": ("冯雪琴", "official", SH, [("da06", SH + "政府", "副市长", "副市长冯雪琴陪同视察", "县级市 site")], []),
    "da:何俊熙": ("何俊熙", "official", SH, [
        ("da06", SH + "沱牌镇党委", "书记", "市人大代表、沱牌镇党委书记何俊熙", "市人大代表 is no post")], []),
    "da:赵志鹏": ("赵志鹏", "official", SH, [
        ("da06", SH + "经济和信息化局", "局长", "市经济和信息化局局长赵志鹏", None)], []),
    "da:杜永康": ("杜永康", "official", SH, [
        ("da06", SH + "人大常委会", "主任", "市人大常委会主任杜永康出席座谈会并讲话", "the 主任 before 蒲绍华")], []),
    "da:何庆林": ("何庆林", "official", "遂宁市", [
        ("da07", "遂宁市人大常委会", "副主任", "市人大常委会副主任何庆林带领执法检查组", "bare 市 in the 遂宁日报 = 遂宁市 (not 射洪市, whose organ is written in full)")], []),
    "da:唐瑞峰": ("唐瑞峰", "official", SH, [
        ("da07", SH + "委", "副书记", "射洪市委副书记、市长唐瑞峰", None),
        ("da07", SH + "政府", "市长", "射洪市委副书记、市长唐瑞峰", None)], []),
    # ---- 长兴
    "da:钮建华": ("钮建华", "official", CX, [
        ("da08", CX + "政协党组", "书记", "县政协党组书记、主席钮建华主持会议", None),
        ("da08", CX + "政协", "主席", "县政协党组书记、主席钮建华主持会议", None)], []),
    "da:闵晓萍": ("闵晓萍", "official", CX, [("da08", CX + "政府", "副县长", "副县长闵晓萍到会听取意见并讲话", None)], []),
    "da:施永平": ("施永平", "official", CX, [("da08", CX + "政协", "副主席", _D08_ZX, "list after one title")], []),
    "da:吴丽芬": ("吴丽芬", "official", CX, [("da08", CX + "政协", "副主席", _D08_ZX, None)], []),
    "da:臧伟": ("臧伟", "official", CX, [
        ("da08", CX + "政协", "秘书长", _D08_ZX, "also the page's 审核 (editor line)")], []),
    "da:汤立新": ("汤立新", "official", CX, [
        ("da08", CX + "文化和广电旅游体育局", "局长", "县文化和广电旅游体育局局长汤立新", None)], []),
    "da:钦永明": ("钦永明", "official", CX, [
        ("da08", CX + "水口乡顾渚村党委", "书记", "县政协委员、水口乡顾渚村党委书记钦永明", "a village's 党委 kept as 党委 (part bl)")], []),
    "da:费超": ("费超", "committee_member", CX, [], ["da08"]),
    # ---- 唐河
    "da:樊兆庆": ("樊兆庆", "official", TH, [
        ("da09", TH + "人大常委会", "主任", "县人大常委会主任樊兆庆带领部分省、市、县人大代表", None)], []),
    "da:韩志刚": ("韩志刚", "official", TH, [("da09", TH + "人大常委会", "副主任", _D09_VP, "list after one title")], []),
    "da:孙晓莉": ("孙晓莉", "official", TH, [("da09", TH + "人大常委会", "副主任", _D09_VP, None)], []),
    "da:马建设": ("马建设", "official", TH, [
        ("da09", TH + "人大常委会", "秘书长", _D09_VP, "DECIDED HERE: bare 秘书长 after the 人大常委会 副主任 list = the 人大常委会's")], []),
    "da:彭立军#2": ("彭立军", "official", TH, [
        ("da09", TH + "委", "常委", "县委常委、副县长彭立军陪同", "唐河县 (河南); not the 彭立军 of 攸县政协 (湖南, da04, da05)"),
        ("da09", TH + "政府", "副县长", "县委常委、副县长彭立军陪同", None)], []),
    "da:鲁红伟": ("鲁红伟", "official", TH, [
        ("da09", TH + "源潭镇党委", "书记", "在源潭镇，镇党委书记鲁红伟", None)], []),
    "da:朱永刚": ("朱永刚", "official", TH, [
        ("da09", TH + "第二人民医院", "院长", "县人大代表、县第二人民医院院长朱永刚", "DECIDED HERE: a public hospital's head; 县人大代表 is no post")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("da01", "褚玉洁", "责任编辑", "editor", "责任编辑：褚玉洁"),
    ("da02", "牛冬雪", "责任编辑", "editor", "责任编辑：牛冬雪"),
    ("da03", "管晓燕", "记者", "reporter", "本报讯（记者 管晓燕 通讯员 田沐）"),
    ("da03", "田沐", "通讯员", "correspondent", "本报讯（记者 管晓燕 通讯员 田沐）"),
    ("da03", "庄玉兰", "责任编辑", "editor", "责任编辑：庄玉兰"),
    ("da05", "易晓琳", "记者", "reporter", "本报讯（记者 易晓琳）"),
    ("da05", "周婷婷", "编辑", "editor", "编辑：周婷婷"),
    ("da05", "罗琴", "校对", "editor", "校对：罗琴"),
    ("da06", "敬蓉", "责任编辑", "editor", "责任编辑：敬  蓉"),
    ("da07", "伍思雨", "记者", "reporter", "本报讯（记者 伍思雨 通讯员 李佳）"),
    ("da07", "李佳", "通讯员", "correspondent", "本报讯（记者 伍思雨 通讯员 李佳）"),
    ("da07", "钟雨晴", "编辑", "editor", "（编辑 钟雨晴）"),
    ("da08", "姚佳琪", "编辑", "editor", "编辑：姚佳琪"),
    ("da08", "臧伟", "审核", "editor", "审核：臧伟"),
    ("da09", "鲁晓婷", "作者", "author", "作者：鲁晓婷"),
    ("da09", "高雅楠", "责任编辑", "editor", "【责任编辑：高雅楠】"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("da01", "推进乡村产业振兴专题视察", "inspection (政协专题视察)", "6月9日", None, "孔宪瑞", [],
     ["厉春霞", "庞德水", "阚文涛", "郇东升"], ["秦守业", "颜景涛", "宋雅彤", "薛长河", "郇东升", "孔宪瑞"], "仲村镇、地方镇、柏林镇",
     "6月9日，县政协主席孔宪瑞带领部分县政协委员，围绕“推进乡村产业振兴”开展专题视察",
     ["县政协主席孔宪瑞带领部分县政协委员", _D01_ZX, "镇党委书记秦守业介绍了", "局长颜景涛汇报了", "县人民医院副院长宋雅彤",
      "理事长薛长河", "郇东升表示", "孔宪瑞指出"]),
    ("da02", "《中华人民共和国安全生产法》执法检查", "inspection (人大执法检查)", "9月13日至14日", None, "鞠庆友", ["县人大常委会"],
     ["韦淑英", "田兆祥", "郇东升"], ["魏新民", "尹凤娇", "郇东升", "鞠庆友"], "平邑经济开发区、保太镇",
     "县人大常委会主任鞠庆友带领执法检查组，对全县贯彻实施《中华人民共和国安全生产法》情况开展执法检查",
     ["县人大常委会主任鞠庆友带领执法检查组", _D02_VP, "局长魏新民汇报了", "保太镇党委书记尹凤娇结合石材园区实际", "郇东升表示", "鞠庆友强调"]),
    ("da03", "平邑县生态保护和高质量发展工作视察", "inspection (人大代表视察)", "5月21日", None, "石建国", [],
     ["季洪波", "郇东升", "鞠庆友"], ["郇东升", "孟庆堂", "邱德胜", "石建国", "季洪波"], "平邑县",
     "市人大常委会副主任石建国带领部分市人大代表到平邑县，视察生态保护和高质量发展工作",
     ["市人大常委会副主任石建国带领部分市人大代表到平邑县", _D03_G, "郇东升汇报了", "校长孟庆堂", "党支部书记邱德胜结合视察所见提出意见建议",
      "石建国指出", "季洪波表示"]),
    ("da04", "农村饮水安全巩固提升专题调研", "inspection (政协专题调研)", "8月17日至18日", None, "谭志渊", [],
     ["文卫勋", "易小萍", "彭立军", "欧阳敏", "龙启涛"], ["贺卫东", "刘芳华", "陈志斌", "龙启涛", "谭志渊"], "网岭镇、皇图岭镇、黄丰桥镇",
     "县政协主席谭志渊率专题调研组，深入网岭镇、皇图岭镇、黄丰桥镇，就农村饮水安全巩固提升工作开展专题调研",
     ["县政协主席谭志渊率专题调研组", _D04_ZX, _D04_L, "局长贺卫东汇报了", "院长刘芳华", "总经理陈志斌先后发言", "龙启涛表示", "谭志渊强调"]),
    ("da05", "“请你来协商”协商议政会（巩固提升山区农村供水保障水平）", "meeting (政协协商议政会)", "6月15日", "龙启涛", None, ["攸县政协"],
     ["刘云飞", "谢湘平", "罗振湘"], ["钟婉敏", "林泽栋", "彭立军", "罗振湘", "谢湘平", "刘云飞"], None,
     "攸县政协召开“请你来协商”协商议政会",
     ["市政协副主席刘云飞出席", "县政协党组书记、主席龙启涛主持会议", "县委书记谢湘平出席会议并讲话", _D05_G, "副校长钟婉敏",
      "经济界别委员林泽栋", "彭立军通报了", "罗振湘逐一回应", "谢湘平指出", "刘云飞对攸县政协"]),
    ("da06", "锂电产业发展情况视察", "inspection (人大代表视察)", "4月27日", None, "蒲绍华", [],
     ["冯雪琴", "杜永康"], ["何俊熙", "赵志鹏", "冯雪琴", "杜永康"], "射洪锂电高新技术产业园、太和街道、沱牌镇",
     "4月27日，市人大常委会副主任蒲绍华带领部分市人大代表，视察我市锂电产业发展情况",
     ["市人大常委会副主任蒲绍华带领部分市人大代表", "副市长冯雪琴陪同视察", "何俊熙介绍了", "赵志鹏汇报了", "冯雪琴表示",
      "市人大常委会主任杜永康出席座谈会并讲话", "杜永康指出"]),
    ("da07", "《中华人民共和国长江保护法》执法检查", "inspection (人大执法检查)", "10月16日", None, "何庆林", ["市人大常委会"],
     ["唐瑞峰", "蒲绍华"], ["唐瑞峰", "何庆林", "蒲绍华"], "射洪市",
     "市人大常委会副主任何庆林带领执法检查组，到射洪市开展《中华人民共和国长江保护法》贯彻实施情况执法检查",
     ["市人大常委会副主任何庆林带领执法检查组", "射洪市委副书记、市长唐瑞峰", "射洪市人大常委会主任蒲绍华陪同检查",
      "唐瑞峰汇报了", "何庆林指出", "蒲绍华表示"]),
    ("da08", "“推动民宿产业提质升级”协商议政会", "meeting (政协协商议政会)", "11月8日下午", "钮建华", None, ["县政协"],
     ["闵晓萍", "施永平", "吴丽芬", "臧伟"], ["汤立新", "钦永明", "费超", "闵晓萍", "钮建华"], None,
     "11月8日下午，县政协召开协商议政会，围绕“推动民宿产业提质升级”开展专题协商",
     ["县政协党组书记、主席钮建华主持会议", "副县长闵晓萍到会听取意见并讲话", _D08_ZX, "汤立新通报了", "党委书记钦永明",
      "董事长费超", "闵晓萍表示", "钮建华指出"]),
    ("da09", "2024年民生实事项目推进情况视察", "inspection (人大代表视察)", "4月11日", None, "樊兆庆", ["唐河县人大常委会"],
     ["韩志刚", "孙晓莉", "马建设", "彭立军"], ["鲁红伟", "彭立军", "朱永刚", "樊兆庆"], "滨河街道、源潭镇、桐寨铺镇",
     "县人大常委会主任樊兆庆带领部分省、市、县人大代表，对全县2024年民生实事项目推进情况进行视察",
     ["县人大常委会主任樊兆庆带领部分省、市、县人大代表", _D09_VP, "县委常委、副县长彭立军陪同", "镇党委书记鲁红伟介绍了",
      "彭立军汇报了", "院长朱永刚就医院迁建项目建设提出建议", "樊兆庆要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("da01", "仲村镇金银花产业园", "industrial_park", "先后来到仲村镇金银花产业园"),
    ("da01", "地方镇蒙山小米深加工项目", "project", "地方镇蒙山小米深加工项目"),
    ("da01", "柏林镇黄桃冷链物流中心", "logistics_hub", "柏林镇黄桃冷链物流中心"),
    ("da03", "浚河流域综合治理工程", "engineering_work", "代表们先后来到浚河流域综合治理工程"),
    ("da03", "平邑经济开发区新能源电池产业园", "industrial_park", "平邑经济开发区新能源电池产业园"),
    ("da03", "蒙山旅游度假区游客服务中心项目", "project", "蒙山旅游度假区游客服务中心项目"),
    ("da04", "酒埠江灌区网岭供水工程", "infrastructure_project", "酒埠江灌区网岭供水工程"),
    ("da04", "皇图岭镇集中供水厂提质改造项目", "infrastructure_project", "皇图岭镇集中供水厂提质改造项目"),
    ("da05", "酒埠江灌区网岭供水工程二期", "infrastructure_project", "酒埠江灌区网岭供水工程二期建设"),
    ("da06", "太和街道锂电新材料产业园三期", "industrial_park", "太和街道锂电新材料产业园三期项目"),
    ("da07", "涪江射洪段生态修复工程", "greening_project", "涪江射洪段生态修复工程"),
    ("da07", "射洪市城区第二污水处理厂扩容工程", "infrastructure_project", "射洪市城区第二污水处理厂扩容工程"),
    ("da08", "水口茶文化景区提升工程", "project", "水口茶文化景区提升工程"),
    ("da09", "唐河县第二人民医院迁建项目", "project", "滨河街道唐河县第二人民医院迁建项目"),
    ("da09", "源潭镇农村供水一体化工程", "infrastructure_project", "源潭镇农村供水一体化工程"),
    ("da09", "桐寨铺镇老旧小区改造项目", "housing_project", "桐寨铺镇老旧小区改造项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("da01", "仲村镇", "town", "standalone", "在仲村镇，镇党委书记秦守业"),
    ("da01", "地方镇", "town", "in_project_name", "地方镇蒙山小米深加工项目"),
    ("da01", "蒙山", "mountain", "in_project_name", "地方镇蒙山小米深加工项目"),
    ("da01", "柏林镇", "town", "standalone", "在柏林镇，县农业农村局局长"),
    ("da02", "平邑经济开发区", "development_zone", "standalone", "检查组一行深入平邑经济开发区"),
    ("da02", "保太镇", "town", "standalone", "保太镇石材加工园区和县城部分人员密集场所"),
    ("da02", "保太镇石材加工园区", "zone_park", "standalone", "保太镇石材加工园区和县城部分人员密集场所"),
    ("da03", "平邑县", "county", "standalone", "带领部分市人大代表到平邑县"),
    ("da03", "浚河", "river", "standalone", "统筹推进浚河治理和产业转型"),
    ("da03", "平邑经济开发区", "development_zone", "in_project_name", "平邑经济开发区新能源电池产业园"),
    ("da03", "蒙山旅游度假区", "scenic_area", "in_project_name", "蒙山旅游度假区游客服务中心项目"),
    ("da03", "蒙山", "mountain", "standalone", "要守牢蒙山生态屏障"),
    ("da03", "地方镇", "town", "in_org_reference", "市人大代表、地方镇九间棚村党支部书记邱德胜"),
    ("da03", "九间棚村", "village", "in_org_reference", "市人大代表、地方镇九间棚村党支部书记邱德胜"),
    ("da04", "网岭镇", "town", "standalone", "深入网岭镇、皇图岭镇、黄丰桥镇"),
    ("da04", "皇图岭镇", "town", "standalone", "深入网岭镇、皇图岭镇、黄丰桥镇"),
    ("da04", "黄丰桥镇", "town", "standalone", "深入网岭镇、皇图岭镇、黄丰桥镇"),
    ("da04", "酒埠江", "reservoir", "in_project_name", "酒埠江灌区网岭供水工程"),
    ("da04", "网岭", "town", "in_project_name", "酒埠江灌区网岭供水工程"),
    ("da05", "攸县", "county", "in_org_reference", "6月15日，攸县政协召开"),
    ("da05", "酒埠江水库", "reservoir", "standalone", "就酒埠江水库水源保护"),
    ("da05", "酒埠江", "reservoir", "in_project_name", "酒埠江灌区网岭供水工程二期建设"),
    ("da05", "网岭", "town", "in_project_name", "酒埠江灌区网岭供水工程二期建设"),
    ("da06", "射洪锂电高新技术产业园", "zone_park", "standalone", "代表们先后来到射洪锂电高新技术产业园"),
    ("da06", "射洪", "county_level_city", "in_zone_name", "代表们先后来到射洪锂电高新技术产业园"),
    ("da06", "太和街道", "sub_district_office", "in_project_name", "太和街道锂电新材料产业园三期项目"),
    ("da06", "沱牌镇", "town", "standalone", "在沱牌镇，市人大代表"),
    ("da06", "沱牌镇工业集中区", "zone_park", "standalone", "沱牌镇工业集中区，实地察看"),
    ("da07", "射洪市", "county_level_city", "standalone", "到射洪市开展《中华人民共和国长江保护法》"),
    ("da07", "射洪", "county_level_city", "standalone", "市人大常委会在射洪开展长江保护法执法检查"),
    ("da07", "长江", "river", "in_document_title", "《中华人民共和国长江保护法》"),
    ("da07", "涪江", "river", "standalone", "涪江流域水环境治理和岸线保护情况"),
    ("da07", "沱牌镇", "town", "standalone", "沱牌镇涪江岸线整治点"),
    ("da08", "水口乡", "township", "standalone", "赴水口乡、煤山镇开展了专题调研"),
    ("da08", "煤山镇", "town", "standalone", "赴水口乡、煤山镇开展了专题调研"),
    ("da08", "顾渚村", "village", "standalone", "察看顾渚村民宿集聚区"),
    ("da08", "水口", "township", "in_project_name", "水口茶文化景区提升工程"),
    ("da09", "唐河县", "county", "in_org_reference", "唐河县人大常委会组织代表视察民生实事项目"),
    ("da09", "滨河街道", "sub_district_office", "standalone", "代表们先后来到滨河街道"),
    ("da09", "源潭镇", "town", "standalone", "在源潭镇，镇党委书记鲁红伟"),
    ("da09", "桐寨铺镇", "town", "in_project_name", "桐寨铺镇老旧小区改造项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="da", conventions="set da (blind set: county 政协 and 人大 news in 山东 临沂 平邑县, 湖南 株洲 攸县, 四川 遂宁 射洪市, 浙江 湖州 长兴县, 河南 南阳 唐河县: 县政协 主席 / 副主席 / 秘书长 → X县政协, 县政协党组书记 → X县政协党组 书记, 县人大常委会 主任 / 副主任 / 秘书长 → X县人大常委会; 政协委员, 人大代表, 界别委员 are no posts, the unit after them is a post when it is an organ or a public institution (hospital, school), not when it is a company or cooperative; 政协 视察 / 调研 and 人大 执法检查 / 代表视察 are inspections with their 座谈会 / 汇报会, 协商议政会 meetings; one line per post per article)",
          persons_note="Set da persons. id = corpus-wide person_id (da:彭立军#1 攸县政协副主席 (湖南) and da:彭立军#2 唐河县委常委、副县长 (河南) are two people; da:郇东升 平邑 副县长 2022–2023 → 县长 2024; da:龙启涛 攸县 常务副县长 2021 → 县政协主席 2023; da:蒲绍华 射洪市人大常委会 副主任 2022 → 主任 2024)")


if __name__ == "__main__":
    main()
