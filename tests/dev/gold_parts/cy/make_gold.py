"""Write gold part ``cy`` (a blind set: development zones of 河南 prefecture cities — 洛阳, 新乡, 许昌, 南阳, 开封, 焦作 —
their 经开区 / 高新区 / 产业集聚区 news) from the tables below.

Pages ``tests/dev/texts/cy*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: two pages of the 新乡经开区 site (``时间：2021-07-12`` / ``来源：区党政办`` /
``首页 / 要闻动态 / 政务要闻``; ``区党工委书记…，区领导…参加会议``, the “签约一批 / 开工一批 / 投产一批” activities of a
“三个一批” 推进会, ``区管委会主任…参加市签约活动``; a 市政协副主席's 调研 with ``经开区党工委书记…，管委会副主任…陪同``); the
郏县 site's page of a 招商考察 to 郑州经开区 (座谈会, a 框架协议 signed by one zone's 党工委副书记 and another's 管委会主任;
footer ``版权所有 / 主办单位 / ICP证号 / 公安备案``); the 许昌市政府 portal's 示范区 page (``【信息来源：】【信息时间：…
阅读次数：】【字号】【我要打印】【关闭】``, a 党工委书记's 调研 with ``示范区领导`` named without titles); a 许昌 radio page of the
许昌经开区 年度工作会议 (``开发区党工委书记、管委会主任``); the 开封日报 interview of the 城乡一体化示范区党工委书记 on kf.cn
(``来源：开封日报 作者：全媒体记者 … 发布时间：``); a 焦作日报 e-paper page of a provincial 观摩 (``(上接一版②)``, project lists);
the 南阳广播电视台 page of the 先进制造业开发区暨城市建设观摩 (two 观摩组, 高新区 among the stops); the 平顶山高新区 site
(``（经济发展局 吕博文）`` byline, ``高新区党工委书记…陪同，区党工委副书记、管委会主任…``); a 洛阳 page on the 先进制造业集聚区
管委会 and a page on the 洛阳高新区 reform (the 涧西区委书记 is also 高新区党工委书记); a 新乡县 “开工一批” page; a 高新区
视察 page (``党工委委员、管委会副主任…陪同视察``). Places are real (河南: 洛阳 with 涧西区 and 宜阳县, 新乡, 许昌 with 禹州市 /
长葛市 / 鄢陵县 / 襄城县, 南阳, 开封 with 尉氏县, 焦作 with 温县); persons, companies and projects are invented.

Shapes: the 洛阳高新区 site's 一季度 项目观摩 and 观摩点评会 (``涧西区委书记、高新区党工委书记``; a 纪工委书记; street and town
secretaries report) (cy01); the 宜阳县 site: the 县长 (the former 洛阳高新区 管委会副主任) leads a 招商对接 to 洛阳高新区 and a
座谈会 (cy02); the 新乡经开区 site: a “三个一批” 推进会 with 区领导 without titles, 签约一批 / 开工一批 / 投产一批 (cy03); the
新乡日报 第01版 with two articles: the 市长's 调研 of two zones of one city (新乡经开区, 新乡高新区) and a short 签约 item with
the reporter's name at the end (cy04); the 许昌经开区 site: 集中开工仪式 (副市长 宣布开工, 书记 致辞, 主任 主持) and a 观摩 of one
site (cy05); the 许昌市政府 portal (部门动态): a 推进会 chaired by the 市商务局局长 (the former 许昌经开区 管委会副主任) (cy06); the
南阳日报 第02版: a 常务副市长's 观摩 of 南阳高新区 (cy07); the 开封市政府 portal copying the 开封日报: a 副市长's 调研 of the
尉氏县产业集聚区 (``县委常委、副县长、产业集聚区党工委书记``) (cy08); the 焦作日报 第A02版 with two articles: 焦作高新区's
观摩评比 and 点评会, and the 温县产业集聚区's 签约 (cy09); the 焦作高新区 site: a 集中签约仪式 (cy10).

Identity cases:
- cy:郦宏图, a zone official who becomes a 县长: 洛阳高新区党工委委员、管委会副主任 in April 2021 (cy01); 宜阳县委副书记、县长 in
  August 2023 (cy02), leading a 招商对接 back to his former zone.
- cy:吉永昌, a zone official who becomes a city bureau's head: 许昌经开区党工委委员、管委会副主任 in March 2022 (cy05); 许昌市
  商务局党组书记、局长 in June 2024 (cy06).
- cy:鲁晓帆: 新乡经开区党工委副书记、管委会主任 in July 2022 (cy03) → 新乡经开区党工委书记 in May 2024 (cy04).
- cy:付瑞卿: 许昌经开区党工委副书记、管委会主任 in March 2022 (cy05) → 许昌经开区党工委书记 in June 2024 (cy06).
- cy:崔书彦: 焦作高新区党工委副书记、管委会主任 in May 2021 (cy09) → 焦作高新区党工委书记 in March 2024 (cy10).
- the same officials on two pages: cy:牛嘉树 (洛阳高新区党工委书记, 2021 with 涧西区委书记, and 2023), cy:祁文澜 (洛阳高新区
  党工委副书记、管委会主任, 2021 and 2023), cy:仇建中 (许昌 副市长, 2022 and 2024), cy:宫庆元 (twice on cy04).
- two different 秦梓豪 with the same title words in two unrelated zones: cy:秦梓豪#1 is 南阳高新区党工委委员、管委会副主任
  (cy07, 2023); cy:秦梓豪#2 is 焦作高新区党工委委员、管委会副主任 (cy10, 2024).
- one organ name in several cities: bare ``高新区党工委`` / ``管委会`` are 洛阳's (cy01, cy02), 焦作's (cy09, cy10); ``新乡高新区``
  (cy04), ``南阳高新区`` (cy07), ``许昌高新区`` (cy06); bare ``经开区党工委`` / ``区党工委`` are 新乡's (cy03) and 许昌's (cy05);
  ``产业集聚区党工委`` is 尉氏县's (cy08) and 温县's (cy09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, z where they speak; decided here where they are silent):
- Zone labels: city name without 市 + short name: 洛阳高新区, 新乡经开区, 新乡高新区, 许昌经开区, 许昌高新区, 南阳高新区,
  焦作高新区. Bare ``高新区`` / ``经开区`` / ``区党工委`` on a zone's own site, and in the city paper of that city's zone, are
  that zone's (on the 宜阳县 site ``高新区党工委副书记`` follows ``洛阳高新区党工委书记`` = 洛阳高新区).
- DECIDED HERE: a county's 产业集聚区 is labelled county label + ``产业集聚区`` (``尉氏县产业集聚区``, ``温县产业集聚区``; part b
  names places ``方城县产业集聚区`` the same way); its 党工委 / 管委会 are the zone organs: ``县委常委、副县长、产业集聚区党工委书记
  管世强`` → 尉氏县委 常委 + 尉氏县政府 副县长 + 尉氏县产业集聚区党工委 书记; ``产业集聚区管委会主任`` → 尉氏县产业集聚区管委会 主任.
- A chain of a district and a zone gives a line for each organ: ``涧西区委书记、高新区党工委书记牛嘉树`` → 涧西区委 书记 +
  洛阳高新区党工委 书记 (涧西区 is a name only 洛阳 has: no city prefix).
- Zone organs: 党工委 with 书记 / 副书记 / 委员; 管委会 with 主任 / 副主任; the zone's 纪工委 with 书记 (as bq). A street or town
  shown on the zone's own site as the zone's (辛店街道, 丰李镇 of 洛阳高新区; 长村张街道 of 许昌经开区) takes the zone label, as bq
  decided for 托管 towns: 洛阳高新区辛店街道党工委 书记, 洛阳高新区丰李镇党委 书记, 许昌经开区长村张街道党工委 书记.
- ``区领导雷鸿儒、桑立德、房卫星`` (cy03) is no post (CONVENTIONS); 房卫星's post comes from ``党工委委员、管委会副主任房卫星`` in the
  same article. A city department: ``市商务局党组书记、局长`` → 许昌市商务局党组 书记 + 许昌市商务局 局长 (党组 only with 书记, as
  bs / z). ``市政府秘书长`` → 新乡市政府 秘书长.
- Events: 观摩 is ``site observation`` even when a city leader leads it (cy07: leader = the 常务副市长); its 点评会 is a meeting of
  its own (cy01, cy09); 调研 is an ``inspection``; a 集中开工仪式 / 签约仪式 is a ``ceremony`` (主持 = chair; 宣布开工 / 致辞 /
  介绍 = speakers; 见证签约 / 出席 = attendees). DECIDED HERE: a county's 招商对接 trip to a zone is ``visit (招商对接)`` (leader =
  who 带队; members named 参加 are attendees) and the 座谈会 during it a meeting of its own (cy02, as ak's 座谈会 after a 调研).
  DECIDED HERE (cy03): the zone's share in the province's “三个一批” 推进会 is the meeting the headline names (attendees: those
  ``参加会议``; the closing ``禹泽川强调`` and ``房卫星介绍了`` are its speakers); the city's 签约 (鲁晓帆 参加), the zone's “开工一批”
  and the 观摩 of the “投产一批” projects are events of their own.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``作者：记者 …`` and a paper's ``（记者 …）`` at an item's end are reporter /
  correspondent lines; ``（经开区党政办　裴雅萱）`` is an author line; 责任编辑 / 编辑 / 审核 / 校对 / 本版编辑 / 本版责编 are editor
  lines; ``（供稿：招商局）`` names no person.
- Projects: named 产业园 / 园 / 标准化厂房 phases are ``industrial_park``; a 冷链物流园 ``logistics_hub``; other named works
  (项目, 加速器, 中试基地, 孵化基地, 更新改造项目) ``project``. A 框架协议 is a document; 综合服务中心, 政务服务中心 are buildings.
- Places: one line per name per file, as written; DECIDED HERE: a zone written in full anywhere in the file is annotated once with
  its full name (no extra line for the bare ``高新区`` of the same file, as bq05); a file with only the bare form gets the bare form.
  A county named only inside a zone name (温县 in 温县产业集聚区) is annotated ``in_org_reference`` (as bq's 白云鄂博矿区); a city
  inside a project name (洛阳中科智能传感器产业园, 新乡起重装备产业园, 许昌新能源汽车热管理系统项目, 南阳光电产业园) is
  ``in_project_name``. Company names (许继), site lines, mastheads, 来源 lines, addresses, related-article lists and footers are
  not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LY, XXJ, XXG, XCJ, XCG, NY, JZ = "洛阳高新区", "新乡经开区", "新乡高新区", "许昌经开区", "许昌高新区", "南阳高新区", "焦作高新区"
WSJ, WXJ = "尉氏县产业集聚区", "温县产业集聚区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cy01_luoyang.txt": (2021, "发布时间：2021-04-16 17:32", LY, [
        ("高新区开展一季度重点项目现场观摩活动", "4月15日", "2021-04-15", "4月15日，高新区组织开展",
         "zone site: 一季度 项目观摩 and 观摩点评会; 涧西区委书记、高新区党工委书记; street / town secretaries report")]),
    "cy02_yiyang.txt": (2023, "发布日期：2023-08-25", "宜阳县", [
        ("郦宏图带队赴洛阳高新区开展招商对接", "8月24日", "2023-08-24", "8月24日，县委副书记",
         "county site: the 县长 (formerly 洛阳高新区 管委会副主任) leads a 招商对接 to 洛阳高新区; 座谈会 with the zone's heads")]),
    "cy03_xinxiang.txt": (2022, "时间：2022-07-11", XXJ, [
        ("经开区参加全省重大项目建设暨“三个一批”推进会", "7月10日上午", "2022-07-10", "7月10日上午，经开区参加",
         "zone site: “三个一批” 推进会; 区领导 without titles; 签约一批 / 开工一批 / 投产一批")]),
    "cy04_xinxiang.txt": (2024, "2024年5月16日　星期四", "新乡市", [
        ("莫子谦到新乡经开区新乡高新区调研", "5月15日", "2024-05-15", "本报讯（记者 宗晓雨）5月15日",
         "city paper: the 市长's 调研 of 新乡经开区 (鲁晓帆 now 书记) and 新乡高新区"),
        ("高新区与两家企业签约", "5月14日", "2024-05-14", "本报讯 5月14日",
         "city paper brief: 新乡高新区 签约; reporter credited at the end")]),
    "cy05_xuchang.txt": (2022, "发布时间：2022-03-29 10:15", XCJ, [
        ("经开区举行2022年第一季度重点项目集中开工仪式", "3月28日上午", "2022-03-28", "3月28日上午，经开区举行",
         "zone site: 集中开工仪式 (副市长 宣布开工, 书记 致辞, 主任 主持); 观摩 of one site")]),
    "cy06_xuchang.txt": (2024, "信息时间：2024-06-21 09:12", "许昌市", [
        ("全市开发区招商引资工作推进会召开", "6月20日", "2024-06-20", "6月20日，全市开发区",
         "city portal (部门动态): 推进会 chaired by the 市商务局局长 (formerly 许昌经开区 管委会副主任); zone heads report")]),
    "cy07_nanyang.txt": (2023, "2023年09月13日　星期三", "南阳市", [
        ("宁文博到南阳高新区观摩重点项目建设", "9月12日", "2023-09-12", "本报讯（记者 韦书翰",
         "city paper: the 常务副市长's 观摩 of 南阳高新区; 秦梓豪#1")]),
    "cy08_weishi.txt": (2020, "发布时间：2020-09-09 08:40", "尉氏县", [
        ("尚天民到尉氏县调研产业集聚区建设", "9月8日", "2020-09-08", "9月8日，市委常委",
         "city portal copy of the 开封日报: 副市长's 调研 of the 尉氏县产业集聚区 (县委常委、副县长、产业集聚区党工委书记)")]),
    "cy09_jiaozuo.txt": (2021, "2021年5月20日　星期四", "焦作市", [
        ("高新区开展重点项目观摩评比活动", "5月19日", "2021-05-19", "本报讯（记者 殷德厚 通讯员 汤浩然）5月19日",
         "city paper: 焦作高新区 观摩评比 and 点评会"),
        ("温县产业集聚区集中签约5个项目", "5月18日", "2021-05-18", "本报讯（记者 庞云鹤）5月18日",
         "city paper: 温县产业集聚区 签约仪式 (县委常委、产业集聚区党工委书记)")]),
    "cy10_jiaozuo.txt": (2024, "发布时间：2024-03-15", JZ, [
        ("高新区举行2024年第一季度招商引资项目集中签约仪式", "3月14日", "2024-03-14", "3月14日，高新区举行",
         "zone site: 集中签约仪式 (副市长 见证, 书记 致辞, 副主任 主持); 秦梓豪#2")]),
}

_CY01_NIU = "涧西区委书记、高新区党工委书记牛嘉树"
_CY08_GUAN = "县委常委、副县长、产业集聚区党工委书记管世强"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 洛阳
    "cy:牛嘉树": ("牛嘉树", "official", LY, [
        ("cy01", "涧西区委", "书记", _CY01_NIU, "2021-04: district and zone in one chain"),
        ("cy01", LY + "党工委", "书记", _CY01_NIU, "bare 高新区 on the 洛阳高新区 site"),
        ("cy02", LY + "党工委", "书记", "洛阳高新区党工委书记牛嘉树", "2023-08: same post")], []),
    "cy:祁文澜": ("祁文澜", "official", LY, [
        ("cy01", LY + "党工委", "副书记", "党工委副书记、管委会主任祁文澜", "2021-04"),
        ("cy01", LY + "管委会", "主任", "党工委副书记、管委会主任祁文澜", None),
        ("cy02", LY + "党工委", "副书记", "高新区党工委副书记、管委会主任祁文澜", "2023-08: bare 高新区 after 洛阳高新区 on the 宜阳县 site"),
        ("cy02", LY + "管委会", "主任", "高新区党工委副书记、管委会主任祁文澜", None)], []),
    "cy:郦宏图": ("郦宏图", "official", "宜阳县", [
        ("cy01", LY + "党工委", "委员", "党工委委员、管委会副主任郦宏图", "2021-04 (identity case: 宜阳县长 in 2023, cy02)"),
        ("cy01", LY + "管委会", "副主任", "党工委委员、管委会副主任郦宏图", None),
        ("cy02", "宜阳县委", "副书记", "县委副书记、县长郦宏图带队", "2023-08: now 宜阳县长 (bare 县委 on the 宜阳县 site); named in the headline too"),
        ("cy02", "宜阳县政府", "县长", "县委副书记、县长郦宏图带队", None)], []),
    "cy:詹东升": ("詹东升", "official", LY, [
        ("cy01", LY + "党工委", "委员", "党工委委员、纪工委书记詹东升", None),
        ("cy01", LY + "纪工委", "书记", "党工委委员、纪工委书记詹东升", "the zone's 纪工委 (as bq)")], []),
    "cy:扈立伟": ("扈立伟", "official", LY, [
        ("cy01", LY + "辛店街道党工委", "书记", "街道党工委书记扈立伟", "DECIDED HERE: a street shown as the zone's takes the zone label (as bq's 托管 towns)")], []),
    "cy:晋美玲": ("晋美玲", "official", LY, [
        ("cy01", LY + "丰李镇党委", "书记", "镇党委书记晋美玲", "在丰李镇: the town's 党委")], []),
    "cy:卜振声": ("卜振声", "official", "宜阳县", [
        ("cy02", "宜阳县政府", "副县长", "副县长卜振声", None)], []),
    # ---- 新乡
    "cy:禹泽川": ("禹泽川", "official", XXJ, [
        ("cy03", XXJ + "党工委", "书记", "区党工委书记禹泽川", "2022-07: bare 区党工委 on the 新乡经开区 site")], []),
    "cy:雷鸿儒": ("雷鸿儒", "official", XXJ, [], ["cy03"]),
    "cy:桑立德": ("桑立德", "official", XXJ, [], ["cy03"]),
    "cy:房卫星": ("房卫星", "official", XXJ, [
        ("cy03", XXJ + "党工委", "委员", "党工委委员、管委会副主任房卫星", "also in the 区领导 list (no post)"),
        ("cy03", XXJ + "管委会", "副主任", "党工委委员、管委会副主任房卫星", None)], []),
    "cy:鲁晓帆": ("鲁晓帆", "official", XXJ, [
        ("cy03", XXJ + "党工委", "副书记", "区党工委副书记、管委会主任鲁晓帆", "2022-07 (identity case: 党工委书记 in 2024, cy04)"),
        ("cy03", XXJ + "管委会", "主任", "区党工委副书记、管委会主任鲁晓帆", None),
        ("cy04", XXJ + "党工委", "书记", "新乡经开区党工委书记鲁晓帆", "2024-05: now 书记")], []),
    "cy:莫子谦": ("莫子谦", "official", "新乡市", [
        ("cy04", "新乡市委", "副书记", "市委副书记、市长莫子谦", "named in the headline too"),
        ("cy04", "新乡市政府", "市长", "市委副书记、市长莫子谦", None)], []),
    "cy:洪俊飞": ("洪俊飞", "official", "新乡市", [
        ("cy04", "新乡市政府", "副市长", "副市长洪俊飞", None)], []),
    "cy:柏云峰": ("柏云峰", "official", "新乡市", [
        ("cy04", "新乡市政府", "秘书长", "市政府秘书长柏云峰", None)], []),
    "cy:宫庆元": ("宫庆元", "official", XXG, [
        ("cy04", XXG + "党工委", "书记", "新乡高新区党工委书记、管委会主任宫庆元", "article 1; named without title in article 2"),
        ("cy04", XXG + "管委会", "主任", "新乡高新区党工委书记、管委会主任宫庆元", None)], []),
    "cy:段新民": ("段新民", "official", XXG, [
        ("cy04", XXG + "党工委", "委员", "新乡高新区党工委委员、管委会副主任段新民", "article 2"),
        ("cy04", XXG + "管委会", "副主任", "新乡高新区党工委委员、管委会副主任段新民", None)], []),
    # ---- 许昌
    "cy:仇建中": ("仇建中", "official", "许昌市", [
        ("cy05", "许昌市政府", "副市长", "副市长仇建中宣布项目开工", "2022-03: bare 副市长 on the 许昌经开区 site"),
        ("cy06", "许昌市政府", "副市长", "副市长仇建中出席会议并讲话", "2024-06")], []),
    "cy:苑华章": ("苑华章", "official", XCJ, [
        ("cy05", XCJ + "党工委", "书记", "经开区党工委书记苑华章致辞", None)], []),
    "cy:付瑞卿": ("付瑞卿", "official", XCJ, [
        ("cy05", XCJ + "党工委", "副书记", "党工委副书记、管委会主任付瑞卿主持仪式", "2022-03 (identity case: 书记 in 2024, cy06)"),
        ("cy05", XCJ + "管委会", "主任", "党工委副书记、管委会主任付瑞卿主持仪式", None),
        ("cy06", XCJ + "党工委", "书记", "许昌经开区党工委书记付瑞卿", "2024-06: now 书记")], []),
    "cy:吉永昌": ("吉永昌", "official", "许昌市", [
        ("cy05", XCJ + "党工委", "委员", "党工委委员、管委会副主任吉永昌", "2022-03 (identity case: 许昌市商务局局长 in 2024, cy06)"),
        ("cy05", XCJ + "管委会", "副主任", "党工委委员、管委会副主任吉永昌", None),
        ("cy06", "许昌市商务局党组", "书记", "市商务局党组书记、局长吉永昌主持会议", "2024-06: now a city bureau's head"),
        ("cy06", "许昌市商务局", "局长", "市商务局党组书记、局长吉永昌主持会议", None)], []),
    "cy:单雪松": ("单雪松", "official", XCJ, [
        ("cy05", XCJ + "长村张街道党工委", "书记", "长村张街道党工委书记单雪松", "street of the zone: zone label (as bq)")], []),
    "cy:覃志远": ("覃志远", "official", XCG, [
        ("cy06", XCG + "党工委", "副书记", "许昌高新区党工委副书记、管委会主任覃志远", None),
        ("cy06", XCG + "管委会", "主任", "许昌高新区党工委副书记、管委会主任覃志远", None)], []),
    # ---- 南阳
    "cy:宁文博": ("宁文博", "official", "南阳市", [
        ("cy07", "南阳市委", "常委", "市委常委、常务副市长宁文博带队", "named in the headline too"),
        ("cy07", "南阳市政府", "常务副市长", "市委常委、常务副市长宁文博带队", None)], []),
    "cy:葛书亮": ("葛书亮", "official", NY, [
        ("cy07", NY + "党工委", "书记", "南阳高新区党工委书记葛书亮", None)], []),
    "cy:卢嘉懿": ("卢嘉懿", "official", NY, [
        ("cy07", NY + "党工委", "副书记", "党工委副书记、管委会主任卢嘉懿", None),
        ("cy07", NY + "管委会", "主任", "党工委副书记、管委会主任卢嘉懿", None)], []),
    "cy:秦梓豪#1": ("秦梓豪", "official", NY, [
        ("cy07", NY + "党工委", "委员", "党工委委员、管委会副主任秦梓豪", "南阳 (2023); not the 秦梓豪 of 焦作高新区 (cy10)"),
        ("cy07", NY + "管委会", "副主任", "党工委委员、管委会副主任秦梓豪", None)], []),
    # ---- 开封 (尉氏县)
    "cy:尚天民": ("尚天民", "official", "开封市", [
        ("cy08", "开封市委", "常委", "市委常委、副市长尚天民到尉氏县调研", "named in the headline too"),
        ("cy08", "开封市政府", "副市长", "市委常委、副市长尚天民到尉氏县调研", None)], []),
    "cy:楚云鹏": ("楚云鹏", "official", "尉氏县", [
        ("cy08", "尉氏县委", "书记", "尉氏县委书记楚云鹏", None)], []),
    "cy:靳海波": ("靳海波", "official", "尉氏县", [
        ("cy08", "尉氏县委", "副书记", "县委副书记、县长靳海波", "bare 县委 after 尉氏县委书记"),
        ("cy08", "尉氏县政府", "县长", "县委副书记、县长靳海波", None)], []),
    "cy:管世强": ("管世强", "official", "尉氏县", [
        ("cy08", "尉氏县委", "常委", _CY08_GUAN, None),
        ("cy08", "尉氏县政府", "副县长", _CY08_GUAN, None),
        ("cy08", WSJ + "党工委", "书记", _CY08_GUAN, "DECIDED HERE: county 产业集聚区 = county label + 产业集聚区")], []),
    "cy:申秋菊": ("申秋菊", "official", WSJ, [
        ("cy08", WSJ + "管委会", "主任", "产业集聚区管委会主任申秋菊", None)], []),
    # ---- 焦作
    "cy:滑志新": ("滑志新", "official", JZ, [
        ("cy09", JZ + "党工委", "书记", "党工委书记滑志新", "2021-05: bare 高新区 in the 焦作日报")], []),
    "cy:崔书彦": ("崔书彦", "official", JZ, [
        ("cy09", JZ + "党工委", "副书记", "党工委副书记、管委会主任崔书彦", "2021-05 (identity case: 书记 in 2024, cy10)"),
        ("cy09", JZ + "管委会", "主任", "党工委副书记、管委会主任崔书彦", None),
        ("cy10", JZ + "党工委", "书记", "党工委书记崔书彦致辞", "2024-03: now 书记")], []),
    "cy:窦立本": ("窦立本", "official", "温县", [
        ("cy09", "温县委", "常委", "县委常委、产业集聚区党工委书记窦立本", "article 2: bare 县委 in an item on 温县"),
        ("cy09", WXJ + "党工委", "书记", "县委常委、产业集聚区党工委书记窦立本", None)], []),
    "cy:姬文华": ("姬文华", "official", WXJ, [
        ("cy09", WXJ + "管委会", "副主任", "产业集聚区管委会副主任姬文华", None)], []),
    "cy:郝梦洁": ("郝梦洁", "official", "焦作市", [
        ("cy10", "焦作市政府", "副市长", "副市长郝梦洁出席并见证签约", "bare 副市长 on the 焦作高新区 site")], []),
    "cy:秦梓豪#2": ("秦梓豪", "official", JZ, [
        ("cy10", JZ + "党工委", "委员", "党工委委员、管委会副主任秦梓豪主持仪式", "焦作 (2024); not the 秦梓豪 of 南阳高新区 (cy07)"),
        ("cy10", JZ + "管委会", "副主任", "党工委委员、管委会副主任秦梓豪主持仪式", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cy01", "左晓燕", "责任编辑", "editor", "责任编辑：左晓燕"),
    ("cy02", "邢梦瑶", "编辑", "editor", "编辑：邢梦瑶"),
    ("cy02", "闵立勤", "审核", "editor", "审核：闵立勤"),
    ("cy04", "宗晓雨", "记者", "reporter", "本报讯（记者 宗晓雨）"),
    ("cy04", "翟思瑶", "责任编辑", "editor", "责任编辑：翟思瑶"),
    ("cy04", "马若兰", "本版编辑", "editor", "本版编辑：马若兰"),
    ("cy05", "裴雅萱", "供稿", "author", "（经开区党政办　裴雅萱）"),
    ("cy07", "韦书翰", "记者", "reporter", "本报讯（记者 韦书翰 通讯员 蔺子航）"),
    ("cy07", "蔺子航", "通讯员", "correspondent", "本报讯（记者 韦书翰 通讯员 蔺子航）"),
    ("cy07", "时光辉", "责任编辑", "editor", "责任编辑：时光辉"),
    ("cy07", "苗东阳", "校对", "editor", "校对：苗东阳"),
    ("cy08", "巩德超", "记者", "reporter", "作者：记者 巩德超"),
    ("cy08", "满庆华", "责任编辑", "editor", "责任编辑：满庆华"),
    ("cy09", "殷德厚", "记者", "reporter", "本报讯（记者 殷德厚 通讯员 汤浩然）"),
    ("cy09", "汤浩然", "通讯员", "correspondent", "本报讯（记者 殷德厚 通讯员 汤浩然）"),
    ("cy09", "庞云鹤", "记者", "reporter", "本报讯（记者 庞云鹤）"),
    ("cy09", "荆卫国", "本版责编", "editor", "本版责编：荆卫国"),
]
# the same reporter credited again in another article of the page
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("cy04", "宗晓雨"): "见证签约。（记者 宗晓雨）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cy01", "2021年一季度重点项目现场观摩活动", "site observation (项目观摩)", "4月15日", None, None, ["洛阳高新区"],
     ["牛嘉树", "祁文澜", "郦宏图", "詹东升"], ["扈立伟", "晋美玲"], "洛阳高新区",
     "4月15日，高新区组织开展2021年一季度重点项目现场观摩活动",
     ["涧西区委书记、高新区党工委书记牛嘉树，党工委副书记、管委会主任祁文澜，党工委委员、管委会副主任郦宏图，党工委委员、纪工委书记詹东升",
      "街道党工委书记扈立伟汇报了", "镇党委书记晋美玲介绍了"]),
    ("cy01", "观摩点评会", "meeting (观摩点评会)", "4月15日", None, None, [],
     [], ["郦宏图", "祁文澜", "牛嘉树", "詹东升"], None,
     "观摩结束后召开观摩点评会",
     ["郦宏图通报了观摩打分情况", "祁文澜就二季度项目建设和招商引资工作作了安排", "牛嘉树指出", "詹东升就项目建设领域廉政风险防控提出要求"]),
    ("cy02", "宜阳县赴洛阳高新区招商对接", "visit (招商对接)", "8月24日", None, "郦宏图", [],
     ["卜振声"], [], "洛阳高新区",
     "县委副书记、县长郦宏图带队赴洛阳高新区开展招商对接",
     ["县长郦宏图带队赴洛阳高新区开展招商对接", "副县长卜振声，县发展改革委"]),
    ("cy02", "座谈会", "meeting (座谈会)", "8月24日", None, None, [],
     [], ["牛嘉树", "祁文澜", "郦宏图", "卜振声"], "洛阳高新区",
     "在随后召开的座谈会上",
     ["洛阳高新区党工委书记牛嘉树对郦宏图一行的到来表示欢迎", "祁文澜介绍了", "郦宏图表示", "卜振声介绍了"]),
    ("cy03", "全省重大项目建设暨“三个一批”推进会", "meeting (推进会)", "7月10日上午", None, None, [],
     ["禹泽川", "雷鸿儒", "桑立德", "房卫星"], ["房卫星", "禹泽川"], None,
     "7月10日上午，经开区参加全省重大项目建设暨“三个一批”推进会",
     ["区党工委书记禹泽川，区领导雷鸿儒、桑立德、房卫星参加会议", "房卫星介绍了各批次项目情况", "禹泽川强调"]),
    ("cy03", "全市“签约一批”集中签约活动", "ceremony (签约仪式)", "7月10日上午", None, None, [],
     ["鲁晓帆"], [], None,
     "区党工委副书记、管委会主任鲁晓帆参加市签约活动",
     ["管委会主任鲁晓帆参加市签约活动"]),
    ("cy03", "经开区“开工一批”活动", "ceremony (集中开工活动)", "7月10日上午", None, None, ["新乡经开区"],
     [], [], None,
     "经开区以新乡起重装备产业园三期为代表举行了“开工一批”活动", []),
    ("cy03", "“投产一批”项目观摩", "site observation (观摩)", "7月10日上午", None, None, [],
     [], [], None,
     "观摩了以纺机智能制造二期项目为代表的“投产一批”项目", []),
    ("cy04", "开发区改革发展和重点项目建设调研", "inspection (调研)", "5月15日", None, "莫子谦", [],
     ["洪俊飞", "柏云峰"], ["鲁晓帆", "宫庆元", "莫子谦", "洪俊飞"], "新乡经开区、新乡高新区",
     "市委副书记、市长莫子谦到新乡经开区、新乡高新区调研开发区改革发展和重点项目建设工作",
     ["市长莫子谦到新乡经开区、新乡高新区调研", "副市长洪俊飞、市政府秘书长柏云峰参加调研", "鲁晓帆汇报了", "宫庆元介绍了",
      "莫子谦指出", "洪俊飞就项目要素保障作了安排"]),
    ("cy04", "新乡高新区生物医药企业集中签约", "ceremony (签约仪式)", "5月14日", None, None, ["新乡高新区"],
     ["宫庆元"], ["段新民"], None,
     "新乡高新区与两家生物医药企业集中签约",
     ["段新民介绍了签约项目情况", "宫庆元见证签约"]),
    ("cy05", "2022年第一季度重点项目集中开工仪式", "ceremony (集中开工仪式)", "3月28日上午", "付瑞卿", None, ["许昌经开区"],
     ["吉永昌", "单雪松"], ["仇建中", "苑华章", "吉永昌"], None,
     "3月28日上午，经开区举行2022年第一季度重点项目集中开工仪式",
     ["副市长仇建中宣布项目开工", "经开区党工委书记苑华章致辞", "管委会主任付瑞卿主持仪式", "党工委委员、管委会副主任吉永昌，长村张街道党工委书记单雪松",
      "吉永昌介绍了集中开工项目情况", "苑华章在致辞中指出"]),
    ("cy05", "许继智能配电产业园二期施工现场观摩", "site observation (观摩)", "3月28日上午", None, "仇建中", [],
     [], [], "许继智能配电产业园二期",
     "仪式结束后，仇建中一行观摩了许继智能配电产业园二期施工现场",
     ["仇建中一行观摩了"]),
    ("cy06", "全市开发区招商引资工作推进会", "meeting (推进会)", "6月20日", "吉永昌", None, [],
     ["仇建中"], ["付瑞卿", "覃志远", "吉永昌", "仇建中"], None,
     "6月20日，全市开发区招商引资工作推进会召开",
     ["副市长仇建中出席会议并讲话", "局长吉永昌主持会议", "许昌经开区党工委书记付瑞卿、许昌高新区党工委副书记、管委会主任覃志远分别汇报了",
      "吉永昌通报了", "仇建中强调"]),
    ("cy07", "南阳高新区重点项目观摩", "site observation (项目观摩)", "9月12日", None, "宁文博", [],
     [], ["葛书亮", "卢嘉懿", "秦梓豪", "宁文博"], "南阳高新区",
     "市委常委、常务副市长宁文博带队到南阳高新区观摩重点项目建设",
     ["常务副市长宁文博带队到南阳高新区观摩", "葛书亮汇报了", "卢嘉懿介绍了", "秦梓豪介绍了", "宁文博指出"]),
    ("cy08", "尉氏县产业集聚区建设和重点项目推进调研", "inspection (调研)", "9月8日", None, "尚天民", [],
     ["楚云鹏", "靳海波", "管世强"], ["申秋菊", "尚天民", "楚云鹏"], "尉氏县",
     "市委常委、副市长尚天民到尉氏县调研产业集聚区建设和重点项目推进情况",
     ["副市长尚天民到尉氏县调研", "产业集聚区党工委书记管世强陪同调研", "申秋菊汇报了", "尚天民指出", "楚云鹏表示"]),
    ("cy09", "重点项目观摩评比活动", "site observation (观摩评比活动)", "5月19日", None, None, ["焦作高新区"],
     ["滑志新", "崔书彦"], [], "焦作高新区",
     "5月19日，高新区开展重点项目观摩评比活动",
     ["党工委书记滑志新，党工委副书记、管委会主任崔书彦及高新区班子成员参加观摩"]),
    ("cy09", "观摩点评会", "meeting (观摩点评会)", "5月19日", None, None, [],
     [], ["崔书彦", "滑志新"], None,
     "在随后召开的观摩点评会上",
     ["崔书彦通报了观摩评比结果", "滑志新强调"]),
    ("cy09", "温县产业集聚区项目集中签约仪式", "ceremony (签约仪式)", "5月18日", None, None, ["温县产业集聚区"],
     ["窦立本"], ["窦立本", "姬文华"], None,
     "温县产业集聚区举行项目集中签约仪式",
     ["产业集聚区党工委书记窦立本出席并致辞", "姬文华介绍了签约项目情况", "窦立本说"]),
    ("cy10", "2024年第一季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "3月14日", "秦梓豪", None, ["焦作高新区"],
     ["郝梦洁", "崔书彦"], ["秦梓豪", "崔书彦", "郝梦洁"], None,
     "3月14日，高新区举行2024年第一季度招商引资项目集中签约仪式",
     ["副市长郝梦洁出席并见证签约", "党工委书记崔书彦致辞", "管委会副主任秦梓豪主持仪式", "秦梓豪介绍了签约项目情况",
      "崔书彦在致辞中说", "郝梦洁指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cy01", "洛阳中科智能传感器产业园一期", "industrial_park", "先后来到洛阳中科智能传感器产业园一期"),
    ("cy01", "丰李镇标准化厂房二期", "industrial_park", "丰李镇标准化厂房二期、辛店街道"),
    ("cy01", "辛店街道老旧厂区更新改造项目", "project", "辛店街道老旧厂区更新改造项目"),
    ("cy01", "精密轴承智能制造产业园", "industrial_park", "精密轴承智能制造产业园等12个项目现场"),
    ("cy02", "洛阳中科智能传感器产业园", "industrial_park", "先后来到洛阳中科智能传感器产业园"),
    ("cy02", "精密轴承智能制造产业园", "industrial_park", "精密轴承智能制造产业园，详细了解"),
    ("cy03", "新能源电池结构件项目", "project", "经开区新能源电池结构件项目作为代表"),
    ("cy03", "新乡起重装备产业园三期", "industrial_park", "以新乡起重装备产业园三期为代表"),
    ("cy03", "纺机智能制造二期项目", "project", "以纺机智能制造二期项目为代表"),
    ("cy04", "新能源电池结构件项目", "project", "来到新能源电池结构件项目"),
    ("cy04", "新乡起重装备产业园三期", "industrial_park", "新乡起重装备产业园三期，察看"),
    ("cy04", "生物医药加速器二期", "project", "察看了生物医药加速器二期"),
    ("cy04", "电池材料中试基地", "project", "电池材料中试基地，新乡高新区"),
    ("cy05", "许继智能配电产业园二期", "industrial_park", "其中许继智能配电产业园二期"),
    ("cy05", "许昌新能源汽车热管理系统项目", "project", "许昌新能源汽车热管理系统项目"),
    ("cy05", "经开区冷链物流园一期", "logistics_hub", "经开区冷链物流园一期为主会场项目"),
    ("cy07", "南阳光电产业园二期", "industrial_park", "先后来到南阳光电产业园二期"),
    ("cy07", "防爆电机智能工厂项目", "project", "防爆电机智能工厂项目"),
    ("cy07", "高新区标准化厂房三期", "industrial_park", "高新区标准化厂房三期，察看项目进展"),
    ("cy08", "尉氏县产业集聚区纺织服装产业园", "industrial_park", "尉氏县产业集聚区纺织服装产业园"),
    ("cy08", "尉氏县汽车零部件产业园一期", "industrial_park", "尉氏县汽车零部件产业园一期"),
    ("cy09", "高新区新能源材料产业园一期", "industrial_park", "高新区新能源材料产业园一期"),
    ("cy09", "智能装备制造园", "industrial_park", "智能装备制造园和电子信息产业孵化基地"),
    ("cy09", "电子信息产业孵化基地", "project", "电子信息产业孵化基地，现场察看"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cy01", "高新区", "development_zone", "standalone", "4月15日，高新区组织开展"),
    ("cy01", "涧西区", "district", "in_title", _CY01_NIU),
    ("cy01", "洛阳", "prefecture_city", "in_project_name", "先后来到洛阳中科智能传感器产业园一期"),
    ("cy01", "丰李镇", "town", "standalone", "在丰李镇，镇党委书记晋美玲"),
    ("cy01", "辛店街道", "sub_district_office", "standalone", "在辛店街道，街道党工委书记扈立伟"),
    ("cy02", "洛阳高新区", "development_zone", "standalone", "带队赴洛阳高新区开展招商对接"),
    ("cy02", "宜阳县", "county", "standalone", "宜阳县将主动承接高新区产业外溢"),
    ("cy02", "宜阳县先进制造业开发区", "development_zone", "standalone", "介绍了宜阳县先进制造业开发区的发展定位"),
    ("cy03", "经开区", "development_zone", "standalone", "7月10日上午，经开区参加"),
    ("cy03", "新乡", "prefecture_city", "in_project_name", "以新乡起重装备产业园三期为代表"),
    ("cy03", "小店镇", "town", "standalone", "小店镇、关堤乡相关负责同志"),
    ("cy03", "关堤乡", "township", "standalone", "小店镇、关堤乡相关负责同志"),
    ("cy04", "新乡经开区", "development_zone", "standalone", "到新乡经开区、新乡高新区调研"),
    ("cy04", "新乡高新区", "development_zone", "standalone", "到新乡经开区、新乡高新区调研"),
    ("cy04", "新乡", "prefecture_city", "in_project_name", "新乡起重装备产业园三期，察看"),
    ("cy05", "经开区", "development_zone", "standalone", "3月28日上午，经开区举行"),
    ("cy05", "长村张街道", "sub_district_office", "standalone", "长村张街道辖区项目"),
    ("cy05", "许昌", "prefecture_city", "in_project_name", "许昌新能源汽车热管理系统项目"),
    ("cy06", "许昌经开区", "development_zone", "in_title", "许昌经开区党工委书记付瑞卿"),
    ("cy06", "许昌高新区", "development_zone", "in_title", "许昌高新区党工委副书记、管委会主任覃志远"),
    ("cy06", "禹州市", "county_level_city", "standalone", "禹州市、长葛市、鄢陵县、襄城县开发区作了交流发言"),
    ("cy06", "长葛市", "county_level_city", "standalone", "禹州市、长葛市、鄢陵县、襄城县开发区作了交流发言"),
    ("cy06", "鄢陵县", "county", "standalone", "禹州市、长葛市、鄢陵县、襄城县开发区作了交流发言"),
    ("cy06", "襄城县", "county", "standalone", "禹州市、长葛市、鄢陵县、襄城县开发区作了交流发言"),
    ("cy07", "南阳高新区", "development_zone", "standalone", "带队到南阳高新区观摩重点项目建设"),
    ("cy07", "南阳", "prefecture_city", "in_project_name", "先后来到南阳光电产业园二期"),
    ("cy08", "尉氏县", "county", "standalone", "到尉氏县调研产业集聚区建设"),
    ("cy08", "尉氏县产业集聚区", "development_zone", "in_project_name", "尉氏县产业集聚区纺织服装产业园"),
    ("cy09", "高新区", "development_zone", "standalone", "5月19日，高新区开展重点项目观摩评比活动"),
    ("cy09", "焦作", "prefecture_city", "standalone", "要抢抓焦作建设"),
    ("cy09", "温县产业集聚区", "development_zone", "standalone", "5月18日，温县产业集聚区举行"),
    ("cy09", "温县", "county", "in_org_reference", "5月18日，温县产业集聚区举行"),
    ("cy10", "高新区", "development_zone", "standalone", "3月14日，高新区举行"),
    ("cy10", "焦作", "prefecture_city", "standalone", "为焦作建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cy", conventions="set cy (blind set: development zones of 河南 prefecture cities: 洛阳高新区 (with 涧西区 in one chain) and 宜阳县, 新乡经开区 and 新乡高新区, 许昌经开区 and 许昌高新区 and the 许昌市商务局, 南阳高新区, 尉氏县产业集聚区 (开封), 焦作高新区 and 温县产业集聚区; zone label = city without 市 + short name, a county's 产业集聚区 = county label + 产业集聚区; bare 高新区 / 经开区 / 区党工委 / 管委会 = the zone of the site or paper; 党工委 with 书记 / 副书记 / 委员, 管委会 with 主任 / 副主任, the zone's 纪工委; a street or town shown as the zone's takes the zone label; 区领导 no post; 观摩 site observation, 点评会 its own meeting, 招商对接 a visit; one line per post per article)",
          persons_note="Set cy persons. id = corpus-wide person_id (cy:秦梓豪#1 of 南阳高新区 and cy:秦梓豪#2 of 焦作高新区 are two people with the same title words; cy:郦宏图 洛阳高新区 党工委委员、管委会副主任 2021 → 宜阳县委副书记、县长 2023; cy:吉永昌 许昌经开区 党工委委员、管委会副主任 2022 → 许昌市商务局党组书记、局长 2024; cy:鲁晓帆 新乡经开区 管委会主任 2022 → 党工委书记 2024; cy:付瑞卿 许昌经开区 管委会主任 2022 → 党工委书记 2024; cy:崔书彦 焦作高新区 管委会主任 2021 → 党工委书记 2024)")


if __name__ == "__main__":
    main()
