"""Write gold part ``ay`` (a blind set: democratic parties, 工商联 and the CPPCC at city level) from the tables below.

Pages ``tests/dev/texts/ay*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 民盟 city committee's 主委会议 report (``市政协副主席、民盟市委主委…主持
召开主委会议。中共市委统战部副部长…应邀参会。民盟市委副主委…参加会议``); a 民盟 county-level committee's 简介 page (主委,
副主委, 秘书长); 九三学社 成都 / 嘉兴 / 威海 / 盐城 代表大会 and 全委会 reports (``…当选为…主任委员``, a 省委会 专职副主委 and
the city's 市委常委、统战部长 at the congress, ``市各民主党派、工商联主要负责人``); 民进 中山 / 贵阳 / 江门 exchange and 调研
pages (``市政协副主席、市委会主委``, ``专职副主委``); 致公党 中山 / 济宁 / 福建 pages (``致公党…市委会专职副主委…率队来…调研``);
农工党 昆明 and 徐州 社会服务 and 全委会 pages; 工商联 pages (黄石 会员代表大会, 嘉兴 执委（扩大）会议 ``市委统战部副部长、
市工商联党委书记…主持会议``, 吴江 主席会长会议 ``市政协副主席、市工商联主席、市总商会会长``, a 郊区 会员代表大会
``市工商联党组成员、副主席``); 市政协 pages (温州 调研, 南通 提案委 协商会 on 加装电梯, 南通 重点督办提案 with 民盟 / 农工党 /
九三学社 集体提案, 一个 市政协 常委会议 with the 常务副市长 通报 提案办理, a 宣城 住建局 提案办理协商见面会 with the 市政协
副主席, a 市政协 重点提案交办协商会 chaired by the 提案委 主任). Places are real and new to the corpus: 湖南 益阳 (three
pages: the 民盟益阳市委 site, the 益阳日报, the 益阳政协网; 安化县, 赫山区, 资阳区, 南县), 四川 德阳 (九三学社 site; 德阳
高新区), 江苏 镇江 (the 工商联 site and the 镇江日报; 镇江高新区, 丹阳市, 句容市, 丹徒区), 浙江 绍兴 (民进 site; 嵊州),
山东 潍坊 (政协 site; 青州市), 福建 莆田 (致公党 site; 涵江区, 仙游县), 河南 焦作 (焦作日报; 焦作高新区, 沁阳市, 修武县, 孟州市).

Shapes: a party committee's own site reporting its 主委's 调研 in a county with 副主委, 秘书长 and the county's 县委常委、
统战部部长 and 县政协副主席 (ay01, ay04 with a zone's 党工委委员、管委会副主任, ay07 with a county-level city); a city
paper's 政协 视察 with a 政协常委 who is also a 民盟 主委, a 政协 special committee's 主任, the 副市长, a department head and
a district's 副区长, followed by a 座谈会 (ay02); a 政协 plenary's 闭幕 with 补选 of a 副主席 and two 常务委员, 大会执行主席
(ay03); a 工商联 执委（扩大）会议 with 市政协副主席、市工商联主席, 市委统战部副部长、市工商联党组书记, 市工商联党组成员、副主席
(ay05); a city paper's report of a 民盟 调研 led by a 市人大常委会副主任、民盟市委主委 in a 高新区 (ay06); a 政协 重点提案办理
协商会 with the 提案委员会 主任, a 农工党 主委 for the proposing party, a department head and a county-level city's 副市长
(ay08); a 致公党 代表大会 electing 主任委员 / 副主任委员 / 秘书长, with the 省委会 专职副主委 and the 市委常委、统战部部长
(ay09); a city paper's 政协 专题协商会 where the 工商联 党组书记 and 主席, two party heads, a 副市长 of a county-level city
and a zone's 管委会副主任 speak in one sentence (ay10).

Identity cases:
- ay:蔺雅琼 rises in one city over three pages: 民盟益阳市委副主委 (Apr 2021, ay01); 益阳市政协常委、民盟益阳市委主委 (June 2023,
  ay02); 补选 益阳市政协副主席, still 民盟市委主委 (Jan 2024, ay03).
- ay:卜文澜 益阳市政协副主席 on all three 益阳 pages (2021 also 民盟益阳市委主委, a post 蔺雅琼 holds by 2023); ay:龚振岳 民盟
  益阳市委副主委 (2021, ay01) → 补选 益阳市政协常务委员 (2024, ay03).
- ay:栾志清 moves inside 镇江: 镇江市委统战部副部长、镇江市工商联党组书记 (Mar 2022, ay05) → 镇江市委统战部常务副部长 (May 2024,
  ay06).
- two different 宋雅琴: ay:宋雅琴#1 is 绍兴市政协副主席、民进绍兴市委主委 (浙江, ay07, 2023); ay:宋雅琴#2 is 潍坊市政协提案委员会
  主任 (山东, ay08, 2022).
- one organ name in several cities: 民盟市委 of 益阳 (ay01–ay03) and of 镇江 (ay06); 九三学社 市委 of 德阳 (ay04) and of 焦作
  (ay10); 市工商联 of 镇江 (ay05) and of 焦作 (ay10); 高新区 of 德阳 (ay04), 镇江 (ay05, ay06) and 焦作 (ay10).
- the trap of the part: 民盟市委 / 社市委 / 民进市委会 / 致公党…市委会 / 农工党潍坊市委 are no 市委 (no line goes to 益阳市委
  etc. from them); 市工商联 is no 市政府; 致公党福建省委会 is no 福建省委.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts u and z where they speak; decided here where they are silent):
- DECIDED HERE: a democratic party's city committee has the canonical org ``<party short name><city label>委``:
  ``民盟益阳市委``, ``民盟镇江市委``, ``九三学社德阳市委``, ``九三学社焦作市委``, ``民进绍兴市委``, ``农工党潍坊市委``,
  ``致公党莆田市委``, ``民建焦作市委``; a province committee likewise (``致公党福建省委``). Every written form folds into it:
  bare ``民盟市委`` / ``社市委`` / ``民进市委会`` / ``致公党莆田市委会`` / ``中国致公党莆田市第五届委员会`` on the page of that
  city (``市委会`` and ``委员会`` → ``委``, the party's full name → its short name). The party's name is kept in front so the
  org is never the city's 中共 committee.
- DECIDED HERE: titles in those committees as written: 主委, 副主委, 专职副主委, 秘书长, and 主任委员 / 副主任委员 when the
  election sentence writes them (ay09).
- DECIDED HERE: the 工商联 is a people's organisation with a 党组, not a company or a trade association: ``X市工商联`` +
  主席 / 副主席 and ``X市工商联党组`` + 书记 / 成员 are posts (``市工商联（总商会）`` → X市工商联). Heads of 商会 and 会员企业
  are not named. ``市委统战部副部长、市工商联党组书记`` gives X市委统战部 副部长 and X市工商联党组 书记.
- DECIDED HERE: 政协委员 (``部分市政协委员``, 界别) is membership like 代表 and no post; a 政协 常委 is a post of the 政协
  (``X市政协`` + ``常委`` as written in ay02, ``常务委员`` as written in the 补选 sentence of ay03). 补选 is a holding like an
  election (part u). 大会执行主席 is a session role (part u). 政协 special committees as in part z (``益阳市政协城乡建设和
  生态环境委员会`` + 主任, ``潍坊市政协提案委员会`` + 主任).
- ``中共德阳市委统战部副部长`` → 德阳市委统战部 (中共 dropped); ``市委常委、统战部部长`` → X市委 常委 + X市委统战部 部长.
- ay09: 黄毓敏 is 致公党莆田市委 主委 as written on the congress's first day, and ``不再担任主委职务`` gives no line; the 五届一次
  全体会议 elects 郑婉清 主任委员 (a holding). 市各民主党派、工商联主要负责人 names nobody.
- ay03: 蔺雅琼's 副主席 is given by the 补选 sentence; ``新当选的市政协副主席、民盟市委主委`` repeats it (no second line) and gives
  the 主委 line.
- Bare organs take the page's city: 市政协, 市委统战部, 市住房和城乡建设局, 市文化和旅游局, 市发展改革委 (departments as
  written after the city label); 县政协 in the 安化 paragraph = 安化县政协.
- Events: 调研 and 视察 are inspections with the leading official as leader (``率调研组``, ``带队``, ``带领…视察``); the 座谈会 after
  them is a meeting of its own and takes the speeches that follow it; 执委（扩大）会议, 提案办理协商会, 专题协商会, the 闭幕会 of the
  政协 plenary and the party's 代表大会 are meetings / sessions; the 会前 视察 of ay10 names nobody.
- Projects: works named as under way (…产业园二期, …改造项目, …提质改造工程, …三期工程, …提升项目, …综合体项目); a named local
  programme (``民营企业发展护航行动``) is a ``program``; national campaigns (万企兴万村), 调研 课题, 提案 titles and generic
  places (科技创业园, 智能工厂) are not projects.
- Places: counties, districts, towns, villages, zones, rivers, lakes and sites in the text; places inside titles (in_title),
  project names, product names (``安化黑茶``, ``南县稻虾``: DECIDED HERE, in_product_name, only when the full name is not
  on the page) and 提案 titles count; slogans give the short name (``现代化新益阳`` → 益阳); DECIDED HERE: a zone written
  bare (``高新区``) on a page that also writes its full name (``德阳高新区``) gets the full name's line only. Party, 政协 and
  工商联 org names, site lines, footers, 上一篇 / 下一篇 lines are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ay01_yiyang.txt": (2021, "发布日期：2021-04-19 10:26", "益阳市", [
        ("卜文澜率民盟市委调研组赴安化县开展黑茶产业专题调研", "4月16日", "2021-04-16", "4月16日，市政协副主席",
         "民盟 city committee site: its 主委 (also 市政协副主席) leads a 调研 in 安化县 with two 副主委 and the 秘书长; the county's 县委常委、统战部部长 and 县政协副主席; 座谈会")]),
    "ay02_yiyang.txt": (2023, "2023年06月09日　星期五", "益阳市", [
        ("市政协视察中心城区老旧小区改造和排水防涝工作", "6月8日", "2023-06-08", "本报讯（记者 曾思雨）6月8日",
         "city paper: 市政协 视察 led by a 副主席; a 政协常委 who is 民盟市委主委; a special committee's 主任; 副市长, 住建局局长, 赫山区副区长; 座谈会")]),
    "ay03_yiyang.txt": (2024, "发布时间：2024-01-12 17:40", "益阳市", [
        ("政协益阳市第七届委员会第三次会议闭幕", "1月12日上午", "2024-01-12", "1月12日上午，政协益阳市",
         "政协 site: plenary 闭幕; 补选 of a 副主席 and two 常务委员; 大会执行主席; 市委书记, 市长, 人大主任 attend")]),
    "ay04_deyang.txt": (2022, "日期：2022-07-22", "德阳市", [
        ("社市委赴德阳高新区开展装备制造业数字化转型专题调研", "7月21日", "2022-07-21", "7月21日，市政协副主席",
         "九三学社 city committee site: 主委 (also 市政协副主席) leads a 调研 in 德阳高新区; 中共市委统战部副部长; 社市委副主委; the zone's 党工委委员、管委会副主任; 座谈会")]),
    "ay05_zhenjiang.txt": (2022, "发布时间：2022-03-11 16:05", "镇江市", [
        ("市工商联（总商会）召开十四届三次执委（扩大）会议", "3月10日下午", "2022-03-10", "3月10日下午，市工商联",
         "工商联 site: 执委（扩大）会议; 市委常委、统战部部长; 市政协副主席、市工商联主席; 市委统战部副部长、市工商联党组书记; 党组成员、副主席")]),
    "ay06_zhenjiang.txt": (2024, "2024年05月16日　星期四", "镇江市", [
        ("民盟市委调研镇江高新区科创企业培育工作", "5月15日", "2024-05-15", "本报讯（记者 笪雨欣）5月15日",
         "city paper: 民盟 调研 led by a 市人大常委会副主任、民盟市委主委 in 镇江高新区; 市委统战部常务副部长 (栾志清, moved); 党工委副书记、管委会主任")]),
    "ay07_shaoxing.txt": (2023, "时间：2023-09-14", "绍兴市", [
        ("宋雅琴率队赴嵊州调研越剧文化传承发展", "9月13日", "2023-09-13", "9月13日，市政协副主席",
         "民进 city committee site: 主委 (also 市政协副主席) leads a 调研 in 嵊州 with the 专职副主委; 嵊州市委常委、统战部部长 and 嵊州市政协副主席; 座谈会")]),
    "ay08_weifang.txt": (2022, "发布时间：2022-08-26 09:18", "潍坊市", [
        ("市政协召开重点提案办理协商会", "8月25日", "2022-08-25", "8月25日，市政协召开",
         "政协 site: 重点提案办理协商会 on a 农工党 集体提案; 市政协副主席 chairs; 副市长; 提案委员会主任; 农工党 主委; 文旅局局长 and 青州市副市长 report")]),
    "ay09_putian.txt": (2023, "发布时间：2023-11-24 18:20", "莆田市", [
        ("致公党莆田市第五次代表大会召开", "11月23日至24日", "2023-11-24", "11月23日至24日，中国致公党",
         "致公党 city committee site: 代表大会; 省委会 专职副主委 and 市委常委、统战部部长; outgoing 主委 (市政协副主席); 五届一次全会 elects 主任委员, 副主任委员, 秘书长")]),
    "ay10_jiaozuo.txt": (2024, "2024年04月19日　星期五", "焦作市", [
        ("市政协召开“持续优化民营经济发展环境”专题协商会", "4月18日", "2024-04-18", "本报讯（记者 喻子涵）4月18日",
         "city paper 第01版: 政协 专题协商会 chaired by the 市政协主席; 副市长; 发改委主任; 工商联 党组书记 and 主席, 九三学社 and 民建 heads, 沁阳市副市长, 焦作高新区管委会副主任 in one sentence")]),
}

_AY03_ATT = "市政协副主席卜文澜、贺秋云，秘书长阳春晖出席"
_AY03_ST = "补选龚振岳、熊丽华为政协益阳市第七届委员会常务委员"
_AY10 = "市工商联党组书记毋志坚，市工商联主席靳宏达，九三学社焦作市委主委冯雪娇，民建焦作市委副主委荆书亮，沁阳市副市长苗立群，焦作高新区管委会副主任和振华先后发言"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 益阳
    "ay:卜文澜": ("卜文澜", "official", "益阳市", [
        ("ay01", "益阳市政协", "副主席", "市政协副主席、民盟市委主委卜文澜率调研组", "2021"),
        ("ay01", "民盟益阳市委", "主委", "市政协副主席、民盟市委主委卜文澜率调研组", "bare 民盟市委 on the 民盟益阳 site; not 益阳市委"),
        ("ay02", "益阳市政协", "副主席", "市政协副主席卜文澜带领部分市政协委员", "2023; no longer 民盟 主委 (蔺雅琼 is)"),
        ("ay03", "益阳市政协", "副主席", _AY03_ATT, "2024; also 大会执行主席 (a session role)")], []),
    "ay:蔺雅琼": ("蔺雅琼", "official", "益阳市", [
        ("ay01", "民盟益阳市委", "副主委", "民盟市委副主委蔺雅琼、龚振岳", "2021: 副主委"),
        ("ay02", "益阳市政协", "常委", "市政协常委、民盟市委主委蔺雅琼", "2023: 政协常委 is a post of the 政协"),
        ("ay02", "民盟益阳市委", "主委", "市政协常委、民盟市委主委蔺雅琼", "2023: 主委"),
        ("ay03", "益阳市政协", "副主席", "补选蔺雅琼为政协益阳市第七届委员会副主席", "2024: 补选 (a holding like an election)"),
        ("ay03", "民盟益阳市委", "主委", "新当选的市政协副主席、民盟市委主委蔺雅琼", "the 副主席 repeated here gives no second line")], []),
    "ay:龚振岳": ("龚振岳", "official", "益阳市", [
        ("ay01", "民盟益阳市委", "副主委", "民盟市委副主委蔺雅琼、龚振岳", "list after one title; 2021"),
        ("ay03", "益阳市政协", "常务委员", _AY03_ST, "2024: 补选 as 常务委员 (title as written)")], []),
    "ay:谭晓岚": ("谭晓岚", "official", "益阳市", [
        ("ay01", "民盟益阳市委", "秘书长", "秘书长谭晓岚及部分盟员专家参加调研", "the party committee's 秘书长")], []),
    "ay:何春林": ("何春林", "official", "安化县", [
        ("ay01", "安化县委", "常委", "安化县委常委、统战部部长何春林", None),
        ("ay01", "安化县委统战部", "部长", "安化县委常委、统战部部长何春林", None)], []),
    "ay:夏立军": ("夏立军", "official", "安化县", [
        ("ay01", "安化县政协", "副主席", "县政协副主席夏立军陪同调研", "bare 县政协 after 安化县委 = 安化县政协")], []),
    "ay:汤建华": ("汤建华", "official", "益阳市", [
        ("ay02", "益阳市政协城乡建设和生态环境委员会", "主任", "市政协城乡建设和生态环境委员会主任汤建华", "special committee of the 政协")], []),
    "ay:符海平": ("符海平", "official", "益阳市", [
        ("ay02", "益阳市政府", "副市长", "副市长符海平", None)], []),
    "ay:邝志明": ("邝志明", "official", "益阳市", [
        ("ay02", "益阳市住房和城乡建设局", "局长", "市住房和城乡建设局局长邝志明", "department as written after the city")], []),
    "ay:晏丽芬": ("晏丽芬", "official", "赫山区", [
        ("ay02", "赫山区政府", "副区长", "赫山区副区长晏丽芬陪同", "赫山区 is one district in China")], []),
    "ay:皮德顺": ("皮德顺", "official", "益阳市", [
        ("ay03", "益阳市政协", "主席", "市政协主席皮德顺主持闭幕会", "also 大会执行主席 (session role)")], []),
    "ay:贺秋云": ("贺秋云", "official", "益阳市", [
        ("ay03", "益阳市政协", "副主席", _AY03_ATT, "list after one title")], []),
    "ay:阳春晖": ("阳春晖", "official", "益阳市", [
        ("ay03", "益阳市政协", "秘书长", _AY03_ATT, "the 政协's 秘书长 (as part u)")], []),
    "ay:瞿振邦": ("瞿振邦", "official", "益阳市", [
        ("ay03", "益阳市委", "书记", "市委书记瞿振邦", None)], []),
    "ay:伍新民": ("伍新民", "official", "益阳市", [
        ("ay03", "益阳市委", "副书记", "市委副书记、市长伍新民", None),
        ("ay03", "益阳市政府", "市长", "市委副书记、市长伍新民", None)], []),
    "ay:莫正清": ("莫正清", "official", "益阳市", [
        ("ay03", "益阳市人大常委会", "主任", "市人大常委会主任莫正清", None)], []),
    "ay:熊丽华": ("熊丽华", "official", "益阳市", [
        ("ay03", "益阳市政协", "常务委员", _AY03_ST, "补选")], []),
    # ---- 德阳
    "ay:严正勋": ("严正勋", "official", "德阳市", [
        ("ay04", "德阳市政协", "副主席", "市政协副主席、九三学社德阳市委主委严正勋率调研组", None),
        ("ay04", "九三学社德阳市委", "主委", "市政协副主席、九三学社德阳市委主委严正勋率调研组", "not 德阳市委")], []),
    "ay:敖建明": ("敖建明", "official", "德阳市", [
        ("ay04", "德阳市委统战部", "副部长", "中共德阳市委统战部副部长敖建明", "中共 dropped")], []),
    "ay:祁丽萍": ("祁丽萍", "official", "德阳市", [
        ("ay04", "九三学社德阳市委", "副主委", "社市委副主委祁丽萍、向东辉参加调研", "bare 社市委 = 九三学社德阳市委")], []),
    "ay:向东辉": ("向东辉", "official", "德阳市", [
        ("ay04", "九三学社德阳市委", "副主委", "社市委副主委祁丽萍、向东辉参加调研", None)], []),
    "ay:蒲晓川": ("蒲晓川", "official", "德阳高新区", [
        ("ay04", "德阳高新区党工委", "委员", "德阳高新区党工委委员、管委会副主任蒲晓川陪同调研", None),
        ("ay04", "德阳高新区管委会", "副主任", "德阳高新区党工委委员、管委会副主任蒲晓川陪同调研", None)], []),
    # ---- 镇江
    "ay:殷卫宁": ("殷卫宁", "official", "镇江市", [
        ("ay05", "镇江市委", "常委", "市委常委、统战部部长殷卫宁出席会议并讲话", None),
        ("ay05", "镇江市委统战部", "部长", "市委常委、统战部部长殷卫宁出席会议并讲话", None)], []),
    "ay:陶慕远": ("陶慕远", "official", "镇江市", [
        ("ay05", "镇江市政协", "副主席", "市政协副主席、市工商联主席陶慕远作工作报告", None),
        ("ay05", "镇江市工商联", "主席", "市政协副主席、市工商联主席陶慕远作工作报告", "工商联 主席 is a post (decided here); not 镇江市政府")], []),
    "ay:栾志清": ("栾志清", "official", "镇江市", [
        ("ay05", "镇江市委统战部", "副部长", "市委统战部副部长、市工商联党组书记栾志清主持会议", "2022"),
        ("ay05", "镇江市工商联党组", "书记", "市委统战部副部长、市工商联党组书记栾志清主持会议", "2022"),
        ("ay06", "镇江市委统战部", "常务副部长", "市委统战部常务副部长栾志清", "2024: moved up inside the 统战部")], []),
    "ay:居红梅": ("居红梅", "official", "镇江市", [
        ("ay05", "镇江市工商联党组", "成员", "市工商联党组成员、副主席居红梅宣读了表彰决定", None),
        ("ay05", "镇江市工商联", "副主席", "市工商联党组成员、副主席居红梅宣读了表彰决定", None)], []),
    "ay:蒯立新": ("蒯立新", "official", "镇江市", [
        ("ay06", "镇江市人大常委会", "副主任", "市人大常委会副主任、民盟市委主委蒯立新带队", None),
        ("ay06", "民盟镇江市委", "主委", "市人大常委会副主任、民盟市委主委蒯立新带队", "民盟市委 of 镇江, not of 益阳; not 镇江市委")], []),
    "ay:戴晓雯": ("戴晓雯", "official", "镇江市", [
        ("ay06", "民盟镇江市委", "副主委", "民盟市委副主委戴晓雯参加调研", None)], []),
    "ay:眭国强": ("眭国强", "official", "镇江高新区", [
        ("ay06", "镇江高新区党工委", "副书记", "镇江高新区党工委副书记、管委会主任眭国强陪同调研", None),
        ("ay06", "镇江高新区管委会", "主任", "镇江高新区党工委副书记、管委会主任眭国强陪同调研", None)], []),
    # ---- 绍兴
    "ay:宋雅琴#1": ("宋雅琴", "official", "绍兴市", [
        ("ay07", "绍兴市政协", "副主席", "市政协副主席、民进市委会主委宋雅琴率调研组", "绍兴 (浙江); not the 宋雅琴 of 潍坊 (ay08)"),
        ("ay07", "民进绍兴市委", "主委", "市政协副主席、民进市委会主委宋雅琴率调研组", "民进市委会 → 民进绍兴市委")], []),
    "ay:钱慧敏": ("钱慧敏", "official", "绍兴市", [
        ("ay07", "民进绍兴市委", "专职副主委", "民进市委会专职副主委钱慧敏", None)], []),
    "ay:竺国良": ("竺国良", "official", "嵊州市", [
        ("ay07", "嵊州市委", "常委", "嵊州市委常委、统战部部长竺国良", "嵊州市 (county-level city)"),
        ("ay07", "嵊州市委统战部", "部长", "嵊州市委常委、统战部部长竺国良", None)], []),
    "ay:裘建平": ("裘建平", "official", "嵊州市", [
        ("ay07", "嵊州市政协", "副主席", "嵊州市政协副主席裘建平陪同调研", None)], []),
    # ---- 潍坊
    "ay:郇志刚": ("郇志刚", "official", "潍坊市", [
        ("ay08", "潍坊市政协", "副主席", "市政协副主席郇志刚主持会议", None)], []),
    "ay:滕启航": ("滕启航", "official", "潍坊市", [
        ("ay08", "潍坊市政府", "副市长", "副市长滕启航出席会议并讲话", None)], []),
    "ay:宋雅琴#2": ("宋雅琴", "official", "潍坊市", [
        ("ay08", "潍坊市政协提案委员会", "主任", "市政协提案委员会主任宋雅琴通报了", "潍坊 (山东); not the 宋雅琴 of 绍兴 (ay07)")], []),
    "ay:鞠晓红": ("鞠晓红", "official", "潍坊市", [
        ("ay08", "农工党潍坊市委", "主委", "农工党潍坊市委主委鞠晓红代表提案单位发言", "not 潍坊市委")], []),
    "ay:展宏伟": ("展宏伟", "official", "潍坊市", [
        ("ay08", "潍坊市文化和旅游局", "局长", "市文化和旅游局局长展宏伟", None)], []),
    "ay:房立鹏": ("房立鹏", "official", "青州市", [
        ("ay08", "青州市政府", "副市长", "青州市副市长房立鹏分别汇报了", "青州市 (county-level city)")], []),
    # ---- 莆田
    "ay:詹立峰": ("詹立峰", "official", "福建省", [
        ("ay09", "致公党福建省委", "专职副主委", "致公党福建省委会专职副主委詹立峰", "province committee of the party; not 福建省委")], []),
    "ay:许国栋": ("许国栋", "official", "莆田市", [
        ("ay09", "莆田市委", "常委", "中共莆田市委常委、统战部部长许国栋出席开幕会", None),
        ("ay09", "莆田市委统战部", "部长", "中共莆田市委常委、统战部部长许国栋出席开幕会", None)], []),
    "ay:方少华": ("方少华", "official", "莆田市", [
        ("ay09", "莆田市人大常委会", "副主任", "市人大常委会副主任方少华", None)], []),
    "ay:黄毓敏": ("黄毓敏", "official", "莆田市", [
        ("ay09", "莆田市政协", "副主席", "市政协副主席、致公党莆田市委会主委黄毓敏应邀出席", None),
        ("ay09", "致公党莆田市委", "主委", "市政协副主席、致公党莆田市委会主委黄毓敏应邀出席", "as written on the congress's first day; 不再担任 gives no line")], []),
    "ay:郑婉清": ("郑婉清", "official", "莆田市", [
        ("ay09", "致公党莆田市委", "主任委员", "选举郑婉清为致公党莆田市第五届委员会主任委员", "elected (title as written)")], []),
    "ay:翁志斌": ("翁志斌", "official", "莆田市", [
        ("ay09", "致公党莆田市委", "副主任委员", "翁志斌、蔡丽娟为副主任委员", "elected; list after one title")], []),
    "ay:蔡丽娟": ("蔡丽娟", "official", "莆田市", [
        ("ay09", "致公党莆田市委", "副主任委员", "翁志斌、蔡丽娟为副主任委员", "elected")], []),
    "ay:吴俊豪": ("吴俊豪", "official", "莆田市", [
        ("ay09", "致公党莆田市委", "秘书长", "吴俊豪为秘书长", "elected")], []),
    # ---- 焦作
    "ay:原永昌": ("原永昌", "official", "焦作市", [
        ("ay10", "焦作市政协", "主席", "市政协主席原永昌主持会议", None)], []),
    "ay:牛晓锋": ("牛晓锋", "official", "焦作市", [
        ("ay10", "焦作市政府", "副市长", "副市长牛晓锋出席会议并讲话", None)], []),
    "ay:卫明杰": ("卫明杰", "official", "焦作市", [
        ("ay10", "焦作市发展改革委", "主任", "市发展改革委主任卫明杰通报了", None)], []),
    "ay:毋志坚": ("毋志坚", "official", "焦作市", [
        ("ay10", "焦作市工商联党组", "书记", _AY10, "市工商联 of 焦作, not of 镇江")], []),
    "ay:靳宏达": ("靳宏达", "official", "焦作市", [
        ("ay10", "焦作市工商联", "主席", _AY10, None)], []),
    "ay:冯雪娇": ("冯雪娇", "official", "焦作市", [
        ("ay10", "九三学社焦作市委", "主委", _AY10, "九三学社 市委 of 焦作, not of 德阳")], []),
    "ay:荆书亮": ("荆书亮", "official", "焦作市", [
        ("ay10", "民建焦作市委", "副主委", _AY10, None)], []),
    "ay:苗立群": ("苗立群", "official", "沁阳市", [
        ("ay10", "沁阳市政府", "副市长", _AY10, "county-level city's 副市长, not 焦作市政府")], []),
    "ay:和振华": ("和振华", "official", "焦作高新区", [
        ("ay10", "焦作高新区管委会", "副主任", _AY10, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ay01", "邓若溪", "供稿", "author", "（民盟市委宣传委员会 邓若溪）"),
    ("ay01", "喻晓彤", "责任编辑", "editor", "责任编辑：喻晓彤"),
    ("ay02", "曾思雨", "记者", "reporter", "本报讯（记者 曾思雨）"),
    ("ay02", "文可欣", "编辑", "editor", "编辑：文可欣"),
    ("ay03", "梁书瑶", "供稿", "author", "（市政协办公室 梁书瑶）"),
    ("ay03", "黎思婕", "责任编辑", "editor", "责任编辑：黎思婕"),
    ("ay04", "严可馨", "作者", "author", "作者：严可馨"),
    ("ay04", "褚雨桐", "审核", "editor", "审核：褚雨桐"),
    ("ay05", "宁佳音", "供稿", "author", "（供稿：办公室 宁佳音）"),
    ("ay06", "笪雨欣", "记者", "reporter", "本报讯（记者 笪雨欣）"),
    ("ay06", "韦静怡", "本版编辑", "editor", "本版编辑：韦静怡"),
    ("ay07", "施语嫣", "作者", "author", "作者：施语嫣"),
    ("ay08", "林书晗", "责任编辑", "editor", "责任编辑：林书晗"),
    ("ay09", "付晓蕾", "供稿", "author", "（致公党莆田市委会办公室 付晓蕾）"),
    ("ay10", "喻子涵", "记者", "reporter", "本报讯（记者 喻子涵）"),
    ("ay10", "严子琪", "编辑", "editor", "编辑：严子琪"),
    ("ay10", "孙若岚", "校对", "editor", "校对：孙若岚"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ay01", "黑茶产业专题调研", "inspection (调研)", "4月16日", None, "卜文澜", ["民盟益阳市委"],
     ["蔺雅琼", "龚振岳", "谭晓岚", "何春林", "夏立军"], ["蔺雅琼", "卜文澜"], "安化县",
     "民盟市委主委卜文澜率调研组赴安化县，围绕“延伸黑茶产业链、打造区域公用品牌”开展专题调研",
     ["主委卜文澜率调研组赴安化县", "民盟市委副主委蔺雅琼、龚振岳", "秘书长谭晓岚及部分盟员专家参加调研",
      "统战部部长何春林，县政协副主席夏立军陪同调研", "蔺雅琼详细询问了", "卜文澜表示"]),
    ("ay01", "座谈会", "meeting (座谈会)", "4月16日", None, None, [],
     [], ["何春林", "夏立军", "龚振岳", "谭晓岚"], None,
     "随后召开的座谈会上，何春林介绍了安化县黑茶产业发展总体情况",
     ["何春林介绍了", "夏立军就县政协助推茶产业发展的做法作了交流", "龚振岳、谭晓岚分别就"]),
    ("ay02", "中心城区老旧小区改造和城市排水防涝工作视察", "inspection (政协视察)", "6月8日", None, "卜文澜", ["益阳市政协"],
     ["蔺雅琼", "汤建华", "符海平", "邝志明", "晏丽芬"], ["晏丽芬"], "赫山区",
     "市政协副主席卜文澜带领部分市政协委员，视察中心城区老旧小区改造和城市排水防涝工作",
     ["市政协副主席卜文澜带领部分市政协委员", "主委蔺雅琼，市政协城乡建设和生态环境委员会主任汤建华参加视察",
      "副市长符海平，市住房和城乡建设局局长邝志明，赫山区副区长晏丽芬陪同", "晏丽芬汇报了"]),
    ("ay02", "座谈会", "meeting (座谈会)", "6月8日", None, None, [],
     [], ["邝志明", "蔺雅琼", "汤建华", "符海平", "卜文澜"], None,
     "在随后召开的座谈会上，邝志明通报了全市老旧小区改造和排水防涝工作情况",
     ["邝志明通报了", "蔺雅琼代表民盟市委建议", "汤建华就排水设施", "符海平表示", "卜文澜指出"]),
    ("ay03", "政协益阳市第七届委员会第三次会议闭幕会", "session (政协会议)", "1月12日上午", "皮德顺", None, [],
     ["卜文澜", "贺秋云", "阳春晖", "瞿振邦", "伍新民", "莫正清"], ["蔺雅琼", "瞿振邦", "皮德顺", "阳春晖"], "市会议中心",
     "1月12日上午，政协益阳市第七届委员会第三次会议在市会议中心闭幕",
     ["市政协主席皮德顺主持闭幕会", _AY03_ATT, "市长伍新民，市人大常委会主任莫正清等应邀出席闭幕会",
      "民盟市委主委蔺雅琼表示", "瞿振邦在讲话中", "皮德顺在闭幕讲话中指出", "阳春晖宣读了补选结果"]),
    ("ay04", "重大装备制造业数字化转型专题调研", "inspection (调研)", "7月21日", None, "严正勋", ["九三学社德阳市委"],
     ["敖建明", "祁丽萍", "向东辉", "蒲晓川"], [], "德阳高新区",
     "九三学社德阳市委主委严正勋率调研组赴德阳高新区，围绕“推动重大装备制造业数字化转型”开展专题调研",
     ["主委严正勋率调研组赴德阳高新区", "统战部副部长敖建明，社市委副主委祁丽萍、向东辉参加调研", "管委会副主任蒲晓川陪同调研"]),
    ("ay04", "座谈会", "meeting (座谈会)", "7月21日", None, None, [],
     [], ["蒲晓川", "敖建明", "严正勋", "祁丽萍", "向东辉"], None,
     "在随后召开的座谈会上，蒲晓川介绍了高新区装备制造产业集群培育",
     ["蒲晓川介绍了", "敖建明表示", "严正勋指出", "祁丽萍、向东辉就下一步课题分工作了安排"]),
    ("ay05", "市工商联（总商会）十四届三次执委（扩大）会议", "meeting (执委会议)", "3月10日下午", "栾志清", None, ["镇江市工商联"],
     [], ["殷卫宁", "陶慕远", "居红梅", "栾志清"], "市民主党派大楼",
     "3月10日下午，市工商联（总商会）十四届三次执委（扩大）会议在市民主党派大楼召开",
     ["统战部部长殷卫宁出席会议并讲话", "市工商联主席陶慕远作工作报告", "市工商联党组书记栾志清主持会议",
      "副主席居红梅宣读了表彰决定", "殷卫宁充分肯定了", "栾志清在总结时要求"]),
    ("ay06", "镇江高新区科技型中小企业培育和创新平台建设调研", "inspection (调研)", "5月15日", None, "蒯立新", ["民盟镇江市委"],
     ["栾志清", "戴晓雯", "眭国强"], ["眭国强"], "镇江高新区",
     "民盟市委主委蒯立新带队，赴镇江高新区调研科技型中小企业培育和创新平台建设情况",
     ["民盟市委主委蒯立新带队", "市委统战部常务副部长栾志清，民盟市委副主委戴晓雯参加调研", "管委会主任眭国强陪同调研",
      "眭国强介绍了"]),
    ("ay06", "座谈会", "meeting (座谈会)", "5月15日", None, None, [],
     [], ["戴晓雯", "栾志清", "蒯立新"], None,
     "座谈会上，戴晓雯结合民盟市委“科技金融支持中小企业”课题",
     ["戴晓雯结合民盟市委", "栾志清表示", "蒯立新指出"]),
    ("ay07", "越剧文化传承与文旅融合发展专题调研", "inspection (调研)", "9月13日", None, "宋雅琴", ["民进绍兴市委"],
     ["钱慧敏", "竺国良", "裘建平"], ["宋雅琴"], "嵊州",
     "民进市委会主委宋雅琴率调研组赴嵊州，围绕“越剧文化传承与文旅融合发展”开展专题调研",
     ["主委宋雅琴率调研组赴嵊州", "专职副主委钱慧敏及文化界会员参加调研", "统战部部长竺国良，嵊州市政协副主席裘建平陪同调研",
      "宋雅琴在越剧小镇与剧团负责人交流时说"]),
    ("ay07", "座谈会", "meeting (座谈会)", "9月13日", None, None, [],
     [], ["竺国良", "裘建平", "钱慧敏", "宋雅琴"], None,
     "在随后召开的座谈会上，竺国良介绍了嵊州市推进越剧保护传承",
     ["竺国良介绍了", "裘建平就嵊州市政协", "钱慧敏代表课题组汇报了", "宋雅琴指出"]),
    ("ay08", "重点提案办理协商会", "meeting (提案办理协商会)", "8月25日", "郇志刚", None, ["潍坊市政协"],
     ["滕启航"], ["宋雅琴", "鞠晓红", "展宏伟", "房立鹏", "滕启航", "郇志刚"], None,
     "8月25日，市政协召开重点提案办理协商会",
     ["市政协副主席郇志刚主持会议", "副市长滕启航出席会议并讲话", "主任宋雅琴通报了", "主委鞠晓红代表提案单位发言",
      "局长展宏伟、青州市副市长房立鹏分别汇报了", "滕启航表示", "郇志刚指出"]),
    ("ay09", "致公党莆田市第五次代表大会", "session (民主党派代表大会)", "11月23日至24日", None, None, ["致公党莆田市委"],
     ["詹立峰", "许国栋", "方少华", "黄毓敏"], ["詹立峰", "许国栋", "郑婉清"], None,
     "11月23日至24日，中国致公党莆田市第五次代表大会召开",
     ["专职副主委詹立峰，中共莆田市委常委、统战部部长许国栋出席开幕会并讲话", "市人大常委会副主任方少华",
      "主委黄毓敏应邀出席", "许国栋在讲话中", "詹立峰代表致公党福建省委会", "郑婉清在表态发言中表示"]),
    ("ay09", "致公党莆田市第五届委员会第一次全体会议", "meeting (全体会议)", "24日下午", None, None, [],
     [], [], None,
     "24日下午召开的五届一次全体会议选举郑婉清为致公党莆田市第五届委员会主任委员",
     []),
    ("ay10", "“持续优化民营经济发展环境”专题协商会", "meeting (专题协商会)", "4月18日", "原永昌", None, ["焦作市政协"],
     ["牛晓锋"], ["卫明杰", "毋志坚", "靳宏达", "冯雪娇", "荆书亮", "苗立群", "和振华", "牛晓锋", "原永昌"], None,
     "4月18日，市政协召开“持续优化民营经济发展环境”专题协商会",
     ["市政协主席原永昌主持会议", "副市长牛晓锋出席会议并讲话", "主任卫明杰通报了", _AY10, "牛晓锋表示", "原永昌指出"]),
    ("ay10", "会前视察", "inspection (政协视察)", "4月18日", None, None, [],
     [], [], "焦作高新区",
     "会前，与会人员视察了焦作高新区智能制造产业园和云台山文旅康养综合体项目",
     []),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ay01", "安化黑茶产业园二期", "industrial_park", "安化黑茶产业园二期建设现场"),
    ("ay01", "江南镇茶旅融合示范带", "project", "江南镇茶旅融合示范带"),
    ("ay02", "金银山片区老旧小区改造项目", "housing_project", "赫山区桃花仑街道金银山片区老旧小区改造项目"),
    ("ay02", "大码头雨水泵站提质改造工程", "infrastructure_project", "资阳区大码头雨水泵站提质改造工程"),
    ("ay02", "志溪河沿岸截污管网", "engineering_work", "志溪河沿岸截污管网建设现场"),
    ("ay04", "德阳高新区智能装备产业园", "industrial_park", "调研组走进德阳高新区智能装备产业园"),
    ("ay05", "民营企业发展护航行动", "program", "重点实施“民营企业发展护航行动”"),
    ("ay08", "青州古城保护提升三期工程", "project", "青州古城保护提升三期工程"),
    ("ay08", "云门山景区提升项目", "project", "云门山景区提升项目的推进进展"),
    ("ay10", "焦作高新区智能制造产业园", "industrial_park", "视察了焦作高新区智能制造产业园"),
    ("ay10", "云台山文旅康养综合体项目", "project", "云台山文旅康养综合体项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ay01", "安化县", "county", "standalone", "率调研组赴安化县，围绕"),
    ("ay01", "江南镇", "town", "standalone", "在江南镇，蔺雅琼详细询问了"),
    ("ay01", "东坪镇", "town", "standalone", "东坪镇部分茶企"),
    ("ay01", "益阳", "city", "standalone", "安化黑茶是益阳的一张亮丽名片"),
    ("ay02", "赫山区", "district", "standalone", "委员们先后来到赫山区桃花仑街道"),
    ("ay02", "桃花仑街道", "street", "standalone", "委员们先后来到赫山区桃花仑街道"),
    ("ay02", "金银山片区", "area", "standalone", "在金银山片区，晏丽芬汇报了"),
    ("ay02", "资阳区", "district", "in_project_name", "资阳区大码头雨水泵站提质改造工程"),
    ("ay02", "志溪河", "river", "in_project_name", "志溪河沿岸截污管网建设现场"),
    ("ay03", "市会议中心", "venue", "standalone", "第三次会议在市会议中心闭幕"),
    ("ay03", "安化", "county", "in_product_name", "围绕安化黑茶、南县稻虾等特色产业发展"),
    ("ay03", "南县", "county", "in_product_name", "围绕安化黑茶、南县稻虾等特色产业发展"),
    ("ay03", "洞庭湖", "lake", "standalone", "洞庭湖生态保护开展协商议政"),
    ("ay03", "益阳", "city", "standalone (slogan)", "为奋力建设现代化新益阳凝心聚力"),
    ("ay04", "德阳高新区", "development_zone", "standalone", "率调研组赴德阳高新区，围绕"),
    ("ay04", "德阳", "city", "standalone", "装备制造是德阳的立市之本"),
    ("ay05", "市民主党派大楼", "venue", "standalone", "会议在市民主党派大楼召开"),
    ("ay05", "丹阳市", "county_level_city", "in_org_reference", "丹阳市、句容市工商联以及部分行业商会负责人"),
    ("ay05", "句容市", "county_level_city", "in_org_reference", "丹阳市、句容市工商联以及部分行业商会负责人"),
    ("ay05", "镇江高新区", "development_zone", "standalone", "推动镇江高新区、丹徒区等地产业链协作配套"),
    ("ay05", "丹徒区", "district", "standalone", "推动镇江高新区、丹徒区等地产业链协作配套"),
    ("ay06", "镇江高新区", "development_zone", "standalone", "赴镇江高新区调研科技型中小企业培育"),
    ("ay06", "镇江", "city", "standalone", "为镇江科创发展建言献策"),
    ("ay07", "嵊州", "county_level_city", "standalone", "率调研组赴嵊州，围绕"),
    ("ay07", "嵊州市", "county_level_city", "in_title", "嵊州市委常委、统战部部长竺国良"),
    ("ay07", "甘霖镇", "town", "standalone", "越剧诞生地甘霖镇东王村"),
    ("ay07", "东王村", "village", "standalone", "越剧诞生地甘霖镇东王村"),
    ("ay07", "越剧小镇", "area", "standalone", "宋雅琴在越剧小镇与剧团负责人交流时说"),
    ("ay07", "绍兴", "city", "standalone", "为绍兴建设文化强市贡献民进力量"),
    ("ay08", "青州古城", "heritage_site", "in_document_title", "《关于加快青州古城保护利用、打造文旅融合发展高地的提案》"),
    ("ay08", "青州市", "county_level_city", "in_title", "青州市副市长房立鹏分别汇报了"),
    ("ay08", "云门山", "scenic_area", "in_project_name", "云门山景区提升项目的推进进展"),
    ("ay09", "涵江区", "district", "standalone", "围绕涵江区侨乡文化保护"),
    ("ay09", "仙游县", "county", "standalone", "仙游县工艺美术产业发展等课题深入调研"),
    ("ay09", "湄洲湾", "bay", "standalone", "在服务湄洲湾港口建设"),
    ("ay09", "莆田", "city", "standalone", "为莆田高质量发展贡献致公力量"),
    ("ay10", "沁阳市", "county_level_city", "in_title", "沁阳市副市长苗立群"),
    ("ay10", "焦作高新区", "development_zone", "in_title", "焦作高新区管委会副主任和振华先后发言"),
    ("ay10", "修武县", "county", "standalone", "深入修武县、孟州市等县（市）区开展调研"),
    ("ay10", "孟州市", "county_level_city", "standalone", "深入修武县、孟州市等县（市）区开展调研"),
    ("ay10", "云台山", "scenic_area", "in_project_name", "云台山文旅康养综合体项目"),
    ("ay10", "焦作", "city", "standalone", "为焦作打造一流营商环境凝聚合力"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ay", conventions="set ay (blind set: democratic parties, 工商联 and the CPPCC at city level in 益阳, 德阳, 镇江, 绍兴, 潍坊, 莆田 and 焦作: a party committee's org is <party short name><city label>委 (民盟益阳市委, 九三学社德阳市委, 致公党福建省委), never the city's 中共 committee; bare 民盟市委 / 社市委 / 民进市委会 fold into it; 工商联 主席 / 副主席 and 工商联党组 书记 / 成员 are posts; 政协委员 is no post, a 政协 常委 / 常务委员 is; 补选 and party elections are holdings; 大会执行主席 is a session role)",
          persons_note="Set ay persons. id = corpus-wide person_id (ay:宋雅琴#1 of 绍兴 and ay:宋雅琴#2 of 潍坊 are two people; ay:蔺雅琼 moves 民盟益阳市委副主委 2021 → 市政协常委、民盟市委主委 2023 → 市政协副主席 2024; ay:栾志清 镇江市委统战部副部长、市工商联党组书记 2022 → 市委统战部常务副部长 2024; ay:龚振岳 民盟副主委 2021 → 市政协常务委员 2024)")


if __name__ == "__main__":
    main()
