"""Write gold part ``fq`` (a blind set: private companies and investment — county and city leaders visiting private
enterprises, 招商签约 ceremonies with several companies, 企业家座谈会, a 会见 of a company head, development-zone
管委会 and their 招商局 — in 浙江, 江苏, 广东, 福建, 河南 and 四川) from the tables below.

Pages ``tests/dev/texts/fq*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool: the 筠连县 集中签约 page on 中国网 (``发布时间:… | 来源:… | 作者:
县委统战部 | 责任编辑:…``; ``县委书记…出席…县委副书记…主持仪式…县委常委、常务副县长…代表县人民政府分别与企业代表签订合作协议…签约企业
代表…有限公司总经理…作了发言``); the 安岳县 site's 推介会暨集中签约 (``当前位置: 首页 > 信息正文``, ``发布时间: / 来源:安岳县融媒体
中心 / 【字体:``, ``县委常委、宣传部部长…作制造业推介并介绍签约项目情况``); a 临颍县 签约 page (``县委书记…主持签约仪式，县委副
书记、县长…致辞，…集团总经理…作为签约企业代表发言``); the 什邡 and 金堂 签约 pages (``…9家企业代表分别与副市长…、什邡经济开发区
管委会主任…签订了项目投资协议书``; a 金堂 footer ``…人民政府主办 … 蜀ICP备… 网站标识码:``); the 兰溪 page of the 市委书记 and
代市长 ``分别深入企业开展“三服务”活动`` (project sizes, 兰江工业园区); a 萧山 瓜沥 page (``您的位置:萧山网首页 > 瓜沥网 > 瓜沥要闻
> 正文内容``, ``…集团有限公司董事长…等进行了亲切交谈``); a 德清 蹲点调研 page (``县领导及高新区领导…分别陪同``, a list of companies);
the 闽侯新闻网 page (``您所在的位置:闽侯新闻网 >> 时政要闻 >> 正文``, ``【字号``, ``闽侯新闻网讯 5月28日,县委书记…带领县直有关部门
负责人…调研“双百双千”重点企业``, ``又讯``); the 镇江日报 page of a 市长 ``会见…集团有限公司党委书记、董事长…一行`` (``本报讯(…)``,
``…副市长…参加会见``); a 常州 工信局 page of a 副市长's 招商 trip; the 潜山市 民营企业家座谈会 page; an 余干 招商 trip to 浙江
(``副县长、县高新技术产业园区党工委书记…随同``); a 通辽 开发区 page (``开发区党工委副书记、管委会副主任…赴上海、山东开展招商引资
工作``); a 五华 and a 宜秀 page of 招商局 receiving 考察团 (``区招商局做了PPT区情介绍``, ``(区招商局)`` credit); a 涡阳 page
(``副县长、经开区管委会主任…介绍``, ``招商局负责人…主持``); a 祥符区 page (``区先进制造业开发区党工委书记、主任``, ``区商务局局长``);
the 息县 新春茶话会 page. Places are real: 浙江 台州 (温岭市 with 温岭经济开发区, 泽国镇, 大溪镇; 路桥区; the 台州日报), 江苏 南通
(海安市 with 海安经济技术开发区; 如东县 and 洋口港; the 南通日报), 广东 揭阳 (揭西县 with 棉湖镇, 金和镇; 普宁市 with 军埠镇, 流沙东
街道; the 揭阳日报), 福建 泉州 (南安市 with 水头镇, 官桥镇), 河南 焦作 (武陟县 with 詹店镇, 西陶镇), 四川 德阳 (中江县 with 凯江镇,
集凤镇; 绵竹市; the 德阳日报).

Shapes: a county-level city's site (nav, 当前位置, 发布时间 / 来源 / 浏览次数 / 字号 line, 责任编辑, 打印 / 关闭, 相关链接, footer with
备案号 and 网站标识码) of the 市长's ``三服务`` 走访 of companies in the city's zone, with the zone's 党工委书记 (a 市委常委), its
管委会主任 and its 招商局局长 and two company heads (fq01); the 台州日报 第02版 with two articles: the 温岭 二季度 集中签约 (the
former 市长 now 市委书记, a 台州 副市长, the zone's 管委会主任 and a 镇党委书记 signing with company heads; ``通讯员 温宣``) and the
路桥区 民营企业家座谈会 (bare 区委 / 区长), ``本版责编 / 美编`` at the foot (fq02); a zone's own site (``作者：经开区党政办``) of its
企业家座谈会 chaired by the 市委常委、经开区党工委书记, with the zone's 管委会主任 and ``党工委委员、招商局局长`` (fq03); the 南通日报
A2 of a county's 推介会暨签约仪式 in 上海 and the company visits before it (the former 海安 zone head now 如东 县长) (fq04); a county
site's 县委书记 走访 of two companies with the 常务副县长, the 县投资促进局 and 工信局 heads, a town secretary, a ``（县投资促进局供稿）``
credit (fq05); the 揭阳日报 第01版 of the 市长's 调研 in 普宁市 with bare ``市委副书记、市长`` used for two cities on one page (the
former 揭西 常务副县长 now 普宁 市长) and the 座谈会 after it (fq06); a county-level city's site of a 集中签约仪式 (市委书记, 市长 致辞,
常务副市长 主持, 市政协副主席、市工商联主席, 商务局局长, a 镇党委书记 and a 镇长 signing; a 商会会长 who is a company head) (fq07); a
county site's 民营企业家座谈会 (县长 主持, 县委书记 讲话, a 县委常委、副县长 and the 商务局局长 reporting, company heads speaking)
(fq08); a county site's 会见 of a company 董事长 by the 县委书记 with the company's 考察 before it (fq09); the 德阳日报 第03版 with
two articles: the 中江 二季度 集中签约 (the former 投资促进局局长 now 副县长 主持; the same company head) and a 绵竹市 ``政企面对面``
早餐会 with a media-centre credit (fq10).

Identity cases:
- fq:郑晓帆: 温岭市委副书记、市长 (fq01, Mar 2022) → 温岭市委书记 (fq02, May 2024).
- fq:沈卓然: 海安经开区党工委副书记、管委会主任 (fq03, Aug 2022) → 如东县委副书记、县长 (fq04, Apr 2024: another county of 南通).
- fq:许楚雄: 揭西县委常委、常务副县长 (fq05, June 2022) → 普宁市委副书记、市长 (fq06, Sept 2024: a county-level city of 揭阳).
- fq:邹铭远: 中江县投资促进局局长 (fq09, Oct 2022) → 中江县副县长 (fq10, June 2024).
- two different 林志垣 in unrelated places: fq:林志垣#1 is 南安市水头镇党委书记 (福建 泉州, fq07, 2023-02); fq:林志垣#2 is 武陟县委
  常委、副县长 (河南 焦作, fq08, 2023-11). Same year, both at investment events.
- one organ name in several places: bare ``经开区`` / ``经开区管委会主任`` / ``经开区招商局局长`` is 温岭经开区's on the 温岭 site (fq01)
  and in the 台州日报's 温岭 article (fq02), and 海安经开区's on the 海安 zone site (fq03); ``县投资促进局局长`` is 揭西's (fq05) and
  中江's (fq09); ``市委副书记、市长`` is 温岭's (fq01), 揭阳's and 普宁's on one page (fq06), 南安's (fq07) and 绵竹's (fq10);
  ``县委书记`` is 揭西's, 武陟's and 中江's (in the 德阳日报 article too).
- the same persons on two pages: fq:陈屹航 (温岭市委常委、温岭经开区党工委书记, 2022 and 2024), fq:蒋一鸣 (温岭经开区管委会主任,
  2022 and 2024), fq:唐明皓 (中江县委书记, 2022 and 2024), and the company head fq:彭家旺 (成都蓉欣农业科技集团有限公司, no post,
  2022 and 2024).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ad, ay, bq, ea, fh where they speak; decided here where they are silent):
- Company roles make no holding (CONVENTIONS, as ea): 董事长, 总经理, 副总经理 of the companies are ``company_executive``
  persons without posts; ``市石材商会会长、磐晟石业董事长黄天赐`` (fq07): a 商会 head is an association role, no post either.
  ``市政协副主席、市工商联主席傅佩珊`` → 南安市政协 副主席 + 南安市工商联 主席 (as ay: the 工商联 is a people's organisation, its 主席
  a post).
- Zones: 温岭经济开发区, which the pages write ``温岭经开区``, is labelled 温岭经开区 (as fh's 邵阳经开区); 海安经济技术开发区 (the
  zone site's header) folds to 海安经开区. Bare ``经开区`` organs take the page's zone: on the 海安 zone site → 海安经开区党工委 /
  管委会; in the 台州日报's 温岭 article, after ``温岭经开区`` → 温岭经开区管委会. DECIDED HERE: the zone's 招商局 is zone label +
  ``招商局`` (``经开区招商局局长戴书玮`` → 温岭经开区招商局 局长); ``经开区党工委委员、招商局局长严佳宁`` → 海安经开区党工委 委员 +
  海安经开区招商局 局长 (the second title inherits the zone, as bq splits chains).
- DECIDED HERE: ``市委常委、经开区党工委书记`` / ``副市长`` on the 海安 zone site belong to 海安市 (the county-level city that runs
  the zone: 海安市委 常委, 海安市政府 副市长), as a bare 市委 on a county-level city's site is that city's (cu).
- Bare organs in a city paper take the article's place (as bs, fh): ``县委副书记、县长`` after ``如东县委书记`` → 如东县; in the
  揭阳日报 the first ``市委副书记、市长蔡泽铭`` (no county-level city before it) is 揭阳市's and ``副市长方绮雯`` 揭阳市政府's, while
  ``市委副书记、市长许楚雄`` right after ``普宁市委书记`` is 普宁市's; in the 台州日报 article 2 bare ``区委书记`` / ``区长`` after
  ``路桥区召开`` are 路桥区's; in the 德阳日报 ``县委书记`` / ``县长`` / ``副县长`` of the 中江 article are 中江县's and ``市委副书记、
  市长`` / ``副市长`` of the 绵竹 article (``绵竹市召开``) 绵竹市's. 路桥区 is one district in China: no city prefix.
- Departments as written after their place: ``市经信局局长`` → 温岭市经信局 局长; ``县工业和信息化局局长`` → 揭西县工业和信息化局;
  ``县投资促进局局长`` → 揭西县投资促进局 / 中江县投资促进局; ``市商务局局长`` → 南安市商务局; ``县商务局局长`` → 武陟县商务局.
  Towns take their county: ``大溪镇党委书记`` → 温岭市大溪镇党委 书记; ``棉湖镇党委书记`` → 揭西县棉湖镇党委; ``水头镇党委书记`` →
  南安市水头镇党委; ``官桥镇镇长`` → 南安市官桥镇政府 镇长.
- One line per post per article; the same post on another page gives its own line.
- Events: a leader's 走访 of companies is ``inspection (走访)``, a 调研 ``inspection (调研)`` (leader; 陪同 / 参加 attendees; 介绍 /
  汇报 / 反映 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); DECIDED HERE: every named person present (company heads who receive
  the visit and 介绍, a town secretary who 汇报) is an attendee as well, as ad (the leader and chair are not repeated); ``座谈中``
  inside a 走访 is part of it, while a 座谈会 ``随后…主持召开`` is a meeting of its own with the remarks written after it (as ea).
  签约仪式 and 推介会暨签约仪式 are ``ceremony`` (主持 the chair; 出席 / 致辞 / 签约 / 发言 attendees; 致辞 / 介绍 / 推介 / 发言 /
  指出 / 强调 / 要求 speakers; DECIDED HERE: those who sign for either side are attendees); a 会见 is ``meeting (会见)`` without a
  chair (as ea); the guests' 考察 before it ``inspection (考察)`` led by the company head (as ea), dated ``会见前`` as written; the
  company visits ``推介会前`` an ``inspection (招商考察)`` led by the first named (as ad); 座谈会 and DECIDED HERE the ``政企面对面``
  早餐会 are meetings. Organizers only when the text says who holds it (``路桥区召开``, ``我市举行``, ``我县召开``, ``经开区召开``,
  ``绵竹市召开``).
- Bylines: ``本报讯（记者 …）`` reporter, ``通讯员 …`` correspondent, ``（绵竹市融媒体中心 …）`` author (label 供稿, as bs);
  责任编辑 / 编辑 / 审核 / 本版责编 / 美编 / 本版编辑 / 校对 editor lines. ``通讯员 温宣`` (fq02) is a department's pen name (温岭市委宣传部),
  not a person: not annotated (as bq's 江宣). DECIDED HERE: unit credits (``作者：经开区党政办``, ``（县投资促进局供稿）``, ``来源：…``)
  name no person.
- Projects: works signed, planned (``拟投资…建设``), under construction, visited as being built or reported, with the name as
  written: a company's 技改 / 扩产 / 生产线 / 生产基地 / 智能工厂 project and the signed 项目 are ``project``; a 产业园 (or its 一期 /
  二期, a ``…产业园项目``) ``industrial_park``; 污水处理厂 / 配套道路 works and the 海上风电运维母港 ``infrastructure_project``.
  DECIDED HERE: the unnamed standing parks visited (``小微企业园``, ``县农产品加工园区``) and generic facilities (变电站, 印染废水
  集中处理设施, 高标准农田, 标准厂房) are not projects. The same project on two pages (蓉欣中江粮油产业园项目, planned 2022, signed
  2024) has a row on each.
- Places: one line per name per file, as written; bare 温岭 / 南通 / 如东 / 海安 / 揭西 / 普宁 / 揭阳 / 南安 / 武陟 / 中江 are rows of
  their own (as ea); places inside titles and project names count; DECIDED HERE ``郑州都市圈`` is a ``region`` row and ``郑州``
  a row only from its standalone use (``毗邻郑州``), as ea keeps a place inside a longer place name out; ``沪`` (one character) is
  no row. Company names (浙江东辉泵业有限公司, 台州路顺…, 成都蓉欣…, 苏州合盛…), the 商会, mastheads, site lines, 来源 lines, 相关链接,
  上一篇 / 下一篇 and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

WL, WLZ, HA, HAZ, RD, JX, PN, JY = "温岭市", "温岭经开区", "海安市", "海安经开区", "如东县", "揭西县", "普宁市", "揭阳市"
NA, WZ, ZJ, MZ, LQ = "南安市", "武陟县", "中江县", "绵竹市", "路桥区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fq01_wenling.txt": (2022, "发布时间：2022-03-16 17:08", WL, [
        ("郑晓帆走访温岭经开区重点企业开展“三服务”活动", "3月15日", "2022-03-15", "3月15日，市委副书记",
         "county-level city site: the 市长's 三服务 走访 of two companies in 温岭经开区 with the zone's 党工委书记, 管委会主任, 招商局局长")]),
    "fq02_taizhou.txt": (2024, "2024年05月22日　星期三", WL, [
        ("温岭二季度招商引资项目集中签约", "5月21日", "2024-05-21", "本报讯（记者 葛思琪",
         "city paper 第02版: 温岭 集中签约仪式 (市委书记 致辞, 台州 副市长, 市长 主持; the zone's 管委会主任 and a 镇党委书记 sign with company heads)"),
        ("路桥区召开民营企业家座谈会", "5月20日", "2024-05-20", "本报讯（通讯员 戚晓岚）",
         "city paper 第02版: 路桥区 民营企业家座谈会 (区委书记 主持, 区长 出席, company heads speak)")]),
    "fq03_haian.txt": (2022, "发布日期：2022-08-11", HAZ, [
        ("经开区召开重点企业家座谈会", "8月10日下午", "2022-08-10", "8月10日下午，经开区召开",
         "zone site: 企业家座谈会 chaired by the 市委常委、党工委书记; 副市长; 管委会主任; 党工委委员、招商局局长; company heads")]),
    "fq04_nantong.txt": (2024, "2024年4月12日　星期五", RD, [
        ("如东在沪举行产业合作推介会", "4月11日", "2024-04-11", "本报讯（记者 周沐阳）",
         "city paper A2: 如东 推介会暨签约仪式 in 上海 and the company visits before it; the former 海安 zone head now 县长")]),
    "fq05_jiexi.txt": (2022, "发布时间：2022-06-09 10:26:31", JX, [
        ("吴泽鸿走访服务重点企业", "6月8日", "2022-06-08", "6月8日，县委书记吴泽鸿",
         "county site: the 县委书记's 走访 of two companies with the 常务副县长, 投资促进局 and 工信局 heads, a town secretary")]),
    "fq06_jieyang.txt": (2024, "2024年09月13日　第01版：要闻", PN, [
        ("蔡泽铭到普宁市调研民营经济发展时强调", "9月12日", "2024-09-12", "本报讯（记者 郑楚琳）",
         "city paper 第01版: the 市长's 调研 of companies in 普宁市 and the 座谈会 after it; bare 市长 for two cities")]),
    "fq07_nanan.txt": (2023, "发布时间：2023-02-15 16:40", NA, [
        ("我市举行2023年第一批招商引资项目集中签约仪式", "2月14日上午", "2023-02-14", "2月14日上午，我市举行",
         "county-level city site: 集中签约仪式 (常务副市长 主持, 市长 致辞, 市委书记 讲话; a 镇党委书记 and a 镇长 sign; 工商联主席; 商会会长)")]),
    "fq08_wuzhi.txt": (2023, "发布时间：2023-11-22", WZ, [
        ("我县召开民营企业家座谈会", "11月21日下午", "2023-11-21", "11月21日下午，我县召开",
         "county site: 民营企业家座谈会 (县长 主持, 县委书记 讲话, 县委常委、副县长 and 商务局局长 report; company heads)")]),
    "fq09_zhongjiang.txt": (2022, "发布时间：2022-10-19 09:15:42", ZJ, [
        ("唐明皓会见成都蓉欣农业科技集团有限公司客商", "10月18日下午", "2022-10-18", "10月18日下午，县委书记唐明皓",
         "county site: the 县委书记's 会见 of a company 董事长; the company's 考察 before it with the 投资促进局局长")]),
    "fq10_deyang.txt": (2024, "2024年6月20日　星期四", ZJ, [
        ("中江县二季度招商引资项目集中签约", "6月19日", "2024-06-19", "本报讯（记者 何沛源",
         "city paper 第03版: 中江 集中签约仪式 (the former 投资促进局局长 now 副县长 主持; the same company head speaks)"),
        ("绵竹市召开“政企面对面”早餐会", "6月18日上午", "2024-06-18", "本报讯（绵竹市融媒体中心",
         "city paper 第03版: 绵竹市 政企面对面 早餐会 (市长 主持, 副市长 出席, a company head speaks)")]),
}

_F01_CHEN = "市委常委、温岭经开区党工委书记陈屹航，市经信局"
_F02_CHEN = "温岭市委常委、温岭经开区党工委书记陈屹航"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 浙江 台州: 温岭市, 路桥区
    "fq:郑晓帆": ("郑晓帆", "official", WL, [
        ("fq01", f"{WL}委", "副书记", "市委副书记、市长郑晓帆带队走访", "2022-03 (identity case: 温岭市委书记 in 2024, fq02); bare 市委 on the 温岭 site"),
        ("fq01", f"{WL}政府", "市长", "市委副书记、市长郑晓帆带队走访", None),
        ("fq02", f"{WL}委", "书记", "温岭市委书记郑晓帆出席并致辞", "2024-05: now 市委书记")], []),
    "fq:应佳蔚": ("应佳蔚", "official", WL, [
        ("fq01", f"{WL}政府", "副市长", "副市长应佳蔚", None)], []),
    "fq:陈屹航": ("陈屹航", "official", WL, [
        ("fq01", f"{WL}委", "常委", _F01_CHEN, "2022-03"),
        ("fq01", f"{WLZ}党工委", "书记", _F01_CHEN, "温岭经济开发区, written 温岭经开区 (as fh's 邵阳经开区)"),
        ("fq02", f"{WL}委", "常委", _F02_CHEN, "2024-05: the same posts"),
        ("fq02", f"{WLZ}党工委", "书记", _F02_CHEN, None)], []),
    "fq:滕一帆": ("滕一帆", "official", WL, [
        ("fq01", f"{WL}经信局", "局长", "市经信局局长滕一帆", "as written")], []),
    "fq:蒋一鸣": ("蒋一鸣", "official", WLZ, [
        ("fq01", f"{WLZ}党工委", "副书记", "经开区党工委副书记、管委会主任蒋一鸣", "2022-03: bare 经开区 on the 温岭 site = 温岭经开区"),
        ("fq01", f"{WLZ}管委会", "主任", "经开区党工委副书记、管委会主任蒋一鸣", None),
        ("fq02", f"{WLZ}管委会", "主任", "经开区管委会主任蒋一鸣", "2024-05: bare 经开区 in the 台州日报's 温岭 article")], []),
    "fq:戴书玮": ("戴书玮", "official", WLZ, [
        ("fq01", f"{WLZ}招商局", "局长", "经开区招商局局长戴书玮", "DECIDED HERE: the zone's 招商局 = zone label + 招商局")], []),
    "fq:江启明": ("江启明", "company_executive", "浙江东辉泵业有限公司", [], ["fq01"]),  # 董事长: no post
    "fq:吴海莺": ("吴海莺", "company_executive", "温岭精锐机床有限公司", [], ["fq01"]),  # 总经理: no post
    "fq:叶舒扬": ("叶舒扬", "official", WL, [
        ("fq02", f"{WL}委", "副书记", "温岭市委副书记、市长叶舒扬主持", "2024-05: 郑晓帆's successor as 市长"),
        ("fq02", f"{WL}政府", "市长", "温岭市委副书记、市长叶舒扬主持", None)], []),
    "fq:管乐衡": ("管乐衡", "official", "台州市", [
        ("fq02", "台州市政府", "副市长", "台州市副市长管乐衡出席", None)], []),
    "fq:金若澜": ("金若澜", "official", WL, [
        ("fq02", f"{WL}大溪镇党委", "书记", "大溪镇党委书记金若澜", "a town of 温岭 signing a project")], []),
    "fq:潘振涛": ("潘振涛", "company_executive", "浙江海峻新能源科技有限公司", [], ["fq02"]),
    "fq:褚闻韬": ("褚闻韬", "company_executive", "苏州合盛精密部件有限公司", [], ["fq02"]),
    "fq:俞泽楷": ("俞泽楷", "official", LQ, [
        ("fq02", f"{LQ}委", "书记", "区委书记俞泽楷主持会议", "bare 区委 after 路桥区召开")], []),
    "fq:何婧姝": ("何婧姝", "official", LQ, [
        ("fq02", f"{LQ}委", "副书记", "区委副书记、区长何婧姝出席", None),
        ("fq02", f"{LQ}政府", "区长", "区委副书记、区长何婧姝出席", None)], []),
    "fq:梁宏远": ("梁宏远", "company_executive", "台州路顺汽车部件有限公司", [], ["fq02"]),
    "fq:朱蕾": ("朱蕾", "company_executive", "浙江欧曼塑业有限公司", [], ["fq02"]),
    # ---- 江苏 南通: 海安市 (海安经开区), 如东县
    "fq:顾海澄": ("顾海澄", "official", HAZ, [
        ("fq03", f"{HA}委", "常委", "市委常委、经开区党工委书记顾海澄主持会议", "DECIDED HERE: bare 市委 on the 海安 zone site = 海安市委"),
        ("fq03", f"{HAZ}党工委", "书记", "市委常委、经开区党工委书记顾海澄主持会议", None)], []),
    "fq:邱明轩": ("邱明轩", "official", HA, [
        ("fq03", f"{HA}政府", "副市长", "副市长邱明轩出席", "bare 副市长 on the 海安 zone site = 海安市")], []),
    "fq:沈卓然": ("沈卓然", "official", "南通市", [
        ("fq03", f"{HAZ}党工委", "副书记", "经开区党工委副书记、管委会主任沈卓然", "2022-08 (identity case: 如东县长 in 2024, fq04)"),
        ("fq03", f"{HAZ}管委会", "主任", "经开区党工委副书记、管委会主任沈卓然", None),
        ("fq04", f"{RD}委", "副书记", "县委副书记、县长沈卓然作推介", "2024-04: now 如东 县长 (bare 县委 after 如东县委书记)"),
        ("fq04", f"{RD}政府", "县长", "县委副书记、县长沈卓然作推介", None)], []),
    "fq:严佳宁": ("严佳宁", "official", HAZ, [
        ("fq03", f"{HAZ}党工委", "委员", "经开区党工委委员、招商局局长严佳宁", None),
        ("fq03", f"{HAZ}招商局", "局长", "经开区党工委委员、招商局局长严佳宁", "DECIDED HERE: 招商局 after the zone's 党工委 title inherits the zone")], []),
    "fq:缪国平": ("缪国平", "company_executive", "江苏瑞泰精工科技有限公司", [], ["fq03"]),
    "fq:丁雪芹": ("丁雪芹", "company_executive", "海安联科纺织有限公司", [], ["fq03"]),
    "fq:储永福": ("储永福", "company_executive", "南通锐驰电气有限公司", [], ["fq03"]),
    "fq:殷晓岑": ("殷晓岑", "official", "南通市", [
        ("fq04", "南通市政府", "副市长", "南通市副市长殷晓岑出席", None)], []),
    "fq:钱梓杭": ("钱梓杭", "official", RD, [
        ("fq04", f"{RD}委", "书记", "如东县委书记钱梓杭致辞", None)], []),
    "fq:孙砺恒": ("孙砺恒", "official", RD, [
        ("fq04", f"{RD}委", "常委", "县委常委、常务副县长孙砺恒主持", None),
        ("fq04", f"{RD}政府", "常务副县长", "县委常委、常务副县长孙砺恒主持", None)], []),
    "fq:韦振钧": ("韦振钧", "company_executive", "上海澄远新材料科技有限公司", [], ["fq04"]),
    "fq:陶雅菲": ("陶雅菲", "company_executive", "上海屹通海工装备有限公司", [], ["fq04"]),
    # ---- 广东 揭阳: 揭西县, 普宁市
    "fq:吴泽鸿": ("吴泽鸿", "official", JX, [
        ("fq05", f"{JX}委", "书记", "6月8日，县委书记吴泽鸿带队走访", "named in the headline too")], []),
    "fq:许楚雄": ("许楚雄", "official", JY, [
        ("fq05", f"{JX}委", "常委", "县委常委、常务副县长许楚雄", "2022-06 (identity case: 普宁市长 in 2024, fq06)"),
        ("fq05", f"{JX}政府", "常务副县长", "县委常委、常务副县长许楚雄", None),
        ("fq06", f"{PN}委", "副书记", "市委副书记、市长许楚雄参加调研", "2024-09: bare 市委 right after 普宁市委书记 = 普宁市's"),
        ("fq06", f"{PN}政府", "市长", "市委副书记、市长许楚雄参加调研", None)], []),
    "fq:彭晓纯": ("彭晓纯", "official", JX, [
        ("fq05", f"{JX}投资促进局", "局长", "县投资促进局局长彭晓纯", "县投资促进局 = 揭西's here, 中江's in fq09")], []),
    "fq:杨锐彬": ("杨锐彬", "official", JX, [
        ("fq05", f"{JX}工业和信息化局", "局长", "县工业和信息化局局长杨锐彬", None)], []),
    "fq:刘俊辉": ("刘俊辉", "official", JX, [
        ("fq05", f"{JX}棉湖镇党委", "书记", "棉湖镇党委书记刘俊辉", None)], []),
    "fq:黄少锋": ("黄少锋", "company_executive", "广东粤辉塑胶科技有限公司", [], ["fq05"]),
    "fq:蔡映红": ("蔡映红", "company_executive", "广东嘉锐五金制品有限公司", [], ["fq05"]),
    "fq:蔡泽铭": ("蔡泽铭", "official", JY, [
        ("fq06", f"{JY}委", "副书记", "市委副书记、市长蔡泽铭到普宁市调研", "the 揭阳日报's own city; named in the headline too"),
        ("fq06", f"{JY}政府", "市长", "市委副书记、市长蔡泽铭到普宁市调研", None)], []),
    "fq:方绮雯": ("方绮雯", "official", JY, [
        ("fq06", f"{JY}政府", "副市长", "副市长方绮雯", None)], []),
    "fq:陈国楷": ("陈国楷", "official", PN, [
        ("fq06", f"{PN}委", "书记", "普宁市委书记陈国楷", None)], []),
    "fq:方炳坤": ("方炳坤", "company_executive", "广东锦泰服饰集团有限公司", [], ["fq06"]),
    "fq:李雯婕": ("李雯婕", "company_executive", "广东嘉普纺织印染有限公司", [], ["fq06"]),
    # ---- 福建 泉州: 南安市
    "fq:洪志远": ("洪志远", "official", NA, [
        ("fq07", f"{NA}委", "书记", "市委书记洪志远", None)], []),
    "fq:苏雅婷": ("苏雅婷", "official", NA, [
        ("fq07", f"{NA}委", "副书记", "市委副书记、市长苏雅婷", None),
        ("fq07", f"{NA}政府", "市长", "市委副书记、市长苏雅婷", None)], []),
    "fq:傅佩珊": ("傅佩珊", "official", NA, [
        ("fq07", f"{NA}政协", "副主席", "市政协副主席、市工商联主席傅佩珊", None),
        ("fq07", f"{NA}工商联", "主席", "市政协副主席、市工商联主席傅佩珊", "as ay: the 工商联 主席 is a post")], []),
    "fq:黄启源": ("黄启源", "official", NA, [
        ("fq07", f"{NA}委", "常委", "市委常委、常务副市长黄启源主持", None),
        ("fq07", f"{NA}政府", "常务副市长", "市委常委、常务副市长黄启源主持", None)], []),
    "fq:王培源": ("王培源", "official", NA, [
        ("fq07", f"{NA}商务局", "局长", "市商务局局长王培源", None)], []),
    "fq:林志垣#1": ("林志垣", "official", NA, [
        ("fq07", f"{NA}水头镇党委", "书记", "水头镇党委书记林志垣", "南安 (福建), 2023-02; not the 林志垣 of 武陟县 (fq08)")], []),
    "fq:陈锦堂": ("陈锦堂", "official", NA, [
        ("fq07", f"{NA}官桥镇政府", "镇长", "官桥镇镇长陈锦堂", None)], []),
    "fq:黄天赐": ("黄天赐", "company_executive", "福建磐晟石业有限公司", [], ["fq07"]),  # 董事长 and 市石材商会会长: no post
    "fq:许雅琴": ("许雅琴", "company_executive", "福建晟通汽车部件有限公司", [], ["fq07"]),
    # ---- 河南 焦作: 武陟县
    "fq:秦振樑": ("秦振樑", "official", WZ, [
        ("fq08", f"{WZ}委", "书记", "县委书记秦振樑出席并讲话", None)], []),
    "fq:郜雅楠": ("郜雅楠", "official", WZ, [
        ("fq08", f"{WZ}委", "副书记", "县委副书记、县长郜雅楠主持", None),
        ("fq08", f"{WZ}政府", "县长", "县委副书记、县长郜雅楠主持", None)], []),
    "fq:林志垣#2": ("林志垣", "official", WZ, [
        ("fq08", f"{WZ}委", "常委", "县委常委、副县长林志垣", "武陟 (河南), 2023-11; not the 林志垣 of 南安 (fq07)"),
        ("fq08", f"{WZ}政府", "副县长", "县委常委、副县长林志垣", None)], []),
    "fq:牛振华": ("牛振华", "official", WZ, [
        ("fq08", f"{WZ}商务局", "局长", "县商务局局长牛振华", None)], []),
    "fq:杜国强": ("杜国强", "company_executive", "河南恒昊食品有限公司", [], ["fq08"]),
    "fq:孟丽娜": ("孟丽娜", "company_executive", "河南嘉禾机械制造有限公司", [], ["fq08"]),
    # ---- 四川 德阳: 中江县, 绵竹市
    "fq:唐明皓": ("唐明皓", "official", ZJ, [
        ("fq09", f"{ZJ}委", "书记", "10月18日下午，县委书记唐明皓会见了", "2022-10; named in the headline too"),
        ("fq10", f"{ZJ}委", "书记", "县委书记唐明皓出席", "2024-06: bare 县委 in the 德阳日报's 中江 article")], []),
    "fq:冯雨桥": ("冯雨桥", "official", ZJ, [
        ("fq09", f"{ZJ}委", "常委", "县委常委、副县长冯雨桥", None),
        ("fq09", f"{ZJ}政府", "副县长", "县委常委、副县长冯雨桥", None)], []),
    "fq:邹铭远": ("邹铭远", "official", ZJ, [
        ("fq09", f"{ZJ}投资促进局", "局长", "县投资促进局局长邹铭远参加会见", "2022-10 (identity case: 副县长 in 2024, fq10)"),
        ("fq10", f"{ZJ}政府", "副县长", "副县长邹铭远主持并介绍签约项目情况", "2024-06: now 副县长")], []),
    "fq:彭家旺": ("彭家旺", "company_executive", "成都蓉欣农业科技集团有限公司", [], ["fq09", "fq10"]),  # 董事长 on both pages: no post
    "fq:任晓薇": ("任晓薇", "company_executive", "成都蓉欣农业科技集团有限公司", [], ["fq09"]),
    "fq:杜思衡": ("杜思衡", "official", ZJ, [
        ("fq10", f"{ZJ}委", "副书记", "县委副书记、县长杜思衡致辞", None),
        ("fq10", f"{ZJ}政府", "县长", "县委副书记、县长杜思衡致辞", None)], []),
    "fq:罗沁妍": ("罗沁妍", "official", MZ, [
        ("fq10", f"{MZ}委", "副书记", "市委副书记、市长罗沁妍主持", "bare 市委 in the 绵竹 article (``绵竹市召开``)"),
        ("fq10", f"{MZ}政府", "市长", "市委副书记、市长罗沁妍主持", None)], []),
    "fq:江雨霏": ("江雨霏", "official", MZ, [
        ("fq10", f"{MZ}政府", "副市长", "副市长江雨霏出席", "``副市长江雨霏`` (not 市长江…)")], []),
    "fq:贺松林": ("贺松林", "company_executive", "四川鑫禾磷化工有限公司", [], ["fq10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fq01", "林若岚", "责任编辑", "editor", "责任编辑：林若岚"),
    ("fq02", "葛思琪", "记者", "reporter", "本报讯（记者 葛思琪 通讯员 温宣）"),
    ("fq02", "戚晓岚", "通讯员", "correspondent", "本报讯（通讯员 戚晓岚）"),
    ("fq02", "潘文静", "本版责编", "editor", "本版责编：潘文静"),
    ("fq02", "刘雅琪", "美编", "editor", "美编：刘雅琪"),
    ("fq03", "季芸辰", "编辑", "editor", "编辑：季芸辰"),
    ("fq03", "蔡明轩", "审核", "editor", "审核：蔡明轩"),
    ("fq04", "周沐阳", "记者", "reporter", "本报讯（记者 周沐阳）"),
    ("fq04", "詹雪莹", "编辑", "editor", "（编辑：詹雪莹）"),
    ("fq05", "黄晓岚", "责任编辑", "editor", "责任编辑：黄晓岚"),
    ("fq06", "郑楚琳", "记者", "reporter", "本报讯（记者 郑楚琳）"),
    ("fq06", "柯静怡", "本版编辑", "editor", "（本版编辑：柯静怡）"),
    ("fq07", "庄雅琳", "责任编辑", "editor", "责任编辑：庄雅琳"),
    ("fq08", "蒋晓雨", "责任编辑", "editor", "责任编辑：蒋晓雨"),
    ("fq08", "严嘉豪", "审核", "editor", "审核：严嘉豪"),
    ("fq09", "梁若琳", "责任编辑", "editor", "责任编辑：梁若琳"),
    ("fq10", "何沛源", "记者", "reporter", "本报讯（记者 何沛源 通讯员 张雨涵）"),
    ("fq10", "张雨涵", "通讯员", "correspondent", "本报讯（记者 何沛源 通讯员 张雨涵）"),
    ("fq10", "谢一凡", "供稿", "author", "（绵竹市融媒体中心 谢一凡）"),
    ("fq10", "邓雨萌", "本版编辑", "editor", "本版编辑：邓雨萌"),
    ("fq10", "苏晓雯", "校对", "editor", "校对：苏晓雯"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fq01", "温岭经开区重点企业“三服务”走访", "inspection (走访)", "3月15日", None, "郑晓帆", [],
     ["应佳蔚", "陈屹航", "滕一帆", "江启明", "吴海莺", "蒋一鸣", "戴书玮"],
     ["江启明", "吴海莺", "蒋一鸣", "戴书玮", "郑晓帆", "应佳蔚", "陈屹航"], "温岭经开区",
     "3月15日，市委副书记、市长郑晓帆带队走访温岭经开区重点企业",
     ["市长郑晓帆带队走访温岭经开区重点企业", "副市长应佳蔚", "温岭经开区党工委书记陈屹航", "市经信局局长滕一帆参加活动",
      "公司董事长江启明介绍", "总经理吴海莺汇报了", "管委会主任蒋一鸣介绍了", "招商局局长戴书玮汇报了", "郑晓帆指出",
      "应佳蔚就做好企业用工", "陈屹航表示"]),
    ("fq02", "温岭市2024年二季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "5月21日", "叶舒扬", None, [],
     ["郑晓帆", "管乐衡", "陈屹航", "蒋一鸣", "潘振涛", "金若澜", "褚闻韬"],
     ["郑晓帆", "陈屹航", "潘振涛", "管乐衡"], "温岭经开区",
     "5月21日，温岭市2024年二季度招商引资项目集中签约仪式在温岭经开区举行",
     ["温岭市委书记郑晓帆出席并致辞", "台州市副市长管乐衡出席", "市长叶舒扬主持", "陈屹航介绍了签约项目情况",
      "经开区管委会主任蒋一鸣与浙江海峻新能源科技有限公司董事长潘振涛",
      "大溪镇党委书记金若澜与苏州合盛精密部件有限公司总经理褚闻韬分别代表双方签约", "郑晓帆在致辞中说",
      "潘振涛代表签约企业发言", "管乐衡指出"]),
    ("fq02", "路桥区民营企业家座谈会", "meeting (座谈会)", "5月20日", "俞泽楷", None, [LQ],
     ["何婧姝", "梁宏远", "朱蕾"], ["梁宏远", "朱蕾", "俞泽楷", "何婧姝"], None,
     "5月20日，路桥区召开民营企业家座谈会",
     ["区委书记俞泽楷主持会议", "区长何婧姝出席", "董事长梁宏远", "总经理朱蕾等8位企业家先后发言", "俞泽楷强调", "何婧姝表示"]),
    ("fq03", "经开区重点企业家座谈会", "meeting (座谈会)", "8月10日下午", "顾海澄", None, [HAZ],
     ["邱明轩", "沈卓然", "严佳宁", "缪国平", "丁雪芹", "储永福"],
     ["沈卓然", "严佳宁", "缪国平", "丁雪芹", "储永福", "邱明轩", "顾海澄"], None,
     "8月10日下午，经开区召开重点企业家座谈会",
     ["经开区党工委书记顾海澄主持会议", "副市长邱明轩出席", "管委会主任沈卓然", "招商局局长严佳宁以及区内12家重点企业负责人参加会议",
      "沈卓然通报了", "严佳宁介绍了", "董事长缪国平", "总经理丁雪芹", "董事长储永福等企业家先后发言", "缪国平介绍",
      "邱明轩表示", "顾海澄强调"]),
    ("fq04", "如东（上海）产业合作推介会暨重大项目签约仪式", "ceremony (推介会暨签约仪式)", "4月11日", "孙砺恒", None, [],
     ["殷晓岑", "钱梓杭", "沈卓然", "韦振钧"], ["钱梓杭", "沈卓然", "韦振钧", "殷晓岑"], "上海",
     "4月11日，如东（上海）产业合作推介会暨重大项目签约仪式在上海举行",
     ["南通市副市长殷晓岑出席", "如东县委书记钱梓杭致辞", "县长沈卓然作推介", "常务副县长孙砺恒主持", "钱梓杭在致辞中说",
      "沈卓然从区位交通", "董事长韦振钧代表签约企业发言", "殷晓岑表示"]),
    ("fq04", "如东县领导走访上海企业", "inspection (招商考察)", "推介会前", None, "钱梓杭", [],
     ["沈卓然", "陶雅菲"], [], "上海",
     "推介会前，钱梓杭、沈卓然一行走访了上海澄远新材料科技有限公司和上海屹通海工装备有限公司",
     ["推介会前，钱梓杭、沈卓然一行走访了", "屹通海工总经理陶雅菲陪同参观"]),
    ("fq05", "县委书记走访服务重点企业", "inspection (走访)", "6月8日", None, "吴泽鸿", [],
     ["许楚雄", "彭晓纯", "杨锐彬", "黄少锋", "蔡映红", "刘俊辉"],
     ["黄少锋", "蔡映红", "刘俊辉", "吴泽鸿", "许楚雄", "彭晓纯"], "棉湖镇、金和镇",
     "6月8日，县委书记吴泽鸿带队走访服务县内重点企业",
     ["县委书记吴泽鸿带队走访服务县内重点企业", "常务副县长许楚雄", "县投资促进局局长彭晓纯", "县工业和信息化局局长杨锐彬参加走访",
      "粤辉塑胶董事长黄少锋介绍", "嘉锐五金总经理蔡映红反映了", "棉湖镇党委书记刘俊辉汇报了", "吴泽鸿强调", "许楚雄要求",
      "彭晓纯表示"]),
    ("fq06", "普宁市民营经济发展和纺织服装产业转型升级调研", "inspection (调研)", "9月12日", None, "蔡泽铭", [],
     ["方绮雯", "陈国楷", "许楚雄", "方炳坤"], ["方炳坤", "许楚雄"], "普宁市",
     "9月12日，市委副书记、市长蔡泽铭到普宁市调研民营经济发展和纺织服装产业转型升级工作",
     ["市长蔡泽铭到普宁市调研", "副市长方绮雯", "普宁市委书记陈国楷", "市长许楚雄参加调研", "董事长方炳坤介绍了", "许楚雄汇报了"]),
    ("fq06", "民营企业家座谈会", "meeting (座谈会)", "9月12日", "蔡泽铭", None, [],
     ["方炳坤", "李雯婕", "方绮雯"], ["方炳坤", "李雯婕", "蔡泽铭", "方绮雯"], "普宁市",
     "随后，蔡泽铭主持召开民营企业家座谈会",
     ["蔡泽铭主持召开民营企业家座谈会", "方炳坤和嘉普纺织印染总经理李雯婕等6位企业家代表先后发言", "蔡泽铭强调",
      "方绮雯就落实惠企政策"]),
    ("fq07", "南安市2023年第一批招商引资项目集中签约仪式", "ceremony (签约仪式)", "2月14日上午", "黄启源", None, [NA],
     ["洪志远", "苏雅婷", "傅佩珊", "王培源", "林志垣", "黄天赐", "陈锦堂", "许雅琴"],
     ["苏雅婷", "王培源", "黄天赐", "洪志远"], None,
     "2月14日上午，我市举行2023年第一批招商引资项目集中签约仪式",
     ["市委书记洪志远", "市长苏雅婷", "市工商联主席傅佩珊出席", "常务副市长黄启源主持", "苏雅婷在致辞中说",
      "市商务局局长王培源介绍了签约项目情况", "水头镇党委书记林志垣与福建磐晟石业有限公司董事长黄天赐签订了",
      "官桥镇镇长陈锦堂与福建晟通汽车部件有限公司总经理许雅琴签订了", "磐晟石业董事长黄天赐代表签约企业发言", "洪志远强调"]),
    ("fq08", "武陟县民营企业家座谈会", "meeting (座谈会)", "11月21日下午", "郜雅楠", None, [WZ],
     ["秦振樑", "林志垣", "牛振华", "杜国强", "孟丽娜"],
     ["林志垣", "牛振华", "杜国强", "孟丽娜", "郜雅楠", "秦振樑"], None,
     "11月21日下午，我县召开民营企业家座谈会",
     ["县委书记秦振樑出席并讲话", "县长郜雅楠主持", "副县长林志垣，县商务局局长牛振华", "林志垣通报了", "牛振华解读了",
      "董事长杜国强", "总经理孟丽娜等6位企业家代表先后发言", "郜雅楠要求", "秦振樑强调"]),
    ("fq09", "县委书记唐明皓会见成都蓉欣农业科技集团有限公司客商", "meeting (会见)", "10月18日下午", None, None, [],
     ["唐明皓", "彭家旺", "冯雨桥", "邹铭远"], ["唐明皓", "彭家旺"], None,
     "10月18日下午，县委书记唐明皓会见了成都蓉欣农业科技集团有限公司董事长彭家旺一行",
     ["县委书记唐明皓会见了", "董事长彭家旺一行", "副县长冯雨桥，县投资促进局局长邹铭远参加会见", "唐明皓代表县委、县政府",
      "彭家旺介绍了", "他表示，集团拟投资15亿元"]),
    ("fq09", "蓉欣农业科技集团考察中江", "inspection (考察)", "会见前", None, "彭家旺", [],
     ["邹铭远", "任晓薇"], [], "凯江镇、集凤镇",
     "会见前，彭家旺一行在邹铭远陪同下，实地考察了凯江镇、集凤镇的高标准农田和县农产品加工园区",
     ["彭家旺一行在邹铭远陪同下", "集团副总经理任晓薇参加考察"]),
    ("fq10", "中江县2024年二季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "6月19日", "邹铭远", None, [],
     ["唐明皓", "杜思衡", "彭家旺"], ["邹铭远", "彭家旺", "杜思衡", "唐明皓"], None,
     "6月19日，中江县2024年二季度招商引资项目集中签约仪式举行",
     ["县委书记唐明皓出席", "县长杜思衡致辞", "副县长邹铭远主持并介绍签约项目情况", "董事长彭家旺代表签约企业发言",
      "杜思衡在致辞中表示", "唐明皓要求"]),
    ("fq10", "绵竹市“政企面对面”早餐会", "meeting (早餐会)", "6月18日上午", "罗沁妍", None, [MZ],
     ["江雨霏", "贺松林"], ["贺松林", "罗沁妍"], None,
     "6月18日上午，绵竹市召开“政企面对面”早餐会",
     ["市长罗沁妍主持", "副市长江雨霏出席", "董事长贺松林等5位企业负责人", "罗沁妍要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fq01", "年产200万台智能水泵技改项目", "project", "企业年产200万台智能水泵技改项目已完成主要设备安装"),
    ("fq01", "精锐数控机床产业园一期", "industrial_park", "精锐数控机床产业园一期的建设进度"),
    ("fq02", "海峻新能源年产5GWh储能电池项目", "project", "海峻新能源年产5GWh储能电池项目总投资30亿元"),
    ("fq02", "合盛精密汽车零部件生产基地项目", "project", "合盛精密汽车零部件生产基地项目总投资12亿元"),
    ("fq03", "瑞泰精工高端轴承扩能项目", "project", "瑞泰精工高端轴承扩能项目已于7月开工"),
    ("fq03", "智能装备产业园二期", "industrial_park", "加快推进智能装备产业园二期"),
    ("fq03", "城东片区污水处理厂扩建工程", "infrastructure_project", "城东片区污水处理厂扩建工程"),
    ("fq04", "高性能碳纤维复合材料项目", "project", "投资25亿元的高性能碳纤维复合材料项目"),
    ("fq04", "海上风电运维母港项目", "infrastructure_project", "投资18亿元的海上风电运维母港项目将落户洋口港"),
    ("fq05", "年产3万吨改性塑料扩产项目", "project", "公司年产3万吨改性塑料扩产项目已完成备案"),
    ("fq05", "棉湖镇工业园配套道路工程", "infrastructure_project", "棉湖镇工业园配套道路工程的推进情况"),
    ("fq06", "锦泰服饰数字化智能工厂项目", "project", "锦泰服饰数字化智能工厂项目的建设情况"),
    ("fq06", "普宁纺织服装产业园", "industrial_park", "普宁纺织服装产业园的建设进度"),
    ("fq07", "磐晟石业智能岩板生产线项目", "project", "磐晟石业智能岩板生产线项目投资协议"),
    ("fq07", "官桥镇新能源汽车零部件产业园项目", "industrial_park", "官桥镇新能源汽车零部件产业园项目投资协议"),
    ("fq08", "詹店镇预制菜产业园项目", "industrial_park", "詹店镇预制菜产业园项目已于9月建成投产"),
    ("fq08", "西陶镇智能农机装备制造项目", "project", "西陶镇智能农机装备制造项目正在进行主体施工"),
    ("fq09", "蓉欣中江粮油产业园项目", "industrial_park", "拟投资15亿元在中江建设蓉欣中江粮油产业园项目"),
    ("fq10", "蓉欣中江粮油产业园项目", "industrial_park", "蓉欣中江粮油产业园项目总投资15亿元"),
    ("fq10", "中江挂面智能化生产基地项目", "project", "中江挂面智能化生产基地项目总投资4.2亿元"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fq01", "温岭经开区", "development_zone", "standalone", "郑晓帆带队走访温岭经开区重点企业"),
    ("fq01", "经开区", "development_zone", "standalone", "经开区要加快标准厂房和配套道路建设"),
    ("fq01", "泽国镇", "town", "standalone", "察看了泽国镇、大溪镇的小微企业园建设情况"),
    ("fq01", "大溪镇", "town", "standalone", "察看了泽国镇、大溪镇的小微企业园建设情况"),
    ("fq02", "温岭", "county_level_city", "standalone", "看中温岭完整的产业链配套"),
    ("fq02", "温岭市", "county_level_city", "standalone", "5月21日，温岭市2024年二季度招商引资项目集中签约仪式"),
    ("fq02", "温岭经开区", "development_zone", "standalone", "签约仪式在温岭经开区举行"),
    ("fq02", "经开区", "development_zone", "in_title", "经开区管委会主任蒋一鸣"),
    ("fq02", "台州市", "city", "in_title", "台州市副市长管乐衡出席"),
    ("fq02", "大溪镇", "town", "in_title", "大溪镇党委书记金若澜"),
    ("fq02", "路桥区", "district", "standalone", "5月20日，路桥区召开民营企业家座谈会"),
    ("fq03", "经开区", "development_zone", "standalone", "8月10日下午，经开区召开重点企业家座谈会"),
    ("fq03", "城东片区", "area", "in_project_name", "城东片区污水处理厂扩建工程"),
    ("fq03", "海安", "county_level_city", "standalone", "为海安经济高质量发展挑大梁"),
    ("fq04", "如东", "county", "standalone", "推介了如东的投资环境"),
    ("fq04", "上海", "city", "standalone", "签约仪式在上海举行"),
    ("fq04", "南通市", "city", "in_title", "南通市副市长殷晓岑出席"),
    ("fq04", "如东县", "county", "in_title", "如东县委书记钱梓杭致辞"),
    ("fq04", "江苏", "province", "standalone", "如东拥有江苏最长的海岸线"),
    ("fq04", "洋口港", "port", "standalone", "深水大港洋口港"),
    ("fq04", "长三角", "region", "standalone", "企业在长三角北翼的生产基地"),
    ("fq04", "南通", "city", "standalone", "南通将全力支持如东"),
    ("fq05", "棉湖镇", "town", "standalone", "位于棉湖镇的广东粤辉塑胶科技有限公司"),
    ("fq05", "金和镇", "town", "standalone", "位于金和镇的广东嘉锐五金制品有限公司"),
    ("fq05", "揭西", "county", "standalone", "推动企业扎根揭西"),
    ("fq06", "普宁市", "county_level_city", "standalone", "到普宁市调研民营经济发展和纺织服装产业转型升级工作"),
    ("fq06", "普宁", "county_level_city", "standalone", "普宁要以纺织服装产业园建设为抓手"),
    ("fq06", "军埠镇", "town", "standalone", "先后来到军埠镇、流沙东街道"),
    ("fq06", "流沙东街道", "sub_district_office", "standalone", "先后来到军埠镇、流沙东街道"),
    ("fq06", "揭阳", "city", "standalone", "民营经济是揭阳发展的最大特色"),
    ("fq07", "南安", "county_level_city", "standalone", "南安是全国著名的建材之乡"),
    ("fq07", "水头镇", "town", "in_title", "水头镇党委书记林志垣"),
    ("fq07", "官桥镇", "town", "in_title", "官桥镇镇长陈锦堂"),
    ("fq08", "詹店镇", "town", "in_project_name", "詹店镇预制菜产业园项目已于9月建成投产"),
    ("fq08", "西陶镇", "town", "in_project_name", "西陶镇智能农机装备制造项目正在进行主体施工"),
    ("fq08", "郑州都市圈", "region", "standalone", "主动融入郑州都市圈"),
    ("fq08", "郑州", "city", "standalone", "用好毗邻郑州的区位优势"),
    ("fq08", "武陟", "county", "standalone", "让广大企业家在武陟安心发展"),
    ("fq09", "中江县", "county", "standalone", "介绍了中江县的区位交通"),
    ("fq09", "中江", "county", "standalone", "中江是全省粮食生产大县"),
    ("fq09", "凯江镇", "town", "standalone", "实地考察了凯江镇、集凤镇的高标准农田"),
    ("fq09", "集凤镇", "town", "standalone", "实地考察了凯江镇、集凤镇的高标准农田"),
    ("fq10", "中江县", "county", "standalone", "6月19日，中江县2024年二季度招商引资项目集中签约仪式举行"),
    ("fq10", "中江", "county", "standalone", "中江将为签约企业提供全方位、全流程服务"),
    ("fq10", "绵竹市", "county_level_city", "standalone", "6月18日上午，绵竹市召开“政企面对面”早餐会"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fq", conventions="set fq (blind set: private companies and investment in 浙江 台州 (温岭市 with 温岭经开区; 路桥区), 江苏 南通 (海安市 with 海安经开区; 如东县), 广东 揭阳 (揭西县, 普宁市), 福建 泉州 (南安市), 河南 焦作 (武陟县), 四川 德阳 (中江县, 绵竹市): leaders' 走访 / 调研 of companies, 集中签约仪式 and a 推介会暨签约仪式, 企业家座谈会, a 会见 and a 政企早餐会; company roles (董事长, 总经理, 商会会长) no post, the persons company_executive; a zone's 招商局 = zone label + 招商局; bare 经开区 organs take the page's zone; bare 市委 / 县委 in a city paper take the article's place (the same words for two cities on one page); 工商联主席 a post (as ay); signers are attendees; one line per post per article)",
          persons_note="Set fq persons. id = corpus-wide person_id (fq:林志垣#1 of 南安 (福建, 水头镇党委书记) and fq:林志垣#2 of 武陟 (河南, 县委常委、副县长) are two people; fq:郑晓帆 温岭 市长 2022 → 市委书记 2024; fq:沈卓然 海安经开区 管委会主任 2022 → 如东县长 2024; fq:许楚雄 揭西 常务副县长 2022 → 普宁市长 2024; fq:邹铭远 中江县投资促进局局长 2022 → 中江 副县长 2024; company heads are company_executive without posts)")


if __name__ == "__main__":
    main()
