"""Write gold part ``hm`` (a blind set: held-out-like mix, 27th round — ordinary local news from 内蒙古 赤峰 (巴林右旗, 林西县,
喀喇沁旗), 辽宁 沈阳 (法库县, 康平县), 吉林 松原 (前郭尔罗斯蒙古族自治县), 黑龙江 大庆 (肇州县, 肇源县), 河北 承德 (围场满族蒙古族
自治县) and 山西 忻州 (静乐县): county / 旗 government sites, a city portal and city papers; 常务会议, 调研, 督导检查; officials
moving between counties over the years; same-named organs (开发区, 旗委, 县委) of different places) from the tables below.

Pages ``tests/dev/texts/hm*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): a 巴林左旗 page of a 北京 区长's visit (``旗委副书记、代旗长…陪同``,
``旗委常委、旗委办主任…等陪同调研``, ``来源:碧流台…``); the 奈曼旗 page of a 旗委常委's 调研 (``镇党委书记…,政府镇长…陪同``); the
苏尼特左旗 page of a 旗委书记's 巡边 (``旗委常委、组织部部长…参加调研``); the 扎鲁特旗人大 page (``撰稿: 编辑: 责编: 审核:``); the
科右前旗 site of a 盟委副书记、盟长's 调研 (``旗委副书记、政府旗长…，旗委常委、政府党组副书记、副旗长…``); the 阿鲁科尔沁旗 统战
pages (``发布时间:2018-08-15 14:50 浏览次数:1251``; ``旗委书记…，旗委副书记、政府旗长…，旗委常委、旗委办公室主任…，旗政府副旗长…
出席会议``); the 包头新闻网 page of a 市长's 调研 in 达茂旗 (``您的位置: 包头新闻网首页 » 新闻 » 书记市长``, ``（包头日报社全媒体
记者:…）``); a 呼和浩特 地情网 page (``来源:呼和浩特日报时间:2021-11-03 13:27:20``, ``市委常委、秘书长…等陪同``); the 东辽县 常务会议
page (``会议由县委副书记、县长…主持。县委常委、常务副县长…，县委常委、副县长…，副县长…参加会议``); three 法库 pages of 市 officials'
visits (``县长…参加调研``, ``经济开发区…项目``, ``县委常委、常务副县长…，副县长…陪同调研``), the 法库县 site's 常务会议 page
(``欢迎访问沈阳市法库县人民政府``, ``县长…主持召开县政府第十九届第29次常务会议``) and a 沈阳 大事记 page (``时间:2022年01月20日来源:
市委党史研究室 [字体: ] 打印``); a 东北传媒网 copy of a 沈阳日报 item on the 市长 in 康平县 and 法库县; the 交城县 site
(``当前位置:首页 > 政务要闻 > 交城动态``, ``时间:2023-11-24 大 中 小 来源: 交城县融媒体中心``, ``县委副书记、县长、清徐经济开发区
党工委书记…``); the 代县 paper (``本报讯(实习记者…)``); a 长城网 张家口 page (``来源: 张家口日报 作者:``, ``【字号:``, ``责任编辑:
…``, ``相关新闻 关闭``); a 网易 page on 围场's new 县委书记 (``中共围场满族蒙古族自治县委委员、常委、书记``); the 松原 government
page (``前郭经济开发区`` among the 省级开发区); a 绥化新闻网 page (``作者: 来源: 东北网--绥化日报 编辑:``); a 鸡西 page of a
副市长's 秋收 调研. Places are real and new to the corpus (巴林右旗, 林西县, 喀喇沁旗, 法库县, 康平县, 前郭, 肇州县, 肇源县, 围场,
静乐县 are on no earlier page).

Shapes: a 旗 government site of the 旗委书记's 调研 of a 镇 and a 苏木 (旗委常委、政府常务副旗长, 副旗长, 旗 department heads, a
苏木党委书记; 相关文章, 分享到) (hm01); a county site's 县政府常务会议 (县长 主持, 常务副县长, a list of 副县长; 上一篇 / 下一篇;
``（县政府办公室）`` credit) (hm02); the city paper's 第01版 of the 市长's 调研 of two 旗 (两旗's 旗委书记 and 旗委副书记、旗长; 本版其他
新闻; a two-line headline) (hm03); a county site of the 县委书记's 调研 of the county's 开发区 (``县委常委、开发区党工委书记、管委会
主任``) (hm04); a county site's 常务会议 (hm05); a city news portal's 县区 page of a 县委书记's 调研 of the county's 开发区 and the
座谈会 after it (stamp with 来源 / 作者 / 编辑) (hm06); a county site of a 县委书记's 防汛 督导检查 (``信息来源：… 发布时间：…
点击数：``) (hm07); a county site's 常务会议 (hm08); a city paper's 第01版 of a 市委常委、副市长's 调研 in an 自治县 (hm09); a county
site of a 县长's 调研 (hm10). Dates: ``发布时间：2024-06-19 16:42``, ``发布时间：2020-09-24``, ``2022年8月12日　星期五``,
``时间：2020-10-29 15:08``, ``发布日期：2023-04-13 17:26``, ``2022-07-06 09:35:12``, ``发布时间：2021-07-21``; leads ``6月18日``
etc.

Identity cases:
- hm:邰启峰 moves between two 旗县 of 赤峰: 林西县委常委、常务副县长 in Sept 2020 (hm02) → 巴林右旗委副书记、旗长 in Aug 2022 (hm03,
  the 赤峰日报) → 巴林右旗委书记 in June 2024 (hm01).
- hm:郜春雷 moves between two counties of 沈阳: 法库县委常委、常务副县长 in Oct 2020 (hm04) → 康平县委副书记、县长 in Apr 2023 (hm05).
- hm:邸卫华 moves between two counties of 大庆: 肇州县委常委、副县长 in July 2021 (hm07) → 肇源县委副书记、县长 in May 2024 (hm08).
- two different 杭志刚 in unrelated places in the same year: hm:杭志刚#1 is 前郭尔罗斯蒙古族自治县委常委、前郭经济开发区党工委书记
  (吉林, hm06, July 2022); hm:杭志刚#2 is 静乐县 副县长 (山西, hm10, Nov 2022).
- one organ name of several places: bare ``开发区`` (``开发区党工委书记``) is 法库经济开发区 on the 法库 site (hm04) and 前郭经济开发区
  on the 松原 portal's 前郭 page (hm06); bare ``旗委`` is 巴林右旗's (hm01; hm03 after 巴林右旗委书记) and 喀喇沁旗's (hm03 after
  喀喇沁旗委书记); bare ``县委常委、常务副县长`` is 林西's (hm02), 法库's (hm04), 康平's (hm05) and 肇源's (hm08); bare ``县委副书记、
  县长`` is 林西's, 康平's, 前郭's, 肇源's, 围场's and 静乐's on their pages.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ak, ff, db, by, dz, gu, bq, bs, hl where they speak; decided here where they are silent):
- Bare organs take the page's place: on a county / 旗 site bare 县委 / 旗委 / 县长 / 副旗长 / 县X局 / 旗X局 = that county or 旗;
  on the 松原 portal's 前郭 page bare 县委 / 县长 = 前郭's; in a city paper a bare ``旗委副书记、旗长`` right after ``X旗委书记`` is X旗's,
  and a bare ``县委副书记、县长`` after ``围场县委书记`` is 围场's; the papers' bare ``市委`` / ``市政府`` / ``副市长`` are the paper's
  city (赤峰市, 承德市).
- 旗 as ak and ff: ``旗委书记`` → 巴林右旗委 书记; ``旗委常委、政府常务副旗长`` → 巴林右旗委 常委 + 巴林右旗政府 常务副旗长;
  ``旗委副书记、旗长`` → X旗委 副书记 + X旗政府 旗长; ``苏木党委书记`` after ``查干沐沦苏木`` → 巴林右旗查干沐沦苏木党委 书记 (as ak's
  苏木). DECIDED HERE: ``旗发展和改革委员会主任`` keeps the department's written name: 巴林右旗发展和改革委员会 主任 (nothing folded).
- Autonomous counties as db, by, fh: the label is the full name, whatever short form the page writes: ``前郭县委书记`` →
  前郭尔罗斯蒙古族自治县委 书记; ``围场县委书记`` → 围场满族蒙古族自治县委 书记. Places keep the written forms (前郭县, 围场, 围场县,
  围场满族蒙古族自治县).
- County zones as dz, gc, gu: a county's 经济开发区 (nothing to fold) is labelled with its written full name; a bare ``开发区`` on
  the county's page is that zone: ``县委常委、开发区党工委书记、管委会主任葛红岩`` → 法库县委 常委 + 法库经济开发区党工委 书记 +
  法库经济开发区管委会 主任; ``县委常委、开发区党工委书记杭志刚`` → 前郭尔罗斯蒙古族自治县委 常委 + 前郭经济开发区党工委 书记;
  ``开发区管委会主任`` → 前郭经济开发区管委会 主任.
- Towns: county label + town + 党委 (肇州县永乐镇党委, 静乐县鹅城镇党委). A list after one title gives every name that title
  (``副县长苗淑琴、庞宏刚、鞠春华``). ``县政府党组成员`` and ``县直有关部门主要负责同志`` name nobody.
- Events: every 调研 / 督导检查 is an ``inspection`` (leader; 参加调研 / 陪同 attendees; 汇报 / 介绍 / 强调 / 指出 / 要求 / 表示 /
  作了安排 / 通报 speakers); a 县政府常务会议 is a meeting (chair: who 主持; 出席 attendees). The 座谈会 convened after the 调研
  (``随后召开的座谈会上``, hm06) is a meeting of its own (as bs02, hl06); DECIDED HERE: the 县委书记 who hears the reports there and
  强调 is a speaker, not a chair (no 主持 written), and the 县长's ``表示`` after it is the 座谈会's.
- Credits: ``本报讯（记者 …）`` and a closing ``（记者 …）`` are reporter lines; DECIDED HERE: the portal's stamp ``作者：记者 霍明远``
  is a reporter line (label 记者); 责任编辑 / 编辑 / 审核 are editor lines; ``（县政府办公室）`` names no person.
- Projects: named works visited, reported or pushed: …产业园 一期 / 二期 / 三期 and named 产业园 / 示范园区 ``industrial_park``; 供热 /
  排水 / 供水 管网 and 热源厂, 污水处理厂, 垃圾焚烧发电 works ``infrastructure_project``; 防洪 / 堤防 / 河道 works
  ``engineering_work``; 生态治理 / 生态修复 / 生态保护修复 ``greening_project``; 城市更新改造 ``housing_project`` (as hl);
  高标准农田建设项目, 盐碱地改良示范项目, a 维修中心项目, a 游客服务中心建设项目 ``project``. Not projects: 塞罕坝机械林场防火指挥
  中心 (a facility visited), a 工作方案 / 应急预案 (documents). DECIDED HERE: 长山镇化工园区, a standing park, is a place (``化工园区``,
  kind ``zone_park``, as bq), not a project.
- Places: one line per name per file, as written; places inside titles, organ references, document titles and project names
  count (林西 in ``西拉木伦河林西段``, as bs08's 加格达奇); bare ``开发区`` is a development_zone as written; kinds ``banner`` for a 旗,
  ``township`` for a 苏木, ``county`` for an 自治县 (as earlier parts); DECIDED HERE: 塞罕坝机械林场 is kind ``forest_farm``, 塞罕坝 /
  御道口 ``area``, 坝上草原 / 京津冀 / 科尔沁沙地 ``region``. Site lines, breadcrumbs, stamp lines, 来源 lines, related-article lists
  (相关文章, 相关新闻, 本版其他新闻), 上一篇 / 下一篇, mastheads, footers and addresses are not annotated; ``自治区``, ``全旗``, ``两旗``
  name no place.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

BY, LX, KQ, FK, KP = "巴林右旗", "林西县", "喀喇沁旗", "法库县", "康平县"
QG, ZZ, ZY, WC, JL = "前郭尔罗斯蒙古族自治县", "肇州县", "肇源县", "围场满族蒙古族自治县", "静乐县"
FKZ, QGZ = "法库经济开发区", "前郭经济开发区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hm01_balinyouqi.txt": (2024, "发布时间：2024-06-19 16:42", BY, [
        ("邰启峰深入大板镇、查干沐沦苏木调研重点项目和肉牛产业发展", "6月18日", "2024-06-18", "6月18日，旗委书记邰启峰",
         "旗 site: the 旗委书记's 调研 of a 镇 and a 苏木 (旗委常委、政府常务副旗长, 副旗长, 旗 department heads, 苏木党委书记)")]),
    "hm02_linxi.txt": (2020, "发布时间：2020-09-24", LX, [
        ("县政府召开第二十六次常务会议", "9月23日", "2020-09-23", "9月23日，县委副书记、县长韦国庆",
         "county site: 县政府常务会议; 县长 主持; 常务副县长 邰启峰 (later 巴林右旗); 副县长 list")]),
    "hm03_chifeng.txt": (2022, "2022年8月12日　星期五", "赤峰市", [
        ("程立东到巴林右旗、喀喇沁旗调研时强调", "8月11日", "2022-08-11", "本报讯（记者 卢婷婷）8月11日",
         "city paper 第01版: the 市长's 调研 of two 旗; 邰启峰 now 巴林右旗委副书记、旗长; 喀喇沁旗's 旗委书记 and 旗长")]),
    "hm04_faku.txt": (2020, "时间：2020-10-29 15:08", FK, [
        ("栾国栋到开发区调研重点项目建设和营商环境工作", "10月28日", "2020-10-28", "10月28日，县委书记栾国栋",
         "county site: the 县委书记's 调研 of the county's 开发区 (法库经济开发区); 常务副县长 郜春雷 (later 康平县长)")]),
    "hm05_kangping.txt": (2023, "发布日期：2023-04-13 17:26", KP, [
        ("郜春雷主持召开县政府第十二次常务会议", "4月12日", "2023-04-12", "4月12日，县委副书记、县长郜春雷",
         "county site: 县政府常务会议; 郜春雷 now 康平县委副书记、县长")]),
    "hm06_qianguo.txt": (2022, "2022-07-06 09:35:12", QG, [
        ("前郭县委书记包凤山到开发区调研项目建设和安全生产工作", "7月5日", "2022-07-05", "7月5日，前郭县委书记包凤山",
         "city portal 县区 page: the 县委书记's 调研 of 前郭经济开发区 and the 座谈会; 开发区党工委书记 杭志刚#1")]),
    "hm07_zhaozhou.txt": (2021, "发布时间：2021-07-21", ZZ, [
        ("兰立新督导检查防汛和重点项目建设工作", "7月20日", "2021-07-20", "7月20日，县委书记兰立新",
         "county site: the 县委书记's 防汛 督导检查; 县委常委、副县长 邸卫华 (later 肇源县长)")]),
    "hm08_zhaoyuan.txt": (2024, "发布时间：2024-05-15 18:03", ZY, [
        ("县政府召开第二十次常务会议", "5月14日", "2024-05-14", "5月14日，县委副书记、县长邸卫华",
         "county site: 县政府常务会议; 邸卫华 now 肇源县委副书记、县长")]),
    "hm09_chengde.txt": (2023, "2023年9月14日　星期四", "承德市", [
        ("蔺晓光到围场调研秋季森林草原防火和文旅项目建设", "9月13日", "2023-09-13", "本报讯（记者 仲婉清）9月13日",
         "city paper 第01版: 市委常委、副市长's 调研 in 围场满族蒙古族自治县 (县委书记, 县委副书记、县长)")]),
    "hm10_jingle.txt": (2022, "发布时间：2022-11-16 10:12", JL, [
        ("武志斌调研冬季供暖和安全生产工作", "11月15日", "2022-11-15", "11月15日，县委副书记、县长武志斌",
         "county site: the 县长's 调研; 副县长 杭志刚#2")]),
}

_H01_JI = "旗委常委、政府常务副旗长嵇宏岩"
_H02_VICE = "副县长苗淑琴、庞宏刚、鞠春华"
_H04_GE = "县委常委、开发区党工委书记、管委会主任葛红岩"
_H05_VICE = "副县长隋冬梅、邹立坤、詹明轩"
_H08_VICE = "副县长甘宏亮、钟淑英"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 赤峰 (内蒙古)
    "hm:邰启峰": ("邰启峰", "official", "赤峰市", [
        ("hm02", f"{LX}委", "常委", "县委常委、常务副县长邰启峰", "2020-09: 林西县 (identity case: 巴林右旗 旗长 2022, 旗委书记 2024)"),
        ("hm02", f"{LX}政府", "常务副县长", "县委常委、常务副县长邰启峰", None),
        ("hm03", f"{BY}委", "副书记", "旗委副书记、旗长邰启峰", "2022-08: bare 旗委 right after 巴林右旗委书记"),
        ("hm03", f"{BY}政府", "旗长", "旗委副书记、旗长邰启峰", None),
        ("hm01", f"{BY}委", "书记", "旗委书记邰启峰深入大板镇", "2024-06: now 旗委书记; named in the headline too")], []),
    "hm:嵇宏岩": ("嵇宏岩", "official", BY, [
        ("hm01", f"{BY}委", "常委", _H01_JI, None),
        ("hm01", f"{BY}政府", "常务副旗长", _H01_JI, "政府 = the 旗's 人民政府")], []),
    "hm:包金花": ("包金花", "official", BY, [
        ("hm01", f"{BY}政府", "副旗长", "副旗长包金花", None)], []),
    "hm:莫日根": ("莫日根", "official", BY, [
        ("hm01", f"{BY}农牧局", "局长", "旗农牧局局长莫日根", None)], []),
    "hm:齐海涛": ("齐海涛", "official", BY, [
        ("hm01", f"{BY}发展和改革委员会", "主任", "旗发展和改革委员会主任齐海涛", "DECIDED HERE: department name as written")], []),
    "hm:宝音达来": ("宝音达来", "official", BY, [
        ("hm01", f"{BY}查干沐沦苏木党委", "书记", "苏木党委书记宝音达来", "苏木 named before (在查干沐沦苏木肉牛标准化养殖示范园区)")], []),
    "hm:韦国庆": ("韦国庆", "official", LX, [
        ("hm02", f"{LX}委", "副书记", "县委副书记、县长韦国庆", None),
        ("hm02", f"{LX}政府", "县长", "县委副书记、县长韦国庆", None)], []),
    "hm:苗淑琴": ("苗淑琴", "official", LX, [
        ("hm02", f"{LX}政府", "副县长", _H02_VICE, "list after one title")], []),
    "hm:庞宏刚": ("庞宏刚", "official", LX, [
        ("hm02", f"{LX}政府", "副县长", _H02_VICE, None)], []),
    "hm:鞠春华": ("鞠春华", "official", LX, [
        ("hm02", f"{LX}政府", "副县长", _H02_VICE, None)], []),
    "hm:程立东": ("程立东", "official", "赤峰市", [
        ("hm03", "赤峰市委", "副书记", "市委副书记、市长程立东", "the 赤峰日报's bare 市委; named in the headline too"),
        ("hm03", "赤峰市政府", "市长", "市委副书记、市长程立东", None)], []),
    "hm:闫素梅": ("闫素梅", "official", "赤峰市", [
        ("hm03", "赤峰市政府", "副市长", "副市长闫素梅", None)], []),
    "hm:魏子健": ("魏子健", "official", "赤峰市", [
        ("hm03", "赤峰市政府", "秘书长", "市政府秘书长魏子健", None)], []),
    "hm:乌日和木": ("乌日和木", "official", BY, [
        ("hm03", f"{BY}委", "书记", "巴林右旗委书记乌日和木", "2022: the 旗委书记 before 邰启峰")], []),
    "hm:温海峰": ("温海峰", "official", KQ, [
        ("hm03", f"{KQ}委", "书记", "喀喇沁旗委书记温海峰", None)], []),
    "hm:赛音吉雅": ("赛音吉雅", "official", KQ, [
        ("hm03", f"{KQ}委", "副书记", "旗委副书记、旗长赛音吉雅", "bare 旗委 right after 喀喇沁旗委书记"),
        ("hm03", f"{KQ}政府", "旗长", "旗委副书记、旗长赛音吉雅", None)], []),
    # ---- 沈阳 (辽宁)
    "hm:栾国栋": ("栾国栋", "official", FK, [
        ("hm04", f"{FK}委", "书记", "县委书记栾国栋到开发区调研", "named in the headline too")], []),
    "hm:郜春雷": ("郜春雷", "official", "沈阳市", [
        ("hm04", f"{FK}委", "常委", "县委常委、常务副县长郜春雷", "2020-10: 法库县 (identity case: 康平县长 2023)"),
        ("hm04", f"{FK}政府", "常务副县长", "县委常委、常务副县长郜春雷", None),
        ("hm05", f"{KP}委", "副书记", "县委副书记、县长郜春雷", "2023-04: now 康平县委副书记、县长; named in the headline too"),
        ("hm05", f"{KP}政府", "县长", "县委副书记、县长郜春雷", None)], []),
    "hm:葛红岩": ("葛红岩", "official", FK, [
        ("hm04", f"{FK}委", "常委", _H04_GE, None),
        ("hm04", f"{FKZ}党工委", "书记", _H04_GE, "bare 开发区 on the 法库 site = 法库经济开发区 (written in the project name)"),
        ("hm04", f"{FKZ}管委会", "主任", _H04_GE, None)], []),
    "hm:芦志新": ("芦志新", "official", FK, [
        ("hm04", f"{FK}政府", "副县长", "副县长芦志新", None)], []),
    "hm:滕彦斌": ("滕彦斌", "official", KP, [
        ("hm05", f"{KP}委", "常委", "县委常委、常务副县长滕彦斌", None),
        ("hm05", f"{KP}政府", "常务副县长", "县委常委、常务副县长滕彦斌", None)], []),
    "hm:隋冬梅": ("隋冬梅", "official", KP, [
        ("hm05", f"{KP}政府", "副县长", _H05_VICE, "list after one title")], []),
    "hm:邹立坤": ("邹立坤", "official", KP, [
        ("hm05", f"{KP}政府", "副县长", _H05_VICE, None)], []),
    "hm:詹明轩": ("詹明轩", "official", KP, [
        ("hm05", f"{KP}政府", "副县长", _H05_VICE, None)], []),
    # ---- 松原 前郭 (吉林)
    "hm:包凤山": ("包凤山", "official", QG, [
        ("hm06", f"{QG}委", "书记", "前郭县委书记包凤山深入前郭经济开发区", "DECIDED HERE (as db, by): the 自治县's full name; named in the headline too")], []),
    "hm:关晓东": ("关晓东", "official", QG, [
        ("hm06", f"{QG}委", "副书记", "县委副书记、县长关晓东", None),
        ("hm06", f"{QG}政府", "县长", "县委副书记、县长关晓东", None)], []),
    "hm:杭志刚#1": ("杭志刚", "official", QG, [
        ("hm06", f"{QG}委", "常委", "县委常委、开发区党工委书记杭志刚", "吉林 前郭, 2022-07; not the 杭志刚 of 静乐县 (hm10)"),
        ("hm06", f"{QGZ}党工委", "书记", "县委常委、开发区党工委书记杭志刚", "bare 开发区 = 前郭经济开发区 (named just before)")], []),
    "hm:白乌云": ("白乌云", "official", QG, [
        ("hm06", f"{QGZ}管委会", "主任", "开发区管委会主任白乌云", None)], []),
    # ---- 大庆 (黑龙江)
    "hm:兰立新": ("兰立新", "official", ZZ, [
        ("hm07", f"{ZZ}委", "书记", "县委书记兰立新深入永乐镇", "named in the headline too")], []),
    "hm:邸卫华": ("邸卫华", "official", "大庆市", [
        ("hm07", f"{ZZ}委", "常委", "县委常委、副县长邸卫华", "2021-07: 肇州县 (identity case: 肇源县长 2024)"),
        ("hm07", f"{ZZ}政府", "副县长", "县委常委、副县长邸卫华", None),
        ("hm08", f"{ZY}委", "副书记", "县委副书记、县长邸卫华", "2024-05: now 肇源县委副书记、县长"),
        ("hm08", f"{ZY}政府", "县长", "县委副书记、县长邸卫华", None)], []),
    "hm:程景华": ("程景华", "official", ZZ, [
        ("hm07", f"{ZZ}水务局", "局长", "县水务局局长程景华", None)], []),
    "hm:鲍立强": ("鲍立强", "official", ZZ, [
        ("hm07", f"{ZZ}永乐镇党委", "书记", "永乐镇党委书记鲍立强", None)], []),
    "hm:柯启东": ("柯启东", "official", ZY, [
        ("hm08", f"{ZY}委", "常委", "县委常委、常务副县长柯启东", None),
        ("hm08", f"{ZY}政府", "常务副县长", "县委常委、常务副县长柯启东", None)], []),
    "hm:甘宏亮": ("甘宏亮", "official", ZY, [
        ("hm08", f"{ZY}政府", "副县长", _H08_VICE, "list after one title")], []),
    "hm:钟淑英": ("钟淑英", "official", ZY, [
        ("hm08", f"{ZY}政府", "副县长", _H08_VICE, None)], []),
    # ---- 承德 (河北)
    "hm:蔺晓光": ("蔺晓光", "official", "承德市", [
        ("hm09", "承德市委", "常委", "市委常委、副市长蔺晓光", "the 承德日报's bare 市委; named in the headline too"),
        ("hm09", "承德市政府", "副市长", "市委常委、副市长蔺晓光", None)], []),
    "hm:富海川": ("富海川", "official", WC, [
        ("hm09", f"{WC}委", "书记", "围场县委书记富海川", "DECIDED HERE (as db, by): the 自治县's full name")], []),
    "hm:常俊岭": ("常俊岭", "official", WC, [
        ("hm09", f"{WC}委", "副书记", "县委副书记、县长常俊岭", "bare 县委 right after 围场县委书记"),
        ("hm09", f"{WC}政府", "县长", "县委副书记、县长常俊岭", None)], []),
    # ---- 忻州 静乐 (山西)
    "hm:武志斌": ("武志斌", "official", JL, [
        ("hm10", f"{JL}委", "副书记", "县委副书记、县长武志斌", "named in the headline too"),
        ("hm10", f"{JL}政府", "县长", "县委副书记、县长武志斌", None)], []),
    "hm:杭志刚#2": ("杭志刚", "official", JL, [
        ("hm10", f"{JL}政府", "副县长", "副县长杭志刚", "山西 静乐, 2022-11; not the 杭志刚 of 前郭 (hm06)")], []),
    "hm:樊雨晴": ("樊雨晴", "official", JL, [
        ("hm10", f"{JL}住房和城乡建设管理局", "局长", "县住房和城乡建设管理局局长樊雨晴", "as written")], []),
    "hm:郑立华": ("郑立华", "official", JL, [
        ("hm10", f"{JL}鹅城镇党委", "书记", "鹅城镇党委书记郑立华", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hm01", "岳昕", "责任编辑", "editor", "责任编辑：岳昕"),
    ("hm01", "奚文龙", "审核", "editor", "审核：奚文龙"),
    ("hm02", "佟雅楠", "责任编辑", "editor", "责任编辑：佟雅楠"),
    ("hm03", "卢婷婷", "记者", "reporter", "本报讯（记者 卢婷婷）"),
    ("hm03", "吕青松", "责任编辑", "editor", "责任编辑：吕青松"),
    ("hm04", "韩冬阳", "责任编辑", "editor", "责任编辑：韩冬阳"),
    ("hm05", "孟晓光", "责任编辑", "editor", "责任编辑：孟晓光"),
    ("hm05", "鲍文静", "审核", "editor", "审核：鲍文静"),
    ("hm06", "霍明远", "记者", "reporter", "作者：记者 霍明远"),
    ("hm06", "司马媛", "编辑", "editor", "编辑：司马媛"),
    ("hm07", "卜雅琪", "记者", "reporter", "（记者 卜雅琪）"),
    ("hm07", "谭新宇", "责任编辑", "editor", "责任编辑：谭新宇"),
    ("hm08", "金雨彤", "责任编辑", "editor", "责任编辑：金雨彤"),
    ("hm09", "仲婉清", "记者", "reporter", "本报讯（记者 仲婉清）"),
    ("hm09", "廖子昂", "责任编辑", "editor", "责任编辑：廖子昂"),
    ("hm10", "闫凯文", "责任编辑", "editor", "责任编辑：闫凯文"),
    ("hm10", "范雅琴", "审核", "editor", "审核：范雅琴"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hm01", "大板镇、查干沐沦苏木重点项目建设和肉牛产业发展调研", "inspection (调研)", "6月18日", None, "邰启峰", [],
     ["嵇宏岩", "包金花", "莫日根", "齐海涛"], ["齐海涛", "嵇宏岩", "宝音达来", "莫日根", "邰启峰", "包金花"], "大板镇、查干沐沦苏木",
     "6月18日，旗委书记邰启峰深入大板镇、查干沐沦苏木，调研重点项目建设和肉牛产业发展工作",
     ["旗委书记邰启峰深入大板镇、查干沐沦苏木", _H01_JI, "副旗长包金花", "旗农牧局局长莫日根", "旗发展和改革委员会主任齐海涛参加调研",
      "齐海涛介绍了", "嵇宏岩汇报了", "苏木党委书记宝音达来汇报了", "莫日根介绍了", "邰启峰强调", "包金花就西拉沐沦河巴林右旗段生态治理工程的汛前准备作了安排"]),
    ("hm02", "县政府第二十六次常务会议", "meeting (常务会议)", "9月23日", "韦国庆", None, ["林西县政府"],
     ["邰启峰", "苗淑琴", "庞宏刚", "鞠春华"], ["邰启峰", "苗淑琴", "韦国庆"], None,
     "县委副书记、县长韦国庆主持召开县政府第二十六次常务会议",
     ["县长韦国庆主持召开", "县委常委、常务副县长邰启峰", _H02_VICE + "出席会议", "邰启峰就加快项目资金拨付", "苗淑琴通报了", "韦国庆强调"]),
    ("hm03", "巴林右旗、喀喇沁旗重点项目建设和防汛工作调研", "inspection (调研)", "8月11日", None, "程立东", [],
     ["闫素梅", "魏子健", "乌日和木", "邰启峰", "温海峰", "赛音吉雅"], ["邰启峰", "赛音吉雅", "程立东", "闫素梅"], "巴林右旗、喀喇沁旗",
     "市委副书记、市长程立东到巴林右旗、喀喇沁旗调研重点项目建设和防汛工作",
     ["市长程立东到巴林右旗、喀喇沁旗调研", "副市长闫素梅，市政府秘书长魏子健参加调研", "巴林右旗委书记乌日和木，旗委副书记、旗长邰启峰陪同调研",
      "喀喇沁旗委书记温海峰，旗委副书记、旗长赛音吉雅陪同调研", "邰启峰汇报了", "赛音吉雅介绍了", "程立东指出", "闫素梅就做好旗县区防汛物资调配"]),
    ("hm04", "开发区重点项目建设和营商环境调研", "inspection (调研)", "10月28日", None, "栾国栋", [],
     ["郜春雷", "葛红岩", "芦志新"], ["葛红岩", "郜春雷", "芦志新", "栾国栋"], "法库经济开发区",
     "县委书记栾国栋到开发区调研重点项目建设和营商环境工作",
     ["县委书记栾国栋到开发区调研", "县委常委、常务副县长郜春雷", _H04_GE, "副县长芦志新及县直相关部门主要负责人参加调研",
      "葛红岩介绍了", "郜春雷汇报了", "芦志新介绍了", "栾国栋强调", "郜春雷表示"]),
    ("hm05", "县政府第十二次常务会议", "meeting (常务会议)", "4月12日", "郜春雷", None, ["康平县政府"],
     ["滕彦斌", "隋冬梅", "邹立坤", "詹明轩"], ["滕彦斌", "隋冬梅", "郜春雷"], None,
     "县委副书记、县长郜春雷主持召开县政府第十二次常务会议",
     ["县长郜春雷主持召开", "县委常委、常务副县长滕彦斌", _H05_VICE + "出席会议", "滕彦斌就二季度重点项目开复工", "隋冬梅通报了", "郜春雷强调"]),
    ("hm06", "前郭经济开发区项目建设和安全生产调研", "inspection (调研)", "7月5日", None, "包凤山", [],
     ["关晓东", "杭志刚", "白乌云"], ["杭志刚", "白乌云"], "前郭经济开发区",
     "7月5日，前郭县委书记包凤山深入前郭经济开发区，调研项目建设和安全生产工作",
     ["前郭县委书记包凤山深入前郭经济开发区", "县委副书记、县长关晓东，县委常委、开发区党工委书记杭志刚，开发区管委会主任白乌云陪同调研",
      "杭志刚汇报了", "白乌云介绍了"]),
    ("hm06", "座谈会", "meeting (座谈会)", "7月5日", None, None, [],
     [], ["包凤山", "关晓东"], None,
     "随后召开的座谈会上，包凤山听取了县应急管理局、县生态环境分局关于化工园区安全风险排查的情况汇报",
     ["包凤山强调", "关晓东表示"]),
    ("hm07", "永乐镇、朝阳沟镇防汛和重点项目建设督导检查", "inspection (督导检查)", "7月20日", None, "兰立新", [],
     ["邸卫华", "程景华", "鲍立强"], ["鲍立强", "程景华", "邸卫华", "兰立新"], "永乐镇、朝阳沟镇",
     "7月20日，县委书记兰立新深入永乐镇、朝阳沟镇，督导检查防汛和重点项目建设工作",
     ["县委书记兰立新深入永乐镇、朝阳沟镇", "县委常委、副县长邸卫华，县水务局局长程景华，永乐镇党委书记鲍立强陪同督导检查",
      "鲍立强汇报了", "程景华介绍了", "邸卫华汇报了", "兰立新指出", "他要求"]),
    ("hm08", "县政府第二十次常务会议", "meeting (常务会议)", "5月14日", "邸卫华", None, ["肇源县政府"],
     ["柯启东", "甘宏亮", "钟淑英"], ["甘宏亮", "柯启东", "邸卫华"], None,
     "县委副书记、县长邸卫华主持召开县政府第二十次常务会议",
     ["县长邸卫华主持召开", "县委常委、常务副县长柯启东", _H08_VICE + "出席会议", "甘宏亮就全县防汛物资储备", "柯启东通报了", "邸卫华强调"]),
    ("hm09", "围场秋季森林草原防火和文旅项目建设调研", "inspection (调研)", "9月13日", None, "蔺晓光", [],
     ["富海川", "常俊岭"], ["常俊岭", "蔺晓光", "富海川"], "围场满族蒙古族自治县",
     "市委常委、副市长蔺晓光到围场满族蒙古族自治县，调研秋季森林草原防火和文旅项目建设工作",
     ["副市长蔺晓光到围场满族蒙古族自治县", "围场县委书记富海川，县委副书记、县长常俊岭陪同调研", "常俊岭汇报了", "蔺晓光强调", "富海川表示"]),
    ("hm10", "鹅城镇、丰润镇冬季供暖保障和安全生产调研", "inspection (调研)", "11月15日", None, "武志斌", [],
     ["杭志刚", "樊雨晴", "郑立华"], ["樊雨晴", "郑立华", "武志斌", "杭志刚"], "鹅城镇、丰润镇",
     "11月15日，县委副书记、县长武志斌深入鹅城镇、丰润镇，调研冬季供暖保障和安全生产工作",
     ["县长武志斌深入鹅城镇、丰润镇", "副县长杭志刚，县住房和城乡建设管理局局长樊雨晴，鹅城镇党委书记郑立华陪同调研",
      "樊雨晴汇报了", "郑立华介绍了", "武志斌强调", "杭志刚就开展冬季安全生产大检查作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hm01", "巴林石文化产业园二期", "industrial_park", "先后来到巴林石文化产业园二期"),
    ("hm01", "大板镇集中供热管网改造工程", "infrastructure_project", "大板镇集中供热管网改造工程施工现场"),
    ("hm01", "查干沐沦苏木肉牛标准化养殖示范园区", "industrial_park", "在查干沐沦苏木肉牛标准化养殖示范园区"),
    ("hm01", "西拉沐沦河巴林右旗段生态治理工程", "greening_project", "包金花就西拉沐沦河巴林右旗段生态治理工程"),
    ("hm02", "林西县城区集中供热热源厂扩建工程", "infrastructure_project", "关于林西县城区集中供热热源厂扩建工程进展情况"),
    ("hm02", "西拉木伦河林西段防洪治理工程", "engineering_work", "关于西拉木伦河林西段防洪治理工程"),
    ("hm02", "大井镇高标准农田建设项目", "project", "大井镇高标准农田建设项目推进情况"),
    ("hm03", "巴林右旗新能源装备制造产业园一期", "industrial_park", "先后来到巴林右旗新能源装备制造产业园一期"),
    ("hm03", "大板镇城市更新改造项目", "housing_project", "大板镇城市更新改造项目现场"),
    ("hm03", "锡伯河防洪堤加固工程", "engineering_work", "察看了锡伯河防洪堤加固工程"),
    ("hm03", "王爷府镇中药材产业园", "industrial_park", "王爷府镇中药材产业园，听取"),
    ("hm04", "法库经济开发区陶瓷新材料产业园二期", "industrial_park", "先后来到法库经济开发区陶瓷新材料产业园二期"),
    ("hm04", "通用航空产业园飞机维修中心项目", "project", "通用航空产业园飞机维修中心项目"),
    ("hm04", "依牛堡子镇垃圾焚烧发电项目", "infrastructure_project", "依牛堡子镇垃圾焚烧发电项目现场"),
    ("hm05", "康平县塑编产业园三期", "industrial_park", "康平县塑编产业园三期"),
    ("hm05", "沈阳生物化工产业园基础设施配套工程", "infrastructure_project", "沈阳生物化工产业园基础设施配套工程"),
    ("hm05", "卧龙湖生态保护修复工程", "greening_project", "关于卧龙湖生态保护修复工程"),
    ("hm05", "辽河康平段河道综合治理工程", "engineering_work", "辽河康平段河道综合治理工程推进情况"),
    ("hm06", "前郭经济开发区生物质新材料产业园一期", "industrial_park", "先后来到前郭经济开发区生物质新材料产业园一期"),
    ("hm06", "开发区污水处理厂扩建工程", "infrastructure_project", "开发区污水处理厂扩建工程和长山镇化工园区"),
    ("hm07", "肇州县城区排水管网改造工程", "infrastructure_project", "永乐镇低洼易涝区、肇州县城区排水管网改造工程"),
    ("hm07", "肇州县绿色食品产业园二期", "industrial_park", "朝阳沟镇肇州县绿色食品产业园二期施工现场"),
    ("hm08", "松花江干流肇源段堤防加固工程", "engineering_work", "关于松花江干流肇源段堤防加固工程"),
    ("hm08", "嫩江下游防洪治理工程", "engineering_work", "嫩江下游防洪治理工程推进情况"),
    ("hm08", "新站镇盐碱地改良示范项目", "project", "会议研究了新站镇盐碱地改良示范项目"),
    ("hm08", "肇源县城区供水管网改造工程", "infrastructure_project", "肇源县城区供水管网改造工程的资金安排"),
    ("hm09", "御道口草原生态修复工程", "greening_project", "御道口草原生态修复工程"),
    ("hm09", "木兰围场国家森林公园游客服务中心建设项目", "project", "木兰围场国家森林公园游客服务中心建设项目现场"),
    ("hm10", "静乐县城区集中供热管网延伸工程", "infrastructure_project", "先后来到静乐县城区集中供热管网延伸工程现场"),
    ("hm10", "汾河静乐段生态修复治理工程", "greening_project", "察看了汾河静乐段生态修复治理工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hm01", "大板镇", "town", "standalone", "旗委书记邰启峰深入大板镇、查干沐沦苏木"),
    ("hm01", "查干沐沦苏木", "township", "standalone", "旗委书记邰启峰深入大板镇、查干沐沦苏木"),
    ("hm01", "赤峰市", "prefecture_city", "standalone", "今年全旗列入自治区、赤峰市重点项目"),
    ("hm01", "西拉沐沦河", "river", "in_project_name", "包金花就西拉沐沦河巴林右旗段生态治理工程"),
    ("hm01", "巴林右旗", "banner", "in_project_name", "包金花就西拉沐沦河巴林右旗段生态治理工程"),
    ("hm02", "林西县", "county", "in_project_name", "关于林西县城区集中供热热源厂扩建工程进展情况"),
    ("hm02", "西拉木伦河", "river", "in_project_name", "关于西拉木伦河林西段防洪治理工程"),
    ("hm02", "林西", "county", "in_project_name", "关于西拉木伦河林西段防洪治理工程"),
    ("hm02", "大井镇", "town", "in_project_name", "大井镇高标准农田建设项目推进情况"),
    ("hm03", "巴林右旗", "banner", "standalone", "市长程立东到巴林右旗、喀喇沁旗调研"),
    ("hm03", "喀喇沁旗", "banner", "standalone", "市长程立东到巴林右旗、喀喇沁旗调研"),
    ("hm03", "大板镇", "town", "in_project_name", "大板镇城市更新改造项目现场"),
    ("hm03", "锡伯河", "river", "in_project_name", "察看了锡伯河防洪堤加固工程"),
    ("hm03", "王爷府镇", "town", "in_project_name", "王爷府镇中药材产业园，听取"),
    ("hm04", "开发区", "development_zone", "standalone", "县委书记栾国栋到开发区调研"),
    ("hm04", "法库经济开发区", "development_zone", "in_project_name", "先后来到法库经济开发区陶瓷新材料产业园二期"),
    ("hm04", "依牛堡子镇", "town", "in_project_name", "依牛堡子镇垃圾焚烧发电项目现场"),
    ("hm05", "康平县", "county", "in_project_name", "康平县塑编产业园三期"),
    ("hm05", "沈阳", "prefecture_city", "in_project_name", "沈阳生物化工产业园基础设施配套工程"),
    ("hm05", "卧龙湖", "lake", "standalone", "要守护好卧龙湖和辽河生态"),
    ("hm05", "辽河", "river", "standalone", "要守护好卧龙湖和辽河生态"),
    ("hm05", "康平", "county", "in_project_name", "辽河康平段河道综合治理工程推进情况"),
    ("hm05", "科尔沁沙地", "region", "standalone", "要扛牢科尔沁沙地治理责任"),
    ("hm06", "前郭县", "county", "in_org_reference", "7月5日，前郭县委书记包凤山"),
    ("hm06", "前郭经济开发区", "development_zone", "standalone", "包凤山深入前郭经济开发区"),
    ("hm06", "开发区", "development_zone", "standalone", "开发区是县域经济的主引擎"),
    ("hm06", "长山镇", "town", "standalone", "开发区污水处理厂扩建工程和长山镇化工园区"),
    ("hm06", "化工园区", "zone_park", "standalone", "对化工园区企业逐一过筛"),
    ("hm06", "查干湖", "lake", "standalone", "要抓好查干湖流域水环境保护"),
    ("hm07", "永乐镇", "town", "standalone", "县委书记兰立新深入永乐镇、朝阳沟镇"),
    ("hm07", "朝阳沟镇", "town", "standalone", "县委书记兰立新深入永乐镇、朝阳沟镇"),
    ("hm07", "肇州县", "county", "in_project_name", "永乐镇低洼易涝区、肇州县城区排水管网改造工程"),
    ("hm08", "松花江", "river", "in_project_name", "关于松花江干流肇源段堤防加固工程"),
    ("hm08", "肇源", "county", "standalone", "肇源地处嫩江、松花江交汇处"),
    ("hm08", "嫩江", "river", "standalone", "肇源地处嫩江、松花江交汇处"),
    ("hm08", "新站镇", "town", "in_project_name", "会议研究了新站镇盐碱地改良示范项目"),
    ("hm08", "肇源县", "county", "in_project_name", "肇源县城区供水管网改造工程的资金安排"),
    ("hm09", "围场满族蒙古族自治县", "county", "standalone", "副市长蔺晓光到围场满族蒙古族自治县"),
    ("hm09", "围场", "county", "standalone", "围场地处京津冀水源涵养功能区"),
    ("hm09", "围场县", "county", "standalone", "围场县将全面落实"),
    ("hm09", "京津冀", "region", "standalone", "围场地处京津冀水源涵养功能区"),
    ("hm09", "塞罕坝机械林场", "forest_farm", "standalone", "先后来到塞罕坝机械林场防火指挥中心"),
    ("hm09", "塞罕坝", "area", "standalone", "守护好塞罕坝和坝上草原"),
    ("hm09", "坝上草原", "region", "standalone", "守护好塞罕坝和坝上草原"),
    ("hm09", "御道口", "area", "standalone", "推动塞罕坝、御道口一体化发展"),
    ("hm09", "木兰围场国家森林公园", "forest_park", "in_project_name", "木兰围场国家森林公园游客服务中心建设项目现场"),
    ("hm10", "鹅城镇", "town", "standalone", "县长武志斌深入鹅城镇、丰润镇"),
    ("hm10", "丰润镇", "town", "standalone", "县长武志斌深入鹅城镇、丰润镇"),
    ("hm10", "静乐县", "county", "in_project_name", "先后来到静乐县城区集中供热管网延伸工程现场"),
    ("hm10", "汾河", "river", "in_project_name", "察看了汾河静乐段生态修复治理工程"),
    ("hm10", "静乐", "county", "in_project_name", "察看了汾河静乐段生态修复治理工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hm", conventions="set hm (blind set: held-out-like mix of ordinary local news from 内蒙古 赤峰 (巴林右旗, 林西县, 喀喇沁旗), 辽宁 沈阳 (法库县, 康平县), 吉林 松原 (前郭尔罗斯蒙古族自治县), 黑龙江 大庆 (肇州县, 肇源县), 河北 承德 (围场满族蒙古族自治县) and 山西 忻州 (静乐县): bare 旗委 / 县委 / 县长 / 副旗长 take the page's 旗 or county, or the 旗 / county named just before in a city paper; 旗委 → X旗委, 政府旗长 / 副旗长 → X旗政府; 苏木党委 → X旗 + 苏木 + 党委; an 自治县 is labelled by its full name whatever short form is written (前郭县 → 前郭尔罗斯蒙古族自治县委); a county's bare 开发区 is its 经济开发区 labelled by the written full name (法库经济开发区党工委 / 管委会, 前郭经济开发区党工委 / 管委会); departments as written after the label; 县政府常务会议 a meeting, 调研 / 督导检查 an inspection, the 座谈会 after a 调研 a meeting of its own; one line per post per article)",
          persons_note="Set hm persons. id = corpus-wide person_id (hm:杭志刚#1 of 前郭 (吉林, 县委常委、开发区党工委书记) and hm:杭志刚#2 of 静乐县 (山西, 副县长) are two people; hm:邰启峰 林西县委常委、常务副县长 2020 → 巴林右旗委副书记、旗长 2022 → 巴林右旗委书记 2024; hm:郜春雷 法库县委常委、常务副县长 2020 → 康平县委副书记、县长 2023; hm:邸卫华 肇州县委常委、副县长 2021 → 肇源县委副书记、县长 2024)")


if __name__ == "__main__":
    main()
