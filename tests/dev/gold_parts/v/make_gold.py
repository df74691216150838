"""Write gold part ``v`` (a blind set: the same kind of zone, 经开区, in four cities over four years) from the tables
below.

Pages ``tests/dev/texts/v*.txt`` were written for this part with invented names (people, companies, projects),
modelled on real pages of the genre read with the ``search`` tool: a 松山新区 全区领导干部大会 (市委组织部副部长宣布市委
决定: 某某同志任区党工委副书记、管委会主任), a 嘉兴经开区 全区领导干部会议 (市委常委、组织部长宣读任免文件, 不再担任),
a 东湖高新区 局级领导干部大会, a 古雷开发区 领导干部大会 (市委常委兼任 工作委员会书记), a 广安经开区 党工委书记带队赴
璧山高新区 学习考察 (the host's 党工委书记、管委会主任 and 管委会副主任 陪同, the visitor's 党工委委员 随同), a 十堰经开区
党政代表团 to 北京经开区, a 松滋 党政代表团 at 荆州经开区 (荆州经开区党工委书记, 荆州经开区党工委副书记、管委会主任
陪同考察), 上饶经开区 pages (a 市委副书记、代市长 调研 with 副市长 陪同, a 市委书记 调研 with 上饶经开区党工委书记, a
副市长 调研 in 江南都市报), a 马鞍山经开区 项目攻坚年 动员大会 in a provincial paper, a 滨州高新区 党工委委员（扩大）会议
(市委常委、政法委书记，高新区党工委书记), a 新吴区 高新区党工委会议 and a 宿州高新区 中心组 page. Places are real and
new to the corpus: 马鞍山经开区 and 滁州经开区 (安徽), 荆州经开区 (湖北), 上饶经开区 (江西).

Shapes: zone sites with navigation, 发布时间 / 发布日期, 上一篇 / 下一篇 and a 主办单位 foot (v01 马鞍山, v03 滁州, v08 上饶);
a city government site (v10 马鞍山市人民政府); WeChat articles of the zone accounts (v02 ``马鞍山经开区发布``, v05 and
v06 ``荆州经开发布``) with ``原创 … 发表于…``, a foot of 来源 / 编辑 / 审核, a 推荐阅读 / 往期推荐 list naming officials
and 阅读 / 在看 / 点赞; city papers' digital editions (v04 滁州日报 第A03版, v09 上饶日报 第A03版); a PDF page of 荆州日报
as pdftotext gives it (v07: header line, hard-wrapped columns, a name spaced ``严 光辉``, a photo caption, two
articles). Events: 项目集中开工仪式 (v01), 领导干部大会 with an appointment (v02), 党工委会议 (v03), a 常务副市长's 调研
with a 座谈会 (v04), 经济运行分析会 (v05), a 考察交流 of one zone's delegation at another city's zone with a 座谈会 (v06),
a 副市长's 调研 and a 市政协 专题视察 (v07), 集中签约仪式 (v08), 项目观摩 with a 点评会 (v09), a 市长's 调研 with a 座谈会
(v10).

Identity cases (the case that must not merge):
- one zone name, four cities: every page writes the zone bare (``经开区``), and its city is only in the site header,
  the account name, the masthead or a source line: 马鞍山 (v01, v02, v10), 滁州 (v03, v04), 荆州 (v05, v06, v07),
  上饶 (v08, v09). Labels: 马鞍山经开区党工委, 滁州经开区管委会, 荆州经开区纪工委, 上饶经开区党工委, …
- each zone has two 党工委书记 in sequence: 马鞍山 v:龚立轩 (2021, v01; 不再担任 in March 2023, v02) then v:聂文韬 (v02
  appointed, v06 2023, v10 2024); 滁州 v:蔡宏毅 (2021, v03) then v:柏宗岳 (2024, v04); 荆州 v:阮志航 (2022 v05, 2023 v06)
  then v:严光辉 (2024, v07; 管委会主任 in 2022, v05); 上饶 v:游振华 (2021, v08, also 市委常委) then v:占国栋 (2024, v09).
- a zone head appointed from another city's zone: v:聂文韬 is 滁州经开区党工委副书记、管委会主任 in April 2021 (v03, bare on
  the 滁州 site) and is appointed 马鞍山经开区党工委书记 at a 领导干部大会 in March 2023 (v02, ``宣读了任免决定：聂文韬同志任
  经开区党工委书记``, bare on the 马鞍山 account; the 简历 line names the 滁州 posts with their date, 2019年7月).
- a zone leader promoted to his city's 副市长: v:阮志航, 荆州经开区党工委书记 in 2022 and 2023 (v05, v06), is
  ``副市长阮志航`` in 荆州日报 in April 2024 (v07) = 荆州市政府.
- a city's 市委常委 who is the zone's secretary: ``市委常委、经开区党工委书记游振华`` (v08: 上饶市委 常委 + 上饶经开区党工委 书记).
- two zones on one page: v06 (荆州's account) reports 荆州经开区's delegation at 马鞍山经开区: the visitor's bare chain
  (``经开区党工委书记阮志航``, ``经开区党工委委员、管委会副主任熊启帆，党工委委员、招商服务局局长秦若水``) is 荆州经开区's,
  the host's chain after ``马鞍山经开区党工委书记聂文韬，`` (``党工委副书记、管委会主任储永红，党工委委员、管委会副主任汪建平``)
  is 马鞍山经开区's, and ``马鞍山市副市长贺慧琳`` is 马鞍山市政府's (she is bare ``副市长贺慧琳`` on the 马鞍山 site in 2024, v10).
- two different people with one name and one title: v:汪建平#1 (马鞍山经开区党工委委员、管委会副主任, v01 2021, v02 2023,
  v06 2023) and v:汪建平#2 (上饶经开区党工委委员、管委会副主任, v09 2024).
- people who keep their posts across pages and years: v:储永红 (马鞍山经开区管委会主任, v01, v02, v06, v10), v:叶秋明
  (上饶经开区管委会主任, v08 2021 and v09 2024), v:熊启帆 (荆州经开区管委会副主任, v05, v06), v:戴秀兰 (v01, v02).

Annotated by hand from the page texts before newskg was run on them (the set is blind). Every evidence string is checked
to be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts h, k, o and r): bare organs take the page's place: 经开区 / 党工委 / 管委会 / 纪工委 / 招商服务局 on a
zone's site or account = that zone's (马鞍山经开区党工委, 荆州经开区纪工委, 荆州经开区招商服务局); 经开区 in a city paper or on
the city's own site = that city's zone (滁州日报 → 滁州经开区, 马鞍山市人民政府 → 马鞍山经开区); 市委 / 副市长 / 市政协 there =
the city's (马鞍山市委组织部, 荆州市政府, 荆州市政协, 上饶市委); a chain continues the place of its first organ, so a bare
``党工委副书记、管委会主任`` after ``马鞍山经开区党工委书记聂文韬，`` is 马鞍山经开区's even on 荆州's account, while a new
chain that opens with bare ``经开区`` is the page's zone. An appointment makes a holding (``聂文韬同志任经开区党工委书记``);
不再担任 makes none (龚立轩 on v02 is a person without a post there). Posts of the 简历 line are holdings with the career
date as ``date_text``; the post the line repeats from the page's own sentence (``2023年3月任马鞍山经开区党工委书记``) gives no
second line. ``市委常委、组织部部长`` gives 马鞍山市委 常委 + 马鞍山市委组织部 部长; ``市委常委、常务副市长`` 滁州市委 常委 +
滁州市政府 常务副市长. Company chairmen and 总经理 make no holding. Officials named only in 推荐阅读 / 往期推荐 / 上一篇 lines
are not annotated there (a person of the body named again in them only has the mention counted). Attendees are those
stated to 出席 / 参加 / 陪同 / 会见 (chair and leader not repeated); speakers those whose words are reported (宣布开工, 致辞,
讲话, 宣读, 表态发言, 介绍, 汇报, 通报, 强调, 指出, 要求, 表示); a 座谈会 / 点评会 ``随后召开`` takes the day's date and gets
the remarks made at it. Bylines: ``（经济发展局 方若涵）`` / ``（招商局 周心怡）`` / ``作者：`` are author lines, ``编辑：`` /
``审核：`` / ``责任编辑：`` / ``本版编辑：`` editor lines; v07's photo credit ``记者 彭雨桐 摄`` is the byline's reporter again
(one line); the account author label ``经开融媒`` names no person. Place rows: a zone's bare short form is a place as
written (经开区), as are the written forms 马鞍山经开区, 荆州经开区, 滁州经开区, 荆州高新区; a park with a place name visited
as it stands is a place (马鞍山经开区智能制造产业园, v06), the works to be built are projects; places inside project names and
organ references count (湖东路, 南谯北路, 江汉大道, 凤凰大道, 华中, 马鞍山市 in 马鞍山市副市长, 沙市区 in 沙市区企业服务中心);
a 简历's 安徽全椒人 gives 安徽 and 全椒; site lines, account names, mastheads, source lines, footers and company names
(安徽昱拓动力科技有限公司, 湖北楚锐新材料有限公司) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_NIE_CAREER = "聂文韬，男，汉族，1978年4月生，安徽全椒人，研究生学历，中共党员。2019年7月任滁州经开区党工委副书记、管委会主任"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "v01_maanshan_jkq.txt": (2021, "发布时间：2021-09-17 10:26", "马鞍山经开区", [
        ("经开区三季度11个重大项目集中开工", "9月16日上午", "2021-09-16", "9月16日上午，经开区2021年",
         "zone site (马鞍山经济技术开发区): quarterly ground-breaking; secretary 龚立轩, 管委会主任 储永红, 副主任 汪建平 (#1); company chairman")]),
    "v02_maanshan_jkq.txt": (2023, "2023-03-14 18:32", "马鞍山经开区", [
        ("经开区召开领导干部大会 宣布主要负责同志任免决定", "3月14日上午", "2023-03-14", "3月14日上午，经开区召开",
         "WeChat article (account 马鞍山经开区发布): cadre meeting; 聂文韬 (formerly 滁州经开区管委会主任) appointed 经开区党工委书记, 龚立轩 不再担任; 简历 line")]),
    "v03_chuzhou_jkq.txt": (2021, "发布日期：2021-04-09", "滁州经开区", [
        ("经开区召开党工委会议 研究部署二季度重点工作", "4月8日上午", "2021-04-08", "4月8日上午，经开区党工委书记",
         "zone site (滁州经济技术开发区): party working committee meeting; secretary 蔡宏毅, 管委会主任 聂文韬 (later 马鞍山, v02)")]),
    "v04_chuzhou.txt": (2024, "2024年05月22日　星期三", "滁州经开区", [
        ("桂晓峰到经开区调研重点项目建设", "5月21日", "2024-05-21", "本报讯（记者 钱思源 通讯员 陆婉清）5月21日",
         "city paper (滁州日报 A03): 市委常委、常务副市长 inspects the zone; new secretary 柏宗岳 and 管委会主任 万德清; 座谈会")]),
    "v05_jingzhou_jkq.txt": (2022, "2022-07-20 19:45", "荆州经开区", [
        ("经开区召开上半年经济运行分析会：鼓足干劲抢进度 全力冲刺全年目标", "7月19日下午", "2022-07-19", "7月19日下午，经开区召开",
         "WeChat article (account 荆州经开发布): half-year economic analysis meeting; secretary 阮志航, 管委会主任 严光辉; 往期推荐 with officials")]),
    "v06_jingzhou_jkq.txt": (2023, "2023-06-09 20:12", "荆州经开区", [
        ("学先进 找差距 促发展丨经开区党政考察团赴马鞍山经开区考察交流", "6月8日", "2023-06-08", "6月8日，经开区党工委书记阮志航",
         "WeChat article (account 荆州经开发布): the bare 经开区 (荆州) delegation at 马鞍山经开区; both zones' chains on one page; 马鞍山市副市长 meets them; 座谈会")]),
    "v07_jingzhou.txt": (2024, "2024年4月17日 星期三", "荆州市", [
        ("阮志航到经开区调研时强调", "4月16日", "2024-04-16", "本报讯（记者 彭雨桐 通讯员 向晓琳）",
         "PDF page of 荆州日报: 副市长 阮志航 (the former zone secretary) inspects 经开区; new secretary 严光辉; photo caption"),
        ("市政协开展优化营商环境专题视察", "4月15日", "2024-04-15", "本报讯（记者 程梓萱）4月15日",
         "city CPPCC chairman leads an inspection of the business environment (a day earlier)")]),
    "v08_shangrao_jkq.txt": (2021, "发布时间：2021-11-26 16:40", "上饶经开区", [
        ("经开区举行2021年四季度重大项目集中签约仪式 签约金额达186亿元", "11月25日下午", "2021-11-25", "11月25日下午，经开区2021年",
         "zone site (上饶经济技术开发区): signing ceremony; 市委常委 is the zone secretary (游振华); company chairman")]),
    "v09_shangrao.txt": (2024, "2024年07月11日　星期四", "上饶经开区", [
        ("经开区开展二季度重点项目观摩活动", "7月10日", "2024-07-10", "本报讯（记者 饶思琪 通讯员 占雨欣）7月10日",
         "city paper (上饶日报 A03): project observation tour and 点评会; new secretary 占国栋; 管委会副主任 汪建平 (#2, not 马鞍山's)")]),
    "v10_maanshan.txt": (2024, "发布时间：2024-10-15 09:20", "马鞍山经开区", [
        ("程启航到经开区调研时强调 聚力主导产业 加快项目建设 为全市经济发展挑大梁", "10月14日", "2024-10-14", "10月14日，市委副书记",
         "city government site (马鞍山市人民政府): the mayor inspects 经开区; 聂文韬 and 储永红 report at a 座谈会; 副市长 贺慧琳 (of v06)")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # 马鞍山经开区
    "v:龚立轩": ("龚立轩", "official", "马鞍山经开区", [
        ("v01", "马鞍山经开区党工委", "书记", "经开区党工委书记龚立轩宣布项目开工", "经开区 on the 马鞍山经济技术开发区 site = 马鞍山经开区; the zone's first secretary of the set (不再担任 in March 2023, v02)")], ["v02"]),
    "v:储永红": ("储永红", "official", "马鞍山经开区", [
        ("v01", "马鞍山经开区党工委", "副书记", "党工委副书记、管委会主任储永红致辞", None),
        ("v01", "马鞍山经开区管委会", "主任", "党工委副书记、管委会主任储永红致辞", None),
        ("v02", "马鞍山经开区党工委", "副书记", "党工委副书记、管委会主任储永红主持会议", "also named in a 推荐阅读 headline (mention counted)"),
        ("v02", "马鞍山经开区管委会", "主任", "党工委副书记、管委会主任储永红主持会议", None),
        ("v06", "马鞍山经开区党工委", "副书记", "马鞍山经开区党工委书记聂文韬，党工委副书记、管委会主任储永红", "host side on the 荆州 account: the chain after 马鞍山经开区党工委书记 stays 马鞍山经开区's"),
        ("v06", "马鞍山经开区管委会", "主任", "马鞍山经开区党工委书记聂文韬，党工委副书记、管委会主任储永红", None),
        ("v10", "马鞍山经开区党工委", "副书记", "党工委副书记、管委会主任储永红汇报了", None),
        ("v10", "马鞍山经开区管委会", "主任", "党工委副书记、管委会主任储永红汇报了", None)], []),
    "v:汪建平#1": ("汪建平", "official", "马鞍山经开区", [
        ("v01", "马鞍山经开区党工委", "委员", "党工委委员、管委会副主任汪建平主持开工仪式", "not the 汪建平 of 上饶经开区 (v09)"),
        ("v01", "马鞍山经开区管委会", "副主任", "党工委委员、管委会副主任汪建平主持开工仪式", None),
        ("v02", "马鞍山经开区党工委", "委员", "党工委委员、管委会副主任汪建平，党工委委员、纪工委书记戴秀兰", None),
        ("v02", "马鞍山经开区管委会", "副主任", "党工委委员、管委会副主任汪建平，党工委委员、纪工委书记戴秀兰", None),
        ("v06", "马鞍山经开区党工委", "委员", "管委会主任储永红，党工委委员、管委会副主任汪建平陪同考察", "host side (same chain as 储永红); the visitor's 熊启帆 has the same title for 荆州经开区"),
        ("v06", "马鞍山经开区管委会", "副主任", "管委会主任储永红，党工委委员、管委会副主任汪建平陪同考察", None)], []),
    "v:戴秀兰": ("戴秀兰", "official", "马鞍山经开区", [
        ("v01", "马鞍山经开区党工委", "委员", "党工委委员、纪工委书记戴秀兰出席", None),
        ("v01", "马鞍山经开区纪工委", "书记", "党工委委员、纪工委书记戴秀兰出席", None),
        ("v02", "马鞍山经开区党工委", "委员", "党工委委员、纪工委书记戴秀兰等班子成员", None),
        ("v02", "马鞍山经开区纪工委", "书记", "党工委委员、纪工委书记戴秀兰等班子成员", None)], []),
    "v:邵建勋": ("邵建勋", "company_executive", "安徽昱拓动力科技有限公司", [], ["v01"]),
    "v:段慧敏": ("段慧敏", "official", "马鞍山市", [
        ("v02", "马鞍山市委", "常委", "市委常委、组织部部长段慧敏出席会议并讲话", "市委 on the 马鞍山经开区发布 account = 马鞍山市委"),
        ("v02", "马鞍山市委组织部", "部长", "市委常委、组织部部长段慧敏出席会议并讲话", "组织部 follows 市委 of the same chain")], []),
    "v:聂文韬": ("聂文韬", "official", "滁州经开区 → 马鞍山经开区", [
        ("v03", "滁州经开区党工委", "副书记", "党工委副书记、管委会主任聂文韬", "经开区 on the 滁州经济技术开发区 site = 滁州经开区 (2021)"),
        ("v03", "滁州经开区管委会", "主任", "党工委副书记、管委会主任聂文韬", None),
        ("v02", "马鞍山经开区党工委", "书记", "聂文韬同志任经开区党工委书记", "appointment announced at the 领导干部大会; bare 经开区 on the 马鞍山 account = 马鞍山经开区; from 滁州经开区管委会主任 (v03, 2021)"),
        ("v02", "滁州经开区党工委", "副书记", _NIE_CAREER, "career line (past post; the one of v03)", "2019年7月"),
        ("v02", "滁州经开区管委会", "主任", _NIE_CAREER, "career line (past post)", "2019年7月"),
        ("v06", "马鞍山经开区党工委", "书记", "马鞍山经开区党工委书记聂文韬", "host side, written with its city on the 荆州 account"),
        ("v10", "马鞍山经开区党工委", "书记", "经开区党工委书记聂文韬汇报了", "经开区 on the 马鞍山 city site = 马鞍山经开区")], []),
    "v:贺慧琳": ("贺慧琳", "official", "马鞍山市", [
        ("v06", "马鞍山市政府", "副市长", "马鞍山市副市长贺慧琳会见考察团一行", "the host city's vice-mayor, written with 马鞍山市 on the 荆州 account"),
        ("v10", "马鞍山市政府", "副市长", "副市长贺慧琳，市政府秘书长葛振东参加调研", "bare 副市长 on the 马鞍山 city site")], []),
    "v:程启航": ("程启航", "official", "马鞍山市", [
        ("v10", "马鞍山市委", "副书记", "市委副书记、市长程启航到经开区调研", "市委 on the 马鞍山市人民政府 site = 马鞍山市委"),
        ("v10", "马鞍山市政府", "市长", "市委副书记、市长程启航到经开区调研", None)], []),
    "v:葛振东": ("葛振东", "official", "马鞍山市", [
        ("v10", "马鞍山市政府", "秘书长", "市政府秘书长葛振东参加调研", None)], []),
    # 滁州经开区
    "v:蔡宏毅": ("蔡宏毅", "official", "滁州经开区", [
        ("v03", "滁州经开区党工委", "书记", "经开区党工委书记蔡宏毅主持召开党工委会议", "经开区 on the 滁州经济技术开发区 site = 滁州经开区; the zone's first secretary of the set (柏宗岳 in 2024, v04)")], []),
    "v:凌雪梅": ("凌雪梅", "official", "滁州经开区", [
        ("v03", "滁州经开区党工委", "委员", "党工委委员、管委会副主任凌雪梅、邰振宇出席会议", None),
        ("v03", "滁州经开区管委会", "副主任", "党工委委员、管委会副主任凌雪梅、邰振宇出席会议", None)], []),
    "v:邰振宇": ("邰振宇", "official", "滁州经开区", [
        ("v03", "滁州经开区党工委", "委员", "党工委委员、管委会副主任凌雪梅、邰振宇出席会议", "surname 邰; a list after one title gives every name"),
        ("v03", "滁州经开区管委会", "副主任", "党工委委员、管委会副主任凌雪梅、邰振宇出席会议", None)], []),
    "v:桂晓峰": ("桂晓峰", "official", "滁州市", [
        ("v04", "滁州市委", "常委", "市委常委、常务副市长桂晓峰到经开区调研", "市委 in 滁州日报 = 滁州市委"),
        ("v04", "滁州市政府", "常务副市长", "市委常委、常务副市长桂晓峰到经开区调研", None)], []),
    "v:柏宗岳": ("柏宗岳", "official", "滁州经开区", [
        ("v04", "滁州经开区党工委", "书记", "经开区党工委书记柏宗岳", "经开区 in 滁州日报 = 滁州经开区; the zone's second secretary of the set (蔡宏毅 in 2021, v03)")], []),
    "v:万德清": ("万德清", "official", "滁州经开区", [
        ("v04", "滁州经开区党工委", "副书记", "党工委副书记、管委会主任万德清陪同调研", None),
        ("v04", "滁州经开区管委会", "主任", "党工委副书记、管委会主任万德清陪同调研", None)], []),
    "v:卞海洋": ("卞海洋", "company_executive", "安徽晶澜新能源科技有限公司", [], ["v04"]),
    # 荆州经开区
    "v:阮志航": ("阮志航", "official", "荆州经开区 → 荆州市", [
        ("v05", "荆州经开区党工委", "书记", "经开区党工委书记阮志航出席会议并讲话", "经开区 on the 荆州经开发布 account = 荆州经开区; also in a 往期推荐 headline (mention counted)"),
        ("v06", "荆州经开区党工委", "书记", "经开区党工委书记阮志航率经开区党政考察团", "bare 经开区 on the 荆州 account = 荆州经开区, while the host is written 马鞍山经开区"),
        ("v07", "荆州市政府", "副市长", "副市长阮志航到经开区调研", "bare 副市长 in 荆州日报 = 荆州市政府; promoted from 荆州经开区党工委书记 (v05 2022, v06 2023)")], []),
    "v:严光辉": ("严光辉", "official", "荆州经开区", [
        ("v05", "荆州经开区党工委", "副书记", "党工委副书记、管委会主任严光辉主持会议", "also in a 往期推荐 headline (mention counted)"),
        ("v05", "荆州经开区管委会", "主任", "党工委副书记、管委会主任严光辉主持会议", None),
        ("v07", "荆州经开区党工委", "书记", "经\n开区党工委书记严光辉", "经开区 in 荆州日报 = 荆州经开区; the zone's second secretary of the set (管委会主任 in 2022, v05); spaced 严 光辉 in a later mention")], []),
    "v:熊启帆": ("熊启帆", "official", "荆州经开区", [
        ("v05", "荆州经开区党工委", "委员", "党工委委员、管委会副主任熊启帆通报经济运行情况", None),
        ("v05", "荆州经开区管委会", "副主任", "党工委委员、管委会副主任熊启帆通报经济运行情况", None),
        ("v06", "荆州经开区党工委", "委员", "经开区党工委委员、管委会副主任熊启帆", "visitor side: a new chain opening with bare 经开区 = the page's zone (荆州); also in a 往期推荐 headline (mention counted)"),
        ("v06", "荆州经开区管委会", "副主任", "经开区党工委委员、管委会副主任熊启帆", None)], []),
    "v:余婉清": ("余婉清", "official", "荆州经开区", [
        ("v05", "荆州经开区党工委", "委员", "党工委委员、纪工委书记余婉清出席会议", None),
        ("v05", "荆州经开区纪工委", "书记", "党工委委员、纪工委书记余婉清出席会议", None)], []),
    "v:秦若水": ("秦若水", "official", "荆州经开区", [
        ("v06", "荆州经开区党工委", "委员", "党工委委员、招商服务局局长秦若水参加考察", "visitor side (the chain of 熊启帆)"),
        ("v06", "荆州经开区招商服务局", "局长", "党工委委员、招商服务局局长秦若水参加考察", "department as written after the zone")], []),
    "v:瞿明浩": ("瞿明浩", "official", "荆州经开区", [
        ("v07", "荆州经开区党工委", "副书记", "党工委副书记、\n管委会主任瞿明浩陪同调研", "chain broken by the column after 、"),
        ("v07", "荆州经开区管委会", "主任", "党工委副书记、\n管委会主任瞿明浩陪同调研", None)], []),
    "v:喻国梁": ("喻国梁", "official", "荆州市", [
        ("v07", "荆州市政协", "主席", "市政协主席喻国梁带领部分市政协委员", "市 in 荆州日报 = 荆州市; second article")], []),
    "v:覃美玲": ("覃美玲", "official", "荆州市", [
        ("v07", "荆州市政协", "副主席", "市政协副主席覃美玲参加视察", None)], []),
    # 上饶经开区
    "v:游振华": ("游振华", "official", "上饶经开区", [
        ("v08", "上饶市委", "常委", "市委常委、经开区党工委书记游振华出席并致辞", "市委 on the 上饶经济技术开发区 site = 上饶市委"),
        ("v08", "上饶经开区党工委", "书记", "市委常委、经开区党工委书记游振华出席并致辞", "经开区 on the 上饶 site = 上饶经开区; the zone's first secretary of the set (占国栋 in 2024, v09)")], []),
    "v:叶秋明": ("叶秋明", "official", "上饶经开区", [
        ("v08", "上饶经开区党工委", "副书记", "党工委副书记、管委会主任叶秋明主持签约仪式", None),
        ("v08", "上饶经开区管委会", "主任", "党工委副书记、管委会主任叶秋明主持签约仪式", None),
        ("v09", "上饶经开区党工委", "副书记", "党工委副书记、管委会主任叶秋明带队观摩", "same posts three years later, in the city paper"),
        ("v09", "上饶经开区管委会", "主任", "党工委副书记、管委会主任叶秋明带队观摩", None)], []),
    "v:祝新民": ("祝新民", "official", "上饶经开区", [
        ("v08", "上饶经开区党工委", "委员", "党工委委员、管委会副主任祝新民介绍签约项目情况", None),
        ("v08", "上饶经开区管委会", "副主任", "党工委委员、管委会副主任祝新民介绍签约项目情况", None)], []),
    "v:陆承宇": ("陆承宇", "company_executive", "江西晶弘光电科技有限公司", [], ["v08"]),
    "v:占国栋": ("占国栋", "official", "上饶经开区", [
        ("v09", "上饶经开区党工委", "书记", "经开区党工委书记占国栋", "经开区 in 上饶日报 = 上饶经开区; the zone's second secretary of the set (游振华 in 2021, v08)")], []),
    "v:汪建平#2": ("汪建平", "official", "上饶经开区", [
        ("v09", "上饶经开区党工委", "委员", "党工委委员、管委会副主任汪建平、傅婉婷参加", "not the 汪建平 of 马鞍山经开区 (v01, v02, v06): same name, same title, another city's zone"),
        ("v09", "上饶经开区管委会", "副主任", "党工委委员、管委会副主任汪建平、傅婉婷参加", None)], []),
    "v:傅婉婷": ("傅婉婷", "official", "上饶经开区", [
        ("v09", "上饶经开区党工委", "委员", "党工委委员、管委会副主任汪建平、傅婉婷参加", None),
        ("v09", "上饶经开区管委会", "副主任", "党工委委员、管委会副主任汪建平、傅婉婷参加", None)], []),
    "v:邱振宇": ("邱振宇", "company_executive", "上饶经开区", [], ["v09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("v01", "方若涵", "作者", "author", "（经济发展局 方若涵）"),
    ("v01", "孙嘉怡", "责任编辑", "editor", "责任编辑：孙嘉怡"),
    ("v02", "郑雅宁", "编辑", "editor", "编辑：郑雅宁"),
    ("v02", "姚志远", "审核", "editor", "审核：姚志远"),
    ("v03", "何雨萌", "作者", "author", "作者：何雨萌"),
    ("v04", "钱思源", "记者", "reporter", "（记者 钱思源 通讯员 陆婉清）"),
    ("v04", "陆婉清", "通讯员", "correspondent", "（记者 钱思源 通讯员 陆婉清）"),
    ("v04", "崔雅楠", "本版编辑", "editor", "本版编辑：崔雅楠"),
    ("v05", "黄思琪", "编辑", "editor", "编辑：黄思琪"),
    ("v05", "杜明轩", "审核", "editor", "审核：杜明轩"),
    ("v06", "吕梦瑶", "编辑", "editor", "编辑：吕梦瑶"),
    ("v06", "覃志坚", "审核", "editor", "审核：覃志坚"),
    ("v07", "彭雨桐", "记者", "reporter", "（记者 彭雨桐 通讯员 向晓琳）"),
    ("v07", "向晓琳", "通讯员", "correspondent", "（记者 彭雨桐 通讯员 向晓琳）"),
    ("v07", "程梓萱", "记者", "reporter", "（记者 程梓萱）"),
    ("v08", "周心怡", "作者", "author", "（招商局 周心怡）"),
    ("v09", "饶思琪", "记者", "reporter", "（记者 饶思琪 通讯员 占雨欣）"),
    ("v09", "占雨欣", "通讯员", "correspondent", "（记者 饶思琪 通讯员 占雨欣）"),
    ("v09", "方梓萌", "本版编辑", "editor", "本版编辑：方梓萌"),
    ("v10", "王若溪", "责任编辑", "editor", "责任编辑：王若溪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("v01", "经开区2021年三季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "9月16日上午", "汪建平", None, [],
     ["戴秀兰"], ["龚立轩", "储永红", "邵建勋"], "昱拓新能源汽车电驱系统产业基地项目现场",
     "经开区2021年三季度重大项目集中开工仪式在昱拓新能源汽车电驱系统产业基地项目现场举行",
     ["经开区党工委书记龚立轩宣布项目开工", "管委会主任储永红致辞", "管委会副主任汪建平主持开工仪式", "纪工委书记戴秀兰出席",
      "储永红在致辞中说", "董事长邵建勋作为企业代表发言", "龚立轩强调"]),
    ("v02", "领导干部大会", "meeting (领导干部大会)", "3月14日上午", "储永红", None, ["经开区"],
     ["段慧敏", "汪建平", "戴秀兰"], ["段慧敏", "龚立轩", "聂文韬"], None,
     "经开区召开领导干部大会，宣布省委组织部、市委关于经开区主要负责同志任免的决定",
     ["组织部部长段慧敏出席会议并讲话", "管委会主任储永红主持会议", "段慧敏宣读了任免决定", "段慧敏在讲话中指出",
      "龚立轩在讲话中表示", "聂文韬在表态发言中表示", "党工委委员、管委会副主任汪建平，党工委委员、纪工委书记戴秀兰等班子成员"]),
    ("v03", "党工委会议", "meeting (党工委会议)", "4月8日上午", "蔡宏毅", None, [],
     ["聂文韬", "凌雪梅", "邰振宇"], ["蔡宏毅", "聂文韬"], None,
     "经开区党工委书记蔡宏毅主持召开党工委会议",
     ["党工委书记蔡宏毅主持召开党工委会议", "管委会主任聂文韬，党工委委员", "管委会副主任凌雪梅、邰振宇出席会议", "蔡宏毅强调",
      "聂文韬就落实会议精神作了具体安排"]),
    ("v04", "重点项目建设和工业经济运行调研", "inspection (调研)", "5月21日", None, "桂晓峰", [],
     ["柏宗岳", "万德清"], [], "经开区",
     "市委常委、常务副市长桂晓峰到经开区调研重点项目建设和工业经济运行情况",
     ["常务副市长桂晓峰到经开区调研", "经开区党工委书记柏宗岳，党工委副书记、管委会主任万德清陪同调研", "桂晓峰先后来到"]),
    ("v04", "座谈会", "meeting (座谈会)", "5月21日", None, None, [],
     [], ["柏宗岳", "桂晓峰", "万德清"], None,
     "随后召开的座谈会上，柏宗岳汇报了经开区1—4月经济运行和重点项目推进情况",
     ["柏宗岳汇报了", "桂晓峰指出", "万德清表示"]),
    ("v05", "2022年上半年经济运行分析会", "meeting (经济运行分析会)", "7月19日下午", "严光辉", None, ["经开区"],
     ["阮志航", "余婉清"], ["熊启帆", "阮志航", "严光辉"], None,
     "经开区召开2022年上半年经济运行分析会",
     ["党工委书记阮志航出席会议并讲话", "管委会主任严光辉主持会议", "管委会副主任熊启帆通报经济运行情况", "纪工委书记余婉清出席会议",
      "熊启帆通报", "阮志航指出", "严光辉要求"]),
    ("v06", "赴马鞍山经开区考察交流", "visit (考察交流)", "6月8日", None, "阮志航", [],
     ["贺慧琳", "聂文韬", "储永红", "汪建平", "熊启帆", "秦若水"], [], "马鞍山经开区",
     "经开区党工委书记阮志航率经开区党政考察团赴马鞍山经开区考察交流",
     ["党工委书记阮志航率经开区党政考察团", "马鞍山市副市长贺慧琳会见考察团一行",
      "马鞍山经开区党工委书记聂文韬，党工委副书记、管委会主任储永红，党工委委员、管委会副主任汪建平陪同考察",
      "管委会副主任熊启帆，党工委委员、招商服务局局长秦若水参加考察"]),
    ("v06", "座谈会", "meeting (座谈会)", "6月8日", None, None, [],
     [], ["储永红", "贺慧琳", "聂文韬", "阮志航"], None,
     "在随后召开的座谈会上，储永红介绍了马鞍山经开区经济社会发展情况",
     ["储永红介绍了", "贺慧琳表示", "聂文韬表示", "阮志航对马鞍山经开区的热情接待表示感谢"]),
    ("v07", "重点项目建设和工业经济运行调研", "inspection (调研)", "4月16日", None, "阮志航", [],
     ["严光辉", "瞿明浩"], ["阮志航", "严光辉"], "经开区",
     "副市长阮志航到经开区调研",
     ["副市长阮志航到经开区调研", "开区党工委书记严光辉，党工委副书记、", "管委会主任瞿明浩陪同调研", "阮志航指出", "严 光辉表示"]),
    ("v07", "优化营商环境专题视察", "inspection (专题视察)", "4月15日", None, "喻国梁", ["市政协"],
     ["覃美玲"], ["喻国梁"], "市政务服务中心、沙市区企业服务中心、荆州高新区企业开办专区",
     "市政协主席喻国梁带领部分市政协委员，\n就优化营商环境工作开展专题视察",
     ["市政协主席喻国梁带领部分市政协委员", "市政协副主席覃美玲参加视察", "喻国梁强调"]),
    ("v08", "经开区2021年四季度重大项目集中签约仪式", "ceremony (签约仪式)", "11月25日下午", "叶秋明", None, [],
     ["游振华"], ["游振华", "祝新民", "陆承宇"], "管委会五楼会议室",
     "经开区2021年四季度重大项目集中签约仪式在管委会五楼会议室举行",
     ["经开区党工委书记游振华出席并致辞", "管委会主任叶秋明主持签约仪式", "管委会副主任祝新民介绍签约项目情况",
      "游振华在致辞中表示", "董事长陆承宇代表签约企业发言"]),
    ("v09", "2024年二季度重点项目观摩活动", "site observation (项目观摩)", "7月10日", None, "占国栋", ["经开区"],
     ["叶秋明", "汪建平", "傅婉婷"], ["邱振宇"], "晶弘光电高效光伏电池片项目二期、精密光学镜头模组生产基地、凤凰大道北延工程、经开区人才公寓项目现场",
     "经开区组织开展2024年二季度重点项目观摩活动",
     ["经开区党工委书记占国栋，党工委副书记、管委会主任叶秋明带队观摩", "管委会副主任汪建平、傅婉婷参加", "总经理邱振宇介绍"]),
    ("v09", "观摩点评会", "meeting (观摩点评会)", "7月10日", None, None, [],
     [], ["汪建平", "叶秋明", "占国栋"], None,
     "在随后召开的观摩点评会上，汪建平通报了上半年全区重点项目推进情况",
     ["汪建平通报了", "叶秋明要求", "占国栋强调"]),
    ("v10", "工业经济运行和重点项目建设调研", "inspection (调研)", "10月14日", None, "程启航", [],
     ["贺慧琳", "葛振东"], [], "经开区",
     "市委副书记、市长程启航到经开区调研工业经济运行和重点项目建设情况",
     ["市长程启航到经开区调研", "副市长贺慧琳，市政府秘书长葛振东参加调研", "程启航先后来到"]),
    ("v10", "座谈会", "meeting (座谈会)", "10月14日", None, None, [],
     [], ["聂文韬", "储永红", "程启航", "贺慧琳"], None,
     "在随后召开的座谈会上，经开区党工委书记聂文韬汇报了前三季度经济运行和重点工作推进情况",
     ["经开区党工委书记聂文韬汇报了", "管委会主任储永红汇报了", "程启航指出", "贺慧琳就做好四季度工业经济运行调度"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("v01", "昱拓新能源汽车电驱系统产业基地项目", "project", "主会场昱拓新能源汽车电驱系统产业基地项目总投资21亿元"),
    ("v01", "年产3万吨高性能铝合金型材项目", "project", "年产3万吨高性能铝合金型材项目"),
    ("v01", "经开区智能制造产业园二期", "industrial_park", "经开区智能制造产业园二期"),
    ("v01", "湖东路南延工程", "infrastructure_project", "湖东路南延工程"),
    ("v02", "昱拓新能源汽车电驱系统产业基地二期", "project", "昱拓新能源汽车电驱系统产业基地二期"),
    ("v02", "经开区智能制造产业园三期", "industrial_park", "经开区智能制造产业园三期"),
    ("v03", "博澳智能家电产业园二期", "industrial_park", "博澳智能家电产业园二期"),
    ("v03", "年产500万套汽车座椅骨架项目", "project", "年产500万套汽车座椅骨架项目"),
    ("v03", "南谯北路北延工程", "infrastructure_project", "南谯北路北延工程"),
    ("v04", "博澳智能家电产业园三期", "industrial_park", "博澳智能家电产业园三期"),
    ("v04", "晶澜光伏组件智能工厂", "project", "晶澜光伏组件智能工厂"),
    ("v04", "经开区标准化厂房三期", "project", "经开区标准化厂房三期项目现场"),
    ("v05", "华中智能家电产业园二期", "industrial_park", "华中智能家电产业园二期"),
    ("v05", "锂电池隔膜材料生产基地", "project", "锂电池隔膜材料生产基地和江汉大道东延线工程"),
    ("v05", "江汉大道东延线工程", "infrastructure_project", "江汉大道东延线工程"),
    ("v07", "华中智能家电产业园三期", "industrial_park", "华中智能家电产\n业园三期"),
    ("v07", "锂电池隔膜材料生产基地二期", "project", "锂电池隔膜材料生产基地二\n期"),
    ("v07", "江汉大道东延线工程", "infrastructure_project", "江汉大道东延线工程"),
    ("v08", "年产10GW高效光伏电池片项目", "project", "年产10GW高效光伏电池片项目投资72亿元"),
    ("v08", "精密光学镜头模组生产基地项目", "project", "精密光学镜头模组生产基地项目"),
    ("v08", "新能源汽车热管理系统项目", "project", "新能源汽车热管理系统项目"),
    ("v08", "光伏产业园配套物流园项目", "logistics_hub", "光伏产业园配套物流园项目"),
    ("v09", "晶弘光电高效光伏电池片项目二期", "project", "晶弘光电高效光伏电池片项目二期"),
    ("v09", "精密光学镜头模组生产基地", "project", "精密光学镜头模组生产基地、凤凰大道北延工程"),
    ("v09", "凤凰大道北延工程", "infrastructure_project", "凤凰大道北延工程"),
    ("v09", "经开区人才公寓项目", "housing_project", "经开区人才公寓项目"),
    ("v10", "昱拓新能源汽车电驱系统产业基地二期", "project", "昱拓新能源汽车电驱系统产业基地二期"),
    ("v10", "经开区智能制造产业园三期", "industrial_park", "经开区智能制造产业园三期"),
    ("v10", "宝晟汽车轻量化零部件项目", "project", "宝晟汽车轻量化零部件项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("v01", "经开区", "development_zone", "standalone", "9月16日上午，经开区2021年三季度"),
    ("v01", "湖东路", "road", "in_project_name", "湖东路南延工程"),
    ("v01", "慈湖河", "river", "standalone", "在慈湖河沿线集中推出"),
    ("v02", "经开区", "development_zone", "standalone", "3月14日上午，经开区召开领导干部大会"),
    ("v02", "安徽", "province", "standalone", "安徽全椒人"),
    ("v02", "全椒", "county", "standalone", "安徽全椒人"),
    ("v02", "滁州经开区", "development_zone", "in_title", "2019年7月任滁州经开区党工委副书记"),
    ("v02", "马鞍山经开区", "development_zone", "in_title", "2023年3月任马鞍山经开区党工委书记"),
    ("v03", "经开区", "development_zone", "standalone", "一季度经开区规模以上工业增加值"),
    ("v03", "南谯北路", "road", "in_project_name", "南谯北路北延工程"),
    ("v03", "长三角", "region", "standalone", "主动对接长三角和粤港澳大湾区产业转移"),
    ("v03", "粤港澳大湾区", "region", "standalone", "主动对接长三角和粤港澳大湾区产业转移"),
    ("v04", "经开区", "development_zone", "standalone", "常务副市长桂晓峰到经开区调研"),
    ("v05", "经开区", "development_zone", "standalone", "上半年经开区完成规模以上工业总产值"),
    ("v05", "华中", "region", "in_project_name", "华中智能家电产业园二期"),
    ("v05", "江汉大道", "road", "in_project_name", "江汉大道东延线工程"),
    ("v06", "经开区", "development_zone", "standalone", "结合经开区实际抓好转化运用"),
    ("v06", "马鞍山经开区", "development_zone", "standalone", "赴马鞍山经开区考察交流，学习借鉴"),
    ("v06", "马鞍山市", "city", "in_org_reference", "马鞍山市副市长贺慧琳会见考察团一行"),
    ("v06", "马鞍山经开区智能制造产业园", "industrial_park", "standalone", "马鞍山经开区智能制造产业园和企业服务中心"),
    ("v06", "南京都市圈", "region", "standalone", "深度融入南京都市圈"),
    ("v06", "长三角", "region", "standalone", "主动承接长三角产业转移"),
    ("v06", "马鞍山", "city", "standalone", "马鞍山与荆州同处长江经济带"),
    ("v06", "荆州", "city", "standalone", "马鞍山与荆州同处长江经济带"),
    ("v06", "长江经济带", "region", "standalone", "马鞍山与荆州同处长江经济带"),
    ("v06", "荆州经开区", "development_zone", "standalone", "马鞍山经开区愿与荆州经开区建立常态化交流机制"),
    ("v07", "经开区", "development_zone", "standalone", "副市长阮志航到经开区调研"),
    ("v07", "华中", "region", "in_project_name", "华中智能家电产\n业园三期"),
    ("v07", "江汉大道", "road", "in_project_name", "江汉大道东延线工程"),
    ("v07", "沙市区", "district", "in_org_reference", "沙市区企业服务中心"),
    ("v07", "荆州高新区", "development_zone", "in_org_reference", "荆州高新区企\n业开办专区"),
    ("v08", "经开区", "development_zone", "standalone", "11月25日下午，经开区2021年四季度"),
    ("v08", "上饶", "city", "standalone", "在上饶这片投资热土上"),
    ("v09", "经开区", "development_zone", "standalone", "7月10日，经开区组织开展"),
    ("v09", "凤凰大道", "road", "in_project_name", "凤凰大道北延工程"),
    ("v10", "经开区", "development_zone", "standalone", "到经开区调研工业经济运行和重点项目建设情况"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="v", conventions="set v (blind set: one zone kind, 经开区, written bare in four cities over 2021–2024 — 马鞍山, 滁州, 荆州, 上饶; zone sites, a city government site, WeChat articles of zone accounts, two city papers' digital editions and a PDF page of 荆州日报; each zone has two 党工委书记 in sequence, a 管委会主任 of 滁州经开区 becomes 马鞍山经开区党工委书记, a 荆州经开区党工委书记 becomes 荆州市副市长, and one page holds two zones' chains)",
          persons_note="Set v persons. id = corpus-wide person_id (v:汪建平#1 of 马鞍山经开区 and v:汪建平#2 of 上饶经开区 are two people with one title; v:聂文韬 moves from 滁州经开区管委会主任 (2021) to 马鞍山经开区党工委书记 (2023); v:阮志航 moves from 荆州经开区党工委书记 (2022, 2023) to 荆州市副市长 (2024); v:严光辉 from 荆州经开区管委会主任 to its 党工委书记)")


if __name__ == "__main__":
    main()
