"""Write gold part ``as`` (a blind set: press conferences, 新闻发布会 of a city's or county-level city's 政府新闻办) from
the tables below.

Pages ``tests/dev/texts/as*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 亳州 谯城区 "我看这十年" 系列主题新闻发布会 report (``区委宣传部副部长…
主持会议，区发改委主任…、区统计局局长…出席发布会介绍有关情况并回答了记者提问``); a 淮滨县 重点项目集中开工新闻发布会
(``县委常委、常务副县长…，县委常委、宣传部长…出席…李辉主持了上午的发布会``); a 陕西省政府新闻办 transcript (``发布会由…
主持``, speaker labels ``陕西省生态环境厅副厅长、新闻发言人张育奎：``); a 福建省政府新闻办 transcript (``主持人：…``); a
湖北省生态环境厅 文字实录 (``主持人（…处长…）：…出席今天发布会的有``); a 泰州 市政府新闻发布会预告 (``市政府新闻办公室定于
…召开新闻发布会。本次新闻发布会邀请…到会发布…欢迎记者参加``, 落款 with date); a 天津 西青区 主题新闻发布会 (``区委书记…
介绍…区长…回答…市委宣传部副部长…主持发布会``); a 重庆 涪陵 发布会 and a 绍兴 专场新闻发布会 (主题发布 and 答问); a 嘉兴
南湖区 专题新闻发布会 and a 潍坊 市政府新闻办 发布会 held in 安丘 (a county-level city's officials at the city's 新闻办).
Places are real and new to the corpus: 山东 德州 (two city pages) with its county-level city 禹城; 湖北 荆门 (the 荆门日报
and the city site) with its county-level city 钟祥; 四川 遂宁 (a 发布会预告) with its county-level city 射洪; 辽宁 丹东 with
凤城市 and 宽甸满族自治县.

Shapes: a city site's narrative report with 主持 / 出席 / 发布人 and an 答问 paragraph (as01, as05, as09); a 文字实录 with
``发布会时间`` / ``发布会地点``, 主持人 and 发布人 labels ``职务 姓名：`` and nameless media questions (as02); a county-level
city's site where bare 市委 / 市政府 / 市X局 are that county-level city's, not its prefecture's (as03 禹城, as06 钟祥, as08
射洪); a city paper's 第A02版 with a two-line headline and 本报讯（记者 …） (as04); a 发布会预告 notice with 落款 (as07).

Identity cases:
- as:訾洪涛 moves up over three pages and four years: 禹城市委副书记、市长 presenting the 禹城 重点项目 in June 2021 (as03);
  德州市发展和改革委员会党组书记、主任 at the city's 营商环境 conference in April 2023 (as01); 德州市 副市长 presenting the
  德州经开区 in March 2025 (as02).
- as:聂卫松 moves from a county-level city to a zone: 钟祥市 副市长 in September 2022 (as06); 荆门高新区党工委副书记、管委会
  主任 in May 2024 (as05).
- as:解晓琳 (德州市委宣传部副部长、市政府新闻办主任) hosts in 2023 and 2025 (as01, as02); as:漆明辉 (荆门) in 2022 and
  2024 (as04, as05); the editor as:庄晓彤 signs as01 and as02.
- two different 杜明川: as:杜明川#1 is 德州市市场监督管理局局长 (山东, as01, 2023); as:杜明川#2 is 射洪市农业农村局局长
  (四川, as08, 2024).
- one zone name in several cities: 经开区 of 德州 (as01, as02, bare ``经开区`` in as02's questions) and of 遂宁 (as07);
  高新区 of 禹城 (as03, bare ``高新区`` there) and of 荆门 (as05, bare ``高新区`` there); and ``市政府新闻办`` of six
  different cities, two of them county-level (钟祥, 射洪: not 荆门's or 遂宁's).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as CONVENTIONS and parts u and z where they speak; decided here where they are silent):
- ``市委宣传部副部长、市政府新闻办主任`` → X市委宣传部 副部长 + X市政府新闻办 主任 (人民政府 → 政府; the organ as written in
  the title, ``新闻办``); ``市政府新闻办副主任`` → X市政府新闻办 副主任. ``市委常委、宣传部部长`` → X市委 常委 + X市委宣传部
  部长. ``局党组书记、局长`` / ``委员会党组书记、主任`` → 党组 书记 + the department's head (党组 goes only with 书记, parts
  g, h, z). Departments as written after the place (德州市发展和改革委员会, 德州市市场监督管理局, 荆门市城市管理执法委员会,
  丹东市文化旅游和广播电视局).
- Bare organs take the page's place: on the 德州 / 荆门 / 遂宁 / 丹东 sites and the 荆门日报, 市委 / 市政府 / 市X局 are that
  prefecture city's; on the 禹城, 钟祥 and 射洪 sites they are that county-level city's (``市委副书记、市长訾洪涛`` on the
  禹城 site → 禹城市委 / 禹城市政府; ``副市长聂卫松`` on the 钟祥 site → 钟祥市政府). A zone's bare ``管委会`` / ``高新区
  管委会`` after the zone is named takes that zone (荆门高新区管委会 副主任 for 龚雪梅).
- Zones: org ``德州经开区党工委`` / ``德州经开区管委会``, ``遂宁经开区…``, ``禹城高新区管委会``, ``荆门高新区…`` (city without
  市 + short zone name). A town: ``客店镇党委书记`` on the 钟祥 site → 钟祥市客店镇党委 书记.
- DECIDED HERE: a 文字实录's speaker labels (``主持人（…主任 解晓琳）：``, ``德州经开区党工委副书记、管委会主任 宫振宇：``,
  ``市工业和信息化局副局长 柏文静：``: title, space, name) give holdings like a title chain before a name; a post given both
  in the host's introduction and in a label gives ONE line (the first occurrence as evidence); ``訾洪涛副市长`` (name before
  title, in the host's words) gives no second line.
- DECIDED HERE: a 新闻发布会 is an event typed ``press conference (新闻发布会)``; its organizer is the 新闻办 that holds it
  (place + organ as written: 德州市政府新闻办公室, 荆门市政府新闻办); chair = the 主持人; every 发布人 and every person
  stated to 出席 / 邀请到 the conference and to 介绍 / 发布 / 回答 is both an attendee and a speaker; the host is chair only
  (his opening and closing words are not reported remarks). Nameless media questions (``德州日报记者：``) name nobody;
  media names (德州日报, 荆门广播电视台…) are not places.
- DECIDED HERE: a 发布会预告 (as07) announces a conference that has not yet taken place: no event is annotated; the
  officials it names (``邀请…到会``, ``由…主持``) get their holdings, dated by the notice's 落款 date (2023年11月6日).
- 新闻发言人 does not occur on these pages (no decision needed); 记者 / 编辑 / 审核 / 校对 / 本版编辑 / 责任编辑 go to
  reporters only.
- Projects: works named as under way or to be pushed (…产业园二期 / 三期 → industrial_park; …老旧小区改造项目 →
  housing_project; …综合治理工程 of a river → engineering_work; …生态修复工程 → greening_project; pipes, roads, quays,
  ropeways → infrastructure_project; a scenic area's or district's 提升 / 开发 / 文旅带 project → project). Plans,
  方案, slogans (``锂电之都``, ``游显陵、赏莫愁、品长寿``) and activities (音乐节, 登山节) are not projects.
- Places: one line per name per file; places inside titles, organ references (``X市人民政府新闻办公室``), project names
  and named activities count; the slogan ``鸭绿江畔·丹东等你`` gives 丹东 (as part u's slogans); site lines, mastheads, 来源
  lines, media names, footers, the 上一篇 / 下一篇 links and the notice's 联系人 / venue lines are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "as01_dezhou.txt": (2023, "发布时间：2023-04-13 17:25", "德州市", [
        ("德州市“优化营商环境 助力企业发展”新闻发布会举行", "4月13日上午", "2023-04-13", "4月13日上午，德州市人民政府新闻办公室",
         "city site: the 新闻办's conference; host 市委宣传部副部长、市政府新闻办主任; three department 发布人 (发改委 党组书记、主任, 市场监管局 局长, 审批局 副局长); 答问")]),
    "as02_dezhou.txt": (2025, "发布时间：2025-03-20 11:40", "德州市", [
        ("德州经开区高质量发展新闻发布会文字实录", "2025年3月20日上午9:30", "2025-03-20", "发布会时间：2025年3月20日",
         "文字实录: 主持人 and 发布人 labels (title, space, name); 副市长 (訾洪涛, now), 经开区 党工委副书记、管委会主任, 工信局 副局长; nameless media questions")]),
    "as03_yucheng.txt": (2021, "发布日期：2021-06-09", "禹城市", [
        ("禹城市召开2021年重点项目建设新闻发布会", "6月8日下午", "2021-06-08", "6月8日下午，禹城市人民政府新闻办公室",
         "county-level city site: 重点项目 conference; host 市委常委、宣传部部长; the 市委副书记、市长 presents; 禹城高新区管委会副主任 and 发改局局长")]),
    "as04_jingmen.txt": (2022, "2022年7月22日　星期五", "荆门市", [
        ("城市更新三年行动明确“时间表”", "7月21日上午", "2022-07-21", "本报讯（记者 詹雨欣）7月21日上午",
         "city paper 第A02版 (two-line headline): 市政府新闻办 conference on 城市更新; 住建局 党组书记、局长 and 城管执法委 副主任")]),
    "as05_jingmen.txt": (2024, "发布时间：2024-05-28 16:10", "荆门市", [
        ("荆门高新区“新能源新材料产业发展”专场新闻发布会举行", "5月28日上午", "2024-05-28", "5月28日上午，市政府新闻办举行荆门高新区",
         "city site: a zone's 专场 conference; 聂卫松 (now 荆门高新区党工委副书记、管委会主任) 主题发布; bare 高新区管委会副主任; 经信局 副局长")]),
    "as06_zhongxiang.txt": (2022, "发布时间：2022-09-27 10:05", "钟祥市", [
        ("钟祥市举行文化旅游发展新闻发布会", "9月26日上午", "2022-09-26", "9月26日上午，钟祥市人民政府新闻办公室",
         "county-level city site: 文旅 conference; 副市长 聂卫松 presents; 文旅局局长 and a town's 党委书记")]),
    "as07_suining.txt": (2023, "发布时间：2023-11-06 15:30", "遂宁市", [
        ("遂宁市人民政府新闻办公室新闻发布会预告", "2023年11月6日", "2023-11-06", "各新闻单位：",
         "发布会预告 notice: the conference of the next day, its invited 发布人 (遂宁经开区 党工委副书记、管委会主任, two department heads) and host; 落款 date")]),
    "as08_shehong.txt": (2024, "发布时间：2024-04-16 18:20", "射洪市", [
        ("射洪市召开“稳粮扩经 促农增收”新闻发布会", "4月16日上午", "2024-04-16", "4月16日上午，射洪市人民政府新闻办公室",
         "county-level city site: 春耕 conference; 市委常委、副市长 presents; the other 杜明川 (射洪 农业农村局局长); 水利局 副局长")]),
    "as09_dandong.txt": (2024, "发布时间：2024-06-19 14:50", "丹东市", [
        ("丹东市召开2024年夏季文旅活动新闻发布会", "6月19日上午", "2024-06-19", "6月19日上午，丹东市人民政府新闻办公室",
         "city site: 文旅 conference hosted by the 新闻办副主任; the city's 文旅广电局 党组书记、局长 with a county-level city's 市委常委、副市长 and a county's 副县长")]),
}

_AS02_HOST = "主持人（市委宣传部副部长、市政府新闻办主任 解晓琳）"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 德州 and 禹城
    "as:解晓琳": ("解晓琳", "official", "德州市", [
        ("as01", "德州市委宣传部", "副部长", "市委宣传部副部长、市政府新闻办主任解晓琳主持发布会", "2023; host"),
        ("as01", "德州市政府新闻办", "主任", "市委宣传部副部长、市政府新闻办主任解晓琳主持发布会", "市政府新闻办 → 德州市政府新闻办 (人民政府 → 政府; 新闻办 as written)"),
        ("as02", "德州市委宣传部", "副部长", _AS02_HOST, "2025: the same posts, in the 文字实录's host label"),
        ("as02", "德州市政府新闻办", "主任", _AS02_HOST, None)], []),
    "as:訾洪涛": ("訾洪涛", "official", "德州市", [
        ("as03", "禹城市委", "副书记", "市委副书记、市长訾洪涛发布全市重点项目建设情况", "2021-06: bare 市委 on the 禹城 site = 禹城市委 (identity case: 德州 发改委 2023, 副市长 2025)"),
        ("as03", "禹城市政府", "市长", "市委副书记、市长訾洪涛发布全市重点项目建设情况", "bare 市长 on the 禹城 site = 禹城市政府, not 德州市政府"),
        ("as01", "德州市发展和改革委员会党组", "书记", "市发展和改革委员会党组书记、主任訾洪涛", "2023-04: now a 德州 department head"),
        ("as01", "德州市发展和改革委员会", "主任", "市发展和改革委员会党组书记、主任訾洪涛", None),
        ("as02", "德州市政府", "副市长", "今天我们邀请到副市长訾洪涛", "2025-03: now 副市长; the label ``副市长 訾洪涛：`` gives no second line")], []),
    "as:杜明川#1": ("杜明川", "official", "德州市", [
        ("as01", "德州市市场监督管理局", "局长", "市市场监督管理局局长杜明川", "德州 (山东); not the 杜明川 of 射洪 (as08)")], []),
    "as:韦嘉": ("韦嘉", "official", "德州市", [
        ("as01", "德州市行政审批服务局", "副局长", "市行政审批服务局副局长韦嘉", None)], []),
    "as:庄晓彤": ("庄晓彤", "editor", "德州市人民政府", [], ["as01", "as02"]),
    "as:宫振宇": ("宫振宇", "official", "德州经开区", [
        ("as02", "德州经开区党工委", "副书记", "德州经开区党工委副书记、管委会主任宫振宇", "in the host's introduction; his label repeats it (no second line)"),
        ("as02", "德州经开区管委会", "主任", "德州经开区党工委副书记、管委会主任宫振宇", None)], []),
    "as:柏文静": ("柏文静", "official", "德州市", [
        ("as02", "德州市工业和信息化局", "副局长", "市工业和信息化局副局长柏文静", None)], []),
    "as:房慧敏": ("房慧敏", "official", "禹城市", [
        ("as03", "禹城市委", "常委", "市委常委、宣传部部长房慧敏主持发布会", "host"),
        ("as03", "禹城市委宣传部", "部长", "市委常委、宣传部部长房慧敏主持发布会", "宣传部 after 市委常委 = 禹城市委宣传部")], []),
    "as:晁立新": ("晁立新", "official", "禹城高新区", [
        ("as03", "禹城高新区管委会", "副主任", "禹城高新区管委会副主任晁立新", None)], []),
    "as:满立伟": ("满立伟", "official", "禹城市", [
        ("as03", "禹城市发展和改革局", "局长", "市发展和改革局局长满立伟", "bare 市 on the 禹城 site = 禹城市")], []),
    # ---- 荆门 and 钟祥
    "as:漆明辉": ("漆明辉", "official", "荆门市", [
        ("as04", "荆门市委宣传部", "副部长", "市委宣传部副部长、市政府新闻办主任漆明辉主持发布会", "2022; host"),
        ("as04", "荆门市政府新闻办", "主任", "市委宣传部副部长、市政府新闻办主任漆明辉主持发布会", None),
        ("as05", "荆门市委宣传部", "副部长", "市委宣传部副部长、市政府新闻办主任漆明辉主持发布会", "2024: the same posts"),
        ("as05", "荆门市政府新闻办", "主任", "市委宣传部副部长、市政府新闻办主任漆明辉主持发布会", None)], []),
    "as:鄢国栋": ("鄢国栋", "official", "荆门市", [
        ("as04", "荆门市住房和城乡建设局党组", "书记", "市住房和城乡建设局党组书记、局长鄢国栋", None),
        ("as04", "荆门市住房和城乡建设局", "局长", "市住房和城乡建设局党组书记、局长鄢国栋", None)], []),
    "as:邬晓丹": ("邬晓丹", "official", "荆门市", [
        ("as04", "荆门市城市管理执法委员会", "副主任", "市城市管理执法委员会副主任邬晓丹", None)], []),
    "as:聂卫松": ("聂卫松", "official", "荆门市", [
        ("as06", "钟祥市政府", "副市长", "副市长聂卫松发布有关情况", "2022-09: bare 副市长 on the 钟祥 site = 钟祥市政府 (identity case: 荆门高新区 in 2024)"),
        ("as05", "荆门高新区党工委", "副书记", "荆门高新区党工委副书记、管委会主任聂卫松作主题发布", "2024-05: now heads the 荆门 zone"),
        ("as05", "荆门高新区管委会", "主任", "荆门高新区党工委副书记、管委会主任聂卫松作主题发布", None)], []),
    "as:龚雪梅": ("龚雪梅", "official", "荆门高新区", [
        ("as05", "荆门高新区管委会", "副主任", "高新区管委会副主任龚雪梅", "bare 高新区 after 荆门高新区 = 荆门高新区")], []),
    "as:苏明远": ("苏明远", "official", "荆门市", [
        ("as05", "荆门市经济和信息化局", "副局长", "市经济和信息化局副局长苏明远", None)], []),
    "as:覃晓蕾": ("覃晓蕾", "official", "钟祥市", [
        ("as06", "钟祥市委宣传部", "副部长", "市委宣传部副部长、市政府新闻办主任覃晓蕾主持发布会", "host; bare 市 on the 钟祥 site = 钟祥市, not 荆门市"),
        ("as06", "钟祥市政府新闻办", "主任", "市委宣传部副部长、市政府新闻办主任覃晓蕾主持发布会", None)], []),
    "as:祁大勇": ("祁大勇", "official", "钟祥市", [
        ("as06", "钟祥市文化和旅游局", "局长", "市文化和旅游局局长祁大勇", None)], []),
    "as:温海川": ("温海川", "official", "钟祥市客店镇", [
        ("as06", "钟祥市客店镇党委", "书记", "客店镇党委书记温海川", "town: county-level label + town name")], []),
    # ---- 遂宁 and 射洪
    "as:苟建林": ("苟建林", "official", "遂宁经开区", [
        ("as07", "遂宁经开区党工委", "副书记", "遂宁经开区党工委副书记、管委会主任苟建林", "named in a 预告 (no event); dated by the 落款"),
        ("as07", "遂宁经开区管委会", "主任", "遂宁经开区党工委副书记、管委会主任苟建林", None)], []),
    "as:蒲秀英": ("蒲秀英", "official", "遂宁市", [
        ("as07", "遂宁市经济和信息化局", "副局长", "市经济和信息化局副局长蒲秀英", None)], []),
    "as:冉兴波": ("冉兴波", "official", "遂宁市", [
        ("as07", "遂宁市投资促进局", "局长", "市投资促进局局长冉兴波", None)], []),
    "as:谭永刚": ("谭永刚", "official", "遂宁市", [
        ("as07", "遂宁市委宣传部", "副部长", "发布会由市委宣传部副部长、市政府新闻办主任谭永刚主持", "the announced host"),
        ("as07", "遂宁市政府新闻办", "主任", "发布会由市委宣传部副部长、市政府新闻办主任谭永刚主持", None)], []),
    "as:郑开元": ("郑开元", "official", "射洪市", [
        ("as08", "射洪市委宣传部", "副部长", "市委宣传部副部长、市政府新闻办主任郑开元主持发布会", "bare 市 on the 射洪 site = 射洪市, not 遂宁市"),
        ("as08", "射洪市政府新闻办", "主任", "市委宣传部副部长、市政府新闻办主任郑开元主持发布会", None)], []),
    "as:阚立群": ("阚立群", "official", "射洪市", [
        ("as08", "射洪市委", "常委", "市委常委、副市长阚立群发布有关情况", None),
        ("as08", "射洪市政府", "副市长", "市委常委、副市长阚立群发布有关情况", None)], []),
    "as:杜明川#2": ("杜明川", "official", "射洪市", [
        ("as08", "射洪市农业农村局", "局长", "市农业农村局局长杜明川", "射洪 (四川); not the 杜明川 of 德州 (as01)")], []),
    "as:臧明轩": ("臧明轩", "official", "射洪市", [
        ("as08", "射洪市水利局", "副局长", "市水利局副局长臧明轩", None)], []),
    # ---- 丹东
    "as:宁卓然": ("宁卓然", "official", "丹东市", [
        ("as09", "丹东市政府新闻办", "副主任", "市政府新闻办副主任宁卓然主持发布会", "host")], []),
    "as:陶晓峻": ("陶晓峻", "official", "丹东市", [
        ("as09", "丹东市文化旅游和广播电视局党组", "书记", "市文化旅游和广播电视局党组书记、局长陶晓峻", None),
        ("as09", "丹东市文化旅游和广播电视局", "局长", "市文化旅游和广播电视局党组书记、局长陶晓峻", None)], []),
    "as:鲁思恒": ("鲁思恒", "official", "凤城市", [
        ("as09", "凤城市委", "常委", "凤城市委常委、副市长鲁思恒", "the county-level city, not 丹东"),
        ("as09", "凤城市政府", "副市长", "凤城市委常委、副市长鲁思恒", None)], []),
    "as:金东旭": ("金东旭", "official", "宽甸满族自治县", [
        ("as09", "宽甸满族自治县政府", "副县长", "宽甸满族自治县副县长金东旭", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("as01", "庄晓彤", "责任编辑", "editor", "责任编辑：庄晓彤"),
    ("as02", "庄晓彤", "责任编辑", "editor", "责任编辑：庄晓彤"),
    ("as03", "洪亦凡", "编辑", "editor", "编辑：洪亦凡"),
    ("as03", "程雪妮", "审核", "editor", "审核：程雪妮"),
    ("as04", "詹雨欣", "记者", "reporter", "本报讯（记者 詹雨欣）"),
    ("as04", "晏子琪", "本版编辑", "editor", "本版编辑：晏子琪"),
    ("as04", "隋婉清", "校对", "editor", "校对：隋婉清"),
    ("as05", "路瑞雪", "责任编辑", "editor", "责任编辑：路瑞雪"),
    ("as06", "殷俊杰", "责任编辑", "editor", "责任编辑：殷俊杰"),
    ("as08", "栾晓雪", "记者", "reporter", "记者：栾晓雪"),
    ("as08", "鲍书平", "编辑", "editor", "编辑：鲍书平"),
    ("as09", "苏婉宁", "责任编辑", "editor", "责任编辑：苏婉宁"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

_PC = "press conference (新闻发布会)"

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("as01", "“优化营商环境 助力企业发展”新闻发布会", _PC, "4月13日上午", "解晓琳", None, ["德州市政府新闻办公室"],
     ["訾洪涛", "杜明川", "韦嘉"], ["訾洪涛", "杜明川", "韦嘉"], None,
     "德州市人民政府新闻办公室举行“优化营商环境 助力企业发展”新闻发布会",
     ["市政府新闻办主任解晓琳主持发布会", "副局长韦嘉出席发布会", "訾洪涛介绍", "杜明川介绍了", "韦嘉就“一网通办”"]),
    ("as02", "德州经开区高质量发展新闻发布会", _PC, "2025年3月20日上午9:30", "解晓琳", None, ["德州市政府新闻办"],
     ["訾洪涛", "宫振宇", "柏文静"], ["訾洪涛", "宫振宇", "柏文静"], "市政府新闻发布厅",
     "欢迎出席市政府新闻办举行的新闻发布会",
     [_AS02_HOST, "今天我们邀请到副市长訾洪涛", "副市长 訾洪涛：", "管委会主任 宫振宇：", "市工业和信息化局副局长 柏文静："]),
    ("as03", "2021年重点项目建设新闻发布会", _PC, "6月8日下午", "房慧敏", None, ["禹城市政府新闻办公室"],
     ["訾洪涛", "晁立新", "满立伟"], ["訾洪涛", "晁立新", "满立伟"], None,
     "禹城市人民政府新闻办公室召开2021年重点项目建设新闻发布会",
     ["宣传部部长房慧敏主持发布会", "市长訾洪涛发布全市重点项目建设情况", "满立伟出席发布会并回答记者提问", "晁立新介绍了",
      "满立伟就重点项目用地"]),
    ("as04", "城市更新三年行动新闻发布会", _PC, "7月21日上午", "漆明辉", None, ["荆门市政府新闻办"],
     ["鄢国栋", "邬晓丹"], ["鄢国栋", "邬晓丹"], None,
     "7月21日上午，市政府新闻办举行新闻发布会，介绍我市城市更新三年行动有关情况",
     ["市政府新闻办主任漆明辉主持发布会", "副主任邬晓丹发布并回答记者提问", "鄢国栋介绍", "邬晓丹介绍了", "鄢国栋表示"]),
    ("as05", "荆门高新区“新能源新材料产业发展”专场新闻发布会", _PC, "5月28日上午", "漆明辉", None, ["荆门市政府新闻办"],
     ["聂卫松", "龚雪梅", "苏明远"], ["聂卫松", "龚雪梅", "苏明远"], None,
     "市政府新闻办举行荆门高新区“新能源新材料产业发展”专场新闻发布会",
     ["市政府新闻办主任漆明辉主持发布会", "管委会主任聂卫松作主题发布", "苏明远出席发布会并回答记者提问", "龚雪梅介绍了",
      "苏明远就全市新能源产业链", "聂卫松表示"]),
    ("as06", "文化旅游发展新闻发布会", _PC, "9月26日上午", "覃晓蕾", None, ["钟祥市政府新闻办公室"],
     ["聂卫松", "祁大勇", "温海川"], ["聂卫松", "祁大勇", "温海川"], None,
     "钟祥市人民政府新闻办公室举行文化旅游发展新闻发布会",
     ["市政府新闻办主任覃晓蕾主持发布会", "副市长聂卫松发布有关情况", "温海川出席发布会并回答记者提问", "祁大勇介绍了",
      "温海川介绍"]),
    ("as08", "“稳粮扩经 促农增收”新闻发布会", _PC, "4月16日上午", "郑开元", None, ["射洪市政府新闻办公室"],
     ["阚立群", "杜明川", "臧明轩"], ["阚立群", "杜明川", "臧明轩"], None,
     "射洪市人民政府新闻办公室召开“稳粮扩经 促农增收”新闻发布会",
     ["市政府新闻办主任郑开元主持发布会", "副市长阚立群发布有关情况", "臧明轩出席发布会并回答记者提问", "杜明川介绍",
      "臧明轩就春灌用水调度"]),
    ("as09", "2024年夏季文旅活动新闻发布会", _PC, "6月19日上午", "宁卓然", None, ["丹东市政府新闻办公室"],
     ["陶晓峻", "鲁思恒", "金东旭"], ["陶晓峻", "鲁思恒", "金东旭"], None,
     "丹东市人民政府新闻办公室召开2024年夏季文旅活动新闻发布会",
     ["市政府新闻办副主任宁卓然主持发布会", "副县长金东旭出席发布会", "陶晓峻介绍", "鲁思恒介绍", "金东旭介绍了"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("as02", "德州经开区新能源装备产业园二期", "industrial_park", "突出抓好德州经开区新能源装备产业园二期"),
    ("as02", "京沪高铁德州东站片区综合开发项目", "project", "京沪高铁德州东站片区综合开发项目"),
    ("as02", "减河生态修复工程", "greening_project", "减河生态修复工程，推动园区扩容提质"),
    ("as03", "禹城高新区功能糖产业园三期", "industrial_park", "禹城高新区功能糖产业园三期"),
    ("as03", "徒骇河禹城段综合治理工程", "engineering_work", "徒骇河禹城段综合治理工程"),
    ("as03", "禹城市城区供热管网改造工程", "infrastructure_project", "禹城市城区供热管网改造工程等一批重大项目"),
    ("as04", "东宝区象山片区老旧小区改造项目", "housing_project", "今年重点推进东宝区象山片区老旧小区改造项目"),
    ("as04", "竹皮河城区段水环境综合治理工程", "engineering_work", "竹皮河城区段水环境综合治理工程"),
    ("as04", "中心城区雨污分流改造工程", "infrastructure_project", "中心城区雨污分流改造工程，目前已完成投资"),
    ("as05", "荆门高新区锂电池材料产业园三期", "industrial_park", "全力推进荆门高新区锂电池材料产业园三期"),
    ("as05", "掇刀化工循环产业园扩区项目", "industrial_park", "掇刀化工循环产业园扩区项目"),
    ("as05", "荆门高新区至漳河新区快速通道", "infrastructure_project", "荆门高新区至漳河新区快速通道建设"),
    ("as06", "明显陵景区提档升级项目", "project", "加快推进明显陵景区提档升级项目"),
    ("as06", "莫愁湖国家湿地公园生态修复工程", "greening_project", "莫愁湖国家湿地公园生态修复工程"),
    ("as06", "汉江钟祥段滨江文旅带", "project", "汉江钟祥段滨江文旅带建设"),
    ("as07", "遂宁经开区锂电材料产业园二期", "industrial_park", "介绍遂宁经开区锂电材料产业园二期"),
    ("as07", "遂宁港龙凤作业区配套工程", "infrastructure_project", "遂宁港龙凤作业区配套工程等重点项目进展"),
    ("as08", "涪江射洪段高标准农田建设项目", "project", "加快推进涪江射洪段高标准农田建设项目"),
    ("as08", "沱牌镇优质酿酒专用粮基地", "project", "沱牌镇优质酿酒专用粮基地"),
    ("as08", "金华镇柑橘产业园二期", "industrial_park", "金华镇柑橘产业园二期建设"),
    ("as09", "鸭绿江国家级旅游度假区提升项目", "project", "加快推进鸭绿江国家级旅游度假区提升项目"),
    ("as09", "凤凰山索道改造工程", "infrastructure_project", "凤凰山索道改造工程已于5月完工"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("as01", "德州市", "city", "in_org_reference", "4月13日上午，德州市人民政府新闻办公室举行"),
    ("as01", "德州经开区", "development_zone", "standalone", "德州经开区、德州天衢新区分别设立企业服务专员"),
    ("as01", "德州天衢新区", "new_area", "standalone", "德州经开区、德州天衢新区分别设立企业服务专员"),
    ("as02", "德州经开区", "development_zone", "standalone", "去年，德州经开区完成地区生产总值增长7.1%"),
    ("as02", "经开区", "development_zone", "standalone", "今年经开区在招商引资方面有哪些新举措"),
    ("as02", "京沪高铁", "railway", "in_project_name", "京沪高铁德州东站片区综合开发项目"),
    ("as02", "德州东站", "transport_hub", "in_project_name", "京沪高铁德州东站片区综合开发项目"),
    ("as02", "减河", "river", "in_project_name", "减河生态修复工程，推动园区扩容提质"),
    ("as03", "禹城市", "county_level_city", "in_org_reference", "6月8日下午，禹城市人民政府新闻办公室召开"),
    ("as03", "禹城高新区", "development_zone", "standalone", "晁立新介绍了禹城高新区项目建设和招商引资情况"),
    ("as03", "高新区", "development_zone", "standalone", "高新区今年新签约项目23个"),
    ("as03", "徒骇河", "river", "in_project_name", "徒骇河禹城段综合治理工程"),
    ("as04", "东宝区", "district", "in_project_name", "今年重点推进东宝区象山片区老旧小区改造项目"),
    ("as04", "象山片区", "area", "in_project_name", "今年重点推进东宝区象山片区老旧小区改造项目"),
    ("as04", "竹皮河", "river", "in_project_name", "竹皮河城区段水环境综合治理工程"),
    ("as05", "荆门高新区", "development_zone", "standalone", "荆门高新区以新能源新材料为主导产业"),
    ("as05", "高新区", "development_zone", "standalone", "今年，高新区将全力推进"),
    ("as05", "掇刀", "district", "in_project_name", "掇刀化工循环产业园扩区项目"),
    ("as05", "漳河新区", "new_area", "in_project_name", "荆门高新区至漳河新区快速通道建设"),
    ("as06", "钟祥市", "county_level_city", "in_org_reference", "9月26日上午，钟祥市人民政府新闻办公室举行"),
    ("as06", "明显陵", "heritage_site", "in_project_name", "加快推进明显陵景区提档升级项目"),
    ("as06", "莫愁湖国家湿地公园", "park", "in_project_name", "莫愁湖国家湿地公园生态修复工程"),
    ("as06", "汉江", "river", "in_project_name", "汉江钟祥段滨江文旅带建设"),
    ("as06", "客店镇", "town", "standalone", "客店镇依托大洪山南麓生态资源发展民宿经济"),
    ("as06", "大洪山", "mountain", "standalone", "客店镇依托大洪山南麓生态资源发展民宿经济"),
    ("as07", "遂宁经开区", "development_zone", "standalone", "发布遂宁经开区锂电产业发展"),
    ("as07", "遂宁港", "port", "in_project_name", "遂宁港龙凤作业区配套工程等重点项目进展"),
    ("as08", "射洪市", "county_level_city", "in_org_reference", "4月16日上午，射洪市人民政府新闻办公室召开"),
    ("as08", "涪江", "river", "in_project_name", "加快推进涪江射洪段高标准农田建设项目"),
    ("as08", "沱牌镇", "town", "in_project_name", "沱牌镇优质酿酒专用粮基地"),
    ("as08", "金华镇", "town", "in_project_name", "金华镇柑橘产业园二期建设"),
    ("as09", "丹东市", "city", "in_org_reference", "6月19日上午，丹东市人民政府新闻办公室召开"),
    ("as09", "凤城市", "county_level_city", "in_title", "凤城市委常委、副市长鲁思恒"),
    ("as09", "宽甸满族自治县", "county", "in_title", "宽甸满族自治县副县长金东旭"),
    ("as09", "丹东", "city", "standalone (slogan)", "“鸭绿江畔·丹东等你”主题"),
    ("as09", "鸭绿江", "river", "standalone", "推出鸭绿江夜游"),
    ("as09", "河口", "scenic_area", "in_event_name", "河口桃花岛音乐节"),
    ("as09", "大鹿岛", "island", "in_event_name", "大鹿岛海岛旅游季"),
    ("as09", "凤凰山", "mountain", "standalone", "凤城市将依托凤凰山景区举办登山节"),
    ("as09", "天桥沟", "scenic_area", "standalone", "宽甸满族自治县天桥沟、青山沟景区"),
    ("as09", "青山沟", "scenic_area", "standalone", "宽甸满族自治县天桥沟、青山沟景区"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="as", conventions="set as (blind set: press conferences of city and county-level-city 政府新闻办 in 山东 德州 / 禹城, 湖北 荆门 / 钟祥, 四川 遂宁 / 射洪 and 辽宁 丹东: host 市委宣传部副部长、市政府新闻办主任 → X市委宣传部 副部长 + X市政府新闻办 主任; bare organs on a county-level city's site are that city's; a 新闻发布会 is a press conference event with the host as chair and every 发布人 / 出席 person as attendee and speaker; 文字实录 labels (title, space, name) give holdings; a 发布会预告 gives holdings but no event)",
          persons_note="Set as persons. id = corpus-wide person_id (as:杜明川#1 of 德州 and as:杜明川#2 of 射洪 are two people; as:訾洪涛 moves 禹城市长 2021 → 德州市发展和改革委员会主任 2023 → 德州市副市长 2025; as:聂卫松 moves 钟祥市副市长 2022 → 荆门高新区管委会主任 2024)")


if __name__ == "__main__":
    main()
