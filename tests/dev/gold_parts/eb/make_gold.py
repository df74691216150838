"""Write gold part ``eb`` (a blind set: appointment and removal pages of counties and cities in 江西 萍乡 and 湖南 张家界:
人大常委会 sessions with their 任免, a 任免名单, government 任免 notices, 任前公示 lists, a 宪法宣誓仪式, and the same people
later in their new posts) from the tables below.

Pages ``tests/dev/texts/eb*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 惠安 县人大常委会 session report (``县人大常委会主任…主持会议，副主任…
出席会议；县委常委、组织部部长…列席会议…决定接受…辞去…县长职务；决定任命…为…副县长、代理县长；并举行宪法宣誓和颁发任命书
仪式``); the 房县 paper's ``县十七届人大常委会召开第二十八次会议 任命…为代理县长`` (``本报讯 (记者… 通讯员…)``, 县委副书记
appointed 副县长、代理县长, 表态发言); the 石台 session (``决定接受…辞去…县长职务；决定任命…为县政府副县长、代理县长``, 供职
发言); the 岚皋 人大 page on 宪法宣誓 (``发布时间… 作者… 来源：岚皋县人大``) and the 大荔 宣誓 page (``发布时间… 来源：本站
作者… 浏览``, ``扫一扫在手机打开当前页``); the 临沧 市人大常委会 宪法宣誓仪式 page (``时间… 本文来源：市人大常委会办公室
作者… 点击数``, ``市人大常委会主任…主持并监誓``, ``录入者… 责任编辑``); the 临朐, 永丰 and 涉县 session reports (``表决通过了
人事免职和任职事项…颁发了任命书…宪法宣誓``, ``应到组成人员24人，实到17人``, ``任命…为政府副县长``); a 台海网 report of 漳州
任免 (``决定任命…为…副市长；…决定接受…辞去…副市长职务``, ``…同志任中共…区委委员、常委、书记``); press pieces on 任前公示
(浙江在线 and 大众日报: 现任 / 拟任, 县长 → 县委书记; a 贵州 省管干部 公示 piece: ``公示期间…可通过…方式…反映``); the
太湖县 信息公开 page (``索引号… 发布机构… 生成日期… 文号``); the 宿松 融媒体 page (``【 字体： 稿件来源… 作者… 时间``).
Parts ab, ac and bd were read for the annotation choices. Places are real and new to the corpus as page places: 江西
萍乡 (the 市委组织部, the 萍乡日报, 芦溪县 twice, 莲花县; 湘东区, 上栗县 and 萍乡经开区 in titles) and 湖南 张家界 (慈利县 four
times, the 张家界日报, the 市政府; 桑植 in a title and birth lines).

Shapes: a 市委组织部 任前公示 as numbered prose paragraphs (``1.文昌明，男，…现任芦溪县委书记，拟提名为萍乡市人民政府副市长
人选``) (eb01); a county site's report of the 人大常委会 session: 接受 the 县长's (now 县委书记) resignation, 任命 the 县委副书记
副县长、代理县长, a 财政局局长 replaced, 宪法宣誓 (eb02); a county government notice by sections (``一、任命`` / ``二、免去``,
``X为…（试用期一年）``) (eb03); a county 融媒体 page of a 宪法宣誓仪式 after a session (主持仪式并监誓, two appointees sworn)
(eb04); the city paper's 第02版 of the 市人大常委会 session: 辞去 a 副市长, 任命 the former 芦溪县委书记 副市长 and the 公示's
财政局副局长 局长 (eb05); a county notice as one paragraph (``X同志任…，试用期一年；…；免去…``) (eb06); a 县委组织部 公示 TABLE
extracted one cell a line (序号, 姓名, 性别, 出生年月, 籍贯, 学历, 现任职务, 拟任职务; cells written without the county) (eb07);
a 县人大常委会 site's session report and its 任免名单 as a second article (决定接受 / 决定任命 / 决定免去 / 任命 a court's
副院长、审判委员会委员、审判员) (eb08); the city paper's report of the new 副县长's 调研 in the town whose new 镇长 was on the
公示 (eb09); a 市政府 信息公开 page with a metadata block (索引号, 发文字号, 成文日期) and a 任免 notice (eb10).

Identity cases:
- eb:文昌明, a 县长 who becomes 县委书记 and then a city's 副市长: 芦溪县委书记 whose resignation as 县长 is accepted in April
  2021 (eb02; 辞去 gives no line); 现任 芦溪县委书记 on the August 2023 公示, 拟提名为萍乡市人民政府副市长人选 (eb01: only the
  书记 line); appointed 萍乡市人民政府副市长 in September 2023 (eb05).
- eb:易雪松: 芦溪县委副书记, appointed 副县长、代理县长 in April 2021 (eb02); 县委副书记、县长 in June 2023 (eb04).
- eb:袁继明: 萍乡市财政局党组成员、副局长 on the 2023 公示 (eb01, 拟提名 局长 no line); appointed 萍乡市财政局局长 a month
  later (eb05).
- eb:向晓峰, from a department to a town: appointed 慈利县农业农村局副局长 (试用期一年) in April 2022 (eb06); the same post
  现任 on the September 2023 公示, 拟任 江垭镇党委副书记 and 镇长候选人 (eb07: only the 副局长 line); 江垭镇党委副书记、镇长 in
  April 2024 (eb09).
- eb:宋立华: 现任 慈利县财政局党组书记、局长 on the 2023 公示, 拟提名 副县长人选 (eb07); appointed 慈利县人民政府副县长 in
  December 2023, his 局长 post 免去 in the same list (eb08); 慈利县副县长 leading a 调研 in April 2024 (eb09).
- eb:康伟民: appointed 慈利县零阳街道办事处副主任 (试用期一年) in 2022 (eb06), 现任 the same on the 2023 公示 (eb07).
- the same officials on two pages: eb:刘佩兰 (芦溪县人大常委会主任, 2021 and 2023), eb:晏红梅 (副主任), eb:巫丽华 (芦溪县委常委、
  组织部部长).
- two different 喻建新 in unrelated places, both in 任免 notices: eb:喻建新#1 appointed 莲花县水利局副局长 (江西, eb03, 2022);
  eb:喻建新#2 appointed 张家界市人民政府副秘书长 (湖南, eb10, 2022).
- one organ name belonging to different places: bare ``县人大常委会`` is 芦溪县's (eb02, eb04) and 慈利县's (eb08); bare
  ``县委常委、组织部部长`` is 芦溪's (eb02, eb04) and 慈利's (eb08); bare ``县财政局`` / ``县农业农村局`` in the 慈利 公示's cells
  (eb07) are 慈利's, while 芦溪's and 萍乡市's 财政局 are written with their place (eb02, eb01, eb05).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ab, ac and bd where they speak; decided here where they are silent):
- 人大常委会 任免 (eb02, eb05, eb08): 决定任命 / 任命 is a holding at the session date; 决定接受 … 辞去 and 决定免去 give none
  (the person is named without a post: 邬建华, 史永康, 胡国良, 龚德华). ``决定任命易雪松为芦溪县人民政府副县长、代理县长`` →
  芦溪县政府 副县长 + 芦溪县政府 代理县长 (bd02); his 县委副书记 comes from ``县委副书记易雪松`` in the 列席 list; the
  ``代理县长易雪松`` of the oath sentence gives no second line. One person both 任命 and 免去 in one list (宋立华, eb08) gets
  the 任命 line only.
- DECIDED HERE: ``任命：钟婉婷为慈利县人民法院副院长、审判委员会委员、审判员`` → 慈利县人民法院 副院长 + 慈利县人民法院审判委员会
  委员 (bd04) + 慈利县人民法院 审判员 (审判员 is a court post the 人大常委会 appoints, written as a title).
- Government 任免 notices (eb03, eb06, eb10): ``X为…（试用期一年）`` under the heading ``一、任命``, ``X同志任…，试用期一年`` and
  ``X同志任…`` are holdings at the notice's 落款 date (bd's 试用期 decision; the 试用期 is no part of the title); ``免去…职务``
  (另有任用, 退休) gives none. ``莲花县人民政府办公室副主任`` → 莲花县政府办公室 副主任 (人民政府 → 政府, as the parts write
  X政府办公室); ``张家界市人民政府副秘书长`` → 张家界市政府 副秘书长 (as bq's 市政府秘书长); departments as written after the
  place (莲花县发展和改革委员会, 慈利县文化旅游广电体育局, 张家界市生态环境局桑植分局 as bd's 江川分局).
- 任前公示 (eb01, eb07): 现任 is a holding at the 落款 date; 拟任, 提名为…候选人 and 拟提名为…人选 are not (parts ac, bd).
  ``现任萍乡市财政局党组成员、副局长`` → 萍乡市财政局党组 成员 + 萍乡市财政局 副局长 (党组成员 as part z). ``萍乡经济技术开发区
  党工委委员、管委会副主任`` → 萍乡经开区党工委 委员 + 萍乡经开区管委会 副主任 (CONVENTIONS' fold; the place keeps the
  written name).
- DECIDED HERE: a 公示 TABLE extracted one cell a line (eb07): the row from its 序号 to the 现任职务 cell, newlines kept, is
  the evidence of each 现任 title (as bd's TAB rows); cells written without the county take the page's county (bd05):
  ``县财政局党组书记、局长`` → 慈利县财政局党组 书记 + 慈利县财政局 局长; ``零阳街道党工委书记`` → 慈利县零阳街道党工委;
  ``零阳街道办事处副主任`` → 慈利县零阳街道办事处.
- DECIDED HERE: a 宪法宣誓仪式 reported as a page of its own (eb04) is an event (``ceremony (宪法宣誓仪式)``): who
  ``主持仪式并监誓`` is the chair, named 出席 and the sworn appointees are attendees, 讲话 / 表示 speakers (the one who 领誓 is
  an attendee only). The session whose 闭幕 is its occasion is reported as taking place and is an event too, with no
  participant named. The appointees' posts come from ``经…会议决定任命的县教育局局长欧阳霁`` (a holding at that date). In a
  session report (eb02, eb05, eb08) the oath and the 任命书 stay inside the session (bd).
- Bare organs take the page's place: 县委 / 县人大常委会 / 县X局 on the 芦溪 and 慈利 pages; 市人大常委会 / 副市长 in the 萍乡日报
  = 萍乡市's; in the 张家界日报 the 慈利 report names its county (``慈利县副县长``) and its bare 镇 organs are 江垭镇's: ``江垭镇
  党委书记`` → 慈利县江垭镇党委 书记, ``镇党委副书记、镇长`` → 慈利县江垭镇党委 副书记 + 慈利县江垭镇政府 镇长.
- Events: the 人大常委会 sessions (chair; 出席, named 列席, and the sworn appointees as attendees; 讲话 / 表态发言 / 强调
  speakers; the 县委书记 who 到会讲话 is attendee and speaker, as ab02); the 调研 (eb09: leader, 陪同 attendees, 汇报 / 介绍 /
  指出 / 表示 speakers). A 公示 and a 任免 notice are no events.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``作者：`` in a 融媒体 stamp line and ``（县人大常委会办公室
  某某）`` author lines; 责任编辑 / 编辑 / 审核 editor lines.
- Projects: works named as reported on or to be pushed (…综合治理工程, …防洪治理工程 engineering_work; …产业园二期
  industrial_park; 供水改扩建工程, 污水管网改造工程 infrastructure_project; 游客集散中心, 医院新院区建设项目, 茶园提质改造项目
  project); none on 公示 and notice pages.
- Places: birthplaces (江西分宜, 湖南醴陵, 湖南慈利) as parts n, bd; places in titles (also 拟任 titles), organ references
  and project names count; DECIDED HERE: the lists of links under a page (``相关阅读``, ``相关信息``, ``本版导读``,
  ``本版其他文章``) are treated like 上一篇 / 下一篇 links and not annotated; site lines, mastheads, 来源 lines, the
  公示's 受理 / 来信地址 lines and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "eb01_pingxiang.txt": (2023, "发布时间：2023-08-22 08:50", "萍乡市", [
        ("萍乡市管领导干部任前公示", "2023年8月21日", "2023-08-21", "根据《党政领导干部选拔任用工作条例》和有关规定",
         "市委组织部 任前公示 as numbered prose paragraphs: 现任 芦溪县委书记 / 湘东区委常委、组织部部长 / 萍乡经开区党工委委员、管委会副主任 / 市财政局党组成员、副局长; 拟任 and 拟提名 give nothing")]),
    "eb02_luxi.txt": (2021, "发布时间：2021-04-28 17:35", "芦溪县", [
        ("县十七届人大常委会第四十一次会议召开", "4月28日上午", "2021-04-28", "4月28日上午，县十七届",
         "county site: 人大常委会 session: 接受 the 县长's (now 县委书记) resignation, 任命 the 县委副书记 副县长、代理县长, a 财政局局长 replaced; 宪法宣誓; 袁河 report")]),
    "eb03_lianhua.txt": (2022, "发布日期：2022-03-10", "莲花县", [
        ("莲花县人民政府关于喻建新等同志任免职务的通知", "2022年3月9日", "2022-03-09", "莲府任字〔2022〕3号",
         "county government 任免 notice by sections (一、任命 / 二、免去): four 副职 试用期一年, two 免去 (另有任用, 退休)")]),
    "eb04_luxi.txt": (2023, "发布时间：2023-06-29 18:12", "芦溪县", [
        ("县人大常委会举行宪法宣誓仪式", "6月29日上午", "2023-06-29", "6月29日上午，县十八届",
         "county 融媒体 page: 宪法宣誓仪式 after the session (主任 主持并监誓; 县长 易雪松 now; two new department heads sworn)")]),
    "eb05_pingxiang.txt": (2023, "2023年9月28日　星期四", "萍乡市", [
        ("市十六届人大常委会举行第十五次会议", "9月27日", "2023-09-27", "本报讯（记者 李秋云）9月27日",
         "city paper 第02版: 市人大常委会 session: 辞去 a 副市长, 任命 the former 芦溪县委书记 副市长 and the 公示's 副局长 财政局局长, 免去 the former 局长")]),
    "eb06_cili.txt": (2022, "发布时间：2022-04-20 10:05", "慈利县", [
        ("慈利县人民政府关于向晓峰等同志任免职务的通知", "2022年4月19日", "2022-04-19", "慈政任〔2022〕5号",
         "county government 任免 notice as one paragraph: four 副职 试用期一年, one 免去 (退休)")]),
    "eb07_cili.txt": (2023, "发布时间：2023-09-12 09:30", "慈利县", [
        ("县管干部任前公示", "2023年9月11日", "2023-09-11", "根据《党政领导干部选拔任用工作条例》等有关规定",
         "县委组织部 任前公示 table extracted one cell a line; cells without the county; 现任 财政局局长 / 街道党工委书记 / 农业农村局副局长 / 街道办事处副主任")]),
    "eb08_cili.txt": (2023, "发布时间：2023-12-27 16:40", "慈利县", [
        ("县十八届人大常委会举行第十五次会议", "12月26日上午", "2023-12-26", "12月26日上午，县十八届",
         "county 人大 site: the session (主任 主持, 副主任 出席, 组织部部长 列席; 溇水 report; 宪法宣誓)"),
        ("慈利县人民代表大会常务委员会任免名单", "2023年12月26日", "2023-12-26", "（2023年12月26日慈利县",
         "its 任免名单: 决定接受 a 副县长's resignation, 决定任命 the 财政局局长 副县长 and a new 局长, 决定免去, 任命 a court 副院长")]),
    "eb09_cili.txt": (2024, "2024年4月18日　星期四", "慈利县", [
        ("宋立华到江垭镇调研防汛备汛和产业发展工作", "4月17日", "2024-04-17", "本报讯（记者 覃思雨 通讯员 向佳琪）4月17日",
         "city paper 第03版: the new 副县长's 调研 in 江垭镇 with its 书记 and the new 镇长 (the 公示's 拟任)")]),
    "eb10_zhangjiajie.txt": (2022, "发布日期：2022-08-16", "张家界市", [
        ("张家界市人民政府关于喻建新等同志职务任免的通知", "2022年8月15日", "2022-08-15", "各区县人民政府",
         "市政府 信息公开 page (索引号 / 发文字号 block): 任免 notice: 副秘书长, 办公室副主任, 副局长, 分局局长, 发改委副主任; two 免去")]),
}

_E1 = "1.文昌明，男，汉族，1974年2月生，江西分宜人，在职研究生学历，中共党员，现任芦溪县委书记"
_E2 = "2.黎晓芸，女，汉族，1981年4月生，江西萍乡人，大学学历，中共党员，现任湘东区委常委、组织部部长"
_E3 = "3.敖鹏飞，男，汉族，1983年12月生，江西莲花人，硕士研究生学历，中共党员，现任萍乡经济技术开发区党工委委员、管委会副主任"
_E4 = "4.袁继明，男，汉族，1976年8月生，湖南醴陵人，大学学历，中共党员，现任萍乡市财政局党组成员、副局长"
_YXS02 = "决定任命易雪松为芦溪县人民政府副县长、代理县长"
_R1 = "1\n宋立华\n男\n1979.06\n湖南慈利\n在职研究生\n县财政局党组书记、局长"
_R2 = "2\n田玉梅\n女\n1982.11\n湖南桑植\n大学\n零阳街道党工委书记"
_R3 = "3\n向晓峰\n男\n1986.07\n湖南慈利\n大学\n县农业农村局副局长"
_R4 = "4\n康伟民\n男\n1988.03\n湖南张家界\n硕士研究生\n零阳街道办事处副主任"
_ZWT = "钟婉婷为慈利县人民法院副院长、审判委员会委员、审判员"
_JY = "镇党委副书记、镇长向晓峰陪同调研"
_PX, _LX, _CL, _ZJJ = "萍乡市", "芦溪县", "慈利县", "张家界市"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 萍乡
    "eb:文昌明": ("文昌明", "official", _PX, [
        ("eb02", "芦溪县委", "书记", "县委书记文昌明到会并讲话", "2021-04: 县委书记; his resignation as 芦溪县长 is accepted (辞去: no line)"),
        ("eb01", "芦溪县委", "书记", _E1, "2023-08: 现任 on the 公示; 拟提名为萍乡市人民政府副市长人选 is no holding"),
        ("eb05", f"{_PX}政府", "副市长", "决定任命文昌明为萍乡市人民政府副市长", "2023-09: 决定任命 (identity case: 芦溪县长 → 县委书记 → 萍乡市副市长)")], []),
    "eb:黎晓芸": ("黎晓芸", "official", "湘东区", [
        ("eb01", "湘东区委", "常委", _E2, "现任; 拟任 市直单位正职 names no org"),
        ("eb01", "湘东区委组织部", "部长", _E2, "湘东区 is one district in China: no city prefix")], []),
    "eb:敖鹏飞": ("敖鹏飞", "official", _PX, [
        ("eb01", "萍乡经开区党工委", "委员", _E3, "现任; 萍乡经济技术开发区 folded to 萍乡经开区; 拟任 上栗县委常委 is no holding"),
        ("eb01", "萍乡经开区管委会", "副主任", _E3, None)], []),
    "eb:袁继明": ("袁继明", "official", _PX, [
        ("eb01", f"{_PX}财政局党组", "成员", _E4, "2023-08: 现任; 拟提名为萍乡市财政局局长人选 is no holding"),
        ("eb01", f"{_PX}财政局", "副局长", _E4, None),
        ("eb05", f"{_PX}财政局", "局长", "决定任命袁继明为萍乡市财政局局长", "2023-09: the 公示's 拟提名 comes true")], []),
    "eb:刘佩兰": ("刘佩兰", "official", _LX, [
        ("eb02", f"{_LX}人大常委会", "主任", "县人大常委会主任刘佩兰主持会议", "2021-04"),
        ("eb04", f"{_LX}人大常委会", "主任", "县人大常委会主任刘佩兰主持仪式并监誓", "2023-06")], []),
    "eb:贺春生": ("贺春生", "official", _LX, [
        ("eb02", f"{_LX}人大常委会", "副主任", "副主任贺春生、晏红梅出席会议", "list after one title")], []),
    "eb:晏红梅": ("晏红梅", "official", _LX, [
        ("eb02", f"{_LX}人大常委会", "副主任", "副主任贺春生、晏红梅出席会议", "2021-04"),
        ("eb04", f"{_LX}人大常委会", "副主任", "县人大常委会副主任晏红梅、钟春华出席仪式", "2023-06")], []),
    "eb:钟春华": ("钟春华", "official", _LX, [
        ("eb04", f"{_LX}人大常委会", "副主任", "县人大常委会副主任晏红梅、钟春华出席仪式", None)], []),
    "eb:易雪松": ("易雪松", "official", _LX, [
        ("eb02", "芦溪县委", "副书记", "县委副书记易雪松", "2021-04: in the 列席 list"),
        ("eb02", f"{_LX}政府", "副县长", _YXS02, "决定任命 (2021-04)"),
        ("eb02", f"{_LX}政府", "代理县长", _YXS02, "代理县长 as written; the oath sentence repeats it (no second line)"),
        ("eb04", "芦溪县委", "副书记", "县委副书记、县长易雪松", "2023-06"),
        ("eb04", f"{_LX}政府", "县长", "县委副书记、县长易雪松", "2023-06: now 县长")], []),
    "eb:巫丽华": ("巫丽华", "official", _LX, [
        ("eb02", "芦溪县委", "常委", "县委常委、组织部部长巫丽华", "2021-04"),
        ("eb02", "芦溪县委组织部", "部长", "县委常委、组织部部长巫丽华", None),
        ("eb04", "芦溪县委", "常委", "县委常委、组织部部长巫丽华", "2023-06"),
        ("eb04", "芦溪县委组织部", "部长", "县委常委、组织部部长巫丽华", None)], []),
    "eb:漆国强": ("漆国强", "official", _LX, [
        ("eb02", f"{_LX}财政局", "局长", "决定任命漆国强为芦溪县财政局局长", "arrival on the post 邬建华 leaves (免去)")], []),
    "eb:邬建华": ("邬建华", "official", _LX, [], ["eb02"]),
    "eb:欧阳霁": ("欧阳霁", "official", _LX, [
        ("eb04", f"{_LX}教育局", "局长", "决定任命的县教育局局长欧阳霁", "DECIDED HERE: appointed at the session whose 闭幕 is the occasion of the 宣誓仪式")], []),
    "eb:蔡雨晴": ("蔡雨晴", "official", _LX, [
        ("eb04", f"{_LX}卫生健康委员会", "主任", "县卫生健康委员会主任蔡雨晴", "as written")], []),
    "eb:喻建新#1": ("喻建新", "official", "莲花县", [
        ("eb03", "莲花县水利局", "副局长", "喻建新为莲花县水利局副局长（试用期一年）", "莲花县 (江西), 2022; 试用期一年; not the 喻建新 of 张家界 (eb10)")], []),
    "eb:尹小燕": ("尹小燕", "official", "莲花县", [
        ("eb03", "莲花县政府办公室", "副主任", "尹小燕为莲花县人民政府办公室副主任（试用期一年）", "人民政府办公室 → 政府办公室")], []),
    "eb:颜志坚": ("颜志坚", "official", "莲花县", [
        ("eb03", "莲花县应急管理局", "副局长", "颜志坚为莲花县应急管理局副局长（试用期一年）", None)], []),
    "eb:谢文辉": ("谢文辉", "official", "莲花县", [
        ("eb03", "莲花县发展和改革委员会", "副主任", "谢文辉为莲花县发展和改革委员会副主任（试用期一年）", "as written")], []),
    "eb:朱德林": ("朱德林", "official", "莲花县", [], ["eb03"]),
    "eb:贺兰英": ("贺兰英", "official", "莲花县", [], ["eb03"]),
    "eb:甘慧群": ("甘慧群", "official", _PX, [
        ("eb05", f"{_PX}人大常委会", "主任", "市人大常委会主任甘慧群主持会议", None)], []),
    "eb:黄绍光": ("黄绍光", "official", _PX, [
        ("eb05", f"{_PX}人大常委会", "副主任", "副主任黄绍光、邹美华、彭启坚出席会议", "list after one title")], []),
    "eb:邹美华": ("邹美华", "official", _PX, [
        ("eb05", f"{_PX}人大常委会", "副主任", "副主任黄绍光、邹美华、彭启坚出席会议", None)], []),
    "eb:彭启坚": ("彭启坚", "official", _PX, [
        ("eb05", f"{_PX}人大常委会", "副主任", "副主任黄绍光、邹美华、彭启坚出席会议", None)], []),
    "eb:钟海波": ("钟海波", "official", _PX, [
        ("eb05", f"{_PX}政府", "副市长", "副市长钟海波", "列席")], []),
    "eb:史永康": ("史永康", "official", _PX, [], ["eb05"]),
    "eb:胡国良": ("胡国良", "official", _PX, [], ["eb05"]),
    # ---- 张家界
    "eb:向晓峰": ("向晓峰", "official", _CL, [
        ("eb06", f"{_CL}农业农村局", "副局长", "向晓峰同志任慈利县农业农村局副局长，试用期一年", "2022-04: appointed on trial"),
        ("eb07", f"{_CL}农业农村局", "副局长", _R3, "2023-09: 现任 cell; 拟任 江垭镇党委副书记 and 提名为江垭镇镇长候选人 are no holdings"),
        ("eb09", f"{_CL}江垭镇党委", "副书记", _JY, "2024-04: the 公示's 拟任 comes true"),
        ("eb09", f"{_CL}江垭镇政府", "镇长", _JY, None)], []),
    "eb:卓丽娟": ("卓丽娟", "official", _CL, [
        ("eb06", f"{_CL}文化旅游广电体育局", "副局长", "卓丽娟同志任慈利县文化旅游广电体育局副局长，试用期一年", "as written")], []),
    "eb:康伟民": ("康伟民", "official", _CL, [
        ("eb06", f"{_CL}零阳街道办事处", "副主任", "康伟民同志任慈利县零阳街道办事处副主任，试用期一年", "2022-04"),
        ("eb07", f"{_CL}零阳街道办事处", "副主任", _R4, "2023-09: 现任 cell without the county; 拟任 通津铺镇 posts are no holdings")], []),
    "eb:麻春燕": ("麻春燕", "official", _CL, [
        ("eb06", f"{_CL}水利局", "副局长", "麻春燕同志任慈利县水利局副局长，试用期一年", None)], []),
    "eb:覃国安": ("覃国安", "official", _CL, [], ["eb06"]),
    "eb:宋立华": ("宋立华", "official", _CL, [
        ("eb07", f"{_CL}财政局党组", "书记", _R1, "2023-09: 现任 cell; 拟提名为县人民政府副县长人选 is no holding"),
        ("eb07", f"{_CL}财政局", "局长", _R1, None),
        ("eb08", f"{_CL}政府", "副县长", "宋立华为慈利县人民政府副县长", "2023-12: 决定任命 (article 2); his 局长 is 免去 in the same list (no line)"),
        ("eb09", f"{_CL}政府", "副县长", "慈利县副县长宋立华到江垭镇调研", "2024-04")], []),
    "eb:田玉梅": ("田玉梅", "official", _CL, [
        ("eb07", f"{_CL}零阳街道党工委", "书记", _R2, "现任 cell without the county; 拟任 县直单位正职 names no org")], []),
    "eb:邓先春": ("邓先春", "official", _CL, [
        ("eb08", f"{_CL}人大常委会", "主任", "县人大常委会主任邓先春主持会议", None)], []),
    "eb:吴昌明": ("吴昌明", "official", _CL, [
        ("eb08", f"{_CL}人大常委会", "副主任", "副主任吴昌明、杜丽萍出席会议", None)], []),
    "eb:杜丽萍": ("杜丽萍", "official", _CL, [
        ("eb08", f"{_CL}人大常委会", "副主任", "副主任吴昌明、杜丽萍出席会议", None)], []),
    "eb:熊绍刚": ("熊绍刚", "official", _CL, [
        ("eb08", "慈利县委", "常委", "县委常委、组织部部长熊绍刚", None),
        ("eb08", "慈利县委组织部", "部长", "县委常委、组织部部长熊绍刚", None)], []),
    "eb:卢晓东": ("卢晓东", "official", _CL, [
        ("eb08", f"{_CL}财政局", "局长", "卢晓东为慈利县财政局局长", "决定任命: the post 宋立华 leaves")], []),
    "eb:钟婉婷": ("钟婉婷", "official", _CL, [
        ("eb08", f"{_CL}人民法院", "副院长", _ZWT, "任命 (court posts kept as written, part ab)"),
        ("eb08", f"{_CL}人民法院审判委员会", "委员", _ZWT, None),
        ("eb08", f"{_CL}人民法院", "审判员", _ZWT, "DECIDED HERE: 审判员 is a court post")], []),
    "eb:龚德华": ("龚德华", "official", _CL, [], ["eb08"]),
    "eb:尚文斌": ("尚文斌", "official", _CL, [
        ("eb09", f"{_CL}江垭镇党委", "书记", "江垭镇党委书记尚文斌", None)], []),
    "eb:喻建新#2": ("喻建新", "official", _ZJJ, [
        ("eb10", f"{_ZJJ}政府", "副秘书长", "喻建新同志任张家界市人民政府副秘书长", "张家界 (湖南), 2022; not the 喻建新 of 莲花县 (eb03)")], []),
    "eb:刘启明": ("刘启明", "official", _ZJJ, [
        ("eb10", f"{_ZJJ}政府办公室", "副主任", "刘启明同志任张家界市人民政府办公室副主任", "试用期一年")], []),
    "eb:符晓丹": ("符晓丹", "official", _ZJJ, [
        ("eb10", f"{_ZJJ}水利局", "副局长", "符晓丹同志任张家界市水利局副局长", "试用期一年")], []),
    "eb:邱振华": ("邱振华", "official", _ZJJ, [
        ("eb10", f"{_ZJJ}生态环境局桑植分局", "局长", "邱振华同志任张家界市生态环境局桑植分局局长", "a city department's county branch (bd)")], []),
    "eb:熊小兰": ("熊小兰", "official", _ZJJ, [
        ("eb10", f"{_ZJJ}发展和改革委员会", "副主任", "熊小兰同志任张家界市发展和改革委员会副主任", "试用期一年; as written")], []),
    "eb:廖长青": ("廖长青", "official", _ZJJ, [], ["eb10"]),
    "eb:谷振宇": ("谷振宇", "official", _ZJJ, [], ["eb10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("eb02", "温晓燕", "供稿", "author", "（县人大常委会办公室　温晓燕）"),
    ("eb02", "林小溪", "责任编辑", "editor", "责任编辑：林小溪"),
    ("eb04", "段海燕", "作者", "author", "作者：段海燕"),
    ("eb04", "聂文静", "编辑", "editor", "编辑：聂文静"),
    ("eb04", "罗志勤", "审核", "editor", "审核：罗志勤"),
    ("eb05", "李秋云", "记者", "reporter", "本报讯（记者 李秋云）"),
    ("eb05", "梁卫红", "责任编辑", "editor", "责任编辑：梁卫红"),
    ("eb08", "万家旺", "供稿", "author", "（县人大常委会办公室　万家旺）"),
    ("eb08", "曾凡龙", "责任编辑", "editor", "责任编辑：曾凡龙"),
    ("eb09", "覃思雨", "记者", "reporter", "本报讯（记者 覃思雨 通讯员 向佳琪）"),
    ("eb09", "向佳琪", "通讯员", "correspondent", "本报讯（记者 覃思雨 通讯员 向佳琪）"),
    ("eb09", "刘楚湘", "责任编辑", "editor", "责任编辑：刘楚湘"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("eb02", "县十七届人大常委会第四十一次会议", "session (人大常委会会议)", "4月28日上午", "刘佩兰", None, [],
     ["贺春生", "晏红梅", "文昌明", "易雪松", "巫丽华", "漆国强"], ["易雪松", "文昌明"], None,
     "4月28日上午，县十七届人大常委会第四十一次会议召开",
     ["县人大常委会主任刘佩兰主持会议", "副主任贺春生、晏红梅出席会议", "县委书记文昌明到会并讲话", "县委副书记易雪松",
      "县委常委、组织部部长巫丽华", "代理县长易雪松和漆国强面向国旗、国徽进行了宪法宣誓", "易雪松在表态发言中表示",
      "文昌明在讲话中指出"]),
    ("eb04", "县十八届人大常委会第十二次会议", "session (人大常委会会议)", "6月29日上午", None, None, [],
     [], [], None,
     "县十八届人大常委会第十二次会议闭幕后", []),
    ("eb04", "宪法宣誓仪式", "ceremony (宪法宣誓仪式)", "6月29日上午", "刘佩兰", None, ["芦溪县人大常委会"],
     ["易雪松", "巫丽华", "晏红梅", "钟春华", "欧阳霁", "蔡雨晴"], ["刘佩兰", "易雪松"], None,
     "6月29日上午，县十八届人大常委会第十二次会议闭幕后，县人大常委会举行宪法宣誓仪式",
     ["县人大常委会主任刘佩兰主持仪式并监誓", "县委副书记、县长易雪松", "县委常委、组织部部长巫丽华",
      "县人大常委会副主任晏红梅、钟春华出席仪式", "县教育局局长欧阳霁、县卫生健康委员会主任蔡雨晴走上宣誓台",
      "刘佩兰在讲话中要求", "易雪松表示"]),
    ("eb05", "市十六届人大常委会第十五次会议", "session (人大常委会会议)", "9月27日", "甘慧群", None, [],
     ["黄绍光", "邹美华", "彭启坚", "钟海波", "文昌明", "袁继明"], ["文昌明", "甘慧群"], None,
     "9月27日，市十六届人大常委会举行第十五次会议",
     ["市人大常委会主任甘慧群主持会议", "副主任黄绍光、邹美华、彭启坚出席会议", "副市长钟海波",
      "文昌明、袁继明进行了宪法宣誓", "文昌明代表新任命人员作表态发言", "甘慧群强调"]),
    ("eb08", "县十八届人大常委会第十五次会议", "session (人大常委会会议)", "12月26日上午", "邓先春", None, [],
     ["吴昌明", "杜丽萍", "熊绍刚", "宋立华", "卢晓东", "钟婉婷"], ["宋立华", "邓先春"], None,
     "12月26日上午，县十八届人大常委会举行第十五次会议",
     ["县人大常委会主任邓先春主持会议", "副主任吴昌明、杜丽萍出席会议", "县委常委、组织部部长熊绍刚",
      "宋立华、卢晓东、钟婉婷进行了宪法宣誓", "宋立华代表新任命人员作表态发言", "邓先春强调"]),
    ("eb09", "江垭镇防汛备汛和产业发展工作调研", "inspection (调研)", "4月17日", None, "宋立华", [],
     ["尚文斌", "向晓峰"], ["尚文斌", "向晓峰", "宋立华"], "江垭镇",
     "慈利县副县长宋立华到江垭镇调研防汛备汛和产业发展工作",
     ["慈利县副县长宋立华到江垭镇调研", "江垭镇党委书记尚文斌，镇党委副书记、镇长向晓峰陪同调研", "尚文斌汇报了",
      "向晓峰介绍了", "宋立华指出", "尚文斌表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("eb02", "袁河芦溪段水环境综合治理工程", "engineering_work", "关于袁河芦溪段水环境综合治理工程推进情况的报告"),
    ("eb02", "芦溪电瓷产业园二期", "industrial_park", "扎实推进芦溪电瓷产业园二期"),
    ("eb02", "武功山游客集散中心", "project", "武功山游客集散中心建设等重点工作"),
    ("eb04", "县人民医院新院区建设项目", "project", "县人民医院新院区建设项目等民生实事"),
    ("eb05", "萍水河流域综合治理工程", "engineering_work", "关于萍水河流域综合治理工程实施情况的报告"),
    ("eb08", "溇水江垭段防洪治理工程", "engineering_work", "关于溇水江垭段防洪治理工程建设情况的报告"),
    ("eb08", "慈利县城区供水改扩建工程", "infrastructure_project", "全力推进慈利县城区供水改扩建工程等民生项目"),
    ("eb09", "溇水江垭段防洪治理工程", "engineering_work", "先后来到溇水江垭段防洪治理工程施工现场"),
    ("eb09", "江垭镇万亩茶园提质改造项目", "project", "江垭镇万亩茶园提质改造项目基地"),
    ("eb09", "集镇污水管网改造工程", "infrastructure_project", "集镇污水管网改造工程现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("eb01", "芦溪县", "county", "in_title", _E1),
    ("eb01", "江西", "province", "standalone", "江西分宜人"),
    ("eb01", "分宜", "county", "standalone", "江西分宜人"),
    ("eb01", "萍乡市", "city", "in_org_reference", "拟提名为萍乡市人民政府副市长人选"),
    ("eb01", "萍乡", "city", "standalone", "江西萍乡人"),
    ("eb01", "湘东区", "district", "in_title", _E2),
    ("eb01", "莲花", "county", "standalone", "江西莲花人"),
    ("eb01", "萍乡经济技术开发区", "development_zone", "in_title", _E3),
    ("eb01", "上栗县", "county", "in_title", "拟任上栗县委常委"),
    ("eb01", "湖南", "province", "standalone", "湖南醴陵人"),
    ("eb01", "醴陵", "county_level_city", "standalone", "湖南醴陵人"),
    ("eb02", "芦溪县", "county", "in_org_reference", "决定接受文昌明辞去芦溪县人民政府县长职务的请求"),
    ("eb02", "袁河", "river", "in_project_name", "关于袁河芦溪段水环境综合治理工程推进情况的报告"),
    ("eb02", "芦溪", "county", "in_project_name", "扎实推进芦溪电瓷产业园二期"),
    ("eb02", "武功山", "mountain", "in_project_name", "武功山游客集散中心建设等重点工作"),
    ("eb03", "莲花县", "county", "in_org_reference", "喻建新为莲花县水利局副局长（试用期一年）"),
    ("eb05", "萍水河", "river", "in_project_name", "关于萍水河流域综合治理工程实施情况的报告"),
    ("eb05", "萍乡市", "city", "in_org_reference", "决定接受史永康辞去萍乡市人民政府副市长职务的请求"),
    ("eb05", "萍乡", "city", "standalone", "为推动萍乡高质量发展提供法治保障"),
    ("eb06", "慈利县", "county", "in_org_reference", "向晓峰同志任慈利县农业农村局副局长，试用期一年"),
    ("eb06", "零阳街道", "sub_district_office", "in_title", "康伟民同志任慈利县零阳街道办事处副主任，试用期一年"),
    ("eb07", "湖南", "province", "standalone", _R1),
    ("eb07", "慈利", "county", "standalone", _R1),
    ("eb07", "桑植", "county", "standalone", _R2),
    ("eb07", "张家界", "city", "standalone", _R4),
    ("eb07", "零阳街道", "sub_district_office", "in_title", _R2),
    ("eb07", "江垭镇", "town", "in_title", "江垭镇党委副书记，提名为江垭镇镇长候选人"),
    ("eb07", "通津铺镇", "town", "in_title", "通津铺镇党委委员、副镇长人选"),
    ("eb08", "溇水", "river", "in_project_name", "关于溇水江垭段防洪治理工程建设情况的报告"),
    ("eb08", "江垭", "town", "in_project_name", "关于溇水江垭段防洪治理工程建设情况的报告"),
    ("eb08", "慈利县", "county", "in_org_reference", "宋立华为慈利县人民政府副县长"),
    ("eb09", "慈利县", "county", "in_title", "慈利县副县长宋立华到江垭镇调研"),
    ("eb09", "江垭镇", "town", "standalone", "慈利县副县长宋立华到江垭镇调研"),
    ("eb09", "溇水", "river", "standalone", "溇水沿线地质灾害点多"),
    ("eb09", "江垭", "town", "in_project_name", "先后来到溇水江垭段防洪治理工程施工现场"),
    ("eb10", "张家界市", "city", "in_org_reference", "喻建新同志任张家界市人民政府副秘书长"),
    ("eb10", "桑植", "county", "in_title", "邱振华同志任张家界市生态环境局桑植分局局长"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="eb", conventions="set eb (blind set: appointment and removal pages in 江西 萍乡 (市委组织部 任前公示, 萍乡日报, 芦溪县 twice, 莲花县) and 湖南 张家界 (慈利县: a notice, a 公示 table, the 人大 site, the 张家界日报; the 市政府 notice): 人大常委会 sessions and a 任免名单 (决定任命 / 任命 are holdings; 决定接受…辞去 and 决定免去 are not; 审判员 is a court post), government 任免 notices (``X为…（试用期一年）`` / ``X同志任…`` are holdings at the 落款 date, 免去 is not), 任前公示 as prose and as a table extracted one cell a line (现任 is a holding at the 落款 date; 拟任, 提名 and 拟提名…人选 are not; cells without the county take the page's county), a 宪法宣誓仪式 page (the ceremony and the session it follows are events); bare 县 organs take the page's county; one line per post per article)",
          persons_note="Set eb persons. id = corpus-wide person_id (eb:喻建新#1 of 莲花县 (江西) and eb:喻建新#2 of 张家界市 (湖南) are two people, both appointed in 2022 notices; eb:文昌明 芦溪县委书记 2021 (resigning as 县长) and 2023 → 萍乡市副市长 2023; eb:易雪松 芦溪县委副书记、代理县长 2021 → 县长 2023; eb:袁继明 萍乡市财政局副局长 → 局长 2023; eb:向晓峰 慈利县农业农村局副局长 2022, 2023 → 江垭镇党委副书记、镇长 2024; eb:宋立华 慈利县财政局局长 2023 → 副县长 2023, 2024)")


if __name__ == "__main__":
    main()
