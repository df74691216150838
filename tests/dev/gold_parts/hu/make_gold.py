"""Write gold part ``hu`` (a blind set: 人大 and 政协 sessions across years in three counties / districts of three
provinces, and the same people in ordinary news before and after) from the tables below.

Pages ``tests/dev/texts/hu*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 红网 report of the 嘉禾 县人代会 全体会议 (``选举…县人民政府县长1人,
副县长7人``, ``当选为县十六届人大常委会主任``, ``须报市人大常委会批准``); the 淅川 人代会 闭幕 (``大会主席团常务主席、县人大
常委会主任…主持``); the 惠安 人大常委会 report (``决定接受…辞去惠安县人民政府县长职务；决定任命…为惠安县人民政府副县长、代理县长；
并举行宪法宣誓和颁发任命书仪式``, 列席 list with ``县委常委、组织部部长``); the 今日房县 digital edition (``县十七届人大常委会召开
第二十八次会议 任命…为代理县长``, ``本报讯 (记者… 通讯员…)``, 表态发言); the 张湾区 人大 page (``区政府代区长…``, ``全票当选为
张湾区人民政府区长``, a 来源:本网 stamp line); the 羊城晚报 page of the 南沙区 区长 election (宪法宣誓, ``责编 | 校对 |``);
the 宝山区 site (``来源:… 发布时间:… 浏览量:``); the 龙湾区 网易 page (``依法选举…为温州市龙湾区人民政府区长``, ``记者: 摄影:
编辑: 责编:``); the 大足区 上游新闻 page (one ``当选为`` sentence per organ); the 长宁区 人大常委会 page (``决定接受…辞去长宁区人民
政府区长职务的请求，报区人民代表大会备案；决定任命…为…副区长、代理区长``); the 通州区 digital edition (``03版:综合总第627期``,
``刊发日期: 阅读次数:``, ``决定…副区长代理…区长职务``); the 太和县, 石柱县, 玉屏县, 宣恩县 and 金湖县 政协 闭幕 pages (``选举…为
县政协第十届委员会主席``, ``当选中国人民政治协商会议…第十一届委员会主席``, 执行主席 就座 and 主持, ``县委副书记、县人民政府县长``
出席, 常务委员 elected as a count); the 天河区 政协 闭幕 (``区委副书记、区政府代区长…应邀出席闭幕大会``); the 萧山 区政协 主席团
page (``您的位置: 萧山网 > 新闻中心 >``, ``来源: 作者:记者… 编辑:…``, ``相关新闻 推荐阅读``); and place pages of 洛宁县 (its 18
乡镇, 上戈镇 and its 苹果, 盘城村, 洛河, 故县水库), 昭化区 (元坝镇 seat, 昭化古城, 紫云湖, 嘉陵江) and 乐业县 (同乐镇, 花坪镇,
大石围天坑, 猕猴桃). Places are real and new to the corpus: 河南 洛阳 洛宁县 (five pages), 四川 广元 昭化区 (three pages,
one of them the 广元市 site), 广西 百色 乐业县 (two pages).

Shapes: a county site's 县长 调研 with the 常务副县长 and a town secretary (hu01); a 人大 site's 人大常委会 会议 accepting the
县长's resignation (he is already 县委书记), appointing the 县委副书记 副县长、代理县长, 免去 a department head (hu02); the county
政协 site's 闭幕 of the 政协 一次会议 electing the former 常务副县长 主席, with the 代县长 attending (hu03); the 洛阳日报 第05版 of
the 人代会 闭幕 the next day electing the 代县长 县长, the 人大常委会 主任 / 副主任, three 副县长, 法院院长, 检察长 (``须报请…批准``),
with a 市人大常委会副主任 到会指导 (hu04); a county site's 县政府常务会议 a year later with the 常务副县长, 人大 and 政协 列席 (hu05);
a district site's 区长 调研 with share buttons (hu06); the 广元日报 第03版 with two articles: the 区政协 闭幕 (代区长 attending,
the former 常务副区长 elected 副主席) and the 区人代会 闭幕 (the 代区长 elected 区长) (hu07); the 广元市 site's 副市长 (the former
区长 and 区委书记) 调研 of the district (hu08); a county site's 县长 调研 (hu09); the 百色新闻网 portal page of the 右江日报 report
of the 县政协 闭幕 electing the former 县长 主席, with a 市政协副主席 到会指导 and a past 辞去 (hu10).

Identity cases:
- hu:尚启东, a 县长 who becomes 县委书记 (洛宁县): 县委副书记、县长 in Sept 2021 (hu01); 县委书记 whose resignation as 县长 is
  accepted in Nov 2021 (hu02: 辞去 gives no line); 县委书记 at the 政协 and 人大 closings of Dec 2021 (hu03, hu04).
- hu:柯雪峰, 县委副书记 appointed 副县长、代理县长 (hu02, Nov 2021) → 县委副书记、代县长 at the 政协 closing (hu03, 29 Dec) →
  elected 县长 (hu04, 30 Dec) → 县委副书记、县长 (hu05, Apr 2023).
- hu:秦玉璞, 县委常委、常务副县长 (hu01, 2021-09) → elected 县政协主席 (hu03, 2021-12).
- hu:郑立勋, 副县长 (hu01, hu02), re-elected 副县长 (hu04) → 县委常委、常务副县长 (hu05, 2023).
- hu:蒲俊川 (昭化区 → 广元市): 区委副书记、区长 (hu06, July 2021) → 区委书记 (hu07, Dec 2021) → 广元市 副市长 (hu08, May 2023).
- hu:何明轩, 区委副书记 (hu06) → 区委副书记、代区长 (hu07 article 1, 20 Dec 2021) → elected 区长 (hu07 article 2, 21 Dec) →
  区委副书记、区长 (hu08, 2023).
- hu:谯永刚, 区委常委、常务副区长 (hu06) → elected 区政协 副主席 (hu07).
- hu:班文胜 (乐业县), 县委副书记、县长 (hu09, May 2021) → elected 县政协主席 (hu10, Dec 2021).
- two different 罗晓芸 in unrelated places: hu:罗晓芸#1 is 洛宁县人大常委会 副主任 (河南; hu02, hu04 re-elected, hu05);
  hu:罗晓芸#2 is 乐业县 副县长 (广西; hu09) elected 乐业县政协 副主席 (hu10).
- one organ name of different places: ``县政协`` is 洛宁's (hu03, hu05) and 乐业's (hu10); ``县人大常委会`` 洛宁's (hu02–hu05)
  and 乐业's (hu10); ``县会议中心`` is the venue of both; the bare ``市人大常委会`` / ``市政协`` / ``市文化广电旅游局`` are
  洛阳's (hu04), 百色's (hu10) and 广元's (hu08).
- the same staff across pages: hu:杨梦琦 edits both 洛宁 government-site pages (hu01, hu05); hu:黄思颖 signs hu09 for the
  乐业 融媒体中心 and is the 通讯员 of hu10; hu:杜思源 signs both articles of hu07.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, am, fe, n, u where they speak; decided here where they are silent):
- Elections are holdings (ab): ``选举姬长林为洛宁县第十七届人民代表大会常务委员会主任`` → 洛宁县人大常委会 主任 (the 届 not part
  of the org); a list ``罗晓芸、段书敏、苗庆华、杜建华为副主任`` gives each name the title; ``选举…为洛宁县人民政府副县长`` →
  洛宁县政府; ``秦玉璞当选为政协洛宁县第十届委员会主席`` / ``选举文昌礼为政协广元市昭化区第八届委员会主席`` → 洛宁县政协 /
  昭化区政协 主席 (政协X第N届委员会 folded, as fe); a bare ``副主席`` / ``秘书长`` in the same sentence is that 政协's;
  ``29名委员当选为常务委员`` names nobody. The court and the procuratorate as written after the place (ab):
  洛宁县人民法院 院长, 洛宁县人民检察院 检察长 (a holding although ``须报请…批准``).
- 人大常委会 任免 (ab, am): ``决定任命柯雪峰为洛宁县人民政府副县长、代理县长`` → 洛宁县政府 副县长 + 代理县长; his 县委 副书记
  from ``县委副书记、代理县长柯雪峰进行了宪法宣誓`` (代理县长 repeated there: no second line). ``决定接受…辞去…县长职务`` and
  ``决定免去…局长职务`` give no line (牛建涛 named without a post). DECIDED HERE: a resignation reported as past in another
  kind of page (hu10 ``此前，县人大常委会已于11月召开会议，决定接受班文胜辞去…县长职务的请求``) gives no line either and the
  人大常委会 会议 it names is no event of that page.
- ``县委副书记、代县长柯雪峰`` → 洛宁县委 副书记 + 洛宁县政府 代县长 (as written, ab); on the page of his election (hu04) the text
  writes no 代县长, so only 县长. ``新当选的县长 / 县政协主席 / 区长`` repeating the elected post gives no second line.
- Session roles are not posts (ab): 大会主席团常务主席, 大会执行主席. ``大会主席团常务主席、县委书记尚启东`` gives 洛宁县委 书记.
- Bare organs take the page's place or its parent (CONVENTIONS): 县委 / 县人大常委会 / 县政协 / 县农业农村局 on 洛宁's sites and in
  the 洛阳日报's 洛宁 report = 洛宁县's; ``市人大常委会副主任`` in the 洛阳日报 = 洛阳市人大常委会; ``市政协副主席`` in the 右江日报
  report from 乐业 = 百色市政协 (乐业's parent); ``区委`` / ``区政协`` in the 广元日报 昭化 reports = 昭化区's; on the 广元市 site
  ``副市长`` and ``市文化广电旅游局局长`` = 广元市's and ``区委副书记、区长`` right after ``昭化区委书记`` = 昭化区's. 昭化区 is one
  district in China: no city prefix. Town secretaries: ``镇党委书记史云涛`` (在上戈镇) → 洛宁县上戈镇党委 书记; ``同乐镇党委书记`` →
  乐业县同乐镇党委; ``镇党委书记母小川`` (在卫子镇) → 昭化区卫子镇党委.
- One line per post per article; a two-article paper page (hu07) gives 蒲俊川's 区委 书记 once in each article.
- Events: the 人大常委会 会议 (hu02: chair; 出席 and 列席 attendees; the one sworn in an attendee; 表态发言 / 讲话 speakers), the
  政协 闭幕大会 (hu03, hu07 a1, hu10: chair; 应邀出席 and the 执行主席 就座 attendees (ab); 讲话 / 表示 / 表示祝贺 speakers),
  the 人代会 闭幕大会 (hu04, hu07 a2: chair the 主席团常务主席; the elected are no attendees (ab); the 宪法宣誓 is part of it;
  the new 县长 / 区长's 发言 a speaker). DECIDED HERE: a higher body's leader who ``到会指导`` a county session (市人大常委会副主任,
  市政协副主席) is an attendee (present, no remarks reported). 调研 is an ``inspection`` (leader; 陪同 / 参加调研 attendees;
  汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); the 县政府常务会议 a meeting (chair; 出席 and 列席 attendees;
  汇报 / 强调 / 作了安排 / 提出要求 speakers).
- Projects: works named as under way or to be pushed: a 冷链仓储物流园 (and its 二期) ``logistics_hub``; a 综合治理工程 and a
  堤防加固工程 ``engineering_work``; a 生态修复工程 ``greening_project``; a 供水管网改造工程 ``infrastructure_project``; a
  猕猴桃产业园 ``industrial_park``; 示范园, 示范基地, 文旅提升项目, 景区提质升级项目 ``project``. The 工程 whose 实施方案 the 常务会议
  examines (hu05) is a project (the 方案 is not). Slogans (全域旅游目的地, 三国文化旅游目的地, 世界级天坑旅游目的地) are not.
- Places: one line per name per file, as written; places inside organ references and project names count; short names
  (``新洛宁``, ``推动洛宁高质量发展``, ``旅游是乐业的立县之本``, ``昭化要用好古城``) give the short name as a county / district
  (ab, n, u); 昭化古城 is a ``heritage_site``, 大石围天坑 a ``scenic_area``, 紫云湖 a ``lake``, 盘城村 a ``village``. Site lines,
  mastheads, 来源 lines, footers (``洛宁县城关镇永宁大道``), 上一篇 / 下一篇 and 相关新闻 links (城关镇, 凌云县) and unnamed venues
  (县会议中心, 区会议中心) are not annotated.
- Bylines: ``本报讯（记者 … 通讯员 …）`` gives reporter and correspondent lines; a bare office / media-centre credit
  (``（县政协办公室　张雅卉）``, ``（乐业县融媒体中心　黄思颖）``) an author line (bs); 责任编辑 / 编辑 / 审核 editor lines. The
  portal's ``作者：韦佳颖　　编辑：陈思蕊`` stamp repeats the byline and the 责任编辑 line: no extra lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LN, ZH, LY = "洛宁县", "昭化区", "乐业县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hu01_luoning.txt": (2021, "发布时间：2021-09-15 17:32", LN, [
        ("尚启东到上戈镇河底镇调研苹果产业和重点项目建设", "9月14日", "2021-09-14", "9月14日，县委副书记",
         "county site: the 县长's 调研 of two towns with the 常务副县长, a 副县长 and a town secretary")]),
    "hu02_luoning.txt": (2021, "时间：2021-11-26 09:40", LN, [
        ("县十六届人大常委会举行第三十一次会议 决定柯雪峰为代理县长", "11月25日上午", "2021-11-25", "11月25日上午，县十六届",
         "人大 site: 人大常委会 会议 accepts the 县长's resignation (now 县委书记), appoints the 县委副书记 副县长、代理县长, 免去 a 局长")]),
    "hu03_luoning.txt": (2021, "发布日期：2021-12-30 08:50:12", LN, [
        ("政协洛宁县第十届委员会第一次会议胜利闭幕", "12月29日下午", "2021-12-29", "12月29日下午，中国人民",
         "政协 site: 政协 一次会议 闭幕 electing the former 常务副县长 主席; 县委书记 and 代县长 attend")]),
    "hu04_luoning.txt": (2021, "2021年12月31日　星期五", LN, [
        ("洛宁县第十七届人民代表大会第一次会议闭幕", "12月30日上午", "2021-12-30", "本报讯（记者 付佳音",
         "city paper 第05版: 人代会 闭幕 electing the 代县长 县长, 人大常委会 主任 / 副主任, 副县长, 法院院长, 检察长; 市人大常委会副主任 到会指导")]),
    "hu05_luoning.txt": (2023, "发布时间：2023-04-19 10:05", LN, [
        ("柯雪峰主持召开县政府第二十六次常务会议", "4月18日下午", "2023-04-18", "4月18日下午，县委副书记",
         "county site 领导活动: 县政府常务会议 of the 县长; the re-elected 副县长 now 常务副县长; 人大 and 政协 列席")]),
    "hu06_zhaohua.txt": (2021, "发布时间：2021-07-21 18:40:12", ZH, [
        ("蒲俊川到卫子镇昭化镇调研乡村振兴和文旅项目建设", "7月20日", "2021-07-20", "7月20日，区委副书记",
         "district site: the 区长's 调研 with the 区委副书记, the 常务副区长, a 副区长 and a town secretary")]),
    "hu07_zhaohua.txt": (2021, "2021年12月22日　星期三", ZH, [
        ("昭化区政协八届一次会议闭幕", "12月20日下午", "2021-12-20", "本报讯（记者 杜思源）",
         "city paper 第03版, article 1: 区政协 闭幕 electing 主席, 副主席 (the former 常务副区长), 秘书长; 区委书记 and 代区长 attend"),
        ("昭化区八届人大一次会议闭幕", "12月21日上午", "2021-12-21", "本报讯（记者 杜思源 通讯员",
         "article 2: 区人代会 闭幕 electing the 代区长 区长, the 人大常委会 主任 / 副主任, 副区长; 区委书记 chairs")]),
    "hu08_guangyuan.txt": (2023, "发布时间：2023-05-17 09:26", "广元市", [
        ("蒲俊川到昭化区调研文旅融合发展和防汛工作", "5月16日", "2023-05-16", "5月16日，副市长",
         "city site 领导活动: the 副市长 (the district's former 区长 and 区委书记) inspects the district with its 书记 and 区长")]),
    "hu09_leye.txt": (2021, "发布时间：2021-05-12 16:20", LY, [
        ("班文胜调研大石围天坑景区提质升级和猕猴桃产业发展工作", "5月11日", "2021-05-11", "5月11日，县委副书记",
         "county site: the 县长's 调研 of a 景区 project and 猕猴桃 with a 副县长, a 局长 and a town secretary")]),
    "hu10_leye.txt": (2021, "2021-12-28 08:45:10", LY, [
        ("政协乐业县第十届委员会第一次会议闭幕 班文胜当选县政协主席", "12月27日上午", "2021-12-27", "本报讯（记者 韦佳颖",
         "portal page of the 右江日报 report: 县政协 闭幕 electing the former 县长 主席 (辞去 reported as past); 市政协副主席 到会指导")]),
}

_H02_VP = "副主任罗晓芸、段书敏、苗庆华和委员共25人出席会议"
_H02_KE = "决定任命柯雪峰为洛宁县人民政府副县长、代理县长"
_H04_VP = "罗晓芸、段书敏、苗庆华、杜建华为副主任"
_H04_FX = "郑立勋、孔令娟、雷振廷为洛宁县人民政府副县长"
_H03_VC = "贺淑琴、田向阳、马守义当选为副主席"
_H07_VC = "敬小平、蹇丽华、谯永刚为副主席"
_H10_VC = "卢光明、罗晓芸、潘秀珍为副主席"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 河南 洛阳 洛宁县
    "hu:尚启东": ("尚启东", "official", LN, [
        ("hu01", f"{LN}委", "副书记", "县委副书记、县长尚启东到上戈镇", "2021-09 (identity case: 县委书记 by 2021-11, hu02)"),
        ("hu01", f"{LN}政府", "县长", "县委副书记、县长尚启东到上戈镇", None),
        ("hu02", f"{LN}委", "书记", "县委书记尚启东到会讲话", "2021-11: 县委书记; his resignation as 县长 is accepted (辞去: no line)"),
        ("hu03", f"{LN}委", "书记", "县委书记尚启东，县人大常委会主任姬长林", "2021-12-29"),
        ("hu04", f"{LN}委", "书记", "大会主席团常务主席、县委书记尚启东主持闭幕大会", "2021-12-30; 主席团常务主席 is a session role, no post")], []),
    "hu:柯雪峰": ("柯雪峰", "official", LN, [
        ("hu02", f"{LN}政府", "副县长", _H02_KE, "2021-11: appointed (决定任命)"),
        ("hu02", f"{LN}政府", "代理县长", _H02_KE, "as written (ab, am)"),
        ("hu02", f"{LN}委", "副书记", "县委副书记、代理县长柯雪峰进行了宪法宣誓", "代理县长 repeated here: no second line"),
        ("hu03", f"{LN}委", "副书记", "县委副书记、代县长柯雪峰", "2021-12-29, the day before his election"),
        ("hu03", f"{LN}政府", "代县长", "县委副书记、代县长柯雪峰", None),
        ("hu04", f"{LN}政府", "县长", "选举柯雪峰为洛宁县人民政府县长", "2021-12-30: elected; headline and 新当选的县长 repeat it"),
        ("hu05", f"{LN}委", "副书记", "县委副书记、县长柯雪峰主持召开", "2023-04"),
        ("hu05", f"{LN}政府", "县长", "县委副书记、县长柯雪峰主持召开", None)], []),
    "hu:秦玉璞": ("秦玉璞", "official", LN, [
        ("hu01", f"{LN}委", "常委", "县委常委、常务副县长秦玉璞", "2021-09 (identity case: 县政协主席 in 2021-12, hu03)"),
        ("hu01", f"{LN}政府", "常务副县长", "县委常委、常务副县长秦玉璞", None),
        ("hu03", f"{LN}政协", "主席", "秦玉璞当选为政协洛宁县第十届委员会主席", "2021-12: elected; 政协X第N届委员会 → X政协 (fe); 大会执行主席 no post")], []),
    "hu:郑立勋": ("郑立勋", "official", LN, [
        ("hu01", f"{LN}政府", "副县长", "副县长郑立勋，县农业农村局", "2021-09"),
        ("hu02", f"{LN}政府", "副县长", "副县长郑立勋，县监委", "2021-11: 列席"),
        ("hu04", f"{LN}政府", "副县长", _H04_FX, "2021-12: re-elected"),
        ("hu05", f"{LN}委", "常委", "县委常委、常务副县长郑立勋", "2023-04: now 常务副县长"),
        ("hu05", f"{LN}政府", "常务副县长", "县委常委、常务副县长郑立勋", None)], []),
    "hu:史云涛": ("史云涛", "official", LN, [
        ("hu01", f"{LN}上戈镇党委", "书记", "镇党委书记史云涛", "``在上戈镇，镇党委书记…``: the town's 党委")], []),
    "hu:姬长林": ("姬长林", "official", LN, [
        ("hu02", f"{LN}人大常委会", "主任", "县人大常委会主任姬长林主持会议", "2021-11"),
        ("hu03", f"{LN}人大常委会", "主任", "县人大常委会主任姬长林", "2021-12-29"),
        ("hu04", f"{LN}人大常委会", "主任", "选举姬长林为洛宁县第十七届人民代表大会常务委员会主任", "2021-12-30: re-elected; 人民代表大会常务委员会 → 人大常委会, the 届 dropped")], []),
    "hu:罗晓芸#1": ("罗晓芸", "official", LN, [
        ("hu02", f"{LN}人大常委会", "副主任", _H02_VP, "洛宁 (河南); not the 罗晓芸 of 乐业 (hu09, hu10)"),
        ("hu04", f"{LN}人大常委会", "副主任", _H04_VP, "re-elected"),
        ("hu05", f"{LN}人大常委会", "副主任", "县人大常委会副主任罗晓芸", "2023: 列席")], []),
    "hu:段书敏": ("段书敏", "official", LN, [
        ("hu02", f"{LN}人大常委会", "副主任", _H02_VP, None),
        ("hu04", f"{LN}人大常委会", "副主任", _H04_VP, None)], []),
    "hu:苗庆华": ("苗庆华", "official", LN, [
        ("hu02", f"{LN}人大常委会", "副主任", _H02_VP, None),
        ("hu04", f"{LN}人大常委会", "副主任", _H04_VP, None)], []),
    "hu:杜建华": ("杜建华", "official", LN, [
        ("hu04", f"{LN}人大常委会", "副主任", _H04_VP, "newly elected")], []),
    "hu:庞晓玲": ("庞晓玲", "official", LN, [
        ("hu02", f"{LN}委", "常委", "县委常委、组织部部长庞晓玲", None),
        ("hu02", f"{LN}委组织部", "部长", "县委常委、组织部部长庞晓玲", "组织部 after 县委常委 = the 县委's")], []),
    "hu:牛建涛": ("牛建涛", "official", LN, [], ["hu02"]),
    "hu:贺淑琴": ("贺淑琴", "official", LN, [
        ("hu03", f"{LN}政协", "副主席", _H03_VC, "elected; also chairs the 闭幕大会 as 执行主席 (no post)")], []),
    "hu:田向阳": ("田向阳", "official", LN, [
        ("hu03", f"{LN}政协", "副主席", _H03_VC, "2021-12: elected"),
        ("hu05", f"{LN}政协", "副主席", "县政协副主席田向阳应邀列席会议", "2023-04: 列席")], []),
    "hu:马守义": ("马守义", "official", LN, [
        ("hu03", f"{LN}政协", "副主席", _H03_VC, None)], []),
    "hu:樊建新": ("樊建新", "official", LN, [
        ("hu03", f"{LN}政协", "秘书长", "樊建新当选为秘书长", "bare 秘书长 in the 政协 election sentence = the 政协's")], []),
    "hu:毛立群": ("毛立群", "official", "洛阳市", [
        ("hu04", "洛阳市人大常委会", "副主任", "市人大常委会副主任毛立群到会指导", "bare 市 in the 洛阳日报 = 洛阳市")], []),
    "hu:孔令娟": ("孔令娟", "official", LN, [
        ("hu04", f"{LN}政府", "副县长", _H04_FX, "2021-12: elected"),
        ("hu05", f"{LN}政府", "副县长", "副县长孔令娟、雷振廷出席会议", "2023-04")], []),
    "hu:雷振廷": ("雷振廷", "official", LN, [
        ("hu04", f"{LN}政府", "副县长", _H04_FX, "2021-12: elected"),
        ("hu05", f"{LN}政府", "副县长", "副县长孔令娟、雷振廷出席会议", "2023-04")], []),
    "hu:冯晓光": ("冯晓光", "official", LN, [
        ("hu04", f"{LN}人民法院", "院长", "选举冯晓光为洛宁县人民法院院长", "as written after the place (ab)")], []),
    "hu:吕新民": ("吕新民", "official", LN, [
        ("hu04", f"{LN}人民检察院", "检察长", "选举吕新民为洛宁县人民检察院检察长", "a holding although 须报请…批准 (ab)")], []),
    "hu:邵军锋": ("邵军锋", "official", LN, [
        ("hu05", f"{LN}农业农村局", "局长", "县农业农村局局长邵军锋", "2023: the post 牛建涛 was removed from in 2021 (hu02)")], []),
    # ---- 四川 广元 昭化区
    "hu:蒲俊川": ("蒲俊川", "official", ZH, [
        ("hu06", f"{ZH}委", "副书记", "区委副书记、区长蒲俊川深入卫子镇", "2021-07 (identity case: 区委书记 2021-12, 广元市副市长 2023)"),
        ("hu06", f"{ZH}政府", "区长", "区委副书记、区长蒲俊川深入卫子镇", None),
        ("hu07", f"{ZH}委", "书记", "区委书记蒲俊川，区委副书记、代区长何明轩", "2021-12-20, article 1"),
        ("hu07", f"{ZH}委", "书记", "大会主席团常务主席、区委书记蒲俊川主持闭幕大会并讲话", "2021-12-21, article 2: one line per post per article"),
        ("hu08", "广元市政府", "副市长", "副市长蒲俊川到昭化区调研", "2023-05: now 广元市 副市长 (on the 广元市 site)")], []),
    "hu:何明轩": ("何明轩", "official", ZH, [
        ("hu06", f"{ZH}委", "副书记", "区委副书记何明轩，区委常委", "2021-07"),
        ("hu07", f"{ZH}委", "副书记", "区委副书记、代区长何明轩", "2021-12-20 (article 1)"),
        ("hu07", f"{ZH}政府", "代区长", "区委副书记、代区长何明轩", "as written"),
        ("hu07", f"{ZH}政府", "区长", "选举何明轩为广元市昭化区人民政府区长", "2021-12-21 (article 2): elected; headline and 新当选的区长 repeat it"),
        ("hu08", f"{ZH}委", "副书记", "区委副书记、区长何明轩参加调研", "2023-05: bare 区委 after 昭化区委书记"),
        ("hu08", f"{ZH}政府", "区长", "区委副书记、区长何明轩参加调研", None)], []),
    "hu:谯永刚": ("谯永刚", "official", ZH, [
        ("hu06", f"{ZH}委", "常委", "区委常委、常务副区长谯永刚", "2021-07"),
        ("hu06", f"{ZH}政府", "常务副区长", "区委常委、常务副区长谯永刚", None),
        ("hu07", f"{ZH}政协", "副主席", _H07_VC, "2021-12: elected 区政协 副主席")], []),
    "hu:向晓蓉": ("向晓蓉", "official", ZH, [
        ("hu06", f"{ZH}政府", "副区长", "副区长向晓蓉陪同调研", "2021-07"),
        ("hu07", f"{ZH}政府", "副区长", "向晓蓉、邓立伟为副区长", "2021-12: re-elected (article 2)")], []),
    "hu:母小川": ("母小川", "official", ZH, [
        ("hu06", f"{ZH}卫子镇党委", "书记", "镇党委书记母小川", "``在卫子镇，…镇党委书记…``")], []),
    "hu:文昌礼": ("文昌礼", "official", ZH, [
        ("hu07", f"{ZH}政协", "主席", "大会选举文昌礼为政协广元市昭化区第八届委员会主席", "elected; headline and 新当选的区政协主席 repeat it")], []),
    "hu:敬小平": ("敬小平", "official", ZH, [
        ("hu07", f"{ZH}政协", "副主席", _H07_VC, "also chairs the 闭幕大会 as 执行主席 (no post)")], []),
    "hu:蹇丽华": ("蹇丽华", "official", ZH, [
        ("hu07", f"{ZH}政协", "副主席", _H07_VC, None)], []),
    "hu:冉志军": ("冉志军", "official", ZH, [
        ("hu07", f"{ZH}政协", "秘书长", "冉志军为秘书长", None)], []),
    "hu:苟德华": ("苟德华", "official", ZH, [
        ("hu07", f"{ZH}人大常委会", "主任", "大会选举苟德华为广元市昭化区第八届人民代表大会常务委员会主任", "elected")], []),
    "hu:袁志华": ("袁志华", "official", ZH, [
        ("hu07", f"{ZH}人大常委会", "副主任", "袁志华、侯雪芹为副主任", None)], []),
    "hu:侯雪芹": ("侯雪芹", "official", ZH, [
        ("hu07", f"{ZH}人大常委会", "副主任", "袁志华、侯雪芹为副主任", None)], []),
    "hu:邓立伟": ("邓立伟", "official", ZH, [
        ("hu07", f"{ZH}政府", "副区长", "向晓蓉、邓立伟为副区长", "elected")], []),
    "hu:龙梦瑶": ("龙梦瑶", "official", "广元市", [
        ("hu08", "广元市文化广电旅游局", "局长", "市文化广电旅游局局长龙梦瑶", "bare 市 on the 广元市 site")], []),
    "hu:乔立帆": ("乔立帆", "official", ZH, [
        ("hu08", f"{ZH}委", "书记", "昭化区委书记乔立帆", "2023: succeeds 蒲俊川")], []),
    # ---- 广西 百色 乐业县
    "hu:班文胜": ("班文胜", "official", LY, [
        ("hu09", f"{LY}委", "副书记", "县委副书记、县长班文胜到同乐镇", "2021-05 (identity case: 县政协主席 2021-12, hu10)"),
        ("hu09", f"{LY}政府", "县长", "县委副书记、县长班文胜到同乐镇", None),
        ("hu10", f"{LY}政协", "主席", "大会选举班文胜为政协乐业县第十届委员会主席", "2021-12: elected; the past 辞去 of his 县长 gives no line")], []),
    "hu:罗晓芸#2": ("罗晓芸", "official", LY, [
        ("hu09", f"{LY}政府", "副县长", "副县长罗晓芸，县文化广电体育和旅游局局长农海燕", "乐业 (广西), 2021-05; not the 罗晓芸 of 洛宁 (hu02, hu04, hu05)"),
        ("hu10", f"{LY}政协", "副主席", _H10_VC, "2021-12: elected 县政协副主席")], []),
    "hu:农海燕": ("农海燕", "official", LY, [
        ("hu09", f"{LY}文化广电体育和旅游局", "局长", "县文化广电体育和旅游局局长农海燕", None)], []),
    "hu:韦庆林": ("韦庆林", "official", LY, [
        ("hu09", f"{LY}同乐镇党委", "书记", "同乐镇党委书记韦庆林", None)], []),
    "hu:颜守成": ("颜守成", "official", "百色市", [
        ("hu10", "百色市政协", "副主席", "市政协副主席颜守成到会指导", "bare 市 in a 乐业 report = 百色市 (its parent)")], []),
    "hu:覃正谋": ("覃正谋", "official", LY, [
        ("hu10", f"{LY}委", "书记", "县委书记覃正谋", None)], []),
    "hu:岑立阳": ("岑立阳", "official", LY, [
        ("hu10", f"{LY}委", "副书记", "县委副书记、代县长岑立阳", "succeeds 班文胜"),
        ("hu10", f"{LY}政府", "代县长", "县委副书记、代县长岑立阳", None)], []),
    "hu:陆秀英": ("陆秀英", "official", LY, [
        ("hu10", f"{LY}人大常委会", "主任", "县人大常委会主任陆秀英", None)], []),
    "hu:卢光明": ("卢光明", "official", LY, [
        ("hu10", f"{LY}政协", "副主席", _H10_VC, "also chairs the 闭幕大会 as 执行主席 (no post)")], []),
    "hu:潘秀珍": ("潘秀珍", "official", LY, [
        ("hu10", f"{LY}政协", "副主席", _H10_VC, None)], []),
    "hu:梁志诚": ("梁志诚", "official", LY, [
        ("hu10", f"{LY}政协", "秘书长", "梁志诚为秘书长", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hu01", "杨梦琦", "责任编辑", "editor", "责任编辑：杨梦琦"),
    ("hu02", "董晓宇", "责任编辑", "editor", "责任编辑：董晓宇"),
    ("hu02", "魏宏军", "审核", "editor", "审核：魏宏军"),
    ("hu03", "张雅卉", "供稿", "author", "（县政协办公室　张雅卉）"),
    ("hu04", "付佳音", "记者", "reporter", "本报讯（记者 付佳音 通讯员 王俊杰）"),
    ("hu04", "王俊杰", "通讯员", "correspondent", "本报讯（记者 付佳音 通讯员 王俊杰）"),
    ("hu04", "郭瑞峰", "责任编辑", "editor", "责任编辑：郭瑞峰"),
    ("hu05", "杨梦琦", "责任编辑", "editor", "责任编辑：杨梦琦"),
    ("hu06", "赵雨涵", "编辑", "editor", "编辑：赵雨涵"),
    ("hu06", "苟晓林", "审核", "editor", "审核：苟晓林"),
    ("hu07", "杜思源", "记者", "reporter", "本报讯（记者 杜思源）"),
    ("hu07", "秦雪薇", "通讯员", "correspondent", "本报讯（记者 杜思源 通讯员 秦雪薇）"),
    ("hu07", "李慧敏", "责任编辑", "editor", "（责任编辑：李慧敏）"),
    ("hu09", "黄思颖", "供稿", "author", "（乐业县融媒体中心　黄思颖）"),
    ("hu09", "岑晓燕", "责任编辑", "editor", "责任编辑：岑晓燕"),
    ("hu10", "韦佳颖", "记者", "reporter", "本报讯（记者 韦佳颖 通讯员 黄思颖）"),
    ("hu10", "黄思颖", "通讯员", "correspondent", "本报讯（记者 韦佳颖 通讯员 黄思颖）"),
    ("hu10", "陈思蕊", "责任编辑", "editor", "责任编辑：陈思蕊"),
]
# 杜思源 signs both articles of hu07
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("hu07", "杜思源"): "本报讯（记者 杜思源 通讯员 秦雪薇）",
}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hu01", "上戈镇、河底镇苹果产业发展和重点项目建设调研", "inspection (调研)", "9月14日", None, "尚启东", [],
     ["秦玉璞", "郑立勋"], ["史云涛", "郑立勋", "尚启东", "秦玉璞"], "上戈镇、河底镇",
     "县委副书记、县长尚启东到上戈镇、河底镇调研苹果产业发展和重点项目建设工作",
     ["县长尚启东到上戈镇、河底镇调研", "副县长郑立勋，县农业农村局、县发展改革委等部门负责同志陪同调研", "镇党委书记史云涛汇报了",
      "郑立勋介绍了", "尚启东指出", "秦玉璞就做好项目资金争取和秋季安全生产工作作了安排"]),
    ("hu02", "县十六届人大常委会第三十一次会议", "session (人大常委会会议)", "11月25日上午", "姬长林", None, [],
     ["罗晓芸", "段书敏", "苗庆华", "尚启东", "庞晓玲", "郑立勋", "柯雪峰"], ["柯雪峰", "尚启东"], None,
     "11月25日上午，县十六届人大常委会举行第三十一次会议",
     ["县人大常委会主任姬长林主持会议", _H02_VP, "县委书记尚启东到会讲话", "组织部部长庞晓玲，副县长郑立勋",
      "县委副书记、代理县长柯雪峰进行了宪法宣誓并作表态发言", "柯雪峰表示", "尚启东在讲话中指出"]),
    ("hu03", "政协洛宁县第十届委员会第一次会议闭幕大会", "session (政协会议)", "12月29日下午", "贺淑琴", None, [],
     ["尚启东", "姬长林", "柯雪峰", "秦玉璞", "田向阳", "马守义"], ["秦玉璞", "尚启东"], "县会议中心",
     "12月29日下午，中国人民政治协商会议洛宁县第十届委员会第一次会议在县会议中心圆满完成各项议程后胜利闭幕",
     ["县委副书记、代县长柯雪峰等县领导应邀出席闭幕大会", "大会执行主席秦玉璞、贺淑琴、田向阳、马守义在主席台前排就座",
      "闭幕大会由贺淑琴主持", "新当选的县政协主席秦玉璞在闭幕大会上讲话", "尚启东在讲话中对新当选的县政协领导班子表示祝贺"]),
    ("hu04", "洛宁县第十七届人民代表大会第一次会议闭幕大会", "session (人代会)", "12月30日上午", "尚启东", None, [],
     ["毛立群"], ["柯雪峰", "尚启东"], "县会议中心",
     "洛宁县第十七届人民代表大会第一次会议在县会议中心举行第三次全体会议，并在圆满完成各项议程后胜利闭幕",
     ["大会主席团常务主席、县委书记尚启东主持闭幕大会", "市人大常委会副主任毛立群到会指导", "新当选的县长柯雪峰领誓",
      "柯雪峰在当选后的发言中表示", "尚启东在讲话中指出"]),
    ("hu05", "县政府第二十六次常务会议", "meeting (县政府常务会议)", "4月18日下午", "柯雪峰", None, [],
     ["郑立勋", "孔令娟", "雷振廷", "罗晓芸", "田向阳"], ["邵军锋", "柯雪峰", "郑立勋", "孔令娟"], None,
     "县委副书记、县长柯雪峰主持召开县政府第二十六次常务会议",
     ["县长柯雪峰主持召开", "副县长孔令娟、雷振廷出席会议", "县人大常委会副主任罗晓芸，县政协副主席田向阳应邀列席会议",
      "县农业农村局局长邵军锋关于", "柯雪峰强调", "郑立勋就做好一季度经济运行分析", "孔令娟就防汛物资储备和应急演练提出了要求"]),
    ("hu06", "卫子镇、昭化镇乡村振兴和文旅项目建设调研", "inspection (调研)", "7月20日", None, "蒲俊川", [],
     ["何明轩", "谯永刚", "向晓蓉"], ["母小川", "向晓蓉", "蒲俊川", "何明轩", "谯永刚"], "卫子镇、昭化镇",
     "区委副书记、区长蒲俊川深入卫子镇、昭化镇，调研乡村振兴和文旅项目建设工作",
     ["区长蒲俊川深入卫子镇、昭化镇", "副区长向晓蓉陪同调研", "镇党委书记母小川汇报了", "向晓蓉介绍了", "蒲俊川指出",
      "何明轩就抓好主汛期防汛", "谯永刚表示"]),
    ("hu07", "政协广元市昭化区第八届委员会第一次会议闭幕大会", "session (政协会议)", "12月20日下午", "敬小平", None, [],
     ["蒲俊川", "何明轩", "文昌礼", "蹇丽华"], ["文昌礼", "蒲俊川"], None,
     "12月20日下午，中国人民政治协商会议广元市昭化区第八届委员会第一次会议圆满完成各项议程后闭幕",
     ["区委书记蒲俊川，区委副书记、代区长何明轩等区领导应邀出席闭幕大会", "大会执行主席文昌礼、敬小平、蹇丽华在主席台前排就座",
      "敬小平主持闭幕大会", "新当选的区政协主席文昌礼在讲话中表示", "蒲俊川对新一届区政协领导班子表示祝贺"]),
    ("hu07", "广元市昭化区第八届人民代表大会第一次会议闭幕大会", "session (人代会)", "12月21日上午", "蒲俊川", None, [],
     [], ["何明轩", "蒲俊川"], "区会议中心",
     "12月21日上午，广元市昭化区第八届人民代表大会第一次会议在区会议中心胜利闭幕",
     ["大会主席团常务主席、区委书记蒲俊川主持闭幕大会并讲话", "新当选的区长何明轩进行了宪法宣誓", "何明轩在发言中表示", "蒲俊川指出"]),
    ("hu08", "昭化区文旅融合发展和防汛减灾调研", "inspection (调研)", "5月16日", None, "蒲俊川", [],
     ["龙梦瑶", "乔立帆", "何明轩"], ["何明轩", "龙梦瑶", "蒲俊川", "乔立帆"], "昭化区",
     "副市长蒲俊川到昭化区调研文旅融合发展和防汛减灾工作",
     ["副市长蒲俊川到昭化区调研", "区委副书记、区长何明轩参加调研", "何明轩汇报了", "龙梦瑶介绍了", "蒲俊川指出", "乔立帆表示"]),
    ("hu09", "大石围天坑景区提质升级项目建设和猕猴桃产业发展调研", "inspection (调研)", "5月11日", None, "班文胜", [],
     ["罗晓芸", "农海燕", "韦庆林"], ["农海燕", "韦庆林", "班文胜", "罗晓芸"], "同乐镇、花坪镇",
     "县委副书记、县长班文胜到同乐镇、花坪镇调研大石围天坑景区提质升级项目建设和猕猴桃产业发展工作",
     ["县长班文胜到同乐镇、花坪镇调研", "同乐镇党委书记韦庆林等陪同调研", "农海燕汇报了", "韦庆林介绍了", "班文胜强调", "罗晓芸要求"]),
    ("hu10", "政协乐业县第十届委员会第一次会议闭幕大会", "session (政协会议)", "12月27日上午", "卢光明", None, [],
     ["颜守成", "覃正谋", "岑立阳", "陆秀英"], ["班文胜", "覃正谋"], "县会议中心",
     "12月27日上午，中国人民政治协商会议乐业县第十届委员会第一次会议圆满完成各项议程，在县会议中心闭幕",
     ["市政协副主席颜守成到会指导", "县人大常委会主任陆秀英等县领导出席闭幕大会", "闭幕大会由大会执行主席卢光明主持",
      "新当选的县政协主席班文胜在讲话中表示", "覃正谋在讲话中要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hu01", "上戈镇苹果冷链仓储物流园", "logistics_hub", "先后来到上戈镇苹果冷链仓储物流园"),
    ("hu01", "盘城村高效苹果示范园", "project", "盘城村高效苹果示范园"),
    ("hu01", "洛河洛宁段综合治理工程", "engineering_work", "洛河洛宁段综合治理工程河底镇施工现场"),
    ("hu04", "上戈镇苹果冷链仓储物流园", "logistics_hub", "加快上戈镇苹果冷链仓储物流园和"),
    ("hu04", "洛河洛宁段综合治理工程", "engineering_work", "洛河洛宁段综合治理工程建设"),
    ("hu05", "上戈镇苹果冷链仓储物流园二期", "logistics_hub", "上戈镇苹果冷链仓储物流园二期建设"),
    ("hu05", "洛宁县城区供水管网改造工程", "infrastructure_project", "审议了洛宁县城区供水管网改造工程实施方案"),
    ("hu06", "卫子镇猕猴桃产业园", "industrial_park", "察看了卫子镇猕猴桃产业园"),
    ("hu06", "昭化古城文旅提升项目", "project", "实地察看了昭化古城文旅提升项目"),
    ("hu06", "嘉陵江昭化古城段生态修复工程", "greening_project", "嘉陵江昭化古城段生态修复工程"),
    ("hu08", "元坝镇嘉陵江堤防加固工程", "engineering_work", "元坝镇嘉陵江堤防加固工程现场"),
    ("hu08", "昭化古城文旅提升项目二期", "project", "昭化古城文旅提升项目二期推进"),
    ("hu09", "大石围天坑景区提质升级项目", "project", "调研大石围天坑景区提质升级项目建设"),
    ("hu09", "花坪镇猕猴桃标准化种植示范基地", "project", "花坪镇猕猴桃标准化种植示范基地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hu01", "上戈镇", "town", "standalone", "到上戈镇、河底镇调研苹果产业发展"),
    ("hu01", "河底镇", "town", "standalone", "到上戈镇、河底镇调研苹果产业发展"),
    ("hu01", "盘城村", "village", "in_project_name", "盘城村高效苹果示范园"),
    ("hu01", "洛河", "river", "in_project_name", "洛河洛宁段综合治理工程河底镇施工现场"),
    ("hu01", "洛宁", "county", "in_project_name", "洛河洛宁段综合治理工程河底镇施工现场"),
    ("hu02", "洛宁县", "county", "in_org_reference", "辞去洛宁县人民政府县长职务"),
    ("hu03", "洛宁县", "county", "in_org_reference", "中国人民政治协商会议洛宁县第十届委员会"),
    ("hu03", "洛河", "river", "standalone", "洛河生态保护治理"),
    ("hu03", "洛宁", "county", "standalone", "幸福美丽新洛宁"),
    ("hu04", "洛宁县", "county", "standalone", "洛宁县第十七届人民代表大会第一次会议在县会议中心"),
    ("hu04", "洛阳市", "city", "in_org_reference", "须报请洛阳市人民检察院检察长提请洛阳市人大常委会批准"),
    ("hu04", "上戈镇", "town", "in_project_name", "加快上戈镇苹果冷链仓储物流园和"),
    ("hu04", "洛河", "river", "in_project_name", "洛河洛宁段综合治理工程建设"),
    ("hu04", "洛宁", "county", "standalone", "奋力推动洛宁高质量发展"),
    ("hu05", "上戈镇", "town", "in_project_name", "上戈镇苹果冷链仓储物流园二期建设"),
    ("hu05", "洛宁县", "county", "in_project_name", "审议了洛宁县城区供水管网改造工程实施方案"),
    ("hu05", "洛河", "river", "standalone", "落实洛河沿线和山区乡镇防汛责任"),
    ("hu06", "卫子镇", "town", "standalone", "深入卫子镇、昭化镇"),
    ("hu06", "昭化镇", "town", "standalone", "深入卫子镇、昭化镇"),
    ("hu06", "昭化古城", "heritage_site", "standalone", "要依托昭化古城和嘉陵江山水资源"),
    ("hu06", "嘉陵江", "river", "standalone", "要依托昭化古城和嘉陵江山水资源"),
    ("hu07", "广元市", "city", "in_org_reference", "中国人民政治协商会议广元市昭化区第八届委员会"),
    ("hu07", "昭化区", "district", "standalone", "广元市昭化区第八届人民代表大会第一次会议在区会议中心胜利闭幕"),
    ("hu07", "昭化古城", "heritage_site", "standalone", "围绕昭化古城保护利用"),
    ("hu07", "嘉陵江", "river", "standalone", "嘉陵江生态保护"),
    ("hu08", "昭化区", "district", "standalone", "副市长蒲俊川到昭化区调研"),
    ("hu08", "昭化古城", "heritage_site", "standalone", "先后来到昭化古城、紫云湖"),
    ("hu08", "紫云湖", "lake", "standalone", "先后来到昭化古城、紫云湖"),
    ("hu08", "元坝镇", "town", "in_project_name", "元坝镇嘉陵江堤防加固工程现场"),
    ("hu08", "嘉陵江", "river", "standalone", "三国文化和嘉陵江山水资源"),
    ("hu08", "昭化", "district", "standalone", "昭化要用好古城"),
    ("hu09", "同乐镇", "town", "standalone", "到同乐镇、花坪镇调研"),
    ("hu09", "花坪镇", "town", "standalone", "到同乐镇、花坪镇调研"),
    ("hu09", "大石围天坑", "scenic_area", "standalone", "先后来到大石围天坑景区游客服务中心"),
    ("hu09", "乐业", "county", "standalone", "旅游是乐业的立县之本"),
    ("hu10", "乐业县", "county", "in_org_reference", "中国人民政治协商会议乐业县第十届委员会"),
    ("hu10", "乐业", "county", "standalone", "为乐业高质量发展凝心聚力"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hu", conventions="set hu (blind set: 人大 and 政协 sessions across years in 河南 洛阳 洛宁县 (five pages), 四川 广元 昭化区 (three) and 广西 百色 乐业县 (two): a 人大常委会 会议 accepting a 县长's resignation (辞去: no line) and appointing a 副县长、代理县长 (two lines), the 政协 and 人代会 closings electing the 政协 主席 / 副主席 / 秘书长, the 人大常委会 主任 / 副主任, the 县长 / 区长 and 副职, 法院院长, 检察长 (当选 / 选举…为 is a holding; 政协X第N届委员会 → X政协; 人民代表大会常务委员会 → 人大常委会), 代县长 / 代区长 as written, session roles no posts; ordinary 调研 and 常务会议 pages before and after; 到会指导 leaders of the city are attendees; one line per post per article)",
          persons_note="Set hu persons. id = corpus-wide person_id (hu:罗晓芸#1, 洛宁县人大常委会副主任 (河南), and hu:罗晓芸#2, 乐业县副县长 then 县政协副主席 (广西), are two people; hu:尚启东 县长 2021-09 → 县委书记 2021-11; hu:柯雪峰 代理县长 2021-11 → 代县长 → 县长 2021-12; hu:秦玉璞 常务副县长 → 县政协主席; hu:郑立勋 副县长 → 常务副县长 2023; hu:蒲俊川 昭化区长 2021-07 → 区委书记 2021-12 → 广元市副市长 2023; hu:何明轩 区委副书记 → 代区长 → 区长; hu:谯永刚 常务副区长 → 区政协副主席; hu:班文胜 乐业县长 → 县政协主席)")


if __name__ == "__main__":
    main()
