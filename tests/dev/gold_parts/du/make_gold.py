"""Write gold part ``du`` (a blind set: county congresses and plenums — 党代会 开幕 / 预备会议 / 闭幕 with the lists of
those elected, the first 县委全会 after it, 人代会 sessions electing the 县长 and the 人大常委会主任, 政协 sessions electing
the 主席 — in 河北, 江苏, 安徽, 湖北, 广西 and 陕西) from the tables below.

Pages ``tests/dev/texts/du*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``; none copied): the 新昌 党代会 预备会议 page (``会议以
举手表决的方式，通过了…议程…通过由31人组成的大会主席团名单；通过…为大会秘书长；通过大会代表资格审查委员会名单``); the 平江
县政府 site's 党代会 开幕 page (``县委书记…代表…委员会向大会作报告…县委副书记、县长…主持会议``, ``县纪委书记…以书面形式向大会
作纪委工作报告``); the 凤翔 (宝鸡 党建网) 党代会 闭幕 page (``大会主席团常务委员会委员在主席台前排就座``, ``大会首先宣布第十六届
县委委员、候补委员和县纪委委员…当选名单``, 决议 on the two reports); the 羊城晚报 edition of the 东莞 党代会 闭幕 (``来源:…
版次:DA13 栏目:… 作者:…``, ``选举出由73名委员、13名候补委员组成的…委员会``, ``出席大会并在主席台前排就座的有大会主席团常务委员会
委员…``); the 汝城 党代会 闭幕 page (``市委常委、组织部长…到会指导``, ``选举产生了新一届县委、县纪委领导班子``); the 蓝田 page of
a 党代会 筹备 check; the 睢县 and 竹溪 人代会 主席团会议 pages (``大会主席团常务主席…主持会议``, ``县委常委、组织部长…宣读了…
候选人名单``); the 凤县 (宝鸡) 人代会 闭幕 page (``大会主席团执行主席…在主席台前排就坐``, ``市委换届指导组组长、市委组织部部务
委员…出席指导``, ``…当选为凤县监察委员会主任；…当选为凤县人民法院院长；…当选为县人民检察院检察长，将报经…批准``); the 桃源
人代会 闭幕 (宪法宣誓 in two groups, ``新当选的县人民政府县长…发表…表态发言``); the 宁津 and 霍山 人代会 pages (``依法选举…为…
人民政府县长``, ``新当选人员…进行宪法宣誓``); the 新化 人代会 补选 page (``新化新闻网讯（记者…）``); the 金湖 政协 闭幕 page
(``新当选的县政协主席…讲话``, ``(责任编辑 …)``); the 汶上 政协 闭幕 page (``县委书记…县长…县政协主席…在主席台前排就座。闭幕式
由县政协副主席…主持``); the 桃源 政协 开幕 page (``发布时间… 访问次数… 信息来源``); the 湖北省政协 and 福建省政协 选举 pages
(``…当选…主席，…当选副主席；…当选秘书长``); the 肥西 政协 常委会议 page. Places are real and new to the corpus: 河北 保定
蠡县 (three pages: the county site, the 保定日报, the 县人大 site), 江苏 徐州 睢宁县 and 沛县 (the 徐州日报), 安徽 六安 舒城县
(the county site), 湖北 宜昌 秭归县 (the county site) and 兴山县 (the 三峡宜昌网 portal), 广西 玉林 博白县 (the 玉林日报), 陕西
宝鸡 眉县 (the county site) and 扶风县 (the 县政协 site).

Shapes: a county site's 党代会 开幕 with the 主席团常务委员会 list in the 主席台, the 县长 chairing, the 书记's report, the
纪委书记's 说明 and the 主席团第一次会议 before it (a 大会秘书长) (du01); a city paper's 第05版 with two articles: the
党代会 闭幕 (numbers elected, no names) and the 县委 一次全会 electing 常委 / 书记 / 副书记 in ``选举…为…`` sentences, the 纪委
results approved (du02); a city paper page with a 人代会 闭幕 of one county (``…当选为…``) and a 政协 闭幕 of another (``选举
…为…主席，…为副主席，…为秘书长``) (du03); a county site's 政协 一次会议 闭幕 (du04); a county site's 党代会 闭幕 with the
afternoon's 全会 in one paragraph and a ``附：`` of two 名单 (县委候补委员 按得票多少为序, 县纪委委员 按姓氏笔画为序) (du05); a
portal page of a 人代会 全体会议 补选: the 县委副书记、代县长 elected 县长 (du06); a city paper page with two articles: the
党代会 预备会议 (大会秘书长) and its 开幕 (市委换届指导组组长 到会指导) (du07); a county site's 全会 with the 名单 appendix of
the 县委 (书记 / 副书记 / 常委) and the 县纪委 (书记 / 副书记 / 常委) (du08); a 县政协 site's 闭幕 with a 补选 主席 and 副主席
(du09); a 县人大 site's 人代会 闭幕 electing the 人大常委会主任 / 副主任, 县长 / 副县长, 监委主任, 院长, 检察长 (du10).

Identity cases:
- du:阚晓东, 蠡县: 县委常委、组织部部长 and 大会秘书长 at the 党代会 开幕 (du01, 2021-09-26) → elected 县委副书记 at the 全会
  (du02, 2021-09-28) → elected 县长 at the 人代会 (du10, 2021-12-20).
- du:籍红梅, 蠡县: 县委副书记 chairing the 主席团 meeting (du01, 2021-09) → not in the new 常委 (du02) → elected 县人大常委会
  主任 (du10, 2021-12), when du:谷雨生, 主任 in 2021-09 (du02), is no longer named.
- du:黎明哲 moves between counties of 宜昌: elected 秭归县委常委 (du05, 2021-09) → 兴山县委副书记、代县长 elected 兴山县 县长
  (du06, 2023-01).
- du:权文斌 moves between counties of 宝鸡: 眉县委副书记 and 常委 in the 名单 (du08, 2021-09) → elected by 补选 扶风县政协
  主席 (du09, 2024-01).
- du:尉晓彤: elected 蠡县委常委 (du02, 2021-09) → elected 副县长 (du10, 2021-12); du:缑立山: 县纪委书记、县监委主任 (du01,
  du02) → elected 县监委主任 by the 人代会 (du10); du:郄振华 蠡县委书记 on all three 蠡县 pages.
- two different 吴德钧 in unrelated places: du:吴德钧#1 is elected 舒城县政协 副主席 (安徽, du04, 2022-01); du:吴德钧#2 is
  博白县委常委、组织部部长 and the 党代会's 大会秘书长 (广西, du07, 2021-09).
- one organ name in several places: bare ``市委组织部副部长`` is 保定's (du02), 玉林's (du07) and 宝鸡's (du08);
  ``市委换届指导组组长`` is 保定's (du01) and 玉林's (du07); bare ``县纪委`` / ``县纪委书记`` / ``纪委委员`` are 蠡县's (du01,
  du02), 秭归's (du05), 博白's (du07), 眉县's (du08); bare ``县政协主席`` / ``县政协副主席`` are 蠡县's (du02), 沛县's (du03),
  扶风's (du09); bare ``县人大常委会主任`` 蠡县's, 睢宁's, 舒城's, 兴山's, 眉县's, 扶风's; ``市人大常委会`` is 保定's (du10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, ar, ck, u and x where they speak; decided here where they are silent):
- Elections are holdings from the session's date (ab, ck, u): ``选举郄振华为县委书记`` → 蠡县委 书记; ``…为县委常委`` gives
  every name 县委 常委, the 书记 and 副书记 included (ck); the 纪委 一次全会 results approved by the 全委会 are holdings of the
  全会 article (ck); ``当选为县人大常委会主任`` / ``…为蠡县第十八届人民代表大会常务委员会主任`` → X县人大常委会 主任 (届
  dropped); ``当选为县长`` → X县政府 县长; ``县监察委员会主任`` → X县监委 主任; court and procuratorate as written after the place
  (X县人民法院 院长, X县人民检察院 检察长, although ``须报…批准``); ``选举褚怀山为政协沛县第十一届委员会主席`` → 沛县政协 主席;
  the 政协's 秘书长 is a post of the 政协 (ab); a list after one title gives every name that title. ``县委副书记、代县长黎明哲当选
  为兴山县人民政府县长`` gives 县委 副书记, 政府 代县长 and 政府 县长 (ab, ck). Numbers elected without names (``由33名委员、5名
  候补委员组成``, ``县政协常务委员29名``) give nothing; headline repeats and ``新当选的…`` give no second line.
- DECIDED HERE (名单 of a 党代会): ``中国共产党秭归县第十五届委员会候补委员名单 … 屈晓峰　龚雨桥…`` gives each name 秭归县委
  候补委员 (a membership of the 县委 elected by the congress, as bs and ak take 地委委员 / 盟委委员 for posts); ``中国共产党秭归县
  纪律检查委员会委员名单 …`` gives each name 秭归县纪委 委员 (the 纪委书记 and 副书记 in that list keep their 书记 / 副书记 line
  too: two posts). The 全会 名单 appendix (du08) reads as ck05: ``书记：雷振岳`` → 眉县委 书记, ``副书记：…``, ``常委：（按姓氏
  笔画为序）…`` → 眉县委 常委 for each name; DECIDED HERE: under the 纪委 heading ``常委：…`` gives 眉县纪委 常委 (the 纪委's
  常务委员会委员, title as the heading writes it), beside ``书记：惠立军`` → 眉县纪委 书记 and ``副书记：…`` → 眉县纪委 副书记.
- DECIDED HERE: 党代会 session roles are no posts, like the 人代会's 主席团常务主席 / 执行主席 (ab, ar, ck): 大会主席团常务委员会
  委员, 大会秘书长 (``通过了县委常委、组织部部长阚晓东为大会秘书长`` gives 蠡县委 常委 + 蠡县委组织部 部长 only), the 全会 chair
  ``由大会主席团常务委员会指定的``; 党代表 and 政协常务委员 are no posts. The 主席团常务委员会委员 named in the 主席台 without titles
  (du01: 谷雨生, 韩静波, 苑国栋; du07: 刘美霞, 韦家宁) are in persons.json with no post on that page.
- DECIDED HERE: ``市委换届指导组组长、保定市委组织部副部长冀鸿涛`` → 保定市委换届指导组 组长 (a temporary group's role is a post of
  the group, CONVENTIONS) + 保定市委组织部 副部长; the same in the 玉林日报 → 玉林市委换届指导组 组长 + 玉林市委组织部 副部长.
- 县委常委、县纪委书记、县监委主任 → three lines (X县委 常委, X县纪委 书记, X县监委 主任); 县委常委、组织部部长 → X县委 常委 +
  X县委组织部 部长.
- Bare organs take the page's place: 县委 / 县 on a county's site, its 县人大 site, its 县政协 site = that county; in a city
  paper the bare 县 organs of an article about a named county are that county's (du02 蠡县; du03 睢宁 in article 1, 沛县 in
  article 2; du07 博白), and bare 市 organs are the paper's city (保定, 玉林); on a county site bare 市 organs are its parent
  city's (``市委组织部副部长乔振宁`` on the 眉县 site → 宝鸡市委组织部; ``市人大常委会副主任柴永江`` on the 蠡县人大 site → 保定市
  人大常委会; ``市委换届指导组`` on the 蠡县 site → 保定市委换届指导组).
- One line per post per article: 向春雷's 县委副书记 written before his name and elected in the 全会 paragraph (du05) is one
  line; 郄振华's 书记 in du02 comes from the election, not from ``新当选的县委书记``.
- Events: the 党代会 开幕大会 and 闭幕大会 are ``session (党代会)`` (u05); the 预备会议 is ``meeting (党代会预备会议)`` and the
  主席团第一次会议 ``meeting (大会主席团会议)`` (ar03); the 全会 is ``meeting (县委全会)`` (ck; chair the one ``指定…主持``; 列席 /
  到会指导 attendees; 讲话 / 表态发言 speakers); DECIDED HERE: a 全会 reported only by its results in a 闭幕 page (du05 ``当天下午…
  召开第一次全体会议，选举…``) is an event of its own with no named participant; the 纪委 一次全会 is not an event (ck). The 人代会
  闭幕大会 / 全体会议 are ``session (人民代表大会)``, the 政协 闭幕大会 ``session (政协会议)`` (ck). The 主席团常务委员会委员 named
  as seated in the 主席台 are attendees; the chair is not repeated; those who 作报告 / 作说明 / 讲话 / 表态发言 / 要求 are speakers;
  the 宣誓 chair named is an attendee (ck04); the newly elected are attendees only where named as present (ab): du06's two sworn
  officials are named, du10's are only listed by title (no attendees beyond the oath's chair). Future sessions (``选举博白县出席
  中国共产党玉林市第六次代表大会代表``) and sessions merely referred to (``县第十五次党代会精神``) are no events.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``兴山讯（通讯员 …）`` and ``（记者 … 通讯员 …）`` are reporter / correspondent lines;
  ``作者：…`` an author line; 责任编辑 / 编辑 / 本版编辑 / 本版责编 / 美编 / 校对 / 审核 are editor lines (bs, ck).
- Projects: works named as under way, completed or to be pushed: …产业园 / …产业园一期 / 二期 industrial_park; 生态治理 / 生态修复
  / 湿地保护修复 works greening_project; 综合整治 / 综合治理 works engineering_work; 码头 works infrastructure_project; a 市场提升
  改造项目, a 景区提升改造项目, a 医院迁建项目 project.
- Places: one line per name per file, as written (ck); county names inside org references (``中国共产党蠡县第十四次代表大会``,
  ``政协沛县第十一届委员会``) count, short names standalone (``推动睢宁…``, ``幸福舒城``) count; rivers, lakes, towns, a port and
  a development zone inside project names count. Mastheads, site lines, 来源 lines, footers (addresses), 上一篇 / 下一篇 / 相关
  links and unnamed venues (县文化艺术中心, 县会议中心, 县体育馆) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "du01_lixian.txt": (2021, "发布时间：2021-09-26 17:48", "蠡县", [
        ("中国共产党蠡县第十四次代表大会隆重开幕", "9月26日上午", "2021-09-26", "9月26日上午，中国共产党蠡县",
         "county site: 党代会 开幕 (主席团常务委员会 in the 主席台, 县长 chairs, 书记's report, 纪委书记's 说明; 主席团第一次会议 with a 大会秘书长; 市委换届指导组组长 到会指导)")]),
    "du02_baoding.txt": (2021, "2021年9月29日　星期三", "蠡县", [
        ("中国共产党蠡县第十四次代表大会胜利闭幕", "9月28日上午", "2021-09-28", "本报讯（记者 郭思彤 通讯员 甄小雨）9月28日上午",
         "city paper 第05版, article 1: 党代会 闭幕 (numbers elected, no names); 市委组织部副部长 到会指导"),
        ("中共蠡县第十四届委员会举行第一次全体会议", "9月28日下午", "2021-09-28", "本报讯（记者 郭思彤）9月28日下午",
         "article 2: 县委 一次全会 electing 常委 / 书记 / 副书记; 纪委 results; 人大主任 and 政协主席 列席")]),
    "du03_xuzhou.txt": (2021, "2021年12月29日　星期三", "徐州市", [
        ("睢宁县第十八届人民代表大会第一次会议闭幕", "12月28日上午", "2021-12-28", "本报讯（记者 岳子涵 通讯员 郇梦瑶）12月28日上午",
         "city paper 第06版, article 1: 睢宁县 人代会 闭幕 (…当选为… : 人大常委会主任 / 副主任, 县长 / 副县长, 监委主任, 院长, 检察长)"),
        ("政协沛县第十一届委员会第一次会议闭幕", "12月28日下午", "2021-12-28", "本报讯（记者 聂文博）12月28日下午",
         "article 2: 沛县 政协 闭幕 (选举…为主席, 副主席, 秘书长); 县委书记 and 县长 出席")]),
    "du04_shucheng.txt": (2022, "发布时间：2022-01-11 16:25", "舒城县", [
        ("政协舒城县第十一届委员会第一次会议胜利闭幕", "1月10日下午", "2022-01-10", "1月10日下午，政协舒城县",
         "county site: 政协 一次会议 闭幕 (主席, four 副主席 incl. 吴德钧#1, 秘书长); 主席团常务主席 chairs")]),
    "du05_zigui.txt": (2021, "发布时间：2021-09-18 10:12", "秭归县", [
        ("中国共产党秭归县第十五次代表大会胜利闭幕", "9月17日上午", "2021-09-17", "9月17日上午，中国共产党秭归县",
         "county site: 党代会 闭幕; the afternoon 全会 (常委, 书记, 副书记; 纪委 results); 附 名单 of 县委候补委员 and 县纪委委员")]),
    "du06_xingshan.txt": (2023, "2023-01-10 09:32:15", "兴山县", [
        ("兴山县十九届人大三次会议举行第三次全体会议 黎明哲当选兴山县人民政府县长", "1月9日下午", "2023-01-09", "兴山讯（通讯员 万晓琳）1月9日下午",
         "portal page: 人代会 第三次全体会议 补选: the 县委副书记、代县长 (from 秭归) elected 县长, a 副县长; 宪法宣誓")]),
    "du07_yulin.txt": (2021, "2021年9月28日　星期二", "博白县", [
        ("中国共产党博白县第十五次代表大会举行预备会议", "9月26日下午", "2021-09-26", "本报讯（记者 陆雪敏 通讯员 庞秋菊）9月26日下午",
         "city paper 第03版, article 1: 党代会 预备会议 (主席团名单, 大会秘书长 = 县委常委、组织部部长 吴德钧#2)"),
        ("博白县第十五次党代会开幕", "9月27日上午", "2021-09-27", "本报讯（记者 陆雪敏）9月27日上午",
         "article 2: 党代会 开幕 (主席团常务委员会 in the 主席台, 县长 chairs, 书记's report, 纪委书记's report; 市委换届指导组组长 到会指导)")]),
    "du08_meixian.txt": (2021, "时间：2021-09-24 08:55:03", "眉县", [
        ("中共眉县第十六届委员会召开第一次全体会议", "9月23日下午", "2021-09-23", "9月23日下午，中国共产党眉县",
         "county site: 县委 一次全会 with the 名单 appendix (县委 书记 / 副书记 / 常委; 县纪委 书记 / 副书记 / 常委)")]),
    "du09_fufeng.txt": (2024, "发布时间：2024-01-12 11:20:31", "扶风县", [
        ("政协扶风县第十届委员会第三次会议胜利闭幕", "1月11日下午", "2024-01-11", "1月11日下午，政协扶风县",
         "县政协 site: 政协 三次会议 闭幕 with 补选 of the 主席 (the former 眉县委副书记) and a 副主席")]),
    "du10_lixian.txt": (2021, "发布日期：2021-12-21", "蠡县", [
        ("蠡县第十八届人民代表大会第一次会议胜利闭幕", "12月20日下午", "2021-12-20", "12月20日下午，蠡县第十八届",
         "县人大 site: 人代会 一次会议 闭幕 (选举…为…: 人大常委会主任 / 副主任, 县长 / 副县长, 监委主任, 院长, 检察长); 市人大常委会副主任 到会指导")]),
}

_LX, _SN, _PX, _SC, _ZG, _XS, _BB, _MX, _FF = "蠡县", "睢宁县", "沛县", "舒城县", "秭归县", "兴山县", "博白县", "眉县", "扶风县"

_DI01 = "县委副书记、县长邸建勋主持开幕大会"
_GOU01 = "县委常委、县纪委书记、县监委主任缑立山就纪委工作报告作了说明"
_KAN01 = "县委常委、组织部部长阚晓东为大会秘书长"
_JI01 = "市委换届指导组组长、保定市委组织部副部长冀鸿涛到会指导"
_C02 = "选举郄振华、邸建勋、阚晓东、缑立山、苑国栋、尉晓彤、刁立军、牛淑媛、路景川为县委常委"
_D02 = "邸建勋、阚晓东为县委副书记"
_J02 = "冉东升、郜丽萍当选为县纪委副书记"
_G02 = "县人大常委会主任谷雨生、县政协主席韩静波列席会议"
_VP03 = "桑立华、晏红英当选为副主任"
_FX03 = "沙建民、薄晓梅、庄启航当选为副县长"
_PX03 = "县委书记殷志坚，县委副书记、县长鹿卫华出席闭幕会"
_ZX03 = "阎秀芝、丁朝阳、单雨辰为副主席"
_L04 = "县委书记闻宏宇，县委副书记、县长柏雪峰，县人大常委会主任鲍光荣"
_ZX04 = "吴德钧、詹秀兰、胡立平、俞海峰为副主席"
_C05 = "选举卢鹤鸣、向春雷、覃玉梅、黎明哲、谭振东、田文昊、杜秋燕、秦立骁、梅子健为县委常委"
_D05 = "向春雷、覃玉梅为县委副书记"
_J05 = "易晓兰、郑建波当选为县纪委副书记"
_H05 = "中国共产党秭归县第十五届委员会候补委员名单\n（5名，按得票多少为序）\n屈晓峰　龚雨桥　望家林　舒婉宁　毛振川"
_W05 = "中国共产党秭归县纪律检查委员会委员名单\n（11名，按姓氏笔画为序）\n王文博　邓雪琴　石岩松　向丽蓉　刘昌平　杜晓川　易晓兰　郑建波　胡德清　谭振东　熊雅婷"
_E06 = "县委副书记、代县长黎明哲当选为兴山县人民政府县长"
_KAN07 = "县委常委、组织部部长吴德钧为大会秘书长"
_ZH07 = "县委常委、县纪委书记、县监委主任钟海澜代表县纪委"
_LSH07 = "市委换届指导组组长、市委组织部副部长梁绍华到会指导"
_C08 = "常委：（按姓氏笔画为序）\n白晓锋　权文斌　侯建伟　寇海峰　惠立军　雷振岳　雒宏新　薛晓蓓"
_D08 = "副书记：寇海峰　权文斌"
_JD08 = "副书记：支永红　樊嘉辉"
_JC08 = "常委：（按姓氏笔画为序）\n卫晓敏　支永红　贺鹏程　惠立军　樊嘉辉"
_G08 = "县人大常委会主任姬永安、县政协主席鱼海波列席会议"
_L09 = "县委书记景志宏，县委副书记、县长宁海涛，县人大常委会主任任晓川应邀出席闭幕大会"
_VP10 = "商振国、卜玉芬、焦建民为副主任"
_FX10 = "尉晓彤、孟繁川、史俊岭、靳雅丽为副县长"

_EL = "elected (候补委员 名单 of the 党代会); DECIDED HERE: 候补委员 is a membership of the 县委"
_EJ = "elected (县纪委委员 名单 of the 党代会); DECIDED HERE: 纪委委员 → X县纪委 委员"


def _one(name: str, scope: str, short: str, org: str, title: str, ev: str, note: str | None = None) -> tuple:
    return (name, "official", scope, [(short, org, title, ev, note)], [])


# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 蠡县 (河北 保定)
    "du:郄振华": ("郄振华", "official", _LX, [
        ("du01", _LX + "委", "书记", "县委书记郄振华代表中共蠡县第十三届委员会", "2021-09-26; 中共蠡县第十三届委员会 → 蠡县委 (届 dropped)"),
        ("du02", _LX + "委", "常委", _C02, "elected 2021-09-28 (全会)"),
        ("du02", _LX + "委", "书记", "选举郄振华为县委书记", "re-elected 2021-09-28; 新当选的县委书记 repeats it"),
        ("du10", _LX + "委", "书记", "大会主席团常务主席、县委书记郄振华主持闭幕大会", "2021-12; 大会主席团常务主席 is a session role")], []),
    "du:邸建勋": ("邸建勋", "official", _LX, [
        ("du01", _LX + "委", "副书记", _DI01, "2021-09-26"),
        ("du01", _LX + "政府", "县长", _DI01, None),
        ("du02", _LX + "委", "常委", _C02, "elected 2021-09-28"),
        ("du02", _LX + "委", "副书记", _D02, "elected 2021-09-28; repeated in 县委副书记、县长邸建勋作表态发言"),
        ("du02", _LX + "政府", "县长", "县委副书记、县长邸建勋作表态发言", None)], []),
    "du:籍红梅": ("籍红梅", "official", _LX, [
        ("du01", _LX + "委", "副书记", "县委副书记籍红梅主持会议", "2021-09-26 (identity case: 县人大常委会主任 from 2021-12, du10)"),
        ("du10", _LX + "人大常委会", "主任", "选举籍红梅为蠡县第十八届人民代表大会常务委员会主任", "elected 2021-12-20; 人民代表大会常务委员会 → 人大常委会, 届 dropped")], []),
    "du:谷雨生": ("谷雨生", "official", _LX, [
        ("du02", _LX + "人大常委会", "主任", _G02, "2021-09 (主席团常务委员会委员 without title in du01)")], ["du01"]),
    "du:韩静波": ("韩静波", "official", _LX, [
        ("du02", _LX + "政协", "主席", _G02, "2021-09 (主席团常务委员会委员 without title in du01)")], ["du01"]),
    "du:缑立山": ("缑立山", "official", _LX, [
        ("du01", _LX + "委", "常委", _GOU01, "2021-09-26"),
        ("du01", _LX + "纪委", "书记", _GOU01, None),
        ("du01", _LX + "监委", "主任", _GOU01, "县监委 as CONVENTIONS"),
        ("du02", _LX + "委", "常委", _C02, "elected 2021-09-28"),
        ("du02", _LX + "纪委", "书记", "缑立山当选为县纪委书记", "纪委 一次全会 result approved by the 全会 (ck)"),
        ("du10", _LX + "监委", "主任", "选举缑立山为蠡县监察委员会主任", "elected 2021-12-20; 监察委员会 → 监委")], []),
    "du:阚晓东": ("阚晓东", "official", _LX, [
        ("du01", _LX + "委", "常委", _KAN01, "2021-09-26; DECIDED HERE: 大会秘书长 is a session role (identity case: 副书记 2021-09-28, 县长 2021-12)"),
        ("du01", _LX + "委组织部", "部长", _KAN01, None),
        ("du02", _LX + "委", "常委", _C02, "elected 2021-09-28"),
        ("du02", _LX + "委", "副书记", _D02, "elected 2021-09-28"),
        ("du10", _LX + "政府", "县长", "选举阚晓东为蠡县人民政府县长", "elected 2021-12-20; 新当选的县长 repeats it")], []),
    "du:苑国栋": ("苑国栋", "official", _LX, [
        ("du02", _LX + "委", "常委", _C02, "elected 2021-09-28 (主席团常务委员会委员 without title in du01)")], ["du01"]),
    "du:尉晓彤": ("尉晓彤", "official", _LX, [
        ("du02", _LX + "委", "常委", _C02, "elected 2021-09-28 (identity case: 副县长 2021-12)"),
        ("du10", _LX + "政府", "副县长", _FX10, "elected 2021-12-20; list after one title")], []),
    "du:刁立军": _one("刁立军", _LX, "du02", _LX + "委", "常委", _C02, "elected 2021-09-28"),
    "du:牛淑媛": _one("牛淑媛", _LX, "du02", _LX + "委", "常委", _C02, "elected 2021-09-28"),
    "du:路景川": _one("路景川", _LX, "du02", _LX + "委", "常委", _C02, "elected 2021-09-28"),
    "du:冉东升": _one("冉东升", _LX, "du02", _LX + "纪委", "副书记", _J02, "纪委 一次全会 result"),
    "du:郜丽萍": _one("郜丽萍", _LX, "du02", _LX + "纪委", "副书记", _J02, "纪委 一次全会 result"),
    "du:冀鸿涛": ("冀鸿涛", "official", "保定市", [
        ("du01", "保定市委换届指导组", "组长", _JI01, "DECIDED HERE: bare 市委换届指导组 on the 蠡县 site = 保定's; a temporary group's role is a post"),
        ("du01", "保定市委组织部", "副部长", _JI01, None),
        ("du02", "保定市委组织部", "副部长", "市委组织部副部长冀鸿涛到会指导", "bare 市委 in the 保定日报 = 保定市")], []),
    "du:柴永江": _one("柴永江", "保定市", "du10", "保定市人大常委会", "副主任", "市人大常委会副主任柴永江到会指导", "bare 市 on the 蠡县人大 site = 保定市 (parent)"),
    "du:商振国": ("商振国", "official", _LX, [
        ("du10", _LX + "人大常委会", "副主任", _VP10, "elected 2021-12-20; chairs the oath (宣誓仪式由县人大常委会副主任商振国主持: no second line)")], []),
    "du:卜玉芬": _one("卜玉芬", _LX, "du10", _LX + "人大常委会", "副主任", _VP10, "elected"),
    "du:焦建民": _one("焦建民", _LX, "du10", _LX + "人大常委会", "副主任", _VP10, "elected"),
    "du:孟繁川": _one("孟繁川", _LX, "du10", _LX + "政府", "副县长", _FX10, "elected"),
    "du:史俊岭": _one("史俊岭", _LX, "du10", _LX + "政府", "副县长", _FX10, "elected"),
    "du:靳雅丽": _one("靳雅丽", _LX, "du10", _LX + "政府", "副县长", _FX10, "elected"),
    "du:伦志强": _one("伦志强", _LX, "du10", _LX + "人民法院", "院长", "选举伦志强为蠡县人民法院院长", "elected; court as written after its place (ab)"),
    "du:计文昊": _one("计文昊", _LX, "du10", _LX + "人民检察院", "检察长", "选举计文昊为蠡县人民检察院检察长", "elected; a holding although 须报…批准 (ab)"),
    # ---- 睢宁县 / 沛县 (江苏 徐州)
    "du:蔺怀远": _one("蔺怀远", _SN, "du03", _SN + "委", "书记", "大会主席团常务主席、县委书记蔺怀远主持闭幕大会", "bare 县委 in the 睢宁 article; 主席团常务主席 a session role"),
    "du:仲秋实": _one("仲秋实", _SN, "du03", _SN + "人大常委会", "主任", "仲秋实当选为县人大常委会主任", "elected 2021-12-28"),
    "du:桑立华": _one("桑立华", _SN, "du03", _SN + "人大常委会", "副主任", _VP03, "elected; 副主任 after the 主任 clause"),
    "du:晏红英": _one("晏红英", _SN, "du03", _SN + "人大常委会", "副主任", _VP03, "elected"),
    "du:季鸿飞": _one("季鸿飞", _SN, "du03", _SN + "政府", "县长", "季鸿飞当选为县长", "elected 2021-12-28; 新当选的县长 repeats it"),
    "du:沙建民": _one("沙建民", _SN, "du03", _SN + "政府", "副县长", _FX03, "elected"),
    "du:薄晓梅": _one("薄晓梅", _SN, "du03", _SN + "政府", "副县长", _FX03, "elected"),
    "du:庄启航": _one("庄启航", _SN, "du03", _SN + "政府", "副县长", _FX03, "elected"),
    "du:卓一鸣": _one("卓一鸣", _SN, "du03", _SN + "监委", "主任", "卓一鸣当选为县监察委员会主任", "elected"),
    "du:巩立新": _one("巩立新", _SN, "du03", _SN + "人民法院", "院长", "巩立新当选为县人民法院院长", "elected"),
    "du:邱雅婷": _one("邱雅婷", _SN, "du03", _SN + "人民检察院", "检察长", "邱雅婷当选为县人民检察院检察长", "elected"),
    "du:殷志坚": _one("殷志坚", _PX, "du03", _PX + "委", "书记", _PX03, "bare 县委 in the 沛县 article"),
    "du:鹿卫华": ("鹿卫华", "official", _PX, [
        ("du03", _PX + "委", "副书记", _PX03, None),
        ("du03", _PX + "政府", "县长", _PX03, None)], []),
    "du:褚怀山": _one("褚怀山", _PX, "du03", _PX + "政协", "主席", "选举褚怀山为政协沛县第十一届委员会主席", "elected 2021-12-28; 政协沛县第十一届委员会 → 沛县政协; 新当选的县政协主席 repeats it"),
    "du:阎秀芝": _one("阎秀芝", _PX, "du03", _PX + "政协", "副主席", _ZX03, "elected"),
    "du:丁朝阳": _one("丁朝阳", _PX, "du03", _PX + "政协", "副主席", _ZX03, "elected"),
    "du:单雨辰": _one("单雨辰", _PX, "du03", _PX + "政协", "副主席", _ZX03, "elected"),
    "du:汲晓光": _one("汲晓光", _PX, "du03", _PX + "政协", "秘书长", "汲晓光为秘书长", "elected; the 政协's 秘书长 is a post (ab)"),
    # ---- 舒城县 (安徽 六安)
    "du:闻宏宇": _one("闻宏宇", _SC, "du04", _SC + "委", "书记", _L04, None),
    "du:柏雪峰": ("柏雪峰", "official", _SC, [
        ("du04", _SC + "委", "副书记", _L04, None),
        ("du04", _SC + "政府", "县长", _L04, None)], []),
    "du:鲍光荣": _one("鲍光荣", _SC, "du04", _SC + "人大常委会", "主任", _L04, None),
    "du:汤景明": _one("汤景明", _SC, "du04", _SC + "政协", "主席", "选举汤景明为政协舒城县第十一届委员会主席", "elected 2022-01-10; 大会主席团常务主席 (chairing) is a session role"),
    "du:吴德钧#1": _one("吴德钧", _SC, "du04", _SC + "政协", "副主席", _ZX04, "elected 2022-01-10; 舒城县 (安徽); not the 吴德钧 of 博白县 (广西, du07)"),
    "du:詹秀兰": _one("詹秀兰", _SC, "du04", _SC + "政协", "副主席", _ZX04, "elected"),
    "du:胡立平": _one("胡立平", _SC, "du04", _SC + "政协", "副主席", _ZX04, "elected"),
    "du:俞海峰": _one("俞海峰", _SC, "du04", _SC + "政协", "副主席", _ZX04, "elected"),
    "du:程亚军": _one("程亚军", _SC, "du04", _SC + "政协", "秘书长", "程亚军为秘书长", "elected"),
    # ---- 秭归县 / 兴山县 (湖北 宜昌)
    "du:向春雷": ("向春雷", "official", _ZG, [
        ("du05", _ZG + "委", "副书记", _D05, "elected 2021-09-17; also written before his name (县委副书记、县长向春雷主持闭幕大会): one line"),
        ("du05", _ZG + "政府", "县长", "县委副书记、县长向春雷主持闭幕大会", None),
        ("du05", _ZG + "委", "常委", _C05, "elected")], []),
    "du:符志刚": _one("符志刚", "宜昌市", "du05", "宜昌市委组织部", "副部长", "宜昌市委组织部副部长符志刚到会指导", None),
    "du:卢鹤鸣": ("卢鹤鸣", "official", _ZG, [
        ("du05", _ZG + "委", "书记", "卢鹤鸣为县委书记", "re-elected 2021-09-17; also 县委书记卢鹤鸣在闭幕讲话中 (one line)"),
        ("du05", _ZG + "委", "常委", _C05, "elected")], []),
    "du:覃玉梅": ("覃玉梅", "official", _ZG, [
        ("du05", _ZG + "委", "常委", _C05, "elected"),
        ("du05", _ZG + "委", "副书记", _D05, "elected")], []),
    "du:黎明哲": ("黎明哲", "official", _XS, [
        ("du05", _ZG + "委", "常委", _C05, "2021-09: elected 秭归县委常委 (identity case: 兴山县长 2023, du06)"),
        ("du06", _XS + "委", "副书记", _E06, "2023-01: now in 兴山县"),
        ("du06", _XS + "政府", "代县长", _E06, "held until the vote of the same sitting (ab, ck)"),
        ("du06", _XS + "政府", "县长", _E06, "elected (补选) 2023-01-09; headline and 新当选的县长 repeat it")], []),
    "du:谭振东": ("谭振东", "official", _ZG, [
        ("du05", _ZG + "委", "常委", _C05, "elected"),
        ("du05", _ZG + "纪委", "书记", "谭振东当选为县纪委书记", "纪委 一次全会 result approved by the 全会"),
        ("du05", _ZG + "纪委", "委员", _W05, _EJ)], []),
    "du:田文昊": _one("田文昊", _ZG, "du05", _ZG + "委", "常委", _C05, "elected"),
    "du:杜秋燕": _one("杜秋燕", _ZG, "du05", _ZG + "委", "常委", _C05, "elected"),
    "du:秦立骁": _one("秦立骁", _ZG, "du05", _ZG + "委", "常委", _C05, "elected"),
    "du:梅子健": _one("梅子健", _ZG, "du05", _ZG + "委", "常委", _C05, "elected"),
    "du:易晓兰": ("易晓兰", "official", _ZG, [
        ("du05", _ZG + "纪委", "副书记", _J05, "纪委 一次全会 result"),
        ("du05", _ZG + "纪委", "委员", _W05, _EJ)], []),
    "du:郑建波": ("郑建波", "official", _ZG, [
        ("du05", _ZG + "纪委", "副书记", _J05, "纪委 一次全会 result"),
        ("du05", _ZG + "纪委", "委员", _W05, _EJ)], []),
    "du:屈晓峰": _one("屈晓峰", _ZG, "du05", _ZG + "委", "候补委员", _H05, _EL),
    "du:龚雨桥": _one("龚雨桥", _ZG, "du05", _ZG + "委", "候补委员", _H05, _EL),
    "du:望家林": _one("望家林", _ZG, "du05", _ZG + "委", "候补委员", _H05, _EL),
    "du:舒婉宁": _one("舒婉宁", _ZG, "du05", _ZG + "委", "候补委员", _H05, _EL),
    "du:毛振川": _one("毛振川", _ZG, "du05", _ZG + "委", "候补委员", _H05, _EL),
    "du:王文博": _one("王文博", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:邓雪琴": _one("邓雪琴", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:石岩松": _one("石岩松", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:向丽蓉": _one("向丽蓉", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:刘昌平": _one("刘昌平", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:杜晓川": _one("杜晓川", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:胡德清": _one("胡德清", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:熊雅婷": _one("熊雅婷", _ZG, "du05", _ZG + "纪委", "委员", _W05, _EJ),
    "du:饶志坚": _one("饶志坚", _XS, "du06", _XS + "人大常委会", "主任", "大会执行主席、县人大常委会主任饶志坚主持会议", "大会执行主席 is a session role"),
    "du:昝利民": _one("昝利民", _XS, "du06", _XS + "委", "书记", "县委书记昝利民和大会主席团常务主席", None),
    "du:彭晓澜": _one("彭晓澜", _XS, "du06", _XS + "政府", "副县长", "彭晓澜当选为兴山县人民政府副县长", "elected (补选) 2023-01-09"),
    "du:喻德胜": _one("喻德胜", _XS, "du06", _XS + "人大常委会", "副主任", "宣誓仪式由县人大常委会副主任喻德胜主持", "chairs the oath (a session role)"),
    # ---- 博白县 (广西 玉林)
    "du:庞永坚": _one("庞永坚", _BB, "du07", _BB + "委", "书记", "县委书记庞永坚主持会议", "2021-09-26; named without title in article 2"),
    "du:吴德钧#2": ("吴德钧", "official", _BB, [
        ("du07", _BB + "委", "常委", _KAN07, "博白县 (广西), 2021-09; not the 吴德钧 of 舒城县政协 (安徽, du04); 大会秘书长 is a session role"),
        ("du07", _BB + "委组织部", "部长", _KAN07, None)], []),
    "du:黄启帆": ("黄启帆", "official", _BB, [
        ("du07", _BB + "委", "副书记", "县委副书记、县长黄启帆主持开幕大会", None),
        ("du07", _BB + "政府", "县长", "县委副书记、县长黄启帆主持开幕大会", None)], []),
    "du:钟海澜": ("钟海澜", "official", _BB, [
        ("du07", _BB + "委", "常委", _ZH07, None),
        ("du07", _BB + "纪委", "书记", _ZH07, None),
        ("du07", _BB + "监委", "主任", _ZH07, None)], []),
    "du:梁绍华": ("梁绍华", "official", "玉林市", [
        ("du07", "玉林市委换届指导组", "组长", _LSH07, "bare 市委 in the 玉林日报 = 玉林市; a temporary group's role is a post"),
        ("du07", "玉林市委组织部", "副部长", _LSH07, None)], []),
    "du:刘美霞": ("刘美霞", "official", _BB, [], ["du07"]),
    "du:韦家宁": ("韦家宁", "official", _BB, [], ["du07"]),
    # ---- 眉县 / 扶风县 (陕西 宝鸡)
    "du:雷振岳": ("雷振岳", "official", _MX, [
        ("du08", _MX + "委", "书记", "书记：雷振岳", "elected 2021-09-23 (名单); 新当选的县委书记 repeats it"),
        ("du08", _MX + "委", "常委", _C08, "DECIDED HERE as ck05: the 名单's 常委 line gives every name 县委 常委")], []),
    "du:寇海峰": ("寇海峰", "official", _MX, [
        ("du08", _MX + "委", "副书记", _D08, "elected 2021-09-23"),
        ("du08", _MX + "委", "常委", _C08, None),
        ("du08", _MX + "政府", "县长", "县委副书记、县长寇海峰作表态发言", None)], []),
    "du:权文斌": ("权文斌", "official", _FF, [
        ("du08", _MX + "委", "副书记", _D08, "2021-09: elected 眉县委副书记 (identity case: 扶风县政协主席 2024, du09)"),
        ("du08", _MX + "委", "常委", _C08, None),
        ("du09", _FF + "政协", "主席", "补选权文斌为政协扶风县第十届委员会主席", "elected (补选) 2024-01-11; headline and 新当选的县政协主席 repeat it")], []),
    "du:白晓锋": _one("白晓锋", _MX, "du08", _MX + "委", "常委", _C08, "elected"),
    "du:侯建伟": _one("侯建伟", _MX, "du08", _MX + "委", "常委", _C08, "elected"),
    "du:雒宏新": _one("雒宏新", _MX, "du08", _MX + "委", "常委", _C08, "elected"),
    "du:薛晓蓓": _one("薛晓蓓", _MX, "du08", _MX + "委", "常委", _C08, "elected"),
    "du:惠立军": ("惠立军", "official", _MX, [
        ("du08", _MX + "委", "常委", _C08, "elected"),
        ("du08", _MX + "纪委", "书记", "书记：惠立军", "under the 纪委 名单 heading"),
        ("du08", _MX + "纪委", "常委", _JC08, "DECIDED HERE: the 纪委 名单's 常委 line → X县纪委 常委")], []),
    "du:支永红": ("支永红", "official", _MX, [
        ("du08", _MX + "纪委", "副书记", _JD08, None),
        ("du08", _MX + "纪委", "常委", _JC08, None)], []),
    "du:樊嘉辉": ("樊嘉辉", "official", _MX, [
        ("du08", _MX + "纪委", "副书记", _JD08, None),
        ("du08", _MX + "纪委", "常委", _JC08, None)], []),
    "du:卫晓敏": _one("卫晓敏", _MX, "du08", _MX + "纪委", "常委", _JC08, None),
    "du:贺鹏程": _one("贺鹏程", _MX, "du08", _MX + "纪委", "常委", _JC08, None),
    "du:乔振宁": _one("乔振宁", "宝鸡市", "du08", "宝鸡市委组织部", "副部长", "市委组织部副部长乔振宁到会指导", "bare 市委 on the 眉县 site = 宝鸡市 (parent)"),
    "du:姬永安": _one("姬永安", _MX, "du08", _MX + "人大常委会", "主任", _G08, None),
    "du:鱼海波": _one("鱼海波", _MX, "du08", _MX + "政协", "主席", _G08, None),
    "du:景志宏": _one("景志宏", _FF, "du09", _FF + "委", "书记", _L09, None),
    "du:宁海涛": ("宁海涛", "official", _FF, [
        ("du09", _FF + "委", "副书记", _L09, None),
        ("du09", _FF + "政府", "县长", _L09, None)], []),
    "du:任晓川": _one("任晓川", _FF, "du09", _FF + "人大常委会", "主任", _L09, None),
    "du:党小燕": _one("党小燕", _FF, "du09", _FF + "政协", "副主席", "县政协副主席党小燕主持闭幕大会", "the surname 党 before 小燕"),
    "du:米嘉禾": _one("米嘉禾", _FF, "du09", _FF + "政协", "副主席", "补选米嘉禾为政协扶风县第十届委员会副主席", "elected (补选) 2024-01-11"),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("du01", "尹晓楠", "责任编辑", "editor", "责任编辑：尹晓楠"),
    ("du02", "郭思彤", "记者", "reporter", "本报讯（记者 郭思彤 通讯员 甄小雨）"),
    ("du02", "甄小雨", "通讯员", "correspondent", "本报讯（记者 郭思彤 通讯员 甄小雨）"),
    ("du02", "孟佳慧", "本版编辑", "editor", "本版编辑：孟佳慧"),
    ("du02", "田子墨", "校对", "editor", "校对：田子墨"),
    ("du03", "岳子涵", "记者", "reporter", "本报讯（记者 岳子涵 通讯员 郇梦瑶）"),
    ("du03", "郇梦瑶", "通讯员", "correspondent", "本报讯（记者 岳子涵 通讯员 郇梦瑶）"),
    ("du03", "聂文博", "记者", "reporter", "本报讯（记者 聂文博）"),
    ("du03", "施雨萌", "本版责编", "editor", "本版责编：施雨萌"),
    ("du03", "钱可欣", "美编", "editor", "美编：钱可欣"),
    ("du04", "鲁思琪", "作者", "author", "作者：鲁思琪"),
    ("du05", "杜若菲", "责任编辑", "editor", "责任编辑：杜若菲"),
    ("du05", "万振华", "审核", "editor", "审核：万振华"),
    ("du06", "万晓琳", "通讯员", "correspondent", "兴山讯（通讯员 万晓琳）"),
    ("du06", "郝雨桐", "编辑", "editor", "编辑：郝雨桐"),
    ("du06", "邹若溪", "责任编辑", "editor", "【责任编辑：邹若溪】"),
    ("du07", "陆雪敏", "记者", "reporter", "本报讯（记者 陆雪敏 通讯员 庞秋菊）"),
    ("du07", "庞秋菊", "通讯员", "correspondent", "本报讯（记者 陆雪敏 通讯员 庞秋菊）"),
    ("du07", "冯嘉琪", "本版编辑", "editor", "本版编辑：冯嘉琪"),
    ("du07", "甘晓露", "校对", "editor", "校对：甘晓露"),
    ("du08", "强一帆", "记者", "reporter", "（记者 强一帆 通讯员 来佳琪）"),
    ("du08", "来佳琪", "通讯员", "correspondent", "（记者 强一帆 通讯员 来佳琪）"),
    ("du08", "贺蕾", "责任编辑", "editor", "责任编辑：贺蕾"),
    ("du09", "苟晓雯", "作者", "author", "作者：苟晓雯"),
    ("du09", "苟晓雯", "编辑", "editor", "编辑：苟晓雯"),
    ("du09", "郑宏亮", "审核", "editor", "审核：郑宏亮"),
    ("du10", "伦晓静", "作者", "author", "作者：伦晓静"),
    ("du10", "焦若溪", "责任编辑", "editor", "（责任编辑：焦若溪）"),
]
# the byline of article 1 of du02 / du07 also credits the reporter of article 2
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("du02", "郭思彤"): "本报讯（记者 郭思彤）",
    ("du07", "陆雪敏"): "本报讯（记者 陆雪敏）",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("du01", "中国共产党蠡县第十四次代表大会开幕大会", "session (党代会)", "9月26日上午", "邸建勋", None, [],
     ["郄振华", "籍红梅", "谷雨生", "韩静波", "缑立山", "阚晓东", "苑国栋", "冀鸿涛"], ["郄振华", "缑立山"], "县文化艺术中心",
     "9月26日上午，中国共产党蠡县第十四次代表大会在县文化艺术中心隆重开幕",
     ["大会主席团常务委员会委员郄振华、邸建勋、籍红梅、谷雨生、韩静波、缑立山、阚晓东、苑国栋在主席台前排就座", _JI01, _DI01,
      "县委书记郄振华代表中共蠡县第十三届委员会向大会作了", _GOU01]),
    ("du01", "中国共产党蠡县第十四次代表大会主席团第一次会议", "meeting (大会主席团会议)", "开幕会前", "籍红梅", None, [],
     [], [], None,
     "开幕会前，大会主席团举行了第一次会议",
     ["县委副书记籍红梅主持会议"]),
    ("du02", "中国共产党蠡县第十四次代表大会闭幕大会", "session (党代会)", "9月28日上午", "郄振华", None, [],
     ["冀鸿涛"], ["郄振华"], "县文化艺术中心",
     "9月28日上午，中国共产党蠡县第十四次代表大会圆满完成各项议程后，在县文化艺术中心胜利闭幕",
     ["郄振华主持闭幕大会", "市委组织部副部长冀鸿涛到会指导", "郄振华在闭幕讲话中指出"]),
    ("du02", "中共蠡县第十四届委员会第一次全体会议", "meeting (县委全会)", "9月28日下午", "郄振华", None, [],
     ["谷雨生", "韩静波"], ["郄振华", "邸建勋"], None,
     "9月28日下午，中国共产党蠡县第十四届委员会第一次全体会议召开",
     ["全会由大会主席团常务委员会指定的郄振华同志主持", "新当选的县委书记郄振华讲话", "县委副书记、县长邸建勋作表态发言", _G02]),
    ("du03", "睢宁县第十八届人民代表大会第一次会议闭幕大会", "session (人民代表大会)", "12月28日上午", "蔺怀远", None, [],
     [], ["季鸿飞", "蔺怀远"], None,
     "12月28日上午，睢宁县第十八届人民代表大会第一次会议圆满完成各项议程后闭幕",
     ["大会主席团常务主席、县委书记蔺怀远主持闭幕大会", "新当选的县长季鸿飞在表态发言中说", "蔺怀远在讲话中强调"]),
    ("du03", "政协沛县第十一届委员会第一次会议闭幕会", "session (政协会议)", "12月28日下午", None, None, [],
     ["殷志坚", "鹿卫华"], ["褚怀山", "殷志坚"], None,
     "12月28日下午，政协沛县第十一届委员会第一次会议完成各项议程后闭幕",
     [_PX03, "新当选的县政协主席褚怀山在讲话中表示", "殷志坚在讲话中希望"]),
    ("du04", "政协舒城县第十一届委员会第一次会议闭幕大会", "session (政协会议)", "1月10日下午", "汤景明", None, [],
     ["闻宏宇", "柏雪峰", "鲍光荣"], ["汤景明", "闻宏宇"], "县会议中心",
     "1月10日下午，政协舒城县第十一届委员会第一次会议在县会议中心圆满完成各项议程后胜利闭幕",
     [_L04, "大会主席团常务主席汤景明主持闭幕大会", "新当选的县政协主席汤景明在闭幕大会上讲话", "闻宏宇代表县委向新当选的县政协领导班子成员表示祝贺"]),
    ("du05", "中国共产党秭归县第十五次代表大会闭幕大会", "session (党代会)", "9月17日上午", "向春雷", None, [],
     ["符志刚"], ["卢鹤鸣"], "县文化中心",
     "9月17日上午，中国共产党秭归县第十五次代表大会圆满完成各项议程，在县文化中心胜利闭幕",
     ["县委副书记、县长向春雷主持闭幕大会", "宜昌市委组织部副部长符志刚到会指导", "县委书记卢鹤鸣在闭幕讲话中指出"]),
    ("du05", "中共秭归县第十五届委员会第一次全体会议", "meeting (县委全会)", "当天下午", None, None, [],
     [], [], None,
     "当天下午，中共秭归县第十五届委员会召开第一次全体会议",
     []),
    ("du06", "兴山县第十九届人民代表大会第三次会议第三次全体会议", "session (人民代表大会)", "1月9日下午", "饶志坚", None, [],
     ["昝利民", "黎明哲", "彭晓澜", "喻德胜"], ["黎明哲", "昝利民"], "县会议中心",
     "1月9日下午，兴山县第十九届人民代表大会第三次会议在县会议中心举行第三次全体会议",
     ["大会执行主席、县人大常委会主任饶志坚主持会议", "县委书记昝利民和大会主席团常务主席、执行主席在主席台前排就座",
      "新当选的县长黎明哲、副县长彭晓澜进行了宪法宣誓", "宣誓仪式由县人大常委会副主任喻德胜主持", "黎明哲在表态发言中表示",
      "昝利民代表县委向黎明哲、彭晓澜当选表示祝贺"]),
    ("du07", "中国共产党博白县第十五次代表大会预备会议", "meeting (党代会预备会议)", "9月26日下午", "庞永坚", None, [],
     [], ["庞永坚"], "县体育馆",
     "9月26日下午，中国共产党博白县第十五次代表大会在县体育馆举行预备会议",
     ["县委书记庞永坚主持会议", "庞永坚要求"]),
    ("du07", "中国共产党博白县第十五次代表大会开幕大会", "session (党代会)", "9月27日上午", "黄启帆", None, [],
     ["庞永坚", "吴德钧", "钟海澜", "刘美霞", "韦家宁", "梁绍华"], ["庞永坚", "钟海澜"], "县体育馆",
     "9月27日上午，中国共产党博白县第十五次代表大会在县体育馆隆重开幕",
     ["大会主席团常务委员会委员庞永坚、黄启帆、吴德钧、钟海澜、刘美霞、韦家宁在主席台前排就座", _LSH07,
      "县委副书记、县长黄启帆主持开幕大会", "庞永坚代表中共博白县第十四届委员会向大会作报告", "钟海澜代表县纪委向大会作工作报告"]),
    ("du08", "中共眉县第十六届委员会第一次全体会议", "meeting (县委全会)", "9月23日下午", "雷振岳", None, [],
     ["乔振宁", "姬永安", "鱼海波"], ["雷振岳", "寇海峰"], None,
     "9月23日下午，中国共产党眉县第十六届委员会第一次全体会议召开",
     ["全会由县第十六次党代会主席团常务委员会指定的雷振岳同志主持", "市委组织部副部长乔振宁到会指导", _G08,
      "新当选的县委书记雷振岳在讲话中表示", "县委副书记、县长寇海峰作表态发言"]),
    ("du09", "政协扶风县第十届委员会第三次会议闭幕大会", "session (政协会议)", "1月11日下午", "党小燕", None, [],
     ["景志宏", "宁海涛", "任晓川"], ["权文斌", "景志宏"], "县会议中心",
     "1月11日下午，政协扶风县第十届委员会第三次会议在县会议中心圆满完成各项议程后胜利闭幕",
     [_L09, "县政协副主席党小燕主持闭幕大会", "新当选的县政协主席权文斌在讲话中表示", "景志宏在讲话中代表县委"]),
    ("du10", "蠡县第十八届人民代表大会第一次会议闭幕大会", "session (人民代表大会)", "12月20日下午", "郄振华", None, [],
     ["柴永江", "商振国"], ["阚晓东", "郄振华"], "县文化艺术中心",
     "12月20日下午，蠡县第十八届人民代表大会第一次会议在县文化艺术中心圆满完成各项议程后胜利闭幕",
     ["大会主席团常务主席、县委书记郄振华主持闭幕大会", "市人大常委会副主任柴永江到会指导", "宣誓仪式由县人大常委会副主任商振国主持",
      "新当选的县长阚晓东代表新一届县政府作表态发言", "郄振华在讲话中代表县委"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("du01", "蠡县毛纺服装产业园一期", "industrial_park", "蠡县毛纺服装产业园一期建成投产"),
    ("du01", "潴龙河蠡县段生态治理一期工程", "greening_project", "潴龙河蠡县段生态治理一期工程全面完工"),
    ("du01", "蠡县毛纺服装产业园二期", "industrial_park", "加快建设蠡县毛纺服装产业园二期"),
    ("du01", "留史镇皮毛交易市场提升改造项目", "project", "留史镇皮毛交易市场提升改造项目，启动"),
    ("du01", "潴龙河蠡县段生态治理二期工程", "greening_project", "启动潴龙河蠡县段生态治理二期工程"),
    ("du02", "蠡县毛纺服装产业园二期", "industrial_park", "扭住蠡县毛纺服装产业园二期等重大项目"),
    ("du02", "留史镇皮毛交易市场提升改造项目", "project", "全力推进留史镇皮毛交易市场提升改造项目"),
    ("du02", "潴龙河蠡县段生态治理二期工程", "greening_project", "潴龙河蠡县段生态治理二期工程。"),
    ("du03", "睢宁县高端纺织产业园二期", "industrial_park", "紧盯睢宁县高端纺织产业园二期"),
    ("du03", "徐洪河睢宁段综合整治工程", "engineering_work", "徐洪河睢宁段综合整治工程等重点项目"),
    ("du03", "微山湖沛县段湿地保护修复工程", "greening_project", "围绕微山湖沛县段湿地保护修复工程"),
    ("du03", "沛县汉文化景区提升项目", "project", "沛县汉文化景区提升项目等全县中心工作"),
    ("du04", "杭埠经济开发区电子信息产业园二期", "industrial_park", "聚焦杭埠经济开发区电子信息产业园二期"),
    ("du04", "万佛湖环湖生态保护修复工程", "greening_project", "万佛湖环湖生态保护修复工程等全县重点工作"),
    ("du05", "郭家坝镇脐橙精深加工产业园", "industrial_park", "全力推进郭家坝镇脐橙精深加工产业园"),
    ("du05", "秭归港综合码头二期工程", "infrastructure_project", "秭归港综合码头二期工程等重大项目"),
    ("du06", "古夫镇磷化工循环产业园二期", "industrial_park", "聚焦古夫镇磷化工循环产业园二期"),
    ("du06", "香溪河兴山段生态修复工程", "greening_project", "香溪河兴山段生态修复工程等重点工作"),
    ("du07", "博白县编织工艺品产业园二期", "industrial_park", "加快博白县编织工艺品产业园二期"),
    ("du07", "南流江博白段水环境综合治理工程", "engineering_work", "南流江博白段水环境综合治理工程等重大项目建设"),
    ("du08", "眉县猕猴桃精深加工产业园二期", "industrial_park", "加快眉县猕猴桃精深加工产业园二期"),
    ("du08", "渭河眉县段综合整治工程", "engineering_work", "渭河眉县段综合整治工程等重大项目建设"),
    ("du09", "法门寺文化景区提升改造项目", "project", "围绕法门寺文化景区提升改造项目"),
    ("du09", "七星河扶风段湿地保护修复工程", "greening_project", "七星河扶风段湿地保护修复工程等全县重点任务"),
    ("du10", "蠡县毛纺服装产业园二期", "industrial_park", "全力推进蠡县毛纺服装产业园二期建设"),
    ("du10", "蠡县第二人民医院迁建项目", "project", "办好蠡县第二人民医院迁建项目等民生实事"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("du01", "蠡县", "county", "in_org_reference", "9月26日上午，中国共产党蠡县第十四次代表大会在县文化艺术中心隆重开幕"),
    ("du01", "保定市", "city", "in_org_reference", _JI01),
    ("du01", "保定", "city", "standalone", "推动蠡县在保定南部县域中率先崛起"),
    ("du01", "潴龙河", "river", "in_project_name", "潴龙河蠡县段生态治理一期工程全面完工"),
    ("du01", "留史镇", "town", "in_project_name", "留史镇皮毛交易市场提升改造项目，启动"),
    ("du02", "蠡县", "county", "in_org_reference", "9月28日上午，中国共产党蠡县第十四次代表大会圆满完成各项议程后"),
    ("du02", "留史镇", "town", "in_project_name", "全力推进留史镇皮毛交易市场提升改造项目"),
    ("du02", "潴龙河", "river", "in_project_name", "潴龙河蠡县段生态治理二期工程。"),
    ("du03", "睢宁县", "county", "in_org_reference", "12月28日上午，睢宁县第十八届人民代表大会第一次会议圆满完成各项议程后闭幕"),
    ("du03", "徐洪河", "river", "in_project_name", "徐洪河睢宁段综合整治工程等重点项目"),
    ("du03", "睢宁", "county", "standalone", "奋力推动睢宁在苏北县域中争先进位"),
    ("du03", "苏北", "region", "standalone", "奋力推动睢宁在苏北县域中争先进位"),
    ("du03", "沛县", "county", "in_org_reference", "12月28日下午，政协沛县第十一届委员会第一次会议完成各项议程后闭幕"),
    ("du03", "微山湖", "lake", "in_project_name", "围绕微山湖沛县段湿地保护修复工程"),
    ("du04", "舒城县", "county", "in_org_reference", "1月10日下午，政协舒城县第十一届委员会第一次会议在县会议中心"),
    ("du04", "杭埠经济开发区", "development_zone", "in_project_name", "聚焦杭埠经济开发区电子信息产业园二期"),
    ("du04", "万佛湖", "lake", "in_project_name", "万佛湖环湖生态保护修复工程等全县重点工作"),
    ("du04", "舒城", "county", "standalone", "为建设现代化幸福舒城贡献政协力量"),
    ("du05", "秭归县", "county", "in_org_reference", "9月17日上午，中国共产党秭归县第十五次代表大会圆满完成各项议程"),
    ("du05", "宜昌市", "city", "in_org_reference", "宜昌市委组织部副部长符志刚到会指导"),
    ("du05", "郭家坝镇", "town", "in_project_name", "全力推进郭家坝镇脐橙精深加工产业园"),
    ("du05", "秭归港", "port", "in_project_name", "秭归港综合码头二期工程等重大项目"),
    ("du06", "兴山县", "county", "in_org_reference", "1月9日下午，兴山县第十九届人民代表大会第三次会议在县会议中心"),
    ("du06", "古夫镇", "town", "in_project_name", "聚焦古夫镇磷化工循环产业园二期"),
    ("du06", "香溪河", "river", "in_project_name", "香溪河兴山段生态修复工程等重点工作"),
    ("du06", "兴山", "county", "standalone", "奋力推动兴山高质量发展"),
    ("du07", "博白县", "county", "in_org_reference", "9月26日下午，中国共产党博白县第十五次代表大会在县体育馆举行预备会议"),
    ("du07", "南流江", "river", "in_project_name", "南流江博白段水环境综合治理工程等重大项目建设"),
    ("du07", "博白", "county", "standalone (slogan)", "奋力建设现代化新博白"),
    ("du07", "玉林市", "city", "in_org_reference", "选举博白县出席中国共产党玉林市第六次代表大会代表"),
    ("du08", "眉县", "county", "in_org_reference", "9月23日下午，中国共产党眉县第十六届委员会第一次全体会议召开"),
    ("du08", "渭河", "river", "in_project_name", "渭河眉县段综合整治工程等重大项目建设"),
    ("du08", "宝鸡", "city", "standalone", "全力推动眉县在宝鸡县域经济发展中走在前列"),
    ("du09", "扶风县", "county", "in_org_reference", "1月11日下午，政协扶风县第十届委员会第三次会议在县会议中心"),
    ("du09", "法门寺", "heritage_site", "in_project_name", "围绕法门寺文化景区提升改造项目"),
    ("du09", "七星河", "river", "in_project_name", "七星河扶风段湿地保护修复工程等全县重点任务"),
    ("du09", "扶风", "county", "standalone", "在推动扶风高质量发展中彰显担当作为"),
    ("du10", "蠡县", "county", "in_org_reference", "12月20日下午，蠡县第十八届人民代表大会第一次会议在县文化艺术中心"),
    ("du10", "保定市", "city", "in_org_reference", "须报经保定市人民检察院检察长提请保定市人大常委会批准"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="du", conventions="set du (blind set: county congresses and plenums in 河北 (保定 蠡县 three times: 党代会 开幕, 党代会 闭幕 + 全会 in the 保定日报, 人代会 闭幕), 江苏 (徐州日报: 睢宁县 人代会 闭幕 and 沛县 政协 闭幕), 安徽 (舒城县 政协 闭幕), 湖北 (秭归县 党代会 闭幕 with 名单 of 县委候补委员 and 县纪委委员; 兴山县 人代会 补选 of the 县长), 广西 (玉林日报: 博白县 党代会 预备会议 and 开幕) and 陕西 (眉县 全会 with the 名单 appendix; 扶风县 政协 补选 of the 主席): an election is a holding from the session's date; the 常委 list gives every name 县委 常委; 候补委员 名单 → X县委 候补委员, 纪委委员 名单 → X县纪委 委员, the 纪委's 常委 line → X县纪委 常委; 纪委 一次全会 results approved by the 全会 are holdings; 代县长 elected 县长 gives 副书记, 代县长 and 县长; 党代会 session roles (主席团常务委员会委员, 大会秘书长) and 人代会 session roles are no posts; 市委换届指导组 组长 is a post of that group; one line per post per article)",
          persons_note="Set du persons. id = corpus-wide person_id (du:吴德钧#1 of 舒城县政协 (安徽, 副主席) and du:吴德钧#2 of 博白县委 (广西, 常委、组织部部长) are two people; du:阚晓东 蠡县委常委、组织部部长 2021-09-26 → 县委副书记 2021-09-28 → 县长 2021-12; du:籍红梅 蠡县委副书记 2021-09 → 县人大常委会主任 2021-12; du:黎明哲 秭归县委常委 2021 → 兴山县委副书记、县长 2023; du:权文斌 眉县委副书记 2021 → 扶风县政协主席 2024; du:尉晓彤 蠡县委常委 → 副县长 2021-12)")


if __name__ == "__main__":
    main()
