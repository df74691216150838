"""Write gold part ``hr`` (a blind, held-out-like mix, 29th round: ordinary local news from 湖北, 湖南, 江西, 广东, 福建 and
浙江 — county and district government sites, two portals and three text pastes from city-paper PDF editions; meetings,
inspections, projects and a visiting delegation) from the tables below.

Pages ``tests/dev/texts/hr*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 云上黄梅 items (``云上黄梅报道(全媒体记者:…)``,
``县委副书记、县长…督导重点项目建设``, ``县领导…参加``, ``编辑︱… 责任编辑︱… 监制︱…``); a 黄冈 item of the 市长's 调研 in 黄梅
(``县委书记…，县委副书记、县长…，县委常委、纪委书记…分别参加座谈会和调研``, a town's 火龙果基地); the 团风 and 浠水 cjyun items
(``市委副书记、市长…来我县调研督办重点项目建设。市政府秘书长…，县委副书记、县长…等参加``; a 麻城 党政代表团 ``来我县考察交流``
with ``…陪同考察``); the 华容县 site (``来源: 红网华容站日期:2020-07-10 16:00 字体: 【 浏览量:1``, ``华容融媒体中心讯(记者 …)``,
a 防汛会商会 with ``县委书记…，县人民政府县长候选人…，县委常委、县委办主任…，副县长…参加``); the 湘阴 site (``来源:湘阴县政府
2016-03-14 浏览量:1 | | | |``, ``县委常委、常务副县长…陪同``); the 岳阳网 临湘 pages (``岳陽網 >縣區 >臨湘市``, ``時間:… 來源:岳陽日報
全媒體采訪中心``, ``岳陽日報6月18日訊(通訊員 …)``, ``(編輯:…)``; a 考察 page with ``作者: 来源:临湘政府网 发布时间: 责任编辑:``
and ``相关阅读 / 最火资讯``); a 临湘 常务会议 item naming the ``临湘高新区``; the 瑞金网 page (``当前位置:首页 / 瑞金信息 / 要闻 /
正文``, ``转载 瑞金网-刘2020/06/09 09:07:46 发布 IP属地:未知 来源:瑞金报 作者:瑞金网 437067 阅读 0 评论 0 点赞``, ``微信扫一扫``);
the 玉山 site (``发布时间:2023-05-26 选择阅读字号:[ ]``, ``玉山高新区党工委书记…陪同``); 潮州日报 items (``(潮州日报全媒体记者 …)``,
``市委书记…，市委副书记、市长…``) and the 澎湃 report of 枫溪区 returned to 潮安区 as 枫溪镇 (Oct 2023); the 永春 site (``您当前的
位置:首页 > 走进永春 >…``, ``2024-04-24 15:14 阅读人数:1``) and a 永春 座谈会 item (``永春县人民政府副县长…主持``); the 平阳 pages
(``发布时间:2022-10-17 来源:平阳县地区管理员``, a 乐清 党政代表团 ``来我县开展山海协作交流活动``, ``代表团首先来到昆阳镇…还前往鳌江镇``;
the 温州 ``本网讯 (记者 …/文 …/摄 编辑 …)`` item); the 苍南新闻网 item (``来源:苍南县新闻网``); the 澧县 item (``责编:… 一审:…
二审:… 三审:…``). For the PDF pastes, the shapes of part hc (running heads at top and foot, column text broken mid-sentence,
headlines over two or three lines, ``图为…`` captions with ``记者 … 摄``, bracketed signatures). Places are real: 湖北 黄冈 (黄梅县
with 小池镇, 濯港镇 and the 小池滨江新区; 浠水县), 湖南 岳阳 (华容县, 临湘市 with 临湘高新区, 岳阳经开区), 江西 赣州 (瑞金市 with
瑞金经开区), 广东 潮州 (潮安区 with 彩塘镇, 金石镇, 枫溪镇, 凤凰镇; 饶平县 with 黄冈镇, 钱东镇), 福建 泉州 (永春县, 南安市), 浙江
温州 (平阳县, 苍南县).

Shapes: the 黄梅县 site (nav, 发布时间 / 来源 / 浏览次数 / 字号, 责任编辑, 打印 / 关闭, 相关信息, footer with 鄂ICP备 and 网站标识码)
of the 县长's 调研 of two towns, a 镇党委书记 and a 镇长 reporting (hr01); the 黄冈日报 第2版 pasted from its PDF (running head at
the top and at the foot with 责任编辑 / 版式, three-line headline, ``市\\n委副书记、市长`` broken, a photo caption with ``记者 … 摄``,
a second story of the 市人大常委会's 执法检查 in 浠水县 with a signature) — the former 县长 now 黄梅县委书记 (hr02); the 华容县 site in
the 岳阳 county style (``来源：… 日期：… 字体：【大 中 小】 浏览量：``, ``华容融媒体中心讯（记者 …）``, ``编辑：… 审核：…``, 上一篇 /
下一篇) of the 县委书记's 防汛检查 and the 调度会 after it (hr03); the 岳阳日报 page 03 pasted from its PDF (two stories: 临湘's
市长 — the former 华容 常务副县长 — 调研 in 临湘高新区 with bare ``高新区党工委书记`` / ``市委常委、常务副市长`` after ``临湘市委常委``;
``经开区召开…推进会`` with the bare 经开区's 党工委 / 管委会 = 岳阳经开区; editor in the foot running head) (hr04); the 瑞金网
portal (``转载 瑞金网-小编 … 发布 IP属地 来源 作者 阅读 评论 点赞``, ``（记者 …）`` at the end, ``分享到：微信扫一扫``, 相关推荐) of the
county-level city's 市委书记 调研 in the bare ``经开区`` (hr05); the 潮安区 site (``您的位置：首页 > 新闻动态 > 潮安要闻``) of the
区长's 调研 of two towns (hr06); the 潮州日报 A2 pasted from its PDF (the 市长's 调研 in 潮安区: the former 区长 now 区委书记, the
former 彩塘镇党委书记 now 区委常委、常务副区长; a short 饶平 story with 黄冈镇 / 黄冈河 — a 黄冈 that is not 湖北's; editor line
at the foot) (hr07); the 永春县 site (``阅读人数：``) of a 南安市 党政代表团's 考察交流 and the 座谈会 (hr08); the 平阳县 site
(``发布日期 / 信息来源 / 浏览次数``, ``字号：【大】【中】【小】``) of the 常务副县长's 调研 (hr09); the 苍南新闻网 portal (``来源 / 作者：
记者 … / 编辑 / 发布时间``, ``分享到``, 相关新闻) of the 县政府常务会议 chaired by the former 平阳 常务副县长, now 苍南 县长 (hr10).

Identity cases:
- hr:封立衡, a 县长 who becomes 县委书记 of the same county: 黄梅县委副书记、县长 in April 2022 (hr01) → 黄梅县委书记 in May 2024
  (hr02, the 黄冈日报).
- hr:谢远航 moves between two counties of 岳阳: 华容县委常委、常务副县长 in June 2021 (hr03) → 临湘市委副书记、市长 in Sept 2023
  (hr04).
- hr:蔡晓桐, a town secretary who rises in his district: 潮安区彩塘镇党委书记 in Aug 2022 (hr06) → 潮安区委常委、常务副区长 in July
  2024 (hr07).
- hr:许泽鸿: 潮安区委副书记、区长 in Aug 2022 (hr06) → 潮安区委书记 in July 2024 (hr07).
- hr:章立恒 moves between two counties of 温州: 平阳县委常委、常务副县长 in Sept 2021 (hr09) → 苍南县委副书记、县长 in April 2024
  (hr10).
- two different 游建邦 in unrelated places: hr:游建邦#1 is 华容县注滋口镇党委书记 (湖南, hr03, 2021); hr:游建邦#2 is 永春县 副县长
  (福建, hr08, 2023).
- one organ name of several places: bare ``经开区`` / ``经开区党工委书记`` / ``党工委副书记、管委会主任`` is 岳阳经开区's in the 岳阳日报
  (hr04) and 瑞金经开区's on the 瑞金网 (hr05); bare ``市委副书记、市长`` is 黄冈's in the 黄冈日报 (hr02), 潮州's in the 潮州日报
  (hr07), but 临湘's after ``临湘市`` in the 岳阳日报 (hr04), 瑞金's on the 瑞金网 (hr05) and 南安's after ``南安市委书记`` on the 永春
  site (hr08); bare ``县委副书记、县长`` is 黄梅's (hr01, hr02), 永春's (hr08) and 苍南's (hr10); bare ``区委副书记、区长`` is 潮安's
  (hr06, hr07). The place name 黄冈 is a 湖北 city (hr02) and a town of 饶平县 in 广东 (黄冈镇, hr07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts hc, hg, bq, bs where they speak; decided here where they are silent):
- Each story of a pasted paper page is an article from the first line of its headline (as hc); the photo caption
  ``图为…`` right after a story is part of that story (hr02), not an article of its own (hc makes a standing 【图片新闻】
  caption an article; this one illustrates the story above it). Running heads at the top are chrome; a foot line with
  责任编辑 / 版式 / 美编 / 校对 gives editor rows in the article whose span holds it (as hc).
- Line breaks (as hc): the pastes break lines inside org names and place names (``市\\n委副书记``, ``临湘市\\n委副书记``,
  ``浠水县人大常委\\n会主任``, ``钱\\n东镇``), never inside a person's name or a title word of a post; evidence keeps the breaks.
- Bare organs take the page's place or, after a named place's title, that place: 县委 / 县政府 / 县X局 on a county site =
  that county; ``镇党委书记`` / ``镇长`` after ``在小池镇，`` / ``在濯港镇，`` / ``在注滋口镇，`` / ``在彩塘镇，`` / ``在金石镇，`` /
  ``在鳌江镇，`` / ``在萧江镇，`` = county (district) label + town (``黄梅县小池镇党委``, ``潮安区彩塘镇党委``, ``平阳县萧江镇政府``);
  in a city paper 市委 / 副市长 / 市人大常委会 = the paper's city (黄冈市, 潮州市); DECIDED HERE (as hc's 夏县 / 永安 and hg's 桂平):
  in the 岳阳日报 story on 临湘, ``市委常委、常务副市长`` and ``高新区管委会主任`` right after ``临湘市委常委、高新区党工委书记`` are
  临湘市's and 临湘高新区's, and on the 永春 site ``市委副书记、市长`` right after ``南安市委书记`` is 南安市's; on the 瑞金网 bare 市委
  / 市政府 / 副市长 = 瑞金市 (county-level city). ``区委书记`` / ``区委副书记、区长`` after ``潮安区委书记`` = 潮安区.
- Zones: bare ``经开区`` in the 岳阳日报 = ``岳阳经开区`` (its project name writes it so); bare ``经开区`` on the 瑞金网 = ``瑞金经开区``
  (likewise); ``高新区`` after 临湘 = ``临湘高新区``. 党工委 goes with 书记 / 副书记 / 委员, 管委会 with 主任 / 副主任 (as bq, hg);
  ``市委常委、经开区党工委书记`` → 瑞金市委 常委 + 瑞金经开区党工委 书记.
- ``市人大常委会副主任`` → 黄冈市人大常委会 副主任; ``浠水县人大常委会主任`` → 浠水县人大常委会 主任; ``县发展和改革局局长`` →
  平阳县发展和改革局 局长 (as written); ``区工业和信息化局局长`` → 潮安区工业和信息化局 局长. 潮安区 is one district in China: no
  city prefix.
- One line per post per article; ``副县长刘婉霏、叶一帆`` gives both the title.
- Events: 调研 / 检查 / 执法检查 are inspections (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers);
  the 调度会 after the 防汛检查 (hr03) and the 座谈会 after the delegation's tour (hr08) are meetings of their own on the same day
  (as bs02's 督导反馈会; no chair is written, so none); the 推进会 and the 常务会议 are meetings (chair when 主持; 出席 attendees).
  A visiting 党政代表团's tour is ``inspection (考察, visiting delegation)`` led by the delegation's first-named head; the
  co-leading 市长 and the hosts who 陪同 are attendees (as af04).
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``华容融媒体中心讯（记者 …）``, ``岳阳日报9月13日讯（通讯员 …）`` and a closing ``（记者 …）``
  are reporter / correspondent rows; ``作者：记者 …`` in a portal's stamp line is a reporter row (label 记者); ``记者 … 摄`` a
  photographer row (label 摄); a bracketed signature ``（郑小蕾）`` an author row (label 署名); 责任编辑 / 编辑 / 审核 / 版式 / 美编 /
  校对 editor rows. DECIDED HERE: ``转载 瑞金网-小编`` and ``作者：瑞金网`` on the portal are no persons.
- Projects: works named as inspected, reported or to be pushed: 产业园 (N期) ``industrial_park`` (DECIDED HERE: the 枫溪镇
  陶瓷产业数字化转型示范园, an industrial park, is ``industrial_park``, not hg's agricultural 示范园 ``project``); 物流园二期
  ``logistics_hub``; 污水处理厂 / 污水管网 / 码头 / 路网 / 公路 / 渔港 works ``infrastructure_project``; 除险加固 / 堤防加固 / 海堤加固
  ``engineering_work``; 生态修复 / 水环境综合治理 / a 滨江公园二期 ``greening_project``; 老旧小区改造 ``housing_project``; a town's
  高标准农田建设项目, a 搬迁改造项目, a 街区保护提升工程, a 综合开发项目, an 城市有机更新项目 and a named 新能源电池材料项目 ``project``.
  A bare later mention (``物流园二期``, ``产业园二期``, ``六门闸除险加固工程``) is the same project and gets no line; the
  ``早稻集中育秧基地``, ``镇级应急物资仓库``, the running ``散花镇污水处理厂`` and ``加快小池滨江新区开发`` (an area's development,
  DECIDED HERE no project) are none; a 方案 is a document.
- Places: one line per name per file, as written; places in titles, org references, headlines, document titles and
  project names count, and the short name standing in the body (``小池``, ``黄梅``, ``临湘``, ``瑞金``, ``潮安``, ``永春``, ``南安``,
  as hg); a town's short name inside a project name is a row only on a page that does not write the town's full name
  (``彩塘`` in hr07, not in hr06, as hc). Mastheads, running heads, site lines, nav, 来源 lines, 相关信息 / 相关推荐 / 相关新闻
  / 上一篇 / 下一篇 and footers are not annotated; ``我县``, ``全县``, ``全省`` are not places. DECIDED HERE: a sluice (``六门闸``) and
  a polder (``团洲垸``, kind ``area``) named in project names are places; ``鄂东`` in the headline is a region (as hg's 成渝);
  ``鳌江口`` is kind ``estuary``; ``小池滨江新区`` (a 新区 of 黄梅县, no zone organs written) is kind ``area``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HM, HG, HR, LX, RJ = "黄梅县", "黄冈市", "华容县", "临湘市", "瑞金市"
CA, CZ, RP, YC, NA, PY, CN = "潮安区", "潮州市", "饶平县", "永春县", "南安市", "平阳县", "苍南县"
LXG, YYK, RJK = "临湘高新区", "岳阳经开区", "瑞金经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hr01_huangmei.txt": (2022, "发布时间：2022-04-14 17:26", HM, [
        ("封立衡到小池镇、濯港镇调研春耕生产和重点项目建设", "4月13日", "2022-04-13", "4月13日，县委副书记",
         "county site: the 县长's 调研 of two towns; a 镇党委书记 and a 镇长 report")]),
    "hr02_huanggang.txt": (2024, "2024年5月23日　星期四", HG, [
        ("聂致远在黄梅县调研时强调", "5月22日", "2024-05-22", "本报讯（记者 汪思琪",
         "city paper PDF paste 第2版: the 市长's 调研 in 黄梅县; the former 县长 now 黄梅县委书记; photo caption"),
        ("市人大常委会开展水污染防治法", "5月21日", "2024-05-21", "本报讯 5月21日",
         "city paper PDF paste: the 市人大常委会副主任's 执法检查 in 浠水县; signature; foot line with 责任编辑 / 版式")]),
    "hr03_huarong.txt": (2021, "日期：2021-06-18 16:20", HR, [
        ("沈立川检查华容河、藕池河防汛工作", "6月17日", "2021-06-17", "华容融媒体中心讯",
         "county site: the 县委书记's 防汛检查 and the 调度会 after it; 常务副县长 谢远航; 注滋口镇党委书记 游建邦#1")]),
    "hr04_yueyang.txt": (2023, "2023年9月14日　星期四", "岳阳市", [
        ("谢远航在临湘高新区调研时要求", "9月12日", "2023-09-12", "岳阳日报9月13日讯",
         "city paper PDF paste: 临湘's 市长 (the former 华容 常务副县长) 调研 in 临湘高新区; bare 高新区 / 市委常委 after 临湘"),
        ("经开区召开重点项目建设攻坚推进会", "9月13日", "2023-09-13", "本报讯（记者 任可欣）",
         "city paper PDF paste: bare 经开区 (岳阳经开区) 推进会; editor in the foot running head")]),
    "hr05_ruijin.txt": (2023, "2023/03/16 17:20:05", RJ, [
        ("温建城到经开区调研工业经济和项目建设工作", "3月15日", "2023-03-15", "3月15日，市委书记",
         "portal (瑞金网): the county-level city's 市委书记 调研 in the bare 经开区 (瑞金经开区)")]),
    "hr06_chaoan.txt": (2022, "发布时间：2022-08-26 16:05:12", CA, [
        ("许泽鸿到彩塘镇、金石镇调研产业发展和项目建设", "8月25日", "2022-08-25", "8月25日，区委副书记",
         "district site: the 区长's 调研 of two towns; two 镇党委书记 report")]),
    "hr07_chaozhou.txt": (2024, "2024年7月12日　星期五", CZ, [
        ("柯振岳在潮安区调研时强调", "7月11日", "2024-07-11", "本报讯（记者 李嘉蔚）",
         "city paper PDF paste A2: the 市长's 调研 in 潮安区; the former 区长 now 区委书记, the former 彩塘镇党委书记 now 常务副区长"),
        ("饶平县开展汛期安全生产检查", "7月10日", "2024-07-10", "本报讯 7月10日",
         "city paper PDF paste: 饶平 县委书记's 检查 in 黄冈镇 and 钱东镇; signature; editor line at the foot")]),
    "hr08_yongchun.txt": (2023, "2023-11-08 17:36", YC, [
        ("南安市党政代表团来我县考察交流", "11月7日", "2023-11-07", "11月7日，南安市委书记",
         "county site: a 南安市 党政代表团's 考察 and the 座谈会; 副县长 游建邦#2")]),
    "hr09_pingyang.txt": (2021, "发布日期：2021-09-16", PY, [
        ("章立恒到鳌江镇、萧江镇调研项目建设和安全生产工作", "9月15日", "2021-09-15", "9月15日，县委常委",
         "county site: the 常务副县长's 调研 of two towns")]),
    "hr10_cangnan.txt": (2024, "发布时间：2024-04-19 09:12", CN, [
        ("章立恒主持召开县政府第二十九次常务会议", "4月18日", "2024-04-18", "4月18日，县委副书记",
         "county portal (苍南新闻网): 县政府常务会议 chaired by the former 平阳 常务副县长, now 苍南 县长")]),
}

_HR01_FENG = "县委副书记、县长封立衡到小池镇"
_HR02_NIE = "市\n委副书记、市长聂致远"
_HR02_GUI = "县委副书记、县长桂鸿飞"
_HR03_XIE = "县委常委、常务副县长谢远航"
_HR04_XIE = "临湘市\n委副书记、市长谢远航"
_HR04_YI = "临湘市委常委、高新区党工委\n书记易宏伟"
_HR04_MAO = "市委常委、常务副市长毛建岳"
_HR04_YU = "党工委副书记、管委会主任喻晓松"
_HR04_PENG = "党工委委员、管委会副主任\n彭子健"
_HR05_LAI = "市委副书记、市长赖文渊"
_HR05_ZHU = "市委常委、经开区党工委书记朱启航"
_HR05_ZENG = "经开区党工委副书记、管委会主任曾永锋"
_HR06_XU = "区委副书记、区长许泽鸿到彩塘镇"
_HR07_KE = "市委副书记、市长\n柯振岳"
_HR07_ZHUANG = "区委副书记、\n区长庄伟民"
_HR07_CAI = "区委常委、常务副区长蔡晓桐"
_HR07_SHEN = "县委常委、副县长沈佳慧"
_HR08_FU = "市委副书记、市长傅振华率南安市党政代表团"
_HR08_YAN = "县委副书记、县长颜志鹏"
_HR09_ZHANG = "县委常委、常务副县长章立恒到鳌江镇"
_HR10_ZHANG = "县委副书记、县长章立恒主持召开"
_HR10_XIA = "县委常委、常务副县长夏锦程"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湖北 黄冈
    "hr:封立衡": ("封立衡", "official", HM, [
        ("hr01", "黄梅县委", "副书记", _HR01_FENG, "2022-04 (identity case: 黄梅县委书记 in 2024, hr02); named in the headline too"),
        ("hr01", "黄梅县政府", "县长", _HR01_FENG, None),
        ("hr02", "黄梅县委", "书记", "黄梅县委书记封立衡", "2024-05: now 县委书记 of the same county")], []),
    "hr:谭雪岚": ("谭雪岚", "official", HM, [
        ("hr01", "黄梅县政府", "副县长", "副县长谭雪岚", None)], []),
    "hr:阮志谦": ("阮志谦", "official", HM, [
        ("hr01", "黄梅县农业农村局", "局长", "县农业农村局局长阮志谦", None)], []),
    "hr:宛国栋": ("宛国栋", "official", HM, [
        ("hr01", "黄梅县小池镇党委", "书记", "镇党委书记宛国栋", "after ``在小池镇，``: county label + town")], []),
    "hr:邬晓帆": ("邬晓帆", "official", HM, [
        ("hr01", "黄梅县濯港镇政府", "镇长", "镇长邬晓帆", "after ``在濯港镇，``")], []),
    "hr:聂致远": ("聂致远", "official", HG, [
        ("hr02", "黄冈市委", "副书记", _HR02_NIE, "bare 市委 in the 黄冈日报 = 黄冈市; org word broken by the PDF line; named in the headline too"),
        ("hr02", "黄冈市政府", "市长", _HR02_NIE, None)], []),
    "hr:戚慧兰": ("戚慧兰", "official", HG, [
        ("hr02", "黄冈市政府", "副市长", "副市长戚慧兰", None)], []),
    "hr:桂鸿飞": ("桂鸿飞", "official", HM, [
        ("hr02", "黄梅县委", "副书记", _HR02_GUI, "bare 县委 right after 黄梅县委书记 = 黄梅县; succeeds 封立衡 as 县长"),
        ("hr02", "黄梅县政府", "县长", _HR02_GUI, None)], []),
    "hr:乐华章": ("乐华章", "official", HG, [
        ("hr02", "黄冈市人大常委会", "副主任", "市人大常委会副主任乐华章", None)], []),
    "hr:余德厚": ("余德厚", "official", "浠水县", [
        ("hr02", "浠水县人大常委会", "主任", "浠水县人大常委\n会主任余德厚", "org word broken by the PDF line")], []),
    # ---- 湖南 岳阳
    "hr:沈立川": ("沈立川", "official", HR, [
        ("hr03", "华容县委", "书记", "县委书记沈立川带队检查", "named in the headline too")], []),
    "hr:谢远航": ("谢远航", "official", "岳阳市", [
        ("hr03", "华容县委", "常委", _HR03_XIE, "2021-06 (identity case: 临湘市委副书记、市长 in 2023, hr04)"),
        ("hr03", "华容县政府", "常务副县长", _HR03_XIE, None),
        ("hr04", "临湘市委", "副书记", _HR04_XIE, "2023-09: now 临湘 市长; named in the headline too"),
        ("hr04", "临湘市政府", "市长", _HR04_XIE, None)], []),
    "hr:龚爱莲": ("龚爱莲", "official", HR, [
        ("hr03", "华容县政府", "副县长", "副县长龚爱莲", None)], []),
    "hr:鲁志坚": ("鲁志坚", "official", HR, [
        ("hr03", "华容县水利局", "局长", "县水利局局长鲁志坚", None)], []),
    "hr:游建邦#1": ("游建邦", "official", HR, [
        ("hr03", "华容县注滋口镇党委", "书记", "镇党委书记游建邦", "湖南 华容县, after ``在注滋口镇，``; not the 游建邦 of 永春县 (hr08)")], []),
    "hr:易宏伟": ("易宏伟", "official", LX, [
        ("hr04", "临湘市委", "常委", _HR04_YI, None),
        ("hr04", LXG + "党工委", "书记", _HR04_YI, "bare 高新区 after 临湘市委常委 = 临湘高新区")], []),
    "hr:毛建岳": ("毛建岳", "official", LX, [
        ("hr04", "临湘市委", "常委", _HR04_MAO, "DECIDED HERE: bare 市委 in the 岳阳日报's 临湘 story, after 临湘市委常委 = 临湘市"),
        ("hr04", "临湘市政府", "常务副市长", _HR04_MAO, None)], []),
    "hr:黎卫澜": ("黎卫澜", "official", LX, [
        ("hr04", LXG + "管委会", "主任", "高新区管委\n会主任黎卫澜", "org word broken by the PDF line")], []),
    "hr:方立新": ("方立新", "official", YYK, [
        ("hr04", YYK + "党工委", "书记", "经开区党工委书记\n方立新主持", "bare 经开区 in the 岳阳日报 = 岳阳经开区 (its project name writes it)")], []),
    "hr:喻晓松": ("喻晓松", "official", YYK, [
        ("hr04", YYK + "党工委", "副书记", _HR04_YU, None),
        ("hr04", YYK + "管委会", "主任", _HR04_YU, None)], []),
    "hr:彭子健": ("彭子健", "official", YYK, [
        ("hr04", YYK + "党工委", "委员", _HR04_PENG, None),
        ("hr04", YYK + "管委会", "副主任", _HR04_PENG, None)], []),
    # ---- 江西 瑞金
    "hr:温建城": ("温建城", "official", RJ, [
        ("hr05", "瑞金市委", "书记", "市委书记温建城到经开区调研", "bare 市委 on the 瑞金网 = 瑞金市 (county-level city); named in the headline too")], []),
    "hr:赖文渊": ("赖文渊", "official", RJ, [
        ("hr05", "瑞金市委", "副书记", _HR05_LAI, None),
        ("hr05", "瑞金市政府", "市长", _HR05_LAI, None)], []),
    "hr:朱启航": ("朱启航", "official", RJ, [
        ("hr05", "瑞金市委", "常委", _HR05_ZHU, None),
        ("hr05", RJK + "党工委", "书记", _HR05_ZHU, "bare 经开区 on the 瑞金网 = 瑞金经开区")], []),
    "hr:邹慧芸": ("邹慧芸", "official", RJ, [
        ("hr05", "瑞金市政府", "副市长", "副市长邹慧芸", None)], []),
    "hr:曾永锋": ("曾永锋", "official", RJK, [
        ("hr05", RJK + "党工委", "副书记", _HR05_ZENG, None),
        ("hr05", RJK + "管委会", "主任", _HR05_ZENG, None)], []),
    # ---- 广东 潮州
    "hr:许泽鸿": ("许泽鸿", "official", CA, [
        ("hr06", "潮安区委", "副书记", _HR06_XU, "2022-08 (identity case: 潮安区委书记 in 2024, hr07); named in the headline too"),
        ("hr06", "潮安区政府", "区长", _HR06_XU, None),
        ("hr07", "潮安区委", "书记", "潮安区委书记许泽鸿", "2024-07: now 区委书记")], []),
    "hr:黄佩瑶": ("黄佩瑶", "official", CA, [
        ("hr06", "潮安区政府", "副区长", "副区长黄佩瑶", None)], []),
    "hr:谢嘉铭": ("谢嘉铭", "official", CA, [
        ("hr06", "潮安区工业和信息化局", "局长", "区工业和信息化局局长谢嘉铭", None)], []),
    "hr:蔡晓桐": ("蔡晓桐", "official", CA, [
        ("hr06", "潮安区彩塘镇党委", "书记", "镇党委书记蔡晓桐", "2022-08, after ``在彩塘镇，`` (identity case: 区委常委、常务副区长 in 2024, hr07)"),
        ("hr07", "潮安区委", "常委", _HR07_CAI, "2024-07: bare 区委 after 潮安区委书记"),
        ("hr07", "潮安区政府", "常务副区长", _HR07_CAI, None)], []),
    "hr:翁少峰": ("翁少峰", "official", CA, [
        ("hr06", "潮安区金石镇党委", "书记", "镇党委书记翁少峰", "after ``在金石镇，``")], []),
    "hr:柯振岳": ("柯振岳", "official", CZ, [
        ("hr07", "潮州市委", "副书记", _HR07_KE, "bare 市委 in the 潮州日报 = 潮州市; named in the headline too"),
        ("hr07", "潮州市政府", "市长", _HR07_KE, None)], []),
    "hr:余秋婷": ("余秋婷", "official", CZ, [
        ("hr07", "潮州市政府", "副市长", "副市长余秋婷", None)], []),
    "hr:庄伟民": ("庄伟民", "official", CA, [
        ("hr07", "潮安区委", "副书记", _HR07_ZHUANG, "succeeds 许泽鸿 as 区长"),
        ("hr07", "潮安区政府", "区长", _HR07_ZHUANG, None)], []),
    "hr:詹俊豪": ("詹俊豪", "official", RP, [
        ("hr07", "饶平县委", "书记", "饶平县委书记詹俊豪", None)], []),
    "hr:沈佳慧": ("沈佳慧", "official", RP, [
        ("hr07", "饶平县委", "常委", _HR07_SHEN, "bare 县委 after 饶平县委书记"),
        ("hr07", "饶平县政府", "副县长", _HR07_SHEN, None)], []),
    # ---- 福建 泉州
    "hr:洪世杰": ("洪世杰", "official", NA, [
        ("hr08", "南安市委", "书记", "南安市委书记洪世杰", None)], []),
    "hr:傅振华": ("傅振华", "official", NA, [
        ("hr08", "南安市委", "副书记", _HR08_FU, "DECIDED HERE: bare 市委 on the 永春 site right after 南安市委书记 = 南安市"),
        ("hr08", "南安市政府", "市长", _HR08_FU, None)], []),
    "hr:潘宏毅": ("潘宏毅", "official", YC, [
        ("hr08", "永春县委", "书记", "县委书记潘宏毅", None)], []),
    "hr:颜志鹏": ("颜志鹏", "official", YC, [
        ("hr08", "永春县委", "副书记", _HR08_YAN, None),
        ("hr08", "永春县政府", "县长", _HR08_YAN, None)], []),
    "hr:游建邦#2": ("游建邦", "official", YC, [
        ("hr08", "永春县政府", "副县长", "副县长游建邦陪同考察", "福建 永春县; not the 游建邦 of 华容县 (hr03)")], []),
    # ---- 浙江 温州
    "hr:章立恒": ("章立恒", "official", "温州市", [
        ("hr09", "平阳县委", "常委", _HR09_ZHANG, "2021-09 (identity case: 苍南县委副书记、县长 in 2024, hr10); named in the headline too"),
        ("hr09", "平阳县政府", "常务副县长", _HR09_ZHANG, None),
        ("hr10", "苍南县委", "副书记", _HR10_ZHANG, "2024-04: now 苍南 县长; named in the headline too"),
        ("hr10", "苍南县政府", "县长", _HR10_ZHANG, None)], []),
    "hr:金伟忠": ("金伟忠", "official", PY, [
        ("hr09", "平阳县发展和改革局", "局长", "县发展和改革局局长金伟忠", None)], []),
    "hr:缪志成": ("缪志成", "official", PY, [
        ("hr09", "平阳县鳌江镇党委", "书记", "镇党委书记缪志成", "after ``在鳌江镇，``")], []),
    "hr:苏海澜": ("苏海澜", "official", PY, [
        ("hr09", "平阳县萧江镇政府", "镇长", "镇长苏海澜", "after ``在萧江镇，``")], []),
    "hr:夏锦程": ("夏锦程", "official", CN, [
        ("hr10", "苍南县委", "常委", _HR10_XIA, None),
        ("hr10", "苍南县政府", "常务副县长", _HR10_XIA, None)], []),
    "hr:刘婉霏": ("刘婉霏", "official", CN, [
        ("hr10", "苍南县政府", "副县长", "副县长刘婉霏、叶一帆", "list after one title")], []),
    "hr:叶一帆": ("叶一帆", "official", CN, [
        ("hr10", "苍南县政府", "副县长", "副县长刘婉霏、叶一帆", "list after one title")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hr01", "冯雅茵", "责任编辑", "editor", "责任编辑：冯雅茵"),
    ("hr02", "汪思琪", "记者", "reporter", "本报讯（记者 汪思琪 通讯员 梅桂林）"),
    ("hr02", "梅桂林", "通讯员", "correspondent", "本报讯（记者 汪思琪 通讯员 梅桂林）"),
    ("hr02", "汪思琪", "摄", "photographer", "记者 汪思琪 摄"),
    ("hr02", "郑小蕾", "署名", "author", "（郑小蕾）"),
    ("hr02", "胡晓澄", "责任编辑", "editor", "责任编辑：胡晓澄"),
    ("hr02", "程一鸣", "版式", "editor", "版式：程一鸣"),
    ("hr03", "郑凌霄", "记者", "reporter", "华容融媒体中心讯（记者 郑凌霄）"),
    ("hr03", "曾可馨", "编辑", "editor", "编辑：曾可馨"),
    ("hr03", "刘子默", "审核", "editor", "审核：刘子默"),
    ("hr04", "黄思沅", "通讯员", "correspondent", "岳阳日报9月13日讯（通讯员 黄思沅）"),
    ("hr04", "任可欣", "记者", "reporter", "本报讯（记者 任可欣）"),
    ("hr04", "李楚吟", "责任编辑", "editor", "责任编辑：李楚吟"),
    ("hr05", "黄雨晴", "记者", "reporter", "（记者 黄雨晴）"),
    ("hr06", "郑韵仪", "责任编辑", "editor", "责任编辑：郑韵仪"),
    ("hr07", "李嘉蔚", "记者", "reporter", "本报讯（记者 李嘉蔚）"),
    ("hr07", "林楚瑶", "署名", "author", "（林楚瑶）"),
    ("hr07", "郭梓涵", "责任编辑", "editor", "责任编辑：郭梓涵"),
    ("hr07", "陈晓蔓", "美编", "editor", "美编：陈晓蔓"),
    ("hr07", "林逸晨", "校对", "editor", "校对：林逸晨"),
    ("hr08", "林佳颖", "编辑", "editor", "编辑：林佳颖"),
    ("hr09", "倪晓雯", "编辑", "editor", "编辑：倪晓雯"),
    ("hr10", "潘思谦", "记者", "reporter", "作者：记者 潘思谦"),
    ("hr10", "陈梓萱", "编辑", "editor", "编辑：陈梓萱"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hr01", "小池镇、濯港镇春耕生产和重点项目建设调研", "inspection (调研)", "4月13日", None, "封立衡", [],
     ["谭雪岚", "阮志谦"], ["宛国栋", "封立衡", "邬晓帆", "谭雪岚"], "小池镇、濯港镇",
     "县委副书记、县长封立衡到小池镇、濯港镇调研春耕生产和重点项目建设工作",
     ["县长封立衡到小池镇、濯港镇调研", "副县长谭雪岚，县农业农村局局长阮志谦，县发改局、自然资源和规划局负责同志陪同调研",
      "镇党委书记宛国栋汇报了", "封立衡指出", "镇长邬晓帆介绍了", "封立衡强调", "谭雪岚要求"]),
    ("hr02", "黄梅县临港产业发展和重点项目建设调研", "inspection (调研)", "5月22日", None, "聂致远", [],
     ["戚慧兰", "封立衡", "桂鸿飞"], ["封立衡", "桂鸿飞", "聂致远", "戚慧兰"], "黄梅县",
     "委副书记、市长聂致远到黄梅县调研临港产业发展和",
     ["市长聂致远到黄梅县调研", "副市长戚慧兰，黄梅县委书记封立衡，", "县长桂鸿飞陪同调研", "封立衡汇报了", "桂鸿飞介绍了",
      "聂致远指出", "戚慧兰就项目用地报批"]),
    ("hr02", "《中华人民共和国水污染防治法》贯彻实施情况执法检查", "inspection (人大执法检查)", "5月21日", None, "乐华章",
     ["市人大常委会"], ["余德厚"], ["乐华章"], "浠水县",
     "市人大常委会副主任乐华章带领执\n法检查组，到浠水县开展",
     ["市人大常委会副主任乐华章带领执", "会主任余德厚陪同检查", "乐华章要求"]),
    ("hr03", "华容河、藕池河沿线防汛检查", "inspection (检查)", "6月17日", None, "沈立川", [],
     ["谢远航", "龚爱莲", "鲁志坚"], ["游建邦", "鲁志坚"], "华容河、藕池河",
     "县委书记沈立川带队检查华容河、藕池河沿线防汛工作",
     ["县委书记沈立川带队检查", "县委常委、常务副县长谢远航，副县长龚爱莲，县水利局局长鲁志坚陪同检查", "镇党委书记游建邦汇报了",
      "鲁志坚介绍了"]),
    ("hr03", "防汛工作调度会", "meeting (调度会)", "6月17日", None, None, [],
     [], ["沈立川", "谢远航", "龚爱莲"], None,
     "在随后召开的防汛工作调度会上，沈立川强调",
     ["沈立川强调", "谢远航就防汛物资调配", "龚爱莲要求各乡镇"]),
    ("hr04", "临湘高新区重点项目建设和园区提质升级调研", "inspection (调研)", "9月12日", None, "谢远航", [],
     ["易宏伟", "毛建岳", "黎卫澜"], ["易宏伟", "谢远航", "毛建岳"], "临湘高新区",
     "委副书记、市长谢远航深入临湘高新区，调研重点项目建",
     ["市长谢远航深入临湘高新区", "书记易宏伟，市委常委、常务副市长毛建岳，高新区管委", "会主任黎卫澜陪同调研", "易宏伟汇",
      "谢远航强调", "毛建岳就园"]),
    ("hr04", "重点项目建设攻坚推进会", "meeting (推进会)", "9月13日", "方立新", None, ["经开区"],
     [], ["喻晓松", "彭子健", "方立新"], None,
     "方立新主持召开重点项目建设攻坚推进会",
     ["方立新主持召开", "管委会主任喻晓松通报", "彭子健就项目征拆", "方立新要求"]),
    ("hr05", "经开区工业经济运行和重点项目建设调研", "inspection (调研)", "3月15日", None, "温建城", [],
     ["赖文渊", "朱启航", "邹慧芸", "曾永锋"], ["朱启航", "曾永锋", "温建城", "赖文渊"], "经开区",
     "市委书记温建城到经开区调研工业经济运行和重点项目建设工作",
     ["市委书记温建城到经开区调研", "市委副书记、市长赖文渊，市委常委、经开区党工委书记朱启航，副市长邹慧芸，经开区党工委副书记、管委会主任曾永锋陪同调研",
      "朱启航汇报了", "曾永锋介绍了", "温建城指出", "赖文渊表示"]),
    ("hr06", "彩塘镇、金石镇产业发展和重点项目建设调研", "inspection (调研)", "8月25日", None, "许泽鸿", [],
     ["黄佩瑶", "谢嘉铭"], ["蔡晓桐", "翁少峰", "许泽鸿", "黄佩瑶"], "彩塘镇、金石镇",
     "区委副书记、区长许泽鸿到彩塘镇、金石镇调研不锈钢产业转型升级和重点项目建设工作",
     ["区长许泽鸿到彩塘镇、金石镇调研", "副区长黄佩瑶，区工业和信息化局局长谢嘉铭陪同调研", "镇党委书记蔡晓桐汇报了",
      "镇党委书记翁少峰介绍了", "许泽鸿指出", "黄佩瑶要求"]),
    ("hr07", "潮安区“百千万工程”和特色产业发展调研", "inspection (调研)", "7月11日", None, "柯振岳", [],
     ["余秋婷", "许泽鸿", "庄伟民", "蔡晓桐"], ["许泽鸿", "蔡晓桐", "柯振岳", "余秋婷"], "潮安区",
     "柯振岳到潮安区调研“百千万工程”和特色产业发展工",
     ["柯振岳到潮安区调研", "副市长余秋婷，潮安区委书记许泽鸿，区委副书记、", "区长庄伟民，区委常委、常务副区长蔡晓桐陪同调研",
      "许泽鸿汇报了", "蔡晓桐介绍了", "柯振岳指出", "余秋婷就做好茶产业"]),
    ("hr07", "饶平县汛期安全生产检查", "inspection (检查)", "7月10日", None, "詹俊豪", [],
     ["沈佳慧"], ["詹俊豪"], "黄冈镇、钱东镇",
     "饶平县委书记詹俊豪带队到黄冈镇、钱\n东镇检查汛期安全生产工作",
     ["饶平县委书记詹俊豪带队", "县委常委、副县长沈佳慧陪\n同检查", "詹俊豪一行察看了"]),
    ("hr08", "南安市党政代表团考察交流", "inspection (考察, visiting delegation)", "11月7日", None, "洪世杰", [],
     ["傅振华", "潘宏毅", "颜志鹏", "游建邦"], ["游建邦"], "永春县",
     "南安市委书记洪世杰，市委副书记、市长傅振华率南安市党政代表团来我县考察交流",
     ["南安市委书记洪世杰", "市长傅振华率南安市党政代表团", "县委书记潘宏毅，县委副书记、县长颜志鹏，副县长游建邦陪同考察",
      "游建邦介绍了"]),
    ("hr08", "南安市党政代表团考察交流座谈会", "meeting (座谈会)", "11月7日", None, None, [],
     [], ["潘宏毅", "颜志鹏", "洪世杰", "傅振华"], None,
     "在随后召开的座谈会上，潘宏毅代表县委、县政府对代表团一行表示欢迎",
     ["潘宏毅代表县委", "颜志鹏介绍了", "洪世杰表示", "傅振华就深化两地产业协作"]),
    ("hr09", "鳌江镇、萧江镇重点项目建设和安全生产调研", "inspection (调研)", "9月15日", None, "章立恒", [],
     ["金伟忠"], ["缪志成", "苏海澜", "章立恒", "金伟忠"], "鳌江镇、萧江镇",
     "县委常委、常务副县长章立恒到鳌江镇、萧江镇调研重点项目建设和安全生产工作",
     ["常务副县长章立恒到鳌江镇、萧江镇调研", "县发展和改革局局长金伟忠，县应急管理局负责同志陪同调研", "镇党委书记缪志成汇报了",
      "镇长苏海澜介绍了", "章立恒强调", "金伟忠表示"]),
    ("hr10", "县政府第二十九次常务会议", "meeting (县政府常务会议)", "4月18日", "章立恒", None, [],
     ["夏锦程", "刘婉霏", "叶一帆"], ["章立恒", "夏锦程", "刘婉霏"], None,
     "县委副书记、县长章立恒主持召开县政府第二十九次常务会议",
     ["县长章立恒主持召开", "县委常委、常务副县长夏锦程，副县长刘婉霏、叶一帆出席会议", "章立恒强调", "夏锦程就做好全县工业投资",
      "刘婉霏就城市更新"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hr01", "小池滨江新区临港物流园二期", "logistics_hub", "小池滨江新区临港物流园二期、小池镇污水处理厂"),
    ("hr01", "小池镇污水处理厂提标改造工程", "infrastructure_project", "小池镇污水处理厂提标改造工程施工现场"),
    ("hr01", "濯港镇高标准农田建设项目", "project", "察看了濯港镇高标准农田建设项目"),
    ("hr02", "小池滨江新区临港物流园二期", "logistics_hub", "聂致远一行先后来到小池滨江新区临港物流园二期"),
    ("hr02", "黄梅县绿色纺织印染产业园", "industrial_park", "黄梅县绿色纺织印染产业园和小池港多用途码头三期"),
    ("hr02", "小池港多用途码头三期工程", "infrastructure_project", "小池港多用途码头三期\n工程现场"),
    ("hr02", "浠水河城区段水环境综合治理工程", "greening_project", "浠水河城区段水环境综合治理工程"),
    ("hr03", "华容河六门闸除险加固工程", "engineering_work", "华容河六门闸除险加固工程"),
    ("hr03", "团洲垸堤防加固工程", "engineering_work", "团洲垸堤防加固工程"),
    ("hr04", "氟化工新材料产业园二期", "industrial_park", "先后来到氟化工新材料产业园二期"),
    ("hr04", "长江沿线化工企业搬迁改造项目", "project", "长江沿\n线化工企业搬迁改造项目"),
    ("hr04", "儒溪镇长江岸线生态修复工程", "greening_project", "儒溪镇长江岸线生态修复工\n程现场"),
    ("hr04", "岳阳经开区新能源装备产业园一期", "industrial_park", "岳阳经开区新能源装备产业园一期"),
    ("hr04", "三荷片区路网工程", "infrastructure_project", "三荷片区\n路网工程建设"),
    ("hr05", "电子信息产业园三期", "industrial_park", "先后来到电子信息产业园三期"),
    ("hr05", "瑞金经开区新能源电池材料项目", "project", "瑞金经开区新能源电池材料项目"),
    ("hr05", "象湖镇工业污水处理厂扩建工程", "infrastructure_project", "象湖镇工业污水处理厂扩建工程现场"),
    ("hr06", "彩塘不锈钢产业园二期", "industrial_park", "来到彩塘不锈钢产业园二期"),
    ("hr06", "彩塘镇镇区污水管网建设工程", "infrastructure_project", "彩塘镇镇区污水管网建设工程现场"),
    ("hr06", "金石镇老旧小区改造项目", "housing_project", "察看了金石镇老旧小区改造项目"),
    ("hr07", "枫溪镇陶瓷产业数字化转型示范园", "industrial_park", "先后来到枫溪镇陶瓷产业数字化转型示范园"),
    ("hr07", "彩塘不锈钢产业园二期", "industrial_park", "彩塘不锈钢产业园二期和凤凰镇单丛茶产业园"),
    ("hr07", "凤凰镇单丛茶产业园", "industrial_park", "凤凰镇单丛茶产业园，实地察看"),
    ("hr07", "黄冈河堤防加固工程", "engineering_work", "察看了黄冈河堤防加固工程"),
    ("hr07", "钱东镇海堤达标加固工程", "engineering_work", "钱东镇\n海堤达标加固工程"),
    ("hr08", "达埔镇篾香产业园二期", "industrial_park", "先后来到达埔镇篾香产业园二期"),
    ("hr08", "岵山镇荔枝林生态修复工程", "greening_project", "岵山镇荔枝林生态修复工程"),
    ("hr08", "五里街镇历史文化街区保护提升工程", "project", "五里街镇历史文化街区保护提升工程现场"),
    ("hr09", "鳌江口滨江公园二期", "greening_project", "先后来到鳌江口滨江公园二期"),
    ("hr09", "鳌江镇渔港综合整治工程", "infrastructure_project", "鳌江镇渔港综合整治工程现场"),
    ("hr09", "萧江镇塑编产业园改造提升项目", "industrial_park", "察看了萧江镇塑编产业园改造提升项目"),
    ("hr10", "灵溪镇城市有机更新项目", "project", "加快灵溪镇城市有机更新项目"),
    ("hr10", "霞关镇渔港经济区综合开发项目", "project", "霞关镇渔港经济区综合开发项目"),
    ("hr10", "赤溪镇至炎亭镇滨海旅游公路工程", "infrastructure_project", "赤溪镇至炎亭镇滨海旅游公路工程"),
    ("hr10", "横阳支江堤防加固工程", "engineering_work", "加快横阳支江堤防加固工程扫尾"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hr01", "小池镇", "town", "standalone", "封立衡到小池镇、濯港镇调研"),
    ("hr01", "濯港镇", "town", "standalone", "封立衡到小池镇、濯港镇调研"),
    ("hr01", "小池滨江新区", "area", "in_project_name", "小池滨江新区临港物流园二期、小池镇污水处理厂"),
    ("hr01", "小池", "town", "standalone", "小池是黄梅对接九江的桥头堡"),
    ("hr01", "黄梅", "county", "standalone", "小池是黄梅对接九江的桥头堡"),
    ("hr01", "九江", "city", "standalone", "小池是黄梅对接九江的桥头堡"),
    ("hr02", "黄梅县", "county", "standalone", "聂致远在黄梅县调研时强调"),
    ("hr02", "鄂东", "region", "standalone", "奋力打造鄂东开放桥头堡"),
    ("hr02", "小池滨江新区", "area", "standalone", "加快小池滨江新区开发"),
    ("hr02", "小池港", "port", "in_project_name", "小池港多用途码头三期\n工程现场"),
    ("hr02", "黄梅", "county", "standalone", "黄梅要发挥“一桥连两省”的区位优势"),
    ("hr02", "浠水县", "county", "standalone", "到浠水县开展"),
    ("hr02", "浠水河", "river", "in_project_name", "浠水河城区段水环境综合治理工程"),
    ("hr02", "散花镇", "town", "standalone", "散花镇污水处理厂运行情况"),
    ("hr03", "华容河", "river", "standalone", "沈立川检查华容河、藕池河防汛工作"),
    ("hr03", "藕池河", "river", "standalone", "沈立川检查华容河、藕池河防汛工作"),
    ("hr03", "六门闸", "sluice", "in_project_name", "华容河六门闸除险加固工程"),
    ("hr03", "团洲垸", "area", "in_project_name", "团洲垸堤防加固工程"),
    ("hr03", "注滋口镇", "town", "standalone", "在注滋口镇，镇党委书记游建邦"),
    ("hr03", "长江", "river", "standalone", "长江和洞庭湖水位持续上涨"),
    ("hr03", "洞庭湖", "lake", "standalone", "长江和洞庭湖水位持续上涨"),
    ("hr04", "临湘高新区", "development_zone", "standalone", "谢远航在临湘高新区调研时要求"),
    ("hr04", "临湘市", "county_level_city", "in_title", "临湘市委常委、高新区党工委"),
    ("hr04", "高新区", "development_zone", "standalone", "高新区是临湘工业发展的主战场"),
    ("hr04", "临湘", "county_level_city", "standalone", "高新区是临湘工业发展的主战场"),
    ("hr04", "长江", "river", "standalone", "守牢长江岸线安全底线"),
    ("hr04", "儒溪镇", "town", "in_project_name", "儒溪镇长江岸线生态修复工\n程现场"),
    ("hr04", "经开区", "development_zone", "standalone", "经开区召开重点项目建设攻坚推进会"),
    ("hr04", "岳阳经开区", "development_zone", "in_project_name", "岳阳经开区新能源装备产业园一期"),
    ("hr04", "三荷片区", "area", "in_project_name", "三荷片区\n路网工程建设"),
    ("hr05", "经开区", "development_zone", "standalone", "温建城到经开区调研工业经济和项目建设工作"),
    ("hr05", "瑞金经开区", "development_zone", "in_project_name", "瑞金经开区新能源电池材料项目"),
    ("hr05", "象湖镇", "town", "in_project_name", "象湖镇工业污水处理厂扩建工程现场"),
    ("hr05", "瑞金", "county_level_city", "standalone", "经开区是瑞金工业发展的主阵地"),
    ("hr06", "彩塘镇", "town", "standalone", "许泽鸿到彩塘镇、金石镇调研"),
    ("hr06", "金石镇", "town", "standalone", "许泽鸿到彩塘镇、金石镇调研"),
    ("hr06", "潮安", "district", "standalone", "不锈钢制品是潮安的传统优势产业"),
    ("hr07", "潮安区", "district", "standalone", "柯振岳在潮安区调研时强调"),
    ("hr07", "枫溪镇", "town", "standalone", "蔡晓桐介绍了枫溪镇回归潮安后"),
    ("hr07", "彩塘", "town", "in_project_name", "彩塘不锈钢产业园二期和凤凰镇单丛茶产业园"),
    ("hr07", "凤凰镇", "town", "in_project_name", "凤凰镇单丛茶产业园，实地察看"),
    ("hr07", "潮安", "district", "standalone", "潮安要立足陶瓷、不锈钢、茶叶等特色产业"),
    ("hr07", "饶平县", "county", "standalone", "饶平县开展汛期安全生产检查"),
    ("hr07", "黄冈镇", "town", "standalone", "带队到黄冈镇、钱"),
    ("hr07", "钱东镇", "town", "in_project_name", "钱东镇\n海堤达标加固工程"),
    ("hr07", "黄冈河", "river", "in_project_name", "察看了黄冈河堤防加固工程"),
    ("hr08", "南安市", "county_level_city", "standalone", "南安市党政代表团来我县考察交流"),
    ("hr08", "达埔镇", "town", "in_project_name", "先后来到达埔镇篾香产业园二期"),
    ("hr08", "岵山镇", "town", "in_project_name", "岵山镇荔枝林生态修复工程"),
    ("hr08", "五里街镇", "town", "in_project_name", "五里街镇历史文化街区保护提升工程现场"),
    ("hr08", "永春", "county", "standalone", "实地了解永春“香醋瓷”有根产业发展"),
    ("hr08", "南安", "county_level_city", "standalone", "南安与永春山水相连"),
    ("hr09", "鳌江镇", "town", "standalone", "章立恒到鳌江镇、萧江镇调研"),
    ("hr09", "萧江镇", "town", "standalone", "章立恒到鳌江镇、萧江镇调研"),
    ("hr09", "鳌江口", "estuary", "in_project_name", "先后来到鳌江口滨江公园二期"),
    ("hr10", "灵溪镇", "town", "in_project_name", "加快灵溪镇城市有机更新项目"),
    ("hr10", "霞关镇", "town", "in_project_name", "霞关镇渔港经济区综合开发项目"),
    ("hr10", "赤溪镇", "town", "in_project_name", "赤溪镇至炎亭镇滨海旅游公路工程"),
    ("hr10", "炎亭镇", "town", "in_project_name", "赤溪镇至炎亭镇滨海旅游公路工程"),
    ("hr10", "苍南县", "county", "in_document_title", "《苍南县2024年防汛防台工作方案》"),
    ("hr10", "横阳支江", "river", "standalone", "加快横阳支江堤防加固工程扫尾"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hr", conventions="set hr (blind, held-out-like mix, 29th round: ordinary local news from 湖北 (黄梅县 site, 黄冈日报 PDF paste), 湖南 (华容县 site, 岳阳日报 PDF paste with 临湘高新区 and 岳阳经开区), 江西 (瑞金网 portal, 瑞金经开区), 广东 (潮安区 site, 潮州日报 PDF paste with a 饶平 story), 福建 (永春县 site, a 南安市 党政代表团) and 浙江 (平阳县 site, 苍南新闻网 portal): PDF pastes with running heads, column breaks inside org and place words (never inside a name or a title word), multi-line headlines given by their first line, a photo caption kept in its story; bare 市委 / 高新区 / 县委 right after a named place's title are that place's; bare 经开区 is 岳阳's in the 岳阳日报 and 瑞金's on the 瑞金网; towns = county / district label + name; a visiting delegation's tour is an inspection led by its first-named head; one line per post per article)",
          persons_note="Set hr persons. id = corpus-wide person_id (hr:游建邦#1 of 华容县 (湖南, 注滋口镇党委书记) and hr:游建邦#2 of 永春县 (福建, 副县长) are two people; hr:封立衡 黄梅 县长 2022 → 县委书记 2024; hr:谢远航 华容 常务副县长 2021 → 临湘 市长 2023; hr:蔡晓桐 彩塘镇党委书记 2022 → 潮安区委常委、常务副区长 2024; hr:许泽鸿 潮安 区长 2022 → 区委书记 2024; hr:章立恒 平阳 常务副县长 2021 → 苍南 县长 2024)")


if __name__ == "__main__":
    main()
