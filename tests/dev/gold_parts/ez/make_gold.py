"""Write gold part ``ez`` (a blind set: 信访 and safety pages — 领导干部接访日, the 信访工作联席会议, 安委会 全体会议, 安全生产
大检查, 防汛 and 森林（草原）防火 指挥部, 消防救援大队 — and the committee and 指挥部 titles county leaders hold with their posts)
from the tables below.

Pages ``tests/dev/texts/ez*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 阳新 news item of a 县安委会 第三次全体（扩大）会议 (``县长…，县委常委、
常务副县长…，副县长…出席会议``, ``县安委办和县消防救援大队分别通报了``, ``来源 / 记者 / 责编 / 审核``); the 西乡 county site
(``首 页 走进西乡 新闻中心…``, 安委会 全体（扩大）会议暨森林防灭火工作会议, ``县安委办通报``, ``县消防救援大队…作了发言``); a
``受县长、县安委会主任…委托，县委常委、副县长（常务）…主持召开…县安委会第三次全体（扩大）会议`` page with ``县安委会各副主任``;
a 开江 page of a 县安委会 第三次全体会暨…信访维稳 会议 (``县委常委、政法委书记…安排部署…安保信访维稳工作``); a 右玉 page
(``县委副书记、县长、…党工委书记、管委会主任、县安委会主任…出席县政府安委会第三次全体（扩大）会议``, ``县安委办主任、县应急
管理局局长…宣读``, ``县委常委、副县长、县安委会常务副主任…安排部署``) — the model of the title chains here; the 新绛 paper's
``县安委会召开第一次全体（扩大）会议`` (``本报讯 2月28日，…县领导…参加会议``, ``下转第四版``) and its 消防 检查 item; 隆回 /
邵阳 and 福鼎 pages of 县 / 市 leaders' 接访 (``是隆回县委副书记…在县群众来访接待中心接访的日子``; ``市委书记…在市进修学校接待
来访群众…市领导…参加接访活动``, ``当天共接待来访群众19批46人次``; a 市委书记 约访 ``副市长…参加接访活动``); a 汉中 / 邵阳
县级领导每个工作日接访 note; the 济南 市信访工作联席会议 (``省委常委、市委书记…主持并讲话``, ``市领导…参加会议``); a 和林 县长's
信访工作推进会 and a 清水 信访积案化解推进会; a 宣威 安委会 page (part cs read it too); a 夏邑 page (``来源：县广电局 发布时间：
… 浏览次数： 【字体：``, a 副县长's 消防安全检查, ``终审：``); an 濮阳 消防 夜查 (``市消防救援支队支队长…一同检查``); a county
page of a 森林防火 检查 (``县森林防火指挥部副指挥、县政府副县长…、县森林防火指挥部副指挥县林业局局长…带领县防火办``); a 长岭镇
森林防火 督查 page (``县委常委、常务副县长…到…开展森林防火督查``) and a 禄劝 茂山镇 森林防火现场会 (``索引号 / 发布机构 / 发布日期``); the 台前 防汛现场会 page (part at read it too);
a 舒兰 防汛指挥部工作会议 page (``编辑/… 责任编辑/…``); 临朐, 单县 and 本溪 pages of 县长 / 常务副县长 安全生产 检查 (``带领县安监局
和公安局工作人员``). Places are real and new to the corpus: 山西 长治 (平顺县 with 青羊镇, 石城镇, 西沟乡, 虹梯关乡, 通天峡, 天脊山;
壶关县 with 龙泉镇, 百尺镇, 太行山大峡谷八泉峡), 安徽 宣城 (旌德县 with 白地镇, 庙首镇, 旌阳镇, 江村, 徽水河; 绩溪县 with 登源河,
扬之河, 华阳), 福建 南平 (松溪县 with 郑墩镇, 渭田镇, 松源街道), 云南 普洱 (景东彝族自治县 with 锦屏镇, 漫湾镇, 太忠镇, 无量山,
哀牢山), 吉林 通化 (辉南县 with 朝阳镇, 辉发河, 三统河), 河北 石家庄 (赞皇县 with 院头镇, 嶂石岩镇, 嶂石岩).

Shapes: a county site's 县安委会 全体（扩大）会议 with the 县长 as 安委会主任, the 常务副县长 as 常务副主任 (主持), the 安委办主任
who heads the 应急管理局, a 副县长、公安局局长 and the 消防救援大队大队长 (ez01); a city paper's 第01版 (two-line headline) of the
市长's ``四不两直`` 安全生产 检查 in two counties with both counties' 书记 / 县长, the 副市长, the 市政府秘书长 and the 市应急管理局
局长 (ez02); a county site's 领导干部接访日 report of the 县委书记 (the former 平顺 县长) with the 政法委书记, a 副县长, the 信访局
局长 and a town secretary (ez03); a county site with an 信息公开 header (索引号 / 发布机构 / 发文日期) of the 县长-指挥长's 森林防火
检查 with the 副指挥长, the 林业局局长 who heads the 指挥部办公室, the 应急管理局局长 and the 消防救援大队大队长 (ez04); a city paper's
第A02版 holding two county items: a 防汛会商调度会 chaired by the 县长-指挥长 with the former 旌德 副县长 now 常务副县长 and
常务副指挥长, and the 旌德 县委书记 (the former 县长) at his 接访日 (ez05); a county site's 县信访工作联席会议 全体成员会议 chaired by
its 召集人 (the 县委副书记), with the 副召集人 (政法委书记), the 信访局局长 and the 人社局局长 (ez06); a city paper's 第03版 of the
县委书记's 岁末年初 安全生产大检查 with the former 信访局局长 now 副县长, the 应急管理局局长 and the 消防救援大队大队长 (ez07); a
portal (普洱新闻网) repost of a 县融媒体 item: a 森林草原防灭火 meeting of an 自治县 where the 书记 and the 县长 are both 指挥长
(ez08); a county site's 防汛会商调度会 of the 县长-指挥长 and his 堤防 检查 after it (ez09); a county WeChat account's
安全生产大检查 by the 县委书记 with the 常务副县长 as 安委会常务副主任 (ez10).

Identity cases:
- ez:牛建峰 moves from 县长 to 书记 of another county of 长治: 平顺县委副书记、县长、县安委会主任 in June 2022 (ez01); 平顺县委
  副书记、县长 in May 2023 (ez02, in the 长治日报); 壶关县委书记 in March 2024 (ez03).
- ez:程晓筠 moves between two counties of 宣城: 旌德县副县长 and 旌德县森林防火指挥部副指挥长 in March 2021 (ez04); 绩溪县委常委、
  常务副县长 and 绩溪县防汛抗旱指挥部常务副指挥长 in June 2023 (ez05).
- ez:汪立恒, a 县长 who becomes 书记: 旌德县委副书记、县长、县森林防火指挥部指挥长 in March 2021 (ez04); 旌德县委书记 in June 2023
  (ez05, article 2).
- ez:游建铭, a 信访局局长 who becomes 副县长: 松溪县信访局局长 in Sept 2021 (ez06); 松溪县 副县长 in Jan 2024 (ez07).
- two different 苗庆丰 in unrelated places: ez:苗庆丰#1 is 赞皇县应急管理局局长 (河北, ez10, Dec 2022); ez:苗庆丰#2 is 辉南县消防
  救援大队大队长 (吉林, ez09, July 2024).
- one organ name of different places: bare ``县安委会`` is 平顺's (ez01) and 赞皇's (ez10); ``县消防救援大队`` is 平顺's (ez01),
  旌德's (ez04), 松溪's (ez07), 景东's (ez08), 辉南's (ez09) and 赞皇's (ez10); ``县信访局`` is 壶关's (ez03), 旌德's (ez05) and
  松溪's (ez06); ``县应急管理局`` six counties'; ``县委常委、政法委书记`` is 壶关's (ez03), 旌德's (ez05) and 松溪's (ez06); bare
  ``县委副书记、县长`` after ``平顺县委书记`` / ``壶关县委书记`` on the 长治日报 page is each county's in its paragraph (ez02).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts at, bc, cn, co, ei where they speak; decided here where they are silent):
- Title chains split at ``、``: ``县委副书记、县长`` → X县委 副书记 + X县政府 县长; ``县委常委、常务副县长`` → X县委 常委 + X县政府
  常务副县长; ``县委常委、政法委书记`` → X县委 常委 + X县委政法委 书记 (as bc); ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局
  局长 (as bi, cn); ``市委副书记、市长`` → 长治市委 副书记 + 长治市政府 市长; ``市政府秘书长`` → 长治市政府 秘书长 (as z, bc).
- The 防汛抗旱指挥部 and the 森林防火 / 森林草原防灭火 指挥部 are bodies of their county (part at): 指挥长 / 常务副指挥长 /
  副指挥长 are posts of X县…指挥部 with the 指挥部's name as written; ``…局局长、县…指挥部办公室主任`` → the 局 局长 + X县…指挥部
  办公室 主任 (part at). DECIDED HERE: where the 县委书记 and the 县长 are both written ``县森林草原防灭火指挥部指挥长`` (ez08, the
  云南 双指挥长 system) each gets the 指挥长 line.
- DECIDED HERE (安委会): the 县安全生产委员会 (written ``县安委会``) is a standing body of the county like the 指挥部: its 主任 and
  常务副主任 are posts of X县安委会, the short name kept as written (as part at keeps each 指挥部's wording): ``县委副书记、县长、
  县安委会主任牛建峰`` → 平顺县委 副书记 + 平顺县政府 县长 + 平顺县安委会 主任; ``县委常委、常务副县长、县安委会常务副主任`` → X县委
  常委 + X县政府 常务副县长 + X县安委会 常务副主任. ``县安委办主任、县应急管理局局长申海波`` → 平顺县安委办 主任 (the 安委会's
  office, as at's 指挥部办公室, short form as written) + 平顺县应急管理局 局长. ``市安委会第三督导组`` names nobody: no line.
- DECIDED HERE (信访工作联席会议): the 县信访工作联席会议 is a standing coordination body; its 召集人 and 副召集人 are posts of
  X县信访工作联席会议 (as part cn makes a 领导小组's 组长 a post): ``县委副书记、县信访工作联席会议召集人魏承志`` → 松溪县委 副书记 +
  松溪县信访工作联席会议 召集人; ``县委常委、政法委书记、县信访工作联席会议副召集人范丽清`` → 松溪县委 常委 + 松溪县委政法委 书记 +
  松溪县信访工作联席会议 副召集人.
- ``县消防救援大队大队长`` → X县消防救援大队 大队长 (parts bi, cn, ei); ``县信访局局长`` → X县信访局 局长 (bc); departments as
  written after the county: ``县人社局局长`` → 松溪县人社局 局长, ``县林业和草原局局长`` → 景东彝族自治县林业和草原局 局长, 县气象局,
  县水利局, 县林业局, 县应急管理局. A town's ``镇党委书记`` → county label + town + 党委 (壶关县百尺镇党委, 旌德县白地镇党委, 辉南县
  朝阳镇党委).
- Bare organs take the page's place: on each county site and account that county's; in the city papers the county written
  just before (``平顺县委书记栗文斌，县委副书记、县长牛建峰`` → 平顺; ``绩溪县委副书记、县长…。县委常委、常务副县长…`` → 绩溪;
  ``松溪县委书记卓立勋…，副县长游建铭，县应急管理局局长…`` → 松溪) and bare 市 = the paper's city (长治). The 景东 labels are the
  full name ``景东彝族自治县`` (as parts by, as: 自治县 keep their full name): 景东彝族自治县委, 景东彝族自治县政府, …
- Events: the 安委会 全体会议, the 信访工作联席会议, the 森林草原防灭火 meeting and the 防汛会商调度会 are meetings (chair: who 主持;
  attendees: 出席, and who ``出席会议并讲话`` is an attendee and a speaker; speakers: 通报 / 汇报 / 作了说明 / 作了安排 / 安排部署 /
  强调 / 要求 / 表示; organizer only when ``X召开`` names it). 检查 / 安全生产大检查 is an ``inspection`` (leader: who 带队 / 深入;
  参加检查 / 陪同检查 attendees; 汇报 / 介绍 / 抽查…作了介绍 / 强调 / 要求 / 表示 speakers). A reception on a 接访日 is a ``reception
  (接访)`` as part bc decided (leader: who receives; 参加接访 attendees; place: the 来访接待中心 as written). DECIDED HERE: the 堤防
  检查 ``会后`` a 会商调度会 (ez09) is an inspection of its own, dated by the meeting's date (as ei's 座谈会 after a visit, the other
  way round). DECIDED HERE: a town secretary named only where he 介绍 (ez03 赵立军; the 陪同接访 towns are unnamed ``主要负责同志``)
  is a speaker, not an attendee.
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; ``记者：`` reporter; ``作者：`` on a county site or a portal an author
  line (ei); ``（县融媒体中心　记者：…）`` reporter; 编辑 / 责任编辑 / 审核 editor lines; DECIDED HERE: one person written both ``编辑：``
  and ``【责任编辑：…】`` on one page (ez08) gives one editor line.
- Projects: works named as under way or to be pushed: 旅游公路改造工程, 燃气管网 / 集中供热管网改造工程, 森林防火应急道路工程
  ``infrastructure_project``; 棚户区改造项目 and 安置房建设项目 ``housing_project``; a river's 综合治理工程 / 防洪治理工程
  ``engineering_work``; a 生物防火林带建设项目 ``greening_project``; a 林火阻隔系统建设项目 ``project``; a named 产业园 visited
  ``industrial_park``. Facilities visited without a name (采石场, 液化气储配站, 检查站, 商业综合体) are not projects.
- Places: one line per name per file as written; towns, 乡, 街道, rivers, mountains, scenic areas, a village and a nature
  reserve; places inside titles and project names count (``登源河华阳段…`` gives 华阳 too); the short form alone (``景东是…``) is a
  place as written (ei). Site lines, mastheads, 来源 lines, ``发表于河北``, footers, related-news lists (上一篇 / 下一篇, 本版其他新闻,
  相关新闻 / 相关链接, 往期推荐) are not annotated; the ``县群众来访接待中心`` is a venue of the event, not a place (bc).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

PS, HG, JD, JX, SX, JDZ, HN, ZH = "平顺县", "壶关县", "旌德县", "绩溪县", "松溪县", "景东彝族自治县", "辉南县", "赞皇县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ez01_pingshun.txt": (2022, "发布时间：2022-06-08 17:36", PS, [
        ("县安委会召开2022年第二次全体（扩大）会议", "6月7日", "2022-06-07", "6月7日，县安委会召开",
         "county site: 县安委会 全体（扩大）会议; 县长 = 安委会主任, 常务副县长 = 常务副主任 (主持), 安委办主任 = 应急管理局局长, 消防救援大队大队长")]),
    "ez02_changzhi.txt": (2023, "2023年5月18日　星期四", "长治市", [
        ("常瑞东在平顺县、壶关县检查安全生产工作时强调", "5月17日", "2023-05-17", "本报讯（记者 贾晓璐）5月17日",
         "city paper 第01版: the 市长's 四不两直 安全生产 检查 in 平顺县 and 壶关县 with both counties' 书记 / 县长")]),
    "ez03_huguan.txt": (2024, "日期：2024-03-16 09:12", HG, [
        ("牛建峰到县群众来访接待中心接待来访群众", "3月15日", "2024-03-15", "3月15日是我县县级领导干部接访日",
         "county site: 领导干部接访日; the 县委书记 (former 平顺 县长) receives petitioners with the 政法委书记, a 副县长, the 信访局局长")]),
    "ez04_jingde.txt": (2021, "发布时间：2021-03-19 16:42", JD, [
        ("汪立恒带队检查清明节前森林防火工作", "3月18日", "2021-03-18", "3月18日，县委副书记",
         "county site (信息公开 header): the 县长-指挥长's 森林防火 检查; 副指挥长; 林业局局长 = 指挥部办公室主任; 消防救援大队大队长")]),
    "ez05_xuancheng.txt": (2023, "2023年6月21日　星期三", "宣城市", [
        ("绩溪县召开防汛会商调度会", "6月20日", "2023-06-20", "本报讯（记者 程佳慧 通讯员 胡泽宇）6月20日",
         "city paper 第A02版: 绩溪 防汛会商调度会 of the 县长-指挥长; the former 旌德 副县长 now 常务副县长、常务副指挥长"),
        ("旌德县委书记汪立恒接访来访群众", "6月20日", "2023-06-20", "本报讯（通讯员 孙启航）6月20日",
         "city paper 第A02版: the 旌德 县委书记 (the former 县长) at his 接访日")]),
    "ez06_songxi.txt": (2021, "发布时间：2021-09-24 10:05", SX, [
        ("我县召开县信访工作联席会议全体成员会议", "9月23日", "2021-09-23", "9月23日，我县召开",
         "county site: 县信访工作联席会议 全体成员会议 (召集人 = 县委副书记 主持; 副召集人 = 政法委书记); 信访局局长 通报")]),
    "ez07_nanping.txt": (2024, "2024年1月11日　星期四", SX, [
        ("卓立勋带队开展岁末年初安全生产大检查", "1月9日", "2024-01-09", "本报讯（记者 黄嘉琪 通讯员 魏晓霖）1月9日",
         "city paper 第03版: the 松溪 县委书记's 安全生产大检查; the former 信访局局长 now 副县长; 应急管理局局长; 消防救援大队大队长")]),
    "ez08_jingdong.txt": (2023, "2023-02-15 18:26:41", JDZ, [
        ("景东县召开2023年森林草原防灭火工作会议", "2月14日", "2023-02-14", "2月14日，景东彝族自治县召开",
         "portal repost: 自治县 森林草原防灭火 meeting; 书记 and 县长 both 指挥长; 常务副指挥长; 应急管理局局长 = 指挥部办公室主任")]),
    "ez09_huinan.txt": (2024, "发布时间：2024-07-29 21:18", HN, [
        ("隋振军主持召开防汛会商调度会并检查辉发河防汛工作", "7月28日", "2024-07-28", "7月28日，县委副书记",
         "county site: 防汛会商调度会 of the 县长-指挥长 and his 堤防 检查 after it; 消防救援大队大队长 苗庆丰#2")]),
    "ez10_zanhuang.txt": (2022, "2022-12-08 18:30", ZH, [
        ("岁末年初安全生产大检查｜吴庆安带队检查", "12月7日", "2022-12-07", "12月7日，县委书记吴庆安",
         "county WeChat account: the 县委书记's 安全生产大检查; 常务副县长 = 安委会常务副主任; 应急管理局局长 苗庆丰#1")]),
}

_E01_NIU = "县委副书记、县长、县安委会主任牛建峰"
_E01_GAO = "县委常委、常务副县长、县安委会常务副主任郜志明"
_E01_JIN = "副县长、县公安局局长靳卫国"
_E01_SHEN = "县安委办主任、县应急管理局局长申海波"
_E04_WANG = "县委副书记、县长、县森林防火指挥部指挥长汪立恒"
_E04_CHENG = "副县长、县森林防火指挥部副指挥长程晓筠"
_E04_LV = "县林业局局长、县森林防火指挥部办公室主任吕国强"
_E05_ZHANG = "绩溪县委副书记、县长、县防汛抗旱指挥部指挥长章伟东"
_E05_CHENG = "县委常委、常务副县长、县防汛抗旱指挥部常务副指挥长程晓筠"
_E05_SHAO = "县应急管理局局长、县防汛抗旱指挥部办公室主任邵建川"
_E06_WEI = "县委副书记、县信访工作联席会议召集人魏承志"
_E06_FAN = "县委常委、政法委书记、县信访工作联席会议副召集人范丽清"
_E08_LU = "县委书记、县森林草原防灭火指挥部指挥长鲁文彪"
_E08_QI = "县委副书记、县长、县森林草原防灭火指挥部指挥长杞云松"
_E08_TAO = "县委常委、副县长、县森林草原防灭火指挥部常务副指挥长陶建勋"
_E08_LUO = "县应急管理局局长、县森林草原防灭火指挥部办公室主任罗德华"
_E09_SUI = "县委副书记、县长、县防汛抗旱指挥部指挥长隋振军"
_E09_JU = "副县长、县防汛抗旱指挥部副指挥长鞠海燕"
_E10_XING = "县委常委、常务副县长、县安委会常务副主任邢晓光"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 长治: 平顺县, 壶关县, the city
    "ez:牛建峰": ("牛建峰", "official", "长治市", [
        ("ez01", PS + "委", "副书记", _E01_NIU, "2022-06 (identity case: 壶关县委书记 in 2024, ez03)"),
        ("ez01", PS + "政府", "县长", _E01_NIU, None),
        ("ez01", PS + "安委会", "主任", _E01_NIU, "DECIDED HERE: the 县安委会's 主任 is a post of X县安委会 (short name as written)"),
        ("ez02", PS + "委", "副书记", "县委副书记、县长牛建峰陪同检查", "2023-05: bare 县委 right after 平顺县委书记 in the 长治日报"),
        ("ez02", PS + "政府", "县长", "县委副书记、县长牛建峰陪同检查", None),
        ("ez03", HG + "委", "书记", "县委书记牛建峰到县群众来访接待中心", "2024-03: now 壶关县委书记 (bare 县委 on the 壶关 site)")], []),
    "ez:郜志明": ("郜志明", "official", PS, [
        ("ez01", PS + "委", "常委", _E01_GAO, None),
        ("ez01", PS + "政府", "常务副县长", _E01_GAO, None),
        ("ez01", PS + "安委会", "常务副主任", _E01_GAO, "DECIDED HERE: 安委会 常务副主任")], []),
    "ez:靳卫国": ("靳卫国", "official", PS, [
        ("ez01", PS + "政府", "副县长", _E01_JIN, None),
        ("ez01", PS + "公安局", "局长", _E01_JIN, None)], []),
    "ez:申海波": ("申海波", "official", PS, [
        ("ez01", PS + "安委办", "主任", _E01_SHEN, "DECIDED HERE: the 安委会's office, short form as written (as at's 指挥部办公室)"),
        ("ez01", PS + "应急管理局", "局长", _E01_SHEN, None)], []),
    "ez:暴宏凯": ("暴宏凯", "official", PS, [
        ("ez01", PS + "消防救援大队", "大队长", "县消防救援大队大队长暴宏凯", "bare 县消防救援大队 = 平顺's here")], []),
    "ez:常瑞东": ("常瑞东", "official", "长治市", [
        ("ez02", "长治市委", "副书记", "市委副书记、市长常瑞东以", "named in the headline too"),
        ("ez02", "长治市政府", "市长", "市委副书记、市长常瑞东以", None)], []),
    "ez:宋立文": ("宋立文", "official", "长治市", [
        ("ez02", "长治市政府", "副市长", "副市长宋立文", None)], []),
    "ez:冯志刚": ("冯志刚", "official", "长治市", [
        ("ez02", "长治市政府", "秘书长", "市政府秘书长冯志刚", None)], []),
    "ez:裴永红": ("裴永红", "official", "长治市", [
        ("ez02", "长治市应急管理局", "局长", "市应急管理局局长裴永红", None)], []),
    "ez:栗文斌": ("栗文斌", "official", PS, [
        ("ez02", PS + "委", "书记", "平顺县委书记栗文斌", None)], []),
    "ez:秦国华": ("秦国华", "official", HG, [
        ("ez02", HG + "委", "书记", "壶关县委书记秦国华", "2023-05: 牛建峰's predecessor")], []),
    "ez:侯丽萍": ("侯丽萍", "official", HG, [
        ("ez02", HG + "委", "副书记", "县委副书记、县长侯丽萍陪同检查", "bare 县委 right after 壶关县委书记"),
        ("ez02", HG + "政府", "县长", "县委副书记、县长侯丽萍陪同检查", None)], []),
    "ez:原晓军": ("原晓军", "official", HG, [
        ("ez03", HG + "委", "常委", "县委常委、政法委书记原晓军", None),
        ("ez03", HG + "委政法委", "书记", "县委常委、政法委书记原晓军", "as bc")], []),
    "ez:郭文秀": ("郭文秀", "official", HG, [
        ("ez03", HG + "政府", "副县长", "副县长郭文秀", None)], []),
    "ez:韩志敏": ("韩志敏", "official", HG, [
        ("ez03", HG + "信访局", "局长", "县信访局局长韩志敏", None)], []),
    "ez:赵立军": ("赵立军", "official", HG, [
        ("ez03", HG + "百尺镇党委", "书记", "百尺镇党委书记赵立军", None)], []),
    # ---- 宣城: 旌德县, 绩溪县
    "ez:汪立恒": ("汪立恒", "official", JD, [
        ("ez04", JD + "委", "副书记", _E04_WANG, "2021-03 (identity case: 旌德县委书记 in 2023, ez05)"),
        ("ez04", JD + "政府", "县长", _E04_WANG, None),
        ("ez04", JD + "森林防火指挥部", "指挥长", _E04_WANG, "the 指挥部 as written (part at)"),
        ("ez05", JD + "委", "书记", "旌德县委书记汪立恒在县群众来访接待中心", "2023-06, article 2: now 县委书记 (named in the headline too)")], []),
    "ez:程晓筠": ("程晓筠", "official", "宣城市", [
        ("ez04", JD + "政府", "副县长", _E04_CHENG, "2021-03 旌德 (identity case: 绩溪 常务副县长 in 2023, ez05)"),
        ("ez04", JD + "森林防火指挥部", "副指挥长", _E04_CHENG, None),
        ("ez05", JX + "委", "常委", _E05_CHENG, "2023-06: now in 绩溪县 (bare 县委 after 绩溪县委副书记)"),
        ("ez05", JX + "政府", "常务副县长", _E05_CHENG, None),
        ("ez05", JX + "防汛抗旱指挥部", "常务副指挥长", _E05_CHENG, None)], []),
    "ez:吕国强": ("吕国强", "official", JD, [
        ("ez04", JD + "林业局", "局长", _E04_LV, None),
        ("ez04", JD + "森林防火指挥部办公室", "主任", _E04_LV, "as at's 指挥部办公室")], []),
    "ez:胡德明": ("胡德明", "official", JD, [
        ("ez04", JD + "应急管理局", "局长", "县应急管理局局长胡德明", None)], []),
    "ez:方振林": ("方振林", "official", JD, [
        ("ez04", JD + "消防救援大队", "大队长", "县消防救援大队大队长方振林", None)], []),
    "ez:许文浩": ("许文浩", "official", JD, [
        ("ez04", JD + "白地镇党委", "书记", "白地镇党委书记许文浩", None)], []),
    "ez:章伟东": ("章伟东", "official", JX, [
        ("ez05", JX + "委", "副书记", _E05_ZHANG, None),
        ("ez05", JX + "政府", "县长", _E05_ZHANG, None),
        ("ez05", JX + "防汛抗旱指挥部", "指挥长", _E05_ZHANG, None)], []),
    "ez:葛惠琳": ("葛惠琳", "official", JX, [
        ("ez05", JX + "气象局", "局长", "县气象局局长葛惠琳", None)], []),
    "ez:邵建川": ("邵建川", "official", JX, [
        ("ez05", JX + "应急管理局", "局长", _E05_SHAO, None),
        ("ez05", JX + "防汛抗旱指挥部办公室", "主任", _E05_SHAO, None)], []),
    "ez:冯立洲": ("冯立洲", "official", JX, [
        ("ez05", JX + "水利局", "局长", "县水利局局长冯立洲", None)], []),
    "ez:丁慕白": ("丁慕白", "official", JD, [
        ("ez05", JD + "委", "常委", "县委常委、政法委书记丁慕白", "article 2: bare 县委 after 旌德县委书记"),
        ("ez05", JD + "委政法委", "书记", "县委常委、政法委书记丁慕白", None)], []),
    "ez:金晓磊": ("金晓磊", "official", JD, [
        ("ez05", JD + "信访局", "局长", "县信访局局长金晓磊", None)], []),
    # ---- 南平: 松溪县
    "ez:魏承志": ("魏承志", "official", SX, [
        ("ez06", SX + "委", "副书记", _E06_WEI, None),
        ("ez06", SX + "信访工作联席会议", "召集人", _E06_WEI, "DECIDED HERE: the 联席会议's 召集人 is a post of it")], []),
    "ez:范丽清": ("范丽清", "official", SX, [
        ("ez06", SX + "委", "常委", _E06_FAN, None),
        ("ez06", SX + "委政法委", "书记", _E06_FAN, None),
        ("ez06", SX + "信访工作联席会议", "副召集人", _E06_FAN, "DECIDED HERE")], []),
    "ez:游建铭": ("游建铭", "official", SX, [
        ("ez06", SX + "信访局", "局长", "县信访局局长游建铭", "2021-09 (identity case: 副县长 in 2024, ez07)"),
        ("ez07", SX + "政府", "副县长", "副县长游建铭", "2024-01: now 副县长 (bare, after 松溪县委书记 in the 闽北日报)")], []),
    "ez:蔡永清": ("蔡永清", "official", SX, [
        ("ez06", SX + "人社局", "局长", "县人社局局长蔡永清", "as written")], []),
    "ez:卓立勋": ("卓立勋", "official", SX, [
        ("ez07", SX + "委", "书记", "松溪县委书记卓立勋带队", "named in the headline too")], []),
    "ez:叶明辉": ("叶明辉", "official", SX, [
        ("ez07", SX + "应急管理局", "局长", "县应急管理局局长叶明辉", None)], []),
    "ez:丁兆伦": ("丁兆伦", "official", SX, [
        ("ez07", SX + "消防救援大队", "大队长", "县消防救援大队大队长丁兆伦", None)], []),
    # ---- 普洱: 景东彝族自治县
    "ez:鲁文彪": ("鲁文彪", "official", JDZ, [
        ("ez08", JDZ + "委", "书记", _E08_LU, "景东 labelled with its full name"),
        ("ez08", JDZ + "森林草原防灭火指挥部", "指挥长", _E08_LU, "DECIDED HERE: 双指挥长, the 书记's line")], []),
    "ez:杞云松": ("杞云松", "official", JDZ, [
        ("ez08", JDZ + "委", "副书记", _E08_QI, None),
        ("ez08", JDZ + "政府", "县长", _E08_QI, None),
        ("ez08", JDZ + "森林草原防灭火指挥部", "指挥长", _E08_QI, "DECIDED HERE: 双指挥长, the 县长's line")], []),
    "ez:陶建勋": ("陶建勋", "official", JDZ, [
        ("ez08", JDZ + "委", "常委", _E08_TAO, None),
        ("ez08", JDZ + "政府", "副县长", _E08_TAO, None),
        ("ez08", JDZ + "森林草原防灭火指挥部", "常务副指挥长", _E08_TAO, None)], []),
    "ez:罗德华": ("罗德华", "official", JDZ, [
        ("ez08", JDZ + "应急管理局", "局长", _E08_LUO, None),
        ("ez08", JDZ + "森林草原防灭火指挥部办公室", "主任", _E08_LUO, None)], []),
    "ez:张兴旺": ("张兴旺", "official", JDZ, [
        ("ez08", JDZ + "林业和草原局", "局长", "县林业和草原局局长张兴旺", None)], []),
    "ez:普志军": ("普志军", "official", JDZ, [
        ("ez08", JDZ + "消防救援大队", "大队长", "县消防救援大队大队长普志军", None)], []),
    # ---- 通化: 辉南县
    "ez:隋振军": ("隋振军", "official", HN, [
        ("ez09", HN + "委", "副书记", _E09_SUI, "named in the headline too"),
        ("ez09", HN + "政府", "县长", _E09_SUI, None),
        ("ez09", HN + "防汛抗旱指挥部", "指挥长", _E09_SUI, None)], []),
    "ez:鞠海燕": ("鞠海燕", "official", HN, [
        ("ez09", HN + "政府", "副县长", _E09_JU, None),
        ("ez09", HN + "防汛抗旱指挥部", "副指挥长", _E09_JU, None)], []),
    "ez:关雪峰": ("关雪峰", "official", HN, [
        ("ez09", HN + "气象局", "局长", "县气象局局长关雪峰", None)], []),
    "ez:马俊臣": ("马俊臣", "official", HN, [
        ("ez09", HN + "水利局", "局长", "县水利局局长马俊臣汇报了", "written twice in the article: one line")], []),
    "ez:刘文斌": ("刘文斌", "official", HN, [
        ("ez09", HN + "应急管理局", "局长", "县应急管理局局长刘文斌", None)], []),
    "ez:苗庆丰#2": ("苗庆丰", "official", HN, [
        ("ez09", HN + "消防救援大队", "大队长", "县消防救援大队大队长苗庆丰", "辉南县 (吉林); not the 苗庆丰 of 赞皇县 (ez10)")], []),
    "ez:周明韬": ("周明韬", "official", HN, [
        ("ez09", HN + "朝阳镇党委", "书记", "朝阳镇党委书记周明韬", None)], []),
    # ---- 石家庄: 赞皇县
    "ez:吴庆安": ("吴庆安", "official", ZH, [
        ("ez10", ZH + "委", "书记", "县委书记吴庆安带队", "named in the headline and a caption too")], []),
    "ez:邢晓光": ("邢晓光", "official", ZH, [
        ("ez10", ZH + "委", "常委", _E10_XING, None),
        ("ez10", ZH + "政府", "常务副县长", _E10_XING, None),
        ("ez10", ZH + "安委会", "常务副主任", _E10_XING, "bare 县安委会 = 赞皇's here, 平顺's in ez01")], []),
    "ez:苗庆丰#1": ("苗庆丰", "official", ZH, [
        ("ez10", ZH + "应急管理局", "局长", "县应急管理局局长苗庆丰", "赞皇县 (河北); not the 苗庆丰 of 辉南县 (ez09)")], []),
    "ez:霍建邦": ("霍建邦", "official", ZH, [
        ("ez10", ZH + "消防救援大队", "大队长", "县消防救援大队大队长霍建邦", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ez01", "柏婉秋", "责任编辑", "editor", "责任编辑：柏婉秋"),
    ("ez01", "秦昊天", "审核", "editor", "审核：秦昊天"),
    ("ez02", "贾晓璐", "记者", "reporter", "本报讯（记者 贾晓璐）"),
    ("ez02", "郝丽娟", "责任编辑", "editor", "（责任编辑：郝丽娟）"),
    ("ez03", "曹宇航", "作者", "author", "作者：曹宇航"),
    ("ez03", "贺晓敏", "编辑", "editor", "编辑：贺晓敏"),
    ("ez04", "汤雨欣", "记者", "reporter", "记者：汤雨欣"),
    ("ez04", "邵晨", "编辑", "editor", "编辑：邵晨"),
    ("ez04", "戴立峰", "审核", "editor", "审核：戴立峰"),
    ("ez05", "程佳慧", "记者", "reporter", "本报讯（记者 程佳慧 通讯员 胡泽宇）"),
    ("ez05", "胡泽宇", "通讯员", "correspondent", "本报讯（记者 程佳慧 通讯员 胡泽宇）"),
    ("ez05", "孙启航", "通讯员", "correspondent", "本报讯（通讯员 孙启航）"),
    ("ez05", "吴婷萱", "责任编辑", "editor", "责任编辑：吴婷萱"),
    ("ez06", "黄思源", "责任编辑", "editor", "责任编辑：黄思源"),
    ("ez07", "黄嘉琪", "记者", "reporter", "本报讯（记者 黄嘉琪 通讯员 魏晓霖）"),
    ("ez07", "魏晓霖", "通讯员", "correspondent", "本报讯（记者 黄嘉琪 通讯员 魏晓霖）"),
    ("ez07", "陈雅琳", "责任编辑", "editor", "（责任编辑：陈雅琳）"),
    ("ez08", "李玉婷", "作者", "author", "作者：李玉婷"),
    ("ez08", "刀云娇", "责任编辑", "editor", "【责任编辑：刀云娇】"),
    ("ez09", "谷雨萌", "编辑", "editor", "编辑：谷雨萌"),
    ("ez09", "吕东升", "审核", "editor", "审核：吕东升"),
    ("ez10", "田思彤", "记者", "reporter", "记者：田思彤"),
    ("ez10", "闫梦瑶", "编辑", "editor", "编辑：闫梦瑶"),
    ("ez10", "贾振华", "审核", "editor", "审核：贾振华"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ez01", "县安委会2022年第二次全体（扩大）会议暨“安全生产月”活动启动会", "meeting (安委会全体会议)", "6月7日", "郜志明", None,
     ["平顺县安委会"], ["牛建峰", "靳卫国"], ["申海波", "暴宏凯", "靳卫国", "牛建峰", "郜志明"], None,
     "6月7日，县安委会召开2022年第二次全体（扩大）会议",
     ["县安委会主任牛建峰出席会议并讲话", "县安委会常务副主任郜志明主持会议", "县公安局局长靳卫国出席会议", "县应急管理局局长申海波通报了",
      "县消防救援大队大队长暴宏凯通报了", "靳卫国就道路交通安全", "牛建峰强调", "郜志明要求"]),
    ("ez02", "平顺县、壶关县安全生产检查", "inspection (检查)", "5月17日", None, "常瑞东", [],
     ["宋立文", "冯志刚", "裴永红", "栗文斌", "牛建峰", "秦国华", "侯丽萍"], ["牛建峰", "常瑞东", "裴永红", "宋立文"], "平顺县、壶关县",
     "市委副书记、市长常瑞东以“四不两直”方式深入平顺县、壶关县，检查安全生产大检查开展情况",
     ["市长常瑞东以“四不两直”方式深入平顺县、壶关县", "市应急管理局局长裴永红参加检查", "县长牛建峰陪同检查", "县长侯丽萍陪同检查",
      "牛建峰汇报了", "常瑞东强调", "裴永红就开展安全生产大检查", "宋立文要求"]),
    ("ez03", "县级领导干部接访日接访", "reception (接访)", "3月15日", None, "牛建峰", [],
     ["原晓军", "郭文秀", "韩志敏"], ["赵立军", "牛建峰", "原晓军"], "县群众来访接待中心",
     "县委书记牛建峰到县群众来访接待中心接待来访群众，面对面倾听群众诉求",
     ["县委书记牛建峰到县群众来访接待中心", "县信访局局长韩志敏参加接访", "赵立军介绍了", "牛建峰强调", "原晓军表示"]),
    ("ez04", "清明节前森林防火工作检查", "inspection (检查)", "3月18日", None, "汪立恒", [],
     ["程晓筠", "吕国强", "胡德明", "方振林"], ["许文浩", "吕国强", "汪立恒", "程晓筠"], "白地镇、庙首镇",
     "县森林防火指挥部指挥长汪立恒带队，深入白地镇、庙首镇检查清明节前森林防火工作",
     ["指挥长汪立恒带队", "县消防救援大队大队长方振林参加检查", "许文浩汇报了", "吕国强介绍了", "汪立恒强调", "程晓筠要求"]),
    ("ez05", "绩溪县防汛会商调度会", "meeting (会商调度会)", "6月20日", "章伟东", None, ["绩溪县"],
     ["程晓筠"], ["葛惠琳", "邵建川", "冯立洲", "章伟东", "程晓筠"], None,
     "指挥长章伟东主持召开防汛会商调度会，研判近期雨情水情",
     ["指挥长章伟东主持召开防汛会商调度会", "常务副指挥长程晓筠出席会议", "县气象局局长葛惠琳通报了", "主任邵建川通报了",
      "县水利局局长冯立洲汇报了", "章伟东强调", "程晓筠就防汛物资调配"]),
    ("ez05", "旌德县委书记接访日", "reception (接访)", "6月20日", None, "汪立恒", [],
     ["丁慕白", "金晓磊"], ["汪立恒"], "县群众来访接待中心",
     "旌德县委书记汪立恒在县群众来访接待中心开展“县委书记接访日”活动",
     ["旌德县委书记汪立恒在县群众来访接待中心", "县信访局局长金晓磊参加接访", "汪立恒强调"]),
    ("ez06", "县信访工作联席会议全体成员会议", "meeting (联席会议)", "9月23日", "魏承志", None, ["松溪县"],
     ["范丽清"], ["游建铭", "蔡永清", "魏承志", "范丽清"], None,
     "9月23日，我县召开县信访工作联席会议全体成员会议",
     ["召集人魏承志主持会议并讲话", "副召集人范丽清出席会议", "县信访局局长游建铭通报了", "县人社局局长蔡永清汇报了", "魏承志强调", "范丽清要求"]),
    ("ez07", "松溪县岁末年初安全生产大检查", "inspection (安全生产大检查)", "1月9日", None, "卓立勋", [],
     ["游建铭", "叶明辉", "丁兆伦"], ["丁兆伦", "叶明辉", "卓立勋", "游建铭"], "郑墩镇、松源街道",
     "松溪县委书记卓立勋带队开展岁末年初安全生产大检查",
     ["松溪县委书记卓立勋带队", "县消防救援大队大队长丁兆伦参加检查", "丁兆伦现场抽查了", "叶明辉汇报了", "卓立勋强调", "游建铭表示"]),
    ("ez08", "2023年森林草原防灭火工作会议暨县森林草原防灭火指挥部全体成员会议", "meeting (工作会议)", "2月14日", "杞云松", None,
     ["景东彝族自治县"], ["鲁文彪"], ["陶建勋", "罗德华", "张兴旺", "普志军", "鲁文彪", "杞云松"], None,
     "2月14日，景东彝族自治县召开2023年森林草原防灭火工作会议",
     ["指挥长鲁文彪出席会议并讲话", "指挥长杞云松主持会议", "常务副指挥长陶建勋安排部署了", "主任罗德华通报了",
      "县林业和草原局局长张兴旺就", "县消防救援大队大队长普志军通报了", "鲁文彪强调", "杞云松要求"]),
    ("ez09", "防汛会商调度会", "meeting (会商调度会)", "7月28日", "隋振军", None, [],
     ["鞠海燕"], ["关雪峰", "马俊臣", "刘文斌", "苗庆丰", "隋振军"], None,
     "指挥长隋振军主持召开防汛会商调度会，分析研判本轮强降雨形势",
     ["指挥长隋振军主持召开防汛会商调度会", "副指挥长鞠海燕出席会议", "县气象局局长关雪峰通报了", "县水利局局长马俊臣汇报了",
      "县应急管理局局长刘文斌通报了", "县消防救援大队大队长苗庆丰汇报了", "隋振军强调"]),
    ("ez09", "辉发河朝阳镇段堤防和防洪治理工程防汛检查", "inspection (检查)", "7月28日", None, "隋振军", [],
     ["鞠海燕", "马俊臣", "周明韬"], ["隋振军"], "辉发河朝阳镇段",
     "会后，隋振军带队检查辉发河朝阳镇段堤防和辉南县辉发河防洪治理工程施工现场",
     ["隋振军带队检查辉发河朝阳镇段堤防", "朝阳镇党委书记周明韬陪同检查", "隋振军要求"]),
    ("ez10", "赞皇县岁末年初安全生产大检查", "inspection (安全生产大检查)", "12月7日", None, "吴庆安", [],
     ["邢晓光", "苗庆丰", "霍建邦"], ["苗庆丰", "霍建邦", "吴庆安", "邢晓光"], "院头镇、嶂石岩镇和县城区",
     "县委书记吴庆安带队深入院头镇、嶂石岩镇和县城区，开展岁末年初安全生产大检查",
     ["县委书记吴庆安带队", "县消防救援大队大队长霍建邦参加检查", "苗庆丰介绍了", "霍建邦现场演示了", "吴庆安强调", "邢晓光表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ez01", "西沟乡至虹梯关乡旅游公路改造工程", "infrastructure_project", "在建的西沟乡至虹梯关乡旅游公路改造工程"),
    ("ez01", "平顺县城区燃气管网改造工程", "infrastructure_project", "旅游公路改造工程和平顺县城区燃气管网改造工程"),
    ("ez02", "平顺县城区燃气管网改造工程", "infrastructure_project", "平顺县城区燃气管网改造工程施工现场"),
    ("ez03", "壶关县城南棚户区改造项目二期", "housing_project", "壶关县城南棚户区改造项目二期安置房"),
    ("ez04", "旌德县生物防火林带建设项目", "greening_project", "察看了旌德县生物防火林带建设项目庙首段施工进度"),
    ("ez05", "登源河华阳段综合治理工程", "engineering_work", "在建的登源河华阳段综合治理工程要落实度汛措施"),
    ("ez05", "旌德县城西片区棚户区改造项目", "housing_project", "旌德县城西片区棚户区改造项目安置房交付延期问题"),
    ("ez06", "松溪县城东新区安置房建设项目", "housing_project", "要聚焦松溪县城东新区安置房建设项目"),
    ("ez07", "松溪县竹木加工产业园", "industrial_park", "松溪县竹木加工产业园，详细察看"),
    ("ez08", "景东县林火阻隔系统建设项目", "project", "要加快推进景东县林火阻隔系统建设项目"),
    ("ez08", "景东县森林防火应急道路工程", "infrastructure_project", "景东县森林防火应急道路工程，提升综合防控能力"),
    ("ez09", "辉南县辉发河防洪治理工程", "engineering_work", "辉南县辉发河防洪治理工程施工现场"),
    ("ez10", "赞皇县城区集中供热管网改造工程", "infrastructure_project", "赞皇县城区集中供热管网改造工程施工现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ez01", "通天峡", "scenic_area", "standalone", "旅游旺季通天峡、天脊山景区周边道路"),
    ("ez01", "天脊山", "scenic_area", "standalone", "旅游旺季通天峡、天脊山景区周边道路"),
    ("ez01", "青羊镇", "town", "standalone", "青羊镇、石城镇和县交通运输局作了表态发言"),
    ("ez01", "石城镇", "town", "standalone", "青羊镇、石城镇和县交通运输局作了表态发言"),
    ("ez01", "西沟乡", "township", "in_project_name", "在建的西沟乡至虹梯关乡旅游公路改造工程"),
    ("ez01", "虹梯关乡", "township", "in_project_name", "在建的西沟乡至虹梯关乡旅游公路改造工程"),
    ("ez01", "平顺县", "county", "in_project_name", "旅游公路改造工程和平顺县城区燃气管网改造工程"),
    ("ez02", "平顺县", "county", "standalone", "深入平顺县、壶关县，检查安全生产大检查开展情况"),
    ("ez02", "壶关县", "county", "standalone", "深入平顺县、壶关县，检查安全生产大检查开展情况"),
    ("ez02", "青羊镇", "town", "standalone", "来到青羊镇一处石料开采企业"),
    ("ez02", "太行山大峡谷", "scenic_area", "standalone", "太行山大峡谷八泉峡景区"),
    ("ez02", "八泉峡", "scenic_area", "standalone", "太行山大峡谷八泉峡景区"),
    ("ez02", "龙泉镇", "town", "standalone", "龙泉镇液化气储配站"),
    ("ez03", "龙泉镇", "town", "standalone", "县自然资源局和龙泉镇、百尺镇主要负责同志陪同接访"),
    ("ez03", "百尺镇", "town", "standalone", "县自然资源局和龙泉镇、百尺镇主要负责同志陪同接访"),
    ("ez03", "壶关县", "county", "in_project_name", "壶关县城南棚户区改造项目二期安置房"),
    ("ez04", "白地镇", "town", "standalone", "深入白地镇、庙首镇检查清明节前森林防火工作"),
    ("ez04", "庙首镇", "town", "standalone", "深入白地镇、庙首镇检查清明节前森林防火工作"),
    ("ez04", "江村", "village", "standalone", "察看了江村护林防火检查站"),
    ("ez04", "旌德县", "county", "in_project_name", "察看了旌德县生物防火林带建设项目庙首段施工进度"),
    ("ez04", "黄山", "mountain", "standalone", "以黄山余脉林区和徽水河沿岸为重点"),
    ("ez04", "徽水河", "river", "standalone", "以黄山余脉林区和徽水河沿岸为重点"),
    ("ez05", "绩溪县", "county", "standalone", "绩溪县召开防汛会商调度会"),
    ("ez05", "登源河", "river", "standalone", "汇报了登源河、扬之河水位"),
    ("ez05", "扬之河", "river", "standalone", "汇报了登源河、扬之河水位"),
    ("ez05", "华阳", "town", "in_project_name", "在建的登源河华阳段综合治理工程要落实度汛措施"),
    ("ez05", "旌德县", "county", "in_title", "旌德县委书记汪立恒在县群众来访接待中心"),
    ("ez05", "旌阳镇", "town", "standalone", "针对旌阳镇群众反映的"),
    ("ez06", "郑墩镇", "town", "standalone", "郑墩镇、渭田镇作了交流发言"),
    ("ez06", "渭田镇", "town", "standalone", "郑墩镇、渭田镇作了交流发言"),
    ("ez06", "松溪县", "county", "in_project_name", "要聚焦松溪县城东新区安置房建设项目"),
    ("ez06", "城东新区", "area", "in_project_name", "要聚焦松溪县城东新区安置房建设项目"),
    ("ez07", "松溪县", "county", "in_title", "松溪县委书记卓立勋带队"),
    ("ez07", "郑墩镇", "town", "standalone", "先后来到郑墩镇烟花爆竹批发仓库"),
    ("ez07", "松源街道", "sub_district_office", "standalone", "松源街道一家商业综合体"),
    ("ez08", "景东彝族自治县", "county", "standalone", "2月14日，景东彝族自治县召开"),
    ("ez08", "景东县", "county", "standalone", "景东县召开2023年森林草原防灭火工作会议"),
    ("ez08", "景东", "county", "standalone", "景东是全省森林草原防灭火重点县"),
    ("ez08", "无量山", "mountain", "standalone", "就无量山、哀牢山重点林区火源管控"),
    ("ez08", "哀牢山", "mountain", "standalone", "就无量山、哀牢山重点林区火源管控"),
    ("ez08", "无量山国家级自然保护区", "nature_reserve", "standalone", "以无量山国家级自然保护区和哀牢山林区为重点"),
    ("ez08", "锦屏镇", "town", "standalone", "锦屏镇、漫湾镇、太忠镇作了表态发言"),
    ("ez08", "漫湾镇", "town", "standalone", "锦屏镇、漫湾镇、太忠镇作了表态发言"),
    ("ez08", "太忠镇", "town", "standalone", "锦屏镇、漫湾镇、太忠镇作了表态发言"),
    ("ez09", "辉发河", "river", "standalone", "汇报了辉发河、三统河水位"),
    ("ez09", "三统河", "river", "standalone", "汇报了辉发河、三统河水位"),
    ("ez09", "朝阳镇", "town", "standalone", "检查辉发河朝阳镇段堤防"),
    ("ez09", "辉南县", "county", "in_project_name", "辉南县辉发河防洪治理工程施工现场"),
    ("ez10", "院头镇", "town", "standalone", "带队深入院头镇、嶂石岩镇和县城区"),
    ("ez10", "嶂石岩镇", "town", "standalone", "带队深入院头镇、嶂石岩镇和县城区"),
    ("ez10", "嶂石岩", "scenic_area", "standalone", "察看了嶂石岩景区冬季封山期间"),
    ("ez10", "赞皇县", "county", "in_project_name", "赞皇县城区集中供热管网改造工程施工现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ez", conventions="set ez (blind set: 信访 and safety pages of counties in 山西 长治 (平顺县, 壶关县), 安徽 宣城 (旌德县, 绩溪县), 福建 南平 (松溪县), 云南 普洱 (景东彝族自治县), 吉林 通化 (辉南县), 河北 石家庄 (赞皇县): 县安委会 主任 / 常务副主任 → X县安委会, 安委办主任 → X县安委办; 防汛抗旱 / 森林防火 / 森林草原防灭火 指挥部 指挥长 / 常务副指挥长 / 副指挥长 → X县…指挥部 as written, their 办公室主任 → X县…指挥部办公室; 信访工作联席会议 召集人 / 副召集人 → X县信访工作联席会议; 消防救援大队 大队长; 接访 a reception event; one line per post per article)",
          persons_note="Set ez persons. id = corpus-wide person_id (ez:苗庆丰#1 of 赞皇县 (河北, 应急管理局局长) and ez:苗庆丰#2 of 辉南县 (吉林, 消防救援大队大队长) are two people; ez:牛建峰 平顺县长 2022–2023 → 壶关县委书记 2024; ez:程晓筠 旌德副县长 2021 → 绩溪常务副县长 2023; ez:汪立恒 旌德县长 2021 → 旌德县委书记 2023; ez:游建铭 松溪县信访局局长 2021 → 松溪副县长 2024)")


if __name__ == "__main__":
    main()
