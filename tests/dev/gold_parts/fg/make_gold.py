"""Write gold part ``fg`` (a blind set: party congress and plenary pages — 县委全会 in mid-term and the first 全会 after a
党代会, a 党代会 开幕 / 闭幕, 县纪委 一次全会 and annual 全会, a city's 市委 一次全会 — in 河南, 江苏, 四川, 广西, 陕西 and 黑龙江,
with pages before and after the elections so that the changes are dated) from the tables below.

Pages ``tests/dev/texts/fg*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``; none copied): the 常德资讯 portal page of the 澧县
县委 十二届八次全体（扩大）会议 (``您的位置: 首页 >常德资讯>区县动态>详细内容``, ``分享到: 打印 字体:``, ``来源:常德日报 作者:…
通讯员…``, ``县委书记…发表讲话``); the 涡阳 县委 十一届十四次全会 page (``发布时间:… 来源:涡阳县融媒体中心``, ``县委书记…主持召开
…十一届县委委员、候补委员出席会议``, ``县委常委、县委办主任…宣读县委…全会决议(草案)``, a 全会 before the 党代会); the 沁县
党代会 开幕 in a county paper's digital edition (``下一版»本期共4版, 当前第1版 PDF``, ``本报讯 记者…``, 大会执行主席 in the 主席台,
``市委换届风气第十二督查组组长、市政协副秘书长…到会参加``); the 凤翔 党代会 闭幕 (宝鸡 党建网: ``大会主席团常务委员会委员在
主席台前排就座``, ``大会首先宣布第十六届县委委员、候补委员和县纪委委员…当选名单``); the 汝城 党代会 闭幕 (``市委常委、组织部长…
到会指导``, ``选举产生了新一届县委、县纪委领导班子``); the 湖州 市委 八届一次全会 (``会议选举产生八届市委常委会，…当选书记，…
当选副书记；通过八届市纪委一次全会选举结果的报告``, ``出席会议的有新当选的八届市委委员54名、候补委员10名。八届市纪委委员
列席会议``); the 金山网 page of the 镇江 市第六次党代会 闭幕 (``选举产生了新一届市委委员、候补委员和市纪委委员``); the 成都新闻网
page of the 成华区 党代会 开幕 (``大会主席团全体成员在主席台就座``, ``应到代表303名，实到297名``, ``市委第六考察组、纪委班子考察组
组长…到会监督指导``); the 阜阳 市第六次党代会 page (numbers elected); the 中国经济网 page of six 辽宁 cities' 一次全会
(``…第一次全体会议选举…为市委书记，…为市委副书记``); the 阜城 县委常委（扩大）会 page (``来源:阜城宣传 | 作者: | 发布时间: | 次浏览:
| 分享到:``, ``关于召开…第十四届委员会第九次全体会议的建议安排``); the 海安 县委常委会 on the draft 全会 report; the 崇阳 巡察
动员会 (``云上崇阳讯 记者… 通讯员…``, ``县委常委、纪委书记、监察委主任…``); the 茶陵 巡察 page (``来源/作者/编辑``); the 西乡 政协
闭幕 (``…在主席台前排就坐``). Places are real and new to the corpus as page places: 河南 驻马店 平舆县 (the county site, the
驻马店日报) and 驻马店市 (the city site), 江苏 盐城 滨海县 and 响水县 (county sites), 四川 乐山 犍为县 (the county site) and
井研县 (the 乐山日报), 广西 崇左 宁明县 (the county site), 陕西 渭南 蒲城县 (the county site), 黑龙江 双鸭山 宝清县 and 集贤县 (the
双鸭山日报).

Shapes: a county site's mid-term 县委全会 (扩大) before the 换届, chaired by the 常委会, with the 主席台 list after one title
``县委常委苑鹏飞、鲍立军…`` (fg01); a city paper's 第03版 with two articles: the 党代会 闭幕 (主席团常务委员会委员 in the 主席台,
numbers elected) and the first 全会 (``…当选为县委常委；…当选为县委书记，…当选为县委副书记``; 纪委 results approved) (fg02); a
city site's repost of the 市委 一次全会 with a two-line headline, 11 常委 and the 市纪委 results, a 省委组织部副部长 到会指导
(fg03); a county site's 县纪委 一次全会 electing its 常委 / 书记 / 副书记, a 市委换届考察组组长 到会指导 (fg04); a county site's
annual 县纪委 全会 (县委书记 讲话, 县委副书记 主持, 县委常委、县纪委书记、县监委主任 作报告) (fg05); a county site's 党代会 开幕 with
the 书记's report, a written 纪委 report and the afternoon's 代表团 discussion (fg06); a city paper's year-end 全会暨经济工作会议 of
another county (fg07); a county site's first 全会 with a ``附：`` of the two 名单 (书记 / 副书记 / 常委（按姓氏笔画为序）) (fg08); a
county site's year-end 全会 with 递补 of 候补委员 as 委员 (fg09); a city paper page with two articles: one county's first 全会
(``选举…为县委常委，选举…为县委书记``) and another county's 纪委 一次全会 (fg10).

Identity cases:
- fg:栾志恒, a 县长 who becomes 县委书记 (平舆): 县委副书记、县长 in Jan 2021 (fg01) → 县委书记 chairing the 党代会 闭幕 and
  elected 县委书记 at the first 全会, Sept 2021 (fg02).
- fg:庞景川, a 县委书记 who becomes a city's 常委: 平舆县委书记 in Jan 2021 (fg01) → elected 驻马店市委常委 at the 市委 一次全会,
  Oct 2021 (fg03).
- fg:缪启华 moves between counties of 盐城: elected 滨海县纪委 常委、副书记 (fg04, Aug 2021) → 响水县委常委、县纪委书记、县监委主任
  (fg05, Feb 2023).
- fg:母世杰 moves between counties of 乐山: 犍为县委常委、常务副县长 (fg06, Sept 2021) → 井研县委副书记、县长 (fg07, Dec 2023).
- fg:鄢文韬, 平舆县委副书记、代县长 in the 主席台 of the 闭幕 and elected 县委副书记 the same afternoon (fg02); fg:郜书敏 县委常委
  (fg01) → elected 县委常委 and 县纪委书记 (fg02); fg:邰秀英, fg:蔺长庚, fg:牛桂芬, fg:苑鹏飞 on both 平舆 pages.
- two different 尹志宏 in unrelated places, with look-alike careers: fg:尹志宏#1 is 宁明县委常委、组织部部长 and in the 常委 名单
  (广西, fg08, 2021-09-23); fg:尹志宏#2 is 宝清县委常委、宣传部部长, elected 县委常委 (黑龙江, fg10, 2021-09-29).
- one organ name in several places: bare ``市委组织部副部长`` is 驻马店's (fg02), 乐山's (fg06), 崇左's (fg08) and 双鸭山's (fg10);
  bare ``县纪委`` / ``县纪委书记`` is 平舆's (fg02), 滨海's (fg04), 响水's (fg05), 犍为's (fg06), 宁明's (fg08), and 宝清's and
  集贤's in the two articles of one page (fg10); bare ``县委常委`` / ``县委书记`` is each county's on its page.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ck and du, which hold the same genre, and ab, bs where they speak; decided here where they are silent):
- Elections are holdings from the session's date (ck, du): ``…当选为县委常委`` / ``选举…为县委常委`` gives every name X县委 常委, the
  书记 and 副书记 included; ``当选为县委书记`` → X县委 书记; the 纪委 一次全会 results approved by the 全会 are holdings of the 全会
  article (``郜书敏当选为县纪委书记`` → 平舆县纪委 书记); a list after one title gives every name that title (``县委常委苑鹏飞、
  鲍立军、郜书敏、晁丽娜``); the 市委 一次全会 reads the same (驻马店市委 常委 / 书记 / 副书记, 驻马店市纪委 书记 / 副书记).
- The 名单 appendix (fg08) reads as ck05 / du08: ``书记：农海峰`` → 宁明县委 书记, ``副书记：…``, ``常委（按姓氏笔画为序）：…`` →
  宁明县委 常委 for each name; under the 纪委 heading ``书记：凌丽芳`` → 宁明县纪委 书记, ``副书记：…`` → 宁明县纪委 副书记,
  ``常委…：…`` → 宁明县纪委 常委 (du). The same for the 纪委 一次全会 itself (fg04, fg10 article 2): ``…当选为县纪委常委`` /
  ``选举…为县纪委常委`` → X县纪委 常委 for each name, then 书记 / 副书记.
- DECIDED HERE (递补, fg09): ``递补县委候补委员侯晓峰、同丽君为中共蒲城县第十七届委员会委员`` gives each name 蒲城县委 委员 (from
  the 全会's date, as du takes 候补委员 for a post of the 县委) and 蒲城县委 候补委员 (held until the vote, as ck / ab keep the
  代县长 of an election sentence).
- DECIDED HERE (the 县纪委 一次全会 reported on its own, fg04, fg10 article 2): it is an event, ``meeting (县纪委全会)``, like the
  annual 纪委 全会 (fg05); ck's rule (no event) holds only where a 县委 全会 merely approves its results (fg02, fg08, fg10
  article 1).
- Session roles are no posts (ck, du): 大会主席团常务委员会委员, the one ``指定…主持`` the 全会 (he is its chair). 县委常委、县纪委书记、
  县监委主任 → three lines; 县纪委副书记、县监委副主任 → X县纪委 副书记 + X县监委 副主任; 县委常委、组织部部长 / 宣传部部长 → X县委
  常委 + X县委组织部 部长 / X县委宣传部 部长; 县委常委、县委办公室主任 → X县委 常委 + X县委办公室 主任; 县委常委、常务副县长 → X县委
  常委 + X县政府 常务副县长; 县委副书记、代县长 → X县委 副书记 + X县政府 代县长.
- DECIDED HERE: ``市委换届考察组组长、市纪委常委裴雪松`` (fg04) → 盐城市委换届考察组 组长 (a temporary group's role is a post of the
  group, CONVENTIONS; du's 市委换届指导组) + 盐城市纪委 常委.
- Bare organs take the page's place: 县委 / 县纪委 / 县监委 / 县人大常委会 / 县政协 / 县长 on a county's site = that county; in a
  city paper the bare 县 organs of an article about a named county are that county's (fg02 平舆, fg07 井研, fg10 宝清 in
  article 1 and 集贤 in article 2); bare 市 organs on a county site or in a city paper are the parent city's (``市委组织部副部长``
  → 驻马店市委组织部 / 乐山市委组织部 / 崇左市委组织部 / 双鸭山市委组织部; ``市委换届考察组`` / ``市纪委`` on the 滨海 site → 盐城's);
  on the 驻马店 site ``市委`` / ``市纪委`` / ``市长`` are 驻马店's and ``省委组织部`` is 河南省委组织部.
- One line per post per article: 尹志宏#1's 常委 (before his name and in the 名单) is one line; the headline repeats and
  ``新当选的县委书记…`` give no second line; 栾志恒's 书记 in fg02 gives one line in each of the two articles.
- Events: the 县委 / 市委 全会 is ``meeting (县委全会)`` / ``meeting (市委全会)`` (chair the one ``指定…主持`` or ``主持``; 列席 /
  到会指导 / 出席 / 主席台 attendees; 作报告 / 作说明 / 讲话 / 表示 / 强调 / 要求 / 宣读 speakers). DECIDED HERE: ``全会由县委常委会
  主持`` (fg01, fg07, fg09) names no chair person; the 常委会 is the organizer. The 党代会 开幕 / 闭幕 is ``session (党代会)`` (du);
  the written 纪委 report (``以书面形式向大会作…报告``) makes its author a speaker. DECIDED HERE: the afternoon's 代表团 discussion
  in which a named official speaks (fg06) is an event of its own, ``meeting (代表团讨论)``. Future sessions (``选举…出席中国共产党
  驻马店市第五次代表大会代表``, ``大会还将选举…``) and sessions referred to (``县第十三次党代会``) are no events. The 递补 委员 are no
  attendees.
- Bylines: ``本报讯（记者 … 通讯员 …）`` are reporter / correspondent lines; ``作者：…`` an author line; 责任编辑 / 编辑 / 本版编辑 /
  本版责编 / 校对 / 审核 are editor lines; an office credit (``（县纪委监委宣传部）``) is no person.
- Projects: works named as under way, completed or to be pushed: …产业园 / …产业园一期 / 二期 and 现代农业园区 / 示范园 / 产业园
  industrial_park; 综合治理 works engineering_work; 生态修复 / 生态治理 / 生态廊道 / 湿地保护修复 works greening_project; 码头 / 口岸 /
  快速通道 works infrastructure_project; 冷链物流中心 and 物流港 logistics_hub; 古镇保护提升, 岩画保护利用 and 文化旅游区提升 works
  project.
- Places: one line per name per file, as written (ck, du); county names inside org references and headlines count, short
  names standalone (``推动平舆…``, ``宁明发展``) count; a county's short name inside a river section (``小洪河平舆段``, ``岷江犍为
  段``) gives the river only (ck); towns, rivers, lakes, ports and zones inside project names count. Mastheads, site lines,
  来源 lines, footers (addresses), 上一篇 / 下一篇 / 相关 links and unnamed venues (县会议中心, 县委党校礼堂) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

_PY, _ZMD, _BH, _XS, _QW, _JY, _NM, _PC, _BQ, _JX = (
    "平舆县", "驻马店市", "滨海县", "响水县", "犍为县", "井研县", "宁明县", "蒲城县", "宝清县", "集贤县")

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fg01_pingyu.txt": (2021, "发布时间：2021-01-29 08:46", _PY, [
        ("中共平舆县委十三届十二次全体（扩大）会议召开", "1月28日上午", "2021-01-28", "1月28日上午，中国共产党平舆县",
         "county site: mid-term 县委全会 (扩大) before the 换届, by the 常委会; 书记's report, 县长's 说明, 主席台 list of 常委")]),
    "fg02_zhumadian.txt": (2021, "2021年9月29日　星期三", _PY, [
        ("中国共产党平舆县第十四次代表大会胜利闭幕", "9月28日上午", "2021-09-28", "本报讯（记者 訾书瑶 通讯员 程昭）9月28日上午",
         "city paper 第03版, article 1: 平舆 党代会 闭幕 (the former 县长 now 县委书记 chairs; 代县长 in the 主席台; numbers elected)"),
        ("中共平舆县第十四届委员会召开第一次全体会议", "9月28日下午", "2021-09-28", "本报讯（记者 訾书瑶）9月28日下午",
         "article 2: first 全会 electing 常委 / 书记 / 副书记; 纪委 results approved; 人大主任 and 政协主席 列席")]),
    "fg03_zhumadian.txt": (2021, "时间：2021-10-18 09:25", _ZMD, [
        ("中共驻马店市第五届委员会举行第一次全体会议", "10月17日下午", "2021-10-17", "10月17日下午，中国共产党驻马店市",
         "city site (repost of the 驻马店日报): 市委 一次全会 electing 11 常委 (the former 平舆县委书记 among them), 书记, 副书记; 市纪委 results; 省委组织部副部长 到会指导")]),
    "fg04_binhai.txt": (2021, "发布日期：2021-08-21", _BH, [
        ("中共滨海县第十四届纪律检查委员会举行第一次全体会议", "8月20日下午", "2021-08-20", "8月20日下午，中国共产党滨海县",
         "county site: 县纪委 一次全会 electing 常委 / 书记 / 副书记 (缪启华 副书记); 市委换届考察组组长 and 组织部部长 到会指导")]),
    "fg05_xiangshui.txt": (2023, "发布时间：2023-02-10 17:05", _XS, [
        ("县纪委十四届三次全会召开", "2月9日上午", "2023-02-09", "2月9日上午，中国共产党响水县",
         "county site: annual 县纪委 全会; 县委书记 讲话, 县委副书记 主持; the former 滨海 纪委副书记 now 县委常委、县纪委书记、县监委主任")]),
    "fg06_qianwei.txt": (2021, "发布时间：2021-09-10 08:30", _QW, [
        ("中国共产党犍为县第十五次代表大会隆重开幕", "9月9日上午", "2021-09-09", "9月9日上午，中国共产党犍为县",
         "county site: 党代会 开幕 (主席团常务委员会委员 in the 主席台, 县长 chairs, 书记's report, written 纪委 report); afternoon 代表团 discussion with the 常务副县长")]),
    "fg07_leshan.txt": (2023, "2023年12月29日　星期五", _JY, [
        ("中共井研县委十五届六次全会暨县委经济工作会议召开", "12月28日", "2023-12-28", "本报讯（记者 黎晓筠 通讯员 覃小蔓）12月28日",
         "city paper 第03版: year-end 县委全会暨经济工作会议 of 井研县; the former 犍为 常务副县长 now 县委副书记、县长")]),
    "fg08_ningming.txt": (2021, "发布时间：2021-09-24 11:32", _NM, [
        ("中国共产党宁明县第十四届委员会第一次全体会议召开", "9月23日下午", "2021-09-23", "9月23日下午，中国共产党宁明县",
         "county site: first 全会 with the 附 名单 of the 县委 (书记 / 副书记 / 常委) and the 县纪委 (书记 / 副书记 / 常委); 尹志宏#1")]),
    "fg09_pucheng.txt": (2023, "发布时间：2023-12-29 18:10:22", _PC, [
        ("中共蒲城县第十七届委员会第六次全体会议召开", "12月28日", "2023-12-28", "12月28日，中国共产党蒲城县",
         "county site: year-end 全会 by the 常委会; 递补 of two 候补委员 as 委员; 组织部部长 宣读")]),
    "fg10_shuangyashan.txt": (2021, "2021年9月30日　星期四", _BQ, [
        ("中共宝清县第十四届委员会召开第一次全体会议", "9月29日下午", "2021-09-29", "本报讯（记者 庞雨萱）9月29日下午",
         "city paper 第02版, article 1: 宝清 first 全会 (选举…为县委常委 / 书记 / 副书记; 纪委 results); 尹志宏#2"),
        ("中共集贤县纪律检查委员会召开第一次全体会议", "9月29日下午", "2021-09-29", "本报讯（记者 庞雨萱 通讯员 柏欣怡）9月29日下午",
         "article 2: 集贤 县纪委 一次全会 (选举…为县纪委常委 / 书记 / 副书记)")]),
}

_F01C = "县委常委苑鹏飞、鲍立军、郜书敏、晁丽娜"
_F01L = "县委副书记、县长栾志恒就《2021年全县经济工作要点》作说明"
_F02A = "县委书记栾志恒，县委副书记、代县长鄢文韬"
_F02C = "栾志恒、鄢文韬、邰秀英、郜书敏、苑鹏飞、鲍立军、晁丽娜、谭俊杰、戚兆宇当选为县委常委"
_F02D = "鄢文韬、邰秀英当选为县委副书记"
_F03C = "聂承远、魏立铭、戴书华、嵇红梅、蒯海波、庞景川、佟瀚文、祁岚清、房志刚、顾爱民、鄂立强当选为市委常委"
_F03D = "魏立铭、戴书华当选为市委副书记"
_F04C = "邴立峰、缪启华、季永红、卜亚军、沙丽娟当选为县纪委常委"
_F04D = "缪启华、季永红当选为县纪委副书记"
_F04P = "市委换届考察组组长、市纪委常委裴雪松"
_F05M = "县委常委、县纪委书记、县监委主任缪启华代表县纪委常委会"
_F05H = "县纪委副书记、县监委副主任花卫国宣读了"
_F05Z = "县委副书记、县长宗海燕，县人大常委会主任严立本"
_F06F = "县委副书记、县长符元昭，县委副书记蒲玉兰"
_F06X = "县委常委、县纪委书记、县监委主任幸丽萍以书面形式"
_F06M = "县委常委、常务副县长母世杰参加玉津镇代表团讨论"
_F07M = "县委副书记、县长母世杰就《中共井研县委关于2024年经济工作的意见（讨论稿）》作说明"
_F08C = "常委（按姓氏笔画为序）：尹志宏　农海峰　闭永宁　凌丽芳　梁雪芬　覃绍荣　蒙志刚　黎振湘　滕世杰"
_F08D = "副书记：覃绍荣　梁雪芬"
_F08JC = "常委（按姓氏笔画为序）：冯春梅　陆卓然　凌丽芳　黄锦坤　谢永钊"
_F08JD = "副书记：冯春梅　黄锦坤"
_F08Y = "县委常委、组织部部长尹志宏就全会选举办法（草案）作了说明"
_F09F = "县委副书记、县长樊继尧就《中共蒲城县委关于2024年经济社会发展的意见》作说明"
_F09D = "递补县委候补委员侯晓峰、同丽君为中共蒲城县第十七届委员会委员"
_F09T = "县委常委、组织部部长拓海宁宣读了"
_F10C = "选举隋永刚、姜丽娜、付国庆、车晓明、尹志宏、权永利、鞠红霞、邰德胜、宫立伟为县委常委"
_F10D = "选举姜丽娜、付国庆为县委副书记"
_F10J = "潘广义、尹雪梅当选为县纪委副书记"
_F10Y = "县委常委、宣传部部长尹志宏宣读了"
_F10JC = "选举鲁卫平、葛春娟、苗志军、樊淑华、沙文博为县纪委常委"
_F10JD = "选举葛春娟、苗志军为县纪委副书记"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 平舆县 / 驻马店市 (河南)
    "fg:庞景川": ("庞景川", "official", _PY, [
        ("fg01", _PY + "委", "书记", "县委书记庞景川代表县委常委会作工作报告", "2021-01 (identity case: elected 驻马店市委常委 2021-10, fg03)"),
        ("fg03", _ZMD + "委", "常委", _F03C, "elected 2021-10 at the 市委 一次全会")], []),
    "fg:栾志恒": ("栾志恒", "official", _PY, [
        ("fg01", _PY + "委", "副书记", _F01L, "2021-01 (identity case: 县委书记 2021-09, fg02)"),
        ("fg01", _PY + "政府", "县长", _F01L, None),
        ("fg02", _PY + "委", "书记", _F02A, "2021-09-28 morning: now 县委书记, chairing the 闭幕; 大会主席团常务委员会委员 is a session role"),
        ("fg02", _PY + "委", "常委", _F02C, "elected 2021-09-28 (first 全会)"),
        ("fg02", _PY + "委", "书记", "栾志恒当选为县委书记", "elected 2021-09-28; 新当选的县委书记 repeats it")], []),
    "fg:邰秀英": ("邰秀英", "official", _PY, [
        ("fg01", _PY + "委", "副书记", "县委副书记邰秀英，县人大常委会主任蔺长庚", "2021-01"),
        ("fg02", _PY + "委", "副书记", "县委副书记邰秀英，县人大常委会主任蔺长庚", "2021-09-28 morning"),
        ("fg02", _PY + "委", "常委", _F02C, "elected 2021-09-28"),
        ("fg02", _PY + "委", "副书记", _F02D, "re-elected 2021-09-28")], []),
    "fg:蔺长庚": ("蔺长庚", "official", _PY, [
        ("fg01", _PY + "人大常委会", "主任", "县人大常委会主任蔺长庚，县政协主席牛桂芬，县委常委", None),
        ("fg02", _PY + "人大常委会", "主任", "县人大常委会主任蔺长庚，县政协主席牛桂芬等", "article 1"),
        ("fg02", _PY + "人大常委会", "主任", "县人大常委会主任蔺长庚，县政协主席牛桂芬列席会议", "article 2 (列席)")], []),
    "fg:牛桂芬": ("牛桂芬", "official", _PY, [
        ("fg01", _PY + "政协", "主席", "县政协主席牛桂芬，县委常委", None),
        ("fg02", _PY + "政协", "主席", "县政协主席牛桂芬等大会主席团", "article 1"),
        ("fg02", _PY + "政协", "主席", "县政协主席牛桂芬列席会议", "article 2")], []),
    "fg:苑鹏飞": ("苑鹏飞", "official", _PY, [
        ("fg01", _PY + "委", "常委", _F01C, "2021-01; list after one title"),
        ("fg01", _PY + "委办公室", "主任", "县委常委、县委办公室主任苑鹏飞宣读了", "县委办公室 → 平舆县委办公室"),
        ("fg02", _PY + "委", "常委", _F02C, "re-elected 2021-09-28")], []),
    "fg:鲍立军": ("鲍立军", "official", _PY, [
        ("fg01", _PY + "委", "常委", _F01C, "2021-01"),
        ("fg02", _PY + "委", "常委", _F02C, "re-elected 2021-09-28")], []),
    "fg:郜书敏": ("郜书敏", "official", _PY, [
        ("fg01", _PY + "委", "常委", _F01C, "2021-01"),
        ("fg02", _PY + "委", "常委", _F02C, "re-elected 2021-09-28"),
        ("fg02", _PY + "纪委", "书记", "郜书敏当选为县纪委书记", "纪委 一次全会 result approved by the 全会 (ck)")], []),
    "fg:晁丽娜": ("晁丽娜", "official", _PY, [
        ("fg01", _PY + "委", "常委", _F01C, "2021-01"),
        ("fg02", _PY + "委", "常委", _F02C, "re-elected 2021-09-28")], []),
    "fg:鄢文韬": ("鄢文韬", "official", _PY, [
        ("fg02", _PY + "委", "副书记", _F02A, "2021-09-28 morning (article 1)"),
        ("fg02", _PY + "政府", "代县长", _F02A, "as written"),
        ("fg02", _PY + "委", "常委", _F02C, "elected 2021-09-28 (article 2)"),
        ("fg02", _PY + "委", "副书记", _F02D, "elected 2021-09-28 (article 2)")], []),
    "fg:谭俊杰": ("谭俊杰", "official", _PY, [
        ("fg02", _PY + "委", "常委", _F02C, "elected 2021-09-28")], []),
    "fg:戚兆宇": ("戚兆宇", "official", _PY, [
        ("fg02", _PY + "委", "常委", _F02C, "elected 2021-09-28")], []),
    "fg:甘永强": ("甘永强", "official", _PY, [
        ("fg02", _PY + "纪委", "副书记", "甘永强、柴晓燕当选为县纪委副书记", None)], []),
    "fg:柴晓燕": ("柴晓燕", "official", _PY, [
        ("fg02", _PY + "纪委", "副书记", "甘永强、柴晓燕当选为县纪委副书记", None)], []),
    "fg:宓海燕": ("宓海燕", "official", _ZMD, [
        ("fg02", _ZMD + "委组织部", "副部长", "市委组织部副部长宓海燕到会指导", "bare 市委 in the 驻马店日报 = 驻马店市委")], []),
    "fg:聂承远": ("聂承远", "official", _ZMD, [
        ("fg03", _ZMD + "委", "常委", _F03C, "elected 2021-10-17"),
        ("fg03", _ZMD + "委", "书记", "聂承远当选为市委书记", "elected; the headline and 新当选的市委书记 repeat it")], []),
    "fg:魏立铭": ("魏立铭", "official", _ZMD, [
        ("fg03", _ZMD + "委", "常委", _F03C, "elected 2021-10-17"),
        ("fg03", _ZMD + "委", "副书记", _F03D, "elected; the headline repeats it"),
        ("fg03", _ZMD + "政府", "市长", "市长魏立铭表示", None)], []),
    "fg:戴书华": ("戴书华", "official", _ZMD, [
        ("fg03", _ZMD + "委", "常委", _F03C, "elected 2021-10-17"),
        ("fg03", _ZMD + "委", "副书记", _F03D, "elected")], []),
    "fg:嵇红梅": ("嵇红梅", "official", _ZMD, [
        ("fg03", _ZMD + "委", "常委", _F03C, "elected 2021-10-17"),
        ("fg03", _ZMD + "纪委", "书记", "嵇红梅当选为市纪委书记", "市纪委 一次全会 result approved by the 全会")], []),
    **{f"fg:{n}": (n, "official", _ZMD, [("fg03", _ZMD + "委", "常委", _F03C, "elected 2021-10-17")], [])
       for n in ("蒯海波", "佟瀚文", "祁岚清", "房志刚", "顾爱民", "鄂立强")},
    "fg:欧阳立新": ("欧阳立新", "official", _ZMD, [
        ("fg03", _ZMD + "纪委", "副书记", "欧阳立新、马瑞芳当选为市纪委副书记", None)], []),
    "fg:马瑞芳": ("马瑞芳", "official", _ZMD, [
        ("fg03", _ZMD + "纪委", "副书记", "欧阳立新、马瑞芳当选为市纪委副书记", None)], []),
    "fg:冉庆丰": ("冉庆丰", "official", "河南省", [
        ("fg03", "河南省委组织部", "副部长", "省委组织部副部长冉庆丰到会指导", "bare 省委 on the 驻马店 site = 河南省委")], []),
    # ---- 滨海县 / 响水县 (江苏 盐城)
    "fg:邴立峰": ("邴立峰", "official", _BH, [
        ("fg04", _BH + "纪委", "常委", _F04C, "elected 2021-08-20"),
        ("fg04", _BH + "纪委", "书记", "邴立峰当选为县纪委书记", "elected; also the chair 指定 by the 主席团常务委员会 (a session role)")], []),
    "fg:缪启华": ("缪启华", "official", "盐城市", [
        ("fg04", _BH + "纪委", "常委", _F04C, "elected 2021-08-20 (identity case: 响水县纪委书记 2023, fg05)"),
        ("fg04", _BH + "纪委", "副书记", _F04D, "elected 2021-08-20"),
        ("fg05", _XS + "委", "常委", _F05M, "2023-02: now in 响水县"),
        ("fg05", _XS + "纪委", "书记", _F05M, None),
        ("fg05", _XS + "监委", "主任", _F05M, "监察委员会 → 监委")], []),
    "fg:季永红": ("季永红", "official", _BH, [
        ("fg04", _BH + "纪委", "常委", _F04C, None),
        ("fg04", _BH + "纪委", "副书记", _F04D, None)], []),
    "fg:卜亚军": ("卜亚军", "official", _BH, [
        ("fg04", _BH + "纪委", "常委", _F04C, None)], []),
    "fg:沙丽娟": ("沙丽娟", "official", _BH, [
        ("fg04", _BH + "纪委", "常委", _F04C, None)], []),
    "fg:裴雪松": ("裴雪松", "official", "盐城市", [
        ("fg04", "盐城市委换届考察组", "组长", _F04P, "DECIDED HERE: a temporary group's role is a post of the group; bare 市委 on the 滨海 site = 盐城市委"),
        ("fg04", "盐城市纪委", "常委", _F04P, None)], []),
    "fg:仲亚楠": ("仲亚楠", "official", _BH, [
        ("fg04", _BH + "委", "常委", "县委常委、组织部部长仲亚楠到会指导", None),
        ("fg04", _BH + "委组织部", "部长", "县委常委、组织部部长仲亚楠到会指导", None)], []),
    "fg:喻振东": ("喻振东", "official", _XS, [
        ("fg05", _XS + "委", "书记", "县委书记喻振东出席会议并讲话", None)], []),
    "fg:宗海燕": ("宗海燕", "official", _XS, [
        ("fg05", _XS + "委", "副书记", _F05Z, None),
        ("fg05", _XS + "政府", "县长", _F05Z, None)], []),
    "fg:严立本": ("严立本", "official", _XS, [
        ("fg05", _XS + "人大常委会", "主任", _F05Z, None)], []),
    "fg:葛荣华": ("葛荣华", "official", _XS, [
        ("fg05", _XS + "政协", "主席", "县政协主席葛荣华出席会议", None)], []),
    "fg:殷兆辉": ("殷兆辉", "official", _XS, [
        ("fg05", _XS + "委", "副书记", "县委副书记殷兆辉主持会议", None)], []),
    "fg:花卫国": ("花卫国", "official", _XS, [
        ("fg05", _XS + "纪委", "副书记", _F05H, None),
        ("fg05", _XS + "监委", "副主任", _F05H, None)], []),
    # ---- 犍为县 / 井研县 (四川 乐山)
    "fg:晏明槐": ("晏明槐", "official", _QW, [
        ("fg06", _QW + "委", "书记", "县委书记晏明槐，县委副书记、县长符元昭", None)], []),
    "fg:符元昭": ("符元昭", "official", _QW, [
        ("fg06", _QW + "委", "副书记", _F06F, None),
        ("fg06", _QW + "政府", "县长", _F06F, None)], []),
    "fg:蒲玉兰": ("蒲玉兰", "official", _QW, [
        ("fg06", _QW + "委", "副书记", _F06F, None)], []),
    "fg:雍德明": ("雍德明", "official", _QW, [
        ("fg06", _QW + "人大常委会", "主任", "县人大常委会主任雍德明", None)], []),
    "fg:苟兴华": ("苟兴华", "official", _QW, [
        ("fg06", _QW + "政协", "主席", "县政协主席苟兴华等大会主席团", None)], []),
    "fg:税建新": ("税建新", "official", "乐山市", [
        ("fg06", "乐山市委组织部", "副部长", "市委组织部副部长税建新到会指导", "bare 市委 on the 犍为 site = 乐山市委 (its parent)")], []),
    "fg:幸丽萍": ("幸丽萍", "official", _QW, [
        ("fg06", _QW + "委", "常委", _F06X, None),
        ("fg06", _QW + "纪委", "书记", _F06X, None),
        ("fg06", _QW + "监委", "主任", _F06X, None)], []),
    "fg:母世杰": ("母世杰", "official", "乐山市", [
        ("fg06", _QW + "委", "常委", _F06M, "2021-09 (identity case: 井研县长 2023, fg07)"),
        ("fg06", _QW + "政府", "常务副县长", _F06M, None),
        ("fg07", _JY + "委", "副书记", _F07M, "2023-12: now in 井研县"),
        ("fg07", _JY + "政府", "县长", _F07M, None)], []),
    "fg:骆长青": ("骆长青", "official", _JY, [
        ("fg07", _JY + "委", "书记", "县委书记骆长青代表县委常委会", None)], []),
    "fg:邬静姝": ("邬静姝", "official", _JY, [
        ("fg07", _JY + "委", "副书记", "县委副书记邬静姝", None)], []),
    "fg:廖德全": ("廖德全", "official", _JY, [
        ("fg07", _JY + "人大常委会", "主任", "县人大常委会主任廖德全", None)], []),
    "fg:易书兰": ("易书兰", "official", _JY, [
        ("fg07", _JY + "政协", "主席", "县政协主席易书兰", None)], []),
    # ---- 宁明县 (广西 崇左)
    "fg:农海峰": ("农海峰", "official", _NM, [
        ("fg08", _NM + "委", "书记", "书记：农海峰", "elected 2021-09-23 (名单); 新当选的县委书记 repeats it"),
        ("fg08", _NM + "委", "常委", _F08C, "elected")], []),
    "fg:覃绍荣": ("覃绍荣", "official", _NM, [
        ("fg08", _NM + "委", "副书记", _F08D, None),
        ("fg08", _NM + "委", "常委", _F08C, None)], []),
    "fg:梁雪芬": ("梁雪芬", "official", _NM, [
        ("fg08", _NM + "委", "副书记", _F08D, None),
        ("fg08", _NM + "委", "常委", _F08C, None)], []),
    "fg:尹志宏#1": ("尹志宏", "official", _NM, [
        ("fg08", _NM + "委", "常委", _F08Y, "宁明 (广西), 2021-09; in the 常委 名单 too (one line); not the 尹志宏 of 宝清 (fg10)"),
        ("fg08", _NM + "委组织部", "部长", _F08Y, None)], []),
    **{f"fg:{n}": (n, "official", _NM, [("fg08", _NM + "委", "常委", _F08C, "elected 2021-09-23 (名单)")], [])
       for n in ("闭永宁", "蒙志刚", "黎振湘", "滕世杰")},
    "fg:凌丽芳": ("凌丽芳", "official", _NM, [
        ("fg08", _NM + "委", "常委", _F08C, None),
        ("fg08", _NM + "纪委", "书记", "书记：凌丽芳", "纪委 一次全会 result approved by the 全会"),
        ("fg08", _NM + "纪委", "常委", _F08JC, None)], []),
    "fg:冯春梅": ("冯春梅", "official", _NM, [
        ("fg08", _NM + "纪委", "副书记", _F08JD, None),
        ("fg08", _NM + "纪委", "常委", _F08JC, None)], []),
    "fg:黄锦坤": ("黄锦坤", "official", _NM, [
        ("fg08", _NM + "纪委", "副书记", _F08JD, None),
        ("fg08", _NM + "纪委", "常委", _F08JC, None)], []),
    "fg:陆卓然": ("陆卓然", "official", _NM, [
        ("fg08", _NM + "纪委", "常委", _F08JC, None)], []),
    "fg:谢永钊": ("谢永钊", "official", _NM, [
        ("fg08", _NM + "纪委", "常委", _F08JC, None)], []),
    "fg:甘秀莲": ("甘秀莲", "official", "崇左市", [
        ("fg08", "崇左市委组织部", "副部长", "市委组织部副部长甘秀莲到会指导", "bare 市委 on the 宁明 site = 崇左市委")], []),
    # ---- 蒲城县 (陕西 渭南)
    "fg:寇振宇": ("寇振宇", "official", _PC, [
        ("fg09", _PC + "委", "书记", "县委书记寇振宇代表县委常委会", None)], []),
    "fg:樊继尧": ("樊继尧", "official", _PC, [
        ("fg09", _PC + "委", "副书记", _F09F, None),
        ("fg09", _PC + "政府", "县长", _F09F, None)], []),
    "fg:党玉洁": ("党玉洁", "official", _PC, [
        ("fg09", _PC + "委", "副书记", "县委副书记党玉洁", None)], []),
    "fg:米长荣": ("米长荣", "official", _PC, [
        ("fg09", _PC + "人大常委会", "主任", "县人大常委会主任米长荣", None)], []),
    "fg:屈慧敏": ("屈慧敏", "official", _PC, [
        ("fg09", _PC + "政协", "主席", "县政协主席屈慧敏", None)], []),
    "fg:侯晓峰": ("侯晓峰", "official", _PC, [
        ("fg09", _PC + "委", "候补委员", _F09D, "held until the 递补"),
        ("fg09", _PC + "委", "委员", _F09D, "DECIDED HERE: 递补 as 委员 from 2023-12-28")], []),
    "fg:同丽君": ("同丽君", "official", _PC, [
        ("fg09", _PC + "委", "候补委员", _F09D, "held until the 递补"),
        ("fg09", _PC + "委", "委员", _F09D, "DECIDED HERE: 递补 as 委员 from 2023-12-28")], []),
    "fg:拓海宁": ("拓海宁", "official", _PC, [
        ("fg09", _PC + "委", "常委", _F09T, None),
        ("fg09", _PC + "委组织部", "部长", _F09T, None)], []),
    # ---- 宝清县 / 集贤县 (黑龙江 双鸭山)
    "fg:隋永刚": ("隋永刚", "official", _BQ, [
        ("fg10", _BQ + "委", "常委", _F10C, "elected 2021-09-29"),
        ("fg10", _BQ + "委", "书记", "选举隋永刚为县委书记", "elected; 新当选的县委书记 repeats it")], []),
    "fg:姜丽娜": ("姜丽娜", "official", _BQ, [
        ("fg10", _BQ + "委", "常委", _F10C, None),
        ("fg10", _BQ + "委", "副书记", _F10D, "elected; repeated in 县委副书记、县长姜丽娜 (no second line)"),
        ("fg10", _BQ + "政府", "县长", "县委副书记、县长姜丽娜表示", None)], []),
    "fg:付国庆": ("付国庆", "official", _BQ, [
        ("fg10", _BQ + "委", "常委", _F10C, None),
        ("fg10", _BQ + "委", "副书记", _F10D, None)], []),
    "fg:车晓明": ("车晓明", "official", _BQ, [
        ("fg10", _BQ + "委", "常委", _F10C, None),
        ("fg10", _BQ + "纪委", "书记", "车晓明当选为县纪委书记", "纪委 一次全会 result approved by the 全会")], []),
    "fg:尹志宏#2": ("尹志宏", "official", _BQ, [
        ("fg10", _BQ + "委", "常委", _F10Y, "宝清 (黑龙江), 2021-09; elected 常委 in the same article (one line); not the 尹志宏 of 宁明 (fg08)"),
        ("fg10", _BQ + "委宣传部", "部长", _F10Y, None)], []),
    **{f"fg:{n}": (n, "official", _BQ, [("fg10", _BQ + "委", "常委", _F10C, "elected 2021-09-29")], [])
       for n in ("权永利", "鞠红霞", "邰德胜", "宫立伟")},
    "fg:潘广义": ("潘广义", "official", _BQ, [
        ("fg10", _BQ + "纪委", "副书记", _F10J, None)], []),
    "fg:尹雪梅": ("尹雪梅", "official", _BQ, [
        ("fg10", _BQ + "纪委", "副书记", _F10J, None)], []),
    "fg:霍振东": ("霍振东", "official", "双鸭山市", [
        ("fg10", "双鸭山市委组织部", "副部长", "市委组织部副部长霍振东到会指导", "bare 市委 in the 双鸭山日报 = 双鸭山市委")], []),
    "fg:鲁卫平": ("鲁卫平", "official", _JX, [
        ("fg10", _JX + "纪委", "常委", _F10JC, "article 2: 集贤's 县纪委"),
        ("fg10", _JX + "纪委", "书记", "选举鲁卫平为县纪委书记", None)], []),
    "fg:葛春娟": ("葛春娟", "official", _JX, [
        ("fg10", _JX + "纪委", "常委", _F10JC, None),
        ("fg10", _JX + "纪委", "副书记", _F10JD, None)], []),
    "fg:苗志军": ("苗志军", "official", _JX, [
        ("fg10", _JX + "纪委", "常委", _F10JC, None),
        ("fg10", _JX + "纪委", "副书记", _F10JD, None)], []),
    "fg:樊淑华": ("樊淑华", "official", _JX, [
        ("fg10", _JX + "纪委", "常委", _F10JC, None)], []),
    "fg:沙文博": ("沙文博", "official", _JX, [
        ("fg10", _JX + "纪委", "常委", _F10JC, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fg01", "薛雨桐", "责任编辑", "editor", "责任编辑：薛雨桐"),
    ("fg02", "訾书瑶", "记者", "reporter", "本报讯（记者 訾书瑶 通讯员 程昭）"),
    ("fg02", "程昭", "通讯员", "correspondent", "本报讯（记者 訾书瑶 通讯员 程昭）"),
    ("fg02", "闫若彤", "责任编辑", "editor", "责任编辑：闫若彤"),
    ("fg03", "蔡可欣", "作者", "author", "作者：蔡可欣"),
    ("fg03", "牟冬青", "责任编辑", "editor", "责任编辑：牟冬青"),
    ("fg04", "单雨婷", "责任编辑", "editor", "责任编辑：单雨婷"),
    ("fg05", "贺文钦", "编辑", "editor", "编辑：贺文钦"),
    ("fg05", "葛晓雯", "审核", "editor", "审核：葛晓雯"),
    ("fg06", "秦书涵", "作者", "author", "作者：秦书涵"),
    ("fg06", "赵婉清", "责任编辑", "editor", "责任编辑：赵婉清"),
    ("fg07", "黎晓筠", "记者", "reporter", "本报讯（记者 黎晓筠 通讯员 覃小蔓）"),
    ("fg07", "覃小蔓", "通讯员", "correspondent", "本报讯（记者 黎晓筠 通讯员 覃小蔓）"),
    ("fg07", "邓绮萱", "本版编辑", "editor", "本版编辑：邓绮萱"),
    ("fg07", "杨可馨", "校对", "editor", "校对：杨可馨"),
    ("fg08", "陆秋菡", "作者", "author", "作者：陆秋菡"),
    ("fg08", "韦诗涵", "责任编辑", "editor", "责任编辑：韦诗涵"),
    ("fg08", "农丽萍", "审核", "editor", "审核：农丽萍"),
    ("fg09", "雷晓彤", "责任编辑", "editor", "责任编辑：雷晓彤"),
    ("fg10", "庞雨萱", "记者", "reporter", "本报讯（记者 庞雨萱）"),
    ("fg10", "柏欣怡", "通讯员", "correspondent", "本报讯（记者 庞雨萱 通讯员 柏欣怡）"),
    ("fg10", "吕嘉音", "本版责编", "editor", "本版责编：吕嘉音"),
    ("fg10", "孟晓冉", "校对", "editor", "校对：孟晓冉"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("fg02", "訾书瑶"): "本报讯（记者 訾书瑶）9月28日下午",
    ("fg10", "庞雨萱"): "本报讯（记者 庞雨萱 通讯员 柏欣怡）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("fg01", "中共平舆县委十三届十二次全体（扩大）会议", "meeting (县委全会)", "1月28日上午", None, None, ["县委常委会"],
     ["邰秀英", "蔺长庚", "牛桂芬", "苑鹏飞", "鲍立军", "郜书敏", "晁丽娜"], ["庞景川", "栾志恒", "苑鹏飞"], "县会议中心",
     "1月28日上午，中国共产党平舆县第十三届委员会第十二次全体（扩大）会议在县会议中心召开",
     ["全会由县委常委会主持", "县委副书记邰秀英，县人大常委会主任蔺长庚，县政协主席牛桂芬", _F01C,
      "县委书记庞景川代表县委常委会作工作报告并讲话", "庞景川强调", _F01L, "栾志恒要求", "县委常委、县委办公室主任苑鹏飞宣读了"]),
    ("fg02", "中国共产党平舆县第十四次代表大会闭幕大会", "session (党代会)", "9月28日上午", "栾志恒", None, [],
     ["鄢文韬", "邰秀英", "蔺长庚", "牛桂芬", "宓海燕"], ["栾志恒"], None,
     "9月28日上午，中国共产党平舆县第十四次代表大会在圆满完成各项议程后胜利闭幕",
     ["栾志恒主持闭幕大会", _F02A, "县委副书记邰秀英，县人大常委会主任蔺长庚，县政协主席牛桂芬等大会主席团常务委员会委员在主席台前排就座",
      "市委组织部副部长宓海燕到会指导", "栾志恒在讲话中指出"]),
    ("fg02", "中共平舆县第十四届委员会第一次全体会议", "meeting (县委全会)", "9月28日下午", "栾志恒", None, [],
     ["蔺长庚", "牛桂芬"], ["栾志恒"], None,
     "9月28日下午，中国共产党平舆县第十四届委员会第一次全体会议召开",
     ["全会由大会主席团常务委员会指定的栾志恒主持", "县人大常委会主任蔺长庚，县政协主席牛桂芬列席会议", "新当选的县委书记栾志恒在讲话中表示"]),
    ("fg03", "中共驻马店市第五届委员会第一次全体会议", "meeting (市委全会)", "10月17日下午", "聂承远", None, [],
     ["冉庆丰"], ["聂承远", "魏立铭"], "市会议中心",
     "10月17日下午，中国共产党驻马店市第五届委员会第一次全体会议在市会议中心举行",
     ["全会由大会主席团常务委员会指定的聂承远主持", "省委组织部副部长冉庆丰到会指导", "新当选的市委书记聂承远在讲话中", "市长魏立铭表示"]),
    ("fg04", "中共滨海县第十四届纪律检查委员会第一次全体会议", "meeting (县纪委全会)", "8月20日下午", "邴立峰", None, [],
     ["裴雪松", "仲亚楠"], ["邴立峰", "裴雪松", "仲亚楠"], "县行政中心",
     "8月20日下午，中国共产党滨海县第十四届纪律检查委员会第一次全体会议在县行政中心召开",
     ["全会由县第十四次党代会主席团常务委员会指定的邴立峰主持", _F04P, "县委常委、组织部部长仲亚楠到会指导",
      "新当选的县纪委书记邴立峰在讲话中表示", "裴雪松在讲话中", "仲亚楠要求"]),
    ("fg05", "中国共产党响水县第十四届纪律检查委员会第三次全体会议", "meeting (县纪委全会)", "2月9日上午", "殷兆辉", None, [],
     ["喻振东", "宗海燕", "严立本", "葛荣华"], ["缪启华", "花卫国", "喻振东"], None,
     "2月9日上午，中国共产党响水县第十四届纪律检查委员会第三次全体会议召开",
     ["县委副书记殷兆辉主持会议", "县委书记喻振东出席会议并讲话", _F05Z, "县政协主席葛荣华出席会议", _F05M, _F05H, "喻振东指出",
      "缪启华在报告中表示"]),
    ("fg06", "中国共产党犍为县第十五次代表大会开幕大会", "session (党代会)", "9月9日上午", "符元昭", None, [],
     ["晏明槐", "蒲玉兰", "雍德明", "苟兴华", "税建新"], ["晏明槐", "幸丽萍"], "县会议中心",
     "9月9日上午，中国共产党犍为县第十五次代表大会在县会议中心隆重开幕",
     ["符元昭主持开幕大会", "县委书记晏明槐，县委副书记、县长符元昭，县委副书记蒲玉兰，县人大常委会主任雍德明，县政协主席苟兴华等大会主席团常务委员会委员在主席台前排就座",
      "市委组织部副部长税建新到会指导", "晏明槐代表中共犍为县第十四届委员会向大会作题为", _F06X]),
    ("fg06", "玉津镇代表团分组讨论", "meeting (代表团讨论)", "当天下午", None, None, [],
     ["母世杰"], ["母世杰"], None,
     "当天下午，各代表团分组讨论两个报告",
     [_F06M]),
    ("fg07", "中共井研县委十五届六次全会暨县委经济工作会议", "meeting (县委全会)", "12月28日", None, None, ["县委常委会"],
     ["邬静姝", "廖德全", "易书兰"], ["骆长青", "母世杰"], None,
     "12月28日，中国共产党井研县第十五届委员会第六次全体会议暨县委经济工作会议召开",
     ["全会由县委常委会主持", "县委书记骆长青代表县委常委会作工作报告并讲话", _F07M,
      "县委副书记邬静姝，县人大常委会主任廖德全，县政协主席易书兰等县级领导出席会议", "骆长青强调", "母世杰要求"]),
    ("fg08", "中国共产党宁明县第十四届委员会第一次全体会议", "meeting (县委全会)", "9月23日下午", "农海峰", None, [],
     ["甘秀莲"], ["尹志宏", "农海峰", "甘秀莲"], "县委党校礼堂",
     "9月23日下午，中国共产党宁明县第十四届委员会第一次全体会议在县委党校礼堂召开",
     ["全会由大会主席团常务委员会指定的农海峰主持", "市委组织部副部长甘秀莲到会指导", _F08Y, "新当选的县委书记农海峰在讲话中表示",
      "甘秀莲对全会选举结果表示祝贺"]),
    ("fg09", "中共蒲城县第十七届委员会第六次全体会议", "meeting (县委全会)", "12月28日", None, None, ["县委常委会"],
     ["党玉洁", "米长荣", "屈慧敏"], ["寇振宇", "樊继尧", "拓海宁"], None,
     "12月28日，中国共产党蒲城县第十七届委员会第六次全体会议召开",
     ["全会由县委常委会主持", "县委副书记党玉洁，县人大常委会主任米长荣，县政协主席屈慧敏等县级领导出席会议",
      "县委书记寇振宇代表县委常委会作工作报告并讲话", "寇振宇强调", _F09F, "樊继尧要求", _F09T]),
    ("fg10", "中共宝清县第十四届委员会第一次全体会议", "meeting (县委全会)", "9月29日下午", "隋永刚", None, [],
     ["霍振东"], ["尹志宏", "隋永刚", "姜丽娜"], None,
     "9月29日下午，中国共产党宝清县第十四届委员会第一次全体会议召开",
     ["全会由大会主席团常务委员会指定的隋永刚主持", "市委组织部副部长霍振东到会指导", _F10Y, "新当选的县委书记隋永刚在讲话中说",
      "县委副书记、县长姜丽娜表示"]),
    ("fg10", "中共集贤县纪律检查委员会第一次全体会议", "meeting (县纪委全会)", "9月29日下午", "鲁卫平", None, [],
     [], ["鲁卫平"], None,
     "中国共产党集贤县纪律检查委员会第一次全体会议召开",
     ["全会由大会主席团常务委员会指定的鲁卫平主持", "鲁卫平在讲话中表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fg01", "平舆产业集聚区户外休闲用品产业园二期", "industrial_park", "全力推进平舆产业集聚区户外休闲用品产业园二期"),
    ("fg01", "小洪河平舆段综合治理工程", "engineering_work", "小洪河平舆段综合治理工程和射桥镇"),
    ("fg01", "射桥镇农产品冷链物流中心", "logistics_hub", "射桥镇农产品冷链物流中心等重点项目"),
    ("fg02", "小洪河平舆段综合治理工程", "engineering_work", "紧盯小洪河平舆段综合治理工程"),
    ("fg02", "平舆产业集聚区户外休闲用品产业园二期", "industrial_park", "平舆产业集聚区户外休闲用品产业园二期等重点项目"),
    ("fg03", "天中国际物流港二期", "logistics_hub", "加快天中国际物流港二期"),
    ("fg03", "宿鸭湖生态保护修复工程", "greening_project", "宿鸭湖生态保护修复工程和驿城区装备制造产业园"),
    ("fg03", "驿城区装备制造产业园", "industrial_park", "驿城区装备制造产业园等重大项目建设"),
    ("fg04", "滨海港区10万吨级通用码头二期工程", "infrastructure_project", "聚焦滨海港区10万吨级通用码头二期工程"),
    ("fg04", "废黄河生态廊道工程", "greening_project", "废黄河生态廊道工程和滨海经开区新材料产业园"),
    ("fg04", "滨海经开区新材料产业园", "industrial_park", "滨海经开区新材料产业园等重大项目"),
    ("fg05", "响水港区三期码头工程", "infrastructure_project", "紧盯响水港区三期码头工程"),
    ("fg05", "灌河生态廊道工程", "greening_project", "灌河生态廊道工程和陈家港镇海上风电配套产业园"),
    ("fg05", "陈家港镇海上风电配套产业园", "industrial_park", "陈家港镇海上风电配套产业园等重点项目"),
    ("fg06", "罗城古镇保护提升工程", "project", "加快推进罗城古镇保护提升工程"),
    ("fg06", "清溪茉莉花产业园", "industrial_park", "清溪茉莉花产业园和岷江犍为段生态修复工程"),
    ("fg06", "岷江犍为段生态修复工程", "greening_project", "岷江犍为段生态修复工程等重大项目"),
    ("fg07", "井研县新材料产业园一期", "industrial_park", "井研县新材料产业园一期建成投产"),
    ("fg07", "茫溪河综合治理工程", "engineering_work", "茫溪河综合治理工程全面完工"),
    ("fg07", "井研县新材料产业园二期", "industrial_park", "加快井研县新材料产业园二期"),
    ("fg07", "千佛镇现代农业园区", "industrial_park", "千佛镇现代农业园区和井研至仁寿快速通道"),
    ("fg07", "井研至仁寿快速通道", "infrastructure_project", "井研至仁寿快速通道等项目建设"),
    ("fg08", "爱店口岸扩建工程", "infrastructure_project", "加快爱店口岸扩建工程"),
    ("fg08", "花山岩画保护利用工程", "project", "花山岩画保护利用工程和明江宁明段综合治理工程"),
    ("fg08", "明江宁明段综合治理工程", "engineering_work", "明江宁明段综合治理工程建设"),
    ("fg09", "蒲城高新区新能源装备产业园一期", "industrial_park", "蒲城高新区新能源装备产业园一期竣工投产"),
    ("fg09", "洛河蒲城段生态治理工程", "greening_project", "洛河蒲城段生态治理工程加快推进"),
    ("fg09", "蒲城高新区新能源装备产业园二期", "industrial_park", "全力推进蒲城高新区新能源装备产业园二期"),
    ("fg09", "卤阳湖现代农业示范园", "industrial_park", "卤阳湖现代农业示范园和尧山文化旅游区提升工程"),
    ("fg09", "尧山文化旅游区提升工程", "project", "尧山文化旅游区提升工程等重点项目"),
    ("fg10", "宝清县现代农业产业园", "industrial_park", "加快推进宝清县现代农业产业园"),
    ("fg10", "挠力河湿地保护修复工程", "greening_project", "挠力河湿地保护修复工程和宝清经济开发区"),
    ("fg10", "宝清经济开发区绿色食品加工园", "industrial_park", "宝清经济开发区绿色食品加工园等项目"),
    ("fg10", "安邦河流域生态治理工程", "greening_project", "聚焦安邦河流域生态治理工程"),
    ("fg10", "集贤县现代煤化工产业园", "industrial_park", "集贤县现代煤化工产业园等重大项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fg01", "平舆县", "county", "in_org_reference", "中国共产党平舆县第十三届委员会第十二次全体（扩大）会议"),
    ("fg01", "平舆产业集聚区", "development_zone", "in_project_name", "全力推进平舆产业集聚区户外休闲用品产业园二期"),
    ("fg01", "小洪河", "river", "in_project_name", "小洪河平舆段综合治理工程和射桥镇"),
    ("fg01", "射桥镇", "town", "in_project_name", "射桥镇农产品冷链物流中心等重点项目"),
    ("fg02", "平舆县", "county", "in_org_reference", "中国共产党平舆县第十四次代表大会在圆满完成各项议程后胜利闭幕"),
    ("fg02", "平舆", "county", "standalone", "推动平舆在新征程上实现更大发展"),
    ("fg02", "驻马店市", "prefecture_city", "in_org_reference", "平舆县出席中国共产党驻马店市第五次代表大会代表"),
    ("fg02", "小洪河", "river", "in_project_name", "紧盯小洪河平舆段综合治理工程"),
    ("fg02", "平舆产业集聚区", "development_zone", "in_project_name", "平舆产业集聚区户外休闲用品产业园二期等重点项目"),
    ("fg03", "驻马店市", "prefecture_city", "in_org_reference", "中国共产党驻马店市第五届委员会第一次全体会议在市会议中心举行"),
    ("fg03", "驻马店", "prefecture_city", "standalone", "奋力推动驻马店在中原更加出彩中勇挑重担"),
    ("fg03", "中原", "region", "standalone (slogan)", "奋力推动驻马店在中原更加出彩中勇挑重担"),
    ("fg03", "宿鸭湖", "reservoir", "in_project_name", "宿鸭湖生态保护修复工程和驿城区装备制造产业园"),
    ("fg03", "驿城区", "district", "in_project_name", "驿城区装备制造产业园等重大项目建设"),
    ("fg04", "滨海县", "county", "in_org_reference", "中国共产党滨海县第十四届纪律检查委员会第一次全体会议在县行政中心召开"),
    ("fg04", "滨海港区", "port", "in_project_name", "聚焦滨海港区10万吨级通用码头二期工程"),
    ("fg04", "废黄河", "river", "in_project_name", "废黄河生态廊道工程和滨海经开区新材料产业园"),
    ("fg04", "滨海经开区", "development_zone", "in_project_name", "滨海经开区新材料产业园等重大项目"),
    ("fg04", "滨海", "county", "standalone", "保障滨海高质量发展"),
    ("fg05", "响水县", "county", "in_org_reference", "中国共产党响水县第十四届纪律检查委员会第三次全体会议召开"),
    ("fg05", "响水", "county", "in_document_title", "为建设新时代“沿海新响水”提供坚强保障"),
    ("fg05", "响水港区", "port", "in_project_name", "紧盯响水港区三期码头工程"),
    ("fg05", "灌河", "river", "in_project_name", "灌河生态廊道工程和陈家港镇海上风电配套产业园"),
    ("fg05", "陈家港镇", "town", "in_project_name", "陈家港镇海上风电配套产业园等重点项目"),
    ("fg06", "犍为县", "county", "in_org_reference", "中国共产党犍为县第十五次代表大会在县会议中心隆重开幕"),
    ("fg06", "犍为", "county", "standalone", "今后五年，犍为将加快推进"),
    ("fg06", "成渝地区", "region", "in_document_title", "《奋力建设成渝地区双城经济圈南向开放门户"),
    ("fg06", "罗城古镇", "ancient_town", "in_project_name", "加快推进罗城古镇保护提升工程"),
    ("fg06", "清溪", "town", "in_project_name", "清溪茉莉花产业园和岷江犍为段生态修复工程"),
    ("fg06", "岷江", "river", "in_project_name", "岷江犍为段生态修复工程等重大项目"),
    ("fg06", "玉津镇", "town", "standalone", "参加玉津镇代表团讨论"),
    ("fg06", "乐山市", "prefecture_city", "in_org_reference", "选举犍为县出席中国共产党乐山市第九次代表大会代表"),
    ("fg07", "井研县", "county", "in_org_reference", "中国共产党井研县第十五届委员会第六次全体会议暨县委经济工作会议召开"),
    ("fg07", "乐山", "prefecture_city", "standalone", "聚焦建设乐山城市发展“北部门户”"),
    ("fg07", "茫溪河", "river", "in_project_name", "茫溪河综合治理工程全面完工"),
    ("fg07", "千佛镇", "town", "in_project_name", "千佛镇现代农业园区和井研至仁寿快速通道"),
    ("fg07", "井研", "county", "in_project_name", "井研至仁寿快速通道等项目建设"),
    ("fg07", "仁寿", "county", "in_project_name", "井研至仁寿快速通道等项目建设"),
    ("fg08", "宁明县", "county", "in_org_reference", "中国共产党宁明县第十四届委员会第一次全体会议在县委党校礼堂召开"),
    ("fg08", "宁明", "county", "standalone", "奋力开创宁明发展新局面"),
    ("fg08", "东盟", "region", "standalone", "围绕建设面向东盟开放合作前沿县的目标"),
    ("fg08", "爱店口岸", "port", "in_project_name", "加快爱店口岸扩建工程"),
    ("fg08", "花山岩画", "heritage_site", "in_project_name", "花山岩画保护利用工程和明江宁明段综合治理工程"),
    ("fg08", "明江", "river", "in_project_name", "明江宁明段综合治理工程建设"),
    ("fg09", "蒲城县", "county", "in_org_reference", "中国共产党蒲城县第十七届委员会第六次全体会议召开"),
    ("fg09", "蒲城高新区", "development_zone", "in_project_name", "蒲城高新区新能源装备产业园一期竣工投产"),
    ("fg09", "洛河", "river", "in_project_name", "洛河蒲城段生态治理工程加快推进"),
    ("fg09", "卤阳湖", "lake", "in_project_name", "卤阳湖现代农业示范园和尧山文化旅游区提升工程"),
    ("fg09", "尧山", "mountain", "in_project_name", "尧山文化旅游区提升工程等重点项目"),
    ("fg10", "宝清县", "county", "in_org_reference", "中国共产党宝清县第十四届委员会第一次全体会议召开"),
    ("fg10", "宝清", "county", "standalone", "推动宝清在全省县域经济发展中争先进位"),
    ("fg10", "挠力河", "river", "in_project_name", "挠力河湿地保护修复工程和宝清经济开发区"),
    ("fg10", "宝清经济开发区", "development_zone", "in_project_name", "宝清经济开发区绿色食品加工园等项目"),
    ("fg10", "集贤县", "county", "in_org_reference", "中国共产党集贤县纪律检查委员会第一次全体会议召开"),
    ("fg10", "集贤", "county", "standalone", "为集贤振兴发展提供坚强纪律保障"),
    ("fg10", "安邦河", "river", "in_project_name", "聚焦安邦河流域生态治理工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fg", conventions="set fg (blind set: party congress and plenary pages in 河南 (平舆县, 驻马店市), 江苏 盐城 (滨海县, 响水县), 四川 乐山 (犍为县, 井研县), 广西 崇左 (宁明县), 陕西 渭南 (蒲城县), 黑龙江 双鸭山 (宝清县, 集贤县): mid-term and first 县委全会, 党代会 开幕 / 闭幕, 县纪委 一次全会 and annual 全会, a 市委 一次全会; elections are holdings from the session's date (…当选为县委常委 gives every name 县委 常委; 纪委 results approved by the 全会 are holdings of the 全会 article; 名单 appendix read line by line); 递补 gives 委员 (and the 候补委员 held until then); session roles no posts; 市委换届考察组 组长 a post of the group; one line per post per article)",
          persons_note="Set fg persons. id = corpus-wide person_id (fg:尹志宏#1 of 宁明县 (广西, 县委常委、组织部部长) and fg:尹志宏#2 of 宝清县 (黑龙江, 县委常委、宣传部部长) are two people; fg:栾志恒 平舆 县长 2021-01 → 县委书记 2021-09; fg:庞景川 平舆县委书记 2021-01 → 驻马店市委常委 2021-10; fg:缪启华 滨海县纪委副书记 2021-08 → 响水县委常委、县纪委书记、县监委主任 2023-02; fg:母世杰 犍为县委常委、常务副县长 2021-09 → 井研县委副书记、县长 2023-12)")


if __name__ == "__main__":
    main()
