"""Write gold part ``cu`` (a blind set: ordinary county, county-level-city and city-paper news pages from the provinces
least represented in the corpus) from the tables below.

Pages ``tests/dev/texts/cu*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 蛟河市人民政府 site (a 市委书记's 调度会, footer ``蛟河市人民政府主办
蛟河市政府办公室承办 信息中心管理运营 吉ICP备…``); a 泾川 county page of a city 市长's 督查 (``县委书记…，县委副书记、县长…
陪同督查``, ``打印本页 关闭窗口 返回顶部``); the 白城 city site of a 市政府常务会议 (``发布时间:… 来源:``, ``…主持召开市政府
2023年第5次常务会议``, ``会议听取… 会议强调…``); the 榆树 site (``当前位置: 首页 > 信息公开 >``, ``发布时间: … 来源: 榆树市信息
中心``, ``代市长…主持召开市长办公会``); a 凌源 company page of the 市长's 检查 (``凌源市委副书记、市长…、市委常委…``); a 朔州
paper item of a 副市长's 安全生产 调研 (``记者：… 摄影：``); a 武平 county 融媒体 page (``来源:县融媒体中心 责任编辑:``); a
区 page with ``编 辑： 校 对： 审 核：`` credits. Places are real and new to the corpus as counties (宁夏, 吉林 and 辽宁 have the
fewest pages of the provinces: 宁夏 three counties in parts w, x, t, m; 吉林 and 辽宁 a handful each): 宁夏 固原 (彭阳县,
泾源县, 原州区 with 固原经开区) and 吴忠 (盐池县 with its 工业园区, 青铜峡市); 吉林 吉林市 (蛟河市, 桦甸市 with its 经济开发区);
辽宁 朝阳 (建平县, 凌源市, 北票市, the 朝阳日报).

Shapes: a county site (``当前位置：首页 > 政务公开 > 政务动态 > 彭阳要闻``, 热点排行 list) of the 县委书记's 调研 (cu01); a county
site's 常务会议 page (``发布日期： 信息来源： 阅读次数：``, ``撰稿： 审核：``, 相关链接) (cu02); the 固原日报 第01版 (two-line
headline, ``本报讯（记者 …）``, 编后, 本版其他新闻) of the 市长's 调研 of 原州区, host and visitor posts (cu03); a county 融媒体
page (``作者：记者 … …``, 分享 line) of a 观摩 and its 点评会 (cu04); a county-level city's site with an ``&gt;`` breadcrumb: the
市委常委会 (cu05); a county-level city's site: the 市委书记's 督导检查 of 防汛 and the 现场办公会 after it (cu06); a city 新闻网
(``您的位置：首页 >> 桦甸要闻 >> 正文``, ``记者：…　…  审核：``) of a 推进会 (cu07); a county site of the 县长's 调研 with named
projects (cu08); a county-level city 融媒体 page of a prefecture 副市长's 检查, host and visitor posts, and the 专题会议 after it
(cu09); the 朝阳日报 第02版 with two county items (建平's 推进会, 北票's 防火 检查) (cu10).

Identity cases:
- cu:海志强 moves county: 彭阳县副县长 in May 2021 (cu01) → 泾源县委副书记、县长 in Aug 2023 (cu02), both in 固原.
- cu:石国庆: 建平县委副书记、县长 in June 2022 (cu08) → 建平县委书记 in March 2025 (cu10).
- cu:吕长江: 建平县委常委、常务副县长 in June 2022 (cu08) → 建平县委副书记、县长 in March 2025 (cu10).
- two different 田文军 in unrelated provinces: cu:田文军#1 盐池县委常委、常务副县长 (宁夏 吴忠, cu04, 2019); cu:田文军#2
  凌源市应急管理局局长 (辽宁 朝阳, cu09, 2024).
- the bare ``市委副书记、市长`` is a prefecture city's (固原, cu03) and county-level cities' (青铜峡 cu05, 桦甸 cu07, 凌源 cu09);
  ``县委常委、常务副县长`` is 彭阳's, 泾源's, 盐池's and 建平's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts cs, ct where they speak; decided here where they are silent):
- Bare organs take the page's place: 县委 / 县 on a county site, 市委 / 市 on a county-level city's site (青铜峡市委, 蛟河市水利局,
  桦甸市发展和改革局); in the 固原日报 bare ``市委副书记、市长``, ``副市长``, ``市政府秘书长`` are 固原市's and ``区委副书记、区长``
  after ``原州区委书记`` is 原州区's; on the 凌源 site ``朝阳市副市长`` is 朝阳's and the bare ``市委常委、常务副市长`` after
  ``凌源市委副书记、市长`` is 凌源's; in the 朝阳日报 the bare ``县委副书记、县长`` after ``建平县委书记`` is 建平's.
- Zones: a county's zone takes the prefecture city (parts bj, cg, ct) and is not folded: ``园区管委会主任`` in the 盐池工业园区
  paragraph → 吴忠盐池工业园区管委会 主任; ``市委常委、经济开发区党工委书记`` on the 桦甸 page → 桦甸市委 常委 + 吉林桦甸经济开发区
  党工委 书记 (the prefecture city 吉林市 without 市 is 吉林, which is also the province's name: DECIDED HERE, kept as the rule
  gives it). 固原经济技术开发区 is the city's own zone (固原经开区 when folded). Places are annotated as written: the full and the
  short form of a zone each get their line (固原经济技术开发区 / 固原经开区; 桦甸经济开发区 / 经济开发区).
- Towns take their county: 彭阳县古城镇党委, 原州区头营镇党委, 盐池县花马池镇党委, 蛟河市天岗镇党委, 建平县沙海镇党委,
  北票市大板镇党委. 原州区 is a district name no other city has: no city prefix.
- ``市政府秘书长`` is a post of the 市政府 (固原市政府 秘书长).
- DECIDED HERE: 列席 persons (人大常委会副主任, 政协副主席 at a 常务会议; 人大常委会主任, 政协主席 at a 常委会) are attendees of
  the meeting: they sit in it.
- Events: 调研 / 检查 / 督导检查 are inspections (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作安排
  speakers); 常务会议, 常委会, 推进会, 点评会, 现场办公会, 专题会议 are meetings (chair when 主持; 出席 / 列席 attendees); the 观摩 is a
  ``site observation`` with the two heads who lead it and the 参加 县领导 as attendees (as ct01) and its 点评会 a meeting of its
  own. Meetings whose 精神 is relayed (全国两会, 自治区政府第十三次常务会议) are no events.
- Credits: ``记者`` / ``通讯员`` in a byline, a dateline or the stamp's ``作者：记者 …`` are reporter / correspondent credits;
  ``（县政府办　…）``, ``撰稿：`` and a bare ``作者：`` name are author credits; 编辑 / 责任编辑 / 本版编辑 / 审核 / 校对 / 美编 are
  editors.
- Projects: named works inspected, reported or pushed; 产业园 industrial_park; 棚户区改造 housing_project; 堤防 / 河道治理 /
  防洪治理 engineering_work; a river's 生态治理 / 生态修复 greening_project; 供水 / 污水处理厂 / 排涝泵站 / 供热管网 / 饮水 works
  infrastructure_project; a project whose 前期工作 is still to be done planned_project; the rest project. Standing bases
  (育苗基地, 防火检查站) are no projects.
- Places: one line per name per file as written; places inside titles, organ references and project names count; places in
  site lines, stamp lines, breadcrumbs, side lists (热点排行, 相关新闻, 本版其他新闻, 图片新闻), 上一篇 / 下一篇, document titles in
  《》 and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HDZ = "吉林桦甸经济开发区"
YCZ = "吴忠盐池工业园区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cu01_pengyang.txt": (2021, "发布时间：2021-05-18 18:26", "彭阳县", [
        ("冯立军调研重点项目建设和乡村振兴工作", "5月18日", "2021-05-18", "5月18日，县委书记冯立军",
         "county site: the 县委书记's 调研 of projects in three towns; 副县长 海志强 (泾源县长 in 2023)")]),
    "cu02_jingyuan.txt": (2023, "发布日期：2023-08-22 17:05", "泾源县", [
        ("县政府召开第十八次常务会议", "8月22日", "2023-08-22", "8月22日，县委副书记",
         "county site: the 县长 (彭阳's former 副县长) chairs the 县政府常务会议; 列席 人大 / 政协 heads")]),
    "cu03_guyuan.txt": (2024, "2024年04月11日", "固原市", [
        ("贺正东在原州区调研时强调", "4月10日", "2024-04-10", "本报讯（记者 杜文静）",
         "city paper 第01版: the 市长's 调研 of 原州区 (visitor and host posts), projects in the 经开区")]),
    "cu04_yanchi.txt": (2019, "2019-09-26 19:42:07", "盐池县", [
        ("我县开展第三季度重点项目观摩活动", "9月26日", "2019-09-26", "9月26日，县委书记赵永祥",
         "county 融媒体 page: 观摩 of named projects and the 点评会 after it; 田文军#1")]),
    "cu05_qingtongxia.txt": (2022, "时间：2022-03-15 20:10", "青铜峡市", [
        ("市委常委会召开2022年第6次会议", "3月15日", "2022-03-15", "3月15日，市委书记何建英",
         "county-level city site: the 市委常委会 (黄河 protection, 植树造林, safety)")]),
    "cu06_jiaohe.txt": (2020, "发布时间：2020-07-21 16:48", "蛟河市", [
        ("冷国臣督导检查防汛工作", "7月21日", "2020-07-21", "7月21日，市委书记冷国臣",
         "county-level city site: the 市委书记's 督导检查 of 防汛 and the 现场办公会 after it")]),
    "cu07_huadian.txt": (2022, "2022年11月09日 17:32", "桦甸市", [
        ("我市召开重点项目建设推进会", "11月9日", "2022-11-09", "11月9日，我市召开",
         "city 新闻网: 重点项目建设推进会 chaired by the 市长; the 经济开发区 head")]),
    "cu08_jianping.txt": (2022, "发布时间：2022-06-14 17:20", "建平县", [
        ("石国庆到沙海镇、朱碌科镇调研项目建设和设施农业发展", "6月14日", "2022-06-14", "6月14日，县委副书记",
         "county site: the 县长's 调研 of named projects (石国庆 and 吕长江 before their moves)")]),
    "cu09_lingyuan.txt": (2024, "发布时间：2024-05-23 18:05", "凌源市", [
        ("钟立明到我市检查安全生产和防汛备汛工作", "5月23日", "2024-05-23", "5月23日，朝阳市副市长",
         "county-level city 融媒体 page: the prefecture 副市长's 检查 (visitor and host posts); 田文军#2; the 专题会议 after it")]),
    "cu10_chaoyang.txt": (2025, "2025年3月6日", "朝阳市", [
        ("建平召开重点项目建设推进会", "3月5日", "2025-03-05", "本报讯（记者 鲁晓楠",
         "city paper 第02版: 建平's 推进会 with the new 县委书记 and 县长"),
        ("北票：森林草原防火检查不放松", "3月4日", "2025-03-04", "本报讯（记者 曹雅琪）",
         "city paper: 北票's 市委书记 检查 of 森林草原防火")]),
}

_YU01 = "县委常委、常务副县长禹新民"
_YE02 = "县委常委、常务副县长冶学武"
_FU02 = "副县长兰秀芳、马骁、苏永刚出席会议"
_HE03 = "市委副书记、市长贺正东到原州区调研"
_MA03 = "副市长马晓燕，市政府秘书长周立成参加调研"
_BAI03 = "区委副书记、区长白志宏陪同调研"
_LIU04 = "县委副书记、县长刘书平带领观摩团"
_TIAN04 = "县委常委、常务副县长田文军等县领导参加观摩"
_TAO05 = "市委副书记、市长陶志新"
_JIN05 = "市委常委、常务副市长金玉龙就工程进展"
_FU06 = "市委常委、副市长付春雷"
_DUAN07 = "市委副书记、市长段宏亮主持会议"
_PANG07 = "市委常委、副市长庞继伟"
_ZOU07 = "市委常委、经济开发区党工委书记邹立国"
_SHI08 = "县委副书记、县长石国庆到沙海镇"
_LV08 = "县委常委、常务副县长吕长江"
_PANG09 = "凌源市委副书记、市长庞宇"
_GE09 = "市委常委、常务副市长葛建民"
_LV10 = "县委副书记、县长吕长江主持会议"
_NIE10 = "北票市委常委、副市长聂红梅参加检查"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 固原 (彭阳县, 泾源县, 原州区)
    "cu:冯立军": ("冯立军", "official", "彭阳县", [
        ("cu01", "彭阳县委", "书记", "县委书记冯立军深入古城镇", None)], []),
    "cu:禹新民": ("禹新民", "official", "彭阳县", [
        ("cu01", "彭阳县委", "常委", _YU01, None),
        ("cu01", "彭阳县政府", "常务副县长", _YU01, None)], []),
    "cu:海志强": ("海志强", "official", "固原市", [
        ("cu01", "彭阳县政府", "副县长", "副县长海志强陪同调研", "2021-05 (identity case: 泾源县委副书记、县长 in 2023, cu02)"),
        ("cu02", "泾源县委", "副书记", "县委副书记、县长海志强主持召开", "2023-08: now 泾源县长, another county of 固原"),
        ("cu02", "泾源县政府", "县长", "县委副书记、县长海志强主持召开", None)], []),
    "cu:马海波": ("马海波", "official", "彭阳县", [
        ("cu01", "彭阳县古城镇党委", "书记", "古城镇党委书记马海波介绍", "a town takes its county")], []),
    "cu:虎振东": ("虎振东", "official", "彭阳县", [
        ("cu01", "彭阳县发展和改革局", "局长", "县发展和改革局局长虎振东汇报", "bare 县 on the 彭阳 site")], []),
    "cu:冶学武": ("冶学武", "official", "泾源县", [
        ("cu02", "泾源县委", "常委", _YE02, None),
        ("cu02", "泾源县政府", "常务副县长", _YE02, None)], []),
    "cu:兰秀芳": ("兰秀芳", "official", "泾源县", [
        ("cu02", "泾源县政府", "副县长", _FU02, "one title before a list gives every name that title")], []),
    "cu:马骁": ("马骁", "official", "泾源县", [
        ("cu02", "泾源县政府", "副县长", _FU02, None)], []),
    "cu:苏永刚": ("苏永刚", "official", "泾源县", [
        ("cu02", "泾源县政府", "副县长", _FU02, None)], []),
    "cu:丁文华": ("丁文华", "official", "泾源县", [
        ("cu02", "泾源县人大常委会", "副主任", "县人大常委会副主任丁文华", None)], []),
    "cu:马金梅": ("马金梅", "official", "泾源县", [
        ("cu02", "泾源县政协", "副主席", "县政协副主席马金梅列席会议", None)], []),
    "cu:沙玉林": ("沙玉林", "official", "泾源县", [
        ("cu02", "泾源县文化旅游广电局", "局长", "县文化旅游广电局局长沙玉林汇报", None)], []),
    "cu:贺正东": ("贺正东", "official", "固原市", [
        ("cu03", "固原市委", "副书记", _HE03, "visitor: bare 市委 / 市长 in the 固原日报 = 固原市's"),
        ("cu03", "固原市政府", "市长", _HE03, None)], []),
    "cu:马晓燕": ("马晓燕", "official", "固原市", [
        ("cu03", "固原市政府", "副市长", _MA03, None)], []),
    "cu:周立成": ("周立成", "official", "固原市", [
        ("cu03", "固原市政府", "秘书长", _MA03, "市政府秘书长 → 固原市政府 秘书长")], []),
    "cu:郑国华": ("郑国华", "official", "原州区", [
        ("cu03", "原州区委", "书记", "原州区委书记郑国华", "host")], []),
    "cu:白志宏": ("白志宏", "official", "原州区", [
        ("cu03", "原州区委", "副书记", _BAI03, "host: bare 区委 after 原州区委书记 = 原州区's"),
        ("cu03", "原州区政府", "区长", _BAI03, None)], []),
    "cu:李永福": ("李永福", "official", "原州区", [
        ("cu03", "原州区头营镇党委", "书记", "头营镇党委书记李永福介绍", None)], []),
    # ---- 吴忠 (盐池县, 青铜峡市)
    "cu:赵永祥": ("赵永祥", "official", "盐池县", [
        ("cu04", "盐池县委", "书记", "9月26日，县委书记赵永祥", None)], []),
    "cu:刘书平": ("刘书平", "official", "盐池县", [
        ("cu04", "盐池县委", "副书记", _LIU04, None),
        ("cu04", "盐池县政府", "县长", _LIU04, None)], []),
    "cu:郭德明": ("郭德明", "official", "盐池县", [
        ("cu04", "盐池县人大常委会", "主任", "县人大常委会主任郭德明", None)], []),
    "cu:刘桂兰": ("刘桂兰", "official", "盐池县", [
        ("cu04", "盐池县政协", "主席", "县政协主席刘桂兰", None)], []),
    "cu:田文军#1": ("田文军", "official", "盐池县", [
        ("cu04", "盐池县委", "常委", _TIAN04, "宁夏 盐池, 2019; not the 田文军 of 凌源 (辽宁, cu09)"),
        ("cu04", "盐池县政府", "常务副县长", _TIAN04, None)], []),
    "cu:何永明": ("何永明", "official", "盐池县", [
        ("cu04", YCZ + "管委会", "主任", "园区管委会主任何永明介绍", "bare 园区 in the 盐池工业园区 paragraph; a county's zone takes the prefecture city (bj, cg, ct)")], []),
    "cu:杨振军": ("杨振军", "official", "盐池县", [
        ("cu04", "盐池县花马池镇党委", "书记", "花马池镇党委书记杨振军介绍", None)], []),
    "cu:何建英": ("何建英", "official", "青铜峡市", [
        ("cu05", "青铜峡市委", "书记", "市委书记何建英主持召开", "bare 市委 on the 青铜峡 site = the county-level city's")], []),
    "cu:陶志新": ("陶志新", "official", "青铜峡市", [
        ("cu05", "青铜峡市委", "副书记", _TAO05, None),
        ("cu05", "青铜峡市政府", "市长", _TAO05, None)], []),
    "cu:柳明轩": ("柳明轩", "official", "青铜峡市", [
        ("cu05", "青铜峡市委", "副书记", "市委副书记柳明轩等市委常委出席会议", None)], []),
    "cu:王进才": ("王进才", "official", "青铜峡市", [
        ("cu05", "青铜峡市人大常委会", "主任", "市人大常委会主任王进才", None)], []),
    "cu:杨秀英": ("杨秀英", "official", "青铜峡市", [
        ("cu05", "青铜峡市政协", "主席", "市政协主席杨秀英列席会议", None)], []),
    "cu:金玉龙": ("金玉龙", "official", "青铜峡市", [
        ("cu05", "青铜峡市委", "常委", _JIN05, None),
        ("cu05", "青铜峡市政府", "常务副市长", _JIN05, None)], []),
    # ---- 吉林市 (蛟河市, 桦甸市)
    "cu:冷国臣": ("冷国臣", "official", "蛟河市", [
        ("cu06", "蛟河市委", "书记", "市委书记冷国臣带队督导检查", None)], []),
    "cu:付春雷": ("付春雷", "official", "蛟河市", [
        ("cu06", "蛟河市委", "常委", _FU06, None),
        ("cu06", "蛟河市政府", "副市长", _FU06, None)], []),
    "cu:韩立秋": ("韩立秋", "official", "蛟河市", [
        ("cu06", "蛟河市政府", "副市长", "副市长韩立秋陪同检查", None)], []),
    "cu:刘占山": ("刘占山", "official", "蛟河市", [
        ("cu06", "蛟河市水利局", "局长", "市水利局局长刘占山汇报", "bare 市 on the 蛟河 site")], []),
    "cu:闫晓东": ("闫晓东", "official", "蛟河市", [
        ("cu06", "蛟河市天岗镇党委", "书记", "天岗镇党委书记闫晓东介绍", None)], []),
    "cu:高振江": ("高振江", "official", "桦甸市", [
        ("cu07", "桦甸市委", "书记", "市委书记高振江出席会议并讲话", None)], []),
    "cu:段宏亮": ("段宏亮", "official", "桦甸市", [
        ("cu07", "桦甸市委", "副书记", _DUAN07, None),
        ("cu07", "桦甸市政府", "市长", _DUAN07, None)], []),
    "cu:庞继伟": ("庞继伟", "official", "桦甸市", [
        ("cu07", "桦甸市委", "常委", _PANG07, None),
        ("cu07", "桦甸市政府", "副市长", _PANG07, None)], []),
    "cu:许晓丽": ("许晓丽", "official", "桦甸市", [
        ("cu07", "桦甸市政府", "副市长", "副市长许晓丽出席会议", None)], []),
    "cu:秦雪峰": ("秦雪峰", "official", "桦甸市", [
        ("cu07", "桦甸市发展和改革局", "局长", "市发展和改革局局长秦雪峰通报", None)], []),
    "cu:邹立国": ("邹立国", "official", "桦甸市", [
        ("cu07", "桦甸市委", "常委", _ZOU07, None),
        ("cu07", HDZ + "党工委", "书记", _ZOU07, "bare 经济开发区 on the 桦甸 page = 桦甸经济开发区, with the prefecture city 吉林(市) in front")], []),
    # ---- 朝阳 (建平县, 凌源市, 北票市)
    "cu:石国庆": ("石国庆", "official", "建平县", [
        ("cu08", "建平县委", "副书记", _SHI08, "2022-06 (identity case: 建平县委书记 in 2025, cu10)"),
        ("cu08", "建平县政府", "县长", _SHI08, None),
        ("cu10", "建平县委", "书记", "建平县委书记石国庆出席会议并讲话", "2025-03: now 县委书记")], []),
    "cu:吕长江": ("吕长江", "official", "建平县", [
        ("cu08", "建平县委", "常委", _LV08, "2022-06 (identity case: 建平县委副书记、县长 in 2025, cu10)"),
        ("cu08", "建平县政府", "常务副县长", _LV08, None),
        ("cu10", "建平县委", "副书记", _LV10, "2025-03: bare 县委 after 建平县委书记 in the 朝阳日报 = 建平's"),
        ("cu10", "建平县政府", "县长", _LV10, None)], []),
    "cu:穆春丽": ("穆春丽", "official", "建平县", [
        ("cu08", "建平县政府", "副县长", "副县长穆春丽参加调研", None)], []),
    "cu:郝金山": ("郝金山", "official", "建平县", [
        ("cu08", "建平县沙海镇党委", "书记", "沙海镇党委书记郝金山介绍", None)], []),
    "cu:韩俊峰": ("韩俊峰", "official", "建平县", [
        ("cu08", "建平县水利局", "局长", "县水利局局长韩俊峰介绍", None)], []),
    "cu:钟立明": ("钟立明", "official", "朝阳市", [
        ("cu09", "朝阳市政府", "副市长", "朝阳市副市长钟立明带领", "visitor")], []),
    "cu:韦振华": ("韦振华", "official", "朝阳市", [
        ("cu09", "朝阳市应急管理局", "副局长", "朝阳市应急管理局副局长韦振华参加检查", "visitor")], []),
    "cu:庞宇": ("庞宇", "official", "凌源市", [
        ("cu09", "凌源市委", "副书记", _PANG09, "host"),
        ("cu09", "凌源市政府", "市长", _PANG09, None)], []),
    "cu:葛建民": ("葛建民", "official", "凌源市", [
        ("cu09", "凌源市委", "常委", _GE09, "host: bare 市委 right after 凌源市委副书记、市长 on the 凌源 site = 凌源's, not 朝阳's"),
        ("cu09", "凌源市政府", "常务副市长", _GE09, None)], []),
    "cu:田文军#2": ("田文军", "official", "凌源市", [
        ("cu09", "凌源市应急管理局", "局长", "凌源市应急管理局局长田文军陪同检查", "辽宁 凌源, 2024; not the 田文军 of 盐池 (宁夏, cu04)")], []),
    "cu:钱德胜": ("钱德胜", "official", "北票市", [
        ("cu10", "北票市委", "书记", "北票市委书记钱德胜带队检查", None)], []),
    "cu:聂红梅": ("聂红梅", "official", "北票市", [
        ("cu10", "北票市委", "常委", _NIE10, None),
        ("cu10", "北票市政府", "副市长", _NIE10, None)], []),
    "cu:常志远": ("常志远", "official", "北票市", [
        ("cu10", "北票市大板镇党委", "书记", "大板镇党委书记常志远介绍", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cu01", "韩雪梅", "记者", "reporter", "（记者 韩雪梅 通讯员 罗建军）"),
    ("cu01", "罗建军", "通讯员", "correspondent", "（记者 韩雪梅 通讯员 罗建军）"),
    ("cu01", "苏丽娟", "责任编辑", "editor", "责任编辑：苏丽娟"),
    ("cu02", "何静", "撰稿", "author", "撰稿：何静"),
    ("cu02", "马志远", "审核", "editor", "审核：马志远"),
    ("cu03", "杜文静", "记者", "reporter", "本报讯（记者 杜文静）"),
    ("cu03", "冯雅丽", "本版编辑", "editor", "本版编辑：冯雅丽"),
    ("cu03", "金彤", "校对", "editor", "校对：金彤"),
    ("cu04", "王淑娟", "记者", "reporter", "作者：记者 王淑娟 张亚东"),
    ("cu04", "张亚东", "记者", "reporter", "作者：记者 王淑娟 张亚东"),
    ("cu04", "马晓红", "编辑", "editor", "编辑：马晓红"),
    ("cu04", "丁学礼", "审核", "editor", "审核：丁学礼"),
    ("cu05", "赵欣悦", "作者", "author", "作者：赵欣悦"),
    ("cu05", "李文博", "责任编辑", "editor", "责任编辑：李文博"),
    ("cu06", "孟庆彬", "记者", "reporter", "（记者 孟庆彬 孙佳琦）"),
    ("cu06", "孙佳琦", "记者", "reporter", "（记者 孟庆彬 孙佳琦）"),
    ("cu06", "王丹丹", "责任编辑", "editor", "责任编辑：王丹丹"),
    ("cu07", "陈思彤", "编辑", "editor", "编辑：陈思彤"),
    ("cu07", "赵亮", "记者", "reporter", "记者：赵亮　刘欣怡"),
    ("cu07", "刘欣怡", "记者", "reporter", "记者：赵亮　刘欣怡"),
    ("cu07", "张洪涛", "审核", "editor", "审核：张洪涛"),
    ("cu08", "宋文博", "供稿", "author", "（县政府办　宋文博）"),
    ("cu09", "姜雨桐", "记者", "reporter", "作者：记者 姜雨桐"),
    ("cu09", "罗佳慧", "编辑", "editor", "编辑：罗佳慧"),
    ("cu09", "赵庆祥", "审核", "editor", "审核：赵庆祥"),
    ("cu10", "鲁晓楠", "记者", "reporter", "本报讯（记者 鲁晓楠 通讯员 付佳明）"),
    ("cu10", "付佳明", "通讯员", "correspondent", "本报讯（记者 鲁晓楠 通讯员 付佳明）"),
    ("cu10", "曹雅琪", "记者", "reporter", "本报讯（记者 曹雅琪）"),
    ("cu10", "孙志刚", "本版编辑", "editor", "本版编辑：孙志刚"),
    ("cu10", "吴迪", "校对", "editor", "校对：吴迪"),
    ("cu10", "周琳", "美编", "editor", "美编：周琳"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cu01", "重点项目建设和乡村振兴工作调研", "inspection (调研)", "5月18日", None, "冯立军", [],
     ["禹新民", "海志强"], ["马海波", "海志强", "虎振东", "冯立军", "禹新民"], "古城镇、红河镇、白阳镇",
     "5月18日，县委书记冯立军深入古城镇、红河镇和白阳镇，调研重点项目建设和乡村振兴工作",
     ["县委书记冯立军深入古城镇", "县委常委、常务副县长禹新民，副县长海志强陪同调研", "古城镇党委书记马海波介绍",
      "海志强汇报了", "县发展和改革局局长虎振东汇报", "冯立军指出", "冯立军强调", "禹新民要求"]),
    ("cu02", "县政府第十八次常务会议", "meeting (常务会议)", "8月22日", "海志强", None, ["泾源县政府"],
     ["冶学武", "兰秀芳", "马骁", "苏永刚", "丁文华", "马金梅"], ["沙玉林", "海志强", "冶学武", "兰秀芳", "马骁", "苏永刚"], None,
     "8月22日，县委副书记、县长海志强主持召开县政府第十八次常务会议",
     ["县长海志强主持召开", _YE02, _FU02, "县人大常委会副主任丁文华、县政协副主席马金梅列席会议", "局长沙玉林汇报",
      "海志强指出", "冶学武就两项工程", "兰秀芳就冷凉蔬菜", "马骁就做好下半年", "苏永刚就抓好秋季", "海志强强调"]),
    ("cu03", "原州区春耕生产和重点项目建设调研", "inspection (调研)", "4月10日", None, "贺正东", [],
     ["马晓燕", "周立成", "郑国华", "白志宏"], ["李永福", "郑国华", "白志宏", "贺正东", "马晓燕"], "原州区",
     "4月10日，市委副书记、市长贺正东到原州区调研春耕生产和重点项目建设工作",
     [_HE03, _MA03, "原州区委书记郑国华，区委副书记、区长白志宏陪同调研", "头营镇党委书记李永福介绍", "郑国华汇报了",
      "白志宏介绍了", "贺正东指出", "马晓燕就做好春季农业生产", "郑国华表示"]),
    ("cu04", "全县第三季度重点项目观摩活动", "site observation (观摩)", "9月26日", None, None, [],
     ["赵永祥", "刘书平", "郭德明", "刘桂兰", "田文军"], ["何永明", "杨振军", "郭德明", "刘桂兰"], "盐池工业园区、高沙窝镇、花马池镇、惠安堡镇",
     "9月26日，县委书记赵永祥，县委副书记、县长刘书平带领观摩团",
     [_LIU04, "县人大常委会主任郭德明", "县政协主席刘桂兰", _TIAN04, "园区管委会主任何永明介绍",
      "花马池镇党委书记杨振军介绍", "郭德明、刘桂兰在观摩中表示"]),
    ("cu04", "第三季度重点项目观摩点评会", "meeting (点评会)", "9月26日", "刘书平", None, ["盐池县委", "盐池县政府"],
     [], ["田文军", "赵永祥", "刘书平"], None,
     "观摩结束后，县委、县政府召开第三季度重点项目观摩点评会",
     ["会议由刘书平主持", "田文军通报了", "赵永祥在点评讲话中指出", "刘书平要求"]),
    ("cu05", "市委常委会2022年第6次会议", "meeting (常委会)", "3月15日", "何建英", None, ["青铜峡市委"],
     ["陶志新", "柳明轩", "王进才", "杨秀英"], ["金玉龙", "陶志新", "柳明轩", "何建英"], None,
     "3月15日，市委书记何建英主持召开市委常委会2022年第6次会议",
     ["市委书记何建英主持召开", _TAO05, "市委副书记柳明轩等市委常委出席会议", "市人大常委会主任王进才、市政协主席杨秀英列席会议",
      _JIN05, "陶志新就全市今年造林绿化", "柳明轩就做好全市疫情防控", "何建英在讲话中强调"]),
    ("cu06", "全市防汛工作督导检查", "inspection (督导检查)", "7月21日", None, "冷国臣", [],
     ["付春雷", "韩立秋"], ["刘占山", "闫晓东", "付春雷", "冷国臣", "韩立秋"], "拉法河天岗段、天岗镇、新站镇庆岭水库、城区排涝泵站",
     "7月21日，市委书记冷国臣带队督导检查全市防汛工作",
     ["市委书记冷国臣带队督导检查", "市委常委、副市长付春雷，副市长韩立秋陪同检查", "市水利局局长刘占山汇报",
      "闫晓东介绍了", "付春雷汇报了", "冷国臣指出", "冷国臣强调", "韩立秋就做好城区排涝"]),
    ("cu06", "防汛现场办公会", "meeting (现场办公会)", "7月21日", "冷国臣", None, [],
     [], [], None,
     "检查结束后，冷国臣主持召开现场办公会",
     ["冷国臣主持召开现场办公会"]),
    ("cu07", "重点项目建设推进会", "meeting (推进会)", "11月9日", "段宏亮", None, ["桦甸市"],
     ["高振江", "庞继伟", "许晓丽"], ["秦雪峰", "邹立国", "高振江", "段宏亮", "庞继伟"], None,
     "11月9日，我市召开重点项目建设推进会",
     [_DUAN07, "市委书记高振江出席会议并讲话", "副市长庞继伟，副市长许晓丽出席会议", "局长秦雪峰通报了",
      "邹立国在发言中介绍", "高振江强调", "段宏亮就抓好会议精神落实", "庞继伟就明年项目前期"]),
    ("cu08", "沙海镇、朱碌科镇项目建设和设施农业发展调研", "inspection (调研)", "6月14日", None, "石国庆", [],
     ["吕长江", "穆春丽"], ["郝金山", "吕长江", "韩俊峰", "石国庆", "穆春丽"], "沙海镇、朱碌科镇",
     "6月14日，县委副书记、县长石国庆到沙海镇、朱碌科镇调研项目建设和设施农业发展工作",
     [_SHI08, "县委常委、常务副县长吕长江，副县长穆春丽参加调研", "沙海镇党委书记郝金山介绍", "吕长江汇报了",
      "县水利局局长韩俊峰介绍", "石国庆指出", "石国庆强调", "穆春丽就设施农业技术服务"]),
    ("cu09", "凌源市安全生产和防汛备汛工作检查", "inspection (检查)", "5月23日", None, "钟立明", [],
     ["韦振华", "庞宇", "葛建民", "田文军"], ["葛建民", "田文军", "钟立明", "庞宇"], "宋杖子镇、大凌河凌源段、刀尔登镇",
     "5月23日，朝阳市副市长钟立明带领市应急管理局、市水利局相关负责同志，到我市检查安全生产和防汛备汛工作",
     ["朝阳市副市长钟立明带领", "朝阳市应急管理局副局长韦振华参加检查", _PANG09, _GE09, "凌源市应急管理局局长田文军陪同检查",
      "葛建民汇报了", "田文军汇报了", "钟立明指出", "钟立明强调", "庞宇表示"]),
    ("cu09", "检查问题整改专题会议", "meeting (专题会议)", "5月23日", "葛建民", None, [],
     [], [], None,
     "检查结束后，葛建民主持召开专题会议",
     ["葛建民主持召开专题会议"]),
    ("cu10", "建平县2025年重点项目建设推进会", "meeting (推进会)", "3月5日", "吕长江", None, ["建平县"],
     ["石国庆"], ["石国庆", "吕长江"], None,
     "3月5日，建平县召开2025年重点项目建设推进会",
     [_LV10, "建平县委书记石国庆出席会议并讲话", "石国庆指出", "吕长江要求"]),
    ("cu10", "北票市春季森林草原防火工作检查", "inspection (检查)", "3月4日", None, "钱德胜", [],
     ["聂红梅"], ["常志远", "钱德胜", "聂红梅"], "大板镇、宝国老镇",
     "3月4日，北票市委书记钱德胜带队检查全市春季森林草原防火工作",
     ["北票市委书记钱德胜带队检查", _NIE10, "大板镇党委书记常志远介绍", "钱德胜强调", "聂红梅就清明节期间"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cu01", "古城镇肉牛养殖示范园建设项目", "project", "在古城镇肉牛养殖示范园建设项目现场"),
    ("cu01", "彭阳县茹河生态治理工程", "greening_project", "彭阳县茹河生态治理工程红河段"),
    ("cu01", "彭阳县城乡供水一体化提升工程", "infrastructure_project", "彭阳县城乡供水一体化提升工程水厂建设现场"),
    ("cu02", "老龙潭景区提升改造项目", "project", "县文化旅游广电局关于老龙潭景区提升改造项目推进情况"),
    ("cu02", "泾河泾源段河道综合治理工程", "engineering_work", "县水务局关于泾河泾源段河道综合治理工程"),
    ("cu02", "六盘山镇农村饮水安全巩固提升工程", "infrastructure_project", "六盘山镇农村饮水安全巩固提升工程建设情况"),
    ("cu03", "头营镇高标准农田建设项目", "project", "头营镇高标准农田建设项目现场"),
    ("cu03", "年产5万吨马铃薯全粉加工项目", "project", "先后察看年产5万吨马铃薯全粉加工项目"),
    ("cu03", "固原经开区标准化厂房二期项目", "project", "固原经开区标准化厂房二期项目建设情况"),
    ("cu03", "清水河城市段生态修复工程", "greening_project", "白志宏介绍了清水河城市段生态修复工程"),
    ("cu04", "高沙窝镇200兆瓦光伏治沙项目", "project", "实地观摩了高沙窝镇200兆瓦光伏治沙项目"),
    ("cu04", "盐池滩羊肉精深加工产业园", "industrial_park", "盐池滩羊肉精深加工产业园、花马池镇"),
    ("cu04", "花马池镇城北片区棚户区改造项目", "housing_project", "在花马池镇城北片区棚户区改造项目现场"),
    ("cu04", "县城第二污水处理厂建设项目", "infrastructure_project", "县城第二污水处理厂建设项目等9个重点项目"),
    ("cu05", "黄河青铜峡段生态保护修复工程", "greening_project", "会议听取了黄河青铜峡段生态保护修复工程推进情况"),
    ("cu05", "青铜峡镁产业园", "industrial_park", "加快建设青铜峡镁产业园"),
    ("cu06", "拉法河天岗段堤防加固工程", "engineering_work", "在拉法河天岗段堤防加固工程现场"),
    ("cu06", "城区排涝泵站改造工程", "infrastructure_project", "城区排涝泵站改造工程现场"),
    ("cu07", "桦甸经济开发区新型建材产业园", "industrial_park", "桦甸经济开发区新型建材产业园已有6户企业入驻"),
    ("cu07", "年产30万吨环保建材项目", "project", "年产30万吨环保建材项目11月底前将实现试生产"),
    ("cu07", "夹皮沟镇黄金尾矿综合利用项目", "project", "夹皮沟镇黄金尾矿综合利用项目已完成设备安装调试"),
    ("cu07", "桦甸市城区集中供热管网改造工程", "infrastructure_project", "桦甸市城区集中供热管网改造工程已完成"),
    ("cu07", "红石砬子镇森林康养旅游项目", "planned_project", "要加快红石砬子镇森林康养旅游项目前期工作"),
    ("cu08", "沙海镇设施农业产业园", "industrial_park", "石国庆首先来到沙海镇设施农业产业园"),
    ("cu08", "朱碌科镇100兆瓦风电项目", "project", "在朱碌科镇100兆瓦风电项目现场"),
    ("cu08", "老哈河建平段河道治理工程", "engineering_work", "老哈河建平段河道治理工程施工现场"),
    ("cu09", "大凌河凌源段防洪治理工程", "engineering_work", "在大凌河凌源段防洪治理工程现场"),
    ("cu10", "朱碌科镇100兆瓦风电项目", "project", "朱碌科镇100兆瓦风电项目全容量并网发电"),
    ("cu10", "建平县肉牛屠宰及精深加工项目", "project", "建平县肉牛屠宰及精深加工项目建成投产"),
    ("cu10", "叶柏寿街道城市更新项目", "project", "要紧盯叶柏寿街道城市更新项目"),
    ("cu10", "建平县储能电站项目", "project", "建平县储能电站项目等重点项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cu01", "古城镇", "town", "standalone", "深入古城镇、红河镇和白阳镇"),
    ("cu01", "红河镇", "town", "standalone", "深入古城镇、红河镇和白阳镇"),
    ("cu01", "白阳镇", "town", "standalone", "深入古城镇、红河镇和白阳镇"),
    ("cu01", "彭阳", "county", "standalone", "肉牛产业是彭阳的主导产业"),
    ("cu01", "彭阳县", "county", "in_project_name", "彭阳县茹河生态治理工程红河段"),
    ("cu01", "茹河", "river", "standalone", "茹河是全县的“母亲河”"),
    ("cu02", "固原市", "prefecture_city", "standalone", "传达学习自治区、固原市有关会议精神"),
    ("cu02", "泾源", "county", "standalone", "旅游是泾源的第一产业"),
    ("cu02", "老龙潭", "scenic_area", "in_project_name", "县文化旅游广电局关于老龙潭景区提升改造项目推进情况"),
    ("cu02", "泾河", "river", "in_project_name", "县水务局关于泾河泾源段河道综合治理工程"),
    ("cu02", "泾河源镇", "town", "standalone", "会同泾河源镇、六盘山镇加强施工现场监管"),
    ("cu02", "六盘山镇", "town", "standalone", "会同泾河源镇、六盘山镇加强施工现场监管"),
    ("cu02", "香水镇", "town", "standalone", "香水镇、黄花乡要做好肉牛饲草储备"),
    ("cu02", "黄花乡", "township", "standalone", "香水镇、黄花乡要做好肉牛饲草储备"),
    ("cu03", "原州区", "district", "standalone", "市长贺正东到原州区调研"),
    ("cu03", "头营镇", "town", "in_project_name", "头营镇高标准农田建设项目现场"),
    ("cu03", "三营镇", "town", "standalone", "在三营镇冷凉蔬菜育苗基地"),
    ("cu03", "固原经济技术开发区", "development_zone", "standalone", "贺正东来到固原经济技术开发区"),
    ("cu03", "固原经开区", "development_zone", "in_project_name", "固原经开区标准化厂房二期项目建设情况"),
    ("cu03", "清水河", "river", "in_project_name", "白志宏介绍了清水河城市段生态修复工程"),
    ("cu04", "盐池工业园区", "development_zone", "standalone", "观摩团一行先后来到盐池工业园区"),
    ("cu04", "高沙窝镇", "town", "standalone", "来到盐池工业园区、高沙窝镇、花马池镇和惠安堡镇"),
    ("cu04", "花马池镇", "town", "standalone", "来到盐池工业园区、高沙窝镇、花马池镇和惠安堡镇"),
    ("cu04", "惠安堡镇", "town", "standalone", "来到盐池工业园区、高沙窝镇、花马池镇和惠安堡镇"),
    ("cu04", "盐池", "county", "standalone", "推动盐池县域经济高质量发展"),
    ("cu05", "青铜峡", "county_city", "standalone", "青铜峡因黄河而得名"),
    ("cu05", "黄河", "river", "standalone", "青铜峡因黄河而得名"),
    ("cu05", "唐徕渠", "canal", "standalone", "唐徕渠、汉延渠沿线环境整治"),
    ("cu05", "汉延渠", "canal", "standalone", "唐徕渠、汉延渠沿线环境整治"),
    ("cu05", "叶盛镇", "town", "standalone", "重点抓好叶盛镇、瞿靖镇黄河滩区防护林"),
    ("cu05", "瞿靖镇", "town", "standalone", "重点抓好叶盛镇、瞿靖镇黄河滩区防护林"),
    ("cu05", "峡口镇", "town", "standalone", "峡口镇贺兰山东麓生态廊道"),
    ("cu05", "贺兰山", "mountain", "standalone", "峡口镇贺兰山东麓生态廊道"),
    ("cu06", "拉法河", "river", "standalone", "拉法河是穿越我市的重要河流"),
    ("cu06", "天岗镇", "town", "standalone", "天岗镇山洪灾害危险区"),
    ("cu06", "新站镇", "town", "standalone", "新站镇庆岭水库"),
    ("cu06", "庆岭水库", "reservoir", "standalone", "新站镇庆岭水库"),
    ("cu07", "桦甸经济开发区", "development_zone", "in_project_name", "桦甸经济开发区新型建材产业园已有6户企业入驻"),
    ("cu07", "经济开发区", "development_zone", "in_title", _ZOU07),
    ("cu07", "夹皮沟镇", "town", "standalone", "夹皮沟镇、红石砬子镇和市住房和城乡建设局负责同志"),
    ("cu07", "红石砬子镇", "town", "standalone", "夹皮沟镇、红石砬子镇和市住房和城乡建设局负责同志"),
    ("cu07", "桦甸市", "county_city", "in_project_name", "桦甸市城区集中供热管网改造工程已完成"),
    ("cu08", "沙海镇", "town", "standalone", _SHI08),
    ("cu08", "朱碌科镇", "town", "in_project_name", "在朱碌科镇100兆瓦风电项目现场"),
    ("cu08", "老哈河", "river", "in_project_name", "老哈河建平段河道治理工程施工现场"),
    ("cu08", "建平", "county", "in_project_name", "老哈河建平段河道治理工程施工现场"),
    ("cu09", "朝阳市", "prefecture_city", "in_title", "朝阳市副市长钟立明带领"),
    ("cu09", "凌源市", "county_city", "standalone", "钟立明对凌源市安全生产"),
    ("cu09", "宋杖子镇", "town", "standalone", "首先来到宋杖子镇一处非煤矿山"),
    ("cu09", "大凌河", "river", "in_project_name", "在大凌河凌源段防洪治理工程现场"),
    ("cu09", "刀尔登镇", "town", "standalone", "随后，检查组来到刀尔登镇"),
    ("cu09", "青龙河", "river", "standalone", "大凌河、青龙河沿线堤防"),
    ("cu10", "建平", "county", "standalone", "建平召开重点项目建设推进会"),
    ("cu10", "建平县", "county", "standalone", "3月5日，建平县召开2025年重点项目建设推进会"),
    ("cu10", "朱碌科镇", "town", "standalone", "朱碌科镇、叶柏寿街道作了交流发言"),
    ("cu10", "叶柏寿街道", "street", "standalone", "朱碌科镇、叶柏寿街道作了交流发言"),
    ("cu10", "北票", "county_city", "standalone", "北票：森林草原防火检查不放松"),
    ("cu10", "北票市", "county_city", "standalone", "北票市今年共设立森林草原防火检查站"),
    ("cu10", "大板镇", "town", "standalone", "先后来到大板镇、宝国老镇"),
    ("cu10", "宝国老镇", "town", "standalone", "先后来到大板镇、宝国老镇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cu", conventions="set cu (blind set: ordinary county, county-level-city and city-paper news pages from the provinces least represented in the corpus — 宁夏 固原 (彭阳县, 泾源县, 原州区 with 固原经济技术开发区) and 吴忠 (盐池县 with 盐池工业园区, 青铜峡市), 吉林 吉林市 (蛟河市, 桦甸市 with its 经济开发区), 辽宁 朝阳 (建平县, 凌源市, 北票市, the 朝阳日报): county and county-level-city government sites, county 融媒体 pages, a city 新闻网, the 固原日报 第01版 and the 朝阳日报 第02版 (two county items); 调研 / 检查 / 督导检查 inspections, a 县政府常务会议, a 市委常委会, 推进会, a 观摩 with its 点评会, a 现场办公会 and a 专题会议; a prefecture 市长 and a prefecture 副市长 visiting a district / county-level city (visitor and host posts); bare organs take the site's place (市委 on a county-level city's site is that city's), a county's zone takes the prefecture city (吴忠盐池工业园区管委会, 吉林桦甸经济开发区党工委), towns take their county; 列席 persons are attendees; 撰稿 / 作者 / 供稿 names are author credits, 编辑 / 审核 / 校对 / 美编 editors; side lists, 《》 document titles, stamp lines and footers are not annotated)",
          persons_note="Set cu persons. id = corpus-wide person_id (cu:田文军#1 盐池县委常委、常务副县长 (宁夏 吴忠, 2019) and cu:田文军#2 凌源市应急管理局局长 (辽宁 朝阳, 2024) are two people; cu:海志强 彭阳县副县长 2021 → 泾源县委副书记、县长 2023 (both 固原); cu:石国庆 建平县委副书记、县长 2022 → 建平县委书记 2025; cu:吕长江 建平县委常委、常务副县长 2022 → 建平县委副书记、县长 2025)")


if __name__ == "__main__":
    main()
