"""Write gold part ``x`` (a blind set: pages that hold many dated events) from the tables below.

Pages ``tests/dev/texts/x*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (县委常委会 reports of 海安, 户县, 湘阴 and 阜城 with 出席 / 列席 lists and
``会议研究了…`` / ``会议决定…`` paragraphs; 集中开工 reports of 孝昌, 平利, 会昌 and 临县 (县委书记宣布开工, 县长致辞, 常务副县长
主持); the 大事记 pages of the 洞头县志 and the 龙港镇志 (dated entries, ``同日``); a 房县 人代会 report of 分组讨论 in the
代表团 and a 主席团第一次会议 report; 上杭 and 闽清 政府工作报告 (``各位代表：`` / ``一、…年工作回顾``); 鉴江镇 and 牛镇镇
人代会 pages; a 寿宁 调研 item; photo captions ``图为… 记者 … 摄`` of a 开发区 项目督导, a 重庆日报 county photo and a 甘肃
审议 photo; gazetteer entries of 克山县 (古城镇, 北兴镇, 乌裕尔河) and 定安县 (定城镇, 塔岭工业园区, 南渡江)). Places are real
and new to the corpus: 黑龙江 齐齐哈尔 克山县 (three pages), 北京 密云区, 宁夏 中卫 中宁县, 海南 定安县, 新疆 昌吉 玛纳斯县,
上海 崇明区 陈家镇.

Shapes: a county site's weekly digest ``克山一周要闻（4月7日—4月13日）`` of five items, each with its own headline (after a
◆ bullet) and its own date in the lead, page stamp a Monday after the week (x01, 2025); a district's monthly chronicle
``密云区大事记（2024年4月）`` (one article, ★ entries with their dates, a two-day entry ``4月9日至10日``, an entry ``同日``,
an appointment by the 人大常委会 on 4月12日 and the new 副区长 acting on 4月16日 and 4月19日) (x02); a year-end review
``回眸2023`` published on 2024-01-03, one article of entries each opened by its full date (``2023年2月6日，…``), with a
change of 县委书记 inside the year (佟海川 until 7月14日; ``冷卫东同志任中共克山县委委员、常委、书记；佟海川同志不再担任…``) and
an entry dated by month only (``2023年11月``, a project completed, no event) (x03); a 政府工作报告（摘要） with the date line
``——2024年1月9日在克山县第十八届人民代表大会第三次会议上`` and the signature ``克山县人民政府县长　荆立伟``, last year's projects
and this year's planned ones (x04); a 图片新闻 page of four photo items, each a headline, a caption paragraph with its
date and ``图为…`` and a photo credit (x05); a 县委常委会 report with 出席 / 列席, a relayed 5月31日 省委常委会 (not an
event), decisions (one appointment to the 县委办公室, one to a town's 党委 with 免去, one 推荐…副县长人选), a 全会 decided
for late June (not an event) and a 中心组 study on the day before (an event of its own date) (x06); a 人代会 闭幕 report
that recounts the session day by day: 开幕 1月8日上午, 代表团审议 1月9日下午 and 1月10日上午, 第二次全体会议 1月10日下午,
闭幕 1月11日上午 with an election (``伍思远当选为玛纳斯县人民政府副县长``) (x07); a town page of three short items of
5月8日, 5月11日 and 5月16日 under one ``更新时间：2023-05-17`` (x08).

Identity cases:
- one official across three pages with a post change: x:荆立伟 is 克山县委副书记、县长 in the 2023 review (x03, dated
  2023年2月6日 by his entry) and signs the 2024 政府工作报告 as 县长 (x04, 2024年1月9日); in the digest of April 2025 he is
  县委书记 (x01, three items), with 鞠文斌 as the new 县长. x:刁春雨 (县人大常委会主任), x:满桂兰 (县政协主席), x:贲立军
  (县委常委、常务副县长) and x:展红梅 (副县长) keep their posts on x03 and x01; the reporter x:卜玉洁 and the editor
  x:牟思彤 sign both pages.
- a change of 县委书记 inside one page (x03): x:佟海川 holds 克山县委 书记 at 2023年2月6日 (不再担任 on 7月14日 gives no
  line); x:冷卫东 is appointed 委员、常委、书记 on 2023年7月14日.
- two different people with one name, in unrelated places: x:陆建明#1 is 中宁县 副县长 (宁夏, x05, 2023-05, two photo
  items); x:陆建明#2 is 崇明区陈家镇 党委副书记、镇长 (上海, x08, 2023-05, two items).

Annotated by hand from the page texts before newskg was run on them (the set is blind). Every evidence string is
checked to be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts g, i, n and s where they speak; decided here where they are silent):
- A digest item, a photo item and a town-page item with its own headline is an article (x01, x05, x08), dated by its
  own lead; the digest / photo-page title above the first item and the page stamp are chrome. A chronicle is one
  article (as g08) dated by its month (``2024年4月``); each ★ entry's event carries the entry's own date; the event of an
  entry ``同日`` carries the date of the entry before it (``4月25日``, as g08).
- DECIDED HERE: the year-end review (x03) is one article dated ``2023年`` (inferred ``2023``), published 2024-01-03; each
  post line is dated by the full date that opens its entry (the optional career element of the post tuple, as the
  career lines of f, h and n), so the posts are those held at that date: 佟海川's 书记 at 2023年2月6日, 冷卫东's at 2023年7月14日.
  One line per post per article (part n): a post repeated in a later entry of the same article gives no second line;
  an item of a digest is an article of its own, so a post repeated in another item gives a line there (as i05).
- An appointment (``决定任命岑晓光为克山县人民政府副县长``, ``会议决定任命邝文杰为…副区长``, ``陈德昌同志任县委办公室主任``,
  ``蒙华清同志任定城镇党委书记``) and an election (``伍思远当选为…副县长``) make holdings; ``不再担任``, ``免去其…职务`` and
  ``同意推荐韦春兰同志为县人民政府副县长人选`` (a recommendation, like a nomination in part g) make none. 大会主席团常务主席
  is a session role (乔建民's post comes from ``县人大常委会主任乔建民作…报告``).
- The 政府工作报告 (x04): the signature line gives the holding, dated by the report's date line, and the 人代会 session is
  the one event, with the signer as speaker; 2023 projects are projects, 2024 ones ``推动…开工建设``, ``开工建设…``,
  ``实施…`` are planned_project.
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 on the 克山, 中宁, 定安, 玛纳斯 pages; 区委 / 区长
  on the 密云 page = 密云区; ``北京市副市长`` → 北京市政府 副市长; 镇党委 / 镇长 on the 陈家镇 page = 崇明区陈家镇党委 /
  崇明区陈家镇政府; ``副区长倪晓红`` there = 崇明区政府 (the district of the site). ``齐齐哈尔市委常委、副市长`` → 齐齐哈尔市委
  常委 + 齐齐哈尔市政府 副市长. A town's 党委 after the town's name (``定城镇党委书记``) → 定安县定城镇党委.
- Events: 宣布开工 / 宣布 (a decision) / 致辞 / 讲话 / 强调 / 指出 / 要求 / 通报 / 作…报告 / 表态发言 make speakers;
  出席 / 列席 / 陪同 / 在主席台就座 / 参加…审议 make attendees (the chair and leader not repeated); ``岑晓光进行了宪法宣誓``
  alone makes an attendee. Each 代表团审议 with its own date is an event; the umbrella sentence ``1月9日至10日，各代表团分组
  审议…`` is not a separate one. A relayed meeting (5月31日 省委常委会) and a decided future one (十五届七次全会) are not
  events; nor is a project's completion (``2023年11月，…全面完工``).
- Bylines: ``（记者 …）`` at the end of a digest item and photo credits ``（记者 … 摄）`` / ``（通讯员 … 摄）`` are reporter /
  correspondent lines of their item; ``（记者 卜玉洁 整理）`` is a reporter line; 责任编辑 / 编辑 are editor lines.
- Places: one line per name per file (a project named in two digest items has a line per item, as i10); places inside
  titles, organ references and project names count; site lines, footers, the brand ``中宁枸杞`` and venues (县会议中心,
  农产品集散中心) are not annotated; ``北兴镇黑土地保护利用示范区`` is an area (a visited site), not a project.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "x01_keshan.txt": (2025, "发布时间：2025-04-14 09:12", "克山县", [
        ("荆立伟主持召开县委常委会2025年第7次会议", "4月7日上午", "2025-04-07", "4月7日上午，县委书记",
         "weekly digest item 1: county standing committee; 荆立伟 now 县委书记"),
        ("鞠文斌调研春耕备耕和黑土地保护工作", "4月8日", "2025-04-08", "4月8日，县委副书记",
         "digest item 2: the new 县长 inspects spring ploughing in two towns"),
        ("卓志明来我县调研重点项目建设", "4月9日", "2025-04-09", "4月9日，齐齐哈尔市委",
         "digest item 3: a 齐齐哈尔 市委常委、副市长 inspects projects"),
        ("我县举行2025年春季重点项目集中开工仪式", "4月10日上午", "2025-04-10", "4月10日上午，克山县",
         "digest item 4: project groundbreaking (宣布开工, 致辞, 主持)"),
        ("县十八届人大常委会召开第二十三次会议", "4月11日", "2025-04-11", "4月11日，县十八届",
         "digest item 5: 人大常委会 session appointing a 副县长; page stamp 2025-04-14")]),
    "x02_miyun.txt": (2024, "发布时间：2024-05-08 10:30", "密云区", [
        ("密云区大事记（2024年4月）", "2024年4月", "2024-04", "★4月2日",
         "monthly chronicle: ★ entries of nine events (two-day entry, 同日 entry), an appointment and the appointee acting later")]),
    "x03_keshan.txt": (2024, "发布时间：2024-01-03 08:45", "克山县", [
        ("回眸2023丨这一年，我们这样走过", "2023年", "2023", "2023年，是全面贯彻",
         "year-end review published in 2024: entries of 2023 each opened by its full date; change of 县委书记 in July")]),
    "x04_keshan.txt": (2024, "发布时间：2024-01-16 15:20", "克山县", [
        ("2024年克山县政府工作报告（摘要）", "2024年1月9日", "2024-01-09", "各位代表：",
         "政府工作报告 excerpt: date line, signature of the 县长, 2023 projects and 2024 planned ones")]),
    "x05_zhongning.txt": (2023, "发布时间：2023-06-02 16:40", "中宁县", [
        ("纳晓东调研枸杞产业发展", "5月26日", "2023-05-26", "5月26日，县委书记",
         "photo item 1: county secretary inspects wolfberry farms; 陆建明#1"),
        ("中卫市领导调研中宁工业园区项目建设", "5月29日", "2023-05-29", "5月29日，中卫市",
         "photo item 2: a 中卫 副市长 inspects the county's industrial park"),
        ("县人大常委会开展黄河生态保护执法检查", "5月31日", "2023-05-31", "5月31日，县人大",
         "photo item 3: 人大常委会 law-enforcement inspection on the Yellow River"),
        ("锁建军检查安全生产和防汛备汛工作", "6月1日", "2023-06-01", "6月1日，县委副书记",
         "photo item 4: 县长 checks flood preparedness; page stamp 2023-06-02")]),
    "x06_dingan.txt": (2024, "发布时间：2024-06-05 17:30", "定安县", [
        ("县委常委会召开2024年第15次会议", "6月4日下午", "2024-06-04", "6月4日下午，县委书记",
         "county standing committee: decisions, appointments, a recommendation, a relayed and a planned meeting, a 中心组 study of 6月3日")]),
    "x07_manasi.txt": (2024, "发布时间：2024-01-12 10:05", "玛纳斯县", [
        ("玛纳斯县第十八届人民代表大会第四次会议胜利闭幕", "1月11日上午", "2024-01-11", "（记者 唐诗雨",
         "人代会 闭幕 report recounting 开幕, two 代表团审议, the second plenary and the 闭幕 on four days; an election")]),
    "x08_chenjia.txt": (2023, "更新时间：2023-05-17", "崇明区陈家镇", [
        ("陈家镇召开2023年防汛防台工作部署会", "5月8日下午", "2023-05-08", "5月8日下午，陈家镇",
         "town page item 1: flood-season meeting; 陆建明#2 chairs"),
        ("副区长倪晓红来陈家镇调研乡村振兴示范村建设", "5月11日", "2023-05-11", "5月11日，副区长",
         "town page item 2: a district 副区长 inspects a model village"),
        ("陈家镇开展安全生产大检查", "5月16日", "2023-05-16", "5月16日，镇党委书记",
         "town page item 3: safety inspection; page stamp 2023-05-17")]),
}

_X04_SIGN = "克山县人民政府县长　荆立伟"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "x:荆立伟": ("荆立伟", "official", "克山县", [
        ("x03", "克山县委", "副书记", "县委副书记、县长荆立伟对全年经济工作作出具体安排", "2023 review entry of 2月6日; later entries repeat no title", "2023年2月6日"),
        ("x03", "克山县政府", "县长", "县委副书记、县长荆立伟对全年经济工作作出具体安排", None, "2023年2月6日"),
        ("x04", "克山县政府", "县长", _X04_SIGN, "signature line of the 政府工作报告, dated by its date line (2024年1月9日)"),
        ("x01", "克山县委", "书记", "县委书记荆立伟主持召开", "moved from 克山县县长 (x03 2023, x04 Jan 2024) to 克山县委书记 (2025)"),
        ("x01", "克山县委", "书记", "县委书记荆立伟，县委常委、常务副县长贲立军陪同调研", "third item of the digest"),
        ("x01", "克山县委", "书记", "县委书记荆立伟宣布项目开工", "fourth item of the digest")], []),
    "x:鞠文斌": ("鞠文斌", "official", "克山县", [
        ("x01", "克山县委", "副书记", "县委副书记、县长鞠文斌等县委常委出席会议", "荆立伟's successor as 县长"),
        ("x01", "克山县政府", "县长", "县委副书记、县长鞠文斌等县委常委出席会议", None),
        ("x01", "克山县委", "副书记", "4月8日，县委副书记、县长鞠文斌深入古城镇", "second item"),
        ("x01", "克山县政府", "县长", "4月8日，县委副书记、县长鞠文斌深入古城镇", None),
        ("x01", "克山县委", "副书记", "县委副书记、县长鞠文斌致辞", "fourth item"),
        ("x01", "克山县政府", "县长", "县委副书记、县长鞠文斌致辞", None)], []),
    "x:刁春雨": ("刁春雨", "official", "克山县", [
        ("x03", "克山县人大常委会", "主任", "县人大常委会主任刁春雨、县政协主席满桂兰出席会议", None, "2023年2月6日"),
        ("x01", "克山县人大常委会", "主任", "县人大常委会主任刁春雨、县政协主席满桂兰列席会议", "same person as in x03"),
        ("x01", "克山县人大常委会", "主任", "县人大常委会主任刁春雨主持会议", "fifth item")], []),
    "x:满桂兰": ("满桂兰", "official", "克山县", [
        ("x03", "克山县政协", "主席", "县政协主席满桂兰出席会议", None, "2023年2月6日"),
        ("x01", "克山县政协", "主席", "县政协主席满桂兰列席会议", "same person as in x03")], []),
    "x:贲立军": ("贲立军", "official", "克山县", [
        ("x03", "克山县委", "常委", "县委常委、常务副县长贲立军主持仪式", "surname 贲", "2023年3月28日"),
        ("x03", "克山县政府", "常务副县长", "县委常委、常务副县长贲立军主持仪式", None, "2023年3月28日"),
        ("x01", "克山县委", "常委", "县委常委、常务副县长贲立军陪同调研", "same person as in x03"),
        ("x01", "克山县政府", "常务副县长", "县委常委、常务副县长贲立军陪同调研", None),
        ("x01", "克山县委", "常委", "县委常委、常务副县长贲立军主持仪式", "fourth item"),
        ("x01", "克山县政府", "常务副县长", "县委常委、常务副县长贲立军主持仪式", None)], []),
    "x:展红梅": ("展红梅", "official", "克山县", [
        ("x03", "克山县政府", "副县长", "副县长展红梅主持", None, "2023年9月23日"),
        ("x01", "克山县政府", "副县长", "副县长展红梅陪同调研", "same person as in x03")], []),
    "x:卓志明": ("卓志明", "external_official", "齐齐哈尔市", [
        ("x01", "齐齐哈尔市委", "常委", "齐齐哈尔市委常委、副市长卓志明来我县调研", None),
        ("x01", "齐齐哈尔市政府", "副市长", "齐齐哈尔市委常委、副市长卓志明来我县调研", None)], []),
    "x:岑晓光": ("岑晓光", "official", "克山县", [
        ("x01", "克山县政府", "副县长", "决定任命岑晓光为克山县人民政府副县长", "appointment by the 县人大常委会 (4月11日)")], []),
    "x:佟海川": ("佟海川", "official", "克山县", [
        ("x03", "克山县委", "书记", "县委书记佟海川出席会议并讲话", "书记 until 2023年7月14日; 不再担任 gives no line", "2023年2月6日")], []),
    "x:冷卫东": ("冷卫东", "official", "克山县", [
        ("x03", "克山县委", "委员", "冷卫东同志任中共克山县委委员、常委、书记", "appointment announced at the cadre meeting (齐齐哈尔市委决定)", "2023年7月14日"),
        ("x03", "克山县委", "常委", "冷卫东同志任中共克山县委委员、常委、书记", None, "2023年7月14日"),
        ("x03", "克山县委", "书记", "冷卫东同志任中共克山县委委员、常委、书记", "县委书记冷卫东 of later entries gives no second line", "2023年7月14日")], []),
    "x:乔立群": ("乔立群", "external_official", "齐齐哈尔市", [
        ("x03", "齐齐哈尔市委", "副书记", "齐齐哈尔市委副书记、市长乔立群来我县调研", None, "2023年5月17日"),
        ("x03", "齐齐哈尔市政府", "市长", "齐齐哈尔市委副书记、市长乔立群来我县调研", None, "2023年5月17日")], []),
    "x:苑志强": ("苑志强", "external_official", "齐齐哈尔市", [
        ("x03", "齐齐哈尔市委组织部", "副部长", "齐齐哈尔市委组织部副部长苑志强宣布", None, "2023年7月14日")], []),
    "x:卜玉洁": ("卜玉洁", "reporter", "克山县融媒体中心", [], ["x01", "x03"]),
    "x:牟思彤": ("牟思彤", "editor", "克山县融媒体中心", [], ["x01", "x03"]),
    "x:闵建国": ("闵建国", "official", "密云区", [
        ("x02", "密云区委", "书记", "区委书记闵建国主持召开区委常委会会议", None)], []),
    "x:褚丽娜": ("褚丽娜", "official", "密云区", [
        ("x02", "密云区委", "副书记", "区委副书记、区长褚丽娜等区委常委出席会议", None),
        ("x02", "密云区政府", "区长", "区委副书记、区长褚丽娜等区委常委出席会议", None)], []),
    "x:娄志刚": ("娄志刚", "official", "密云区", [
        ("x02", "密云区委", "常委", "区委常委、常务副区长娄志刚陪同检查", None),
        ("x02", "密云区政府", "常务副区长", "区委常委、常务副区长娄志刚陪同检查", None)], []),
    "x:桑立平": ("桑立平", "external_official", "北京市", [
        ("x02", "北京市政府", "副市长", "北京市副市长桑立平来我区调研", None)], []),
    "x:颜卫平": ("颜卫平", "official", "密云区", [
        ("x02", "密云区人大常委会", "主任", "区人大常委会主任颜卫平主持会议", None)], []),
    "x:邝文杰": ("邝文杰", "official", "密云区", [
        ("x02", "密云区政府", "副区长", "会议决定任命邝文杰为北京市密云区人民政府副区长", "appointment (4月12日); 副区长邝文杰 on 4月16日 and 4月19日 gives no second line")], []),
    "x:鲁淑芬": ("鲁淑芬", "official", "密云区", [
        ("x02", "密云区政协", "主席", "区政协主席鲁淑芬主持会议", None)], []),
    "x:蓝晓燕": ("蓝晓燕", "official", "密云区", [
        ("x02", "密云区委", "常委", "区委常委、组织部部长蓝晓燕陪同", None),
        ("x02", "密云区委组织部", "部长", "区委常委、组织部部长蓝晓燕陪同", None)], []),
    "x:纳晓东": ("纳晓东", "official", "中宁县", [
        ("x05", "中宁县委", "书记", "5月26日，县委书记纳晓东到宁安镇", "surname 纳")], []),
    "x:陆建明#1": ("陆建明", "official", "中宁县", [
        ("x05", "中宁县政府", "副县长", "副县长陆建明陪同调研", "not the 陆建明 of 崇明区陈家镇 (x08)"),
        ("x05", "中宁县政府", "副县长", "副县长陆建明陪同检查", "third photo item")], []),
    "x:虎玉梅": ("虎玉梅", "external_official", "中卫市", [
        ("x05", "中卫市政府", "副市长", "中卫市副市长虎玉梅到中宁工业园区调研", "surname 虎; the headline says only 中卫市领导")], []),
    "x:锁建军": ("锁建军", "official", "中宁县", [
        ("x05", "中宁县委", "副书记", "县委副书记、县长锁建军陪同调研", "surname 锁"),
        ("x05", "中宁县政府", "县长", "县委副书记、县长锁建军陪同调研", None),
        ("x05", "中宁县委", "副书记", "6月1日，县委副书记、县长锁建军带队检查", "fourth photo item"),
        ("x05", "中宁县政府", "县长", "6月1日，县委副书记、县长锁建军带队检查", None)], []),
    "x:沙建华": ("沙建华", "official", "中宁县", [
        ("x05", "中宁县人大常委会", "主任", "县人大常委会主任沙建华带领执法检查组", None)], []),
    "x:白振国": ("白振国", "official", "中宁县", [
        ("x05", "中宁县委", "常委", "县委常委、副县长白振国陪同检查", None),
        ("x05", "中宁县政府", "副县长", "县委常委、副县长白振国陪同检查", None)], []),
    "x:符启明": ("符启明", "official", "定安县", [
        ("x06", "定安县委", "书记", "县委书记符启明主持召开", None)], []),
    "x:云海波": ("云海波", "official", "定安县", [
        ("x06", "定安县委", "副书记", "县委副书记、县长云海波，县委副书记冯少琼", "surname 云"),
        ("x06", "定安县政府", "县长", "县委副书记、县长云海波，县委副书记冯少琼", None)], []),
    "x:冯少琼": ("冯少琼", "official", "定安县", [
        ("x06", "定安县委", "副书记", "县委副书记冯少琼等县委常委出席会议", None)], []),
    "x:钟明川": ("钟明川", "official", "定安县", [
        ("x06", "定安县人大常委会", "主任", "县人大常委会主任钟明川、县政协主席林秀凤列席会议", None)], []),
    "x:林秀凤": ("林秀凤", "official", "定安县", [
        ("x06", "定安县政协", "主席", "县政协主席林秀凤列席会议", None)], []),
    "x:陈德昌": ("陈德昌", "official", "定安县", [
        ("x06", "定安县委办公室", "主任", "陈德昌同志任县委办公室主任", "appointment by the 县委常委会")], []),
    "x:蒙华清": ("蒙华清", "official", "定安县定城镇", [
        ("x06", "定安县定城镇党委", "书记", "蒙华清同志任定城镇党委书记", "appointment; 免去其县发展和改革委员会主任职务 gives no line")], []),
    "x:韦春兰": ("韦春兰", "official", "定安县", [], ["x06"]),
    "x:羊志坚": ("羊志坚", "official", "定安县", [
        ("x06", "定安县委", "常委", "县委常委、组织部部长羊志坚作交流发言", "surname 羊"),
        ("x06", "定安县委组织部", "部长", "县委常委、组织部部长羊志坚作交流发言", None)], []),
    "x:乔建民": ("乔建民", "official", "玛纳斯县", [
        ("x07", "玛纳斯县人大常委会", "主任", "县人大常委会主任乔建民作县人大常委会工作报告", "大会主席团常务主席 is a session role")], []),
    "x:郜振江": ("郜振江", "official", "玛纳斯县", [
        ("x07", "玛纳斯县委", "书记", "县委书记郜振江，县委副书记", "surname 郜")], []),
    "x:努尔兰·哈力木": ("努尔兰·哈力木", "official", "玛纳斯县", [
        ("x07", "玛纳斯县委", "副书记", "县委副书记、县长努尔兰·哈力木，县政协主席", "Kazakh name with a middle dot"),
        ("x07", "玛纳斯县政府", "县长", "县委副书记、县长努尔兰·哈力木，县政协主席", None)], []),
    "x:古丽米拉·艾买提": ("古丽米拉·艾买提", "official", "玛纳斯县", [
        ("x07", "玛纳斯县政协", "主席", "县政协主席古丽米拉·艾买提等在主席台就座", "Uyghur name with a middle dot")], []),
    "x:简国华": ("简国华", "official", "玛纳斯县", [
        ("x07", "玛纳斯县委", "常委", "县委常委、常务副县长简国华作关于", None),
        ("x07", "玛纳斯县政府", "常务副县长", "县委常委、常务副县长简国华作关于", None)], []),
    "x:伍思远": ("伍思远", "official", "玛纳斯县", [
        ("x07", "玛纳斯县政府", "副县长", "伍思远当选为玛纳斯县人民政府副县长", "elected at the 闭幕会 (1月11日上午)")], []),
    "x:施卫东": ("施卫东", "official", "崇明区陈家镇", [
        ("x08", "崇明区陈家镇党委", "书记", "镇党委书记施卫东出席会议并讲话", None),
        ("x08", "崇明区陈家镇党委", "书记", "5月16日，镇党委书记施卫东带队", "third item")], []),
    "x:陆建明#2": ("陆建明", "official", "崇明区陈家镇", [
        ("x08", "崇明区陈家镇党委", "副书记", "镇党委副书记、镇长陆建明主持会议", "not the 陆建明 of 中宁县 (x05)"),
        ("x08", "崇明区陈家镇政府", "镇长", "镇党委副书记、镇长陆建明主持会议", None),
        ("x08", "崇明区陈家镇党委", "副书记", "镇党委副书记、镇长陆建明陪同调研", "second item"),
        ("x08", "崇明区陈家镇政府", "镇长", "镇党委副书记、镇长陆建明陪同调研", None)], []),
    "x:倪晓红": ("倪晓红", "external_official", "崇明区", [
        ("x08", "崇明区政府", "副区长", "5月11日，副区长倪晓红来陈家镇调研", "区 = 崇明区 (the site's district)")], []),
    "x:孔令辉": ("孔令辉", "official", "崇明区陈家镇", [
        ("x08", "崇明区陈家镇党委", "委员", "镇党委委员、副镇长孔令辉参加检查", None),
        ("x08", "崇明区陈家镇政府", "副镇长", "镇党委委员、副镇长孔令辉参加检查", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("x01", "柏晓雯", "记者", "reporter", "（记者 柏晓雯）"),
    ("x01", "阮晓峰", "记者", "reporter", "（记者 阮晓峰）"),
    ("x01", "卜玉洁", "记者", "reporter", "（记者 卜玉洁）"),
    ("x01", "牟思彤", "责任编辑", "editor", "责任编辑：牟思彤"),
    ("x02", "于静怡", "责任编辑", "editor", "责任编辑：于静怡"),
    ("x03", "卜玉洁", "记者", "reporter", "（记者 卜玉洁 整理）"),
    ("x03", "牟思彤", "责任编辑", "editor", "责任编辑：牟思彤"),
    ("x05", "海丽娜", "记者", "reporter", "（记者 海丽娜 摄）"),
    ("x05", "马晓梅", "通讯员", "correspondent", "（通讯员 马晓梅 摄）"),
    ("x05", "冯雨桐", "记者", "reporter", "（记者 冯雨桐 摄）"),
    ("x05", "何雅琪", "责任编辑", "editor", "责任编辑：何雅琪"),
    ("x06", "黎文静", "记者", "reporter", "（记者 黎文静）"),
    ("x06", "钱文韬", "责任编辑", "editor", "责任编辑：钱文韬"),
    ("x07", "唐诗雨", "记者", "reporter", "（记者 唐诗雨 通讯员 倪佳琳）"),
    ("x07", "倪佳琳", "通讯员", "correspondent", "（记者 唐诗雨 通讯员 倪佳琳）"),
    ("x07", "巫晓玲", "责任编辑", "editor", "责任编辑：巫晓玲"),
    ("x08", "胡雪晴", "编辑", "editor", "编辑：胡雪晴"),
]
# 柏晓雯 also signs digest item 5 of x01, 阮晓峰 item 4; 海丽娜 also takes the photo of x05 item 2
EXTRA_REPORTER_ARTICLES = {
    ("x01", "柏晓雯"): "法治保障。（记者 柏晓雯）",
    ("x01", "阮晓峰"): "8万亩。（记者 阮晓峰）",
    ("x05", "海丽娜"): "听取情况介绍。\n（记者 海丽娜 摄）",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("x01", "克山县委常委会2025年第7次会议", "meeting (县委常委会会议)", "4月7日上午", "荆立伟", None, [],
     ["鞠文斌", "刁春雨", "满桂兰"], ["荆立伟"], None,
     "县委书记荆立伟主持召开县委常委会2025年第7次会议",
     ["县委书记荆立伟主持召开", "县长鞠文斌等县委常委出席会议", "县人大常委会主任刁春雨、县政协主席满桂兰列席会议", "荆立伟强调"]),
    ("x01", "春耕备耕和黑土地保护工作调研", "inspection (调研)", "4月8日", None, "鞠文斌", [],
     ["展红梅"], ["鞠文斌"], "古城镇、北兴镇",
     "县长鞠文斌深入古城镇、北兴镇调研春耕备耕和黑土地保护工作",
     ["县长鞠文斌深入古城镇、北兴镇调研", "副县长展红梅陪同调研", "鞠文斌要求"]),
    ("x01", "重点项目建设调研", "inspection (调研)", "4月9日", None, "卓志明", [],
     ["荆立伟", "贲立军"], ["卓志明"], "克山县",
     "齐齐哈尔市委常委、副市长卓志明来我县调研重点项目建设情况",
     ["副市长卓志明来我县调研", "县委书记荆立伟，县委常委、常务副县长贲立军陪同调研", "卓志明强调"]),
    ("x01", "克山县2025年春季重点项目集中开工仪式", "ceremony (集中开工仪式)", "4月10日上午", "贲立军", None, [],
     [], ["荆立伟", "鞠文斌"], "克山经济开发区",
     "克山县2025年春季重点项目集中开工仪式在克山经济开发区举行",
     ["县委书记荆立伟宣布项目开工", "县长鞠文斌致辞", "常务副县长贲立军主持仪式"]),
    ("x01", "克山县十八届人大常委会第二十三次会议", "session (人大常委会会议)", "4月11日", "刁春雨", None, [],
     ["岑晓光"], ["刁春雨"], None,
     "4月11日，县十八届人大常委会召开第二十三次会议",
     ["县人大常委会主任刁春雨主持会议", "岑晓光进行了宪法宣誓", "刁春雨指出"]),
    ("x02", "密云区委常委会会议", "meeting (区委常委会会议)", "4月2日", "闵建国", None, [],
     ["褚丽娜"], [], None,
     "区委书记闵建国主持召开区委常委会会议",
     ["区委书记闵建国主持召开区委常委会会议", "区委副书记、区长褚丽娜等区委常委出席会议"]),
    ("x02", "森林防火工作检查", "inspection (检查)", "4月3日上午", None, "褚丽娜", [],
     ["娄志刚"], [], "溪翁庄镇、穆家峪镇",
     "区长褚丽娜到溪翁庄镇、穆家峪镇检查森林防火工作",
     ["区长褚丽娜到溪翁庄镇、穆家峪镇检查", "常务副区长娄志刚陪同检查"]),
    ("x02", "密云水库保护和生态涵养区建设工作调研", "inspection (调研)", "4月9日至10日", None, "桑立平", [],
     ["闵建国", "褚丽娜"], [], "密云水库一级保护区、古北口镇司马台村",
     "北京市副市长桑立平来我区调研密云水库保护和生态涵养区建设工作",
     ["北京市副市长桑立平来我区调研", "区委书记闵建国，区委副书记、区长褚丽娜陪同调研"]),
    ("x02", "密云区十八届人大常委会第十七次会议", "session (人大常委会会议)", "4月12日", "颜卫平", None, [],
     [], [], None,
     "区十八届人大常委会举行第十七次会议",
     ["区人大常委会主任颜卫平主持会议"]),
    ("x02", "2024年密云区重点项目集中开工活动", "ceremony (集中开工)", "4月16日", "邝文杰", None, [],
     [], ["闵建国", "褚丽娜"], "密云经济开发区",
     "2024年密云区重点项目集中开工活动在密云经济开发区举行",
     ["区委书记闵建国宣布开工", "区长褚丽娜致辞", "副区长邝文杰主持"]),
    ("x02", "密云区政协十一届十四次常委会议", "meeting (政协常委会议)", "4月19日", "鲁淑芬", None, [],
     [], ["邝文杰"], None,
     "区政协十一届十四次常委会议召开",
     ["区政协主席鲁淑芬主持会议", "副区长邝文杰通报了"]),
    ("x02", "文旅融合发展工作调研", "inspection (调研)", "4月25日", None, "闵建国", [],
     ["蓝晓燕"], [], "古北口镇",
     "区委书记闵建国到古北口镇调研文旅融合发展工作",
     ["区委书记闵建国到古北口镇调研", "组织部部长蓝晓燕陪同"]),
    ("x02", "密云区政府第四十二次常务会议", "meeting (区政府常务会议)", "4月25日", "褚丽娜", None, [],
     [], [], None,
     "区长褚丽娜主持召开区政府第四十二次常务会议",
     ["区长褚丽娜主持召开区政府第四十二次常务会议"]),
    ("x02", "全区庆祝“五一”国际劳动节暨劳动模范表彰大会", "meeting (表彰大会)", "4月28日", "褚丽娜", None, [],
     ["闵建国", "颜卫平", "鲁淑芬"], ["闵建国"], None,
     "全区庆祝“五一”国际劳动节暨劳动模范表彰大会召开",
     ["区委书记闵建国出席并讲话", "区人大常委会主任颜卫平、区政协主席鲁淑芬出席", "区长褚丽娜主持"]),
    ("x03", "全县经济工作会议暨优化营商环境大会", "meeting (经济工作会议)", "2023年2月6日", None, None, [],
     ["佟海川", "刁春雨", "满桂兰"], ["佟海川", "荆立伟"], None,
     "全县经济工作会议暨优化营商环境大会召开",
     ["县委书记佟海川出席会议并讲话", "县长荆立伟对全年经济工作作出具体安排", "县人大常委会主任刁春雨、县政协主席满桂兰出席会议"]),
    ("x03", "克山县2023年重点项目集中开工仪式", "ceremony (集中开工仪式)", "2023年3月28日", "贲立军", None, [],
     [], ["佟海川", "荆立伟"], "克山经济开发区",
     "克山县2023年重点项目集中开工仪式在克山经济开发区举行",
     ["佟海川宣布开工", "荆立伟致辞，县委常委", "常务副县长贲立军主持仪式"]),
    ("x03", "春播生产和项目建设调研", "inspection (调研)", "2023年5月17日", None, "乔立群", [],
     ["佟海川", "荆立伟"], [], "古城镇现代农业示范园区、克山县马铃薯精深加工产业园二期项目",
     "齐齐哈尔市委副书记、市长乔立群来我县调研春播生产和项目建设",
     ["市长乔立群来我县调研", "佟海川、荆立伟陪同调研"]),
    ("x03", "全县领导干部大会", "meeting (领导干部大会)", "2023年7月14日", "荆立伟", None, [],
     [], ["苑志强", "冷卫东"], None,
     "全县领导干部大会召开",
     ["副部长苑志强宣布了市委关于克山县委主要负责同志调整的决定", "荆立伟主持会议", "冷卫东作表态发言"]),
    ("x03", "2023年中国农民丰收节克山县庆祝活动", "ceremony (庆祝活动)", "2023年9月23日", "展红梅", None, [],
     ["冷卫东"], ["冷卫东", "荆立伟"], "克山镇",
     "2023年中国农民丰收节克山县庆祝活动在克山镇举行",
     ["县委书记冷卫东出席并宣布活动开幕", "荆立伟致辞，副县长展红梅主持"]),
    ("x03", "中国共产党克山县第十五届委员会第六次全体会议", "meeting (县委全会)", "2023年12月27日", None, None, [],
     [], ["冷卫东", "荆立伟"], None,
     "中国共产党克山县第十五届委员会第六次全体会议召开",
     ["冷卫东代表县委常委会作工作报告", "荆立伟就2024年经济工作作具体部署"]),
    ("x04", "克山县第十八届人民代表大会第三次会议", "session (人民代表大会)", "2024年1月9日", None, None, [],
     [], ["荆立伟"], None,
     "——2024年1月9日在克山县第十八届人民代表大会第三次会议上",
     [_X04_SIGN]),
    ("x05", "枸杞产业发展调研", "inspection (调研)", "5月26日", None, "纳晓东", [],
     ["陆建明"], ["纳晓东"], "宁安镇、舟塔乡",
     "县委书记纳晓东到宁安镇、舟塔乡调研枸杞产业发展情况",
     ["县委书记纳晓东到宁安镇", "纳晓东强调", "副县长陆建明陪同调研"]),
    ("x05", "中宁工业园区项目建设调研", "inspection (调研)", "5月29日", None, "虎玉梅", [],
     ["锁建军"], ["虎玉梅"], "中宁工业园区",
     "中卫市副市长虎玉梅到中宁工业园区调研项目建设",
     ["中卫市副市长虎玉梅到中宁工业园区调研", "虎玉梅强调", "县长锁建军陪同调研"]),
    ("x05", "黄河中宁段生态保护执法检查", "inspection (执法检查)", "5月31日", None, "沙建华", [],
     ["陆建明"], ["沙建华"], "石空镇、鸣沙镇",
     "对黄河中宁段生态保护情况开展执法检查",
     ["县人大常委会主任沙建华带领执法检查组", "沙建华指出", "副县长陆建明陪同检查"]),
    ("x05", "安全生产和防汛备汛工作检查", "inspection (检查)", "6月1日", None, "锁建军", [],
     ["白振国"], ["锁建军"], "鸣沙镇黄河险工段、县城防洪排涝泵站",
     "县长锁建军带队检查安全生产和防汛备汛工作",
     ["县长锁建军带队检查", "锁建军要求", "副县长白振国陪同检查"]),
    ("x06", "定安县委常委会2024年第15次会议", "meeting (县委常委会会议)", "6月4日下午", "符启明", None, [],
     ["云海波", "冯少琼", "钟明川", "林秀凤"], ["云海波"], None,
     "县委书记符启明主持召开县委常委会2024年第15次会议",
     ["县委书记符启明主持召开", "县长云海波，县委副书记冯少琼等县委常委出席会议", "县人大常委会主任钟明川、县政协主席林秀凤列席会议", "云海波就加快项目建设提出要求"]),
    ("x06", "县委理论学习中心组2024年第6次集体学习", "meeting (中心组集体学习)", "6月3日上午", "符启明", None, [],
     [], ["符启明", "羊志坚"], None,
     "县委理论学习中心组举行2024年第6次集体学习",
     ["符启明主持并讲话", "组织部部长羊志坚作交流发言"]),
    ("x07", "玛纳斯县第十八届人民代表大会第四次会议闭幕会", "session (人民代表大会)", "1月11日上午", "乔建民", None, [],
     ["郜振江", "努尔兰·哈力木", "古丽米拉·艾买提"], ["伍思远", "郜振江"], "县会议中心",
     "1月11日上午，玛纳斯县第十八届人民代表大会第四次会议在县会议中心胜利闭幕",
     ["大会主席团常务主席乔建民主持闭幕会", "县委书记郜振江，县委副书记、县长努尔兰·哈力木，县政协主席古丽米拉·艾买提等在主席台就座", "伍思远进行了宪法宣誓并作表态发言", "郜振江在闭幕会上讲话"]),
    ("x07", "玛纳斯县第十八届人民代表大会第四次会议开幕会", "session (人民代表大会)", "1月8日上午", None, None, [],
     [], ["努尔兰·哈力木", "简国华"], None,
     "1月8日上午，大会隆重开幕",
     ["县长努尔兰·哈力木代表县人民政府作政府工作报告", "常务副县长简国华作关于"]),
    ("x07", "乐土驿镇代表团审议", "session (代表团审议)", "1月9日下午", None, None, [],
     ["郜振江"], ["郜振江"], None,
     "县委书记郜振江参加乐土驿镇代表团审议",
     ["县委书记郜振江参加乐土驿镇代表团审议", "他指出"]),
    ("x07", "包家店镇代表团审议", "session (代表团审议)", "1月10日上午", None, None, [],
     ["努尔兰·哈力木"], ["努尔兰·哈力木"], None,
     "县长努尔兰·哈力木参加包家店镇代表团审议",
     ["县长努尔兰·哈力木参加包家店镇代表团审议", "并表示县政府将认真梳理吸纳"]),
    ("x07", "玛纳斯县第十八届人民代表大会第四次会议第二次全体会议", "session (人民代表大会)", "1月10日下午", None, None, [],
     [], ["乔建民"], None,
     "1月10日下午，大会举行第二次全体会议",
     ["县人大常委会主任乔建民作县人大常委会工作报告"]),
    ("x08", "陈家镇2023年防汛防台工作部署会", "meeting (工作部署会)", "5月8日下午", "陆建明", None, ["陈家镇"],
     ["施卫东"], ["施卫东"], None,
     "5月8日下午，陈家镇召开2023年防汛防台工作部署会",
     ["镇党委书记施卫东出席会议并讲话", "镇长陆建明主持会议", "施卫东强调"]),
    ("x08", "瀛东村乡村振兴示范村建设和东滩湿地生态保护工作调研", "inspection (调研)", "5月11日", None, "倪晓红", [],
     ["陆建明"], ["倪晓红"], "瀛东村、东滩湿地",
     "副区长倪晓红来陈家镇调研瀛东村乡村振兴示范村建设项目和东滩湿地生态保护工作",
     ["副区长倪晓红来陈家镇调研瀛东村", "镇长陆建明陪同调研", "倪晓红指出"]),
    ("x08", "安全生产大检查", "inspection (检查)", "5月16日", None, "施卫东", [],
     ["孔令辉"], ["施卫东"], None,
     "镇党委书记施卫东带队开展安全生产大检查",
     ["镇党委书记施卫东带队", "副镇长孔令辉参加检查", "施卫东要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("x01", "克山县马铃薯精深加工产业园三期项目", "industrial_park", "来到克山县马铃薯精深加工产业园三期项目"),
    ("x01", "克山县生物质热电联产项目", "project", "克山县生物质热电联产项目建设现场"),
    ("x01", "克山县马铃薯精深加工产业园三期项目", "industrial_park", "其中，克山县马铃薯精深加工产业园三期项目"),
    ("x01", "北兴镇高标准农田建设项目", "project", "北兴镇高标准农田建设项目计划新建"),
    ("x02", "密云经济开发区智能制造产业园二期项目", "industrial_park", "密云经济开发区智能制造产业园二期项目"),
    ("x02", "密云区新城污水处理厂三期工程", "infrastructure_project", "密云区新城污水处理厂三期工程、"),
    ("x02", "潮河生态修复工程", "greening_project", "潮河生态修复工程"),
    ("x03", "克山县马铃薯精深加工产业园二期项目", "industrial_park", "克山县马铃薯精深加工产业园二期项目、"),
    ("x03", "克山县城乡供水一体化工程", "infrastructure_project", "克山县城乡供水一体化工程"),
    ("x03", "乌裕尔河克山段生态治理工程", "engineering_work", "乌裕尔河克山段生态治理工程全面完工"),
    ("x04", "克山县马铃薯精深加工产业园二期项目", "industrial_park", "克山县马铃薯精深加工产业园二期项目建成投产"),
    ("x04", "克山县城乡供水一体化工程", "infrastructure_project", "克山县城乡供水一体化工程完成主体建设"),
    ("x04", "乌裕尔河克山段生态治理工程", "engineering_work", "乌裕尔河克山段生态治理工程全面完工"),
    ("x04", "克山县人民医院新院区", "engineering_work", "克山县人民医院新院区投入使用"),
    ("x04", "克山县马铃薯精深加工产业园三期", "planned_project", "推动克山县马铃薯精深加工产业园三期开工建设"),
    ("x04", "克山县生物质热电联产项目", "planned_project", "开工建设克山县生物质热电联产项目"),
    ("x04", "北兴镇高标准农田建设项目", "planned_project", "实施北兴镇高标准农田建设项目"),
    ("x04", "克山县城区老旧小区改造项目", "planned_project", "实施克山县城区老旧小区改造项目"),
    ("x05", "中宁工业园区新材料产业园二期项目", "industrial_park", "中宁工业园区新材料产业园二期项目"),
    ("x05", "年产5万吨枸杞深加工项目", "project", "年产5万吨枸杞深加工项目"),
    ("x05", "石空镇黄河滩区湿地修复", "greening_project", "石空镇黄河滩区湿地修复、鸣沙镇黄河堤防加固等项目"),
    ("x05", "鸣沙镇黄河堤防加固", "engineering_work", "石空镇黄河滩区湿地修复、鸣沙镇黄河堤防加固等项目"),
    ("x06", "南渡江定安段生态保护修复工程", "greening_project", "南渡江定安段生态保护修复工程"),
    ("x06", "塔岭工业园区标准厂房二期项目", "project", "塔岭工业园区标准厂房二期项目"),
    ("x07", "玛纳斯河生态综合治理工程", "engineering_work", "玛纳斯河生态综合治理工程"),
    ("x07", "玛纳斯国家湿地公园提升改造项目", "project", "玛纳斯国家湿地公园提升改造项目"),
    ("x07", "玛纳斯县工业园区煤电一体化项目", "project", "玛纳斯县工业园区煤电一体化项目"),
    ("x08", "瀛东村乡村振兴示范村建设项目", "project", "调研瀛东村乡村振兴示范村建设项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("x01", "古城镇", "town", "standalone", "深入古城镇、北兴镇调研"),
    ("x01", "北兴镇", "town", "standalone", "深入古城镇、北兴镇调研"),
    ("x01", "北兴镇黑土地保护利用示范区", "area", "standalone", "在北兴镇黑土地保护利用示范区"),
    ("x01", "齐齐哈尔市", "city", "in_title", "齐齐哈尔市委常委、副市长卓志明"),
    ("x01", "克山县", "county", "standalone", "克山县2025年春季重点项目集中开工仪式"),
    ("x01", "克山经济开发区", "development_zone", "standalone", "在克山经济开发区举行"),
    ("x02", "溪翁庄镇", "town", "standalone", "区长褚丽娜到溪翁庄镇"),
    ("x02", "穆家峪镇", "town", "standalone", "溪翁庄镇、穆家峪镇检查森林防火工作"),
    ("x02", "北京市", "municipality", "in_title", "北京市副市长桑立平"),
    ("x02", "密云水库", "reservoir", "standalone", "调研密云水库保护"),
    ("x02", "古北口镇", "town", "standalone", "古北口镇司马台村"),
    ("x02", "司马台村", "village", "standalone", "古北口镇司马台村"),
    ("x02", "密云区", "district", "standalone", "2024年密云区重点项目集中开工活动"),
    ("x02", "密云经济开发区", "development_zone", "standalone", "在密云经济开发区举行"),
    ("x02", "潮河", "river", "in_project_name", "潮河生态修复工程"),
    ("x02", "古北水镇", "scenic_area", "standalone", "察看古北水镇周边配套设施"),
    ("x02", "长城", "heritage_site", "standalone", "长城保护情况"),
    ("x03", "克山县", "county", "standalone", "克山县2023年重点项目集中开工仪式"),
    ("x03", "克山经济开发区", "development_zone", "standalone", "在克山经济开发区举行"),
    ("x03", "齐齐哈尔市", "city", "in_title", "齐齐哈尔市委副书记、市长乔立群"),
    ("x03", "古城镇", "town", "standalone", "古城镇现代农业示范园区"),
    ("x03", "克山镇", "town", "standalone", "在克山镇举行"),
    ("x03", "乌裕尔河", "river", "in_project_name", "乌裕尔河克山段生态治理工程"),
    ("x03", "克山", "county", "standalone", "奋力开创克山全面振兴新局面"),
    ("x04", "克山县", "county", "in_org_reference", "在克山县第十八届人民代表大会第三次会议上"),
    ("x04", "齐齐哈尔市", "city", "in_org_reference", "在齐齐哈尔市委、市政府和县委的坚强领导下"),
    ("x04", "北兴镇", "town", "standalone", "北兴镇黑土地保护利用示范区入选"),
    ("x04", "北兴镇黑土地保护利用示范区", "area", "standalone", "北兴镇黑土地保护利用示范区入选"),
    ("x04", "乌裕尔河", "river", "in_project_name", "乌裕尔河克山段生态治理工程"),
    ("x04", "克山", "county", "standalone", "为加快建设现代化新克山而努力奋斗"),
    ("x05", "宁安镇", "town", "standalone", "到宁安镇、舟塔乡调研"),
    ("x05", "舟塔乡", "township", "standalone", "到宁安镇、舟塔乡调研"),
    ("x05", "中宁县", "county", "standalone", "枸杞是中宁县的首位产业"),
    ("x05", "中卫市", "city", "in_title", "中卫市副市长虎玉梅"),
    ("x05", "中宁工业园区", "industrial_park", "standalone", "到中宁工业园区调研项目建设"),
    ("x05", "黄河", "river", "standalone", "对黄河中宁段生态保护情况"),
    ("x05", "石空镇", "town", "standalone", "实地察看石空镇黄河滩区湿地修复"),
    ("x05", "鸣沙镇", "town", "standalone", "先后来到鸣沙镇黄河险工段"),
    ("x06", "定安县", "county", "in_org_reference", "中国共产党定安县第十五届委员会"),
    ("x06", "定安", "county", "standalone", "结合定安实际"),
    ("x06", "海南", "province", "standalone (slogan)", "聚焦海南自由贸易港建设"),
    ("x06", "南渡江", "river", "standalone", "重点做好南渡江沿岸"),
    ("x06", "塔岭工业园区", "industrial_park", "in_project_name", "塔岭工业园区标准厂房二期项目"),
    ("x06", "定城镇", "town", "in_title", "蒙华清同志任定城镇党委书记"),
    ("x07", "玛纳斯县", "county", "in_org_reference", "1月11日上午，玛纳斯县第十八届人民代表大会"),
    ("x07", "玛纳斯河", "river", "in_project_name", "玛纳斯河生态综合治理工程"),
    ("x07", "玛纳斯国家湿地公园", "park", "in_project_name", "玛纳斯国家湿地公园提升改造项目"),
    ("x07", "玛纳斯县工业园区", "industrial_park", "in_project_name", "玛纳斯县工业园区煤电一体化项目"),
    ("x07", "乐土驿镇", "town", "standalone", "参加乐土驿镇代表团审议"),
    ("x07", "包家店镇", "town", "standalone", "参加包家店镇代表团审议"),
    ("x07", "玛纳斯", "county", "standalone", "奋力谱写玛纳斯高质量发展新篇章"),
    ("x08", "陈家镇", "town", "standalone", "5月8日下午，陈家镇召开"),
    ("x08", "瀛东村", "village", "standalone", "瀛东村生态农业观光区"),
    ("x08", "东滩湿地", "wetland", "standalone", "东滩湿地鸟类监测点"),
    ("x08", "崇明", "district", "standalone", "打造崇明乡村振兴的"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="x", conventions="set x (blind set: pages holding many dated events — digest, chronicle, year-end review, 政府工作报告, photo news, 县委常委会 decisions, a 人代会 over several days, a town page)",
          persons_note="Set x persons. id = corpus-wide person_id (x:陆建明#1 and x:陆建明#2 are two people)")


if __name__ == "__main__":
    main()
