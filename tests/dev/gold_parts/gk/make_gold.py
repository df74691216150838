"""Write gold part ``gk`` (a blind set: development zones and parks in depth — a 国家级新区 with a 综保区 and a 国家旅游度假区
inside it, a 高新区 run together with a district (区政合一), 高新区 with parks that have their own 管委会, an 经开区 with a
park that has its own 党工委, zone leaders who also hold city or district posts, and 高新区 / 经开区 of different cities)
from the tables below.

Pages ``tests/dev/texts/gk*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 大连 site's page on a 金普新区 党政联席（扩大）会议 (``市委常委、金普新区
党工委书记、管委会主任…主持``, ``新区干部…汇报``, ``各区（产业园区）、各部门、各街道``); a wiki page on 金州新区 (管委会 and 金州区
政府 合署办公, the 管委会 also carrying the 大连经开区 and 金石滩国家旅游度假区 boards); a 大连长兴岛 site page on a 综合保税区
筹建 专题会议 (``时间：… 作者：… 来源：党群工作部 点击：``, ``字号： 打印本页``, ``区党工委书记、管委会主任…主持召开``); a
常州 综保区 调研 page (``您当前的位置：首页>…>综保区管理办> 内容``); a 石家庄 政协 调研 page (``自贸试验区正定片区管委会主任、
综合保税区党工委书记、管委会主任、正定县委副书记…``, ``藁城区委常委、经开区党工委书记…``); the 本溪 site's ``【药都要闻】第七督导
组组长、市委副书记…带队到高新区调研督导`` page (``督导组副组长、市委秘书长…参加``, ``一区三园``, ``扫一扫在手机打开当前页``) and a
本溪 news page (``您的位置:首页 >新闻>县区动态>详细内容``, ``来源:本溪日报 发布时间:… 浏览次数: 【字体:``); a 辽宁日报 page on
the 本溪高新区 ``管委会+公司`` reform (绿色原料药产业园, 循环经济产业园, ``一区多园``); a 淄博 经开区 site page (``区党工委副书记、
管委会常务副主任…召开重点园区推进工作会议``, ``Produced By 大汉网络``); a 呼和浩特 政协 page (``金山高新区党工委书记、管委会
主任``); the 上海 佘山度假区 site (``佘山度假区党组书记、常务副主任``, footer with 备案号); an 汕头 北山湾旅游度假区 page; the
宜宾 ``两海`` 示范区 founding report (党工委、管委会、纪检监察工委 授牌); the 台州湾 集聚区 founding page (one 党工委 for a 集聚区,
a 高新技术产业园区 and a 旅游度假区); a 龙岩经开区（高新区） 体制调整 page; a 两江新区 leaders page (``市委常委…兼任两江新区党工委
书记``); a city paper's 高新区 观摩 (paper.jzrb.com: ``区党工委副书记、管委会主任…参加活动，区领导…参加``); a 郑州晚报 高新区 item. Places are
real and new to the corpus: 辽宁 大连 (金普新区 with 大窑湾综保区, 金石滩国家旅游度假区 and its streets), 辽宁 沈阳 (浑南区 /
沈阳高新区, 区政合一), 辽宁 本溪 (本溪高新区, ``中国药都``, with its parks), 宁夏 石嘴山 (石嘴山经开区 in 惠农区, 石嘴山高新区 with
大武口区).

Shapes: a 新区 site's 党政联席（扩大）会议 chaired by a 市委常委 who is 新区党工委书记, with the 综保区's own 党工委书记、管委会主任
and two street secretaries reporting (gk01); a 度假区 site's 现场办公会 with bare ``度假区`` organs and a 新区 street's secretary
(gk02); a city paper's 市长 调研 of the 新区, its 综保区 and its 度假区, and a 座谈会 after it (gk03); a 区政合一 site's 观摩
(``区委书记、沈阳高新区党工委书记``; ``区委副书记、区长，高新区管委会主任``; ``区委常委、高新区党工委委员、管委会副主任``) and
点评会 (gk04); a city site's 【药都要闻】 督导 of a 高新区 by a 督导组 (组长 / 副组长 are posts of the group), park 管委会 heads,
and the 座谈会 after it (gk05); a provincial portal's 副省长 调研 of two 高新区 of two cities on one page (gk06); a city paper's
副市长 调研 of the 区政合一 zone (gk07); a city paper's page of two articles, a 签约仪式 in the 高新区 and a 对接会 (gk08); an
经开区 site's 调度会 chaired by a 区委副书记 who is the zone's 党工委书记, with a park's own 党工委书记 (gk09); a city paper's
市长 调研 of two zones of the city, the 经开区 led by a 副市长 and the 高新区 by a 区委书记 (gk10).

Identity cases:
- gk:卢景川: 大连金普新区党工委副书记、管委会主任 in April 2022 (gk01) and July 2023 (gk02); 大连市委常委、金普新区党工委书记 in
  June 2024 (gk03).
- gk:厉永刚: 大连市委常委、金普新区党工委书记 in 2022 (gk01) → 市委常委、常务副市长 in 2024 (gk03): from the zone to the city.
- gk:鄢立伟: 大窑湾综保区党工委书记、管委会主任 in 2022 (gk01) → 金石滩国家旅游度假区党工委书记、管委会主任 in 2023 (gk02) and
  2024 (gk03): between two zones inside one 新区.
- gk:祁宏达: 浑南区委副书记、区长，沈阳高新区管委会主任 in 2021 (gk04) → 沈阳市委常委、浑南区委书记、沈阳高新区党工委书记 in
  Nov 2023 (gk06) and Mar 2024 (gk07).
- gk:庄立铭 moves between cities: 本溪高新区党工委副书记、管委会主任 in 2022 (gk05) and 2023 (gk06) → 浑南区委副书记、区长，
  沈阳高新区管委会主任 in 2024 (gk07); in 本溪 his post is taken by gk:芮明辉 (gk08).
- gk:纳振华: 惠农区委副书记、石嘴山经开区党工委书记 in 2023 (gk09) → 石嘴山副市长 and still 经开区党工委书记 in 2024 (gk10).
- two different 邬海宁 in unrelated places with look-alike titles: gk:邬海宁#1 of 本溪 (辽宁): 循环经济产业园管委会副主任 in 2022
  (gk05) → 本溪高新区党工委委员、管委会副主任 in 2024 (gk08); gk:邬海宁#2 of 石嘴山 (宁夏): 石嘴山经开区党工委委员、管委会副主任
  in 2023 (gk09).
- one organ name in several places: bare ``高新区党工委`` / ``高新区管委会`` are 沈阳's (gk04), 本溪's (gk05, gk06, gk08) and
  石嘴山's (gk10); bare ``管委会主任`` is the 新区's, the 综保区's, the 度假区's and the parks'; ``市委常委、高新区党工委书记`` is
  本溪's; ``经开区党工委书记`` is 石嘴山's.
- the same officials on several pages: gk:佟世杰 (本溪市委常委、高新区党工委书记 2022, 2023, 2024), gk:冀鹏程 (本溪市长 2023,
  2024), gk:伊海波 (沈阳副市长 2023, 2024), gk:郁文涛 (石嘴山经开区管委会主任 2023, 2024).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs where they speak; decided here where they are silent):
- DECIDED HERE (新区): a 新区's label is the city without 市 + the 新区's name as written, nothing folded: 金普新区 →
  ``大连金普新区`` (its 党工委, 管委会); a bare ``新区`` on the 金普新区 site or after 金普新区 in the city paper is that 新区.
- DECIDED HERE (zones inside a 新区): a zone of its own standing inside the 新区 takes its own city label, not the 新区's:
  大窑湾综保区 → ``大连大窑湾综保区`` (党工委, 管委会); 金石滩国家旅游度假区 → ``大连金石滩国家旅游度假区`` (党工委, 管委会), 国家旅游
  度假区 kept unfolded (CONVENTIONS folds only 经济技术开发区, 高新技术产业开发区, 综合保税区; an earlier part wrote
  武夷山国家旅游度假区管委会); bare ``度假区`` on the 度假区 site and after 在金石滩 in the paper, bare ``综保区`` after 在大窑湾综保区,
  are those zones.
- DECIDED HERE (streets of a 新区): a street the 新区 runs takes the 新区's label, as bq's 托管 towns take their zone's:
  ``董家沟街道党工委书记`` → 大连金普新区董家沟街道党工委; ``金普新区金石滩街道党工委书记`` → 大连金普新区金石滩街道党工委.
  浑南区's streets are the district's: 浑南区桃仙街道党工委 (``在桃仙街道，街道党工委书记…``: the bare 街道 is the one just named).
- 区政合一 (浑南区 / 沈阳高新区): one chain gives a line for each organ (as bq's 江门): ``区委副书记、区长，高新区管委会主任祁宏达`` →
  浑南区委 副书记, 浑南区政府 区长, 沈阳高新区管委会 主任; bare 区委 / 区长 on the 浑南区 site are 浑南区's; 浑南区 is one district
  in China (no city prefix).
- Zone leaders with city or district posts: ``市委常委、高新区党工委书记佟世杰`` → 本溪市委 常委 + 本溪高新区党工委 书记;
  ``市委常委、金普新区党工委书记`` → 大连市委 常委 + 大连金普新区党工委 书记; ``沈阳市委常委、浑南区委书记、沈阳高新区党工委书记`` →
  three lines; ``副市长、经开区党工委书记纳振华`` → 石嘴山市政府 副市长 + 石嘴山经开区党工委 书记; ``惠农区委副书记、经开区党工委
  书记`` → 惠农区委 副书记 + 石嘴山经开区党工委 书记; ``大武口区委书记、高新区党工委书记`` → 大武口区委 书记 + 石嘴山高新区党工委 书记.
- Parks with their own organs (as bq's 希望园区管委会): zone label + park as written + organ: ``在绿色原料药产业园，园区管委会主任
  蒯建新`` → 本溪高新区绿色原料药产业园管委会 主任 (bare 园区 = the park just named); ``精细化工园区党工委书记`` → 石嘴山经开区
  精细化工园区党工委 书记. The standing parks (绿色原料药产业园, 循环经济产业园, 精细化工园区, 沈阳高新区's 航空产业园, 石嘴山高新区's
  新材料产业园) are places (``zone_park``), not projects; their numbered phases and named works are projects.
- The 督导组's roles are posts of the group (CONVENTIONS): ``市委第三督导组组长、市委副书记鲍春雷`` → 本溪市委第三督导组 组长 +
  本溪市委 副书记; ``督导组副组长、市委秘书长兰素芳`` → 本溪市委第三督导组 副组长 + 本溪市委 秘书长.
- 省 / 市 bodies: ``副省长`` → 辽宁省政府; ``省科技厅厅长`` → 辽宁省科技厅 厅长; ``市政府秘书长`` → 大连市政府 秘书长; ``市科技局
  局长`` → 本溪市科技局 局长; a city named in the title (``沈阳市副市长``, ``本溪市委常委``) gives that city.
- ``等区领导`` and the 班子 / 负责同志 groups are no posts. One line per post per article.
- Events: 调研 / 调研督导 are ``inspection`` (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 指出 / 要求 / 表示 / 作了安排 speakers); the
  座谈会 after an inspection is a meeting of its own (as bs's 督导反馈会); the 观摩 is a ``site observation`` and the 点评会 after it
  a meeting (CONVENTIONS); the 党政联席会议, 现场办公会, 调度会 and 对接会 are meetings (chair when 主持); the 签约仪式 a
  ``ceremony`` (signing for the zone makes an attendee). The site visits before a 现场办公会 are part of it.
- Bylines: ``本报讯（记者 …）``, ``东北新闻网讯（记者 …）`` and ``（浑南区融媒体中心 记者 …）`` are reporter lines, ``通讯员`` a
  correspondent; 编辑 / 责任编辑 / 审核 / 校对 are editor lines; ``作者：党政办`` is an office, not a person.
- DECIDED HERE (places): a zone written bare is annotated as written, for every zone type (``高新区``, ``经开区``, and so ``新区``,
  ``度假区``, ``综保区``), kinds ``new_area`` / ``resort`` / ``bonded_zone`` / ``development_zone``; site lines, mastheads, 来源 lines,
  navigation, footers, 上一篇 / 下一篇 and 相关 links are not annotated; places inside titles, organ references and project names
  count; universities are not places; ``全市`` / ``全省`` are not.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_JP = "大连金普新区"
_DY = "大连大窑湾综保区"
_JS = "大连金石滩国家旅游度假区"
_SY = "沈阳高新区"
_BX = "本溪高新区"
_SJ = "石嘴山经开区"
_SG = "石嘴山高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gk01_jinpu.txt": (2022, "发布时间：2022-04-13 17:36", _JP, [
        ("新区召开2022年第四次党政联席（扩大）会议", "4月12日下午", "2022-04-12", "4月12日下午，市委常委",
         "新区 site: 党政联席（扩大）会议 chaired by a 市委常委 who is 新区党工委书记; the 综保区's own 党工委书记、管委会主任; two street secretaries")]),
    "gk02_jinshitan.txt": (2023, "发布日期：2023-07-06", _JS, [
        ("度假区召开暑期旅游旺季安全生产现场办公会", "7月5日", "2023-07-05", "7月5日，度假区党工委书记",
         "度假区 site: 现场办公会; the former 综保区 head now 度假区党工委书记、管委会主任; the 新区's 管委会主任; a 新区 street's secretary")]),
    "gk03_dalian.txt": (2024, "2024年6月21日　星期五", "大连市", [
        ("冉启东在金普新区调研时强调", "6月20日", "2024-06-20", "本报讯（记者 臧丽莎）6月20日",
         "city paper: the 市长's 调研 of the 新区, its 综保区 and 度假区; 座谈会; 卢景川 now 市委常委、新区党工委书记, 厉永刚 now 常务副市长")]),
    "gk04_hunnan.txt": (2021, "发布时间：2021-09-17 18:02", "浑南区", [
        ("浑南区（沈阳高新区）开展三季度重点项目观摩活动", "9月16日", "2021-09-16", "9月16日，浑南区（沈阳高新区）",
         "区政合一 site: 观摩 and 点评会; chains naming the district and the 高新区; street secretaries report")]),
    "gk05_benxi.txt": (2022, "发布时间：2022-05-27 16:20:45", _BX, [
        ("【药都要闻】市委第三督导组到高新区调研督导重点工作", "5月26日", "2022-05-26", "5月26日，市委第三督导组",
         "city site: a 督导组's 调研督导 of the 高新区 (组长 / 副组长); 市委常委、高新区党工委书记; park 管委会 heads; 座谈会")]),
    "gk06_liaoning.txt": (2023, "2023-11-09 07:55:12", "辽宁省", [
        ("盖文博在沈阳本溪调研国家高新区建设时强调", "11月7日至8日", "2023-11-07", "东北新闻网讯（记者 宿文静）11月7日至8日",
         "provincial portal: the 副省长's 调研 of 沈阳高新区 and 本溪高新区 on one page; 祁宏达 now 市委常委、区委书记")]),
    "gk07_shenyang.txt": (2024, "2024年03月15日　星期五", "浑南区", [
        ("伊海波到浑南区（沈阳高新区）调研时要求", "3月14日", "2024-03-14", "本报讯（记者 弓家乐）3月14日",
         "city paper: the 副市长's 调研 of the 区政合一 zone; 庄立铭 (from 本溪) now 区长、管委会主任")]),
    "gk08_benxi.txt": (2024, "2024年8月23日　星期五", _BX, [
        ("高新区生物医药产业项目集中签约", "8月22日", "2024-08-22", "本报讯（记者 苗润泽 通讯员 祖晓冬）8月22日",
         "city paper: 签约仪式 in the 高新区; the new 管委会主任; 邬海宁#1 now 党工委委员、管委会副主任"),
        ("全市科技成果转化对接会召开", "8月22日", "2024-08-22", "本报讯（记者 闫子墨）8月22日",
         "city paper, second article: 对接会 (副市长, 市科技局局长)")]),
    "gk09_huinong.txt": (2023, "发布日期：2023-04-19", _SJ, [
        ("经开区召开一季度重点项目建设调度会", "4月18日", "2023-04-18", "4月18日，惠农区委副书记",
         "经开区 site: 调度会 chaired by a 区委副书记 who is the zone's 党工委书记; a park's own 党工委书记; 邬海宁#2")]),
    "gk10_shizuishan.txt": (2024, "2024年10月17日　星期四", "石嘴山市", [
        ("司马晴到高新区经开区调研园区工作时指出", "10月16日", "2024-10-16", "本报讯（记者 米晓阳）10月16日",
         "city paper: the 市长's 调研 of both zones; 副市长、经开区党工委书记; 大武口区委书记、高新区党工委书记")]),
}

_G01_LI = "市委常委、金普新区党工委书记厉永刚"
_G01_LU = "新区党工委副书记、管委会主任卢景川"
_G01_BAI = "新区党工委委员、管委会副主任柏崇文"
_G01_YAN = "大窑湾综保区党工委书记、管委会主任鄢立伟"
_G02_YAN = "度假区党工委书记、管委会主任鄢立伟"
_G02_LU = "金普新区党工委副书记、管委会主任卢景川"
_G02_MIN = "度假区党工委委员、管委会副主任闵浩然"
_G03_RAN = "市委副书记、市长冉启东"
_G03_LI = "市委常委、常务副市长厉永刚"
_G03_LU = "市委常委、金普新区党工委书记卢景川"
_G03_PEI = "新区党工委副书记、管委会主任裴诗航"
_G04_YAN = "区委书记、沈阳高新区党工委书记晏知行"
_G04_QI = "区委副书记、区长，高新区管委会主任祁宏达"
_G04_DAI = "区委常委、高新区党工委委员、管委会副主任戴沐阳"
_G05_BAO = "市委第三督导组组长、市委副书记鲍春雷"
_G05_LAN = "督导组副组长、市委秘书长兰素芳"
_G05_TONG = "市委常委、高新区党工委书记佟世杰"
_G05_ZHUANG = "高新区党工委副书记、管委会主任庄立铭"
_G06_QI = "沈阳市委常委、浑南区委书记、沈阳高新区党工委书记祁宏达"
_G06_JI = "本溪市委副书记、市长冀鹏程"
_G06_TONG = "本溪市委常委、高新区党工委书记佟世杰"
_G06_ZHUANG = "本溪高新区党工委副书记、管委会主任庄立铭"
_G07_QI = "市委常委、浑南区委书记、沈阳高新区党工委书记祁宏达"
_G07_ZHUANG = "浑南区委副书记、区长，沈阳高新区管委会主任庄立铭"
_G07_GAO = "区委常委、常务副区长郜天明"
_G08_JI = "市委副书记、市长冀鹏程"
_G08_TONG = "市委常委、高新区党工委书记佟世杰"
_G08_RUI = "高新区党工委副书记、管委会主任芮明辉"
_G08_WU = "高新区党工委委员、管委会副主任邬海宁"
_G09_NA = "惠农区委副书记、经开区党工委书记纳振华"
_G09_YU = "经开区党工委副书记、管委会主任郁文涛"
_G09_WU = "党工委委员、管委会副主任邬海宁"
_G10_SIMA = "市委副书记、市长司马晴"
_G10_NA = "副市长、经开区党工委书记纳振华"
_G10_FU = "大武口区委书记、高新区党工委书记富海涛"
_G10_LU = "高新区党工委副书记、管委会主任逯长青"
_G10_YU = "经开区党工委副书记、管委会主任郁文涛"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 大连
    "gk:厉永刚": ("厉永刚", "official", "大连市", [
        ("gk01", "大连市委", "常委", _G01_LI, "2022-04; bare 市委 on the 金普新区 site = 大连市委 (identity case: 常务副市长 in 2024, gk03)"),
        ("gk01", _JP + "党工委", "书记", _G01_LI, "DECIDED HERE: 金普新区 → 大连金普新区"),
        ("gk03", "大连市委", "常委", _G03_LI, "2024-06: still 市委常委"),
        ("gk03", "大连市政府", "常务副市长", _G03_LI, "2024-06: from the 新区 to the city government")], []),
    "gk:卢景川": ("卢景川", "official", _JP, [
        ("gk01", _JP + "党工委", "副书记", _G01_LU, "2022-04; bare 新区 on the 金普新区 site"),
        ("gk01", _JP + "管委会", "主任", _G01_LU, None),
        ("gk02", _JP + "党工委", "副书记", _G02_LU, "2023-07: the same posts, on the 度假区 site"),
        ("gk02", _JP + "管委会", "主任", _G02_LU, None),
        ("gk03", "大连市委", "常委", _G03_LU, "2024-06: now 市委常委 and 新区党工委书记 (the posts 厉永刚 held in 2022)"),
        ("gk03", _JP + "党工委", "书记", _G03_LU, None)], []),
    "gk:柏崇文": ("柏崇文", "official", _JP, [
        ("gk01", _JP + "党工委", "委员", _G01_BAI, None),
        ("gk01", _JP + "管委会", "副主任", _G01_BAI, None)], []),
    "gk:鄢立伟": ("鄢立伟", "official", _JP, [
        ("gk01", _DY + "党工委", "书记", _G01_YAN, "2022-04; DECIDED HERE: a 综保区 inside the 新区 keeps its own city label (identity case: 度假区 in 2023, gk02)"),
        ("gk01", _DY + "管委会", "主任", _G01_YAN, None),
        ("gk02", _JS + "党工委", "书记", _G02_YAN, "2023-07: bare 度假区 on the 度假区 site; DECIDED HERE: 国家旅游度假区 not folded"),
        ("gk02", _JS + "管委会", "主任", _G02_YAN, None),
        ("gk03", _JS + "党工委", "书记", _G02_YAN, "2024-06: bare 度假区 after 在金石滩 in the city paper"),
        ("gk03", _JS + "管委会", "主任", _G02_YAN, None)], []),
    "gk:邰海鸥": ("邰海鸥", "official", _JP, [
        ("gk01", _JP + "董家沟街道党工委", "书记", "董家沟街道党工委书记邰海鸥", "DECIDED HERE: a street the 新区 runs takes the 新区 label")], []),
    "gk:计红英": ("计红英", "official", _JP, [
        ("gk01", _JP + "大魏家街道党工委", "书记", "大魏家街道党工委书记计红英", "the title before 邰海鸥's name is repeated for her")], []),
    "gk:闵浩然": ("闵浩然", "official", _JS, [
        ("gk02", _JS + "党工委", "委员", _G02_MIN, None),
        ("gk02", _JS + "管委会", "副主任", _G02_MIN, None)], []),
    "gk:翁德胜": ("翁德胜", "official", _JP, [
        ("gk02", _JP + "金石滩街道党工委", "书记", "金普新区金石滩街道党工委书记翁德胜", "the street is written under 金普新区")], []),
    "gk:冉启东": ("冉启东", "official", "大连市", [
        ("gk03", "大连市委", "副书记", _G03_RAN, "named in the headline too"),
        ("gk03", "大连市政府", "市长", _G03_RAN, None)], []),
    "gk:麦建业": ("麦建业", "official", "大连市", [
        ("gk03", "大连市政府", "秘书长", "市政府秘书长麦建业", None)], []),
    "gk:阚思源": ("阚思源", "official", _DY, [
        ("gk03", _DY + "管委会", "主任", "综保区管委会主任阚思源", "bare 综保区 after 在大窑湾综保区; succeeds 鄢立伟")], []),
    "gk:裴诗航": ("裴诗航", "official", _JP, [
        ("gk03", _JP + "党工委", "副书记", _G03_PEI, "succeeds 卢景川 as 管委会主任"),
        ("gk03", _JP + "管委会", "主任", _G03_PEI, None)], []),
    # ---- 沈阳 (浑南区 / 沈阳高新区)
    "gk:晏知行": ("晏知行", "official", "浑南区", [
        ("gk04", "浑南区委", "书记", _G04_YAN, "bare 区委 on the 浑南区 site"),
        ("gk04", _SY + "党工委", "书记", _G04_YAN, "区政合一: the same person heads both")], []),
    "gk:祁宏达": ("祁宏达", "official", "浑南区", [
        ("gk04", "浑南区委", "副书记", _G04_QI, "2021-09 (identity case: 市委常委、区委书记 in 2023, gk06)"),
        ("gk04", "浑南区政府", "区长", _G04_QI, None),
        ("gk04", _SY + "管委会", "主任", _G04_QI, "bare 高新区 on the 浑南区（沈阳高新区） site"),
        ("gk06", "沈阳市委", "常委", _G06_QI, "2023-11"),
        ("gk06", "浑南区委", "书记", _G06_QI, None),
        ("gk06", _SY + "党工委", "书记", _G06_QI, None),
        ("gk07", "沈阳市委", "常委", _G07_QI, "2024-03: bare 市委 in the 沈阳日报"),
        ("gk07", "浑南区委", "书记", _G07_QI, None),
        ("gk07", _SY + "党工委", "书记", _G07_QI, None)], []),
    "gk:戴沐阳": ("戴沐阳", "official", "浑南区", [
        ("gk04", "浑南区委", "常委", _G04_DAI, None),
        ("gk04", _SY + "党工委", "委员", _G04_DAI, None),
        ("gk04", _SY + "管委会", "副主任", _G04_DAI, "``等区领导`` after the chain is no post")], []),
    "gk:尚嘉禾": ("尚嘉禾", "official", "浑南区", [
        ("gk04", "浑南区桃仙街道党工委", "书记", "在桃仙街道，街道党工委书记尚嘉禾", "bare 街道 = the one just named")], []),
    "gk:窦立伟": ("窦立伟", "official", "浑南区", [
        ("gk04", "浑南区李相街道党工委", "书记", "在李相街道，街道党工委书记窦立伟", None)], []),
    "gk:伊海波": ("伊海波", "official", "沈阳市", [
        ("gk06", "沈阳市政府", "副市长", "沈阳市副市长伊海波", "2023-11"),
        ("gk07", "沈阳市政府", "副市长", "副市长伊海波", "2024-03; named in the headline too")], []),
    "gk:郜天明": ("郜天明", "official", "浑南区", [
        ("gk07", "浑南区委", "常委", _G07_GAO, "bare 区委 after 浑南区 in the 沈阳日报"),
        ("gk07", "浑南区政府", "常务副区长", _G07_GAO, None)], []),
    # ---- 本溪 and 沈阳 (a mover between the two cities)
    "gk:庄立铭": ("庄立铭", "official", "辽宁省", [
        ("gk05", _BX + "党工委", "副书记", _G05_ZHUANG, "2022-05: bare 高新区 on the 本溪 site (identity case: moves to 沈阳 in 2024, gk07)"),
        ("gk05", _BX + "管委会", "主任", _G05_ZHUANG, None),
        ("gk06", _BX + "党工委", "副书记", _G06_ZHUANG, "2023-11"),
        ("gk06", _BX + "管委会", "主任", _G06_ZHUANG, None),
        ("gk07", "浑南区委", "副书记", _G07_ZHUANG, "2024-03: now in 沈阳 (区政合一 chain)"),
        ("gk07", "浑南区政府", "区长", _G07_ZHUANG, None),
        ("gk07", _SY + "管委会", "主任", _G07_ZHUANG, None)], []),
    # ---- 本溪
    "gk:鲍春雷": ("鲍春雷", "official", "本溪市", [
        ("gk05", "本溪市委第三督导组", "组长", _G05_BAO, "a temporary group's role is a post of the group (CONVENTIONS)"),
        ("gk05", "本溪市委", "副书记", _G05_BAO, None)], []),
    "gk:兰素芳": ("兰素芳", "official", "本溪市", [
        ("gk05", "本溪市委第三督导组", "副组长", _G05_LAN, "bare 督导组 = the 第三督导组 just named"),
        ("gk05", "本溪市委", "秘书长", _G05_LAN, None)], []),
    "gk:佟世杰": ("佟世杰", "official", _BX, [
        ("gk05", "本溪市委", "常委", _G05_TONG, "2022-05: a zone leader who is a 市委常委"),
        ("gk05", _BX + "党工委", "书记", _G05_TONG, None),
        ("gk06", "本溪市委", "常委", _G06_TONG, "2023-11"),
        ("gk06", _BX + "党工委", "书记", _G06_TONG, "bare 高新区 after 本溪市委常委"),
        ("gk08", "本溪市委", "常委", _G08_TONG, "2024-08"),
        ("gk08", _BX + "党工委", "书记", _G08_TONG, None)], []),
    "gk:蒯建新": ("蒯建新", "official", _BX, [
        ("gk05", _BX + "绿色原料药产业园管委会", "主任", "园区管委会主任蒯建新", "bare 园区 after 在绿色原料药产业园; park 管委会 under the zone (as bq)")], []),
    "gk:邬海宁#1": ("邬海宁", "official", _BX, [
        ("gk05", _BX + "循环经济产业园管委会", "副主任", "园区管委会副主任邬海宁", "本溪 (辽宁), 2022; not the 邬海宁 of 石嘴山 (gk09)"),
        ("gk08", _BX + "党工委", "委员", _G08_WU, "2024-08: promoted into the zone's 党工委"),
        ("gk08", _BX + "管委会", "副主任", _G08_WU, None)], []),
    "gk:冀鹏程": ("冀鹏程", "official", "本溪市", [
        ("gk06", "本溪市委", "副书记", _G06_JI, "2023-11"),
        ("gk06", "本溪市政府", "市长", _G06_JI, None),
        ("gk08", "本溪市委", "副书记", _G08_JI, "2024-08"),
        ("gk08", "本溪市政府", "市长", _G08_JI, None)], []),
    "gk:芮明辉": ("芮明辉", "official", _BX, [
        ("gk08", _BX + "党工委", "副书记", _G08_RUI, "succeeds 庄立铭"),
        ("gk08", _BX + "管委会", "主任", _G08_RUI, None)], []),
    "gk:满春生": ("满春生", "official", "本溪市", [
        ("gk08", "本溪市政府", "副市长", "副市长满春生", None)], []),
    "gk:聂倩": ("聂倩", "official", "本溪市", [
        ("gk08", "本溪市科技局", "局长", "市科技局局长聂倩", None)], []),
    # ---- 辽宁
    "gk:盖文博": ("盖文博", "official", "辽宁省", [
        ("gk06", "辽宁省政府", "副省长", "副省长盖文博", "named in the headline too")], []),
    "gk:初明哲": ("初明哲", "official", "辽宁省", [
        ("gk06", "辽宁省科技厅", "厅长", "省科技厅厅长初明哲", None)], []),
    # ---- 石嘴山
    "gk:纳振华": ("纳振华", "official", "石嘴山市", [
        ("gk09", "惠农区委", "副书记", _G09_NA, "2023-04 (identity case: 副市长 in 2024, gk10)"),
        ("gk09", _SJ + "党工委", "书记", _G09_NA, "bare 经开区 on the 石嘴山经开区 site"),
        ("gk10", "石嘴山市政府", "副市长", _G10_NA, "2024-10: now 副市长, still the zone's 党工委书记"),
        ("gk10", _SJ + "党工委", "书记", _G10_NA, None)], []),
    "gk:郁文涛": ("郁文涛", "official", _SJ, [
        ("gk09", _SJ + "党工委", "副书记", _G09_YU, "2023-04"),
        ("gk09", _SJ + "管委会", "主任", _G09_YU, None),
        ("gk10", _SJ + "党工委", "副书记", _G10_YU, "2024-10"),
        ("gk10", _SJ + "管委会", "主任", _G10_YU, None)], []),
    "gk:邬海宁#2": ("邬海宁", "official", _SJ, [
        ("gk09", _SJ + "党工委", "委员", _G09_WU, "石嘴山 (宁夏), 2023; not the 邬海宁 of 本溪 (gk05, gk08), who holds the same titles in 2024"),
        ("gk09", _SJ + "管委会", "副主任", _G09_WU, None)], []),
    "gk:奚海洋": ("奚海洋", "official", _SJ, [
        ("gk09", _SJ + "精细化工园区党工委", "书记", "精细化工园区党工委书记奚海洋", "a park with its own 党工委 under the zone")], []),
    "gk:司马晴": ("司马晴", "official", "石嘴山市", [
        ("gk10", "石嘴山市委", "副书记", _G10_SIMA, "named in the headline too"),
        ("gk10", "石嘴山市政府", "市长", _G10_SIMA, None)], []),
    "gk:富海涛": ("富海涛", "official", "大武口区", [
        ("gk10", "大武口区委", "书记", _G10_FU, None),
        ("gk10", _SG + "党工委", "书记", _G10_FU, "bare 高新区 after 在石嘴山高新区")], []),
    "gk:逯长青": ("逯长青", "official", _SG, [
        ("gk10", _SG + "党工委", "副书记", _G10_LU, None),
        ("gk10", _SG + "管委会", "主任", _G10_LU, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gk01", "宫晓楠", "责任编辑", "editor", "责任编辑：宫晓楠"),
    ("gk02", "鞠雅文", "编辑", "editor", "编辑：鞠雅文"),
    ("gk02", "綦晓宇", "审核", "editor", "审核：綦晓宇"),
    ("gk03", "臧丽莎", "记者", "reporter", "本报讯（记者 臧丽莎）"),
    ("gk03", "温雅楠", "责任编辑", "editor", "责任编辑：温雅楠"),
    ("gk04", "修宏博", "记者", "reporter", "（浑南区融媒体中心 记者 修宏博）"),
    ("gk06", "宿文静", "记者", "reporter", "东北新闻网讯（记者 宿文静）"),
    ("gk06", "栗晓婷", "责任编辑", "editor", "【责任编辑：栗晓婷】"),
    ("gk07", "弓家乐", "记者", "reporter", "本报讯（记者 弓家乐）"),
    ("gk08", "苗润泽", "记者", "reporter", "本报讯（记者 苗润泽 通讯员 祖晓冬）"),
    ("gk08", "祖晓冬", "通讯员", "correspondent", "本报讯（记者 苗润泽 通讯员 祖晓冬）"),
    ("gk08", "闫子墨", "记者", "reporter", "本报讯（记者 闫子墨）"),
    ("gk08", "殷悦", "责任编辑", "editor", "责任编辑：殷悦"),
    ("gk09", "晁晓雯", "编辑", "editor", "编辑：晁晓雯"),
    ("gk10", "米晓阳", "记者", "reporter", "本报讯（记者 米晓阳）"),
    ("gk10", "蓝天舒", "编辑", "editor", "编辑：蓝天舒"),
    ("gk10", "马子涵", "校对", "editor", "校对：马子涵"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gk01", "新区2022年第四次党政联席（扩大）会议", "meeting (党政联席会议)", "4月12日下午", "厉永刚", None, [],
     ["卢景川", "柏崇文", "鄢立伟"], ["柏崇文", "鄢立伟", "邰海鸥", "计红英", "卢景川", "厉永刚"], None,
     "市委常委、金普新区党工委书记厉永刚主持召开新区2022年第四次党政联席（扩大）会议",
     ["金普新区党工委书记厉永刚主持召开", "主任鄢立伟出席会议", "柏崇文通报了", "鄢立伟汇报了", "党工委书记邰海鸥",
      "党工委书记计红英分别汇报了", "卢景川就二季度项目开复工", "厉永刚指出"]),
    ("gk02", "暑期旅游旺季安全生产现场办公会", "meeting (现场办公会)", "7月5日", "鄢立伟", None, [],
     ["卢景川", "闵浩然", "翁德胜"], ["闵浩然", "翁德胜", "鄢立伟", "卢景川"], "黄金海岸景区",
     "度假区党工委书记、管委会主任鄢立伟在黄金海岸景区主持召开暑期旅游旺季安全生产现场办公会",
     ["管委会主任鄢立伟在黄金海岸景区主持召开", "管委会主任卢景川出席并讲话", "街道党工委书记翁德胜参加", "闵浩然汇报了",
      "翁德胜介绍了", "鄢立伟要求", "卢景川指出"]),
    ("gk03", "金普新区开放平台建设和重点产业项目调研", "inspection (调研)", "6月20日", None, "冉启东", [],
     ["厉永刚", "卢景川", "麦建业"], ["阚思源", "鄢立伟"], "金普新区",
     "市委副书记、市长冉启东到金普新区调研开放平台建设和重点产业项目推进情况",
     ["市长冉启东到金普新区调研", "市政府秘书长麦建业参加调研", "综保区管委会主任阚思源介绍了", "管委会主任鄢立伟汇报了"]),
    ("gk03", "座谈会", "meeting (座谈会)", "6月20日", "冉启东", None, [],
     [], ["卢景川", "裴诗航", "冉启东", "厉永刚"], "金普新区",
     "随后，冉启东主持召开座谈会",
     ["冉启东主持召开座谈会", "卢景川汇报了", "管委会主任裴诗航就园区整合和要素保障作了补充发言", "冉启东指出", "厉永刚就加快项目审批"]),
    ("gk04", "三季度重点项目现场观摩活动", "site observation (观摩活动)", "9月16日", None, None, ["浑南区", "沈阳高新区"],
     ["晏知行", "祁宏达", "戴沐阳"], ["尚嘉禾", "窦立伟"], "浑南区",
     "9月16日，浑南区（沈阳高新区）开展三季度重点项目现场观摩活动",
     ["党工委书记晏知行", "管委会主任祁宏达", "管委会副主任戴沐阳等区领导参加观摩", "党工委书记尚嘉禾介绍了", "窦立伟汇报了"]),
    ("gk04", "点评会", "meeting (点评会)", "9月16日", None, None, [],
     [], ["戴沐阳", "祁宏达", "晏知行"], None,
     "观摩结束后召开点评会",
     ["戴沐阳通报了", "祁宏达就四季度项目开复工", "晏知行指出"]),
    ("gk05", "“一区三园”建设和重点项目推进调研督导", "inspection (调研督导)", "5月26日", None, "鲍春雷", ["本溪市委第三督导组"],
     ["兰素芳", "佟世杰", "庄立铭"], ["蒯建新", "邬海宁"], "本溪高新区",
     "市委第三督导组组长、市委副书记鲍春雷带队到高新区调研督导“一区三园”建设和重点项目推进工作",
     ["市委副书记鲍春雷带队到高新区调研督导", "市委秘书长兰素芳参加调研督导", "党工委书记佟世杰", "管委会主任庄立铭陪同",
      "管委会主任蒯建新介绍了", "管委会副主任邬海宁汇报了"]),
    ("gk05", "座谈会", "meeting (座谈会)", "5月26日", None, None, [],
     [], ["庄立铭", "兰素芳", "鲍春雷", "佟世杰"], "本溪高新区",
     "随后召开座谈会",
     ["庄立铭汇报了", "兰素芳要求", "鲍春雷指出", "佟世杰表示"]),
    ("gk06", "沈阳、本溪国家高新区建设和科技成果转化调研", "inspection (调研)", "11月7日至8日", None, "盖文博", [],
     ["初明哲", "伊海波", "冀鹏程", "佟世杰"], ["祁宏达", "庄立铭", "盖文博", "初明哲"], "沈阳高新区、本溪高新区",
     "副省长盖文博到沈阳、本溪两市调研国家高新区建设和科技成果转化工作",
     ["副省长盖文博到沈阳、本溪两市调研", "省科技厅厅长初明哲参加调研", "沈阳市副市长伊海波陪同调研", "党工委书记祁宏达汇报了",
      "市长冀鹏程", "高新区党工委书记佟世杰陪同调研", "管委会主任庄立铭介绍了", "盖文博指出", "初明哲就科技型中小企业培育"]),
    ("gk07", "产业园区建设和一季度“开门红”工作调研", "inspection (调研)", "3月14日", None, "伊海波", [],
     ["祁宏达", "庄立铭"], ["郜天明", "庄立铭", "祁宏达", "伊海波"], "浑南区（沈阳高新区）",
     "副市长伊海波到浑南区（沈阳高新区）调研产业园区建设和一季度“开门红”工作",
     ["副市长伊海波到浑南区（沈阳高新区）调研", "党工委书记祁宏达", "管委会主任庄立铭陪同调研", "常务副区长郜天明介绍了",
      "庄立铭汇报了", "祁宏达表示", "伊海波指出"]),
    ("gk08", "高新区2024年生物医药产业项目集中签约仪式", "ceremony (签约仪式)", "8月22日", "佟世杰", None, [],
     ["冀鹏程", "邬海宁"], ["冀鹏程", "芮明辉"], "中国药都会展中心",
     "高新区2024年生物医药产业项目集中签约仪式在中国药都会展中心举行",
     ["市长冀鹏程出席并致辞", "党工委书记佟世杰主持签约仪式", "管委会主任芮明辉介绍了", "管委会副主任邬海宁与企业代表签订了",
      "冀鹏程在致辞中表示"]),
    ("gk08", "全市科技成果转化暨校地合作对接会", "meeting (对接会)", "8月22日", "聂倩", None, [],
     ["满春生"], ["满春生"], "本溪高新区",
     "全市科技成果转化暨校地合作对接会在高新区召开",
     ["副市长满春生出席并讲话", "市科技局局长聂倩主持会议", "满春生要求"]),
    ("gk09", "经开区一季度重点项目建设调度会", "meeting (调度会)", "4月18日", "纳振华", None, [],
     ["郁文涛", "邬海宁", "奚海洋"], ["邬海宁", "奚海洋", "郁文涛", "纳振华"], None,
     "惠农区委副书记、经开区党工委书记纳振华主持召开经开区一季度重点项目建设调度会",
     ["党工委书记纳振华主持召开", "管委会主任郁文涛", "管委会副主任邬海宁", "党工委书记奚海洋出席会议", "邬海宁通报了",
      "奚海洋汇报了", "郁文涛就要素保障", "纳振华强调"]),
    ("gk10", "园区建设和四季度工业经济运行调研", "inspection (调研)", "10月16日", None, "司马晴", [],
     ["纳振华", "富海涛", "逯长青"], ["逯长青", "郁文涛", "司马晴", "纳振华"], "石嘴山高新区、石嘴山经开区",
     "市委副书记、市长司马晴到石嘴山高新区、石嘴山经开区调研园区建设和四季度工业经济运行工作",
     ["市长司马晴到石嘴山高新区、石嘴山经开区调研", "党工委书记纳振华参加调研", "党工委书记富海涛", "管委会主任逯长青陪同调研",
      "逯长青汇报了", "管委会主任郁文涛介绍了", "司马晴指出", "纳振华就园区要素保障"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gk01", "大窑湾综保区冷链查验中心二期", "infrastructure_project", "加快建设大窑湾综保区冷链查验中心二期"),
    ("gk01", "金普新区智能装备产业园二期", "industrial_park", "紧盯金普新区智能装备产业园二期"),
    ("gk01", "董家沟中心片区城市更新项目", "project", "董家沟中心片区城市更新项目等重点工程"),
    ("gk02", "金石滩滨海文旅综合体项目", "project", "金石滩滨海文旅综合体项目施工现场"),
    ("gk03", "大窑湾综保区冷链查验中心二期", "infrastructure_project", "先后来到大窑湾综保区冷链查验中心二期"),
    ("gk03", "金普新区智能装备产业园二期", "industrial_park", "金普新区智能装备产业园二期和金石滩"),
    ("gk03", "金石滩滨海文旅综合体项目", "project", "金石滩滨海文旅综合体项目现场"),
    ("gk04", "浑南科技城集成电路装备产业园", "industrial_park", "先后来到浑南科技城集成电路装备产业园"),
    ("gk04", "桃仙临空物流园二期", "logistics_hub", "桃仙临空物流园二期"),
    ("gk04", "李相街道农产品冷链加工基地", "project", "李相街道农产品冷链加工基地"),
    ("gk04", "白塔街道老旧小区改造项目", "housing_project", "白塔街道老旧小区改造项目等8个项目"),
    ("gk05", "中国药都生物医药创新中心", "project", "中国药都生物医药创新中心项目现场"),
    ("gk06", "浑南科技城集成电路装备产业园", "industrial_park", "盖文博察看了浑南科技城集成电路装备产业园"),
    ("gk06", "中国药都生物医药创新中心", "project", "绿色原料药产业园和中国药都生物医药创新中心"),
    ("gk07", "浑南科技城集成电路装备产业园二期", "industrial_park", "先后来到浑南科技城集成电路装备产业园二期"),
    ("gk07", "桃仙临空物流园二期", "logistics_hub", "桃仙临空物流园二期和沈阳高新区航空产业园"),
    ("gk08", "绿色原料药产业园二期", "industrial_park", "其中绿色原料药产业园二期"),
    ("gk08", "循环经济产业园危废资源化利用项目", "project", "循环经济产业园危废资源化利用项目计划年内开工"),
    ("gk09", "精细化工园区公共管廊二期工程", "infrastructure_project", "精细化工园区公共管廊二期工程和危化品车辆专用停车场"),
    ("gk09", "危化品车辆专用停车场", "infrastructure_project", "危化品车辆专用停车场建设情况"),
    ("gk10", "高新区科技企业孵化器二期", "project", "高新区科技企业孵化器二期"),
    ("gk10", "精细化工园区公共管廊二期工程", "infrastructure_project", "察看了精细化工园区公共管廊二期工程"),
    ("gk10", "惠农区热电联产扩建项目", "project", "惠农区热电联产扩建项目"),
    ("gk10", "园区安全风险智能化管控平台", "project", "园区安全风险智能化管控平台的运行情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gk01", "新区", "new_area", "standalone", "一季度新区主要经济指标实现平稳开局"),
    ("gk01", "金普新区", "new_area", "in_title", _G01_LI),
    ("gk01", "大窑湾综保区", "bonded_zone", "standalone", "鄢立伟汇报了大窑湾综保区保税加工"),
    ("gk01", "董家沟街道", "sub_district_office", "in_title", "董家沟街道党工委书记邰海鸥"),
    ("gk01", "大魏家街道", "sub_district_office", "in_title", "大魏家街道党工委书记计红英"),
    ("gk01", "董家沟中心片区", "area", "in_project_name", "董家沟中心片区城市更新项目等重点工程"),
    ("gk01", "金石滩国家旅游度假区", "resort", "standalone", "金石滩国家旅游度假区要提前做好旅游旺季准备"),
    ("gk02", "度假区", "resort", "standalone", "度假区各部门、金石滩街道和景区运营企业"),
    ("gk02", "黄金海岸景区", "scenic_area", "standalone", "在黄金海岸景区主持召开"),
    ("gk02", "金普新区", "new_area", "standalone", "金石滩是金普新区文旅产业的核心板块"),
    ("gk02", "金石滩街道", "sub_district_office", "standalone", "度假区各部门、金石滩街道和景区运营企业"),
    ("gk02", "黄金海岸浴场", "beach", "standalone", "实地察看了黄金海岸浴场救生点位"),
    ("gk02", "金石滩", "scenic_area", "standalone", "金石滩是金普新区文旅产业的核心板块"),
    ("gk02", "金石滩国家旅游度假区", "resort", "standalone", "暑期是金石滩国家旅游度假区客流最集中的时段"),
    ("gk03", "金普新区", "new_area", "standalone", "冉启东到金普新区调研开放平台建设"),
    ("gk03", "大窑湾综保区", "bonded_zone", "standalone", "在大窑湾综保区，综保区管委会主任阚思源"),
    ("gk03", "综保区", "bonded_zone", "in_title", "综保区管委会主任阚思源"),
    ("gk03", "金石滩", "scenic_area", "standalone", "在金石滩，度假区党工委书记"),
    ("gk03", "度假区", "resort", "in_title", _G02_YAN),
    ("gk03", "新区", "new_area", "in_title", _G03_PEI),
    ("gk03", "金石滩国家旅游度假区", "resort", "standalone", "金石滩国家旅游度假区等开放平台和功能区优势"),
    ("gk04", "浑南区", "district", "standalone", "9月16日，浑南区（沈阳高新区）开展"),
    ("gk04", "沈阳高新区", "development_zone", "standalone", "9月16日，浑南区（沈阳高新区）开展"),
    ("gk04", "高新区", "development_zone", "in_title", _G04_QI),
    ("gk04", "浑南科技城", "area", "in_project_name", "先后来到浑南科技城集成电路装备产业园"),
    ("gk04", "桃仙街道", "sub_district_office", "standalone", "在桃仙街道，街道党工委书记尚嘉禾"),
    ("gk04", "李相街道", "sub_district_office", "standalone", "在李相街道，街道党工委书记窦立伟"),
    ("gk04", "白塔街道", "sub_district_office", "in_project_name", "白塔街道老旧小区改造项目等8个项目"),
    ("gk05", "高新区", "development_zone", "standalone", "带队到高新区调研督导"),
    ("gk05", "绿色原料药产业园", "zone_park", "standalone", "在绿色原料药产业园，园区管委会主任蒯建新"),
    ("gk05", "循环经济产业园", "zone_park", "standalone", "在循环经济产业园，园区管委会副主任邬海宁"),
    ("gk05", "中国药都", "area", "in_project_name", "中国药都生物医药创新中心项目现场"),
    ("gk06", "沈阳", "city", "standalone", "到沈阳、本溪两市调研"),
    ("gk06", "本溪", "city", "standalone", "到沈阳、本溪两市调研"),
    ("gk06", "沈阳高新区", "development_zone", "standalone", "在沈阳高新区，盖文博察看了"),
    ("gk06", "浑南科技城", "area", "in_project_name", "盖文博察看了浑南科技城集成电路装备产业园"),
    ("gk06", "航空产业园", "zone_park", "standalone", "沈阳高新区航空产业园，听取企业研发投入"),
    ("gk06", "沈阳市", "city", "in_org_reference", "沈阳市副市长伊海波"),
    ("gk06", "浑南区", "district", "in_title", _G06_QI),
    ("gk06", "本溪高新区", "development_zone", "standalone", "在本溪高新区，盖文博走进"),
    ("gk06", "绿色原料药产业园", "zone_park", "standalone", "盖文博走进绿色原料药产业园"),
    ("gk06", "中国药都", "area", "in_project_name", "绿色原料药产业园和中国药都生物医药创新中心"),
    ("gk06", "本溪市", "city", "in_org_reference", _G06_JI),
    ("gk06", "高新区", "development_zone", "in_title", _G06_TONG),
    ("gk06", "辽宁", "province", "standalone", "推动高校院所科技成果在辽宁就地转化"),
    ("gk07", "浑南区", "district", "standalone", "副市长伊海波到浑南区（沈阳高新区）调研"),
    ("gk07", "沈阳高新区", "development_zone", "standalone", "副市长伊海波到浑南区（沈阳高新区）调研"),
    ("gk07", "浑南科技城", "area", "in_project_name", "先后来到浑南科技城集成电路装备产业园二期"),
    ("gk07", "航空产业园", "zone_park", "standalone", "在航空产业园，庄立铭汇报了"),
    ("gk08", "高新区", "development_zone", "standalone", "高新区2024年生物医药产业项目集中签约仪式"),
    ("gk08", "中国药都会展中心", "venue", "standalone", "在中国药都会展中心举行"),
    ("gk08", "绿色原料药产业园", "zone_park", "in_project_name", "其中绿色原料药产业园二期"),
    ("gk08", "循环经济产业园", "zone_park", "in_project_name", "循环经济产业园危废资源化利用项目计划年内开工"),
    ("gk08", "本溪", "city", "standalone", "本溪将举全市之力支持药都建设"),
    ("gk09", "惠农区", "district", "standalone", "经开区是惠农区工业经济的主战场"),
    ("gk09", "经开区", "development_zone", "standalone", "主持召开经开区一季度重点项目建设调度会"),
    ("gk09", "精细化工园区", "zone_park", "standalone", "精细化工园区要在确保安全的前提下"),
    ("gk10", "石嘴山高新区", "development_zone", "standalone", "到石嘴山高新区、石嘴山经开区调研"),
    ("gk10", "石嘴山经开区", "development_zone", "standalone", "到石嘴山高新区、石嘴山经开区调研"),
    ("gk10", "高新区", "development_zone", "standalone", "高新区和经开区是全市工业经济"),
    ("gk10", "经开区", "development_zone", "standalone", "经开区要把安全生产作为园区发展的生命线"),
    ("gk10", "新材料产业园", "zone_park", "standalone", "先后来到高新区新材料产业园"),
    ("gk10", "大武口区", "district", "in_title", _G10_FU),
    ("gk10", "精细化工园区", "zone_park", "in_project_name", "察看了精细化工园区公共管廊二期工程"),
    ("gk10", "惠农区", "district", "in_project_name", "惠农区热电联产扩建项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gk", conventions="set gk (blind set: development zones and parks in depth in 辽宁 大连 (大连金普新区 with the 大连大窑湾综保区 and the 大连金石滩国家旅游度假区 inside it, each with its own 党工委 and 管委会; streets of the 新区 take its label), 辽宁 沈阳 (浑南区 / 沈阳高新区, 区政合一: one chain gives lines for the district's and the zone's organs), 辽宁 本溪 (本溪高新区 with park 管委会: 绿色原料药产业园, 循环经济产业园; a 市委 督导组's 组长 / 副组长) and 宁夏 石嘴山 (石嘴山经开区 with the 精细化工园区's own 党工委; 石嘴山高新区): zone leaders who are 市委常委 / 副市长 / 区委书记 get a line for each post; a 新区 is labelled city without 市 + its name; a zone inside a 新区 keeps its own city label; 国家旅游度假区 is not folded; one line per post per article)",
          persons_note="Set gk persons. id = corpus-wide person_id (gk:邬海宁#1 of 本溪高新区 (辽宁) and gk:邬海宁#2 of 石嘴山经开区 (宁夏) are two people with the same titles; gk:卢景川 金普新区管委会主任 2022-2023 → 大连市委常委、新区党工委书记 2024; gk:厉永刚 市委常委、新区党工委书记 2022 → 市委常委、常务副市长 2024; gk:鄢立伟 大窑湾综保区 2022 → 金石滩度假区 2023-2024; gk:祁宏达 浑南区长 / 沈阳高新区管委会主任 2021 → 沈阳市委常委、浑南区委书记、沈阳高新区党工委书记 2023-2024; gk:庄立铭 本溪高新区管委会主任 2022-2023 → 浑南区长 / 沈阳高新区管委会主任 2024; gk:纳振华 惠农区委副书记、经开区党工委书记 2023 → 副市长、经开区党工委书记 2024)")


if __name__ == "__main__":
    main()
