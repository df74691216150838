"""Write gold part ``ga`` (a blind set: township and street pages, 乡镇 / 街道, with two real towns named 溪口镇 in
different counties) from the tables below.

Pages ``tests/dev/texts/ga*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: town 人民代表大会 reports (a 高阳 西演镇 page ``选举了政府镇长、
人大主席各一名``, ``非镇人大代表的党政班子成员和村支部书记列席``; a 宣州 文昌镇 page with a 区委常委 ``到会并讲话``; an 安化
滔溪镇 page ``选举滔溪镇人民政府镇长1名、镇人大主席1名``, ``镇党委书记…代表镇党委``; a 三和镇 page of a 补选 with the new
镇长's 宪法宣誓 and 表态发言; a 滕州 洪绪镇 page on the county site's ``bsdt/xzjd`` (乡镇街道) column with the 镇党委书记
chairing the 主席团会议; a 牛镇镇 page ending ``（责任编辑：…）``), county leaders in towns (a 罗山 莽张镇 page: the 县委书记 at
three villages, ``村支部书记介绍``, ``县委常委、县委办主任…、莽张镇镇长…陪同``; a 莆田 秀屿 东峤镇 page: 区委书记 调研 with a
座谈会; a 远安 花林寺镇 page ``县委常委、县委统战部部长…与花林寺镇党委书记…揭牌``, ``记者：… 通讯员：… 编辑：… 审核：…
终审：…``; a 东平 戴庙镇 第一书记 对接会 ``会议由镇党委组织委员…主持``, ``镇党委副书记、镇长…讲意见``), town and village
pieces (a 杭锦后旗 蒙海镇 page ``来源：杭锦后旗人民政府 作者：… 责任编辑：… 字号：T|T``; an 武进 阳湖网 page on a 前黄镇
丁舍村党总支书记; a 镇党委书记 率队 到村 page ``镇党委书记…，镇党委委员…一行``), street pages (a 钟楼区 ``您当前的位置:首页>>
新闻中心>>基层信息>>南大街街道>>内容``, ``副区长…、区民政局局长…、南大街街道党工委书记…陪同视察``; a 宣化区 天泰寺街街道 page
``街道党工委书记…、办事处主任…等班子成员…汇报``, ``听取了社区书记…``; a 南京 朝天宫街道 ``街道人大工委主任…``; a 卫东区
观摩 page ``来源: 发布时间:2020-04-11 浏览量:``), and gazetteer pages on 龙游县 (its 2 街道, 镇 and 乡: 龙洲街道, 东华街道,
溪口镇, 模环乡 …; 溪口村 on the 灵山江) and on 奉化 溪口镇 (villages, 雪窦山). Places are real: 浙江 宁波 奉化区 (溪口镇 with
岩头村, 剡溪, 雪窦山, 武岭路; 岳林街道, 锦屏街道) and 浙江 衢州 龙游县 (溪口镇 with 溪口村, 溪口老街, 灵山江; 模环乡; 龙洲街道
with 驿前, 西门片区, the 衢江). Village names are real ones read on the pages (岩头村, 溪口村).

Shapes: a district site's 镇街动态 > 溪口镇 page of the 区委书记's 调研 with the town's 书记 and 镇长 (``镇党委副书记、镇长江晓帆``:
镇长 + 江晓帆 reads 长江) and a village's ``村党支部书记、村委会主任`` (ga01); the town's own column on the district site
(``首页 > 镇街信息 > 溪口镇 > 工作动态``) with the 党政联席会议 and the full list of town leaders (ga02); the 宁波日报 第A2版
(``昨日`` in the dateline) of a 副市长's 调研, with the former town secretary now 副区长 and the former 镇长 now a street's
secretary (ga03); a 街道 page of the 区长's 调研 with the 街道党工委书记, the 办事处主任, a 区 department head and an unnamed
``社区书记`` (ga04); a county site's 乡镇动态 page of the 县长's 调研 in the other 溪口镇 (ga05); a 乡's column with a 县委常委's
督导 (乡党委书记, 乡长, 副乡长) (ga06); the 衢州日报 第02版 of a 副市长's 调研 with the former town secretary now 副县长 (ga07); a
county site's 领导活动 page of the 县委书记 in a 街道 (ga08); the town's 人民代表大会 electing a new 镇长 (补选), with a 区人大常委会
副主任 到会指导 (ga09); a county 融媒体 portal (龙游新闻网讯) of the town's 推进会 with a village secretary and a company's 总经理
(ga10). Chrome: site lines, navigation, stamp lines, 字号 / 打印 / 关闭, 相关文章 / 相关链接 / 上一篇 / 下一篇 lists naming other
towns and streets, mastheads, 版 lines, footers with 备案号.

Identity cases:
- two real towns named 溪口镇: 奉化区 (宁波, ga01, ga02, ga03, ga09) and 龙游县 (衢州, ga05, ga07, ga10); ``溪口镇党委书记`` is
  奉化's 邬建伟 / 应雪芬 and 龙游's 劳建新 / 徐晓婷; in the two city papers (ga03, ga07) the bare 溪口镇 is the county's the
  article visits. Orgs: 奉化区溪口镇党委 / 龙游县溪口镇党委 (one organ name, two places). Bare ``区委`` / ``区农业农村局`` are
  奉化区's, ``县委`` / ``县农业农村局`` 龙游县's.
- town officials promoted to a county-level post: ga:邬建伟 奉化区溪口镇党委书记 (ga01 Apr 2022, ga02 Feb 2023) → 奉化区副区长
  (ga03 May 2024); ga:劳建新 龙游县溪口镇党委书记 (ga05 Nov 2021, ga10 June 2023) → 龙游县副县长 (ga07 Mar 2024, ga08 Feb 2025).
- moves between towns and streets: ga:江晓帆 溪口镇党委副书记、镇长 (ga01, ga02) → 锦屏街道党工委书记 (ga03, 2024); ga:应雪芬
  岳林街道党工委副书记、办事处主任 (ga04, Sept 2021) → 溪口镇党委书记 (ga03 2024, ga09 2025); ga:徐晓婷 龙游 溪口镇党委副书记、
  镇长 (ga05, ga10) → 镇党委书记 (ga07, 2024); ga:王博文 溪口镇党委副书记 (ga02, 2023) → 溪口镇镇长 elected (ga09, 2025).
- the same officials on two pages: ga:蒋安平 (奉化区委副书记、区长, 2021 and 2024), ga:孙美娟 (溪口镇人大主席, 2023 and 2025),
  ga:祝国栋 (龙游县农业农村局局长, 2021 and 2023), ga:傅金水 (溪口村党支部书记、村委会主任, 2021 and 2023).
- two different 毛志刚 (毛 is a common surname in both places): ga:毛志刚#1 is 奉化区溪口镇 党委委员、副镇长 (宁波, ga02, 2023);
  ga:毛志刚#2 is 龙游县模环乡 党委委员、副乡长 (衢州, ga06, 2022).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts aa, aq, ba and bz where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (奉化区溪口镇党委 书记, 奉化区溪口镇政府 镇长 / 副镇长, 奉化区溪口镇人大
  主席, 奉化区溪口镇纪委 书记); ``镇党委副书记、镇长`` → …镇党委 副书记 + …镇政府 镇长; ``镇党委委员、副镇长`` → …镇党委 委员 +
  …镇政府 副镇长. A 乡 the same way: ``乡党委副书记、乡长`` → 龙游县模环乡党委 副书记 + 龙游县模环乡政府 乡长; ``乡党委委员、副乡长``
  → …乡党委 委员 + …乡政府 副乡长. A street: 党工委 / 办事处 (奉化区岳林街道党工委 书记, 奉化区岳林街道办事处 主任). 奉化区 and
  龙游县 are unique names: no city prefix.
- Village posts of a named village: town label + village + 党支部 / 村委会 (奉化区溪口镇岩头村党支部 书记 + 奉化区溪口镇岩头村委会
  主任); ``村党支部书记`` after ``在岩头村，`` is that village's. The unnamed ``社区书记`` (ga04) is no post (CONVENTIONS).
- Bare organs take the page's place: on the 奉化区 site 区委 / 区 departments / 区人大常委会 = 奉化区's and 镇 = the 溪口镇 the page
  is about; on the 龙游县 site and the 龙游新闻网 县 / 县委 = 龙游县's, 乡 = 模环乡, 街道 = 龙洲街道. ``区住建局局长`` → 奉化区住建局
  局长 (the department as written). In the city papers ``副市长`` is the paper's city's (宁波市政府, 衢州市政府); ``副区长邬建伟`` after
  ``奉化区委副书记、区长`` is 奉化区's; ``在锦屏街道，街道党工委书记江晓帆`` → 奉化区锦屏街道党工委 书记.
- DECIDED HERE (two towns of one name): the town's county is never dropped from its org, even where the page (a town column,
  a city paper) writes only ``溪口镇`` or ``镇``: the county is the one of the site (奉化区 / 龙游县) or the one the city paper's
  leader visits (``到奉化区调研`` → 奉化区溪口镇; ``到龙游县调研`` → 龙游县溪口镇).
- Elections are holdings (as part aa): ``补选王博文为溪口镇人民政府镇长`` → 奉化区溪口镇政府 镇长 (ga09); the session's chair is
  the 镇人大主席 (his post a line of its own); the new 镇长 is attendee (宪法宣誓) and speaker (表态发言); the 区人大常委会副主任
  到会指导 is attendee and speaker (as aa).
- DECIDED HERE: ``运营团队负责人、龙游竹溪文旅公司总经理方国庆`` (ga10) is no post (a company role, CONVENTIONS); he is in
  persons.json with type ``business`` and is a speaker of the 推进会.
- Events: each 调研 / 督导 is an ``inspection`` (leader; 参加调研 / 陪同 attendees; 介绍 / 汇报 / 补充发言 / 指出 / 强调 / 要求 /
  表示 / 肯定 speakers); the 座谈会 inside the ga01 and ga05 调研 is part of the inspection (as part ba). The 党政联席会议, the 推进会
  and the 人民代表大会 session are meetings (chair when 主持; 参加 / 出席 / 到会 attendees; 列席 groups not named).
- DECIDED HERE: ``昨日`` in the 宁波日报 dateline (ga03) is the event's date_text; date_inferred is the edition's date minus
  one day (2024-05-21).
- Projects: works named as under way or to be pushed: a 防洪能力提升工程 (and its 二期 / 三期, each a line on its page) and a 综合
  治理工程 of a river ``engineering_work``; a 游客集散中心改造工程 ``infrastructure_project``; 古村保护利用项目 (and its 二期 / 三期), a
  街区风貌提升工程, a 历史文化街区保护提升工程, 老街有机更新项目 (and its 一期), a 共富工坊, a 产业示范基地 ``project``; a 小区综合改造
  工程, a 老城区有机更新项目, a 城中村改造项目 ``housing_project``; a 污水管网提升工程 ``infrastructure_project``; the ``千万工程``
  ``program`` (as part ad's 百千万工程). Facilities only visited (雪窦山游客服务中心, 街道综合指挥中心, 社会治理中心) and campaigns
  (我为群众办实事, 网格连心, 民生实事项目票决制) are not projects.
- Places: one line per name per file, as written; towns, 乡, streets, villages, rivers, a mountain, old-town areas; the
  bare short names ``溪口``, ``奉化``, ``龙游`` where the body writes them; DECIDED HERE: ``岩头古村`` (the village 岩头村 as the
  pages name its old core) is a line of kind ``village``; ``溪口老街`` and ``驿前街区`` are ``area``; ``模环乡村故事`` (模环 +
  乡村) gives no extra line. Places inside org references and project names count; company names (龙游竹溪文旅公司), site
  lines, mastheads, 来源 lines, the 龙游新闻网讯 dateline, related-article lists and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

FH, LY = "奉化区", "龙游县"
FX, LX = "奉化区溪口镇", "龙游县溪口镇"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ga01_fenghua.txt": (2022, "发布时间：2022-04-13 16:22", FX, [
        ("严正峰到溪口镇调研乡村振兴和防汛备汛工作", "4月12日", "2022-04-12", "4月12日，区委书记严正峰",
         "district site 镇街动态: the 区委书记's 调研 in 溪口镇 (奉化) with the town's 书记 / 镇长 and the 岩头村 secretary; 座谈会 inside")]),
    "ga02_fenghua.txt": (2023, "发布日期：2023-02-22", FX, [
        ("溪口镇召开党政联席会议部署春季重点工作", "2月21日下午", "2023-02-21", "2月21日下午，溪口镇召开",
         "town column on the district site: 党政联席会议 chaired by the 镇党委书记; 镇长, 人大主席, 副书记, 纪委书记, 党委委员、副镇长 (毛志刚#1)")]),
    "ga03_ningbo.txt": (2024, "2024年05月22日", FH, [
        ("庞文涛在奉化调研全域旅游和城乡融合发展工作", "昨日", "2024-05-21", "本报讯（记者 吕佳宁 通讯员 竺宏伟）昨日",
         "宁波日报 第A2版: the 副市长's 调研 in 奉化区; 邬建伟 now 副区长, 应雪芬 now 溪口镇党委书记, 江晓帆 now 锦屏街道党工委书记")]),
    "ga04_fenghua.txt": (2021, "发布时间：2021-09-16 09:40", "奉化区岳林街道", [
        ("蒋安平到岳林街道调研老旧小区改造和基层治理工作", "9月15日", "2021-09-15", "9月15日，区委副书记",
         "district site 镇街动态: the 区长's 调研 in 岳林街道 with the 街道党工委书记, the 办事处主任 (应雪芬) and the 区住建局局长")]),
    "ga05_longyou.txt": (2021, "发布时间：2021-11-18 10:35", LX, [
        ("叶志坚到溪口镇调研共同富裕和重点项目建设工作", "11月17日", "2021-11-17", "11月17日，县委副书记",
         "county site 乡镇动态: the 县长's 调研 in 溪口镇 (龙游) with the town's 书记 / 镇长 and the 溪口村 secretary; 座谈 inside")]),
    "ga06_longyou.txt": (2022, "发布日期：2022-07-07 17:12", "龙游县模环乡", [
        ("邵文华到模环乡督导防汛和乡村振兴工作", "7月6日", "2022-07-06", "7月6日，县委常委",
         "乡 column on the county site: a 县委常委、宣传部部长's 督导 with the 乡党委书记, 乡长 and 副乡长 (毛志刚#2)")]),
    "ga07_quzhou.txt": (2024, "2024年3月29日", LY, [
        ("郑一舟在龙游调研乡村运营工作", "3月28日", "2024-03-28", "本报讯（记者 姜若琳 通讯员 刘颖慧）3月28日",
         "衢州日报 第02版: the 副市长's 调研 in 龙游县; 劳建新 now 副县长, 徐晓婷 now 溪口镇党委书记, a new 镇长")]),
    "ga08_longyou.txt": (2025, "发布时间：2025-02-19 16:08", "龙游县龙洲街道", [
        ("周振华到龙洲街道调研城市更新和基层治理工作", "2月18日", "2025-02-18", "2月18日，县委书记",
         "county site 领导活动: the 县委书记's 调研 in 龙洲街道 with 副县长 劳建新, the 街道党工委书记 and the 办事处主任")]),
    "ga09_fenghua.txt": (2025, "发布时间：2025-01-10 15:30", FX, [
        ("溪口镇第十八届人民代表大会第五次会议胜利召开", "1月9日", "2025-01-09", "1月9日，溪口镇第十八届",
         "district site 镇街动态: the town's 人民代表大会 补选 王博文 as 镇长; 镇人大主席 主持; 区人大常委会副主任 到会指导; 镇党委书记 讲话")]),
    "ga10_longyou.txt": (2023, "2023-06-21 08:47:16", LX, [
        ("溪口镇召开乡村运营工作推进会", "6月20日", "2023-06-20", "龙游新闻网讯（记者 雷雨晴）6月20日",
         "county 融媒体 portal: the town's 推进会 chaired by the 镇党委书记; 镇长, the 溪口村 secretary, a company 总经理 (no post)")]),
}

_G01J = "镇党委副书记、镇长江晓帆陪同"
_G01M = "在岩头村，村党支部书记、村委会主任毛永达"
_G05F = "在溪口村，村党支部书记、村委会主任傅金水"
_G10F = "溪口村党支部书记、村委会主任傅金水"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 宁波 奉化区
    "ga:严正峰": ("严正峰", "official", FH, [
        ("ga01", f"{FH}委", "书记", "区委书记严正峰到溪口镇调研", "bare 区委 on the 奉化区 site; named in the headline too")], []),
    "ga:胡雅茹": ("胡雅茹", "official", FH, [
        ("ga01", f"{FH}委", "常委", "区委常委、副区长胡雅茹", None),
        ("ga01", f"{FH}政府", "副区长", "区委常委、副区长胡雅茹", None)], []),
    "ga:竺海明": ("竺海明", "official", FH, [
        ("ga01", f"{FH}农业农村局", "局长", "区农业农村局局长竺海明", "bare 区 = 奉化区; 龙游's is 县农业农村局 (ga05, ga10)")], []),
    "ga:邬建伟": ("邬建伟", "official", FH, [
        ("ga01", f"{FX}党委", "书记", "溪口镇党委书记邬建伟", "2022-04 (identity case: 奉化区副区长 in 2024, ga03); 溪口镇 of 奉化区, not of 龙游县"),
        ("ga02", f"{FX}党委", "书记", "镇党委书记邬建伟主持会议", "2023-02: the town's own column"),
        ("ga03", f"{FH}政府", "副区长", "副区长邬建伟陪同", "2024-05: promoted to the district (bare 副区长 after 奉化区委副书记、区长)")], []),
    "ga:江晓帆": ("江晓帆", "official", FH, [
        ("ga01", f"{FX}党委", "副书记", _G01J, "2022-04; ``镇长江晓帆`` (not 长江)"),
        ("ga01", f"{FX}政府", "镇长", _G01J, None),
        ("ga02", f"{FX}党委", "副书记", "镇党委副书记、镇长江晓帆", "2023-02"),
        ("ga02", f"{FX}政府", "镇长", "镇党委副书记、镇长江晓帆", None),
        ("ga03", f"{FH}锦屏街道党工委", "书记", "街道党工委书记江晓帆介绍了", "2024-05: now 锦屏街道's secretary (``在锦屏街道，街道党工委书记``)")], []),
    "ga:毛永达": ("毛永达", "official", FX, [
        ("ga01", f"{FX}岩头村党支部", "书记", _G01M, "village post of a named village"),
        ("ga01", f"{FX}岩头村委会", "主任", _G01M, None)], []),
    "ga:孙美娟": ("孙美娟", "official", FX, [
        ("ga02", f"{FX}人大", "主席", "镇人大主席孙美娟", "2023-02"),
        ("ga09", f"{FX}人大", "主席", "大会由镇人大主席孙美娟主持", "2025-01")], []),
    "ga:王博文": ("王博文", "official", FX, [
        ("ga02", f"{FX}党委", "副书记", "镇党委副书记王博文", "2023-02 (identity case: 镇长 in 2025, ga09)"),
        ("ga09", f"{FX}政府", "镇长", "会议依法补选王博文为溪口镇人民政府镇长", "2025-01: elected (补选) 镇长")], []),
    "ga:陈启鸣": ("陈启鸣", "official", FX, [
        ("ga02", f"{FX}纪委", "书记", "镇纪委书记陈启鸣", None)], []),
    "ga:毛志刚#1": ("毛志刚", "official", FX, [
        ("ga02", f"{FX}党委", "委员", "镇党委委员、副镇长毛志刚", "宁波 奉化区溪口镇 (2023); not the 毛志刚 of 龙游县模环乡 (ga06)"),
        ("ga02", f"{FX}政府", "副镇长", "镇党委委员、副镇长毛志刚", None)], []),
    "ga:庞文涛": ("庞文涛", "official", "宁波市", [
        ("ga03", "宁波市政府", "副市长", "副市长庞文涛到奉化区调研", "bare 副市长 in the 宁波日报; named in the headline too")], []),
    "ga:蒋安平": ("蒋安平", "official", FH, [
        ("ga03", f"{FH}委", "副书记", "奉化区委副书记、区长蒋安平", "2024-05"),
        ("ga03", f"{FH}政府", "区长", "奉化区委副书记、区长蒋安平", None),
        ("ga04", f"{FH}委", "副书记", "区委副书记、区长蒋安平到岳林街道调研", "2021-09: the same posts; named in the headline too"),
        ("ga04", f"{FH}政府", "区长", "区委副书记、区长蒋安平到岳林街道调研", None)], []),
    "ga:应雪芬": ("应雪芬", "official", FH, [
        ("ga03", f"{FX}党委", "书记", "镇党委书记应雪芬汇报了", "2024-05: ``在溪口镇，镇党委书记`` in the 宁波日报 = 奉化区's 溪口镇 (DECIDED HERE)"),
        ("ga04", f"{FH}岳林街道党工委", "副书记", "街道党工委副书记、办事处主任应雪芬", "2021-09 (identity case: 溪口镇党委书记 in 2024, ga03)"),
        ("ga04", f"{FH}岳林街道办事处", "主任", "街道党工委副书记、办事处主任应雪芬", None),
        ("ga09", f"{FX}党委", "书记", "镇党委书记应雪芬在讲话中指出", "2025-01")], []),
    "ga:舒建国": ("舒建国", "official", FH, [
        ("ga04", f"{FH}岳林街道党工委", "书记", "岳林街道党工委书记舒建国", None)], []),
    "ga:张晨阳": ("张晨阳", "official", FH, [
        ("ga04", f"{FH}住建局", "局长", "区住建局局长张晨阳", "department as written (住建局)")], []),
    "ga:竺林海": ("竺林海", "official", FH, [
        ("ga09", f"{FH}人大常委会", "副主任", "区人大常委会副主任竺林海到会指导", None)], []),
    # ---- 衢州 龙游县
    "ga:叶志坚": ("叶志坚", "official", LY, [
        ("ga05", f"{LY}委", "副书记", "县委副书记、县长叶志坚到溪口镇调研", "bare 县委 on the 龙游县 site; named in the headline too"),
        ("ga05", f"{LY}政府", "县长", "县委副书记、县长叶志坚到溪口镇调研", None)], []),
    "ga:祝国栋": ("祝国栋", "official", LY, [
        ("ga05", f"{LY}农业农村局", "局长", "县农业农村局局长祝国栋参加调研", "2021-11"),
        ("ga10", f"{LY}农业农村局", "局长", "县农业农村局局长祝国栋出席会议", "2023-06")], []),
    "ga:劳建新": ("劳建新", "official", LY, [
        ("ga05", f"{LX}党委", "书记", "溪口镇党委书记劳建新", "2021-11; 溪口镇 of 龙游县, not of 奉化区 (identity case: 副县长 in 2024)"),
        ("ga10", f"{LX}党委", "书记", "镇党委书记劳建新主持会议并讲话", "2023-06"),
        ("ga07", f"{LY}政府", "副县长", "龙游县副县长劳建新陪同", "2024-03: promoted to the county"),
        ("ga08", f"{LY}政府", "副县长", "副县长劳建新陪同", "2025-02")], []),
    "ga:徐晓婷": ("徐晓婷", "official", LX, [
        ("ga05", f"{LX}党委", "副书记", "镇党委副书记、镇长徐晓婷陪同", "2021-11"),
        ("ga05", f"{LX}政府", "镇长", "镇党委副书记、镇长徐晓婷陪同", None),
        ("ga10", f"{LX}党委", "副书记", "镇党委副书记、镇长徐晓婷通报了", "2023-06"),
        ("ga10", f"{LX}政府", "镇长", "镇党委副书记、镇长徐晓婷通报了", None),
        ("ga07", f"{LX}党委", "书记", "镇党委书记徐晓婷介绍了", "2024-03: now the town's secretary (``在溪口镇，`` in the 衢州日报 = 龙游县's)")], []),
    "ga:傅金水": ("傅金水", "official", LX, [
        ("ga05", f"{LX}溪口村党支部", "书记", _G05F, "2021-11; village post of a named village"),
        ("ga05", f"{LX}溪口村委会", "主任", _G05F, None),
        ("ga10", f"{LX}溪口村党支部", "书记", _G10F, "2023-06"),
        ("ga10", f"{LX}溪口村委会", "主任", _G10F, None)], []),
    "ga:邵文华": ("邵文华", "official", LY, [
        ("ga06", f"{LY}委", "常委", "县委常委、宣传部部长邵文华到模环乡督导", "named in the headline too"),
        ("ga06", f"{LY}委宣传部", "部长", "县委常委、宣传部部长邵文华到模环乡督导", "宣传部 after 县委常委 = the 县委's")], []),
    "ga:吴宏亮": ("吴宏亮", "official", "龙游县模环乡", [
        ("ga06", f"{LY}模环乡党委", "书记", "乡党委书记吴宏亮", "bare 乡 on the 模环乡 column")], []),
    "ga:余佳琪": ("余佳琪", "official", "龙游县模环乡", [
        ("ga06", f"{LY}模环乡党委", "副书记", "乡党委副书记、乡长余佳琪", None),
        ("ga06", f"{LY}模环乡政府", "乡长", "乡党委副书记、乡长余佳琪", None)], []),
    "ga:毛志刚#2": ("毛志刚", "official", "龙游县模环乡", [
        ("ga06", f"{LY}模环乡党委", "委员", "乡党委委员、副乡长毛志刚陪同", "衢州 龙游县模环乡 (2022); not the 毛志刚 of 奉化区溪口镇 (ga02)"),
        ("ga06", f"{LY}模环乡政府", "副乡长", "乡党委委员、副乡长毛志刚陪同", None)], []),
    "ga:郑一舟": ("郑一舟", "official", "衢州市", [
        ("ga07", "衢州市政府", "副市长", "副市长郑一舟到龙游县调研", "bare 副市长 in the 衢州日报; named in the headline too")], []),
    "ga:汪海澄": ("汪海澄", "official", LX, [
        ("ga07", f"{LX}党委", "副书记", "镇党委副书记、镇长汪海澄汇报了", "succeeds 徐晓婷 as 镇长"),
        ("ga07", f"{LX}政府", "镇长", "镇党委副书记、镇长汪海澄汇报了", None)], []),
    "ga:周振华": ("周振华", "official", LY, [
        ("ga08", f"{LY}委", "书记", "县委书记周振华到龙洲街道调研", "named in the headline too")], []),
    "ga:童卫民": ("童卫民", "official", "龙游县龙洲街道", [
        ("ga08", f"{LY}龙洲街道党工委", "书记", "龙洲街道党工委书记童卫民", None)], []),
    "ga:杨思齐": ("杨思齐", "official", "龙游县龙洲街道", [
        ("ga08", f"{LY}龙洲街道党工委", "副书记", "街道党工委副书记、办事处主任杨思齐参加调研", "bare 街道 after 龙洲街道党工委书记"),
        ("ga08", f"{LY}龙洲街道办事处", "主任", "街道党工委副书记、办事处主任杨思齐参加调研", None)], []),
    "ga:方国庆": ("方国庆", "business", "龙游县溪口镇", [], ["ga10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ga01", "林晓蓓", "责任编辑", "editor", "责任编辑：林晓蓓"),
    ("ga02", "鲍春来", "编辑", "editor", "编辑：鲍春来"),
    ("ga02", "钱慧芳", "审核", "editor", "审核：钱慧芳"),
    ("ga03", "吕佳宁", "记者", "reporter", "本报讯（记者 吕佳宁 通讯员 竺宏伟）"),
    ("ga03", "竺宏伟", "通讯员", "correspondent", "本报讯（记者 吕佳宁 通讯员 竺宏伟）"),
    ("ga03", "沈梦琪", "责任编辑", "editor", "（责任编辑：沈梦琪）"),
    ("ga04", "王一诺", "责任编辑", "editor", "责任编辑：王一诺"),
    ("ga05", "郑丹丹", "责任编辑", "editor", "责任编辑：郑丹丹"),
    ("ga06", "郑丹丹", "责任编辑", "editor", "责任编辑：郑丹丹"),
    ("ga07", "姜若琳", "记者", "reporter", "本报讯（记者 姜若琳 通讯员 刘颖慧）"),
    ("ga07", "刘颖慧", "通讯员", "correspondent", "本报讯（记者 姜若琳 通讯员 刘颖慧）"),
    ("ga07", "项海军", "责任编辑", "editor", "责任编辑：项海军"),
    ("ga08", "叶秋萍", "责任编辑", "editor", "责任编辑：叶秋萍"),
    ("ga09", "何佳玲", "责任编辑", "editor", "责任编辑：何佳玲"),
    ("ga10", "雷雨晴", "记者", "reporter", "龙游新闻网讯（记者 雷雨晴）"),
    ("ga10", "廖思琪", "编辑", "editor", "编辑：廖思琪"),
    ("ga10", "周丽君", "审核", "editor", "审核：周丽君"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ga01", "溪口镇乡村振兴和防汛备汛工作调研", "inspection (调研)", "4月12日", None, "严正峰", [],
     ["胡雅茹", "竺海明", "邬建伟", "江晓帆"], ["毛永达", "江晓帆", "邬建伟", "竺海明", "严正峰", "胡雅茹"], "溪口镇",
     "4月12日，区委书记严正峰到溪口镇调研乡村振兴和防汛备汛工作",
     ["区委书记严正峰到溪口镇调研", "区农业农村局局长竺海明参加调研", "区委常委、副区长胡雅茹", "镇党委副书记、镇长江晓帆陪同",
      "毛永达介绍了", "江晓帆汇报了", "邬建伟汇报了", "竺海明就全镇高标准农田建设", "严正峰指出", "胡雅茹要求"]),
    ("ga02", "溪口镇党政联席会议", "meeting (党政联席会议)", "2月21日下午", "邬建伟", None, ["溪口镇"],
     ["江晓帆", "孙美娟", "王博文", "陈启鸣", "毛志刚"], ["江晓帆", "毛志刚", "王博文", "陈启鸣", "邬建伟", "孙美娟"], None,
     "2月21日下午，溪口镇召开党政联席会议",
     ["镇党委书记邬建伟主持会议", "镇党委委员、副镇长毛志刚参加会议", "江晓帆通报了", "毛志刚就二期工程征地协调", "王博文通报了",
      "陈启鸣通报了", "邬建伟强调", "孙美娟要求"]),
    ("ga03", "奉化区全域旅游和城乡融合发展工作调研", "inspection (调研)", "昨日", None, "庞文涛", [],
     ["蒋安平", "邬建伟"], ["应雪芬", "江晓帆", "邬建伟", "庞文涛", "蒋安平"], "奉化区",
     "副市长庞文涛到奉化区调研全域旅游和城乡融合发展工作",
     ["副市长庞文涛到奉化区调研", "奉化区委副书记、区长蒋安平，副区长邬建伟陪同", "应雪芬汇报了", "江晓帆介绍了", "邬建伟汇报了",
      "庞文涛指出", "蒋安平表示"]),
    ("ga04", "岳林街道老旧小区改造和基层治理工作调研", "inspection (调研)", "9月15日", None, "蒋安平", [],
     ["张晨阳", "舒建国", "应雪芬"], ["应雪芬", "张晨阳", "舒建国", "蒋安平"], "岳林街道",
     "9月15日，区委副书记、区长蒋安平到岳林街道调研老旧小区改造和基层治理工作",
     ["区长蒋安平到岳林街道调研", "区住建局局长张晨阳参加调研", "办事处主任应雪芬陪同", "应雪芬汇报了", "张晨阳介绍了", "舒建国表示",
      "蒋安平强调"]),
    ("ga05", "溪口镇共同富裕和重点项目建设工作调研", "inspection (调研)", "11月17日", None, "叶志坚", [],
     ["祝国栋", "劳建新", "徐晓婷"], ["傅金水", "徐晓婷", "劳建新", "祝国栋", "叶志坚"], "溪口镇",
     "11月17日，县委副书记、县长叶志坚到溪口镇调研共同富裕和重点项目建设工作",
     ["县长叶志坚到溪口镇调研", "县农业农村局局长祝国栋参加调研", "溪口镇党委书记劳建新", "镇长徐晓婷陪同", "傅金水介绍了",
      "徐晓婷汇报了", "劳建新汇报了", "祝国栋就竹林经营权流转", "叶志坚充分肯定了"]),
    ("ga06", "模环乡防汛和乡村振兴工作督导", "inspection (督导)", "7月6日", None, "邵文华", [],
     ["吴宏亮", "余佳琪", "毛志刚"], ["毛志刚", "余佳琪", "吴宏亮", "邵文华"], "模环乡",
     "7月6日，县委常委、宣传部部长邵文华到模环乡督导防汛工作和乡村振兴重点项目推进情况",
     ["宣传部部长邵文华到模环乡督导", "乡党委书记吴宏亮", "乡党委副书记、乡长余佳琪", "副乡长毛志刚陪同", "毛志刚汇报了",
      "余佳琪介绍了", "吴宏亮表示", "邵文华指出"]),
    ("ga07", "龙游县乡村运营和山区共同富裕工作调研", "inspection (调研)", "3月28日", None, "郑一舟", [],
     ["劳建新"], ["徐晓婷", "汪海澄", "劳建新", "郑一舟"], "龙游县",
     "3月28日，副市长郑一舟到龙游县调研乡村运营和山区共同富裕工作",
     ["副市长郑一舟到龙游县调研", "龙游县副县长劳建新陪同", "徐晓婷介绍了", "汪海澄汇报了", "劳建新汇报了", "郑一舟指出"]),
    ("ga08", "龙洲街道城市更新和基层治理工作调研", "inspection (调研)", "2月18日", None, "周振华", [],
     ["劳建新", "童卫民", "杨思齐"], ["杨思齐", "童卫民", "劳建新", "周振华"], "龙洲街道",
     "2月18日，县委书记周振华到龙洲街道调研城市更新和基层治理工作",
     ["县委书记周振华到龙洲街道调研", "副县长劳建新陪同", "办事处主任杨思齐参加调研", "龙洲街道党工委书记童卫民", "杨思齐汇报了",
      "童卫民介绍了", "劳建新就城中村改造资金平衡", "周振华强调"]),
    ("ga09", "溪口镇第十八届人民代表大会第五次会议", "meeting (镇人民代表大会)", "1月9日", "孙美娟", None, [],
     ["竺林海", "王博文"], ["王博文", "应雪芬", "竺林海"], "溪口镇政府大会议室",
     "1月9日，溪口镇第十八届人民代表大会第五次会议在镇政府大会议室召开",
     ["大会由镇人大主席孙美娟主持", "区人大常委会副主任竺林海到会指导", "新当选的镇长王博文进行了宪法宣誓，并作表态发言",
      "镇党委书记应雪芬在讲话中指出", "竺林海对溪口镇人大工作给予肯定"]),
    ("ga10", "溪口镇乡村运营工作推进会", "meeting (推进会)", "6月20日", "劳建新", None, ["溪口镇"],
     ["祝国栋"], ["徐晓婷", "傅金水", "方国庆", "祝国栋", "劳建新"], None,
     "6月20日，溪口镇召开乡村运营工作推进会",
     ["县农业农村局局长祝国栋出席会议", "镇党委书记劳建新主持会议并讲话", "镇长徐晓婷通报了", "傅金水作交流发言", "方国庆介绍了",
      "祝国栋指出", "劳建新强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ga01", "剡溪溪口段防洪能力提升工程", "engineering_work", "剡溪溪口段防洪能力提升工程现场"),
    ("ga01", "溪口镇游客集散中心改造工程", "infrastructure_project", "溪口镇游客集散中心改造工程工地"),
    ("ga01", "岩头古村保护利用项目", "project", "岩头古村保护利用项目“以房引商、以商养村”的做法"),
    ("ga01", "千万工程", "program", "“千万工程”推进情况"),
    ("ga02", "剡溪溪口段防洪能力提升工程二期", "engineering_work", "其中剡溪溪口段防洪能力提升工程二期已完成招标"),
    ("ga02", "武岭路街区风貌提升工程", "project", "武岭路街区风貌提升工程的施工组织"),
    ("ga03", "岩头古村保护利用项目二期", "project", "岩头古村保护利用项目二期的招商情况"),
    ("ga03", "锦屏街道老城区有机更新项目", "housing_project", "锦屏街道老城区有机更新项目现场"),
    ("ga04", "长汀小区综合改造工程", "housing_project", "先后来到长汀小区综合改造工程工地"),
    ("ga05", "溪口老街有机更新项目", "project", "溪口老街有机更新项目和灵山江溪口段综合治理工程现场"),
    ("ga05", "灵山江溪口段综合治理工程", "engineering_work", "溪口老街有机更新项目和灵山江溪口段综合治理工程现场"),
    ("ga05", "竹产业共富工坊", "project", "依托毛竹资源建设竹产业共富工坊"),
    ("ga06", "模环乡中心村污水管网提升工程", "infrastructure_project", "模环乡中心村污水管网提升工程和茶果产业示范基地"),
    ("ga06", "茶果产业示范基地", "project", "模环乡中心村污水管网提升工程和茶果产业示范基地"),
    ("ga07", "溪口村竹产业共富工坊", "project", "溪口村竹产业共富工坊和灵山江溪口段综合治理工程现场"),
    ("ga07", "灵山江溪口段综合治理工程", "engineering_work", "汪海澄汇报了灵山江溪口段综合治理工程收尾"),
    ("ga08", "西门片区城中村改造项目", "housing_project", "先后来到西门片区城中村改造项目"),
    ("ga08", "驿前历史文化街区保护提升工程", "project", "驿前历史文化街区保护提升工程和街道社会治理中心"),
    ("ga09", "岩头古村保护利用项目三期", "project", "确定了岩头古村保护利用项目三期"),
    ("ga09", "剡溪溪口段防洪能力提升工程三期", "engineering_work", "剡溪溪口段防洪能力提升工程三期等10个项目"),
    ("ga10", "溪口老街有机更新项目一期", "project", "通报了溪口老街有机更新项目一期运营情况"),
    ("ga10", "竹产业共富工坊", "project", "合作运营竹产业共富工坊的收益分配办法"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ga01", "溪口镇", "town", "standalone", "区委书记严正峰到溪口镇调研"),
    ("ga01", "岩头村", "village", "standalone", "先后来到岩头村"),
    ("ga01", "岩头古村", "village", "in_project_name", "岩头古村保护利用项目“以房引商、以商养村”的做法"),
    ("ga01", "剡溪", "river", "standalone", "在剡溪堤防工地"),
    ("ga01", "雪窦山", "scenic_area", "standalone", "雪窦山景区提升"),
    ("ga01", "奉化", "district", "standalone", "溪口镇是奉化全域旅游的龙头"),
    ("ga02", "溪口镇", "town", "standalone", "2月21日下午，溪口镇召开党政联席会议"),
    ("ga02", "剡溪", "river", "standalone", "剡溪堤防二期要在汛前完成清表和围堰施工"),
    ("ga02", "武岭路", "road", "in_project_name", "武岭路街区风貌提升工程的施工组织"),
    ("ga02", "溪口", "town", "standalone", "今年是溪口打造“文旅强镇”的关键一年"),
    ("ga03", "奉化区", "district", "standalone", "副市长庞文涛到奉化区调研"),
    ("ga03", "奉化", "district", "standalone", "奉化山水人文资源丰富"),
    ("ga03", "溪口镇", "town", "standalone", "先后来到溪口镇雪窦山游客服务中心"),
    ("ga03", "雪窦山", "scenic_area", "standalone", "以溪口—雪窦山景区为核心"),
    ("ga03", "溪口", "town", "standalone", "以溪口—雪窦山景区为核心"),
    ("ga03", "岩头古村", "village", "standalone", "岩头古村和锦屏街道老城区有机更新项目现场"),
    ("ga03", "锦屏街道", "sub_district_office", "standalone", "在锦屏街道，街道党工委书记江晓帆介绍了"),
    ("ga04", "岳林街道", "sub_district_office", "standalone", "区长蒋安平到岳林街道调研"),
    ("ga04", "长汀小区", "residential_compound", "in_project_name", "先后来到长汀小区综合改造工程工地"),
    ("ga05", "溪口镇", "town", "standalone", "县长叶志坚到溪口镇调研"),
    ("ga05", "溪口村", "village", "standalone", "先后来到溪口村"),
    ("ga05", "溪口老街", "area", "standalone", "在溪口老街，徐晓婷汇报了"),
    ("ga05", "灵山江", "river", "standalone", "老街文化和灵山江山水优势"),
    ("ga05", "溪口", "town", "standalone", "他指出，溪口是龙游南部山区的中心镇"),
    ("ga05", "龙游", "county", "standalone", "他指出，溪口是龙游南部山区的中心镇"),
    ("ga06", "模环乡", "township", "standalone", "宣传部部长邵文华到模环乡督导"),
    ("ga07", "龙游县", "county", "standalone", "副市长郑一舟到龙游县调研"),
    ("ga07", "溪口镇", "town", "standalone", "来到溪口镇溪口老街"),
    ("ga07", "溪口老街", "area", "standalone", "来到溪口镇溪口老街"),
    ("ga07", "溪口村", "village", "in_project_name", "溪口村竹产业共富工坊和灵山江溪口段综合治理工程现场"),
    ("ga07", "灵山江", "river", "standalone", "灵山江治理要兼顾防洪和景观"),
    ("ga07", "龙游", "county", "standalone", "龙游南部山区生态好"),
    ("ga08", "龙洲街道", "sub_district_office", "standalone", "县委书记周振华到龙洲街道调研"),
    ("ga08", "西门片区", "area", "standalone", "在西门片区，杨思齐汇报了"),
    ("ga08", "驿前街区", "area", "standalone", "在驿前街区，童卫民介绍了"),
    ("ga08", "衢江", "river", "standalone", "衢江沿岸景观带"),
    ("ga09", "溪口镇", "town", "standalone", "1月9日，溪口镇第十八届人民代表大会第五次会议"),
    ("ga09", "岩头古村", "village", "in_project_name", "确定了岩头古村保护利用项目三期"),
    ("ga09", "剡溪", "river", "in_project_name", "剡溪溪口段防洪能力提升工程三期等10个项目"),
    ("ga10", "溪口镇", "town", "standalone", "6月20日，溪口镇召开乡村运营工作推进会"),
    ("ga10", "溪口老街", "area", "in_project_name", "通报了溪口老街有机更新项目一期运营情况"),
    ("ga10", "溪口村", "village", "in_org_reference", "溪口村党支部书记、村委会主任傅金水"),
    ("ga10", "灵山江", "river", "standalone", "灵山江沿岸要串联形成精品旅游线路"),
    ("ga10", "溪口", "town", "standalone", "把溪口打造成龙游南部山区的文旅金名片"),
    ("ga10", "龙游", "county", "standalone", "把溪口打造成龙游南部山区的文旅金名片"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ga", conventions="set ga (blind set: township and street pages, 乡镇 / 街道, in 浙江: 宁波 奉化区 (溪口镇, 岳林街道, 锦屏街道) and 衢州 龙游县 (溪口镇, 模环乡, 龙洲街道); two real towns named 溪口镇 always labelled with their county (奉化区溪口镇…, 龙游县溪口镇…); town / 乡 posts: county + town + 党委 / 政府 / 人大 / 纪委; street posts: 党工委 / 办事处; village posts of a named village: town label + village + 党支部 / 村委会; elections (补选) are holdings; a company's 总经理 no post; one line per post per article)",
          persons_note="Set ga persons. id = corpus-wide person_id (ga:毛志刚#1 of 奉化区溪口镇 (宁波) and ga:毛志刚#2 of 龙游县模环乡 (衢州) are two people; ga:邬建伟 奉化区溪口镇党委书记 2022-23 → 奉化区副区长 2024; ga:劳建新 龙游县溪口镇党委书记 2021-23 → 龙游县副县长 2024-25; ga:江晓帆 溪口镇镇长 → 锦屏街道党工委书记 2024; ga:应雪芬 岳林街道办事处主任 2021 → 溪口镇党委书记 2024-25; ga:徐晓婷 龙游 溪口镇镇长 → 书记 2024; ga:王博文 溪口镇党委副书记 2023 → 镇长 2025; ga:方国庆 a company's 总经理, no post)")


if __name__ == "__main__":
    main()
