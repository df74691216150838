"""Write gold part ``em`` (a blind set: 群团 news — 县总工会, 团县委 / 团市委, 县妇联, 县残联, 县工商联, 县科协 — their
congresses, 执委会 / 全委会 and their leaders' visits; the League's bare 团县委 next to a county named with 团 (团风县);
organs named with a party or group word before the level: 团市委, 团团风县委, 民盟市委, 市总工会) from the tables below.

Pages ``tests/dev/texts/em*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: 团代会 reports (the 安康 团市委 site's 平利 团代会 ``县委书记…，县委常委、
宣传部长…出席开幕式…石凯代表共青团平利县第十九届委员会作工作报告…各代表团讨论了工作报告``; the 通榆 site ``中国共产主义青年团通榆县
第十五次代表大会…共青团白城市委副书记…到会祝贺…县总工会代表群团组织向大会致贺词``; 蒲城 ``…当选新一届团县委书记``; 固镇; 西乡
``团市委副书记…、县委书记…莅临指导…团县委书记…代表共青团西乡县第十五届委员会作了…工作报告``; the 嵊泗新闻网 page ``来源: 浙江在线-
嵊泗新闻网 作者:``); a 靖边 团县委 全委（扩大）会议 (``团县委副书记…主持…团县委书记…代表共青团靖边县第十五届委员会``); 团市委
调研 pages (德清 ``团市委书记…，德清县委书记…以及团县委负责同志陪同``; 安庆 团市委 to 宿松 / 太湖; 淮北 ``团淮北市委书记…、团淮北市委
副书记…赴濉溪县督导…团濉溪县委主要负责同志陪同``; 广安 团市委 in 武胜 ``与团武胜县委进行座谈``; ``团泽州县委``); 工会 pages (the
四川先锋网 开江县总工会 工会代表会议 ``县委常委、统战部部长、县总工会主席…主持会议``, ``更新时间: 浏览量:``, ``上一篇: 下一篇:``;
a 县总工会 全委会 ``县委副书记、组织部长、县总工会主席…出席…县总工会党组书记、常务副主席…主持会议并作…工作报告``; 汕尾
``市人大常委会副主任、市总工会主席``; the 驻马店 市总工会 观摩 in 西平 ``县人大常委会副主任、县总工会主席…陪同观摩``; the 夏邑 site
``来源:县广电局 发布时间:… 浏览次数: 【字体:``, ``分享到: 【打印正文】``; a 台前 县人大 page ``市总工会组织部部长…莅临…县人大常委会
副主任、县总工会主席…陪同``; 杭州 下城区 ``区人大常委会副主任、区总工会主席…，区总工会党组书记、常务副主席``); 妇联 pages (修水 and
岳西 ``县妇联十届四次执委（扩大）会议…县妇联主席…作了…工作报告``, ``会议增补了…执委，表决通过了…任县妇联副主席``; the 通道融媒
妇代会 ``来源:通道融媒 作者:… 编辑:… —分享—``; 兴山区 妇代会 ``【发布时间:…】 【阅读次数:``, ``区团委书记…致了贺词``; 开福区
妇代会 ``…当选为区妇联主席``); 残联 助残日 and 慰问 pages (于都 ``县残联党组书记、理事长…在…走访慰问``; 宿松融媒 ``县残联党组成员、
副理事长…``; 苍南 ``县残联党组书记、理事长…，党组成员、副理事长…``); 工商联 congresses (嘉善 ``…当选县工商联主席、总商会会长``,
``嘉兴市委统战部副部长、市工商联（总商会）党委书记…到会祝贺``; 浮山 ``市工商联副主席…，县委副书记、统战部部长…出席``; 郊区
``市工商联党组成员、副主席…``; 源汇区 ``…第六次会员代表大会暨六届一次执委会``); 科协 pages (茶陵 and 微山 科协代表大会 ``县人大
常委会副主任、县科协主席…向大会作工作报告``, ``市科协党组书记、主席…出席会议并致辞``; 南县; 荆州 科普日 ``市科协党组书记``;
驻马店 科技活动周 ``责任编辑: 文章来源:``). Places are real; 临西县 and 兴文县 are new to the corpus, 团风县 / 浠水县 / 黄冈 (parts dc, dd, ed) and 昭平县 (part bm) are not: 湖北
黄冈 (团风县 site twice, the 黄冈日报; 浠水县, 黄冈高新区), 河北 邢台 (临西县 site, the 临西 news portal, the 邢台日报; 临西
经济开发区), 四川 宜宾 (兴文县 site, the 兴文 news portal, the 共青团宜宾市委 site; 兴文经济开发区, 兴文石海), 广西 贺州 (the
贺州新闻网 portal page of 昭平县).

Shapes: a county site's 团代会 opening (县委副书记 speaks, 县委常委、组织部部长 chairs, the city's 团市委副书记 greets, the 县总工会
党组书记、常务副主席 greets for the 群团组织, the 团县委书记 reports, a town's 团委书记 speaks; the 十五届一次全委会 elects 书记 and
副书记) with the trap ``闵志坚代表团风县委`` (the county's party committee after ``代表``) (em01); a city paper's 第02版 with two
articles: a 团市委 启动仪式 in 团风县 (团市委书记 / 团市委副书记, ``团风县委常委、宣传部部长``, ``团团风县委书记``) and a 市总工会
全委（扩大）会议 (``市人大常委会副主任、市总工会主席``, 党组书记、常务副主席 reports, a 补选 副主席) (em02); a county site's 县妇联
执委（扩大）会议 (统战部部长 speaks, 副主席 chairs, 党组书记、主席 reports, 增补 副主席; ``团风县委十五届三次全会`` next to a bare
``团县委``) (em03); a county site's 工会代表大会 (县委书记, the city's 市总工会党组成员、副主席, 县长, ``县人大常委会副主任、县总工会
主席``, 党组书记、常务副主席 reports; elections) (em04); a county news portal (作者 / 编辑 line, share buttons, 相关新闻) of a 助残日
activity chaired by the 县残联党组书记、理事长 (the former 总工会 常务副主席) (em05); a city paper's 第03版 with two articles: the
市总工会 head's 调研 in 临西县 and a 民盟市委 主委会议 (``市政协副主席、民盟市委主委``, ``市委统战部副部长``, ``民盟市委副主委``)
(em06); a county site's 工商联（总商会） 会员代表大会 with the 市工商联 党组成员、副主席 and the election of a 县政协副主席 as 县工商联
主席、总商会会长 (em07); a county news portal of a 科技活动周 启动仪式 chaired by the 县科协党组书记、主席 (the former 团县委书记)
(em08); the 团市委 site of the 团市委书记's 调研 in 兴文县 (``兴文县委常委、组织部部长…，团县委书记…陪同``) (em09); a city news
portal (``本网讯``) of a county 总工会's 金秋助学 发放仪式 with a three-title chain ``县委常委、统战部部长、县总工会主席`` (em10).

Identity cases:
- em:罗惠敏 moves from a county to the city: 共青团团风县委 书记 in April 2021 (em01) → 共青团黄冈市委 副书记 in May 2023 (em02).
- em:汪沁柔 rises in one county's League: elected 共青团团风县委 副书记 in April 2021 (em01) → 书记 in May 2023 (em02, written
  ``团团风县委书记``).
- em:滕玉岚 moves between 群团 of one county: 团风县总工会党组 书记 + 常务副主席 in April 2021 (em01) → 团风县妇联党组 书记 +
  团风县妇联 主席 in Feb 2022 (em03).
- em:陶凤琴 likewise in 临西县: 临西县总工会党组 书记 + 常务副主席 in June 2021 (em04) → 临西县残联党组 书记 + 理事长 in May 2023
  (em05).
- em:贾振岳 rises in 邢台市总工会: 党组成员、副主席 in June 2021 (em04) → 党组书记、常务副主席 in April 2024 (em06).
- em:母雅婷 moves from the League to the 科协 in 兴文县: 共青团兴文县委 书记 in Aug 2023 (em09) → 兴文县科协党组 书记 + 主席 in
  May 2024 (em08).
- the same official across years: em:孔繁屹 临西县人大常委会 副主任 + 临西县总工会 主席 (em04 2021, em06 2024).
- two different 蔺文骞, both 党组书记、常务副主席 of a county's 群团 in 2022, in unrelated places: em:蔺文骞#1 兴文县工商联 (四川,
  em07); em:蔺文骞#2 昭平县总工会 (广西, em10).
- one organ name in several places: bare ``团县委`` is 团风's (em01, em02, em03), 临西's (em05), 兴文's (em08, em09) and 昭平's
  (em10); ``团市委`` is 黄冈's (em01, em02) and 宜宾's (em09); ``市总工会`` is 黄冈's (em02), 邢台's (em04, em06) and 贺州's
  (em10); ``县总工会`` is 团风's (em01, em03), 临西's (em04, em06) and 昭平's (em10); ``县妇联`` is 团风's, 临西's and 昭平's.
- the traps of the part: 团县委 / 团团风县委 (共青团团风县委) vs 团风县委 (the party committee of 团风县) and ``代表团风县委`` (代表
  + 团风县委, not 代表团); 团市委书记 is no 市委书记; 民盟市委 is no 邢台市委; 市总工会 / 县工商联 / 县科协 are no 政府; 兴文县委 and
  团县委 in one sentence (em09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts az and ay where they speak; decided here where they are silent):
- The League (as az): ``团县委`` on a county site or in an article about that county → ``共青团<county>委`` (共青团团风县委,
  共青团兴文县委); ``团市委`` on a city site, in a city paper or on a county site of that city → ``共青团<city>委`` (共青团黄冈市委,
  共青团宜宾市委). DECIDED HERE: the form ``团<place>委`` (``团团风县委书记汪沁柔``, as real pages write 团淮北市委, 团濉溪县委)
  folds into the same label, 共青团团风县委; ``团风县委`` is the party committee of 团风县 (label 团风县 + 委, as CONVENTIONS),
  so ``团风县委常委、宣传部部长鲍晋川`` → 团风县委 常委 + 团风县委宣传部 部长. ``代表团风县委`` and ``团风县委十五届三次全会`` name
  no person.
- DECIDED HERE: a town's League committee is county label + town + ``团委`` as written, as a town's 党委 is (part ed):
  ``团风镇团委书记晏子轩`` → 团风县团风镇团委 书记.
- 群团 as az: org = place + short name as written (团风县总工会, 黄冈市总工会, 临西县残联, 兴文县工商联, 兴文县科协, 团风县妇联);
  their 党组 is an org of its own (``党组书记`` → X党组 书记, ``党组成员`` → X党组 成员); titles as written: 主席, 常务副主席,
  副主席, 理事长, 副理事长. ``市总工会`` / ``市工商联`` / ``市科协`` on a county page are the parent city's (邢台, 宜宾; on the
  贺州 city portal 贺州's); the 民盟 city committee as ay: ``民盟市委主委`` → 民盟邢台市委 主委, ``民盟市委副主委`` → 副主委.
- Elections, 补选 and 增补 are holdings (as az): ``…当选团县委书记``, ``汪沁柔、胡梦洁当选团县委副书记``, ``孔繁屹当选县总工会
  主席``, ``补选雷思远为市总工会十届委员会副主席``, ``增补黄晓薇为县妇联副主席``; a post held in the lead and re-elected later in the
  same article gives one line with the lead's evidence (罗惠敏, 孔繁屹, 陶凤琴, 蔺文骞#1).
- DECIDED HERE: ``县政协副主席苟鸿川当选县工商联主席、总商会会长`` gives 兴文县政协 副主席 + 兴文县工商联 主席 and no line for
  ``总商会会长`` (the 总商会 is the 工商联 under its other name; its 会长 title is the association side, as CONVENTIONS keeps a
  会长 of an association out; the 主席 line carries the post). The 兼职副主席、副会长 are not named.
- Bare organs take the page's place: on the 团风 / 临西 / 兴文 sites bare 县委 / 县 / 县X are that county's; in a city paper an
  article's bare 县 organs follow its ``X县委…`` lead (``临西县委常委、常务副县长郗立伟，县人大常委会副主任、县总工会主席孔繁屹`` →
  临西); on the 贺州 portal page about 昭平县, ``县委常委、统战部部长、县总工会主席`` → 昭平县委 常委 + 昭平县委统战部 部长 +
  昭平县总工会 主席 (a three-title chain split at ``、``).
- Events: the 团代会, 工会代表大会 and 工商联 会员代表大会 opening sessions are ``congress`` (主持 = chair; 讲话 / 致辞 / 致贺词 /
  作工作报告 / 发言 = speakers; 出席 / 到会 = attendees); the 全委会 / 执委会 that elects on the congress's afternoon is part of the
  congress (as az); a standalone 执委（扩大）会议 / 全委（扩大）会议 and the 民盟 主委会议 are meetings; 启动仪式 and 发放仪式 are
  ``ceremony``; the 助残日 活动 an ``activity``; 调研 an ``inspection`` (带队 = leader; 陪同 = attendees; 汇报 / 介绍 / 指出 / 表示
  / 作了安排 = speakers; a 座谈交流 during it is part of it, as part aa).
- Bylines: ``本报讯（记者 … 通讯员 …）`` give reporter / correspondent lines; a portal's ``作者：`` is an author line, ``编辑：`` /
  ``责任编辑：`` / ``本版编辑：`` / ``校对：`` / ``美编：`` are editor lines; organ credits (``（团县委 供稿）``, ``（团市委组织部
  供稿）``) name no person (as az).
- Projects: works named as under way or to be pushed (…工程, …项目, …产业园, …基地); campaigns and brands (青春助力, 青春护河,
  妇女微家, 金秋助学, 工会驿站, 青年夜校, 万企兴万村), venues (县会议中心, 县职工服务中心 as a venue) and 调研 课题 are not.
- Places: one line per name per file as written; places in org references, titles and project names count; DECIDED HERE: the
  place in a 民盟 org name (``民盟邢台市委``, ``民盟河北省委``) counts too, as az counts 团委 org references (part ay left them out);
  site lines, mastheads, venues, footers, addresses and 上一篇 / 下一篇 / 相关新闻 lists are not annotated; a zone written in full is
  annotated as written (``临西经济开发区``, ``兴文经济开发区``), ``黄冈高新区`` as written.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "em01_tuanfeng.txt": (2021, "发布时间：2021-04-30 09:15", "团风县", [
        ("共青团团风县第十五次代表大会开幕", "4月29日上午", "2021-04-29", "4月29日上午，共青团团风县",
         "county site: 团代会 opening (县委副书记, 组织部部长 chairs, 团市委副书记, 县总工会 head greets, 团县委书记 reports, 团风镇团委书记); elections; trap 代表团风县委")]),
    "em02_huanggang.txt": (2023, "2023年5月13日　星期六", "黄冈市", [
        ("全市“青春建功”青年志愿服务季在团风启动", "5月12日", "2023-05-12", "本报讯（记者 阮昕冉 通讯员 黄子墨）5月12日",
         "city paper 第02版 article 1: 团市委 启动仪式 in 团风县 (团市委书记, 团市委副书记 = the former 团风 团县委书记, 团风县委常委, 团团风县委书记)"),
        ("市总工会召开十届四次全委（扩大）会议", "5月12日", "2023-05-12", "本报讯（记者 殷佳蔚）5月12日",
         "article 2: 市总工会 全委（扩大）会议 (市人大常委会副主任、市总工会主席; 党组书记、常务副主席 reports; 补选 副主席)")]),
    "em03_tuanfeng.txt": (2022, "发布时间：2022-02-25 16:32", "团风县", [
        ("县妇联召开十五届三次执委（扩大）会议", "2月24日", "2022-02-24", "2月24日，县妇联召开",
         "county site: 县妇联 执委（扩大）会议; the former 总工会 常务副主席 now 妇联党组书记、主席; 增补 副主席; 团风县委 vs 团县委")]),
    "em04_linxi.txt": (2021, "发布日期：2021-06-18", "临西县", [
        ("临西县工会第十次代表大会隆重开幕", "6月17日上午", "2021-06-17", "6月17日上午，临西县工会",
         "county site: 工会代表大会 (县委书记, 市总工会党组成员、副主席, 县长, 县人大常委会副主任、县总工会主席; 党组书记、常务副主席 reports; elections)")]),
    "em05_linxi.txt": (2023, "2023-05-22 10:41", "临西县", [
        ("我县举办第三十三次全国助残日主题活动", "5月21日", "2023-05-21", "5月21日是第三十三次全国助残日",
         "county portal: 助残日 activity (副县长; 县残联党组书记、理事长 = the former 总工会 常务副主席 chairs; 副理事长); 团县委 co-organizer")]),
    "em06_xingtai.txt": (2024, "2024年4月19日　星期五", "邢台市", [
        ("市总工会到临西县调研产业工人队伍建设改革工作", "4月18日", "2024-04-18", "本报讯（记者 武欣悦）4月18日",
         "city paper 第03版 article 1: 市总工会党组书记、常务副主席's 调研 in 临西县 (临西县委常委、常务副县长; 县总工会主席)"),
        ("民盟市委召开主委会议", "4月17日", "2024-04-17", "本报讯（通讯员 冯梓萌）4月17日",
         "article 2: 民盟市委 主委会议 (市政协副主席、民盟市委主委; 市委统战部副部长; 副主委); trap 民盟市委 ≠ 市委")]),
    "em07_xingwen.txt": (2022, "发布时间：2022-11-25 17:08", "兴文县", [
        ("兴文县工商业联合会（总商会）第八次会员代表大会召开", "11月24日", "2022-11-24", "11月24日，兴文县工商业联合会",
         "county site: 工商联 会员代表大会 (县委副书记, 市工商联党组成员、副主席, 统战部部长 chairs; 党组书记、常务副主席 reports; 县政协副主席 elected 主席、总商会会长)")]),
    "em08_xingwen.txt": (2024, "2024-05-21 18:22", "兴文县", [
        ("我县启动2024年科技活动周", "5月20日", "2024-05-20", "5月20日，兴文县2024年科技活动周",
         "county portal: 科技活动周 启动仪式 (副县长, 市科协党组成员、副主席; 县科协党组书记、主席 = the former 团县委书记 chairs; 科技局局长)")]),
    "em09_yibin.txt": (2023, "发布时间：2023-08-16", "宜宾市", [
        ("团市委书记税晓峰到兴文县调研县域共青团工作", "8月15日", "2023-08-15", "8月15日，团市委书记税晓峰",
         "团市委 site: the 团市委书记's 调研 in 兴文县 (团市委副书记, 兴文县委常委、组织部部长, 团县委书记)")]),
    "em10_zhaoping.txt": (2022, "2022-08-26 11:05:32", "昭平县", [
        ("昭平县总工会开展2022年“金秋助学”活动", "8月25日", "2022-08-25", "本网讯 8月25日",
         "city portal: county 总工会 金秋助学 发放仪式 (市总工会党组成员、副主席; 县委常委、统战部部长、县总工会主席; 党组书记、常务副主席 chairs)")]),
}

_E01_TENG = "县总工会党组书记、常务副主席滕玉岚代表全县各群团组织致贺词"
_E01_RENDA = "县人大常委会副主任邬振霖、副县长桂晓燕出席"
_E02_RAO = "市人大常委会副主任、市总工会主席饶鹤鸣出席会议并讲话"
_E02_GAN = "市总工会党组书记、常务副主席甘露萍代表市总工会十届常委会作工作报告"
_E04_KONG = "县人大常委会副主任、县总工会主席孔繁屹出席开幕式"
_E04_TAO = "县总工会党组书记、常务副主席陶凤琴代表县总工会第九届委员会向大会作工作报告"
_E06_JIA = "市总工会党组书记、常务副主席贾振岳带队到临西县"
_E06_HAN = "市政协副主席、民盟市委主委韩素筠主持召开"
_E06_MENG = "民盟市委副主委耿立舟、邸雅楠参加会议"
_E07_LIN = "县工商联党组书记、常务副主席蔺文骞代表县工商联第七届执行委员会作工作报告"
_E07_GOU = "县政协副主席苟鸿川当选县工商联主席、总商会会长"
_E08_MU = "县科协党组书记、主席母雅婷主持启动仪式"
_E10_WEI = "县委常委、统战部部长、县总工会主席韦永赓出席并讲话"
_E10_LIN = "县总工会党组书记、常务副主席蔺文骞主持仪式"
_TF, _HG, _LX, _XT, _XW, _YB, _ZP, _HZ = "团风县", "黄冈市", "临西县", "邢台市", "兴文县", "宜宾市", "昭平县", "贺州市"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 黄冈: 团风县
    "em:闵志坚": ("闵志坚", "official", _TF, [
        ("em01", _TF + "委", "副书记", "县委副书记闵志坚出席开幕式并讲话", "2021; ``代表团风县委`` later is 代表 + 团风县委, no post")], []),
    "em:夏婉清": ("夏婉清", "official", _TF, [
        ("em01", _TF + "委", "常委", "县委常委、组织部部长夏婉清主持开幕式", None),
        ("em01", _TF + "委组织部", "部长", "县委常委、组织部部长夏婉清主持开幕式", None)], []),
    "em:邬振霖": ("邬振霖", "official", _TF, [
        ("em01", _TF + "人大常委会", "副主任", _E01_RENDA, None)], []),
    "em:桂晓燕": ("桂晓燕", "official", _TF, [
        ("em01", _TF + "政府", "副县长", _E01_RENDA, None)], []),
    "em:詹若琳": ("詹若琳", "official", _HG, [
        ("em01", "共青团黄冈市委", "副书记", "团市委副书记詹若琳到会祝贺", "团市委 on the 团风县 site = 黄冈's (a county has no 团市委)")], []),
    "em:滕玉岚": ("滕玉岚", "official", _TF, [
        ("em01", _TF + "总工会党组", "书记", _E01_TENG, "2021 (identity case: 县妇联 主席 in 2022, em03)"),
        ("em01", _TF + "总工会", "常务副主席", _E01_TENG, None),
        ("em03", _TF + "妇联党组", "书记", "县妇联党组书记、主席滕玉岚作工作报告", "2022: moved from the 总工会 to the 妇联"),
        ("em03", _TF + "妇联", "主席", "县妇联党组书记、主席滕玉岚作工作报告", None)], []),
    "em:罗惠敏": ("罗惠敏", "official", _TF, [
        ("em01", "共青团团风县委", "书记", "团县委书记罗惠敏代表共青团团风县第十四届委员会", "2021; re-elected the same afternoon (one line); 团县委 = 共青团团风县委, not 团风县委"),
        ("em02", "共青团黄冈市委", "副书记", "团市委副书记罗惠敏主持启动仪式", "2023: moved from the county's League to the city's")], []),
    "em:晏子轩": ("晏子轩", "official", _TF, [
        ("em01", _TF + "团风镇团委", "书记", "团风镇团委书记晏子轩", "DECIDED HERE: a town's 团委 = county label + town + 团委 (团风镇 is 团风县's seat)")], []),
    "em:汪沁柔": ("汪沁柔", "official", _TF, [
        ("em01", "共青团团风县委", "副书记", "汪沁柔、胡梦洁当选团县委副书记", "2021: elected"),
        ("em02", "共青团团风县委", "书记", "团团风县委书记汪沁柔介绍了", "2023; DECIDED HERE: 团团风县委 (团 + 团风县委) = 共青团团风县委")], []),
    "em:胡梦洁": ("胡梦洁", "official", _TF, [
        ("em01", "共青团团风县委", "副书记", "汪沁柔、胡梦洁当选团县委副书记", "elected; list after one title")], []),
    "em:鲍晋川": ("鲍晋川", "official", _TF, [
        ("em02", _TF + "委", "常委", "团风县委常委、宣传部部长鲍晋川致辞", "团风县委 is the party committee (the trap: not a 团县委)"),
        ("em02", _TF + "委宣传部", "部长", "团风县委常委、宣传部部长鲍晋川致辞", None)], []),
    "em:严慧敏": ("严慧敏", "official", _TF, [
        ("em03", _TF + "委", "常委", "县委常委、统战部部长严慧敏出席会议并讲话", None),
        ("em03", _TF + "委统战部", "部长", "县委常委、统战部部长严慧敏出席会议并讲话", None)], []),
    "em:周诗琪": ("周诗琪", "official", _TF, [
        ("em03", _TF + "妇联", "副主席", "会议由县妇联副主席周诗琪主持", None)], []),
    "em:黄晓薇": ("黄晓薇", "official", _TF, [
        ("em03", _TF + "妇联", "副主席", "增补黄晓薇为县妇联副主席", "增补 (elected by the 执委会)")], []),
    # ---- 黄冈市
    "em:柯明轩": ("柯明轩", "official", _HG, [
        ("em02", "共青团黄冈市委", "书记", "团市委书记柯明轩出席并讲话", "the trap: 团市委书记 is no 黄冈市委 书记")], []),
    "em:饶鹤鸣": ("饶鹤鸣", "official", _HG, [
        ("em02", _HG + "人大常委会", "副主任", _E02_RAO, None),
        ("em02", _HG + "总工会", "主席", _E02_RAO, None)], []),
    "em:甘露萍": ("甘露萍", "official", _HG, [
        ("em02", _HG + "总工会党组", "书记", _E02_GAN, None),
        ("em02", _HG + "总工会", "常务副主席", _E02_GAN, None)], []),
    "em:雷思远": ("雷思远", "official", _HG, [
        ("em02", _HG + "总工会", "副主席", "会议补选雷思远为市总工会十届委员会副主席", "补选 (as ay's 补选)")], []),
    # ---- 邢台: 临西县
    "em:冀宏斌": ("冀宏斌", "official", _LX, [
        ("em04", _LX + "委", "书记", "县委书记冀宏斌出席开幕式并讲话", None)], []),
    "em:贾振岳": ("贾振岳", "official", _XT, [
        ("em04", _XT + "总工会党组", "成员", "市总工会党组成员、副主席贾振岳到会致辞", "2021: 市总工会 on the 临西县 site = 邢台's (identity case: 党组书记 in 2024, em06)"),
        ("em04", _XT + "总工会", "副主席", "市总工会党组成员、副主席贾振岳到会致辞", None),
        ("em06", _XT + "总工会党组", "书记", _E06_JIA, "2024: now 党组书记、常务副主席"),
        ("em06", _XT + "总工会", "常务副主席", _E06_JIA, None)], []),
    "em:牛立群": ("牛立群", "official", _LX, [
        ("em04", _LX + "委", "副书记", "县委副书记、县长牛立群", None),
        ("em04", _LX + "政府", "县长", "县委副书记、县长牛立群", None)], []),
    "em:孔繁屹": ("孔繁屹", "official", _LX, [
        ("em04", _LX + "人大常委会", "副主任", _E04_KONG, "2021"),
        ("em04", _LX + "总工会", "主席", _E04_KONG, "re-elected in the afternoon (one line)"),
        ("em06", _LX + "人大常委会", "副主任", "县人大常委会副主任、县总工会主席孔繁屹陪同调研", "2024: bare 县 after 临西县委常委 in the 邢台日报"),
        ("em06", _LX + "总工会", "主席", "县人大常委会副主任、县总工会主席孔繁屹陪同调研", None)], []),
    "em:萧振东": ("萧振东", "official", _LX, [
        ("em04", _LX + "委", "副书记", "县委副书记萧振东主持开幕式", None)], []),
    "em:陶凤琴": ("陶凤琴", "official", _LX, [
        ("em04", _LX + "总工会党组", "书记", _E04_TAO, "2021 (identity case: 县残联 理事长 in 2023, em05)"),
        ("em04", _LX + "总工会", "常务副主席", _E04_TAO, "re-elected in the afternoon (one line)"),
        ("em05", _LX + "残联党组", "书记", "县残联党组书记、理事长陶凤琴主持活动", "2023: moved from the 总工会 to the 残联"),
        ("em05", _LX + "残联", "理事长", "县残联党组书记、理事长陶凤琴主持活动", None)], []),
    "em:宋晓棠": ("宋晓棠", "official", _LX, [
        ("em04", _LX + "总工会", "副主席", "宋晓棠当选副主席", "elected; 副主席 of the 县总工会 named in the same sentence")], []),
    "em:吕慧芳": ("吕慧芳", "official", _LX, [
        ("em05", _LX + "政府", "副县长", "副县长吕慧芳出席活动并讲话", None)], []),
    "em:崔俊杰": ("崔俊杰", "official", _LX, [
        ("em05", _LX + "残联", "副理事长", "县残联副理事长崔俊杰介绍了", None)], []),
    "em:郗立伟": ("郗立伟", "official", _LX, [
        ("em06", _LX + "委", "常委", "临西县委常委、常务副县长郗立伟", None),
        ("em06", _LX + "政府", "常务副县长", "临西县委常委、常务副县长郗立伟", None)], []),
    # ---- 邢台市
    "em:韩素筠": ("韩素筠", "official", _XT, [
        ("em06", _XT + "政协", "副主席", _E06_HAN, None),
        ("em06", "民盟邢台市委", "主委", _E06_HAN, "民盟市委 → 民盟邢台市委 (as ay), never 邢台市委")], []),
    "em:谷振海": ("谷振海", "official", _XT, [
        ("em06", _XT + "委统战部", "副部长", "市委统战部副部长谷振海应邀参会", None)], []),
    "em:耿立舟": ("耿立舟", "official", _XT, [
        ("em06", "民盟邢台市委", "副主委", _E06_MENG, None)], []),
    "em:邸雅楠": ("邸雅楠", "official", _XT, [
        ("em06", "民盟邢台市委", "副主委", _E06_MENG, "list after one title")], []),
    # ---- 宜宾: 兴文县
    "em:梁启华": ("梁启华", "official", _XW, [
        ("em07", _XW + "委", "副书记", "县委副书记梁启华出席会议并讲话", None)], []),
    "em:曾德明": ("曾德明", "official", _YB, [
        ("em07", _YB + "工商联党组", "成员", "市工商联党组成员、副主席曾德明到会指导", "市工商联 on the 兴文县 site = 宜宾's"),
        ("em07", _YB + "工商联", "副主席", "市工商联党组成员、副主席曾德明到会指导", None)], []),
    "em:谢婉君": ("谢婉君", "official", _XW, [
        ("em07", _XW + "委", "常委", "县委常委、统战部部长谢婉君主持会议", None),
        ("em07", _XW + "委统战部", "部长", "县委常委、统战部部长谢婉君主持会议", None)], []),
    "em:蔺文骞#1": ("蔺文骞", "official", _XW, [
        ("em07", _XW + "工商联党组", "书记", _E07_LIN, "兴文县 (四川), 2022; not the 蔺文骞 of 昭平县 (em10)"),
        ("em07", _XW + "工商联", "常务副主席", _E07_LIN, "re-elected 常务副主席 later (one line)")], []),
    "em:苟鸿川": ("苟鸿川", "official", _XW, [
        ("em07", _XW + "政协", "副主席", _E07_GOU, None),
        ("em07", _XW + "工商联", "主席", _E07_GOU, "elected; DECIDED HERE: 总商会会长 gives no line")], []),
    "em:宋晓楠": ("宋晓楠", "official", _XW, [
        ("em08", _XW + "政府", "副县长", "副县长宋晓楠出席并宣布活动启动", None)], []),
    "em:蒲文杰": ("蒲文杰", "official", _YB, [
        ("em08", _YB + "科协党组", "成员", "市科协党组成员、副主席蒲文杰出席", "市科协 on the 兴文 portal = 宜宾's"),
        ("em08", _YB + "科协", "副主席", "市科协党组成员、副主席蒲文杰出席", None)], []),
    "em:母雅婷": ("母雅婷", "official", _XW, [
        ("em09", "共青团兴文县委", "书记", "团县委书记母雅婷陪同调研", "2023: bare 团县委 after 兴文县委常委 = 兴文's (identity case: 县科协 主席 in 2024, em08)"),
        ("em08", _XW + "科协党组", "书记", _E08_MU, "2024: moved from the League to the 科协"),
        ("em08", _XW + "科协", "主席", _E08_MU, None)], []),
    "em:黎建波": ("黎建波", "official", _XW, [
        ("em08", _XW + "科技局", "局长", "县科技局局长黎建波通报了", None)], []),
    "em:易宏亮": ("易宏亮", "official", _XW, [
        ("em09", _XW + "委", "常委", "兴文县委常委、组织部部长易宏亮", "兴文县委 (party) and 团县委 (League) in one sentence"),
        ("em09", _XW + "委组织部", "部长", "兴文县委常委、组织部部长易宏亮", None)], []),
    # ---- 宜宾市
    "em:税晓峰": ("税晓峰", "official", _YB, [
        ("em09", "共青团宜宾市委", "书记", "8月15日，团市委书记税晓峰带队到兴文县", "团市委 site; named in the headline too")], []),
    "em:何婉瑜": ("何婉瑜", "official", _YB, [
        ("em09", "共青团宜宾市委", "副书记", "团市委副书记何婉瑜，兴文县委常委", None)], []),
    # ---- 贺州: 昭平县
    "em:覃丽娟": ("覃丽娟", "official", _HZ, [
        ("em10", _HZ + "总工会党组", "成员", "市总工会党组成员、副主席覃丽娟", "市总工会 on the 贺州 portal = 贺州's"),
        ("em10", _HZ + "总工会", "副主席", "市总工会党组成员、副主席覃丽娟", None)], []),
    "em:韦永赓": ("韦永赓", "official", _ZP, [
        ("em10", _ZP + "委", "常委", _E10_WEI, "bare 县 on the 贺州 portal page about 昭平县 = 昭平's"),
        ("em10", _ZP + "委统战部", "部长", _E10_WEI, None),
        ("em10", _ZP + "总工会", "主席", _E10_WEI, "three titles split at 、")], []),
    "em:蔺文骞#2": ("蔺文骞", "official", _ZP, [
        ("em10", _ZP + "总工会党组", "书记", _E10_LIN, "昭平县 (广西), 2022; not the 蔺文骞 of 兴文县 (em07)"),
        ("em10", _ZP + "总工会", "常务副主席", _E10_LIN, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("em01", "柏雨晗", "责任编辑", "editor", "责任编辑：柏雨晗"),
    ("em02", "阮昕冉", "记者", "reporter", "本报讯（记者 阮昕冉 通讯员 黄子墨）"),
    ("em02", "黄子墨", "通讯员", "correspondent", "本报讯（记者 阮昕冉 通讯员 黄子墨）"),
    ("em02", "殷佳蔚", "记者", "reporter", "本报讯（记者 殷佳蔚）"),
    ("em02", "涂晓岚", "本版编辑", "editor", "本版编辑：涂晓岚"),
    ("em02", "柳沁", "校对", "editor", "校对：柳沁"),
    ("em03", "邹婷婷", "责任编辑", "editor", "责任编辑：邹婷婷"),
    ("em04", "苗佳琪", "责任编辑", "editor", "责任编辑：苗佳琪"),
    ("em05", "郜晓雨", "作者", "author", "作者：郜晓雨"),
    ("em05", "贺一鸣", "编辑", "editor", "编辑：贺一鸣"),
    ("em06", "武欣悦", "记者", "reporter", "本报讯（记者 武欣悦）"),
    ("em06", "冯梓萌", "通讯员", "correspondent", "本报讯（通讯员 冯梓萌）"),
    ("em06", "邵可馨", "本版编辑", "editor", "本版编辑：邵可馨"),
    ("em06", "阎子墨", "美编", "editor", "美编：阎子墨"),
    ("em07", "罗诗涵", "责任编辑", "editor", "责任编辑：罗诗涵"),
    ("em08", "龚雨菲", "作者", "author", "作者：龚雨菲"),
    ("em08", "熊梓涵", "编辑", "editor", "编辑：熊梓涵"),
    ("em09", "赵欣怡", "责任编辑", "editor", "责任编辑：赵欣怡"),
    ("em10", "莫晓彤", "作者", "author", "作者：莫晓彤"),
    ("em10", "韦嘉琪", "责任编辑", "editor", "责任编辑：韦嘉琪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("em01", "共青团团风县第十五次代表大会", "congress (共青团代表大会)", "4月29日上午", "夏婉清", None, [],
     ["闵志坚", "邬振霖", "桂晓燕", "詹若琳"], ["闵志坚", "滕玉岚", "詹若琳", "罗惠敏", "晏子轩"], "县会议中心",
     "4月29日上午，共青团团风县第十五次代表大会在县会议中心开幕",
     ["县委副书记闵志坚出席开幕式并讲话", "组织部部长夏婉清主持开幕式", _E01_RENDA, "团市委副书记詹若琳到会祝贺",
      "滕玉岚代表全县各群团组织致贺词", "闵志坚代表团风县委向大会的召开表示热烈祝贺", "詹若琳代表团市委对团风共青团工作给予肯定",
      "罗惠敏代表共青团团风县第十四届委员会向大会作工作报告", "晏子轩代表受表彰的“五四红旗团委”发言"]),
    ("em02", "全市“青春建功”青年志愿服务季启动仪式", "ceremony (启动仪式)", "5月12日", "罗惠敏", None, ["共青团黄冈市委"],
     ["柯明轩"], ["柯明轩", "鲍晋川", "汪沁柔"], "团风县青少年活动中心",
     "5月12日，全市“青春建功”青年志愿服务季启动仪式在团风县青少年活动中心举行",
     ["团市委书记柯明轩出席并讲话", "团市委副书记罗惠敏主持启动仪式", "宣传部部长鲍晋川致辞", "团团风县委书记汪沁柔介绍了",
      "柯明轩指出", "鲍晋川表示"]),
    ("em02", "市总工会十届四次全委（扩大）会议", "meeting (全委（扩大）会议)", "5月12日", None, None, ["黄冈市总工会"],
     ["饶鹤鸣"], ["饶鹤鸣", "甘露萍"], None,
     "市总工会召开十届四次全委（扩大）会议，总结2022年全市工会工作",
     [_E02_RAO, "常务副主席甘露萍代表市总工会十届常委会作工作报告", "会议补选雷思远", "饶鹤鸣强调"]),
    ("em03", "县妇联十五届三次执委（扩大）会议", "meeting (执委（扩大）会议)", "2月24日", "周诗琪", None, ["团风县妇联"],
     ["严慧敏"], ["滕玉岚", "严慧敏"], None,
     "2月24日，县妇联召开十五届三次执委（扩大）会议",
     ["统战部部长严慧敏出席会议并讲话", "会议由县妇联副主席周诗琪主持", "主席滕玉岚作工作报告", "严慧敏指出"]),
    ("em04", "临西县工会第十次代表大会", "congress (工会代表大会)", "6月17日上午", "萧振东", None, [],
     ["冀宏斌", "贾振岳", "牛立群", "孔繁屹"], ["冀宏斌", "贾振岳", "陶凤琴"], "县文化艺术中心",
     "6月17日上午，临西县工会第十次代表大会在县文化艺术中心开幕",
     ["县委书记冀宏斌出席开幕式并讲话", "副主席贾振岳到会致辞", "县长牛立群", _E04_KONG, "县委副书记萧振东主持开幕式",
      "常务副主席陶凤琴代表县总工会第九届委员会向大会作工作报告", "冀宏斌在讲话中指出", "贾振岳代表市总工会对大会的召开表示祝贺"]),
    ("em05", "第三十三次全国助残日主题活动", "activity (助残日主题活动)", "5月21日", "陶凤琴", None,
     ["临西县残联", "临西县民政局", "共青团临西县委", "临西县妇联"],
     ["吕慧芳"], ["崔俊杰", "吕慧芳", "陶凤琴"], "河西镇",
     "由县残联、县民政局、团县委、县妇联联合主办的助残日主题活动在河西镇举行",
     ["副县长吕慧芳出席活动并讲话", "理事长陶凤琴主持活动", "县残联副理事长崔俊杰介绍了", "吕慧芳指出", "陶凤琴表示"]),
    ("em06", "临西县产业工人队伍建设改革和基层工会建设调研", "inspection (调研)", "4月18日", None, "贾振岳", ["邢台市总工会"],
     ["郗立伟", "孔繁屹"], ["孔繁屹", "贾振岳", "郗立伟"], "临西县",
     "市总工会党组书记、常务副主席贾振岳带队到临西县，调研产业工人队伍建设改革和基层工会建设工作",
     [_E06_JIA, "常务副县长郗立伟", "县总工会主席孔繁屹陪同调研", "孔繁屹汇报了", "贾振岳指出", "郗立伟表示"]),
    ("em06", "民盟市委主委会议", "meeting (主委会议)", "4月17日", "韩素筠", None, ["民盟邢台市委"],
     ["谷振海", "耿立舟", "邸雅楠"], ["谷振海", "韩素筠"], None,
     "民盟市委主委韩素筠主持召开民盟市委主委会议",
     [_E06_HAN, "市委统战部副部长谷振海应邀参会", _E06_MENG, "谷振海对民盟市委一年来的工作给予肯定", "韩素筠要求"]),
    ("em07", "兴文县工商业联合会（总商会）第八次会员代表大会", "congress (会员代表大会)", "11月24日", "谢婉君", None, [],
     ["梁启华", "曾德明"], ["蔺文骞", "梁启华", "曾德明"], "县会议中心",
     "11月24日，兴文县工商业联合会（总商会）第八次会员代表大会在县会议中心召开",
     ["县委副书记梁启华出席会议并讲话", "副主席曾德明到会指导", "统战部部长谢婉君主持会议",
      "常务副主席蔺文骞代表县工商联第七届执行委员会作工作报告", "梁启华指出", "曾德明代表市工商联对大会的召开表示祝贺"]),
    ("em08", "兴文县2024年科技活动周启动仪式", "ceremony (启动仪式)", "5月20日", "母雅婷", None,
     ["兴文县科协", "兴文县科技局", "兴文县教育体育局", "共青团兴文县委"],
     ["宋晓楠", "蒲文杰"], ["母雅婷", "黎建波", "蒲文杰", "宋晓楠"], "古宋镇",
     "5月20日，兴文县2024年科技活动周启动仪式在古宋镇举行",
     ["副县长宋晓楠出席并宣布活动启动", "副主席蒲文杰出席", "主席母雅婷主持启动仪式", "母雅婷介绍了", "县科技局局长黎建波通报了",
      "蒲文杰对兴文县科协工作给予肯定", "宋晓楠要求"]),
    ("em09", "兴文县县域共青团改革和青年发展型县域建设调研", "inspection (调研)", "8月15日", None, "税晓峰", ["共青团宜宾市委"],
     ["何婉瑜", "易宏亮", "母雅婷"], ["母雅婷", "易宏亮", "税晓峰", "何婉瑜"], "兴文县",
     "8月15日，团市委书记税晓峰带队到兴文县，调研县域共青团改革和青年发展型县域建设工作",
     ["团市委书记税晓峰带队到兴文县", "团市委副书记何婉瑜", "组织部部长易宏亮", "团县委书记母雅婷陪同调研", "母雅婷介绍了",
      "易宏亮介绍了", "税晓峰指出", "何婉瑜就做好"]),
    ("em10", "昭平县2022年“金秋助学”助学金发放仪式", "ceremony (发放仪式)", "8月25日", "蔺文骞", None, ["昭平县总工会"],
     ["覃丽娟", "韦永赓"], ["覃丽娟", "韦永赓", "蔺文骞"], "县职工服务中心",
     "昭平县2022年“金秋助学”助学金发放仪式在县职工服务中心举行",
     ["市总工会党组成员、副主席覃丽娟", _E10_WEI, _E10_LIN, "覃丽娟代表市总工会向受助学生表示祝贺", "韦永赓指出", "蔺文骞介绍"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("em01", "团风港综合码头二期工程", "infrastructure_project", "团风港综合码头二期工程、团风县钢构产业园等重点项目"),
    ("em01", "团风县钢构产业园", "industrial_park", "团风港综合码头二期工程、团风县钢构产业园等重点项目"),
    ("em02", "黄冈市青年志愿服务综合体项目", "project", "加快推进黄冈市青年志愿服务综合体项目建设"),
    ("em02", "巴河流域综合治理工程", "engineering_work", "推动志愿服务与巴河流域综合治理工程等重点工作紧密结合"),
    ("em02", "黄冈市职工服务中心二期工程", "project", "要加快黄冈市职工服务中心二期工程建设"),
    ("em03", "团风县妇女儿童活动中心项目", "project", "配合推进团风县妇女儿童活动中心项目建设"),
    ("em04", "临西县职工服务中心项目", "project", "推动临西县职工服务中心项目年内建成投用"),
    ("em05", "临西县残疾人康复托养中心项目", "project", "加快推进临西县残疾人康复托养中心项目建设"),
    ("em06", "临西经济开发区轴承产业园", "industrial_park", "先后来到临西经济开发区轴承产业园"),
    ("em07", "兴文石海景区提档升级项目", "project", "积极参与兴文石海景区提档升级项目"),
    ("em07", "兴文经济开发区新材料产业园", "industrial_park", "兴文经济开发区新材料产业园等重点项目建设"),
    ("em08", "兴文县科技馆建设项目", "project", "加快推进兴文县科技馆建设项目"),
    ("em09", "兴文县青年创业孵化基地二期项目", "project", "要加快兴文县青年创业孵化基地二期项目建设"),
    ("em10", "昭平县职工疗休养基地", "project", "加快推进昭平县职工疗休养基地建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("em01", "团风县", "county", "in_org_reference", "4月29日上午，共青团团风县第十五次代表大会在县会议中心开幕"),
    ("em01", "团风", "county", "standalone", "对团风共青团工作给予肯定"),
    ("em01", "团风港", "port", "in_project_name", "团风港综合码头二期工程"),
    ("em01", "团风镇", "town", "in_org_reference", "团风镇团委书记晏子轩"),
    ("em02", "团风", "county", "standalone", "青年志愿服务季在团风启动"),
    ("em02", "团风县", "county", "standalone", "团风县将全力支持团县委"),
    ("em02", "上巴河镇", "town", "standalone", "团风县上巴河镇、浠水县清泉镇等5个乡镇"),
    ("em02", "浠水县", "county", "standalone", "团风县上巴河镇、浠水县清泉镇等5个乡镇"),
    ("em02", "清泉镇", "town", "standalone", "团风县上巴河镇、浠水县清泉镇等5个乡镇"),
    ("em02", "长江", "river", "standalone", "围绕长江岸线保护"),
    ("em02", "黄冈市", "city", "in_project_name", "加快推进黄冈市青年志愿服务综合体项目建设"),
    ("em02", "巴河", "river", "in_project_name", "巴河流域综合治理工程"),
    ("em02", "黄冈高新区", "development_zone", "standalone", "围绕黄冈高新区、黄州火车站经济区等重点区域"),
    ("em02", "黄州火车站经济区", "area", "standalone", "围绕黄冈高新区、黄州火车站经济区等重点区域"),
    ("em03", "淋山河镇", "town", "standalone", "在淋山河镇、上巴河镇建成"),
    ("em03", "上巴河镇", "town", "standalone", "在淋山河镇、上巴河镇建成"),
    ("em03", "团风县", "county", "in_project_name", "配合推进团风县妇女儿童活动中心项目建设"),
    ("em04", "临西县", "county", "standalone", "希望临西县各级工会在全市工会工作中走在前列"),
    ("em04", "临西经济开发区", "development_zone", "standalone", "要把临西经济开发区作为非公企业建会的主阵地"),
    ("em05", "河西镇", "town", "standalone", "助残日主题活动在河西镇举行"),
    ("em05", "下堡寺镇", "town", "standalone", "在下堡寺镇、尖冢镇等乡镇开展"),
    ("em05", "尖冢镇", "town", "standalone", "在下堡寺镇、尖冢镇等乡镇开展"),
    ("em05", "临西县", "county", "in_project_name", "加快推进临西县残疾人康复托养中心项目建设"),
    ("em06", "临西县", "county", "standalone", "带队到临西县，调研产业工人队伍建设改革"),
    ("em06", "临西经济开发区", "development_zone", "in_project_name", "先后来到临西经济开发区轴承产业园"),
    ("em06", "河北省", "province", "in_org_reference", "民盟河北省委有关会议精神"),
    ("em06", "邢台市", "city", "in_org_reference", "审议通过了民盟邢台市委2024年调研课题安排"),
    ("em07", "兴文县", "county", "in_org_reference", "11月24日，兴文县工商业联合会（总商会）第八次会员代表大会在县会议中心召开"),
    ("em07", "兴文经济开发区", "development_zone", "standalone", "引导民营企业在兴文经济开发区新增投资38亿元"),
    ("em07", "兴文石海", "scenic_area", "in_project_name", "积极参与兴文石海景区提档升级项目"),
    ("em07", "兴文", "county", "standalone", "在全市民营经济发展中展现兴文作为"),
    ("em08", "兴文县", "county", "standalone", "5月20日，兴文县2024年科技活动周启动仪式在古宋镇举行"),
    ("em08", "古宋镇", "town", "standalone", "5月20日，兴文县2024年科技活动周启动仪式在古宋镇举行"),
    ("em08", "兴文", "county", "standalone", "希望兴文加快推进"),
    ("em08", "僰王山镇", "town", "standalone", "把科普活动送到僰王山镇、九丝城镇等偏远乡镇"),
    ("em08", "九丝城镇", "town", "standalone", "把科普活动送到僰王山镇、九丝城镇等偏远乡镇"),
    ("em09", "兴文县", "county", "standalone", "团市委书记税晓峰带队到兴文县"),
    ("em09", "僰王山镇", "town", "standalone", "先后来到僰王山镇青年之家"),
    ("em09", "古宋镇", "town", "standalone", "古宋镇“青年夜校”"),
    ("em10", "昭平县", "county", "standalone", "昭平县2022年“金秋助学”助学金发放仪式在县职工服务中心举行"),
    ("em10", "黄姚镇", "town", "standalone", "受助学生来自黄姚镇、走马镇、昭平镇等11个乡镇"),
    ("em10", "走马镇", "town", "standalone", "受助学生来自黄姚镇、走马镇、昭平镇等11个乡镇"),
    ("em10", "昭平镇", "town", "standalone", "受助学生来自黄姚镇、走马镇、昭平镇等11个乡镇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="em", conventions="set em (blind set: 群团 — 总工会, 共青团 团县委 / 团市委, 妇联, 残联, 工商联, 科协, 民盟 — in 湖北 黄冈 (团风县, 黄冈市), 河北 邢台 (临西县, 邢台市), 四川 宜宾 (兴文县, 宜宾市), 广西 贺州 (昭平县): 团县委 / 团市委 / 团团风县委 → 共青团<place>委, never the party committee; 团风县委 is the party committee of 团风县; a town's 团委 → county + town + 团委; 群团 orgs = place + short name with their 党组; 民盟市委 → 民盟邢台市委; elections, 补选 and 增补 are holdings; 总商会会长 no line; one line per post per article)",
          persons_note="Set em persons. id = corpus-wide person_id (em:蔺文骞#1 of 兴文县工商联 (四川) and em:蔺文骞#2 of 昭平县总工会 (广西) are two people; em:罗惠敏 共青团团风县委书记 2021 → 共青团黄冈市委副书记 2023; em:汪沁柔 团风 团县委副书记 2021 → 书记 2023; em:滕玉岚 团风县总工会 常务副主席 2021 → 县妇联主席 2022; em:陶凤琴 临西县总工会 常务副主席 2021 → 县残联理事长 2023; em:贾振岳 邢台市总工会 副主席 2021 → 党组书记、常务副主席 2024; em:母雅婷 兴文 团县委书记 2023 → 县科协主席 2024)")


if __name__ == "__main__":
    main()
