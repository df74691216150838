"""Write gold part ``fv`` (a blind set: county and district sites' 领导活动 / 政务动态 columns in 贵州, 甘肃 and 云南) from the
tables below.

Pages ``tests/dev/texts/fv*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 天水在线 甘谷 page (``您所在的位置:首页>>新闻中心>>天水新闻>>甘谷>>正文``,
a stamp ``(2015-12-3 10:10:00)  来源:甘谷县新闻中心   打印本页``, ``甘谷县委常委、副县长…，县委常委、人武部部长…出席``, a
``本新闻共2页`` pager and a photo list); a 武山 page (``武山縣委書記…深入城關、龍臺、四門、洛門等鎮調研…縣委常委、城關鎮黨委
書記…，縣人大常委會副主任、洛門鎮黨委書記…一同調研``, ``新聞來源:武山縣融媒體中心 轉載:…``); the 永平县 site
(``鹤庆县委书记…，鹤庆县委副书记、县长…率…党政考察团…县领导…陪同考察``, ``扫一扫在手机打开当前页``); the 楚雄州 政府公报 大事记
(``索引号:… 公开范围:公开 发布机构:楚雄州人民政府办公室 / 主题词: 发布日期:2025年09月25日 文 号:``, a dated list
``8月20日,州委书记…``, ``州委常委、常务副州长…通报``); a 舟曲 page (``州委常委、常务副州长…带领州直有关部门负责人深入舟曲县督查…
县委书记…，县长…，县委常委、常务副县长…陪同督查…在随后召开的督查反馈会上，州政府副秘书长、州外事办主任…反馈了督查情况``); the
甘南日报 (``本报合作讯 (记者 … …)``, ``副州长、合作市委书记``); 黔东南 pages of the 镇远 督查 (``州委常委…，镇远县委书记…，县委
常委、副县长…陪同``), the 黎平 调研 (``州人大副主任、县委书记…，副州长…，县委副书记、县长…``) and the 岑巩 调研 (``县委常委、提名
副县长人选``); a 德江 page (``县委书记…，县委副书记、县长…，县领导…陪同调研或参加会议``); a 天水 麦积区 督查 (``天水市委常委、
常务副市长…麦积区委常委、常务副区长…``); a 秦安 page (``县委常委、兴国镇党委书记``); a 定西 观摩 page (``市委副书记、市长…带队``);
the 临夏 portal (``2022-05-08 来源:人民网 记者:… 浏览量:1674``); the 开鲁 site (``信息来源: 今日开鲁 分享到:``, ``(县政府办供稿)``);
the 迪庆日报 edition (``第1版:头版 4下一版 版面导航 … 上一篇 下一篇 放大 缩小 默认``, ``本报讯 (记者 …)``). Places are real:
贵州 黔东南苗族侗族自治州 (台江县 with 施洞镇, 台盘乡, 老屯乡; 剑河县 with 岑松镇, 久仰镇; the 清水江), 甘肃 定西市 (渭源县 with
莲峰镇, 会川镇; 安定区 with 巉口镇, 内官营镇, 香泉镇) and 甘南藏族自治州 (临潭县 with 冶力关镇, 新城镇), 云南 楚雄彝族自治州
(姚安县 with 光禄镇, 前场镇; 大姚县 with 石羊镇, 六苴镇; 楚雄市, 禄丰市).

Shapes: a county site's weekly ``台江县领导活动（2022年6月6日—6月12日）`` of five 【】-headed items (常委会, a 县长's 乡镇 调研, a
常务副县长's 检查, 常务会议, a 副县长's 督导) under a stamp ``信息来源 / 发布机构 / 发布日期 / 浏览量 / 字体大小 / 打印本页`` (fv01); the
same site's 政务动态 page of a 州委常委、副州长's 调研 with 州 department heads and ``县领导…`` named without titles (fv02); a county
site's 领导活动 page of the 县委书记's 乡镇 调研 (fv03); the 黔东南日报 第01版 with two articles (a 常务副州长's 调研 in 剑河县; a
台江 推进会) (fv04); a 甘肃 county site's 政务动态 of the 县长's 督导检查 of two towns (fv05); a district site's 区领导活动 grouped by
leader (``区委书记：常守信`` then that leader's dated entries without his name; a 市委常委、副市长's 调研) (fv06); a county site of a
州委常委、常务副州长's two-day 督查 and the 督查反馈会 (fv07); a 云南 county site of a 副州长's 调研 (fv08); a county site with
信息公开 metadata (索引号 / 发布机构 / 发布日期) of the 县长's 乡镇 调研 (fv09); the 州 government portal's dated list
``州领导活动（2024年6月10日—6月16日）`` (fv10).

Identity cases:
- fv:潘启明: 台江县委副书记、县长 in June and Sept 2022 (fv01, fv02) → 剑河县委书记 in April and May 2024 (fv03, fv04).
- fv:杨胜岚: 黔东南州委常委、副州长 in Sept 2022 (fv02) → 州委常委、常务副州长 in May 2024 (fv04).
- fv:贾志东: 渭源县莲峰镇党委书记 in Aug 2022 (fv05) → 安定区委常委、副区长 in March 2024 (fv06) (another county of 定西).
- fv:杞永昌: 姚安县委常委、常务副县长 in Nov 2021 (fv08) → 大姚县委副书记、县长 in March 2023 and June 2024 (fv09, fv10).
- fv:普卫东: 楚雄州 副州长 in Nov 2021 (fv08) → 州委常委、常务副州长 in June 2024 (fv10).
- the same officials on several pages: fv:邰永恒 (台江县委书记, 2022 and 2024), fv:吴金凤 (施洞镇党委书记, fv01, fv02), fv:欧秀珍 and
  fv:杨光辉 (台江副县长 in fv01, ``县领导`` without title in fv02), fv:鲁春梅 (姚安县长, 2021 and 2024).
- two different 冯德全 in unrelated places: fv:冯德全#1 is 临潭县委常委、副县长 (甘肃 甘南, fv07, 2023); fv:冯德全#2 is 大姚县石羊镇
  党委书记 (云南 楚雄, fv09, 2023).
- one organ name in several places: bare ``州委`` / ``州委常委`` / ``州政府副秘书长`` are 黔东南's (fv01, fv02, fv04), 甘南's (fv07)
  and 楚雄's (fv10); ``州农业农村局局长`` is 黔东南's in fv02 and 甘南's in fv07; bare ``县委副书记、县长`` is 台江's, 剑河's, 渭源's,
  临潭's, 姚安's and 大姚's; bare ``市委常委、副市长`` on the 安定区 site is 定西's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, by, dk, au where they speak; decided here where they are silent):
- Autonomous units take their full official names (as au, by): bare ``州委`` / ``州委常委`` on a 台江 / 剑河 page and in the
  黔东南日报 → 黔东南苗族侗族自治州委; ``副州长`` / ``常务副州长`` / ``州政府副秘书长`` → 黔东南苗族侗族自治州政府; likewise
  甘南藏族自治州 (临潭 page) and 楚雄彝族自治州 (姚安, 大姚 and the 州 portal). 州 departments as written after the label:
  ``州农业农村局局长`` → X州农业农村局 局长, ``州发展改革委主任`` → 黔东南苗族侗族自治州发展改革委 主任, ``州文化和旅游局局长`` →
  楚雄彝族自治州文化和旅游局 局长.
- Bare 县 / 区 organs take the site's county or district (``县委副书记、县长`` on the 台江 site → 台江县委 副书记 + 台江县政府 县长);
  in the 黔东南日报 a bare ``县委副书记、县长`` right after ``剑河县委书记`` / ``台江县委书记`` is that county's; on the 州 portal
  ``县委副书记、县长`` after ``大姚县委书记`` is 大姚's. Bare ``市委常委、副市长`` on the 安定区 site → 定西市委 常委 + 定西市政府
  副市长 (the parent of the right level). A town's ``镇党委书记`` / ``镇长`` after ``在X镇，`` → county label + town + 党委 / 政府;
  ``乡党委书记`` → county + 乡 + 党委.
- ``县领导欧秀珍、杨光辉`` (fv02) gives no post (CONVENTIONS); they are named attendees.
- One line per post per article; a list after one title gives every name that title (``副县长欧秀珍、杨光辉``).
- Weekly digests with a headline per item (fv01) split into one article per item (as dk, x).
- DECIDED HERE (lists without item headlines): a 领导活动 list grouped by leader (fv06) and a dated 州领导活动 list (fv10) are
  one article each, headed by the page title; each dated entry reporting an event gives a meeting row with its own
  ``date_text``. In the grouped list the header line ``区委书记：常守信`` is a holding at the page's date (title, colon, name),
  and that leader is the chair / leader of the entries under it that do not name him (``3月11日上午，主持召开…``); an
  event written under two leaders (the 市委常委、副市长's 调研 on 3月14日) is one row.
- DECIDED HERE: ``镇党委书记者海燕`` (fv08): 者 is her surname (a Yi surname of 楚雄), not the ``记者`` of a byline; she gets a post,
  no reporter line.
- Events: 调研 / 检查 / 督导 / 督导检查 / 督查 are ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 /
  表示 / 作了安排 / 反馈 speakers); the 督查反馈会 after the 督查 is its own meeting, dated as the 督查 (``7月18日至19日``), and
  the remarks after ``在随后召开的督查反馈会上`` are its speakers (as bs's 督导反馈会); 常委会, 常务会议 and 推进会 are meetings
  (chair 主持; 出席 attendees; ``出席会议并讲话`` attendee and speaker). The 龙舟节 and the “村BA” games prepared or referred to
  are not events of the pages; the 全国两会 and 省委 / 州委 meetings relayed are not.
- Credits: ``（…融媒体中心　记者　…　通讯员　…）`` and ``本报讯（记者 … 通讯员 …）`` give reporter / correspondent lines;
  ``（剑河县委办　龙雪娇）`` and ``供稿：…　李雪芬`` author lines; 编辑 / 责任编辑 / 审核 editor lines. 信息来源 / 发布机构 name no
  person.
- Projects: named works inspected or decided: a 产业园 (or its phase) and 标准化厂房 ``industrial_park``; 防洪堤 / 防洪治理 works
  ``engineering_work``; 污水管网 / 供水 works ``infrastructure_project``; a 中药材仓储物流园 ``logistics_hub``; an 易地扶贫搬迁安置点
  and a 老旧小区改造项目 ``housing_project``; 生态修复 and a 湿地公园 提升改造 ``greening_project``; 种植基地, 示范基地, 示范点,
  古镇 / 卫城 保护 works, 高标准农田建设项目, a 光伏制造项目, a 球场配套设施建设项目, the 州's 校舍安全提升工程 ``project``.
- Places: one line per name per file, as written (``姚安`` and ``姚安县`` are two names); places inside titles, organ references,
  project and school names count; site lines, nav lines, stamps, 来源 lines, 相关文章 / 相关链接 / 相关阅读 lists, footers and
  addresses are not annotated. DECIDED HERE: a 古镇 / 卫城 is kind ``heritage_site`` (as bs's 龟兹古城), a 景区 ``scenic_area``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

QDN, GN, CX = "黔东南苗族侗族自治州", "甘南藏族自治州", "楚雄彝族自治州"
TJ, JH, WY, AD, LT, YA, DY = "台江县", "剑河县", "渭源县", "安定区", "临潭县", "姚安县", "大姚县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fv01_taijiang.txt": (2022, "发布日期：2022-06-13 09:15", TJ, [
        ("邰永恒主持召开县委常委会2022年第14次会议", "6月6日上午", "2022-06-06", "6月6日上午，县委书记",
         "weekly 领导活动 item 1: 县委常委会 chaired by the 书记; the 县长 出席"),
        ("潘启明到施洞镇调研防汛和独木龙舟节筹备工作", "6月8日", "2022-06-08", "6月8日，县委副书记",
         "item 2: the 县长's 调研 in 施洞镇 with the town secretary"),
        ("姜晓帆到老屯乡检查安全生产工作", "6月9日", "2022-06-09", "6月9日，县委常委",
         "item 3: the 常务副县长's 检查 in 老屯乡"),
        ("潘启明主持召开县政府第12次常务会议", "6月10日下午", "2022-06-10", "6月10日下午，县委副书记",
         "item 4: 县政府常务会议; 副县长 list"),
        ("欧秀珍到台盘乡督导“村BA”赛事保障工作", "6月11日", "2022-06-11", "6月11日，副县长",
         "item 5: a 副县长's 督导 in 台盘乡; page stamp 2022-06-13")]),
    "fv02_taijiang.txt": (2022, "发布日期：2022-09-16 17:32", TJ, [
        ("杨胜岚到台江县调研乡村振兴和清水江流域综合治理工作", "9月15日", "2022-09-15", "9月15日，州委常委",
         "county site: a 黔东南 州委常委、副州长's 调研 with 州 department heads; 县领导 without titles; town secretary and 镇长 report")]),
    "fv03_jianhe.txt": (2024, "发布日期：2024-04-19 11:02", JH, [
        ("潘启明到岑松镇、久仰镇调研产业发展和乡村建设工作", "4月18日", "2024-04-18", "4月18日，县委书记",
         "county site 领导活动: the 县委书记 (the former 台江县长) 调研 in two towns")]),
    "fv04_qiandongnan.txt": (2024, "2024年5月23日　星期四", QDN, [
        ("杨胜岚在剑河县调研时强调", "5月22日", "2024-05-22", "本报讯（记者 王娅楠）5月22日",
         "州 paper 第01版: the 常务副州长's 调研 in 剑河县 with its 书记 and 县长"),
        ("台江县召开“村BA”赛事运营与文体旅融合发展推进会", "5月21日", "2024-05-21", "本报讯（记者 潘秀英 通讯员 邰小凤）5月21日",
         "州 paper: a 台江 推进会 (书记 出席并讲话, the new 县长 主持)")]),
    "fv05_weiyuan.txt": (2022, "发布时间：2022-08-11 10:26", WY, [
        ("魏志强深入莲峰镇、会川镇督导检查防汛减灾和重点项目建设工作", "8月10日", "2022-08-10", "8月10日，县委副书记",
         "甘肃 county site 政务动态: the 县长's 督导检查 of two towns")]),
    "fv06_anding.txt": (2024, "发布日期：2024-03-18", AD, [
        ("区领导活动（2024年3月11日—3月17日）", "3月11日上午", "2024-03-11", "区委书记：常守信",
         "district site: 区领导活动 grouped by leader (常委会, 常务会议, a 定西 市委常委、副市长's 调研, a 副区长's 检查 and 督导)")]),
    "fv07_lintan.txt": (2023, "发布时间：2023-07-20 16:48", LT, [
        ("州委常委、常务副州长郭振业来临潭县督查指导重点工作", "7月18日至19日", "2023-07-18", "7月18日至19日，州委常委",
         "county site: a 甘南 常务副州长's two-day 督查 and the 督查反馈会")]),
    "fv08_yaoan.txt": (2021, "发布时间：2021-11-25", YA, [
        ("副州长普卫东到姚安县调研文旅融合发展工作", "11月24日", "2021-11-24", "11月24日，副州长",
         "云南 county site: a 楚雄 副州长's 调研 with the 书记, 县长 and 常务副县长")]),
    "fv09_dayao.txt": (2023, "发布日期：2023年03月21日", DY, [
        ("杞永昌深入石羊镇、六苴镇调研春耕生产和重点项目建设", "3月20日", "2023-03-20", "3月20日，县委副书记",
         "county site with 信息公开 metadata: the 县长 (the former 姚安 常务副县长) 调研 in two towns")]),
    "fv10_chuxiong.txt": (2024, "发布日期：2024年06月17日", CX, [
        ("州领导活动（2024年6月10日—6月16日）", "6月10日", "2024-06-10", "6月10日，州委书记",
         "州 portal: dated 州领导活动 list (常委会, 常务会议, the 常务副州长's 调研 in 大姚县, a 副州长's 督导检查, the 书记's 检查)")]),
}

_F01_PAN1 = "县委副书记、县长潘启明等县委常委出席会议"
_F01_PAN2 = "6月8日，县委副书记、县长潘启明到施洞镇"
_F01_PAN4 = "县委副书记、县长潘启明主持召开县政府第12次常务会议"
_F01_JIANG3 = "县委常委、常务副县长姜晓帆带领"
_F01_JIANG4 = "县委常委、常务副县长姜晓帆，副县长欧秀珍、杨光辉出席会议"
_F02_YANG = "州委常委、副州长杨胜岚到台江县调研"
_F02_PAN = "县委副书记、县长潘启明，县领导欧秀珍"
_F04_YANG = "州委常委、常务副州长杨胜岚到剑河县调研"
_F07_GUO = "7月18日至19日，州委常委、常务副州长郭振业带领"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 黔东南: 台江, 剑河, the 州
    "fv:邰永恒": ("邰永恒", "official", TJ, [
        ("fv01", f"{TJ}委", "书记", "县委书记邰永恒主持召开县委常委会", "2022-06"),
        ("fv02", f"{TJ}委", "书记", "县委书记邰永恒，县委副书记", "2022-09"),
        ("fv04", f"{TJ}委", "书记", "台江县委书记邰永恒出席会议并讲话", "2024-05: the same post")], []),
    "fv:潘启明": ("潘启明", "official", QDN, [
        ("fv01", f"{TJ}委", "副书记", _F01_PAN1, "2022-06: bare 县委 on the 台江 site (identity case: 剑河县委书记 in 2024)"),
        ("fv01", f"{TJ}政府", "县长", _F01_PAN1, None),
        ("fv01", f"{TJ}委", "副书记", _F01_PAN2, "digest item 2"),
        ("fv01", f"{TJ}政府", "县长", _F01_PAN2, None),
        ("fv01", f"{TJ}委", "副书记", _F01_PAN4, "digest item 4"),
        ("fv01", f"{TJ}政府", "县长", _F01_PAN4, None),
        ("fv02", f"{TJ}委", "副书记", _F02_PAN, "2022-09"),
        ("fv02", f"{TJ}政府", "县长", _F02_PAN, None),
        ("fv03", f"{JH}委", "书记", "县委书记潘启明深入岑松镇", "2024-04: now 剑河县委书记 (bare 县委 on the 剑河 site)"),
        ("fv04", f"{JH}委", "书记", "剑河县委书记潘启明", "2024-05")], []),
    "fv:姜晓帆": ("姜晓帆", "official", TJ, [
        ("fv01", f"{TJ}委", "常委", _F01_JIANG3, "digest item 3"),
        ("fv01", f"{TJ}政府", "常务副县长", _F01_JIANG3, None),
        ("fv01", f"{TJ}委", "常委", _F01_JIANG4, "digest item 4"),
        ("fv01", f"{TJ}政府", "常务副县长", _F01_JIANG4, None)], []),
    "fv:欧秀珍": ("欧秀珍", "official", TJ, [
        ("fv01", f"{TJ}政府", "副县长", "副县长欧秀珍、杨光辉出席会议", "digest item 4: list after one title"),
        ("fv01", f"{TJ}政府", "副县长", "副县长欧秀珍到台盘乡", "digest item 5")], ["fv02"]),
    "fv:杨光辉": ("杨光辉", "official", TJ, [
        ("fv01", f"{TJ}政府", "副县长", "副县长欧秀珍、杨光辉出席会议", "list after one title; in fv02 only ``县领导`` (no post)")], ["fv02"]),
    "fv:吴金凤": ("吴金凤", "official", TJ, [
        ("fv01", f"{TJ}施洞镇党委", "书记", "施洞镇党委书记吴金凤", "2022-06"),
        ("fv02", f"{TJ}施洞镇党委", "书记", "镇党委书记吴金凤汇报了", "2022-09: bare 镇 after ``在施洞镇，``")], []),
    "fv:杨正坤": ("杨正坤", "official", TJ, [
        ("fv01", f"{TJ}水务局", "局长", "县水务局局长杨正坤", None)], []),
    "fv:万成林": ("万成林", "official", TJ, [
        ("fv01", f"{TJ}老屯乡党委", "书记", "老屯乡党委书记万成林", None)], []),
    "fv:杨胜岚": ("杨胜岚", "official", QDN, [
        ("fv02", f"{QDN}委", "常委", _F02_YANG, "2022-09: bare 州委 on the 台江 site = 黔东南苗族侗族自治州委 (identity case: 常务副州长 in 2024)"),
        ("fv02", f"{QDN}政府", "副州长", _F02_YANG, None),
        ("fv04", f"{QDN}委", "常委", _F04_YANG, "2024-05: bare 州委 in the 黔东南日报"),
        ("fv04", f"{QDN}政府", "常务副州长", _F04_YANG, "2024-05: now 常务副州长")], []),
    "fv:罗家宁": ("罗家宁", "official", QDN, [
        ("fv02", f"{QDN}政府", "副秘书长", "州政府副秘书长罗家宁", None)], []),
    "fv:顾振东": ("顾振东", "official", QDN, [
        ("fv02", f"{QDN}农业农村局", "局长", "州农业农村局局长顾振东", "``州农业农村局`` = 黔东南's here, 甘南's in fv07")], []),
    "fv:龙德贵": ("龙德贵", "official", TJ, [
        ("fv02", f"{TJ}施洞镇政府", "镇长", "镇长龙德贵介绍了", "bare 镇长 after ``在施洞镇，``")], []),
    "fv:杨宗林": ("杨宗林", "official", TJ, [
        ("fv02", f"{TJ}农业农村局", "局长", "县农业农村局局长杨宗林", None)], []),
    "fv:雷安琪": ("雷安琪", "official", JH, [
        ("fv03", f"{JH}委", "常委", "县委常委、副县长雷安琪", None),
        ("fv03", f"{JH}政府", "副县长", "县委常委、副县长雷安琪", None)], []),
    "fv:邰世坤": ("邰世坤", "official", JH, [
        ("fv03", f"{JH}农业农村局", "局长", "县农业农村局局长邰世坤", None)], []),
    "fv:杨再林": ("杨再林", "official", JH, [
        ("fv03", f"{JH}岑松镇党委", "书记", "岑松镇党委书记杨再林", None)], []),
    "fv:龙春妹": ("龙春妹", "official", JH, [
        ("fv03", f"{JH}久仰镇政府", "镇长", "听取了镇长龙春妹关于", "bare 镇长 after ``在久仰镇，``")], []),
    "fv:胡礼新": ("胡礼新", "official", QDN, [
        ("fv04", f"{QDN}发展改革委", "主任", "州发展改革委主任胡礼新", None)], []),
    "fv:吴承泽": ("吴承泽", "official", JH, [
        ("fv04", f"{JH}委", "副书记", "县委副书记、县长吴承泽陪同调研", "bare 县委 right after 剑河县委书记"),
        ("fv04", f"{JH}政府", "县长", "县委副书记、县长吴承泽陪同调研", None)], []),
    "fv:石振耀": ("石振耀", "official", TJ, [
        ("fv04", f"{TJ}委", "副书记", "县委副书记、县长石振耀主持会议", "2024: 潘启明's successor as 台江县长; bare 县委 right after 台江县委书记"),
        ("fv04", f"{TJ}政府", "县长", "县委副书记、县长石振耀主持会议", None)], []),
    "fv:欧阳建军": ("欧阳建军", "official", TJ, [
        ("fv04", f"{TJ}台盘乡党委", "书记", "台盘乡党委书记欧阳建军", "in the 台江 article")], []),
    "fv:刘启贤": ("刘启贤", "official", TJ, [
        ("fv04", f"{TJ}文体广电旅游局", "局长", "县文体广电旅游局局长刘启贤", "as written")], []),
    # ---- 定西: 渭源, 安定区
    "fv:魏志强": ("魏志强", "official", WY, [
        ("fv05", f"{WY}委", "副书记", "县委副书记、县长魏志强深入莲峰镇", None),
        ("fv05", f"{WY}政府", "县长", "县委副书记、县长魏志强深入莲峰镇", None)], []),
    "fv:包宏亮": ("包宏亮", "official", WY, [
        ("fv05", f"{WY}委", "常委", "县委常委、副县长包宏亮", None),
        ("fv05", f"{WY}政府", "副县长", "县委常委、副县长包宏亮", None)], []),
    "fv:蔺海波": ("蔺海波", "official", WY, [
        ("fv05", f"{WY}水务局", "局长", "县水务局局长蔺海波", None)], []),
    "fv:贾志东": ("贾志东", "official", "定西市", [
        ("fv05", f"{WY}莲峰镇党委", "书记", "莲峰镇党委书记贾志东", "2022-08 (identity case: 安定区委常委、副区长 in 2024)"),
        ("fv06", f"{AD}委", "常委", "区委常委、副区长：贾志东", "2024-03: DECIDED HERE: a header line title：name is a holding"),
        ("fv06", f"{AD}政府", "副区长", "区委常委、副区长：贾志东", None)], []),
    "fv:何永年": ("何永年", "official", WY, [
        ("fv05", f"{WY}会川镇党委", "副书记", "会川镇党委副书记、镇长何永年", None),
        ("fv05", f"{WY}会川镇政府", "镇长", "会川镇党委副书记、镇长何永年", None)], []),
    "fv:常守信": ("常守信", "official", AD, [
        ("fv06", f"{AD}委", "书记", "区委书记：常守信", "header line of the grouped list")], []),
    "fv:巩世平": ("巩世平", "official", AD, [
        ("fv06", f"{AD}委", "副书记", "区委副书记、区长：巩世平", None),
        ("fv06", f"{AD}政府", "区长", "区委副书记、区长：巩世平", None)], []),
    "fv:权振华": ("权振华", "official", "定西市", [
        ("fv06", "定西市委", "常委", "陪同市委常委、副市长权振华到巉口镇", "bare 市委 on the 安定区 site = 定西市委 (its parent)"),
        ("fv06", "定西市政府", "副市长", "陪同市委常委、副市长权振华到巉口镇", None)], []),
    "fv:漆文轩": ("漆文轩", "official", AD, [
        ("fv06", f"{AD}巉口镇党委", "书记", "巉口镇党委书记漆文轩", None)], []),
    "fv:景亚楠": ("景亚楠", "official", AD, [
        ("fv06", f"{AD}自然资源局", "局长", "区自然资源局局长景亚楠", None)], []),
    # ---- 甘南: 临潭
    "fv:郭振业": ("郭振业", "official", GN, [
        ("fv07", f"{GN}委", "常委", _F07_GUO, "bare 州委 on the 临潭 site = 甘南藏族自治州委; named in the headline too"),
        ("fv07", f"{GN}政府", "常务副州长", _F07_GUO, None)], []),
    "fv:仁青东主": ("仁青东主", "official", GN, [
        ("fv07", f"{GN}政府", "副秘书长", "州政府副秘书长仁青东主", None)], []),
    "fv:尕藏扎西": ("尕藏扎西", "official", GN, [
        ("fv07", f"{GN}农业农村局", "局长", "州农业农村局局长尕藏扎西", "``州农业农村局`` = 甘南's here, 黔东南's in fv02")], []),
    "fv:敏学军": ("敏学军", "official", LT, [
        ("fv07", f"{LT}委", "书记", "县委书记敏学军", None)], []),
    "fv:卢宗尧": ("卢宗尧", "official", LT, [
        ("fv07", f"{LT}委", "副书记", "县委副书记、县长卢宗尧", None),
        ("fv07", f"{LT}政府", "县长", "县委副书记、县长卢宗尧", None)], []),
    "fv:冯德全#1": ("冯德全", "official", LT, [
        ("fv07", f"{LT}委", "常委", "县委常委、副县长冯德全陪同督查", "临潭 (甘肃 甘南); not the 冯德全 of 大姚 (fv09)"),
        ("fv07", f"{LT}政府", "副县长", "县委常委、副县长冯德全陪同督查", None)], []),
    "fv:丁玉娟": ("丁玉娟", "official", LT, [
        ("fv07", f"{LT}冶力关镇党委", "书记", "镇党委书记丁玉娟汇报了", "bare 镇 after ``在冶力关镇，``")], []),
    # ---- 楚雄: 姚安, 大姚, the 州
    "fv:普卫东": ("普卫东", "official", CX, [
        ("fv08", f"{CX}政府", "副州长", "11月24日，副州长普卫东到姚安县调研", "2021-11: bare 副州长 on the 姚安 site = 楚雄's (identity case: 常务副州长 in 2024)"),
        ("fv10", f"{CX}委", "常委", "州委常委、常务副州长普卫东到大姚县调研", "2024-06"),
        ("fv10", f"{CX}政府", "常务副州长", "州委常委、常务副州长普卫东到大姚县调研", None)], []),
    "fv:毕成勇": ("毕成勇", "official", CX, [
        ("fv08", f"{CX}文化和旅游局", "局长", "州文化和旅游局局长毕成勇", None)], []),
    "fv:起荣昌": ("起荣昌", "official", YA, [
        ("fv08", f"{YA}委", "书记", "县委书记起荣昌", None)], []),
    "fv:鲁春梅": ("鲁春梅", "official", YA, [
        ("fv08", f"{YA}委", "副书记", "县委副书记、县长鲁春梅，县委常委", "2021-11"),
        ("fv08", f"{YA}政府", "县长", "县委副书记、县长鲁春梅，县委常委", None),
        ("fv10", f"{YA}委", "副书记", "姚安县委副书记、县长鲁春梅陪同", "2024-06: the same posts"),
        ("fv10", f"{YA}政府", "县长", "姚安县委副书记、县长鲁春梅陪同", None)], []),
    "fv:杞永昌": ("杞永昌", "official", CX, [
        ("fv08", f"{YA}委", "常委", "县委常委、常务副县长杞永昌陪同调研", "2021-11: 姚安 (identity case: 大姚县长 in 2023)"),
        ("fv08", f"{YA}政府", "常务副县长", "县委常委、常务副县长杞永昌陪同调研", None),
        ("fv09", f"{DY}委", "副书记", "3月20日，县委副书记、县长杞永昌深入石羊镇", "2023-03: now 大姚县长"),
        ("fv09", f"{DY}政府", "县长", "3月20日，县委副书记、县长杞永昌深入石羊镇", None),
        ("fv10", f"{DY}委", "副书记", "县委副书记、县长杞永昌陪同调研", "2024-06: bare 县委 right after 大姚县委书记"),
        ("fv10", f"{DY}政府", "县长", "县委副书记、县长杞永昌陪同调研", None)], []),
    "fv:者海燕": ("者海燕", "official", YA, [
        ("fv08", f"{YA}光禄镇党委", "书记", "镇党委书记者海燕汇报了", "DECIDED HERE: 者 is the surname, not the 记者 of a byline")], []),
    "fv:罗文雅": ("罗文雅", "official", DY, [
        ("fv09", f"{DY}委", "常委", "县委常委、副县长罗文雅", None),
        ("fv09", f"{DY}政府", "副县长", "县委常委、副县长罗文雅", None)], []),
    "fv:茶正林": ("茶正林", "official", DY, [
        ("fv09", f"{DY}农业农村局", "局长", "县农业农村局局长茶正林", None)], []),
    "fv:冯德全#2": ("冯德全", "official", DY, [
        ("fv09", f"{DY}石羊镇党委", "书记", "石羊镇党委书记冯德全", "大姚 (云南 楚雄); not the 冯德全 of 临潭 (fv07)")], []),
    "fv:李德勋": ("李德勋", "official", DY, [
        ("fv09", f"{DY}六苴镇党委", "副书记", "六苴镇党委副书记、镇长李德勋", None),
        ("fv09", f"{DY}六苴镇政府", "镇长", "六苴镇党委副书记、镇长李德勋", None)], []),
    "fv:段志鸿": ("段志鸿", "official", CX, [
        ("fv10", f"{CX}委", "书记", "州委书记段志鸿主持召开州委常委会会议", "DECIDED HERE (as au, by): 州委 → 楚雄彝族自治州委")], []),
    "fv:施国梁": ("施国梁", "official", CX, [
        ("fv10", f"{CX}委", "副书记", "州委副书记、州长施国梁主持召开", None),
        ("fv10", f"{CX}政府", "州长", "州委副书记、州长施国梁主持召开", None)], []),
    "fv:鲍雅琴": ("鲍雅琴", "official", CX, [
        ("fv10", f"{CX}政府", "副州长", "副州长鲍雅琴出席会议", None)], []),
    "fv:自学勤": ("自学勤", "official", DY, [
        ("fv10", f"{DY}委", "书记", "大姚县委书记自学勤", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fv02", "张梦琪", "记者", "reporter", "（台江县融媒体中心　记者　张梦琪　通讯员　吴志安）"),
    ("fv02", "吴志安", "通讯员", "correspondent", "（台江县融媒体中心　记者　张梦琪　通讯员　吴志安）"),
    ("fv02", "刘婷芸", "编辑", "editor", "编辑：刘婷芸"),
    ("fv02", "杨兴旺", "审核", "editor", "审核：杨兴旺"),
    ("fv03", "龙雪娇", "供稿", "author", "（剑河县委办　龙雪娇）"),
    ("fv03", "杨秀芝", "责任编辑", "editor", "责任编辑：杨秀芝"),
    ("fv04", "王娅楠", "记者", "reporter", "本报讯（记者 王娅楠）"),
    ("fv04", "潘秀英", "记者", "reporter", "本报讯（记者 潘秀英 通讯员 邰小凤）"),
    ("fv04", "邰小凤", "通讯员", "correspondent", "本报讯（记者 潘秀英 通讯员 邰小凤）"),
    ("fv04", "杨晓川", "责任编辑", "editor", "责任编辑：杨晓川"),
    ("fv05", "王海霞", "责任编辑", "editor", "责任编辑：王海霞"),
    ("fv07", "杨娟娟", "记者", "reporter", "（记者：杨娟娟　编辑：马丽娜　审核：丁旭东）"),
    ("fv07", "马丽娜", "编辑", "editor", "（记者：杨娟娟　编辑：马丽娜　审核：丁旭东）"),
    ("fv07", "丁旭东", "审核", "editor", "（记者：杨娟娟　编辑：马丽娜　审核：丁旭东）"),
    ("fv08", "李雪芬", "供稿", "author", "供稿：姚安县融媒体中心　李雪芬"),
    ("fv09", "段梦瑶", "记者", "reporter", "（大姚县融媒体中心　记者　段梦瑶　鲁家豪）"),
    ("fv09", "鲁家豪", "记者", "reporter", "（大姚县融媒体中心　记者　段梦瑶　鲁家豪）"),
    ("fv09", "普建新", "审核", "editor", "审核：普建新"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    # fv01
    ("fv01", "台江县委常委会2022年第14次会议", "meeting (县委常委会会议)", "6月6日上午", "邰永恒", None, [],
     ["潘启明"], ["邰永恒"], None,
     "县委书记邰永恒主持召开县委常委会2022年第14次会议",
     ["县委书记邰永恒主持召开", "县长潘启明等县委常委出席会议", "邰永恒强调"]),
    ("fv01", "施洞镇防汛工作和苗族独木龙舟节筹备情况调研", "inspection (调研)", "6月8日", None, "潘启明", [],
     ["吴金凤", "杨正坤"], ["吴金凤", "潘启明"], "施洞镇",
     "县委副书记、县长潘启明到施洞镇调研防汛工作和苗族独木龙舟节筹备情况",
     ["县长潘启明到施洞镇调研", "施洞镇党委书记吴金凤，县水务局局长杨正坤陪同调研", "听取了吴金凤关于", "他要求"]),
    ("fv01", "老屯乡安全生产和自建房安全专项整治检查", "inspection (检查)", "6月9日", None, "姜晓帆", [],
     ["万成林"], ["姜晓帆"], "老屯乡",
     "常务副县长姜晓帆带领县应急管理局、县住房和城乡建设局负责同志到老屯乡检查安全生产和自建房安全专项整治工作",
     ["常务副县长姜晓帆带领", "老屯乡党委书记万成林陪同检查", "姜晓帆强调"]),
    ("fv01", "台江县政府第12次常务会议", "meeting (县政府常务会议)", "6月10日下午", "潘启明", None, [],
     ["姜晓帆", "欧秀珍", "杨光辉"], [], None,
     "县委副书记、县长潘启明主持召开县政府第12次常务会议",
     ["县长潘启明主持召开县政府第12次常务会议", "县委常委、常务副县长姜晓帆，副县长欧秀珍、杨光辉出席会议"]),
    ("fv01", "台盘乡“村BA”夏季赛赛事保障工作督导", "inspection (督导)", "6月11日", None, "欧秀珍", [],
     [], ["欧秀珍"], "台盘乡台盘村",
     "副县长欧秀珍到台盘乡台盘村督导“村BA”夏季赛赛事保障工作",
     ["副县长欧秀珍到台盘乡台盘村督导", "要求细化观众疏导和应急处置预案"]),
    # fv02
    ("fv02", "台江县乡村振兴和清水江流域综合治理调研", "inspection (调研)", "9月15日", None, "杨胜岚", [],
     ["罗家宁", "顾振东", "邰永恒", "潘启明", "欧秀珍", "杨光辉"],
     ["吴金凤", "龙德贵", "杨宗林", "杨胜岚", "顾振东", "邰永恒"], "台江县",
     "州委常委、副州长杨胜岚到台江县调研巩固拓展脱贫攻坚成果同乡村振兴有效衔接和清水江流域综合治理工作",
     ["副州长杨胜岚到台江县调研", "州政府副秘书长罗家宁，州农业农村局局长顾振东，县委书记邰永恒", "县领导欧秀珍、杨光辉陪同调研",
      "镇党委书记吴金凤汇报了", "镇长龙德贵介绍了", "县农业农村局局长杨宗林介绍了", "杨胜岚指出",
      "顾振东就稻鱼共生技术推广和农业保险作了安排", "邰永恒表示"]),
    # fv03
    ("fv03", "岑松镇、久仰镇产业发展和乡村建设调研", "inspection (调研)", "4月18日", None, "潘启明", [],
     ["雷安琪", "邰世坤"], ["杨再林", "潘启明", "龙春妹", "雷安琪"], "岑松镇、久仰镇",
     "县委书记潘启明深入岑松镇、久仰镇，调研食用菌产业发展、和美乡村建设和春季森林防火工作",
     ["县委书记潘启明深入岑松镇、久仰镇", "县委常委、副县长雷安琪，县农业农村局局长邰世坤陪同调研", "岑松镇党委书记杨再林汇报了",
      "潘启明指出", "听取了镇长龙春妹关于", "他强调", "雷安琪就做好食用菌产业用地、用电保障作了具体安排"]),
    # fv04
    ("fv04", "剑河县工业经济运行和重点项目建设调研", "inspection (调研)", "5月22日", None, "杨胜岚", [],
     ["胡礼新", "潘启明", "吴承泽"], ["吴承泽", "杨胜岚", "胡礼新", "潘启明"], "剑河县",
     "州委常委、常务副州长杨胜岚到剑河县调研工业经济运行和重点项目建设工作",
     ["常务副州长杨胜岚到剑河县调研", "州发展改革委主任胡礼新，剑河县委书记潘启明，县委副书记、县长吴承泽陪同调研",
      "吴承泽汇报了", "杨胜岚指出", "胡礼新就争取中央预算内投资", "潘启明表示"]),
    ("fv04", "“村BA”赛事运营与文体旅融合发展推进会", "meeting (推进会)", "5月21日", "石振耀", None, ["台江县"],
     ["邰永恒"], ["欧阳建军", "刘启贤", "邰永恒", "石振耀"], None,
     "5月21日，台江县召开“村BA”赛事运营与文体旅融合发展推进会",
     ["台江县委书记邰永恒出席会议并讲话", "县长石振耀主持会议", "台盘乡党委书记欧阳建军介绍了", "刘启贤汇报了", "邰永恒强调",
      "石振耀要求"]),
    # fv05
    ("fv05", "莲峰镇、会川镇防汛减灾和重点项目建设督导检查", "inspection (督导检查)", "8月10日", None, "魏志强", [],
     ["包宏亮", "蔺海波"], ["贾志东", "蔺海波", "何永年", "魏志强", "包宏亮"], "莲峰镇、会川镇",
     "县委副书记、县长魏志强深入莲峰镇、会川镇，督导检查防汛减灾和重点项目建设工作",
     ["县长魏志强深入莲峰镇、会川镇", "县委常委、副县长包宏亮，县水务局局长蔺海波陪同", "莲峰镇党委书记贾志东汇报了",
      "蔺海波介绍了", "镇长何永年介绍了", "魏志强强调", "包宏亮就做好汛期地质灾害隐患点巡查"]),
    # fv06
    ("fv06", "安定区委常委会2024年第6次会议", "meeting (区委常委会会议)", "3月11日上午", "常守信", None, [],
     [], [], None,
     "3月11日上午，主持召开区委常委会2024年第6次会议",
     ["区委书记：常守信", "3月11日上午，主持召开区委常委会2024年第6次会议"]),
    ("fv06", "安定区政府第4次常务会议", "meeting (区政府常务会议)", "3月12日下午", "巩世平", None, [],
     [], [], None,
     "3月12日下午，主持召开区政府第4次常务会议",
     ["区委副书记、区长：巩世平", "3月12日下午，主持召开区政府第4次常务会议"]),
    ("fv06", "巉口镇、内官营镇春耕生产和马铃薯产业发展调研", "inspection (调研)", "3月14日", None, "权振华", [],
     ["常守信", "巩世平"], ["巩世平"], "巉口镇、内官营镇",
     "陪同市委常委、副市长权振华到巉口镇、内官营镇调研春耕生产和马铃薯产业发展工作",
     ["陪同市委常委、副市长权振华到巉口镇、内官营镇调研", "3月14日，陪同市委常委、副市长权振华调研", "在内官营镇，汇报了"]),
    ("fv06", "香泉镇春季森林草原防火检查", "inspection (检查)", "3月13日", None, "贾志东", [],
     [], ["贾志东"], "香泉镇",
     "3月13日，到香泉镇检查春季森林草原防火工作",
     ["区委常委、副区长：贾志东", "要求严格落实“五包”责任"]),
    ("fv06", "安定区马铃薯精深加工产业园二期征地和项目前期工作督导", "inspection (督导)", "3月15日", None, "贾志东", [],
     ["漆文轩", "景亚楠"], [], "巉口镇",
     "3月15日，到巉口镇督导安定区马铃薯精深加工产业园二期征地和项目前期工作",
     ["区委常委、副区长：贾志东", "巉口镇党委书记漆文轩，区自然资源局局长景亚楠参加"]),
    # fv07
    ("fv07", "临潭县文旅融合发展、防汛减灾和重点项目建设督查", "inspection (督查)", "7月18日至19日", None, "郭振业", [],
     ["仁青东主", "尕藏扎西", "敏学军", "卢宗尧", "冯德全"], ["丁玉娟", "冯德全"], "临潭县",
     "州委常委、常务副州长郭振业带领州直有关部门负责人深入临潭县，督查指导文旅融合发展、防汛减灾和重点项目建设工作",
     ["常务副州长郭振业带领州直有关部门负责人深入临潭县", "县委常委、副县长冯德全陪同督查", "镇党委书记丁玉娟汇报了",
      "冯德全介绍了"]),
    ("fv07", "督查反馈会", "meeting (督查反馈会)", "7月18日至19日", None, None, [],
     [], ["仁青东主", "卢宗尧", "郭振业", "尕藏扎西", "敏学军"], "临潭县",
     "在随后召开的督查反馈会上，仁青东主反馈了督查情况",
     ["仁青东主反馈了督查情况", "卢宗尧汇报了", "郭振业强调", "尕藏扎西就高原夏菜产销对接作了安排", "敏学军表示"]),
    # fv08
    ("fv08", "姚安县文旅融合发展和光禄古镇保护利用调研", "inspection (调研)", "11月24日", None, "普卫东", [],
     ["毕成勇", "起荣昌", "鲁春梅", "杞永昌"], ["者海燕", "杞永昌", "普卫东", "毕成勇", "起荣昌"], "姚安县",
     "11月24日，副州长普卫东到姚安县调研文旅融合发展和光禄古镇保护利用工作",
     ["副州长普卫东到姚安县调研", "县委常委、常务副县长杞永昌陪同调研", "镇党委书记者海燕汇报了", "杞永昌介绍了", "普卫东指出",
      "毕成勇就做好文物保护", "起荣昌表示"]),
    # fv09
    ("fv09", "石羊镇、六苴镇春耕生产和重点项目建设调研", "inspection (调研)", "3月20日", None, "杞永昌", [],
     ["罗文雅", "茶正林"], ["冯德全", "杞永昌", "李德勋", "茶正林", "罗文雅"], "石羊镇、六苴镇",
     "县委副书记、县长杞永昌深入石羊镇、六苴镇，调研春耕生产、核桃产业提质增效和重点项目建设工作",
     ["县长杞永昌深入石羊镇、六苴镇", "县委常委、副县长罗文雅，县农业农村局局长茶正林陪同调研", "石羊镇党委书记冯德全汇报了",
      "杞永昌指出", "镇长李德勋介绍了", "茶正林汇报了", "杞永昌强调", "罗文雅就抗旱水源调度作了具体安排"]),
    # fv10
    ("fv10", "楚雄州委常委会会议", "meeting (州委常委会会议)", "6月10日", "段志鸿", None, [],
     ["施国梁"], [], None,
     "州委书记段志鸿主持召开州委常委会会议",
     ["州委书记段志鸿主持召开", "州长施国梁等出席会议"]),
    ("fv10", "州人民政府第38次常务会议", "meeting (州政府常务会议)", "6月11日", "施国梁", None, [],
     ["普卫东", "鲍雅琴"], [], None,
     "州委副书记、州长施国梁主持召开州人民政府第38次常务会议",
     ["州长施国梁主持召开州人民政府第38次常务会议", "州委常委、常务副州长普卫东，副州长鲍雅琴出席会议"]),
    ("fv10", "大姚县工业经济运行和重点项目建设调研", "inspection (调研)", "6月13日", None, "普卫东", [],
     ["自学勤", "杞永昌"], ["普卫东"], "大姚县",
     "州委常委、常务副州长普卫东到大姚县调研工业经济运行和重点项目建设",
     ["常务副州长普卫东到大姚县调研", "大姚县委书记自学勤，县委副书记、县长杞永昌陪同调研", "普卫东要求"]),
    ("fv10", "姚安县义务教育薄弱环节改善和校园安全督导检查", "inspection (督导检查)", "6月14日", None, "鲍雅琴", [],
     ["鲁春梅"], [], "姚安县",
     "副州长鲍雅琴到姚安县督导检查义务教育薄弱环节改善和校园安全工作",
     ["副州长鲍雅琴到姚安县督导检查", "姚安县委副书记、县长鲁春梅陪同"]),
    ("fv10", "楚雄市、禄丰市防汛和地质灾害防治检查", "inspection (检查)", "6月15日", None, "段志鸿", [],
     [], ["段志鸿"], "楚雄市、禄丰市",
     "州委书记段志鸿到楚雄市、禄丰市检查防汛和地质灾害防治工作",
     ["州委书记段志鸿到楚雄市、禄丰市检查", "强调要压紧压实各级防汛责任"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fv01", "施洞镇清水江防洪堤工程", "engineering_work", "实地察看了施洞镇清水江防洪堤工程"),
    ("fv01", "台江县城区污水管网改造工程", "infrastructure_project", "研究台江县城区污水管网改造工程"),
    ("fv01", "台盘乡“村BA”球场配套设施建设项目", "project", "台盘乡“村BA”球场配套设施建设项目等事项"),
    ("fv02", "施洞镇清水江防洪堤工程", "engineering_work", "先后来到施洞镇清水江防洪堤工程"),
    ("fv02", "台江县稻鱼共生示范基地", "project", "台江县稻鱼共生示范基地和台盘乡易地扶贫搬迁安置点"),
    ("fv02", "台盘乡易地扶贫搬迁安置点", "housing_project", "台盘乡易地扶贫搬迁安置点，察看"),
    ("fv03", "剑河县岑松镇食用菌产业园二期", "industrial_park", "走进剑河县岑松镇食用菌产业园二期建设现场"),
    ("fv03", "久仰镇和美乡村示范点", "project", "察看了久仰镇和美乡村示范点"),
    ("fv03", "清水江沿岸生态修复工程", "greening_project", "清水江沿岸生态修复工程，听取了"),
    ("fv04", "剑河县工业园区标准化厂房三期", "industrial_park", "先后来到剑河县工业园区标准化厂房三期"),
    ("fv04", "剑河县岑松镇食用菌产业园二期", "industrial_park", "剑河县岑松镇食用菌产业园二期和剑河县城区供水保障工程"),
    ("fv04", "剑河县城区供水保障工程", "infrastructure_project", "剑河县城区供水保障工程施工现场"),
    ("fv05", "渭河渭源段防洪治理工程", "engineering_work", "实地察看了渭河渭源段防洪治理工程"),
    ("fv05", "莲峰镇党参标准化种植基地", "project", "莲峰镇党参标准化种植基地，详细询问"),
    ("fv05", "会川中药材仓储物流园", "logistics_hub", "来到会川中药材仓储物流园项目现场"),
    ("fv06", "安定区马铃薯精深加工产业园二期", "industrial_park", "研究安定区马铃薯精深加工产业园二期"),
    ("fv06", "中华路街道老旧小区改造项目", "housing_project", "中华路街道老旧小区改造项目等事项"),
    ("fv07", "冶力关镇旅游集散中心建设项目", "project", "实地查看了冶力关镇旅游集散中心建设项目"),
    ("fv07", "洮州卫城保护修缮工程", "project", "洮州卫城保护修缮工程、临潭县高原夏菜标准化种植基地"),
    ("fv07", "临潭县高原夏菜标准化种植基地", "project", "临潭县高原夏菜标准化种植基地和洮河临潭段防洪治理工程"),
    ("fv07", "洮河临潭段防洪治理工程", "engineering_work", "洮河临潭段防洪治理工程。在冶力关镇"),
    ("fv08", "光禄古镇保护提升工程", "project", "先后来到光禄古镇保护提升工程"),
    ("fv08", "姚安县荷花湿地公园提升改造项目", "greening_project", "姚安县荷花湿地公园提升改造项目和前场镇蔬菜保供基地"),
    ("fv08", "前场镇蔬菜保供基地", "project", "前场镇蔬菜保供基地，实地察看"),
    ("fv09", "大姚县核桃精深加工产业园一期", "industrial_park", "先后来到大姚县核桃精深加工产业园一期"),
    ("fv09", "石羊古镇提升改造项目", "project", "石羊古镇提升改造项目现场"),
    ("fv09", "六苴镇高标准农田建设项目", "project", "六苴镇高标准农田建设项目现场"),
    ("fv10", "楚雄州工业园区标准化厂房建设", "industrial_park", "研究楚雄州工业园区标准化厂房建设"),
    ("fv10", "楚雄州中小学校舍安全提升工程", "project", "楚雄州中小学校舍安全提升工程等事项"),
    ("fv10", "大姚县核桃精深加工产业园一期", "industrial_park", "察看了大姚县核桃精深加工产业园一期"),
    ("fv10", "大姚县绿色硅光伏制造项目", "project", "大姚县绿色硅光伏制造项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fv01", "清水江", "river", "standalone", "对清水江沿岸村寨逐户排查隐患"),
    ("fv01", "施洞镇", "town", "standalone", "到施洞镇调研防汛工作"),
    ("fv01", "老屯乡", "township", "standalone", "到老屯乡检查安全生产"),
    ("fv01", "台江县", "county", "in_project_name", "研究台江县城区污水管网改造工程"),
    ("fv01", "台盘乡", "township", "standalone", "到台盘乡台盘村督导"),
    ("fv01", "台盘村", "village", "standalone", "到台盘乡台盘村督导"),
    ("fv02", "台江县", "county", "standalone", "杨胜岚到台江县调研巩固拓展"),
    ("fv02", "清水江", "river", "standalone", "清水江流域综合治理工作。州政府"),
    ("fv02", "施洞镇", "town", "standalone", "在施洞镇，镇党委书记吴金凤"),
    ("fv02", "台盘乡", "township", "in_project_name", "台盘乡易地扶贫搬迁安置点"),
    ("fv03", "岑松镇", "town", "standalone", "深入岑松镇、久仰镇"),
    ("fv03", "久仰镇", "town", "standalone", "深入岑松镇、久仰镇"),
    ("fv03", "剑河县", "county", "in_project_name", "走进剑河县岑松镇食用菌产业园二期建设现场"),
    ("fv03", "清水江", "river", "in_project_name", "清水江沿岸生态修复工程，听取了"),
    ("fv04", "剑河县", "county", "standalone", "杨胜岚到剑河县调研工业经济运行"),
    ("fv04", "岑松镇", "town", "in_project_name", "剑河县岑松镇食用菌产业园二期和剑河县城区供水保障工程"),
    ("fv04", "台江县", "county", "standalone", "5月21日，台江县召开"),
    ("fv04", "台盘乡", "township", "in_org_reference", "台盘乡党委书记欧阳建军"),
    ("fv04", "台盘村", "village", "standalone", "完善台盘村篮球场周边配套"),
    ("fv05", "莲峰镇", "town", "standalone", "深入莲峰镇、会川镇，督导检查"),
    ("fv05", "会川镇", "town", "standalone", "深入莲峰镇、会川镇，督导检查"),
    ("fv05", "渭河", "river", "in_project_name", "实地察看了渭河渭源段防洪治理工程"),
    ("fv05", "渭源", "county", "standalone", "中药材是渭源的首位产业"),
    ("fv05", "会川", "town", "in_project_name", "来到会川中药材仓储物流园项目现场"),
    ("fv06", "巉口镇", "town", "standalone", "陪同市委常委、副市长权振华到巉口镇、内官营镇调研"),
    ("fv06", "内官营镇", "town", "standalone", "陪同市委常委、副市长权振华到巉口镇、内官营镇调研"),
    ("fv06", "香泉镇", "town", "standalone", "到香泉镇检查春季森林草原防火工作"),
    ("fv06", "安定区", "district", "in_project_name", "研究安定区马铃薯精深加工产业园二期"),
    ("fv06", "中华路街道", "sub_district_office", "in_project_name", "中华路街道老旧小区改造项目等事项"),
    ("fv07", "临潭县", "county", "standalone", "深入临潭县，督查指导"),
    ("fv07", "冶力关镇", "town", "standalone", "先后深入冶力关镇、新城镇"),
    ("fv07", "新城镇", "town", "standalone", "先后深入冶力关镇、新城镇"),
    ("fv07", "洮州卫城", "heritage_site", "standalone", "把冶力关景区和洮州卫城串成精品线路"),
    ("fv07", "冶力关景区", "scenic_area", "standalone", "把冶力关景区和洮州卫城串成精品线路"),
    ("fv07", "洮河", "river", "standalone", "落实洮河沿岸和山洪灾害危险区"),
    ("fv08", "姚安县", "county", "standalone", "副州长普卫东到姚安县调研文旅融合发展和光禄古镇保护利用工作"),
    ("fv08", "姚安", "county", "standalone", "姚安历史文化底蕴深厚"),
    ("fv08", "光禄古镇", "heritage_site", "standalone", "光禄古镇是全州文旅融合的重要载体"),
    ("fv08", "光禄镇", "town", "standalone", "在光禄镇，镇党委书记"),
    ("fv08", "前场镇", "town", "in_project_name", "前场镇蔬菜保供基地，实地察看"),
    ("fv08", "姚安县荷花湿地公园", "park", "in_project_name", "姚安县荷花湿地公园提升改造项目和前场镇蔬菜保供基地"),
    ("fv09", "石羊镇", "town", "standalone", "深入石羊镇、六苴镇，调研春耕生产"),
    ("fv09", "六苴镇", "town", "standalone", "深入石羊镇、六苴镇，调研春耕生产"),
    ("fv09", "大姚", "county", "standalone", "核桃是大姚群众增收的"),
    ("fv09", "大姚县", "county", "in_project_name", "先后来到大姚县核桃精深加工产业园一期"),
    ("fv09", "石羊古镇", "heritage_site", "in_project_name", "石羊古镇提升改造项目现场"),
    ("fv10", "楚雄州", "autonomous_prefecture", "in_project_name", "研究楚雄州工业园区标准化厂房建设"),
    ("fv10", "大姚县", "county", "standalone", "普卫东到大姚县调研工业经济运行"),
    ("fv10", "姚安县", "county", "standalone", "副州长鲍雅琴到姚安县督导检查"),
    ("fv10", "栋川镇", "town", "in_org_reference", "察看了栋川镇中心小学和姚安县第一中学"),
    ("fv10", "楚雄市", "county_level_city", "standalone", "州委书记段志鸿到楚雄市、禄丰市检查"),
    ("fv10", "禄丰市", "county_level_city", "standalone", "州委书记段志鸿到楚雄市、禄丰市检查"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fv", conventions="set fv (blind set: county and district sites' 领导活动 / 政务动态 columns in 贵州 (黔东南苗族侗族自治州: 台江县, 剑河县; the 黔东南日报), 甘肃 (定西市: 渭源县, 安定区; 甘南藏族自治州: 临潭县) and 云南 (楚雄彝族自治州: 姚安县, 大姚县; the 州 portal): weekly lists (【】 items = articles; lists without item headlines = one article, a header ``区委书记：常守信`` a holding and the chair / leader of its entries), visits by 州 / 市 leaders (bare 州委 / 副州长 / 州X局 = the county's 自治州 by its full name; bare 市委常委、副市长 on a 区 site = 定西), 乡镇 inspections (town 党委 / 政府 under the county label); 县领导 no post; one line per post per article)",
          persons_note="Set fv persons. id = corpus-wide person_id (fv:冯德全#1 of 临潭县 (甘肃 甘南) and fv:冯德全#2 of 大姚县 (云南 楚雄) are two people; fv:潘启明 台江县长 2022 → 剑河县委书记 2024; fv:杨胜岚 黔东南 副州长 2022 → 常务副州长 2024; fv:贾志东 渭源 莲峰镇党委书记 2022 → 安定区委常委、副区长 2024; fv:杞永昌 姚安 常务副县长 2021 → 大姚县长 2023-2024; fv:普卫东 楚雄 副州长 2021 → 常务副州长 2024)")


if __name__ == "__main__":
    main()
