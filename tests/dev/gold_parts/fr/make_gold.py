"""Write gold part ``fr`` (a blind set, held-out-like mix, thirteenth round: ten pages from ten provinces, one county,
banner or county-level city each) from the tables below.

Pages ``tests/dev/texts/fr*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 乌审旗 site's report of a 旗委全会 (``旗委书记…主持…旗委副书记、政府
旗长…，旗人大常委会主任…出席``); the 东乌珠穆沁旗 大事记 (``★8月2日 旗委副书记、政府代旗长…``, ``全旗处级以上领导干部会议，
宣布干部任免职决定``); the 科尔沁右翼前旗 site (``盟委副书记、盟长…深入我旗…调研…旗委副书记、政府旗长…参加调研``); the 上饶
日报 on a 市长's 调研 in 万年县 (``本報訊 4月11日，市委副書記、市長…深入萬年縣調研…市政府秘書長…參加``, 石镇镇, 神农源); the
东北网 page on 依兰县 (chrome ``您當前的位置 : 東北網 > 東北網哈爾濱 > 依蘭縣``, ``2021-11-29 11:31:00 來源:東北網 作者:``,
``關注東北網 微博 Qzone``) and a 依兰县 人大常委会 page (``縣委常委、縣政府常務副縣長…列席會議``, ``相關新聞``); a 东辽县
政府常务会议 page (``会议由县委副书记、县长…主持。县委常委、常务副县长…参加会议…列席会议``); the 我爱融安 page of the 粤桂
（遂溪—融安）协作联席会议 (``广东省遂溪县来融安县挂职的融安县委常委、副县长``); a 松桃 page of a 粤黔协作 调研 (``广东省粤黔
协作工作队铜仁组组长…，县委常委、县人民政府副县长…陪同调研``); 辽源日报 reader pages (``本报讯(记者 …)``, ``市领导…陪同``);
the 石屏 site's page of an 异龙湖 督察 (``州委常委、常务副州长…向督察组作汇报``, 坝心镇, 杨梅园); a 南海网 page of the 乐东
人代会 and a piece on 海南's 省直管 县 and their 县委书记 appointed by the 省委 (省委组织部 公示); the 五常 and 永平 county sites
(``发布时间：… 点击数： 记者：``, ``扫一扫在手机打开当前页``); and the corpus's own WeChat and 数字报 pages for their chrome.
Places are real and new to the corpus's file names, one county-level unit in each of ten provinces: 山西 运城 平陆县 (fr01),
内蒙古 鄂尔多斯 乌审旗 (fr02), 辽宁 丹东 凤城市 (fr03), 吉林 辽源 东丰县 (fr04), 黑龙江 哈尔滨 依兰县 (fr05), 江西 上饶 万年县
(fr06), 广西 柳州 融安县 (fr07), 海南 乐东黎族自治县 (fr08), 贵州 毕节 赫章县 (fr09), 云南 红河 石屏县 (fr10).

Shapes: a county site's 县长 调研 of three projects with a 县委常委 who heads the county's 经济技术开发区 and a town secretary
(fr01); a 旗 融媒体 WeChat post of a 推进会 (旗委书记 出席并讲话, ``旗委副书记、政府旗长`` 主持, ``政府常务副旗长``, town
secretaries report) (fr02); a county-level city's site of a 项目观摩 and its 点评会, bare 市委 = the county-level city
(fr03); a prefecture paper's 第01版 of a 副省长's 调研 in a county, bare 市委常委、副市长 = the prefecture (fr04); a portal
(东北网) page of a 县政府常务会议 (fr05); a prefecture paper's 第1版 of the 市长's 调研 in a county with the 市政府秘书长
(fr06); a county site of a 自治区副主席's 调研 with a 自治区 department head, a 柳州 市委常委、副市长 and a 挂职 副县长 of the
粤桂 cooperation (fr07); an autonomous county's site of a 全县领导干部大会 (省委决定 read out; the new 县委书记's dotted
简历) (fr08); a county 融媒体 WeChat post of a 县长's 调研 with a 广州 挂职 县委常委、副县长 (fr09); a county site of a 省委常委、
副省长's 调研 with a 省 department head, the 州委书记 and 常务副州长 (fr10).

Identity cases:
- fr:邰明轩 moves province: 依兰县委副书记、县长 chairing the 常务会议 in April 2021 (fr05, 黑龙江); named 乐东黎族自治县委
  委员、常委、书记 by the 海南 省委 in September 2023 (fr08), his 简历 dating his 依兰 posts (达连河镇 镇长 2008, 党委书记
  2012, 常务副县长 2016, 县长 2019) and 海南省农业农村厅副厅长 (2022).
- fr:宁宏远: 吉林 副省长 in August 2021 (fr04, 辽源日报); 云南省委常委、副省长 in March 2025 (fr10).
- fr:柯松涛: 上饶市委副书记、市长 in May 2021 (fr06, 上饶日报); 广西 自治区副主席 in November 2024 (fr07).
- two different 苗振海 in unrelated places: fr:苗振海#1 is 平陆县副县长 (山西, fr01, 2022); fr:苗振海#2 is 横道河镇党委书记
  in 东丰县 (吉林, fr04, 2021).
- one organ name of different places: bare ``市委`` is 凤城市委 on the 凤城 site (fr03: ``市委书记柏松岩``, a county-level
  city), 辽源市委 in the 辽源日报 (fr04: ``市委常委、副市长何立军``) and 上饶市委 in the 上饶日报 (fr06: ``市委副书记、市长
  柯松涛``); bare ``省委`` is 海南省委 (fr08) and 云南省委 (fr10); ``县委副书记、县长`` is 平陆's, 东丰's, 依兰's, 万年's, 融安's,
  乐东's, 赫章's and 石屏's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ac, ak, au, bj, bs, bq where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level (CONVENTIONS): on the 凤城 site ``市委`` / ``市长`` /
  ``市人大常委会`` / ``市政协`` are 凤城市's (the page is the county-level city's own); in a prefecture paper ``市委`` /
  ``副市长`` / ``市政府秘书长`` are the prefecture's (辽源, 上饶) and a bare ``县委副书记、县长`` right after ``X县委书记`` is
  X's; ``副省长`` in the 辽源日报 = 吉林省政府; ``自治区副主席`` / ``自治区农业农村厅`` on the 融安 site = 广西壮族自治区政府 /
  广西壮族自治区农业农村厅; ``省委常委、副省长`` / ``省生态环境厅`` on the 石屏 site = 云南省委 + 云南省政府 / 云南省生态环境厅;
  ``州委`` / ``常务副州长`` there = 红河哈尼族彝族自治州委 / …州政府 (full name of the 自治州, as ak, y); ``省委`` /
  ``省委组织部`` on the 乐东 site = 海南省委 / 海南省委组织部.
- Autonomous county: full name as label (as db, by): 乐东黎族自治县委 / 乐东黎族自治县政府 / 乐东黎族自治县人大常委会 /
  乐东黎族自治县政协; ``中共乐东黎族自治县委员会委员、常委、书记`` → 乐东黎族自治县委 委员 + 常委 + 书记 (as ac's 武邑县委).
- 旗 as ak, g: ``旗委副书记、政府旗长`` → 乌审旗委 副书记 + 乌审旗政府 旗长; ``政府常务副旗长`` / ``政府副旗长`` → 乌审旗政府;
  a town of the 旗 takes the 旗's label (乌审旗图克镇党委).
- County zone (as bj, co): ``平陆经济技术开发区`` with ``县委常委、开发区党工委书记`` → 平陆县委 常委 + 运城平陆经开区党工委 书记
  (the prefecture city in front, 经济技术开发区 folded). DECIDED HERE: the zone written bare ``开发区`` (fr01) is a place row
  as written, as CONVENTIONS annotates a bare 经开区 / 高新区; the place ``平陆经济技术开发区`` is written in full.
- 挂职 (as au): a 挂职 post is a holding of the organ where it is held, title without ``（挂职）``: ``县委常委、副县长（挂职）
  邝嘉明`` → 融安县委 常委 + 融安县政府 副县长; ``广州市挂职干部`` (fr09) is no post (as au's 余杭区挂职干部), the 赫章 posts
  are lines (taken once, from the first chain).
- Personnel at the 领导干部大会 (as ac): the announced 任 is a holding at the meeting date; ``不再担任…另有任用`` gives no line
  (陈德坤 is named without a post); the undated repeat ``任乐东县委书记以来`` gives none. Each dotted 简历 line is a holding
  dated by its range (date_text the range as written, date_inferred its start); ``政府干部`` is no title; a combined line
  gives one line per title (``依兰县达连河镇党委副书记、镇长`` → 依兰县达连河镇党委 副书记 + 依兰县达连河镇政府 镇长). The last line
  (``2022.06—2023.09　海南省农业农村厅副厅长``) is a holding of 海南省农业农村厅.
- One line per post per article; a list after one title gives each name that title (``副县长单晓丽、鄂春阳``).
- Events: 调研 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); the
  观摩活动 is a ``site observation`` and its 点评会 a meeting of its own (as bq01); the 推进会, the 县政府常务会议 and the 领导干部
  大会 are meetings (chair when 主持; 出席 attendees, 出席并讲话 both). Headlines in ``本版其他稿件`` / ``版面导航`` / ``往期推荐`` /
  ``相关新闻`` / 上一篇 / 下一篇 lists are chrome: no events, places or persons.
- Projects: works inspected or to be pushed: …产业园 (一期 / 二期) ``industrial_park``; 冷链物流中心 ``logistics_hub``; 供水 /
  污水处理厂 ``infrastructure_project``; 堤防 / 险工 / 河道 / 城区段综合治理 ``engineering_work``; 生态修复 / 生态廊道 / 湿地修复
  ``greening_project``; 老旧小区改造 and a 易地扶贫搬迁安置点 ``housing_project``; named 示范基地 / 示范田 / 养殖基地 / 蔬菜基地,
  a 小镇 and a 景区 改造 ``project``. A festival to come (第二十届融安金桔文化旅游节) is no project and no event.
- Places: one line per name per file, as written; places inside titles, organ references, 简历 lines, birthplaces (黑龙江巴彦人)
  and project names count; site lines, mastheads, 来源 / 发表于 lines, credits, footers and chrome lists do not. DECIDED HERE:
  a place written only inside a product brand (``石屏豆腐``) is not a place row by that mention (石屏 has no row in fr10);
  where the same name is written elsewhere on the page (东丰, 万年, 融安, 赫章) it has its row from there.
- Bylines: ``记者：…`` / ``（记者 …）`` / ``本报讯（记者 …）`` / ``（凤城市融媒体中心 记者 …）`` are reporter lines; 编辑 / 责任编辑 /
  审核 / 监制 / 校对 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fr01_pinglu.txt": (2022, "发布时间：2022-09-23 17:36", "平陆县", [
        ("郜建峰调研重点项目建设和黄河生态保护工作", "9月22日", "2022-09-22", "9月22日，县委副书记",
         "county site: the 县长's 调研 (苹果冷链, 开发区 产业园, 黄河 生态修复) with the 常务副县长, a 副县长 (苗振海#1), the 开发区党工委书记 and a town secretary")]),
    "fr02_wushenqi.txt": (2023, "2023-06-16 19:42", "乌审旗", [
        ("全旗重点项目建设推进会召开", "6月16日", "2023-06-16", "6月16日，乌审旗召开",
         "旗 融媒体 WeChat post: 推进会 (旗委书记 出席并讲话, 政府旗长 主持, 常务副旗长 通报, town secretaries report)")]),
    "fr03_fengcheng.txt": (2020, "发布日期：2020-10-15", "凤城市", [
        ("我市开展2020年秋季重点项目观摩活动", "10月14日", "2020-10-14", "10月14日，我市开展",
         "county-level city site: 项目观摩 and 点评会; bare 市委 / 市长 = 凤城市")]),
    "fr04_dongfeng.txt": (2021, "2021年08月13日　星期五", "东丰县", [
        ("宁宏远到我市东丰县调研梅花鹿产业和秋粮生产工作", "8月12日", "2021-08-12", "本报讯（记者 杜佳音）8月12日",
         "辽源日报 第01版: the 副省长's 调研 in 东丰县; bare 市委常委、副市长 = 辽源; a town secretary (苗振海#2)")]),
    "fr05_yilan.txt": (2021, "2021-04-27 10:18:00", "依兰县", [
        ("依兰县政府召开第十二次常务会议", "4月26日", "2021-04-26", "东北网4月27日讯",
         "东北网 portal page: 县政府常务会议 chaired by the 县长 (邰明轩, later 乐东县委书记)")]),
    "fr06_wannian.txt": (2021, "2021年05月20日　星期四", "万年县", [
        ("柯松涛在万年县调研时强调", "5月19日", "2021-05-19", "本报讯（记者 汪懿澄）5月19日",
         "上饶日报 第1版: the 市长's 调研 in 万年县 with the 市政府秘书长, the county's 书记 / 县长")]),
    "fr07_rongan.txt": (2024, "发布时间：2024-11-22 18:05", "融安县", [
        ("柯松涛到融安县调研金桔产业和粤桂协作工作", "11月21日", "2024-11-21", "11月21日，自治区副主席",
         "county site: the 自治区副主席's 调研 (the former 上饶 市长) with a 自治区 deputy department head, 柳州 市委常委、副市长, a 挂职 副县长")]),
    "fr08_ledong.txt": (2023, "发布时间：2023-09-26 16:48", "乐东黎族自治县", [
        ("我县召开全县领导干部大会", "9月26日上午", "2023-09-26", "9月26日上午，我县召开",
         "autonomous county site: 领导干部大会, 省委决定 (the former 依兰 县长 becomes 县委书记), dotted 简历")]),
    "fr09_hezhang.txt": (2022, "2022-10-12 20:06", "赫章县", [
        ("安继尧到野马川镇、妈姑镇调研核桃产业和秋收秋种工作", "10月11日", "2022-10-11", "10月11日，县委副书记",
         "county 融媒体 WeChat post: the 县长's 调研 with a 广州 挂职 县委常委、副县长 and a town secretary")]),
    "fr10_shiping.txt": (2025, "发布时间：2025-03-19 17:22", "石屏县", [
        ("宁宏远到石屏县调研异龙湖保护治理和高原特色农业发展", "3月18日", "2025-03-18", "3月18日，省委常委",
         "county site: the 省委常委、副省长's 调研 (the former 吉林 副省长) with a 省 deputy department head, 州委书记, 常务副州长, the county heads")]),
}

_YL = "乐东黎族自治县"
_HH = "红河哈尼族彝族自治州"
_WS = "乌审旗"
_F08T = "邰明轩同志任中共乐东黎族自治县委员会委员、常委、书记"
_T08a = _span("fr08", "邰明轩，男", "依兰县达连河镇党委副书记、镇长")
_T08b = _span("fr08", "邰明轩，男", "依兰县达连河镇党委书记")
_T08c = _span("fr08", "邰明轩，男", "依兰县委常委、常务副县长")
_T08d = _span("fr08", "邰明轩，男", "依兰县委副书记、县长")
_T08e = _span("fr08", "邰明轩，男", "海南省农业农村厅副厅长")

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 平陆 (山西 运城)
    "fr:郜建峰": ("郜建峰", "official", "平陆县", [
        ("fr01", "平陆县委", "副书记", "县委副书记、县长郜建峰带领县直有关部门负责人", "named in the headline too"),
        ("fr01", "平陆县政府", "县长", "县委副书记、县长郜建峰带领县直有关部门负责人", None)], []),
    "fr:樊景瑞": ("樊景瑞", "official", "平陆县", [
        ("fr01", "平陆县委", "常委", "县委常委、常务副县长樊景瑞", None),
        ("fr01", "平陆县政府", "常务副县长", "县委常委、常务副县长樊景瑞", None)], []),
    "fr:苗振海#1": ("苗振海", "official", "平陆县", [
        ("fr01", "平陆县政府", "副县长", "副县长苗振海参加调研", "平陆 (山西), 2022; not the 苗振海 of 东丰县横道河镇 (fr04)")], []),
    "fr:裴晓东": ("裴晓东", "official", "平陆县", [
        ("fr01", "平陆县委", "常委", "县委常委、开发区党工委书记裴晓东", None),
        ("fr01", "运城平陆经开区党工委", "书记", "县委常委、开发区党工委书记裴晓东", "bare 开发区 = 平陆经济技术开发区; county zone with its city in front (as bj, co)")], []),
    "fr:卫红霞": ("卫红霞", "official", "平陆县", [
        ("fr01", "平陆县三门镇党委", "书记", "镇党委书记卫红霞", "after ``来到三门镇``")], []),
    # ---- 乌审旗 (内蒙古 鄂尔多斯)
    "fr:霍启元": ("霍启元", "official", _WS, [
        ("fr02", _WS + "委", "书记", "旗委书记霍启元出席会议并讲话", None)], []),
    "fr:敖日格勒": ("敖日格勒", "official", _WS, [
        ("fr02", _WS + "委", "副书记", "旗委副书记、政府旗长敖日格勒主持会议", None),
        ("fr02", _WS + "政府", "旗长", "旗委副书记、政府旗长敖日格勒主持会议", "政府旗长 → 乌审旗政府 旗长 (as ak)")], []),
    "fr:贾晓鹏": ("贾晓鹏", "official", _WS, [
        ("fr02", _WS + "委", "常委", "旗委常委、政府常务副旗长贾晓鹏", None),
        ("fr02", _WS + "政府", "常务副旗长", "旗委常委、政府常务副旗长贾晓鹏", None)], []),
    "fr:萨仁图雅": ("萨仁图雅", "official", _WS, [
        ("fr02", _WS + "政府", "副旗长", "政府副旗长萨仁图雅出席会议", None)], []),
    "fr:任海峰": ("任海峰", "official", _WS, [
        ("fr02", _WS + "图克镇党委", "书记", "图克镇党委书记任海峰", None)], []),
    "fr:乌力吉木仁": ("乌力吉木仁", "official", _WS, [
        ("fr02", _WS + "无定河镇党委", "书记", "无定河镇党委书记乌力吉木仁", None)], []),
    # ---- 凤城 (辽宁 丹东)
    "fr:柏松岩": ("柏松岩", "official", "凤城市", [
        ("fr03", "凤城市委", "书记", "市委书记柏松岩", "bare 市委 on the 凤城 site = 凤城市委 (the same words are 辽源's in fr04, 上饶's in fr06)")], []),
    "fr:宫博文": ("宫博文", "official", "凤城市", [
        ("fr03", "凤城市委", "副书记", "市委副书记、市长宫博文", None),
        ("fr03", "凤城市政府", "市长", "市委副书记、市长宫博文", None)], []),
    "fr:孙德福": ("孙德福", "official", "凤城市", [
        ("fr03", "凤城市人大常委会", "主任", "市人大常委会主任孙德福", None)], []),
    "fr:姚玉梅": ("姚玉梅", "official", "凤城市", [
        ("fr03", "凤城市政协", "主席", "市政协主席姚玉梅", None)], []),
    "fr:邵春雷": ("邵春雷", "official", "凤城市", [
        ("fr03", "凤城市委", "常委", "市委常委、常务副市长邵春雷", None),
        ("fr03", "凤城市政府", "常务副市长", "市委常委、常务副市长邵春雷", None)], []),
    "fr:谭立业": ("谭立业", "official", "凤城市", [
        ("fr03", "凤城市宝山镇党委", "书记", "在宝山镇，镇党委书记谭立业", None)], []),
    # ---- 东丰 (吉林 辽源)
    "fr:宁宏远": ("宁宏远", "official", "吉林省 / 云南省", [
        ("fr04", "吉林省政府", "副省长", "副省长宁宏远到我市东丰县调研", "2021-08: bare 副省长 in the 辽源日报 = 吉林's; named in the headline too (identity case: 云南省委常委、副省长 in 2025, fr10)"),
        ("fr10", "云南省委", "常委", "省委常委、副省长宁宏远到石屏县调研", "2025-03: bare 省委 on the 石屏 site = 云南省委; named in the headline too"),
        ("fr10", "云南省政府", "副省长", "省委常委、副省长宁宏远到石屏县调研", None)], []),
    "fr:何立军": ("何立军", "official", "辽源市", [
        ("fr04", "辽源市委", "常委", "市委常委、副市长何立军", "bare 市委 in the 辽源日报 = 辽源市委"),
        ("fr04", "辽源市政府", "副市长", "市委常委、副市长何立军", None)], []),
    "fr:车宝峰": ("车宝峰", "official", "东丰县", [
        ("fr04", "东丰县委", "书记", "东丰县委书记车宝峰", None)], []),
    "fr:鲍春雨": ("鲍春雨", "official", "东丰县", [
        ("fr04", "东丰县委", "副书记", "县委副书记、县长鲍春雨", "bare 县委 right after 东丰县委书记"),
        ("fr04", "东丰县政府", "县长", "县委副书记、县长鲍春雨", None)], []),
    "fr:苗振海#2": ("苗振海", "official", "东丰县", [
        ("fr04", "东丰县横道河镇党委", "书记", "在横道河镇，镇党委书记苗振海", "东丰 (吉林), 2021; not the 苗振海 of 平陆县 (fr01)")], []),
    # ---- 依兰 (黑龙江 哈尔滨) and 乐东 (海南)
    "fr:邰明轩": ("邰明轩", "official", "依兰县 / 乐东黎族自治县", [
        ("fr05", "依兰县委", "副书记", "依兰县委副书记、县长邰明轩主持召开", "2021-04 (identity case: 乐东县委书记 in 2023, fr08)"),
        ("fr05", "依兰县政府", "县长", "依兰县委副书记、县长邰明轩主持召开", None),
        ("fr08", _YL + "委", "委员", _F08T, "2023-09: appointed by the 海南 省委 at the 领导干部大会"),
        ("fr08", _YL + "委", "常委", _F08T, None),
        ("fr08", _YL + "委", "书记", _F08T, "named in the 简历 heading too"),
        ("fr08", "依兰县达连河镇党委", "副书记", _T08a, "dotted 简历 line (the 1999 line ``依兰县团山子乡政府干部`` is no title)", "2008.04—2012.06"),
        ("fr08", "依兰县达连河镇政府", "镇长", _T08a, "dotted 简历 line", "2008.04—2012.06"),
        ("fr08", "依兰县达连河镇党委", "书记", _T08b, "dotted 简历 line", "2012.06—2016.09"),
        ("fr08", "依兰县委", "常委", _T08c, "dotted 简历 line", "2016.09—2019.04"),
        ("fr08", "依兰县政府", "常务副县长", _T08c, "dotted 简历 line", "2016.09—2019.04"),
        ("fr08", "依兰县委", "副书记", _T08d, "dotted 简历 line: the post of fr05 (2021)", "2019.04—2022.06"),
        ("fr08", "依兰县政府", "县长", _T08d, "dotted 简历 line", "2019.04—2022.06"),
        ("fr08", "海南省农业农村厅", "副厅长", _T08e, "dotted 简历 line", "2022.06—2023.09")], []),
    "fr:聂洪涛": ("聂洪涛", "official", "依兰县", [
        ("fr05", "依兰县委", "常委", "县委常委、常务副县长聂洪涛", None),
        ("fr05", "依兰县政府", "常务副县长", "县委常委、常务副县长聂洪涛", None)], []),
    "fr:单晓丽": ("单晓丽", "official", "依兰县", [
        ("fr05", "依兰县政府", "副县长", "副县长单晓丽、鄂春阳", "list after one title")], []),
    "fr:鄂春阳": ("鄂春阳", "official", "依兰县", [
        ("fr05", "依兰县政府", "副县长", "副县长单晓丽、鄂春阳", None)], []),
    "fr:符晓明": ("符晓明", "official", "海南省", [
        ("fr08", "海南省委组织部", "副部长", "省委组织部副部长符晓明出席会议并讲话", "bare 省委 on the 乐东 site = 海南省委")], []),
    "fr:陈德坤": ("陈德坤", "official", _YL, [], ["fr08"]),
    "fr:邢海燕": ("邢海燕", "official", _YL, [
        ("fr08", _YL + "委", "副书记", "县委副书记、县长邢海燕主持会议", "autonomous county: full name as label"),
        ("fr08", _YL + "政府", "县长", "县委副书记、县长邢海燕主持会议", None)], []),
    "fr:符永胜": ("符永胜", "official", _YL, [
        ("fr08", _YL + "人大常委会", "主任", "县人大常委会主任符永胜", None)], []),
    "fr:陈秋菊": ("陈秋菊", "official", _YL, [
        ("fr08", _YL + "政协", "主席", "县政协主席陈秋菊出席会议", None)], []),
    # ---- 上饶 / 万年 (江西) and 融安 (广西 柳州)
    "fr:柯松涛": ("柯松涛", "official", "上饶市 / 广西壮族自治区", [
        ("fr06", "上饶市委", "副书记", "市委副书记、市长柯松涛深入万年县调研", "2021-05: bare 市委 in the 上饶日报 = 上饶市委; named in the headline too (identity case: 自治区副主席 in 2024, fr07)"),
        ("fr06", "上饶市政府", "市长", "市委副书记、市长柯松涛深入万年县调研", None),
        ("fr07", "广西壮族自治区政府", "副主席", "自治区副主席柯松涛到融安县调研", "2024-11: bare 自治区 on the 融安 site = 广西; named in the headline too")], []),
    "fr:冉启铭": ("冉启铭", "official", "上饶市", [
        ("fr06", "上饶市政府", "秘书长", "市政府秘书长冉启铭参加调研", None)], []),
    "fr:汤志坚": ("汤志坚", "official", "万年县", [
        ("fr06", "万年县委", "书记", "万年县委书记汤志坚", None)], []),
    "fr:龚海燕": ("龚海燕", "official", "万年县", [
        ("fr06", "万年县委", "副书记", "县委副书记、县长龚海燕陪同", "bare 县委 right after 万年县委书记"),
        ("fr06", "万年县政府", "县长", "县委副书记、县长龚海燕陪同", None)], []),
    "fr:潘桂芳": ("潘桂芳", "official", "广西壮族自治区", [
        ("fr07", "广西壮族自治区农业农村厅", "副厅长", "自治区农业农村厅副厅长潘桂芳", None)], []),
    "fr:韦世宁": ("韦世宁", "official", "柳州市", [
        ("fr07", "柳州市委", "常委", "柳州市委常委、副市长韦世宁", None),
        ("fr07", "柳州市政府", "副市长", "柳州市委常委、副市长韦世宁", None)], []),
    "fr:覃永健": ("覃永健", "official", "融安县", [
        ("fr07", "融安县委", "书记", "县委书记覃永健", None)], []),
    "fr:蓝启超": ("蓝启超", "official", "融安县", [
        ("fr07", "融安县委", "副书记", "县委副书记、县长蓝启超", None),
        ("fr07", "融安县政府", "县长", "县委副书记、县长蓝启超", None)], []),
    "fr:邝嘉明": ("邝嘉明", "official", "融安县", [
        ("fr07", "融安县委", "常委", "县委常委、副县长（挂职）邝嘉明", "挂职 from 遂溪 (粤桂协作): a holding of the organ where it is held (as au)"),
        ("fr07", "融安县政府", "副县长", "县委常委、副县长（挂职）邝嘉明", "title without （挂职）")], []),
    # ---- 赫章 (贵州 毕节)
    "fr:安继尧": ("安继尧", "official", "赫章县", [
        ("fr09", "赫章县委", "副书记", "县委副书记、县长安继尧深入野马川镇", "named in the headline too"),
        ("fr09", "赫章县政府", "县长", "县委副书记、县长安继尧深入野马川镇", None)], []),
    "fr:冼志航": ("冼志航", "official", "赫章县", [
        ("fr09", "赫章县委", "常委", "县委常委、副县长冼志航，副县长陇菊芬参加调研", "a 广州 挂职 cadre; ``广州市挂职干部`` is no post (as au)"),
        ("fr09", "赫章县政府", "副县长", "县委常委、副县长冼志航，副县长陇菊芬参加调研", "repeated later with ``广州市挂职干部``: one line per post")], []),
    "fr:陇菊芬": ("陇菊芬", "official", "赫章县", [
        ("fr09", "赫章县政府", "副县长", "副县长陇菊芬参加调研", None)], []),
    "fr:吴明贵": ("吴明贵", "official", "赫章县", [
        ("fr09", "赫章县野马川镇党委", "书记", "镇党委书记吴明贵", "in 野马川镇")], []),
    # ---- 石屏 (云南 红河)
    "fr:段晓菁": ("段晓菁", "official", "云南省", [
        ("fr10", "云南省生态环境厅", "副厅长", "省生态环境厅副厅长段晓菁", None)], []),
    "fr:杞正林": ("杞正林", "official", _HH, [
        ("fr10", _HH + "委", "书记", "州委书记杞正林", "bare 州委 on the 石屏 site = 红河哈尼族彝族自治州委 (full name)")], []),
    "fr:沐海涛": ("沐海涛", "official", _HH, [
        ("fr10", _HH + "委", "常委", "州委常委、常务副州长沐海涛", None),
        ("fr10", _HH + "政府", "常务副州长", "州委常委、常务副州长沐海涛", None)], []),
    "fr:晏春明": ("晏春明", "official", "石屏县", [
        ("fr10", "石屏县委", "书记", "县委书记晏春明", None)], []),
    "fr:施云峰": ("施云峰", "official", "石屏县", [
        ("fr10", "石屏县委", "副书记", "县委副书记、县长施云峰陪同调研", None),
        ("fr10", "石屏县政府", "县长", "县委副书记、县长施云峰陪同调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fr01", "薛文娟", "责任编辑", "editor", "责任编辑：薛文娟"),
    ("fr02", "白楚凝", "记者", "reporter", "记者：白楚凝"),
    ("fr02", "孟晓旭", "编辑", "editor", "编辑：孟晓旭"),
    ("fr02", "柴宏宇", "审核", "editor", "审核：柴宏宇"),
    ("fr02", "武丽君", "监制", "editor", "监制：武丽君"),
    ("fr03", "于景川", "记者", "reporter", "（凤城市融媒体中心 记者 于景川）"),
    ("fr03", "曲婉宁", "责任编辑", "editor", "责任编辑：曲婉宁"),
    ("fr04", "杜佳音", "记者", "reporter", "本报讯（记者 杜佳音）"),
    ("fr04", "郎玉洁", "责任编辑", "editor", "责任编辑：郎玉洁"),
    ("fr04", "孔令楠", "校对", "editor", "校对：孔令楠"),
    ("fr05", "曲晓东", "记者", "reporter", "（记者 曲晓东）"),
    ("fr05", "杨沐秋", "责任编辑", "editor", "（责任编辑：杨沐秋）"),
    ("fr06", "汪懿澄", "记者", "reporter", "本报讯（记者 汪懿澄）"),
    ("fr06", "程雪芬", "责任编辑", "editor", "（责任编辑：程雪芬）"),
    ("fr07", "梁芷萱", "责任编辑", "editor", "责任编辑：梁芷萱"),
    ("fr08", "黎雅婷", "记者", "reporter", "（记者　黎雅婷）"),
    ("fr08", "吉晓慧", "责任编辑", "editor", "责任编辑：吉晓慧"),
    ("fr09", "朱子涵", "记者", "reporter", "记者：朱子涵"),
    ("fr09", "罗晓雯", "编辑", "editor", "编辑：罗晓雯"),
    ("fr09", "胡泽林", "审核", "editor", "审核：胡泽林"),
    ("fr10", "普丽琼", "责任编辑", "editor", "责任编辑：普丽琼"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fr01", "重点项目建设和黄河生态保护调研", "inspection (调研)", "9月22日", None, "郜建峰", [],
     ["樊景瑞", "苗振海"], ["郜建峰", "裴晓东", "卫红霞", "苗振海", "樊景瑞"], "圣人涧镇、三门镇、平陆经济技术开发区",
     "县委副书记、县长郜建峰带领县直有关部门负责人，深入圣人涧镇、三门镇和平陆经济技术开发区，调研重点项目建设和黄河生态保护工作",
     ["县长郜建峰带领县直有关部门负责人", "县委常委、常务副县长樊景瑞，副县长苗振海参加调研", "郜建峰详细察看",
      "开发区党工委书记裴晓东介绍了", "镇党委书记卫红霞汇报了", "郜建峰强调", "苗振海就做好秋季森林防火", "樊景瑞表示"]),
    ("fr02", "全旗重点项目建设推进会", "meeting (推进会)", "6月16日", "敖日格勒", None, ["乌审旗"],
     ["霍启元", "贾晓鹏", "萨仁图雅"], ["贾晓鹏", "任海峰", "乌力吉木仁", "霍启元", "敖日格勒"], None,
     "6月16日，乌审旗召开全旗重点项目建设推进会",
     ["旗委书记霍启元出席会议并讲话", "政府旗长敖日格勒主持会议", "旗委常委、政府常务副旗长贾晓鹏，政府副旗长萨仁图雅出席会议",
      "贾晓鹏通报了", "任海峰介绍了", "乌力吉木仁汇报了", "霍启元指出", "敖日格勒要求"]),
    ("fr03", "2020年秋季重点项目观摩活动", "site observation (观摩活动)", "10月14日", None, None, ["凤城市"],
     ["柏松岩", "宫博文", "孙德福", "姚玉梅", "邵春雷"], ["谭立业"], "宝山镇、东汤镇、凤凰山景区、草河城区段",
     "10月14日，我市开展2020年秋季重点项目观摩活动",
     ["市委书记柏松岩，市委副书记、市长宫博文，市人大常委会主任孙德福，市政协主席姚玉梅，市委常委、常务副市长邵春雷等市级领导参加观摩",
      "镇党委书记谭立业介绍了"]),
    ("fr03", "全市项目建设点评会", "meeting (点评会)", "10月14日", None, None, [],
     [], ["邵春雷", "宫博文", "柏松岩"], None,
     "观摩结束后，全市项目建设点评会召开",
     ["邵春雷通报了", "宫博文对四季度项目建设作了具体安排", "柏松岩在讲话中指出"]),
    ("fr04", "东丰县梅花鹿产业发展和秋粮生产调研", "inspection (调研)", "8月12日", None, "宁宏远", [],
     ["何立军", "车宝峰", "鲍春雨"], ["苗振海", "宁宏远", "何立军", "车宝峰"], "东丰县",
     "副省长宁宏远到我市东丰县调研梅花鹿产业发展和秋粮生产工作",
     ["副省长宁宏远到我市东丰县调研", "市委常委、副市长何立军，东丰县委书记车宝峰，县委副书记、县长鲍春雨陪同调研",
      "镇党委书记苗振海介绍了", "宁宏远指出", "何立军要求", "车宝峰表示"]),
    ("fr05", "县政府第十二次常务会议", "meeting (县政府常务会议)", "4月26日", "邰明轩", None, ["依兰县政府"],
     ["聂洪涛", "单晓丽", "鄂春阳"], ["单晓丽", "邰明轩", "聂洪涛"], None,
     "依兰县委副书记、县长邰明轩主持召开县政府第十二次常务会议",
     ["县长邰明轩主持召开", "县委常委、常务副县长聂洪涛，副县长单晓丽、鄂春阳出席会议", "单晓丽就抓好水稻育秧",
      "邰明轩强调", "聂洪涛就重点项目手续办理"]),
    ("fr06", "万年县项目建设、产业发展和城乡供水调研", "inspection (调研)", "5月19日", None, "柯松涛", [],
     ["冉启铭", "汤志坚", "龚海燕"], ["龚海燕", "柯松涛", "汤志坚"], "万年县",
     "市委副书记、市长柯松涛深入万年县调研项目建设、产业发展和城乡供水工作",
     ["市长柯松涛深入万年县调研", "市政府秘书长冉启铭参加调研", "万年县委书记汤志坚，县委副书记、县长龚海燕陪同",
      "听取了龚海燕关于", "柯松涛强调", "汤志坚表示"]),
    ("fr07", "融安县金桔产业发展和粤桂协作调研", "inspection (调研)", "11月21日", None, "柯松涛", [],
     ["潘桂芳", "韦世宁", "覃永健", "蓝启超", "邝嘉明"], ["蓝启超", "邝嘉明", "柯松涛", "潘桂芳", "覃永健"], "融安县",
     "自治区副主席柯松涛到融安县调研金桔产业发展和粤桂协作工作",
     ["自治区副主席柯松涛到融安县调研", "自治区农业农村厅副厅长潘桂芳，柳州市委常委、副市长韦世宁，县委书记覃永健，县委副书记、县长蓝启超，县委常委、副县长（挂职）邝嘉明陪同调研",
      "蓝启超介绍了", "邝嘉明介绍了", "柯松涛指出", "潘桂芳就金桔病虫害", "覃永健表示"]),
    ("fr08", "全县领导干部大会", "meeting (领导干部大会)", "9月26日上午", "邢海燕", None, ["乐东黎族自治县"],
     ["符晓明", "符永胜", "陈秋菊"], ["符晓明", "陈德坤", "邰明轩"], None,
     "9月26日上午，我县召开全县领导干部大会",
     ["省委组织部副部长符晓明出席会议并讲话", "符晓明宣读了省委决定", "符晓明在讲话中指出", "陈德坤在发言中表示",
      "邰明轩在表态发言中表示", "县委副书记、县长邢海燕主持会议", "县人大常委会主任符永胜、县政协主席陈秋菊出席会议"]),
    ("fr09", "野马川镇、妈姑镇核桃产业和秋收秋种调研", "inspection (调研)", "10月11日", None, "安继尧", [],
     ["冼志航", "陇菊芬"], ["吴明贵", "安继尧", "冼志航", "陇菊芬"], "野马川镇、妈姑镇",
     "县委副书记、县长安继尧深入野马川镇、妈姑镇，调研核桃产业发展和秋收秋种工作",
     ["县长安继尧深入野马川镇、妈姑镇", "县委常委、副县长冼志航，副县长陇菊芬参加调研", "镇党委书记吴明贵汇报了",
      "安继尧指出", "副县长冼志航介绍了", "安继尧强调", "陇菊芬要求"]),
    ("fr10", "异龙湖保护治理和高原特色农业发展调研", "inspection (调研)", "3月18日", None, "宁宏远", [],
     ["段晓菁", "杞正林", "沐海涛", "晏春明", "施云峰"], ["晏春明", "施云峰", "宁宏远", "杞正林", "沐海涛"], "石屏县",
     "省委常委、副省长宁宏远到石屏县调研异龙湖保护治理和高原特色农业发展工作",
     ["副省长宁宏远到石屏县调研", "省生态环境厅副厅长段晓菁，州委书记杞正林，州委常委、常务副州长沐海涛，县委书记晏春明，县委副书记、县长施云峰陪同调研",
      "晏春明汇报了", "施云峰介绍了", "宁宏远指出", "杞正林表示", "沐海涛就入湖河道治理资金保障作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fr01", "圣人涧镇苹果冷链物流中心", "logistics_hub", "在圣人涧镇苹果冷链物流中心项目现场"),
    ("fr01", "平陆经济技术开发区新型建材产业园一期", "industrial_park", "在平陆经济技术开发区新型建材产业园一期项目"),
    ("fr01", "黄河三门镇段生态修复工程", "greening_project", "实地察看黄河三门镇段生态修复工程"),
    ("fr02", "苏里格经济开发区风光制氢一体化示范项目", "project", "介绍了苏里格经济开发区风光制氢一体化示范项目征地"),
    ("fr02", "无定河生态廊道建设工程", "greening_project", "汇报了无定河生态廊道建设工程推进情况"),
    ("fr02", "嘎鲁图镇老旧小区改造项目", "housing_project", "做好嘎鲁图镇老旧小区改造项目的居民协调工作"),
    ("fr03", "宝山镇蓝莓深加工产业园", "industrial_park", "先后来到宝山镇蓝莓深加工产业园"),
    ("fr03", "东汤镇温泉康养小镇项目", "project", "东汤镇温泉康养小镇项目"),
    ("fr03", "凤凰山景区游客服务中心改造项目", "project", "凤凰山景区游客服务中心改造项目"),
    ("fr03", "草河城区段综合治理工程", "engineering_work", "草河城区段综合治理工程现场"),
    ("fr04", "东丰县梅花鹿精深加工产业园二期", "industrial_park", "先后来到东丰县梅花鹿精深加工产业园二期"),
    ("fr04", "那丹伯镇鹿业合作社养殖基地", "project", "那丹伯镇鹿业合作社养殖基地"),
    ("fr04", "横道河镇玉米高产示范田", "project", "横道河镇玉米高产示范田"),
    ("fr04", "东丰农民画小镇建设项目", "project", "东丰农民画小镇建设项目"),
    ("fr05", "牡丹江依兰段堤防加固工程", "engineering_work", "会议研究了牡丹江依兰段堤防加固工程"),
    ("fr05", "松花江达连河镇段险工治理工程", "engineering_work", "松花江达连河镇段险工治理工程的建设方案"),
    ("fr05", "依兰县城区老旧小区改造项目", "housing_project", "原则通过了依兰县城区老旧小区改造项目实施方案"),
    ("fr05", "依兰县绿色化工产业园区污水处理厂二期", "infrastructure_project", "研究了依兰县绿色化工产业园区污水处理厂二期建设有关事项"),
    ("fr06", "万年县贡米产业园二期", "industrial_park", "在万年县贡米产业园二期项目"),
    ("fr06", "万年县城乡供水一体化工程", "infrastructure_project", "在万年县城乡供水一体化工程梓埠镇水厂"),
    ("fr06", "神农源景区提升改造项目", "project", "来到神农源景区提升改造项目现场"),
    ("fr07", "大将镇金桔冷链物流中心", "logistics_hub", "先后来到大将镇金桔冷链物流中心"),
    ("fr07", "融安金桔标准化种植示范基地", "project", "长安镇融安金桔标准化种植示范基地"),
    ("fr07", "融安县香杉木材加工产业园", "industrial_park", "融安县香杉木材加工产业园，详细了解"),
    ("fr07", "香杉木材加工产业园二期", "industrial_park", "加快香杉木材加工产业园二期建设"),
    ("fr08", "乐东现代渔业产业园二期", "industrial_park", "全力推进乐东现代渔业产业园二期"),
    ("fr08", "昌化江乐东段生态修复工程", "greening_project", "昌化江乐东段生态修复工程等重点工作"),
    ("fr09", "赫章县核桃精深加工产业园", "industrial_park", "在野马川镇赫章县核桃精深加工产业园"),
    ("fr09", "妈姑镇高山冷凉蔬菜基地", "project", "在妈姑镇高山冷凉蔬菜基地"),
    ("fr09", "妈姑镇易地扶贫搬迁安置点", "housing_project", "做好妈姑镇易地扶贫搬迁安置点后续扶持工作"),
    ("fr10", "异龙湖北岸生态湿地修复工程", "greening_project", "先后来到异龙湖北岸生态湿地修复工程"),
    ("fr10", "坝心镇异龙湖入湖河道综合治理工程", "engineering_work", "坝心镇异龙湖入湖河道综合治理工程"),
    ("fr10", "宝秀镇杨梅产业示范基地", "project", "宝秀镇杨梅产业示范基地"),
    ("fr10", "石屏县豆制品加工产业园二期", "industrial_park", "石屏县豆制品加工产业园二期，实地察看"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fr01", "圣人涧镇", "town", "standalone", "深入圣人涧镇、三门镇和平陆经济技术开发区"),
    ("fr01", "三门镇", "town", "standalone", "深入圣人涧镇、三门镇和平陆经济技术开发区"),
    ("fr01", "平陆经济技术开发区", "development_zone", "standalone", "深入圣人涧镇、三门镇和平陆经济技术开发区"),
    ("fr01", "开发区", "development_zone", "standalone", "开发区要完善水、电、路、气等配套设施"),
    ("fr01", "黄河", "river", "standalone", "郜建峰一行沿黄河岸线来到三门镇"),
    ("fr01", "平陆", "county", "standalone", "苹果产业是平陆农民增收的主导产业"),
    ("fr02", "乌审旗", "banner", "standalone", "6月16日，乌审旗召开"),
    ("fr02", "苏里格经济开发区", "development_zone", "standalone", "苏里格经济开发区、图克镇、无定河镇作了交流发言"),
    ("fr02", "图克镇", "town", "standalone", "苏里格经济开发区、图克镇、无定河镇作了交流发言"),
    ("fr02", "无定河镇", "town", "standalone", "苏里格经济开发区、图克镇、无定河镇作了交流发言"),
    ("fr02", "无定河", "river", "in_project_name", "汇报了无定河生态廊道建设工程推进情况"),
    ("fr02", "毛乌素沙地", "desert", "standalone", "巩固毛乌素沙地治理成果"),
    ("fr02", "嘎鲁图镇", "town", "in_project_name", "做好嘎鲁图镇老旧小区改造项目的居民协调工作"),
    ("fr03", "凤城", "county_level_city", "standalone", "项目建设是凤城振兴发展的生命线"),
    ("fr03", "宝山镇", "town", "standalone", "在宝山镇，镇党委书记谭立业"),
    ("fr03", "东汤镇", "town", "in_project_name", "东汤镇温泉康养小镇项目"),
    ("fr03", "凤凰山", "mountain", "in_project_name", "凤凰山景区游客服务中心改造项目"),
    ("fr03", "草河", "river", "in_project_name", "草河城区段综合治理工程现场"),
    ("fr04", "东丰县", "county", "standalone", "副省长宁宏远到我市东丰县调研"),
    ("fr04", "那丹伯镇", "town", "in_project_name", "那丹伯镇鹿业合作社养殖基地"),
    ("fr04", "横道河镇", "town", "standalone", "在横道河镇，镇党委书记苗振海"),
    ("fr04", "东丰", "county", "standalone", "梅花鹿是东丰的特色优势产业"),
    ("fr05", "依兰县", "county", "in_title", "依兰县委副书记、县长邰明轩主持召开"),
    ("fr05", "牡丹江", "river", "in_project_name", "会议研究了牡丹江依兰段堤防加固工程"),
    ("fr05", "依兰", "county", "in_project_name", "会议研究了牡丹江依兰段堤防加固工程"),
    ("fr05", "松花江", "river", "in_project_name", "松花江达连河镇段险工治理工程的建设方案"),
    ("fr05", "达连河镇", "town", "in_project_name", "松花江达连河镇段险工治理工程的建设方案"),
    ("fr06", "万年县", "county", "standalone", "市长柯松涛深入万年县调研"),
    ("fr06", "万年", "county", "standalone", "万年是世界稻作文化发源地之一"),
    ("fr06", "梓埠镇", "town", "standalone", "在万年县城乡供水一体化工程梓埠镇水厂"),
    ("fr06", "神农源", "scenic_area", "in_project_name", "来到神农源景区提升改造项目现场"),
    ("fr06", "乐安河", "river", "standalone", "察看乐安河沿岸生态环境"),
    ("fr06", "长三角", "region", "standalone", "要抢抓长三角一体化发展"),
    ("fr06", "大南昌都市圈", "region", "standalone", "融入“大南昌都市圈”等机遇"),
    ("fr07", "融安县", "county", "standalone", "自治区副主席柯松涛到融安县调研"),
    ("fr07", "柳州市", "city", "in_title", "柳州市委常委、副市长韦世宁"),
    ("fr07", "大将镇", "town", "in_project_name", "先后来到大将镇金桔冷链物流中心"),
    ("fr07", "长安镇", "town", "standalone", "长安镇融安金桔标准化种植示范基地"),
    ("fr07", "融安", "county", "standalone", "金桔是融安群众增收致富的“金果果”"),
    ("fr07", "遂溪", "county", "standalone", "粤桂（遂溪—融安）协作共建园区"),
    ("fr07", "广东", "province", "standalone", "引进广东企业落户的情况"),
    ("fr07", "融江", "river", "standalone", "推动更多东部产业梯度转移到融江两岸"),
    ("fr08", _YL, "county", "in_org_reference", "宣布省委关于乐东黎族自治县委主要领导调整的决定"),
    ("fr08", "乐东县", "county", "in_title", "陈德坤同志任乐东县委书记以来"),
    ("fr08", "乐东", "county", "standalone", "将一如既往关心和支持乐东发展"),
    ("fr08", "昌化江", "river", "in_project_name", "昌化江乐东段生态修复工程等重点工作"),
    ("fr08", "海南", "province", "standalone", "为乐东融入海南自由贸易港建设贡献全部力量"),
    ("fr08", "黑龙江", "province", "standalone", "黑龙江巴彦人"),
    ("fr08", "巴彦", "county", "standalone", "黑龙江巴彦人"),
    ("fr08", "依兰县", "county", "in_title", "依兰县团山子乡政府干部"),
    ("fr08", "团山子乡", "township", "in_title", "依兰县团山子乡政府干部"),
    ("fr08", "达连河镇", "town", "in_title", "依兰县达连河镇党委书记"),
    ("fr08", "海南省", "province", "in_title", "海南省农业农村厅副厅长"),
    ("fr09", "野马川镇", "town", "standalone", "深入野马川镇、妈姑镇"),
    ("fr09", "妈姑镇", "town", "standalone", "深入野马川镇、妈姑镇"),
    ("fr09", "赫章县", "county", "in_project_name", "在野马川镇赫章县核桃精深加工产业园"),
    ("fr09", "赫章", "county", "standalone", "核桃是赫章的“当家产业”"),
    ("fr09", "广州市", "city", "standalone", "广州市挂职干部、县委常委、副县长冼志航"),
    ("fr09", "大湾区", "region", "standalone", "推动更多赫章农特产品进入大湾区"),
    ("fr10", "石屏县", "county", "standalone", "副省长宁宏远到石屏县调研"),
    ("fr10", "异龙湖", "lake", "standalone", "调研异龙湖保护治理和高原特色农业发展工作"),
    ("fr10", "坝心镇", "town", "in_project_name", "坝心镇异龙湖入湖河道综合治理工程"),
    ("fr10", "宝秀镇", "town", "in_project_name", "宝秀镇杨梅产业示范基地"),
    ("fr10", "云南", "province", "standalone", "异龙湖是云南九大高原湖泊之一"),
    ("fr10", "红河州", "autonomous_prefecture", "standalone", "红河州将认真落实省委、省政府部署"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fr", conventions="set fr (blind set, held-out-like mix: ten county-level units in ten provinces — 平陆县 (山西 运城), 乌审旗 (内蒙古 鄂尔多斯), 凤城市 (辽宁 丹东), 东丰县 (吉林 辽源), 依兰县 (黑龙江 哈尔滨), 万年县 (江西 上饶), 融安县 (广西 柳州), 乐东黎族自治县 (海南), 赫章县 (贵州 毕节), 石屏县 (云南 红河); county sites, WeChat posts, a portal page and prefecture papers; bare 市委 is the county-level city's on its own site and the prefecture's in a prefecture paper; 旗委 / 政府旗长 → 乌审旗委 / 乌审旗政府; autonomous county and prefecture labels in full; a county zone with its city in front (运城平陆经开区); 挂职 posts are holdings of the host organ; a 领导干部大会's 任 is a holding, 不再担任 is not; dotted 简历 lines are dated holdings; one line per post per article)",
          persons_note="Set fr persons. id = corpus-wide person_id (fr:苗振海#1 平陆县副县长 (山西) and fr:苗振海#2 东丰县横道河镇党委书记 (吉林) are two people; fr:邰明轩 依兰县长 2021 → 乐东黎族自治县委书记 2023 (简历 dates his 依兰 posts 2008–2022 and 海南省农业农村厅副厅长 2022); fr:宁宏远 吉林 副省长 2021 → 云南省委常委、副省长 2025; fr:柯松涛 上饶市委副书记、市长 2021 → 广西 自治区副主席 2024)")


if __name__ == "__main__":
    main()
