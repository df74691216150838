"""Write gold part ``ci`` (a blind set: 乡镇人民政府 pages and town news in 河北, 山西, 贵州, 甘肃 and 福建) from the tables below.

Pages ``tests/dev/texts/ci*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: town 人民代表大会 reports (牛镇镇 on a county site with ``(责任编辑:…)``;
罗源 鉴江镇 ``…当选为鉴江镇人大主席，…当选为镇长，…当选为副镇长``; 天长 金集镇 on a 人大 site ``您现在的位置:天长市人大>> 镇街
人大>>正文内容`` with ``上一篇 / 下一篇``; 孟村镇, 宣州 文昌镇 with ``区委常委、政法委书记…到会并讲话``, 临江镇, 三和镇, 滔溪镇,
西演镇), town meetings on 防汛 (a 地城镇 周一例会: ``县人大常委会副主任…、地城镇班子成员、包村站所长和各村书记参加会议``,
``镇党委委员、人武部长领学``, ``镇长…要求各防汛包保干部``; a 蔡牛镇 防汛工作调度会 ``镇长…主持…全体党政班子成员参加``,
``包村领导要做好对所包村屯…排查``; a 聊城日报 page on 柿子园镇 ``来源:聊城日报编辑:…发布时间:…``; 城步 西岩镇 防汛工作调度会
``镇党政班子成员、相关部门人员、26个村(居)支部书记参加会议``; a 古田新闻网 page on 凤都镇 防台 ``包村领导、驻村干部要迅速深入
各自挂点村``; a 湄洲日报 page on 仙游 枫亭镇 ``安排镇干部驻村``; a 镇 防台 紧急会议 ``会议由镇党委副书记…主持，镇长…全面部署…，
镇党委书记…作了强调``, ``副镇长…分别就…作了部署``), town study and party meetings (老关镇 专题学习 ``镇党委副书记、镇长…总结``;
谢炉镇 二十大精神 专题会议 ``59个村党支部书记参加会议``, ``镇党委书记…指出``; 西王镇 换届推进会 ``县政府副县长、公安局局长…，
县农委主任…到会指导…会议由镇党委副书记、镇长…主持``; 大川镇 部署会 ``副镇长…安排部署``, ``镇党委书记…指出``), a 甘州区 大满镇
政务公开 page with the 索引号 / 发布机构 / 生成日期 table (村级干部管理办法: 村党组织书记, 村委会主任, 第一书记), 第一书记 pages
(通渭 选派 236名 第一书记; a 鹿邑 局 ``由县委组织部…派驻到赵村乡赵西行政村任第一书记``; a 鸡公山 ``送新选派驻村第一书记…赴任
报到``, 见面座谈会; 孟村 西姚村 ``工作队队长、西姚村第一书记``; a 黔东南 财政局 回访 page), a 岑巩 县 调研 page (``县委常委、组织
部部长…陪同调研或座谈``) and 黎平 肇兴镇 gazetteer pages (肇兴村, 厦格村, 堂安村, 花腊村, 归公村). Places are real and new to
the corpus: 甘肃 陇南 礼县 (城关镇 twice, 西汉水) and 平凉 泾川县 (城关镇, 泾河, 汭河); 山西 晋中 左权县 (辽阳镇, 麻田镇, 清漳河);
河北 石家庄 平山县 (西柏坡镇, 岗南镇, 岗南水库, 滹沱河); 福建 福州 永泰县 (嵩口镇, 月洲村, 大樟溪); 贵州 黔东南 黎平县 (肇兴镇,
堂安村, 厦格村, 纪堂村). Villages 西关村, 东关村, 南庄村 are generic invented names.

Shapes: a county site's 乡镇之窗 page of a 城关镇 党政联席会议 (书记 主持; 镇长, 人大主席, 副书记, 纪委书记, 党委委员、武装部长,
党委委员、副镇长, 副镇长; 包村干部) (ci01); another county's 城关镇 防汛工作部署会 (镇长 主持, 书记 出席并讲话, a 县水务局副局长
到会指导, 包村领导 / 包村干部, 各村 unnamed and a named 村党支部书记、村委会主任, 相关链接) (ci02); a city paper's 第03版 of a 副县长
调研 at the town with the former 镇长 now 县农业农村局局长, the new 镇长, a named village's 村党支部书记、村委会主任 and a 县财政局
选派的驻村第一书记 (ci03); a county site's 乡镇动态 of a 镇党委理论学习中心组 集中学习 (主持, 领学, 传达, 研讨发言; 中心组成员)
(ci04); a county 融媒体 portal's 县委书记 调研 in another town with the former 副镇长 now 镇长, a 县委常委、县委办公室主任, a
village's 书记、主任 and a 县自然资源局选派的驻村第一书记 (ci05); a town 政务公开 page with the 索引号 table of a 防汛工作部署会
(党委委员、武装部长; a village's 村党支部书记) (ci06); a county site's page of the 县委常委、组织部部长 (the former 镇党委书记)
送 a new 驻村第一书记 and the 座谈交接会 (原驻村第一书记; 县农业农村局党组书记、局长; 镇党委委员、组织委员) (ci07); a 福建 county
site's 嵩口镇 党政联席会议 (党委委员、纪委书记, 党委委员、宣传委员, 副镇长 列席; 挂村领导) (ci08); a 贵州 county site's town column
of a 镇长 督导检查 (党委委员、副镇长, a village's 书记、主任, a 包村干部 named without a post) (ci09); the 黔东南日报 第02版 of a
县长 调研 at the town with the former 镇长 now 镇党委书记 and a 县文体广电旅游局选派的驻村第一书记 (ci10).

Identity cases:
- ci:姚文斌, a town cadre who moves to a county department: 礼县城关镇 党委副书记、镇长 in May 2022 (ci01); 礼县农业农村局 局长 at
  the same town in Aug 2024 (ci03). ci:权振国 is 礼县城关镇党委书记 on both pages; ci:苟建东 is the new 镇长 (ci03).
- ci:梁卫平 moves between two towns of 左权县: 辽阳镇 党委委员、副镇长 in April 2021 (ci04) → 麻田镇 党委副书记、镇长 in Sept
  2023 (ci05).
- ci:闫红军, 镇党委书记 → 县委常委、组织部部长: 平山县西柏坡镇党委 书记 in July 2022 (ci06); 平山县委 常委 + 平山县委组织部 部长 in
  March 2024 (ci07).
- ci:吴胜林, 镇长 → 镇党委书记 in one town: 黎平县肇兴镇 党委副书记、镇长 in April 2023 (ci09); 肇兴镇党委书记 in Oct 2024 (ci10);
  ci:杨通明 the new 镇长.
- two different 乔润生, both 镇人大主席: ci:乔润生#1 泾川县城关镇人大 主席 (甘肃, June 2023, ci02); ci:乔润生#2 永泰县嵩口镇人大
  主席 (福建, March 2022, ci08). Same name, same title words, unrelated towns.
- one town name in two counties of one province: 城关镇 of 礼县 (ci01, ci03) and of 泾川县 (ci02), both written bare ``城关镇`` /
  ``镇党委书记`` on their county's site → 礼县城关镇党委 vs 泾川县城关镇党委; bare ``县农业农村局`` is 礼县's (ci03), 左权县's (ci05)
  and 平山县's (ci07); bare ``县委`` / ``县委组织部`` belong to the page's county.
- ci:豆雅琴 signs the 城关镇 page as its 党政办 author (ci01) and is the 通讯员 of the 陇南日报 article (ci03).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as in parts aa, aq, ac, m and z where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (礼县城关镇党委 书记, 礼县城关镇政府 镇长 / 副镇长, 礼县城关镇人大
  主席, 礼县城关镇纪委 书记), as parts aa and aq; ``镇党委委员、副镇长`` → …镇党委 委员 + …镇政府 副镇长; ``镇党委委员、纪委书记``
  → …镇党委 委员 + …镇纪委 书记 (纪委 after the 镇党委 title = the town's). 城关镇 always takes its county (礼县城关镇,
  泾川县城关镇). 礼县 is one character + 县: the label keeps the full name (礼县委, 礼县政府, 礼县城关镇党委), as part ac's 曹县委.
- DECIDED HERE: ``镇党委委员、武装部长杨天佑`` → 礼县城关镇党委 委员 + 礼县城关镇武装部 部长 (the town's 人民武装部 in the
  short form the text writes, as part aa keeps ``人武部`` as written); the same for 平山县西柏坡镇武装部 (ci06).
- ``镇党委委员、组织委员`` → …镇党委 委员 + …镇党委 组织委员 (as part aq); DECIDED HERE: ``镇党委委员、宣传委员`` the same way
  (…镇党委 宣传委员).
- Village posts of a named village: town label + village + 党支部 / 村委会 (礼县城关镇西关村党支部 书记 + 礼县城关镇西关村委会 主任),
  as parts aa and aq; ``村党支部书记`` after ``在西关村，`` = that village's. A 驻村第一书记 is a post of the village's 党支部
  (``县财政局选派的驻村第一书记牛俊杰`` in the 西关村 sentence → 礼县城关镇西关村党支部 第一书记), as parts aa and aq; the
  dispatching 县 department gives no line. ``原驻村第一书记谷春雷`` gets no line (as part aq); he is named without a post.
- Unnamed village organs are no posts (CONVENTIONS): ``各村党支部书记、村委会主任``, ``各村党支部书记``, ``南庄村“两委”成员``.
- DECIDED HERE: 包村干部 / 包村领导 / 挂村领导 / 包抓领导 are assignments, not posts (like 包保 in part aa and 班子成员 in
  CONVENTIONS); ``包村干部石文龙`` (ci09) is a person named without a post.
- 理论学习中心组成员 is no post (CONVENTIONS): ``…等中心组成员参加学习`` gives only the titles written before it.
- Bare organs take the page's place: 镇 on a town page or in a sentence about one town = that town; 县 / 县委 / 县委组织部 /
  县农业农村局 / 县水务局 on a county site or county portal = that county (泾川县水务局, 左权县农业农村局, 平山县委组织部); in the
  陇南日报 a bare ``县农业农村局局长`` right after ``礼县副县长`` = 礼县's, and in the 黔东南日报 a bare ``县文体广电旅游局局长``
  after ``黎平县委副书记、县长`` = 黎平县's. ``县委常委、组织部部长`` → 平山县委 常委 + 平山县委组织部 部长 and ``县委常委、县委
  办公室主任`` → 左权县委 常委 + 左权县委办公室 主任 (as parts ac and ah); ``县农业农村局党组书记、局长`` → 平山县农业农村局党组 书记 +
  平山县农业农村局 局长 (党组 only with 书记, as parts z and bs).
- One line per post per article; a name repeated with its title in the same article gives one line.
- Events: 党政联席会议, 防汛工作部署会, the 理论学习中心组 集中学习 and the 座谈交接会 are meetings (chair when 主持; 出席 / 参加 /
  到会指导 / 列席 attendees; 通报 / 安排 / 说明 / 领学 / 传达 / 研讨发言 / 宣读 / 介绍 / 表态发言 / 表示 / 要求 / 强调 speakers); the
  调研 and the 督导检查 are ``inspection`` (leader; 陪同 / 带领 attendees; 介绍 / 汇报 / 作了安排 / 指出 / 强调 / 表示 speakers). The
  送…任职 visit and its 座谈交接会 are one event, the meeting (as part aq).
- Projects: works named as under way or to be pushed: dikes, 清淤疏浚 and 防洪护岸 works ``engineering_work``; 老旧小区改造
  ``housing_project``; a 生态修复工程 ``greening_project``; a 污水治理项目 and a 消防改造提升工程 ``infrastructure_project``;
  示范园, 示范基地, 冷链仓储项目, 研学基地二期, 光伏发电项目, 古镇 / 古民居 works and a 游客服务中心 提升改造项目 ``project``.
  Brands (``嵩口米粉``), 规划, 预案 and 活动 are not projects.
- Places: one line per name per file; towns, villages, rivers, a reservoir, a mountain range, scenic and heritage sites;
  short names as written (``推动辽阳高质量发展`` → 辽阳, ``麻田是…红色名镇`` → 麻田, ``推动嵩口高质量发展`` → 嵩口, ``肇兴是…``
  → 肇兴, ``西柏坡段`` → 西柏坡, ``城关段`` → 城关, ``堂安、厦格等周边村寨`` → 堂安 / 厦格), as part aa's 冯井 and 城关. DECIDED
  HERE: a named sight is a place (肇兴侗寨 ``scenic_area``, 八路军总部纪念馆 ``heritage_site``, 嵩口古镇 ``ancient_town``), a
  village facility (厦格村侗族大歌传习所) is not (as schools in part bs). Site lines, breadcrumbs, 来源 / 发布机构 lines,
  footers, 上一篇 / 下一篇 and 相关链接 / 相关新闻 lists (盐官镇, 王村镇, 玉都镇, 桐峪镇, 梧桐镇) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ci01_lixian.txt": (2022, "发布时间：2022-05-11 09:42", "礼县城关镇", [
        ("城关镇召开党政联席会议 安排部署防汛和重点项目建设工作", "5月10日上午", "2022-05-10", "5月10日上午，城关镇召开",
         "county site 乡镇之窗: 城关镇 党政联席会议 (书记 主持; 镇长, 人大主席, 副书记, 纪委书记, 党委委员、武装部长, 党委委员、副镇长, 副镇长); 包村干部")]),
    "ci02_jingchuan.txt": (2023, "发布日期：2023-06-08 17:26", "泾川县城关镇", [
        ("城关镇召开2023年防汛工作部署会", "6月7日下午", "2023-06-07", "6月7日下午，城关镇召开",
         "county site 乡镇动态: the other county's 城关镇 防汛工作部署会 (镇长 主持, 书记 讲话, 县水务局副局长 到会指导; 人大主席 乔润生#1; a named village's 书记、主任)")]),
    "ci03_lixian.txt": (2024, "2024年8月23日　星期五", "礼县城关镇", [
        ("礼县城关镇：苹果园里话增收 堤防工程保安澜", "8月21日", "2024-08-21", "本报讯（记者 裴丽娜 通讯员 豆雅琴）8月21日",
         "city paper 第03版: 副县长 调研 at 城关镇; the former 镇长 now 县农业农村局局长; new 镇长; 西关村 书记、主任 and a 县财政局选派的驻村第一书记")]),
    "ci04_zuoquan.txt": (2021, "时间：2021-04-16 15:20", "左权县辽阳镇", [
        ("辽阳镇党委理论学习中心组开展2021年第二次集中学习", "4月15日上午", "2021-04-15", "4月15日上午，辽阳镇党委",
         "county site 乡镇动态: 镇党委理论学习中心组 集中学习 (书记 主持; 领学, 传达, 研讨发言); 梁卫平 党委委员、副镇长")]),
    "ci05_zuoquan.txt": (2023, "2023-09-14 18:05", "左权县麻田镇", [
        ("高鹏程到麻田镇调研红色旅游和乡村振兴工作", "9月13日", "2023-09-13", "9月13日，县委书记",
         "county 融媒体 portal: 县委书记 调研 at 麻田镇; 梁卫平 now 镇长; 县委常委、县委办公室主任; 泽城村 书记、主任 and a 县自然资源局选派的驻村第一书记")]),
    "ci06_pingshan.txt": (2022, "生成日期：2022-07-20", "平山县西柏坡镇", [
        ("西柏坡镇召开2022年防汛工作部署会", "7月19日上午", "2022-07-19", "7月19日上午，西柏坡镇召开",
         "town 政务公开 page (索引号 table): 防汛工作部署会 chaired by the 镇党委书记 闫红军; 党委委员、武装部长; a village's 村党支部书记")]),
    "ci07_pingshan.txt": (2024, "发布时间：2024-03-13 16:48", "平山县岗南镇", [
        ("闫红军送新选派驻村第一书记到岗南镇南庄村任职", "3月12日", "2024-03-12", "3月12日，县委常委",
         "county site 平山要闻: 县委常委、组织部部长 (the former 西柏坡镇党委书记) 送 a 县农业农村局 第一书记; 座谈交接会; 原驻村第一书记")]),
    "ci08_yongtai.txt": (2022, "发布时间：2022-03-09 10:15", "永泰县嵩口镇", [
        ("嵩口镇召开党政联席会议 研究部署春季重点工作", "3月8日上午", "2022-03-08", "3月8日上午，嵩口镇召开",
         "county site 乡镇动态: 嵩口镇 党政联席会议 (人大主席 乔润生#2; 党委委员、纪委书记; 党委委员、宣传委员; 副镇长 列席)")]),
    "ci09_liping.txt": (2023, "发布时间：2023-04-19 11:32", "黎平县肇兴镇", [
        ("肇兴镇开展旅游旺季安全生产和森林防火督导检查", "4月18日", "2023-04-18", "4月18日，肇兴镇党委副书记",
         "county site town column: 镇长 督导检查 with 党委委员、副镇长; 堂安村 书记、主任; a 包村干部 named without a post")]),
    "ci10_liping.txt": (2024, "2024年10月16日　星期三", "黎平县肇兴镇", [
        ("黎平：做活“侗寨+”文章 推动文旅深度融合", "10月14日", "2024-10-14", "本报讯（记者 吴婷婷 通讯员 杨光荣）10月14日",
         "黔东南日报 第02版: 县长 调研 at 肇兴镇; 吴胜林 now 镇党委书记; new 镇长; 厦格村 书记、主任 and a 县文体广电旅游局选派的驻村第一书记")]),
}

_LX = "礼县城关镇"
_JC = "泾川县城关镇"
_LY = "左权县辽阳镇"
_MT = "左权县麻田镇"
_XBP = "平山县西柏坡镇"
_GN = "平山县岗南镇"
_SK = "永泰县嵩口镇"
_ZX = "黎平县肇兴镇"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 礼县 城关镇
    "ci:权振国": ("权振国", "official", _LX, [
        ("ci01", _LX + "党委", "书记", "镇党委书记权振国主持会议", "2022-05; 城关镇 on the 礼县 site = 礼县城关镇 (礼县 keeps its full name, as part ac's 曹县)"),
        ("ci03", _LX + "党委", "书记", "城关镇党委书记权振国", "2024-08: the same post")], []),
    "ci:姚文斌": ("姚文斌", "official", "礼县", [
        ("ci01", _LX + "党委", "副书记", "镇党委副书记、镇长姚文斌", "2022-05 (identity case: 礼县农业农村局局长 in 2024, ci03)"),
        ("ci01", _LX + "政府", "镇长", "镇党委副书记、镇长姚文斌", None),
        ("ci03", "礼县农业农村局", "局长", "县农业农村局局长姚文斌", "2024-08: a town cadre moved to a county department; bare 县 after 礼县副县长 = 礼县")], []),
    "ci:赵巧玲": ("赵巧玲", "official", _LX, [
        ("ci01", _LX + "人大", "主席", "镇人大主席赵巧玲", None)], []),
    "ci:马志宏": ("马志宏", "official", _LX, [
        ("ci01", _LX + "党委", "副书记", "镇党委副书记马志宏", None)], []),
    "ci:雷素娟": ("雷素娟", "official", _LX, [
        ("ci01", _LX + "纪委", "书记", "镇纪委书记雷素娟", "town 纪委")], []),
    "ci:杨天佑": ("杨天佑", "official", _LX, [
        ("ci01", _LX + "党委", "委员", "镇党委委员、武装部长杨天佑", None),
        ("ci01", _LX + "武装部", "部长", "镇党委委员、武装部长杨天佑", "DECIDED HERE: 武装部长 → the town's 武装部 部长 (as written)")], []),
    "ci:包春明": ("包春明", "official", _LX, [
        ("ci01", _LX + "党委", "委员", "镇党委委员、副镇长包春明", None),
        ("ci01", _LX + "政府", "副镇长", "镇党委委员、副镇长包春明", None)], []),
    "ci:蒲建华": ("蒲建华", "official", _LX, [
        ("ci01", _LX + "政府", "副镇长", "副镇长蒲建华参加会议", None)], []),
    "ci:豆雅琴": ("豆雅琴", "author", "礼县城关镇党政办", [], ["ci01", "ci03"]),
    "ci:尚海林": ("尚海林", "external_official", "礼县", [
        ("ci03", "礼县政府", "副县长", "礼县副县长尚海林到城关镇调研", None)], []),
    "ci:苟建东": ("苟建东", "official", _LX, [
        ("ci03", _LX + "党委", "副书记", "镇党委副书记、镇长苟建东陪同调研", "the new 镇长 after 姚文斌"),
        ("ci03", _LX + "政府", "镇长", "镇党委副书记、镇长苟建东陪同调研", None)], []),
    "ci:王福林": ("王福林", "official", _LX + "西关村", [
        ("ci03", _LX + "西关村党支部", "书记", "村党支部书记、村委会主任王福林介绍了", "村 = 西关村 (在西关村，…); village posts as parts aa, aq"),
        ("ci03", _LX + "西关村委会", "主任", "村党支部书记、村委会主任王福林介绍了", None)], []),
    "ci:牛俊杰": ("牛俊杰", "official", _LX + "西关村", [
        ("ci03", _LX + "西关村党支部", "第一书记", "县财政局选派的驻村第一书记牛俊杰", "in the 西关村 sentence; 县财政局 (派出单位) gives no line, as parts aa, aq")], []),
    # ---- 泾川县 城关镇
    "ci:冯海蓉": ("冯海蓉", "official", _JC, [
        ("ci02", _JC + "党委", "书记", "镇党委书记冯海蓉出席会议并讲话", "城关镇 on the 泾川 site = 泾川县城关镇, not 礼县's")], []),
    "ci:宋立川": ("宋立川", "official", _JC, [
        ("ci02", _JC + "党委", "副书记", "镇党委副书记、镇长宋立川主持会议", None),
        ("ci02", _JC + "政府", "镇长", "镇党委副书记、镇长宋立川主持会议", None)], []),
    "ci:景晓峰": ("景晓峰", "external_official", "泾川县", [
        ("ci02", "泾川县水务局", "副局长", "县水务局副局长景晓峰到会指导", "bare 县 on the 泾川 site")], []),
    "ci:乔润生#1": ("乔润生", "official", _JC, [
        ("ci02", _JC + "人大", "主席", "镇人大主席乔润生", "泾川 (甘肃); not the 乔润生 of 永泰县嵩口镇 (ci08)")], []),
    "ci:杜明辉": ("杜明辉", "official", _JC, [
        ("ci02", _JC + "党委", "委员", "镇党委委员、副镇长杜明辉", None),
        ("ci02", _JC + "政府", "副镇长", "镇党委委员、副镇长杜明辉", None)], []),
    "ci:韩保平": ("韩保平", "official", _JC + "东关村", [
        ("ci02", _JC + "东关村党支部", "书记", "东关村党支部书记、村委会主任韩保平", "named village; 各村党支部书记、村委会主任 (unnamed) give nothing"),
        ("ci02", _JC + "东关村委会", "主任", "东关村党支部书记、村委会主任韩保平", None)], []),
    # ---- 左权县
    "ci:郝志刚": ("郝志刚", "official", _LY, [
        ("ci04", _LY + "党委", "书记", "镇党委书记郝志刚主持学习并讲话", None)], []),
    "ci:温晓东": ("温晓东", "official", _LY, [
        ("ci04", _LY + "党委", "副书记", "镇党委副书记、镇长温晓东", None),
        ("ci04", _LY + "政府", "镇长", "镇党委副书记、镇长温晓东", None)], []),
    "ci:栗慧琴": ("栗慧琴", "official", _LY, [
        ("ci04", _LY + "人大", "主席", "镇人大主席栗慧琴", None)], []),
    "ci:武建新": ("武建新", "official", _LY, [
        ("ci04", _LY + "党委", "副书记", "镇党委副书记武建新", None)], []),
    "ci:程玉梅": ("程玉梅", "official", _LY, [
        ("ci04", _LY + "党委", "委员", "镇党委委员、组织委员程玉梅", None),
        ("ci04", _LY + "党委", "组织委员", "镇党委委员、组织委员程玉梅", "组织委员 is a title of the 镇党委 (as part aq)")], []),
    "ci:梁卫平": ("梁卫平", "official", "左权县", [
        ("ci04", _LY + "党委", "委员", "镇党委委员、副镇长梁卫平等中心组成员", "2021-04: 辽阳镇 (identity case: 麻田镇 镇长 in 2023, ci05); 中心组成员 is no post"),
        ("ci04", _LY + "政府", "副镇长", "镇党委委员、副镇长梁卫平等中心组成员", None),
        ("ci05", _MT + "党委", "副书记", "镇党委副书记、镇长梁卫平陪同调研", "2023-09: now 镇长 of another town of the county; 镇 = 麻田镇 (after 麻田镇党委书记)"),
        ("ci05", _MT + "政府", "镇长", "镇党委副书记、镇长梁卫平陪同调研", None)], []),
    "ci:高鹏程": ("高鹏程", "external_official", "左权县", [
        ("ci05", "左权县委", "书记", "9月13日，县委书记高鹏程到麻田镇调研", "bare 县委 on the 左权 portal; named in the headline too")], []),
    "ci:范志强": ("范志强", "external_official", "左权县", [
        ("ci05", "左权县委", "常委", "县委常委、县委办公室主任范志强", None),
        ("ci05", "左权县委办公室", "主任", "县委常委、县委办公室主任范志强", "as part ah")], []),
    "ci:赵永生": ("赵永生", "external_official", "左权县", [
        ("ci05", "左权县农业农村局", "局长", "县农业农村局局长赵永生", "县农业农村局 = 左权县's here, 礼县's in ci03, 平山县's in ci07")], []),
    "ci:刘文涛": ("刘文涛", "official", _MT, [
        ("ci05", _MT + "党委", "书记", "麻田镇党委书记刘文涛", None)], []),
    "ci:王春旺": ("王春旺", "official", _MT + "泽城村", [
        ("ci05", _MT + "泽城村党支部", "书记", "村党支部书记、村委会主任王春旺介绍了", "村 = 泽城村 (在泽城村，…)"),
        ("ci05", _MT + "泽城村委会", "主任", "村党支部书记、村委会主任王春旺介绍了", None)], []),
    "ci:曹思远": ("曹思远", "official", _MT + "泽城村", [
        ("ci05", _MT + "泽城村党支部", "第一书记", "县自然资源局选派的驻村第一书记曹思远", "in the 泽城村 sentence; 县自然资源局 gives no line")], []),
    # ---- 平山县
    "ci:闫红军": ("闫红军", "official", "平山县", [
        ("ci06", _XBP + "党委", "书记", "镇党委书记闫红军主持会议并讲话", "2022-07 (identity case: 县委常委、组织部部长 in 2024, ci07)"),
        ("ci07", "平山县委", "常委", "县委常委、组织部部长闫红军到岗南镇", "2024-03: bare 县委 on the 平山 site; named in the headline too"),
        ("ci07", "平山县委组织部", "部长", "县委常委、组织部部长闫红军到岗南镇", "组织部 after 县委常委 = 平山县委组织部 (as parts ac, ae)")], []),
    "ci:段志勇": ("段志勇", "official", _XBP, [
        ("ci06", _XBP + "党委", "副书记", "镇党委副书记、镇长段志勇", None),
        ("ci06", _XBP + "政府", "镇长", "镇党委副书记、镇长段志勇", None)], []),
    "ci:甄秀英": ("甄秀英", "official", _XBP, [
        ("ci06", _XBP + "人大", "主席", "镇人大主席甄秀英", None)], []),
    "ci:贺建国": ("贺建国", "official", _XBP, [
        ("ci06", _XBP + "党委", "委员", "镇党委委员、武装部长贺建国", None),
        ("ci06", _XBP + "武装部", "部长", "镇党委委员、武装部长贺建国", "DECIDED HERE (as ci01)")], []),
    "ci:康福新": ("康福新", "official", _XBP, [
        ("ci06", _XBP + "政府", "副镇长", "副镇长康福新", None)], []),
    "ci:霍振山": ("霍振山", "official", _XBP + "西柏坡村", [
        ("ci06", _XBP + "西柏坡村党支部", "书记", "西柏坡村党支部书记霍振山", "named village")], []),
    "ci:任建伟": ("任建伟", "external_official", "平山县", [
        ("ci07", "平山县农业农村局党组", "书记", "县农业农村局党组书记、局长任建伟", "党组 only with 书记 (as parts z, bs)"),
        ("ci07", "平山县农业农村局", "局长", "县农业农村局党组书记、局长任建伟", None)], []),
    "ci:齐志远": ("齐志远", "official", _GN, [
        ("ci07", _GN + "党委", "书记", "岗南镇党委书记齐志远", None)], []),
    "ci:苑立华": ("苑立华", "official", _GN, [
        ("ci07", _GN + "党委", "副书记", "镇党委副书记、镇长苑立华", None),
        ("ci07", _GN + "政府", "镇长", "镇党委副书记、镇长苑立华", None)], []),
    "ci:尹丽红": ("尹丽红", "official", _GN, [
        ("ci07", _GN + "党委", "委员", "镇党委委员、组织委员尹丽红", None),
        ("ci07", _GN + "党委", "组织委员", "镇党委委员、组织委员尹丽红", None)], []),
    "ci:田浩然": ("田浩然", "official", _GN + "南庄村", [
        ("ci07", _GN + "南庄村党支部", "第一书记", "送县农业农村局新选派的驻村第一书记田浩然到南庄村任职", "the village's 第一书记; 县农业农村局 gives no line")], []),
    "ci:谷春雷": ("谷春雷", "official", _GN + "南庄村", [], ["ci07"]),
    "ci:刘保全": ("刘保全", "official", _GN + "南庄村", [
        ("ci07", _GN + "南庄村党支部", "书记", "南庄村党支部书记、村委会主任刘保全", None),
        ("ci07", _GN + "南庄村委会", "主任", "南庄村党支部书记、村委会主任刘保全", None)], []),
    # ---- 永泰县 嵩口镇
    "ci:郑宗和": ("郑宗和", "official", _SK, [
        ("ci08", _SK + "党委", "书记", "镇党委书记郑宗和主持会议", None)], []),
    "ci:黄晓斌": ("黄晓斌", "official", _SK, [
        ("ci08", _SK + "党委", "副书记", "镇党委副书记、镇长黄晓斌", None),
        ("ci08", _SK + "政府", "镇长", "镇党委副书记、镇长黄晓斌", None)], []),
    "ci:乔润生#2": ("乔润生", "official", _SK, [
        ("ci08", _SK + "人大", "主席", "镇人大主席乔润生", "永泰 (福建); not the 乔润生 of 泾川县城关镇 (ci02)")], []),
    "ci:陈秀清": ("陈秀清", "official", _SK, [
        ("ci08", _SK + "党委", "副书记", "镇党委副书记陈秀清", None)], []),
    "ci:林宇航": ("林宇航", "official", _SK, [
        ("ci08", _SK + "党委", "委员", "镇党委委员、纪委书记林宇航", None),
        ("ci08", _SK + "纪委", "书记", "镇党委委员、纪委书记林宇航", "纪委 after the 镇党委 title = the town's")], []),
    "ci:鄢志明": ("鄢志明", "official", _SK, [
        ("ci08", _SK + "党委", "委员", "镇党委委员、副镇长鄢志明", None),
        ("ci08", _SK + "政府", "副镇长", "镇党委委员、副镇长鄢志明", None)], []),
    "ci:张雅琳": ("张雅琳", "official", _SK, [
        ("ci08", _SK + "党委", "委员", "镇党委委员、宣传委员张雅琳", None),
        ("ci08", _SK + "党委", "宣传委员", "镇党委委员、宣传委员张雅琳", "DECIDED HERE: as 组织委员")], []),
    "ci:卢文斌": ("卢文斌", "official", _SK, [
        ("ci08", _SK + "政府", "副镇长", "副镇长卢文斌列席会议", "列席")], []),
    # ---- 黎平县 肇兴镇
    "ci:吴胜林": ("吴胜林", "official", _ZX, [
        ("ci09", _ZX + "党委", "副书记", "4月18日，肇兴镇党委副书记、镇长吴胜林", "2023-04 (identity case: 镇党委书记 in 2024, ci10)"),
        ("ci09", _ZX + "政府", "镇长", "4月18日，肇兴镇党委副书记、镇长吴胜林", None),
        ("ci10", _ZX + "党委", "书记", "肇兴镇党委书记吴胜林", "2024-10: moved up from 镇长 to the town's party secretary")], []),
    "ci:杨秀婵": ("杨秀婵", "official", _ZX, [
        ("ci09", _ZX + "党委", "委员", "镇党委委员、副镇长杨秀婵", None),
        ("ci09", _ZX + "政府", "副镇长", "镇党委委员、副镇长杨秀婵", None)], []),
    "ci:陆光明": ("陆光明", "official", _ZX + "堂安村", [
        ("ci09", _ZX + "堂安村党支部", "书记", "村党支部书记、村委会主任陆光明介绍了", "村 = 堂安村 (在堂安村，…)"),
        ("ci09", _ZX + "堂安村委会", "主任", "村党支部书记、村委会主任陆光明介绍了", None)], []),
    "ci:石文龙": ("石文龙", "official", _ZX, [], ["ci09"]),
    "ci:潘俊峰": ("潘俊峰", "external_official", "黎平县", [
        ("ci10", "黎平县委", "副书记", "黎平县委副书记、县长潘俊峰", None),
        ("ci10", "黎平县政府", "县长", "黎平县委副书记、县长潘俊峰", None)], []),
    "ci:龙秋燕": ("龙秋燕", "external_official", "黎平县", [
        ("ci10", "黎平县文体广电旅游局", "局长", "县文体广电旅游局局长龙秋燕", "bare 县 after 黎平县委副书记、县长 = 黎平县")], []),
    "ci:杨通明": ("杨通明", "official", _ZX, [
        ("ci10", _ZX + "党委", "副书记", "镇党委副书记、镇长杨通明陪同调研", "the new 镇长 after 吴胜林"),
        ("ci10", _ZX + "政府", "镇长", "镇党委副书记、镇长杨通明陪同调研", None)], []),
    "ci:陆显文": ("陆显文", "official", _ZX + "厦格村", [
        ("ci10", _ZX + "厦格村党支部", "书记", "村党支部书记、村委会主任陆显文介绍了", "村 = 厦格村 (在厦格村，…)"),
        ("ci10", _ZX + "厦格村委会", "主任", "村党支部书记、村委会主任陆显文介绍了", None)], []),
    "ci:石佳怡": ("石佳怡", "official", _ZX + "厦格村", [
        ("ci10", _ZX + "厦格村党支部", "第一书记", "县文体广电旅游局选派的驻村第一书记石佳怡", "in the 厦格村 sentence; the 局 gives no line")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ci01", "豆雅琴", "供稿", "author", "（城关镇党政办　豆雅琴）"),
    ("ci01", "王欣悦", "责任编辑", "editor", "责任编辑：王欣悦"),
    ("ci02", "史佳琪", "供稿", "author", "（城关镇　史佳琪）"),
    ("ci02", "朱晓婷", "编辑", "editor", "编辑：朱晓婷"),
    ("ci02", "席永强", "审核", "editor", "审核：席永强"),
    ("ci03", "裴丽娜", "记者", "reporter", "本报讯（记者 裴丽娜 通讯员 豆雅琴）"),
    ("ci03", "豆雅琴", "通讯员", "correspondent", "本报讯（记者 裴丽娜 通讯员 豆雅琴）"),
    ("ci03", "何晓霞", "本版编辑", "editor", "本版编辑：何晓霞"),
    ("ci04", "冀晓宇", "供稿", "author", "（辽阳镇　冀晓宇）"),
    ("ci04", "侯丽娟", "责任编辑", "editor", "责任编辑：侯丽娟"),
    ("ci05", "贾晓静", "作者", "author", "作者：贾晓静"),
    ("ci05", "张瑞卿", "责任编辑", "editor", "责任编辑：张瑞卿"),
    ("ci06", "邢雅楠", "供稿", "author", "（西柏坡镇　邢雅楠）"),
    ("ci07", "魏静怡", "责任编辑", "editor", "责任编辑：魏静怡"),
    ("ci08", "林婉仪", "供稿", "author", "（嵩口镇　林婉仪）"),
    ("ci08", "陈思琪", "责任编辑", "editor", "责任编辑：陈思琪"),
    ("ci09", "龙佳", "供稿", "author", "（肇兴镇　龙佳）"),
    ("ci09", "吴金花", "责任编辑", "editor", "责任编辑：吴金花"),
    ("ci10", "吴婷婷", "记者", "reporter", "本报讯（记者 吴婷婷 通讯员 杨光荣）"),
    ("ci10", "杨光荣", "通讯员", "correspondent", "本报讯（记者 吴婷婷 通讯员 杨光荣）"),
    ("ci10", "邰雪梅", "编辑", "editor", "编辑：邰雪梅"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ci01", "城关镇党政联席会议", "meeting (党政联席会议)", "5月10日上午", "权振国", None, ["城关镇"],
     ["姚文斌", "赵巧玲", "马志宏", "雷素娟", "杨天佑", "包春明", "蒲建华"], ["姚文斌", "包春明", "杨天佑", "雷素娟", "权振国"], None,
     "5月10日上午，城关镇召开党政联席会议",
     ["镇党委书记权振国主持会议", "镇党委副书记、镇长姚文斌，镇人大主席赵巧玲，镇党委副书记马志宏，镇纪委书记雷素娟，镇党委委员、武装部长杨天佑，镇党委委员、副镇长包春明，副镇长蒲建华参加会议",
      "姚文斌通报了", "包春明就汛前隐患排查", "杨天佑对民兵应急分队", "雷素娟通报了", "权振国强调"]),
    ("ci02", "城关镇2023年防汛工作部署会", "meeting (防汛工作部署会)", "6月7日下午", "宋立川", None, ["城关镇"],
     ["冯海蓉", "景晓峰", "乔润生", "杜明辉"], ["杜明辉", "景晓峰", "韩保平", "宋立川", "冯海蓉", "乔润生"], None,
     "6月7日下午，城关镇召开2023年防汛工作部署会",
     ["镇党委书记冯海蓉出席会议并讲话", "镇长宋立川主持会议", "县水务局副局长景晓峰到会指导", "镇人大主席乔润生，镇党委委员、副镇长杜明辉",
      "杜明辉传达了", "景晓峰就泾河、汭河沿岸堤防度汛", "韩保平代表各村作表态发言", "宋立川对全镇防汛工作作了具体安排", "冯海蓉强调", "乔润生要求"]),
    ("ci03", "苹果产业发展和防汛救灾工作调研", "inspection (调研)", "8月21日", None, "尚海林", [],
     ["姚文斌", "权振国", "苟建东"], ["王福林", "牛俊杰", "姚文斌", "苟建东", "尚海林", "权振国"], "城关镇",
     "礼县副县长尚海林到城关镇调研苹果产业发展和防汛救灾工作",
     ["礼县副县长尚海林到城关镇调研", "县农业农村局局长姚文斌，城关镇党委书记权振国，镇党委副书记、镇长苟建东陪同调研",
      "村委会主任王福林介绍了", "驻村第一书记牛俊杰汇报了", "姚文斌介绍了", "苟建东汇报了", "尚海林指出", "权振国表示"]),
    ("ci04", "辽阳镇党委理论学习中心组2021年第二次集中学习", "meeting (理论学习中心组集中学习)", "4月15日上午", "郝志刚", None, ["辽阳镇党委理论学习中心组"],
     ["温晓东", "栗慧琴", "武建新", "程玉梅", "梁卫平"], ["程玉梅", "武建新", "温晓东", "梁卫平", "郝志刚"], None,
     "4月15日上午，辽阳镇党委理论学习中心组开展2021年第二次集中学习",
     ["镇党委书记郝志刚主持学习并讲话", "镇党委副书记、镇长温晓东，镇人大主席栗慧琴，镇党委副书记武建新，镇党委委员、组织委员程玉梅，镇党委委员、副镇长梁卫平等中心组成员参加学习",
      "程玉梅领学了", "武建新传达了", "温晓东、梁卫平结合分管工作作了研讨发言", "郝志刚强调"]),
    ("ci05", "红色旅游和乡村振兴工作调研", "inspection (调研)", "9月13日", None, "高鹏程", [],
     ["范志强", "赵永生", "刘文涛", "梁卫平"], ["王春旺", "曹思远", "刘文涛", "梁卫平", "赵永生", "高鹏程"], "麻田镇",
     "9月13日，县委书记高鹏程到麻田镇调研红色旅游和乡村振兴工作",
     ["县委书记高鹏程到麻田镇调研", "县委常委、县委办公室主任范志强，县农业农村局局长赵永生，麻田镇党委书记刘文涛，镇党委副书记、镇长梁卫平陪同调研",
      "村委会主任王春旺介绍了", "驻村第一书记曹思远汇报了", "刘文涛、梁卫平分别汇报了", "赵永生就花椒品种改良", "高鹏程强调"]),
    ("ci06", "西柏坡镇2022年防汛工作部署会", "meeting (防汛工作部署会)", "7月19日上午", "闫红军", None, ["西柏坡镇"],
     ["段志勇", "甄秀英", "贺建国", "康福新"], ["康福新", "段志勇", "贺建国", "霍振山", "闫红军"], None,
     "7月19日上午，西柏坡镇召开防汛工作部署会",
     ["镇党委书记闫红军主持会议并讲话", "镇党委副书记、镇长段志勇，镇人大主席甄秀英，镇党委委员、武装部长贺建国，副镇长康福新",
      "康福新通报了", "段志勇对岗南水库下游", "贺建国就镇民兵应急连", "霍振山介绍了", "闫红军强调"]),
    ("ci07", "南庄村驻村第一书记座谈交接会", "meeting (座谈交接会)", "3月12日", "闫红军", None, [],
     ["任建伟", "齐志远", "苑立华", "尹丽红"], ["尹丽红", "谷春雷", "田浩然", "刘保全", "任建伟", "闫红军"], "岗南镇南庄村",
     "送县农业农村局新选派的驻村第一书记田浩然到南庄村任职，并主持召开座谈交接会",
     ["组织部部长闫红军到岗南镇", "并主持召开座谈交接会", "县农业农村局党组书记、局长任建伟，岗南镇党委书记齐志远，镇党委副书记、镇长苑立华，镇党委委员、组织委员尹丽红",
      "尹丽红宣读了", "原驻村第一书记谷春雷介绍了", "田浩然作表态发言", "刘保全表示", "任建伟表示", "闫红军强调"]),
    ("ci08", "嵩口镇党政联席会议", "meeting (党政联席会议)", "3月8日上午", "郑宗和", None, ["嵩口镇"],
     ["黄晓斌", "乔润生", "陈秀清", "林宇航", "鄢志明", "张雅琳", "卢文斌"], ["黄晓斌", "鄢志明", "林宇航", "乔润生", "郑宗和"], None,
     "3月8日上午，嵩口镇召开党政联席会议",
     ["镇党委书记郑宗和主持会议", "镇党委副书记、镇长黄晓斌，镇人大主席乔润生，镇党委副书记陈秀清，镇党委委员、纪委书记林宇航，镇党委委员、副镇长鄢志明，镇党委委员、宣传委员张雅琳参加会议",
      "副镇长卢文斌列席会议", "黄晓斌通报了", "鄢志明就大樟溪嵩口段", "林宇航通报了", "乔润生就镇人大代表联络站", "郑宗和强调"]),
    ("ci09", "旅游旺季安全生产和森林防火督导检查", "inspection (督导检查)", "4月18日", None, "吴胜林", [],
     ["杨秀婵"], ["陆光明", "石文龙", "杨秀婵", "吴胜林"], "肇兴侗寨景区、堂安村、纪堂村",
     "肇兴镇党委副书记、镇长吴胜林带领镇党委委员、副镇长杨秀婵及镇应急办、旅游服务中心负责同志",
     ["镇长吴胜林带领镇党委委员、副镇长杨秀婵", "村委会主任陆光明介绍了", "包村干部石文龙汇报了", "杨秀婵对游客高峰期", "吴胜林指出"]),
    ("ci10", "文旅融合发展工作调研", "inspection (调研)", "10月14日", None, "潘俊峰", [],
     ["龙秋燕", "吴胜林", "杨通明"], ["陆显文", "石佳怡", "吴胜林", "龙秋燕", "潘俊峰"], "肇兴镇",
     "黎平县委副书记、县长潘俊峰到肇兴镇调研文旅融合发展工作",
     ["县长潘俊峰到肇兴镇调研", "县文体广电旅游局局长龙秋燕，肇兴镇党委书记吴胜林，镇党委副书记、镇长杨通明陪同调研",
      "村委会主任陆显文介绍了", "驻村第一书记石佳怡汇报了", "吴胜林汇报了", "龙秋燕就全县", "潘俊峰强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ci01", "西汉水城关段堤防加固工程", "engineering_work", "对西汉水城关段堤防加固工程和北街片区老旧小区改造项目的征迁"),
    ("ci01", "北街片区老旧小区改造项目", "housing_project", "北街片区老旧小区改造项目的征迁、施工组织作了安排"),
    ("ci02", "汭河城关段河道清淤疏浚工程", "engineering_work", "二是加快推进汭河城关段河道清淤疏浚工程"),
    ("ci03", "西关村苹果标准化示范园", "project", "先后来到城关镇西关村苹果标准化示范园"),
    ("ci03", "西汉水城关段堤防加固工程", "engineering_work", "西汉水城关段堤防加固工程现场"),
    ("ci03", "西关村苹果冷链仓储项目", "project", "汇报了西关村苹果冷链仓储项目的资金争取和建设进展"),
    ("ci04", "清漳河县城段生态修复工程", "greening_project", "推进清漳河县城段生态修复工程"),
    ("ci04", "辽阳镇农村生活污水治理项目", "infrastructure_project", "辽阳镇农村生活污水治理项目的实际行动"),
    ("ci05", "麻田镇红色研学基地二期建设项目", "project", "麻田镇红色研学基地二期建设项目现场"),
    ("ci05", "泽城村花椒种植示范基地", "project", "泽城村花椒种植示范基地，了解"),
    ("ci06", "滹沱河西柏坡段防洪护岸工程", "engineering_work", "要加快滹沱河西柏坡段防洪护岸工程收尾"),
    ("ci07", "南庄村光伏发电项目", "project", "南庄村光伏发电项目运行情况"),
    ("ci08", "嵩口古镇历史文化街区保护提升工程", "project", "黄晓斌通报了嵩口古镇历史文化街区保护提升工程"),
    ("ci08", "月洲村古民居修缮工程", "project", "月洲村古民居修缮工程的前期进展"),
    ("ci08", "大樟溪嵩口段防洪堤工程", "engineering_work", "鄢志明就大樟溪嵩口段防洪堤工程征地协调情况作了说明"),
    ("ci09", "堂安村消防改造提升工程", "infrastructure_project", "要加快推进堂安村消防改造提升工程"),
    ("ci10", "肇兴侗寨游客服务中心提升改造项目", "project", "先后来到肇兴侗寨游客服务中心提升改造项目"),
    ("ci10", "堂安村消防改造提升工程", "infrastructure_project", "堂安村消防改造提升工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ci01", "城关镇", "town", "standalone", "5月10日上午，城关镇召开党政联席会议"),
    ("ci01", "西汉水", "river", "standalone", "对西汉水沿岸低洼地带和山洪沟道逐一明确巡查责任人"),
    ("ci01", "城关", "town", "in_project_name", "对西汉水城关段堤防加固工程和北街片区老旧小区改造项目的征迁"),
    ("ci01", "北街", "area", "in_project_name", "北街片区老旧小区改造项目的征迁、施工组织作了安排"),
    ("ci02", "城关镇", "town", "standalone", "6月7日下午，城关镇召开2023年防汛工作部署会"),
    ("ci02", "泾河", "river", "standalone", "景晓峰就泾河、汭河沿岸堤防度汛"),
    ("ci02", "汭河", "river", "standalone", "景晓峰就泾河、汭河沿岸堤防度汛"),
    ("ci02", "东关村", "village", "in_title", "东关村党支部书记、村委会主任韩保平"),
    ("ci02", "城关", "town", "in_project_name", "二是加快推进汭河城关段河道清淤疏浚工程"),
    ("ci03", "礼县", "county", "standalone", "苹果产业是礼县群众增收的“金饭碗”"),
    ("ci03", "城关镇", "town", "standalone", "礼县副县长尚海林到城关镇调研"),
    ("ci03", "西关村", "village", "standalone", "在西关村，村党支部书记"),
    ("ci03", "西汉水", "river", "standalone", "城关镇要加强西汉水沿岸堤防巡查"),
    ("ci03", "城关", "town", "in_project_name", "西汉水城关段堤防加固工程现场"),
    ("ci04", "辽阳镇", "town", "in_project_name", "辽阳镇农村生活污水治理项目的实际行动"),
    ("ci04", "清漳河", "river", "in_project_name", "推进清漳河县城段生态修复工程"),
    ("ci04", "辽阳", "town", "standalone (slogan)", "推动辽阳高质量发展"),
    ("ci05", "麻田镇", "town", "standalone", "县委书记高鹏程到麻田镇调研"),
    ("ci05", "八路军总部纪念馆", "heritage_site", "standalone", "先后来到八路军总部纪念馆"),
    ("ci05", "泽城村", "village", "standalone", "在泽城村，村党支部书记"),
    ("ci05", "清漳河", "river", "standalone", "清漳河沿岸人居环境整治情况"),
    ("ci05", "麻田", "town", "standalone", "麻田是太行山上的红色名镇"),
    ("ci05", "太行山", "mountain", "standalone", "麻田是太行山上的红色名镇"),
    ("ci06", "西柏坡镇", "town", "standalone", "7月19日上午，西柏坡镇召开防汛工作部署会"),
    ("ci06", "岗南水库", "reservoir", "standalone", "段志勇对岗南水库下游沿线村庄人员转移"),
    ("ci06", "西柏坡村", "village", "in_title", "西柏坡村党支部书记霍振山"),
    ("ci06", "滹沱河", "river", "in_project_name", "要加快滹沱河西柏坡段防洪护岸工程收尾"),
    ("ci06", "西柏坡", "town", "in_project_name", "要加快滹沱河西柏坡段防洪护岸工程收尾"),
    ("ci07", "岗南镇", "town", "standalone", "组织部部长闫红军到岗南镇"),
    ("ci07", "南庄村", "village", "standalone", "田浩然到南庄村任职"),
    ("ci08", "嵩口镇", "town", "standalone", "3月8日上午，嵩口镇召开党政联席会议"),
    ("ci08", "嵩口古镇", "ancient_town", "in_project_name", "黄晓斌通报了嵩口古镇历史文化街区保护提升工程"),
    ("ci08", "月洲村", "village", "in_project_name", "月洲村古民居修缮工程的前期进展"),
    ("ci08", "大樟溪", "river", "in_project_name", "鄢志明就大樟溪嵩口段防洪堤工程征地协调情况作了说明"),
    ("ci08", "嵩口", "town", "standalone (slogan)", "以实干实绩推动嵩口高质量发展"),
    ("ci09", "肇兴镇", "town", "standalone", "肇兴镇开展旅游旺季安全生产和森林防火督导检查"),
    ("ci09", "肇兴侗寨", "scenic_area", "standalone", "到肇兴侗寨景区和堂安村、纪堂村"),
    ("ci09", "堂安村", "village", "standalone", "到肇兴侗寨景区和堂安村、纪堂村"),
    ("ci09", "纪堂村", "village", "standalone", "到肇兴侗寨景区和堂安村、纪堂村"),
    ("ci09", "肇兴", "town", "standalone", "肇兴是全县旅游的“门面”"),
    ("ci10", "黎平", "county", "standalone", "黎平：做活“侗寨+”文章"),
    ("ci10", "黎平县", "county", "in_org_reference", "黎平县委副书记、县长潘俊峰"),
    ("ci10", "肇兴镇", "town", "standalone", "县长潘俊峰到肇兴镇调研"),
    ("ci10", "肇兴侗寨", "scenic_area", "standalone", "推动肇兴侗寨与堂安、厦格等周边村寨串珠成链"),
    ("ci10", "厦格村", "village", "standalone", "在厦格村，村党支部书记"),
    ("ci10", "堂安村", "village", "in_project_name", "堂安村消防改造提升工程现场"),
    ("ci10", "堂安", "village", "standalone", "推动肇兴侗寨与堂安、厦格等周边村寨串珠成链"),
    ("ci10", "厦格", "village", "standalone", "推动肇兴侗寨与堂安、厦格等周边村寨串珠成链"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ci", conventions="set ci (blind set: 乡镇人民政府 pages and town news in 甘肃 (陇南 礼县 城关镇 twice; 平凉 泾川县 城关镇), 山西 (晋中 左权县 辽阳镇, 麻田镇), 河北 (石家庄 平山县 西柏坡镇, 岗南镇), 福建 (福州 永泰县 嵩口镇) and 贵州 (黔东南 黎平县 肇兴镇 twice): 党政联席会议, 防汛工作部署会, 镇党委理论学习中心组 集中学习, a 第一书记 座谈交接会, county leaders' 调研 and a 镇长 督导检查; town posts = county label + town + 党委 / 政府 / 人大 / 纪委 / 武装部 (武装部长 → 武装部 部长, 组织委员 / 宣传委员 titles of the 镇党委); 城关镇 always with its county (礼县城关镇 vs 泾川县城关镇; 礼县 keeps its full name); named villages' 村党支部书记、村委会主任 and 驻村第一书记 are posts of the village's 党支部 / 村委会, the 选派 department gives no line; 包村干部 / 包村领导 and 中心组成员 are no posts; one line per post per article)",
          persons_note="Set ci persons. id = corpus-wide person_id (ci:乔润生#1 泾川县城关镇人大主席 (甘肃) and ci:乔润生#2 永泰县嵩口镇人大主席 (福建) are two people; ci:姚文斌 礼县城关镇 镇长 2022 → 礼县农业农村局局长 2024; ci:梁卫平 辽阳镇 副镇长 2021 → 麻田镇 镇长 2023; ci:闫红军 西柏坡镇党委书记 2022 → 平山县委常委、组织部部长 2024; ci:吴胜林 肇兴镇 镇长 2023 → 镇党委书记 2024)")


if __name__ == "__main__":
    main()
