"""Write gold part ``af`` (a blind set: identity across same-named districts) from the tables below.

Pages ``tests/dev/texts/af*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 徐州市鼓楼区人大常委会 news page (``区委书记…，区人大常委会主任…等参加
活动``, the site naming the district bare); a 新华日报 page on a 南京市鼓楼区委全会 and a 徐州 鼓楼区政协 opening
(``区委书记…代表中共鼓楼区委``); a 福州 city-paper interview ``访鼓楼区委书记…`` (the district bare, the city only from the
paper); the 家在鼓楼 (福州) page of a 鼓楼区委副书记 and 副区长 leading a 考察 to 原州区 with a 签约仪式; a 平顶山 新华区
site's ``区十届政府召开第58次常务会议`` (``区长…在区机关五楼会议室主持召开…，听取了…，审议通过了有关人事任免事项``) and
its list page (``新华区委书记…主持会议并讲话，区委副书记、区长…``); 卫滨区 and 西安 新城区 常务会议 pages (``区领导…出席
会议；…列席``); a 四平 铁西区 site's ``区委常委、副区长…调研督导安全生产工作`` and a 鞍山 铁西区 应急局 page (西鞍山林区,
街道 names); a 兰州市城关区 site page (``政协兰州市城关区第十届委员会…预备会议…区委副书记、区政府常务副区长…出席``) and a
兰州日报 page with ``上一篇 下一篇``; 苏州日报 and 福州新闻网 pages on a 党政代表团 / 考察团 visiting another city
(``…率…党政代表团来苏考察…陪同考察…随团考察``, ``两市座谈会``); a 沧州日报 (长城网) page ``来源: 沧州日报 作者:``
on a 市委书记's 座谈 and a 渤海新区 督导 report. Places are real and new to the corpus: 福建 福州 (鼓楼区: three pages),
江苏 徐州 (鼓楼区: one page, and its delegation on a 福州 page), 河北 沧州 (新华区 site, 沧州日报) and 石家庄 (新华区 site),
甘肃 兰州 (城关区 site), 西藏 拉萨 (拉萨日报 on 城关区), 辽宁 鞍山 (鞍山日报 on 铁西区 and 高新区).

Shapes: a district site's 区委书记 调研 with the 区长, 常务副区长 and 副区长 (af01); a city paper's 第A02版 with a 副市长's
调研 in ``鼓楼区`` (bare) and ``鼓楼区委书记`` (af02); a district site's 区政府常务会议 (af03, af07); a district site's
report of another city's same-named district visiting (``徐州市鼓楼区党政代表团来我区考察交流``: the visitors written with
their city, the hosts bare, a 座谈会 and a 结对 agreement) (af04); a district site's 区委书记 督导检查 (af05); a city paper on
a 副市长's 调研 in 新华区 and the bare 高新区 (af06); a 城关区委常委会（扩大）会议 with 出席 and 列席 lists (af08); a
province-capital paper on ``市委常委、城关区委书记`` 督导 (af09); a city paper's edition page with two articles, a
``铁西区委书记`` 督导 and a bare ``高新区`` 工作部署会议 (af10).

Identity cases:
- a 区长 who becomes 区委书记 of the same district: af:林承泽, 福州市鼓楼区 区委副书记、区长 in April 2021 (af01) →
  ``鼓楼区委书记`` on the 福州日报 in Sept 2023 (af02) and 区委书记 hosting the 徐州 delegation in Nov 2023 (af04);
  af:任思远, 徐州市鼓楼区 区委副书记、区长 at the June 2022 常务会议 (af03) → ``徐州市鼓楼区委书记`` leading the delegation
  in Nov 2023 (af04, on the 福州 site); af:韩国栋, 沧州市新华区 区委副书记、区长 in May 2021 (af05) → ``新华区委书记`` in
  April 2024 (af06).
- a district 区委书记 who becomes the city's 副市长: af:苗振邦, 沧州市新华区委书记 in May 2021 (af05) → 沧州 副市长 in
  April 2024 (af06, on the 沧州日报, back in 新华区).
- the same post over years and across cities' pages: af:魏若琳 (福州市鼓楼区 区长, af02 and af04); af:邵景文 (徐州市鼓楼区
  区委常委、常务副区长 on his own district's site in 2022, af03, and on the 福州 site in 2023, af04).
- two people of one name in two same-named districts: af:陈立航#1 is 副区长 of 福州市鼓楼区 (af01 2021, af04 2023);
  af:陈立航#2 is 副区长 of 徐州市鼓楼区 (af03 2022). af:谷春晖#1 is 副区长 of 沧州市新华区 (af05 2021); af:谷春晖#2 is
  副区长 of 石家庄市新华区 (af07 2022).
- one district name for several cities: 鼓楼区 (福州, 徐州; and 开封, 南京 elsewhere in the corpus), 新华区 (沧州, 石家庄;
  平顶山 elsewhere), 城关区 (兰州, 拉萨), 铁西区 (鞍山 here, 沈阳 named once in af10, 四平 in part u); both 鼓楼区 in one page
  (af04). The bare zone name 高新区 in two cities: 沧州 (af06) and 鞍山 (af10).
- the editor af:裘佳宁 signs two 福州市鼓楼区 pages (af01, af04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (CONVENTIONS and parts u, z where they speak; decided here where they are silent):
- A district name several cities have is prefixed by its city in every org (CONVENTIONS: ``开封市鼓楼区``):
  福州市鼓楼区委 / 福州市鼓楼区政府, 徐州市鼓楼区委 / 徐州市鼓楼区委宣传部 / 徐州市鼓楼区政府, 沧州市新华区委 / 沧州市新华区政府,
  石家庄市新华区委 / 石家庄市新华区政府, 兰州市城关区委 / 兰州市城关区政府 / 兰州市城关区人大常委会 / 兰州市城关区政协,
  拉萨市城关区委 / 拉萨市城关区政府, 鞍山市铁西区委 / 鞍山市铁西区政府. The city comes from the page: the site line of a
  district site (af01, af03, af04, af05, af07, af08: bare 区委 / 区政府 / 区长 = the site's district) or the masthead of a
  city paper (af02 福州日报, af06 沧州日报, af09 拉萨日报, af10 鞍山日报: ``鼓楼区委书记``, ``新华区委书记``, ``城关区委书记``,
  ``铁西区委书记`` = that city's district).
- DECIDED HERE (one page, two same-named districts, af04): a title chain that follows a visitor written with his city
  inherits that city inside its sentence (``徐州市鼓楼区委常委、常务副区长邵景文，区委常委、宣传部部长詹晓梅随团考察`` → both
  徐州市鼓楼区委; 宣传部 → 徐州市鼓楼区委宣传部); bare titles of the hosts (``区委书记林承泽，区委副书记、区长魏若琳陪同考察``,
  ``副区长陈立航介绍了我区…``) belong to the site's district (福州市鼓楼区), as ``我区`` says.
- A title after a named district inherits it (af06: ``新华区委书记韩国栋，区委副书记、区长宋佳鹏`` → 沧州市新华区委 /
  沧州市新华区政府).
- ``市委常委、城关区委书记岳长青`` on the 拉萨日报 → 拉萨市委 常委 + 拉萨市城关区委 书记. 副市长 on a city paper → that
  city's 政府 (福州市政府, 沧州市政府).
- A zone written bare in a city paper takes the paper's city (CONVENTIONS form, city without 市): ``高新区管委会主任`` on the
  沧州日报 → 沧州高新区管委会 主任; ``高新区党工委书记`` / ``党工委副书记、管委会主任`` on the 鞍山日报 → 鞍山高新区党工委 /
  鞍山高新区管委会.
- One line per post per article; a list after one title gives every name that title (``副区长陈立航、朱蕴华``,
  ``区委常委岑立伟、杭宇、甄立勋``). 区委副书记、区长 gives two lines (委 副书记 + 政府 区长).
- DECIDED HERE: places are annotated with the name the evidence writes (as part u): ``鼓楼区``, ``新华区``, ``城关区``,
  ``铁西区`` and ``高新区`` bare where the text writes them bare; ``徐州市鼓楼区``, ``福州市鼓楼区``, ``沈阳市铁西区`` where
  written with the city; the short name ``鼓楼`` where the text uses it alone (``鼓楼是福州的老城核心区``, ``两地同名“鼓楼”``).
  Site lines, mastheads, 来源 lines, footers and 上一篇 / 下一篇 links are not annotated. Places inside project names,
  org references and document titles count.
- Events: a 调研 / 督导检查 is an ``inspection`` with its leader; those who 陪同 / 一同督导 / 参加调研 are attendees; those
  who 汇报 / 介绍 / 通报 / 强调 / 要求 / 表示 are speakers. DECIDED HERE: a delegation's 考察 (af04) is an inspection led by the
  visiting 书记, the members who 随团考察 and the hosts who 陪同考察 attendees; the 座谈会 after it is a meeting of its own
  (speakers: who 介绍 / 表示 / 致辞; the two who sign the agreement are attendees); the signing is part of the 座谈会, not an
  event of its own. After a 调研 the 座谈会 (af02) is a meeting of its own with its 汇报 / 介绍 speakers; the leader's
  ``指出`` stays with the 调研 (as part z). 常务会议 and 常委会: chair, 出席 / 列席 attendees, 汇报 / 通报 / 作了安排 speakers.
  The 工作部署会议 (af10): the 党工委书记 ``出席会议并讲话`` is attendee and speaker, the 管委会主任 who 主持 the chair.
- Projects: works named as under way or to be pushed (…工程, …项目, …产业园一期 / 二期); documents (《…实施方案》, 《…预案》,
  《…框架协议》) and slogans (``双鼓楼``合作品牌) are not projects. DECIDED HERE: an 产业园 named without a place or proper name
  (``生物医药产业园`` in af06) is generic and not annotated, as the sample's 小微产业园.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "af01_fuzhou_gulou.txt": (2021, "发布时间：2021-04-16 17:32", "福州市鼓楼区", [
        ("黄韶卿调研城市更新和历史文化街区保护工作", "4月15日", "2021-04-15", "4月15日，区委书记黄韶卿",
         "district site (福州市鼓楼区): the 区委书记's 调研 with the 区长, 常务副区长 and a 副区长, all bare")]),
    "af02_fuzhou.txt": (2023, "2023年09月14日　星期四", "福州市鼓楼区", [
        ("庄慕白到鼓楼区调研数字经济和楼宇经济发展工作", "13日", "2023-09-13", "本报讯（记者 覃思睿）13日",
         "city paper 第A02版 (福州日报): a 副市长's 调研 in bare 鼓楼区; 鼓楼区委书记 林承泽 (区长 in 2021); a 座谈会")]),
    "af03_xuzhou_gulou.txt": (2022, "发布日期：2022-06-09", "徐州市鼓楼区", [
        ("区政府召开第十九次常务会议", "6月8日下午", "2022-06-08", "6月8日下午，区委副书记",
         "district site (徐州市鼓楼区): 区政府常务会议 chaired by the 区长 任思远; the other 陈立航 (徐州's 副区长)")]),
    "af04_fuzhou_gulou.txt": (2023, "发布时间：2023-11-23 18:05", "福州市鼓楼区", [
        ("徐州市鼓楼区党政代表团来我区考察交流", "11月21日至22日", "2023-11-21", "11月21日至22日，徐州市",
         "district site (福州市鼓楼区): the 徐州市鼓楼区 delegation (written with its city) and the hosts (bare) in one page; 座谈会 and a 结对 agreement")]),
    "af05_cangzhou_xinhua.txt": (2021, "发布时间：2021-05-12 10:26", "沧州市新华区", [
        ("苗振邦督导检查大气污染防治和重点项目建设工作", "5月11日", "2021-05-11", "5月11日，区委书记苗振邦",
         "district site (沧州市新华区): the 区委书记's 督导检查 with the 区长 and a 副区长")]),
    "af06_cangzhou.txt": (2024, "2024年4月19日　星期五", "沧州市", [
        ("苗振邦到新华区和高新区调研", "18日", "2024-04-18", "本报讯（记者 卞云涛）18日",
         "city paper A2 (沧州日报): 苗振邦 now 副市长 back in 新华区; 新华区委书记 韩国栋 (区长 in 2021); bare 高新区 管委会主任")]),
    "af07_shijiazhuang_xinhua.txt": (2022, "发布日期：2022-08-25", "石家庄市新华区", [
        ("区政府召开第三十二次常务会议", "8月24日上午", "2022-08-24", "8月24日上午，区长贾维东",
         "district site (石家庄市新华区): 区政府常务会议; the other 谷春晖 (石家庄's 副区长)")]),
    "af08_lanzhou_chengguan.txt": (2022, "日期：2022-07-06", "兰州市城关区", [
        ("城关区委召开常委会（扩大）会议", "7月5日", "2022-07-05", "7月5日，区委书记蔺文涛",
         "district site (兰州市城关区): 区委常委会（扩大）会议; 出席 list after one title; 人大 and 政协 heads 列席")]),
    "af09_lasa_chengguan.txt": (2023, "2023年6月21日　星期三", "拉萨市城关区", [
        ("岳长青督导检查城关区防汛和安全生产工作", "6月20日", "2023-06-20", "本报讯（记者 央金卓嘎）6月20日",
         "city paper 第2版 (拉萨日报): 市委常委、城关区委书记 督导检查 with the 区长 and 常务副区长")]),
    "af10_anshan.txt": (2024, "2024年1月10日　星期三", "鞍山市", [
        ("冷学军督导检查铁西区供暖保障和安全生产工作", "9日", "2024-01-09", "本报讯（记者 司马悦）9日",
         "city paper A3 (鞍山日报): 铁西区委书记 督导检查 (沈阳市铁西区 named once)"),
        ("高新区召开2024年工作部署会议", "9日", "2024-01-09", "本报讯（记者 宁婉清）9日",
         "same page: bare 高新区 (鞍山高新区) 工作部署会议: 党工委书记 and 管委会主任")]),
}

_AF04_GUESTS = "徐州市鼓楼区委常委、常务副区长邵景文，区委常委、宣传部部长詹晓梅随团考察"
_AF04_HOSTS = "区委书记林承泽，区委副书记、区长魏若琳陪同考察"
_AF08_STANDING = "区委常委岑立伟、杭宇、甄立勋出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 福州市鼓楼区
    "af:黄韶卿": ("黄韶卿", "official", "福州市鼓楼区", [
        ("af01", "福州市鼓楼区委", "书记", "4月15日，区委书记黄韶卿带队调研", "bare 区委 on the 福州市鼓楼区 site; named in the headline too")], []),
    "af:林承泽": ("林承泽", "official", "福州市鼓楼区", [
        ("af01", "福州市鼓楼区委", "副书记", "区委副书记、区长林承泽，区委常委", "2021-04: 区长 (identity case: 区委书记 in 2023)"),
        ("af01", "福州市鼓楼区政府", "区长", "区委副书记、区长林承泽，区委常委", None),
        ("af02", "福州市鼓楼区委", "书记", "鼓楼区委书记林承泽，区委副书记、区长魏若琳陪同调研", "2023-09: now 书记; 鼓楼区 bare on the 福州日报"),
        ("af04", "福州市鼓楼区委", "书记", _AF04_HOSTS, "2023-11: host, bare on the 福州市鼓楼区 site (DECIDED HERE: hosts bare = the site's district)")], []),
    "af:郑嘉树": ("郑嘉树", "official", "福州市鼓楼区", [
        ("af01", "福州市鼓楼区委", "常委", "区委常委、常务副区长郑嘉树", None),
        ("af01", "福州市鼓楼区政府", "常务副区长", "区委常委、常务副区长郑嘉树", None)], []),
    "af:陈立航#1": ("陈立航", "official", "福州市鼓楼区", [
        ("af01", "福州市鼓楼区政府", "副区长", "副区长陈立航参加调研", "福州; not the 陈立航 of 徐州市鼓楼区 (af03)"),
        ("af04", "福州市鼓楼区政府", "副区长", "副区长陈立航介绍了我区坊巷保护", "2023: host side (``我区``), in a sentence after the 徐州 邵景文")], []),
    "af:裘佳宁": ("裘佳宁", "editor", "福州市鼓楼区人民政府", [], ["af01", "af04"]),
    "af:庄慕白": ("庄慕白", "official", "福州市", [
        ("af02", "福州市政府", "副市长", "13日，副市长庄慕白到鼓楼区调研", "副市长 on the 福州日报 = 福州市政府; named in the headline too")], []),
    "af:魏若琳": ("魏若琳", "official", "福州市鼓楼区", [
        ("af02", "福州市鼓楼区委", "副书记", "区委副书记、区长魏若琳陪同调研", "after 鼓楼区委书记林承泽: the same district"),
        ("af02", "福州市鼓楼区政府", "区长", "区委副书记、区长魏若琳陪同调研", "2023-09"),
        ("af04", "福州市鼓楼区委", "副书记", _AF04_HOSTS, "host"),
        ("af04", "福州市鼓楼区政府", "区长", _AF04_HOSTS, "2023-11: the same post")], []),
    # ---- 徐州市鼓楼区
    "af:任思远": ("任思远", "official", "徐州市鼓楼区", [
        ("af03", "徐州市鼓楼区委", "副书记", "6月8日下午，区委副书记、区长任思远主持召开", "2022-06: 区长, bare on the 徐州市鼓楼区 site"),
        ("af03", "徐州市鼓楼区政府", "区长", "6月8日下午，区委副书记、区长任思远主持召开", "identity case: 区委书记 in 2023 (af04)"),
        ("af04", "徐州市鼓楼区委", "书记", "徐州市鼓楼区委书记任思远率党政代表团", "2023-11: now 书记; written with its city on the 福州 site")], []),
    "af:邵景文": ("邵景文", "official", "徐州市鼓楼区", [
        ("af03", "徐州市鼓楼区委", "常委", "区委常委、常务副区长邵景文，副区长陈立航", "2022"),
        ("af03", "徐州市鼓楼区政府", "常务副区长", "区委常委、常务副区长邵景文，副区长陈立航", None),
        ("af04", "徐州市鼓楼区委", "常委", _AF04_GUESTS, "2023: the same posts, on the other 鼓楼区's site"),
        ("af04", "徐州市鼓楼区政府", "常务副区长", _AF04_GUESTS, None)], []),
    "af:陈立航#2": ("陈立航", "official", "徐州市鼓楼区", [
        ("af03", "徐州市鼓楼区政府", "副区长", "副区长陈立航、朱蕴华出席会议", "徐州; not the 陈立航 of 福州市鼓楼区 (af01, af04); list after one title")], []),
    "af:朱蕴华": ("朱蕴华", "official", "徐州市鼓楼区", [
        ("af03", "徐州市鼓楼区政府", "副区长", "副区长陈立航、朱蕴华出席会议", None)], []),
    "af:詹晓梅": ("詹晓梅", "official", "徐州市鼓楼区", [
        ("af04", "徐州市鼓楼区委", "常委", _AF04_GUESTS, "DECIDED HERE: the bare 区委常委 after 徐州市鼓楼区委常委… in the delegation sentence is 徐州's"),
        ("af04", "徐州市鼓楼区委宣传部", "部长", _AF04_GUESTS, "宣传部 after 区委常委 = 徐州市鼓楼区委宣传部")], []),
    # ---- 沧州市新华区 / 沧州
    "af:苗振邦": ("苗振邦", "official", "沧州市", [
        ("af05", "沧州市新华区委", "书记", "5月11日，区委书记苗振邦带队督导检查", "2021-05: 新华区委书记 (identity case: 副市长 in 2024); named in the headline too"),
        ("af06", "沧州市政府", "副市长", "18日，副市长苗振邦到新华区、高新区调研", "2024-04: now the city's 副市长")], []),
    "af:韩国栋": ("韩国栋", "official", "沧州市新华区", [
        ("af05", "沧州市新华区委", "副书记", "区委副书记、区长韩国栋，副区长谷春晖一同督导", "2021"),
        ("af05", "沧州市新华区政府", "区长", "区委副书记、区长韩国栋，副区长谷春晖一同督导", "identity case: 新华区委书记 in 2024 (af06)"),
        ("af06", "沧州市新华区委", "书记", "新华区委书记韩国栋，区委副书记、区长宋佳鹏陪同调研", "2024-04: now 书记; 新华区 bare on the 沧州日报")], []),
    "af:谷春晖#1": ("谷春晖", "official", "沧州市新华区", [
        ("af05", "沧州市新华区政府", "副区长", "区长韩国栋，副区长谷春晖一同督导", "沧州; not the 谷春晖 of 石家庄市新华区 (af07)")], []),
    "af:栾承业": ("栾承业", "editor", "沧州市新华区人民政府", [], ["af05"]),
    "af:宋佳鹏": ("宋佳鹏", "official", "沧州市新华区", [
        ("af06", "沧州市新华区委", "副书记", "新华区委书记韩国栋，区委副书记、区长宋佳鹏陪同调研", "after 新华区委书记: the same district"),
        ("af06", "沧州市新华区政府", "区长", "新华区委书记韩国栋，区委副书记、区长宋佳鹏陪同调研", None)], []),
    "af:冯若冰": ("冯若冰", "official", "沧州高新区", [
        ("af06", "沧州高新区管委会", "主任", "高新区管委会主任冯若冰汇报了", "bare 高新区 on the 沧州日报 = 沧州高新区")], []),
    # ---- 石家庄市新华区
    "af:贾维东": ("贾维东", "official", "石家庄市新华区", [
        ("af07", "石家庄市新华区政府", "区长", "8月24日上午，区长贾维东在区政府三楼会议室主持召开", "bare 区长 on the 石家庄市新华区 site")], []),
    "af:池雅静": ("池雅静", "official", "石家庄市新华区", [
        ("af07", "石家庄市新华区委", "常委", "区委常委、常务副区长池雅静，副区长谷春晖、萧禹出席会议", None),
        ("af07", "石家庄市新华区政府", "常务副区长", "区委常委、常务副区长池雅静，副区长谷春晖、萧禹出席会议", None)], []),
    "af:谷春晖#2": ("谷春晖", "official", "石家庄市新华区", [
        ("af07", "石家庄市新华区政府", "副区长", "副区长谷春晖、萧禹出席会议", "石家庄; not the 谷春晖 of 沧州市新华区 (af05); list after one title")], []),
    "af:萧禹": ("萧禹", "official", "石家庄市新华区", [
        ("af07", "石家庄市新华区政府", "副区长", "副区长谷春晖、萧禹出席会议", None)], []),
    # ---- 兰州市城关区
    "af:蔺文涛": ("蔺文涛", "official", "兰州市城关区", [
        ("af08", "兰州市城关区委", "书记", "7月5日，区委书记蔺文涛主持召开", "bare 区委 on the 兰州市城关区 site")], []),
    "af:鲍振国": ("鲍振国", "official", "兰州市城关区", [
        ("af08", "兰州市城关区委", "副书记", "区委副书记、区长鲍振国，区委副书记阚志强", None),
        ("af08", "兰州市城关区政府", "区长", "区委副书记、区长鲍振国，区委副书记阚志强", None)], []),
    "af:阚志强": ("阚志强", "official", "兰州市城关区", [
        ("af08", "兰州市城关区委", "副书记", "区委副书记阚志强", None)], []),
    "af:岑立伟": ("岑立伟", "official", "兰州市城关区", [
        ("af08", "兰州市城关区委", "常委", _AF08_STANDING, "list after one title")], []),
    "af:杭宇": ("杭宇", "official", "兰州市城关区", [
        ("af08", "兰州市城关区委", "常委", _AF08_STANDING, None)], []),
    "af:甄立勋": ("甄立勋", "official", "兰州市城关区", [
        ("af08", "兰州市城关区委", "常委", _AF08_STANDING, None)], []),
    "af:庞文斌": ("庞文斌", "official", "兰州市城关区", [
        ("af08", "兰州市城关区人大常委会", "主任", "区人大常委会主任庞文斌", None)], []),
    "af:萨仁杰": ("萨仁杰", "official", "兰州市城关区", [
        ("af08", "兰州市城关区政协", "主席", "区政协主席萨仁杰列席会议", None)], []),
    # ---- 拉萨市城关区
    "af:岳长青": ("岳长青", "official", "拉萨市城关区", [
        ("af09", "拉萨市委", "常委", "市委常委、城关区委书记岳长青带队督导检查", "市委 on the 拉萨日报 = 拉萨市委"),
        ("af09", "拉萨市城关区委", "书记", "市委常委、城关区委书记岳长青带队督导检查", "城关区 on the 拉萨日报 = 拉萨市城关区")], []),
    "af:格桑顿珠": ("格桑顿珠", "official", "拉萨市城关区", [
        ("af09", "拉萨市城关区委", "副书记", "城关区委副书记、区长格桑顿珠", None),
        ("af09", "拉萨市城关区政府", "区长", "城关区委副书记、区长格桑顿珠", None)], []),
    "af:翟立新": ("翟立新", "official", "拉萨市城关区", [
        ("af09", "拉萨市城关区委", "常委", "区委常委、常务副区长翟立新一同督导", "after 城关区委副书记、区长…: the same district"),
        ("af09", "拉萨市城关区政府", "常务副区长", "区委常委、常务副区长翟立新一同督导", None)], []),
    # ---- 鞍山市铁西区 / 鞍山高新区
    "af:冷学军": ("冷学军", "official", "鞍山市铁西区", [
        ("af10", "鞍山市铁西区委", "书记", "9日，铁西区委书记冷学军带队督导检查", "铁西区 on the 鞍山日报 = 鞍山市铁西区; named in the headline too")], []),
    "af:房淑敏": ("房淑敏", "official", "鞍山市铁西区", [
        ("af10", "鞍山市铁西区委", "副书记", "区委副书记、区长房淑敏一同督导", None),
        ("af10", "鞍山市铁西区政府", "区长", "区委副书记、区长房淑敏一同督导", None)], []),
    "af:巩振华": ("巩振华", "official", "鞍山高新区", [
        ("af10", "鞍山高新区党工委", "书记", "高新区党工委书记巩振华出席会议并讲话", "bare 高新区 on the 鞍山日报 = 鞍山高新区 (article 2)")], []),
    "af:甘宗泽": ("甘宗泽", "official", "鞍山高新区", [
        ("af10", "鞍山高新区党工委", "副书记", "党工委副书记、管委会主任甘宗泽主持会议", None),
        ("af10", "鞍山高新区管委会", "主任", "党工委副书记、管委会主任甘宗泽主持会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("af01", "裘佳宁", "责任编辑", "editor", "责任编辑：裘佳宁"),
    ("af02", "覃思睿", "记者", "reporter", "本报讯（记者 覃思睿）"),
    ("af02", "甘乐平", "本版编辑", "editor", "本版编辑：甘乐平"),
    ("af02", "洪静怡", "校对", "editor", "校对：洪静怡"),
    ("af03", "晏子谦", "责任编辑", "editor", "责任编辑：晏子谦"),
    ("af04", "裘佳宁", "责任编辑", "editor", "责任编辑：裘佳宁"),
    ("af05", "栾承业", "责任编辑", "editor", "责任编辑：栾承业"),
    ("af06", "卞云涛", "记者", "reporter", "本报讯（记者 卞云涛）"),
    ("af06", "靳海鸥", "编辑", "editor", "编辑：靳海鸥"),
    ("af06", "伍宸", "校对", "editor", "校对：伍宸"),
    ("af08", "尉迟蔚", "责任编辑", "editor", "责任编辑：尉迟蔚"),
    ("af09", "央金卓嘎", "记者", "reporter", "本报讯（记者 央金卓嘎）"),
    ("af09", "次旦卓玛", "责任编辑", "editor", "责任编辑：次旦卓玛"),
    ("af10", "司马悦", "记者", "reporter", "本报讯（记者 司马悦）"),
    ("af10", "宁婉清", "记者", "reporter", "本报讯（记者 宁婉清）"),
    ("af10", "钟离蓓", "本版编辑", "editor", "本版编辑：钟离蓓"),
    ("af10", "房思瑶", "校对", "editor", "校对：房思瑶"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("af01", "城市更新和历史文化街区保护工作调研", "inspection (调研)", "4月15日", None, "黄韶卿", [],
     ["林承泽", "郑嘉树", "陈立航"], ["陈立航", "黄韶卿", "林承泽", "郑嘉树"], None,
     "4月15日，区委书记黄韶卿带队调研城市更新和历史文化街区保护工作",
     ["区委书记黄韶卿带队调研", "副区长陈立航参加调研", "陈立航汇报了白马河沿线景观提升工程", "黄韶卿强调", "林承泽表示",
      "郑嘉树就项目资金筹措"]),
    ("af02", "数字经济和楼宇经济发展工作调研", "inspection (调研)", "13日", None, "庄慕白", [],
     ["林承泽", "魏若琳"], ["庄慕白"], "鼓楼区",
     "13日，副市长庄慕白到鼓楼区调研数字经济和楼宇经济发展工作",
     ["副市长庄慕白到鼓楼区调研", "区长魏若琳陪同调研", "庄慕白指出"]),
    ("af02", "座谈会", "meeting (座谈会)", "13日", None, None, [],
     [], ["林承泽", "魏若琳"], None,
     "在随后召开的座谈会上，林承泽汇报了鼓楼区",
     ["林承泽汇报了鼓楼区", "魏若琳介绍了全区楼宇经济"]),
    ("af03", "区政府第十九次常务会议", "meeting (政府常务会议)", "6月8日下午", "任思远", None, [],
     ["邵景文", "陈立航", "朱蕴华"], ["陈立航", "朱蕴华", "任思远"], None,
     "6月8日下午，区委副书记、区长任思远主持召开区政府第十九次常务会议",
     ["区长任思远主持召开区政府第十九次常务会议", "常务副区长邵景文，副区长陈立航、朱蕴华出席会议", "陈立航就丰财街道",
      "朱蕴华通报了", "任思远强调"]),
    ("af04", "徐州市鼓楼区党政代表团考察交流", "inspection (考察)", "11月21日至22日", None, "任思远", [],
     ["邵景文", "詹晓梅", "林承泽", "魏若琳"], [], None,
     "11月21日至22日，徐州市鼓楼区委书记任思远率党政代表团来我区考察交流",
     ["徐州市鼓楼区委书记任思远率党政代表团", _AF04_GUESTS, _AF04_HOSTS]),
    ("af04", "两区交流座谈会", "meeting (座谈会)", "22日上午", None, None, [],
     ["任思远", "邵景文", "詹晓梅", "林承泽", "魏若琳", "陈立航"], ["林承泽", "任思远", "邵景文", "陈立航"], None,
     "22日上午，两区召开交流座谈会",
     ["林承泽代表区委、区政府对代表团一行表示欢迎", "任思远表示", "邵景文介绍了徐州市鼓楼区", "副区长陈立航介绍了我区",
      "魏若琳和邵景文代表两区签署了"]),
    ("af05", "大气污染防治和重点项目建设工作督导检查", "inspection (督导检查)", "5月11日", None, "苗振邦", [],
     ["韩国栋", "谷春晖"], ["谷春晖", "苗振邦", "韩国栋"], None,
     "5月11日，区委书记苗振邦带队督导检查大气污染防治和重点项目建设工作",
     ["区委书记苗振邦带队督导检查", "副区长谷春晖一同督导", "谷春晖汇报了农村散煤替代", "苗振邦强调", "韩国栋要求"]),
    ("af06", "城市更新和产业项目建设工作调研", "inspection (调研)", "18日", None, "苗振邦", [],
     ["韩国栋", "宋佳鹏", "冯若冰"], ["韩国栋", "冯若冰", "苗振邦"], None,
     "18日，副市长苗振邦到新华区、高新区调研城市更新和产业项目建设工作",
     ["副市长苗振邦到新华区、高新区调研", "区长宋佳鹏陪同调研", "韩国栋汇报了全区今年城市更新", "冯若冰汇报了园区产业链招商",
      "苗振邦强调"]),
    ("af07", "区政府第三十二次常务会议", "meeting (政府常务会议)", "8月24日上午", "贾维东", None, [],
     ["池雅静", "谷春晖", "萧禹"], ["谷春晖", "萧禹", "贾维东"], None,
     "区长贾维东在区政府三楼会议室主持召开区政府第三十二次常务会议",
     ["区长贾维东在区政府三楼会议室主持召开", "副区长谷春晖、萧禹出席会议", "谷春晖就北站周边道路改造", "萧禹通报了",
      "贾维东强调"]),
    ("af08", "区委常委会（扩大）会议", "meeting (区委常委会会议)", "7月5日", "蔺文涛", None, [],
     ["鲍振国", "阚志强", "岑立伟", "杭宇", "甄立勋", "庞文斌", "萨仁杰"], ["鲍振国", "岑立伟", "蔺文涛"], None,
     "7月5日，区委书记蔺文涛主持召开区委常委会（扩大）会议",
     ["区委书记蔺文涛主持召开区委常委会（扩大）会议", _AF08_STANDING, "区政协主席萨仁杰列席会议",
      "鲍振国就上半年全区经济运行情况", "岑立伟通报了", "蔺文涛强调"]),
    ("af09", "防汛和安全生产工作督导检查", "inspection (督导检查)", "6月20日", None, "岳长青", [],
     ["格桑顿珠", "翟立新"], ["翟立新", "岳长青", "格桑顿珠"], None,
     "市委常委、城关区委书记岳长青带队督导检查防汛和安全生产工作",
     ["城关区委书记岳长青带队督导检查", "常务副区长翟立新一同督导", "翟立新汇报了堤防加固", "岳长青强调", "格桑顿珠要求"]),
    ("af10", "供暖保障和安全生产工作督导检查", "inspection (督导检查)", "9日", None, "冷学军", [],
     ["房淑敏"], ["房淑敏", "冷学军"], None,
     "9日，铁西区委书记冷学军带队督导检查供暖保障和安全生产工作",
     ["铁西区委书记冷学军带队督导检查", "区长房淑敏一同督导", "房淑敏汇报了管网改造", "冷学军强调"]),
    ("af10", "高新区2024年工作部署会议", "meeting (工作部署会议)", "9日", "甘宗泽", None, ["高新区"],
     ["巩振华"], ["巩振华", "甘宗泽"], None,
     "9日，高新区召开2024年工作部署会议",
     ["高新区党工委书记巩振华出席会议并讲话", "管委会主任甘宗泽主持会议", "巩振华指出", "甘宗泽对年度重点项目"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("af01", "东街街道旧屋区改造项目", "housing_project", "东街街道旧屋区改造项目现场"),
    ("af01", "白马河沿线景观提升工程", "greening_project", "白马河沿线景观提升工程前期工作情况"),
    ("af02", "软件园智慧园区改造提升项目", "project", "软件园智慧园区改造提升项目进展"),
    ("af03", "丁万河生态廊道二期工程", "greening_project", "会议听取了丁万河生态廊道二期工程"),
    ("af03", "龟山片区城市更新项目", "project", "龟山片区城市更新项目推进情况汇报"),
    ("af05", "新华区智能装备产业园一期", "industrial_park", "到新华区智能装备产业园一期和城区热力管网改造工程施工现场"),
    ("af05", "城区热力管网改造工程", "infrastructure_project", "城区热力管网改造工程施工现场"),
    ("af06", "新华区智能装备产业园二期", "industrial_park", "新华区智能装备产业园二期建设情况"),
    ("af07", "石家庄北站周边综合整治提升工程", "infrastructure_project", "会议听取了石家庄北站周边综合整治提升工程"),
    ("af07", "滹沱河新华段生态修复工程", "greening_project", "滹沱河新华段生态修复工程和毗卢寺"),
    ("af07", "毗卢寺周边历史文化街区保护利用项目", "project", "毗卢寺周边历史文化街区保护利用项目进展情况汇报"),
    ("af08", "黄河城关段生态保护修复工程", "greening_project", "黄河城关段生态保护修复工程和五泉山周边环境综合整治工作汇报"),
    ("af09", "拉萨河城关段防洪堤加固工程", "engineering_work", "在拉萨河城关段防洪堤加固工程现场"),
    ("af09", "八廓古城消防设施提升改造工程", "infrastructure_project", "持续推进八廓古城消防设施提升改造工程"),
    ("af10", "铁西区老旧供热管网改造工程", "infrastructure_project", "在铁西区老旧供热管网改造工程沿线"),
    ("af10", "鞍山激光产业园二期", "industrial_park", "加快推进鞍山激光产业园二期建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("af01", "安泰河", "river", "standalone", "先后来到安泰河沿岸"),
    ("af01", "乌山历史风貌区", "historic_area", "standalone", "乌山历史风貌区和东街街道"),
    ("af01", "东街街道", "sub_district_office", "in_project_name", "东街街道旧屋区改造项目现场"),
    ("af01", "南街街道", "sub_district_office", "in_org_reference", "东街街道、南街街道、安泰街道主要负责同志"),
    ("af01", "安泰街道", "sub_district_office", "in_org_reference", "东街街道、南街街道、安泰街道主要负责同志"),
    ("af01", "杨桥路", "road", "standalone", "在杨桥路片区"),
    ("af01", "白马河", "river", "in_project_name", "白马河沿线景观提升工程"),
    ("af01", "鼓楼", "district", "standalone", "鼓楼是福州的老城核心区"),
    ("af01", "福州", "city", "standalone", "鼓楼是福州的老城核心区"),
    ("af02", "鼓楼区", "district", "standalone", "副市长庄慕白到鼓楼区调研"),
    ("af02", "福州软件园", "industrial_park", "standalone", "先后来到福州软件园"),
    ("af02", "五四路", "road", "standalone", "五四路商务楼宇集聚区"),
    ("af02", "洪山镇", "town", "standalone", "洪山镇数字产业孵化基地"),
    ("af02", "鼓楼", "district", "standalone", "鼓楼将以软件园为核心"),
    ("af03", "丁万河", "river", "in_project_name", "会议听取了丁万河生态廊道二期工程"),
    ("af03", "龟山", "area", "in_project_name", "龟山片区城市更新项目"),
    ("af03", "丰财街道", "sub_district_office", "standalone", "陈立航就丰财街道、琵琶街道老旧小区改造"),
    ("af03", "琵琶街道", "sub_district_office", "standalone", "陈立航就丰财街道、琵琶街道老旧小区改造"),
    ("af03", "鼓楼区", "district", "in_document_title", "《鼓楼区2022年老旧小区改造工作实施方案》"),
    ("af03", "故黄河", "river", "standalone", "做好故黄河沿线"),
    ("af04", "徐州市鼓楼区", "district", "standalone", "很多经验值得徐州市鼓楼区学习借鉴"),
    ("af04", "福州市鼓楼区", "district", "standalone", "福州市鼓楼区在坊巷保护活化"),
    ("af04", "三坊七巷", "historic_area", "standalone", "先后来到三坊七巷"),
    ("af04", "温泉公园", "park", "standalone", "温泉公园、福州软件园"),
    ("af04", "福州软件园", "industrial_park", "standalone", "温泉公园、福州软件园"),
    ("af04", "东街街道", "sub_district_office", "standalone", "东街街道党群服务中心"),
    ("af04", "鼓楼", "district", "standalone", "两地同名“鼓楼”"),
    ("af04", "龟山", "area", "standalone", "推动龟山片区城市更新"),
    ("af05", "小赵庄乡", "township", "standalone", "先后深入小赵庄乡、道东街道、建设北街街道"),
    ("af05", "道东街道", "sub_district_office", "standalone", "先后深入小赵庄乡、道东街道、建设北街街道"),
    ("af05", "建设北街街道", "sub_district_office", "standalone", "先后深入小赵庄乡、道东街道、建设北街街道"),
    ("af05", "新华区", "district", "in_project_name", "到新华区智能装备产业园一期"),
    ("af06", "新华区", "district", "standalone", "副市长苗振邦到新华区、高新区调研"),
    ("af06", "高新区", "development_zone", "standalone", "副市长苗振邦到新华区、高新区调研"),
    ("af06", "车站街道", "sub_district_office", "standalone", "察看了车站街道老旧小区改造"),
    ("af06", "南大街街道", "sub_district_office", "standalone", "南大街街道背街小巷提升"),
    ("af07", "石家庄北站", "transport_hub", "in_project_name", "石家庄北站周边综合整治提升工程"),
    ("af07", "滹沱河", "river", "in_project_name", "滹沱河新华段生态修复工程"),
    ("af07", "毗卢寺", "heritage_site", "in_project_name", "毗卢寺周边历史文化街区保护利用项目"),
    ("af07", "联盟街道", "sub_district_office", "standalone", "联盟街道、石岗街道老旧小区改造"),
    ("af07", "石岗街道", "sub_district_office", "standalone", "联盟街道、石岗街道老旧小区改造"),
    ("af07", "新华区", "district", "in_document_title", "《新华区2022年城市更新重点项目推进方案》"),
    ("af08", "黄河", "river", "standalone", "研究部署黄河城关段生态保护"),
    ("af08", "雁滩", "area", "standalone", "雁滩片区城市更新"),
    ("af08", "五泉山", "mountain", "standalone", "五泉山周边环境综合整治"),
    ("af08", "城关区", "district", "standalone", "城关区是兰州的中心城区"),
    ("af08", "兰州", "city", "standalone", "城关区是兰州的中心城区"),
    ("af08", "南北两山", "mountain", "standalone", "南北两山地质灾害隐患点"),
    ("af09", "城关区", "district", "standalone", "城关区作为首府中心城区"),
    ("af09", "拉萨河", "river", "standalone", "先后来到拉萨河城关段防洪堤"),
    ("af09", "纳金街道", "sub_district_office", "standalone", "纳金街道沿河社区"),
    ("af09", "蔡公堂街道", "sub_district_office", "standalone", "蔡公堂街道山洪沟道"),
    ("af09", "八廓街道", "sub_district_office", "standalone", "八廓街道商户集中区域"),
    ("af09", "八廓古城", "historic_area", "standalone", "八廓古城要抓好用火用电管理"),
    ("af09", "拉萨", "city", "standalone", "当前拉萨已进入主汛期"),
    ("af10", "铁西区", "district", "standalone", "督导检查铁西区供暖保障和安全生产工作"),
    ("af10", "永乐街道", "sub_district_office", "standalone", "先后来到永乐街道居民小区"),
    ("af10", "沈阳市铁西区", "district", "standalone", "学习借鉴沈阳市铁西区老工业区更新改造经验"),
    ("af10", "高新区", "development_zone", "standalone", "9日，高新区召开2024年工作部署会议"),
    ("af10", "鞍山激光产业园", "industrial_park", "in_project_name", "加快推进鞍山激光产业园二期建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="af", conventions="set af (blind set: identity across same-named districts: 鼓楼区 of 福州 and 徐州 (both in one page, af04), 新华区 of 沧州 and 石家庄, 城关区 of 兰州 and 拉萨, 铁西区 of 鞍山 (沈阳 named once), the bare 高新区 of 沧州 and 鞍山; every org of a shared district name carries its city (福州市鼓楼区委), taken from the site line or the paper's masthead; in one page the visitors' title chain keeps the visitors' city and the hosts' bare titles are the site's district; places as the evidence writes them (鼓楼区 bare, 徐州市鼓楼区 in full)",
          persons_note="Set af persons. id = corpus-wide person_id (af:陈立航#1 of 福州市鼓楼区 and af:陈立航#2 of 徐州市鼓楼区 are two people, as are af:谷春晖#1 of 沧州市新华区 and af:谷春晖#2 of 石家庄市新华区; af:林承泽 福州市鼓楼区 区长 2021 → 区委书记 2023; af:任思远 徐州市鼓楼区 区长 2022 → 区委书记 2023; af:韩国栋 沧州市新华区 区长 2021 → 区委书记 2024; af:苗振邦 沧州市新华区委书记 2021 → 沧州 副市长 2024)")


if __name__ == "__main__":
    main()
