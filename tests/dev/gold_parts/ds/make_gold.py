"""Write gold part ``ds`` (a blind set: 新疆 and 内蒙古 pages with minority names: names with ``·`` (Uyghur, Kazakh), long
Mongolian names, 苏木 / 嘎查 organs (苏木党委书记, 苏木达, 嘎查党支部书记、嘎查达), a 地区 with its 地委 / 行署, 自治州 with
their 州党委 (伊犁州, 巴州), a 盟 with its 盟委, 援疆 cadres with their origin; county sites and prefecture papers) from
the tables below.

Pages ``tests/dev/texts/ds*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): an investchn portal copy of a 浦东 delegation's visit to
莎车 (``您现在的位置：首页 > … > 文字新闻``, ``发布时间：… 来源：上海浦东``; 莎车县 sites visited: 米夏镇, 伊什库力乡 设施农业
基地, 扶贫产业园); toutiao topic pages on the 上海援疆莎车分指挥部 (``由上海市援疆前指莎车分指、莎车县委宣传部主办``, 依盖尔其镇);
a 文汇报 memoir of the 上海 援疆 总指挥 (``上海市对口支援新疆工作前方指挥部（第十批）总指挥、喀什地委副书记``) and a 上海援疆
page on the 莎车 / 泽普 / 叶城 / 巴楚 分指挥部 (``巴楚县委书记…``); a 喀什地区融媒体中心 page (``喀什地委副书记、山东省对口支援
新疆工作指挥部总指挥…，喀什地委委员、宣传部部长…出席``; photo credits ``喀什地区融媒体中心 记者… 摄``; 疏勒县); a 亚心网 page
on ifeng of a 江苏援伊 观摩 in 昭苏 (``伊犁州党委副书记、江苏援伊总指挥…，副州长、江苏援伊副总指挥…``, ``县委副书记、援疆工作组
组长…，县委常委、副县长，援疆工作组副组长…陪同``); the 南通日报 A版 on 伊宁县 (``伊宁县委副书记、南通援疆工作组组长``); the 七师
site (``伊犁州党委书记…等领导陪同考察``, 霍尔果斯口岸); a 河北 radio page (``巴州党委副书记、河北省援疆工作前方指挥部指挥长``), a
人民周刊 page (``省援疆前方指挥部副指挥长、巴州副州长``) and a 新疆都市报 page (``新疆巴州党委副书记、州长``); 内蒙古 旗 pages: the
苏尼特左旗 site (``旗委书记…深入…苏木…嘎查调研督导``, ``旗委常委、组织部部长…参加调研``), the 科左中旗 敖包苏木 pages (``政府副
苏木达``, ``苏木党委副书记…主持``), the 扎鲁特旗人大 site (``撰稿:… 编辑:… 责编:… 审核:…``), the 阿拉善右旗 site (``发布日期：
… 浏览次数：``, ``嘎查党支部书记、嘎查达``), a 西乌旗 page of a 盟政协 调研 (吉仁高勒镇, 巴彦胡舒苏木哈日阿图嘎查), the 正蓝旗
site (``在旗委、政府的正确领导下``, 苏木 and 嘎查), the 乌审旗 site (``作者: 来源: 发布时间:``) and a 兴安盟 年鉴 leadership list
(盟委 书记 / 副书记 / 委员, 行政公署 盟长 / 副盟长). Places are real: 新疆 喀什地区 (莎车县, 疏勒县), 伊犁哈萨克自治州 (霍城县,
察布查尔锡伯自治县), 巴音郭楞蒙古自治州 (和静县); 内蒙古 锡林郭勒盟 (阿巴嘎旗, 西乌珠穆沁旗).

Shapes: the 莎车县 site (nav, 当前位置, 发布时间 / 来源 / 浏览次数 / 字号, 责任编辑 + 审核, 打印 / 关闭, 相关链接, footer with
备案号 and 网站标识码) of the 县长's 调研 with a 上海 援疆 分指挥部 指挥长 who is 县委副书记, a 镇 secretary and 镇长, a 乡党委副书记
``（上海援疆干部）`` (ds01); the 喀什日报 第01版 with two articles: the 行署专员's 调研 in 疏勒县 (the 山东 援疆 总指挥 is 地委副书记;
the former 莎车 县长 now 行署副专员) and a 地区 防汛 meeting (ds02); the 疏勒县 site (``作者：`` in the stamp line) of the 县委书记's
督导 with a 县委常委、副县长，山东援疆疏勒工作组副组长 (ds03); the 伊犁日报 第01版 of the 州长's 调研 in 霍城县 with the 江苏 援疆
总指挥 who is 州党委常委、副州长 (ds04); the 霍城县 site of the 县政府常务会议 (县长 主持; a ``（江苏援疆干部）`` 副县长; 列席 a
department head) (ds05); the 察布查尔锡伯自治县 site of the former 霍城 县长, now 县委书记, in a 牛录乡 and a 镇, with a 座谈会
(ds06); the 锡林郭勒日报 第1版 of the 盟委书记's 调研 in 阿巴嘎旗 (盟委委员、秘书长, 盟林业和草原局局长, 旗委书记, 旗长, 副旗长,
苏木党委书记) (ds07); the 阿巴嘎旗 site of the former 旗长, now 旗委书记, in a 苏木 and a 嘎查 (苏木达, 嘎查达) (ds08); the
西乌珠穆沁旗 site of the former 阿巴嘎 副旗长, now 旗长 (苏木达 格日勒图#1, 嘎查达) (ds09); the 和静县 site of a 巴州 州党委常委、
副州长 who is 河北 援疆 副指挥长, with the 县长 and 副县长 格日勒图#2 (ds10).

Identity cases:
- ds:阿迪力·麦麦提, a 县长 who becomes 副专员: 莎车县委副书记、县长 in May 2022 (ds01); 喀什地区行署副专员 in June 2024 (ds02,
  both articles).
- ds:严卫疆, a 县长 who becomes another county's 书记: 霍城县委副书记、县长 in July 2022 (ds04, 伊犁日报) and May 2023 (ds05, on
  the 霍城 site); 察布查尔锡伯自治县委书记 in Sept 2024 (ds06).
- ds:布仁巴雅尔, a 旗长 who becomes 旗委书记: 阿巴嘎旗委副书记、政府旗长 in June 2022 (ds07); 阿巴嘎旗委书记 in May 2024 (ds08).
- ds:那日苏, a 副旗长 who becomes another 旗's 旗长: 阿巴嘎旗委常委、副旗长 in June 2022 (ds07); 西乌珠穆沁旗委副书记、政府旗长
  in Aug 2024 (ds09).
- the same official on two pages: ds:韩立峰 (疏勒县委书记, 2023 and 2024).
- two different 格日勒图 in unrelated places: ds:格日勒图#1 is 苏木党委副书记、苏木达 of 巴彦胡舒苏木 (西乌珠穆沁旗, 内蒙古 锡林郭勒盟,
  ds09, 2024); ds:格日勒图#2 is 和静县副县长 (新疆 巴音郭楞蒙古自治州, ds10, 2023). Both Mongolian.
- one organ name in several places: bare ``州党委常委、副州长`` is 伊犁哈萨克自治州's in the 伊犁日报 (ds04) and 巴音郭楞蒙古自治州's on
  the 和静县 site (ds10); bare ``州党委、州人民政府`` (ds05) is 伊犁's; bare ``县委副书记、县长`` is 莎车县's (ds01), 疏勒县's (ds02,
  after 疏勒县委书记), 霍城县's (ds04, ds05), 察布查尔锡伯自治县's (ds06) and 和静县's (ds10); ``苏木党委副书记、苏木达`` is of
  阿巴嘎旗's 吉尔嘎郎图苏木 (ds08) and 西乌珠穆沁旗's 巴彦胡舒苏木 (ds09); ``旗委常委、副旗长`` of 阿巴嘎旗 (ds07, ds08) and
  西乌珠穆沁旗 (ds09); the 援疆 前方指挥部 of 山东 (ds02), 江苏 (ds04) and 河北 (ds10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, df, ak, y, m, g where they speak; decided here where they are silent):
- 地区 as bs: bare ``地委`` / ``行署`` in the 喀什日报 → 喀什地区委 / 喀什地区行政公署 (``地委副书记、行署专员`` → 喀什地区委 副书记 +
  喀什地区行政公署 专员; ``行署副专员`` → 喀什地区行政公署 副专员); ``地区商务局局长`` / ``地区水利局局长`` → 喀什地区商务局 /
  喀什地区水利局 局长. ``地区召开…会议`` gives organizer 喀什地区 (as bs03).
- 自治州 with their full official name (as y, ak) and 新疆's ``州党委`` (as df): ``州党委副书记、州长`` in the 伊犁日报 → 伊犁哈萨克
  自治州党委 副书记 + 伊犁哈萨克自治州政府 州长; ``州政府秘书长`` → 伊犁哈萨克自治州政府 秘书长; ``州发展改革委主任`` → 伊犁哈萨克
  自治州发展改革委 主任. On the 和静县 site the bare ``州党委常委、副州长`` is its parent's: 巴音郭楞蒙古自治州党委 常委 +
  巴音郭楞蒙古自治州政府 副州长. An autonomous county likewise: 察布查尔锡伯自治县委 / …政府 / …乡村振兴局.
- 盟 and 旗 as ak, g, m, y: ``盟委书记`` → 锡林郭勒盟委 书记; ``盟委委员、秘书长`` → 锡林郭勒盟委 委员 + 锡林郭勒盟委 秘书长;
  ``盟林业和草原局局长`` → 锡林郭勒盟林业和草原局 局长 (as written); ``旗委副书记、政府旗长`` → X旗委 副书记 + X旗政府 旗长;
  ``旗委常委、副旗长`` → X旗委 常委 + X旗政府 副旗长; 旗 departments as written (阿巴嘎旗农牧和科技局, 西乌珠穆沁旗应急管理局).
- 苏木 like a 乡 (m, y): ``苏木党委书记`` → X旗Y苏木党委 书记; ``苏木党委副书记、苏木达`` → …苏木党委 副书记 + …苏木政府 苏木达.
  DECIDED HERE: ``嘎查达`` (the head of a 嘎查's 委员会, where m and y had ``嘎查委员会主任``) → the 嘎查委员会 with the title as
  written: ``嘎查党支部书记、嘎查达特木尔巴根`` → 阿巴嘎旗吉尔嘎郎图苏木巴彦乌拉嘎查党支部 书记 + 阿巴嘎旗吉尔嘎郎图苏木巴彦乌拉
  嘎查委员会 嘎查达 (as 苏木达 goes with the 苏木政府).
- Towns: county label + town + 党委 / 政府 (莎车县米夏镇党委 书记, 莎车县米夏镇政府 镇长, 疏勒县英阿瓦提乡政府 乡长, 和静县巩乃斯镇
  政府 镇长). DECIDED HERE: a 锡伯 ``牛录乡`` keeps its full name and is a 乡: 察布查尔锡伯自治县纳达齐牛录乡党委 书记 / …政府 乡长
  (place kind ``township``).
- 援疆 (as bs): the 指挥部 are bodies with posts, org as written: ``上海援疆莎车分指挥部指挥长`` → 上海援疆莎车分指挥部 指挥长;
  ``山东省对口支援新疆工作前方指挥部总指挥`` → that 指挥部 总指挥; ``江苏省对口支援新疆伊犁州前方指挥部总指挥`` → that 指挥部 总指挥;
  ``河北省援疆工作前方指挥部副指挥长`` → that 指挥部 副指挥长. DECIDED HERE: a county 援疆 工作组's role (``山东援疆疏勒工作组
  副组长``) is a post of that 工作组 (a team's role, as y's 联络小组组长 and CONVENTIONS' temporary groups). The labels
  ``（上海援疆干部）`` / ``（江苏援疆干部）`` / ``（河北援疆干部）`` are no posts (as bs, y); the person's local posts are
  (``乡党委副书记（上海援疆干部）沈亦舟`` → 莎车县伊什库力乡党委 副书记).
- Bare organs take the page's place or its parent of the right level: 县委 / 县 / 县X局 on a county site = that county; in
  a prefecture paper a bare ``县委副书记、县长`` right after ``疏勒县委书记`` / ``霍城县委书记`` is that county's. Mentions of
  ``州党委、州人民政府`` or ``盟委部署`` in a sentence make no line. ``县发展和改革委员会`` kept as written (霍城县发展和改革委员会).
- One line per post per article: 阿迪力·麦麦提's 行署副专员 gives a line in each of ds02's two articles; 闫志刚's chain in the
  ds10 headline and lead gives one line.
- Events: every 调研 / 督导 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 表示 / 指出 / 强调 / 要求 / 作了安排
  speakers); the 县政府常务会议 and the 防汛工作会议 are meetings (chair when 主持; 出席 and 列席 attendees); DECIDED HERE (as
  ak, y) the 座谈会 a leader 主持 after his 调研 is a meeting of its own of the same day (ds06).
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``本报讯（记者 …）`` are reporter / correspondent lines; a stamp-line ``作者：``, a
  ``撰稿：`` and a bare media-centre credit (``（和静县融媒体中心 斯琴高娃）``) are author lines; 编辑 / 责任编辑 / 责编 / 审核 are
  editor lines.
- Projects are works inspected, reported or to be pushed: a 产业园 (or its 二期 / 厂房 phase) is an industrial_park; dikes,
  flood works and an irrigation renovation engineering_work; roads and water supply infrastructure_project; sand and
  grassland restoration, 防风林带 greening_project; school buildings, a 景区 service centre, a 街区 renovation, a 肉牛养殖基地,
  an energy demonstration, 设施农业 and 高标准农田 projects of a named town ``project``. ``卫星工厂`` and ``通网电项目`` (generic)
  are no projects.
- Places: one line per name per file, as written; places inside organ references and project names count (上海 in
  ``上海援疆莎车分指挥部``, 伊犁州 and 新疆 in the 江苏 指挥部's name, 和静 in 巩乃斯河和静段…); DECIDED HERE kinds
  ``autonomous_region`` for 新疆, ``municipality`` for 上海, ``prefecture`` for 喀什 (as bs), ``autonomous_prefecture`` for
  伊犁州 (as ak), ``banner`` for a 旗, ``township`` for a 苏木 and a 牛录乡, ``village`` for a 嘎查; DECIDED HERE
  ``霍尔果斯口岸`` is one port row (no separate 霍尔果斯). Site lines, mastheads, nav items (走进莎车, 察县要闻), 来源 lines,
  footers and 上一篇 / 下一篇 links are not annotated; ethnic names (锡伯族) and brands are not places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

KS, YL, BZ, XL = "喀什地区", "伊犁哈萨克自治州", "巴音郭楞蒙古自治州", "锡林郭勒盟"
CB, ABG, XW = "察布查尔锡伯自治县", "阿巴嘎旗", "西乌珠穆沁旗"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ds01_shache.txt": (2022, "发布时间：2022-05-19 17:36", "莎车县", [
        ("阿迪力·麦麦提深入米夏镇、伊什库力乡调研春耕生产和重点项目建设", "5月18日", "2022-05-18", "5月18日，县委副书记",
         "county site: the 县长's 调研 with a 上海援疆 分指挥部 指挥长 (县委副书记), a 镇 secretary and 镇长, a 乡党委副书记（上海援疆干部）")]),
    "ds02_kashi.txt": (2024, "2024年6月13日　星期四", KS, [
        ("依明江·卡德尔在疏勒县调研时强调", "6月11日", "2024-06-11", "本报讯（记者 阿依先木·艾海提 通讯员 王志宏）6月11日",
         "地区 paper: the 行署专员's 调研 in 疏勒县 with the 山东 援疆 总指挥 (地委副书记) and the former 莎车 县长, now 行署副专员"),
        ("地区部署夏季防汛工作", "6月12日", "2024-06-12", "本报讯（记者 孟凡琦）6月12日",
         "地区 paper: the 地区 防汛工作会议 with the 行署副专员 and the 地区水利局局长")]),
    "ds03_shule.txt": (2023, "时间：2023-03-22 12:05", "疏勒县", [
        ("韩立峰到巴仁镇、英阿瓦提乡督导春耕备耕工作", "3月21日", "2023-03-21", "3月21日，县委书记",
         "county site: the 县委书记's 督导 with a 县委常委、副县长，山东援疆疏勒工作组副组长; 镇 and 乡 heads")]),
    "ds04_yili.txt": (2022, "2022年07月28日　星期四", YL, [
        ("巴合达尔·沙吾列提在霍城县调研时强调", "7月26日至27日", "2022-07-26", "本报讯（记者 马晓川）7月26日至27日",
         "州 paper: the 州长's 调研 in 霍城县 with the 江苏 援疆 总指挥 (州党委常委、副州长), 州政府秘书长, the county's 书记 / 县长")]),
    "ds05_huocheng.txt": (2023, "发布日期：2023-05-12", "霍城县", [
        ("严卫疆主持召开县人民政府第十九次常务会议", "5月11日", "2023-05-11", "5月11日，县委副书记",
         "county site: 县政府常务会议 (县长 主持; 常务副县长, a 江苏援疆 副县长, 副县长 出席; 发改委主任 列席)")]),
    "ds06_chabuchaer.txt": (2024, "发布时间：2024-09-20 18:12", CB, [
        ("严卫疆到纳达齐牛录乡、爱新色里镇调研秋收和乡村振兴工作", "9月19日", "2024-09-19", "9月19日，县委书记",
         "autonomous county site: the former 霍城 县长, now 县委书记, in a 牛录乡 and a 镇; 座谈会")]),
    "ds07_xilinguole.txt": (2022, "2022年6月24日　星期五", XL, [
        ("朝鲁门在阿巴嘎旗调研时强调", "6月22日至23日", "2022-06-22", "本报讯（记者 萨其拉图）6月22日至23日",
         "盟 paper: the 盟委书记's 调研 in 阿巴嘎旗 with 盟委委员、秘书长, 盟林业和草原局局长, 旗委书记, 旗长, 副旗长, 苏木党委书记")]),
    "ds08_abaga.txt": (2024, "发布日期：2024-05-16 16:20", ABG, [
        ("布仁巴雅尔深入吉尔嘎郎图苏木调研接羔保育和禁牧休牧工作", "5月15日", "2024-05-15", "5月15日，旗委书记",
         "旗 site: the former 旗长, now 旗委书记, in a 苏木 and a 嘎查: 苏木党委书记, 苏木达, 嘎查党支部书记、嘎查达")]),
    "ds09_xiwuqi.txt": (2024, "发布时间：2024-08-07 11:40", XW, [
        ("那日苏到巴彦胡舒苏木、浩勒图高勒镇调研防灾减灾和牧区基础设施建设工作", "8月6日", "2024-08-06", "8月6日，旗委副书记",
         "旗 site: the former 阿巴嘎 副旗长, now 旗长; 苏木达 格日勒图#1, 嘎查达, 镇党委书记")]),
    "ds10_hejing.txt": (2023, "发布时间：2023-07-14 19:02", "和静县", [
        ("州党委常委、副州长闫志刚到和静县调研文旅融合和援疆项目建设工作", "7月13日", "2023-07-13", "7月13日，州党委常委",
         "county site (巴州): a 州党委常委、副州长 who is 河北 援疆 副指挥长; 县长, 副县长 格日勒图#2, a 河北援疆 副县长")]),
}

_DS01_LU = "县委副书记、上海援疆莎车分指挥部指挥长陆明哲"
_DS02_YI = "地委副书记、行署专员依明江·卡德尔深入疏勒县"
_DS02_HAO = "地委副书记、山东省对口支援新疆工作前方指挥部总指挥郝立新"
_DS03_CUI = "县委常委、副县长，山东援疆疏勒工作组副组长崔立彬"
_DS04_BA = "州党委副书记、州长巴合达尔·沙吾列提深入霍城县"
_DS04_FAN = "州党委常委、副州长，江苏省对口支援新疆伊犁州前方指挥部总指挥范启航"
_DS10_YAN = "州党委常委、副州长，河北省援疆工作前方指挥部副指挥长闫志刚深入和静县"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 喀什地区: 莎车县, 疏勒县
    "ds:阿迪力·麦麦提": ("阿迪力·麦麦提", "official", KS, [
        ("ds01", "莎车县委", "副书记", "县委副书记、县长阿迪力·麦麦提深入米夏镇", "2022-05: bare 县委 on the 莎车 site (identity case: 行署副专员 in 2024, ds02); named in the headline too"),
        ("ds01", "莎车县政府", "县长", "县委副书记、县长阿迪力·麦麦提深入米夏镇", None),
        ("ds02", f"{KS}行政公署", "副专员", "行署副专员阿迪力·麦麦提，地区商务局局长", "2024-06: now 行署副专员 (bare 行署 in the 喀什日报, as bs)"),
        ("ds02", f"{KS}行政公署", "副专员", "行署副专员阿迪力·麦麦提出席会议并讲话", "article 2: one line per post per article")], []),
    "ds:陆明哲": ("陆明哲", "official", "莎车县", [
        ("ds01", "莎车县委", "副书记", _DS01_LU, "a 上海 援疆 cadre"),
        ("ds01", "上海援疆莎车分指挥部", "指挥长", _DS01_LU, "援疆 指挥部 titles are posts of the 指挥部 (as bs)")], []),
    "ds:再努尔·托乎提": ("再努尔·托乎提", "official", "莎车县", [
        ("ds01", "莎车县政府", "副县长", "副县长再努尔·托乎提", None)], []),
    "ds:艾克拜尔·司马义": ("艾克拜尔·司马义", "official", "莎车县", [
        ("ds01", "莎车县农业农村局", "局长", "县农业农村局局长艾克拜尔·司马义", None)], []),
    "ds:周振川": ("周振川", "official", "莎车县米夏镇", [
        ("ds01", "莎车县米夏镇党委", "书记", "镇党委书记周振川汇报了", "镇 = 米夏镇 (在米夏镇，…)")], []),
    "ds:麦尔丹·吐尔逊": ("麦尔丹·吐尔逊", "official", "莎车县米夏镇", [
        ("ds01", "莎车县米夏镇政府", "镇长", "镇长麦尔丹·吐尔逊介绍了", None)], []),
    "ds:沈亦舟": ("沈亦舟", "official", "莎车县伊什库力乡", [
        ("ds01", "莎车县伊什库力乡党委", "副书记", "乡党委副书记（上海援疆干部）沈亦舟", "（上海援疆干部） is no post; 乡 = 伊什库力乡 (在伊什库力乡，…)")], []),
    "ds:依明江·卡德尔": ("依明江·卡德尔", "official", KS, [
        ("ds02", f"{KS}委", "副书记", _DS02_YI, "地委 → 喀什地区委 (as bs); named in the headline too"),
        ("ds02", f"{KS}行政公署", "专员", _DS02_YI, None)], []),
    "ds:郝立新": ("郝立新", "official", KS, [
        ("ds02", f"{KS}委", "副书记", _DS02_HAO, "a 山东 援疆 cadre"),
        ("ds02", "山东省对口支援新疆工作前方指挥部", "总指挥", _DS02_HAO, "援疆 指挥部 title as written")], []),
    "ds:帕丽旦·阿布力孜": ("帕丽旦·阿布力孜", "official", KS, [
        ("ds02", f"{KS}商务局", "局长", "地区商务局局长帕丽旦·阿布力孜", "bare 地区 in the 喀什日报")], []),
    "ds:韩立峰": ("韩立峰", "official", "疏勒县", [
        ("ds02", "疏勒县委", "书记", "疏勒县委书记韩立峰", "2024-06"),
        ("ds03", "疏勒县委", "书记", "县委书记韩立峰深入巴仁镇", "2023-03: bare 县委 on the 疏勒 site; named in the headline too")], []),
    "ds:努尔艾力·吾买尔": ("努尔艾力·吾买尔", "official", "疏勒县", [
        ("ds02", "疏勒县委", "副书记", "县委副书记、县长努尔艾力·吾买尔参加调研", "bare 县委 right after 疏勒县委书记"),
        ("ds02", "疏勒县政府", "县长", "县委副书记、县长努尔艾力·吾买尔参加调研", None)], []),
    "ds:祁占武": ("祁占武", "official", KS, [
        ("ds02", f"{KS}水利局", "局长", "地区水利局局长祁占武通报了", None)], []),
    "ds:崔立彬": ("崔立彬", "official", "疏勒县", [
        ("ds03", "疏勒县委", "常委", _DS03_CUI, "a 山东 援疆 cadre"),
        ("ds03", "疏勒县政府", "副县长", _DS03_CUI, None),
        ("ds03", "山东援疆疏勒工作组", "副组长", _DS03_CUI, "DECIDED HERE: a county 援疆 工作组's role is a post of the 工作组")], []),
    "ds:金海涛": ("金海涛", "official", "疏勒县", [
        ("ds03", "疏勒县农业农村局", "局长", "县农业农村局局长金海涛参加督导", None)], []),
    "ds:赵文斌": ("赵文斌", "official", "疏勒县巴仁镇", [
        ("ds03", "疏勒县巴仁镇党委", "书记", "镇党委书记赵文斌汇报了", "镇 = 巴仁镇 (在巴仁镇，…)")], []),
    "ds:阿卜杜拉·艾买提": ("阿卜杜拉·艾买提", "official", "疏勒县巴仁镇", [
        ("ds03", "疏勒县巴仁镇政府", "镇长", "镇长阿卜杜拉·艾买提介绍了", None)], []),
    "ds:祖力皮亚·热西提": ("祖力皮亚·热西提", "official", "疏勒县英阿瓦提乡", [
        ("ds03", "疏勒县英阿瓦提乡党委", "副书记", "乡党委副书记、乡长祖力皮亚·热西提汇报了", "乡 = 英阿瓦提乡 (在英阿瓦提乡，…)"),
        ("ds03", "疏勒县英阿瓦提乡政府", "乡长", "乡党委副书记、乡长祖力皮亚·热西提汇报了", None)], []),
    # ---- 伊犁哈萨克自治州: 霍城县, 察布查尔锡伯自治县
    "ds:巴合达尔·沙吾列提": ("巴合达尔·沙吾列提", "official", YL, [
        ("ds04", f"{YL}党委", "副书记", _DS04_BA, "州党委 in the 伊犁日报 → 伊犁哈萨克自治州党委 (full name, 新疆's 州党委 as df); named in the headline too"),
        ("ds04", f"{YL}政府", "州长", _DS04_BA, None)], []),
    "ds:范启航": ("范启航", "official", YL, [
        ("ds04", f"{YL}党委", "常委", _DS04_FAN, "a 江苏 援疆 cadre; bare 州党委常委、副州长 = 伊犁's here, 巴州's in ds10"),
        ("ds04", f"{YL}政府", "副州长", _DS04_FAN, None),
        ("ds04", "江苏省对口支援新疆伊犁州前方指挥部", "总指挥", _DS04_FAN, "援疆 指挥部 title as written")], []),
    "ds:李国栋": ("李国栋", "official", YL, [
        ("ds04", f"{YL}政府", "秘书长", "州政府秘书长李国栋", None)], []),
    "ds:陈立春": ("陈立春", "official", YL, [
        ("ds04", f"{YL}发展改革委", "主任", "州发展改革委主任陈立春", None)], []),
    "ds:冯建川": ("冯建川", "official", "霍城县", [
        ("ds04", "霍城县委", "书记", "霍城县委书记冯建川", None)], []),
    "ds:严卫疆": ("严卫疆", "official", "霍城县", [
        ("ds04", "霍城县委", "副书记", "县委副书记、县长严卫疆参加调研", "2022-07: bare 县委 right after 霍城县委书记 (identity case: 察布查尔 县委书记 in 2024, ds06)"),
        ("ds04", "霍城县政府", "县长", "县委副书记、县长严卫疆参加调研", None),
        ("ds05", "霍城县委", "副书记", "县委副书记、县长严卫疆主持召开", "2023-05: on the 霍城 site; named in the headline too"),
        ("ds05", "霍城县政府", "县长", "县委副书记、县长严卫疆主持召开", None),
        ("ds06", f"{CB}委", "书记", "县委书记严卫疆深入纳达齐牛录乡", "2024-09: now 县委书记 of another county (bare 县委 on the 察布查尔 site, full name as label)")], []),
    "ds:邢振海": ("邢振海", "official", "霍城县", [
        ("ds05", "霍城县委", "常委", "县委常委、常务副县长邢振海", None),
        ("ds05", "霍城县政府", "常务副县长", "县委常委、常务副县长邢振海", None)], []),
    "ds:钱思远": ("钱思远", "official", "霍城县", [
        ("ds05", "霍城县委", "常委", "县委常委、副县长（江苏援疆干部）钱思远", "（江苏援疆干部） is no post"),
        ("ds05", "霍城县政府", "副县长", "县委常委、副县长（江苏援疆干部）钱思远", None)], []),
    "ds:沙吾丽·加肯": ("沙吾丽·加肯", "official", "霍城县", [
        ("ds05", "霍城县政府", "副县长", "副县长沙吾丽·加肯出席会议", None)], []),
    "ds:彭晓川": ("彭晓川", "official", "霍城县", [
        ("ds05", "霍城县发展和改革委员会", "主任", "县发展和改革委员会主任彭晓川", "as written")], []),
    "ds:佟振宇": ("佟振宇", "official", CB, [
        ("ds06", f"{CB}委", "副书记", "县委副书记、县长佟振宇", None),
        ("ds06", f"{CB}政府", "县长", "县委副书记、县长佟振宇", None)], []),
    "ds:吴春阳": ("吴春阳", "official", CB, [
        ("ds06", f"{CB}委", "常委", "县委常委、副县长吴春阳", None),
        ("ds06", f"{CB}政府", "副县长", "县委常委、副县长吴春阳", None)], []),
    "ds:关永强": ("关永强", "official", CB, [
        ("ds06", f"{CB}乡村振兴局", "局长", "县乡村振兴局局长关永强", None)], []),
    "ds:安丽娜": ("安丽娜", "official", f"{CB}纳达齐牛录乡", [
        ("ds06", f"{CB}纳达齐牛录乡党委", "书记", "乡党委书记安丽娜汇报了", "DECIDED HERE: a 牛录乡 keeps its full name (在纳达齐牛录乡，…)")], []),
    "ds:何春来": ("何春来", "official", f"{CB}纳达齐牛录乡", [
        ("ds06", f"{CB}纳达齐牛录乡党委", "副书记", "乡党委副书记、乡长何春来介绍了", None),
        ("ds06", f"{CB}纳达齐牛录乡政府", "乡长", "乡党委副书记、乡长何春来介绍了", None)], []),
    "ds:白海燕": ("白海燕", "official", f"{CB}爱新色里镇", [
        ("ds06", f"{CB}爱新色里镇党委", "书记", "镇党委书记白海燕介绍了", "镇 = 爱新色里镇 (在爱新色里镇，…)")], []),
    # ---- 巴音郭楞蒙古自治州: 和静县
    "ds:闫志刚": ("闫志刚", "official", BZ, [
        ("ds10", f"{BZ}党委", "常委", _DS10_YAN, "bare 州党委 on the 和静县 site = its parent 巴州 (伊犁's in ds04); a 河北 援疆 cadre; named in the headline too"),
        ("ds10", f"{BZ}政府", "副州长", _DS10_YAN, None),
        ("ds10", "河北省援疆工作前方指挥部", "副指挥长", _DS10_YAN, "援疆 指挥部 title as written")], []),
    "ds:乌图那生": ("乌图那生", "official", "和静县", [
        ("ds10", "和静县委", "副书记", "县委副书记、县长乌图那生", "Mongolian name without a dot"),
        ("ds10", "和静县政府", "县长", "县委副书记、县长乌图那生", None)], []),
    "ds:格日勒图#2": ("格日勒图", "official", "和静县", [
        ("ds10", "和静县政府", "副县长", "副县长格日勒图，县委常委", "和静县 (新疆 巴州), 2023; not the 格日勒图 of 巴彦胡舒苏木 (ds09)")], []),
    "ds:杜国祥": ("杜国祥", "official", "和静县", [
        ("ds10", "和静县委", "常委", "县委常委、副县长（河北援疆干部）杜国祥陪同调研", "（河北援疆干部） is no post"),
        ("ds10", "和静县政府", "副县长", "县委常委、副县长（河北援疆干部）杜国祥陪同调研", None)], []),
    "ds:吉日木图": ("吉日木图", "official", "和静县巴音布鲁克镇", [
        ("ds10", "和静县巴音布鲁克镇党委", "书记", "镇党委书记吉日木图介绍了", "镇 = 巴音布鲁克镇 (在巴音布鲁克镇，…)")], []),
    "ds:敖其尔": ("敖其尔", "official", "和静县巩乃斯镇", [
        ("ds10", "和静县巩乃斯镇党委", "副书记", "镇党委副书记、镇长敖其尔汇报了", "镇 = 巩乃斯镇 (在巩乃斯镇，…)"),
        ("ds10", "和静县巩乃斯镇政府", "镇长", "镇党委副书记、镇长敖其尔汇报了", None)], []),
    # ---- 锡林郭勒盟: 阿巴嘎旗, 西乌珠穆沁旗
    "ds:朝鲁门": ("朝鲁门", "official", XL, [
        ("ds07", f"{XL}委", "书记", "盟委书记朝鲁门深入阿巴嘎旗", "盟委 → 锡林郭勒盟委 (as g, ak); named in the headline too")], []),
    "ds:王海峰": ("王海峰", "official", XL, [
        ("ds07", f"{XL}委", "委员", "盟委委员、秘书长王海峰", "as ak's 盟委委员、秘书长"),
        ("ds07", f"{XL}委", "秘书长", "盟委委员、秘书长王海峰", None)], []),
    "ds:哈斯额尔敦": ("哈斯额尔敦", "official", XL, [
        ("ds07", f"{XL}林业和草原局", "局长", "盟林业和草原局局长哈斯额尔敦", "as written after the place")], []),
    "ds:宋立群": ("宋立群", "official", ABG, [
        ("ds07", f"{ABG}委", "书记", "阿巴嘎旗委书记宋立群", None)], []),
    "ds:布仁巴雅尔": ("布仁巴雅尔", "official", ABG, [
        ("ds07", f"{ABG}委", "副书记", "旗委副书记、政府旗长布仁巴雅尔", "2022-06: bare 旗委 right after 阿巴嘎旗委书记 (identity case: 旗委书记 in 2024, ds08)"),
        ("ds07", f"{ABG}政府", "旗长", "旗委副书记、政府旗长布仁巴雅尔", None),
        ("ds08", f"{ABG}委", "书记", "旗委书记布仁巴雅尔深入吉尔嘎郎图苏木", "2024-05: now 旗委书记; named in the headline too")], []),
    "ds:那日苏": ("那日苏", "official", ABG, [
        ("ds07", f"{ABG}委", "常委", "旗委常委、副旗长那日苏陪同调研", "2022-06 (identity case: 西乌珠穆沁旗 旗长 in 2024, ds09)"),
        ("ds07", f"{ABG}政府", "副旗长", "旗委常委、副旗长那日苏陪同调研", None),
        ("ds09", f"{XW}委", "副书记", "旗委副书记、政府旗长那日苏深入巴彦胡舒苏木", "2024-08: now 旗长 of another 旗 (bare 旗委 on the 西乌旗 site); named in the headline too"),
        ("ds09", f"{XW}政府", "旗长", "旗委副书记、政府旗长那日苏深入巴彦胡舒苏木", None)], []),
    "ds:白玉春": ("白玉春", "official", f"{ABG}那仁宝拉格苏木", [
        ("ds07", f"{ABG}那仁宝拉格苏木党委", "书记", "苏木党委书记白玉春介绍了", "苏木 = 那仁宝拉格苏木 (在那仁宝拉格苏木，…)")], []),
    "ds:孙海鹰": ("孙海鹰", "official", ABG, [
        ("ds08", f"{ABG}委", "常委", "旗委常委、副旗长孙海鹰", None),
        ("ds08", f"{ABG}政府", "副旗长", "旗委常委、副旗长孙海鹰", None)], []),
    "ds:阿木古楞": ("阿木古楞", "official", ABG, [
        ("ds08", f"{ABG}农牧和科技局", "局长", "旗农牧和科技局局长阿木古楞陪同调研", None)], []),
    "ds:张立军": ("张立军", "official", f"{ABG}吉尔嘎郎图苏木", [
        ("ds08", f"{ABG}吉尔嘎郎图苏木党委", "书记", "苏木党委书记张立军关于", None)], []),
    "ds:达布希拉图": ("达布希拉图", "official", f"{ABG}吉尔嘎郎图苏木", [
        ("ds08", f"{ABG}吉尔嘎郎图苏木党委", "副书记", "苏木党委副书记、苏木达达布希拉图汇报了", None),
        ("ds08", f"{ABG}吉尔嘎郎图苏木政府", "苏木达", "苏木党委副书记、苏木达达布希拉图汇报了", "苏木达 = head of the 苏木 government (as m, y)")], []),
    "ds:特木尔巴根": ("特木尔巴根", "official", f"{ABG}吉尔嘎郎图苏木巴彦乌拉嘎查", [
        ("ds08", f"{ABG}吉尔嘎郎图苏木巴彦乌拉嘎查党支部", "书记", "嘎查党支部书记、嘎查达特木尔巴根介绍了", "嘎查 = 巴彦乌拉嘎查 (在巴彦乌拉嘎查，…)"),
        ("ds08", f"{ABG}吉尔嘎郎图苏木巴彦乌拉嘎查委员会", "嘎查达", "嘎查党支部书记、嘎查达特木尔巴根介绍了", "DECIDED HERE: 嘎查达 → the 嘎查委员会, title as written")], []),
    "ds:刘振江": ("刘振江", "official", XW, [
        ("ds09", f"{XW}委", "常委", "旗委常委、副旗长刘振江", None),
        ("ds09", f"{XW}政府", "副旗长", "旗委常委、副旗长刘振江", None)], []),
    "ds:苏伊勒": ("苏伊勒", "official", XW, [
        ("ds09", f"{XW}应急管理局", "局长", "旗应急管理局局长苏伊勒陪同调研", None)], []),
    "ds:李振业": ("李振业", "official", f"{XW}巴彦胡舒苏木", [
        ("ds09", f"{XW}巴彦胡舒苏木党委", "书记", "苏木党委书记李振业关于", "苏木 = 巴彦胡舒苏木 (在巴彦胡舒苏木，…)")], []),
    "ds:格日勒图#1": ("格日勒图", "official", f"{XW}巴彦胡舒苏木", [
        ("ds09", f"{XW}巴彦胡舒苏木党委", "副书记", "苏木党委副书记、苏木达格日勒图介绍了", "西乌珠穆沁旗 (内蒙古 锡林郭勒盟), 2024; not the 格日勒图 of 和静县 (ds10)"),
        ("ds09", f"{XW}巴彦胡舒苏木政府", "苏木达", "苏木党委副书记、苏木达格日勒图介绍了", None)], []),
    "ds:朝格图": ("朝格图", "official", f"{XW}巴彦胡舒苏木哈日阿图嘎查", [
        ("ds09", f"{XW}巴彦胡舒苏木哈日阿图嘎查党支部", "书记", "嘎查党支部书记、嘎查达朝格图介绍了", "嘎查 = 哈日阿图嘎查 (在哈日阿图嘎查，…)"),
        ("ds09", f"{XW}巴彦胡舒苏木哈日阿图嘎查委员会", "嘎查达", "嘎查党支部书记、嘎查达朝格图介绍了", "DECIDED HERE: 嘎查达 → the 嘎查委员会")], []),
    "ds:高永胜": ("高永胜", "official", f"{XW}浩勒图高勒镇", [
        ("ds09", f"{XW}浩勒图高勒镇党委", "书记", "镇党委书记高永胜汇报了", "镇 = 浩勒图高勒镇 (在浩勒图高勒镇，…)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ds01", "阿曼古丽", "责任编辑", "editor", "责任编辑：阿曼古丽"),
    ("ds01", "赵亚楠", "审核", "editor", "审核：赵亚楠"),
    ("ds02", "阿依先木·艾海提", "记者", "reporter", "本报讯（记者 阿依先木·艾海提 通讯员 王志宏）"),
    ("ds02", "王志宏", "通讯员", "correspondent", "本报讯（记者 阿依先木·艾海提 通讯员 王志宏）"),
    ("ds02", "孟凡琦", "记者", "reporter", "本报讯（记者 孟凡琦）"),
    ("ds02", "刘建华", "责任编辑", "editor", "责任编辑：刘建华"),
    ("ds03", "杜晓蕾", "作者", "author", "作者：杜晓蕾"),
    ("ds03", "徐海宁", "编辑", "editor", "编辑：徐海宁"),
    ("ds03", "付晓东", "审核", "editor", "审核：付晓东"),
    ("ds04", "马晓川", "记者", "reporter", "本报讯（记者 马晓川）"),
    ("ds04", "周晓琳", "责任编辑", "editor", "责任编辑：周晓琳"),
    ("ds05", "丁雅琴", "编辑", "editor", "编辑：丁雅琴"),
    ("ds05", "孙玉洁", "审核", "editor", "审核：孙玉洁"),
    ("ds06", "吐尔逊古丽", "责任编辑", "editor", "【责任编辑：吐尔逊古丽】"),
    ("ds07", "萨其拉图", "记者", "reporter", "本报讯（记者 萨其拉图）"),
    ("ds07", "乌兰托娅", "责任编辑", "editor", "责任编辑：乌兰托娅"),
    ("ds08", "青格勒", "撰稿", "author", "撰稿：青格勒"),
    ("ds08", "宝力高", "编辑", "editor", "编辑：宝力高"),
    ("ds08", "巴雅斯古楞", "审核", "editor", "审核：巴雅斯古楞"),
    ("ds09", "孟克吉雅", "编辑", "editor", "编辑：孟克吉雅"),
    ("ds09", "谢红梅", "责编", "editor", "责编：谢红梅"),
    ("ds09", "马丽娅", "审核", "editor", "审核：马丽娅"),
    ("ds10", "斯琴高娃", "供稿", "author", "（和静县融媒体中心 斯琴高娃）"),
    ("ds10", "郭志远", "责任编辑", "editor", "责任编辑：郭志远"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ds01", "米夏镇、伊什库力乡春耕生产和重点项目建设调研", "inspection (调研)", "5月18日", None, "阿迪力·麦麦提", [],
     ["陆明哲", "再努尔·托乎提", "艾克拜尔·司马义"],
     ["周振川", "麦尔丹·吐尔逊", "沈亦舟", "陆明哲", "阿迪力·麦麦提", "再努尔·托乎提"], "米夏镇、伊什库力乡",
     "县委副书记、县长阿迪力·麦麦提深入米夏镇、伊什库力乡，调研春耕生产、设施农业和重点项目建设情况",
     ["县长阿迪力·麦麦提深入米夏镇", "县农业农村局局长艾克拜尔·司马义陪同调研", "周振川汇报了", "麦尔丹·吐尔逊介绍了",
      "沈亦舟介绍了", "陆明哲表示", "阿迪力·麦麦提强调", "再努尔·托乎提要求"]),
    ("ds02", "疏勒县援疆项目建设和稳就业工作调研", "inspection (调研)", "6月11日", None, "依明江·卡德尔", [],
     ["郝立新", "阿迪力·麦麦提", "帕丽旦·阿布力孜", "韩立峰", "努尔艾力·吾买尔"],
     ["努尔艾力·吾买尔", "郝立新", "依明江·卡德尔", "阿迪力·麦麦提", "韩立峰"], "疏勒县",
     "地委副书记、行署专员依明江·卡德尔深入疏勒县，调研援疆项目建设和稳就业工作",
     ["行署专员依明江·卡德尔深入疏勒县", "县长努尔艾力·吾买尔参加调研", "努尔艾力·吾买尔介绍了", "郝立新表示",
      "依明江·卡德尔指出", "阿迪力·麦麦提就做好高校毕业生就业帮扶作了安排", "韩立峰表示"]),
    ("ds02", "2024年夏季防汛工作会议", "meeting (工作会议)", "6月12日", None, None, [KS],
     ["阿迪力·麦麦提"], ["祁占武", "阿迪力·麦麦提"], None,
     "地区召开2024年夏季防汛工作会议",
     ["行署副专员阿迪力·麦麦提出席会议并讲话", "祁占武通报了", "阿迪力·麦麦提要求"]),
    ("ds03", "巴仁镇、英阿瓦提乡春耕备耕督导", "inspection (督导)", "3月21日", None, "韩立峰", [],
     ["崔立彬", "金海涛"], ["赵文斌", "阿卜杜拉·艾买提", "祖力皮亚·热西提", "韩立峰", "崔立彬"], "巴仁镇、英阿瓦提乡",
     "县委书记韩立峰深入巴仁镇、英阿瓦提乡，督导春耕备耕、农资供应和春季造林工作",
     ["县委书记韩立峰深入巴仁镇", "山东援疆疏勒工作组副组长崔立彬", "县农业农村局局长金海涛参加督导", "赵文斌汇报了",
      "阿卜杜拉·艾买提介绍了", "祖力皮亚·热西提汇报了", "韩立峰强调", "崔立彬就山东援疆资金支持"]),
    ("ds04", "霍城县口岸经济、农业产业化和援疆项目建设调研", "inspection (调研)", "7月26日至27日", None, "巴合达尔·沙吾列提", [],
     ["范启航", "李国栋", "陈立春", "冯建川", "严卫疆"], ["严卫疆", "范启航", "巴合达尔·沙吾列提", "冯建川"], "霍城县",
     "州党委副书记、州长巴合达尔·沙吾列提深入霍城县，调研口岸经济、农业产业化和援疆项目建设工作",
     ["州长巴合达尔·沙吾列提深入霍城县", "县长严卫疆参加调研", "严卫疆汇报了", "范启航介绍了", "巴合达尔·沙吾列提指出", "冯建川表示"]),
    ("ds05", "县人民政府第十九次常务会议", "meeting (县政府常务会议)", "5月11日", "严卫疆", None, ["霍城县政府"],
     ["邢振海", "钱思远", "沙吾丽·加肯", "彭晓川"], ["彭晓川", "钱思远", "邢振海", "沙吾丽·加肯", "严卫疆"], None,
     "县委副书记、县长严卫疆主持召开县人民政府第十九次常务会议",
     ["县长严卫疆主持召开", "常务副县长邢振海", "副县长（江苏援疆干部）钱思远", "副县长沙吾丽·加肯出席会议",
      "县发展和改革委员会主任彭晓川及县直有关部门负责同志列席会议", "听取了彭晓川关于", "钱思远汇报了",
      "邢振海就做好财政收支平衡", "沙吾丽·加肯就春季动物防疫", "严卫疆强调"]),
    ("ds06", "纳达齐牛录乡、爱新色里镇秋收和乡村振兴调研", "inspection (调研)", "9月19日", None, "严卫疆", [],
     ["佟振宇", "吴春阳", "关永强"], ["安丽娜", "何春来", "白海燕"], "纳达齐牛录乡、爱新色里镇",
     "县委书记严卫疆深入纳达齐牛录乡、爱新色里镇，调研秋收生产、特色产业发展和乡村振兴重点项目建设工作",
     ["县委书记严卫疆深入纳达齐牛录乡", "县乡村振兴局局长关永强参加调研", "安丽娜汇报了", "何春来介绍了", "白海燕介绍了"]),
    ("ds06", "座谈会", "meeting (座谈会)", "9月19日", "严卫疆", None, [],
     [], ["佟振宇", "吴春阳", "严卫疆"], CB,
     "调研结束后，严卫疆主持召开座谈会",
     ["严卫疆主持召开座谈会", "佟振宇汇报了", "吴春阳就秋收秋种和农机调度作了安排", "严卫疆强调"]),
    ("ds07", "阿巴嘎旗草原生态保护、牧区现代化和重点项目建设调研", "inspection (调研)", "6月22日至23日", None, "朝鲁门", [],
     ["王海峰", "哈斯额尔敦", "宋立群", "布仁巴雅尔", "那日苏"], ["白玉春", "布仁巴雅尔", "朝鲁门", "那日苏", "宋立群"], ABG,
     "盟委书记朝鲁门深入阿巴嘎旗，调研草原生态保护、牧区现代化和重点项目建设工作",
     ["盟委书记朝鲁门深入阿巴嘎旗", "副旗长那日苏陪同调研", "白玉春介绍了", "布仁巴雅尔汇报了", "朝鲁门指出",
      "那日苏就做好草原防火", "宋立群表示"]),
    ("ds08", "吉尔嘎郎图苏木接羔保育、禁牧休牧和嘎查集体经济调研", "inspection (调研)", "5月15日", None, "布仁巴雅尔", [],
     ["孙海鹰", "阿木古楞"], ["张立军", "特木尔巴根", "达布希拉图", "布仁巴雅尔", "孙海鹰"], "吉尔嘎郎图苏木",
     "旗委书记布仁巴雅尔深入吉尔嘎郎图苏木，调研春季接羔保育、禁牧休牧和嘎查集体经济发展工作",
     ["旗委书记布仁巴雅尔深入吉尔嘎郎图苏木", "旗农牧和科技局局长阿木古楞陪同调研", "苏木党委书记张立军关于",
      "特木尔巴根介绍了", "达布希拉图汇报了", "布仁巴雅尔强调", "孙海鹰就做好春季草原防火"]),
    ("ds09", "巴彦胡舒苏木、浩勒图高勒镇防灾减灾和牧区基础设施建设调研", "inspection (调研)", "8月6日", None, "那日苏", [],
     ["刘振江", "苏伊勒"], ["李振业", "格日勒图", "朝格图", "高永胜", "那日苏", "刘振江"], "巴彦胡舒苏木、浩勒图高勒镇",
     "旗委副书记、政府旗长那日苏深入巴彦胡舒苏木、浩勒图高勒镇，调研防汛抗旱、秋季打储草和牧区基础设施建设工作",
     ["政府旗长那日苏深入巴彦胡舒苏木", "旗应急管理局局长苏伊勒陪同调研", "苏木党委书记李振业关于", "格日勒图介绍了",
      "朝格图介绍了", "高永胜汇报了", "那日苏强调", "刘振江就做好防汛物资储备"]),
    ("ds10", "和静县文旅融合、援疆项目建设和防汛工作调研", "inspection (调研)", "7月13日", None, "闫志刚", [],
     ["乌图那生", "格日勒图", "杜国祥"], ["吉日木图", "格日勒图", "敖其尔", "杜国祥", "闫志刚", "乌图那生"], "巴音布鲁克镇、巩乃斯镇",
     "副指挥长闫志刚深入和静县巴音布鲁克镇、巩乃斯镇，调研文旅融合发展、援疆项目建设和防汛工作",
     ["副指挥长闫志刚深入和静县", "县长乌图那生，副县长格日勒图", "杜国祥陪同调研", "吉日木图介绍了", "格日勒图汇报了",
      "敖其尔汇报了", "杜国祥介绍了", "闫志刚指出", "乌图那生表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ds01", "米夏镇高标准农田建设项目", "project", "来到米夏镇高标准农田建设项目区"),
    ("ds01", "莎车县巴旦姆精深加工产业园二期", "industrial_park", "来到莎车县巴旦姆精深加工产业园二期施工现场"),
    ("ds01", "伊什库力乡设施农业提升项目", "project", "由浦东新区援建的伊什库力乡设施农业提升项目"),
    ("ds01", "叶尔羌河莎车段防洪治理工程", "engineering_work", "要紧盯叶尔羌河莎车段防洪治理工程等重点项目"),
    ("ds02", "疏勒县鲁疆纺织服装产业园", "industrial_park", "先后来到疏勒县鲁疆纺织服装产业园"),
    ("ds02", "疏勒县职业技术学校实训楼建设项目", "project", "疏勒县职业技术学校实训楼建设项目现场"),
    ("ds02", "叶尔羌河干流防洪提升工程", "engineering_work", "加快叶尔羌河干流防洪提升工程建设"),
    ("ds03", "疏勒县英阿瓦提乡万亩防风林带建设项目", "greening_project", "察看了疏勒县英阿瓦提乡万亩防风林带建设项目"),
    ("ds04", "清水河镇江苏工业园标准化厂房二期", "industrial_park", "先后来到清水河镇江苏工业园标准化厂房二期"),
    ("ds04", "芦草沟镇薰衣草精深加工产业园", "industrial_park", "芦草沟镇薰衣草精深加工产业园和"),
    ("ds04", "惠远镇历史文化街区保护提升项目", "project", "惠远镇历史文化街区保护提升项目现场"),
    ("ds05", "清水河镇江苏工业园标准化厂房二期", "industrial_park", "研究了清水河镇江苏工业园标准化厂房二期招商引资优惠政策"),
    ("ds05", "三道河乡农村饮水安全巩固提升工程", "infrastructure_project", "三道河乡农村饮水安全巩固提升工程实施方案"),
    ("ds06", "纳达齐牛录乡稻田灌区节水改造项目", "engineering_work", "来到纳达齐牛录乡稻田灌区节水改造项目现场"),
    ("ds06", "察布查尔大米产业园二期", "industrial_park", "察看了察布查尔大米产业园二期"),
    ("ds06", "爱新色里镇锡伯民俗风情街改造提升项目", "project", "爱新色里镇锡伯民俗风情街改造提升项目"),
    ("ds07", "阿巴嘎旗浑善达克沙地综合治理项目", "greening_project", "察看了阿巴嘎旗浑善达克沙地综合治理项目"),
    ("ds07", "阿巴嘎旗风光储一体化示范项目", "project", "调研了阿巴嘎旗风光储一体化示范项目建设进度"),
    ("ds08", "巴彦乌拉嘎查集体经济肉牛养殖基地", "project", "来到巴彦乌拉嘎查集体经济肉牛养殖基地"),
    ("ds08", "吉尔嘎郎图苏木草原围栏修复项目", "greening_project", "汇报了吉尔嘎郎图苏木草原围栏修复项目"),
    ("ds09", "巴彦胡舒苏木牧区道路提升改造工程", "infrastructure_project", "察看了巴彦胡舒苏木牧区道路提升改造工程"),
    ("ds09", "浩勒图高勒镇牧区供水保障工程", "infrastructure_project", "察看了浩勒图高勒镇牧区供水保障工程施工现场"),
    ("ds10", "巴音布鲁克景区游客服务中心提升改造项目", "project", "察看了巴音布鲁克景区游客服务中心提升改造项目"),
    ("ds10", "巩乃斯河和静段防洪治理工程", "engineering_work", "来到巩乃斯河和静段防洪治理工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ds01", "米夏镇", "town", "standalone", "深入米夏镇、伊什库力乡，调研春耕生产"),
    ("ds01", "伊什库力乡", "township", "standalone", "深入米夏镇、伊什库力乡，调研春耕生产"),
    ("ds01", "上海", "municipality", "in_org_reference", _DS01_LU),
    ("ds01", "莎车", "county", "in_org_reference", _DS01_LU),
    ("ds01", "莎车县", "county", "in_project_name", "来到莎车县巴旦姆精深加工产业园二期施工现场"),
    ("ds01", "浦东新区", "district", "standalone", "由浦东新区援建的伊什库力乡设施农业提升项目"),
    ("ds01", "叶尔羌河", "river", "in_project_name", "要紧盯叶尔羌河莎车段防洪治理工程等重点项目"),
    ("ds02", "疏勒县", "county", "standalone", "深入疏勒县，调研援疆项目建设"),
    ("ds02", "山东省", "province", "in_org_reference", _DS02_HAO),
    ("ds02", "新疆", "autonomous_region", "in_org_reference", _DS02_HAO),
    ("ds02", "巴仁镇", "town", "standalone", "巴仁镇卫星工厂"),
    ("ds02", "山东", "province", "standalone", "新引进的7家山东企业"),
    ("ds02", "喀什", "prefecture", "standalone", "推动更多鲁企到喀什投资兴业"),
    ("ds02", "叶尔羌河", "river", "standalone", "通报了叶尔羌河、盖孜河来水情况"),
    ("ds02", "盖孜河", "river", "standalone", "通报了叶尔羌河、盖孜河来水情况"),
    ("ds03", "巴仁镇", "town", "standalone", "深入巴仁镇、英阿瓦提乡，督导春耕备耕"),
    ("ds03", "英阿瓦提乡", "township", "standalone", "深入巴仁镇、英阿瓦提乡，督导春耕备耕"),
    ("ds03", "山东", "province", "in_org_reference", _DS03_CUI),
    ("ds03", "疏勒", "county", "in_org_reference", _DS03_CUI),
    ("ds03", "疏勒县", "county", "in_project_name", "察看了疏勒县英阿瓦提乡万亩防风林带建设项目"),
    ("ds04", "霍城县", "county", "standalone", "深入霍城县，调研口岸经济"),
    ("ds04", "江苏省", "province", "in_org_reference", _DS04_FAN),
    ("ds04", "新疆", "autonomous_region", "in_org_reference", _DS04_FAN),
    ("ds04", "伊犁州", "autonomous_prefecture", "in_org_reference", _DS04_FAN),
    ("ds04", "清水河镇", "town", "in_project_name", "先后来到清水河镇江苏工业园标准化厂房二期"),
    ("ds04", "芦草沟镇", "town", "in_project_name", "芦草沟镇薰衣草精深加工产业园和"),
    ("ds04", "惠远镇", "town", "in_project_name", "惠远镇历史文化街区保护提升项目现场"),
    ("ds04", "江苏", "province", "standalone", "介绍了江苏援疆资金投向"),
    ("ds04", "霍尔果斯口岸", "port", "standalone", "要用好霍尔果斯口岸和中欧班列通道优势"),
    ("ds05", "江苏", "province", "standalone", "县委常委、副县长（江苏援疆干部）钱思远"),
    ("ds05", "清水河镇", "town", "in_project_name", "研究了清水河镇江苏工业园标准化厂房二期招商引资优惠政策"),
    ("ds05", "三道河乡", "township", "in_project_name", "三道河乡农村饮水安全巩固提升工程实施方案"),
    ("ds06", "纳达齐牛录乡", "township", "standalone", "深入纳达齐牛录乡、爱新色里镇，调研秋收生产"),
    ("ds06", "爱新色里镇", "town", "standalone", "深入纳达齐牛录乡、爱新色里镇，调研秋收生产"),
    ("ds06", "察布查尔", "county", "in_project_name", "察看了察布查尔大米产业园二期"),
    ("ds06", "伊犁河", "river", "standalone", "要依托伊犁河南岸水土资源"),
    ("ds07", "阿巴嘎旗", "banner", "standalone", "盟委书记朝鲁门深入阿巴嘎旗"),
    ("ds07", "那仁宝拉格苏木", "township", "standalone", "先后来到那仁宝拉格苏木、洪格尔高勒镇和别力古台镇"),
    ("ds07", "洪格尔高勒镇", "town", "standalone", "先后来到那仁宝拉格苏木、洪格尔高勒镇和别力古台镇"),
    ("ds07", "别力古台镇", "town", "standalone", "先后来到那仁宝拉格苏木、洪格尔高勒镇和别力古台镇"),
    ("ds07", "浑善达克沙地", "desert", "standalone", "加快浑善达克沙地治理"),
    ("ds08", "吉尔嘎郎图苏木", "township", "standalone", "深入吉尔嘎郎图苏木，调研春季接羔保育"),
    ("ds08", "巴彦乌拉嘎查", "village", "standalone", "在巴彦乌拉嘎查，布仁巴雅尔"),
    ("ds09", "巴彦胡舒苏木", "township", "standalone", "深入巴彦胡舒苏木、浩勒图高勒镇，调研防汛抗旱"),
    ("ds09", "浩勒图高勒镇", "town", "standalone", "深入巴彦胡舒苏木、浩勒图高勒镇，调研防汛抗旱"),
    ("ds09", "哈日阿图嘎查", "village", "standalone", "在哈日阿图嘎查，那日苏察看了"),
    ("ds10", "和静县", "county", "standalone", "深入和静县巴音布鲁克镇、巩乃斯镇"),
    ("ds10", "巴音布鲁克镇", "town", "standalone", "深入和静县巴音布鲁克镇、巩乃斯镇"),
    ("ds10", "巩乃斯镇", "town", "standalone", "深入和静县巴音布鲁克镇、巩乃斯镇"),
    ("ds10", "河北省", "province", "in_org_reference", _DS10_YAN),
    ("ds10", "河北", "province", "standalone", "县委常委、副县长（河北援疆干部）杜国祥陪同调研"),
    ("ds10", "巴音布鲁克", "scenic_area", "in_project_name", "察看了巴音布鲁克景区游客服务中心提升改造项目"),
    ("ds10", "巩乃斯河", "river", "in_project_name", "来到巩乃斯河和静段防洪治理工程现场"),
    ("ds10", "和静", "county", "in_project_name", "来到巩乃斯河和静段防洪治理工程现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ds", conventions="set ds (blind set: 新疆 and 内蒙古 pages with minority names (Uyghur / Kazakh names with a middle dot, Mongolian names without one): 喀什地区 (地委 → 喀什地区委, 行署 → 喀什地区行政公署) with 莎车县 and 疏勒县; 伊犁哈萨克自治州 and 巴音郭楞蒙古自治州 (州党委 → full name + 党委, 州政府) with 霍城县, 察布查尔锡伯自治县 (牛录乡) and 和静县; 锡林郭勒盟 (盟委) with 阿巴嘎旗 and 西乌珠穆沁旗: 旗委 / 旗政府, 苏木党委 / 苏木政府 苏木达, 嘎查党支部 / 嘎查委员会 嘎查达; 援疆 指挥部 and 工作组 titles are posts of those bodies, （X援疆干部） is not; one line per post per article)",
          persons_note="Set ds persons. id = corpus-wide person_id (ds:格日勒图#1 of 巴彦胡舒苏木 in 西乌珠穆沁旗 (内蒙古) and ds:格日勒图#2 of 和静县 (新疆 巴州) are two people; ds:阿迪力·麦麦提 莎车县长 2022 → 喀什地区行署副专员 2024; ds:严卫疆 霍城县长 2022, 2023 → 察布查尔锡伯自治县委书记 2024; ds:布仁巴雅尔 阿巴嘎旗长 2022 → 旗委书记 2024; ds:那日苏 阿巴嘎 副旗长 2022 → 西乌珠穆沁旗长 2024)")


if __name__ == "__main__":
    main()
