"""Write gold part ``gt`` (a blind set: county and district 两会 and plenary pages — 人代会 开幕 / 闭幕 with elections,
政协 开幕 / 闭幕, a 党代会 开幕, 县委 / 区委 全会 — across two years, so that changed leaders are visible) from the tables
below.

Pages ``tests/dev/texts/gt*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``; none copied): a 惠安 人代会 开幕 copy (``大会执行主席…,
列席会议的县委副书记、代县长…在主席台前排就座。出席大会开幕式并在主席台就座的还有主席团其他成员、县人民法院院长、县人民检察院
检察长``, ``大会主席团常务主席、会议执行主席、县人大常委会党组书记、主任…宣布会议开幕``); the 水城县 人代会 开幕 page (stamp
``2020-09-09 10:28:18来源:未知点击:0``, 执行主席 list in the 主席台前排, 人大常委会副主任 list in the 主席台, ``会议应出席代表256名,
实到217名``); the 衡山县 government site's 人代会 开幕 (主席台 by category, 执行主席 ``按姓名笔画排列``, ``相关阅读``); a county news
site's 人代会 主席团第一次会议 (``(记者…) (责任编辑:admin 新闻报料:…)``, ``县委常委、组织部长…宣读了县委关于候选人的建议名单``);
the 万年县 人代会 选举 page (``选举…为县十六届人大常委会主任、…为县人民政府县长``, ``新当选人员进行了宪法宣誓并讲话``); the 湖南
省人大 选举 report (``…当选为湖南省第十三届人民代表大会常务委员会主任``); the 太湖 政协 预备会议 (chrome ``编辑: 审核人: 阅读次数:``,
``县委书记…,县长…应邀出席会议``); the 永州 and 莆田 政协 主席团 pages; the 渝中区 政协 开幕 page (``中共…区委书记…,区委副书记、
区长…应邀出席并在主席台就座,祝贺大会召开。开幕会由…主持…大会执行主席…在主席台前排就座``); the 鹿城区 政协 开幕 (``区政协主席…,
区政协副主席…,秘书长…及区政协常委在主席台就座``, ``代表…常务委员会作工作报告``); the 长寿区 政协 开幕 (``您的位置: 首页 > 长寿
动态``, ``日期: 字体:``, a subtitle line ``…等到会祝贺 …作常委会工作报告``); the 龙泉驿 and 白云区 政协 开幕 pages (``区委书记、
经开区党工委书记…应邀出席``); the 凤翔 党代会 闭幕 (``大会主席团常务委员会委员在主席台前排就座``); the 沁县 党代会 开幕 in a
city paper's digital edition (``下一版»本期共4版, 当前第1版 PDF``, a subtitle ``…出席 …作工作报告 …主持``, ``本报讯 记者…``,
``大会执行主席…在主席台就座``, ``市委换届风气…督查组组长…到会参加``); the 涡阳 县委全会 page (``发布时间: 来源: 发布开发区:``,
``十一届县委委员、候补委员出席会议``, ``县委常委、县委办主任…宣读…决议(草案)``); the 海安 县委常委会 (全会 工作报告 讨论稿); the
阜城 县委常委(扩大)会 (``来源:…宣传 | 作者: | 发布时间: | 次浏览 | 分享到``); the 凤阳 全会 小组讨论; the 上高 代表团召集人会议
(``来源 编辑 核编 签发``); the 大连 西岗区 政府全体会议 (footer ``网站主办单位 技术支持 辽ICP备 地址``). Places are real and new
to the corpus as counties / districts: 江西 吉安 新干县 (four pages: the county site, the 新干新闻网 portal, the 县政协 site,
the 吉安日报), 重庆 铜梁区 (three: the 区政协 site, the 区政府 site, the 铜梁网 portal), 山西 晋中 昔阳县 (three: the county
site, the 晋中日报数字报 with a second article on 榆社县, the 县人大 site).

Shapes: a county site's 人代会 开幕 (执行主席 in the 主席台前排, the 县委书记 / 县长 / 政协主席 / 县委副书记 invited to the 主席台,
the 人大常委会副主任 list and the 常务副县长 in the 主席台, the 人大主任 chairing, the 县长's 政府工作报告 with projects done and
planned, a ``相关链接`` list) (gt01); a county portal's two-day 县委全会 (``全会由县委常委会主持``, a 县委副书记 presiding over the
first 全体会议, the 书记's report, the 代县长's 部署, the 县委办主任 reading the 决议; a two-line headline with names; ``相关新闻``)
(gt02); a 县政协 site's 开幕 (执行主席 list with one name only there, the 县委书记 and 代县长 invited, a 副主席 chairing, the
主席's 常委会 report, 秘书长 作说明, ``上一篇 / 下一篇``) (gt03); a city paper's 第02版 of the 人代会 闭幕: the 代县长 elected 县长,
two 副县长 补选, 宪法宣誓 chaired by a 副主任, the former 县委书记 now a 市人大常委会副主任 到会指导 (gt04); a 区政协 site's 开幕
(gt05); a 区政府 site's ``区委十五届七次全会暨区委经济工作会议``: a new 代区长, the former 区长 now 区委副书记 only (gt06); a
district portal's 两会 page with two articles: the 政协 闭幕 (a 主席's resignation accepted, the 副主席 elected 主席) and the
人代会 闭幕 (the former 区长 elected 人大常委会主任, the 代区长 elected 区长) (gt07); a county site's 党代会 开幕 (主席团常务委员会
in the 主席台, 县长 chairing, 书记's and 纪委书记's reports, a 市委换届指导组组长 到会指导, the 主席团第一次会议 before it) (gt08);
a city paper's 第02版 with two articles: the 县委 一次全会 electing 常委 / 书记 / 副书记 and approving the 纪委 results, and another
county's 党代会 闭幕 (gt09); a 县人大 site's 全体会议 electing the 人大常委会党组书记 主任 and a 县委常委 副县长 (gt10).

Identity cases:
- gt:邹晓峰, a 县长 who becomes 县委书记 (新干县): 县委副书记、县长 reporting at the 人代会 of Jan 2023 (gt01); 县委书记 at the
  全会 of Dec 2023 (gt02), the 政协 of Jan 2024 (gt03) and the 人代会 of Jan 2024 (gt04).
- gt:温少勋, 常务副县长 → 代县长 → 县长 (新干县): 县委常委、常务副县长 in Jan 2023 (gt01); 县委副书记、代县长 in Dec 2023 and Jan
  2024 (gt02, gt03); elected 县长 on 2024-01-11 (gt04).
- gt:熊启源 moves from a county to the city: 新干县委书记 in Jan 2023 (gt01); 吉安市人大常委会副主任 到会指导 in Jan 2024 (gt04,
  ``市人大常委会副主任`` bare in the 吉安日报).
- gt:陈立明, a 区长 who becomes 区人大常委会主任 (铜梁区): 区委副书记、区长 in Jan 2023 (gt05); only 区委副书记 in Dec 2023, when
  gt:石峻岭 is 区委副书记、代区长 (gt06); elected 区人大常委会主任 in Jan 2024, 石峻岭 elected 区长 (gt07).
- gt:李婉秋, 区政协副主席 chairing the 开幕会 in Jan 2023 (gt05) → elected 区政协主席 by 补选 in Jan 2024 (gt07), when
  gt:唐绍辉, 主席 in 2023 (gt05, gt06), resigns (no line).
- gt:常卫东 (昔阳县): 县委副书记 chairing the 主席团第一次会议 in Sept 2021 (gt08); not in the new 常委 (gt09); 县人大常委会党组书记
  elected 县人大常委会主任 in Jan 2023 (gt10), when gt:刘润生 (主任 in 2021, gt09) is no longer named.
- gt:梁晓峰: 昔阳县委常委、组织部部长 and 大会秘书长 (gt08) → elected 县委副书记 (gt09, two days later) → 县委副书记 in 2023
  (gt10). gt:冯振川: elected 县委常委 (gt09, 2021) → elected 副县长 (gt10, 2023).
- the same officials across years: gt:聂长庚 (新干县人大常委会主任, gt01–gt04), gt:晏春华 (新干县政协主席, gt01–gt03),
  gt:敖立新 (新干县委副书记, gt01–gt03), gt:谭振岳 (铜梁区委书记, gt05–gt07), gt:何光荣 (铜梁区人大常委会主任, gt05–gt07),
  gt:阎志刚 and gt:郝建文 (昔阳 书记 and 县长, gt08–gt10); the reporter gt:江雨辰 and the editor gt:孔令珂 sign gt06 and gt07.
- two different 彭雪梅 in unrelated places: gt:彭雪梅#1 is 新干县政协副主席 (江西, gt03, 2024); gt:彭雪梅#2 is a member of the
  昔阳 党代会's 主席团常务委员会 (gt08, no post there) elected 昔阳县委常委 (山西, gt09, 2021).
- one organ name in several places: bare ``县委`` / ``县人大常委会`` / ``县政协`` are 新干's (gt01–gt04) and 昔阳's (gt08–gt10);
  bare ``县委书记`` / ``县委副书记、县长`` in the 晋中日报 are 昔阳's in article 1 and 榆社's in article 2 (gt09); bare
  ``市人大常委会副主任`` is 吉安's (gt04) and 晋中's (gt10); ``区委`` / ``区政协`` / ``区人大常委会`` are 铜梁's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, ar, ck, du, df and cl where they speak; decided here where they are silent):
- Elections are holdings from the session's date (ab, ck, du): ``县委副书记、代县长温少勋当选为新干县人民政府县长`` gives 新干县委
  副书记, 新干县政府 代县长 and 新干县政府 县长 (ab, ck); ``钟雅楠、甘永辉当选为新干县人民政府副县长`` gives each 副县长;
  ``选举区委副书记陈立明为重庆市铜梁区第十九届人民代表大会常务委员会主任`` → 铜梁区委 副书记 + 铜梁区人大常委会 主任 (届 dropped);
  ``补选李婉秋为政协重庆市铜梁区第十七届委员会主席`` → 铜梁区政协 主席 (fe: 政协X第N届委员会 → X政协); ``补选县委常委冯振川为
  昔阳县人民政府副县长`` → 昔阳县委 常委 + 昔阳县政府 副县长. The 县委 一次全会 (gt09) as du: ``选举…为县委常委`` gives each name
  (书记 and 副书记 included) 昔阳县委 常委; the approved 纪委 results give 昔阳县纪委 书记 / 副书记. ``新当选的…`` and headline
  repeats give no second line. ``接受唐绍辉辞去…主席职务请求的决定`` gives no line (ab: 辞去 none); 唐绍辉 is named bare in gt07.
- Session roles are no posts (ab, ar, du): 大会执行主席, 大会主席团常务主席, 主席团常务委员会委员, 大会秘书长, the 宣誓 chair.
  Names written only in the 执行主席 / 主席团常务委员会 lists are in persons.json with no post on that page (付海燕, 曾庆岚, 黎明亮
  in gt01, typed ``deputy``; 甘立勤 in gt03, 黄雨生 in gt05 and gt07, typed ``cppcc_member``; 彭雪梅#2 and 刘润生 in gt08;
  蒲晓娟 and 庞建军 in gt07). ``县人大常委会党组书记、主任聂长庚`` → 新干县人大常委会党组 书记 + 新干县人大常委会 主任 (党组 only
  with 书记); DECIDED HERE: ``县人大常委会党组书记常卫东`` chairing the sitting that then elects him 主任 gives both lines with
  their own evidence (he holds the 党组 post before the vote; the 主任 comes from ``补选常卫东为…常务委员会主任``).
- A list after one title gives every name that title (``县人大常委会副主任简国平、罗小梅、邓学文``, ``区委副书记陈立明、罗永强``);
  a bare 秘书长 after a 政协 副主席 (``区政协副主席蒲晓娟，秘书长庞建军``) is the 政协's (ab). One line per post per article.
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 on the 新干 sites, the 新干新闻网 and the 吉安日报's
  新干 article = 新干县; on the 昔阳 sites and the 晋中日报's 昔阳 article = 昔阳县, in its 榆社 article = 榆社县; 区委 / 区人大常委会
  / 区政协 on the 铜梁 sites and 铜梁网 = 铜梁区 (one 铜梁区 in China: no city prefix); bare 市 organs are the parent city's
  (``市人大常委会副主任`` in the 吉安日报 → 吉安市人大常委会, on the 昔阳人大 site → 晋中市人大常委会; ``市委组织部副部长`` in the
  晋中日报 → 晋中市委组织部). ``晋中市委换届指导组组长、市委组织部副部长宋立衡`` → 晋中市委换届指导组 组长 + 晋中市委组织部 副部长
  (du). ``县委常委、县委办公室主任`` → X县委 常委 + X县委办公室 主任 (and 铜梁区委办公室). 代县长 / 代区长 are titles as written.
- Events: 人代会 开幕 / 全体会议 / 闭幕 are ``session (人民代表大会)``, 政协 开幕会 / 闭幕会 ``session (政协会议)``, the 党代会
  开幕 / 闭幕 ``session (党代会)``, the 主席团第一次会议 ``meeting (大会主席团会议)``, the 全会 ``meeting (县委全会)`` /
  ``meeting (区委全会)``. Chair = who 主持 the sitting (the 人大主任 as 执行主席, a 政协副主席, the 县长 at the 党代会, the designated
  书记 at the first 全会, du08); those seated in the 主席台 (executive chairs included), 应邀出席, 列席, 到会指导, the newly elected
  sworn in and the 宣誓 chair are attendees; those who 作报告 / 作部署 / 作说明 / 宣读 / 讲话 / 表态发言 / 要求 / 祝贺 are speakers
  (a speaker seated in the 主席台 is in both lists, du01); the chair is not repeated among attendees.
- DECIDED HERE: a 全会 of two days with two 全体会议 (gt02) is ONE event dated ``12月26日至27日``; it is ``由县委常委会主持`` (an
  organ, df02 / aw08): no chair; the 县委副书记 who presides over the first 全体会议 is an attendee (he sits in it); the 分组讨论
  inside it is part of it.
- DECIDED HERE: ``区委十五届七次全会暨区委经济工作会议`` (gt06) is ONE event named as written, typed ``meeting (区委全会)``: one
  sitting under one chair (the 区委常委会); units that 作交流发言 are no persons.
- Future sittings (``委员们将列席县十八届人大三次会议``), the 纪委 一次全会 whose results are approved (ck), and headlines in side
  lists (``相关链接``, ``相关新闻``, ``相关阅读``, ``本版其他新闻``, ``上一篇 / 下一篇``) are no events; names in side lists count
  as mentions only.
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``铜梁网讯（记者 …）`` and ``（记者 …）`` are reporter / correspondent lines (the
  晋中日报 reporter of both articles has a line in each); a stamp's ``作者：谢婉菁 陈子航`` gives two author lines; ``作者：县人大
  常委会办公室`` names an office, no person; 责任编辑 / 编辑 / 本版编辑 / 校对 / 审核 are editor lines.
- Projects: works completed or under way keep their kind (…产业园二期 / 三期 / 一期 industrial_park; 污水处理厂 / 水厂 works
  infrastructure_project; 防洪堤 / 流域综合治理 engineering_work; 生态修复 / 岸线生态修复 / 生态保护修复 greening_project; 棚户区
  改造 under way housing_project; 高标准农田建设项目 with its town, a 氯碱新材料项目, a 文化旅游区提升改造项目, a 文旅融合发展示范区
  under way project); works to be started (启动, 年内开工) are ``planned_project`` (cl, x). A work's kind follows each page's
  wording (大洋洲镇商周文化旅游区提升改造项目 planned in gt01, under way in gt02; 大寨红色文旅融合发展示范区 planned in gt08, under
  way in gt10). Generic work (农村人居环境整治, 城市更新, 水污染防治, 赣江沿岸生态保护, 一条产业链) is no project.
- Places: one line per name per file, as written; places inside session and organ names and project names count; short county
  names used standalone (``新干高质量发展``, ``现代化新干``, ``推动昔阳…``, ``推动榆社绿色发展``, ``铜梁高质量发展``) count. DECIDED
  HERE: ``大寨`` inside ``大寨精神`` in the body is annotated with context ``standalone (slogan)`` (as the seed gold's 中原), but
  not inside a report title in 《》 (gt08, cu); kinds: ``盐化工业城`` development_zone, ``铜梁高新区`` development_zone, ``安居古城``
  heritage_site, ``重庆市`` municipality. Mastheads, site lines, stamp lines, breadcrumbs, side lists, footers (addresses) and
  venues (县文化艺术中心, 区会议中心, 县影剧院, 县会议中心; kept in the event's ``place``) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XG, TL, XY, YS = "新干县", "铜梁区", "昔阳县", "榆社县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gt01_xingan.txt": (2023, "发布时间：2023-01-06 17:32", XG, [
        ("新干县第十八届人民代表大会第二次会议隆重开幕", "1月6日上午", "2023-01-06", "1月6日上午，新干县第十八届",
         "county site: 人代会 开幕 (执行主席 and county leaders in the 主席台, the 人大主任 chairs, the 县长's 政府工作报告)")]),
    "gt02_xingan.txt": (2023, "2023-12-28 08:41:19", XG, [
        ("中共新干县委十五届六次全会召开", "12月26日至27日", "2023-12-26", "12月26日至27日，中国共产党新干县",
         "county portal: two-day 县委全会 由县委常委会主持; the former 县长 now 书记, the former 常务副县长 now 代县长")]),
    "gt03_xingan.txt": (2024, "日期：2024-01-09", XG, [
        ("政协新干县第十届委员会第三次会议隆重开幕", "1月8日下午", "2024-01-08", "1月8日下午，政协新干县",
         "县政协 site: 政协 开幕会 (副主席 chairs, 主席's 常委会 report, 县委书记 and 代县长 invited)")]),
    "gt04_xingan.txt": (2024, "2024年1月12日　星期五", XG, [
        ("新干县十八届人大三次会议闭幕", "1月11日上午", "2024-01-11", "本报讯（记者 黎慕远 通讯员 钟书瑶）1月11日",
         "city paper 第02版: 人代会 闭幕; the 代县长 elected 县长, two 副县长 补选; the former 县委书记 now 市人大常委会副主任")]),
    "gt05_tongliang.txt": (2023, "发布时间：2023-01-10 18:05", TL, [
        ("区政协十七届二次会议隆重开幕", "1月10日上午", "2023-01-10", "1月10日上午，中国人民政治协商会议",
         "区政协 site: 政协 开幕会 (副主席 chairs, 主席's report; 区委书记, 区长, 人大主任 invited)")]),
    "gt06_tongliang.txt": (2023, "日期：2023-12-22", TL, [
        ("区委十五届七次全会暨区委经济工作会议召开", "12月21日", "2023-12-21", "12月21日，中国共产党重庆市铜梁区",
         "区政府 site: 区委全会暨经济工作会议 由区委常委会主持; a new 代区长, the former 区长 now 区委副书记 only")]),
    "gt07_tongliang.txt": (2024, "2024-01-12 09:16:40", TL, [
        ("区政协十七届三次会议闭幕 李婉秋当选区政协主席", "1月10日下午", "2024-01-10", "铜梁网讯（记者 江雨辰）1月10日",
         "district portal, article 1: 政协 闭幕; the 主席's resignation accepted, the 副主席 elected 主席"),
        ("区十九届人大四次会议闭幕 石峻岭当选区长", "1月11日上午", "2024-01-11", "铜梁网讯（记者 孙嘉琪）1月11日",
         "district portal, article 2: 人代会 闭幕; the former 区长 elected 人大常委会主任, the 代区长 elected 区长")]),
    "gt08_xiyang.txt": (2021, "发布时间：2021-09-24 18:10", XY, [
        ("中国共产党昔阳县第十五次代表大会隆重开幕", "9月24日上午", "2021-09-24", "9月24日上午，中国共产党昔阳县",
         "county site: 党代会 开幕 (主席团常务委员会 in the 主席台, 县长 chairs, 书记's and 纪委书记's reports; 主席团第一次会议)")]),
    "gt09_xiyang.txt": (2021, "2021年09月28日", "晋中市", [
        ("昔阳县委十五届一次全会选举产生新一届领导班子", "9月26日下午", "2021-09-26", "本报讯（记者 韩思远 通讯员 武晓琳）9月26日",
         "city paper 第02版, article 1: the 县委 一次全会 electing 常委 / 书记 / 副书记; 纪委 results approved"),
        ("榆社县第十五次党代会闭幕", "9月27日上午", "2021-09-27", "本报讯（记者 韩思远）9月27日",
         "city paper 第02版, article 2: another county's 党代会 闭幕 (bare 县 organs = 榆社)")]),
    "gt10_xiyang.txt": (2023, "发布时间：2023-01-13 16:20", XY, [
        ("昔阳县第十七届人民代表大会第三次会议举行第三次全体会议", "1月13日上午", "2023-01-13", "1月13日上午，昔阳县第十七届",
         "县人大 site: 人代会 全体会议; the 人大常委会党组书记 elected 主任, a 县委常委 elected 副县长")]),
}

_X01 = "县委书记熊启源，县委副书记、县长邹晓峰，县政协主席晏春华，县委副书记敖立新应邀出席大会并在主席台就座"
_X03 = "县委书记邹晓峰，县委副书记、代县长温少勋，县人大常委会主任聂长庚，县委副书记敖立新等县领导应邀出席并在主席台就座"
_X04W = "县委副书记、代县长温少勋当选为新干县人民政府县长"
_T05 = "区委书记谭振岳，区委副书记、区长陈立明，区人大常委会主任何光荣，区委副书记罗永强等区领导应邀出席并在主席台就座"
_T06 = "区委书记谭振岳，区委副书记、代区长石峻岭，区委副书记陈立明、罗永强等在主席台就座"
_T07A = "区委书记谭振岳，区委副书记、代区长石峻岭，区委副书记陈立明、罗永强应邀出席闭幕会"
_T07C = "选举区委副书记陈立明为重庆市铜梁区第十九届人民代表大会常务委员会主任"
_T07S = "选举区委副书记、代区长石峻岭为重庆市铜梁区人民政府区长"
_Y08S = "晋中市委换届指导组组长、市委组织部副部长宋立衡"
_Y08D = "县委常委、县纪委书记、县监委主任丁志宏"
_Y09C = "选举阎志刚、郝建文、梁晓峰、丁志宏、彭雪梅、冯振川、裴文斌、吕红英、邢志勇为县委常委"
_Y09F = "郝建文、梁晓峰为县委副书记"
_Y10F = "补选县委常委冯振川为昔阳县人民政府副县长"
_CM = "elected at the 全会 (gt09): each name in the 常委 election, 书记 and 副书记 included (du, ck)"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 新干县 (江西 吉安)
    "gt:熊启源": ("熊启源", "official", XG, [
        ("gt01", "新干县委", "书记", "县委书记熊启源", "2023-01 (identity case: 吉安市人大常委会副主任 in 2024, gt04)"),
        ("gt04", "吉安市人大常委会", "副主任", "市人大常委会副主任熊启源到会指导", "2024-01: bare 市 in the 吉安日报 = 吉安市; moved from the county to the city")], []),
    "gt:邹晓峰": ("邹晓峰", "official", XG, [
        ("gt01", "新干县委", "副书记", "县委副书记、县长邹晓峰", "2023-01 (identity case: 县委书记 from Dec 2023)"),
        ("gt01", "新干县政府", "县长", "县委副书记、县长邹晓峰", None),
        ("gt02", "新干县委", "书记", "县委书记邹晓峰代表县委常委会作工作报告", "2023-12: now 书记"),
        ("gt03", "新干县委", "书记", _X03, "2024-01"),
        ("gt04", "新干县委", "书记", "县委书记邹晓峰和大会主席团常务主席", "2024-01")], []),
    "gt:温少勋": ("温少勋", "official", XG, [
        ("gt01", "新干县委", "常委", "县委常委、常务副县长温少勋", "2023-01 (identity case: 代县长 Dec 2023, 县长 Jan 2024)"),
        ("gt01", "新干县政府", "常务副县长", "县委常委、常务副县长温少勋", None),
        ("gt02", "新干县委", "副书记", "县委副书记、代县长温少勋就2024年全县经济工作作具体部署", "2023-12: 代县长 as written"),
        ("gt02", "新干县政府", "代县长", "县委副书记、代县长温少勋就2024年全县经济工作作具体部署", None),
        ("gt03", "新干县委", "副书记", _X03, "2024-01-08"),
        ("gt03", "新干县政府", "代县长", _X03, None),
        ("gt04", "新干县委", "副书记", _X04W, "2024-01-11: the 代县长 elected 县长 gives three lines (ab, ck)"),
        ("gt04", "新干县政府", "代县长", _X04W, "held until the vote"),
        ("gt04", "新干县政府", "县长", _X04W, "elected; 新当选的县长 and the headline repeat it")], []),
    "gt:聂长庚": ("聂长庚", "official", XG, [
        ("gt01", "新干县人大常委会党组", "书记", "县人大常委会党组书记、主任聂长庚", "大会主席团常务主席、执行主席 are session roles"),
        ("gt01", "新干县人大常委会", "主任", "县人大常委会党组书记、主任聂长庚", None),
        ("gt02", "新干县人大常委会", "主任", "县人大常委会主任聂长庚", "列席 the 全会"),
        ("gt03", "新干县人大常委会", "主任", _X03, None),
        ("gt04", "新干县人大常委会", "主任", "大会执行主席、县人大常委会主任聂长庚主持会议", None)], []),
    "gt:晏春华": ("晏春华", "official", XG, [
        ("gt01", "新干县政协", "主席", "县政协主席晏春华", None),
        ("gt02", "新干县政协", "主席", "县政协主席晏春华等不是县委委员的县级领导同志", None),
        ("gt03", "新干县政协", "主席", "县政协主席晏春华代表政协新干县第十届委员会常务委员会", "named in the subtitle too")], []),
    "gt:敖立新": ("敖立新", "official", XG, [
        ("gt01", "新干县委", "副书记", "县委副书记敖立新应邀出席大会", None),
        ("gt02", "新干县委", "副书记", "县委副书记敖立新主持", "presides over the 全会's first 全体会议: an attendee, no chair (DECIDED HERE)"),
        ("gt03", "新干县委", "副书记", _X03, None)], []),
    "gt:简国平": ("简国平", "official", XG, [
        ("gt01", "新干县人大常委会", "副主任", "县人大常委会副主任简国平、罗小梅、邓学文", "list after one title"),
        ("gt04", "新干县人大常委会", "副主任", "宣誓仪式由县人大常委会副主任简国平主持", "the 宣誓 chair is an attendee")], []),
    "gt:罗小梅": ("罗小梅", "official", XG, [
        ("gt01", "新干县人大常委会", "副主任", "县人大常委会副主任简国平、罗小梅、邓学文", None)], []),
    "gt:邓学文": ("邓学文", "official", XG, [
        ("gt01", "新干县人大常委会", "副主任", "县人大常委会副主任简国平、罗小梅、邓学文", None)], []),
    "gt:付海燕": ("付海燕", "deputy", XG, [], ["gt01"]),
    "gt:曾庆岚": ("曾庆岚", "deputy", XG, [], ["gt01"]),
    "gt:黎明亮": ("黎明亮", "deputy", XG, [], ["gt01"]),
    "gt:胡慧敏": ("胡慧敏", "official", XG, [
        ("gt02", "新干县委", "常委", "县委常委、县委办公室主任胡慧敏", None),
        ("gt02", "新干县委办公室", "主任", "县委常委、县委办公室主任胡慧敏", "as written after the place")], []),
    "gt:彭雪梅#1": ("彭雪梅", "official", XG, [
        ("gt03", "新干县政协", "副主席", "开幕会由县政协副主席彭雪梅主持", "新干县 (江西), 2024; not the 彭雪梅 of 昔阳县 (gt08, gt09)")], []),
    "gt:周凤鸣": ("周凤鸣", "official", XG, [
        ("gt03", "新干县政协", "副主席", "县政协副主席周凤鸣代表十届县政协常委会", None)], []),
    "gt:甘立勤": ("甘立勤", "cppcc_member", XG, [], ["gt03"]),
    "gt:施建林": ("施建林", "official", XG, [
        ("gt03", "新干县政协", "秘书长", "县政协秘书长施建林作了会务安排说明", None)], []),
    "gt:钟雅楠": ("钟雅楠", "official", XG, [
        ("gt04", "新干县政府", "副县长", "钟雅楠、甘永辉当选为新干县人民政府副县长", "elected (补选) 2024-01")], []),
    "gt:甘永辉": ("甘永辉", "official", XG, [
        ("gt04", "新干县政府", "副县长", "钟雅楠、甘永辉当选为新干县人民政府副县长", "elected (补选) 2024-01")], []),
    # ---- 铜梁区 (重庆)
    "gt:谭振岳": ("谭振岳", "official", TL, [
        ("gt05", "铜梁区委", "书记", _T05, "2023-01"),
        ("gt06", "铜梁区委", "书记", _T06, "2023-12"),
        ("gt07", "铜梁区委", "书记", _T07A, "2024-01, article 1"),
        ("gt07", "铜梁区委", "书记", "区委书记谭振岳和大会主席团常务主席", "article 2")], []),
    "gt:陈立明": ("陈立明", "official", TL, [
        ("gt05", "铜梁区委", "副书记", _T05, "2023-01 (identity case: 区人大常委会主任 in 2024)"),
        ("gt05", "铜梁区政府", "区长", _T05, None),
        ("gt06", "铜梁区委", "副书记", _T06, "2023-12: no longer 区长 (石峻岭 is 代区长)"),
        ("gt07", "铜梁区委", "副书记", _T07A, "2024-01, article 1"),
        ("gt07", "铜梁区委", "副书记", _T07C, "article 2"),
        ("gt07", "铜梁区人大常委会", "主任", _T07C, "elected 2024-01-11; 第十九届人民代表大会常务委员会 → 人大常委会")], []),
    "gt:何光荣": ("何光荣", "official", TL, [
        ("gt05", "铜梁区人大常委会", "主任", _T05, None),
        ("gt06", "铜梁区人大常委会", "主任", "区人大常委会主任何光荣、区政协主席唐绍辉", "列席"),
        ("gt07", "铜梁区人大常委会", "主任", "大会执行主席、区人大常委会主任何光荣主持会议", "chairs the sitting that elects his successor")], []),
    "gt:罗永强": ("罗永强", "official", TL, [
        ("gt05", "铜梁区委", "副书记", _T05, None),
        ("gt06", "铜梁区委", "副书记", _T06, "list after one title"),
        ("gt07", "铜梁区委", "副书记", _T07A, None)], []),
    "gt:唐绍辉": ("唐绍辉", "official", TL, [
        ("gt05", "铜梁区政协", "主席", "区政协主席唐绍辉代表政协重庆市铜梁区第十七届委员会常务委员会", "2023-01"),
        ("gt06", "铜梁区政协", "主席", "区政协主席唐绍辉等不是区委委员的区级领导同志", "2023-12")], ["gt07"]),
    "gt:李婉秋": ("李婉秋", "official", TL, [
        ("gt05", "铜梁区政协", "副主席", "开幕会由区政协副主席李婉秋主持", "2023-01 (identity case: 主席 in 2024)"),
        ("gt07", "铜梁区政协", "主席", "补选李婉秋为政协重庆市铜梁区第十七届委员会主席", "elected (补选) 2024-01-10; 政协X第N届委员会 → X政协; headline and 新当选的 repeat it")], []),
    "gt:周德兵": ("周德兵", "official", TL, [
        ("gt05", "铜梁区政协", "副主席", "区政协副主席周德兵作十七届一次会议以来提案工作情况的报告", None),
        ("gt07", "铜梁区政协", "副主席", "闭幕会由区政协副主席周德兵主持", None)], []),
    "gt:蒲晓娟": ("蒲晓娟", "official", TL, [
        ("gt05", "铜梁区政协", "副主席", "区政协副主席蒲晓娟，秘书长庞建军", None)], ["gt07"]),
    "gt:庞建军": ("庞建军", "official", TL, [
        ("gt05", "铜梁区政协", "秘书长", "区政协副主席蒲晓娟，秘书长庞建军", "bare 秘书长 after a 政协 副主席 (ab)")], ["gt07"]),
    "gt:黄雨生": ("黄雨生", "cppcc_member", TL, [], ["gt05", "gt07"]),
    "gt:石峻岭": ("石峻岭", "official", TL, [
        ("gt06", "铜梁区委", "副书记", _T06, "2023-12"),
        ("gt06", "铜梁区政府", "代区长", _T06, "代区长 as written"),
        ("gt07", "铜梁区委", "副书记", _T07A, "2024-01, article 1"),
        ("gt07", "铜梁区政府", "代区长", _T07A, None),
        ("gt07", "铜梁区委", "副书记", _T07S, "article 2"),
        ("gt07", "铜梁区政府", "代区长", _T07S, "held until the vote"),
        ("gt07", "铜梁区政府", "区长", _T07S, "elected 2024-01-11")], []),
    "gt:邬海生": ("邬海生", "official", TL, [
        ("gt06", "铜梁区委", "常委", "区委常委、区委办公室主任邬海生", None),
        ("gt06", "铜梁区委办公室", "主任", "区委常委、区委办公室主任邬海生", None)], []),
    # ---- 昔阳县 / 榆社县 (山西 晋中)
    "gt:阎志刚": ("阎志刚", "official", XY, [
        ("gt08", "昔阳县委", "书记", "县委书记阎志刚代表中共昔阳县第十四届委员会", "2021-09"),
        ("gt09", "昔阳县委", "常委", _Y09C, _CM),
        ("gt09", "昔阳县委", "书记", "选举阎志刚为县委书记", "elected 2021-09-26; 新当选的 repeats it"),
        ("gt10", "昔阳县委", "书记", "县委书记阎志刚，县委副书记、县长郝建文", "2023-01")], []),
    "gt:郝建文": ("郝建文", "official", XY, [
        ("gt08", "昔阳县委", "副书记", "县委副书记、县长郝建文主持开幕大会", "2021-09"),
        ("gt08", "昔阳县政府", "县长", "县委副书记、县长郝建文主持开幕大会", None),
        ("gt09", "昔阳县委", "常委", _Y09C, _CM),
        ("gt09", "昔阳县委", "副书记", _Y09F, "elected"),
        ("gt10", "昔阳县委", "副书记", "县委书记阎志刚，县委副书记、县长郝建文", "2023-01"),
        ("gt10", "昔阳县政府", "县长", "县委书记阎志刚，县委副书记、县长郝建文", None)], []),
    "gt:常卫东": ("常卫东", "official", XY, [
        ("gt08", "昔阳县委", "副书记", "县委副书记常卫东主持", "2021-09 (identity case: 县人大常委会主任 in 2023)"),
        ("gt10", "昔阳县人大常委会党组", "书记", "县人大常委会党组书记常卫东主持会议", "2023-01: 大会执行主席 is a session role"),
        ("gt10", "昔阳县人大常委会", "主任", "补选常卫东为昔阳县第十七届人民代表大会常务委员会主任", "elected (补选) 2023-01-13; DECIDED HERE: both lines")], []),
    "gt:梁晓峰": ("梁晓峰", "official", XY, [
        ("gt08", "昔阳县委", "常委", "县委常委、组织部部长梁晓峰为大会秘书长", "2021-09-24; 大会秘书长 is a session role (du)"),
        ("gt08", "昔阳县委组织部", "部长", "县委常委、组织部部长梁晓峰为大会秘书长", None),
        ("gt09", "昔阳县委", "常委", _Y09C, _CM),
        ("gt09", "昔阳县委", "副书记", _Y09F, "elected 2021-09-26 (identity case)"),
        ("gt10", "昔阳县委", "副书记", "县委副书记梁晓峰和大会主席团常务主席", "2023-01")], []),
    "gt:丁志宏": ("丁志宏", "official", XY, [
        ("gt08", "昔阳县委", "常委", _Y08D, None),
        ("gt08", "昔阳县纪委", "书记", _Y08D, None),
        ("gt08", "昔阳县监委", "主任", _Y08D, None),
        ("gt09", "昔阳县委", "常委", _Y09C, _CM),
        ("gt09", "昔阳县纪委", "书记", "丁志宏为县纪委书记", "the 纪委 一次全会 result approved by the 全会 (ck)")], []),
    "gt:彭雪梅#2": ("彭雪梅", "official", XY, [
        ("gt09", "昔阳县委", "常委", _Y09C, "昔阳县 (山西), 2021; named bare in the 主席团常务委员会 list of gt08; not the 彭雪梅 of 新干县 (gt03)")], ["gt08"]),
    "gt:刘润生": ("刘润生", "official", XY, [
        ("gt09", "昔阳县人大常委会", "主任", "县人大常委会主任刘润生列席会议", "2021-09; named bare in the 主席团常务委员会 list of gt08")], ["gt08"]),
    "gt:宋立衡": ("宋立衡", "official", "晋中市", [
        ("gt08", "晋中市委换届指导组", "组长", _Y08S, "a temporary group's role is a post (CONVENTIONS, du)"),
        ("gt08", "晋中市委组织部", "副部长", _Y08S, "市委 after 晋中市委 = 晋中's"),
        ("gt09", "晋中市委组织部", "副部长", "市委组织部副部长宋立衡到会指导", "bare 市 in the 晋中日报 = 晋中市")], []),
    "gt:冯振川": ("冯振川", "official", XY, [
        ("gt09", "昔阳县委", "常委", _Y09C, _CM + " (identity case: 副县长 in 2023)"),
        ("gt10", "昔阳县委", "常委", _Y10F, "2023-01"),
        ("gt10", "昔阳县政府", "副县长", _Y10F, "elected (补选) 2023-01-13")], []),
    "gt:裴文斌": ("裴文斌", "official", XY, [("gt09", "昔阳县委", "常委", _Y09C, _CM)], []),
    "gt:吕红英": ("吕红英", "official", XY, [("gt09", "昔阳县委", "常委", _Y09C, _CM)], []),
    "gt:邢志勇": ("邢志勇", "official", XY, [("gt09", "昔阳县委", "常委", _Y09C, _CM)], []),
    "gt:郭振国": ("郭振国", "official", XY, [
        ("gt09", "昔阳县纪委", "副书记", "郭振国为县纪委副书记", "the 纪委 一次全会 result approved by the 全会")], []),
    "gt:秦国梁": ("秦国梁", "official", YS, [
        ("gt09", "榆社县委", "副书记", "县委副书记、县长秦国梁主持闭幕大会", "article 2: bare 县 organs = 榆社县"),
        ("gt09", "榆社县政府", "县长", "县委副书记、县长秦国梁主持闭幕大会", None)], []),
    "gt:薛海涛": ("薛海涛", "official", YS, [
        ("gt09", "榆社县委", "书记", "县委书记薛海涛在闭幕讲话中强调", "article 2")], []),
    "gt:贾丽萍": ("贾丽萍", "official", "晋中市", [
        ("gt10", "晋中市人大常委会", "副主任", "市人大常委会副主任贾丽萍到会指导", "bare 市 on the 昔阳 人大 site = 晋中市 (its parent)")], []),
    "gt:史红英": ("史红英", "official", XY, [
        ("gt10", "昔阳县人大常委会", "副主任", "宣誓仪式由县人大常委会副主任史红英主持", "the 宣誓 chair is an attendee")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gt01", "游思涵", "责任编辑", "editor", "责任编辑：游思涵"),
    ("gt02", "谢婉菁", "作者", "author", "作者：谢婉菁 陈子航"),
    ("gt02", "陈子航", "作者", "author", "作者：谢婉菁 陈子航"),
    ("gt02", "刘芷若", "编辑", "editor", "编辑：刘芷若"),
    ("gt02", "郭天明", "审核", "editor", "审核：郭天明"),
    ("gt03", "袁梓涵", "编辑", "editor", "编辑：袁梓涵"),
    ("gt03", "何建伟", "审核", "editor", "审核：何建伟"),
    ("gt04", "黎慕远", "记者", "reporter", "本报讯（记者 黎慕远 通讯员 钟书瑶）"),
    ("gt04", "钟书瑶", "通讯员", "correspondent", "本报讯（记者 黎慕远 通讯员 钟书瑶）"),
    ("gt04", "龙雨欣", "本版编辑", "editor", "本版编辑：龙雨欣"),
    ("gt04", "刘昊宁", "校对", "editor", "校对：刘昊宁"),
    ("gt05", "程诗蕴", "责任编辑", "editor", "责任编辑：程诗蕴"),
    ("gt06", "江雨辰", "记者", "reporter", "（记者 江雨辰）"),
    ("gt06", "孔令珂", "责任编辑", "editor", "责任编辑：孔令珂"),
    ("gt07", "江雨辰", "记者", "reporter", "铜梁网讯（记者 江雨辰）"),
    ("gt07", "孙嘉琪", "记者", "reporter", "铜梁网讯（记者 孙嘉琪）"),
    ("gt07", "欧阳静", "编辑", "editor", "编辑：欧阳静"),
    ("gt07", "孔令珂", "责任编辑", "editor", "责任编辑：孔令珂"),
    ("gt08", "乔佳怡", "责任编辑", "editor", "责任编辑：乔佳怡"),
    ("gt09", "韩思远", "记者", "reporter", "本报讯（记者 韩思远 通讯员 武晓琳）"),
    ("gt09", "武晓琳", "通讯员", "correspondent", "本报讯（记者 韩思远 通讯员 武晓琳）"),
    ("gt09", "段雨柔", "本版编辑", "editor", "本版编辑：段雨柔"),
    ("gt09", "杜若冰", "校对", "editor", "校对：杜若冰"),
    ("gt10", "毛可欣", "责任编辑", "editor", "（责任编辑：毛可欣）"),
]
# the 晋中日报 reporter of article 1 of gt09 also signs article 2
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {("gt09", "韩思远"): "本报讯（记者 韩思远）9月27日"}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gt01", "新干县第十八届人民代表大会第二次会议开幕大会", "session (人民代表大会)", "1月6日上午", "聂长庚", None, [],
     ["简国平", "罗小梅", "邓学文", "付海燕", "曾庆岚", "黎明亮", "熊启源", "邹晓峰", "晏春华", "敖立新", "温少勋"], ["邹晓峰"],
     "县文化艺术中心",
     "1月6日上午，新干县第十八届人民代表大会第二次会议在县文化艺术中心隆重开幕",
     ["大会执行主席聂长庚、简国平、罗小梅、邓学文、付海燕、曾庆岚、黎明亮在主席台前排就座", _X01,
      "县人大常委会副主任简国平、罗小梅、邓学文，县委常委、常务副县长温少勋，县人民法院院长、县人民检察院检察长等在主席台就座",
      "县人大常委会党组书记、主任聂长庚主持", "邹晓峰代表县人民政府向大会作政府工作报告"]),
    ("gt02", "中国共产党新干县第十五届委员会第六次全体会议", "meeting (县委全会)", "12月26日至27日", None, None, [],
     ["聂长庚", "晏春华", "敖立新"], ["邹晓峰", "温少勋", "胡慧敏"], None,
     "12月26日至27日，中国共产党新干县第十五届委员会第六次全体会议召开",
     ["全会由县委常委会主持", "县人大常委会主任聂长庚、县政协主席晏春华等不是县委委员的县级领导同志", "县委副书记敖立新主持",
      "县委书记邹晓峰代表县委常委会作工作报告", "温少勋就2024年全县经济工作作具体部署", "胡慧敏宣读了全会决议（草案）",
      "邹晓峰在讲话中指出", "温少勋要求"]),
    ("gt03", "政协新干县第十届委员会第三次会议开幕会", "session (政协会议)", "1月8日下午", "彭雪梅", None, [],
     ["晏春华", "周凤鸣", "甘立勤", "施建林", "邹晓峰", "温少勋", "聂长庚", "敖立新"], ["晏春华", "周凤鸣", "邹晓峰", "施建林"],
     "县文化艺术中心",
     "1月8日下午，政协新干县第十届委员会第三次会议在县文化艺术中心隆重开幕",
     ["大会执行主席晏春华、彭雪梅、周凤鸣、甘立勤、施建林在主席台前排就座", _X03, "开幕会由县政协副主席彭雪梅主持",
      "晏春华代表政协新干县第十届委员会常务委员会向大会作工作报告", "周凤鸣代表十届县政协常委会作提案工作情况报告",
      "邹晓峰在讲话中代表县委向大会召开表示祝贺", "施建林作了会务安排说明"]),
    ("gt04", "新干县第十八届人民代表大会第三次会议第三次全体会议", "session (人民代表大会)", "1月11日上午", "聂长庚", None, [],
     ["邹晓峰", "熊启源", "温少勋", "钟雅楠", "甘永辉", "简国平"], ["温少勋", "邹晓峰"], "县文化艺术中心",
     "新干县第十八届人民代表大会第三次会议在县文化艺术中心举行第三次全体会议",
     ["大会执行主席、县人大常委会主任聂长庚主持会议", "县委书记邹晓峰和大会主席团常务主席、执行主席在主席台前排就座",
      "市人大常委会副主任熊启源到会指导", "新当选的县长温少勋、副县长钟雅楠和甘永辉进行了宪法宣誓",
      "宣誓仪式由县人大常委会副主任简国平主持", "温少勋在表态发言中说", "邹晓峰在讲话中代表县委向新当选的同志表示祝贺"]),
    ("gt05", "中国人民政治协商会议重庆市铜梁区第十七届委员会第二次会议开幕会", "session (政协会议)", "1月10日上午", "李婉秋", None, [],
     ["唐绍辉", "周德兵", "蒲晓娟", "庞建军", "黄雨生", "谭振岳", "陈立明", "何光荣", "罗永强"], ["唐绍辉", "周德兵", "谭振岳"],
     "区会议中心",
     "1月10日上午，中国人民政治协商会议重庆市铜梁区第十七届委员会第二次会议在区会议中心隆重开幕",
     ["大会执行主席唐绍辉、李婉秋、周德兵、蒲晓娟、庞建军、黄雨生在主席台前排就座", _T05, "开幕会由区政协副主席李婉秋主持",
      "唐绍辉代表政协重庆市铜梁区第十七届委员会常务委员会向大会作工作报告", "区政协副主席周德兵作十七届一次会议以来提案工作情况的报告",
      "谭振岳在讲话中指出", "区政协副主席蒲晓娟，秘书长庞建军等参加会议"]),
    ("gt06", "中国共产党重庆市铜梁区第十五届委员会第七次全体会议暨区委经济工作会议", "meeting (区委全会)", "12月21日", None, None, [],
     ["谭振岳", "石峻岭", "陈立明", "罗永强", "何光荣", "唐绍辉"], ["谭振岳", "石峻岭", "邬海生"], None,
     "12月21日，中国共产党重庆市铜梁区第十五届委员会第七次全体会议暨区委经济工作会议召开",
     ["全会由区委常委会主持", _T06, "区人大常委会主任何光荣、区政协主席唐绍辉等不是区委委员的区级领导同志列席会议",
      "谭振岳代表区委常委会作工作报告并讲话", "石峻岭就2024年全区经济工作作具体部署", "邬海生宣读了全会决议（草案）"]),
    ("gt07", "政协重庆市铜梁区第十七届委员会第三次会议闭幕会", "session (政协会议)", "1月10日下午", "周德兵", None, [],
     ["李婉秋", "蒲晓娟", "庞建军", "黄雨生", "谭振岳", "石峻岭", "陈立明", "罗永强"], ["李婉秋", "谭振岳"], "区会议中心",
     "1月10日下午，政协重庆市铜梁区第十七届委员会第三次会议在区会议中心圆满完成各项议程后闭幕",
     ["大会执行主席李婉秋、周德兵、蒲晓娟、庞建军、黄雨生在主席台前排就座", _T07A, "闭幕会由区政协副主席周德兵主持",
      "新当选的区政协主席李婉秋在讲话中表示", "谭振岳代表区委对李婉秋当选表示祝贺"]),
    ("gt07", "重庆市铜梁区第十九届人民代表大会第四次会议第三次全体会议", "session (人民代表大会)", "1月11日上午", "何光荣", None, [],
     ["谭振岳", "陈立明", "石峻岭"], ["石峻岭"], None,
     "1月11日上午，重庆市铜梁区第十九届人民代表大会第四次会议举行第三次全体会议后闭幕",
     ["大会执行主席、区人大常委会主任何光荣主持会议", "区委书记谭振岳和大会主席团常务主席在主席台前排就座",
      "新当选的区人大常委会主任陈立明、区长石峻岭进行了宪法宣誓", "石峻岭在表态发言中表示"]),
    ("gt08", "中国共产党昔阳县第十五次代表大会开幕大会", "session (党代会)", "9月24日上午", "郝建文", None, [],
     ["阎志刚", "常卫东", "梁晓峰", "丁志宏", "彭雪梅", "刘润生", "宋立衡"], ["阎志刚", "丁志宏"], "县影剧院",
     "9月24日上午，中国共产党昔阳县第十五次代表大会在县影剧院隆重开幕",
     ["大会主席团常务委员会委员阎志刚、郝建文、常卫东、梁晓峰、丁志宏、彭雪梅、刘润生在主席台前排就座", _Y08S + "到会指导",
      "县委副书记、县长郝建文主持开幕大会", "县委书记阎志刚代表中共昔阳县第十四届委员会向大会作了", _Y08D + "代表中共昔阳县纪律检查委员会向大会作工作报告"]),
    ("gt08", "中国共产党昔阳县第十五次代表大会主席团第一次会议", "meeting (大会主席团会议)", "开幕大会前", "常卫东", None, [],
     [], [], None,
     "开幕大会前，大会主席团举行第一次会议",
     ["县委副书记常卫东主持"]),
    ("gt09", "中国共产党昔阳县第十五届委员会第一次全体会议", "meeting (县委全会)", "9月26日下午", "阎志刚", None, [],
     ["宋立衡", "刘润生"], ["阎志刚", "郝建文"], None,
     "9月26日下午，中国共产党昔阳县第十五届委员会第一次全体会议召开",
     ["全会由县第十五次党代会主席团常务委员会指定的阎志刚同志主持", "市委组织部副部长宋立衡到会指导", "县人大常委会主任刘润生列席会议",
      "新当选的县委书记阎志刚在讲话中表示", "郝建文代表新一届县委领导班子作了表态发言"]),
    ("gt09", "中国共产党榆社县第十五次代表大会闭幕大会", "session (党代会)", "9月27日上午", "秦国梁", None, [],
     [], ["薛海涛"], "县会议中心",
     "9月27日上午，中国共产党榆社县第十五次代表大会在县会议中心胜利闭幕",
     ["县委副书记、县长秦国梁主持闭幕大会", "县委书记薛海涛在闭幕讲话中强调"]),
    ("gt10", "昔阳县第十七届人民代表大会第三次会议第三次全体会议", "session (人民代表大会)", "1月13日上午", "常卫东", None, [],
     ["阎志刚", "郝建文", "梁晓峰", "贾丽萍", "冯振川", "史红英"], ["常卫东", "阎志刚"], "县影剧院",
     "1月13日上午，昔阳县第十七届人民代表大会第三次会议在县影剧院举行第三次全体会议",
     ["大会执行主席、县人大常委会党组书记常卫东主持会议", "县委书记阎志刚，县委副书记、县长郝建文，县委副书记梁晓峰和大会主席团常务主席、执行主席在主席台前排就座",
      "市人大常委会副主任贾丽萍到会指导", "新当选的县人大常委会主任常卫东、副县长冯振川面向国旗进行宪法宣誓",
      "宣誓仪式由县人大常委会副主任史红英主持", "常卫东在表态发言中表示", "阎志刚代表县委向新当选的同志表示祝贺"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gt01", "新干县箱包皮具产业园二期", "industrial_park", "新干县箱包皮具产业园二期建成投产"),
    ("gt01", "城南污水处理厂提标改造工程", "infrastructure_project", "城南污水处理厂提标改造工程"),
    ("gt01", "赣江新干段防洪堤加固工程", "engineering_work", "赣江新干段防洪堤加固工程全面完工"),
    ("gt01", "七琴镇高标准农田建设项目", "project", "七琴镇高标准农田建设项目通过验收"),
    ("gt01", "金川镇老城区棚户区改造三期", "planned_project", "启动金川镇老城区棚户区改造三期"),
    ("gt01", "大洋洲镇商周文化旅游区提升改造项目", "planned_project", "推动大洋洲镇商周文化旅游区提升改造项目年内开工"),
    ("gt02", "新干县箱包皮具产业园三期", "industrial_park", "新干县箱包皮具产业园三期主体完工"),
    ("gt02", "盐化工业城氯碱新材料项目", "project", "盐化工业城氯碱新材料项目建成投产"),
    ("gt02", "大洋洲镇商周文化旅游区提升改造项目", "project", "全力推进大洋洲镇商周文化旅游区提升改造项目"),
    ("gt02", "界埠镇赣江岸线生态修复工程", "greening_project", "加快界埠镇赣江岸线生态修复工程"),
    ("gt02", "金川镇老城区棚户区改造三期", "housing_project", "确保金川镇老城区棚户区改造三期年底前交房"),
    ("gt03", "新干县箱包皮具产业园三期", "industrial_park", "围绕新干县箱包皮具产业园三期建设"),
    ("gt03", "金川镇老城区棚户区改造三期", "housing_project", "视察金川镇老城区棚户区改造三期等重点项目"),
    ("gt03", "大洋洲镇商周文化旅游区提升改造", "project", "大洋洲镇商周文化旅游区提升改造等重大项目"),
    ("gt04", "新干县箱包皮具产业园三期", "industrial_park", "接续推进新干县箱包皮具产业园三期"),
    ("gt04", "大洋洲镇商周文化旅游区提升改造项目", "project", "大洋洲镇商周文化旅游区提升改造项目等重点工作"),
    ("gt05", "铜梁高新区智能网联汽车零部件产业园二期", "industrial_park", "围绕铜梁高新区智能网联汽车零部件产业园二期建设"),
    ("gt05", "巴川河流域水环境综合治理工程", "engineering_work", "巴川河流域水环境综合治理工程等开展协商议政"),
    ("gt05", "铜梁龙灯文化产业园二期", "industrial_park", "在推动铜梁龙灯文化产业园二期建设"),
    ("gt06", "铜梁高新区智能网联汽车零部件产业园二期", "industrial_park", "铜梁高新区智能网联汽车零部件产业园二期建成投用"),
    ("gt06", "巴川河流域水环境综合治理工程", "engineering_work", "巴川河流域水环境综合治理工程完成年度任务"),
    ("gt06", "铜梁高新区新能源电池材料产业园一期", "industrial_park", "加快推进铜梁高新区新能源电池材料产业园一期"),
    ("gt06", "安居古城保护提升工程", "planned_project", "启动安居古城保护提升工程"),
    ("gt06", "铜梁区城区第二水厂扩建工程", "infrastructure_project", "确保铜梁区城区第二水厂扩建工程按期通水"),
    ("gt07", "铜梁高新区新能源电池材料产业园一期", "industrial_park", "围绕铜梁高新区新能源电池材料产业园一期"),
    ("gt07", "安居古城保护提升工程", "planned_project", "安居古城保护提升工程等全区重点任务"),
    ("gt07", "铜梁区城区第二水厂扩建工程", "infrastructure_project", "确保铜梁区城区第二水厂扩建工程年内建成投用"),
    ("gt08", "昔阳县煤层气综合利用产业园一期", "industrial_park", "昔阳县煤层气综合利用产业园一期建成投运"),
    ("gt08", "松溪河昔阳段生态修复工程", "greening_project", "松溪河昔阳段生态修复工程全面完工"),
    ("gt08", "昔阳县煤层气综合利用产业园二期", "industrial_park", "加快建设昔阳县煤层气综合利用产业园二期"),
    ("gt08", "大寨红色文旅融合发展示范区", "planned_project", "启动大寨红色文旅融合发展示范区建设"),
    ("gt09", "昔阳县煤层气综合利用产业园二期", "industrial_park", "接续推进昔阳县煤层气综合利用产业园二期"),
    ("gt09", "云竹湖生态保护修复工程", "greening_project", "要以云竹湖生态保护修复工程为抓手"),
    ("gt10", "昔阳县煤层气综合利用产业园二期", "industrial_park", "围绕昔阳县煤层气综合利用产业园二期建设"),
    ("gt10", "大寨红色文旅融合发展示范区", "project", "全力推进大寨红色文旅融合发展示范区建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gt01", "新干县", "county", "in_org_reference", "1月6日上午，新干县第十八届人民代表大会第二次会议"),
    ("gt01", "赣江", "river", "in_project_name", "赣江新干段防洪堤加固工程全面完工"),
    ("gt01", "七琴镇", "town", "in_project_name", "七琴镇高标准农田建设项目通过验收"),
    ("gt01", "盐化工业城", "development_zone", "standalone", "加快盐化工业城氯碱产业链延链补链"),
    ("gt01", "金川镇", "town", "in_project_name", "启动金川镇老城区棚户区改造三期"),
    ("gt01", "大洋洲镇", "town", "in_project_name", "推动大洋洲镇商周文化旅游区提升改造项目年内开工"),
    ("gt01", "新干", "county", "standalone", "奋力谱写新干高质量发展新篇章"),
    ("gt02", "新干县", "county", "in_org_reference", "12月26日至27日，中国共产党新干县第十五届委员会第六次全体会议召开"),
    ("gt02", "盐化工业城", "development_zone", "in_project_name", "盐化工业城氯碱新材料项目建成投产"),
    ("gt02", "大洋洲镇", "town", "in_project_name", "全力推进大洋洲镇商周文化旅游区提升改造项目"),
    ("gt02", "界埠镇", "town", "in_project_name", "加快界埠镇赣江岸线生态修复工程"),
    ("gt02", "赣江", "river", "in_project_name", "加快界埠镇赣江岸线生态修复工程"),
    ("gt02", "金川镇", "town", "in_project_name", "确保金川镇老城区棚户区改造三期年底前交房"),
    ("gt03", "新干县", "county", "in_org_reference", "1月8日下午，政协新干县第十届委员会第三次会议"),
    ("gt03", "赣江", "river", "standalone", "赣江沿岸生态保护"),
    ("gt03", "金川镇", "town", "in_project_name", "视察金川镇老城区棚户区改造三期等重点项目"),
    ("gt03", "盐化工业城", "development_zone", "standalone", "在推动盐化工业城转型升级"),
    ("gt03", "大洋洲镇", "town", "in_project_name", "大洋洲镇商周文化旅游区提升改造等重大项目"),
    ("gt03", "新干", "county", "standalone", "为建设现代化新干凝聚智慧力量"),
    ("gt04", "新干县", "county", "in_org_reference", "新干县第十八届人民代表大会第三次会议在县文化艺术中心举行第三次全体会议"),
    ("gt04", "大洋洲镇", "town", "in_project_name", "大洋洲镇商周文化旅游区提升改造项目等重点工作"),
    ("gt04", "新干", "county", "standalone", "推动新干在全市县域经济发展中争先进位"),
    ("gt05", "重庆市", "municipality", "in_org_reference", "中国人民政治协商会议重庆市铜梁区第十七届委员会第二次会议在区会议中心"),
    ("gt05", "铜梁区", "district", "in_org_reference", "中国人民政治协商会议重庆市铜梁区第十七届委员会第二次会议在区会议中心"),
    ("gt05", "铜梁高新区", "development_zone", "in_project_name", "围绕铜梁高新区智能网联汽车零部件产业园二期建设"),
    ("gt05", "巴川河", "river", "in_project_name", "巴川河流域水环境综合治理工程等开展协商议政"),
    ("gt05", "安居古城", "heritage_site", "standalone", "就安居古城保护利用提出意见建议23条"),
    ("gt05", "铜梁", "district", "in_project_name", "在推动铜梁龙灯文化产业园二期建设"),
    ("gt05", "巴川街道", "sub_district_office", "standalone", "巴川街道和东城街道城市更新"),
    ("gt05", "东城街道", "sub_district_office", "standalone", "巴川街道和东城街道城市更新"),
    ("gt06", "重庆市", "municipality", "in_org_reference", "12月21日，中国共产党重庆市铜梁区第十五届委员会第七次全体会议"),
    ("gt06", "铜梁区", "district", "in_org_reference", "12月21日，中国共产党重庆市铜梁区第十五届委员会第七次全体会议"),
    ("gt06", "铜梁高新区", "development_zone", "in_project_name", "铜梁高新区智能网联汽车零部件产业园二期建成投用"),
    ("gt06", "巴川河", "river", "in_project_name", "巴川河流域水环境综合治理工程完成年度任务"),
    ("gt06", "安居古城", "heritage_site", "in_project_name", "启动安居古城保护提升工程"),
    ("gt06", "巴川街道", "sub_district_office", "standalone", "会上，巴川街道、安居镇和区经济信息委作了交流发言"),
    ("gt06", "安居镇", "town", "standalone", "会上，巴川街道、安居镇和区经济信息委作了交流发言"),
    ("gt07", "重庆市", "municipality", "in_org_reference", "1月10日下午，政协重庆市铜梁区第十七届委员会第三次会议"),
    ("gt07", "铜梁区", "district", "in_org_reference", "1月10日下午，政协重庆市铜梁区第十七届委员会第三次会议"),
    ("gt07", "铜梁高新区", "development_zone", "in_project_name", "围绕铜梁高新区新能源电池材料产业园一期"),
    ("gt07", "安居古城", "heritage_site", "in_project_name", "安居古城保护提升工程等全区重点任务"),
    ("gt07", "铜梁", "district", "standalone", "奋力开创铜梁高质量发展新局面"),
    ("gt08", "昔阳县", "county", "in_org_reference", "9月24日上午，中国共产党昔阳县第十五次代表大会"),
    ("gt08", "晋中市", "city", "in_org_reference", _Y08S),
    ("gt08", "松溪河", "river", "in_project_name", "松溪河昔阳段生态修复工程全面完工"),
    ("gt08", "大寨镇", "town", "standalone", "大寨镇、乐平镇农村人居环境整治成效明显"),
    ("gt08", "乐平镇", "town", "standalone", "大寨镇、乐平镇农村人居环境整治成效明显"),
    ("gt08", "大寨", "village", "in_project_name", "启动大寨红色文旅融合发展示范区建设"),
    ("gt08", "昔阳", "county", "standalone", "推动昔阳在全市县域转型中走在前列"),
    ("gt09", "昔阳县", "county", "in_org_reference", "9月26日下午，中国共产党昔阳县第十五届委员会第一次全体会议召开"),
    ("gt09", "大寨", "village", "standalone (slogan)", "坚持以大寨精神为引领"),
    ("gt09", "昔阳", "county", "standalone", "奋力谱写昔阳转型发展新篇章"),
    ("gt09", "榆社县", "county", "in_org_reference", "9月27日上午，中国共产党榆社县第十五次代表大会"),
    ("gt09", "云竹湖", "lake", "in_project_name", "要以云竹湖生态保护修复工程为抓手"),
    ("gt09", "榆社", "county", "standalone", "推动榆社绿色发展"),
    ("gt10", "昔阳县", "county", "in_org_reference", "1月13日上午，昔阳县第十七届人民代表大会第三次会议"),
    ("gt10", "松溪河", "river", "standalone", "松溪河流域水污染防治"),
    ("gt10", "昔阳", "county", "standalone", "为昔阳高质量发展贡献人大力量"),
    ("gt10", "大寨", "village", "in_project_name", "全力推进大寨红色文旅融合发展示范区建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gt", conventions="set gt (blind set: county and district 两会 and plenary pages across two years in 江西 吉安 (新干县: 人代会 开幕 2023 on the county site, 县委全会 2023-12 on the 新干新闻网, 政协 开幕 2024 on the 县政协 site, 人代会 闭幕 with elections 2024 in the 吉安日报), 重庆 (铜梁区: 区政协 开幕 2023, 区委全会暨经济工作会议 2023-12 on the 区政府 site, the 两会 闭幕 2024 on the 铜梁网 portal in two articles) and 山西 晋中 (昔阳县: 党代会 开幕 2021 on the county site, 县委 一次全会 2021 and 榆社县 党代会 闭幕 in the 晋中日报, 人代会 全体会议 2023 on the 县人大 site); elections are holdings, 辞去 none; session roles (执行主席, 主席团常务主席, 主席团常务委员会委员, 大会秘书长, 宣誓 chair) no posts; chair = 主持, attendees = 主席台就座 / 应邀出席 / 列席 / 到会指导 / sworn in, speakers = 作报告 / 部署 / 说明 / 宣读 / 讲话 / 表态发言 / 祝贺; 全会 由县委常委会主持 has no chair; one line per post per article)",
          persons_note="Set gt persons. id = corpus-wide person_id (gt:彭雪梅#1 of 新干县政协 (江西) and gt:彭雪梅#2 of 昔阳县委 (山西) are two people; gt:邹晓峰 新干县长 2023-01 → 县委书记 2023-12; gt:温少勋 常务副县长 2023-01 → 代县长 2023-12 → 县长 2024-01; gt:熊启源 新干县委书记 2023 → 吉安市人大常委会副主任 2024; gt:陈立明 铜梁区长 2023-01 → 区委副书记 2023-12 → 区人大常委会主任 2024-01; gt:李婉秋 铜梁区政协副主席 2023 → 主席 2024; gt:常卫东 昔阳县委副书记 2021 → 县人大常委会主任 2023; gt:梁晓峰 组织部部长 → 县委副书记 2021)")


if __name__ == "__main__":
    main()
