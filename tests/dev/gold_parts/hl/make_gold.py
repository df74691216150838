"""Write gold part ``hl`` (a blind set: held-out-like mix, 26th round — district level in 北京 (通州区, 昌平区) and 上海
(普陀区 桃浦镇, 徐汇区), and districts of 广东 (广州 番禺区), 浙江 (杭州 萧山区 闻堰街道), 湖南 (长沙 雨花区) and 陕西 (西安
未央区, 长安区): district news, 街道 work, 区人大 / 政协 sessions, investment promotion) from the tables below.

Pages ``tests/dev/texts/hl*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): the 上海普陀 site's 政协 page (``2015-09-23 来源: 上海普陀``,
a 区长 named ``区委副书记、区长…``); the 普陀 桃浦镇 pages (the 社区晨报 digital edition ``第02版:综合新闻 版面概览 上一版 下一版
2021年03月10日 星期三 放大 缩小 默认 上一篇 下一篇`` of a 镇 经济工作 签约会 with ``镇党委委员、副镇长…主持``, ``镇党委副书记、
镇长…``; the 桃浦镇 招商引资推进会 page ``( 2022年08月01日 ) 来源: 桃浦镇`` with 区商务委 / 区投促办 heads and ``在镇党委书记…，
镇党委副书记、镇长…，镇人大主席…的共同见证下，17个重点项目成功签约``); the 徐汇区人大 site (``首页 > 街工委、镇人大``, ``日期:
2017-03-10``, ``徐家汇街道党工委书记、人大工委主任…``, ``（…街道人大工委 供稿）``); a 解放日报 digest of 上海 区县人代会; the
萧山网 闻堰网 page (``您的位置:萧山网首页 > 闻堰网 > 新闻中心 > 正文``, ``更新时间:2022-03-17 20:00:00 内容来源:萧山闻堰``, a
区人大常委会副主任's 调研 with ``街道人大工委主任…陪同``, ``作者:萧山闻堰 通讯员: 编辑:``); a 北京 通州 page on the 副中心
streets (文景, 九棵树, 潞邑 …) and a 人民日报 page on 石景山 政协 委员工作站; the 西城区 政协 opening (``区政协副主席…主持大会。区政协
副主席…，秘书长…出席``) and a 房山区 政协 常委会 page; a 渝中区 政协 opening (``大会执行主席…在主席台前排就座``); the 新湖南 page of
a 雨花区 推进会 (``飞梦雨花微信公众号 2025-06-18 15:32:19``, ``区委副书记、区长…参加会议并讲话，区领导…参加``, ``责编: 一审: 二审:
三审: 来源:``); a 红网 雨花区 人代会 page; 西安 pages (the 未央区人大 site ``主办单位:西安市未央区人民代表大会常务委员会 ICP备案编号:
陕ICP备…``; a 长安区 人大常委会 会议 with ``副区长…列席``; 未央 and 雁塔 区政府常务会议 pages ``区领导…出席会议``); a 汕头 龙湖区 签约仪式
and a 招商引资 会议 page (``区委副书记、区长…，区委常委、副区长…，副区长…出席会议``). Places are real (通州区, 昌平区, 普陀区桃浦镇,
徐汇区, 番禺区, 萧山区闻堰街道, 雨花区, 未央区, 长安区 are on no earlier page).

Shapes: a 北京 district government site of the 区长's 调研 of two streets, with 图片新闻 caption, 相关阅读 list, 上一篇 /
下一篇 and 京ICP footer (hl01); a district news portal of the 区政协 session's 开幕会 (市政协副主席, 区委书记 讲话, 主席 reports,
副主席 主持, a 副主席 list and 秘书长) with 【相关新闻】 (hl02); a 上海 community paper's 第02版 of a 镇 招商引资推进会暨签约仪式
(镇长 主持, 区商务委 / 区投促办, 镇人大主席 as witness) (hl03); the 徐汇区人大 site of a 区人大常委会 会议 (主任 主持, 副主任 list,
副区长 列席 and reporting, a 街道党工委书记、人大工委主任 列席 and speaking) (hl04); the 番禺 government site of a 招商推介大会暨
签约仪式 with a 市商务局 副局长, 镇 heads signing, a photo credit and 相关新闻 (hl05); a 浙江 county-level portal's 街道 page of
a 区人大常委会副主任's 调研 and the 座谈会 after it (hl06); a provincial portal's repost of a district WeChat article on a
推进会 with ``区领导…参加`` and the 责编 / 一审 / 二审 / 三审 block (hl07); the 长沙晚报 A03 of a 副市长's 调研 in 雨花区 with a
本版标题导航 line above the headline (hl08); the 未央区人大 site of the 人代会 开幕会 (大会主席团常务主席、区委书记; 大会执行主席、
区人大常委会主任; full date ``2025年1月7日上午`` in the lead) (hl09); the 长安区 government site of the 区委书记's 调研 of two
streets (hl10). Dates in several forms: ``发布时间：2023-05-17 10:21``, ``2024年01月09日 08:30``, ``2023年08月02日 星期三``,
``日期：2025-03-27``, ``2024-03-06 18:05:12``, ``更新时间：2024-04-11 20:00:00``, ``发布日期：2025年01月08日``; leads with
``5月16日``, ``本网讯（记者 …）1月8日上午``, ``2025年1月7日上午``.

Identity cases:
- hl:闵雅琴 moves between two 北京 districts: 北京市通州区委常委、副区长 in May 2023 (hl01) → 昌平区委副书记、区长 in Jan 2024
  (hl02).
- hl:沈怡青 moves between two 上海 districts: 上海市普陀区桃浦镇党委副书记、镇长 in July 2023 (hl03) → 徐汇区 副区长 in Mar 2025
  (hl04).
- hl:权卓航 moves between two 西安 districts: 西安市长安区韦曲街道党工委书记 in Nov 2023 (hl10) → 未央区委常委、副区长 in Jan 2025
  (hl09).
- hl:喻建湘 雨花区委副书记、区长 (July 2023, hl07) → 雨花区委书记 (June 2025, hl08); hl:易文韬 雨花区委常委、常务副区长 (2023)
  → 区委副书记、区长 (2025). hl:龙志坚 跳马镇党委书记 on both pages.
- two different 项文博 in unrelated places, in the same year: hl:项文博#1 is 北京市通州区潞源街道工委书记 (hl01, May 2023);
  hl:项文博#2 is 西安市长安区委常委、副区长 (hl10, Nov 2023).
- one organ name of several places: ``街道人大工委主任`` is 徐汇区凌云街道's (hl04) and 萧山区闻堰街道's (hl06); ``区投资促进局
  局长`` is 番禺区's (hl05) and 雨花区's (hl07); ``区人大常委会主任`` is 昌平区's (hl02), 徐汇区's (hl04) and 未央区's (hl09);
  ``区委常委、副区长`` is 北京市通州区's (hl01), 西安市长安区's (hl10) and 未央区's (hl09); bare ``区委`` is each page's district.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ex, cx, bq, bs, aa, ab, ck where they speak; decided here where they are silent):
- Labels: 通州区 (also 南通's), 普陀区 (also 舟山's) and 长安区 (also 石家庄's) take their city: ``北京市通州区``, ``上海市普陀区``
  (as y07), ``西安市长安区``; 昌平区, 徐汇区, 番禺区, 萧山区, 雨花区, 未央区 are unique and stand alone. Bare 区 organs on a
  district's site, portal, paper or WeChat are that district's; bare 市 is the page's city or municipality (``市政协副主席`` in
  the 昌平 portal → 北京市政协; ``市商务局副局长`` on the 番禺 site → 广州市商务局; ``副市长`` / ``市政府副秘书长`` in the 长沙晚报
  → 长沙市政府).
- Streets and towns: district label + name + organ: 北京's ``街道工委`` as written (as av10): ``街道工委书记项文博`` →
  北京市通州区潞源街道工委 书记, ``街道工委副书记、办事处主任`` → …九棵树街道工委 副书记 + …九棵树街道办事处 主任; elsewhere
  ``街道党工委`` (萧山区闻堰街道党工委, 西安市长安区韦曲街道党工委, 雨花区高桥街道党工委); ``人大工委主任`` of a 街道 → the street's
  人大工委 (as aa09, bz02); ``镇人大主席`` → 镇人大 主席 (as ga02); 镇长 / 副镇长 → the town's 政府; 镇党委委员 → 镇党委 委员.
- DECIDED HERE: ``区投促办副主任`` (上海's short form of the 投资促进办公室) keeps the written short form: 上海市普陀区投促办 副主任;
  ``区商务委主任`` → 上海市普陀区商务委 主任. ``区人大常委会财经工委主任`` → 萧山区人大常委会财经工委 主任 (a working committee of
  the 常委会, as written).
- 人大 / 政协: ``区政协主席`` / ``副主席`` / ``秘书长`` → X区政协; a list after one title (``区政协副主席苑子谦、霍兰芝``) gives
  each name that title; ``区人大常委会主任`` / ``副主任`` → X区人大常委会. ``大会主席团常务主席`` and ``大会执行主席`` are session
  roles, no line (as ab, ck). ``区领导邹慧珊、彭志刚`` (hl07) is no post (CONVENTIONS). ``区监委、区法院、区检察院负责同志`` name
  nobody. ``会议表决通过了有关人事任免事项`` gives nothing.
- Events: every 调研 is an ``inspection`` (leader; 陪同 / 参加调研 attendees; 介绍 / 汇报 / 指出 / 强调 / 表示 speakers); the 座谈会
  convened after a 调研 (``在随后召开的座谈会上``, hl06) is a meeting of its own (as ex05, bs02); ``座谈中`` (hl08) is part of the
  调研 (as ex09). The 政协 开幕会 and the 人代会 开幕会 are ``session``s (chair: who 主持; 出席 / 主席台就座 attendees; 报告 / 讲话
  speakers); the 区人大常委会 会议 and the 推进会 are meetings (列席 attendees). DECIDED HERE: people who 见证 a signing or sign
  on behalf of their town at a 签约仪式 are attendees; who ``发布了《…产业地图》`` or ``作了解读`` / ``通报了`` is a speaker; those
  ``在主席台前排就座`` / ``在主席台就座`` are attendees (as 出席).
- Credits: ``本网讯（记者 …）`` and ``（记者 …　通讯员 …）`` reporter / correspondent lines; ``（长沙晚报全媒体记者 …）`` a reporter line
  with label ``全媒体记者``; 编辑 / 责任编辑 / 本版编辑 / 责编 / 一审 / 二审 / 三审 editor lines. DECIDED HERE: one person named as
  ``责编`` and as ``一审`` (hl07) gives two editor lines, one per label. ``作者：萧山闻堰`` is an account, ``（区人大常委会办公室）`` and
  ``番禺区融媒体中心 供图`` name no person: not annotated.
- Projects: named works visited, reported or signed: 老旧小区综合整治 and 城市更新 (as ex) ``housing_project``; …产业园 二期 / 三期
  and 产业基地 ``industrial_park``; 生态修复 / 湿地提升 / 绿心 公园 ``greening_project``; 综合交通枢纽 ``infrastructure_project``;
  智慧物流园 ``logistics_hub``; 老街更新改造, 片区综合开发, 市场转型升级, 遗址保护展示, 文旅综合开发, 开发区提质扩容,
  研发总部集群 ``project``. Not projects: ``数字经济产业楼宇``, ``北侧地块`` (generic), a 产业地图 or a report.
- Places: one line per name per file, as written; places inside titles, organ references, document titles and project
  names count; site lines, breadcrumbs, stamp lines, side lists (相关阅读, 相关新闻, 本版其他新闻, 本版标题导航), 上一篇 / 下一篇,
  mastheads and footers are not annotated. Short forms written alone are places as written (通州, 普陀, 桃浦, 番禺, 闻堰, 徐汇,
  西安, 副中心). DECIDED HERE: a business district (运河商务区, 徐家汇商圈) is kind ``business_district``; a named market (高桥大
  市场) is kind ``market``; 回天地区, 绿心地区, 绿心, 长株潭 and 粤港澳大湾区 are regions; 未来科学城, 生命谷, 沙河高教园区,
  桃浦智创城, 李子园工业区 are ``zone_park``; 漕河泾开发区 and 雨花经开区 / 西安经开区 are development zones.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

TZ, PT, CA = "北京市通州区", "上海市普陀区", "西安市长安区"
TP = PT + "桃浦镇"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hl01_tongzhou.txt": (2023, "发布时间：2023-05-17 10:21", TZ, [
        ("芮启衡到潞源街道、九棵树街道调研城市更新和招商引资工作", "5月16日", "2023-05-16", "5月16日，区委副书记、区长芮启衡",
         "北京 district site: the 区长's 调研 of two streets (街道工委书记, 街道工委副书记、办事处主任); 区委常委、副区长 闵雅琴; 图片新闻, 相关阅读")]),
    "hl02_changping.txt": (2024, "2024年01月09日 08:30", "昌平区", [
        ("政协北京市昌平区第十四届委员会第三次会议开幕", "1月8日上午", "2024-01-08", "本网讯（记者 程雨桐）1月8日上午",
         "district portal: 区政协 session 开幕会; 市政协副主席, 区委书记 讲话, 闵雅琴 now 区委副书记、区长; 政协 主席 / 副主席 / 秘书长")]),
    "hl03_putuo.txt": (2023, "2023年08月02日 星期三", TP, [
        ("桃浦镇召开招商引资推进会 17个重点项目集中签约", "7月28日上午", "2023-07-28", "7月28日上午，桃浦镇召开",
         "上海 community paper 第02版: 镇 招商引资推进会暨签约仪式; 镇长 沈怡青 主持; 区商务委, 区投促办; 镇人大主席")]),
    "hl04_xuhui.txt": (2025, "日期：2025-03-27", "徐汇区", [
        ("区十七届人大常委会举行第二十三次会议", "3月26日下午", "2025-03-26", "3月26日下午，区十七届人大常委会",
         "区人大 site: 常委会会议; 主任 主持, 副主任 list; 沈怡青 now 副区长 reporting; 街道党工委书记、人大工委主任 speaking")]),
    "hl05_panyu.txt": (2024, "2024-03-06 18:05:12", "番禺区", [
        ("番禺区举办2024年招商推介大会 32个项目集中签约总投资超320亿元", "3月5日", "2024-03-05", "3月5日，番禺区2024年招商推介大会",
         "广东 district site: 招商推介大会暨签约仪式; 市商务局副局长; 区投资促进局局长; 镇 heads sign")]),
    "hl06_xiaoshan.txt": (2024, "更新时间：2024-04-11 20:00:00", "萧山区", [
        ("区人大常委会副主任楼建中来闻堰街道调研", "4月10日下午", "2024-04-10", "4月10日下午，区人大常委会副主任楼建中",
         "浙江 portal 街道 page: 区人大常委会副主任's 调研 and the 座谈会; 街道人大工委主任")]),
    "hl07_yuhua.txt": (2023, "2023-07-12 16:40:05", "雨花区", [
        ("雨花区召开招商引资暨重大项目建设推进会", "7月11日", "2023-07-11", "7月11日，长沙市雨花区召开",
         "provincial portal (WeChat repost): 推进会; 区长 讲话, 常务副区长 主持, 区领导 without titles; 区投资促进局局长; 街道 / 镇 secretaries")]),
    "hl08_changsha.txt": (2025, "2025年6月19日　星期四", "长沙市", [
        ("唐建伟调研雨花区长株潭一体化和重点项目建设\n加快推动绿心地区保护与发展", "6月18日", "2025-06-18", "本报讯（长沙晚报全媒体记者 谌思远）6月18日",
         "city paper A03: 副市长's 调研 in 雨花区; 喻建湘 now 区委书记, 易文韬 now 区长")]),
    "hl09_weiyang.txt": (2025, "发布日期：2025年01月08日", "未央区", [
        ("未央区第十八届人民代表大会第五次会议隆重开幕", "2025年1月7日上午", "2025-01-07", "2025年1月7日上午，西安市未央区",
         "区人大 site: 人代会 开幕会 (大会主席团常务主席、区委书记; 大会执行主席、区人大常委会主任 主持); 权卓航 now 区委常委、副区长")]),
    "hl10_changan.txt": (2023, "发布时间：2023-11-15 09:12", CA, [
        ("寇志宏调研韦曲街道、郭杜街道招商引资和城市更新工作", "11月14日", "2023-11-14", "11月14日，区委书记寇志宏深入",
         "陕西 district site: 区委书记's 调研 of two streets; 区委常委、副区长 项文博#2; 韦曲街道党工委书记 权卓航")]),
}

_HL02_VICE = "区政协副主席苑子谦、霍兰芝，秘书长覃立勤"
_HL04_VICE = "副主任黄敏华、傅立群、郁晓冬出席"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 北京 通州 / 昌平
    "hl:芮启衡": ("芮启衡", "official", TZ, [
        ("hl01", TZ + "委", "副书记", "区委副书记、区长芮启衡到潞源街道", "2023-05; 通州区 (also 南通's) takes 北京市; named in the headline, the caption and 相关阅读 too"),
        ("hl01", TZ + "政府", "区长", "区委副书记、区长芮启衡到潞源街道", None)], []),
    "hl:闵雅琴": ("闵雅琴", "official", "北京市", [
        ("hl01", TZ + "委", "常委", "区委常委、副区长闵雅琴", "2023-05 (identity case: 昌平区长 in 2024, hl02)"),
        ("hl01", TZ + "政府", "副区长", "区委常委、副区长闵雅琴", None),
        ("hl02", "昌平区委", "副书记", "区委副书记、区长闵雅琴", "2024-01: now 昌平区委副书记、区长"),
        ("hl02", "昌平区政府", "区长", "区委副书记、区长闵雅琴", None)], []),
    "hl:卞志恒": ("卞志恒", "official", TZ, [
        ("hl01", TZ + "发展改革委", "主任", "区发展改革委主任卞志恒", None)], []),
    "hl:项文博#1": ("项文博", "official", TZ, [
        ("hl01", TZ + "潞源街道工委", "书记", "街道工委书记项文博", "北京 通州, 2023-05; not the 项文博 of 西安市长安区 (hl10); 北京's 街道工委 as written (as av10)")], []),
    "hl:柴雨萱": ("柴雨萱", "official", TZ, [
        ("hl01", TZ + "九棵树街道工委", "副书记", "街道工委副书记、办事处主任柴雨萱", None),
        ("hl01", TZ + "九棵树街道办事处", "主任", "街道工委副书记、办事处主任柴雨萱", None)], []),
    "hl:栾世杰": ("栾世杰", "official", "北京市", [
        ("hl02", "北京市政协", "副主席", "市政协副主席栾世杰", "bare 市 on a 北京 district portal = 北京市")], []),
    "hl:栗宏远": ("栗宏远", "official", "昌平区", [
        ("hl02", "昌平区委", "书记", "区委书记栗宏远", None)], []),
    "hl:蔚建军": ("蔚建军", "official", "昌平区", [
        ("hl02", "昌平区人大常委会", "主任", "区人大常委会主任蔚建军", "区人大常委会 = 昌平's here, 徐汇's in hl04, 未央's in hl09")], []),
    "hl:仝国梁": ("仝国梁", "official", "昌平区", [
        ("hl02", "昌平区委", "副书记", "区委副书记仝国梁", None)], []),
    "hl:禹嘉树": ("禹嘉树", "official", "昌平区", [
        ("hl02", "昌平区政协", "副主席", "区政协副主席禹嘉树主持开幕会", None)], []),
    "hl:苑子谦": ("苑子谦", "official", "昌平区", [
        ("hl02", "昌平区政协", "副主席", _HL02_VICE, "list after one title")], []),
    "hl:霍兰芝": ("霍兰芝", "official", "昌平区", [
        ("hl02", "昌平区政协", "副主席", _HL02_VICE, "list after one title")], []),
    "hl:覃立勤": ("覃立勤", "official", "昌平区", [
        ("hl02", "昌平区政协", "秘书长", _HL02_VICE, "秘书长 after the 区政协副主席 list = the 政协's (as ab04)")], []),
    "hl:裘淑芬": ("裘淑芬", "official", "昌平区", [
        ("hl02", "昌平区政协", "主席", "区政协主席裘淑芬代表", None)], []),
    "hl:佘文彬": ("佘文彬", "official", "昌平区", [
        ("hl02", "昌平区政协", "副主席", "区政协副主席佘文彬作提案工作情况报告", None)], []),
    # ---- 上海 普陀 / 徐汇
    "hl:虞一鸣": ("虞一鸣", "official", PT, [
        ("hl03", PT + "商务委", "主任", "区商务委主任虞一鸣", "bare 区 in the 桃浦 paper = 普陀区 (also 舟山's: 上海市普陀区)")], []),
    "hl:缪晨阳": ("缪晨阳", "official", PT, [
        ("hl03", PT + "投促办", "副主任", "区投促办副主任缪晨阳", "DECIDED HERE: 投促办 kept as written")], []),
    "hl:沈怡青": ("沈怡青", "official", "上海市", [
        ("hl03", TP + "党委", "副书记", "会议由镇党委副书记、镇长沈怡青主持", "2023-07 (identity case: 徐汇区 副区长 in 2025, hl04); the chain is repeated among the witnesses"),
        ("hl03", TP + "政府", "镇长", "会议由镇党委副书记、镇长沈怡青主持", None),
        ("hl04", "徐汇区政府", "副区长", "副区长沈怡青，区监委", "2025-03: now 徐汇区 副区长")], []),
    "hl:顾俊杰": ("顾俊杰", "official", TP, [
        ("hl03", TP + "党委", "委员", "镇党委委员、副镇长顾俊杰", None),
        ("hl03", TP + "政府", "副镇长", "镇党委委员、副镇长顾俊杰", None)], []),
    "hl:钮海舟": ("钮海舟", "official", TP, [
        ("hl03", TP + "党委", "书记", "镇党委书记钮海舟", None)], []),
    "hl:金丽萍": ("金丽萍", "official", TP, [
        ("hl03", TP + "人大", "主席", "镇人大主席金丽萍", "镇人大主席 → 镇人大 主席 (as ga02)")], []),
    "hl:忻卫民": ("忻卫民", "official", "徐汇区", [
        ("hl04", "徐汇区人大常委会", "主任", "区人大常委会主任忻卫民主持会议", None)], []),
    "hl:黄敏华": ("黄敏华", "official", "徐汇区", [
        ("hl04", "徐汇区人大常委会", "副主任", _HL04_VICE, "bare 副主任 after the 区人大常委会主任")], []),
    "hl:傅立群": ("傅立群", "official", "徐汇区", [
        ("hl04", "徐汇区人大常委会", "副主任", _HL04_VICE, None)], []),
    "hl:郁晓冬": ("郁晓冬", "official", "徐汇区", [
        ("hl04", "徐汇区人大常委会", "副主任", _HL04_VICE, None)], []),
    "hl:濮立诚": ("濮立诚", "official", "徐汇区", [
        ("hl04", "徐汇区发展改革委", "主任", "区发展改革委主任濮立诚", None)], []),
    "hl:费雅静": ("费雅静", "official", "徐汇区", [
        ("hl04", "徐汇区凌云街道党工委", "书记", "凌云街道党工委书记、人大工委主任费雅静", None),
        ("hl04", "徐汇区凌云街道人大工委", "主任", "凌云街道党工委书记、人大工委主任费雅静", "街道人大工委 = 徐汇区凌云街道's here, 萧山区闻堰街道's in hl06")], []),
    # ---- 广东 番禺
    "hl:谭嘉诚": ("谭嘉诚", "official", "广州市", [
        ("hl05", "广州市商务局", "副局长", "市商务局副局长谭嘉诚", "bare 市 on the 番禺 site = 广州市")], []),
    "hl:梁颂恒": ("梁颂恒", "official", "番禺区", [
        ("hl05", "番禺区委", "书记", "区委书记梁颂恒", None)], []),
    "hl:麦志坚": ("麦志坚", "official", "番禺区", [
        ("hl05", "番禺区委", "副书记", "区委副书记、区长麦志坚", "named in 相关新闻 too"),
        ("hl05", "番禺区政府", "区长", "区委副书记、区长麦志坚", None)], []),
    "hl:关振华": ("关振华", "official", "番禺区", [
        ("hl05", "番禺区委", "常委", "区委常委、常务副区长关振华", None),
        ("hl05", "番禺区政府", "常务副区长", "区委常委、常务副区长关振华", None)], []),
    "hl:何嘉欣": ("何嘉欣", "official", "番禺区", [
        ("hl05", "番禺区政府", "副区长", "副区长何嘉欣出席活动", None)], []),
    "hl:黎宇航": ("黎宇航", "official", "番禺区", [
        ("hl05", "番禺区投资促进局", "局长", "区投资促进局局长黎宇航", "区投资促进局 = 番禺's here, 雨花's in hl07")], []),
    "hl:陈锦棠": ("陈锦棠", "official", "番禺区", [
        ("hl05", "番禺区石楼镇党委", "书记", "石楼镇党委书记陈锦棠", None)], []),
    "hl:岑慧敏": ("岑慧敏", "official", "番禺区", [
        ("hl05", "番禺区化龙镇党委", "副书记", "化龙镇党委副书记、镇长岑慧敏", None),
        ("hl05", "番禺区化龙镇政府", "镇长", "化龙镇党委副书记、镇长岑慧敏", None)], []),
    # ---- 浙江 萧山
    "hl:楼建中": ("楼建中", "official", "萧山区", [
        ("hl06", "萧山区人大常委会", "副主任", "区人大常委会副主任楼建中一行来到闻堰街道", "named in the headline too")], []),
    "hl:俞晓霞": ("俞晓霞", "official", "萧山区", [
        ("hl06", "萧山区人大常委会财经工委", "主任", "区人大常委会财经工委主任俞晓霞", "DECIDED HERE: the 常委会's working committee as written")], []),
    "hl:沈国伟": ("沈国伟", "official", "萧山区", [
        ("hl06", "萧山区闻堰街道党工委", "书记", "街道党工委书记沈国伟", None)], []),
    "hl:韩晓澍": ("韩晓澍", "official", "萧山区", [
        ("hl06", "萧山区闻堰街道党工委", "副书记", "街道党工委副书记、办事处主任韩晓澍", None),
        ("hl06", "萧山区闻堰街道办事处", "主任", "街道党工委副书记、办事处主任韩晓澍", None)], []),
    "hl:来宏亮": ("来宏亮", "official", "萧山区", [
        ("hl06", "萧山区闻堰街道人大工委", "主任", "街道人大工委主任来宏亮", None)], []),
    # ---- 湖南 长沙 雨花
    "hl:喻建湘": ("喻建湘", "official", "雨花区", [
        ("hl07", "雨花区委", "副书记", "区委副书记、区长喻建湘出席会议并讲话", "2023-07 (identity case: 区委书记 in 2025, hl08)"),
        ("hl07", "雨花区政府", "区长", "区委副书记、区长喻建湘出席会议并讲话", None),
        ("hl08", "雨花区委", "书记", "雨花区委书记喻建湘", "2025-06: now 区委书记")], []),
    "hl:易文韬": ("易文韬", "official", "雨花区", [
        ("hl07", "雨花区委", "常委", "区委常委、常务副区长易文韬主持会议", "2023-07 (identity case: 区长 in 2025, hl08)"),
        ("hl07", "雨花区政府", "常务副区长", "区委常委、常务副区长易文韬主持会议", None),
        ("hl08", "雨花区委", "副书记", "区委副书记、区长易文韬参加调研", "2025-06: now 区委副书记、区长 (bare 区 after 雨花区委书记)"),
        ("hl08", "雨花区政府", "区长", "区委副书记、区长易文韬参加调研", None)], []),
    "hl:邹慧珊": ("邹慧珊", "official", "雨花区", [], ["hl07"]),
    "hl:彭志刚": ("彭志刚", "official", "雨花区", [], ["hl07"]),
    "hl:贺明辉": ("贺明辉", "official", "雨花区", [
        ("hl07", "雨花区投资促进局", "局长", "区投资促进局局长贺明辉", "区投资促进局 = 雨花's here, 番禺's in hl05")], []),
    "hl:肖丽君": ("肖丽君", "official", "雨花区", [
        ("hl07", "雨花区高桥街道党工委", "书记", "高桥街道党工委书记肖丽君", None)], []),
    "hl:龙志坚": ("龙志坚", "official", "雨花区", [
        ("hl07", "雨花区跳马镇党委", "书记", "跳马镇党委书记龙志坚作交流发言", "2023-07"),
        ("hl08", "雨花区跳马镇党委", "书记", "在跳马镇，镇党委书记龙志坚", "2025-06: the same post")], []),
    "hl:唐建伟": ("唐建伟", "official", "长沙市", [
        ("hl08", "长沙市政府", "副市长", "副市长唐建伟到雨花区调研", "bare 副市长 in the 长沙晚报; named in the headline and the 本版标题导航 too")], []),
    "hl:罗晓东": ("罗晓东", "official", "长沙市", [
        ("hl08", "长沙市政府", "副秘书长", "市政府副秘书长罗晓东", None)], []),
    # ---- 陕西 西安 未央 / 长安
    "hl:冯建峰": ("冯建峰", "official", "未央区", [
        ("hl09", "未央区委", "书记", "大会主席团常务主席、区委书记冯建峰", "大会主席团常务主席 is a session role (no line)")], []),
    "hl:樊立岷": ("樊立岷", "official", "未央区", [
        ("hl09", "未央区人大常委会", "主任", "大会执行主席、区人大常委会主任樊立岷", "大会执行主席 is a session role (no line)")], []),
    "hl:雷晓峥": ("雷晓峥", "official", "未央区", [
        ("hl09", "未央区委", "副书记", "区委副书记、区长雷晓峥", None),
        ("hl09", "未央区政府", "区长", "区委副书记、区长雷晓峥", None)], []),
    "hl:惠文娟": ("惠文娟", "official", "未央区", [
        ("hl09", "未央区政协", "主席", "区政协主席惠文娟", None)], []),
    "hl:权卓航": ("权卓航", "official", "西安市", [
        ("hl10", CA + "韦曲街道党工委", "书记", "街道党工委书记权卓航", "2023-11: 长安区 (also 石家庄's) takes 西安市 (identity case: 未央区 副区长 in 2025, hl09)"),
        ("hl09", "未央区委", "常委", "区委常委、副区长权卓航", "2025-01: now 未央区委常委、副区长"),
        ("hl09", "未央区政府", "副区长", "区委常委、副区长权卓航", None)], []),
    "hl:寇志宏": ("寇志宏", "official", CA, [
        ("hl10", CA + "委", "书记", "区委书记寇志宏深入韦曲街道", "named in the headline, the caption and 相关阅读 too")], []),
    "hl:项文博#2": ("项文博", "official", CA, [
        ("hl10", CA + "委", "常委", "区委常委、副区长项文博陪同调研", "西安 长安区, 2023-11; not the 项文博 of 北京 通州 (hl01)"),
        ("hl10", CA + "政府", "副区长", "区委常委、副区长项文博陪同调研", None)], []),
    "hl:同晓燕": ("同晓燕", "official", CA, [
        ("hl10", CA + "郭杜街道党工委", "副书记", "街道党工委副书记、办事处主任同晓燕", None),
        ("hl10", CA + "郭杜街道办事处", "主任", "街道党工委副书记、办事处主任同晓燕", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hl01", "庞若溪", "责任编辑", "editor", "责任编辑：庞若溪"),
    ("hl02", "程雨桐", "记者", "reporter", "本网讯（记者 程雨桐）"),
    ("hl02", "蔺佳怡", "编辑", "editor", "编辑：蔺佳怡"),
    ("hl03", "谢文婧", "记者", "reporter", "（记者 谢文婧　通讯员 苏晓岚）"),
    ("hl03", "苏晓岚", "通讯员", "correspondent", "（记者 谢文婧　通讯员 苏晓岚）"),
    ("hl05", "冯晓彤", "责任编辑", "editor", "责任编辑：冯晓彤"),
    ("hl06", "裘思琪", "通讯员", "correspondent", "通讯员：裘思琪"),
    ("hl06", "朱晓莹", "编辑", "editor", "编辑：朱晓莹"),
    ("hl07", "易佳", "责编", "editor", "责编：易佳"),
    ("hl07", "易佳", "一审", "editor", "一审：易佳"),
    ("hl07", "周卓然", "二审", "editor", "二审：周卓然"),
    ("hl07", "刘冠英", "三审", "editor", "三审：刘冠英"),
    ("hl08", "谌思远", "全媒体记者", "reporter", "本报讯（长沙晚报全媒体记者 谌思远）"),
    ("hl08", "杜若兰", "本版编辑", "editor", "本版编辑：杜若兰"),
    ("hl09", "屈文静", "责任编辑", "editor", "责任编辑：屈文静"),
    ("hl10", "党晓宁", "责任编辑", "editor", "责任编辑：党晓宁"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("hl01", "潞源街道、九棵树街道城市更新和招商引资调研", "inspection (调研)", "5月16日", None, "芮启衡", [],
     ["闵雅琴", "卞志恒"], ["项文博", "柴雨萱", "芮启衡", "闵雅琴"], "潞源街道、九棵树街道",
     "区委副书记、区长芮启衡到潞源街道、九棵树街道，调研城市更新、楼宇招商和重点项目推进情况",
     ["区长芮启衡到潞源街道、九棵树街道", "区委常委、副区长闵雅琴，区发展改革委主任卞志恒陪同调研", "街道工委书记项文博介绍了",
      "办事处主任柴雨萱汇报了", "芮启衡指出", "闵雅琴表示"]),
    ("hl02", "政协北京市昌平区第十四届委员会第三次会议开幕会", "session (政协会议开幕会)", "1月8日上午", "禹嘉树", None, ["政协北京市昌平区第十四届委员会"],
     ["栾世杰", "栗宏远", "闵雅琴", "蔚建军", "仝国梁", "苑子谦", "霍兰芝", "覃立勤"], ["裘淑芬", "佘文彬", "栗宏远"], "区会议中心",
     "政协北京市昌平区第十四届委员会第三次会议在区会议中心开幕",
     ["市政协副主席栾世杰，区委书记栗宏远，区委副书记、区长闵雅琴，区人大常委会主任蔚建军，区委副书记仝国梁等区领导出席会议",
      "区政协副主席禹嘉树主持开幕会", "区政协副主席苑子谦、霍兰芝，秘书长覃立勤在主席台前排就座", "区政协主席裘淑芬代表",
      "区政协副主席佘文彬作提案工作情况报告", "栗宏远在讲话中"]),
    ("hl03", "2023年度招商引资推进会暨重点项目签约仪式", "meeting (推进会暨签约仪式)", "7月28日上午", "沈怡青", None, ["桃浦镇"],
     ["虞一鸣", "缪晨阳", "钮海舟", "金丽萍"], ["顾俊杰", "虞一鸣", "钮海舟"], None,
     "7月28日上午，桃浦镇召开2023年度招商引资推进会暨重点项目签约仪式",
     ["区商务委主任虞一鸣，区投促办副主任缪晨阳", "会议由镇党委副书记、镇长沈怡青主持", "副镇长顾俊杰通报了",
      "虞一鸣就全区产业扶持政策作了解读", "在镇党委书记钮海舟，镇党委副书记、镇长沈怡青，镇人大主席金丽萍和缪晨阳的共同见证下",
      "钮海舟在讲话中指出"]),
    ("hl04", "区十七届人大常委会第二十三次会议", "meeting (人大常委会会议)", "3月26日下午", "忻卫民", None, ["徐汇区人大常委会"],
     ["黄敏华", "傅立群", "郁晓冬", "沈怡青", "费雅静"], ["沈怡青", "濮立诚", "费雅静", "忻卫民"], None,
     "3月26日下午，区十七届人大常委会举行第二十三次会议",
     ["区人大常委会主任忻卫民主持会议", _HL04_VICE, "副区长沈怡青，区监委、区法院、区检察院负责同志及区政府有关部门负责人列席会议",
      "副区长沈怡青受区政府委托所作的", "区发展改革委主任濮立诚关于", "人大工委主任费雅静列席会议，围绕", "忻卫民指出"]),
    ("hl05", "番禺区2024年招商推介大会暨重点项目集中签约仪式", "meeting (招商推介会暨签约仪式)", "3月5日", "关振华", None, [],
     ["谭嘉诚", "梁颂恒", "麦志坚", "何嘉欣", "陈锦棠", "岑慧敏"], ["梁颂恒", "麦志坚", "黎宇航"], "区会议中心",
     "3月5日，番禺区2024年招商推介大会暨重点项目集中签约仪式在区会议中心举行",
     ["市商务局副局长谭嘉诚，区委书记梁颂恒，区委副书记、区长麦志坚，区委常委、常务副区长关振华，副区长何嘉欣出席活动",
      "活动由关振华主持", "梁颂恒致辞表示", "麦志坚作番禺投资环境推介", "区投资促进局局长黎宇航发布了",
      "石楼镇党委书记陈锦棠、化龙镇党委副书记、镇长岑慧敏等镇街负责同志分别代表镇街与企业签约"]),
    ("hl06", "闻堰街道人大代表联络站建设和重点项目推进情况调研", "inspection (调研)", "4月10日下午", None, "楼建中", [],
     ["俞晓霞", "沈国伟", "韩晓澍", "来宏亮"], [], "闻堰街道",
     "区人大常委会副主任楼建中一行来到闻堰街道，调研人大代表联络站建设和重点项目推进情况",
     ["区人大常委会副主任楼建中一行来到闻堰街道", "区人大常委会财经工委主任俞晓霞参加调研",
      "街道党工委书记沈国伟，街道党工委副书记、办事处主任韩晓澍，街道人大工委主任来宏亮等陪同调研"]),
    ("hl06", "座谈会", "meeting (座谈会)", "4月10日下午", None, None, [],
     [], ["沈国伟", "来宏亮", "楼建中", "韩晓澍"], "闻堰街道",
     "在随后召开的座谈会上，沈国伟从街道基本情况",
     ["沈国伟从街道基本情况", "来宏亮汇报了", "他指出", "韩晓澍表示"]),
    ("hl07", "招商引资暨重大项目建设推进会", "meeting (推进会)", "7月11日", "易文韬", None, ["雨花区"],
     ["喻建湘", "邹慧珊", "彭志刚"], ["贺明辉", "肖丽君", "龙志坚", "喻建湘", "易文韬"], None,
     "7月11日，长沙市雨花区召开招商引资暨重大项目建设推进会",
     ["区长喻建湘出席会议并讲话", "常务副区长易文韬主持会议", "区领导邹慧珊、彭志刚参加", "区投资促进局局长贺明辉通报了",
      "高桥街道党工委书记肖丽君、跳马镇党委书记龙志坚作交流发言", "喻建湘强调", "易文韬就下半年招商引资和项目建设工作作了具体安排"]),
    ("hl08", "雨花区长株潭一体化发展和重点项目建设调研", "inspection (调研)", "6月18日", None, "唐建伟", [],
     ["罗晓东", "喻建湘", "易文韬"], ["龙志坚", "易文韬", "唐建伟", "喻建湘"], "雨花区",
     "副市长唐建伟到雨花区调研长株潭一体化发展和重点项目建设工作",
     ["副市长唐建伟到雨花区调研", "市政府副秘书长罗晓东，雨花区委书记喻建湘，区委副书记、区长易文韬参加调研",
      "镇党委书记龙志坚介绍了", "易文韬汇报了", "唐建伟指出", "喻建湘表示"]),
    ("hl09", "西安市未央区第十八届人民代表大会第五次会议开幕会", "session (人代会开幕会)", "2025年1月7日上午", "樊立岷", None, [],
     ["冯建峰", "雷晓峥", "惠文娟", "权卓航"], ["雷晓峥"], "区会议中心",
     "西安市未央区第十八届人民代表大会第五次会议在区会议中心隆重开幕",
     ["大会执行主席樊立岷主持开幕会", "大会主席团常务主席、区委书记冯建峰", "区委副书记、区长雷晓峥", "区政协主席惠文娟",
      "区委常委、副区长权卓航等在主席台就座", "雷晓峥代表区人民政府向大会作政府工作报告"]),
    ("hl10", "韦曲街道、郭杜街道招商引资和城市更新调研", "inspection (调研)", "11月14日", None, "寇志宏", [],
     ["项文博"], ["权卓航", "同晓燕", "寇志宏", "项文博"], "韦曲街道、郭杜街道",
     "区委书记寇志宏深入韦曲街道、郭杜街道，调研招商引资、城市更新和重点项目建设工作",
     ["区委书记寇志宏深入韦曲街道、郭杜街道", "区委常委、副区长项文博陪同调研", "街道党工委书记权卓航介绍了",
      "办事处主任同晓燕汇报了", "寇志宏指出", "项文博表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hl01", "潞源街道东夏园老旧小区综合整治项目", "housing_project", "先后来到潞源街道东夏园老旧小区综合整治项目"),
    ("hl02", "昌平生命谷国际精准医学产业园二期", "industrial_park", "昌平生命谷国际精准医学产业园二期"),
    ("hl02", "沙河高教园区北区综合交通枢纽", "infrastructure_project", "沙河高教园区北区综合交通枢纽等重点项目"),
    ("hl03", "李子园工业区转型升级项目", "project", "李子园工业区转型升级项目完成首批厂房腾退"),
    ("hl03", "桃浦智创城B区研发总部集群", "project", "桃浦智创城B区研发总部集群完成桩基施工"),
    ("hl04", "西岸数字谷三期城市更新项目", "housing_project", "西岸数字谷三期城市更新项目"),
    ("hl04", "漕河泾开发区徐汇片区提质扩容工程", "project", "漕河泾开发区徐汇片区提质扩容工程等重点区域和项目"),
    ("hl05", "番禺智能网联汽车零部件产业园二期", "industrial_park", "其中番禺智能网联汽车零部件产业园二期"),
    ("hl05", "化龙镇数字创意产业基地", "industrial_park", "化龙镇数字创意产业基地"),
    ("hl05", "石楼镇海鸥岛文旅综合开发项目", "project", "石楼镇海鸥岛文旅综合开发项目投资额均超过20亿元"),
    ("hl06", "闻堰老街有机更新项目", "project", "先后来到闻堰老街有机更新项目"),
    ("hl06", "三江口生态湿地提升工程", "greening_project", "三江口生态湿地提升工程和黄山村"),
    ("hl07", "雨花经开区智能装备产业园三期", "industrial_park", "雨花经开区智能装备产业园三期、高桥大市场"),
    ("hl07", "高桥大市场转型升级项目", "project", "高桥大市场转型升级项目、跳马镇"),
    ("hl07", "跳马镇绿心生态修复示范项目", "greening_project", "跳马镇绿心生态修复示范项目等重大项目有序推进"),
    ("hl08", "跳马镇绿心生态修复示范项目", "greening_project", "先后来到跳马镇绿心生态修复示范项目"),
    ("hl08", "雨花经开区智能装备产业园三期", "industrial_park", "雨花经开区智能装备产业园三期和长株潭"),
    ("hl08", "长株潭绿心中央公园雨花段", "greening_project", "长株潭绿心中央公园雨花段，详细了解"),
    ("hl09", "汉长安城遗址区保护展示", "project", "汉长安城遗址区保护展示、西安北站"),
    ("hl09", "西安北站枢纽片区综合开发二期", "project", "西安北站枢纽片区综合开发二期"),
    ("hl09", "未央湖智慧物流园", "logistics_hub", "未央湖智慧物流园等重点项目加快建设"),
    ("hl10", "韦曲老街更新改造项目", "project", "先后来到韦曲老街更新改造项目"),
    ("hl10", "郭杜科教创新产业园二期", "industrial_park", "郭杜科教创新产业园二期和神禾塬"),
    ("hl10", "神禾塬片区综合开发项目", "project", "神禾塬片区综合开发项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hl01", "潞源街道", "sub_district_office", "standalone", "到潞源街道、九棵树街道，调研"),
    ("hl01", "九棵树街道", "sub_district_office", "standalone", "到潞源街道、九棵树街道，调研"),
    ("hl01", "东夏园", "village", "in_project_name", "潞源街道东夏园老旧小区综合整治项目"),
    ("hl01", "运河商务区", "business_district", "standalone", "运河商务区北侧地块"),
    ("hl01", "北京城市副中心", "area", "standalone", "城市更新是北京城市副中心建设的重要抓手"),
    ("hl01", "副中心", "area", "standalone", "为副中心高质量发展注入新动能"),
    ("hl01", "通州", "district", "standalone", "推动更多优质项目落户通州"),
    ("hl02", "北京市", "municipality", "in_org_reference", "政协北京市昌平区第十四届委员会第三次会议在区会议中心开幕"),
    ("hl02", "昌平区", "district", "in_org_reference", "政协北京市昌平区第十四届委员会第三次会议在区会议中心开幕"),
    ("hl02", "回天地区", "region", "standalone", "聚焦回天地区治理"),
    ("hl02", "未来科学城", "zone_park", "standalone", "未来科学城建设"),
    ("hl02", "生命谷", "zone_park", "standalone", "生命谷产业发展"),
    ("hl02", "昌平", "district", "in_project_name", "昌平生命谷国际精准医学产业园二期"),
    ("hl02", "沙河高教园区", "zone_park", "in_project_name", "沙河高教园区北区综合交通枢纽"),
    ("hl03", "桃浦镇", "town", "standalone", "7月28日上午，桃浦镇召开"),
    ("hl03", "李子园工业区", "zone_park", "in_project_name", "李子园工业区转型升级项目完成首批厂房腾退"),
    ("hl03", "桃浦智创城", "zone_park", "in_project_name", "桃浦智创城B区研发总部集群完成桩基施工"),
    ("hl03", "桃浦", "town", "standalone", "招商引资是桃浦转型发展"),
    ("hl03", "普陀", "district", "standalone", "全镇上下要紧扣普陀"),
    ("hl04", "徐汇区", "district", "in_document_title", "《关于徐汇区2024年招商引资和营商环境建设情况的报告》"),
    ("hl04", "徐家汇商圈", "business_district", "standalone", "徐家汇商圈、西岸数字谷三期"),
    ("hl04", "西岸", "area", "in_project_name", "西岸数字谷三期城市更新项目"),
    ("hl04", "漕河泾开发区", "development_zone", "in_project_name", "漕河泾开发区徐汇片区提质扩容工程"),
    ("hl04", "凌云街道", "sub_district_office", "in_title", "凌云街道党工委书记、人大工委主任费雅静"),
    ("hl04", "徐汇", "district", "standalone", "优化营商环境是徐汇高质量发展的关键一招"),
    ("hl05", "番禺区", "district", "standalone", "3月5日，番禺区2024年招商推介大会"),
    ("hl05", "番禺", "district", "standalone", "番禺地处粤港澳大湾区几何中心"),
    ("hl05", "粤港澳大湾区", "region", "standalone", "番禺地处粤港澳大湾区几何中心"),
    ("hl05", "石楼镇", "town", "in_title", "石楼镇党委书记陈锦棠"),
    ("hl05", "化龙镇", "town", "in_title", "化龙镇党委副书记、镇长岑慧敏"),
    ("hl05", "海鸥岛", "island", "in_project_name", "石楼镇海鸥岛文旅综合开发项目"),
    ("hl06", "闻堰街道", "sub_district_office", "standalone", "一行来到闻堰街道，调研"),
    ("hl06", "闻堰老街", "street", "in_project_name", "先后来到闻堰老街有机更新项目"),
    ("hl06", "三江口", "area", "standalone", "依托湘湖和三江口资源"),
    ("hl06", "湘湖", "lake", "standalone", "依托湘湖和三江口资源"),
    ("hl06", "黄山村", "village", "standalone", "黄山村人大代表联络站"),
    ("hl06", "闻堰", "sub_district_office", "standalone", "闻堰地处三江汇流区域"),
    ("hl07", "长沙市", "city", "standalone", "7月11日，长沙市雨花区召开"),
    ("hl07", "雨花区", "district", "standalone", "7月11日，长沙市雨花区召开"),
    ("hl07", "雨花经开区", "development_zone", "in_project_name", "雨花经开区智能装备产业园三期、高桥大市场"),
    ("hl07", "高桥大市场", "market", "in_project_name", "高桥大市场转型升级项目、跳马镇"),
    ("hl07", "跳马镇", "town", "in_project_name", "跳马镇绿心生态修复示范项目等重大项目有序推进"),
    ("hl07", "绿心", "region", "in_project_name", "跳马镇绿心生态修复示范项目等重大项目有序推进"),
    ("hl07", "高桥街道", "sub_district_office", "in_title", "高桥街道党工委书记肖丽君"),
    ("hl08", "雨花区", "district", "standalone", "副市长唐建伟到雨花区调研"),
    ("hl08", "长株潭", "region", "standalone", "雨花区是长株潭一体化发展的前沿阵地"),
    ("hl08", "绿心地区", "region", "standalone", "加快推动绿心地区保护与发展"),
    ("hl08", "绿心", "region", "standalone", "在保护好绿心的前提下"),
    ("hl08", "跳马镇", "town", "standalone", "在跳马镇，镇党委书记龙志坚"),
    ("hl08", "雨花经开区", "development_zone", "in_project_name", "雨花经开区智能装备产业园三期和长株潭"),
    ("hl08", "长株潭绿心中央公园", "park", "in_project_name", "长株潭绿心中央公园雨花段，详细了解"),
    ("hl09", "西安市", "city", "standalone", "2025年1月7日上午，西安市未央区"),
    ("hl09", "未央区", "district", "standalone", "2025年1月7日上午，西安市未央区"),
    ("hl09", "汉长安城遗址区", "heritage_site", "in_project_name", "汉长安城遗址区保护展示、西安北站"),
    ("hl09", "西安北站", "railway_station", "in_project_name", "西安北站枢纽片区综合开发二期"),
    ("hl09", "未央湖", "lake", "in_project_name", "未央湖智慧物流园等重点项目加快建设"),
    ("hl09", "西安经开区", "development_zone", "standalone", "与西安经开区协同招商"),
    ("hl09", "西安", "city", "standalone", "全力打造西安北部中心"),
    ("hl10", "韦曲街道", "sub_district_office", "standalone", "深入韦曲街道、郭杜街道，调研"),
    ("hl10", "郭杜街道", "sub_district_office", "standalone", "深入韦曲街道、郭杜街道，调研"),
    ("hl10", "韦曲老街", "street", "in_project_name", "先后来到韦曲老街更新改造项目"),
    ("hl10", "郭杜", "area", "in_project_name", "郭杜科教创新产业园二期和神禾塬"),
    ("hl10", "神禾塬", "plateau", "in_project_name", "神禾塬片区综合开发项目现场"),
    ("hl10", "秦岭", "mountain", "standalone", "要用好秦岭生态"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hl", conventions="set hl (blind set: held-out-like mix, 26th round — district level in 北京 (北京市通州区, 昌平区), 上海 (上海市普陀区桃浦镇, 徐汇区), 广东 (广州 番禺区), 浙江 (杭州 萧山区 闻堰街道), 湖南 (长沙 雨花区) and 陕西 (西安 未央区, 西安市长安区): district names shared by several cities take their city (北京市通州区, 上海市普陀区, 西安市长安区); bare 区 organs are the page's district, bare 市 its city or municipality; 北京's 街道工委 as written, elsewhere 街道党工委, 街道办事处, 街道人大工委, 镇党委 / 镇政府 / 镇人大 after the district label; 区投促办 and 区人大常委会财经工委 as written; 区政协 主席 / 副主席 / 秘书长 and 区人大常委会 主任 / 副主任; 大会主席团常务主席 and 大会执行主席 are session roles (no line); 区领导 no post; one line per post per article)",
          persons_note="Set hl persons. id = corpus-wide person_id (hl:项文博#1 of 北京市通州区潞源街道 and hl:项文博#2 of 西安市长安区 (区委常委、副区长) are two people, both in 2023; hl:闵雅琴 北京市通州区委常委、副区长 2023 → 昌平区委副书记、区长 2024; hl:沈怡青 上海市普陀区桃浦镇党委副书记、镇长 2023 → 徐汇区 副区长 2025; hl:权卓航 西安市长安区韦曲街道党工委书记 2023 → 未央区委常委、副区长 2025; hl:喻建湘 雨花区长 2023 → 雨花区委书记 2025; hl:易文韬 雨花区 常务副区长 2023 → 区长 2025)")


if __name__ == "__main__":
    main()
