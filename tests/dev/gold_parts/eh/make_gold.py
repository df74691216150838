"""Write gold part ``eh`` (a blind set: cities, a 林区 and a 示范区 directly under their province — 湖北's 潜江, 仙桃, 天门 and
神农架林区, 海南's 琼海, 文昌 and 万宁, 河南's 济源示范区 — with their own 市委 / 市政府 and no prefecture above, the bare
省 organs of visiting provincial leaders, their towns and their 管理区 / 原种场 / 渔场 / 农场 units) from the tables below.

Pages ``tests/dev/texts/eh*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 潜江市民政局 page of a 省民政厅 调研 (``日期:2020-11-24 14:05来源:潜江市民政局``,
``潜江市市政府副市长…，市政府副市长…陪同调研``); the 云上潜江 page of a 黄陂区 考察团 (``03-19 11:27`` stamp, ``云上潜江报道``,
``市委书记…，市人大常委会主任…，市委常委、市委秘书长…，副市长…参加活动``, the visit to ``后湖管理区莫岭广场``) and its page on
the 周矶管理区 节后收心会 (``云上潜江报道（通讯员 …）``, ``管理区领导带队``); the 天门 government site's 在线访谈 with the ``蒋湖
农场党委副书记、场长`` and the 天门电视台 page on 蒋湖农场 (``天门电视台报道（记者 …）``); the 仙桃日报 page of the 市委书记's
and 市长's 调研 of 张沟镇 and 西流河镇 (``发布时间:2024年03月21日 来源:仙桃日报``, ``市委书记…，市委副书记、市长…来到``); the
济源网 (jyrb.cn) pages (``济源网讯（记者 …）``, ``示范区管委会委员、副市长…带队``, ``示范区党工委书记、市委书记…主持召开示范区
党工委委员会议``, the 观摩 of ``沁园街道…五龙口镇、梨林镇、克井镇``), a 大象新闻 page on 济源's ``承留镇党委副书记、镇长`` and
``轵城镇党委书记`` (``在济源示范区党工委、管委会的正确领导下``), the jiyuan.gov.cn 视察 page (``当前位置: 首页 > 政务要闻``,
``来源:济源日报 作者:… 时间:2023-12-08 09:20``, ``示范区管委会主任、市长…陪同视察``, ``扫一扫``); the 琼海 government site (``发布
日期:2022-11-08 00:05 来源: 分享到: 微信 【字体:``; the 海南日报 report of the 省委书记's 调研 in 博鳌镇); the 万宁 government
site's 暗访 page (``记者:…``, ``版权所有©万宁市人民政府网站 主办单位:… 技术支持:…``); the 东方 site's 市政府常务会议 page; a
文昌 page of a new ``铺前镇党委委员、书记`` and a 美篇 page of the 文昌 人大 visit to the ``海垦东路农场公司``; the 神农架新闻网 page
of a 门头沟 visit (``林区政协主席…，党委常委、政府常务副区长…，政府副区长…陪同调研``) and a 神农架融媒体中心 page (``林区党委书记、
人大常委会主任…，党委副书记、政府区长…``). No page or sentence was copied. Places are real: 湖北 潜江市 (后湖管理区, 熊口管理区,
周矶管理区, 龙湾镇, 浩口镇, 东荆河), 仙桃市 (沙湖原种场, 五湖渔场, 沔城回族镇), 天门市 (蒋湖农场, 白茅湖农场, 多宝镇), 神农架林区
(红坪镇, 九湖镇, 大九湖); 海南 琼海市 (博鳌镇, 万泉镇, 潭门镇), 文昌市 (铺前镇, 东路镇, 东路农场), 万宁市 (和乐镇, 兴隆); 河南
济源 (克井镇, 王屋镇, 五龙口镇).

Shapes: a city government site (当前位置, 发布时间 / 来源 / 浏览次数 / 字号, 上一篇 / 下一篇, footer with 备案号) of the 市委书记's
调研 of two 管理区 and a town (eh01); a 云上潜江 portal page (打开APP, ``云上潜江报道（记者 … 通讯员 …）``, share buttons, 相关新闻)
of a 湖北 省委常委、副省长's 调研 with a 省政府副秘书长 and a 省 department's 副厅长, bare 省 organs (eh02); the 仙桃日报 第01版
holding two articles: the 市委书记's 调研 of a 原种场, a 渔场 and a 回族镇, and a 市政府 会议 chaired by a 副市长 (eh03); the 天门
government site of the 常务副市长's 调研 of two 农场 and a town (eh04); the 神农架新闻网 page of the 林区党委书记's 调研 (``林区党委
常委、政府常务副区长``) (eh05); the 琼海 government site of the 市委书记's 调研 of three towns (``琼海融媒记者 …``) (eh06); the 文昌
government site of a 海南 省委常委、副省长's 调研 with a 农垦 company head (eh07); the 万宁 government site's 市政府常务会议 (eh08);
the 济源网 page of a ``示范区管委会副主任、副市长``'s 调研 of two towns (eh09); the 济源示范区 site of a 河南 副省长's 调研 (eh10).

Identity cases:
- eh:童庆丰 moves between two 省直管 cities: 潜江市政府 副市长 (eh01, Mar 2022) → 天门市委常委、常务副市长 (eh04, May 2024).
- eh:许昭明 moves between two 海南 cities: 万宁市委副书记、市长 (eh08, July 2022) → 文昌市委书记 (eh07, Mar 2024).
- eh:薛明远 rises in 济源: 克井镇党委书记 (eh09, June 2021) → 示范区管委会副主任、副市长 (eh10, Apr 2024).
- eh:冉海涛 moves between two 潜江 管理区: 熊口管理区党委副书记、管委会主任 (eh01, 2022) → 周矶管理区党委书记 (eh02, 2023).
- the same officials on two pages: eh:柯明堂 (潜江市委书记, eh01 2022 and eh02 2023), eh:翟红霞 (济源 王屋镇党委书记, eh09 2021
  and eh10 2024).
- two different 黎永胜 in unrelated provinces with the same title words: eh:黎永胜#1 琼海市万泉镇党委书记 (海南, eh06, 2021);
  eh:黎永胜#2 济源市五龙口镇党委书记 (河南, eh10, 2024). Both are written ``镇党委书记黎永胜``.
- one organ name for different places: bare ``市委`` / ``市政府`` / ``市委书记`` / ``副市长`` are 潜江's (eh01, eh02), 仙桃's (eh03),
  天门's (eh04), 琼海's (eh06), 文昌's (eh07), 万宁's (eh08) and 济源's (eh10); bare ``省委常委、副省长`` / ``副省长`` / ``省政府副
  秘书长`` / ``省农业农村厅副厅长`` are 湖北's (eh02), 海南's (eh07) and 河南's (eh10); bare ``管委会`` is 潜江 熊口管理区's (eh01)
  and 济源示范区's (eh09, eh10); ``管理区党委书记`` is 后湖管理区's (eh01) and 周矶管理区's (eh02); ``镇党委书记`` is the town's named
  just before it.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bu, bx, i, cv where they speak; decided here where they are silent):
- 省直管 (as bu): bare ``市委`` / ``市政府`` / ``市长`` / ``市X局`` on a 潜江, 仙桃, 天门, 琼海, 文昌, 万宁 page are that city's own
  (``潜江市委``, ``仙桃市政府``, ``天门市农业农村局``), never a prefecture's; bare ``省委常委、副省长`` / ``副省长`` / ``省政府副秘书长`` /
  ``省X厅`` take the page's province (湖北省, 海南省, 河南省): ``省委常委、副省长X`` → X省委 常委 + X省政府 副省长.
- 神农架 (as bu): ``林区党委`` → 神农架林区委; ``林区党委常委、政府常务副区长`` → 神农架林区委 常委 + 神农架林区政府 常务副区长;
  ``林区政府副区长`` → 神农架林区政府 副区长; its towns 神农架林区红坪镇党委, 神农架林区九湖镇政府 (``镇长``).
- 济源 (as i): ``示范区`` on a 济源 page = 济源示范区; ``示范区党工委书记、市委书记`` → 济源示范区党工委 书记 + 济源市委 书记;
  ``示范区管委会副主任、副市长`` → 济源示范区管委会 副主任 + 济源市政府 副市长. DECIDED HERE: 济源's towns are divisions of 济源市
  (the 示范区 manages the same territory, it has no towns of its own): ``克井镇党委书记`` → 济源市克井镇党委 书记, not
  济源示范区克井镇党委 (bq's 托管 rule is for towns a zone takes over from a district outside it).
- DECIDED HERE (潜江 管理区, town-level, unlike bx's county-level 湖南 管理区): a 潜江 管理区 (a former state farm) is a town-level
  unit of the city; its label is city + name (``潜江市后湖管理区``), as a town's; its organs as written: ``管理区党委书记`` →
  潜江市后湖管理区党委 书记 (a 党委, not bx's 党工委); ``管理区党委副书记、管委会主任`` → 潜江市熊口管理区党委 副书记 +
  潜江市熊口管理区管委会 主任. A bare ``管理区党委书记`` right after ``在X管理区，`` is that 管理区's.
- DECIDED HERE (湖北 场): a 原种场 / 渔场 / 农场 of a 省直管 city is a town-level unit; label city + name (``仙桃市沙湖原种场``,
  ``仙桃市五湖渔场``, ``天门市蒋湖农场``); its party committee label + ``党委``; its 场长 heads the 场 itself (no 政府): ``场党委书记、
  场长聂海波`` → 仙桃市沙湖原种场党委 书记 + 仙桃市沙湖原种场 场长; ``农场党委副书记、场长`` → 天门市白茅湖农场党委 副书记 +
  天门市白茅湖农场 场长.
- 海南 农场 are companies since the 农垦 reform (as bx): ``海垦东路农场公司党委书记、董事长陈邦栋`` is a company role, no line; he is
  a ``company_executive`` person, named as a speaker. ``东路农场`` (``原东路农场场部``) is a place (kind ``state_farm``).
- The autonomous town keeps its full name: ``沔城回族镇`` → 仙桃市沔城回族镇党委.
- ``市委常委、市委秘书长`` → X市委 常委 + X市委 秘书长; ``市政府秘书长`` → X市政府 秘书长; ``市委常委、副市长`` → X市委 常委 +
  X市政府 副市长. One line per post per article; a list after one title gives every name that title (``副市长李雪晴、梁永年``).
- Events: every 调研 is an ``inspection`` (leader; 参加 / 陪同 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 / 提出
  要求 / 提出了意见 speakers); the 常务会议 (eh08) and the 秋粮收购工作会议 (eh03) are meetings (chair 主持; 出席 / 列席 attendees;
  ``出席会议并讲话`` attendee and speaker; 通报 / 汇报 / 要求 / 强调 / 作了安排 speakers). DECIDED HERE: eh03's page holds two articles
  (an edition page), each with its own headline; the second runs to the end of the page.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``云上潜江报道（记者 … 通讯员 …）``, ``神农架林区融媒体中心（记者 … 通讯员 …）``, ``济源网讯
  （记者 …）``, ``琼海融媒记者 …`` and ``记者：…`` are reporter / correspondent lines; a stamp's ``作者：…`` with no role word is an
  author line (``作者：汪晓霞`` of eh09 is the same person as its ``记者``: one reporter line); 编辑 / 责任编辑 / 审核 are editors.
- Projects: named works inspected, reported or pushed: 产业园 (and its 二期) ``industrial_park``; 冷链物流中心 ``logistics_hub``;
  堤防加固 ``engineering_work``; 步道 / 旅游公路 / 渔港 / 污水处理厂 works ``infrastructure_project``; 湿地修复 / 生态廊道 works
  ``greening_project``; 高标准农田, 良种繁育基地, 池塘改造, 示范区 / 示范带, 景区提档升级, 复垦 and 种植加工基地 ``project``.
  ``虾稻共作`` in general, ``小田并大田`` (a reform) and ``三个一批`` (a campaign) are no projects.
- Places: one line per name per file, as written; kinds ``county_level_city`` (潜江, 文昌 …), ``forest_district`` (as bu),
  ``management_area`` (as bx) for a 管理区, ``state_farm`` for a 原种场 / 渔场 / 农场, ``town`` (a 回族镇 too); places inside organ
  references and project names count; site lines, mastheads, 来源 lines, footers, 上一篇 / 下一篇 and 相关 links are not annotated;
  the abbreviations ``来潜`` and bare ``林区`` / ``示范区`` / ``管理区`` / ``场镇`` are no places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

HB, HAI, HN = "湖北省", "海南省", "河南省"
QJ, XT, TM, SNJ = "潜江市", "仙桃市", "天门市", "神农架林区"
QH, WC, WN, JY = "琼海市", "文昌市", "万宁市", "济源市"
JYS = "济源示范区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "eh01_qianjiang.txt": (2022, "发布时间：2022-03-18 09:42", QJ, [
        ("柯明堂到后湖管理区熊口管理区和龙湾镇调研春耕生产工作", "3月17日", "2022-03-17", "3月17日，市委书记柯明堂",
         "省直管 city site: the 市委书记's 调研 of two 管理区 (党委书记; 党委副书记、管委会主任) and a town")]),
    "eh02_qianjiang.txt": (2023, "2023-06-09 17:25", QJ, [
        ("庞立诚来潜调研农业农村和防汛备汛工作", "6月8日", "2023-06-08", "云上潜江报道（记者 秦雨桐 通讯员 黄逸帆）6月8日",
         "portal: a 湖北 省委常委、副省长's 调研 (bare 省 organs) with the city's 书记 / 市长, a 管理区 and a town")]),
    "eh03_xiantao.txt": (2023, "2023年9月14日　星期四", XT, [
        ("熊国梁调研原种场渔场和沔城回族镇时强调", "9月13日", "2023-09-13", "本报讯（记者 曹静文）9月13日",
         "city paper 第01版: the 市委书记's 调研 of a 原种场, a 渔场 and a 回族镇"),
        ("市政府召开秋粮收购工作会议", "9月13日下午", "2023-09-13", "本报讯（记者 彭若溪 通讯员 吉萍）9月13日下午",
         "same edition page: 市政府 会议 chaired by a 副市长, the 市长 speaks")]),
    "eh04_tianmen.txt": (2024, "发布时间：2024-05-23 16:08", TM, [
        ("童庆丰调研蒋湖农场白茅湖农场和多宝镇蔬菜产业发展", "5月22日", "2024-05-22", "5月22日，市委常委、常务副市长童庆丰",
         "city site: the 常务副市长 (潜江's 副市长 in 2022)'s 调研 of two 农场 and a town")]),
    "eh05_shennongjia.txt": (2022, "发布时间：2022-08-17 10:21", SNJ, [
        ("戴松林在红坪镇九湖镇调研时强调", "8月16日", "2022-08-16", "神农架林区融媒体中心（记者 向雨萌 通讯员 屈子涵）8月16日",
         "林区 news site: the 林区党委书记's 调研 of two towns")]),
    "eh06_qionghai.txt": (2021, "发布日期：2021-11-26 08:30", QH, [
        ("何启荣到博鳌镇万泉镇潭门镇调研重点项目和乡村振兴工作", "11月25日", "2021-11-25", "11月25日，市委书记何启荣",
         "city site: the 市委书记's 调研 of three towns (黎永胜#1)")]),
    "eh07_wenchang.txt": (2024, "发布日期：2024-03-15 18:20", WC, [
        ("陆昊然到文昌调研航天产业和垦地融合工作", "3月14日", "2024-03-14", "3月14日，省委常委、副省长陆昊然",
         "city site: a 海南 省委常委、副省长's 调研; the former 万宁 市长 now 文昌市委书记; a 农垦 company head")]),
    "eh08_wanning.txt": (2022, "发布日期：2022-07-08 17:45", WN, [
        ("许昭明主持召开市政府第18次常务会议", "7月7日下午", "2022-07-07", "7月7日下午，市委副书记、市长许昭明",
         "city site: 市政府常务会议 (市长 主持; 常务副市长, 副市长 list, 秘书长 列席; a 镇长 reports)")]),
    "eh09_jiyuan.txt": (2021, "2021-06-10 08:45", JYS, [
        ("段宏伟到克井镇王屋镇调研重点项目建设和防汛准备工作", "6月9日", "2021-06-09", "济源网讯（记者 汪晓霞）6月9日",
         "济源网: the 示范区管委会副主任、副市长's 调研 of two towns")]),
    "eh10_jiyuan.txt": (2024, "时间：2024-04-19 09:10", JYS, [
        ("郝兆良到济源调研乡村振兴和黄河流域生态保护工作", "4月18日", "2024-04-18", "4月18日，副省长郝兆良",
         "示范区 site: a 河南 副省长's 调研; the former 克井镇党委书记 now 副市长; 黎永胜#2")]),
}

_E01_RAN = "管理区党委副书记、管委会主任冉海涛"
_E02_PANG = "省委常委、副省长庞立诚来潜调研"
_E02_PENG = "市委副书记、市长彭远征陪同调研"
_E03_NIE = "场党委书记、场长聂海波"
_E04_TONG = "市委常委、常务副市长童庆丰到蒋湖农场"
_E04_DENG = "农场党委副书记、场长邓立华"
_E05_YAN = "林区党委常委、政府常务副区长严冬青"
_E06_WU = "市委常委、常务副市长吴仕杰"
_E07_LU = "省委常委、副省长陆昊然到文昌调研"
_E07_XING = "市委副书记、市长邢振宇陪同调研"
_E08_XU = "市委副书记、市长许昭明主持召开"
_E08_FENG = "市委常委、常务副市长冯子健"
_E09_DUAN = "示范区管委会副主任、副市长段宏伟"
_E10_WU = "示范区党工委书记、市委书记武泽川"
_E10_XUE = "示范区管委会副主任、副市长薛明远陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 潜江
    "eh:柯明堂": ("柯明堂", "official", QJ, [
        ("eh01", f"{QJ}委", "书记", "市委书记柯明堂深入后湖管理区", "2022-03; bare 市委 on the 潜江 site = 潜江市委 (省直管, no prefecture); named in the headline too"),
        ("eh02", f"{QJ}委", "书记", "市委书记柯明堂，市委副书记", "2023-06: the same post")], []),
    "eh:鄢志强": ("鄢志强", "official", QJ, [
        ("eh01", f"{QJ}委", "常委", "市委常委、市委秘书长鄢志强", None),
        ("eh01", f"{QJ}委", "秘书长", "市委常委、市委秘书长鄢志强", None)], []),
    "eh:童庆丰": ("童庆丰", "official", QJ, [
        ("eh01", f"{QJ}政府", "副市长", "副市长童庆丰参加调研", "2022-03: 潜江 (identity case: 天门市委常委、常务副市长 in 2024, eh04)"),
        ("eh04", f"{TM}委", "常委", _E04_TONG, "2024-05: now in 天门; bare 市委 on the 天门 site = 天门市委"),
        ("eh04", f"{TM}政府", "常务副市长", _E04_TONG, None)], []),
    "eh:涂家明": ("涂家明", "official", QJ, [
        ("eh01", f"{QJ}后湖管理区党委", "书记", "管理区党委书记涂家明", "DECIDED HERE: 潜江 管理区 is town-level; bare 管理区 right after 在后湖管理区")], []),
    "eh:冉海涛": ("冉海涛", "official", QJ, [
        ("eh01", f"{QJ}熊口管理区党委", "副书记", _E01_RAN, "2022-03: after 在熊口管理区 (identity case: 周矶管理区党委书记 in 2023, eh02)"),
        ("eh01", f"{QJ}熊口管理区管委会", "主任", _E01_RAN, "DECIDED HERE: the 管理区's 管委会 (bare 管委会 here is 熊口管理区's, 济源示范区's in eh09 / eh10)"),
        ("eh02", f"{QJ}周矶管理区党委", "书记", "管理区党委书记冉海涛", "2023-06: after 来到周矶管理区")], []),
    "eh:晏春雷": ("晏春雷", "official", QJ, [
        ("eh01", f"{QJ}龙湾镇党委", "书记", "镇党委书记晏春雷", "after 在龙湾镇")], []),
    "eh:庞立诚": ("庞立诚", "official", HB, [
        ("eh02", f"{HB}委", "常委", _E02_PANG, "bare 省委 on a 潜江 page = 湖北省委; named in the headline too"),
        ("eh02", f"{HB}政府", "副省长", _E02_PANG, None)], []),
    "eh:贺亦辰": ("贺亦辰", "official", HB, [
        ("eh02", f"{HB}政府", "副秘书长", "省政府副秘书长贺亦辰", None)], []),
    "eh:汪泽民": ("汪泽民", "official", HB, [
        ("eh02", f"{HB}农业农村厅", "副厅长", "省农业农村厅副厅长汪泽民", "湖北's here; 海南's 省农业农村厅 in eh07")], []),
    "eh:彭远征": ("彭远征", "official", QJ, [
        ("eh02", f"{QJ}委", "副书记", _E02_PENG, None),
        ("eh02", f"{QJ}政府", "市长", _E02_PENG, None)], []),
    "eh:蔡慧敏": ("蔡慧敏", "official", QJ, [
        ("eh02", f"{QJ}浩口镇党委", "书记", "镇党委书记蔡慧敏", "after 在浩口镇")], []),
    # ---- 仙桃
    "eh:熊国梁": ("熊国梁", "official", XT, [
        ("eh03", f"{XT}委", "书记", "市委书记熊国梁到沙湖原种场", "named in the headline too")], []),
    "eh:胡婉清": ("胡婉清", "official", XT, [
        ("eh03", f"{XT}委", "常委", "市委常委、副市长胡婉清", None),
        ("eh03", f"{XT}政府", "副市长", "市委常委、副市长胡婉清", None)], []),
    "eh:聂海波": ("聂海波", "official", XT, [
        ("eh03", f"{XT}沙湖原种场党委", "书记", _E03_NIE, "DECIDED HERE: a 原种场 is a town-level unit; 场党委 after 在沙湖原种场"),
        ("eh03", f"{XT}沙湖原种场", "场长", _E03_NIE, "DECIDED HERE: the 场长 heads the 场 itself")], []),
    "eh:郑家俊": ("郑家俊", "official", XT, [
        ("eh03", f"{XT}五湖渔场党委", "书记", "渔场党委书记郑家俊", None)], []),
    "eh:马振清": ("马振清", "official", XT, [
        ("eh03", f"{XT}沔城回族镇党委", "书记", "镇党委书记马振清", "the 回族镇 keeps its full name")], []),
    "eh:万俊辉": ("万俊辉", "official", XT, [
        ("eh03", f"{XT}委", "副书记", "市委副书记、市长万俊辉", "article 2"),
        ("eh03", f"{XT}政府", "市长", "市委副书记、市长万俊辉", None)], []),
    "eh:肖红玉": ("肖红玉", "official", XT, [
        ("eh03", f"{XT}政府", "副市长", "副市长肖红玉主持会议", "article 2")], []),
    "eh:卫晓冬": ("卫晓冬", "official", XT, [
        ("eh03", f"{XT}农业农村局", "局长", "市农业农村局局长卫晓冬", "article 2")], []),
    # ---- 天门
    "eh:鲁建新": ("鲁建新", "official", TM, [
        ("eh04", f"{TM}农业农村局", "局长", "市农业农村局局长鲁建新", None)], []),
    "eh:饶志远": ("饶志远", "official", TM, [
        ("eh04", f"{TM}蒋湖农场党委", "书记", "农场党委书记饶志远", "DECIDED HERE: 湖北 农场 as a town-level unit; after 在蒋湖农场")], []),
    "eh:邓立华": ("邓立华", "official", TM, [
        ("eh04", f"{TM}白茅湖农场党委", "副书记", _E04_DENG, "after 在白茅湖农场"),
        ("eh04", f"{TM}白茅湖农场", "场长", _E04_DENG, None)], []),
    "eh:钱宇航": ("钱宇航", "official", TM, [
        ("eh04", f"{TM}多宝镇党委", "书记", "镇党委书记钱宇航", None)], []),
    # ---- 神农架
    "eh:戴松林": ("戴松林", "official", SNJ, [
        ("eh05", f"{SNJ}委", "书记", "林区党委书记戴松林", "林区党委 → 神农架林区委 (as bu); named in the headline too")], []),
    "eh:严冬青": ("严冬青", "official", SNJ, [
        ("eh05", f"{SNJ}委", "常委", _E05_YAN, None),
        ("eh05", f"{SNJ}政府", "常务副区长", _E05_YAN, "政府 after 林区党委常委、 = 神农架林区政府 (as bu)")], []),
    "eh:田玉书": ("田玉书", "official", SNJ, [
        ("eh05", f"{SNJ}政府", "副区长", "林区政府副区长田玉书", None)], []),
    "eh:黄宗林": ("黄宗林", "official", SNJ, [
        ("eh05", f"{SNJ}红坪镇党委", "书记", "镇党委书记黄宗林", None)], []),
    "eh:闵亚兰": ("闵亚兰", "official", SNJ, [
        ("eh05", f"{SNJ}九湖镇政府", "镇长", "九湖镇镇长闵亚兰", None)], []),
    # ---- 琼海
    "eh:何启荣": ("何启荣", "official", QH, [
        ("eh06", f"{QH}委", "书记", "市委书记何启荣到博鳌镇", "named in the headline too")], []),
    "eh:吴仕杰": ("吴仕杰", "official", QH, [
        ("eh06", f"{QH}委", "常委", _E06_WU, None),
        ("eh06", f"{QH}政府", "常务副市长", _E06_WU, None)], []),
    "eh:符秋燕": ("符秋燕", "official", QH, [
        ("eh06", f"{QH}政府", "副市长", "副市长符秋燕参加调研", None)], []),
    "eh:王文昭": ("王文昭", "official", QH, [
        ("eh06", f"{QH}博鳌镇党委", "书记", "镇党委书记王文昭", None)], []),
    "eh:黎永胜#1": ("黎永胜", "official", QH, [
        ("eh06", f"{QH}万泉镇党委", "书记", "镇党委书记黎永胜汇报了万泉河", "琼海 (海南), 2021; not the 黎永胜 of 济源 (eh10)")], []),
    "eh:卢海鸥": ("卢海鸥", "official", QH, [
        ("eh06", f"{QH}潭门镇政府", "镇长", "潭门镇镇长卢海鸥", None)], []),
    # ---- 文昌
    "eh:陆昊然": ("陆昊然", "official", HAI, [
        ("eh07", f"{HAI}委", "常委", _E07_LU, "bare 省委 on the 文昌 site = 海南省委; named in the headline too"),
        ("eh07", f"{HAI}政府", "副省长", _E07_LU, None)], []),
    "eh:林世豪": ("林世豪", "official", HAI, [
        ("eh07", f"{HAI}政府", "副秘书长", "省政府副秘书长林世豪", None)], []),
    "eh:吴雪莹": ("吴雪莹", "official", HAI, [
        ("eh07", f"{HAI}农业农村厅", "副厅长", "省农业农村厅副厅长吴雪莹", "海南's here; 湖北's in eh02")], []),
    "eh:许昭明": ("许昭明", "official", WN, [
        ("eh08", f"{WN}委", "副书记", _E08_XU, "2022-07: 万宁 (identity case: 文昌市委书记 in 2024, eh07); named in the headline too"),
        ("eh08", f"{WN}政府", "市长", _E08_XU, None),
        ("eh07", f"{WC}委", "书记", "市委书记许昭明，市委副书记", "2024-03: now 文昌市委书记")], []),
    "eh:邢振宇": ("邢振宇", "official", WC, [
        ("eh07", f"{WC}委", "副书记", _E07_XING, None),
        ("eh07", f"{WC}政府", "市长", _E07_XING, None)], []),
    "eh:潘雅琴": ("潘雅琴", "official", WC, [
        ("eh07", f"{WC}铺前镇党委", "书记", "镇党委书记潘雅琴", None)], []),
    "eh:陈邦栋": ("陈邦栋", "company_executive", WC, [], ["eh07"]),
    # ---- 万宁
    "eh:冯子健": ("冯子健", "official", WN, [
        ("eh08", f"{WN}委", "常委", _E08_FENG, None),
        ("eh08", f"{WN}政府", "常务副市长", _E08_FENG, None)], []),
    "eh:李雪晴": ("李雪晴", "official", WN, [
        ("eh08", f"{WN}政府", "副市长", "副市长李雪晴、梁永年", "list after one title")], []),
    "eh:梁永年": ("梁永年", "official", WN, [
        ("eh08", f"{WN}政府", "副市长", "副市长李雪晴、梁永年", None)], []),
    "eh:钟文斌": ("钟文斌", "official", WN, [
        ("eh08", f"{WN}政府", "秘书长", "市政府秘书长钟文斌", None)], []),
    "eh:周春燕": ("周春燕", "official", WN, [
        ("eh08", f"{WN}和乐镇政府", "镇长", "和乐镇镇长周春燕", None)], []),
    # ---- 济源
    "eh:段宏伟": ("段宏伟", "official", JYS, [
        ("eh09", f"{JYS}管委会", "副主任", _E09_DUAN, "示范区 on a 济源 page = 济源示范区 (as i); named in the headline too"),
        ("eh09", f"{JY}政府", "副市长", _E09_DUAN, None)], []),
    "eh:薛明远": ("薛明远", "official", JYS, [
        ("eh09", f"{JY}克井镇党委", "书记", "镇党委书记薛明远", "2021-06; DECIDED HERE: 济源's towns are 济源市's (identity case: 副市长 in 2024, eh10)"),
        ("eh10", f"{JYS}管委会", "副主任", _E10_XUE, "2024-04: now 示范区管委会副主任、副市长"),
        ("eh10", f"{JY}政府", "副市长", _E10_XUE, None)], []),
    "eh:翟红霞": ("翟红霞", "official", JYS, [
        ("eh09", f"{JY}王屋镇党委", "书记", "王屋镇党委书记翟红霞", "2021-06"),
        ("eh10", f"{JY}王屋镇党委", "书记", "镇党委书记翟红霞", "2024-04: the same post")], []),
    "eh:郝兆良": ("郝兆良", "official", HN, [
        ("eh10", f"{HN}政府", "副省长", "副省长郝兆良到济源调研", "bare 副省长 on a 济源 page = 河南's; named in the headline too")], []),
    "eh:岳晨阳": ("岳晨阳", "official", HN, [
        ("eh10", f"{HN}政府", "副秘书长", "省政府副秘书长岳晨阳", None)], []),
    "eh:武泽川": ("武泽川", "official", JYS, [
        ("eh10", f"{JYS}党工委", "书记", _E10_WU, None),
        ("eh10", f"{JY}委", "书记", _E10_WU, None)], []),
    "eh:黎永胜#2": ("黎永胜", "official", JY, [
        ("eh10", f"{JY}五龙口镇党委", "书记", "镇党委书记黎永胜介绍了五龙口镇", "济源 (河南), 2024; not the 黎永胜 of 琼海 (eh06)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("eh01", "王琼芳", "责任编辑", "editor", "责任编辑：王琼芳"),
    ("eh02", "秦雨桐", "记者", "reporter", "云上潜江报道（记者 秦雨桐 通讯员 黄逸帆）"),
    ("eh02", "黄逸帆", "通讯员", "correspondent", "云上潜江报道（记者 秦雨桐 通讯员 黄逸帆）"),
    ("eh02", "程诗雨", "编辑", "editor", "编辑：程诗雨"),
    ("eh02", "陈秀兰", "审核", "editor", "审核：陈秀兰"),
    ("eh03", "曹静文", "记者", "reporter", "本报讯（记者 曹静文）"),
    ("eh03", "彭若溪", "记者", "reporter", "本报讯（记者 彭若溪 通讯员 吉萍）"),
    ("eh03", "吉萍", "通讯员", "correspondent", "本报讯（记者 彭若溪 通讯员 吉萍）"),
    ("eh03", "李芷萱", "责任编辑", "editor", "责任编辑：李芷萱"),
    ("eh05", "向雨萌", "记者", "reporter", "神农架林区融媒体中心（记者 向雨萌 通讯员 屈子涵）"),
    ("eh05", "屈子涵", "通讯员", "correspondent", "神农架林区融媒体中心（记者 向雨萌 通讯员 屈子涵）"),
    ("eh05", "牛佳琪", "编辑", "editor", "编辑：牛佳琪"),
    ("eh05", "邵佳怡", "审核", "editor", "审核：邵佳怡"),
    ("eh06", "周文涛", "记者", "reporter", "琼海融媒记者 周文涛"),
    ("eh08", "黎晓雯", "记者", "reporter", "记者：黎晓雯"),
    ("eh09", "汪晓霞", "记者", "reporter", "济源网讯（记者 汪晓霞）"),
    ("eh09", "田心怡", "编辑", "editor", "【编辑：田心怡】"),
    ("eh10", "谢明慧", "作者", "author", "作者：谢明慧"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("eh01", "后湖管理区、熊口管理区和龙湾镇春耕生产和虾稻产业发展调研", "inspection (调研)", "3月17日", None, "柯明堂", [],
     ["鄢志强", "童庆丰"], ["涂家明", "冉海涛", "晏春雷", "柯明堂", "童庆丰"], "后湖管理区、熊口管理区、龙湾镇",
     "市委书记柯明堂深入后湖管理区、熊口管理区和龙湾镇，调研春耕生产和虾稻产业发展工作",
     ["市委书记柯明堂深入后湖管理区", "副市长童庆丰参加调研", "市委秘书长鄢志强", "管理区党委书记涂家明介绍了", "冉海涛汇报了",
      "镇党委书记晏春雷介绍了", "柯明堂指出", "童庆丰就春季农资保供"]),
    ("eh02", "潜江农业农村和防汛备汛工作调研", "inspection (调研)", "6月8日", None, "庞立诚", [],
     ["贺亦辰", "汪泽民", "柯明堂", "彭远征"], ["冉海涛", "蔡慧敏", "庞立诚", "汪泽民", "柯明堂"], "潜江市",
     "省委常委、副省长庞立诚来潜调研农业农村和防汛备汛工作",
     [_E02_PANG, "省政府副秘书长贺亦辰", "省农业农村厅副厅长汪泽民参加调研", "市委书记柯明堂，市委副书记", _E02_PENG,
      "管理区党委书记冉海涛介绍了", "镇党委书记蔡慧敏汇报了", "庞立诚指出", "汪泽民就做好农业防灾减灾", "柯明堂表示"]),
    ("eh03", "沙湖原种场、五湖渔场和沔城回族镇秋收生产和场镇发展调研", "inspection (调研)", "9月13日", None, "熊国梁", [],
     ["胡婉清"], ["聂海波", "郑家俊", "马振清", "熊国梁", "胡婉清"], "沙湖原种场、五湖渔场、沔城回族镇",
     "市委书记熊国梁到沙湖原种场、五湖渔场和沔城回族镇，调研秋收生产和场镇发展工作",
     ["市委书记熊国梁到沙湖原种场", "副市长胡婉清参加调研", "场长聂海波介绍了", "渔场党委书记郑家俊汇报了", "镇党委书记马振清介绍了",
      "熊国梁强调", "胡婉清就秋粮收购"]),
    ("eh03", "全市秋粮收购工作会议", "meeting (工作会议)", "9月13日下午", "肖红玉", None, ["仙桃市政府"],
     ["万俊辉"], ["卫晓冬", "万俊辉"], None,
     "9月13日下午，市政府召开全市秋粮收购工作会议",
     ["市长万俊辉出席会议并讲话", "副市长肖红玉主持会议", "局长卫晓冬通报了", "万俊辉要求"]),
    ("eh04", "蒋湖农场、白茅湖农场和多宝镇蔬菜产业发展和重点项目建设调研", "inspection (调研)", "5月22日", None, "童庆丰", [],
     ["鲁建新"], ["饶志远", "邓立华", "钱宇航", "童庆丰", "鲁建新"], "蒋湖农场、白茅湖农场、多宝镇",
     "市委常委、常务副市长童庆丰到蒋湖农场、白茅湖农场和多宝镇，调研蔬菜产业发展和重点项目建设情况",
     [_E04_TONG, "局长鲁建新参加调研", "农场党委书记饶志远介绍", "场长邓立华汇报了", "镇党委书记钱宇航介绍了", "童庆丰指出", "鲁建新表示"]),
    ("eh05", "红坪镇、九湖镇旅游旺季安全生产和生态保护调研", "inspection (调研)", "8月16日", None, "戴松林", [],
     ["严冬青", "田玉书"], ["黄宗林", "闵亚兰", "戴松林", "严冬青", "田玉书"], "红坪镇、九湖镇",
     "林区党委书记戴松林到红坪镇、九湖镇，调研旅游旺季安全生产和生态保护工作",
     ["林区党委书记戴松林到红坪镇", _E05_YAN, "林区政府副区长田玉书参加调研", "镇党委书记黄宗林介绍了", "九湖镇镇长闵亚兰关于",
      "戴松林强调", "严冬青就做好旅游市场秩序整治", "田玉书要求"]),
    ("eh06", "博鳌镇、万泉镇、潭门镇重点项目建设和乡村振兴调研", "inspection (调研)", "11月25日", None, "何启荣", [],
     ["吴仕杰", "符秋燕"], ["王文昭", "黎永胜", "卢海鸥", "何启荣", "吴仕杰", "符秋燕"], "博鳌镇、万泉镇、潭门镇",
     "市委书记何启荣到博鳌镇、万泉镇、潭门镇，调研重点项目建设和乡村振兴工作",
     ["市委书记何启荣到博鳌镇", _E06_WU, "副市长符秋燕参加调研", "镇党委书记王文昭介绍了", "镇党委书记黎永胜汇报了",
      "潭门镇镇长卢海鸥介绍了", "何启荣强调", "吴仕杰就项目用地报批", "符秋燕就乡村人居环境整治提出要求"]),
    ("eh07", "文昌航天产业发展和垦地融合调研", "inspection (调研)", "3月14日", None, "陆昊然", [],
     ["林世豪", "吴雪莹", "许昭明", "邢振宇"], ["潘雅琴", "陈邦栋", "吴雪莹", "陆昊然", "许昭明"], "文昌市",
     "省委常委、副省长陆昊然到文昌调研航天产业发展和垦地融合工作",
     [_E07_LU, "省政府副秘书长林世豪", "省农业农村厅副厅长吴雪莹参加调研", "市委书记许昭明，市委副书记", _E07_XING,
      "镇党委书记潘雅琴介绍了", "董事长陈邦栋介绍了", "吴雪莹对复垦耕地的后续管护提出了意见", "陆昊然指出", "许昭明表示"]),
    ("eh08", "市政府第18次常务会议", "meeting (市政府常务会议)", "7月7日下午", "许昭明", None, ["万宁市政府"],
     ["冯子健", "李雪晴", "梁永年", "钟文斌"], ["周春燕", "许昭明", "冯子健"], None,
     "市长许昭明主持召开市政府第18次常务会议",
     [_E08_XU, _E08_FENG, "副市长李雪晴、梁永年出席会议", "市政府秘书长钟文斌列席会议", "和乐镇镇长周春燕汇报了", "许昭明强调",
      "冯子健就重点项目调度作了安排"]),
    ("eh09", "克井镇、王屋镇重点项目建设和防汛准备调研", "inspection (调研)", "6月9日", None, "段宏伟", [],
     [], ["薛明远", "翟红霞", "段宏伟"], "克井镇、王屋镇",
     "示范区管委会副主任、副市长段宏伟到克井镇、王屋镇，调研重点项目建设和防汛准备工作",
     [_E09_DUAN, "镇党委书记薛明远介绍", "王屋镇党委书记翟红霞汇报了", "段宏伟要求"]),
    ("eh10", "济源乡村振兴和黄河流域生态保护调研", "inspection (调研)", "4月18日", None, "郝兆良", [],
     ["岳晨阳", "武泽川", "薛明远"], ["黎永胜", "翟红霞", "薛明远", "郝兆良", "武泽川"], "五龙口镇、王屋镇",
     "副省长郝兆良到济源调研乡村振兴和黄河流域生态保护工作",
     ["副省长郝兆良到济源调研", "省政府副秘书长岳晨阳参加调研", _E10_WU, _E10_XUE, "镇党委书记黎永胜介绍了",
      "镇党委书记翟红霞汇报了", "薛明远介绍了", "郝兆良指出", "武泽川表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("eh01", "后湖管理区高标准农田建设项目", "project", "来到后湖管理区高标准农田建设项目现场"),
    ("eh01", "熊口管理区虾稻产业园二期", "industrial_park", "汇报了熊口管理区虾稻产业园二期招商引资"),
    ("eh01", "龙湾镇稻渔综合种养示范区", "project", "察看了龙湾镇稻渔综合种养示范区"),
    ("eh02", "浩口镇万亩虾稻标准化示范区", "project", "走进浩口镇万亩虾稻标准化示范区"),
    ("eh02", "东荆河潜江段堤防加固工程", "engineering_work", "来到东荆河潜江段堤防加固工程现场"),
    ("eh03", "沙湖原种场良种繁育基地扩建项目", "project", "沙湖原种场良种繁育基地扩建项目进展情况"),
    ("eh03", "五湖渔场池塘标准化改造工程", "project", "察看了五湖渔场池塘标准化改造工程"),
    ("eh03", "沔城回族镇清真食品产业园", "industrial_park", "介绍了沔城回族镇清真食品产业园建设"),
    ("eh04", "蒋湖农场蔬菜冷链物流中心", "logistics_hub", "来到蒋湖农场蔬菜冷链物流中心项目建设现场"),
    ("eh04", "白茅湖农场高标准农田建设项目", "project", "汇报了白茅湖农场高标准农田建设项目"),
    ("eh04", "多宝镇蔬菜加工产业园", "industrial_park", "走进多宝镇蔬菜加工产业园"),
    ("eh05", "红坪画廊景区提档升级工程", "project", "察看了红坪画廊景区提档升级工程"),
    ("eh05", "大九湖湿地生态修复工程", "greening_project", "来到大九湖湿地生态修复工程现场"),
    ("eh06", "博鳌镇滨海步道建设项目", "infrastructure_project", "察看了博鳌镇滨海步道建设项目施工情况"),
    ("eh06", "万泉河沿岸乡村振兴示范带", "project", "汇报了万泉河沿岸乡村振兴示范带建设进展"),
    ("eh06", "潭门中心渔港配套设施提升工程", "infrastructure_project", "介绍了潭门中心渔港配套设施提升工程"),
    ("eh07", "文昌航天配套产业园二期", "industrial_park", "首先来到文昌航天配套产业园二期"),
    ("eh07", "铺前镇滨海旅游公路配套工程", "infrastructure_project", "介绍了铺前镇滨海旅游公路配套工程"),
    ("eh07", "东路万亩撂荒地复垦项目", "project", "察看了东路万亩撂荒地复垦项目"),
    ("eh08", "和乐镇污水处理厂及配套管网工程", "infrastructure_project", "汇报了和乐镇污水处理厂及配套管网工程"),
    ("eh08", "兴隆咖啡产业园二期", "industrial_park", "会议研究了兴隆咖啡产业园二期建设有关事项"),
    ("eh09", "克井镇先进制造产业园二期", "industrial_park", "察看了克井镇先进制造产业园二期建设现场"),
    ("eh09", "王屋山旅游公路提升改造工程", "infrastructure_project", "汇报了王屋山旅游公路提升改造工程进展"),
    ("eh10", "五龙口镇冬凌草种植加工基地", "project", "介绍了五龙口镇冬凌草种植加工基地"),
    ("eh10", "黄河济源段生态廊道建设工程", "greening_project", "汇报了黄河济源段生态廊道建设工程王屋段"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("eh01", "后湖管理区", "management_area", "standalone", "市委书记柯明堂深入后湖管理区、熊口管理区和龙湾镇"),
    ("eh01", "熊口管理区", "management_area", "standalone", "市委书记柯明堂深入后湖管理区、熊口管理区和龙湾镇"),
    ("eh01", "龙湾镇", "town", "standalone", "市委书记柯明堂深入后湖管理区、熊口管理区和龙湾镇"),
    ("eh02", "周矶管理区", "management_area", "standalone", "首先来到周矶管理区"),
    ("eh02", "浩口镇", "town", "standalone", "在浩口镇，庞立诚"),
    ("eh02", "东荆河", "river", "in_project_name", "来到东荆河潜江段堤防加固工程现场"),
    ("eh02", "潜江", "county_level_city", "standalone", "潜江是全省重要的粮食和水产主产区"),
    ("eh03", "沙湖原种场", "state_farm", "standalone", "市委书记熊国梁到沙湖原种场、五湖渔场和沔城回族镇"),
    ("eh03", "五湖渔场", "state_farm", "standalone", "市委书记熊国梁到沙湖原种场、五湖渔场和沔城回族镇"),
    ("eh03", "沔城回族镇", "town", "standalone", "市委书记熊国梁到沙湖原种场、五湖渔场和沔城回族镇"),
    ("eh04", "蒋湖农场", "state_farm", "standalone", "常务副市长童庆丰到蒋湖农场、白茅湖农场和多宝镇"),
    ("eh04", "白茅湖农场", "state_farm", "standalone", "常务副市长童庆丰到蒋湖农场、白茅湖农场和多宝镇"),
    ("eh04", "多宝镇", "town", "standalone", "常务副市长童庆丰到蒋湖农场、白茅湖农场和多宝镇"),
    ("eh04", "天西片区", "area", "standalone", "服务天西片区30万亩露地蔬菜基地"),
    ("eh05", "红坪镇", "town", "standalone", "林区党委书记戴松林到红坪镇、九湖镇"),
    ("eh05", "九湖镇", "town", "standalone", "林区党委书记戴松林到红坪镇、九湖镇"),
    ("eh05", "红坪画廊", "scenic_area", "in_project_name", "察看了红坪画廊景区提档升级工程"),
    ("eh05", "大九湖", "wetland", "standalone", "让大九湖的绿水青山持续释放生态红利"),
    ("eh06", "博鳌镇", "town", "standalone", "市委书记何启荣到博鳌镇、万泉镇、潭门镇"),
    ("eh06", "万泉镇", "town", "standalone", "市委书记何启荣到博鳌镇、万泉镇、潭门镇"),
    ("eh06", "潭门镇", "town", "standalone", "市委书记何启荣到博鳌镇、万泉镇、潭门镇"),
    ("eh06", "万泉河", "river", "standalone", "护好用好万泉河"),
    ("eh06", "潭门中心渔港", "port", "in_project_name", "介绍了潭门中心渔港配套设施提升工程"),
    ("eh07", "文昌", "county_level_city", "standalone", "副省长陆昊然到文昌调研航天产业发展"),
    ("eh07", "铺前镇", "town", "standalone", "在铺前镇，镇党委书记潘雅琴"),
    ("eh07", "东路镇", "town", "standalone", "在东路镇原东路农场场部"),
    ("eh07", "东路农场", "state_farm", "standalone", "在东路镇原东路农场场部"),
    ("eh08", "和乐镇", "town", "standalone", "会议听取了和乐镇关于镇墟污水管网建设情况的汇报"),
    ("eh08", "兴隆", "area", "standalone", "支持兴隆打造咖啡特色产业小镇"),
    ("eh08", "太阳河", "river", "standalone", "加强太阳河、龙首河等重点河段"),
    ("eh08", "龙首河", "river", "standalone", "加强太阳河、龙首河等重点河段"),
    ("eh09", "克井镇", "town", "standalone", "副市长段宏伟到克井镇、王屋镇"),
    ("eh09", "王屋镇", "town", "standalone", "副市长段宏伟到克井镇、王屋镇"),
    ("eh09", "王屋山", "mountain", "in_project_name", "汇报了王屋山旅游公路提升改造工程进展"),
    ("eh10", "济源", "county_level_city", "standalone", "副省长郝兆良到济源调研"),
    ("eh10", "五龙口镇", "town", "standalone", "先后来到五龙口镇、王屋镇"),
    ("eh10", "王屋镇", "town", "standalone", "先后来到五龙口镇、王屋镇"),
    ("eh10", "黄河", "river", "standalone", "守护好黄河安澜"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="eh", conventions="set eh (blind set: cities, a 林区 and a 示范区 directly under their province: 湖北 (潜江市 with its town-level 管理区, 仙桃市 with its 原种场 / 渔场, 天门市 with its 农场, 神农架林区), 海南 (琼海市, 文昌市, 万宁市; 农垦 farms are companies) and 河南 (济源示范区 / 济源市): bare 市委 / 市政府 are the page's own city, never a prefecture; bare 省 organs take the page's province; 管理区 → city + name + 党委 / 管委会; 场 → city + name + 党委, 场长 of the 场; 济源's towns are 济源市's; one line per post per article)",
          persons_note="Set eh persons. id = corpus-wide person_id (eh:黎永胜#1 of 琼海 (海南) and eh:黎永胜#2 of 济源 (河南) are two people, both 镇党委书记; eh:童庆丰 潜江 副市长 2022 → 天门 市委常委、常务副市长 2024; eh:许昭明 万宁 市委副书记、市长 2022 → 文昌市委书记 2024; eh:薛明远 济源 克井镇党委书记 2021 → 示范区管委会副主任、副市长 2024; eh:冉海涛 熊口管理区 管委会主任 2022 → 周矶管理区党委书记 2023)")


if __name__ == "__main__":
    main()
