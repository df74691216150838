"""Write gold part ``ge`` (a blind set: events of many kinds — 考察团 visits from another province with their 座谈会,
签约仪式, a 开幕式 with several co-hosts, a 专题辅导报告会, a 培训班 开班式, a 视频会议 with 主会场 / 分会场, a 现场会 with its
观摩, a 观摩会 with its 点评会, a 座谈会 of two co-hosting departments) from the tables below.

Pages ``tests/dev/texts/ge*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 潍坊日报 report of a 长治 党政考察团 (``市委书记…，市委副书记、市长…率
长治市党政考察团来潍考察。…分别陪同有关活动``, ``考察团一行先后实地考察了…``); the 梅河口 site (``延边州政协考察团来我市参观考察…
市政协副主席…陪同考察。责任编辑:``); a 合作市 page of a 天祝县考察团 (``…带领天祝县考察团来合作市考察调研…陪同``); the 筠连县 签约
仪式 page on 中国网 (``发布时间:… | 来源:… | 作者:… | 责任编辑:``, ``县委书记…出席签约仪式。县委副书记…主持仪式``, ``县委常委、
常务副县长…代表县人民政府分别与企业代表签订合作协议。与会县领导共同见证签约``); a 武乡县 签约仪式 page (no chair named,
``…介绍全县项目总体情况，并代表县政府与企业负责人签署合作协议``); the 山西经济日报 ``本报运城3月19日讯…日前，闻喜县举行…集中
签约仪式``; the 宣城日报 and 湘潭 site pages of a 开幕式 (``由宣城市人民政府、省旅游局、省文化厅、省商务厅共同主办``, ``市委书记
…致欢迎辞，…市长…主持开幕式``, ``湖南省政协副主席…宣布…开幕``); a 海盐 page (``昨天下午，海盐县委召开中心组(扩大)学习会，邀请…作了
专题辅导``), a 平原县 page (``…作了题为《…》的专题辅导报告…县委常委、组织部部长…主持会议``) and a 湖北文理学院 page of a 专题辅导
报告会; the 澧县 page of a 培训班开班 (``县委常委、组织部长…作开班动员讲话。开班仪式由…主持``, ``（编辑：…）（编审：…）``); the
临汾新闻网 page on the ``“主会场+分会场”视频会议形式``; the 宝鸡 page of a 县(区)委书记座谈会 with ``会前，与会同志赴部分县区观摩了
重点项目建设情况``; a 贵港 page (``今天(10月8日)上午，全市…推进会在市区召开``); the 修武 and 罗山 观摩 pages (``…带领…对…各乡镇
重点项目进行观摩评比…下午…召开观摩推进会。会上，县委副书记…点评项目观摩情况``) and the 建安区 观摩 page (``观摩结束后…进行了实名制
打分``). Places are real and new to the corpus: 山西 临汾 (襄汾县, 翼城县, 侯马市) and 福建 漳州 (漳浦县, 平和县).

Shapes: a county government site with 当前位置, 发布时间 / 来源 / 浏览次数, 字号, 责任编辑, 打印 / 关闭, 相关链接 and footer
(ge01, ge08); a county site with bracketed stamp items and a 融媒体 credit in brackets, 编辑 / 审核 (ge02); a city paper's
digital edition 第01版 with a sub-headline and ``本版其他新闻`` (ge03); a city paper's 第A02版 with ``本报讯（记者 … 通讯员 …）``
(ge04); a county-level city's site with 上一篇 / 下一篇 (ge05); a county 融媒 app page with 阅读量, ``记者：… 编辑：… 审核：…``,
share buttons and 相关阅读 (ge06); a city news portal repost with 作者 / 编辑 on the stamp line and 相关新闻 (ge07); a city
government site (ge09); a county site with the stamp after 来源 (ge10).

Events: ge01 a 山西 county's 党政考察团 in a 福建 county (考察 + 座谈会, hosts 陪同考察或参加座谈, a member 随团); ge02 a
集中签约仪式 with no chair named (``日前``); ge03 a city 视频会议 with 主会场 and 分会场 (``昨天``; two county heads speak at the
分会场; 市领导 without titles); ge04 a 开幕式 with three 主办 and two 承办 units (``10月18日上午``); ge05 a 中心组 专题辅导报告会
(``近日``, a 省委党校 教授); ge06 a 培训班 开班式 held by three units (``3月21日上午``); ge07 a city 现场会 in a county with no
chair named, its 会前观摩 and three co-hosting departments; ge08 a county 观摩会 and its 点评会; ge09 a 副市长's 座谈会 held
by two departments (``5月15日上午``); ge10 the return visit of the 福建 county's 考察团 (考察, 座谈会 and a 签约仪式).

Identity cases:
- ge:郜鸿涛, a 县长 who becomes 县委书记: 襄汾县委副书记、县长 (ge01 2022-07, ge02 2022-09, ge03 2022-11) → 襄汾县委书记
  (ge10 2024-06).
- ge:黄志航 moves between counties: 漳浦县委常委、常务副县长 (ge01 2022-07) → 平和县委副书记、县长 (ge04 2023-10, ge08 2024-03).
- ge:林清源: 漳浦县委副书记、县长 (ge01 2022-07) → 漳浦县委书记 (ge07 2024-04, ge10 2024-06).
- ge:乔志远, a county 书记 who becomes the city's 副市长: 翼城县委书记 (ge03 2022-11) → 临汾市副市长 (ge09 2024-05).
- ge:薛晓峰: 襄汾县委常委、副县长 (ge01, ge02 2022) → 襄汾县委常委、常务副县长 (ge09, ge10 2024).
- two different 郑光明 in unrelated places: ge:郑光明#1 is 翼城县委常委、组织部部长 (山西, ge06 2023); ge:郑光明#2 is 平和县委
  常委、常务副县长 (福建, ge07, ge08 2024).
- one organ name in several places: bare ``市委`` is 侯马市委 on the 侯马 site (ge05, a county-level city) but 临汾市委 in the
  临汾日报 (ge03) and 漳州市委 in the 闽南日报 (ge04); bare ``县农业农村局`` is 翼城's (ge06) and 平和's (ge08); bare ``县委``
  / ``县委常委、常务副县长`` is 漳浦's in ge01 and 襄汾's in ge10.
- the same officials in two pages: ge:陈婉琼 (漳浦县委常委、宣传部部长, 2022 and 2024), ge:曾国梁 (平和县委书记, 2023 and 2024);
  the editor ge:段丽君 (ge02 编辑, ge10 审核).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, en, ep, gc where they speak; decided here where they are silent):
- Labels: counties by full name (漳浦县, 襄汾县, 翼城县, 平和县), the county-level city 侯马市, the cities 临汾市 and 漳州市; the
  province written before a visiting county's organ (``山西省襄汾县委副书记``) is not part of the label (襄汾县委). Bare organs take
  the page's place: a county site's ``县委`` / ``县长`` its county; the 侯马 site's ``市委`` / ``市长`` 侯马's; a city paper's or a
  city site's ``市委`` / ``市长`` / ``副市长`` / ``市X局`` the city; ``省农业农村厅`` in the 闽南日报 = 福建省农业农村厅.
- ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长; ``县委常委、组织部部长`` → 翼城县委 常委 + 翼城县委组织部 部长; ``县人大
  常委会主任`` → 襄汾县人大常委会 主任; ``县政协主席`` → 襄汾县政协 主席; ``镇党委书记`` → 平和县坂仔镇党委 书记.
- ``市领导吴俊辉、魏振国`` (ge03) is no post (CONVENTIONS); they are attendees. A company's 董事长 (ge02 温建民) is no post.
- DECIDED HERE: ``省委党校教授许明哲`` (ge05): 教授 is an academic rank, no post (type ``professional``); he is a speaker of the
  辅导报告会 he gives.
- Events (chair when 主持; 出席 / 参加 / 陪同 / 随团 / 见证 / 签约 attendees; 介绍 / 汇报 / 通报 / 致辞 / 讲话 / 宣布开幕 / 推介 /
  指出 / 强调 / 要求 / 表示 / 作了安排 / 发言 / 点评 speakers; a person both 出席 and speaking is in both lists):
  - a visiting 考察团 is an ``inspection (考察)`` led by the person who 率 it (as en); the hosts who ``陪同考察或参加座谈`` are
    attendees of the 考察 and of the 座谈会 (as en); a ``随团`` member is an attendee of the 考察 only. ``两地召开座谈会`` /
    ``两县举行`` give both counties as organizers (as en).
  - DECIDED HERE: the 签约仪式 held after the 座谈会 (ge10, ``座谈会后，两县举行…签约仪式``) is a ``ceremony`` of its own (the text
    names it a 仪式), dated by the 座谈会's ``19日上午``; no chair is named.
  - DECIDED HERE (视频会议): a city's 视频会议 with 主会场 and 分会场 is one event (as ce counts a 集中开工 with 分会场 once); county
    heads who speak ``在分会场`` are attendees (as ep04) and speakers; no organizer is written (``…视频会议召开``), so none.
  - DECIDED HERE (co-hosts): every unit written as 主办 or 承办 (ge04) or as 联合举办 / 联合召开 (ge06, ge07, ge09) is an organizer,
    labelled as a post's org would be (福建省农业农村厅, 漳州市政府, 平和县政府, 漳州市委农办, 翼城县委组织部 …). A headline
    ``我县举行`` / ``我县召开`` gives the county (ge02, ge08; as ep).
  - the 开幕式 is the event, not the three-day 博览会 (as the earlier parts that met a 节 / 博览会).
  - DECIDED HERE: a 中心组 专题辅导报告会 is a ``study session (专题辅导报告会)`` (as df types 中心组 集体学习), organized by the
    中心组 (``市委理论学习中心组举行`` → 侯马市委理论学习中心组).
  - DECIDED HERE: of a 培训班 the event is its 开班式 (``meeting (培训班开班式)``, as cm); the five days of training are no event.
  - the 会前 观摩 of a 现场会 (ge07) is a ``site observation`` of its own (CONVENTIONS, as di01); ``参加观摩和会议`` makes attendees of
    both. The 观摩会 (ge08) is a ``site observation`` led by the 县委书记 named first in ``…等县领导带领…``, and its 点评会 a meeting of
    its own (CONVENTIONS).
- Dates: ``昨天`` (ge03) is the edition's date minus one; ``日前`` / ``近日`` the stamp's month (as df, fm); ``13日上午`` /
  ``19日上午`` are the second day of a two-day visit.
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``记者：…`` reporter / correspondent lines; ``作者：…`` on a portal's stamp line and a
  融媒体 credit in brackets with a name author lines; 编辑 / 责任编辑 / 审核 editor lines. A bracketed credit with no name
  (``（侯马市融媒体中心）``) and a 来源 unit give nothing.
- Projects: named works visited, signed or pushed: 产业园 (and its 二期) ``industrial_park``; 渔港 and 污水治理 works
  ``infrastructure_project``; a 生态廊道 ``greening_project``; 示范基地, 示范片区, 片区更新, 古镇保护, 文旅综合开发 and a named
  production project ``project``. Generic phrases (清洁取暖改造, 厕所革命) are no projects.
- Places: one line per name per file as written; places in titles, organ references and project names count; mastheads,
  site lines, 来源 lines, footers and addresses, 相关链接 / 本版其他新闻 / 相关新闻 lists and 上一篇 / 下一篇 are not annotated;
  places inside company names (山西晋禾粮油科技有限公司) are not annotated; unnamed venues (县会议中心, 县委党校) are not places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ZP, XF, YC, HM, PH, LF, ZZ = "漳浦县", "襄汾县", "翼城县", "侯马市", "平和县", "临汾市", "漳州市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ge01_zhangpu.txt": (2022, "发布时间：2022-07-14 10:26", ZP, [
        ("山西省襄汾县党政考察团来我县考察交流", "7月12日至13日", "2022-07-12", "7月12日至13日，山西省",
         "county site: a 山西 county's 党政考察团 led by its 县长 (考察 and 座谈会); hosts 陪同考察或参加座谈; a 副县长 随团")]),
    "ge02_xiangfen.txt": (2022, "【发布时间：2022-09-23 17:08】", XF, [
        ("我县举行2022年第三季度招商引资项目集中签约仪式", "日前", "2022-09", "日前，襄汾县",
         "county site: 集中签约仪式 with no chair named; 县长 signs, 副县长 presents the projects, 书记 致辞, a company head speaks")]),
    "ge03_linfen.txt": (2022, "2022年11月03日　星期四", LF, [
        ("全市秋冬季大气污染防治攻坚暨安全生产视频会议召开", "昨天", "2022-11-02", "本报讯（记者 王鹏飞）昨天",
         "city paper 第01版: 视频会议 with 主会场 / 分会场; 市委书记 讲话, 市长 主持; two county heads speak at the 分会场; 市领导 without titles")]),
    "ge04_zhangzhou.txt": (2023, "2023年10月19日　星期四", ZZ, [
        ("首届漳州平和蜜柚产业博览会开幕", "10月18日上午", "2023-10-18", "本报讯（记者 柯晓东 通讯员 蓝海燕）10月18日上午",
         "city paper 第A02版: 开幕式 with three 主办 and two 承办 units; 副厅长 宣布开幕, 市长 致辞, 副市长 主持; the former 漳浦 常务副县长 now 平和县长")]),
    "ge05_houma.txt": (2023, "发布日期：2023-06-16", HM, [
        ("市委理论学习中心组举行专题辅导报告会", "近日", "2023-06", "近日，市委理论学习中心组",
         "county-level city site: 中心组 专题辅导报告会 (a 省委党校 教授); bare 市委 = 侯马市委")]),
    "ge06_yicheng.txt": (2023, "2023-03-22 09:15:37", YC, [
        ("翼城县2023年乡村振兴专题培训班开班", "3月21日上午", "2023-03-21", "3月21日上午，翼城县",
         "county 融媒 page: 培训班 开班式 held by three units; 书记 讲话, 副书记 主持; 郑光明#1")]),
    "ge07_zhangpu.txt": (2024, "2024-04-26 16:42:10", ZP, [
        ("全市农村人居环境整治提升现场会在漳浦召开", "4月25日", "2024-04-25", "4月25日，全市农村人居环境",
         "city portal: a city 现场会 in a county, no chair named, three co-hosting departments, 会前观摩; 林清源 now 县委书记; 郑光明#2")]),
    "ge08_pinghe.txt": (2024, "发布时间：2024-03-29 18:30", PH, [
        ("我县召开2024年一季度重点项目观摩会", "3月28日", "2024-03-28", "3月28日，我县召开",
         "county site: 观摩会 and its 点评会; 黄志航 县长 of 平和; a 镇党委书记 and the 县农业农村局局长 report")]),
    "ge09_linfen.txt": (2024, "发布时间：2024-05-16 11:20", LF, [
        ("乔志远主持召开全市文旅产业发展座谈会", "5月15日上午", "2024-05-15", "5月15日上午，副市长",
         "city site: the 副市长's 座谈会 held by two departments; the former 翼城县委书记 now 副市长; county heads 交流发言")]),
    "ge10_xiangfen.txt": (2024, "发布时间：2024-06-20 08:45", XF, [
        ("福建省漳浦县党政考察团来襄汾考察交流", "6月18日至19日", "2024-06-18", "6月18日至19日，福建省",
         "county site: the 福建 county's return visit led by its new 县委书记 (考察, 座谈会, 签约仪式); 郜鸿涛 now 县委书记")]),
}

_G01_HOST = "县委书记蔡明哲，县委副书记、县长林清源，县委常委、常务副县长黄志航等陪同考察或参加座谈"
_G02_LEAD = "县委书记段昌平，县委副书记、县长郜鸿涛，县人大常委会主任柴玉芬，县政协主席闫建国等县领导出席签约仪式"
_G04_ATT = "平和县委书记曾国梁，县委副书记、县长黄志航等出席开幕式"
_G05_ATT = "市委副书记、市长吕海洋，市人大常委会主任张晓敏，市政协主席郭丽华等市四套班子领导参加"
_G07_ATT = "漳浦县委副书记、县长郑启帆，平和县委常委、常务副县长郑光明等参加观摩和会议"
_G08_LEAD = "县委书记曾国梁，县委副书记、县长黄志航，县委常委、常务副县长郑光明等县领导带领各乡镇党委书记"
_G09_SPK = "侯马市委常委、副市长宋佳琪，襄汾县委常委、常务副县长薛晓峰先后作交流发言"
_G10_HOST = "县委书记郜鸿涛，县委副书记、县长卫晓宁，县委常委、常务副县长薛晓峰等陪同考察或参加座谈"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 襄汾县 (山西 临汾)
    "ge:郜鸿涛": ("郜鸿涛", "official", XF, [
        ("ge01", XF + "委", "副书记", "山西省襄汾县委副书记、县长郜鸿涛率", "2022-07 (identity case: 县委书记 in 2024, ge10); the province before the organ is not part of the label"),
        ("ge01", XF + "政府", "县长", "山西省襄汾县委副书记、县长郜鸿涛率", None),
        ("ge02", XF + "委", "副书记", _G02_LEAD, "2022-09: bare 县委 on the 襄汾 site"),
        ("ge02", XF + "政府", "县长", _G02_LEAD, None),
        ("ge03", XF + "委", "副书记", "襄汾县委副书记、县长郜鸿涛在分会场作表态发言", "2022-11: in the 临汾日报"),
        ("ge03", XF + "政府", "县长", "襄汾县委副书记、县长郜鸿涛在分会场作表态发言", None),
        ("ge10", XF + "委", "书记", _G10_HOST, "2024-06: now 县委书记")], []),
    "ge:薛晓峰": ("薛晓峰", "official", XF, [
        ("ge01", XF + "委", "常委", "襄汾县委常委、副县长薛晓峰随团考察", "2022-07 (identity case: 常务副县长 in 2024)"),
        ("ge01", XF + "政府", "副县长", "襄汾县委常委、副县长薛晓峰随团考察", None),
        ("ge02", XF + "委", "常委", "县委常委、副县长薛晓峰介绍了签约项目情况", "2022-09"),
        ("ge02", XF + "政府", "副县长", "县委常委、副县长薛晓峰介绍了签约项目情况", None),
        ("ge09", XF + "委", "常委", _G09_SPK, "2024-05: now 常务副县长"),
        ("ge09", XF + "政府", "常务副县长", _G09_SPK, None),
        ("ge10", XF + "委", "常委", _G10_HOST, "2024-06"),
        ("ge10", XF + "政府", "常务副县长", _G10_HOST, None)], []),
    "ge:段昌平": ("段昌平", "official", XF, [
        ("ge02", XF + "委", "书记", _G02_LEAD, "2022-09")], []),
    "ge:柴玉芬": ("柴玉芬", "official", XF, [
        ("ge02", XF + "人大常委会", "主任", _G02_LEAD, None)], []),
    "ge:闫建国": ("闫建国", "official", XF, [
        ("ge02", XF + "政协", "主席", _G02_LEAD, None)], []),
    "ge:温建民": ("温建民", "company_executive", XF, [], ["ge02"]),  # 董事长: no post
    "ge:卫晓宁": ("卫晓宁", "official", XF, [
        ("ge10", XF + "委", "副书记", _G10_HOST, "2024-06: succeeds 郜鸿涛 as 县长"),
        ("ge10", XF + "政府", "县长", _G10_HOST, None)], []),
    # ---- 临汾市
    "ge:武振邦": ("武振邦", "official", LF, [
        ("ge03", LF + "委", "书记", "市委书记武振邦出席并讲话", "named in the sub-headline too")], []),
    "ge:程兆麟": ("程兆麟", "official", LF, [
        ("ge03", LF + "委", "副书记", "市委副书记、市长程兆麟主持会议", None),
        ("ge03", LF + "政府", "市长", "市委副书记、市长程兆麟主持会议", None)], []),
    "ge:郝俊达": ("郝俊达", "official", LF, [
        ("ge03", LF + "委", "常委", "市委常委、常务副市长郝俊达通报了", None),
        ("ge03", LF + "政府", "常务副市长", "市委常委、常务副市长郝俊达通报了", None)], []),
    "ge:许凤仪": ("许凤仪", "official", LF, [
        ("ge03", LF + "政府", "副市长", "副市长许凤仪就清洁取暖改造", None)], []),
    "ge:吴俊辉": ("吴俊辉", "official", LF, [], ["ge03"]),  # 市领导: no post
    "ge:魏振国": ("魏振国", "official", LF, [], ["ge03"]),  # 市领导: no post
    "ge:乔志远": ("乔志远", "official", LF, [
        ("ge03", YC + "委", "书记", "翼城县委书记乔志远", "2022-11 (identity case: 临汾市副市长 in 2024, ge09)"),
        ("ge09", LF + "政府", "副市长", "副市长乔志远主持召开", "2024-05: now 副市长; named in the headline too")], []),
    "ge:贺晓蓉": ("贺晓蓉", "official", LF, [
        ("ge09", LF + "文化和旅游局", "局长", "市文化和旅游局局长贺晓蓉", None)], []),
    "ge:梁振华": ("梁振华", "official", LF, [
        ("ge09", LF + "商务局", "局长", "市商务局局长梁振华", None)], []),
    # ---- 侯马市
    "ge:范承业": ("范承业", "official", HM, [
        ("ge05", HM + "委", "书记", "市委书记范承业主持并讲话", "bare 市委 on the 侯马 site = 侯马市委")], []),
    "ge:吕海洋": ("吕海洋", "official", HM, [
        ("ge05", HM + "委", "副书记", _G05_ATT, None),
        ("ge05", HM + "政府", "市长", _G05_ATT, None)], []),
    "ge:张晓敏": ("张晓敏", "official", HM, [
        ("ge05", HM + "人大常委会", "主任", _G05_ATT, None)], []),
    "ge:郭丽华": ("郭丽华", "official", HM, [
        ("ge05", HM + "政协", "主席", _G05_ATT, None)], []),
    "ge:聂素芳": ("聂素芳", "official", HM, [
        ("ge05", HM + "委", "常委", "市委常委、宣传部部长聂素芳", None),
        ("ge05", HM + "委宣传部", "部长", "市委常委、宣传部部长聂素芳", None)], []),
    "ge:许明哲": ("许明哲", "professional", "山西省委党校", [], ["ge05"]),  # 教授: no post (DECIDED HERE)
    "ge:宋佳琪": ("宋佳琪", "official", HM, [
        ("ge09", HM + "委", "常委", _G09_SPK, None),
        ("ge09", HM + "政府", "副市长", _G09_SPK, None)], []),
    # ---- 翼城县
    "ge:常国栋": ("常国栋", "official", YC, [
        ("ge06", YC + "委", "书记", "县委书记常国栋出席开班式", "2023-03: 乔志远's successor")], []),
    "ge:牛建平": ("牛建平", "official", YC, [
        ("ge06", YC + "委", "副书记", "县委副书记牛建平主持开班式", None)], []),
    "ge:郑光明#1": ("郑光明", "official", YC, [
        ("ge06", YC + "委", "常委", "县委常委、组织部部长郑光明宣读", "翼城县 (山西); not the 郑光明 of 平和县 (ge07, ge08)"),
        ("ge06", YC + "委组织部", "部长", "县委常委、组织部部长郑光明宣读", None)], []),
    "ge:阮明辉": ("阮明辉", "official", YC, [
        ("ge06", YC + "农业农村局", "局长", "县农业农村局局长阮明辉介绍了", "bare 县农业农村局 = 翼城's here, 平和's in ge08")], []),
    # ---- 漳浦县 (福建 漳州)
    "ge:蔡明哲": ("蔡明哲", "official", ZP, [
        ("ge01", ZP + "委", "书记", _G01_HOST, "2022-07")], []),
    "ge:林清源": ("林清源", "official", ZP, [
        ("ge01", ZP + "委", "副书记", _G01_HOST, "2022-07 (identity case: 县委书记 in 2024)"),
        ("ge01", ZP + "政府", "县长", _G01_HOST, None),
        ("ge07", ZP + "委", "书记", "漳浦县委书记林清源作典型发言", "2024-04: now 县委书记"),
        ("ge10", ZP + "委", "书记", "福建省漳浦县委书记林清源率", "2024-06: leads the return visit")], []),
    "ge:黄志航": ("黄志航", "official", ZZ, [
        ("ge01", ZP + "委", "常委", _G01_HOST, "2022-07: 漳浦 (identity case: 平和县长 in 2023)"),
        ("ge01", ZP + "政府", "常务副县长", _G01_HOST, None),
        ("ge04", PH + "委", "副书记", _G04_ATT, "2023-10: now 平和县委副书记、县长 (bare 县委 after 平和县委书记)"),
        ("ge04", PH + "政府", "县长", _G04_ATT, None),
        ("ge08", PH + "委", "副书记", _G08_LEAD, "2024-03"),
        ("ge08", PH + "政府", "县长", _G08_LEAD, None)], []),
    "ge:陈婉琼": ("陈婉琼", "official", ZP, [
        ("ge01", ZP + "委", "常委", "县委常委、宣传部部长陈婉琼", "2022-07"),
        ("ge01", ZP + "委宣传部", "部长", "县委常委、宣传部部长陈婉琼", None),
        ("ge10", ZP + "委", "常委", "漳浦县委常委、宣传部部长陈婉琼随团考察", "2024-06: the same posts"),
        ("ge10", ZP + "委宣传部", "部长", "漳浦县委常委、宣传部部长陈婉琼随团考察", None)], []),
    "ge:郑启帆": ("郑启帆", "official", ZP, [
        ("ge07", ZP + "委", "副书记", _G07_ATT, "2024-04: succeeds 林清源 as 县长"),
        ("ge07", ZP + "政府", "县长", _G07_ATT, None)], []),
    # ---- 漳州市 and 平和县
    "ge:杨秋实": ("杨秋实", "official", "福建省", [
        ("ge04", "福建省农业农村厅", "副厅长", "省农业农村厅副厅长杨秋实宣布博览会开幕", "bare 省 in the 闽南日报 = 福建省")], []),
    "ge:吴泽民": ("吴泽民", "official", ZZ, [
        ("ge04", ZZ + "委", "副书记", "市委副书记、市长吴泽民致辞", None),
        ("ge04", ZZ + "政府", "市长", "市委副书记、市长吴泽民致辞", None)], []),
    "ge:苏惠玲": ("苏惠玲", "official", ZZ, [
        ("ge04", ZZ + "委", "常委", "市委常委、副市长苏惠玲主持开幕式", None),
        ("ge04", ZZ + "政府", "副市长", "市委常委、副市长苏惠玲主持开幕式", None)], []),
    "ge:杨智渊": ("杨智渊", "official", ZZ, [
        ("ge07", ZZ + "政府", "副市长", "副市长杨智渊出席并讲话", "bare 副市长 on the 漳州 portal")], []),
    "ge:潘志强": ("潘志强", "official", ZZ, [
        ("ge07", ZZ + "农业农村局", "局长", "市农业农村局局长潘志强通报了", None)], []),
    "ge:曾国梁": ("曾国梁", "official", PH, [
        ("ge04", PH + "委", "书记", _G04_ATT, "2023-10"),
        ("ge08", PH + "委", "书记", _G08_LEAD, "2024-03")], []),
    "ge:郑光明#2": ("郑光明", "official", PH, [
        ("ge07", PH + "委", "常委", _G07_ATT, "平和县 (福建), 2024; not the 郑光明 of 翼城县 (ge06)"),
        ("ge07", PH + "政府", "常务副县长", _G07_ATT, None),
        ("ge08", PH + "委", "常委", _G08_LEAD, "2024-03"),
        ("ge08", PH + "政府", "常务副县长", _G08_LEAD, None)], []),
    "ge:赖秋燕": ("赖秋燕", "official", PH, [
        ("ge08", PH + "坂仔镇党委", "书记", "在坂仔镇，镇党委书记赖秋燕", None)], []),
    "ge:董海青": ("董海青", "official", PH, [
        ("ge08", PH + "农业农村局", "局长", "县农业农村局局长董海青汇报了", "bare 县农业农村局 = 平和's here, 翼城's in ge06")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ge01", "庄丽娟", "责任编辑", "editor", "责任编辑：庄丽娟"),
    ("ge02", "靳晓光", "供稿", "author", "（襄汾县融媒体中心 靳晓光）"),
    ("ge02", "段丽君", "编辑", "editor", "编辑：段丽君"),
    ("ge02", "赵思敏", "审核", "editor", "审核：赵思敏"),
    ("ge03", "王鹏飞", "记者", "reporter", "本报讯（记者 王鹏飞）"),
    ("ge03", "曹建勇", "责任编辑", "editor", "责任编辑：曹建勇"),
    ("ge04", "柯晓东", "记者", "reporter", "本报讯（记者 柯晓东 通讯员 蓝海燕）"),
    ("ge04", "蓝海燕", "通讯员", "correspondent", "本报讯（记者 柯晓东 通讯员 蓝海燕）"),
    ("ge04", "叶振南", "责任编辑", "editor", "责任编辑：叶振南"),
    ("ge05", "黄婉婷", "责任编辑", "editor", "责任编辑：黄婉婷"),
    ("ge06", "刘佳颖", "记者", "reporter", "记者：刘佳颖"),
    ("ge06", "卢雅琴", "编辑", "editor", "编辑：卢雅琴"),
    ("ge06", "薛宏伟", "审核", "editor", "审核：薛宏伟"),
    ("ge07", "林嘉欣", "作者", "author", "作者：林嘉欣"),
    ("ge07", "周晓庆", "编辑", "editor", "编辑：周晓庆"),
    ("ge08", "钟立言", "责任编辑", "editor", "责任编辑：钟立言"),
    ("ge10", "龚静怡", "编辑", "editor", "编辑：龚静怡"),
    ("ge10", "段丽君", "审核", "editor", "审核：段丽君"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ge01", "襄汾县党政考察团考察交流", "inspection (考察)", "7月12日至13日", None, "郜鸿涛", [],
     ["蔡明哲", "林清源", "黄志航", "薛晓峰"], ["黄志航"], ZP,
     "山西省襄汾县委副书记、县长郜鸿涛率襄汾县党政考察团来我县考察交流",
     ["县长郜鸿涛率襄汾县党政考察团来我县考察交流", _G01_HOST, "襄汾县委常委、副县长薛晓峰随团考察", "黄志航介绍了"]),
    ("ge01", "漳浦·襄汾座谈会", "meeting (座谈会)", "13日上午", "林清源", None, [ZP, XF],
     ["蔡明哲", "黄志航", "陈婉琼"], ["蔡明哲", "郜鸿涛", "薛晓峰"], ZP,
     "13日上午，两地召开座谈会",
     ["林清源主持座谈会", _G01_HOST, "蔡明哲代表县委、县政府对考察团一行表示欢迎", "郜鸿涛表示", "薛晓峰就两地",
      "县委常委、宣传部部长陈婉琼，县直有关部门主要负责同志参加座谈"]),
    ("ge02", "襄汾县2022年第三季度招商引资项目集中签约仪式", "ceremony (集中签约仪式)", "日前", None, None, [XF],
     ["段昌平", "郜鸿涛", "柴玉芬", "闫建国"], ["薛晓峰", "段昌平", "温建民"], "县会议中心",
     "日前，襄汾县2022年第三季度招商引资项目集中签约仪式在县会议中心举行",
     [_G02_LEAD, "县委常委、副县长薛晓峰介绍了签约项目情况", "郜鸿涛代表县政府与签约企业负责人签订投资合作协议",
      "段昌平在致辞中指出", "董事长温建民发言"]),
    ("ge03", "全市秋冬季大气污染防治攻坚暨安全生产视频会议", "meeting (视频会议)", "昨天", "程兆麟", None, [],
     ["武振邦", "乔志远", "郜鸿涛", "吴俊辉", "魏振国"], ["郝俊达", "许凤仪", "乔志远", "郜鸿涛", "武振邦", "程兆麟"],
     "临汾市（主会场）；各县（市、区）（分会场）",
     "昨天，全市秋冬季大气污染防治攻坚暨安全生产视频会议召开",
     ["市委书记武振邦出席并讲话", "市委副书记、市长程兆麟主持会议", "郝俊达通报了", "副市长许凤仪就清洁取暖改造和散煤治理作了具体安排",
      "翼城县委书记乔志远，襄汾县委副书记、县长郜鸿涛在分会场作表态发言", "武振邦强调", "程兆麟要求",
      "市领导吴俊辉、魏振国在主会场参加会议"]),
    ("ge04", "首届漳州平和蜜柚产业博览会开幕式", "ceremony (开幕式)", "10月18日上午", "苏惠玲", None,
     ["福建省农业农村厅", "福建省商务厅", ZZ + "政府", PH + "政府", ZZ + "农业农村局"],
     ["曾国梁", "黄志航"], ["杨秋实", "吴泽民", "黄志航"], "平和县小溪镇",
     "10月18日上午，首届漳州平和蜜柚产业博览会在平和县小溪镇开幕",
     ["省农业农村厅副厅长杨秋实宣布博览会开幕", "市委副书记、市长吴泽民致辞", "市委常委、副市长苏惠玲主持开幕式", _G04_ATT,
      "吴泽民在致辞中说", "黄志航作平和蜜柚产业推介"]),
    ("ge05", "市委理论学习中心组专题辅导报告会", "study session (专题辅导报告会)", "近日", "范承业", None, [HM + "委理论学习中心组"],
     ["吕海洋", "张晓敏", "郭丽华"], ["许明哲", "范承业", "聂素芳"], None,
     "近日，市委理论学习中心组举行专题辅导报告会",
     ["邀请省委党校教授许明哲", "市委书记范承业主持并讲话", _G05_ATT, "许明哲从中国式现代化的理论渊源", "范承业指出",
      "聂素芳就抓好中心组学习成果转化和专题宣讲作了安排"]),
    ("ge06", "翼城县2023年乡村振兴专题培训班开班式", "meeting (培训班开班式)", "3月21日上午", "牛建平", None,
     [YC + "委组织部", YC + "委农办", YC + "农业农村局"],
     ["常国栋"], ["常国栋", "郑光明", "阮明辉", "牛建平"], "县委党校",
     "翼城县2023年乡村振兴专题培训班在县委党校开班",
     ["县委书记常国栋出席开班式并作动员讲话", "县委副书记牛建平主持开班式", "组织部部长郑光明宣读培训班有关安排",
      "县农业农村局局长阮明辉介绍了课程设置", "常国栋强调", "牛建平要求"]),
    ("ge07", "全市农村人居环境整治提升现场观摩", "site observation (会前观摩)", "4月25日", None, None, [],
     ["郑启帆", "郑光明"], [], ZP,
     "会前，与会人员现场观摩了赤湖镇农村生活污水治理项目",
     [_G07_ATT]),
    ("ge07", "全市农村人居环境整治提升现场会", "meeting (现场会)", "4月25日", None, None,
     [ZZ + "委农办", ZZ + "农业农村局", ZZ + "住房和城乡建设局"],
     ["杨智渊", "郑启帆", "郑光明"], ["林清源", "潘志强", "杨智渊"], ZP,
     "4月25日，全市农村人居环境整治提升现场会在漳浦县召开",
     ["副市长杨智渊出席并讲话", "漳浦县委书记林清源作典型发言", "市农业农村局局长潘志强通报了", _G07_ATT, "杨智渊强调"]),
    ("ge08", "平和县2024年一季度重点项目观摩", "site observation (观摩会)", "3月28日", None, "曾国梁", [PH],
     ["黄志航", "郑光明"], ["赖秋燕", "董海青"], PH,
     "3月28日，我县召开2024年一季度重点项目观摩会",
     [_G08_LEAD, "镇党委书记赖秋燕介绍了", "县农业农村局局长董海青汇报了"]),
    ("ge08", "一季度重点项目观摩点评会", "meeting (点评会)", "3月28日", "黄志航", None, [],
     [], ["郑光明", "曾国梁"], None,
     "观摩结束后，召开点评会",
     ["黄志航主持点评会", "郑光明通报了", "曾国梁逐一点评观摩项目并讲话"]),
    ("ge09", "全市文旅产业发展座谈会", "meeting (座谈会)", "5月15日上午", "乔志远", None, [LF + "文化和旅游局", LF + "商务局"],
     [], ["贺晓蓉", "梁振华", "宋佳琪", "薛晓峰", "乔志远"], None,
     "副市长乔志远主持召开全市文旅产业发展座谈会",
     ["副市长乔志远主持召开", "贺晓蓉通报了", "梁振华介绍了", _G09_SPK, "乔志远强调"]),
    ("ge10", "漳浦县党政考察团考察交流", "inspection (考察)", "6月18日至19日", None, "林清源", [],
     ["郜鸿涛", "卫晓宁", "薛晓峰", "陈婉琼"], ["薛晓峰"], XF,
     "福建省漳浦县委书记林清源率漳浦县党政考察团来我县考察交流",
     ["县委书记林清源率漳浦县党政考察团", _G10_HOST, "漳浦县委常委、宣传部部长陈婉琼随团考察", "薛晓峰介绍了"]),
    ("ge10", "襄汾·漳浦座谈会", "meeting (座谈会)", "19日上午", "卫晓宁", None, [XF, ZP],
     ["郜鸿涛", "薛晓峰"], ["郜鸿涛", "林清源"], XF,
     "19日上午，两地召开座谈会",
     ["卫晓宁主持座谈会", _G10_HOST, "郜鸿涛对考察团一行表示欢迎", "林清源表示"]),
    ("ge10", "两县友好交流合作框架协议签约仪式", "ceremony (签约仪式)", "19日上午", None, None, [XF, ZP],
     ["郜鸿涛", "林清源", "卫晓宁", "陈婉琼"], [], XF,
     "座谈会后，两县举行友好交流合作框架协议签约仪式",
     ["郜鸿涛、林清源代表两县签订协议", "卫晓宁、陈婉琼等共同见证签约"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ge01", "旧镇镇滨海食品产业园", "industrial_park", "考察团一行先后来到旧镇镇滨海食品产业园"),
    ("ge01", "佛昙镇渔港升级改造项目", "infrastructure_project", "佛昙镇渔港升级改造项目"),
    ("ge01", "赤湖镇花卉苗木示范基地", "project", "赤湖镇花卉苗木示范基地"),
    ("ge01", "绥安镇老城片区更新项目", "project", "绥安镇老城片区更新项目"),
    ("ge02", "赵康镇年产10万吨再生铝项目", "project", "赵康镇年产10万吨再生铝项目"),
    ("ge02", "邓庄镇小麦精深加工产业园", "industrial_park", "邓庄镇小麦精深加工产业园、陶寺遗址"),
    ("ge02", "陶寺遗址文旅综合开发项目", "project", "陶寺遗址文旅综合开发项目总投资均超过5亿元"),
    ("ge04", "坂仔镇蜜柚数字果园示范基地", "project", "重点推介了坂仔镇蜜柚数字果园示范基地"),
    ("ge04", "小溪镇蜜柚精深加工产业园二期", "industrial_park", "小溪镇蜜柚精深加工产业园二期等项目"),
    ("ge07", "赤湖镇农村生活污水治理项目", "infrastructure_project", "赤湖镇农村生活污水治理项目"),
    ("ge07", "深土镇滨海生态廊道", "greening_project", "深土镇滨海生态廊道"),
    ("ge07", "佛昙镇美丽乡村示范片区", "project", "佛昙镇美丽乡村示范片区"),
    ("ge08", "小溪镇蜜柚精深加工产业园二期", "industrial_park", "先后来到小溪镇蜜柚精深加工产业园二期"),
    ("ge08", "坂仔镇蜜柚数字果园示范基地", "project", "坂仔镇蜜柚数字果园示范基地、文峰镇"),
    ("ge08", "文峰镇农村生活污水治理工程", "infrastructure_project", "文峰镇农村生活污水治理工程"),
    ("ge08", "九峰镇古镇保护提升项目", "project", "九峰镇古镇保护提升项目"),
    ("ge09", "陶寺遗址文旅综合开发项目", "project", "陶寺遗址文旅综合开发项目推进情况"),
    ("ge10", "陶寺遗址文旅综合开发项目", "project", "先后来到陶寺遗址文旅综合开发项目"),
    ("ge10", "邓庄镇小麦精深加工产业园", "industrial_park", "邓庄镇小麦精深加工产业园和"),
    ("ge10", "赵康镇年产10万吨再生铝项目", "project", "赵康镇年产10万吨再生铝项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ge01", "山西省", "province", "in_org_reference", "山西省襄汾县委副书记、县长郜鸿涛率"),
    ("ge01", "襄汾县", "county", "in_org_reference", "率襄汾县党政考察团来我县考察交流"),
    ("ge01", "旧镇镇", "town", "standalone", "在旧镇镇，黄志航介绍了"),
    ("ge01", "佛昙镇", "town", "in_project_name", "佛昙镇渔港升级改造项目"),
    ("ge01", "赤湖镇", "town", "in_project_name", "赤湖镇花卉苗木示范基地"),
    ("ge01", "绥安镇", "town", "in_project_name", "绥安镇老城片区更新项目"),
    ("ge01", "漳浦县", "county", "standalone", "介绍了漳浦县经济社会发展情况"),
    ("ge01", "漳浦", "county", "standalone", "漳浦与襄汾虽相隔千里"),
    ("ge01", "襄汾", "county", "standalone", "漳浦与襄汾虽相隔千里"),
    ("ge02", "襄汾县", "county", "standalone", "日前，襄汾县2022年第三季度"),
    ("ge02", "赵康镇", "town", "in_project_name", "赵康镇年产10万吨再生铝项目"),
    ("ge02", "邓庄镇", "town", "in_project_name", "邓庄镇小麦精深加工产业园"),
    ("ge02", "陶寺遗址", "heritage_site", "in_project_name", "陶寺遗址文旅综合开发项目"),
    ("ge03", "翼城县", "county", "in_title", "翼城县委书记乔志远"),
    ("ge03", "襄汾县", "county", "in_title", "襄汾县委副书记、县长郜鸿涛在分会场"),
    ("ge03", "汾河", "river", "standalone", "汾河沿线重点区域"),
    ("ge04", "漳州", "prefecture_city", "standalone", "漳州将持续在品种改良"),
    ("ge04", "平和", "county", "standalone", "平和是“中国蜜柚之乡”"),
    ("ge04", "平和县", "county", "standalone", "在平和县小溪镇开幕"),
    ("ge04", "小溪镇", "town", "standalone", "在平和县小溪镇开幕"),
    ("ge04", "福建省", "province", "in_org_reference", "由福建省农业农村厅、福建省商务厅"),
    ("ge04", "漳州市", "prefecture_city", "in_org_reference", "漳州市人民政府共同主办"),
    ("ge04", "坂仔镇", "town", "in_project_name", "坂仔镇蜜柚数字果园示范基地"),
    ("ge05", "侯马", "county_level_city", "standalone", "推动侯马高质量发展"),
    ("ge06", "翼城县", "county", "standalone", "翼城县2023年乡村振兴专题培训班在县委党校开班"),
    ("ge06", "唐兴镇", "town", "standalone", "唐兴镇、里砦镇现场教学点安排"),
    ("ge06", "里砦镇", "town", "standalone", "唐兴镇、里砦镇现场教学点安排"),
    ("ge06", "翼城", "county", "standalone", "推动翼城乡村全面振兴"),
    ("ge07", "漳浦", "county", "standalone", "现场会在漳浦召开"),
    ("ge07", "漳浦县", "county", "standalone", "现场会在漳浦县召开"),
    ("ge07", "赤湖镇", "town", "in_project_name", "赤湖镇农村生活污水治理项目"),
    ("ge07", "深土镇", "town", "in_project_name", "深土镇滨海生态廊道"),
    ("ge07", "佛昙镇", "town", "in_project_name", "佛昙镇美丽乡村示范片区"),
    ("ge07", "平和县", "county", "in_title", "平和县委常委、常务副县长郑光明"),
    ("ge08", "小溪镇", "town", "standalone", "在小溪镇，县农业农村局局长"),
    ("ge08", "坂仔镇", "town", "standalone", "在坂仔镇，镇党委书记赖秋燕"),
    ("ge08", "文峰镇", "town", "in_project_name", "文峰镇农村生活污水治理工程"),
    ("ge08", "九峰镇", "town", "in_project_name", "九峰镇古镇保护提升项目"),
    ("ge09", "临汾", "prefecture_city", "standalone", "深挖临汾历史文化资源"),
    ("ge09", "侯马市", "county_level_city", "in_title", "侯马市委常委、副市长宋佳琪"),
    ("ge09", "襄汾县", "county", "in_title", "襄汾县委常委、常务副县长薛晓峰"),
    ("ge09", "陶寺遗址", "heritage_site", "in_project_name", "陶寺遗址文旅综合开发项目推进情况"),
    ("ge10", "福建省", "province", "in_org_reference", "福建省漳浦县委书记林清源率"),
    ("ge10", "漳浦县", "county", "in_org_reference", "率漳浦县党政考察团来我县考察交流"),
    ("ge10", "襄汾", "county", "standalone", "襄汾文化底蕴深厚"),
    ("ge10", "漳浦", "county", "standalone", "两年前我们赴漳浦学习"),
    ("ge10", "陶寺遗址", "heritage_site", "in_project_name", "先后来到陶寺遗址文旅综合开发项目"),
    ("ge10", "邓庄镇", "town", "standalone", "在邓庄镇，薛晓峰介绍了"),
    ("ge10", "赵康镇", "town", "in_project_name", "赵康镇年产10万吨再生铝项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ge", conventions="set ge (blind set: events of many kinds in 山西 临汾 (襄汾县, 翼城县, 侯马市) and 福建 漳州 (漳浦县, 平和县): 考察团 visits from another province (考察 inspection led by the head who 率 it; 座谈会; a 签约仪式 of its own), a 集中签约仪式 with no chair, a 视频会议 with 主会场 / 分会场 (one event; speakers at the 分会场 are attendees), a 开幕式 with 主办 and 承办 units (all organizers), a 中心组 专题辅导报告会 (study session; a 教授 has no post), a 培训班 开班式, a 现场会 with its 会前观摩 and no chair, a 观摩会 with its 点评会, a 座谈会 held by two departments; dates written 7月12日至13日, 日前, 昨天, 10月18日上午, 近日; 市领导 no post; one line per post per article)",
          persons_note="Set ge persons. id = corpus-wide person_id (ge:郑光明#1 of 翼城县 (山西) and ge:郑光明#2 of 平和县 (福建) are two people; ge:郜鸿涛 襄汾县委副书记、县长 2022 → 襄汾县委书记 2024; ge:黄志航 漳浦县委常委、常务副县长 2022 → 平和县委副书记、县长 2023-2024; ge:林清源 漳浦县委副书记、县长 2022 → 漳浦县委书记 2024; ge:乔志远 翼城县委书记 2022 → 临汾市副市长 2024; ge:薛晓峰 襄汾县委常委、副县长 2022 → 常务副县长 2024)")


if __name__ == "__main__":
    main()
