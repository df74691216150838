"""Write gold part ``he`` (a blind set: 人大 and 政协 at work in two provinces' county-level units and their cities:
政协 专题视察 / 专项民主监督 / 提案视察 / 协商议政会 / 主席会议, 人大 执法检查 / 代表视察 / 专题调研, led by 人大常委会主任 /
副主任 and 政协主席 / 副主席, with 委员 and 代表 named bare, department heads reporting, and chairs that change between
2023 and 2025) from the tables below.

Pages ``tests/dev/texts/he*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 濮阳人大 site's 清丰县 page of a 集中视察 (``当前位置: >> 县区人大 >>
清丰县``, ``发布时间:… 来源: 作者:``, ``在县人大常委会主任…的带领下``, a 副主任 list, ``县委常委、县政府常务副县长…陪同视察``);
an 安庆 宜秀区 page of a ``市人大常委会副主任…率检查组来我区…执法检查。市人大常委会委员…，区人大常委会主任…、副主任…等陪同``
with its 座谈会; a 迁西 page of a 市人大常委会副主任's 执法检查组 (``市直有关部门负责同志陪同检查``); the 云上嘉鱼 page of a
农业法 检查 (``座谈会上，人大代表们认真听取了…等有关部门…的汇报``); an 枝江 种子法 执法检查 page; the 蒲城县政协 page of a
民主监督小组 (``协商 >> 政协动态 >> 详细内容``, ``日期: 作者:``, ``县政协常委…、委员…组成``, the 住建局局长 answering); the
城固县政协 提案办理 视察 (``县政协主席…、副主席…参加视察``, 座谈会 hearing 住建局 and others); the 略阳县政协 视察 led by a
副主席 with the 提案委 (``副县长…应邀参加``); the 今日房县 paper's 人大代表 and 政协委员 集中视察 (``本报讯 (记者…)``, ``县人大常委会
主任…，县政协主席…，…副县长…，县政协副主席…参加活动``) and its 市政协副主席 调研 (``记者… 实习生… 通讯员… 报道``); the 柳江县政协
page (``当前位置:动态信息``, ``上一篇: … || 下一篇:``); the 海淀区政协 主席会议 (``区政协副主席…，秘书长…出席会议``, ``(责任编辑:
…)``); the 南通 市政协 常委会议; the 新渝报 A2 版 of a 人大常委会 主任会议 (``刊发日期:… 阅读次数: 作者:``, ``副区长…列席会议``);
the 驻马店 执法检查动员会 page (``当前位置: 主页 >``, ``时间:…点击:``, ``本报讯 (记者…)``); a 县人大 page of the 主任's 调研 with
``【 加入收藏 】【 打印此文 】【 关闭窗口 】``; a 县人大常委会 调度会 page closing ``(编辑:…) (审核:…) (签发:…)``. Places are real:
福建 南平 (建瓯市, a 县级市: its 政协 site, its 人大 site and the 闽北日报; 顺昌县: the county site and the 顺昌新闻网), 四川 内江
(隆昌市, a 县级市: its 人大 site; the 内江日报), 安徽 宿州 泗县 (its 政协 site and the county government site).

Shapes: a 县级市 政协 site's 专题视察 led by the 主席, a 副主席 list and the 秘书长, the 市委常委、常务副市长, a town secretary, the
水利局局长, 委员 with and without a unit (he01); the 县级市 人大 site's 执法检查 led by the 主任, 副主任 list, 秘书长, a 人大常委会
工作委员会 主任, three 代表 named bare, the 副市长, the 农业农村局局长 reporting, a 代表 who is a town secretary (he02); the city
paper's 第02版 of the city 政协's 专项民主监督 in the 县级市: a 市政协副主席, a 政协 special committee's 主任, two 委员 bare, the
former 常务副市长 now the 县级市's 政协党组书记、主席 and his successor (he03); a county government site's 人大代表 视察 led by the
人大常委会党组书记、主任 (he04); the county's news portal two years later: the same man, now the city's 人大常委会副主任, leads a
执法检查 in his old county, the new 主任 accompanying (he05); a 县级市 人大 site's 专题调研 led by a 副主任, the 主任 speaking at the
座谈会 (he06); the city paper's 第2版 with two articles: the city 人大's 执法检查 in the 县级市 with the former 副主任 now 主任, and
the city 政协's 主席会议 (he07); a county 政协 site's 提案办理 视察 led by a 副主席, the 主席 speaking at the 座谈会, two department
heads reporting, 委员 bare, the 秘书长 also the page's 审核 (he08); the county government site two years later: the 协商议政会 chaired
by the former 副主席 now 政协党组书记、主席 (he09).

Identity cases:
- he:詹佑林, a 常务副市长 who becomes 政协主席 (建瓯市): 市委常委、常务副市长 at the 政协 视察 of May 2023 (he01); 建瓯市政协
  党组书记、主席 in April 2025 (he03), where he:饶志勤 is the new 常务副市长; he:游振声 was 主席 in 2023.
- he:廖承宗, a county 人大 主任 who moves to the city: 顺昌县人大常委会党组书记、主任 in June 2023 (he04); 南平市人大常委会副主任
  leading a 执法检查 in 顺昌县 in May 2025 (he05), where he:谢永年 is the new 县人大常委会党组书记、主任.
- he:罗德伟, a 人大 副主任 who becomes 主任 (隆昌市): 市人大常委会副主任 leading the 专题调研 of April 2023 while he:曾祥瑞 is
  主任 (he06); 隆昌市人大常委会主任 in March 2025 (he07).
- he:翟玉梅, a 政协 副主席 who becomes 主席 (泗县): 县政协副主席 leading the 视察 of Oct 2023 while he:路宏伟 is 主席 (he08);
  县政协党组书记、主席 chairing the 协商议政会 of May 2025 (he09).
- the same people on two pages: he:叶宏涛 (建瓯市水利局局长, 2023 and 2025), he:代明春 (隆昌市水务局局长, 2023 and 2025),
  he:戴卫民 and he:桑立群 (泗县政协 副主席 and 秘书长, 2023 and 2025), the 委员 he:殷家宝 (named bare, 2023 and 2025).
- two different 邵明辉 in unrelated places: he:邵明辉#1 is 顺昌县洋口镇党委书记 (福建, he04); he:邵明辉#2 is 泗县住房和城乡建设局
  局长 (安徽, he08).
- one organ name of different places: ``市人大常委会`` is 建瓯市's on the 建瓯 人大 site (he02), 隆昌市's on the 隆昌 人大 site (he06),
  南平市's on the 顺昌县 portal (he05: the county's parent) and 内江市's in the 内江日报 (he07, where 隆昌's is written
  ``隆昌市人大常委会``); ``市政协`` is 建瓯市's on its own site (he01), 南平市's in the 闽北日报 (he03, where 建瓯's is written
  ``建瓯市政协``) and 内江市's in the 内江日报 (he07); ``市水利局`` / ``市水务局`` are the 县级市's on their sites (he01, he06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, ay, da, bs, bq where they speak; decided here where they are silent):
- 政协 and 人大 organs as part da: ``市政协主席`` → X政协 主席; ``市政协副主席A、B，秘书长C`` → every name X政协 副主席, C X政协
  秘书长; ``县人大常委会党组书记、主任`` → X人大常委会党组 书记 + X人大常委会 主任 (党组 only with 书记); ``市人大常委会副主任A、
  B，秘书长C`` → C X人大常委会 秘书长. A 人大常委会 工作委员会 is an org with its place (part ab): ``市人大常委会农业农村工作委员会
  主任`` → 建瓯市人大常委会农业农村工作委员会 主任; ``市人大常委会环境与资源保护工作委员会主任`` in the 内江日报 → 内江市人大常委会
  环境与资源保护工作委员会. DECIDED HERE: a 政协 special committee the same way: ``市政协人口资源环境委员会主任`` in the 闽北日报 →
  南平市政协人口资源环境委员会 主任.
- Labels: 县级市 ``建瓯市``, ``隆昌市``; counties ``顺昌县``, ``泗县`` (``泗县委``, ``泗县政府``, ``泗县政协``: the full name + organ,
  as part da builds ``攸县委``).
- Bare organs take the page's place or its parent of the right level: on the 建瓯 政协 / 人大 sites bare 市委 / 市政府 / 市政协 /
  市人大常委会 / 市X局 / 副市长 are 建瓯市's (the 县级市); on the 隆昌 人大 site the same for 隆昌市; on the 顺昌县 sites bare 县委 /
  县人大常委会 / 县X局 are 顺昌县's and bare ``市人大常委会`` is 南平市's (the parent); in the 闽北日报 bare 市政协 is 南平市's and
  建瓯's organs are written in full; in the 内江日报 bare 市人大常委会 / 市政协 are 内江市's; on the 泗县 sites bare 县X is 泗县's.
- 委员 and 代表 are membership, no post (CONVENTIONS; parts ar, da): ``市政协委员``, ``县政协委员``, ``市人大代表``, ``县人大代表``;
  ``农业界别的委员代表`` names nobody. The unit written after the membership gives a post when it is an organ or a public institution
  (part da): ``市人大代表、徐墩镇党委书记谢国强`` → 建瓯市徐墩镇党委 书记; ``县政协委员、大庄镇党委副书记、镇长叶春生`` → 泗县大庄镇党委
  副书记 + 泗县大庄镇政府 镇长; ``市政协委员、市中医院副院长黄丽清`` → 建瓯市中医院 副院长 (a public hospital, part da). A person named
  only as 委员 or 代表 is in persons.json with no post (type ``committee_member`` as part da / ``deputy`` as part ar).
- Town and street organs: ``在东峰镇，镇党委书记范建辉`` → 建瓯市东峰镇党委 书记; ``在郑坊镇，镇长邹晓帆`` → 顺昌县郑坊镇政府 镇长;
  ``在古湖街道，街道党工委书记钟启睿`` → 隆昌市古湖街道党工委 书记. Departments as written after the place (``县发展和改革局局长`` →
  顺昌县发展和改革局; ``县住房和城乡建设局局长`` → 泗县住房和城乡建设局; ``市水务局局长`` → 隆昌市水务局).
- A person who is also an editor (he:桑立群, 泗县政协 秘书长 and the page's 审核) keeps one person id with both roles (part da).
- Events (part da): a 政协 专题视察, 专项民主监督 and 提案办理 视察 and a 人大 执法检查, 代表视察 and 专题调研 are ``inspection``s
  (leader the one who 带领; 参加 / 陪同 are attendees; 介绍 / 汇报 / 作补充汇报 / 发言 / 提出建议 / 表示 / 指出 / 强调 / 要求 are
  speakers), their 座谈会 / 汇报会 part of them; the 协商议政会 (with its 会前 调研, part da) and the 主席会议 are ``meeting``s (chair
  主持; 出席 / 到会 attendees). DECIDED HERE: 代表 or 委员 named in a bare list of those who 参加 (``部分市人大代表刘春旺、钟美凤、
  吴秋生参加检查``) are attendees; those whose remarks are reported (``代表刘春旺、钟美凤先后发言``) speakers as well. A 主任 or 主席 who
  ``出席座谈会并讲话`` at an inspection his deputy leads is an attendee and a speaker of it (as part da's 杜永康), not an event of his
  own. Organizers: the organ the headline or lead says holds it, with its canonical label. Meetings and documents named only
  (``县政协十一届二次会议以来``, the 主任会议 in 相关文章 / 上一篇 links) are not events.
- Projects: works inspected or pushed: 产业园 / 产业园二期 ``industrial_park``; 防洪 / 防洪堤 / 河道综合整治 / 水环境综合治理 works
  ``engineering_work``; 污水处理厂, 水厂, 供水, 管网, 雨污分流, 背街小巷 works ``infrastructure_project``; 水生态修复 and 湿地公园提升
  works ``greening_project``; a 冷链物流中心 ``logistics_hub``; a 示范区, a 古镇保护提升项目, a 检测中心建设项目, a 高标准农田建设项目
  ``project``. DECIDED HERE: a production base in operation (``小桥镇蔬菜标准化生产基地``) is a site, no project.
- Places: one line per name per file as written; places inside organ references, project names and headlines count; a place
  nested in another place's name inside a project name gives both (``石龙湖湿地公园`` and ``石龙湖``, as part da's ``射洪`` in
  ``射洪锂电高新技术产业园``). DECIDED HERE: the one-character abbreviation in ``来顺检查`` (顺 = 顺昌) is not a place. As part da,
  ``中华人民共和国`` opening a law's title is not annotated; site lines, mastheads, 来源 lines, footers, 本版其他新闻 / 相关新闻 /
  上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

JO, SC, LC, SX, NP, NJ = "建瓯市", "顺昌县", "隆昌市", "泗县", "南平市", "内江市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "he01_jianou.txt": (2023, "发布时间：2023-05-18 10:25", JO, [
        ("市政协开展建溪流域生态保护专题视察", "5月17日", "2023-05-17", "5月17日，市政协主席",
         "县级市 政协 site: 专题视察 led by the 主席; 副主席 list, 秘书长; 市委常委、常务副市长 詹佑林; town secretary; 水利局局长; 委员 with and without units")]),
    "he02_jianou.txt": (2023, "发布日期：2023-09-21", JO, [
        ("市人大常委会开展农产品质量安全法执法检查", "9月19日至20日", "2023-09-19", "9月19日至20日，市人大常委会主任",
         "县级市 人大 site: 执法检查 led by the 主任; 副主任 list, 秘书长, 工作委员会主任; 代表 named bare; 副市长; 农业农村局局长 reports")]),
    "he03_nanping.txt": (2025, "2025年04月17日　星期四", NP, [
        ("市政协赴建瓯开展建溪流域保护专项民主监督", "4月16日", "2025-04-16", "本报讯（记者 李雪岚 通讯员 吴莉莎）4月16日",
         "city paper 第02版: 南平 市政协副主席's 专项民主监督 in 建瓯市; 詹佑林 now 建瓯市政协党组书记、主席; new 常务副市长; 委员 bare")]),
    "he04_shunchang.txt": (2023, "发布时间：2023-06-09 16:48", SC, [
        ("县人大常委会组织代表视察重点项目建设", "6月8日", "2023-06-08", "6月8日，县人大常委会党组书记",
         "county site: 人大代表 视察 led by the 人大常委会党组书记、主任 廖承宗; 副主任 list; 县委常委、副县长; 发改局局长 reports; 邵明辉#1")]),
    "he05_shunchang.txt": (2025, "2025-05-28 17:06:12", SC, [
        ("市人大常委会执法检查组来顺检查水法贯彻实施情况", "5月27日", "2025-05-27", "5月27日，市人大常委会副主任",
         "county news portal: 廖承宗 now 南平市人大常委会副主任 leads a 执法检查 in 顺昌县; new 县人大常委会主任; 县长; 代表 bare")]),
    "he06_longchang.txt": (2023, "发布时间：2023-04-14 09:12:37", LC, [
        ("市人大常委会开展古宇湖水环境保护专题调研", "4月13日", "2023-04-13", "4月13日，市人大常委会副主任",
         "县级市 人大 site: 专题调研 led by the 副主任 罗德伟; the 主任 speaks at the 座谈会; 副市长; 水务局局长 reports; 代表 bare")]),
    "he07_neijiang.txt": (2025, "2025年3月20日　星期四", NJ, [
        ("市人大常委会在隆昌开展水污染防治法执法检查", "3月19日", "2025-03-19", "本报讯（记者 谢佳蔚）3月19日",
         "city paper 第2版 (1): 内江 市人大常委会副主任's 执法检查 in 隆昌市; 罗德伟 now 隆昌市人大常委会主任"),
        ("市政协召开九届第二十三次主席会议", "3月18日", "2025-03-18", "本报讯（记者 冯晓宇）3月18日",
         "city paper 第2版 (2): 内江 市政协 主席会议 (主席 主持, 副主席 list, 秘书长)")]),
    "he08_sixian.txt": (2023, "发布日期：2023-10-26", SX, [
        ("县政协开展重点提案办理情况视察", "10月25日", "2023-10-25", "10月25日，县政协副主席",
         "county 政协 site: 提案办理 视察 led by the 副主席 翟玉梅; the 主席 at the 座谈会; two department heads (邵明辉#2); 委员 bare")]),
    "he09_sixian.txt": (2025, "发布时间：2025-05-16 11:30", SX, [
        ("县政协召开“发展壮大山芋特色产业”协商议政会", "5月15日下午", "2025-05-15", "5月15日下午，县政协召开",
         "county government site: 协商议政会 chaired by 翟玉梅 now 县政协党组书记、主席; 县长, 副县长; 委员 with a post and bare")]),
}

_H01_ZX = "市政协副主席江秀琴、吴德昌，秘书长魏明辉，市委常委、常务副市长詹佑林"
_H02_VP = "市人大常委会副主任黄永春、池丽萍，秘书长蔡文彬，市人大常委会农业农村工作委员会主任卓明亮"
_H03_Z = "建瓯市政协党组书记、主席詹佑林"
_H04_L = "县人大常委会党组书记、主任廖承宗带领部分县人大代表"
_H05_X = "县人大常委会党组书记、主任谢永年"
_H07_ZX = "市政协副主席周文彦、温婉如，秘书长熊国庆"
_H08_ZX = "县政协副主席戴卫民，秘书长桑立群"
_H09_Y = "县政协委员、大庄镇党委副书记、镇长叶春生"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 建瓯市 (福建 南平)
    "he:游振声": ("游振声", "official", JO, [
        ("he01", JO + "政协", "主席", "市政协主席游振声带领部分市政协委员", "2023-05: bare 市政协 on the 建瓯 政协 site = 建瓯市 (县级市); the 主席 before 詹佑林")], []),
    "he:江秀琴": ("江秀琴", "official", JO, [("he01", JO + "政协", "副主席", _H01_ZX, "list after one title")], []),
    "he:吴德昌": ("吴德昌", "official", JO, [("he01", JO + "政协", "副主席", _H01_ZX, None)], []),
    "he:魏明辉": ("魏明辉", "official", JO, [
        ("he01", JO + "政协", "秘书长", _H01_ZX, "bare 秘书长 after the 政协 副主席 list = the 政协's (part da)")], []),
    "he:詹佑林": ("詹佑林", "official", JO, [
        ("he01", JO + "委", "常委", _H01_ZX, "2023-05 (identity case: 建瓯市政协主席 in 2025, he03)"),
        ("he01", JO + "政府", "常务副市长", _H01_ZX, None),
        ("he03", JO + "政协党组", "书记", _H03_Z, "2025-04: now 政协党组书记、主席 (written in full in the 闽北日报)"),
        ("he03", JO + "政协", "主席", _H03_Z, None)], []),
    "he:范建辉": ("范建辉", "official", JO, [
        ("he01", JO + "东峰镇党委", "书记", "在东峰镇，镇党委书记范建辉", None)], []),
    "he:叶宏涛": ("叶宏涛", "official", JO, [
        ("he01", JO + "水利局", "局长", "市水利局局长叶宏涛", "2023-05: bare 市水利局 on the 建瓯 site = 建瓯市's"),
        ("he03", JO + "水利局", "局长", "建瓯市水利局局长叶宏涛", "2025-04: written in full in the 闽北日报")], []),
    "he:黄丽清": ("黄丽清", "official", JO, [
        ("he01", JO + "中医院", "副院长", "市政协委员、市中医院副院长黄丽清", "a public hospital's head (part da); 市政协委员 is no post")], []),
    "he:郑光荣": ("郑光荣", "committee_member", JO, [], ["he01"]),
    "he:邱美玲": ("邱美玲", "committee_member", JO, [], ["he01"]),
    "he:练启栋": ("练启栋", "official", JO, [
        ("he02", JO + "人大常委会", "主任", "市人大常委会主任练启栋带领执法检查组", "bare 市人大常委会 on the 建瓯 人大 site = 建瓯市's")], []),
    "he:黄永春": ("黄永春", "official", JO, [("he02", JO + "人大常委会", "副主任", _H02_VP, "list after one title")], []),
    "he:池丽萍": ("池丽萍", "official", JO, [("he02", JO + "人大常委会", "副主任", _H02_VP, None)], []),
    "he:蔡文彬": ("蔡文彬", "official", JO, [
        ("he02", JO + "人大常委会", "秘书长", _H02_VP, "bare 秘书长 after the 人大常委会 副主任 list (part da)")], []),
    "he:卓明亮": ("卓明亮", "official", JO, [
        ("he02", JO + "人大常委会农业农村工作委员会", "主任", _H02_VP, "a 人大常委会 工作委员会 is an org with its place (part ab)")], []),
    "he:阮晓川": ("阮晓川", "official", JO, [("he02", JO + "政府", "副市长", "副市长阮晓川陪同", None)], []),
    "he:翁建平": ("翁建平", "official", JO, [("he02", JO + "农业农村局", "局长", "市农业农村局局长翁建平", None)], []),
    "he:谢国强": ("谢国强", "official", JO, [
        ("he02", JO + "徐墩镇党委", "书记", "市人大代表、徐墩镇党委书记谢国强", "市人大代表 is no post")], []),
    "he:刘春旺": ("刘春旺", "deputy", JO, [], ["he02"]),
    "he:钟美凤": ("钟美凤", "deputy", JO, [], ["he02"]),
    "he:吴秋生": ("吴秋生", "deputy", JO, [], ["he02"]),
    # ---- 南平市
    "he:蓝振岳": ("蓝振岳", "official", NP, [
        ("he03", NP + "政协", "副主席", "市政协副主席蓝振岳带领民主监督组", "bare 市政协 in the 闽北日报 = 南平市 (not 建瓯市, written in full)")], []),
    "he:邓丽娜": ("邓丽娜", "official", NP, [
        ("he03", NP + "政协人口资源环境委员会", "主任", "市政协人口资源环境委员会主任邓丽娜", "DECIDED HERE: a 政协 special committee is an org with its place")], []),
    "he:饶志勤": ("饶志勤", "official", JO, [
        ("he03", JO + "委", "常委", "建瓯市委常委、常务副市长饶志勤", "2025: the 常务副市长 after 詹佑林"),
        ("he03", JO + "政府", "常务副市长", "建瓯市委常委、常务副市长饶志勤", None)], []),
    "he:魏晓燕": ("魏晓燕", "committee_member", NP, [], ["he03"]),
    "he:陈茂林": ("陈茂林", "committee_member", NP, [], ["he03"]),
    # ---- 顺昌县 (福建 南平)
    "he:廖承宗": ("廖承宗", "official", SC, [
        ("he04", SC + "人大常委会党组", "书记", _H04_L, "2023-06 (identity case: 南平市人大常委会副主任 in 2025, he05)"),
        ("he04", SC + "人大常委会", "主任", _H04_L, None),
        ("he05", NP + "人大常委会", "副主任", "市人大常委会副主任廖承宗带领执法检查组来我县", "2025-05: bare 市人大常委会 on a 顺昌县 page = 南平市's (the parent)")], []),
    "he:危秀英": ("危秀英", "official", SC, [
        ("he04", SC + "人大常委会", "副主任", "县人大常委会副主任危秀英、上官德明", "list after one title")], []),
    "he:上官德明": ("上官德明", "official", SC, [
        ("he04", SC + "人大常委会", "副主任", "县人大常委会副主任危秀英、上官德明", "compound surname 上官")], []),
    "he:卢永盛": ("卢永盛", "official", SC, [
        ("he04", SC + "委", "常委", "县委常委、副县长卢永盛陪同", None),
        ("he04", SC + "政府", "副县长", "县委常委、副县长卢永盛陪同", None)], []),
    "he:邵明辉#1": ("邵明辉", "official", SC, [
        ("he04", SC + "洋口镇党委", "书记", "在洋口镇，镇党委书记邵明辉", "顺昌县 (福建); not the 邵明辉 of 泗县 (安徽, he08)")], []),
    "he:聂清华": ("聂清华", "official", SC, [
        ("he04", SC + "发展和改革局", "局长", "县发展和改革局局长聂清华", None)], []),
    "he:丁秋月": ("丁秋月", "deputy", SC, [], ["he04"]),
    "he:黄金福": ("黄金福", "deputy", SC, [], ["he04"]),
    "he:萧启明": ("萧启明", "official", SC, [
        ("he05", SC + "委", "副书记", "县委副书记、县长萧启明", None),
        ("he05", SC + "政府", "县长", "县委副书记、县长萧启明", None)], []),
    "he:谢永年": ("谢永年", "official", SC, [
        ("he05", SC + "人大常委会党组", "书记", _H05_X, "2025: the 主任 after 廖承宗"),
        ("he05", SC + "人大常委会", "主任", _H05_X, None)], []),
    "he:邹晓帆": ("邹晓帆", "official", SC, [
        ("he05", SC + "郑坊镇政府", "镇长", "在郑坊镇，镇长邹晓帆", "a 镇长 is a post of the town 政府 (part bq)")], []),
    "he:官志鹏": ("官志鹏", "official", SC, [("he05", SC + "水利局", "局长", "县水利局局长官志鹏", None)], []),
    "he:严冬莉": ("严冬莉", "deputy", NP, [], ["he05"]),
    "he:陈立铭": ("陈立铭", "deputy", NP, [], ["he05"]),
    # ---- 隆昌市 / 内江市 (四川)
    "he:罗德伟": ("罗德伟", "official", LC, [
        ("he06", LC + "人大常委会", "副主任", "市人大常委会副主任罗德伟带领专题调研组", "2023-04: bare 市 on the 隆昌 人大 site = 隆昌市 (identity case: 主任 in 2025, he07)"),
        ("he07", LC + "人大常委会", "主任", "隆昌市人大常委会主任罗德伟陪同检查", "2025-03: now 主任 (written in full in the 内江日报)")], []),
    "he:曾祥瑞": ("曾祥瑞", "official", LC, [
        ("he06", LC + "人大常委会", "主任", "市人大常委会主任曾祥瑞出席座谈会", "the 主任 before 罗德伟")], []),
    "he:古晓梅": ("古晓梅", "official", LC, [("he06", LC + "政府", "副市长", "副市长古晓梅陪同", "县级市 site")], []),
    "he:钟启睿": ("钟启睿", "official", LC, [
        ("he06", LC + "古湖街道党工委", "书记", "在古湖街道，街道党工委书记钟启睿", None)], []),
    "he:代明春": ("代明春", "official", LC, [
        ("he06", LC + "水务局", "局长", "市水务局局长代明春", "2023-04"),
        ("he07", LC + "水务局", "局长", "隆昌市水务局局长代明春", "2025-03")], []),
    "he:何淑芬": ("何淑芬", "deputy", LC, [], ["he06"]),
    "he:胡志远": ("胡志远", "deputy", LC, [], ["he06"]),
    "he:兰玉成": ("兰玉成", "official", NJ, [
        ("he07", NJ + "人大常委会", "副主任", "市人大常委会副主任兰玉成带领执法检查组", "bare 市 in the 内江日报 = 内江市")], []),
    "he:蒋丽芸": ("蒋丽芸", "official", NJ, [
        ("he07", NJ + "人大常委会环境与资源保护工作委员会", "主任", "市人大常委会环境与资源保护工作委员会主任蒋丽芸", "a 人大常委会 工作委员会 (part ab)")], []),
    "he:付俊杰": ("付俊杰", "official", LC, [
        ("he07", LC + "委", "副书记", "隆昌市委副书记、市长付俊杰", None),
        ("he07", LC + "政府", "市长", "隆昌市委副书记、市长付俊杰", None)], []),
    "he:黎振川": ("黎振川", "official", NJ, [
        ("he07", NJ + "政协", "主席", "市政协主席黎振川主持会议", "article 2; bare 市政协 in the 内江日报 = 内江市")], []),
    "he:周文彦": ("周文彦", "official", NJ, [("he07", NJ + "政协", "副主席", _H07_ZX, "list after one title")], []),
    "he:温婉如": ("温婉如", "official", NJ, [("he07", NJ + "政协", "副主席", _H07_ZX, None)], []),
    "he:熊国庆": ("熊国庆", "official", NJ, [("he07", NJ + "政协", "秘书长", _H07_ZX, "bare 秘书长 after the 政协 副主席 list")], []),
    # ---- 泗县 (安徽 宿州)
    "he:翟玉梅": ("翟玉梅", "official", SX, [
        ("he08", SX + "政协", "副主席", "县政协副主席翟玉梅带领部分县政协委员", "2023-10 (identity case: 主席 in 2025, he09)"),
        ("he09", SX + "政协党组", "书记", "县政协党组书记、主席翟玉梅主持会议", "2025-05: now 党组书记、主席"),
        ("he09", SX + "政协", "主席", "县政协党组书记、主席翟玉梅主持会议", None)], []),
    "he:戴卫民": ("戴卫民", "official", SX, [
        ("he08", SX + "政协", "副主席", _H08_ZX, "2023"),
        ("he09", SX + "政协", "副主席", _H08_ZX, "2025")], []),
    "he:桑立群": ("桑立群", "official", SX, [
        ("he08", SX + "政协", "秘书长", _H08_ZX, "2023; also the page's 审核 (editor line)"),
        ("he09", SX + "政协", "秘书长", _H08_ZX, "2025")], []),
    "he:路宏伟": ("路宏伟", "official", SX, [
        ("he08", SX + "政协", "主席", "县政协主席路宏伟出席座谈会", "the 主席 before 翟玉梅")], []),
    "he:邵明辉#2": ("邵明辉", "official", SX, [
        ("he08", SX + "住房和城乡建设局", "局长", "县住房和城乡建设局局长邵明辉", "泗县 (安徽); not the 邵明辉 of 顺昌县洋口镇 (福建, he04)")], []),
    "he:屠海涛": ("屠海涛", "official", SX, [("he08", SX + "城市管理局", "局长", "县城市管理局局长屠海涛", None)], []),
    "he:胡雪莲": ("胡雪莲", "committee_member", SX, [], ["he08"]),
    "he:殷家宝": ("殷家宝", "committee_member", SX, [], ["he08", "he09"]),
    "he:苗文博": ("苗文博", "committee_member", SX, [], ["he08"]),
    "he:梁振远": ("梁振远", "official", SX, [
        ("he09", SX + "委", "副书记", "县委副书记、县长梁振远", "泗县委: the county's full name + 委"),
        ("he09", SX + "政府", "县长", "县委副书记、县长梁振远", None)], []),
    "he:权丽君": ("权丽君", "official", SX, [("he09", SX + "政府", "副县长", "副县长权丽君到会", None)], []),
    "he:汤建新": ("汤建新", "official", SX, [("he09", SX + "农业农村局", "局长", "县农业农村局局长汤建新", None)], []),
    "he:叶春生": ("叶春生", "official", SX, [
        ("he09", SX + "大庄镇党委", "副书记", _H09_Y, "县政协委员 is no post"),
        ("he09", SX + "大庄镇政府", "镇长", _H09_Y, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("he01", "陈思蕾", "责任编辑", "editor", "责任编辑：陈思蕾"),
    ("he02", "杨佳颖", "供稿", "author", "（市人大常委会办公室　杨佳颖）"),
    ("he03", "李雪岚", "记者", "reporter", "本报讯（记者 李雪岚 通讯员 吴莉莎）"),
    ("he03", "吴莉莎", "通讯员", "correspondent", "本报讯（记者 李雪岚 通讯员 吴莉莎）"),
    ("he03", "黄诗岚", "编辑", "editor", "编辑：黄诗岚"),
    ("he04", "王雨晴", "责任编辑", "editor", "责任编辑：王雨晴"),
    ("he05", "江雨菲", "作者", "author", "作者：江雨菲"),
    ("he06", "邓雅茜", "作者", "author", "作者：邓雅茜"),
    ("he07", "谢佳蔚", "记者", "reporter", "本报讯（记者 谢佳蔚）"),
    ("he07", "冯晓宇", "记者", "reporter", "本报讯（记者 冯晓宇）"),
    ("he07", "郭晓萌", "编辑", "editor", "（编辑：郭晓萌）"),
    ("he08", "马晓宁", "编辑", "editor", "编辑：马晓宁"),
    ("he08", "桑立群", "审核", "editor", "审核：桑立群"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("he01", "建溪流域生态保护和河长制落实情况专题视察", "inspection (政协专题视察)", "5月17日", None, "游振声", [JO + "政协"],
     ["江秀琴", "吴德昌", "魏明辉", "詹佑林"], ["范建辉", "叶宏涛", "黄丽清", "郑光荣", "邱美玲", "詹佑林", "游振声"],
     "建溪建瓯段、东峰镇、徐墩镇",
     "5月17日，市政协主席游振声带领部分市政协委员，就建溪流域生态保护和河长制落实情况开展专题视察",
     ["市政协主席游振声带领部分市政协委员", _H01_ZX, "镇党委书记范建辉介绍了", "局长叶宏涛汇报了", "市中医院副院长黄丽清",
      "市政协委员郑光荣、邱美玲先后发言", "詹佑林表示", "游振声指出"]),
    ("he02", "《中华人民共和国农产品质量安全法》执法检查", "inspection (人大执法检查)", "9月19日至20日", None, "练启栋", [JO + "人大常委会"],
     ["黄永春", "池丽萍", "蔡文彬", "卓明亮", "刘春旺", "钟美凤", "吴秋生", "阮晓川"],
     ["翁建平", "谢国强", "刘春旺", "钟美凤", "阮晓川", "练启栋"], "吉阳镇、房道镇、小桥镇",
     "9月19日至20日，市人大常委会主任练启栋带领执法检查组，对全市贯彻实施《中华人民共和国农产品质量安全法》情况开展执法检查",
     ["市人大常委会主任练启栋带领执法检查组", _H02_VP, "部分市人大代表刘春旺、钟美凤、吴秋生参加检查", "副市长阮晓川陪同",
      "局长翁建平汇报了", "徐墩镇党委书记谢国强", "代表刘春旺、钟美凤先后发言", "阮晓川表示", "练启栋强调"]),
    ("he03", "建溪流域保护和河长制落实情况专项民主监督", "inspection (政协专项民主监督)", "4月16日", None, "蓝振岳", [NP + "政协"],
     ["邓丽娜", "魏晓燕", "陈茂林", "詹佑林", "饶志勤"], ["叶宏涛", "魏晓燕", "陈茂林", "蓝振岳", "饶志勤", "詹佑林"], "建瓯市",
     "市政协副主席蓝振岳带领民主监督组到建瓯市，就建溪流域保护和河长制落实情况开展专项民主监督",
     ["市政协副主席蓝振岳带领民主监督组到建瓯市", "市政协人口资源环境委员会主任邓丽娜", "部分市政协委员魏晓燕、陈茂林参加",
      "建瓯市政协党组书记、主席詹佑林，建瓯市委常委、常务副市长饶志勤陪同", "局长叶宏涛汇报了", "委员魏晓燕、陈茂林分别就",
      "蓝振岳指出", "饶志勤表示", "詹佑林表示"]),
    ("he04", "全县重点项目建设情况视察", "inspection (人大代表视察)", "6月8日", None, "廖承宗", [SC + "人大常委会"],
     ["危秀英", "上官德明", "卢永盛"], ["邵明辉", "聂清华", "丁秋月", "黄金福", "卢永盛", "廖承宗"], "洋口镇、元坑镇",
     "6月8日，县人大常委会党组书记、主任廖承宗带领部分县人大代表，视察全县重点项目建设情况",
     [_H04_L, "县人大常委会副主任危秀英、上官德明参加视察", "县委常委、副县长卢永盛陪同", "镇党委书记邵明辉介绍了",
      "局长聂清华汇报了", "县人大代表丁秋月、黄金福结合视察所见", "卢永盛表示", "廖承宗要求"]),
    ("he05", "《中华人民共和国水法》执法检查", "inspection (人大执法检查)", "5月27日", None, "廖承宗", [NP + "人大常委会"],
     ["严冬莉", "陈立铭", "萧启明", "谢永年"], ["邹晓帆", "萧启明", "官志鹏", "严冬莉", "陈立铭", "廖承宗", "谢永年"], "顺昌县",
     "5月27日，市人大常委会副主任廖承宗带领执法检查组来我县，检查《中华人民共和国水法》贯彻实施情况",
     ["市人大常委会副主任廖承宗带领执法检查组来我县", "部分市人大代表严冬莉、陈立铭参加检查", "县委副书记、县长萧启明，县人大常委会党组书记、主任谢永年陪同",
      "镇长邹晓帆介绍了", "萧启明汇报了", "局长官志鹏作补充汇报", "代表严冬莉就", "陈立铭就河道采砂监管提出意见建议", "廖承宗指出",
      "谢永年表示"]),
    ("he06", "古宇湖水环境保护专题调研", "inspection (人大专题调研)", "4月13日", None, "罗德伟", [LC + "人大常委会"],
     ["何淑芬", "胡志远", "古晓梅", "曾祥瑞"], ["钟启睿", "代明春", "何淑芬", "胡志远", "古晓梅", "曾祥瑞"], "古湖街道、响石镇",
     "4月13日，市人大常委会副主任罗德伟带领专题调研组，深入古湖街道、响石镇等地，就古宇湖水环境保护工作开展专题调研",
     ["市人大常委会副主任罗德伟带领专题调研组", "部分市人大代表何淑芬、胡志远参加调研", "副市长古晓梅陪同", "街道党工委书记钟启睿介绍了",
      "局长代明春汇报了", "代表何淑芬、胡志远结合调研所见", "古晓梅表示", "市人大常委会主任曾祥瑞出席座谈会并讲话"]),
    ("he07", "《中华人民共和国水污染防治法》执法检查", "inspection (人大执法检查)", "3月19日", None, "兰玉成", [NJ + "人大常委会"],
     ["蒋丽芸", "付俊杰", "罗德伟"], ["付俊杰", "代明春", "兰玉成", "罗德伟"], "隆昌市",
     "市人大常委会副主任兰玉成带领执法检查组到隆昌市，检查《中华人民共和国水污染防治法》贯彻实施情况",
     ["市人大常委会副主任兰玉成带领执法检查组到隆昌市", "隆昌市委副书记、市长付俊杰，隆昌市人大常委会主任罗德伟陪同检查",
      "付俊杰汇报了", "局长代明春就古宇湖水源地保护作补充汇报", "兰玉成指出", "罗德伟表示"]),
    ("he07", "市政协九届第二十三次主席会议", "meeting (政协主席会议)", "3月18日", "黎振川", None, [NJ + "政协"],
     ["周文彦", "温婉如", "熊国庆"], ["黎振川"], None,
     "3月18日，市政协召开九届第二十三次主席会议",
     ["市政协主席黎振川主持会议", _H07_ZX, "黎振川强调"]),
    ("he08", "重点提案办理情况视察", "inspection (政协提案视察)", "10月25日", None, "翟玉梅", [SX + "政协"],
     ["戴卫民", "桑立群", "胡雪莲", "殷家宝", "苗文博", "路宏伟"], ["邵明辉", "屠海涛", "胡雪莲", "苗文博", "路宏伟", "翟玉梅"], "泗县",
     "10月25日，县政协副主席翟玉梅带领部分县政协委员，对县政协十一届二次会议以来重点提案办理情况进行视察",
     ["县政协副主席翟玉梅带领部分县政协委员", "县政协委员胡雪莲、殷家宝、苗文博参加视察", _H08_ZX, "局长邵明辉、县城市管理局局长屠海涛分别汇报了",
      "委员胡雪莲、苗文博就老旧管网改造", "县政协主席路宏伟出席座谈会并讲话", "翟玉梅要求"]),
    ("he09", "“发展壮大山芋特色产业”协商议政会", "meeting (政协协商议政会)", "5月15日下午", "翟玉梅", None, [SX + "政协"],
     ["梁振远", "权丽君", "戴卫民", "桑立群"], ["汤建新", "叶春生", "殷家宝", "梁振远", "权丽君", "翟玉梅"], None,
     "5月15日下午，县政协召开“发展壮大山芋特色产业”协商议政会",
     ["县政协党组书记、主席翟玉梅主持会议", "县委副书记、县长梁振远，副县长权丽君到会听取意见", _H08_ZX, "局长汤建新通报了",
      _H09_Y, "县政协委员殷家宝", "梁振远表示", "权丽君就下一步产业扶持政策作了具体说明", "翟玉梅指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("he01", "建溪建瓯段水生态修复工程", "greening_project", "建溪建瓯段水生态修复工程、东峰镇茶旅融合示范区"),
    ("he01", "东峰镇茶旅融合示范区", "project", "东峰镇茶旅融合示范区和徐墩镇污水处理厂提标改造工程"),
    ("he01", "徐墩镇污水处理厂提标改造工程", "infrastructure_project", "徐墩镇污水处理厂提标改造工程现场"),
    ("he02", "建瓯锥栗精深加工产业园", "industrial_park", "先后察看了建瓯锥栗精深加工产业园"),
    ("he02", "房道镇农产品质量安全检测中心建设项目", "project", "房道镇农产品质量安全检测中心建设项目"),
    ("he03", "建溪建瓯段水生态修复工程二期", "greening_project", "建溪建瓯段水生态修复工程二期"),
    ("he03", "建瓯市城区防洪堤提升工程", "engineering_work", "建瓯市城区防洪堤提升工程"),
    ("he03", "小桥镇农村供水一体化工程", "infrastructure_project", "小桥镇农村供水一体化工程"),
    ("he04", "洋口镇竹木精深加工产业园", "industrial_park", "代表们先后来到洋口镇竹木精深加工产业园"),
    ("he04", "元坑镇古镇保护提升项目", "project", "元坑镇古镇保护提升项目"),
    ("he04", "富屯溪顺昌段防洪工程", "engineering_work", "富屯溪顺昌段防洪工程现场"),
    ("he05", "金溪顺昌段河道综合整治工程", "engineering_work", "金溪顺昌段河道综合整治工程"),
    ("he05", "郑坊镇农村供水保障工程", "infrastructure_project", "郑坊镇农村供水保障工程"),
    ("he05", "双溪街道第二水厂扩建工程", "infrastructure_project", "双溪街道第二水厂扩建工程现场"),
    ("he06", "古宇湖水环境综合治理工程", "engineering_work", "先后来到古宇湖水环境综合治理工程"),
    ("he06", "隆昌市城市污水处理厂三期", "infrastructure_project", "隆昌市城市污水处理厂三期"),
    ("he06", "响石镇石雕产业园二期", "industrial_park", "响石镇石雕产业园二期"),
    ("he07", "古宇湖水环境综合治理工程", "engineering_work", "检查组先后来到古宇湖水环境综合治理工程"),
    ("he07", "隆昌经济开发区污水集中处理厂扩建工程", "infrastructure_project", "隆昌经济开发区污水集中处理厂扩建工程"),
    ("he07", "石燕桥镇集镇污水管网改造工程", "infrastructure_project", "石燕桥镇集镇污水管网改造工程"),
    ("he08", "泗县老城区雨污分流改造工程", "infrastructure_project", "泗县老城区雨污分流改造工程"),
    ("he08", "运河路背街小巷改造提升项目", "infrastructure_project", "运河路背街小巷改造提升项目"),
    ("he08", "石龙湖湿地公园提升工程", "greening_project", "石龙湖湿地公园提升工程现场"),
    ("he09", "大庄镇山芋产业园", "industrial_park", "赴大庄镇山芋产业园"),
    ("he09", "草沟镇高标准农田建设项目", "project", "草沟镇高标准农田建设项目"),
    ("he09", "屏山镇冷链物流中心", "logistics_hub", "屏山镇冷链物流中心开展调研"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("he01", "建溪", "river", "standalone", "就建溪流域生态保护和河长制落实情况"),
    ("he01", "建瓯", "county_level_city", "standalone", "建溪是建瓯的母亲河"),
    ("he01", "东峰镇", "town", "standalone", "在东峰镇，镇党委书记范建辉"),
    ("he01", "徐墩镇", "town", "in_project_name", "徐墩镇污水处理厂提标改造工程现场"),
    ("he02", "吉阳镇", "town", "standalone", "检查组一行深入吉阳镇、房道镇、小桥镇"),
    ("he02", "房道镇", "town", "standalone", "检查组一行深入吉阳镇、房道镇、小桥镇"),
    ("he02", "小桥镇", "town", "standalone", "检查组一行深入吉阳镇、房道镇、小桥镇"),
    ("he02", "建瓯", "county_level_city", "in_project_name", "先后察看了建瓯锥栗精深加工产业园"),
    ("he02", "徐墩镇", "town", "in_org_reference", "市人大代表、徐墩镇党委书记谢国强"),
    ("he03", "建瓯", "county_level_city", "standalone", "市政协赴建瓯开展建溪流域保护专项民主监督"),
    ("he03", "建瓯市", "county_level_city", "standalone", "带领民主监督组到建瓯市"),
    ("he03", "建溪", "river", "standalone", "就建溪流域保护和河长制落实情况"),
    ("he03", "闽江", "river", "standalone", "建溪是闽江的重要源头支流"),
    ("he03", "小桥镇", "town", "in_project_name", "小桥镇农村供水一体化工程"),
    ("he04", "洋口镇", "town", "standalone", "在洋口镇，镇党委书记邵明辉"),
    ("he04", "元坑镇", "town", "in_project_name", "元坑镇古镇保护提升项目"),
    ("he04", "富屯溪", "river", "in_project_name", "富屯溪顺昌段防洪工程现场"),
    ("he04", "顺昌", "county", "in_project_name", "富屯溪顺昌段防洪工程现场"),
    ("he05", "金溪", "river", "in_project_name", "金溪顺昌段河道综合整治工程"),
    ("he05", "顺昌", "county", "in_project_name", "金溪顺昌段河道综合整治工程"),
    ("he05", "郑坊镇", "town", "standalone", "在郑坊镇，镇长邹晓帆"),
    ("he05", "双溪街道", "sub_district_office", "in_project_name", "双溪街道第二水厂扩建工程现场"),
    ("he05", "顺昌县", "county", "standalone", "廖承宗指出，顺昌县贯彻实施水法工作扎实有效"),
    ("he06", "古湖街道", "sub_district_office", "standalone", "深入古湖街道、响石镇等地"),
    ("he06", "响石镇", "town", "standalone", "深入古湖街道、响石镇等地"),
    ("he06", "古宇湖", "reservoir", "standalone", "就古宇湖水环境保护工作开展专题调研"),
    ("he06", "隆昌市", "county_level_city", "in_project_name", "隆昌市城市污水处理厂三期"),
    ("he07", "隆昌", "county_level_city", "standalone", "市人大常委会在隆昌开展水污染防治法执法检查"),
    ("he07", "隆昌市", "county_level_city", "standalone", "带领执法检查组到隆昌市"),
    ("he07", "古宇湖", "reservoir", "standalone", "就古宇湖水源地保护作补充汇报"),
    ("he07", "隆昌经济开发区", "development_zone", "in_project_name", "隆昌经济开发区污水集中处理厂扩建工程"),
    ("he07", "石燕桥镇", "town", "in_project_name", "石燕桥镇集镇污水管网改造工程"),
    ("he08", "泗县", "county", "in_project_name", "泗县老城区雨污分流改造工程"),
    ("he08", "运河路", "road", "in_project_name", "运河路背街小巷改造提升项目"),
    ("he08", "石龙湖湿地公园", "park", "in_project_name", "石龙湖湿地公园提升工程现场"),
    ("he08", "石龙湖", "lake", "in_project_name", "石龙湖湿地公园提升工程现场"),
    ("he09", "大庄镇", "town", "in_project_name", "赴大庄镇山芋产业园"),
    ("he09", "草沟镇", "town", "in_project_name", "草沟镇高标准农田建设项目"),
    ("he09", "屏山镇", "town", "in_project_name", "屏山镇冷链物流中心开展调研"),
    ("he09", "泗县", "county", "standalone", "山芋是泗县的特色优势产业"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="he", conventions="set he (blind set: 人大 and 政协 at work in 福建 南平 (建瓯市, a 县级市; 顺昌县; the 闽北日报), 四川 内江 (隆昌市, a 县级市; the 内江日报) and 安徽 宿州 泗县: 政协 专题视察 / 专项民主监督 / 提案视察 and 人大 执法检查 / 代表视察 / 专题调研 are inspections with their 座谈会 / 汇报会, the 协商议政会 and the 主席会议 meetings; 政协 主席 / 副主席 / 秘书长 → X政协, 政协党组书记 → X政协党组 书记, 人大常委会 主任 / 副主任 / 秘书长 → X人大常委会, 人大常委会党组书记 → X人大常委会党组 书记, 人大常委会 工作委员会 and 政协 special committees are orgs with their place; 政协委员 and 人大代表 are no posts, the organ or public institution after them is; bare 市 organs are the 县级市's on its own sites, the parent city's on a county's page and in the city paper; one line per post per article)",
          persons_note="Set he persons. id = corpus-wide person_id (he:邵明辉#1 顺昌县洋口镇党委书记 (福建) and he:邵明辉#2 泗县住房和城乡建设局局长 (安徽) are two people; he:詹佑林 建瓯 常务副市长 2023 → 建瓯市政协主席 2025; he:廖承宗 顺昌县人大常委会主任 2023 → 南平市人大常委会副主任 2025; he:罗德伟 隆昌市人大常委会副主任 2023 → 主任 2025; he:翟玉梅 泗县政协副主席 2023 → 主席 2025)")


if __name__ == "__main__":
    main()
