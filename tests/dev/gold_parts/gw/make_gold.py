"""Write gold part ``gw`` (a blind set: a 盟 and its 旗, an autonomous prefecture (州) and its autonomous counties (自治县),
and a 新疆 州 with a county, with 苏木 / 嘎查 / 乡 / 镇 officials) from the tables below.

Pages ``tests/dev/texts/gw*.txt`` were written for this part with invented person and project names (Mongolian names in
兴安盟 and 博州, Kazakh names with a middle dot, Bai / Pumi / Lisu / Dulong-area names in 怒江), modelled on real pages of
the genre read with the ``search`` tool: a 兴安盟 page of a 四平 党政考察团 (``盟委书记…，盟委副书记、盟长…分别陪同``,
``代表盟委、行署``); a 丰台区 page on 扎赉特旗 (``兴安盟委委员、副盟长…，兴安盟政协副主席、扎赉特旗委书记…，扎赉特旗旗委
副书记、旗长…``, ``扎赉特旗领导…参加``); a 兴安盟 yearbook's leadership list (盟委 书记 / 副书记 / 委员, 人大工委, 行政公署
盟长 / 副盟长, 政协); the 乌审旗 site (``我旗领导…陪同``, ``作者: 来源: 发布时间:``; the 旗委 全会 ``旗委副书记、政府旗长…，
旗人大常委会主任…，旗政协主席…出席``; a 乌审旗融媒体 page with ``声明：…原创稿件``); the 鄂托克前旗 政协 site
(``您当前所在的位置：首页 > 工作情况 > 工作动态``, ``文章来源： 发布时间：… 打印 关闭 【字体：``, ``旗委常委、统战部长…``); a
扎鲁特旗 人大 page (``(编辑：… 责编：… 审核：…)``); an 阿鲁科尔沁旗 paper page (``旗人民政府常务副旗长…，旗人民政府副旗长…``,
苏木 人大主席 列席); a 奈曼旗 page (``旗委常委、统战部部长…到大沁他拉镇调研…镇党委书记…，政府镇长…陪同``); the 东乌旗 大事记
(``旗委副书记、政府代旗长``, ``各苏木镇(场)政府主要领导``); a 乌盖苏木 嘎查 page (索引号 chrome, 嘎查“两委”); a 云南 省民委
page on 澜沧拉祜族自治县 (``澜沧县县长…，澜沧县委副书记…陪同调研``); the 永平县 site (``扫一扫在手机打开当前页``); the 迪庆
香格里拉网 (``州委书记…，州委副书记、州长…，州人大常委会主任…``) and the 凉山 州 site (``州委副书记、州长…``, ``(文/图 记者
…)``); 怒江 encyclopedia and magazine pages (the four 县（市）: 泸水市, 福贡县, 贡山独龙族怒族自治县, 兰坪白族普米族自治县;
独龙江乡); the 博州 government's 工作规则 (``自治州党委``, ``州人民政府``) and pages of 博州 党政代表团 visits (``博州党委副书记、
州长…``); a gazetteer page of 温泉县 (博格达尔镇, 哈日布呼镇, 查干屯格乡, 扎勒木特乡). Places are real and new to the corpus:
内蒙古 兴安盟 (the 行署 site, the 兴安日报, the 扎赉特旗 and 科尔沁右翼前旗 sites), 云南 怒江傈僳族自治州 (the 州政府 site, the
怒江日报, the 兰坪白族普米族自治县 and 贡山独龙族怒族自治县 sites), 新疆 博尔塔拉蒙古自治州 (the 州政府 portal reprinting the
博尔塔拉报, the 温泉县 site). The 盟 and 旗 sites carry Mongolian-script headers and a 蒙古文 link, the 博州 and 温泉 sites
汉文 / ᠮᠣᠩᠭᠣᠯ / قازاقشا / ئۇيغۇرچە switches (chrome, not annotated).

Shapes: the 行署 site's 盟委书记 调研 in a 旗 with 盟委委员、秘书长, 副盟长, a 盟 department head, the 旗委书记, the 旗委副书记、
政府旗长, a 苏木党委书记 and a 嘎查党支部书记、嘎查达 (gw01); the 旗 site's 旗政府常务会议 (旗长 主持; 常务副旗长, a list of 副旗长,
旗人大常委会副主任 列席; a 融媒体 credit) (gw02); the 兴安日报 第01版 of a 行署常务会议 (盟委副书记、盟长 主持; 盟委委员、常务副盟长,
two 副盟长, 行署秘书长; 列席 旗县市 named as places only) (gw03); another 旗's site of a 副盟长's 调研 (bare 旗委 / 政府旗长 = that
旗; 苏木党委副书记、苏木达) (gw04); the 州政府 site of the 州长's 调研 in an autonomous county written in full, with 州政府副秘书长 and
州发展改革委主任 (gw05); the 自治县 site of its 县政府常务会议 (县长 主持; 常务副县长, 副县长 list, 县人大常委会副主任 and 县政协副主席
列席; a 县 department head 汇报) (gw06); the 怒江日报 第01版 of a 州政府常务会议 with the other 自治县's 县长 列席 and reporting (gw07);
that 自治县's site of a 副州长's 调研 in 独龙江乡 (bare 县委书记; 乡党委书记) (gw08); the 博州 portal's reprint of the 博尔塔拉报
(州党委副书记、州长; 州党委常委、副州长; middle-dot names; 相关新闻 list) (gw09); the 温泉县 site of the new 县委书记's 调研 with a
湖北援疆 县委常委、副县长, a 副县长, a 镇党委书记 and a 乡党委副书记、乡长; two names in one 融媒体 credit; 编辑 / 初审 / 终审 (gw10).

Identity cases:
- gw:额尔敦巴图 moves from a 旗 to the 盟: 扎赉特旗委副书记、政府旗长 in June 2022 (gw01) and March 2023 (gw02); 兴安盟行政公署
  副盟长 in April 2024 (gw03) and August 2024 (gw04, bare 副盟长 on the 科右前旗 site).
- gw:熊继坤 moves from a 自治县 to the 州: 兰坪白族普米族自治县委副书记、县长 in Sept 2022 (gw05) and May 2023 (gw06);
  怒江傈僳族自治州政府 副州长 in March 2024 (gw07) and July 2024 (gw08, bare 副州长 on the 贡山 site).
- gw:哈那提·别克苏力坦 (a Kazakh name with a middle dot): 温泉县委副书记、县长 in June 2023 (gw09); 温泉县委书记 in Oct 2024 (gw10).
- gw:其木格图雅 moves from a 苏木 to the 旗: 扎赉特旗巴彦乌兰苏木党委书记 in June 2022 (gw01); 扎赉特旗政府 副旗长 in March 2023 (gw02).
- the same officials across pages: gw:包铁柱 (兴安盟 副盟长 2022 and 2024), gw:余正平 (怒江 州委副书记、州长 2022 and 2024),
  gw:孔德明 (贡山独龙族怒族自治县委副书记、县长, 2024 twice), gw:胡振邦 (怒江 州林业和草原局局长, 2024 twice).
- two different 那顺巴雅尔 in unrelated places: gw:那顺巴雅尔#1 is the 嘎查党支部书记、嘎查达 of 伊和乌拉嘎查 (扎赉特旗, 内蒙古 兴安盟,
  gw01); gw:那顺巴雅尔#2 is 温泉县 副县长 (新疆 博州, gw10).
- one organ name in several places: bare ``旗委`` / ``政府旗长`` are 扎赉特旗's (gw01, gw02) and 科尔沁右翼前旗's (gw04); bare
  ``县委副书记、县长`` is 兰坪's (gw05, gw06), 贡山's (gw08) and 温泉's (gw09); ``州发展改革委`` is 怒江's (gw05) and 博州's (gw09);
  bare ``副州长`` is 怒江's (gw07, gw08) and ``州党委常委、副州长`` 博州's (gw09); bare ``苏木党委…`` is 巴彦乌兰苏木's (gw01) and
  乌兰毛都苏木's (gw04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ak, ds, ff, bs, df, go, db, by where they speak; decided here where they are silent):
- 盟 as ak / ds: ``盟委书记`` → 兴安盟委 书记; ``盟委委员、秘书长`` → 兴安盟委 委员 + 兴安盟委 秘书长; ``盟委副书记、盟长`` → 兴安盟委
  副书记 + 兴安盟行政公署 盟长; ``盟委委员、常务副盟长`` → 兴安盟委 委员 + 兴安盟行政公署 常务副盟长; ``副盟长`` and ``行署秘书长`` →
  兴安盟行政公署 (as bs08's 行署秘书长); 盟 departments as written after the label (兴安盟农牧局, 兴安盟林业和草原局, 兴安盟水利局).
  ``行署召开…常务会议`` gives organizer 兴安盟行政公署 (as bs08).
- 旗 as ak, ds, ff: ``旗委副书记、政府旗长`` → X旗委 副书记 + X旗政府 旗长; ``旗委常委、常务副旗长`` / ``旗委常委、副旗长`` → X旗委 常委 +
  X旗政府 常务副旗长 / 副旗长; ``旗人大常委会副主任`` → 扎赉特旗人大常委会; ``旗农牧局局长`` → 扎赉特旗农牧局. 科右前旗 (written
  ``科右前旗`` and ``我旗`` on its site) has its full official name as label (ff): 科尔沁右翼前旗委 / 科尔沁右翼前旗政府.
- 苏木 / 嘎查 as ds: ``苏木党委书记`` after ``在巴彦乌兰苏木`` → 扎赉特旗巴彦乌兰苏木党委 书记; ``苏木党委副书记、苏木达`` →
  科尔沁右翼前旗乌兰毛都苏木党委 副书记 + …乌兰毛都苏木政府 苏木达; ``嘎查党支部书记、嘎查达`` after ``在伊和乌拉嘎查`` (written
  ``巴彦乌兰苏木伊和乌拉嘎查`` earlier) → 扎赉特旗巴彦乌兰苏木伊和乌拉嘎查党支部 书记 + …伊和乌拉嘎查委员会 嘎查达.
- 自治州 with the gazetteer's full name (y, ak, au): bare ``州委副书记、州长`` on the 怒江 sites and in the 怒江日报 → 怒江傈僳族自治州委
  副书记 + 怒江傈僳族自治州政府 州长; ``州政府副秘书长`` / ``州政府秘书长`` / ``常务副州长`` / ``副州长`` → 怒江傈僳族自治州政府;
  ``州委常委`` → 怒江傈僳族自治州委 常委; departments as written after the label (怒江傈僳族自治州发展改革委, …林业和草原局). On the
  贡山 site the bare ``副州长`` and ``州林业和草原局局长`` are its parent 州's.
- 新疆's ``州党委`` as df / go: ``州党委副书记、州长`` → 博尔塔拉蒙古自治州党委 副书记 + 博尔塔拉蒙古自治州政府 州长;
  ``州党委常委、副州长`` → 博尔塔拉蒙古自治州党委 常委 + …政府 副州长; ``州发展改革委`` → 博尔塔拉蒙古自治州发展改革委.
- 自治县 with its full name (db, by, go): bare ``县委`` / ``县长`` / ``县人大常委会`` / ``县政协`` / ``县应急管理局`` on the 兰坪 site →
  兰坪白族普米族自治县委 / …政府 / …人大常委会 / …政协 / …应急管理局; on the 贡山 site → 贡山独龙族怒族自治县委 / …政府; a bare
  ``县委副书记、县长`` right after ``兰坪白族普米族自治县委书记`` (州 site) or ``温泉县委书记`` (博州 portal) is that county's.
  ``独龙江乡党委书记`` → 贡山独龙族怒族自治县独龙江乡党委 书记; 温泉县 towns: ``镇党委书记`` after ``在哈日布呼镇`` → 温泉县哈日布呼镇党委
  书记; ``乡党委副书记、乡长`` after ``在查干屯格乡`` → 温泉县查干屯格乡党委 副书记 + 温泉县查干屯格乡政府 乡长. Places keep the
  names as written (兰坪白族普米族自治县, 兰坪县, 兰坪; 贡山独龙族怒族自治县, 贡山县).
- The label ``湖北援疆干部`` is no post (as bs's 辽宁援疆干部); the cadre's local posts are (温泉县委 常委 + 温泉县政府 副县长).
- One line per post per article; a list after one title gives every name that title (``副旗长王海东、其木格图雅、邰宏亮``,
  ``副盟长包铁柱、额尔敦巴图``, ``副县长和丽芬、罗建明、李子涵``, ``副州长熊继坤、麻秀英``).
- Events: every 调研 is an ``inspection`` (leader; 陪同 attendees, and DECIDED HERE the leader's party ``带领…局长…一行`` too, as bs09;
  汇报 / 介绍 / 指出 / 强调 / 表示 / 作了安排 / 作了说明 speakers); the 旗政府 / 行署 / 县政府 / 州政府 常务会议 are meetings (chair
  主持; 出席 and 列席 attendees; 汇报 / 通报 / 作了说明 / 作了安排 / 强调 / 提出要求 speakers), organizer the government that holds it.
  DECIDED HERE: a county head who ``列席会议，汇报了…`` a 州政府常务会议 is attendee and speaker (gw07); the ``旗县市…政府…主要负责同志
  列席`` of gw03 names nobody.
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``本报讯（记者 …）`` are reporter / correspondent lines; a bare media-centre credit
  (``（扎赉特旗融媒体中心　王悦）``) is an author line (label 供稿, as bs); DECIDED HERE: a credit with two names
  (``（温泉县融媒体中心　巴音娜　吾拉孜汗）``) gives an author line for each; 编辑 / 责任编辑 / 审核 / 校对 / 初审 / 终审 are editor lines.
- Projects: works inspected, reported or to be pushed: a 产业园 / 加工园区 (or its phase) an industrial_park; dikes, 防洪治理 and 山洪沟
  works engineering_work; roads, water supply, 污水处理, 供热管网, a 服务区 and a 公路's 防灾 works infrastructure_project; a river's
  生态治理 a greening_project; 育秧工厂, 示范基地, 帮扶车间, 种植基地, a 示范园, a 文旅综合服务中心, a town's 高标准农田示范区 ``project``.
  DECIDED HERE: a project written a second time in a shorter form in the same page (``绰尔河防洪治理工程`` after ``绰尔河扎赉特旗段防洪
  治理工程``, ``绿色农畜产品加工园区二期``, ``归流河堤防加固工程``, ``独龙江公路防灾减灾能力提升工程`` twice) gives one line, with
  the full name (as bq01's 海洋食品产业园二期); a work named only by its kind (gw10 ``冷水鱼养殖示范基地`` without its town, gw04
  ``牧区饮水安全工程``, gw06 ``通甸镇、河西乡高原中药材种植基地`` shared by two towns) is no project.
- Places: one line per name per file, as written; places inside organ references and project names count; kinds ``league`` for a
  盟, ``banner`` for a 旗 (科右前旗, 科右中旗 as written), ``township`` for a 苏木 and a 乡, ``village`` for a 嘎查 and a 村 (ak, ds);
  DECIDED HERE ``forest_area`` for 阿尔山林区 (gw03, a 林区 named by its city), ``mountain`` for 高黎贡山 / 碧罗雪山 / 阿拉套山,
  ``road`` for a named highway inside a project name (保泸高速公路, 怒江美丽公路, 独龙江公路); DECIDED HERE ``温泉`` in ``把温泉、草原、
  冰川等资源优势`` (gw09) is the hot springs, not the county: no line; 察尔森水库 is a ``reservoir``. Site lines, Mongolian / Kazakh /
  Uyghur script headers and language switches, nav items (走进扎旗, 魅力前旗), 来源 lines, footers and addresses, 相关链接 / 相关新闻 /
  本版其他文章 lists and 上一篇 / 下一篇 links are not annotated; bare ``我旗``, ``全盟``, ``全州`` are no places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XA, ZL, KQ = "兴安盟", "扎赉特旗", "科尔沁右翼前旗"
NJ, LP, GS = "怒江傈僳族自治州", "兰坪白族普米族自治县", "贡山独龙族怒族自治县"
BZ, WQ = "博尔塔拉蒙古自治州", "温泉县"
XA_GOV = XA + "行政公署"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gw01_xinganmeng.txt": (2022, "发布时间：2022-06-23 17:46", XA, [
        ("韩振邦在扎赉特旗调研农牧业生产和乡村振兴工作", "6月22日", "2022-06-22", "6月22日，盟委书记",
         "行署 site: the 盟委书记's 调研 in 扎赉特旗 with 盟委委员、秘书长, 副盟长, 盟农牧局局长, the 旗委书记, 旗长, a 苏木党委书记 and a 嘎查达")]),
    "gw02_zhalaiteqi.txt": (2023, "时间：2023-03-16 09:12", ZL, [
        ("额尔敦巴图主持召开旗人民政府2023年第4次常务会议", "3月15日下午", "2023-03-15", "3月15日下午，旗委副书记",
         "旗 site: 旗政府常务会议 (旗长 主持; 常务副旗长, 副旗长 list incl. the former 苏木党委书记; 旗人大常委会副主任 列席)")]),
    "gw03_xinganmeng.txt": (2024, "2024年4月12日　星期五", XA, [
        ("行署召开2024年第八次常务会议", "4月11日", "2024-04-11", "本报讯（记者 额尔登 通讯员 刘畅）4月11日",
         "盟 paper 第01版: 行署常务会议 (盟长 主持; 常务副盟长; the former 扎赉特旗长 now 副盟长; 行署秘书长)")]),
    "gw04_keyouqianqi.txt": (2024, "发布日期：2024-08-07", KQ, [
        ("额尔敦巴图到我旗调研水利设施建设和防汛工作", "8月6日", "2024-08-06", "8月6日，副盟长",
         "旗 site: a 副盟长's 调研 with the 盟水利局局长; bare 旗委 = 科右前旗's; 苏木党委副书记、苏木达")]),
    "gw05_nujiang.txt": (2022, "发布时间：2022-09-21 18:03", NJ, [
        ("余正平到兰坪县调研产业发展和易地搬迁后续扶持工作", "9月20日", "2022-09-20", "9月20日，州委副书记",
         "州政府 site: the 州长's 调研 in 兰坪白族普米族自治县 with 州政府副秘书长, 州发展改革委主任, the county's 书记 and 县长")]),
    "gw06_lanping.txt": (2023, "发布时间：2023-05-10", LP, [
        ("熊继坤主持召开县十七届人民政府第28次常务会议", "5月9日", "2023-05-09", "5月9日，县委副书记",
         "自治县 site: 县政府常务会议 (县长 主持; 常务副县长, 副县长 list; 人大 / 政协 列席; 县应急管理局局长 汇报)")]),
    "gw07_nujiang.txt": (2024, "2024年03月14日　星期四", NJ, [
        ("州政府召开第35次常务会议", "3月13日", "2024-03-13", "本报讯（记者 李玉凤）3月13日",
         "州 paper 第01版: 州政府常务会议 (州长 主持; 常务副州长; the former 兰坪县长 now 副州长; 贡山县长 列席 and reporting)")]),
    "gw08_gongshan.txt": (2024, "发布时间：2024-07-17 16:22", GS, [
        ("熊继坤到独龙江乡调研生态保护和边境村寨建设工作", "7月16日", "2024-07-16", "7月16日，副州长",
         "自治县 site: a 副州长's 调研 in 独龙江乡 with the 州林草局局长, the 县委书记, 县长 and the 乡党委书记")]),
    "gw09_bozhou.txt": (2023, "发布时间：2023-06-08 11:20", BZ, [
        ("巴音吉日嘎拉在温泉县调研时强调", "6月7日", "2023-06-07", "本报讯（记者 阿丽娅·巴合提 通讯员 周文博）6月7日",
         "州 portal reprinting the 博尔塔拉报: 州党委副书记、州长's 调研 in 温泉县; middle-dot names")]),
    "gw10_wenquan.txt": (2024, "发布时间：2024-10-16 12:35", WQ, [
        ("哈那提·别克苏力坦到哈日布呼镇、查干屯格乡调研秋收和冬季转场工作", "10月15日", "2024-10-15", "10月15日，县委书记",
         "county site: the new 县委书记's 调研 with a 湖北援疆 县委常委、副县长, 副县长 那顺巴雅尔#2, a 镇党委书记 and a 乡长")]),
}

_G01_E = "旗委副书记、政府旗长额尔敦巴图陪同调研"
_G01_N = "嘎查党支部书记、嘎查达那顺巴雅尔"
_G02_E = "旗委副书记、政府旗长额尔敦巴图主持召开"
_G02_V = "副旗长王海东、其木格图雅、邰宏亮"
_G03_S = "盟委副书记、盟长苏德夫主持召开"
_G03_V = "副盟长包铁柱、额尔敦巴图"
_G06_V = "副县长和丽芬、罗建明、李子涵"
_G07_V = "副州长熊继坤、麻秀英"
_G07_K = "贡山独龙族怒族自治县委副书记、县长孔德明"
_G09_B = "州党委副书记、州长巴音吉日嘎拉深入温泉县"
_GAC = f"{ZL}巴彦乌兰苏木伊和乌拉嘎查"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 兴安盟
    "gw:韩振邦": ("韩振邦", "official", XA, [
        ("gw01", f"{XA}委", "书记", "盟委书记韩振邦深入扎赉特旗", "2022-06; named in the headline too")], []),
    "gw:斯日古楞": ("斯日古楞", "official", XA, [
        ("gw01", f"{XA}委", "委员", "盟委委员、秘书长斯日古楞", "盟委 has 委员, not 常委 (ak)"),
        ("gw01", f"{XA}委", "秘书长", "盟委委员、秘书长斯日古楞", "秘书长 after 盟委委员 = the 盟委's (ak)")], []),
    "gw:包铁柱": ("包铁柱", "official", XA, [
        ("gw01", XA_GOV, "副盟长", "副盟长包铁柱", "2022-06: 副盟长 → the 行政公署 (ak)"),
        ("gw03", XA_GOV, "副盟长", _G03_V, "2024-04: the same post")], []),
    "gw:白雅琴": ("白雅琴", "official", XA, [
        ("gw01", f"{XA}农牧局", "局长", "盟农牧局局长白雅琴", "as written after the label")], []),
    "gw:孙成林": ("孙成林", "official", ZL, [
        ("gw01", f"{ZL}委", "书记", "扎赉特旗委书记孙成林", None)], []),
    "gw:额尔敦巴图": ("额尔敦巴图", "official", XA, [
        ("gw01", f"{ZL}委", "副书记", _G01_E, "2022-06: bare 旗委 after 扎赉特旗委书记 (identity case: 副盟长 in 2024, gw03 / gw04)"),
        ("gw01", f"{ZL}政府", "旗长", _G01_E, "政府旗长 → X旗政府 旗长"),
        ("gw02", f"{ZL}委", "副书记", _G02_E, "2023-03: bare 旗委 on the 扎赉特旗 site; named in the headline too"),
        ("gw02", f"{ZL}政府", "旗长", _G02_E, None),
        ("gw03", XA_GOV, "副盟长", _G03_V, "2024-04: now 副盟长 (from a 旗 to the 盟)"),
        ("gw04", XA_GOV, "副盟长", "副盟长额尔敦巴图带领", "2024-08: bare 副盟长 on the 科右前旗 site = 兴安盟's (its parent); named in the headline too")], []),
    "gw:其木格图雅": ("其木格图雅", "official", ZL, [
        ("gw01", f"{ZL}巴彦乌兰苏木党委", "书记", "苏木党委书记其木格图雅", "2022-06: after ``在巴彦乌兰苏木`` (identity case: 副旗长 in 2023, gw02)"),
        ("gw02", f"{ZL}政府", "副旗长", _G02_V, "2023-03: now 副旗长")], []),
    "gw:那顺巴雅尔#1": ("那顺巴雅尔", "official", ZL, [
        ("gw01", f"{_GAC}党支部", "书记", _G01_N, "扎赉特旗 (内蒙古 兴安盟); not the 那顺巴雅尔 of 温泉县 (gw10)"),
        ("gw01", f"{_GAC}委员会", "嘎查达", _G01_N, "嘎查达 → the 嘎查委员会 (ds)")], []),
    "gw:刘志军": ("刘志军", "official", ZL, [
        ("gw02", f"{ZL}委", "常委", "旗委常委、常务副旗长刘志军", None),
        ("gw02", f"{ZL}政府", "常务副旗长", "旗委常委、常务副旗长刘志军", None)], []),
    "gw:王海东": ("王海东", "official", ZL, [
        ("gw02", f"{ZL}政府", "副旗长", _G02_V, "list after one title")], []),
    "gw:邰宏亮": ("邰宏亮", "official", ZL, [
        ("gw02", f"{ZL}政府", "副旗长", _G02_V, None)], []),
    "gw:宝音仓": ("宝音仓", "official", ZL, [
        ("gw02", f"{ZL}人大常委会", "副主任", "旗人大常委会副主任宝音仓", None)], []),
    "gw:赵立春": ("赵立春", "official", ZL, [
        ("gw02", f"{ZL}农牧局", "局长", "旗农牧局局长赵立春", None)], []),
    "gw:苏德夫": ("苏德夫", "official", XA, [
        ("gw03", f"{XA}委", "副书记", _G03_S, "2024-04"),
        ("gw03", XA_GOV, "盟长", _G03_S, "盟长 → the 行政公署 (ak)")], []),
    "gw:张立群": ("张立群", "official", XA, [
        ("gw03", f"{XA}委", "委员", "盟委委员、常务副盟长张立群", None),
        ("gw03", XA_GOV, "常务副盟长", "盟委委员、常务副盟长张立群", None)], []),
    "gw:李晓光": ("李晓光", "official", XA, [
        ("gw03", XA_GOV, "秘书长", "行署秘书长李晓光", "行署秘书长 → the 行政公署 (bs08)")], []),
    "gw:吴海鹰": ("吴海鹰", "official", XA, [
        ("gw03", f"{XA}林业和草原局", "局长", "盟林业和草原局局长吴海鹰", None)], []),
    "gw:杜志宏": ("杜志宏", "official", XA, [
        ("gw04", f"{XA}水利局", "局长", "盟水利局局长杜志宏", "bare 盟 on the 科右前旗 site = 兴安盟")], []),
    "gw:魏建国": ("魏建国", "official", KQ, [
        ("gw04", f"{KQ}委", "书记", "旗委书记魏建国", "bare 旗委 on the 科右前旗 site (the 扎赉特旗委 in gw01 / gw02); full official name as label (ff)")], []),
    "gw:敖特根巴雅尔": ("敖特根巴雅尔", "official", KQ, [
        ("gw04", f"{KQ}委", "副书记", "旗委副书记、政府旗长敖特根巴雅尔", None),
        ("gw04", f"{KQ}政府", "旗长", "旗委副书记、政府旗长敖特根巴雅尔", None)], []),
    "gw:韩松": ("韩松", "official", KQ, [
        ("gw04", f"{KQ}委", "常委", "旗委常委、副旗长韩松", None),
        ("gw04", f"{KQ}政府", "副旗长", "旗委常委、副旗长韩松", None)], []),
    "gw:包春梅": ("包春梅", "official", KQ, [
        ("gw04", f"{KQ}乌兰毛都苏木党委", "副书记", "苏木党委副书记、苏木达包春梅", "after ``在乌兰毛都苏木``"),
        ("gw04", f"{KQ}乌兰毛都苏木政府", "苏木达", "苏木党委副书记、苏木达包春梅", "苏木达 → the 苏木政府 (ds)")], []),
    # ---- 怒江
    "gw:余正平": ("余正平", "official", NJ, [
        ("gw05", f"{NJ}委", "副书记", "州委副书记、州长余正平到兰坪白族普米族自治县调研", "2022-09; the gazetteer's full name (ak)"),
        ("gw05", f"{NJ}政府", "州长", "州委副书记、州长余正平到兰坪白族普米族自治县调研", None),
        ("gw07", f"{NJ}委", "副书记", "州委副书记、州长余正平主持召开", "2024-03: the same posts"),
        ("gw07", f"{NJ}政府", "州长", "州委副书记、州长余正平主持召开", None)], []),
    "gw:胡玉兰": ("胡玉兰", "official", NJ, [
        ("gw05", f"{NJ}政府", "副秘书长", "州政府副秘书长胡玉兰", None)], []),
    "gw:和永康": ("和永康", "official", NJ, [
        ("gw05", f"{NJ}发展改革委", "主任", "州发展改革委主任和永康", "州发展改革委 = 怒江's here, 博州's in gw09")], []),
    "gw:杨泽林": ("杨泽林", "official", LP, [
        ("gw05", f"{LP}委", "书记", "兰坪白族普米族自治县委书记杨泽林", "the 自治县's full name (db, by)")], []),
    "gw:熊继坤": ("熊继坤", "official", NJ, [
        ("gw05", f"{LP}委", "副书记", "县委副书记、县长熊继坤陪同调研", "2022-09: bare 县委 after 兰坪白族普米族自治县委书记 (identity case: 副州长 in 2024)"),
        ("gw05", f"{LP}政府", "县长", "县委副书记、县长熊继坤陪同调研", None),
        ("gw06", f"{LP}委", "副书记", "县委副书记、县长熊继坤主持召开", "2023-05: bare 县委 on the 兰坪 site; named in the headline too"),
        ("gw06", f"{LP}政府", "县长", "县委副书记、县长熊继坤主持召开", None),
        ("gw07", f"{NJ}政府", "副州长", _G07_V, "2024-03: now 副州长 (from a 自治县 to the 州)"),
        ("gw08", f"{NJ}政府", "副州长", "副州长熊继坤带领", "2024-07: bare 副州长 on the 贡山 site = 怒江's (its parent); named in the headline too")], []),
    "gw:段秋萍": ("段秋萍", "official", LP, [
        ("gw06", f"{LP}委", "常委", "县委常委、常务副县长段秋萍", None),
        ("gw06", f"{LP}政府", "常务副县长", "县委常委、常务副县长段秋萍", None)], []),
    "gw:和丽芬": ("和丽芬", "official", LP, [
        ("gw06", f"{LP}政府", "副县长", _G06_V, "list after one title")], []),
    "gw:罗建明": ("罗建明", "official", LP, [
        ("gw06", f"{LP}政府", "副县长", _G06_V, None)], []),
    "gw:李子涵": ("李子涵", "official", LP, [
        ("gw06", f"{LP}政府", "副县长", _G06_V, None)], []),
    "gw:杨雪松": ("杨雪松", "official", LP, [
        ("gw06", f"{LP}人大常委会", "副主任", "县人大常委会副主任杨雪松", None)], []),
    "gw:胡春光": ("胡春光", "official", LP, [
        ("gw06", f"{LP}政协", "副主席", "县政协副主席胡春光", None)], []),
    "gw:施晓军": ("施晓军", "official", LP, [
        ("gw06", f"{LP}应急管理局", "局长", "县应急管理局局长施晓军", None)], []),
    "gw:孙卫平": ("孙卫平", "official", NJ, [
        ("gw07", f"{NJ}委", "常委", "州委常委、常务副州长孙卫平", None),
        ("gw07", f"{NJ}政府", "常务副州长", "州委常委、常务副州长孙卫平", None)], []),
    "gw:麻秀英": ("麻秀英", "official", NJ, [
        ("gw07", f"{NJ}政府", "副州长", _G07_V, None)], []),
    "gw:杜海林": ("杜海林", "official", NJ, [
        ("gw07", f"{NJ}政府", "秘书长", "州政府秘书长杜海林", None)], []),
    "gw:胡振邦": ("胡振邦", "official", NJ, [
        ("gw07", f"{NJ}林业和草原局", "局长", "州林业和草原局局长胡振邦关于", "2024-03"),
        ("gw08", f"{NJ}林业和草原局", "局长", "州林业和草原局局长胡振邦一行", "2024-07: bare 州 on the 贡山 site = 怒江's")], []),
    "gw:孔德明": ("孔德明", "official", GS, [
        ("gw07", f"{GS}委", "副书记", _G07_K, "2024-03: the 自治县 written in full in the 怒江日报"),
        ("gw07", f"{GS}政府", "县长", _G07_K, None),
        ("gw08", f"{GS}委", "副书记", "县委副书记、县长孔德明陪同调研", "2024-07: bare 县委 on the 贡山 site"),
        ("gw08", f"{GS}政府", "县长", "县委副书记、县长孔德明陪同调研", None)], []),
    "gw:王振川": ("王振川", "official", GS, [
        ("gw08", f"{GS}委", "书记", "县委书记王振川", "bare 县委 on the 贡山 site")], []),
    "gw:木春花": ("木春花", "official", GS, [
        ("gw08", f"{GS}独龙江乡党委", "书记", "独龙江乡党委书记木春花", "county label + 乡 + 党委")], []),
    # ---- 博州
    "gw:巴音吉日嘎拉": ("巴音吉日嘎拉", "official", BZ, [
        ("gw09", f"{BZ}党委", "副书记", _G09_B, "新疆's 州党委 (df, go); named in the headline too"),
        ("gw09", f"{BZ}政府", "州长", _G09_B, None)], []),
    "gw:陈东升": ("陈东升", "official", BZ, [
        ("gw09", f"{BZ}党委", "常委", "州党委常委、副州长陈东升", None),
        ("gw09", f"{BZ}政府", "副州长", "州党委常委、副州长陈东升", None)], []),
    "gw:古丽巴哈尔·努尔兰": ("古丽巴哈尔·努尔兰", "official", BZ, [
        ("gw09", f"{BZ}发展改革委", "主任", "州发展改革委主任古丽巴哈尔·努尔兰", "州发展改革委 = 博州's here, 怒江's in gw05")], []),
    "gw:黄启航": ("黄启航", "official", WQ, [
        ("gw09", f"{WQ}委", "书记", "温泉县委书记黄启航", None)], []),
    "gw:哈那提·别克苏力坦": ("哈那提·别克苏力坦", "official", WQ, [
        ("gw09", f"{WQ}委", "副书记", "县委副书记、县长哈那提·别克苏力坦陪同调研", "2023-06: bare 县委 after 温泉县委书记 (identity case: 县委书记 in 2024, gw10)"),
        ("gw09", f"{WQ}政府", "县长", "县委副书记、县长哈那提·别克苏力坦陪同调研", None),
        ("gw10", f"{WQ}委", "书记", "县委书记哈那提·别克苏力坦到哈日布呼镇", "2024-10: now 县委书记; named in the headline too")], []),
    "gw:程嘉言": ("程嘉言", "official", WQ, [
        ("gw10", f"{WQ}委", "常委", "湖北援疆干部、县委常委、副县长程嘉言", "``湖北援疆干部`` is no post (bs)"),
        ("gw10", f"{WQ}政府", "副县长", "湖北援疆干部、县委常委、副县长程嘉言", None)], []),
    "gw:那顺巴雅尔#2": ("那顺巴雅尔", "official", WQ, [
        ("gw10", f"{WQ}政府", "副县长", "副县长那顺巴雅尔陪同调研", "温泉县 (新疆 博州); not the 那顺巴雅尔 of 扎赉特旗 (gw01)")], []),
    "gw:王秀兰": ("王秀兰", "official", WQ, [
        ("gw10", f"{WQ}哈日布呼镇党委", "书记", "镇党委书记王秀兰", "after ``在哈日布呼镇``")], []),
    "gw:斯琴朝克图": ("斯琴朝克图", "official", WQ, [
        ("gw10", f"{WQ}查干屯格乡党委", "副书记", "乡党委副书记、乡长斯琴朝克图", "after ``在查干屯格乡``"),
        ("gw10", f"{WQ}查干屯格乡政府", "乡长", "乡党委副书记、乡长斯琴朝克图", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gw01", "乌云娜", "责任编辑", "editor", "责任编辑：乌云娜"),
    ("gw01", "赵启航", "审核", "editor", "审核：赵启航"),
    ("gw02", "王悦", "供稿", "author", "（扎赉特旗融媒体中心　王悦）"),
    ("gw02", "包雪莲", "编辑", "editor", "编辑：包雪莲"),
    ("gw02", "何立新", "审核", "editor", "审核：何立新"),
    ("gw03", "额尔登", "记者", "reporter", "本报讯（记者 额尔登 通讯员 刘畅）"),
    ("gw03", "刘畅", "通讯员", "correspondent", "本报讯（记者 额尔登 通讯员 刘畅）"),
    ("gw03", "包丽雅", "责任编辑", "editor", "责任编辑：包丽雅"),
    ("gw03", "王丽丽", "校对", "editor", "校对：王丽丽"),
    ("gw04", "阿拉腾", "责任编辑", "editor", "责任编辑：阿拉腾"),
    ("gw04", "孟祥博", "审核", "editor", "审核：孟祥博"),
    ("gw06", "和晓云", "责任编辑", "editor", "责任编辑：和晓云"),
    ("gw06", "李文忠", "审核", "editor", "审核：李文忠"),
    ("gw07", "李玉凤", "记者", "reporter", "本报讯（记者 李玉凤）"),
    ("gw07", "褚丽华", "责任编辑", "editor", "责任编辑：褚丽华"),
    ("gw07", "余光亮", "编辑", "editor", "编辑：余光亮"),
    ("gw08", "李美玲", "供稿", "author", "（贡山县融媒体中心　李美玲）"),
    ("gw08", "木丽娟", "责任编辑", "editor", "责任编辑：木丽娟"),
    ("gw08", "高明轩", "审核", "editor", "审核：高明轩"),
    ("gw09", "阿丽娅·巴合提", "记者", "reporter", "本报讯（记者 阿丽娅·巴合提 通讯员 周文博）"),
    ("gw09", "周文博", "通讯员", "correspondent", "本报讯（记者 阿丽娅·巴合提 通讯员 周文博）"),
    ("gw09", "萨仁图娅", "责任编辑", "editor", "责任编辑：萨仁图娅"),
    ("gw10", "巴音娜", "供稿", "author", "（温泉县融媒体中心　巴音娜　吾拉孜汗）"),
    ("gw10", "吾拉孜汗", "供稿", "author", "（温泉县融媒体中心　巴音娜　吾拉孜汗）"),
    ("gw10", "张艳", "编辑", "editor", "编辑：张艳"),
    ("gw10", "哈斯塔娜", "初审", "editor", "初审：哈斯塔娜"),
    ("gw10", "马振华", "终审", "editor", "终审：马振华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gw01", "扎赉特旗农牧业生产、嘎查集体经济发展和乡村振兴调研", "inspection (调研)", "6月22日", None, "韩振邦", [],
     ["斯日古楞", "包铁柱", "白雅琴", "孙成林", "额尔敦巴图"],
     ["额尔敦巴图", "其木格图雅", "那顺巴雅尔", "白雅琴", "韩振邦", "包铁柱", "孙成林"], "扎赉特旗",
     "盟委书记韩振邦深入扎赉特旗，调研农牧业生产、嘎查集体经济发展和乡村振兴工作",
     ["盟委书记韩振邦深入扎赉特旗", "政府旗长额尔敦巴图陪同调研", "听取了额尔敦巴图关于", "其木格图雅汇报了",
      "嘎查达那顺巴雅尔介绍了", "白雅琴介绍了", "韩振邦指出", "包铁柱就抓好防汛和草原防火作了具体安排", "孙成林表示"]),
    ("gw02", "旗人民政府2023年第4次常务会议", "meeting (旗政府常务会议)", "3月15日下午", "额尔敦巴图", None, [f"{ZL}政府"],
     ["刘志军", "王海东", "其木格图雅", "邰宏亮", "宝音仓"], ["赵立春", "其木格图雅", "刘志军", "额尔敦巴图", "王海东"], None,
     "政府旗长额尔敦巴图主持召开旗人民政府2023年第4次常务会议",
     ["政府旗长额尔敦巴图主持召开", "常务副旗长刘志军", _G02_V, "旗人大常委会副主任宝音仓列席会议", "旗农牧局局长赵立春关于",
      "其木格图雅就巴彦扎拉嘎乡", "刘志军通报了", "额尔敦巴图强调", "王海东就做好清明节前后森林草原防灭火工作提出具体要求"]),
    ("gw03", "行署2024年第八次常务会议", "meeting (行署常务会议)", "4月11日", "苏德夫", None, [XA_GOV],
     ["张立群", "包铁柱", "额尔敦巴图", "李晓光"], ["吴海鹰", "额尔敦巴图", "包铁柱", "苏德夫", "张立群"], None,
     "盟委副书记、盟长苏德夫主持召开行署2024年第八次常务会议",
     [_G03_S, "常务副盟长张立群", _G03_V, "行署秘书长李晓光出席会议", "盟林业和草原局局长吴海鹰关于",
      "额尔敦巴图就全盟春耕备耕", "包铁柱通报了", "苏德夫强调", "张立群就做好一季度经济运行分析"]),
    ("gw04", "科右前旗水利设施建设和主汛期防汛调研", "inspection (调研)", "8月6日", None, "额尔敦巴图", [],
     ["杜志宏", "魏建国", "敖特根巴雅尔", "韩松"], ["包春梅", "敖特根巴雅尔", "额尔敦巴图", "杜志宏", "魏建国"], "科右前旗",
     "副盟长额尔敦巴图带领盟水利局局长杜志宏一行到我旗，调研水利设施建设和主汛期防汛工作",
     ["副盟长额尔敦巴图带领盟水利局局长杜志宏一行到我旗", "副旗长韩松陪同调研", "苏木达包春梅汇报了", "敖特根巴雅尔汇报了",
      "额尔敦巴图指出", "杜志宏就水利项目资金拨付", "魏建国表示"]),
    ("gw05", "兰坪县产业发展和易地扶贫搬迁后续扶持调研", "inspection (调研)", "9月20日", None, "余正平", [],
     ["胡玉兰", "和永康", "杨泽林", "熊继坤"], ["熊继坤", "和永康", "余正平", "杨泽林"], "兰坪白族普米族自治县",
     "州委副书记、州长余正平到兰坪白族普米族自治县调研产业发展和易地扶贫搬迁后续扶持工作",
     ["州长余正平到兰坪白族普米族自治县调研", "县长熊继坤陪同调研", "熊继坤汇报了", "和永康介绍了", "余正平强调", "杨泽林表示"]),
    ("gw06", "县十七届人民政府第28次常务会议", "meeting (县政府常务会议)", "5月9日", "熊继坤", None, [f"{LP}政府"],
     ["段秋萍", "和丽芬", "罗建明", "李子涵", "杨雪松", "胡春光"], ["施晓军", "段秋萍", "罗建明", "熊继坤"], None,
     "县委副书记、县长熊继坤主持召开县十七届人民政府第28次常务会议",
     ["县长熊继坤主持召开", "常务副县长段秋萍", _G06_V, "县人大常委会副主任杨雪松、县政协副主席胡春光列席会议",
      "县应急管理局局长施晓军关于", "段秋萍通报了", "罗建明就通甸镇", "熊继坤强调"]),
    ("gw07", "州政府第35次常务会议", "meeting (州政府常务会议)", "3月13日", "余正平", None, [f"{NJ}政府"],
     ["孙卫平", "熊继坤", "麻秀英", "杜海林", "孔德明"], ["胡振邦", "孔德明", "熊继坤", "麻秀英", "余正平", "孙卫平"], None,
     "州委副书记、州长余正平主持召开州政府第35次常务会议",
     ["州长余正平主持召开", "常务副州长孙卫平", _G07_V, "州政府秘书长杜海林出席会议", "州林业和草原局局长胡振邦关于",
      "县长孔德明列席会议，汇报了", "熊继坤就全州春耕生产", "麻秀英通报了", "余正平强调", "孙卫平就一季度财政收支"]),
    ("gw08", "独龙江乡生态保护和边境村寨建设调研", "inspection (调研)", "7月16日", None, "熊继坤", [],
     ["胡振邦", "王振川", "孔德明"], ["木春花", "孔德明", "胡振邦", "熊继坤", "王振川"], "独龙江乡",
     "副州长熊继坤带领州林业和草原局局长胡振邦一行深入独龙江乡，调研生态保护、林下经济发展和边境村寨建设工作",
     ["副州长熊继坤带领州林业和草原局局长胡振邦一行深入独龙江乡", "县长孔德明陪同调研", "木春花汇报了", "孔德明汇报了",
      "胡振邦就林下经济项目申报", "熊继坤指出", "王振川表示"]),
    ("gw09", "温泉县生态环境保护、口岸发展和文旅产业调研", "inspection (调研)", "6月7日", None, "巴音吉日嘎拉", [],
     ["陈东升", "古丽巴哈尔·努尔兰", "黄启航", "哈那提·别克苏力坦"],
     ["哈那提·别克苏力坦", "古丽巴哈尔·努尔兰", "巴音吉日嘎拉", "陈东升", "黄启航"], "温泉县",
     "州党委副书记、州长巴音吉日嘎拉深入温泉县，调研生态环境保护、口岸发展和文旅产业工作",
     [_G09_B, "县长哈那提·别克苏力坦陪同调研", "哈那提·别克苏力坦汇报了", "古丽巴哈尔·努尔兰介绍了", "巴音吉日嘎拉强调",
      "陈东升就做好夏季牧场转场", "黄启航表示"]),
    ("gw10", "哈日布呼镇、查干屯格乡秋收和冬季转场调研", "inspection (调研)", "10月15日", None, "哈那提·别克苏力坦", [],
     ["程嘉言", "那顺巴雅尔"], ["王秀兰", "斯琴朝克图", "程嘉言", "哈那提·别克苏力坦", "那顺巴雅尔"], "哈日布呼镇、查干屯格乡",
     "县委书记哈那提·别克苏力坦到哈日布呼镇、查干屯格乡，调研秋收秋种、牲畜冬季转场和冬季供暖准备工作",
     ["县委书记哈那提·别克苏力坦到哈日布呼镇", "副县长那顺巴雅尔陪同调研", "镇党委书记王秀兰汇报了", "乡长斯琴朝克图介绍了",
      "程嘉言介绍了", "哈那提·别克苏力坦强调", "那顺巴雅尔就畜牧兽医服务"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gw01", "音德尔镇水稻智能育秧工厂", "project", "先后来到音德尔镇水稻智能育秧工厂"),
    ("gw01", "巴彦乌兰苏木肉牛托养示范基地", "project", "巴彦乌兰苏木肉牛托养示范基地和"),
    ("gw01", "绰尔河扎赉特旗段防洪治理工程", "engineering_work", "绰尔河扎赉特旗段防洪治理工程建设进展"),
    ("gw02", "扎赉特旗绿色农畜产品加工园区二期", "industrial_park", "扎赉特旗绿色农畜产品加工园区二期、图牧吉镇"),
    ("gw02", "图牧吉镇污水处理厂提标改造工程", "infrastructure_project", "图牧吉镇污水处理厂提标改造工程等重点项目"),
    ("gw03", "兴安盟中心城区供水管网改造工程", "infrastructure_project", "兴安盟中心城区供水管网改造工程和"),
    ("gw03", "乌兰浩特市第二水厂扩建工程", "infrastructure_project", "乌兰浩特市第二水厂扩建工程推进情况"),
    ("gw04", "归流河科右前旗段堤防加固工程", "engineering_work", "归流河科右前旗段堤防加固工程、索伦镇"),
    ("gw04", "索伦镇山洪沟治理工程", "engineering_work", "索伦镇山洪沟治理工程施工现场"),
    ("gw05", "通甸镇高原中药材种植示范基地", "project", "通甸镇高原中药材种植示范基地"),
    ("gw05", "啦井镇绿色硅材料产业园", "industrial_park", "啦井镇绿色硅材料产业园和金顶镇"),
    ("gw05", "金顶镇易地扶贫搬迁安置区帮扶车间", "project", "金顶镇易地扶贫搬迁安置区帮扶车间"),
    ("gw06", "啦井镇绿色硅材料产业园一期", "industrial_park", "通报了啦井镇绿色硅材料产业园一期"),
    ("gw06", "营盘镇至兔峨乡公路改扩建工程", "infrastructure_project", "营盘镇至兔峨乡公路改扩建工程"),
    ("gw06", "中排乡集镇供水保障工程", "infrastructure_project", "中排乡集镇供水保障工程等重点项目"),
    ("gw07", "保泸高速公路沿线服务区", "infrastructure_project", "保泸高速公路沿线服务区"),
    ("gw07", "怒江美丽公路提升改造工程", "infrastructure_project", "怒江美丽公路提升改造工程等项目"),
    ("gw07", "兰坪县啦井镇绿色硅材料产业园二期", "industrial_park", "兰坪县啦井镇绿色硅材料产业园二期"),
    ("gw08", "孔当村草果种植基地", "project", "独龙江乡孔当村草果种植基地"),
    ("gw08", "献九当村重楼林下种植示范园", "project", "献九当村重楼林下种植示范园"),
    ("gw08", "独龙江公路防灾减灾能力提升工程", "infrastructure_project", "独龙江公路防灾减灾能力提升工程施工现场"),
    ("gw09", "博尔塔拉河温泉段生态治理工程", "greening_project", "先后来到博尔塔拉河温泉段生态治理工程"),
    ("gw09", "哈日布呼镇冷水鱼养殖示范基地", "project", "哈日布呼镇冷水鱼养殖示范基地"),
    ("gw09", "博格达尔镇文旅综合服务中心", "project", "博格达尔镇文旅综合服务中心建设现场"),
    ("gw10", "哈日布呼镇万亩高标准农田示范区", "project", "哈日布呼镇万亩高标准农田示范区"),
    ("gw10", "哈日布呼镇集中供热管网改造工程", "infrastructure_project", "湖北援疆资金支持的哈日布呼镇集中供热管网改造工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gw01", "扎赉特旗", "banner", "standalone", "盟委书记韩振邦深入扎赉特旗"),
    ("gw01", "音德尔镇", "town", "in_project_name", "先后来到音德尔镇水稻智能育秧工厂"),
    ("gw01", "巴彦乌兰苏木", "township", "standalone", "在巴彦乌兰苏木，苏木党委书记"),
    ("gw01", "伊和乌拉嘎查", "village", "standalone", "在伊和乌拉嘎查，嘎查党支部书记"),
    ("gw01", "绰尔河", "river", "in_project_name", "绰尔河扎赉特旗段防洪治理工程建设进展"),
    ("gw02", "扎赉特旗", "banner", "in_project_name", "扎赉特旗绿色农畜产品加工园区二期、图牧吉镇"),
    ("gw02", "巴彦扎拉嘎乡", "township", "standalone", "其木格图雅就巴彦扎拉嘎乡、阿拉达尔吐苏木"),
    ("gw02", "阿拉达尔吐苏木", "township", "standalone", "其木格图雅就巴彦扎拉嘎乡、阿拉达尔吐苏木"),
    ("gw02", "图牧吉镇", "town", "in_project_name", "图牧吉镇污水处理厂提标改造工程等重点项目"),
    ("gw03", "扎赉特旗", "banner", "standalone", "做好扎赉特旗、科右前旗水稻育秧"),
    ("gw03", "科右前旗", "banner", "standalone", "做好扎赉特旗、科右前旗水稻育秧"),
    ("gw03", "兴安盟", "league", "in_project_name", "兴安盟中心城区供水管网改造工程和"),
    ("gw03", "乌兰浩特市", "county_level_city", "in_project_name", "乌兰浩特市第二水厂扩建工程推进情况"),
    ("gw03", "阿尔山林区", "forest_area", "standalone", "加强阿尔山林区、科右中旗草原"),
    ("gw03", "科右中旗", "banner", "standalone", "加强阿尔山林区、科右中旗草原"),
    ("gw03", "阿尔山市", "county_level_city", "in_org_reference", "乌兰浩特市、阿尔山市、科右前旗、科右中旗、扎赉特旗、突泉县政府"),
    ("gw03", "突泉县", "county", "in_org_reference", "乌兰浩特市、阿尔山市、科右前旗、科右中旗、扎赉特旗、突泉县政府"),
    ("gw04", "察尔森水库", "reservoir", "standalone", "先后来到察尔森水库"),
    ("gw04", "归流河", "river", "in_project_name", "归流河科右前旗段堤防加固工程、索伦镇"),
    ("gw04", "科右前旗", "banner", "standalone", "科右前旗境内河流多"),
    ("gw04", "索伦镇", "town", "in_project_name", "索伦镇山洪沟治理工程施工现场"),
    ("gw04", "乌兰毛都苏木", "township", "standalone", "在乌兰毛都苏木，苏木党委副书记"),
    ("gw05", "兰坪白族普米族自治县", "county", "standalone", "到兰坪白族普米族自治县调研产业发展"),
    ("gw05", "通甸镇", "town", "in_project_name", "通甸镇高原中药材种植示范基地"),
    ("gw05", "啦井镇", "town", "in_project_name", "啦井镇绿色硅材料产业园和金顶镇"),
    ("gw05", "金顶镇", "town", "in_project_name", "金顶镇易地扶贫搬迁安置区帮扶车间"),
    ("gw05", "兰坪县", "county", "standalone", "熊继坤汇报了兰坪县搬迁群众就业帮扶"),
    ("gw05", "兰坪", "county", "standalone", "兰坪是全州产业基础较好的县"),
    ("gw06", "啦井镇", "town", "in_project_name", "通报了啦井镇绿色硅材料产业园一期"),
    ("gw06", "营盘镇", "town", "in_project_name", "营盘镇至兔峨乡公路改扩建工程"),
    ("gw06", "兔峨乡", "township", "in_project_name", "营盘镇至兔峨乡公路改扩建工程"),
    ("gw06", "中排乡", "township", "in_project_name", "中排乡集镇供水保障工程等重点项目"),
    ("gw06", "通甸镇", "town", "standalone", "罗建明就通甸镇、河西乡高原中药材"),
    ("gw06", "河西乡", "township", "standalone", "罗建明就通甸镇、河西乡高原中药材"),
    ("gw07", "贡山独龙族怒族自治县", "county", "in_org_reference", _G07_K),
    ("gw07", "独龙江乡", "township", "standalone", "汇报了独龙江乡边境村寨防火隔离带建设"),
    ("gw07", "丙中洛镇", "town", "standalone", "丙中洛镇林区火源管控工作"),
    ("gw07", "保泸高速公路", "road", "in_project_name", "保泸高速公路沿线服务区"),
    ("gw07", "怒江美丽公路", "road", "in_project_name", "怒江美丽公路提升改造工程等项目"),
    ("gw07", "高黎贡山", "mountain", "standalone", "加强高黎贡山、碧罗雪山等重点林区巡护"),
    ("gw07", "碧罗雪山", "mountain", "standalone", "加强高黎贡山、碧罗雪山等重点林区巡护"),
    ("gw07", "兰坪县", "county", "in_project_name", "兰坪县啦井镇绿色硅材料产业园二期"),
    ("gw07", "啦井镇", "town", "in_project_name", "兰坪县啦井镇绿色硅材料产业园二期"),
    ("gw08", "独龙江乡", "township", "standalone", "一行深入独龙江乡，调研生态保护"),
    ("gw08", "孔当村", "village", "in_project_name", "独龙江乡孔当村草果种植基地"),
    ("gw08", "献九当村", "village", "in_project_name", "献九当村重楼林下种植示范园"),
    ("gw08", "独龙江公路", "road", "in_project_name", "独龙江公路防灾减灾能力提升工程施工现场"),
    ("gw08", "贡山县", "county", "standalone", "孔德明汇报了贡山县雨季防汛"),
    ("gw08", "高黎贡山", "mountain", "standalone", "在保护好高黎贡山生态的前提下"),
    ("gw08", "独龙江", "river", "standalone", "守护好独龙江的青山绿水"),
    ("gw09", "温泉县", "county", "standalone", "深入温泉县，调研生态环境保护"),
    ("gw09", "博尔塔拉河", "river", "standalone", "温泉县地处博尔塔拉河源头"),
    ("gw09", "哈日布呼镇", "town", "in_project_name", "哈日布呼镇冷水鱼养殖示范基地"),
    ("gw09", "阿拉套山", "mountain", "standalone", "阿拉套山下的博格达尔镇"),
    ("gw09", "博格达尔镇", "town", "standalone", "在博格达尔镇，哈那提·别克苏力坦汇报了"),
    ("gw10", "哈日布呼镇", "town", "standalone", "在哈日布呼镇，镇党委书记"),
    ("gw10", "查干屯格乡", "township", "standalone", "在查干屯格乡，乡党委副书记"),
    ("gw10", "湖北", "province", "standalone", "湖北援疆干部、县委常委、副县长程嘉言"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gw", conventions="set gw (blind set: a 盟 with its 旗 (内蒙古 兴安盟: 扎赉特旗, 科尔沁右翼前旗 written 科右前旗), an autonomous prefecture with its autonomous counties (云南 怒江傈僳族自治州: 兰坪白族普米族自治县, 贡山独龙族怒族自治县) and a 新疆 州 (博尔塔拉蒙古自治州 with 温泉县): 盟委 → 兴安盟委 (书记, 副书记, 委员, 秘书长), 盟长 / 常务副盟长 / 副盟长 / 行署秘书长 → 兴安盟行政公署; 旗委 / 政府旗长 → X旗委 / X旗政府 with the 旗's full official name; 苏木党委 / 苏木达 / 嘎查党支部 / 嘎查达 under their 旗 (and 苏木); 州委 / 州政府 → the 州's full name; 新疆's 州党委 → X州党委; a 自治县 with its full name; 援疆干部 no post; middle-dot names; one line per post per article)",
          persons_note="Set gw persons. id = corpus-wide person_id (gw:那顺巴雅尔#1 the 嘎查达 of 伊和乌拉嘎查 in 扎赉特旗 (内蒙古) and gw:那顺巴雅尔#2 a 副县长 of 温泉县 (新疆) are two people; gw:额尔敦巴图 扎赉特旗长 2022-2023 → 兴安盟 副盟长 2024; gw:熊继坤 兰坪白族普米族自治县长 2022-2023 → 怒江 副州长 2024; gw:哈那提·别克苏力坦 温泉县长 2023 → 县委书记 2024; gw:其木格图雅 苏木党委书记 2022 → 副旗长 2023)")


if __name__ == "__main__":
    main()
