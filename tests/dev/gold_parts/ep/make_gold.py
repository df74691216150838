"""Write gold part ``ep`` (a blind set: 疫情防控 pages of 2020–2022 — county and city 疫情防控指挥部 meetings and 督导,
核酸检测 and 疫苗接种 inspections, 复工复产 visits to companies) from the tables below.

Pages ``tests/dev/texts/ep*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: a 舞阳 county page of the county's 收听收看 of a 省委 疫情防控
专题会议 with ``县领导…参加收听收看`` and a ``(图文:… 审核:…)`` credit; a 高阳 county site of a 疫情防控工作调度会 (县委书记
出席并讲话, 县长 主持, a long list of 县委常委 and 副县长 after it); a 眉县 news page (``[ 作者:本站 | 发布时间:2021-12-22 |
浏览:2633次 ]``, ``县委副书记、代县长…``, ``(记者 …)``); an 安化 county page of a 疫情防控调度会 with ``信息来源: 县新冠疫情防控
指挥部办公室`` and ``责任编辑:安化疫情防控指挥部 [打印] [收藏] [纠错] [关闭]``; a 岳阳县 融媒体 page of a 市委督导组's 督导 of
疫苗接种 (``来源: / 作者: / 编辑:``); a 桃源 county page ``副县长、县新冠肺炎疫情防控指挥部副指挥长…专题督导了学校和卫生院
疫情防控工作`` (``(编辑:…)(审核:…)(签发:…)``); a 兰西 county site ``县委副书记、县长、县疫情防控指挥部总指挥…主持召开我县
24小时区域核酸检测工作会议`` with ``上一个: / 下一个:`` links and a ``备案号:黑ICP…`` footer; a 琼中 page of a 县疫情防控工作
指挥部调度会 on 疫苗接种 and 核酸采样; a 乐山 page ``市委副书记、市长、市应对新型冠状病毒肺炎疫情应急指挥部指挥长…主持召开…
指挥部第十四次会议`` with ``市领导、市应对疫情应急指挥部副指挥长…出席``; a 仪征 page ``市委副书记、代市长、市新型冠状病毒感染
的肺炎疫情防控工作指挥部总指挥…调研企业疫情防控和复工复产``; a 临武 page ``县委副书记、县长、县委新冠肺炎疫情防控工作领导小组
组长…检查企业复工复产准备工作``; the 通辽日报 第1B版 (``市委副书记、市长、市新冠肺炎疫情防控工作指挥部总指挥…视频连线``);
the 镇江日报 第01版 (a 省疫情联防联控指挥部会议 with the 市长 at the 分会场); a 郑州日报 第01版 of a 市委疫情防控专题会议; a
香港商报 page ``省委常委、武汉市委书记、市疫情防控指挥部指挥长…主持会议``; a 中山 page of a 副市长's 复工复产 visit to
companies; 宝丰 and 民权 pages of 县长 / 常务副县长 督导 of 全员核酸检测 at 采样点; a 红网 portal page (``红网时刻永州2月15日讯
(通讯员 …)``) of a 县长's 督导 of companies' 复工复产. Places are real and new to the corpus's 疫情 pages: 湖南 邵阳 (新宁县
twice: the county site in 2020 and 2022; 城步苗族自治县: its 融媒体中心; the 邵阳日报 第01版 with 邵阳经开区), 安徽 阜阳 (阜南县
site; 颍上县 twice: 颍上新闻网 and the county site; the 阜阳日报 A1版 with 阜阳经开区), 黑龙江 绥化 青冈县 (a 东北网 portal page
and the county site).

Shapes: a county site's 县长-指挥长 visit to companies and a 脐橙 project in Feb 2020 (ep01); a county 融媒体 page of a
疫情防控和疫苗接种调度会 chaired by the 县委书记-指挥长 with the 县长 as second 指挥长, the 常务副县长 as 常务副指挥长 and 县领导
named without titles (ep02); the county site of ep01 two years later: the 县委书记-指挥长's 督导 of 常态化核酸检测, the new
县长 from 城步 as second 指挥长 (ep03); a city paper's 第01版 with two articles: the 市疫情防控指挥部调度会议 (the 二十条) with a
county secretary at the 分会场, and a 副市长's 督导 of companies in the bare-named 经开区 (ep04); a county site's 县委书记-
指挥长 visit to 柳编 companies in Feb 2020 (ep05); a county news site's 县长-指挥长 督导 of 疫苗接种 points (ep06); a city
paper's A1版 with two articles: the 市疫情防控应急指挥部调度会 (the former 阜南 副县长 now 卫健委主任 and 指挥部办公室主任) and a
副市长's 复工复产 visit in 阜阳经开区 (ep07); the county site of ep06 a year later: the 县应急指挥部's 第四十二次会议 chaired
by the former 县长, now 县委书记-指挥长 (ep08); a 东北网 portal page of a 常务副县长 as 副总指挥 visiting companies in March
2020 (ep09); the county site two years later: the same man as 代县长 and 总指挥 chairing a 区域核酸检测 演练 meeting (ep10).
Every page names its 指挥部 in full once and bare later (``县指挥部``, ``县应急指挥部``, ``市指挥部``).

Identity cases:
- ep:谭卫民 moves between counties: 城步苗族自治县委常委、常务副县长、县疫情防控指挥部常务副指挥长 in Aug 2021 (ep02);
  新宁县委副书记、县长、县疫情防控指挥部指挥长 in Apr 2022 (ep03).
- ep:邓沛林: 新宁县委副书记、县长、县新冠肺炎疫情防控指挥部指挥长 in Feb 2020 (ep01) → 新宁县委书记、县疫情防控指挥部指挥长 in
  Apr 2022 (ep03) and at the 邵阳 分会场 in Nov 2022 (ep04).
- ep:刘湘云 rises in 新宁县: 副县长、副指挥长 (ep01, 2020) → 县委常委、常务副县长、常务副指挥长 (ep03, 2022).
- ep:彭家俊 moves from a county to the city: 阜南县副县长、县应急指挥部副指挥长 (ep05, Feb 2020) → 阜阳市卫生健康委党组书记、
  主任，市疫情防控应急指挥部办公室主任 (ep07, Mar 2022).
- ep:葛承志: 颍上县委副书记、县长、指挥长 (ep06, Aug 2021) → 颍上县委书记、指挥长 (ep08, May 2022; the new 县长 ep:魏书航 is the
  second 指挥长). ep:孙丽娟: 县政府党组成员、副县长 (ep06) → 县委常委、常务副县长、常务副指挥长 (ep08).
- ep:高景川: 青冈县委常委、常务副县长、指挥部副总指挥 (ep09, Mar 2020) → 县委副书记、代县长、县疫情防控指挥部总指挥 (ep10, Jan 2022).
- two different 鲁振坤 in unrelated places: ep:鲁振坤#1 is 颍上县卫生健康委主任 (安徽, ep06 and ep08); ep:鲁振坤#2 is 青冈县工业
  信息科技局局长 (黑龙江, ep09, 2020) and then 青冈县副县长、县指挥部副总指挥 (ep10, 2022).
- one organ name of several places: bare ``县疫情防控指挥部`` / ``县指挥部`` is 城步's (ep02), 新宁's (ep03) and 青冈's (ep10);
  ``县应急指挥部`` is 阜南's (ep05) and 颍上's (ep06, ep08); ``市指挥部`` is 邵阳's (ep04), ``市应急指挥部`` 阜阳's (ep07); the bare
  ``经开区`` (``经开区党工委书记``, ``经开区要…``) is 邵阳经开区 in ep04 and 阜阳经开区 in ep07; ``县委副书记、县长`` is 新宁's,
  城步's and 颍上's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts at, bs, bq where they speak; decided here where they are silent):
- DECIDED HERE (as part at decided for the 防汛抗旱指挥部): the 疫情防控指挥部 is a body of its place; its 指挥长, 常务副指挥长,
  副指挥长, 总指挥 and 副总指挥 are posts of it. org = place label + the 指挥部's name as the page writes it in full, without
  the leading 县 / 市: ``县委副书记、县长、县新冠肺炎疫情防控指挥部指挥长邓沛林`` → 新宁县委 副书记 + 新宁县政府 县长 +
  新宁县新冠肺炎疫情防控指挥部 指挥长. The names differ from year to year on one county's pages (新宁县新冠肺炎疫情防控指挥部 in
  2020, 新宁县疫情防控指挥部 in 2022; 青冈县新型冠状病毒感染的肺炎疫情防控工作指挥部 in 2020, 青冈县疫情防控指挥部 in 2022):
  kept as written, not merged (as at keeps 云和县防汛防台抗旱指挥部).
- DECIDED HERE: a bare later form of the 指挥部 (``县指挥部副指挥长``, ``县应急指挥部常务副指挥长``, ``市指挥部副指挥长``) is the
  指挥部 the same page names in full (新宁县新冠肺炎疫情防控指挥部 on ep01, 颍上县新冠肺炎疫情防控应急指挥部 on ep08, 邵阳市疫情防控
  指挥部 on ep04, 阜阳市疫情防控应急指挥部 on ep07), as a bare organ takes the page's place. Where the 县委书记 and the 县长 are both
  指挥长 (总指挥), each gets the line.
- ``…指挥部办公室主任`` → X…指挥部办公室 主任 (as part at): ep07 阜阳市疫情防控应急指挥部办公室. ``市卫生健康委党组书记、主任``
  → 阜阳市卫生健康委党组 书记 + 阜阳市卫生健康委 主任 (党组 only with 书记). ``县政府党组成员、副县长`` → 颍上县政府党组 成员 +
  颍上县政府 副县长 (parts ah, am, ao). ``代县长`` → 青冈县政府 代县长 as written (parts ab, ad). ``县委常委、组织部部长`` →
  青冈县委 常委 + 青冈县委组织部 部长. ``黄岗镇党委书记`` → 阜南县黄岗镇党委 书记.
- The zone written in full and then bare in one article: ``经开区党工委书记`` → 邵阳经开区党工委 书记 (ep04); ``阜阳经开区党工委
  副书记、管委会主任`` → 阜阳经开区党工委 副书记 + 阜阳经开区管委会 主任 (ep07). The city papers' bare ``市委`` / ``市长`` /
  ``副市长`` are the paper's city (邵阳市, 阜阳市); the county sites' bare ``县委`` / ``县长`` the county (城步 by its full name
  城步苗族自治县, as parts by, db label a 自治县).
- ``县领导杨秀梅、吴永刚`` (ep02), ``县领导唐敬之、范雨辰`` (ep08): no post (CONVENTIONS); they are attendees.
- Events: every 调研 / 督导 (of companies, 采样点, 接种点) is an ``inspection`` (leader; 陪同 are attendees; 介绍 / 汇报 / 通报 /
  指出 / 强调 / 要求 / 表示 / 作了安排 are speakers). The 指挥部 会议 / 调度会 / 部署会议 are meetings (chair when 主持; 出席 /
  参加 attendees). The organizer is the 指挥部 only when the text says the 指挥部 召开 it (ep04, ep07, ep08, as part at); a
  headline ``我县召开`` gives the county (ep02, ep10). DECIDED HERE: a leader who takes part at a county 分会场 of a city's
  video meeting is an attendee of it (ep04: 邓沛林). The 上级 meetings whose 精神 is relayed and the planned 区域核酸检测实战演练
  are not events.
- DECIDED HERE: companies (湘崀食品有限公司 …), 采样点, 接种点, 查验点, hospitals, 车站 and 隔离点 are neither places nor projects;
  works named as under construction are projects: 产业园 (…二期 / 一期) ``industrial_park``; a 冷链物流中心 ``logistics_hub``; a
  饮水安全 work and a 方舱医院 ``infrastructure_project``; a 发热门诊改扩建项目 and a 养殖场扩建项目 ``project``. The slogan
  ``15分钟核酸采样圈`` is no project.
- Places: one line per name per file as written; towns, a named 社区 (DECIDED HERE kind ``community``), the 崀山景区 (kind
  ``scenic_area``), zones written in full and bare (both names, CONVENTIONS), counties inside titles and project names.
  DECIDED HERE: the portal's dateline place (``东北网绥化3月5日讯``) counts, as part bt counts ``本报石河子1月10日讯``. Site lines,
  navigation, mastheads, 来源 lines, related-article lists, 上一篇 / 下一篇 links and footers are not annotated.
- Bylines: ``（记者 … 通讯员 …）`` and ``本报讯（记者 …）`` are reporter / correspondent lines; a bare media-centre credit
  (``（县融媒体中心 侯晓川）``) is an author line; 编辑 / 责任编辑 / 初审 / 终审 / 审核 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XN, CB, SY = "新宁县", "城步苗族自治县", "邵阳市"
FN, YS, FY = "阜南县", "颍上县", "阜阳市"
QG = "青冈县"

# 指挥部 names as written in full on each page
_XN20 = XN + "新冠肺炎疫情防控指挥部"
_XN22 = XN + "疫情防控指挥部"
_CB = CB + "疫情防控指挥部"
_SY = SY + "疫情防控指挥部"
_FN = FN + "新冠肺炎疫情防控应急指挥部"
_YS = YS + "新冠肺炎疫情防控应急指挥部"
_FY = FY + "疫情防控应急指挥部"
_QG20 = QG + "新型冠状病毒感染的肺炎疫情防控工作指挥部"
_QG22 = QG + "疫情防控指挥部"
_SYZ = "邵阳经开区"
_FYZ = "阜阳经开区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ep01_xinning.txt": (2020, "发布时间：2020-02-19 17:36", XN, [
        ("邓沛林深入企业调研复工复产和疫情防控工作", "2月18日", "2020-02-18", "2月18日，县委副书记",
         "county site: the 县长-指挥长's 复工复产 visit to two companies and a 脐橙 project; 副县长 as 副指挥长 (bare 县指挥部)")]),
    "ep02_chengbu.txt": (2021, "时间：2021-08-06 09:15", CB, [
        ("我县召开疫情防控和疫苗接种工作调度会", "8月5日晚", "2021-08-05", "8月5日晚，县委书记",
         "county 融媒体 page: 调度会 chaired by the 县委书记-指挥长; 县长 second 指挥长; 常务副县长 常务副指挥长; 县领导 without titles")]),
    "ep03_xinning.txt": (2022, "发布时间：2022-04-14 18:20", XN, [
        ("邓沛林督导常态化核酸检测和重点场所疫情防控工作", "4月13日", "2022-04-13", "4月13日，县委书记",
         "county site: the 县委书记-指挥长's 督导 of 核酸采样点 and 景区; the new 县长 (from 城步) as 指挥长; 常务副县长")]),
    "ep04_shaoyang.txt": (2022, "2022年11月12日　星期六", SY, [
        ("市疫情防控指挥部召开调度会议", "11月11日晚", "2022-11-11", "本报讯（记者 贺雨晴）11月11日晚",
         "city paper 第01版: 市疫情防控指挥部调度会议 (二十条); 市委书记 and 市长 both 指挥长; a county secretary at the 分会场"),
        ("钟丽华到邵阳经开区督导企业疫情防控和稳产保供工作", "11月10日", "2022-11-10", "本报讯（记者 钱晓鸥 通讯员 粟雨桐）11月10日",
         "city paper: a 副市长's 督导 of companies in 邵阳经开区 (then bare 经开区党工委书记)")]),
    "ep05_funan.txt": (2020, "发布时间：2020-02-24 18:02", FN, [
        ("韩立东督导企业复工复产和疫情防控工作", "2月23日", "2020-02-23", "2月23日，县委书记",
         "county site: the 县委书记-指挥长's 复工复产 督导 of 柳编 companies; 副县长 as 副指挥长 (bare 县应急指挥部); a 镇党委书记")]),
    "ep06_yingshang.txt": (2021, "2021-08-12 10:26:41", YS, [
        ("葛承志督导新冠病毒疫苗接种和疫情防控工作", "8月11日", "2021-08-11", "8月11日，县委副书记",
         "county news site: the 县长-指挥长's 督导 of 疫苗接种 points; 县政府党组成员、副县长; 卫生健康委主任 (鲁振坤#1)")]),
    "ep07_fuyang.txt": (2022, "2022年3月24日　星期四", FY, [
        ("市疫情防控应急指挥部召开调度会", "3月23日下午", "2022-03-23", "本报讯（记者 祝凌峰）3月23日下午",
         "city paper A1版: 市疫情防控应急指挥部调度会; 卫健委主任 and 指挥部办公室主任 (the former 阜南 副县长) 通报"),
        ("尹书剑到阜阳经开区调研企业复工复产", "3月22日", "2022-03-22", "本报讯（记者 秦雪莹）3月22日",
         "city paper: a 副市长's 复工复产 visit in 阜阳经开区 (党工委副书记、管委会主任)")]),
    "ep08_yingshang.txt": (2022, "发布时间：2022-05-17 16:48", YS, [
        ("县疫情防控应急指挥部召开第四十二次会议", "5月16日晚", "2022-05-16", "5月16日晚，县委书记",
         "county site: 县应急指挥部 meeting chaired by the former 县长, now 县委书记-指挥长; new 县长 指挥长; 方舱医院")]),
    "ep09_qinggang.txt": (2020, "2020-03-05 15:42:10", QG, [
        ("青冈县领导深入企业调研复工复产工作", "3月4日", "2020-03-04", "东北网绥化3月5日讯（通讯员 覃海鸥）3月4日",
         "portal page: the 常务副县长 as 指挥部副总指挥 visits companies; 工业信息科技局局长 (鲁振坤#2)")]),
    "ep10_qinggang.txt": (2022, "发布时间：2022-01-21 09:33", QG, [
        ("我县召开区域核酸检测实战演练工作部署会议", "1月20日上午", "2022-01-20", "1月20日上午，县委副书记",
         "county site: 代县长-总指挥 chairs; 县委书记 总指挥; 鲁振坤#2 now 副县长、副总指挥; 组织部部长")]),
}

_E01_DENG = "县委副书记、县长、县新冠肺炎疫情防控指挥部指挥长邓沛林"
_E01_LIU = "副县长、县指挥部副指挥长刘湘云"
_E02_LONG = "县委书记、县疫情防控指挥部指挥长龙运涛"
_E02_LAN = "县委副书记、县长、县疫情防控指挥部指挥长蓝春燕"
_E02_TAN = "县委常委、常务副县长、县指挥部常务副指挥长谭卫民"
_E02_DAI = "副县长、县指挥部副指挥长戴丽萍"
_E03_DENG = "县委书记、县疫情防控指挥部指挥长邓沛林"
_E03_TAN = "县委副书记、县长、县疫情防控指挥部指挥长谭卫民"
_E03_LIU = "县委常委、常务副县长、县指挥部常务副指挥长刘湘云"
_E04_YAN = "市委书记、市疫情防控指挥部指挥长严华清"
_E04_ZHENG = "市委副书记、市长、市疫情防控指挥部指挥长郑思明"
_E04_LU = "市委常委、常务副市长、市疫情防控指挥部常务副指挥长陆永康"
_E04_ZHONG = "副市长、市指挥部副指挥长钟丽华"
_E04_ZENG = "市卫生健康委党组书记、主任曾启航"
_E05_HAN = "县委书记、县新冠肺炎疫情防控应急指挥部指挥长韩立东"
_E05_PENG = "副县长、县应急指挥部副指挥长彭家俊"
_E06_GE = "县委副书记、县长、县新冠肺炎疫情防控应急指挥部指挥长葛承志"
_E06_SUN = "县政府党组成员、副县长孙丽娟"
_E07_LV = "市委书记、市疫情防控应急指挥部指挥长吕守诚"
_E07_SHEN = "市委副书记、市长、市疫情防控应急指挥部指挥长沈岚"
_E07_YIN = "副市长、市应急指挥部副指挥长尹书剑"
_E07_PENG = "市卫生健康委党组书记、主任，市疫情防控应急指挥部办公室主任彭家俊"
_E07_TAI = "阜阳经开区党工委副书记、管委会主任邰春雷"
_E08_GE = "县委书记、县新冠肺炎疫情防控应急指挥部指挥长葛承志"
_E08_WEI = "县委副书记、县长、县应急指挥部指挥长魏书航"
_E08_SUN = "县委常委、常务副县长、县应急指挥部常务副指挥长孙丽娟"
_E09_GAO = "青冈县委常委、常务副县长、县新型冠状病毒感染的肺炎疫情防控工作指挥部副总指挥高景川"
_E10_GAO = "县委副书记、代县长、县疫情防控指挥部总指挥高景川"
_E10_FU = "县委书记、县疫情防控指挥部总指挥付启明"
_E10_LU = "副县长、县指挥部副总指挥鲁振坤"
_E10_TONG = "县委常委、组织部部长佟立华"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 邵阳: 新宁县, 城步苗族自治县, 邵阳市
    "ep:邓沛林": ("邓沛林", "official", XN, [
        ("ep01", XN + "委", "副书记", _E01_DENG, "2020-02; named in the headline too (identity case: 县委书记 in 2022, ep03)"),
        ("ep01", XN + "政府", "县长", _E01_DENG, None),
        ("ep01", _XN20, "指挥长", _E01_DENG, "DECIDED HERE: 指挥长 is a post of the 指挥部, named as written in full"),
        ("ep03", XN + "委", "书记", _E03_DENG, "2022-04: now 县委书记; named in the headline too"),
        ("ep03", _XN22, "指挥长", _E03_DENG, "the 2022 page writes the 指挥部 without 新冠肺炎: kept as written"),
        ("ep04", XN + "委", "书记", "新宁县委书记邓沛林", "2022-11: at the 新宁 分会场 of the 邵阳 meeting")], []),
    "ep:刘湘云": ("刘湘云", "official", XN, [
        ("ep01", XN + "政府", "副县长", _E01_LIU, "2020-02 (identity case: 常务副县长 in 2022, ep03)"),
        ("ep01", _XN20, "副指挥长", _E01_LIU, "DECIDED HERE: bare 县指挥部 = the 指挥部 the page names in full"),
        ("ep03", XN + "委", "常委", _E03_LIU, "2022-04: now 县委常委、常务副县长"),
        ("ep03", XN + "政府", "常务副县长", _E03_LIU, None),
        ("ep03", _XN22, "常务副指挥长", _E03_LIU, "bare 县指挥部")], []),
    "ep:蒋晓峰": ("蒋晓峰", "official", XN, [
        ("ep01", XN + "工业和信息化局", "局长", "县工业和信息化局局长蒋晓峰", None)], []),
    "ep:欧阳晓勤": ("欧阳晓勤", "official", XN, [
        ("ep03", XN + "卫生健康局", "局长", "县卫生健康局局长欧阳晓勤", "compound surname 欧阳")], []),
    "ep:龙运涛": ("龙运涛", "official", CB, [
        ("ep02", CB + "委", "书记", _E02_LONG, "bare 县委 on the 城步 融媒体 page; the 自治县's full name"),
        ("ep02", _CB, "指挥长", _E02_LONG, None)], []),
    "ep:蓝春燕": ("蓝春燕", "official", CB, [
        ("ep02", CB + "委", "副书记", _E02_LAN, None),
        ("ep02", CB + "政府", "县长", _E02_LAN, None),
        ("ep02", _CB, "指挥长", _E02_LAN, "the 县委书记 and the 县长 are both 指挥长")], []),
    "ep:谭卫民": ("谭卫民", "official", CB, [
        ("ep02", CB + "委", "常委", _E02_TAN, "2021-08: 城步 (identity case: 新宁县长 in 2022, ep03)"),
        ("ep02", CB + "政府", "常务副县长", _E02_TAN, None),
        ("ep02", _CB, "常务副指挥长", _E02_TAN, "bare 县指挥部"),
        ("ep03", XN + "委", "副书记", _E03_TAN, "2022-04: now 新宁县委副书记、县长 (bare 县委 on the 新宁 site)"),
        ("ep03", XN + "政府", "县长", _E03_TAN, None),
        ("ep03", _XN22, "指挥长", _E03_TAN, None)], []),
    "ep:戴丽萍": ("戴丽萍", "official", CB, [
        ("ep02", CB + "政府", "副县长", _E02_DAI, None),
        ("ep02", _CB, "副指挥长", _E02_DAI, "bare 县指挥部")], []),
    "ep:杨秀梅": ("杨秀梅", "official", CB, [], ["ep02"]),
    "ep:吴永刚": ("吴永刚", "official", CB, [], ["ep02"]),
    "ep:严华清": ("严华清", "official", SY, [
        ("ep04", SY + "委", "书记", _E04_YAN, None),
        ("ep04", _SY, "指挥长", _E04_YAN, None)], []),
    "ep:郑思明": ("郑思明", "official", SY, [
        ("ep04", SY + "委", "副书记", _E04_ZHENG, None),
        ("ep04", SY + "政府", "市长", _E04_ZHENG, None),
        ("ep04", _SY, "指挥长", _E04_ZHENG, None)], []),
    "ep:陆永康": ("陆永康", "official", SY, [
        ("ep04", SY + "委", "常委", _E04_LU, None),
        ("ep04", SY + "政府", "常务副市长", _E04_LU, None),
        ("ep04", _SY, "常务副指挥长", _E04_LU, None)], []),
    "ep:钟丽华": ("钟丽华", "official", SY, [
        ("ep04", SY + "政府", "副市长", _E04_ZHONG, "article 1"),
        ("ep04", _SY, "副指挥长", _E04_ZHONG, "bare 市指挥部 = 邵阳市疫情防控指挥部"),
        ("ep04", SY + "政府", "副市长", "副市长钟丽华到邵阳经开区", "article 2; named in its headline too")], []),
    "ep:曾启航": ("曾启航", "official", SY, [
        ("ep04", SY + "卫生健康委党组", "书记", _E04_ZENG, None),
        ("ep04", SY + "卫生健康委", "主任", _E04_ZENG, None)], []),
    "ep:石建峰": ("石建峰", "official", _SYZ, [
        ("ep04", _SYZ + "党工委", "书记", "经开区党工委书记石建峰", "bare 经开区 after 邵阳经开区 in the same article")], []),
    # ---- 阜阳: 阜南县, 颍上县, 阜阳市
    "ep:韩立东": ("韩立东", "official", FN, [
        ("ep05", FN + "委", "书记", _E05_HAN, "named in the headline too"),
        ("ep05", _FN, "指挥长", _E05_HAN, None)], []),
    "ep:彭家俊": ("彭家俊", "official", FN, [
        ("ep05", FN + "政府", "副县长", _E05_PENG, "2020-02 (identity case: 阜阳市卫生健康委主任 in 2022, ep07)"),
        ("ep05", _FN, "副指挥长", _E05_PENG, "bare 县应急指挥部 = 阜南县新冠肺炎疫情防控应急指挥部"),
        ("ep07", FY + "卫生健康委党组", "书记", _E07_PENG, "2022-03: now in the city"),
        ("ep07", FY + "卫生健康委", "主任", _E07_PENG, None),
        ("ep07", _FY + "办公室", "主任", _E07_PENG, "the 指挥部's office (as part at)")], []),
    "ep:许明浩": ("许明浩", "official", FN, [
        ("ep05", FN + "黄岗镇党委", "书记", "黄岗镇党委书记许明浩", None)], []),
    "ep:葛承志": ("葛承志", "official", YS, [
        ("ep06", YS + "委", "副书记", _E06_GE, "2021-08; named in the headline too (identity case: 县委书记 in 2022, ep08)"),
        ("ep06", YS + "政府", "县长", _E06_GE, None),
        ("ep06", _YS, "指挥长", _E06_GE, None),
        ("ep08", YS + "委", "书记", _E08_GE, "2022-05: now 县委书记"),
        ("ep08", _YS, "指挥长", _E08_GE, None)], []),
    "ep:孙丽娟": ("孙丽娟", "official", YS, [
        ("ep06", YS + "政府党组", "成员", _E06_SUN, "2021-08: 党组成员 is a post of the 党组 (parts ah, am)"),
        ("ep06", YS + "政府", "副县长", _E06_SUN, None),
        ("ep08", YS + "委", "常委", _E08_SUN, "2022-05: now 县委常委、常务副县长"),
        ("ep08", YS + "政府", "常务副县长", _E08_SUN, None),
        ("ep08", _YS, "常务副指挥长", _E08_SUN, "bare 县应急指挥部")], []),
    "ep:鲁振坤#1": ("鲁振坤", "official", YS, [
        ("ep06", YS + "卫生健康委", "主任", "县卫生健康委主任鲁振坤", "颍上 (安徽); not the 鲁振坤 of 青冈县 (ep09, ep10)"),
        ("ep08", YS + "卫生健康委", "主任", "县卫生健康委主任鲁振坤", "2022-05: the same post")], []),
    "ep:魏书航": ("魏书航", "official", YS, [
        ("ep08", YS + "委", "副书记", _E08_WEI, "葛承志's successor as 县长"),
        ("ep08", YS + "政府", "县长", _E08_WEI, None),
        ("ep08", _YS, "指挥长", _E08_WEI, "bare 县应急指挥部")], []),
    "ep:唐敬之": ("唐敬之", "official", YS, [], ["ep08"]),
    "ep:范雨辰": ("范雨辰", "official", YS, [], ["ep08"]),
    "ep:吕守诚": ("吕守诚", "official", FY, [
        ("ep07", FY + "委", "书记", _E07_LV, None),
        ("ep07", _FY, "指挥长", _E07_LV, None)], []),
    "ep:沈岚": ("沈岚", "official", FY, [
        ("ep07", FY + "委", "副书记", _E07_SHEN, None),
        ("ep07", FY + "政府", "市长", _E07_SHEN, None),
        ("ep07", _FY, "指挥长", _E07_SHEN, None)], []),
    "ep:尹书剑": ("尹书剑", "official", FY, [
        ("ep07", FY + "政府", "副市长", _E07_YIN, "article 1"),
        ("ep07", _FY, "副指挥长", _E07_YIN, "bare 市应急指挥部"),
        ("ep07", FY + "政府", "副市长", "副市长尹书剑到阜阳经开区", "article 2; named in its headline too")], []),
    "ep:邰春雷": ("邰春雷", "official", _FYZ, [
        ("ep07", _FYZ + "党工委", "副书记", _E07_TAI, None),
        ("ep07", _FYZ + "管委会", "主任", _E07_TAI, None)], []),
    # ---- 绥化: 青冈县
    "ep:高景川": ("高景川", "official", QG, [
        ("ep09", QG + "委", "常委", _E09_GAO, "2020-03 (identity case: 代县长 in 2022, ep10)"),
        ("ep09", QG + "政府", "常务副县长", _E09_GAO, None),
        ("ep09", _QG20, "副总指挥", _E09_GAO, "the early-2020 name of the 指挥部, as written"),
        ("ep10", QG + "委", "副书记", _E10_GAO, "2022-01"),
        ("ep10", QG + "政府", "代县长", _E10_GAO, "代县长 as written (parts ab, ad)"),
        ("ep10", _QG22, "总指挥", _E10_GAO, None)], []),
    "ep:鲁振坤#2": ("鲁振坤", "official", QG, [
        ("ep09", QG + "工业信息科技局", "局长", "县工业信息科技局局长鲁振坤", "青冈 (黑龙江), 2020; not the 鲁振坤 of 颍上县 (ep06, ep08)"),
        ("ep10", QG + "政府", "副县长", _E10_LU, "2022-01: now 副县长"),
        ("ep10", _QG22, "副总指挥", _E10_LU, "bare 县指挥部")], []),
    "ep:付启明": ("付启明", "official", QG, [
        ("ep10", QG + "委", "书记", _E10_FU, None),
        ("ep10", _QG22, "总指挥", _E10_FU, "the 县委书记 and the 代县长 are both 总指挥")], []),
    "ep:佟立华": ("佟立华", "official", QG, [
        ("ep10", QG + "委", "常委", _E10_TONG, None),
        ("ep10", QG + "委组织部", "部长", _E10_TONG, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ep01", "阳晓薇", "责任编辑", "editor", "责任编辑：阳晓薇"),
    ("ep02", "肖婉清", "记者", "reporter", "（记者 肖婉清 通讯员 蓝晓波）"),
    ("ep02", "蓝晓波", "通讯员", "correspondent", "（记者 肖婉清 通讯员 蓝晓波）"),
    ("ep02", "唐慧敏", "编辑", "editor", "编辑：唐慧敏"),
    ("ep02", "朱宏远", "初审", "editor", "初审：朱宏远"),
    ("ep02", "黎嘉怡", "终审", "editor", "终审：黎嘉怡"),
    ("ep03", "阳晓薇", "责任编辑", "editor", "责任编辑：阳晓薇"),
    ("ep04", "贺雨晴", "记者", "reporter", "本报讯（记者 贺雨晴）"),
    ("ep04", "钱晓鸥", "记者", "reporter", "本报讯（记者 钱晓鸥 通讯员 粟雨桐）"),
    ("ep04", "粟雨桐", "通讯员", "correspondent", "本报讯（记者 钱晓鸥 通讯员 粟雨桐）"),
    ("ep04", "管文静", "责任编辑", "editor", "责任编辑：管文静"),
    ("ep05", "侯晓川", "供稿", "author", "（县融媒体中心 侯晓川）"),
    ("ep05", "于桂芝", "责任编辑", "editor", "责任编辑：于桂芝"),
    ("ep06", "韦嘉琳", "记者", "reporter", "（颍上县融媒体中心 记者 韦嘉琳）"),
    ("ep06", "程燕妮", "编辑", "editor", "编辑：程燕妮"),
    ("ep06", "马文轩", "审核", "editor", "审核：马文轩"),
    ("ep07", "祝凌峰", "记者", "reporter", "本报讯（记者 祝凌峰）"),
    ("ep07", "秦雪莹", "记者", "reporter", "本报讯（记者 秦雪莹）"),
    ("ep07", "姚丹阳", "责任编辑", "editor", "责任编辑：姚丹阳"),
    ("ep08", "宫雪娇", "责任编辑", "editor", "责任编辑：宫雪娇"),
    ("ep09", "覃海鸥", "通讯员", "correspondent", "东北网绥化3月5日讯（通讯员 覃海鸥）"),
    ("ep09", "庞立伟", "责任编辑", "editor", "责任编辑：庞立伟"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ep01", "企业复工复产和疫情防控调研", "inspection (调研)", "2月18日", None, "邓沛林", [],
     ["刘湘云", "蒋晓峰"], ["蒋晓峰", "刘湘云", "邓沛林"], "金石镇、回龙寺镇",
     "县新冠肺炎疫情防控指挥部指挥长邓沛林深入金石镇、回龙寺镇，调研企业复工复产和疫情防控工作",
     ["指挥长邓沛林深入金石镇、回龙寺镇", "副指挥长刘湘云，县工业和信息化局局长蒋晓峰陪同调研", "蒋晓峰介绍了", "刘湘云汇报了",
      "邓沛林指出"]),
    ("ep02", "全县疫情防控和疫苗接种工作调度会", "meeting (调度会)", "8月5日晚", "龙运涛", None, [CB],
     ["蓝春燕", "杨秀梅", "吴永刚"], ["谭卫民", "戴丽萍", "龙运涛", "蓝春燕"], None,
     "指挥长龙运涛主持召开全县疫情防控和疫苗接种工作调度会",
     ["指挥长龙运涛主持召开", "指挥长蓝春燕出席会议并讲话", "县领导杨秀梅、吴永刚参加会议", "常务副指挥长谭卫民通报了",
      "副指挥长戴丽萍就学校秋季开学疫情防控准备工作作了安排", "龙运涛强调", "蓝春燕要求"]),
    ("ep03", "常态化核酸检测和重点场所疫情防控督导", "inspection (督导)", "4月13日", None, "邓沛林", [],
     ["谭卫民", "刘湘云", "欧阳晓勤"], ["欧阳晓勤", "邓沛林", "谭卫民", "刘湘云"], XN,
     "县疫情防控指挥部指挥长邓沛林带队督导全县常态化核酸检测和重点场所疫情防控工作",
     ["指挥长邓沛林带队督导", "指挥长谭卫民，", "常务副指挥长刘湘云，", "局长欧阳晓勤陪同督导", "欧阳晓勤介绍了", "邓沛林强调",
      "谭卫民要求", "刘湘云就假期景区疫情防控和应急演练作了安排"]),
    ("ep04", "市疫情防控指挥部调度会议", "meeting (调度会议)", "11月11日晚", "严华清", None, [_SY],
     ["陆永康", "钟丽华", "邓沛林"], ["曾启航", "严华清", "郑思明"], None,
     "11月11日晚，市疫情防控指挥部召开调度会议",
     ["指挥长严华清主持会议并讲话", "指挥长郑思明作具体部署", "常务副指挥长陆永康，", "副指挥长钟丽华出席会议", "主任曾启航通报了",
      "新宁县委书记邓沛林等在分会场参加会议", "严华清强调", "郑思明要求"]),
    ("ep04", "邵阳经开区企业疫情防控和稳产保供督导", "inspection (督导)", "11月10日", None, "钟丽华", [],
     ["石建峰"], ["石建峰", "钟丽华"], _SYZ,
     "副市长钟丽华到邵阳经开区督导重点企业疫情防控和稳产保供工作",
     ["副市长钟丽华到邵阳经开区督导", "经开区党工委书记石建峰陪同", "石建峰介绍了", "钟丽华要求"]),
    ("ep05", "企业复工复产和疫情防控督导", "inspection (督导)", "2月23日", None, "韩立东", [],
     ["彭家俊", "许明浩"], ["许明浩", "彭家俊", "韩立东"], "黄岗镇、方集镇",
     "县新冠肺炎疫情防控应急指挥部指挥长韩立东深入黄岗镇、方集镇，督导企业复工复产和疫情防控工作",
     ["指挥长韩立东深入黄岗镇、方集镇", "副指挥长彭家俊，黄岗镇党委书记许明浩陪同督导", "许明浩介绍了", "彭家俊汇报了", "韩立东要求"]),
    ("ep06", "新冠病毒疫苗接种和疫情防控督导", "inspection (督导)", "8月11日", None, "葛承志", [],
     ["孙丽娟", "鲁振坤"], ["鲁振坤", "葛承志", "孙丽娟"], "慎城镇、江店孜镇",
     "县新冠肺炎疫情防控应急指挥部指挥长葛承志深入慎城镇、江店孜镇，督导新冠病毒疫苗接种和疫情防控工作",
     ["指挥长葛承志深入慎城镇、江店孜镇", "副县长孙丽娟，县卫生健康委主任鲁振坤陪同督导", "鲁振坤介绍", "葛承志强调", "孙丽娟表示"]),
    ("ep07", "市疫情防控应急指挥部调度会", "meeting (调度会)", "3月23日下午", "吕守诚", None, [_FY],
     ["尹书剑"], ["彭家俊", "吕守诚", "沈岚"], None,
     "3月23日下午，市疫情防控应急指挥部召开调度会",
     ["指挥长吕守诚主持会议并讲话", "指挥长沈岚作具体部署", "副指挥长尹书剑出席会议", "办公室主任彭家俊通报了", "吕守诚指出", "沈岚要求"]),
    ("ep07", "阜阳经开区重点企业疫情防控和复工复产调研", "inspection (调研)", "3月22日", None, "尹书剑", [],
     ["邰春雷"], ["邰春雷", "尹书剑"], _FYZ,
     "副市长尹书剑到阜阳经开区调研重点企业疫情防控和复工复产工作",
     ["副市长尹书剑到阜阳经开区调研", "管委会主任邰春雷陪同调研", "邰春雷介绍", "尹书剑要求"]),
    ("ep08", "县应急指挥部第四十二次会议", "meeting (指挥部会议)", "5月16日晚", "葛承志", None, [_YS],
     ["魏书航", "孙丽娟", "唐敬之", "范雨辰"], ["鲁振坤", "孙丽娟", "葛承志", "魏书航"], None,
     "指挥长葛承志主持召开县应急指挥部第四十二次会议",
     ["指挥长葛承志主持召开", "指挥长魏书航出席会议并讲话", "常务副指挥长孙丽娟，县领导唐敬之、范雨辰参加会议",
      "主任鲁振坤汇报了", "孙丽娟通报了", "葛承志强调", "魏书航要求"]),
    ("ep09", "企业复工复产和疫情防控调研", "inspection (调研)", "3月4日", None, "高景川", [],
     ["鲁振坤"], ["鲁振坤", "高景川"], "中和镇、柞岗镇",
     "副总指挥高景川深入中和镇、柞岗镇，调研企业复工复产和疫情防控工作",
     ["副总指挥高景川深入中和镇、柞岗镇", "局长鲁振坤陪同调研", "鲁振坤汇报了", "高景川要求"]),
    ("ep10", "全县24小时区域核酸检测实战演练工作部署会议", "meeting (部署会议)", "1月20日上午", "高景川", None, [QG],
     ["付启明", "佟立华", "鲁振坤"], ["鲁振坤", "付启明", "高景川", "佟立华"], None,
     "总指挥高景川主持召开全县24小时区域核酸检测实战演练工作部署会议",
     ["总指挥高景川主持召开", "总指挥付启明出席会议并讲话", "组织部部长佟立华，", "副总指挥鲁振坤，县四大班子其他领导", "鲁振坤通报了",
      "付启明强调", "高景川要求", "佟立华就党员干部下沉一线"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ep01", "回龙寺镇脐橙冷链物流中心建设项目", "logistics_hub", "回龙寺镇脐橙冷链物流中心建设项目现场"),
    ("ep02", "县人民医院发热门诊改扩建项目", "project", "要加快县人民医院发热门诊改扩建项目建设"),
    ("ep04", "邵阳经开区智能终端产业园二期", "industrial_park", "邵阳经开区智能终端产业园二期项目工地"),
    ("ep05", "黄岗柳编产业园二期", "industrial_park", "黄岗柳编产业园二期项目工地"),
    ("ep05", "方集镇农村饮水安全巩固提升工程", "infrastructure_project", "方集镇农村饮水安全巩固提升工程施工现场"),
    ("ep07", "阜阳经开区新能源电池产业园一期", "industrial_park", "阜阳经开区新能源电池产业园一期项目现场"),
    ("ep08", "颍上县方舱医院建设项目", "infrastructure_project", "孙丽娟通报了颍上县方舱医院建设项目进度"),
    ("ep09", "青冈县玉米深加工产业园", "industrial_park", "先后来到青冈县玉米深加工产业园"),
    ("ep09", "柞岗镇万头肉牛养殖场扩建项目", "project", "柞岗镇万头肉牛养殖场扩建项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ep01", "金石镇", "town", "standalone", "深入金石镇、回龙寺镇"),
    ("ep01", "回龙寺镇", "town", "standalone", "深入金石镇、回龙寺镇"),
    ("ep02", "儒林镇", "town", "standalone", "儒林镇、丹口镇、西岩镇第二剂次接种进度"),
    ("ep02", "丹口镇", "town", "standalone", "儒林镇、丹口镇、西岩镇第二剂次接种进度"),
    ("ep02", "西岩镇", "town", "standalone", "儒林镇、丹口镇、西岩镇第二剂次接种进度"),
    ("ep03", "金石镇", "town", "standalone", "来到金石镇城北社区常态化核酸采样点"),
    ("ep03", "城北社区", "community", "standalone", "来到金石镇城北社区常态化核酸采样点"),
    ("ep03", "崀山景区", "scenic_area", "standalone", "崀山景区游客中心"),
    ("ep04", "新宁县", "county", "in_title", "新宁县委书记邓沛林"),
    ("ep04", "邵阳经开区", "development_zone", "standalone", "副市长钟丽华到邵阳经开区督导"),
    ("ep04", "经开区", "development_zone", "in_org_reference", "经开区党工委书记石建峰陪同"),
    ("ep05", "黄岗镇", "town", "standalone", "深入黄岗镇、方集镇"),
    ("ep05", "方集镇", "town", "standalone", "深入黄岗镇、方集镇"),
    ("ep06", "慎城镇", "town", "standalone", "深入慎城镇、江店孜镇"),
    ("ep06", "江店孜镇", "town", "standalone", "深入慎城镇、江店孜镇"),
    ("ep07", "阜阳经开区", "development_zone", "standalone", "副市长尹书剑到阜阳经开区调研"),
    ("ep07", "经开区", "development_zone", "standalone", "经开区已有126家规上工业企业"),
    ("ep08", "八里河镇", "town", "standalone", "八里河镇、谢桥镇等偏远乡镇"),
    ("ep08", "谢桥镇", "town", "standalone", "八里河镇、谢桥镇等偏远乡镇"),
    ("ep08", "颍上县", "county", "in_project_name", "孙丽娟通报了颍上县方舱医院建设项目进度"),
    ("ep09", "绥化", "prefecture_city", "dateline", "东北网绥化3月5日讯"),
    ("ep09", "青冈县", "county", "in_title", _E09_GAO),
    ("ep09", "中和镇", "town", "standalone", "深入中和镇、柞岗镇"),
    ("ep09", "柞岗镇", "town", "standalone", "深入中和镇、柞岗镇"),
    ("ep10", "青冈镇", "town", "standalone", "指导青冈镇、中和镇等人口较多的乡镇"),
    ("ep10", "中和镇", "town", "standalone", "指导青冈镇、中和镇等人口较多的乡镇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ep", conventions="set ep (blind set: 疫情防控 pages of 2020–2022 in 湖南 邵阳 (新宁县, 城步苗族自治县, the 邵阳日报 with 邵阳经开区), 安徽 阜阳 (阜南县, 颍上县, the 阜阳日报 with 阜阳经开区) and 黑龙江 绥化 (青冈县): the 疫情防控指挥部's 指挥长 / 常务副指挥长 / 副指挥长 / 总指挥 / 副总指挥 are posts of the 指挥部, named with the place label and the 指挥部's name as the page writes it in full; bare later forms (县指挥部, 县应急指挥部, 市指挥部) are that page's 指挥部; 指挥部办公室 主任 a post of the office; 县领导 without titles no post; 调研 / 督导 inspections, 指挥部 会议 / 调度会 meetings; companies, 采样点 and 接种点 neither places nor projects; one line per post per article)",
          persons_note="Set ep persons. id = corpus-wide person_id (ep:鲁振坤#1 of 颍上县 (安徽) and ep:鲁振坤#2 of 青冈县 (黑龙江) are two people; ep:谭卫民 城步 常务副县长 2021 → 新宁县长 2022; ep:邓沛林 新宁县长 2020 → 县委书记 2022; ep:刘湘云 副县长 2020 → 常务副县长 2022; ep:彭家俊 阜南副县长 2020 → 阜阳市卫生健康委主任 2022; ep:葛承志 颍上县长 2021 → 县委书记 2022; ep:孙丽娟 副县长 2021 → 常务副县长 2022; ep:高景川 青冈常务副县长 2020 → 代县长 2022)")


if __name__ == "__main__":
    main()
