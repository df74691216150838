"""Write gold part ``hk`` (a blind set: township news written by county 融媒体中心 reporters; two towns named 柳林镇 in
two counties of two provinces) from the tables below.

Pages ``tests/dev/texts/hk*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 随州市政府 site's 和美乡村 page on 随县柳林镇 (``发布时间 … 信息来源 …
编辑 … 审核``, a photo credit ``（随州日报全媒记者…摄）``, a byline line ``随州日报全媒记者 … …``, 团结村党支部书记 and 院子河村
named); the 随县 site's 随县要闻 page (``当前位置:首页 > 要闻动态 > 随县要闻``, ``来源: 编辑: 发布时间: 【字体:``, a 市委常委's
调研 with ``县委常委、统战部部长…等参加调研``); the 随州日报 digital edition (``当前版:02版 发布日期: 2022年09月21日``,
``随州日报讯(全媒记者…)``, a 市委常委、副市长 巡河 of 随县高城镇 with a 座谈会); a 随州日报 portal page (``新闻热线 … 分享到:
发布时间 … 来自: 随州日报 字号: 打印 查看:``, ``随州日报特约记者 … 通讯员 …``) on 随县厉山镇; a 随县论坛 repost of a 随州日报
灾后 page (``随州日报讯(全媒记者…、通讯员…、…)``, ``随县洪山镇青龙庙村党支部书记…``, 武圣宫村); an 柳林 paper page
(``□ 本报记者 …``, ``柳林县高家沟乡党委书记…``); 中新网 on 柳林 三交村 (``柳林县融媒体中心供图``); a 邹平融媒 page (``通讯员
… 报道``, ``阅读量``, ``相关资讯``); a 靖边 新闻信息网 page (``来源: … 发布时间: … 作者:``, the 县委书记 深入 several towns and
named villages); a 戴庙镇 page of a 县派第一书记对接会 (镇党委组织委员 主持, 镇党委副书记、镇长 讲话); a 罗山 莽张镇 page
(``村支部书记介绍…``, ``莽张镇镇长…陪同``); a 融安 page with ``图为… 日报通讯员…摄``; a 凤阳 page ending ``（徐军）``; a
江陵 page (``来源: 记者: 编辑:``); gazetteer pages of 柳林县柳林镇 (寨东村, 鸦沟村, 屈家沟村 …), 穆村镇 (沙曲村, 杨家坪村)
and 孟门镇 (孟门村, 石安村 with the 离石县抗日民主政府旧址). No page was copied. Places are real: 湖北 随州 随县 (柳林镇 with
团结村 and 院子河村; 洪山镇 with 青龙庙村 and 武圣宫村; 殷店镇) and 山西 吕梁 柳林县 (柳林镇, the county seat, with 寨东村,
鸦沟村, 屈家沟村; 穆村镇 with 沙曲村 and 杨家坪村; 孟门镇 with 孟门村 and 石安村).

Shapes: the 随县 site's 随县要闻 of the 县委书记's 调研 in 柳林镇 (镇党委书记, 镇长, a village's 村党支部书记、村委会主任 and its
县局-选派 驻村第一书记; credit ``（随县融媒体中心 记者 … 通讯员 …）``) (hk01); the 随州日报 digital edition 第03版 with two
articles: a town's 现场推进会 (县委常委、组织部部长 出席, 镇党委书记 主持; photo caption ``图为…（随县融媒体中心 记者 … 摄）``)
and a short item on another town's 书记 (``本报讯（通讯员 … …）``) (hk02); the 云上随县 portal of a 副县长's 督导 (the former
柳林镇党委书记) with two ``图为…`` captions, ``（… 记者 … 文/图）`` and ``摄影：…`` (hk03); the 随县 site's 乡镇动态 of a visit
by the other 柳林镇: 柳林县委常委、组织部部长 and ``柳林县柳林镇党委书记`` meet 随县's bare ``柳林镇党委书记`` (hk04); the 柳林县
site's 县长 调研 in 柳林镇 (hk05); the 柳林新闻网 (county 融媒体 portal) of a 驻村第一书记工作推进会 with first secretaries
written ``X村第一书记 name（单位选派）`` and ``文/图：…`` (hk06); the 吕梁日报 第02版 of the 县委书记 (the former 县长) in
穆村镇 and 柳林镇 (the former 柳林镇长 now 穆村镇党委书记) (hk07); the 柳林县 site's 县长 (the former 副县长) 调研 (hk08); the
随县 site's 县长 调研 with the former 第一书记 now 县农业农村局党组成员、副局长 (hk09); the 柳林新闻网's 组织部部长 (the former
柳林镇党委书记) 调研 in 孟门镇 with a 市委宣传部-选派 第一书记 (hk10).

Identity cases:
- two towns named 柳林镇: 随县柳林镇 (湖北, hk01–hk04, hk09) and 柳林县柳林镇 (山西, hk04–hk08); both in one page in hk04.
  The organs ``柳林镇党委`` / ``镇党委`` / ``镇政府`` are 随县's on the 随县 pages and 柳林县's on the 柳林 pages; ``县委`` /
  ``县农业农村局`` / ``县委组织部`` likewise belong to 随县 or to 柳林县 by page (and in hk04 both appear).
- hk:龚建邦: 随县柳林镇党委书记 (hk01, June 2022) → 随县副县长 (hk03, July 2024; hk04, Oct 2024).
- hk:熊晓川: 随县柳林镇党委副书记、镇长 (hk01, 2022) → 镇党委书记 (hk02 2023, hk04 2024, hk09 2025); his successor as 镇长
  hk:詹秀敏 (hk02, hk04, hk09).
- hk:祝凯文: 院子河村驻村第一书记 选派 by the 县农业农村局 (hk01 2022, hk02 2023) → 随县农业农村局党组成员、副局长 (hk09, 2025;
  ``曾在院子河村担任驻村第一书记`` gives no line).
- hk:雒建功: 柳林县委副书记、县长 (hk05, Sept 2022) → 柳林县委书记 (hk07, May 2024).
- hk:白晋峰: 柳林县副县长 (hk05 2022, hk07 2024) → 县委副书记、县长 (hk08, Feb 2025).
- hk:贺忠良: 柳林县柳林镇党委书记 (hk05 2022, hk06 2023) → 柳林县委常委、组织部部长 (hk04 Oct 2024, hk10 Dec 2024).
- hk:任晓军: 柳林县柳林镇党委副书记、镇长 (hk05 2022, hk06 2023) → 穆村镇党委书记 (hk07, 2024).
- hk:霍晓东: 柳林镇镇长 (hk07, written ``镇长`` after the 柳林镇党委书记) and 镇党委副书记、镇长 (hk08).
- two different 严志刚: hk:严志刚#1 is 随县洪山镇青龙庙村党支部书记 (湖北, hk03, 2024); hk:严志刚#2 is 柳林县柳林镇党委委员、
  副镇长 (山西, hk06 2023, hk08 2025).
- the same person across pages: hk:杨德茂 (团结村党支部书记、村委会主任, hk01, hk02, hk09), hk:薛福旺 (寨东村, hk05, hk08),
  hk:薛海鹏 (柳林县柳林镇党委书记, hk04, hk07, hk08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts aa, aq, bs, z where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 (随县柳林镇党委 书记; 柳林县柳林镇政府 镇长); ``镇党委副书记、镇长`` → …党委
  副书记 + …政府 镇长; ``镇党委委员、副镇长`` → …党委 委员 + …政府 副镇长. Village posts of a named village: town label +
  village + 党支部 / 村委会 (随县柳林镇团结村党支部 书记 + 随县柳林镇团结村委会 主任); ``村党支部书记`` after ``在团结村，`` /
  ``在青龙庙村，`` / ``在寨东村，`` / ``在孟门村，`` is that village's (as aa).
- A village's 第一书记 is a post of the village's 党支部 (as aa, aq): ``县农业农村局选派的驻村第一书记祝凯文`` (after ``在院子河
  村，``) → 随县柳林镇院子河村党支部 第一书记; ``鸦沟村第一书记马晨阳（吕梁市自然资源局选派）`` → 柳林县柳林镇鸦沟村党支部 第一
  书记. The dispatching 单位 gives no line; a former holder (``曾在院子河村担任驻村第一书记``) gives no line (as aq).
- DECIDED HERE (two towns of one name): a town is always labelled with its county (随县柳林镇, 柳林县柳林镇). A bare
  ``柳林镇`` / ``镇党委`` takes the page's county: 随县 on the 随县 site, the 云上随县 portal and in the 随州日报 article on
  ``随县柳林镇``; 柳林县 on the 柳林 site, the 柳林新闻网 and in the 吕梁日报 article on 柳林县. In hk04 (the 随县 site) the
  bare ``柳林镇党委书记熊晓川`` is 随县's and ``柳林县柳林镇党委书记薛海鹏`` 柳林县's.
- DECIDED HERE: 随县's organs are ``随县委`` and ``随县政府`` (the county's name already ends in 县, as 康县委 in aq);
  ``县农业农村局党组成员、副局长`` → 随县农业农村局党组 成员 + 随县农业农村局 副局长 (党组成员 as z); ``县委常委、组织部部长`` →
  X县委 常委 + X县委组织部 部长; ``县应急管理局局长`` → 随县应急管理局 局长; ``县委组织部副部长`` → 柳林县委组织部 副部长.
  In the 随州日报 (a city paper) the bare ``县委常委`` of an article on 随县柳林镇 is 随县's; in the 吕梁日报 the bare ``副县长``
  after ``柳林县委书记`` is 柳林县's.
- One line per post per article; the same post written twice in an article gives one line.
- Events: every 调研 / 督导检查 / 考察 is an ``inspection`` (leader; 陪同 / 参加调研 / 参加考察 attendees; 介绍 / 汇报 / 指出 /
  强调 / 要求 / 表示 / 作了安排 speakers); a ``座谈中`` inside a 调研 is part of it (hk10). DECIDED HERE: the named 座谈交流会
  held after the 考察 (hk04) is a meeting of its own, as bs's 督导反馈会 and ak's 座谈会, since the speeches are given there;
  the 考察 keeps the leader and the 陪同 attendees. A town secretary ``带领镇村干部…来到…现场指导`` (hk02 A2) is an inspection.
  The 现场推进会 (hk02) and the 驻村第一书记工作推进会 (hk06) are meetings (chair when 主持; 出席 attendees — 出席会议并讲话 is
  attendee and speaker, as bq; 参加会议 attendees).
- Bylines: ``（随县融媒体中心 记者 … 通讯员 …）``, ``随州日报讯（全媒记者 … 通讯员 … …）``, ``本报讯（记者 … 通讯员 …）`` and
  ``（通讯员 … …）`` give reporter / correspondent lines for each name. DECIDED HERE: ``（… 记者 X 文/图）`` is a reporter line
  (label 文/图; the credit says 记者), ``文/图：X`` with no 记者 an author line (as dg07); ``摄影：X`` and ``（… 记者 X 摄）`` are
  photographer lines. A name credited twice in one article (``作者：高慧敏`` in the stamp line and ``文/图：高慧敏``) gives one
  line. 编辑 / 责任编辑 / 审核 are editor lines. A photo caption ``图为…`` is part of its article.
- Projects: works named as under way or inspected: 防洪排涝 / 河堤加固 works ``engineering_work``; 安置小区 and 老旧小区改造
  ``housing_project``; 道路修复, 排水管网, 供热管网 works ``infrastructure_project``; a river's 生态修复工程 ``greening_project``;
  named 基地, 示范片区, 加工项目 (and their 二期), a 光伏发电项目, a village's 小杂粮加工厂, a 红色教育基地提升工程 and a 古镇保护利用
  项目 ``project``. A project is named only where the page writes it as one phrase (``团结村香菇种植基地二期``); the bare
  ``香菇种植基地`` of hk01, ``村湾改造``, ``村集体肉牛养殖场``, ``采煤沉陷区综合治理`` and ``高标准农田建设`` in general are none.
- Places: one line per name per file (hk04's two 柳林镇 are one line, kind town); towns, villages, counties, cities,
  provinces, rivers and regions in the body, in titles (``柳林县委书记``), in 选派 units (吕梁市, 柳林县) and in project names
  count; a heritage site (离石县抗日民主政府旧址) and an ancient town inside a project name (孟门古镇) are annotated as written; site lines, mastheads, 来源 lines, footers,
  addresses, 上一篇 / 下一篇 and 相关阅读 / 相关新闻 lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SX, LL = "随县", "柳林县"
SXL = "随县柳林镇"
LLL = "柳林县柳林镇"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hk01_suixian.txt": (2022, "发布时间：2022-06-10", SX, [
        ("闵少峰深入柳林镇调研灾后恢复重建和乡村振兴工作", "6月9日", "2022-06-09", "6月9日，县委书记",
         "county site 随县要闻: the 县委书记's 调研 in 柳林镇; 镇党委书记, 镇长, a village's 村党支部书记、村委会主任 and its 驻村第一书记")]),
    "hk02_suizhou.txt": (2023, "2023年04月14日　星期五", SX, [
        ("柳林镇召开和美乡村建设现场推进会", "4月13日", "2023-04-13", "随州日报讯（全媒记者 胡婧",
         "city paper 第03版: a town's 现场推进会 (县委常委、组织部部长 出席; the former 镇长 now 镇党委书记 主持); photo caption"),
        ("殷店镇：千亩油茶春管忙", "4月12日", "2023-04-12", "本报讯（通讯员 邵永康",
         "city paper short item: another town's 党委书记 at an 油茶 base")]),
    "hk03_suixian.txt": (2024, "2024-07-08 18:36", SX, [
        ("龚建邦到洪山镇督导防汛救灾和生产自救工作", "7月7日", "2024-07-07", "7月7日，副县长龚建邦",
         "county 融媒体 portal: a 副县长 (the former 柳林镇党委书记) 督导 in 洪山镇; 图为 captions; 文/图 and 摄影 credits; 严志刚#1")]),
    "hk04_suixian.txt": (2024, "发布时间：2024-10-17", SX, [
        ("山西柳林县考察团到我县柳林镇交流考察", "10月16日", "2024-10-16", "10月16日，山西省吕梁市",
         "county site 乡镇动态: the other 柳林镇 visits (柳林县委常委、组织部部长; 柳林县柳林镇党委书记); bare 柳林镇党委书记 = 随县's; 座谈交流会")]),
    "hk05_liulin.txt": (2022, "发布时间：2022-09-16 17:05", LL, [
        ("雒建功深入柳林镇调研城乡建设和乡村振兴工作", "9月15日", "2022-09-15", "9月15日，县委副书记",
         "county site 柳林要闻: the 县长's 调研 in 柳林镇 (the county seat); 副县长, 镇党委书记, 镇长, 寨东村's 村党支部书记、村委会主任")]),
    "hk06_liulin.txt": (2023, "2023-08-24 16:20:11", LL, [
        ("柳林镇召开驻村第一书记工作推进会", "8月23日", "2023-08-23", "8月23日，柳林镇召开",
         "county 融媒体 portal 乡镇动态: 驻村第一书记工作推进会 (县委组织部副部长 出席, 镇党委书记 主持); first secretaries with their 选派 units; 严志刚#2")]),
    "hk07_lvliang.txt": (2024, "2024年5月22日　星期三", LL, [
        ("雒建功在穆村镇、柳林镇调研时强调", "5月20日", "2024-05-20", "本报讯（记者 王卫东",
         "city paper 第02版: the 县委书记 (the former 县长) in 穆村镇 and 柳林镇; the former 柳林镇长 now 穆村镇党委书记")]),
    "hk08_liulin.txt": (2025, "发布时间：2025-02-12 18:10", LL, [
        ("白晋峰到柳林镇调研复工复产和安全生产工作", "2月11日", "2025-02-11", "2月11日，县委副书记",
         "county site: the 县长 (the former 副县长) 调研 in 柳林镇; 镇党委委员、副镇长 严志刚#2")]),
    "hk09_suixian.txt": (2025, "发布时间：2025-03-19", SX, [
        ("范立恒到柳林镇调研春耕生产和香菇产业发展", "3月18日", "2025-03-18", "3月18日，县委副书记",
         "county site: the 县长's 调研 in 柳林镇 with the former 第一书记 now 县农业农村局党组成员、副局长")]),
    "hk10_liulin.txt": (2024, "2024-12-06 17:48:32", LL, [
        ("贺忠良到孟门镇调研驻村帮扶和基层党建工作", "12月5日", "2024-12-05", "12月5日，县委常委",
         "county 融媒体 portal: the 组织部部长 (the former 柳林镇党委书记) in 孟门镇; a 市委宣传部-选派 第一书记; a 村党支部书记、村委会主任")]),
}

_HK01_XIONG = "镇党委副书记、镇长熊晓川陪同调研"
_HK01_YANG = "村党支部书记、村委会主任杨德茂介绍了香菇"
_HK02_YANG = "团结村党支部书记、村委会主任杨德茂"
_HK09_YANG = "村党支部书记、村委会主任杨德茂介绍了基地二期"
_HK04_HE = "柳林县委常委、组织部部长贺忠良"
_HK10_HE = "县委常委、组织部部长贺忠良到孟门镇"
_HK05_XUE = "村党支部书记、村委会主任薛福旺介绍了村集体"
_HK08_XUE = "村党支部书记、村委会主任薛福旺介绍了二期"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 随县 (湖北 随州)
    "hk:闵少峰": ("闵少峰", "official", SX, [
        ("hk01", f"{SX}委", "书记", "县委书记闵少峰深入柳林镇", "named in the headline too")], []),
    "hk:聂向东": ("聂向东", "official", SX, [
        ("hk01", f"{SX}委", "常委", "县委常委、副县长聂向东", None),
        ("hk01", f"{SX}政府", "副县长", "县委常委、副县长聂向东", None)], []),
    "hk:龚建邦": ("龚建邦", "official", SX, [
        ("hk01", f"{SXL}党委", "书记", "柳林镇党委书记龚建邦", "2022-06 (identity case: 随县副县长 in 2024, hk03, hk04)"),
        ("hk03", f"{SX}政府", "副县长", "副县长龚建邦带领", "2024-07: bare 副县长 on the 随县 portal"),
        ("hk04", f"{SX}政府", "副县长", "副县长龚建邦，柳林镇党委书记熊晓川", "2024-10")], []),
    "hk:熊晓川": ("熊晓川", "official", SXL, [
        ("hk01", f"{SXL}党委", "副书记", _HK01_XIONG, "2022-06 (identity case: 镇党委书记 from 2023)"),
        ("hk01", f"{SXL}政府", "镇长", _HK01_XIONG, None),
        ("hk02", f"{SXL}党委", "书记", "镇党委书记熊晓川主持会议", "2023-04: bare 镇 in the 随州日报 article on 随县柳林镇"),
        ("hk04", f"{SXL}党委", "书记", "柳林镇党委书记熊晓川", "2024-10: bare 柳林镇 on the 随县 site = 随县's, next to 柳林县柳林镇党委书记薛海鹏"),
        ("hk09", f"{SXL}党委", "书记", "柳林镇党委书记熊晓川", "2025-03")], []),
    "hk:詹秀敏": ("詹秀敏", "official", SXL, [
        ("hk02", f"{SXL}党委", "副书记", "镇党委副书记、镇长詹秀敏通报了", "2023-04: succeeds 熊晓川 as 镇长"),
        ("hk02", f"{SXL}政府", "镇长", "镇党委副书记、镇长詹秀敏通报了", None),
        ("hk04", f"{SXL}党委", "副书记", "镇党委副书记、镇长詹秀敏陪同考察", None),
        ("hk04", f"{SXL}政府", "镇长", "镇党委副书记、镇长詹秀敏陪同考察", None),
        ("hk09", f"{SXL}党委", "副书记", "镇党委副书记、镇长詹秀敏陪同调研", None),
        ("hk09", f"{SXL}政府", "镇长", "镇党委副书记、镇长詹秀敏陪同调研", None)], []),
    "hk:杨德茂": ("杨德茂", "official", f"{SXL}团结村", [
        ("hk01", f"{SXL}团结村党支部", "书记", _HK01_YANG, "村 = 团结村 (在团结村，…), as aa"),
        ("hk01", f"{SXL}团结村委会", "主任", _HK01_YANG, None),
        ("hk02", f"{SXL}团结村党支部", "书记", _HK02_YANG, None),
        ("hk02", f"{SXL}团结村委会", "主任", _HK02_YANG, None),
        ("hk09", f"{SXL}团结村党支部", "书记", _HK09_YANG, "村 = 团结村 (在团结村，…)"),
        ("hk09", f"{SXL}团结村委会", "主任", _HK09_YANG, None)], []),
    "hk:祝凯文": ("祝凯文", "official", SX, [
        ("hk01", f"{SXL}院子河村党支部", "第一书记", "县农业农村局选派的驻村第一书记祝凯文",
         "2022-06: 在院子河村，…; a 第一书记 is a post of the village's 党支部 (aa, aq); 县农业农村局 gives no line"),
        ("hk02", f"{SXL}院子河村党支部", "第一书记", "院子河村第一书记祝凯文", "2023-04"),
        ("hk09", f"{SX}农业农村局党组", "成员", "县农业农村局党组成员、副局长祝凯文",
         "2025-03 (identity case: the former 第一书记); ``曾在院子河村担任驻村第一书记`` gives no line"),
        ("hk09", f"{SX}农业农村局", "副局长", "县农业农村局党组成员、副局长祝凯文", None)], []),
    "hk:尹红霞": ("尹红霞", "official", SX, [
        ("hk02", f"{SX}委", "常委", "县委常委、组织部部长尹红霞出席会议", "bare 县委 in the city paper's article on 随县柳林镇"),
        ("hk02", f"{SX}委组织部", "部长", "县委常委、组织部部长尹红霞出席会议", None)], []),
    "hk:付春林": ("付春林", "official", "随县殷店镇", [
        ("hk02", "随县殷店镇党委", "书记", "殷店镇党委书记付春林带领", "article 2 (随县殷店镇)")], []),
    "hk:蔡明坤": ("蔡明坤", "official", SX, [
        ("hk03", f"{SX}应急管理局", "局长", "县应急管理局局长蔡明坤", None)], []),
    "hk:黎光明": ("黎光明", "official", "随县洪山镇", [
        ("hk03", "随县洪山镇党委", "书记", "洪山镇党委书记黎光明", None)], []),
    "hk:汪晓燕": ("汪晓燕", "official", "随县洪山镇", [
        ("hk03", "随县洪山镇党委", "副书记", "镇党委副书记、镇长汪晓燕陪同督导", None),
        ("hk03", "随县洪山镇政府", "镇长", "镇党委副书记、镇长汪晓燕陪同督导", None)], []),
    "hk:严志刚#1": ("严志刚", "official", "随县洪山镇青龙庙村", [
        ("hk03", "随县洪山镇青龙庙村党支部", "书记", "在青龙庙村，村党支部书记严志刚介绍了",
         "湖北 随县; not the 严志刚 of 柳林县柳林镇 (hk06, hk08)")], []),
    "hk:范立恒": ("范立恒", "official", SX, [
        ("hk09", f"{SX}委", "副书记", "县委副书记、县长范立恒到柳林镇", "named in the headline too"),
        ("hk09", f"{SX}政府", "县长", "县委副书记、县长范立恒到柳林镇", None)], []),
    # ---- 柳林县 (山西 吕梁)
    "hk:贺忠良": ("贺忠良", "official", LL, [
        ("hk04", f"{LL}委", "常委", _HK04_HE, "2024-10: written with 山西省吕梁市柳林县 on the 随县 site"),
        ("hk04", f"{LL}委组织部", "部长", _HK04_HE, None),
        ("hk05", f"{LLL}党委", "书记", "柳林镇党委书记贺忠良", "2022-09 (identity case: 县委常委、组织部部长 in 2024)"),
        ("hk06", f"{LLL}党委", "书记", "镇党委书记贺忠良主持会议", "2023-08"),
        ("hk10", f"{LL}委", "常委", _HK10_HE, "2024-12; named in the headline too"),
        ("hk10", f"{LL}委组织部", "部长", _HK10_HE, None)], []),
    "hk:薛海鹏": ("薛海鹏", "official", LLL, [
        ("hk04", f"{LLL}党委", "书记", "柳林县柳林镇党委书记薛海鹏", "2024-10: the other 柳林镇, written with its county"),
        ("hk07", f"{LLL}党委", "书记", "柳林镇党委书记薛海鹏、镇长霍晓东", "2024-05"),
        ("hk08", f"{LLL}党委", "书记", "柳林镇党委书记薛海鹏，镇党委副书记", "2025-02")], []),
    "hk:雒建功": ("雒建功", "official", LL, [
        ("hk05", f"{LL}委", "副书记", "县委副书记、县长雒建功深入柳林镇", "2022-09; named in the headline too (identity case: 县委书记 in 2024)"),
        ("hk05", f"{LL}政府", "县长", "县委副书记、县长雒建功深入柳林镇", None),
        ("hk07", f"{LL}委", "书记", "柳林县委书记雒建功深入穆村镇", "2024-05: now 县委书记")], []),
    "hk:白晋峰": ("白晋峰", "official", LL, [
        ("hk05", f"{LL}政府", "副县长", "副县长白晋峰，柳林镇党委书记贺忠良", "2022-09 (identity case: 县长 in 2025)"),
        ("hk07", f"{LL}政府", "副县长", "副县长白晋峰参加调研", "2024-05: bare 副县长 after 柳林县委书记 in the 吕梁日报"),
        ("hk08", f"{LL}委", "副书记", "县委副书记、县长白晋峰到柳林镇", "2025-02: now 县长; named in the headline too"),
        ("hk08", f"{LL}政府", "县长", "县委副书记、县长白晋峰到柳林镇", None)], []),
    "hk:任晓军": ("任晓军", "official", LL, [
        ("hk05", f"{LLL}党委", "副书记", "镇党委副书记、镇长任晓军陪同调研", "2022-09 (identity case: 穆村镇党委书记 in 2024)"),
        ("hk05", f"{LLL}政府", "镇长", "镇党委副书记、镇长任晓军陪同调研", None),
        ("hk06", f"{LLL}党委", "副书记", "镇党委副书记、镇长任晓军，镇党委委员", "2023-08"),
        ("hk06", f"{LLL}政府", "镇长", "镇党委副书记、镇长任晓军，镇党委委员", None),
        ("hk07", f"{LL}穆村镇党委", "书记", "穆村镇党委书记任晓军汇报了", "2024-05: now 穆村镇党委书记")], []),
    "hk:薛福旺": ("薛福旺", "official", f"{LLL}寨东村", [
        ("hk05", f"{LLL}寨东村党支部", "书记", _HK05_XUE, "村 = 寨东村 (在寨东村，…)"),
        ("hk05", f"{LLL}寨东村委会", "主任", _HK05_XUE, None),
        ("hk08", f"{LLL}寨东村党支部", "书记", _HK08_XUE, None),
        ("hk08", f"{LLL}寨东村委会", "主任", _HK08_XUE, None)], []),
    "hk:李文韬": ("李文韬", "official", LL, [
        ("hk06", f"{LL}委组织部", "副部长", "县委组织部副部长李文韬出席会议", None)], []),
    "hk:严志刚#2": ("严志刚", "official", LLL, [
        ("hk06", f"{LLL}党委", "委员", "镇党委委员、副镇长严志刚，全镇", "山西 柳林县, 2023; not the 严志刚 of 随县洪山镇 (hk03)"),
        ("hk06", f"{LLL}政府", "副镇长", "镇党委委员、副镇长严志刚，全镇", None),
        ("hk08", f"{LLL}党委", "委员", "镇党委委员、副镇长严志刚陪同调研", "2025"),
        ("hk08", f"{LLL}政府", "副镇长", "镇党委委员、副镇长严志刚陪同调研", None)], []),
    "hk:马晨阳": ("马晨阳", "official", LLL, [
        ("hk06", f"{LLL}鸦沟村党支部", "第一书记", "鸦沟村第一书记马晨阳（吕梁市自然资源局选派）", "the 选派 unit gives no line (aq)")], []),
    "hk:郭丽萍": ("郭丽萍", "official", LLL, [
        ("hk06", f"{LLL}屈家沟村党支部", "第一书记", "屈家沟村第一书记郭丽萍（柳林县财政局选派）", None)], []),
    "hk:冯建红": ("冯建红", "official", f"{LL}穆村镇", [
        ("hk07", f"{LL}穆村镇党委", "副书记", "镇党委副书记、镇长冯建红介绍了", None),
        ("hk07", f"{LL}穆村镇政府", "镇长", "镇党委副书记、镇长冯建红介绍了", None)], []),
    "hk:霍晓东": ("霍晓东", "official", LLL, [
        ("hk07", f"{LLL}政府", "镇长", "柳林镇党委书记薛海鹏、镇长霍晓东", "bare 镇长 after 柳林镇党委书记 = 柳林镇's"),
        ("hk08", f"{LLL}党委", "副书记", "镇党委副书记、镇长霍晓东，镇党委委员", None),
        ("hk08", f"{LLL}政府", "镇长", "镇党委副书记、镇长霍晓东，镇党委委员", None)], []),
    "hk:康立业": ("康立业", "official", f"{LL}孟门镇", [
        ("hk10", f"{LL}孟门镇党委", "书记", "孟门镇党委书记康立业陪同调研", None)], []),
    "hk:曹宇轩": ("曹宇轩", "official", f"{LL}孟门镇", [
        ("hk10", f"{LL}孟门镇石安村党支部", "第一书记", "石安村第一书记曹宇轩（吕梁市委宣传部选派）", "the 选派 unit gives no line")], []),
    "hk:高存明": ("高存明", "official", f"{LL}孟门镇孟门村", [
        ("hk10", f"{LL}孟门镇孟门村党支部", "书记", "村党支部书记、村委会主任高存明汇报了", "村 = 孟门村 (在孟门村，…)"),
        ("hk10", f"{LL}孟门镇孟门村委会", "主任", "村党支部书记、村委会主任高存明汇报了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hk01", "吴立新", "记者", "reporter", "（随县融媒体中心 记者 吴立新 通讯员 柯文杰）"),
    ("hk01", "柯文杰", "通讯员", "correspondent", "（随县融媒体中心 记者 吴立新 通讯员 柯文杰）"),
    ("hk01", "郑佳怡", "编辑", "editor", "编辑：郑佳怡"),
    ("hk01", "车海涛", "审核", "editor", "审核：车海涛"),
    ("hk02", "胡婧", "全媒记者", "reporter", "随州日报讯（全媒记者 胡婧 通讯员 刘建业 熊亚平）"),
    ("hk02", "刘建业", "通讯员", "correspondent", "随州日报讯（全媒记者 胡婧 通讯员 刘建业 熊亚平）"),
    ("hk02", "熊亚平", "通讯员", "correspondent", "随州日报讯（全媒记者 胡婧 通讯员 刘建业 熊亚平）"),
    ("hk02", "乔丽娟", "摄", "photographer", "（随县融媒体中心 记者 乔丽娟 摄）"),
    ("hk02", "邵永康", "通讯员", "correspondent", "本报讯（通讯员 邵永康 石晓雯）"),
    ("hk02", "石晓雯", "通讯员", "correspondent", "本报讯（通讯员 邵永康 石晓雯）"),
    ("hk02", "冯晓彤", "责任编辑", "editor", "责任编辑：冯晓彤"),
    ("hk03", "晏梓晨", "文/图", "reporter", "（随县融媒体中心 记者 晏梓晨 文/图）"),
    ("hk03", "吴立新", "摄影", "photographer", "摄影：吴立新"),
    ("hk03", "郑佳怡", "编辑", "editor", "编辑：郑佳怡"),
    ("hk03", "车海涛", "审核", "editor", "审核：车海涛"),
    ("hk04", "柯文杰", "通讯员", "correspondent", "（通讯员 柯文杰 吴晓晴）"),
    ("hk04", "吴晓晴", "通讯员", "correspondent", "（通讯员 柯文杰 吴晓晴）"),
    ("hk04", "郑佳怡", "编辑", "editor", "编辑：郑佳怡"),
    ("hk04", "车海涛", "审核", "editor", "审核：车海涛"),
    ("hk05", "刘晓慧", "记者", "reporter", "（柳林县融媒体中心 记者 刘晓慧 高鹏飞）"),
    ("hk05", "高鹏飞", "记者", "reporter", "（柳林县融媒体中心 记者 刘晓慧 高鹏飞）"),
    ("hk05", "张婷婷", "责任编辑", "editor", "责任编辑：张婷婷"),
    ("hk06", "高慧敏", "文/图", "author", "文/图：高慧敏"),
    ("hk06", "田晓东", "编辑", "editor", "编辑：田晓东"),
    ("hk06", "李慧芳", "审核", "editor", "审核：李慧芳"),
    ("hk07", "王卫东", "记者", "reporter", "本报讯（记者 王卫东 通讯员 贺晓鹏）"),
    ("hk07", "贺晓鹏", "通讯员", "correspondent", "本报讯（记者 王卫东 通讯员 贺晓鹏）"),
    ("hk07", "李晓嫣", "责任编辑", "editor", "责任编辑：李晓嫣"),
    ("hk08", "刘晓慧", "记者", "reporter", "（柳林县融媒体中心 记者 刘晓慧 通讯员 贺晓鹏）"),
    ("hk08", "贺晓鹏", "通讯员", "correspondent", "（柳林县融媒体中心 记者 刘晓慧 通讯员 贺晓鹏）"),
    ("hk08", "张婷婷", "责任编辑", "editor", "责任编辑：张婷婷"),
    ("hk09", "乔丽娟", "记者", "reporter", "（随县融媒体中心 记者 乔丽娟）"),
    ("hk09", "晏梓晨", "摄影", "photographer", "摄影：晏梓晨"),
    ("hk09", "郑佳怡", "编辑", "editor", "编辑：郑佳怡"),
    ("hk09", "车海涛", "审核", "editor", "审核：车海涛"),
    ("hk10", "成慧娟", "记者", "reporter", "（柳林县融媒体中心 记者 成慧娟 通讯员 孙雅琦）"),
    ("hk10", "孙雅琦", "通讯员", "correspondent", "（柳林县融媒体中心 记者 成慧娟 通讯员 孙雅琦）"),
    ("hk10", "田晓东", "编辑", "editor", "编辑：田晓东"),
    ("hk10", "李慧芳", "审核", "editor", "审核：李慧芳"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hk01", "柳林镇灾后恢复重建、香菇产业发展和乡村振兴调研", "inspection (调研)", "6月9日", None, "闵少峰", [],
     ["聂向东", "龚建邦", "熊晓川"], ["龚建邦", "杨德茂", "祝凯文", "闵少峰", "聂向东", "熊晓川"], "柳林镇",
     "县委书记闵少峰深入柳林镇，调研灾后恢复重建、香菇产业发展和乡村振兴工作",
     ["县委书记闵少峰深入柳林镇", "镇长熊晓川陪同调研", "龚建邦汇报了", "杨德茂介绍了", "祝凯文汇报了", "闵少峰指出",
      "聂向东就做好汛期安全防范", "熊晓川表示"]),
    ("hk02", "柳林镇和美乡村建设现场推进会", "meeting (现场推进会)", "4月13日", "熊晓川", None, [SXL],
     ["尹红霞"], ["杨德茂", "祝凯文", "詹秀敏", "尹红霞", "熊晓川"], "柳林镇",
     "随县柳林镇召开和美乡村建设现场推进会",
     ["组织部部长尹红霞出席会议并讲话", "镇党委书记熊晓川主持会议", "杨德茂介绍了", "祝凯文介绍了", "镇长詹秀敏通报了",
      "尹红霞强调", "熊晓川要求"]),
    ("hk02", "殷店镇千亩油茶示范基地春管现场指导", "inspection (现场指导)", "4月12日", None, "付春林", [],
     [], ["付春林"], "殷店镇",
     "殷店镇党委书记付春林带领镇村干部和农技人员来到殷店镇千亩油茶示范基地",
     ["殷店镇党委书记付春林带领镇村干部", "付春林要求"]),
    ("hk03", "洪山镇防汛救灾和灾后生产自救督导", "inspection (督导检查)", "7月7日", None, "龚建邦", [],
     ["蔡明坤", "黎光明", "汪晓燕"], ["严志刚", "黎光明", "龚建邦", "蔡明坤", "汪晓燕"], "洪山镇",
     "副县长龚建邦带领县应急管理局、县水利和湖泊局有关负责同志到洪山镇，督导检查防汛救灾和灾后生产自救工作",
     ["副县长龚建邦带领", "镇长汪晓燕陪同督导", "村党支部书记严志刚介绍了", "黎光明汇报了", "龚建邦强调",
      "蔡明坤就应急物资储备", "汪晓燕表示"]),
    ("hk04", "柳林县考察团到随县柳林镇交流考察", "inspection (考察)", "10月16日", None, "贺忠良", [],
     ["龚建邦", "熊晓川", "詹秀敏", "薛海鹏"], [], "柳林镇",
     "柳林县委常委、组织部部长贺忠良带领考察团一行到我县柳林镇，就党建引领基层治理、特色产业发展等工作开展交流考察",
     ["组织部部长贺忠良带领考察团一行到我县柳林镇", "镇长詹秀敏陪同考察", "柳林县柳林镇党委书记薛海鹏等参加考察"]),
    ("hk04", "座谈交流会", "meeting (座谈交流会)", "10月16日", None, None, [],
     [], ["熊晓川", "薛海鹏", "贺忠良", "龚建邦"], "柳林镇",
     "在随后召开的座谈交流会上，熊晓川介绍了柳林镇灾后重建以来",
     ["熊晓川介绍了", "薛海鹏介绍了", "贺忠良表示", "龚建邦表示"]),
    ("hk05", "柳林镇城乡建设、产业发展和乡村振兴调研", "inspection (调研)", "9月15日", None, "雒建功", [],
     ["白晋峰", "贺忠良", "任晓军"], ["薛福旺", "贺忠良", "雒建功", "白晋峰"], "柳林镇",
     "县委副书记、县长雒建功深入柳林镇，调研城乡建设、产业发展和乡村振兴工作",
     ["县长雒建功深入柳林镇", "镇长任晓军陪同调研", "薛福旺介绍了", "贺忠良汇报了", "雒建功指出", "白晋峰就做好冬季供暖"]),
    ("hk06", "柳林镇驻村第一书记工作推进会", "meeting (推进会)", "8月23日", "贺忠良", None, [LLL],
     ["李文韬", "任晓军", "严志刚"], ["严志刚", "马晨阳", "郭丽萍", "李文韬", "贺忠良"], "柳林镇",
     "8月23日，柳林镇召开驻村第一书记工作推进会",
     ["县委组织部副部长李文韬出席会议", "镇党委书记贺忠良主持会议", "镇长任晓军", "副镇长严志刚，全镇", "严志刚通报了",
      "马晨阳介绍了", "郭丽萍介绍了", "李文韬强调", "贺忠良要求"]),
    ("hk07", "穆村镇、柳林镇安全生产、乡村产业和基层治理调研", "inspection (调研)", "5月20日", None, "雒建功", [],
     ["白晋峰"], ["任晓军", "冯建红", "薛海鹏", "霍晓东", "雒建功", "白晋峰"], "穆村镇、柳林镇",
     "柳林县委书记雒建功深入穆村镇、柳林镇，调研煤矿安全生产、乡村产业发展和基层治理工作",
     ["柳林县委书记雒建功深入穆村镇、柳林镇", "副县长白晋峰参加调研", "任晓军汇报了", "冯建红介绍了",
      "镇长霍晓东汇报了", "雒建功强调", "白晋峰就汛前地质灾害隐患排查作了安排"]),
    ("hk08", "柳林镇节后复工复产和安全生产调研", "inspection (调研)", "2月11日", None, "白晋峰", [],
     ["薛海鹏", "霍晓东", "严志刚"], ["薛福旺", "霍晓东", "严志刚", "白晋峰", "薛海鹏"], "柳林镇",
     "县委副书记、县长白晋峰到柳林镇调研节后复工复产和安全生产工作",
     ["县长白晋峰到柳林镇调研", "副镇长严志刚陪同调研", "薛福旺介绍了", "霍晓东汇报了", "严志刚汇报了", "白晋峰指出",
      "薛海鹏表示"]),
    ("hk09", "柳林镇春耕生产和香菇产业发展调研", "inspection (调研)", "3月18日", None, "范立恒", [],
     ["祝凯文", "熊晓川", "詹秀敏"], ["祝凯文", "杨德茂", "詹秀敏", "范立恒", "熊晓川"], "柳林镇",
     "县委副书记、县长范立恒到柳林镇调研春耕生产和香菇产业发展工作",
     ["县长范立恒到柳林镇调研", "镇长詹秀敏陪同调研", "他介绍了全县今年春耕农资储备", "杨德茂介绍了", "詹秀敏汇报了",
      "范立恒强调", "熊晓川表示"]),
    ("hk10", "孟门镇驻村帮扶和基层党建调研", "inspection (调研)", "12月5日", None, "贺忠良", [],
     ["康立业"], ["曹宇轩", "高存明", "康立业", "贺忠良"], "孟门镇",
     "县委常委、组织部部长贺忠良到孟门镇调研驻村帮扶和基层党建工作",
     ["组织部部长贺忠良到孟门镇调研", "孟门镇党委书记康立业陪同调研", "介绍了驻村以来争取项目资金", "高存明汇报了",
      "康立业汇报了", "贺忠良指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hk01", "柳林镇集镇防洪排涝工程", "engineering_work", "柳林镇集镇防洪排涝工程施工现场"),
    ("hk01", "柳林镇灾后重建安置小区", "housing_project", "柳林镇灾后重建安置小区和团结村"),
    ("hk01", "院子河村道路修复工程", "infrastructure_project", "院子河村道路修复工程和特色种养产业"),
    ("hk02", "团结村香菇种植基地二期", "project", "团结村香菇种植基地二期、院子河村村湾改造现场"),
    ("hk02", "柳林镇和美乡村示范片区", "project", "柳林镇和美乡村示范片区，边看边听边议"),
    ("hk02", "殷店镇千亩油茶示范基地", "project", "来到殷店镇千亩油茶示范基地"),
    ("hk03", "青龙庙村河堤加固工程", "engineering_work", "青龙庙村河堤加固工程、洪山镇集镇排水管网改造工程"),
    ("hk03", "洪山镇集镇排水管网改造工程", "infrastructure_project", "青龙庙村河堤加固工程、洪山镇集镇排水管网改造工程"),
    ("hk04", "团结村香菇种植基地", "project", "团结村香菇种植基地、院子河村议事亭"),
    ("hk04", "柳林镇和美乡村示范片区", "project", "柳林镇和美乡村示范片区，详细了解"),
    ("hk05", "柳林镇老旧小区改造项目", "housing_project", "柳林镇老旧小区改造项目现场"),
    ("hk05", "三川河柳林段生态修复工程", "greening_project", "三川河柳林段生态修复工程和寨东村红枣深加工项目"),
    ("hk05", "寨东村红枣深加工项目", "project", "三川河柳林段生态修复工程和寨东村红枣深加工项目"),
    ("hk06", "鸦沟村光伏发电项目", "project", "鸦沟村光伏发电项目建成后"),
    ("hk06", "屈家沟村小杂粮加工厂", "project", "屈家沟村小杂粮加工厂"),
    ("hk07", "杨家坪村设施农业大棚项目", "project", "杨家坪村设施农业大棚项目建设情况"),
    ("hk07", "寨东村红枣深加工项目", "project", "寨东村红枣深加工项目生产车间"),
    ("hk07", "柳林镇老旧小区改造项目", "housing_project", "柳林镇老旧小区改造项目收尾情况"),
    ("hk08", "寨东村红枣深加工项目二期", "project", "寨东村红枣深加工项目二期"),
    ("hk08", "柳林县城区集中供热管网改造工程", "infrastructure_project", "柳林县城区集中供热管网改造工程"),
    ("hk09", "柳林镇高标准农田建设项目", "project", "柳林镇高标准农田建设项目区"),
    ("hk09", "团结村香菇种植基地二期", "project", "团结村香菇种植基地二期和院子河村稻虾共作基地"),
    ("hk09", "院子河村稻虾共作基地", "project", "团结村香菇种植基地二期和院子河村稻虾共作基地"),
    ("hk10", "石安村红色教育基地提升工程", "project", "石安村红色教育基地提升工程建设进度"),
    ("hk10", "孟门古镇保护利用项目", "project", "孟门古镇保护利用项目推进情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hk01", "柳林镇", "town", "standalone", "县委书记闵少峰深入柳林镇"),
    ("hk01", "团结村", "village", "standalone", "柳林镇灾后重建安置小区和团结村、院子河村"),
    ("hk01", "院子河村", "village", "standalone", "柳林镇灾后重建安置小区和团结村、院子河村"),
    ("hk02", "随县", "county", "standalone", "随县柳林镇召开和美乡村建设现场推进会"),
    ("hk02", "柳林镇", "town", "standalone", "随县柳林镇召开和美乡村建设现场推进会"),
    ("hk02", "团结村", "village", "standalone", "观摩团结村、院子河村示范点"),
    ("hk02", "院子河村", "village", "standalone", "观摩团结村、院子河村示范点"),
    ("hk02", "殷店镇", "town", "standalone", "随县殷店镇抢抓晴好天气"),
    ("hk03", "洪山镇", "town", "standalone", "有关负责同志到洪山镇，督导检查"),
    ("hk03", "青龙庙村", "village", "standalone", "在青龙庙村，村党支部书记严志刚"),
    ("hk03", "武圣宫村", "village", "standalone", "武圣宫村地质灾害隐患点"),
    ("hk04", "山西省", "province", "in_org_reference", "山西省吕梁市柳林县委常委、组织部部长贺忠良"),
    ("hk04", "山西", "province", "standalone", "介绍了山西柳林镇依托黄河资源"),
    ("hk04", "吕梁市", "city", "in_org_reference", "山西省吕梁市柳林县委常委、组织部部长贺忠良"),
    ("hk04", "柳林县", "county", "in_org_reference", "柳林县柳林镇党委书记薛海鹏"),
    ("hk04", "柳林镇", "town", "standalone", "带领考察团一行到我县柳林镇"),
    ("hk04", "团结村", "village", "in_project_name", "团结村香菇种植基地、院子河村议事亭"),
    ("hk04", "院子河村", "village", "standalone", "团结村香菇种植基地、院子河村议事亭"),
    ("hk04", "随县", "county", "standalone", "随县柳林镇在基层治理和产业发展上"),
    ("hk04", "黄河", "river", "standalone", "一个在晋西黄河岸边"),
    ("hk04", "大洪山", "mountain", "standalone", "一个在鄂北大洪山脚下"),
    ("hk04", "鄂北", "region", "standalone", "一个在鄂北大洪山脚下"),
    ("hk04", "晋西", "region", "standalone", "一个在晋西黄河岸边"),
    ("hk05", "柳林镇", "town", "standalone", "县长雒建功深入柳林镇"),
    ("hk05", "三川河", "river", "in_project_name", "三川河柳林段生态修复工程和寨东村红枣深加工项目"),
    ("hk05", "柳林", "county", "in_project_name", "三川河柳林段生态修复工程和寨东村红枣深加工项目"),
    ("hk05", "寨东村", "village", "standalone", "在寨东村，村党支部书记"),
    ("hk06", "柳林镇", "town", "standalone", "8月23日，柳林镇召开驻村第一书记工作推进会"),
    ("hk06", "鸦沟村", "village", "standalone", "鸦沟村第一书记马晨阳（吕梁市自然资源局选派）"),
    ("hk06", "屈家沟村", "village", "standalone", "屈家沟村第一书记郭丽萍（柳林县财政局选派）"),
    ("hk06", "吕梁市", "city", "in_org_reference", "鸦沟村第一书记马晨阳（吕梁市自然资源局选派）"),
    ("hk06", "柳林县", "county", "in_org_reference", "屈家沟村第一书记郭丽萍（柳林县财政局选派）"),
    ("hk07", "柳林县", "county", "in_title", "柳林县委书记雒建功深入穆村镇"),
    ("hk07", "穆村镇", "town", "standalone", "柳林县委书记雒建功深入穆村镇、柳林镇"),
    ("hk07", "柳林镇", "town", "standalone", "柳林县委书记雒建功深入穆村镇、柳林镇"),
    ("hk07", "沙曲村", "village", "standalone", "在穆村镇沙曲村，雒建功察看了"),
    ("hk07", "杨家坪村", "village", "in_project_name", "杨家坪村设施农业大棚项目建设情况"),
    ("hk07", "寨东村", "village", "in_project_name", "寨东村红枣深加工项目生产车间"),
    ("hk08", "柳林镇", "town", "standalone", "县长白晋峰到柳林镇调研节后复工复产"),
    ("hk08", "寨东村", "village", "standalone", "在寨东村，村党支部书记"),
    ("hk08", "柳林县", "county", "in_project_name", "柳林县城区集中供热管网改造工程"),
    ("hk09", "柳林镇", "town", "standalone", "县长范立恒到柳林镇调研春耕生产"),
    ("hk09", "团结村", "village", "standalone", "在团结村，村党支部书记"),
    ("hk09", "院子河村", "village", "standalone", "祝凯文曾在院子河村担任驻村第一书记"),
    ("hk09", "随县", "county", "standalone", "香菇是随县的特色产业"),
    ("hk10", "孟门镇", "town", "standalone", "组织部部长贺忠良到孟门镇调研驻村帮扶"),
    ("hk10", "石安村", "village", "standalone", "在石安村，贺忠良参观了"),
    ("hk10", "离石县抗日民主政府旧址", "heritage_site", "standalone", "离石县抗日民主政府旧址和村史馆"),
    ("hk10", "孟门村", "village", "standalone", "在孟门村，村党支部书记"),
    ("hk10", "孟门古镇", "ancient_town", "in_project_name", "孟门古镇保护利用项目推进情况"),
    ("hk10", "吕梁市", "city", "in_org_reference", "石安村第一书记曹宇轩（吕梁市委宣传部选派）"),
    ("hk10", "黄河", "river", "standalone", "黄河沿岸乡村旅游发展情况"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hk", conventions="set hk (blind set: township news written by county 融媒体中心 reporters in 湖北 随州 随县 (柳林镇, 洪山镇, 殷店镇) and 山西 吕梁 柳林县 (柳林镇, the county seat; 穆村镇; 孟门镇): two towns named 柳林镇, always labelled with their county (随县柳林镇, 柳林县柳林镇), a bare 柳林镇 / 镇党委 taking the page's county; town posts = county label + town + 党委 / 政府; named villages' 党支部 / 村委会 and 第一书记 (a post of the village's 党支部; the 选派 unit gives no line); 随县委 / 随县政府; county leaders' 调研, 督导, 考察 (inspection), 现场推进会, 推进会 and a 座谈交流会 (meetings); reporter, correspondent, 文/图, 摄影 / 摄 and editor credits; one line per post per article)",
          persons_note="Set hk persons. id = corpus-wide person_id (hk:严志刚#1 of 随县洪山镇青龙庙村 (湖北) and hk:严志刚#2 of 柳林县柳林镇 (山西) are two people; hk:龚建邦 随县柳林镇党委书记 2022 → 随县副县长 2024; hk:熊晓川 柳林镇镇长 2022 → 镇党委书记 2023–2025; hk:祝凯文 院子河村第一书记 2022–2023 → 随县农业农村局副局长 2025; hk:雒建功 柳林县长 2022 → 县委书记 2024; hk:白晋峰 柳林县副县长 2022–2024 → 县长 2025; hk:贺忠良 柳林县柳林镇党委书记 2022–2023 → 县委常委、组织部部长 2024; hk:任晓军 柳林镇镇长 2022–2023 → 穆村镇党委书记 2024)")


if __name__ == "__main__":
    main()
