"""Write gold part ``dj`` (a blind set: the north-east (吉林, 黑龙江, 辽宁) and 内蒙古's east: county and county-level-city
news, 森工 and 农垦 units, 朝鲜族 / 满族 autonomous units and border towns) from the tables below.

Pages ``tests/dev/texts/dj*.txt`` were written for this part with invented person, company-person and project names,
modelled on real pages of the genre read with the ``search`` tool: the 图们江报 page of a 州 media tour in 珲春
(``本报讯(记者 田婕)9月26日``, ``州委常委、宣传部长…带队``); a 根河市 page of the 呼伦贝尔市委书记's 调研 (``市委书记…，市委副书记、
市长…，根河森工公司党委书记…等陪同``, ``森工集团党委副书记``, a ``字体: 浏览:`` stamp); the 依安县 site (``时间:2018-09-25作者:
中国·依安来源:广电中心``; ``副市长…；我县县委书记…，县委副书记、统战部部长…，县委常委、县委办公室主任…，副县长…``); the 科右前旗 site
(``盟委副书记、盟长…，旗委副书记、政府旗长…``); the 五岔沟林业局 site (``国有林管理局党委书记、局长…，党委委员、副局长…``, a footer
with 主办单位 / 联系电话 / 蒙ICP备); three 林海日报 pages (``本网讯(首席记者 … 记者 …)``, ``字号 A- 小 A+ 大``, ``中国内蒙古森林工业集团
有限责任公司主管``, 版权声明 and 备案号; ``重点国有林管理局党政领导…陪同调研``); the 兴安盟 site (``来源:盟林草局 发布时间:2025-04-22
08:36 字体大小:A+ A A- 分享: 打印``; ``内蒙古森工集团副总经理、森防指常务副总指挥…，呼伦贝尔市委常委，市政府党组成员、副市长…，
兴安盟盟委委员、副盟长…``); a 吉林视窗 page of a visit to 珲春 (``州政府副州长…的陪同``, ``【打印本页】【关闭窗口】``, ``（记者 …
编辑 …）``); 吉林森工 pages of 白石山林业局 and 临江林业局 (``林业局党委书记、局长``) and the 天桥岭林业 page (``公司党委书记、
董事长…率调研组``); a 七台河 farm-company page of 垦地 cooperation (``农场有限公司党委书记、董事长…，公司党委副书记、总经理…``); a
东北网 page of the 齐齐哈尔日报 (``来源:东北网-齐齐哈尔日报 作者:…``, ``市委副书记、市长…``); the 乌审旗 site (``作者: 来源: 发布时间:``).
Places are real: 吉林 延边朝鲜族自治州 (汪清县 with 天桥岭镇 and 罗子沟镇, 龙井市 with 三合镇 and 开山屯镇), 吉林 白山 长白朝鲜族自治县
(十四道沟镇), 黑龙江 齐齐哈尔 (讷河市, 依安县, 克东县), 黑龙江 双鸭山 友谊县 (友谊农场), 内蒙古 呼伦贝尔 根河市 (金河镇, 阿龙山镇,
敖鲁古雅鄂温克族乡), 辽宁 丹东 宽甸满族自治县 (长甸镇).

Shapes: the 延边日报 第01版 (masthead, date line, 版 line with 上一版 / 下一版 / PDF版, two-line headline, ``本报讯（记者 …）``,
上一篇 / 下一篇, 备案号) of the 州长's 调研 in 汪清县 with the 县长 and a town secretary (dj01); the 汪清县 site (nav, 当前位置, 发布时间 /
来源 / 浏览次数 / 字号 line, 责任编辑 + 审核, 打印 / 关闭, 相关链接, footer with 网站标识码) of a 森林草原防灭火 meeting with a
森工 company head speaking (dj02); the 龙井市 site of the former 汪清 县长, now 副州长, on the border ports (来源 / 发布日期 before the
body, a 融媒体中心 byline at the end) (dj03); the 齐齐哈尔日报 第02版 with two articles (a 副市长's 调研 in 讷河市; a short
依安县 meeting with ``（记者 … 通讯员 …）``) (dj04); a WeChat page of ``克东发布`` (account line, 点击蓝字, ▲ caption, 来源 | 编辑 |
审核 |, 往期推荐, 分享 收藏 点赞 在看) of the former 讷河 市长, now 克东 县委书记 (dj05); the 根河市 site (时间 / 来源 / 作者 / 点击数) of
the 市委书记's 防火 检查 with a 副市长, a town head, a 鄂温克族乡 secretary and a 森工 company head (dj06); a 林海日报 web page
(``本网讯（记者 … 通讯员 …）``) of a 森工集团 / 根河市 联席会议 where the 副市长 of dj06 is now 市长 and company officers sit with
government officials (dj07); the 长白朝鲜族自治县 site (a 조선어 nav item) of the 县委书记's 调研 of a border town (dj08); the 友谊县 site
of the 县委书记's 调研 at a 北大荒 farm company (dj09); the 丹东日报 A03版 of a 副市长's 调研 in 宽甸满族自治县 (dj10).

Identity cases:
- dj:朴成日, a 县长 who becomes 副州长: 汪清县委副书记、县长 in June 2022 (dj01) and March 2023 (dj02); 延边朝鲜族自治州 副州长 in
  Aug 2024 (dj03, on the 龙井市 site).
- dj:戴振国, a 市长 who becomes another county's 书记: 讷河市委副书记、市长 in Sept 2021 (dj04, 齐齐哈尔日报); 克东县委书记 in
  Oct 2023 (dj05).
- dj:邓海涛: 根河市委常委、副市长 in April 2022 (dj06); 根河市委副书记、市长 in June 2024 (dj07).
- the same officials on two pages: dj:孟庆江 (汪清县委书记, 2022 and 2023), dj:乌恩奇 (根河市委书记, 2022 and 2024), and the company
  head dj:岳长林 (根河森工公司, no post, 2022 and 2024).
- two different 庞海峰 in unrelated places: dj:庞海峰#1 is 长甸镇党委书记 in 宽甸满族自治县 (辽宁 丹东, dj10, 2024); dj:庞海峰#2 is
  金河镇 镇长 in 根河市 (内蒙古 呼伦贝尔, dj06, 2022).
- one organ name in several places: bare ``县委`` / ``县委副书记、县长`` is 汪清县's (dj01 after 汪清县委书记, dj02 on its site),
  克东县's (dj05, the WeChat account), 长白朝鲜族自治县's (dj08), 友谊县's (dj09) and 宽甸满族自治县's (dj10, after 宽甸满族自治县委书记);
  bare ``市委`` is 龙井市's (dj03), 根河市's (dj06) and, in the 齐齐哈尔日报, 齐齐哈尔市's for ``市委常委、副市长`` but 讷河市's for
  ``市委副书记、市长`` right after ``讷河市委书记`` (dj04); ``市农业农村局`` is 齐齐哈尔市's (dj04), ``县农业农村局`` 克东县's (dj05) and
  友谊县's (dj09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bx, by, cc, cs where they speak; decided here where they are silent):
- Autonomous units take their full official names (as bx, by, cs): bare ``州委`` / ``州长`` / ``副州长`` / ``州X局`` in the 延边日报
  and on 延边 county sites → 延边朝鲜族自治州委 / 延边朝鲜族自治州政府 / 延边朝鲜族自治州农业农村局, 延边朝鲜族自治州商务局;
  ``县委`` on the 长白 site → 长白朝鲜族自治县委; ``宽甸满族自治县委书记`` → 宽甸满族自治县委. ``副州长`` on the 龙井市 site is the
  parent 州's (延边朝鲜族自治州政府).
- Towns: county label + town + 党委 / 政府: ``镇党委书记姜永福`` (after ``在天桥岭镇``) → 汪清县天桥岭镇党委 书记; ``乾丰镇镇长`` →
  克东县乾丰镇政府 镇长; ``镇长庞海峰`` (after ``在金河镇``) → 根河市金河镇政府 镇长. DECIDED HERE: an ethnic township keeps its full
  name: ``乡党委书记白雪松`` in 敖鲁古雅鄂温克族乡 → 根河市敖鲁古雅鄂温克族乡党委 书记.
- DECIDED HERE (森工 and 农垦): the 森工 and 农垦 units on these pages are companies (长白山森工集团天桥岭林业有限公司, 内蒙古森工集团
  and its 根河森工公司, 北大荒集团红兴隆分公司, 北大荒集团友谊农场有限公司); every title of their officers, their ``党委书记`` /
  ``党委副书记`` included, is a company role and gives no line (CONVENTIONS; as bx for the 海南农垦 farm company's ``党委书记、
  董事长``). Those people are ``company_executive`` persons, named as attendees and speakers. A county government's own
  ``县林业局`` is a department (汪清县林业局 局长 is a post).
- ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长; a list after one title (``副县长黄丽娜、池春光``) gives each name the
  title; ``市政府副秘书长`` → 呼伦贝尔市政府 副秘书长.
- Events: every 调研 / 检查 is an ``inspection`` (leader; 参加 / 陪同 attendees; 介绍 / 汇报 / 提出 / 指出 / 强调 / 要求 / 表示 /
  作了安排 speakers); a 工作会议 and a 联席会议 are meetings (chair when 主持; 出席 attendees, who may also speak). Company
  officers who 陪同 / 参加 / 出席 are attendees.
- Bylines: ``本报讯（记者 …）``, ``本网讯（记者 … 通讯员 …）`` and ``（龙井市融媒体中心记者 …）`` are reporter / correspondent
  lines; ``作者：…`` on a government site is an author line; 责任编辑 / 编辑 / 审核 are editor lines. 往期推荐, 相关链接 and
  上一篇 / 下一篇 items give nothing. DECIDED HERE: the 齐齐哈尔日报 page's one ``责任编辑`` at the foot of the edition is
  annotated in the article whose span holds it (article 2 of dj04).
- Projects: works inspected or to be pushed. 产业园 (or its 二期) ``industrial_park``; 口岸, road, 储备库 and 步道 works
  ``infrastructure_project``; river, wetland and 湿地公园 restoration ``greening_project``; DECIDED HERE a 林缘防火隔离带建设工程 (an
  earth-and-forest firebreak) ``engineering_work``; DECIDED HERE a 朝鲜族民俗村改造项目 (renovation of dwellings) ``housing_project``;
  示范基地, 示范区, 示范村, 景区 upgrades, a 智慧农业管控中心 and a 高标准农田建设项目 ``project``. A 方案, a 合作社 and a festival
  (河口桃花节) are not projects.
- Places: one line per name per file, as written; places inside titles, organ references and project names count; names
  inside company names (长白山森工集团…, 内蒙古森工集团…, 北大荒集团友谊农场有限公司), mastheads, 来源 / 作者 lines, account lines,
  footers, 上一篇 / 下一篇 and related-link titles are not annotated; nor is a place inside a product brand
  (``“讷河马铃薯”品牌``). DECIDED HERE kinds: ``national_park`` (东北虎豹国家公园),
  ``ethnic_township`` (敖鲁古雅鄂温克族乡), ``wetland_park`` (根河源国家湿地公园), ``state_farm`` (友谊农场, as bx's 邦溪农场);
  大兴安岭 (as a forest region), 北大荒 and 北疆 are ``region``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YB, CB, KD = "延边朝鲜族自治州", "长白朝鲜族自治县", "宽甸满族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dj01_wangqing.txt": (2022, "2022年6月17日　星期五", "汪清县", [
        ("玄承范在汪清县调研时强调", "6月16日", "2022-06-16", "本报讯（记者 禹香兰）6月16日",
         "延边日报 第01版: the 州长's 调研 in 汪清县 with a 副州长, a 州 department head, the county's 书记 / 县长 and a town secretary")]),
    "dj02_wangqing.txt": (2023, "发布时间：2023-03-22 09:15", "汪清县", [
        ("全县春季森林草原防灭火工作会议召开", "3月21日", "2023-03-21", "3月21日，全县春季",
         "county site: 森林草原防灭火 meeting (县长 主持, 县委书记 讲话, 常务副县长, 副县长 list, two department heads, a 森工 company head)")]),
    "dj03_longjing.txt": (2024, "发布日期：2024-08-21", "龙井市", [
        ("副州长朴成日到我市调研边境口岸建设和兴边富民工作", "8月20日", "2024-08-20", "8月20日，副州长朴成日",
         "county-level city site: the former 汪清 县长, now 副州长, on border ports and 兴边富民; bare 市委 = 龙井市委")]),
    "dj04_nehe.txt": (2021, "2021年09月16日　星期四", "齐齐哈尔市", [
        ("冯立恒到讷河市调研秋收准备和马铃薯产业发展", "9月15日", "2021-09-15", "本报讯（记者 邢志远）9月15日",
         "齐齐哈尔日报 第02版: the 市委常委、副市长's 调研 in 讷河市 with its 书记 and 市长 (戴振国)"),
        ("依安县部署秋季防火和秸秆禁烧工作", "9月14日", "2021-09-14", "本报讯（记者 葛玉梅",
         "same edition: a short 依安县 meeting (县长 主持, 副县长 通报)")]),
    "dj05_kedong.txt": (2023, "2023-10-12 18:06", "克东县", [
        ("戴振国深入乡镇调研秋收生产和秸秆综合利用工作", "10月11日", "2023-10-11", "10月11日，县委书记戴振国",
         "WeChat page (克东发布): the former 讷河 市长, now 克东县委书记, in two towns")]),
    "dj06_genhe.txt": (2022, "时间：2022-04-20 16:32", "根河市", [
        ("乌恩奇带队检查春季森林草原防灭火工作", "4月19日", "2022-04-19", "4月19日，市委书记乌恩奇",
         "county-level city site: the 市委书记's 防火 检查 with the 副市长 (邓海涛), a 镇长 (庞海峰#2), a 鄂温克族乡 secretary and a 森工 company head")]),
    "dj07_genhe.txt": (2024, "2024-06-13 08:40", "根河市", [
        ("森工集团与根河市召开林地融合发展联席会议", "6月12日", "2024-06-12", "本网讯（记者 隋海军",
         "林海日报 web page: 森工集团 / 根河市 联席会议; 邓海涛 now 市长 (主持); company officers with government officials")]),
    "dj08_changbai.txt": (2021, "发布时间：2021-07-15", CB, [
        ("崔光范到十四道沟镇调研兴边富民和边境村建设工作", "7月14日", "2021-07-14", "7月14日，县委书记崔光范",
         "autonomous county site: the 县委书记's 调研 of a border town with the 县长, a 副县长, a department head and the town secretary")]),
    "dj09_youyi.txt": (2025, "发布时间：2025-05-20 10:42", "友谊县", [
        ("盛志远到友谊农场调研垦地共建和春耕生产工作", "5月19日", "2025-05-19", "5月19日，县委书记盛志远",
         "county site: the 县委书记's 调研 at a 北大荒 farm company (company officers: no post) with a town secretary")]),
    "dj10_kuandian.txt": (2024, "2024年4月11日　星期四", KD, [
        ("欧阳军到宽甸调研边境旅游和板栗产业发展", "4月10日", "2024-04-10", "本报讯（记者 郝立春）4月10日",
         "丹东日报 A03版: a 副市长's 调研 in 宽甸满族自治县 with its 书记 / 县长 and a border town secretary (庞海峰#1)")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 延边: 州, 汪清县, 龙井市
    "dj:玄承范": ("玄承范", "official", YB, [
        ("dj01", f"{YB}委", "副书记", "州委副书记、州长玄承范深入汪清县", "bare 州委 in the 延边日报 = 延边朝鲜族自治州委 (full name)"),
        ("dj01", f"{YB}政府", "州长", "州委副书记、州长玄承范深入汪清县", None)], []),
    "dj:邵春林": ("邵春林", "official", YB, [
        ("dj01", f"{YB}政府", "副州长", "副州长邵春林，州农业农村局局长全美善参加调研", None)], []),
    "dj:全美善": ("全美善", "official", YB, [
        ("dj01", f"{YB}农业农村局", "局长", "州农业农村局局长全美善参加调研", "州 department as written after the 州's label")], []),
    "dj:孟庆江": ("孟庆江", "official", "汪清县", [
        ("dj01", "汪清县委", "书记", "汪清县委书记孟庆江", "2022-06"),
        ("dj02", "汪清县委", "书记", "县委书记孟庆江出席会议并讲话", "2023-03: bare 县委 on the 汪清县 site")], []),
    "dj:朴成日": ("朴成日", "official", YB, [
        ("dj01", "汪清县委", "副书记", "县委副书记、县长朴成日陪同调研", "2022-06: bare 县委 right after 汪清县委书记 (identity case: 副州长 in 2024, dj03)"),
        ("dj01", "汪清县政府", "县长", "县委副书记、县长朴成日陪同调研", None),
        ("dj02", "汪清县委", "副书记", "县委副书记、县长朴成日主持会议", "2023-03: still 县长"),
        ("dj02", "汪清县政府", "县长", "县委副书记、县长朴成日主持会议", None),
        ("dj03", f"{YB}政府", "副州长", "8月20日，副州长朴成日到我市调研", "2024-08: now 副州长 (bare 副州长 on the 龙井市 site = the parent 州's); named in the headline too")], []),
    "dj:姜永福": ("姜永福", "official", "汪清县", [
        ("dj01", "汪清县天桥岭镇党委", "书记", "在天桥岭镇，镇党委书记姜永福", "bare 镇党委 after 在天桥岭镇")], []),
    "dj:韩志鹏": ("韩志鹏", "official", "汪清县", [
        ("dj02", "汪清县委", "常委", "县委常委、常务副县长韩志鹏", None),
        ("dj02", "汪清县政府", "常务副县长", "县委常委、常务副县长韩志鹏", None)], []),
    "dj:黄丽娜": ("黄丽娜", "official", "汪清县", [
        ("dj02", "汪清县政府", "副县长", "副县长黄丽娜、池春光出席会议", "list after one title")], []),
    "dj:池春光": ("池春光", "official", "汪清县", [
        ("dj02", "汪清县政府", "副县长", "副县长黄丽娜、池春光出席会议", "list after one title")], []),
    "dj:文国栋": ("文国栋", "official", "汪清县", [
        ("dj02", "汪清县应急管理局", "局长", "县应急管理局局长文国栋通报了", None)], []),
    "dj:马德才": ("马德才", "official", "汪清县", [
        ("dj02", "汪清县林业局", "局长", "县林业局局长马德才就", "the county's own department (not a 森工 company)")], []),
    "dj:郑远山": ("郑远山", "company_executive", "长白山森工集团天桥岭林业有限公司", [], ["dj02"]),  # 党委书记、董事长 of a company: no post
    "dj:奇东浩": ("奇东浩", "official", YB, [
        ("dj03", f"{YB}商务局", "局长", "州商务局局长奇东浩参加调研", "bare 州 on the 龙井市 site = 延边朝鲜族自治州")], []),
    "dj:黄振岩": ("黄振岩", "official", "龙井市", [
        ("dj03", "龙井市委", "书记", "市委书记黄振岩", "bare 市委 on the 龙井市 site")], []),
    "dj:金光洙": ("金光洙", "official", "龙井市", [
        ("dj03", "龙井市委", "副书记", "市委副书记、市长金光洙", None),
        ("dj03", "龙井市政府", "市长", "市委副书记、市长金光洙", None)], []),
    "dj:许英男": ("许英男", "official", "龙井市", [
        ("dj03", "龙井市政府", "副市长", "副市长许英男陪同调研", None)], []),
    # ---- 齐齐哈尔: 讷河市, 依安县, 克东县
    "dj:冯立恒": ("冯立恒", "official", "齐齐哈尔市", [
        ("dj04", "齐齐哈尔市委", "常委", "市委常委、副市长冯立恒到讷河市", "the paper's city; named in the headline too"),
        ("dj04", "齐齐哈尔市政府", "副市长", "市委常委、副市长冯立恒到讷河市", None)], []),
    "dj:鲁春雨": ("鲁春雨", "official", "齐齐哈尔市", [
        ("dj04", "齐齐哈尔市农业农村局", "局长", "市农业农村局局长鲁春雨参加调研", None)], []),
    "dj:谭宏伟": ("谭宏伟", "official", "讷河市", [
        ("dj04", "讷河市委", "书记", "讷河市委书记谭宏伟", None)], []),
    "dj:戴振国": ("戴振国", "official", "齐齐哈尔市", [
        ("dj04", "讷河市委", "副书记", "市委副书记、市长戴振国陪同调研", "2021-09: bare 市委 right after 讷河市委书记 = 讷河市's (identity case: 克东县委书记 in 2023, dj05)"),
        ("dj04", "讷河市政府", "市长", "市委副书记、市长戴振国陪同调研", None),
        ("dj05", "克东县委", "书记", "10月11日，县委书记戴振国深入宝泉镇", "2023-10: now 克东县委书记 (bare 县委 on 克东发布); named in the headline too")], []),
    "dj:宫玉霞": ("宫玉霞", "official", "依安县", [
        ("dj04", "依安县委", "副书记", "县委副书记、县长宫玉霞主持会议", "article 2: bare 县委 after 依安县召开"),
        ("dj04", "依安县政府", "县长", "县委副书记、县长宫玉霞主持会议", None)], []),
    "dj:任立国": ("任立国", "official", "依安县", [
        ("dj04", "依安县政府", "副县长", "副县长任立国通报了", None)], []),
    "dj:石金龙": ("石金龙", "official", "克东县", [
        ("dj05", "克东县委", "常委", "县委常委、副县长石金龙", None),
        ("dj05", "克东县政府", "副县长", "县委常委、副县长石金龙", None)], []),
    "dj:谷玉林": ("谷玉林", "official", "克东县", [
        ("dj05", "克东县农业农村局", "局长", "县农业农村局局长谷玉林陪同调研", None)], []),
    "dj:邱丽萍": ("邱丽萍", "official", "克东县", [
        ("dj05", "克东县宝泉镇党委", "书记", "宝泉镇党委书记邱丽萍汇报了", None)], []),
    "dj:鞠春生": ("鞠春生", "official", "克东县", [
        ("dj05", "克东县乾丰镇政府", "镇长", "乾丰镇镇长鞠春生介绍了", "镇长 → the town's 政府")], []),
    # ---- 呼伦贝尔: 根河市
    "dj:乌恩奇": ("乌恩奇", "official", "根河市", [
        ("dj06", "根河市委", "书记", "4月19日，市委书记乌恩奇带队", "2022-04: bare 市委 on the 根河市 site; named in the headline too"),
        ("dj07", "根河市委", "书记", "根河市委书记乌恩奇出席会议并讲话", "2024-06")], []),
    "dj:邓海涛": ("邓海涛", "official", "根河市", [
        ("dj06", "根河市委", "常委", "市委常委、副市长邓海涛", "2022-04 (identity case: 市长 in 2024, dj07)"),
        ("dj06", "根河市政府", "副市长", "市委常委、副市长邓海涛", None),
        ("dj07", "根河市委", "副书记", "根河市委副书记、市长邓海涛主持会议", "2024-06: now 市长"),
        ("dj07", "根河市政府", "市长", "根河市委副书记、市长邓海涛主持会议", None)], []),
    "dj:岳长林": ("岳长林", "company_executive", "内蒙古森工集团根河森工公司", [], ["dj06", "dj07"]),  # 党委书记、执行董事 of a company: no post
    "dj:庞海峰#2": ("庞海峰", "official", "根河市", [
        ("dj06", "根河市金河镇政府", "镇长", "镇长庞海峰汇报了", "内蒙古 根河市, 2022; not the 庞海峰 of 宽甸 (dj10); bare 镇长 after 在金河镇")], []),
    "dj:白雪松": ("白雪松", "official", "根河市", [
        ("dj06", "根河市敖鲁古雅鄂温克族乡党委", "书记", "乡党委书记白雪松介绍了", "DECIDED HERE: the ethnic township keeps its full name")], []),
    "dj:陶国栋": ("陶国栋", "company_executive", "内蒙古森工集团", [], ["dj07"]),  # 党委副书记、总经理 of a company: no post
    "dj:周振东": ("周振东", "company_executive", "内蒙古森工集团", [], ["dj07"]),  # 副总经理 of a company: no post
    "dj:孙明哲": ("孙明哲", "official", "呼伦贝尔市", [
        ("dj07", "呼伦贝尔市政府", "副秘书长", "呼伦贝尔市政府副秘书长孙明哲出席会议", None)], []),
    # ---- 白山: 长白朝鲜族自治县
    "dj:崔光范": ("崔光范", "official", CB, [
        ("dj08", f"{CB}委", "书记", "7月14日，县委书记崔光范到十四道沟镇", "bare 县委 on the 长白 site = 长白朝鲜族自治县委; named in the headline too")], []),
    "dj:林春玉": ("林春玉", "official", CB, [
        ("dj08", f"{CB}委", "副书记", "县委副书记、县长林春玉", None),
        ("dj08", f"{CB}政府", "县长", "县委副书记、县长林春玉", None)], []),
    "dj:尹海龙": ("尹海龙", "official", CB, [
        ("dj08", f"{CB}委", "常委", "县委常委、副县长尹海龙", None),
        ("dj08", f"{CB}政府", "副县长", "县委常委、副县长尹海龙", None)], []),
    "dj:延相哲": ("延相哲", "official", CB, [
        ("dj08", f"{CB}民族宗教事务局", "局长", "县民族宗教事务局局长延相哲陪同调研", None)], []),
    "dj:吕德胜": ("吕德胜", "official", CB, [
        ("dj08", f"{CB}十四道沟镇党委", "书记", "十四道沟镇党委书记吕德胜汇报了", None)], []),
    # ---- 双鸭山: 友谊县
    "dj:盛志远": ("盛志远", "official", "友谊县", [
        ("dj09", "友谊县委", "书记", "5月19日，县委书记盛志远到北大荒集团", "named in the headline too")], []),
    "dj:滕晓坤": ("滕晓坤", "official", "友谊县", [
        ("dj09", "友谊县委", "常委", "县委常委、副县长滕晓坤", None),
        ("dj09", "友谊县政府", "副县长", "县委常委、副县长滕晓坤", None)], []),
    "dj:沈立娟": ("沈立娟", "official", "友谊县", [
        ("dj09", "友谊县农业农村局", "局长", "县农业农村局局长沈立娟参加调研", None)], []),
    "dj:侯建华": ("侯建华", "company_executive", "北大荒集团红兴隆分公司", [], ["dj09"]),  # 党委副书记、总经理 of a company: no post
    "dj:毕成林": ("毕成林", "company_executive", "北大荒集团友谊农场有限公司", [], ["dj09"]),  # 党委书记、董事长 of a company: no post
    "dj:战红宇": ("战红宇", "official", "友谊县", [
        ("dj09", "友谊县友谊镇党委", "书记", "友谊镇党委书记战红宇汇报了", None)], []),
    # ---- 丹东: 宽甸满族自治县
    "dj:欧阳军": ("欧阳军", "official", "丹东市", [
        ("dj10", "丹东市政府", "副市长", "4月10日，副市长欧阳军到宽甸满族自治县", "the paper's city; named in the headline too")], []),
    "dj:金美玉": ("金美玉", "official", "丹东市", [
        ("dj10", "丹东市文化旅游和广播电视局", "局长", "市文化旅游和广播电视局局长金美玉参加调研", None)], []),
    "dj:关立新": ("关立新", "official", KD, [
        ("dj10", f"{KD}委", "书记", "宽甸满族自治县委书记关立新", None)], []),
    "dj:吴凤霞": ("吴凤霞", "official", KD, [
        ("dj10", f"{KD}委", "副书记", "县委副书记、县长吴凤霞陪同调研", "bare 县委 right after 宽甸满族自治县委书记"),
        ("dj10", f"{KD}政府", "县长", "县委副书记、县长吴凤霞陪同调研", None)], []),
    "dj:庞海峰#1": ("庞海峰", "official", KD, [
        ("dj10", f"{KD}长甸镇党委", "书记", "长甸镇党委书记庞海峰介绍了", "辽宁 宽甸, 2024; not the 庞海峰 of 根河 (dj06)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dj01", "禹香兰", "记者", "reporter", "本报讯（记者 禹香兰）"),
    ("dj01", "崔贞花", "责任编辑", "editor", "责任编辑：崔贞花"),
    ("dj02", "李春花", "责任编辑", "editor", "责任编辑：李春花"),
    ("dj02", "朴正浩", "审核", "editor", "审核：朴正浩"),
    ("dj03", "秦丽华", "记者", "reporter", "（龙井市融媒体中心记者 秦丽华）"),
    ("dj03", "艾丽丽", "责任编辑", "editor", "责任编辑：艾丽丽"),
    ("dj04", "邢志远", "记者", "reporter", "本报讯（记者 邢志远）"),
    ("dj04", "葛玉梅", "记者", "reporter", "本报讯（记者 葛玉梅 通讯员 阎秋实）"),
    ("dj04", "阎秋实", "通讯员", "correspondent", "本报讯（记者 葛玉梅 通讯员 阎秋实）"),
    ("dj04", "裴晓红", "责任编辑", "editor", "责任编辑：裴晓红"),
    ("dj05", "马晓丹", "编辑", "editor", "编辑 | 马晓丹"),
    ("dj05", "单立平", "审核", "editor", "审核 | 单立平"),
    ("dj06", "何秀兰", "作者", "author", "作者：何秀兰"),
    ("dj06", "房丽娜", "责任编辑", "editor", "责任编辑：房丽娜"),
    ("dj07", "隋海军", "记者", "reporter", "本网讯（记者 隋海军 通讯员 倪宏达）"),
    ("dj07", "倪宏达", "通讯员", "correspondent", "本网讯（记者 隋海军 通讯员 倪宏达）"),
    ("dj07", "蔡丽君", "责任编辑", "editor", "责任编辑：蔡丽君"),
    ("dj08", "车美兰", "责任编辑", "editor", "责任编辑：车美兰"),
    ("dj09", "姚立群", "责任编辑", "editor", "责任编辑：姚立群"),
    ("dj10", "郝立春", "记者", "reporter", "本报讯（记者 郝立春）"),
    ("dj10", "崔英子", "责任编辑", "editor", "责任编辑：崔英子"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("dj01", "汪清县生态保护、特色产业发展和重点项目建设调研", "inspection (调研)", "6月16日", None, "玄承范", [],
     ["邵春林", "全美善", "孟庆江", "朴成日"], ["朴成日", "姜永福", "全美善", "玄承范", "邵春林", "孟庆江"], "汪清县",
     "州委副书记、州长玄承范深入汪清县，调研生态保护、特色产业发展和重点项目建设工作",
     ["州长玄承范深入汪清县", "副州长邵春林，州农业农村局局长全美善参加调研", "县长朴成日陪同调研", "朴成日介绍了",
      "镇党委书记姜永福汇报了", "全美善就黑木耳地理标志品牌保护", "玄承范指出", "邵春林就做好防汛和安全生产工作作了安排", "孟庆江表示"]),
    ("dj02", "全县春季森林草原防灭火工作会议", "meeting (工作会议)", "3月21日", "朴成日", None, [],
     ["孟庆江", "韩志鹏", "黄丽娜", "池春光"], ["文国栋", "马德才", "郑远山", "孟庆江", "朴成日", "韩志鹏"], None,
     "3月21日，全县春季森林草原防灭火工作会议召开",
     ["县委书记孟庆江出席会议并讲话", "县长朴成日主持会议", "县委常委、常务副县长韩志鹏", "副县长黄丽娜、池春光出席会议",
      "文国栋通报了", "马德才就春季林区火源管控", "董事长郑远山代表驻县森工企业作表态发言", "孟庆江强调", "朴成日要求",
      "韩志鹏就清明节期间祭祀用火管理"]),
    ("dj03", "边境口岸建设和兴边富民工作调研", "inspection (调研)", "8月20日", None, "朴成日", [],
     ["奇东浩", "黄振岩", "金光洙", "许英男"], ["许英男", "金光洙", "奇东浩", "朴成日", "黄振岩"], "龙井市",
     "8月20日，副州长朴成日到我市调研边境口岸建设和兴边富民工作",
     ["8月20日，副州长朴成日到我市调研", "州商务局局长奇东浩参加调研", "市委书记黄振岩", "副市长许英男陪同调研",
      "许英男介绍了", "金光洙汇报了", "奇东浩就用好边民互市贸易政策", "朴成日强调", "黄振岩表示"]),
    ("dj04", "讷河市秋收准备和马铃薯产业发展调研", "inspection (调研)", "9月15日", None, "冯立恒", [],
     ["鲁春雨", "谭宏伟", "戴振国"], ["戴振国", "鲁春雨", "冯立恒", "谭宏伟"], "讷河市",
     "市委常委、副市长冯立恒到讷河市，调研秋收准备和马铃薯产业发展工作",
     ["副市长冯立恒到讷河市", "市农业农村局局长鲁春雨参加调研", "讷河市委书记谭宏伟", "市长戴振国陪同调研",
      "戴振国介绍了", "鲁春雨介绍了", "冯立恒强调", "谭宏伟表示"]),
    ("dj04", "依安县秋季防火暨秸秆禁烧工作会议", "meeting (工作会议)", "9月14日", "宫玉霞", None, ["依安县"],
     [], ["宫玉霞", "任立国"], None,
     "9月14日，依安县召开秋季防火暨秸秆禁烧工作会议",
     ["县长宫玉霞主持会议并讲话", "副县长任立国通报了", "宫玉霞要求"]),
    ("dj05", "秋收生产、秸秆综合利用和秋季防火工作调研", "inspection (调研)", "10月11日", None, "戴振国", [],
     ["石金龙", "谷玉林"], ["邱丽萍", "鞠春生", "谷玉林", "戴振国", "石金龙"], "宝泉镇、乾丰镇",
     "10月11日，县委书记戴振国深入宝泉镇、乾丰镇，调研秋收生产、秸秆综合利用和秋季防火工作",
     ["县委书记戴振国深入宝泉镇、乾丰镇", "县农业农村局局长谷玉林陪同调研", "县委常委、副县长石金龙", "邱丽萍汇报了",
      "鞠春生介绍了", "谷玉林介绍了", "戴振国强调", "石金龙就做好秋收期间农机道路交通安全工作作了安排"]),
    ("dj06", "春季森林草原防灭火工作检查", "inspection (检查)", "4月19日", None, "乌恩奇", [],
     ["邓海涛", "岳长林"], ["庞海峰", "白雪松", "岳长林", "乌恩奇", "邓海涛"], "金河镇、阿龙山镇、敖鲁古雅鄂温克族乡",
     "市委书记乌恩奇带队深入金河镇、阿龙山镇和敖鲁古雅鄂温克族乡，检查春季森林草原防灭火工作",
     ["市委书记乌恩奇带队深入金河镇", "副市长邓海涛，内蒙古森工集团根河森工公司党委书记、执行董事岳长林参加检查",
      "镇长庞海峰汇报了", "乡党委书记白雪松介绍了", "岳长林表示", "乌恩奇强调", "邓海涛就防火期间值班值守"]),
    ("dj07", "内蒙古森工集团与根河市林地融合发展联席会议", "meeting (联席会议)", "6月12日", "邓海涛", None, ["森工集团", "根河市"],
     ["陶国栋", "乌恩奇", "周振东", "孙明哲"], ["岳长林", "邓海涛", "周振东", "陶国栋", "乌恩奇", "孙明哲"], "根河市",
     "内蒙古森工集团与根河市林地融合发展联席会议在根河市召开",
     ["总经理陶国栋，根河市委书记乌恩奇出席会议并讲话", "市长邓海涛主持会议", "集团副总经理周振东，呼伦贝尔市政府副秘书长孙明哲出席会议",
      "执行董事岳长林汇报了", "邓海涛介绍了", "周振东就满归至阿龙山", "陶国栋指出", "乌恩奇表示", "孙明哲就做好项目争取"]),
    ("dj08", "十四道沟镇兴边富民和边境村建设调研", "inspection (调研)", "7月14日", None, "崔光范", [],
     ["林春玉", "尹海龙", "延相哲"], ["吕德胜", "延相哲", "崔光范", "林春玉", "尹海龙"], "十四道沟镇",
     "7月14日，县委书记崔光范到十四道沟镇调研兴边富民和边境村建设工作",
     ["县委书记崔光范到十四道沟镇调研", "县委副书记、县长林春玉", "县委常委、副县长尹海龙", "延相哲陪同调研",
      "吕德胜汇报了", "延相哲介绍了", "崔光范指出", "林春玉表示", "尹海龙就护边员队伍管理"]),
    ("dj09", "友谊农场垦地共建和春耕生产调研", "inspection (调研)", "5月19日", None, "盛志远", [],
     ["滕晓坤", "沈立娟", "侯建华", "毕成林"], ["毕成林", "战红宇", "侯建华", "盛志远", "滕晓坤", "沈立娟"], "友谊农场",
     "5月19日，县委书记盛志远到北大荒集团友谊农场有限公司调研垦地共建和春耕生产工作",
     ["县委书记盛志远到北大荒集团友谊农场有限公司调研", "县委常委、副县长滕晓坤", "县农业农村局局长沈立娟参加调研",
      "总经理侯建华", "董事长毕成林陪同调研", "毕成林介绍了", "战红宇汇报了", "侯建华就扩大垦地共建面积", "盛志远强调",
      "滕晓坤就做好春播期间农资保供", "沈立娟介绍了"]),
    ("dj10", "宽甸满族自治县边境旅游和板栗产业发展调研", "inspection (调研)", "4月10日", None, "欧阳军", [],
     ["金美玉", "关立新", "吴凤霞"], ["庞海峰", "吴凤霞", "金美玉", "欧阳军", "关立新"], "宽甸满族自治县",
     "4月10日，副市长欧阳军到宽甸满族自治县调研边境旅游和板栗产业发展工作",
     ["副市长欧阳军到宽甸满族自治县调研", "局长金美玉参加调研", "宽甸满族自治县委书记关立新", "县长吴凤霞陪同调研",
      "庞海峰介绍了", "吴凤霞汇报了", "金美玉就把河口、青山沟等景区", "欧阳军强调", "关立新表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dj01", "汪清县黑木耳产业园二期", "industrial_park", "先后来到汪清县黑木耳产业园二期"),
    ("dj01", "天桥岭镇林下经济示范基地", "project", "天桥岭镇林下经济示范基地"),
    ("dj01", "嘎呀河汪清段生态治理工程", "greening_project", "嘎呀河汪清段生态治理工程现场"),
    ("dj03", "三合口岸货运通道改造工程", "infrastructure_project", "先后来到三合口岸货运通道改造工程现场"),
    ("dj03", "三合镇兴边富民示范村", "project", "三合镇兴边富民示范村"),
    ("dj03", "开山屯镇边境旅游小镇项目", "project", "开山屯镇边境旅游小镇项目"),
    ("dj04", "讷河市马铃薯全产业链产业园", "industrial_park", "先后来到讷河市马铃薯全产业链产业园"),
    ("dj04", "拉哈镇高标准农田建设项目", "project", "拉哈镇高标准农田建设项目区"),
    ("dj05", "宝泉镇秸秆打包离田示范基地", "project", "在宝泉镇秸秆打包离田示范基地"),
    ("dj05", "乾丰镇万亩大豆高产示范区", "project", "在乾丰镇万亩大豆高产示范区"),
    ("dj05", "克东县秸秆综合利用产业园", "industrial_park", "加快克东县秸秆综合利用产业园建设"),
    ("dj06", "金河镇林缘防火隔离带建设工程", "engineering_work", "察看了金河镇林缘防火隔离带建设工程"),
    ("dj06", "阿龙山森林消防物资储备库建设项目", "infrastructure_project", "走进阿龙山森林消防物资储备库建设项目现场"),
    ("dj06", "敖鲁古雅使鹿部落景区提升改造项目", "project", "敖鲁古雅使鹿部落景区提升改造项目推进情况"),
    ("dj07", "满归至阿龙山林区防火应急道路改造工程", "infrastructure_project", "共同推进满归至阿龙山林区防火应急道路改造工程"),
    ("dj07", "根河源国家湿地公园生态保护修复工程", "greening_project", "根河源国家湿地公园生态保护修复工程"),
    ("dj08", "十四道沟镇边境村屯道路提升工程", "infrastructure_project", "先后来到十四道沟镇边境村屯道路提升工程"),
    ("dj08", "望天鹅新村朝鲜族民俗村改造项目", "housing_project", "望天鹅新村朝鲜族民俗村改造项目"),
    ("dj09", "友谊县垦地共建大豆高产示范区", "project", "先后来到友谊县垦地共建大豆高产示范区"),
    ("dj09", "友谊农场智慧农业管控中心", "project", "友谊农场智慧农业管控中心"),
    ("dj09", "友谊县大豆精深加工产业园", "industrial_park", "友谊县大豆精深加工产业园"),
    ("dj10", "河口景区提档升级项目", "project", "察看了河口景区提档升级项目"),
    ("dj10", "鸭绿江沿江观光步道", "infrastructure_project", "鸭绿江沿江观光步道建设情况"),
    ("dj10", "宽甸板栗精深加工产业园", "industrial_park", "在宽甸板栗精深加工产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dj01", "汪清县", "county", "standalone", "州长玄承范深入汪清县"),
    ("dj01", "天桥岭镇", "town", "standalone", "在天桥岭镇，镇党委书记姜永福"),
    ("dj01", "嘎呀河", "river", "in_project_name", "嘎呀河汪清段生态治理工程现场"),
    ("dj01", "东北虎豹国家公园", "national_park", "standalone", "在东北虎豹国家公园汪清片区"),
    ("dj01", "汪清", "county", "standalone", "汪清地处长白山东麓"),
    ("dj01", "长白山", "mountain", "standalone", "汪清地处长白山东麓"),
    ("dj02", "东北虎豹国家公园", "national_park", "standalone", "东北虎豹国家公园汪清片区巡护"),
    ("dj02", "罗子沟镇", "town", "standalone", "罗子沟镇、天桥岭镇等重点林区乡镇"),
    ("dj02", "天桥岭镇", "town", "standalone", "罗子沟镇、天桥岭镇等重点林区乡镇"),
    ("dj03", "三合口岸", "port", "standalone", "在三合口岸，许英男介绍了"),
    ("dj03", "三合镇", "town", "standalone", "在三合镇，金光洙汇报了"),
    ("dj03", "开山屯镇", "town", "in_project_name", "开山屯镇边境旅游小镇项目"),
    ("dj03", "龙井", "county_level_city", "standalone", "龙井沿图们江分布着多个边境乡镇"),
    ("dj03", "图们江", "river", "standalone", "龙井沿图们江分布着多个边境乡镇"),
    ("dj03", "龙井市", "county_level_city", "standalone", "龙井市将以此次调研为契机"),
    ("dj04", "讷河市", "county_level_city", "standalone", "副市长冯立恒到讷河市"),
    ("dj04", "拉哈镇", "town", "in_project_name", "拉哈镇高标准农田建设项目区"),
    ("dj04", "老莱镇", "town", "standalone", "老莱镇现代农机合作社"),
    ("dj04", "依安县", "county", "standalone", "9月14日，依安县召开"),
    ("dj04", "乌裕尔河", "river", "standalone", "乌裕尔河沿岸和铁路、公路两侧"),
    ("dj05", "宝泉镇", "town", "standalone", "县委书记戴振国深入宝泉镇、乾丰镇"),
    ("dj05", "乾丰镇", "town", "standalone", "县委书记戴振国深入宝泉镇、乾丰镇"),
    ("dj05", "克东县", "county", "in_project_name", "加快克东县秸秆综合利用产业园建设"),
    ("dj06", "金河镇", "town", "standalone", "带队深入金河镇、阿龙山镇和敖鲁古雅鄂温克族乡"),
    ("dj06", "阿龙山镇", "town", "standalone", "带队深入金河镇、阿龙山镇和敖鲁古雅鄂温克族乡"),
    ("dj06", "敖鲁古雅鄂温克族乡", "ethnic_township", "standalone", "带队深入金河镇、阿龙山镇和敖鲁古雅鄂温克族乡"),
    ("dj06", "敖鲁古雅使鹿部落景区", "scenic_area", "in_project_name", "敖鲁古雅使鹿部落景区提升改造项目推进情况"),
    ("dj06", "根河", "county_level_city", "standalone", "根河林区是大兴安岭重点林区"),
    ("dj06", "大兴安岭", "region", "standalone", "根河林区是大兴安岭重点林区"),
    ("dj07", "根河市", "county_level_city", "standalone", "联席会议在根河市召开"),
    ("dj07", "呼伦贝尔市", "prefecture_city", "in_title", "呼伦贝尔市政府副秘书长孙明哲出席会议"),
    ("dj07", "满归", "town", "in_project_name", "共同推进满归至阿龙山林区防火应急道路改造工程"),
    ("dj07", "阿龙山", "town", "in_project_name", "共同推进满归至阿龙山林区防火应急道路改造工程"),
    ("dj07", "根河源国家湿地公园", "wetland_park", "in_project_name", "根河源国家湿地公园生态保护修复工程"),
    ("dj07", "北疆", "region", "standalone", "守护祖国北疆生态安全屏障"),
    ("dj08", "十四道沟镇", "town", "standalone", "县委书记崔光范到十四道沟镇调研"),
    ("dj08", "鸭绿江", "river", "standalone", "沿鸭绿江边境公路"),
    ("dj08", "望天鹅新村", "village", "in_project_name", "望天鹅新村朝鲜族民俗村改造项目"),
    ("dj08", "长白", "county", "standalone", "是长白兴边富民的主阵地"),
    ("dj08", "长白山", "mountain", "standalone", "要依托长白山和鸭绿江资源"),
    ("dj09", "友谊农场", "state_farm", "standalone", "盛志远到友谊农场调研垦地共建和春耕生产工作"),
    ("dj09", "友谊县", "county", "in_project_name", "友谊县垦地共建大豆高产示范区"),
    ("dj09", "友谊镇", "town", "in_title", "友谊镇党委书记战红宇汇报了"),
    ("dj09", "北大荒", "region", "standalone", "要学习借鉴北大荒现代化大农业的经验"),
    ("dj10", "宽甸满族自治县", "county", "standalone", "副市长欧阳军到宽甸满族自治县调研"),
    ("dj10", "长甸镇", "town", "standalone", "在长甸镇河口村"),
    ("dj10", "河口村", "village", "standalone", "在长甸镇河口村"),
    ("dj10", "鸭绿江", "river", "in_project_name", "鸭绿江沿江观光步道建设情况"),
    ("dj10", "河口", "scenic_area", "standalone", "把河口、青山沟等景区串联成边境旅游精品线路"),
    ("dj10", "青山沟", "scenic_area", "standalone", "把河口、青山沟等景区串联成边境旅游精品线路"),
    ("dj10", "宽甸", "county", "standalone", "宽甸是全市面积最大的边境县"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dj", conventions="set dj (blind set: the north-east and 内蒙古's east: 吉林 延边朝鲜族自治州 (汪清县, 龙井市) and 长白朝鲜族自治县, 黑龙江 齐齐哈尔 (讷河市, 依安县, 克东县) and 友谊县 with a 北大荒 farm company, 内蒙古 根河市 with the 内蒙古森工集团, 辽宁 宽甸满族自治县; autonomous units take their full names (延边朝鲜族自治州委 / 政府, 长白朝鲜族自治县委, 宽甸满族自治县委); 森工 and 农垦 companies' officers (党委书记 included) hold no post; a county's own 林业局 is a department; towns and an ethnic township take the county label; one line per post per article)",
          persons_note="Set dj persons. id = corpus-wide person_id (dj:庞海峰#1 of 宽甸满族自治县长甸镇 (辽宁) and dj:庞海峰#2 of 根河市金河镇 (内蒙古) are two people; dj:朴成日 汪清县长 2022-2023 → 延边州副州长 2024; dj:戴振国 讷河市长 2021 → 克东县委书记 2023; dj:邓海涛 根河市委常委、副市长 2022 → 市委副书记、市长 2024; company_executive persons (森工, 北大荒) hold no post)")


if __name__ == "__main__":
    main()
