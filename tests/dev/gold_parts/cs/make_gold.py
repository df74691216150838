"""Write gold part ``cs`` (a blind set: ordinary county and city news pages saved badly, with leftover HTML) from the
tables below.

Pages ``tests/dev/texts/cs*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 太谷 planning-institute page of a 乡村振兴廊带 推进会 (``会议由县委书记…
主持，县长…参加``, ``副县长…汇报``); a 晋中 city-site item of a 副市长's 调研 of 祁县, 平遥, 介休 ending ``（晋中日报 记者…）``;
the 清徐 county paper's item (``作者：… 时间：… 次数：``, ``本报讯3月31日，…县委副书记、县长…，县领导…参加``); the 交城县 site
(``当前位置：首页 > 政务要闻 > 交城动态``, ``时间：2023-11-24 大 中 小 来源：交城县融媒体中心``, long title chains with
``县委常委、…镇党委书记``); two 宣威 pages (a 市安委会 meeting with ``市委常委、常务副市长…出席会议并讲话``, ``副市长…主持会议``,
``下一篇：``; the 宣威之窗 督查组 page); 鞍山 pages (the 千华网 report of the 全市领导干部大会, ``本报讯(全媒体首席记者 …)8日``,
and the 鞍山云 item ``15日，…市委书记…出席，市委副书记、市长…致辞`` — 鞍山's press writes bare days); the 海城市 site (政府
工作报告, 任务分解 notice to ``各开发区管委会，各镇人民政府、街道办事处``); the 本溪 city paper's 市长 调研 of its counties; an
安顺 city item (``市委副书记、市长…到西秀区和镇宁自治县检查指导安全生产工作…副市长…，市政府秘书长…陪同检查``); a 启东 site page
(``来源： 东海镇 发布时间：2016-03-31 字体：[ ]``, ``图为…``); a 竹溪 site page (``时间：2012-07-12 16:34:56 字体： 打印 播放``,
``( 责任编辑：admin 新闻报料：… )``); a 宜良 政协 page (``[ 作者： 发布时间：2026-02-09 11:07 来源：昆明市政协 ]``). The leftover
markup (TRS_Editor CSS lines, ``&nbsp;`` indents, ``&ldquo;…&rdquo;``, ``&gt;`` in breadcrumbs, ``<p>``/``<span style>``/``<br/>``
wrappers, ``<img>`` lines, a ``var _hmt = _hmt || [];`` line, 热点排行 / 图片新闻 side lists) is what such pages carry when a
user saves the HTML source or a half-rendered copy. Places are real and new or nearly new to the corpus: 山西 晋中 (祁县,
介休市, 灵石县), 辽宁 鞍山 (岫岩满族自治县, 海城市, 鞍山高新区, 铁西区), 贵州 毕节 (大方县, 织金县, 毕节高新区), 云南 曲靖
(宣威市, 曲靖经开区).

Shapes: a county site with a TRS CSS line, ``&nbsp;`` indents and a 热点排行 list: the 县长's 调研 (cs01); a city paper's
digital edition saved with ``<a>`` and ``<br/>`` tags: the 市长's 调研 of a county-level city and a county (cs02); a county
site with the script line and an 图片新闻 list: the new 县委书记's 调度会 (cs03); a county site with every paragraph wrapped in
``<span style>``: the 县委书记's 检查 after a flood (cs04); a city portal (千华网) copy of the 鞍山日报 with ``<p style>``, share
links, 图片新闻 ``<img>`` lines and a bare-day dateline: a 副市长's 调研 of the 高新区 and 铁西区 (cs05); a county-level city's site
with CSS lines and ``<br />``: a 工作会议 with ``鞍山市委常委、海城市委书记`` (cs06); a county site with an ``<img>`` block and a
``<script>`` line: the 县委书记's 调研 (cs07); the 毕节日报 第01版 in a ``<div class="zw">`` (cs08); a county-level city's site with a
``<style>`` line: the 市长's 常务会议 (cs09); a development zone's site: a 观摩 and its 点评会 (cs10).

Identity cases:
- cs:苏建岭: 祁县委副书记、县长 (June 2022, cs01) → 灵石县委书记 (March 2024, cs03).
- cs:那宏伟: 岫岩满族自治县委书记 (Aug 2022, cs04) → 鞍山市副市长 (May 2024, cs05): a county 书记 becomes the city's 副市长.
- cs:罗文彬: 大方县委常委、常务副县长 (Sept 2022, cs07) → 织金县委副书记、县长 (July 2024, cs08).
- cs:代丽琼: 宣威市副市长 (Oct 2023, cs09) → 曲靖经开区党工委委员、管委会副主任 (Nov 2024, cs10).
- cs:田茂盛: 灵石县委副书记、县长 on two pages (Apr 2023 in the 晋中日报, cs02; Mar 2024 on the county site, cs03).
- two different 冯振华 in unrelated places with look-alike posts: cs:冯振华#1 灵石县委常委、常务副县长 (山西, cs03);
  cs:冯振华#2 宣威市委常委、常务副市长 (云南, cs09).
- one organ name on different places: bare ``高新区`` (``高新区党工委书记``) is 鞍山高新区 in cs05 and 毕节高新区 in cs08; bare
  ``市委副书记、市长`` is 晋中's (cs02, a prefecture city), 海城市's (cs06, a county-level city), 毕节's (cs08) and 宣威市's (cs09);
  ``县委副书记、县长`` is 祁县's, 灵石's, 岫岩's and 织金's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq where they speak; decided here where they are silent):
- DECIDED HERE (markup): entities and tags are not text; evidence spans are chosen to hold none (every span here is free
  of ``&…;`` and ``<…>``), and no person name, title chain or project name is cut by markup. Nothing inside the CSS /
  ``<style>`` lines, the ``<script>`` / ``var _hmt`` line, ``<img>`` ``alt`` texts or link targets is annotated.
- DECIDED HERE (side lists): the 热点排行, 图片新闻, 本版热点排行, 本版其他新闻 and 相关链接 lists are page chrome like 上一篇 /
  下一篇: their headlines are not annotated (no event, place or person line), even where a headline names a leader of
  the body (cs01's ``苏建岭督导检查城区防汛排涝工作``) or a place not in the body (台安县, 千山, 奢香古镇, 七星关区, 翠峰街道).
- DECIDED HERE (bare day): 鞍山日报 writes ``21日`` with no month; date_text is the text as written and the month comes from
  the page stamp (2024-05-22).
- Labels: 岫岩满族自治县 is the full name of the autonomous county (``县委书记`` on its site → 岫岩满族自治县委 书记); 铁西区 is a
  district name several cities have (沈阳, 鞍山, 四平) → ``鞍山市铁西区委`` / ``鞍山市铁西区政府``; 鞍山高新区, 毕节高新区 and
  曲靖经开区 as CONVENTIONS folds zones; 海城市 and 宣威市 are county-level cities (``市委副书记、市长`` on their sites → 海城市委 /
  海城市政府, 宣威市委 / 宣威市政府, as bs reads 库车市).
- DECIDED HERE: ``鞍山市委常委、海城市委书记石立峰`` → 鞍山市委 常委 + 海城市委 书记; the bare ``市委副书记、市长`` and
  ``市委常委、常务副市长`` that follow on the 海城 site are 海城市's (the site's city), not 鞍山's.
- Bare organs take the page's place or its parent of the right level (bs): in a city paper a bare ``县委副书记、县长`` right
  after ``灵石县委书记`` / ``织金县委书记`` is that county's; ``高新区党工委书记、管委会主任`` in the 鞍山 paper is 鞍山高新区's, the
  bare ``高新区党工委书记`` in the 毕节日报 毕节高新区's; ``镇党委书记`` after ``在东观镇`` / ``在哈达碑镇`` / ``在羊场镇`` is that
  town's; ``县委常委、两渡镇党委书记`` → 灵石县委 常委 + 灵石县两渡镇党委 书记.
- A street administered by a zone takes the zone's label (bq): ``在西城街道，街道党工委书记敖志鹏`` → 曲靖经开区西城街道党工委.
- One line per post per article; a list after one title gives every name that title (``副市长代丽琼、缪志坚``).
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 / 参加调研 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排
  speakers); a person who only 汇报 is a speaker, not an attendee (cs02's 侯振宇); 调度会, 工作会议, 常务会议 are meetings (chair
  when 主持; 出席 / 参加 attendees); the 观摩 is a ``site observation`` and the 点评会 after it a meeting of its own (CONVENTIONS).
- Projects: named works inspected or pushed; 产业园 (and their 期) ``industrial_park``; 老旧小区改造 / 城中村改造
  ``housing_project``; 堤防 and 防洪 works ``engineering_work``; 水厂 / 污水处理厂 ``infrastructure_project``; the rest ``project``.
  Generic phrases (易地扶贫搬迁安置点, 辣椒种植基地, 冷链仓储设施, 就业帮扶车间) are no projects.
- Places: one line per name per file as written; places inside titles, organ references and project names count; a name
  in the headline counts (cs02's 介休, 灵石). DECIDED HERE: a zone written both in full and bare on one page (鞍山高新区 /
  高新区, 毕节高新区 / 高新区) gets one line, with the full name (as bq05); a city is kind ``prefecture_city``. Mastheads,
  site lines, 来源 lines, footers, side lists and 上一篇 / 下一篇 are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XY = "岫岩满族自治县"
AS_TX = "鞍山市铁西区"
AS_GX = "鞍山高新区"
BJ_GX = "毕节高新区"
QJ = "曲靖经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cs01_qixian.txt": (2022, "发布时间：2022-06-17 10:32", "祁县", [
        ("苏建岭深入东观镇贾令镇调研设施农业和防汛工作", "6月16日", "2022-06-16", "6月16日，县委副书记",
         "county site (TRS CSS line, &nbsp; indents, 热点排行): the 县长's 调研 of two towns; 副县长 and two 县 department heads")]),
    "cs02_jinzhong.txt": (2023, "2023年04月12日", "晋中市", [
        ("贺东林在介休灵石调研时强调", "4月11日", "2023-04-11", "本报讯（记者 史晓琳）4月11日",
         "city paper digital edition (<a>, <br/>): the 市长's 调研 of 介休市 and 灵石县; 副市长, 市政府秘书长, two local 书记, a 县长")]),
    "cs03_lingshi.txt": (2024, "发布时间：2024-03-21 09:15", "灵石县", [
        ("苏建岭主持召开全县重点项目建设调度会", "3月20日下午", "2024-03-20", "3月20日下午，县委书记",
         "county site (script line, <img>, 图片新闻): the new 县委书记's 调度会; 县长, 常务副县长 冯振华#1, a 县委常委 who is a town secretary")]),
    "cs04_xiuyan.txt": (2022, "2022-08-10 16:48:21", XY, [
        ("那宏伟到偏岭镇哈达碑镇检查灾后恢复重建工作", "8月9日", "2022-08-09", "8月9日，县委书记",
         "county site (every paragraph in <span style>): the 县委书记's 检查 after a flood; 县长, 县委常委、副县长, a town secretary")]),
    "cs05_anshan.txt": (2024, "2024-05-22 08:21", "鞍山市", [
        ("那宏伟到鞍山高新区铁西区调研", "21日", "2024-05-21", "本报讯（记者 孟繁超）21日",
         "city portal copy of the 鞍山日报 (<p style>, share links, 图片新闻 <img>, 热点排行; bare-day dateline): the 副市长 (the former 岫岩 书记) in the 高新区 and 铁西区")]),
    "cs06_haicheng.txt": (2023, "发布时间：2023-02-15", "海城市", [
        ("海城市召开全市安全生产暨重点项目建设工作会议", "2月14日", "2023-02-14", "2月14日，海城市召开",
         "county-level city site (CSS lines, <br />): 工作会议 with 鞍山市委常委、海城市委书记, 市长 主持, 常务副市长, 副市长, a 局长")]),
    "cs07_dafang.txt": (2022, "发布时间：2022-09-07 18:06", "大方县", [
        ("蒙德华到羊场镇东关乡调研乡村振兴和产业发展工作", "9月6日", "2022-09-06", "9月6日，县委书记",
         "county site (<img> block, <script> line, 图片新闻 / 热点排行): the 县委书记's 调研 with the 常务副县长 罗文彬")]),
    "cs08_bijie.txt": (2024, "2024年7月18日", "毕节市", [
        ("吴启明到毕节高新区和织金县调研工业经济和项目建设", "7月17日", "2024-07-17", "本报讯（记者 杨雪梅）7月17日",
         "city paper 第01版 (<div>, <br>): the 市长's 调研 of 毕节高新区 and 织金县; 罗文彬 now 织金县长")]),
    "cs09_xuanwei.txt": (2023, "发布时间：2023-10-13 17:40", "宣威市", [
        ("浦建明主持召开市人民政府第42次常务会议", "10月12日", "2023-10-12", "10月12日，市委副书记",
         "county-level city site (<style> line, 上一篇 / 下一篇): the 市长's 常务会议; 常务副市长 冯振华#2; two 副市长 after one title")]),
    "cs10_qujing_jkq.txt": (2024, "发布时间：2024-11-08 16:20", QJ, [
        ("经开区开展第四季度重点项目现场观摩活动", "11月7日", "2024-11-07", "11月7日，经开区组织开展",
         "zone site (<p>, script, 热点排行): 观摩 and 点评会; 代丽琼 now 党工委委员、管委会副主任; a street secretary")]),
}

_CS01_SU = "县委副书记、县长苏建岭深入东观镇"
_CS02_TIAN = "灵石县委书记冀卫国，县委副书记、县长田茂盛陪同调研"
_CS03_DU = "县委常委、两渡镇党委书记杜春生"
_CS04_GUAN = "县委副书记、县长关丽娜"
_CS04_TONG = "县委常委、副县长佟海涛陪同检查"
_CS05_CAO = "高新区党工委书记、管委会主任曹立鹏"
_CS05_KAN = "铁西区委副书记、区长阚立波"
_CS06_SHI = "鞍山市委常委、海城市委书记石立峰"
_CS06_WEI = "市委副书记、市长魏建勋主持会议"
_CS06_KONG = "市委常委、常务副市长孔令峰"
_CS07_LUO = "县委常委、常务副县长罗文彬"
_CS08_WU = "市委副书记、市长吴启明到毕节高新区"
_CS08_LUO = "县委副书记、县长罗文彬陪同调研"
_CS09_PU = "市委副书记、市长浦建明主持召开"
_CS09_FENG = "市委常委、常务副市长冯振华"
_CS10_SUN = "党工委副书记、管委会主任孙启伦"
_CS10_DAI = "党工委委员、管委会副主任代丽琼"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 晋中
    "cs:苏建岭": ("苏建岭", "official", "晋中市", [
        ("cs01", "祁县委", "副书记", _CS01_SU, "2022-06: bare 县委 on the 祁县 site (identity case: 灵石县委书记 in 2024, cs03); also named in a 热点排行 headline, not annotated"),
        ("cs01", "祁县政府", "县长", _CS01_SU, None),
        ("cs03", "灵石县委", "书记", "县委书记苏建岭主持召开", "2024-03: now 灵石县委书记 (bare 县委 on the 灵石 site)")], []),
    "cs:温晓敏": ("温晓敏", "official", "祁县", [
        ("cs01", "祁县政府", "副县长", "副县长温晓敏", None)], []),
    "cs:武国庆": ("武国庆", "official", "祁县", [
        ("cs01", "祁县农业农村局", "局长", "县农业农村局局长武国庆", None)], []),
    "cs:段爱萍": ("段爱萍", "official", "祁县", [
        ("cs01", "祁县水利局", "局长", "县水利局局长段爱萍", None)], []),
    "cs:乔永刚": ("乔永刚", "official", "祁县", [
        ("cs01", "祁县东观镇党委", "书记", "镇党委书记乔永刚", "bare 镇 after 在东观镇设施蔬菜产业园")], []),
    "cs:贺东林": ("贺东林", "official", "晋中市", [
        ("cs02", "晋中市委", "副书记", "市委副书记、市长贺东林深入介休市", "bare 市委 in the 晋中日报 = 晋中市委; named in the headline too"),
        ("cs02", "晋中市政府", "市长", "市委副书记、市长贺东林深入介休市", None)], []),
    "cs:阎素梅": ("阎素梅", "official", "晋中市", [
        ("cs02", "晋中市政府", "副市长", "副市长阎素梅", None)], []),
    "cs:庞立勋": ("庞立勋", "official", "晋中市", [
        ("cs02", "晋中市政府", "秘书长", "市政府秘书长庞立勋", None)], []),
    "cs:侯振宇": ("侯振宇", "official", "介休市", [
        ("cs02", "介休市委", "书记", "介休市委书记侯振宇", None)], []),
    "cs:冀卫国": ("冀卫国", "official", "灵石县", [
        ("cs02", "灵石县委", "书记", _CS02_TIAN, "2023-04 (苏建岭 holds the post in 2024, cs03)")], []),
    "cs:田茂盛": ("田茂盛", "official", "灵石县", [
        ("cs02", "灵石县委", "副书记", _CS02_TIAN, "2023-04: bare 县委 right after 灵石县委书记"),
        ("cs02", "灵石县政府", "县长", _CS02_TIAN, None),
        ("cs03", "灵石县委", "副书记", "县委副书记、县长田茂盛出席会议并讲话", "2024-03: the same posts"),
        ("cs03", "灵石县政府", "县长", "县委副书记、县长田茂盛出席会议并讲话", None)], []),
    "cs:冯振华#1": ("冯振华", "official", "灵石县", [
        ("cs03", "灵石县委", "常委", "县委常委、常务副县长冯振华", "灵石县 (山西); not the 冯振华 of 宣威市 (云南, cs09)"),
        ("cs03", "灵石县政府", "常务副县长", "县委常委、常务副县长冯振华", None)], []),
    "cs:杜春生": ("杜春生", "official", "灵石县", [
        ("cs03", "灵石县委", "常委", _CS03_DU, None),
        ("cs03", "灵石县两渡镇党委", "书记", _CS03_DU, "town of the county site")], []),
    "cs:梁晓宇": ("梁晓宇", "official", "灵石县", [
        ("cs03", "灵石县发展和改革局", "局长", "县发展和改革局局长梁晓宇", None)], []),
    # ---- 鞍山
    "cs:那宏伟": ("那宏伟", "official", "鞍山市", [
        ("cs04", f"{XY}委", "书记", "县委书记那宏伟深入偏岭镇", "2022-08: DECIDED HERE label = full name of the autonomous county (identity case: 鞍山市副市长 in 2024, cs05)"),
        ("cs05", "鞍山市政府", "副市长", "副市长那宏伟到鞍山高新区", "2024-05: now 副市长 (the 鞍山日报)")], []),
    "cs:关丽娜": ("关丽娜", "official", XY, [
        ("cs04", f"{XY}委", "副书记", _CS04_GUAN, None),
        ("cs04", f"{XY}政府", "县长", _CS04_GUAN, None)], []),
    "cs:佟海涛": ("佟海涛", "official", XY, [
        ("cs04", f"{XY}委", "常委", _CS04_TONG, None),
        ("cs04", f"{XY}政府", "副县长", _CS04_TONG, None)], []),
    "cs:白晓庆": ("白晓庆", "official", XY, [
        ("cs04", f"{XY}哈达碑镇党委", "书记", "镇党委书记白晓庆", "bare 镇 after 在哈达碑镇玉石文化产业园")], []),
    "cs:景玉成": ("景玉成", "official", "鞍山市", [
        ("cs05", "鞍山市政府", "副秘书长", "市政府副秘书长景玉成", None)], []),
    "cs:尚文杰": ("尚文杰", "official", "鞍山市", [
        ("cs05", "鞍山市科技局", "局长", "市科技局局长尚文杰", None)], []),
    "cs:曹立鹏": ("曹立鹏", "official", AS_GX, [
        ("cs05", f"{AS_GX}党工委", "书记", _CS05_CAO, "bare 高新区 in the 鞍山 paper = 鞍山高新区 (毕节高新区 in cs08)"),
        ("cs05", f"{AS_GX}管委会", "主任", _CS05_CAO, None)], []),
    "cs:阚立波": ("阚立波", "official", AS_TX, [
        ("cs05", f"{AS_TX}委", "副书记", _CS05_KAN, "铁西区: a name several cities have → 鞍山市铁西区"),
        ("cs05", f"{AS_TX}政府", "区长", _CS05_KAN, None)], []),
    "cs:石立峰": ("石立峰", "official", "海城市", [
        ("cs06", "鞍山市委", "常委", _CS06_SHI, "DECIDED HERE: the city's 常委 and the county-level city's 书记"),
        ("cs06", "海城市委", "书记", _CS06_SHI, None)], []),
    "cs:魏建勋": ("魏建勋", "official", "海城市", [
        ("cs06", "海城市委", "副书记", _CS06_WEI, "bare 市委 on the 海城 site = 海城市委"),
        ("cs06", "海城市政府", "市长", _CS06_WEI, None)], []),
    "cs:孔令峰": ("孔令峰", "official", "海城市", [
        ("cs06", "海城市委", "常委", _CS06_KONG, None),
        ("cs06", "海城市政府", "常务副市长", _CS06_KONG, None)], []),
    "cs:常丽华": ("常丽华", "official", "海城市", [
        ("cs06", "海城市政府", "副市长", "副市长常丽华出席会议", None)], []),
    "cs:房振东": ("房振东", "official", "海城市", [
        ("cs06", "海城市应急管理局", "局长", "市应急管理局局长房振东", None)], []),
    # ---- 毕节
    "cs:蒙德华": ("蒙德华", "official", "大方县", [
        ("cs07", "大方县委", "书记", "县委书记蒙德华到羊场镇", "named in the headline too")], []),
    "cs:罗文彬": ("罗文彬", "official", "毕节市", [
        ("cs07", "大方县委", "常委", _CS07_LUO, "2022-09 (identity case: 织金县长 in 2024, cs08)"),
        ("cs07", "大方县政府", "常务副县长", _CS07_LUO, None),
        ("cs08", "织金县委", "副书记", _CS08_LUO, "2024-07: bare 县委 right after 织金县委书记"),
        ("cs08", "织金县政府", "县长", _CS08_LUO, None)], []),
    "cs:安晓蓉": ("安晓蓉", "official", "大方县", [
        ("cs07", "大方县农业农村局", "局长", "县农业农村局局长安晓蓉", None)], []),
    "cs:龙万勇": ("龙万勇", "official", "大方县", [
        ("cs07", "大方县羊场镇党委", "书记", "镇党委书记龙万勇", "bare 镇 after 在羊场镇")], []),
    "cs:吴启明": ("吴启明", "official", "毕节市", [
        ("cs08", "毕节市委", "副书记", _CS08_WU, "named in the headline too"),
        ("cs08", "毕节市政府", "市长", _CS08_WU, None)], []),
    "cs:禄晓红": ("禄晓红", "official", "毕节市", [
        ("cs08", "毕节市政府", "副市长", "副市长禄晓红", None)], []),
    "cs:周泽民": ("周泽民", "official", BJ_GX, [
        ("cs08", f"{BJ_GX}党工委", "书记", "高新区党工委书记周泽民", "bare 高新区 in the 毕节日报 = 毕节高新区 (鞍山高新区 in cs05)")], []),
    "cs:黎胜军": ("黎胜军", "official", "织金县", [
        ("cs08", "织金县委", "书记", "织金县委书记黎胜军", None)], []),
    # ---- 曲靖
    "cs:浦建明": ("浦建明", "official", "宣威市", [
        ("cs09", "宣威市委", "副书记", _CS09_PU, "bare 市委 on the 宣威 site = 宣威市委; named in the headline too"),
        ("cs09", "宣威市政府", "市长", _CS09_PU, None)], []),
    "cs:冯振华#2": ("冯振华", "official", "宣威市", [
        ("cs09", "宣威市委", "常委", _CS09_FENG, "宣威市 (云南); not the 冯振华 of 灵石县 (山西, cs03)"),
        ("cs09", "宣威市政府", "常务副市长", _CS09_FENG, None)], []),
    "cs:代丽琼": ("代丽琼", "official", "曲靖市", [
        ("cs09", "宣威市政府", "副市长", "副市长代丽琼、缪志坚", "2023-10: list after one title (identity case: 曲靖经开区 in 2024, cs10)"),
        ("cs10", f"{QJ}党工委", "委员", _CS10_DAI, "2024-11: bare 经开区 / 党工委 on the 曲靖经开区 site"),
        ("cs10", f"{QJ}管委会", "副主任", _CS10_DAI, None)], []),
    "cs:缪志坚": ("缪志坚", "official", "宣威市", [
        ("cs09", "宣威市政府", "副市长", "副市长代丽琼、缪志坚", None)], []),
    "cs:晏海龙": ("晏海龙", "official", "宣威市", [
        ("cs09", "宣威市发展和改革局", "局长", "市发展和改革局局长晏海龙", None)], []),
    "cs:耿振东": ("耿振东", "official", QJ, [
        ("cs10", f"{QJ}党工委", "书记", "经开区党工委书记耿振东", None)], []),
    "cs:孙启伦": ("孙启伦", "official", QJ, [
        ("cs10", f"{QJ}党工委", "副书记", _CS10_SUN, None),
        ("cs10", f"{QJ}管委会", "主任", _CS10_SUN, None)], []),
    "cs:敖志鹏": ("敖志鹏", "official", QJ, [
        ("cs10", f"{QJ}西城街道党工委", "书记", "在西城街道，街道党工委书记敖志鹏", "a street administered by the zone takes the zone label (bq)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cs01", "郝丽芳", "责任编辑", "editor", "责任编辑：郝丽芳"),
    ("cs02", "史晓琳", "记者", "reporter", "本报讯（记者 史晓琳）"),
    ("cs02", "赵婧", "责任编辑", "editor", "责任编辑：赵婧"),
    ("cs03", "王慧敏", "责任编辑", "editor", "责任编辑：王慧敏"),
    ("cs04", "车永红", "编辑", "editor", "编辑：车永红"),
    ("cs04", "董立春", "审核", "editor", "审核：董立春"),
    ("cs05", "孟繁超", "记者", "reporter", "本报讯（记者 孟繁超）"),
    ("cs05", "于洋", "责任编辑", "editor", "责任编辑：于洋"),
    ("cs06", "李楠", "责任编辑", "editor", "责任编辑：李楠"),
    ("cs07", "张晓燕", "编辑", "editor", "编辑：张晓燕"),
    ("cs07", "刘婷", "审核", "editor", "审核：刘婷"),
    ("cs08", "杨雪梅", "记者", "reporter", "本报讯（记者 杨雪梅）"),
    ("cs08", "吕娜", "责任编辑", "editor", "责任编辑：吕娜"),
    ("cs09", "钱丽", "责任编辑", "editor", "责任编辑：钱丽"),
    ("cs10", "郑欣", "编辑", "editor", "编辑：郑欣"),
    ("cs10", "赵丹", "审核", "editor", "审核：赵丹"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("cs01", "东观镇、贾令镇设施农业发展和汛前准备工作调研", "inspection (调研)", "6月16日", None, "苏建岭", [],
     ["温晓敏", "武国庆", "段爱萍"], ["乔永刚", "苏建岭", "武国庆", "温晓敏"], "东观镇、贾令镇",
     "县委副书记、县长苏建岭深入东观镇、贾令镇，调研设施农业发展和汛前准备工作",
     ["县长苏建岭深入东观镇", "县水利局局长段爱萍陪同调研", "镇党委书记乔永刚介绍了", "苏建岭指出", "武国庆汇报了",
      "苏建岭强调", "温晓敏要求"]),
    ("cs02", "介休市、灵石县重点项目建设和安全生产调研", "inspection (调研)", "4月11日", None, "贺东林", [],
     ["阎素梅", "庞立勋", "冀卫国", "田茂盛"], ["侯振宇", "田茂盛", "贺东林", "阎素梅"], "介休市、灵石县",
     "市委副书记、市长贺东林深入介休市、灵石县，调研重点项目建设和安全生产工作",
     ["市长贺东林深入介休市、灵石县", "市政府秘书长庞立勋参加调研", "介休市委书记侯振宇汇报了", "县长田茂盛陪同调研",
      "田茂盛介绍了", "贺东林强调", "阎素梅就做好汾河流域生态保护和汛前准备作了安排"]),
    ("cs03", "全县重点项目建设调度会", "meeting (调度会)", "3月20日下午", "苏建岭", None, [],
     ["田茂盛", "冯振华", "杜春生"], ["田茂盛", "梁晓宇", "杜春生", "冯振华", "苏建岭"], None,
     "县委书记苏建岭主持召开全县重点项目建设调度会",
     ["县委书记苏建岭主持召开", "县长田茂盛出席会议并讲话", "县委常委、常务副县长冯振华", "两渡镇党委书记杜春生，各乡镇和县直有关部门主要负责同志参加会议",
      "梁晓宇通报了", "杜春生汇报了", "冯振华就项目用地报批", "田茂盛要求", "苏建岭强调"]),
    ("cs04", "偏岭镇、哈达碑镇灾后恢复重建和玉石产业恢复生产检查", "inspection (检查)", "8月9日", None, "那宏伟", [],
     ["关丽娜", "佟海涛"], ["那宏伟", "白晓庆", "关丽娜"], "偏岭镇、哈达碑镇",
     "县委书记那宏伟深入偏岭镇、哈达碑镇，检查灾后恢复重建和玉石产业恢复生产工作",
     ["县委书记那宏伟深入偏岭镇", "副县长佟海涛陪同检查", "他叮嘱施工单位", "镇党委书记白晓庆介绍了", "那宏伟强调", "关丽娜表示"]),
    ("cs05", "鞍山高新区、铁西区科技创新和城市更新调研", "inspection (调研)", "21日", None, "那宏伟", [],
     ["景玉成", "尚文杰"], ["曹立鹏", "那宏伟", "阚立波"], "鞍山高新区、铁西区",
     "副市长那宏伟到鞍山高新区、铁西区调研科技创新和城市更新工作",
     ["副市长那宏伟到鞍山高新区、铁西区调研", "市科技局局长尚文杰参加调研", "曹立鹏汇报了", "那宏伟指出", "阚立波介绍了", "那宏伟强调"]),
    ("cs06", "全市安全生产暨重点项目建设工作会议", "meeting (工作会议)", "2月14日", "魏建勋", None, ["海城市"],
     ["石立峰", "孔令峰", "常丽华"], ["房振东", "孔令峰", "常丽华", "石立峰", "魏建勋"], None,
     "海城市召开全市安全生产暨重点项目建设工作会议，总结2022年工作",
     ["海城市委书记石立峰出席会议并讲话", "市长魏建勋主持会议", "副市长常丽华出席会议", "房振东通报了", "孔令峰通报了",
      "常丽华对春节后企业复工复产", "石立峰强调", "魏建勋要求"]),
    ("cs07", "羊场镇、东关乡乡村振兴和特色产业发展调研", "inspection (调研)", "9月6日", None, "蒙德华", [],
     ["罗文彬", "安晓蓉"], ["龙万勇", "蒙德华", "罗文彬"], "羊场镇、东关乡",
     "县委书记蒙德华到羊场镇、东关乡调研乡村振兴和特色产业发展工作",
     ["县委书记蒙德华到羊场镇、东关乡调研", "县农业农村局局长安晓蓉陪同调研", "镇党委书记龙万勇汇报了", "蒙德华强调", "罗文彬要求"]),
    ("cs08", "毕节高新区、织金县工业经济运行和重点项目建设调研", "inspection (调研)", "7月17日", None, "吴启明", [],
     ["禄晓红", "黎胜军", "罗文彬"], ["周泽民", "吴启明", "罗文彬", "禄晓红"], "毕节高新区、织金县",
     "市委副书记、市长吴启明到毕节高新区、织金县调研工业经济运行和重点项目建设",
     ["市长吴启明到毕节高新区、织金县调研", "副市长禄晓红参加调研", "周泽民汇报了", "吴启明指出", "县长罗文彬陪同调研",
      "罗文彬介绍了", "吴启明强调", "禄晓红就做好暑期旅游旺季服务保障作了安排"]),
    ("cs09", "市人民政府第42次常务会议", "meeting (常务会议)", "10月12日", "浦建明", None, ["宣威市政府"],
     ["冯振华", "代丽琼", "缪志坚"], ["晏海龙", "冯振华", "浦建明"], None,
     "市长浦建明主持召开市人民政府第42次常务会议",
     ["市长浦建明主持召开", "市委常委、常务副市长冯振华", "副市长代丽琼、缪志坚出席会议", "局长晏海龙关于前三季度全市经济运行情况的汇报",
      "冯振华就确保完成全年固定资产投资目标作了安排", "浦建明强调"]),
    ("cs10", "第四季度重点项目现场观摩活动", "site observation (观摩活动)", "11月7日", None, None, [QJ],
     ["耿振东", "孙启伦", "代丽琼"], ["敖志鹏"], "西城街道、三宝街道",
     "11月7日，经开区组织开展第四季度重点项目现场观摩活动",
     ["经开区党工委书记耿振东", "党工委委员、管委会副主任代丽琼，各街道、园区和部门主要负责同志参加观摩", "街道党工委书记敖志鹏介绍了"]),
    ("cs10", "点评会", "meeting (点评会)", "11月7日", None, None, [],
     [], ["代丽琼", "孙启伦", "耿振东"], None,
     "观摩结束后召开点评会",
     ["代丽琼通报了观摩打分情况", "孙启伦就四季度项目投资冲刺", "耿振东指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cs01", "东观镇设施蔬菜产业园", "industrial_park", "在东观镇设施蔬菜产业园"),
    ("cs01", "昌源河祁县段防洪治理工程", "engineering_work", "听取昌源河祁县段防洪治理工程施工进展情况"),
    ("cs02", "介休氢能综合利用产业园一期", "industrial_park", "来到介休氢能综合利用产业园一期项目现场"),
    ("cs02", "灵石县煤矸石综合利用项目", "project", "实地察看了灵石县煤矸石综合利用项目"),
    ("cs03", "两渡镇煤矸石综合利用项目", "project", "杜春生汇报了两渡镇煤矸石综合利用项目设备安装"),
    ("cs03", "王家大院景区提升改造工程", "project", "分别汇报了王家大院景区提升改造工程"),
    ("cs03", "灵石县第二污水处理厂", "infrastructure_project", "灵石县第二污水处理厂建设进展"),
    ("cs04", "大洋河岫岩段堤防修复工程", "engineering_work", "详细了解大洋河岫岩段堤防修复工程的施工组织"),
    ("cs04", "哈达碑镇玉石文化产业园", "industrial_park", "在哈达碑镇玉石文化产业园"),
    ("cs05", "鞍山激光产业园二期", "industrial_park", "在鞍山激光产业园二期"),
    ("cs05", "铁西区北部片区老旧小区改造项目", "housing_project", "铁西区北部片区老旧小区改造项目和工业遗产文化街区项目现场"),
    ("cs05", "工业遗产文化街区项目", "project", "铁西区北部片区老旧小区改造项目和工业遗产文化街区项目现场"),
    ("cs06", "腾鳌镇菱镁新材料产业园", "industrial_park", "腾鳌镇菱镁新材料产业园、海城市中心医院新院区建设项目"),
    ("cs06", "海城市中心医院新院区建设项目", "project", "腾鳌镇菱镁新材料产业园、海城市中心医院新院区建设项目"),
    ("cs07", "羊场镇安置点配套学校建设项目", "project", "察看就业帮扶车间和羊场镇安置点配套学校建设项目"),
    ("cs07", "大方县天麻精深加工产业园", "industrial_park", "随后来到大方县天麻精深加工产业园"),
    ("cs08", "毕节高新区新能源电池材料产业园一期", "industrial_park", "先后来到毕节高新区新能源电池材料产业园一期"),
    ("cs08", "织金县煤层气综合利用项目", "project", "实地察看了织金县煤层气综合利用项目"),
    ("cs08", "织金洞景区提升改造工程", "project", "织金洞景区提升改造工程。织金县委书记"),
    ("cs09", "宣威火腿食品加工产业园二期", "industrial_park", "会议研究了宣威火腿食品加工产业园二期"),
    ("cs09", "宣威市第二水厂扩建工程", "infrastructure_project", "宣威市第二水厂扩建工程和来宾街道老旧小区改造项目"),
    ("cs09", "来宾街道老旧小区改造项目", "housing_project", "宣威市第二水厂扩建工程和来宾街道老旧小区改造项目"),
    ("cs10", "新能源电池产业园三期", "industrial_park", "观摩组先后来到新能源电池产业园三期"),
    ("cs10", "西城街道城中村改造项目", "housing_project", "西城街道城中村改造项目和三宝街道污水处理厂提标改造工程现场"),
    ("cs10", "三宝街道污水处理厂提标改造工程", "infrastructure_project", "西城街道城中村改造项目和三宝街道污水处理厂提标改造工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cs01", "东观镇", "town", "standalone", "深入东观镇、贾令镇，调研设施农业发展"),
    ("cs01", "贾令镇", "town", "standalone", "深入东观镇、贾令镇，调研设施农业发展"),
    ("cs01", "昌源河", "river", "standalone", "苏建岭一行沿昌源河察看堤防"),
    ("cs01", "祁县", "county", "in_project_name", "听取昌源河祁县段防洪治理工程施工进展情况"),
    ("cs02", "介休", "county_level_city", "standalone", "贺东林在介休灵石调研时强调"),
    ("cs02", "灵石", "county", "standalone", "贺东林在介休灵石调研时强调"),
    ("cs02", "介休市", "county_level_city", "standalone", "深入介休市、灵石县，调研重点项目建设"),
    ("cs02", "灵石县", "county", "standalone", "深入介休市、灵石县，调研重点项目建设"),
    ("cs02", "义安镇", "town", "standalone", "在介休市义安镇，贺东林"),
    ("cs02", "两渡镇", "town", "standalone", "在灵石县两渡镇，贺东林"),
    ("cs02", "汾河", "river", "standalone", "全县煤矿安全专项整治和汾河沿岸生态修复工作"),
    ("cs03", "两渡镇", "town", "in_title", _CS03_DU),
    ("cs03", "静升镇", "town", "standalone", "静升镇、翠峰镇有关负责同志分别汇报了"),
    ("cs03", "翠峰镇", "town", "standalone", "静升镇、翠峰镇有关负责同志分别汇报了"),
    ("cs03", "王家大院", "heritage_site", "in_project_name", "分别汇报了王家大院景区提升改造工程"),
    ("cs03", "灵石县", "county", "in_project_name", "灵石县第二污水处理厂建设进展"),
    ("cs04", "偏岭镇", "town", "standalone", "县委书记那宏伟深入偏岭镇、哈达碑镇"),
    ("cs04", "哈达碑镇", "town", "standalone", "县委书记那宏伟深入偏岭镇、哈达碑镇"),
    ("cs04", "大洋河", "river", "standalone", "那宏伟沿大洋河察看水毁堤防"),
    ("cs04", "岫岩", "county", "in_project_name", "详细了解大洋河岫岩段堤防修复工程的施工组织"),
    ("cs05", "鞍山高新区", "development_zone", "standalone", "副市长那宏伟到鞍山高新区、铁西区调研"),
    ("cs05", "铁西区", "district", "standalone", "副市长那宏伟到鞍山高新区、铁西区调研"),
    ("cs05", "鞍山", "prefecture_city", "standalone", "让更多科技成果在鞍山落地转化"),
    ("cs06", "海城市", "county_level_city", "standalone", "2月14日，海城市召开全市安全生产"),
    ("cs06", "鞍山市", "prefecture_city", "in_title", _CS06_SHI),
    ("cs06", "腾鳌镇", "town", "standalone", "西柳镇、南台镇、腾鳌镇主要负责同志作表态发言"),
    ("cs06", "西柳镇", "town", "standalone", "西柳镇、南台镇、腾鳌镇主要负责同志作表态发言"),
    ("cs06", "南台镇", "town", "standalone", "西柳镇、南台镇、腾鳌镇主要负责同志作表态发言"),
    ("cs07", "羊场镇", "town", "standalone", "县委书记蒙德华到羊场镇、东关乡调研"),
    ("cs07", "东关乡", "township", "standalone", "县委书记蒙德华到羊场镇、东关乡调研"),
    ("cs07", "大方县", "county", "in_project_name", "随后来到大方县天麻精深加工产业园"),
    ("cs08", "毕节高新区", "development_zone", "standalone", "市长吴启明到毕节高新区、织金县调研"),
    ("cs08", "织金县", "county", "standalone", "市长吴启明到毕节高新区、织金县调研"),
    ("cs08", "织金洞", "cave", "in_project_name", "织金洞景区提升改造工程。织金县委书记"),
    ("cs09", "板桥街道", "sub_district_office", "standalone", "要求板桥街道、来宾街道配合做好征地拆迁"),
    ("cs09", "来宾街道", "sub_district_office", "standalone", "要求板桥街道、来宾街道配合做好征地拆迁"),
    ("cs09", "宣威", "county_level_city", "in_project_name", "会议研究了宣威火腿食品加工产业园二期"),
    ("cs09", "宣威市", "county_level_city", "in_project_name", "宣威市第二水厂扩建工程和来宾街道老旧小区改造项目"),
    ("cs10", "经开区", "development_zone", "standalone", "11月7日，经开区组织开展"),
    ("cs10", "西城街道", "sub_district_office", "standalone", "在西城街道，街道党工委书记敖志鹏"),
    ("cs10", "三宝街道", "sub_district_office", "in_project_name", "西城街道城中村改造项目和三宝街道污水处理厂提标改造工程现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cs", conventions="set cs (blind set: ordinary county and city news pages saved badly, with leftover HTML (entities, tags, CSS and script lines, side lists 热点排行 / 图片新闻), in 山西 晋中 (祁县, 介休市, 灵石县), 辽宁 鞍山 (岫岩满族自治县, 海城市, 鞍山高新区, 鞍山市铁西区), 贵州 毕节 (大方县, 织金县, 毕节高新区), 云南 曲靖 (宣威市, 曲靖经开区); evidence spans hold no markup; side lists, CSS, script and img alt texts are not annotated; 鞍山市委常委、海城市委书记 → 鞍山市委 常委 + 海城市委 书记; bare 高新区 = the paper's city's zone; a street administered by a zone takes the zone label; one line per post per article)",
          persons_note="Set cs persons. id = corpus-wide person_id (cs:冯振华#1 of 灵石县 (山西) and cs:冯振华#2 of 宣威市 (云南) are two people with look-alike posts; cs:苏建岭 祁县长 2022 → 灵石县委书记 2024; cs:那宏伟 岫岩满族自治县委书记 2022 → 鞍山市副市长 2024; cs:罗文彬 大方县常务副县长 2022 → 织金县长 2024; cs:代丽琼 宣威市副市长 2023 → 曲靖经开区党工委委员、管委会副主任 2024)")


if __name__ == "__main__":
    main()
