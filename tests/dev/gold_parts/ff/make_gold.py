"""Write gold part ``ff`` (a blind set: held-out-like mix, tenth round — ten pages from ten regions, one county, banner or
county-level city each: 黑龙江 牡丹江 穆棱市, 吉林 吉林市 永吉县, 辽宁 阜新 彰武县, 内蒙古 通辽 科尔沁左翼后旗, 山西 大同 灵丘县,
甘肃 白银 会宁县, 宁夏 固原 西吉县, 新疆 阿勒泰地区 福海县, 西藏 日喀则 吉隆县, 海南 东方市 — in ordinary page shapes) from the
tables below.

Pages ``tests/dev/texts/ff*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 佳木斯 前进区 site (``发布日期:… 发布者:… 来源: 浏览量:``, a 重点项目
集中开工 with ``市委书记…，市委副书记、政法委书记、市高新区党工委书记…``); a 黑河 市政府党组(扩大)会议 page (``| 招商动态 |2016-07-21``,
``市领导…及各县(市、区)主要负责人``); the 新疆日报 item of the 黑龙江 代表团 (``黑龙江 · 阿勒泰和兵团十师对口支援工作座谈会``) and a
兵团 portal copy on 黑龙江's 十师 分指挥部 (``来源:… 时间:… 作者: 编辑:… 责任编辑:…``); a 青河 item on a 黑龙江 援疆 县委副书记; the
吉林日报 item on 吉林's 援藏 cadres (``对口支援日喀则市和所辖的定结县、吉隆县、萨嘎县``, ``曾在西藏担任定结县委书记的…``) and a 吉林市 page
on its cadres in 吉隆县; the 阿里网 援藏 page (``选派职务为…日土县委常委、副县长``, ``【打印本页】【关闭本页】``, ``责任编辑:``,
``主办单位:中共阿里地委宣传部 备案号:``); a 襄阳 page of a 考察 in 琼结县 (``山南市委副书记、湖北省第八批援藏工作队总领队…，琼结县委
书记…，县委副书记、县长…陪同考察``); the 乌审旗 site (``作者: 来源: 发布时间:``, ``我旗领导…陪同``) and the 乌拉特中旗 政协 site
(``来源: 发布时间:``, ``旗政协党组书记、主席…带队``); a 敖汉旗 年鉴 page (旗委书记, 旗长, the 旗's borders with 辽宁 朝阳); the 阜蒙县
数字报 (``第01版:头版新闻 下一版>>``, ``<<上一篇 下一篇>> 2021年05月10日``, ``本报讯 (记者 … …)``, ``县政协主席…参加调研，县委相关领导
以及…陪同调研``); the 山西日报 灵石 item (``县领导…参加``, ``(闫静)``) and a 临汾 / 太原 page (``临汾市委常委、洪洞县委书记…率考察团``,
``太原市人大常委会副主任、清徐县委书记…``); a 甘州区 全委会 page (``市委常委、区委书记…``, ``(编辑:…)``); a 临洮 WeChat-like item
(``记者|… 摄影|… 编审|… 终审|…``, ``热文推荐``); a 西吉 县情 page (``西毗甘肃会宁县``, 葫芦河、清水河、祖厉河, 将台堡 会师); the 琼海
site (``发布日期:… 来源: 分享到: 微信 【字体:``) and a 三亚 item of the 文昌 党政代表团 (``文昌市委书记…，市委副书记、市长…``); and, for
the WeChat shape, the corpus's own WeChat pages (ah07, cc01). No page was copied. Places are real; 穆棱, 彰武, 科左后旗, 灵丘, 会宁,
福海, 吉隆 and 东方市 are on no earlier page (永吉 and 西吉 are named on two or three).

Shapes: a 黑龙江 county-level city's site (menu, 当前位置, 发布时间 / 来源 / 浏览次数 / 字号, 相关链接, footer with 备案号 and 网站标识码):
the 市委书记's 调研 of two towns with the 市长, a 副市长 and a town's 党委书记 and 镇长 (ff01); a 吉林 county's WeChat article (``原创 …
永吉发布 … 发表于吉林``, ▲ caption, 来源 / 记者 / 编辑 / 审核, 往期推荐, 阅读 / 点赞 / 在看): the 县委书记's 调研 (ff02); the 阜新日报
第02版 of a 内蒙古 旗's 党政考察团 in 彰武县 and the 座谈会 (``通辽市科尔沁左翼后旗委副书记、旗长``; ``市委常委、彰武县委书记``; 本版其他
文章) (ff03); the 通辽新闻网 portal copy of a 科左后旗 item (``您现在的位置``, stamp with 来源 / 作者 / 编辑, 相关新闻): the former 旗长
now 旗委书记's 调研 with the new ``旗委副书记、政府旗长`` (ff04); a 山西 county site's 领导干部大会 announcing a new 县委书记 (``任中共
灵丘县委委员、常委、书记；…不再担任…另有任用``), the new secretary's first 调研 the next day (ff05); the 白银日报 第03版 of a 甘宁
跨省 河湖 联席会议 with a 宁夏 副县长 (ff06); a 宁夏 county's WeChat article (``来源 |``, ``记者 |``): the 县委书记's 调研 with that
副县长 now 县委常委、常务副县长 (ff07); a 阿勒泰 portal page (``阿勒泰零距离``, 作者 / 责任编辑 in the stamp line, 相关阅读): a 地委委员、
行署副专员's 调研 of 福海县 with the 黑龙江 援疆 分指挥部 指挥长 (the former 穆棱 副市长) and Kazakh names (ff08); a 西藏 county site's
检查 of the 口岸 with a ``吉林援藏干部、县委常委、常务副县长`` (the former 永吉 副县长) and Tibetan names (ff09); a 海南 county-level city's
site (``分享到：微信 微博``, ``（编辑：…）``): the new ``市委副书记、代市长``'s 调研 (ff10).

Identity cases:
- ff:栾志鹏 moves from 黑龙江 to 新疆 (援疆): 穆棱市 副市长 in June 2021 (ff01) → 黑龙江省援疆前方指挥部福海分指挥部 指挥长 and 福海县委
  副书记 in June 2024 (ff08).
- ff:杭宏宇 moves from 吉林 to 西藏 (援藏): 永吉县 副县长 in Oct 2021 (ff02) → 吉隆县委常委、常务副县长 in Aug 2024 (ff09, ``吉林
  援藏干部``).
- ff:鲍振山, a 旗长 who becomes 旗委书记: 科尔沁左翼后旗委副书记、旗长 leading a delegation to 辽宁 彰武 in July 2022 (ff03, in the
  阜新日报) → 旗委书记 in May 2024 (ff04).
- ff:马少林, a 副县长 who becomes 常务副县长: 西吉县副县长 at the 甘肃 会宁 联席会议 in Aug 2022 (ff06, in the 白银日报) → 西吉县委
  常委、常务副县长 in April 2024 (ff07).
- a new official in post: ff:乔立本 任灵丘县委委员、常委、书记 (ff05, Sept 2023; ff:郝润生 ``不再担任``); ff:符传海 东方市 代市长 (ff10).
- two different 李春华 in unrelated places: ff:李春华#1 is 灵丘县委常委、副县长 (山西, ff05, Sept 2023); ff:李春华#2 is 东方市感城镇
  党委书记 (海南, ff10, March 2023).
- one organ name of different places: bare ``市委`` is 穆棱市's (ff01, a county-level city of 牡丹江), 东方市's (ff10, a county-level city
  under the province) and 阜新市's in the 阜新日报 (``市委常委、彰武县委书记``, ff03); ``县委常委、常务副县长`` is 西吉's (ff07) and
  吉隆's (ff09); bare ``县委副书记、县长`` is 永吉's, 彰武's, 西吉's, 福海's and 吉隆's on their pages; bare ``旗委`` is 科尔沁左翼后旗's
  (ff04), written out ``科左后旗委`` in the 辽宁 paper (ff03); bare ``地委`` / ``行署`` are 阿勒泰地区's (ff08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, cc, ak, dd, fb, fe where they speak; decided here where they are silent):
- Bare organs take the page's place: on each county / 旗 / city site or account that place's (穆棱市委, 永吉县政府, 灵丘县委, 西吉县
  农业农村局, 吉隆县应急管理局, 东方市发展和改革委员会 as written). County-level cities (穆棱市, 东方市): 市委 / 市政府 / 市X局 with the
  city's own label. In the 阜新日报 (ff03) ``市委常委、彰武县委书记冀国梁`` → 阜新市委 常委 (the paper's city) + 彰武县委 书记 (as fb's
  ``襄阳市委常委、枣阳市委书记``); the bare ``县委副书记、县长`` / ``县委常委、副县长`` after it are 彰武县's. In the 白银日报 (ff06) every
  county official is written with the county's name.
- DECIDED HERE: a 旗 written by its common short form (``科左后旗``, ``后旗``) has the full official name as org label (CONVENTIONS: the
  full official name of the division): ``科左后旗委常委、副旗长哈斯朝鲁`` → 科尔沁左翼后旗委 常委 + 科尔沁左翼后旗政府 副旗长;
  ``旗委副书记、政府旗长`` → 科尔沁左翼后旗委 副书记 + 科尔沁左翼后旗政府 旗长 (as cc, ak); ``旗林业和草原局`` → 科尔沁左翼后旗林业和
  草原局; the town ``甘旗卡镇`` → 科尔沁左翼后旗甘旗卡镇党委. Places keep the written form (科左后旗, 后旗, 科尔沁左翼后旗).
- 地区 (as bs): bare ``地委委员、行署副专员`` on the 阿勒泰 portal → 阿勒泰地区委 委员 + 阿勒泰地区行政公署 副专员.
- 援疆 / 援藏 (as bs and the 上海援疆莎车分指挥部 of an earlier part): ``黑龙江省援疆前方指挥部福海分指挥部指挥长`` → org as written +
  指挥长; the label ``吉林援藏干部`` is no post (as bs's 辽宁援疆干部); the cadre's local posts are (吉隆县委 常委 + 吉隆县政府 常务副县长).
- A 领导干部大会 (as dd, ac): ``乔立本同志任中共灵丘县委委员、常委、书记`` → 灵丘县委 委员 + 常委 + 书记, one line per title; ``不再担任…
  另有任用`` gives no line (郝润生 is named without a post); the 市委组织部 officials' posts are 大同市委 常委 + 大同市委组织部 部长 / 副部长.
  ``代市长`` is a title as written (dd): 东方市政府 代市长.
- Towns: county label + town + 党委 / 政府 (``在下城子镇…镇党委书记宫庆林`` → 穆棱市下城子镇党委 书记; ``镇党委副书记、镇长`` → …党委
  副书记 + …政府 镇长; ``解特阿热勒乡党委书记`` → 福海县解特阿热勒乡党委).
- Events: 调研 / 检查 / 考察 are ``inspection`` (leader; 陪同 / 一同调研 attendees; 汇报 / 介绍 / 指出 / 要求 / 强调 / 表示 / 提出建议
  speakers; a delegation's 考察 is led by its head). The 座谈会 after the 考察 is a meeting of its own (fb); DECIDED HERE: it takes the
  考察's ``7月13日至14日`` (the text gives it no date of its own). The 领导干部大会 and the 联席会议 are meetings (chair when 主持;
  ``出席会议并讲话`` attendee and speaker; ``宣读`` / ``通报`` speakers). The new secretary's 调研 the next day (ff05) is an inspection
  of its own, dated ``9月8日上午``. The ``会前…实地察看`` of ff06 is an inspection of its own (fb's 会前 考察) with no leader and no
  named participant (``与会人员``).
- Credits: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; WeChat ``记者：`` / ``记者 |`` reporter; a portal's ``作者：`` author;
  编辑 / 责任编辑 / 审核 editor lines. ``来源：…融媒体中心`` names nobody.
- Projects: named works visited or reported: …产业园 (一期 / 二期, 现代农业产业园) ``industrial_park``; 防洪治理 / 综合治理 / 防洪堤
  works ``engineering_work``; 生态修复 / 生态保护修复 / 沙地综合治理 works ``greening_project``; 港 扩建 ``infrastructure_project``;
  示范区, 种植基地, 小镇 / 旅游小镇 项目, a school building, a 实训中心, the 风电光伏治沙 project ``project``. DECIDED HERE: the
  ``万亩节水灌溉饲草基地`` of 金宝屯镇 (ff04) is a ``project`` (a named base visited, as fb's 示范区). The 《…合作协议》 is a document;
  ``东方临港产业园`` is a standing park, a place (``zone_park``, as bq's standing parks), not a project; ``边民互市贸易区`` is an
  existing facility, not annotated.
- Places: one line per name per file, as written; places inside titles, organ references and project names count; short forms written
  alone count (穆棱, 永吉, 彰武, 后旗, 会宁, 西吉, 灵丘, 阿勒泰, 黑龙江, 吉林, 辽宁, 宁夏, 海南); DECIDED HERE kinds ``nature_reserve``
  for 大青沟国家级自然保护区, ``area`` for 章古台, 将台堡 and 北大湖 written without 镇, ``region`` for 科尔沁沙地. Two-region
  abbreviations (``蒙辽``, ``甘宁``) and the slogan ``中国马铃薯之乡`` are not annotated (fb). Site lines, navigation, breadcrumbs, stamp
  and 来源 lines, 相关链接 / 相关新闻 / 相关阅读 / 本版其他文章 / 往期推荐 and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ML, YJ, ZW, KZ, LQ, HN, XJ, FH, JL, DF = "穆棱市", "永吉县", "彰武县", "科尔沁左翼后旗", "灵丘县", "会宁县", "西吉县", "福海县", "吉隆县", "东方市"
ALT = "阿勒泰地区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ff01_muling.txt": (2021, "发布时间：2021-06-10 16:20", ML, [
        ("窦振宇深入下城子镇、马桥河镇调研乡村振兴和重点项目建设", "6月9日", "2021-06-09", "6月9日，市委书记窦振宇",
         "黑龙江 county-level city site: the 市委书记's 调研 of two towns; 市长, 副市长 栾志鹏, 农业农村局局长, town heads")]),
    "ff02_yongji.txt": (2021, "2021-10-20 19:05", YJ, [
        ("邰春阳调研重点项目建设和秋收工作", "10月19日", "2021-10-19", "10月19日，县委书记邰春阳",
         "吉林 county WeChat article: the 县委书记's 调研; 县长, 副县长 杭宏宇, 发展改革局局长, a town secretary")]),
    "ff03_zhangwu.txt": (2022, "2022年7月15日　星期五", ZW, [
        ("科左后旗党政考察团来彰武考察", "7月13日至14日", "2022-07-13", "本报讯（记者 庞维民 通讯员 吕明浩）7月13日至14日",
         "阜新日报 第02版: the 科左后旗 旗长's delegation in 彰武县 (考察 and 座谈会); 市委常委、彰武县委书记; 县长; 副旗长")]),
    "ff04_kezuohouqi.txt": (2024, "2024-05-23 09:41:17", KZ, [
        ("鲍振山调研肉牛产业和生态保护修复工作", "5月22日", "2024-05-22", "5月22日，旗委书记鲍振山",
         "通辽 portal copy: 鲍振山 now 旗委书记, 调研 with the new 政府旗长, 常务副旗长, 林草局局长, a town secretary")]),
    "ff05_lingqiu.txt": (2023, "发布时间：2023-09-08 18:02", LQ, [
        ("我县召开领导干部大会", "9月7日下午", "2023-09-07", "9月7日下午，我县召开领导干部大会",
         "山西 county site: 领导干部大会 (任…委员、常委、书记; 不再担任) and the new secretary's 调研 the next day with 李春华#1")]),
    "ff06_huining.txt": (2022, "2022年8月26日　星期五", HN, [
        ("会宁西吉两县召开祖厉河流域跨省联防联控联席会议", "8月25日", "2022-08-25", "本报讯（记者 展鹏飞）8月25日",
         "白银日报 第03版: 甘宁 跨省 河湖 联席会议 (会宁 县长, 西吉 副县长 马少林, 会宁 副县长 主持, 市水务局副局长)")]),
    "ff07_xiji.txt": (2024, "2024-04-17 20:10", XJ, [
        ("虎永刚调研乡村振兴和重点项目建设工作", "4月16日", "2024-04-16", "4月16日，县委书记虎永刚",
         "宁夏 county WeChat article: the 县委书记's 调研; 马少林 now 县委常委、常务副县长")]),
    "ff08_fuhai.txt": (2024, "发布时间：2024-06-13 10:26", FH, [
        ("叶尔江·哈布都拉到福海县调研乌伦古湖生态保护和援疆项目建设工作", "6月12日", "2024-06-12", "6月12日，地委委员",
         "阿勒泰 portal: a 地委委员、行署副专员's 调研 of 福海县; 黑龙江 援疆 分指挥部 指挥长 栾志鹏; Kazakh names")]),
    "ff09_jilong.txt": (2024, "发布时间：2024-08-22 15:47", JL, [
        ("卢泽民带队检查吉隆口岸安全生产和防汛救灾工作", "8月20日至21日", "2024-08-20", "8月20日至21日，县委书记卢泽民",
         "西藏 county site: the 县委书记's 检查 of the 口岸; 吉林援藏 常务副县长 杭宏宇; Tibetan names")]),
    "ff10_dongfang.txt": (2023, "发布日期：2023-03-02 17:36", DF, [
        ("符传海到八所镇、感城镇调研重点项目和产业发展", "3月1日", "2023-03-01", "3月1日，市委副书记、代市长符传海",
         "海南 county-level city site: the new 代市长's 调研; 副市长, 发改委主任, town secretaries (李春华#2)")]),
}

_F03_BAO = "通辽市科尔沁左翼后旗委副书记、旗长鲍振山"
_F08_LUAN = "黑龙江省援疆前方指挥部福海分指挥部指挥长、县委副书记栾志鹏"
_F05_QIAO = "乔立本同志任中共灵丘县委委员、常委、书记"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 穆棱 (黑龙江)
    "ff:窦振宇": ("窦振宇", "official", ML, [
        ("ff01", f"{ML}委", "书记", "市委书记窦振宇深入下城子镇", "bare 市委 on the 穆棱 site = 穆棱市 (county-level city); named in the headline too")], []),
    "ff:衣春雷": ("衣春雷", "official", ML, [
        ("ff01", f"{ML}委", "副书记", "市委副书记、市长衣春雷", None),
        ("ff01", f"{ML}政府", "市长", "市委副书记、市长衣春雷", None)], []),
    "ff:栾志鹏": ("栾志鹏", "official", ML, [
        ("ff01", f"{ML}政府", "副市长", "副市长栾志鹏", "2021-06 (identity case: 黑龙江 援疆 in 福海县, 2024, ff08)"),
        ("ff08", "黑龙江省援疆前方指挥部福海分指挥部", "指挥长", _F08_LUAN, "2024-06: 援疆 分指挥部, org as written"),
        ("ff08", f"{FH}委", "副书记", _F08_LUAN, "bare 县委 on the 福海 page")], []),
    "ff:迟秀华": ("迟秀华", "official", ML, [
        ("ff01", f"{ML}农业农村局", "局长", "市农业农村局局长迟秀华", None)], []),
    "ff:宫庆林": ("宫庆林", "official", ML, [
        ("ff01", f"{ML}下城子镇党委", "书记", "镇党委书记宫庆林", "after ``在下城子镇``")], []),
    "ff:岳立群": ("岳立群", "official", ML, [
        ("ff01", f"{ML}马桥河镇党委", "副书记", "镇党委副书记、镇长岳立群", "after ``来到马桥河镇``"),
        ("ff01", f"{ML}马桥河镇政府", "镇长", "镇党委副书记、镇长岳立群", None)], []),
    # ---- 永吉 (吉林)
    "ff:邰春阳": ("邰春阳", "official", YJ, [
        ("ff02", f"{YJ}委", "书记", "县委书记邰春阳深入北大湖镇", "named in the headline too")], []),
    "ff:葛振军": ("葛振军", "official", YJ, [
        ("ff02", f"{YJ}委", "副书记", "县委副书记、县长葛振军", None),
        ("ff02", f"{YJ}政府", "县长", "县委副书记、县长葛振军", None)], []),
    "ff:杭宏宇": ("杭宏宇", "official", YJ, [
        ("ff02", f"{YJ}政府", "副县长", "副县长杭宏宇", "2021-10 (identity case: 吉林援藏 in 吉隆县, 2024, ff09)"),
        ("ff09", f"{JL}委", "常委", "吉林援藏干部、县委常委、常务副县长杭宏宇", "2024-08: ``吉林援藏干部`` is no post"),
        ("ff09", f"{JL}政府", "常务副县长", "吉林援藏干部、县委常委、常务副县长杭宏宇", None)], []),
    "ff:董文博": ("董文博", "official", YJ, [
        ("ff02", f"{YJ}发展改革局", "局长", "县发展改革局局长董文博", None)], []),
    "ff:屈海峰": ("屈海峰", "official", YJ, [
        ("ff02", f"{YJ}北大湖镇党委", "书记", "镇党委书记屈海峰", "after ``在北大湖镇``")], []),
    # ---- 彰武 (辽宁) and 科左后旗 (内蒙古)
    "ff:鲍振山": ("鲍振山", "official", KZ, [
        ("ff03", f"{KZ}委", "副书记", _F03_BAO, "2022-07; DECIDED HERE: full official name as label (identity case: 旗委书记 in 2024, ff04)"),
        ("ff03", f"{KZ}政府", "旗长", _F03_BAO, None),
        ("ff04", f"{KZ}委", "书记", "旗委书记鲍振山深入甘旗卡镇", "2024-05: now 旗委书记")], []),
    "ff:冀国梁": ("冀国梁", "official", ZW, [
        ("ff03", "阜新市委", "常委", "市委常委、彰武县委书记冀国梁", "bare 市委 in the 阜新日报 = 阜新市"),
        ("ff03", f"{ZW}委", "书记", "市委常委、彰武县委书记冀国梁", None)], []),
    "ff:柏树林": ("柏树林", "official", ZW, [
        ("ff03", f"{ZW}委", "副书记", "县委副书记、县长柏树林", "bare 县委 after 彰武县委书记"),
        ("ff03", f"{ZW}政府", "县长", "县委副书记、县长柏树林", None)], []),
    "ff:韩晓东": ("韩晓东", "official", ZW, [
        ("ff03", f"{ZW}委", "常委", "县委常委、副县长韩晓东", None),
        ("ff03", f"{ZW}政府", "副县长", "县委常委、副县长韩晓东", None)], []),
    "ff:景志强": ("景志强", "official", ZW, [
        ("ff03", f"{ZW}章古台镇党委", "书记", "镇党委书记景志强", "after ``在章古台镇``")], []),
    "ff:哈斯朝鲁": ("哈斯朝鲁", "official", KZ, [
        ("ff03", f"{KZ}委", "常委", "科左后旗委常委、副旗长哈斯朝鲁", "科左后旗 → 科尔沁左翼后旗"),
        ("ff03", f"{KZ}政府", "副旗长", "科左后旗委常委、副旗长哈斯朝鲁", None)], []),
    "ff:苏都毕力格": ("苏都毕力格", "official", KZ, [
        ("ff04", f"{KZ}委", "副书记", "旗委副书记、政府旗长苏都毕力格", "2024: the 旗长 after 鲍振山"),
        ("ff04", f"{KZ}政府", "旗长", "旗委副书记、政府旗长苏都毕力格", "政府旗长 → X旗政府 旗长 (as cc, ak)")], []),
    "ff:牛建业": ("牛建业", "official", KZ, [
        ("ff04", f"{KZ}委", "常委", "旗委常委、常务副旗长牛建业", None),
        ("ff04", f"{KZ}政府", "常务副旗长", "旗委常委、常务副旗长牛建业", None)], []),
    "ff:何世林": ("何世林", "official", KZ, [
        ("ff04", f"{KZ}林业和草原局", "局长", "旗林业和草原局局长何世林", None)], []),
    "ff:海日罕": ("海日罕", "official", KZ, [
        ("ff04", f"{KZ}甘旗卡镇党委", "书记", "甘旗卡镇党委书记海日罕", None)], []),
    # ---- 灵丘 (山西)
    "ff:阎晋川": ("阎晋川", "official", "大同市", [
        ("ff05", "大同市委", "常委", "大同市委常委、组织部部长阎晋川", None),
        ("ff05", "大同市委组织部", "部长", "大同市委常委、组织部部长阎晋川", None)], []),
    "ff:拓海涛": ("拓海涛", "official", LQ, [
        ("ff05", f"{LQ}委", "副书记", "县委副书记、县长拓海涛", None),
        ("ff05", f"{LQ}政府", "县长", "县委副书记、县长拓海涛", None)], []),
    "ff:温晋生": ("温晋生", "official", "大同市", [
        ("ff05", "大同市委组织部", "副部长", "大同市委组织部副部长温晋生", None)], []),
    "ff:乔立本": ("乔立本", "official", LQ, [
        ("ff05", f"{LQ}委", "委员", _F05_QIAO, "2023-09: decision read at the 领导干部大会, one line per title (dd)"),
        ("ff05", f"{LQ}委", "常委", _F05_QIAO, None),
        ("ff05", f"{LQ}委", "书记", _F05_QIAO, None)], []),
    "ff:郝润生": ("郝润生", "official", LQ, [], ["ff05"]),
    "ff:李春华#1": ("李春华", "official", LQ, [
        ("ff05", f"{LQ}委", "常委", "县委常委、副县长李春华", "灵丘县 (山西); not the 李春华 of 东方市 (ff10)"),
        ("ff05", f"{LQ}政府", "副县长", "县委常委、副县长李春华", None)], []),
    # ---- 会宁 (甘肃) and 西吉 (宁夏)
    "ff:汪宏斌": ("汪宏斌", "official", HN, [
        ("ff06", f"{HN}委", "副书记", "会宁县委副书记、县长汪宏斌", None),
        ("ff06", f"{HN}政府", "县长", "会宁县委副书记、县长汪宏斌", None)], []),
    "ff:马少林": ("马少林", "official", XJ, [
        ("ff06", f"{XJ}政府", "副县长", "西吉县副县长马少林", "2022-08, in the 白银日报 (identity case: 常务副县长 in 2024, ff07)"),
        ("ff07", f"{XJ}委", "常委", "县委常委、常务副县长马少林", "2024-04 on the 西吉 account"),
        ("ff07", f"{XJ}政府", "常务副县长", "县委常委、常务副县长马少林", None)], []),
    "ff:魏立仁": ("魏立仁", "official", HN, [
        ("ff06", f"{HN}政府", "副县长", "会宁县副县长魏立仁", None)], []),
    "ff:苟建平": ("苟建平", "official", "白银市", [
        ("ff06", "白银市水务局", "副局长", "白银市水务局副局长苟建平", None)], []),
    "ff:慕建军": ("慕建军", "official", HN, [
        ("ff06", f"{HN}水务局", "局长", "会宁县水务局局长慕建军", None)], []),
    "ff:海永福": ("海永福", "official", XJ, [
        ("ff06", f"{XJ}水务局", "局长", "西吉县水务局局长海永福", None)], []),
    "ff:虎永刚": ("虎永刚", "official", XJ, [
        ("ff07", f"{XJ}委", "书记", "县委书记虎永刚深入将台堡镇", "named in the headline too")], []),
    "ff:纳建忠": ("纳建忠", "official", XJ, [
        ("ff07", f"{XJ}委", "副书记", "县委副书记、县长纳建忠", None),
        ("ff07", f"{XJ}政府", "县长", "县委副书记、县长纳建忠", None)], []),
    "ff:田振国": ("田振国", "official", XJ, [
        ("ff07", f"{XJ}农业农村局", "局长", "县农业农村局局长田振国", None)], []),
    "ff:禹海燕": ("禹海燕", "official", XJ, [
        ("ff07", f"{XJ}将台堡镇党委", "书记", "镇党委书记禹海燕", "after ``在将台堡镇``")], []),
    # ---- 福海 (新疆)
    "ff:叶尔江·哈布都拉": ("叶尔江·哈布都拉", "official", ALT, [
        ("ff08", f"{ALT}委", "委员", "地委委员、行署副专员叶尔江·哈布都拉", "地委 → 阿勒泰地区委 (as bs)"),
        ("ff08", f"{ALT}行政公署", "副专员", "地委委员、行署副专员叶尔江·哈布都拉", "行署 → 阿勒泰地区行政公署 (as bs)")], []),
    "ff:佟建华": ("佟建华", "official", FH, [
        ("ff08", f"{FH}委", "书记", "县委书记佟建华", None)], []),
    "ff:努尔波拉提·沙依提": ("努尔波拉提·沙依提", "official", FH, [
        ("ff08", f"{FH}委", "副书记", "县委副书记、县长努尔波拉提·沙依提", None),
        ("ff08", f"{FH}政府", "县长", "县委副书记、县长努尔波拉提·沙依提", None)], []),
    "ff:哈那提·别克": ("哈那提·别克", "official", FH, [
        ("ff08", f"{FH}解特阿热勒乡党委", "书记", "解特阿热勒乡党委书记哈那提·别克", None)], []),
    # ---- 吉隆 (西藏)
    "ff:卢泽民": ("卢泽民", "official", JL, [
        ("ff09", f"{JL}委", "书记", "县委书记卢泽民带队", "named in the headline too")], []),
    "ff:次仁旺堆": ("次仁旺堆", "official", JL, [
        ("ff09", f"{JL}委", "副书记", "县委副书记、县长次仁旺堆", None),
        ("ff09", f"{JL}政府", "县长", "县委副书记、县长次仁旺堆", None)], []),
    "ff:格桑罗布": ("格桑罗布", "official", JL, [
        ("ff09", f"{JL}应急管理局", "局长", "县应急管理局局长格桑罗布", None)], []),
    "ff:普琼": ("普琼", "official", JL, [
        ("ff09", f"{JL}吉隆镇党委", "书记", "镇党委书记普琼", "after ``在吉隆镇``")], []),
    # ---- 东方市 (海南)
    "ff:符传海": ("符传海", "official", DF, [
        ("ff10", f"{DF}委", "副书记", "市委副书记、代市长符传海", "named in the headline too"),
        ("ff10", f"{DF}政府", "代市长", "市委副书记、代市长符传海", "代市长 as written (dd)")], []),
    "ff:王昌盛": ("王昌盛", "official", DF, [
        ("ff10", f"{DF}政府", "副市长", "副市长王昌盛", None)], []),
    "ff:蒙晓燕": ("蒙晓燕", "official", DF, [
        ("ff10", f"{DF}发展和改革委员会", "主任", "市发展和改革委员会主任蒙晓燕", "as written")], []),
    "ff:陈德俊": ("陈德俊", "official", DF, [
        ("ff10", f"{DF}八所镇党委", "书记", "镇党委书记陈德俊", "after ``在八所镇``")], []),
    "ff:李春华#2": ("李春华", "official", DF, [
        ("ff10", f"{DF}感城镇党委", "书记", "镇党委书记李春华", "东方市 (海南), after ``在感城镇``; not the 李春华 of 灵丘县 (ff05)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ff01", "于晓楠", "责任编辑", "editor", "责任编辑：于晓楠"),
    ("ff02", "满思琪", "记者", "reporter", "记者：满思琪"),
    ("ff02", "荆雨桐", "编辑", "editor", "编辑：荆雨桐"),
    ("ff02", "隋国庆", "审核", "editor", "审核：隋国庆"),
    ("ff03", "庞维民", "记者", "reporter", "本报讯（记者 庞维民 通讯员 吕明浩）"),
    ("ff03", "吕明浩", "通讯员", "correspondent", "本报讯（记者 庞维民 通讯员 吕明浩）"),
    ("ff03", "武玉芬", "责任编辑", "editor", "责任编辑：武玉芬"),
    ("ff04", "包斯琴", "作者", "author", "作者：包斯琴"),
    ("ff04", "苏国栋", "编辑", "editor", "编辑：苏国栋"),
    ("ff05", "马志强", "责任编辑", "editor", "责任编辑：马志强"),
    ("ff06", "展鹏飞", "记者", "reporter", "本报讯（记者 展鹏飞）"),
    ("ff06", "芦晓红", "责任编辑", "editor", "责任编辑：芦晓红"),
    ("ff07", "马晓霞", "记者", "reporter", "记者 | 马晓霞"),
    ("ff07", "咸玉洁", "编辑", "editor", "编辑 | 咸玉洁"),
    ("ff07", "穆宏亮", "审核", "editor", "审核 | 穆宏亮"),
    ("ff08", "古丽娜尔·叶尔肯", "作者", "author", "作者：古丽娜尔·叶尔肯"),
    ("ff08", "闫婧怡", "责任编辑", "editor", "责任编辑：闫婧怡"),
    ("ff09", "拉巴卓玛", "责任编辑", "editor", "责任编辑：拉巴卓玛"),
    ("ff10", "冯晓东", "编辑", "editor", "（编辑：冯晓东）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ff01", "下城子镇、马桥河镇乡村振兴和重点项目建设调研", "inspection (调研)", "6月9日", None, "窦振宇", [],
     ["衣春雷", "栾志鹏", "迟秀华"], ["宫庆林", "迟秀华", "窦振宇", "栾志鹏", "岳立群", "衣春雷"], "下城子镇、马桥河镇",
     "市委书记窦振宇深入下城子镇、马桥河镇，调研乡村振兴和重点项目建设工作",
     ["市委书记窦振宇深入下城子镇", "市长衣春雷，副市长栾志鹏，市农业农村局局长迟秀华陪同调研", "宫庆林汇报了", "迟秀华介绍了",
      "窦振宇指出", "栾志鹏介绍了", "岳立群汇报了", "衣春雷表示"]),
    ("ff02", "北大湖镇、岔路河镇重点项目建设和秋收工作调研", "inspection (调研)", "10月19日", None, "邰春阳", [],
     ["葛振军", "杭宏宇", "董文博"], ["屈海峰", "邰春阳", "杭宏宇", "董文博", "葛振军"], "北大湖镇、岔路河镇",
     "县委书记邰春阳深入北大湖镇、岔路河镇，调研重点项目建设和秋收工作",
     ["县委书记邰春阳深入北大湖镇", "县长葛振军，副县长杭宏宇，县发展改革局局长董文博一同调研", "屈海峰汇报了", "邰春阳指出",
      "杭宏宇介绍了", "董文博汇报了", "葛振军表示"]),
    ("ff03", "科左后旗党政考察团在彰武县考察", "inspection (考察)", "7月13日至14日", None, "鲍振山", [],
     ["冀国梁", "柏树林", "韩晓东"], ["景志强"], "彰武县",
     "旗长鲍振山率科左后旗党政考察团来彰武县考察",
     ["旗长鲍振山率科左后旗党政考察团来彰武县考察", "市委常委、彰武县委书记冀国梁，县委副书记、县长柏树林，县委常委、副县长韩晓东陪同考察", "镇党委书记景志强介绍了"]),
    ("ff03", "座谈会", "meeting (座谈会)", "7月13日至14日", None, None, [],
     [], ["柏树林", "鲍振山", "哈斯朝鲁", "冀国梁"], "彰武县",
     "在随后召开的座谈会上，柏树林介绍了彰武县经济社会发展和防沙治沙工作情况",
     ["柏树林介绍了", "鲍振山介绍了", "哈斯朝鲁就建立两地沙地治理联席会商机制提出建议", "冀国梁表示"]),
    ("ff04", "肉牛产业发展和生态保护修复工作调研", "inspection (调研)", "5月22日", None, "鲍振山", [],
     ["苏都毕力格", "牛建业", "何世林"], ["海日罕", "鲍振山", "牛建业", "何世林", "苏都毕力格"],
     "甘旗卡镇、金宝屯镇、大青沟国家级自然保护区",
     "旗委书记鲍振山深入甘旗卡镇、金宝屯镇和大青沟国家级自然保护区，调研肉牛产业发展和生态保护修复工作",
     ["旗委书记鲍振山深入甘旗卡镇", "政府旗长苏都毕力格，旗委常委、常务副旗长牛建业，旗林业和草原局局长何世林陪同调研", "海日罕介绍了", "鲍振山指出", "听取牛建业关于",
      "何世林汇报了", "鲍振山强调", "苏都毕力格表示"]),
    ("ff05", "灵丘县领导干部大会", "meeting (领导干部大会)", "9月7日下午", "拓海涛", None, ["灵丘县"],
     ["阎晋川"], ["温晋生", "阎晋川", "乔立本", "郝润生", "拓海涛"], "灵丘县",
     "9月7日下午，我县召开领导干部大会",
     ["大同市委常委、组织部部长阎晋川出席会议并讲话", "县长拓海涛主持会议", "温晋生宣读了", "阎晋川在讲话中指出", "乔立本作表态发言",
      "郝润生在发言中表示", "拓海涛表示"]),
    ("ff05", "平型关大捷遗址和唐河生态修复工程调研", "inspection (调研)", "9月8日上午", None, "乔立本", [],
     ["李春华"], ["李春华", "乔立本"], "灵丘县",
     "9月8日上午，乔立本到平型关大捷遗址和灵丘县唐河生态修复工程现场调研",
     ["乔立本到平型关大捷遗址", "县委常委、副县长李春华陪同", "李春华汇报了", "乔立本强调"]),
    ("ff06", "祖厉河流域跨省河湖联防联控联席会议", "meeting (联席会议)", "8月25日", "魏立仁", None, ["会宁县", "西吉县"],
     ["汪宏斌", "马少林", "苟建平"], ["慕建军", "海永福", "汪宏斌", "马少林"], "会宁县",
     "会宁县、宁夏西吉县祖厉河流域跨省河湖联防联控联席会议在会宁县召开",
     ["会宁县委副书记、县长汪宏斌，西吉县副县长马少林出席会议并讲话", "会宁县副县长魏立仁主持会议", "白银市水务局副局长苟建平出席会议",
      "会宁县水务局局长慕建军、西吉县水务局局长海永福分别通报了", "汪宏斌指出", "马少林表示"]),
    ("ff06", "会师镇祖厉河城区段河道治理实地察看", "inspection (实地察看)", "8月25日", None, None, [],
     [], [], "会师镇",
     "会前，与会人员实地察看了会师镇祖厉河城区段河道治理情况", []),
    ("ff07", "将台堡镇、兴隆镇乡村振兴和重点项目建设调研", "inspection (调研)", "4月16日", None, "虎永刚", [],
     ["纳建忠", "马少林", "田振国"], ["禹海燕", "虎永刚", "马少林", "田振国", "纳建忠"], "将台堡镇、兴隆镇",
     "县委书记虎永刚深入将台堡镇、兴隆镇，调研乡村振兴和重点项目建设工作",
     ["县委书记虎永刚深入将台堡镇", "县长纳建忠，县委常委、常务副县长马少林，县农业农村局局长田振国陪同调研", "禹海燕汇报了",
      "虎永刚指出", "马少林介绍了", "虎永刚要求", "田振国汇报了", "虎永刚强调", "纳建忠表示"]),
    ("ff08", "福海县乌伦古湖生态保护和援疆项目建设调研", "inspection (调研)", "6月12日", None, "叶尔江·哈布都拉", [],
     ["佟建华", "努尔波拉提·沙依提", "栾志鹏"], ["努尔波拉提·沙依提", "叶尔江·哈布都拉", "栾志鹏", "哈那提·别克", "佟建华"], "福海县",
     "地委委员、行署副专员叶尔江·哈布都拉到福海县调研乌伦古湖生态保护和援疆项目建设工作",
     ["行署副专员叶尔江·哈布都拉到福海县调研", "县委书记佟建华，县委副书记、县长努尔波拉提·沙依提，黑龙江省援疆前方指挥部福海分指挥部指挥长、县委副书记栾志鹏陪同调研", "努尔波拉提·沙依提汇报了", "叶尔江·哈布都拉指出",
      "栾志鹏介绍了", "哈那提·别克汇报了", "叶尔江·哈布都拉强调", "佟建华表示"]),
    ("ff09", "吉隆镇、吉隆口岸安全生产和防汛救灾检查", "inspection (检查)", "8月20日至21日", None, "卢泽民", [],
     ["次仁旺堆", "杭宏宇", "格桑罗布"], ["普琼", "格桑罗布", "杭宏宇", "卢泽民", "次仁旺堆"], "吉隆镇、吉隆口岸",
     "县委书记卢泽民带队深入吉隆镇、吉隆口岸，检查安全生产和防汛救灾工作",
     ["县委书记卢泽民带队", "县长次仁旺堆，吉林援藏干部、县委常委、常务副县长杭宏宇，县应急管理局局长格桑罗布陪同检查", "普琼汇报了", "格桑罗布介绍了", "杭宏宇介绍了", "卢泽民强调",
      "次仁旺堆要求"]),
    ("ff10", "八所镇、感城镇重点项目建设和产业发展调研", "inspection (调研)", "3月1日", None, "符传海", [],
     ["王昌盛", "蒙晓燕"], ["蒙晓燕", "陈德俊", "李春华", "符传海", "王昌盛"], "八所镇、感城镇",
     "市委副书记、代市长符传海到八所镇、感城镇，调研重点项目建设和产业发展情况",
     ["代市长符传海到八所镇、感城镇", "副市长王昌盛，市发展和改革委员会主任蒙晓燕陪同调研", "蒙晓燕介绍了", "陈德俊汇报了", "李春华汇报了",
      "符传海指出", "王昌盛表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ff01", "下城子镇万亩大豆高产示范区", "project", "来到下城子镇万亩大豆高产示范区"),
    ("ff01", "穆棱市黑木耳精深加工产业园二期", "industrial_park", "在穆棱市黑木耳精深加工产业园二期建设现场"),
    ("ff01", "穆棱河穆棱段防洪治理工程", "engineering_work", "察看穆棱河穆棱段防洪治理工程施工进度"),
    ("ff02", "北大湖冰雪小镇建设项目", "project", "来到北大湖冰雪小镇建设项目现场"),
    ("ff02", "岔路河镇鲜食玉米加工产业园一期", "industrial_park", "在岔路河镇鲜食玉米加工产业园一期"),
    ("ff02", "温德河永吉段综合治理工程", "engineering_work", "来到温德河永吉段综合治理工程现场"),
    ("ff03", "章古台科尔沁沙地综合治理工程", "greening_project", "实地察看了章古台科尔沁沙地综合治理工程"),
    ("ff03", "彰武县风电光伏治沙一体化项目", "project", "彰武县风电光伏治沙一体化项目和彰武县现代农业产业园"),
    ("ff03", "彰武县现代农业产业园", "industrial_park", "彰武县风电光伏治沙一体化项目和彰武县现代农业产业园"),
    ("ff04", "科左后旗肉牛产业园二期", "industrial_park", "在科左后旗肉牛产业园二期"),
    ("ff04", "万亩节水灌溉饲草基地", "project", "察看了万亩节水灌溉饲草基地"),
    ("ff04", "大青沟生态保护修复工程", "greening_project", "汇报了大青沟生态保护修复工程实施情况"),
    ("ff05", "灵丘县唐河生态修复工程", "greening_project", "灵丘县唐河生态修复工程现场调研"),
    ("ff06", "祖厉河会宁段综合治理工程", "engineering_work", "以祖厉河会宁段综合治理工程为抓手"),
    ("ff07", "将台堡红色旅游小镇提升改造项目", "project", "来到将台堡红色旅游小镇提升改造项目现场"),
    ("ff07", "西吉县马铃薯精深加工产业园二期", "industrial_park", "在西吉县马铃薯精深加工产业园二期"),
    ("ff07", "葫芦河西吉段生态修复工程", "greening_project", "兴隆镇葫芦河西吉段生态修复工程现场"),
    ("ff08", "乌伦古湖生态保护修复工程", "greening_project", "来到乌伦古湖生态保护修复工程现场"),
    ("ff08", "福海县冷水鱼精深加工产业园一期", "industrial_park", "在福海县冷水鱼精深加工产业园一期"),
    ("ff08", "福海县第二中学教学综合楼项目", "project", "来到福海县第二中学教学综合楼项目现场"),
    ("ff09", "吉隆藏布防洪堤工程", "engineering_work", "在吉隆藏布防洪堤工程现场"),
    ("ff09", "吉隆县吉林援藏职业技能实训中心", "project", "吉林援藏资金支持的吉隆县吉林援藏职业技能实训中心建设情况"),
    ("ff10", "八所港扩建工程", "infrastructure_project", "察看八所港扩建工程建设进度"),
    ("ff10", "北黎河生态修复工程", "greening_project", "汇报了北黎河生态修复工程推进情况"),
    ("ff10", "感城镇万亩芒果标准化种植基地", "project", "走进感城镇万亩芒果标准化种植基地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ff01", "下城子镇", "town", "standalone", "深入下城子镇、马桥河镇，调研"),
    ("ff01", "马桥河镇", "town", "standalone", "深入下城子镇、马桥河镇，调研"),
    ("ff01", "穆棱", "county_level_city", "standalone", "大豆是穆棱的优势产业"),
    ("ff01", "穆棱市", "county_level_city", "in_project_name", "在穆棱市黑木耳精深加工产业园二期建设现场"),
    ("ff01", "穆棱河", "river", "in_project_name", "察看穆棱河穆棱段防洪治理工程施工进度"),
    ("ff02", "北大湖镇", "town", "standalone", "深入北大湖镇、岔路河镇"),
    ("ff02", "岔路河镇", "town", "standalone", "深入北大湖镇、岔路河镇"),
    ("ff02", "北大湖", "area", "in_project_name", "来到北大湖冰雪小镇建设项目现场"),
    ("ff02", "永吉", "county", "standalone", "冰雪产业是永吉的特色优势产业"),
    ("ff02", "温德河", "river", "in_project_name", "来到温德河永吉段综合治理工程现场"),
    ("ff03", "科左后旗", "banner", "standalone", "鲍振山介绍了科左后旗旗情"),
    ("ff03", "彰武", "county", "standalone", "考察团对彰武七十年来"),
    ("ff03", "彰武县", "county", "standalone", "来彰武县考察"),
    ("ff03", "通辽市", "prefecture_city", "in_title", _F03_BAO),
    ("ff03", "科尔沁左翼后旗", "banner", "in_title", _F03_BAO),
    ("ff03", "科尔沁沙地", "region", "standalone", "就科尔沁沙地联防联治"),
    ("ff03", "章古台镇", "town", "standalone", "先后来到章古台镇、阿尔乡镇"),
    ("ff03", "阿尔乡镇", "town", "standalone", "先后来到章古台镇、阿尔乡镇"),
    ("ff03", "章古台", "area", "standalone", "大青沟与章古台旅游线路串联"),
    ("ff03", "大青沟", "scenic_area", "standalone", "大青沟与章古台旅游线路串联"),
    ("ff04", "科左后旗", "banner", "in_project_name", "在科左后旗肉牛产业园二期"),
    ("ff04", "后旗", "banner", "standalone", "肉牛产业是后旗的主导产业"),
    ("ff04", "甘旗卡镇", "town", "standalone", "深入甘旗卡镇、金宝屯镇"),
    ("ff04", "金宝屯镇", "town", "standalone", "深入甘旗卡镇、金宝屯镇"),
    ("ff04", "大青沟国家级自然保护区", "nature_reserve", "standalone", "和大青沟国家级自然保护区"),
    ("ff04", "大青沟", "scenic_area", "standalone", "在大青沟，何世林汇报了"),
    ("ff04", "科尔沁沙地", "region", "standalone", "持续巩固科尔沁沙地治理成果"),
    ("ff04", "辽宁", "province", "standalone", "加强与辽宁彰武等周边地区"),
    ("ff04", "彰武", "county", "standalone", "加强与辽宁彰武等周边地区"),
    ("ff05", "大同市", "prefecture_city", "in_org_reference", "宣布大同市委关于灵丘县委主要领导职务调整的决定"),
    ("ff05", "灵丘县", "county", "in_project_name", "灵丘县唐河生态修复工程现场调研"),
    ("ff05", "灵丘", "county", "standalone", "郝润生同志在灵丘工作期间"),
    ("ff05", "平型关大捷遗址", "heritage_site", "standalone", "乔立本到平型关大捷遗址"),
    ("ff05", "唐河", "river", "standalone", "守护好唐河生态"),
    ("ff06", "会宁县", "county", "standalone", "联防联控联席会议在会宁县召开"),
    ("ff06", "会宁", "county", "standalone", "会宁西吉两县召开祖厉河流域跨省联防联控联席会议"),
    ("ff06", "西吉", "county", "standalone", "会宁西吉两县召开祖厉河流域跨省联防联控联席会议"),
    ("ff06", "西吉县", "county", "standalone", "会宁县、宁夏西吉县祖厉河流域"),
    ("ff06", "宁夏", "province", "standalone", "会宁县、宁夏西吉县祖厉河流域"),
    ("ff06", "祖厉河", "river", "standalone", "祖厉河是会宁的“母亲河”"),
    ("ff06", "白银市", "prefecture_city", "in_title", "白银市水务局副局长苟建平"),
    ("ff06", "会师镇", "town", "standalone", "实地察看了会师镇祖厉河城区段"),
    ("ff07", "将台堡镇", "town", "standalone", "深入将台堡镇、兴隆镇"),
    ("ff07", "兴隆镇", "town", "standalone", "深入将台堡镇、兴隆镇"),
    ("ff07", "将台堡", "area", "standalone", "将台堡是红军长征会师地"),
    ("ff07", "西吉县", "county", "in_project_name", "在西吉县马铃薯精深加工产业园二期"),
    ("ff07", "西吉", "county", "standalone", "推动西吉高质量发展"),
    ("ff07", "葫芦河", "river", "in_project_name", "兴隆镇葫芦河西吉段生态修复工程现场"),
    ("ff08", "福海县", "county", "standalone", "到福海县调研乌伦古湖生态保护"),
    ("ff08", "乌伦古湖", "lake", "standalone", "乌伦古湖是阿勒泰重要的生态屏障"),
    ("ff08", "阿勒泰", "prefecture", "standalone", "乌伦古湖是阿勒泰重要的生态屏障"),
    ("ff08", "黑龙江省", "province", "in_org_reference", _F08_LUAN),
    ("ff08", "福海", "county", "in_org_reference", _F08_LUAN),
    ("ff08", "黑龙江", "province", "standalone", "介绍了黑龙江援疆资金投向"),
    ("ff08", "解特阿热勒乡", "township", "in_title", "解特阿热勒乡党委书记哈那提·别克"),
    ("ff09", "吉隆镇", "town", "standalone", "深入吉隆镇、吉隆口岸"),
    ("ff09", "吉隆口岸", "port", "standalone", "深入吉隆镇、吉隆口岸"),
    ("ff09", "吉林", "province", "standalone", "吉林援藏干部、县委常委"),
    ("ff09", "吉隆藏布", "river", "in_project_name", "在吉隆藏布防洪堤工程现场"),
    ("ff09", "吉隆县", "county", "in_project_name", "吉林援藏资金支持的吉隆县吉林援藏职业技能实训中心建设情况"),
    ("ff10", "八所镇", "town", "standalone", "到八所镇、感城镇，调研"),
    ("ff10", "感城镇", "town", "standalone", "到八所镇、感城镇，调研"),
    ("ff10", "东方临港产业园", "zone_park", "standalone", "首先来到东方临港产业园"),
    ("ff10", "八所港", "port", "in_project_name", "察看八所港扩建工程建设进度"),
    ("ff10", "北黎河", "river", "in_project_name", "汇报了北黎河生态修复工程推进情况"),
    ("ff10", "海南自由贸易港", "free_trade_zone", "standalone", "要牢牢把握海南自由贸易港建设机遇"),
    ("ff10", "海南", "province", "standalone", "要牢牢把握海南自由贸易港建设机遇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ff", conventions="set ff (blind set: held-out-like mix, tenth round: 黑龙江 穆棱市 (site), 吉林 永吉县 (WeChat), 辽宁 彰武县 (阜新日报), 内蒙古 科尔沁左翼后旗 (通辽 portal), 山西 灵丘县 (site, 领导干部大会), 甘肃 会宁县 (白银日报), 宁夏 西吉县 (WeChat), 新疆 福海县 (阿勒泰 portal), 西藏 吉隆县 (site), 海南 东方市 (site); bare organs take the page's place, a city paper's bare 市委常委 its city; a 旗 written short (科左后旗) has its full official name as org label; 地委 / 行署 → 阿勒泰地区委 / 阿勒泰地区行政公署; 援疆 分指挥部 as written, 援藏干部 no post; 任…委员、常委、书记 one line per title, 不再担任 none; 代市长 as written; one line per post per article)",
          persons_note="Set ff persons. id = corpus-wide person_id (ff:李春华#1 of 灵丘县 (山西) and ff:李春华#2 of 东方市 (海南) are two people; ff:栾志鹏 穆棱市副市长 2021 → 黑龙江援疆 福海分指挥部指挥长、福海县委副书记 2024; ff:杭宏宇 永吉县副县长 2021 → 吉林援藏 吉隆县委常委、常务副县长 2024; ff:鲍振山 科尔沁左翼后旗长 2022 → 旗委书记 2024; ff:马少林 西吉县副县长 2022 → 县委常委、常务副县长 2024)")


if __name__ == "__main__":
    main()
