"""Write gold part ``gc`` (a blind set: 重点项目 集中开工 / 集中签约 / 观摩拉练 / 拉练检查 and leaders' 项目现场 调研 of
counties, districts and zones in 安徽 亳州, 四川 达州 and 湖北 咸宁) from the tables below.

Pages ``tests/dev/texts/gc*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: the 献县 page of a 一季度重点项目集中开工 (``县长…宣布…集中开工``,
``副县长…在仪式上致辞``, 40 projects and 64.9亿元); a 商城县 page of a 第一批重点项目集中开工仪式 (``县委书记…出席仪式并宣布开工;
县长…致辞; 县委常委、常务副县长…主持仪式; 县发改委主任…作了介绍``, a 镇党委书记's 表态发言, ``全媒体记者:`` and ``分享到: 相关文章:``);
the 孝感 ribao page of 孝昌县's 集中签约和集中开工 (``县委书记…宣布``, ``县委副书记、县长…在仪式上致辞``, a company 总经理 speaking,
``陈兴、汪长春…等县领导``); the 清涧县 (fabugov) page (``县级领导…参加开工仪式``, ``县委常委、常务副县长…介绍了``); a 会昌县 page
of a 一季度全县重大项目集中开工暨动员大会 (``县委书记…下达开工令。县委副书记、县长…讲话``, ``县领导…主持``); the 筠连县 page on
china.com.cn of a 招商引资项目集中签约仪式 (``发布时间:… | 来源:中国网 | 作者:… | 责任编辑:``; ``县委常委、常务副县长…代表县人民政府…
签订合作协议``; a company 总经理 speaking); the 舟曲县 签约 page (a list of signed projects with 总投资); the 四川省政府 site's copies
of 达州 集中开工 reports (``2020年06月16日 10时16分 来源: 达州市府 【字体:``, ``市委书记…宣布项目开工。市委副书记、市长…主持``,
``市人大常委会副主任、宣汉县委书记``, ``责任编辑: 扫一扫在手机打开当前页``) and the 渠县网 copy (``县委书记…致辞``); the investchn
portal's 达州高新区 page (``您现在的位置:首页 > 开发区新闻 > 达州市 > 文字新闻``, ``发布时间:… 来源:达州高新技术产业开发区``, a 市长's
调研 of two zones, ``达开快速、…智能制造园标准化厂房`` lists); the 亳州新报 (yybnet) page of a 全市经济工作督查调度会's 参观考察 of
蒙城县 (``来源:亳州新报 2014-04-28``, ``市委书记、市人大常委会主任…，市委副书记、市长…``, ``蒙城县经开区南区``) and an 亳州 分会场
开工 page; the 罗山县 site's 重点项目观摩活动 (``市人大常委会副主任、县委书记…，县长…，县领导…等先后参加观摩``, ``在…的带领下，观摩团
进项目、看现场、听汇报``); the 崇阳 (云上崇阳) page of a 一季度县级领导“四联”项目拉练检查 and the 项目推进会议 after it (``县委书记…主持
会议``); a 陕西 county's 第二次重点项目推进活动 (观摩, 现场测评打分, ``讲评会``, ``县委常委、常务副县长…主持会议``); the 武平 and 漳平
项目点评会 pages; the 平利县 page (``县委副书记、县长…深入…等项目施工现场``) and the 德州 观摩 schedule page. Places are real and new
to the corpus: 安徽 亳州 (蒙城县, 利辛县, 谯城区, 涡阳县), 四川 达州 (宣汉县, 达川区, 达州高新区), 湖北 咸宁 (崇阳县, 咸宁高新区).

Shapes: the 蒙城县 site's 二季度 集中开工活动 (书记 宣布开工, 县长 致辞, 常务副县长 主持, 人大 / 政协 heads, ``县领导…`` without
titles, the 县发展改革委主任 介绍, a company 董事长) (gc01); the 利辛县 site's 一季度 集中签约仪式 (书记 致辞, 县长 主持 and signs,
the bare ``县经济开发区管委会主任``, a 总经理) (gc02); the 亳州日报 第01版 of a city 观摩拉练 across four 县区 with the 点评会 after it
(a double headline, ``本报讯（记者 … 通讯员 …）``, 本版其他文章 list) (gc03); the 宣汉县 site's 县委书记 深入项目现场调研 (gc04); a
四川在线 portal copy of the 达州日报 report of the city's 集中开工 at the 达州高新区 主会场 with a 宣汉 分会场 (``作者：记者 …`` on
the stamp line, 相关新闻) (gc05); the 达州高新区 site's 集中签约仪式 written with the bare ``高新区`` (gc06); the 达川区 site's
区长 深入项目现场调研 (gc07); the 崇阳县 site's 一季度重点项目拉练检查 and the 推进会 after it (gc08); the 咸宁日报 第A01版 of the
咸宁高新区 集中开工 (``副市长、高新区党工委书记``) (gc09).

Identity cases:
- gc:殷文韬, a 县长 who becomes 书记: 蒙城县委副书记、县长 in April 2022 (gc01); 蒙城县委书记 in April 2024 (gc03).
- gc:漆国梁, a county 书记 who becomes a city's 副市长: 利辛县委书记 in February 2023 (gc02); 亳州市委常委、副市长 in April 2024
  (gc03), where the new 利辛县委书记 is gc:芮志远.
- gc:向鸿飞 moves from a county to a zone and rises there: 宣汉县委常委、常务副县长 in July 2022 (gc04); 达州高新区党工委副书记、
  管委会主任 in March 2023 (gc05); 达州高新区党工委书记 in June 2024 (gc06), succeeded as 管委会主任 by gc:柏晓渠.
- gc:蹇明杰 leaves the zone for a district: 达州高新区党工委委员、管委会副主任 in March 2023 (gc05); 达川区委副书记、区长 in August
  2024 (gc07).
- gc:甄立波: 崇阳县委副书记、县长 in April 2023 (gc08); 咸宁市副市长、咸宁高新区党工委书记 in March 2024 (gc09).
- the same official on two pages in the same post: gc:冉光垣 (宣汉县委书记, 2022 and 2023).
- two different 韦建平 in unrelated places: gc:韦建平#1 is 利辛县发展改革委主任 (安徽, gc02, Feb 2023, signs at the 签约仪式);
  gc:韦建平#2 is 崇阳县副县长 (湖北, gc08, Apr 2023, reports at the 推进会).
- one organ name in several places: bare ``高新区`` / ``高新区党工委`` / ``管委会`` are 达州高新区's (gc05, gc06) and 咸宁高新区's
  (gc09); bare ``县发展改革委主任`` is 蒙城县's (gc01) and 利辛县's (gc02); bare ``县委书记`` / ``县委副书记、县长`` / ``县人大常委会
  主任`` / ``县政协主席`` are 蒙城's (gc01), 利辛's (gc02), 宣汉's (gc04) and 崇阳's (gc08); bare ``市委书记`` / ``市委副书记、市长``
  are 亳州's (gc03), 达州's (gc05) and 咸宁's (gc09).
- projects on two pages at different stages: 利辛县年产3万吨功能性纤维新材料项目 (signed gc02, Feb 2023; 一期厂房 topped out gc03,
  Apr 2024); 蒙驰新能源汽车底盘系统项目 (started gc01, Apr 2022; in production gc03); 宣汉县锂钾综合开发一期项目 (site and
  前期 in gc04, Jul 2022; started at the 宣汉 分会场 in gc05, Mar 2023); 川晶电子高端电子元器件生产基地 (started gc05; in production
  by May 2024, gc06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, ce, dc, dz where they speak; decided here where they are silent):
- Titles: ``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长; ``县委常委、
  副县长`` → X县委 常委 + X县政府 副县长; ``县委常委、县委办主任`` → X县委 常委 + X县委办 主任 (as written); ``区委副书记、区长`` /
  ``区委常委、常务副区长`` / ``副区长`` → 达川区委 / 达川区政府; ``市委常委、副市长`` → 亳州市委 常委 + 亳州市政府 副市长; ``副市长、
  高新区党工委书记`` → 咸宁市政府 副市长 + 咸宁高新区党工委 书记 (as ce / dc); 人大常委会主任 / 政协主席 → X人大常委会 主任 / X政协
  主席 (as dc); ``县发展改革委主任`` / ``县发展改革局局长`` → X县发展改革委 / X县发展改革局 (as written).
- Bare organs take the page's place (county site: the county; 达川区 site: 达川区; a city paper / city portal: the city for
  ``市委书记`` / ``市委副书记、市长`` / ``市委常委、常务副市长`` / ``市委常委、副市长``); ``区委书记`` right after ``在谯城区`` is 谯城区's;
  ``镇党委书记`` right after ``在普光镇`` / ``在河市镇`` / ``在白霓镇`` is that town's (county label + town + 党委).
- Zones: 达州高新区 and 咸宁高新区 as written (city name without 市 + 高新区); bare ``高新区党工委`` / ``管委会`` on the 达州高新区
  site and in the 咸宁日报 article take that zone. DECIDED HERE (as part dz, not cg's prefecture prefix): a county's 经济开发区 (not
  an 经济技术开发区, nothing to fold) is labelled with its written full name: the bare ``县经济开发区管委会主任屈立帆`` on the 利辛县
  site, where the body writes ``利辛经济开发区``, → 利辛经济开发区管委会 主任.
- ``县领导韦德昌、訾亚楠、符春来`` (gc01) is no post (CONVENTIONS); they are attendees. Company roles (董事长, 总经理) give no line;
  those people are type ``company``. Signing ``代表双方`` makes an attendee (as ce / dc).
- Events: 集中开工活动 / 集中开工仪式 / 集中签约仪式 are ``ceremony`` (主持 = chair; 宣布开工 / 致辞 / 讲话 / 介绍 / 发言 / 表示 /
  说 = speakers; 出席 / 签约 / 参加 = attendees, also when the person speaks), one event each with its 分会场 (as ce); 调研 is an
  ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 作了安排 speakers; a town secretary who only reports on site is
  a speaker, not an attendee, as cg). The 观摩拉练 is a ``site observation`` (CONVENTIONS, as dc) led by the 市委书记 who 带队; those
  who 介绍 / 汇报 on the tour are attendees and speakers; the 点评会 after it is a meeting of its own. DECIDED HERE: the 崇阳 ``拉练
  检查`` (a tour of 14 projects by the county's leadership with scoring) is a ``site observation`` too, not an inspection — it has
  the 观摩 shape (带队, 拉练组, 打分), and 检查 here names the purpose, not a leader's 调研; the 推进会 ``拉练结束后`` is its own meeting
  of the same day. A date range takes its first day.
- Projects: every work named as started, signed, observed, inspected or reported, once per page, named as written on that page
  (a project named with its company's short name, ``蒙驰新能源汽车底盘系统项目``, keeps it). Kinds as bq / ce / dc: a 产业园 or a
  phase of it and a park's 标准厂房 / 标准化厂房 ``industrial_park``; 物流园 / 冷链仓储中心 / 公铁联运物流中心 ``logistics_hub``;
  综合管廊, 道路 and 储能电站 ``infrastructure_project``; 老旧小区改造 ``housing_project``; 生态修复 ``greening_project``; 防洪治理,
  灌区续建配套, river 综合治理 ``engineering_work``; factories, 生产基地, hospitals, 城市更新, 旅游集散中心, 示范区 ``project``.
- Places: one line per name per file, named as the evidence writes it, with the context of its first occurrence; places inside
  titles, organ references and project names count; a standing park inside a project name (``电子信息产业园标准厂房三期``,
  ``天然气综合利用产业园标准化厂房``, ``现代中药产业园配方颗粒生产基地``) or named as a site (``纺织产业园``) is a ``zone_park`` row (as
  ce), a park that is itself the project with a phase (``庄子文化产业园二期``) gives none. DECIDED HERE: a page that writes a zone
  both in full and bare (达州高新区 and 高新区 on gc05 / gc06; 咸宁高新区 and 高新区 on gc09) has both names, as CONVENTIONS says
  (ce and dc kept only the full one); a bare city or county name in the body (``利辛``, ``达州``) and a short name inside a project
  name (``达川``, ``崇阳``) are rows as written (as ce / dc). Company names, site lines, mastheads, 来源 lines, footers, 相关文章 /
  相关新闻 / 本版其他文章 / 本版导读 / 上一篇 / 下一篇 lists and venues (县政务服务中心, 企业服务中心) are not annotated.
- Bylines: ``（县融媒体中心 记者 …）``, ``（达川区融媒体中心 记者 …）``, ``（记者 … 通讯员 …）``, ``本报讯（记者 … 通讯员 …）`` are
  reporter / correspondent lines; DECIDED HERE: ``作者：记者 景佳怡`` on the portal's stamp line is a reporter line (the word 记者 is
  written, unlike dz's bare ``作者：``); 编辑 / 责任编辑 / 审核 / 校对 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

MC, LX, BZ, XH, DZ, DGX, DC, CY, XN, XGX = (
    "蒙城县", "利辛县", "亳州市", "宣汉县", "达州市", "达州高新区", "达川区", "崇阳县", "咸宁市", "咸宁高新区")

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gc01_mengcheng.txt": (2022, "发布时间：2022-04-08 09:36", MC, [
        ("我县举行2022年二季度重点项目集中开工活动", "4月7日上午", "2022-04-07", "4月7日上午，蒙城县2022年",
         "county site: 二季度 集中开工活动 (书记 宣布开工, 县长 致辞, 常务副县长 主持; 人大 / 政协 heads; 县领导 without titles; 县发展改革委主任; a 董事长)")]),
    "gc02_lixin.txt": (2023, "发布日期：2023-02-15 17:42", LX, [
        ("利辛县2023年一季度招商引资项目集中签约 16个项目总投资61.8亿元", "2月14日下午", "2023-02-14", "2月14日下午，利辛县",
         "county site: 一季度 集中签约仪式 (书记 致辞, 县长 主持 and signs, 县委常委、副县长 介绍; 县发展改革委主任 韦建平#1; 县经济开发区管委会主任)")]),
    "gc03_bozhou.txt": (2024, "2024年4月19日　星期五", BZ, [
        ("全市重点项目建设现场观摩拉练活动举行", "4月17日至18日", "2024-04-17", "本报讯（记者 鲍思源",
         "city paper 第01版: 观摩拉练 across 谯城区 / 涡阳县 / 蒙城县 / 利辛县 and the 点评会; 殷文韬 now 蒙城县委书记, 漆国梁 now 市委常委、副市长")]),
    "gc04_xuanhan.txt": (2022, "发布时间：2022-07-22 10:15", XH, [
        ("冉光垣深入项目现场调研重点项目建设工作", "7月21日", "2022-07-21", "7月21日，县委书记冉光垣",
         "county site: 县委书记 深入项目现场调研 with the 常务副县长 (向鸿飞), 县委办主任, 发展改革局局长; a 镇党委书记 reports")]),
    "gc05_dazhou.txt": (2023, "2023-03-30 08:21", DZ, [
        ("达州市2023年一季度重大项目集中开工 46个项目总投资312亿元", "3月29日上午", "2023-03-29", "3月29日上午，达州市",
         "portal copy of the city paper: 集中开工 at the 达州高新区 主会场 (市委书记 宣布, 市长 讲话, 常务副市长 主持; 向鸿飞 now 管委会主任); 宣汉 分会场")]),
    "gc06_dazhou_gxq.txt": (2024, "发布时间：2024-06-13 18:05", DGX, [
        ("高新区举行2024年二季度招商引资项目集中签约仪式", "6月12日", "2024-06-12", "6月12日，高新区2024年",
         "zone site: 集中签约仪式 with bare 高新区 (向鸿飞 now 党工委书记; new 管委会主任 柏晓渠 主持 and signs; a 董事长)")]),
    "gc07_dachuan.txt": (2024, "发布时间：2024年08月16日", DC, [
        ("蹇明杰深入项目现场调研重点项目建设", "8月15日", "2024-08-15", "8月15日，区委副书记",
         "district site: the 区长 (蹇明杰, formerly 达州高新区 管委会副主任) 深入项目现场调研; 常务副区长, 副区长, a 镇党委书记")]),
    "gc08_chongyang.txt": (2023, "发布时间：2023-04-07 17:28", CY, [
        ("我县开展2023年一季度重点项目拉练检查", "4月6日", "2023-04-06", "4月6日，我县开展",
         "county site: 一季度 拉练检查 led by the 县委书记 and the 推进会 after it (县长 甄立波 主持; 副县长 韦建平#2 通报)")]),
    "gc09_xianning.txt": (2024, "2024年3月22日　星期五", XN, [
        ("咸宁高新区一季度17个重大项目集中开工", "3月21日上午", "2024-03-21", "本报讯（记者 龚心怡",
         "city paper 第A01版: 咸宁高新区 集中开工 (市长 宣布; 副市长、高新区党工委书记 甄立波 致辞; 管委会主任 主持)")]),
}

_G1Y = "县委副书记、县长殷文韬致辞"
_G1P = "县委常委、常务副县长裴少峰主持"
_G2G = "县委副书记、县长郜明辉主持仪式"
_G2Y = "县委常委、副县长晏春雁介绍签约项目情况"
_G3L = "市委副书记、市长蔺中原"
_G3Q = "市委常委、副市长漆国梁等市领导参加观摩"
_G4X = "县委常委、常务副县长向鸿飞"
_G4T = "县委常委、县委办主任谭晓薇"
_G5P = "市委副书记、市长蒲建钊讲话"
_G5Q = "市委常委、常务副市长覃立成主持"
_G5X = "达州高新区党工委副书记、管委会主任向鸿飞介绍了"
_G5J = "达州高新区党工委委员、管委会副主任蹇明杰"
_G6B = "党工委副书记、管委会主任柏晓渠主持"
_G6L = "党工委委员、管委会副主任蓝若溪介绍签约项目情况"
_G7J = "区委副书记、区长蹇明杰深入河市镇"
_G7Y = "区委常委、常务副区长尹正坤"
_G8Z = "县委副书记、县长甄立波"
_G8S = "县委常委、常务副县长石浩然"
_G9Z = "市委副书记、市长詹明远宣布项目开工"
_G9G = "副市长、高新区党工委书记甄立波致辞"
_G9Q = "高新区党工委副书记、管委会主任祁伟东主持"
_G9W = "高新区党工委委员、管委会副主任汪书屿介绍了"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 亳州: 蒙城县
    "gc:岳家栋": ("岳家栋", "official", MC, [
        ("gc01", "蒙城县委", "书记", "县委书记岳家栋宣布项目开工", "2022-04; bare 县委 on the 蒙城县 site")], []),
    "gc:殷文韬": ("殷文韬", "official", MC, [
        ("gc01", "蒙城县委", "副书记", _G1Y, "2022-04 (identity case: 蒙城县委书记 in 2024, gc03)"),
        ("gc01", "蒙城县政府", "县长", _G1Y, None),
        ("gc03", "蒙城县委", "书记", "蒙城县委书记殷文韬介绍了", "2024-04: now 书记")], []),
    "gc:裴少峰": ("裴少峰", "official", MC, [
        ("gc01", "蒙城县委", "常委", _G1P, None),
        ("gc01", "蒙城县政府", "常务副县长", _G1P, None)], []),
    "gc:苗志坚": ("苗志坚", "official", MC, [
        ("gc01", "蒙城县人大常委会", "主任", "县人大常委会主任苗志坚", None)], []),
    "gc:廉秀英": ("廉秀英", "official", MC, [
        ("gc01", "蒙城县政协", "主席", "县政协主席廉秀英", None)], []),
    "gc:韦德昌": ("韦德昌", "official", MC, [], ["gc01"]),  # 县领导 without a title: no post
    "gc:訾亚楠": ("訾亚楠", "official", MC, [], ["gc01"]),
    "gc:符春来": ("符春来", "official", MC, [], ["gc01"]),
    "gc:桑立诚": ("桑立诚", "official", MC, [
        ("gc01", "蒙城县发展改革委", "主任", "县发展改革委主任桑立诚介绍了", "bare 县发展改革委 = 蒙城's here, 利辛's in gc02")], []),
    "gc:邝永清": ("邝永清", "company", MC, [], ["gc01"]),  # 董事长 of a company: no post
    # ---- 亳州: 利辛县
    "gc:漆国梁": ("漆国梁", "official", BZ, [
        ("gc02", "利辛县委", "书记", "县委书记漆国梁出席并致辞", "2023-02 (identity case: 亳州市委常委、副市长 in 2024, gc03)"),
        ("gc03", "亳州市委", "常委", _G3Q, "2024-04: now 市委常委、副市长 (bare 市委 in the 亳州日报)"),
        ("gc03", "亳州市政府", "副市长", _G3Q, None)], []),
    "gc:郜明辉": ("郜明辉", "official", LX, [
        ("gc02", "利辛县委", "副书记", _G2G, None),
        ("gc02", "利辛县政府", "县长", _G2G, None)], []),
    "gc:晏春雁": ("晏春雁", "official", LX, [
        ("gc02", "利辛县委", "常委", _G2Y, None),
        ("gc02", "利辛县政府", "副县长", _G2Y, None)], []),
    "gc:郎庆华": ("郎庆华", "official", LX, [
        ("gc02", "利辛县人大常委会", "主任", "县人大常委会主任郎庆华", None)], []),
    "gc:窦丽萍": ("窦丽萍", "official", LX, [
        ("gc02", "利辛县政协", "主席", "县政协主席窦丽萍出席", None)], []),
    "gc:韦建平#1": ("韦建平", "official", LX, [
        ("gc02", "利辛县发展改革委", "主任", "县发展改革委主任韦建平", "利辛县 (安徽), 2023-02; not the 韦建平 of 崇阳县 (湖北, gc08)")], []),
    "gc:屈立帆": ("屈立帆", "official", LX, [
        ("gc02", "利辛经济开发区管委会", "主任", "县经济开发区管委会主任屈立帆", "DECIDED HERE: a county's 经济开发区 keeps its written full name (利辛经济开发区 in the body), as part dz")], []),
    "gc:汤乐民": ("汤乐民", "company", LX, [], ["gc02"]),  # 总经理: no post
    # ---- 亳州: the city paper
    "gc:宓振华": ("宓振华", "official", BZ, [
        ("gc03", "亳州市委", "书记", "市委书记宓振华带队", "named in the headline too")], []),
    "gc:蔺中原": ("蔺中原", "official", BZ, [
        ("gc03", "亳州市委", "副书记", _G3L, "named in the headline too"),
        ("gc03", "亳州市政府", "市长", _G3L, None)], []),
    "gc:芮志远": ("芮志远", "official", LX, [
        ("gc03", "利辛县委", "书记", "利辛县委书记芮志远汇报了", "2024-04: succeeds 漆国梁")], []),
    "gc:苟晓宇": ("苟晓宇", "official", "谯城区", [
        ("gc03", "谯城区委", "书记", "在谯城区，区委书记苟晓宇介绍了", "bare 区委 right after 在谯城区")], []),
    # ---- 达州: 宣汉县
    "gc:冉光垣": ("冉光垣", "official", XH, [
        ("gc04", "宣汉县委", "书记", "县委书记冉光垣深入普光镇", "2022-07; named in the headline too"),
        ("gc05", "宣汉县委", "书记", "宣汉县委书记冉光垣在分会场参加活动", "2023-03: the same post")], []),
    "gc:向鸿飞": ("向鸿飞", "official", DGX, [
        ("gc04", "宣汉县委", "常委", _G4X, "2022-07 (identity case: 达州高新区 管委会主任 2023, 党工委书记 2024)"),
        ("gc04", "宣汉县政府", "常务副县长", _G4X, None),
        ("gc05", DGX + "党工委", "副书记", _G5X, "2023-03: now in the zone"),
        ("gc05", DGX + "管委会", "主任", _G5X, None),
        ("gc06", DGX + "党工委", "书记", "高新区党工委书记向鸿飞出席并致辞", "2024-06: now 书记 (bare 高新区 on the zone's site)")], []),
    "gc:谭晓薇": ("谭晓薇", "official", XH, [
        ("gc04", "宣汉县委", "常委", _G4T, None),
        ("gc04", "宣汉县委办", "主任", _G4T, "as written (县委办)")], []),
    "gc:蒲俊驰": ("蒲俊驰", "official", XH, [
        ("gc04", "宣汉县发展改革局", "局长", "县发展改革局局长蒲俊驰陪同调研", None)], []),
    "gc:庹文斌": ("庹文斌", "official", XH, [
        ("gc04", "宣汉县普光镇党委", "书记", "在普光镇，镇党委书记庹文斌汇报了", None)], []),
    # ---- 达州: the city and the zone
    "gc:晋宏宇": ("晋宏宇", "official", DZ, [
        ("gc05", "达州市委", "书记", "市委书记晋宏宇宣布项目开工", None)], []),
    "gc:蒲建钊": ("蒲建钊", "official", DZ, [
        ("gc05", "达州市委", "副书记", _G5P, None),
        ("gc05", "达州市政府", "市长", _G5P, None)], []),
    "gc:覃立成": ("覃立成", "official", DZ, [
        ("gc05", "达州市委", "常委", _G5Q, None),
        ("gc05", "达州市政府", "常务副市长", _G5Q, None)], []),
    "gc:佘永康": ("佘永康", "official", DGX, [
        ("gc05", DGX + "党工委", "书记", "达州高新区党工委书记佘永康致辞", "2023-03; succeeded by 向鸿飞 by 2024")], []),
    "gc:蹇明杰": ("蹇明杰", "official", DZ, [
        ("gc05", DGX + "党工委", "委员", _G5J, "2023-03 (identity case: 达川区委副书记、区长 in 2024, gc07)"),
        ("gc05", DGX + "管委会", "副主任", _G5J, None),
        ("gc07", "达川区委", "副书记", _G7J, "2024-08: now 区长 of 达川区; named in the headline too"),
        ("gc07", "达川区政府", "区长", _G7J, None)], []),
    "gc:蒙泽宇": ("蒙泽宇", "company", DGX, [], ["gc05"]),  # 董事长: no post
    "gc:柏晓渠": ("柏晓渠", "official", DGX, [
        ("gc06", DGX + "党工委", "副书记", _G6B, "2024-06: succeeds 向鸿飞 as 管委会主任"),
        ("gc06", DGX + "管委会", "主任", _G6B, None)], []),
    "gc:蓝若溪": ("蓝若溪", "official", DGX, [
        ("gc06", DGX + "党工委", "委员", _G6L, None),
        ("gc06", DGX + "管委会", "副主任", _G6L, None)], []),
    "gc:岳承泽": ("岳承泽", "company", DGX, [], ["gc06"]),  # 董事长: no post
    # ---- 达州: 达川区
    "gc:尹正坤": ("尹正坤", "official", DC, [
        ("gc07", "达川区委", "常委", _G7Y, None),
        ("gc07", "达川区政府", "常务副区长", _G7Y, None)], []),
    "gc:林絮然": ("林絮然", "official", DC, [
        ("gc07", "达川区政府", "副区长", "副区长林絮然", None)], []),
    "gc:瞿永生": ("瞿永生", "official", DC, [
        ("gc07", "达川区河市镇党委", "书记", "在河市镇，镇党委书记瞿永生汇报了", None)], []),
    # ---- 咸宁: 崇阳县
    "gc:甘卫国": ("甘卫国", "official", CY, [
        ("gc08", "崇阳县委", "书记", "县委书记甘卫国带队", None)], []),
    "gc:甄立波": ("甄立波", "official", XN, [
        ("gc08", "崇阳县委", "副书记", _G8Z, "2023-04 (identity case: 咸宁市副市长、咸宁高新区党工委书记 in 2024, gc09)"),
        ("gc08", "崇阳县政府", "县长", _G8Z, None),
        ("gc09", "咸宁市政府", "副市长", _G9G, "2024-03: bare 副市长 in the 咸宁日报"),
        ("gc09", XGX + "党工委", "书记", _G9G, "bare 高新区 = 咸宁高新区 here (达州高新区 in gc05 / gc06)")], []),
    "gc:冯安澜": ("冯安澜", "official", CY, [
        ("gc08", "崇阳县人大常委会", "主任", "县人大常委会主任冯安澜", None)], []),
    "gc:邹慧卿": ("邹慧卿", "official", CY, [
        ("gc08", "崇阳县政协", "主席", "县政协主席邹慧卿", None)], []),
    "gc:石浩然": ("石浩然", "official", CY, [
        ("gc08", "崇阳县委", "常委", _G8S, None),
        ("gc08", "崇阳县政府", "常务副县长", _G8S, None)], []),
    "gc:韦建平#2": ("韦建平", "official", CY, [
        ("gc08", "崇阳县政府", "副县长", "副县长韦建平等县领导参加拉练", "崇阳县 (湖北), 2023-04; not the 韦建平 of 利辛县 (安徽, gc02)")], []),
    "gc:姚子航": ("姚子航", "official", CY, [
        ("gc08", "崇阳县白霓镇党委", "书记", "在白霓镇，镇党委书记姚子航介绍了", None)], []),
    # ---- 咸宁: the city paper
    "gc:詹明远": ("詹明远", "official", XN, [
        ("gc09", "咸宁市委", "副书记", _G9Z, None),
        ("gc09", "咸宁市政府", "市长", _G9Z, None)], []),
    "gc:祁伟东": ("祁伟东", "official", XGX, [
        ("gc09", XGX + "党工委", "副书记", _G9Q, None),
        ("gc09", XGX + "管委会", "主任", _G9Q, None)], []),
    "gc:汪书屿": ("汪书屿", "official", XGX, [
        ("gc09", XGX + "党工委", "委员", _G9W, None),
        ("gc09", XGX + "管委会", "副主任", _G9W, None)], []),
    "gc:曹逸凡": ("曹逸凡", "company", XGX, [], ["gc09"]),  # 董事长: no post
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gc01", "葛晓琳", "记者", "reporter", "（县融媒体中心 记者 葛晓琳）"),
    ("gc01", "田语桐", "责任编辑", "editor", "责任编辑：田语桐"),
    ("gc02", "单若雯", "编辑", "editor", "编辑：单若雯"),
    ("gc02", "魏振东", "审核", "editor", "审核：魏振东"),
    ("gc03", "鲍思源", "记者", "reporter", "本报讯（记者 鲍思源 通讯员 孔令哲）"),
    ("gc03", "孔令哲", "通讯员", "correspondent", "本报讯（记者 鲍思源 通讯员 孔令哲）"),
    ("gc03", "邵亦鸣", "编辑", "editor", "编辑：邵亦鸣"),
    ("gc03", "孟可欣", "校对", "editor", "校对：孟可欣"),
    ("gc04", "覃思妤", "责任编辑", "editor", "责任编辑：覃思妤"),
    ("gc05", "景佳怡", "记者", "reporter", "作者：记者 景佳怡"),
    ("gc05", "任雪梅", "责任编辑", "editor", "责任编辑：任雪梅"),
    ("gc05", "黄一鹤", "审核", "editor", "审核：黄一鹤"),
    ("gc06", "向小满", "编辑", "editor", "编辑：向小满"),
    ("gc06", "邓嘉伟", "审核", "editor", "审核：邓嘉伟"),
    ("gc07", "杜恒宇", "记者", "reporter", "（达川区融媒体中心 记者 杜恒宇）"),
    ("gc07", "文雅琪", "责任编辑", "editor", "责任编辑：文雅琪"),
    ("gc08", "江明远", "记者", "reporter", "（记者 江明远 通讯员 程子墨）"),
    ("gc08", "程子墨", "通讯员", "correspondent", "（记者 江明远 通讯员 程子墨）"),
    ("gc08", "万芳菲", "责任编辑", "editor", "责任编辑：万芳菲"),
    ("gc09", "龚心怡", "记者", "reporter", "本报讯（记者 龚心怡 通讯员 柯文澜）"),
    ("gc09", "柯文澜", "通讯员", "correspondent", "本报讯（记者 龚心怡 通讯员 柯文澜）"),
    ("gc09", "朱晓蓓", "编辑", "editor", "编辑：朱晓蓓"),
    ("gc09", "田蔓", "校对", "editor", "校对：田蔓"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gc01", "蒙城县2022年二季度重点项目集中开工活动", "ceremony (集中开工活动)", "4月7日上午", "裴少峰", None, [],
     ["岳家栋", "殷文韬", "苗志坚", "廉秀英", "韦德昌", "訾亚楠", "符春来", "桑立诚", "邝永清"],
     ["岳家栋", "殷文韬", "桑立诚", "邝永清"], "蒙驰新能源汽车底盘系统项目现场",
     "4月7日上午，蒙城县2022年二季度重点项目集中开工活动在蒙驰新能源汽车底盘系统项目现场举行",
     ["县委书记岳家栋宣布项目开工", "县长殷文韬致辞", "常务副县长裴少峰主持", "县人大常委会主任苗志坚", "县政协主席廉秀英",
      "县领导韦德昌、訾亚楠、符春来出席", "县发展改革委主任桑立诚介绍了二季度集中开工项目情况", "董事长邝永清作为企业代表发言",
      "殷文韬在致辞中说", "岳家栋宣布：蒙城县2022年二季度重点项目集中开工"]),
    ("gc02", "利辛县2023年一季度招商引资项目集中签约仪式", "ceremony (集中签约仪式)", "2月14日下午", "郜明辉", None, [],
     ["漆国梁", "晏春雁", "郎庆华", "窦丽萍", "汤乐民", "韦建平", "屈立帆"],
     ["漆国梁", "晏春雁", "汤乐民"], "县政务服务中心",
     "2月14日下午，利辛县2023年一季度招商引资项目集中签约仪式在县政务服务中心举行",
     ["县委书记漆国梁出席并致辞", "县长郜明辉主持仪式", "副县长晏春雁介绍签约项目情况", "县人大常委会主任郎庆华", "县政协主席窦丽萍出席",
      "郜明辉与浙江禾纶新材料科技有限公司总经理汤乐民代表双方签约", "县发展改革委主任韦建平", "县经济开发区管委会主任屈立帆分别与其他项目企业代表签订投资协议",
      "汤乐民在发言中表示", "漆国梁在致辞中"]),
    ("gc03", "全市重点项目建设现场观摩拉练活动", "site observation (观摩拉练活动)", "4月17日至18日", None, "宓振华", [],
     ["蔺中原", "漆国梁", "殷文韬", "芮志远", "苟晓宇"], ["殷文韬", "芮志远", "苟晓宇"], "谯城区、涡阳县、蒙城县、利辛县",
     "4月17日至18日，全市重点项目建设现场观摩拉练活动举行",
     ["市委书记宓振华带队", _G3L, _G3Q, "蒙城县委书记殷文韬介绍了", "利辛县委书记芮志远汇报了", "区委书记苟晓宇介绍了"]),
    ("gc03", "全市重点项目建设观摩拉练点评会", "meeting (点评会)", "18日下午", "蔺中原", None, [],
     [], ["漆国梁", "宓振华", "蔺中原"], None,
     "18日下午，全市重点项目建设观摩拉练点评会召开",
     ["蔺中原主持会议", "漆国梁通报了观摩打分", "宓振华在讲话中指出", "蔺中原要求"]),
    ("gc04", "宣汉县重点项目建设调研", "inspection (调研)", "7月21日", None, "冉光垣", [],
     ["向鸿飞", "谭晓薇", "蒲俊驰"], ["庹文斌", "向鸿飞", "冉光垣"], "普光镇、南坝镇、东乡街道",
     "7月21日，县委书记冉光垣深入普光镇、南坝镇和东乡街道，调研重点项目建设工作",
     ["县委书记冉光垣深入普光镇", _G4X, _G4T, "县发展改革局局长蒲俊驰陪同调研", "镇党委书记庹文斌汇报了", "向鸿飞介绍了",
      "冉光垣指出"]),
    ("gc05", "达州市2023年一季度重大项目集中开工活动", "ceremony (集中开工活动)", "3月29日上午", "覃立成", None, [],
     ["晋宏宇", "蒲建钊", "佘永康", "向鸿飞", "蒙泽宇", "冉光垣", "蹇明杰"],
     ["晋宏宇", "佘永康", "向鸿飞", "蒙泽宇", "蒲建钊"], "川晶电子高端电子元器件生产基地项目现场",
     "3月29日上午，达州市2023年一季度重大项目集中开工活动在达州高新区川晶电子高端电子元器件生产基地项目现场举行",
     ["市委书记晋宏宇宣布项目开工", _G5P, _G5Q, "达州高新区党工委书记佘永康致辞", _G5X, "董事长蒙泽宇代表项目业主发言",
      "宣汉县委书记冉光垣在分会场参加活动", _G5J, "蒲建钊在讲话中指出"]),
    ("gc06", "高新区2024年二季度招商引资项目集中签约仪式", "ceremony (集中签约仪式)", "6月12日", "柏晓渠", None, [],
     ["向鸿飞", "蓝若溪", "岳承泽"], ["蓝若溪", "岳承泽", "向鸿飞"], "高新区企业服务中心",
     "6月12日，高新区2024年二季度招商引资项目集中签约仪式在高新区企业服务中心举行",
     ["高新区党工委书记向鸿飞出席并致辞", _G6B, _G6L, "柏晓渠与湖南湘锂新能源科技有限公司董事长岳承泽代表双方签约",
      "岳承泽说", "向鸿飞在致辞中表示"]),
    ("gc07", "达川区重点项目建设推进情况调研", "inspection (调研)", "8月15日", None, "蹇明杰", [],
     ["尹正坤", "林絮然"], ["瞿永生", "尹正坤", "蹇明杰", "林絮然"], "河市镇、石桥镇、三里坪街道",
     "8月15日，区委副书记、区长蹇明杰深入河市镇、石桥镇和三里坪街道，实地调研重点项目建设推进情况",
     [_G7J, _G7Y, "副区长林絮然", "镇党委书记瞿永生汇报了", "尹正坤介绍了", "蹇明杰指出", "林絮然就老旧小区改造中的群众工作"]),
    ("gc08", "崇阳县2023年一季度重点项目拉练检查", "site observation (拉练检查)", "4月6日", None, "甘卫国", [],
     ["甄立波", "冯安澜", "邹慧卿", "石浩然", "韦建平"], ["姚子航"], "天城镇、白霓镇、青山镇、崇阳经济开发区",
     "4月6日，我县开展2023年一季度重点项目拉练检查",
     ["县委书记甘卫国带队", _G8Z, "县人大常委会主任冯安澜", "县政协主席邹慧卿", _G8S, "副县长韦建平等县领导参加拉练",
      "镇党委书记姚子航介绍了"]),
    ("gc08", "全县一季度重点项目推进会", "meeting (推进会)", "4月6日", "甄立波", None, [],
     [], ["韦建平", "石浩然", "甘卫国"], None,
     "拉练结束后，全县一季度重点项目推进会召开",
     ["甄立波主持会议", "韦建平通报了", "石浩然就二季度项目开工和要素保障工作作了安排", "甘卫国在讲话中指出"]),
    ("gc09", "咸宁高新区2024年一季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "3月21日上午", "祁伟东", None, [],
     ["詹明远", "甄立波", "汪书屿", "曹逸凡"], ["詹明远", "甄立波", "汪书屿", "曹逸凡"], "楚芯半导体电子特气项目现场",
     "3月21日上午，咸宁高新区2024年一季度重大项目集中开工仪式在楚芯半导体电子特气项目现场举行",
     [_G9Z, _G9G, _G9Q, _G9W, "董事长曹逸凡作为企业代表发言", "甄立波在致辞中表示", "詹明远强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gc01", "蒙驰新能源汽车底盘系统项目", "project", "主会场开工的蒙驰新能源汽车底盘系统项目位于蒙城经济开发区"),
    ("gc01", "涡河北岸生态修复工程", "greening_project", "同步开工的还有涡河北岸生态修复工程"),
    ("gc01", "庄子文化产业园二期", "industrial_park", "庄子文化产业园二期、许疃镇肉牛屠宰加工项目"),
    ("gc01", "许疃镇肉牛屠宰加工项目", "project", "庄子文化产业园二期、许疃镇肉牛屠宰加工项目"),
    ("gc01", "蒙城县第二人民医院门急诊综合楼", "project", "蒙城县第二人民医院门急诊综合楼和城北片区老旧小区改造项目"),
    ("gc01", "城北片区老旧小区改造项目", "housing_project", "蒙城县第二人民医院门急诊综合楼和城北片区老旧小区改造项目"),
    ("gc02", "利辛县年产3万吨功能性纤维新材料项目", "project", "现场签约的利辛县年产3万吨功能性纤维新材料项目总投资15亿元"),
    ("gc02", "利辛县中药饮片加工基地项目", "project", "同时签约的还有利辛县中药饮片加工基地项目"),
    ("gc02", "张村镇生猪全产业链项目", "project", "张村镇生猪全产业链项目和利辛县新型储能电站项目"),
    ("gc02", "利辛县新型储能电站项目", "infrastructure_project", "张村镇生猪全产业链项目和利辛县新型储能电站项目"),
    ("gc03", "蒙驰新能源汽车底盘系统项目", "project", "观摩团来到蒙驰新能源汽车底盘系统项目生产车间"),
    ("gc03", "利辛县年产3万吨功能性纤维新材料项目", "project", "观摩团察看了利辛县年产3万吨功能性纤维新材料项目"),
    ("gc03", "现代中药产业园配方颗粒生产基地", "project", "介绍了现代中药产业园配方颗粒生产基地"),
    ("gc03", "古井镇酒旅融合示范区", "project", "古井镇酒旅融合示范区的建设进展"),
    ("gc04", "宣汉县锂钾综合开发一期项目", "project", "宣汉县锂钾综合开发一期项目选址地"),
    ("gc04", "普光镇天然气综合利用产业园标准化厂房", "industrial_park", "普光镇天然气综合利用产业园标准化厂房"),
    ("gc04", "巴山大峡谷旅游集散中心二期", "project", "巴山大峡谷旅游集散中心二期"),
    ("gc04", "宣汉县城东片区城市更新项目", "project", "宣汉县城东片区城市更新项目现场"),
    ("gc05", "川晶电子高端电子元器件生产基地", "project", "主会场开工的川晶电子高端电子元器件生产基地总投资28亿元"),
    ("gc05", "达州高新区电子信息产业园标准厂房三期", "industrial_park", "达州高新区电子信息产业园标准厂房三期"),
    ("gc05", "金南片区综合管廊工程", "infrastructure_project", "金南片区综合管廊工程共同构成"),
    ("gc05", "宣汉县锂钾综合开发一期项目", "project", "宣汉县锂钾综合开发一期项目正式开工"),
    ("gc06", "达州高新区锂电池负极材料一体化项目", "project", "签约的达州高新区锂电池负极材料一体化项目总投资52亿元"),
    ("gc06", "高端印制电路板生产基地", "project", "同时签约的还有高端印制电路板生产基地"),
    ("gc06", "电子信息产业园标准厂房四期", "industrial_park", "电子信息产业园标准厂房四期"),
    ("gc06", "河市物流港冷链仓储中心", "logistics_hub", "河市物流港冷链仓储中心等项目"),
    ("gc06", "川晶电子高端电子元器件生产基地", "project", "开工的川晶电子高端电子元器件生产基地已于今年5月投产"),
    ("gc07", "达川区农产品冷链物流园", "logistics_hub", "先后来到达川区农产品冷链物流园"),
    ("gc07", "石桥镇现代农业产业园二期", "industrial_park", "石桥镇现代农业产业园二期"),
    ("gc07", "州河达川段防洪治理工程", "engineering_work", "州河达川段防洪治理工程"),
    ("gc07", "三里坪街道老旧小区改造项目", "housing_project", "三里坪街道老旧小区改造项目现场"),
    ("gc08", "崇阳县电子纸基新材料项目", "project", "实地察看了崇阳县电子纸基新材料项目"),
    ("gc08", "白霓镇绿色建材产业园一期", "industrial_park", "白霓镇绿色建材产业园一期"),
    ("gc08", "青山水库灌区续建配套与节水改造工程", "engineering_work", "青山水库灌区续建配套与节水改造工程"),
    ("gc08", "陆水河崇阳段综合治理工程", "engineering_work", "陆水河崇阳段综合治理工程等14个项目"),
    ("gc09", "楚芯半导体电子特气项目", "project", "主会场开工的楚芯半导体电子特气项目总投资23亿元"),
    ("gc09", "咸宁高新区光电子信息产业园二期", "industrial_park", "咸宁高新区光电子信息产业园二期"),
    ("gc09", "横沟桥镇大健康产业园", "industrial_park", "横沟桥镇大健康产业园"),
    ("gc09", "咸宁高新区公铁联运物流中心", "logistics_hub", "咸宁高新区公铁联运物流中心"),
    ("gc09", "贺胜路东延段道路工程", "infrastructure_project", "贺胜路东延段道路工程等项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gc01", "蒙城县", "county", "standalone", "4月7日上午，蒙城县2022年二季度重点项目集中开工活动"),
    ("gc01", "蒙城经济开发区", "development_zone", "standalone", "项目位于蒙城经济开发区"),
    ("gc01", "涡河", "river", "in_project_name", "同步开工的还有涡河北岸生态修复工程"),
    ("gc01", "许疃镇", "town", "in_project_name", "庄子文化产业园二期、许疃镇肉牛屠宰加工项目"),
    ("gc01", "城北片区", "area", "in_project_name", "城北片区老旧小区改造项目"),
    ("gc02", "利辛县", "county", "standalone", "2月14日下午，利辛县2023年一季度招商引资项目集中签约仪式"),
    ("gc02", "利辛经济开发区", "development_zone", "standalone", "选址利辛经济开发区纺织产业园"),
    ("gc02", "纺织产业园", "zone_park", "standalone", "选址利辛经济开发区纺织产业园"),
    ("gc02", "张村镇", "town", "in_project_name", "张村镇生猪全产业链项目和利辛县新型储能电站项目"),
    ("gc02", "利辛", "county", "standalone", "利辛将坚持招商引资“一号工程”不动摇"),
    ("gc03", "亳芜现代产业园区", "development_zone", "in_org_reference", "各县区、亳芜现代产业园区党政主要负责同志"),
    ("gc03", "谯城区", "district", "standalone", "先后深入谯城区、涡阳县、蒙城县、利辛县"),
    ("gc03", "涡阳县", "county", "standalone", "先后深入谯城区、涡阳县、蒙城县、利辛县"),
    ("gc03", "蒙城县", "county", "standalone", "先后深入谯城区、涡阳县、蒙城县、利辛县"),
    ("gc03", "利辛县", "county", "standalone", "先后深入谯城区、涡阳县、蒙城县、利辛县"),
    ("gc03", "纺织产业园", "zone_park", "standalone", "汇报了纺织产业园“标准地+承诺制”供地做法"),
    ("gc03", "现代中药产业园", "zone_park", "in_project_name", "介绍了现代中药产业园配方颗粒生产基地"),
    ("gc03", "古井镇", "town", "in_project_name", "古井镇酒旅融合示范区的建设进展"),
    ("gc04", "普光镇", "town", "standalone", "县委书记冉光垣深入普光镇、南坝镇和东乡街道"),
    ("gc04", "南坝镇", "town", "standalone", "县委书记冉光垣深入普光镇、南坝镇和东乡街道"),
    ("gc04", "东乡街道", "sub_district_office", "standalone", "县委书记冉光垣深入普光镇、南坝镇和东乡街道"),
    ("gc04", "宣汉县", "county", "in_project_name", "宣汉县锂钾综合开发一期项目选址地"),
    ("gc04", "天然气综合利用产业园", "zone_park", "in_project_name", "普光镇天然气综合利用产业园标准化厂房"),
    ("gc04", "巴山大峡谷", "scenic_area", "in_project_name", "巴山大峡谷旅游集散中心二期"),
    ("gc04", "城东片区", "area", "in_project_name", "宣汉县城东片区城市更新项目现场"),
    ("gc05", "达州市", "city", "standalone", "3月29日上午，达州市2023年一季度重大项目集中开工活动"),
    ("gc05", "达州高新区", "development_zone", "standalone", "活动在达州高新区川晶电子高端电子元器件生产基地项目现场举行"),
    ("gc05", "高新区", "development_zone", "standalone", "介绍了高新区一季度开工项目情况"),
    ("gc05", "电子信息产业园", "zone_park", "in_project_name", "达州高新区电子信息产业园标准厂房三期"),
    ("gc05", "金南片区", "area", "in_project_name", "金南片区综合管廊工程共同构成"),
    ("gc05", "宣汉县", "county", "standalone", "在宣汉县分会场"),
    ("gc06", "高新区", "development_zone", "standalone", "6月12日，高新区2024年二季度招商引资项目集中签约仪式"),
    ("gc06", "达州高新区", "development_zone", "in_project_name", "签约的达州高新区锂电池负极材料一体化项目总投资52亿元"),
    ("gc06", "电子信息产业园", "zone_park", "in_project_name", "电子信息产业园标准厂房四期"),
    ("gc06", "河市", "town", "in_project_name", "河市物流港冷链仓储中心等项目"),
    ("gc06", "达州", "city", "standalone", "企业看中的是达州丰富的石墨和天然气资源"),
    ("gc07", "河市镇", "town", "standalone", "区长蹇明杰深入河市镇、石桥镇和三里坪街道"),
    ("gc07", "石桥镇", "town", "standalone", "区长蹇明杰深入河市镇、石桥镇和三里坪街道"),
    ("gc07", "三里坪街道", "sub_district_office", "standalone", "区长蹇明杰深入河市镇、石桥镇和三里坪街道"),
    ("gc07", "达川区", "district", "in_project_name", "先后来到达川区农产品冷链物流园"),
    ("gc07", "州河", "river", "in_project_name", "州河达川段防洪治理工程"),
    ("gc07", "达川", "district", "in_project_name", "州河达川段防洪治理工程"),
    ("gc08", "天城镇", "town", "standalone", "先后深入天城镇、白霓镇、青山镇和崇阳经济开发区"),
    ("gc08", "白霓镇", "town", "standalone", "先后深入天城镇、白霓镇、青山镇和崇阳经济开发区"),
    ("gc08", "青山镇", "town", "standalone", "先后深入天城镇、白霓镇、青山镇和崇阳经济开发区"),
    ("gc08", "崇阳经济开发区", "development_zone", "standalone", "先后深入天城镇、白霓镇、青山镇和崇阳经济开发区"),
    ("gc08", "崇阳县", "county", "in_project_name", "实地察看了崇阳县电子纸基新材料项目"),
    ("gc08", "青山水库", "reservoir", "in_project_name", "青山水库灌区续建配套与节水改造工程"),
    ("gc08", "陆水河", "river", "in_project_name", "陆水河崇阳段综合治理工程等14个项目"),
    ("gc08", "崇阳", "county", "in_project_name", "陆水河崇阳段综合治理工程等14个项目"),
    ("gc09", "咸宁高新区", "development_zone", "standalone", "咸宁高新区2024年一季度重大项目集中开工仪式在"),
    ("gc09", "高新区", "development_zone", "in_title", _G9G),
    ("gc09", "横沟桥镇", "town", "in_project_name", "横沟桥镇大健康产业园"),
    ("gc09", "贺胜路", "road", "in_project_name", "贺胜路东延段道路工程等项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gc", conventions="set gc (blind set: 重点项目 集中开工 / 集中签约 ceremonies, 观摩拉练 / 拉练检查 tours with their 点评会 / 推进会, and leaders' 项目现场 调研 in 安徽 亳州 (蒙城县, 利辛县, 谯城区; the 亳州日报), 四川 达州 (宣汉县, 达州高新区, 达川区; a 四川在线 copy of the 达州日报) and 湖北 咸宁 (崇阳县; the 咸宁日报 on 咸宁高新区); bare 县 / 区 / 市 organs take the page's place; bare 高新区 organs take the page's zone (达州 or 咸宁); a county 经济开发区 keeps its written full name; 县领导 without titles and company roles no post; ceremonies, site observations (观摩拉练 and 拉练检查), inspections and meetings; every named project once per page; one line per post per article)",
          persons_note="Set gc persons. id = corpus-wide person_id (gc:韦建平#1 利辛县发展改革委主任 (安徽) and gc:韦建平#2 崇阳县副县长 (湖北) are two people; gc:殷文韬 蒙城县长 2022 → 蒙城县委书记 2024; gc:漆国梁 利辛县委书记 2023 → 亳州市委常委、副市长 2024; gc:向鸿飞 宣汉县常务副县长 2022 → 达州高新区管委会主任 2023 → 党工委书记 2024; gc:蹇明杰 达州高新区管委会副主任 2023 → 达川区长 2024; gc:甄立波 崇阳县长 2023 → 咸宁市副市长、咸宁高新区党工委书记 2024; company heads are type company)")


if __name__ == "__main__":
    main()
