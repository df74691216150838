"""Write gold part ``ak`` (a blind set: autonomous prefectures (自治州) and a league (盟), and counties, county-level
cities and 旗 under them) from the tables below.

Pages ``tests/dev/texts/ak*.txt`` were written for this part with invented person names (Han names of 土家族 / 苗族
areas, Mongolian names in 阿拉善, Korean names in 延边) and invented projects, modelled on real pages of the genre read
with the ``search`` tool: a 楚雄 州委常委会 report (``州委书记…主持召开九届州委常委会第154次会议``); the 恩施 州政协 opening
(hbtv: ``恩施州委书记…，恩施州委副书记、州长…，恩施州人大常委会主任…``) and a 来凤 site page of the 州人大 预备会议;
a 黔东南 州政府常务会议 (``州长…主持召开第十二届州人民政府第45次常务会议 … 州委常委、常务副州长…出席会议。州政府党组成员、
秘书长…参加``); a 黔东南 州人大常委会 session ``决定任命…为黔东南州人民政府副州长、代理州长`` and the 黔东南日报 digital
edition (``黔东南日报社出版 / 2024年01月20日 / 本报讯 (记者 …)``); 延边 州政协 闭幕 (``州委副书记、州长…，州人大常委会
党组书记…``) and 延边 州人大常委会 session pages (``州人民政府副州长、州公安局局长…列席``); 阿拉善 pages: the 盟委
委员（扩大）会议 (``盟委书记…主持召开盟委委员（扩大）会议``), the 盟委 (扩大) 会议 (``盟委副书记、盟长…，盟人大工委主任…，
盟政协主席…出席``), the 政法 meeting (``盟委委员、政法委书记…，盟委委员、秘书长…，副盟长…``), a 盟政协 常委会, an
额济纳旗 leadership list (旗委书记, 旗长, 副旗长), a 阿拉善左旗 政协 opening; 旗 pages of a 苏尼特左旗 旗委书记 巡边
and a 奈曼 旗委常委 at a 镇; 东乌旗 大事记 (``旗委副书记、政府代旗长``). Places are real and new to the corpus: 湖北
恩施土家族苗族自治州 (six pages: 恩施日报, the 州政府 site twice, the 州人大 site, 来凤县 and 咸丰县 sites; 宣恩县 in a
州 page), 内蒙古 阿拉善盟 (the 行政公署 site and 额济纳旗's), 贵州 黔东南苗族侗族自治州 (雷山县 site), 吉林
延边朝鲜族自治州 (延边日报 on 珲春市).

Shapes: a prefecture paper's 第01版 州委常委会 with a list of 常委 after one title, 列席 州人大常委会主任 / 州政协主席, a
州委常委 who is 恩施市委书记 (the county-level city, not the 州) (ak01); a county site's 县委常委班子 民主生活会 with a
州委常委、州纪委书记、州监委主任 and a 州委督导组组长 到会指导, bare 州委 / 州政府 in the speech (ak02); the 州政府 site's
州长 调研 in 宣恩县 with 州政府秘书长, 州发展改革委主任, 州农业农村局局长, ``宣恩县委书记`` in full and bare ``县委副书记、
县长``, then a 座谈会 (ak03); a county site where bare 州 organs are the prefecture's (``副州长``, ``州应急管理局局长``,
``州水利和湖泊局副局长``, ``州委、州政府``) and bare 县 organs the county's, with a 镇党委书记 (ak04); the 州人大 site's
session report and 任免名单 on one page: a 副州长 决定任命, a 州发展和改革委员会主任 决定任命 / 决定免去, a 人大 工作委员会
主任 任命 (ak05); a 州政府常务会议 with 常务副州长, three 副州长, 秘书长 出席 and 州人大常委会副主任 / 州政协副主席 / a 州直
department head 列席 (ak06); a 盟 site's 盟委委员（扩大）会议 with 盟委副书记、盟长, 盟委委员 (the 盟's party body has 委员,
not 常委), 盟人大工委主任, 盟政协主席, 副盟长 (ak07); a 旗 site of the 盟委书记's 调研 with 盟委委员、秘书长, 盟林草局局长,
旗委书记, 旗委副书记、政府旗长, 副旗长, a 苏木党委书记 (ak08); a county site of a 州人大常委会副主任's 调研 with a 州
department's 副主任 and the county's 书记 / 县长 / 人大主任, and a 座谈会 (ak09); a prefecture paper of the 州委书记 in a
county-level city with its 市委书记 and bare ``市委副书记、市长`` (ak10).

Identity cases:
- a county 书记 who becomes 副州长: ak:冉启航 is 来凤县委书记 (bare, on the 来凤 site) in January 2021 (ak02), appointed
  恩施土家族苗族自治州人民政府副州长 by the 州人大常委会 in November 2023 (ak05), 副州长 at the 州政府常务会议 in April 2024
  (ak06) and 副州长 (bare, on the 咸丰 site) in July 2024 (ak04).
- a 州长 in two years: ak:向东升 is 州委副书记、州长 in March 2022 (ak01), August 2022 (ak03) and April 2024 (ak06).
- the same officials across years: ak:黎国栋 (州委常委 2022; 州委常委、常务副州长 2022, 2023, 2024), ak:覃振宇 (州委常委、
  州纪委书记、州监委主任 2021; 州委常委 2022), ak:田永康 (州人大常委会主任 2022, 2023), ak:陈光耀 (州政府秘书长 2022, 2024),
  ak:覃玉兰 (州人大常委会副主任 2023, 2024); ak:严正平 is 州发展改革委主任 in 2022 (ak03) and only named in the 免去 list of
  2023 (ak05, no line); his successor ak:吴建波 is appointed 州发展和改革委员会主任 in 2023 (ak05) and is 州发展改革委主任 in
  2024 (ak06). In 阿拉善 ak:郝志坚 is 盟委书记 in 2023 (ak07) and 2024 (ak08), ak:孔德胜 盟委委员 in both (秘书长 in 2024).
  The editor ak:冉素芬 signs both 州政府 site pages (ak03, ak06).
- two different people with one name: ak:刘建邦#1 is 恩施土家族苗族自治州水利和湖泊局副局长 (湖北, ak04, 2024-07);
  ak:刘建邦#2 is 额济纳旗副旗长 (内蒙古 阿拉善, ak08, 2024-09).
- 县委 of two counties of one 州: bare 县委 is 来凤县委 on the 来凤 site (ak02) and 咸丰县委 on the 咸丰 site (ak04);
  宣恩县委 is written in full in the 州政府 page (ak03). 恩施市委 (the county-level city) sits beside the 州委 in ak01.
- one organ name in several prefectures: 州发展改革委 is 恩施's in ak03 / ak06 and 延边's in ak10; bare 州委 / 州政府 /
  州人大常委会 are 恩施's (ak01-ak06), 黔东南's (ak09) and 延边's (ak10). Zones: 恩施高新区 (ak01, ak06), 阿拉善高新区
  (ak07), 珲春边合区 (ak10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts y, m, g and z where they speak; decided here where they are silent):
- Autonomous prefectures, as part y decided (and as CONVENTIONS asks, the full official name of the division): the
  label is the gazetteer's full name + organ, whatever the page writes (bare 州委, 恩施州, or the full name):
  ``州委书记`` in the 恩施日报 / on the 恩施 sites = 恩施土家族苗族自治州委 书记; ``州委副书记、州长`` = 恩施土家族苗族自治州委
  副书记 + 恩施土家族苗族自治州政府 州长; ``副州长`` / ``常务副州长`` / ``州政府秘书长`` → …州政府; ``州人大常委会主任 /
  副主任`` → …州人大常委会; ``州政协主席 / 副主席`` → …州政协; departments as written after the place (恩施土家族苗族
  自治州发展改革委, …州农业农村局, …州应急管理局, …州水利和湖泊局, 黔东南苗族侗族自治州民族宗教事务委员会, 延边朝鲜族
  自治州发展改革委); the 任免名单's ``恩施土家族苗族自治州发展和改革委员会`` is kept as written (as z keeps 长治市住房和
  城乡建设局), so 吴建波's 2023 and 2024 posts have two org spellings of one department.
- ``州委常委、秘书长`` = 州委 常委 + 州委 秘书长 (as y). DECIDED HERE: ``州委常委、州纪委书记、州监委主任`` gives three
  lines: …州委 常委, …州纪委 书记, …州监委 主任 (CONVENTIONS lists 纪委 and 监委 as organs). ``州委第三督导组组长`` is a
  post of that temporary group (CONVENTIONS): 恩施土家族苗族自治州委第三督导组 组长.
- DECIDED HERE (盟, no earlier part had its government): the 盟's party committee is ``阿拉善盟委`` (as g's 锡林郭勒盟委);
  its members are written ``盟委委员`` (a 盟委 has no 常委): title ``委员`` of 阿拉善盟委 (like 党工委 委员); ``盟委委员、
  秘书长`` = 阿拉善盟委 委员 + 阿拉善盟委 秘书长. ``盟长`` / ``副盟长`` go with the 盟's government, the 行政公署 (盟行署),
  labelled ``阿拉善盟行政公署`` (there is no 人民政府 to fold to 政府): ``盟委副书记、盟长`` = 阿拉善盟委 副书记 +
  阿拉善盟行政公署 盟长. ``盟人大工委主任`` → 阿拉善盟人大工委 主任 (the 自治区人大常委会's 工作委员会 in the 盟, labelled by
  its place as written); ``盟政协主席`` → 阿拉善盟政协 主席; ``盟林草局局长`` → 阿拉善盟林草局 局长 (as written).
- 旗 as in g, m and y: bare 旗委 / 政府旗长 / 副旗长 on the 额济纳旗 site = 额济纳旗委 / 额济纳旗政府 旗长 / 额济纳旗政府
  副旗长; ``苏木党委书记`` after ``在赛汉陶来苏木`` = 额济纳旗赛汉陶来苏木党委 书记. A 镇: county label + town + 党委
  (咸丰县唐崖镇党委 书记).
- Bare organs take the page's place or its parent of the right level: on a county site bare 县委 / 县长 / 县人大常委会 /
  县政协 / 县水利和湖泊局 = that county; bare 州委 / 州政府 / 副州长 / 州X局 = the prefecture above it (ak02, ak04, ak09);
  in a prefecture paper a bare ``县委副书记、县长`` right after ``宣恩县委书记`` is 宣恩's, a bare ``市委副书记、市长``
  right after ``珲春市委书记`` is 珲春市's (the county-level city, not 延边's) (as y06). ``州委常委、恩施市委书记`` =
  恩施土家族苗族自治州委 常委 + 恩施市委 书记. Mentions of bare 州委、州政府 in speeches (``贯彻落实州委、州政府…部署``)
  make no line.
- One line per post per article; a list after one title gives every name that title (``州委常委覃振宇、黎国栋、杜新民、
  蔡雪梅、滕志刚``, ``盟委委员那顺乌日图、孔德胜、宋文博、塔娜``, ``副州长冉启航、汪晓玲、姚建军``, ``副主任向明辉、覃玉兰、
  谭建新``); a new title later in the article gives a new line (黎国栋 常务副州长 and 杜新民 恩施市委书记 in ak01, 那顺乌日图
  副盟长 in ak07).
- Appointments as z: 决定任命 / 任命 make holdings; 决定免去 makes none (严正平 named without a post in ak05). The
  appointees' 宪法宣誓 makes them attendees of the session; 向明辉's 监誓 is not a post.
- Events: the 州委常委会, the 州政府常务会议, the 盟委委员（扩大）会议 (chair, 出席 / 列席 attendees, 汇报 / 作了安排 /
  强调 speakers); the 民主生活会 (a meeting: chair 冉启航, those who 作对照检查 and 讲话 speak, 到会指导 / 列席 attend); the
  调研 and the 督导检查 are inspections (leader, 参加 / 陪同 attendees, 汇报 / 介绍 / 强调 speakers); the 座谈会 after a
  调研 is its own event of the same day (as y, t and w); the 州人大常委会 session (chair, 出席 / 列席 attendees, appointees
  who 宣誓). ``各旗区党委书记…列席`` names nobody.
- Bylines: ``本报讯（记者 …）`` and ``（记者 … 通讯员 …）`` are reporter / correspondent lines; a header ``作者：`` and a bare
  media-centre credit with no role word (``（雷山县融媒体中心 潘晓雯）``) are author lines; 编辑 / 责任编辑 / 校对 / 审核 are
  editor lines.
- Places: one line per name per file, as written (恩施 and 恩施州 and 恩施土家族苗族自治州; 珲春 and 珲春市; 雷山 and
  雷山县); DECIDED HERE kinds ``autonomous_prefecture`` for a 州 and ``league`` for a 盟 (``banner`` for a 旗, as g);
  places inside organ references, document titles and project names count (恩施市 in ``恩施市委书记``, 黔东南苗族侗族
  自治州 in the 条例 title, 高乐山 in 唐崖河高乐山段防洪治理工程); site lines, mastheads, datelines (``额济纳旗融媒体中心讯``),
  来源 lines, footers and addresses, 上一篇 / 下一篇 links are not annotated; ``州城`` (the prefecture seat, unnamed) is not
  a place. Projects are works inspected, reported or to be pushed; a railway section to be prepared (宜涪高铁恩施段) is an
  infrastructure_project; an ecological restoration, wetland water supply or 林草带 is a greening_project (as z, l03);
  a 产业园 being built is an industrial_park; a 城市更新项目 a housing_project (as z's 老旧小区改造); a port's 物流园 a
  logistics_hub. ``光伏治沙项目`` (generic) is no project.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ES = "恩施土家族苗族自治州"
QDN = "黔东南苗族侗族自治州"
YB = "延边朝鲜族自治州"
ALS = "阿拉善盟"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ak01_enshi.txt": (2022, "2022年03月16日　星期三", ES, [
        ("州委常委会召开会议", "3月15日", "2022-03-15", "本报讯（记者 黄诗涵）3月15日",
         "prefecture paper 第01版: 州委常委会 chaired by the 州委书记; list of 常委 after one title; 列席 州人大常委会主任 / 州政协主席; a 州委常委 who is 恩施市委书记")]),
    "ak02_laifeng.txt": (2021, "发布时间：2021-01-29 18:20", "来凤县", [
        ("县委常委班子召开2020年度民主生活会", "1月28日", "2021-01-28", "1月28日，县委常委班子召开",
         "county site: 县委常委班子 民主生活会; 州委常委、州纪委书记、州监委主任 and a 州委督导组组长 到会指导; bare 县委 = 来凤县委")]),
    "ak03_xuanen.txt": (2022, "发布时间：2022-08-25 17:40", "宣恩县", [
        ("向东升在宣恩县调研时强调", "8月24日", "2022-08-24", "8月24日，州委副书记、州长向东升",
         "州政府 site: the 州长's 调研 in 宣恩县 with 州政府秘书长 and two 州 department heads; 宣恩县委书记 in full, 县长 bare; 座谈会")]),
    "ak04_xianfeng.txt": (2024, "发布时间：2024-07-04 09:15", "咸丰县", [
        ("冉启航到我县督导检查防汛救灾工作", "7月3日", "2024-07-03", "7月3日，副州长冉启航",
         "county site: a 副州长 (former 来凤县委书记) 督导 防汛; bare 州 organs = 恩施州, bare 县 organs = 咸丰县; 镇党委书记; 刘建邦#1")]),
    "ak05_enshi.txt": (2023, "发布时间：2023-11-30 11:05", ES, [
        ("州九届人大常委会第八次会议闭幕", "11月29日上午", "2023-11-29", "11月29日上午，州九届",
         "州人大 site: session report; appointees' 宪法宣誓 without titles"),
        ("恩施土家族苗族自治州人大常委会任免名单", "2023年11月29日", "2023-11-29", "（2023年11月29日恩施",
         "任免名单: 决定任命 a 副州长 (冉启航) and a 州发展和改革委员会主任, 决定免去 the former 主任, 任命 a 人大 工作委员会 主任")]),
    "ak06_enshi.txt": (2024, "发布时间：2024-04-19 18:30", ES, [
        ("向东升主持召开州政府第三十一次常务会议", "4月18日", "2024-04-18", "4月18日，州委副书记",
         "州政府 site: 州政府常务会议; 常务副州长, three 副州长 (冉启航 among them), 秘书长 出席; 人大 / 政协 / department 列席")]),
    "ak07_alashan.txt": (2023, "发布日期：2023-05-23 10:12", ALS, [
        ("郝志坚主持召开盟委委员（扩大）会议", "5月22日", "2023-05-22", "5月22日，盟委书记郝志坚",
         "盟 site: 盟委委员（扩大）会议; 盟委副书记、盟长; list of 盟委委员; 盟人大工委主任, 盟政协主席, 副盟长 列席")]),
    "ak08_ejina.txt": (2024, "发布时间：2024-09-13 16:25", "额济纳旗", [
        ("郝志坚到我旗调研口岸经济和生态保护工作", "9月12日", "2024-09-12", "额济纳旗融媒体中心讯（记者 敖登 通讯员 王丽珊）9月12日",
         "旗 site: the 盟委书记's 调研 with 盟委委员、秘书长 and 盟林草局局长; 旗委书记, 政府旗长, 副旗长 (刘建邦#2); 苏木党委书记")]),
    "ak09_leishan.txt": (2022, "发布时间：2022-06-17 17:50", "雷山县", [
        ("州人大常委会调研组到我县调研民族文化村寨保护工作", "6月16日", "2022-06-16", "6月16日，州人大常委会副主任潘再明",
         "county site: a 州人大常委会副主任's 调研 (bare 州 organs = 黔东南州) with the county's 书记 / 县长 / 人大主任; 座谈会")]),
    "ak10_hunchun.txt": (2023, "2023年7月14日　星期五", "珲春市", [
        ("韩东旭在珲春市调研时强调", "7月13日", "2023-07-13", "本报讯（记者 崔明月 金美兰）7月13日",
         "prefecture paper 第1版: the 州委书记 in a county-level city; 珲春市委书记 in full, 市委副书记、市长 bare; 州发展改革委主任; 座谈会")]),
}

_AK01_LIST = "州委常委覃振宇、黎国栋、杜新民、蔡雪梅、滕志刚出席会议"
_AK05_SESSION = "州人大常委会主任田永康主持会议，副主任向明辉、覃玉兰、谭建新出席会议"
_AK07_LIST = "盟委委员那顺乌日图、孔德胜、宋文博、塔娜出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 恩施土家族苗族自治州 (湖北)
    "ak:贺正川": ("贺正川", "official", ES, [
        ("ak01", f"{ES}委", "书记", "州委书记贺正川主持召开州委常委会会议", "bare 州委 in the 恩施日报 = 恩施土家族苗族自治州委 (full name, as y)")], []),
    "ak:向东升": ("向东升", "official", ES, [
        ("ak01", f"{ES}委", "副书记", "州委副书记、州长向东升，州委副书记邹慧敏", "2022-03"),
        ("ak01", f"{ES}政府", "州长", "州委副书记、州长向东升，州委副书记邹慧敏", "州长 → 州政府 (identity case: 州长 in 2022 and 2024)"),
        ("ak03", f"{ES}委", "副书记", "8月24日，州委副书记、州长向东升深入宣恩县", "2022-08; named in the headline too"),
        ("ak03", f"{ES}政府", "州长", "8月24日，州委副书记、州长向东升深入宣恩县", None),
        ("ak06", f"{ES}委", "副书记", "4月18日，州委副书记、州长向东升主持召开", "2024-04; named in the headline too"),
        ("ak06", f"{ES}政府", "州长", "4月18日，州委副书记、州长向东升主持召开", None)], []),
    "ak:邹慧敏": ("邹慧敏", "official", ES, [
        ("ak01", f"{ES}委", "副书记", "州委副书记邹慧敏，州委常委覃振宇", None)], []),
    "ak:覃振宇": ("覃振宇", "official", ES, [
        ("ak02", f"{ES}委", "常委", "州委常委、州纪委书记、州监委主任覃振宇到会指导并讲话", "2021; bare 州委 on the 来凤 site = the prefecture's"),
        ("ak02", f"{ES}纪委", "书记", "州委常委、州纪委书记、州监委主任覃振宇到会指导并讲话", "DECIDED HERE: 州纪委书记 → 州纪委 书记"),
        ("ak02", f"{ES}监委", "主任", "州委常委、州纪委书记、州监委主任覃振宇到会指导并讲话", "州监委主任 → 州监委 主任"),
        ("ak01", f"{ES}委", "常委", _AK01_LIST, "2022: in the list of 常委 after one title")], []),
    "ak:黎国栋": ("黎国栋", "official", ES, [
        ("ak01", f"{ES}委", "常委", _AK01_LIST, "2022-03; list after one title"),
        ("ak01", f"{ES}政府", "常务副州长", "州委常委、常务副州长黎国栋关于一季度经济运行", "new title later in the article"),
        ("ak05", f"{ES}委", "常委", "州委常委、常务副州长黎国栋，州中级人民法院", "2023-11: 列席 the 人大常委会 session"),
        ("ak05", f"{ES}政府", "常务副州长", "州委常委、常务副州长黎国栋，州中级人民法院", None),
        ("ak06", f"{ES}委", "常委", "州委常委、常务副州长黎国栋，副州长冉启航", "2024-04"),
        ("ak06", f"{ES}政府", "常务副州长", "州委常委、常务副州长黎国栋，副州长冉启航", None)], []),
    "ak:杜新民": ("杜新民", "official", ES, [
        ("ak01", f"{ES}委", "常委", _AK01_LIST, None),
        ("ak01", "恩施市委", "书记", "州委常委、恩施市委书记杜新民关于州城城市更新工作", "恩施市 (the county-level city), not the 州")], []),
    "ak:蔡雪梅": ("蔡雪梅", "official", ES, [
        ("ak01", f"{ES}委", "常委", _AK01_LIST, None)], []),
    "ak:滕志刚": ("滕志刚", "official", ES, [
        ("ak01", f"{ES}委", "常委", _AK01_LIST, None)], []),
    "ak:田永康": ("田永康", "official", ES, [
        ("ak01", f"{ES}人大常委会", "主任", "州人大常委会主任田永康", "2022: 列席 the 州委常委会"),
        ("ak05", f"{ES}人大常委会", "主任", _AK05_SESSION, "2023: chairs the session")], []),
    "ak:彭国华": ("彭国华", "official", ES, [
        ("ak01", f"{ES}政协", "主席", "州政协主席彭国华列席会议", None)], []),
    "ak:黄诗涵": ("黄诗涵", "reporter", "恩施日报", [], ["ak01"]),
    "ak:周立平": ("周立平", "official", ES, [
        ("ak02", f"{ES}委第三督导组", "组长", "州委第三督导组组长周立平到会指导", "a temporary group's role is a post of the group (CONVENTIONS)")], []),
    "ak:冉启航": ("冉启航", "official", "来凤县", [
        ("ak02", "来凤县委", "书记", "县委书记冉启航主持会议", "2021-01: bare 县委 on the 来凤 site (identity case: becomes 副州长)"),
        ("ak05", f"{ES}政府", "副州长", f"冉启航为{ES}人民政府副州长", "2023-11: appointed (决定任命) by the 州人大常委会"),
        ("ak06", f"{ES}政府", "副州长", "副州长冉启航、汪晓玲、姚建军", "2024-04: list after one title"),
        ("ak04", f"{ES}政府", "副州长", "7月3日，副州长冉启航到我县督导检查", "2024-07: bare 副州长 on the 咸丰 site = 恩施州's; named in the headline too")], []),
    "ak:田晓峰": ("田晓峰", "official", "来凤县", [
        ("ak02", "来凤县委", "副书记", "县委副书记、县长田晓峰，县委副书记舒红梅", None),
        ("ak02", "来凤县政府", "县长", "县委副书记、县长田晓峰，县委副书记舒红梅", None)], []),
    "ak:舒红梅": ("舒红梅", "official", "来凤县", [
        ("ak02", "来凤县委", "副书记", "县委副书记舒红梅，县委常委、常务副县长杨志成", None)], []),
    "ak:杨志成": ("杨志成", "official", "来凤县", [
        ("ak02", "来凤县委", "常委", "县委常委、常务副县长杨志成等县委常委", None),
        ("ak02", "来凤县政府", "常务副县长", "县委常委、常务副县长杨志成等县委常委", None)], []),
    "ak:覃德明": ("覃德明", "official", "来凤县", [
        ("ak02", "来凤县人大常委会", "主任", "县人大常委会主任覃德明", None)], []),
    "ak:彭家富": ("彭家富", "official", "来凤县", [
        ("ak02", "来凤县政协", "主席", "县政协主席彭家富列席会议", None)], []),
    "ak:陈光耀": ("陈光耀", "official", ES, [
        ("ak03", f"{ES}政府", "秘书长", "州政府秘书长陈光耀", "2022"),
        ("ak06", f"{ES}政府", "秘书长", "州政府秘书长陈光耀出席会议", "2024: the same post")], []),
    "ak:严正平": ("严正平", "official", ES, [
        ("ak03", f"{ES}发展改革委", "主任", "州发展改革委主任严正平", "2022; in ak05 (2023) only his removal (决定免去), no line")], ["ak05"]),
    "ak:孙立新": ("孙立新", "official", ES, [
        ("ak03", f"{ES}农业农村局", "局长", "州农业农村局局长孙立新参加调研", None)], []),
    "ak:龚德勇": ("龚德勇", "official", "宣恩县", [
        ("ak03", "宣恩县委", "书记", "宣恩县委书记龚德勇", "written in full on the 州 site")], []),
    "ak:滕晓燕": ("滕晓燕", "official", "宣恩县", [
        ("ak03", "宣恩县委", "副书记", "县委副书记、县长滕晓燕陪同调研", "bare 县委 / 县长 right after 宣恩县委书记 = 宣恩's"),
        ("ak03", "宣恩县政府", "县长", "县委副书记、县长滕晓燕陪同调研", None)], []),
    "ak:冉素芬": ("冉素芬", "editor", "恩施土家族苗族自治州人民政府网站", [], ["ak03", "ak06"]),
    "ak:黄海涛": ("黄海涛", "official", ES, [
        ("ak04", f"{ES}应急管理局", "局长", "州应急管理局局长黄海涛", "bare 州 department on the 咸丰 site = 恩施州's")], []),
    "ak:刘建邦#1": ("刘建邦", "official", ES, [
        ("ak04", f"{ES}水利和湖泊局", "副局长", "州水利和湖泊局副局长刘建邦参加督导", "湖北 恩施; not the 刘建邦 of 额济纳旗 (ak08)")], []),
    "ak:郑文斌": ("郑文斌", "official", "咸丰县", [
        ("ak04", "咸丰县委", "书记", "县委书记郑文斌，县委副书记、县长谢春燕", "bare 县委 on the 咸丰 site = 咸丰县委 (not 来凤县委 of ak02)")], []),
    "ak:谢春燕": ("谢春燕", "official", "咸丰县", [
        ("ak04", "咸丰县委", "副书记", "县委副书记、县长谢春燕陪同", None),
        ("ak04", "咸丰县政府", "县长", "县委副书记、县长谢春燕陪同", None)], []),
    "ak:罗成刚": ("罗成刚", "official", "咸丰县", [
        ("ak04", "咸丰县水利和湖泊局", "局长", "县水利和湖泊局局长罗成刚汇报了", None)], []),
    "ak:余光明": ("余光明", "official", "咸丰县唐崖镇", [
        ("ak04", "咸丰县唐崖镇党委", "书记", "唐崖镇党委书记余光明介绍了", "town post: county label + town + 党委")], []),
    "ak:向明辉": ("向明辉", "official", ES, [
        ("ak05", f"{ES}人大常委会", "副主任", _AK05_SESSION, "list after one title; 监誓 is no post")], []),
    "ak:覃玉兰": ("覃玉兰", "official", ES, [
        ("ak05", f"{ES}人大常委会", "副主任", _AK05_SESSION, "2023"),
        ("ak06", f"{ES}人大常委会", "副主任", "州人大常委会副主任覃玉兰", "2024: 列席 the 州政府常务会议")], []),
    "ak:谭建新": ("谭建新", "official", ES, [
        ("ak05", f"{ES}人大常委会", "副主任", _AK05_SESSION, None)], []),
    "ak:吴建波": ("吴建波", "official", ES, [
        ("ak05", f"{ES}发展和改革委员会", "主任", f"吴建波为{ES}发展和改革委员会主任", "2023-11: appointed (决定任命); the 名单's full spelling kept as written"),
        ("ak06", f"{ES}发展改革委", "主任", "州发展改革委主任吴建波等州直有关部门", "2024-04: the same department as the page writes it")], []),
    "ak:胡玉莲": ("胡玉莲", "official", ES, [
        ("ak05", f"{ES}人大常委会农业与农村工作委员会", "主任", f"胡玉莲为{ES}人大常委会农业与农村工作委员会主任", "任命 by the 人大常委会")], []),
    "ak:汪晓玲": ("汪晓玲", "official", ES, [
        ("ak06", f"{ES}政府", "副州长", "副州长冉启航、汪晓玲、姚建军", None)], []),
    "ak:姚建军": ("姚建军", "official", ES, [
        ("ak06", f"{ES}政府", "副州长", "副州长冉启航、汪晓玲、姚建军", None)], []),
    "ak:杨卫国": ("杨卫国", "official", ES, [
        ("ak06", f"{ES}政协", "副主席", "州政协副主席杨卫国应邀列席会议", None)], []),
    # ---- 阿拉善盟 (内蒙古)
    "ak:郝志坚": ("郝志坚", "official", ALS, [
        ("ak07", f"{ALS}委", "书记", "5月22日，盟委书记郝志坚主持召开", "2023; named in the headline too"),
        ("ak08", f"{ALS}委", "书记", "9月12日，盟委书记郝志坚深入我旗", "2024; bare 盟委 on the 额济纳旗 site = 阿拉善盟委")], []),
    "ak:乌力吉巴雅尔": ("乌力吉巴雅尔", "official", ALS, [
        ("ak07", f"{ALS}委", "副书记", "盟委副书记、盟长乌力吉巴雅尔，盟委副书记周建勇", None),
        ("ak07", f"{ALS}行政公署", "盟长", "盟委副书记、盟长乌力吉巴雅尔，盟委副书记周建勇", "DECIDED HERE: 盟长 → 阿拉善盟行政公署")], []),
    "ak:周建勇": ("周建勇", "official", ALS, [
        ("ak07", f"{ALS}委", "副书记", "盟委副书记周建勇，盟委委员那顺乌日图", None)], []),
    "ak:那顺乌日图": ("那顺乌日图", "official", ALS, [
        ("ak07", f"{ALS}委", "委员", _AK07_LIST, "DECIDED HERE: 盟委委员 → 阿拉善盟委 委员"),
        ("ak07", f"{ALS}行政公署", "副盟长", "盟委委员、副盟长那顺乌日图关于", "new title later in the article")], []),
    "ak:孔德胜": ("孔德胜", "official", ALS, [
        ("ak07", f"{ALS}委", "委员", _AK07_LIST, "2023"),
        ("ak08", f"{ALS}委", "委员", "盟委委员、秘书长孔德胜", "2024"),
        ("ak08", f"{ALS}委", "秘书长", "盟委委员、秘书长孔德胜", "盟委秘书长 is a post (as y's 州委秘书长)")], []),
    "ak:宋文博": ("宋文博", "official", ALS, [
        ("ak07", f"{ALS}委", "委员", _AK07_LIST, None)], []),
    "ak:塔娜": ("塔娜", "official", ALS, [
        ("ak07", f"{ALS}委", "委员", _AK07_LIST, None)], []),
    "ak:巴音达来": ("巴音达来", "official", ALS, [
        ("ak07", f"{ALS}人大工委", "主任", "盟人大工委主任巴音达来", "DECIDED HERE: 盟人大工委 as written after the place")], []),
    "ak:吕冬梅": ("吕冬梅", "official", ALS, [
        ("ak07", f"{ALS}政协", "主席", "盟政协主席吕冬梅，副盟长高海峰列席会议", None)], []),
    "ak:高海峰": ("高海峰", "official", ALS, [
        ("ak07", f"{ALS}行政公署", "副盟长", "副盟长高海峰列席会议", None)], []),
    "ak:阿拉坦仓": ("阿拉坦仓", "official", ALS, [
        ("ak08", f"{ALS}林草局", "局长", "盟林草局局长阿拉坦仓参加调研", "department as written after the place")], []),
    "ak:秦卫华": ("秦卫华", "official", "额济纳旗", [
        ("ak08", "额济纳旗委", "书记", "旗委书记秦卫华，旗委副书记、政府旗长苏日娜", "bare 旗委 on the 额济纳旗 site")], []),
    "ak:苏日娜": ("苏日娜", "official", "额济纳旗", [
        ("ak08", "额济纳旗委", "副书记", "旗委副书记、政府旗长苏日娜", None),
        ("ak08", "额济纳旗政府", "旗长", "旗委副书记、政府旗长苏日娜", "政府旗长 → 额济纳旗政府 旗长 (as g, m)")], []),
    "ak:刘建邦#2": ("刘建邦", "official", "额济纳旗", [
        ("ak08", "额济纳旗政府", "副旗长", "副旗长刘建邦陪同调研", "内蒙古 额济纳旗; not the 刘建邦 of 恩施 (ak04)")], []),
    "ak:额日和木": ("额日和木", "official", "额济纳旗赛汉陶来苏木", [
        ("ak08", "额济纳旗赛汉陶来苏木党委", "书记", "苏木党委书记额日和木介绍了", "苏木 = 赛汉陶来苏木 (在赛汉陶来苏木，…)")], []),
    # ---- 黔东南苗族侗族自治州 (贵州) 雷山县
    "ak:潘再明": ("潘再明", "official", QDN, [
        ("ak09", f"{QDN}人大常委会", "副主任", "6月16日，州人大常委会副主任潘再明率调研组", "bare 州人大常委会 on the 雷山 site = 黔东南州's")], []),
    "ak:吴海燕": ("吴海燕", "official", QDN, [
        ("ak09", f"{QDN}民族宗教事务委员会", "副主任", "州民族宗教事务委员会副主任吴海燕参加调研", None)], []),
    "ak:龙江平": ("龙江平", "official", "雷山县", [
        ("ak09", "雷山县委", "书记", "县委书记龙江平，县委副书记、县长王登科", None)], []),
    "ak:王登科": ("王登科", "official", "雷山县", [
        ("ak09", "雷山县委", "副书记", "县委副书记、县长王登科，县人大常委会主任杨秀芬", None),
        ("ak09", "雷山县政府", "县长", "县委副书记、县长王登科，县人大常委会主任杨秀芬", None)], []),
    "ak:杨秀芬": ("杨秀芬", "official", "雷山县", [
        ("ak09", "雷山县人大常委会", "主任", "县人大常委会主任杨秀芬陪同调研", None)], []),
    # ---- 延边朝鲜族自治州 (吉林) 珲春市
    "ak:韩东旭": ("韩东旭", "official", YB, [
        ("ak10", f"{YB}委", "书记", "7月13日，州委书记韩东旭深入珲春市", "bare 州委 in the 延边日报 = 延边朝鲜族自治州委")], []),
    "ak:金成浩": ("金成浩", "official", YB, [
        ("ak10", f"{YB}委", "常委", "州委常委、秘书长金成浩", None),
        ("ak10", f"{YB}委", "秘书长", "州委常委、秘书长金成浩", "州委秘书长 is a post (as y)")], []),
    "ak:朴英淑": ("朴英淑", "official", YB, [
        ("ak10", f"{YB}政府", "副州长", "副州长朴英淑，州发展改革委主任崔明哲", None)], []),
    "ak:崔明哲": ("崔明哲", "official", YB, [
        ("ak10", f"{YB}发展改革委", "主任", "州发展改革委主任崔明哲参加调研", "the same organ name as 恩施's (ak03, ak06), another prefecture")], []),
    "ak:许建军": ("许建军", "official", "珲春市", [
        ("ak10", "珲春市委", "书记", "珲春市委书记许建军", None)], []),
    "ak:李哲龙": ("李哲龙", "official", "珲春市", [
        ("ak10", "珲春市委", "副书记", "市委副书记、市长李哲龙陪同调研", "bare 市委 / 市长 right after 珲春市委书记 = 珲春市's (the county-level city)"),
        ("ak10", "珲春市政府", "市长", "市委副书记、市长李哲龙陪同调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ak01", "黄诗涵", "记者", "reporter", "本报讯（记者 黄诗涵）"),
    ("ak01", "谭明杰", "编辑", "editor", "编辑：谭明杰"),
    ("ak01", "邓佳怡", "校对", "editor", "校对：邓佳怡"),
    ("ak02", "舒婷婷", "记者", "reporter", "（来凤县融媒体中心记者 舒婷婷 彭子豪）"),
    ("ak02", "彭子豪", "记者", "reporter", "（来凤县融媒体中心记者 舒婷婷 彭子豪）"),
    ("ak02", "向思远", "责任编辑", "editor", "责任编辑：向思远"),
    ("ak03", "冉素芬", "责任编辑", "editor", "责任编辑：冉素芬"),
    ("ak04", "姚红", "作者", "author", "作者：姚红"),
    ("ak04", "罗雪梅", "编辑", "editor", "编辑：罗雪梅"),
    ("ak04", "田秀英", "审核", "editor", "审核：田秀英"),
    ("ak05", "谭雅文", "记者", "reporter", "（记者 谭雅文 通讯员 覃海燕）"),
    ("ak05", "覃海燕", "通讯员", "correspondent", "（记者 谭雅文 通讯员 覃海燕）"),
    ("ak05", "谭晓芸", "责任编辑", "editor", "责任编辑：谭晓芸"),
    ("ak06", "冉素芬", "责任编辑", "editor", "责任编辑：冉素芬"),
    ("ak07", "萨茹拉", "记者", "reporter", "（记者 萨茹拉）"),
    ("ak07", "包晓燕", "责任编辑", "editor", "责任编辑：包晓燕"),
    ("ak08", "敖登", "记者", "reporter", "额济纳旗融媒体中心讯（记者 敖登 通讯员 王丽珊）"),
    ("ak08", "王丽珊", "通讯员", "correspondent", "额济纳旗融媒体中心讯（记者 敖登 通讯员 王丽珊）"),
    ("ak08", "萨日朗", "责任编辑", "editor", "责任编辑：萨日朗"),
    ("ak08", "乌云嘎", "审核", "editor", "审核：乌云嘎"),
    ("ak09", "潘晓雯", "融媒体中心", "author", "（雷山县融媒体中心 潘晓雯）"),
    ("ak09", "杨雪芳", "编辑", "editor", "编辑：杨雪芳"),
    ("ak09", "吴成林", "审核", "editor", "审核：吴成林"),
    ("ak10", "崔明月", "记者", "reporter", "本报讯（记者 崔明月 金美兰）"),
    ("ak10", "金美兰", "记者", "reporter", "本报讯（记者 崔明月 金美兰）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ak01", "州委常委会会议", "meeting (州委常委会会议)", "3月15日", "贺正川", None, [],
     ["向东升", "邹慧敏", "覃振宇", "黎国栋", "杜新民", "蔡雪梅", "滕志刚", "田永康", "彭国华"],
     ["黎国栋", "杜新民", "向东升", "贺正川"], None,
     "州委书记贺正川主持召开州委常委会会议",
     ["州委书记贺正川主持召开州委常委会会议", "州委副书记、州长向东升", _AK01_LIST, "州政协主席彭国华列席会议",
      "常务副州长黎国栋关于一季度经济运行", "恩施市委书记杜新民关于州城城市更新工作", "向东升就做好春季农业生产", "贺正川强调"]),
    ("ak02", "县委常委班子2020年度民主生活会", "meeting (民主生活会)", "1月28日", "冉启航", None, [],
     ["覃振宇", "周立平", "田晓峰", "舒红梅", "杨志成", "覃德明", "彭家富"],
     ["冉启航", "田晓峰", "舒红梅", "杨志成", "覃振宇"], "来凤县",
     "1月28日，县委常委班子召开2020年度民主生活会",
     ["州监委主任覃振宇到会指导并讲话", "州委第三督导组组长周立平到会指导", "县委书记冉启航主持会议",
      "冉启航代表县委常委班子作对照检查", "常务副县长杨志成等县委常委逐一作个人对照检查", "县政协主席彭家富列席会议",
      "覃振宇在讲话中指出", "冉启航表示"]),
    ("ak03", "茶产业发展、乡村振兴和重点项目建设工作调研", "inspection (调研)", "8月24日", None, "向东升", [],
     ["陈光耀", "严正平", "孙立新", "龚德勇", "滕晓燕"], ["向东升"], "宣恩县",
     "8月24日，州委副书记、州长向东升深入宣恩县，调研茶产业发展、乡村振兴和重点项目建设工作",
     ["州长向东升深入宣恩县", "州政府秘书长陈光耀", "州农业农村局局长孙立新参加调研", "县长滕晓燕陪同调研",
      "要求施工单位倒排工期"]),
    ("ak03", "座谈会", "meeting (座谈会)", "8月24日", None, None, [],
     [], ["龚德勇", "滕晓燕", "严正平", "孙立新", "向东升"], "宣恩县",
     "在随后召开的座谈会上，龚德勇汇报了",
     ["龚德勇汇报了宣恩县经济社会发展", "滕晓燕就下一步茶旅融合发展作了补充发言", "严正平、孙立新分别就",
      "向东升在座谈会上指出"]),
    ("ak04", "防汛救灾工作督导检查", "inspection (督导检查)", "7月3日", None, "冉启航", [],
     ["黄海涛", "刘建邦", "郑文斌", "谢春燕", "罗成刚", "余光明"], ["罗成刚", "余光明", "谢春燕", "冉启航", "郑文斌"], "咸丰县",
     "7月3日，副州长冉启航到我县督导检查防汛救灾工作",
     ["副州长冉启航到我县督导检查", "州水利和湖泊局副局长刘建邦参加督导", "县长谢春燕陪同", "局长罗成刚汇报了",
      "唐崖镇党委书记余光明介绍了", "谢春燕汇报了近期强降雨应对", "冉启航强调", "郑文斌表示"]),
    ("ak05", "州九届人大常委会第八次会议", "session (人大常委会会议)", "11月29日上午", "田永康", None, [],
     ["向明辉", "覃玉兰", "谭建新", "黎国栋", "冉启航", "吴建波", "胡玉莲"], ["田永康"], None,
     "11月29日上午，州九届人大常委会第八次会议在州人大常委会机关会议室闭幕",
     [_AK05_SESSION, "州委常委、常务副州长黎国栋，州中级人民法院", "冉启航、吴建波、胡玉莲依次进行宪法宣誓", "田永康在讲话中指出"]),
    ("ak06", "州政府第三十一次常务会议", "meeting (州政府常务会议)", "4月18日", "向东升", None, [],
     ["黎国栋", "冉启航", "汪晓玲", "姚建军", "陈光耀", "覃玉兰", "杨卫国", "吴建波"], ["吴建波", "冉启航", "向东升"], None,
     "州委副书记、州长向东升主持召开州政府第三十一次常务会议",
     ["州长向东升主持召开州政府第三十一次常务会议", "副州长冉启航、汪晓玲、姚建军", "州政府秘书长陈光耀出席会议",
      "州政协副主席杨卫国应邀列席会议", "州发展改革委主任吴建波等州直有关部门", "会议听取了吴建波关于",
      "冉启航就做好森林防火", "向东升强调"]),
    ("ak07", "盟委委员（扩大）会议", "meeting (盟委委员扩大会议)", "5月22日", "郝志坚", None, [],
     ["乌力吉巴雅尔", "周建勇", "那顺乌日图", "孔德胜", "宋文博", "塔娜", "巴音达来", "吕冬梅", "高海峰"],
     ["那顺乌日图", "乌力吉巴雅尔", "郝志坚"], None,
     "5月22日，盟委书记郝志坚主持召开盟委委员（扩大）会议",
     ["盟委书记郝志坚主持召开盟委委员（扩大）会议", "盟长乌力吉巴雅尔", _AK07_LIST, "盟人大工委主任巴音达来",
      "副盟长高海峰列席会议", "副盟长那顺乌日图关于一季度", "乌力吉巴雅尔就做好春季森林草原防火", "郝志坚强调"]),
    ("ak08", "口岸经济、生态保护和重点项目建设工作调研", "inspection (调研)", "9月12日", None, "郝志坚", [],
     ["孔德胜", "阿拉坦仓", "秦卫华", "苏日娜", "刘建邦", "额日和木"], ["刘建邦", "阿拉坦仓", "额日和木", "郝志坚", "秦卫华"], "额济纳旗",
     "9月12日，盟委书记郝志坚深入我旗，调研口岸经济发展、生态保护和重点项目建设工作",
     ["盟委书记郝志坚深入我旗", "盟林草局局长阿拉坦仓参加调研", "副旗长刘建邦陪同调研", "刘建邦汇报了口岸基础设施建设",
      "阿拉坦仓汇报了额济纳旗胡杨林保护修复项目", "苏木党委书记额日和木介绍了", "郝志坚强调", "秦卫华表示"]),
    ("ak09", "《黔东南苗族侗族自治州民族文化村寨保护条例》贯彻实施情况调研", "inspection (调研)", "6月16日", None, "潘再明", [],
     ["吴海燕", "龙江平", "王登科", "杨秀芬"], [], "雷山县",
     "6月16日，州人大常委会副主任潘再明率调研组到我县",
     ["州人大常委会副主任潘再明率调研组到我县", "州民族宗教事务委员会副主任吴海燕参加调研", "县人大常委会主任杨秀芬陪同调研"]),
    ("ak09", "座谈会", "meeting (座谈会)", "6月16日", None, None, [],
     [], ["王登科", "吴海燕", "潘再明", "龙江平"], "雷山县",
     "在随后召开的座谈会上，王登科汇报了",
     ["王登科汇报了我县贯彻实施条例", "吴海燕就全州民族文化村寨保护名录", "潘再明在座谈会上指出", "龙江平表示"]),
    ("ak10", "开放合作、口岸经济和生态保护工作调研", "inspection (调研)", "7月13日", None, "韩东旭", [],
     ["金成浩", "朴英淑", "崔明哲", "许建军", "李哲龙"], ["韩东旭"], "珲春市",
     "7月13日，州委书记韩东旭深入珲春市，调研开放合作、口岸经济和生态保护工作",
     ["州委书记韩东旭深入珲春市", "州委常委、秘书长金成浩", "州发展改革委主任崔明哲参加调研", "市长李哲龙陪同调研",
      "鼓励企业用好国际国内两个市场"]),
    ("ak10", "座谈会", "meeting (座谈会)", "7月13日", None, None, [],
     [], ["许建军", "李哲龙", "崔明哲", "韩东旭", "朴英淑"], "珲春市",
     "在随后召开的座谈会上，许建军汇报了",
     ["许建军汇报了珲春市经济社会发展情况", "李哲龙就口岸通关便利化", "崔明哲就重点项目争取", "韩东旭在座谈会上指出",
      "朴英淑就做好汛期安全"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ak01", "恩施高新区硒食品精深加工产业园", "industrial_park", "加快推进恩施高新区硒食品精深加工产业园"),
    ("ak01", "利川市腾龙洞景区提质升级项目", "project", "利川市腾龙洞景区提质升级项目"),
    ("ak01", "清江恩施城区段生态修复工程", "greening_project", "清江恩施城区段生态修复工程建设，抓紧做好"),
    ("ak01", "宜涪高铁恩施段", "infrastructure_project", "抓紧做好宜涪高铁恩施段前期工作"),
    ("ak03", "宣恩县伍家台贡茶产业园二期", "industrial_park", "宣恩县伍家台贡茶产业园二期项目建设现场"),
    ("ak03", "彭家寨传统村落保护利用项目", "project", "察看了彭家寨传统村落保护利用项目"),
    ("ak03", "宣恩县城至椒园镇快速通道工程", "infrastructure_project", "宣恩县城至椒园镇快速通道工程施工现场"),
    ("ak04", "唐崖河高乐山段防洪治理工程", "engineering_work", "在唐崖河高乐山段防洪治理工程现场"),
    ("ak04", "咸丰县城区排涝泵站新建工程", "infrastructure_project", "要加快推进咸丰县城区排涝泵站新建工程"),
    ("ak06", "恩施高新区硒食品精深加工产业园二期", "industrial_park", "要加快推进恩施高新区硒食品精深加工产业园二期"),
    ("ak06", "州城龙凤片区城市更新项目", "housing_project", "州城龙凤片区城市更新项目"),
    ("ak06", "清江恩施城区段生态修复工程", "greening_project", "清江恩施城区段生态修复工程建设，推动"),
    ("ak06", "宜涪高铁恩施段", "infrastructure_project", "推动宜涪高铁恩施段征地拆迁工作按期完成"),
    ("ak07", "腾格里沙漠锁边林草带建设工程", "greening_project", "打好腾格里沙漠锁边林草带建设工程"),
    ("ak07", "乌兰布和沙漠黄河岸线林草带建设工程", "greening_project", "乌兰布和沙漠黄河岸线林草带建设工程两场硬仗"),
    ("ak07", "阿拉善高新区煤基新材料产业园二期", "industrial_park", "加快阿拉善高新区煤基新材料产业园二期"),
    ("ak07", "巴彦浩特镇城市供热管网改造工程", "infrastructure_project", "巴彦浩特镇城市供热管网改造工程建设进度"),
    ("ak08", "策克口岸综合物流园二期项目", "logistics_hub", "察看了策克口岸综合物流园二期项目"),
    ("ak08", "居延海湿地生态补水工程", "greening_project", "居延海湿地生态补水工程现场"),
    ("ak08", "额济纳旗胡杨林保护修复项目", "greening_project", "额济纳旗胡杨林保护修复项目实施情况"),
    ("ak09", "西江千户苗寨景区提质改造项目", "project", "实地察看了西江千户苗寨景区提质改造项目"),
    ("ak09", "郎德上寨传统村落保护修复项目", "project", "郎德上寨传统村落保护修复项目"),
    ("ak10", "珲春边合区海产品精深加工产业园", "industrial_park", "走进珲春边合区海产品精深加工产业园"),
    ("ak10", "敬信湿地生态保护修复工程", "greening_project", "察看了敬信湿地生态保护修复工程"),
    ("ak10", "防川景区提档升级项目", "project", "防川景区提档升级项目推进情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ak01", "恩施高新区", "development_zone", "in_project_name", "加快推进恩施高新区硒食品精深加工产业园"),
    ("ak01", "利川市", "county_level_city", "in_project_name", "利川市腾龙洞景区提质升级项目"),
    ("ak01", "腾龙洞", "scenic_area", "in_project_name", "利川市腾龙洞景区提质升级项目"),
    ("ak01", "清江", "river", "in_project_name", "清江恩施城区段生态修复工程建设，抓紧做好"),
    ("ak01", "宜涪高铁", "railway", "in_project_name", "抓紧做好宜涪高铁恩施段前期工作"),
    ("ak01", "恩施市", "county_level_city", "in_org_reference", "州委常委、恩施市委书记杜新民"),
    ("ak01", "恩施", "autonomous_prefecture", "standalone", "为恩施高质量发展营造安全稳定的社会环境"),
    ("ak02", "酉水", "river", "standalone", "扛牢酉水流域生态保护责任"),
    ("ak02", "来凤", "county", "standalone", "奋力谱写来凤高质量发展新篇章"),
    ("ak03", "宣恩县", "county", "standalone", "深入宣恩县，调研茶产业发展"),
    ("ak03", "椒园镇", "town", "standalone", "在椒园镇伍家台村，向东升"),
    ("ak03", "伍家台村", "village", "standalone", "在椒园镇伍家台村，向东升"),
    ("ak03", "沙道沟镇", "town", "standalone", "在沙道沟镇，向东升察看了"),
    ("ak03", "彭家寨", "village", "standalone", "彭家寨是土家族吊脚楼群的代表"),
    ("ak03", "宣恩", "county", "standalone", "宣恩生态优良、茶旅资源丰富"),
    ("ak04", "唐崖镇", "town", "standalone", "先后来到唐崖镇唐崖河沿岸"),
    ("ak04", "唐崖河", "river", "standalone", "先后来到唐崖镇唐崖河沿岸"),
    ("ak04", "高乐山镇", "town", "standalone", "高乐山镇城区排涝泵站"),
    ("ak04", "忠堡镇", "town", "standalone", "忠堡镇地质灾害隐患点"),
    ("ak04", "高乐山", "town", "in_project_name", "在唐崖河高乐山段防洪治理工程现场"),
    ("ak04", "咸丰县", "county", "in_project_name", "要加快推进咸丰县城区排涝泵站新建工程"),
    ("ak05", "恩施", "autonomous_prefecture", "standalone", "在推动恩施高质量发展中担当作为"),
    ("ak05", "恩施土家族苗族自治州", "autonomous_prefecture", "in_org_reference", f"冉启航为{ES}人民政府副州长"),
    ("ak06", "恩施高新区", "development_zone", "in_project_name", "要加快推进恩施高新区硒食品精深加工产业园二期"),
    ("ak06", "龙凤片区", "area", "in_project_name", "州城龙凤片区城市更新项目"),
    ("ak06", "宜涪高铁", "railway", "in_project_name", "推动宜涪高铁恩施段征地拆迁工作按期完成"),
    ("ak06", "恩施州", "autonomous_prefecture", "in_document_title", "《恩施州推动大规模设备更新和消费品以旧换新实施方案》"),
    ("ak06", "清江", "river", "standalone", "聚焦清江流域生态保护和富硒产业发展"),
    ("ak07", "腾格里沙漠", "desert", "standalone", "巴丹吉林与腾格里沙漠握手治理成效"),
    ("ak07", "巴丹吉林", "desert", "standalone", "巴丹吉林与腾格里沙漠握手治理成效"),
    ("ak07", "乌兰布和沙漠", "desert", "in_project_name", "乌兰布和沙漠黄河岸线林草带建设工程两场硬仗"),
    ("ak07", "黄河", "river", "in_project_name", "乌兰布和沙漠黄河岸线林草带建设工程两场硬仗"),
    ("ak07", "阿拉善高新区", "development_zone", "in_project_name", "加快阿拉善高新区煤基新材料产业园二期"),
    ("ak07", "巴彦浩特镇", "town", "in_project_name", "巴彦浩特镇城市供热管网改造工程建设进度"),
    ("ak07", "阿拉善", "league", "standalone", "奋力书写中国式现代化阿拉善新篇章"),
    ("ak08", "策克口岸", "port", "standalone", "在策克口岸，郝志坚实地察看了"),
    ("ak08", "达来呼布镇", "town", "standalone", "在达来呼布镇东侧的居延海湿地"),
    ("ak08", "居延海", "lake", "standalone", "要守护好胡杨林和居延海"),
    ("ak08", "胡杨林保护区", "nature_reserve", "standalone", "在胡杨林保护区，阿拉坦仓汇报了"),
    ("ak08", "赛汉陶来苏木", "township", "standalone", "在赛汉陶来苏木，郝志坚走进牧户家中"),
    ("ak08", "黑河", "river", "standalone", "统筹黑河水资源调度"),
    ("ak08", "额济纳旗", "banner", "standalone", "额济纳旗要立足向北开放桥头堡定位"),
    ("ak09", "黔东南苗族侗族自治州", "autonomous_prefecture", "in_document_title", f"《{QDN}民族文化村寨保护条例》"),
    ("ak09", "西江镇", "town", "standalone", "先后来到西江镇西江千户苗寨"),
    ("ak09", "西江千户苗寨", "scenic_area", "standalone", "先后来到西江镇西江千户苗寨"),
    ("ak09", "郎德镇", "town", "standalone", "郎德镇郎德上寨，实地察看了"),
    ("ak09", "郎德上寨", "village", "standalone", "郎德镇郎德上寨，实地察看了"),
    ("ak09", "雷山县", "county", "standalone", "雷山县民族文化村寨数量多"),
    ("ak09", "巴拉河", "river", "standalone", "要把巴拉河沿岸村寨连线成片"),
    ("ak09", "雷山", "county", "standalone", "推动条例在雷山落地见效"),
    ("ak10", "珲春市", "county_level_city", "standalone", "深入珲春市，调研开放合作"),
    ("ak10", "珲春边合区", "development_zone", "standalone", "在珲春边合区，韩东旭走进"),
    ("ak10", "敬信镇", "town", "standalone", "在敬信镇，韩东旭察看了"),
    ("ak10", "敬信湿地", "wetland", "in_project_name", "察看了敬信湿地生态保护修复工程"),
    ("ak10", "图们江", "river", "standalone", "听取了图们江下游湿地保护"),
    ("ak10", "防川", "scenic_area", "standalone", "在防川，他实地了解"),
    ("ak10", "珲春", "county_level_city", "standalone", "珲春是延边对外开放的前沿"),
    ("ak10", "延边", "autonomous_prefecture", "standalone", "珲春是延边对外开放的前沿"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ak", conventions="set ak (blind set: autonomous prefectures and a league and the counties, county-level cities and 旗 under them: 湖北 恩施土家族苗族自治州 (恩施日报 州委常委会, 州政府 site twice, 州人大 site, 来凤县 and 咸丰县 sites, 宣恩县), 内蒙古 阿拉善盟 (盟委委员（扩大）会议, 额济纳旗 site), 贵州 黔东南 (雷山县 site), 吉林 延边 (延边日报 on 珲春市); autonomous prefectures labelled with the full name + organ as part y (恩施土家族苗族自治州委, …州政府 州长 / 副州长 / 常务副州长, …州人大常委会, …州政协, …州纪委, …州监委); the 盟: 阿拉善盟委 (书记, 副书记, 委员, 秘书长), 阿拉善盟行政公署 (盟长, 副盟长), 阿拉善盟人大工委, 阿拉善盟政协; bare 州 / 盟 organs on county and 旗 sites are the prefecture's / league's, bare 县 / 旗 organs the site's; 决定任命 a holding, 决定免去 not; a 座谈会 after a 调研 is its own event)",
          persons_note="Set ak persons. id = corpus-wide person_id (ak:刘建邦#1 of 恩施 and ak:刘建邦#2 of 额济纳旗 are two people; ak:冉启航 moves 来凤县委书记 2021 → appointed 恩施土家族苗族自治州副州长 2023 → 副州长 2024; ak:向东升 is 州长 in 2022 and 2024; ak:吴建波 appointed 州发展和改革委员会主任 2023, 州发展改革委主任 2024)")


if __name__ == "__main__":
    main()
