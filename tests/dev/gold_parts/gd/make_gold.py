"""Write gold part ``gd`` (a blind, held-out-like mix: district (区) and county-level-city (市) government sites, a
district 融媒 site, a portal copy of a city paper and city-paper editions from 湖南, 福建, 辽宁, 黑龙江, 新疆, 内蒙古 and
重庆, with full chrome and officials of several levels on one page) from the tables below.

Pages ``tests/dev/texts/gd*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 佳木斯 郊区 government site (``首页 > 新闻中心 > 郊区要闻``, ``发布日期：
2022-05-19 09:15:55``, ``市人大常委会副主任、郊区委书记…，郊区委副书记、区长…陪同调研``); the 佳木斯 前进区 site (``发布日期：…
发布者:前进发布 来源: 浏览量:3791``, ``市委副书记、政法委书记、市高新区党工委书记…宣布项目开工``, ``市一级巡视员…主持``); the
九龙坡 融媒 site (``当前位置:首页 > 九龙新闻 > 图文新闻 > 正文``, ``发布日期:2026-01-20 16:29``, ``九龙融媒讯(记者 … …)``) and a
九龙坡 page of the 区委书记's 调研 ending ``区领导…参加``; the 綦江区 government site (``您当前的位置: 首页 > 綦江要闻``, ``日期:
2023-09-28 字体:``, ``区委书记…，区委常委、宣传部部长…参加``) and a 綦江 融媒 page (``市政协提案委主任…，区委书记…，区政协主席…，
区领导…参加``, ``记者 … 摄``, ``来源:綦江发布``); a 南安 news page (``南安市委书记…、市长…带队``, ``市领导…参加``, ``(記者 … 通訊員
…)``); a 石狮 page (``石狮市人大常委会主任…，市委常委、常务副市长…，市人大常委会副主任…参加活动``); two 福清新闻网 pages on 东南网
(``您所在的位置:东南网 > 福清频道 > 政务要闻 > 正文``, ``2023-01-18 14:57:19 作者: … 来源:福清新闻网 责任编辑:… 我来说两句``,
``福清新闻网1月18日讯(记者 …)``, ``福清市委常委、副市长…分别通报``, ``相关阅读:``, ``打印 | 收藏 | 发给好友 【字号 大 中 小】``); a
满洲里 page (``呼伦贝尔市人大常委会副主任…，我市领导…出席``, ``市委副书记、市长…汇报``); a 鞍山 city-paper page (``本报讯(全媒体
首席记者 …)``) and an 本溪 page (``来源:本溪日报``, ``市委副书记、市长…参加调研``); the 衡阳县 党政门户网 page (``衡南县委书记…，县委
副书记、县长…率…党政代表团``, ``县领导…参加调研``) and a 衡阳日报 epaper page; a 福建 district page (``区委副书记、区长…主持会议并
讲话，区人大常委会主任…、区政协主席…等区四套班子领导``); the 新疆 七师 site and a 库车 page (``市委副书记、常务副市长、经济技术开发区
党工委常务副书记…介绍了``). Places are real and new to the corpus as pages: 湖南 岳阳 (汨罗市, the 岳阳日报), 福建 泉州 (石狮市,
南安市), 重庆 (九龙坡区, 綦江区), 黑龙江 佳木斯 (郊区), 辽宁 丹东 (东港市 in the 丹东日报), 新疆 巴音郭楞 (库尔勒市), 内蒙古
呼伦贝尔 (满洲里市 with 扎赉诺尔区).

Shapes: a county-level city's site, 领导活动 column, of a 岳阳 常务副市长's 调研 with the city's 书记 / 市长 / 常务副市长, a
市委常委 heading the 高新区, a town secretary, and the 座谈会 after it; 相关阅读 headlines naming the 书记 (gd01); the 岳阳日报
第01版 with two articles: the 市委书记's 调研 in 汨罗 (the former 汨罗市长 now 汨罗市委书记) and the 市长's 常务会议 (the former
常务副市长 now 市长) (gd02); the 石狮 site's 领导活动 of the 市委书记 with a 常务副市长, a 副市长, the 市政府办主任 and two towns'
heads (gd03); a 东南网 portal copy of the 南安商报 of a 推进会 (书记 出席并讲话, the former 石狮 常务副市长 now 南安市长 主持,
人大 / 政协 heads, ``等市领导``) (gd04); the 九龙坡 融媒 site of the 区委书记's 调研 with ``区领导…参加`` (gd05); the 綦江 site of a
重庆 副市长's 调研 with 市政府副秘书长 and 市经济信息委副主任 (bare ``市`` = 重庆市), the 区委书记, 区长 and the former 九龙坡 副区长
now 綦江 区委常委、常务副区长, and the 座谈会 after it (gd06); the 佳木斯 郊区 site (a district name several cities share) of the
市长's 调研 with ``市人大常委会副主任、郊区委书记`` (gd07); the 丹东日报 第A01版 of the 市委书记's 调研 in 东港市 (gd08); the 库尔勒
site of the ``州党委常委、市委书记``'s 调研 with ``市委常委、经开区党工委书记`` (gd09); the 满洲里 site of a 市长's 专题会议 with
``呼伦贝尔市委常委、满洲里市委书记``, ``市委常委、扎赉诺尔区委书记`` and ``满洲里综合保税区管委会主任`` (gd10).

Identity cases:
- gd:聂承岳: 岳阳市委常委、常务副市长 in March 2022 (gd01); 岳阳市委副书记、市长 in April 2024 (gd02).
- gd:黎文韬: 汨罗市委副书记、市长 in March 2022 (gd01); 汨罗市委书记 in April 2024 (gd02), succeeded as 市长 by gd:樊卓然.
- gd:柯建民 moves between two county-level cities of 泉州: 石狮市委常委、常务副市长 in August 2022 (gd03); 南安市委副书记、市长
  in February 2024 (gd04).
- gd:谭晓澜 moves between two 重庆 districts: 九龙坡区副区长 in May 2023 (gd05); 綦江区委常委、常务副区长 in September 2024 (gd06).
- the same official in two pages in the same posts: gd:符晓川 (汨罗市委常委、汨罗高新区党工委书记, 2022 and 2024).
- two different 郑宏伟 in unrelated places, both deputy mayors in 2023: gd:郑宏伟#1 is 东港市委常委、常务副市长 (辽宁 丹东, gd08,
  July 2023); gd:郑宏伟#2 is 库尔勒市副市长 (新疆 巴州, gd09, October 2023).
- one organ name of different places: bare ``市委书记`` is 汨罗's on the 汨罗 site (gd01), 岳阳's in the 岳阳日报 (gd02, where
  汨罗's is written ``汨罗市委书记``), 石狮's (gd03), 南安's (gd04), 丹东's in the 丹东日报 (gd08) and 库尔勒's (gd09); bare
  ``区委书记`` is 九龙坡's (gd05) and 綦江's (gd06); bare ``副市长`` is 岳阳's, 石狮's, 重庆's (on a district site), 丹东's,
  库尔勒's and 满洲里's; ``市委常委、常务副市长`` is 汨罗's (gd01), 岳阳's (gd02) and 石狮's (gd03); ``市委常委、秘书长`` is 岳阳's
  (gd02) and 丹东's (gd08); bare ``经开区`` is 库尔勒's (gd09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, df, ds, gc where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county-level city's site bare ``市委`` / ``市``
  = that city (汨罗, 石狮, 库尔勒, 满洲里); on a district site bare ``市`` = the parent city (佳木斯) or the municipality
  (重庆 on the 綦江 site: ``副市长`` → 重庆市政府, ``市政府副秘书长`` → 重庆市政府 副秘书长, ``市经济信息委副主任`` → 重庆市经济信息委);
  in a city paper bare ``市委`` / ``市`` = the paper's city (岳阳, 丹东) and the county-level city's organs carry its name.
- ``岳阳市委常委、常务副市长`` → 岳阳市委 常委 + 岳阳市政府 常务副市长; ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长 (the 秘书长
  after 市委常委 is the 市委's, as bs's 地委委员、秘书长); ``市人大常委会副主任、郊区委书记`` → 佳木斯市人大常委会 副主任 +
  佳木斯市郊区委 书记; ``呼伦贝尔市委常委、满洲里市委书记`` → 呼伦贝尔市委 常委 + 满洲里市委 书记.
- 郊区 is a district name several cities share (佳木斯, 铜陵, 阳泉): label ``佳木斯市郊区`` (CONVENTIONS, as 开封市鼓楼区): 郊区委
  → 佳木斯市郊区委, 区长 → 佳木斯市郊区政府, its towns 佳木斯市郊区敖其镇. The place is annotated as written (``郊区``).
- 新疆's ``州党委`` → 巴音郭楞蒙古自治州党委 (as df's 昌吉回族自治州党委 and ds's 伊犁哈萨克自治州党委): ``州党委常委、市委书记``
  → 巴音郭楞蒙古自治州党委 常委 + 库尔勒市委 书记.
- Zones: 汨罗高新区 (written so; city without 市 + short name); 库尔勒经济技术开发区 / bare 经开区 → ``库尔勒经开区``
  (``市委常委、经开区党工委书记`` → 库尔勒市委 常委 + 库尔勒经开区党工委 书记); 綦江高新区 appears only in a project name;
  满洲里综合保税区 → ``满洲里综保区`` (CONVENTIONS folds 综合保税区 when it is the whole zone name): ``满洲里综合保税区管委会主任``
  → 满洲里综保区管委会 主任.
- DECIDED HERE: ``市委常委、扎赉诺尔区委书记`` on the 满洲里 site → 满洲里市委 常委 + 扎赉诺尔区委 书记 (扎赉诺尔区 is a district
  of 呼伦贝尔 managed by 满洲里; its name is unique, so no city prefix; the bare 市委 of the 满洲里 site is 满洲里's).
- Towns and streets: county label + name + organ: ``在弼时镇，镇党委书记卢国栋`` → 汨罗市弼时镇党委 书记; ``镇党委副书记、镇长``
  → X镇党委 副书记 + X镇政府 镇长 (as bq).
- DECIDED HERE: ``市政府办主任`` → org ``石狮市政府办`` (the department as written after the place, 办 not expanded to 办公室),
  title 主任; ``市发展和改革局局长`` → 南安市发展和改革局 局长 and ``岳阳市发展改革委主任`` → 岳阳市发展改革委 主任 (as written).
- Not posts: ``区领导鲁炳坤`` (gd05), ``等市领导`` (gd04) (CONVENTIONS); 区领导 named are attendees.
- Events: every 调研 is an ``inspection`` (leader; 陪同 / 参加 / 随同 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 /
  作了说明 speakers); the 座谈会 after an inspection is its own meeting of the same day (as bs's 督导反馈会) (gd01, gd06); the
  常务会议, 推进会 and 专题会议 are meetings (chair = 主持; ``出席会议并讲话`` = attendee and speaker, as bq05). DECIDED HERE: a
  paragraph of 表示 right after the 座谈会 paragraph (``龚建勋表示``, ``冉启贵表示``) belongs to the 座谈会. Meetings named only in
  相关阅读 / 本版其他文章 / 上一篇 / 下一篇 links (``龚建勋主持召开市委常委会会议``) are not reported and not annotated.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``南安商报讯（记者 … 通讯员 …）``, ``九龙融媒讯（记者 … …）``, ``（石狮市融媒体中心 记者
  …）``, ``（记者 …）`` are reporter / correspondent lines; 编辑 / 责任编辑 / 审核 are editor lines; the portal's ``作者：`` line
  repeats the byline and gives no extra line.
- Projects: works inspected or reported, named as written (a zone prefix kept: ``经开区年产20万吨聚酯新材料项目``); …产业园 /
  …产业园二期 / 三期 / 示范园 ``industrial_park``; 物流园 / 冷链物流中心 ``logistics_hub``; 生态修复 / 生态治理 ``greening_project``;
  堤防加固 ``engineering_work``; 码头, 燃气管网, 供热管网, 口岸货运通道 ``infrastructure_project``; the rest ``project``.
- Places: one line per name per file, as written (``汨罗市`` and ``汨罗`` both); places inside titles, organ references and
  project names count; DECIDED HERE: one-character abbreviations in ``来汨调研`` / ``来綦调研`` are no place lines; site lines,
  mastheads, 来源 lines, footers, 相关阅读 / 本版其他文章 / 上一篇 / 下一篇 links are not annotated (as bs).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gd01_miluo.txt": (2022, "发布时间：2022-03-17 09:32", "汨罗市", [
        ("聂承岳在汨罗市调研产业项目和园区建设工作", "3月16日", "2022-03-16", "3月16日，岳阳市委常委",
         "county-level city site (领导活动): a 岳阳 常务副市长's 调研 with the city's 书记 / 市长 / 常务副市长 and a 市委常委 heading the 高新区; 座谈会; 相关阅读")]),
    "gd02_yueyang.txt": (2024, "2024年04月11日　星期四", "岳阳市", [
        ("覃国梁在汨罗市调研时强调", "4月10日上午", "2024-04-10", "本报讯（记者 邹晓岚 通讯员 阮秋萍）4月10日上午",
         "city paper 第01版: the 市委书记's 调研 in 汨罗; the former 汨罗市长 now 汨罗市委书记"),
        ("聂承岳主持召开市政府第三十六次常务会议", "4月10日下午", "2024-04-10", "本报讯（记者 方雨婷）4月10日下午",
         "city paper 第01版: 市政府常务会议; the former 常务副市长 now 市长")]),
    "gd03_shishi.txt": (2022, "发布时间：2022-08-24 17:06", "石狮市", [
        ("许文澜调研重点项目建设和招商引资工作", "8月23日", "2022-08-23", "8月23日，市委书记许文澜",
         "county-level city site (领导活动): the 市委书记's 调研 of three towns with the 常务副市长 (柯建民), a 副市长, the 市政府办主任")]),
    "gd04_nanan.txt": (2024, "2024-02-27 10:12:05", "南安市", [
        ("南安召开2024年一季度重点项目攻坚推进会", "2月26日", "2024-02-26", "南安商报讯（记者 黄婉萍 通讯员 傅志坚）2月26日",
         "portal copy (东南网) of the 南安商报: 推进会; 书记 出席并讲话, the former 石狮 常务副市长 now 南安市长 主持")]),
    "gd05_jiulongpo.txt": (2023, "发布日期：2023-05-19 17:42", "九龙坡区", [
        ("闵德华到西彭镇调研铝产业发展和安全生产工作", "5月18日", "2023-05-18", "九龙融媒讯（记者 何思诺 吴凯）5月18日",
         "district 融媒 site: the 区委书记's 调研 in 西彭镇 with 常务副区长, 副区长 (谭晓澜), the town secretary; 区领导 参加")]),
    "gd06_qijiang.txt": (2024, "日期：2024-09-12", "綦江区", [
        ("宫振华来綦调研制造业高质量发展和安全生产工作", "9月11日", "2024-09-11", "9月11日，副市长宫振华",
         "district site: a 重庆 副市长's 调研 with 市政府副秘书长, 市经济信息委副主任, 区委书记, 区长 and the former 九龙坡 副区长 now 常务副区长; 座谈会")]),
    "gd07_jiaoqu.txt": (2022, "发布日期：2022-06-08 09:15:55", "佳木斯市郊区", [
        ("佟立伟到郊区调研农业生产和文旅项目建设", "6月7日", "2022-06-07", "6月7日，市委副书记、市长佟立伟",
         "district site (郊区, a name several cities share): the 佳木斯 市长's 调研 with 市政府秘书长, 市人大常委会副主任、郊区委书记, 区长")]),
    "gd08_dandong.txt": (2023, "2023年7月13日　星期四", "丹东市", [
        ("苏长林在东港市调研时要求", "7月12日", "2023-07-12", "本报讯（记者 姜芷晴）7月12日",
         "city paper 第A01版: the 市委书记's 调研 in 东港市 with 市委常委、秘书长, 副市长 and 东港's 书记 / 市长 / 常务副市长 (郑宏伟#1)")]),
    "gd09_kuerle.txt": (2023, "发布时间：2023-10-19 19:30", "库尔勒市", [
        ("陈立恒深入库尔勒经济技术开发区和塔什店镇调研", "10月18日", "2023-10-18", "10月18日，州党委常委、市委书记陈立恒",
         "county-level city site: the 州党委常委、市委书记's 调研 with the 市长, 市委常委、经开区党工委书记 and 副市长 郑宏伟#2")]),
    "gd10_manzhouli.txt": (2024, "发布时间：2024-06-14 18:02", "满洲里市", [
        ("满洲里市召开口岸通关保障工作专题会议", "6月13日", "2024-06-13", "6月13日，市委副书记、市长巴雅尔达来",
         "county-level city site: the 市长's 专题会议 with 呼伦贝尔市委常委、满洲里市委书记, 扎赉诺尔区委书记, 综保区管委会主任")]),
}

_YY, _ML, _SS, _NA = "岳阳市", "汨罗市", "石狮市", "南安市"
_JQ = "佳木斯市郊区"
_D01_NIE = "岳阳市委常委、常务副市长聂承岳来汨调研"
_D01_FU = "市委常委、汨罗高新区党工委书记符晓川陪同"
_D02_FU = "汨罗市委常委、汨罗高新区党工委书记符晓川"
_D07_BAO = "市人大常委会副主任、郊区委书记鲍振川"
_D09_CHEN = "州党委常委、市委书记陈立恒深入库尔勒经济技术开发区"
_D10_KONG = "呼伦贝尔市委常委、满洲里市委书记孔令岳出席会议并讲话"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湖南 岳阳 / 汨罗
    "gd:聂承岳": ("聂承岳", "official", _YY, [
        ("gd01", _YY + "委", "常委", _D01_NIE, "2022-03 (identity case: 市长 in 2024, gd02); named in the headline too"),
        ("gd01", _YY + "政府", "常务副市长", _D01_NIE, None),
        ("gd02", _YY + "委", "副书记", "市委副书记、市长聂承岳主持召开", "2024-04: bare 市委 in the 岳阳日报 = 岳阳市委"),
        ("gd02", _YY + "政府", "市长", "市委副书记、市长聂承岳主持召开", "2024-04: now 市长")], []),
    "gd:晏丽君": ("晏丽君", "official", _YY, [
        ("gd01", _YY + "发展改革委", "主任", "岳阳市发展改革委主任晏丽君随同调研", "as written")], []),
    "gd:龚建勋": ("龚建勋", "official", _ML, [
        ("gd01", _ML + "委", "书记", "市委书记龚建勋", "bare 市委 on the 汨罗 site = 汨罗市委; also named in a 相关阅读 headline")], []),
    "gd:黎文韬": ("黎文韬", "official", _ML, [
        ("gd01", _ML + "委", "副书记", "市委副书记、市长黎文韬", "2022-03 (identity case: 汨罗市委书记 in 2024, gd02)"),
        ("gd01", _ML + "政府", "市长", "市委副书记、市长黎文韬", None),
        ("gd02", _ML + "委", "书记", "汨罗市委书记黎文韬", "2024-04: now 书记")], []),
    "gd:胥丽萍": ("胥丽萍", "official", _ML, [
        ("gd01", _ML + "委", "常委", "市委常委、常务副市长胥丽萍", None),
        ("gd01", _ML + "政府", "常务副市长", "市委常委、常务副市长胥丽萍", None)], []),
    "gd:符晓川": ("符晓川", "official", _ML, [
        ("gd01", _ML + "委", "常委", _D01_FU, "2022-03"),
        ("gd01", "汨罗高新区党工委", "书记", _D01_FU, "zone label: city without 市 + 高新区"),
        ("gd02", _ML + "委", "常委", _D02_FU, "2024-04: the same posts"),
        ("gd02", "汨罗高新区党工委", "书记", _D02_FU, None)], []),
    "gd:卢国栋": ("卢国栋", "official", _ML, [
        ("gd01", _ML + "弼时镇党委", "书记", "在弼时镇，镇党委书记卢国栋", "town: county label + name")], []),
    "gd:覃国梁": ("覃国梁", "official", _YY, [
        ("gd02", _YY + "委", "书记", "市委书记覃国梁深入汨罗市", "bare 市委 in the 岳阳日报 = 岳阳市委; named in the headline too")], []),
    "gd:邬德华": ("邬德华", "official", _YY, [
        ("gd02", _YY + "委", "常委", "市委常委、秘书长邬德华", None),
        ("gd02", _YY + "委", "秘书长", "市委常委、秘书长邬德华", "秘书长 after 市委常委 = the 市委's")], []),
    "gd:牟立新": ("牟立新", "official", _YY, [
        ("gd02", _YY + "政府", "副市长", "副市长牟立新参加调研", "article 1"),
        ("gd02", _YY + "政府", "副市长", "副市长牟立新、丛雪梅出席", "article 2 (one line per post per article)")], []),
    "gd:樊卓然": ("樊卓然", "official", _ML, [
        ("gd02", _ML + "委", "副书记", "市委副书记、市长樊卓然陪同", "after 汨罗市委书记: 汨罗's (succeeds 黎文韬)"),
        ("gd02", _ML + "政府", "市长", "市委副书记、市长樊卓然陪同", None)], []),
    "gd:郝铁军": ("郝铁军", "official", _YY, [
        ("gd02", _YY + "委", "常委", "市委常委、常务副市长郝铁军", "succeeds 聂承岳 as 常务副市长"),
        ("gd02", _YY + "政府", "常务副市长", "市委常委、常务副市长郝铁军", None)], []),
    "gd:丛雪梅": ("丛雪梅", "official", _YY, [
        ("gd02", _YY + "政府", "副市长", "副市长牟立新、丛雪梅出席", "list after one title")], []),
    "gd:鞠长海": ("鞠长海", "official", _YY, [
        ("gd02", _YY + "水利局", "局长", "市水利局局长鞠长海汇报了", None)], []),
    # ---- 福建 泉州 (石狮, 南安)
    "gd:许文澜": ("许文澜", "official", _SS, [
        ("gd03", _SS + "委", "书记", "市委书记许文澜带队深入宝盖镇", "bare 市委 on the 石狮 site; named in the headline too")], []),
    "gd:柯建民": ("柯建民", "official", "泉州市", [
        ("gd03", _SS + "委", "常委", "市委常委、常务副市长柯建民", "2022-08: 石狮 (identity case: 南安市长 in 2024, gd04)"),
        ("gd03", _SS + "政府", "常务副市长", "市委常委、常务副市长柯建民", None),
        ("gd04", _NA + "委", "副书记", "市委副书记、市长柯建民主持会议", "2024-02: now 南安市委副书记、市长"),
        ("gd04", _NA + "政府", "市长", "市委副书记、市长柯建民主持会议", None)], []),
    "gd:洪丽娟": ("洪丽娟", "official", _SS, [
        ("gd03", _SS + "政府", "副市长", "副市长洪丽娟", None)], []),
    "gd:全永哲": ("全永哲", "official", _SS, [
        ("gd03", _SS + "政府办", "主任", "市政府办主任全永哲陪同调研", "DECIDED HERE: 市政府办 as written")], []),
    "gd:吴志斌": ("吴志斌", "official", _SS, [
        ("gd03", _SS + "宝盖镇党委", "书记", "在宝盖镇，镇党委书记吴志斌", None)], []),
    "gd:施婉玲": ("施婉玲", "official", _SS, [
        ("gd03", _SS + "蚶江镇党委", "副书记", "在蚶江镇，镇党委副书记、镇长施婉玲", None),
        ("gd03", _SS + "蚶江镇政府", "镇长", "在蚶江镇，镇党委副书记、镇长施婉玲", None)], []),
    "gd:李恒昌": ("李恒昌", "official", _NA, [
        ("gd04", _NA + "委", "书记", "市委书记李恒昌出席会议并讲话", "bare 市委 on the 南安 page = 南安市委")], []),
    "gd:潘启运": ("潘启运", "official", _NA, [
        ("gd04", _NA + "人大常委会", "主任", "市人大常委会主任潘启运", None)], []),
    "gd:黄振川": ("黄振川", "official", _NA, [
        ("gd04", _NA + "政协", "主席", "市政协主席黄振川", None)], []),
    "gd:戴少华": ("戴少华", "official", _NA, [
        ("gd04", _NA + "委", "常委", "市委常委、常务副市长戴少华等市领导出席", "``等市领导`` is no post"),
        ("gd04", _NA + "政府", "常务副市长", "市委常委、常务副市长戴少华等市领导出席", None)], []),
    "gd:刘俊杰": ("刘俊杰", "official", _NA, [
        ("gd04", _NA + "官桥镇党委", "书记", "官桥镇党委书记刘俊杰", None)], []),
    "gd:傅明辉": ("傅明辉", "official", _NA, [
        ("gd04", _NA + "水头镇党委", "书记", "水头镇党委书记傅明辉", None)], []),
    "gd:吕晓东": ("吕晓东", "official", _NA, [
        ("gd04", _NA + "发展和改革局", "局长", "市发展和改革局局长吕晓东", "as written")], []),
    # ---- 重庆 (九龙坡区, 綦江区)
    "gd:闵德华": ("闵德华", "official", "九龙坡区", [
        ("gd05", "九龙坡区委", "书记", "区委书记闵德华到西彭镇调研", "bare 区委 on the 九龙坡 site; named in the headline too")], []),
    "gd:沈峻峰": ("沈峻峰", "official", "九龙坡区", [
        ("gd05", "九龙坡区委", "常委", "区委常委、常务副区长沈峻峰", None),
        ("gd05", "九龙坡区政府", "常务副区长", "区委常委、常务副区长沈峻峰", None)], []),
    "gd:谭晓澜": ("谭晓澜", "official", "重庆市", [
        ("gd05", "九龙坡区政府", "副区长", "副区长谭晓澜", "2023-05: 九龙坡 (identity case: 綦江 常务副区长 in 2024, gd06)"),
        ("gd06", "綦江区委", "常委", "区委常委、常务副区长谭晓澜", "2024-09: now 綦江"),
        ("gd06", "綦江区政府", "常务副区长", "区委常委、常务副区长谭晓澜", None)], []),
    "gd:邢志国": ("邢志国", "official", "九龙坡区", [
        ("gd05", "九龙坡区西彭镇党委", "书记", "西彭镇党委书记邢志国", None)], []),
    "gd:鲁炳坤": ("鲁炳坤", "official", "九龙坡区", [], ["gd05"]),
    "gd:宫振华": ("宫振华", "official", "重庆市", [
        ("gd06", "重庆市政府", "副市长", "副市长宫振华来綦调研", "bare 副市长 on a 重庆 district site = 重庆市's; named in the headline too")], []),
    "gd:庞继业": ("庞继业", "official", "重庆市", [
        ("gd06", "重庆市政府", "副秘书长", "市政府副秘书长庞继业", None)], []),
    "gd:范晓琳": ("范晓琳", "official", "重庆市", [
        ("gd06", "重庆市经济信息委", "副主任", "市经济信息委副主任范晓琳", "as written")], []),
    "gd:冉启贵": ("冉启贵", "official", "綦江区", [
        ("gd06", "綦江区委", "书记", "区委书记冉启贵", None)], []),
    "gd:廖雪芹": ("廖雪芹", "official", "綦江区", [
        ("gd06", "綦江区委", "副书记", "区委副书记、区长廖雪芹", None),
        ("gd06", "綦江区政府", "区长", "区委副书记、区长廖雪芹", None)], []),
    # ---- 黑龙江 佳木斯 郊区
    "gd:佟立伟": ("佟立伟", "official", "佳木斯市", [
        ("gd07", "佳木斯市委", "副书记", "市委副书记、市长佟立伟到郊区调研", "bare 市 on the 郊区 site = 佳木斯; named in the headline too"),
        ("gd07", "佳木斯市政府", "市长", "市委副书记、市长佟立伟到郊区调研", None)], []),
    "gd:单立群": ("单立群", "official", "佳木斯市", [
        ("gd07", "佳木斯市政府", "秘书长", "市政府秘书长单立群参加调研", None)], []),
    "gd:鲍振川": ("鲍振川", "official", _JQ, [
        ("gd07", "佳木斯市人大常委会", "副主任", _D07_BAO, None),
        ("gd07", _JQ + "委", "书记", _D07_BAO, "郊区 (a name several cities share) → 佳木斯市郊区")], []),
    "gd:于晓彤": ("于晓彤", "official", _JQ, [
        ("gd07", _JQ + "委", "副书记", "郊区委副书记、区长于晓彤", None),
        ("gd07", _JQ + "政府", "区长", "郊区委副书记、区长于晓彤", None)], []),
    "gd:关雪岭": ("关雪岭", "official", _JQ, [
        ("gd07", _JQ + "敖其镇党委", "书记", "在敖其镇，镇党委书记关雪岭", None)], []),
    # ---- 辽宁 丹东 / 东港
    "gd:苏长林": ("苏长林", "official", "丹东市", [
        ("gd08", "丹东市委", "书记", "市委书记苏长林到东港市调研", "bare 市委 in the 丹东日报 = 丹东市委; named in the headline too")], []),
    "gd:曲红英": ("曲红英", "official", "丹东市", [
        ("gd08", "丹东市委", "常委", "市委常委、秘书长曲红英", None),
        ("gd08", "丹东市委", "秘书长", "市委常委、秘书长曲红英", None)], []),
    "gd:姜宏图": ("姜宏图", "official", "丹东市", [
        ("gd08", "丹东市政府", "副市长", "副市长姜宏图参加调研", None)], []),
    "gd:宋玉川": ("宋玉川", "official", "东港市", [
        ("gd08", "东港市委", "书记", "东港市委书记宋玉川", None)], []),
    "gd:毕海鸥": ("毕海鸥", "official", "东港市", [
        ("gd08", "东港市委", "副书记", "东港市委副书记、市长毕海鸥", None),
        ("gd08", "东港市政府", "市长", "东港市委副书记、市长毕海鸥", None)], []),
    "gd:郑宏伟#1": ("郑宏伟", "official", "东港市", [
        ("gd08", "东港市委", "常委", "东港市委常委、常务副市长郑宏伟", "东港 (辽宁), 2023-07; not the 郑宏伟 of 库尔勒 (gd09)"),
        ("gd08", "东港市政府", "常务副市长", "东港市委常委、常务副市长郑宏伟", None)], []),
    "gd:栾志衡": ("栾志衡", "official", "东港市", [
        ("gd08", "东港市孤山镇党委", "书记", "在孤山镇，镇党委书记栾志衡", None)], []),
    # ---- 新疆 巴州 / 库尔勒
    "gd:陈立恒": ("陈立恒", "official", "库尔勒市", [
        ("gd09", "巴音郭楞蒙古自治州党委", "常委", _D09_CHEN, "新疆's 州党委 (as df, ds); named in the headline too"),
        ("gd09", "库尔勒市委", "书记", _D09_CHEN, None)], []),
    "gd:艾尔肯·阿不都热依木": ("艾尔肯·阿不都热依木", "official", "库尔勒市", [
        ("gd09", "库尔勒市委", "副书记", "市委副书记、市长艾尔肯·阿不都热依木", None),
        ("gd09", "库尔勒市政府", "市长", "市委副书记、市长艾尔肯·阿不都热依木", None)], []),
    "gd:苗建军": ("苗建军", "official", "库尔勒市", [
        ("gd09", "库尔勒市委", "常委", "市委常委、经开区党工委书记苗建军", None),
        ("gd09", "库尔勒经开区党工委", "书记", "市委常委、经开区党工委书记苗建军", "bare 经开区 on the 库尔勒 site = 库尔勒经开区")], []),
    "gd:郑宏伟#2": ("郑宏伟", "official", "库尔勒市", [
        ("gd09", "库尔勒市政府", "副市长", "副市长郑宏伟陪同调研", "库尔勒 (新疆), 2023-10; not the 郑宏伟 of 东港 (gd08)")], []),
    "gd:古丽娜尔·吾买尔": ("古丽娜尔·吾买尔", "official", "库尔勒市", [
        ("gd09", "库尔勒市塔什店镇党委", "书记", "在塔什店镇，镇党委书记古丽娜尔·吾买尔", None)], []),
    # ---- 内蒙古 呼伦贝尔 / 满洲里
    "gd:巴雅尔达来": ("巴雅尔达来", "official", "满洲里市", [
        ("gd10", "满洲里市委", "副书记", "市委副书记、市长巴雅尔达来主持召开", None),
        ("gd10", "满洲里市政府", "市长", "市委副书记、市长巴雅尔达来主持召开", None)], []),
    "gd:孔令岳": ("孔令岳", "official", "满洲里市", [
        ("gd10", "呼伦贝尔市委", "常委", _D10_KONG, None),
        ("gd10", "满洲里市委", "书记", _D10_KONG, None)], []),
    "gd:图门吉日格勒": ("图门吉日格勒", "official", "满洲里市", [
        ("gd10", "满洲里市政府", "副市长", "副市长图门吉日格勒", None)], []),
    "gd:张晨曦": ("张晨曦", "official", "满洲里市", [
        ("gd10", "满洲里市政府", "秘书长", "市政府秘书长张晨曦出席会议", None)], []),
    "gd:陈汐": ("陈汐", "official", "满洲里市", [
        ("gd10", "满洲里市商务局", "局长", "市商务局局长陈汐通报了", None)], []),
    "gd:苏和巴特尔": ("苏和巴特尔", "official", "满洲里市", [
        ("gd10", "满洲里市委", "常委", "市委常委、扎赉诺尔区委书记苏和巴特尔", None),
        ("gd10", "扎赉诺尔区委", "书记", "市委常委、扎赉诺尔区委书记苏和巴特尔", "DECIDED HERE: 扎赉诺尔区 (unique name) without city prefix")], []),
    "gd:牛建平": ("牛建平", "official", "满洲里市", [
        ("gd10", "满洲里综保区管委会", "主任", "满洲里综合保税区管委会主任牛建平", "综合保税区 folded to 综保区 (the whole zone name)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gd01", "任晓雯", "责任编辑", "editor", "责任编辑：任晓雯"),
    ("gd02", "邹晓岚", "记者", "reporter", "本报讯（记者 邹晓岚 通讯员 阮秋萍）"),
    ("gd02", "阮秋萍", "通讯员", "correspondent", "本报讯（记者 邹晓岚 通讯员 阮秋萍）"),
    ("gd02", "方雨婷", "记者", "reporter", "本报讯（记者 方雨婷）"),
    ("gd03", "蔡婉清", "记者", "reporter", "（石狮市融媒体中心 记者 蔡婉清）"),
    ("gd03", "尤嘉琪", "责任编辑", "editor", "责任编辑：尤嘉琪"),
    ("gd04", "黄婉萍", "记者", "reporter", "南安商报讯（记者 黄婉萍 通讯员 傅志坚）"),
    ("gd04", "傅志坚", "通讯员", "correspondent", "南安商报讯（记者 黄婉萍 通讯员 傅志坚）"),
    ("gd04", "陈嘉韵", "责任编辑", "editor", "责任编辑：陈嘉韵"),
    ("gd05", "何思诺", "记者", "reporter", "九龙融媒讯（记者 何思诺 吴凯）"),
    ("gd05", "吴凯", "记者", "reporter", "九龙融媒讯（记者 何思诺 吴凯）"),
    ("gd05", "贺欣然", "编辑", "editor", "编辑：贺欣然"),
    ("gd05", "陆振宇", "审核", "editor", "审核：陆振宇"),
    ("gd06", "蒲小川", "记者", "reporter", "（记者 蒲小川）"),
    ("gd06", "熊晓敏", "责任编辑", "editor", "责任编辑：熊晓敏"),
    ("gd08", "姜芷晴", "记者", "reporter", "本报讯（记者 姜芷晴）"),
    ("gd09", "阿依古丽·买买提", "记者", "reporter", "（库尔勒市融媒体中心 记者 阿依古丽·买买提）"),
    ("gd09", "林雅琳", "编辑", "editor", "编辑：林雅琳"),
    ("gd09", "迪娜·沙布尔", "审核", "editor", "审核：迪娜·沙布尔"),
    ("gd10", "萨如拉", "记者", "reporter", "（记者 萨如拉）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("gd01", "汨罗市产业项目建设和园区发展调研", "inspection (调研)", "3月16日", None, "聂承岳", [],
     ["晏丽君", "龚建勋", "黎文韬", "胥丽萍", "符晓川"], ["符晓川", "卢国栋"], "汨罗市",
     "岳阳市委常委、常务副市长聂承岳来汨调研产业项目建设和园区发展工作",
     [_D01_NIE, "岳阳市发展改革委主任晏丽君随同调研", "市委书记龚建勋", "市委副书记、市长黎文韬", "市委常委、常务副市长胥丽萍",
      _D01_FU, "符晓川介绍了", "镇党委书记卢国栋汇报了"]),
    ("gd01", "座谈会", "meeting (座谈会)", "3月16日", None, None, [],
     [], ["黎文韬", "胥丽萍", "聂承岳", "晏丽君", "龚建勋"], "汨罗市",
     "在随后召开的座谈会上，黎文韬汇报了汨罗市一季度经济运行和重点项目推进情况",
     ["黎文韬汇报了", "胥丽萍就项目要素保障作了补充发言", "聂承岳指出", "晏丽君就中央预算内投资", "龚建勋表示"]),
    ("gd02", "汨罗市产业项目建设和县域经济发展调研", "inspection (调研)", "4月10日上午", None, "覃国梁", [],
     ["邬德华", "牟立新", "黎文韬", "樊卓然"], ["符晓川", "覃国梁", "黎文韬"], "汨罗市",
     "市委书记覃国梁深入汨罗市，调研产业项目建设和县域经济发展工作",
     ["市委书记覃国梁深入汨罗市", "市委常委、秘书长邬德华，副市长牟立新参加调研", "汨罗市委书记黎文韬", "市长樊卓然陪同",
      "符晓川介绍了", "覃国梁强调", "黎文韬表示"]),
    ("gd02", "市政府第三十六次常务会议", "meeting (市政府常务会议)", "4月10日下午", "聂承岳", None, ["岳阳市政府"],
     ["郝铁军", "牟立新", "丛雪梅"], ["鞠长海", "聂承岳", "郝铁军"], None,
     "市委副书记、市长聂承岳主持召开市政府第三十六次常务会议",
     ["市长聂承岳主持召开", "市委常委、常务副市长郝铁军，副市长牟立新、丛雪梅出席", "市水利局局长鞠长海汇报了", "聂承岳强调",
      "郝铁军就城市更新项目资金筹措作了具体安排"]),
    ("gd03", "重点项目建设和招商引资工作调研", "inspection (调研)", "8月23日", None, "许文澜", [],
     ["柯建民", "洪丽娟", "全永哲"], ["吴志斌", "施婉玲", "许文澜", "柯建民"], "宝盖镇、蚶江镇、鸿山镇",
     "市委书记许文澜带队深入宝盖镇、蚶江镇、鸿山镇，调研重点项目建设和招商引资工作",
     ["市委书记许文澜带队深入宝盖镇", "常务副市长柯建民，副市长洪丽娟，市政府办主任全永哲陪同调研", "镇党委书记吴志斌介绍了",
      "镇长施婉玲汇报了", "许文澜指出", "柯建民就下阶段项目用地保障"]),
    ("gd04", "2024年一季度重点项目攻坚推进会", "meeting (推进会)", "2月26日", "柯建民", None, ["南安市"],
     ["李恒昌", "潘启运", "黄振川", "戴少华"], ["戴少华", "刘俊杰", "傅明辉", "吕晓东", "李恒昌", "柯建民"], None,
     "2月26日，南安市召开2024年一季度重点项目攻坚推进会",
     ["市委书记李恒昌出席会议并讲话", "市长柯建民主持会议", "市人大常委会主任潘启运，市政协主席黄振川，市委常委、常务副市长戴少华等市领导出席",
      "戴少华通报了", "官桥镇党委书记刘俊杰、水头镇党委书记傅明辉作表态发言", "吕晓东就省市重点项目申报", "李恒昌强调", "柯建民要求"]),
    ("gd05", "西彭镇铝产业高质量发展和安全生产调研", "inspection (调研)", "5月18日", None, "闵德华", [],
     ["沈峻峰", "谭晓澜", "邢志国", "鲁炳坤"], ["邢志国", "谭晓澜", "闵德华", "沈峻峰"], "西彭镇",
     "区委书记闵德华到西彭镇调研铝产业高质量发展和安全生产工作",
     ["区委书记闵德华到西彭镇调研", "常务副区长沈峻峰，副区长谭晓澜，西彭镇党委书记邢志国参加调研", "区领导鲁炳坤参加",
      "邢志国汇报了", "谭晓澜介绍了", "闵德华强调", "沈峻峰就标准厂房招商"]),
    ("gd06", "綦江区制造业高质量发展和安全生产调研", "inspection (调研)", "9月11日", None, "宫振华", [],
     ["庞继业", "范晓琳", "冉启贵", "廖雪芹", "谭晓澜"], ["谭晓澜"], "綦江区",
     "副市长宫振华来綦调研制造业高质量发展和安全生产工作",
     ["副市长宫振华来綦调研", "市政府副秘书长庞继业，市经济信息委副主任范晓琳参加调研",
      "区委书记冉启贵，区委副书记、区长廖雪芹，区委常委、常务副区长谭晓澜陪同调研", "谭晓澜介绍了"]),
    ("gd06", "座谈会", "meeting (座谈会)", "9月11日", None, None, [],
     [], ["廖雪芹", "宫振华", "范晓琳", "冉启贵"], "綦江区",
     "在随后召开的座谈会上，廖雪芹汇报了綦江区制造业发展和安全生产工作情况",
     ["廖雪芹汇报了", "他强调", "范晓琳就企业技改项目申报作了说明", "冉启贵表示"]),
    ("gd07", "郊区农业生产和文旅项目建设调研", "inspection (调研)", "6月7日", None, "佟立伟", [],
     ["单立群", "鲍振川", "于晓彤"], ["关雪岭", "于晓彤", "佟立伟", "鲍振川"], "郊区",
     "市委副书记、市长佟立伟到郊区调研农业生产和文旅项目建设工作",
     ["市长佟立伟到郊区调研", "市政府秘书长单立群参加调研", _D07_BAO, "郊区委副书记、区长于晓彤陪同调研",
      "镇党委书记关雪岭介绍了", "于晓彤汇报了", "佟立伟指出", "鲍振川表示"]),
    ("gd08", "东港市海洋经济和乡村振兴工作调研", "inspection (调研)", "7月12日", None, "苏长林", [],
     ["曲红英", "姜宏图", "宋玉川", "毕海鸥", "郑宏伟"], ["栾志衡", "郑宏伟", "苏长林", "宋玉川"], "东港市",
     "市委书记苏长林到东港市调研海洋经济和乡村振兴工作",
     ["市委书记苏长林到东港市调研", "市委常委、秘书长曲红英，副市长姜宏图参加调研", "东港市委书记宋玉川", "市长毕海鸥",
      "常务副市长郑宏伟陪同调研", "镇党委书记栾志衡汇报了", "郑宏伟介绍了", "苏长林强调", "宋玉川表示"]),
    ("gd09", "库尔勒经济技术开发区和塔什店镇重点项目建设和冬季供暖保障调研", "inspection (调研)", "10月18日", None, "陈立恒", [],
     ["艾尔肯·阿不都热依木", "苗建军", "郑宏伟"], ["苗建军", "古丽娜尔·吾买尔", "郑宏伟", "陈立恒"], "库尔勒经济技术开发区、塔什店镇",
     "州党委常委、市委书记陈立恒深入库尔勒经济技术开发区、塔什店镇调研重点项目建设和冬季供暖保障工作",
     [_D09_CHEN, "市长艾尔肯·阿不都热依木", "经开区党工委书记苗建军", "副市长郑宏伟陪同调研", "苗建军介绍了",
      "镇党委书记古丽娜尔·吾买尔汇报了", "郑宏伟就全市供暖季前设施检修", "陈立恒强调"]),
    ("gd10", "口岸通关保障工作专题会议", "meeting (专题会议)", "6月13日", "巴雅尔达来", None, ["满洲里市"],
     ["孔令岳", "图门吉日格勒", "张晨曦"], ["陈汐", "苏和巴特尔", "牛建平", "孔令岳", "巴雅尔达来"], None,
     "市委副书记、市长巴雅尔达来主持召开口岸通关保障工作专题会议",
     ["市长巴雅尔达来主持召开", _D10_KONG, "副市长图门吉日格勒，市政府秘书长张晨曦出席会议", "市商务局局长陈汐通报了",
      "扎赉诺尔区委书记苏和巴特尔汇报了", "管委会主任牛建平汇报了", "孔令岳强调", "巴雅尔达来要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gd01", "汨罗高新区锂电池材料循环利用项目", "project", "先后来到汨罗高新区锂电池材料循环利用项目"),
    ("gd01", "汨罗新能源装备产业园一期", "industrial_park", "汨罗新能源装备产业园一期和弼时镇"),
    ("gd01", "弼时镇高标准农田建设项目", "project", "弼时镇高标准农田建设项目现场"),
    ("gd02", "汨罗高新区锂电池材料循环利用项目", "project", "在汨罗高新区锂电池材料循环利用项目，覃国梁走进生产车间"),
    ("gd02", "新市古镇保护利用工程", "project", "覃国梁来到新市古镇保护利用工程"),
    ("gd02", "汨罗江国家湿地公园生态修复工程", "greening_project", "汨罗江国家湿地公园生态修复工程现场"),
    ("gd03", "宝盖镇时尚智能制造产业园三期", "industrial_park", "先后来到宝盖镇时尚智能制造产业园三期"),
    ("gd03", "蚶江镇海峡两岸渔业产业园", "industrial_park", "蚶江镇海峡两岸渔业产业园和鸿山镇"),
    ("gd03", "鸿山镇石湖港区配套物流园项目", "logistics_hub", "鸿山镇石湖港区配套物流园项目现场"),
    ("gd04", "南安芯谷产业园二期", "industrial_park", "南安芯谷产业园二期和水头石材产业数字化改造项目"),
    ("gd04", "水头石材产业数字化改造项目", "project", "南安芯谷产业园二期和水头石材产业数字化改造项目"),
    ("gd04", "仑苍镇水暖卫浴智能制造基地", "project", "加快仑苍镇水暖卫浴智能制造基地等项目建设进度"),
    ("gd05", "西彭镇高端铝材精深加工项目", "project", "先后来到西彭镇高端铝材精深加工项目"),
    ("gd05", "九龙坡区铝产业园标准厂房二期", "industrial_park", "九龙坡区铝产业园标准厂房二期和西彭镇"),
    ("gd05", "西彭镇长江岸线生态修复工程", "greening_project", "西彭镇长江岸线生态修复工程现场"),
    ("gd06", "綦江高新区齿轮传动产业园二期", "industrial_park", "先后来到綦江高新区齿轮传动产业园二期"),
    ("gd06", "通惠街道新能源汽车零部件生产基地", "project", "通惠街道新能源汽车零部件生产基地和古南街道"),
    ("gd06", "古南街道城市燃气管网更新改造工程", "infrastructure_project", "古南街道城市燃气管网更新改造工程现场"),
    ("gd07", "长发镇现代农业产业园水稻智能育秧中心", "project", "先后来到长发镇现代农业产业园水稻智能育秧中心"),
    ("gd07", "敖其镇赫哲风情小镇建设项目", "project", "敖其镇赫哲风情小镇建设项目和沿江乡"),
    ("gd07", "沿江乡松花江堤防加固工程", "engineering_work", "沿江乡松花江堤防加固工程现场"),
    ("gd08", "东港市草莓全产业链示范园", "industrial_park", "先后来到东港市草莓全产业链示范园"),
    ("gd08", "孤山镇大鹿岛旅游码头改造工程", "infrastructure_project", "孤山镇大鹿岛旅游码头改造工程和海洋红港区"),
    ("gd08", "海洋红港区冷链物流中心二期", "logistics_hub", "海洋红港区冷链物流中心二期项目现场"),
    ("gd09", "经开区年产20万吨聚酯新材料项目", "project", "先后来到经开区年产20万吨聚酯新材料项目"),
    ("gd09", "塔什店镇集中供热管网改造工程", "infrastructure_project", "塔什店镇集中供热管网改造工程和孔雀河"),
    ("gd09", "孔雀河城区段生态治理工程", "greening_project", "孔雀河城区段生态治理工程现场"),
    ("gd10", "满洲里综保区跨境电商监管中心建设项目", "project", "汇报了满洲里综保区跨境电商监管中心建设项目"),
    ("gd10", "满洲里公路口岸货运通道改扩建工程", "infrastructure_project", "满洲里公路口岸货运通道改扩建工程进展"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gd01", "岳阳市", "prefecture_city", "in_title", _D01_NIE),
    ("gd01", "汨罗市", "county_level_city", "standalone", "黎文韬汇报了汨罗市一季度经济运行"),
    ("gd01", "汨罗", "county_level_city", "standalone", "汨罗区位优势明显"),
    ("gd01", "汨罗高新区", "development_zone", "standalone", "在汨罗高新区，符晓川介绍了"),
    ("gd01", "弼时镇", "town", "standalone", "在弼时镇，镇党委书记卢国栋"),
    ("gd02", "汨罗市", "county_level_city", "standalone", "市委书记覃国梁深入汨罗市"),
    ("gd02", "汨罗", "county_level_city", "standalone", "汨罗要坚持产业立市"),
    ("gd02", "汨罗高新区", "development_zone", "standalone", "依托汨罗高新区做强再生资源"),
    ("gd02", "新市古镇", "ancient_town", "in_project_name", "覃国梁来到新市古镇保护利用工程"),
    ("gd02", "汨罗江国家湿地公园", "wetland_park", "in_project_name", "汨罗江国家湿地公园生态修复工程现场"),
    ("gd02", "汨罗江", "river", "standalone", "察看项目进度和汨罗江沿岸生态保护情况"),
    ("gd02", "洞庭湖", "lake", "standalone", "落实洞庭湖区堤防和病险水库度汛措施"),
    ("gd03", "宝盖镇", "town", "standalone", "带队深入宝盖镇、蚶江镇、鸿山镇"),
    ("gd03", "蚶江镇", "town", "standalone", "带队深入宝盖镇、蚶江镇、鸿山镇"),
    ("gd03", "鸿山镇", "town", "standalone", "带队深入宝盖镇、蚶江镇、鸿山镇"),
    ("gd03", "石湖港区", "port", "in_project_name", "鸿山镇石湖港区配套物流园项目现场"),
    ("gd03", "石狮", "county_level_city", "standalone", "推动更多优质项目落地石狮"),
    ("gd04", "南安市", "county_level_city", "standalone", "2月26日，南安市召开"),
    ("gd04", "南安", "county_level_city", "standalone", "今年是南安撤县设市31周年"),
    ("gd04", "官桥镇", "town", "in_title", "官桥镇党委书记刘俊杰"),
    ("gd04", "水头镇", "town", "in_title", "水头镇党委书记傅明辉"),
    ("gd04", "仑苍镇", "town", "in_project_name", "加快仑苍镇水暖卫浴智能制造基地等项目建设进度"),
    ("gd05", "西彭镇", "town", "standalone", "区委书记闵德华到西彭镇调研"),
    ("gd05", "九龙坡区", "district", "in_project_name", "九龙坡区铝产业园标准厂房二期和西彭镇"),
    ("gd05", "九龙坡", "district", "standalone", "铝产业是九龙坡的传统优势产业"),
    ("gd05", "长江", "river", "standalone", "守好长江上游生态屏障"),
    ("gd06", "綦江高新区", "development_zone", "in_project_name", "先后来到綦江高新区齿轮传动产业园二期"),
    ("gd06", "通惠街道", "sub_district_office", "in_project_name", "通惠街道新能源汽车零部件生产基地和古南街道"),
    ("gd06", "古南街道", "sub_district_office", "in_project_name", "古南街道城市燃气管网更新改造工程现场"),
    ("gd06", "綦江区", "district", "standalone", "廖雪芹汇报了綦江区制造业发展"),
    ("gd06", "綦江", "district", "standalone", "綦江要依托齿轮、铝材"),
    ("gd06", "渝南黔北", "region", "standalone", "加快建设渝南黔北先进制造业基地"),
    ("gd07", "郊区", "district", "standalone", "市委副书记、市长佟立伟到郊区调研"),
    ("gd07", "长发镇", "town", "in_project_name", "先后来到长发镇现代农业产业园水稻智能育秧中心"),
    ("gd07", "敖其镇", "town", "standalone", "在敖其镇，镇党委书记关雪岭"),
    ("gd07", "沿江乡", "township", "in_project_name", "沿江乡松花江堤防加固工程现场"),
    ("gd07", "松花江", "river", "standalone", "要提前做好松花江防汛各项准备"),
    ("gd08", "东港市", "county_level_city", "standalone", "市委书记苏长林到东港市调研"),
    ("gd08", "东港", "county_level_city", "standalone", "东港是全市向海发展的前沿阵地"),
    ("gd08", "孤山镇", "town", "standalone", "在孤山镇，镇党委书记栾志衡"),
    ("gd08", "大鹿岛", "island", "standalone", "汇报了大鹿岛海岛旅游"),
    ("gd08", "海洋红港区", "port", "in_project_name", "海洋红港区冷链物流中心二期项目现场"),
    ("gd09", "库尔勒经济技术开发区", "development_zone", "standalone", "深入库尔勒经济技术开发区、塔什店镇调研"),
    ("gd09", "经开区", "development_zone", "standalone", "苗建军介绍了经开区今年以来招商引资"),
    ("gd09", "塔什店镇", "town", "standalone", "在塔什店镇，镇党委书记"),
    ("gd09", "孔雀河", "river", "standalone", "要持续抓好孔雀河生态治理"),
    ("gd10", "呼伦贝尔市", "prefecture_city", "in_title", _D10_KONG),
    ("gd10", "满洲里市", "county_level_city", "standalone", "满洲里市召开口岸通关保障工作专题会议"),
    ("gd10", "满洲里", "county_level_city", "standalone", "满洲里是我国对俄开放的最大陆路口岸"),
    ("gd10", "扎赉诺尔区", "district", "standalone", "汇报了扎赉诺尔区进口资源落地加工情况"),
    ("gd10", "满洲里综合保税区", "bonded_zone", "in_title", "满洲里综合保税区管委会主任牛建平"),
    ("gd10", "满洲里综保区", "bonded_zone", "in_project_name", "汇报了满洲里综保区跨境电商监管中心建设项目"),
    ("gd10", "满洲里公路口岸", "port", "in_project_name", "满洲里公路口岸货运通道改扩建工程进展"),
    ("gd10", "后贝加尔斯克", "foreign_town", "standalone", "加强与后贝加尔斯克方面的沟通会晤"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gd", conventions="set gd (blind, held-out-like mix: district and county-level-city government sites with full chrome (领导活动 / 工作动态 columns, 发布时间 / 来源 / 浏览次数, 相关阅读, 备案号 footers), a district 融媒 site, a 东南网 portal copy of a city paper and city-paper editions (one with two articles) from 湖南 (汨罗市, 岳阳日报), 福建 (石狮市, 南安市), 重庆 (九龙坡区, 綦江区), 黑龙江 (佳木斯市郊区, a district name several cities share), 辽宁 (丹东日报 on 东港市), 新疆 (库尔勒市: 州党委 → 巴音郭楞蒙古自治州党委, 经开区 → 库尔勒经开区) and 内蒙古 (满洲里市 with 扎赉诺尔区 and 满洲里综保区); bare organs take the page's place or its parent (重庆 on a 綦江 site); 市委常委、秘书长 → 市委 秘书长; 区领导 / 等市领导 no post; the 座谈会 after a 调研 its own meeting; one line per post per article)",
          persons_note="Set gd persons. id = corpus-wide person_id (gd:郑宏伟#1 of 东港市 (辽宁) and gd:郑宏伟#2 of 库尔勒市 (新疆) are two people, both deputy mayors in 2023; gd:聂承岳 岳阳 常务副市长 2022 → 市长 2024; gd:黎文韬 汨罗市长 2022 → 汨罗市委书记 2024; gd:柯建民 石狮 常务副市长 2022 → 南安市长 2024; gd:谭晓澜 九龙坡 副区长 2023 → 綦江 常务副区长 2024)")


if __name__ == "__main__":
    main()
