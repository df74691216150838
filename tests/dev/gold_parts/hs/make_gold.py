"""Write gold part ``hs`` (a blind set, held-out-like mix, 30th round: ordinary local news from 江苏, 浙江, 上海, 安徽, 山东
and 河南 — county-level city, county and district sites, a zone's site, a city paper; inspections, signings, a 推进会;
same-named organs of different places; officials moving) from the tables below.

Pages ``tests/dev/texts/hs*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 句容 portal (今日句容) 常务会议 item (``作者: 日期:
2019-12-26 浏览量:``, a bare day ``25日，市长…主持召开``, a list ``市委常委、常务副市长…，市委常委、副市长…，副市长…出席``, two
bare author names at the end); a 潍坊广电新媒体 item of the 市长's 调研 in 青州市 and 临朐县 (``市委常委、临朐县委书记…参加有关活动。
市政府秘书长…参加调研``, a 座谈会 during the 调研); a 潍坊日报 page (``第03版:综合新闻 上一版 下一版 版面导航 … 标题导航``, ``□本报
记者 … 通讯员 …``, 高新区新城街道 bare in a city paper); a 潍坊融媒 page on 潍坊高新区清池街道 (``来源:潍坊融媒 发布时间:``);
the 宝山区 政法综治工作大会 item (``区委书记…出席会议并讲话…区委副书记、区长…主持会议。区委常委、政法委书记…``) and a 宝山 区政府
常务会议 item copied on a portal (``发布时间: 来源:上海市宝山区人民政府``, ``上一条 / 下一条``); a 普陀区 区委书记's 调研 of two
街道 (``在真如镇街道办事处，…在甘泉路街道办事处，…``); the 嵊州 site's page of 城南新区(三江街道) (``发布机构: 城南新区(三江
街道)``, ``发布日期: 信息来源:嵊州市 浏览次数: 字号:[ ]``) and the 绍兴 总工会 page on it (``副市长、党工委书记``, ``两块牌子，
一套班子``, 新昌县七星街道 next to it); the 宿松融媒讯 item of the 县长's 调研 (``县领导…参加调研``, ``（融媒体记者 … 特约通讯员）``)
and a 宿松 县政协 item (``来源: 2019-12-13``, ``（县政协办）``, 经开区 bare); the 潜山 纪检监察网 item (``来源:… 发布时间:``, ``市领导
…参加，舒城县委书记…、县长…等陪同考察``); a 栾川 调研 item (``作者: 点击量: 【字体:大 中 小】``, ``县委常委副县长``, ``责任编辑:``);
three 内乡县人民政府门户网站 items (``首页 > 要闻 > 内乡要闻``, stamp line ``内乡县人民政府门户网站 www… 2024-06-17 22:57 来源:``,
a 周调度会 with ``县委副书记、县长…出席会议并讲话，县领导…出席``, ``（融媒体中心）``, ``责任编辑:``); the 镇江日报 digital edition
(``2024年01月02日 第05版:宜风瑞气新丹徒``, ``本报记者 …``) and 金山网讯 items (``（记者 …） 责任编辑:``). Places are real: 江苏
镇江 (句容市 with 宝华镇 and 句容经济开发区; 镇江高新区), 山东 潍坊 (潍坊高新区 with 清池街道, 新城街道; 青州市 with 王府街道,
弥河镇), 安徽 安庆 (潜山市, 宿松县), 浙江 绍兴 (嵊州市 三江街道, 新昌县 七星街道), 上海 宝山区 (吴淞街道, 友谊路街道), 河南 洛阳
偃师区 (府店镇, 首阳山街道).

Shapes: the 句容 portal's 时政要闻 item (``作者： 日期： 浏览量：``, a bare day ``16日``, 市长's 调研 of a town and the 经济开发区,
a 相关阅读 list) (hs01); the 镇江日报 第A02版 of a zone's 集中签约活动 with the former 句容 市长 now 副市长 and a 调研 before the
signing, an 本版其他新闻 list (hs02); the 潍坊高新区 site (管委会主任's 调研 of two 街道, bare ``街道党工委书记`` after ``在清池
街道，``) (hs03); the 青州 site (the former 管委会主任 now 市委书记; 调研 and 座谈会; 相关新闻 list) (hs04); the 潜山 site's 集中签约
仪式 (市委书记 讲话, 市长 主持, the 常务副市长 introduces the projects, an 安庆 department head, bare 经开区) (hs05); the 宿松 site
(the former 潜山 常务副市长 now 宿松 县长; ``县领导…参加调研``; bare 经开区) (hs06); the 嵊州 site (市长's 调研 of 城南新区（三江
街道）; the 街道党工委书记 who moves) (hs07); the 新昌 site (that person now 县委常委、副县长, 检查 of 七星街道; bare 街道 organs)
(hs08); the 宝山区 site (区委书记's 调研 of two 街道; 区委常委、副区长 季伟东#1) (hs09); the 偃师区 site (推进会; 区委书记 出席并讲话,
区长 主持, 区委常委、副区长 季伟东#2 通报) (hs10).

Identity cases:
- hs:宣立衡: 句容市委副书记、市长 in March 2022 (hs01) → 镇江市副市长 in June 2024 (hs02).
- hs:邰恒远: 潍坊高新区党工委副书记、管委会主任 in Sept 2021 (hs03) → 青州市委书记 in April 2024 (hs04).
- hs:操启明: 潜山市委常委、常务副市长 in Nov 2021 (hs05) → 宿松县委副书记、县长 in May 2023 (hs06) (two places of 安庆).
- hs:俞佳楠: 嵊州市三江街道党工委书记 in July 2022 (hs07) → 新昌县委常委、副县长 in Aug 2024 (hs08) (two places of 绍兴).
- two different 季伟东 in unrelated places, with the same title in the same year: hs:季伟东#1 is 上海市宝山区委常委、副区长
  (hs09, June 2023); hs:季伟东#2 is 偃师区委常委、副区长 (河南 洛阳, hs10, Sept 2023).
- one organ name of several places: bare ``高新区`` / ``高新区党工委书记`` is 镇江高新区's in the 镇江日报 (hs02) and 潍坊高新区's
  on its own site (hs03); bare ``经开区`` / ``经开区党工委书记`` is 潜山经开区's (hs05) and 宿松经开区's (hs06); bare ``区委`` /
  ``区委书记`` / ``区委常委、副区长`` is 上海市宝山区's (hs09) and 偃师区's (hs10); bare ``街道党工委书记`` / ``街道党工委副书记、
  办事处主任`` is 潍坊高新区清池 / 新城街道's (hs03), 嵊州市三江街道's (hs07), 新昌县七星街道's (hs08) and 上海市宝山区友谊路街道's
  (hs09); bare ``市委书记`` / ``市委副书记、市长`` is 句容's, 青州's, 潜山's and 嵊州's on their own sites.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, hf, hl where they speak; decided here where they are silent):
- Bare organs take the page's place (CONVENTIONS): on a county-level city's site ``市委`` / ``市政府`` / ``副市长`` are that city's
  (句容市, 青州市, 潜山市, 嵊州市); on a county site ``县委`` / ``县X局`` the county's; in the 镇江日报 ``副市长`` / ``市政府副秘书长``
  → 镇江市政府; ``潍坊市委`` / ``洛阳市委`` written with the city are places in an organ reference (no post is held there).
- ``市委常委、市委秘书长`` (hs04) → 青州市委 常委 + 青州市委 秘书长 (the 市委's own 秘书长, as bs's 地委委员、秘书长).
- Zones: bare 高新区 on the 镇江 paper = ``镇江高新区``, on the 潍坊高新区 site = ``潍坊高新区`` (党工委 with 书记 / 副书记 / 委员,
  管委会 with 主任 / 副主任, as bq). County-level zones: city or county name without 市 / 县 + 经开区: ``潜山经开区``, ``宿松经开区``
  (as earlier gold's 灌南经开区, 五河经开区). DECIDED HERE: ``句容经济开发区`` (a 经济开发区, not a 经济技术开发区, so not folded)
  keeps its written name as the label: 句容经济开发区党工委 副书记 + 句容经济开发区管委会 主任 (as earlier gold's 威县经济开发区管委会).
- The streets of 潍坊高新区 take the zone label (as bq's 托管 towns and earlier gold's 潍坊高新区清池街道党工委): ``在清池街道，
  …街道党工委书记臧立群`` → 潍坊高新区清池街道党工委 书记; ``街道党工委副书记、办事处主任`` → …街道党工委 副书记 + …街道办事处
  主任. Towns: ``在宝华镇，…镇党委书记储文涛`` → 句容市宝华镇党委 书记.
- DECIDED HERE (城南新区（三江街道）, one body with two names): the titles name the 街道 (``三江街道党工委书记``), so the organs are
  the street's: 嵊州市三江街道党工委 / 嵊州市三江街道办事处; 城南新区 is a place (kind ``new_area``), not a zone label.
- 宝山区 is also 双鸭山's: ``上海市宝山区`` (as hl's 上海市普陀区); its streets ``上海市宝山区吴淞街道`` etc. 偃师区 is unique.
- ``县领导龚海澄、吴正阳`` (hs06) is no post (CONVENTIONS); they are attendees. A department head on another city's page is of
  that department as written: ``安庆市投资促进局副局长`` on the 潜山 site → 安庆市投资促进局 副局长.
- Events: 调研 / 检查 are ``inspection`` (leader; 参加 / 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers);
  the 座谈会 after the 调研 (hs04) is its own meeting; the 调研 before the 签约 in hs02 is its own inspection; 集中签约活动 /
  集中签约仪式 are ``ceremony`` (chair when 主持; ``出席并讲话`` / ``出席并致辞`` gives attendee and speaker, as bq05); the 推进会
  (hs10) is a meeting (``作表态发言`` is speaking). A person who signs for the zone (``余卫东与企业代表现场签约``) is an attendee.
- DECIDED HERE (a bare day): ``16日`` / ``12日上午`` on a page dated 2022-03-17 / in the 2024年6月13日 edition is that month's day
  (2022-03-16, 2024-06-12).
- Lists of links (``相关阅读``, ``相关新闻``, ``本版其他新闻``, ``上一篇`` / ``下一篇``) are chrome (as hf): 丹徒区, 扬中 in hs02's
  list are not annotated. Site lines, mastheads, 来源 lines and footers are not annotated.
- Bylines: ``作者：`` is an author line; a bare media-centre credit ``（青州市融媒体中心 孔令宸）`` an author line (``供稿``, as bs);
  ``（记者 …）``, ``本报讯（记者 … 通讯员 …）``, ``（融媒体记者 … 特约通讯员 …）`` reporter / correspondent lines; 编辑 / 审核 /
  责任编辑 / 本版责任编辑 editor lines; ``（市投资促进中心）`` / ``（县应急管理局）`` name no person.
- Projects: named works inspected, signed or reported: …产业园 (and its 二期 / 三期 厂房) ``industrial_park``; 老旧小区 / 旧住房
  改造 ``housing_project``; 堤防 / 大堤 / 排涝站 / 泵站 works ``engineering_work``; 生态廊道 / 生态治理 / 滨江贯通 ``greening_project``;
  污水管网 ``infrastructure_project``; signed 项目, 科创智谷, 未来社区, 历史街区 and 服务中心 works ``project``.
- Places: one line per name per file, as written; a page that writes a zone both ways has both (镇江高新区 / 高新区; 宿松经开区 /
  经开区); places inside organ references and project names count.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hs01_jurong.txt": (2022, "日期：2022-03-17", "句容市", [
        ("宣立衡调研宝华镇和句容经济开发区重点项目建设", "16日", "2022-03-16", "16日，市委副书记",
         "county-level city portal: the 市长's 调研 of 宝华镇 and the 句容经济开发区 (bare day, 作者 line)")]),
    "hs02_zhenjiang.txt": (2024, "2024年6月13日　星期四", "镇江市", [
        ("镇江高新区二季度重点项目集中签约", "12日上午", "2024-06-12", "本报讯（记者 蒋思妍 通讯员 芮晨阳）12日上午",
         "city paper 第A02版: the zone's 集中签约活动; the former 句容 市长 now 副市长; a 调研 before the signing")]),
    "hs03_weifang.txt": (2021, "发布时间：2021-09-09 17:36", "潍坊高新区", [
        ("邰恒远到清池街道、新城街道调研重点项目和城市更新工作", "9月8日", "2021-09-08", "9月8日，高新区党工委",
         "zone site: the 管委会主任's 调研 of two 街道; bare 街道 organs")]),
    "hs04_qingzhou.txt": (2024, "发布日期：2024-04-11 09:12", "青州市", [
        ("邰恒远在王府街道、弥河镇调研时强调", "4月10日", "2024-04-10", "4月10日，市委书记",
         "county-level city site: the former 潍坊高新区 管委会主任 now 市委书记; 调研 and 座谈会")]),
    "hs05_qianshan.txt": (2021, "发布时间：2021-11-26 10:05", "潜山市", [
        ("潜山市举行2021年第四季度重点项目集中签约仪式", "11月25日上午", "2021-11-25", "11月25日上午，我市举行",
         "county-level city site: 集中签约仪式 (书记 讲话, 市长 主持, 常务副市长 introduces); bare 经开区")]),
    "hs06_susong.txt": (2023, "发布时间：2023-05-10 08:47", "宿松县", [
        ("操启明调研汛前水利工程和经开区重点项目", "5月9日", "2023-05-09", "宿松融媒讯 5月9日",
         "county site: the former 潜山 常务副市长 now 县长; 县领导 without titles; bare 经开区")]),
    "hs07_shengzhou.txt": (2022, "发布日期：2022-07-15", "嵊州市", [
        ("邢振岳到城南新区（三江街道）调研产业平台建设", "7月14日", "2022-07-14", "7月14日，市委副书记",
         "county-level city site: the 市长's 调研 of 城南新区（三江街道）; its 街道党工委书记 (moves to 新昌)")]),
    "hs08_xinchang.txt": (2024, "发布日期：2024-08-02 16:40", "新昌县", [
        ("俞佳楠检查七星街道防台防汛工作", "8月1日", "2024-08-01", "8月1日，针对今年第3号台风",
         "county site: the former 三江街道 书记 now 县委常委、副县长; 检查 of 七星街道; bare 街道 organs")]),
    "hs09_baoshan.txt": (2023, "发布日期：2023-06-21", "上海市宝山区", [
        ("严嘉树到吴淞街道、友谊路街道调研城市更新和基层治理工作", "6月20日", "2023-06-20", "6月20日，区委书记",
         "district site: the 区委书记's 调研 of two 街道; 区委常委、副区长 季伟东#1")]),
    "hs10_yanshi.txt": (2023, "2023-09-27 16:20", "偃师区", [
        ("偃师区召开三季度重点项目建设推进会", "9月26日", "2023-09-26", "9月26日，偃师区召开",
         "district site (stamp line with the site name): 推进会; 区委常委、副区长 季伟东#2 通报")]),
}

JR, ZJ, WG, QZ, QS, SS, SZ, XC, BS, YS = ("句容市", "镇江市", "潍坊高新区", "青州市", "潜山市", "宿松县", "嵊州市", "新昌县",
                                          "上海市宝山区", "偃师区")
_HS01_FAN = "句容经济开发区党工委副书记、管委会主任樊立舟"
_HS03_PANG = "街道党工委副书记、办事处主任逄雪菲"
_HS07_QIAN = "街道党工委副书记、办事处主任钱晓波"
_HS09_TANG = "街道党工委副书记、办事处主任汤慧琳"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 镇江 (句容市, 镇江高新区)
    "hs:宣立衡": ("宣立衡", "official", ZJ, [
        ("hs01", JR + "委", "副书记", "市委副书记、市长宣立衡", "2022-03 (identity case: 镇江市副市长 in 2024, hs02)"),
        ("hs01", JR + "政府", "市长", "市委副书记、市长宣立衡", "bare 市 on the 句容 portal = 句容市"),
        ("hs02", ZJ + "政府", "副市长", "副市长宣立衡出席并致辞", "2024-06: now 镇江市副市长 (bare in the 镇江日报)")], []),
    "hs:甘启帆": ("甘启帆", "official", JR, [
        ("hs01", JR + "委", "常委", "市委常委、常务副市长甘启帆", None),
        ("hs01", JR + "政府", "常务副市长", "市委常委、常务副市长甘启帆", None)], []),
    "hs:鲍晓琳": ("鲍晓琳", "official", JR, [
        ("hs01", JR + "政府", "副市长", "副市长鲍晓琳参加调研", None)], []),
    "hs:储文涛": ("储文涛", "official", JR, [
        ("hs01", JR + "宝华镇党委", "书记", "镇党委书记储文涛", "bare 镇 after 在宝华镇")], []),
    "hs:樊立舟": ("樊立舟", "official", JR, [
        ("hs01", "句容经济开发区党工委", "副书记", _HS01_FAN, "DECIDED HERE: 经济开发区 is not folded; label as written"),
        ("hs01", "句容经济开发区管委会", "主任", _HS01_FAN, None)], []),
    "hs:言海波": ("言海波", "official", ZJ, [
        ("hs02", ZJ + "政府", "副秘书长", "市政府副秘书长言海波", None)], []),
    "hs:卜俊峰": ("卜俊峰", "official", "镇江高新区", [
        ("hs02", "镇江高新区党工委", "书记", "高新区党工委书记卜俊峰主持签约活动", "bare 高新区 in the 镇江日报 = 镇江高新区 (潍坊高新区 in hs03)")], []),
    "hs:柏文骞": ("柏文骞", "official", "镇江高新区", [
        ("hs02", "镇江高新区党工委", "副书记", "高新区党工委副书记、管委会主任柏文骞", None),
        ("hs02", "镇江高新区管委会", "主任", "高新区党工委副书记、管委会主任柏文骞", None)], []),
    # ---- 潍坊 (潍坊高新区, 青州市)
    "hs:邰恒远": ("邰恒远", "official", "潍坊市", [
        ("hs03", WG + "党工委", "副书记", "高新区党工委副书记、管委会主任邰恒远", "2021-09 (identity case: 青州市委书记 in 2024, hs04)"),
        ("hs03", WG + "管委会", "主任", "高新区党工委副书记、管委会主任邰恒远", None),
        ("hs04", QZ + "委", "书记", "市委书记邰恒远到王府街道", "2024-04: now 青州市委书记")], []),
    "hs:郇志伟": ("郇志伟", "official", WG, [
        ("hs03", WG + "党工委", "委员", "党工委委员、管委会副主任郇志伟", None),
        ("hs03", WG + "管委会", "副主任", "党工委委员、管委会副主任郇志伟", None)], []),
    "hs:臧立群": ("臧立群", "official", WG, [
        ("hs03", WG + "清池街道党工委", "书记", "街道党工委书记臧立群", "bare 街道 after 在清池街道; the zone's street takes the zone label")], []),
    "hs:逄雪菲": ("逄雪菲", "official", WG, [
        ("hs03", WG + "新城街道党工委", "副书记", _HS03_PANG, "bare 街道 after 在新城街道"),
        ("hs03", WG + "新城街道办事处", "主任", _HS03_PANG, None)], []),
    "hs:尉明轩": ("尉明轩", "official", QZ, [
        ("hs04", QZ + "委", "副书记", "市委副书记、市长尉明轩", None),
        ("hs04", QZ + "政府", "市长", "市委副书记、市长尉明轩", None)], []),
    "hs:冀宏涛": ("冀宏涛", "official", QZ, [
        ("hs04", QZ + "委", "常委", "市委常委、市委秘书长冀宏涛", None),
        ("hs04", QZ + "委", "秘书长", "市委常委、市委秘书长冀宏涛", "the 市委's own 秘书长")], []),
    "hs:綦海宁": ("綦海宁", "official", QZ, [
        ("hs04", QZ + "王府街道党工委", "书记", "王府街道党工委书记綦海宁", None)], []),
    "hs:栾振东": ("栾振东", "official", QZ, [
        ("hs04", QZ + "弥河镇党委", "书记", "弥河镇党委书记栾振东", None)], []),
    # ---- 安庆 (潜山市, 宿松县)
    "hs:桂宏章": ("桂宏章", "official", QS, [
        ("hs05", QS + "委", "书记", "市委书记桂宏章出席并讲话", None)], []),
    "hs:汪若晖": ("汪若晖", "official", QS, [
        ("hs05", QS + "委", "副书记", "市委副书记、市长汪若晖主持签约仪式", None),
        ("hs05", QS + "政府", "市长", "市委副书记、市长汪若晖主持签约仪式", None)], []),
    "hs:晏子良": ("晏子良", "official", "安庆市", [
        ("hs05", "安庆市投资促进局", "副局长", "安庆市投资促进局副局长晏子良", "another city's department, as written")], []),
    "hs:操启明": ("操启明", "official", "安庆市", [
        ("hs05", QS + "委", "常委", "市委常委、常务副市长操启明", "2021-11 (identity case: 宿松县长 in 2023, hs06)"),
        ("hs05", QS + "政府", "常务副市长", "市委常委、常务副市长操启明", None),
        ("hs06", SS + "委", "副书记", "县委副书记、县长操启明调研", "2023-05: now 宿松县委副书记、县长"),
        ("hs06", SS + "政府", "县长", "县委副书记、县长操启明调研", None)], []),
    "hs:余卫东": ("余卫东", "official", QS, [
        ("hs05", "潜山经开区党工委", "书记", "经开区党工委书记余卫东", "bare 经开区 on the 潜山 site = 潜山经开区 (宿松经开区 in hs06)")], []),
    "hs:贺书铭": ("贺书铭", "official", SS, [
        ("hs06", SS + "委", "常委", "县委常委、副县长贺书铭陪同", None),
        ("hs06", SS + "政府", "副县长", "县委常委、副县长贺书铭陪同", None)], []),
    "hs:石卫华": ("石卫华", "official", SS, [
        ("hs06", "宿松经开区党工委", "书记", "经开区党工委书记石卫华", "bare 经开区 on the 宿松 site = 宿松经开区")], []),
    "hs:龚海澄": ("龚海澄", "official", SS, [], ["hs06"]),
    "hs:吴正阳": ("吴正阳", "official", SS, [], ["hs06"]),
    # ---- 绍兴 (嵊州市, 新昌县)
    "hs:邢振岳": ("邢振岳", "official", SZ, [
        ("hs07", SZ + "委", "副书记", "市委副书记、市长邢振岳", "named in the headline too"),
        ("hs07", SZ + "政府", "市长", "市委副书记、市长邢振岳", None)], []),
    "hs:竺立新": ("竺立新", "official", SZ, [
        ("hs07", SZ + "委", "常委", "市委常委、副市长竺立新", None),
        ("hs07", SZ + "政府", "副市长", "市委常委、副市长竺立新", None)], []),
    "hs:俞佳楠": ("俞佳楠", "official", "绍兴市", [
        ("hs07", SZ + "三江街道党工委", "书记", "三江街道党工委书记俞佳楠", "2022-07; DECIDED HERE: 城南新区（三江街道） organs are the street's (identity case: 新昌县委常委、副县长 in 2024, hs08)"),
        ("hs08", XC + "委", "常委", "县委常委、副县长俞佳楠", "2024-08: now in 新昌县"),
        ("hs08", XC + "政府", "副县长", "县委常委、副县长俞佳楠", None)], []),
    "hs:钱晓波": ("钱晓波", "official", SZ, [
        ("hs07", SZ + "三江街道党工委", "副书记", _HS07_QIAN, "bare 街道 right after 三江街道党工委书记"),
        ("hs07", SZ + "三江街道办事处", "主任", _HS07_QIAN, None)], []),
    "hs:丁荣川": ("丁荣川", "official", XC, [
        ("hs08", XC + "水利局", "局长", "县水利局局长丁荣川", None)], []),
    "hs:阮志成": ("阮志成", "official", XC, [
        ("hs08", XC + "应急管理局", "局长", "县应急管理局局长阮志成", None)], []),
    "hs:梁晓澍": ("梁晓澍", "official", XC, [
        ("hs08", XC + "七星街道党工委", "书记", "街道党工委书记梁晓澍", "bare 街道 after 在七星街道")], []),
    "hs:潘颖": ("潘颖", "official", XC, [
        ("hs08", XC + "七星街道办事处", "主任", "街道办事处主任潘颖", None)], []),
    # ---- 上海 宝山区
    "hs:严嘉树": ("严嘉树", "official", BS, [
        ("hs09", BS + "委", "书记", "区委书记严嘉树到吴淞街道", "宝山区 is also 双鸭山's: 上海市宝山区")], []),
    "hs:季伟东#1": ("季伟东", "official", BS, [
        ("hs09", BS + "委", "常委", "区委常委、副区长季伟东参加调研", "上海 宝山区, 2023-06; not the 季伟东 of 偃师区 (hs10)"),
        ("hs09", BS + "政府", "副区长", "区委常委、副区长季伟东参加调研", None)], []),
    "hs:蒋晓冬": ("蒋晓冬", "official", BS, [
        ("hs09", BS + "吴淞街道党工委", "书记", "吴淞街道党工委书记蒋晓冬", None)], []),
    "hs:汤慧琳": ("汤慧琳", "official", BS, [
        ("hs09", BS + "友谊路街道党工委", "副书记", _HS09_TANG, "bare 街道 after 在友谊路街道"),
        ("hs09", BS + "友谊路街道办事处", "主任", _HS09_TANG, None)], []),
    # ---- 洛阳 偃师区
    "hs:郜振廷": ("郜振廷", "official", YS, [
        ("hs10", YS + "委", "书记", "区委书记郜振廷出席会议并讲话", None)], []),
    "hs:翟文朔": ("翟文朔", "official", YS, [
        ("hs10", YS + "委", "副书记", "区委副书记、区长翟文朔主持会议", None),
        ("hs10", YS + "政府", "区长", "区委副书记、区长翟文朔主持会议", None)], []),
    "hs:季伟东#2": ("季伟东", "official", YS, [
        ("hs10", YS + "委", "常委", "区委常委、副区长季伟东通报了", "河南 洛阳 偃师区, 2023-09; not the 季伟东 of 上海 宝山区 (hs09)"),
        ("hs10", YS + "政府", "副区长", "区委常委、副区长季伟东通报了", None)], []),
    "hs:侯振华": ("侯振华", "official", YS, [
        ("hs10", YS + "府店镇党委", "书记", "府店镇党委书记侯振华", None)], []),
    "hs:段景曜": ("段景曜", "official", YS, [
        ("hs10", YS + "首阳山街道党工委", "书记", "首阳山街道党工委书记段景曜", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hs01", "殷子澄", "作者", "author", "作者：殷子澄"),
    ("hs01", "邹慧芳", "审核", "editor", "审核：邹慧芳"),
    ("hs02", "蒋思妍", "记者", "reporter", "本报讯（记者 蒋思妍 通讯员 芮晨阳）"),
    ("hs02", "芮晨阳", "通讯员", "correspondent", "本报讯（记者 蒋思妍 通讯员 芮晨阳）"),
    ("hs02", "蒋敬远", "本版责任编辑", "editor", "本版责任编辑：蒋敬远"),
    ("hs03", "隋欣然", "编辑", "editor", "编辑：隋欣然"),
    ("hs03", "宗海岚", "审核", "editor", "审核：宗海岚"),
    ("hs04", "孔令宸", "供稿", "author", "（青州市融媒体中心 孔令宸）"),
    ("hs04", "房晓涵", "责任编辑", "editor", "责任编辑：房晓涵"),
    ("hs05", "储雨桐", "责任编辑", "editor", "责任编辑：储雨桐"),
    ("hs06", "吴梦娇", "融媒体记者", "reporter", "（融媒体记者 吴梦娇 特约通讯员 石莹）"),
    ("hs06", "石莹", "特约通讯员", "correspondent", "（融媒体记者 吴梦娇 特约通讯员 石莹）"),
    ("hs06", "石嘉禾", "责任编辑", "editor", "责任编辑：石嘉禾"),
    ("hs07", "周亦凡", "记者", "reporter", "（记者 周亦凡）"),
    ("hs07", "竹梦琪", "责任编辑", "editor", "责任编辑：竹梦琪"),
    ("hs08", "吕佳蔚", "编辑", "editor", "编辑：吕佳蔚"),
    ("hs09", "顾文漪", "编辑", "editor", "编辑：顾文漪"),
    ("hs10", "陶思彤", "供稿", "author", "（偃师区融媒体中心 陶思彤）"),
    ("hs10", "缑晓蕾", "责任编辑", "editor", "责任编辑：缑晓蕾"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hs01", "宝华镇和句容经济开发区重点项目建设调研", "inspection (调研)", "16日", None, "宣立衡", [],
     ["甘启帆", "鲍晓琳"], ["储文涛", "宣立衡", "樊立舟", "甘启帆", "鲍晓琳"], "宝华镇、句容经济开发区",
     "市委副书记、市长宣立衡先后来到宝华镇和句容经济开发区，调研一季度重点项目建设和企业复工达产情况",
     ["市长宣立衡先后来到宝华镇和句容经济开发区", "副市长鲍晓琳参加调研", "镇党委书记储文涛汇报了", "宣立衡指出",
      "管委会主任樊立舟介绍了", "宣立衡强调", "甘启帆就做好要素保障", "鲍晓琳要求"]),
    ("hs02", "镇江高新区二季度重点项目集中签约活动", "ceremony (集中签约活动)", "12日上午", "卜俊峰", None, ["镇江高新区"],
     ["宣立衡", "言海波"], ["宣立衡", "柏文骞", "卜俊峰"], "镇江高新区",
     "12日上午，镇江高新区举行二季度重点项目集中签约活动",
     ["副市长宣立衡出席并致辞", "市政府副秘书长言海波参加活动", "高新区党工委书记卜俊峰主持签约活动", "宣立衡在致辞中表示",
      "管委会主任柏文骞推介了", "卜俊峰表示"]),
    ("hs02", "高新区智能装备产业园标准厂房建设调研", "inspection (调研)", "12日上午", None, "宣立衡", [],
     [], ["宣立衡"], "镇江高新区",
     "签约活动前，宣立衡一行调研了高新区智能装备产业园标准厂房建设情况",
     ["宣立衡一行调研了", "要求加快建设进度"]),
    ("hs03", "清池街道、新城街道重点项目和城市更新调研", "inspection (调研)", "9月8日", None, "邰恒远", [],
     ["郇志伟"], ["臧立群", "逄雪菲", "邰恒远", "郇志伟"], "清池街道、新城街道",
     "高新区党工委副书记、管委会主任邰恒远到清池街道、新城街道，调研重点项目建设和城市更新工作",
     ["管委会主任邰恒远到清池街道、新城街道", "管委会副主任郇志伟参加调研", "街道党工委书记臧立群汇报了", "办事处主任逄雪菲介绍了",
      "邰恒远强调", "郇志伟就加快项目手续办理"]),
    ("hs04", "王府街道、弥河镇古城保护利用和乡村振兴调研", "inspection (调研)", "4月10日", None, "邰恒远", [],
     ["尉明轩", "冀宏涛"], ["綦海宁", "邰恒远", "栾振东"], "王府街道、弥河镇",
     "市委书记邰恒远到王府街道、弥河镇，调研古城保护利用和乡村振兴工作",
     ["市委书记邰恒远到王府街道、弥河镇", "市委秘书长冀宏涛参加调研", "王府街道党工委书记綦海宁介绍了", "邰恒远指出",
      "弥河镇党委书记栾振东汇报了"]),
    ("hs04", "调研座谈会", "meeting (座谈会)", "4月10日", None, None, [],
     [], ["邰恒远", "尉明轩"], None,
     "随后召开的座谈会上，邰恒远强调",
     ["随后召开的座谈会上，邰恒远强调", "尉明轩要求"]),
    ("hs05", "2021年第四季度重点项目集中签约仪式", "ceremony (集中签约仪式)", "11月25日上午", "汪若晖", None, ["潜山市"],
     ["桂宏章", "晏子良", "余卫东"], ["操启明", "桂宏章", "汪若晖"], None,
     "11月25日上午，我市举行2021年第四季度重点项目集中签约仪式",
     ["市委书记桂宏章出席并讲话", "市长汪若晖主持签约仪式", "副局长晏子良到会祝贺", "常务副市长操启明介绍了签约项目情况",
      "经开区党工委书记余卫东与企业代表现场签约", "桂宏章在讲话中指出", "汪若晖要求"]),
    ("hs06", "汛前水利工程准备和经开区重点项目建设调研", "inspection (调研)", "5月9日", None, "操启明", [],
     ["龚海澄", "吴正阳", "贺书铭"], ["石卫华", "操启明", "贺书铭"], "汇口镇、复兴镇、宿松经开区",
     "县委副书记、县长操启明调研汛前水利工程准备和经开区重点项目建设工作",
     ["县长操启明调研汛前水利工程准备", "县领导龚海澄、吴正阳参加调研", "副县长贺书铭陪同", "经开区党工委书记石卫华汇报了",
      "操启明强调", "贺书铭表示"]),
    ("hs07", "城南新区（三江街道）产业平台建设调研", "inspection (调研)", "7月14日", None, "邢振岳", [],
     ["竺立新"], ["俞佳楠", "钱晓波", "邢振岳", "竺立新"], "城南新区（三江街道）",
     "市委副书记、市长邢振岳到城南新区（三江街道）调研产业平台建设和共同富裕基本单元创建工作",
     ["市长邢振岳到城南新区（三江街道）调研", "副市长竺立新参加调研", "三江街道党工委书记俞佳楠汇报了", "办事处主任钱晓波介绍了",
      "邢振岳指出", "竺立新就加快项目政策处理"]),
    ("hs08", "七星街道防台防汛工作检查", "inspection (检查)", "8月1日", None, "俞佳楠", [],
     ["丁荣川", "阮志成"], ["梁晓澍", "潘颖", "俞佳楠", "丁荣川"], "七星街道",
     "县委常委、副县长俞佳楠到七星街道检查防台防汛工作",
     ["副县长俞佳楠到七星街道检查防台防汛工作", "县应急管理局局长阮志成陪同检查", "街道党工委书记梁晓澍汇报了",
      "街道办事处主任潘颖介绍了", "俞佳楠要求", "丁荣川表示"]),
    ("hs09", "吴淞街道、友谊路街道城市更新和基层治理调研", "inspection (调研)", "6月20日", None, "严嘉树", [],
     ["季伟东"], ["蒋晓冬", "汤慧琳", "严嘉树", "季伟东"], "吴淞街道、友谊路街道",
     "区委书记严嘉树到吴淞街道、友谊路街道调研城市更新和基层治理工作",
     ["区委书记严嘉树到吴淞街道、友谊路街道调研", "副区长季伟东参加调研", "吴淞街道党工委书记蒋晓冬汇报了", "办事处主任汤慧琳介绍了",
      "严嘉树指出", "季伟东就加快推进旧改项目"]),
    ("hs10", "三季度重点项目建设推进会", "meeting (推进会)", "9月26日", "翟文朔", None, ["偃师区"],
     ["郜振廷"], ["季伟东", "侯振华", "段景曜", "郜振廷", "翟文朔"], None,
     "9月26日，偃师区召开三季度重点项目建设推进会",
     ["区委书记郜振廷出席会议并讲话", "区长翟文朔主持会议", "副区长季伟东通报了", "府店镇党委书记侯振华、首阳山街道党工委书记段景曜作表态发言",
      "郜振廷强调", "翟文朔要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hs01", "宝华科创智谷一期", "project", "实地察看了宝华科创智谷一期"),
    ("hs01", "宝华镇污水管网提升工程", "infrastructure_project", "宝华镇污水管网提升工程施工现场"),
    ("hs01", "新能源汽车零部件产业园二期", "industrial_park", "新能源汽车零部件产业园二期标准厂房建设现场"),
    ("hs02", "航空复合材料结构件生产基地项目", "project", "航空复合材料结构件生产基地项目总投资18亿元"),
    ("hs02", "高端轴承智能制造项目", "project", "高端轴承智能制造项目总投资12.5亿元"),
    ("hs02", "工业机器人关键部件研发及产业化项目", "project", "工业机器人关键部件研发及产业化项目总投资9亿元"),
    ("hs02", "高新区智能装备产业园", "industrial_park", "调研了高新区智能装备产业园标准厂房建设情况"),
    ("hs03", "智能光电产业园二期", "industrial_park", "先后来到智能光电产业园二期"),
    ("hs03", "高端动力装备产业园", "industrial_park", "高端动力装备产业园建设现场"),
    ("hs03", "新城片区老旧小区改造工程", "housing_project", "察看了新城片区老旧小区改造工程"),
    ("hs04", "古城北关历史街区保护提升工程", "project", "步行察看了古城北关历史街区保护提升工程"),
    ("hs04", "弥河镇花卉产业园", "industrial_park", "来到弥河镇花卉产业园"),
    ("hs04", "弥河生态廊道提升工程", "greening_project", "弥河生态廊道提升工程现场"),
    ("hs05", "年产3万吨高性能玻纤制品项目", "project", "其中年产3万吨高性能玻纤制品项目总投资12亿元"),
    ("hs05", "天柱山康养旅游度假区二期项目", "project", "天柱山康养旅游度假区二期项目总投资8.5亿元"),
    ("hs05", "潜山经开区制刷产业园三期标准化厂房项目", "industrial_park", "潜山经开区制刷产业园三期标准化厂房项目总投资5.2亿元"),
    ("hs06", "同马大堤汇口段除险加固工程", "engineering_work", "察看了同马大堤汇口段除险加固工程施工现场"),
    ("hs06", "华阳河圩区排涝站更新改造工程", "engineering_work", "察看了华阳河圩区排涝站更新改造工程"),
    ("hs06", "宿松经开区新型纺织服装产业园二期", "industrial_park", "宿松经开区新型纺织服装产业园二期"),
    ("hs06", "智能家居产业园", "industrial_park", "智能家居产业园在建项目"),
    ("hs07", "城南新区智能装备产业园", "industrial_park", "先后来到城南新区智能装备产业园"),
    ("hs07", "三江街道城南未来社区试点项目", "project", "三江街道城南未来社区试点项目"),
    ("hs07", "剡溪城南段堤防加固工程", "engineering_work", "剡溪城南段堤防加固工程现场"),
    ("hs07", "智能装备产业园二期", "industrial_park", "加快智能装备产业园二期建设"),
    ("hs08", "七星街道城西排涝泵站改造工程", "engineering_work", "七星街道城西排涝泵站改造工程和地质灾害隐患点"),
    ("hs09", "吴淞街道老旧住房成套改造项目", "housing_project", "察看了吴淞街道老旧住房成套改造项目"),
    ("hs09", "吴淞口滨江贯通工程", "greening_project", "吴淞口滨江贯通工程"),
    ("hs09", "友谊路街道社区综合服务中心改建工程", "project", "走进友谊路街道社区综合服务中心改建工程现场"),
    ("hs10", "首阳山街道智能装备产业园二期", "industrial_park", "首阳山街道智能装备产业园二期"),
    ("hs10", "府店镇农产品精深加工产业园", "industrial_park", "府店镇农产品精深加工产业园"),
    ("hs10", "伊河偃师段生态治理工程", "greening_project", "伊河偃师段生态治理工程等一批项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hs01", "宝华镇", "town", "standalone", "先后来到宝华镇和句容经济开发区"),
    ("hs01", "句容经济开发区", "development_zone", "standalone", "先后来到宝华镇和句容经济开发区"),
    ("hs01", "南京都市圈", "region", "standalone", "是融入南京都市圈的前沿阵地"),
    ("hs02", "镇江高新区", "development_zone", "standalone", "12日上午，镇江高新区举行"),
    ("hs02", "高新区", "development_zone", "standalone", "高新区是全市创新资源最集聚"),
    ("hs03", "高新区", "development_zone", "in_title", "高新区党工委副书记、管委会主任邰恒远"),
    ("hs03", "清池街道", "sub_district_office", "standalone", "到清池街道、新城街道，调研"),
    ("hs03", "新城街道", "sub_district_office", "standalone", "到清池街道、新城街道，调研"),
    ("hs03", "新城片区", "area", "in_project_name", "察看了新城片区老旧小区改造工程"),
    ("hs04", "王府街道", "sub_district_office", "standalone", "市委书记邰恒远到王府街道、弥河镇"),
    ("hs04", "弥河镇", "town", "standalone", "市委书记邰恒远到王府街道、弥河镇"),
    ("hs04", "古城北关历史街区", "historic_street", "in_project_name", "步行察看了古城北关历史街区保护提升工程"),
    ("hs04", "青州古城", "heritage_site", "standalone", "青州古城是全市最宝贵的文化资源"),
    ("hs04", "弥河", "river", "in_project_name", "弥河生态廊道提升工程现场"),
    ("hs04", "潍坊市", "prefecture_city", "in_org_reference", "要认真落实潍坊市委部署"),
    ("hs05", "潜山市", "county_level_city", "standalone", "潜山市举行2021年第四季度重点项目集中签约仪式"),
    ("hs05", "安庆市", "prefecture_city", "in_org_reference", "安庆市投资促进局副局长晏子良"),
    ("hs05", "天柱山", "mountain", "in_project_name", "天柱山康养旅游度假区二期项目总投资8.5亿元"),
    ("hs05", "潜山经开区", "development_zone", "in_project_name", "潜山经开区制刷产业园三期标准化厂房项目总投资5.2亿元"),
    ("hs05", "经开区", "development_zone", "standalone", "经开区要发挥主阵地作用"),
    ("hs05", "皖西南", "region", "standalone", "为皖西南区域发展贡献潜山力量"),
    ("hs06", "经开区", "development_zone", "standalone", "在经开区，操启明先后走进"),
    ("hs06", "宿松经开区", "development_zone", "in_project_name", "宿松经开区新型纺织服装产业园二期"),
    ("hs06", "汇口镇", "town", "standalone", "操启明一行首先来到汇口镇"),
    ("hs06", "同马大堤", "dike", "standalone", "沿同马大堤察看了"),
    ("hs06", "复兴镇", "town", "standalone", "在复兴镇，操启明察看了"),
    ("hs06", "华阳河", "river", "in_project_name", "察看了华阳河圩区排涝站更新改造工程"),
    ("hs07", "城南新区", "new_area", "standalone", "邢振岳到城南新区（三江街道）调研产业平台建设和共同富裕"),
    ("hs07", "三江街道", "sub_district_office", "standalone", "邢振岳到城南新区（三江街道）调研产业平台建设和共同富裕"),
    ("hs07", "剡溪", "river", "in_project_name", "剡溪城南段堤防加固工程现场"),
    ("hs07", "嵊州", "county_level_city", "standalone", "城南新区是嵊州、新昌两地融合发展的主平台"),
    ("hs07", "新昌", "county", "standalone", "城南新区是嵊州、新昌两地融合发展的主平台"),
    ("hs08", "七星街道", "sub_district_office", "standalone", "到七星街道检查防台防汛工作"),
    ("hs08", "新昌江", "river", "standalone", "先后来到新昌江七星段堤防"),
    ("hs09", "吴淞街道", "sub_district_office", "standalone", "区委书记严嘉树到吴淞街道、友谊路街道调研"),
    ("hs09", "友谊路街道", "sub_district_office", "standalone", "区委书记严嘉树到吴淞街道、友谊路街道调研"),
    ("hs09", "吴淞口", "area", "in_project_name", "吴淞口滨江贯通工程"),
    ("hs09", "吴淞创新城", "area", "standalone", "吴淞创新城配套建设情况"),
    ("hs09", "宝山", "district", "standalone", "把城市更新作为宝山转型发展的重要抓手"),
    ("hs10", "偃师区", "district", "standalone", "9月26日，偃师区召开"),
    ("hs10", "府店镇", "town", "in_title", "府店镇党委书记侯振华"),
    ("hs10", "首阳山街道", "sub_district_office", "in_title", "首阳山街道党工委书记段景曜"),
    ("hs10", "伊河", "river", "in_project_name", "伊河偃师段生态治理工程等一批项目"),
    ("hs10", "洛阳市", "prefecture_city", "in_org_reference", "要认真落实洛阳市委部署"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hs", conventions="set hs (blind set: held-out-like mix, 30th round — ordinary local news from 江苏 (句容市, 镇江高新区 in the 镇江日报), 山东 (潍坊高新区 with its streets, 青州市), 安徽 (潜山市, 宿松县), 浙江 (嵊州市 三江街道, 新昌县 七星街道), 上海 (上海市宝山区) and 河南 (洛阳 偃师区): bare organs are the page's place (市委 of a county-level city's site is that city's); bare 高新区 = 镇江高新区 or 潍坊高新区, bare 经开区 = 潜山经开区 or 宿松经开区 (county-level: name without 市 / 县); 句容经济开发区 kept as written; 潍坊高新区's streets take the zone label; 城南新区（三江街道）'s organs are the street's; 宝山区 → 上海市宝山区; 县领导 no post; one line per post per article)",
          persons_note="Set hs persons. id = corpus-wide person_id (hs:季伟东#1 of 上海市宝山区 and hs:季伟东#2 of 偃师区 (河南) are two people, both 区委常委、副区长 in 2023; hs:宣立衡 句容市长 2022 → 镇江市副市长 2024; hs:邰恒远 潍坊高新区管委会主任 2021 → 青州市委书记 2024; hs:操启明 潜山 常务副市长 2021 → 宿松县长 2023; hs:俞佳楠 嵊州市三江街道党工委书记 2022 → 新昌县委常委、副县长 2024)")


if __name__ == "__main__":
    main()
