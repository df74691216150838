"""Write gold part ``cg`` (a blind set: counties and county-level cities later turned into districts, 撤县设区 /
撤市设区, on old pages under their old names and on new pages under their new names) from the tables below.

Pages ``tests/dev/texts/cg*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 吴江 档案局 大事记 pages on wujiangtong.com (2007–2009: ``作者: 吴江档案局
来源: … 【字 号: 】 点击量:``, ``市委副书记、市长…``, ``副市长沈…等陪同察看``, ``市委常委、常务副市长…出席``); the 吴江 政协 site
(``在我市政协副主席…的陪同下``, a 2011 page, and a 2014 page where the same site already writes ``区政协``); the 吴江区 2023
大事记 (``区长…主持召开吴江区人民政府第54次常务会议。区委副书记、副区长…，副区长…出席``); a 吴江区 融媒体 page on 汾湖高新区
(``发布时间:2023-12-13 来源:吴江区融媒体中心``); a 启东 delegation's visit (``吴江区委副书记、区长…，区委常委、副区长…等陪同考察``);
a 富阳 portal (fuyangren.org, ``您现在的位置: 首页 > 富阳最新动态``, ``2013-01-16 来源:``, the 2012 ``富阳经济开发区创获“国字号”``, a
2016 page on the 区政协 with ``富阳撤市设区元年``); a 2009 report on the 富阳市委 全会; a 2021 富阳 forum repost (``区委书记…强调。
区委副书记、代区长…主持会议``); the 杭州 工会 page on 富阳's ``撤市建区5周年``; 长乐新闻网 / 吴航乡情 pages (2013 ``吴航乡情讯 …
福州市市长…一行来航调研滨海工业集中区…我市领导…参加``; 2017 ``长乐新闻网讯 … 市领导…参加活动``; 2020 ``福州新区管委会副主任、区委
书记…``, ``（记者 … 通讯员 …）``); the 长乐区 site's 领导之窗 (``来源:长乐区融媒体中心 最美长乐 2024-12-30 14:22 浏览量:``); the
章丘 年鉴 大事记 (``市委副书记、市长…在市委常委、常务副市长…陪同下``, ``明水经济开发区``); a 大众网 章丘 page (``2013年11月27日
14:14作者:来源:大众网综合 … 责任编辑:``); a 2021 章丘区 page on the 明水经济技术开发区 (``区长…接受了记者采访``); the 郫都区 2021
政府工作报告 and a 郫都 paper's 政协 page. Places are real: 江苏 苏州 吴江市 → 吴江区 (2012), 浙江 杭州 富阳市 → 富阳区 (2014/15),
福建 福州 长乐市 → 长乐区 (2017), 四川 成都 郫县 → 郫都区 (2016), 山东 济南 章丘市 → 章丘区 (2016/17); one old page and one new
page of each.

Shapes: an old county-level city site with a visitor counter, ``今天是：`` date, ``作者： 来源： 点击数： 发布时间：``, ``【字体：大 中
小】``, 相关文章 list and a copyright line with a year range (cg01, 吴江市 2011: the 市长's 检查 of two towns with a 副市长 and town
secretaries); a city paper's 第A01版 (cg02, 吴江区 2021: the former 副市长 now 区长, the former 汾湖镇 secretary now 区委常委 and
secretary of the 汾湖高新区（黎里镇）); an old site's 市政府常务会议 with the 开发区 管委会主任 reporting (cg03, 富阳市 2012); a
portal page with share buttons (cg04, 富阳区 2020: the former 常务副市长 now 区委书记, the former 管委会主任 now 区委常委 and the
zone's 党工委书记); an old site reposting 长乐新闻网 (cg05, 长乐市 2013: the 市长's 防台 检查); a district site (cg06, 长乐区 2019: the
former 常务副市长 now heads the 福州市发改委 and comes back to 调研; the former 副市长 now 区长; 福州新区管委会副主任、区委书记 at the
座谈会); an old county site (cg07, 郫县 2014: the 县委常委、副县长's 调研); a district paper with two articles (cg08, 郫都区 2021: the
same man now 区长 chairs the 区政府常务会议, a 副区长's 检查); an old site with ``发布人：admin`` and 上一条 / 下一条 (cg09, 章丘市
2014: the 市委书记's 调研 of the 明水 zone); a district site (cg10, 章丘区 2022: the city's 市委常委、副市长 调研s the district).

Identity cases (the same person under the old and the new name of one place):
- cg:钱雪峰 吴江市政府 副市长 (cg01, 2011) → 吴江区委副书记、吴江区政府区长 (cg02, 2021).
- cg:周振宁 吴江市汾湖镇党委 书记 (cg01, 2011) → 吴江区委常委 and 苏州汾湖高新区党工委 书记 (cg02, 2021); the town 汾湖镇 is
  黎里镇 again on the new page.
- cg:应国强 富阳市委常委、常务副市长 (cg03, 2012) → 富阳区委书记 (cg04, 2020).
- cg:章晓峰 富阳经济开发区 管委会主任 (cg03, 2012) → 富阳区委常委、富阳经济技术开发区党工委书记 (cg04, 2020; the zone upgraded).
- cg:郑婉如 长乐市 副市长 (cg05, 2013) → 长乐区委副书记、区长 (cg06, 2019).
- cg:林志坚 moves place: 长乐市委常委、常务副市长 (cg05, 2013) → 福州市发改委主任 (cg06, 2019).
- cg:邓晓岷 郫县委常委、副县长 (cg07, 2014) → 郫都区委副书记、区长 (cg08, 2021); cg:高延军 郫县三道堰镇党委书记 (cg07) → 郫都区委
  常委、常务副区长 (cg08).
- cg:李光荣 章丘市委常委、常务副市长 (cg09, 2014) → 章丘区委副书记、区长 (cg10, 2022); cg:崔振海 章丘市委常委、明水经济技术开发区
  党工委书记 (cg09) → 章丘区委书记 (cg10).
- two different 沈国良: cg:沈国良#1 吴江市盛泽镇党委书记 (江苏, cg01, 2011); cg:沈国良#2 章丘区双山街道党工委书记 (山东, cg10, 2022).
  Same name, town-level secretary both times, eleven years apart: not one career.
- one organ wording, different places: bare ``市委`` / ``市政府`` / ``市X局`` is 吴江市's (cg01), 富阳市's (cg03), 长乐市's (cg05),
  章丘市's (cg09) on those county-level cities' own old sites, but ``市委常委、副市长`` on the 章丘区 site of 2022 is 济南市's (cg10);
  ``市委常委、常务副市长`` is 富阳市's, 长乐市's and 章丘市's; ``开发区`` is 汾湖's (cg01), 富阳's (cg03, cg04) and 明水's (cg09, cg10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as part bj where it speaks; decided here where it is silent):
- DECIDED HERE (the topic's question): every organ and place label carries the division's name AS THE PAGE WRITES IT FOR
  ITS DATE: 吴江市委 / 吴江市政府 in 2011 and 吴江区委 / 吴江区政府 in 2021; 富阳市 (2012) / 富阳区 (2020); 长乐市 (2013) /
  长乐区 (2019); 郫县委 / 郫县政府 (2014) / 郫都区委 / 郫都区政府 (2021); 章丘市 (2014) / 章丘区 (2022). Towns and departments
  follow their county of the date: 吴江市盛泽镇党委 (2011), 吴江区盛泽镇党委 (2021); 郫县三道堰镇党委 (2014), 郫都区三道堰镇党委
  (2021); 吴江市汾湖镇党委 keeps the town name of 2011 (the 2021 page names 黎里镇). Nothing is folded forward or backward; a
  person keeps one person_id across the renaming, and his ``scope`` gives the new name with the old one.
- DECIDED HERE: a bare ``市委`` / ``市政府`` / ``市`` department on a county-level city's own site is that city's (吴江市发展和改革
  委员会, 富阳市发改局, 长乐市水利局, 章丘市经信局, as written, no folding between long and short forms); on a district's site or
  paper after the change the bare ``市`` is the prefecture (cg10 ``市委常委、副市长耿庆林`` → 济南市委 常委 + 济南市政府 副市长).
  ``福州市发改委主任`` → 福州市发改委 主任 (as written).
- DECIDED HERE (zones): a county's zone takes the prefecture city in front, as bj's 长沙宁乡经开区 and earlier parts' 南京江宁经开区:
  ``富阳经济开发区管委会主任`` (2012, a 经济开发区, not folded) → 杭州富阳经济开发区管委会 主任; ``富阳经济技术开发区党工委书记``
  (2020) → 杭州富阳经开区党工委 书记; ``明水经济技术开发区党工委书记`` → 济南明水经开区党工委 书记 (a zone with its own name,
  not the county's, takes the prefecture city too); ``汾湖高新区（黎里镇）党工委书记`` → one line, 苏州汾湖高新区党工委 书记 (区镇合一:
  the town in brackets is the same 党工委, no second line for 黎里镇). ``福州新区管委会副主任`` → 福州新区管委会 副主任 (a 国家级新区,
  named as written). Places keep the zone as written (汾湖经济开发区, 汾湖高新区, 富阳经济开发区, 富阳经济技术开发区, 明水经济技术开发区,
  滨海工业集中区).
- Titles: ``市委副书记、市长`` → X市委 副书记 + X市政府 市长; ``市委常委、常务副市长`` → X市委 常委 + X市政府 常务副市长;
  ``县委常委、副县长`` → 郫县委 常委 + 郫县政府 副县长; ``区委常委、明水经济技术开发区党工委书记`` → 章丘区委 常委 + the zone's
  党工委 书记; ``市政府副秘书长`` / ``市政府秘书长`` → X市政府; ``镇党委书记`` right after ``在盛泽镇`` / ``在汾湖镇`` = that town's;
  a list after one title gives every name that title (``副市长孙慧芬、何振东``, ``副区长孟凡军、姜雨婷``); one line per post per
  article (孟凡军 has a line in each of cg08's two articles).
- Events: 检查 / 调研 are ``inspection`` (leader; 陪同 / 参加 named → attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了部署 /
  作了安排 / 提出要求 → speakers; a department head who only reports on site is a speaker, not an attendee); the 市政府 / 区政府 常务会议
  are meetings (chair 主持; 出席 → attendees; 听取…汇报 → speaker); DECIDED HERE: cg06's ``在随后召开的座谈会上`` is its own meeting
  (as bj01), with the 区委书记 who 介绍 and the visitor who 指出 as speakers.
- Chrome: 相关文章 / 相关新闻 / 相关信息 / 上一篇 / 下一篇 / 上一条 / 下一条 / 本版导读 links are not annotated (the meetings and
  persons they name are no events or posts of the page); ``发布人：admin`` is no person; ``今天是：`` dates, visitor counters,
  copyright year ranges and 备案号 are not dates of the page. ``作者：X`` on an old site is an author line; ``编辑`` / ``责任编辑`` /
  ``校对`` are editor lines; ``本报讯（记者 … 通讯员 …）`` gives a reporter and a correspondent.
- Projects: works inspected or pushed: …产业园 / 创业园 / 标准厂房 (and their 一期 / 二期) ``industrial_park``; 污水处理厂 / 路网 / 大道 /
  快速路 / 热电联产 ``infrastructure_project``; 防洪堤 / 海堤加固 ``engineering_work``; 生态岸线 / 生态廊道 ``greening_project``;
  老旧小区改造 ``housing_project``; 冷链物流中心 ``logistics_hub``; 市场三期, 创新中心, 医院, 土地综合整治, 林盘整治, 示范片区, 更新改造,
  粮食储备加工基地 ``project``. Plans and 方案 (《…行动方案》, 林盘保护规划) are documents, not projects. A standing park named as a
  unit (刁镇化工产业园) is a place (``zone_park``), as bq.
- Places: one line per name per file, as written; the bare 吴江 / 富阳 / 长乐 / 郫都 / 章丘 where the body uses them (kind by the page's
  date: ``county_level_city`` before the change, ``district`` after); places in org references, document titles and project names
  count; site lines, mastheads, 来源 lines, footers, addresses and links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cg01_wujiang.txt": (2011, "发布时间：2011-03-08 16:42:15", "吴江市", [
        ("顾文涛检查盛泽镇、汾湖镇重点项目开工建设情况", "3月7日", "2011-03-07", "3月7日，市委副书记",
         "old county-level city site (visitor counter, 今天是, copyright 2004-2011): the 市长's 检查 of 盛泽镇 and 汾湖镇 with a 副市长 and two town secretaries")]),
    "cg02_wujiang.txt": (2021, "2021年4月16日　星期五", "吴江区", [
        ("钱雪峰在盛泽镇、汾湖高新区调研时强调", "4月15日", "2021-04-15", "本报讯（记者 沈佳琪 通讯员 陆云帆）4月15日",
         "city paper 第A01版: the former 吴江市 副市长, now 吴江区长, 调研s 盛泽镇 and 汾湖高新区（黎里镇）; the former 汾湖镇 secretary now 区委常委")]),
    "cg03_fuyang.txt": (2012, "发布时间：2012-06-21", "富阳市", [
        ("蒋立平主持召开市政府第二十三次常务会议", "6月20日上午", "2012-06-20", "6月20日上午，市委副书记",
         "old site: 市政府常务会议 with the 常务副市长, two 副市长, 秘书长; the 富阳经济开发区 管委会主任 reports")]),
    "cg04_fuyang.txt": (2020, "2020-09-24 08:35:12", "富阳区", [
        ("应国强调研东洲街道、银湖街道重点项目建设", "9月23日", "2020-09-23", "本报讯（记者 孙欣悦）9月23日",
         "portal page: the 区委书记 (the former 常务副市长) 调研s two streets; the zone's 党工委书记 (the former 管委会主任)")]),
    "cg05_changle.txt": (2013, "发布时间：2013-07-12 17:05", "长乐市", [
        ("陈振华检查防御台风工作", "7月11日", "2013-07-11", "长乐新闻网讯 7月11日",
         "old site reposting 长乐新闻网: the 市长's 防台 检查 of 松下镇 and 文岭镇 with the 常务副市长 and a 副市长")]),
    "cg06_changle.txt": (2019, "发布时间：2019-05-17 10:26", "长乐区", [
        ("林志坚来航调研数字经济和重大项目建设", "5月16日", "2019-05-16", "长乐新闻网讯 5月16日",
         "district site: the former 常务副市长, now 福州市发改委主任, 调研s 长乐区; the former 副市长 now 区长; 座谈会 with the 区委书记")]),
    "cg07_pixian.txt": (2014, "发布时间：2014-04-22 15:10:31", "郫县", [
        ("邓晓岷调研唐昌镇、三道堰镇农村土地综合整治工作", "4月21日", "2014-04-21", "4月21日，县委常委",
         "old county site: the 县委常委、副县长's 调研 of two towns with two 县 department heads and the town secretaries")]),
    "cg08_pidu.txt": (2021, "2021年6月18日　星期五", "郫都区", [
        ("区政府召开第六十一次常务会议", "6月17日", "2021-06-17", "本报讯（记者 谭明月）6月17日",
         "district paper 第1版: the 区长 (the former 副县长) chairs the 区政府常务会议; the former 三道堰镇 secretary now 常务副区长"),
        ("孟凡军检查三道堰镇防汛工作", "6月16日", "2021-06-16", "本报讯 6月16日",
         "short item: a 副区长's 防汛 检查 in 三道堰镇 with the town secretary")]),
    "cg09_zhangqiu.txt": (2014, "发布时间：2014-03-14 09:12", "章丘市", [
        ("房建军到明水经济技术开发区和刁镇调研工业经济运行", "3月13日", "2014-03-13", "3月13日，市委书记",
         "old site (发布人：admin, 上一条 / 下一条): the 市委书记's 调研 of the 明水 zone and 刁镇")]),
    "cg10_zhangqiu.txt": (2022, "发布日期：2022-08-11", "章丘区", [
        ("耿庆林到章丘区调研先进制造业发展", "8月10日", "2022-08-10", "8月10日，市委常委",
         "district site: 济南's 市委常委、副市长 调研s 章丘区; the former 常务副市长 now 区长, the former zone secretary now 区委书记")]),
}

WJS, WJQ = "吴江市", "吴江区"
FYS, FYQ = "富阳市", "富阳区"
CLS, CLQ = "长乐市", "长乐区"
PX, PD = "郫县", "郫都区"
ZQS, ZQQ = "章丘市", "章丘区"
FENHU = "苏州汾湖高新区"
MINGSHUI = "济南明水经开区"

_CG02_ZHOU = "区委常委、汾湖高新区（黎里镇）党工委书记周振宁"
_CG09_CUI = "市委常委、明水经济技术开发区党工委书记崔振海"
_CG10_QI = "区委常委、明水经济技术开发区党工委书记亓洪波"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 吴江
    "cg:顾文涛": ("顾文涛", "official", "吴江市 (since 2012 吴江区)", [
        ("cg01", f"{WJS}委", "副书记", "市委副书记、市长顾文涛带领", "2011; DECIDED HERE: bare 市委 on the 吴江市 site = 吴江市委 (county-level city of the date)"),
        ("cg01", f"{WJS}政府", "市长", "市委副书记、市长顾文涛带领", "named in the headline and a 相关文章 link too")], []),
    "cg:钱雪峰": ("钱雪峰", "official", "吴江区 (吴江市 until 2012)", [
        ("cg01", f"{WJS}政府", "副市长", "副市长钱雪峰，市政府副秘书长", "2011 (identity case: 吴江区长 in 2021, cg02)"),
        ("cg02", f"{WJQ}委", "副书记", "区委副书记、区长钱雪峰到盛泽镇", "2021: the same man under the district's name; named in the headline too"),
        ("cg02", f"{WJQ}政府", "区长", "区委副书记、区长钱雪峰到盛泽镇", None)], []),
    "cg:陆晓东": ("陆晓东", "official", "吴江市", [
        ("cg01", f"{WJS}政府", "副秘书长", "市政府副秘书长陆晓东", None)], []),
    "cg:褚志明": ("褚志明", "official", "吴江市", [
        ("cg01", f"{WJS}发展和改革委员会", "主任", "市发展和改革委员会主任褚志明", "as written (the long form; 市发改委 in the body is the same body)")], []),
    "cg:沈国良#1": ("沈国良", "official", "吴江市盛泽镇", [
        ("cg01", f"{WJS}盛泽镇党委", "书记", "镇党委书记沈国良汇报", "江苏 吴江, 2011; 镇党委 after 在盛泽镇; not the 沈国良 of 章丘区 (cg10)")], []),
    "cg:周振宁": ("周振宁", "official", "吴江区 (吴江市 until 2012)", [
        ("cg01", f"{WJS}汾湖镇党委", "书记", "镇党委书记周振宁介绍", "2011: the town 汾湖镇 of the date (identity case: 区委常委 in 2021, cg02)"),
        ("cg02", f"{WJQ}委", "常委", _CG02_ZHOU, "2021"),
        ("cg02", f"{FENHU}党工委", "书记", _CG02_ZHOU, "DECIDED HERE: 汾湖高新区（黎里镇） is one 党工委 (区镇合一): one line, zone label 苏州汾湖高新区")], []),
    "cg:姚卫红": ("姚卫红", "official", "吴江区", [
        ("cg02", f"{WJQ}政府", "副区长", "副区长姚卫红参加调研", None)], []),
    "cg:朱立铭": ("朱立铭", "official", "吴江区盛泽镇", [
        ("cg02", f"{WJQ}盛泽镇党委", "书记", "盛泽镇党委书记朱立铭", "2021: the town under the district's name")], []),
    # ---- 富阳
    "cg:蒋立平": ("蒋立平", "official", "富阳市 (since 2014 富阳区)", [
        ("cg03", f"{FYS}委", "副书记", "市委副书记、市长蒋立平主持召开", "2012; named in the headline too"),
        ("cg03", f"{FYS}政府", "市长", "市委副书记、市长蒋立平主持召开", None)], []),
    "cg:应国强": ("应国强", "official", "富阳区 (富阳市 until 2014)", [
        ("cg03", f"{FYS}委", "常委", "市委常委、常务副市长应国强", "2012 (identity case: 富阳区委书记 in 2020, cg04)"),
        ("cg03", f"{FYS}政府", "常务副市长", "市委常委、常务副市长应国强", None),
        ("cg04", f"{FYQ}委", "书记", "区委书记应国强带队调研", "2020; the headline writes 应国强调研 (name + 调研)")], []),
    "cg:孙慧芬": ("孙慧芬", "official", "富阳市", [
        ("cg03", f"{FYS}政府", "副市长", "副市长孙慧芬、何振东", "list after one title; also named in the 下一篇 link")], []),
    "cg:何振东": ("何振东", "official", "富阳市", [
        ("cg03", f"{FYS}政府", "副市长", "副市长孙慧芬、何振东", None)], []),
    "cg:邵建国": ("邵建国", "official", "富阳市", [
        ("cg03", f"{FYS}政府", "秘书长", "市政府秘书长邵建国", None)], []),
    "cg:骆永明": ("骆永明", "official", "富阳市", [
        ("cg03", f"{FYS}发改局", "局长", "市发改局局长骆永明", "as written (市发改局)")], []),
    "cg:章晓峰": ("章晓峰", "official", "富阳区 (富阳市 until 2014)", [
        ("cg03", "杭州富阳经济开发区管委会", "主任", "富阳经济开发区管委会主任章晓峰", "2012; DECIDED HERE: county zone takes the prefecture city; 经济开发区 not folded"),
        ("cg04", f"{FYQ}委", "常委", "区委常委、富阳经济技术开发区党工委书记章晓峰", "2020; the zone is now a 经济技术开发区"),
        ("cg04", "杭州富阳经开区党工委", "书记", "区委常委、富阳经济技术开发区党工委书记章晓峰", None)], []),
    "cg:夏志鹏": ("夏志鹏", "official", "富阳区", [
        ("cg04", f"{FYQ}委", "副书记", "区委副书记、区长夏志鹏", None),
        ("cg04", f"{FYQ}政府", "区长", "区委副书记、区长夏志鹏", None)], []),
    "cg:方雅静": ("方雅静", "official", "富阳区", [
        ("cg04", f"{FYQ}政府", "副区长", "副区长方雅静参加调研", None)], []),
    "cg:俞海军": ("俞海军", "official", "富阳区东洲街道", [
        ("cg04", f"{FYQ}东洲街道党工委", "书记", "东洲街道党工委书记俞海军", None)], []),
    # ---- 长乐
    "cg:陈振华": ("陈振华", "official", "长乐市 (since 2017 长乐区)", [
        ("cg05", f"{CLS}委", "副书记", "市委副书记、市长陈振华带领", "2013; named in the headline too"),
        ("cg05", f"{CLS}政府", "市长", "市委副书记、市长陈振华带领", None)], []),
    "cg:林志坚": ("林志坚", "official", "长乐市 → 福州市", [
        ("cg05", f"{CLS}委", "常委", "市委常委、常务副市长林志坚", "2013 (identity case: 福州市发改委主任 in 2019, cg06)"),
        ("cg05", f"{CLS}政府", "常务副市长", "市委常委、常务副市长林志坚", None),
        ("cg06", "福州市发改委", "主任", "福州市发改委主任林志坚一行", "2019: moved to the prefecture; as written")], []),
    "cg:郑婉如": ("郑婉如", "official", "长乐区 (长乐市 until 2017)", [
        ("cg05", f"{CLS}政府", "副市长", "副市长郑婉如陪同检查", "2013 (identity case: 长乐区长 in 2019, cg06)"),
        ("cg06", f"{CLQ}委", "副书记", "区委副书记、区长郑婉如", "2019"),
        ("cg06", f"{CLQ}政府", "区长", "区委副书记、区长郑婉如", None)], []),
    "cg:王德顺": ("王德顺", "official", "长乐市松下镇", [
        ("cg05", f"{CLS}松下镇党委", "书记", "松下镇党委书记王德顺", None)], []),
    "cg:游建华": ("游建华", "official", "长乐市", [
        ("cg05", f"{CLS}水利局", "局长", "市水利局局长游建华", None)], []),
    "cg:黄启明": ("黄启明", "official", "长乐区", [
        ("cg06", f"{CLQ}委", "常委", "区委常委、常务副区长黄启明", None),
        ("cg06", f"{CLQ}政府", "常务副区长", "区委常委、常务副区长黄启明", None)], []),
    "cg:方振国": ("方振国", "official", "长乐区", [
        ("cg06", "福州新区管委会", "副主任", "福州新区管委会副主任、区委书记方振国", "DECIDED HERE: 国家级新区 管委会 as written"),
        ("cg06", f"{CLQ}委", "书记", "福州新区管委会副主任、区委书记方振国", "bare 区委 on the 长乐区 site")], []),
    # ---- 郫县 / 郫都区
    "cg:邓晓岷": ("邓晓岷", "official", "郫都区 (郫县 until 2016)", [
        ("cg07", f"{PX}委", "常委", "县委常委、副县长邓晓岷到唐昌镇", "2014: 郫县委 (county of the date; identity case: 郫都区长 in 2021, cg08)"),
        ("cg07", f"{PX}政府", "副县长", "县委常委、副县长邓晓岷到唐昌镇", None),
        ("cg08", f"{PD}委", "副书记", "区委副书记、区长邓晓岷主持召开", "2021"),
        ("cg08", f"{PD}政府", "区长", "区委副书记、区长邓晓岷主持召开", None)], []),
    "cg:苗青山": ("苗青山", "official", "郫县", [
        ("cg07", f"{PX}国土资源局", "局长", "县国土资源局局长苗青山", None)], []),
    "cg:吕红梅": ("吕红梅", "official", "郫县", [
        ("cg07", f"{PX}农发局", "局长", "县农发局局长吕红梅", "as written (short form 农发局)")], []),
    "cg:刘明远": ("刘明远", "official", "郫县唐昌镇", [
        ("cg07", f"{PX}唐昌镇党委", "书记", "唐昌镇党委书记刘明远", None)], []),
    "cg:高延军": ("高延军", "official", "郫都区 (郫县 until 2016)", [
        ("cg07", f"{PX}三道堰镇党委", "书记", "三道堰镇党委书记高延军", "2014 (identity case: 常务副区长 in 2021, cg08)"),
        ("cg08", f"{PD}委", "常委", "区委常委、常务副区长高延军", "2021"),
        ("cg08", f"{PD}政府", "常务副区长", "区委常委、常务副区长高延军", None)], []),
    "cg:孟凡军": ("孟凡军", "official", "郫都区", [
        ("cg08", f"{PD}政府", "副区长", "副区长孟凡军、姜雨婷", "article 1: list after one title"),
        ("cg08", f"{PD}政府", "副区长", "副区长孟凡军到三道堰镇", "article 2: one line per post per article")], []),
    "cg:姜雨婷": ("姜雨婷", "official", "郫都区", [
        ("cg08", f"{PD}政府", "副区长", "副区长孟凡军、姜雨婷", None)], []),
    "cg:蒲红霞": ("蒲红霞", "official", "郫都区", [
        ("cg08", f"{PD}农业农村局", "局长", "区农业农村局局长蒲红霞", None)], []),
    "cg:罗俊杰": ("罗俊杰", "official", "郫都区三道堰镇", [
        ("cg08", f"{PD}三道堰镇党委", "书记", "三道堰镇党委书记罗俊杰", "succeeds 高延军 in the town")], []),
    # ---- 章丘
    "cg:房建军": ("房建军", "official", "章丘市 (since 2016 章丘区)", [
        ("cg09", f"{ZQS}委", "书记", "市委书记房建军到明水经济技术开发区", "2014; bare 市委 on the 章丘市 site = 章丘市委; named in the headline too")], []),
    "cg:李光荣": ("李光荣", "official", "章丘区 (章丘市 until 2016)", [
        ("cg09", f"{ZQS}委", "常委", "市委常委、常务副市长李光荣", "2014 (identity case: 章丘区长 in 2022, cg10); also in the 下一条 link"),
        ("cg09", f"{ZQS}政府", "常务副市长", "市委常委、常务副市长李光荣", None),
        ("cg10", f"{ZQQ}委", "副书记", "区委副书记、区长李光荣", "2022"),
        ("cg10", f"{ZQQ}政府", "区长", "区委副书记、区长李光荣", None)], []),
    "cg:崔振海": ("崔振海", "official", "章丘区 (章丘市 until 2016)", [
        ("cg09", f"{ZQS}委", "常委", _CG09_CUI, "2014 (identity case: 章丘区委书记 in 2022, cg10)"),
        ("cg09", f"{MINGSHUI}党工委", "书记", _CG09_CUI, "DECIDED HERE: 明水经济技术开发区 → 济南明水经开区"),
        ("cg10", f"{ZQQ}委", "书记", "区委书记崔振海", "2022")], []),
    "cg:翟兆祥": ("翟兆祥", "official", "章丘市", [
        ("cg09", f"{ZQS}经信局", "局长", "市经信局局长翟兆祥", None)], []),
    "cg:宋立民": ("宋立民", "official", "章丘市刁镇", [
        ("cg09", f"{ZQS}刁镇党委", "书记", "刁镇党委书记宋立民", None)], []),
    "cg:耿庆林": ("耿庆林", "official", "济南市", [
        ("cg10", "济南市委", "常委", "市委常委、副市长耿庆林到章丘区调研", "DECIDED HERE: bare 市委 on the 章丘区 site of 2022 = 济南市委 (the prefecture), not 章丘"),
        ("cg10", "济南市政府", "副市长", "市委常委、副市长耿庆林到章丘区调研", "named in the headline too")], []),
    "cg:亓洪波": ("亓洪波", "official", "章丘区", [
        ("cg10", f"{ZQQ}委", "常委", _CG10_QI, None),
        ("cg10", f"{MINGSHUI}党工委", "书记", _CG10_QI, "succeeds 崔振海 at the zone")], []),
    "cg:沈国良#2": ("沈国良", "official", "章丘区双山街道", [
        ("cg10", f"{ZQQ}双山街道党工委", "书记", "双山街道党工委书记沈国良", "山东 章丘, 2022; not the 沈国良 of 吴江 盛泽镇 (cg01)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cg01", "徐晓燕", "作者", "author", "作者：徐晓燕"),
    ("cg02", "沈佳琪", "记者", "reporter", "本报讯（记者 沈佳琪 通讯员 陆云帆）"),
    ("cg02", "陆云帆", "通讯员", "correspondent", "本报讯（记者 沈佳琪 通讯员 陆云帆）"),
    ("cg02", "金晓敏", "责任编辑", "editor", "责任编辑：金晓敏"),
    ("cg03", "俞佳敏", "作者", "author", "作者：俞佳敏"),
    ("cg04", "何玉婷", "编辑", "editor", "编辑：何玉婷"),
    ("cg04", "孙欣悦", "记者", "reporter", "本报讯（记者 孙欣悦）"),
    ("cg05", "陈晓琳", "记者", "reporter", "（记者 陈晓琳）"),
    ("cg06", "龚思彤", "记者", "reporter", "（记者 龚思彤）"),
    ("cg07", "杜晓岑", "责任编辑", "editor", "责任编辑：杜晓岑"),
    ("cg08", "谭明月", "记者", "reporter", "本报讯（记者 谭明月）"),
    ("cg08", "冉诗琪", "通讯员", "correspondent", "（通讯员 冉诗琪）"),
    ("cg08", "韩雪莹", "责任编辑", "editor", "责任编辑：韩雪莹"),
    ("cg08", "邱思琦", "校对", "editor", "校对：邱思琦"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cg01", "盛泽镇、汾湖镇重点项目开工建设情况检查", "inspection (检查)", "3月7日", None, "顾文涛", [],
     ["钱雪峰", "陆晓东", "褚志明"], ["沈国良", "周振宁", "顾文涛", "钱雪峰", "褚志明"], "盛泽镇、汾湖镇",
     "市委副书记、市长顾文涛带领市发改委、市规划局、市国土局等部门负责人，深入盛泽镇、汾湖镇检查重点项目开工建设情况",
     ["市长顾文涛带领", "市发展和改革委员会主任褚志明陪同检查", "镇党委书记沈国良汇报了", "镇党委书记周振宁介绍了",
      "顾文涛指出", "钱雪峰要求", "褚志明表示"]),
    ("cg02", "盛泽镇、汾湖高新区（黎里镇）重点项目建设和制造业转型升级调研", "inspection (调研)", "4月15日", None, "钱雪峰", [],
     ["周振宁", "姚卫红"], ["朱立铭", "周振宁", "钱雪峰", "姚卫红"], "盛泽镇、汾湖高新区（黎里镇）",
     "区委副书记、区长钱雪峰到盛泽镇、汾湖高新区（黎里镇）调研重点项目建设和制造业转型升级工作",
     ["区长钱雪峰到盛泽镇", "副区长姚卫红参加调研", "朱立铭汇报了", "周振宁介绍了", "钱雪峰指出", "姚卫红就做好项目要素保障"]),
    ("cg03", "市政府第二十三次常务会议", "meeting (市政府常务会议)", "6月20日上午", "蒋立平", None, ["富阳市政府"],
     ["应国强", "孙慧芬", "何振东", "邵建国"], ["骆永明", "章晓峰", "蒋立平", "应国强"], None,
     "市委副书记、市长蒋立平主持召开市政府第二十三次常务会议",
     ["市长蒋立平主持召开", "市政府秘书长邵建国出席会议", "听取了市发改局局长骆永明关于", "章晓峰汇报了", "蒋立平强调",
      "应国强就做好富春江汛期安全度汛"]),
    ("cg04", "东洲街道、银湖街道重点项目建设调研", "inspection (调研)", "9月23日", None, "应国强", [],
     ["夏志鹏", "章晓峰", "方雅静"], ["俞海军", "章晓峰", "应国强", "夏志鹏"], "东洲街道、银湖街道",
     "区委书记应国强带队调研东洲街道、银湖街道重点项目建设",
     ["区委书记应国强带队调研", "副区长方雅静参加调研", "俞海军汇报了", "章晓峰介绍了", "应国强指出", "夏志鹏表示"]),
    ("cg05", "防御台风工作检查", "inspection (检查)", "7月11日", None, "陈振华", [],
     ["林志坚", "郑婉如"], ["王德顺", "游建华", "陈振华", "林志坚", "郑婉如"], "松下镇、文岭镇",
     "市委副书记、市长陈振华带领市水利局、市海洋与渔业局等部门负责人，深入松下镇、文岭镇检查防御今年第7号台风工作",
     ["市长陈振华带领", "副市长郑婉如陪同检查", "王德顺汇报了", "游建华介绍了", "陈振华强调", "林志坚要求", "郑婉如就危房人员转移"]),
    ("cg06", "数字经济和重大项目建设调研", "inspection (调研)", "5月16日", None, "林志坚", [],
     ["郑婉如", "黄启明"], ["黄启明"], "长乐区",
     "福州市发改委主任林志坚一行来航调研数字经济和重大项目建设情况",
     ["福州市发改委主任林志坚一行来航调研", "常务副区长黄启明陪同调研", "黄启明汇报了"]),
    ("cg06", "座谈会", "meeting (座谈会)", "5月16日", None, None, [],
     [], ["方振国", "林志坚", "郑婉如"], None,
     "在随后召开的座谈会上，福州新区管委会副主任、区委书记方振国介绍了",
     ["区委书记方振国介绍了", "林志坚指出", "郑婉如表示"]),
    ("cg07", "唐昌镇、三道堰镇农村土地综合整治和川西林盘保护调研", "inspection (调研)", "4月21日", None, "邓晓岷", [],
     ["苗青山", "吕红梅"], ["刘明远", "高延军", "邓晓岷", "苗青山"], "唐昌镇、三道堰镇",
     "县委常委、副县长邓晓岷到唐昌镇、三道堰镇调研农村土地综合整治和川西林盘保护工作",
     ["副县长邓晓岷到唐昌镇", "县农发局局长吕红梅陪同调研", "刘明远汇报了", "高延军介绍了", "邓晓岷指出", "苗青山表示"]),
    ("cg08", "区政府第六十一次常务会议", "meeting (区政府常务会议)", "6月17日", "邓晓岷", None, ["郫都区政府"],
     ["高延军", "孟凡军", "姜雨婷"], ["蒲红霞", "邓晓岷", "高延军"], None,
     "区委副书记、区长邓晓岷主持召开区政府第六十一次常务会议",
     ["区长邓晓岷主持召开", "副区长孟凡军、姜雨婷出席会议", "区农业农村局局长蒲红霞关于", "邓晓岷强调", "高延军就做好上半年经济运行"]),
    ("cg08", "三道堰镇防汛工作检查", "inspection (检查)", "6月16日", None, "孟凡军", [],
     ["罗俊杰"], ["孟凡军"], "三道堰镇",
     "副区长孟凡军到三道堰镇检查防汛工作",
     ["副区长孟凡军到三道堰镇检查", "三道堰镇党委书记罗俊杰陪同检查", "他要求"]),
    ("cg09", "明水经济技术开发区、刁镇工业经济运行调研", "inspection (调研)", "3月13日", None, "房建军", [],
     ["李光荣", "崔振海", "翟兆祥"], ["崔振海", "宋立民", "房建军", "李光荣", "翟兆祥"], "明水经济技术开发区、刁镇",
     "市委书记房建军到明水经济技术开发区、刁镇调研一季度工业经济运行和重点项目建设情况",
     ["市委书记房建军到明水经济技术开发区", "市经信局局长翟兆祥陪同调研", "崔振海汇报了", "宋立民介绍了", "房建军强调",
      "李光荣就做好企业用工", "翟兆祥表示"]),
    ("cg10", "章丘区先进制造业发展调研", "inspection (调研)", "8月10日", None, "耿庆林", [],
     ["崔振海", "李光荣", "亓洪波"], ["亓洪波", "沈国良", "耿庆林", "崔振海"], "章丘区",
     "市委常委、副市长耿庆林到章丘区调研先进制造业发展和重点项目建设情况",
     ["副市长耿庆林到章丘区调研", "亓洪波陪同调研", "亓洪波汇报了", "沈国良介绍了", "耿庆林指出", "崔振海表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cg01", "东方丝绸市场三期", "project", "先后察看了东方丝绸市场三期"),
    ("cg01", "盛泽纺织科技创业园", "industrial_park", "盛泽纺织科技创业园和盛泽镇污水处理厂扩建工程"),
    ("cg01", "盛泽镇污水处理厂扩建工程", "infrastructure_project", "盛泽纺织科技创业园和盛泽镇污水处理厂扩建工程"),
    ("cg01", "汾湖经济开发区临沪产业园标准厂房", "industrial_park", "察看了汾湖经济开发区临沪产业园标准厂房"),
    ("cg01", "太浦河汾湖段防洪堤加固工程", "engineering_work", "太浦河汾湖段防洪堤加固工程施工现场"),
    ("cg02", "盛泽先进功能纤维创新中心项目", "project", "来到盛泽先进功能纤维创新中心项目"),
    ("cg02", "盛泽镇老旧工业区更新改造项目", "project", "盛泽镇老旧工业区更新改造项目现场"),
    ("cg02", "汾湖智能装备产业园二期", "industrial_park", "察看了汾湖智能装备产业园二期"),
    ("cg02", "元荡生态岸线二期工程", "greening_project", "元荡生态岸线二期工程"),
    ("cg03", "银湖新区路网一期工程", "infrastructure_project", "要求银湖新区路网一期工程"),
    ("cg03", "江滨西大道延伸工程", "infrastructure_project", "江滨西大道延伸工程和东洲工业功能区标准厂房二期"),
    ("cg03", "东洲工业功能区标准厂房二期", "industrial_park", "江滨西大道延伸工程和东洲工业功能区标准厂房二期"),
    ("cg04", "东洲街道智能制造产业园", "industrial_park", "先后来到东洲街道智能制造产业园"),
    ("cg04", "银湖科技城数字经济产业园一期", "industrial_park", "银湖科技城数字经济产业园一期"),
    ("cg04", "富春湾新城江滨东大道快速路工程", "infrastructure_project", "富春湾新城江滨东大道快速路工程现场"),
    ("cg05", "文岭镇外文武海堤加固工程", "engineering_work", "文岭镇外文武海堤加固工程要抢在台风登陆前"),
    ("cg06", "滨海新城数字经济产业园", "industrial_park", "先后来到滨海新城数字经济产业园"),
    ("cg06", "滨海新城综合医院项目", "project", "滨海新城综合医院项目和松下港区粮食储备加工基地"),
    ("cg06", "松下港区粮食储备加工基地", "project", "滨海新城综合医院项目和松下港区粮食储备加工基地"),
    ("cg07", "唐昌镇战旗村土地综合整治项目", "project", "察看了唐昌镇战旗村土地综合整治项目"),
    ("cg07", "唐昌镇农产品冷链物流中心", "logistics_hub", "唐昌镇农产品冷链物流中心"),
    ("cg07", "三道堰镇秦家庙村林盘整治项目", "project", "三道堰镇秦家庙村林盘整治项目"),
    ("cg08", "战旗村乡村振兴示范片区二期", "project", "加快推进战旗村乡村振兴示范片区二期"),
    ("cg08", "三道堰镇柏条河生态廊道", "greening_project", "三道堰镇柏条河生态廊道"),
    ("cg08", "郫筒街道老旧小区改造项目", "housing_project", "郫筒街道老旧小区改造项目"),
    ("cg09", "明水经济技术开发区汽车零部件产业园", "industrial_park", "先后来到明水经济技术开发区汽车零部件产业园"),
    ("cg09", "刁镇化工产业园污水处理厂", "infrastructure_project", "刁镇化工产业园污水处理厂"),
    ("cg09", "刁镇热电联产项目", "infrastructure_project", "刁镇热电联产项目施工现场"),
    ("cg10", "明水经济技术开发区新能源汽车零部件产业园二期", "industrial_park", "先后来到明水经济技术开发区新能源汽车零部件产业园二期"),
    ("cg10", "济东智造产业园", "industrial_park", "济东智造产业园和双山街道高端装备产业园"),
    ("cg10", "双山街道高端装备产业园", "industrial_park", "济东智造产业园和双山街道高端装备产业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cg01", "盛泽镇", "town", "standalone", "深入盛泽镇、汾湖镇检查"),
    ("cg01", "汾湖镇", "town", "standalone", "深入盛泽镇、汾湖镇检查"),
    ("cg01", "东方丝绸市场", "market", "in_project_name", "先后察看了东方丝绸市场三期"),
    ("cg01", "汾湖经济开发区", "development_zone", "in_project_name", "察看了汾湖经济开发区临沪产业园标准厂房"),
    ("cg01", "太浦河", "river", "in_project_name", "太浦河汾湖段防洪堤加固工程施工现场"),
    ("cg01", "上海", "city", "standalone", "汾湖镇要抢抓接轨上海的机遇"),
    ("cg01", "吴江", "county_level_city", "standalone", "努力打造吴江东部新的增长极"),
    ("cg01", "盛泽", "town", "in_project_name", "盛泽纺织科技创业园和盛泽镇污水处理厂扩建工程"),
    ("cg01", "汾湖", "town", "in_project_name", "太浦河汾湖段防洪堤加固工程施工现场"),
    ("cg02", "盛泽镇", "town", "standalone", "到盛泽镇、汾湖高新区（黎里镇）调研"),
    ("cg02", "汾湖高新区", "development_zone", "standalone", "到盛泽镇、汾湖高新区（黎里镇）调研"),
    ("cg02", "黎里镇", "town", "standalone", "到盛泽镇、汾湖高新区（黎里镇）调研"),
    ("cg02", "元荡", "lake", "in_project_name", "元荡生态岸线二期工程"),
    ("cg02", "长三角生态绿色一体化发展示范区", "region", "standalone", "服务长三角生态绿色一体化发展示范区建设"),
    ("cg02", "长三角", "region", "standalone", "牢牢把握长三角一体化发展的重大机遇"),
    ("cg02", "吴江", "district", "standalone", "吴江撤市设区已近十年"),
    ("cg02", "盛泽", "town", "in_project_name", "来到盛泽先进功能纤维创新中心项目"),
    ("cg02", "汾湖", "area", "in_project_name", "察看了汾湖智能装备产业园二期"),
    ("cg03", "富春江", "river", "standalone", "做好富春江汛期安全度汛"),
    ("cg03", "富阳市", "county_level_city", "in_document_title", "《富阳市富春江沿江综合整治三年行动方案》"),
    ("cg03", "富阳经济开发区", "development_zone", "standalone", "富阳经济开发区要对照国家级开发区的标准补齐短板"),
    ("cg03", "银湖新区", "area", "in_project_name", "要求银湖新区路网一期工程"),
    ("cg03", "江滨西大道", "road", "in_project_name", "江滨西大道延伸工程和东洲工业功能区标准厂房二期"),
    ("cg03", "东洲工业功能区", "area", "in_project_name", "江滨西大道延伸工程和东洲工业功能区标准厂房二期"),
    ("cg04", "东洲街道", "sub_district_office", "standalone", "带队调研东洲街道、银湖街道重点项目建设"),
    ("cg04", "银湖街道", "sub_district_office", "standalone", "带队调研东洲街道、银湖街道重点项目建设"),
    ("cg04", "富阳经济技术开发区", "development_zone", "standalone", "章晓峰介绍了富阳经济技术开发区“一区多园”"),
    ("cg04", "银湖科技城", "area", "in_project_name", "银湖科技城数字经济产业园一期"),
    ("cg04", "富春湾新城", "area", "in_project_name", "富春湾新城江滨东大道快速路工程现场"),
    ("cg04", "江滨东大道", "road", "in_project_name", "富春湾新城江滨东大道快速路工程现场"),
    ("cg04", "富阳", "district", "standalone", "撤市设区以来，富阳融入杭州主城"),
    ("cg04", "杭州", "city", "standalone", "撤市设区以来，富阳融入杭州主城"),
    ("cg05", "松下镇", "town", "standalone", "深入松下镇、文岭镇检查"),
    ("cg05", "文岭镇", "town", "standalone", "深入松下镇、文岭镇检查"),
    ("cg05", "松下港区", "port", "standalone", "先后来到松下港区"),
    ("cg05", "外文武海堤", "dike", "standalone", "文岭镇外文武海堤和滨海工业集中区"),
    ("cg05", "滨海工业集中区", "development_zone", "standalone", "文岭镇外文武海堤和滨海工业集中区"),
    ("cg06", "福州市", "city", "in_org_reference", "福州市发改委主任林志坚一行"),
    ("cg06", "滨海新城", "area", "standalone", "要抓住滨海新城建设的机遇"),
    ("cg06", "松下港区", "port", "standalone", "在松下港区，黄启明汇报了"),
    ("cg06", "福州新区", "new_area", "standalone", "融入福州新区建设"),
    ("cg06", "长乐", "district", "standalone", "介绍了长乐撤市设区以来"),
    ("cg07", "唐昌镇", "town", "standalone", "到唐昌镇、三道堰镇调研"),
    ("cg07", "三道堰镇", "town", "standalone", "到唐昌镇、三道堰镇调研"),
    ("cg07", "战旗村", "village", "in_project_name", "察看了唐昌镇战旗村土地综合整治项目"),
    ("cg07", "秦家庙村", "village", "in_project_name", "三道堰镇秦家庙村林盘整治项目"),
    ("cg07", "柏条河", "river", "standalone", "要加快柏条河沿线林盘保护规划编制"),
    ("cg07", "川西", "region", "standalone", "保护好川西林盘风貌"),
    ("cg08", "郫都区", "district", "in_document_title", "《郫都区2021年防汛减灾工作方案》"),
    ("cg08", "郫都", "district", "standalone", "郫都撤县设区以来"),
    ("cg08", "战旗村", "village", "in_project_name", "加快推进战旗村乡村振兴示范片区二期"),
    ("cg08", "三道堰镇", "town", "standalone", "副区长孟凡军到三道堰镇检查防汛工作"),
    ("cg08", "柏条河", "river", "standalone", "加强对柏条河、徐堰河沿线的巡查"),
    ("cg08", "徐堰河", "river", "standalone", "加强对柏条河、徐堰河沿线的巡查"),
    ("cg08", "郫筒街道", "sub_district_office", "in_project_name", "郫筒街道老旧小区改造项目"),
    ("cg08", "青杠树村", "village", "standalone", "柏条河堤防和青杠树村临河地段"),
    ("cg09", "明水经济技术开发区", "development_zone", "standalone", "市委书记房建军到明水经济技术开发区、刁镇调研"),
    ("cg09", "刁镇", "town", "standalone", "市委书记房建军到明水经济技术开发区、刁镇调研"),
    ("cg09", "刁镇化工产业园", "zone_park", "standalone", "刁镇化工产业园要把安全环保放在首位"),
    ("cg09", "章丘", "county_level_city", "standalone", "工业是章丘发展的根基"),
    ("cg10", "章丘区", "district", "standalone", "到章丘区调研先进制造业发展和重点项目建设情况"),
    ("cg10", "明水经济技术开发区", "development_zone", "in_project_name", "先后来到明水经济技术开发区新能源汽车零部件产业园二期"),
    ("cg10", "双山街道", "sub_district_office", "standalone", "双山街道党工委书记沈国良介绍了"),
    ("cg10", "济东", "area", "in_project_name", "济东智造产业园和双山街道高端装备产业园"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cg", conventions="set cg (blind set: counties and county-level cities later turned into districts, each on an old page (2011–2014) under its old name and a new page (2019–2022) under its new name: 江苏 吴江市 → 吴江区, 浙江 富阳市 → 富阳区, 福建 长乐市 → 长乐区, 四川 郫县 → 郫都区, 山东 章丘市 → 章丘区; organs, towns and departments carry the division's name as the page writes it for its date (吴江市委 2011, 吴江区委 2021; 郫县委 2014, 郫都区委 2021), one person_id across the renaming; bare 市委 on a county-level city's own old site = that city, on a district's new site = the prefecture (济南市委); county zones take the prefecture city (杭州富阳经济开发区 2012 / 杭州富阳经开区 2020, 济南明水经开区, 苏州汾湖高新区 with 区镇合一 one line); old-site chrome (visitor counters, 今天是, copyright year ranges, 发布人：admin, 相关文章) not annotated; one line per post per article)",
          persons_note="Set cg persons. id = corpus-wide person_id; scope gives the new name with the old one (cg:沈国良#1 吴江市盛泽镇党委书记 (江苏, 2011) and cg:沈国良#2 章丘区双山街道党工委书记 (山东, 2022) are two people; cg:钱雪峰 吴江市副市长 2011 → 吴江区长 2021; cg:周振宁 吴江市汾湖镇党委书记 2011 → 吴江区委常委、汾湖高新区党工委书记 2021; cg:应国强 富阳市常务副市长 2012 → 富阳区委书记 2020; cg:章晓峰 富阳经济开发区管委会主任 2012 → 富阳区委常委、经开区党工委书记 2020; cg:郑婉如 长乐市副市长 2013 → 长乐区长 2019; cg:林志坚 长乐市常务副市长 2013 → 福州市发改委主任 2019; cg:邓晓岷 郫县副县长 2014 → 郫都区长 2021; cg:高延军 郫县三道堰镇党委书记 2014 → 郫都区常务副区长 2021; cg:李光荣 章丘市常务副市长 2014 → 章丘区长 2022; cg:崔振海 明水经济技术开发区党工委书记 2014 → 章丘区委书记 2022)")


if __name__ == "__main__":
    main()
