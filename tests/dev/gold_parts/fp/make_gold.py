"""Write gold part ``fp`` (a blind set: towns and streets with the same name in different counties — 城关镇, 长安镇,
龙泉镇 / 和平镇, 东城街道 — on county sites that name the town's leaders bare, and town leaders who move to county
posts) from the tables below.

Pages ``tests/dev/texts/fp*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 东湖街道 page of a 区 site (``当前页面：首页 > 政府动态 > 镇街动态``,
``发布日期：… 访问次数： 信息来源： 东湖街道 字号：[ ]``, ``打印本页 关闭窗口``); the 天津 滨海新区 site's 太平镇 人代会 page
(``大会选举产生了太平镇…镇长``, ``太平镇党委书记…表示``, footer ``主办单位… 网站标识码``); a 龙泉镇 人代会 page on a 县人大 site
(``选举产生了新一届镇人大主席和镇政府领导班子 … 宪法宣誓 … 表态发言``); the 常州 钟楼 site's 南大街街道 column
(``您当前的位置：首页>>新闻中心>>基层信息>>南大街街道>>内容``, ``南大街街道党工委书记…陪同视察``); a 秀洲 新塍镇 page
(``区委副书记、区长…一行在新塍镇党委书记…，镇长…等陪同下来到新塍镇调研``); a 萧山 新塘街道 page (``街道党工委书记…，人大工委
主任…等陪同``); a 莲湖 西关街道 page (``西关街道班子成员全程陪同``); a 罗山 莽张镇 page (``县委常委、县委办主任…、莽张镇镇长…
陪同此次调研``); the 涡河网 page of the 利辛 县委书记 at 中疃镇 (``来源：… 作者：… 人气：… 发布时间：``, ``中疃镇党委书记…，镇长
…，副书记…陪同调研``); a 东昌府 page ``…来我镇调研…`` (``来源：东昌府区人民政府 作者：消息 责任编辑：… 字号：T|T``, ``镇党委书记
…做了详细工作汇报``); the 沙县 site's 夏茂镇 page (``日期：… 来源：沙县区政府办``); a 遂溪 page (``遂溪县委常委、副县长…以及…洋青镇、
界炮镇等有关领导陪同检查``); the 界首 东城街道 profile (西城街道, 颍南街道, 田营镇, 沙颍河); gazetteer pages of 城关镇 (成县: 杜甫
草堂, 裴公湖; 文县: 白水江, 韩家坝新城区; 镇原县: 茹河, 五里沟村, 莲池村, 东关村), and a 宜城 page (``文字编辑：… 新媒体编辑：…
审核：…``). Places are real: 甘肃 陇南市 成县 and 文县 (two 城关镇 of one prefecture), 甘肃 庆阳市 镇原县 (a third 城关镇), 浙江
嘉兴 海宁市 长安镇 (the corpus also has 东莞市 and 富锦市 长安镇), 广东 东莞市 长安镇 and 东城街道, 湖北 宜昌 夷陵区 龙泉镇, 福建
南平 邵武市 和平镇, 安徽 阜阳 界首市 东城街道.

Shapes: a county site's 乡镇动态 page of the 县长's 调研 in 城关镇 with the town's 书记 and 镇长 named bare after ``在城关镇，``
(fp01, 成县); another county's site, the 县委书记 in its 城关镇, a ``（城关镇 牟海燕）`` credit and 上一篇 / 下一篇 (fp02, 文县);
the prefecture paper's 第02版 with a 副市长 in both counties and two ``城关镇党委书记`` — 成县's and 文县's — in one article
(fp03); a county site's page of the 城关镇 人代会 electing the 人大主席, 镇长 and 副镇长 (fp04, 镇原县); the prefecture paper
with a 市委常委、常务副市长 in 镇原县, the former 镇长 now ``县委常委、城关镇党委书记`` and the former 书记 now 副县长 (fp05);
a county-level city's site, its 市长 in 长安镇 (fp06, 海宁); the 海宁日报 of a ``双长安`` 签约仪式 with both 长安镇 (海宁's and
东莞's) and their leaders (fp07); a district site's 区长 调研 in 龙泉镇 (fp08, 夷陵); the 闽北日报 of a 副市长 in 和平镇 (fp09,
邵武); a county-level city's site of its 东城街道 studying in 东莞's 东城街道 (fp10, two streets of one name in one article).

Identity cases:
- town leaders who move to county posts: fp:蒲向东 成县城关镇党委书记 (Apr 2021, fp01) → 成县委常委、副县长 (Mar 2023, fp03);
  fp:赵彦军 文县城关镇党委书记 (Sept 2021, fp02) → 文县委常委、常务副县长 (Mar 2023, fp03); fp:鲁永祥 镇原县城关镇党委书记
  (Dec 2021, fp04) → 镇原县副县长 (June 2024, fp05); fp:苟永平 elected 镇原县城关镇镇长 (Dec 2021, fp04) → 镇原县委常委 and
  城关镇党委书记 (June 2024, fp05); fp:沈家栋 海宁市长安镇党委书记 (May 2022, fp06) → 海宁市委常委、副市长 (Apr 2024, fp07).
- 镇长 → 书记 in one town: fp:杜春燕 (成县城关镇, 2021 → 2023), fp:雷敏 (文县城关镇, 2021 → 2023), fp:钟语桐 (海宁市长安镇,
  2022 → 2024).
- two different 邓振林 in unrelated places: fp:邓振林#1 夷陵区龙泉镇 党委副书记、镇长 (湖北, May 2023, fp08); fp:邓振林#2 邵武市
  和平镇党委书记 (福建, Oct 2023, fp09).
- one organ name for different places: bare ``城关镇党委`` / ``镇长`` is 成县's (fp01, fp03), 文县's (fp02, fp03) and 镇原县's
  (fp04, fp05); ``长安镇党委书记`` is 海宁市's (fp06, fp07) and 东莞市's (fp07); ``东城街道党工委`` is 界首市's and 东莞市's (fp10);
  bare ``县委`` is 成县's, 文县's and 镇原县's; bare ``市委`` is 海宁市's (a county-level city, fp06, fp07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aa, bl, bs where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 (成县城关镇党委 书记, 成县城关镇政府 镇长, 镇原县城关镇人大 主席); 城关镇
  always takes its county (as aa). Street posts: county label + street + 党工委 / 办事处 (界首市东城街道党工委 书记,
  界首市东城街道办事处 主任). 东莞 has no counties: its town and street take the city (东莞市长安镇党委, 东莞市东城街道党工委, as bl).
- DECIDED HERE (two towns of one name in one article): a bare ``城关镇党委书记`` takes the county of the sentence it stands in
  (``在成县，…城关镇党委书记杜春燕`` → 成县城关镇党委; ``在文县，…城关镇党委书记雷敏`` → 文县城关镇党委). In fp07 the bare
  ``长安镇党委书记`` of the 海宁日报 (the 签约 is held ``在我市长安镇``) is 海宁市's; ``副镇长梁浩贤`` right after ``东莞市长安镇
  党委书记邝志坚、`` is 东莞市长安镇政府's. In fp10 the bare ``街道党工委副书记、办事处主任`` after ``东城街道党工委书记程卫峰`` on
  the 界首 site is 界首市东城街道's; 黎卓航's chain names 东莞市东城街道.
- DECIDED HERE: ``成县县委常委`` / ``文县县委常委`` (a paper's way of writing one-character counties) → 成县委 / 文县委 (label +
  委, as 康县委 in earlier parts).
- Bare organs: on a county site bare 县 = that county (成县, 文县, 镇原县); 镇 after ``在城关镇`` or on the town's page = that
  county's town; in a prefecture paper bare 市 = the paper's city (陇南市, 庆阳市, 南平市 for the 闽北日报) and a bare ``县委常委``
  / ``副县长`` right after a named county's chain = that county's; on the 海宁 site and in the 海宁日报 bare 市 = 海宁市 (a
  county-level city, as bl's 张家港); on the 夷陵 site bare 区 = 夷陵区.
- Departments as written after the label: ``县住建局局长`` → 成县住建局 局长; ``市住建局局长`` → 陇南市住建局; ``市经信局局长`` →
  海宁市经信局; ``县委办主任`` → 文县委办 主任 (short form kept, as 光山县委办); ``县政府办公室主任`` → 成县政府办公室 主任.
- Elections are holdings (as aa): ``选举苟永平为城关镇人民政府镇长`` → 镇原县城关镇政府 镇长; ``选举马腾飞为城关镇人民代表大会
  主席`` → 镇原县城关镇人大 主席; a list after one title gives every name (``选举贾晓雯、樊振宇为…副镇长``). ``大会主席团常务主席``
  is a session role, no post (as aa). The elected are attendees of the session (宪法宣誓), the new 镇长 a speaker.
- ``县委常委、城关镇党委书记苟永平`` → 镇原县委 常委 + 镇原县城关镇党委 书记.
- One line per post per article; headline repeats of a leader's name give no line.
- Events: every 调研 is an ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers; a town
  head who only 汇报 is a speaker, not an attendee, as bl); the 城关镇 人代会 a ``session`` (chair 主持; 到会指导 attendee and
  speaker); the ``双长安`` 签约仪式 a ``ceremony`` (chair 主持; 出席 and signing persons attendees; 介绍 / 表示 / 致辞 speakers);
  DECIDED HERE: the visiting 东莞 delegation's 参观 before the 签约 (``签约前，邝志坚一行在施国强陪同下，参观了…``) is an event of
  its own, ``inspection (考察, visiting delegation)``; the 东城街道 study trip is ``inspection (考察学习)`` led by its 书记, the
  座谈会 inside it part of it (as aa).
- Bylines: ``本报讯（记者 … 通讯员 …）`` give reporter and correspondent lines; a town or street credit ``（城关镇 牟海燕）`` /
  ``（东城街道 冯晓丽）`` is an author line (as bs's media-centre credit); 编辑 / 责任编辑 / 审核 are editor lines.
- Projects: works named as under way or inspected: 老旧小区改造项目 ``housing_project``; 防洪治理工程 / 防洪护岸工程
  ``engineering_work``; 路网 / 污水管网 works ``infrastructure_project``; 生态治理工程 / 综合整治工程 of a river ``greening_project``;
  产业园 / 产业园二期 ``industrial_park`` (DECIDED HERE: ``东关村设施蔬菜产业园`` too, as bl's 现代农业示范园); 街区风貌提升,
  片区环境综合整治, 遗址公园提升, 古镇保护利用二期, 书院修缮 ``project``. Generic phrases (柑橘标准化示范基地, 古街立面改造,
  村人居环境整治 as 民生实事) are not projects.
- Places: one line per name per file, as written; DECIDED HERE: ``长安闸遗址公园`` visited as a finished site (fp07) is a place
  (``park``) while ``长安闸遗址公园提升工程`` (fp06) is a project (the park inside it a place line ``in_project_name``);
  ``裴公湖片区`` gets an ``area`` line besides ``裴公湖`` (``lake``), as bq's 片区; ``和平古镇`` is an ``ancient_town``; ``夷陵`` and ``海宁`` written
  bare are annotated as written. Site lines, mastheads, 来源 lines, related-article lists, 上一篇 / 下一篇, footers and addresses
  are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

CX, WX, ZY, HN, YL, SW, JS, DG = "成县", "文县", "镇原县", "海宁市", "夷陵区", "邵武市", "界首市", "东莞市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fp01_chengxian.txt": (2021, "发布时间：2021-04-14 17:05", "成县城关镇", [
        ("薛鸿远到城关镇调研城区改造和汛前准备工作", "4月13日", "2021-04-13", "4月13日，县委副书记",
         "county site: the 县长's 调研 in 城关镇; the town's 书记 and 镇长 named bare after 在城关镇")]),
    "fp02_wenxian.txt": (2021, "2021-09-07 10:32", "文县城关镇", [
        ("何文舟到城关镇调研城市更新和白水江防汛工作", "9月6日", "2021-09-06", "9月6日，县委书记",
         "county site: the 县委书记's 调研 in 城关镇 (another county's 城关镇); town credit line")]),
    "fp03_longnan.txt": (2023, "2023年3月16日\u3000星期四", "陇南市", [
        ("郇建国在成县文县调研城镇建设工作", "3月14日至15日", "2023-03-14", "本报讯（记者 汪小雨）3月14日",
         "prefecture paper: a 副市长 in two counties; two 城关镇党委书记 (成县's and 文县's); former town leaders now 县委常委")]),
    "fp04_zhenyuan.txt": (2021, "发布时间：2021-12-29 16:48", "镇原县城关镇", [
        ("城关镇第十八届人民代表大会第一次会议胜利召开", "12月28日", "2021-12-28", "12月28日，城关镇第十八届",
         "county site: the 城关镇 人代会 electing 人大主席, 镇长, 副镇长; 县人大常委会副主任 到会指导")]),
    "fp05_qingyang.txt": (2024, "2024年06月13日\u3000星期四", "镇原县", [
        ("庞世昌在镇原县调研城市更新和防汛备汛工作", "6月12日", "2024-06-12", "本报讯（记者 傅思成）6月12日",
         "prefecture paper: 常务副市长 in 镇原县; the former 镇长 now 县委常委、城关镇党委书记, the former 书记 now 副县长")]),
    "fp06_haining_changan.txt": (2022, "发布日期：2022-05-18", "海宁市长安镇", [
        ("褚晓岚到长安镇调研制造业发展和运河遗产保护工作", "5月17日", "2022-05-17", "5月17日，市委副书记",
         "county-level city site: the 市长's 调研 in 长安镇; bare 市 = 海宁市")]),
    "fp07_haining.txt": (2024, "2024年04月09日\u3000星期二", "海宁市", [
        ("“双长安”牵手 共谋运河与湾区联动发展", "4月8日", "2024-04-08", "本报讯（记者 罗婉婷 通讯员 周俊彦）4月8日",
         "county-level city paper: 签约仪式 of 海宁市长安镇 and 东莞市长安镇; 沈家栋 now 副市长, 钟语桐 now 书记")]),
    "fp08_yiling_longquan.txt": (2023, "时间：2023-05-11 09:12", "夷陵区龙泉镇", [
        ("项俊杰到龙泉镇调研柑橘产业和集镇建设工作", "5月10日", "2023-05-10", "5月10日，区委副书记",
         "district site: the 区长's 调研 in 龙泉镇; 镇长 邓振林#1")]),
    "fp09_shaowu_heping.txt": (2023, "2023年10月20日\u3000星期五", "邵武市和平镇", [
        ("翁思远到邵武市和平镇调研古镇保护利用工作", "10月19日", "2023-10-19", "本报讯（记者 钱明轩 通讯员 危俊）10月19日",
         "prefecture paper (闽北日报): a 副市长 in 和平镇; 镇党委书记 邓振林#2")]),
    "fp10_jieshou_dongcheng.txt": (2023, "发布时间：2023-11-13 15:20", "界首市东城街道", [
        ("东城街道赴东莞市东城街道考察学习基层治理和产业转型经验", "11月9日至10日", "2023-11-09", "11月9日至10日，东城街道",
         "county-level city site: 界首's 东城街道 studying in 东莞's 东城街道; two streets of one name")]),
}

_F05_GOU = "县委常委、城关镇党委书记苟永平"
_F07_SHEN = "市委常委、副市长沈家栋"
_F07_KUANG = "东莞市长安镇党委书记邝志坚、副镇长梁浩贤"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 成县 (陇南市)
    "fp:薛鸿远": ("薛鸿远", "official", CX, [
        ("fp01", CX + "委", "副书记", "县委副书记、县长薛鸿远深入城关镇", "named in the headline too"),
        ("fp01", CX + "政府", "县长", "县委副书记、县长薛鸿远深入城关镇", None)], []),
    "fp:巩立平": ("巩立平", "official", CX, [
        ("fp01", CX + "委", "常委", "县委常委、副县长巩立平", None),
        ("fp01", CX + "政府", "副县长", "县委常委、副县长巩立平", None)], []),
    "fp:权新宇": ("权新宇", "official", CX, [
        ("fp01", CX + "政府办公室", "主任", "县政府办公室主任权新宇", None)], []),
    "fp:祁锦堂": ("祁锦堂", "official", CX, [
        ("fp01", CX + "住建局", "局长", "县住建局局长祁锦堂", "short form as written")], []),
    "fp:蒲向东": ("蒲向东", "official", CX, [
        ("fp01", CX + "城关镇党委", "书记", "镇党委书记蒲向东汇报了", "2021-04: bare 镇 after 在城关镇 on the 成县 site (identity case: 县委常委、副县长 in 2023, fp03)"),
        ("fp03", CX + "委", "常委", "成县县委常委、副县长蒲向东汇报了", "2023-03: a town leader moved to a county post; DECIDED HERE: 成县县委 → 成县委"),
        ("fp03", CX + "政府", "副县长", "成县县委常委、副县长蒲向东汇报了", None)], []),
    "fp:杜春燕": ("杜春燕", "official", CX, [
        ("fp01", CX + "城关镇政府", "镇长", "镇长杜春燕介绍了", "2021-04"),
        ("fp03", CX + "城关镇党委", "书记", "城关镇党委书记杜春燕介绍了", "2023-03: now 书记; DECIDED HERE: bare 城关镇 in the 在成县 paragraph = 成县's")], []),
    # ---- 文县 (陇南市)
    "fp:何文舟": ("何文舟", "official", WX, [
        ("fp02", WX + "委", "书记", "县委书记何文舟到城关镇调研", "named in the headline too")], []),
    "fp:姬海涛": ("姬海涛", "official", WX, [
        ("fp02", WX + "委", "常委", "县委常委、县委办主任姬海涛", None),
        ("fp02", WX + "委办", "主任", "县委常委、县委办主任姬海涛", "short form as written (as 光山县委办)")], []),
    "fp:温建成": ("温建成", "official", WX, [
        ("fp02", WX + "水务局", "局长", "县水务局局长温建成", None)], []),
    "fp:赵彦军": ("赵彦军", "official", WX, [
        ("fp02", WX + "城关镇党委", "书记", "镇党委书记赵彦军汇报了", "2021-09: bare 镇 after 在城关镇政府 on the 文县 site (identity case: 县委常委、常务副县长 in 2023, fp03)"),
        ("fp03", WX + "委", "常委", "文县县委常委、常务副县长赵彦军", "2023-03: a town leader moved to a county post"),
        ("fp03", WX + "政府", "常务副县长", "文县县委常委、常务副县长赵彦军", None)], []),
    "fp:雷敏": ("雷敏", "official", WX, [
        ("fp02", WX + "城关镇党委", "副书记", "镇党委副书记、镇长雷敏汇报了", "2021-09"),
        ("fp02", WX + "城关镇政府", "镇长", "镇党委副书记、镇长雷敏汇报了", None),
        ("fp03", WX + "城关镇党委", "书记", "城关镇党委书记雷敏陪同调研", "2023-03: now 书记; bare 城关镇 in the 在文县 paragraph = 文县's (the same article has 成县's)")], []),
    # ---- 陇南市
    "fp:郇建国": ("郇建国", "official", "陇南市", [
        ("fp03", "陇南市政府", "副市长", "副市长郇建国先后深入成县、文县", "bare 副市长 in the 陇南日报; named in the headline too")], []),
    "fp:韦鹏程": ("韦鹏程", "official", "陇南市", [
        ("fp03", "陇南市住建局", "局长", "市住建局局长韦鹏程陪同调研", None)], []),
    # ---- 镇原县 (庆阳市)
    "fp:岳文亮": ("岳文亮", "official", ZY, [
        ("fp04", ZY + "人大常委会", "副主任", "县人大常委会副主任岳文亮到会指导", None)], []),
    "fp:鲁永祥": ("鲁永祥", "official", ZY, [
        ("fp04", ZY + "城关镇党委", "书记", "会议由镇党委书记、大会主席团常务主席鲁永祥主持", "2021-12; 大会主席团常务主席 is a session role, no line (as aa) (identity case: 副县长 in 2024, fp05)"),
        ("fp05", ZY + "政府", "副县长", "副县长鲁永祥陪同调研", "2024-06: bare 副县长 right after 镇原县委副书记、县长")], []),
    "fp:马腾飞": ("马腾飞", "official", ZY, [
        ("fp04", ZY + "城关镇人大", "主席", "选举马腾飞为城关镇人民代表大会主席", "elected (as aa)")], []),
    "fp:苟永平": ("苟永平", "official", ZY, [
        ("fp04", ZY + "城关镇政府", "镇长", "选举苟永平为城关镇人民政府镇长", "2021-12: elected (identity case: 县委常委、城关镇党委书记 in 2024, fp05)"),
        ("fp05", ZY + "委", "常委", _F05_GOU, "2024-06: bare 县委 in the 庆阳日报 article on 镇原县"),
        ("fp05", ZY + "城关镇党委", "书记", _F05_GOU, "2024-06: now 书记")], []),
    "fp:贾晓雯": ("贾晓雯", "official", ZY, [
        ("fp04", ZY + "城关镇政府", "副镇长", "选举贾晓雯、樊振宇为城关镇人民政府副镇长", "elected; a list after one title")], []),
    "fp:樊振宇": ("樊振宇", "official", ZY, [
        ("fp04", ZY + "城关镇政府", "副镇长", "选举贾晓雯、樊振宇为城关镇人民政府副镇长", "elected")], []),
    "fp:柴宏斌": ("柴宏斌", "official", ZY, [
        ("fp05", ZY + "委", "副书记", "镇原县委副书记、县长柴宏斌", None),
        ("fp05", ZY + "政府", "县长", "镇原县委副书记、县长柴宏斌", None)], []),
    # ---- 庆阳市
    "fp:庞世昌": ("庞世昌", "official", "庆阳市", [
        ("fp05", "庆阳市委", "常委", "市委常委、常务副市长庞世昌深入镇原县", "named in the headline too"),
        ("fp05", "庆阳市政府", "常务副市长", "市委常委、常务副市长庞世昌深入镇原县", None)], []),
    # ---- 海宁市 (嘉兴市)
    "fp:褚晓岚": ("褚晓岚", "official", HN, [
        ("fp06", HN + "委", "副书记", "市委副书记、市长褚晓岚到长安镇调研", "bare 市 on the 海宁 site = 海宁市 (county-level city)"),
        ("fp06", HN + "政府", "市长", "市委副书记、市长褚晓岚到长安镇调研", None)], []),
    "fp:吕鸿儒": ("吕鸿儒", "official", HN, [
        ("fp06", HN + "政府", "副秘书长", "市政府副秘书长吕鸿儒", None)], []),
    "fp:戚建明": ("戚建明", "official", HN, [
        ("fp06", HN + "经信局", "局长", "市经信局局长戚建明陪同调研", None)], []),
    "fp:沈家栋": ("沈家栋", "official", HN, [
        ("fp06", HN + "长安镇党委", "书记", "镇党委书记沈家栋汇报了", "2022-05 (identity case: 市委常委、副市长 in 2024, fp07)"),
        ("fp07", HN + "委", "常委", _F07_SHEN, "2024-04: a town leader moved to a county-level city post; bare 市 in the 海宁日报"),
        ("fp07", HN + "政府", "副市长", _F07_SHEN, None)], []),
    "fp:钟语桐": ("钟语桐", "official", HN, [
        ("fp06", HN + "长安镇党委", "副书记", "镇党委副书记、镇长钟语桐汇报了", "2022-05"),
        ("fp06", HN + "长安镇政府", "镇长", "镇党委副书记、镇长钟语桐汇报了", None),
        ("fp07", HN + "长安镇党委", "书记", "签约仪式由长安镇党委书记钟语桐主持", "2024-04: now 书记; DECIDED HERE: bare 长安镇 in the 海宁日报 (签约 在我市长安镇) = 海宁市's")], []),
    "fp:施国强": ("施国强", "official", HN, [
        ("fp07", HN + "长安镇党委", "副书记", "海宁市长安镇党委副书记、镇长施国强", "succeeds 钟语桐 as 镇长"),
        ("fp07", HN + "长安镇政府", "镇长", "海宁市长安镇党委副书记、镇长施国强", None)], []),
    # ---- 东莞市
    "fp:邝志坚": ("邝志坚", "official", DG, [
        ("fp07", DG + "长安镇党委", "书记", _F07_KUANG, "东莞 has no counties: its town takes the city (as bl)")], []),
    "fp:梁浩贤": ("梁浩贤", "official", DG, [
        ("fp07", DG + "长安镇政府", "副镇长", _F07_KUANG, "DECIDED HERE: bare 副镇长 right after 东莞市长安镇党委书记 = 东莞's town")], []),
    "fp:黎卓航": ("黎卓航", "official", DG, [
        ("fp10", DG + "东城街道党工委", "副书记", "东莞市东城街道党工委副书记、办事处主任黎卓航", None),
        ("fp10", DG + "东城街道办事处", "主任", "东莞市东城街道党工委副书记、办事处主任黎卓航", None)], []),
    # ---- 夷陵区 (宜昌市)
    "fp:项俊杰": ("项俊杰", "official", YL, [
        ("fp08", YL + "委", "副书记", "区委副书记、区长项俊杰到龙泉镇调研", "named in the headline too"),
        ("fp08", YL + "政府", "区长", "区委副书记、区长项俊杰到龙泉镇调研", None)], []),
    "fp:田世平": ("田世平", "official", YL, [
        ("fp08", YL + "政府", "副区长", "副区长田世平", None)], []),
    "fp:黄启铭": ("黄启铭", "official", YL, [
        ("fp08", YL + "农业农村局", "局长", "区农业农村局局长黄启铭陪同调研", None)], []),
    "fp:覃红梅": ("覃红梅", "official", YL, [
        ("fp08", YL + "龙泉镇党委", "书记", "镇党委书记覃红梅汇报了", None)], []),
    "fp:邓振林#1": ("邓振林", "official", YL, [
        ("fp08", YL + "龙泉镇党委", "副书记", "镇党委副书记、镇长邓振林介绍了", "夷陵区 (湖北), 2023-05; not the 邓振林 of 邵武市和平镇 (fp09)"),
        ("fp08", YL + "龙泉镇政府", "镇长", "镇党委副书记、镇长邓振林介绍了", None)], []),
    # ---- 邵武市 (南平市)
    "fp:翁思远": ("翁思远", "official", "南平市", [
        ("fp09", "南平市政府", "副市长", "副市长翁思远到邵武市和平镇调研", "bare 副市长 in the 闽北日报 (南平's paper); named in the headline too")], []),
    "fp:危文彬": ("危文彬", "official", SW, [
        ("fp09", SW + "委", "常委", "邵武市委常委、副市长危文彬陪同调研", None),
        ("fp09", SW + "政府", "副市长", "邵武市委常委、副市长危文彬陪同调研", None)], []),
    "fp:邓振林#2": ("邓振林", "official", SW, [
        ("fp09", SW + "和平镇党委", "书记", "镇党委书记邓振林汇报了", "邵武市 (福建), 2023-10; not the 邓振林 of 夷陵区龙泉镇 (fp08)")], []),
    "fp:危秀琴": ("危秀琴", "official", SW, [
        ("fp09", SW + "和平镇政府", "镇长", "镇长危秀琴介绍了", None)], []),
    # ---- 界首市 (阜阳市)
    "fp:程卫峰": ("程卫峰", "official", JS, [
        ("fp10", JS + "东城街道党工委", "书记", "东城街道党工委书记程卫峰带队赴广东省东莞市东城街道", "bare 东城街道 on the 界首 site = 界首市's")], []),
    "fp:葛雪梅": ("葛雪梅", "official", JS, [
        ("fp10", JS + "东城街道党工委", "副书记", "街道党工委副书记、办事处主任葛雪梅", "DECIDED HERE: bare 街道 after 界首's 东城街道党工委书记 = 界首's"),
        ("fp10", JS + "东城街道办事处", "主任", "街道党工委副书记、办事处主任葛雪梅", None)], []),
    "fp:段宏杰": ("段宏杰", "official", JS, [
        ("fp10", JS + "东城街道党工委", "委员", "党工委委员、办事处副主任段宏杰", None),
        ("fp10", JS + "东城街道办事处", "副主任", "党工委委员、办事处副主任段宏杰", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fp01", "张可欣", "责任编辑", "editor", "责任编辑：张可欣"),
    ("fp02", "牟海燕", "供稿", "author", "（城关镇 牟海燕）"),
    ("fp02", "周晓敏", "编辑", "editor", "编辑：周晓敏"),
    ("fp02", "申立军", "审核", "editor", "审核：申立军"),
    ("fp03", "汪小雨", "记者", "reporter", "本报讯（记者 汪小雨）"),
    ("fp03", "方晓彤", "责任编辑", "editor", "责任编辑：方晓彤"),
    ("fp04", "卢晓岚", "责任编辑", "editor", "责任编辑：卢晓岚"),
    ("fp05", "傅思成", "记者", "reporter", "本报讯（记者 傅思成）"),
    ("fp05", "苏文娟", "责任编辑", "editor", "责任编辑：苏文娟"),
    ("fp06", "叶嘉豪", "责任编辑", "editor", "责任编辑：叶嘉豪"),
    ("fp07", "罗婉婷", "记者", "reporter", "本报讯（记者 罗婉婷 通讯员 周俊彦）"),
    ("fp07", "周俊彦", "通讯员", "correspondent", "本报讯（记者 罗婉婷 通讯员 周俊彦）"),
    ("fp07", "段宏涛", "编辑", "editor", "编辑：段宏涛"),
    ("fp08", "杨一帆", "编辑", "editor", "编辑：杨一帆"),
    ("fp09", "钱明轩", "记者", "reporter", "本报讯（记者 钱明轩 通讯员 危俊）"),
    ("fp09", "危俊", "通讯员", "correspondent", "本报讯（记者 钱明轩 通讯员 危俊）"),
    ("fp09", "连志宏", "责任编辑", "editor", "责任编辑：连志宏"),
    ("fp10", "冯晓丽", "供稿", "author", "（东城街道 冯晓丽）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fp01", "城关镇城区改造和汛前准备工作调研", "inspection (调研)", "4月13日", None, "薛鸿远", [],
     ["巩立平", "权新宇", "祁锦堂"], ["蒲向东", "杜春燕", "薛鸿远", "巩立平"], "成县城关镇",
     "县委副书记、县长薛鸿远深入城关镇，调研老旧小区改造、裴公湖片区环境整治和城区汛前准备工作",
     ["县长薛鸿远深入城关镇", "县住建局局长祁锦堂陪同调研", "镇党委书记蒲向东汇报了", "镇长杜春燕介绍了", "薛鸿远指出",
      "巩立平就项目资金拨付和施工安全作了安排", "蒲向东表示"]),
    ("fp02", "城关镇城市更新和白水江防汛工作调研", "inspection (调研)", "9月6日", None, "何文舟", [],
     ["姬海涛", "温建成"], ["赵彦军", "雷敏", "何文舟", "姬海涛"], "文县城关镇",
     "县委书记何文舟到城关镇调研城市更新和白水江防汛工作",
     ["县委书记何文舟到城关镇调研", "县水务局局长温建成陪同调研", "镇党委书记赵彦军汇报了", "镇长雷敏汇报了", "何文舟强调",
      "姬海涛就加强重点工作督查督办提出要求"]),
    ("fp03", "成县、文县城镇建设和城市更新工作调研", "inspection (调研)", "3月14日至15日", None, "郇建国", [],
     ["韦鹏程", "赵彦军", "雷敏"], ["蒲向东", "杜春燕", "雷敏", "郇建国", "韦鹏程"], "成县、文县",
     "副市长郇建国先后深入成县、文县，调研城镇建设和城市更新工作",
     ["副市长郇建国先后深入成县、文县", "市住建局局长韦鹏程陪同调研", "常务副县长赵彦军，城关镇党委书记雷敏陪同调研",
      "副县长蒲向东汇报了", "城关镇党委书记杜春燕介绍了", "雷敏汇报了", "郇建国指出", "韦鹏程就老旧小区改造资金申报"]),
    ("fp04", "城关镇第十八届人民代表大会第一次会议", "session (人民代表大会)", "12月28日", "鲁永祥", None, [],
     ["岳文亮", "马腾飞", "苟永平", "贾晓雯", "樊振宇"], ["苟永平", "岳文亮", "鲁永祥"], "镇原县城关镇",
     "12月28日，城关镇第十八届人民代表大会第一次会议在镇政府会议室召开",
     ["县人大常委会副主任岳文亮到会指导", "大会主席团常务主席鲁永祥主持", "选举马腾飞为城关镇人民代表大会主席",
      "选举苟永平为城关镇人民政府镇长", "选举贾晓雯、樊振宇为城关镇人民政府副镇长", "苟永平代表新一届镇政府作表态发言",
      "岳文亮在讲话中", "鲁永祥在闭幕讲话中强调"]),
    ("fp05", "镇原县城市更新和防汛备汛工作调研", "inspection (调研)", "6月12日", None, "庞世昌", [],
     ["柴宏斌", "鲁永祥"], ["柴宏斌", "苟永平", "庞世昌", "鲁永祥"], "镇原县",
     "市委常委、常务副市长庞世昌深入镇原县，调研城市更新、茹河防汛备汛和重点项目建设工作",
     ["常务副市长庞世昌深入镇原县", "副县长鲁永祥陪同调研", "柴宏斌汇报了", "城关镇党委书记苟永平汇报了", "庞世昌强调",
      "鲁永祥就汛期值班值守"]),
    ("fp06", "长安镇制造业发展和运河遗产保护工作调研", "inspection (调研)", "5月17日", None, "褚晓岚", [],
     ["吕鸿儒", "戚建明"], ["沈家栋", "钟语桐", "褚晓岚", "戚建明"], "海宁市长安镇",
     "市委副书记、市长褚晓岚到长安镇调研制造业高质量发展和大运河遗产保护工作",
     ["市长褚晓岚到长安镇调研", "市经信局局长戚建明陪同调研", "镇党委书记沈家栋汇报了", "镇长钟语桐汇报了", "褚晓岚指出",
      "戚建明表示"]),
    ("fp07", "海宁市长安镇与东莞市长安镇友好合作框架协议签约仪式", "ceremony (签约仪式)", "4月8日", "钟语桐", None, [],
     ["沈家栋", "邝志坚", "梁浩贤", "施国强"], ["钟语桐", "邝志坚", "沈家栋"], "海宁市长安镇",
     "海宁市长安镇与广东省东莞市长安镇友好合作框架协议签约仪式在我市长安镇举行",
     ["市委常委、副市长沈家栋，东莞市长安镇党委书记邝志坚、副镇长梁浩贤出席签约仪式", "签约仪式由长安镇党委书记钟语桐主持",
      "钟语桐介绍了", "邝志坚表示", "沈家栋在致辞中说", "镇长施国强与梁浩贤代表两镇签署协议"]),
    ("fp07", "东莞市长安镇一行参观长安镇智能装备产业园和长安闸遗址公园", "inspection (考察, visiting delegation)", "4月8日",
     None, "邝志坚", [], ["施国强"], [], "海宁市长安镇",
     "签约前，邝志坚一行在施国强陪同下，参观了长安镇智能装备产业园和长安闸遗址公园",
     ["邝志坚一行在施国强陪同下"]),
    ("fp08", "龙泉镇柑橘产业发展和集镇建设工作调研", "inspection (调研)", "5月10日", None, "项俊杰", [],
     ["田世平", "黄启铭"], ["覃红梅", "邓振林", "项俊杰", "田世平", "黄启铭"], "夷陵区龙泉镇",
     "区委副书记、区长项俊杰到龙泉镇调研柑橘产业发展和集镇建设工作",
     ["区长项俊杰到龙泉镇调研", "区农业农村局局长黄启铭陪同调研", "镇党委书记覃红梅汇报了", "镇长邓振林介绍了", "项俊杰指出",
      "田世平就春季病虫害防控和果园管护作了安排", "黄启铭表示", "覃红梅表示"]),
    ("fp09", "和平镇古镇保护利用和文旅融合发展工作调研", "inspection (调研)", "10月19日", None, "翁思远", [],
     ["危文彬"], ["邓振林", "危秀琴", "翁思远", "危文彬"], "邵武市和平镇",
     "副市长翁思远到邵武市和平镇调研古镇保护利用和文旅融合发展工作",
     ["副市长翁思远到邵武市和平镇调研", "副市长危文彬陪同调研", "镇党委书记邓振林汇报了", "镇长危秀琴介绍了", "翁思远强调",
      "危文彬表示"]),
    ("fp10", "东城街道赴东莞市东城街道考察学习", "inspection (考察学习)", "11月9日至10日", None, "程卫峰", [],
     ["葛雪梅", "段宏杰", "黎卓航"], ["黎卓航", "程卫峰", "葛雪梅"], "东莞市东城街道",
     "东城街道党工委书记程卫峰带队赴广东省东莞市东城街道考察学习",
     ["党工委书记程卫峰带队赴广东省东莞市东城街道考察学习", "办事处主任葛雪梅", "办事处副主任段宏杰",
      "黎卓航陪同考察并参加座谈", "黎卓航介绍了", "程卫峰表示", "葛雪梅就考察成果转化"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fp01", "城关镇东关片区老旧小区改造项目", "housing_project", "先后来到城关镇东关片区老旧小区改造项目"),
    ("fp01", "裴公湖片区环境综合整治工程", "project", "裴公湖片区环境综合整治工程"),
    ("fp01", "杜甫草堂周边街区风貌提升项目", "project", "杜甫草堂周边街区风貌提升项目现场"),
    ("fp02", "白水江城区段防洪治理工程", "engineering_work", "先后察看了白水江城区段防洪治理工程"),
    ("fp02", "韩家坝新城区配套路网工程", "infrastructure_project", "韩家坝新城区配套路网工程和城关镇避险安置点"),
    ("fp03", "城关镇东关片区老旧小区改造项目", "housing_project", "来到城关镇东关片区老旧小区改造项目"),
    ("fp03", "杜甫草堂周边街区风貌提升项目", "project", "杜甫草堂周边街区风貌提升项目现场"),
    ("fp03", "韩家坝新城区配套路网工程", "infrastructure_project", "察看了韩家坝新城区配套路网工程"),
    ("fp03", "白水江城区段防洪治理工程", "engineering_work", "白水江城区段防洪治理工程。"),
    ("fp04", "茹河城区段生态治理工程", "greening_project", "加快推进茹河城区段生态治理工程"),
    ("fp04", "东关村设施蔬菜产业园", "industrial_park", "东关村设施蔬菜产业园建设"),
    ("fp05", "茹河城区段生态治理工程", "greening_project", "先后来到茹河城区段生态治理工程"),
    ("fp05", "镇原县城区老旧小区改造项目", "housing_project", "镇原县城区老旧小区改造项目"),
    ("fp05", "城关镇莲池村防洪护岸工程", "engineering_work", "城关镇莲池村防洪护岸工程现场"),
    ("fp06", "长安镇智能装备产业园二期", "industrial_park", "先后来到长安镇智能装备产业园二期"),
    ("fp06", "长安闸遗址公园提升工程", "project", "长安闸遗址公园提升工程"),
    ("fp06", "上塘河长安段综合整治工程", "greening_project", "上塘河长安段综合整治工程现场"),
    ("fp07", "长安镇智能装备产业园", "industrial_park", "参观了长安镇智能装备产业园"),
    ("fp08", "龙泉镇柑橘精深加工产业园", "industrial_park", "先后来到龙泉镇柑橘精深加工产业园"),
    ("fp08", "龙泉镇集镇污水管网改造工程", "infrastructure_project", "龙泉镇集镇污水管网改造工程"),
    ("fp09", "和平古镇保护利用二期工程", "project", "先后察看了和平古镇保护利用二期工程"),
    ("fp09", "和平书院修缮工程", "project", "和平书院修缮工程和古街立面改造现场"),
    ("fp10", "东城街道智能制造产业园", "industrial_park", "东城街道智能制造产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fp01", "城关镇", "town", "standalone", "县长薛鸿远深入城关镇"),
    ("fp01", "裴公湖", "lake", "standalone", "调研老旧小区改造、裴公湖片区环境整治"),
    ("fp01", "裴公湖片区", "area", "standalone", "调研老旧小区改造、裴公湖片区环境整治"),
    ("fp01", "东关片区", "area", "in_project_name", "城关镇东关片区老旧小区改造项目"),
    ("fp01", "杜甫草堂", "heritage_site", "in_project_name", "杜甫草堂周边街区风貌提升项目"),
    ("fp02", "城关镇", "town", "standalone", "县委书记何文舟到城关镇调研"),
    ("fp02", "白水江", "river", "standalone", "对白水江沿岸低洼地带群众"),
    ("fp02", "韩家坝新城区", "area", "standalone", "汇报了韩家坝新城区建设"),
    ("fp03", "成县", "county", "standalone", "副市长郇建国先后深入成县、文县"),
    ("fp03", "文县", "county", "standalone", "副市长郇建国先后深入成县、文县"),
    ("fp03", "城关镇", "town", "standalone", "两县要把城关镇作为县城建设的主战场"),
    ("fp03", "东关片区", "area", "in_project_name", "城关镇东关片区老旧小区改造项目"),
    ("fp03", "杜甫草堂", "heritage_site", "in_project_name", "杜甫草堂周边街区风貌提升项目"),
    ("fp03", "韩家坝新城区", "area", "in_project_name", "察看了韩家坝新城区配套路网工程"),
    ("fp03", "白水江", "river", "in_project_name", "白水江城区段防洪治理工程"),
    ("fp04", "城关镇", "town", "standalone", "12月28日，城关镇第十八届人民代表大会"),
    ("fp04", "茹河", "river", "in_project_name", "茹河城区段生态治理工程"),
    ("fp04", "东关村", "village", "in_project_name", "东关村设施蔬菜产业园"),
    ("fp04", "五里沟村", "village", "standalone", "办好五里沟村、莲池村人居环境整治"),
    ("fp04", "莲池村", "village", "standalone", "办好五里沟村、莲池村人居环境整治"),
    ("fp05", "镇原县", "county", "standalone", "常务副市长庞世昌深入镇原县"),
    ("fp05", "茹河", "river", "standalone", "对茹河沿岸、城区易涝点"),
    ("fp05", "城关镇", "town", "standalone", "在城关镇，县委常委"),
    ("fp05", "莲池村", "village", "in_project_name", "城关镇莲池村防洪护岸工程"),
    ("fp06", "长安镇", "town", "standalone", "市长褚晓岚到长安镇调研"),
    ("fp06", "大运河", "canal", "standalone", "调研制造业高质量发展和大运河遗产保护工作"),
    ("fp06", "长安闸", "heritage_site", "standalone", "统筹推进长安闸遗址保护"),
    ("fp06", "上塘河", "river", "standalone", "上塘河水环境治理"),
    ("fp06", "长安闸遗址公园", "park", "in_project_name", "长安闸遗址公园提升工程"),
    ("fp07", "海宁市", "county_level_city", "standalone", "海宁市长安镇与广东省东莞市长安镇友好合作框架协议"),
    ("fp07", "长安镇", "town", "standalone", "海宁市长安镇与广东省东莞市长安镇友好合作框架协议"),
    ("fp07", "广东省", "province", "standalone", "海宁市长安镇与广东省东莞市长安镇友好合作框架协议"),
    ("fp07", "东莞市", "city", "standalone", "海宁市长安镇与广东省东莞市长安镇友好合作框架协议"),
    ("fp07", "大运河", "canal", "standalone", "大运河文化带建设情况"),
    ("fp07", "海宁", "county_level_city", "standalone", "海宁将全力支持两镇深化交流"),
    ("fp07", "长三角", "region", "standalone", "推动长三角与粤港澳大湾区要素双向流动"),
    ("fp07", "粤港澳大湾区", "region", "standalone", "推动长三角与粤港澳大湾区要素双向流动"),
    ("fp07", "长安闸", "heritage_site", "standalone", "详细了解长安闸遗址保护"),
    ("fp07", "长安闸遗址公园", "park", "standalone", "参观了长安镇智能装备产业园和长安闸遗址公园"),
    ("fp08", "龙泉镇", "town", "standalone", "区长项俊杰到龙泉镇调研"),
    ("fp08", "夷陵", "district", "standalone", "柑橘是夷陵的富民产业"),
    ("fp09", "邵武市", "county_level_city", "standalone", "到邵武市和平镇调研"),
    ("fp09", "和平镇", "town", "standalone", "到邵武市和平镇调研"),
    ("fp09", "和平古镇", "ancient_town", "standalone", "翁思远一行走进和平古镇"),
    ("fp09", "和平书院", "heritage_site", "standalone", "依托和平书院等文化资源"),
    ("fp09", "闽北", "region", "standalone", "闽北历史文化名镇"),
    ("fp10", "东城街道", "sub_district_office", "standalone", "东城街道党工委书记程卫峰带队赴广东省东莞市东城街道考察学习"),
    ("fp10", "广东省", "province", "standalone", "带队赴广东省东莞市东城街道考察学习"),
    ("fp10", "东莞市", "city", "standalone", "带队赴广东省东莞市东城街道考察学习"),
    ("fp10", "同沙生态公园", "park", "standalone", "先后来到同沙生态公园"),
    ("fp10", "界首市", "county_level_city", "standalone", "界首市东城街道将认真消化吸收先进经验"),
    ("fp10", "沙颍河", "river", "standalone", "结合沙颍河沿岸片区更新"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fp", conventions="set fp (blind set: towns and streets with one name in different counties — 城关镇 of 成县, 文县 (both 陇南市) and 镇原县 (庆阳市); 长安镇 of 海宁市 and 东莞市; 龙泉镇 of 夷陵区, 和平镇 of 邵武市; 东城街道 of 界首市 and 东莞市: a town or street always takes its county label (东莞, a city without counties, its city); a bare 城关镇 / 长安镇 / 东城街道 takes the county of its sentence or of the site; 成县县委 → 成县委; elections are holdings, 大会主席团常务主席 no post; one line per post per article)",
          persons_note="Set fp persons. id = corpus-wide person_id (fp:邓振林#1 of 夷陵区龙泉镇 (湖北) and fp:邓振林#2 of 邵武市和平镇 (福建) are two people; town leaders move to county posts: fp:蒲向东 成县城关镇党委书记 2021 → 成县委常委、副县长 2023; fp:赵彦军 文县城关镇党委书记 2021 → 文县委常委、常务副县长 2023; fp:鲁永祥 镇原县城关镇党委书记 2021 → 副县长 2024; fp:苟永平 城关镇镇长 2021 → 镇原县委常委、城关镇党委书记 2024; fp:沈家栋 海宁市长安镇党委书记 2022 → 海宁市委常委、副市长 2024; 镇长 → 书记: fp:杜春燕, fp:雷敏, fp:钟语桐)")


if __name__ == "__main__":
    main()
