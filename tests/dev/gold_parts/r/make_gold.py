"""Write gold part ``r`` (a blind set of development-zone pages: WeChat public-account articles, zone sites and
city portals) from the tables below.

Pages ``tests/dev/texts/r*.txt`` were written for this part with invented names (people, companies, most projects),
modelled on real pages of the genre read with the ``search`` tool: zone 管委会 sites and portals (a 渭南高新区 集中开工
动员会, a 临沂高新区 集中开工仪式 with 党工委委员、管委会副主任 introducing the projects, a 衡水高新区 三季度集中开工, a
兰州日报 page ``市委常委、兰州高新区党工委书记`` with its 全媒体记者 line, a 兰州新区 管委会调度会议, a 贵阳网-贵阳日报
``贵阳网讯`` report of a 市委书记 调研 in 贵安新区, a 南宁 五象新区 管委会常务副主任 调研, a 珠海高新区 招商引资驻外
推进会, a 哈尔滨新区平房片区 集中签约, a 昆明经开区 工作会议), and WeChat articles copied from a browser (a 青橙融媒
``文摘　2024-11-24 19:48　内蒙古`` page with ``丨来源 丨校读 丨责编 丨审核 丨终审`` and a 声明 line, a 小蓝经开区
主任办公会议 h5 page ending ``阅读 转发 点赞``, a 金山高新区 page). Places are real and rare in the corpus: 合肥经开区,
南昌高新区, 南宁经开区 and 南宁高新区, 贵阳经开区 and 贵阳高新区, 兰州新区, 呼和浩特经开区, 哈尔滨新区, 昆明经开区.

Shapes: five WeChat articles (r01, r02, r07, r09, r10) with the account line (``原创 … 合肥经开区发布 2023-04-18 19:06
发表于安徽``, ``文摘　2023-10-12 19:48　内蒙古``), ``点击蓝字关注我们``, a foot of ``来源：/ 文字：/ 编辑：/ 审核：`` (or
``丨来源：… 丨终审：``), a ``推荐阅读`` list of other headlines and ``阅读 / 在看 / 点赞 / 分享``; two zone sites (r03, r04)
with 上一篇 / 下一篇 / 相关新闻; a city portal (r05 贵阳网), a city paper's A01 page (r06 兰州日报) and a city news site
(r08 哈尔滨新闻网). Events: 项目集中开工 (r01, r06), 集中签约仪式 (r03), 招商推介会 with 签约 and a visit to companies
before it (r04 in 深圳, r08 in 深圳), 调研 (r05 with a 座谈会, r09 of named companies), 党工委（扩大）会议 (r02), 党工委会议
(r10), 项目观摩 with a 点评会 (r07).

Identity cases:
- bare zones whose city is only in the account name, the site header or the masthead, on the pages of six cities:
  合肥 (r01 经开区, account 合肥经开区发布), 南昌 (r02 高新区, account 南昌高新区发布), 南宁 (r03 经开区 and r04 高新区,
  site headers), 呼和浩特 (r07 经开区, account line 呼和浩特经开区), 昆明 (r09 经开区, account 昆明经开区融媒; 昆明高新区
  of part k is another zone), 贵阳 (r10 高新区, account 贵阳高新发布). Labels: 合肥经开区党工委, 南昌高新区管委会, …
- a zone leader who moves: r:覃振邦 is 南宁经开区党工委委员、管委会副主任 in September 2022 (r03) and 南宁市副市长 in
  May 2024 (r04, ``副市长覃振邦`` bare on the 南宁高新区 site = 南宁市政府).
- r:石海川 is 贵阳高新区党工委书记、管委会主任 in June 2023 (r05, city portal, written 贵阳高新区) and 党工委书记 only in
  April 2024 (r10, bare 高新区; the 管委会主任 is then r:罗兴国).
- two different people with one name: r:杨振宇#1 (合肥经开区党工委委员、管委会副主任, r01, 2023) and r:杨振宇#2
  (呼和浩特经开区管委会副主任, r07, 2023).
- leaders of the city and of the zone on one page, two posts in one title chain: ``市委常委、高新区党工委书记骆镇川``
  (r02: 南昌市委 常委 + 南昌高新区党工委 书记), ``省委常委、市委书记庞嘉树`` and ``市委常委、贵阳经开区党工委书记龙德全``
  with 副市长 and the 贵阳高新区 heads (r05), ``市委常委、兰州新区党工委书记牛宏亮`` with 副市长魏立群 (r06),
  ``市委常委、哈尔滨新区党工委书记于振国`` with a visiting 深圳市福田区副区长 (r08).
- page chrome with officials: the 推荐阅读 / 上一篇 / 下一篇 / 相关新闻 / 相关稿件 lines hold names and titles
  (``市委常委、副市长方启明``, ``党工委副书记伍家骏``, ``市长邹明远``, ``副市长白志远``, ``市委常委、常务副市长黄振林``, and on
  r10 ``市委常委、贵阳经开区党工委书记龙德全``, a real person of r05): nothing is annotated from them (no holding, no
  person for that page); a person of the body named again there only has the mention counted (the writer counts the
  whole page).

Annotated by hand from the page texts before newskg was run on them (the set is blind). Every evidence string is checked
to be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts k and o): bare organs take the page's place: 党工委 / 管委会 / 纪工委 on a zone's account or site =
that zone's (合肥经开区党工委, 南昌高新区纪工委); 市委 / 副市长 / 市投资促进局 on a zone page = the zone's city's (南昌市委,
南宁市政府, 南宁市投资促进局); 省委 on a 贵阳 portal = 贵州省委; bare 副市长 in 兰州日报 = 兰州市政府. 兰州新区 and
哈尔滨新区 keep their names (as 长春新区). A visitor's post takes the visitor's place (``深圳市福田区副区长`` → 福田区政府:
福田区 is one district in China, no city prefix). 区领导 named without a title (汤国庆, 鲍立群, r01) are persons without
a post; company chairmen / 总经理 and a 商会会长 make no holding. Attendees are the people stated to 出席 / 参加 /
陪同 (chair and leader not repeated), speakers those whose words are reported (宣布开工, 致辞, 讲话, 介绍, 汇报, 通报,
强调, 要求, 表示), so one person can be both. An event whose own date is not stated (a 点评会 or 座谈会 ``随后召开``, a
签约 ``推介会上``) takes the date of the day's event; a company visit ``推介会前`` / ``会前`` keeps that wording. Bylines:
``文字：`` is an author line, ``编辑：`` / ``审核：`` / ``丨终审：`` / ``本版编辑：`` / ``责任编辑：`` editor lines, ``（投资促进局
谭晓敏）`` an author line (as k06), r05's ``作者：田雨桐`` in the header and ``（记者 田雨桐）`` at the end two lines. The
WeChat author label ``经开融媒`` and the 供稿 unit ``（投资促进局供稿）`` name no person. Place rows: a zone's bare short
form is a place as written (经开区, 高新区, 新区), as are the written city forms (贵阳经开区, 兰州新区); parks and areas
with a place name count (小孟工业园, 沙文科技园, 如意园区, 沙尔沁工业区, 深圳（哈尔滨）产业园区, 翡翠湖片区); places inside
project names and organ references count (锦绣大道, 瑶湖, 兰州新区综合保税区, 深圳市 in 深圳市福田区副区长, 广西 in
深圳市广西商会); account names, site headers, mastheads, source lines, company names (安徽锐驰氢能科技有限公司,
云南滇博生物制药有限公司) and every chrome line (推荐阅读, 上一篇 / 下一篇, 相关新闻, 声明) are not annotated. A project
named with the park it stands in (``小孟工业园航空发动机精密零部件产业园二期``, ``如意园区晶耀光伏单晶硅切片项目二期``) is
split: the park is a place, the rest the project.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "r01_hefei_jkq.txt": (2023, "2023-04-18 19:06", "合肥经开区", [
        ("总投资86.5亿元！经开区二季度16个重大项目集中开工", "4月18日上午", "2023-04-18", "4月18日上午，经开区2023年",
         "WeChat article (account 合肥经开区发布): quarterly project ground-breaking; 区领导 without titles; company chairman; 推荐阅读 with officials")]),
    "r02_nanchang_gxq.txt": (2024, "2024-02-20 20:15", "南昌高新区", [
        ("骆镇川主持召开党工委（扩大）会议：鼓足干劲开新局 奋力实现一季度“开门红”", "2月20日上午", "2024-02-20", "2月20日上午，市委常委",
         "WeChat article (account 南昌高新区发布): zone party working committee enlarged meeting; 市委常委 is the zone secretary; 推荐阅读 with the mayor")]),
    "r03_nanning_jkq.txt": (2022, "发布时间：2022-09-16 11:20", "南宁经开区", [
        ("经开区举行2022年三季度重大项目集中签约仪式 签约总额达62.8亿元", "9月15日上午", "2022-09-15", "9月15日上午，经开区2022年",
         "zone site: signing ceremony chaired by the 管委会副主任 覃振邦 (later 副市长, r04); city 投资促进局 deputy head; company 总经理")]),
    "r04_nanning_gxq.txt": (2024, "发布时间：2024-05-24 16:48", "南宁高新区", [
        ("高新区在深圳举办2024年投资环境推介会 现场签约项目12个", "5月23日", "2024-05-23", "5月23日，高新区2024年",
         "zone site: investment promotion in 深圳 with signing; bare 副市长 (覃振邦, formerly of 南宁经开区) = 南宁市; 商会会长")]),
    "r05_guiyang.txt": (2023, "发布时间：2023-06-14 09:12", "贵阳市", [
        ("庞嘉树到贵阳经开区贵阳高新区调研时强调 以工业大突破引领高质量发展", "6月13日", "2023-06-13", "贵阳网讯 6月13日",
         "city portal: 省委常委、市委书记 inspects two zones; 市委常委、经开区党工委书记; 座谈会")]),
    "r06_lanzhou_xinqu.txt": (2024, "2024年03月27日　星期三", "兰州新区", [
        ("兰州新区一季度38个重大项目集中开工", "3月26日", "2024-03-26", "本报讯（记者 常婉清 通讯员 何思源）3月26日",
         "city paper A01: new-area ground-breaking; 副市长 announces, 市委常委 is the 新区 secretary; sub-headline below the headline")]),
    "r07_huhehaote_jkq.txt": (2023, "2023-10-12 19:48", "呼和浩特经开区", [
        ("比学赶超促发展！经开区开展三季度重点项目观摩活动", "10月11日", "2023-10-11", "10月11日，经开区组织开展",
         "WeChat article (文摘 line, account 呼和浩特经开区): project observation tour and 点评会; 丨来源/丨终审 foot; 推荐阅读 with a 副市长")]),
    "r08_harbin_xinqu.txt": (2023, "2023-11-10 08:35", "哈尔滨新区", [
        ("哈尔滨新区在深圳举办投资推介会 签约项目19个总投资156亿元", "11月8日", "2023-11-08", "本报讯（记者 孟思远）11月8日",
         "city news site (哈尔滨日报): new-area investment promotion in 深圳 with signing; visiting 福田区副区长; company visits before it")]),
    "r09_kunming_jkq.txt": (2024, "2024-03-07 18:40", "昆明经开区", [
        ("段一鸣带队走访调研辖区重点企业", "3月6日", "2024-03-06", "3月6日，经开区党工委书记",
         "WeChat article (account 昆明经开区融媒): zone secretary visits named companies in two streets; company chairman; 推荐阅读 with a 常务副市长")]),
    "r10_guiyang_gxq.txt": (2024, "2024-04-09 21:02", "贵阳高新区", [
        ("高新区召开党工委会议 研究部署二季度重点工作", "4月9日上午", "2024-04-09", "4月9日上午，高新区党工委书记",
         "WeChat article (account 贵阳高新发布): zone party working committee meeting; 石海川 (r05) now secretary only; 推荐阅读 names 龙德全 of r05")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # r01 合肥经开区 (WeChat)
    "r:戚光耀": ("戚光耀", "official", "合肥经开区", [
        ("r01", "合肥经开区党工委", "书记", "经开区党工委书记戚光耀宣布项目开工", "经开区 on the 合肥经开区发布 account = 合肥经开区; also named in a 推荐阅读 headline (mention counted, nothing else)")], []),
    "r:闵振涛": ("闵振涛", "official", "合肥经开区", [
        ("r01", "合肥经开区党工委", "副书记", "党工委副书记、管委会主任闵振涛致辞", None),
        ("r01", "合肥经开区管委会", "主任", "党工委副书记、管委会主任闵振涛致辞", None)], []),
    "r:杨振宇#1": ("杨振宇", "official", "合肥经开区", [
        ("r01", "合肥经开区党工委", "委员", "党工委委员、管委会副主任杨振宇主持仪式", "not the 杨振宇 of 呼和浩特经开区 (r07)"),
        ("r01", "合肥经开区管委会", "副主任", "党工委委员、管委会副主任杨振宇主持仪式", None)], []),
    "r:沈晓岚": ("沈晓岚", "official", "合肥经开区", [
        ("r01", "合肥经开区党工委", "委员", "党工委委员、管委会副主任沈晓岚，区领导", None),
        ("r01", "合肥经开区管委会", "副主任", "党工委委员、管委会副主任沈晓岚，区领导", None)], []),
    "r:汤国庆": ("汤国庆", "official", "合肥经开区", [], ["r01"]),
    "r:鲍立群": ("鲍立群", "official", "合肥经开区", [], ["r01"]),
    "r:邬海峰": ("邬海峰", "company_executive", "安徽锐驰氢能科技有限公司", [], ["r01"]),
    # r02 南昌高新区 (WeChat)
    "r:骆镇川": ("骆镇川", "official", "南昌高新区", [
        ("r02", "南昌市委", "常委", "市委常委、高新区党工委书记骆镇川主持召开", "市委 on a 南昌高新区 account = 南昌市委"),
        ("r02", "南昌高新区党工委", "书记", "市委常委、高新区党工委书记骆镇川主持召开", "高新区 on the 南昌高新区发布 account = 南昌高新区")], []),
    "r:蔡文韬": ("蔡文韬", "official", "南昌高新区", [
        ("r02", "南昌高新区党工委", "副书记", "党工委副书记、管委会主任蔡文韬", "also named in a 推荐阅读 headline (mention counted)"),
        ("r02", "南昌高新区管委会", "主任", "党工委副书记、管委会主任蔡文韬", None)], []),
    "r:晏秋萍": ("晏秋萍", "official", "南昌高新区", [
        ("r02", "南昌高新区党工委", "副书记", "党工委副书记晏秋萍", None)], []),
    "r:甘立新": ("甘立新", "official", "南昌高新区", [
        ("r02", "南昌高新区党工委", "委员", "党工委委员、管委会副主任甘立新、熊若琳", "list after one title chain"),
        ("r02", "南昌高新区管委会", "副主任", "党工委委员、管委会副主任甘立新、熊若琳", None)], []),
    "r:熊若琳": ("熊若琳", "official", "南昌高新区", [
        ("r02", "南昌高新区党工委", "委员", "党工委委员、管委会副主任甘立新、熊若琳", None),
        ("r02", "南昌高新区管委会", "副主任", "党工委委员、管委会副主任甘立新、熊若琳", None)], []),
    "r:章国平": ("章国平", "official", "南昌高新区", [
        ("r02", "南昌高新区党工委", "委员", "党工委委员、纪工委书记章国平", None),
        ("r02", "南昌高新区纪工委", "书记", "党工委委员、纪工委书记章国平", None)], []),
    # r03 南宁经开区 (zone site, 2022) and r04 南宁高新区 (zone site, 2024)
    "r:黄绍雄": ("黄绍雄", "official", "南宁经开区", [
        ("r03", "南宁经开区党工委", "书记", "经开区党工委书记黄绍雄", "经开区 on the 南宁经济技术开发区 site = 南宁经开区")], []),
    "r:农志坚": ("农志坚", "official", "南宁经开区", [
        ("r03", "南宁经开区党工委", "副书记", "党工委副书记、管委会主任农志坚", "also named in the 上一篇 line (mention counted)"),
        ("r03", "南宁经开区管委会", "主任", "党工委副书记、管委会主任农志坚", None)], []),
    "r:陆美琪": ("陆美琪", "official", "南宁市", [
        ("r03", "南宁市投资促进局", "副局长", "市投资促进局副局长陆美琪", "市 on a 南宁经开区 site = 南宁市")], []),
    "r:覃振邦": ("覃振邦", "official", "南宁", [
        ("r03", "南宁经开区党工委", "委员", "党工委委员、管委会副主任覃振邦主持签约仪式", "2022; 南宁市副市长 in 2024 (r04)"),
        ("r03", "南宁经开区管委会", "副主任", "党工委委员、管委会副主任覃振邦主持签约仪式", None),
        ("r04", "南宁市政府", "副市长", "副市长覃振邦出席并致辞", "2024: moved from 南宁经开区管委会副主任 (r03, 2022) to the city's 副市长; bare 副市长 on a 南宁高新区 site = 南宁市政府")], []),
    "r:梁锦辉": ("梁锦辉", "company_executive", "广西桂联冷链供应链有限公司", [], ["r03"]),
    "r:韦启明": ("韦启明", "official", "南宁高新区", [
        ("r04", "南宁高新区党工委", "书记", "高新区党工委书记、管委会主任韦启明", "高新区 on the 南宁高新技术产业开发区 site = 南宁高新区; also in a 相关新闻 line"),
        ("r04", "南宁高新区管委会", "主任", "高新区党工委书记、管委会主任韦启明", None)], []),
    "r:黎文姗": ("黎文姗", "official", "南宁高新区", [
        ("r04", "南宁高新区党工委", "委员", "党工委委员、管委会副主任黎文姗主持推介会", None),
        ("r04", "南宁高新区管委会", "副主任", "党工委委员、管委会副主任黎文姗主持推介会", None)], []),
    "r:莫家豪": ("莫家豪", "association_head", "深圳市广西商会", [], ["r04"]),
    # r05 贵阳 (city portal, 2023) and r10 贵阳高新区 (WeChat, 2024)
    "r:庞嘉树": ("庞嘉树", "official", "贵阳市", [
        ("r05", "贵州省委", "常委", "省委常委、市委书记庞嘉树", "省委 on a 贵阳 portal = 贵州省委"),
        ("r05", "贵阳市委", "书记", "省委常委、市委书记庞嘉树", None)], []),
    "r:龙德全": ("龙德全", "official", "贵阳经开区", [
        ("r05", "贵阳市委", "常委", "市委常委、贵阳经开区党工委书记龙德全", "named with title in r10's 推荐阅读: not annotated there"),
        ("r05", "贵阳经开区党工委", "书记", "市委常委、贵阳经开区党工委书记龙德全", None)], []),
    "r:吴昭宁": ("吴昭宁", "official", "贵阳市", [
        ("r05", "贵阳市政府", "副市长", "副市长吴昭宁", "also named in the 下一篇 line (mention counted)")], []),
    "r:石海川": ("石海川", "official", "贵阳高新区", [
        ("r05", "贵阳高新区党工委", "书记", "贵阳高新区党工委书记、管委会主任石海川参加调研", "2023: secretary and 管委会主任"),
        ("r05", "贵阳高新区管委会", "主任", "贵阳高新区党工委书记、管委会主任石海川参加调研", None),
        ("r10", "贵阳高新区党工委", "书记", "高新区党工委书记石海川主持召开党工委会议", "2024: secretary only (管委会主任 is 罗兴国); bare 高新区 on the 贵阳高新发布 account")], []),
    "r:罗兴国": ("罗兴国", "official", "贵阳高新区", [
        ("r10", "贵阳高新区党工委", "副书记", "党工委副书记、管委会主任罗兴国", None),
        ("r10", "贵阳高新区管委会", "主任", "党工委副书记、管委会主任罗兴国", None)], []),
    "r:宋婉婷": ("宋婉婷", "official", "贵阳高新区", [
        ("r10", "贵阳高新区党工委", "副书记", "党工委副书记宋婉婷", None)], []),
    "r:田应坤": ("田应坤", "official", "贵阳高新区", [
        ("r10", "贵阳高新区党工委", "委员", "党工委委员、管委会副主任田应坤出席会议", None),
        ("r10", "贵阳高新区管委会", "副主任", "党工委委员、管委会副主任田应坤出席会议", None)], []),
    # r06 兰州新区 (兰州日报)
    "r:魏立群": ("魏立群", "official", "兰州市", [
        ("r06", "兰州市政府", "副市长", "副市长魏立群宣布项目开工", "bare 副市长 in 兰州日报 = 兰州市政府")], []),
    "r:牛宏亮": ("牛宏亮", "official", "兰州新区", [
        ("r06", "兰州市委", "常委", "市委常委、兰州新区党工委书记牛宏亮讲话", "市委 in 兰州日报 = 兰州市委"),
        ("r06", "兰州新区党工委", "书记", "市委常委、兰州新区党工委书记牛宏亮讲话", None)], []),
    "r:马骏驰": ("马骏驰", "official", "兰州新区", [
        ("r06", "兰州新区党工委", "副书记", "兰州新区党工委副书记、管委会主任马骏驰介绍", None),
        ("r06", "兰州新区管委会", "主任", "兰州新区党工委副书记、管委会主任马骏驰介绍", None)], []),
    "r:祁永胜": ("祁永胜", "official", "兰州新区", [
        ("r06", "兰州新区党工委", "委员", "兰州新区党工委委员、管委会副主任祁永胜主持开工活动", None),
        ("r06", "兰州新区管委会", "副主任", "兰州新区党工委委员、管委会副主任祁永胜主持开工活动", None)], []),
    # r07 呼和浩特经开区 (WeChat)
    "r:郝建峰": ("郝建峰", "official", "呼和浩特经开区", [
        ("r07", "呼和浩特经开区党工委", "书记", "经开区党工委书记郝建峰带队观摩", "经开区 on the 呼和浩特经开区 account = 呼和浩特经开区; also in a 推荐阅读 headline")], []),
    "r:其木格": ("其木格", "official", "呼和浩特经开区", [
        ("r07", "呼和浩特经开区党工委", "副书记", "党工委副书记、管委会主任其木格", None),
        ("r07", "呼和浩特经开区管委会", "主任", "党工委副书记、管委会主任其木格", None)], []),
    "r:杨振宇#2": ("杨振宇", "official", "呼和浩特经开区", [
        ("r07", "呼和浩特经开区管委会", "副主任", "管委会副主任杨振宇、云海龙参加", "not the 杨振宇 of 合肥经开区 (r01)")], []),
    "r:云海龙": ("云海龙", "official", "呼和浩特经开区", [
        ("r07", "呼和浩特经开区管委会", "副主任", "管委会副主任杨振宇、云海龙参加", "surname 云")], []),
    "r:包立新": ("包立新", "company_executive", "内蒙古晶耀光伏材料有限公司", [], ["r07"]),
    # r08 哈尔滨新区 (哈尔滨新闻网)
    "r:于振国": ("于振国", "official", "哈尔滨新区", [
        ("r08", "哈尔滨市委", "常委", "市委常委、哈尔滨新区党工委书记于振国作主旨推介", "市委 in 哈尔滨日报 = 哈尔滨市委"),
        ("r08", "哈尔滨新区党工委", "书记", "市委常委、哈尔滨新区党工委书记于振国作主旨推介", None)], []),
    "r:钟俊辉": ("钟俊辉", "external_official", "福田区", [
        ("r08", "福田区政府", "副区长", "深圳市福田区副区长钟俊辉致辞", "visitor; 福田区 is one district in China: no city prefix")], []),
    "r:邵宏伟": ("邵宏伟", "official", "哈尔滨新区", [
        ("r08", "哈尔滨新区党工委", "副书记", "哈尔滨新区党工委副书记、管委会主任邵宏伟主持推介会", "also named in a 相关稿件 line (mention counted)"),
        ("r08", "哈尔滨新区管委会", "主任", "哈尔滨新区党工委副书记、管委会主任邵宏伟主持推介会", None)], []),
    # r09 昆明经开区 (WeChat)
    "r:段一鸣": ("段一鸣", "official", "昆明经开区", [
        ("r09", "昆明经开区党工委", "书记", "经开区党工委书记段一鸣带队", "经开区 on the 昆明经开区融媒 account = 昆明经开区 (not 昆明高新区 of part k)")], []),
    "r:杞红梅": ("杞红梅", "official", "昆明经开区", [
        ("r09", "昆明经开区党工委", "委员", "党工委委员、管委会副主任杞红梅陪同调研", "surname 杞; also in a 推荐阅读 headline"),
        ("r09", "昆明经开区管委会", "副主任", "党工委委员、管委会副主任杞红梅陪同调研", None)], []),
    "r:沙永平": ("沙永平", "company_executive", "云南滇博生物制药有限公司", [], ["r09"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("r01", "葛雨桐", "文字", "author", "文字：葛雨桐"),
    ("r01", "范思琪", "编辑", "editor", "编辑：范思琪"),
    ("r01", "唐卫东", "审核", "editor", "审核：唐卫东"),
    ("r02", "钟雅雯", "编辑", "editor", "编辑：钟雅雯"),
    ("r02", "刘启帆", "审核", "editor", "审核：刘启帆"),
    ("r03", "谭晓敏", "作者", "author", "（投资促进局 谭晓敏）"),
    ("r03", "韦佳佳", "责任编辑", "editor", "责任编辑：韦佳佳"),
    ("r04", "邓雅琳", "责任编辑", "editor", "责任编辑：邓雅琳"),
    ("r05", "田雨桐", "记者", "reporter", "（记者 田雨桐）"),
    ("r05", "田雨桐", "作者", "author", "作者：田雨桐"),
    ("r05", "杨梦洁", "编辑", "editor", "编辑：杨梦洁"),
    ("r05", "胡德凯", "审核", "editor", "审核：胡德凯"),
    ("r06", "常婉清", "记者", "reporter", "（记者 常婉清 通讯员 何思源）"),
    ("r06", "何思源", "通讯员", "correspondent", "（记者 常婉清 通讯员 何思源）"),
    ("r06", "郑晓婷", "本版编辑", "editor", "本版编辑：郑晓婷"),
    ("r07", "乌兰图雅", "记者", "reporter", "（记者 乌兰图雅）"),
    ("r07", "张晓宇", "编辑", "editor", "丨编辑：张晓宇"),
    ("r07", "赵丽君", "审核", "editor", "丨审核：赵丽君"),
    ("r07", "韩素梅", "终审", "editor", "丨终审：韩素梅"),
    ("r08", "孟思远", "记者", "reporter", "（记者 孟思远）"),
    ("r08", "徐晓菲", "编辑", "editor", "编辑：徐晓菲"),
    ("r09", "周雨萱", "编辑", "editor", "编辑：周雨萱"),
    ("r09", "李晟", "审核", "editor", "审核：李晟"),
    ("r10", "杨沁", "编辑", "editor", "编辑：杨沁"),
    ("r10", "王泽宇", "审核", "editor", "审核：王泽宇"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("r01", "经开区2023年二季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "4月18日上午", "杨振宇", None, [],
     ["沈晓岚", "汤国庆", "鲍立群"], ["戚光耀", "闵振涛", "邬海峰"], "锐驰氢能装备产业基地项目现场",
     "经开区2023年二季度重大项目集中开工仪式在锐驰氢能装备产业基地项目现场举行",
     ["经开区党工委书记戚光耀宣布项目开工", "管委会主任闵振涛致辞", "管委会副主任杨振宇主持仪式", "区领导汤国庆、鲍立群出席",
      "董事长邬海峰作为企业代表发言", "戚光耀强调"]),
    ("r02", "党工委（扩大）会议", "meeting (党工委扩大会议)", "2月20日上午", "骆镇川", None, [],
     ["蔡文韬", "晏秋萍", "甘立新", "熊若琳", "章国平"], ["骆镇川", "蔡文韬"], None,
     "高新区党工委书记骆镇川主持召开党工委（扩大）会议",
     ["高新区党工委书记骆镇川主持召开", "纪工委书记章国平出席会议", "骆镇川强调", "蔡文韬就做好节后企业用工保障"]),
    ("r03", "经开区2022年三季度重大项目集中签约仪式", "ceremony (签约仪式)", "9月15日上午", "覃振邦", None, [],
     ["黄绍雄", "农志坚", "陆美琪"], ["覃振邦", "黄绍雄", "梁锦辉", "农志坚"], "管委会",
     "经开区2022年三季度重大项目集中签约仪式在管委会举行",
     ["市投资促进局副局长陆美琪出席", "管委会副主任覃振邦主持签约仪式并介绍签约项目情况", "黄绍雄在致辞中表示",
      "总经理梁锦辉代表签约企业发言", "农志坚要求"]),
    ("r04", "高新区2024年（深圳）投资环境推介会", "meeting (招商推介会)", "5月23日", "黎文姗", None, [],
     ["覃振邦", "莫家豪"], ["覃振邦", "韦启明", "莫家豪"], "深圳",
     "高新区2024年（深圳）投资环境推介会在深圳举行",
     ["副市长覃振邦出席并致辞", "管委会主任韦启明作投资环境推介", "管委会副主任黎文姗主持推介会", "会长莫家豪，以及",
      "莫家豪表示"]),
    ("r04", "推介会项目签约", "ceremony (签约)", "5月23日", None, None, [],
     [], [], "深圳",
     "推介会上，12个项目现场签约", []),
    ("r04", "深圳电子信息龙头企业走访", "visit (企业走访)", "推介会前", None, "覃振邦", [],
     ["韦启明"], [], "深圳",
     "推介会前，覃振邦、韦启明一行走访了深圳两家电子信息龙头企业",
     ["推介会前，覃振邦、韦启明一行走访了"]),
    ("r05", "工业经济和重大项目建设调研", "inspection (调研)", "6月13日", None, "庞嘉树", [],
     ["龙德全", "吴昭宁", "石海川"], ["庞嘉树"], "贵阳经开区、贵阳高新区",
     "市委书记庞嘉树到贵阳经开区、贵阳高新区调研工业经济和重大项目建设",
     ["市委书记庞嘉树到贵阳经开区、贵阳高新区调研", "管委会主任石海川参加调研", "他说，经开区是全市装备制造业的主阵地", "他指出"]),
    ("r05", "座谈会", "meeting (座谈会)", "6月13日", None, None, [],
     [], ["龙德全", "石海川", "庞嘉树", "吴昭宁"], None,
     "随后召开的座谈会上，龙德全、石海川分别汇报了",
     ["龙德全、石海川分别汇报了", "庞嘉树强调", "吴昭宁就抓好二季度工业经济运行作了具体安排"]),
    ("r06", "兰州新区2024年一季度重大项目集中开工活动", "ceremony (集中开工活动)", "3月26日", "祁永胜", None, [],
     [], ["魏立群", "牛宏亮", "马骏驰"], "兰州新区综合保税区跨境电商产业园项目现场",
     "兰州新区2024年一季度重大项目集中开工活动在兰州新区综合保税区跨境电商产业园项目现场举行",
     ["副市长魏立群宣布项目开工", "兰州新区党工委书记牛宏亮讲话", "管委会主任马骏驰介绍集中开工项目情况",
      "管委会副主任祁永胜主持开工活动", "牛宏亮在讲话中指出", "马骏驰介绍", "魏立群要求"]),
    ("r07", "2023年三季度重点项目观摩活动", "site observation (项目观摩)", "10月11日", None, "郝建峰", ["经开区"],
     ["其木格", "杨振宇", "云海龙"], ["包立新"], "如意园区、沙尔沁工业区",
     "经开区组织开展2023年三季度重点项目观摩活动",
     ["经开区党工委书记郝建峰带队观摩", "管委会副主任杨振宇、云海龙参加", "总经理包立新介绍"]),
    ("r07", "观摩点评会", "meeting (观摩点评会)", "10月11日", None, None, [],
     [], ["杨振宇", "其木格", "郝建峰"], None,
     "在随后召开的观摩点评会上，杨振宇通报了前三季度全区重点项目推进情况",
     ["杨振宇通报了", "其木格要求", "郝建峰强调"]),
    ("r08", "2023哈尔滨新区（深圳）投资推介会", "meeting (招商推介会)", "11月8日", "邵宏伟", None, [],
     [], ["于振国", "钟俊辉", "邵宏伟"], "深圳",
     "2023哈尔滨新区（深圳）投资推介会在深圳举行",
     ["哈尔滨新区党工委书记于振国作主旨推介", "副区长钟俊辉致辞", "管委会主任邵宏伟主持推介会并介绍重点合作项目",
      "于振国在推介中介绍了", "钟俊辉表示"]),
    ("r08", "推介会项目集中签约", "ceremony (签约)", "11月8日", None, None, [],
     [], [], "深圳",
     "推介会上，19个项目集中签约", []),
    ("r08", "深圳企业拜访", "visit (企业拜访)", "会前", None, "于振国", [],
     ["邵宏伟"], [], "深圳",
     "会前，于振国、邵宏伟一行拜访了6家深圳企业",
     ["会前，于振国、邵宏伟一行拜访了"]),
    ("r09", "辖区重点企业走访调研", "inspection (调研)", "3月6日", None, "段一鸣", [],
     ["杞红梅"], ["沙永平", "段一鸣", "杞红梅"], "洛羊街道、阿拉街道",
     "经开区党工委书记段一鸣带队深入洛羊街道、阿拉街道，走访调研辖区重点企业",
     ["党工委书记段一鸣带队深入", "管委会副主任杞红梅陪同调研", "董事长沙永平介绍了", "段一鸣表示", "段一鸣强调",
      "杞红梅就建立企业诉求办理台账"]),
    ("r10", "党工委会议", "meeting (党工委会议)", "4月9日上午", "石海川", None, [],
     ["罗兴国", "宋婉婷", "田应坤"], ["石海川", "罗兴国"], None,
     "高新区党工委书记石海川主持召开党工委会议",
     ["高新区党工委书记石海川主持召开党工委会议", "管委会副主任田应坤出席会议", "石海川强调", "罗兴国就抓好项目调度"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("r01", "锐驰氢能装备产业基地项目", "project", "主会场锐驰氢能装备产业基地项目总投资18亿元"),
    ("r01", "经开区智能家电零部件产业园三期", "industrial_park", "经开区智能家电零部件产业园三期"),
    ("r01", "芯源晶圆级封装测试项目", "project", "芯源晶圆级封装测试项目"),
    ("r01", "锦绣大道快速化改造工程", "infrastructure_project", "锦绣大道快速化改造工程"),
    ("r02", "瑶湖航空产业园二期", "industrial_park", "瑶湖航空产业园二期"),
    ("r02", "艾溪湖数字经济产业园", "industrial_park", "艾溪湖数字经济产业园"),
    ("r02", "新型显示模组生产基地", "project", "新型显示模组生产基地等重大项目建设"),
    ("r03", "中国—东盟冷链物流枢纽项目", "logistics_hub", "中国—东盟冷链物流枢纽项目"),
    ("r03", "新能源汽车热管理系统生产基地项目", "project", "新能源汽车热管理系统生产基地项目"),
    ("r03", "高端医疗器械产业园项目", "industrial_park", "高端医疗器械产业园项目"),
    ("r03", "智能环保装备制造项目", "project", "智能环保装备制造项目"),
    ("r04", "智能穿戴设备研发生产基地项目", "project", "智能穿戴设备研发生产基地项目总投资15亿元"),
    ("r04", "工业互联网平台西南区域总部项目", "project", "工业互联网平台西南区域总部项目"),
    ("r04", "生物医药CDMO基地项目", "project", "生物医药CDMO基地项目投资均超过10亿元"),
    ("r05", "航空发动机精密零部件产业园二期", "industrial_park", "小孟工业园航空发动机精密零部件产业园二期"),
    ("r05", "黔中新能源电池材料项目", "project", "黔中新能源电池材料项目建设现场"),
    ("r05", "黔云智算中心项目", "project", "察看黔云智算中心项目"),
    ("r06", "兰州新区综合保税区跨境电商产业园项目", "industrial_park", "兰州新区综合保税区跨境电商产业园项目总投资12.6亿元"),
    ("r06", "精细化工园区污水处理厂二期工程", "infrastructure_project", "精细化工园区污水处理厂二期工程"),
    ("r06", "年产10万吨锂电池负极材料项目", "project", "年产10万吨锂电池负极材料项目"),
    ("r06", "秦王川湿地公园提升改造工程", "greening_project", "秦王川湿地公园提升改造工程"),
    ("r07", "晶耀光伏单晶硅切片项目二期", "project", "如意园区晶耀光伏单晶硅切片项目二期"),
    ("r07", "乳制品智能化生产线技改项目", "project", "乳制品智能化生产线技改项目"),
    ("r07", "绿氢制备及储运一体化项目", "project", "沙尔沁工业区绿氢制备及储运一体化项目"),
    ("r07", "生物发酵产业园三期", "industrial_park", "生物发酵产业园三期等6个重点项目"),
    ("r08", "北方智能网联汽车测试基地项目", "infrastructure_project", "北方智能网联汽车测试基地项目"),
    ("r08", "寒地生物医药中试平台项目", "project", "寒地生物医药中试平台项目"),
    ("r08", "对俄跨境电商综合服务中心项目", "project", "对俄跨境电商综合服务中心项目"),
    ("r09", "滇博疫苗原液生产线扩建项目", "project", "滇博疫苗原液生产线扩建项目"),
    ("r10", "黔云智算中心二期", "project", "黔云智算中心二期"),
    ("r10", "沙文科技园人才公寓", "housing_project", "沙文科技园人才公寓"),
    ("r10", "高新区数字产业孵化基地", "project", "高新区数字产业孵化基地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("r01", "经开区", "development_zone", "standalone", "4月18日上午，经开区2023年二季度"),
    ("r01", "锦绣大道", "road", "in_project_name", "锦绣大道快速化改造工程"),
    ("r01", "翡翠湖片区", "area", "standalone", "经开区还将在翡翠湖片区陆续推出"),
    ("r02", "高新区", "development_zone", "standalone", "2023年高新区主要经济指标稳中有进"),
    ("r02", "瑶湖", "lake", "in_project_name", "瑶湖航空产业园二期"),
    ("r02", "艾溪湖", "lake", "in_project_name", "艾溪湖数字经济产业园"),
    ("r03", "经开区", "development_zone", "standalone", "9月15日上午，经开区2022年三季度"),
    ("r03", "东盟", "region", "standalone", "面向东盟的物流通道日益完善"),
    ("r03", "粤港澳大湾区", "region", "standalone", "来自粤港澳大湾区的项目占比超过四成"),
    ("r04", "高新区", "development_zone", "standalone", "5月23日，高新区2024年（深圳）投资环境推介会"),
    ("r04", "深圳", "city", "standalone", "投资环境推介会在深圳举行"),
    ("r04", "深圳市", "city", "in_org_name", "深圳市广西商会会长莫家豪"),
    ("r04", "广西", "province", "in_org_name", "深圳市广西商会会长莫家豪"),
    ("r04", "南宁", "city", "standalone", "介绍了南宁经济社会发展情况"),
    ("r04", "东盟", "region", "standalone", "面向东盟开放合作的区位优势"),
    ("r05", "贵阳经开区", "development_zone", "standalone", "到贵阳经开区、贵阳高新区调研工业经济"),
    ("r05", "贵阳高新区", "development_zone", "standalone", "到贵阳经开区、贵阳高新区调研工业经济"),
    ("r05", "贵州", "province", "standalone", "习近平总书记视察贵州重要讲话精神"),
    ("r05", "小孟工业园", "industrial_park", "standalone", "先后来到小孟工业园航空发动机精密零部件产业园二期"),
    ("r05", "经开区", "development_zone", "standalone", "他说，经开区是全市装备制造业的主阵地"),
    ("r05", "沙文科技园", "industrial_park", "standalone", "庞嘉树走进沙文科技园"),
    ("r05", "高新区", "development_zone", "standalone", "他指出，高新区要发挥大数据先发优势"),
    ("r06", "兰州新区", "development_zone", "standalone", "3月26日，兰州新区2024年一季度重大项目集中开工活动"),
    ("r06", "兰州新区综合保税区", "development_zone", "in_project_name", "兰州新区综合保税区跨境电商产业园项目总投资12.6亿元"),
    ("r06", "西北地区", "region", "standalone", "西北地区重要的跨境电商集散中心"),
    ("r06", "精细化工园区", "industrial_park", "in_project_name", "精细化工园区污水处理厂二期工程"),
    ("r06", "秦王川湿地公园", "park", "in_project_name", "秦王川湿地公园提升改造工程"),
    ("r06", "新区", "development_zone", "standalone", "今年，新区将以“项目建设攻坚年”为抓手"),
    ("r07", "经开区", "development_zone", "standalone", "10月11日，经开区组织开展"),
    ("r07", "如意园区", "industrial_park", "standalone", "先后来到如意园区晶耀光伏单晶硅切片项目二期"),
    ("r07", "沙尔沁工业区", "industrial_park", "standalone", "沙尔沁工业区绿氢制备及储运一体化项目"),
    ("r08", "哈尔滨新区", "development_zone", "standalone", "2023哈尔滨新区（深圳）投资推介会在深圳举行"),
    ("r08", "深圳", "city", "standalone", "投资推介会在深圳举行"),
    ("r08", "深圳市", "city", "in_org_reference", "深圳市福田区副区长钟俊辉致辞"),
    ("r08", "福田区", "district", "standalone", "福田区将与哈尔滨新区在金融服务"),
    ("r08", "东莞", "city", "standalone", "来自深圳、东莞等地"),
    ("r08", "深圳（哈尔滨）产业园区", "development_zone", "standalone", "深圳（哈尔滨）产业园区已累计注册企业超过800家"),
    ("r08", "哈尔滨", "city", "standalone", "推动更多深圳企业到哈尔滨投资兴业"),
    ("r08", "长三角", "region", "standalone", "哈尔滨新区已赴长三角、粤港澳大湾区举办专场招商活动"),
    ("r08", "粤港澳大湾区", "region", "standalone", "哈尔滨新区已赴长三角、粤港澳大湾区举办专场招商活动"),
    ("r09", "洛羊街道", "street", "standalone", "带队深入洛羊街道、阿拉街道"),
    ("r09", "阿拉街道", "street", "standalone", "带队深入洛羊街道、阿拉街道"),
    ("r09", "经开区", "development_zone", "standalone", "生物医药是经开区重点培育的主导产业"),
    ("r09", "南亚东南亚", "region", "standalone", "面向南亚东南亚的冷链分拨中心"),
    ("r09", "中老铁路", "railway", "standalone", "要用好中老铁路和国际陆港带来的机遇"),
    ("r10", "高新区", "development_zone", "standalone", "一季度，高新区规模以上工业增加值"),
    ("r10", "沙文科技园", "industrial_park", "in_project_name", "沙文科技园人才公寓"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="r", conventions="set r (blind set of development-zone pages: WeChat public-account articles copied from a browser with 原创/阅读/在看/推荐阅读 chrome, zone sites and city portals; 合肥经开区, 南昌高新区, 南宁经开区 and 南宁高新区, 贵阳经开区 and 贵阳高新区, 兰州新区, 呼和浩特经开区, 哈尔滨新区, 昆明经开区; officials in 推荐阅读 / 上一篇 / 相关新闻 lines are page chrome and not annotated)",
          persons_note="Set r persons. id = corpus-wide person_id (r:杨振宇#1 and r:杨振宇#2 are two people; r:覃振邦 moves from 南宁经开区管委会副主任 (2022) to 南宁市副市长 (2024); r:石海川 keeps 贵阳高新区党工委书记 and leaves the 管委会主任 post)")


if __name__ == "__main__":
    main()
