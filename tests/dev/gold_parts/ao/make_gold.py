"""Write gold part ``ao`` (a blind set: 县政府 / 市政府 常务会议, 县委 / 市委 常委会会议 and a 副市长's 专题会议 as county and
city government sites publish them) from the tables below.

Pages ``tests/dev/texts/ao*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a county site's ``县委副书记、县长…主持召开县政府党组（扩大）会议和县十六届第9次
政府常务会议…县政府副县长、县政府党组成员出席会议，县人大、县政协相关领导…列席会议``; a 秦安 ``县委书记…主持召开县委常委会议。县人大
常委会主任…县政协主席…列席会议`` (会议研究了… / 会议指出 / 会议还研究了其它事宜); a 海安 ``主持召开十二届县委常委会第57次会议，县委
副书记、县长…，县委常委…出席会议，县人大常委会主任…，县政协主席…列席会议``; a 户县 县委常委会 (常委 listed after one title); a
魏县 县长办公会 (``县领导…参加会议，政府办副科级以上干部及相关部门主要负责同志列席会议``); a 黑山 县政府第七次常务会议 (代县长
主持, ``县委常委、副县长…，副县长…参加会议…县人大常委会副主任…、县政协副主席…列席会议``, 会议讨论通过了《…方案》); a 永寿 县长
办公会议; a 珠海斗门 区政府常务会议 纪要 page (``会议听取了…局长…同志关于…的情况汇报。会议原则同意``, footer with 主办单位 and
网站标识码); a 舞钢 市委常委会 page (``发布日期：… 来源：融媒体中心 浏览次数：``, ``市委书记…主持会议。市委副书记、代市长…，市委副
书记…，市委常委…出席会议。市领导…列席会议``); a 明光 市委常委会 (``副市长…在研究相关议题时列席会议``); a 湘阴 县委常委（扩大）会;
a 香格里拉 市委常委会; a county's 专题会 chaired by its 县委书记 (``县长…，县委常委、常务副县长…，副县长…出席会议``) and a county paper's
党政联席会议 (``本报讯 (记者…通讯员…)``).

Places are real and new to the corpus (ten county-level or prefecture places in four provinces): 云南 曲靖 (师宗县 ao01,
罗平县 ao02, 曲靖市 ao03, with 麒麟区, 沾益区, 曲靖's 经开区), 湖北 孝感 (应城市, a county-level city, ao04; 孝感市 ao05 with
孝感高新区 and 孝南区; 大悟县 ao06 with its 城关镇), 浙江 丽水 (缙云县 ao07, 遂昌县 ao08), 山东 聊城 (聊城市 ao09 with its 经开区
and 高新区; 茌平区 ao10).

Shapes: a 县政府常务会议 with 县委常委、常务副县长, two 副县长 after one title, ``县政府党组成员、县政府办公室主任`` 出席 and the 县人大
常委会副主任 / 县政协副主席 列席, a 局长 reporting (ao01); a 县委常委会 ``2023年第7次会议`` with four 常委 after one title, 列席 of the
人大 主任 and 政协 主席, a 常委 given a second title later (``县委常委、宣传部部长``) (ao02, also ao08, ao09); a 市政府常务会议 with the
秘书长 出席 and the 副秘书长 and a bare ``经开区管委会主任`` 列席 (ao03); a county-level city's 市政府常务会议 where ``市委副书记、市长``
is the county-level city's (ao04); a 副市长's 专题会议 on the 高新区 with ``高新区党工委副书记、管委会主任``, a 市直 department head and
a district's 副区长 参加 (ao05); a 县委常委会（扩大）会议 where a town's 党委书记 reports (ao06); a 浙江 县政府常务会议 with a town's 镇长
reporting (ao07); a 县委常委会 with ``县委常委、县纪委书记、县监委主任`` (ao08); a 市委常委会 on the 市政府 site with 来源：聊城日报
(ao09); a 区政府常务会议 (ao10).

Identity cases:
- ao:晏启梁 moves across three places and five years: 师宗县委常委、常务副县长 (ao01, April 2021); 罗平县委副书记、县长 (ao02,
  March 2023); 曲靖市副市长 (ao03, Feb 2025: ``副市长管丽琼、晏启梁``).
- ao:柯明远, a county-level city's 市长 who becomes the prefecture's 副市长: 应城市委副书记、市长 chairing the 应城 市政府常务会议
  (ao04, June 2022); 孝感市副市长 chairing a 专题会议 (ao05, May 2024). ``市长`` / ``副市长`` on both pages: the site decides which 市.
- ao:楼益民 moves between two counties of 丽水: 缙云县委常委、常务副县长 (ao07, Sept 2022); 遂昌县委副书记、县长 (ao08, July 2024).
- two different 鲁雯倩: ao:鲁雯倩#1 is 师宗县副县长 (云南, ao01, 2021); ao:鲁雯倩#2 is 遂昌县委常委、宣传部部长 (浙江, ao08, 2024).
- one zone name in two cities: ``经开区`` of 曲靖 (ao03: 经开区管委会主任 → 曲靖经开区管委会) and of 聊城 (ao09, the zone reports, no
  person); ``高新区`` of 孝感 (ao05: 高新区党工委副书记、管委会主任 → 孝感高新区党工委 / 孝感高新区管委会) and of 聊城 (ao09).
- a town name many counties have: ``城关镇党委书记`` on the 大悟 site (ao06) → 大悟县城关镇党委.
- ``县委常委会`` / ``市委常委会`` of six places; ``市委`` of a county-level city (应城, ao04) beside ``市委`` of prefecture cities
  (曲靖 ao03, 聊城 ao09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z, u, ah where they speak; decided here where they are silent):
- Bare organs take the site's place: 县委 / 县政府 / 县人大常委会 / 县政协 on a county site = that county's; 市委 / 市政府 on the
  应城 site = 应城市委 / 应城市政府 (a county-level city; ``孝感市有关会议`` names the parent and is only a place); 市委 / 市政府 on
  the 曲靖, 孝感 and 聊城 sites = those cities'; 区委 / 区政府 on the 茌平 site = 茌平区委 / 茌平区政府 (茌平区 is one district in
  China: no city prefix).
- 县长 / 副县长 / 常务副县长 / 市长 / 副市长 / 区长 / 副区长 → the government; 书记 / 副书记 / 常委 → the party committee; a chain
  ``县委常委、常务副县长`` gives two lines. A list after one title gives every name that title (``副县长段兴荣、鲁雯倩``, ``县委常委陶志坤、
  尹春燕、蒋泽宇、何丽萍``). One line per post per article: a 常委 of the list who later gets a second title (``县委常委、宣传部部长
  尹春燕``, ``县委常委、常务副市长冯立岩``, ``县委常委、县纪委书记、县监委主任毛建清``) gets a line for the new title only.
- 党组成员 is a post of the 党组 (part z): ``县政府党组成员、县政府办公室主任矣光辉`` → 师宗县政府党组 成员 + 师宗县政府办公室 主任;
  ``市政府党组成员甘庆林`` (no other title) → 应城市政府党组 成员. 市政府秘书长 / 副秘书长 → the 市政府; 市政府办公室主任 → the
  市政府办公室 (part z).
- DECIDED HERE: a zone's bare organ on a city page takes the city: ``经开区管委会主任祁振华`` on the 曲靖 site → 曲靖经开区管委会
  主任; ``高新区党工委副书记、管委会主任左家骏`` on the 孝感 site → 孝感高新区党工委 副书记 + 孝感高新区管委会 主任. A zone named as
  reporting (``会议听取了经开区、高新区关于…的汇报``) names nobody and gives only a place row (bare ``经开区`` / ``高新区``, as
  CONVENTIONS' places).
- DECIDED HERE: a town's organ takes its county: ``城关镇党委书记熊振宇`` on the 大悟 site → 大悟县城关镇党委 书记; ``壶镇镇镇长施伟杰``
  on the 缙云 site → 缙云县壶镇镇政府 镇长 (镇长 goes with the town's government, as part u's 镇长). Place rows keep the bare
  town name (城关镇, 壶镇镇, and the short 壶镇 where the text writes it).
- ``县委常委、县纪委书记、县监委主任`` → 遂昌县纪委 书记 + 遂昌县监委 主任 (part u). ``宣传部部长`` after 县委常委 → the 县委宣传部;
  ``组织部部长`` after 市委常委 → the 市委组织部.
- Events: every 常务会议, 常委会会议, 常委会（扩大）会议 and the 专题会议 is a meeting with its chair (主持), attendees (出席, 列席,
  参加; the chair not repeated) and speakers (汇报 / 通报 / 作了说明 / 作了安排 / 强调 / 指出 / 要求 of a named person).
  DECIDED HERE: a department, town or district head named only as reporting (``会议听取了县自然资源局局长钱德顺关于…的汇报``, ``城关镇
  党委书记熊振宇关于…的汇报``, ``壶镇镇镇长施伟杰汇报了``) is a speaker and not an attendee: the 列席 sentence names only a group
  (``县直有关部门主要负责人``, ``各乡镇党委书记``). ``会议指出 / 会议强调`` (the meeting's voice) names no speaker. Groups that
  attend are not persons. The 上一篇 / 下一篇 headlines are chrome and give no event.
- DECIDED HERE: the meeting's date is the lead's date (``4月15日``), not the page stamp; a newspaper reprint's ``（记者 X）`` on a
  government site (ao06, ao08) is a reporter line; 责任编辑 / 编辑 / 审核 are editors.
- Projects are works named as under way or to be pushed (…项目, …工程, …产业园二期, …三期, a 小镇 to be built); 老旧小区改造 and
  城中村改造 are housing_project (as z); ecological restoration of a river is a greening_project; pipes and 雨污分流 are
  infrastructure_project; named parks of industry are industrial_park. Documents (《…方案》, 《…专项规划》), festivals
  (罗平油菜花文化旅游节), brands (``中国油菜花之乡``) and company names (信发集团) are not projects.
- Places: one line per name per file, with a standalone evidence where the page has one; places inside titles, organ
  references, document titles, event names and project names count; site lines, 来源 lines, footers and 上一篇 / 下一篇 are
  not annotated; company names (信发集团) are not places. A zone is written as the page writes it (经开区, 高新区, 孝感高新区 in
  the ao05 headline).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ao01_shizong.txt": (2021, "发布时间：2021-04-16 17:32", "师宗县", [
        ("庹建勋主持召开县人民政府2021年第6次常务会议", "4月15日", "2021-04-15", "4月15日，县委副书记",
         "county site: 县政府常务会议; 县委常委、常务副县长, two 副县长 after one title, 县政府党组成员、县政府办公室主任 出席; 人大 / 政协 列席; a 局长 reports")]),
    "ao02_luoping.txt": (2023, "发布日期：2023-03-09", "罗平县", [
        ("贺廷松主持召开县委常委会2023年第7次会议", "3月8日", "2023-03-08", "3月8日，县委书记",
         "county site: 县委常委会 numbered in the year; 晏启梁 now 县委副书记、县长; four 常委 after one title; 宣传部部长 later")]),
    "ao03_qujing.txt": (2025, "时间：2025-02-20 18:46", "曲靖市", [
        ("市政府召开第58次常务会议", "2月19日", "2025-02-19", "2月19日，市委副书记",
         "city site: 市政府常务会议; 晏启梁 now 副市长; 秘书长 出席, 副秘书长 and the bare 经开区管委会主任 列席")]),
    "ao04_yingcheng.txt": (2022, "发布时间：2022-06-24 16:10", "应城市", [
        ("柯明远主持召开市政府第二十三次常务会议", "6月23日", "2022-06-23", "6月23日，市委副书记",
         "county-level city site: 市政府常务会议 (市委 / 市政府 = 应城); 市政府党组成员; 市政府办公室主任 列席")]),
    "ao05_xiaogan.txt": (2024, "发布时间：2024-05-17 09:25", "孝感市", [
        ("柯明远主持召开专题会议研究孝感高新区重点项目建设工作", "5月16日下午", "2024-05-16", "5月16日下午，副市长",
         "city site: a 副市长's 专题会议 on the 高新区; bare 高新区党工委副书记、管委会主任; 市发展改革委主任; 孝南区副区长")]),
    "ao06_dawu.txt": (2023, "发布时间：2023-06-12 20:05", "大悟县", [
        ("县委常委会召开（扩大）会议 研究部署防汛和县城建设等工作", "6月12日", "2023-06-12", "6月12日，县委书记",
         "county site (融媒体中心 reprint): 县委常委会（扩大）会议; 城关镇党委书记 reports; 县长 通报")]),
    "ao07_jinyun.txt": (2022, "发布日期：2022-09-07", "缙云县", [
        ("虞志刚主持召开县政府第21次常务会议", "9月6日", "2022-09-06", "9月6日，县委副书记",
         "county site: 县政府常务会议; 楼益民 县委常委、常务副县长; a town's 镇长 reports; 县政府党组成员")]),
    "ao08_suichang.txt": (2024, "发布时间：2024-07-23 08:40", "遂昌县", [
        ("县委常委会召开会议", "7月22日", "2024-07-22", "7月22日，县委书记",
         "county site (新闻网 reprint): 县委常委会; 楼益民 now 县长; the other 鲁雯倩 (宣传部部长); 纪委书记、监委主任")]),
    "ao09_liaocheng.txt": (2023, "发布日期：2023年11月28日", "聊城市", [
        ("市委常委会召开会议", "11月27日", "2023-11-27", "11月27日，市委书记",
         "city site (来源：聊城日报): 市委常委会; 经开区 and 高新区 report; 常务副市长 and 组织部部长 later")]),
    "ao10_chiping.txt": (2024, "发布时间：2024-03-26 17:15", "茌平区", [
        ("区政府召开第36次常务会议", "3月25日", "2024-03-25", "3月25日，区委副书记",
         "district site: 区政府常务会议; 区委常委、常务副区长, two 副区长, 区政府党组成员; 区人大常委会副主任 列席")]),
}

_A01 = "县委常委、常务副县长晏启梁，副县长段兴荣、鲁雯倩，县政府党组成员、县政府办公室主任矣光辉出席会议"
_A02 = "县委常委陶志坤、尹春燕、蒋泽宇、何丽萍出席会议"
_A03 = "副市长管丽琼、晏启梁，市政府秘书长缪永安出席会议"
_A04 = "市委常委、常务副市长闵卫华，副市长喻红霞、熊志坚，市政府党组成员甘庆林出席会议"
_A06 = "县委常委童国庆、袁丽华、桂正阳出席会议"
_A07 = "县委常委、常务副县长楼益民，副县长应丽萍、朱浩然，县政府党组成员潜建国出席会议"
_A08 = "县委常委毛建清、鲁雯倩、褚晨阳出席会议"
_A09 = "市委常委冯立岩、付连杰、相玉梅、郁晓辉出席会议"
_A10 = "区委常委、常务副区长谷丽娜，副区长荣庆祥、满秀芝，区政府党组成员窦立新出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- movers
    "ao:晏启梁": ("晏启梁", "official", "曲靖市", [
        ("ao01", "师宗县委", "常委", _A01, "2021-04: 师宗 (identity case: 罗平县长 2023, 曲靖市副市长 2025)"),
        ("ao01", "师宗县政府", "常务副县长", _A01, None),
        ("ao02", "罗平县委", "副书记", "县委副书记、县长晏启梁", "2023-03: now 罗平"),
        ("ao02", "罗平县政府", "县长", "县委副书记、县长晏启梁", None),
        ("ao03", "曲靖市政府", "副市长", _A03, "2025-02: now 曲靖市副市长 (list after one title)")], []),
    "ao:柯明远": ("柯明远", "official", "孝感市", [
        ("ao04", "应城市委", "副书记", "市委副书记、市长柯明远主持召开", "2022-06: 市委 on the 应城 site = 应城市委 (county-level city)"),
        ("ao04", "应城市政府", "市长", "市委副书记、市长柯明远主持召开", None),
        ("ao05", "孝感市政府", "副市长", "副市长柯明远主持召开专题会议", "2024-05: now 孝感市副市长 (the site decides the 市)")], []),
    "ao:楼益民": ("楼益民", "official", "丽水市", [
        ("ao07", "缙云县委", "常委", _A07, "2022-09: 缙云 (identity case: 遂昌县长 2024)"),
        ("ao07", "缙云县政府", "常务副县长", _A07, None),
        ("ao08", "遂昌县委", "副书记", "县委副书记、县长楼益民", "2024-07: now 遂昌"),
        ("ao08", "遂昌县政府", "县长", "县委副书记、县长楼益民", None)], []),
    "ao:鲁雯倩#1": ("鲁雯倩", "official", "师宗县", [
        ("ao01", "师宗县政府", "副县长", _A01, "师宗 (云南); not the 鲁雯倩 of 遂昌 (ao08)")], []),
    "ao:鲁雯倩#2": ("鲁雯倩", "official", "遂昌县", [
        ("ao08", "遂昌县委", "常委", _A08, "遂昌 (浙江); not the 鲁雯倩 of 师宗 (ao01)"),
        ("ao08", "遂昌县委宣传部", "部长", "县委常委、宣传部部长鲁雯倩", "second title later in the article")], []),
    # ---- 师宗 (ao01)
    "ao:庹建勋": ("庹建勋", "official", "师宗县", [
        ("ao01", "师宗县委", "副书记", "县委副书记、县长庹建勋主持召开", "named in the headline too"),
        ("ao01", "师宗县政府", "县长", "县委副书记、县长庹建勋主持召开", None)], []),
    "ao:段兴荣": ("段兴荣", "official", "师宗县", [
        ("ao01", "师宗县政府", "副县长", _A01, "list after one title")], []),
    "ao:矣光辉": ("矣光辉", "official", "师宗县", [
        ("ao01", "师宗县政府党组", "成员", _A01, "党组成员 is a post of the 党组 (part z)"),
        ("ao01", "师宗县政府办公室", "主任", _A01, "县政府办公室主任 → the 办公室 (part z)")], []),
    "ao:普春梅": ("普春梅", "official", "师宗县", [
        ("ao01", "师宗县人大常委会", "副主任", "县人大常委会副主任普春梅", None)], []),
    "ao:资永红": ("资永红", "official", "师宗县", [
        ("ao01", "师宗县政协", "副主席", "县政协副主席资永红列席会议", None)], []),
    "ao:钱德顺": ("钱德顺", "official", "师宗县", [
        ("ao01", "师宗县自然资源局", "局长", "县自然资源局局长钱德顺", "reports: a speaker, not an attendee")], []),
    # ---- 罗平 (ao02)
    "ao:贺廷松": ("贺廷松", "official", "罗平县", [
        ("ao02", "罗平县委", "书记", "县委书记贺廷松主持召开", "named in the headline too")], []),
    "ao:孔繁瑞": ("孔繁瑞", "official", "罗平县", [
        ("ao02", "罗平县委", "副书记", "县委副书记孔繁瑞", None)], []),
    "ao:陶志坤": ("陶志坤", "official", "罗平县", [("ao02", "罗平县委", "常委", _A02, "list after one title")], []),
    "ao:尹春燕": ("尹春燕", "official", "罗平县", [
        ("ao02", "罗平县委", "常委", _A02, None),
        ("ao02", "罗平县委宣传部", "部长", "县委常委、宣传部部长尹春燕", "second title later; 常委 not repeated")], []),
    "ao:蒋泽宇": ("蒋泽宇", "official", "罗平县", [("ao02", "罗平县委", "常委", _A02, None)], []),
    "ao:何丽萍": ("何丽萍", "official", "罗平县", [("ao02", "罗平县委", "常委", _A02, None)], []),
    "ao:许正明": ("许正明", "official", "罗平县", [
        ("ao02", "罗平县人大常委会", "主任", "县人大常委会主任许正明", None)], []),
    "ao:龙桂芬": ("龙桂芬", "official", "罗平县", [
        ("ao02", "罗平县政协", "主席", "县政协主席龙桂芬列席会议", None)], []),
    # ---- 曲靖 (ao03)
    "ao:邰正阳": ("邰正阳", "official", "曲靖市", [
        ("ao03", "曲靖市委", "副书记", "市委副书记、市长邰正阳主持召开", None),
        ("ao03", "曲靖市政府", "市长", "市委副书记、市长邰正阳主持召开", None)], []),
    "ao:饶建平": ("饶建平", "official", "曲靖市", [
        ("ao03", "曲靖市委", "常委", "市委常委、常务副市长饶建平", None),
        ("ao03", "曲靖市政府", "常务副市长", "市委常委、常务副市长饶建平", None)], []),
    "ao:管丽琼": ("管丽琼", "official", "曲靖市", [("ao03", "曲靖市政府", "副市长", _A03, None)], []),
    "ao:缪永安": ("缪永安", "official", "曲靖市", [("ao03", "曲靖市政府", "秘书长", _A03, None)], []),
    "ao:浦泽林": ("浦泽林", "official", "曲靖市", [
        ("ao03", "曲靖市政府", "副秘书长", "市政府副秘书长浦泽林", None)], []),
    "ao:祁振华": ("祁振华", "official", "曲靖市", [
        ("ao03", "曲靖经开区管委会", "主任", "经开区管委会主任祁振华列席会议", "DECIDED HERE: bare 经开区 on the 曲靖 site = 曲靖经开区")], []),
    # ---- 应城 (ao04)
    "ao:闵卫华": ("闵卫华", "official", "应城市", [
        ("ao04", "应城市委", "常委", _A04, None),
        ("ao04", "应城市政府", "常务副市长", _A04, None)], []),
    "ao:喻红霞": ("喻红霞", "official", "应城市", [("ao04", "应城市政府", "副市长", _A04, None)], []),
    "ao:熊志坚": ("熊志坚", "official", "应城市", [("ao04", "应城市政府", "副市长", _A04, None)], []),
    "ao:甘庆林": ("甘庆林", "official", "应城市", [
        ("ao04", "应城市政府党组", "成员", _A04, "市政府党组成员 with no other title")], []),
    "ao:涂建新": ("涂建新", "official", "应城市", [
        ("ao04", "应城市人大常委会", "副主任", "市人大常委会副主任涂建新", None)], []),
    "ao:万丽君": ("万丽君", "official", "应城市", [
        ("ao04", "应城市政协", "副主席", "市政协副主席万丽君", None)], []),
    "ao:戴海波": ("戴海波", "official", "应城市", [
        ("ao04", "应城市政府办公室", "主任", "市政府办公室主任戴海波列席会议", None)], []),
    # ---- 孝感 (ao05)
    "ao:程立峰": ("程立峰", "official", "孝感市", [
        ("ao05", "孝感市政府", "副秘书长", "市政府副秘书长程立峰", None)], []),
    "ao:左家骏": ("左家骏", "official", "孝感市", [
        ("ao05", "孝感高新区党工委", "副书记", "高新区党工委副书记、管委会主任左家骏", "DECIDED HERE: bare 高新区 on the 孝感 site = 孝感高新区"),
        ("ao05", "孝感高新区管委会", "主任", "高新区党工委副书记、管委会主任左家骏", None)], []),
    "ao:彭晓勤": ("彭晓勤", "official", "孝感市", [
        ("ao05", "孝感市发展改革委", "主任", "市发展改革委主任彭晓勤", None)], []),
    "ao:黎文涛": ("黎文涛", "official", "孝南区", [
        ("ao05", "孝南区政府", "副区长", "孝南区副区长黎文涛参加会议", "孝南区 is one district in China: no city prefix")], []),
    # ---- 大悟 (ao06)
    "ao:阮承礼": ("阮承礼", "official", "大悟县", [
        ("ao06", "大悟县委", "书记", "县委书记阮承礼主持召开", None)], []),
    "ao:项红梅": ("项红梅", "official", "大悟县", [
        ("ao06", "大悟县委", "副书记", "县委副书记、县长项红梅", None),
        ("ao06", "大悟县政府", "县长", "县委副书记、县长项红梅", None)], []),
    "ao:聂海涛": ("聂海涛", "official", "大悟县", [
        ("ao06", "大悟县委", "副书记", "县委副书记聂海涛", None)], []),
    "ao:童国庆": ("童国庆", "official", "大悟县", [("ao06", "大悟县委", "常委", _A06, None)], []),
    "ao:袁丽华": ("袁丽华", "official", "大悟县", [("ao06", "大悟县委", "常委", _A06, None)], []),
    "ao:桂正阳": ("桂正阳", "official", "大悟县", [("ao06", "大悟县委", "常委", _A06, None)], []),
    "ao:卢德荣": ("卢德荣", "official", "大悟县", [
        ("ao06", "大悟县人大常委会", "主任", "县人大常委会主任卢德荣", None)], []),
    "ao:方秋云": ("方秋云", "official", "大悟县", [
        ("ao06", "大悟县政协", "主席", "县政协主席方秋云列席会议", None)], []),
    "ao:熊振宇": ("熊振宇", "official", "大悟县", [
        ("ao06", "大悟县城关镇党委", "书记", "城关镇党委书记熊振宇", "DECIDED HERE: a town's organ takes its county (城关镇 is a name many counties have)")], []),
    # ---- 缙云 (ao07)
    "ao:虞志刚": ("虞志刚", "official", "缙云县", [
        ("ao07", "缙云县委", "副书记", "县委副书记、县长虞志刚主持召开", None),
        ("ao07", "缙云县政府", "县长", "县委副书记、县长虞志刚主持召开", None)], []),
    "ao:应丽萍": ("应丽萍", "official", "缙云县", [("ao07", "缙云县政府", "副县长", _A07, None)], []),
    "ao:朱浩然": ("朱浩然", "official", "缙云县", [("ao07", "缙云县政府", "副县长", _A07, None)], []),
    "ao:潜建国": ("潜建国", "official", "缙云县", [
        ("ao07", "缙云县政府党组", "成员", _A07, "县政府党组成员 with no other title")], []),
    "ao:丁永平": ("丁永平", "official", "缙云县", [
        ("ao07", "缙云县人大常委会", "副主任", "县人大常委会副主任丁永平", None)], []),
    "ao:杜晓红": ("杜晓红", "official", "缙云县", [
        ("ao07", "缙云县政协", "副主席", "县政协副主席杜晓红列席会议", None)], []),
    "ao:施伟杰": ("施伟杰", "official", "缙云县", [
        ("ao07", "缙云县壶镇镇政府", "镇长", "壶镇镇镇长施伟杰", "DECIDED HERE: 镇长 → the town's government, with its county")], []),
    # ---- 遂昌 (ao08)
    "ao:叶宏达": ("叶宏达", "official", "遂昌县", [
        ("ao08", "遂昌县委", "书记", "县委书记叶宏达主持召开", None)], []),
    "ao:季晨光": ("季晨光", "official", "遂昌县", [
        ("ao08", "遂昌县委", "副书记", "县委副书记季晨光", None)], []),
    "ao:毛建清": ("毛建清", "official", "遂昌县", [
        ("ao08", "遂昌县委", "常委", _A08, "常委 not repeated for the later chain"),
        ("ao08", "遂昌县纪委", "书记", "县委常委、县纪委书记、县监委主任毛建清", None),
        ("ao08", "遂昌县监委", "主任", "县委常委、县纪委书记、县监委主任毛建清", None)], []),
    "ao:褚晨阳": ("褚晨阳", "official", "遂昌县", [("ao08", "遂昌县委", "常委", _A08, None)], []),
    "ao:翁国良": ("翁国良", "official", "遂昌县", [
        ("ao08", "遂昌县人大常委会", "主任", "县人大常委会主任翁国良", None)], []),
    "ao:雷秀兰": ("雷秀兰", "official", "遂昌县", [
        ("ao08", "遂昌县政协", "主席", "县政协主席雷秀兰列席会议", None)], []),
    # ---- 聊城 (ao09)
    "ao:吕世成": ("吕世成", "official", "聊城市", [
        ("ao09", "聊城市委", "书记", "市委书记吕世成主持召开", None)], []),
    "ao:姜会敏": ("姜会敏", "official", "聊城市", [
        ("ao09", "聊城市委", "副书记", "市委副书记、市长姜会敏", None),
        ("ao09", "聊城市政府", "市长", "市委副书记、市长姜会敏", None)], []),
    "ao:房克俭": ("房克俭", "official", "聊城市", [
        ("ao09", "聊城市委", "副书记", "市委副书记房克俭", None)], []),
    "ao:冯立岩": ("冯立岩", "official", "聊城市", [
        ("ao09", "聊城市委", "常委", _A09, None),
        ("ao09", "聊城市政府", "常务副市长", "市委常委、常务副市长冯立岩", "second title later")], []),
    "ao:付连杰": ("付连杰", "official", "聊城市", [("ao09", "聊城市委", "常委", _A09, None)], []),
    "ao:相玉梅": ("相玉梅", "official", "聊城市", [
        ("ao09", "聊城市委", "常委", _A09, None),
        ("ao09", "聊城市委组织部", "部长", "市委常委、组织部部长相玉梅", "second title later")], []),
    "ao:郁晓辉": ("郁晓辉", "official", "聊城市", [("ao09", "聊城市委", "常委", _A09, None)], []),
    "ao:战利民": ("战利民", "official", "聊城市", [
        ("ao09", "聊城市人大常委会", "主任", "市人大常委会主任战利民", None)], []),
    "ao:乔振芳": ("乔振芳", "official", "聊城市", [
        ("ao09", "聊城市政协", "主席", "市政协主席乔振芳列席会议", None)], []),
    # ---- 茌平 (ao10)
    "ao:邢海鹏": ("邢海鹏", "official", "茌平区", [
        ("ao10", "茌平区委", "副书记", "区委副书记、区长邢海鹏主持召开", None),
        ("ao10", "茌平区政府", "区长", "区委副书记、区长邢海鹏主持召开", None)], []),
    "ao:谷丽娜": ("谷丽娜", "official", "茌平区", [
        ("ao10", "茌平区委", "常委", _A10, None),
        ("ao10", "茌平区政府", "常务副区长", _A10, None)], []),
    "ao:荣庆祥": ("荣庆祥", "official", "茌平区", [("ao10", "茌平区政府", "副区长", _A10, None)], []),
    "ao:满秀芝": ("满秀芝", "official", "茌平区", [("ao10", "茌平区政府", "副区长", _A10, None)], []),
    "ao:窦立新": ("窦立新", "official", "茌平区", [
        ("ao10", "茌平区政府党组", "成员", _A10, "区政府党组成员 with no other title")], []),
    "ao:臧雪梅": ("臧雪梅", "official", "茌平区", [
        ("ao10", "茌平区人大常委会", "副主任", "区人大常委会副主任臧雪梅列席会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ao01", "卯雪晴", "责任编辑", "editor", "责任编辑：卯雪晴"),
    ("ao02", "缪家怡", "编辑", "editor", "编辑：缪家怡"),
    ("ao02", "邓思远", "审核", "editor", "审核：邓思远"),
    ("ao03", "柏静怡", "责任编辑", "editor", "责任编辑：柏静怡"),
    ("ao04", "詹雨桐", "责任编辑", "editor", "责任编辑：詹雨桐"),
    ("ao05", "闻子涵", "责任编辑", "editor", "责任编辑：闻子涵"),
    ("ao06", "殳梦婷", "记者", "reporter", "（记者 殳梦婷）"),
    ("ao06", "杭雨萱", "编辑", "editor", "编辑：杭雨萱"),
    ("ao07", "冀思远", "责任编辑", "editor", "责任编辑：冀思远"),
    ("ao08", "郇志明", "记者", "reporter", "（记者 郇志明）"),
    ("ao08", "昝文博", "责任编辑", "editor", "责任编辑：昝文博"),
    ("ao09", "孟凡舟", "责任编辑", "editor", "责任编辑：孟凡舟"),
    ("ao10", "阚雨萌", "责任编辑", "editor", "责任编辑：阚雨萌"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ao01", "县人民政府2021年第6次常务会议", "meeting (县政府常务会议)", "4月15日", "庹建勋", None, [],
     ["晏启梁", "段兴荣", "鲁雯倩", "矣光辉", "普春梅", "资永红"], ["钱德顺", "段兴荣", "庹建勋"], None,
     "县委副书记、县长庹建勋主持召开县人民政府2021年第6次常务会议",
     ["县长庹建勋主持召开", "副县长段兴荣、鲁雯倩", "县政府办公室主任矣光辉出席会议", "县人大常委会副主任普春梅",
      "县政协副主席资永红列席会议", "县自然资源局局长钱德顺关于", "会议听取了段兴荣关于", "庹建勋强调"]),
    ("ao02", "县委常委会2023年第7次会议", "meeting (县委常委会会议)", "3月8日", "贺廷松", None, [],
     ["晏启梁", "孔繁瑞", "陶志坤", "尹春燕", "蒋泽宇", "何丽萍", "许正明", "龙桂芬"], ["尹春燕", "晏启梁", "贺廷松"], None,
     "县委书记贺廷松主持召开县委常委会2023年第7次会议",
     ["县委书记贺廷松主持召开", "县委副书记、县长晏启梁", "县委副书记孔繁瑞", _A02, "县人大常委会主任许正明",
      "县政协主席龙桂芬列席会议", "宣传部部长尹春燕就节会总体方案作了说明", "晏启梁通报了", "贺廷松强调"]),
    ("ao03", "市政府第58次常务会议", "meeting (市政府常务会议)", "2月19日", "邰正阳", None, [],
     ["饶建平", "管丽琼", "晏启梁", "缪永安", "浦泽林", "祁振华"], ["管丽琼", "邰正阳"], None,
     "市委副书记、市长邰正阳主持召开市政府第58次常务会议",
     ["市长邰正阳主持召开", "常务副市长饶建平", _A03, "市政府副秘书长浦泽林", "经开区管委会主任祁振华列席会议",
      "管丽琼就近期火险形势作了分析", "邰正阳强调"]),
    ("ao04", "市政府第二十三次常务会议", "meeting (市政府常务会议)", "6月23日", "柯明远", None, [],
     ["闵卫华", "喻红霞", "熊志坚", "甘庆林", "涂建新", "万丽君", "戴海波"], ["熊志坚", "柯明远"], None,
     "市委副书记、市长柯明远主持召开市政府第二十三次常务会议",
     ["市长柯明远主持召开", _A04, "市人大常委会副主任涂建新", "市政协副主席万丽君", "市政府办公室主任戴海波列席会议",
      "熊志坚就东马坊街道雨污管网改造作了补充说明", "柯明远强调"]),
    ("ao05", "高新区重点项目建设和要素保障工作专题会议", "meeting (专题会议)", "5月16日下午", "柯明远", None, [],
     ["程立峰", "左家骏", "彭晓勤", "黎文涛"], ["左家骏", "彭晓勤", "黎文涛", "柯明远"], None,
     "副市长柯明远主持召开专题会议，研究高新区重点项目建设和要素保障工作",
     ["副市长柯明远主持召开专题会议", "市政府副秘书长程立峰", "管委会主任左家骏", "市发展改革委主任彭晓勤",
      "孝南区副区长黎文涛参加会议", "会议听取了左家骏关于", "彭晓勤就项目申报", "黎文涛汇报了", "柯明远指出", "柯明远要求"]),
    ("ao06", "县委常委会（扩大）会议", "meeting (县委常委扩大会议)", "6月12日", "阮承礼", None, [],
     ["项红梅", "聂海涛", "童国庆", "袁丽华", "桂正阳", "卢德荣", "方秋云"], ["熊振宇", "项红梅", "阮承礼"], None,
     "县委书记阮承礼主持召开县委常委会（扩大）会议",
     ["县委书记阮承礼主持召开", "县委副书记、县长项红梅", "县委副书记聂海涛", _A06, "县人大常委会主任卢德荣",
      "县政协主席方秋云列席会议", "城关镇党委书记熊振宇关于", "项红梅就全县防汛准备情况作了通报", "阮承礼强调"]),
    ("ao07", "县政府第21次常务会议", "meeting (县政府常务会议)", "9月6日", "虞志刚", None, [],
     ["楼益民", "应丽萍", "朱浩然", "潜建国", "丁永平", "杜晓红"], ["施伟杰", "应丽萍", "虞志刚"], None,
     "县委副书记、县长虞志刚主持召开县政府第21次常务会议",
     ["县长虞志刚主持召开", _A07, "县人大常委会副主任丁永平", "县政协副主席杜晓红列席会议", "壶镇镇镇长施伟杰汇报了",
      "应丽萍就仙都游客服务中心改造工程作了说明", "虞志刚强调"]),
    ("ao08", "县委常委会会议", "meeting (县委常委会会议)", "7月22日", "叶宏达", None, [],
     ["楼益民", "季晨光", "毛建清", "鲁雯倩", "褚晨阳", "翁国良", "雷秀兰"], ["鲁雯倩", "楼益民", "毛建清", "叶宏达"], None,
     "县委书记叶宏达主持召开县委常委会会议",
     ["县委书记叶宏达主持召开", "县委副书记、县长楼益民", "县委副书记季晨光", _A08, "县人大常委会主任翁国良",
      "县政协主席雷秀兰列席会议", "宣传部部长鲁雯倩就全县宣讲工作作了安排", "楼益民通报了", "县监委主任毛建清作了汇报",
      "叶宏达强调"]),
    ("ao09", "市委常委会会议", "meeting (市委常委会会议)", "11月27日", "吕世成", None, [],
     ["姜会敏", "房克俭", "冯立岩", "付连杰", "相玉梅", "郁晓辉", "战利民", "乔振芳"], ["相玉梅", "冯立岩", "吕世成"], None,
     "市委书记吕世成主持召开市委常委会会议",
     ["市委书记吕世成主持召开", "市委副书记、市长姜会敏", "市委副书记房克俭", _A09, "市人大常委会主任战利民",
      "市政协主席乔振芳列席会议", "组织部部长相玉梅就开发区人事薪酬制度改革作了说明", "常务副市长冯立岩通报了", "吕世成强调"]),
    ("ao10", "区政府第36次常务会议", "meeting (区政府常务会议)", "3月25日", "邢海鹏", None, [],
     ["谷丽娜", "荣庆祥", "满秀芝", "窦立新", "臧雪梅"], ["荣庆祥", "满秀芝", "邢海鹏"], None,
     "区委副书记、区长邢海鹏主持召开区政府第36次常务会议",
     ["区长邢海鹏主持召开", _A10, "区人大常委会副主任臧雪梅列席会议", "荣庆祥就老旧小区改造资金筹措作了说明",
      "满秀芝汇报了", "邢海鹏强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ao01", "丹凤街道城中村改造项目", "housing_project", "丹凤街道城中村改造项目用地报批情况"),
    ("ao01", "菌子山景区提升改造工程", "project", "会议研究了菌子山景区提升改造工程前期工作"),
    ("ao01", "五龙壮族乡高原特色农业示范基地", "project", "抓好五龙壮族乡高原特色农业示范基地建设"),
    ("ao02", "鲁布革水上旅游综合开发项目", "project", "要加快推进鲁布革水上旅游综合开发项目"),
    ("ao02", "罗雄街道老城区雨污分流改造工程", "infrastructure_project", "罗雄街道老城区雨污分流改造工程"),
    ("ao03", "曲靖绿色硅光伏新材料产业园二期", "industrial_park", "加快曲靖绿色硅光伏新材料产业园二期建设"),
    ("ao03", "麒麟区南城门片区老旧小区改造项目", "housing_project", "加快推进麒麟区南城门片区老旧小区改造项目"),
    ("ao04", "长江埠街道盐化工循环经济产业园", "industrial_park", "加快长江埠街道盐化工循环经济产业园建设"),
    ("ao04", "城区污水管网提质增效工程", "infrastructure_project", "市住建局关于城区污水管网提质增效工程推进情况"),
    ("ao05", "光电子信息产业园二期", "industrial_park", "关于高新区光电子信息产业园二期、孝感北站片区综合开发项目推进情况"),
    ("ao05", "孝感北站片区综合开发项目", "project", "关于高新区光电子信息产业园二期、孝感北站片区综合开发项目推进情况"),
    ("ao06", "城关镇府前街片区老旧小区改造项目", "housing_project", "要加快推进城关镇府前街片区老旧小区改造项目"),
    ("ao06", "澴河县城段生态修复工程", "greening_project", "同步实施澴河县城段生态修复工程"),
    ("ao06", "宣化店镇红色旅游小镇", "project", "推进宣化店镇红色旅游小镇建设"),
    ("ao07", "壶镇镇工业园区三期", "industrial_park", "汇报了壶镇镇工业园区三期建设进展"),
    ("ao07", "仙都游客服务中心改造工程", "project", "应丽萍就仙都游客服务中心改造工程作了说明"),
    ("ao08", "遂昌金矿国家矿山公园提升项目", "project", "要加快遂昌金矿国家矿山公园提升项目"),
    ("ao08", "妙高街道城市有机更新项目", "project", "妙高街道城市有机更新项目建设"),
    ("ao10", "茌平高端铝材产业园", "industrial_park", "加快茌平高端铝材产业园建设"),
    ("ao10", "信发街道城市更新项目", "project", "区住建局关于信发街道城市更新项目推进情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ao01", "丹凤街道", "street", "standalone", "县自然资源局、丹凤街道配合"),
    ("ao01", "菌子山", "scenic_area", "standalone", "要依托菌子山、凤凰谷等旅游资源"),
    ("ao01", "凤凰谷", "scenic_area", "standalone", "要依托菌子山、凤凰谷等旅游资源"),
    ("ao01", "五龙壮族乡", "township", "in_project_name", "抓好五龙壮族乡高原特色农业示范基地建设"),
    ("ao01", "师宗县", "county", "in_document_title", "《师宗县丹凤街道城中村改造项目实施方案》"),
    ("ao02", "罗平", "county", "in_event_name", "会议听取了罗平油菜花文化旅游节筹备情况汇报"),
    ("ao02", "九龙瀑布", "scenic_area", "standalone", "统筹抓好九龙瀑布、多依河、金鸡峰丛等景区"),
    ("ao02", "多依河", "scenic_area", "standalone", "统筹抓好九龙瀑布、多依河、金鸡峰丛等景区"),
    ("ao02", "金鸡峰丛", "scenic_area", "standalone", "统筹抓好九龙瀑布、多依河、金鸡峰丛等景区"),
    ("ao02", "鲁布革", "area", "in_project_name", "要加快推进鲁布革水上旅游综合开发项目"),
    ("ao02", "罗雄街道", "street", "in_project_name", "罗雄街道老城区雨污分流改造工程"),
    ("ao03", "经开区", "development_zone", "standalone", "会议听取了经开区关于新能源电池产业链招商"),
    ("ao03", "曲靖", "city", "in_project_name", "加快曲靖绿色硅光伏新材料产业园二期建设"),
    ("ao03", "曲靖市", "city", "in_document_title", "《曲靖市中心城区城市更新专项规划（2025—2035年）》"),
    ("ao03", "麒麟区", "district", "standalone", "市自然资源规划局和麒麟区、沾益区配合"),
    ("ao03", "沾益区", "district", "standalone", "市自然资源规划局和麒麟区、沾益区配合"),
    ("ao03", "南城门片区", "area", "in_project_name", "麒麟区南城门片区老旧小区改造项目"),
    ("ao03", "珠江源", "scenic_area", "standalone", "做好珠江源、寥廓山等重点林区的巡护值守"),
    ("ao03", "寥廓山", "mountain", "standalone", "做好珠江源、寥廓山等重点林区的巡护值守"),
    ("ao04", "孝感市", "city", "standalone", "传达学习省、孝感市有关会议精神"),
    ("ao04", "应城市", "county_level_city", "in_document_title", "《应城市盐化工产业高质量发展三年行动方案》"),
    ("ao04", "长江埠街道", "street", "in_project_name", "加快长江埠街道盐化工循环经济产业园建设"),
    ("ao04", "东马坊街道", "street", "standalone", "熊志坚就东马坊街道雨污管网改造作了补充说明"),
    ("ao04", "汉北河", "river", "standalone", "要严格落实汉北河堤防巡查责任"),
    ("ao05", "孝感高新区", "development_zone", "standalone", "柯明远主持召开专题会议研究孝感高新区重点项目建设工作"),
    ("ao05", "高新区", "development_zone", "standalone", "研究高新区重点项目建设和要素保障工作"),
    ("ao05", "孝感北站", "transport_hub", "in_project_name", "孝感北站片区综合开发项目推进情况"),
    ("ao05", "孝南区", "district", "standalone", "孝南区要加快完成孝感北站片区剩余征迁任务"),
    ("ao06", "孝感市", "city", "in_org_reference", "传达学习省委、孝感市委有关会议精神"),
    ("ao06", "城关镇", "town", "in_title", "会议听取了城关镇党委书记熊振宇"),
    ("ao06", "府前街", "road", "in_project_name", "城关镇府前街片区老旧小区改造项目"),
    ("ao06", "澴河", "river", "standalone", "要紧盯澴河、竹竿河沿线堤防"),
    ("ao06", "竹竿河", "river", "standalone", "要紧盯澴河、竹竿河沿线堤防"),
    ("ao06", "大悟山", "mountain", "standalone", "要依托大悟山、双桥镇等红色旅游资源"),
    ("ao06", "双桥镇", "town", "standalone", "要依托大悟山、双桥镇等红色旅游资源"),
    ("ao06", "宣化店镇", "town", "in_project_name", "推进宣化店镇红色旅游小镇建设"),
    ("ao07", "仙都景区", "scenic_area", "standalone", "会议研究了仙都景区提升工作"),
    ("ao07", "壶镇镇", "town", "standalone", "会议听取了壶镇镇关于装备制造业发展情况的汇报"),
    ("ao07", "壶镇", "town", "standalone", "壶镇是我县带锯床和短途交通工具产业的主阵地"),
    ("ao07", "好溪", "river", "standalone", "统筹推进好溪沿线生态修复与景区提升"),
    ("ao07", "缙云县", "county", "in_document_title", "《缙云县秋冬季安全生产专项整治行动方案》"),
    ("ao08", "乌溪江", "river", "standalone", "乌溪江沿线隐患排查情况"),
    ("ao08", "湖山乡", "township", "standalone", "做好湖山乡、王村口镇等重点区域人员转移预案"),
    ("ao08", "王村口镇", "town", "standalone", "做好湖山乡、王村口镇等重点区域人员转移预案"),
    ("ao08", "遂昌金矿国家矿山公园", "park", "in_project_name", "要加快遂昌金矿国家矿山公园提升项目"),
    ("ao08", "妙高街道", "street", "in_project_name", "妙高街道城市有机更新项目建设"),
    ("ao09", "经开区", "development_zone", "standalone", "会议听取了经开区、高新区关于开发区体制机制改革推进情况的汇报"),
    ("ao09", "高新区", "development_zone", "standalone", "会议听取了经开区、高新区关于开发区体制机制改革推进情况的汇报"),
    ("ao09", "东昌府区", "district", "standalone", "要紧盯东昌府区、茌平区、东阿县等地"),
    ("ao09", "茌平区", "district", "standalone", "要紧盯东昌府区、茌平区、东阿县等地"),
    ("ao09", "东阿县", "county", "standalone", "要紧盯东昌府区、茌平区、东阿县等地"),
    ("ao09", "中国运河文化公园", "park", "standalone", "要加强中国运河文化公园和江北水城历史文化街区保护利用"),
    ("ao09", "江北水城历史文化街区", "heritage_site", "standalone", "要加强中国运河文化公园和江北水城历史文化街区保护利用"),
    ("ao09", "聊城", "city", "standalone", "讲好聊城故事"),
    ("ao10", "茌平区", "district", "in_document_title", "《茌平区铝精深加工产业集群高质量发展实施方案》"),
    ("ao10", "茌平", "district", "in_project_name", "加快茌平高端铝材产业园建设"),
    ("ao10", "信发街道", "street", "standalone", "要统筹推进振兴街道和信发街道老旧小区改造"),
    ("ao10", "振兴街道", "street", "standalone", "要统筹推进振兴街道和信发街道老旧小区改造"),
    ("ao10", "徒骇河", "river", "standalone", "徒骇河灌区春灌准备情况"),
    ("ao10", "博平镇", "town", "standalone", "要加强博平镇等粮食生产重点镇的技术指导"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ao", conventions="set ao (blind set: 县政府 / 市政府 / 区政府 常务会议, 县委 / 市委 常委会会议 and a 副市长's 专题会议 on county and city government sites in 云南 曲靖, 湖北 孝感, 浙江 丽水 and 山东 聊城: bare organs take the site's place (市委 on a county-level city's site is that city's), 出席 and 列席 persons are attendees, a head named only as reporting is a speaker, 党组成员 a post of the 党组, a zone's bare organ takes the city (曲靖经开区管委会, 孝感高新区党工委), a town's organ takes the county (大悟县城关镇党委, 缙云县壶镇镇政府))",
          persons_note="Set ao persons. id = corpus-wide person_id (ao:鲁雯倩#1 of 师宗 and ao:鲁雯倩#2 of 遂昌 are two people; ao:晏启梁 师宗县委常委、常务副县长 2021 → 罗平县委副书记、县长 2023 → 曲靖市副市长 2025; ao:柯明远 应城市委副书记、市长 2022 → 孝感市副市长 2024; ao:楼益民 缙云县委常委、常务副县长 2022 → 遂昌县委副书记、县长 2024)")


if __name__ == "__main__":
    main()
