"""Write gold part ``cz`` (a blind set: PDF-extracted city-paper pages of cities other than 郑州) from the tables below.

Pages ``tests/dev/texts/cz*.txt`` were written for this part with invented person and project names, modelled on the
seed pages data/sample/*.txt (the 郑州经开区 paper as extracted from its PDF: several stories one after another, lines
broken at the column width, blank column gaps, ``本报讯`` with ``记者 … 通讯员 …``, bracketed signatures, the byline block
``记者 … 通讯员 … 文/图``) and on real pages read with the ``search`` tool: the 洛阳日报 ``001版:首版`` page (``导 读`` box of
other pages' stories, ``PDF版``, ``上一期 下一期``, ``2010 年 11 月 8 日 星期``, ``市委副书记、市长…``); a 洛阳网 page of the
``省委常委、市委书记…到涧西区、新安县…调研`` (2025); a page of ``省委常委、洛阳市委书记…，市长…带领洛阳市党政考察团…县委书记
…陪同考察``; the 鹤壁日报 ``第RB01版: 日报01版`` and a 日照日报 page on 鹤壁 (``2013-10-18 A2版 要闻``, ``图片说明``); a 鹤壁 page
with ``鹤壁市委常委、副市长…``; the 常州日报 e-paper ``node_A01`` (``本报讯(记者 …) 3月6日，市委副书记、市长…主持召开市政府
常务会议``); the 金坛 paper ``第2417期:第01版 本期出版日期:2021-01-14``; a 溧阳 site page (``(孙丹/文 余琛/摄)``, ``常州市领导…
以及我市领导…``); the 绵阳日报 (``本报讯(记者邓娟)昨(29)日…市委常委、副市长…陪同视察``); a 于都 interview page (``于都县委书记
…``) and a 安远 page (``安远县委副书记…``); the 郑州日报 ``(下转二版)``. Places are real and new to this part: 河南 洛阳 (宜阳县,
栾川县, 洛阳高新区), 河南 鹤壁 (淇县, 浚县, 鹤壁经开区), 江苏 常州 (溧阳市, 金坛区, 常州经开区), 四川 绵阳 (三台县, 江油市,
绵阳高新区), 江西 赣州 (于都县, 信丰县, 赣州经开区).

Shapes: every page is one city-paper page of 2–3 stories as extracted from the PDF: masthead / date with 星期 / 版次 lines
(at the top, or — cz03, cz07 — a running head ``要闻　2`` / ``2022年3月17日　星期四　　绵阳日报　　综合新闻　02`` and the date
line at the foot), a 导读 / 本版导读 box of other pages' stories before the first headline (cz02, cz10), headlines with a
副题 line, ``本报讯（记者 X 通讯员 Y）`` / ``本报讯（全媒体记者 X）`` / bare ``本报讯`` with a bracketed signature at the end, body
lines broken at the column width (names and title chains kept on one line where the gold quotes them; sentences broken
anywhere else, one blank column gap), photo captions ``图为…　　记者 X 摄`` between stories, a ``（下转第二版）`` jump, and the
credit line ``责编 美编 校对`` (赣南日报: ``责任编辑 美术编辑 校对``) plus a publisher footer at the bottom.
cz01 洛阳日报 第03版 (宜阳 县长 调研; bare 高新区 党工委会议; 栾川 副县长 检查); cz02 洛阳日报 第01版 (导读; 市委书记 调研
宜阳; 市政府常务会议); cz03 鹤壁日报 2 版 (淇县 推进会; bare 经开区 观摩 + 点评会; 浚县 督导); cz04 鹤壁日报 第01版 (副市长 调研
淇县; 经开区 招商会议); cz05 常州日报 A3 (溧阳 副市长 检查; bare 经开区 推进会; 金坛 督查); cz06 常州日报 A2 (市长 调研 金坛;
经开区 分析会); cz07 绵阳日报 02 (bare 高新区 中心组学习会; 三台 县长 调研); cz08 绵阳日报 第03版 (江油 推进会; 副市长 调研
三台); cz09 赣南日报 第03版 (于都 县长 调研; bare 经开区 推进会); cz10 赣南日报 第01版 (本版导读; 副市长 调研 于都; 信丰 推进会).

Identity cases:
- cz:党振峰: 宜阳县委副书记、县长 (cz01, 2021-05) → 宜阳县委书记 (cz02, 2023-04).
- cz:禹宏刚: 淇县委书记 (cz03, 2022-06) → 鹤壁市委常委、副市长 (cz04, 2024-03), visiting his old county.
- cz:缪文昊: 溧阳市副市长 (cz05, 2021-09) → 金坛区委副书记、区长 (cz06, 2023-08): a move between two places of one city.
- cz:何嘉树: 绵阳高新区党工委委员、管委会副主任 (cz07, 2022-03) → 江油市委副书记、市长 (cz08, 2024-07).
- cz:钟以恒: 于都县委副书记、县长 (cz09, 2022-11) → 于都县委书记 (cz10, 2024-05).
- cz:曾凡超: 赣州经开区党工委副书记、管委会主任 (cz09, 2022-11) → 赣州市副市长 (cz10, 2024-05).
- cz:苟明华: 三台县委副书记、县长 (cz07, 2022) → 三台县委书记 (cz08, 2024); cz:殷启帆: 鹤壁经开区党工委委员、管委会副主任
  (cz03, 2022) → 党工委副书记、管委会主任 (cz04, 2024), while cz:原振华 drops 管委会主任 and stays 党工委书记;
  cz:戚建中: 常州经开区党工委书记 (cz05, 2021) → also 常州市委常委 (cz06, 2023).
- the same people across years on one post: cz:卫书铭 (淇县委副书记、县长, 2022 and 2024), cz:骆永健 (常州经开区党工委副书记、
  管委会主任, 2021 and 2023). Reporters cz:庞一诺, cz:郜雅静, cz:史博涛, cz:凌志远, cz:钱沐阳, cz:蒲晓雯, cz:叶子晴, cz:蓝海生 sign
  two pages each; the editors of one paper recur.
- two different 胡振宇 in unrelated places: cz:胡振宇#1 于都县副县长 (江西 赣州, cz09); cz:胡振宇#2 栾川县陶湾镇党委书记
  (河南 洛阳, cz01).
- two different 黄泽宇 in unrelated places: cz:黄泽宇#1 三台县芦溪镇党委书记 (四川 绵阳, cz07); cz:黄泽宇#2 信丰县委副书记、
  县长 (江西 赣州, cz10).
- one organ name in several places: bare ``经开区`` is 鹤壁经开区 in the 鹤壁日报 (cz03, cz04), 常州经开区 in the 常州日报
  (cz05, cz06), 赣州经开区 in the 赣南日报 (cz09); bare ``高新区`` is 洛阳高新区 in the 洛阳日报 (cz01) and 绵阳高新区 in the
  绵阳日报 (cz07); bare ``县委副书记、县长`` is 宜阳's, 淇县's, 三台's, 于都's, 信丰's; bare ``市委副书记、市长`` is 洛阳's (cz02),
  常州's (cz06) and 江油's (cz08, after ``江油市委书记``).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts bn, an, cm where they speak; decided here where they are silent):
- Bare organs in a city paper take the paper's city (市委 / 市政府 / 副市长 / 市政府秘书长 / 市委常委、秘书长: 洛阳, 鹤壁, 常州,
  绵阳, 赣州); inside a story about a county or county-level city the bare 县委 / 县 / 市 / 镇 go to that place (bn): ``副县长宁素娟``
  in the 宜阳 story → 宜阳县政府; ``市应急管理局局长汤国平`` in the 溧阳 story → 溧阳市应急管理局; ``市委副书记、市长何嘉树`` after
  ``江油市委书记`` → 江油市委 / 江油市政府; ``县委书记邝永红`` in the 信丰 story → 信丰县委; ``镇党委书记胡振宇`` after ``在陶湾镇``
  → 栾川县陶湾镇党委.
- DECIDED HERE: ``淇县县委书记`` (the 鹤壁 papers write the county's full name before 县委) → org 淇县委 (the county label + 委, as
  CONVENTIONS builds 中牟县委), title 书记.
- ``省委常委、市委书记简东升`` in the 洛阳日报 → 河南省委 常委 + 洛阳市委 书记 (bare 省委 = the city's province).
  ``市委常委、秘书长`` → 洛阳市委 常委 + 洛阳市委 秘书长 (bn). ``市委常委、经开区党工委书记`` → 常州市委 常委 + 常州经开区党工委 书记.
- Bare zones: ``经开区党工委书记、管委会主任`` → the paper's city zone's 党工委 书记 + 管委会 主任; ``党工委委员、管委会副主任``
  after it → the same zone (党工委 委员 + 管委会 副主任). Place rows keep the bare name where the page writes it bare. DECIDED
  HERE: a county's zone written with the county's name (``淇县高新区``, in a project name) keeps that name as written; 金坛华罗庚高新区
  likewise (its own name holds 金坛). Neither is a post org here.
- Study group membership (``党工委理论学习中心组``) is no post; 何嘉树's posts come from his title chain.
- DECIDED HERE (PDF pages, as bn): the credit line at the foot (责编 / 美编 / 校对, 责任编辑 / 美术编辑 / 校对) is annotated once per
  page as ``editor`` lines, labels as written, and falls in the last story; a bracketed signature at the end of a short item
  (``（杜若涵）``) is role ``author``, label ``署名``; a caption's ``记者 X 摄`` / ``通讯员 X 摄`` is role ``photographer``, label
  ``摄`` (the same 记者 can also be the story's reporter: two lines); ``全媒体记者`` is ``reporter``.
- Chrome not annotated: mastheads (洛阳日报, LUOYANG DAILY), date / 版次 / running-head lines (the date line is the page stamp),
  ``PDF版`` / ``上一版 下一版``, the 导读 / 本版导读 box (other pages' stories: 伊滨区, 章贡区 there are not place rows), ``（下转第二版）``,
  publisher footers with addresses (``绵阳市涪城区``) and 备案号 / CN numbers.
- Events: 调研 / 检查 / 督导 / 督查 are ``inspection`` (leader; 陪同 / 参加调研 are attendees; 汇报 / 通报 / 介绍 / 强调 / 要求 / 指出 /
  表示 / 作了安排 are speakers); 推进会 / 党工委（扩大）会议 / 常务会议 / 招商引资工作会议 / 经济运行分析会 / 中心组学习会 are meetings
  (chair when 主持; 出席 / 列席 attendees; a place that 召开 is the organizer); the 观摩活动 is a ``site observation`` led by the
  zone's heads (带领观摩团) and the 点评会 after it a meeting of its own (CONVENTIONS). Towns that 作表态 / 交流发言 are groups, not
  named persons.
- DECIDED HERE: a county's short name inside a river-section project name (``洛河宜阳段``, ``贡江于都段``, ``涪江江油段``) gives the
  river a place row, not the county short name again; a bare short place name that heads a story (``溧阳开展…``, ``于都：…``,
  ``金坛要…``) is a place row of its own as written. DECIDED HERE: ``朝歌文化`` (cz04) names a culture, not a place (朝歌 is
  the old name of 淇县); ``朝歌古城`` inside the project name is a heritage_site row.
- Projects: works named as built or pushed: 产业园 phases / 科技城二期 → industrial_park; 生态治理 / 生态修复工程 →
  greening_project; 防洪堤 / 防洪治理工程 → engineering_work; 老旧小区改造项目 → housing_project; 古城保护利用工程, 景区提升项目, a
  named 高标准农田建设项目, 古城保护与城市更新项目 → project. Standing zones and parks (宜阳县产业集聚区, 三台工业园区, 芦溪工业集中区,
  天目湖旅游度假区) are places, not projects. Generic phrases (乡村振兴示范片区, 富硒蔬菜基地) are none.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_LYG, _HBJ, _CZJ, _MYG, _GZJ = "洛阳高新区", "鹤壁经开区", "常州经开区", "绵阳高新区", "赣州经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cz01_luoyang.txt": (2021, "2021年5月20日　星期四", "洛阳市", [
        ("党振峰在调研重点项目建设时要求", "5月18日", "2021-05-18", "本报讯（记者 卢思涵",
         "宜阳县 县长's 调研 with a 副县长 and a town's 党委书记; photo caption"),
        ("高新区召开党工委（扩大）会议", "5月17日", "2021-05-17", "本报讯（记者 庞一诺）",
         "bare 高新区 (= 洛阳高新区) 党工委（扩大）会议: 书记 chairs, 管委会主任 reports"),
        ("栾川县开展汛前安全检查", "5月19日", "2021-05-19", "本报讯 5月19日",
         "short item: 栾川 副县长's 检查; 陶湾镇党委书记 胡振宇#2; bracketed signature")]),
    "cz02_luoyang.txt": (2023, "2023年4月12日　星期三", "洛阳市", [
        ("简东升在宜阳县调研时强调", "4月11日", "2023-04-11", "本报讯（记者 庞一诺）",
         "导读 box before it; 省委常委、市委书记's 调研 in 宜阳; 党振峰 now 县委书记; photo caption"),
        ("魏启航主持召开市政府常务会议", "4月11日", "2023-04-11", "本报讯（记者 侯梦洁）",
         "市政府常务会议: 市长 chairs, two 副市长 after one title, 秘书长 列席; 下转第二版")]),
    "cz03_qixian.txt": (2022, "2022年6月9日　星期四", "鹤壁市", [
        ("淇县召开重点项目建设推进会", "6月7日", "2022-06-07", "本报讯（记者 郜雅静",
         "running head 要闻 2; 淇县 推进会: 淇县县委书记 禹宏刚, 县长 chairs"),
        ("经开区开展重点项目观摩活动", "6月8日", "2022-06-08", "本报讯（记者 史博涛）",
         "bare 经开区 (= 鹤壁经开区) 观摩 + 点评会"),
        ("浚县督导“三夏”生产和秸秆禁烧工作", "6月8日", "2022-06-08", "本报讯 6月8日",
         "short item: 浚县 副县长's 督导; bracketed signature; date line and credits at the foot")]),
    "cz04_hebi.txt": (2024, "2024年3月19日　星期二", "鹤壁市", [
        ("禹宏刚到淇县调研文旅融合发展工作", "3月18日", "2024-03-18", "本报讯（记者 郜雅静）",
         "禹宏刚 now 市委常委、副市长, 调研 in 淇县 with the new 县委书记 and the same 县长"),
        ("经开区召开2024年度招商引资工作会议", "3月18日", "2024-03-18", "本报讯（记者 史博涛",
         "经开区 会议: 原振华 党工委书记 only, 殷启帆 now 党工委副书记、管委会主任")]),
    "cz05_liyang.txt": (2021, "2021年9月15日　星期三", "常州市", [
        ("溧阳开展节前安全生产大检查", "9月13日", "2021-09-13", "本报讯（记者 凌志远",
         "溧阳市 副市长's 检查 with the 市应急管理局局长 (bare 市 = 溧阳)"),
        ("经开区重点项目建设推进会召开", "9月14日", "2021-09-14", "本报讯（记者 钱沐阳）",
         "bare 经开区 (= 常州经开区) 推进会"),
        ("金坛区督查秋季秸秆综合利用工作", "9月13日", "2021-09-13", "本报讯 9月13日",
         "short item: 金坛区 副区长's 督查; bracketed signature")]),
    "cz06_jintan.txt": (2023, "2023年8月24日　星期四", "常州市", [
        ("姚振邦到金坛区调研新能源产业发展", "8月23日", "2023-08-23", "本报讯（记者 凌志远）",
         "市长's 调研 in 金坛区; 缪文昊 now 区委副书记、区长; photo caption"),
        ("经开区召开上半年经济运行分析会", "8月22日", "2023-08-22", "本报讯（记者 钱沐阳",
         "常州经开区 分析会: 戚建中 now also 市委常委")]),
    "cz07_mianyang.txt": (2022, "2022年3月17日　星期四", "绵阳市", [
        ("高新区党工委召开理论学习中心组学习会", "3月15日", "2022-03-15", "本报讯（记者 蒲晓雯）",
         "running head with the date; bare 高新区 (= 绵阳高新区) 中心组学习会; 何嘉树 管委会副主任"),
        ("苟明华调研春耕生产工作", "3月15日", "2022-03-15", "本报讯（记者 叶子晴",
         "三台 县长's 调研; 芦溪镇党委书记 黄泽宇#1")]),
    "cz08_jiangyou.txt": (2024, "2024年7月10日　星期三", "绵阳市", [
        ("江油市召开防汛减灾工作推进会", "7月8日", "2024-07-08", "本报讯（记者 蒲晓雯",
         "江油 推进会: 江油市委书记; 何嘉树 now 市委副书记、市长 (bare 市委 after 江油市委书记); photo caption"),
        ("岳清泉到三台县调研工业园区建设", "7月9日", "2024-07-09", "本报讯（记者 叶子晴）",
         "市委常委、副市长's 调研 in 三台; 苟明华 now 县委书记")]),
    "cz09_yudu.txt": (2022, "2022年11月11日　星期五", "赣州市", [
        ("于都：项目建设跑出“加速度”", "11月9日", "2022-11-09", "本报讯（全媒体记者 蓝海生",
         "于都 县长's 调研 with 副县长 胡振宇#1"),
        ("经开区召开“项目大会战”推进会", "11月10日", "2022-11-10", "本报讯（全媒体记者 黄屹舟）",
         "bare 经开区 (= 赣州经开区) 推进会: 曾凡超 管委会主任")]),
    "cz10_ganzhou.txt": (2024, "2024年5月15日　星期三", "赣州市", [
        ("曾凡超到于都县调研乡村振兴工作", "5月14日", "2024-05-14", "本报讯（全媒体记者 蓝海生）",
         "本版导读 before it; 曾凡超 now 副市长; 钟以恒 now 于都县委书记"),
        ("信丰县召开脐橙产业高质量发展推进会", "5月13日", "2024-05-13", "本报讯 5月13日",
         "信丰 推进会: bare 县委书记 / 县长 (黄泽宇#2); bracketed signature")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 洛阳
    "cz:党振峰": ("党振峰", "official", "宜阳县", [
        ("cz01", "宜阳县委", "副书记", "宜阳县委副书记、县长党振峰", "2021-05 (identity case: 县委书记 in 2023, cz02)"),
        ("cz01", "宜阳县政府", "县长", "宜阳县委副书记、县长党振峰", None),
        ("cz02", "宜阳县委", "书记", "宜阳县委书记党振峰汇报了", "2023-04: now 县委书记")], []),
    "cz:宁素娟": ("宁素娟", "official", "宜阳县", [
        ("cz01", "宜阳县政府", "副县长", "副县长宁素娟陪同调研", "bare 副县长 in the 宜阳 story")], []),
    "cz:晁建业": ("晁建业", "official", "宜阳县", [
        ("cz01", "宜阳县柳泉镇党委", "书记", "镇党委书记晁建业汇报了", "镇 = 柳泉镇 named just before")], []),
    "cz:韦庭松": ("韦庭松", "official", _LYG, [
        ("cz01", _LYG + "党工委", "书记", "高新区党工委书记韦庭松主持召开", "bare 高新区 in the 洛阳日报 = 洛阳高新区")], []),
    "cz:蔺明远": ("蔺明远", "official", _LYG, [
        ("cz01", _LYG + "党工委", "副书记", "党工委副书记、管委会主任蔺明远通报了", None),
        ("cz01", _LYG + "管委会", "主任", "党工委副书记、管委会主任蔺明远通报了", None)], []),
    "cz:褚晓红": ("褚晓红", "official", "栾川县", [
        ("cz01", "栾川县政府", "副县长", "栾川县副县长褚晓红带领", None)], []),
    "cz:胡振宇#2": ("胡振宇", "official", "栾川县", [
        ("cz01", "栾川县陶湾镇党委", "书记", "镇党委书记胡振宇汇报了", "河南 洛阳 栾川县; not the 胡振宇 of 于都县 (cz09)")], []),
    "cz:简东升": ("简东升", "official", "洛阳市", [
        ("cz02", "河南省委", "常委", "省委常委、市委书记简东升到宜阳县调研", "bare 省委 in the 洛阳日报 = 河南省委; named in the headline too"),
        ("cz02", "洛阳市委", "书记", "省委常委、市委书记简东升到宜阳县调研", None)], []),
    "cz:秦岭峰": ("秦岭峰", "official", "洛阳市", [
        ("cz02", "洛阳市委", "常委", "市委常委、秘书长秦岭峰参加调研", None),
        ("cz02", "洛阳市委", "秘书长", "市委常委、秘书长秦岭峰参加调研", "the 市委's own 秘书长 (bn)")], []),
    "cz:祝青云": ("祝青云", "official", "宜阳县", [
        ("cz02", "宜阳县委", "副书记", "县委副书记、县长祝青云介绍了", "bare 县委 after 宜阳县委书记"),
        ("cz02", "宜阳县政府", "县长", "县委副书记、县长祝青云介绍了", None)], []),
    "cz:魏启航": ("魏启航", "official", "洛阳市", [
        ("cz02", "洛阳市委", "副书记", "市委副书记、市长魏启航主持召开", "named in the headline too"),
        ("cz02", "洛阳市政府", "市长", "市委副书记、市长魏启航主持召开", None)], []),
    "cz:乔淑敏": ("乔淑敏", "official", "洛阳市", [
        ("cz02", "洛阳市政府", "副市长", "副市长乔淑敏、贾振林出席会议", "list after one title")], []),
    "cz:贾振林": ("贾振林", "official", "洛阳市", [
        ("cz02", "洛阳市政府", "副市长", "副市长乔淑敏、贾振林出席会议", None)], []),
    "cz:仝海燕": ("仝海燕", "official", "洛阳市", [
        ("cz02", "洛阳市政府", "秘书长", "市政府秘书长仝海燕列席会议", None)], []),
    # ---- 鹤壁
    "cz:禹宏刚": ("禹宏刚", "official", "鹤壁市", [
        ("cz03", "淇县委", "书记", "淇县县委书记禹宏刚出席会议并讲话", "2022-06; DECIDED HERE: 淇县县委 → 淇县委 (identity case: 副市长 in 2024, cz04)"),
        ("cz04", "鹤壁市委", "常委", "市委常委、副市长禹宏刚到淇县调研", "2024-03: now 鹤壁 市委常委、副市长; named in the headline too"),
        ("cz04", "鹤壁市政府", "副市长", "市委常委、副市长禹宏刚到淇县调研", None)], []),
    "cz:卫书铭": ("卫书铭", "official", "淇县", [
        ("cz03", "淇县委", "副书记", "县委副书记、县长卫书铭主持会议", "2022"),
        ("cz03", "淇县政府", "县长", "县委副书记、县长卫书铭主持会议", None),
        ("cz04", "淇县委", "副书记", "县委副书记、县长卫书铭陪同调研", "2024: the same posts"),
        ("cz04", "淇县政府", "县长", "县委副书记、县长卫书铭陪同调研", None)], []),
    "cz:原振华": ("原振华", "official", _HBJ, [
        ("cz03", _HBJ + "党工委", "书记", "经开区党工委书记、管委会主任原振华", "2022: bare 经开区 in the 鹤壁日报 = 鹤壁经开区"),
        ("cz03", _HBJ + "管委会", "主任", "经开区党工委书记、管委会主任原振华", None),
        ("cz04", _HBJ + "党工委", "书记", "经开区党工委书记原振华出席会议并讲话", "2024: 党工委书记 only")], []),
    "cz:殷启帆": ("殷启帆", "official", _HBJ, [
        ("cz03", _HBJ + "党工委", "委员", "党工委委员、管委会副主任殷启帆带领观摩团", "2022"),
        ("cz03", _HBJ + "管委会", "副主任", "党工委委员、管委会副主任殷启帆带领观摩团", None),
        ("cz04", _HBJ + "党工委", "副书记", "党工委副书记、管委会主任殷启帆主持会议", "2024: promoted"),
        ("cz04", _HBJ + "管委会", "主任", "党工委副书记、管委会主任殷启帆主持会议", None)], []),
    "cz:冉秀云": ("冉秀云", "official", "浚县", [
        ("cz03", "浚县政府", "副县长", "浚县副县长冉秀云带队", None)], []),
    "cz:聂东辉": ("聂东辉", "official", "淇县", [
        ("cz04", "淇县委", "书记", "淇县县委书记聂东辉", "succeeds 禹宏刚")], []),
    # ---- 常州
    "cz:缪文昊": ("缪文昊", "official", "常州市", [
        ("cz05", "溧阳市政府", "副市长", "溧阳市副市长缪文昊带队", "2021-09 (identity case: 金坛区长 in 2023, cz06)"),
        ("cz06", "金坛区委", "副书记", "区委副书记、区长缪文昊陪同调研", "2023-08: bare 区委 after 金坛区委书记"),
        ("cz06", "金坛区政府", "区长", "区委副书记、区长缪文昊陪同调研", None)], []),
    "cz:汤国平": ("汤国平", "official", "溧阳市", [
        ("cz05", "溧阳市应急管理局", "局长", "市应急管理局局长汤国平陪同检查", "bare 市 in the 溧阳 story = 溧阳市 (bn)")], []),
    "cz:戚建中": ("戚建中", "official", _CZJ, [
        ("cz05", _CZJ + "党工委", "书记", "经开区党工委书记戚建中出席会议并讲话", "2021: bare 经开区 in the 常州日报 = 常州经开区"),
        ("cz06", "常州市委", "常委", "市委常委、经开区党工委书记戚建中", "2023: now also 市委常委"),
        ("cz06", _CZJ + "党工委", "书记", "市委常委、经开区党工委书记戚建中", None)], []),
    "cz:骆永健": ("骆永健", "official", _CZJ, [
        ("cz05", _CZJ + "党工委", "副书记", "党工委副书记、管委会主任骆永健主持会议", "2021"),
        ("cz05", _CZJ + "管委会", "主任", "党工委副书记、管委会主任骆永健主持会议", None),
        ("cz06", _CZJ + "党工委", "副书记", "党工委副书记、管委会主任骆永健通报了", "2023"),
        ("cz06", _CZJ + "管委会", "主任", "党工委副书记、管委会主任骆永健通报了", None)], []),
    "cz:蒋雨晴": ("蒋雨晴", "official", "金坛区", [
        ("cz05", "金坛区政府", "副区长", "金坛区副区长蒋雨晴到直溪镇", None)], []),
    "cz:姚振邦": ("姚振邦", "official", "常州市", [
        ("cz06", "常州市委", "副书记", "市委副书记、市长姚振邦到金坛区调研", "named in the headline too"),
        ("cz06", "常州市政府", "市长", "市委副书记、市长姚振邦到金坛区调研", None)], []),
    "cz:贲立新": ("贲立新", "official", "金坛区", [
        ("cz06", "金坛区委", "书记", "金坛区委书记贲立新", None)], []),
    # ---- 绵阳
    "cz:罗昌平": ("罗昌平", "official", _MYG, [
        ("cz07", _MYG + "党工委", "书记", "高新区党工委书记罗昌平主持召开", "bare 高新区 in the 绵阳日报 = 绵阳高新区")], []),
    "cz:何嘉树": ("何嘉树", "official", "绵阳市", [
        ("cz07", _MYG + "党工委", "委员", "党工委委员、管委会副主任何嘉树围绕", "2022-03 (identity case: 江油市长 in 2024, cz08)"),
        ("cz07", _MYG + "管委会", "副主任", "党工委委员、管委会副主任何嘉树围绕", None),
        ("cz08", "江油市委", "副书记", "市委副书记、市长何嘉树主持会议", "2024-07: bare 市委 after 江油市委书记 = 江油市"),
        ("cz08", "江油市政府", "市长", "市委副书记、市长何嘉树主持会议", None)], []),
    "cz:苟明华": ("苟明华", "official", "三台县", [
        ("cz07", "三台县委", "副书记", "三台县委副书记、县长苟明华到芦溪镇", "2022; named in the headline too"),
        ("cz07", "三台县政府", "县长", "三台县委副书记、县长苟明华到芦溪镇", None),
        ("cz08", "三台县委", "书记", "三台县委书记苟明华陪同调研", "2024: now 县委书记")], []),
    "cz:管宁宁": ("管宁宁", "official", "三台县", [
        ("cz07", "三台县政府", "副县长", "副县长管宁宁陪同调研", None)], []),
    "cz:黄泽宇#1": ("黄泽宇", "official", "三台县", [
        ("cz07", "三台县芦溪镇党委", "书记", "芦溪镇党委书记黄泽宇汇报了", "四川 绵阳 三台县; not the 黄泽宇 of 信丰县 (cz10)")], []),
    "cz:敬德华": ("敬德华", "official", "江油市", [
        ("cz08", "江油市委", "书记", "江油市委书记敬德华出席会议并讲话", None)], []),
    "cz:岳清泉": ("岳清泉", "official", "绵阳市", [
        ("cz08", "绵阳市委", "常委", "市委常委、副市长岳清泉到三台县调研", "named in the headline too"),
        ("cz08", "绵阳市政府", "副市长", "市委常委、副市长岳清泉到三台县调研", None)], []),
    # ---- 赣州
    "cz:钟以恒": ("钟以恒", "official", "于都县", [
        ("cz09", "于都县委", "副书记", "于都县委副书记、县长钟以恒深入贡江镇", "2022-11 (identity case: 县委书记 in 2024, cz10)"),
        ("cz09", "于都县政府", "县长", "于都县委副书记、县长钟以恒深入贡江镇", None),
        ("cz10", "于都县委", "书记", "于都县委书记钟以恒", "2024-05: now 县委书记")], []),
    "cz:胡振宇#1": ("胡振宇", "official", "于都县", [
        ("cz09", "于都县政府", "副县长", "副县长胡振宇陪同调研", "江西 赣州 于都县; not the 胡振宇 of 栾川县 (cz01)")], []),
    "cz:谢立平": ("谢立平", "official", _GZJ, [
        ("cz09", _GZJ + "党工委", "书记", "经开区党工委书记谢立平出席会议并讲话", "bare 经开区 in the 赣南日报 = 赣州经开区")], []),
    "cz:曾凡超": ("曾凡超", "official", "赣州市", [
        ("cz09", _GZJ + "党工委", "副书记", "党工委副书记、管委会主任曾凡超主持会议", "2022-11 (identity case: 副市长 in 2024, cz10)"),
        ("cz09", _GZJ + "管委会", "主任", "党工委副书记、管委会主任曾凡超主持会议", None),
        ("cz10", "赣州市政府", "副市长", "副市长曾凡超到于都县调研", "2024-05: bare 副市长 in the 赣南日报 = 赣州市; named in the headline too")], []),
    "cz:赖崇华": ("赖崇华", "official", "于都县", [
        ("cz10", "于都县委", "副书记", "县委副书记、县长赖崇华陪同调研", "succeeds 钟以恒 as 县长"),
        ("cz10", "于都县政府", "县长", "县委副书记、县长赖崇华陪同调研", None)], []),
    "cz:邝永红": ("邝永红", "official", "信丰县", [
        ("cz10", "信丰县委", "书记", "县委书记邝永红出席会议并讲话", "bare 县委 in the 信丰 story")], []),
    "cz:黄泽宇#2": ("黄泽宇", "official", "信丰县", [
        ("cz10", "信丰县委", "副书记", "县委副书记、县长黄泽宇主持会议", "江西 赣州 信丰县; not the 黄泽宇 of 三台县 (cz07)"),
        ("cz10", "信丰县政府", "县长", "县委副书记、县长黄泽宇主持会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
_CZ01 = "本报讯（记者 卢思涵 通讯员 白川宇）"
_CZ03 = "本报讯（记者 郜雅静 通讯员 牛一帆）"
_CZ05 = "本报讯（记者 凌志远 通讯员 包佳怡）"
_CZ07 = "本报讯（记者 叶子晴 通讯员 邓语桐）"
_CZ08 = "本报讯（记者 蒲晓雯 通讯员 彭越）"
_CZ09 = "本报讯（全媒体记者 蓝海生 通讯员 温晓琪）"
REPORTERS = [
    ("cz01", "卢思涵", "记者", "reporter", _CZ01),
    ("cz01", "白川宇", "通讯员", "correspondent", _CZ01),
    ("cz01", "卢思涵", "摄", "photographer", "记者 卢思涵 摄"),
    ("cz01", "庞一诺", "记者", "reporter", "本报讯（记者 庞一诺）5月17日"),
    ("cz01", "杜若涵", "署名", "author", "（杜若涵）"),
    ("cz01", "杨慧琳", "责编", "editor", "责编：杨慧琳"),
    ("cz01", "孟凡舒", "美编", "editor", "美编：孟凡舒"),
    ("cz01", "郝佳音", "校对", "editor", "校对：郝佳音"),
    ("cz02", "庞一诺", "记者", "reporter", "本报讯（记者 庞一诺）4月11日"),
    ("cz02", "葛晓丹", "摄", "photographer", "记者 葛晓丹 摄"),
    ("cz02", "侯梦洁", "记者", "reporter", "本报讯（记者 侯梦洁）"),
    ("cz02", "杨慧琳", "责编", "editor", "责编：杨慧琳"),
    ("cz02", "孟凡舒", "美编", "editor", "美编：孟凡舒"),
    ("cz02", "梁晓蕾", "校对", "editor", "校对：梁晓蕾"),
    ("cz03", "郜雅静", "记者", "reporter", _CZ03),
    ("cz03", "牛一帆", "通讯员", "correspondent", _CZ03),
    ("cz03", "史博涛", "记者", "reporter", "本报讯（记者 史博涛）"),
    ("cz03", "程雨萌", "署名", "author", "（程雨萌）"),
    ("cz03", "姬晓燕", "责编", "editor", "责编：姬晓燕"),
    ("cz03", "崔向阳", "美编", "editor", "美编：崔向阳"),
    ("cz03", "龚思琪", "校对", "editor", "校对：龚思琪"),
    ("cz04", "郜雅静", "记者", "reporter", "本报讯（记者 郜雅静）"),
    ("cz04", "史博涛", "记者", "reporter", "本报讯（记者 史博涛 通讯员 万子轩）"),
    ("cz04", "万子轩", "通讯员", "correspondent", "本报讯（记者 史博涛 通讯员 万子轩）"),
    ("cz04", "姬晓燕", "责编", "editor", "责编：姬晓燕"),
    ("cz04", "崔向阳", "美编", "editor", "美编：崔向阳"),
    ("cz04", "陶子涵", "校对", "editor", "校对：陶子涵"),
    ("cz05", "凌志远", "记者", "reporter", _CZ05),
    ("cz05", "包佳怡", "通讯员", "correspondent", _CZ05),
    ("cz05", "钱沐阳", "记者", "reporter", "本报讯（记者 钱沐阳）"),
    ("cz05", "周晓岚", "署名", "author", "（周晓岚）"),
    ("cz05", "戴丽君", "责编", "editor", "责编：戴丽君"),
    ("cz05", "华文彬", "美编", "editor", "美编：华文彬"),
    ("cz05", "邹雪晴", "校对", "editor", "校对：邹雪晴"),
    ("cz06", "凌志远", "记者", "reporter", "本报讯（记者 凌志远）"),
    ("cz06", "凌志远", "摄", "photographer", "记者 凌志远 摄"),
    ("cz06", "钱沐阳", "记者", "reporter", "本报讯（记者 钱沐阳 通讯员 石一鸣）"),
    ("cz06", "石一鸣", "通讯员", "correspondent", "本报讯（记者 钱沐阳 通讯员 石一鸣）"),
    ("cz06", "戴丽君", "责编", "editor", "责编：戴丽君"),
    ("cz06", "华文彬", "美编", "editor", "美编：华文彬"),
    ("cz06", "邹雪晴", "校对", "editor", "校对：邹雪晴"),
    ("cz07", "蒲晓雯", "记者", "reporter", "本报讯（记者 蒲晓雯）"),
    ("cz07", "叶子晴", "记者", "reporter", _CZ07),
    ("cz07", "邓语桐", "通讯员", "correspondent", _CZ07),
    ("cz07", "苏芮宁", "责编", "editor", "责编：苏芮宁"),
    ("cz07", "任嘉禾", "美编", "editor", "美编：任嘉禾"),
    ("cz07", "唐一苇", "校对", "editor", "校对：唐一苇"),
    ("cz08", "蒲晓雯", "记者", "reporter", _CZ08),
    ("cz08", "彭越", "通讯员", "correspondent", _CZ08),
    ("cz08", "彭越", "摄", "photographer", "通讯员 彭越 摄"),
    ("cz08", "叶子晴", "记者", "reporter", "本报讯（记者 叶子晴）"),
    ("cz08", "苏芮宁", "责编", "editor", "责编：苏芮宁"),
    ("cz08", "任嘉禾", "美编", "editor", "美编：任嘉禾"),
    ("cz08", "唐一苇", "校对", "editor", "校对：唐一苇"),
    ("cz09", "蓝海生", "全媒体记者", "reporter", _CZ09),
    ("cz09", "温晓琪", "通讯员", "correspondent", _CZ09),
    ("cz09", "黄屹舟", "全媒体记者", "reporter", "本报讯（全媒体记者 黄屹舟）"),
    ("cz09", "谢婉如", "责任编辑", "editor", "责任编辑：谢婉如"),
    ("cz09", "熊可馨", "美术编辑", "editor", "美术编辑：熊可馨"),
    ("cz09", "邱晓梅", "校对", "editor", "校对：邱晓梅"),
    ("cz10", "蓝海生", "全媒体记者", "reporter", "本报讯（全媒体记者 蓝海生）"),
    ("cz10", "廖晨曦", "署名", "author", "（廖晨曦）"),
    ("cz10", "谢婉如", "责任编辑", "editor", "责任编辑：谢婉如"),
    ("cz10", "熊可馨", "美术编辑", "editor", "美术编辑：熊可馨"),
    ("cz10", "邱晓梅", "校对", "editor", "校对：邱晓梅"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("cz01", "宜阳县重点项目建设调研", "inspection (调研)", "5月18日", None, "党振峰", [],
     ["宁素娟"], ["晁建业", "党振峰", "宁素娟"], "宜阳县",
     "宜阳县委副书记、县长党振峰深入项目一线",
     ["县长党振峰深入项目一线", "副县长宁素娟陪同调研", "镇党委书记晁建业汇报了", "党振峰强调", "宁素娟要求"]),
    ("cz01", "高新区党工委（扩大）会议", "meeting (党工委扩大会议)", "5月17日", "韦庭松", None, [],
     [], ["蔺明远", "韦庭松"], None,
     "高新区党工委书记韦庭松主持召开党工委（扩大）会议",
     ["高新区党工委书记韦庭松主持召开", "管委会主任蔺明远通报了", "韦庭松要求"]),
    ("cz01", "栾川县汛前安全检查", "inspection (检查)", "5月19日", None, "褚晓红", [],
     [], ["胡振宇", "褚晓红"], "陶湾镇、三川镇",
     "到陶湾镇、三川镇开展汛前安全检查",
     ["栾川县副县长褚晓红带领", "镇党委书记胡振宇汇报了", "褚晓红要求"]),
    ("cz02", "宜阳县乡村振兴和产业发展调研", "inspection (调研)", "4月11日", None, "简东升", [],
     ["秦岭峰", "党振峰", "祝青云"], ["党振峰", "祝青云", "简东升"], "宜阳县",
     "市委书记简东升到宜阳县调研乡村振兴和产业发展工作",
     ["市委书记简东升到宜阳县调研", "秘书长秦岭峰参加调研", "宜阳县委书记党振峰汇报了", "县长祝青云介绍了", "简东升强调"]),
    ("cz02", "市政府常务会议", "meeting (常务会议)", "4月11日", "魏启航", None, ["洛阳市政府"],
     ["乔淑敏", "贾振林", "仝海燕"], ["魏启航", "乔淑敏"], None,
     "市长魏启航主持召开市政府常务会议",
     ["市长魏启航主持召开", "副市长乔淑敏、贾振林出席会议", "秘书长仝海燕列席会议", "魏启航指出", "乔淑敏就做好清明节后安全生产工作作了安排"]),
    ("cz03", "淇县重点项目建设推进会", "meeting (推进会)", "6月7日", "卫书铭", None, ["淇县"],
     ["禹宏刚"], ["禹宏刚", "卫书铭"], None,
     "6月7日，淇县召开重点项目建设推进会",
     ["淇县县委书记禹宏刚出席会议并讲话", "县长卫书铭主持会议", "禹宏刚强调", "卫书铭要求"]),
    ("cz03", "经开区重点项目观摩活动", "site observation (观摩活动)", "6月8日", None, "原振华", ["鹤壁经开区"],
     ["殷启帆"], [], "鹤壁经开区电子信息产业园三期、金山街道老旧小区改造项目等8个项目现场",
     "6月8日，经开区组织开展重点项目观摩活动",
     ["管委会主任原振华，", "管委会副主任殷启帆带领观摩团"]),
    ("cz03", "点评会", "meeting (点评会)", "6月8日", None, None, [],
     [], ["殷启帆", "原振华"], None,
     "观摩结束后召开点评会",
     ["殷启帆通报了观摩打分情况", "原振华指出"]),
    ("cz03", "浚县“三夏”生产和秸秆禁烧督导", "inspection (督导)", "6月8日", None, "冉秀云", [],
     [], ["冉秀云"], "屯子镇、王庄镇",
     "浚县副县长冉秀云带队到屯子镇、王庄镇督导",
     ["浚县副县长冉秀云带队", "要求各乡镇加强农机调度"]),
    ("cz04", "淇县文旅融合发展调研", "inspection (调研)", "3月18日", None, "禹宏刚", [],
     ["聂东辉", "卫书铭"], ["卫书铭", "禹宏刚", "聂东辉"], "淇县",
     "市委常委、副市长禹宏刚到淇县调研文旅融合发展和重点项目建设工作",
     ["副市长禹宏刚到淇县调研", "淇县县委书记聂东辉", "县长卫书铭陪同调研", "卫书铭汇报了", "禹宏刚指出", "聂东辉表示"]),
    ("cz04", "经开区2024年度招商引资工作会议", "meeting (工作会议)", "3月18日", "殷启帆", None, ["鹤壁经开区"],
     ["原振华"], ["原振华", "殷启帆"], None,
     "3月18日，经开区召开2024年度招商引资工作会议",
     ["经开区党工委书记原振华出席会议并讲话", "管委会主任殷启帆主持会议", "原振华强调", "殷启帆要求"]),
    ("cz05", "溧阳节前安全生产大检查", "inspection (检查)", "9月13日", None, "缪文昊", [],
     ["汤国平"], ["汤国平", "缪文昊"], "天目湖镇、埭头镇",
     "溧阳市副市长缪文昊带队到天目湖镇、埭头镇开展中秋、国庆节前安全生产大检查",
     ["溧阳市副市长缪文昊带队", "市应急管理局局长汤国平陪同检查", "汤国平汇报了", "缪文昊要求"]),
    ("cz05", "经开区重点项目建设推进会", "meeting (推进会)", "9月14日", "骆永健", None, ["常州经开区"],
     ["戚建中"], ["戚建中", "骆永健"], None,
     "9月14日，经开区召开重点项目建设推进会",
     ["经开区党工委书记戚建中出席会议并讲话", "管委会主任骆永健主持会议", "戚建中强调", "骆永健要求"]),
    ("cz05", "金坛区秋季秸秆综合利用督查", "inspection (督查)", "9月13日", None, "蒋雨晴", [],
     [], ["蒋雨晴"], "直溪镇、朱林镇",
     "金坛区副区长蒋雨晴到直溪镇、朱林镇督查秋季秸秆综合利用和禁烧工作",
     ["金坛区副区长蒋雨晴到直溪镇", "要求各镇提前谋划"]),
    ("cz06", "金坛区新能源产业发展调研", "inspection (调研)", "8月23日", None, "姚振邦", [],
     ["贲立新", "缪文昊"], ["缪文昊", "姚振邦", "贲立新"], "金坛区",
     "市委副书记、市长姚振邦到金坛区调研新能源产业发展和重点项目建设工作",
     ["市长姚振邦到金坛区调研", "金坛区委书记贲立新", "区长缪文昊陪同调研", "缪文昊汇报了", "姚振邦强调", "贲立新表示"]),
    ("cz06", "经开区上半年经济运行分析会", "meeting (经济运行分析会)", "8月22日", None, None, ["常州经开区"],
     ["戚建中"], ["戚建中", "骆永健"], None,
     "8月22日，经开区召开上半年经济运行分析会",
     ["经开区党工委书记戚建中出席会议并讲话", "管委会主任骆永健通报了", "戚建中指出"]),
    ("cz07", "高新区党工委理论学习中心组学习会", "meeting (中心组学习会)", "3月15日", "罗昌平", None, [],
     [], ["何嘉树", "罗昌平"], None,
     "高新区党工委书记罗昌平主持召开党工委理论学习中心组学习会",
     ["高新区党工委书记罗昌平主持召开", "管委会副主任何嘉树围绕科技成果转化作交流发言", "罗昌平强调"]),
    ("cz07", "三台县春耕生产和高标准农田建设调研", "inspection (调研)", "3月15日", None, "苟明华", [],
     ["管宁宁"], ["黄泽宇", "苟明华", "管宁宁"], "芦溪镇、西平镇",
     "三台县委副书记、县长苟明华到芦溪镇、西平镇调研春耕生产和高标准农田建设工作",
     ["县长苟明华到芦溪镇、西平镇调研", "副县长管宁宁陪同调研", "芦溪镇党委书记黄泽宇汇报了", "苟明华强调", "管宁宁就农资保供和技术服务作了安排"]),
    ("cz08", "江油市防汛减灾工作推进会", "meeting (推进会)", "7月8日", "何嘉树", None, ["江油市"],
     ["敬德华"], ["敬德华", "何嘉树"], None,
     "7月8日，江油市召开防汛减灾工作推进会",
     ["江油市委书记敬德华出席会议并讲话", "市长何嘉树主持会议", "敬德华强调", "何嘉树要求"]),
    ("cz08", "三台县工业园区建设和安全生产调研", "inspection (调研)", "7月9日", None, "岳清泉", [],
     ["苟明华"], ["苟明华", "岳清泉"], "三台县",
     "市委常委、副市长岳清泉到三台县调研工业园区建设和安全生产工作",
     ["副市长岳清泉到三台县调研", "三台县委书记苟明华陪同调研", "苟明华汇报了", "岳清泉要求"]),
    ("cz09", "于都县重点项目建设调研", "inspection (调研)", "11月9日", None, "钟以恒", [],
     ["胡振宇"], ["胡振宇", "钟以恒"], "贡江镇、梓山镇",
     "于都县委副书记、县长钟以恒深入贡江镇、梓山镇调研重点项目建设",
     ["县长钟以恒深入贡江镇", "副县长胡振宇陪同调研", "胡振宇汇报了", "钟以恒强调"]),
    ("cz09", "经开区“项目大会战”推进会", "meeting (推进会)", "11月10日", "曾凡超", None, ["赣州经开区"],
     ["谢立平"], ["谢立平", "曾凡超"], None,
     "11月10日，经开区召开“项目大会战”推进会",
     ["经开区党工委书记谢立平出席会议并讲话", "管委会主任曾凡超主持会议", "谢立平强调", "曾凡超要求"]),
    ("cz10", "于都县乡村振兴和产业发展调研", "inspection (调研)", "5月14日", None, "曾凡超", [],
     ["钟以恒", "赖崇华"], ["钟以恒", "曾凡超"], "于都县",
     "副市长曾凡超到于都县调研乡村振兴和产业发展工作",
     ["副市长曾凡超到于都县调研", "于都县委书记钟以恒", "县长赖崇华陪同调研", "钟以恒汇报了", "曾凡超强调"]),
    ("cz10", "信丰县脐橙产业高质量发展推进会", "meeting (推进会)", "5月13日", "黄泽宇", None, ["信丰县"],
     ["邝永红"], ["邝永红"], None,
     "5月13日，信丰县召开脐橙产业高质量发展推进会",
     ["县委书记邝永红出席会议并讲话", "县长黄泽宇主持会议", "邝永红强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cz01", "宜阳县产业集聚区新材料产业园二期", "industrial_park", "在宜阳县产业集聚区新材料产业园二期施工现场"),
    ("cz01", "洛河宜阳段生态治理工程", "greening_project", "察看了洛河宜阳段生态治理工程"),
    ("cz01", "洛阳高新区智能装备产业园一期", "industrial_park", "加快洛阳高新区智能装备产业园一期建设"),
    ("cz02", "宜阳县锦屏镇高标准农田建设项目", "project", "宜阳县锦屏镇高标准农田建设项目区"),
    ("cz02", "宜阳县产业集聚区新材料产业园二期", "industrial_park", "宜阳县产业集聚区新材料产业园二期，察看"),
    ("cz02", "洛阳古城保护与城市更新项目", "project", "加快洛阳古城保护与城市更新项目建设"),
    ("cz03", "淇县高新区新型食品产业园二期", "industrial_park", "淇县高新区新型食品产业园二期、朝歌古城保护利用工程"),
    ("cz03", "朝歌古城保护利用工程", "project", "淇县高新区新型食品产业园二期、朝歌古城保护利用工程"),
    ("cz03", "鹤壁经开区电子信息产业园三期", "industrial_park", "先后来到鹤壁经开区电子信息产业园三期"),
    ("cz03", "金山街道老旧小区改造项目", "housing_project", "金山街道老旧小区改造项目等8个项目现场"),
    ("cz04", "朝歌古城保护利用工程", "project", "先后来到朝歌古城保护利用工程、云梦山景区提升项目现场"),
    ("cz04", "云梦山景区提升项目", "project", "先后来到朝歌古城保护利用工程、云梦山景区提升项目现场"),
    ("cz04", "鹤壁经开区电子信息产业园三期", "industrial_park", "加快鹤壁经开区电子信息产业园三期招商入驻"),
    ("cz05", "常州经开区轨道交通产业园二期", "industrial_park", "常州经开区轨道交通产业园二期主体封顶"),
    ("cz06", "金坛华罗庚高新区动力电池产业园三期", "industrial_park", "先后来到金坛华罗庚高新区动力电池产业园三期"),
    ("cz06", "儒林镇长荡湖生态修复工程", "greening_project", "儒林镇长荡湖生态修复工程现场"),
    ("cz06", "常州经开区轨道交通产业园二期", "industrial_park", "加快常州经开区轨道交通产业园二期招商"),
    ("cz07", "绵阳高新区电子信息产业园四期", "industrial_park", "加快绵阳高新区电子信息产业园四期建设"),
    ("cz07", "芦溪镇高标准农田建设项目", "project", "在芦溪镇高标准农田建设项目现场"),
    ("cz08", "涪江江油段防洪堤建设工程", "engineering_work", "涪江江油段防洪堤建设工程进展"),
    ("cz08", "三台工业园区食品产业园二期", "industrial_park", "先后来到三台工业园区食品产业园二期"),
    ("cz09", "于都县纺织服装产业园三期", "industrial_park", "在于都县纺织服装产业园三期施工现场"),
    ("cz09", "贡江于都段防洪治理工程", "engineering_work", "察看了贡江于都段防洪治理工程"),
    ("cz09", "赣州经开区新能源汽车科技城二期", "industrial_park", "加快赣州经开区新能源汽车科技城二期建设"),
    ("cz10", "于都县纺织服装产业园三期", "industrial_park", "车溪乡坝脑村、于都县纺织服装产业园三期"),
    ("cz10", "信丰县脐橙产业园二期", "industrial_park", "要加快信丰县脐橙产业园二期建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cz01", "宜阳县", "county", "in_title", "宜阳县委副书记、县长党振峰"),
    ("cz01", "宜阳县产业集聚区", "development_zone", "in_project_name", "在宜阳县产业集聚区新材料产业园二期施工现场"),
    ("cz01", "柳泉镇", "town", "standalone", "在柳泉镇，党振峰察看了"),
    ("cz01", "洛河", "river", "in_project_name", "察看了洛河宜阳段生态治理工程"),
    ("cz01", "高新区", "development_zone", "in_title", "高新区党工委书记韦庭松主持召开"),
    ("cz01", "洛阳高新区", "development_zone", "in_project_name", "加快洛阳高新区智能装备产业园一期建设"),
    ("cz01", "栾川县", "county", "in_title", "栾川县副县长褚晓红带领"),
    ("cz01", "陶湾镇", "town", "standalone", "到陶湾镇、三川镇开展汛前安全检查"),
    ("cz01", "三川镇", "town", "standalone", "到陶湾镇、三川镇开展汛前安全检查"),
    ("cz02", "宜阳县", "county", "standalone", "市委书记简东升到宜阳县调研乡村振兴和产业发展工作"),
    ("cz02", "锦屏镇", "town", "standalone", "图为简东升在锦屏镇察看小麦长势"),
    ("cz02", "宜阳县产业集聚区", "development_zone", "in_project_name", "宜阳县产业集聚区新材料产业园二期，察看"),
    ("cz02", "洛阳古城", "heritage_site", "in_project_name", "加快洛阳古城保护与城市更新项目建设"),
    ("cz03", "淇县", "county", "standalone", "6月7日，淇县召开重点项目建设推进会"),
    ("cz03", "淇县高新区", "development_zone", "in_project_name", "淇县高新区新型食品产业园二期、朝歌古城保护利用工程"),
    ("cz03", "朝歌古城", "heritage_site", "in_project_name", "淇县高新区新型食品产业园二期、朝歌古城保护利用工程"),
    ("cz03", "北阳镇", "town", "standalone", "北阳镇、高村镇主要负责同志作了表态发言"),
    ("cz03", "高村镇", "town", "standalone", "北阳镇、高村镇主要负责同志作了表态发言"),
    ("cz03", "经开区", "development_zone", "standalone", "6月8日，经开区组织开展重点项目观摩活动"),
    ("cz03", "鹤壁经开区", "development_zone", "in_project_name", "先后来到鹤壁经开区电子信息产业园三期"),
    ("cz03", "金山街道", "sub_district_office", "in_project_name", "金山街道老旧小区改造项目等8个项目现场"),
    ("cz03", "浚县", "county", "in_title", "浚县副县长冉秀云带队"),
    ("cz03", "屯子镇", "town", "standalone", "到屯子镇、王庄镇督导"),
    ("cz03", "王庄镇", "town", "standalone", "到屯子镇、王庄镇督导"),
    ("cz04", "淇县", "county", "standalone", "副市长禹宏刚到淇县调研"),
    ("cz04", "朝歌古城", "heritage_site", "in_project_name", "先后来到朝歌古城保护利用工程、云梦山景区提升项目现场"),
    ("cz04", "云梦山", "mountain", "in_project_name", "先后来到朝歌古城保护利用工程、云梦山景区提升项目现场"),
    ("cz04", "淇河", "river", "standalone", "串联淇河沿线景区"),
    ("cz04", "豫北", "region", "standalone", "打造豫北文旅目的地"),
    ("cz04", "经开区", "development_zone", "standalone", "3月18日，经开区召开2024年度招商引资工作会议"),
    ("cz04", "鹤壁经开区", "development_zone", "in_project_name", "加快鹤壁经开区电子信息产业园三期招商入驻"),
    ("cz05", "溧阳", "county_level_city", "standalone", "溧阳开展节前安全生产大检查"),
    ("cz05", "溧阳市", "county_level_city", "in_title", "溧阳市副市长缪文昊带队"),
    ("cz05", "天目湖镇", "town", "standalone", "到天目湖镇、埭头镇开展中秋"),
    ("cz05", "埭头镇", "town", "standalone", "到天目湖镇、埭头镇开展中秋"),
    ("cz05", "天目湖旅游度假区", "resort", "standalone", "天目湖旅游度假区游客中心"),
    ("cz05", "经开区", "development_zone", "standalone", "9月14日，经开区召开重点项目建设推进会"),
    ("cz05", "常州经开区", "development_zone", "in_project_name", "常州经开区轨道交通产业园二期主体封顶"),
    ("cz05", "横山桥镇", "town", "standalone", "横山桥镇、遥观镇一批先进制造项目"),
    ("cz05", "遥观镇", "town", "standalone", "横山桥镇、遥观镇一批先进制造项目"),
    ("cz05", "潞城街道", "sub_district_office", "standalone", "潞城街道、横林镇作了交流发言"),
    ("cz05", "横林镇", "town", "standalone", "潞城街道、横林镇作了交流发言"),
    ("cz05", "金坛区", "district", "in_title", "金坛区副区长蒋雨晴到直溪镇"),
    ("cz05", "直溪镇", "town", "standalone", "到直溪镇、朱林镇督查"),
    ("cz05", "朱林镇", "town", "standalone", "到直溪镇、朱林镇督查"),
    ("cz06", "金坛区", "district", "standalone", "市长姚振邦到金坛区调研"),
    ("cz06", "金坛", "district", "standalone", "金坛要加快打造"),
    ("cz06", "金坛华罗庚高新区", "development_zone", "in_project_name", "先后来到金坛华罗庚高新区动力电池产业园三期"),
    ("cz06", "儒林镇", "town", "in_project_name", "儒林镇长荡湖生态修复工程现场"),
    ("cz06", "长荡湖", "lake", "in_project_name", "儒林镇长荡湖生态修复工程现场"),
    ("cz06", "经开区", "development_zone", "standalone", "8月22日，经开区召开上半年经济运行分析会"),
    ("cz06", "常州经开区", "development_zone", "in_project_name", "加快常州经开区轨道交通产业园二期招商"),
    ("cz06", "横林镇", "town", "standalone", "推动横林镇、遥观镇工业用地提质增效"),
    ("cz06", "遥观镇", "town", "standalone", "推动横林镇、遥观镇工业用地提质增效"),
    ("cz06", "横山桥镇", "town", "standalone", "横山桥镇、戚墅堰街道作了交流发言"),
    ("cz06", "戚墅堰街道", "sub_district_office", "standalone", "横山桥镇、戚墅堰街道作了交流发言"),
    ("cz07", "高新区", "development_zone", "in_title", "高新区党工委书记罗昌平主持召开"),
    ("cz07", "绵阳高新区", "development_zone", "in_project_name", "加快绵阳高新区电子信息产业园四期建设"),
    ("cz07", "中国科技城", "area", "standalone", "加快建设中国科技城核心区"),
    ("cz07", "三台县", "county", "in_title", "三台县委副书记、县长苟明华到芦溪镇"),
    ("cz07", "芦溪镇", "town", "standalone", "县长苟明华到芦溪镇、西平镇调研"),
    ("cz07", "西平镇", "town", "standalone", "县长苟明华到芦溪镇、西平镇调研"),
    ("cz08", "江油市", "county_level_city", "standalone", "7月8日，江油市召开防汛减灾工作推进会"),
    ("cz08", "涪江", "river", "standalone", "紧盯涪江、通口河沿岸"),
    ("cz08", "通口河", "river", "standalone", "紧盯涪江、通口河沿岸"),
    ("cz08", "青莲镇", "town", "standalone", "青莲镇、武都镇等重点区域"),
    ("cz08", "武都镇", "town", "standalone", "青莲镇、武都镇等重点区域"),
    ("cz08", "三台县", "county", "standalone", "副市长岳清泉到三台县调研"),
    ("cz08", "三台工业园区", "development_zone", "in_project_name", "先后来到三台工业园区食品产业园二期"),
    ("cz08", "芦溪工业集中区", "zone_park", "standalone", "芦溪工业集中区，察看项目建设进度"),
    ("cz09", "于都", "county", "standalone", "于都：项目建设跑出“加速度”"),
    ("cz09", "于都县", "county", "in_title", "于都县委副书记、县长钟以恒深入贡江镇"),
    ("cz09", "贡江镇", "town", "standalone", "深入贡江镇、梓山镇调研"),
    ("cz09", "梓山镇", "town", "standalone", "深入贡江镇、梓山镇调研"),
    ("cz09", "贡江", "river", "in_project_name", "察看了贡江于都段防洪治理工程"),
    ("cz09", "经开区", "development_zone", "standalone", "11月10日，经开区召开“项目大会战”推进会"),
    ("cz09", "蟠龙镇", "town", "standalone", "蟠龙镇、湖边镇和相关部门"),
    ("cz09", "湖边镇", "town", "standalone", "蟠龙镇、湖边镇和相关部门"),
    ("cz09", "赣州经开区", "development_zone", "in_project_name", "加快赣州经开区新能源汽车科技城二期建设"),
    ("cz10", "于都县", "county", "standalone", "副市长曾凡超到于都县调研"),
    ("cz10", "车溪乡", "township", "standalone", "车溪乡坝脑村、于都县纺织服装产业园三期"),
    ("cz10", "坝脑村", "village", "standalone", "车溪乡坝脑村、于都县纺织服装产业园三期"),
    ("cz10", "信丰县", "county", "standalone", "5月13日，信丰县召开脐橙产业高质量发展推进会"),
    ("cz10", "大塘埠镇", "town", "standalone", "大塘埠镇、安西镇作了交流发言"),
    ("cz10", "安西镇", "town", "standalone", "大塘埠镇、安西镇作了交流发言"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cz", conventions="set cz (blind set: PDF-extracted city-paper pages of cities other than 郑州 — 洛阳日报 (宜阳县, 栾川县, 洛阳高新区), 鹤壁日报 (淇县, 浚县, 鹤壁经开区), 常州日报 (溧阳市, 金坛区, 常州经开区), 绵阳日报 (三台县, 江油市, 绵阳高新区), 赣南日报 (于都县, 信丰县, 赣州经开区): 2–3 stories a page, column-broken lines, 导读 boxes and running heads as chrome, photo captions (记者 … 摄 = photographer), bracketed signatures (author), 责编 / 美编 / 校对 at the foot (editors of the last story); bare 市委 / 市政府 / 副市长 = the paper's city, bare 县委 / 县 / 市 / 镇 inside a story about a county or county-level city = that place; 淇县县委 → 淇县委; bare 经开区 = 鹤壁 / 常州 / 赣州经开区 and bare 高新区 = 洛阳 / 绵阳高新区 by paper; 观摩 a site observation and its 点评会 a meeting; one line per post per article)",
          persons_note="Set cz persons. id = corpus-wide person_id (cz:胡振宇#1 于都县副县长 (江西) and cz:胡振宇#2 栾川县陶湾镇党委书记 (河南) are two people; cz:黄泽宇#1 三台县芦溪镇党委书记 (四川) and cz:黄泽宇#2 信丰县长 (江西) are two people; cz:党振峰 宜阳县长 2021 → 县委书记 2023; cz:禹宏刚 淇县委书记 2022 → 鹤壁市委常委、副市长 2024; cz:缪文昊 溧阳市副市长 2021 → 金坛区长 2023; cz:何嘉树 绵阳高新区管委会副主任 2022 → 江油市长 2024; cz:钟以恒 于都县长 2022 → 县委书记 2024; cz:曾凡超 赣州经开区管委会主任 2022 → 赣州市副市长 2024)")


if __name__ == "__main__":
    main()
