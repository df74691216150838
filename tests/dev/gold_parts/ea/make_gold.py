"""Write gold part ``ea`` (a blind set: city and county leaders' activity pages: 会见 of companies' delegations,
provincial leaders' 调研 with 陪同 lists, 座谈, 欢迎 and 送别) from the tables below.

Pages ``tests/dev/texts/ea*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool (corpus ``pages``; most hits for 省领导 调研 were novels, so the
real shapes come from these pages): a 金山网 (镇江) 会见 report (``市委书记…会见了上海…集团党委书记、董事长…一行``, ``市委常委、
市委宣传部部长、市委秘书长…，…集团党委副书记、总裁…参加会见。（记者 …） 责任编辑：``: officials and the guests' company
titles in one 参加会见 list); a 信阳日报 item (``市长…在市行政中心亲切会见了…集团公司副总经理…一行…会见时在座``); a 天津 item
(``市委副书记、市长…在迎宾馆会见…董事长…副市长…参加``); a 滨州 report of the 市委书记 visiting a group's head office (``一同
参加会见的还有：…市委常委、秘书长…、…县委书记…、市经济技术开发区党工委副书记、管委会副主任…，以及集团公司总裁…``); a 宣城
delegation at a 中材 group (``市委常委、副市长…；集团总经理…等参加会见``); the 莆田 ``一周时政要闻`` digest (``【发布日期:…】
【来源:本站】【阅读:次】``, ● items: a 代市长 会见 a 首席执行官, ``省领导…，市领导…陪同``, ``分享至 打印 关闭``); 武穴 pages
(a 县党政代表团 ``来我市考察交流。我市市委书记、市长…陪同考察``, ``有关领导…参加活动。记者/…``; a 市长碰头会 with ``市领导…
参加会议``); the 长江网 digest ``本周，武汉都市圈八市书记市长在忙这些事``; a 简阳 page (``市委常委、市政府常务副市长…``); a county
page of 县领导 visiting 政协委员 (``县领导…等参加慰问。全媒体记者：… 编辑：… 编审：…``); 上海 and 北京日报 会见 items (``市政府
秘书长…会见时在座``, ``（责编：…）``); a 上投集团 page (``市委常委、常务副市长…率队…集团党委书记、董事长…陪同``) and a 吉林
市政集团 page (a 副市长 visiting a company, ``在…陪同下``): company roles next to officials; a 秦皇岛 区政府 site's chrome
(``当前位置:首页>政府动态``, ``次浏览 分类:政府动态 来源:``). Places are real and new to the corpus: 江苏 泰州 (靖江市, 泰兴市,
兴化市; 泰州医药高新区), 湖南 益阳 (桃江县; 益阳高新区), 湖北 孝感 (安陆市, 汉川市; 孝感高新区).

Shapes: a city site's 领导活动 page of the 市委书记 会见 a company (党委书记、董事长 and 总裁 guests; 市委常委、秘书长, 副市长, a
county-level city's 书记 and a 局长 参加会见; the guests' 考察 before it) (ea01); a county-level city's site of a 省委常委、
副省长's 调研 with ``泰州市领导A、B，我市领导C、D等陪同调研`` (names without titles) and a 座谈会 where two of them are named
with their titles (ea02); a city paper's A1 with two items: the 市委书记 and 市长 welcoming the returning 全国人大代表 / 全国政协委员
at the station (迎接), and the 市长 会见 a company's 副总裁 with a zone's 党工委副书记、管委会主任 (ea03); a city site's 市领导活动
digest with three ■ items: a 副省长's 调研 of a county with 市 and 县 陪同 lists, the 市长 会见 with bare ``高新区``, the 市委书记's
民营企业家座谈会 (ea04); a county site's 县领导动态 of the 县委书记 会见 a company (ea05); a city paper's 第01版 of the same
vice-governor, now 省委常委、副省长, two years later with the former 县长 now 县委书记 (ea06); a county-level city's 领导动态
of its 市委书记 会见 a company's 董事长 and 总经理 (ea07); a city paper's 第01版 of a 省委常委、宣传部部长's 调研 with the former
county-level 书记 now 市委常委、常务副市长 (ea08); a county-level city's site of a 欢送仪式 for 援藏 cadres (拟任 titles, a doctor
speaking) (ea09); a WeChat article of a county-level city's 市委书记 会见 a company (ea10).

Identity cases:
- ea:缪振东: 泰州市委常委、秘书长 (ea01, May 2022; ea03, Mar 2023) → 泰州市委常委、靖江市委书记 (ea02, Apr 2024); in ea02 he
  is first named bare among ``我市领导``.
- ea:汤启凡: 桃江县委副书记、县长 (ea04 item 1, ea05; 2022) → 桃江县委书记 (ea06, Aug 2024).
- ea:符海鸥: 湖南省 副省长 (ea04, June 2022) → 省委常委、副省长 (ea06, Aug 2024).
- ea:孔德扬: 安陆市委书记 (ea07, Oct 2021) → 孝感市委常委、常务副市长 (ea08, May 2023).
- ea:闵正宏: 汉川市委书记 (ea08, 2023) → 孝感市委常委、汉川市委书记 (ea09, 2024).
- two different 许立新 in unrelated places: ea:许立新#1 兴化市副市长 (江苏, ea10, 2025); ea:许立新#2 桃江县委常委、副县长
  (湖南, ea05, 2022).
- one organ name in several places: bare ``高新区`` (高新区党工委书记) is 益阳高新区 on the 益阳 pages (ea04, ea06) and 孝感高新区
  in the 孝感日报 (ea08); bare ``市委常委、秘书长`` is 泰州's (ea01, ea03) and 益阳's (ea04); bare ``市委书记`` / ``市长`` are
  泰州's, 益阳's, 安陆's, 孝感's and 兴化's on their pages; bare ``省委常委、副省长`` is 江苏's (ea02) and 湖南's (ea06).
- the same officials on several pages: ea:严启航 (泰州市委书记 2022, 2023, 2024), ea:卞佳琦 (泰州副市长 2022, 2023; bare
  in 2024), ea:龚利民 (益阳市委书记 2022, 2024), ea:沈星宇, ea:曾亚楠 (益阳, 2022 and 2024), ea:卜建军 (桃江县委书记 2022).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ah, ab, ac, bq, r where they speak; decided here where they are silent):
- Company roles make no holding (CONVENTIONS): 董事长, 总裁, 总经理, 副总经理, 副总裁、华东区总经理 of the guests; DECIDED HERE
  a company's ``党委书记`` (``华熠储能科技集团有限公司党委书记、董事长邵鸿远``) is a company role too: no post. The guests are
  ``company_executive`` persons without posts.
- ``全国人大代表`` and ``全国政协委员`` are no posts (as part ab); the post written after them is
  (``全国政协委员、市政协副主席柯雨薇`` → 泰州市政协 副主席).
- ``泰州市领导严启航、卞佳琦，我市领导缪振东、丁奕晨`` (ea02) and ``市领导闵正宏、陆晨阳、陈泊远`` (ea09) are no posts
  (CONVENTIONS: 市领导); they are attendees. A person named so and again with a title in the same article has the titled
  line (严启航 and 缪振东 in ea02); 卞佳琦 and 丁奕晨 in ea02 are named without a post.
- Chains: ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长; ``泰州市委常委、靖江市委书记`` → 泰州市委 常委 + 靖江市委 书记;
  ``省委常委、副省长`` → X省委 常委 + X省政府 副省长; ``省委常委、宣传部部长`` → 湖北省委 常委 + 湖北省委宣传部 部长;
  ``省政府副秘书长`` → X省政府 副秘书长; 省 departments as written after the province (江苏省工业和信息化厅 副厅长, 湖南省水利厅
  副厅长); bare 省 organs take the province of the page's city. ``泰州医药高新区党工委副书记、管委会主任`` → 泰州医药高新区党工委
  副书记 + 泰州医药高新区管委会 主任 (the zone's name as written; its long form 泰州医药高新技术产业开发区 folds to it).
- DECIDED HERE: ``拟任山南市乃东区发展和改革委员会副主任`` gives no line (拟任, as part ac); a doctor's professional title
  (``市人民医院主治医师``) and ``援藏医生代表`` are no posts.
- One line per post per article; the ea03 page and the ea04 digest have several articles (each ■ item and each headline
  an article, as ah06): a person's post in two articles gives a line in each.
- Events: a 会见 is a ``meeting (会见)`` without chair whose host, guests and 参加会见 officials are attendees and whose
  remarks (介绍 / 表示 / 说 / 希望 / 汇报 / 作了说明 / 要求) make speakers (as ah); the guests' 考察 before it is an
  ``inspection (考察, visiting company)`` led by the company's head with the 陪同 official as attendee (as ah07), dated
  ``会见前`` as written (as part r). A 调研 is an ``inspection (调研)`` (leader; 陪同 / 参加调研 attendees; 介绍 / 汇报 /
  指出 / 表示 speakers; a local head who only 介绍 / 汇报 is a speaker, not an attendee, as bq03). A 座谈会 ``在随后召开`` is a
  meeting of its own with the remarks written after it (as ah / v). DECIDED HERE: the welcome of the returning deputies at
  the station is ``activity (迎接)``; the 欢送仪式 for the 援藏 cadres a ``ceremony (欢送仪式)`` (主持 the chair; 宣读 / 表态发言 /
  讲话 speakers; 出席 and the cadres named attendees).
- Bylines: ``（记者 …）``, ``本报讯（记者 …）`` and ``记者：…`` reporter lines; ``作者：…`` on a county site and
  ``（汉川市融媒体中心 …）`` author lines; 责任编辑 / 编辑 / 审核 / 版式 editor lines.
- Projects: works to be built or pushed (…电池基地项目, …总装基地项目, …码头二期工程, …防洪治理工程, …产业园 being planned or
  built, …产业园二期, …文旅综合开发项目). DECIDED HERE (as ah): a park visited while working is a place, not a project
  (ea06 桃江竹木精深加工产业园 and 澜拓电子益阳智能终端产业园, a project in 2022; ea08 槐荫数字文创产业园); a facility visited as it
  stands (灰山港镇早稻集中育秧基地) is neither.
- Places: one line per name per file, as written; places inside titles and project names count (泰兴市, 桃江 in 资江桃江段…,
  靖江港区, 马口古镇); bare 泰州 / 益阳 / 桃江 / 安陆 / 孝感 / 汉川 / 兴化 are rows of their own; a page that writes a zone both ways
  has both names (益阳高新区 and 高新区, ea06). DECIDED HERE: a place name inside a longer place name gives no row of its own
  (长江 in 长江经济带, 桃花江 in 桃花江竹海景区, 武汉 in 武汉天河机场), nor does a generic park inside a zone
  (兴化经济开发区食品产业园); one-character abbreviations (来泰, 来靖, 来益, 来兴) are no rows; an unnamed venue (市行政中心) is
  none, a named station (泰州站) a ``transport_hub``, 西藏 a ``province`` (an autonomous region). Site lines, mastheads,
  来源 lines, WeChat ``发表于江苏``, footers, company names, 上一篇 / 下一篇 / 相关 / 本版导读 / 往期推荐 lines are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ea01_taizhou.txt": (2022, "发布时间：2022-05-18 17:36", "泰州市", [
        ("严启航会见华熠储能科技集团客人", "5月17日下午", "2022-05-17", "5月17日下午，市委书记严启航",
         "city site 领导活动: the 市委书记 会见 a company's 党委书记、董事长 and 总裁; 市委常委、秘书长, 副市长, 泰兴市委书记, 市商务局局长 参加会见; the guests' 考察 before it")]),
    "ea02_jingjiang.txt": (2024, "发布日期：2024-04-12 09:15", "靖江市", [
        ("省委常委、副省长秦方舟来靖调研船舶海工产业和沿江港口发展", "4月11日", "2024-04-11", "4月11日，省委常委、副省长秦方舟",
         "county-level city site: a 省委常委、副省长's 调研; 泰州市领导 / 我市领导 named without titles; 座谈会 where 缪振东 (now 泰州市委常委、靖江市委书记) and 严启航 are named with titles")]),
    "ea03_taizhou.txt": (2023, "2023年03月14日　星期二", "泰州市", [
        ("在泰全国人大代表、全国政协委员载誉归来", "13日晚", "2023-03-13", "本报讯（记者 吉雨欣）",
         "city paper A1 item 1: 市委书记, 市长 and 市委常委、秘书长 welcome the returning 全国人大代表 / 全国政协委员 at the station"),
        ("顾晓岚会见中沃医疗器械集团客人", "3月13日上午", "2023-03-13", "本报讯（记者 孙睿）",
         "city paper A1 item 2: the 市长 会见 a company's 副总裁; 副市长 and the 泰州医药高新区 党工委副书记、管委会主任 参加会见")]),
    "ea04_yiyang.txt": (2022, "更新时间：2022-06-20 10:08", "益阳市", [
        ("副省长符海鸥来益调研粮食生产和防汛备汛工作", "6月16日至17日", "2022-06-16", "6月16日至17日，副省长符海鸥",
         "市领导活动 digest item 1: a 副省长's 调研 with the 市 陪同 list and, in 桃江县, the 县委书记 and 县长"),
        ("黎向东会见深圳澜拓电子科技有限公司客人", "6月18日", "2022-06-18", "6月18日，市长黎向东",
         "digest item 2: the 市长 会见 a company's 董事长; 常务副市长 and the bare 高新区's 党工委书记 参加会见"),
        ("龚利民主持召开民营企业家座谈会", "6月19日", "2022-06-19", "6月19日，市委书记龚利民",
         "digest item 3: the 市委书记's 民营企业家座谈会 (company heads speak; 秘书长 named bare)")]),
    "ea05_taojiang.txt": (2022, "发布时间：2022-11-09 16:20", "桃江县", [
        ("卜建军会见广东粤森竹业集团客商一行", "11月8日", "2022-11-08", "11月8日，县委书记卜建军",
         "county site 县领导动态: the 县委书记 会见 a company's 董事长 and 副总经理; 县长, a 县委常委、副县长 (许立新#2) and a 局长 参加会见; the guests' 考察 before it")]),
    "ea06_yiyang.txt": (2024, "2024年08月22日　星期四", "益阳市", [
        ("符海鸥在益阳调研时强调", "8月21日", "2024-08-21", "本报讯（记者 柴慧灵）8月21日",
         "city paper 第01版: the same vice-governor, now 省委常委、副省长; the former 桃江县长 now 县委书记; bare 高新区 and 益阳高新区")]),
    "ea07_anlu.txt": (2021, "发布时间：2021-10-15 11:42:07", "安陆市", [
        ("孔德扬会见上海锦骅汽车零部件有限公司董事长单立诚一行", "10月14日下午", "2021-10-14", "10月14日下午，市委书记孔德扬",
         "county-level city site 领导动态: the 市委书记 会见 a company's 董事长 and 总经理; 市长 and 常务副市长 参加会见")]),
    "ea08_xiaogan.txt": (2023, "2023年5月26日　星期五", "孝感市", [
        ("詹慧琳在孝感调研时强调", "5月25日", "2023-05-25", "本报讯（记者 商立伟）5月25日",
         "city paper 第01版: a 省委常委、宣传部部长's 调研; the former 安陆市委书记 now 市委常委、常务副市长; bare 高新区 = 孝感高新区; 汉川市委书记")]),
    "ea09_hanchuan.txt": (2024, "发布时间：2024-07-05 08:50", "汉川市", [
        ("我市举行欢送仪式 送别第十一批援藏干部人才", "7月4日上午", "2024-07-04", "7月4日上午，我市举行",
         "county-level city site: 欢送仪式 for 援藏 cadres (孝感市委常委、汉川市委书记 speaks, 组织部部长 主持; 拟任 title; a doctor's 表态发言)")]),
    "ea10_xinghua.txt": (2025, "2025-03-20 18:32", "兴化市", [
        ("宗文杰会见苏州禾邦食品科技有限公司客人", "3月19日", "2025-03-19", "3月19日，市委书记宗文杰",
         "WeChat article: the 市委书记 会见 a company's 董事长; 市长 and 副市长 (许立新#1) 参加会见; the guests' 考察 before it")]),
}

_TZ, _YY, _XG = "泰州市", "益阳市", "孝感市"
_A01_GUEST = "华熠储能科技集团有限公司党委书记、董事长邵鸿远"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 江苏 泰州
    "ea:严启航": ("严启航", "official", _TZ, [
        ("ea01", "泰州市委", "书记", "市委书记严启航在市行政中心会见了", "2022-05; named in the headline too"),
        ("ea02", "泰州市委", "书记", "泰州市委书记严启航表示", "2024-04: first named bare among 泰州市领导, then with his title in the same article"),
        ("ea03", "泰州市委", "书记", "市委书记严启航，市委副书记", "2023-03 (item 1)")], []),
    "ea:顾晓岚": ("顾晓岚", "official", _TZ, [
        ("ea03", "泰州市委", "副书记", "市委副书记、市长顾晓岚", "2023-03 (item 1)"),
        ("ea03", "泰州市政府", "市长", "市委副书记、市长顾晓岚", None),
        ("ea03", "泰州市政府", "市长", "市长顾晓岚会见了", "item 2 (a new article: a new line)")], []),
    "ea:缪振东": ("缪振东", "official", _TZ, [
        ("ea01", "泰州市委", "常委", "市委常委、秘书长缪振东", "2022-05 (identity case: 靖江市委书记 in 2024, ea02)"),
        ("ea01", "泰州市委", "秘书长", "市委常委、秘书长缪振东", "秘书长 after 市委常委 = the 市委's"),
        ("ea03", "泰州市委", "常委", "市委常委、秘书长缪振东到泰州站迎接", "2023-03: the same posts"),
        ("ea03", "泰州市委", "秘书长", "市委常委、秘书长缪振东到泰州站迎接", None),
        ("ea02", "泰州市委", "常委", "泰州市委常委、靖江市委书记缪振东汇报了", "2024-04: now 靖江市委书记; first named bare among 我市领导"),
        ("ea02", "靖江市委", "书记", "泰州市委常委、靖江市委书记缪振东汇报了", None)], []),
    "ea:卞佳琦": ("卞佳琦", "official", _TZ, [
        ("ea01", "泰州市政府", "副市长", "副市长卞佳琦", "2022-05"),
        ("ea03", "泰州市政府", "副市长", "副市长卞佳琦，泰州医药高新区", "2023-03 (item 2)")], ["ea02"]),
    "ea:蔡明远": ("蔡明远", "official", "泰兴市", [
        ("ea01", "泰兴市委", "书记", "泰兴市委书记蔡明远", None)], []),
    "ea:蒋欣怡": ("蒋欣怡", "official", _TZ, [
        ("ea01", "泰州市商务局", "局长", "市商务局局长蒋欣怡", "bare 市 on the 泰州 site")], []),
    "ea:邵鸿远": ("邵鸿远", "company_executive", "华熠储能科技集团有限公司", [], ["ea01"]),  # 党委书记、董事长 of a company: no post (DECIDED HERE)
    "ea:柏书衡": ("柏书衡", "company_executive", "华熠储能科技集团有限公司", [], ["ea01"]),  # 总裁: no post
    # ---- 江苏 省
    "ea:秦方舟": ("秦方舟", "official", "江苏省", [
        ("ea02", "江苏省委", "常委", "4月11日，省委常委、副省长秦方舟来我市调研", "bare 省委 on a 泰州 county-level city's site = 江苏省委"),
        ("ea02", "江苏省政府", "副省长", "4月11日，省委常委、副省长秦方舟来我市调研", None)], []),
    "ea:韩冬青": ("韩冬青", "official", "江苏省", [
        ("ea02", "江苏省政府", "副秘书长", "省政府副秘书长韩冬青", None)], []),
    "ea:贲晓梅": ("贲晓梅", "official", "江苏省", [
        ("ea02", "江苏省工业和信息化厅", "副厅长", "省工业和信息化厅副厅长贲晓梅", None)], []),
    "ea:丁奕晨": ("丁奕晨", "official", "靖江市", [], ["ea02"]),  # ``我市领导`` only: no post
    "ea:管晓东": ("管晓东", "company_executive", "长泓重工", [], ["ea02"]),  # 企业董事长: no post
    "ea:翟慧敏": ("翟慧敏", "company_executive", "江苏瑞泽生物医药有限公司", [], ["ea03"]),  # 全国人大代表 and 董事长: no post
    "ea:柯雨薇": ("柯雨薇", "official", _TZ, [
        ("ea03", "泰州市政协", "副主席", "全国政协委员、市政协副主席柯雨薇", "全国政协委员 is no post (as ab); bare 市政协 = 泰州's")], []),
    "ea:戎立群": ("戎立群", "company_executive", "中沃医疗器械集团有限公司", [], ["ea03"]),  # 副总裁、华东区总经理: no post
    "ea:闾晓峰": ("闾晓峰", "official", "泰州医药高新区", [
        ("ea03", "泰州医药高新区党工委", "副书记", "泰州医药高新区党工委副书记、管委会主任闾晓峰", None),
        ("ea03", "泰州医药高新区管委会", "主任", "泰州医药高新区党工委副书记、管委会主任闾晓峰", None)], []),
    "ea:宗文杰": ("宗文杰", "official", "兴化市", [
        ("ea10", "兴化市委", "书记", "3月19日，市委书记宗文杰会见了", "named in the headline too")], []),
    "ea:茅佳音": ("茅佳音", "official", "兴化市", [
        ("ea10", "兴化市委", "副书记", "市委副书记、市长茅佳音", None),
        ("ea10", "兴化市政府", "市长", "市委副书记、市长茅佳音", None)], []),
    "ea:许立新#1": ("许立新", "official", "兴化市", [
        ("ea10", "兴化市政府", "副市长", "副市长许立新参加会见", "兴化 (江苏), 2025; not the 许立新 of 桃江县 (湖南, ea05)")], []),
    "ea:卢星野": ("卢星野", "company_executive", "苏州禾邦食品科技有限公司", [], ["ea10"]),  # 董事长: no post
    # ---- 湖南 益阳
    "ea:符海鸥": ("符海鸥", "official", "湖南省", [
        ("ea04", "湖南省政府", "副省长", "6月16日至17日，副省长符海鸥来益调研", "2022-06 (identity case: 省委常委、副省长 in 2024, ea06); named in the item's headline too"),
        ("ea06", "湖南省委", "常委", "省委常委、副省长符海鸥来益调研", "2024-08: now also 省委常委"),
        ("ea06", "湖南省政府", "副省长", "省委常委、副省长符海鸥来益调研", None)], []),
    "ea:喻兰亭": ("喻兰亭", "official", "湖南省", [
        ("ea04", "湖南省水利厅", "副厅长", "省水利厅副厅长喻兰亭", None)], []),
    "ea:池明轩": ("池明轩", "official", "湖南省", [
        ("ea06", "湖南省政府", "副秘书长", "省政府副秘书长池明轩", None)], []),
    "ea:龚利民": ("龚利民", "official", _YY, [
        ("ea04", "益阳市委", "书记", "市委书记龚利民，市委副书记", "2022-06 (item 1)"),
        ("ea04", "益阳市委", "书记", "市委书记龚利民主持召开", "item 3 (a new article: a new line)"),
        ("ea06", "益阳市委", "书记", "市委书记龚利民，市委常委", "2024-08")], []),
    "ea:黎向东": ("黎向东", "official", _YY, [
        ("ea04", "益阳市委", "副书记", "市委副书记、市长黎向东", "item 1"),
        ("ea04", "益阳市政府", "市长", "市委副书记、市长黎向东", None),
        ("ea04", "益阳市政府", "市长", "市长黎向东会见了", "item 2; named in its headline too")], []),
    "ea:邹雨辰": ("邹雨辰", "official", _YY, [
        ("ea04", "益阳市委", "常委", "市委常委、秘书长邹雨辰陪同调研", "item 1; named bare in item 3 (邹雨辰参加座谈)"),
        ("ea04", "益阳市委", "秘书长", "市委常委、秘书长邹雨辰陪同调研", "bare 市委常委、秘书长 = 益阳's here, 泰州's in ea01 / ea03")], []),
    "ea:沈星宇": ("沈星宇", "official", _YY, [
        ("ea04", "益阳市委", "常委", "市委常委、常务副市长沈星宇，高新区", "2022-06 (item 2)"),
        ("ea04", "益阳市政府", "常务副市长", "市委常委、常务副市长沈星宇，高新区", None),
        ("ea06", "益阳市委", "常委", "市委常委、常务副市长沈星宇陪同调研", "2024-08"),
        ("ea06", "益阳市政府", "常务副市长", "市委常委、常务副市长沈星宇陪同调研", None)], []),
    "ea:曾亚楠": ("曾亚楠", "official", "益阳高新区", [
        ("ea04", "益阳高新区党工委", "书记", "高新区党工委书记曾亚楠参加会见", "2022-06 (item 2): bare 高新区 on the 益阳 site = 益阳高新区 (孝感高新区 in ea08)"),
        ("ea06", "益阳高新区党工委", "书记", "高新区党工委书记曾亚楠介绍了", "2024-08: the page writes 益阳高新区 and bare 高新区")], []),
    "ea:卜建军": ("卜建军", "official", "桃江县", [
        ("ea04", "桃江县委", "书记", "桃江县委书记卜建军", "2022-06 (item 1)"),
        ("ea05", "桃江县委", "书记", "11月8日，县委书记卜建军会见了", "2022-11; named in the headline too")], []),
    "ea:汤启凡": ("汤启凡", "official", "桃江县", [
        ("ea04", "桃江县委", "副书记", "县委副书记、县长汤启凡陪同", "2022-06: bare 县委 right after 桃江县委书记 (identity case: 县委书记 in 2024, ea06)"),
        ("ea04", "桃江县政府", "县长", "县委副书记、县长汤启凡陪同", None),
        ("ea05", "桃江县委", "副书记", "县委副书记、县长汤启凡，县委常委", "2022-11"),
        ("ea05", "桃江县政府", "县长", "县委副书记、县长汤启凡，县委常委", None),
        ("ea06", "桃江县委", "书记", "桃江县委书记汤启凡，县委副书记", "2024-08: now 县委书记")], []),
    "ea:姚嘉禾": ("姚嘉禾", "official", "桃江县", [
        ("ea06", "桃江县委", "副书记", "县委副书记、县长姚嘉禾陪同", "succeeds 汤启凡 as 县长"),
        ("ea06", "桃江县政府", "县长", "县委副书记、县长姚嘉禾陪同", None)], []),
    "ea:许立新#2": ("许立新", "official", "桃江县", [
        ("ea05", "桃江县委", "常委", "县委常委、副县长许立新，县商务局", "桃江 (湖南), 2022; not the 许立新 of 兴化 (江苏, ea10)"),
        ("ea05", "桃江县政府", "副县长", "县委常委、副县长许立新，县商务局", None)], []),
    "ea:葛云帆": ("葛云帆", "official", "桃江县", [
        ("ea05", "桃江县商务局", "局长", "县商务局局长葛云帆", None)], []),
    "ea:欧阳启明": ("欧阳启明", "company_executive", "深圳澜拓电子科技有限公司", [], ["ea04"]),  # 董事长: no post
    "ea:夏璟川": ("夏璟川", "company_executive", "湖南益禾竹木科技有限公司", [], ["ea04"]),  # 董事长: no post
    "ea:罗靖文": ("罗靖文", "company_executive", "益阳嘉辰新材料有限公司", [], ["ea04"]),  # 总经理: no post
    "ea:杜承锐": ("杜承锐", "company_executive", "广东粤森竹业集团有限公司", [], ["ea05"]),  # 董事长: no post
    "ea:焦少华": ("焦少华", "company_executive", "广东粤森竹业集团有限公司", [], ["ea05"]),  # 副总经理: no post
    # ---- 湖北 孝感
    "ea:孔德扬": ("孔德扬", "official", _XG, [
        ("ea07", "安陆市委", "书记", "10月14日下午，市委书记孔德扬会见了", "2021-10 (identity case: 孝感市委常委、常务副市长 in 2023, ea08); named in the headline too"),
        ("ea08", "孝感市委", "常委", "市委常委、常务副市长孔德扬参加调研", "2023-05: now in the 孝感 city leadership"),
        ("ea08", "孝感市政府", "常务副市长", "市委常委、常务副市长孔德扬参加调研", None)], []),
    "ea:伍思彤": ("伍思彤", "official", "安陆市", [
        ("ea07", "安陆市委", "副书记", "市委副书记、市长伍思彤", None),
        ("ea07", "安陆市政府", "市长", "市委副书记、市长伍思彤", None)], []),
    "ea:谢铭泽": ("谢铭泽", "official", "安陆市", [
        ("ea07", "安陆市委", "常委", "市委常委、常务副市长谢铭泽参加会见", None),
        ("ea07", "安陆市政府", "常务副市长", "市委常委、常务副市长谢铭泽参加会见", None)], []),
    "ea:单立诚": ("单立诚", "company_executive", "上海锦骅汽车零部件有限公司", [], ["ea07"]),  # 董事长: no post
    "ea:熊立昂": ("熊立昂", "company_executive", "上海锦骅汽车零部件有限公司", [], ["ea07"]),  # 总经理: no post
    "ea:詹慧琳": ("詹慧琳", "official", "湖北省", [
        ("ea08", "湖北省委", "常委", "省委常委、宣传部部长詹慧琳来孝感调研", "named in the headline too"),
        ("ea08", "湖北省委宣传部", "部长", "省委常委、宣传部部长詹慧琳来孝感调研", "宣传部 after 省委常委 = the 省委's")], []),
    "ea:甘文韬": ("甘文韬", "official", "湖北省", [
        ("ea08", "湖北省委宣传部", "副部长", "省委宣传部副部长甘文韬", None)], []),
    "ea:龙启胜": ("龙启胜", "official", _XG, [
        ("ea08", "孝感市委", "书记", "市委书记龙启胜，市委常委", None)], []),
    "ea:邓雪芹": ("邓雪芹", "official", "孝感高新区", [
        ("ea08", "孝感高新区党工委", "书记", "高新区党工委书记邓雪芹作了介绍", "bare 高新区 in the 孝感日报 = 孝感高新区 (益阳高新区 in ea04 / ea06)")], []),
    "ea:闵正宏": ("闵正宏", "official", "汉川市", [
        ("ea08", "汉川市委", "书记", "汉川市委书记闵正宏汇报了", "2023-05"),
        ("ea09", "孝感市委", "常委", "孝感市委常委、汉川市委书记闵正宏出席并讲话", "2024-07: now also 孝感市委常委"),
        ("ea09", "汉川市委", "书记", "孝感市委常委、汉川市委书记闵正宏出席并讲话", None)], []),
    "ea:陆晨阳": ("陆晨阳", "official", "汉川市", [
        ("ea09", "汉川市委", "副书记", "市委副书记、市长陆晨阳出席", None),
        ("ea09", "汉川市政府", "市长", "市委副书记、市长陆晨阳出席", None)], []),
    "ea:陈泊远": ("陈泊远", "official", "汉川市", [
        ("ea09", "汉川市委", "常委", "市委常委、组织部部长陈泊远主持仪式", None),
        ("ea09", "汉川市委组织部", "部长", "市委常委、组织部部长陈泊远主持仪式", "组织部 after 市委常委 = the 市委's")], []),
    "ea:雷鸿宇": ("雷鸿宇", "official", "汉川市", [], ["ea09"]),  # 拟任 山南市乃东区发展和改革委员会副主任: no line (DECIDED HERE, as ac)
    "ea:朱砚秋": ("朱砚秋", "professional", "汉川市人民医院", [], ["ea09"]),  # 援藏医生代表、主治医师: no post
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ea01", "季晓雯", "记者", "reporter", "（记者 季晓雯）"),
    ("ea01", "孔令瑶", "责任编辑", "editor", "责任编辑：孔令瑶"),
    ("ea02", "殷梓涵", "记者", "reporter", "（记者 殷梓涵）"),
    ("ea02", "曹慕白", "编辑", "editor", "编辑：曹慕白"),
    ("ea02", "钱海峰", "审核", "editor", "审核：钱海峰"),
    ("ea03", "吉雨欣", "记者", "reporter", "本报讯（记者 吉雨欣）"),
    ("ea03", "孙睿", "记者", "reporter", "本报讯（记者 孙睿）"),
    ("ea03", "冒海林", "责任编辑", "editor", "责任编辑：冒海林"),
    ("ea03", "凌雪松", "版式", "editor", "版式：凌雪松"),
    ("ea04", "庞书彦", "责任编辑", "editor", "责任编辑：庞书彦"),
    ("ea05", "段可馨", "作者", "author", "作者：段可馨"),
    ("ea05", "凤立勤", "编辑", "editor", "编辑：凤立勤"),
    ("ea05", "邬晓航", "审核", "editor", "审核：邬晓航"),
    ("ea06", "柴慧灵", "记者", "reporter", "本报讯（记者 柴慧灵）"),
    ("ea06", "阮承宇", "责任编辑", "editor", "责任编辑：阮承宇"),
    ("ea07", "付宏程", "编辑", "editor", "编辑：付宏程"),
    ("ea08", "商立伟", "记者", "reporter", "本报讯（记者 商立伟）"),
    ("ea08", "涂梦瑶", "责任编辑", "editor", "责任编辑：涂梦瑶"),
    ("ea09", "储若兰", "供稿", "author", "（汉川市融媒体中心 储若兰）"),
    ("ea09", "束立恒", "编辑", "editor", "编辑：束立恒"),
    ("ea10", "钱锦川", "记者", "reporter", "记者：钱锦川"),
    ("ea10", "戚雨桐", "编辑", "editor", "编辑：戚雨桐"),
    ("ea10", "丛慧娟", "审核", "editor", "审核：丛慧娟"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ea01", "市委书记严启航会见华熠储能科技集团有限公司客人", "meeting (会见)", "5月17日下午", None, None, [],
     ["严启航", "邵鸿远", "柏书衡", "缪振东", "卞佳琦", "蔡明远", "蒋欣怡"], ["严启航", "邵鸿远", "柏书衡"], "市行政中心",
     "5月17日下午，市委书记严启航在市行政中心会见了华熠储能科技集团有限公司党委书记、董事长邵鸿远",
     ["市委书记严启航在市行政中心会见了", _A01_GUEST, "总裁柏书衡一行",
      "秘书长缪振东，副市长卞佳琦，泰兴市委书记蔡明远，市商务局局长蒋欣怡参加会见", "严启航代表市委、市政府", "邵鸿远介绍了",
      "柏书衡就项目规划、投资进度和产能安排作了说明"]),
    ("ea01", "华熠储能科技集团泰兴考察", "inspection (考察, visiting company)", "会见前", None, "邵鸿远", [],
     ["卞佳琦", "蔡明远"], [], "泰兴经济开发区",
     "会见前，邵鸿远一行在卞佳琦、蔡明远陪同下，实地考察了泰兴经济开发区",
     ["邵鸿远一行在卞佳琦、蔡明远陪同下"]),
    ("ea02", "靖江船舶海工产业和沿江港口发展调研", "inspection (调研)", "4月11日", None, "秦方舟", [],
     ["韩冬青", "贲晓梅", "严启航", "卞佳琦", "缪振东", "丁奕晨"], ["管晓东"], "靖江市",
     "省委常委、副省长秦方舟来我市调研船舶海工产业发展和沿江港口建设工作",
     ["副省长秦方舟来我市调研", "省政府副秘书长韩冬青", "省工业和信息化厅副厅长贲晓梅",
      "泰州市领导严启航、卞佳琦，我市领导缪振东、丁奕晨等陪同调研", "企业董事长管晓东介绍了"]),
    ("ea02", "座谈会", "meeting (座谈会)", "4月11日", None, None, [],
     [], ["缪振东", "秦方舟", "严启航"], "靖江市",
     "在随后召开的座谈会上，泰州市委常委、靖江市委书记缪振东汇报了",
     ["靖江市委书记缪振东汇报了", "秦方舟充分肯定", "泰州市委书记严启航表示"]),
    ("ea03", "迎接在泰全国人大代表、全国政协委员返泰", "activity (迎接)", "13日晚", None, None, [],
     ["严启航", "顾晓岚", "缪振东", "翟慧敏", "柯雨薇"], ["严启航", "翟慧敏"], "泰州站",
     "13日晚，在泰全国人大代表、全国政协委员载誉归来",
     ["市委书记严启航，市委副书记、市长顾晓岚，市委常委、秘书长缪振东到泰州站迎接", "董事长翟慧敏",
      "市政协副主席柯雨薇等走出站台", "严启航说", "翟慧敏表示"]),
    ("ea03", "市长顾晓岚会见中沃医疗器械集团有限公司客人", "meeting (会见)", "3月13日上午", None, None, [],
     ["顾晓岚", "戎立群", "卞佳琦", "闾晓峰"], ["顾晓岚", "戎立群"], None,
     "3月13日上午，市长顾晓岚会见了中沃医疗器械集团有限公司副总裁、华东区总经理戎立群一行",
     ["市长顾晓岚会见了", "华东区总经理戎立群一行", "副市长卞佳琦，泰州医药高新区党工委副书记、管委会主任闾晓峰参加会见",
      "顾晓岚介绍了", "戎立群表示"]),
    ("ea04", "益阳早稻生产和防汛备汛工作调研", "inspection (调研)", "6月16日至17日", None, "符海鸥", [],
     ["喻兰亭", "龚利民", "黎向东", "邹雨辰", "卜建军", "汤启凡"], ["符海鸥", "黎向东"], "益阳市、桃江县",
     "6月16日至17日，副省长符海鸥来益调研早稻生产和防汛备汛工作",
     ["副省长符海鸥来益调研早稻生产", "省水利厅副厅长喻兰亭，市委书记龚利民，市委副书记、市长黎向东，市委常委、秘书长邹雨辰陪同调研",
      "桃江县委书记卜建军，县委副书记、县长汤启凡陪同", "符海鸥指出", "黎向东表示"]),
    ("ea04", "市长黎向东会见深圳澜拓电子科技有限公司客人", "meeting (会见)", "6月18日", None, None, [],
     ["黎向东", "欧阳启明", "沈星宇", "曾亚楠"], ["欧阳启明", "黎向东"], None,
     "6月18日，市长黎向东会见了深圳澜拓电子科技有限公司董事长欧阳启明一行",
     ["市长黎向东会见了", "董事长欧阳启明一行", "市委常委、常务副市长沈星宇，高新区党工委书记曾亚楠参加会见",
      "欧阳启明介绍了", "黎向东希望"]),
    ("ea04", "民营企业家座谈会", "meeting (座谈会)", "6月19日", "龚利民", None, [],
     ["邹雨辰", "夏璟川", "罗靖文"], ["夏璟川", "罗靖文", "龚利民"], None,
     "6月19日，市委书记龚利民主持召开民营企业家座谈会",
     ["市委书记龚利民主持召开民营企业家座谈会", "董事长夏璟川", "总经理罗靖文等8位企业负责人先后发言", "龚利民强调",
      "邹雨辰参加座谈"]),
    ("ea05", "县委书记卜建军会见广东粤森竹业集团有限公司客商", "meeting (会见)", "11月8日", None, None, [],
     ["卜建军", "杜承锐", "焦少华", "汤启凡", "许立新", "葛云帆"], ["卜建军", "杜承锐", "焦少华", "汤启凡"], None,
     "11月8日，县委书记卜建军会见了广东粤森竹业集团有限公司董事长杜承锐",
     ["县委书记卜建军会见了", "董事长杜承锐、副总经理焦少华一行",
      "县委副书记、县长汤启凡，县委常委、副县长许立新，县商务局局长葛云帆参加会见", "卜建军代表县委、县政府", "杜承锐介绍了",
      "焦少华就项目选址和一期投资计划作了汇报", "汤启凡表示"]),
    ("ea05", "广东粤森竹业集团桃江考察", "inspection (考察, visiting company)", "会见前", None, "杜承锐", [],
     ["许立新"], [], "灰山港镇、桃花江竹海景区",
     "会见前，杜承锐一行在许立新陪同下，先后考察了灰山港镇竹木加工企业",
     ["杜承锐一行在许立新陪同下"]),
    ("ea06", "益阳产业发展和科技创新调研", "inspection (调研)", "8月21日", None, "符海鸥", [],
     ["池明轩", "龚利民", "沈星宇", "汤启凡", "姚嘉禾"], ["汤启凡", "曾亚楠", "符海鸥", "龚利民"], "桃江县、益阳高新区",
     "省委常委、副省长符海鸥来益调研产业发展和科技创新工作",
     ["副省长符海鸥来益调研产业发展", "省政府副秘书长池明轩，市委书记龚利民，市委常委、常务副市长沈星宇陪同调研",
      "桃江县委书记汤启凡，县委副书记、县长姚嘉禾陪同", "汤启凡汇报了", "高新区党工委书记曾亚楠介绍了", "符海鸥指出",
      "龚利民表示"]),
    ("ea07", "市委书记孔德扬会见上海锦骅汽车零部件有限公司客人", "meeting (会见)", "10月14日下午", None, None, [],
     ["孔德扬", "单立诚", "熊立昂", "伍思彤", "谢铭泽"], ["孔德扬", "单立诚", "熊立昂", "伍思彤"], None,
     "10月14日下午，市委书记孔德扬会见了上海锦骅汽车零部件有限公司董事长单立诚",
     ["市委书记孔德扬会见了", "总经理熊立昂一行", "市委副书记、市长伍思彤，市委常委、常务副市长谢铭泽参加会见",
      "孔德扬对单立诚一行的到来表示欢迎", "单立诚表示", "熊立昂汇报了", "伍思彤要求"]),
    ("ea08", "孝感文化和旅游融合发展调研", "inspection (调研)", "5月25日", None, "詹慧琳", [],
     ["甘文韬", "龙启胜", "孔德扬"], ["邓雪芹", "闵正宏", "詹慧琳", "龙启胜"], "孝感市、孝感高新区、汉川市",
     "省委常委、宣传部部长詹慧琳来孝感调研文化和旅游融合发展工作",
     ["宣传部部长詹慧琳来孝感调研", "省委宣传部副部长甘文韬，市委书记龙启胜，市委常委、常务副市长孔德扬参加调研",
      "高新区党工委书记邓雪芹作了介绍", "汉川市委书记闵正宏汇报了", "詹慧琳指出", "龙启胜表示"]),
    ("ea09", "第十一批援藏干部人才欢送仪式", "ceremony (欢送仪式)", "7月4日上午", "陈泊远", None, ["汉川市"],
     ["闵正宏", "陆晨阳", "雷鸿宇", "朱砚秋"], ["陈泊远", "朱砚秋", "闵正宏"], None,
     "7月4日上午，我市举行第十一批援藏干部人才欢送仪式",
     ["汉川市委书记闵正宏出席并讲话", "市长陆晨阳出席", "组织部部长陈泊远主持仪式", "陈泊远宣读了援藏干部人才名单",
      "雷鸿宇等3名同志", "主治医师朱砚秋作表态发言", "闵正宏代表市委、市政府"]),
    ("ea10", "市委书记宗文杰会见苏州禾邦食品科技有限公司客人", "meeting (会见)", "3月19日", None, None, [],
     ["宗文杰", "卢星野", "茅佳音", "许立新"], ["宗文杰", "卢星野", "许立新"], None,
     "3月19日，市委书记宗文杰会见了苏州禾邦食品科技有限公司董事长卢星野一行",
     ["市委书记宗文杰会见了", "董事长卢星野一行", "市委副书记、市长茅佳音，副市长许立新参加会见", "宗文杰代表市委、市政府",
      "卢星野介绍了", "许立新就项目用地和政策支持作了说明"]),
    ("ea10", "苏州禾邦食品科技有限公司兴化考察", "inspection (考察, visiting company)", "会见前", None, "卢星野", [],
     ["许立新"], [], "兴化经济开发区、戴南镇、千垛景区",
     "会见前，卢星野一行在许立新陪同下，考察了兴化经济开发区食品产业园",
     ["卢星野一行在许立新陪同下"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ea01", "华熠储能泰兴电池基地项目", "project", "以华熠储能泰兴电池基地项目为纽带"),
    ("ea02", "长泓重工大型海工装备总装基地项目", "project", "走进长泓重工大型海工装备总装基地项目建设现场"),
    ("ea02", "靖江港区公用码头二期工程", "infrastructure_project", "来到靖江港区公用码头二期工程"),
    ("ea04", "资江桃江段防洪治理工程", "engineering_work", "察看了资江桃江段防洪治理工程"),
    ("ea04", "澜拓电子益阳智能终端产业园", "industrial_park", "澜拓电子益阳智能终端产业园项目的规划和建设进度"),
    ("ea05", "桃江竹木精深加工产业园", "industrial_park", "加快推进桃江竹木精深加工产业园合作项目落地"),
    ("ea07", "安陆汽车零部件产业园二期", "industrial_park", "加快推进安陆汽车零部件产业园二期建设"),
    ("ea08", "马口古镇文旅综合开发项目", "project", "察看了马口古镇文旅综合开发项目"),
    ("ea10", "禾邦食品兴化中央厨房产业园", "industrial_park", "加快推进禾邦食品兴化中央厨房产业园项目落地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ea01", "泰兴", "county_level_city", "standalone", "新型储能电池项目落地泰兴"),
    ("ea01", "泰兴市", "county_level_city", "in_title", "泰兴市委书记蔡明远"),
    ("ea01", "泰州", "city", "standalone", "泰州地处长江经济带"),
    ("ea01", "长江经济带", "region", "standalone", "泰州地处长江经济带"),
    ("ea01", "长三角", "region", "standalone", "长三角一体化交汇点"),
    ("ea01", "华东地区", "region", "standalone", "华东地区重要的生产基地"),
    ("ea01", "泰兴经济开发区", "development_zone", "standalone", "实地考察了泰兴经济开发区"),
    ("ea02", "靖江市", "county_level_city", "in_title", "靖江市委书记缪振东汇报了"),
    ("ea02", "靖江", "county_level_city", "standalone", "靖江船舶海工产业发展取得的成效"),
    ("ea02", "泰州市", "city", "in_title", "泰州市委书记严启航表示"),
    ("ea02", "泰州", "city", "standalone", "泰州将认真落实调研指示要求"),
    ("ea02", "新港园区", "zone_park", "standalone", "首先来到新港园区"),
    ("ea02", "靖江港区", "port", "in_project_name", "来到靖江港区公用码头二期工程"),
    ("ea02", "长江", "river", "standalone", "长江岸线集约利用情况"),
    ("ea02", "斜桥镇", "town", "standalone", "并在斜桥镇察看了"),
    ("ea02", "江苏", "province", "standalone", "船舶海工是江苏制造业的重要名片"),
    ("ea03", "泰州站", "transport_hub", "standalone", "到泰州站迎接"),
    ("ea03", "泰州", "city", "standalone", "充分展示了泰州形象"),
    ("ea03", "长江", "river", "standalone", "长江生态保护"),
    ("ea03", "中国医药城", "area", "standalone", "中国医药城已集聚医药企业"),
    ("ea03", "泰州医药高新区", "development_zone", "standalone", "生产基地在泰州医药高新区布局"),
    ("ea04", "桃江县", "county", "standalone", "在桃江县，符海鸥察看了"),
    ("ea04", "资江", "river", "in_project_name", "察看了资江桃江段防洪治理工程"),
    ("ea04", "桃江", "county", "in_project_name", "资江桃江段防洪治理工程"),
    ("ea04", "灰山港镇", "town", "standalone", "灰山港镇早稻集中育秧基地"),
    ("ea04", "益阳", "city", "standalone", "益阳将坚决扛牢"),
    ("ea04", "高新区", "development_zone", "standalone", "市直有关部门和高新区要当好"),
    ("ea05", "桃江县", "county", "standalone", "介绍了桃江县情"),
    ("ea05", "桃江", "county", "standalone", "桃江是“中国竹子之乡”"),
    ("ea05", "灰山港镇", "town", "standalone", "灰山港镇竹木加工企业"),
    ("ea05", "桃花江竹海景区", "scenic_area", "standalone", "桃花江竹海景区"),
    ("ea05", "华中地区", "region", "standalone", "华中地区生产基地"),
    ("ea06", "益阳", "city", "standalone", "符海鸥在益阳调研时强调"),
    ("ea06", "桃江县", "county", "standalone", "在桃江县，符海鸥走进"),
    ("ea06", "桃江竹木精深加工产业园", "industrial_park", "standalone", "走进桃江竹木精深加工产业园"),
    ("ea06", "益阳高新区", "development_zone", "standalone", "在益阳高新区，符海鸥来到"),
    ("ea06", "高新区", "development_zone", "in_title", "高新区党工委书记曾亚楠"),
    ("ea06", "澜拓电子益阳智能终端产业园", "industrial_park", "standalone", "来到澜拓电子益阳智能终端产业园"),
    ("ea07", "安陆经济开发区", "development_zone", "standalone", "落户安陆经济开发区以来"),
    ("ea07", "安陆", "county_level_city", "standalone", "对安陆发展的支持"),
    ("ea08", "孝感", "city", "standalone", "詹慧琳在孝感调研时强调"),
    ("ea08", "董永公园", "park", "standalone", "首先来到董永公园"),
    ("ea08", "孝感高新区", "development_zone", "standalone", "在孝感高新区，詹慧琳走进"),
    ("ea08", "槐荫数字文创产业园", "industrial_park", "standalone", "走进槐荫数字文创产业园"),
    ("ea08", "高新区", "development_zone", "in_title", "高新区党工委书记邓雪芹"),
    ("ea08", "汉川市", "county_level_city", "standalone", "在汉川市，詹慧琳察看了"),
    ("ea08", "马口古镇", "ancient_town", "in_project_name", "察看了马口古镇文旅综合开发项目"),
    ("ea09", "西藏", "province", "standalone", "奔赴西藏山南市"),
    ("ea09", "山南市", "city", "standalone", "奔赴西藏山南市"),
    ("ea09", "乃东区", "district", "in_title", "拟任山南市乃东区发展和改革委员会副主任"),
    ("ea09", "孝感市", "city", "in_title", "孝感市委常委、汉川市委书记闵正宏"),
    ("ea09", "汉川市", "county_level_city", "in_title", "汉川市委书记闵正宏"),
    ("ea09", "汉川", "county_level_city", "standalone", "把汉川人民的深情厚谊"),
    ("ea09", "武汉天河机场", "airport", "standalone", "前往武汉天河机场的大巴"),
    ("ea10", "兴化", "county_level_city", "standalone", "兴化是全国闻名的"),
    ("ea10", "兴化经济开发区", "development_zone", "standalone", "兴化经济开发区已集聚"),
    ("ea10", "戴南镇", "town", "standalone", "戴南镇的冷链物流企业"),
    ("ea10", "千垛景区", "scenic_area", "standalone", "还到千垛景区了解"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ea", conventions="set ea (blind set: city and county leaders' activity pages in 江苏 泰州 (靖江市, 泰兴市, 兴化市, 泰州医药高新区), 湖南 益阳 (桃江县, 益阳高新区) and 湖北 孝感 (安陆市, 汉川市, 孝感高新区): 会见 of companies' delegations (the guests' company titles, a company's 党委书记 included, are no posts), provincial leaders' 调研 with 陪同 lists (省委常委、副省长 → X省委 常委 + X省政府 副省长; 省委常委、宣传部部长 → X省委 常委 + X省委宣传部 部长; 市领导 / 我市领导 named without titles are no posts), 座谈会, the welcome of returning 全国人大代表 / 全国政协委员 (no posts) and a 欢送仪式 of 援藏 cadres (拟任 no post); bare 高新区 = the page's city's zone; one line per post per article)",
          persons_note="Set ea persons. id = corpus-wide person_id (ea:许立新#1 of 兴化 (江苏) and ea:许立新#2 of 桃江 (湖南) are two people; ea:缪振东 泰州市委常委、秘书长 2022-2023 → 泰州市委常委、靖江市委书记 2024; ea:汤启凡 桃江县长 2022 → 县委书记 2024; ea:符海鸥 湖南 副省长 2022 → 省委常委、副省长 2024; ea:孔德扬 安陆市委书记 2021 → 孝感市委常委、常务副市长 2023; ea:闵正宏 汉川市委书记 2023 → 孝感市委常委、汉川市委书记 2024; company guests are company_executive persons without posts)")


if __name__ == "__main__":
    main()
