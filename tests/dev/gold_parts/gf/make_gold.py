"""Write gold part ``gf`` (a blind set: named projects and works in depth — 水利 (水库, 灌区, 堤防, 泵站), 交通 (高速公路,
大桥, 互通, 国道, 快速通道, 港口), 园区 (产业园 一期 / 二期), 城建 (安置小区, 老旧小区改造, 污水处理厂) and 民生 (学校, 医院迁建)
— in 山东 泰安 (东平县, 宁阳县), 四川 资阳 (安岳县, 乐至县, 雁江区) and 江苏 淮安 (盱眙县, 金湖县)) from the tables below.

Pages ``tests/dev/texts/gf*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a qianlima copy of a 宜宾 county page of a county leader's 水利 调研
(``先后来到…看现场、听汇报，详细了解…防洪治理工程、…水库除险加固项目工程等建设情况``, ``县领导…参加调研``); a 红网 湖南频道
page of a county leader's 水利 inspection (堤防加固工程, 泵站, 地表水厂; ``来源：红网 作者：… 编辑：…``); the 社旗发布 page of
the 县长's 交通城建 调研 (``东大桥加宽、方枣高速郝寨出口、安澜大桥、郑州路改建提升等项目施工现场``, ``县委常委、统战部部长…参加
调研``, ``来源:云上社旗 全媒体记者:``); a 金秀 page of the 县长's 高速公路 前期 调研 (大桥, 隧道, the 指挥部's 指挥长 陪同,
``上一篇: 下一篇:``); the 城步 融媒体 page of a 县委书记's 交通 调研 (``县委常委、副县长…，相关县直单位和乡镇负责人随同``,
``来源 作者 编辑``); a 永清 page of a 重点民生项目集中开工 (``县人民医院迁建项目计划投资6.3亿元``, a 第一中学迁建项目); the 新干
2022年重点民生项目清单 (a 城东学校, 安置房 小区 with 套数, ``何家山片区老旧小区改造(二期)``); a 惠东 县政府常务会议 page on a
棚户区改造 list; the 中江 page of a 污水处理厂二期工程 视察 (``二期工程建设和一期提标改造``); 卢龙 and 长子 污水处理厂 调研 pages
(``县委副书记、县长…带领县住建、发改、环保等部门负责人深入…镇``, ``县政府副县长…参加``); a 竹山 污水处理厂建设专题会议; the
衡阳市水利局 site of a 灌区续建配套与节水改造(2021~2022年)项目 开工 (a year range in brackets; footer ``主办 承办 网站标识码
湘ICP备``); 荆州 太湖港灌区新建扩建工程 (``估算总投资8.5亿元``) and the 向家坝灌区北总干渠一期二步工程 开工; the 长江云 page of a
高速公路 section's 开工 (``来源 日期 浏览次数 打印``); the 绩溪 site's 水库 调研 and 经济开发区 园区 调研 (``县经济开发区管委会
主任…陪同``, ``扫一扫在手机打开当前页``); a 秦皇岛 产业园 page (``分两期建设，其中一期…``); a 沅江 内湖 堤防 检查. Places are
real and new to the corpus's file names: 山东 泰安 (东平县 and 东平湖, 宁阳县), 四川 资阳 (安岳县, 乐至县, 雁江区), 江苏 淮安
(盱眙县 and 洪泽湖, 金湖县).

Shapes: the 东平县 site's 县长 调研 of three 水利 works on 东平湖 and 大清河 with a town secretary and the 县水利局局长 reporting
(gf01); the same site's 县政府常务会议 on the 城建重点项目 and 民生实事 lists (``…等``, ``（二期）``, ``（第三批）``, a document
title) (gf02); the 泰安日报 第A01版 of the 市长's 调研 of a 高速公路 and its 互通 / 大桥 in two counties (double headline, 本版
其他文章) (gf03); the 宁阳县 site of the 县委书记's 重点项目调度会 (a 经济开发区 管委会主任, 县住建局, a 产业园 一期 in production
and its 二期 written elliptically) (gf04); the 安岳县 site of the 县委书记's 调研 of a 水库, a 灌区 with a year range in brackets
and a 防洪治理工程 (gf05); the 乐至县 site of a 重点民生项目推进会 (安置小区（三期）, 医院迁建项目（一期）, a 中学新校区) (gf06);
the 资阳日报 第01版 of a 副市长's 调研 in 雁江区 (大桥, 安置小区（二期）, 医院迁建, 污水处理厂（三期）) (gf07); the 盱眙县 site of the
常务副县长's 汛前 检查 of 堤防, a 滞洪区 work ``（盱眙片）`` and a 灌区 (gf08); the 金湖县 site of the 县长's 调研 of a 快速通道,
a 特大桥, a 互通 and 堤防 (gf09); the 淮安新闻网 portal copy of the 淮安日报 report of a city 重大项目观摩 in 盱眙 and 金湖 and the
推进会 after it (``作者：记者 …``, 分享到, 相关阅读) (gf10).

Identity cases:
- gf:鄢志恒, a 县长 who becomes another county's 书记: 东平县委副书记、县长 in May 2022 (gf01) and March 2023 (gf02); 宁阳县委
  书记 in April 2024 (gf03) and September 2024 (gf04).
- gf:殷怀礼, a 副县长 who becomes 县长 in the same county: 东平县副县长 in 2022 (gf01) and 2023 (gf02); 东平县委副书记、县长 in
  April 2024 (gf03).
- gf:邬俊熙, a county 书记 who becomes the city's 副市长: 安岳县委书记 in July 2022 (gf05); 资阳市副市长 in June 2024 (gf07).
- gf:蒯振宇 moves between counties: 盱眙县委常委、常务副县长 in June 2023 (gf08); 金湖县委副书记、县长 in March 2024 (gf09) and
  August 2024 (gf10).
- the same official on two pages in the same post: gf:程远舟 (宁阳县委副书记、县长, gf03 and gf04).
- two different 鲁海峰 in unrelated places with look-alike department titles: gf:鲁海峰#1 is 乐至县住房和城乡建设局局长 (四川,
  gf06, May 2023); gf:鲁海峰#2 is 盱眙县水务局局长 (江苏, gf08, June 2023).
- one organ name in several places: bare ``县水利局`` is 东平's (gf01) and 安岳's (gf05); bare ``县水务局`` is 盱眙's (gf08) and
  金湖's (gf09); bare ``县教育和体育局`` is 宁阳's (gf04) and 乐至's (gf06); bare ``县委副书记、县长`` is 东平's (gf01, gf02),
  宁阳's (gf03, gf04), 乐至's (gf06) and 金湖's (gf09); bare ``市委副书记、市长`` is 泰安's (gf03) and 淮安's (gf10).
- projects on two pages at different stages: 宁东高速公路宁阳段 and 大汶河堽城大桥 (under way gf03, April 2024; 合龙 ahead,
  gf04); 淮河干流盱眙段堤防加固工程 (80% done gf08, June 2023; finished gf10, August 2024); 金湖至宝应快速通道金湖段 and 三河
  特大桥 (承台 gf09, March 2024; 主线贯通 and 桥面系 gf10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bq, bs, ek, gc where they speak; decided here where they are silent):
- Titles: ``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长; ``副县长``
  → X县政府 副县长; ``县委常委、县委办主任`` → X县委 常委 + X县委办 主任 (as gc); ``区委副书记、区长`` / ``区委常委、副区长`` →
  雁江区委 / 雁江区政府 (雁江区 is one district in China: no city prefix); ``副市长`` in the 资阳日报 → 资阳市政府 副市长; county and
  city departments as written after the place: ``县水利局局长`` → 东平县水利局 / 安岳县水利局, ``县水务局局长`` → 盱眙县水务局 /
  金湖县水务局, ``县住房和城乡建设局局长`` (东平, 乐至) and the short ``县住建局局长`` (宁阳) as written, ``县发展和改革局``,
  ``县教育和体育局``, ``县卫生健康局``, ``县交通运输局``, ``市交通运输局`` → 泰安市交通运输局, ``市住房城乡建设局`` →
  资阳市住房城乡建设局. A county's 经济开发区 keeps its written full name (as gc / dz): ``宁阳经济开发区管委会主任`` → 宁阳经济开发区
  管委会 主任. Town secretaries: ``在老湖镇，镇党委书记黎光耀`` → 东平县老湖镇党委 书记; ``磁窑镇党委书记`` on the 宁阳 site →
  宁阳县磁窑镇党委 书记; 安岳县龙台镇党委, 盱眙县桂五镇党委 likewise.
- Bare organs take the page's place: the county sites' bare 县 organs are that county's; in the city papers / the city portal
  ``市委副书记、市长``, ``市委书记``, ``市委常委、常务副市长``, ``副市长`` are the paper's city (泰安, 资阳, 淮安); a bare ``县委副书记、
  县长`` right after ``宁阳县委书记…`` is 宁阳's.
- ``市领导``, ``县领导`` and ``相关部门负责同志`` are no posts; nobody here is named only with them.
- Events: every 调研 / 检查 is an ``inspection`` (leader; 陪同 / 参加调研 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 作了安排
  speakers; a person who only 汇报 / 介绍 on site and is not said to 陪同 is a speaker, not an attendee, as ek); the 县政府常务会议,
  the 调度会 and the 推进会 are meetings (chair when 主持; 出席 attendees); the city 重大项目观摩活动 is a ``site observation`` led by the
  市委书记 who 带队 (those who 介绍 on the tour are attendees and speakers, as gc) and the 推进会 after it a meeting of its own.
- Projects: every named work once per page (kind as ek / gc: 水库, 灌区, 堤防, 滞洪区, 泵站 and 防洪治理 / 综合治理 works
  ``engineering_work``; highways and their 段, 互通, bridges, 国道 改建, 快速通道, 旅游公路, 港口 作业区 and 污水处理厂
  ``infrastructure_project``; 产业园 with a phase and a park's 标准厂房 ``industrial_park``; 安置小区 and 老旧小区改造
  ``housing_project``; 湿地公园提升 and 退圩还湖 ``greening_project``; hospitals, schools and their 迁建 / 新校区 ``project``).
  DECIDED HERE (the parts' precedents differ): a project written on one page first in full and later shorter (``州城街道凤凰
  安置小区（二期）`` then ``凤凰安置小区（二期）``; ``乐至县人民医院迁建项目（一期）`` then ``人民医院迁建项目（一期）``;
  ``宁东高速公路宁阳段`` then ``宁东高速宁阳段``) gives one line, named with its longest written form (its first mention in the
  list). DECIDED HERE: a stage written in brackets — ``（二期）``, ``（一期）``, ``（三期）``, ``（第三批）``, ``（盱眙片）``,
  ``（2022—2023年度）`` — is part of the name as written (as parts cl, dc, en); an unbracketed stage too (``东平港老湖作业区二期
  工程``, ``宁阳县城区污水处理厂三期工程``). DECIDED HERE: a phase written elliptically after another (``宁阳新材料产业园（一期）投产和
  二期标准化厂房``, ``新型储能产业园（一期）3个项目已投产，二期已开工建设``) gives no line of its own: its name is not written. A whole
  project and a named 段 of it are two lines when both are written (as ek: 宁东高速公路, 宁东高速公路宁阳段, 宁东高速公路东平段). Items of
  a 民生实事 list that name a work (``县第三实验小学新建工程``, ``县特殊教育学校迁建项目``, ``城乡供水一体化提升工程``) are projects,
  named as written with the bare ``县``. Generic phrases are no projects: 水利项目, 重点项目, 城建重点项目, 重点民生项目, 民生实事
  (项目), 重大项目, 省市重大项目清单, 交通项目, 在建工程, 水利工程14项, 高标准农田建设, 雨污分流改造, 城镇老旧小区改造, 污水
  处理设施建设, 沱江流域水环境综合治理 (no 工程 / 项目 named), and the document 《东平县2023年十件民生实事》.
- Places: one line per name per file, as written, with the context of its first occurrence; places inside titles, organ
  references and project names count; inside a project name the longest place name is annotated (as ek: ``龙台河水库`` from
  龙台河水库扩建工程, ``玉龙灌区`` / ``桂五灌区`` (kind ``irrigation_district``), ``大汶河`` from 大汶河堽城大桥, ``国道G105``);
  a county's or town's short name inside a project name is a row as written (``东平``, ``宁阳``, ``盱眙``, ``金湖``, ``宝应``, ``老湖``,
  ``堽城``, ``沙河站``, ``磁窑``, as gc). DECIDED HERE: ``宁东`` (two counties' first characters) is no place (as ek's 万遂); the
  nicknames ``帅乡`` (乐至) and ``雁城`` (资阳) and the direction words ``北城`` / ``城南`` / ``城北`` before 安置小区 / 互通 are no places;
  ``入江水道`` (the 淮河 channel) is a place of kind ``waterway``. Site lines, mastheads, 来源 lines, footers, 上一篇 / 下一篇 /
  相关链接 / 相关阅读 / 本版其他文章 / 本版导读 lists are not annotated.
- Bylines: ``本报讯（记者 …）`` and ``（X县融媒体中心 记者 …）`` are reporter lines; ``作者：记者 郁晓岚`` on the portal's stamp line
  is a reporter line (as gc); DECIDED HERE: ``作者：冷雪婷`` on the 乐至 stamp line and ``（乐至县融媒体中心 记者 冷雪婷）`` at the end
  are one reporter, one line (the byline's); 编辑 / 责任编辑 / 审核 / 校对 / 初审 / 终审 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

DP, NY, TA, AY, LZ, YJ, ZY, XY, JH, HA = (
    "东平县", "宁阳县", "泰安市", "安岳县", "乐至县", "雁江区", "资阳市", "盱眙县", "金湖县", "淮安市")

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gf01_dongping.txt": (2022, "发布时间：2022-05-26 17:42", DP, [
        ("鄢志恒调研水利工程建设和防汛准备工作", "5月25日", "2022-05-25", "5月25日，县委副书记",
         "county site: the 县长's 调研 of 东平湖 围堤加固, 大清河 综合治理（二期） and a 泵站; town secretary and 县水利局局长 report")]),
    "gf02_dongping.txt": (2023, "发布时间：2023-03-09 10:15", DP, [
        ("县政府召开第31次常务会议", "3月8日", "2023-03-08", "3月8日，县委副书记",
         "county site: 县政府常务会议 on the 城建重点项目 list (安置小区（二期）, 老旧小区改造（第三批）, 污水处理厂扩建) and the 民生实事 list")]),
    "gf03_taian.txt": (2024, "2024年4月12日　星期五", TA, [
        ("吕承安在宁阳县、东平县调研交通重点项目建设时强调", "4月11日", "2024-04-11", "本报讯（记者 葛沁妍）4月11日",
         "city paper 第A01版: the 市长's 调研 of 宁东高速公路 (互通, 大桥), a 国道 改建, a 港 作业区 and a 旅游公路; 鄢志恒 now 宁阳县委书记, 殷怀礼 now 东平县长")]),
    "gf04_ningyang.txt": (2024, "发布日期：2024-09-11 18:06", NY, [
        ("鄢志恒主持召开全县重点项目建设调度会", "9月10日下午", "2024-09-10", "9月10日下午，县委书记",
         "county site: the 县委书记's 重点项目调度会 (产业园（一期） and an elliptical 二期, 污水处理厂三期, 安置小区（一期）, 老旧小区改造（二期）, 一中新校区)")]),
    "gf05_anyue.txt": (2022, "发布时间：2022-07-20 09:48", AY, [
        ("邬俊熙调研水利重点项目建设", "7月19日", "2022-07-19", "7月19日，县委书记",
         "county site: the 县委书记's 调研 of a 水库扩建, a 灌区 work with a year range in brackets and a 防洪治理工程")]),
    "gf06_lezhi.txt": (2023, "发布日期：2023-05-17", LZ, [
        ("我县召开2023年重点民生项目推进会", "5月16日", "2023-05-16", "5月16日，县委副书记",
         "county site: 重点民生项目推进会 (安置小区（三期）, 老旧小区改造（二期）, 医院迁建项目（一期）, 中学新校区); 鲁海峰#1")]),
    "gf07_ziyang.txt": (2024, "2024年06月14日　星期五", ZY, [
        ("邬俊熙到雁江区调研重点民生项目和交通项目建设", "6月13日", "2024-06-13", "本报讯（记者 饶思宇）6月13日",
         "city paper 第01版: the 副市长 (formerly 安岳县委书记) 调研 in 雁江区: 大桥, 安置小区（二期）, 医院迁建, 污水处理厂（三期）, 快速通道")]),
    "gf08_xuyi.txt": (2023, "日期：2023-06-14", XY, [
        ("县领导检查淮河干流堤防和在建水利工程度汛准备工作", "6月13日", "2023-06-13", "6月13日，县委常委",
         "county site: the 常务副县长's 汛前 检查 of 堤防 加固, a 滞洪区 work （盱眙片） and a 灌区; 鲁海峰#2")]),
    "gf09_jinhu.txt": (2024, "发布时间：2024-03-20 16:30", JH, [
        ("蒯振宇调研交通和水利重点工程建设", "3月19日", "2024-03-19", "3月19日，县委副书记",
         "county site: the 县长 (formerly 盱眙 常务副县长) 调研 of a 快速通道, a 特大桥, a 互通, 堤防达标 and 退圩还湖")]),
    "gf10_huaian.txt": (2024, "2024-08-29 08:05:12", HA, [
        ("全市重大项目观摩活动走进盱眙县、金湖县", "8月28日", "2024-08-28", "8月28日，全市重大项目观摩活动",
         "city portal copy of the city paper: 重大项目观摩 in 盱眙 and 金湖 (产业园（一期） / （二期）标准厂房, 堤防, 医院迁建, 安置小区) and the 推进会 after it")]),
}

_F1Y = "县委副书记、县长鄢志恒带领县水利局"
_F2Y = "县委副书记、县长鄢志恒主持召开县政府第31次常务会议"
_F2C = "县委常委、常务副县长崔承岳"
_F2YL = "副县长殷怀礼、龚丽萍出席会议"
_F3L = "市委副书记、市长吕承安到宁阳县、东平县调研"
_F3C = "县委副书记、县长程远舟介绍了"
_F3Y = "东平县委副书记、县长殷怀礼介绍了"
_F4C = "县委副书记、县长程远舟，县委常委、常务副县长苗青禾出席会议"
_F5S = "县委常委、县委办主任税晓兰"
_F6L = "县委副书记、县长骆承霖主持召开"
_F6D = "县委常委、常务副县长代红梅，副县长谯敏芝出席会议"
_F7Y = "雁江区委副书记、区长易峻豪"
_F7X = "区委常委、副区长幸海燕陪同调研"
_F8K = "县委常委、常务副县长蒯振宇带领县水务局"
_F9K = "县委副书记、县长蒯振宇带领县发改"
_F10F = "市委副书记、市长伏振华"
_F10J = "市委常委、常务副市长季国梁等市领导参加观摩"
_F10K = "金湖县委副书记、县长蒯振宇介绍"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 泰安: 东平县
    "gf:鄢志恒": ("鄢志恒", "official", TA, [
        ("gf01", "东平县委", "副书记", _F1Y, "2022-05 (identity case: 宁阳县委书记 in 2024, gf03 / gf04); named in the headline too"),
        ("gf01", "东平县政府", "县长", _F1Y, None),
        ("gf02", "东平县委", "副书记", _F2Y, "2023-03: the same posts"),
        ("gf02", "东平县政府", "县长", _F2Y, None),
        ("gf03", "宁阳县委", "书记", "宁阳县委书记鄢志恒汇报了", "2024-04: now 宁阳县委书记"),
        ("gf04", "宁阳县委", "书记", "县委书记鄢志恒主持召开全县重点项目建设调度会", "2024-09: bare 县委 on the 宁阳县 site")], []),
    "gf:殷怀礼": ("殷怀礼", "official", DP, [
        ("gf01", "东平县政府", "副县长", "副县长殷怀礼陪同调研", "2022-05 (identity case: 东平县长 in 2024, gf03)"),
        ("gf02", "东平县政府", "副县长", _F2YL, "2023-03: list after one title"),
        ("gf03", "东平县委", "副书记", _F3Y, "2024-04: now 县长"),
        ("gf03", "东平县政府", "县长", _F3Y, None)], []),
    "gf:黎光耀": ("黎光耀", "official", DP, [
        ("gf01", "东平县老湖镇党委", "书记", "在老湖镇，镇党委书记黎光耀汇报了", "bare 镇党委 right after 在老湖镇")], []),
    "gf:樊振国": ("樊振国", "official", DP, [
        ("gf01", "东平县水利局", "局长", "县水利局局长樊振国介绍", "bare 县水利局 = 东平's here, 安岳's in gf05")], []),
    "gf:崔承岳": ("崔承岳", "official", DP, [
        ("gf02", "东平县委", "常委", _F2C, None),
        ("gf02", "东平县政府", "常务副县长", _F2C, None)], []),
    "gf:龚丽萍": ("龚丽萍", "official", DP, [
        ("gf02", "东平县政府", "副县长", _F2YL, "list after one title")], []),
    "gf:柴晋阳": ("柴晋阳", "official", DP, [
        ("gf02", "东平县住房和城乡建设局", "局长", "县住房和城乡建设局局长柴晋阳", None)], []),
    "gf:郗立本": ("郗立本", "official", DP, [
        ("gf03", "东平县委", "书记", "东平县委书记郗立本", None)], []),
    # ---- 泰安: the city paper
    "gf:吕承安": ("吕承安", "official", TA, [
        ("gf03", "泰安市委", "副书记", _F3L, "named in the headline too; bare 市委 in the 泰安日报"),
        ("gf03", "泰安市政府", "市长", _F3L, None)], []),
    "gf:褚怀谦": ("褚怀谦", "official", TA, [
        ("gf03", "泰安市政府", "副市长", "副市长褚怀谦，市交通运输局局长宫立华参加调研", None)], []),
    "gf:宫立华": ("宫立华", "official", TA, [
        ("gf03", "泰安市交通运输局", "局长", "市交通运输局局长宫立华参加调研", None)], []),
    # ---- 泰安: 宁阳县
    "gf:程远舟": ("程远舟", "official", NY, [
        ("gf03", "宁阳县委", "副书记", _F3C, "2024-04: bare 县委 right after 宁阳县委书记"),
        ("gf03", "宁阳县政府", "县长", _F3C, None),
        ("gf04", "宁阳县委", "副书记", _F4C, "2024-09: the same posts"),
        ("gf04", "宁阳县政府", "县长", _F4C, None)], []),
    "gf:苗青禾": ("苗青禾", "official", NY, [
        ("gf04", "宁阳县委", "常委", _F4C, None),
        ("gf04", "宁阳县政府", "常务副县长", _F4C, None)], []),
    "gf:禚立新": ("禚立新", "official", NY, [
        ("gf04", "宁阳县发展和改革局", "局长", "县发展和改革局局长禚立新通报了", None)], []),
    "gf:牛振邦": ("牛振邦", "official", NY, [
        ("gf04", "宁阳经济开发区管委会", "主任", "宁阳经济开发区管委会主任牛振邦汇报了", "a county's 经济开发区 keeps its written full name (as gc / dz)")], []),
    "gf:贲晓东": ("贲晓东", "official", NY, [
        ("gf04", "宁阳县住建局", "局长", "县住建局局长贲晓东汇报了", "as written (住建局)")], []),
    "gf:冀文涛": ("冀文涛", "official", NY, [
        ("gf04", "宁阳县教育和体育局", "局长", "县教育和体育局局长冀文涛汇报了", "bare 县教育和体育局 = 宁阳's here, 乐至's in gf06")], []),
    "gf:相振华": ("相振华", "official", NY, [
        ("gf04", "宁阳县磁窑镇党委", "书记", "磁窑镇党委书记相振华汇报了", None)], []),
    # ---- 资阳: 安岳县
    "gf:邬俊熙": ("邬俊熙", "official", ZY, [
        ("gf05", "安岳县委", "书记", "县委书记邬俊熙深入龙台镇", "2022-07 (identity case: 资阳市副市长 in 2024, gf07); named in the headline too"),
        ("gf07", "资阳市政府", "副市长", "副市长邬俊熙到雁江区调研", "2024-06: now 副市长 (bare 副市长 in the 资阳日报); named in the headline too")], []),
    "gf:税晓兰": ("税晓兰", "official", AY, [
        ("gf05", "安岳县委", "常委", _F5S, None),
        ("gf05", "安岳县委办", "主任", _F5S, "as written (县委办), as gc")], []),
    "gf:母德旺": ("母德旺", "official", AY, [
        ("gf05", "安岳县政府", "副县长", "副县长母德旺", None)], []),
    "gf:敬德明": ("敬德明", "official", AY, [
        ("gf05", "安岳县水利局", "局长", "县水利局局长敬德明陪同调研", "bare 县水利局 = 安岳's here, 东平's in gf01")], []),
    "gf:雍庆华": ("雍庆华", "official", AY, [
        ("gf05", "安岳县龙台镇党委", "书记", "在龙台镇，镇党委书记雍庆华汇报了", None)], []),
    # ---- 资阳: 乐至县
    "gf:骆承霖": ("骆承霖", "official", LZ, [
        ("gf06", "乐至县委", "副书记", _F6L, None),
        ("gf06", "乐至县政府", "县长", _F6L, None)], []),
    "gf:代红梅": ("代红梅", "official", LZ, [
        ("gf06", "乐至县委", "常委", _F6D, None),
        ("gf06", "乐至县政府", "常务副县长", _F6D, None)], []),
    "gf:谯敏芝": ("谯敏芝", "official", LZ, [
        ("gf06", "乐至县政府", "副县长", _F6D, None)], []),
    "gf:鲁海峰#1": ("鲁海峰", "official", LZ, [
        ("gf06", "乐至县住房和城乡建设局", "局长", "县住房和城乡建设局局长鲁海峰汇报了", "乐至县 (四川), 2023-05; not the 鲁海峰 of 盱眙县 (江苏, gf08)")], []),
    "gf:牟景川": ("牟景川", "official", LZ, [
        ("gf06", "乐至县卫生健康局", "局长", "县卫生健康局局长牟景川汇报了", None)], []),
    "gf:巫晓军": ("巫晓军", "official", LZ, [
        ("gf06", "乐至县教育和体育局", "局长", "县教育和体育局局长巫晓军汇报了", None)], []),
    # ---- 资阳: the city paper
    "gf:雷启鸣": ("雷启鸣", "official", ZY, [
        ("gf07", "资阳市住房城乡建设局", "局长", "市住房城乡建设局局长雷启鸣", "as written (住房城乡建设局)")], []),
    "gf:易峻豪": ("易峻豪", "official", YJ, [
        ("gf07", "雁江区委", "副书记", _F7Y, None),
        ("gf07", "雁江区政府", "区长", _F7Y, None)], []),
    "gf:幸海燕": ("幸海燕", "official", YJ, [
        ("gf07", "雁江区委", "常委", _F7X, "bare 区委 right after 雁江区委副书记、区长"),
        ("gf07", "雁江区政府", "副区长", _F7X, None)], []),
    # ---- 淮安: 盱眙县
    "gf:蒯振宇": ("蒯振宇", "official", HA, [
        ("gf08", "盱眙县委", "常委", _F8K, "2023-06 (identity case: 金湖县委副书记、县长 in 2024, gf09 / gf10)"),
        ("gf08", "盱眙县政府", "常务副县长", _F8K, None),
        ("gf09", "金湖县委", "副书记", _F9K, "2024-03: now 金湖县长; named in the headline too"),
        ("gf09", "金湖县政府", "县长", _F9K, None),
        ("gf10", "金湖县委", "副书记", _F10K, "2024-08: the same posts"),
        ("gf10", "金湖县政府", "县长", _F10K, None)], []),
    "gf:鲁海峰#2": ("鲁海峰", "official", XY, [
        ("gf08", "盱眙县水务局", "局长", "县水务局局长鲁海峰陪同检查", "盱眙县 (江苏), 2023-06; not the 鲁海峰 of 乐至县 (四川, gf06); bare 县水务局 = 盱眙's here, 金湖's in gf09")], []),
    "gf:仇立明": ("仇立明", "official", XY, [
        ("gf08", "盱眙县桂五镇党委", "书记", "在桂五镇，镇党委书记仇立明汇报了", None)], []),
    # ---- 淮安: 金湖县
    "gf:缪晓春": ("缪晓春", "official", JH, [
        ("gf09", "金湖县政府", "副县长", "副县长缪晓春陪同调研", None)], []),
    "gf:印正阳": ("印正阳", "official", JH, [
        ("gf09", "金湖县交通运输局", "局长", "县交通运输局局长印正阳介绍", None)], []),
    "gf:嵇永祥": ("嵇永祥", "official", JH, [
        ("gf09", "金湖县水务局", "局长", "县水务局局长嵇永祥汇报了", "bare 县水务局 = 金湖's here")], []),
    # ---- 淮安: the city portal
    "gf:眭宏远": ("眭宏远", "official", HA, [
        ("gf10", "淮安市委", "书记", "市委书记眭宏远带队", None)], []),
    "gf:伏振华": ("伏振华", "official", HA, [
        ("gf10", "淮安市委", "副书记", _F10F, None),
        ("gf10", "淮安市政府", "市长", _F10F, None)], []),
    "gf:季国梁": ("季国梁", "official", HA, [
        ("gf10", "淮安市委", "常委", _F10J, None),
        ("gf10", "淮安市政府", "常务副市长", _F10J, None)], []),
    "gf:阙立峰": ("阙立峰", "official", XY, [
        ("gf10", "盱眙县委", "书记", "盱眙县委书记阙立峰介绍了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gf01", "邵婧怡", "责任编辑", "editor", "责任编辑：邵婧怡"),
    ("gf02", "路晓彤", "编辑", "editor", "编辑：路晓彤"),
    ("gf02", "孔德峰", "审核", "editor", "审核：孔德峰"),
    ("gf03", "葛沁妍", "记者", "reporter", "本报讯（记者 葛沁妍）"),
    ("gf03", "阚明玥", "编辑", "editor", "编辑：阚明玥"),
    ("gf03", "付晓楠", "校对", "editor", "校对：付晓楠"),
    ("gf04", "尹书瑶", "记者", "reporter", "（宁阳县融媒体中心 记者 尹书瑶）"),
    ("gf04", "聂宛如", "责任编辑", "editor", "责任编辑：聂宛如"),
    ("gf05", "岑若溪", "责任编辑", "editor", "责任编辑：岑若溪"),
    ("gf05", "蒋国斌", "审核", "editor", "审核：蒋国斌"),
    ("gf06", "冷雪婷", "记者", "reporter", "（乐至县融媒体中心 记者 冷雪婷）"),
    ("gf06", "饶嘉怡", "编辑", "editor", "编辑：饶嘉怡"),
    ("gf06", "邓子墨", "初审", "editor", "初审：邓子墨"),
    ("gf06", "黄文进", "终审", "editor", "终审：黄文进"),
    ("gf07", "饶思宇", "记者", "reporter", "本报讯（记者 饶思宇）"),
    ("gf07", "陶一鸣", "编辑", "editor", "编辑：陶一鸣"),
    ("gf07", "闵雨涵", "校对", "editor", "校对：闵雨涵"),
    ("gf08", "卞雅琪", "责任编辑", "editor", "责任编辑：卞雅琪"),
    ("gf09", "冒佳琪", "编辑", "editor", "编辑：冒佳琪"),
    ("gf09", "陈立伟", "审核", "editor", "审核：陈立伟"),
    ("gf10", "郁晓岚", "记者", "reporter", "作者：记者 郁晓岚"),
    ("gf10", "庄慧敏", "责任编辑", "editor", "责任编辑：庄慧敏"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gf01", "水利工程建设和防汛准备工作调研", "inspection (调研)", "5月25日", None, "鄢志恒", [],
     ["殷怀礼"], ["黎光耀", "樊振国", "鄢志恒", "殷怀礼"], "老湖镇、银山镇、州城街道",
     "县委副书记、县长鄢志恒带领县水利局、县应急管理局等部门负责同志，深入老湖镇、银山镇和州城街道，调研在建水利工程和汛前准备工作",
     [_F1Y, "副县长殷怀礼陪同调研", "镇党委书记黎光耀汇报了", "县水利局局长樊振国介绍", "鄢志恒指出",
      "殷怀礼就小型水库和塘坝安全管理"]),
    ("gf02", "县政府第31次常务会议", "meeting (县政府常务会议)", "3月8日", "鄢志恒", None, ["东平县政府"],
     ["崔承岳", "殷怀礼", "龚丽萍"], ["柴晋阳"], None,
     "县委副书记、县长鄢志恒主持召开县政府第31次常务会议",
     [_F2Y, _F2C, _F2YL, "县住房和城乡建设局局长柴晋阳关于2023年城建重点项目计划的汇报"]),
    ("gf03", "宁阳县、东平县交通重点项目建设调研", "inspection (调研)", "4月11日", None, "吕承安", [],
     ["褚怀谦", "宫立华"], ["鄢志恒", "程远舟", "郗立本", "殷怀礼", "吕承安", "褚怀谦"], "宁阳县、东平县",
     "市委副书记、市长吕承安到宁阳县、东平县调研交通重点项目建设",
     [_F3L, "副市长褚怀谦，市交通运输局局长宫立华参加调研", "宁阳县委书记鄢志恒汇报了", _F3C,
      "东平县委书记郗立本关于沿线交通组织和砂石料保障的汇报", _F3Y, "吕承安强调", "褚怀谦就征地拆迁"]),
    ("gf04", "全县重点项目建设调度会", "meeting (调度会)", "9月10日下午", "鄢志恒", None, [],
     ["程远舟", "苗青禾"], ["禚立新", "牛振邦", "贲晓东", "冀文涛", "相振华", "程远舟", "鄢志恒"], None,
     "县委书记鄢志恒主持召开全县重点项目建设调度会",
     ["县委书记鄢志恒主持召开全县重点项目建设调度会", _F4C, "县发展和改革局局长禚立新通报了", "管委会主任牛振邦汇报了",
      "县住建局局长贲晓东汇报了", "县教育和体育局局长冀文涛汇报了", "磁窑镇党委书记相振华汇报了", "程远舟就四季度项目开工",
      "鄢志恒指出"]),
    ("gf05", "水利重点项目建设和抗旱保供工作调研", "inspection (调研)", "7月19日", None, "邬俊熙", [],
     ["税晓兰", "母德旺", "敬德明"], ["雍庆华", "敬德明", "邬俊熙", "母德旺"], "龙台镇、石桥铺镇、周礼镇",
     "县委书记邬俊熙深入龙台镇、石桥铺镇、周礼镇，调研水利重点项目建设和抗旱保供工作",
     ["县委书记邬俊熙深入龙台镇", _F5S, "副县长母德旺", "县水利局局长敬德明陪同调研", "镇党委书记雍庆华汇报了",
      "敬德明介绍", "邬俊熙指出", "母德旺就抗旱保供"]),
    ("gf06", "2023年重点民生项目推进会", "meeting (推进会)", "5月16日", "骆承霖", None, [],
     ["代红梅", "谯敏芝"], ["鲁海峰", "牟景川", "巫晓军", "骆承霖", "代红梅", "谯敏芝"], None,
     "县委副书记、县长骆承霖主持召开2023年重点民生项目推进会",
     [_F6L, _F6D, "县住房和城乡建设局局长鲁海峰汇报了", "县卫生健康局局长牟景川汇报了", "县教育和体育局局长巫晓军汇报了",
      "骆承霖指出", "代红梅就项目资金拨付", "谯敏芝就学校、医院项目"]),
    ("gf07", "雁江区重点民生项目和交通项目建设调研", "inspection (调研)", "6月13日", None, "邬俊熙", [],
     ["雷启鸣", "易峻豪", "幸海燕"], ["易峻豪", "雷启鸣", "幸海燕", "邬俊熙"], "雁江区",
     "副市长邬俊熙到雁江区调研重点民生项目和交通项目建设",
     ["副市长邬俊熙到雁江区调研", "市住房城乡建设局局长雷启鸣", _F7Y, _F7X, "易峻豪汇报了", "雷启鸣介绍了",
      "幸海燕介绍了", "邬俊熙指出"]),
    ("gf08", "淮河干流堤防和在建水利工程度汛准备工作检查", "inspection (检查)", "6月13日", None, "蒯振宇", [],
     ["鲁海峰"], ["仇立明", "鲁海峰", "蒯振宇"], "盱眙县",
     "县委常委、常务副县长蒯振宇带领县水务局、县应急管理局等部门负责同志，检查淮河干流堤防和在建水利工程度汛准备工作",
     [_F8K, "县水务局局长鲁海峰陪同检查", "镇党委书记仇立明汇报了", "鲁海峰介绍", "蒯振宇指出"]),
    ("gf09", "交通和水利重点工程建设调研", "inspection (调研)", "3月19日", None, "蒯振宇", [],
     ["缪晓春"], ["印正阳", "嵇永祥", "蒯振宇", "缪晓春"], "金湖县",
     "县委副书记、县长蒯振宇带领县发改、交通运输、水务等部门负责同志，调研交通和水利重点工程建设情况",
     [_F9K, "副县长缪晓春陪同调研", "县交通运输局局长印正阳介绍", "县水务局局长嵇永祥汇报了", "蒯振宇强调",
      "缪晓春就项目征地拆迁"]),
    ("gf10", "全市重大项目观摩活动", "site observation (观摩活动)", "8月28日", None, "眭宏远", [],
     ["伏振华", "季国梁", "阙立峰", "蒯振宇"], ["阙立峰", "蒯振宇"], "盱眙县、金湖县",
     "8月28日，全市重大项目观摩活动走进盱眙县、金湖县",
     ["市委书记眭宏远带队", _F10F, _F10J, "盱眙县委书记阙立峰介绍了", _F10K]),
    ("gf10", "全市重大项目推进会", "meeting (推进会)", "8月28日", "伏振华", None, [],
     [], ["季国梁", "眭宏远", "伏振华"], None,
     "观摩结束后，全市重大项目推进会召开",
     ["伏振华主持会议", "季国梁通报了", "眭宏远在讲话中指出", "伏振华要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gf01", "东平湖老湖段围堤加固工程", "engineering_work", "先后来到东平湖老湖段围堤加固工程"),
    ("gf01", "大清河东平段综合治理工程（二期）", "engineering_work", "大清河东平段综合治理工程（二期）、八里湾泵站更新改造工程施工现场"),
    ("gf01", "八里湾泵站更新改造工程", "engineering_work", "八里湾泵站更新改造工程施工现场"),
    ("gf02", "州城街道凤凰安置小区（二期）", "housing_project", "主要包括州城街道凤凰安置小区（二期）"),
    ("gf02", "东平街道清河安置小区", "housing_project", "东平街道清河安置小区"),
    ("gf02", "城区老旧小区改造（第三批）", "housing_project", "城区老旧小区改造（第三批）"),
    ("gf02", "东平县第二污水处理厂扩建工程", "infrastructure_project", "东平县第二污水处理厂扩建工程"),
    ("gf02", "稻屯洼湿地公园提升工程", "greening_project", "稻屯洼湿地公园提升工程等"),
    ("gf02", "东平县人民医院迁建项目", "project", "东平县人民医院迁建项目推进情况的汇报"),
    ("gf02", "县第三实验小学新建工程", "project", "确定县第三实验小学新建工程"),
    ("gf02", "县特殊教育学校迁建项目", "project", "县特殊教育学校迁建项目"),
    ("gf02", "城乡供水一体化提升工程", "engineering_work", "城乡供水一体化提升工程等10项民生实事"),
    ("gf03", "宁东高速公路", "infrastructure_project", "宁东高速公路全长87.6公里"),
    ("gf03", "宁东高速公路宁阳段", "infrastructure_project", "宁东高速公路宁阳段堽城互通"),
    ("gf03", "堽城互通", "infrastructure_project", "宁东高速公路宁阳段堽城互通"),
    ("gf03", "大汶河堽城大桥", "infrastructure_project", "大汶河堽城大桥施工现场"),
    ("gf03", "国道G105宁阳绕城段改建工程", "infrastructure_project", "国道G105宁阳绕城段改建工程前期工作进展"),
    ("gf03", "宁东高速公路东平段", "infrastructure_project", "宁东高速公路东平段东平湖特大桥"),
    ("gf03", "东平湖特大桥", "infrastructure_project", "宁东高速公路东平段东平湖特大桥"),
    ("gf03", "沙河站互通", "infrastructure_project", "东平湖特大桥和沙河站互通"),
    ("gf03", "东平港老湖作业区二期工程", "infrastructure_project", "东平港老湖作业区二期工程"),
    ("gf03", "旧县乡至斑鸠店镇旅游公路", "infrastructure_project", "旧县乡至斑鸠店镇旅游公路建设情况"),
    ("gf04", "宁阳新材料产业园（一期）", "industrial_park", "宁阳新材料产业园（一期）投产"),
    ("gf04", "宁阳县城区污水处理厂三期工程", "infrastructure_project", "宁阳县城区污水处理厂三期工程"),
    ("gf04", "北城安置小区（一期）", "housing_project", "北城安置小区（一期）和八仙桥街道"),
    ("gf04", "八仙桥街道老旧小区改造（二期）", "housing_project", "八仙桥街道老旧小区改造（二期）的进展"),
    ("gf04", "宁阳县第一中学新校区", "project", "宁阳县第一中学新校区建设情况"),
    ("gf04", "磁窑陶瓷文化产业园", "industrial_park", "磁窑陶瓷文化产业园"),
    ("gf04", "宁东高速宁阳段", "infrastructure_project", "宁东高速宁阳段磁窑镇境内征迁收尾情况"),
    ("gf04", "大汶河堽城大桥", "infrastructure_project", "全力支持大汶河堽城大桥合龙"),
    ("gf05", "龙台河水库扩建工程", "engineering_work", "龙台河水库扩建工程大坝施工现场"),
    ("gf05", "玉龙灌区续建配套与节水改造工程（2022—2023年度）", "engineering_work", "玉龙灌区续建配套与节水改造工程（2022—2023年度）干渠衬砌现场"),
    ("gf05", "岳阳河城区段防洪治理工程", "engineering_work", "岳阳河城区段防洪治理工程"),
    ("gf06", "帅乡安置小区（三期）", "housing_project", "帅乡安置小区（三期）、南塔街道"),
    ("gf06", "南塔街道老旧小区改造（二期）", "housing_project", "南塔街道老旧小区改造（二期）"),
    ("gf06", "县城第二污水处理厂及配套管网工程", "infrastructure_project", "县城第二污水处理厂及配套管网工程推进情况"),
    ("gf06", "乐至县人民医院迁建项目（一期）", "project", "乐至县人民医院迁建项目（一期）"),
    ("gf06", "乐至县中医医院迁建项目", "project", "乐至县中医医院迁建项目的进度"),
    ("gf06", "乐至中学新校区", "project", "乐至中学新校区和天池街道第二幼儿园建设情况"),
    ("gf06", "天池街道第二幼儿园", "project", "乐至中学新校区和天池街道第二幼儿园建设情况"),
    ("gf07", "沱江雁城大桥", "infrastructure_project", "先后来到沱江雁城大桥"),
    ("gf07", "雁江区城南安置小区（二期）", "housing_project", "雁江区城南安置小区（二期）"),
    ("gf07", "资阳市中医医院迁建项目", "project", "资阳市中医医院迁建项目"),
    ("gf07", "雁江区第二污水处理厂（三期）", "infrastructure_project", "雁江区第二污水处理厂（三期）施工现场"),
    ("gf07", "雁江区至临江镇快速通道", "infrastructure_project", "雁江区至临江镇快速通道的建设进展"),
    ("gf08", "淮河干流盱眙段堤防加固工程", "engineering_work", "先后来到淮河干流盱眙段堤防加固工程"),
    ("gf08", "洪泽湖周边滞洪区（盱眙片）调整与建设工程", "engineering_work", "洪泽湖周边滞洪区（盱眙片）调整与建设工程、桂五灌区"),
    ("gf08", "桂五灌区续建配套与现代化改造工程", "engineering_work", "桂五灌区续建配套与现代化改造工程施工现场"),
    ("gf09", "金湖至宝应快速通道金湖段", "infrastructure_project", "先后来到金湖至宝应快速通道金湖段"),
    ("gf09", "三河特大桥", "infrastructure_project", "三河特大桥、金湖县城南互通"),
    ("gf09", "金湖县城南互通", "infrastructure_project", "三河特大桥、金湖县城南互通"),
    ("gf09", "入江水道金湖段堤防达标工程", "engineering_work", "入江水道金湖段堤防达标工程施工现场"),
    ("gf09", "宝应湖退圩还湖工程", "greening_project", "宝应湖退圩还湖工程的推进情况"),
    ("gf10", "盱眙县新型储能产业园（一期）", "industrial_park", "察看了盱眙县新型储能产业园（一期）"),
    ("gf10", "淮河干流盱眙段堤防加固工程", "engineering_work", "淮河干流盱眙段堤防加固工程和盱眙县人民医院迁建项目"),
    ("gf10", "盱眙县人民医院迁建项目", "project", "淮河干流盱眙段堤防加固工程和盱眙县人民医院迁建项目"),
    ("gf10", "金湖至宝应快速通道金湖段", "infrastructure_project", "观摩团察看了金湖至宝应快速通道金湖段"),
    ("gf10", "金湖县高端装备产业园（二期）标准厂房", "industrial_park", "金湖县高端装备产业园（二期）标准厂房"),
    ("gf10", "金湖县城北安置小区", "housing_project", "金湖县城北安置小区"),
    ("gf10", "三河特大桥", "infrastructure_project", "三河特大桥正在进行桥面系施工"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gf01", "老湖镇", "town", "standalone", "深入老湖镇、银山镇和州城街道"),
    ("gf01", "银山镇", "town", "standalone", "深入老湖镇、银山镇和州城街道"),
    ("gf01", "州城街道", "sub_district_office", "standalone", "深入老湖镇、银山镇和州城街道"),
    ("gf01", "东平湖", "lake", "in_project_name", "先后来到东平湖老湖段围堤加固工程"),
    ("gf01", "老湖", "town", "in_project_name", "先后来到东平湖老湖段围堤加固工程"),
    ("gf01", "大清河", "river", "in_project_name", "大清河东平段综合治理工程（二期）、八里湾泵站更新改造工程施工现场"),
    ("gf01", "东平", "county", "in_project_name", "大清河东平段综合治理工程（二期）、八里湾泵站更新改造工程施工现场"),
    ("gf01", "八里湾", "area", "in_project_name", "八里湾泵站更新改造工程施工现场"),
    ("gf02", "州城街道", "sub_district_office", "in_project_name", "主要包括州城街道凤凰安置小区（二期）"),
    ("gf02", "东平街道", "sub_district_office", "in_project_name", "东平街道清河安置小区"),
    ("gf02", "东平县", "county", "in_project_name", "东平县第二污水处理厂扩建工程"),
    ("gf02", "稻屯洼", "wetland", "in_project_name", "稻屯洼湿地公园提升工程等"),
    ("gf03", "宁阳县", "county", "standalone", "市委副书记、市长吕承安到宁阳县、东平县调研交通重点项目建设"),
    ("gf03", "东平县", "county", "standalone", "市委副书记、市长吕承安到宁阳县、东平县调研交通重点项目建设"),
    ("gf03", "宁阳", "county", "in_project_name", "宁东高速公路宁阳段堽城互通"),
    ("gf03", "堽城", "town", "in_project_name", "宁东高速公路宁阳段堽城互通"),
    ("gf03", "大汶河", "river", "in_project_name", "大汶河堽城大桥施工现场"),
    ("gf03", "国道G105", "road", "in_project_name", "国道G105宁阳绕城段改建工程前期工作进展"),
    ("gf03", "东平", "county", "in_project_name", "宁东高速公路东平段东平湖特大桥"),
    ("gf03", "东平湖", "lake", "in_project_name", "宁东高速公路东平段东平湖特大桥"),
    ("gf03", "沙河站", "town", "in_project_name", "东平湖特大桥和沙河站互通"),
    ("gf03", "东平港", "port", "in_project_name", "东平港老湖作业区二期工程"),
    ("gf03", "老湖", "town", "in_project_name", "东平港老湖作业区二期工程"),
    ("gf03", "旧县乡", "township", "in_project_name", "旧县乡至斑鸠店镇旅游公路建设情况"),
    ("gf03", "斑鸠店镇", "town", "in_project_name", "旧县乡至斑鸠店镇旅游公路建设情况"),
    ("gf04", "宁阳经济开发区", "development_zone", "in_title", "宁阳经济开发区管委会主任牛振邦汇报了"),
    ("gf04", "宁阳", "county", "in_project_name", "宁阳新材料产业园（一期）投产"),
    ("gf04", "宁阳县", "county", "in_project_name", "宁阳县城区污水处理厂三期工程"),
    ("gf04", "八仙桥街道", "sub_district_office", "in_project_name", "八仙桥街道老旧小区改造（二期）的进展"),
    ("gf04", "磁窑镇", "town", "in_title", "磁窑镇党委书记相振华汇报了"),
    ("gf04", "磁窑", "town", "in_project_name", "磁窑陶瓷文化产业园"),
    ("gf04", "大汶河", "river", "in_project_name", "全力支持大汶河堽城大桥合龙"),
    ("gf04", "堽城", "town", "in_project_name", "全力支持大汶河堽城大桥合龙"),
    ("gf05", "龙台镇", "town", "standalone", "深入龙台镇、石桥铺镇、周礼镇"),
    ("gf05", "石桥铺镇", "town", "standalone", "深入龙台镇、石桥铺镇、周礼镇"),
    ("gf05", "周礼镇", "town", "standalone", "深入龙台镇、石桥铺镇、周礼镇"),
    ("gf05", "龙台河水库", "reservoir", "in_project_name", "龙台河水库扩建工程大坝施工现场"),
    ("gf05", "玉龙灌区", "irrigation_district", "in_project_name", "玉龙灌区续建配套与节水改造工程（2022—2023年度）干渠衬砌现场"),
    ("gf05", "岳阳河", "river", "in_project_name", "岳阳河城区段防洪治理工程"),
    ("gf05", "安岳", "county", "standalone", "水是安岳发展的最大制约"),
    ("gf06", "南塔街道", "sub_district_office", "in_project_name", "南塔街道老旧小区改造（二期）"),
    ("gf06", "乐至县", "county", "in_project_name", "乐至县人民医院迁建项目（一期）"),
    ("gf06", "乐至", "county", "in_project_name", "乐至中学新校区和天池街道第二幼儿园建设情况"),
    ("gf06", "天池街道", "sub_district_office", "in_project_name", "乐至中学新校区和天池街道第二幼儿园建设情况"),
    ("gf07", "雁江区", "district", "standalone", "副市长邬俊熙到雁江区调研"),
    ("gf07", "沱江", "river", "in_project_name", "先后来到沱江雁城大桥"),
    ("gf07", "资阳市", "city", "in_project_name", "资阳市中医医院迁建项目"),
    ("gf07", "临江镇", "town", "standalone", "在临江镇，幸海燕介绍了"),
    ("gf08", "淮河", "river", "standalone", "检查淮河干流堤防和在建水利工程度汛准备工作"),
    ("gf08", "盱眙", "county", "in_project_name", "先后来到淮河干流盱眙段堤防加固工程"),
    ("gf08", "洪泽湖", "lake", "in_project_name", "洪泽湖周边滞洪区（盱眙片）调整与建设工程、桂五灌区"),
    ("gf08", "桂五灌区", "irrigation_district", "in_project_name", "桂五灌区续建配套与现代化改造工程施工现场"),
    ("gf08", "桂五镇", "town", "standalone", "在桂五镇，镇党委书记仇立明汇报了"),
    ("gf09", "金湖", "county", "in_project_name", "先后来到金湖至宝应快速通道金湖段"),
    ("gf09", "宝应", "county", "in_project_name", "先后来到金湖至宝应快速通道金湖段"),
    ("gf09", "三河", "river", "in_project_name", "三河特大桥、金湖县城南互通"),
    ("gf09", "金湖县", "county", "in_project_name", "三河特大桥、金湖县城南互通"),
    ("gf09", "入江水道", "waterway", "in_project_name", "入江水道金湖段堤防达标工程施工现场"),
    ("gf09", "宝应湖", "lake", "in_project_name", "宝应湖退圩还湖工程的推进情况"),
    ("gf10", "盱眙县", "county", "standalone", "8月28日，全市重大项目观摩活动走进盱眙县、金湖县"),
    ("gf10", "金湖县", "county", "standalone", "8月28日，全市重大项目观摩活动走进盱眙县、金湖县"),
    ("gf10", "淮河", "river", "in_project_name", "淮河干流盱眙段堤防加固工程和盱眙县人民医院迁建项目"),
    ("gf10", "盱眙", "county", "in_project_name", "淮河干流盱眙段堤防加固工程和盱眙县人民医院迁建项目"),
    ("gf10", "金湖", "county", "in_project_name", "观摩团察看了金湖至宝应快速通道金湖段"),
    ("gf10", "宝应", "county", "in_project_name", "观摩团察看了金湖至宝应快速通道金湖段"),
    ("gf10", "三河", "river", "in_project_name", "三河特大桥正在进行桥面系施工"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gf", conventions="set gf (blind set: named projects and works in depth — 水利 (水库扩建, 灌区续建配套, 堤防加固, 滞洪区, 泵站), 交通 (高速公路 and its 段, 互通, 特大桥, 国道 改建, 快速通道, 港口 作业区), 园区 (产业园 一期 / 二期, 标准厂房), 城建 (安置小区, 老旧小区改造, 污水处理厂) and 民生 (学校, 医院迁建) — in 山东 泰安 (东平县, 宁阳县; the 泰安日报), 四川 资阳 (安岳县, 乐至县, 雁江区; the 资阳日报) and 江苏 淮安 (盱眙县, 金湖县; the 淮安新闻网): every named work once per page with its longest written form, bracketed stages part of the name, an elliptical phase (二期 after a named 一期) no line, generic phrases (重点项目, 民生实事, 水利项目, 项目建设) no projects; bare 县 / 市 organs take the page's place; a county's 经济开发区 keeps its full name; one line per post per article)",
          persons_note="Set gf persons. id = corpus-wide person_id (gf:鲁海峰#1 乐至县住房和城乡建设局局长 (四川) and gf:鲁海峰#2 盱眙县水务局局长 (江苏) are two people; gf:鄢志恒 东平县长 2022–2023 → 宁阳县委书记 2024; gf:殷怀礼 东平副县长 2022–2023 → 东平县长 2024; gf:邬俊熙 安岳县委书记 2022 → 资阳市副市长 2024; gf:蒯振宇 盱眙常务副县长 2023 → 金湖县长 2024)")


if __name__ == "__main__":
    main()
