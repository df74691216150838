"""Write gold part ``ha`` (a blind set, held-out-like mix, 22nd round: 山西, 陕西, 宁夏, 青海, 新疆 (not 兵团), 内蒙古 — county
government sites, city-paper e-editions and portal reprints; leaders' 调研, 会议, 招商 and 督导 with title chains; a page
with two articles about two different counties; one official promoted from 副县长 to 县长 in a neighbouring county) from
the tables below.

Pages ``tests/dev/texts/ha*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool (corpus ``pages``; none copied): the 科右前旗 site (``盟委副书记、盟长…
深入我旗…调研，盟行署副盟长…，旗委副书记、政府旗长…，旗委常委、政府党组副书记、副旗长提名人选…参加调研``); the 乌审旗 site of
a 阿尔山市 党政考察团 (``作者: 来源: 发布时间:``, ``我旗领导…及旗政府办、发展改革…等相关负责人陪同``); the 西宁 党建 portal
reprint of a 西宁晚报 report (``来源:西宁晚报 日期:… 浏览量:``, ``省委常委、市委书记…赴西宁经济技术开发区调研招商引资…并召开
工作推进会``, ``（记者 …）`` at the end); the 刚察 site on a 门源 visit (``发布时间 / 消息来源``, ``州委常委、县委书记，县委副书记、
政府县长…``); the 新绛县 site (``首页 > 要闻动态>部门动态``, ``发布日期 来源 浏览次数 【字体: 】 打印本页``, ``县交通运输局党组书记、
局长…就…作专题汇报``); the 文化艺术报 page of the 吴堡县 集中开工 (``县委书记…宣布开工，吴堡县县长…主持仪式。县委常委、常务副县长…
介绍了…项目情况``, ``在家县级领导…出席``); a 神木市 观摩 post (``榆林市委常委、神木市委书记…，市委副书记、市长…参加观摩活动``);
the 开鲁县 site (``欢迎访问开鲁县人民政府!``, ``当前位置: 首页>新闻中心>乡镇动态``, ``发布时间: 信息来源: 分享到:``,
``（县政府办供稿）``); the 疏勒县 site (``当前位置: 首页 / 政务动态``, ``来源: 字体:【 访问量: 扫一扫在手机打开当前页``); the 黄河新闻网
临汾频道 page of the 曲沃 招商引资工作调度会 (``县委副书记、县长…主持召开…。曲沃经济技术开发区党工委书记、管委会主任…，县委常委、
常务副县长…，县委常委、副县长…参加会议``, ``（曲沃融媒 …） [编辑: …]``); the 长治日报 portal page (``2023-06-03 来源:长治日报
编辑:…``, ``市委常委、秘书长…参加``); the 盂县 融媒体 page (``来源:盂县融媒体中心 |作者: | 发布时间: … | …次浏览``, ``责编: 校对:
监制:``); the 奇台县 page (``来源:奇台县电视台 … 【字体: 打印``, ``奇台县委书记…、县委副书记、县长…率领县党政代表团赴新疆准东经济技术
开发区考察``); the 各界导报 e-edition (``上一期 2025年12月11日 星期四 第02版:协商 上一版 下一版 上一篇 下一篇``, ``本报讯 (记者 …
通讯员 …)``, footer with 陕ICP备); the 渭南日报 page (``本报讯(记者…)``, ``新闻推荐``); the 伊金霍洛 account (``丨责编: 丨校对:
丨审核:``). Places are real and new to the corpus as page places: 山西 大同 (阳高县, 天镇县 — neighbours), 陕西 延安 (延川县,
延长县 — neighbours), 宁夏 石嘴山 (平罗县), 青海 海西蒙古族藏族自治州 (都兰县, 乌兰县 — neighbours), 新疆 哈密 (巴里坤哈萨克自治县,
伊吾县 — neighbours), 内蒙古 巴彦淖尔 (五原县).

Shapes: the 阳高县 site (``当前位置``, ``发布时间 / 来源 / 浏览次数``, 字号, 上一篇 / 下一篇, footer with 晋ICP备 and 网站标识码) of the
县委书记's 调研 with the 县长, the 常务副县长, a 副县长, the 县发改局局长 and a town secretary (ha01, May 2022); the 大同日报 第02版
with two articles about two counties: a 招商引资 集中签约仪式 in 阳高 (副市长 讲话, 县委书记 致辞, 县长 主持) and a 督导 in 天镇 led by
the 县长 — the former 阳高 副县长 — with bare ``县委副书记、县长`` in both (ha02, March 2024); the 延川县 site of the 县长's 督导
(``带领`` a party; ``（县融媒体中心 记者 …）``) (ha03, Sept 2021); the 延安新闻网 reprint of a 延安日报 report (stamp ``来源：延安日报
作者：… 编辑：…``, share buttons, 相关新闻) of a 市委常委、副市长's 调研 of 延川 and 延长: the 2021 延川 县长 is now 延川县委书记 (ha04,
June 2024); the 平罗县 site of a 招商引资工作推进会 (``石嘴山市委常委、平罗县委书记…出席会议并讲话，县委副书记、县长…主持会议``; a
县委常委 who is 平罗工业园区党工委书记; the 县投资促进中心主任 通报) (ha05, April 2023); the 都兰县 site of the 县委书记's 调研 with
``县委副书记、政府县长`` (ha06, Aug 2022); the 海西新闻网 reprint of a 柴达木日报 report of the 州委常委、副州长's 调研 in 乌兰县 —
the former 都兰 县委书记 (ha07, July 2024); the 巴里坤哈萨克自治县 site of the 县委书记's 调研 with a Kazakh 县长 (names with a
middle dot) and ``编辑 / 初审 / 终审`` lines (ha08, June 2023); the 哈密日报 第01版 of the 市长's 调研 in 伊吾县, whose 县委书记 is the
former 巴里坤 县长 (ha09, Oct 2024); the 五原县 site of the 县长's 会见 of a company chairman and the 签约仪式 (ha10, Nov 2023).

Identity cases:
- ha:牛建勋, promoted from 副县长 to 县长 in a neighbouring county: 阳高县副县长 (ha01, May 2022) → 天镇县委副书记、县长 (ha02
  article 2, March 2024).
- ha:白崇岭, a 县长 who becomes 县委书记 in the same county: 延川县委副书记、县长 (ha03, Sept 2021) → 延川县委书记 (ha04, June 2024).
- ha:祁万山, a county secretary who becomes a prefecture leader: 都兰县委书记 (ha06, Aug 2022) → 海西州委常委、副州长 (ha07, July
  2024).
- ha:加尔肯·木合亚提 moves to a neighbouring county: 巴里坤哈萨克自治县委副书记、县长 (ha08, June 2023) → 伊吾县委书记 (ha09, Oct
  2024).
- the same officials on two pages: ha:郜振东 (阳高县委书记, 2022 and 2024), ha:籍晓峰 (阳高县委副书记、县长, 2022 and 2024).
- two different 苏建林 in unrelated places: ha:苏建林#1 is 平罗县委常委、副县长 (宁夏 石嘴山, ha05, April 2023); ha:苏建林#2 is
  五原县委常委、副县长 (内蒙古 巴彦淖尔, ha10, Nov 2023). Same name, same title chain, same year.
- one organ name belonging to different places: bare ``县委副书记、县长`` on the one 大同日报 page is 阳高's in article 1 (after
  ``阳高县委书记``) and 天镇's in article 2 (a 天镇 article, no county named before it) (ha02); bare ``县发改局局长`` is 阳高's (ha01)
  and 延川's (ha03); bare ``县委书记`` is 阳高's, 都兰's and 巴里坤's on their sites; ``副市长`` / ``市委常委、副市长`` / ``市委副书记、
  市长`` / ``市X局`` are 大同's (ha02), 延安's (ha04) and 哈密's (ha09) in their papers; ``县委常委、副县长`` is 阳高's (ha02), 平罗's
  (ha05), 乌兰's (ha07) and 五原's (ha10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts gx, gz, gy, gu, bs, bq, bf, ak where they speak; decided here where they are silent):
- Labels: 阳高县, 天镇县, 延川县, 延长县, 平罗县, 都兰县, 乌兰县, 伊吾县, 五原县 (one county of each name in China, no city prefix);
  the autonomous county keeps its full name: ``巴里坤哈萨克自治县委``, ``巴里坤哈萨克自治县政府`` (as 丰宁满族自治县委); cities 大同市,
  延安市, 石嘴山市, 哈密市; the 州 is ``海西蒙古族藏族自治州`` (full name, as bf's 海西州发展改革委 → 海西蒙古族藏族自治州发展改革委).
  Towns take their county: 阳高县罗文皂镇党委, 天镇县新平堡镇党委, 延川县永坪镇党委, 都兰县香日德镇党委, 巴里坤哈萨克自治县大河镇党委,
  伊吾县淖毛湖镇党委.
- Bare organs take the page's place or its parent of the right level (bs, gx, gz): bare 县委 / 县长 / 县X局 on a county site are that
  county's; in a city paper a bare ``县委副书记、县长`` / ``县委常委、副县长`` right after ``X县委书记`` is X's, and in an article about
  one county with no county named before the chain (ha02 article 2, headline ``天镇县督导…``) it is that county's; bare ``副市长``,
  ``市委常委、副市长``, ``市委副书记、市长``, ``市农业农村局``, ``市发展改革委`` in a city paper (or its portal reprint) are the paper's city;
  bare ``州委常委、副州长`` and ``州发展改革委`` in the 柴达木日报 (reprinted on 海西新闻网) are 海西's.
- ``县委副书记、政府县长`` (青海) → X县委 副书记 + X县政府 县长 (as 政府旗长 in g, m, ak). ``石嘴山市委常委、平罗县委书记`` → 石嘴山市委
  常委 + 平罗县委 书记 (each organ named). ``州委常委、副州长`` → 海西蒙古族藏族自治州委 常委 + 海西蒙古族藏族自治州政府 副州长 (gx).
- Departments as written after the label: ``县发改局局长`` → X县发改局 局长; ``县应急管理局局长`` → 天镇县应急管理局 局长;
  ``县农牧水利和科技局局长`` → 都兰县农牧水利和科技局 局长; DECIDED HERE: ``县发展和改革委员会主任`` (ha08) → 巴里坤哈萨克自治县发展和
  改革委员会 主任, as the body writes it (bf folded only a prefecture's 发展改革委 written that way in its body; nothing is folded
  here). ``县投资促进中心主任`` → 平罗县投资促进中心 主任, ``县招商服务中心主任`` → 五原县招商服务中心 主任 (gx, dh: heads of county
  bodies are posts). A county's zone keeps the name its page writes (gu, gx): ``县委常委、平罗工业园区党工委书记`` → 平罗县委 常委 +
  平罗工业园区党工委 书记; ``五原工业园区管委会主任`` → 五原工业园区管委会 主任.
- Not posts: ``县领导`` / ``县直有关部门主要负责人`` (unnamed), a company's 董事长 (任宏伟: ``company_executive``, no line). One line per
  post per article; a person named in the headline and the body has one line (evidence from the body).
- Events: 调研 / 督导 are ``inspection`` (leader; 陪同 / 参加 / ``带领`` party members attendees; 汇报 / 介绍 / 指出 / 强调 / 表示 /
  要求 / 作了安排 / 作了说明 speakers, and officials whose 汇报 the leader ``听取了``). DECIDED HERE: an official named only after the
  party was listed by groups (ha03 ``县应急管理局、县发改局主要负责人``, then ``县发改局局长高瑞平介绍了``) is a speaker, not an attendee
  (the page does not name him in the party); officials whose 汇报 the leader ``听取了`` without a written 陪同 (ha04 屈志强, 贺文斌) are
  speakers only. The 推进会 is ``meeting (推进会)`` (chair 主持; ``出席会议`` attendees; ``出席会议并讲话`` attendee and speaker;
  通报 / 汇报 / 作了说明 / 强调 / 要求 speakers). A 集中签约仪式 and a 项目签约仪式 are ``ceremony (签约仪式)`` (gx: chair 主持; 出席 /
  共同出席 / 签订 attendees; 讲话 / 致辞 / 介绍 speakers); the 会见 is ``meeting (会见)`` without chair (host, guest and ``参加会见``
  officials attendees; host and guest speakers) (gx, gu).
- Bylines: ``本报讯（记者 …）``, ``本报讯（记者 … 通讯员 …）`` and ``（X县融媒体中心 记者 …）`` are reporter / correspondent lines (gz);
  the portal stamp ``作者：焦红英`` repeating the 记者 byline gives no second line, and its stamp ``编辑：`` and ``【责任编辑：…】`` for one
  name give one line (gu, gy); ``（都兰县融媒体中心 南卡才旦）`` (a media-centre credit without 记者) and a stamp ``作者：`` with no 记者
  byline in the page (ha10 云晓琳) are author lines (bs, gx); 编辑 / 责任编辑 / 本版编辑 / 美编 / 审核 / 初审 / 终审 / 校对 are editor lines.
  Source credits (``来源：县政府办``, ``信息来源：县投资促进中心``) are no persons.
- Projects: named works visited, signed or pushed: a 产业园 and its numbered phase ``industrial_park``; a 冷链物流中心
  ``logistics_hub``; 供热管网改造, 污水处理厂提标改造 and 油区道路改造 ``infrastructure_project``; a 防洪治理工程 ``engineering_work``;
  a river's 生态修复造林项目 and a 防护林提质工程 ``greening_project``; a 示范园 / 种植基地 of farming, a 古镇提升改造项目, a 分选包装中心,
  a 景区游客服务中心扩建项目, energy projects (风电, 风光储一体化, 光伏组件) and a company's named 年产…项目 ``project`` (as gx, gs). Not
  projects: ``城镇燃气隐患整治``, ``油区安全隐患治理``, ``防火检查站``, ``“疆煤外运”``.
- Places: one line per name per file, as written; a county's short name standing in the body (阳高, 五原) is a line of its own (gu,
  gx); places inside titles, org references and project names count (巴里坤 and 淖毛湖 only in project names); DECIDED HERE: ``“延安
  苹果”`` gives 延安 with context ``standalone (brand)`` (as the earlier brand lines), ``茶卡盐湖`` is a ``lake``, ``河套灌区`` an
  ``irrigation_district``, ``西北`` a ``region``. Not annotated: site lines, mastheads, breadcrumbs, 来源 lines, bylines and media-centre
  credits, footers, 相关新闻 / 相关链接 / 上一篇 / 下一篇 lists, product names (哈密瓜), company names (恒瑞丰食品集团).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

YG, TZ, DT = "阳高县", "天镇县", "大同市"
YC, YZ, YA = "延川县", "延长县", "延安市"
PL, SZS = "平罗县", "石嘴山市"
DL, WL, HX = "都兰县", "乌兰县", "海西蒙古族藏族自治州"
BLK, YW, HM = "巴里坤哈萨克自治县", "伊吾县", "哈密市"
WY = "五原县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ha01_yanggao.txt": (2022, "发布时间：2022-05-19 17:42", YG, [
        ("郜振东调研重点项目建设和招商引资工作", "5月18日", "2022-05-18", "5月18日，县委书记郜振东",
         "county site: the 县委书记's 调研 with the 县长, 常务副县长, a 副县长 (牛建勋, later 天镇 县长), the 县发改局局长 and a town secretary")]),
    "ha02_datong.txt": (2024, "2024年3月27日　星期三", DT, [
        ("阳高县集中签约5个招商引资项目", "3月26日", "2024-03-26", "本报讯（记者 阴雪婷）3月26日",
         "city paper 第02版, article 1: 阳高's 集中签约仪式 (副市长 讲话, 县委书记 致辞, 县长 主持, 县委常委、副县长 介绍)"),
        ("天镇县督导春季造林和森林防灭火工作", "3月25日", "2024-03-25", "本报讯（记者 师建国 通讯员 樊丽君）3月25日",
         "same page, article 2: 天镇's 县长 (the former 阳高 副县长) leads a 督导; bare 县委副书记、县长 = 天镇's")]),
    "ha03_yanchuan.txt": (2021, "时间：2021-09-15 10:26", YC, [
        ("白崇岭督导安全生产和重点项目建设工作", "9月14日", "2021-09-14", "9月14日，县委副书记",
         "county site: the 县长's 督导 of two towns with the 常务副县长, a 副县长, a town secretary and the 县发改局局长")]),
    "ha04_yanan.txt": (2024, "2024-06-13 08:52:16", YA, [
        ("蔺国华在延川县延长县调研苹果产业和油气安全生产工作", "6月12日", "2024-06-12", "本报讯（记者 焦红英）6月12日",
         "portal reprint of the city paper: 市委常委、副市长's 调研 of 延川 and 延长; the 2021 延川 县长 now 县委书记")]),
    "ha05_pingluo.txt": (2023, "发布时间：2023-04-11 09:15", PL, [
        ("平罗县召开一季度招商引资工作推进会", "4月10日", "2023-04-10", "4月10日，平罗县召开",
         "county site: 招商引资工作推进会 (市委常委、县委书记 讲话, 县长 主持; 工业园区党工委书记; 县投资促进中心主任 通报; 苏建林#1)")]),
    "ha06_dulan.txt": (2022, "发布时间：2022-08-24", DL, [
        ("祁万山深入香日德镇察汗乌苏镇调研枸杞产业发展和防汛工作", "8月23日", "2022-08-23", "8月23日，县委书记祁万山",
         "county site (青海): the 县委书记's 调研 with ``县委副书记、政府县长``, 常务副县长, 副县长, a department head and a town secretary")]),
    "ha07_haixi.txt": (2024, "发布时间：2024-07-10 09:03", HX, [
        ("祁万山在乌兰县调研盐湖资源综合利用和文旅融合发展工作", "7月9日", "2024-07-09", "本报讯（记者 乔志敏）7月9日",
         "州 portal reprint of the 柴达木日报: the 州委常委、副州长 (former 都兰 县委书记) 调研 in 乌兰县")]),
    "ha08_balikun.txt": (2023, "发布时间：2023-06-07 18:30:12", BLK, [
        ("范宏博调研新能源项目建设和农业产业发展工作", "6月6日", "2023-06-06", "6月6日，县委书记范宏博",
         "autonomous county site (新疆): the 县委书记's 调研 with a Kazakh 县长 (later 伊吾县委书记); 编辑 / 初审 / 终审")]),
    "ha09_hami.txt": (2024, "2024年10月17日　星期四", HM, [
        ("宋立军在伊吾县调研时强调", "10月16日", "2024-10-16", "本报讯（记者 景海涛）10月16日",
         "city paper 第01版: the 市长's 调研 in 伊吾县; its 县委书记 is the former 巴里坤 县长")]),
    "ha10_wuyuan.txt": (2023, "发布时间：2023-11-22 16:08", WY, [
        ("云志强会见恒瑞丰食品集团客商并出席项目签约仪式", "11月21日下午", "2023-11-21", "11月21日下午，县委副书记",
         "county site (内蒙古): the 县长's 会见 and the 签约仪式; 县委常委、副县长 苏建林#2 主持; 工业园区管委会主任 签订")]),
}

_H02_NIU = "县委副书记、县长牛建勋带队深入新平堡镇"
_H05_HAI = "石嘴山市委常委、平罗县委书记海志明"
_H05_LV = "县委常委、平罗工业园区党工委书记吕振翔"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 大同: 阳高, 天镇
    "ha:郜振东": ("郜振东", "official", YG, [
        ("ha01", f"{YG}委", "书记", "县委书记郜振东深入罗文皂镇", "2022-05; bare 县委 on the 阳高县 site; named in the headline too"),
        ("ha02", f"{YG}委", "书记", "阳高县委书记郜振东致辞", "2024-03: the same post")], []),
    "ha:籍晓峰": ("籍晓峰", "official", YG, [
        ("ha01", f"{YG}委", "副书记", "县委副书记、县长籍晓峰，县委常委", "2022-05"),
        ("ha01", f"{YG}政府", "县长", "县委副书记、县长籍晓峰，县委常委", None),
        ("ha02", f"{YG}委", "副书记", "县委副书记、县长籍晓峰主持签约仪式", "2024-03: bare, right after 阳高县委书记 in the 阳高 article (article 1)"),
        ("ha02", f"{YG}政府", "县长", "县委副书记、县长籍晓峰主持签约仪式", None)], []),
    "ha:薄永军": ("薄永军", "official", YG, [
        ("ha01", f"{YG}委", "常委", "县委常委、常务副县长薄永军", None),
        ("ha01", f"{YG}政府", "常务副县长", "县委常委、常务副县长薄永军", None)], []),
    "ha:牛建勋": ("牛建勋", "official", "大同市", [
        ("ha01", f"{YG}政府", "副县长", "副县长牛建勋，县发改局局长郄丽萍", "2022-05: 阳高 (identity case: 天镇县长 in 2024, ha02 article 2)"),
        ("ha02", f"{TZ}委", "副书记", _H02_NIU, "2024-03: promoted to 县长 of the neighbouring 天镇县; bare chain in the 天镇 article"),
        ("ha02", f"{TZ}政府", "县长", _H02_NIU, None)], []),
    "ha:郄丽萍": ("郄丽萍", "official", YG, [
        ("ha01", f"{YG}发改局", "局长", "县发改局局长郄丽萍及县直有关部门负责人", "bare 县发改局 on the 阳高 site (延川's in ha03)")], []),
    "ha:闫卫星": ("闫卫星", "official", YG, [
        ("ha01", f"{YG}罗文皂镇党委", "书记", "在罗文皂镇，镇党委书记闫卫星", None)], []),
    "ha:郇宏亮": ("郇宏亮", "official", DT, [
        ("ha02", f"{DT}政府", "副市长", "副市长郇宏亮出席并讲话", "bare 副市长 in the 大同日报")], []),
    "ha:贾润田": ("贾润田", "official", YG, [
        ("ha02", f"{YG}委", "常委", "县委常委、副县长贾润田介绍了", "bare, in the 阳高 article after 阳高县委书记"),
        ("ha02", f"{YG}政府", "副县长", "县委常委、副县长贾润田介绍了", None)], []),
    "ha:卜东旭": ("卜东旭", "official", TZ, [
        ("ha02", f"{TZ}政府", "副县长", "副县长卜东旭，县应急管理局局长乔永胜", "bare, in the 天镇 article")], []),
    "ha:乔永胜": ("乔永胜", "official", TZ, [
        ("ha02", f"{TZ}应急管理局", "局长", "县应急管理局局长乔永胜陪同督导", None)], []),
    "ha:侯晓龙": ("侯晓龙", "official", TZ, [
        ("ha02", f"{TZ}新平堡镇党委", "书记", "新平堡镇党委书记侯晓龙", None)], []),
    # ---- 延安: 延川, 延长
    "ha:白崇岭": ("白崇岭", "official", YC, [
        ("ha03", f"{YC}委", "副书记", "县委副书记、县长白崇岭带领", "2021-09 (identity case: 延川县委书记 in 2024, ha04); named in the headline too"),
        ("ha03", f"{YC}政府", "县长", "县委副书记、县长白崇岭带领", None),
        ("ha04", f"{YC}委", "书记", "延川县委书记白崇岭", "2024-06: now 县委书记 of the same county")], []),
    "ha:冯宝堂": ("冯宝堂", "official", YC, [
        ("ha03", f"{YC}委", "常委", "县委常委、常务副县长冯宝堂", None),
        ("ha03", f"{YC}政府", "常务副县长", "县委常委、常务副县长冯宝堂", None)], []),
    "ha:拓红艳": ("拓红艳", "official", YC, [
        ("ha03", f"{YC}政府", "副县长", "副县长拓红艳，县应急管理局", None)], []),
    "ha:呼延庆华": ("呼延庆华", "official", YC, [
        ("ha03", f"{YC}永坪镇党委", "书记", "镇党委书记呼延庆华", "在永坪镇，… 镇党委书记 (a compound surname, 呼延)")], []),
    "ha:高瑞平": ("高瑞平", "official", YC, [
        ("ha03", f"{YC}发改局", "局长", "县发改局局长高瑞平介绍了", "bare 县发改局 on the 延川 site (阳高's in ha01)")], []),
    "ha:蔺国华": ("蔺国华", "official", YA, [
        ("ha04", f"{YA}委", "常委", "市委常委、副市长蔺国华深入延川县", "bare 市委 in the 延安日报 (named in the headline too)"),
        ("ha04", f"{YA}政府", "副市长", "市委常委、副市长蔺国华深入延川县", None)], []),
    "ha:郭晓瑞": ("郭晓瑞", "official", YA, [
        ("ha04", f"{YA}农业农村局", "局长", "市农业农村局局长郭晓瑞参加调研", None)], []),
    "ha:慕振华": ("慕振华", "official", YC, [
        ("ha04", f"{YC}委", "副书记", "县委副书记、县长慕振华陪同调研", "bare, right after 延川县委书记; succeeds 白崇岭 as 县长"),
        ("ha04", f"{YC}政府", "县长", "县委副书记、县长慕振华陪同调研", None)], []),
    "ha:屈志强": ("屈志强", "official", YZ, [
        ("ha04", f"{YZ}委", "书记", "延长县委书记屈志强", None)], []),
    "ha:贺文斌": ("贺文斌", "official", YZ, [
        ("ha04", f"{YZ}委", "副书记", "县委副书记、县长贺文斌关于", "bare, right after 延长县委书记"),
        ("ha04", f"{YZ}政府", "县长", "县委副书记、县长贺文斌关于", None)], []),
    # ---- 石嘴山: 平罗
    "ha:海志明": ("海志明", "official", PL, [
        ("ha05", f"{SZS}委", "常委", _H05_HAI, "each organ named in the chain"),
        ("ha05", f"{PL}委", "书记", _H05_HAI, None)], []),
    "ha:丁学斌": ("丁学斌", "official", PL, [
        ("ha05", f"{PL}委", "副书记", "县委副书记、县长丁学斌主持会议", None),
        ("ha05", f"{PL}政府", "县长", "县委副书记、县长丁学斌主持会议", None)], []),
    "ha:虎晓梅": ("虎晓梅", "official", PL, [
        ("ha05", f"{PL}委", "常委", "县委常委、常务副县长虎晓梅", None),
        ("ha05", f"{PL}政府", "常务副县长", "县委常委、常务副县长虎晓梅", None)], []),
    "ha:吕振翔": ("吕振翔", "official", PL, [
        ("ha05", f"{PL}委", "常委", _H05_LV, None),
        ("ha05", "平罗工业园区党工委", "书记", _H05_LV, "a county's zone as its page writes it (gu, gx)")], []),
    "ha:苏建林#1": ("苏建林", "official", PL, [
        ("ha05", f"{PL}委", "常委", "县委常委、副县长苏建林出席会议", "平罗 (宁夏), 2023-04; not the 苏建林 of 五原 (ha10)"),
        ("ha05", f"{PL}政府", "副县长", "县委常委、副县长苏建林出席会议", None)], []),
    "ha:马瑞霞": ("马瑞霞", "official", PL, [
        ("ha05", f"{PL}投资促进中心", "主任", "县投资促进中心主任马瑞霞", "head of a county body (gx)")], []),
    # ---- 海西: 都兰, 乌兰
    "ha:祁万山": ("祁万山", "official", HX, [
        ("ha06", f"{DL}委", "书记", "县委书记祁万山深入香日德镇", "2022-08 (identity case: 州委常委、副州长 in 2024, ha07); named in the headline too"),
        ("ha07", f"{HX}委", "常委", "州委常委、副州长祁万山深入乌兰县", "2024-07: bare 州委 in the 柴达木日报 = 海西's"),
        ("ha07", f"{HX}政府", "副州长", "州委常委、副州长祁万山深入乌兰县", None)], []),
    "ha:才让多杰": ("才让多杰", "official", DL, [
        ("ha06", f"{DL}委", "副书记", "县委副书记、政府县长才让多杰", None),
        ("ha06", f"{DL}政府", "县长", "县委副书记、政府县长才让多杰", "政府县长 → X县政府 县长 (as 政府旗长)")], []),
    "ha:李生财": ("李生财", "official", DL, [
        ("ha06", f"{DL}委", "常委", "县委常委、常务副县长李生财", None),
        ("ha06", f"{DL}政府", "常务副县长", "县委常委、常务副县长李生财", None)], []),
    "ha:马成福": ("马成福", "official", DL, [
        ("ha06", f"{DL}政府", "副县长", "副县长马成福，县农牧水利和科技局局长", None)], []),
    "ha:韩德胜": ("韩德胜", "official", DL, [
        ("ha06", f"{DL}农牧水利和科技局", "局长", "县农牧水利和科技局局长韩德胜陪同调研", "as written")], []),
    "ha:久美扎西": ("久美扎西", "official", DL, [
        ("ha06", f"{DL}香日德镇党委", "书记", "香日德镇党委书记久美扎西", None)], []),
    "ha:樊永平": ("樊永平", "official", HX, [
        ("ha07", f"{HX}发展改革委", "主任", "州发展改革委主任樊永平", "as bf's 海西州发展改革委")], []),
    "ha:张瑞杰": ("张瑞杰", "official", WL, [
        ("ha07", f"{WL}委", "书记", "乌兰县委书记张瑞杰", None)], []),
    "ha:斗拉加": ("斗拉加", "official", WL, [
        ("ha07", f"{WL}委", "副书记", "县委副书记、县长斗拉加", "bare, right after 乌兰县委书记"),
        ("ha07", f"{WL}政府", "县长", "县委副书记、县长斗拉加", None)], []),
    "ha:陈宏斌": ("陈宏斌", "official", WL, [
        ("ha07", f"{WL}委", "常委", "县委常委、副县长陈宏斌", None),
        ("ha07", f"{WL}政府", "副县长", "县委常委、副县长陈宏斌", None)], []),
    # ---- 哈密: 巴里坤, 伊吾
    "ha:范宏博": ("范宏博", "official", BLK, [
        ("ha08", f"{BLK}委", "书记", "县委书记范宏博深入大河镇", "bare 县委 on the 巴里坤哈萨克自治县 site; named in the headline too")], []),
    "ha:加尔肯·木合亚提": ("加尔肯·木合亚提", "official", HM, [
        ("ha08", f"{BLK}委", "副书记", "县委副书记、县长加尔肯·木合亚提，县委常委", "2023-06 (identity case: 伊吾县委书记 in 2024, ha09)"),
        ("ha08", f"{BLK}政府", "县长", "县委副书记、县长加尔肯·木合亚提，县委常委", None),
        ("ha09", f"{YW}委", "书记", "伊吾县委书记加尔肯·木合亚提", "2024-10: 县委书记 of the neighbouring 伊吾县")], []),
    "ha:左志宏": ("左志宏", "official", BLK, [
        ("ha08", f"{BLK}委", "常委", "县委常委、常务副县长左志宏", None),
        ("ha08", f"{BLK}政府", "常务副县长", "县委常委、常务副县长左志宏", None)], []),
    "ha:哈依拉提·阿斯哈尔": ("哈依拉提·阿斯哈尔", "official", BLK, [
        ("ha08", f"{BLK}政府", "副县长", "副县长哈依拉提·阿斯哈尔", None)], []),
    "ha:肖振宇": ("肖振宇", "official", BLK, [
        ("ha08", f"{BLK}发展和改革委员会", "主任", "县发展和改革委员会主任肖振宇陪同调研", "DECIDED HERE: as the body writes it")], []),
    "ha:邓文彬": ("邓文彬", "official", BLK, [
        ("ha08", f"{BLK}大河镇党委", "书记", "大河镇党委书记邓文彬", None)], []),
    "ha:宋立军": ("宋立军", "official", HM, [
        ("ha09", f"{HM}委", "副书记", "市委副书记、市长宋立军深入伊吾县", "bare 市委 in the 哈密日报; named in the headline too"),
        ("ha09", f"{HM}政府", "市长", "市委副书记、市长宋立军深入伊吾县", None)], []),
    "ha:冀海明": ("冀海明", "official", HM, [
        ("ha09", f"{HM}发展改革委", "主任", "市发展改革委主任冀海明参加调研", None)], []),
    "ha:贺瑞祥": ("贺瑞祥", "official", YW, [
        ("ha09", f"{YW}委", "副书记", "县委副书记、县长贺瑞祥陪同调研", "bare, right after 伊吾县委书记"),
        ("ha09", f"{YW}政府", "县长", "县委副书记、县长贺瑞祥陪同调研", None)], []),
    "ha:薛慧敏": ("薛慧敏", "official", YW, [
        ("ha09", f"{YW}淖毛湖镇党委", "书记", "淖毛湖镇党委书记薛慧敏", None)], []),
    # ---- 巴彦淖尔: 五原
    "ha:云志强": ("云志强", "official", WY, [
        ("ha10", f"{WY}委", "副书记", "县委副书记、县长云志强会见了", "named in the headline too"),
        ("ha10", f"{WY}政府", "县长", "县委副书记、县长云志强会见了", None)], []),
    "ha:苏建林#2": ("苏建林", "official", WY, [
        ("ha10", f"{WY}委", "常委", "县委常委、副县长苏建林，五原工业园区", "五原 (内蒙古), 2023-11; not the 苏建林 of 平罗 (ha05)"),
        ("ha10", f"{WY}政府", "副县长", "县委常委、副县长苏建林，五原工业园区", None)], []),
    "ha:闫瑞峰": ("闫瑞峰", "official", WY, [
        ("ha10", "五原工业园区管委会", "主任", "五原工业园区管委会主任闫瑞峰", "a county's zone as its page writes it (gu, gx)")], []),
    "ha:高淑琴": ("高淑琴", "official", WY, [
        ("ha10", f"{WY}招商服务中心", "主任", "县招商服务中心主任高淑琴参加会见", "as dh's 城固县招商服务中心 主任")], []),
    "ha:任宏伟": ("任宏伟", "company_executive", "恒瑞丰食品集团", [], ["ha10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ha01", "贾慧敏", "责任编辑", "editor", "责任编辑：贾慧敏"),
    ("ha02", "阴雪婷", "记者", "reporter", "本报讯（记者 阴雪婷）"),
    ("ha02", "师建国", "记者", "reporter", "本报讯（记者 师建国 通讯员 樊丽君）"),
    ("ha02", "樊丽君", "通讯员", "correspondent", "本报讯（记者 师建国 通讯员 樊丽君）"),
    ("ha02", "柴雅琴", "本版编辑", "editor", "本版编辑：柴雅琴"),
    ("ha02", "殷文博", "美编", "editor", "美编：殷文博"),
    ("ha03", "刘泽民", "记者", "reporter", "（县融媒体中心 记者 刘泽民）"),
    ("ha03", "苗雨萱", "责任编辑", "editor", "责任编辑：苗雨萱"),
    ("ha04", "焦红英", "记者", "reporter", "本报讯（记者 焦红英）"),
    ("ha04", "段晓萌", "编辑", "editor", "编辑：段晓萌"),
    ("ha05", "窦建伟", "编辑", "editor", "编辑：窦建伟"),
    ("ha05", "邵华东", "审核", "editor", "审核：邵华东"),
    ("ha06", "南卡才旦", "供稿", "author", "（都兰县融媒体中心 南卡才旦）"),
    ("ha06", "包文轩", "责任编辑", "editor", "责任编辑：包文轩"),
    ("ha07", "乔志敏", "记者", "reporter", "本报讯（记者 乔志敏）"),
    ("ha07", "秦凤霞", "编辑", "editor", "编辑：秦凤霞"),
    ("ha08", "巴哈尔古丽·赛力克", "记者", "reporter", "（巴里坤县融媒体中心 记者 巴哈尔古丽·赛力克）"),
    ("ha08", "白晓雯", "编辑", "editor", "编辑：白晓雯"),
    ("ha08", "郑雅楠", "初审", "editor", "初审：郑雅楠"),
    ("ha08", "娄雨桐", "终审", "editor", "终审：娄雨桐"),
    ("ha09", "景海涛", "记者", "reporter", "本报讯（记者 景海涛）"),
    ("ha09", "邓雨欣", "本版编辑", "editor", "本版编辑：邓雨欣"),
    ("ha09", "牟晓丽", "校对", "editor", "校对：牟晓丽"),
    ("ha10", "云晓琳", "作者", "author", "作者：云晓琳"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ha01", "罗文皂镇、龙泉镇重点项目建设和招商引资工作调研", "inspection (调研)", "5月18日", None, "郜振东", [],
     ["籍晓峰", "薄永军", "牛建勋", "郄丽萍"], ["闫卫星", "牛建勋", "郄丽萍", "郜振东", "籍晓峰", "薄永军"], "罗文皂镇、龙泉镇",
     "县委书记郜振东深入罗文皂镇、龙泉镇，调研重点项目建设和招商引资工作",
     ["县委书记郜振东深入罗文皂镇、龙泉镇", "副县长牛建勋", "县发改局局长郄丽萍及县直有关部门负责人陪同调研", "镇党委书记闫卫星汇报了",
      "牛建勋介绍了", "郄丽萍汇报了", "郜振东指出", "籍晓峰表示", "薄永军就做好"]),
    ("ha02", "阳高县2024年一季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "3月26日", "籍晓峰", None, ["阳高县"],
     ["郇宏亮"], ["郇宏亮", "郜振东", "贾润田"], "阳高县",
     "阳高县举行2024年一季度招商引资项目集中签约仪式",
     ["副市长郇宏亮出席并讲话", "阳高县委书记郜振东致辞", "县长籍晓峰主持签约仪式", "县委常委、副县长贾润田介绍了签约项目情况",
      "郇宏亮指出", "郜振东表示"]),
    ("ha02", "天镇县春季造林绿化和森林草原防灭火工作督导", "inspection (督导)", "3月25日", None, "牛建勋", [],
     ["卜东旭", "乔永胜"], ["侯晓龙", "牛建勋", "卜东旭"], "新平堡镇、米薪关镇",
     "县委副书记、县长牛建勋带队深入新平堡镇、米薪关镇，督导春季造林绿化和森林草原防灭火工作",
     ["县长牛建勋带队深入新平堡镇、米薪关镇", "副县长卜东旭", "县应急管理局局长乔永胜陪同督导", "新平堡镇党委书记侯晓龙汇报了",
      "牛建勋强调", "卜东旭就做好清明节期间"]),
    ("ha03", "国庆节前安全生产和重点项目建设工作督导", "inspection (督导)", "9月14日", None, "白崇岭", [],
     ["冯宝堂", "拓红艳"], ["呼延庆华", "高瑞平", "白崇岭", "冯宝堂", "拓红艳"], "永坪镇、文安驿镇",
     "县委副书记、县长白崇岭带领县委常委、常务副县长冯宝堂，副县长拓红艳",
     ["县长白崇岭带领县委常委、常务副县长冯宝堂，副县长拓红艳", "镇党委书记呼延庆华汇报了", "县发改局局长高瑞平介绍了", "白崇岭强调",
      "冯宝堂要求", "拓红艳就文旅景区"]),
    ("ha04", "延川县、延长县苹果产业和油气安全生产工作调研", "inspection (调研)", "6月12日", None, "蔺国华", [],
     ["郭晓瑞", "白崇岭", "慕振华"], ["慕振华", "屈志强", "贺文斌", "蔺国华", "郭晓瑞"], "延川县、延长县",
     "市委常委、副市长蔺国华深入延川县、延长县，调研苹果产业高质量发展和油气安全生产工作",
     ["市委常委、副市长蔺国华深入延川县、延长县", "市农业农村局局长郭晓瑞参加调研", "延川县委书记白崇岭，县委副书记、县长慕振华陪同调研",
      "慕振华汇报了", "听取了延长县委书记屈志强，县委副书记、县长贺文斌关于", "蔺国华指出", "郭晓瑞就果园夏季管理"]),
    ("ha05", "一季度招商引资工作推进会", "meeting (推进会)", "4月10日", "丁学斌", None, ["平罗县"],
     ["海志明", "虎晓梅", "吕振翔", "苏建林"], ["马瑞霞", "吕振翔", "苏建林", "海志明", "丁学斌"], None,
     "4月10日，平罗县召开一季度招商引资工作推进会",
     ["平罗县委书记海志明出席会议并讲话", "县长丁学斌主持会议", "县委常委、副县长苏建林出席会议", "县投资促进中心主任马瑞霞通报了",
      "吕振翔汇报了", "苏建林就宝丰镇", "海志明强调", "丁学斌要求"]),
    ("ha06", "香日德镇、察汗乌苏镇枸杞产业发展和防汛减灾工作调研", "inspection (调研)", "8月23日", None, "祁万山", [],
     ["才让多杰", "李生财", "马成福", "韩德胜"], ["久美扎西", "韩德胜", "祁万山", "才让多杰", "马成福"], "香日德镇、察汗乌苏镇",
     "县委书记祁万山深入香日德镇、察汗乌苏镇，调研枸杞产业发展和防汛减灾工作",
     ["县委书记祁万山深入香日德镇、察汗乌苏镇", "县农牧水利和科技局局长韩德胜陪同调研", "香日德镇党委书记久美扎西汇报了", "韩德胜介绍了",
      "祁万山强调", "才让多杰表示", "马成福就做好"]),
    ("ha07", "乌兰县盐湖资源综合利用和文旅融合发展工作调研", "inspection (调研)", "7月9日", None, "祁万山", [],
     ["樊永平", "张瑞杰", "斗拉加", "陈宏斌"], ["斗拉加", "樊永平", "祁万山", "张瑞杰"], "乌兰县",
     "州委常委、副州长祁万山深入乌兰县，调研盐湖资源综合利用和文旅融合发展工作",
     ["州委常委、副州长祁万山深入乌兰县", "县委常委、副县长陈宏斌陪同调研", "斗拉加汇报了", "樊永平介绍了", "祁万山指出", "张瑞杰表示"]),
    ("ha08", "大河镇、奎苏镇新能源项目建设和农业产业发展工作调研", "inspection (调研)", "6月6日", None, "范宏博", [],
     ["加尔肯·木合亚提", "左志宏", "哈依拉提·阿斯哈尔", "肖振宇"], ["加尔肯·木合亚提", "肖振宇", "邓文彬", "范宏博", "左志宏"],
     "大河镇、奎苏镇",
     "县委书记范宏博深入大河镇、奎苏镇，调研新能源项目建设和农业产业发展工作",
     ["县委书记范宏博深入大河镇、奎苏镇", "县发展和改革委员会主任肖振宇陪同调研", "加尔肯·木合亚提汇报了", "肖振宇介绍了",
      "大河镇党委书记邓文彬汇报了", "范宏博强调", "加尔肯·木合亚提表示", "左志宏就项目施工安全"]),
    ("ha09", "伊吾县新能源和煤化工项目建设、哈密瓜产业发展工作调研", "inspection (调研)", "10月16日", None, "宋立军", [],
     ["冀海明", "加尔肯·木合亚提", "贺瑞祥"], ["加尔肯·木合亚提", "薛慧敏", "宋立军", "冀海明"], "伊吾县",
     "市委副书记、市长宋立军深入伊吾县，调研新能源和煤化工项目建设、哈密瓜产业发展工作",
     ["市委副书记、市长宋立军深入伊吾县", "市发展改革委主任冀海明参加调研", "伊吾县委书记加尔肯·木合亚提，县委副书记、县长贺瑞祥陪同调研",
      "加尔肯·木合亚提汇报了", "淖毛湖镇党委书记薛慧敏介绍了", "宋立军指出", "冀海明就项目审批"]),
    ("ha10", "云志强会见恒瑞丰食品集团董事长任宏伟一行", "meeting (会见)", "11月21日下午", None, None, [],
     ["云志强", "任宏伟", "苏建林", "闫瑞峰", "高淑琴"], ["云志强", "任宏伟"], None,
     "县委副书记、县长云志强会见了恒瑞丰食品集团董事长任宏伟一行",
     ["县长云志强会见了恒瑞丰食品集团董事长任宏伟一行", "县招商服务中心主任高淑琴参加会见", "云志强代表县委、县政府", "任宏伟介绍了"]),
    ("ha10", "年产15万吨番茄制品精深加工项目签约仪式", "ceremony (签约仪式)", "11月21日下午", "苏建林", None, [],
     ["云志强", "任宏伟", "闫瑞峰"], [], None,
     "签约仪式由苏建林主持",
     ["并共同出席项目签约仪式", "签约仪式由苏建林主持", "闫瑞峰代表五原工业园区管委会与企业签订投资协议"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ha01", "罗文皂镇杏果精深加工产业园二期", "industrial_park", "罗文皂镇杏果精深加工产业园二期"),
    ("ha01", "龙泉镇设施蔬菜产业示范园", "project", "龙泉镇设施蔬菜产业示范园"),
    ("ha01", "阳高县城北污水处理厂提标改造工程", "infrastructure_project", "阳高县城北污水处理厂提标改造工程现场"),
    ("ha02", "年产2GW光伏组件及支架项目", "project", "年产2GW光伏组件及支架项目总投资15亿元"),
    ("ha02", "阳高县新能源装备制造产业园", "industrial_park", "选址阳高县新能源装备制造产业园"),
    ("ha02", "杏仁蛋白饮品生产线项目", "project", "杏仁蛋白饮品生产线项目总投资3.2亿元"),
    ("ha02", "南洋河流域生态修复造林项目", "greening_project", "南洋河流域生态修复造林项目"),
    ("ha02", "新平堡镇环村防护林提质工程", "greening_project", "新平堡镇环村防护林提质工程"),
    ("ha03", "永坪镇集中供热管网改造工程", "infrastructure_project", "永坪镇集中供热管网改造工程"),
    ("ha03", "文安驿古镇二期提升改造项目", "project", "文安驿古镇二期提升改造项目"),
    ("ha03", "延川县山地苹果冷链物流中心", "logistics_hub", "延川县山地苹果冷链物流中心建设进度"),
    ("ha04", "乾坤湾镇矮化自根砧苹果示范园", "project", "乾坤湾镇矮化自根砧苹果示范园"),
    ("ha04", "延川县苹果分选包装中心", "project", "延川县苹果分选包装中心"),
    ("ha04", "张家滩镇油区道路改造工程", "infrastructure_project", "张家滩镇油区道路改造工程"),
    ("ha05", "宝丰镇冷凉蔬菜产业园", "industrial_park", "宝丰镇冷凉蔬菜产业园"),
    ("ha05", "陶乐镇枸杞深加工项目", "project", "陶乐镇枸杞深加工项目落地情况"),
    ("ha06", "香日德镇有机枸杞标准化种植基地", "project", "香日德镇有机枸杞标准化种植基地"),
    ("ha06", "察汗乌苏镇枸杞精深加工产业园", "industrial_park", "察汗乌苏镇枸杞精深加工产业园"),
    ("ha06", "察汗乌苏河防洪治理工程", "engineering_work", "察汗乌苏河防洪治理工程施工现场"),
    ("ha07", "茶卡盐湖景区游客服务中心扩建项目", "project", "茶卡盐湖景区游客服务中心扩建项目"),
    ("ha07", "柯柯镇盐湖资源综合利用产业园", "industrial_park", "柯柯镇盐湖资源综合利用产业园"),
    ("ha08", "巴里坤百万千瓦风光储一体化项目", "project", "巴里坤百万千瓦风光储一体化项目升压站"),
    ("ha08", "大河镇万亩有机小麦标准化种植基地", "project", "大河镇万亩有机小麦标准化种植基地"),
    ("ha08", "奎苏镇牛羊肉精深加工产业园", "industrial_park", "奎苏镇牛羊肉精深加工产业园"),
    ("ha09", "淖毛湖镇煤炭分质利用示范项目", "project", "淖毛湖镇煤炭分质利用示范项目"),
    ("ha09", "伊吾县50万千瓦风电项目", "project", "伊吾县50万千瓦风电项目"),
    ("ha09", "淖毛湖哈密瓜冷链物流中心", "logistics_hub", "淖毛湖哈密瓜冷链物流中心"),
    ("ha10", "年产15万吨番茄制品精深加工项目", "project", "年产15万吨番茄制品精深加工项目总投资8.6亿元"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ha01", "罗文皂镇", "town", "standalone", "深入罗文皂镇、龙泉镇"),
    ("ha01", "龙泉镇", "town", "standalone", "深入罗文皂镇、龙泉镇"),
    ("ha01", "阳高县", "county", "in_project_name", "阳高县城北污水处理厂提标改造工程现场"),
    ("ha01", "京津冀", "region", "standalone", "要紧盯京津冀产业转移机遇"),
    ("ha02", "阳高县", "county", "standalone", "3月26日，阳高县举行"),
    ("ha02", "阳高", "county", "standalone", "阳高将以“拿地即开工”改革为抓手"),
    ("ha02", "京津冀", "region", "standalone", "要用好毗邻京津冀的区位优势"),
    ("ha02", "天镇县", "county", "standalone", "天镇县督导春季造林和森林防灭火工作"),
    ("ha02", "新平堡镇", "town", "standalone", "深入新平堡镇、米薪关镇"),
    ("ha02", "米薪关镇", "town", "standalone", "深入新平堡镇、米薪关镇"),
    ("ha02", "南洋河", "river", "in_project_name", "南洋河流域生态修复造林项目"),
    ("ha03", "永坪镇", "town", "standalone", "深入永坪镇、文安驿镇"),
    ("ha03", "文安驿镇", "town", "standalone", "深入永坪镇、文安驿镇"),
    ("ha03", "文安驿古镇", "ancient_town", "in_project_name", "文安驿古镇二期提升改造项目"),
    ("ha03", "延川县", "county", "in_project_name", "延川县山地苹果冷链物流中心建设进度"),
    ("ha04", "延川县", "county", "standalone", "深入延川县、延长县"),
    ("ha04", "延长县", "county", "standalone", "深入延川县、延长县"),
    ("ha04", "乾坤湾镇", "town", "in_project_name", "乾坤湾镇矮化自根砧苹果示范园"),
    ("ha04", "黑家堡镇", "town", "standalone", "黑家堡镇油区安全隐患治理现场"),
    ("ha04", "张家滩镇", "town", "in_project_name", "张家滩镇油区道路改造工程"),
    ("ha04", "延安", "city", "standalone (brand)", "提升“延安苹果”品牌价值"),
    ("ha05", "平罗县", "county", "standalone", "4月10日，平罗县召开"),
    ("ha05", "石嘴山市", "city", "in_title", _H05_HAI),
    ("ha05", "平罗工业园区", "development_zone", "standalone", "吕振翔汇报了平罗工业园区精细化工"),
    ("ha05", "宝丰镇", "town", "in_project_name", "宝丰镇冷凉蔬菜产业园"),
    ("ha05", "陶乐镇", "town", "in_project_name", "陶乐镇枸杞深加工项目落地情况"),
    ("ha05", "黄渠桥镇", "town", "standalone", "黄渠桥镇、姚伏镇主要负责同志作交流发言"),
    ("ha05", "姚伏镇", "town", "standalone", "黄渠桥镇、姚伏镇主要负责同志作交流发言"),
    ("ha05", "长三角", "region", "standalone", "要紧盯长三角、珠三角和成渝地区产业转移"),
    ("ha05", "珠三角", "region", "standalone", "要紧盯长三角、珠三角和成渝地区产业转移"),
    ("ha05", "成渝地区", "region", "standalone", "要紧盯长三角、珠三角和成渝地区产业转移"),
    ("ha06", "香日德镇", "town", "standalone", "深入香日德镇、察汗乌苏镇"),
    ("ha06", "察汗乌苏镇", "town", "standalone", "深入香日德镇、察汗乌苏镇"),
    ("ha06", "察汗乌苏河", "river", "in_project_name", "察汗乌苏河防洪治理工程施工现场"),
    ("ha07", "乌兰县", "county", "standalone", "深入乌兰县，调研盐湖资源综合利用"),
    ("ha07", "茶卡盐湖", "lake", "standalone", "立足盐湖资源和茶卡盐湖旅游品牌优势"),
    ("ha07", "柯柯镇", "town", "in_project_name", "柯柯镇盐湖资源综合利用产业园"),
    ("ha08", "大河镇", "town", "standalone", "深入大河镇、奎苏镇"),
    ("ha08", "奎苏镇", "town", "standalone", "深入大河镇、奎苏镇"),
    ("ha08", "巴里坤", "county", "in_project_name", "巴里坤百万千瓦风光储一体化项目升压站"),
    ("ha09", "伊吾县", "county", "standalone", "深入伊吾县，调研新能源"),
    ("ha09", "淖毛湖镇", "town", "in_project_name", "淖毛湖镇煤炭分质利用示范项目"),
    ("ha09", "淖毛湖", "town", "in_project_name", "淖毛湖哈密瓜冷链物流中心"),
    ("ha10", "五原县", "county", "standalone", "介绍了五原县葵花、小麦"),
    ("ha10", "五原", "county", "standalone", "五原地处河套灌区腹地"),
    ("ha10", "河套灌区", "irrigation_district", "standalone", "五原地处河套灌区腹地"),
    ("ha10", "五原工业园区", "development_zone", "standalone", "选址五原工业园区农畜产品加工区"),
    ("ha10", "西北", "region", "standalone", "在西北布局的重要原料基地"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ha", conventions="set ha (blind set, held-out-like mix: county sites, city-paper e-editions and portal reprints in 山西 大同 (阳高县, 天镇县), 陕西 延安 (延川县, 延长县), 宁夏 石嘴山 (平罗县), 青海 海西蒙古族藏族自治州 (都兰县, 乌兰县), 新疆 哈密 (巴里坤哈萨克自治县, 伊吾县) and 内蒙古 巴彦淖尔 (五原县); a city-paper page with two articles about two counties whose bare 县委副书记、县长 chains belong to different counties; 县委副书记、政府县长 → X县委 副书记 + X县政府 县长; 市委常委、X县委书记 → city 委 常委 + X县委 书记; 州委常委、副州长 → 海西蒙古族藏族自治州委 / 政府; a county's 工业园区 as written; departments as written after the label (县发展和改革委员会 not folded); one line per post per article)",
          persons_note="Set ha persons. id = corpus-wide person_id (ha:苏建林#1 of 平罗 (宁夏) and ha:苏建林#2 of 五原 (内蒙古) are two people, both 县委常委、副县长 in 2023; ha:牛建勋 阳高县副县长 2022 → 天镇县委副书记、县长 2024 (neighbouring county); ha:白崇岭 延川县长 2021 → 延川县委书记 2024; ha:祁万山 都兰县委书记 2022 → 海西州委常委、副州长 2024; ha:加尔肯·木合亚提 巴里坤县长 2023 → 伊吾县委书记 2024; ha:任宏伟 is a company chairman without a post)")


if __name__ == "__main__":
    main()
