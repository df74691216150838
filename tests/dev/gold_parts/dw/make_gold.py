"""Write gold part ``dw`` (a blind set: festivals, fairs and ceremonies — 丰收节 / 采摘节 / 文化旅游节 开幕式, a 博览会, 招商推介会,
揭牌仪式, 开园仪式, 通车仪式, 竣工投产仪式 — on county and city sites, portals and city papers of 山东, 河南, 浙江, 云南, 四川 and
黑龙江) from the tables below.

Pages ``tests/dev/texts/dw*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 舞钢 文明网 page of a 首届农民丰收节 启动仪式 (``2018-9-21 18:11:30
点击:``, ``市领导…出席仪式``, ``市政协副主席…主持仪式``, ``副市长…在仪式上讲话``, ``市委书记…在仪式上宣布:…开幕!``, the 主办 /
承办 / 协办 line); a 东安县 融媒体 丰收节 page (``来源:东安县融媒体中心 | 编辑:… | 作者:… 浏览量:``, ``县委书记…出席并宣布活动开幕，
县委常委、宣传部部长…致辞，县委常委、县委办主任…主持活动``); a 郏县 丰收节暨项目运营启动仪式; the 寻甸县 government site's 花山节
page (``索引号: … 主题分类: … 发布机构: … 发布日期: … 名 称: …``, ``字号:[ ]``, ``县委书记…宣布“摸鱼节”开幕并致辞``); the 扶风
县 樱桃采摘节 and 房县 樱桃采摘节 pages (``十堰广电讯(全媒体记者 … 通讯员 …)``, share buttons, 纠错 form); the 平和 蜜柚节 采摘游
启动 (``副县长…代表县政府致欢迎辞``, ``县委副书记、县长…宣布…正式启动``, ``…为…揭碑``); the 白银 旅游节 paper page (headline
``苏君宣布开幕 何伟讲话 张旭晨主持并致辞``, ``本报讯(记者…)``, ``市领导…出席开幕式``); the 淮北 石榴文化旅游节 (``发表时间: …
来源:淮北日报``, a 博物馆 揭牌 ``开幕式上``); the 宝鸡 文化旅游节开幕式暨授牌仪式; the 大兴安岭日报 page of the 呼玛 冰雪文化
旅游节 (``地委委员、地委宣传部部长…出席开幕式，并宣布…开幕``, ``责任编辑:``, 频道推荐); the 萝北 冰雪乐园 开园 and 宝清 冰雪节
pages; the 郎溪 and 峡江 集中开工竣工投产 pages (``发布时间:2020-06-10 00:05:51``, ``县委副书记…下达开工竣工令``); the 西华县
贾鲁河大桥 通车仪式 (``县委副书记、县长…在致辞中代表…``, ``最后，县委书记…宣布…正式通车``); the 巫山 双龙大桥 竣工仪式; the
松原 投资说明会暨招商项目签约仪式 (``市委常委、常务副市长…在致辞中…进行推介``, ``副市长…主持活动``); the 渭南 深圳 招商推介会
(``来源:渭南日报 发布时间:``, ``市委常委、副市长…主持会议``, ``…先后作了投资优势和项目推介``); the 平原县 and 莘县 揭牌仪式 (``…共同
为…揭牌``); the 遂昌 paper edition (``第一版:要闻 … 上一期 下一期``). Places are real; the counties are new to the corpus (their cities
mostly are not): 山东 淄博 沂源县,
河南 三门峡 灵宝市 (a county-level city) and 卢氏县, 浙江 台州 仙居县, 云南 大理州 弥渡县, 四川 成都 蒲江县, 黑龙江 牡丹江 东宁市
(a county-level city).

Shapes: the 沂源县 site's 丰收节暨苹果采摘季 开幕式 (宣传部部长 主持, 县长 致辞, 副县长 介绍, a town secretary speaks, a 揭牌 inside
the 开幕式, the 县委书记 宣布开幕; a bare ``市人大常委会副主任`` = 淄博's) (dw01); the 淄博日报 第05版 of a 竣工投产仪式 (bare
``副市长`` = 淄博's; the former 县长 now 县委书记, the former 副县长 now 常务副县长) and the 副市长's 调研 after it (dw02); the 灵宝
市 site with a 索引号 block (名称 repeating the title): 苹果节 开幕式 with a 三门峡 市委常委 宣布开幕 and bare ``市委副书记、市长``
= 灵宝's, and a 招商推介会 the same afternoon (dw03); the 三门峡日报 第01版 with two articles: a 通车仪式 (bare ``市委常委、常务副市长``
= 三门峡's; the 灵宝 市长 of 2023 now 灵宝市委书记) and a 灵宝 招商推介会 in 深圳 (dw04); a 中国台州网 portal copy of a 仙居新闻网
story (``来源：仙居新闻网　作者：记者 … 通讯员 …``, share line, 相关新闻) of the 杨梅节 开幕式 (dw05); the 仙居县 site's 开园仪式 (the
宣传部部长 of 2023 now 常务副县长 主持; ``县领导…出席``) (dw06); the 弥渡县 site's 花灯艺术节暨文化旅游节 开幕式 with a 大理州委常委 and a
separate 揭牌仪式 after it (dw07); a ``蒲江发布`` 公众号 page (``原创　蒲江发布　2024年09月06日 18:30　四川``, ``编辑：… 责编：…
审核：…``, 阅读 / 在看) of a 采摘节开幕式暨招商推介会 (dw08); the 东宁市 site's 黑木耳产业博览会 开幕 with a 牡丹江 市委常委、副市长
宣布开幕, a bare ``副市长`` = 东宁's and a 揭牌 inside the 开幕式 (dw09); the 牡丹江日报 第02版 of a 竣工投产仪式 (the 东宁 市长 of
2023 now 牡丹江 副市长) and his 调研 after it (dw10).

Identity cases:
- dw:翟文涛 a 县长 who becomes 县委书记: 沂源县委副书记、县长 (dw01, 2022-09) → 沂源县委书记 (dw02, 2024-04).
- dw:蔺东升 沂源 副县长 (dw01, 2022-09) → 县委常委、常务副县长 (dw02, 2024-04).
- dw:上官瑞峰 灵宝市委副书记、市长 (dw03, 2023-10) → 灵宝市委书记 (dw04, 2025-01); dw:樊建勋 灵宝市委常委、副市长 on both pages.
- dw:应晓岚 仙居县委常委、宣传部部长 (dw05, 2023-06) → 县委常委、常务副县长 (dw06, 2024-11).
- dw:佟志凯 moves level and place: 东宁市委副书记、市长 (dw09, 2023-08) → 牡丹江市副市长 (dw10, 2025-06); dw:卜宪鹏 东宁市委书记 on
  both pages.
- two different 郦文华 in unrelated places with look-alike titles: dw:郦文华#1 东宁市副市长 (黑龙江, dw09); dw:郦文华#2 蒲江县副县长
  (四川, dw08).
- one organ wording, different places: bare ``县委常委、宣传部部长`` is 沂源's (dw01), 仙居's (dw05) and 弥渡's (dw07); bare
  ``市委副书记、市长`` is 灵宝's on the 灵宝 site (dw03) and 东宁's on the 东宁 site (dw09), while bare ``市委常委、常务副市长`` in
  the 三门峡日报 is 三门峡's (dw04); bare ``副市长`` is 淄博's in the 淄博日报 (dw02), 东宁's on the 东宁 site (dw09) and 牡丹江's in
  the 牡丹江日报 (dw10); bare ``市人大常委会`` on the 沂源 site is 淄博's (dw01).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, cj, ce where they speak; decided here where they are silent):
- Titles and organs: ``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长;
  ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长; a county-level city's ``市委副书记、市长`` on its own site → 灵宝市委 /
  灵宝市政府, 东宁市委 / 东宁市政府; ``三门峡市委常委、宣传部部长`` → 三门峡市委 常委 + 三门峡市委宣传部 部长; ``牡丹江市委常委、
  副市长`` → 牡丹江市委 常委 + 牡丹江市政府 副市长; ``市人大常委会副主任`` on the 沂源 site → 淄博市人大常委会 副主任 (the parent of
  the right level); ``市交通运输局局长`` / ``市农业农村局局长`` in a city paper → that city's department; a town's ``党委书记`` → county
  label + town + 党委 (沂源县中庄镇党委, 灵宝市寺河乡党委, 东宁市绥阳镇党委). ``大理州委常委、宣传部部长`` → 大理白族自治州委 常委 +
  大理白族自治州委宣传部 部长, ``州文化和旅游局副局长`` → 大理白族自治州文化和旅游局 副局长 (the full name, as parts y, ak). ``县领导
  …`` is no post (CONVENTIONS); those persons are attendees. Company roles (董事长) give no line; those persons are type ``company``
  (as ce).
- DECIDED HERE (a 公众号 page): the account line ``原创　蒲江发布　… 四川`` is chrome (no person, no place: ``四川`` there is the
  platform's IP location); bare 县 organs on it are the account's county (蒲江县, as cj does for copies of county stories).
- Events: a festival's 开幕式 (启动 / 开幕 of a 节, a 采摘季, a 博览会), a 开园仪式, a 通车仪式 and a 竣工投产仪式 are ``ceremony``; a
  招商推介会 is a ``meeting`` (as earlier parts); a leader's 调研 after a ceremony is an ``inspection`` of its own (dw02, dw10).
  DECIDED HERE: the festival or fair itself (a 节 that runs for days, a 3-day 博览会) is not an event; its 开幕式 is (named as the
  page names the ceremony; a 博览会 that ``开幕`` with no 开幕式 written is named ``…博览会开幕式``). DECIDED HERE: a 揭牌 or a 签约
  performed ``开幕式上`` is part of the 开幕式 (dw01, dw03, dw05, dw09); a 揭牌仪式 the page reports as held on its own (``开幕式后，
  …揭牌仪式在…举行``, dw07) is an event of its own; the leaders' 参观 of the exhibition after a 开幕式 is part of it; a 招商推介会 held
  separately the same afternoon is its own event (dw03). DECIDED HERE: a combined ``采摘节开幕式暨招商推介会`` (dw08) is one event,
  typed by its first part: ``ceremony (开幕式暨招商推介会)``.
- Participants (as ce, ad; cj differs): chair when 主持; attendees are every named person present (出席, 宣布, 揭牌, 致辞, 推介,
  介绍, 发言, 陪同), the chair not repeated; speakers are those whose words are reported: 致辞 / 讲话 / 推介 / 介绍 / 发言 / 表示 /
  指出 / 强调 / 要求 and — DECIDED HERE, following ad and ce rather than cj — 宣布开幕 / 宣布通车 / 宣布开园 / 宣布竣工投产 (the
  formula is spoken at the ceremony). An inspection's leader is not repeated among attendees; 陪同 makes an attendee; ``听取了…的汇报``
  makes a speaker.
- Bylines: ``（通讯员 … …）`` at the end of the body, ``本报讯（记者 … 通讯员 …）``, ``作者：记者 … 通讯员 …``, ``（记者 …）`` are
  reporter / correspondent lines; 责任编辑 / 编辑 / 责编 / 审核 are editor lines. The ``来源：县融媒体中心`` lines are chrome.
- Projects: works opened, completed, signed, reported as built or planned, once per page, name as the body writes it: a 产业园 or a
  phase of it ``industrial_park``; a 冷链物流园 / 冷链物流中心 ``logistics_hub``; a 国道 改建工程 ``infrastructure_project``; a 示范园,
  a 分选中心, a 文旅综合体, a 古镇保护提升工程, a 游客服务中心, a 服务中心 built in a park ``project``; DECIDED HERE: a park ``已完成
  规划设计，计划年内开工建设`` is ``planned_project`` (dw09). DECIDED HERE: what is unveiled by 揭牌 (沂源苹果产业服务中心, 弥渡花灯
  传承展示中心, 东宁黑木耳产业研究院) and the 共富工坊 given a plaque are bodies, not projects or places; festivals, 采摘点, a 国家现代
  农业产业园 to be built up (a designation) and production lines inside a park are not projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count (``三门峡市`` in
  ``三门峡市委常委``, ``朝阳湖`` in ``朝阳湖乡村度假综合体``); a zone, a town, a village, a street (``文盛街``), a park used as a venue
  (``中庄镇苹果主题公园``) and a market used as a venue (``绥阳镇黑木耳批发大市场``, also written ``绥阳黑木耳批发大市场``: both
  names) are places. DECIDED HERE: ``中国`` in a festival's name or an honour (``中国苹果之乡``), names inside the titles of works
  (``《沂蒙果乡》``) and of activities in quotes (``“函谷关下品苹果”``), a place name only occurring inside a longer place name
  (函谷关 in 函谷关镇, 绥阳 in 绥阳黑木耳批发大市场), the abbreviation ``俄`` (``对俄贸易``) and names inside company names are not
  annotated. Site lines, mastheads, navigation, 来源 lines, 上一篇 / 下一篇, 本版其他文章, 相关新闻 / 相关链接 lists and footers are not
  annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YY, LB, XJ, MD, PJ, DN = "沂源县", "灵宝市", "仙居县", "弥渡县", "蒲江县", "东宁市"
DL = "大理白族自治州"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dw01_yiyuan.txt": (2022, "发布时间：2022-09-24 09:15", YY, [
        ("沂源县庆祝2022年中国农民丰收节暨沂源苹果采摘季开幕", "9月23日上午", "2022-09-23", "9月23日上午，沂源县庆祝",
         "county site: 丰收节暨苹果采摘季 开幕式 (宣传部部长 主持, 县长 致辞, 副县长 介绍, town secretary speaks, 揭牌 inside, 县委书记 宣布开幕; 淄博 市人大 副主任)")]),
    "dw02_zibo.txt": (2024, "2024年04月19日　星期五", "淄博市", [
        ("沂源苹果精深加工产业园一期竣工投产", "4月18日", "2024-04-18", "本报讯（记者 商昱 通讯员 贾春雨）4月18日",
         "city paper 第05版: 竣工投产仪式 (副市长 宣布, the former 县长 now 县委书记 致辞, 常务副县长 主持) and the 副市长's 调研")]),
    "dw03_lingbao.txt": (2023, "发布时间：2023-10-13 10:42", LB, [
        ("2023中国·灵宝苹果节开幕", "10月12日上午", "2023-10-12", "10月12日上午，2023中国",
         "county-level city site (索引号 block): 苹果节 开幕式 (三门峡 市委常委 宣布开幕, 市委书记 致辞, 市长 主持) and an afternoon 招商推介会")]),
    "dw04_sanmenxia.txt": (2025, "2025年1月10日　星期五", "三门峡市", [
        ("国道209线灵宝至卢氏段改建工程建成通车", "1月9日", "2025-01-09", "本报讯（记者 杜雅琪）1月9日",
         "city paper 第01版: 通车仪式 (市委常委、常务副市长 宣布通车; the 灵宝 市长 of 2023 now 市委书记 致辞; new 灵宝 市长 主持)"),
        ("灵宝在深圳举办招商推介会", "1月6日", "2025-01-06", "本报讯（通讯员 卫晓露）1月6日",
         "city paper 第01版: 灵宝 招商推介会 in 深圳 (市长 推介, 市委常委、副市长 主持)")]),
    "dw05_xianju.txt": (2023, "2023-06-09 08:36:12", XJ, [
        ("2023仙居杨梅节开幕 东魁杨梅迎来上市季", "6月8日", "2023-06-08", "6月8日，2023仙居杨梅节开幕式",
         "portal copy: 杨梅节 开幕式 (台州 副市长 宣布开幕, 县委书记 致辞, 县长 主持, 宣传部部长 推介)")]),
    "dw06_xianju.txt": (2024, "时间：2024-11-22 16:05", XJ, [
        ("仙居县绿色医药产业园一期开园", "11月21日", "2024-11-21", "11月21日，仙居县绿色医药产业园一期开园仪式",
         "county site: 开园仪式 (县委书记 宣布开园, 县长 致辞, the 宣传部部长 of 2023 now 常务副县长 主持; 县领导 without titles)")]),
    "dw07_midu.txt": (2024, "发布时间：2024-02-25", MD, [
        ("2024年弥渡元宵花灯艺术节暨“小河淌水”文化旅游节开幕", "2月24日晚", "2024-02-24", "2月24日晚，2024年弥渡元宵",
         "county site: 花灯艺术节暨文化旅游节 开幕式 (大理州委常委 宣布开幕, 县委书记 致辞, 县长 主持) and a separate 揭牌仪式")]),
    "dw08_pujiang.txt": (2024, "2024年09月06日 18:30", PJ, [
        ("2024蒲江猕猴桃采摘节开幕 现场签约项目6个 总投资27亿元", "9月6日上午", "2024-09-06", "9月6日上午，2024蒲江猕猴桃采摘节开幕式",
         "公众号 page: 采摘节开幕式暨招商推介会 (成都 局 副局长 宣布开幕, 县委书记 致辞, 县长 推介, 副县长 主持; 郦文华#2)")]),
    "dw09_dongning.txt": (2023, "发布时间：2023-08-26", DN, [
        ("第十二届中国·东宁黑木耳产业博览会开幕", "8月25日", "2023-08-25", "8月25日，第十二届中国",
         "county-level city site: 博览会 开幕 (牡丹江 市委常委、副市长 宣布开幕, 市委书记 致辞, 市长 主持, 揭牌 inside; 郦文华#1)")]),
    "dw10_mudanjiang.txt": (2025, "2025年06月13日　星期五", "牡丹江市", [
        ("东宁市黑木耳精深加工产业园一期竣工投产", "6月12日", "2025-06-12", "本报讯（记者 初晓萌）6月12日",
         "city paper 第02版: 竣工投产仪式 (the 东宁 市长 of 2023 now 牡丹江 副市长 宣布投产; new 东宁 市长 主持) and his 调研")]),
}

_D01_ZHAI = "县委副书记、县长翟文涛"
_D03_SG = "市委副书记、市长上官瑞峰"
_D03_FAN = "市委常委、副市长樊建勋等出席开幕式"
_D04_JIN1 = "仪式由灵宝市委副书记、市长靳晓宇主持"
_D04_JIN2 = "灵宝市委副书记、市长靳晓宇推介灵宝投资环境"
_D04_FAN = "灵宝市委常委、副市长樊建勋主持推介会"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 淄博 沂源
    "dw:孙立岩": ("孙立岩", "official", "淄博市", [
        ("dw01", "淄博市人大常委会", "副主任", "市人大常委会副主任孙立岩", "bare 市 on the 沂源县 site = 淄博市 (the parent of the right level)")], []),
    "dw:亓庆华": ("亓庆华", "official", YY, [
        ("dw01", "沂源县委", "书记", "县委书记亓庆华", "2022-09; 宣布开幕")], []),
    "dw:翟文涛": ("翟文涛", "official", YY, [
        ("dw01", "沂源县委", "副书记", _D01_ZHAI, "2022-09 (identity case: 县委书记 in 2024, dw02)"),
        ("dw01", "沂源县政府", "县长", _D01_ZHAI, None),
        ("dw02", "沂源县委", "书记", "沂源县委书记翟文涛致辞", "2024-04: now 县委书记")], []),
    "dw:公维娜": ("公维娜", "official", YY, [
        ("dw01", "沂源县委", "常委", "县委常委、宣传部部长公维娜", "bare 县委 on the 沂源县 site"),
        ("dw01", "沂源县委宣传部", "部长", "县委常委、宣传部部长公维娜", None)], []),
    "dw:蔺东升": ("蔺东升", "official", YY, [
        ("dw01", "沂源县政府", "副县长", "副县长蔺东升出席开幕式", "2022-09 (identity case: 常务副县长 in 2024, dw02)"),
        ("dw02", "沂源县委", "常委", "县委常委、常务副县长蔺东升主持仪式", "2024-04: bare 县委 after 沂源县委书记 in the 淄博日报"),
        ("dw02", "沂源县政府", "常务副县长", "县委常委、常务副县长蔺东升主持仪式", None)], []),
    "dw:唐守信": ("唐守信", "official", YY, [
        ("dw01", "沂源县中庄镇党委", "书记", "中庄镇党委书记唐守信", "town: county label + town")], []),
    "dw:郇立新": ("郇立新", "official", "淄博市", [
        ("dw02", "淄博市政府", "副市长", "副市长郇立新出席并宣布项目竣工投产", "bare 副市长 in the 淄博日报 = 淄博市")], []),
    "dw:房晓峰": ("房晓峰", "official", YY, [
        ("dw02", "沂源县委", "副书记", "县委副书记、县长房晓峰出席", "2024-04: the 县长 after 翟文涛"),
        ("dw02", "沂源县政府", "县长", "县委副书记、县长房晓峰出席", None)], []),
    "dw:宋明川": ("宋明川", "company", "山东沂果源食品有限公司", [], ["dw02"]),
    # ---- 三门峡 灵宝 / 卢氏
    "dw:祁红梅": ("祁红梅", "official", "三门峡市", [
        ("dw03", "三门峡市委", "常委", "三门峡市委常委、宣传部部长祁红梅", "宣布开幕"),
        ("dw03", "三门峡市委宣传部", "部长", "三门峡市委常委、宣传部部长祁红梅", None)], []),
    "dw:尚振清": ("尚振清", "official", "三门峡市", [
        ("dw03", "三门峡市政府", "副市长", "三门峡市副市长尚振清", None)], []),
    "dw:聂振东": ("聂振东", "official", LB, [
        ("dw03", "灵宝市委", "书记", "灵宝市委书记聂振东", "2023-10")], []),
    "dw:上官瑞峰": ("上官瑞峰", "official", LB, [
        ("dw03", "灵宝市委", "副书记", _D03_SG, "2023-10: bare 市委 on the 灵宝市 site after 灵宝市委书记 = 灵宝 (identity case: 灵宝市委书记 in 2025, dw04)"),
        ("dw03", "灵宝市政府", "市长", _D03_SG, None),
        ("dw04", "灵宝市委", "书记", "灵宝市委书记上官瑞峰致辞", "2025-01: now 书记")], []),
    "dw:樊建勋": ("樊建勋", "official", LB, [
        ("dw03", "灵宝市委", "常委", _D03_FAN, "2023-10; bare 市委 on the 灵宝 site"),
        ("dw03", "灵宝市政府", "副市长", _D03_FAN, "bare 副市长 on the 灵宝 site = 灵宝's (the 三门峡 one is written with 三门峡市)"),
        ("dw04", "灵宝市委", "常委", _D04_FAN, "2025-01: the same posts, written with 灵宝市 in the 三门峡日报"),
        ("dw04", "灵宝市政府", "副市长", _D04_FAN, None)], []),
    "dw:仝建伟": ("仝建伟", "official", LB, [
        ("dw03", "灵宝市寺河乡党委", "书记", "寺河乡党委书记仝建伟", None)], []),
    "dw:贾恒岳": ("贾恒岳", "official", "三门峡市", [
        ("dw04", "三门峡市委", "常委", "市委常委、常务副市长贾恒岳宣布工程正式通车", "bare 市委 in the 三门峡日报 = 三门峡"),
        ("dw04", "三门峡市政府", "常务副市长", "市委常委、常务副市长贾恒岳宣布工程正式通车", None)], []),
    "dw:郝明远": ("郝明远", "official", "卢氏县", [
        ("dw04", "卢氏县委", "副书记", "卢氏县委副书记、县长郝明远出席", None),
        ("dw04", "卢氏县政府", "县长", "卢氏县委副书记、县长郝明远出席", None)], []),
    "dw:屈文博": ("屈文博", "official", "三门峡市", [
        ("dw04", "三门峡市交通运输局", "局长", "市交通运输局局长屈文博介绍工程建设情况", "bare 市 in the 三门峡日报")], []),
    "dw:靳晓宇": ("靳晓宇", "official", LB, [
        ("dw04", "灵宝市委", "副书记", _D04_JIN1, "2025-01: the 市长 after 上官瑞峰; article 1"),
        ("dw04", "灵宝市政府", "市长", _D04_JIN1, None),
        ("dw04", "灵宝市委", "副书记", _D04_JIN2, "article 2 (one line per post per article)"),
        ("dw04", "灵宝市政府", "市长", _D04_JIN2, None)], []),
    # ---- 台州 仙居
    "dw:蒋慧琳": ("蒋慧琳", "official", "台州市", [
        ("dw05", "台州市政府", "副市长", "台州市副市长蒋慧琳出席并宣布开幕", None)], []),
    "dw:郑海潮": ("郑海潮", "official", XJ, [
        ("dw05", "仙居县委", "书记", "仙居县委书记郑海潮致辞", "2023-06"),
        ("dw06", "仙居县委", "书记", "县委书记郑海潮宣布产业园开园", "2024-11")], []),
    "dw:朱晓航": ("朱晓航", "official", XJ, [
        ("dw05", "仙居县委", "副书记", "县委副书记、县长朱晓航主持开幕式", "2023-06: bare 县委 after 仙居县委书记"),
        ("dw05", "仙居县政府", "县长", "县委副书记、县长朱晓航主持开幕式", None),
        ("dw06", "仙居县委", "副书记", "县委副书记、县长朱晓航致辞", "2024-11"),
        ("dw06", "仙居县政府", "县长", "县委副书记、县长朱晓航致辞", None)], []),
    "dw:应晓岚": ("应晓岚", "official", XJ, [
        ("dw05", "仙居县委", "常委", "县委常委、宣传部部长应晓岚推介仙居杨梅", "2023-06 (identity case: 常务副县长 in 2024, dw06)"),
        ("dw05", "仙居县委宣传部", "部长", "县委常委、宣传部部长应晓岚推介仙居杨梅", None),
        ("dw06", "仙居县委", "常委", "县委常委、常务副县长应晓岚主持仪式", "2024-11: now 常务副县长"),
        ("dw06", "仙居县政府", "常务副县长", "县委常委、常务副县长应晓岚主持仪式", None)], []),
    "dw:泮国栋": ("泮国栋", "official", "台州市", [
        ("dw06", "台州市经济和信息化局", "副局长", "台州市经济和信息化局副局长泮国栋", "also written 台州市经信局 in the body")], []),
    "dw:陶景春": ("陶景春", "official", XJ, [], ["dw06"]),
    "dw:覃伟": ("覃伟", "official", XJ, [], ["dw06"]),
    "dw:陈启帆": ("陈启帆", "company", "浙江仙瑞药业有限公司", [], ["dw06"]),
    # ---- 大理 弥渡
    "dw:字丽芳": ("字丽芳", "official", DL, [
        ("dw07", f"{DL}委", "常委", "大理州委常委、宣传部部长字丽芳", "大理州 → the full name (as parts y, ak)"),
        ("dw07", f"{DL}委宣传部", "部长", "大理州委常委、宣传部部长字丽芳", None)], []),
    "dw:普光明": ("普光明", "official", MD, [
        ("dw07", "弥渡县委", "书记", "县委书记普光明", None)], []),
    "dw:罗正宏": ("罗正宏", "official", MD, [
        ("dw07", "弥渡县委", "副书记", "县委副书记、县长罗正宏", None),
        ("dw07", "弥渡县政府", "县长", "县委副书记、县长罗正宏", None)], []),
    "dw:施艳萍": ("施艳萍", "official", MD, [
        ("dw07", "弥渡县委", "常委", "县委常委、宣传部部长施艳萍", "bare 县委 on the 弥渡 site (the same wording is 沂源's in dw01, 仙居's in dw05)"),
        ("dw07", "弥渡县委宣传部", "部长", "县委常委、宣传部部长施艳萍", None)], []),
    "dw:赵锦华": ("赵锦华", "official", DL, [
        ("dw07", f"{DL}文化和旅游局", "副局长", "州文化和旅游局副局长赵锦华", "bare 州 on the 弥渡 site = 大理白族自治州")], []),
    # ---- 成都 蒲江
    "dw:冉崇山": ("冉崇山", "official", "成都市", [
        ("dw08", "成都市农业农村局", "副局长", "成都市农业农村局副局长冉崇山", None)], []),
    "dw:邹文卿": ("邹文卿", "official", PJ, [
        ("dw08", "蒲江县委", "书记", "县委书记邹文卿", "bare 县委 on the 蒲江发布 account's page")], []),
    "dw:何维舟": ("何维舟", "official", PJ, [
        ("dw08", "蒲江县委", "副书记", "县委副书记、县长何维舟", None),
        ("dw08", "蒲江县政府", "县长", "县委副书记、县长何维舟", None)], []),
    "dw:钟沁怡": ("钟沁怡", "official", PJ, [
        ("dw08", "蒲江县委", "常委", "县委常委、副县长钟沁怡", None),
        ("dw08", "蒲江县政府", "副县长", "县委常委、副县长钟沁怡", None)], []),
    "dw:郦文华#2": ("郦文华", "official", PJ, [
        ("dw08", "蒲江县政府", "副县长", "副县长郦文华出席", "蒲江 (四川); not the 郦文华 of 东宁 (dw09)")], []),
    # ---- 牡丹江 东宁
    "dw:谭继伟": ("谭继伟", "official", "牡丹江市", [
        ("dw09", "牡丹江市委", "常委", "牡丹江市委常委、副市长谭继伟", "宣布开幕"),
        ("dw09", "牡丹江市政府", "副市长", "牡丹江市委常委、副市长谭继伟", None)], []),
    "dw:卜宪鹏": ("卜宪鹏", "official", DN, [
        ("dw09", "东宁市委", "书记", "东宁市委书记卜宪鹏", "2023-08"),
        ("dw10", "东宁市委", "书记", "东宁市委书记卜宪鹏致辞", "2025-06")], []),
    "dw:佟志凯": ("佟志凯", "official", DN, [
        ("dw09", "东宁市委", "副书记", "市委副书记、市长佟志凯", "2023-08: bare 市委 on the 东宁市 site after 东宁市委书记 (identity case: 牡丹江 副市长 in 2025, dw10)"),
        ("dw09", "东宁市政府", "市长", "市委副书记、市长佟志凯", None),
        ("dw10", "牡丹江市政府", "副市长", "副市长佟志凯出席并宣布项目竣工投产", "2025-06: bare 副市长 in the 牡丹江日报 = 牡丹江市")], []),
    "dw:郦文华#1": ("郦文华", "official", DN, [
        ("dw09", "东宁市政府", "副市长", "副市长郦文华", "东宁 (黑龙江): bare 副市长 on the 东宁 site; not the 郦文华 of 蒲江 (dw08)")], []),
    "dw:韩玉珍": ("韩玉珍", "official", DN, [
        ("dw09", "东宁市绥阳镇党委", "书记", "绥阳镇党委书记韩玉珍", None)], []),
    "dw:栾嘉禾": ("栾嘉禾", "official", DN, [
        ("dw10", "东宁市委", "副书记", "东宁市委副书记、市长栾嘉禾主持仪式", "2025-06: the 市长 after 佟志凯"),
        ("dw10", "东宁市政府", "市长", "东宁市委副书记、市长栾嘉禾主持仪式", None)], []),
    "dw:关长海": ("关长海", "official", "牡丹江市", [
        ("dw10", "牡丹江市农业农村局", "局长", "市农业农村局局长关长海出席", "bare 市 in the 牡丹江日报")], []),
    "dw:滕跃彬": ("滕跃彬", "company", "东宁北疆菌业食品有限公司", [], ["dw10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dw01", "毕雪莹", "通讯员", "correspondent", "（通讯员 毕雪莹 任洪亮）"),
    ("dw01", "任洪亮", "通讯员", "correspondent", "（通讯员 毕雪莹 任洪亮）"),
    ("dw01", "李佳音", "责任编辑", "editor", "责任编辑：李佳音"),
    ("dw02", "商昱", "记者", "reporter", "本报讯（记者 商昱 通讯员 贾春雨）"),
    ("dw02", "贾春雨", "通讯员", "correspondent", "本报讯（记者 商昱 通讯员 贾春雨）"),
    ("dw02", "郭晓帆", "责任编辑", "editor", "责任编辑：郭晓帆"),
    ("dw03", "严思琪", "责任编辑", "editor", "责任编辑：严思琪"),
    ("dw04", "杜雅琪", "记者", "reporter", "本报讯（记者 杜雅琪）"),
    ("dw04", "卫晓露", "通讯员", "correspondent", "本报讯（通讯员 卫晓露）"),
    ("dw04", "谭晓岑", "责任编辑", "editor", "责任编辑：谭晓岑"),
    ("dw05", "吴可鑫", "记者", "reporter", "作者：记者 吴可鑫 通讯员 潘雨晴"),
    ("dw05", "潘雨晴", "通讯员", "correspondent", "作者：记者 吴可鑫 通讯员 潘雨晴"),
    ("dw05", "林可心", "编辑", "editor", "编辑：林可心"),
    ("dw06", "金语桐", "责任编辑", "editor", "责任编辑：金语桐"),
    ("dw07", "和丽娟", "记者", "reporter", "（记者 和丽娟）"),
    ("dw07", "苏晓楠", "责任编辑", "editor", "责任编辑：苏晓楠"),
    ("dw07", "李泓睿", "审核", "editor", "审核：李泓睿"),
    ("dw08", "卢雨萌", "编辑", "editor", "编辑：卢雨萌"),
    ("dw08", "胡晨阳", "责编", "editor", "责编：胡晨阳"),
    ("dw08", "黎子墨", "审核", "editor", "审核：黎子墨"),
    ("dw09", "贺梓涵", "责任编辑", "editor", "责任编辑：贺梓涵"),
    ("dw10", "初晓萌", "记者", "reporter", "本报讯（记者 初晓萌）"),
    ("dw10", "丛雪菲", "责任编辑", "editor", "责任编辑：丛雪菲"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("dw01", "沂源县庆祝2022年“中国农民丰收节”暨沂源苹果采摘季开幕式", "ceremony (开幕式)", "9月23日上午", "公维娜", None, [],
     ["孙立岩", "亓庆华", "翟文涛", "蔺东升", "唐守信"], ["翟文涛", "蔺东升", "唐守信", "亓庆华"], "中庄镇苹果主题公园",
     "沂源县庆祝2022年“中国农民丰收节”暨沂源苹果采摘季开幕式在中庄镇苹果主题公园举行",
     ["市人大常委会副主任孙立岩", "县委书记亓庆华", _D01_ZHAI, "副县长蔺东升出席开幕式", "开幕式由公维娜主持",
      "翟文涛在致辞中表示", "蔺东升介绍了", "唐守信作为承办镇代表发言", "孙立岩、亓庆华共同为沂源苹果产业服务中心揭牌", "亓庆华宣布"]),
    ("dw02", "沂源县苹果精深加工产业园一期竣工投产仪式", "ceremony (竣工投产仪式)", "4月18日", "蔺东升", None, [],
     ["郇立新", "翟文涛", "房晓峰", "宋明川"], ["郇立新", "翟文涛", "宋明川"], "南麻街道",
     "沂源县苹果精深加工产业园一期竣工投产仪式在南麻街道举行",
     ["副市长郇立新出席并宣布项目竣工投产", "沂源县委书记翟文涛致辞", "县长房晓峰出席", "常务副县长蔺东升主持仪式",
      "翟文涛在致辞中说", "董事长宋明川作为企业代表发言", "郇立新强调"]),
    ("dw02", "燕崖镇苹果老园改造工作调研", "inspection (调研)", "4月18日", None, "郇立新", [],
     ["翟文涛", "房晓峰"], ["蔺东升"], "燕崖镇",
     "郇立新到燕崖镇调研苹果老园改造工作",
     ["郇立新到燕崖镇调研", "听取了蔺东升关于全县老果园改造进度的汇报", "翟文涛、房晓峰陪同调研"]),
    ("dw03", "2023中国·灵宝苹果节暨寺河山苹果采摘季开幕式", "ceremony (开幕式)", "10月12日上午", "上官瑞峰", None, [],
     ["祁红梅", "尚振清", "聂振东", "樊建勋", "仝建伟"], ["聂振东", "樊建勋", "仝建伟", "祁红梅"], "寺河乡",
     "2023中国·灵宝苹果节暨寺河山苹果采摘季开幕式在寺河乡举行",
     ["三门峡市委常委、宣传部部长祁红梅", "三门峡市副市长尚振清", "灵宝市委书记聂振东", _D03_FAN, "开幕式由上官瑞峰主持",
      "聂振东在致辞中说", "樊建勋推介了", "仝建伟介绍了", "祁红梅宣布"]),
    ("dw03", "灵宝苹果产业招商推介会", "meeting (招商推介会)", "当天下午", None, None, [],
     ["尚振清", "樊建勋"], ["樊建勋"], "函谷关镇",
     "灵宝苹果产业招商推介会在函谷关镇举行",
     ["尚振清出席推介会", "樊建勋作推介"]),
    ("dw04", "国道209线灵宝至卢氏段改建工程通车仪式", "ceremony (通车仪式)", "1月9日", "靳晓宇", None, [],
     ["贾恒岳", "上官瑞峰", "郝明远", "屈文博"], ["贾恒岳", "上官瑞峰", "屈文博"], "灵宝市朱阳镇",
     "国道209线灵宝至卢氏段改建工程通车仪式在灵宝市朱阳镇举行",
     ["常务副市长贾恒岳宣布工程正式通车", "灵宝市委书记上官瑞峰致辞", "县长郝明远出席", "局长屈文博介绍工程建设情况",
      _D04_JIN1, "上官瑞峰在致辞中说", "贾恒岳要求"]),
    ("dw04", "灵宝市（深圳）招商推介会", "meeting (招商推介会)", "1月6日", "樊建勋", None, ["灵宝市"],
     ["靳晓宇"], ["靳晓宇"], "深圳市福田区",
     "灵宝市（深圳）招商推介会在深圳市福田区举行",
     [_D04_JIN2, _D04_FAN]),
    ("dw05", "2023仙居杨梅节开幕式", "ceremony (开幕式)", "6月8日", "朱晓航", None, [],
     ["蒋慧琳", "郑海潮", "应晓岚"], ["蒋慧琳", "郑海潮", "应晓岚"], "步路乡",
     "6月8日，2023仙居杨梅节开幕式在步路乡举行",
     ["台州市副市长蒋慧琳出席并宣布开幕", "仙居县委书记郑海潮致辞", "县长朱晓航主持开幕式", "宣传部部长应晓岚推介仙居杨梅",
      "郑海潮在致辞中表示", "应晓岚在推介中介绍了"]),
    ("dw06", "仙居县绿色医药产业园一期开园仪式", "ceremony (开园仪式)", "11月21日", "应晓岚", None, [],
     ["郑海潮", "朱晓航", "泮国栋", "陶景春", "覃伟", "陈启帆"], ["郑海潮", "朱晓航", "泮国栋", "陈启帆"], "福应街道",
     "11月21日，仙居县绿色医药产业园一期开园仪式在福应街道举行",
     ["县委书记郑海潮宣布产业园开园", "县长朱晓航致辞", "副局长泮国栋", "县领导陶景春、覃伟出席", "常务副县长应晓岚主持仪式",
      "朱晓航在致辞中说", "泮国栋表示", "董事长陈启帆代表入园企业发言"]),
    ("dw07", "2024年弥渡元宵花灯艺术节暨“小河淌水”文化旅游节开幕式", "ceremony (开幕式)", "2月24日晚", "罗正宏", None, [],
     ["字丽芳", "普光明", "施艳萍", "赵锦华"], ["普光明", "字丽芳"], "密祉镇文盛街",
     "2024年弥渡元宵花灯艺术节暨“小河淌水”文化旅游节开幕式在密祉镇文盛街举行",
     ["大理州委常委、宣传部部长字丽芳", "县委书记普光明", "县委常委、宣传部部长施艳萍", "州文化和旅游局副局长赵锦华等出席开幕式",
      "开幕式由罗正宏主持", "普光明在致辞中说", "字丽芳宣布"]),
    ("dw07", "弥渡花灯传承展示中心揭牌仪式", "ceremony (揭牌仪式)", "2月24日晚", None, None, [],
     ["赵锦华", "施艳萍"], ["施艳萍"], "文盛街",
     "弥渡花灯传承展示中心揭牌仪式在文盛街举行",
     ["赵锦华、施艳萍为展示中心揭牌", "施艳萍介绍了展示中心建设情况"]),
    ("dw08", "2024蒲江猕猴桃采摘节开幕式暨农商文旅招商推介会", "ceremony (开幕式暨招商推介会)", "9月6日上午", "钟沁怡", None, [],
     ["冉崇山", "邹文卿", "何维舟", "郦文华"], ["邹文卿", "何维舟", "郦文华", "冉崇山"], "甘溪镇明月村",
     "2024蒲江猕猴桃采摘节开幕式暨农商文旅招商推介会在甘溪镇明月村举行",
     ["成都市农业农村局副局长冉崇山", "县委书记邹文卿", "县委副书记、县长何维舟", "副县长郦文华出席", "活动由钟沁怡主持",
      "邹文卿在致辞中表示", "何维舟向与会客商推介了", "郦文华介绍了本次签约项目情况", "冉崇山宣布"]),
    ("dw09", "第十二届中国·东宁黑木耳产业博览会开幕式", "ceremony (开幕式)", "8月25日", "佟志凯", None, [],
     ["谭继伟", "卜宪鹏", "郦文华", "韩玉珍"], ["卜宪鹏", "郦文华", "韩玉珍", "谭继伟"], "绥阳镇黑木耳批发大市场",
     "第十二届中国·东宁黑木耳产业博览会在绥阳镇黑木耳批发大市场开幕",
     ["牡丹江市委常委、副市长谭继伟", "东宁市委书记卜宪鹏", "副市长郦文华", "绥阳镇党委书记韩玉珍等出席开幕式", "开幕式由佟志凯主持",
      "卜宪鹏在致辞中说", "郦文华介绍了本届博览会的筹备情况", "韩玉珍介绍了", "谭继伟、卜宪鹏共同为东宁黑木耳产业研究院揭牌", "谭继伟宣布"]),
    ("dw10", "东宁市黑木耳精深加工产业园一期竣工投产仪式", "ceremony (竣工投产仪式)", "6月12日", "栾嘉禾", None, [],
     ["佟志凯", "卜宪鹏", "关长海", "滕跃彬"], ["佟志凯", "卜宪鹏", "滕跃彬"], "绥阳镇",
     "东宁市黑木耳精深加工产业园一期竣工投产仪式在绥阳镇举行",
     ["副市长佟志凯出席并宣布项目竣工投产", "东宁市委书记卜宪鹏致辞", "市长栾嘉禾主持仪式", "局长关长海出席",
      "卜宪鹏在致辞中说", "佟志凯指出", "董事长滕跃彬代表企业发言"]),
    ("dw10", "绥阳镇黑木耳全产业链示范园菌包生产和订单收购调研", "inspection (调研)", "6月12日", None, "佟志凯", [],
     ["栾嘉禾"], [], "绥阳镇黑木耳全产业链示范园",
     "佟志凯一行到绥阳镇黑木耳全产业链示范园调研菌包生产和订单收购工作",
     ["佟志凯一行到绥阳镇黑木耳全产业链示范园调研", "栾嘉禾陪同调研"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dw01", "中庄镇万亩苹果标准化示范园", "project", "全县新建中庄镇万亩苹果标准化示范园"),
    ("dw01", "沂源苹果数字化分选中心", "project", "建成投用沂源苹果数字化分选中心"),
    ("dw02", "沂源县苹果精深加工产业园一期", "industrial_park", "沂源县苹果精深加工产业园一期总投资6.8亿元"),
    ("dw02", "沂源苹果冷链物流中心", "logistics_hub", "配套建设的沂源苹果冷链物流中心同步投用"),
    ("dw02", "燕崖镇苹果老园改造提升示范区", "project", "察看了燕崖镇苹果老园改造提升示范区"),
    ("dw03", "灵宝苹果智慧冷链物流园", "logistics_hub", "其中包括灵宝苹果智慧冷链物流园、寺河山苹果文旅综合体等项目"),
    ("dw03", "寺河山苹果文旅综合体", "project", "其中包括灵宝苹果智慧冷链物流园、寺河山苹果文旅综合体等项目"),
    ("dw04", "国道209线灵宝至卢氏段改建工程", "infrastructure_project", "国道209线灵宝至卢氏段改建工程全长48.6公里"),
    ("dw04", "灵宝黄金新材料产业园二期", "industrial_park", "其中灵宝黄金新材料产业园二期项目总投资18亿元"),
    ("dw06", "仙居县绿色医药产业园一期", "industrial_park", "仙居县绿色医药产业园一期规划用地420亩"),
    ("dw06", "县医药创新服务中心", "project", "园区配套建设的县医药创新服务中心和污水集中处理站同步投入使用"),
    ("dw07", "密祉古镇保护提升一期工程", "project", "弥渡县已完成密祉古镇保护提升一期工程"),
    ("dw07", "天生桥风景区游客服务中心", "project", "天生桥风景区游客服务中心正在加紧建设"),
    ("dw08", "蒲江猕猴桃冷链物流园", "logistics_hub", "包括蒲江猕猴桃冷链物流园、甘溪镇猕猴桃数字农业示范园和朝阳湖乡村度假综合体等"),
    ("dw08", "甘溪镇猕猴桃数字农业示范园", "project", "包括蒲江猕猴桃冷链物流园、甘溪镇猕猴桃数字农业示范园和朝阳湖乡村度假综合体等"),
    ("dw08", "朝阳湖乡村度假综合体", "project", "包括蒲江猕猴桃冷链物流园、甘溪镇猕猴桃数字农业示范园和朝阳湖乡村度假综合体等"),
    ("dw09", "东宁市黑木耳精深加工产业园", "planned_project", "东宁市黑木耳精深加工产业园已完成规划设计，计划年内开工建设"),
    ("dw10", "东宁市黑木耳精深加工产业园一期", "industrial_park", "东宁市黑木耳精深加工产业园一期总投资5.6亿元"),
    ("dw10", "绥阳镇黑木耳全产业链示范园", "project", "到绥阳镇黑木耳全产业链示范园调研"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dw01", "沂源县", "county", "standalone", "9月23日上午，沂源县庆祝2022年"),
    ("dw01", "中庄镇", "town", "standalone", "全县将在中庄镇、燕崖镇、南麻街道设置12处采摘点"),
    ("dw01", "中庄镇苹果主题公园", "park", "standalone", "开幕式在中庄镇苹果主题公园举行"),
    ("dw01", "沂源", "county", "standalone", "沂源是“中国苹果之乡”"),
    ("dw01", "燕崖镇", "town", "standalone", "全县将在中庄镇、燕崖镇、南麻街道设置12处采摘点"),
    ("dw01", "南麻街道", "sub_district_office", "standalone", "全县将在中庄镇、燕崖镇、南麻街道设置12处采摘点"),
    ("dw02", "沂源县", "county", "standalone", "是沂源县“项目深化年”的一个缩影"),
    ("dw02", "南麻街道", "sub_district_office", "standalone", "竣工投产仪式在南麻街道举行"),
    ("dw02", "沂源", "county", "standalone", "沂源将围绕苹果全产业链"),
    ("dw02", "燕崖镇", "town", "standalone", "郇立新到燕崖镇调研苹果老园改造工作"),
    ("dw03", "寺河乡", "township", "standalone", "采摘季开幕式在寺河乡举行"),
    ("dw03", "三门峡市", "city", "in_org_reference", "三门峡市委常委、宣传部部长祁红梅"),
    ("dw03", "灵宝市", "county_level_city", "in_org_reference", "灵宝市委书记聂振东"),
    ("dw03", "灵宝", "county_level_city", "standalone", "灵宝是全国优质苹果生产基地"),
    ("dw03", "寺河山", "mountain", "standalone", "介绍了寺河山高海拔苹果的种植特色"),
    ("dw03", "函谷关镇", "town", "standalone", "灵宝苹果产业招商推介会在函谷关镇举行"),
    ("dw04", "国道209线", "road", "in_project_name", "国道209线灵宝至卢氏段改建工程全长48.6公里"),
    ("dw04", "灵宝市", "county_level_city", "standalone", "通车仪式在灵宝市朱阳镇举行"),
    ("dw04", "朱阳镇", "town", "standalone", "途经灵宝市朱阳镇、五亩乡和卢氏县官道口镇"),
    ("dw04", "五亩乡", "township", "standalone", "途经灵宝市朱阳镇、五亩乡和卢氏县官道口镇"),
    ("dw04", "卢氏县", "county", "standalone", "途经灵宝市朱阳镇、五亩乡和卢氏县官道口镇"),
    ("dw04", "官道口镇", "town", "standalone", "途经灵宝市朱阳镇、五亩乡和卢氏县官道口镇"),
    ("dw04", "灵宝", "county_level_city", "standalone", "灵宝至卢氏的车程"),
    ("dw04", "卢氏", "county", "standalone", "灵宝至卢氏的车程"),
    ("dw04", "小秦岭", "mountain", "standalone", "小秦岭旅游开发"),
    ("dw04", "深圳", "city", "standalone", "灵宝市与深圳、东莞等地的企业"),
    ("dw04", "深圳市", "city", "standalone", "招商推介会在深圳市福田区举行"),
    ("dw04", "福田区", "district", "standalone", "招商推介会在深圳市福田区举行"),
    ("dw04", "东莞", "city", "standalone", "灵宝市与深圳、东莞等地的企业"),
    ("dw05", "步路乡", "township", "standalone", "2023仙居杨梅节开幕式在步路乡举行"),
    ("dw05", "台州市", "city", "in_org_reference", "台州市副市长蒋慧琳出席并宣布开幕"),
    ("dw05", "仙居县", "county", "in_org_reference", "仙居县委书记郑海潮致辞"),
    ("dw05", "仙居", "county", "standalone", "仙居是“中国杨梅之乡”"),
    ("dw05", "横溪镇", "town", "standalone", "步路乡、横溪镇、埠头镇等地的杨梅基地"),
    ("dw05", "埠头镇", "town", "standalone", "步路乡、横溪镇、埠头镇等地的杨梅基地"),
    ("dw06", "仙居县", "county", "in_project_name", "仙居县绿色医药产业园一期规划用地420亩"),
    ("dw06", "福应街道", "sub_district_office", "standalone", "开园仪式在福应街道举行"),
    ("dw06", "台州市", "city", "in_org_reference", "台州市经济和信息化局副局长泮国栋"),
    ("dw06", "仙居", "county", "standalone", "医药产业是仙居的传统优势产业"),
    ("dw07", "大理州", "autonomous_prefecture", "in_org_reference", "大理州委常委、宣传部部长字丽芳"),
    ("dw07", "密祉镇", "town", "standalone", "开幕式在密祉镇文盛街举行"),
    ("dw07", "文盛街", "street", "standalone", "开幕式在密祉镇文盛街举行"),
    ("dw07", "弥渡", "county", "standalone", "弥渡是“花灯之乡”"),
    ("dw07", "弥渡县", "county", "standalone", "弥渡县已完成密祉古镇保护提升一期工程"),
    ("dw07", "密祉古镇", "heritage_site", "in_project_name", "弥渡县已完成密祉古镇保护提升一期工程"),
    ("dw07", "天生桥风景区", "scenic_area", "in_project_name", "天生桥风景区游客服务中心正在加紧建设"),
    ("dw08", "甘溪镇", "town", "standalone", "招商推介会在甘溪镇明月村举行"),
    ("dw08", "明月村", "village", "standalone", "招商推介会在甘溪镇明月村举行"),
    ("dw08", "成都市", "city", "standalone", "成都市将继续支持蒲江建设国家现代农业产业园"),
    ("dw08", "蒲江", "county", "standalone", "蒲江是“中国猕猴桃之乡”"),
    ("dw08", "朝阳湖", "lake", "in_project_name", "朝阳湖乡村度假综合体等"),
    ("dw09", "绥阳镇", "town", "standalone", "韩玉珍介绍了绥阳镇黑木耳全产业链示范园建设情况"),
    ("dw09", "绥阳镇黑木耳批发大市场", "market", "standalone", "博览会在绥阳镇黑木耳批发大市场开幕"),
    ("dw09", "绥阳黑木耳批发大市场", "market", "standalone", "绥阳黑木耳批发大市场年交易额突破百亿元"),
    ("dw09", "牡丹江市", "city", "in_org_reference", "牡丹江市委常委、副市长谭继伟"),
    ("dw09", "东宁市", "county_level_city", "in_org_reference", "东宁市委书记卜宪鹏"),
    ("dw09", "东宁", "county_level_city", "standalone", "东宁是“中国黑木耳之乡”"),
    ("dw09", "俄罗斯", "country", "standalone", "吸引省内外及俄罗斯客商260余家参展"),
    ("dw10", "东宁市", "county_level_city", "in_project_name", "东宁市黑木耳精深加工产业园一期总投资5.6亿元"),
    ("dw10", "绥阳镇", "town", "standalone", "竣工投产仪式在绥阳镇举行"),
    ("dw10", "东宁", "county_level_city", "standalone", "东宁将持续做好项目服务"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dw", conventions="set dw (blind set: festivals, fairs and ceremonies in 山东 淄博 (沂源县), 河南 三门峡 (灵宝市, 卢氏县), 浙江 台州 (仙居县), 云南 大理州 (弥渡县), 四川 成都 (蒲江县) and 黑龙江 牡丹江 (东宁市): 丰收节 / 采摘节 / 文化旅游节 / 博览会 开幕式, 开园仪式, 通车仪式 and 竣工投产仪式 are ceremonies, 招商推介会 meetings, a 调研 after a ceremony an inspection of its own; a 揭牌 or 签约 on the 开幕式 is part of it, a 揭牌仪式 held on its own is its own event; the festival itself is no event; attendees are all named persons present (chair not repeated), speakers include 宣布开幕 / 通车 / 开园 / 投产; bare 市委 / 副市长 take the site's county-level city on its own site and the paper's city in a city paper; 县领导 no post; company roles no post; one line per post per article)",
          persons_note="Set dw persons. id = corpus-wide person_id (dw:郦文华#1 东宁市副市长 (黑龙江) and dw:郦文华#2 蒲江县副县长 (四川) are two people; dw:翟文涛 沂源县长 2022 → 县委书记 2024; dw:蔺东升 沂源副县长 2022 → 常务副县长 2024; dw:上官瑞峰 灵宝市长 2023 → 灵宝市委书记 2025; dw:应晓岚 仙居 宣传部部长 2023 → 常务副县长 2024; dw:佟志凯 东宁市长 2023 → 牡丹江副市长 2025)")


if __name__ == "__main__":
    main()
