"""Write gold part ``fo`` (a blind set: districts whose names several cities share) from the tables below.

Pages ``tests/dev/texts/fo*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 沈阳 大事记 page on shenyang.gov.cn (``时间:… 来源:市委党史研究室
[字体: ] 打印``, ``市委副书记、代市长…主持召开``); the 沈阳市和平区 site's 政府工作报告 page (``发布时间:2022年01月25日 来源:
和平区人民政府办公室``) and a 国际在线 page on its 人代会 (``供图 和平区委宣传部``, an 执行主席 list); the 天津市和平区 site
(``丨 网站无障碍 丨 关怀版``, ``发布日期:2018-02-07 发布者:区人民政府``) and a 新华网 interview of the 天津市和平区委书记
(五大道, 金街, 劝业场); the 武汉市青山区 site (``索 引 号 … 发布机构 … 有 效 性``, ``字号 : | 发布时间: | 发布单位:``), the
湖北政协 page of a 武汉市青山区 茶话会 (``区委书记…，区委副书记、区长…，区政府副区长…；区政协副主席…主持``, ``（武汉市青山区政协
供稿）``), a 长江日报 page (``新闻中心 > 武汉 … 来源: 长江日报 【字体:``, ``长江日报大武汉客户端…讯(记者…)``) on a 市长 in 青山区
and a report page naming ``青山区委副书记、区长，化工区党工委副书记``; the 包头市青山区 site (``您所在的位置:首页>信息公开>…
发布时间: 作者: 浏览次数:``) and a 包头新闻网 page (``您的位置: 包头新闻网首页 » 新闻 » 书记市长 »``, ``(包头日报社全媒体
记者:…)``, a comment box); a 重庆 北碚报 edition (``首页 | 版面导航 | 标题导航 … 第A2版:要闻 … 作者: 浏览次数: 放大 缩小
默认``, ``区委书记…，区委副书记、区长…等区领导深入一线检查``), a 武陵都市报 page (``区委副书记、区政府区长…带领…检查…区领导
…一同检查``, ``编辑:``), a 上游新闻 page of a 考察组 (``北碚区委书记…，区委副书记、区长…，区委常委、常务副区长…陪同考察``)
and a 南岸区 检查 page (``区委书记、重庆经开区党工委书记(兼)…``); a 黄州 page of a 宁波市江北区 考察团 with a 座谈会 and
signed agreements; 鄞州 大事记 pages (``宁波市副市长、鄞州区委书记…``, ``区领导…参加``); a 新华网 page on a 南京市鼓楼区委全会;
an 开封 鼓楼区 发布会 page on 澎湃 (``鼓楼区委书记…，鼓楼区委副书记、区长…，鼓楼区委常委、宣传部长…主持``) and an
encyclopedia page of 开封市鼓楼区 (书店街, 包公湖, 相国寺, 马道街). Places are real: 辽宁 沈阳 (和平区, 铁西区 with the
沈阳经开区 and 中德园), 天津 (和平区), 湖北 武汉 (青山区 with the 化工区), 内蒙古 包头 (青山区), 重庆 (江北区), 浙江 宁波
(江北区), 江苏 南京 (鼓楼区), 河南 开封 (鼓楼区).

Shapes: a district site's 区长 调研 with the 常务副区长 and a street secretary (fo01); a city paper's 第A02版 with two
articles, a 副市长's 调研 in ``铁西区`` with the chain ``区委副书记、区长，经开区管委会主任`` and a ``和平区`` 推进大会 (fo02); a
district site of the other 和平区 (天津) naming ``沈阳市和平区`` once (fo03); a district site's 区政府常务会议 with an 索引号
block, the chain ``区委副书记、区长，化工区党工委副书记`` and a 区政协副主席 列席 (fo04); a portal page (包头新闻网) of the other
青山区's 区委书记 督导检查 with a comment box (fo05); a district site's 区长 检查 (fo06); the other 江北区's site (宁波) on the
重庆市江北区 delegation: visitors written with their city, hosts bare, a 座谈会 with a signed agreement (fo07); a district site's
区长 调研 (fo08); a city paper's 第A04版 推进会 of the same district three years on (fo09); a district site of the other
鼓楼区 (开封) (fo10).

Identity cases:
- fo:栾志伟 moves from one shared-named district to another district of the same city: 沈阳市和平区委常委、常务副区长 in May 2021
  (fo01) → 沈阳市铁西区委副书记、区长 and 沈阳经开区管委会主任 in Sept 2023 (fo02).
- fo:蒯宏达: 沈阳市和平区 区委副书记、区长 in May 2021 (fo01) → ``和平区委书记`` in Sept 2023 (fo02, article 2, where the new 区长
  fo:晏书瑶 chairs).
- fo:符云涛: 重庆市江北区委常委、常务副区长 in Sept 2021 (fo06, on its own site, bare) → ``重庆市江北区委副书记、区长`` in Nov 2023
  on the site of the other 江北区 (fo07, 宁波).
- fo:濮文涛: 南京市鼓楼区 区委副书记、区长 in June 2021 (fo08) → ``鼓楼区委书记`` in April 2024 (fo09); fo:卞雅琳: 副区长 (fo08) →
  区委常委、常务副区长 (fo09); fo:房嘉树 (湖南路街道党工委书记) on both pages.
- two different 戚雅萍 in two same-named districts of unrelated cities: fo:戚雅萍#1 is 副区长 of 武汉市青山区 (fo04, March 2022);
  fo:戚雅萍#2 is 区委常委、宣传部部长 of 包头市青山区 (fo05, June 2024).
- one organ name on pages of different cities: bare ``区委`` / ``区委书记`` / ``区委副书记、区长`` belong to 沈阳市和平区 (fo01),
  天津市和平区 (fo03), 武汉市青山区 (fo04), 重庆市江北区 (fo06), 宁波市江北区 (fo07), 南京市鼓楼区 (fo08) and 开封市鼓楼区 (fo10);
  ``和平区委书记`` is 沈阳's (fo02), ``青山区委书记`` 包头's (fo05), ``鼓楼区委书记`` 南京's (fo09); ``工人村`` is a 街区 of
  沈阳's 铁西区 (fo02) and a 街道 of 武汉's 青山区 (fo04); ``中山路`` is 沈阳's on both fo01 and fo03 (written ``沈阳市和平区中山路
  街区`` on the 天津 page).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (CONVENTIONS and parts af, bz, bs, bq where they speak; decided here where they are silent):
- A district name several cities have takes its city in every org (CONVENTIONS ``开封市鼓楼区``; as af and bz): 沈阳市和平区,
  沈阳市铁西区 (shared with 鞍山, 四平), 天津市和平区, 武汉市青山区, 包头市青山区, 重庆市江北区, 宁波市江北区, 南京市鼓楼区,
  开封市鼓楼区. DECIDED HERE: the districts of the municipalities 天津 and 重庆 are prefixed by ``天津市`` / ``重庆市`` as any city.
  The city comes from the site line of a district site (bare 区委 / 区长 = the site's district) or from the paper
  (沈阳日报: ``铁西区委书记``, ``和平区委书记`` = 沈阳's; 包头新闻网 / 包头日报: ``青山区委书记`` = 包头's; 南京日报: ``鼓楼区委书记`` =
  南京's). A bare title after a district named in the same sentence inherits it (``和平区委书记蒯宏达…，区委副书记、区长晏书瑶`` →
  沈阳市和平区).
- DECIDED HERE (fo02): ``区委副书记、区长，经开区管委会主任栾志伟`` in the 沈阳日报 after ``铁西区委书记`` gives 沈阳市铁西区委 副书记,
  沈阳市铁西区政府 区长 and 沈阳经开区管委会 主任: a zone written bare in a city paper takes the paper's city (as af's 高新区), and
  the text itself says ``铁西区与经开区合署办公``.
- DECIDED HERE (fo04): ``化工区党工委副书记`` on the 武汉市青山区 site → ``武汉化工区党工委`` 副书记 (the 武汉化学工业区; CONVENTIONS'
  zone form: city without 市 + the zone's short name as written).
- DECIDED HERE (fo07, two same-named districts on one page, as af04): the visitors are written with their city (``重庆市江北区委
  副书记、区长符云涛``, ``重庆市江北区委常委、宣传部部长蒲婷婷``) → 重庆市江北区委 / 重庆市江北区政府 / 重庆市江北区委宣传部; the
  hosts' bare titles (``区委书记应晓东，区委副书记、区长竺海燕``, ``副区长俞哲明介绍了我区``) and the town (``慈城镇党委书记``) are
  宁波市江北区's, as ``我区`` says.
- A street's secretary written ``在X街道，街道党工委书记…`` (or ``X街道党工委书记``) → ``<district>X街道党工委`` 书记; a town's
  ``镇党委书记`` → ``<district>X镇党委`` 书记. ``区委常委、宣传部部长`` → X区委 常委 + X区委宣传部 部长 (as af). District
  departments as written after the label: ``区发改局局长`` → 武汉市青山区发改局 局长, ``区应急局局长`` → 重庆市江北区应急局,
  ``区科技局局长`` → 南京市鼓楼区科技局. ``区政协副主席`` → 武汉市青山区政协 副主席. 副市长 in the 沈阳日报 → 沈阳市政府.
- One line per post per article; a list after one title gives every name that title (``副区长戚雅萍、熊一帆``).
- Events: 调研 / 检查 / 督导检查 are ``inspection`` (leader; 陪同 / 一同调研 / 一同检查 / 参加调研 / 参加督导 attendees; 汇报 /
  介绍 / 通报 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); the delegation's 考察 (fo07) is an inspection led by the visiting
  区长, the 座谈会 after it a meeting of its own whose two signers are attendees (as af04); 常务会议 and 推进会 / 推进大会 are
  meetings (chair when 主持; 出席 / 列席 attendees; ``出席会议并讲话`` attendee and speaker). DECIDED HERE: a 区发改局局长 whose
  汇报 the 常务会议 ``听取了`` is a speaker; the 区政协副主席 who 列席 is an attendee.
- Projects: works named as under way or to be pushed (…工程, …项目, …产业园一期 / 二期, …二期); 老旧小区改造 ``housing_project``;
  a 公园步道 / 江滩 work ``greening_project``; 清淤 ``engineering_work``; 污水处理厂, 燃气管网 works ``infrastructure_project``;
  named 产业园 phases ``industrial_park``; 街区 / 商圈 / 片区 works ``project``. Documents (《…实施方案》, 《…框架协议》) and
  unnamed works (``庄桥街道未来社区``, ``武钢有限产线改造``) are not projects; standing areas (滨江商务区, 寸滩国际新城, 中德园,
  鼓楼科技园, 鼓楼特色商业区 as an area) are places.
- Places: one line per name per file, as written (``和平区``, ``青山区``, ``鼓楼区`` bare where bare; ``沈阳市和平区``, ``重庆市江北区``,
  ``宁波市江北区`` where written with the city; the short forms ``铁西``, ``鼓楼`` used alone are districts, as af / bz); places
  inside project names, org references and document titles count. DECIDED HERE: a city named inside a place name (``宁波老外滩``,
  ``开封古城``) is a place of its own, context ``in_place_name``. Site lines, navigation, mastheads, 来源 lines, footers (with
  their addresses), 上一篇 / 下一篇 and related-article lists are not annotated. The generic ``江北`` of ``因地处江北而得名`` (north
  of the river) is no place.
- Bylines: ``本报讯（记者 …）`` and ``（包头日报社全媒体记者：…）`` are reporter lines; 编辑 / 责任编辑 / 本版编辑 / 校对 / 审核 are
  editor lines (the 包头新闻网 stamp line's ``编辑：`` too).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SH, TX, TH = "沈阳市和平区", "沈阳市铁西区", "天津市和平区"
WQ, BQ = "武汉市青山区", "包头市青山区"
CJ, NJ = "重庆市江北区", "宁波市江北区"
NG, KG = "南京市鼓楼区", "开封市鼓楼区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fo01_shenyang_heping.txt": (2021, "发布时间：2021年05月20日", SH, [
        ("蒯宏达调研太原街商圈改造提升和老旧小区改造工作", "5月19日", "2021-05-19", "5月19日，区委副书记",
         "district site (沈阳市和平区): the 区长's 调研 with the 常务副区长 栾志伟, a 副区长 and a street secretary, all bare")]),
    "fo02_shenyang.txt": (2023, "2023年9月14日　星期四", "沈阳市", [
        ("谭颂岩到铁西区调研装备制造业发展和工人村街区更新工作", "13日", "2023-09-13", "本报讯（记者 钮嘉禾）13日",
         "city paper 第A02版 (沈阳日报): a 副市长's 调研 in 铁西区; 栾志伟 now 铁西区委副书记、区长，经开区管委会主任"),
        ("和平区召开优化营商环境推进大会", "13日", "2023-09-13", "本报讯（记者 宓思琪）13日",
         "same page: 和平区 推进大会; 蒯宏达 now 和平区委书记, the new 区长 晏书瑶 chairs")]),
    "fo03_tianjin_heping.txt": (2022, "发布日期：2022-07-13", TH, [
        ("隗振东调研五大道历史文化街区保护提升和劝业场片区城市更新工作", "7月12日", "2022-07-12", "7月12日，区委书记隗振东",
         "district site (天津市和平区): the 区委书记's 调研 with the 区长 and a 副区长; 沈阳市和平区 named once")]),
    "fo04_wuhan_qingshan.txt": (2022, "发布时间：2022-03-18 17:05", WQ, [
        ("区政府召开第十一次常务会议", "3月17日下午", "2022-03-17", "3月17日下午，区委副书记",
         "district site (武汉市青山区, 索引号 block): 区政府常务会议; 区长 also 化工区党工委副书记; 戚雅萍#1 副区长; 区政协副主席 列席")]),
    "fo05_baotou.txt": (2024, "2024-06-06 09:12", BQ, [
        ("亓云鹏督导检查安全生产和重点项目建设工作", "6月5日", "2024-06-05", "6月5日，青山区委书记",
         "portal (包头新闻网 » 青山区): the 青山区委书记's 督导检查; 戚雅萍#2 区委常委、宣传部部长; a town secretary")]),
    "fo06_chongqing_jiangbei.txt": (2021, "日期：2021-09-28", CJ, [
        ("冉耀祖检查国庆节前安全生产和市场保供工作", "9月27日", "2021-09-27", "9月27日，区委副书记",
         "district site (重庆市江北区): the 区长's 检查 with the 常务副区长 符云涛; street secretary and 应急局局长 report")]),
    "fo07_ningbo_jiangbei.txt": (2023, "发布时间：2023-11-10 16:38", NJ, [
        ("重庆市江北区党政代表团来我区考察交流", "11月8日至9日", "2023-11-08", "11月8日至9日，重庆市",
         "district site (宁波市江北区): the 重庆市江北区 delegation led by 符云涛 (now 区长), hosts bare; 座谈会 and agreement")]),
    "fo08_nanjing_gulou.txt": (2021, "发布时间：2021-06-24 17:46", NG, [
        ("濮文涛调研湖南路商圈提升和科技园区建设工作", "6月23日", "2021-06-23", "6月23日，区委副书记",
         "district site (南京市鼓楼区): the 区长's 调研 with a 副区长, a street secretary and the 科技局局长")]),
    "fo09_nanjing.txt": (2024, "2024年4月11日　星期四", NG, [
        ("鼓楼区部署推进城市更新和“一街一品”建设", "10日", "2024-04-10", "本报讯（记者 司徒敏）10日",
         "city paper 第A04版 (南京日报): 鼓楼区 推进会; 濮文涛 now 鼓楼区委书记, 卞雅琳 now 区委常委、常务副区长")]),
    "fo10_kaifeng_gulou.txt": (2023, "发布时间：2023-07-19 11:20", KG, [
        ("郏东升调研文旅项目建设和防汛工作", "7月18日", "2023-07-18", "7月18日，区委书记郏东升",
         "district site (开封市鼓楼区): the 区委书记's 调研 with the 区长, a 副区长 and a street secretary")]),
}

_FO01_LUAN = "区委常委、常务副区长栾志伟"
_FO02_LUAN = "区委副书记、区长，经开区管委会主任栾志伟"
_FO04_YAN = "区委副书记、区长，化工区党工委副书记鄢振华"
_FO04_DEP = "副区长戚雅萍、熊一帆出席会议"
_FO07_HOSTS = "区委书记应晓东，区委副书记、区长竺海燕分别陪同"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 沈阳
    "fo:蒯宏达": ("蒯宏达", "official", SH, [
        ("fo01", f"{SH}委", "副书记", "区委副书记、区长蒯宏达带队调研", "2021-05: bare 区委 on the 沈阳市和平区 site; named in the headline too (identity case: 和平区委书记 in 2023, fo02)"),
        ("fo01", f"{SH}政府", "区长", "区委副书记、区长蒯宏达带队调研", None),
        ("fo02", f"{SH}委", "书记", "和平区委书记蒯宏达出席会议并讲话", "2023-09: 和平区 in the 沈阳日报 = 沈阳市和平区 (not 天津's, fo03)")], []),
    "fo:栾志伟": ("栾志伟", "official", "沈阳市", [
        ("fo01", f"{SH}委", "常委", _FO01_LUAN, "2021-05: 沈阳市和平区 (identity case: moves to 铁西区 of the same city, fo02)"),
        ("fo01", f"{SH}政府", "常务副区长", _FO01_LUAN, None),
        ("fo02", f"{TX}委", "副书记", _FO02_LUAN, "2023-09: bare 区委 after 铁西区委书记 = 沈阳市铁西区 (铁西区 shared with 鞍山, 四平)"),
        ("fo02", f"{TX}政府", "区长", _FO02_LUAN, None),
        ("fo02", "沈阳经开区管委会", "主任", _FO02_LUAN, "DECIDED HERE: bare 经开区 in the 沈阳日报 = 沈阳经开区 (合署办公 with 铁西区, as the text says)")], []),
    "fo:郗明珠": ("郗明珠", "official", SH, [
        ("fo01", f"{SH}政府", "副区长", "副区长郗明珠，区商务局", None)], []),
    "fo:付晨阳": ("付晨阳", "official", SH, [
        ("fo01", f"{SH}南湖街道党工委", "书记", "在南湖街道，街道党工委书记付晨阳", "street of the page's district")], []),
    "fo:谭颂岩": ("谭颂岩", "official", "沈阳市", [
        ("fo02", "沈阳市政府", "副市长", "副市长谭颂岩到铁西区调研", "副市长 in the 沈阳日报; named in the headline too")], []),
    "fo:樊立恒": ("樊立恒", "official", TX, [
        ("fo02", f"{TX}委", "书记", "铁西区委书记樊立恒", "铁西区 in the 沈阳日报 = 沈阳市铁西区")], []),
    "fo:晏书瑶": ("晏书瑶", "official", SH, [
        ("fo02", f"{SH}委", "副书记", "区委副书记、区长晏书瑶主持会议", "bare 区委 after 和平区委书记 = 沈阳市和平区; 蒯宏达's successor as 区长"),
        ("fo02", f"{SH}政府", "区长", "区委副书记、区长晏书瑶主持会议", None)], []),
    # ---- 天津
    "fo:隗振东": ("隗振东", "official", TH, [
        ("fo03", f"{TH}委", "书记", "区委书记隗振东调研", "bare 区委 on the 天津市和平区 site (not 沈阳's); named in the headline too")], []),
    "fo:阚晓岚": ("阚晓岚", "official", TH, [
        ("fo03", f"{TH}委", "副书记", "区委副书记、区长阚晓岚", None),
        ("fo03", f"{TH}政府", "区长", "区委副书记、区长阚晓岚", None)], []),
    "fo:郁成林": ("郁成林", "official", TH, [
        ("fo03", f"{TH}委", "常委", "区委常委、副区长郁成林", None),
        ("fo03", f"{TH}政府", "副区长", "区委常委、副区长郁成林", None)], []),
    "fo:储文静": ("储文静", "official", TH, [
        ("fo03", f"{TH}劝业场街道党工委", "书记", "在劝业场街道，街道党工委书记储文静", None)], []),
    # ---- 武汉
    "fo:鄢振华": ("鄢振华", "official", WQ, [
        ("fo04", f"{WQ}委", "副书记", _FO04_YAN, "bare 区委 on the 武汉市青山区 site"),
        ("fo04", f"{WQ}政府", "区长", _FO04_YAN, None),
        ("fo04", "武汉化工区党工委", "副书记", _FO04_YAN, "DECIDED HERE: 化工区 on the 武汉市青山区 site = 武汉化工区")], []),
    "fo:柯向阳": ("柯向阳", "official", WQ, [
        ("fo04", f"{WQ}委", "常委", "区委常委、常务副区长柯向阳", None),
        ("fo04", f"{WQ}政府", "常务副区长", "区委常委、常务副区长柯向阳", None)], []),
    "fo:戚雅萍#1": ("戚雅萍", "official", WQ, [
        ("fo04", f"{WQ}政府", "副区长", _FO04_DEP, "武汉 (湖北), 2022; not the 戚雅萍 of 包头市青山区 (fo05)")], []),
    "fo:熊一帆": ("熊一帆", "official", WQ, [
        ("fo04", f"{WQ}政府", "副区长", _FO04_DEP, "list after one title")], []),
    "fo:喻立春": ("喻立春", "official", WQ, [
        ("fo04", f"{WQ}政协", "副主席", "区政协副主席喻立春列席会议", None)], []),
    "fo:涂宏斌": ("涂宏斌", "official", WQ, [
        ("fo04", f"{WQ}发改局", "局长", "区发改局局长涂宏斌", "department as written")], []),
    # ---- 包头
    "fo:亓云鹏": ("亓云鹏", "official", BQ, [
        ("fo05", f"{BQ}委", "书记", "青山区委书记亓云鹏督导检查", "青山区 on the 包头新闻网 (包头日报) = 包头市青山区 (not 武汉's, fo04); named in the headline too")], []),
    "fo:綦海波": ("綦海波", "official", BQ, [
        ("fo05", f"{BQ}委", "副书记", "区委副书记、区长綦海波", None),
        ("fo05", f"{BQ}政府", "区长", "区委副书记、区长綦海波", None)], []),
    "fo:戚雅萍#2": ("戚雅萍", "official", BQ, [
        ("fo05", f"{BQ}委", "常委", "区委常委、宣传部部长戚雅萍", "包头 (内蒙古), 2024; not the 戚雅萍 of 武汉市青山区 (fo04)"),
        ("fo05", f"{BQ}委宣传部", "部长", "区委常委、宣传部部长戚雅萍", None)], []),
    "fo:郜建军": ("郜建军", "official", BQ, [
        ("fo05", f"{BQ}青福镇党委", "书记", "在青福镇，镇党委书记郜建军", None)], []),
    # ---- 重庆
    "fo:冉耀祖": ("冉耀祖", "official", CJ, [
        ("fo06", f"{CJ}委", "副书记", "区委副书记、区长冉耀祖带队检查", "bare 区委 on the 重庆市江北区 site; named in the headline too"),
        ("fo06", f"{CJ}政府", "区长", "区委副书记、区长冉耀祖带队检查", None)], []),
    "fo:符云涛": ("符云涛", "official", CJ, [
        ("fo06", f"{CJ}委", "常委", "区委常委、常务副区长符云涛一同检查", "2021-09 (identity case: 区长 in 2023, fo07)"),
        ("fo06", f"{CJ}政府", "常务副区长", "区委常委、常务副区长符云涛一同检查", None),
        ("fo07", f"{CJ}委", "副书记", "重庆市江北区委副书记、区长符云涛率党政代表团", "2023-11: written with its city on the 宁波市江北区 site"),
        ("fo07", f"{CJ}政府", "区长", "重庆市江北区委副书记、区长符云涛率党政代表团", None)], []),
    "fo:谭小蔓": ("谭小蔓", "official", CJ, [
        ("fo06", f"{CJ}观音桥街道党工委", "书记", "观音桥街道党工委书记谭小蔓", None)], []),
    "fo:向远征": ("向远征", "official", CJ, [
        ("fo06", f"{CJ}应急局", "局长", "区应急局局长向远征", None)], []),
    "fo:蒲婷婷": ("蒲婷婷", "official", CJ, [
        ("fo07", f"{CJ}委", "常委", "重庆市江北区委常委、宣传部部长蒲婷婷", "visitor written with her city"),
        ("fo07", f"{CJ}委宣传部", "部长", "重庆市江北区委常委、宣传部部长蒲婷婷", None)], []),
    # ---- 宁波
    "fo:应晓东": ("应晓东", "official", NJ, [
        ("fo07", f"{NJ}委", "书记", _FO07_HOSTS, "DECIDED HERE: hosts' bare titles on the 宁波市江北区 site = 宁波市江北区")], []),
    "fo:竺海燕": ("竺海燕", "official", NJ, [
        ("fo07", f"{NJ}委", "副书记", _FO07_HOSTS, None),
        ("fo07", f"{NJ}政府", "区长", _FO07_HOSTS, None)], []),
    "fo:毛鸿勋": ("毛鸿勋", "official", NJ, [
        ("fo07", f"{NJ}慈城镇党委", "书记", "慈城镇党委书记毛鸿勋", None)], []),
    "fo:俞哲明": ("俞哲明", "official", NJ, [
        ("fo07", f"{NJ}政府", "副区长", "副区长俞哲明介绍了我区", "``我区`` = the host district")], []),
    # ---- 南京
    "fo:濮文涛": ("濮文涛", "official", NG, [
        ("fo08", f"{NG}委", "副书记", "区委副书记、区长濮文涛调研", "2021-06: bare 区委 on the 南京市鼓楼区 site; named in the headline too (identity case: 鼓楼区委书记 in 2024, fo09)"),
        ("fo08", f"{NG}政府", "区长", "区委副书记、区长濮文涛调研", None),
        ("fo09", f"{NG}委", "书记", "鼓楼区委书记濮文涛出席会议并讲话", "2024-04: 鼓楼区 in the 南京日报 = 南京市鼓楼区 (not 开封's, fo10)")], []),
    "fo:卞雅琳": ("卞雅琳", "official", NG, [
        ("fo08", f"{NG}政府", "副区长", "副区长卞雅琳，区科技局", "2021-06"),
        ("fo09", f"{NG}委", "常委", "区委常委、常务副区长卞雅琳通报了", "2024-04: now 区委常委、常务副区长"),
        ("fo09", f"{NG}政府", "常务副区长", "区委常委、常务副区长卞雅琳通报了", None)], []),
    "fo:房嘉树": ("房嘉树", "official", NG, [
        ("fo08", f"{NG}湖南路街道党工委", "书记", "湖南路街道党工委书记房嘉树汇报了", "2021-06"),
        ("fo09", f"{NG}湖南路街道党工委", "书记", "湖南路街道党工委书记房嘉树介绍了", "2024-04: the same post")], []),
    "fo:缪振宇": ("缪振宇", "official", NG, [
        ("fo08", f"{NG}科技局", "局长", "区科技局局长缪振宇", None)], []),
    "fo:姜璐": ("姜璐", "official", NG, [
        ("fo09", f"{NG}委", "副书记", "区委副书记、区长姜璐主持会议", "bare 区委 after 鼓楼区委书记 = 南京市鼓楼区; 濮文涛's successor as 区长"),
        ("fo09", f"{NG}政府", "区长", "区委副书记、区长姜璐主持会议", None)], []),
    # ---- 开封
    "fo:郏东升": ("郏东升", "official", KG, [
        ("fo10", f"{KG}委", "书记", "区委书记郏东升调研", "bare 区委 on the 开封市鼓楼区 site (not 南京's); named in the headline too")], []),
    "fo:闵晓燕": ("闵晓燕", "official", KG, [
        ("fo10", f"{KG}委", "副书记", "区委副书记、区长闵晓燕", None),
        ("fo10", f"{KG}政府", "区长", "区委副书记、区长闵晓燕", None)], []),
    "fo:娄振华": ("娄振华", "official", KG, [
        ("fo10", f"{KG}委", "常委", "区委常委、副区长娄振华", None),
        ("fo10", f"{KG}政府", "副区长", "区委常委、副区长娄振华", None)], []),
    "fo:牛春雷": ("牛春雷", "official", KG, [
        ("fo10", f"{KG}相国寺街道党工委", "书记", "在相国寺街道，街道党工委书记牛春雷", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fo01", "梁佳音", "责任编辑", "editor", "责任编辑：梁佳音"),
    ("fo02", "钮嘉禾", "记者", "reporter", "本报讯（记者 钮嘉禾）"),
    ("fo02", "宓思琪", "记者", "reporter", "本报讯（记者 宓思琪）"),
    ("fo02", "岑雨萱", "本版编辑", "editor", "本版编辑：岑雨萱"),
    ("fo02", "尚思远", "校对", "editor", "校对：尚思远"),
    ("fo03", "卓一凡", "编辑", "editor", "编辑：卓一凡"),
    ("fo04", "魏可馨", "责任编辑", "editor", "责任编辑：魏可馨"),
    ("fo05", "骆婉清", "编辑", "editor", "编辑：骆婉清"),
    ("fo05", "闫晓彤", "全媒体记者", "reporter", "（包头日报社全媒体记者：闫晓彤）"),
    ("fo06", "乔梓涵", "编辑", "editor", "编辑：乔梓涵"),
    ("fo06", "池晓雯", "审核", "editor", "审核：池晓雯"),
    ("fo07", "甘露露", "责任编辑", "editor", "责任编辑：甘露露"),
    ("fo08", "鲍婧", "责任编辑", "editor", "责任编辑：鲍婧"),
    ("fo09", "司徒敏", "记者", "reporter", "本报讯（记者 司徒敏）"),
    ("fo09", "尤佳慧", "本版编辑", "editor", "本版编辑：尤佳慧"),
    ("fo10", "车明轩", "责任编辑", "editor", "责任编辑：车明轩"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fo01", "太原街商圈改造提升和老旧小区改造调研", "inspection (调研)", "5月19日", None, "蒯宏达", [],
     ["栾志伟", "郗明珠"], ["郗明珠", "付晨阳", "蒯宏达", "栾志伟"], SH,
     "区委副书记、区长蒯宏达带队调研太原街商圈改造提升和老旧小区改造工作",
     ["区长蒯宏达带队调研", "区委常委、常务副区长栾志伟，副区长郗明珠", "郗明珠介绍了", "付晨阳汇报了", "蒯宏达指出",
      "栾志伟就商圈项目资金平衡"]),
    ("fo02", "铁西区装备制造业发展和工人村历史文化街区更新调研", "inspection (调研)", "13日", None, "谭颂岩", [],
     ["樊立恒", "栾志伟"], ["栾志伟", "樊立恒", "谭颂岩"], TX,
     "副市长谭颂岩到铁西区调研装备制造业发展和工人村历史文化街区更新工作",
     ["副市长谭颂岩到铁西区调研", "铁西区委书记樊立恒", "经开区管委会主任栾志伟陪同调研", "栾志伟汇报了", "樊立恒介绍了",
      "谭颂岩指出"]),
    ("fo02", "和平区优化营商环境推进大会", "meeting (推进大会)", "13日", "晏书瑶", None, [SH],
     ["蒯宏达"], ["蒯宏达", "晏书瑶"], None,
     "和平区召开优化营商环境推进大会，通报上半年营商环境评价情况",
     ["和平区委书记蒯宏达出席会议并讲话", "区长晏书瑶主持会议", "蒯宏达强调", "晏书瑶对重点项目审批"]),
    ("fo03", "五大道历史文化街区保护提升和劝业场片区城市更新调研", "inspection (调研)", "7月12日", None, "隗振东", [],
     ["阚晓岚", "郁成林"], ["储文静", "郁成林", "隗振东", "阚晓岚"], TH,
     "区委书记隗振东调研五大道历史文化街区保护提升和劝业场片区城市更新工作",
     ["区委书记隗振东调研", "区长阚晓岚，区委常委、副区长郁成林一同调研", "储文静汇报了", "郁成林介绍了", "隗振东强调",
      "阚晓岚表示"]),
    ("fo04", "区政府第十一次常务会议", "meeting (区政府常务会议)", "3月17日下午", "鄢振华", None, [f"{WQ}政府"],
     ["柯向阳", "戚雅萍", "熊一帆", "喻立春"], ["涂宏斌", "戚雅萍", "熊一帆", "鄢振华", "柯向阳"], None,
     "化工区党工委副书记鄢振华主持召开区政府第十一次常务会议",
     ["鄢振华主持召开区政府第十一次常务会议", "区委常委、常务副区长柯向阳，副区长戚雅萍、熊一帆出席会议",
      "区政协副主席喻立春列席会议", "区发改局局长涂宏斌关于", "戚雅萍通报了", "熊一帆就北湖生态新城", "鄢振华强调",
      "柯向阳就全区财政收支"]),
    ("fo05", "安全生产和重点项目建设督导检查", "inspection (督导检查)", "6月5日", None, "亓云鹏", [],
     ["綦海波", "戚雅萍"], ["郜建军", "綦海波", "亓云鹏", "戚雅萍"], BQ,
     "青山区委书记亓云鹏督导检查安全生产和重点项目建设工作",
     ["青山区委书记亓云鹏督导检查", "区长綦海波，区委常委、宣传部部长戚雅萍参加督导", "郜建军汇报了", "綦海波介绍了",
      "亓云鹏强调", "戚雅萍就安全生产宣传教育"]),
    ("fo06", "国庆节前安全生产和市场保供检查", "inspection (检查)", "9月27日", None, "冉耀祖", [],
     ["符云涛"], ["谭小蔓", "向远征", "冉耀祖", "符云涛"], CJ,
     "区委副书记、区长冉耀祖带队检查国庆节前安全生产和市场保供工作",
     ["区长冉耀祖带队检查", "常务副区长符云涛一同检查", "谭小蔓汇报了", "向远征介绍了", "冉耀祖强调", "符云涛就值班值守"]),
    ("fo07", "重庆市江北区党政代表团考察", "inspection (考察)", "11月8日至9日", None, "符云涛", [],
     ["蒲婷婷", "应晓东", "竺海燕"], ["毛鸿勋"], NJ,
     "重庆市江北区委副书记、区长符云涛率党政代表团来我区考察交流",
     ["区长符云涛率党政代表团来我区考察交流", "蒲婷婷随团考察", _FO07_HOSTS, "毛鸿勋介绍了"]),
    ("fo07", "两区交流座谈会", "meeting (座谈会)", "9日上午", None, None, [],
     ["竺海燕", "符云涛"], ["应晓东", "符云涛", "俞哲明"], NJ,
     "9日上午，两区召开交流座谈会",
     ["应晓东代表区委、区政府对代表团一行表示欢迎", "符云涛表示", "副区长俞哲明介绍了", "竺海燕和符云涛代表两区签署了"]),
    ("fo08", "湖南路商圈提升和科技园区建设调研", "inspection (调研)", "6月23日", None, "濮文涛", [],
     ["卞雅琳"], ["房嘉树", "缪振宇", "濮文涛", "卞雅琳"], NG,
     "区委副书记、区长濮文涛调研湖南路商圈提升和科技园区建设工作",
     ["区长濮文涛调研湖南路商圈", "副区长卞雅琳，区科技局", "房嘉树汇报了", "缪振宇介绍了", "濮文涛指出", "卞雅琳就商圈环境整治"]),
    ("fo09", "城市更新暨“一街一品”建设推进会", "meeting (推进会)", "10日", "姜璐", None, [NG],
     ["濮文涛"], ["卞雅琳", "房嘉树", "濮文涛", "姜璐"], None,
     "鼓楼区召开城市更新暨“一街一品”建设推进会",
     ["鼓楼区委书记濮文涛出席会议并讲话", "区长姜璐主持会议", "常务副区长卞雅琳通报了", "房嘉树介绍了", "濮文涛指出", "姜璐要求"]),
    ("fo10", "文旅项目建设和防汛工作调研", "inspection (调研)", "7月18日", None, "郏东升", [],
     ["闵晓燕", "娄振华"], ["牛春雷", "娄振华", "郏东升", "闵晓燕"], KG,
     "区委书记郏东升调研文旅项目建设和防汛工作",
     ["区委书记郏东升调研", "区长闵晓燕，区委常委、副区长娄振华参加调研", "牛春雷汇报了", "娄振华介绍了", "郏东升强调",
      "闵晓燕表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fo01", "太原街商圈改造提升工程", "project", "太原街商圈改造提升工程现场"),
    ("fo01", "南湖街道老旧小区改造项目", "housing_project", "汇报了南湖街道老旧小区改造项目"),
    ("fo02", "中德园新能源汽车零部件产业园二期", "industrial_park", "中德园新能源汽车零部件产业园二期、重工街道"),
    ("fo02", "工人村历史文化街区保护更新工程", "project", "工人村历史文化街区保护更新工程现场"),
    ("fo03", "五大道历史文化街区保护提升工程", "project", "五大道历史文化街区保护提升工程现场"),
    ("fo03", "劝业场片区城市更新项目", "project", "劝业场片区城市更新项目和金街步行街"),
    ("fo04", "红钢城片区城市更新项目", "project", "红钢城片区城市更新项目和工人村街道老旧小区改造项目"),
    ("fo04", "工人村街道老旧小区改造项目", "housing_project", "红钢城片区城市更新项目和工人村街道老旧小区改造项目"),
    ("fo04", "北湖生态新城污水处理厂二期工程", "infrastructure_project", "北湖生态新城污水处理厂二期工程"),
    ("fo04", "青山江滩三期工程", "greening_project", "青山江滩三期工程汛前节点"),
    ("fo05", "青福镇重卡零部件产业园一期", "industrial_park", "青福镇重卡零部件产业园一期、富强路街道"),
    ("fo05", "富强路街道老旧小区改造项目", "housing_project", "富强路街道老旧小区改造项目和青山区"),
    ("fo05", "青山区城市燃气管网更新改造工程", "infrastructure_project", "青山区城市燃气管网更新改造工程施工现场"),
    ("fo06", "石马河片区老旧小区改造项目", "housing_project", "石马河片区老旧小区改造项目和鸿恩寺公园"),
    ("fo06", "鸿恩寺公园步道提升工程", "greening_project", "鸿恩寺公园步道提升工程现场"),
    ("fo08", "湖南路商圈提升改造工程", "project", "汇报了湖南路商圈提升改造工程的进展"),
    ("fo08", "颐和路历史文化街区保护利用二期工程", "project", "稳妥推进颐和路历史文化街区保护利用二期工程"),
    ("fo09", "湖南路商圈提升改造工程", "project", "介绍了湖南路商圈提升改造工程建成开街后"),
    ("fo09", "颐和路历史文化街区保护利用二期工程", "project", "重点推进颐和路历史文化街区保护利用二期工程"),
    ("fo09", "下关滨江商务区城市更新项目", "project", "下关滨江商务区城市更新项目"),
    ("fo09", "宁海路片区老旧小区改造项目", "housing_project", "宁海路片区老旧小区改造项目"),
    ("fo10", "书店街历史文化街区提升改造工程", "project", "书店街历史文化街区提升改造工程"),
    ("fo10", "鼓楼特色商业区二期", "project", "鼓楼特色商业区二期和包公湖"),
    ("fo10", "包公湖东湖清淤工程", "engineering_work", "包公湖东湖清淤工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fo01", "太原街", "street", "standalone", "太原街是和平区的金字招牌"),
    ("fo01", "和平区", "district", "standalone", "太原街是和平区的金字招牌"),
    ("fo01", "太原街街道", "sub_district_office", "standalone", "太原街街道、南湖街道主要负责同志"),
    ("fo01", "南湖街道", "sub_district_office", "standalone", "太原街街道、南湖街道主要负责同志"),
    ("fo01", "中山路历史文化街区", "street_block", "standalone", "中山路历史文化街区和南湖街道文安路片区"),
    ("fo01", "中山路", "road", "standalone", "在中山路，郗明珠"),
    ("fo01", "文安路片区", "area", "standalone", "南湖街道文安路片区"),
    ("fo01", "北二马路", "road", "standalone", "北二马路至中华路段"),
    ("fo01", "中华路", "road", "standalone", "北二马路至中华路段"),
    ("fo02", "铁西区", "district", "standalone", "副市长谭颂岩到铁西区调研"),
    ("fo02", "经开区", "development_zone", "standalone", "铁西区与经开区合署办公以来"),
    ("fo02", "中德园", "zone_park", "standalone", "加快中德园项目投产达效"),
    ("fo02", "重工街道", "sub_district_office", "standalone", "重工街道企业服务中心"),
    ("fo02", "工人村历史文化街区", "street_block", "standalone", "工人村历史文化街区更新工作"),
    ("fo02", "工人村", "area", "standalone", "工人村街区“老厂房+新业态”"),
    ("fo02", "铁西", "district", "standalone", "铁西是全市装备制造业的主阵地"),
    ("fo02", "和平区", "district", "standalone", "和平区召开优化营商环境推进大会，通报"),
    ("fo02", "太原街", "street", "standalone", "擦亮太原街、西塔等商圈品牌"),
    ("fo02", "西塔", "area", "standalone", "擦亮太原街、西塔等商圈品牌"),
    ("fo02", "南湖街道", "sub_district_office", "standalone", "会上，南湖街道、太原街街道"),
    ("fo02", "太原街街道", "sub_district_office", "standalone", "会上，南湖街道、太原街街道"),
    ("fo03", "五大道历史文化街区", "street_block", "standalone", "调研五大道历史文化街区保护提升"),
    ("fo03", "五大道", "area", "standalone", "让五大道、劝业场的老建筑"),
    ("fo03", "劝业场片区", "area", "standalone", "劝业场片区城市更新工作。区委副书记"),
    ("fo03", "劝业场", "area", "standalone", "让五大道、劝业场的老建筑"),
    ("fo03", "劝业场街道", "sub_district_office", "standalone", "在劝业场街道，街道党工委书记储文静"),
    ("fo03", "金街", "street", "standalone", "劝业场片区城市更新项目和金街步行街"),
    ("fo03", "和平区", "district", "standalone", "和平区地域面积小"),
    ("fo03", "沈阳市和平区", "district", "standalone", "学习借鉴沈阳市和平区中山路街区活化利用的经验"),
    ("fo03", "中山路", "road", "standalone", "学习借鉴沈阳市和平区中山路街区活化利用的经验"),
    ("fo04", "青山区", "district", "in_document_title", "《青山区2022年城市更新工作实施方案》"),
    ("fo04", "化工区", "development_zone", "standalone", "化工区要严格落实安全生产责任"),
    ("fo04", "滨江商务区", "area", "standalone", "研究部署一季度经济运行、滨江商务区建设"),
    ("fo04", "红钢城片区", "area", "in_project_name", "红钢城片区城市更新项目和工人村街道老旧小区改造项目"),
    ("fo04", "工人村街道", "sub_district_office", "in_project_name", "红钢城片区城市更新项目和工人村街道老旧小区改造项目"),
    ("fo04", "北湖生态新城", "area", "in_project_name", "北湖生态新城污水处理厂二期工程"),
    ("fo04", "青山江滩", "park", "in_project_name", "青山江滩三期工程汛前节点"),
    ("fo05", "青山区", "district", "standalone", "青山区是包头装备制造业的重要承载区"),
    ("fo05", "包头", "city", "standalone", "青山区是包头装备制造业的重要承载区"),
    ("fo05", "青福镇", "town", "standalone", "在青福镇，镇党委书记郜建军"),
    ("fo05", "富强路街道", "sub_district_office", "standalone", "在富强路街道，綦海波介绍了"),
    ("fo06", "观音桥商圈", "area", "standalone", "在观音桥商圈，冉耀祖"),
    ("fo06", "观音桥街道", "sub_district_office", "standalone", "区城市管理局和观音桥街道主要负责同志参加"),
    ("fo06", "石马河片区", "area", "in_project_name", "石马河片区老旧小区改造项目和鸿恩寺公园"),
    ("fo06", "鸿恩寺公园", "park", "in_project_name", "鸿恩寺公园步道提升工程现场"),
    ("fo06", "寸滩国际新城", "area", "standalone", "检查组来到寸滩国际新城在建项目"),
    ("fo07", "重庆市江北区", "district", "standalone", "重庆市江北区将把考察成果运用到"),
    ("fo07", "宁波市江北区", "district", "standalone", "宁波市江北区在古城保护活化"),
    ("fo07", "江北区", "district", "standalone", "两个江北区名称相同"),
    ("fo07", "慈城古县城", "heritage_site", "standalone", "先后来到慈城古县城"),
    ("fo07", "宁波老外滩", "area", "standalone", "慈城古县城、宁波老外滩、庄桥街道"),
    ("fo07", "宁波", "city", "in_place_name", "慈城古县城、宁波老外滩、庄桥街道"),
    ("fo07", "庄桥街道", "sub_district_office", "standalone", "庄桥街道未来社区"),
    ("fo07", "江北膜幻动力小镇", "area", "standalone", "江北膜幻动力小镇"),
    ("fo07", "慈城镇", "town", "in_org_reference", "慈城镇党委书记毛鸿勋"),
    ("fo07", "观音桥商圈", "area", "standalone", "观音桥商圈提质"),
    ("fo07", "寸滩国际新城", "area", "standalone", "寸滩国际新城建设中去"),
    ("fo08", "湖南路", "road", "standalone", "湖南路是鼓楼区的传统商业中心"),
    ("fo08", "鼓楼区", "district", "standalone", "湖南路是鼓楼区的传统商业中心"),
    ("fo08", "湖南路街道", "sub_district_office", "standalone", "湖南路街道、宁海路街道负责同志"),
    ("fo08", "宁海路街道", "sub_district_office", "standalone", "湖南路街道、宁海路街道负责同志"),
    ("fo08", "狮子桥步行街", "street", "standalone", "湖南路狮子桥步行街"),
    ("fo08", "狮子桥片区", "area", "standalone", "在狮子桥片区先行先试"),
    ("fo08", "鼓楼科技园", "zone_park", "standalone", "鼓楼科技园和宁海路街道"),
    ("fo08", "颐和路历史文化街区", "street_block", "standalone", "宁海路街道颐和路历史文化街区"),
    ("fo08", "颐和路", "road", "standalone", "颐和路街区要严格保护民国建筑风貌"),
    ("fo09", "鼓楼区", "district", "standalone", "鼓楼区召开城市更新"),
    ("fo09", "鼓楼", "district", "standalone", "鼓楼是南京的老城核心区"),
    ("fo09", "南京", "city", "standalone", "鼓楼是南京的老城核心区"),
    ("fo09", "湖南路街道", "sub_district_office", "standalone", "会上，湖南路街道、挹江门街道"),
    ("fo09", "挹江门街道", "sub_district_office", "standalone", "会上，湖南路街道、挹江门街道"),
    ("fo09", "绣球公园", "park", "standalone", "绣球公园周边街巷微更新"),
    ("fo09", "湖南路", "road", "in_project_name", "介绍了湖南路商圈提升改造工程建成开街后"),
    ("fo09", "颐和路", "road", "in_project_name", "重点推进颐和路历史文化街区保护利用二期工程"),
    ("fo09", "下关滨江商务区", "area", "in_project_name", "下关滨江商务区城市更新项目"),
    ("fo09", "宁海路片区", "area", "in_project_name", "宁海路片区老旧小区改造项目"),
    ("fo10", "书店街", "street", "standalone", "加快书店街、鼓楼特色商业区项目建设"),
    ("fo10", "鼓楼特色商业区", "area", "standalone", "加快书店街、鼓楼特色商业区项目建设"),
    ("fo10", "包公湖", "lake", "standalone", "包公湖清淤工程要赶在主汛期前"),
    ("fo10", "相国寺街道", "sub_district_office", "standalone", "在相国寺街道，街道党工委书记牛春雷"),
    ("fo10", "马道街", "street", "standalone", "马道街沿街商铺外立面改造"),
    ("fo10", "鼓楼区", "district", "standalone", "鼓楼区是开封古城的核心区"),
    ("fo10", "开封古城", "heritage_site", "standalone", "鼓楼区是开封古城的核心区"),
    ("fo10", "开封", "city", "in_place_name", "鼓楼区是开封古城的核心区"),
    ("fo10", "鼓楼夜市", "market", "standalone", "做旺鼓楼夜市"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fo", conventions="set fo (blind set: districts whose names several cities share: 和平区 of 沈阳 and 天津, 铁西区 of 沈阳 (with the 沈阳经开区, 合署办公), 青山区 of 武汉 (with the 武汉化工区) and 包头, 江北区 of 重庆 and 宁波, 鼓楼区 of 南京 and 开封; every org of such a district is prefixed by its city (天津市和平区, 重庆市江北区 too), the city taken from the district site or the city paper; bare 区委 / 区长 = the page's district, a bare title after a named district inherits it; on the 宁波市江北区 page the visitors written with 重庆市 are 重庆's and the bare hosts 宁波's; streets and towns take the district label; places as written, the short forms 铁西 / 鼓楼 are districts; one line per post per article)",
          persons_note="Set fo persons. id = corpus-wide person_id (fo:戚雅萍#1 副区长 of 武汉市青山区 and fo:戚雅萍#2 区委常委、宣传部部长 of 包头市青山区 are two people; fo:栾志伟 moves 沈阳市和平区 常务副区长 2021 → 沈阳市铁西区 区长 and 沈阳经开区管委会主任 2023; fo:蒯宏达 沈阳市和平区 区长 2021 → 区委书记 2023; fo:符云涛 重庆市江北区 常务副区长 2021 → 区长 2023 (on the 宁波市江北区 site); fo:濮文涛 南京市鼓楼区 区长 2021 → 区委书记 2024; fo:卞雅琳 副区长 2021 → 常务副区长 2024)")


if __name__ == "__main__":
    main()
