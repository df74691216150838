"""Write gold part ``cv`` (a blind set: county, county-level-city, prefecture-city and city-paper news pages from
西藏, 青海 and 海南, regions the corpus has little of) from the tables below.

Pages ``tests/dev/texts/cv*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 工布江达县 site (``当前位置: 首页 / 新闻中心``, ``【字体：`` / ``打印本文``),
a 乃东区 page of a 副市长's 考核 (``来源:乃东区政府办公室``, ``区委副书记、区长`` host), a 巴宜区 page of the ``区委副书记、政府区长``'s
督导检查, the 中国西藏新闻网 pages on 上海 / 山东 援藏 in 日喀则 (the 上海 援藏 五县 江孜、定日、萨迦、拉孜、亚东, ``上海援藏干部、
拉孜县委书记``, ``本网日喀则…电（记者 …）``), the 日土县 援藏 page (``县委常委、政府副县长``), 江苏 援青 pages (江苏 援 海南藏族
自治州), the 海东 city site's ``市委副书记、市长…主持召开市政府第11次常务会议`` (``来源: 时间:``), a 高台 / 清水 county 常务会议
(``县人大常委会副主任…，县政协副主席…列席会议``), 万宁 pages (a 万福万宁网 ``来源: 作者: 时间:`` stamp, ``市委书记…，市委副书记、
市长…，市委常委、常务副市长…``), the 琼海市人民政府网 常务会议 pages (``琼海融媒记者 … …``, ``市领导…出席会议，…列席会议``,
footer ``版权所有©琼海市人民政府网 主办单位：… 技术支持：…``), the 清流新闻网 / 寿宁 融媒体 pages, a 普定 融媒体 WeChat page
(``县融媒体中心记者： 编 辑： 一 审：``). No page was copied. Places are real and new to the corpus as counties except 琼海
(one earlier page): 西藏 日喀则市 (江孜县, 拉孜县, the city site, the 日喀则日报), 青海 海南藏族自治州 (贵德县, 贵南县) and 海东市
(民和回族土族自治县), 海南 (万宁市, 屯昌县, 琼海市).

Shapes: a county site of the 县长's 调研 with a 上海援藏 常务副县长 and 乡 heads (cv01); a county site's 县政府常务会议 with the
上海 援藏 小组组长 (cv02); the 日喀则日报 第02版 with two items: the 市长's 调研 in 江孜 (visitor and host posts) and 拉孜's
县委书记's 检查 (cv03); the 日喀则 city site's 全市重点项目建设推进会 chaired by the 援藏 常务副市长 (cv04); a county site of the
县长's 调研 with a 江苏援青 副县长 (cv05); a county 融媒体 site's 县委常委会 (cv06); a county 融媒体 mobile-app page (打开APP,
阅读, 点赞 / 写评论 / 分享, 相关推荐) of the 县委书记's 调研 and the 现场办公会 after it (cv07); a county-level city site's
project-site 调研 by the 市委书记 (cv08); a county 新闻网 page of a 副省长's 调研 with 省 visitors and county hosts (cv09); a
county-level city site's 市政府常务会议 (cv10).

Identity cases:
- cv:次仁多吉 moves county: 江孜县副县长 in June 2021 (cv01) → 拉孜县委副书记、县长 in Aug 2023 (cv02) and May 2024 (cv03),
  both counties of 日喀则市.
- cv:格桑平措: 江孜县委副书记、县长 in June 2021 (cv01) and April 2022 (cv04) → 江孜县委书记 in May 2024 (cv03); the 江孜 县长
  of 2024 is cv:巴桑次仁.
- cv:黄志明 moves city: 万宁市委常委、常务副市长 in Sept 2019 (cv08) → 琼海市委副书记、市长 in March 2023 (cv10), both 海南.
- two different 王建军 in unrelated provinces: cv:王建军#1 贵德县副县长 (青海 海南州, cv05, 2020); cv:王建军#2 屯昌县副县长
  (海南, cv09, 2024). Both are written ``副县长王建军陪同调研``.
- the same officials across pages: cv:洛桑顿珠 (日喀则市长, cv04 2022 and cv03 2024), cv:多布杰 (拉孜县委书记, cv04 and cv03),
  cv:陆晓峰 (拉孜 援藏 常务副县长, cv02 and cv03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts y, bs, au, by, cu where they speak; decided here where they are silent):
- Bare organs take the page's place: 县委 / 县政府 / 县 departments on a county site = that county's; 市委 / 市 on the 万宁 and
  琼海 sites = that city's; in the 日喀则日报 and on the 日喀则 site the bare ``市委副书记、市长``, ``市政府副秘书长``,
  ``市发展改革委主任`` are 日喀则市's; in the paper a bare ``县委副书记、县长`` right after ``江孜县委书记`` is 江孜's, and after
  ``拉孜县委书记`` 拉孜's; on the 屯昌 page the bare ``副省长``, ``省政府副秘书长``, ``省农业农村厅副厅长`` are 海南省's (the parent of
  the right level).
- The autonomous county takes its full name (as part y): 县委 on the 民和 page = 民和回族土族自治县委, its towns
  民和回族土族自治县川口镇党委; the place rows keep the names as written (民和, 民和县).
- 援藏 / 援青 (as parts y and bs): ``（上海援藏干部）`` / ``（江苏援青干部）`` are no posts; the person's local posts are
  (江孜县委 常委 + 江孜县政府 常务副县长). A team's leader is a post of the team as written: ``上海市第十批援藏干部人才拉孜小组组长``
  → 上海市第十批援藏干部人才拉孜小组 组长 (as y's 亚东联络小组), ``上海市第九批援藏干部联络组组长`` → 上海市第九批援藏干部联络组 组长.
- Tibetan 乡 / 镇 (as parts y, bl): county label + 乡 + 党委 / 政府: 江孜县紫金乡党委 书记; ``年堆乡党委副书记、乡长`` →
  江孜县年堆乡党委 副书记 + 江孜县年堆乡政府 乡长; 拉孜县曲下镇党委; 海南 towns likewise (万宁市礼纪镇政府 镇长).
- Events: 调研 / 检查 are inspections (leader; 陪同 / 参加 / 带领 ones attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 /
  作安排 / 说明 speakers); 常务会议, 常委会, 推进会, 现场办公会 are meetings (chair when 主持; 出席 / 列席 attendees; ``出席会议并讲话``
  attendee and speaker). DECIDED HERE: cv07's 现场办公会 is ``召开`` by the 县委书记 but nobody is said to 主持 it: no chair; the
  officials he led there are its attendees and he is a speaker. The 州委常委会（扩大）会议 relayed in cv06 is no event.
- Credits: ``记者`` / ``通讯员`` in a byline, a dateline, a stamp's ``作者：记者 …`` or ``琼海融媒记者 …`` are reporter / correspondent
  credits; ``撰稿：`` an author credit; 编辑 / 责任编辑 / 责编 / 本版编辑 / 审核 / 校对 are editors.
- Projects: named works inspected, reported or pushed; 产业园 / 加工园 industrial_park; 防洪 works engineering_work; a river's
  or desert's 治理 / 整治 greening_project; 供水 / 供热 / 污水处理厂 / 排水防涝 / 旅游公路 infrastructure_project; 安置点 works
  housing_project; 物流园 / 冷链物流中心 logistics_hub; a work whose 前期工作 is studied planned_project (拉孜县城污水处理厂扩建工程
  in 2023, under construction in 2024).
- Places: one line per name per file as written; places inside titles, organ references and project names count; places
  in site lines, stamp lines, breadcrumbs, navigation, side lists (相关文章, 本版其他新闻, 相关推荐), 上一篇 / 下一篇 and footers
  are not annotated; the slogan ``天下黄河贵德清`` gives nothing beyond 贵德 and 黄河 written elsewhere.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

MH = "民和回族土族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cv01_jiangzi.txt": (2021, "发布时间：2021-06-17 19:02", "江孜县", [
        ("格桑平措调研重点项目建设和春耕生产后续工作", "6月16日", "2021-06-16", "6月16日，县委副书记、县长格桑平措",
         "county site: the 县长's 调研 of projects in two 乡 and 江孜镇; 上海援藏 常务副县长; 副县长 次仁多吉 (拉孜县长 in 2023)")]),
    "cv02_lazi.txt": (2023, "发布日期：2023-08-09 17:45", "拉孜县", [
        ("县政府召开第十二次常务会议", "8月8日", "2023-08-08", "8月8日，县委副书记、县长次仁多吉",
         "county site: the 县长 (江孜's former 副县长) chairs the 县政府常务会议; the 上海 援藏 小组组长; 列席 人大 / 政协")]),
    "cv03_rikaze.txt": (2024, "2024年05月22日", "日喀则市", [
        ("洛桑顿珠在江孜县调研时强调", "5月21日", "2024-05-21", "本报讯（记者 米玛卓玛）",
         "city paper 第02版: the 市长's 调研 in 江孜 (visitor and host posts); the former 县长 now 县委书记"),
        ("拉孜：防汛备汛和安全生产检查不松劲", "5月20日", "2024-05-20", "本报讯（通讯员 洛桑次仁）",
         "city paper: 拉孜's 县委书记 检查 of 防汛 and safety with the 县长 and the 援藏 常务副县长")]),
    "cv04_rikaze.txt": (2022, "时间：2022-04-27 18:30", "日喀则市", [
        ("全市重点项目建设推进会召开", "4月27日", "2022-04-27", "4月27日，全市重点项目建设推进会召开",
         "city site: 推进会 chaired by the 援藏 常务副市长, the 市长 speaks; 江孜 and 拉孜 交流发言")]),
    "cv05_guide.txt": (2020, "发布时间：2020-07-15 17:36", "贵德县", [
        ("韩德明调研黄河沿岸重点项目建设和防汛工作", "7月14日", "2020-07-14", "7月14日，县委副书记、县长韩德明",
         "county site: the 县长's 调研 along the 黄河 with a 江苏援青 副县长; 王建军#1")]),
    "cv06_guinan.txt": (2022, "2022-05-18 20:15", "贵南县", [
        ("县委常委会召开2022年第9次会议", "5月18日", "2022-05-18", "5月18日，县委书记杨学军",
         "county 融媒体 site: the 县委常委会 (防沙治沙, 援青 projects, safety); 列席 人大 / 政协 heads")]),
    "cv07_minhe.txt": (2025, "2025-03-13 19:26", MH, [
        ("鲁永强在川口镇召开重点项目建设现场办公会", "3月13日", "2025-03-13", "3月13日，县委书记鲁永强",
         "county 融媒体 mobile-app page: the 县委书记's 调研 of projects and the 现场办公会 after it; Hui and Tu names")]),
    "cv08_wanning.txt": (2019, "发布时间：2019-09-26 18:12", "万宁市", [
        ("林振华调研全市重点项目建设", "9月26日", "2019-09-26", "9月26日，市委书记林振华",
         "county-level city site: the 市委书记's project-site 调研; 常务副市长 黄志明 (琼海市长 in 2023)")]),
    "cv09_tunchang.txt": (2024, "2024-07-10 19:40", "屯昌县", [
        ("周明远到屯昌调研热带特色高效农业和重点项目建设", "7月10日", "2024-07-10", "7月10日，副省长周明远",
         "county 新闻网: the 副省长's 调研 (省 visitors, county hosts); 王建军#2")]),
    "cv10_qionghai.txt": (2023, "发布时间：2023-03-23 09:15", "琼海市", [
        ("市政府召开2023年第8次常务会议", "3月22日上午", "2023-03-22", "琼海融媒记者 陈思雨 林晓东",
         "county-level city site: the 市长 (万宁's former 常务副市长) chairs the 市政府常务会议")]),
}

_ZHOU01 = "县委常委、常务副县长周启明（上海援藏干部）"
_GSPC01 = "县委副书记、县长格桑平措深入紫金乡"
_LU02 = "上海市第十批援藏干部人才拉孜小组组长、县委常委、常务副县长陆晓峰"
_FU02 = "副县长央金卓玛、普布扎西、王海鹏出席会议"
_LSDZ03 = "市委副书记、市长洛桑顿珠到江孜县调研"
_HOST03 = "江孜县委书记格桑平措，县委副书记、县长巴桑次仁陪同调研"
_LZ03 = "县委副书记、县长次仁多吉，县委常委、常务副县长陆晓峰参加检查"
_HE04 = "市委常委、常务副市长、上海市第九批援藏干部联络组组长贺建军主持会议"
_FU04 = "副市长刘卫东、次仁卓玛出席会议"
_GU05 = "县委常委、副县长顾建平（江苏援青干部）"
_GENG06 = "县委副书记、县长更登加，县委副书记周海涛"
_RD06 = "县人大常委会主任才让东智、县政协主席马占林列席会议"
_QIAN06 = "县委常委、副县长钱晓东（江苏援青干部）"
_HAN07 = "县委副书记、县长韩生贵，县委常委"
_QI07 = "县委常委、常务副县长祁秀梅，副县长马德福"
_HUANG08 = "市委常委、常务副市长黄志明，副市长王晓丽陪同调研"
_CHEN09 = "县委副书记、县长陈丽萍，副县长王建军陪同调研"
_HUANG10 = "市委副书记、市长黄志明主持召开"
_FENG10 = "市委常委、常务副市长冯海涛，副市长吉文雅、符传龙出席会议"
_RD10 = "市人大常委会副主任卢少华、市政协副主席王春燕列席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 西藏 日喀则市 (江孜县, 拉孜县)
    "cv:格桑平措": ("格桑平措", "official", "江孜县", [
        ("cv01", "江孜县委", "副书记", _GSPC01, "2021-06 (identity case: 江孜县委书记 in 2024, cv03)"),
        ("cv01", "江孜县政府", "县长", _GSPC01, None),
        ("cv03", "江孜县委", "书记", _HOST03, "2024-05: now 县委书记 (host of the 市长's 调研)"),
        ("cv04", "江孜县委", "副书记", "江孜县委副书记、县长格桑平措介绍了", "2022-04: still 县长"),
        ("cv04", "江孜县政府", "县长", "江孜县委副书记、县长格桑平措介绍了", None)], []),
    "cv:周启明": ("周启明", "official", "江孜县", [
        ("cv01", "江孜县委", "常委", _ZHOU01, "a 上海 援藏 cadre; ``（上海援藏干部）`` is no post"),
        ("cv01", "江孜县政府", "常务副县长", _ZHOU01, None)], []),
    "cv:次仁多吉": ("次仁多吉", "official", "日喀则市", [
        ("cv01", "江孜县政府", "副县长", "副县长次仁多吉陪同调研", "2021-06 (identity case: 拉孜县委副书记、县长 in 2023, cv02)"),
        ("cv02", "拉孜县委", "副书记", "8月8日，县委副书记、县长次仁多吉主持召开", "2023-08: now 县长 of 拉孜, another county of 日喀则"),
        ("cv02", "拉孜县政府", "县长", "8月8日，县委副书记、县长次仁多吉主持召开", None),
        ("cv03", "拉孜县委", "副书记", _LZ03, "2024-05: bare 县委 after 拉孜县委书记 in the paper = 拉孜's"),
        ("cv03", "拉孜县政府", "县长", _LZ03, None)], []),
    "cv:边巴次仁": ("边巴次仁", "official", "江孜县", [
        ("cv01", "江孜县紫金乡党委", "书记", "紫金乡党委书记边巴次仁介绍", "a 乡 takes its county")], []),
    "cv:达瓦卓玛": ("达瓦卓玛", "official", "江孜县", [
        ("cv01", "江孜县年堆乡党委", "副书记", "年堆乡党委副书记、乡长达瓦卓玛汇报了", None),
        ("cv01", "江孜县年堆乡政府", "乡长", "年堆乡党委副书记、乡长达瓦卓玛汇报了", None)], []),
    "cv:拉巴顿珠": ("拉巴顿珠", "official", "江孜县", [
        ("cv01", "江孜县农业农村局", "局长", "县农业农村局局长拉巴顿珠汇报", "bare 县 on the 江孜 site")], []),
    "cv:陆晓峰": ("陆晓峰", "official", "拉孜县", [
        ("cv02", "上海市第十批援藏干部人才拉孜小组", "组长", _LU02, "a team's 组长 is a post of the team (as y's 亚东联络小组)"),
        ("cv02", "拉孜县委", "常委", _LU02, "a 上海 援藏 cadre"),
        ("cv02", "拉孜县政府", "常务副县长", _LU02, None),
        ("cv03", "拉孜县委", "常委", _LZ03, None),
        ("cv03", "拉孜县政府", "常务副县长", _LZ03, None)], []),
    "cv:央金卓玛": ("央金卓玛", "official", "拉孜县", [
        ("cv02", "拉孜县政府", "副县长", _FU02, "one title before a list gives every name that title")], []),
    "cv:普布扎西": ("普布扎西", "official", "拉孜县", [
        ("cv02", "拉孜县政府", "副县长", _FU02, None)], []),
    "cv:王海鹏": ("王海鹏", "official", "拉孜县", [
        ("cv02", "拉孜县政府", "副县长", _FU02, None)], []),
    "cv:扎西次旦": ("扎西次旦", "official", "拉孜县", [
        ("cv02", "拉孜县人大常委会", "副主任", "县人大常委会副主任扎西次旦", None)], []),
    "cv:德吉": ("德吉", "official", "拉孜县", [
        ("cv02", "拉孜县政协", "副主席", "县政协副主席德吉列席会议", None)], []),
    "cv:平措罗布": ("平措罗布", "official", "拉孜县", [
        ("cv02", "拉孜县水利局", "局长", "县水利局局长平措罗布汇报", None)], []),
    "cv:洛桑顿珠": ("洛桑顿珠", "official", "日喀则市", [
        ("cv03", "日喀则市委", "副书记", _LSDZ03, "visitor: bare 市委 / 市长 in the 日喀则日报 = 日喀则市's"),
        ("cv03", "日喀则市政府", "市长", _LSDZ03, None),
        ("cv04", "日喀则市委", "副书记", "市委副书记、市长洛桑顿珠出席会议并讲话", None),
        ("cv04", "日喀则市政府", "市长", "市委副书记、市长洛桑顿珠出席会议并讲话", None)], []),
    "cv:李文涛": ("李文涛", "official", "日喀则市", [
        ("cv03", "日喀则市政府", "副秘书长", "市政府副秘书长李文涛参加调研", "visitor")], []),
    "cv:巴桑次仁": ("巴桑次仁", "official", "江孜县", [
        ("cv03", "江孜县委", "副书记", _HOST03, "host: bare 县委 after 江孜县委书记 = 江孜's"),
        ("cv03", "江孜县政府", "县长", _HOST03, None)], []),
    "cv:多布杰": ("多布杰", "official", "拉孜县", [
        ("cv03", "拉孜县委", "书记", "拉孜县委书记多布杰带队检查", None),
        ("cv04", "拉孜县委", "书记", "拉孜县委书记多布杰介绍了", None)], []),
    "cv:尼玛次仁": ("尼玛次仁", "official", "拉孜县", [
        ("cv03", "拉孜县曲下镇党委", "书记", "曲下镇党委书记尼玛次仁介绍", "in the 拉孜 item")], []),
    "cv:贺建军": ("贺建军", "official", "日喀则市", [
        ("cv04", "日喀则市委", "常委", _HE04, "a 上海 援藏 cadre"),
        ("cv04", "日喀则市政府", "常务副市长", _HE04, None),
        ("cv04", "上海市第九批援藏干部联络组", "组长", _HE04, "a team's 组长 is a post of the team")], []),
    "cv:刘卫东": ("刘卫东", "official", "日喀则市", [
        ("cv04", "日喀则市政府", "副市长", _FU04, None)], []),
    "cv:次仁卓玛": ("次仁卓玛", "official", "日喀则市", [
        ("cv04", "日喀则市政府", "副市长", _FU04, None)], []),
    "cv:王志远": ("王志远", "official", "日喀则市", [
        ("cv04", "日喀则市发展改革委", "主任", "市发展改革委主任王志远通报", "bare 市 on the 日喀则 site")], []),
    # ---- 青海 海南藏族自治州 (贵德县, 贵南县), 海东市 (民和回族土族自治县)
    "cv:韩德明": ("韩德明", "official", "贵德县", [
        ("cv05", "贵德县委", "副书记", "县委副书记、县长韩德明深入河阴镇", None),
        ("cv05", "贵德县政府", "县长", "县委副书记、县长韩德明深入河阴镇", None)], []),
    "cv:顾建平": ("顾建平", "official", "贵德县", [
        ("cv05", "贵德县委", "常委", _GU05, "a 江苏 援青 cadre; ``（江苏援青干部）`` is no post"),
        ("cv05", "贵德县政府", "副县长", _GU05, None)], []),
    "cv:王建军#1": ("王建军", "official", "贵德县", [
        ("cv05", "贵德县政府", "副县长", "副县长王建军陪同调研", "青海 贵德, 2020; not the 王建军 of 屯昌 (海南, cv09)")], []),
    "cv:马正清": ("马正清", "official", "贵德县", [
        ("cv05", "贵德县水利局", "局长", "县水利局局长马正清汇报", None)], []),
    "cv:马秀兰": ("马秀兰", "official", "贵德县", [
        ("cv05", "贵德县河阴镇党委", "书记", "河阴镇党委书记马秀兰介绍", None)], []),
    "cv:杨学军": ("杨学军", "official", "贵南县", [
        ("cv06", "贵南县委", "书记", "县委书记杨学军主持召开", None)], []),
    "cv:更登加": ("更登加", "official", "贵南县", [
        ("cv06", "贵南县委", "副书记", _GENG06, None),
        ("cv06", "贵南县政府", "县长", _GENG06, None)], []),
    "cv:周海涛": ("周海涛", "official", "贵南县", [
        ("cv06", "贵南县委", "副书记", "县委副书记周海涛等县委常委出席会议", None)], []),
    "cv:才让东智": ("才让东智", "official", "贵南县", [
        ("cv06", "贵南县人大常委会", "主任", _RD06, None)], []),
    "cv:马占林": ("马占林", "official", "贵南县", [
        ("cv06", "贵南县政协", "主席", _RD06, None)], []),
    "cv:钱晓东": ("钱晓东", "official", "贵南县", [
        ("cv06", "贵南县委", "常委", _QIAN06, "a 江苏 援青 cadre"),
        ("cv06", "贵南县政府", "副县长", _QIAN06, None)], []),
    "cv:鲁永强": ("鲁永强", "official", MH, [
        ("cv07", MH + "委", "书记", "县委书记鲁永强带领", "bare 县委 on the 民和 page = the autonomous county's full name (as y)")], []),
    "cv:韩生贵": ("韩生贵", "official", MH, [
        ("cv07", MH + "委", "副书记", _HAN07, None),
        ("cv07", MH + "政府", "县长", _HAN07, None)], []),
    "cv:祁秀梅": ("祁秀梅", "official", MH, [
        ("cv07", MH + "委", "常委", _QI07, None),
        ("cv07", MH + "政府", "常务副县长", _QI07, None)], []),
    "cv:马德福": ("马德福", "official", MH, [
        ("cv07", MH + "政府", "副县长", "副县长马德福深入川口镇", None)], []),
    "cv:星明德": ("星明德", "official", MH, [
        ("cv07", MH + "川口镇党委", "书记", "川口镇党委书记星明德介绍", None)], []),
    "cv:李进忠": ("李进忠", "official", MH, [
        ("cv07", MH + "发展和改革局", "局长", "县发展和改革局局长李进忠汇报", None)], []),
    "cv:汪世海": ("汪世海", "official", MH, [
        ("cv07", MH + "自然资源局", "局长", "县自然资源局局长汪世海就", None)], []),
    # ---- 海南 (万宁市, 屯昌县, 琼海市)
    "cv:林振华": ("林振华", "official", "万宁市", [
        ("cv08", "万宁市委", "书记", "市委书记林振华深入东澳镇", None)], []),
    "cv:黄志明": ("黄志明", "official", "海南省", [
        ("cv08", "万宁市委", "常委", _HUANG08, "2019-09 (identity case: 琼海市委副书记、市长 in 2023, cv10)"),
        ("cv08", "万宁市政府", "常务副市长", _HUANG08, None),
        ("cv10", "琼海市委", "副书记", _HUANG10, "2023-03: now 琼海市长"),
        ("cv10", "琼海市政府", "市长", _HUANG10, None)], []),
    "cv:王晓丽": ("王晓丽", "official", "万宁市", [
        ("cv08", "万宁市政府", "副市长", _HUANG08, None)], []),
    "cv:吴多才": ("吴多才", "official", "万宁市", [
        ("cv08", "万宁市东澳镇党委", "书记", "东澳镇党委书记吴多才介绍", None)], []),
    "cv:陈少雄": ("陈少雄", "official", "万宁市", [
        ("cv08", "万宁市礼纪镇党委", "副书记", "礼纪镇党委副书记、镇长陈少雄介绍了", None),
        ("cv08", "万宁市礼纪镇政府", "镇长", "礼纪镇党委副书记、镇长陈少雄介绍了", None)], []),
    "cv:符永健": ("符永健", "official", "万宁市", [
        ("cv08", "万宁市发展和改革委员会", "主任", "市发展和改革委员会主任符永健汇报了", None)], []),
    "cv:周明远": ("周明远", "external_official", "海南省", [
        ("cv09", "海南省政府", "副省长", "7月10日，副省长周明远到屯昌调研", "visitor: bare 副省长 on a 海南 county page = 海南省政府")], []),
    "cv:邓立群": ("邓立群", "external_official", "海南省", [
        ("cv09", "海南省政府", "副秘书长", "省政府副秘书长邓立群", "visitor")], []),
    "cv:许海波": ("许海波", "external_official", "海南省", [
        ("cv09", "海南省农业农村厅", "副厅长", "省农业农村厅副厅长许海波参加调研", "visitor")], []),
    "cv:何东升": ("何东升", "official", "屯昌县", [
        ("cv09", "屯昌县委", "书记", "县委书记何东升，县委副书记", "host")], []),
    "cv:陈丽萍": ("陈丽萍", "official", "屯昌县", [
        ("cv09", "屯昌县委", "副书记", _CHEN09, "host"),
        ("cv09", "屯昌县政府", "县长", _CHEN09, None)], []),
    "cv:王建军#2": ("王建军", "official", "屯昌县", [
        ("cv09", "屯昌县政府", "副县长", _CHEN09, "海南 屯昌, 2024; not the 王建军 of 贵德 (青海, cv05)")], []),
    "cv:王德兴": ("王德兴", "official", "屯昌县", [
        ("cv09", "屯昌县南吕镇党委", "书记", "南吕镇党委书记王德兴介绍", None)], []),
    "cv:冯海涛": ("冯海涛", "official", "琼海市", [
        ("cv10", "琼海市委", "常委", _FENG10, None),
        ("cv10", "琼海市政府", "常务副市长", _FENG10, None)], []),
    "cv:吉文雅": ("吉文雅", "official", "琼海市", [
        ("cv10", "琼海市政府", "副市长", _FENG10, None)], []),
    "cv:符传龙": ("符传龙", "official", "琼海市", [
        ("cv10", "琼海市政府", "副市长", _FENG10, None)], []),
    "cv:卢少华": ("卢少华", "official", "琼海市", [
        ("cv10", "琼海市人大常委会", "副主任", _RD10, None)], []),
    "cv:王春燕": ("王春燕", "official", "琼海市", [
        ("cv10", "琼海市政协", "副主席", _RD10, None)], []),
    "cv:蒙志坚": ("蒙志坚", "official", "琼海市", [
        ("cv10", "琼海市水务局", "局长", "市水务局局长蒙志坚汇报", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cv01", "旦增曲珍", "记者", "reporter", "（记者 旦增曲珍 通讯员 白玛央金）"),
    ("cv01", "白玛央金", "通讯员", "correspondent", "（记者 旦增曲珍 通讯员 白玛央金）"),
    ("cv01", "尼玛卓嘎", "责任编辑", "editor", "责任编辑：尼玛卓嘎"),
    ("cv02", "索朗卓嘎", "记者", "reporter", "记者：索朗卓嘎　次旺"),
    ("cv02", "次旺", "记者", "reporter", "记者：索朗卓嘎　次旺"),
    ("cv02", "边巴卓玛", "责编", "editor", "责编：边巴卓玛"),
    ("cv02", "李晓东", "审核", "editor", "审核：李晓东"),
    ("cv03", "米玛卓玛", "记者", "reporter", "本报讯（记者 米玛卓玛）"),
    ("cv03", "洛桑次仁", "通讯员", "correspondent", "本报讯（通讯员 洛桑次仁）"),
    ("cv03", "卓嘎", "本版编辑", "editor", "本版编辑：卓嘎"),
    ("cv03", "刘倩", "校对", "editor", "校对：刘倩"),
    ("cv04", "李雪梅", "撰稿", "author", "撰稿：李雪梅"),
    ("cv04", "张志诚", "审核", "editor", "审核：张志诚"),
    ("cv05", "马丽娟", "记者", "reporter", "（县融媒体中心记者 马丽娟 才让卓玛）"),
    ("cv05", "才让卓玛", "记者", "reporter", "（县融媒体中心记者 马丽娟 才让卓玛）"),
    ("cv05", "祁文霞", "责任编辑", "editor", "责任编辑：祁文霞"),
    ("cv06", "卓玛措", "记者", "reporter", "作者：记者 卓玛措"),
    ("cv06", "马晓梅", "编辑", "editor", "编辑：马晓梅"),
    ("cv06", "杨春林", "审核", "editor", "审核：杨春林"),
    ("cv07", "冶秀芳", "记者", "reporter", "记者：冶秀芳　赵德林"),
    ("cv07", "赵德林", "记者", "reporter", "记者：冶秀芳　赵德林"),
    ("cv07", "韩燕", "编辑", "editor", "编辑：韩燕"),
    ("cv07", "李生辉", "审核", "editor", "审核：李生辉"),
    ("cv08", "符丽娜", "记者", "reporter", "（万宁市融媒体中心记者 符丽娜 通讯员 李明轩）"),
    ("cv08", "李明轩", "通讯员", "correspondent", "（万宁市融媒体中心记者 符丽娜 通讯员 李明轩）"),
    ("cv08", "黎小燕", "责任编辑", "editor", "责任编辑：黎小燕"),
    ("cv09", "王琼华", "记者", "reporter", "作者：记者 王琼华 陈志坚"),
    ("cv09", "陈志坚", "记者", "reporter", "作者：记者 王琼华 陈志坚"),
    ("cv09", "吴海燕", "编辑", "editor", "编辑：吴海燕"),
    ("cv09", "符国平", "审核", "editor", "审核：符国平"),
    ("cv10", "陈思雨", "记者", "reporter", "琼海融媒记者 陈思雨 林晓东"),
    ("cv10", "林晓东", "记者", "reporter", "琼海融媒记者 陈思雨 林晓东"),
    ("cv10", "王丽君", "责任编辑", "editor", "责任编辑：王丽君"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cv01", "重点项目建设和春耕生产后续工作调研", "inspection (调研)", "6月16日", None, "格桑平措", [],
     ["周启明", "次仁多吉"], ["边巴次仁", "格桑平措", "达瓦卓玛", "次仁多吉", "周启明", "拉巴顿珠"], "紫金乡、年堆乡、江孜镇",
     "6月16日，县委副书记、县长格桑平措深入紫金乡、年堆乡和江孜镇，调研重点项目建设和春耕生产后续工作",
     [_GSPC01, "县委常委、常务副县长周启明（上海援藏干部），副县长次仁多吉陪同调研", "紫金乡党委书记边巴次仁介绍",
      "格桑平措指出", "乡长达瓦卓玛汇报了", "次仁多吉介绍了", "格桑平措强调", "周启明汇报了", "局长拉巴顿珠汇报",
      "格桑平措对全县项目建设和春耕生产工作给予肯定。他要求", "周启明表示"]),
    ("cv02", "县政府第十二次常务会议", "meeting (常务会议)", "8月8日", "次仁多吉", None, ["拉孜县政府"],
     ["陆晓峰", "央金卓玛", "普布扎西", "王海鹏", "扎西次旦", "德吉"], ["平措罗布", "次仁多吉", "陆晓峰", "王海鹏", "央金卓玛", "普布扎西"], None,
     "8月8日，县委副书记、县长次仁多吉主持召开县政府第十二次常务会议",
     ["县长次仁多吉主持召开", _LU02, _FU02, "县人大常委会副主任扎西次旦、县政协副主席德吉列席会议", "局长平措罗布汇报",
      "次仁多吉指出", "陆晓峰就两个援藏项目", "王海鹏就项目选址", "央金卓玛就做好秋收秋种", "普布扎西就抓好秋季学期", "次仁多吉强调"]),
    ("cv03", "江孜县重点项目建设和文旅产业发展调研", "inspection (调研)", "5月21日", None, "洛桑顿珠", [],
     ["李文涛", "格桑平措", "巴桑次仁"], ["格桑平措", "洛桑顿珠", "巴桑次仁", "李文涛"], "江孜县",
     "5月21日，市委副书记、市长洛桑顿珠到江孜县调研重点项目建设和文旅产业发展工作",
     [_LSDZ03, "市政府副秘书长李文涛参加调研", _HOST03, "格桑平措介绍，产业园", "洛桑顿珠指出", "巴桑次仁汇报了",
      "洛桑顿珠对江孜县各项工作给予肯定。他强调", "李文涛就做好旅游旺季", "格桑平措表示"]),
    ("cv03", "拉孜县防汛备汛和安全生产检查", "inspection (检查)", "5月20日", None, "多布杰", [],
     ["次仁多吉", "陆晓峰"], ["尼玛次仁", "多布杰", "次仁多吉", "陆晓峰"], "曲下镇、拉孜镇",
     "5月20日，拉孜县委书记多布杰带队检查全县防汛备汛和安全生产工作",
     ["拉孜县委书记多布杰带队检查", _LZ03, "曲下镇党委书记尼玛次仁介绍", "多布杰强调", "次仁多吉就压实施工企业",
      "陆晓峰就援藏项目工地"]),
    ("cv04", "全市重点项目建设推进会", "meeting (推进会)", "4月27日", "贺建军", None, [],
     ["洛桑顿珠", "刘卫东", "次仁卓玛"], ["王志远", "格桑平措", "多布杰", "洛桑顿珠", "贺建军", "刘卫东", "次仁卓玛"], None,
     "4月27日，全市重点项目建设推进会召开",
     ["市长洛桑顿珠出席会议并讲话", _HE04, _FU04, "市发展改革委主任王志远通报了", "县长格桑平措介绍了",
      "拉孜县委书记多布杰介绍了", "洛桑顿珠指出", "洛桑顿珠强调", "贺建军就做好会议精神", "刘卫东就抓好交通",
      "次仁卓玛就做好重点项目"]),
    ("cv05", "黄河沿岸重点项目建设和防汛工作调研", "inspection (调研)", "7月14日", None, "韩德明", [],
     ["顾建平", "王建军"], ["马正清", "马秀兰", "韩德明", "顾建平", "王建军"], "河阴镇、河西镇、拉西瓦镇、千姿湖",
     "7月14日，县委副书记、县长韩德明深入河阴镇、河西镇和拉西瓦镇，调研黄河沿岸重点项目建设和防汛工作",
     ["县长韩德明深入河阴镇", "县委常委、副县长顾建平（江苏援青干部），副县长王建军陪同调研", "县水利局局长马正清汇报",
      "河阴镇党委书记马秀兰介绍了", "韩德明指出", "顾建平介绍", "韩德明强调，要用好对口援青资源", "王建军汇报了",
      "韩德明要求", "顾建平表示"]),
    ("cv06", "县委常委会2022年第9次会议", "meeting (常委会)", "5月18日", "杨学军", None, ["贵南县委"],
     ["更登加", "周海涛", "才让东智", "马占林"], ["更登加", "钱晓东", "周海涛", "杨学军"], None,
     "5月18日，县委书记杨学军主持召开县委常委会2022年第9次会议",
     ["县委书记杨学军主持召开", "县委副书记、县长更登加，县委副书记周海涛等县委常委出席会议", _RD06,
      "更登加就木格滩防沙治沙综合治理工程作了说明", "钱晓东（江苏援青干部）汇报了", "周海涛通报了", "杨学军在讲话中强调"]),
    ("cv07", "川口镇、巴州镇重点项目建设调研", "inspection (调研)", "3月13日", None, "鲁永强", [],
     ["韩生贵", "祁秀梅", "马德福"], ["星明德", "鲁永强", "马德福"], "川口镇、巴州镇",
     "3月13日，县委书记鲁永强带领县委副书记、县长韩生贵",
     ["县委书记鲁永强带领", _HAN07, _QI07, "副县长马德福深入川口镇", "川口镇党委书记星明德介绍", "鲁永强指出",
      "马德福汇报了", "鲁永强还走进巴州镇"]),
    ("cv07", "重点项目建设现场办公会", "meeting (现场办公会)", "3月13日", None, None, [],
     ["韩生贵", "祁秀梅", "马德福"], ["李进忠", "汪世海", "韩生贵", "祁秀梅", "鲁永强"], "川口镇",
     "并在川口镇召开现场办公会，协调解决项目推进中的困难和问题",
     ["在随后召开的现场办公会上，县发展和改革局局长李进忠汇报了", "局长汪世海就商贸物流园项目用地报批", "韩生贵就重点项目要素保障",
      "祁秀梅就做好项目资金争取", "鲁永强强调，项目建设"]),
    ("cv08", "全市重点项目建设调研", "inspection (调研)", "9月26日", None, "林振华", [],
     ["黄志明", "王晓丽"], ["吴多才", "林振华", "黄志明", "陈少雄", "符永健", "王晓丽"], "东澳镇、礼纪镇、万城镇",
     "9月26日，市委书记林振华深入东澳镇、礼纪镇和万城镇，调研重点项目建设情况",
     ["市委书记林振华深入东澳镇", _HUANG08, "东澳镇党委书记吴多才介绍", "林振华指出", "黄志明汇报了",
      "林振华强调，滨海旅游公路", "镇长陈少雄介绍了", "林振华要求", "主任符永健汇报了", "王晓丽就抓好太阳河"]),
    ("cv09", "屯昌热带特色高效农业和重点项目建设调研", "inspection (调研)", "7月10日", None, "周明远", [],
     ["邓立群", "许海波", "何东升", "陈丽萍", "王建军"], ["王德兴", "周明远", "王建军", "陈丽萍", "许海波", "何东升"], "南吕镇、新兴镇、木色湖、枫木镇",
     "7月10日，副省长周明远到屯昌调研热带特色高效农业发展和重点项目建设工作",
     ["副省长周明远到屯昌调研", "省政府副秘书长邓立群，省农业农村厅副厅长许海波参加调研", "县委书记何东升，县委副书记",
      _CHEN09, "南吕镇党委书记王德兴介绍", "周明远指出", "王建军汇报了", "周明远强调，要加强与科研院所合作",
      "陈丽萍介绍了", "许海波就加强农业技术服务", "何东升表示"]),
    ("cv10", "市政府2023年第8次常务会议", "meeting (常务会议)", "3月22日上午", "黄志明", None, ["琼海市政府"],
     ["冯海涛", "吉文雅", "符传龙", "卢少华", "王春燕"], ["蒙志坚", "黄志明", "冯海涛", "吉文雅", "符传龙"], None,
     "3月22日上午，市委副书记、市长黄志明主持召开市政府2023年第8次常务会议",
     [_HUANG10, _FENG10, _RD10, "市水务局局长蒙志坚汇报", "黄志明指出", "冯海涛就项目建设方案", "吉文雅就渔港升级改造",
      "符传龙就乐城先行区", "黄志明强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cv01", "江孜县青稞良种繁育基地建设项目", "project", "在紫金乡江孜县青稞良种繁育基地建设项目现场"),
    ("cv01", "年楚河江孜段防洪治理工程", "engineering_work", "来到年楚河江孜段防洪治理工程年堆乡施工段"),
    ("cv01", "江孜县氆氇手工业产业园", "industrial_park", "察看了江孜县氆氇手工业产业园"),
    ("cv01", "江孜县城乡供水提升工程", "infrastructure_project", "江孜县城乡供水提升工程加压泵站建设情况"),
    ("cv02", "雅鲁藏布江拉孜段防洪工程", "engineering_work", "县水利局关于雅鲁藏布江拉孜段防洪工程建设进展"),
    ("cv02", "拉孜县曲下镇农产品加工园", "industrial_park", "会议听取了拉孜县曲下镇农产品加工园"),
    ("cv02", "查务乡易地扶贫搬迁安置点配套提升项目", "housing_project", "查务乡易地扶贫搬迁安置点配套提升项目推进情况"),
    ("cv02", "拉孜县城污水处理厂扩建工程", "planned_project", "会议研究了拉孜县城污水处理厂扩建工程前期工作"),
    ("cv03", "江孜县氆氇手工业产业园", "industrial_park", "洛桑顿珠一行首先来到江孜县氆氇手工业产业园"),
    ("cv03", "年楚河江孜段防洪治理工程二期", "engineering_work", "在年楚河江孜段防洪治理工程二期项目现场"),
    ("cv03", "宗山古堡周边环境提升项目", "project", "察看宗山古堡周边环境提升项目建设情况"),
    ("cv03", "雅鲁藏布江拉孜段防洪工程", "engineering_work", "察看了雅鲁藏布江拉孜段防洪工程"),
    ("cv03", "拉孜县城污水处理厂扩建工程", "infrastructure_project", "拉孜县城污水处理厂扩建工程施工现场"),
    ("cv04", "年楚河江孜段防洪治理工程二期", "engineering_work", "介绍了年楚河江孜段防洪治理工程二期"),
    ("cv04", "江孜县青稞良种繁育基地建设项目", "project", "江孜县青稞良种繁育基地建设项目的推进做法"),
    ("cv04", "雅鲁藏布江拉孜段防洪工程", "engineering_work", "雅鲁藏布江拉孜段防洪工程提前开工"),
    ("cv04", "日喀则市年楚河城区段生态综合治理工程", "greening_project", "要加快推进日喀则市年楚河城区段生态综合治理工程"),
    ("cv04", "日喀则市城市供热管网二期工程", "infrastructure_project", "日喀则市城市供热管网二期工程、桑珠孜区冷链物流中心"),
    ("cv04", "桑珠孜区冷链物流中心", "logistics_hub", "日喀则市城市供热管网二期工程、桑珠孜区冷链物流中心"),
    ("cv05", "黄河贵德段防洪治理工程", "engineering_work", "在黄河贵德段防洪治理工程河阴镇施工现场"),
    ("cv05", "贵德县江苏援青产业园标准化厂房项目", "project", "察看了贵德县江苏援青产业园标准化厂房项目建设情况"),
    ("cv05", "拉西瓦镇易地搬迁安置点配套设施建设项目", "housing_project", "在拉西瓦镇易地搬迁安置点配套设施建设项目现场"),
    ("cv06", "木格滩防沙治沙综合治理工程", "greening_project", "更登加就木格滩防沙治沙综合治理工程作了说明"),
    ("cv06", "贵南县江苏援青藏羊产业园", "industrial_park", "汇报了贵南县江苏援青藏羊产业园"),
    ("cv06", "茫曲镇城区供热管网改造工程", "infrastructure_project", "茫曲镇城区供热管网改造工程的推进情况"),
    ("cv07", "湟水河川口段综合治理工程", "greening_project", "鲁永强一行首先来到湟水河川口段综合治理工程现场"),
    ("cv07", "川口镇商贸物流园", "logistics_hub", "在川口镇商贸物流园建设现场"),
    ("cv07", "巴州镇高原特色农产品加工园", "industrial_park", "在巴州镇高原特色农产品加工园"),
    ("cv07", "民和县第二人民医院综合楼建设项目", "project", "鲁永强来到民和县第二人民医院综合楼建设项目现场"),
    ("cv08", "神州半岛国际康养中心项目", "project", "位于东澳镇的神州半岛国际康养中心项目现场"),
    ("cv08", "万宁滨海旅游公路石梅湾段", "infrastructure_project", "在万宁滨海旅游公路石梅湾段施工现场"),
    ("cv08", "礼纪镇槟榔产业园", "industrial_park", "林振华来到礼纪镇槟榔产业园"),
    ("cv08", "万宁市第二人民医院迁建项目", "project", "察看了万宁市第二人民医院迁建项目"),
    ("cv08", "太阳河城区段综合整治工程", "greening_project", "万宁市第二人民医院迁建项目和太阳河城区段综合整治工程建设情况"),
    ("cv09", "屯昌县南吕镇黑猪产业化养殖加工项目", "project", "察看屯昌县南吕镇黑猪产业化养殖加工项目建设情况"),
    ("cv09", "屯昌县新兴镇沉香产业园", "industrial_park", "走进屯昌县新兴镇沉香产业园"),
    ("cv09", "木色湖旅游度假区提升改造项目", "project", "察看木色湖旅游度假区提升改造项目"),
    ("cv09", "屯昌县城乡供水一体化工程", "infrastructure_project", "屯昌县城乡供水一体化工程取水口建设情况"),
    ("cv10", "万泉河琼海段水生态治理工程", "greening_project", "关于万泉河琼海段水生态治理工程推进情况"),
    ("cv10", "琼海市嘉积城区排水防涝改造工程", "infrastructure_project", "会议研究了琼海市嘉积城区排水防涝改造工程"),
    ("cv10", "潭门镇中心渔港升级改造项目", "project", "会议听取了潭门镇中心渔港升级改造项目"),
    ("cv10", "博鳌乐城国际医疗旅游先行区配套项目", "project", "博鳌乐城国际医疗旅游先行区配套项目推进情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cv01", "紫金乡", "township", "standalone", "深入紫金乡、年堆乡和江孜镇"),
    ("cv01", "年堆乡", "township", "standalone", "深入紫金乡、年堆乡和江孜镇"),
    ("cv01", "江孜镇", "town", "standalone", "深入紫金乡、年堆乡和江孜镇"),
    ("cv01", "上海", "province", "in_title", _ZHOU01),
    ("cv01", "江孜县", "county", "in_project_name", "在紫金乡江孜县青稞良种繁育基地建设项目现场"),
    ("cv01", "年楚河", "river", "standalone", "年楚河是江孜的母亲河"),
    ("cv01", "江孜", "county", "standalone", "年楚河是江孜的母亲河"),
    ("cv01", "上海市", "province", "standalone", "今年上海市共安排江孜县援藏项目14个"),
    ("cv02", "日喀则市", "prefecture_city", "standalone", "传达学习自治区、日喀则市有关会议精神"),
    ("cv02", "上海市", "province", "in_org_reference", _LU02),
    ("cv02", "雅鲁藏布江", "river", "standalone", "雅鲁藏布江水位持续偏高"),
    ("cv02", "曲下镇", "town", "standalone", "曲下镇、拉孜镇两处险工段"),
    ("cv02", "拉孜镇", "town", "standalone", "曲下镇、拉孜镇两处险工段"),
    ("cv02", "拉孜县", "county", "in_project_name", "会议听取了拉孜县曲下镇农产品加工园"),
    ("cv02", "查务乡", "township", "in_project_name", "查务乡易地扶贫搬迁安置点配套提升项目推进情况"),
    ("cv02", "上海", "province", "standalone", "上海援藏资金在拉孜的安排情况"),
    ("cv02", "拉孜", "county", "standalone", "上海援藏资金在拉孜的安排情况"),
    ("cv03", "江孜县", "county", "standalone", "到江孜县调研重点项目建设"),
    ("cv03", "上海", "province", "standalone", "产业园由上海援藏资金支持建设"),
    ("cv03", "江孜", "county", "standalone", "氆氇是江孜的金字招牌"),
    ("cv03", "西藏", "province", "standalone", "推动民族手工业走出西藏"),
    ("cv03", "年楚河", "river", "in_project_name", "在年楚河江孜段防洪治理工程二期项目现场"),
    ("cv03", "江孜镇", "town", "standalone", "随后，洛桑顿珠来到江孜镇"),
    ("cv03", "宗山古堡", "heritage_site", "in_project_name", "察看宗山古堡周边环境提升项目建设情况"),
    ("cv03", "拉孜", "county", "standalone", "拉孜：防汛备汛和安全生产检查不松劲"),
    ("cv03", "拉孜县", "county", "in_title", "拉孜县委书记多布杰带队检查"),
    ("cv03", "曲下镇", "town", "standalone", "检查组先后来到曲下镇、拉孜镇"),
    ("cv03", "拉孜镇", "town", "standalone", "检查组先后来到曲下镇、拉孜镇"),
    ("cv03", "雅鲁藏布江", "river", "in_project_name", "察看了雅鲁藏布江拉孜段防洪工程"),
    ("cv04", "上海市", "province", "in_org_reference", _HE04),
    ("cv04", "桑珠孜区", "district", "standalone", "桑珠孜区、江孜县、拉孜县作了交流发言"),
    ("cv04", "江孜县", "county", "standalone", "桑珠孜区、江孜县、拉孜县作了交流发言"),
    ("cv04", "拉孜县", "county", "standalone", "桑珠孜区、江孜县、拉孜县作了交流发言"),
    ("cv04", "年楚河", "river", "in_project_name", "介绍了年楚河江孜段防洪治理工程二期"),
    ("cv04", "雅鲁藏布江", "river", "in_project_name", "雅鲁藏布江拉孜段防洪工程提前开工"),
    ("cv04", "西藏", "province", "standalone", "西藏施工黄金期短"),
    ("cv04", "日喀则市", "prefecture_city", "in_project_name", "要加快推进日喀则市年楚河城区段生态综合治理工程"),
    ("cv04", "上海", "province", "standalone", "加强与上海、山东、吉林、黑龙江等援藏省市"),
    ("cv04", "山东", "province", "standalone", "加强与上海、山东、吉林、黑龙江等援藏省市"),
    ("cv04", "吉林", "province", "standalone", "加强与上海、山东、吉林、黑龙江等援藏省市"),
    ("cv04", "黑龙江", "province", "standalone", "加强与上海、山东、吉林、黑龙江等援藏省市"),
    ("cv05", "河阴镇", "town", "standalone", "深入河阴镇、河西镇和拉西瓦镇"),
    ("cv05", "河西镇", "town", "standalone", "深入河阴镇、河西镇和拉西瓦镇"),
    ("cv05", "拉西瓦镇", "town", "standalone", "深入河阴镇、河西镇和拉西瓦镇"),
    ("cv05", "江苏", "province", "in_title", _GU05),
    ("cv05", "黄河", "river", "standalone", "黄河是贵德的生命之河"),
    ("cv05", "贵德", "county", "standalone", "黄河是贵德的生命之河"),
    ("cv05", "贵德县", "county", "in_project_name", "察看了贵德县江苏援青产业园标准化厂房项目建设情况"),
    ("cv05", "千姿湖", "lake", "standalone", "随后，韩德明来到千姿湖景区"),
    ("cv06", "青海湖南山", "mountain", "standalone", "地处青海湖南山与黄河之间"),
    ("cv06", "黄河", "river", "standalone", "地处青海湖南山与黄河之间"),
    ("cv06", "贵南", "county", "standalone", "守护好生态环境是贵南义不容辞的政治责任"),
    ("cv06", "木格滩", "desert", "standalone", "持续推进木格滩防沙治沙"),
    ("cv06", "江苏", "province", "standalone", "会议听取了江苏援青项目建设情况汇报"),
    ("cv06", "贵南县", "county", "in_project_name", "汇报了贵南县江苏援青藏羊产业园"),
    ("cv06", "茫曲镇", "town", "in_project_name", "茫曲镇城区供热管网改造工程的推进情况"),
    ("cv06", "过马营镇", "town", "standalone", "会议还研究了过马营镇、森多镇人居环境整治提升"),
    ("cv06", "森多镇", "town", "standalone", "会议还研究了过马营镇、森多镇人居环境整治提升"),
    ("cv07", "川口镇", "town", "standalone", "深入川口镇、巴州镇"),
    ("cv07", "巴州镇", "town", "standalone", "深入川口镇、巴州镇"),
    ("cv07", "湟水河", "river", "standalone", "湟水河是民和的母亲河"),
    ("cv07", "民和", "county", "standalone", "湟水河是民和的母亲河"),
    ("cv07", "民和县", "county", "in_project_name", "鲁永强来到民和县第二人民医院综合楼建设项目现场"),
    ("cv07", "海东市", "prefecture_city", "standalone", "均被列入海东市重点项目"),
    ("cv08", "东澳镇", "town", "standalone", "深入东澳镇、礼纪镇和万城镇"),
    ("cv08", "礼纪镇", "town", "standalone", "深入东澳镇、礼纪镇和万城镇"),
    ("cv08", "万城镇", "town", "standalone", "深入东澳镇、礼纪镇和万城镇"),
    ("cv08", "海南", "province", "standalone", "健康产业是海南自由贸易试验区建设重点发展的产业之一"),
    ("cv08", "神州半岛", "peninsula", "standalone", "要充分发挥神州半岛、石梅湾的滨海资源优势"),
    ("cv08", "石梅湾", "bay", "standalone", "要充分发挥神州半岛、石梅湾的滨海资源优势"),
    ("cv08", "万宁", "county_city", "standalone", "打造万宁旅游的新亮点"),
    ("cv08", "万宁市", "county_city", "in_project_name", "察看了万宁市第二人民医院迁建项目"),
    ("cv08", "太阳河", "river", "in_project_name", "王晓丽就抓好太阳河城区段综合整治工程"),
    ("cv09", "屯昌", "county", "standalone", "副省长周明远到屯昌调研"),
    ("cv09", "南吕镇", "town", "standalone", "周明远一行首先来到南吕镇"),
    ("cv09", "新兴镇", "town", "standalone", "在新兴镇，周明远走进"),
    ("cv09", "木色湖", "lake", "standalone", "随后，周明远来到木色湖"),
    ("cv09", "屯昌县", "county", "standalone", "陈丽萍介绍了屯昌县上半年经济运行"),
    ("cv09", "海南", "province", "standalone", "要抢抓海南自由贸易港建设机遇"),
    ("cv09", "枫木镇", "town", "standalone", "周明远还走进枫木镇部分瓜菜种植基地"),
    ("cv10", "万泉河", "river", "standalone", "万泉河是琼海的母亲河"),
    ("cv10", "琼海", "county_city", "standalone", "万泉河是琼海的母亲河"),
    ("cv10", "嘉积镇", "town", "standalone", "目前嘉积镇段已完成河道清淤"),
    ("cv10", "博鳌镇", "town", "standalone", "博鳌镇段生态缓冲带已开工建设"),
    ("cv10", "琼海市", "county_city", "in_project_name", "会议研究了琼海市嘉积城区排水防涝改造工程"),
    ("cv10", "潭门镇", "town", "in_project_name", "会议听取了潭门镇中心渔港升级改造项目"),
    ("cv10", "博鳌乐城国际医疗旅游先行区", "development_zone", "in_project_name", "博鳌乐城国际医疗旅游先行区配套项目推进情况"),
    ("cv10", "乐城先行区", "development_zone", "standalone", "符传龙就乐城先行区配套道路"),
    ("cv10", "海南", "province", "standalone", "也是海南自由贸易港封关运作准备的关键之年"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cv", conventions="set cv (blind set: news pages from regions the corpus has little of — 西藏 日喀则市 (江孜县, 拉孜县, the city site, the 日喀则日报 第02版 with two items), 青海 海南藏族自治州 (贵德县, 贵南县) and 海东市 (民和回族土族自治县), 海南 (万宁市, 屯昌县, 琼海市): county and county-level-city government sites, a prefecture-city site, county 融媒体 sites, a county 新闻网, a county 融媒体 mobile-app page and a city paper; 调研 / 检查 inspections, two 政府常务会议, a 县委常委会, a 推进会 and a 现场办公会; a prefecture 市长 visiting a county and a 副省长 visiting a county (visitor and host posts); 上海援藏 and 江苏援青 cadres: their local posts are holdings, ``（上海援藏干部）`` / ``（江苏援青干部）`` is not, a 援藏 team's 组长 is a post of the team; bare organs take the site's place (the paper's 市委 = 日喀则市委, 副省长 on a 海南 county page = 海南省政府); the autonomous county keeps its full name (民和回族土族自治县委); 乡 / 镇 take their county (江孜县紫金乡党委, 江孜县年堆乡政府 乡长); 列席 persons are attendees; 撰稿 is an author credit, 编辑 / 责编 / 责任编辑 / 本版编辑 / 审核 / 校对 editors; side lists, stamp lines, navigation and footers are not annotated)",
          persons_note="Set cv persons. id = corpus-wide person_id (cv:王建军#1 贵德县副县长 (青海 海南州, 2020) and cv:王建军#2 屯昌县副县长 (海南, 2024) are two people; cv:次仁多吉 江孜县副县长 2021 → 拉孜县委副书记、县长 2023 and 2024 (both 日喀则); cv:格桑平措 江孜县委副书记、县长 2021 and 2022 → 江孜县委书记 2024; cv:黄志明 万宁市委常委、常务副市长 2019 → 琼海市委副书记、市长 2023; the same people on two pages: cv:洛桑顿珠 日喀则市长 2022 and 2024, cv:多布杰 拉孜县委书记 2022 and 2024, cv:陆晓峰 拉孜县委常委、常务副县长 (上海援藏) 2023 and 2024)")


if __name__ == "__main__":
    main()
