"""Write gold part ``et`` (a blind set: held-out-like mix, seventh round — ten pages from ten regions, one district,
county or county-level city each: 江苏 盐城 东台市, 浙江 丽水 青田县, 山东 青岛 平度市, 河南 汝州市, 湖北 宜昌 宜都市, 陕西
铜川 耀州区, 吉林 梅河口市, 贵州 安顺 关岭布依族苗族自治县, 青海 海东 乐都区, 海南 陵水黎族自治县) from the tables below.

Pages ``tests/dev/texts/et*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 东台市 government site (``发布日期:2026-02-25 来源:东台日报``,
``市委书记…出席并讲话，市委副书记、市长…主持``), the 东台报业网 ``市长报道`` page (``来源:未知 点击数: 日期:``, a 市长's
调研 of two towns ``会办解决有关问题``) and the 东台市政协 site; a 新华网 page on the 东台–耀州区 pairing (``东耀`` 协作,
挂职交流); the 梅河口市 government site (``市委常委、纪委书记…陪同。 责任编辑:``; ``副市长、吉林梅河口高新技术产业开发区管理
办公室党组书记、主任``; ``初审: 复审: 终审:``) and a 梅河口发布 WeChat repost (``点击蓝字关注梅河口发布``, ``通化市委常委、
我市市委书记…，市委副书记、代市长…``, ``开发区党工委书记、管委会主任``); a 吉林日报 page on the 丽水–梅河口 对口合作; the
青田侨报 digital edition (``第A01版:一版要闻``, ``本报讯 (记者 …)``, ``县委副书记、县长…传达``) and a 嵊州 page of a 青田
党政代表团 (山海协作, 温溪镇); the 今日汝州 digital edition (``第2281期:第02版 本期出版日期:2019-01-22``, ``本报讯(融媒体中心
记者 …)``, ``市人大常委会副主任…，市领导…参加视察``) and a 平顶山 新华区 page of an 汝州 考察团; the 宜都融媒 site
(``【三峡日报】``, ``三峡日报讯``, ``宜都融媒讯(记者 …)``, ``(责编:… 审核:…)``) and a 五峰 page (``宜昌市委常委、宜都市委书记…
陪同考察``); the 延安日报 digital edition (``当前版:02版 发布日期:2024年05月21日``) and a 西安 高陵 WeChat page (``记者: 编辑:
排版: 审核:``); pages on 青岛's 扶贫协作 with 安顺 and 陇南 (``县委常委、政府常务副县长…主持``), a 半岛 page on 平度's
党政一把手; the 海东日报 site (``2021-08-11 12:28:02 来源:海东日报社 点击:``) and the 乐都区 government site; 南海网 /
海南日报 pages of 陵水 and 乐东 (``首页 陵水—正文 分享``, ``南海网记者… 乐东报道``) and a 海曙新闻网 page (``字号:TT``,
``本文来源: 责任编辑: 分享到: 相关新闻``). Places are real; none of the ten is a page place of an earlier part.

Shapes: a county-level city government site with full chrome (nav, 当前位置, 发布日期 / 来源 / 浏览次数 / 字号, 责任编辑, 打印 /
关闭, 相关链接, footer with 备案号 and 网站标识码) of the 市长's 调研 of two towns and a 会办会 after it (et01); a 2020 county
WeChat account (no ``发表于`` IP line yet; ▲ captions; 记者 / 编辑 / 审核; 往期推荐; 阅读 / 在看) of the 县委书记's 调研 with a
挂职 吉林 cadre (et02); the 青岛日报 第06版 ``区市`` (``本报4月13日讯`` dateline with the event written ``13日``, 本版其他文章) of
the 平度市委书记's 调研 (et03); a county-level city portal (``作者：记者 …``, ``分享到：``) of a 新任 市委书记's first 调研 in
the 高新区 and a town (et04); the 三峡日报 第05版 of 宜都's 项目现场观摩 and the 推进会 after it, with a ``宜昌市委常委、宜都市
委书记`` chain (et05); a district government site of the 区委书记's 调研 of 东耀协作 projects with a 挂职 江苏 cadre (et06); the
梅河口 government site of the 市长's 调研 of the 高新区 and a town (et07); a 2019 county WeChat account (``文字：``) of the
县长's 调研 of 东西部扶贫协作 projects with a 挂职 山东 cadre (et08); the 海东日报 第01版 of the 乐都区委书记's 调研 (et09);
the 南海网 陵水 channel of a new 代县长's first 调研 (et10).

Identity cases:
- et:缪立洲 moves from 江苏 to 陕西: 东台市发展改革委 主任 in May 2018 (et01); 耀州区委常委、副区长（挂职） in July 2020 (et06),
  where the page names 东台市 as the paired city (东耀协作).
- et:柏庆林 moves from 吉林 to 浙江: 梅河口市商务局 局长 in Aug 2019 (et07); 青田县 副县长（挂职） in Nov 2020 (et02), where the
  page names 梅河口 (浙吉对口合作: 丽水 and 梅河口).
- et:綦建伟 moves from 贵州 back to 山东: 关岭 县委常委、副县长（挂职） in Oct 2019 (et08, the page names 平度市 as the helping
  city); 平度市委常委、副市长 in Apr 2022 (et03).
- new in post: et:樊立刚, ``新任市委书记`` of 汝州 on his first 调研 (``到任后首次``, et04); et:符海川, ``县委副书记、代县长`` of
  陵水 on his first 调研 (et10).
- two different 谭振声 in unrelated places: et:谭振声#1 is 宜都市枝城镇党委 书记 (湖北, et05, Mar 2023); et:谭振声#2 is 陵水
  黎族自治县政府 副县长 (海南, et10, May 2024) — dated so that a merge would look like a move.
- one organ name in several places: bare ``高新区`` is 梅河口's (et07) and 汝州's (et04); ``市商务局局长`` is 东台's (et01) and
  梅河口's (et07); bare ``市委`` is 东台's (et01), 梅河口's (et07), 汝州's (et04) and 宜都's (et05: ``市委常委、常务副市长`` after
  the 宜都 chain in the 宜昌 paper); bare ``县委`` is 青田's (et02), 关岭's (et08) and 陵水's (et10); bare ``区委`` is 耀州's
  (et06) and 乐都's (et09: after ``乐都区委书记`` in the 海东 paper); ``镇党委书记`` after ``在X镇`` is of 东台, 平度, 宜都 and 乐都
  towns.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts es, bs, bq, au, db, aw where they speak; decided here where they are silent):
- Bare organs take the page's place: on a county-level city's own site or portal bare ``市委`` / ``市长`` / ``副市长`` /
  ``市发展改革委`` / ``市商务局`` are that city's (东台市, 梅河口市, 汝州市); on a county's or district's site or account bare
  ``县委`` / ``区委`` / ``县扶贫办`` / ``区农业农村局`` are its own. In a prefecture paper a bare chain after a written county-level
  place is that place's (bs): ``乐都区委书记马占奎…区委副书记、区长祁永春`` → 乐都区委 / 乐都区政府.
- DECIDED HERE (et05): in the 三峡日报 (宜昌's paper) ``宜昌市委常委、宜都市委书记覃明远，宜都市委副书记、市长向晓波，市委常委、
  常务副市长望少华等市领导参加观摩`` gives 宜昌市委 常委 + 宜都市委 书记 for 覃明远, and 宜都市委 常委 + 宜都市政府 常务副市长
  for 望少华: he is listed after 宜都's 市长 among the ``市领导`` of a 宜都 event and reports 宜都's project scores; a 宜昌
  常务副市长 would be written with 宜昌 in a list that names 宜昌 once.
- 挂职 (au, es): ``区委常委、副区长（挂职）X`` → the district's 委 常委 + 政府 副区长, ``副县长（挂职）X`` → the county's 政府
  副县长, the title without ``（挂职）``, at the page's date. ``东耀协作`` / ``山海协作`` / ``浙吉对口合作`` / ``东西部扶贫协作`` are
  programmes, no org.
- Labels: the 自治县 take their full names (db, by): 关岭布依族苗族自治县 (the page writes only ``关岭`` and bare ``县委``; the
  canonical label is the division's full official name), 陵水黎族自治县 (written in full). 耀州区, 乐都区 are unique names in
  China and take no city. Zones: ``高新区`` on the 梅河口 site → 梅河口高新区 (党工委 书记, 管委会 主任); on the 汝州 portal → 汝州高新区.
- ``新任市委书记樊立刚`` → 汝州市委 书记 (``新任`` is no part of the title, es); ``代县长`` as written (ab, es).
- Town organs: county label + town + 党委 / 政府 (es, bq): ``在富安镇…镇党委书记吉文斌`` → 东台市富安镇党委 书记; ``镇长丁秀芹`` after
  ``在安丰镇`` → 东台市安丰镇政府 镇长; a 街道's 党工委 (``陆城街道党工委书记`` → 宜都市陆城街道党工委).
- One line per post per article.
- Events: every 调研 is an ``inspection`` (leader: the one who 调研; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 /
  作了安排 speakers; those who only 汇报 are speakers). DECIDED HERE (as bs's 督导反馈会): the ``会办会`` held after the 调研 of
  et01 is a meeting of its own; the 汇报 / 介绍 and the 市长's 指出 reported after ``在随后召开的会办会上`` are its speakers, the
  town secretaries' 汇报 on site are the inspection's. The 观摩 of et05 is a ``site observation`` and the 推进会 after it a
  meeting of its own (CONVENTIONS: 观摩 and 点评会; bq01): the 观摩 has the 市领导 as attendees and the town / street secretaries
  who 介绍 / 汇报 on site as speakers; the 推进会 has its chair (``会议由向晓波主持``) and 通报 / 指出 speakers.
- Bylines: ``本报4月13日讯（记者 … 通讯员 …）``, ``三峡日报讯（记者 … 通讯员 …）``, ``本报讯（记者 …）``, ``作者：记者 …``,
  ``记者：``, ``（南海网记者 …）`` are reporter / correspondent lines; ``文字：`` an author line (as bz, dz); 编辑 / 责任编辑 / 审核 editor
  lines. ``通讯员 陵宣`` (et10) is a department's pen name (陵水县委宣传部), not a person (bq's 江宣): not annotated.
- Projects: works visited or reported as under way: a …产业园 / …产业园一期 / 二期 / 三期 ``industrial_park``; a 物流园
  ``logistics_hub``; 老旧小区改造, 安居房, 易地扶贫搬迁安置点 ``housing_project``; 污水治理, 码头 ``infrastructure_project``; 防洪
  提升 / 堤防加固 / 河道综合治理 ``engineering_work``; 生态修复 / 生态治理 ``greening_project``; 古镇保护修缮, 景区提升, 红色旅游
  配套提升, 康养小镇, 扶贫车间, 街区改造, 进口商品城三期, 试验区公共教学区二期 ``project``. DECIDED HERE: ``大沽河堤防加固工程``
  (et03, in the 书记's words) is kept as its own line beside ``大沽河南村段防洪提升工程`` (README: probable aliases are separate
  lines). Not projects: generic ``高标准农田建设项目`` (bs), ``园区人才公寓``, ``高新区智慧园区管理中心`` (a facility, es's 园区企业
  服务中心), ``产业园二期建设`` without a name.
- Places: one line per name per file, as written; places inside titles, organ references, project names and brands (dk, dp)
  count; site lines, mastheads, breadcrumbs, 来源 lines, footers, related-article lists (相关链接, 相关文章, 相关新闻, 往期推荐,
  本版其他文章, 本版导读, 上一篇 / 下一篇) and captions' repeats are not annotated. Short forms written alone are places as written
  (es, ei): DECIDED HERE the headline ``卞启航到富安安丰两镇调研`` gives 富安 and 安丰 (two town short forms run together, ``两镇``);
  东台, 耀州, 青田, 梅河口, 关岭, 宜都, 平度, 陵水 (in ``“留学陵水”``), 乐都 likewise. ``东耀``, ``青关``, ``浙吉`` are
  abbreviations, no places. DECIDED HERE: the 黎安国际教育创新试验区 (written in full with 海南陵水 in a project name, and bare of
  them later) is a place of kind ``pilot_zone``, each written form a line; 海南自由贸易港 is ``free_trade_zone`` (bu) and ``海南``
  inside it a province line (cv); the 宜都化工园 (and ``化工园`` written bare) is a ``zone_park`` (bq).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GL = "关岭布依族苗族自治县"
LS = "陵水黎族自治县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "et01_dongtai.txt": (2018, "发布日期：2018-05-17 09:32", "东台市", [
        ("卞启航到富安安丰两镇调研重点项目建设", "5月16日", "2018-05-16", "5月16日，市委副书记",
         "county-level city site (full chrome): the 市长's 调研 of two towns and the 会办会 after it; 市发展改革委主任 缪立洲")]),
    "et02_qingtian.txt": (2020, "2020-11-12 19:06", "青田县", [
        ("章立群调研山海协作产业园和侨乡进口商品城建设", "11月11日", "2020-11-11", "11月11日，县委书记",
         "county WeChat (2020): the 县委书记's 调研 with the 挂职 副县长 柏庆林 (from 梅河口)")]),
    "et03_pingdu.txt": (2022, "2022年4月14日　星期四", "平度市", [
        ("平度：重点项目建设跑出“加速度”", "13日", "2022-04-13", "本报4月13日讯（记者 单晓蕾",
         "青岛日报 第06版 区市: the 平度市委书记's 调研; 綦建伟 back from 关岭, now 平度市委常委、副市长")]),
    "et04_ruzhou.txt": (2021, "2021-09-03 08:55:12", "汝州市", [
        ("樊立刚到任后首次调研聚焦开发区建设和乡村振兴", "9月2日", "2021-09-02", "9月2日，新任市委书记",
         "city portal: the 新任 市委书记's first 调研 in 汝州高新区 and 温泉镇")]),
    "et05_yidu.txt": (2023, "2023年03月16日　星期四", "宜都市", [
        ("宜都开展一季度重点项目现场观摩", "3月15日", "2023-03-15", "三峡日报讯（记者 望思源",
         "三峡日报 第05版: 宜都's 项目现场观摩 and the 推进会 after it; 宜昌市委常委、宜都市委书记; 镇党委书记 谭振声#1")]),
    "et06_yaozhou.txt": (2020, "发布时间：2020-07-10 17:25", "耀州区", [
        ("雷启鸿调研东耀协作项目建设和脱贫攻坚成果巩固工作", "7月9日", "2020-07-09", "7月9日，区委书记",
         "district site: the 区委书记's 调研 of 东耀协作 projects with the 挂职 副区长 缪立洲 (from 东台)")]),
    "et07_meihekou.txt": (2019, "发布时间：2019-08-21 10:16", "梅河口市", [
        ("邹德胜到高新区和山城镇调研项目建设", "8月20日", "2019-08-20", "8月20日，市委副书记",
         "county-level city site: the 市长's 调研 of the 高新区 and 山城镇; 市商务局局长 柏庆林")]),
    "et08_guanling.txt": (2019, "2019-10-25 20:41", GL, [
        ("韦德荣调研东西部扶贫协作项目和关岭牛产业发展", "10月24日", "2019-10-24", "10月24日，县委副书记",
         "county WeChat (2019): the 县长's 调研 of 东西部扶贫协作 projects with the 挂职 副县长 綦建伟 (from 平度)")]),
    "et09_ledu.txt": (2023, "2023年9月7日　星期四", "乐都区", [
        ("马占奎在乐都区调研乡村振兴和生态保护工作时强调", "9月6日", "2023-09-06", "本报讯（记者 李晓燕）",
         "海东日报 第01版: the 乐都区委书记's 调研 in 高庙镇 and 瞿昙镇")]),
    "et10_lingshui.txt": (2024, "2024-05-21 18:40", LS, [
        ("符海川到任后首次调研 聚焦教育创新试验区和安居房建设", "5月20日", "2024-05-20", "5月20日，陵水黎族自治县委",
         "南海网 陵水 channel: the new 代县长's first 调研; 副县长 谭振声#2")]),
}

_T01 = "副市长储晓燕，市发展改革委主任缪立洲，市商务局局长仇海峰陪同调研"
_Q02 = "县委副书记、县长叶晓晨，县委常委、常务副县长吴建锋，副县长（挂职）柏庆林参加调研"
_P03 = "平度市委副书记、市长修明德，平度市委常委、副市长綦建伟参加调研"
_R04 = "市委副书记、市长贾东升，市委常委、常务副市长范庆国陪同"
_D05 = "宜昌市委常委、宜都市委书记覃明远，宜都市委副书记、市长向晓波，市委常委、常务副市长望少华等市领导参加观摩"
_Y06 = "区委副书记、区长寇海燕，区委常委、副区长（挂职）缪立洲，区农业农村局局长拓新民陪同调研"
_M07 = "市委常委、副市长朴永哲，高新区党工委书记、管委会主任关文博，市商务局局长柏庆林陪同调研"
_G08 = "县委常委、副县长（挂职）綦建伟，县扶贫办主任伍应才陪同调研"
_L09 = "区委副书记、区长祁永春，区委常委、副区长冶德林陪同调研"
_S10 = "县委常委、常务副县长卓文亮，副县长谭振声陪同调研"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 江苏 东台 (et01)
    "et:卞启航": ("卞启航", "official", "东台市", [
        ("et01", "东台市委", "副书记", "5月16日，市委副书记、市长卞启航到富安镇", "bare 市委 on the 东台 site; named in the headline too"),
        ("et01", "东台市政府", "市长", "5月16日，市委副书记、市长卞启航到富安镇", None)], []),
    "et:储晓燕": ("储晓燕", "official", "东台市", [
        ("et01", "东台市政府", "副市长", _T01, None)], []),
    "et:缪立洲": ("缪立洲", "official", "东台市", [
        ("et01", "东台市发展改革委", "主任", _T01, "2018-05 (identity case: 挂职 耀州区委常委、副区长 in 2020, et06)"),
        ("et06", "耀州区委", "常委", _Y06, "2020-07: 挂职 in 耀州 (东耀协作; the page names 东台市); bare 区委 on the 耀州 site"),
        ("et06", "耀州区政府", "副区长", _Y06, "title without （挂职） (au, es)")], []),
    "et:仇海峰": ("仇海峰", "official", "东台市", [
        ("et01", "东台市商务局", "局长", _T01, "市商务局 = 东台's here, 梅河口's in et07")], []),
    "et:吉文斌": ("吉文斌", "official", "东台市", [
        ("et01", "东台市富安镇党委", "书记", "镇党委书记吉文斌汇报了", "after 在富安镇")], []),
    "et:丁秀芹": ("丁秀芹", "official", "东台市", [
        ("et01", "东台市安丰镇政府", "镇长", "镇长丁秀芹介绍了", "after 在安丰镇; 镇长 → the town's 政府")], []),
    # ---- 浙江 青田 (et02)
    "et:章立群": ("章立群", "official", "青田县", [
        ("et02", "青田县委", "书记", "11月11日，县委书记章立群深入温溪镇", "bare 县委 on the 青田发布 account; named in the headline too")], []),
    "et:叶晓晨": ("叶晓晨", "official", "青田县", [
        ("et02", "青田县委", "副书记", _Q02, None),
        ("et02", "青田县政府", "县长", _Q02, None)], []),
    "et:吴建锋": ("吴建锋", "official", "青田县", [
        ("et02", "青田县委", "常委", _Q02, None),
        ("et02", "青田县政府", "常务副县长", _Q02, None)], []),
    "et:柏庆林": ("柏庆林", "official", "梅河口市", [
        ("et07", "梅河口市商务局", "局长", _M07, "2019-08 (identity case: 挂职 青田县副县长 in 2020, et02)"),
        ("et02", "青田县政府", "副县长", _Q02, "2020-11: 挂职 in 青田 (浙吉对口合作; the page names 梅河口); title without （挂职）")], []),
    "et:季海涛": ("季海涛", "official", "青田县", [
        ("et02", "青田县温溪镇党委", "书记", "温溪镇党委书记季海涛汇报了", None)], []),
    # ---- 山东 平度 (et03)
    "et:臧立峰": ("臧立峰", "official", "平度市", [
        ("et03", "平度市委", "书记", "13日，平度市委书记臧立峰到南村镇", "named in the second headline line too")], []),
    "et:修明德": ("修明德", "official", "平度市", [
        ("et03", "平度市委", "副书记", _P03, None),
        ("et03", "平度市政府", "市长", _P03, None)], []),
    "et:綦建伟": ("綦建伟", "official", "平度市", [
        ("et08", f"{GL}委", "常委", _G08, "2019-10: 挂职 in 关岭 (东西部扶贫协作; the page names 平度市); bare 县委 on the 关岭发布 account"),
        ("et08", f"{GL}政府", "副县长", _G08, "title without （挂职） (au, es)"),
        ("et03", "平度市委", "常委", _P03, "2022-04: back in 平度 (identity case)"),
        ("et03", "平度市政府", "副市长", _P03, None)], []),
    "et:栾晓东": ("栾晓东", "official", "平度市", [
        ("et03", "平度市南村镇党委", "书记", "镇党委书记栾晓东汇报了", "after 在南村镇")], []),
    "et:逄丽娟": ("逄丽娟", "official", "平度市", [
        ("et03", "平度市明村镇政府", "镇长", "镇长逄丽娟介绍了", "after 在明村镇")], []),
    # ---- 河南 汝州 (et04)
    "et:樊立刚": ("樊立刚", "official", "汝州市", [
        ("et04", "汝州市委", "书记", "9月2日，新任市委书记樊立刚到汝州高新区", "新任 is no part of the title; first 调研 after taking office; named in the headline too")], []),
    "et:贾东升": ("贾东升", "official", "汝州市", [
        ("et04", "汝州市委", "副书记", _R04, None),
        ("et04", "汝州市政府", "市长", _R04, None)], []),
    "et:范庆国": ("范庆国", "official", "汝州市", [
        ("et04", "汝州市委", "常委", _R04, None),
        ("et04", "汝州市政府", "常务副市长", _R04, None)], []),
    "et:郭振东": ("郭振东", "official", "汝州市", [
        ("et04", "汝州高新区党工委", "书记", "高新区党工委书记、管委会主任郭振东汇报了", "bare 高新区 on the 汝州 portal = 汝州高新区"),
        ("et04", "汝州高新区管委会", "主任", "高新区党工委书记、管委会主任郭振东汇报了", None)], []),
    "et:牛建民": ("牛建民", "official", "汝州市", [
        ("et04", "汝州市温泉镇党委", "书记", "镇党委书记牛建民汇报了", "after 在温泉镇")], []),
    # ---- 湖北 宜都 (et05)
    "et:覃明远": ("覃明远", "official", "宜都市", [
        ("et05", "宜昌市委", "常委", _D05, None),
        ("et05", "宜都市委", "书记", _D05, None)], []),
    "et:向晓波": ("向晓波", "official", "宜都市", [
        ("et05", "宜都市委", "副书记", _D05, None),
        ("et05", "宜都市政府", "市长", _D05, None)], []),
    "et:望少华": ("望少华", "official", "宜都市", [
        ("et05", "宜都市委", "常委", _D05, "DECIDED HERE: bare 市委常委 after the 宜都 chain in the 宜昌 paper = 宜都's"),
        ("et05", "宜都市政府", "常务副市长", _D05, None)], []),
    "et:谭振声#1": ("谭振声", "official", "宜都市", [
        ("et05", "宜都市枝城镇党委", "书记", "镇党委书记谭振声介绍了", "湖北 宜都, 2023-03; after 在枝城镇; not the 谭振声 of 陵水 (et10)")], []),
    "et:邓丽萍": ("邓丽萍", "official", "宜都市", [
        ("et05", "宜都市陆城街道党工委", "书记", "街道党工委书记邓丽萍汇报了", "after 在陆城街道; the street's 党工委")], []),
    # ---- 陕西 耀州 (et06)
    "et:雷启鸿": ("雷启鸿", "official", "耀州区", [
        ("et06", "耀州区委", "书记", "7月9日，区委书记雷启鸿深入小丘镇", "bare 区委 on the 耀州 site; named in the headline too")], []),
    "et:寇海燕": ("寇海燕", "official", "耀州区", [
        ("et06", "耀州区委", "副书记", _Y06, None),
        ("et06", "耀州区政府", "区长", _Y06, None)], []),
    "et:拓新民": ("拓新民", "official", "耀州区", [
        ("et06", "耀州区农业农村局", "局长", _Y06, None)], []),
    "et:惠建涛": ("惠建涛", "official", "耀州区", [
        ("et06", "耀州区小丘镇党委", "书记", "小丘镇党委书记惠建涛汇报了", None)], []),
    # ---- 吉林 梅河口 (et07)
    "et:邹德胜": ("邹德胜", "official", "梅河口市", [
        ("et07", "梅河口市委", "副书记", "8月20日，市委副书记、市长邹德胜到高新区", "bare 市委 on the 梅河口 site; named in the headline too"),
        ("et07", "梅河口市政府", "市长", "8月20日，市委副书记、市长邹德胜到高新区", None)], []),
    "et:朴永哲": ("朴永哲", "official", "梅河口市", [
        ("et07", "梅河口市委", "常委", _M07, None),
        ("et07", "梅河口市政府", "副市长", _M07, None)], []),
    "et:关文博": ("关文博", "official", "梅河口市", [
        ("et07", "梅河口高新区党工委", "书记", _M07, "bare 高新区 on the 梅河口 site = 梅河口高新区"),
        ("et07", "梅河口高新区管委会", "主任", _M07, None)], []),
    "et:车晓峰": ("车晓峰", "official", "梅河口市", [
        ("et07", "梅河口市山城镇党委", "书记", "镇党委书记车晓峰汇报了", "after 在山城镇")], []),
    # ---- 贵州 关岭 (et08)
    "et:韦德荣": ("韦德荣", "official", GL, [
        ("et08", f"{GL}委", "副书记", "10月24日，县委副书记、县长韦德荣到断桥镇", "full name of the 自治县; named in the headline too"),
        ("et08", f"{GL}政府", "县长", "10月24日，县委副书记、县长韦德荣到断桥镇", None)], []),
    "et:伍应才": ("伍应才", "official", GL, [
        ("et08", f"{GL}扶贫办", "主任", _G08, "as written (aw: 县扶贫办)")], []),
    "et:岑光明": ("岑光明", "official", GL, [
        ("et08", f"{GL}断桥镇党委", "书记", "断桥镇党委书记岑光明汇报了", None)], []),
    "et:班秀梅": ("班秀梅", "official", GL, [
        ("et08", f"{GL}花江镇政府", "镇长", "镇长班秀梅介绍了", "after 在花江镇")], []),
    # ---- 青海 乐都 (et09)
    "et:马占奎": ("马占奎", "official", "乐都区", [
        ("et09", "乐都区委", "书记", "9月6日，乐都区委书记马占奎深入高庙镇", "named in the headline too")], []),
    "et:祁永春": ("祁永春", "official", "乐都区", [
        ("et09", "乐都区委", "副书记", _L09, "bare chain after 乐都区委书记 in the 海东 paper"),
        ("et09", "乐都区政府", "区长", _L09, None)], []),
    "et:冶德林": ("冶德林", "official", "乐都区", [
        ("et09", "乐都区委", "常委", _L09, None),
        ("et09", "乐都区政府", "副区长", _L09, None)], []),
    "et:铁成虎": ("铁成虎", "official", "乐都区", [
        ("et09", "乐都区高庙镇党委", "书记", "镇党委书记铁成虎汇报了", "after 在高庙镇")], []),
    # ---- 海南 陵水 (et10)
    "et:符海川": ("符海川", "official", LS, [
        ("et10", f"{LS}委", "副书记", "5月20日，陵水黎族自治县委副书记、代县长符海川到黎安镇", "new in post (到任后首次); named in the headline too"),
        ("et10", f"{LS}政府", "代县长", "5月20日，陵水黎族自治县委副书记、代县长符海川到黎安镇", "as written (ab, es)")], []),
    "et:卓文亮": ("卓文亮", "official", LS, [
        ("et10", f"{LS}委", "常委", _S10, None),
        ("et10", f"{LS}政府", "常务副县长", _S10, None)], []),
    "et:谭振声#2": ("谭振声", "official", LS, [
        ("et10", f"{LS}政府", "副县长", _S10, "海南 陵水, 2024-05; not the 谭振声 of 宜都 (et05)")], []),
    "et:吉才良": ("吉才良", "official", LS, [
        ("et10", f"{LS}黎安镇党委", "书记", "黎安镇党委书记吉才良汇报了", None)], []),
    "et:黎亚妹": ("黎亚妹", "official", LS, [
        ("et10", f"{LS}英州镇政府", "镇长", "镇长黎亚妹介绍了", "after 在英州镇")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("et01", "陆晓雯", "责任编辑", "editor", "责任编辑：陆晓雯"),
    ("et02", "潘语宸", "记者", "reporter", "记者：潘语宸"),
    ("et02", "刘芷涵", "编辑", "editor", "编辑：刘芷涵"),
    ("et02", "陈小刚", "审核", "editor", "审核：陈小刚"),
    ("et03", "单晓蕾", "记者", "reporter", "本报4月13日讯（记者 单晓蕾 通讯员 姜海燕）"),
    ("et03", "姜海燕", "通讯员", "correspondent", "本报4月13日讯（记者 单晓蕾 通讯员 姜海燕）"),
    ("et03", "于海宁", "责任编辑", "editor", "责任编辑：于海宁"),
    ("et04", "韩晓鹏", "记者", "reporter", "作者：记者 韩晓鹏"),
    ("et04", "李嘉怡", "编辑", "editor", "编辑：李嘉怡"),
    ("et05", "望思源", "记者", "reporter", "三峡日报讯（记者 望思源 通讯员 李明澈）"),
    ("et05", "李明澈", "通讯员", "correspondent", "三峡日报讯（记者 望思源 通讯员 李明澈）"),
    ("et05", "刘娟", "编辑", "editor", "编辑：刘娟"),
    ("et05", "党红梅", "审核", "editor", "审核：党红梅"),
    ("et06", "杨雅楠", "责任编辑", "editor", "责任编辑：杨雅楠"),
    ("et07", "孙丽娜", "责任编辑", "editor", "责任编辑：孙丽娜"),
    ("et08", "罗兴艳", "文字", "author", "文字：罗兴艳"),
    ("et08", "王梓岚", "编辑", "editor", "编辑：王梓岚"),
    ("et08", "陆永贵", "审核", "editor", "审核：陆永贵"),
    ("et09", "李晓燕", "记者", "reporter", "本报讯（记者 李晓燕）"),
    ("et09", "韩雪芬", "责任编辑", "editor", "责任编辑：韩雪芬"),
    ("et10", "吴雅菲", "编辑", "editor", "编辑：吴雅菲"),
    ("et10", "郑小鹏", "记者", "reporter", "（南海网记者 郑小鹏 通讯员 陵宣）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("et01", "富安镇、安丰镇重点项目建设和特色产业发展调研", "inspection (调研)", "5月16日", None, "卞启航", [],
     ["储晓燕", "缪立洲", "仇海峰"], ["吉文斌", "丁秀芹"], "富安镇、安丰镇",
     "5月16日，市委副书记、市长卞启航到富安镇、安丰镇调研重点项目建设和特色产业发展情况",
     ["市长卞启航到富安镇、安丰镇调研", _T01, "镇党委书记吉文斌汇报了", "镇长丁秀芹介绍了"]),
    ("et01", "会办会", "meeting (会办会)", "5月16日", None, None, [],
     [], ["缪立洲", "仇海峰", "卞启航", "储晓燕"], None,
     "在随后召开的会办会上，缪立洲汇报了全市一季度重大项目投资完成情况",
     ["缪立洲汇报了", "仇海峰介绍了", "卞启航指出", "储晓燕就古镇保护和文旅融合作了具体安排"]),
    ("et02", "山海协作产业园建设和侨乡进口商品城运营调研", "inspection (调研)", "11月11日", None, "章立群", [],
     ["叶晓晨", "吴建锋", "柏庆林"], ["季海涛", "吴建锋", "柏庆林", "章立群", "叶晓晨"], "温溪镇、鹤城街道",
     "11月11日，县委书记章立群深入温溪镇、鹤城街道，调研山海协作产业园建设和侨乡进口商品城运营情况",
     ["县委书记章立群深入温溪镇、鹤城街道", _Q02, "温溪镇党委书记季海涛汇报了", "吴建锋汇报了", "柏庆林介绍了", "章立群强调", "叶晓晨表示"]),
    ("et03", "南村镇、明村镇重点项目建设和春季农业生产调研", "inspection (调研)", "13日", None, "臧立峰", [],
     ["修明德", "綦建伟"], ["栾晓东", "逄丽娟", "臧立峰", "修明德", "綦建伟"], "南村镇、明村镇",
     "13日，平度市委书记臧立峰到南村镇、明村镇调研重点项目建设和春季农业生产",
     ["平度市委书记臧立峰到南村镇、明村镇调研", _P03, "镇党委书记栾晓东汇报了", "镇长逄丽娟介绍了", "臧立峰强调",
      "修明德就统筹做好疫情防控和项目建设作了安排", "綦建伟汇报了"]),
    ("et04", "开发区建设、项目推进和乡村振兴调研", "inspection (调研)", "9月2日", None, "樊立刚", [],
     ["贾东升", "范庆国"], ["郭振东", "牛建民", "樊立刚", "贾东升"], "汝州高新区、温泉镇",
     "9月2日，新任市委书记樊立刚到汝州高新区和温泉镇调研开发区建设、项目推进和乡村振兴工作",
     ["新任市委书记樊立刚到汝州高新区和温泉镇调研", _R04, "管委会主任郭振东汇报了", "镇党委书记牛建民汇报了", "樊立刚指出", "贾东升表示"]),
    ("et05", "2023年一季度重点项目现场观摩", "site observation (现场观摩)", "3月15日", None, None, ["宜都市"],
     ["覃明远", "向晓波", "望少华"], ["谭振声", "邓丽萍"], "枝城镇、陆城街道、高坝洲镇",
     "宜都市组织开展2023年一季度重点项目现场观摩暨推进会",
     [_D05, "镇党委书记谭振声介绍了", "街道党工委书记邓丽萍汇报了"]),
    ("et05", "推进会", "meeting (推进会)", "3月15日", "向晓波", None, [],
     [], ["望少华", "覃明远"], None,
     "观摩结束后召开推进会",
     ["会议由向晓波主持", "望少华通报了", "覃明远指出"]),
    ("et06", "东耀协作项目建设和脱贫攻坚成果巩固调研", "inspection (调研)", "7月9日", None, "雷启鸿", [],
     ["寇海燕", "缪立洲", "拓新民"], ["惠建涛", "缪立洲", "拓新民", "雷启鸿", "寇海燕"], "小丘镇、照金镇",
     "7月9日，区委书记雷启鸿深入小丘镇、照金镇，调研东耀协作项目建设和脱贫攻坚成果巩固工作",
     ["区委书记雷启鸿深入小丘镇、照金镇", _Y06, "小丘镇党委书记惠建涛汇报了", "缪立洲介绍了", "拓新民汇报了", "雷启鸿强调", "寇海燕表示"]),
    ("et07", "高新区、山城镇项目建设和园区发展调研", "inspection (调研)", "8月20日", None, "邹德胜", [],
     ["朴永哲", "关文博", "柏庆林"], ["关文博", "柏庆林", "车晓峰", "邹德胜", "朴永哲"], "高新区、山城镇",
     "8月20日，市委副书记、市长邹德胜到高新区和山城镇调研项目建设和园区发展工作",
     ["市长邹德胜到高新区和山城镇调研", _M07, "关文博汇报了", "柏庆林介绍了", "镇党委书记车晓峰汇报了", "邹德胜强调",
      "朴永哲就园区安全生产和秋季施工组织作了具体安排"]),
    ("et08", "东西部扶贫协作项目推进和关岭牛产业发展调研", "inspection (调研)", "10月24日", None, "韦德荣", [],
     ["綦建伟", "伍应才"], ["岑光明", "綦建伟", "班秀梅", "伍应才", "韦德荣"], "断桥镇、花江镇",
     "10月24日，县委副书记、县长韦德荣到断桥镇、花江镇，调研东西部扶贫协作项目推进和关岭牛产业发展情况",
     ["县长韦德荣到断桥镇、花江镇", _G08, "断桥镇党委书记岑光明汇报了", "綦建伟介绍了", "镇长班秀梅介绍了", "伍应才汇报了", "韦德荣强调"]),
    ("et09", "乡村振兴重点项目建设和湟水河生态保护调研", "inspection (调研)", "9月6日", None, "马占奎", [],
     ["祁永春", "冶德林"], ["铁成虎", "冶德林", "马占奎", "祁永春"], "高庙镇、瞿昙镇",
     "9月6日，乐都区委书记马占奎深入高庙镇、瞿昙镇，调研乡村振兴重点项目建设和湟水河生态保护工作",
     ["乐都区委书记马占奎深入高庙镇、瞿昙镇", _L09, "镇党委书记铁成虎汇报了", "冶德林介绍了", "马占奎强调", "祁永春表示"]),
    ("et10", "黎安镇、英州镇调研（到任后首次）", "inspection (调研)", "5月20日", None, "符海川", [],
     ["卓文亮", "谭振声"], ["吉才良", "谭振声", "黎亚妹", "符海川", "卓文亮"], "黎安镇、英州镇",
     "5月20日，陵水黎族自治县委副书记、代县长符海川到黎安镇、英州镇调研",
     ["代县长符海川到黎安镇、英州镇调研", _S10, "黎安镇党委书记吉才良汇报了", "谭振声介绍了", "镇长黎亚妹介绍了", "符海川强调",
      "卓文亮就安居房配售和项目要素保障作了具体安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("et01", "富安镇茧丝绸产业园二期", "industrial_park", "富安镇茧丝绸产业园二期施工现场"),
    ("et01", "富安镇农村生活污水治理工程", "infrastructure_project", "富安镇农村生活污水治理工程"),
    ("et01", "安丰古镇保护修缮二期工程", "project", "安丰古镇保护修缮二期工程"),
    ("et01", "安丰镇电子信息产业园", "industrial_park", "安丰镇电子信息产业园"),
    ("et02", "温溪镇山海协作产业园二期", "industrial_park", "在温溪镇山海协作产业园二期施工现场"),
    ("et02", "青田侨乡进口商品城三期", "project", "青田侨乡进口商品城三期和瓯江青田段生态修复工程"),
    ("et02", "瓯江青田段生态修复工程", "greening_project", "青田侨乡进口商品城三期和瓯江青田段生态修复工程"),
    ("et03", "南村镇智能家电产业园一期", "industrial_park", "南村镇智能家电产业园一期"),
    ("et03", "大沽河南村段防洪提升工程", "engineering_work", "大沽河南村段防洪提升工程施工现场"),
    ("et03", "明村镇现代农业产业园", "industrial_park", "明村镇现代农业产业园"),
    ("et03", "大沽河堤防加固工程", "engineering_work", "确保大沽河堤防加固工程按期完工"),
    ("et04", "汝州高新区装备制造产业园三期", "industrial_park", "汝州高新区装备制造产业园三期"),
    ("et04", "温泉镇康养小镇项目", "project", "温泉镇康养小镇项目"),
    ("et04", "北汝河温泉段综合治理工程", "engineering_work", "北汝河温泉段综合治理工程"),
    ("et05", "宜都化工园新能源材料产业园一期", "industrial_park", "宜都化工园新能源材料产业园一期"),
    ("et05", "枝城港区多用途码头二期工程", "infrastructure_project", "枝城港区多用途码头二期工程"),
    ("et05", "陆城街道老旧小区改造项目", "housing_project", "陆城街道老旧小区改造项目"),
    ("et05", "清江宜都段生态修复工程", "greening_project", "清江宜都段生态修复工程"),
    ("et06", "小丘镇东耀协作现代农业产业园", "industrial_park", "在小丘镇东耀协作现代农业产业园"),
    ("et06", "照金镇东耀协作扶贫车间", "project", "照金镇东耀协作扶贫车间"),
    ("et06", "照金红色旅游配套设施提升工程", "project", "照金红色旅游配套设施提升工程"),
    ("et07", "梅河口高新区医药健康产业园二期", "industrial_park", "梅河口高新区医药健康产业园二期"),
    ("et07", "梅河口国际陆港物流园", "logistics_hub", "梅河口国际陆港物流园"),
    ("et07", "丽水梅河口对口合作产业园一期", "industrial_park", "丽水梅河口对口合作产业园一期"),
    ("et07", "山城镇古城街区改造工程", "project", "山城镇古城街区改造工程"),
    ("et08", "断桥镇青关协作扶贫车间", "project", "来到平度市援建的断桥镇青关协作扶贫车间"),
    ("et08", "关岭牛产业园", "industrial_park", "先后察看了关岭牛产业园"),
    ("et08", "花江镇易地扶贫搬迁安置点", "housing_project", "花江镇易地扶贫搬迁安置点"),
    ("et09", "高庙镇长辣椒产业园", "industrial_park", "高庙镇长辣椒产业园"),
    ("et09", "湟水河乐都段生态治理工程", "greening_project", "湟水河乐都段生态治理工程现场"),
    ("et09", "瞿昙寺景区提升工程", "project", "瞿昙寺景区提升工程"),
    ("et10", "海南陵水黎安国际教育创新试验区公共教学区二期项目", "project", "海南陵水黎安国际教育创新试验区公共教学区二期项目"),
    ("et10", "英州镇清水湾安居房二期", "housing_project", "英州镇清水湾安居房二期"),
    ("et10", "陵水河河口生态修复工程", "greening_project", "陵水河河口生态修复工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("et01", "富安镇", "town", "standalone", "到富安镇、安丰镇调研"),
    ("et01", "安丰镇", "town", "standalone", "到富安镇、安丰镇调研"),
    ("et01", "富安", "town", "standalone", "卞启航到富安安丰两镇调研重点项目建设"),
    ("et01", "安丰", "town", "standalone", "卞启航到富安安丰两镇调研重点项目建设"),
    ("et01", "安丰古镇", "heritage_site", "in_project_name", "安丰古镇保护修缮二期工程"),
    ("et01", "上海", "city", "standalone", "接轨上海、承接产业转移"),
    ("et01", "长三角", "region", "standalone (slogan)", "融入长三角、建设新东台"),
    ("et01", "东台", "county_level_city", "standalone (slogan)", "融入长三角、建设新东台"),
    ("et02", "温溪镇", "town", "standalone", "深入温溪镇、鹤城街道"),
    ("et02", "鹤城街道", "sub_district_office", "standalone", "深入温溪镇、鹤城街道"),
    ("et02", "瓯江", "river", "in_project_name", "瓯江青田段生态修复工程"),
    ("et02", "青田", "county", "standalone", "梅河口与青田在农产品展销"),
    ("et02", "梅河口", "county_level_city", "standalone", "梅河口与青田在农产品展销"),
    ("et03", "平度", "county_level_city", "standalone", "平度：重点项目建设跑出“加速度”"),
    ("et03", "平度市", "county_level_city", "in_title", "13日，平度市委书记臧立峰"),
    ("et03", "南村镇", "town", "standalone", "到南村镇、明村镇调研"),
    ("et03", "明村镇", "town", "standalone", "到南村镇、明村镇调研"),
    ("et03", "大沽河", "river", "in_project_name", "大沽河南村段防洪提升工程"),
    ("et03", "明村", "town", "standalone (brand)", "“明村西瓜”品牌打造"),
    ("et04", "汝州高新区", "development_zone", "standalone", "到汝州高新区和温泉镇调研"),
    ("et04", "高新区", "development_zone", "standalone", "推动高新区在全省开发区中争先进位"),
    ("et04", "温泉镇", "town", "standalone", "到汝州高新区和温泉镇调研"),
    ("et04", "北汝河", "river", "standalone", "加快北汝河综合治理"),
    ("et05", "宜都", "county_level_city", "standalone", "宜都开展一季度重点项目现场观摩"),
    ("et05", "宜都市", "county_level_city", "standalone", "3月15日，宜都市组织开展"),
    ("et05", "宜昌市", "city", "in_title", "宜昌市委常委、宜都市委书记覃明远"),
    ("et05", "枝城镇", "town", "standalone", "先后来到枝城镇、陆城街道、高坝洲镇"),
    ("et05", "陆城街道", "sub_district_office", "standalone", "先后来到枝城镇、陆城街道、高坝洲镇"),
    ("et05", "高坝洲镇", "town", "standalone", "先后来到枝城镇、陆城街道、高坝洲镇"),
    ("et05", "宜都化工园", "zone_park", "in_project_name", "宜都化工园新能源材料产业园一期"),
    ("et05", "化工园", "zone_park", "standalone", "统筹推进化工园转型升级"),
    ("et05", "枝城港区", "port", "in_project_name", "枝城港区多用途码头二期工程"),
    ("et05", "清江", "river", "standalone", "要做好长江、清江岸线保护"),
    ("et05", "长江", "river", "standalone", "要做好长江、清江岸线保护"),
    ("et06", "小丘镇", "town", "standalone", "深入小丘镇、照金镇"),
    ("et06", "照金镇", "town", "standalone", "深入小丘镇、照金镇"),
    ("et06", "照金", "town", "in_project_name", "照金红色旅游配套设施提升工程"),
    ("et06", "东台市", "county_level_city", "standalone", "缪立洲介绍了东台市今年落实协作资金"),
    ("et06", "东台", "county_level_city", "standalone", "东台企业在耀州投资建厂"),
    ("et06", "耀州", "district", "standalone", "东台企业在耀州投资建厂"),
    ("et07", "高新区", "development_zone", "standalone", "到高新区和山城镇调研"),
    ("et07", "梅河口高新区", "development_zone", "in_project_name", "梅河口高新区医药健康产业园二期"),
    ("et07", "山城镇", "town", "standalone", "到高新区和山城镇调研"),
    ("et07", "浙江", "province", "standalone", "与浙江丽水对口合作"),
    ("et07", "丽水", "city", "standalone", "与浙江丽水对口合作"),
    ("et07", "梅河口", "county_level_city", "standalone", "推动更多合作项目落地梅河口"),
    ("et08", "断桥镇", "town", "standalone", "到断桥镇、花江镇"),
    ("et08", "花江镇", "town", "standalone", "到断桥镇、花江镇"),
    ("et08", "平度市", "county_level_city", "standalone", "来到平度市援建的断桥镇青关协作扶贫车间"),
    ("et08", "青岛", "city", "standalone", "协调更多青岛企业来关岭设立扶贫车间"),
    ("et08", "关岭", "county", "standalone", "协调更多青岛企业来关岭设立扶贫车间"),
    ("et09", "乐都区", "district", "standalone", "马占奎在乐都区调研乡村振兴和生态保护工作时强调"),
    ("et09", "湟水", "river", "standalone", "守护湟水生态"),
    ("et09", "湟水河", "river", "standalone", "湟水河生态保护工作"),
    ("et09", "高庙镇", "town", "standalone", "深入高庙镇、瞿昙镇"),
    ("et09", "瞿昙镇", "town", "standalone", "深入高庙镇、瞿昙镇"),
    ("et09", "乐都", "district", "in_project_name", "湟水河乐都段生态治理工程"),
    ("et09", "瞿昙寺", "heritage_site", "standalone", "要挖掘瞿昙寺等文化旅游资源"),
    ("et10", "陵水黎族自治县", "county", "in_title", "5月20日，陵水黎族自治县委副书记"),
    ("et10", "黎安镇", "town", "standalone", "到黎安镇、英州镇调研"),
    ("et10", "英州镇", "town", "standalone", "到黎安镇、英州镇调研"),
    ("et10", "海南陵水黎安国际教育创新试验区", "pilot_zone", "in_project_name", "海南陵水黎安国际教育创新试验区公共教学区二期项目"),
    ("et10", "黎安国际教育创新试验区", "pilot_zone", "standalone", "全力服务保障黎安国际教育创新试验区建设"),
    ("et10", "海南自由贸易港", "free_trade_zone", "standalone", "要抢抓海南自由贸易港建设机遇"),
    ("et10", "海南", "province", "in_zone_name", "要抢抓海南自由贸易港建设机遇"),
    ("et10", "陵水", "county", "standalone (slogan)", "打响“留学陵水”品牌"),
    ("et10", "清水湾", "bay", "in_project_name", "英州镇清水湾安居房二期"),
    ("et10", "陵水河", "river", "standalone", "要加强陵水河河口生态保护修复"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="et", conventions="set et (blind set: held-out-like mix, seventh round: 江苏 东台市, 浙江 青田县, 山东 平度市, 河南 汝州市, 湖北 宜都市, 陕西 耀州区, 吉林 梅河口市, 贵州 关岭布依族苗族自治县, 青海 乐都区, 海南 陵水黎族自治县; government sites with full chrome, city papers' editions (青岛日报, 三峡日报, 海东日报), portals (汝州网, 南海网) and two county WeChat accounts; bare organs are the page's place, a bare chain after a written county-level place is that place's; 挂职 titles without （挂职）; 自治县 labels in full; zone labels 梅河口高新区 / 汝州高新区; 新任 is no part of a title, 代县长 as written; a 会办会 after a 调研 and a 推进会 after a 观摩 are meetings of their own; one line per post per article)",
          persons_note="Set et persons. id = corpus-wide person_id (et:谭振声#1 of 宜都 (湖北, 镇党委书记, 2023) and et:谭振声#2 of 陵水 (海南, 副县长, 2024) are two people; et:缪立洲 东台市发展改革委主任 2018 → 耀州区委常委、副区长（挂职） 2020; et:柏庆林 梅河口市商务局局长 2019 → 青田县副县长（挂职） 2020; et:綦建伟 关岭县委常委、副县长（挂职） 2019 → 平度市委常委、副市长 2022; new in post: et:樊立刚 (汝州 新任市委书记), et:符海川 (陵水 代县长))")


if __name__ == "__main__":
    main()
