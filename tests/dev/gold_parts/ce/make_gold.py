"""Write gold part ``ce`` (a blind set: development zones of the 长三角 and the 珠三角 — 昆山开发区, 苏州工业园区, 无锡高新区
（新吴区）, 宁波杭州湾新区, 佛山高新区 with 南海区, 中山火炬开发区 — and their 集中开工 / 签约 / 竣工投产 ceremonies with many
named projects) from the tables below.

Pages ``tests/dev/texts/ce*.txt`` were written for this part with invented person, company and project names, modelled on
real pages of the genre read with the ``search`` tool: an investment portal's copy of a 苏州工业园区 report (``您现在的位置:
首页 > 开发区新闻 > 苏州 > 文字新闻``, ``发布时间:… 来源:苏州工业园区融媒体中心 发布开发区:苏州工业园区``, ``苏州市委常委、苏州工业
园区党工委书记…，苏州工业园区党工委副书记、管委会主任…参加活动``); a 苏州日报 report of the 园区's 25th-anniversary 集中签约
开工开业 (``省委常委、市委书记…出席仪式并致辞``); a 苏州 市政协 老干部 page (``市委常委、副市长、苏州工业园区党工委书记…``); the
我苏网 report of the 昆山开发区 推进大会 (22 projects signed, 丰田电装 / 铂金咖啡 etc. started); a 昆山 春季重大项目集中开工 list
(``昆山开发区国显光电、东部热电联产…等5个项目开工建设``); a 昆山 部署动员会 page (``苏州市委常委、昆山市委书记…参加企业项目开工、
投产、签约仪式``, a company 董事长's words); a 昆山高新区 WeChat page of 省 / 苏州市 / 昆山市 三级重大项目; a 吴江 推进会 (``区委书记、
吴江开发区党工委书记…，区委副书记、区长、吴江开发区管委会主任…``); a 盐城经开区 and a 淮安开发区 集中开工 (``党工委书记…宣布项目
集中开工，管委会主任…介绍…项目情况``); the 无锡高新区（新吴区） encyclopedia entry (six 街道: 旺庄, 硕放, 江溪, 梅村, 鸿山, 新安) and
a 无锡 板块 weekly digest; a 新华网 page (``新華網 正文 … 來源: 新華網 … 【糾錯】 責任編輯:``) and 新华报业网 (``新华报业网 > 江苏 >
要闻 > 正文``) on 江苏's 集中开工; a 宁波日报 A1 page (``第A1版:要闻``, ``2020年01月21日 星期二``, ``上一篇 下一篇 放大 缩小 默认``,
``本报讯(记者…)``) on the 杭州湾新区 and a portal page with ``宁波市委常委、新区党工委书记…、宁波市副市长…``; a 钱塘新区 集中开工 page;
中山日报 / 中山+ pages (``栏目: 来源:中山日报 记者 … 通讯员 … 发布:``, ``编辑 … 二审 … 三审 …``; ``副市长、火炬开发区党工委书记…``,
``市委副书记、火炬开发区党工委书记…``, ``火炬开发区党工委副书记、管委会主任…``, ``火炬开发区党工委委员…``; a 火炬开发区 集中动工
仪式 in 民众街道 with the 市委书记 and 市长 and a company 董事长's words) and a 中山日报 epaper A01 page; a 佛山 高明 重大项目开工
活动 (主会场 and 分会场 of the other districts), a 南海 桂城 list of 集中开工 projects, a 珠江时报 page (``南海区委常委、常务副区长、
狮山镇委书记…``) and a 佛山 notice on the 高新区's ``一区辖两园`` management.
Places are real: 江苏 苏州 (昆山市 and 昆山开发区; 苏州工业园区), 江苏 无锡 (无锡高新区（新吴区） and its 街道; 江阴市, 宜兴市, 锡山区,
惠山区), 浙江 宁波 (宁波杭州湾新区 with the 托管 庵东镇; 慈溪市, 余姚市), 广东 佛山 (佛山高新区 ``一区五园``; 南海区 with 狮山镇,
里水镇, 大沥镇, 桂城街道), 广东 中山 (火炬开发区（中山港街道）, 民众街道).

Shapes: the 昆山开发区 site's 一季度 集中开工 (``昆山市委常委、开发区党工委书记`` 宣布开工, 管委会主任 致辞, 党工委委员、管委会副主任
主持, 经发局局长 介绍, a company 董事长 and a 台资 总经理 speak; seven projects) (ce01); the 昆山日报 A01 of the 2024 签约开工
活动 (``苏州市委常委、昆山市委书记``; bare ``市委常委`` / ``副市长`` of the 县级市 paper; 投资促进局局长; eight projects) (ce02); an
investment portal's copy of a 苏州工业园区 集中签约仪式 (苏州市副市长, 园区 党工委 / 管委会, 经济发展委员会, 投资促进委员会; a
company 总裁 signs) (ce03); the 无锡高新区（新吴区） site's 集中开工 with 区政合一 chains (``市委常委，无锡高新区党工委书记、新吴区委
书记``; ``…管委会主任，新吴区委副书记、区长``; ``…管委会副主任，新吴区副区长``), the 区发展改革委 and a 街道党工委书记 (ce04); a
新华网 江苏频道 copy of a 无锡日报 report of the city's 集中竣工投产 at the 新吴区 主会场 (市长, 常务副市长 主持; the zone's new
heads) (ce05); the 宁波杭州湾新区 site's 集中签约仪式 (``宁波市委常委、新区党工委书记``, bare 新区 organs, 慈溪市副市长, the 托管
庵东镇's 党委书记 signs) (ce06); the 宁波日报 A1 of the city's 集中开工 at the 杭州湾新区 主会场 (省委常委、市委书记 宣布开工, 市长
讲话, 慈溪市委书记 at a 分会场) (ce07); the 佛山高新区 site's 集中动工投产 of the ``一区五园`` (``副市长、佛山高新区党工委书记``,
``管委会常务副主任``, ``南海区委常委、狮山镇党委书记``, the 高新区经济发展局) (ce08); the 佛山日报 A03 (南海新闻) of a 南海区
集中签约动工 (``佛山市委常委、南海区委书记``; the former 高新区 常务副主任 now 区长) (ce09); a 中山+ page of the 中山日报 on the
火炬开发区（中山港街道） 集中动工暨招商签约 (市委书记, 市长, ``副市长、火炬开发区党工委书记``, 投资促进局局长, 民众街道党工委书记)
(ce10).

Identity cases:
- ce:缪立行, 管委会主任 → 党工委书记 of one zone: 昆山开发区党工委副书记、管委会主任 in March 2022 (ce01); 昆山市委常委、
  开发区党工委书记 in February 2024 (ce02). His successor ce:单家骏 is 党工委副书记、管委会主任 in 2024.
- ce:蒯秋华 moves between two zones of 苏州: 昆山开发区管委会副主任 (ce01, 2022) → 苏州工业园区党工委委员、管委会副主任 (ce03,
  2023).
- ce:秦嘉文 (区政合一): 无锡高新区党工委副书记、管委会主任，新吴区委副书记、区长 in February 2022 (ce04) → 无锡高新区党工委书记、
  新吴区委书记 in May 2024 (ce05). ce:华建勋: 无锡市委常委，无锡高新区党工委书记、新吴区委书记 (ce04, 2022) → 无锡市委常委、常务副
  市长 (ce05, 2024). ce:钱玉洁: 新吴区副区长 (2022) → 新吴区委常委、常务副区长 (2024), 高新区党工委委员、管委会副主任 both times.
- ce:岑晓静: 宁波杭州湾新区管委会副主任 (ce06, June 2021) → 新区党工委副书记、管委会主任 (ce07, Feb 2023).
- ce:伍俊豪 leaves the zone for a district: 佛山高新区党工委副书记、管委会常务副主任 (ce08, Dec 2021) → 南海区委副书记、区长 (ce09,
  Aug 2023). ce:罗泽林: 南海区委常委、狮山镇党委书记 (2021) → 南海区委常委、常务副区长 (2023).
- the same officials on two pages: ce:应国栋 (宁波市委常委、杭州湾新区党工委书记, 2021 and 2023), ce:麦嘉铭 (佛山市副市长、佛山高新区
  党工委书记, 2021 and 2023); the company head ce:俞景和 (ce04, ce05).
- two different 严立峰 in unrelated places with look-alike posts: ce:严立峰#1 is 昆山开发区经发局局长 (江苏, ce01, 2022);
  ce:严立峰#2 is 中山火炬开发区投资促进局局长 (广东, ce10, 2022).
- one organ name in several places: bare ``开发区`` / ``开发区党工委`` / ``开发区经发局`` are 昆山开发区's (ce01, ce02), bare
  ``高新区`` / ``高新区党工委`` are 无锡高新区's (ce04, ce05) and 佛山高新区's (ce08), bare ``新区`` is 宁波杭州湾新区 (ce06, ce07),
  bare ``园区`` is 苏州工业园区 (ce03); bare ``市委常委`` is 昆山市委's in the 昆山日报 (ce02, a 县级市 paper), 无锡市委's on the
  新吴区 site (ce04) and 宁波市委's in the 宁波日报 (ce07); bare ``副市长`` is 昆山's (ce02), 宁波's (ce07), 佛山's (ce08, ce09) and
  中山's (ce10).
- projects across pages: 睿芯光电高端显示模组项目 (started ce01, in production ce02); 芯岳半导体12英寸特色工艺晶圆项目, 无锡高新区生命
  科技产业园二期, 硕放航空物流园二期, 鸿山物联网小镇配套道路工程 (started ce04, completed ce05); 甬创新能源汽车一体化压铸件项目,
  杭州湾新区汽车零部件产业园二期, 庵东镇冷链物流中心项目 (signed ce06, started ce07); 狮山智能装备产业园一期 and 弘图机器人减速器
  生产基地 (ce08; in production / a 二期 in ce09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts h, k, ad, bq where they speak; decided here where they are silent):
- Zone labels: city name without 市 + the zone's short name as written after folding the long forms: 苏州工业园区 (as part h),
  无锡高新区, 佛山高新区, 宁波杭州湾新区. DECIDED HERE: the 昆山 zone writes itself ``昆山开发区`` (its site, the 昆山日报) and the
  中山 zone ``火炬开发区``; neither page writes a long form to fold, so the labels are ``昆山开发区`` and ``中山火炬开发区``.
- Bare zone organs take the page's zone: ``开发区党工委`` / ``管委会`` / ``开发区经发局`` on the 昆山 pages, ``园区党工委`` /
  ``园区经济发展委员会`` / ``园区投资促进委员会`` in the 苏州工业园区 report, ``新区党工委`` / ``新区经发局`` on the 宁波 pages,
  ``高新区党工委`` / ``高新区经济发展局`` on the 无锡 and 佛山 pages; zone departments as written after the label (as part k's
  宜昌高新区投资促进局): 昆山开发区经发局, 昆山开发区投资促进局, 宁波杭州湾新区经发局, 佛山高新区经济发展局, 中山火炬开发区投资
  促进局, 苏州工业园区经济发展委员会, 苏州工业园区投资促进委员会.
- 市委 / 市政府 titles: bare ``市委常委`` / ``副市长`` take the city of the page (the 县级市 昆山 in the 昆山日报; 无锡 on the 新吴区
  site; 宁波 in the 宁波日报; 佛山 on the 佛山高新区 site and in the 佛山日报; 中山 on the 中山+ page); ``市委常委、常务副市长`` gives
  X市委 常委 + X市政府 常务副市长; ``副市长、佛山高新区党工委书记`` gives 佛山市政府 副市长 + 佛山高新区党工委 书记 (as part h's
  ``市委常委、副市长、…党工委书记``). ``省委常委、市委书记`` in the 宁波日报 → 浙江省委 常委 + 宁波市委 书记.
- 区政合一 (无锡高新区（新吴区）): one chain gives a line for each organ (as part bq): ``无锡高新区党工委副书记、管委会主任，新吴区委
  副书记、区长`` → 无锡高新区党工委 副书记, 无锡高新区管委会 主任, 新吴区委 副书记, 新吴区政府 区长; a title after ``，`` that names
  the district starts the district's organs. The bare ``区发展改革委`` and ``硕放街道`` on that site are 新吴区's (新吴区 is one
  district in China: no city prefix). 南海区 is one district in China too.
- Towns and streets: county label + name + organ: 南海区狮山镇党委 (``狮山镇党委书记``), 新吴区硕放街道党工委. A town entrusted to a
  zone takes the zone label (as part bq): the 托管 庵东镇 → 宁波杭州湾新区庵东镇党委. DECIDED HERE: 中山 has no county level, so a
  中山 street's label is the city + the street: 中山市民众街道党工委; 民众街道 is ``统筹`` by the 火炬开发区 (coordination, not 托管),
  so it keeps the city's label.
- Company roles (董事长, 总经理, 总裁) give no line; those persons are type ``company``. Signing ``代表双方`` makes an attendee.
- Events: each 集中开工 / 签约 / 竣工投产 / 动工投产 activity is a ``ceremony`` (as part ad); chair when 主持; attendees are the
  named persons present (出席, 致辞, 宣布开工, 介绍, 发言, 签约), the chair not repeated; speakers are those whose words are
  reported (致辞 / 讲话 / 宣布开工 / 介绍 / 发言 / 表示 / 说 / 指出 / 强调 / 要求). The city-wide ceremonies of ce05 and ce07 are held
  at a zone's 主会场 and are one event each (the 分会场 are not events of their own).
- Projects: every work named as started, signed, completed, listed or reported, once per page, with the name as written
  (``…项目现场`` without 现场; the short form a page writes is that page's name, e.g. ``智能终端产业园二期`` in ce02 for ce01's
  ``昆山开发区智能终端产业园二期``). Kinds: a 产业园 or a phase of it, a 产业基地 and a park's 标准厂房 phase ``industrial_park`` (as
  part bs); 物流园 / 冷链物流中心 ``logistics_hub``; 道路 / 快线 works ``infrastructure_project``; 生态廊道 ``greening_project``;
  人才公寓 ``housing_project``; factories, 生产基地, 研发中心, 中试基地, 城市更新 and hospitals ``project``. ``一区五园``, ``湾区光谷``
  and ``工改`` are no projects.
- Places: one row per distinct name per file, named as the evidence writes it, with the context of the first occurrence;
  places inside titles, organ references and project names count (a short town name opening a project name, 硕放 / 狮山, is a
  row, as part ad's 岳池). DECIDED HERE: when a page writes the zone's full name (昆山开发区, 无锡高新区, 苏州工业园区, 宁波杭州湾
  新区, 佛山高新区), the bare ``开发区`` / ``高新区`` / ``园区`` / ``新区`` of the same page is that zone and gives no row of its own (newskg
  names a bare zone with its city, so the two would be one row); a short proper name (``杭州湾新区``, ``昆山``, ``慈溪``, ``南海``) is
  a row beside the full one (as part ad's 佛冈 / 佛冈县). A standing park inside a project name (``光电产业园标准厂房三期``, ``健康
  科技产业基地生物医药孵化器三期``) is a ``zone_park`` row, as are the five 园 of 佛山高新区; a park that is itself the project with a
  phase (元宇宙创新产业园二期) gives no place row. Company names, slogans, site lines, mastheads, 来源 lines, footers, addresses and
  related-article / 上一篇 / 下一篇 lists are not annotated.
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``记者 … 通讯员 …`` are reporter / correspondent lines; a media centre credit with a
  name (``（新吴区融媒体中心 浦欣然）``) an author line; 编辑 / 责任编辑 / 美编 / 审核 / 二审 / 三审 editor lines. DECIDED HERE: the pen
  names ``通讯员 甬发改`` and ``通讯员 南宣`` (a department's name) are no persons (as part bq's 江宣).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

KS, SIP, WX, NB, FS, ZS = "昆山开发区", "苏州工业园区", "无锡高新区", "宁波杭州湾新区", "佛山高新区", "中山火炬开发区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ce01_kunshan.txt": (2022, "发布日期：2022-03-18 17:06", KS, [
        ("昆山开发区2022年一季度重大项目集中开工", "3月17日上午", "2022-03-17", "3月17日上午，昆山开发区",
         "zone site: 一季度 集中开工 (昆山市委常委、开发区党工委书记 宣布开工; 管委会主任 致辞; 党工委委员、管委会副主任 主持; 经发局局长; a 董事长 and a 台资 总经理)")]),
    "ce02_kunshan.txt": (2024, "2024年2月20日　星期二", "昆山市", [
        ("23个项目集中签约 12个项目集中开工", "2月19日", "2024-02-19", "本报讯（记者 殷佳宁",
         "县级市 paper A01: the zone's 签约开工活动 (苏州市委常委、昆山市委书记; bare 市委常委 / 副市长 = 昆山's; 缪立行 now 书记)")]),
    "ce03_suzhou_sip.txt": (2023, "发布时间：2023-09-27", SIP, [
        ("苏州工业园区三季度重点项目集中签约 38个项目总投资超260亿元", "9月26日", "2023-09-26", "9月26日，苏州工业园区",
         "investment portal copy: 集中签约仪式 (苏州市副市长; 园区 党工委书记 = 苏州市委常委; 经济发展委员会; 投资促进委员会; 蒯秋华 now here)")]),
    "ce04_wuxi.txt": (2022, "发布时间：2022-02-09 18:42", "新吴区", [
        ("我区举行2022年重大项目集中开工活动", "2月9日上午", "2022-02-09", "2月9日上午，无锡高新区",
         "区政合一 zone/district site: 集中开工 (zone and district chains; 区发展改革委; a 街道党工委书记 at a 分会场)")]),
    "ce05_wuxi.txt": (2024, "2024-05-16 09:12:35", "无锡市", [
        ("无锡二季度重大产业项目集中竣工投产 新吴区12个项目投产", "5月15日", "2024-05-15", "无锡日报讯（记者 孙晓岚）",
         "新华网 copy of the 无锡日报: the city's 集中竣工投产 at the 新吴区 主会场 (市长; 常务副市长 主持; the zone's new heads)")]),
    "ce06_ningbo.txt": (2021, "发布时间：2021-06-24 16:30", NB, [
        ("新区举行2021年二季度重大产业项目集中签约仪式", "6月23日下午", "2021-06-23", "6月23日下午，宁波杭州湾新区",
         "zone site: 集中签约仪式 (宁波市委常委、新区党工委书记; 管委会主任 主持; 慈溪市副市长; 经发局局长; the 托管 庵东镇's 党委书记 signs)")]),
    "ce07_ningbo.txt": (2023, "2023年03月01日 星期三", "宁波市", [
        ("全市一季度重大项目集中开工", "昨日", "2023-02-28", "本报讯（记者 杜思雨",
         "city paper A1: the city's 集中开工 at the 杭州湾新区 主会场 (省委常委、市委书记 宣布开工; 市长 讲话; 岑晓静 now 管委会主任; 慈溪市委书记)")]),
    "ce08_foshan.txt": (2021, "发布时间：2021-12-21 11:08", FS, [
        ("佛山高新区2021年四季度重点项目集中动工投产", "12月20日", "2021-12-20", "12月20日，佛山高新区",
         "zone site: 一区五园 集中动工投产 (副市长、高新区党工委书记; 管委会常务副主任 主持; 南海区委常委、狮山镇党委书记; 经济发展局局长)")]),
    "ce09_nanhai.txt": (2023, "2023年08月30日　星期三", "南海区", [
        ("南海区重大产业项目集中签约动工 总投资超300亿元", "8月29日", "2023-08-29", "本报讯（记者 冼嘉怡",
         "city paper A03: 南海区 集中签约动工 (佛山市委常委、南海区委书记; 伍俊豪 now 区长; 罗泽林 now 常务副区长; a new 狮山镇党委书记)")]),
    "ce10_zhongshan.txt": (2022, "发布：2022-11-18", ZS, [
        ("火炬开发区重点产业项目集中动工暨招商签约活动举行", "11月17日", "2022-11-17", "11月17日，火炬开发区",
         "中山+ page of the 中山日报: 集中动工暨招商签约 (市委书记, 市长; 副市长、火炬开发区党工委书记; 投资促进局局长 严立峰#2; 民众街道)")]),
}

_K1 = "昆山市委常委、开发区党工委书记邰振东"
_K1M = "开发区党工委副书记、管委会主任缪立行"
_K1Q = "开发区党工委委员、管委会副主任瞿海平主持活动"
_K2Y = "苏州市委常委、昆山市委书记郁伯涛出席"
_K2M = "市委常委、开发区党工委书记缪立行致辞"
_K2S = "开发区党工委副书记、管委会主任单家骏主持活动"
_S3G = "苏州市委常委、苏州工业园区党工委书记过振华"
_S3P = "园区党工委副书记、管委会主任濮存礼主持"
_S3K = "园区党工委委员、管委会副主任蒯秋华"
_W4H = "市委常委，无锡高新区党工委书记、新吴区委书记华建勋"
_W4Q = "无锡高新区党工委副书记、管委会主任，新吴区委副书记、区长秦嘉文"
_W4C = "高新区党工委委员、管委会副主任，新吴区副区长钱玉洁"
_W5H = "市委常委、常务副市长华建勋主持"
_W5Q = "无锡高新区党工委书记、新吴区委书记秦嘉文介绍了"
_W5D = "无锡高新区党工委副书记、管委会主任，新吴区委副书记、区长戴承宇"
_W5C = "高新区党工委委员、管委会副主任，新吴区委常委、常务副区长钱玉洁"
_W5S = "市委副书记、市长沈亦鸣出席"
_N6Y = "宁波市委常委、新区党工委书记应国栋"
_N6Z = "新区党工委副书记、管委会主任竺鸿飞主持仪式"
_N7P = "省委常委、市委书记彭佳澍宣布项目开工"
_N7H = "市委副书记、市长洪立德讲话"
_N7Y = "市委常委、杭州湾新区党工委书记应国栋"
_N7C = "新区党工委副书记、管委会主任岑晓静介绍了"
_F8M = "副市长、佛山高新区党工委书记麦嘉铭宣布"
_F8W = "高新区党工委副书记、管委会常务副主任伍俊豪主持活动"
_F8L = "南海区委常委、狮山镇党委书记罗泽林"
_F9K = "佛山市委常委、南海区委书记柯文亮"
_F9W = "南海区委副书记、区长伍俊豪致辞"
_F9M = "副市长、佛山高新区党工委书记麦嘉铭出席"
_F9L = "南海区委常委、常务副区长罗泽林主持"
_Z10L = "市委副书记、市长梁思远出席活动"
_Z10Y = "副市长、火炬开发区党工委书记袁卓峰致辞"
_Z10K = "火炬开发区党工委副书记、管委会主任邝伟杰主持"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 昆山
    "ce:邰振东": ("邰振东", "official", KS, [
        ("ce01", "昆山市委", "常委", _K1, "2022-03; 县级市 昆山's 市委"),
        ("ce01", KS + "党工委", "书记", _K1, "bare 开发区 on the 昆山开发区 site")], []),
    "ce:缪立行": ("缪立行", "official", KS, [
        ("ce01", KS + "党工委", "副书记", _K1M, "2022-03 (identity case: 党工委书记 in 2024, ce02)"),
        ("ce01", KS + "管委会", "主任", _K1M, None),
        ("ce02", "昆山市委", "常委", _K2M, "2024-02: bare 市委 in the 昆山日报 = 昆山市委"),
        ("ce02", KS + "党工委", "书记", _K2M, "2024-02: now 书记")], []),
    "ce:蒯秋华": ("蒯秋华", "official", "苏州市", [
        ("ce01", KS + "管委会", "副主任", "管委会副主任蒯秋华出席", "2022-03: 昆山开发区 (identity case: 苏州工业园区 in 2023, ce03)"),
        ("ce03", SIP + "党工委", "委员", _S3K, "2023-09: now in 苏州工业园区 (bare 园区)"),
        ("ce03", SIP + "管委会", "副主任", _S3K, None)], []),
    "ce:瞿海平": ("瞿海平", "official", KS, [
        ("ce01", KS + "党工委", "委员", _K1Q, None),
        ("ce01", KS + "管委会", "副主任", _K1Q, None)], []),
    "ce:严立峰#1": ("严立峰", "official", KS, [
        ("ce01", KS + "经发局", "局长", "开发区经发局局长严立峰介绍了", "昆山 (江苏); not the 严立峰 of 中山火炬开发区 (ce10); zone department as written")], []),
    "ce:卞永康": ("卞永康", "company", KS, [], ["ce01"]),  # 董事长 of a company: no post
    "ce:林冠廷": ("林冠廷", "company", KS, [], ["ce01"]),  # 总经理 of a company: no post
    "ce:郁伯涛": ("郁伯涛", "official", "昆山市", [
        ("ce02", "苏州市委", "常委", _K2Y, "named in the headline too"),
        ("ce02", "昆山市委", "书记", _K2Y, None)], []),
    "ce:雍丽娜": ("雍丽娜", "official", "昆山市", [
        ("ce02", "昆山市政府", "副市长", "副市长雍丽娜出席", "bare 副市长 in the 昆山日报 = 昆山市 (县级市), not 苏州")], []),
    "ce:单家骏": ("单家骏", "official", KS, [
        ("ce02", KS + "党工委", "副书记", _K2S, "succeeds 缪立行 as 管委会主任"),
        ("ce02", KS + "管委会", "主任", _K2S, None)], []),
    "ce:宦立新": ("宦立新", "official", KS, [
        ("ce02", KS + "投资促进局", "局长", "开发区投资促进局局长宦立新介绍了", None)], []),
    "ce:贺嘉诚": ("贺嘉诚", "company", KS, [], ["ce02"]),  # 董事长: no post
    # ---- 苏州工业园区
    "ce:鲍丽萍": ("鲍丽萍", "official", "苏州市", [
        ("ce03", "苏州市政府", "副市长", "苏州市副市长鲍丽萍", None)], []),
    "ce:过振华": ("过振华", "official", SIP, [
        ("ce03", "苏州市委", "常委", _S3G, None),
        ("ce03", SIP + "党工委", "书记", _S3G, None)], []),
    "ce:濮存礼": ("濮存礼", "official", SIP, [
        ("ce03", SIP + "党工委", "副书记", _S3P, "园区 = 苏州工业园区 (as part h)"),
        ("ce03", SIP + "管委会", "主任", _S3P, None)], []),
    "ce:钮志强": ("钮志强", "official", SIP, [
        ("ce03", SIP + "经济发展委员会", "主任", "园区经济发展委员会主任钮志强出席", None)], []),
    "ce:施宇航": ("施宇航", "official", SIP, [
        ("ce03", SIP + "投资促进委员会", "主任", "园区投资促进委员会主任施宇航介绍了", None)], []),
    "ce:葛文瀚": ("葛文瀚", "company", SIP, [], ["ce03"]),  # 总裁: no post
    # ---- 无锡
    "ce:华建勋": ("华建勋", "official", "无锡市", [
        ("ce04", "无锡市委", "常委", _W4H, "2022-02: bare 市委 on the 新吴区 site = 无锡市委"),
        ("ce04", WX + "党工委", "书记", _W4H, None),
        ("ce04", "新吴区委", "书记", _W4H, "区政合一: one chain, both organs"),
        ("ce05", "无锡市委", "常委", _W5H, "2024-05: now 常务副市长 (identity case)"),
        ("ce05", "无锡市政府", "常务副市长", _W5H, None)], []),
    "ce:秦嘉文": ("秦嘉文", "official", "新吴区", [
        ("ce04", WX + "党工委", "副书记", _W4Q, "2022-02 (identity case: 书记 in 2024, ce05)"),
        ("ce04", WX + "管委会", "主任", _W4Q, None),
        ("ce04", "新吴区委", "副书记", _W4Q, None),
        ("ce04", "新吴区政府", "区长", _W4Q, None),
        ("ce05", WX + "党工委", "书记", _W5Q, "2024-05: now 书记 of both"),
        ("ce05", "新吴区委", "书记", _W5Q, None)], []),
    "ce:钱玉洁": ("钱玉洁", "official", "新吴区", [
        ("ce04", WX + "党工委", "委员", _W4C, "2022-02"),
        ("ce04", WX + "管委会", "副主任", _W4C, None),
        ("ce04", "新吴区政府", "副区长", _W4C, None),
        ("ce05", WX + "党工委", "委员", _W5C, "2024-05"),
        ("ce05", WX + "管委会", "副主任", _W5C, None),
        ("ce05", "新吴区委", "常委", _W5C, "now also 区委常委"),
        ("ce05", "新吴区政府", "常务副区长", _W5C, None)], []),
    "ce:薛明哲": ("薛明哲", "official", "新吴区", [
        ("ce04", "新吴区发展改革委", "主任", "区发展改革委主任薛明哲通报了", "bare 区 on the 新吴区 site")], []),
    "ce:荣晓东": ("荣晓东", "official", "新吴区", [
        ("ce04", "新吴区硕放街道党工委", "书记", "硕放街道党工委书记荣晓东代表分会场发言", None)], []),
    "ce:俞景和": ("俞景和", "company", WX, [], ["ce04", "ce05"]),  # 董事长: no post
    "ce:沈亦鸣": ("沈亦鸣", "official", "无锡市", [
        ("ce05", "无锡市委", "副书记", _W5S, None),
        ("ce05", "无锡市政府", "市长", _W5S, None)], []),
    "ce:戴承宇": ("戴承宇", "official", "新吴区", [
        ("ce05", WX + "党工委", "副书记", _W5D, "succeeds 秦嘉文"),
        ("ce05", WX + "管委会", "主任", _W5D, None),
        ("ce05", "新吴区委", "副书记", _W5D, None),
        ("ce05", "新吴区政府", "区长", _W5D, None)], []),
    # ---- 宁波
    "ce:应国栋": ("应国栋", "official", NB, [
        ("ce06", "宁波市委", "常委", _N6Y, "2021-06"),
        ("ce06", NB + "党工委", "书记", _N6Y, "bare 新区 on the 杭州湾新区 site"),
        ("ce07", "宁波市委", "常委", _N7Y, "2023-02: the same posts"),
        ("ce07", NB + "党工委", "书记", _N7Y, "杭州湾新区 = 宁波杭州湾新区")], []),
    "ce:竺鸿飞": ("竺鸿飞", "official", NB, [
        ("ce06", NB + "党工委", "副书记", _N6Z, None),
        ("ce06", NB + "管委会", "主任", _N6Z, None)], []),
    "ce:岑晓静": ("岑晓静", "official", NB, [
        ("ce06", NB + "管委会", "副主任", "新区管委会副主任岑晓静", "2021-06 (identity case: 管委会主任 in 2023, ce07)"),
        ("ce07", NB + "党工委", "副书记", _N7C, "2023-02: succeeds 竺鸿飞"),
        ("ce07", NB + "管委会", "主任", _N7C, None)], []),
    "ce:许亚楠": ("许亚楠", "official", "慈溪市", [
        ("ce06", "慈溪市政府", "副市长", "慈溪市副市长许亚楠出席", None)], []),
    "ce:虞振宁": ("虞振宁", "official", NB, [
        ("ce06", NB + "经发局", "局长", "新区经发局局长虞振宁介绍了", None)], []),
    "ce:施国平": ("施国平", "official", NB, [
        ("ce06", NB + "庵东镇党委", "书记", "庵东镇党委书记施国平与", "托管 town takes the zone label (as part bq)")], []),
    "ce:戚振邦": ("戚振邦", "company", NB, [], ["ce06"]),  # 董事长: no post
    "ce:何振邦": ("何振邦", "company", NB, [], ["ce06"]),  # 总经理: no post
    "ce:彭佳澍": ("彭佳澍", "official", "宁波市", [
        ("ce07", "浙江省委", "常委", _N7P, "省委 in a 宁波 paper = 浙江省委; named in the headline too"),
        ("ce07", "宁波市委", "书记", _N7P, None)], []),
    "ce:洪立德": ("洪立德", "official", "宁波市", [
        ("ce07", "宁波市委", "副书记", _N7H, None),
        ("ce07", "宁波市政府", "市长", _N7H, None)], []),
    "ce:江晓鸥": ("江晓鸥", "official", "宁波市", [
        ("ce07", "宁波市政府", "副市长", "副市长江晓鸥出席", None)], []),
    "ce:童建峰": ("童建峰", "official", "慈溪市", [
        ("ce07", "慈溪市委", "书记", "慈溪市委书记童建峰在慈溪分会场", None)], []),
    # ---- 佛山
    "ce:麦嘉铭": ("麦嘉铭", "official", FS, [
        ("ce08", "佛山市政府", "副市长", _F8M, "2021-12: bare 副市长 on the 佛山高新区 site = 佛山's"),
        ("ce08", FS + "党工委", "书记", _F8M, None),
        ("ce09", "佛山市政府", "副市长", _F9M, "2023-08: the same posts"),
        ("ce09", FS + "党工委", "书记", _F9M, None)], []),
    "ce:伍俊豪": ("伍俊豪", "official", FS, [
        ("ce08", FS + "党工委", "副书记", _F8W, "2021-12 (identity case: 南海区长 in 2023, ce09)"),
        ("ce08", FS + "管委会", "常务副主任", _F8W, None),
        ("ce09", "南海区委", "副书记", _F9W, "2023-08: now 区长"),
        ("ce09", "南海区政府", "区长", _F9W, None)], []),
    "ce:罗泽林": ("罗泽林", "official", "南海区", [
        ("ce08", "南海区委", "常委", _F8L, "2021-12"),
        ("ce08", "南海区狮山镇党委", "书记", _F8L, "狮山镇 of 南海区 (the host of 南海园)"),
        ("ce09", "南海区委", "常委", _F9L, "2023-08: now 常务副区长"),
        ("ce09", "南海区政府", "常务副区长", _F9L, None)], []),
    "ce:梁颖诗": ("梁颖诗", "official", FS, [
        ("ce08", FS + "经济发展局", "局长", "高新区经济发展局局长梁颖诗出席", None)], []),
    "ce:萧敬文": ("萧敬文", "company", FS, [], ["ce08"]),  # 董事长: no post
    "ce:柯文亮": ("柯文亮", "official", "南海区", [
        ("ce09", "佛山市委", "常委", _F9K, None),
        ("ce09", "南海区委", "书记", _F9K, None)], []),
    "ce:钟家豪": ("钟家豪", "official", "南海区", [
        ("ce09", "南海区狮山镇党委", "书记", "狮山镇党委书记钟家豪介绍了", "succeeds 罗泽林")], []),
    "ce:许正阳": ("许正阳", "company", "南海区", [], ["ce09"]),  # 董事长: no post
    # ---- 中山
    "ce:郑启航": ("郑启航", "official", "中山市", [
        ("ce10", "中山市委", "书记", "市委书记郑启航，", None)], []),
    "ce:梁思远": ("梁思远", "official", "中山市", [
        ("ce10", "中山市委", "副书记", _Z10L, None),
        ("ce10", "中山市政府", "市长", _Z10L, None)], []),
    "ce:袁卓峰": ("袁卓峰", "official", ZS, [
        ("ce10", "中山市政府", "副市长", _Z10Y, None),
        ("ce10", ZS + "党工委", "书记", _Z10Y, "火炬开发区 = 中山火炬开发区")], []),
    "ce:邝伟杰": ("邝伟杰", "official", ZS, [
        ("ce10", ZS + "党工委", "副书记", _Z10K, None),
        ("ce10", ZS + "管委会", "主任", _Z10K, None)], []),
    "ce:严立峰#2": ("严立峰", "official", ZS, [
        ("ce10", ZS + "投资促进局", "局长", "火炬开发区投资促进局局长严立峰介绍了", "中山 (广东); not the 严立峰 of 昆山开发区 (ce01)")], []),
    "ce:冯嘉欣": ("冯嘉欣", "official", "中山市", [
        ("ce10", "中山市民众街道党工委", "书记", "民众街道党工委书记冯嘉欣介绍", "DECIDED HERE: 中山 has no county; 统筹 is not 托管")], []),
    "ce:何文渊": ("何文渊", "company", ZS, [], ["ce10"]),  # 董事长: no post
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ce01", "周雨桐", "记者", "reporter", "（开发区融媒体中心 记者 周雨桐）"),
    ("ce01", "蔡婧", "责任编辑", "editor", "责任编辑：蔡婧"),
    ("ce02", "殷佳宁", "记者", "reporter", "本报讯（记者 殷佳宁 通讯员 龚晓婷）"),
    ("ce02", "龚晓婷", "通讯员", "correspondent", "本报讯（记者 殷佳宁 通讯员 龚晓婷）"),
    ("ce02", "邢晓露", "责任编辑", "editor", "责任编辑：邢晓露"),
    ("ce02", "顾卿", "美编", "editor", "美编：顾卿"),
    ("ce03", "陆梓涵", "责任编辑", "editor", "【责任编辑：陆梓涵】"),
    ("ce04", "浦欣然", "供稿", "author", "（新吴区融媒体中心 浦欣然）"),
    ("ce04", "金立群", "责任编辑", "editor", "责任编辑：金立群"),
    ("ce05", "孙晓岚", "记者", "reporter", "无锡日报讯（记者 孙晓岚）"),
    ("ce05", "邵婉清", "责任编辑", "editor", "责任编辑：邵婉清"),
    ("ce06", "黎家宝", "供稿", "author", "（新区融媒体中心　黎家宝）"),
    ("ce06", "卢慧敏", "编辑", "editor", "编辑：卢慧敏"),
    ("ce06", "谢嘉豪", "审核", "editor", "审核：谢嘉豪"),
    ("ce07", "杜思雨", "记者", "reporter", "本报讯（记者 杜思雨 通讯员 甬发改）"),
    ("ce07", "潘晓彤", "编辑", "editor", "（编辑：潘晓彤）"),
    ("ce08", "甘雅婷", "编辑", "editor", "编辑：甘雅婷"),
    ("ce09", "冼嘉怡", "记者", "reporter", "本报讯（记者 冼嘉怡 通讯员 南宣）"),
    ("ce09", "区永康", "责任编辑", "editor", "责任编辑：区永康"),
    ("ce10", "麦志聪", "记者", "reporter", "记者 麦志聪 通讯员 温晓琳"),
    ("ce10", "温晓琳", "通讯员", "correspondent", "记者 麦志聪 通讯员 温晓琳"),
    ("ce10", "杜文静", "编辑", "editor", "编辑 杜文静"),
    ("ce10", "黄铭轩", "二审", "editor", "二审 黄铭轩"),
    ("ce10", "陈立华", "三审", "editor", "三审 陈立华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("ce01", "昆山开发区2022年一季度重大项目集中开工活动", "ceremony (集中开工活动)", "3月17日上午", "瞿海平", None, [],
     ["邰振东", "缪立行", "蒯秋华", "严立峰", "卞永康", "林冠廷"],
     ["严立峰", "卞永康", "林冠廷", "缪立行", "邰振东"], "睿芯光电高端显示模组项目现场",
     "3月17日上午，昆山开发区2022年一季度重大项目集中开工活动在睿芯光电高端显示模组项目现场举行",
     ["开发区党工委书记邰振东宣布项目开工", "管委会主任缪立行致辞", "管委会副主任蒯秋华出席", "管委会副主任瞿海平主持活动",
      "局长严立峰介绍了一季度开工项目情况", "董事长卞永康作为企业代表发言", "总经理林冠廷说", "缪立行在致辞中",
      "邰振东宣布昆山开发区2022年一季度重大项目集中开工"]),
    ("ce02", "昆山开发区2024年重大项目签约开工活动", "ceremony (签约开工活动)", "2月19日", "单家骏", None, [],
     ["郁伯涛", "缪立行", "雍丽娜", "宦立新", "贺嘉诚"],
     ["宦立新", "贺嘉诚", "缪立行", "郁伯涛"], None,
     "2月19日，昆山开发区2024年重大项目签约开工活动举行",
     ["昆山市委书记郁伯涛出席活动并宣布项目开工", _K2M, "副市长雍丽娜出席", "管委会主任单家骏主持活动",
      "局长宦立新介绍了签约项目情况", "单家骏与上海华擎新能源科技有限公司董事长贺嘉诚代表双方签约", "贺嘉诚在发言中表示",
      "缪立行在致辞中说", "郁伯涛指出"]),
    ("ce03", "苏州工业园区2023年三季度重点项目集中签约仪式", "ceremony (签约仪式)", "9月26日", "濮存礼", None, [],
     ["鲍丽萍", "过振华", "蒯秋华", "钮志强", "施宇航", "葛文瀚"],
     ["施宇航", "葛文瀚", "过振华", "鲍丽萍"], None,
     "9月26日，苏州工业园区2023年三季度重点项目集中签约仪式举行",
     ["苏州市副市长鲍丽萍", "苏州工业园区党工委书记过振华出席并致辞", "管委会主任濮存礼主持签约仪式",
      "园区经济发展委员会主任钮志强出席", "主任施宇航介绍了签约项目情况", "蒯秋华与瑞博生物医药（苏州）有限公司总裁葛文瀚代表双方签约",
      "葛文瀚表示", "过振华在致辞中表示", "鲍丽萍指出"]),
    ("ce04", "无锡高新区（新吴区）2022年重大项目集中开工活动", "ceremony (集中开工活动)", "2月9日上午", "钱玉洁", None, [],
     ["华建勋", "秦嘉文", "薛明哲", "荣晓东", "俞景和"],
     ["薛明哲", "荣晓东", "俞景和", "秦嘉文", "华建勋"], "芯岳半导体12英寸特色工艺晶圆项目现场",
     "2月9日上午，无锡高新区（新吴区）2022年重大项目集中开工活动在芯岳半导体12英寸特色工艺晶圆项目现场举行",
     ["新吴区委书记华建勋宣布项目开工", "区长秦嘉文致辞", "新吴区副区长钱玉洁主持活动", "主任薛明哲通报了集中开工项目情况",
      "书记荣晓东代表分会场发言", "董事长俞景和表示", "秦嘉文在致辞中指出", "华建勋宣布无锡高新区（新吴区）2022年重大项目集中开工"]),
    ("ce05", "无锡市2024年二季度重大产业项目集中竣工投产活动", "ceremony (集中竣工投产活动)", "5月15日", "华建勋", None, [],
     ["沈亦鸣", "秦嘉文", "戴承宇", "钱玉洁", "俞景和"],
     ["秦嘉文", "俞景和", "沈亦鸣", "华建勋"], "无锡高新区（新吴区）主会场",
     "5月15日，无锡市2024年二季度重大产业项目集中竣工投产活动在无锡高新区（新吴区）主会场举行",
     ["市长沈亦鸣出席并宣布项目竣工投产", _W5H, _W5Q, "区长戴承宇", "常务副区长钱玉洁出席", "董事长俞景和在发言中说",
      "沈亦鸣指出", "华建勋要求"]),
    ("ce06", "宁波杭州湾新区2021年二季度重大产业项目集中签约仪式", "ceremony (签约仪式)", "6月23日下午", "竺鸿飞", None, [],
     ["应国栋", "岑晓静", "许亚楠", "虞振宁", "施国平", "戚振邦", "何振邦"],
     ["虞振宁", "戚振邦", "应国栋"], "新区行政中心",
     "6月23日下午，宁波杭州湾新区2021年二季度重大产业项目集中签约仪式在新区行政中心举行",
     ["新区党工委书记应国栋出席并讲话", _N6Z, "新区管委会副主任岑晓静", "慈溪市副市长许亚楠出席", "局长虞振宁介绍了签约项目情况",
      "岑晓静与宁波甬创汽车科技有限公司董事长戚振邦", "庵东镇党委书记施国平与浙江海润冷链物流有限公司总经理何振邦分别代表双方签约",
      "戚振邦在发言中表示", "应国栋强调"]),
    ("ce07", "宁波市2023年一季度重大项目集中开工活动", "ceremony (集中开工活动)", "昨日", None, None, [],
     ["彭佳澍", "洪立德", "应国栋", "江晓鸥", "岑晓静", "童建峰"],
     ["彭佳澍", "洪立德", "岑晓静", "童建峰"], "杭州湾新区主会场",
     "宁波市2023年一季度重大项目集中开工活动在杭州湾新区主会场举行",
     [_N7P, _N7H, _N7Y, "副市长江晓鸥出席", _N7C, "慈溪市委书记童建峰在慈溪分会场介绍了", "洪立德在讲话中指出", "彭佳澍随后宣布项目开工"]),
    ("ce08", "佛山高新区2021年四季度重点项目集中动工投产活动", "ceremony (集中动工投产活动)", "12月20日", "伍俊豪", None, [],
     ["麦嘉铭", "罗泽林", "梁颖诗", "萧敬文"],
     ["梁颖诗", "罗泽林", "萧敬文", "麦嘉铭"], "南海园狮山镇",
     "12月20日，佛山高新区2021年四季度重点项目集中动工投产活动在南海园狮山镇举行",
     ["佛山高新区党工委书记麦嘉铭宣布项目动工投产", _F8W, "狮山镇党委书记罗泽林，高新区经济发展局局长梁颖诗出席",
      "梁颖诗介绍了", "罗泽林表示", "董事长萧敬文说", "麦嘉铭指出"]),
    ("ce09", "南海区2023年重大产业项目集中签约动工活动", "ceremony (集中签约动工活动)", "8月29日", "罗泽林", None, [],
     ["柯文亮", "伍俊豪", "麦嘉铭", "钟家豪", "许正阳"],
     ["钟家豪", "伍俊豪", "柯文亮", "许正阳"], "狮山镇",
     "8月29日，南海区2023年重大产业项目集中签约动工活动在狮山镇举行",
     ["南海区委书记柯文亮出席并宣布项目动工", _F9W, _F9M, _F9L, "狮山镇党委书记钟家豪介绍了", "伍俊豪在致辞中表示",
      "柯文亮指出", "董事长许正阳代表签约企业发言"]),
    ("ce10", "火炬开发区（中山港街道）重点产业项目集中动工暨招商签约活动", "ceremony (集中动工暨招商签约活动)", "11月17日", "邝伟杰", None, [],
     ["郑启航", "梁思远", "袁卓峰", "严立峰", "何文渊", "冯嘉欣"],
     ["严立峰", "冯嘉欣", "袁卓峰", "郑启航"], "健康科技产业基地",
     "11月17日，火炬开发区（中山港街道）重点产业项目集中动工暨招商签约活动在健康科技产业基地举行",
     ["市委书记郑启航，", _Z10L, _Z10Y, _Z10K, "局长严立峰介绍了签约项目情况", "邝伟杰与广东光跃光电科技有限公司董事长何文渊代表双方签约",
      "民众街道党工委书记冯嘉欣介绍", "袁卓峰在致辞中表示", "郑启航在活动中强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    # ce01: 昆山开发区 集中开工
    ("ce01", "睿芯光电高端显示模组项目", "project", "主会场开工的睿芯光电高端显示模组项目总投资35亿元"),
    ("ce01", "昆山开发区智能终端产业园二期", "industrial_park", "同步开工的还有昆山开发区智能终端产业园二期"),
    ("ce01", "精诚达精密模具华东生产基地", "project", "精诚达精密模具华东生产基地"),
    ("ce01", "光电产业园标准厂房三期", "industrial_park", "光电产业园标准厂房三期"),
    ("ce01", "青阳港滨水商务区配套道路工程", "infrastructure_project", "青阳港滨水商务区配套道路工程"),
    ("ce01", "夏驾河生态廊道提升工程", "greening_project", "夏驾河生态廊道提升工程"),
    ("ce01", "开发区人才公寓三期项目", "housing_project", "开发区人才公寓三期项目"),
    # ce02: 昆山开发区 签约开工
    ("ce02", "华擎新能源汽车电驱系统总部项目", "project", "总投资50亿元的华擎新能源汽车电驱系统总部项目"),
    ("ce02", "元宇宙创新产业园二期", "industrial_park", "总投资18亿元的元宇宙创新产业园二期"),
    ("ce02", "光电产业园标准厂房四期", "industrial_park", "光电产业园标准厂房四期等项目现场签约"),
    ("ce02", "青阳港北岸城市更新项目", "project", "青阳港北岸城市更新项目"),
    ("ce02", "夏驾河科创走廊一期", "project", "夏驾河科创走廊一期"),
    ("ce02", "开发区第二人民医院新院区项目", "project", "开发区第二人民医院新院区项目"),
    ("ce02", "睿芯光电高端显示模组项目", "project", "2022年开工的睿芯光电高端显示模组项目已于去年四季度建成投产"),
    ("ce02", "智能终端产业园二期", "industrial_park", "智能终端产业园二期也已有11家企业入驻"),
    # ce03: 苏州工业园区 签约
    ("ce03", "瑞博生物mRNA药物产业化基地", "project", "总投资45亿元的瑞博生物mRNA药物产业化基地"),
    ("ce03", "芯澜科技第三代半导体封测项目", "project", "总投资28亿元的芯澜科技第三代半导体封测项目"),
    ("ce03", "苏州生物医药产业园五期", "industrial_park", "苏州生物医药产业园五期"),
    ("ce03", "人工智能产业园三期", "industrial_park", "人工智能产业园三期"),
    ("ce03", "金鸡湖商务区数字贸易港", "project", "金鸡湖商务区数字贸易港等项目现场签约"),
    # ce04: 无锡高新区（新吴区） 集中开工
    ("ce04", "芯岳半导体12英寸特色工艺晶圆项目", "project", "主会场开工的芯岳半导体12英寸特色工艺晶圆项目总投资120亿元"),
    ("ce04", "无锡高新区生命科技产业园二期", "industrial_park", "同步开工无锡高新区生命科技产业园二期"),
    ("ce04", "硕放航空物流园二期", "logistics_hub", "硕放航空物流园二期"),
    ("ce04", "梅村新材料产业园", "industrial_park", "梅村新材料产业园"),
    ("ce04", "鸿山物联网小镇配套道路工程", "infrastructure_project", "鸿山物联网小镇配套道路工程"),
    ("ce04", "旺庄街道老旧小区改造项目", "housing_project", "旺庄街道老旧小区改造项目"),
    # ce05: 竣工投产
    ("ce05", "芯岳半导体12英寸特色工艺晶圆项目", "project", "主会场所在的芯岳半导体12英寸特色工艺晶圆项目2022年2月开工"),
    ("ce05", "无锡高新区生命科技产业园二期", "industrial_park", "无锡高新区生命科技产业园二期"),
    ("ce05", "硕放航空物流园二期", "logistics_hub", "硕放航空物流园二期"),
    ("ce05", "鸿山物联网小镇配套道路工程", "infrastructure_project", "鸿山物联网小镇配套道路工程"),
    # ce06: 宁波杭州湾新区 签约
    ("ce06", "甬创新能源汽车一体化压铸件项目", "project", "总投资48亿元的甬创新能源汽车一体化压铸件项目"),
    ("ce06", "杭州湾新区汽车零部件产业园二期", "industrial_park", "杭州湾新区汽车零部件产业园二期"),
    ("ce06", "杭州湾新区生命健康产业园三期", "industrial_park", "杭州湾新区生命健康产业园三期"),
    ("ce06", "庵东镇冷链物流中心项目", "logistics_hub", "庵东镇冷链物流中心项目"),
    ("ce06", "高性能膜材料中试基地", "project", "高性能膜材料中试基地等项目现场签约"),
    # ce07: 宁波 集中开工
    ("ce07", "甬创新能源汽车一体化压铸件项目", "project", "主会场开工的甬创新能源汽车一体化压铸件项目总投资48亿元"),
    ("ce07", "杭州湾新区汽车零部件产业园二期", "industrial_park", "杭州湾新区汽车零部件产业园二期"),
    ("ce07", "庵东镇冷链物流中心项目", "logistics_hub", "庵东镇冷链物流中心项目"),
    ("ce07", "滨海四路东延工程", "infrastructure_project", "滨海四路东延工程"),
    ("ce07", "慈溪智能家电产业园二期", "industrial_park", "慈溪智能家电产业园二期"),
    # ce08: 佛山高新区 动工投产
    ("ce08", "狮山智能装备产业园一期", "industrial_park", "主会场动工的狮山智能装备产业园一期总投资65亿元"),
    ("ce08", "佛山高新区新材料产业基地", "industrial_park", "同步动工的还有佛山高新区新材料产业基地"),
    ("ce08", "顺德园智能家电零部件产业园二期", "industrial_park", "顺德园智能家电零部件产业园二期"),
    ("ce08", "高明园先进储能产业园", "industrial_park", "高明园先进储能产业园"),
    ("ce08", "三水园新能源汽车配套产业园", "industrial_park", "三水园新能源汽车配套产业园"),
    ("ce08", "弘图机器人减速器生产基地", "project", "投产项目包括弘图机器人减速器生产基地"),
    ("ce08", "禅城园陶瓷智能装备研发中心", "project", "禅城园陶瓷智能装备研发中心"),
    # ce09: 南海区 签约动工
    ("ce09", "锂峰新型储能电池制造基地", "project", "总投资80亿元的锂峰新型储能电池制造基地"),
    ("ce09", "粤晶功率半导体模组项目", "project", "总投资32亿元的粤晶功率半导体模组项目"),
    ("ce09", "大沥镇有色金属精深加工产业园一期", "industrial_park", "总投资20亿元的大沥镇有色金属精深加工产业园一期"),
    ("ce09", "狮山智能装备产业园二期", "industrial_park", "动工项目中，狮山智能装备产业园二期"),
    ("ce09", "弘图机器人减速器生产基地二期", "project", "弘图机器人减速器生产基地二期"),
    ("ce09", "桂城街道千灯湖创投小镇三期", "project", "桂城街道千灯湖创投小镇三期"),
    ("ce09", "狮山智能装备产业园一期", "industrial_park", "两年前动工的狮山智能装备产业园一期"),
    # ce10: 火炬开发区 动工暨签约
    ("ce10", "光跃新型显示模组生产基地", "project", "总投资45亿元的光跃新型显示模组生产基地"),
    ("ce10", "康泽生物疫苗产业化项目", "project", "总投资20亿元的康泽生物疫苗产业化项目"),
    ("ce10", "民众街道智能家居产业园二期", "industrial_park", "民众街道智能家居产业园二期"),
    ("ce10", "火炬开发区智能装备产业园一期", "industrial_park", "集中动工项目包括火炬开发区智能装备产业园一期"),
    ("ce10", "健康科技产业基地生物医药孵化器三期", "project", "健康科技产业基地生物医药孵化器三期"),
    ("ce10", "翠亨快线火炬段配套工程", "infrastructure_project", "翠亨快线火炬段配套工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ce01", "昆山开发区", "development_zone", "standalone", "3月17日上午，昆山开发区2022年一季度"),
    ("ce01", "昆山市", "county_level_city", "in_title", _K1),
    ("ce01", "光电产业园", "zone_park", "in_project_name", "光电产业园标准厂房三期"),
    ("ce01", "青阳港", "river", "in_project_name", "青阳港滨水商务区配套道路工程"),
    ("ce01", "夏驾河", "river", "in_project_name", "夏驾河生态廊道提升工程"),
    ("ce01", "昆山", "county_level_city", "standalone", "为昆山“开门红”多作贡献"),
    ("ce02", "昆山开发区", "development_zone", "standalone", "2月19日，昆山开发区2024年"),
    ("ce02", "苏州市", "city", "in_title", _K2Y),
    ("ce02", "昆山市", "county_level_city", "in_title", _K2Y),
    ("ce02", "光电产业园", "zone_park", "in_project_name", "光电产业园标准厂房四期等项目现场签约"),
    ("ce02", "青阳港", "river", "in_project_name", "青阳港北岸城市更新项目"),
    ("ce02", "夏驾河", "river", "in_project_name", "夏驾河科创走廊一期"),
    ("ce02", "昆山", "county_level_city", "standalone", "开发区是昆山发展的“火车头”"),
    ("ce03", "苏州工业园区", "development_zone", "standalone", "9月26日，苏州工业园区2023年"),
    ("ce03", "苏州市", "city", "in_title", "苏州市副市长鲍丽萍"),
    ("ce03", "苏州", "city", "in_project_name", "苏州生物医药产业园五期"),
    ("ce03", "金鸡湖商务区", "area", "in_project_name", "金鸡湖商务区数字贸易港等项目现场签约"),
    ("ce03", "长三角", "region", "standalone", "在长三角一体化发展中展现更大作为"),
    ("ce04", "无锡高新区", "development_zone", "standalone", "2月9日上午，无锡高新区（新吴区）2022年"),
    ("ce04", "新吴区", "district", "standalone", "2月9日上午，无锡高新区（新吴区）2022年"),
    ("ce04", "硕放街道", "sub_district_office", "standalone", "硕放街道、梅村街道、鸿山街道设分会场"),
    ("ce04", "梅村街道", "sub_district_office", "standalone", "硕放街道、梅村街道、鸿山街道设分会场"),
    ("ce04", "鸿山街道", "sub_district_office", "standalone", "硕放街道、梅村街道、鸿山街道设分会场"),
    ("ce04", "硕放", "sub_district_office", "in_project_name", "硕放航空物流园二期"),
    ("ce04", "梅村", "sub_district_office", "in_project_name", "梅村新材料产业园"),
    ("ce04", "鸿山", "sub_district_office", "in_project_name", "鸿山物联网小镇配套道路工程"),
    ("ce04", "旺庄街道", "sub_district_office", "in_project_name", "旺庄街道老旧小区改造项目"),
    ("ce05", "无锡", "city", "standalone", "无锡二季度重大产业项目集中竣工投产"),
    ("ce05", "无锡市", "city", "standalone", "5月15日，无锡市2024年二季度"),
    ("ce05", "无锡高新区", "development_zone", "standalone", "在无锡高新区（新吴区）主会场举行"),
    ("ce05", "新吴区", "district", "standalone", "新吴区12个项目投产"),
    ("ce05", "硕放", "sub_district_office", "in_project_name", "硕放航空物流园二期"),
    ("ce05", "鸿山", "sub_district_office", "in_project_name", "鸿山物联网小镇配套道路工程"),
    ("ce05", "江阴市", "county_level_city", "standalone", "江阴市、宜兴市、锡山区、惠山区等地设分会场"),
    ("ce05", "宜兴市", "county_level_city", "standalone", "江阴市、宜兴市、锡山区、惠山区等地设分会场"),
    ("ce05", "锡山区", "district", "standalone", "江阴市、宜兴市、锡山区、惠山区等地设分会场"),
    ("ce05", "惠山区", "district", "standalone", "江阴市、宜兴市、锡山区、惠山区等地设分会场"),
    ("ce06", "宁波杭州湾新区", "development_zone", "standalone", "6月23日下午，宁波杭州湾新区2021年"),
    ("ce06", "宁波市", "city", "in_title", _N6Y),
    ("ce06", "慈溪市", "county_level_city", "in_title", "慈溪市副市长许亚楠出席"),
    ("ce06", "杭州湾新区", "development_zone", "in_project_name", "杭州湾新区汽车零部件产业园二期"),
    ("ce06", "庵东镇", "town", "in_project_name", "庵东镇冷链物流中心项目"),
    ("ce06", "宁波", "city", "standalone", "新区是宁波接轨大上海"),
    ("ce06", "上海", "municipality", "standalone", "新区是宁波接轨大上海"),
    ("ce06", "长三角", "region", "standalone", "融入长三角的桥头堡"),
    ("ce07", "宁波市", "city", "standalone", "宁波市2023年一季度重大项目集中开工活动"),
    ("ce07", "杭州湾新区", "development_zone", "standalone", "在杭州湾新区主会场举行"),
    ("ce07", "庵东镇", "town", "in_project_name", "庵东镇冷链物流中心项目"),
    ("ce07", "滨海四路", "road", "in_project_name", "滨海四路东延工程"),
    ("ce07", "慈溪市", "county_level_city", "standalone", "慈溪市、余姚市及各区（县、市）同步设立分会场"),
    ("ce07", "余姚市", "county_level_city", "standalone", "慈溪市、余姚市及各区（县、市）同步设立分会场"),
    ("ce07", "慈溪", "county_level_city", "standalone", "在慈溪分会场"),
    ("ce08", "佛山高新区", "development_zone", "standalone", "12月20日，佛山高新区2021年四季度"),
    ("ce08", "南海园", "zone_park", "standalone", "活动在南海园狮山镇举行"),
    ("ce08", "狮山镇", "town", "standalone", "活动在南海园狮山镇举行"),
    ("ce08", "南海区", "district", "in_title", _F8L),
    ("ce08", "禅城园", "zone_park", "standalone", "禅城园、顺德园、高明园、三水园设分会场"),
    ("ce08", "顺德园", "zone_park", "standalone", "禅城园、顺德园、高明园、三水园设分会场"),
    ("ce08", "高明园", "zone_park", "standalone", "禅城园、顺德园、高明园、三水园设分会场"),
    ("ce08", "三水园", "zone_park", "standalone", "禅城园、顺德园、高明园、三水园设分会场"),
    ("ce08", "狮山", "town", "in_project_name", "主会场动工的狮山智能装备产业园一期"),
    ("ce09", "南海区", "district", "standalone", "8月29日，南海区2023年"),
    ("ce09", "狮山镇", "town", "standalone", "活动在狮山镇举行"),
    ("ce09", "佛山市", "city", "in_title", _F9K),
    ("ce09", "佛山高新区", "development_zone", "in_title", _F9M),
    ("ce09", "里水镇", "town", "standalone", "落户里水镇"),
    ("ce09", "大沥镇", "town", "in_project_name", "总投资20亿元的大沥镇有色金属精深加工产业园一期"),
    ("ce09", "狮山", "town", "in_project_name", "动工项目中，狮山智能装备产业园二期"),
    ("ce09", "桂城街道", "sub_district_office", "in_project_name", "桂城街道千灯湖创投小镇三期"),
    ("ce09", "千灯湖", "lake", "in_project_name", "桂城街道千灯湖创投小镇三期"),
    ("ce09", "南海", "district", "standalone", "南海将坚持“制造业当家”"),
    ("ce09", "大湾区", "region", "standalone", "在大湾区产业竞争中抢占先机"),
    ("ce10", "火炬开发区", "development_zone", "standalone", "11月17日，火炬开发区（中山港街道）"),
    ("ce10", "中山港街道", "sub_district_office", "standalone", "11月17日，火炬开发区（中山港街道）"),
    ("ce10", "健康科技产业基地", "zone_park", "standalone", "活动在健康科技产业基地举行"),
    ("ce10", "民众街道", "sub_district_office", "in_project_name", "民众街道智能家居产业园二期"),
    ("ce10", "翠亨快线", "road", "in_project_name", "翠亨快线火炬段配套工程"),
    ("ce10", "深中通道", "bridge", "standalone", "抢抓深中通道通车机遇"),
    ("ce10", "中山", "city", "standalone", "为中山高质量发展提供坚强支撑"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ce", conventions="set ce (blind set: development zones of the 长三角 and the 珠三角 and their 集中开工 / 签约 / 竣工投产 ceremonies: 昆山开发区 (江苏 苏州 昆山市), 苏州工业园区, 无锡高新区（新吴区） (区政合一: one chain gives lines for the zone's organs and the district's), 宁波杭州湾新区 (with the 托管 庵东镇), 佛山高新区 (一区五园) and 南海区, 中山火炬开发区（中山港街道） and 民众街道; zone labels as written after folding (昆山开发区, 中山火炬开发区); bare zone organs and zone departments take the page's zone; bare 市委常委 / 副市长 take the page's city (昆山 in the 昆山日报); company roles no post; every ceremony a ceremony; every named project once per page; one line per post per article)",
          persons_note="Set ce persons. id = corpus-wide person_id (ce:严立峰#1 of 昆山开发区 (江苏, 经发局局长) and ce:严立峰#2 of 中山火炬开发区 (广东, 投资促进局局长) are two people; ce:缪立行 昆山开发区 管委会主任 2022 → 党工委书记 2024; ce:蒯秋华 昆山开发区 管委会副主任 2022 → 苏州工业园区 党工委委员、管委会副主任 2023; ce:秦嘉文 无锡高新区 管委会主任 / 新吴区长 2022 → 党工委书记 / 新吴区委书记 2024; ce:华建勋 无锡高新区党工委书记 2022 → 无锡市 常务副市长 2024; ce:岑晓静 杭州湾新区 管委会副主任 2021 → 管委会主任 2023; ce:伍俊豪 佛山高新区 管委会常务副主任 2021 → 南海区长 2023; ce:罗泽林 狮山镇党委书记 2021 → 南海区 常务副区长 2023; company heads are type company)")


if __name__ == "__main__":
    main()
