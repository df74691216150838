"""Write gold part ``bu`` (a blind set: 省直管 county-level units whose parent is the province, not a prefecture city) from
the tables below.

Pages ``tests/dev/texts/bu*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 仙桃 city portal cnxiantao.com (``首页 > 2025年仙桃新闻``,
``发布时间:2025年12月17日 来源:仙桃日报``, ``市委副书记、市长…主持召开市政府工作例会暨市政府常务会议``); the 荆楚仙桃 site
jrxiantao.com (``荆楚仙桃 >> 首页 >> 仙桃要闻 >> 查看内容``, ``来源:仙桃日报 时间:2023-3-1``, ``市长…主持召开2023年市政府第6次
常务会议``; a 沙洋县 党政代表团 visit with ``市委常委、统战部长、市政府党组副书记…，副市长…陪同考察``); the 仙桃 台办 page on
huaxia.com (``当前位置 >> 新闻聚焦``, ``发布时间:2021-03-10``, ``（记者 张钰）来源:仙桃日报``); the 云上潜江 pages
(``云上潜江报道（潜江新闻网记者 …）``, ``03-19 11:27`` stamps without a year, ``市委书记…，市委常委、市委秘书长…，副市长…参加
活动``) and a 潜江 page of a 省考查办 调研组 (``市委常委、政法委书记、市政府党组副书记…，副市长…参与调研``); the 天门 government
site (``当前位置:首页 / 新闻中心 / 天门新闻``, ``发布时间:2025-09-02 01:28 来源:天门日报``, ``市委书记、市人大常委会主任…主持召开
市委、市政府9月份工作例会。市委副书记、市长…出席``; a 岳口镇 page ``发布时间:2022-07-06 10:59 来源:岳口镇``); the 天门日报
digital edition (``当前版:01版``, ``发布日期:2021年07月02日``, ``文章字数:964``, ``天门日报讯(全媒体记者…)``, footer ``本报
地址:天门市竟陵鸿渐路…``); the 神农架 pages (m-shennongjia.cjyun.org: ``林区党委常委、神农架国家公园管理局党委副书记、副局长…，
林区政府副区长…，房县政府副县长…出席会议``; snjxww.cn 神农架新闻网: ``林区政协主席…，党委常委、政府常务副区长…，政府副区长…
陪同调研``, ``林区党委、政府``; snjrmtzx.cn: ``神农架林区融媒体中心(记者… 通讯员…)``, ``神农架林区党委常委、林业管理局党委
书记、副总林长…``; an interview of the ``神农架林区党委书记``); the 琼海 government site (``省委书记…到琼海市调研``; ``发布日期:
2022-11-08 00:05 来源: 分享到: 微信 【字体:``); a 儋州融媒 page (``省政府副省长，儋州市委书记、洋浦经济开发区工委书记…，市委副
书记、市长…``); a 五指山 portal page (``掌上五指山``, ``本报记者… 通讯员… 摄``) and a 五指山市委书记's signed article; the 永城
page on 河南's ``10个省直管县(市)``; a 巩义 page on its 省直管县 reform (``巩义市委、市政府在被确定为省直管县后…``).
Places are real: 湖北 (仙桃市 with 彭场镇, 毛嘴镇, 郑场镇; 潜江市 with 熊口镇, 龙湾镇; 天门市 with 岳口镇, 皂市镇; 神农架林区
with 木鱼镇, 松柏镇, 红坪镇), 河南 (巩义市 with 回郭镇, 河洛镇; 兰考县 with 东坝头镇), 海南 (儋州市 with 那大镇, 白马井镇;
五指山市 with 水满乡, 通什镇).

Shapes: a city government site's 市政府常务会议 (市长 主持, 常务副市长, a 副市长 list, 市政府秘书长) (bu01); a city media-centre
portal (``仙桃网讯（记者 …）``, 编辑 / 审核, share buttons) of a 省委常委、副省长's 调研 with a 省政府副秘书长 and a 省 department's
副厅长, the city's 书记 / 市长 / 常务副市长 and a town secretary (bu02); a 云上潜江-style portal of the 市长's 调研 of two towns
(a 镇党委副书记、镇长) (bu03); the 天门日报 01版 of the 市委书记's 调研 with two town secretaries (bu04); the 神农架林区 government
site of the 林区党委书记's 调研 with a 林区政府副区长 and a 林区 department head (bu05); the 神农架 media centre of a 省委常委、
副省长's 调研 with ``林区党委副书记、林区长`` and ``林区党委常委、政府常务副区长``, and the 座谈会 after it (bu06); a 河南 省直管
city's site of a 省委常委、常务副省长's 调研 (bu07); a 河南 省直管县's site of a 副省长's 调研 with the 开封 副市长 (bu08); the
儋州 government site of a 市长办公会议 (bu09); a 五指山 portal of a 海南 省委常委、副省长's 调研 (bu10).

Identity cases:
- bu:聂文琪 rises and moves between two 省直管 cities: 仙桃市政府 副市长 (bu01, Mar 2022); 仙桃市委常委、常务副市长 (bu02,
  May 2023); 潜江市委副书记、市长 (bu03, Apr 2024).
- bu:向红梅: 神农架林区政府 副区长 (bu05, Jul 2021) → 林区党委常委、政府常务副区长 (bu06, Sept 2023).
- bu:霍立新 moves between two 河南 省直管 units: 巩义市委副书记、市长 (bu07, May 2021) → 兰考县委书记 (bu08, Oct 2023).
- bu:吴家雄 moves between two 海南 cities: 儋州市委常委、常务副市长 (bu09, June 2022) → 五指山市委副书记、市长 (bu10, Mar 2024).
- the same people in two pages: bu:谭立川 (湖北省委常委、副省长, bu02 and bu06), bu:胡立恒 (仙桃市长, bu01 and bu02), bu:曹景山
  (林区党委书记, bu05 and bu06).
- two different 钟永年 in unrelated places with the same title words: bu:钟永年#1 天门市皂市镇党委书记 (湖北, bu04, 2022);
  bu:钟永年#2 五指山市水满乡党委书记 (海南, bu10, 2024).
- one organ name in several places: bare ``省委常委、副省长`` / ``省委常委、常务副省长`` / ``副省长`` / ``省政府副秘书长`` / ``省林业局``
  are 湖北's (bu02, bu06), 河南's (bu07, bu08) and 海南's (bu10); bare ``市委`` / ``市政府`` / ``市委副书记、市长`` are 仙桃's,
  潜江's, 天门's, 巩义's, 儋州's and 五指山's on their pages; ``镇党委书记`` is the town's named just before it.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, j where they speak; decided here where they are silent):
- DECIDED HERE (省直管): a 省直管 county-level unit has no prefecture above it; a bare ``市委`` / ``市政府`` / ``市长`` / ``市X局``
  on its pages is the unit itself (``仙桃市委``, ``潜江市政府``, ``天门市委``, ``巩义市委``, ``儋州市政府``, ``五指山市委``), never a
  prefecture; a bare ``县委`` / ``县长`` on the 兰考 page is 兰考县's. Bare ``省委`` / ``省政府`` / ``副省长`` / ``省X厅`` / ``省X局``
  take the unit's province: 湖北省 for 仙桃, 潜江, 天门, 神农架; 河南省 for 巩义, 兰考; 海南省 for 儋州, 五指山.
  ``省委常委、副省长X`` → X省委 常委 + X省政府 副省长 (as ae / ag); ``省政府副秘书长`` → X省政府 副秘书长; ``省林业局局长`` →
  湖北省林业局 局长 (海南省林业局 in bu10).
- 兰考县 is 省直管 but 开封 keeps its party matters; ``开封市副市长祝庆丰`` (written with its city) → 开封市政府 副市长.
- DECIDED HERE (林区): the place label is ``神农架林区``; its party committee (written ``林区党委``) is label + 委 =
  ``神农架林区委`` (as bs builds X地区委); its government (``林区政府``, ``政府`` after ``林区党委常委、``) is ``神农架林区政府``;
  ``林区长`` is the 林区's 区长: org 神农架林区政府, title ``区长`` (the 林区 short form and 区长 run together); departments as
  written after the label (``林区文化和旅游局`` → 神农架林区文化和旅游局). Bare ``林区`` (the page's own 林区, unnamed) is no place.
- Towns: county-level label + name (``仙桃市彭场镇``, ``神农架林区木鱼镇``, ``五指山市水满乡``); ``镇党委书记`` right after
  ``在X镇，`` is that town's (``仙桃市彭场镇党委`` 书记); ``镇党委副书记、镇长`` → town 党委 副书记 + town 政府 镇长; ``乡党委书记``
  → the 乡's 党委.
- ``市委常委、市委秘书长`` → X市委 常委 + X市委 秘书长; ``市政府秘书长`` → X市政府 秘书长.
- One line per post per article; a list after one title gives every name that title (``副市长熊佩兰、聂文琪、郭少东``).
- Events: every 调研 is an ``inspection`` (leader; 参加 / 陪同 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排
  speakers); the 座谈会 after the 调研 (bu06) is its own meeting (as bs / ak); the 市政府常务会议 (bu01) and 市长办公会议 (bu09)
  are meetings (chair 主持, 出席 attendees, 通报 / 汇报 / 强调 / 要求 / 作了部署 speakers).
- Bylines: ``仙桃网讯（记者 …）``, ``云上潜江报道（记者 … 通讯员 …）``, ``天门日报讯（全媒体记者 …）``, ``神农架林区融媒体中心（记者 …
  通讯员 …）``, ``五指山讯（融媒体记者 … 通讯员 …）`` and ``（兰考县融媒体中心 记者 …）`` are reporter / correspondent lines;
  编辑 / 责任编辑 / 审核 are editor lines.
- Projects are works inspected, reported or to be pushed: 产业园 (and its 二期 / 三期) ``industrial_park``; 堤防加固 ``engineering_work``;
  码头 / 供水 / 污水管网 / 雨污分流 / 渔港 works ``infrastructure_project``; a 物流园 ``logistics_hub``; 生态廊道 / 湿地修复 / 河道
  综合治理 / 滩区综合治理 ``greening_project``; a 示范基地, a 遗址保护展示工程, a 游客集散中心改造, a 滑雪场改扩建 and a 乡村振兴
  示范区 ``project``. ``虾稻共作`` 基地 in general, ``六水共治`` (a campaign) and brands (潜江龙虾, 五指山红茶) are no projects.
- Places: one line per name per file, as written; kind ``county_level_city`` for 仙桃 / 潜江 / 天门 / 巩义 / 五指山 (also written
  without 市), ``city`` for 儋州 (prefecture-level, no districts), ``county`` for 兰考; DECIDED HERE kind ``forest_district`` for
  神农架林区 (written ``神农架`` too). Places inside organ references and project names count (``熊口`` and ``岳口`` in project
  names are annotated as towns, as bs annotates ``加格达奇``); site lines, mastheads, 来源 lines, footers and addresses (``天门市竟陵
  鸿渐路``), 上一篇 / 下一篇 and 相关 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HB, HN, HAI = "湖北省", "河南省", "海南省"
XT, QJ, TM, SNJ, GY, LK, DZ, WZS = "仙桃市", "潜江市", "天门市", "神农架林区", "巩义市", "兰考县", "儋州市", "五指山市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bu01_xiantao.txt": (2022, "发布时间：2022-03-09 17:36", XT, [
        ("胡立恒主持召开市政府2022年第5次常务会议", "3月8日", "2022-03-08", "3月8日，市委副书记",
         "city government site: 市政府常务会议 (市长 主持, 常务副市长, 副市长 list, 市政府秘书长); 聂文琪 副市长")]),
    "bu02_xiantao.txt": (2023, "2023-05-19 08:45", XT, [
        ("谭立川来仙桃调研制造业高质量发展和防汛备汛工作", "5月18日", "2023-05-18", "仙桃网讯（记者 郑雨欣）5月18日",
         "city media-centre portal: a 湖北 省委常委、副省长's 调研 with 省政府副秘书长 and a 副厅长; 聂文琪 now 市委常委、常务副市长; 彭场镇党委书记")]),
    "bu03_qianjiang.txt": (2024, "2024-04-12 10:21", QJ, [
        ("聂文琪到熊口镇、龙湾镇调研乡村振兴和重点项目建设", "4月11日", "2024-04-11", "云上潜江报道（记者 黄思语",
         "云上潜江 portal: the 市长 (聂文琪, formerly of 仙桃) 调研 of two towns; 镇党委书记, 镇党委副书记、镇长")]),
    "bu04_tianmen.txt": (2022, "发布日期：2022年08月17日", TM, [
        ("倪国华在岳口镇、皂市镇调研时强调", "8月16日", "2022-08-16", "天门日报讯（全媒体记者 吴佳慧）8月16日",
         "天门日报 01版: the 市委书记's 调研 of two towns with 市委常委、副市长 and 市委常委、市委秘书长; 钟永年#1")]),
    "bu05_shennongjia.txt": (2021, "发布时间：2021-07-23 16:12", SNJ, [
        ("曹景山在木鱼镇调研旅游旺季服务保障工作", "7月22日", "2021-07-22", "7月22日，林区党委书记",
         "林区 government site: the 林区党委书记's 调研 in 木鱼镇 with 林区政府副区长 向红梅 and a 林区 department head")]),
    "bu06_shennongjia.txt": (2023, "2023-09-14 09:30:26", SNJ, [
        ("谭立川在神农架调研时强调", "9月12日至13日", "2023-09-12", "神农架林区融媒体中心（记者 唐晓玲",
         "林区 media centre: the 湖北 副省长's 调研 and 座谈会; 林区党委副书记、林区长; 向红梅 now 林区党委常委、政府常务副区长")]),
    "bu07_gongyi.txt": (2021, "发布时间：2021-05-27 18:04", GY, [
        ("甘振海到巩义调研铝精深加工产业和黄河生态保护工作", "5月26日", "2021-05-26", "5月26日，省委常委、常务副省长",
         "河南 省直管 city site: a 省委常委、常务副省长's 调研; 霍立新 市委副书记、市长; 回郭镇党委书记")]),
    "bu08_lankao.txt": (2023, "发布时间：2023-10-20 10:15", LK, [
        ("宁雪华到兰考调研黄河滩区乡村振兴和家居产业发展", "10月19日", "2023-10-19", "10月19日，副省长宁雪华",
         "河南 省直管县 site: a 副省长's 调研 with a 开封 副市长; 霍立新 now 县委书记; 东坝头镇党委书记")]),
    "bu09_danzhou.txt": (2022, "发布日期：2022-06-30 19:20", DZ, [
        ("陈学锋主持召开市长办公会议 研究那大城区品质提升等工作", "6月29日下午", "2022-06-29", "6月29日下午，市委副书记",
         "海南 city government site: 市长办公会议; 吴家雄 市委常委、常务副市长; town secretary and 镇长 report")]),
    "bu10_wuzhishan.txt": (2024, "2024年03月22日 09:12", WZS, [
        ("陶宏宇到五指山调研热带雨林国家公园建设和乡村振兴工作", "3月21日", "2024-03-21", "五指山讯（融媒体记者 王海宁",
         "五指山 portal: a 海南 省委常委、副省长's 调研; 吴家雄 now 市委副书记、市长; 水满乡党委书记 钟永年#2")]),
}

_BU01_VICE = "副市长熊佩兰、聂文琪、郭少东"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湖北省
    "bu:谭立川": ("谭立川", "external_official", HB, [
        ("bu02", "湖北省委", "常委", "省委常委、副省长谭立川来我市调研", "2023-05; DECIDED HERE: bare 省委 on a 省直管 city's page = its province"),
        ("bu02", "湖北省政府", "副省长", "省委常委、副省长谭立川来我市调研", None),
        ("bu06", "湖北省委", "常委", "省委常委、副省长谭立川到神农架林区调研", "2023-09: the same posts, in the 林区"),
        ("bu06", "湖北省政府", "副省长", "省委常委、副省长谭立川到神农架林区调研", None)], []),
    "bu:龚德全": ("龚德全", "external_official", HB, [
        ("bu02", "湖北省政府", "副秘书长", "省政府副秘书长龚德全", None)], []),
    "bu:卢振邦": ("卢振邦", "external_official", HB, [
        ("bu02", "湖北省经济和信息化厅", "副厅长", "省经济和信息化厅副厅长卢振邦", None)], []),
    "bu:严继东": ("严继东", "external_official", HB, [
        ("bu06", "湖北省林业局", "局长", "省林业局局长严继东", None)], []),
    "bu:付雅文": ("付雅文", "external_official", HB, [
        ("bu06", "湖北省文化和旅游厅", "副厅长", "省文化和旅游厅副厅长付雅文", None)], []),
    # ---- 仙桃
    "bu:胡立恒": ("胡立恒", "official", XT, [
        ("bu01", "仙桃市委", "副书记", "市委副书记、市长胡立恒主持召开", "2022-03; bare 市委 on the 仙桃 site = 仙桃市 (no prefecture above it)"),
        ("bu01", "仙桃市政府", "市长", "市委副书记、市长胡立恒主持召开", None),
        ("bu02", "仙桃市委", "副书记", "市委副书记、市长胡立恒", "2023-05"),
        ("bu02", "仙桃市政府", "市长", "市委副书记、市长胡立恒", None)], []),
    "bu:涂建林": ("涂建林", "official", XT, [
        ("bu01", "仙桃市政府", "常务副市长", "常务副市长涂建林", None)], []),
    "bu:熊佩兰": ("熊佩兰", "official", XT, [
        ("bu01", "仙桃市政府", "副市长", _BU01_VICE, "list after one title")], []),
    "bu:聂文琪": ("聂文琪", "official", "湖北省", [
        ("bu01", "仙桃市政府", "副市长", _BU01_VICE, "2022-03 (identity case: 仙桃 常务副市长 2023, 潜江市长 2024)"),
        ("bu02", "仙桃市委", "常委", "市委常委、常务副市长聂文琪", "2023-05: now 常委 and 常务副市长"),
        ("bu02", "仙桃市政府", "常务副市长", "市委常委、常务副市长聂文琪", None),
        ("bu03", "潜江市委", "副书记", "市委副书记、市长聂文琪", "2024-04: now in 潜江 (bare 市委 on the 潜江 portal = 潜江市)"),
        ("bu03", "潜江市政府", "市长", "市委副书记、市长聂文琪", None)], []),
    "bu:郭少东": ("郭少东", "official", XT, [
        ("bu01", "仙桃市政府", "副市长", _BU01_VICE, None)], []),
    "bu:万俊豪": ("万俊豪", "official", XT, [
        ("bu01", "仙桃市政府", "秘书长", "市政府秘书长万俊豪", None)], []),
    "bu:彭振宇": ("彭振宇", "official", XT, [
        ("bu02", "仙桃市委", "书记", "市委书记彭振宇", None)], []),
    "bu:肖海波": ("肖海波", "official", XT, [
        ("bu02", "仙桃市彭场镇党委", "书记", "在彭场镇，镇党委书记肖海波", "town of the 省直管 city")], []),
    # ---- 潜江
    "bu:周新民": ("周新民", "official", QJ, [
        ("bu03", "潜江市政府", "副市长", "副市长周新民", None)], []),
    "bu:吕一航": ("吕一航", "official", QJ, [
        ("bu03", "潜江市政府", "秘书长", "市政府秘书长吕一航", None)], []),
    "bu:黎守航": ("黎守航", "official", QJ, [
        ("bu03", "潜江市熊口镇党委", "书记", "镇党委书记黎守航", "after ``在熊口镇``")], []),
    "bu:鄢小红": ("鄢小红", "official", QJ, [
        ("bu03", "潜江市龙湾镇党委", "副书记", "镇党委副书记、镇长鄢小红", "after ``在龙湾镇``"),
        ("bu03", "潜江市龙湾镇政府", "镇长", "镇党委副书记、镇长鄢小红", None)], []),
    # ---- 天门
    "bu:倪国华": ("倪国华", "official", TM, [
        ("bu04", "天门市委", "书记", "市委书记倪国华到岳口镇、皂市镇调研", "named in the headline too")], []),
    "bu:杨晓峰": ("杨晓峰", "official", TM, [
        ("bu04", "天门市委", "常委", "市委常委、副市长杨晓峰", None),
        ("bu04", "天门市政府", "副市长", "市委常委、副市长杨晓峰", None)], []),
    "bu:程立群": ("程立群", "official", TM, [
        ("bu04", "天门市委", "常委", "市委常委、市委秘书长程立群", None),
        ("bu04", "天门市委", "秘书长", "市委常委、市委秘书长程立群", None)], []),
    "bu:蒋卫平": ("蒋卫平", "official", TM, [
        ("bu04", "天门市岳口镇党委", "书记", "镇党委书记蒋卫平汇报了", "after ``在岳口镇``")], []),
    "bu:钟永年#1": ("钟永年", "official", TM, [
        ("bu04", "天门市皂市镇党委", "书记", "镇党委书记钟永年介绍了", "天门 (湖北), 2022; not the 钟永年 of 五指山 (bu10)")], []),
    # ---- 神农架林区
    "bu:曹景山": ("曹景山", "official", SNJ, [
        ("bu05", "神农架林区委", "书记", "林区党委书记曹景山到木鱼镇调研", "2021-07; DECIDED HERE: 林区党委 → 神农架林区委"),
        ("bu06", "神农架林区委", "书记", "林区党委书记曹景山", "2023-09")], []),
    "bu:向红梅": ("向红梅", "official", SNJ, [
        ("bu05", "神农架林区政府", "副区长", "林区政府副区长向红梅", "2021-07 (identity case: 常务副区长 in 2023, bu06)"),
        ("bu06", "神农架林区委", "常委", "林区党委常委、政府常务副区长向红梅", "2023-09: now 林区党委常委"),
        ("bu06", "神农架林区政府", "常务副区长", "林区党委常委、政府常务副区长向红梅", "bare 政府 after 林区党委常委 = 林区政府")], []),
    "bu:舒建勇": ("舒建勇", "official", SNJ, [
        ("bu05", "神农架林区文化和旅游局", "局长", "林区文化和旅游局局长舒建勇", None)], []),
    "bu:谢文斌": ("谢文斌", "official", SNJ, [
        ("bu05", "神农架林区木鱼镇党委", "书记", "木鱼镇党委书记谢文斌", None)], []),
    "bu:廖志刚": ("廖志刚", "official", SNJ, [
        ("bu06", "神农架林区委", "副书记", "林区党委副书记、林区长廖志刚", None),
        ("bu06", "神农架林区政府", "区长", "林区党委副书记、林区长廖志刚", "DECIDED HERE: 林区长 = the 林区政府's 区长")], []),
    "bu:陶永清": ("陶永清", "official", SNJ, [
        ("bu06", "神农架林区松柏镇党委", "书记", "在松柏镇，镇党委书记陶永清", None)], []),
    # ---- 河南省
    "bu:甘振海": ("甘振海", "external_official", HN, [
        ("bu07", "河南省委", "常委", "省委常委、常务副省长甘振海到巩义市调研", "bare 省委 on the 巩义 site = 河南省委"),
        ("bu07", "河南省政府", "常务副省长", "省委常委、常务副省长甘振海到巩义市调研", None)], []),
    "bu:戴明轩": ("戴明轩", "external_official", HN, [
        ("bu07", "河南省政府", "副秘书长", "省政府副秘书长戴明轩", None)], []),
    "bu:葛宏图": ("葛宏图", "external_official", HN, [
        ("bu07", "河南省工业和信息化厅", "厅长", "省工业和信息化厅厅长葛宏图", None)], []),
    "bu:宁雪华": ("宁雪华", "external_official", HN, [
        ("bu08", "河南省政府", "副省长", "副省长宁雪华到我县调研", "bare 副省长 on the 兰考 site = 河南's")], []),
    "bu:魏国强": ("魏国强", "external_official", HN, [
        ("bu08", "河南省农业农村厅", "副厅长", "省农业农村厅副厅长魏国强", None)], []),
    "bu:祝庆丰": ("祝庆丰", "external_official", "开封市", [
        ("bu08", "开封市政府", "副市长", "开封市副市长祝庆丰", "written with its city")], []),
    # ---- 巩义 / 兰考
    "bu:牛建军": ("牛建军", "official", GY, [
        ("bu07", "巩义市委", "书记", "市委书记牛建军", None)], []),
    "bu:霍立新": ("霍立新", "official", HN, [
        ("bu07", "巩义市委", "副书记", "市委副书记、市长霍立新", "2021-05 (identity case: 兰考县委书记 in 2023, bu08)"),
        ("bu07", "巩义市政府", "市长", "市委副书记、市长霍立新", None),
        ("bu08", "兰考县委", "书记", "县委书记霍立新", "2023-10: bare 县委 on the 兰考 site")], []),
    "bu:孙丽萍": ("孙丽萍", "official", GY, [
        ("bu07", "巩义市回郭镇党委", "书记", "在回郭镇，镇党委书记孙丽萍", None)], []),
    "bu:史文博": ("史文博", "official", LK, [
        ("bu08", "兰考县委", "副书记", "县委副书记、县长史文博", None),
        ("bu08", "兰考县政府", "县长", "县委副书记、县长史文博", None)], []),
    "bu:薛红军": ("薛红军", "official", LK, [
        ("bu08", "兰考县东坝头镇党委", "书记", "在东坝头镇，镇党委书记薛红军", None)], []),
    # ---- 海南省
    "bu:陈学锋": ("陈学锋", "official", DZ, [
        ("bu09", "儋州市委", "副书记", "市委副书记、市长陈学锋主持召开", None),
        ("bu09", "儋州市政府", "市长", "市委副书记、市长陈学锋主持召开", None)], []),
    "bu:吴家雄": ("吴家雄", "official", HAI, [
        ("bu09", "儋州市委", "常委", "市委常委、常务副市长吴家雄", "2022-06 (identity case: 五指山市长 in 2024, bu10)"),
        ("bu09", "儋州市政府", "常务副市长", "市委常委、常务副市长吴家雄", None),
        ("bu10", "五指山市委", "副书记", "市委副书记、市长吴家雄", "2024-03: now in 五指山"),
        ("bu10", "五指山市政府", "市长", "市委副书记、市长吴家雄", None)], []),
    "bu:符秀琼": ("符秀琼", "official", DZ, [
        ("bu09", "儋州市政府", "副市长", "副市长符秀琼", None)], []),
    "bu:王泽宏": ("王泽宏", "official", DZ, [
        ("bu09", "儋州市那大镇党委", "书记", "那大镇党委书记王泽宏", None)], []),
    "bu:羊春燕": ("羊春燕", "official", DZ, [
        ("bu09", "儋州市白马井镇党委", "副书记", "白马井镇党委副书记、镇长羊春燕", None),
        ("bu09", "儋州市白马井镇政府", "镇长", "白马井镇党委副书记、镇长羊春燕", None)], []),
    "bu:陶宏宇": ("陶宏宇", "external_official", HAI, [
        ("bu10", "海南省委", "常委", "省委常委、副省长陶宏宇到五指山市调研", "bare 省委 on the 五指山 page = 海南省委"),
        ("bu10", "海南省政府", "副省长", "省委常委、副省长陶宏宇到五指山市调研", None)], []),
    "bu:邢宏达": ("邢宏达", "external_official", HAI, [
        ("bu10", "海南省林业局", "副局长", "省林业局副局长邢宏达", "省林业局 = 海南's here, 湖北's in bu06")], []),
    "bu:李斯文": ("李斯文", "official", WZS, [
        ("bu10", "五指山市委", "书记", "市委书记李斯文", None)], []),
    "bu:钟永年#2": ("钟永年", "official", WZS, [
        ("bu10", "五指山市水满乡党委", "书记", "在水满乡，乡党委书记钟永年", "五指山 (海南), 2024; not the 钟永年 of 天门 (bu04)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bu01", "刘晓燕", "责任编辑", "editor", "责任编辑：刘晓燕"),
    ("bu02", "郑雨欣", "记者", "reporter", "仙桃网讯（记者 郑雨欣）"),
    ("bu02", "陈梦婷", "编辑", "editor", "编辑：陈梦婷"),
    ("bu02", "李建华", "审核", "editor", "审核：李建华"),
    ("bu03", "黄思语", "记者", "reporter", "云上潜江报道（记者 黄思语 通讯员 蔡文杰）"),
    ("bu03", "蔡文杰", "通讯员", "correspondent", "云上潜江报道（记者 黄思语 通讯员 蔡文杰）"),
    ("bu03", "曾小燕", "责任编辑", "editor", "【责任编辑：曾小燕】"),
    ("bu04", "吴佳慧", "全媒体记者", "reporter", "天门日报讯（全媒体记者 吴佳慧）"),
    ("bu04", "何晓雯", "责任编辑", "editor", "（责任编辑：何晓雯）"),
    ("bu05", "邓雅琴", "责任编辑", "editor", "责任编辑：邓雅琴"),
    ("bu06", "唐晓玲", "记者", "reporter", "神农架林区融媒体中心（记者 唐晓玲 通讯员 柯家伟）"),
    ("bu06", "柯家伟", "通讯员", "correspondent", "神农架林区融媒体中心（记者 唐晓玲 通讯员 柯家伟）"),
    ("bu06", "王梓涵", "编辑", "editor", "编辑：王梓涵"),
    ("bu06", "聂晶", "责任编辑", "editor", "责任编辑：聂晶"),
    ("bu07", "杜晓梅", "责任编辑", "editor", "责任编辑：杜晓梅"),
    ("bu08", "贾文博", "记者", "reporter", "（兰考县融媒体中心 记者 贾文博）"),
    ("bu08", "胡玉洁", "责任编辑", "editor", "责任编辑：胡玉洁"),
    ("bu09", "李若琳", "责任编辑", "editor", "责任编辑：李若琳"),
    ("bu10", "王海宁", "融媒体记者", "reporter", "五指山讯（融媒体记者 王海宁 通讯员 黄晓丹）"),
    ("bu10", "黄晓丹", "通讯员", "correspondent", "五指山讯（融媒体记者 王海宁 通讯员 黄晓丹）"),
    ("bu10", "符小雅", "编辑", "editor", "编辑：符小雅"),
    ("bu10", "陈志明", "审核", "editor", "审核：陈志明"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("bu01", "市政府2022年第5次常务会议", "meeting (市政府常务会议)", "3月8日", "胡立恒", None, ["仙桃市政府"],
     ["涂建林", "熊佩兰", "聂文琪", "郭少东", "万俊豪"], ["聂文琪", "熊佩兰", "胡立恒", "涂建林"], None,
     "市委副书记、市长胡立恒主持召开市政府2022年第5次常务会议",
     ["市长胡立恒主持召开", "常务副市长涂建林", "副市长熊佩兰、聂文琪、郭少东", "市政府秘书长万俊豪出席会议", "聂文琪通报了",
      "熊佩兰就春季农业生产", "胡立恒强调", "涂建林就做好一季度经济运行调度"]),
    ("bu02", "仙桃制造业高质量发展和防汛备汛调研", "inspection (调研)", "5月18日", None, "谭立川", [],
     ["龚德全", "卢振邦", "彭振宇", "胡立恒", "聂文琪"], ["肖海波", "聂文琪", "谭立川", "彭振宇"], "仙桃市",
     "省委常委、副省长谭立川来我市调研制造业高质量发展和防汛备汛工作",
     ["副省长谭立川来我市调研", "省政府副秘书长龚德全", "副厅长卢振邦参加调研", "市委书记彭振宇", "市长胡立恒",
      "常务副市长聂文琪陪同调研", "镇党委书记肖海波介绍了", "聂文琪汇报了", "他指出", "彭振宇表示"]),
    ("bu03", "熊口镇、龙湾镇乡村振兴和重点项目建设调研", "inspection (调研)", "4月11日", None, "聂文琪", [],
     ["周新民", "吕一航"], ["黎守航", "鄢小红", "聂文琪", "周新民"], "熊口镇、龙湾镇",
     "市委副书记、市长聂文琪到熊口镇、龙湾镇调研乡村振兴和重点项目建设工作",
     ["市长聂文琪到熊口镇、龙湾镇调研", "副市长周新民，市政府秘书长吕一航参加调研", "镇党委书记黎守航介绍了", "镇长鄢小红汇报了",
      "聂文琪强调", "周新民就做好春耕生产"]),
    ("bu04", "岳口镇、皂市镇港口建设和产业发展调研", "inspection (调研)", "8月16日", None, "倪国华", [],
     ["杨晓峰", "程立群"], ["蒋卫平", "倪国华", "钟永年", "杨晓峰"], "岳口镇、皂市镇",
     "市委书记倪国华到岳口镇、皂市镇调研港口建设和产业发展工作",
     ["市委书记倪国华到岳口镇、皂市镇调研", "市委常委、副市长杨晓峰", "市委秘书长程立群参加调研", "镇党委书记蒋卫平汇报了",
      "倪国华指出", "镇党委书记钟永年介绍了", "倪国华要求", "杨晓峰就岳口临港物流园规划调整", "倪国华强调"]),
    ("bu05", "木鱼镇暑期旅游旺季服务保障和安全生产调研", "inspection (调研)", "7月22日", None, "曹景山", [],
     ["向红梅", "舒建勇"], ["谢文斌", "舒建勇", "曹景山", "向红梅"], "木鱼镇",
     "林区党委书记曹景山到木鱼镇调研暑期旅游旺季服务保障和安全生产工作",
     ["林区党委书记曹景山到木鱼镇调研", "林区政府副区长向红梅", "局长舒建勇陪同调研", "木鱼镇党委书记谢文斌汇报了",
      "舒建勇介绍了", "曹景山强调", "向红梅就加强景区客流预约管控"]),
    ("bu06", "神农架林区生态保护和旅游发展调研", "inspection (调研)", "9月12日至13日", None, "谭立川", [],
     ["严继东", "付雅文", "曹景山", "廖志刚", "向红梅"], ["严继东", "陶永清"], "神农架林区",
     "省委常委、副省长谭立川到神农架林区调研生态保护和旅游发展工作",
     ["副省长谭立川到神农架林区调研", "省林业局局长严继东", "副厅长付雅文参加调研", "林区党委书记曹景山",
      "林区长廖志刚", "常务副区长向红梅陪同调研", "严继东介绍了", "镇党委书记陶永清汇报了"]),
    ("bu06", "座谈会", "meeting (座谈会)", "9月12日至13日", None, None, [],
     [], ["廖志刚", "向红梅", "谭立川", "曹景山"], "神农架林区",
     "在随后召开的座谈会上，廖志刚汇报了林区经济社会发展情况",
     ["廖志刚汇报了", "向红梅介绍了", "谭立川指出", "曹景山表示"]),
    ("bu07", "巩义市铝精深加工产业和黄河流域生态保护调研", "inspection (调研)", "5月26日", None, "甘振海", [],
     ["戴明轩", "葛宏图", "牛建军", "霍立新"], ["孙丽萍", "霍立新", "甘振海", "牛建军"], "巩义市",
     "省委常委、常务副省长甘振海到巩义市调研铝精深加工产业发展和黄河流域生态保护工作",
     ["常务副省长甘振海到巩义市调研", "省政府副秘书长戴明轩", "厅长葛宏图参加调研", "市委书记牛建军",
      "市长霍立新陪同调研", "镇党委书记孙丽萍介绍了", "霍立新汇报了", "甘振海指出", "牛建军表示"]),
    ("bu08", "兰考县黄河滩区乡村振兴和家居产业发展调研", "inspection (调研)", "10月19日", None, "宁雪华", [],
     ["魏国强", "祝庆丰", "霍立新", "史文博"], ["薛红军", "史文博", "宁雪华", "霍立新"], "兰考县",
     "副省长宁雪华到我县调研黄河滩区乡村振兴和家居产业发展工作",
     ["副省长宁雪华到我县调研", "副厅长魏国强", "开封市副市长祝庆丰参加调研", "县委书记霍立新", "县长史文博陪同调研",
      "镇党委书记薛红军介绍了", "史文博汇报了", "宁雪华指出", "霍立新表示"]),
    ("bu09", "市长办公会议", "meeting (市长办公会议)", "6月29日下午", "陈学锋", None, [],
     ["吴家雄", "符秀琼"], ["王泽宏", "羊春燕", "陈学锋", "吴家雄", "符秀琼"], None,
     "市委副书记、市长陈学锋主持召开市长办公会议",
     ["市长陈学锋主持召开市长办公会议", "常务副市长吴家雄，副市长符秀琼出席会议", "那大镇党委书记王泽宏汇报了",
      "镇长羊春燕汇报了", "陈学锋强调", "吴家雄要求", "符秀琼就渔港安全生产"]),
    ("bu10", "五指山市热带雨林国家公园建设和乡村振兴调研", "inspection (调研)", "3月21日", None, "陶宏宇", [],
     ["邢宏达", "李斯文", "吴家雄"], ["钟永年", "吴家雄", "陶宏宇", "李斯文"], "五指山市",
     "省委常委、副省长陶宏宇到五指山市调研海南热带雨林国家公园建设和乡村振兴工作",
     ["副省长陶宏宇到五指山市调研", "省林业局副局长邢宏达参加调研", "市委书记李斯文", "市长吴家雄陪同调研",
      "乡党委书记钟永年介绍了", "吴家雄汇报了", "陶宏宇强调", "李斯文表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bu01", "彭场镇非织造布产业园二期", "industrial_park", "聂文琪通报了彭场镇非织造布产业园二期"),
    ("bu01", "汉江仙桃段堤防加固工程", "engineering_work", "汉江仙桃段堤防加固工程等项目推进情况"),
    ("bu02", "彭场镇非织造布产业园二期", "industrial_park", "先后来到彭场镇非织造布产业园二期"),
    ("bu02", "仙桃高新区智能终端产业园", "industrial_park", "仙桃高新区智能终端产业园和汉江仙桃段堤防加固工程现场"),
    ("bu02", "汉江仙桃段堤防加固工程", "engineering_work", "仙桃高新区智能终端产业园和汉江仙桃段堤防加固工程现场"),
    ("bu03", "熊口虾稻共作国家级示范基地", "project", "走进熊口虾稻共作国家级示范基地"),
    ("bu03", "龙湾遗址保护展示工程", "project", "察看了龙湾遗址保护展示工程"),
    ("bu03", "龙湾镇集镇污水管网改造项目", "infrastructure_project", "龙湾镇集镇污水管网改造项目"),
    ("bu04", "岳口港综合码头二期", "infrastructure_project", "登上岳口港综合码头二期施工平台"),
    ("bu04", "岳口临港物流园", "logistics_hub", "码头二期建设和岳口临港物流园招商情况"),
    ("bu04", "皂市镇食品产业园", "industrial_park", "倪国华来到皂市镇食品产业园"),
    ("bu05", "木鱼镇游客集散中心改造项目", "project", "先后来到木鱼镇游客集散中心改造项目"),
    ("bu06", "松柏镇城区供水提升工程", "infrastructure_project", "松柏镇城区供水提升工程和红坪镇滑雪场改扩建项目现场"),
    ("bu06", "红坪镇滑雪场改扩建项目", "project", "松柏镇城区供水提升工程和红坪镇滑雪场改扩建项目现场"),
    ("bu06", "大九湖湿地生态修复工程", "greening_project", "严继东介绍了大九湖湿地生态修复工程"),
    ("bu07", "回郭镇精密铝材产业园", "industrial_park", "先后来到回郭镇精密铝材产业园"),
    ("bu07", "伊洛河巩义段生态廊道工程", "greening_project", "伊洛河巩义段生态廊道工程和河洛镇黄河滩区综合治理现场"),
    ("bu07", "河洛镇黄河滩区综合治理", "greening_project", "伊洛河巩义段生态廊道工程和河洛镇黄河滩区综合治理现场"),
    ("bu08", "兰考县家居产业园三期", "industrial_park", "东坝头镇张庄村、兰考县家居产业园三期和黄河湾乡村振兴示范区"),
    ("bu08", "黄河湾乡村振兴示范区", "project", "东坝头镇张庄村、兰考县家居产业园三期和黄河湾乡村振兴示范区"),
    ("bu09", "那大镇老城区雨污分流改造工程", "infrastructure_project", "王泽宏汇报了那大镇老城区雨污分流改造工程"),
    ("bu09", "白马井中心渔港升级改造项目", "infrastructure_project", "羊春燕汇报了白马井中心渔港升级改造项目"),
    ("bu10", "五指山茶产业园", "industrial_park", "水满乡方龙村、五指山茶产业园和通什镇南圣河综合治理工程现场"),
    ("bu10", "通什镇南圣河综合治理工程", "greening_project", "水满乡方龙村、五指山茶产业园和通什镇南圣河综合治理工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bu01", "彭场镇", "town", "standalone", "彭场镇、毛嘴镇、郑场镇等重点镇"),
    ("bu01", "毛嘴镇", "town", "standalone", "彭场镇、毛嘴镇、郑场镇等重点镇"),
    ("bu01", "郑场镇", "town", "standalone", "彭场镇、毛嘴镇、郑场镇等重点镇"),
    ("bu01", "汉江", "river", "in_project_name", "汉江仙桃段堤防加固工程等项目推进情况"),
    ("bu01", "仙桃", "county_level_city", "in_project_name", "汉江仙桃段堤防加固工程等项目推进情况"),
    ("bu02", "仙桃", "county_level_city", "standalone", "仙桃作为省直管市"),
    ("bu02", "彭场镇", "town", "standalone", "在彭场镇，镇党委书记肖海波"),
    ("bu02", "仙桃高新区", "development_zone", "in_project_name", "仙桃高新区智能终端产业园和汉江仙桃段堤防加固工程现场"),
    ("bu02", "汉江", "river", "standalone", "压实汉江堤防分段责任"),
    ("bu03", "熊口镇", "town", "standalone", "在熊口镇，聂文琪走进"),
    ("bu03", "龙湾镇", "town", "standalone", "在龙湾镇，聂文琪察看了"),
    ("bu03", "熊口", "town", "in_project_name", "走进熊口虾稻共作国家级示范基地"),
    ("bu03", "龙湾遗址", "heritage_site", "in_project_name", "察看了龙湾遗址保护展示工程"),
    ("bu03", "潜江", "county_level_city", "standalone", "潜江作为省直管市"),
    ("bu04", "岳口镇", "town", "standalone", "在岳口镇，倪国华登上"),
    ("bu04", "皂市镇", "town", "standalone", "在皂市镇，倪国华来到"),
    ("bu04", "岳口港", "port", "standalone", "岳口港要加快形成"),
    ("bu04", "岳口", "town", "in_project_name", "码头二期建设和岳口临港物流园招商情况"),
    ("bu04", "汉江", "river", "standalone", "汉江是天门通江达海的黄金水道"),
    ("bu04", "天门", "county_level_city", "standalone", "汉江是天门通江达海的黄金水道"),
    ("bu05", "木鱼镇", "town", "standalone", "林区党委书记曹景山到木鱼镇调研"),
    ("bu05", "神农坛景区", "scenic_area", "standalone", "神农坛景区和官门山景区"),
    ("bu05", "官门山景区", "scenic_area", "standalone", "神农坛景区和官门山景区"),
    ("bu05", "神农架", "forest_district", "standalone", "神农架是世界自然遗产地"),
    ("bu06", "神农架林区", "forest_district", "standalone", "副省长谭立川到神农架林区调研"),
    ("bu06", "神农架", "forest_district", "standalone", "神农架生态地位特殊"),
    ("bu06", "大九湖国家湿地公园", "wetland", "standalone", "先后来到大九湖国家湿地公园"),
    ("bu06", "大九湖", "lake", "standalone", "在大九湖，严继东介绍了"),
    ("bu06", "松柏镇", "town", "standalone", "在松柏镇，镇党委书记陶永清"),
    ("bu06", "红坪镇", "town", "in_project_name", "红坪镇滑雪场改扩建项目现场"),
    ("bu06", "神农架国家公园", "nature_reserve", "standalone", "以神农架国家公园建设为引领"),
    ("bu07", "巩义市", "county_level_city", "standalone", "常务副省长甘振海到巩义市调研"),
    ("bu07", "巩义", "county_level_city", "standalone", "巩义作为省直管县（市）"),
    ("bu07", "回郭镇", "town", "standalone", "在回郭镇，镇党委书记孙丽萍"),
    ("bu07", "伊洛河", "river", "standalone", "统筹抓好伊洛河治理和滩区生态修复"),
    ("bu07", "河洛镇", "town", "in_project_name", "河洛镇黄河滩区综合治理现场"),
    ("bu07", "黄河", "river", "standalone", "扛稳黄河流域生态保护和高质量发展"),
    ("bu08", "兰考", "county", "standalone", "兰考要持续放大省直管县体制优势"),
    ("bu08", "兰考县", "county", "in_project_name", "兰考县家居产业园三期"),
    ("bu08", "东坝头镇", "town", "standalone", "在东坝头镇，镇党委书记薛红军"),
    ("bu08", "张庄村", "village", "standalone", "先后来到东坝头镇张庄村"),
    ("bu08", "黄河湾", "area", "in_project_name", "黄河湾乡村振兴示范区"),
    ("bu08", "黄河", "river", "standalone", "让黄河滩区群众过上更好生活"),
    ("bu08", "开封市", "city", "in_title", "开封市副市长祝庆丰"),
    ("bu09", "那大城区", "area", "standalone", "研究那大城区品质提升、白马井镇渔港升级改造"),
    ("bu09", "那大镇", "town", "standalone", "那大镇党委书记王泽宏"),
    ("bu09", "白马井镇", "town", "standalone", "白马井镇党委副书记、镇长羊春燕"),
    ("bu09", "白马井中心渔港", "port", "in_project_name", "羊春燕汇报了白马井中心渔港升级改造项目"),
    ("bu09", "儋州", "city", "standalone", "为儋州建设海南自由贸易港西部中心城市"),
    ("bu09", "海南自由贸易港", "free_trade_zone", "standalone", "为儋州建设海南自由贸易港西部中心城市"),
    ("bu10", "五指山市", "county_level_city", "standalone", "副省长陶宏宇到五指山市调研"),
    ("bu10", "五指山", "county_level_city", "standalone", "五指山是海南热带雨林国家公园的核心区域"),
    ("bu10", "海南热带雨林国家公园", "nature_reserve", "standalone", "五指山是海南热带雨林国家公园的核心区域"),
    ("bu10", "水满乡", "township", "standalone", "在水满乡，乡党委书记钟永年"),
    ("bu10", "方龙村", "village", "standalone", "先后来到水满乡方龙村"),
    ("bu10", "通什镇", "town", "in_project_name", "通什镇南圣河综合治理工程现场"),
    ("bu10", "南圣河", "river", "in_project_name", "通什镇南圣河综合治理工程现场"),
    ("bu10", "五指山片区", "area", "standalone", "五指山片区国家公园生态搬迁"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bu", conventions="set bu (blind set: 省直管 county-level units whose parent is the province: 湖北 仙桃市, 潜江市, 天门市, 神农架林区; 河南 省直管 巩义市, 兰考县; 海南 儋州市, 五指山市; a bare 市委 / 市政府 / 县委 is the unit itself, bare 省委 / 省政府 / 副省长 / 省X厅 the unit's province; 林区党委 → 神农架林区委, 林区政府 / 林区长 → 神农架林区政府 (区长); towns take the county-level label; one line per post per article)",
          persons_note="Set bu persons. id = corpus-wide person_id (bu:钟永年#1 of 天门市皂市镇 (湖北) and bu:钟永年#2 of 五指山市水满乡 (海南) are two people; bu:聂文琪 仙桃 副市长 2022 → 仙桃 市委常委、常务副市长 2023 → 潜江 市委副书记、市长 2024; bu:向红梅 神农架林区政府副区长 2021 → 林区党委常委、常务副区长 2023; bu:霍立新 巩义市长 2021 → 兰考县委书记 2023; bu:吴家雄 儋州 常务副市长 2022 → 五指山市长 2024)")


if __name__ == "__main__":
    main()
