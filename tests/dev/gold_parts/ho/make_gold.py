"""Write gold part ``ho`` (a blind set: city-level leadership over several years — 市政府常务会议, 市委常委会会议, 市人大常委会
任免 (名单 pages and session reports) and later news of the same people, in three prefecture-level cities of three
provinces, dated so that the succession of each post is visible) from the tables below.

Pages ``tests/dev/texts/ho*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 蓬溪 / 遂宁 government page of a 市人大常委会 session (``来源:遂宁新闻网讯
发布时间:… 浏览次数: 字体: [ ] 打印``, ``接受…辞去市人民政府市长职务，决定任命…为市人民政府副市长，并决定为代理市长``, 宪法宣誓,
任命书, ``扫一扫在手机打开当前页``); a 漳州 city paper page (``本报讯（记者 …）6月7日，市十六届人大常委会第四十二次会议召开。…主任
…主持会议，副主任…，秘书长…出席会议。市委常委、常务副市长…，市委常委、组织部长…列席会议``, ``决定接受…辞去…市长职务的请求，
决定任命…为…副市长、代理…市长职务``, ``免去…局长职务``); a 中国网 海峡频道 page of a 泉州 session (``受…主任委托，副主任…主持会议``,
``任免名单如下：会议决定：任命…决定接受：…``); the 温州日报 (代理市长's 表态发言, ``…为…颁发任命书，并举行宪法宣誓仪式``,
``市人大常委会副主任、秘书长出席会议``); the 上饶人大 site (``市二届人大常委会第十一次会议召开…列席了会议``, ``关于…代理上饶市人民政府
市长职务的决定``); a 青年时报 page (``接受…辞去杭州市市长职务，决定任命…为杭州市副市长，代理杭州市市长职务``); a 桂平 人大 page
(``接受了…辞去市政府市长职务的辞呈。任命…为市人民政府副市长、代理市长``); the 舞钢 site's 市委常委会会议 (``发布日期:2020-07-21
来源:融媒体中心 浏览次数:``, ``市委书记…主持会议。市委副书记、代市长…，市委常委…出席会议。市领导…列席会议``); a 明光 市委常委会
(``市人大常委会主任…、市政协主席…列席会议，副市长…在研究相关议题时列席会议``); a 济南日报 市委常委会扩大会议 on the 济南 市委
site (``发布日期 信息来源:济南日报 编辑:``); the 株洲 市政府常务会议 list page and the 杭州 市政府常务会议 会议简介 page (``[收藏]
[字号: ] [打印] [关闭]``), the 禄丰 常务会议议事规则 (who attends, who 列席); 贵港日报 pages (the 代理市长's 政协 联组讨论,
``本报讯（首席记者…）``; the 政协 闭幕 with a ``市领导…`` list); a 新余 portal page (``中共新余市委书记…。中共新余市委副书记、市长…主持。
市领导…，市政府秘书长…参加``) and a 江西之窗 新余 page (``时间: 来源:``); a 三峡日报 page (``来源：三峡日报 编辑: 审核:``) and a 莱西
epaper (``二版:要闻总第1495期 >2015-01-22编印``, ``刊发日期 阅读次数 作者``). Places are real and new (or nearly) to the corpus:
陕西 铜川 (宜君县; 王益区, 印台区, 耀州区, 铜川新区 named), 广西 贵港 (平南县), 江西 新余 (分宜县; 渝水区 named).

Shapes: the 铜川 government site's 市政府常务会议 (市长 主持; 常务副市长, 副市长 list after one title, 秘书长 出席; a 市人大常委会副主任
列席; the 市财政局局长 汇报) (ho01); the 宜君县 site of the 常务副市长's 调研 (bare 市 organs = 铜川's on a county site; 作者 in the
stamp line; share buttons, 相关阅读) (ho02); the 铜川人大 site holding two articles: the 任免名单 (``决定接受：`` / ``决定：`` /
``任命：`` / ``免去：`` headings, one item a line) and the session report (主任 主持; the 常务副市长 ``决定…为…代理市长``; the former
宜君县委书记 任命 副市长; 宪法宣誓; 表态发言) (ho03); the 铜川日报 第01版 of a 市委常委会会议 (two-line headline ``…主持``; the new
市长; a new 常务副市长; the former 县委书记 now 副市长 and the former 县长 now 县委书记 列席有关议题; 本版导读) (ho04); the 平南县 site's
县委常委会会议 (``信息来源 | 发布日期 | 阅读次数``; 常委 list, a 常委 given his second title later; 县人大 / 县政协 heads 列席) (ho05);
the 贵港新闻网 portal (``来源：贵港日报　作者：…　编辑：…``, a 副题 line, 相关新闻) of a 市人大常委会 session (``党组书记、主任``;
the former 平南县委书记 任命 副市长; a 财政局局长 任命, his predecessor 免去; a 副市长's resignation accepted) (ho06); the 贵港 government
site's 市政府常务会议 a year later (the new 副市长 出席; the new 平南县委书记 列席 and 汇报; the new 财政局局长 汇报) (ho07); the 分宜县
site of the 新余 市长's 调研 (常务副市长 参加; 县委书记 and 县长 陪同; a 县水利局局长 介绍) (ho08); the 新余人大 site's 任免名单 page
alone (numbered headings ``一、决定接受：`` …, a 说明 line with ``原任``, a 落款) (ho09); the 新余日报 A1版 holding two articles, a
市委常委会会议 (the former 常务副市长 now 市长; the former 分宜县委书记 now 副市长; the former 分宜县长 now 县委书记) and a 市政府常务会议
(a new 常务副市长; the 教育局局长 appointed in ho09 汇报) (ho10).

Identity cases:
- ho:雷光远, a 常务副市长 who becomes 市长 (铜川): 市委常委、常务副市长 in April and September 2021 (ho01, ho02); ``决定副市长雷光远为
  铜川市人民政府代理市长`` on 2022-12-28 (ho03); 市委副书记、市长 in March 2023 (ho04), with a new 常务副市长 (ho:段永和).
- ho:屈向东, a 县委书记 promoted to 副市长: 宜君县委书记 in Sept 2021 (ho02); 任命 铜川市人民政府副市长 on 2022-12-28 (ho03); 副市长 in
  March 2023 (ho04). ho:惠丽萍 宜君县委副书记、县长 (ho02, 2021) → 宜君县委书记 (ho04, 2023): the succession of the 宜君 post.
- ho:蒙卫平 平南县委书记 (ho05, Apr 2022) → 任命 贵港市人民政府副市长 (ho06, Aug 2023) → 副市长 (ho07, May 2024); ho:莫春雷 平南县委
  副书记、县长 (ho05, 2022) → 平南县委书记 (ho07, 2024).
- ho:敖志坚 分宜县委书记 (ho08, June 2021) → 任命 新余市人民政府副市长 (ho09, June 2023; the 说明's ``原任中共分宜县委书记`` gives no
  line) → 副市长 (ho10, Apr 2024). ho:简明辉 新余市委常委、常务副市长 (ho08, 2021) → 市委副书记、市长 (ho10, 2024), with a new 常务副市长
  (ho:韩世杰); the 2021 市长 is ho:彭建中.
- the same posts on several pages: ho:权春梅 (铜川市人大常委会副主任, ho01 and ho03), ho:薛文岳 (铜川市人大常委会主任, ho03 and ho04),
  ho:马宏图 (铜川市委常委, ho03 and ho04), ho:杜展鹏 (铜川副市长, ho01 and ho03), ho:覃秋萍 (贵港副市长, ho06 and ho07), ho:易远帆
  (新余市政府秘书长, ho08 and ho10), ho:欧阳婷 (任命 新余市教育局局长 in ho09, 汇报 as 局长 in ho10).
- two different 谢文韬 in unrelated places: ho:谢文韬#1 is 任命 贵港市财政局局长 (广西, ho06) and that 局长 in 2024 (ho07); ho:谢文韬#2 is
  分宜县委副书记、县长 (江西 新余, ho08, 2021) and 分宜县委书记 in 2024 (ho10). Both rise, in the same years, with a 财政 / 县域 link.
- one organ name, several places: bare ``市财政局`` is 铜川's (ho01) and 贵港's (ho07); bare ``市人大常委会`` is 铜川's (ho01, ho03,
  ho04), 贵港's (ho06); bare ``市委常委会`` is 铜川's (ho04) and 新余's (ho10); bare ``县委`` is 宜君's (ho02), 平南's (ho05), 分宜's
  (ho08); bare ``市政府副秘书长`` / ``市政府秘书长`` is 铜川's on the 宜君 site (ho02) and 新余's on the 分宜 site (ho08).
- people named without a line (``决定接受…辞去``, ``免去``): ho:郗志成 (铜川 市长 in ho01, resigns in ho03), ho:贺雅楠 and ho:樊瑞祥
  (ho01 posts, 免去 in ho03), ho:甘晓峰, ho:韦国栋 (ho06), ho:胡建平, ho:邝国华, ho:万晓东 (ho09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts bd, gq, eb, fc, ao, ag where they speak; decided here where they are silent):
- 任免 (bd, gq, eb): ``任命：X为…`` / ``任命X为…`` gives a holding at the session date of the 名单's parenthesis or of the report;
  ``决定接受：X辞去…`` and ``免去：X的…职务`` give none (the person is named without a line); one person both 任命 and 免去 in one list
  (黄志宏, ho09) gets the 任命 line only. ``人民代表大会常务委员会`` → 人大常委会 (ag): ``罗映雪为新余市人民代表大会常务委员会财政经济
  工作委员会副主任`` → 新余市人大常委会财政经济工作委员会 副主任; ``新余市中级人民法院副院长、审判委员会委员、审判员`` → 新余市中级
  人民法院 副院长 + 新余市中级人民法院审判委员会 委员 + 新余市中级人民法院 审判员 (eb).
- DECIDED HERE: ``决定：雷光远为铜川市人民政府代理市长`` (the 名单's ``决定：`` heading) and ``决定副市长雷光远为铜川市人民政府代理市长``
  (the report) are holdings like a 任命, at the session date: 铜川市政府 代理市长 (title as written, bd / gq). The ``副市长`` written
  before his name in the report is a holding of the same date (铜川市政府 副市长; he was 常务副市长 until then), and ``代理市长雷光远``
  of the same article gives no second 代理市长 line (one line per post per article; the 名单 and the report are two articles).
- DECIDED HERE: the 说明 line of a 名单 (``敖志坚同志原任中共分宜县委书记``) gives no line (原任 is an undated past post: parts u, ac); its
  place (分宜县) counts.
- Bare organs take the page's place or its parent of the right level (fc): on a county site bare ``市委常委、常务副市长`` /
  ``市委副书记、市长`` / ``市政府副秘书长`` / ``市政府秘书长`` / ``市农业农村局局长`` = the parent city's; bare ``县委`` / ``县长`` /
  ``县水利局`` / ``县人大常委会`` / ``县政协`` = the county's; in a city paper or on a city site bare 市 organs = that city's.
- ``市人大常委会主任`` → X市人大常委会 主任, ``党组书记、主任`` → X市人大常委会党组 书记 + X市人大常委会 主任 (fc); DECIDED HERE: a bare
  ``秘书长`` right after the 人大常委会 副主任 list (``副主任权春梅、雒振国，秘书长袁启明出席会议``) is the 人大常委会's: X市人大常委会
  秘书长. ``市委常委、组织部部长`` → X市委 常委 + X市委组织部 部长; ``市委常委、常务副市长`` → X市委 常委 + X市政府 常务副市长;
  ``市政府秘书长`` → X市政府 秘书长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长; a 常委 of a list who is given his
  second title later in the article (岑立峰, ho05) gets one 常委 line, with the later chain as evidence (ao).
- One line per post per article (简明辉 and 敖志坚 in both articles of ho10 get a line in each); a list after one title gives every
  name that title (``副市长贺雅楠、杜展鹏``, ``市委常委马宏图、钟雪梅``).
- Events: 市政府常务会议 ``meeting (市政府常务会议)``; 市委常委会 / 县委常委会 ``meeting (市委常委会会议)`` / ``meeting (县委常委会会议)``,
  organizer the 委 when the text (or its headline) says 常委会召开 (fc); the 人大常委会 sessions ``session (人大常委会会议)`` (bd, gq),
  organizer the 人大常委会 when the text says it 举行 the session; a 名单 page is no event; the 宪法宣誓 and 任命书 are part of the
  session. Chair = 主持; 出席 / 列席 / 参加 / 陪同 persons and the new appointees who take the oath are attendees; 汇报 / 通报 / 作了说明 /
  作了安排 / 报告 / 表态发言 / 发言 / 提出意见 / 指出 / 强调 / 要求 / 表示 persons are speakers; a head named only as reporting (``会议听取了
  市财政局局长樊瑞祥关于…的汇报``) is a speaker, not an attendee (ao). DECIDED HERE: ``列席有关议题`` (ho04, ho10) makes attendees like
  列席会议; a 县委书记 who 列席 a 市政府常务会议 and 汇报 (莫春雷, ho07) is attendee and speaker. ``会议指出 / 会议要求`` names no speaker.
  A 调研 is an ``inspection`` (leader; 参加 / 陪同 attendees; 介绍 / 汇报 / 作了说明 / 指出 / 强调 / 表示 speakers).
- Bylines: ``本报讯（记者 …）`` reporter lines (``通讯员`` a correspondent line; the portal's ``作者：梁雯婧`` repeats the reporter and
  gives no second row); a county site's ``作者：王思远`` in the stamp line and a ``（X融媒体中心　某某）`` / ``（市人大常委会办公室　某某）``
  credit are author lines (fc); 责任编辑 / 编辑 / 审核 / 校对 are editor lines. DECIDED HERE: ``责任编辑：高　婷`` (a two-character name
  padded with a full-width space, as papers print it) is the person 高婷.
- Only the first line of a two-line headline is the article's headline (bn): ``市委常委会召开会议`` / ``柏庆宇主持``; the 副题 of ho06
  (``农德贤主持 蒙卫平任贵港市人民政府副市长``) repeats the body and gives no line of its own.
- Projects are named works under way, reported on or to be pushed: 产业园 (and their 二期 / 三期, 标准厂房三期) ``industrial_park``;
  港区 / 作业区 works and a 高速公路 section ``infrastructure_project``; 防洪 / 防洪堤 / 综合治理 works ``engineering_work``; 老旧小区改造
  ``housing_project``; a 古镇保护提升工程, a 红色旅游名镇二期项目, a 制种基地, a named 高标准农田建设项目 and a school's 新校区建设项目
  ``project``. DECIDED HERE: ``中国（贵港）纺织服装时尚新区平南片区二期`` is an ``industrial_park``; a 沿江产业带, a 示范村建设, a
  ``乡村振兴示范县创建``, documents (《…方案》, a 实施方案) and slogans (``一区四城``, ``中国锂都``) are no projects.
- Places: one line per name per file, as written; places inside titles and organ references (``铜川市人民政府``, ``贵港市委``),
  document titles and project names count, as do a section name inside a project (``漆水河耀州段`` → 耀州, ``袁河分宜段`` → 分宜,
  ``平南片区`` → 平南, ``丹竹作业区`` → 丹竹, as gq's 河田); standing parks (平南工业园区, 分宜工业园区) are ``zone_park`` (bq). DECIDED HERE: ``西江经济带`` is a
  ``region``; the ``中国`` of a brand (``中国（贵港）…时尚新区``, ``中国锂都``) is no place. Site lines, mastheads, navigation, 来源 lines,
  related-article lists (相关链接 / 相关阅读 / 相关新闻 / 本版导读 / 上一篇 / 下一篇) and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

TC, YJ, GG, PN, XY, FY = "铜川市", "宜君县", "贵港市", "平南县", "新余市", "分宜县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ho01_tongchuan.txt": (2021, "发布时间：2021-04-16 17:32", TC, [
        ("郗志成主持召开市政府第二十六次常务会议", "4月15日下午", "2021-04-15", "4月15日下午，市委副书记",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长 list, 秘书长 出席; 市人大常委会副主任 列席; 市财政局局长 汇报)")]),
    "ho02_yijun.txt": (2021, "发布时间：2021-09-08 10:15", YJ, [
        ("雷光远在宜君县调研玉米产业和乡村振兴工作", "9月7日", "2021-09-07", "9月7日，市委常委",
         "county site: the 铜川 常务副市长's 调研 (bare 市 organs = 铜川's); 县委书记 屈向东 and 县长 惠丽萍 陪同")]),
    "ho03_tongchuan.txt": (2022, "时间：2022-12-29 09:20", TC, [
        ("铜川市人民代表大会常务委员会任免名单", "2022年12月28日", "2022-12-28", "（2022年12月28日铜川市",
         "人大 site: 任免名单 (决定接受 the 市长's resignation; 决定 代理市长; 任命 副市长 and 财政局局长; 免去 副市长 and 局长)"),
        ("市十六届人大常委会举行第八次会议", "12月28日上午", "2022-12-28", "12月28日上午，市十六届",
         "the session report: 主任 主持; 组织部部长 作说明; 副市长 报告; 宪法宣誓; the 代理市长's 表态发言")]),
    "ho04_tongchuan.txt": (2023, "2023年03月15日　星期三", TC, [
        ("市委常委会召开会议", "3月14日", "2023-03-14", "本报讯（记者 黎文博）3月14日",
         "city paper 第01版: 市委常委会会议 (市委书记 主持; the new 市长 and 常务副市长; the new 副市长 and 宜君县委书记 列席有关议题)")]),
    "ho05_pingnan.txt": (2022, "发布日期：2022-04-12", PN, [
        ("县委常委会召开2022年第9次会议", "4月11日", "2022-04-11", "4月11日，县委书记",
         "county site: 县委常委会会议 (县委书记 主持; 县长, 副书记, 常委 list 出席; 县人大 / 县政协 heads 列席; 常务副县长 汇报)")]),
    "ho06_guigang.txt": (2023, "2023-08-30 09:15:22", GG, [
        ("市六届人大常委会举行第十三次会议", "8月29日", "2023-08-29", "本报讯（记者 梁雯婧",
         "portal (贵港日报 reprint): 人大常委会 session; the former 平南县委书记 任命 副市长; 财政局局长 谢文韬#1 任命")]),
    "ho07_guigang.txt": (2024, "发布日期：2024-05-21", GG, [
        ("韦志勤主持召开市政府2024年第10次常务会议", "5月20日", "2024-05-20", "5月20日，市委副书记",
         "city site: 市政府常务会议 (the new 副市长 蒙卫平 出席; the new 平南县委书记 列席 and 汇报; 财政局局长 汇报)")]),
    "ho08_fenyi.txt": (2021, "发布时间：2021-06-18 09:40", FY, [
        ("彭建中到我县调研工业园区发展和防汛工作", "6月17日", "2021-06-17", "6月17日，市委副书记",
         "county site: the 新余 市长's 调研 (常务副市长 and 秘书长 参加; 县委书记 敖志坚, 县长 谢文韬#2 陪同)")]),
    "ho09_xinyu.txt": (2023, "发布时间：2023-06-29", XY, [
        ("新余市人民代表大会常务委员会任免名单", "2023年6月28日", "2023-06-28", "（2023年6月28日新余市",
         "人大 site: 任免名单 alone (numbered headings; the former 分宜县委书记 任命 副市长; 局长, 人大工委 副主任, court posts; 说明 with 原任)")]),
    "ho10_xinyu.txt": (2024, "2024年4月11日　星期四", XY, [
        ("市委常委会召开会议", "4月10日", "2024-04-10", "本报讯（记者 欧阳瑜）4月10日",
         "city paper A1版: 市委常委会会议 (the former 常务副市长 now 市长; 副市长 敖志坚 and 分宜县委书记 谢文韬#2 列席有关议题)"),
        ("简明辉主持召开市政府第三十一次常务会议", "4月9日", "2024-04-09", "本报讯（记者 曹文靖）4月9日",
         "the same page: 市政府常务会议 (a new 常务副市长; the 教育局局长 appointed in ho09 汇报)")]),
}

_HO01_VICE = "副市长贺雅楠、杜展鹏"
_HO03_LEI = "决定副市长雷光远为铜川市人民政府代理市长"
_HO05_CW = "县委常委岑立峰、陶思敏、欧阳婧出席会议"
_HO09_PENG = "彭致远为新余市中级人民法院副院长、审判委员会委员、审判员"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 铜川 (陕西)
    "ho:郗志成": ("郗志成", "official", TC, [
        ("ho01", f"{TC}委", "副书记", "市委副书记、市长郗志成主持召开", "2021-04; named in the headline too"),
        ("ho01", f"{TC}政府", "市长", "市委副书记、市长郗志成主持召开", "his resignation accepted 2022-12-28 (ho03: named, no line)")], ["ho03"]),
    "ho:雷光远": ("雷光远", "official", TC, [
        ("ho01", f"{TC}委", "常委", "市委常委、常务副市长雷光远，副市长", "2021-04 (identity case: 代理市长 2022-12, 市长 2023)"),
        ("ho01", f"{TC}政府", "常务副市长", "市委常委、常务副市长雷光远，副市长", None),
        ("ho02", f"{TC}委", "常委", "市委常委、常务副市长雷光远到宜君县调研", "2021-09: bare 市委 on the 宜君 site = 铜川市委; named in the headline too"),
        ("ho02", f"{TC}政府", "常务副市长", "市委常委、常务副市长雷光远到宜君县调研", None),
        ("ho03", f"{TC}政府", "代理市长", "雷光远为铜川市人民政府代理市长", "DECIDED HERE: the 名单's ``决定：`` item is a holding at the session date (2022-12-28)"),
        ("ho03", f"{TC}政府", "副市长", _HO03_LEI, "DECIDED HERE: the 副市长 written before his name, at the session date (article 2)"),
        ("ho03", f"{TC}政府", "代理市长", "代理市长雷光远作表态发言", "article 2: the decision sentence and this name one post (one line)"),
        ("ho04", f"{TC}委", "副书记", "市委副书记、市长雷光远，市委常委", "2023-03: now 市长"),
        ("ho04", f"{TC}政府", "市长", "市委副书记、市长雷光远，市委常委", None)], []),
    "ho:贺雅楠": ("贺雅楠", "official", TC, [
        ("ho01", f"{TC}政府", "副市长", _HO01_VICE, "2021-04; list after one title; 免去 in ho03 (no line)")], ["ho03"]),
    "ho:杜展鹏": ("杜展鹏", "official", TC, [
        ("ho01", f"{TC}政府", "副市长", _HO01_VICE, "2021-04"),
        ("ho03", f"{TC}政府", "副市长", "副市长杜展鹏，市中级人民法院", "2022-12")], []),
    "ho:鲁永康": ("鲁永康", "official", TC, [
        ("ho01", f"{TC}政府", "秘书长", "市政府秘书长鲁永康出席会议", None)], []),
    "ho:权春梅": ("权春梅", "official", TC, [
        ("ho01", f"{TC}人大常委会", "副主任", "市人大常委会副主任权春梅列席会议", "2021-04; bare 市人大常委会 on the 铜川 site"),
        ("ho03", f"{TC}人大常委会", "副主任", "副主任权春梅、雒振国", "2022-12")], []),
    "ho:樊瑞祥": ("樊瑞祥", "official", TC, [
        ("ho01", f"{TC}财政局", "局长", "市财政局局长樊瑞祥关于", "2021-04; bare 市财政局 = 铜川's here, 贵港's in ho07; 免去 in ho03 (no line)")], ["ho03"]),
    "ho:苏晓晨": ("苏晓晨", "official", TC, [
        ("ho02", f"{TC}政府", "副秘书长", "市政府副秘书长苏晓晨", "bare 市政府 on the 宜君 site = 铜川's")], []),
    "ho:罗振宁": ("罗振宁", "official", TC, [
        ("ho02", f"{TC}农业农村局", "局长", "市农业农村局局长罗振宁参加调研", None)], []),
    "ho:屈向东": ("屈向东", "official", TC, [
        ("ho02", f"{YJ}委", "书记", "县委书记屈向东", "2021-09: bare 县委 on the 宜君 site (identity case: 铜川副市长 from 2022-12)"),
        ("ho03", f"{TC}政府", "副市长", "屈向东为铜川市人民政府副市长", "任命 2022-12-28 (article 1); named in article 2 (宪法宣誓) without a title"),
        ("ho04", f"{TC}政府", "副市长", "副市长屈向东，宜君县委书记", "2023-03")], []),
    "ho:惠丽萍": ("惠丽萍", "official", YJ, [
        ("ho02", f"{YJ}委", "副书记", "县委副书记、县长惠丽萍陪同调研", "2021-09 (identity case: 宜君县委书记 in 2023, the post 屈向东 held)"),
        ("ho02", f"{YJ}政府", "县长", "县委副书记、县长惠丽萍陪同调研", None),
        ("ho04", f"{YJ}委", "书记", "宜君县委书记惠丽萍列席有关议题", "2023-03")], []),
    "ho:车卫疆": ("车卫疆", "official", TC, [
        ("ho03", f"{TC}财政局", "局长", "车卫疆为铜川市财政局局长", "任命 2022-12-28; succeeds 樊瑞祥 (免去)")], []),
    "ho:薛文岳": ("薛文岳", "official", TC, [
        ("ho03", f"{TC}人大常委会", "主任", "市人大常委会主任薛文岳主持会议", "2022-12"),
        ("ho04", f"{TC}人大常委会", "主任", "市人大常委会主任薛文岳列席会议", "2023-03")], []),
    "ho:雒振国": ("雒振国", "official", TC, [
        ("ho03", f"{TC}人大常委会", "副主任", "副主任权春梅、雒振国", None)], []),
    "ho:袁启明": ("袁启明", "official", TC, [
        ("ho03", f"{TC}人大常委会", "秘书长", "秘书长袁启明出席会议", "DECIDED HERE: 秘书长 after the 人大常委会 副主任 list = the 人大常委会's")], []),
    "ho:马宏图": ("马宏图", "official", TC, [
        ("ho03", f"{TC}委", "常委", "市委常委、组织部部长马宏图", "2022-12"),
        ("ho03", f"{TC}委组织部", "部长", "市委常委、组织部部长马宏图", None),
        ("ho04", f"{TC}委", "常委", "市委常委马宏图、钟雪梅", "2023-03; list after one title")], []),
    "ho:柏庆宇": ("柏庆宇", "official", TC, [
        ("ho04", f"{TC}委", "书记", "市委书记柏庆宇主持会议并讲话", "named in the 副题 ``柏庆宇主持`` too")], []),
    "ho:钟雪梅": ("钟雪梅", "official", TC, [
        ("ho04", f"{TC}委", "常委", "市委常委马宏图、钟雪梅", None)], []),
    "ho:段永和": ("段永和", "official", TC, [
        ("ho04", f"{TC}委", "常委", "市委常委、常务副市长段永和等出席会议", "2023-03: the post 雷光远 held in 2021"),
        ("ho04", f"{TC}政府", "常务副市长", "市委常委、常务副市长段永和等出席会议", None)], []),
    # ---- 贵港 (广西)
    "ho:蒙卫平": ("蒙卫平", "official", GG, [
        ("ho05", f"{PN}委", "书记", "县委书记蒙卫平主持召开", "2022-04: bare 县委 on the 平南 site (identity case: 贵港副市长 from 2023-08)"),
        ("ho06", f"{GG}政府", "副市长", "任命蒙卫平为贵港市人民政府副市长", "任命 2023-08-29; the 副题 repeats it"),
        ("ho07", f"{GG}政府", "副市长", "副市长覃秋萍、蒙卫平", "2024-05; list after one title")], []),
    "ho:莫春雷": ("莫春雷", "official", PN, [
        ("ho05", f"{PN}委", "副书记", "县委副书记、县长莫春雷", "2022-04 (identity case: 平南县委书记 in 2024)"),
        ("ho05", f"{PN}政府", "县长", "县委副书记、县长莫春雷", None),
        ("ho07", f"{PN}委", "书记", "平南县委书记莫春雷列席会议", "2024-05: the post 蒙卫平 held in 2022")], []),
    "ho:黎永昌": ("黎永昌", "official", PN, [
        ("ho05", f"{PN}委", "副书记", "县委副书记黎永昌", None)], []),
    "ho:岑立峰": ("岑立峰", "official", PN, [
        ("ho05", f"{PN}委", "常委", "县委常委、常务副县长岑立峰关于", "also in the 常委 list: one 常委 line (ao)"),
        ("ho05", f"{PN}政府", "常务副县长", "县委常委、常务副县长岑立峰关于", None)], []),
    "ho:陶思敏": ("陶思敏", "official", PN, [
        ("ho05", f"{PN}委", "常委", _HO05_CW, "list after one title")], []),
    "ho:欧阳婧": ("欧阳婧", "official", PN, [
        ("ho05", f"{PN}委", "常委", _HO05_CW, "list after one title")], []),
    "ho:曹振邦": ("曹振邦", "official", PN, [
        ("ho05", f"{PN}人大常委会", "主任", "县人大常委会主任曹振邦", None)], []),
    "ho:聂崇航": ("聂崇航", "official", PN, [
        ("ho05", f"{PN}政协", "主席", "县政协主席聂崇航列席会议", None)], []),
    "ho:农德贤": ("农德贤", "official", GG, [
        ("ho06", f"{GG}人大常委会党组", "书记", "市人大常委会党组书记、主任农德贤主持会议", "党组 with 书记 (fc); named in the 副题 too"),
        ("ho06", f"{GG}人大常委会", "主任", "市人大常委会党组书记、主任农德贤主持会议", None)], []),
    "ho:蓝玉萍": ("蓝玉萍", "official", GG, [
        ("ho06", f"{GG}人大常委会", "副主任", "副主任蓝玉萍、潘国栋", None)], []),
    "ho:潘国栋": ("潘国栋", "official", GG, [
        ("ho06", f"{GG}人大常委会", "副主任", "副主任蓝玉萍、潘国栋", None)], []),
    "ho:陆嘉豪": ("陆嘉豪", "official", GG, [
        ("ho06", f"{GG}人大常委会", "秘书长", "秘书长陆嘉豪出席会议", "秘书长 after the 人大常委会 副主任 list")], []),
    "ho:卢广川": ("卢广川", "official", GG, [
        ("ho06", f"{GG}委", "常委", "市委常委、组织部部长卢广川", None),
        ("ho06", f"{GG}委组织部", "部长", "市委常委、组织部部长卢广川", None)], []),
    "ho:覃秋萍": ("覃秋萍", "official", GG, [
        ("ho06", f"{GG}政府", "副市长", "副市长覃秋萍，市监察委员会", "2023-08"),
        ("ho07", f"{GG}政府", "副市长", "副市长覃秋萍、蒙卫平", "2024-05")], []),
    "ho:谢文韬#1": ("谢文韬", "official", GG, [
        ("ho06", f"{GG}财政局", "局长", "任命谢文韬为贵港市财政局局长", "贵港 (广西), 任命 2023-08-29; not the 谢文韬 of 分宜 (ho08, ho10)"),
        ("ho07", f"{GG}财政局", "局长", "市财政局局长谢文韬关于", "2024-05: bare 市财政局 on the 贵港 site")], []),
    "ho:甘晓峰": ("甘晓峰", "official", GG, [], ["ho06"]),
    "ho:韦国栋": ("韦国栋", "official", GG, [], ["ho06"]),
    "ho:韦志勤": ("韦志勤", "official", GG, [
        ("ho07", f"{GG}委", "副书记", "市委副书记、市长韦志勤主持召开", "named in the headline too"),
        ("ho07", f"{GG}政府", "市长", "市委副书记、市长韦志勤主持召开", None)], []),
    "ho:黄承宗": ("黄承宗", "official", GG, [
        ("ho07", f"{GG}委", "常委", "市委常委、常务副市长黄承宗", None),
        ("ho07", f"{GG}政府", "常务副市长", "市委常委、常务副市长黄承宗", None)], []),
    "ho:甘立伟": ("甘立伟", "official", GG, [
        ("ho07", f"{GG}政府", "秘书长", "市政府秘书长甘立伟出席会议", None)], []),
    # ---- 新余 (江西)
    "ho:彭建中": ("彭建中", "official", XY, [
        ("ho08", f"{XY}委", "副书记", "市委副书记、市长彭建中到我县调研", "2021-06: bare 市委 on the 分宜 site = 新余市委; named in the headline too"),
        ("ho08", f"{XY}政府", "市长", "市委副书记、市长彭建中到我县调研", None)], []),
    "ho:简明辉": ("简明辉", "official", XY, [
        ("ho08", f"{XY}委", "常委", "市委常委、常务副市长简明辉", "2021-06 (identity case: 市长 in 2024)"),
        ("ho08", f"{XY}政府", "常务副市长", "市委常委、常务副市长简明辉", None),
        ("ho10", f"{XY}委", "副书记", "市委副书记、市长简明辉，市委常委", "2024-04, article 1"),
        ("ho10", f"{XY}政府", "市长", "市委副书记、市长简明辉，市委常委", None),
        ("ho10", f"{XY}委", "副书记", "4月9日，市委副书记、市长简明辉主持召开", "article 2 (one line per post per article); named in its headline too"),
        ("ho10", f"{XY}政府", "市长", "4月9日，市委副书记、市长简明辉主持召开", None)], []),
    "ho:易远帆": ("易远帆", "official", XY, [
        ("ho08", f"{XY}政府", "秘书长", "市政府秘书长易远帆参加调研", "2021-06: bare 市政府 on the 分宜 site = 新余's"),
        ("ho10", f"{XY}政府", "秘书长", "市政府秘书长易远帆出席会议", "2024-04, article 2")], []),
    "ho:敖志坚": ("敖志坚", "official", XY, [
        ("ho08", f"{FY}委", "书记", "县委书记敖志坚", "2021-06: bare 县委 on the 分宜 site (identity case: 新余副市长 from 2023-06)"),
        ("ho09", f"{XY}政府", "副市长", "敖志坚为新余市人民政府副市长", "任命 2023-06-28; DECIDED HERE: the 说明's ``原任中共分宜县委书记`` gives no line"),
        ("ho10", f"{XY}政府", "副市长", "副市长敖志坚，分宜县委书记", "2024-04, article 1"),
        ("ho10", f"{XY}政府", "副市长", "副市长敖志坚，市政府秘书长", "article 2")], []),
    "ho:谢文韬#2": ("谢文韬", "official", FY, [
        ("ho08", f"{FY}委", "副书记", "县委副书记、县长谢文韬陪同调研", "分宜 (江西), 2021-06; not the 谢文韬 of 贵港 (ho06, ho07)"),
        ("ho08", f"{FY}政府", "县长", "县委副书记、县长谢文韬陪同调研", None),
        ("ho10", f"{FY}委", "书记", "分宜县委书记谢文韬列席有关议题", "2024-04: the post 敖志坚 held in 2021")], []),
    "ho:严立诚": ("严立诚", "official", FY, [
        ("ho08", f"{FY}水利局", "局长", "县水利局局长严立诚介绍了", None)], []),
    "ho:胡建平": ("胡建平", "official", XY, [], ["ho09"]),
    "ho:欧阳婷": ("欧阳婷", "official", XY, [
        ("ho09", f"{XY}教育局", "局长", "欧阳婷为新余市教育局局长", "任命 2023-06-28; succeeds 邝国华 (免去)"),
        ("ho10", f"{XY}教育局", "局长", "市教育局局长欧阳婷关于", "2024-04, article 2")], []),
    "ho:黄志宏": ("黄志宏", "official", XY, [
        ("ho09", f"{XY}自然资源局", "局长", "黄志宏为新余市自然资源局局长", "任命; his 林业局局长 is 免去 in the same list (no line)")], []),
    "ho:罗映雪": ("罗映雪", "official", XY, [
        ("ho09", f"{XY}人大常委会财政经济工作委员会", "副主任", "罗映雪为新余市人民代表大会常务委员会财政经济工作委员会副主任", "人民代表大会常务委员会 → 人大常委会 (ag)")], []),
    "ho:彭致远": ("彭致远", "official", XY, [
        ("ho09", f"{XY}中级人民法院", "副院长", _HO09_PENG, "任命"),
        ("ho09", f"{XY}中级人民法院审判委员会", "委员", _HO09_PENG, "as bd / eb"),
        ("ho09", f"{XY}中级人民法院", "审判员", _HO09_PENG, "审判员 is a court post (eb)")], []),
    "ho:邝国华": ("邝国华", "official", XY, [], ["ho09"]),
    "ho:万晓东": ("万晓东", "official", XY, [], ["ho09"]),
    "ho:熊国柱": ("熊国柱", "official", XY, [
        ("ho10", f"{XY}委", "书记", "市委书记熊国柱主持会议并讲话", "named in the 副题 ``熊国柱主持`` too")], []),
    "ho:付振东": ("付振东", "official", XY, [
        ("ho10", f"{XY}委", "常委", "市委常委付振东、邵启峰", None)], []),
    "ho:邵启峰": ("邵启峰", "official", XY, [
        ("ho10", f"{XY}委", "常委", "市委常委付振东、邵启峰", None)], []),
    "ho:韩世杰": ("韩世杰", "official", XY, [
        ("ho10", f"{XY}委", "常委", "市委常委、常务副市长韩世杰", "2024-04: the post 简明辉 held in 2021"),
        ("ho10", f"{XY}政府", "常务副市长", "市委常委、常务副市长韩世杰", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ho01", "张晓蓓", "责任编辑", "editor", "责任编辑：张晓蓓"),
    ("ho02", "王思远", "作者", "author", "作者：王思远"),
    ("ho02", "姚海鹰", "编辑", "editor", "编辑：姚海鹰"),
    ("ho02", "邵建锋", "审核", "editor", "审核：邵建锋"),
    ("ho03", "周若兰", "供稿", "author", "（市人大常委会办公室　周若兰）"),
    ("ho03", "付建刚", "责任编辑", "editor", "责任编辑：付建刚"),
    ("ho04", "黎文博", "记者", "reporter", "本报讯（记者 黎文博）"),
    ("ho04", "高婷", "责任编辑", "editor", "责任编辑：高　婷"),
    ("ho05", "黄小玲", "供稿", "author", "（平南县融媒体中心　黄小玲）"),
    ("ho05", "蒋立群", "责任编辑", "editor", "责任编辑：蒋立群"),
    ("ho06", "梁雯婧", "记者", "reporter", "本报讯（记者 梁雯婧 通讯员 韦思婷）"),
    ("ho06", "韦思婷", "通讯员", "correspondent", "本报讯（记者 梁雯婧 通讯员 韦思婷）"),
    ("ho06", "宋一凡", "编辑", "editor", "编辑：宋一凡"),
    ("ho08", "刘子豪", "记者", "reporter", "（记者 刘子豪）"),
    ("ho08", "杨舒婷", "编辑", "editor", "编辑：杨舒婷"),
    ("ho08", "吴昊宇", "审核", "editor", "审核：吴昊宇"),
    ("ho10", "欧阳瑜", "记者", "reporter", "本报讯（记者 欧阳瑜）"),
    ("ho10", "曹文靖", "记者", "reporter", "本报讯（记者 曹文靖）"),
    ("ho10", "钟晓澜", "责任编辑", "editor", "责任编辑：钟晓澜"),
    ("ho10", "潘思语", "校对", "editor", "校对：潘思语"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ho01", "市政府第二十六次常务会议", "meeting (市政府常务会议)", "4月15日下午", "郗志成", None, [],
     ["雷光远", "贺雅楠", "杜展鹏", "鲁永康", "权春梅"], ["樊瑞祥", "雷光远", "杜展鹏", "郗志成"], None,
     "市委副书记、市长郗志成主持召开市政府第二十六次常务会议",
     ["市长郗志成主持召开", "市委常委、常务副市长雷光远，副市长贺雅楠、杜展鹏，市政府秘书长鲁永康出席会议",
      "市人大常委会副主任权春梅列席会议", "市财政局局长樊瑞祥关于一季度全市财政收支情况的汇报", "雷光远就一季度经济运行情况作了通报",
      "杜展鹏就做好汛前隐患排查", "郗志成强调"]),
    ("ho02", "宜君县玉米产业发展和乡村振兴工作调研", "inspection (调研)", "9月7日", None, "雷光远", [],
     ["苏晓晨", "罗振宁", "屈向东", "惠丽萍"], ["屈向东", "惠丽萍", "罗振宁", "雷光远"], "宜君县",
     "市委常委、常务副市长雷光远到宜君县调研玉米产业发展和乡村振兴工作",
     ["常务副市长雷光远到宜君县调研", "市政府副秘书长苏晓晨，市农业农村局局长罗振宁参加调研", "县委书记屈向东，县委副书记、县长惠丽萍陪同调研",
      "屈向东介绍了", "惠丽萍汇报了", "罗振宁就做好秋收期间农机调度作了说明", "雷光远指出", "屈向东表示"]),
    ("ho03", "市十六届人大常委会第八次会议", "session (人大常委会会议)", "12月28日上午", "薛文岳", None, ["铜川市人大常委会"],
     ["权春梅", "雒振国", "袁启明", "马宏图", "杜展鹏", "雷光远", "屈向东", "车卫疆"], ["马宏图", "杜展鹏", "雷光远", "薛文岳"], None,
     "12月28日上午，市十六届人大常委会举行第八次会议",
     ["市人大常委会主任薛文岳主持会议", "副主任权春梅、雒振国，秘书长袁启明出席会议", "市委常委、组织部部长马宏图，副市长杜展鹏",
      "马宏图就有关人事任免事项作了说明", "杜展鹏受市人民政府委托所作的关于", "雷光远、屈向东、车卫疆进行了宪法宣誓",
      "代理市长雷光远作表态发言", "薛文岳指出"]),
    ("ho04", "市委常委会会议", "meeting (市委常委会会议)", "3月14日", "柏庆宇", None, [f"{TC}委"],
     ["雷光远", "马宏图", "钟雪梅", "段永和", "薛文岳", "屈向东", "惠丽萍"], ["惠丽萍", "柏庆宇", "雷光远", "屈向东"], None,
     "3月14日，市委常委会召开会议",
     ["市委书记柏庆宇主持会议并讲话", "市委副书记、市长雷光远，市委常委马宏图、钟雪梅，市委常委、常务副市长段永和等出席会议",
      "市人大常委会主任薛文岳列席会议", "副市长屈向东，宜君县委书记惠丽萍列席有关议题", "会议听取了惠丽萍关于", "柏庆宇指出",
      "雷光远就抓好一季度经济运行", "屈向东就巩固拓展脱贫攻坚成果"]),
    ("ho05", "县委常委会2022年第9次会议", "meeting (县委常委会会议)", "4月11日", "蒙卫平", None, [f"{PN}委"],
     ["莫春雷", "黎永昌", "岑立峰", "陶思敏", "欧阳婧", "曹振邦", "聂崇航"], ["岑立峰", "蒙卫平", "莫春雷"], None,
     "县委书记蒙卫平主持召开县委常委会2022年第9次会议",
     ["县委书记蒙卫平主持召开", "县委副书记、县长莫春雷，县委副书记黎永昌，县委常委岑立峰、陶思敏、欧阳婧出席会议",
      "县人大常委会主任曹振邦，县政协主席聂崇航列席会议", "常务副县长岑立峰关于一季度全县经济运行情况的汇报", "蒙卫平强调",
      "莫春雷就做好一季度"]),
    ("ho06", "市六届人大常委会第十三次会议", "session (人大常委会会议)", "8月29日", "农德贤", None, ["贵港市人大常委会"],
     ["蓝玉萍", "潘国栋", "陆嘉豪", "卢广川", "覃秋萍", "蒙卫平", "谢文韬"], ["卢广川", "覃秋萍", "蒙卫平", "农德贤"], None,
     "8月29日，市六届人大常委会举行第十三次会议",
     ["党组书记、主任农德贤主持会议", "副主任蓝玉萍、潘国栋，秘书长陆嘉豪出席会议", "市委常委、组织部部长卢广川，副市长覃秋萍",
      "卢广川受市委委托就蒙卫平同志的有关情况作了说明", "覃秋萍受市人民政府委托所作的关于", "蒙卫平、谢文韬进行了宪法宣誓",
      "蒙卫平作表态发言", "农德贤强调"]),
    ("ho07", "市政府2024年第10次常务会议", "meeting (市政府常务会议)", "5月20日", "韦志勤", None, [],
     ["黄承宗", "覃秋萍", "蒙卫平", "甘立伟", "莫春雷"], ["谢文韬", "莫春雷", "蒙卫平", "黄承宗", "韦志勤"], None,
     "市委副书记、市长韦志勤主持召开市政府2024年第10次常务会议",
     ["市长韦志勤主持召开", "市委常委、常务副市长黄承宗，副市长覃秋萍、蒙卫平，市政府秘书长甘立伟出席会议", "平南县委书记莫春雷列席会议",
      "市财政局局长谢文韬关于", "听取了莫春雷关于", "蒙卫平就郁江贵港城区段防洪排涝工程", "黄承宗就抓好二季度", "韦志勤强调"]),
    ("ho08", "分宜县工业园区发展和防汛工作调研", "inspection (调研)", "6月17日", None, "彭建中", [],
     ["简明辉", "易远帆", "敖志坚", "谢文韬"], ["谢文韬", "严立诚", "彭建中", "简明辉", "敖志坚"], "分宜县",
     "市委副书记、市长彭建中到我县调研工业园区发展和防汛工作",
     ["市长彭建中到我县调研", "市委常委、常务副市长简明辉，市政府秘书长易远帆参加调研", "县委书记敖志坚，县委副书记、县长谢文韬陪同调研",
      "谢文韬汇报了", "县水利局局长严立诚介绍了", "彭建中强调", "简明辉就做好园区企业用工保障", "敖志坚表示"]),
    ("ho10", "市委常委会会议", "meeting (市委常委会会议)", "4月10日", "熊国柱", None, [f"{XY}委"],
     ["简明辉", "付振东", "邵启峰", "敖志坚", "谢文韬"], ["谢文韬", "熊国柱", "简明辉", "敖志坚"], None,
     "4月10日，市委常委会召开会议",
     ["市委书记熊国柱主持会议并讲话", "市委副书记、市长简明辉，市委常委付振东、邵启峰等出席会议", "副市长敖志坚，分宜县委书记谢文韬列席有关议题",
      "会议听取了谢文韬关于", "熊国柱强调", "简明辉就做好一季度经济运行", "敖志坚就锂电产业要素保障提出了意见"]),
    ("ho10", "市政府第三十一次常务会议", "meeting (市政府常务会议)", "4月9日", "简明辉", None, [],
     ["韩世杰", "敖志坚", "易远帆"], ["欧阳婷", "简明辉"], None,
     "市委副书记、市长简明辉主持召开市政府第三十一次常务会议",
     ["4月9日，市委副书记、市长简明辉主持召开", "市委常委、常务副市长韩世杰，副市长敖志坚，市政府秘书长易远帆出席会议",
      "市教育局局长欧阳婷关于", "简明辉强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ho01", "王益区七一路片区老旧小区改造项目", "housing_project", "王益区七一路片区老旧小区改造项目要在6月底前全面开工"),
    ("ho01", "印台区陈炉古镇保护提升工程", "project", "印台区陈炉古镇保护提升工程要统筹好文物保护"),
    ("ho01", "耀州区照金红色旅游名镇二期项目", "project", "推进耀州区照金红色旅游名镇二期项目"),
    ("ho01", "铜川新区装备制造产业园", "industrial_park", "铜川新区装备制造产业园建设作了安排"),
    ("ho02", "彭镇玉米制种基地", "project", "先后来到彭镇玉米制种基地"),
    ("ho02", "宜君县玉米种业产业园", "industrial_park", "宜君县玉米种业产业园和哭泉镇"),
    ("ho02", "哭泉镇高标准农田建设项目", "project", "哭泉镇高标准农田建设项目现场"),
    ("ho03", "漆水河耀州段综合治理工程", "engineering_work", "关于漆水河耀州段综合治理工程建设情况的报告"),
    ("ho04", "玉米种业产业园二期", "industrial_park", "玉米种业产业园二期建成投用"),
    ("ho04", "宜君至旬邑高速公路宜君段", "infrastructure_project", "加快宜君至旬邑高速公路宜君段前期工作"),
    ("ho04", "铜川新区装备制造产业园二期", "industrial_park", "推进铜川新区装备制造产业园二期等重点项目建设"),
    ("ho05", "平南港区丹竹作业区二期工程", "infrastructure_project", "平南港区丹竹作业区二期工程加快建设"),
    ("ho05", "平南工业园区标准厂房三期", "industrial_park", "加快推进平南工业园区标准厂房三期"),
    ("ho06", "郁江贵港城区段防洪排涝工程", "engineering_work", "关于郁江贵港城区段防洪排涝工程建设情况的报告"),
    ("ho06", "贵港港中心港区罗泊湾作业区三期工程", "infrastructure_project", "关于贵港港中心港区罗泊湾作业区三期工程建设进展"),
    ("ho07", "中国（贵港）纺织服装时尚新区平南片区二期", "industrial_park", "加快中国（贵港）纺织服装时尚新区平南片区二期建设"),
    ("ho07", "郁江贵港城区段防洪排涝工程", "engineering_work", "蒙卫平就郁江贵港城区段防洪排涝工程汛前完工"),
    ("ho08", "分宜工业园区锂电新能源产业园二期", "industrial_park", "先后来到分宜工业园区锂电新能源产业园二期"),
    ("ho08", "杨桥镇麻纺产业园", "industrial_park", "杨桥镇麻纺产业园和袁河分宜段防洪堤加固工程"),
    ("ho08", "袁河分宜段防洪堤加固工程", "engineering_work", "袁河分宜段防洪堤加固工程现场"),
    ("ho10", "分宜工业园区锂电新能源产业园二期", "industrial_park", "分宜工业园区锂电新能源产业园二期已投产达效"),
    ("ho10", "渝水区城北片区老旧小区改造项目", "housing_project", "审议并原则通过了渝水区城北片区老旧小区改造项目实施方案"),
    ("ho10", "新余四中新校区建设项目", "project", "新余四中新校区建设项目要在8月底前交付使用"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ho01", "铜川市", "prefecture_city", "in_document_title", "《铜川市城市更新三年行动方案（2021—2023年）》"),
    ("ho01", "王益区", "district", "in_project_name", "王益区七一路片区老旧小区改造项目要在6月底前全面开工"),
    ("ho01", "七一路片区", "area", "in_project_name", "王益区七一路片区老旧小区改造项目要在6月底前全面开工"),
    ("ho01", "印台区", "district", "in_project_name", "印台区陈炉古镇保护提升工程要统筹好文物保护"),
    ("ho01", "陈炉古镇", "heritage_site", "in_project_name", "印台区陈炉古镇保护提升工程要统筹好文物保护"),
    ("ho01", "耀州区", "district", "in_project_name", "推进耀州区照金红色旅游名镇二期项目"),
    ("ho01", "照金", "town", "in_project_name", "推进耀州区照金红色旅游名镇二期项目"),
    ("ho01", "铜川新区", "development_zone", "in_project_name", "铜川新区装备制造产业园建设作了安排"),
    ("ho01", "漆水河", "river", "standalone", "漆水河沿线防汛准备"),
    ("ho02", "宜君县", "county", "standalone", "到宜君县调研玉米产业发展和乡村振兴工作"),
    ("ho02", "彭镇", "town", "standalone", "在彭镇，屈向东介绍了"),
    ("ho02", "哭泉镇", "town", "standalone", "要加快哭泉镇、五里镇一批乡村振兴示范村建设"),
    ("ho02", "五里镇", "town", "standalone", "要加快哭泉镇、五里镇一批乡村振兴示范村建设"),
    ("ho03", "铜川市", "prefecture_city", "in_org_reference", "郗志成辞去铜川市人民政府市长职务"),
    ("ho03", "漆水河", "river", "in_project_name", "关于漆水河耀州段综合治理工程建设情况的报告"),
    ("ho03", "耀州", "district", "in_project_name", "关于漆水河耀州段综合治理工程建设情况的报告"),
    ("ho03", "铜川", "prefecture_city", "standalone", "全力推进铜川转型发展"),
    ("ho04", "宜君县", "county", "standalone", "听取宜君县县域经济高质量发展情况汇报"),
    ("ho04", "宜君", "county", "in_project_name", "加快宜君至旬邑高速公路宜君段前期工作"),
    ("ho04", "旬邑", "county", "in_project_name", "加快宜君至旬邑高速公路宜君段前期工作"),
    ("ho04", "铜川新区", "development_zone", "in_project_name", "推进铜川新区装备制造产业园二期等重点项目建设"),
    ("ho05", "贵港市", "prefecture_city", "in_org_reference", "自治区党委、贵港市委有关会议精神"),
    ("ho05", "平南工业园区", "zone_park", "standalone", "平南工业园区纺织服装产业集聚发展"),
    ("ho05", "平南港区", "port", "in_project_name", "平南港区丹竹作业区二期工程加快建设"),
    ("ho05", "丹竹", "town", "in_project_name", "平南港区丹竹作业区二期工程加快建设"),
    ("ho05", "西江经济带", "region", "standalone", "要紧盯西江经济带发展机遇"),
    ("ho05", "大安镇", "town", "standalone", "大安镇、丹竹镇沿江产业带建设"),
    ("ho05", "丹竹镇", "town", "standalone", "大安镇、丹竹镇沿江产业带建设"),
    ("ho06", "贵港市", "prefecture_city", "in_org_reference", "任命蒙卫平为贵港市人民政府副市长"),
    ("ho06", "郁江", "river", "in_project_name", "关于郁江贵港城区段防洪排涝工程建设情况的报告"),
    ("ho06", "贵港", "prefecture_city", "in_project_name", "关于郁江贵港城区段防洪排涝工程建设情况的报告"),
    ("ho06", "贵港港", "port", "in_project_name", "关于贵港港中心港区罗泊湾作业区三期工程建设进展"),
    ("ho06", "罗泊湾", "area", "in_project_name", "关于贵港港中心港区罗泊湾作业区三期工程建设进展"),
    ("ho07", "平南县", "county", "in_org_reference", "平南县委书记莫春雷列席会议"),
    ("ho07", "平南工业园区", "zone_park", "standalone", "平南工业园区纺织服装产业集群已初具规模"),
    ("ho07", "贵港", "prefecture_city", "in_project_name", "加快中国（贵港）纺织服装时尚新区平南片区二期建设"),
    ("ho07", "平南", "county", "in_project_name", "加快中国（贵港）纺织服装时尚新区平南片区二期建设"),
    ("ho07", "郁江", "river", "standalone", "确保郁江、浔江沿线安全度汛"),
    ("ho07", "浔江", "river", "standalone", "确保郁江、浔江沿线安全度汛"),
    ("ho08", "分宜工业园区", "zone_park", "in_project_name", "先后来到分宜工业园区锂电新能源产业园二期"),
    ("ho08", "杨桥镇", "town", "in_project_name", "杨桥镇麻纺产业园和袁河分宜段防洪堤加固工程"),
    ("ho08", "袁河", "river", "standalone", "确保袁河、仙女湖沿线群众安全"),
    ("ho08", "分宜", "county", "in_project_name", "袁河分宜段防洪堤加固工程现场"),
    ("ho08", "分宜县", "county", "standalone", "分宜县要紧扣打造"),
    ("ho08", "仙女湖", "lake", "standalone", "确保袁河、仙女湖沿线群众安全"),
    ("ho09", "新余市", "prefecture_city", "in_org_reference", "敖志坚为新余市人民政府副市长"),
    ("ho09", "分宜县", "county", "in_org_reference", "敖志坚同志原任中共分宜县委书记"),
    ("ho10", "分宜县", "county", "standalone", "听取分宜县关于锂电新能源产业发展情况的汇报"),
    ("ho10", "分宜工业园区", "zone_park", "in_project_name", "分宜工业园区锂电新能源产业园二期已投产达效"),
    ("ho10", "仙女湖", "lake", "standalone", "守牢仙女湖一湖清水"),
    ("ho10", "渝水区", "district", "in_project_name", "审议并原则通过了渝水区城北片区老旧小区改造项目实施方案"),
    ("ho10", "城北片区", "area", "in_project_name", "审议并原则通过了渝水区城北片区老旧小区改造项目实施方案"),
    ("ho10", "新余", "prefecture_city", "in_project_name", "新余四中新校区建设项目要在8月底前交付使用"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ho", conventions="set ho (blind set: city-level leadership over several years in 陕西 铜川 (宜君县), 广西 贵港 (平南县) and 江西 新余 (分宜县): 市政府常务会议, 市委常委会 / 县委常委会会议, 市人大常委会 任免名单 pages and session reports, 调研 on county sites; 任命 and ``决定…为…代理市长`` are holdings at the session date, 决定接受…辞去 and 免去 are not, 原任 in a 名单's 说明 is not; 人民代表大会常务委员会 → 人大常委会; bare 市 organs on a county site take the parent city, bare 县 organs the county; a 秘书长 after the 人大常委会 副主任 list is the 人大常委会's; one line per post per article)",
          persons_note="Set ho persons. id = corpus-wide person_id (ho:谢文韬#1 贵港市财政局局长 (广西) and ho:谢文韬#2 分宜县长 → 县委书记 (江西 新余) are two people; ho:雷光远 铜川 常务副市长 2021 → 代理市长 2022-12 → 市长 2023; ho:屈向东 宜君县委书记 2021 → 铜川副市长 2022-12; ho:惠丽萍 宜君县长 2021 → 县委书记 2023; ho:蒙卫平 平南县委书记 2022 → 贵港副市长 2023; ho:莫春雷 平南县长 2022 → 县委书记 2024; ho:敖志坚 分宜县委书记 2021 → 新余副市长 2023; ho:简明辉 新余 常务副市长 2021 → 市长 2024)")


if __name__ == "__main__":
    main()
