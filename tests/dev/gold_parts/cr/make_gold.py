"""Write gold part ``cr`` (a blind set: provincial departments and their officials visiting counties and cities in
浙江, 湖南, 山东, 贵州 and 吉林 — 省交通运输厅, 省住房和城乡建设厅 / 省住建厅, 省农业农村厅, the 省纪委监委驻厅纪检监察组 and a
省委巡视组 — with the county's 县委书记 and 县长 accompanying) from the tables below.

Pages ``tests/dev/texts/cr*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 永靖县 site's page of a 交通运输部 调研 (``来源:永靖县人民政府 |
发布时间:2018-07-10 | 浏览次数:``, ``副县长…陪同调研``); a 山东 交通运输厅 page of its 厅长 meeting a 滨州 常务副市长
(``发表时间 … 点击:``, ``省交通运输厅巡视员…，厅有关处室负责人参加座谈``); a 遂平 portal (``本网讯(记者 …)省交通运输厅副厅长
…一行来到我县…副市长…，县领导…陪同调研``); the 宣城 交通运输局 site's 纪检监察 page (``设为首页| 加入收藏| 长辈版| 无障碍浏览``,
``作者: 发布时间: 信息来源: 访问次数: 字体大小:``, ``市纪委监委驻市交通运输局纪检监察组组长…带队…开展监督检查``, ``扫一扫在手机
打开当前页``); the 海南 交通运输厅 site (``您现在的位置: 首页>要闻动态>政务动态``, ``发布时间: 信息来源: 分享至:``, ``省纪委监委驻
厅纪检监察组二级调研员…到会指导``); a 四川 page of ``省纪委驻厅纪检组组长…一行赴…调研``; two 贵州 交通运输厅 pages (``贵州省交通
运输厅党委委员、副厅长…，厅副巡视员…陪同``; ``贵州省交通运输厅党委书记、厅长…，铜仁市委书记…、市长…出席会议…厅领导…主持
会议``: the 厅 has a 党委, not a 党组); the 梨树县 site (``政务 governor 梨树县人民政府 2023-07-27 09:07:00``, ``市委常委、县委书记
…陪同调研``, a 座谈会); the 白城日报 (``本报讯(记者…)…一行来白…市人大常委会副主任、镇赉县委书记…陪同调研``); a 秦安 page
(``甘肃省农牧厅副厅长…深入秦安县…县委副书记…，县委常委、副县长…一同参加调研``); a 和县 page (``发布时间: 来源:和县人民政府``,
``县委书记…，副县长…陪同调研``); a 湖南 住建厅 page of its 厅长 meeting a 湘西 州委书记 (``厅党组成员、副厅长…参加会见``); the
江苏 住建厅 site (``当前位置:首页 >>要闻动态>>建设新闻 发布日期: 浏览次数:``); the 竹山 page of a 省委第一巡视组 见面会 and the
衡阳县 / 石泉县 巡察动员会 pages (``组长…作动员讲话 … 副组长 … 表态发言``); 湖南 and 湖北 巡视 进驻 lists (``值班电话``, ``邮政
信箱``); the 郴州新闻网 footer (``编辑:…``, ``湘ICP备``). Places are real: 浙江 衢州 (开化县 with 池淮镇, 马金镇, 华埠镇, 齐溪镇;
常山县 with 青石镇), 湖南 邵阳 (隆回县, 桃洪镇; 新邵县, 酿溪镇; 双清区, 大祥区), 山东 聊城 (莘县, 燕店镇; 冠县, 柳林镇, 东古城镇),
贵州 铜仁 (石阡县, 汤山街道; 思南县; 乌江), 吉林 四平 (梨树县, 梨树镇, 四棵树乡) and 白城 (洮北区, 镇赉县, 洮南市).

Shapes: a county site's page (``设为首页 | 加入收藏 | 长辈版``, ``字号``, 分享到, 相关链接, 浙ICP / 浙公网安备 footer) of the
浙江省交通运输厅 厅长's 调研 with the 驻厅 纪检监察组组长 (also 厅党组成员), a 厅 处长, the city's 副市长 and 局长, the 县委书记 /
县长 / 副县长 and a 座谈会 (cr01); the 厅's own site: the 纪检监察组组长 leading a 监督检查 in another county with her 副组长 and
a 厅 副处长, bare ``驻厅`` / ``厅``, a 座谈会 (cr02); the 湖南 住建厅 site of a 副厅长's 督导 in two counties with the 厅二级巡视员
and a 处长, a 座谈会 in the city (cr03); a county site of a 省委巡视组 动员会 (组长 作动员讲话, 副组长 出席, the city's 纪委书记
讲话, 县委书记 表态, 县长 主持), the 汇报 after it, the 值班电话 paragraph (cr04); the 邵阳日报 第A01版 of the 住建厅 二级巡视员's
检查, where the former 副厅长 is now 市委常委、副市长 and the former 县长 now 县委书记 (cr05); the 山东 农业农村厅 site of a 厅 处长's
调研 in two counties (cr06); a county site two years later: the same man, now 厅党组成员、副厅长, with his successor as 处长 and the
city bureau's former 副局长 now 局长 (cr07); the 贵州 交通运输厅 site (厅党委, not 党组) of its 厅长's 调研 in two counties with a
副厅长, the 驻厅 纪检监察组组长 (a 厅党委委员) and a 座谈会 (cr08); the 梨树县 site (``政务 governor`` stamp line) of a 吉林 农业农村厅
副厅长's 调研 with the 厅's 种植业管理处处长 and ``市委常委、县委书记`` (cr09); the 白城日报 (``当前版：01版``) of the 吉林 ``省住建厅
二级巡视员``'s 检查 in a district, a county and a county-level city (cr10).

Identity cases:
- cr:龙海潮, a 厅 official who moves to a city: 湖南省住房和城乡建设厅党组成员、副厅长 (cr03, Aug 2022) → 邵阳市委常委、副市长
  (cr05, May 2024), where his former 厅's 二级巡视员 cr:谭素琴 (also in both pages) inspects his city.
- cr:罗继平: 隆回县委副书记、县长 (cr03, Aug 2022) → 隆回县委书记 (cr05, May 2024).
- cr:孔祥麟 rises inside one department: 山东省农业农村厅种植业管理处处长 (cr06, Sept 2022) → 厅党组成员、副厅长 (cr07, June 2024);
  cr:宫晓彤 is the 处长 in 2024.
- cr:任庆华: 聊城市农业农村局党组成员、副局长 (cr06, 2022) → 党组书记、局长 (cr07, 2024).
- the same officials in two pages: cr:俞慧琳 (浙江 驻厅纪检监察组组长、厅党组成员, cr01 on a county site with ``驻省交通运输厅``,
  cr02 on the 厅's site with ``驻厅``), cr:祝海平 (衢州市交通运输局局长, cr01, cr02).
- two different 梁晓军 in unrelated places: cr:梁晓军#1 is 冠县委书记 (山东 聊城, cr07, June 2024); cr:梁晓军#2 is 洮南市副市长
  (吉林 白城, cr10, Aug 2024).
- one organ name of several provinces: ``省交通运输厅`` / bare ``厅`` is 浙江's (cr01, cr02) and 贵州's (cr08); ``省纪委监委驻厅
  纪检监察组组长`` is 浙江's (cr02) and 贵州's (cr08); ``厅种植业管理处处长`` / ``省农业农村厅种植业管理处处长`` is 山东's (cr06,
  cr07) and 吉林's (cr09); ``二级巡视员`` of the 住建厅 is 湖南's (cr03, cr05) and 吉林's (cr10); bare ``县委书记`` / ``县委副书记、
  县长`` is 开化's, 新邵's, 冠县's and 梨树's on their sites.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts bf, ca, ae and bs where they speak; decided here where they are silent):
- Bare organs on a department's own site belong to that department of the site's province (parts bf, ca): ``厅党组成员、
  副厅长`` on the 湖南 住建厅 site → 湖南省住房和城乡建设厅党组 成员 + 湖南省住房和城乡建设厅 副厅长; ``厅种植业管理处处长`` on
  the 山东 site → 山东省农业农村厅种植业管理处 处长 (a 处 inside a 厅 as written after it, part ca); ``厅二级巡视员`` → 湖南省住房和
  城乡建设厅 二级巡视员 (a rank is a post of its department, CONVENTIONS). On city and county pages bare ``省`` = the page's
  province: ``省交通运输厅`` on the 开化 site → 浙江省交通运输厅; ``省农业农村厅`` on the 冠县 / 梨树 sites → 山东省 / 吉林省农业
  农村厅; ``省住房和城乡建设厅`` in the 邵阳日报 → 湖南省住房和城乡建设厅.
- The department is labelled as the page writes it after the province (part ca): ``省住建厅`` in the 白城日报 → 吉林省住建厅
  (not expanded), ``省住房和城乡建设厅`` in 湖南 → 湖南省住房和城乡建设厅; a city's ``市住建局`` → 邵阳市住建局.
- DECIDED HERE: 贵州's 交通运输厅 has a 党委 (as its real pages write): ``厅党委书记、厅长`` → 贵州省交通运输厅党委 书记 + 贵州省
  交通运输厅 厅长; ``厅党委委员`` → 贵州省交通运输厅党委 委员 (委员 of a 党委, as a 党工委's). 党组 goes with 书记 / 成员 (parts z,
  bf): ``厅党组成员`` → X厅党组 成员; ``市农业农村局党组书记、局长`` → 聊城市农业农村局党组 书记 + 聊城市农业农村局 局长.
- DECIDED HERE: the 派驻 纪检监察组 is org = the province's label + ``纪委监委驻`` + the department + ``纪检监察组`` (part ca's
  ``连云港市纪委监委驻市教育局纪检监察组``), and ``驻厅`` on a 厅's own site is expanded to the department the site's bare 厅 is:
  ``省纪委监委驻厅纪检监察组组长`` on the 浙江 厅 site and ``省纪委监委驻省交通运输厅纪检监察组组长`` on the 开化 site are one org,
  浙江省纪委监委驻省交通运输厅纪检监察组 (the same body, the same person); on the 贵州 site → 贵州省纪委监委驻省交通运输厅纪检
  监察组. ``驻厅纪检监察组副组长`` → the same org, 副组长. The 组长's second title ``厅党组成员`` / ``厅党委委员`` is a post of the
  department's 党组 / 党委.
- A 省委巡视组's roles are posts of the group (CONVENTIONS, part ae): ``省委第六巡视组组长`` → 湖南省委第六巡视组 组长; ``副组长``
  after it → the same group. ``巡视组全体成员`` gives nothing.
- ``邵阳市委常委、市纪委书记、市监委主任`` → 邵阳市委 常委 + 邵阳市纪委 书记 + 邵阳市监委 主任 (part ae).
- County-level: bare ``县委书记`` / ``县委副书记、县长`` / ``副县长`` on a county site = that county; ``在隆回县，县委副书记、县长``
  / ``在石阡县，县委书记`` / ``在镇赉县，县委书记`` = the county the sentence names; ``在洮南市，市委副书记、市长…，副市长…`` = 洮南市委
  / 洮南市政府 (the county-level city, not 白城). ``市委常委、县委书记曹立恒`` on the 梨树 site → 四平市委 常委 (bare 市委 on a county
  site = the parent city, CONVENTIONS) + 梨树县委 书记. A one-character county's committee is ``莘县委`` / ``冠县委`` (as part
  ``康县委``). ``副市长`` in a city paper = that city's 政府 (白城市政府); ``衢州市副市长`` → 衢州市政府 副市长; a bare ``市交通运输局``
  / ``市农业农村局`` / ``市住建局`` after the city's name = that city's.
- One line per post per article; a title in the headline repeated in the lead gives one line (evidence from the lead).
- Events: a 调研 / 督导 / 检查 / 监督检查 is an ``inspection`` (leader: who 带队 / 带领 / 率队 or whose 调研 it is; attendees: 陪同 /
  一同调研 / 参加, and who reports on the tour; speakers: 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排). A 座谈会 written as held
  (``在随后召开的座谈会上``, ``召开座谈会``) is a meeting of its own (parts bf, ca): remarks written in its paragraph or ``在座谈会上`` /
  ``会上`` go to it; ``参加座谈`` is its attendee; ``主持召开座谈会`` its chair. The 巡视 动员会 is a meeting (chair 主持; 作动员讲话 /
  讲话 / 表态发言 / 指出 / 强调 / 表示 speakers; who 出席…并讲话 is attendee and speaker, part ae); the 汇报 heard ``会后`` by the 巡视组
  is a meeting of its own (part ae). The 巡视 itself (two months) is no event.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter and correspondent lines; ``责任编辑：`` / ``编辑：`` / ``审核：`` editor lines.
  ``（驻厅纪检监察组 供稿）``, ``（种植业管理处 供稿）``, ``（供稿：厅办公室）`` and 来源 lines name nobody.
- Projects: works named as inspected or under way: road 改建 / 改扩建 / 提升 works, 客运枢纽, 航道整治, 港区码头 and 燃气管网 / 管道
  改造 works ``infrastructure_project``; 老旧小区改造, 危房改造安置点 and 保障性租赁住房 ``housing_project``; a named production 基地
  / 示范区 and a 粮食烘干中心 ``project``. Generic ``农机专业合作社``, ``县农业技术推广总站``, ``温泉旅游公路规划`` are none.
- Places: one line per name per file, as written (``邵阳市`` and ``邵阳``, ``梨树县`` and ``梨树``, ``思南县`` and ``思南`` are
  separate lines); places in titles, organ references, project names and document titles count; DECIDED HERE: the short
  forms ``来邵`` / ``来白`` (one character) are not places; site lines, 来源 lines, footers (addresses), the 值班电话 / 邮政信箱
  lines, 相关文章 / 本版其他文章 lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ZJ_JT = "浙江省交通运输厅"
ZJ_JJ = "浙江省纪委监委驻省交通运输厅纪检监察组"
HN_ZJ = "湖南省住房和城乡建设厅"
SD_NY = "山东省农业农村厅"
GZ_JT = "贵州省交通运输厅"
GZ_JJ = "贵州省纪委监委驻省交通运输厅纪检监察组"
JL_NY = "吉林省农业农村厅"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cr01_kaihua.txt": (2022, "发布时间：2022-05-19 17:32", "开化县", [
        ("省交通运输厅党组书记、厅长钱柏涛来我县调研“四好农村路”建设工作", "5月18日", "2022-05-18", "5月18日，省交通运输厅",
         "county site: the 浙江 交通运输厅 厅长's 调研 with the 驻厅 纪检监察组组长, a 处长, the city's 副市长 / 局长, 县委书记 / 县长; 座谈会")]),
    "cr02_zhejiang.txt": (2023, "发布日期：2023-03-10 16:08", ZJ_JT, [
        ("俞慧琳赴常山县开展交通建设项目廉洁风险监督检查", "3月8日至9日", "2023-03-08", "3月8日至9日，省纪委监委",
         "厅 site: the 驻厅 纪检监察组组长's 监督检查 in 常山县 with her 副组长 and a 厅 副处长; 座谈会")]),
    "cr03_hunan.txt": (2022, "发布时间：2022-08-26 09:40", HN_ZJ, [
        ("龙海潮副厅长赴邵阳督导农村自建房安全专项整治工作", "8月24日至25日", "2022-08-24", "8月24日至25日，厅党组成员",
         "住建厅 site: a 副厅长's 督导 in 隆回县 / 新邵县 with the 厅二级巡视员 and a 处长; 座谈会 in 邵阳")]),
    "cr04_xinshao.txt": (2023, "发布时间：2023-03-16 10:05", "新邵县", [
        ("省委第六巡视组巡视新邵县工作动员会召开", "3月15日", "2023-03-15", "3月15日，省委第六巡视组",
         "county site: 省委巡视组 动员会 (组长, 副组长, the city's 纪委书记, 县委书记 表态, 县长 主持); 汇报 after it")]),
    "cr05_shaoyang.txt": (2024, "2024年5月22日", "邵阳市", [
        ("省住房和城乡建设厅检查组来邵检查城镇燃气安全工作", "5月20日至21日", "2024-05-20", "本报讯（记者 尹沁",
         "city paper: the 住建厅 二级巡视员's 检查; the former 副厅长 now 市委常委、副市长; the former 隆回县长 now 县委书记")]),
    "cr06_shandong.txt": (2022, "发布日期：2022-09-29 10:16", SD_NY, [
        ("厅种植业管理处赴聊城市调研秋收秋种工作", "9月27日至28日", "2022-09-27", "9月27日至28日，厅种植业",
         "厅 site: a 厅 处长's 调研 in 莘县 and 冠县 with a city bureau's 副局长 and the counties' 副县长")]),
    "cr07_guanxian.txt": (2024, "发布日期：2024-06-07", "冠县", [
        ("省农业农村厅党组成员、副厅长孔祥麟来我县调研“三夏”生产工作", "6月6日", "2024-06-06", "6月6日，省农业农村厅",
         "county site: the former 处长 now 副厅长; his successor 处长; 副市长; the bureau's 局长; 县委书记 (梁晓军#1), 县长")]),
    "cr08_guizhou.txt": (2023, "发布时间：2023-10-18 15:26", GZ_JT, [
        ("杨启胜到铜仁市石阡县、思南县调研交通项目建设工作", "10月16日至17日", "2023-10-16", "10月16日至17日，厅党委",
         "贵州 厅 site (厅党委): 厅长's 调研 with a 副厅长 and the 驻厅 纪检监察组组长; 石阡 县委书记, 思南 县长; 座谈会 in 铜仁")]),
    "cr09_lishu.txt": (2023, "2023-07-14 08:51:00", "梨树县", [
        ("省农业农村厅党组成员、副厅长郑宝山来我县调研黑土地保护利用工作", "7月13日", "2023-07-13", "7月13日，省农业农村厅",
         "county site: a 吉林 农业农村厅 副厅长's 调研 with the 种植业管理处处长, 四平 副市长, 市委常委、县委书记, 县长")]),
    "cr10_baicheng.txt": (2024, "2024年8月16日", "白城市", [
        ("省住建厅检查组来白检查城镇老旧小区改造工作", "8月14日至15日", "2024-08-14", "本报讯（记者 孙铭泽）",
         "city paper: the 吉林 省住建厅 二级巡视员's 检查 in 洮北区, 镇赉县, 洮南市 (梁晓军#2 洮南市副市长)")]),
}

_C01_YU = "省纪委监委驻省交通运输厅纪检监察组组长、厅党组成员俞慧琳"
_C02_YU = "省纪委监委驻厅纪检监察组组长、厅党组成员俞慧琳"
_C04_SHI = "邵阳市委常委、市纪委书记、市监委主任石岳川"
_C08_LONG = "省纪委监委驻厅纪检监察组组长、厅党委委员龙小燕"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 浙江 (衢州: 开化县, 常山县)
    "cr:钱柏涛": ("钱柏涛", "official", "浙江省", [
        ("cr01", ZJ_JT + "党组", "书记", "5月18日，省交通运输厅党组书记、厅长钱柏涛一行", "2022-05; bare 省 on the 开化 site = 浙江; named in the headline too"),
        ("cr01", ZJ_JT, "厅长", "5月18日，省交通运输厅党组书记、厅长钱柏涛一行", None)], []),
    "cr:俞慧琳": ("俞慧琳", "official", "浙江省", [
        ("cr01", ZJ_JJ, "组长", _C01_YU, "2022-05; DECIDED HERE: the 派驻 纪检监察组 as one org"),
        ("cr01", ZJ_JT + "党组", "成员", _C01_YU, None),
        ("cr02", ZJ_JJ, "组长", _C02_YU, "2023-03; DECIDED HERE: 驻厅 on the 厅's site = 驻省交通运输厅 (the same group as cr01)"),
        ("cr02", ZJ_JT + "党组", "成员", _C02_YU, None)], []),
    "cr:应卓群": ("应卓群", "official", "浙江省", [
        ("cr01", ZJ_JT + "综合规划处", "处长", "省交通运输厅综合规划处处长应卓群", "a 处 inside the 厅 (part ca)")], []),
    "cr:毛建勋": ("毛建勋", "official", "衢州市", [
        ("cr01", "衢州市政府", "副市长", "衢州市副市长毛建勋", None)], []),
    "cr:祝海平": ("祝海平", "official", "衢州市", [
        ("cr01", "衢州市交通运输局", "局长", "市交通运输局局长祝海平", "bare 市 right after 衢州市副市长"),
        ("cr02", "衢州市交通运输局", "局长", "衢州市交通运输局局长祝海平", "2023-03: the same post")], []),
    "cr:程启帆": ("程启帆", "official", "开化县", [
        ("cr01", "开化县委", "书记", "县委书记程启帆", "bare 县委 on the 开化 site")], []),
    "cr:汪晓岚": ("汪晓岚", "official", "开化县", [
        ("cr01", "开化县委", "副书记", "县委副书记、县长汪晓岚", None),
        ("cr01", "开化县政府", "县长", "县委副书记、县长汪晓岚", None)], []),
    "cr:余振华": ("余振华", "official", "开化县", [
        ("cr01", "开化县政府", "副县长", "副县长余振华陪同调研", None)], []),
    "cr:蒋晟": ("蒋晟", "official", "浙江省", [
        ("cr02", ZJ_JJ, "副组长", "驻厅纪检监察组副组长蒋晟", "驻厅 = 驻省交通运输厅 on the 浙江 厅 site")], []),
    "cr:郑宇航": ("郑宇航", "official", "浙江省", [
        ("cr02", ZJ_JT + "建设管理处", "副处长", "厅建设管理处副处长郑宇航", None)], []),
    "cr:汪建新": ("汪建新", "official", "常山县", [
        ("cr02", "常山县委", "常委", "常山县委常委、副县长汪建新", None),
        ("cr02", "常山县政府", "副县长", "常山县委常委、副县长汪建新", None)], []),
    "cr:徐卫星": ("徐卫星", "official", "常山县", [
        ("cr02", "常山县交通运输局", "局长", "县交通运输局局长徐卫星", "bare 县 in the 常山县 座谈会")], []),
    # ---- 湖南 (邵阳: 隆回县, 新邵县)
    "cr:龙海潮": ("龙海潮", "official", "湖南省", [
        ("cr03", HN_ZJ + "党组", "成员", "厅党组成员、副厅长龙海潮带队", "2022-08; bare 厅 on the 住建厅's site; named in the headline too (identity case: 邵阳 副市长 in 2024, cr05)"),
        ("cr03", HN_ZJ, "副厅长", "厅党组成员、副厅长龙海潮带队", None),
        ("cr05", "邵阳市委", "常委", "市委常委、副市长龙海潮陪同检查", "2024-05: moved to 邵阳 (the former 副厅长)"),
        ("cr05", "邵阳市政府", "副市长", "市委常委、副市长龙海潮陪同检查", None)], []),
    "cr:谭素琴": ("谭素琴", "official", "湖南省", [
        ("cr03", HN_ZJ, "二级巡视员", "厅二级巡视员谭素琴", "2022-08: a rank, post of the department"),
        ("cr05", HN_ZJ, "二级巡视员", "省住房和城乡建设厅二级巡视员谭素琴", "2024-05: 省 in the 邵阳日报 = 湖南")], []),
    "cr:彭旭东": ("彭旭东", "official", "湖南省", [
        ("cr03", HN_ZJ + "村镇建设处", "处长", "厅村镇建设处处长彭旭东", None)], []),
    "cr:罗继平": ("罗继平", "official", "隆回县", [
        ("cr03", "隆回县委", "副书记", "在隆回县，县委副书记、县长罗继平", "2022-08 (identity case: 县委书记 in 2024, cr05)"),
        ("cr03", "隆回县政府", "县长", "在隆回县，县委副书记、县长罗继平", None),
        ("cr05", "隆回县委", "书记", "在隆回县，县委书记罗继平", "2024-05: now 县委书记")], []),
    "cr:肖立强": ("肖立强", "official", "新邵县", [
        ("cr03", "新邵县政府", "副县长", "在新邵县，副县长肖立强", None)], []),
    "cr:阳春芳": ("阳春芳", "official", "邵阳市", [
        ("cr03", "邵阳市政府", "副市长", "邵阳市副市长阳春芳参加座谈", None)], []),
    "cr:曾德林": ("曾德林", "official", "邵阳市", [
        ("cr03", "邵阳市住建局", "局长", "市住建局局长曾德林", "short form as written; bare 市 after 邵阳市副市长")], []),
    "cr:贺光明": ("贺光明", "official", "湖南省", [
        ("cr04", "湖南省委第六巡视组", "组长", "省委第六巡视组组长贺光明作动员讲话", "a 巡视组's role is a post of the group (CONVENTIONS, part ae)")], []),
    "cr:胡静怡": ("胡静怡", "official", "湖南省", [
        ("cr04", "湖南省委第六巡视组", "副组长", "副组长胡静怡及巡视组全体成员出席会议", "bare 副组长 after the group's full name")], []),
    "cr:石岳川": ("石岳川", "official", "邵阳市", [
        ("cr04", "邵阳市委", "常委", _C04_SHI, None),
        ("cr04", "邵阳市纪委", "书记", _C04_SHI, None),
        ("cr04", "邵阳市监委", "主任", _C04_SHI, None)], []),
    "cr:邹立诚": ("邹立诚", "official", "新邵县", [
        ("cr04", "新邵县委", "书记", "县委书记邹立诚作表态发言", None)], []),
    "cr:伍海波": ("伍海波", "official", "新邵县", [
        ("cr04", "新邵县委", "副书记", "县委副书记、县长伍海波主持会议", None),
        ("cr04", "新邵县政府", "县长", "县委副书记、县长伍海波主持会议", None)], []),
    "cr:李泽宇": ("李泽宇", "official", "隆回县", [
        ("cr05", "隆回县委", "副书记", "县委副书记、县长李泽宇陪同检查", "after 在隆回县，县委书记罗继平"),
        ("cr05", "隆回县政府", "县长", "县委副书记、县长李泽宇陪同检查", "succeeds 罗继平 as 县长")], []),
    # ---- 山东 (聊城: 莘县, 冠县)
    "cr:孔祥麟": ("孔祥麟", "official", "山东省", [
        ("cr06", SD_NY + "种植业管理处", "处长", "厅种植业管理处处长孔祥麟带队", "2022-09; bare 厅 on the 山东 农业农村厅 site (identity case: 副厅长 in 2024, cr07)"),
        ("cr07", SD_NY + "党组", "成员", "6月6日，省农业农村厅党组成员、副厅长孔祥麟", "2024-06: now 厅党组成员、副厅长; named in the headline too"),
        ("cr07", SD_NY, "副厅长", "6月6日，省农业农村厅党组成员、副厅长孔祥麟", None)], []),
    "cr:任庆华": ("任庆华", "official", "聊城市", [
        ("cr06", "聊城市农业农村局党组", "成员", "聊城市农业农村局党组成员、副局长任庆华", "2022-09"),
        ("cr06", "聊城市农业农村局", "副局长", "聊城市农业农村局党组成员、副局长任庆华", None),
        ("cr07", "聊城市农业农村局党组", "书记", "市农业农村局党组书记、局长任庆华", "2024-06: now 局长; bare 市 after 聊城市副市长"),
        ("cr07", "聊城市农业农村局", "局长", "市农业农村局党组书记、局长任庆华", None)], []),
    "cr:贾鸿飞": ("贾鸿飞", "official", "莘县", [
        ("cr06", "莘县委", "常委", "在莘县，县委常委、副县长贾鸿飞", "bare 县委 after 在莘县; one-character county: 莘县委 (as 康县委)"),
        ("cr06", "莘县政府", "副县长", "在莘县，县委常委、副县长贾鸿飞", None)], []),
    "cr:马俪文": ("马俪文", "official", "冠县", [
        ("cr06", "冠县政府", "副县长", "在冠县，副县长马俪文", None)], []),
    "cr:宫晓彤": ("宫晓彤", "official", "山东省", [
        ("cr07", SD_NY + "种植业管理处", "处长", "省农业农村厅种植业管理处处长宫晓彤", "the post 孔祥麟 held in 2022")], []),
    "cr:崔恩泽": ("崔恩泽", "official", "聊城市", [
        ("cr07", "聊城市政府", "副市长", "聊城市副市长崔恩泽", None)], []),
    "cr:梁晓军#1": ("梁晓军", "official", "冠县", [
        ("cr07", "冠县委", "书记", "县委书记梁晓军", "冠县 (山东); not the 梁晓军 of 洮南市 (吉林, cr10)")], []),
    "cr:闫书瑶": ("闫书瑶", "official", "冠县", [
        ("cr07", "冠县委", "副书记", "县委副书记、县长闫书瑶", None),
        ("cr07", "冠县政府", "县长", "县委副书记、县长闫书瑶", None)], []),
    # ---- 贵州 (铜仁: 石阡县, 思南县)
    "cr:杨启胜": ("杨启胜", "official", "贵州省", [
        ("cr08", GZ_JT + "党委", "书记", "厅党委书记、厅长杨启胜到铜仁市", "DECIDED HERE: 贵州's 厅 has a 党委; named in the headline too"),
        ("cr08", GZ_JT, "厅长", "厅党委书记、厅长杨启胜到铜仁市", None)], []),
    "cr:田景松": ("田景松", "official", "贵州省", [
        ("cr08", GZ_JT + "党委", "委员", "厅党委委员、副厅长田景松", None),
        ("cr08", GZ_JT, "副厅长", "厅党委委员、副厅长田景松", None)], []),
    "cr:龙小燕": ("龙小燕", "official", "贵州省", [
        ("cr08", GZ_JJ, "组长", _C08_LONG, "驻厅 on the 贵州 厅 site (the same words as 浙江's, cr02)"),
        ("cr08", GZ_JT + "党委", "委员", _C08_LONG, None)], []),
    "cr:安宏斌": ("安宏斌", "official", "铜仁市", [
        ("cr08", "铜仁市委", "常委", "铜仁市委常委、副市长安宏斌", None),
        ("cr08", "铜仁市政府", "副市长", "铜仁市委常委、副市长安宏斌", None)], []),
    "cr:冉光华": ("冉光华", "official", "石阡县", [
        ("cr08", "石阡县委", "书记", "在石阡县，县委书记冉光华", None)], []),
    "cr:田胜涛": ("田胜涛", "official", "思南县", [
        ("cr08", "思南县委", "副书记", "在思南县，县委副书记、县长田胜涛", None),
        ("cr08", "思南县政府", "县长", "在思南县，县委副书记、县长田胜涛", None)], []),
    # ---- 吉林 (四平: 梨树县; 白城: 洮北区, 镇赉县, 洮南市)
    "cr:郑宝山": ("郑宝山", "official", "吉林省", [
        ("cr09", JL_NY + "党组", "成员", "7月13日，省农业农村厅党组成员、副厅长郑宝山", "bare 省 on the 梨树 site = 吉林; named in the headline too"),
        ("cr09", JL_NY, "副厅长", "7月13日，省农业农村厅党组成员、副厅长郑宝山", None)], []),
    "cr:韩若冰": ("韩若冰", "official", "吉林省", [
        ("cr09", JL_NY + "种植业管理处", "处长", "省农业农村厅种植业管理处处长韩若冰", "the same 处 name as 山东's (cr06, cr07)")], []),
    "cr:姜洪波": ("姜洪波", "official", "四平市", [
        ("cr09", "四平市政府", "副市长", "四平市副市长姜洪波", None)], []),
    "cr:曹立恒": ("曹立恒", "official", "梨树县", [
        ("cr09", "四平市委", "常委", "市委常委、县委书记曹立恒", "bare 市委 on a county site = the parent city"),
        ("cr09", "梨树县委", "书记", "市委常委、县委书记曹立恒", None)], []),
    "cr:隋振宇": ("隋振宇", "official", "梨树县", [
        ("cr09", "梨树县委", "副书记", "县委副书记、县长隋振宇", None),
        ("cr09", "梨树县政府", "县长", "县委副书记、县长隋振宇", None)], []),
    "cr:董彦华": ("董彦华", "official", "吉林省", [
        ("cr10", "吉林省住建厅", "二级巡视员", "省住建厅二级巡视员董彦华", "bare 省 in the 白城日报 = 吉林; the 厅 as written (省住建厅)")], []),
    "cr:杜景澄": ("杜景澄", "official", "白城市", [
        ("cr10", "白城市政府", "副市长", "副市长杜景澄陪同检查", "bare 副市长 in the 白城日报")], []),
    "cr:戴雪松": ("戴雪松", "official", "镇赉县", [
        ("cr10", "镇赉县委", "书记", "在镇赉县，县委书记戴雪松", None)], []),
    "cr:包海龙": ("包海龙", "official", "洮南市", [
        ("cr10", "洮南市委", "副书记", "在洮南市，市委副书记、市长包海龙", "after 在洮南市: the county-level city's"),
        ("cr10", "洮南市政府", "市长", "在洮南市，市委副书记、市长包海龙", None)], []),
    "cr:梁晓军#2": ("梁晓军", "official", "洮南市", [
        ("cr10", "洮南市政府", "副市长", "副市长梁晓军陪同检查", "洮南市 (吉林 白城), in the 在洮南市 sentence; not the 梁晓军 of 冠县 (山东, cr07)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cr01", "徐丹妮", "责任编辑", "editor", "责任编辑：徐丹妮"),
    ("cr02", "叶倩", "责任编辑", "editor", "责任编辑：叶倩"),
    ("cr03", "蔡思雨", "责任编辑", "editor", "责任编辑：蔡思雨"),
    ("cr04", "申晓露", "编辑", "editor", "编辑：申晓露"),
    ("cr04", "李蔚然", "审核", "editor", "审核：李蔚然"),
    ("cr05", "尹沁", "记者", "reporter", "本报讯（记者 尹沁 通讯员 刘嘉伟）"),
    ("cr05", "刘嘉伟", "通讯员", "correspondent", "本报讯（记者 尹沁 通讯员 刘嘉伟）"),
    ("cr05", "谢文博", "责任编辑", "editor", "责任编辑：谢文博"),
    ("cr06", "孟祥岳", "责任编辑", "editor", "责任编辑：孟祥岳"),
    ("cr07", "路一鸣", "编辑", "editor", "编辑：路一鸣"),
    ("cr08", "吴思源", "责任编辑", "editor", "责任编辑：吴思源"),
    ("cr09", "温晓丹", "编辑", "editor", "编辑：温晓丹"),
    ("cr10", "孙铭泽", "记者", "reporter", "本报讯（记者 孙铭泽）"),
    ("cr10", "于佳琪", "责任编辑", "editor", "责任编辑：于佳琪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cr01", "开化县“四好农村路”建设和交通重点项目推进调研", "inspection (调研)", "5月18日", None, "钱柏涛", [],
     ["俞慧琳", "应卓群", "毛建勋", "祝海平", "程启帆", "汪晓岚", "余振华"], ["余振华"], "开化县",
     "5月18日，省交通运输厅党组书记、厅长钱柏涛一行来我县调研“四好农村路”建设和交通重点项目推进工作",
     ["厅长钱柏涛一行来我县调研", "副县长余振华陪同调研", "余振华介绍了项目征迁和施工组织情况"]),
    ("cr01", "座谈会", "meeting (座谈会)", "5月18日", None, None, [],
     [], ["汪晓岚", "钱柏涛", "俞慧琳", "程启帆"], "开化县",
     "在随后召开的座谈会上，汪晓岚汇报了我县交通运输发展情况和下一步打算",
     ["汪晓岚汇报了", "钱柏涛充分肯定了", "会上，俞慧琳强调", "程启帆表示"]),
    ("cr02", "常山县交通建设项目廉洁风险监督检查", "inspection (监督检查)", "3月8日至9日", None, "俞慧琳", [],
     ["蒋晟", "郑宇航", "祝海平", "汪建新"], [], "常山县",
     "厅党组成员俞慧琳带队赴衢州市常山县，对交通重点建设项目廉洁风险防控和“四好农村路”补助资金使用情况开展监督检查",
     ["厅党组成员俞慧琳带队赴衢州市常山县", "副组长蒋晟，厅建设管理处副处长郑宇航参加检查", "副县长汪建新陪同"]),
    ("cr02", "座谈会", "meeting (座谈会)", "9日上午", None, None, [],
     [], ["汪建新", "徐卫星", "祝海平", "俞慧琳"], "常山县",
     "9日上午，检查组在常山县召开座谈会",
     ["汪建新介绍了", "县交通运输局局长徐卫星汇报了", "祝海平就全市交通建设项目", "俞慧琳在座谈会上指出"]),
    ("cr03", "邵阳市农村自建房安全专项整治和农村危房改造督导", "inspection (督导)", "8月24日至25日", None, "龙海潮", [],
     ["谭素琴", "彭旭东", "罗继平", "肖立强"], ["罗继平", "肖立强"], "隆回县、新邵县",
     "厅党组成员、副厅长龙海潮带队赴邵阳市隆回县、新邵县，督导农村自建房安全专项整治和农村危房改造工作",
     ["副厅长龙海潮带队赴邵阳市", "处长彭旭东参加督导", "厅二级巡视员谭素琴", "县长罗继平介绍了", "副县长肖立强汇报了"]),
    ("cr03", "座谈会", "meeting (座谈会)", "25日下午", None, None, [],
     ["阳春芳"], ["曾德林", "彭旭东", "龙海潮", "谭素琴"], "邵阳市",
     "25日下午，督导组在邵阳市召开座谈会",
     ["邵阳市副市长阳春芳参加座谈", "局长曾德林汇报了", "彭旭东通报了", "龙海潮在座谈会上指出", "谭素琴就做好排查数据填报"]),
    ("cr04", "省委第六巡视组巡视新邵县工作动员会", "meeting (巡视动员会)", "3月15日", "伍海波", None, [],
     ["胡静怡", "石岳川"], ["贺光明", "石岳川", "邹立诚"], "新邵县",
     "3月15日，省委第六巡视组巡视新邵县工作动员会召开",
     ["组长贺光明作动员讲话", "副组长胡静怡及巡视组全体成员出席会议", "石岳川出席会议并讲话", "邹立诚作表态发言", "县长伍海波主持会议",
      "贺光明指出", "石岳川强调", "邹立诚表示"]),
    ("cr04", "巡视组听取县委工作汇报", "meeting (汇报)", "3月15日", None, None, [],
     [], ["邹立诚"], "新邵县",
     "会后，巡视组听取了邹立诚关于县委领导班子及其成员工作情况的汇报",
     ["巡视组听取了邹立诚关于"]),
    ("cr05", "邵阳市城镇燃气安全专项整治和城镇老旧小区改造检查", "inspection (检查)", "5月20日至21日", None, "谭素琴", [],
     ["龙海潮", "罗继平", "李泽宇"], ["罗继平", "谭素琴", "龙海潮"], "邵阳市",
     "省住房和城乡建设厅二级巡视员谭素琴带领检查组来邵，对我市城镇燃气安全专项整治和城镇老旧小区改造工作进行检查",
     ["二级巡视员谭素琴带领检查组来邵", "市委常委、副市长龙海潮陪同检查", "县委书记罗继平，县委副书记、县长李泽宇陪同检查",
      "罗继平介绍了", "她指出", "龙海潮表示"]),
    ("cr06", "聊城市秋收秋种调研", "inspection (调研)", "9月27日至28日", None, "孔祥麟", [],
     ["任庆华", "贾鸿飞", "马俪文"], ["贾鸿飞", "马俪文", "孔祥麟", "任庆华"], "莘县、冠县",
     "厅种植业管理处处长孔祥麟带队赴聊城市莘县、冠县，调研秋收秋种和小麦播种准备工作",
     ["处长孔祥麟带队赴聊城市莘县、冠县", "副局长任庆华陪同调研", "副县长贾鸿飞介绍了", "副县长马俪文汇报了", "孔祥麟指出", "任庆华表示"]),
    ("cr07", "冠县“三夏”生产调研", "inspection (调研)", "6月6日", None, "孔祥麟", [],
     ["宫晓彤", "崔恩泽", "任庆华", "梁晓军", "闫书瑶"], ["闫书瑶", "孔祥麟", "宫晓彤", "梁晓军"], "冠县",
     "6月6日，省农业农村厅党组成员、副厅长孔祥麟来我县调研“三夏”生产工作",
     ["副厅长孔祥麟来我县调研“三夏”生产工作。", "县长闫书瑶陪同调研", "闫书瑶介绍了", "他指出", "宫晓彤就夏播技术指导", "梁晓军表示"]),
    ("cr08", "铜仁市石阡县、思南县交通项目建设调研", "inspection (调研)", "10月16日至17日", None, "杨启胜", [],
     ["田景松", "龙小燕", "安宏斌", "冉光华", "田胜涛"], ["冉光华", "田胜涛"], "石阡县、思南县",
     "厅党委书记、厅长杨启胜到铜仁市石阡县、思南县调研交通项目建设和“四好农村路”高质量发展工作",
     ["厅长杨启胜到铜仁市石阡县、思南县调研", "龙小燕一同调研", "副市长安宏斌陪同调研", "县委书记冉光华介绍了", "县长田胜涛汇报了"]),
    ("cr08", "座谈会", "meeting (座谈会)", "17日下午", "杨启胜", None, [],
     [], ["安宏斌", "杨启胜", "田景松", "龙小燕"], "铜仁市",
     "17日下午，杨启胜在铜仁市主持召开座谈会",
     ["杨启胜在铜仁市主持召开座谈会", "安宏斌汇报了", "杨启胜在座谈会上指出", "田景松就项目前期工作", "龙小燕强调"]),
    ("cr09", "梨树县黑土地保护利用调研", "inspection (调研)", "7月13日", None, "郑宝山", [],
     ["韩若冰", "姜洪波", "曹立恒", "隋振宇"], ["隋振宇", "郑宝山", "韩若冰", "曹立恒"], "梨树县",
     "7月13日，省农业农村厅党组成员、副厅长郑宝山率队来我县调研黑土地保护利用和玉米大豆生产工作",
     ["副厅长郑宝山率队来我县调研", "县长隋振宇陪同调研", "隋振宇介绍了", "郑宝山指出", "韩若冰就保护性耕作", "曹立恒表示"]),
    ("cr10", "白城市城镇老旧小区改造和燃气管道更新改造检查", "inspection (检查)", "8月14日至15日", None, "董彦华", [],
     ["杜景澄", "戴雪松", "包海龙", "梁晓军"], ["戴雪松", "包海龙", "董彦华", "杜景澄"], "白城市",
     "省住建厅二级巡视员董彦华带领检查组来白",
     ["二级巡视员董彦华带领检查组来白", "副市长杜景澄陪同检查", "县委书记戴雪松介绍了", "市长包海龙汇报了", "副市长梁晓军陪同检查",
      "她指出", "杜景澄表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cr01", "池淮至马金公路改建工程", "infrastructure_project", "先后来到池淮至马金公路改建工程施工现场"),
    ("cr01", "华埠镇综合客运枢纽项目", "infrastructure_project", "华埠镇综合客运枢纽项目和"),
    ("cr01", "齐溪镇钱江源旅游环线公路提升工程", "infrastructure_project", "齐溪镇钱江源旅游环线公路提升工程，实地察看"),
    ("cr02", "205国道常山段改建工程", "infrastructure_project", "先后来到205国道常山段改建工程"),
    ("cr02", "常山港航道整治工程", "infrastructure_project", "常山港航道整治工程和"),
    ("cr02", "青石镇农村公路提升项目", "infrastructure_project", "青石镇农村公路提升项目现场"),
    ("cr03", "隆回县桃洪镇老旧小区改造项目", "housing_project", "实地察看隆回县桃洪镇老旧小区改造项目"),
    ("cr03", "新邵县酿溪镇农村危房改造集中安置点", "housing_project", "新邵县酿溪镇农村危房改造集中安置点"),
    ("cr05", "双清区燃气管网改造工程", "infrastructure_project", "先后来到双清区燃气管网改造工程"),
    ("cr05", "大祥区城南片区老旧小区改造项目", "housing_project", "大祥区城南片区老旧小区改造项目"),
    ("cr05", "隆回县桃洪镇燃气管道老化更新改造工程", "infrastructure_project", "隆回县桃洪镇燃气管道老化更新改造工程现场"),
    ("cr06", "莘县燕店镇小麦良种繁育基地", "project", "莘县燕店镇小麦良种繁育基地"),
    ("cr06", "冠县柳林镇玉米大豆带状复合种植示范区", "project", "冠县柳林镇玉米大豆带状复合种植示范区"),
    ("cr07", "柳林镇万亩小麦绿色高质高效示范区", "project", "柳林镇万亩小麦绿色高质高效示范区"),
    ("cr07", "东古城镇粮食烘干中心", "project", "东古城镇粮食烘干中心"),
    ("cr08", "思南至石阡公路改扩建工程", "infrastructure_project", "先后深入思南至石阡公路改扩建工程"),
    ("cr08", "石阡县汤山街道客运枢纽站", "infrastructure_project", "石阡县汤山街道客运枢纽站"),
    ("cr08", "乌江思南港区航运码头二期工程", "infrastructure_project", "乌江思南港区航运码头二期工程建设现场"),
    ("cr09", "梨树镇黑土地保护性耕作高标准示范基地", "project", "梨树镇黑土地保护性耕作高标准示范基地"),
    ("cr09", "四棵树乡玉米全程机械化示范区", "project", "四棵树乡玉米全程机械化示范区"),
    ("cr10", "洮北区海明片区老旧小区改造项目", "housing_project", "洮北区海明片区老旧小区改造项目"),
    ("cr10", "镇赉县城区燃气管道老化更新改造工程", "infrastructure_project", "镇赉县城区燃气管道老化更新改造工程"),
    ("cr10", "洮南市洮府小区保障性租赁住房项目", "housing_project", "洮南市洮府小区保障性租赁住房项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cr01", "衢州市", "city", "in_title", "衢州市副市长毛建勋"),
    ("cr01", "池淮", "town", "in_project_name", "池淮至马金公路改建工程"),
    ("cr01", "马金", "town", "in_project_name", "池淮至马金公路改建工程"),
    ("cr01", "华埠镇", "town", "in_project_name", "华埠镇综合客运枢纽项目"),
    ("cr01", "齐溪镇", "town", "in_project_name", "齐溪镇钱江源旅游环线公路提升工程"),
    ("cr01", "钱江源", "area", "standalone", "开化地处钱江源头"),
    ("cr01", "开化", "county", "standalone", "开化地处钱江源头"),
    ("cr02", "衢州市", "city", "standalone", "带队赴衢州市常山县"),
    ("cr02", "常山县", "county", "standalone", "带队赴衢州市常山县"),
    ("cr02", "205国道", "road", "in_project_name", "205国道常山段改建工程"),
    ("cr02", "常山港", "river", "in_project_name", "常山港航道整治工程"),
    ("cr02", "青石镇", "town", "in_project_name", "青石镇农村公路提升项目"),
    ("cr03", "邵阳", "city", "standalone", "龙海潮副厅长赴邵阳督导"),
    ("cr03", "邵阳市", "city", "standalone", "带队赴邵阳市隆回县、新邵县"),
    ("cr03", "隆回县", "county", "standalone", "带队赴邵阳市隆回县、新邵县"),
    ("cr03", "新邵县", "county", "standalone", "带队赴邵阳市隆回县、新邵县"),
    ("cr03", "桃洪镇", "town", "standalone", "深入隆回县桃洪镇、新邵县酿溪镇等地"),
    ("cr03", "酿溪镇", "town", "standalone", "深入隆回县桃洪镇、新邵县酿溪镇等地"),
    ("cr04", "新邵县", "county", "standalone", "省委第六巡视组巡视新邵县工作动员会召开"),
    ("cr04", "邵阳市", "city", "in_title", _C04_SHI),
    ("cr05", "双清区", "district", "in_project_name", "双清区燃气管网改造工程"),
    ("cr05", "大祥区", "district", "in_project_name", "大祥区城南片区老旧小区改造项目"),
    ("cr05", "城南片区", "area", "in_project_name", "大祥区城南片区老旧小区改造项目"),
    ("cr05", "隆回县", "county", "standalone", "在隆回县，县委书记罗继平"),
    ("cr05", "桃洪镇", "town", "in_project_name", "隆回县桃洪镇燃气管道老化更新改造工程"),
    ("cr06", "聊城市", "city", "standalone", "带队赴聊城市莘县、冠县"),
    ("cr06", "莘县", "county", "standalone", "带队赴聊城市莘县、冠县"),
    ("cr06", "冠县", "county", "standalone", "带队赴聊城市莘县、冠县"),
    ("cr06", "燕店镇", "town", "in_project_name", "莘县燕店镇小麦良种繁育基地"),
    ("cr06", "柳林镇", "town", "in_project_name", "冠县柳林镇玉米大豆带状复合种植示范区"),
    ("cr07", "聊城市", "city", "in_title", "聊城市副市长崔恩泽"),
    ("cr07", "柳林镇", "town", "in_project_name", "柳林镇万亩小麦绿色高质高效示范区"),
    ("cr07", "东古城镇", "town", "standalone", "在东古城镇，闫书瑶介绍了"),
    ("cr07", "冠县", "county", "standalone", "孔祥麟对冠县“三夏”生产工作给予肯定"),
    ("cr08", "铜仁市", "city", "standalone", "到铜仁市石阡县、思南县调研"),
    ("cr08", "石阡县", "county", "standalone", "到铜仁市石阡县、思南县调研"),
    ("cr08", "思南县", "county", "standalone", "到铜仁市石阡县、思南县调研"),
    ("cr08", "思南", "county", "in_project_name", "思南至石阡公路改扩建工程"),
    ("cr08", "石阡", "county", "in_project_name", "思南至石阡公路改扩建工程"),
    ("cr08", "汤山街道", "sub_district_office", "in_project_name", "石阡县汤山街道客运枢纽站"),
    ("cr08", "乌江", "river", "standalone", "要用好乌江黄金水道"),
    ("cr08", "思南港区", "port", "in_project_name", "乌江思南港区航运码头二期工程"),
    ("cr08", "铜仁", "city", "standalone", "铜仁地处黔东门户"),
    ("cr08", "黔东", "region", "standalone", "铜仁地处黔东门户"),
    ("cr09", "四平市", "city", "in_title", "四平市副市长姜洪波"),
    ("cr09", "梨树镇", "town", "in_project_name", "梨树镇黑土地保护性耕作高标准示范基地"),
    ("cr09", "四棵树乡", "township", "standalone", "在四棵树乡，隋振宇介绍了"),
    ("cr09", "梨树", "county", "standalone", "梨树是“梨树模式”的发源地"),
    ("cr09", "吉林省", "province", "in_document_title", "《吉林省黑土地保护条例》"),
    ("cr09", "梨树县", "county", "standalone", "梨树县将牢记嘱托"),
    ("cr10", "洮北区", "district", "in_project_name", "洮北区海明片区老旧小区改造项目"),
    ("cr10", "海明片区", "area", "in_project_name", "洮北区海明片区老旧小区改造项目"),
    ("cr10", "镇赉县", "county", "standalone", "在镇赉县，县委书记戴雪松"),
    ("cr10", "洮南市", "county_level_city", "standalone", "在洮南市，市委副书记、市长包海龙"),
    ("cr10", "白城市", "city", "standalone", "白城市将对照检查组指出的问题"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cr", conventions="set cr (blind set: provincial departments and their officials visiting counties and cities in 浙江 (衢州: 开化县, 常山县), 湖南 (邵阳: 隆回县, 新邵县), 山东 (聊城: 莘县, 冠县), 贵州 (铜仁: 石阡县, 思南县) and 吉林 (四平: 梨树县; 白城: 镇赉县, 洮南市): bare 厅 / 厅党组 / 厅党委 on a department's site = that department of the site's province; bare 省 on a city or county page = the page's province; the department as written after the province (湖南省住房和城乡建设厅, 吉林省住建厅); a 处 inside a 厅 as written after it; ranks (二级巡视员) posts of their department; 贵州省交通运输厅党委 (党委, not 党组); the 派驻 纪检监察组 = X省纪委监委驻省交通运输厅纪检监察组 (驻厅 expanded); a 省委巡视组's 组长 / 副组长 posts of the group; 座谈会 held during a tour a meeting of its own; one line per post per article)",
          persons_note="Set cr persons. id = corpus-wide person_id (cr:梁晓军#1 冠县委书记 (山东) and cr:梁晓军#2 洮南市副市长 (吉林) are two people; cr:龙海潮 湖南省住房和城乡建设厅副厅长 2022 → 邵阳市委常委、副市长 2024; cr:罗继平 隆回县长 2022 → 县委书记 2024; cr:孔祥麟 山东省农业农村厅种植业管理处处长 2022 → 副厅长 2024; cr:任庆华 聊城市农业农村局副局长 2022 → 局长 2024)")


if __name__ == "__main__":
    main()
