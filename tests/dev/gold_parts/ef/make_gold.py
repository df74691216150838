"""Write gold part ``ef`` (a blind set, held-out-like mix, fourth round: ten pages from ten provinces, one county,
district or county-level city each, in six page shapes) from the tables below.

Pages ``tests/dev/texts/ef*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: the 从化区 site's 大事记 pages (conghua.gov.cn: ``今天是,欢迎访问
广州市从化区政府网 / 您当前所在位置: 首页 > … / 来源:本网 发布时间:2021-08-26 10:26``, ``区主要领导…出席``); a 中山 site's
领导活动 page on a 东西部协作 trip to 六盘水 (``市委副书记、市长…带队赴贵州省六盘水市对接东西部协作工作``); the 闽西日报
edition (mxrb.cn: ``本报讯(融媒体记者 …)``, ``龙岩市领导…参加``); the 福清侨乡报 on a portal (``来源:福清侨乡报 我来说两句``,
``福清市领导…参加活动``, 相关新闻 list); two 北方网 (enorth) pages of 静海 / 宁河 (``本报讯(记者…)``, ``区委书记…、区长…
出席并讲话。区领导…出席``, ``东丽区委书记…率领东丽区党政代表团…县领导陪同考察``) and an 北方网 repost with ``来源: 天津日报
作者: … 编辑: …``, ``扫码阅读手机版``, ``内容提要:``; the 天津日报 epaper (``第01版:要闻 上一版 下一版 … 标题导航``); the
经济日报 note on the 天津–承德 结对 (东丽–承德县, 西青–平泉, 津南–隆化 …); a 华池 site page on a 天津 district's 党政代表团
(``您的位置: 首页 >政务动态>华池要闻>详细内容 / 来源:掌中庆阳 发布时间:… 浏览次数: 【字体:``); a 舟曲 site page of a 天津
district's 座谈会; the 秦安 融媒体 page (``(编辑:… 责编:… 编审:…)(新闻来源:秦安县融媒体中心 转载:…)``); a 松桃 page
(``县委常委、县人民政府副县长…陪同调研``); a 德江 page on an 东莞 town's delegation (``东西部协作党政联席会议``); a 儋州新闻中心
page (``发佈时间 | 来源 | 作者 | 责任编辑``); the 海南省人大 press-conference record (``中共定安县委副书记、县人民政府县长``);
德化 items (``德化县委书记…陪同``, ``(记者 …)``) and the 东南网 泉州频道 (``您所在的位置：东南网泉州频道> 泉州时政> 县市新闻 >
正文``); a 融安 site page (``县委书记…，县委副书记、县长…等领导陪同调研``); a 贵港日报 text extracted from its PDF (``贵港日报/
2025 年/2 月/13 日/第 001 版``, hard line breaks inside sentences, ``全媒体记者 …``); the 沁县 paper (``下一版»本期共4版, 当前第1版
PDF``); the 长子 paper (``1750 期 / 第1版``); a 永平 site page (``县领导…陪同考察``, ``扫一扫在手机打开当前页``). Places are real
and new to the corpus: 广东 广州 花都区, 贵州 黔南 福泉市, 天津 津南区, 河北 承德 丰宁满族自治县, 海南 临高县, 云南 大理 宾川县,
江西 上饶 婺源县, 山西 长治 襄垣县, 福建 泉州 德化县, 广西 梧州 岑溪市, with their towns and rivers.

Shapes: a district government site with full chrome (ef01 花都区: the 区委书记's 调研 of towns and projects with the 区长,
a 区委常委、区委办公室主任, a 副区长 back from 挂职 and a town secretary); a county-level city's 融媒体 app page (ef02 福泉融媒:
a 广州 district's 党政代表团 考察 and the 东西部协作联席会议, a 挂职 市委常委、副市长; bare ``市委`` = 福泉市委); a portal repost of a
city paper with ``内容提要`` (ef03 北方网 of the 天津日报: 津南区's 推进会 with a 观摩 before it, ``区领导…参加`` without titles);
a city paper page extracted from its PDF with two articles and hard line breaks (ef04 承德日报 第 003 版: the 津南 delegation in
丰宁 with a 挂职 县委常委、副县长 and its 联席会议; a 承德 市委常委、副市长's 调研 in 丰宁, bare ``市委`` = 承德市委); a provincial
portal item (ef05 南海网: the 县委书记's 调研 of the 金牌港开发区 and a 渔港, ``县委常委、县人民政府常务副县长``, a 现场办公会 after
it); a county government site (ef06 宾川县: the 县长's 调研 with a 副县长 and a ``州`` department's 副局长); a city paper's digital
edition with an 引题 (ef07 上饶日报 第02版: a 副市长's 调研 of 婺源县, ``市委副秘书长``, ``市政府副秘书长``); a county 融媒体 app
page (ef08 襄垣融媒: 县政府常务会议 with a 县政府党组成员); a WeChat repost with 来源 / 原标题 / 文字 / 编辑 / 审核 lines (ef09
德化发布: the 县委书记's 调研 and a 陶瓷企业座谈会, a company 董事长); a county-level city's government site (ef10 岑溪市: a 梧州
副市长's 调研; bare ``市委书记`` = 岑溪市委).

Identity cases:
- ef:骆嘉明 (花都区): 广州市花都区委副书记、区长, leading the delegation to 福泉 in June 2022 (ef02); 区委书记 in April 2024 (ef01).
- ef:麦子聪 (a 花都 cadre): 福泉市委常委、副市长（挂职） in June 2022 (ef02); 花都区副区长 in April 2024 (ef01).
- ef:晏学军 (津南区): 天津市津南区委副书记、区长, leading the delegation to 丰宁 in Sept 2022 (ef04); 区委书记 in May 2024 (ef03).
- ef:卜振华 (a 津南 cadre): 丰宁满族自治县委常委、副县长（挂职） in Sept 2022 (ef04); 津南区副区长 in May 2024 (ef03, also named
  among the 区领导 without a title).
- two different 杨文彬 in unrelated places: ef:杨文彬#1 is 临高县委常委、县人民政府常务副县长 (海南, ef05, July 2023);
  ef:杨文彬#2 is 宾川县副县长 (云南 大理, ef06, March 2023).
- one organ name for several places: bare ``市委`` is 福泉市委 on the 福泉 app (ef02, a county-level city), 岑溪市委 on the 岑溪
  site (ef10, beside a visitor written ``梧州市副市长``), 承德市委 in the 承德日报 (ef04 article 2, ``市委常委、副市长``) and
  上饶市委 in the 上饶日报 (ef07, ``市委副秘书长``); bare ``区委`` is 花都区委 (ef01) and 津南区委 (ef03); bare ``县委`` /
  ``县长`` is 丰宁's (ef04, after ``丰宁满族自治县委书记`` and in the article about 丰宁), 临高's, 宾川's, 婺源's (after ``婺源县委
  书记``), 襄垣's and 德化's on their pages; ``东西部协作`` / ``协作联席会议`` pair 花都–福泉 and 津南–丰宁.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts au, bs, bq, dz, ea where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county / district / county-level city site,
  app or account, 县委 / 区委 / 市委 / 县长 / 区长 / 市长 / 副县长 / 县X局 / 区X局 / 市X局 = that place; in a city paper, 市委 /
  市政府 / 副市长 / 市X局 = the paper's city (承德市, 上饶市); a bare ``县委…`` right after a county named in the chain, or in an
  article about that county, is that county's. A visitor written with his place keeps it (``广州市花都区委副书记、区长`` → 花都区委
  + 花都区政府; ``花都区副区长`` → 花都区政府; ``天津市津南区委副书记、区长`` → 津南区委 + 津南区政府; ``梧州市副市长`` → 梧州市政府).
  花都区 and 津南区 are single districts in China: no city prefix.
- ``县人民政府`` in a chain folds to 政府 (CONVENTIONS): ``县委常委、县人民政府常务副县长杨文彬`` → 临高县委 常委 + 临高县政府
  常务副县长.
- Autonomous county / prefecture: the full name of the division (as parts ak, dz): ``丰宁满族自治县委书记`` → 丰宁满族自治县委;
  bare 县委 / 县长 / 镇党委 after it → 丰宁满族自治县委 / …政府 / …黄旗镇党委. DECIDED HERE: bare ``州农业农村局`` on the 宾川
  site = the parent 州: 大理白族自治州农业农村局 (as ak labels 恩施土家族苗族自治州委). Place rows keep the names as written
  (``丰宁`` and ``丰宁满族自治县``).
- 挂职 posts as parts au, dz: a holding of the organ where held, title without ``（挂职）`` (``市委常委、副市长（挂职）麦子聪`` on the
  福泉 page → 福泉市委 常委 + 福泉市政府 副市长).
- DECIDED HERE: 临高's 金牌港开发区 (a county's provincial-level 开发区, nothing to fold) is labelled with the county name and the
  zone's written name, as dz labels 威县经济开发区: ``金牌港开发区管委会常务副主任`` → 临高金牌港开发区管委会 常务副主任; the page
  writes the zone both ways (``临高金牌港开发区``, ``金牌港开发区``), so both names are place rows (CONVENTIONS).
- Not posts: ``区领导庞建新、尉晓燕、卜振华`` (ef03; named as attendees, 卜振华's 副区长 comes from ``副区长卜振华通报``), 县直 /
  镇街 responsible persons, company roles (``公司董事长林振辉``, a ``company_executive`` person as in ea).
- One line per post per article; ef04 has two articles (关瑞峰 holds 县长 in both: two lines).
- Events: 调研 / a delegation's 考察 are ``inspection`` (leader; 陪同 / 参加 / 一同调研 / 随团考察 attendees; 介绍 / 汇报 / 指出 /
  强调 / 要求 / 表示 / 提出建议 / 作了安排 speakers); the 联席会议 / 座谈会 / 现场办公会 after it is its own meeting (as au, dz),
  ``陪同考察或出席会议`` / ``陪同考察或参加会议`` make the hosts attendees of both; the signing is part of the 联席会议; the 观摩 before
  a 推进会 that the 书记 leads is a ``site observation`` (as dz07); 推进会 and 县政府常务会议 are meetings (chair 主持, 出席 attendees;
  ``听取了…局长…关于…的汇报`` makes a speaker). DECIDED HERE: ``两地召开…联席会议`` has both places as organizers; in ef09 the
  书记's closing ``指出`` after the 座谈会 he convened is a speech at the 座谈会, his ``要求`` at the 龙浔镇 site one of the 调研.
- Bylines: ``本报讯（记者 …）``, ``本报讯（全媒体记者 … 通讯员 …）``, ``南海网…消息（记者 … 通讯员 …）``, ``记者：…`` and the PDF
  page's ``本报记者 … 通讯员 …`` are reporter / correspondent lines; ``文字：`` in a WeChat post is an author line; 编辑 / 责任编辑
  / 审核 / 校对 are editor lines, and DECIDED HERE ``版式：`` (the page designer of the PDF page) too. A portal's ``作者：`` on the
  stamp line repeats the reporter (not a second row); the photo credit ``通讯员 刘晓光 摄`` repeats the correspondent.
- DECIDED HERE (PDF-extracted page, ef04): the header ``承德日报/2022 年/9 月/16 日/第 003 版`` is the edition stamp; hard line
  breaks stay inside evidence strings as in the raw text (names and titles are never split by one here, but a chain is split
  between ``副县长（挂职）`` and ``卜振华``, and a project name between ``就业帮`` and ``扶车间``, annotated joined:
  土城镇津丰协作就业帮扶车间); the page-end ``责任编辑 / 版式 / 校对`` line is printed after article 2 and is credited there; the
  photo caption belongs to article 1.
- DECIDED HERE (portal repost, ef03): the ``内容提要：`` summary under the stamp line is inside the article's span (it repeats
  the lead) but the body starts at ``本报讯``; evidence is taken from the body.
- WeChat repost (as dz): the ``原标题：`` line is a credit line, the account name, ``收录于合集`` and the IP place after the time
  (``福建``) are chrome.
- Projects: works inspected, reported or to be pushed, named as written with their place prefix: 产业园 (phase)
  ``industrial_park``; 物流园 / 冷链物流中心 ``logistics_hub``; 老旧小区 / 棚户区改造 ``housing_project``; 防洪治理 ``engineering_work``;
  污水处理厂, 农村供水, 渔港 works ``infrastructure_project``; 生态修复 / 生态廊道 / 沙化土地治理 ``greening_project``; 示范园, 示范带,
  示范基地, 养殖小区 / 基地, 就业帮扶车间, 节水灌溉, 窑炉技改, 古村落保护利用 ``project``. Agreements (《…框架协议》) are not projects.
- Places: one row per name per file, as written (``花都``, ``福泉``, ``津南``, ``丰宁``, ``临高``, ``宾川``, ``婺源``, ``德化``, ``岑溪``
  beside the full names); places inside titles, organ references, document titles and project names count; site lines,
  mastheads, 来源 lines, navigation, related-article lists and footers are not annotated; places inside company names are not.
  DECIDED HERE: abbreviation pairs (粤黔, 津冀, 花福, 津丰) are not places, nor the rice name 小站稻, the common noun 首都 or
  the policy name 自贸港;
  区域 names are (岭南, 大湾区, 京津冀, 坝上草原, 徽州); a named 片区 (三堡片区) is an ``area``; a town's 工业园区 named inside a project
  (王桥镇工业园区) is a ``zone_park``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HD, FQ, JN, FN = "花都区", "福泉市", "津南区", "丰宁满族自治县"
LG, BC, DL, WY, SR = "临高县", "宾川县", "大理白族自治州", "婺源县", "上饶市"
XY, DH, CX, WZ, CD = "襄垣县", "德化县", "岑溪市", "梧州市", "承德市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ef01_huadu.txt": (2024, "发布时间：2024-04-18 17:35", HD, [
        ("骆嘉明调研重点产业项目和镇街发展工作", "4月17日", "2024-04-17", "4月17日，区委书记骆嘉明",
         "district site (full chrome): the 区委书记's 调研 (骆嘉明, former 区长) with the 区长, a 区委常委、区委办公室主任, a 副区长 back from 挂职 in 福泉 and a town secretary")]),
    "ef02_fuquan.txt": (2022, "2022-06-11 19:42", FQ, [
        ("广州市花都区党政代表团来福泉考察东西部协作工作", "6月9日至10日", "2022-06-09", "6月9日至10日，广州市花都区委",
         "county-level city 融媒体 app page: a 广州 district's 党政代表团 考察 and the 东西部协作联席会议; a 挂职 市委常委、副市长; bare 市委 = 福泉市委")]),
    "ef03_jinnan.txt": (2024, "2024-05-23 08:16:00", JN, [
        ("津南区召开重点项目建设推进会", "5月22日", "2024-05-22", "本报讯（记者 孔令博）5月22日",
         "portal repost (北方网) of the 天津日报 with 内容提要: 推进会 with a 观摩 before it; 区领导 without titles; 晏学军 now 区委书记, 卜振华 now 副区长")]),
    "ef04_fengning.txt": (2022, "承德日报/2022 年/9 月/16 日/第 003 版", FN, [
        ("津南区党政代表团来丰宁考察津冀协作工作", "9月15日", "2022-09-15", "9月15日，天津市津南区委",
         "city paper page extracted from its PDF, article 1: a 天津 district's 党政代表团 考察 in 丰宁 and the 联席会议; a 挂职 县委常委、副县长"),
        ("郎春茂到丰宁调研坝上草原生态保护修复工作", "9月14日", "2022-09-14", "本报讯（记者 周佳慧）9月14日",
         "article 2: a 承德 市委常委、副市长's 调研 in 丰宁; bare 市委 = 承德市委, bare 县长 = 丰宁's")]),
    "ef05_lingao.txt": (2023, "2023-07-20 10:25", LG, [
        ("符策鸿在金牌港开发区和新盈镇调研时强调 抓实园区招商和渔港升级 推动临高向海图强", "7月19日", "2023-07-19", "南海网7月20日消息（记者 黄思敏",
         "provincial portal item (南海网): the 县委书记's 调研 of the 金牌港开发区 and a 渔港; ``县委常委、县人民政府常务副县长`` (杨文彬#1); 现场办公会")]),
    "ef06_binchuan.txt": (2023, "发布时间：2023-03-09 16:08", BC, [
        ("字春林调研葡萄产业和水利项目建设工作", "3月8日", "2023-03-08", "3月8日，县委副书记",
         "county site: the 县长's 调研 with a 副县长 (杨文彬#2), a 州 department's 副局长 and the 县水务局局长")]),
    "ef07_wuyuan.txt": (2024, "2024年10月16日　星期三", WY, [
        ("程怡岚在婺源县调研文旅融合和茶产业发展时强调", "10月15日", "2024-10-15", "本报讯（全媒体记者 陈子琪",
         "city paper 第02版 (引题 + main title): a 副市长's 调研 of 婺源县 with 市委副秘书长, 市政府副秘书长, the county's 书记 and 县长")]),
    "ef08_xiangyuan.txt": (2023, "2023-08-22 20:05", XY, [
        ("县政府召开第二十六次常务会议", "8月21日", "2023-08-21", "8月21日，县委副书记",
         "county 融媒体 app page: 县政府常务会议 (县长 主持; 副县长 list; 县政府党组成员; a 局长 汇报)")]),
    "ef09_dehua.txt": (2024, "2024年03月27日 21:18", DH, [
        ("连志诚调研陶瓷产业发展：聚力创新升级 擦亮世界瓷都名片", "3月26日", "2024-03-26", "3月26日，县委书记连志诚",
         "WeChat repost (来源 / 原标题 / 文字 / 编辑 / 审核 lines): the 县委书记's 调研 and a 陶瓷企业座谈会; a company 董事长 (no post)")]),
    "ef10_cenxi.txt": (2023, "发布时间：2023-11-24 11:32", CX, [
        ("梁振东到我市调研石材产业和城市更新工作", "11月23日", "2023-11-23", "11月23日，梧州市副市长",
         "county-level city site: a 梧州 副市长's 调研; bare 市委书记 / 市长 = 岑溪's")]),
}

_EF02_LUO = "广州市花都区委副书记、区长骆嘉明"
_EF02_MAI = "市委常委、副市长（挂职）麦子聪"
_EF04_YAN = "天津市津南区委副书记、区长晏学军"
_EF04_BU = "县委常委、副县长（挂职）\n卜振华"
_EF05_YANG = "县委常委、县人民政府常务副县长杨文彬"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 广东 花都区 / 贵州 福泉市
    "ef:骆嘉明": ("骆嘉明", "official", HD, [
        ("ef02", f"{HD}委", "副书记", _EF02_LUO, "2022-06: leads the 花都 delegation to 福泉 (identity case: 区委书记 in 2024, ef01)"),
        ("ef02", f"{HD}政府", "区长", _EF02_LUO, None),
        ("ef01", f"{HD}委", "书记", "4月17日，区委书记骆嘉明", "2024-04: bare 区委 on the 花都区 site; named in the headline too")], []),
    "ef:谭颂恩": ("谭颂恩", "official", HD, [
        ("ef01", f"{HD}委", "副书记", "区委副书记、区长谭颂恩", "骆嘉明's successor as 区长"),
        ("ef01", f"{HD}政府", "区长", "区委副书记、区长谭颂恩", None)], []),
    "ef:冼慧琳": ("冼慧琳", "official", HD, [
        ("ef01", f"{HD}委", "常委", "区委常委、区委办公室主任冼慧琳", None),
        ("ef01", f"{HD}委办公室", "主任", "区委常委、区委办公室主任冼慧琳", None)], []),
    "ef:麦子聪": ("麦子聪", "official", HD, [
        ("ef02", f"{FQ}委", "常委", _EF02_MAI, "2022-06: a 花都 cadre 挂职 in 福泉 (as au: title without （挂职）); bare 市委 on the 福泉 app = 福泉市委"),
        ("ef02", f"{FQ}政府", "副市长", _EF02_MAI, None),
        ("ef01", f"{HD}政府", "副区长", "副区长麦子聪参加调研", "2024-04: back in 花都 as 副区长 (identity case)")], []),
    "ef:邝伟棠": ("邝伟棠", "official", HD, [
        ("ef01", f"{HD}狮岭镇党委", "书记", "镇党委书记邝伟棠", "after ``在狮岭镇``")], []),
    "ef:黎少华": ("黎少华", "official", HD, [
        ("ef01", f"{HD}工业和信息化局", "局长", "区工业和信息化局局长黎少华", None)], []),
    "ef:钟志坚": ("钟志坚", "official", HD, [
        ("ef02", f"{HD}政府", "副区长", "花都区副区长钟志坚随团考察", None)], []),
    "ef:罗成钧": ("罗成钧", "official", FQ, [
        ("ef02", f"{FQ}委", "书记", "市委书记罗成钧", "bare 市委 on the 福泉 app = 福泉市委 (organ case: 岑溪市委 ef10, 承德市委 ef04, 上饶市委 ef07)")], []),
    "ef:吴道勇": ("吴道勇", "official", FQ, [
        ("ef02", f"{FQ}委", "副书记", "市委副书记、市长吴道勇", None),
        ("ef02", f"{FQ}政府", "市长", "市委副书记、市长吴道勇", None)], []),
    "ef:杨昌荣": ("杨昌荣", "official", FQ, [
        ("ef02", f"{FQ}牛场镇党委", "书记", "镇党委书记杨昌荣", "after ``在牛场镇``")], []),
    # ---- 天津 津南区 / 河北 丰宁满族自治县
    "ef:晏学军": ("晏学军", "official", JN, [
        ("ef04", f"{JN}委", "副书记", _EF04_YAN, "2022-09: leads the 津南 delegation to 丰宁 (identity case: 区委书记 in 2024, ef03)"),
        ("ef04", f"{JN}政府", "区长", _EF04_YAN, None),
        ("ef03", f"{JN}委", "书记", "区委书记晏学军出席并讲话", "2024-05: bare 区委 in the 天津日报 article of 津南区")], []),
    "ef:宫晓峰": ("宫晓峰", "official", JN, [
        ("ef03", f"{JN}委", "副书记", "区委副书记、区长宫晓峰主持", "晏学军's successor as 区长"),
        ("ef03", f"{JN}政府", "区长", "区委副书记、区长宫晓峰主持", None)], []),
    "ef:卜振华": ("卜振华", "official", JN, [
        ("ef04", f"{FN}委", "常委", _EF04_BU, "2022-09: a 津南 cadre 挂职 in 丰宁 (as au); the PDF line break falls between title and name"),
        ("ef04", f"{FN}政府", "副县长", _EF04_BU, None),
        ("ef03", f"{JN}政府", "副区长", "副区长卜振华通报了", "2024-05: back in 津南 as 副区长 (identity case); also named among the 区领导 without a title")], []),
    "ef:庞建新": ("庞建新", "official", JN, [], ["ef03"]),
    "ef:尉晓燕": ("尉晓燕", "official", JN, [], ["ef03"]),
    "ef:孙德海": ("孙德海", "official", JN, [
        ("ef03", f"{JN}小站镇党委", "书记", "镇党委书记孙德海现场介绍了", "after ``在小站镇``")], []),
    "ef:柏淑芬": ("柏淑芬", "official", JN, [
        ("ef04", f"{JN}政府", "副区长", "津南区副区长柏淑芬", None)], []),
    "ef:佟景岳": ("佟景岳", "official", FN, [
        ("ef04", f"{FN}委", "书记", "丰宁满族自治县委书记佟景岳", "autonomous county: full name (as dz's 酉阳土家族苗族自治县委)")], []),
    "ef:关瑞峰": ("关瑞峰", "official", FN, [
        ("ef04", f"{FN}委", "副书记", "县委副书记、县长关瑞峰", "article 1: after ``丰宁满族自治县委书记``"),
        ("ef04", f"{FN}政府", "县长", "县委副书记、县长关瑞峰", None),
        ("ef04", f"{FN}政府", "县长", "县长关瑞峰陪同调研", "article 2: bare 县长 in the 承德日报 article about 丰宁")], []),
    "ef:付国梁": ("付国梁", "official", FN, [
        ("ef04", f"{FN}黄旗镇党委", "书记", "镇党委书记付国梁", "after ``在黄旗镇``")], []),
    "ef:郎春茂": ("郎春茂", "official", CD, [
        ("ef04", f"{CD}委", "常委", "市委常委、副市长郎春茂", "bare 市委 in the 承德日报 = 承德市委; named in the headline of article 2 too"),
        ("ef04", f"{CD}政府", "副市长", "市委常委、副市长郎春茂", None)], []),
    "ef:闫春生": ("闫春生", "official", CD, [
        ("ef04", f"{CD}林业和草原局", "局长", "市林业和草原局局长闫春生", None)], []),
    # ---- 海南 临高县
    "ef:符策鸿": ("符策鸿", "official", LG, [
        ("ef05", f"{LG}委", "书记", "临高县委书记符策鸿", "named in the headline too")], []),
    "ef:杨文彬#1": ("杨文彬", "official", LG, [
        ("ef05", f"{LG}委", "常委", _EF05_YANG, "海南 临高县, 2023-07; not the 杨文彬 of 宾川县 (ef06); 县人民政府 → 政府"),
        ("ef05", f"{LG}政府", "常务副县长", _EF05_YANG, None)], []),
    "ef:吴清海": ("吴清海", "official", LG, [
        ("ef05", "临高金牌港开发区管委会", "常务副主任", "金牌港开发区管委会常务副主任吴清海", "DECIDED HERE: the county's 开发区 with the county name")], []),
    "ef:王日成": ("王日成", "official", LG, [
        ("ef05", f"{LG}新盈镇党委", "书记", "镇党委书记王日成", "at 新盈镇")], []),
    "ef:陈诗泽": ("陈诗泽", "official", LG, [
        ("ef05", f"{LG}委", "副书记", "县委副书记、县长陈诗泽出席", None),
        ("ef05", f"{LG}政府", "县长", "县委副书记、县长陈诗泽出席", None)], []),
    # ---- 云南 宾川县
    "ef:字春林": ("字春林", "official", BC, [
        ("ef06", f"{BC}委", "副书记", "县委副书记、县长字春林", "named in the headline too"),
        ("ef06", f"{BC}政府", "县长", "县委副书记、县长字春林", None)], []),
    "ef:杨文彬#2": ("杨文彬", "official", BC, [
        ("ef06", f"{BC}政府", "副县长", "副县长杨文彬", "云南 宾川县, 2023-03; not the 杨文彬 of 临高县 (ef05)")], []),
    "ef:段玉芬": ("段玉芬", "official", DL, [
        ("ef06", f"{DL}农业农村局", "副局长", "州农业农村局副局长段玉芬", "DECIDED HERE: bare 州 on the 宾川 site = 大理白族自治州")], []),
    "ef:赵绍坤": ("赵绍坤", "official", BC, [
        ("ef06", f"{BC}水务局", "局长", "县水务局局长赵绍坤", None)], []),
    "ef:杞红英": ("杞红英", "official", BC, [
        ("ef06", f"{BC}力角镇党委", "书记", "镇党委书记杞红英", "at 力角镇")], []),
    # ---- 江西 婺源县 (上饶日报)
    "ef:程怡岚": ("程怡岚", "official", SR, [
        ("ef07", f"{SR}政府", "副市长", "副市长程怡岚到婺源县调研", "bare 副市长 in the 上饶日报 = 上饶市; named in the 引题 too")], []),
    "ef:郑慧敏": ("郑慧敏", "official", SR, [
        ("ef07", f"{SR}委", "副秘书长", "市委副秘书长郑慧敏", "bare 市委 in the 上饶日报 = 上饶市委")], []),
    "ef:祝文海": ("祝文海", "official", SR, [
        ("ef07", f"{SR}政府", "副秘书长", "市政府副秘书长祝文海", None)], []),
    "ef:汪志鹏": ("汪志鹏", "official", WY, [
        ("ef07", f"{WY}委", "书记", "婺源县委书记汪志鹏", None)], []),
    "ef:俞芳华": ("俞芳华", "official", WY, [
        ("ef07", f"{WY}委", "副书记", "县委副书记、县长俞芳华", "after ``婺源县委书记``"),
        ("ef07", f"{WY}政府", "县长", "县委副书记、县长俞芳华", None)], []),
    "ef:詹立平": ("詹立平", "official", WY, [
        ("ef07", f"{WY}江湾镇党委", "书记", "镇党委书记詹立平", "after ``在江湾镇``")], []),
    # ---- 山西 襄垣县
    "ef:牛俊峰": ("牛俊峰", "official", XY, [
        ("ef08", f"{XY}委", "副书记", "县委副书记、县长牛俊峰主持召开", None),
        ("ef08", f"{XY}政府", "县长", "县委副书记、县长牛俊峰主持召开", None)], []),
    "ef:闫丽霞": ("闫丽霞", "official", XY, [
        ("ef08", f"{XY}政府", "副县长", "副县长闫丽霞、段晋生", "list after one title")], []),
    "ef:段晋生": ("段晋生", "official", XY, [
        ("ef08", f"{XY}政府", "副县长", "副县长闫丽霞、段晋生", None)], []),
    "ef:程卫东": ("程卫东", "official", XY, [
        ("ef08", f"{XY}政府党组", "成员", "县政府党组成员程卫东", "as parts ah, am")], []),
    "ef:霍建斌": ("霍建斌", "official", XY, [
        ("ef08", f"{XY}发展和改革局", "局长", "县发展和改革局局长霍建斌", None)], []),
    # ---- 福建 德化县
    "ef:连志诚": ("连志诚", "official", DH, [
        ("ef09", f"{DH}委", "书记", "3月26日，县委书记连志诚", "named in the headline too")], []),
    "ef:颜清华": ("颜清华", "official", DH, [
        ("ef09", f"{DH}委", "副书记", "县委副书记、县长颜清华", None),
        ("ef09", f"{DH}政府", "县长", "县委副书记、县长颜清华", None)], []),
    "ef:曾毅斌": ("曾毅斌", "official", DH, [
        ("ef09", f"{DH}委", "常委", "县委常委、副县长曾毅斌", None),
        ("ef09", f"{DH}政府", "副县长", "县委常委、副县长曾毅斌", None)], []),
    "ef:赖文祥": ("赖文祥", "official", DH, [
        ("ef09", f"{DH}三班镇党委", "书记", "镇党委书记赖文祥", "at 三班镇")], []),
    "ef:林振辉": ("林振辉", "company_executive", DH, [], ["ef09"]),
    # ---- 广西 岑溪市
    "ef:梁振东": ("梁振东", "official", WZ, [
        ("ef10", f"{WZ}政府", "副市长", "梧州市副市长梁振东", "named in the headline too")], []),
    "ef:覃耀宗": ("覃耀宗", "official", CX, [
        ("ef10", f"{CX}委", "书记", "市委书记覃耀宗", "bare 市委 on the 岑溪 site = 岑溪市委 (the visitor is written 梧州市副市长)")], []),
    "ef:韦秋菊": ("韦秋菊", "official", CX, [
        ("ef10", f"{CX}委", "副书记", "市委副书记、市长韦秋菊", None),
        ("ef10", f"{CX}政府", "市长", "市委副书记、市长韦秋菊", None)], []),
    "ef:黎展航": ("黎展航", "official", CX, [
        ("ef10", f"{CX}南渡镇党委", "书记", "镇党委书记黎展航", "after ``在南渡镇``")], []),
    "ef:蒙晓东": ("蒙晓东", "official", CX, [
        ("ef10", f"{CX}住房和城乡建设局", "局长", "市住房和城乡建设局局长蒙晓东", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ef01", "何晓彤", "责任编辑", "editor", "责任编辑：何晓彤"),
    ("ef02", "汤雪莹", "记者", "reporter", "记者：汤雪莹　王婷婷"),
    ("ef02", "王婷婷", "记者", "reporter", "记者：汤雪莹　王婷婷"),
    ("ef02", "邱嘉欣", "编辑", "editor", "编辑：邱嘉欣"),
    ("ef02", "郭宇航", "审核", "editor", "审核：郭宇航"),
    ("ef03", "孔令博", "记者", "reporter", "本报讯（记者 孔令博）"),
    ("ef03", "马晓蕾", "编辑", "editor", "编辑：马晓蕾"),
    ("ef04", "苏晓晴", "本报记者", "reporter", "本报记者 苏晓晴 通讯员 刘晓光"),
    ("ef04", "刘晓光", "通讯员", "correspondent", "本报记者 苏晓晴 通讯员 刘晓光"),
    ("ef04", "周佳慧", "记者", "reporter", "本报讯（记者 周佳慧）"),
    ("ef04", "吴雅琴", "责任编辑", "editor", "责任编辑：吴雅琴"),
    ("ef04", "王海鹰", "版式", "editor", "版式：王海鹰"),
    ("ef04", "李佳颖", "校对", "editor", "校对：李佳颖"),
    ("ef05", "黄思敏", "记者", "reporter", "（记者 黄思敏 通讯员 王芳芳）"),
    ("ef05", "王芳芳", "通讯员", "correspondent", "（记者 黄思敏 通讯员 王芳芳）"),
    ("ef05", "黄倩", "编辑", "editor", "编辑：黄倩　　审核：潘晓霞"),
    ("ef05", "潘晓霞", "审核", "editor", "编辑：黄倩　　审核：潘晓霞"),
    ("ef06", "肖雨桐", "责任编辑", "editor", "责任编辑：肖雨桐"),
    ("ef07", "陈子琪", "全媒体记者", "reporter", "本报讯（全媒体记者 陈子琪 通讯员 郭晓婷）"),
    ("ef07", "郭晓婷", "通讯员", "correspondent", "本报讯（全媒体记者 陈子琪 通讯员 郭晓婷）"),
    ("ef07", "刘雯", "责任编辑", "editor", "责任编辑：刘雯"),
    ("ef08", "韩冬雪", "记者", "reporter", "记者：韩冬雪　周佳怡"),
    ("ef08", "周佳怡", "记者", "reporter", "记者：韩冬雪　周佳怡"),
    ("ef08", "赵雨萌", "编辑", "editor", "编辑：赵雨萌"),
    ("ef08", "郜晋宏", "审核", "editor", "审核：郜晋宏"),
    ("ef09", "陈晓薇", "文字", "author", "文字：陈晓薇"),
    ("ef09", "何佳琪", "编辑", "editor", "编辑：何佳琪"),
    ("ef09", "苏志明", "审核", "editor", "审核：苏志明"),
    ("ef10", "蒙丽娜", "责任编辑", "editor", "责任编辑：蒙丽娜"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ef01", "重点产业项目建设和镇街发展调研", "inspection (调研)", "4月17日", None, "骆嘉明", [],
     ["谭颂恩", "冼慧琳", "麦子聪"], ["邝伟棠", "黎少华", "麦子聪", "骆嘉明", "谭颂恩"], "狮岭镇、花东镇、炭步镇",
     "4月17日，区委书记骆嘉明到狮岭镇、花东镇、炭步镇调研重点产业项目建设和镇街发展工作",
     ["区委书记骆嘉明到狮岭镇", "区长谭颂恩", "区委办公室主任冼慧琳", "副区长麦子聪参加调研", "镇党委书记邝伟棠介绍了",
      "黎少华汇报了", "麦子聪介绍了", "骆嘉明指出", "谭颂恩表示"]),
    ("ef02", "花都区党政代表团东西部协作考察", "inspection (考察)", "6月9日至10日", None, "骆嘉明", [],
     ["钟志坚", "罗成钧", "吴道勇", "麦子聪"], ["杨昌荣"], "福泉市（花福协作产业园、牛场镇、龙昌镇）",
     "广州市花都区委副书记、区长骆嘉明率花都区党政代表团来我市考察东西部协作工作",
     ["区长骆嘉明率花都区党政代表团来我市考察", "花都区副区长钟志坚随团考察", "市委书记罗成钧", "市长吴道勇",
      "副市长（挂职）麦子聪陪同考察或出席会议", "镇党委书记杨昌荣介绍了"]),
    ("ef02", "2022年花都·福泉东西部协作联席会议", "meeting (联席会议)", "10日上午", "吴道勇", None, ["花都区", "福泉市"],
     ["骆嘉明", "罗成钧", "麦子聪"], ["麦子聪", "罗成钧", "骆嘉明"], None,
     "10日上午，两地召开东西部协作联席会议",
     ["会议由吴道勇主持", "并出席2022年花都·福泉东西部协作联席会议", "陪同考察或出席会议", "麦子聪汇报了", "罗成钧代表市委、市政府",
      "骆嘉明指出"]),
    ("ef03", "重点项目现场观摩", "site observation (观摩)", "5月22日", None, "晏学军", [],
     [], ["孙德海"], "葛沽镇、小站镇",
     "会前，晏学军带领与会人员观摩了葛沽镇智能装备产业园二期和小站镇优质稻产业振兴示范园",
     ["晏学军带领与会人员观摩了", "镇党委书记孙德海现场介绍了"]),
    ("ef03", "津南区重点项目建设推进会", "meeting (推进会)", "5月22日", "宫晓峰", None, ["津南区"],
     ["晏学军", "庞建新", "尉晓燕", "卜振华"], ["卜振华", "晏学军", "宫晓峰"], None,
     "5月22日，津南区召开重点项目建设推进会，通报前4个月全区重点项目建设进展",
     ["区委书记晏学军出席并讲话", "区长宫晓峰主持", "区领导庞建新、尉晓燕、卜振华参加", "副区长卜振华通报了", "晏学军强调",
      "宫晓峰要求"]),
    ("ef04", "津南区党政代表团津冀协作考察", "inspection (考察)", "9月15日", None, "晏学军", [],
     ["柏淑芬", "佟景岳", "关瑞峰", "卜振华"], ["付国梁"], "丰宁满族自治县（津丰协作农产品加工产业园、黄旗镇、土城镇）",
     "天津市津南区委副书记、区长晏学军\n率津南区党政代表团来丰宁考察津冀协作工作",
     ["区长晏学军\n率津南区党政代表团来丰宁考察", "津南区副区长柏淑芬", "丰宁满族自治县委书记佟景岳", "县委副书记、县长关瑞峰",
      "副县长（挂职）\n卜振华陪同考察或参加会议", "镇党委书记付国梁介绍了"]),
    ("ef04", "津南·丰宁协作联席会议", "meeting (联席会议)", "9月15日", "关瑞峰", None, [],
     ["晏学军", "佟景岳", "卜振华"], ["卜振华", "佟景岳", "晏学军"], None,
     "在联席会议上，卜振华汇报了今年以来津丰协作",
     ["会议由关瑞峰主持", "并召\n开津南·丰宁协作联席会议", "卜振华陪同考察或参加会议", "卜振华汇报了",
      "佟景岳代表县委、县政府", "晏学军表示"]),
    ("ef04", "坝上草原生态保护修复和森林草原防火调研", "inspection (调研)", "9月14日", None, "郎春茂", [],
     ["闫春生", "关瑞峰"], ["郎春茂", "关瑞峰"], "丰宁满族自治县（大滩镇、鱼儿山镇）",
     "市委常委、副市长郎春茂到丰宁满族自治县调研坝上",
     ["副市长郎春茂到丰宁满族自治县调研", "市林业和草原局局长闫春生，县长关瑞峰陪同调研", "郎春茂强调", "关瑞峰表示"]),
    ("ef05", "金牌港开发区园区建设和新盈镇渔港升级改造调研", "inspection (调研)", "7月19日", None, "符策鸿", [],
     ["杨文彬", "吴清海"], ["王日成"], "临高金牌港开发区、新盈镇",
     "7月19日，临高县委书记符策鸿到临高金牌港开发区、新盈镇调研园区建设和渔港升级改造工作",
     ["临高县委书记符策鸿到临高金牌港开发区", "常务副县长杨文彬", "常务副主任吴清海陪同调研", "镇党委书记王日成介绍了"]),
    ("ef05", "金牌港开发区建设现场办公会", "meeting (现场办公会)", "7月19日", "符策鸿", None, [],
     ["陈诗泽"], ["吴清海", "符策鸿", "陈诗泽", "杨文彬"], "金牌港开发区",
     "随后，符策鸿主持召开金牌港开发区建设现场办公会",
     ["符策鸿主持召开", "县长陈诗泽出席", "吴清海汇报了", "符策鸿强调", "陈诗泽就园区用地报批", "杨文彬要求"]),
    ("ef06", "葡萄产业发展和水利项目建设调研", "inspection (调研)", "3月8日", None, "字春林", [],
     ["杨文彬", "段玉芬", "赵绍坤"], ["杞红英", "段玉芬", "赵绍坤", "字春林", "杨文彬"], "力角镇、宾居镇",
     "3月8日，县委副书记、县长字春林到力角镇、宾居镇调研葡萄产业发展和水利项目建设工作",
     ["县长字春林到力角镇、宾居镇调研", "副县长杨文彬，州农业农村局副局长段玉芬，县水务局局长赵绍坤一同调研",
      "镇党委书记杞红英介绍了", "段玉芬就葡萄病虫害", "赵绍坤汇报了", "字春林指出", "杨文彬要求"]),
    ("ef07", "婺源县文旅融合和茶产业发展调研", "inspection (调研)", "10月15日", None, "程怡岚", [],
     ["郑慧敏", "祝文海", "汪志鹏", "俞芳华"], ["詹立平", "程怡岚", "汪志鹏"], "婺源县",
     "10月15日，副市长程怡岚到婺源县调研文旅融合和茶产业发展工作",
     ["副市长程怡岚到婺源县调研", "市委副秘书长郑慧敏", "市政府副秘书长祝文海", "婺源县委书记汪志鹏", "县长俞芳华陪同调研",
      "镇党委书记詹立平介绍了", "程怡岚指出", "汪志鹏表示"]),
    ("ef08", "县政府第二十六次常务会议", "meeting (县政府常务会议)", "8月21日", "牛俊峰", None, ["襄垣县政府"],
     ["闫丽霞", "段晋生", "程卫东"], ["霍建斌", "牛俊峰", "段晋生"], None,
     "8月21日，县委副书记、县长牛俊峰主持召开县政府第二十六次常务会议",
     ["县长牛俊峰主持召开", "副县长闫丽霞、段晋生，县政府党组成员程卫东出席会议", "局长霍建斌关于全县上半年重点项目建设情况的汇报",
      "牛俊峰强调", "段晋生就做好秋粮生产"]),
    ("ef09", "三班镇、龙浔镇陶瓷产业发展调研", "inspection (调研)", "3月26日", None, "连志诚", [],
     ["颜清华", "曾毅斌"], ["赖文祥", "连志诚"], "三班镇、龙浔镇",
     "3月26日，县委书记连志诚到三班镇、龙浔镇调研陶瓷产业发展工作",
     ["县委书记连志诚到三班镇、龙浔镇调研", "县长颜清华", "副县长曾毅斌参加调研", "镇党委书记赖文祥汇报了",
      "要求施工单位在确保安全的前提下加快进度"]),
    ("ef09", "陶瓷企业座谈会", "meeting (座谈会)", "3月26日", "颜清华", None, [],
     ["连志诚"], ["林振辉", "曾毅斌", "连志诚"], None,
     "随后召开的座谈会由颜清华主持",
     ["并召开陶瓷企业座谈会", "座谈会由颜清华主持", "林振辉等8位陶瓷企业负责人", "曾毅斌就陶瓷产业扶持政策兑现情况作了说明",
      "连志诚指出"]),
    ("ef10", "石材产业发展和城市更新调研", "inspection (调研)", "11月23日", None, "梁振东", [],
     ["覃耀宗", "韦秋菊"], ["黎展航", "蒙晓东", "梁振东", "覃耀宗"], "岑溪市",
     "11月23日，梧州市副市长梁振东到我市调研石材产业发展和城市更新工作",
     ["梧州市副市长梁振东到我市调研", "市委书记覃耀宗", "市长韦秋菊陪同调研", "镇党委书记黎展航介绍了", "蒙晓东汇报了",
      "梁振东指出", "覃耀宗表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ef01", "狮岭镇时尚皮具智造产业园一期", "industrial_park", "来到狮岭镇时尚皮具智造产业园一期建设现场"),
    ("ef01", "花东镇空港物流园二期", "logistics_hub", "察看了花东镇空港物流园二期项目"),
    ("ef01", "炭步镇乡村振兴示范带", "project", "沿着炭步镇乡村振兴示范带"),
    ("ef02", "花福协作产业园", "industrial_park", "先后来到花福协作产业园"),
    ("ef02", "牛场镇刺梨产业示范基地", "project", "牛场镇刺梨产业示范基地"),
    ("ef02", "龙昌镇东西部协作就业帮扶车间", "project", "龙昌镇东西部协作就业帮扶车间"),
    ("ef03", "葛沽镇智能装备产业园二期", "industrial_park", "观摩了葛沽镇智能装备产业园二期"),
    ("ef03", "小站镇优质稻产业振兴示范园", "project", "小站镇优质稻产业振兴示范园"),
    ("ef03", "海河南岸生态廊道提升工程", "greening_project", "海河南岸生态廊道提升工程"),
    ("ef03", "双港镇老旧小区改造项目", "housing_project", "双港镇老旧小区改造项目等一批项目"),
    ("ef04", "津丰协作农产品加工产业园", "industrial_park", "先后来到津丰协作农产品加工产业园"),
    ("ef04", "黄旗镇肉牛标准化养殖小区", "project", "黄旗镇肉牛标准化养殖小区和土城镇"),
    ("ef04", "土城镇津丰协作就业帮扶车间", "project", "土城镇津丰协作就业帮\n扶车间"),
    ("ef04", "大滩镇草原生态修复工程", "greening_project", "先后来到大滩镇草原生态修复工程"),
    ("ef04", "鱼儿山镇坝上草原沙化土地治理项目", "greening_project", "鱼儿山镇坝上草原沙化土地治理项目现场"),
    ("ef05", "金牌港开发区装配式建筑产业园二期", "industrial_park", "察看了金牌港开发区装配式建筑产业园二期建设现场"),
    ("ef05", "新盈镇中心渔港升级改造项目", "infrastructure_project", "来到新盈镇中心渔港升级改造项目现场"),
    ("ef05", "后水湾深远海养殖基地", "project", "走访了后水湾深远海养殖基地"),
    ("ef06", "力角镇葡萄产业示范园", "project", "在力角镇葡萄产业示范园"),
    ("ef06", "宾居镇高效节水灌溉项目", "project", "察看了宾居镇高效节水灌溉项目"),
    ("ef06", "宾川县葡萄冷链物流中心", "logistics_hub", "宾川县葡萄冷链物流中心建设现场"),
    ("ef07", "江湾镇徽州古村落保护利用工程", "project", "先后来到江湾镇徽州古村落保护利用工程"),
    ("ef07", "婺源绿茶精深加工产业园", "industrial_park", "婺源绿茶精深加工产业园"),
    ("ef07", "紫阳镇星江河生态修复工程", "greening_project", "紫阳镇星江河生态修复工程现场"),
    ("ef08", "王桥镇工业园区污水处理厂", "infrastructure_project", "研究了王桥镇工业园区污水处理厂建设"),
    ("ef08", "夏店镇农村供水保障工程", "infrastructure_project", "夏店镇农村供水保障工程和古韩镇"),
    ("ef08", "古韩镇老旧小区改造项目", "housing_project", "古韩镇老旧小区改造项目实施方案"),
    ("ef09", "三班镇日用瓷窑炉技改项目", "project", "来到三班镇日用瓷窑炉技改项目现场"),
    ("ef09", "德化陶瓷智能制造产业园", "industrial_park", "察看了德化陶瓷智能制造产业园"),
    ("ef09", "龙浔镇陶瓷电商物流园二期", "logistics_hub", "龙浔镇陶瓷电商物流园二期建设进展"),
    ("ef10", "南渡镇石材循环经济产业园二期", "industrial_park", "先后来到南渡镇石材循环经济产业园二期"),
    ("ef10", "岑城镇三堡片区棚户区改造项目", "housing_project", "岑城镇三堡片区棚户区改造项目"),
    ("ef10", "义昌江城区段防洪治理工程", "engineering_work", "义昌江城区段防洪治理工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ef01", "狮岭镇", "town", "standalone", "到狮岭镇、花东镇、炭步镇调研"),
    ("ef01", "花东镇", "town", "standalone", "到狮岭镇、花东镇、炭步镇调研"),
    ("ef01", "炭步镇", "town", "standalone", "到狮岭镇、花东镇、炭步镇调研"),
    ("ef01", "福泉市", "county_level_city", "standalone", "我区与福泉市东西部协作消费帮扶工作"),
    ("ef01", "花都", "district", "standalone", "花都要紧紧扭住产业项目"),
    ("ef01", "岭南", "region", "standalone", "注重保留岭南村落风貌"),
    ("ef02", "广州市", "city", "in_org_reference", _EF02_LUO),
    ("ef02", "花都区", "district", "standalone", "率花都区党政代表团来我市"),
    ("ef02", "花都", "district", "standalone", "引导更多花都企业到福泉投资兴业"),
    ("ef02", "福泉", "county_level_city", "standalone", "引导更多花都企业到福泉投资兴业"),
    ("ef02", "福泉市", "county_level_city", "in_document_title", "《花都区·福泉市2022年东西部协作框架协议》"),
    ("ef02", "牛场镇", "town", "standalone", "在牛场镇，镇党委书记杨昌荣"),
    ("ef02", "龙昌镇", "town", "in_project_name", "龙昌镇东西部协作就业帮扶车间"),
    ("ef02", "大湾区", "region", "standalone", "在大湾区的销售渠道"),
    ("ef03", "津南区", "district", "standalone", "5月22日，津南区召开重点项目建设推进会，通报"),
    ("ef03", "葛沽镇", "town", "in_project_name", "观摩了葛沽镇智能装备产业园二期"),
    ("ef03", "小站镇", "town", "standalone", "在小站镇，镇党委书记孙德海"),
    ("ef03", "海河", "river", "in_project_name", "海河南岸生态廊道提升工程"),
    ("ef03", "双港镇", "town", "in_project_name", "双港镇老旧小区改造项目等一批项目"),
    ("ef03", "京津冀", "region", "standalone", "在服务京津冀协同发展中"),
    ("ef04", "天津市", "municipality", "in_org_reference", "天津市津南区委副书记、区长晏学军"),
    ("ef04", "津南区", "district", "standalone", "率津南区党政代表团来丰宁考察"),
    ("ef04", "津南", "district", "standalone", "引导更多津南企业到丰宁投资兴业"),
    ("ef04", "丰宁", "county", "standalone", "率津南区党政代表团来丰宁考察"),
    ("ef04", "丰宁满族自治县", "county", "standalone", "副市长郎春茂到丰宁满族自治县调研"),
    ("ef04", "黄旗镇", "town", "standalone", "在黄旗镇，镇党委书记付国梁"),
    ("ef04", "土城镇", "town", "in_project_name", "黄旗镇肉牛标准化养殖小区和土城镇"),
    ("ef04", "大滩镇", "town", "in_project_name", "先后来到大滩镇草原生态修复工程"),
    ("ef04", "鱼儿山镇", "town", "in_project_name", "鱼儿山镇坝上草原沙化土地治理项目现场"),
    ("ef04", "坝上草原", "region", "standalone", "坝上草原是京津冀重要的生态屏障"),
    ("ef04", "京津冀", "region", "standalone", "坝上草原是京津冀重要的生态屏障"),
    ("ef05", "临高县", "county", "in_title", "临高县委书记符策鸿"),
    ("ef05", "临高金牌港开发区", "development_zone", "standalone", "到临高金牌港开发区、新盈镇调研"),
    ("ef05", "金牌港开发区", "development_zone", "standalone", "在金牌港开发区，符策鸿察看了"),
    ("ef05", "新盈镇", "town", "standalone", "在新盈镇，符策鸿来到"),
    ("ef05", "后水湾", "bay", "in_project_name", "走访了后水湾深远海养殖基地"),
    ("ef05", "临高", "county", "standalone", "是临高融入自贸港建设的主阵地"),
    ("ef06", "力角镇", "town", "standalone", "到力角镇、宾居镇调研"),
    ("ef06", "宾居镇", "town", "standalone", "到力角镇、宾居镇调研"),
    ("ef06", "宾川县", "county", "in_project_name", "宾川县葡萄冷链物流中心建设现场"),
    ("ef06", "宾川", "county", "standalone", "葡萄产业是宾川农民增收"),
    ("ef07", "婺源县", "county", "standalone", "到婺源县调研文旅融合"),
    ("ef07", "婺源", "county", "standalone", "婺源要立足生态和文化两大优势"),
    ("ef07", "江湾镇", "town", "standalone", "在江湾镇，镇党委书记詹立平"),
    ("ef07", "徽州", "region", "in_project_name", "江湾镇徽州古村落保护利用工程"),
    ("ef07", "紫阳镇", "town", "in_project_name", "紫阳镇星江河生态修复工程现场"),
    ("ef07", "星江河", "river", "in_project_name", "紫阳镇星江河生态修复工程现场"),
    ("ef08", "王桥镇", "town", "in_project_name", "研究了王桥镇工业园区污水处理厂建设"),
    ("ef08", "王桥镇工业园区", "zone_park", "in_project_name", "研究了王桥镇工业园区污水处理厂建设"),
    ("ef08", "夏店镇", "town", "in_project_name", "夏店镇农村供水保障工程和古韩镇"),
    ("ef08", "古韩镇", "town", "in_project_name", "古韩镇老旧小区改造项目实施方案"),
    ("ef09", "三班镇", "town", "standalone", "到三班镇、龙浔镇调研"),
    ("ef09", "龙浔镇", "town", "standalone", "到三班镇、龙浔镇调研"),
    ("ef09", "德化", "county", "standalone", "陶瓷是德化的根和魂"),
    ("ef10", "梧州市", "city", "in_title", "梧州市副市长梁振东"),
    ("ef10", "南渡镇", "town", "standalone", "在南渡镇，镇党委书记黎展航"),
    ("ef10", "岑城镇", "town", "in_project_name", "岑城镇三堡片区棚户区改造项目"),
    ("ef10", "三堡片区", "area", "standalone", "在三堡片区，市住房和城乡建设局局长"),
    ("ef10", "义昌江", "river", "in_project_name", "义昌江城区段防洪治理工程现场"),
    ("ef10", "岑溪", "county_level_city", "standalone", "石材产业是岑溪的传统优势产业"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ef", conventions="set ef (blind set, held-out-like mix, fourth round: ten pages from ten provinces (广东 花都区, 贵州 福泉市, 天津 津南区, 河北 丰宁满族自治县, 海南 临高县, 云南 宾川县, 江西 婺源县, 山西 襄垣县, 福建 德化县, 广西 岑溪市) in six page shapes (district / county / county-level city site, 融媒体 app page, portal repost with 内容提要, city paper page extracted from its PDF with hard line breaks, provincial portal item, city paper digital edition, WeChat repost); bare organs take the page's place or its parent (bare 市委 = 福泉市委, 岑溪市委, 承德市委, 上饶市委 on their pages); 挂职 posts are of the organ where held; 县人民政府 → 县政府; autonomous county / prefecture by full name (bare 州 on the 宾川 site = 大理白族自治州); a county's 开发区 with the county name (临高金牌港开发区); 区领导 and company roles no post; one line per post per article)",
          persons_note="Set ef persons. id = corpus-wide person_id (ef:杨文彬#1 of 临高县 (海南) and ef:杨文彬#2 of 宾川县 (云南) are two people; ef:骆嘉明 花都区长 2022 → 区委书记 2024; ef:麦子聪 福泉 挂职 市委常委、副市长 2022 → 花都区副区长 2024; ef:晏学军 津南区长 2022 → 区委书记 2024; ef:卜振华 丰宁 挂职 县委常委、副县长 2022 → 津南区副区长 2024)")


if __name__ == "__main__":
    main()
