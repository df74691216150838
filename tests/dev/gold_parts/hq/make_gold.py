"""Write gold part ``hq`` (a blind set: county 融媒体 要闻 list pages and the full articles behind their entries; 乡镇动态
and 部门动态 items — a 镇's own meeting, a 局's own meeting — with the county leaders at each; city papers on the same
people) from the tables below.

Pages ``tests/dev/texts/hq*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 祁东县 site's 政务要闻 page (``当前页面:首页 >>
信息公开>>祁东动态 >>政务要闻``, ``来源:祁东县融媒体中心 发布时间:2022-01-06 15:46``, a lead ``祁东县融媒体中心1月5日讯(记者:
… 实习生:…)``, ``扫一扫在手机打开当前页``, a ``相关稿件`` list); a 红网祁东站 item (a 常宁市 党政代表团 in 祁东, ``县委常委、
常务副县长…介绍了``, ``县领导…等参加了当天的活动``); the 东安县融媒体中心 page (``来源:东安县融媒体中心 | 编辑:… | 作者:…
浏览量:``, ``新湖南客户端…讯(通讯员 …)``, the 宣传部部长 going round the 镇s, ``责编:``); the 石台县 工作动态 page (``当前位置:
网站首页 / … / 工作动态``, ``字体【 】 【编辑日期:…】 【来源:石台县委宣传部】 【作者:】 【 关 闭 】``, the 宣传部部长 at 丁香镇);
the 松阳县 部门动态 page (``当前位置: 松阳县人民政府门户网站>>政务公开>>松阳动态>>部门动态``, ``时间:… 来源:县综合行政执法局
作者:… 责任编辑: 点击数:``); a 大栗港镇 乡镇动态 page (``您当前的位置: 首页 > 新闻 > 乡镇动态``, ``来源:大栗港镇 作者:… 访问量:
发布日期:… 字体大小:``); the 南乐 政务要闻 page (``首页 > 要闻动态 > 政务要闻``, ``发布时间:… 来源:县政府办公室 分享:``,
``县委常委、常务副县长…、县政府党组成员…参加``); the 澧县 and 湘潭县 文旅广体局 pages (a 副县长 / 宣传部部长 调研 the 局,
``该局主要负责人汇报``, ``(来 源:…)(审 核:…)``); the 西平县 文化广电和旅游 推进会 (``县委常委、宣传部部长、副县长…出席会议``,
``县文广旅局负责同志总结``); a 滕州 自然资源局 page (``市自然资源局党组书记、局长…参加活动``); 云上黄梅 (``编辑︱ 责任编辑︱
监制︱ 总监制︱``); 今日房县网 (``今日房县网讯 记者… 通讯员… 报道:``); the 竹山 数字报 (``本期导航 往期回顾 上一期 下一期``);
the 清徐融媒 footer (``互联网新闻信息服务许可证号``, ``晋ICP备``). Places are real and new to the corpus: 湖南 衡阳 (祁东县 and
its 镇s 白地市镇, 归阳镇, 过水坪镇, 砖塘镇, 黄土铺镇, 金桥镇; 常宁市 with 塔山瑶族乡; the 湘江, the 舂陵水) and 河北 保定 (涞水县
with 三坡镇, 永阳镇, 九龙镇; 野三坡, 百里峡, the 拒马河).

Shapes: the 祁东融媒 ``要闻`` list of five entries (title line, one-line summary ending ``[详细]``, date line): the 书记's
调研 in a 镇, the 县长's 常务会议, a 镇's 推进会 (``归阳镇：召开…``), a 局's 督导 (``县农业农村局：督导…``), the 常务副县长's
检查 (hq01); the full 融媒 article of the first entry, with ``（记者：… 通讯员：…）``, ``扫一扫…`` and a 相关稿件 list (hq02);
the 祁东 government site's 乡镇动态 item of a 镇's 推进会 with a 县委常委 present, the 镇 书记 / 镇长 / 镇党委委员、副镇长 and a
``（过水坪镇 …）`` credit (hq03); the same site's 部门动态 item of the 县农业农村局's 工作会议 (bare ``局党组书记、局长``, ``局党组
成员、副局长``, a 副县长 present, the 县委书记 named in a relayed speech) (hq04); the 衡阳日报 第03版 of the 市长's 调研 in 祁东县
and 常宁市 (bare ``市委副书记、市长`` of 衡阳 and, after ``常宁市委书记``, of 常宁) (hq05); the 涞水新闻网 ``涞水要闻`` list of
four ``·`` entries with a date after the title and ``[查看全文]`` (hq06); the full article of its second entry (hq07); the
涞水 government site's 部门动态 item of the 县文化广电和旅游局's 会议 and a 观摩 after it (hq08); the 涞水新闻网 乡镇动态
item of 九龙镇's 推进会 with the 县委常委、宣传部部长 (hq09); the 保定日报 第04版 of a 副市长's 调研 in 涞水县 (hq10).

Identity cases:
- hq:阳立岗, a 县长 who becomes 书记: 祁东县委副书记、县长 in June 2022 (hq01) → 祁东县委书记 in March and May 2024 (hq04,
  named in a relayed speech; hq05).
- hq:管振湘, a 常务副县长 who becomes another county-level city's 市长: 祁东县委常委、常务副县长 in June 2022 (hq01, two
  entries) → 常宁市委副书记、市长 in May 2024 (hq05).
- hq:唐志坚, a 镇党委书记 who becomes a 局长: 白地市镇党委书记 in June 2022 (hq01, hq02) → 县农业农村局党组书记、局长 in
  March 2024 (hq04) and 祁东县农业农村局局长 in May 2024 (hq05); his predecessor hq:胡德彪 is 局长 in 2022 (hq01, hq02).
- hq:孟庆韬: 涞水县 副县长 in April 2023 (hq06, hq07) → 县委常委、常务副县长 in April and May 2025 (hq08, hq10).
- hq:温雪松, a 镇党委书记 who becomes a 局长: 三坡镇党委书记 in April 2023 (hq06, hq07) → 县文化广电和旅游局党组书记、局长
  in April 2025 (hq08) and 局长 in May 2025 (hq10); hq:籍海燕 is that 局's 局长 in 2023 (hq07), hq:付晓婉 三坡镇党委书记 in
  2025 (hq08).
- two different 贺建平 in unrelated places: hq:贺建平#1 is 过水坪镇党委副书记、镇长 (祁东县, 湖南, hq03, Sept 2022);
  hq:贺建平#2 is 县应急管理局局长 (涞水县, 河北, hq08, April 2025).
- one organ name of two places: the bare ``县农业农村局`` (and its 局长) is 祁东县's on the 祁东 pages (hq01, hq02, hq04: 胡德彪,
  then 唐志坚) and 涞水县's on the 涞水 list (hq06: 栗向东; bare again in hq09); bare ``县委副书记、县长``, ``县委书记``,
  ``镇党委书记`` likewise; the bare ``市委副书记、市长`` is 衡阳's and, right after ``常宁市委书记王占魁，``, 常宁's (hq05).
- the same officials across pages: hq:谭绍钧 (hq01, hq02), hq:罗慧敏 (祁东 副县长 2022 and 2024), hq:石海鸥 (two entries of
  hq01), hq:苏振岳 (涞水 县长 2023 and 2025), hq:贾立峦 (涞水县委书记 2023, 2025); the editors hq:陈晓岚 (hq02, hq04),
  hq:王佳禾 and hq:刘大鹏 (hq07, hq09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts hf, bs, bq, ap, gn, x, aa where they speak; decided here where they are silent):
- List pages (hq01, hq06) as hf: each entry — title line, summary, date — is an article whose headline is the title line as
  written (with ``·`` and with a ``归阳镇：`` / ``县农业农村局：`` prefix where it has one); ``[详细]`` / ``[查看全文]``, the
  entry's date (on its own line or after the title), the list title, the pager and the footer are chrome; the page stamp is
  the newest entry's date. A list entry and the full article behind it (hq01 A1, hq02) each give their lines.
- Bare organs take the page's place or the place named just before (CONVENTIONS, hf, bs): on the 祁东 pages 县委 / 县政府 /
  县X局 = 祁东县; ``归阳镇召开…，镇党委书记周立汉`` → 祁东县归阳镇党委; on the 涞水 pages the same for 涞水县; in the 衡阳日报
  bare 市委 / 市政府 / 市X局 = 衡阳市 and ``常宁市委书记王占魁，市委副书记、市长管振湘`` → 常宁市委 副书记 + 常宁市政府 市长
  (常宁市 is a county-level city); in the 保定日报 bare 副市长 / 市X局 = 保定市; ``祁东县委书记`` → 祁东县委 书记.
- On a 部门动态 page whose lead names the 局 (``县农业农村局召开…``), ``局党组书记、局长唐志坚`` → 祁东县农业农村局党组 书记 +
  祁东县农业农村局 局长 (as ap); ``局党组成员、副局长`` → …局党组 成员 + …局 副局长 (党组 成员 as z). ``县委常委、政法委书记``
  → X县委 常委 + X县委政法委 书记 and ``县委常委、宣传部部长`` → X县委 常委 + X县委宣传部 部长 (as gn). ``镇党委副书记、镇长``
  → …镇党委 副书记 + …镇政府 镇长; ``镇党委委员、副镇长`` → …镇党委 委员 + …镇政府 副镇长 (as x, aa).
- DECIDED HERE: a post written in a relayed speech (``会议传达学习了全县农村工作会议精神和县委书记阳立岗在会上的讲话要求``,
  hq04) is a holding at the page's date; the relayed meeting is no event (README: referenced meetings).
- ``各村党支部书记`` (no village named), ``镇领导班子成员``, ``与会人员`` are no posts and no named participants.
- Events: 调研 / 督导 / 检查 are inspections (leader the one who 到 / 带队; 陪同 / 参加 attendees; 汇报 / 介绍 / 通报 / 指出 /
  强调 / 要求 / 表示 / 作了安排 speakers); 常务会议, 常委会会议, 推进会, 工作会议 are meetings (chair when 主持; 出席 attendees;
  ``出席会议并讲话`` gives attendee and speaker; ``作工作报告`` speaker). In a list entry only what its summary says is
  annotated; DECIDED HERE: the subject of ``…带队…督导…，要求…`` (胡德彪, hq01 A4) is leader and speaker (as hf's 丁卫华).
  DECIDED HERE: the 观摩 of one project after the hq08 meeting (``会后，与会人员观摩了…建设项目``) is a ``site observation``
  of its own (CONVENTIONS' 观摩) with no named participant.
- Bylines: ``（记者：… 通讯员：…）`` / ``本报讯（记者 … 通讯员 …）`` / ``涞水县融媒体中心讯（记者 …）`` are reporter /
  correspondent rows; ``（过水坪镇 唐湘君）`` and ``（县农业农村局 肖景涛）`` (a unit and a name) are author rows, as bs's
  media-centre credit; DECIDED HERE: ``文/图：侯梦琪`` inside ``（九龙镇供稿　文/图：…）`` is an author row and ``九龙镇供稿`` /
  ``（县文化广电和旅游局供稿）`` name an office, not a person; 责任编辑 / 编辑 / 审核 / 本版编辑 / 校对 are editor rows.
- Projects: works named as under way, inspected or pushed (…产业园二期, …工程, …建设项目, …改扩建项目); 产业园 (also a 现代农业
  产业园) ``industrial_park``; 防洪 works ``engineering_work``; 码头 / 道路 ``infrastructure_project``; 生态修复
  ``greening_project``. DECIDED HERE: a finished facility visited without 项目 / 工程 (``野三坡智慧旅游指挥中心`` in hq10,
  ``游客集散中心`` in hq07's 按期投用 clause) is no project; the same facility's ``…建设项目`` / ``…改扩建项目`` is. A 种植
  示范基地, 电商服务中心, 茶叶产业基地, 民宿集聚区, 堤防险工险段, 高标准农田 are not projects.
- Places: one line per name per file, as written; places inside titles, organ references, headlines and project names count
  (``祁东`` in ``湘江祁东段…``, ``归阳港区``); site lines, mastheads, 来源 lines, footers, 相关稿件 / 上一篇 / 下一篇 / 本版其他
  文章 lists and brand names (``“祁东黄花菜”``) are not annotated; ``我县``, ``全县`` are not places. Kinds: 野三坡景区,
  百里峡景区, 野三坡 ``scenic_area``; 归阳港区 ``port_area``; 京西, 京津冀 ``region``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

QD, LS, CN, HY, BD = "祁东县", "涞水县", "常宁市", "衡阳市", "保定市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hq01_qidong.txt": (2022, "2022-06-17", QD, [
        ("谭绍钧到白地市镇调研黄花菜产业发展", "6月16日", "2022-06-16", "6月16日，县委书记谭绍钧",
         "祁东融媒 要闻 list entry 1 (title, summary, date): the 书记's 调研 in 白地市镇 with a 副县长, the 县农业农村局局长 and the 镇党委书记"),
        ("阳立岗主持召开县政府第十二次常务会议", "6月15日", "2022-06-15", "6月15日，县委副书记",
         "entry 2: 县政府常务会议 (县长 主持; 常务副县长, two 副县长 出席)"),
        ("归阳镇：召开重点项目建设推进会", "6月14日", "2022-06-14", "6月14日，归阳镇召开",
         "entry 3 (乡镇): a 镇's 推进会, 镇党委书记 主持, a 副县长 出席并讲话"),
        ("县农业农村局：督导早稻收割和晚稻育秧", "6月13日", "2022-06-13", "6月13日，县农业农村局",
         "entry 4 (部门): the 局党组书记、局长's 督导 of two 镇s"),
        ("管振湘检查汛期安全生产工作", "6月13日", "2022-06-13", "6月13日，县委常委",
         "entry 5: the 常务副县长's 检查 with the 应急管理局局长; pager, footer")]),
    "hq02_qidong.txt": (2022, "发布时间：2022-06-17 09:32", QD, [
        ("谭绍钧到白地市镇调研黄花菜产业发展", "6月16日", "2022-06-16", "祁东县融媒体中心6月16日讯",
         "祁东融媒 full article of hq01's first entry: the 书记's 调研; (记者：… 通讯员：…); 相关稿件 list")]),
    "hq03_qidong.txt": (2022, "发布时间：2022-09-21 16:08", QD, [
        ("过水坪镇召开秋冬农业生产暨人居环境整治推进会", "9月20日", "2022-09-20", "9月20日，过水坪镇召开",
         "county site 乡镇动态: a 镇's 推进会 with the 县委常委、政法委书记; 镇党委书记 主持, 镇长 (贺建平#1) and 镇党委委员、副镇长")]),
    "hq04_qidong.txt": (2024, "发布时间：2024-03-13 10:26", QD, [
        ("县农业农村局召开2024年全县农业农村工作会议", "3月12日", "2024-03-12", "3月12日，县农业农村局召开",
         "county site 部门动态: the 局's 工作会议; bare 局党组书记、局长 (唐志坚, 镇党委书记 in 2022); a 副县长; the 县委书记 named in a relayed speech")]),
    "hq05_hengyang.txt": (2024, "2024年05月23日　星期四", HY, [
        ("戴星河在祁东常宁调研时强调", "5月22日", "2024-05-22", "本报讯（记者 彭书菡",
         "city paper 第03版: the 市长's 调研 in 祁东县 and 常宁市; 阳立岗 now 祁东 书记, 管振湘 now 常宁 市长, 唐志坚 局长")]),
    "hq06_laishui.txt": (2023, "2023-04-20", LS, [
        ("· 贾立峦主持召开县委常委会会议", "4月19日", "2023-04-19", "4月19日，县委书记",
         "涞水新闻网 涞水要闻 list entry 1 (· title with date, summary, [查看全文]): 县委常委会会议"),
        ("· 苏振岳到三坡镇调研文旅融合发展", "4月18日", "2023-04-18", "4月18日，县委副书记",
         "entry 2: the 县长's 调研 in 三坡镇 with a 副县长 and the 镇党委书记"),
        ("· 永阳镇召开春季植树造林暨森林防火工作会", "4月17日", "2023-04-17", "4月17日，永阳镇召开",
         "entry 3 (乡镇): a 镇's 工作会议, 镇党委书记 主持, a 副县长 出席并讲话"),
        ("· 县农业农村局开展春耕农资质量专项检查", "4月14日至16日", "2023-04-14", "4月14日至16日，县农业农村局",
         "entry 4 (部门): the 涞水 县农业农村局局长's 检查; pager, footer")]),
    "hq07_laishui.txt": (2023, "2023-04-19 17:45", LS, [
        ("苏振岳到三坡镇调研文旅融合发展", "4月18日", "2023-04-18", "涞水县融媒体中心讯（记者 田雨萱）",
         "涞水新闻网 full article of hq06's second entry: the 县长's 调研; the 局长 of 文广旅, 镇党委书记, 镇长 report")]),
    "hq08_laishui.txt": (2025, "发布日期：2025-04-24", LS, [
        ("县文化广电和旅游局召开2025年旅游旺季安全生产工作会议", "4月23日", "2025-04-23", "4月23日，县文化广电和旅游局召开",
         "county site 部门动态: the 局's 会议 (温雪松 now 局长, 孟庆韬 now 常务副县长, 贺建平#2) and a 观摩 after it")]),
    "hq09_laishui.txt": (2025, "2025-05-09 16:20", LS, [
        ("九龙镇召开乡村振兴重点项目推进会", "5月8日", "2025-05-08", "5月8日，九龙镇召开",
         "涞水新闻网 乡镇动态: a 镇's 推进会 with the 县委常委、宣传部部长; 镇党委书记 主持, 镇长 通报")]),
    "hq10_baoding.txt": (2025, "2025年05月20日　星期二", BD, [
        ("郗振衡到涞水县调研文旅产业发展", "5月19日", "2025-05-19", "本报讯（记者 邢晓楠）",
         "city paper 第04版: the 副市长's 调研 in 涞水县 with the county's 书记, 县长, 常务副县长 and the 文广旅 局长")]),
}

_Q01_GOV = "县委常委、常务副县长管振湘，副县长罗慧敏、石海鸥出席会议"
_Q01_BDS = "副县长罗慧敏，县农业农村局局长胡德彪，白地市镇党委书记唐志坚陪同"
_Q05_QD = "祁东县委书记阳立岗，县委副书记、县长邹启鸣陪同"
_Q05_CN = "常宁市委书记王占魁，市委副书记、市长管振湘陪同"
_L07_ATT = "副县长孟庆韬，县文化广电和旅游局局长籍海燕，三坡镇党委书记温雪松陪同调研"
_L10_ATT = "涞水县委书记贾立峦，县委副书记、县长苏振岳，县委常委、常务副县长孟庆韬陪同"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 祁东 / 衡阳
    "hq:谭绍钧": ("谭绍钧", "official", QD, [
        ("hq01", "祁东县委", "书记", "县委书记谭绍钧到白地市镇调研", "2022-06; named in the entry's title too"),
        ("hq02", "祁东县委", "书记", "县委书记谭绍钧到白地市镇调研", "2022-06: the full article of the same event")], []),
    "hq:阳立岗": ("阳立岗", "official", QD, [
        ("hq01", "祁东县委", "副书记", "县委副书记、县长阳立岗主持召开", "2022-06 (identity case: 县委书记 in 2024, hq04, hq05); named in hq02 only in the 相关稿件 list (chrome)"),
        ("hq01", "祁东县政府", "县长", "县委副书记、县长阳立岗主持召开", None),
        ("hq04", "祁东县委", "书记", "县委书记阳立岗在会上的讲话要求", "2024-03: DECIDED HERE: a post in a relayed speech is a holding at the page's date"),
        ("hq05", "祁东县委", "书记", "祁东县委书记阳立岗", "2024-05")], []),
    "hq:管振湘": ("管振湘", "official", QD, [
        ("hq01", "祁东县委", "常委", _Q01_GOV, "2022-06: 祁东 (identity case: 常宁市长 in 2024, hq05)"),
        ("hq01", "祁东县政府", "常务副县长", _Q01_GOV, "one line per post per article: entries 2 and 5 are two articles"),
        ("hq01", "祁东县委", "常委", "县委常委、常务副县长管振湘带队检查", "entry 5"),
        ("hq01", "祁东县政府", "常务副县长", "县委常委、常务副县长管振湘带队检查", None),
        ("hq05", f"{CN}委", "副书记", _Q05_CN, "2024-05: bare 市委 right after 常宁市委书记 = 常宁's"),
        ("hq05", f"{CN}政府", "市长", _Q05_CN, None)], []),
    "hq:罗慧敏": ("罗慧敏", "official", QD, [
        ("hq01", "祁东县政府", "副县长", "副县长罗慧敏，县农业农村局局长胡德彪", "2022-06, entry 1"),
        ("hq01", "祁东县政府", "副县长", "副县长罗慧敏、石海鸥出席会议", "entry 2: a list after one title"),
        ("hq02", "祁东县政府", "副县长", "副县长罗慧敏，县农业农村局局长胡德彪", None),
        ("hq04", "祁东县政府", "副县长", "副县长罗慧敏出席会议并讲话", "2024-03: the same post")], []),
    "hq:石海鸥": ("石海鸥", "official", QD, [
        ("hq01", "祁东县政府", "副县长", "副县长罗慧敏、石海鸥出席会议", "entry 2"),
        ("hq01", "祁东县政府", "副县长", "副县长石海鸥出席并讲话", "entry 3: a 县领导 at a 镇's meeting")], []),
    "hq:胡德彪": ("胡德彪", "official", QD, [
        ("hq01", "祁东县农业农村局", "局长", "县农业农村局局长胡德彪，白地市镇党委书记唐志坚陪同", "2022-06, entry 1; bare 县农业农村局 = 祁东's here, 涞水's in hq06"),
        ("hq01", "祁东县农业农村局党组", "书记", "县农业农村局党组书记、局长胡德彪带队", "entry 4; 党组 only with 书记 (as z)"),
        ("hq01", "祁东县农业农村局", "局长", "县农业农村局党组书记、局长胡德彪带队", None),
        ("hq02", "祁东县农业农村局", "局长", "县农业农村局局长胡德彪，白地市镇党委书记唐志坚陪同调研", None)], []),
    "hq:唐志坚": ("唐志坚", "official", QD, [
        ("hq01", "祁东县白地市镇党委", "书记", "白地市镇党委书记唐志坚陪同", "2022-06 (identity case: 县农业农村局局长 in 2024, hq04, hq05)"),
        ("hq02", "祁东县白地市镇党委", "书记", "白地市镇党委书记唐志坚陪同调研", None),
        ("hq04", "祁东县农业农村局党组", "书记", "局党组书记、局长唐志坚作工作报告", "2024-03: bare 局 on the 局's own 部门动态 item (as ap)"),
        ("hq04", "祁东县农业农村局", "局长", "局党组书记、局长唐志坚作工作报告", None),
        ("hq05", "祁东县农业农村局", "局长", "祁东县农业农村局局长唐志坚介绍了", "2024-05")], []),
    "hq:周立汉": ("周立汉", "official", QD, [
        ("hq01", "祁东县归阳镇党委", "书记", "归阳镇召开重点项目建设推进会，镇党委书记周立汉主持会议", "bare 镇党委 after 归阳镇召开")], []),
    "hq:旷雅丽": ("旷雅丽", "official", QD, [
        ("hq01", "祁东县应急管理局", "局长", "县应急管理局局长旷雅丽参加检查", None)], []),
    "hq:邓书勤": ("邓书勤", "official", QD, [
        ("hq03", "祁东县委", "常委", "县委常委、政法委书记邓书勤出席会议并讲话", None),
        ("hq03", "祁东县委政法委", "书记", "县委常委、政法委书记邓书勤出席会议并讲话", "as gn's 宣传部部长 → X县委宣传部")], []),
    "hq:廖春芽": ("廖春芽", "official", QD, [
        ("hq03", "祁东县过水坪镇党委", "书记", "镇党委书记廖春芽主持会议", None)], []),
    "hq:贺建平#1": ("贺建平", "official", QD, [
        ("hq03", "祁东县过水坪镇党委", "副书记", "镇党委副书记、镇长贺建平对秋冬农业生产", "祁东县 (湖南), 2022-09; not the 贺建平 of 涞水县 (hq08)"),
        ("hq03", "祁东县过水坪镇政府", "镇长", "镇党委副书记、镇长贺建平对秋冬农业生产", None)], []),
    "hq:黎晓帆": ("黎晓帆", "official", QD, [
        ("hq03", "祁东县过水坪镇党委", "委员", "镇党委委员、副镇长黎晓帆通报了", "as x, aa"),
        ("hq03", "祁东县过水坪镇政府", "副镇长", "镇党委委员、副镇长黎晓帆通报了", None)], []),
    "hq:牛晓鹏": ("牛晓鹏", "official", QD, [
        ("hq04", "祁东县农业农村局党组", "成员", "局党组成员、副局长牛晓鹏主持会议", "党组 成员 as z"),
        ("hq04", "祁东县农业农村局", "副局长", "局党组成员、副局长牛晓鹏主持会议", None)], []),
    "hq:戴星河": ("戴星河", "official", HY, [
        ("hq05", f"{HY}委", "副书记", "市委副书记、市长戴星河到祁东县、常宁市调研", "named in the headline too; bare 市委 in the 衡阳日报 = 衡阳"),
        ("hq05", f"{HY}政府", "市长", "市委副书记、市长戴星河到祁东县、常宁市调研", None)], []),
    "hq:康立华": ("康立华", "official", HY, [
        ("hq05", f"{HY}政府", "秘书长", "市政府秘书长康立华", None)], []),
    "hq:曹雁鸣": ("曹雁鸣", "official", HY, [
        ("hq05", f"{HY}农业农村局", "局长", "市农业农村局局长曹雁鸣参加调研", None)], []),
    "hq:邹启鸣": ("邹启鸣", "official", QD, [
        ("hq05", "祁东县委", "副书记", _Q05_QD, "2024-05: bare 县委 right after 祁东县委书记; the 县长 after 阳立岗"),
        ("hq05", "祁东县政府", "县长", _Q05_QD, None)], []),
    "hq:王占魁": ("王占魁", "official", CN, [
        ("hq05", f"{CN}委", "书记", _Q05_CN, None)], []),
    # ---- 涞水 / 保定
    "hq:贾立峦": ("贾立峦", "official", LS, [
        ("hq06", "涞水县委", "书记", "县委书记贾立峦主持召开县委常委会会议", "2023-04; named in hq07 only in 上一篇 (chrome)"),
        ("hq10", "涞水县委", "书记", _L10_ATT, "2025-05")], []),
    "hq:苏振岳": ("苏振岳", "official", LS, [
        ("hq06", "涞水县委", "副书记", "县委副书记、县长苏振岳等县委常委出席会议", "2023-04, entry 1"),
        ("hq06", "涞水县政府", "县长", "县委副书记、县长苏振岳等县委常委出席会议", None),
        ("hq06", "涞水县委", "副书记", "县委副书记、县长苏振岳到三坡镇调研", "entry 2"),
        ("hq06", "涞水县政府", "县长", "县委副书记、县长苏振岳到三坡镇调研", None),
        ("hq07", "涞水县委", "副书记", "县委副书记、县长苏振岳到三坡镇调研", None),
        ("hq07", "涞水县政府", "县长", "县委副书记、县长苏振岳到三坡镇调研", None),
        ("hq10", "涞水县委", "副书记", _L10_ATT, "2025-05: the same posts"),
        ("hq10", "涞水县政府", "县长", _L10_ATT, None)], []),
    "hq:孟庆韬": ("孟庆韬", "official", LS, [
        ("hq06", "涞水县政府", "副县长", "副县长孟庆韬，三坡镇党委书记温雪松陪同", "2023-04 (identity case: 常务副县长 in 2025, hq08, hq10)"),
        ("hq07", "涞水县政府", "副县长", _L07_ATT, None),
        ("hq08", "涞水县委", "常委", "县委常委、常务副县长孟庆韬出席会议并讲话", "2025-04: now 县委常委、常务副县长"),
        ("hq08", "涞水县政府", "常务副县长", "县委常委、常务副县长孟庆韬出席会议并讲话", None),
        ("hq10", "涞水县委", "常委", _L10_ATT, "2025-05"),
        ("hq10", "涞水县政府", "常务副县长", _L10_ATT, None)], []),
    "hq:温雪松": ("温雪松", "official", LS, [
        ("hq06", "涞水县三坡镇党委", "书记", "三坡镇党委书记温雪松陪同", "2023-04 (identity case: 县文化广电和旅游局局长 in 2025, hq08, hq10)"),
        ("hq07", "涞水县三坡镇党委", "书记", "三坡镇党委书记温雪松陪同调研", None),
        ("hq08", "涞水县文化广电和旅游局党组", "书记", "局党组书记、局长温雪松主持会议", "2025-04: bare 局 on the 局's own 部门动态 item (as ap)"),
        ("hq08", "涞水县文化广电和旅游局", "局长", "局党组书记、局长温雪松主持会议", None),
        ("hq10", "涞水县文化广电和旅游局", "局长", "涞水县文化广电和旅游局局长温雪松汇报了", "2025-05")], []),
    "hq:甄国旗": ("甄国旗", "official", LS, [
        ("hq06", "涞水县永阳镇党委", "书记", "镇党委书记甄国旗主持会议", "bare 镇党委 after 永阳镇召开")], []),
    "hq:宫晓彬": ("宫晓彬", "official", LS, [
        ("hq06", "涞水县政府", "副县长", "副县长宫晓彬出席并讲话", "a 县领导 at a 镇's meeting")], []),
    "hq:栗向东": ("栗向东", "official", LS, [
        ("hq06", "涞水县农业农村局", "局长", "县农业农村局局长栗向东带队", "bare 县农业农村局 = 涞水's here, 祁东's in hq01 / hq02 / hq04")], []),
    "hq:籍海燕": ("籍海燕", "official", LS, [
        ("hq07", "涞水县文化广电和旅游局", "局长", "县文化广电和旅游局局长籍海燕，三坡镇党委书记温雪松陪同调研", "2023: the 局长 before 温雪松")], []),
    "hq:马骁然": ("马骁然", "official", LS, [
        ("hq07", "涞水县三坡镇党委", "副书记", "镇党委副书记、镇长马骁然介绍了", None),
        ("hq07", "涞水县三坡镇政府", "镇长", "镇党委副书记、镇长马骁然介绍了", None)], []),
    "hq:贺建平#2": ("贺建平", "official", LS, [
        ("hq08", "涞水县应急管理局", "局长", "县应急管理局局长贺建平，三坡镇党委书记付晓婉", "涞水县 (河北), 2025-04; not the 贺建平 of 祁东县过水坪镇 (hq03)")], []),
    "hq:付晓婉": ("付晓婉", "official", LS, [
        ("hq08", "涞水县三坡镇党委", "书记", "三坡镇党委书记付晓婉，野三坡景区", "2025: 温雪松's successor at 三坡镇")], []),
    "hq:倪雅静": ("倪雅静", "official", LS, [
        ("hq09", "涞水县委", "常委", "县委常委、宣传部部长倪雅静出席会议并讲话", None),
        ("hq09", "涞水县委宣传部", "部长", "县委常委、宣传部部长倪雅静出席会议并讲话", "as gn")], []),
    "hq:单宏宇": ("单宏宇", "official", LS, [
        ("hq09", "涞水县九龙镇党委", "书记", "镇党委书记单宏宇主持会议", None)], []),
    "hq:谷振川": ("谷振川", "official", LS, [
        ("hq09", "涞水县九龙镇党委", "副书记", "镇党委副书记、镇长谷振川通报了", None),
        ("hq09", "涞水县九龙镇政府", "镇长", "镇党委副书记、镇长谷振川通报了", None)], []),
    "hq:郗振衡": ("郗振衡", "official", BD, [
        ("hq10", f"{BD}政府", "副市长", "副市长郗振衡到涞水县调研", "named in the headline too; bare 副市长 in the 保定日报 = 保定")], []),
    "hq:庞立恒": ("庞立恒", "official", BD, [
        ("hq10", f"{BD}文化广电和旅游局", "局长", "市文化广电和旅游局局长庞立恒参加调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hq02", "匡思琪", "记者", "reporter", "（记者：匡思琪 蒋睿　通讯员：卿秋云）"),
    ("hq02", "蒋睿", "记者", "reporter", "（记者：匡思琪 蒋睿　通讯员：卿秋云）"),
    ("hq02", "卿秋云", "通讯员", "correspondent", "（记者：匡思琪 蒋睿　通讯员：卿秋云）"),
    ("hq02", "陈晓岚", "责任编辑", "editor", "责任编辑：陈晓岚"),
    ("hq03", "唐湘君", "供稿", "author", "（过水坪镇 唐湘君）"),
    ("hq04", "肖景涛", "供稿", "author", "（县农业农村局 肖景涛）"),
    ("hq04", "陈晓岚", "责任编辑", "editor", "责任编辑：陈晓岚"),
    ("hq05", "彭书菡", "记者", "reporter", "本报讯（记者 彭书菡 通讯员 刘展骞）"),
    ("hq05", "刘展骞", "通讯员", "correspondent", "本报讯（记者 彭书菡 通讯员 刘展骞）"),
    ("hq05", "谢雨珩", "本版编辑", "editor", "本版编辑：谢雨珩"),
    ("hq05", "段思宁", "校对", "editor", "校对：段思宁"),
    ("hq07", "田雨萱", "记者", "reporter", "涞水县融媒体中心讯（记者 田雨萱）"),
    ("hq07", "王佳禾", "编辑", "editor", "编辑：王佳禾"),
    ("hq07", "刘大鹏", "审核", "editor", "审核：刘大鹏"),
    ("hq08", "郝雅宁", "责任编辑", "editor", "责任编辑：郝雅宁"),
    ("hq09", "侯梦琪", "文/图", "author", "文/图：侯梦琪"),
    ("hq09", "王佳禾", "编辑", "editor", "编辑：王佳禾"),
    ("hq09", "刘大鹏", "审核", "editor", "审核：刘大鹏"),
    ("hq10", "邢晓楠", "记者", "reporter", "本报讯（记者 邢晓楠）"),
    ("hq10", "崔晓丹", "本版编辑", "editor", "本版编辑：崔晓丹"),
    ("hq10", "任静澜", "校对", "editor", "校对：任静澜"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hq01", "白地市镇黄花菜产业发展和乡村振兴调研", "inspection (调研)", "6月16日", None, "谭绍钧", [],
     ["罗慧敏", "胡德彪", "唐志坚"], [], "白地市镇",
     "6月16日，县委书记谭绍钧到白地市镇调研黄花菜产业发展和乡村振兴工作",
     ["县委书记谭绍钧到白地市镇调研", _Q01_BDS]),
    ("hq01", "县政府第十二次常务会议", "meeting (县政府常务会议)", "6月15日", "阳立岗", None, [],
     ["管振湘", "罗慧敏", "石海鸥"], [], None,
     "县委副书记、县长阳立岗主持召开县政府第十二次常务会议",
     ["县长阳立岗主持召开县政府第十二次常务会议", _Q01_GOV]),
    ("hq01", "归阳镇重点项目建设推进会", "meeting (推进会)", "6月14日", "周立汉", None, ["归阳镇"],
     ["石海鸥"], ["石海鸥"], "归阳镇",
     "6月14日，归阳镇召开重点项目建设推进会",
     ["镇党委书记周立汉主持会议", "副县长石海鸥出席并讲话"]),
    ("hq01", "早稻收割和晚稻集中育秧督导", "inspection (督导)", "6月13日", None, "胡德彪", [],
     [], ["胡德彪"], "砖塘镇、黄土铺镇",
     "局长胡德彪带队到砖塘镇、黄土铺镇督导早稻收割和晚稻集中育秧工作",
     ["局长胡德彪带队到砖塘镇、黄土铺镇督导", "要求各镇抢抓晴好天气"]),
    ("hq01", "汛期安全生产检查", "inspection (检查)", "6月13日", None, "管振湘", [],
     ["旷雅丽"], [], "金桥镇、过水坪镇",
     "县委常委、常务副县长管振湘带队检查汛期安全生产工作",
     ["常务副县长管振湘带队检查", "县应急管理局局长旷雅丽参加检查"]),
    ("hq02", "白地市镇黄花菜产业发展和乡村振兴调研", "inspection (调研)", "6月16日", None, "谭绍钧", [],
     ["罗慧敏", "胡德彪", "唐志坚"], ["唐志坚", "胡德彪", "谭绍钧", "罗慧敏"], "白地市镇",
     "6月16日，县委书记谭绍钧到白地市镇调研黄花菜产业发展和乡村振兴工作",
     ["县委书记谭绍钧到白地市镇调研", "副县长罗慧敏，县农业农村局局长胡德彪，白地市镇党委书记唐志坚陪同调研",
      "唐志坚汇报了", "胡德彪介绍了", "谭绍钧指出", "罗慧敏就做好采摘期用工调度"]),
    ("hq03", "秋冬农业生产暨人居环境整治推进会", "meeting (推进会)", "9月20日", "廖春芽", None, ["过水坪镇"],
     ["邓书勤"], ["邓书勤", "贺建平", "黎晓帆", "廖春芽"], "过水坪镇",
     "9月20日，过水坪镇召开秋冬农业生产暨人居环境整治推进会",
     ["县委常委、政法委书记邓书勤出席会议并讲话", "镇党委书记廖春芽主持会议", "镇长贺建平对秋冬农业生产和人居环境整治工作作具体部署",
      "黎晓帆通报了", "贺建平要求", "邓书勤指出", "廖春芽在总结讲话中表示"]),
    ("hq04", "2024年全县农业农村工作会议", "meeting (工作会议)", "3月12日", "牛晓鹏", None, ["县农业农村局"],
     ["罗慧敏"], ["唐志坚", "罗慧敏"], None,
     "3月12日，县农业农村局召开2024年全县农业农村工作会议",
     ["局党组成员、副局长牛晓鹏主持会议", "副县长罗慧敏出席会议并讲话", "局长唐志坚作工作报告", "唐志坚在报告中回顾了", "罗慧敏充分肯定了"]),
    ("hq05", "祁东县、常宁市农业产业化发展和防汛备汛调研", "inspection (调研)", "5月22日", None, "戴星河", [],
     ["康立华", "曹雁鸣", "阳立岗", "邹启鸣", "王占魁", "管振湘"], ["唐志坚", "管振湘", "戴星河", "曹雁鸣"], "祁东县、常宁市",
     "5月22日，市委副书记、市长戴星河到祁东县、常宁市调研农业产业化发展和防汛备汛工作",
     ["市长戴星河到祁东县、常宁市调研", "市政府秘书长康立华，市农业农村局局长曹雁鸣参加调研", _Q05_QD, _Q05_CN,
      "唐志坚介绍了", "管振湘汇报了", "戴星河指出", "曹雁鸣就特色农产品品牌打造"]),
    ("hq06", "县委常委会会议", "meeting (县委常委会会议)", "4月19日", "贾立峦", None, [],
     ["苏振岳"], [], None,
     "4月19日，县委书记贾立峦主持召开县委常委会会议",
     ["县委书记贾立峦主持召开县委常委会会议", "县委副书记、县长苏振岳等县委常委出席会议"]),
    ("hq06", "三坡镇文旅融合发展和旅游旺季筹备调研", "inspection (调研)", "4月18日", None, "苏振岳", [],
     ["孟庆韬", "温雪松"], [], "三坡镇",
     "4月18日，县委副书记、县长苏振岳到三坡镇调研文旅融合发展和旅游旺季筹备工作",
     ["县长苏振岳到三坡镇调研", "副县长孟庆韬，三坡镇党委书记温雪松陪同"]),
    ("hq06", "永阳镇春季植树造林暨森林防火工作会议", "meeting (工作会议)", "4月17日", "甄国旗", None, ["永阳镇"],
     ["宫晓彬"], ["宫晓彬"], "永阳镇",
     "4月17日，永阳镇召开春季植树造林暨森林防火工作会议",
     ["镇党委书记甄国旗主持会议", "副县长宫晓彬出席并讲话"]),
    ("hq06", "春耕农资质量专项检查", "inspection (检查)", "4月14日至16日", None, "栗向东", [],
     [], [], None,
     "县农业农村局局长栗向东带队对全县农资经营门店开展春耕农资质量专项检查",
     ["局长栗向东带队"]),
    ("hq07", "三坡镇文旅融合发展和旅游旺季筹备调研", "inspection (调研)", "4月18日", None, "苏振岳", [],
     ["孟庆韬", "籍海燕", "温雪松"], ["温雪松", "马骁然", "籍海燕", "苏振岳", "孟庆韬"], "三坡镇",
     "4月18日，县委副书记、县长苏振岳到三坡镇调研文旅融合发展和旅游旺季筹备工作",
     ["县长苏振岳到三坡镇调研", _L07_ATT, "温雪松汇报了项目进度", "镇长马骁然介绍了", "籍海燕介绍了", "苏振岳强调",
      "孟庆韬就做好景区交通疏导"]),
    ("hq08", "2025年旅游旺季安全生产工作会议", "meeting (工作会议)", "4月23日", "温雪松", None, ["县文化广电和旅游局"],
     ["孟庆韬", "贺建平", "付晓婉"], ["贺建平", "付晓婉", "温雪松", "孟庆韬"], None,
     "4月23日，县文化广电和旅游局召开2025年旅游旺季安全生产工作会议",
     ["县委常委、常务副县长孟庆韬出席会议并讲话", "局党组书记、局长温雪松主持会议", "县应急管理局局长贺建平，三坡镇党委书记付晓婉",
      "贺建平通报了", "付晓婉汇报了", "温雪松对“五一”假期和暑期旅游安全工作进行了部署", "孟庆韬指出"]),
    ("hq08", "野三坡智慧旅游指挥中心建设项目观摩", "site observation (观摩)", "4月23日", None, None, [],
     [], [], "野三坡",
     "会后，与会人员观摩了野三坡智慧旅游指挥中心建设项目",
     []),
    ("hq09", "九龙镇乡村振兴重点项目推进会", "meeting (推进会)", "5月8日", "单宏宇", None, ["九龙镇"],
     ["倪雅静"], ["谷振川", "倪雅静", "单宏宇"], "九龙镇",
     "5月8日，九龙镇召开乡村振兴重点项目推进会",
     ["县委常委、宣传部部长倪雅静出席会议并讲话", "镇党委书记单宏宇主持会议", "镇长谷振川通报了", "谷振川介绍",
      "倪雅静充分肯定了", "单宏宇表示"]),
    ("hq10", "涞水县文旅产业发展和旅游旺季安全调研", "inspection (调研)", "5月19日", None, "郗振衡", [],
     ["庞立恒", "贾立峦", "苏振岳", "孟庆韬"], ["温雪松", "郗振衡", "贾立峦"], "涞水县",
     "5月19日，副市长郗振衡到涞水县调研文旅产业发展和旅游旺季安全工作",
     ["副市长郗振衡到涞水县调研", "市文化广电和旅游局局长庞立恒参加调研", _L10_ATT, "温雪松汇报了", "郗振衡指出", "贾立峦表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hq01", "白地市镇黄花菜精深加工产业园二期", "industrial_park", "察看了白地市镇黄花菜精深加工产业园二期建设进度"),
    ("hq01", "湘江祁东段防洪能力提升工程", "engineering_work", "研究湘江祁东段防洪能力提升工程前期工作"),
    ("hq01", "归阳港区综合码头二期工程", "infrastructure_project", "会议通报了归阳港区综合码头二期工程征拆进展"),
    ("hq02", "白地市镇黄花菜精深加工产业园二期", "industrial_park", "先后来到白地市镇黄花菜精深加工产业园二期"),
    ("hq03", "过水坪镇油茶低产林改造项目", "project", "确保过水坪镇油茶低产林改造项目10月底前完成整地"),
    ("hq04", "祁东黄花菜现代农业产业园", "industrial_park", "祁东黄花菜现代农业产业园通过省级验收"),
    ("hq04", "归阳镇万亩早稻集中育秧中心建设项目", "project", "加快推进归阳镇万亩早稻集中育秧中心建设项目"),
    ("hq05", "白地市镇黄花菜精深加工产业园二期", "industrial_park", "先后来到白地市镇黄花菜精深加工产业园二期"),
    ("hq05", "舂陵水常宁段防洪治理工程", "engineering_work", "察看了舂陵水常宁段防洪治理工程"),
    ("hq06", "三坡镇游客集散中心改扩建项目", "project", "察看了三坡镇游客集散中心改扩建项目"),
    ("hq07", "三坡镇游客集散中心改扩建项目", "project", "先后来到三坡镇游客集散中心改扩建项目"),
    ("hq08", "野三坡智慧旅游指挥中心建设项目", "project", "观摩了野三坡智慧旅游指挥中心建设项目"),
    ("hq09", "九龙镇食用菌产业园二期", "industrial_park", "九龙镇食用菌产业园二期已完成钢结构大棚搭建"),
    ("hq09", "九龙镇旅游连接线道路提升工程", "infrastructure_project", "九龙镇旅游连接线道路提升工程完成路基施工"),
    ("hq10", "拒马河涞水段生态修复工程", "greening_project", "拒马河涞水段生态修复工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hq01", "白地市镇", "town", "standalone", "到白地市镇调研黄花菜产业发展和乡村振兴工作"),
    ("hq01", "湘江", "river", "in_project_name", "研究湘江祁东段防洪能力提升工程前期工作"),
    ("hq01", "祁东", "county", "in_project_name", "研究湘江祁东段防洪能力提升工程前期工作"),
    ("hq01", "归阳镇", "town", "standalone", "6月14日，归阳镇召开重点项目建设推进会"),
    ("hq01", "归阳港区", "port_area", "in_project_name", "会议通报了归阳港区综合码头二期工程征拆进展"),
    ("hq01", "砖塘镇", "town", "standalone", "带队到砖塘镇、黄土铺镇督导"),
    ("hq01", "黄土铺镇", "town", "standalone", "带队到砖塘镇、黄土铺镇督导"),
    ("hq01", "金桥镇", "town", "standalone", "先后到金桥镇、过水坪镇察看山塘水库"),
    ("hq01", "过水坪镇", "town", "standalone", "先后到金桥镇、过水坪镇察看山塘水库"),
    ("hq02", "白地市镇", "town", "standalone", "白地市镇的田间地头一片金黄"),
    ("hq02", "祁东", "county", "standalone", "黄花菜是祁东的特色产业"),
    ("hq03", "过水坪镇", "town", "standalone", "9月20日，过水坪镇召开"),
    ("hq04", "祁东", "county", "in_project_name", "祁东黄花菜现代农业产业园通过省级验收"),
    ("hq04", "归阳镇", "town", "standalone", "白地市镇、砖塘镇、归阳镇作了交流发言"),
    ("hq04", "白地市镇", "town", "standalone", "白地市镇、砖塘镇、归阳镇作了交流发言"),
    ("hq04", "砖塘镇", "town", "standalone", "白地市镇、砖塘镇、归阳镇作了交流发言"),
    ("hq05", "祁东县", "county", "standalone", "到祁东县、常宁市调研"),
    ("hq05", "常宁市", "county_level_city", "standalone", "到祁东县、常宁市调研"),
    ("hq05", "白地市镇", "town", "in_project_name", "先后来到白地市镇黄花菜精深加工产业园二期"),
    ("hq05", "归阳镇", "town", "standalone", "归阳镇湘江堤防险工险段"),
    ("hq05", "湘江", "river", "standalone", "归阳镇湘江堤防险工险段"),
    ("hq05", "舂陵水", "river", "in_project_name", "察看了舂陵水常宁段防洪治理工程"),
    ("hq05", "塔山瑶族乡", "township", "standalone", "塔山瑶族乡茶叶产业基地"),
    ("hq05", "祁东", "county", "standalone", "祁东、常宁要立足资源禀赋"),
    ("hq05", "常宁", "county_level_city", "standalone", "祁东、常宁要立足资源禀赋"),
    ("hq06", "野三坡景区", "scenic_area", "standalone", "研究部署野三坡景区旅游旺季安全生产"),
    ("hq06", "三坡镇", "town", "standalone", "到三坡镇调研文旅融合发展和旅游旺季筹备工作"),
    ("hq06", "永阳镇", "town", "standalone", "4月17日，永阳镇召开"),
    ("hq07", "三坡镇", "town", "standalone", "三坡镇是全县文旅融合发展的主阵地"),
    ("hq07", "百里峡景区", "scenic_area", "standalone", "百里峡景区入口广场"),
    ("hq07", "苟各庄村", "village", "standalone", "苟各庄村民宿集聚区"),
    ("hq07", "野三坡景区", "scenic_area", "standalone", "籍海燕介绍了野三坡景区旺季客流预测"),
    ("hq07", "涞水", "county", "standalone", "文旅产业是涞水的支柱产业"),
    ("hq07", "京西", "region", "standalone", "打造京西精品民宿集群"),
    ("hq08", "野三坡景区", "scenic_area", "standalone", "野三坡景区是我县的金字招牌"),
    ("hq08", "三坡镇", "town", "standalone", "付晓婉汇报了三坡镇旅游旺季交通疏导"),
    ("hq08", "涞水", "county", "standalone", "涞水对外形象"),
    ("hq08", "拒马河", "river", "standalone", "配合做好拒马河沿线涉水安全巡查"),
    ("hq08", "野三坡", "scenic_area", "in_project_name", "观摩了野三坡智慧旅游指挥中心建设项目"),
    ("hq09", "九龙镇", "town", "standalone", "5月8日，九龙镇召开"),
    ("hq10", "涞水县", "county", "standalone", "到涞水县调研文旅产业发展和旅游旺季安全工作"),
    ("hq10", "百里峡景区", "scenic_area", "standalone", "百里峡景区和拒马河涞水段生态修复工程现场"),
    ("hq10", "拒马河", "river", "in_project_name", "拒马河涞水段生态修复工程现场"),
    ("hq10", "野三坡", "scenic_area", "standalone", "推动野三坡从“门票经济”"),
    ("hq10", "涞水", "county", "standalone", "涞水文旅资源禀赋突出"),
    ("hq10", "京津冀", "region", "standalone", "主动融入京津冀文旅协同发展"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hq", conventions="set hq (blind set: county 融媒体 要闻 list pages (entries of title, one-line summary and date) next to the full articles behind them, 乡镇动态 and 部门动态 items (a 镇's own meeting, a 局's own meeting) with the county leaders at each, and city papers on the same people, in 湖南 衡阳 (祁东县 and its 镇s, 常宁市) and 河北 保定 (涞水县 with 三坡镇, 永阳镇, 九龙镇): each list entry is an article whose headline is its title line; [详细] / [查看全文], entry dates, pagers and 相关 / 上一篇 / 本版其他文章 lists are chrome; bare organs take the page's place or the place named just before; on a 局's own page bare 局党组书记、局长 is that 局's; 镇党委副书记、镇长 → 镇党委 + 镇政府; a post in a relayed speech is a holding, the relayed meeting no event; one line per post per article)",
          persons_note="Set hq persons. id = corpus-wide person_id (hq:贺建平#1 of 祁东县过水坪镇 (湖南, 镇长) and hq:贺建平#2 of 涞水县 (河北, 应急管理局局长) are two people; hq:阳立岗 祁东县长 2022 → 祁东县委书记 2024; hq:管振湘 祁东常务副县长 2022 → 常宁市长 2024; hq:唐志坚 白地市镇党委书记 2022 → 祁东县农业农村局局长 2024; hq:孟庆韬 涞水副县长 2023 → 常务副县长 2025; hq:温雪松 三坡镇党委书记 2023 → 涞水县文化广电和旅游局局长 2025)")


if __name__ == "__main__":
    main()
