"""Write gold part ``dd`` (a blind set: leadership changes seen on county and district pages — a 县委书记 leaving for a
city post, a 县长 becoming 县委书记, a 常务副县长 of one county becoming 代县长 of another, 任前公示, 代理县长, 当选, a new
代县长's / 代区长's first 调研) from the tables below.

Pages ``tests/dev/texts/dd*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 今日房县 digital edition (湖北, ``县十七届人大常委会
召开第二十八次会议 任命…为代理县长``, ``决定接受…辞去县人民政府县长职务的请求；任命县委副书记…为县人民政府副县长、代理县长``,
``向宪法宣誓就职``, ``本报讯 (记者… 通讯员…)``); a 紫阳县 人大常委会 page (``县委副书记…，县委常委、常务副县长…应邀参加会议``,
``选举…为紫阳县人民政府副县长``); a 澄城 人大 主任会议 page (``决定…为澄城县人民政府代理县长的意见``); a 红网 嘉禾 report
of a 县人代会 全体会议 (``…以190票的高票当选为县人民政府县长，…当选副县长``, 执行主席 / 主席团); the 浙江在线 piece on 任前公示
(``由县(市、区)委书记任设区市副市长``, ``…县县长…任县(市、区)党委书记``); the 大众日报 piece on 山东 县委书记 changes
(``宣布了省委和…市委关于…主要负责同志的任职决定``, ``…不再担任…市长职务``); a 孝感 ``干部任前公示公告`` as retold by a portal
(``现任汉川市委副书记…拟任安陆市委副书记，提名为安陆市政府市长人选``); the 上官河 WeChat career piece; a 永平县 (云南) page
(``鹤庆县委书记…，鹤庆县委副书记、县长…率…考察团…县领导…陪同考察``, ``扫一扫在手机打开当前页``); a 开鲁县 site (``当前位置:
首页>新闻中心>乡镇动态``, ``发布时间: 信息来源: 分享到:``); 海港区 and 长沙县 site chrome (``次浏览 分类:政府动态 来源:``,
``日期: 来源: 字体大小:``); a 福建日报 周宁 page (``县委副书记、县长…带队深入企业和重点项目一线…县领导…分别参加``); a 遂溪 page
(``县委副书记、县长…率队到…镇…调研督导…县委常委、副县长…陪同检查``); a 安远 (江西) and a 泸县 (四川) 调研 page; a 县政府
常务会议 page (``县委副书记、县长…主持召开县政府党组(扩大)会议和县十六届第9次政府常务会议``). Places are real and new to
the corpus: 湖南 永州 (道县 twice, 宁远县, the 永州日报), 湖北 黄冈 (红安县, the 市委组织部 on the 黄冈 city site, 浠水县),
广西 桂林 (阳朔县 twice: the county site, its WeChat account), 云南 保山 (隆阳区).

Shapes: a county site's 领导活动 page (``当前位置：首页 > 政务动态 > 领导活动``, ``信息来源``, ``浏览次数``, ``【字体：大 中 小】``,
相关新闻 list, 主办单位 / 备案号 footer) of the 县委书记 and 县长 督导 (dd01); a county site's 县政府常务会议 with the 常务副县长
(dd02); a city paper's 第02版 with two articles: the 全县领导干部大会 announcing the 县长 as 县委书记, the 县委书记 ``不再担任…
另有任用`` and the 常务副县长 of the neighbouring county as 县委副书记 ``提名为…县长候选人``, and the city 人大常委会 appointing the
former 县委书记 副市长 the same afternoon (dd03); the new 代县长's first 调研 on the county site (dd04); a county site's 现场推进会
with a 观摩 chaired by the 常务副县长 (dd05); the 市委组织部 任前公示公告 in table form (``现任职务：`` / ``拟任职务：``) on the
city site (dd06); the county 人代会 全体会议 where the 代县长 is elected 县长 (dd07); the county 人大常委会 accepting a 县长's
resignation and appointing a 副县长 and 代理县长 (dd08); the new 代县长's first 调研 on the county's WeChat account (``原创
阳朔发布 2023-03-08 19:26 广西``, ``来源： 记者： 编辑： 审核：``, ``阅读 分享 在看``) (dd09); a district site's 调研 by the
区委书记 (a 市委常委) and the new 代区长 (dd10).

Identity cases:
- dd:何绍康, a 县委书记 who leaves for a city post: 道县委书记 in June 2021 (dd01); ``不再担任中共道县县委书记…另有任用`` and
  appointed 永州市政府 副市长 by the 市人大常委会 the same day, 8 March 2022 (dd03, two articles of one paper page).
- dd:蒋承志, a 县长 who becomes 县委书记: 道县委副书记、县长 in June 2021 (dd01); 任道县委委员、常委、书记 in March 2022 (dd03).
- dd:雷文韬 moves between counties: 宁远县委常委、常务副县长 in Oct 2021 (dd02); 任道县委委员、常委、副书记 (提名 县长候选人:
  no line) in March 2022 (dd03); 道县委副书记、代县长 on his first 调研 a week later (dd04).
- dd:汪立诚 moves between counties of 黄冈: 红安县委常委、常务副县长 in Nov 2020 (dd05) and 现任 on the Aug 2021 公示 (拟任
  浠水: no line) (dd06); 浠水县委副书记、代县长 elected 县长 in Dec 2021 (dd07).
- dd:蔡宏斌: 现任 浠水县委副书记、县长 on the Aug 2021 公示 (拟任 书记: no line) (dd06); 浠水县委书记 in Dec 2021 (dd07).
- dd:覃建邦: appointed 阳朔县 副县长 and 代理县长 by the 人大常委会 in Feb 2023 (dd08); 县委副书记、代县长 on his first 调研 in
  March 2023 (dd09).
- the same official on three pages: dd:唐湘凌 (道县委常委、常务副县长, dd01, dd03, dd04).
- two different 黄振坤 in unrelated places: dd:黄振坤#1 is elected 浠水县 副县长 (湖北, dd07); dd:黄振坤#2 is 隆阳区 副区长
  (云南 保山, dd10).
- one organ name of different places: bare ``市委组织部`` is 永州's in dd03 (``市委常委、组织部部长``) and 桂林's in dd08
  (``市委组织部副部长``); bare ``市委常委`` is 永州's in dd03 and 保山's in dd10 (a district site); bare ``县人大常委会`` is 道县's
  (dd03), 浠水's (dd07) and 阳朔's (dd08); ``市人大常委会`` is 永州's (dd03).
- the author / editor dd:韦婷婷 signs the 阳朔 人大 page (author) and the 阳朔 WeChat page (审核).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ab, ac, n, u where they speak; decided here where they are silent):
- 道县 is a county whose name is one character plus 县: its label keeps the full name (as part ac's 曹县 / 单县): ``县委书记``
  → 道县委 书记, ``中共道县县委委员、常委、书记`` → 道县委 委员 + 常委 + 书记, 县政府 → 道县政府, 县人大常委会 → 道县人大常委会,
  ``营江街道党工委书记`` → 道县营江街道党工委, ``镇党委书记`` at 寿雁镇 → 道县寿雁镇党委.
- Decisions read out at a 领导干部大会 (dd03): ``任…委员、常委、书记 / 副书记`` give one line per title (as part ac's ac09);
  ``不再担任…另有任用`` gives none; ``提名为…县长候选人`` gives none (as part ac for the 公示). Undated repeats (``担任道县县长以来``)
  give none.
- DECIDED HERE: the 公示 in table form (dd06): ``现任职务：`` is a holding dated by the 落款 (2021年8月23日), as ac's ``现任``;
  ``拟任职务：`` and ``提名为…候选人 / 人选`` are not. The evidence runs from the name to the 现任职务 line.
  ``黄冈市发展和改革委员会党组成员、副主任`` → 黄冈市发展和改革委员会党组 成员 + 黄冈市发展和改革委员会 副主任 (department kept
  as written, as parts ad and ak; 党组成员 a post of the 党组, as part z).
- 人大常委会 任免 and elections (parts ab, am): ``决定任命覃建邦为阳朔县人民政府副县长`` → 阳朔县政府 副县长;
  ``决定覃建邦为阳朔县人民政府代理县长`` → 阳朔县政府 代理县长 (as written); his 县委 副书记 comes from ``县委副书记、代理县长
  覃建邦面向宪法宣誓`` (the repeated 代理县长 gives no second line); ``决定接受廖志坚辞去…县长职务`` gives none.
  ``县委副书记、代县长汪立诚当选为浠水县人民政府县长`` gives 县委 副书记, 政府 代县长 and 政府 县长 (part ab's ab03).
  ``陶国钧当选为浠水县第十九届人民代表大会常务委员会主任`` → 浠水县人大常委会 主任 (届 dropped, as ab). 大会主席团常务主席 and
  大会执行主席 are session roles, no posts.
- ``代县长`` / ``代理县长`` / ``代区长`` are titles as written (parts q, u, ab, ad).
- Bare organs take the page's place or its parent of the right level: 县委 / 县政府 / 县人大常委会 / 县政协 on a county site
  or in a paper's county article = that county's; ``市委常委、组织部部长`` in the 永州日报 → 永州市委 常委 + 永州市委组织部
  部长; ``市人大常委会主任`` there → 永州市人大常委会; DECIDED HERE: ``市委组织部副部长`` on the 阳朔 人大 page → 桂林市委组织部
  (the county's parent city; bare 市委 on a county page is the parent's); ``市委常委、区委书记`` on the 隆阳区 site → 保山市委
  常委 + 隆阳区委 书记 (隆阳区 is one district in China: no city prefix).
- ``在家县级领导``, ``县领导``, ``与会人员`` are no posts.
- Events: 督导 / 调研 are ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers);
  two leaders 带队 (``县委书记何绍康，县委副书记、县长蒋承志带队督导``): the first named is the leader, the second an attendee and
  a speaker (as an earlier part decided). DECIDED HERE: a 现场推进会 whose 与会人员 first 观摩 project sites gives two events of
  the same day: the 观摩 (``site observation``, CONVENTIONS; its attendees are the meeting's named participants, the one who
  介绍 at a site a speaker) and the 推进会 (``meeting``: chair 主持, 出席 attendees, 通报 / 强调 / 要求 speakers). The 领导干部大会
  and the 常务会议 are meetings; 人大常委会 会议 and 人代会 全体会议 are ``session`` (part ab); ``宪法宣誓`` and ``表态发言`` make a
  speaker; a 公示 is no event (part ac); titles in 相关新闻 / 上一篇 / 往期推荐 lists are links, not events.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``（县融媒体中心 记者 … 实习生 …）`` reporter (实习生 a reporter
  credit, label 实习生); ``作者：`` and ``（县人大常委会办公室 …）`` author lines (label 作者 / 供稿, as part ab); ``记者：`` on
  the WeChat page a reporter line; 责任编辑 / 编辑 / 审核 / 版式设计 editor lines.
- Projects: works visited or to be pushed: 防洪 / 河道 / 水库 works ``engineering_work``; 泵站, 公路 ``infrastructure_project``;
  标准厂房二期 and a named 产业园 / 产业示范园 ``industrial_park``; 港口物流园 ``logistics_hub``; 生态保护修复 and 水环境综合治理
  ``greening_project``; school buildings, a 育秧中心, a 游客服务中心, a 景区提质升级 and a 古镇保护提升 ``project``.
- Places: one line per name per file, as written; places inside titles, organ references, document titles and project
  names count, also short names inside a project name (``漓江兴坪段`` → 兴坪, ``倒水河七里坪段`` → 七里坪, ``东河隆阳段`` → 隆阳);
  birthplaces (``湖北麻城人``) as part ac; ``道县工业园`` is a standing park (``zone_park``, as part bq's parks). DECIDED HERE:
  an unnamed venue (``县人民会堂``) is no place; on the WeChat page the account line (``阳朔发布``) and the IP line (``广西``)
  are chrome like a masthead and are not annotated; site lines, mastheads, 来源 lines, footers, addresses, the 公示's contact
  lines and the related-news links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dd01_daoxian.txt": (2021, "发布时间：2021-06-17 18:42", "道县", [
        ("何绍康蒋承志督导潇水防汛和重点项目建设", "6月16日", "2021-06-16", "6月16日，县委书记",
         "county site 领导活动: the 县委书记 and the 县长 督导 潇水 flood works and projects; 常务副县长, 副县长, a 街道 secretary")]),
    "dd02_ningyuan.txt": (2021, "发布时间：2021-10-13 09:05", "宁远县", [
        ("乐永刚主持召开县政府第四十二次常务会议", "10月12日下午", "2021-10-12", "10月12日下午，县委副书记",
         "county site: 县政府常务会议 chaired by the 县长; the 常务副县长 雷文韬 (道县's 代县长 in 2022)")]),
    "dd03_yongzhou.txt": (2022, "2022年03月09日　星期三", "永州市", [
        ("道县召开全县领导干部大会", "3月8日上午", "2022-03-08", "本报讯（记者 唐铭泽 通讯员 何雨桐）3月8日上午",
         "city paper 第02版: 全县领导干部大会: the 县长 任 县委书记, the 县委书记 不再担任, 宁远's 常务副县长 任 县委副书记 (提名 县长候选人)"),
        ("市六届人大常委会举行第二次会议", "3月8日下午", "2022-03-08", "本报讯（记者 石雨欣）3月8日下午",
         "city paper 第02版: the 市人大常委会 appoints the former 道县委书记 副市长")]),
    "dd04_daoxian.txt": (2022, "发布时间：2022-03-16 17:20", "道县", [
        ("雷文韬到寿雁镇、白马渡镇调研春耕生产和项目建设", "3月15日", "2022-03-15", "3月15日，县委副书记",
         "county site: the new 代县长's first 调研; the same 常务副县长 and 副县长 as in 2021; two town secretaries")]),
    "dd05_hongan.txt": (2020, "发布时间：2020-11-19 16:33", "红安县", [
        ("全县冬春农田水利建设现场推进会在七里坪镇召开", "11月18日", "2020-11-18", "11月18日，全县冬春",
         "county site: 观摩 and 现场推进会 chaired by the 常务副县长 汪立诚 (浠水's 县长 in 2021); the 县长 speaks")]),
    "dd06_huanggang.txt": (2021, "发布时间：2021-08-23 10:00", "黄冈市", [
        ("中共黄冈市委组织部干部任前公示公告", "2021年8月23日", "2021-08-23", "根据《党政领导干部选拔任用工作条例》",
         "city site: 任前公示 in table form (现任职务 / 拟任职务): 红安's 常务副县长 → 浠水 县长候选人, 浠水's 县长 → 书记, a 市发改委 副主任 → 红安")]),
    "dd07_xishui.txt": (2021, "发布时间：2021-12-30 18:10", "浠水县", [
        ("县十九届人大一次会议举行第三次全体会议", "12月29日上午", "2021-12-29", "12月29日上午，县十九届",
         "county site: 人代会 全体会议: the 代县长 elected 县长, the 人大常委会主任 and two 副县长 elected (黄振坤#1); the 县委书记 speaks")]),
    "dd08_yangshuo.txt": (2023, "发布时间：2023-02-24 17:48", "阳朔县", [
        ("县十八届人大常委会举行第十一次会议", "2月24日上午", "2023-02-24", "2月24日上午，县十八届",
         "county site 人大动态: 人大常委会 accepts the 县长's resignation, appoints a 副县长 and 代理县长; 宪法宣誓; a 市委组织部 副部长")]),
    "dd09_yangshuo.txt": (2023, "2023-03-08 19:26", "阳朔县", [
        ("覃建邦到兴坪镇、白沙镇调研：守护好漓江山水 做强旅游产业", "3月7日", "2023-03-07", "3月7日，县委副书记",
         "county WeChat account: the new 代县长's first 调研 on the 漓江; a town's 书记 and 镇长")]),
    "dd10_longyang.txt": (2024, "发布时间：2024-04-10 20:05", "隆阳区", [
        ("段正华杨绍武到板桥镇汉庄镇调研", "4月9日", "2024-04-09", "4月9日，市委常委",
         "district site: the 区委书记 (a 市委常委) and the new 代区长 调研; 常务副区长, 副区长 黄振坤#2, a town secretary")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


_D01H = "6月16日，县委书记何绍康"
_D01J = "县委副书记、县长蒋承志带队督导"
_D01T = "县委常委、常务副县长唐湘凌，副县长欧阳倩，县水利局"
_D03J = "蒋承志同志任中共道县县委委员、常委、书记"
_D03L = "雷文韬同志任中共道县县委委员、常委、副书记"
_D03C = "市委常委、组织部部长曹德荣出席会议并讲话"
_D03T = "县委常委、常务副县长唐湘凌等在家县级领导"
_D04L = "3月15日，县委副书记、代县长雷文韬"
_D04T = "县委常委、常务副县长唐湘凌，副县长欧阳倩陪同调研"
_D06W = _span("dd06", "汪立诚，男", "现任职务：红安县委常委、常务副县长")
_D06C = _span("dd06", "蔡宏斌，男", "现任职务：浠水县委副书记、县长")
_D06M = _span("dd06", "程敏，女", "现任职务：黄冈市发展和改革委员会党组成员、副主任")
_D07W = "县委副书记、代县长汪立诚当选为浠水县人民政府县长"
_D07V = "黄振坤、吴晓丹当选为浠水县人民政府副县长"
_D08V = "副主任蒋丽华、廖雪琪出席会议"
_D09Q = "3月7日，县委副书记、代县长覃建邦"
_D10D = "4月9日，市委常委、区委书记段正华"
_D10Y = "区委副书记、代区长杨绍武到板桥镇"
_D10Z = "区委常委、常务副区长赵婷"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 湖南 永州: 道县, 宁远县
    "dd:何绍康": ("何绍康", "official", "道县", [
        ("dd01", "道县委", "书记", _D01H, "2021-06; DECIDED HERE: 道县 keeps its full name as label (道县委); named in the headline too"),
        ("dd03", "永州市政府", "副市长", "决定任命何绍康为永州市人民政府副市长。会上", "2022-03 (article 2): appointed by the 市人大常委会; article 1's ``不再担任中共道县县委书记…另有任用`` gives no line")], []),
    "dd:蒋承志": ("蒋承志", "official", "道县", [
        ("dd01", "道县委", "副书记", _D01J, "2021-06 (identity case: 县委书记 in 2022, dd03)"),
        ("dd01", "道县政府", "县长", _D01J, None),
        ("dd03", "道县委", "委员", _D03J, "2022-03: decision read at the 领导干部大会 (省委、市委决定); ``担任道县县长以来`` is an undated repeat"),
        ("dd03", "道县委", "常委", _D03J, None),
        ("dd03", "道县委", "书记", _D03J, None)], []),
    "dd:唐湘凌": ("唐湘凌", "official", "道县", [
        ("dd01", "道县委", "常委", _D01T, "2021-06"),
        ("dd01", "道县政府", "常务副县长", _D01T, None),
        ("dd03", "道县委", "常委", _D03T, "2022-03; ``在家县级领导`` is no post"),
        ("dd03", "道县政府", "常务副县长", _D03T, None),
        ("dd04", "道县委", "常委", _D04T, "2022-03"),
        ("dd04", "道县政府", "常务副县长", _D04T, None)], []),
    "dd:欧阳倩": ("欧阳倩", "official", "道县", [
        ("dd01", "道县政府", "副县长", _D01T, "2021-06"),
        ("dd04", "道县政府", "副县长", _D04T, "2022-03")], []),
    "dd:义德明": ("义德明", "official", "道县", [
        ("dd01", "道县营江街道党工委", "书记", "在营江街道，街道党工委书记义德明汇报了", "street organ: county label + 街道")], []),
    "dd:乐永刚": ("乐永刚", "official", "宁远县", [
        ("dd02", "宁远县委", "副书记", "县委副书记、县长乐永刚主持召开", "named in the headline too"),
        ("dd02", "宁远县政府", "县长", "县委副书记、县长乐永刚主持召开", None)], []),
    "dd:雷文韬": ("雷文韬", "official", "道县", [
        ("dd02", "宁远县委", "常委", "县委常委、常务副县长雷文韬", "2021-10, 宁远县 (identity case: 道县 县委副书记 / 代县长 in 2022, dd03, dd04)"),
        ("dd02", "宁远县政府", "常务副县长", "县委常委、常务副县长雷文韬", None),
        ("dd03", "道县委", "委员", _D03L, "2022-03: decision read at the 领导干部大会; ``提名为道县人民政府县长候选人`` gives no line"),
        ("dd03", "道县委", "常委", _D03L, None),
        ("dd03", "道县委", "副书记", _D03L, None),
        ("dd04", "道县委", "副书记", _D04L, "2022-03: first 调研 as 代县长; named in the headline too"),
        ("dd04", "道县政府", "代县长", _D04L, "代县长 as written")], []),
    "dd:邓海燕": ("邓海燕", "official", "宁远县", [
        ("dd02", "宁远县政府", "副县长", "副县长邓海燕、欧启明出席会议", "list after one title")], []),
    "dd:欧启明": ("欧启明", "official", "宁远县", [
        ("dd02", "宁远县政府", "副县长", "副县长邓海燕、欧启明出席会议", "list after one title")], []),
    "dd:刘思源": ("刘思源", "official", "宁远县", [
        ("dd02", "宁远县政府办公室", "主任", "县政府办公室主任刘思源", None)], []),
    "dd:曹德荣": ("曹德荣", "external_official", "永州市", [
        ("dd03", "永州市委", "常委", _D03C, "bare 市委 in the 永州日报 = 永州市委"),
        ("dd03", "永州市委组织部", "部长", _D03C, "组织部 after 市委常委 = 永州市委组织部 (bare 市委组织部 is 桂林's in dd08)")], []),
    "dd:朱永辉": ("朱永辉", "official", "道县", [
        ("dd03", "道县人大常委会", "主任", "县人大常委会主任朱永辉主持会议", "bare 县 in the paper's 道县 article")], []),
    "dd:吴春燕": ("吴春燕", "official", "道县", [
        ("dd03", "道县政协", "主席", "县政协主席吴春燕", None)], []),
    "dd:田继红": ("田继红", "external_official", "永州市", [
        ("dd03", "永州市人大常委会", "主任", "市人大常委会主任田继红主持会议并讲话", None)], []),
    "dd:柏文亮": ("柏文亮", "official", "道县", [
        ("dd04", "道县寿雁镇党委", "书记", "在寿雁镇，镇党委书记柏文亮汇报了", None)], []),
    "dd:周慧琳": ("周慧琳", "official", "道县", [
        ("dd04", "道县白马渡镇党委", "书记", "在白马渡镇，镇党委书记周慧琳介绍了", None)], []),
    # ---- 湖北 黄冈: 红安县, 浠水县
    "dd:秦海峰": ("秦海峰", "official", "红安县", [
        ("dd05", "红安县委", "副书记", "县委副书记、县长秦海峰出席会议并讲话", None),
        ("dd05", "红安县政府", "县长", "县委副书记、县长秦海峰出席会议并讲话", None)], []),
    "dd:汪立诚": ("汪立诚", "official", "浠水县", [
        ("dd05", "红安县委", "常委", "县委常委、常务副县长汪立诚主持会议", "2020-11, 红安县 (identity case: 浠水县长 in 2021, dd07)"),
        ("dd05", "红安县政府", "常务副县长", "县委常委、常务副县长汪立诚主持会议", None),
        ("dd06", "红安县委", "常委", _D06W, "2021-08 公示: 现任职务 at the 落款 date; 拟任 浠水县委委员、常委、副书记 and 提名 县长候选人 give no line"),
        ("dd06", "红安县政府", "常务副县长", _D06W, "现任职务"),
        ("dd07", "浠水县委", "副书记", _D07W, "2021-12: elected 县长 (part ab's ab03: three lines)"),
        ("dd07", "浠水县政府", "代县长", _D07W, "held until the vote"),
        ("dd07", "浠水县政府", "县长", _D07W, "当选 is a holding")], []),
    "dd:童雅琴": ("童雅琴", "official", "红安县", [
        ("dd05", "红安县政府", "副县长", "副县长童雅琴出席会议", None)], []),
    "dd:詹向东": ("詹向东", "official", "红安县", [
        ("dd05", "红安县七里坪镇党委", "书记", "在七里坪镇，镇党委书记詹向东介绍了", None)], []),
    "dd:蔡宏斌": ("蔡宏斌", "official", "浠水县", [
        ("dd06", "浠水县委", "副书记", _D06C, "2021-08 公示: 现任职务; 拟任 浠水县委书记 gives no line"),
        ("dd06", "浠水县政府", "县长", _D06C, "现任职务"),
        ("dd07", "浠水县委", "书记", "大会主席团常务主席、县委书记蔡宏斌", "2021-12: now 县委书记; 大会主席团常务主席 is a session role")], []),
    "dd:程敏": ("程敏", "official", "黄冈市", [
        ("dd06", "黄冈市发展和改革委员会党组", "成员", _D06M, "现任职务; department as written; 党组成员 a post of the 党组"),
        ("dd06", "黄冈市发展和改革委员会", "副主任", _D06M, "现任职务; 拟任 红安县委常委 and 提名 副县长人选 give no line")], []),
    "dd:陶国钧": ("陶国钧", "official", "浠水县", [
        ("dd07", "浠水县人大常委会", "主任", "陶国钧当选为浠水县第十九届人民代表大会常务委员会主任", "当选; 届 dropped; 大会执行主席 is a session role")], []),
    "dd:黄振坤#1": ("黄振坤", "official", "浠水县", [
        ("dd07", "浠水县政府", "副县长", _D07V, "浠水县 (湖北), elected 2021-12; not the 黄振坤 of 隆阳区 (dd10)")], []),
    "dd:吴晓丹": ("吴晓丹", "official", "浠水县", [
        ("dd07", "浠水县政府", "副县长", _D07V, "elected; list before one title")], []),
    # ---- 广西 桂林: 阳朔县
    "dd:莫少华": ("莫少华", "official", "阳朔县", [
        ("dd08", "阳朔县人大常委会", "主任", "县人大常委会主任莫少华主持会议", None)], []),
    "dd:蒋丽华": ("蒋丽华", "official", "阳朔县", [
        ("dd08", "阳朔县人大常委会", "副主任", _D08V, "bare 副主任 after the 人大常委会主任")], []),
    "dd:廖雪琪": ("廖雪琪", "official", "阳朔县", [
        ("dd08", "阳朔县人大常委会", "副主任", _D08V, None)], []),
    "dd:韦桂生": ("韦桂生", "official", "阳朔县", [
        ("dd08", "阳朔县委", "书记", "县委书记韦桂生出席会议并讲话", None)], []),
    "dd:罗秋菊": ("罗秋菊", "external_official", "桂林市", [
        ("dd08", "桂林市委组织部", "副部长", "市委组织部副部长罗秋菊到会指导", "DECIDED HERE: bare 市委组织部 on a 阳朔 page = the parent city's (桂林); 永州's in dd03")], []),
    "dd:廖志坚": ("廖志坚", "official", "阳朔县", [], ["dd08"]),
    "dd:覃建邦": ("覃建邦", "official", "阳朔县", [
        ("dd08", "阳朔县政府", "副县长", "决定任命覃建邦为阳朔县人民政府副县长", "2023-02: 决定任命"),
        ("dd08", "阳朔县政府", "代理县长", "决定覃建邦为阳朔县人民政府代理县长", "决定 (人大常委会); 代理县长 as written"),
        ("dd08", "阳朔县委", "副书记", "县委副书记、代理县长覃建邦面向宪法宣誓", "the repeated 代理县长 gives no second line"),
        ("dd09", "阳朔县委", "副书记", _D09Q, "2023-03: first 调研 as 代县长; named in the headline too"),
        ("dd09", "阳朔县政府", "代县长", _D09Q, "代县长 as written")], []),
    "dd:黎雪梅": ("黎雪梅", "official", "阳朔县", [
        ("dd09", "阳朔县政府", "副县长", "副县长黎雪梅陪同调研", None)], []),
    "dd:蒙海波": ("蒙海波", "official", "阳朔县", [
        ("dd09", "阳朔县兴坪镇党委", "书记", "镇党委书记蒙海波汇报了", "在兴坪镇")], []),
    "dd:陆晓红": ("陆晓红", "official", "阳朔县", [
        ("dd09", "阳朔县兴坪镇政府", "镇长", "镇长陆晓红介绍了", "在兴坪镇; a 镇长 is a post of the town 政府")], []),
    # ---- 云南 保山: 隆阳区
    "dd:段正华": ("段正华", "official", "隆阳区", [
        ("dd10", "保山市委", "常委", _D10D, "DECIDED HERE: bare 市委常委 on the 隆阳区 site = 保山市委 (the district's city)"),
        ("dd10", "隆阳区委", "书记", _D10D, "named in the headline too")], []),
    "dd:杨绍武": ("杨绍武", "official", "隆阳区", [
        ("dd10", "隆阳区委", "副书记", _D10Y, "2024-04: new 代区长's first 调研 with the 区委书记"),
        ("dd10", "隆阳区政府", "代区长", _D10Y, "代区长 as written")], []),
    "dd:赵婷": ("赵婷", "official", "隆阳区", [
        ("dd10", "隆阳区委", "常委", _D10Z, None),
        ("dd10", "隆阳区政府", "常务副区长", _D10Z, None)], []),
    "dd:黄振坤#2": ("黄振坤", "official", "隆阳区", [
        ("dd10", "隆阳区政府", "副区长", "副区长黄振坤", "隆阳区 (云南), 2024; not the 黄振坤 of 浠水县 (dd07)")], []),
    "dd:马俊林": ("马俊林", "official", "隆阳区", [
        ("dd10", "隆阳区板桥镇党委", "书记", "板桥镇党委书记马俊林汇报了", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dd01", "邹晓萌", "记者", "reporter", "（县融媒体中心 记者 邹晓萌）"),
    ("dd01", "周雨萌", "责任编辑", "editor", "责任编辑：周雨萌"),
    ("dd02", "龚晓雯", "责任编辑", "editor", "责任编辑：龚晓雯"),
    ("dd03", "唐铭泽", "记者", "reporter", "本报讯（记者 唐铭泽 通讯员 何雨桐）"),
    ("dd03", "何雨桐", "通讯员", "correspondent", "本报讯（记者 唐铭泽 通讯员 何雨桐）"),
    ("dd03", "石雨欣", "记者", "reporter", "本报讯（记者 石雨欣）"),
    ("dd03", "夏文博", "责任编辑", "editor", "责任编辑：夏文博"),
    ("dd03", "汪婧", "版式设计", "editor", "版式设计：汪婧"),
    ("dd04", "邹晓萌", "记者", "reporter", "（县融媒体中心 记者 邹晓萌 实习生 付佳怡）"),
    ("dd04", "付佳怡", "实习生", "reporter", "（县融媒体中心 记者 邹晓萌 实习生 付佳怡）"),
    ("dd04", "周雨萌", "责任编辑", "editor", "责任编辑：周雨萌"),
    ("dd05", "熊思雨", "作者", "author", "作者：熊思雨"),
    ("dd07", "孟佳音", "作者", "author", "作者：孟佳音"),
    ("dd07", "廖雪琴", "责任编辑", "editor", "责任编辑：廖雪琴"),
    ("dd08", "韦婷婷", "供稿", "author", "（县人大常委会办公室 韦婷婷）"),
    ("dd09", "石俊宇", "记者", "reporter", "记者：石俊宇"),
    ("dd09", "周雨晨", "编辑", "editor", "编辑：周雨晨"),
    ("dd09", "韦婷婷", "审核", "editor", "审核：韦婷婷"),
    ("dd10", "邵雨菲", "责任编辑", "editor", "责任编辑：邵雨菲"),
    ("dd10", "苏浩然", "审核", "editor", "审核：苏浩然"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dd01", "潇水城区段防汛和重点项目建设督导", "inspection (督导)", "6月16日", None, "何绍康", [],
     ["蒋承志", "唐湘凌", "欧阳倩"], ["义德明", "唐湘凌", "何绍康", "蒋承志", "欧阳倩"], "潇水城区段、营江街道、道县工业园",
     "县委副书记、县长蒋承志带队督导潇水城区段防汛工作和重点项目建设",
     [_D01H, "县长蒋承志带队督导", "常务副县长唐湘凌，副县长欧阳倩", "义德明汇报了", "唐湘凌介绍了", "何绍康强调",
      "蒋承志要求", "欧阳倩就做好城区内涝点位值守"]),
    ("dd02", "县政府第四十二次常务会议", "meeting (常务会议)", "10月12日下午", "乐永刚", None, [],
     ["雷文韬", "邓海燕", "欧启明", "刘思源"], ["乐永刚", "邓海燕", "雷文韬", "欧启明"], None,
     "县委副书记、县长乐永刚主持召开县政府第四十二次常务会议",
     ["县长乐永刚主持召开", "常务副县长雷文韬", "副县长邓海燕、欧启明出席会议", "县政府办公室主任刘思源", "乐永刚指出",
      "邓海燕汇报了", "雷文韬就县本级财政资金统筹", "欧启明就抓好秋冬季森林防火"]),
    ("dd03", "道县全县领导干部大会", "meeting (领导干部大会)", "3月8日上午", "朱永辉", None, ["道县"],
     ["曹德荣", "吴春燕", "唐湘凌"], ["曹德荣", "何绍康", "蒋承志"], None,
     "3月8日上午，道县召开全县领导干部大会",
     [_D03C, "曹德荣宣读了", "曹德荣指出", "何绍康在发言中表示", "蒋承志作表态发言", "县人大常委会主任朱永辉主持会议",
      "县政协主席吴春燕", _D03T]),
    ("dd03", "市六届人大常委会第二次会议", "session (人大常委会会议)", "3月8日下午", "田继红", None, [],
     [], ["田继红", "何绍康"], None,
     "3月8日下午，市六届人大常委会举行第二次会议",
     ["市人大常委会主任田继红主持会议并讲话", "何绍康进行了宪法宣誓并作表态发言", "田继红指出"]),
    ("dd04", "寿雁镇、白马渡镇春耕生产和重点项目建设调研", "inspection (调研)", "3月15日", None, "雷文韬", [],
     ["唐湘凌", "欧阳倩"], ["柏文亮", "周慧琳", "雷文韬", "唐湘凌"], "寿雁镇、白马渡镇",
     "县委副书记、代县长雷文韬到寿雁镇、白马渡镇调研春耕生产和重点项目建设工作",
     ["代县长雷文韬到寿雁镇、白马渡镇调研", _D04T, "柏文亮汇报了", "周慧琳介绍了", "雷文韬指出", "唐湘凌就园区项目"]),
    ("dd05", "七里坪镇、华家河镇农田水利项目现场观摩", "site observation (观摩)", "11月18日", None, None, [],
     ["秦海峰", "汪立诚", "童雅琴"], ["詹向东"], "七里坪镇、华家河镇",
     "与会人员先后观摩了七里坪镇高效节水灌溉项目",
     ["县长秦海峰出席会议并讲话", "常务副县长汪立诚主持会议", "副县长童雅琴出席会议", "镇党委书记詹向东介绍了"]),
    ("dd05", "全县冬春农田水利建设现场推进会", "meeting (现场推进会)", "11月18日", "汪立诚", None, [],
     ["秦海峰", "童雅琴"], ["童雅琴", "秦海峰", "汪立诚"], "七里坪镇",
     "11月18日，全县冬春农田水利建设现场推进会在七里坪镇召开",
     ["县长秦海峰出席会议并讲话", "常务副县长汪立诚主持会议", "副县长童雅琴出席会议", "童雅琴通报了", "秦海峰强调", "汪立诚要求"]),
    ("dd07", "县十九届人大一次会议第三次全体会议", "session (人代会全体会议)", "12月29日上午", "陶国钧", None, [],
     ["蔡宏斌"], ["汪立诚", "蔡宏斌"], "县人民会堂",
     "12月29日上午，县十九届人大一次会议在县人民会堂举行第三次全体会议",
     ["县委书记蔡宏斌等在主席台前排就座", "大会执行主席陶国钧主持会议", "汪立诚代表新当选的县人民政府组成人员作表态发言",
      "蔡宏斌在讲话中"]),
    ("dd08", "县十八届人大常委会第十一次会议", "session (人大常委会会议)", "2月24日上午", "莫少华", None, [],
     ["蒋丽华", "廖雪琪", "韦桂生", "罗秋菊", "覃建邦"], ["覃建邦", "韦桂生"], None,
     "2月24日上午，县十八届人大常委会举行第十一次会议",
     ["县人大常委会主任莫少华主持会议", _D08V, "县委书记韦桂生出席会议并讲话", "市委组织部副部长罗秋菊到会指导",
      "代理县长覃建邦面向宪法宣誓，并作表态发言", "韦桂生在讲话中指出"]),
    ("dd09", "兴坪镇、白沙镇漓江生态保护和文旅产业发展调研", "inspection (调研)", "3月7日", None, "覃建邦", [],
     ["黎雪梅"], ["蒙海波", "陆晓红", "覃建邦", "黎雪梅"], "兴坪镇、白沙镇",
     "县委副书记、代县长覃建邦到兴坪镇、白沙镇调研漓江生态保护和文旅产业发展工作",
     ["代县长覃建邦到兴坪镇、白沙镇调研", "副县长黎雪梅陪同调研", "蒙海波汇报了", "陆晓红介绍了", "覃建邦指出",
      "黎雪梅就做好春季旅游旺季安全生产"]),
    ("dd10", "板桥镇、汉庄镇乡村振兴和重点项目建设调研", "inspection (调研)", "4月9日", None, "段正华", [],
     ["杨绍武", "赵婷", "黄振坤"], ["马俊林", "黄振坤", "段正华", "杨绍武", "赵婷"], "板桥镇、汉庄镇",
     "区委副书记、代区长杨绍武到板桥镇、汉庄镇调研乡村振兴和重点项目建设工作",
     [_D10D, "代区长杨绍武到板桥镇、汉庄镇调研", _D10Z, "副区长黄振坤，区直有关部门", "马俊林汇报了", "黄振坤介绍了",
      "段正华强调", "杨绍武表示", "赵婷就项目资金统筹"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dd01", "潇水道县城区段防洪能力提升工程", "engineering_work", "先后来到潇水道县城区段防洪能力提升工程"),
    ("dd01", "营江街道城南排涝泵站", "infrastructure_project", "营江街道城南排涝泵站和道县工业园"),
    ("dd01", "道县工业园电子信息标准厂房二期", "industrial_park", "道县工业园电子信息标准厂房二期项目现场"),
    ("dd02", "九嶷山旅游公路提质改造工程", "infrastructure_project", "县交通运输局关于九嶷山旅游公路提质改造工程前期工作情况"),
    ("dd02", "舜陵街道第二完全小学扩建项目", "project", "会议研究了舜陵街道第二完全小学扩建项目"),
    ("dd02", "桃源街道中学新建项目", "project", "桃源街道中学新建项目用地保障事宜"),
    ("dd03", "潇水道县城区段防洪能力提升工程", "engineering_work", "抓实潇水道县城区段防洪能力提升工程"),
    ("dd03", "道县工业园电子信息标准厂房二期", "industrial_park", "道县工业园电子信息标准厂房二期等重点工作"),
    ("dd04", "寿雁镇早稻集中育秧中心", "project", "先后来到寿雁镇早稻集中育秧中心"),
    ("dd04", "白马渡镇脐橙产业示范园", "industrial_park", "白马渡镇脐橙产业示范园和道县工业园"),
    ("dd04", "道县工业园电子信息标准厂房二期", "industrial_park", "道县工业园电子信息标准厂房二期项目现场"),
    ("dd05", "七里坪镇高效节水灌溉项目", "project", "观摩了七里坪镇高效节水灌溉项目"),
    ("dd05", "倒水河七里坪段河道综合治理工程", "engineering_work", "倒水河七里坪段河道综合治理工程"),
    ("dd05", "华家河镇小型水库除险加固工程", "engineering_work", "华家河镇小型水库除险加固工程现场"),
    ("dd07", "巴河镇港口物流园", "logistics_hub", "全力推进巴河镇港口物流园"),
    ("dd07", "浠水河清泉镇段综合治理工程", "engineering_work", "浠水河清泉镇段综合治理工程等重点工作"),
    ("dd08", "漓江兴坪段生态保护修复工程", "greening_project", "全力抓好漓江兴坪段生态保护修复工程"),
    ("dd08", "遇龙河景区提质升级项目", "project", "遇龙河景区提质升级项目等重点工作"),
    ("dd09", "漓江兴坪段生态保护修复工程", "greening_project", "察看了漓江兴坪段生态保护修复工程施工现场"),
    ("dd09", "老寨山景区游客服务中心", "project", "介绍了老寨山景区游客服务中心建设进展"),
    ("dd09", "遇龙河景区提质升级项目", "project", "来到遇龙河景区提质升级项目现场"),
    ("dd10", "板桥镇青龙街古镇保护提升项目", "project", "先后来到板桥镇青龙街古镇保护提升项目"),
    ("dd10", "汉庄镇蔬菜产业园", "industrial_park", "汉庄镇蔬菜产业园和东河隆阳段"),
    ("dd10", "东河隆阳段水环境综合治理工程", "greening_project", "东河隆阳段水环境综合治理工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dd01", "潇水", "river", "standalone", "带队督导潇水城区段防汛工作"),
    ("dd01", "道县", "county", "in_project_name", "先后来到潇水道县城区段防洪能力提升工程"),
    ("dd01", "营江街道", "sub_district_office", "standalone", "在营江街道，街道党工委书记义德明"),
    ("dd01", "道县工业园", "zone_park", "in_project_name", "道县工业园电子信息标准厂房二期项目现场"),
    ("dd02", "九嶷山", "mountain", "in_project_name", "县交通运输局关于九嶷山旅游公路提质改造工程前期工作情况"),
    ("dd02", "舜陵街道", "sub_district_office", "in_project_name", "会议研究了舜陵街道第二完全小学扩建项目"),
    ("dd02", "桃源街道", "sub_district_office", "in_project_name", "桃源街道中学新建项目用地保障事宜"),
    ("dd02", "宁远县", "county", "in_document_title", "《宁远县冬春森林防火工作方案》"),
    ("dd02", "湾井镇", "town", "standalone", "湾井镇林区野外火源管控"),
    ("dd03", "道县", "county", "standalone", "3月8日上午，道县召开全县领导干部大会"),
    ("dd03", "潇水", "river", "in_project_name", "抓实潇水道县城区段防洪能力提升工程"),
    ("dd03", "道县工业园", "zone_park", "in_project_name", "道县工业园电子信息标准厂房二期等重点工作"),
    ("dd03", "永州市", "city", "in_org_reference", "决定任命何绍康为永州市人民政府副市长。会上"),
    ("dd04", "寿雁镇", "town", "standalone", "到寿雁镇、白马渡镇调研春耕生产和重点项目建设工作"),
    ("dd04", "白马渡镇", "town", "standalone", "到寿雁镇、白马渡镇调研春耕生产和重点项目建设工作"),
    ("dd04", "道县", "county", "standalone", "这是雷文韬到道县任职后首次下乡调研"),
    ("dd04", "道县工业园", "zone_park", "in_project_name", "道县工业园电子信息标准厂房二期项目现场"),
    ("dd05", "七里坪镇", "town", "standalone", "现场推进会在七里坪镇召开。县委副书记"),
    ("dd05", "华家河镇", "town", "standalone", "七里坪镇、华家河镇作了交流发言"),
    ("dd05", "倒水河", "river", "in_project_name", "倒水河七里坪段河道综合治理工程"),
    ("dd05", "七里坪", "town", "in_project_name", "倒水河七里坪段河道综合治理工程"),
    ("dd06", "湖北", "province", "standalone", "湖北麻城人"),
    ("dd06", "麻城", "county_level_city", "standalone", "湖北麻城人"),
    ("dd06", "蕲春", "county", "standalone", "湖北蕲春人"),
    ("dd06", "黄梅", "county", "standalone", "湖北黄梅人"),
    ("dd06", "红安县", "county", "in_title", "现任职务：红安县委常委、常务副县长"),
    ("dd06", "浠水县", "county", "in_title", "拟任职务：浠水县委委员、常委、副书记"),
    ("dd06", "黄冈市", "city", "in_org_reference", "现任职务：黄冈市发展和改革委员会党组成员、副主任"),
    ("dd07", "浠水县", "county", "in_org_reference", "当选为浠水县人民政府县长"),
    ("dd07", "巴河镇", "town", "in_project_name", "全力推进巴河镇港口物流园"),
    ("dd07", "浠水河", "river", "in_project_name", "浠水河清泉镇段综合治理工程等重点工作"),
    ("dd07", "清泉镇", "town", "in_project_name", "浠水河清泉镇段综合治理工程等重点工作"),
    ("dd07", "浠水", "county", "standalone", "奋力建设更加美好的浠水"),
    ("dd08", "阳朔县", "county", "in_org_reference", "辞去阳朔县人民政府县长职务的请求"),
    ("dd08", "漓江", "river", "in_project_name", "全力抓好漓江兴坪段生态保护修复工程"),
    ("dd08", "兴坪", "town", "in_project_name", "全力抓好漓江兴坪段生态保护修复工程"),
    ("dd08", "遇龙河", "river", "in_project_name", "遇龙河景区提质升级项目等重点工作"),
    ("dd09", "兴坪镇", "town", "standalone", "到兴坪镇、白沙镇调研漓江生态保护"),
    ("dd09", "白沙镇", "town", "standalone", "到兴坪镇、白沙镇调研漓江生态保护"),
    ("dd09", "漓江", "river", "standalone", "覃建邦一行沿漓江察看了"),
    ("dd09", "兴坪", "town", "in_project_name", "察看了漓江兴坪段生态保护修复工程施工现场"),
    ("dd09", "老寨山", "mountain", "in_project_name", "介绍了老寨山景区游客服务中心建设进展"),
    ("dd09", "遇龙河", "river", "standalone", "遇龙河沿岸民宿集聚区"),
    ("dd09", "阳朔", "county", "standalone", "漓江是阳朔的根和魂"),
    ("dd10", "板桥镇", "town", "standalone", "到板桥镇、汉庄镇调研乡村振兴"),
    ("dd10", "汉庄镇", "town", "standalone", "到板桥镇、汉庄镇调研乡村振兴"),
    ("dd10", "青龙街", "area", "in_project_name", "先后来到板桥镇青龙街古镇保护提升项目"),
    ("dd10", "东河", "river", "in_project_name", "东河隆阳段水环境综合治理工程现场"),
    ("dd10", "隆阳", "district", "in_project_name", "东河隆阳段水环境综合治理工程现场"),
    ("dd10", "保山", "city", "standalone", "加快打造保山中心城市"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dd", conventions="set dd (blind set: leadership changes on county and district pages in 湖南 永州 (道县 twice, 宁远县, the 永州日报), 湖北 黄冈 (红安县, the 市委组织部's 任前公示 on the city site, 浠水县), 广西 桂林 (阳朔县 site and WeChat account) and 云南 保山 (隆阳区): a 县委书记 who leaves for a 副市长 post, a 县长 who becomes 县委书记, a 常务副县长 who becomes another county's 县委副书记 / 代县长 / 县长, a 任前公示 in table form (现任职务 is a holding at the 落款, 拟任职务 and 提名 are not), decisions read at a 领导干部大会 (任 … 委员、常委、书记 gives one line per title; 不再担任 and 提名 give none), 人大常委会 任命 of a 副县长 and 代理县长, a 人代会 election of the 代县长 as 县长 (三 lines), first 调研 of a new 代县长 / 代区长; 道县 keeps its full name as label (道县委); 代县长 / 代理县长 / 代区长 as written; one line per post per article)",
          persons_note="Set dd persons. id = corpus-wide person_id (dd:黄振坤#1, 浠水县副县长 (湖北), and dd:黄振坤#2, 隆阳区副区长 (云南), are two people; dd:何绍康 道县委书记 2021 → 永州市副市长 2022; dd:蒋承志 道县县长 2021 → 道县委书记 2022; dd:雷文韬 宁远县常务副县长 2021 → 道县委副书记 / 代县长 2022; dd:汪立诚 红安县常务副县长 2020–2021 → 浠水县代县长 elected 县长 2021; dd:蔡宏斌 浠水县长 2021 → 县委书记 2021; dd:覃建邦 阳朔县副县长、代理县长 2023-02 → 县委副书记、代县长 2023-03)")


if __name__ == "__main__":
    main()
