"""Write gold part ``hg`` (a blind, held-out-like mix: ordinary local news from 河南, 湖北, 四川, 重庆, 广西 and 海南 — county
and district government sites, a zone's site, city papers and a county news portal; each page a different jurisdiction)
from the tables below.

Pages ``tests/dev/texts/hg*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 綦江区 site's ``綦江要闻`` pages (``您当前的位置:
首页 > 綦江要闻``, ``日期: 2023-11-29 字体:``, ``区委书记…会见…一行``, ``区领导…参加``; a 调研采访 item with ``区委书记…，区委常委、
宣传部部长…参加``, the ``綦江高新区``; a 政协 会议 item with ``中共重庆市綦江区委书记``); the 綦江 融媒 page (``记者 … 摄``,
``来源:綦江发布``); the 夷陵 融媒 pages (``夷陵区委副书记、区长…主持召开区政府常务会议``, ``编辑:夷陵融媒体``; the 三级干部会议
with ``区委书记…主持会议并讲话，区委副书记、区长…安排部署``); a 夷陵 调研组 item (``夷陵区领导…陪同调研或参加座谈``); the 宜都
融媒 page (``宜都融媒讯(记者 …)``, ``(责编:… 审核:…)``, ``相关阅读``, ``0 条评论 来说两句吧``); the 三峡日报 e-paper
(``2023年11月02日 出版``, ``第A1版:头版``, ``三峡日报讯(记者…、通讯员…)``, ``鄂ICP备``); the 中新网湖北 宜昌 page (``您当前的
位置 : 中新网湖北 > 崛起宜昌``, ``来源:… 分享到:``); a 绵阳新闻网 item (``科技城管委会副主任、经开区党工委书记…陪同督导``,
``(綿報融媒記者 …) 編輯:… 校對:… 審核:…``); the 绵阳日报 page (``绵阳日报 2018-11-30``, ``本报讯(记者…)``, a long
``陪同视察`` list with title chains, ``新闻推荐``); the 资阳 paper (``市委副书记…深入资阳经济开发区调研``); the 四川地情 site
(``您的位置: 首页 >新闻中心>…``, ``发布时间:… 浏览次数: 【字体:``, ``终审:``, ``关闭本页 【打印正文】``); the 南阳日报
电子报 (``当前报纸名称:南阳日报``, ``版面:第A1版:时政要闻 上一篇 下一篇``) and a 南阳 台 page (``高新区、官庄工区、综保区
党工委书记、管委会主任``); a 子长 county item (``市委常委、副市长…来我县调研。县委副书记、县长…``, ``在随后召开的座谈会上``);
a 梧州 digest (``●9月2日，市委常委、副市长…率队到蒙山县…``); the 定安 新闻发布会 page (``中共定安县委书记``, ``中共定安县委副
书记、县人民政府县长``); a 海口日报 美兰 item (``美兰区委常委、副区长…``). Places are real: 河南 南阳 (西峡县, 南阳高新区),
湖北 荆州 (荆州经开区 with 滩桥镇 and 联合街道, 松滋市), 四川 遂宁 (蓬溪县, 遂宁经开区), 重庆 (潼南区 with 潼南高新区, 垫江县),
广西 贵港 (桂平市, 木乐镇), 海南 (定安县).

Shapes: the 西峡县 site (发布时间 / 来源 / 浏览次数 / 字号, 责任编辑, 上一篇 / 下一篇, footer with 网站标识码 and 备案号) of the
县长's 调研 of two towns with town heads reporting (hg01); the 南阳日报 第A02版 (two-line headline, ``本报讯（记者 …）``,
``（编辑：… 校对：…）``, ``本版其他文章``) of a 副市长's 调研 in the 高新区 written bare in the titles (hg02); the 荆州经开区 site
(``时间：… 来源：经开区党政办 点击数：``) of a 推进会 with the zone's 党工委 / 管委会 / 纪工委 and the heads of a 托管 town and
street (hg03); the 松滋市 (county-level city) site of a 市政府常务会议 with bare ``市委副书记、市长``, ``市政府党组成员`` and a
visible ``荆州市`` (hg04); the 蓬溪县 site (``信息来源：… 发布时间：… 浏览量：``, ``（县融媒体中心　记者 …）``) of the 县长's
调研 (hg05); the 遂宁日报 数字报 (``版次：01 作者：记者 … 日期：``) of the 市长's 调研 in the 经开区 (hg06); the 潼南区 site
modelled on 綦江's (``您当前的位置：首页 > 潼南要闻``, ``日期：… 字体：``) of the 区委书记's 调研 in the 潼南高新区 with
``区委常委、潼南高新区党工委书记`` and a bare ``高新区管委会常务副主任`` (hg07); the 垫江县 site of the 县委书记's 调研 (hg08); the
桂平新闻网 portal (stamp with 作者, share buttons, ``相关阅读``, comment box) of a 贵港 副市长's 调研 with 桂平's bare ``市委常委、
常务副市长`` (hg09); the 定安县 site of the 县委书记's 调研 (hg10).

Identity cases:
- hg:樊启航, a 县长 who becomes the city's 副市长: 西峡县委副书记、县长 in May 2022 (hg01) → 南阳市副市长 in July 2024 (hg02).
- hg:柯学敏, a zone official who becomes a county-level city's 市长: 荆州经开区党工委委员、管委会副主任 in Nov 2021 (hg03) →
  松滋市委副书记、市长 in Sept 2023 (hg04).
- hg:卓明远, a 县长 who becomes a zone's 书记: 蓬溪县委副书记、县长 in June 2021 (hg05) → 遂宁经开区党工委书记 in Dec 2023 (hg06).
- hg:胥立川 moves between 重庆 districts and counties: 潼南区副区长 in Aug 2022 (hg07) → 垫江县委常委、常务副县长 in April 2024
  (hg08).
- two different 汤国栋 in unrelated places: hg:汤国栋#1 is 西峡县 副县长 (河南, hg01, 2022); hg:汤国栋#2 is 桂平市木乐镇党委书记
  (广西, hg09, 2023).
- one organ name of several places: bare ``经开区党工委`` / ``党工委副书记、管委会主任`` is 荆州经开区's on its site (hg03) and
  遂宁经开区's in the 遂宁日报 (hg06); bare ``高新区党工委书记`` / ``高新区管委会`` is 南阳高新区's in the 南阳日报 (hg02) and
  潼南高新区's on the 潼南区 site (hg07); bare ``县委副书记、县长`` / ``县委书记`` / ``县委常委`` are 西峡's, 蓬溪's, 垫江's and
  定安's on their sites; bare ``市委副书记、市长`` is the prefecture's in the 遂宁日报 (遂宁市, hg06) but the county-level city's on
  the 松滋 site (hg04), and ``市委常委、常务副市长`` after ``桂平市委副书记、市长`` is 桂平's although a 贵港 副市长 leads (hg09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, hf, av, ah, z where they speak; decided here where they are silent):
- Bare organs take the page's place or, after a named place's title, that place: on a county site 县委 / 县政府 / 县X局 = that
  county; ``镇党委书记`` after ``在丁河镇，`` / ``在任隆镇，`` / ``在雷鸣镇，`` / ``在沙坪镇数字农业示范园，`` = that town of the
  county (``西峡县丁河镇党委``); on the 松滋 site bare 市委 / 市政府 / 市住房和城乡建设局 = 松滋市 (county-level city), and the
  ``荆州市政府常务会议`` it relays is no post of anyone; in a city paper bare 市委 / 副市长 / 市政府秘书长 / 市科技局 = the paper's
  city; on the 桂平 portal ``市委常委、常务副市长`` after ``桂平市委副书记、市长`` = 桂平市 (as hf03's 舞钢).
- Zones: bare ``经开区`` / ``高新区`` on a zone's site or in its city's paper = that city's zone, labelled ``荆州经开区``,
  ``遂宁经开区``, ``南阳高新区``; the zone of the 重庆 district 潼南区 is ``潼南高新区`` (as av's 永川高新区); ``区委常委、潼南
  高新区党工委书记`` → 潼南区委 常委 + 潼南高新区党工委 书记; a bare ``高新区管委会常务副主任`` right after it is 潼南高新区's.
  党工委 goes with 书记 / 副书记 / 委员, 管委会 with 主任 / 常务副主任 / 副主任, ``纪工委书记`` → 荆州经开区纪工委 书记 (as bq).
- A town and a street that the 荆州经开区 site presents as its own (滩桥镇, 联合街道) take the zone label (as bq's 托管 towns):
  ``滩桥镇党委书记`` → 荆州经开区滩桥镇党委 书记, ``联合街道党工委书记`` → 荆州经开区联合街道党工委 书记.
- ``市政府党组成员`` → 松滋市政府党组 成员 (as ah, z); ``镇党委副书记、镇长`` → X镇党委 副书记 + X镇政府 镇长 (as bq).
- One line per post per article; a list after one title gives every name that title (``副市长毛晓婷、龚仁杰``).
- Events: 调研 is an ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 / 作表态发言 speakers);
  the 推进会 and the 常务会议 are meetings (chair when 主持; 出席 attendees; a person who 出席会议并讲话 is attendee and speaker,
  as bq08). Town heads who report on a 调研 without a written 陪同 are speakers only.
- Bylines: ``本报讯（记者 …）`` and ``（县融媒体中心　记者 …）`` / ``（记者 …）`` at the end are reporter rows (the 遂宁日报's
  ``作者：记者 …`` in the 版次 line names the same reporter and gives no second row); ``作者：`` in the stamp line of a
  one-article page is an author row (as hf); 责任编辑 / 编辑 / 校对 / 审核 are editor rows.
- Projects: works named as inspected, reported or to be pushed (产业园 N期 and named 产业园 ``industrial_park``; 污水处理厂 /
  管网 / 道路 / 码头 works ``infrastructure_project``; 水库除险加固, 灌区续建配套, 防洪治理 / 防洪护岸 ``engineering_work``;
  河道 生态治理 / 生态修复 / 水环境综合治理 ``greening_project``; 冷链物流中心 ``logistics_hub``; a 示范园, 交易市场改造, 共享农庄
  示范项目, 公共服务中心, a town's 高标准农田建设项目 (as bs04) ``project``). DECIDED HERE: a visited 基地 (``澄溪镇晚柚提质增效
  基地``) is no project (as hf's 种植基地); national campaigns and slogans (``千万工程``, ``双过半``, ``三夏``, ``一号工程``) are not
  projects; the 产业园's bare ``产业园二期`` in a report on the park named just before is the same project and gets no line.
- Places: one line per name per file, as written; places inside titles, organ references, headlines and project names count,
  the short name too (``西峡``, ``松滋``, ``桂平``, ``木乐``, ``潼南``, ``垫江``, ``定安``, as hf); a zone written both bare and with
  its city has both names (as CONVENTIONS); site lines, stamp lines, mastheads, 来源 lines, 本版其他文章 / 相关阅读 / 相关新闻 /
  相关链接 lists, 上一篇 / 下一篇 and footers are not annotated; ``我县``, ``全县``, ``全区``, ``全市`` are not places.
  DECIDED HERE: ``成渝`` in ``成渝中部现代化区域中心城市`` is a region (as bq's 珠江西岸); ``车阳河`` (a port area of 松滋)
  inside a project name is a place of kind ``area``.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

XX, NY, SZ, PX, SN = "西峡县", "南阳市", "松滋市", "蓬溪县", "遂宁市"
TN, DJ, GP, GG, DA = "潼南区", "垫江县", "桂平市", "贵港市", "定安县"
NYG, JZK, SNK, TNG = "南阳高新区", "荆州经开区", "遂宁经开区", "潼南高新区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hg01_xixia.txt": (2022, "发布时间：2022-05-12 16:48", XX, [
        ("樊启航到丁河镇、回车镇调研重点项目建设和香菇产业发展", "5月11日", "2022-05-11", "5月11日，县委副书记",
         "county site: the 县长's 调研 of two towns; a town secretary and a 镇长 report; 副县长 汤国栋#1")]),
    "hg02_nanyang.txt": (2024, "2024年7月18日　星期四", NY, [
        ("樊启航到南阳高新区调研时强调", "7月17日", "2024-07-17", "本报讯（记者 龚雅琪）7月17日",
         "city paper 第A02版: the former 西峡 县长, now 副市长, 调研 in the 高新区 (bare 高新区党工委书记 / 管委会主任)")]),
    "hg03_jingzhou.txt": (2021, "时间：2021-11-03 10:26", JZK, [
        ("经开区召开四季度重点项目建设攻坚推进会", "11月2日", "2021-11-02", "11月2日，经开区召开",
         "zone site: 推进会 (管委会主任 主持, 党工委书记 讲话, 党工委委员、管委会副主任 柯学敏 通报, 纪工委书记); town / street heads")]),
    "hg04_songzi.txt": (2023, "发布日期：2023-09-13", SZ, [
        ("柯学敏主持召开市政府第二十一次常务会议", "9月12日", "2023-09-12", "9月12日，市委副书记",
         "county-level city site: 市政府常务会议 (the former 荆州经开区 副主任, now 市长, 主持); 常务副市长, 副市长 list, 党组成员")]),
    "hg05_pengxi.txt": (2021, "发布时间：2021-06-10 09:15", PX, [
        ("卓明远到任隆镇、天福镇调研“三夏”生产和乡村振兴工作", "6月9日", "2021-06-09", "6月9日，县委副书记",
         "county site: the 县长's 调研 of two towns; a 融媒体中心 reporter at the end")]),
    "hg06_suining.txt": (2023, "2023年12月06日　星期三", SN, [
        ("邹博文到遂宁经开区调研锂电产业发展和重点项目建设", "12月5日", "2023-12-05", "本报讯（记者 罗嘉树）12月5日",
         "city paper 01版: the 市长's 调研 in the 经开区; the former 蓬溪 县长 now 经开区党工委书记")]),
    "hg07_tongnan.txt": (2022, "日期：2022-08-19", TN, [
        ("冉继峰到潼南高新区调研工业经济运行和项目建设", "8月18日", "2022-08-18", "8月18日，区委书记",
         "重庆 district site: the 区委书记's 调研 in the 潼南高新区; 区委常委、高新区党工委书记; 副区长 胥立川")]),
    "hg08_dianjiang.txt": (2024, "发布时间：2024-04-10 17:32", DJ, [
        ("戴光荣到沙坪镇、澄溪镇调研春耕生产和乡村振兴工作", "4月9日", "2024-04-09", "4月9日，县委书记",
         "重庆 county site: the 县委书记's 调研; 胥立川 now 县委常委、常务副县长")]),
    "hg09_guiping.txt": (2023, "2023-11-15 10:22", GP, [
        ("黎家骐到桂平市调研纺织服装产业发展", "11月14日", "2023-11-14", "11月14日，贵港市副市长",
         "county portal: a 贵港 副市长's 调研 in 桂平市; 桂平's 市长 and bare 常务副市长; 木乐镇党委书记 汤国栋#2")]),
    "hg10_dingan.txt": (2024, "时间：2024-06-06 18:05", DA, [
        ("符南华到雷鸣镇、龙门镇调研热带特色高效农业和乡村振兴工作", "6月5日", "2024-06-05", "6月5日，县委书记",
         "海南 county site: the 县委书记's 调研 of two towns; 县委常委、副县长; a town secretary")]),
}

_HG02_GAN = "党工委副书记、管委会主任甘立言"
_HG03_GU = "党工委副书记、管委会主任谷延平主持会议"
_HG03_KE = "党工委委员、管委会副主任柯学敏"
_HG03_YAN = "党工委委员、纪工委书记晏玉华"
_HG06_JIANG = "党工委副书记、管委会主任蒋雨辰"
_HG07_ZHONG = "区委常委、潼南高新区党工委书记钟世杰"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河南 西峡县 / 南阳市
    "hg:樊启航": ("樊启航", "official", NY, [
        ("hg01", "西峡县委", "副书记", "县委副书记、县长樊启航", "2022-05; bare 县委 on the 西峡县 site (identity case: 南阳市副市长 in 2024, hg02)"),
        ("hg01", "西峡县政府", "县长", "县委副书记、县长樊启航", "named in the headline too"),
        ("hg02", "南阳市政府", "副市长", "副市长樊启航到南阳高新区调研", "2024-07: now 南阳市副市长 (bare 副市长 in the 南阳日报)")], []),
    "hg:庞卫峰": ("庞卫峰", "official", XX, [
        ("hg01", "西峡县委", "常委", "县委常委、常务副县长庞卫峰", None),
        ("hg01", "西峡县政府", "常务副县长", "县委常委、常务副县长庞卫峰", None)], []),
    "hg:汤国栋#1": ("汤国栋", "official", XX, [
        ("hg01", "西峡县政府", "副县长", "副县长汤国栋", "西峡县 (河南); not the 汤国栋 of 桂平市木乐镇 (hg09)")], []),
    "hg:祝文娟": ("祝文娟", "official", XX, [
        ("hg01", "西峡县发展改革委", "主任", "县发展改革委主任祝文娟", "as written after the county")], []),
    "hg:聂洪川": ("聂洪川", "official", XX, [
        ("hg01", "西峡县丁河镇党委", "书记", "镇党委书记聂洪川", "bare 镇党委 after ``在丁河镇，``")], []),
    "hg:贺明哲": ("贺明哲", "official", XX, [
        ("hg01", "西峡县回车镇党委", "副书记", "镇党委副书记、镇长贺明哲", "bare 镇 after ``在回车镇，``"),
        ("hg01", "西峡县回车镇政府", "镇长", "镇党委副书记、镇长贺明哲", None)], []),
    "hg:芮朝阳": ("芮朝阳", "official", NY, [
        ("hg02", "南阳市政府", "副秘书长", "市政府副秘书长芮朝阳", None)], []),
    "hg:闵嘉禾": ("闵嘉禾", "official", NY, [
        ("hg02", "南阳市科技局", "局长", "市科技局局长闵嘉禾", None)], []),
    "hg:郗宏图": ("郗宏图", "official", NYG, [
        ("hg02", NYG + "党工委", "书记", "高新区党工委书记郗宏图", "bare 高新区 in the 南阳日报 = 南阳高新区 (the 潼南区 site's bare 高新区 is 潼南's, hg07)")], []),
    "hg:甘立言": ("甘立言", "official", NYG, [
        ("hg02", NYG + "党工委", "副书记", _HG02_GAN, "after 高新区党工委书记: the same zone"),
        ("hg02", NYG + "管委会", "主任", _HG02_GAN, None)], []),
    # ---- 湖北 荆州经开区 / 松滋市
    "hg:彭家骏": ("彭家骏", "official", JZK, [
        ("hg03", JZK + "党工委", "书记", "党工委书记彭家骏出席会议并讲话", "bare 党工委 on the 荆州经开区 site")], []),
    "hg:谷延平": ("谷延平", "official", JZK, [
        ("hg03", JZK + "党工委", "副书记", _HG03_GU, None),
        ("hg03", JZK + "管委会", "主任", _HG03_GU, None)], []),
    "hg:柯学敏": ("柯学敏", "official", SZ, [
        ("hg03", JZK + "党工委", "委员", _HG03_KE, "2021-11 (identity case: 松滋市委副书记、市长 in 2023, hg04)"),
        ("hg03", JZK + "管委会", "副主任", _HG03_KE, None),
        ("hg04", "松滋市委", "副书记", "市委副书记、市长柯学敏主持召开", "2023-09: bare 市委 on the 松滋 site = 松滋市 (county-level city), not 荆州"),
        ("hg04", "松滋市政府", "市长", "市委副书记、市长柯学敏主持召开", "named in the headline too")], []),
    "hg:晏玉华": ("晏玉华", "official", JZK, [
        ("hg03", JZK + "党工委", "委员", _HG03_YAN, None),
        ("hg03", JZK + "纪工委", "书记", _HG03_YAN, "the zone's 纪工委 (as bq)")], []),
    "hg:余凤鸣": ("余凤鸣", "official", JZK, [
        ("hg03", JZK + "滩桥镇党委", "书记", "滩桥镇党委书记余凤鸣", "a town the zone's site presents as its own takes the zone label (as bq)")], []),
    "hg:刘书涵": ("刘书涵", "official", JZK, [
        ("hg03", JZK + "联合街道党工委", "书记", "联合街道党工委书记刘书涵", "street's 党工委; zone label as 滩桥镇")], []),
    "hg:向东海": ("向东海", "official", SZ, [
        ("hg04", "松滋市委", "常委", "市委常委、常务副市长向东海", None),
        ("hg04", "松滋市政府", "常务副市长", "市委常委、常务副市长向东海", None)], []),
    "hg:毛晓婷": ("毛晓婷", "official", SZ, [
        ("hg04", "松滋市政府", "副市长", "副市长毛晓婷、龚仁杰", "list after one title")], []),
    "hg:龚仁杰": ("龚仁杰", "official", SZ, [
        ("hg04", "松滋市政府", "副市长", "副市长毛晓婷、龚仁杰", "list after one title")], []),
    "hg:伍家祥": ("伍家祥", "official", SZ, [
        ("hg04", "松滋市政府党组", "成员", "市政府党组成员伍家祥", "党组成员 is a post of the 党组 (as ah, z)")], []),
    "hg:严俊峰": ("严俊峰", "official", SZ, [
        ("hg04", "松滋市住房和城乡建设局", "局长", "市住房和城乡建设局局长严俊峰", "as written after the city")], []),
    # ---- 四川 蓬溪县 / 遂宁市
    "hg:卓明远": ("卓明远", "official", SN, [
        ("hg05", "蓬溪县委", "副书记", "县委副书记、县长卓明远", "2021-06 (identity case: 遂宁经开区党工委书记 in 2023, hg06)"),
        ("hg05", "蓬溪县政府", "县长", "县委副书记、县长卓明远", "named in the headline too"),
        ("hg06", SNK + "党工委", "书记", "经开区党工委书记卓明远", "2023-12: bare 经开区 in the 遂宁日报 = 遂宁经开区")], []),
    "hg:蒲春燕": ("蒲春燕", "official", PX, [
        ("hg05", "蓬溪县政府", "副县长", "副县长蒲春燕", None)], []),
    "hg:敬永德": ("敬永德", "official", PX, [
        ("hg05", "蓬溪县农业农村局", "局长", "县农业农村局局长敬永德", None)], []),
    "hg:文光耀": ("文光耀", "official", PX, [
        ("hg05", "蓬溪县任隆镇党委", "书记", "镇党委书记文光耀", "bare 镇党委 after ``在任隆镇，``")], []),
    "hg:邹博文": ("邹博文", "official", SN, [
        ("hg06", "遂宁市委", "副书记", "市委副书记、市长邹博文", "bare 市委 in the 遂宁日报 = 遂宁市; named in the headline too"),
        ("hg06", "遂宁市政府", "市长", "市委副书记、市长邹博文", None)], []),
    "hg:廖思源": ("廖思源", "official", SN, [
        ("hg06", "遂宁市政府", "副市长", "副市长廖思源", None)], []),
    "hg:唐开宇": ("唐开宇", "official", SN, [
        ("hg06", "遂宁市政府", "秘书长", "市政府秘书长唐开宇", None)], []),
    "hg:蒋雨辰": ("蒋雨辰", "official", SNK, [
        ("hg06", SNK + "党工委", "副书记", _HG06_JIANG, "after 经开区党工委书记: the same zone"),
        ("hg06", SNK + "管委会", "主任", _HG06_JIANG, None)], []),
    # ---- 重庆 潼南区 / 垫江县
    "hg:冉继峰": ("冉继峰", "official", TN, [
        ("hg07", "潼南区委", "书记", "区委书记冉继峰", "named in the headline too")], []),
    "hg:钟世杰": ("钟世杰", "official", TNG, [
        ("hg07", "潼南区委", "常委", _HG07_ZHONG, None),
        ("hg07", TNG + "党工委", "书记", _HG07_ZHONG, "the 重庆 district's zone labelled as written (as av's 永川高新区)")], []),
    "hg:胥立川": ("胥立川", "official", DJ, [
        ("hg07", "潼南区政府", "副区长", "副区长胥立川", "2022-08 (identity case: 垫江县委常委、常务副县长 in 2024, hg08)"),
        ("hg08", "垫江县委", "常委", "县委常委、常务副县长胥立川", "2024-04: bare 县委 on the 垫江县 site"),
        ("hg08", "垫江县政府", "常务副县长", "县委常委、常务副县长胥立川", None)], []),
    "hg:陶乐文": ("陶乐文", "official", TNG, [
        ("hg07", TNG + "管委会", "常务副主任", "高新区管委会常务副主任陶乐文", "bare 高新区 right after 潼南高新区党工委书记 = 潼南高新区")], []),
    "hg:戴光荣": ("戴光荣", "official", DJ, [
        ("hg08", "垫江县委", "书记", "县委书记戴光荣", "named in the headline too")], []),
    "hg:秦若兰": ("秦若兰", "official", DJ, [
        ("hg08", "垫江县农业农村委", "主任", "县农业农村委主任秦若兰", "as written (重庆's 农业农村委)")], []),
    "hg:熊建波": ("熊建波", "official", DJ, [
        ("hg08", "垫江县沙坪镇党委", "书记", "镇党委书记熊建波", "bare 镇党委 after ``在沙坪镇数字农业示范园，``")], []),
    # ---- 广西 桂平市
    "hg:黎家骐": ("黎家骐", "official", GG, [
        ("hg09", "贵港市政府", "副市长", "贵港市副市长黎家骐", "named in the headline too")], []),
    "hg:覃振林": ("覃振林", "official", GP, [
        ("hg09", "桂平市委", "副书记", "桂平市委副书记、市长覃振林", None),
        ("hg09", "桂平市政府", "市长", "桂平市委副书记、市长覃振林", None)], []),
    "hg:陆文斌": ("陆文斌", "official", GP, [
        ("hg09", "桂平市委", "常委", "市委常委、常务副市长陆文斌", "bare 市委 right after 桂平市委副书记、市长 = 桂平's, not 贵港's"),
        ("hg09", "桂平市政府", "常务副市长", "市委常委、常务副市长陆文斌", None)], []),
    "hg:汤国栋#2": ("汤国栋", "official", GP, [
        ("hg09", "桂平市木乐镇党委", "书记", "木乐镇党委书记汤国栋", "桂平市 (广西); not the 汤国栋 of 西峡县 (hg01)")], []),
    # ---- 海南 定安县
    "hg:符南华": ("符南华", "official", DA, [
        ("hg10", "定安县委", "书记", "县委书记符南华", "named in the headline too")], []),
    "hg:王策": ("王策", "official", DA, [
        ("hg10", "定安县委", "常委", "县委常委、副县长王策", None),
        ("hg10", "定安县政府", "副县长", "县委常委、副县长王策", None)], []),
    "hg:吴清妹": ("吴清妹", "official", DA, [
        ("hg10", "定安县农业农村局", "局长", "县农业农村局局长吴清妹", None)], []),
    "hg:陈诗雅": ("陈诗雅", "official", DA, [
        ("hg10", "定安县雷鸣镇党委", "书记", "镇党委书记陈诗雅", "bare 镇党委 after ``在雷鸣镇，``")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hg01", "吕婉清", "责任编辑", "editor", "责任编辑：吕婉清"),
    ("hg02", "龚雅琪", "记者", "reporter", "本报讯（记者 龚雅琪）"),
    ("hg02", "邢晓岚", "编辑", "editor", "编辑：邢晓岚"),
    ("hg02", "沈可欣", "校对", "editor", "校对：沈可欣"),
    ("hg03", "黄梦瑶", "编辑", "editor", "编辑：黄梦瑶"),
    ("hg04", "向婉柔", "责任编辑", "editor", "责任编辑：向婉柔"),
    ("hg05", "唐嘉懿", "记者", "reporter", "（县融媒体中心　记者 唐嘉懿）"),
    ("hg05", "杨露茜", "责任编辑", "editor", "责任编辑：杨露茜"),
    ("hg06", "罗嘉树", "记者", "reporter", "本报讯（记者 罗嘉树）"),
    ("hg06", "罗雪晴", "责任编辑", "editor", "责任编辑：罗雪晴"),
    ("hg07", "任小蔓", "记者", "reporter", "（记者 任小蔓）"),
    ("hg08", "谭雨菲", "编辑", "editor", "编辑：谭雨菲"),
    ("hg09", "梁韵诗", "作者", "author", "作者：梁韵诗"),
    ("hg09", "韦珊", "编辑", "editor", "编辑：韦珊"),
    ("hg09", "甘树林", "审核", "editor", "审核：甘树林"),
    ("hg10", "林芷萱", "作者", "author", "作者：林芷萱"),
    ("hg10", "邢小梅", "编辑", "editor", "编辑：邢小梅"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hg01", "丁河镇、回车镇重点项目建设和香菇产业发展调研", "inspection (调研)", "5月11日", None, "樊启航", [],
     ["庞卫峰", "汤国栋", "祝文娟"], ["聂洪川", "樊启航", "贺明哲", "祝文娟", "汤国栋"], "丁河镇、回车镇",
     "县委副书记、县长樊启航到丁河镇、回车镇调研重点项目建设和香菇产业发展情况",
     ["县长樊启航到丁河镇、回车镇调研", "县发展改革委主任祝文娟陪同调研", "镇党委书记聂洪川汇报了", "樊启航要求",
      "镇长贺明哲介绍了", "祝文娟就全县今年省市重点项目谋划和入库情况作了介绍", "樊启航强调", "汤国栋就做好汛期地质灾害隐患排查"]),
    ("hg02", "南阳高新区科技创新平台建设和重点项目调研", "inspection (调研)", "7月17日", None, "樊启航", [],
     ["芮朝阳", "闵嘉禾", "郗宏图", "甘立言"], ["甘立言", "闵嘉禾", "樊启航", "郗宏图"], "南阳高新区",
     "副市长樊启航到南阳高新区调研科技创新平台建设和重点项目推进情况",
     ["副市长樊启航到南阳高新区调研", "管委会主任甘立言陪同调研", "甘立言汇报了", "闵嘉禾介绍了", "樊启航指出", "郗宏图表示"]),
    ("hg03", "四季度重点项目建设攻坚推进会", "meeting (推进会)", "11月2日", "谷延平", None, [JZK],
     ["彭家骏", "柯学敏", "晏玉华"], ["柯学敏", "余凤鸣", "刘书涵", "彭家骏", "谷延平", "晏玉华"], None,
     "11月2日，经开区召开四季度重点项目建设攻坚推进会",
     ["党工委书记彭家骏出席会议并讲话", "管委会主任谷延平主持会议", "纪工委书记晏玉华出席会议", "柯学敏通报了",
      "刘书涵分别作表态发言", "彭家骏强调", "谷延平要求", "晏玉华就强化项目资金监管"]),
    ("hg04", "市政府第二十一次常务会议", "meeting (常务会议)", "9月12日", "柯学敏", None, ["松滋市政府"],
     ["向东海", "毛晓婷", "龚仁杰", "伍家祥"], ["严俊峰", "柯学敏", "向东海"], None,
     "市委副书记、市长柯学敏主持召开市政府第二十一次常务会议",
     ["市长柯学敏主持召开", "市政府党组成员伍家祥出席会议", "副市长毛晓婷、龚仁杰", "局长严俊峰关于", "柯学敏强调",
      "向东海就做好秋冬季安全生产", "柯学敏要求"]),
    ("hg05", "任隆镇、天福镇“三夏”生产和乡村振兴调研", "inspection (调研)", "6月9日", None, "卓明远", [],
     ["蒲春燕", "敬永德"], ["文光耀", "敬永德", "卓明远", "蒲春燕"], "任隆镇、天福镇",
     "县委副书记、县长卓明远到任隆镇、天福镇调研“三夏”生产和乡村振兴工作",
     ["县长卓明远到任隆镇、天福镇调研", "县农业农村局局长敬永德陪同调研", "镇党委书记文光耀汇报了", "敬永德介绍了",
      "卓明远指出", "蒲春燕就做好防汛减灾"]),
    ("hg06", "遂宁经开区锂电产业发展和重点项目建设调研", "inspection (调研)", "12月5日", None, "邹博文", [],
     ["廖思源", "唐开宇", "卓明远", "蒋雨辰"], ["蒋雨辰", "卓明远", "邹博文", "廖思源"], "遂宁经开区",
     "市委副书记、市长邹博文到遂宁经开区调研锂电产业发展和重点项目建设情况",
     ["市长邹博文到遂宁经开区调研", "管委会主任蒋雨辰陪同调研", "蒋雨辰汇报了", "卓明远介绍了", "邹博文强调",
      "廖思源就抓好园区安全生产"]),
    ("hg07", "潼南高新区工业经济运行和项目建设调研", "inspection (调研)", "8月18日", None, "冉继峰", [],
     ["钟世杰", "胥立川", "陶乐文"], ["钟世杰", "陶乐文", "冉继峰", "胥立川"], "潼南高新区",
     "区委书记冉继峰到潼南高新区调研工业经济运行和项目建设",
     ["区委书记冉继峰到潼南高新区调研", "常务副主任陶乐文陪同", "钟世杰汇报了", "陶乐文介绍了", "冉继峰指出",
      "胥立川就做好防汛抗旱"]),
    ("hg08", "沙坪镇、澄溪镇春耕生产和乡村振兴调研", "inspection (调研)", "4月9日", None, "戴光荣", [],
     ["胥立川", "秦若兰"], ["熊建波", "秦若兰", "戴光荣", "胥立川"], "沙坪镇、澄溪镇",
     "县委书记戴光荣到沙坪镇、澄溪镇调研春耕生产和乡村振兴工作",
     ["县委书记戴光荣到沙坪镇、澄溪镇调研", "县农业农村委主任秦若兰陪同调研", "镇党委书记熊建波汇报了", "秦若兰介绍了",
      "戴光荣强调", "胥立川就做好春季森林防火"]),
    ("hg09", "桂平市纺织服装产业发展和重点项目建设调研", "inspection (调研)", "11月14日", None, "黎家骐", [],
     ["覃振林", "陆文斌", "汤国栋"], ["汤国栋", "覃振林", "黎家骐", "陆文斌"], "桂平市",
     "贵港市副市长黎家骐到桂平市调研纺织服装产业发展和重点项目建设",
     ["贵港市副市长黎家骐到桂平市调研", "木乐镇党委书记汤国栋陪同调研", "汤国栋汇报了", "覃振林介绍了", "黎家骐指出",
      "陆文斌表示"]),
    ("hg10", "雷鸣镇、龙门镇热带特色高效农业和乡村振兴调研", "inspection (调研)", "6月5日", None, "符南华", [],
     ["王策", "吴清妹"], ["陈诗雅", "吴清妹", "符南华", "王策"], "雷鸣镇、龙门镇",
     "县委书记符南华到雷鸣镇、龙门镇调研热带特色高效农业发展和乡村振兴工作",
     ["县委书记符南华到雷鸣镇、龙门镇调研", "县农业农村局局长吴清妹陪同调研", "镇党委书记陈诗雅汇报了", "吴清妹介绍了",
      "符南华强调", "王策就做好台风防御准备"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hg01", "西峡县丁河镇猕猴桃深加工产业园", "industrial_park", "来到西峡县丁河镇猕猴桃深加工产业园"),
    ("hg01", "回车镇香菇交易市场改造提升项目", "project", "察看了回车镇香菇交易市场改造提升项目"),
    ("hg01", "鹳河回车段生态治理工程", "greening_project", "鹳河回车段生态治理工程"),
    ("hg02", "南阳高新区光电信息产业园二期", "industrial_park", "先后来到南阳高新区光电信息产业园二期"),
    ("hg02", "高新区科技创新综合体项目", "project", "高新区科技创新综合体项目和"),
    ("hg02", "白河高新区段生态修复工程", "greening_project", "白河高新区段生态修复工程现场"),
    ("hg03", "荆州经开区新能源电池材料产业园一期", "industrial_park", "荆州经开区新能源电池材料产业园一期、东方大道东延工程"),
    ("hg03", "东方大道东延工程", "infrastructure_project", "荆州经开区新能源电池材料产业园一期、东方大道东延工程"),
    ("hg03", "滩桥镇污水处理厂扩建工程", "infrastructure_project", "滩桥镇污水处理厂扩建工程等项目有序推进"),
    ("hg04", "松滋市城区雨污分流改造工程", "infrastructure_project", "关于松滋市城区雨污分流改造工程推进情况的汇报"),
    ("hg04", "洈水水库除险加固工程", "engineering_work", "会议研究了洈水水库除险加固工程"),
    ("hg04", "车阳河综合码头二期工程", "infrastructure_project", "车阳河综合码头二期工程有关事项"),
    ("hg05", "任隆镇高标准农田建设项目", "project", "先后来到任隆镇高标准农田建设项目区"),
    ("hg05", "天福镇蔬菜产业示范园", "project", "天福镇蔬菜产业示范园和"),
    ("hg05", "赤城湖水库灌区续建配套工程", "engineering_work", "赤城湖水库灌区续建配套工程天福段"),
    ("hg06", "遂宁经开区锂电新材料产业园二期", "industrial_park", "先后来到遂宁经开区锂电新材料产业园二期"),
    ("hg06", "经开区电子信息产业园标准化厂房三期", "industrial_park", "经开区电子信息产业园标准化厂房三期"),
    ("hg06", "东平大道南延线工程", "infrastructure_project", "东平大道南延线工程现场"),
    ("hg07", "潼南高新区绿色化工新材料产业园", "industrial_park", "先后来到潼南高新区绿色化工新材料产业园"),
    ("hg07", "高新区标准化厂房四期", "industrial_park", "高新区标准化厂房四期和"),
    ("hg07", "涪江潼南段防洪护岸综合整治工程", "engineering_work", "涪江潼南段防洪护岸综合整治工程现场"),
    ("hg08", "沙坪镇数字农业示范园", "project", "先后来到沙坪镇数字农业示范园"),
    ("hg08", "龙溪河垫江段水环境综合治理工程", "greening_project", "龙溪河垫江段水环境综合治理工程现场"),
    ("hg09", "桂平市木乐运动服装产业园二期", "industrial_park", "先后来到桂平市木乐运动服装产业园二期"),
    ("hg09", "木乐镇纺织服装智能制造公共服务中心", "project", "木乐镇纺织服装智能制造公共服务中心"),
    ("hg09", "郁江桂平段航道整治配套码头工程", "infrastructure_project", "郁江桂平段航道整治配套码头工程现场"),
    ("hg10", "雷鸣镇热带水果冷链物流中心", "logistics_hub", "来到雷鸣镇热带水果冷链物流中心建设现场"),
    ("hg10", "龙门镇共享农庄示范项目", "project", "察看了龙门镇共享农庄示范项目"),
    ("hg10", "南渡江定安段防洪治理工程", "engineering_work", "南渡江定安段防洪治理工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hg01", "丁河镇", "town", "standalone", "县长樊启航到丁河镇、回车镇调研"),
    ("hg01", "回车镇", "town", "standalone", "县长樊启航到丁河镇、回车镇调研"),
    ("hg01", "西峡县", "county", "in_project_name", "来到西峡县丁河镇猕猴桃深加工产业园"),
    ("hg01", "西峡", "county", "standalone", "香菇产业是西峡的富民产业"),
    ("hg01", "鹳河", "river", "standalone", "鹳河沿线工程要在主汛期前完成主体施工"),
    ("hg02", "南阳高新区", "development_zone", "standalone", "副市长樊启航到南阳高新区调研"),
    ("hg02", "高新区", "development_zone", "standalone", "高新区是全市创新驱动发展的主阵地"),
    ("hg02", "白河", "river", "in_project_name", "白河高新区段生态修复工程现场"),
    ("hg03", "经开区", "development_zone", "standalone", "11月2日，经开区召开"),
    ("hg03", "荆州经开区", "development_zone", "in_project_name", "荆州经开区新能源电池材料产业园一期"),
    ("hg03", "滩桥镇", "town", "standalone", "滩桥镇、联合街道主要负责同志参加会议"),
    ("hg03", "联合街道", "sub_district_office", "standalone", "滩桥镇、联合街道主要负责同志参加会议"),
    ("hg03", "东方大道", "road", "in_project_name", "东方大道东延工程"),
    ("hg04", "荆州市", "city", "in_org_reference", "传达学习荆州市政府常务会议精神"),
    ("hg04", "荆州", "city", "standalone", "为松滋融入荆州港口体系提供支撑"),
    ("hg04", "松滋市", "county_level_city", "in_project_name", "关于松滋市城区雨污分流改造工程推进情况的汇报"),
    ("hg04", "松滋", "county_level_city", "standalone", "为松滋融入荆州港口体系提供支撑"),
    ("hg04", "洈水水库", "reservoir", "in_project_name", "会议研究了洈水水库除险加固工程"),
    ("hg04", "车阳河", "area", "in_project_name", "车阳河综合码头二期工程有关事项"),
    ("hg05", "任隆镇", "town", "standalone", "县长卓明远到任隆镇、天福镇调研"),
    ("hg05", "天福镇", "town", "standalone", "县长卓明远到任隆镇、天福镇调研"),
    ("hg05", "赤城湖水库", "reservoir", "in_project_name", "赤城湖水库灌区续建配套工程天福段"),
    ("hg06", "遂宁经开区", "development_zone", "standalone", "市长邹博文到遂宁经开区调研"),
    ("hg06", "经开区", "development_zone", "standalone", "经开区要坚持“链主+配套”招商"),
    ("hg06", "遂宁", "city", "standalone", "锂电产业是遂宁加快建设"),
    ("hg06", "成渝", "region", "standalone", "加快建设成渝中部现代化区域中心城市"),
    ("hg06", "东平大道", "road", "in_project_name", "东平大道南延线工程现场"),
    ("hg07", "潼南高新区", "development_zone", "standalone", "区委书记冉继峰到潼南高新区调研"),
    ("hg07", "高新区", "development_zone", "in_org_reference", "高新区管委会常务副主任陶乐文"),
    ("hg07", "涪江", "river", "standalone", "涪江沿线工程安全度汛"),
    ("hg07", "潼南", "district", "in_project_name", "涪江潼南段防洪护岸综合整治工程现场"),
    ("hg08", "沙坪镇", "town", "standalone", "县委书记戴光荣到沙坪镇、澄溪镇调研"),
    ("hg08", "澄溪镇", "town", "standalone", "县委书记戴光荣到沙坪镇、澄溪镇调研"),
    ("hg08", "龙溪河", "river", "in_project_name", "龙溪河垫江段水环境综合治理工程现场"),
    ("hg08", "垫江", "county", "in_project_name", "龙溪河垫江段水环境综合治理工程现场"),
    ("hg09", "贵港市", "city", "in_title", "贵港市副市长黎家骐到桂平市调研"),
    ("hg09", "桂平市", "county_level_city", "standalone", "贵港市副市长黎家骐到桂平市调研"),
    ("hg09", "桂平", "county_level_city", "standalone", "纺织服装是桂平的传统优势产业"),
    ("hg09", "木乐镇", "town", "standalone", "汇报了木乐镇运动服装产业集群发展"),
    ("hg09", "木乐", "town", "in_project_name", "加快木乐运动服装产业园二期建设"),
    ("hg09", "郁江", "river", "in_project_name", "郁江桂平段航道整治配套码头工程现场"),
    ("hg10", "雷鸣镇", "town", "standalone", "县委书记符南华到雷鸣镇、龙门镇调研"),
    ("hg10", "龙门镇", "town", "standalone", "县委书记符南华到雷鸣镇、龙门镇调研"),
    ("hg10", "定安", "county", "standalone", "要立足定安热带农业资源优势"),
    ("hg10", "南渡江", "river", "in_project_name", "南渡江定安段防洪治理工程"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hg", conventions="set hg (blind, held-out-like mix: ordinary local news of 河南 (西峡县, 南阳市 and 南阳高新区), 湖北 (荆州经开区, 松滋市), 四川 (蓬溪县, 遂宁市 and 遂宁经开区), 重庆 (潼南区 and 潼南高新区, 垫江县), 广西 (桂平市, 贵港市) and 海南 (定安县); bare organs take the page's place (bare 市委 on a county-level city's site is that city's), bare 经开区 / 高新区 the page's city's zone; towns presented by a zone's site take the zone label; one line per post per article)",
          persons_note="Set hg persons. id = corpus-wide person_id (hg:汤国栋#1 of 西峡县 (河南) and hg:汤国栋#2 of 桂平市木乐镇 (广西) are two people; hg:樊启航 西峡县长 2022 → 南阳市副市长 2024; hg:柯学敏 荆州经开区管委会副主任 2021 → 松滋市长 2023; hg:卓明远 蓬溪县长 2021 → 遂宁经开区党工委书记 2023; hg:胥立川 潼南区副区长 2022 → 垫江县委常委、常务副县长 2024)")


if __name__ == "__main__":
    main()
