"""Write gold part ``bo`` (a blind set: meeting minutes and meeting notices of county and city governments) from the
tables below.

Pages ``tests/dev/texts/bo*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 政府会议纪要 范文 page (``××县人民政府第六次常务会议纪要`` with 时间 /
地点 / 主持 / 出席 / 请假（出差） / 列席 / 记录 lines, ``现将会议讨论及决定的主要事项纪要如下``); a 常务会议纪要 范文 (``会议原则
同意…``, ``责成…``); a 铁岭县 政府常务会议 page on an 信息公开 site (``列席人员：新闻媒体记者…``); a 宣城 市政府 page
``关于召开市政府第8次常务会议的通知`` (请…参加，请…列席，主要负责同志不能参加会议的需履行书面请假手续); a 汉阴 县政府办
``会议到会情况的通报`` (请假 names with titles); a 平昌 县人大常委会 meeting notice (会议建议议程, 参加会议人员); a 木垒 and a
玉环 县政府办公室 ``关于召开…会议的通知`` (时间 / 地点 / 参加会议人员, 落款 date); a 天长 政协 notice (出席、特邀和列席会议
人员); 议事规则 pages of 禄丰, 兰州, 周口, 大庆 (who attends and who 列席 a 常务会议 and how 请假 works); a 姚安 领导小组会议 and
a 麦积区 协调会 report (副区长 主持, 部门负责人参加). Places are real and new to the corpus: 四川 雅安 (荥经县 twice, 汉源县,
天全县, the 市政府 with 雅安经开区 and 雨城区) and 广东 肇庆 (四会市 twice, 德庆县, 肇庆高新区).

Shapes: a county 常务会议纪要 on an 信息公开 page (索引号, 发文字号 荥府常纪〔2021〕7号) with a 时间 / 地点 / 主持 / 出席 / 请假 /
列席 / 记录 block where 出席 and 请假 give bare names and the titles come in the lead sentence (bo01); a county 办公室 会议通知
with 参会人员 (县领导 named with titles) and a 会议议程 naming who reports and who speaks (bo02, bo08); a 常务会议纪要
〔2024〕5号 with a dated lead (县长 主持), bare-name 出席 / 请假 and titled 列席 (a 镇党委书记 among them) (bo03); a city
专题会议纪要 chaired by a 副市长 whose 参加人员 are listed one a line ``title　name`` (bo04); a 县长办公会议纪要 with
titled 出席人员 / 列席人员 (bo05); a county-level city 常务会议纪要 with ``name　title`` lines, one title per line, and a
titled 请假 (bo06); a 市长办公会议纪要 with a short 参加人员 line of bare names after the body (bo07); a development zone's
管委会主任办公会议纪要 with titled 出席 / 请假 / 列席 (bo09).

Identity cases:
- bo:蒲云舟 moves within 荥经县 and then to another county: 荥经县 副县长 in June 2021 (bo01); 荥经县委常委、常务副县长 on a
  May 2022 notice (bo02) and at the city's 专题会议 in Aug 2023 (bo04); 汉源县委副书记、县长 chairing the 常务会议 in March
  2024 (bo03). His predecessor as 常务副县长, bo:降永刚, is on bo01 (2021).
- bo:麦浩然 moves in 肇庆: 四会市东城街道党工委书记 in July 2022 (bo07); 四会市副市长 in April 2023 (bo06); 肇庆高新区管委会
  副主任 in May 2024 (bo09). bo:冼志坤 (四会市长) and bo:植伟雄 (常务副市长) recur on bo06 and bo07; bo:车文斌 (荥经县长)
  and bo:郑蕴华 (副县长) on bo01 and bo02.
- two different 甘启航: bo:甘启航#1 is 天全县副县长 (四川, bo05, 2022); bo:甘启航#2 is 德庆县水利局局长 (广东, bo08, 2023).
- one organ name in two places: 东城街道 of 雨城区 (雅安, bo04: 雨城区东城街道党工委书记) and 东城街道 of 四会市 (肇庆, bo06 and
  bo07: 东城街道办事处主任, 东城街道党工委书记) → orgs 雨城区东城街道党工委 and 四会市东城街道党工委 / 四会市东城街道办事处.
  Also 经开区 / 高新区 (雅安经开区, 肇庆高新区) are zones of two cities.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z and u where they speak; decided here where they are silent):
- Bare organs take the page's place: 县长 / 副县长 / 县政府办公室 / 县财政局 on a 荥经 page = 荥经县政府 / 荥经县政府办公室 /
  荥经县财政局; 市政府副秘书长 / 市交通运输局 on the 雅安市 page = 雅安市政府 / 雅安市交通运输局; 市长 / 副市长 on the 四会 pages =
  四会市政府; 高新区党工委 / 管委会 / 经济发展局 on the zone's site = 肇庆高新区党工委 / 肇庆高新区管委会 / 肇庆高新区经济发展局.
  Departments as written after the place (县发展改革局 → 荥经县发展改革局, 市发展和改革局 → 四会市发展和改革局).
- DECIDED HERE: the 出席 / 请假 lines of a 纪要 that give bare names do not make posts; the posts come from the lead sentence
  that titles them (bo01: ``常务副县长降永刚，副县长蒲云舟、郑蕴华出席会议``; bo03: from the 议定事项 where the title is written).
  A person named only on a bare 请假 line (bo01 苟明辉, bo03 雷泽宇) is a person with no post.
- DECIDED HERE: a 请假 person WITH a title (bo06 ``岑立新　副市长（公务）``, bo09 ``管委会副主任杜海澜（外出学习）``) holds that
  post (a holding at the page's date) but is NOT an attendee of the meeting.
- DECIDED HERE: 列席 persons are attendees of the meeting (as 列席 in z02 / z07), and their titled posts are holdings
  (``县政府办公室主任袁世鹏`` → 荥经县政府办公室 主任; a town's 党委书记 among them → 汉源县九襄镇党委 书记; a 街道办事处主任 →
  四会市东城街道办事处 主任).
- DECIDED HERE: ``记录：某某`` (the minute-taker) goes to reporters.jsonl with label ``记录`` and role ``author`` (the writer of
  the minutes, like 供稿 / 撰稿), not to the meeting's attendees and not to posts.
- DECIDED HERE: a meeting NOTICE (会议通知, bo02, bo08) announces a meeting that has not yet taken place: it is not an event
  in meetings.jsonl (README: only meetings reported as taking place). The leaders it names with titles in 参会人员 and in
  the 会议议程 are holdings at the notice's 落款 date; one line per post per article (the 参会人员 line is used). The
  notice's 联系人 (a clerk with a phone number) is chrome like u03's contact lines and is not annotated.
- Lists ``title　name`` one a line (bo04) and ``name　title`` one a line (bo06) give one holding per line; a title chain
  ``县委副书记、县长`` gives 县委 副书记 + 县政府 县长; ``县委常委、常务副县长`` gives 县委 常委 + 县政府 常务副县长;
  ``高新区党工委副书记、管委会主任`` gives 肇庆高新区党工委 副书记 + 肇庆高新区管委会 主任.
- Streets and towns: county-level label + name + organ (雨城区东城街道党工委, 四会市城中街道办事处, 天全县城厢镇政府 镇长).
- Events: each 纪要 reports one meeting (常务会议, 专题会议, 县长办公会议, 市长办公会议, 主任办公会议): chair = 主持; attendees =
  titled or listed 出席 / 列席 / 参加人员 (not 请假, not the chair, not 记录); speakers only where the text writes 强调 /
  汇报 by a named person (bo03 蒲云舟强调; bo07 the 街道党工委书记's 汇报). A person named in a 议定事项 as 牵头 / 负责 is not a
  speaker for that.
- Projects: works named as to be built or pushed in the 议定事项 (…产业园二期 industrial_park, 老旧小区改造项目 /
  安置房项目 housing_project, 雨污分流 / 快速通道 / 道路改造 infrastructure_project, 堤岸整治 engineering_work, 生态修复
  greening_project, other …项目 project). Plans (《…工作方案》, 实施方案) are documents, not projects.
- Places: one line per name per file; places inside titles, project names and document titles count; site lines, 发布机构,
  落款, 抄送 and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bo01_yingjing.txt": (2021, "发布日期：2021-06-18", "荥经县", [
        ("荥经县人民政府第十七次常务会议纪要", "2021年6月15日", "2021-06-15", "时　间：2021年6月15日下午3:00",
         "county 常务会议纪要 (荥府常纪〔2021〕7号): 主持 / 出席 (bare names) / 请假 / 列席 (titled) / 记录; titles in the lead; 议定事项")]),
    "bo02_yingjing.txt": (2022, "发布时间：2022-05-23 11:20", "荥经县", [
        ("荥经县人民政府办公室关于召开全县防汛减灾暨安全生产工作会议的通知", "2022年5月23日", "2022-05-23", "各乡镇人民政府、街道办事处，县级各部门：",
         "会议通知: 时间 / 地点 / 参会人员 (县领导 with titles) / 会议议程 naming who reports and speaks / 有关要求 (请假); the meeting is planned, not held")]),
    "bo03_hanyuan.txt": (2024, "发布日期：2024年03月22日", "汉源县", [
        ("汉源县人民政府常务会议纪要", "2024年3月20日上午", "2024-03-20", "2024年3月20日上午，县委副书记",
         "county 常务会议纪要 〔2024〕5号 chaired by the 县长 (蒲云舟, formerly 荥经); bare-name 出席 / 请假, titled 列席 incl. a 镇党委书记; projects")]),
    "bo04_yaan.txt": (2023, "发布时间：2023-08-11 16:40", "雅安市", [
        ("关于雅安经开区至荥经县快速通道建设有关问题的会议纪要", "2023年8月9日", "2023-08-09", "2023年8月9日，副市长宁德昭",
         "city 专题会议纪要 chaired by a 副市长; 参加人员 listed one a line (title　name): 市政府副秘书长, department heads, 雅安经开区管委会主任, 雨城区副区长, 东城街道党工委书记, 荥经县委常委、常务副县长")]),
    "bo05_tianquan.txt": (2022, "发布时间：2022-09-30 10:05", "天全县", [
        ("天全县人民政府县长办公会议纪要", "9月28日", "2022-09-28", "9月28日，县委副书记",
         "县长办公会议纪要: titled 出席人员 / 列席人员 (a 镇长 among them), 记录; 城厢镇 雨污分流 and 喇叭河 景区 projects")]),
    "bo06_sihui.txt": (2023, "发布日期：2023-04-14", "四会市", [
        ("四会市人民政府第十五届第二十三次常务会议纪要", "2023年4月11日下午", "2023-04-11", "四府常纪〔2023〕5号",
         "county-level city 常务会议纪要: 主持 / 出席 as ``name　title`` one a line, a titled 请假, titled 列席 (a 街道办事处主任), 记录; projects")]),
    "bo07_sihui.txt": (2022, "发布日期：2022-07-08", "四会市", [
        ("四会市人民政府市长办公会议纪要", "7月6日上午", "2022-07-06", "四府办纪〔2022〕18号",
         "市长办公会议纪要: the 东城街道党工委书记 reports; 参加人员 line of bare names after the body")]),
    "bo08_deqing.txt": (2023, "发布时间：2023-04-03 17:15", "德庆县", [
        ("德庆县人民政府办公室关于召开2023年全县三防工作会议的通知", "2023年4月3日", "2023-04-03", "德府办函〔2023〕41号",
         "会议通知 (德府办函〔2023〕41号): 参会人员 with 县长 and 副县长 named; 会议议程 with the 水利局局长 and 应急管理局局长 reporting; planned meeting, not an event")]),
    "bo09_zhaoqing_gxq.txt": (2024, "发布时间：2024-05-17 15:50", "肇庆高新区", [
        ("肇庆高新区管委会主任办公会议纪要", "5月15日", "2024-05-15", "〔2024〕第6期",
         "development zone 管委会主任办公会议纪要: 党工委副书记、管委会主任 主持; 出席 管委会副主任 (麦浩然, formerly 四会); titled 请假 and 列席; 记录")]),
}

_B01 = "常务副县长降永刚，副县长蒲云舟、郑蕴华出席会议"
_B02 = "县委副书记、县长车文斌，县委常委、常务副县长蒲云舟，副县长郑蕴华"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 雅安: 荥经县, 汉源县, 天全县, the 市政府
    "bo:车文斌": ("车文斌", "official", "荥经县", [
        ("bo01", "荥经县政府", "县长", "主　持：县长车文斌", "2021; also the lead (one line)"),
        ("bo02", "荥经县委", "副书记", _B02, "2022; notice's 参会人员 (议程 repeats: no second line)"),
        ("bo02", "荥经县政府", "县长", _B02, None)], []),
    "bo:降永刚": ("降永刚", "official", "荥经县", [
        ("bo01", "荥经县政府", "常务副县长", _B01, "2021; bare name on the 出席 line, title from the lead")], []),
    "bo:蒲云舟": ("蒲云舟", "official", "汉源县", [
        ("bo01", "荥经县政府", "副县长", _B01, "2021: 副县长 (bare name on the 出席 line; title from the lead; ``副县长蒲云舟牵头`` later: same line)"),
        ("bo02", "荥经县委", "常委", _B02, "2022: 县委常委"),
        ("bo02", "荥经县政府", "常务副县长", _B02, "2022: 常务副县长 (the post 降永刚 held in 2021)"),
        ("bo04", "荥经县委", "常委", "荥经县委常委、常务副县长　蒲云舟", "2023, on the 雅安市 专题会议纪要's 参加人员"),
        ("bo04", "荥经县政府", "常务副县长", "荥经县委常委、常务副县长　蒲云舟", None),
        ("bo03", "汉源县委", "副书记", "2024年3月20日上午，县委副书记、县长蒲云舟主持召开", "2024: moved to 汉源县 (bare 县委 on the 汉源 site)"),
        ("bo03", "汉源县政府", "县长", "2024年3月20日上午，县委副书记、县长蒲云舟主持召开", "2024: 县长")], []),
    "bo:郑蕴华": ("郑蕴华", "official", "荥经县", [
        ("bo01", "荥经县政府", "副县长", _B01, "list after one title"),
        ("bo02", "荥经县政府", "副县长", _B02, "2022")], []),
    "bo:苟明辉": ("苟明辉", "official", "荥经县", [], ["bo01"]),
    "bo:袁世鹏": ("袁世鹏", "official", "荥经县", [
        ("bo01", "荥经县政府办公室", "主任", "县政府办公室主任袁世鹏", "列席")], []),
    "bo:邬开明": ("邬开明", "official", "荥经县", [
        ("bo01", "荥经县发展改革局", "局长", "县发展改革局局长邬开明", "列席")], []),
    "bo:穆清涛": ("穆清涛", "official", "荥经县", [
        ("bo01", "荥经县财政局", "局长", "县财政局局长穆清涛", "列席")], []),
    "bo:骆晓阳": ("骆晓阳", "official", "荥经县", [
        ("bo01", "荥经县自然资源和规划局", "局长", "县自然资源和规划局局长骆晓阳", "列席")], []),
    "bo:付晓蓓": ("付晓蓓", "official", "荥经县", [
        ("bo02", "荥经县应急管理局", "局长", "县应急管理局局长付晓蓓通报", "named in the notice's 会议议程")], []),
    "bo:甘世荣": ("甘世荣", "official", "汉源县", [
        ("bo03", "汉源县委", "常委", "县委常委、常务副县长甘世荣负责督导", "bare name on the 出席 line; title in the 议定事项"),
        ("bo03", "汉源县政府", "常务副县长", "县委常委、常务副县长甘世荣负责督导", None)], []),
    "bo:冉建波": ("冉建波", "official", "汉源县", [
        ("bo03", "汉源县政府", "副县长", "由副县长冉建波牵头", "bare name on the 出席 line; title in the 议定事项")], []),
    "bo:吉克阿呷": ("吉克阿呷", "official", "汉源县", [
        ("bo03", "汉源县政府", "副县长", "副县长吉克阿呷负责协调", "bare name on the 出席 line; title in the 议定事项")], []),
    "bo:雷泽宇": ("雷泽宇", "official", "汉源县", [], ["bo03"]),
    "bo:鄢文涛": ("鄢文涛", "official", "汉源县", [
        ("bo03", "汉源县政府办公室", "主任", "县政府办公室主任鄢文涛", "列席")], []),
    "bo:何兆麟": ("何兆麟", "official", "汉源县", [
        ("bo03", "汉源县财政局", "局长", "县财政局局长何兆麟", "列席")], []),
    "bo:骆仕林": ("骆仕林", "official", "汉源县", [
        ("bo03", "汉源县农业农村局", "局长", "县农业农村局局长骆仕林", "列席")], []),
    "bo:贾丽娟": ("贾丽娟", "official", "汉源县", [
        ("bo03", "汉源县九襄镇党委", "书记", "九襄镇党委书记贾丽娟", "列席: a town's 党委书记")], []),
    "bo:宁德昭": ("宁德昭", "official", "雅安市", [
        ("bo04", "雅安市政府", "副市长", "2023年8月9日，副市长宁德昭", "主持")], []),
    "bo:程一帆": ("程一帆", "official", "雅安市", [
        ("bo04", "雅安市政府", "副秘书长", "市政府副秘书长　程一帆", "参加人员 (title　name)")], []),
    "bo:兰晓峰": ("兰晓峰", "official", "雅安市", [
        ("bo04", "雅安市交通运输局", "局长", "市交通运输局局长　兰晓峰", None)], []),
    "bo:温家乐": ("温家乐", "official", "雅安市", [
        ("bo04", "雅安市自然资源和规划局", "副局长", "市自然资源和规划局副局长　温家乐", None)], []),
    "bo:孔繁杰": ("孔繁杰", "official", "雅安经开区", [
        ("bo04", "雅安经开区管委会", "主任", "雅安经开区管委会主任　孔繁杰", None)], []),
    "bo:唐汝成": ("唐汝成", "official", "雨城区", [
        ("bo04", "雨城区政府", "副区长", "雨城区副区长　唐汝成", "雨城区 is 雅安's only; no city prefix")], []),
    "bo:卢静雯": ("卢静雯", "official", "雨城区", [
        ("bo04", "雨城区东城街道党工委", "书记", "雨城区东城街道党工委书记　卢静雯", "东城街道 of 雨城区, not the 东城街道 of 四会市 (bo06, bo07)")], []),
    "bo:余鸿": ("余鸿", "official", "天全县", [
        ("bo05", "天全县委", "副书记", "9月28日，县委副书记、县长余鸿", None),
        ("bo05", "天全县政府", "县长", "9月28日，县委副书记、县长余鸿", None)], []),
    "bo:甘启航#1": ("甘启航", "official", "天全县", [
        ("bo05", "天全县政府", "副县长", "出席人员：副县长甘启航、龙志勇", "天全 (四川); not the 甘启航 of 德庆 (bo08)")], []),
    "bo:龙志勇": ("龙志勇", "official", "天全县", [
        ("bo05", "天全县政府", "副县长", "出席人员：副县长甘启航、龙志勇", "list after one title")], []),
    "bo:刘青禾": ("刘青禾", "official", "天全县", [
        ("bo05", "天全县政府办公室", "主任", "县政府办公室主任刘青禾", "列席")], []),
    "bo:赖永坚": ("赖永坚", "official", "天全县", [
        ("bo05", "天全县住建局", "局长", "县住建局局长赖永坚", "列席")], []),
    "bo:邱晨曦": ("邱晨曦", "official", "天全县", [
        ("bo05", "天全县文化广播电视和旅游局", "局长", "县文化广播电视和旅游局局长邱晨曦", "列席")], []),
    "bo:曾淑芬": ("曾淑芬", "official", "天全县", [
        ("bo05", "天全县城厢镇政府", "镇长", "城厢镇镇长曾淑芬", "列席: a town's 镇长")], []),
    # ---- 肇庆: 四会市, 德庆县, 肇庆高新区
    "bo:冼志坤": ("冼志坤", "official", "四会市", [
        ("bo06", "四会市政府", "市长", "主持：冼志坤　市长", "2023"),
        ("bo07", "四会市政府", "市长", "7月6日上午，市长冼志坤", "2022")], []),
    "bo:植伟雄": ("植伟雄", "official", "四会市", [
        ("bo06", "四会市政府", "常务副市长", "出席：植伟雄　常务副市长", "2023"),
        ("bo07", "四会市政府", "常务副市长", "由常务副市长植伟雄统筹", "2022")], []),
    "bo:麦浩然": ("麦浩然", "official", "肇庆高新区", [
        ("bo07", "四会市东城街道党工委", "书记", "东城街道党工委书记麦浩然", "2022: 街道党工委书记 (东城街道 of 四会市)"),
        ("bo06", "四会市政府", "副市长", "麦浩然　副市长", "2023: 副市长 (``麦浩然副市长牵头`` later: same line)"),
        ("bo09", "肇庆高新区管委会", "副主任", "出席：管委会副主任麦浩然、欧阳振华", "2024: moved to the zone")], []),
    "bo:甘淑仪": ("甘淑仪", "official", "四会市", [
        ("bo06", "四会市政府", "副市长", "甘淑仪　副市长", None)], []),
    "bo:岑立新": ("岑立新", "official", "四会市", [
        ("bo06", "四会市政府", "副市长", "请假：岑立新　副市长（公务）", "titled 请假: a holding, not an attendee")], []),
    "bo:区嘉俊": ("区嘉俊", "official", "四会市", [
        ("bo06", "四会市政府办公室", "主任", "市政府办公室主任区嘉俊", "列席")], []),
    "bo:谭永乐": ("谭永乐", "official", "四会市", [
        ("bo06", "四会市发展和改革局", "局长", "市发展和改革局局长谭永乐", "列席")], []),
    "bo:劳国梁": ("劳国梁", "official", "四会市", [
        ("bo06", "四会市财政局", "局长", "市财政局局长劳国梁", "列席")], []),
    "bo:黄礼坚": ("黄礼坚", "official", "四会市", [
        ("bo06", "四会市东城街道办事处", "主任", "东城街道办事处主任黄礼坚", "列席; 东城街道 of 四会市")], []),
    "bo:叶秀华": ("叶秀华", "official", "四会市", [
        ("bo07", "四会市城中街道办事处", "主任", "城中街道办事处主任叶秀华", None)], []),
    "bo:陆家豪": ("陆家豪", "official", "四会市", [
        ("bo07", "四会市住房和城乡建设局", "局长", "市住房和城乡建设局局长陆家豪", None)], []),
    "bo:梁颂恩": ("梁颂恩", "official", "德庆县", [
        ("bo08", "德庆县政府", "县长", "县领导：县长梁颂恩，副县长莫少聪", "notice's 参会人员 (议程 repeats: no second line)")], []),
    "bo:莫少聪": ("莫少聪", "official", "德庆县", [
        ("bo08", "德庆县政府", "副县长", "县领导：县长梁颂恩，副县长莫少聪", None)], []),
    "bo:甘启航#2": ("甘启航", "official", "德庆县", [
        ("bo08", "德庆县水利局", "局长", "县水利局局长甘启航通报", "德庆 (广东); not the 甘启航 of 天全 (bo05)")], []),
    "bo:卢子健": ("卢子健", "official", "德庆县", [
        ("bo08", "德庆县应急管理局", "局长", "县应急管理局局长卢子健通报", None)], []),
    "bo:何文广": ("何文广", "official", "肇庆高新区", [
        ("bo09", "肇庆高新区党工委", "副书记", "高新区党工委副书记、管委会主任何文广", None),
        ("bo09", "肇庆高新区管委会", "主任", "高新区党工委副书记、管委会主任何文广", None)], []),
    "bo:欧阳振华": ("欧阳振华", "official", "肇庆高新区", [
        ("bo09", "肇庆高新区管委会", "副主任", "出席：管委会副主任麦浩然、欧阳振华", "list after one title")], []),
    "bo:杜海澜": ("杜海澜", "official", "肇庆高新区", [
        ("bo09", "肇庆高新区管委会", "副主任", "请假：管委会副主任杜海澜（外出学习）", "titled 请假: a holding, not an attendee")], []),
    "bo:彭佩珊": ("彭佩珊", "official", "肇庆高新区", [
        ("bo09", "肇庆高新区党政办公室", "主任", "党政办公室主任彭佩珊", "列席")], []),
    "bo:龙锦程": ("龙锦程", "official", "肇庆高新区", [
        ("bo09", "肇庆高新区经济发展局", "局长", "经济发展局局长龙锦程", "列席")], []),
    "bo:汤启明": ("汤启明", "official", "肇庆高新区", [
        ("bo09", "肇庆高新区规划建设局", "局长", "规划建设局局长汤启明", "列席")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bo01", "牟婷", "记录", "author", "记　录：牟婷"),
    ("bo03", "周静怡", "记录", "author", "记录：周静怡"),
    ("bo05", "冯华清", "记录", "author", "记录：冯华清"),
    ("bo06", "苏颖欣", "记录", "author", "记录：苏颖欣"),
    ("bo09", "温雅婷", "记录", "author", "记录：温雅婷"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bo01", "荥经县人民政府第十七次常务会议", "meeting (县政府常务会议)", "2021年6月15日", "车文斌", None, [],
     ["降永刚", "蒲云舟", "郑蕴华", "袁世鹏", "邬开明", "穆清涛", "骆晓阳"], [], "县政府三楼会议室",
     "2021年6月15日，县长车文斌主持召开县政府第十七次常务会议",
     ["县长车文斌主持召开县政府第十七次常务会议", _B01, "列　席：县政府办公室主任袁世鹏，县发展改革局局长邬开明，县财政局局长穆清涛，县自然资源和规划局局长骆晓阳"]),
    ("bo03", "十九届县人民政府第四十二次常务会议", "meeting (县政府常务会议)", "2024年3月20日上午", "蒲云舟", None, [],
     ["甘世荣", "冉建波", "吉克阿呷", "鄢文涛", "何兆麟", "骆仕林", "贾丽娟"], ["蒲云舟"], None,
     "县委副书记、县长蒲云舟主持召开十九届县人民政府第四十二次常务会议",
     ["县长蒲云舟主持召开", "出席：甘世荣　冉建波　吉克阿呷", "列席：县政府办公室主任鄢文涛，县财政局局长何兆麟，县农业农村局局长骆仕林，九襄镇党委书记贾丽娟",
      "蒲云舟强调"]),
    ("bo04", "雅安经开区至荥经县快速通道建设专题会议", "meeting (市政府专题会议)", "2023年8月9日", "宁德昭", None, [],
     ["程一帆", "兰晓峰", "温家乐", "孔繁杰", "唐汝成", "卢静雯", "蒲云舟"], [], "市政府8楼会议室",
     "副市长宁德昭在市政府8楼会议室主持召开专题会议",
     ["副市长宁德昭在市政府8楼会议室主持召开专题会议", "市政府副秘书长　程一帆", "市交通运输局局长　兰晓峰",
      "市自然资源和规划局副局长　温家乐", "雅安经开区管委会主任　孔繁杰", "雨城区副区长　唐汝成",
      "雨城区东城街道党工委书记　卢静雯", "荥经县委常委、常务副县长　蒲云舟"]),
    ("bo05", "天全县县长办公会议", "meeting (县长办公会议)", "9月28日", "余鸿", None, [],
     ["甘启航", "龙志勇", "刘青禾", "赖永坚", "邱晨曦", "曾淑芬"], [], "县政府四楼会议室",
     "县长余鸿在县政府四楼会议室主持召开县长办公会议",
     ["县长余鸿在县政府四楼会议室主持召开县长办公会议", "出席人员：副县长甘启航、龙志勇",
      "列席人员：县政府办公室主任刘青禾，县住建局局长赖永坚，县文化广播电视和旅游局局长邱晨曦，城厢镇镇长曾淑芬"]),
    ("bo06", "四会市人民政府第十五届第二十三次常务会议", "meeting (市政府常务会议)", "2023年4月11日下午", "冼志坤", None, [],
     ["植伟雄", "麦浩然", "甘淑仪", "区嘉俊", "谭永乐", "劳国梁", "黄礼坚"], [], "市政府二楼第一会议室",
     "主持：冼志坤　市长",
     ["主持：冼志坤　市长", "出席：植伟雄　常务副市长", "麦浩然　副市长", "甘淑仪　副市长",
      "列席：市政府办公室主任区嘉俊，市发展和改革局局长谭永乐，市财政局局长劳国梁，东城街道办事处主任黄礼坚"]),
    ("bo07", "四会市市长办公会议", "meeting (市长办公会议)", "7月6日上午", "冼志坤", None, [],
     ["植伟雄", "麦浩然", "叶秀华", "陆家豪"], ["麦浩然"], "市政府三楼会议室",
     "市长冼志坤在市政府三楼会议室主持召开市长办公会议",
     ["市长冼志坤在市政府三楼会议室主持召开市长办公会议", "参加人员：植伟雄、麦浩然、叶秀华、陆家豪",
      "会议听取了东城街道党工委书记麦浩然关于"]),
    ("bo09", "肇庆高新区管委会主任办公会议", "meeting (管委会主任办公会议)", "5月15日", "何文广", None, [],
     ["麦浩然", "欧阳振华", "彭佩珊", "龙锦程", "汤启明"], [], None,
     "管委会主任何文广主持召开管委会主任办公会议",
     ["管委会主任何文广主持召开管委会主任办公会议", "出席：管委会副主任麦浩然、欧阳振华",
      "列席：党政办公室主任彭佩珊，经济发展局局长龙锦程，规划建设局局长汤启明"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bo01", "荥经县砂器文化产业园二期", "industrial_park", "关于荥经县砂器文化产业园二期建设有关问题"),
    ("bo01", "严道街道老旧小区改造项目", "housing_project", "关于严道街道老旧小区改造项目资金有关问题"),
    ("bo03", "九襄镇花椒产业园二期", "industrial_park", "加快九襄镇花椒产业园二期建设"),
    ("bo03", "富林镇滨湖片区老旧小区改造项目", "housing_project", "研究富林镇滨湖片区老旧小区改造项目有关事宜"),
    ("bo03", "瀑布沟库区消落带生态修复工程", "greening_project", "加快推进瀑布沟库区消落带生态修复工程"),
    ("bo04", "雅安经开区至荥经县快速通道", "infrastructure_project", "雅安经开区至荥经县快速通道项目前期工作"),
    ("bo04", "青衣江滨江片区安置房项目", "housing_project", "纳入青衣江滨江片区安置房项目统一安置"),
    ("bo05", "城厢镇老城区雨污分流改造工程", "infrastructure_project", "会议原则同意城厢镇老城区雨污分流改造工程实施方案"),
    ("bo05", "喇叭河景区游客中心改造项目", "project", "会议原则同意喇叭河景区游客中心改造项目纳入2023年县级重点项目"),
    ("bo06", "四会市玉器文化产业园升级改造项目", "project", "原则同意四会市玉器文化产业园升级改造项目实施方案"),
    ("bo06", "绥江东城段堤岸整治工程", "engineering_work", "二、关于绥江东城段堤岸整治工程"),
    ("bo07", "东城街道旧城改造片区城市更新项目", "project", "关于东城街道旧城改造片区城市更新项目推进情况的汇报"),
    ("bo07", "城中街道中心农贸市场升级改造项目", "project", "会议原则同意城中街道中心农贸市场升级改造项目方案"),
    ("bo09", "新能源汽车零部件产业园二期", "industrial_park", "会议原则同意新能源汽车零部件产业园二期建设方案"),
    ("bo09", "大旺大道提质改造工程", "infrastructure_project", "会议同意大旺大道提质改造工程纳入2024年区级重点项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bo01", "荥经县", "county", "in_project_name", "关于荥经县砂器文化产业园二期建设有关问题"),
    ("bo01", "严道街道", "sub_district_office", "in_project_name", "关于严道街道老旧小区改造项目资金有关问题"),
    ("bo01", "荥河", "river", "standalone", "各乡镇要紧盯荥河沿线地质灾害隐患点"),
    ("bo03", "汉源县", "county", "in_document_title", "审议《汉源县2024年花椒产业高质量发展工作方案》"),
    ("bo03", "九襄镇", "town", "in_project_name", "加快九襄镇花椒产业园二期建设"),
    ("bo03", "富林镇", "town", "in_project_name", "研究富林镇滨湖片区老旧小区改造项目有关事宜"),
    ("bo03", "大渡河", "river", "standalone", "听取大渡河瀑布沟库区消落带综合治理情况汇报"),
    ("bo03", "瀑布沟", "reservoir", "standalone", "听取大渡河瀑布沟库区消落带综合治理情况汇报"),
    ("bo04", "雅安经开区", "development_zone", "standalone", "雅安经开区管委会、荥经县人民政府分别负责辖区段征地拆迁"),
    ("bo04", "荥经县", "county", "in_project_name", "雅安经开区至荥经县快速通道项目前期工作"),
    ("bo04", "雨城区", "district", "standalone", "由雨城区政府牵头"),
    ("bo04", "东城街道", "sub_district_office", "standalone", "雨城区东城街道涉及的拆迁户安置"),
    ("bo04", "青衣江", "river", "in_project_name", "纳入青衣江滨江片区安置房项目统一安置"),
    ("bo05", "城厢镇", "town", "standalone", "专题研究城厢镇城市更新和喇叭河景区提升工作"),
    ("bo05", "喇叭河景区", "scenic_area", "standalone", "专题研究城厢镇城市更新和喇叭河景区提升工作"),
    ("bo06", "四会市", "county_level_city", "in_project_name", "原则同意四会市玉器文化产业园升级改造项目实施方案"),
    ("bo06", "东城街道", "sub_district_office", "in_org_reference", "东城街道办事处、市自然资源局配合"),
    ("bo06", "绥江", "river", "in_project_name", "二、关于绥江东城段堤岸整治工程"),
    ("bo07", "东城街道", "sub_district_office", "standalone", "专题研究东城街道城市更新和城中街道农贸市场改造工作"),
    ("bo07", "城中街道", "sub_district_office", "standalone", "专题研究东城街道城市更新和城中街道农贸市场改造工作"),
    ("bo07", "贞山路", "road", "standalone", "一期以贞山路沿线为重点"),
    ("bo08", "德城街道", "sub_district_office", "standalone", "各镇人民政府、德城街道办事处，县直有关单位"),
    ("bo08", "西江", "river", "standalone", "通报西江德庆段及各中小河流防汛准备情况"),
    ("bo08", "德庆", "county", "standalone", "通报西江德庆段及各中小河流防汛准备情况"),
    ("bo09", "肇庆高新区", "development_zone", "in_org_reference", "肇庆高新区管委会主任办公会议纪要"),
    ("bo09", "大旺大道", "road", "in_project_name", "会议同意大旺大道提质改造工程纳入2024年区级重点项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bo", conventions="set bo (blind set: meeting minutes and notices of 四川 雅安 (荥经县 twice, 汉源县, 天全县, the 市政府 with 雅安经开区 and 雨城区) and 广东 肇庆 (四会市 twice, 德庆县, 肇庆高新区): 常务会议纪要 / 专题会议纪要 / 县长 and 市长办公会议纪要 / 管委会主任办公会议纪要 with 主持 / 出席 / 请假 / 列席 / 记录 blocks (bare-name 出席 and 请假 lines make no post; a titled 请假 is a holding but not an attendee; 列席 are attendees; 记录 is a reporters line, label 记录, role author), and 会议通知 (参会人员 and 会议议程 names are holdings at the 落款 date; the planned meeting is not an event; 联系人 not annotated))",
          persons_note="Set bo persons. id = corpus-wide person_id (bo:甘启航#1 of 天全县 (四川) and bo:甘启航#2 of 德庆县 (广东) are two people; bo:蒲云舟 moves 荥经县副县长 2021 → 荥经县委常委、常务副县长 2022–2023 → 汉源县委副书记、县长 2024; bo:麦浩然 moves 四会市东城街道党工委书记 2022 → 四会市副市长 2023 → 肇庆高新区管委会副主任 2024)")


if __name__ == "__main__":
    main()
