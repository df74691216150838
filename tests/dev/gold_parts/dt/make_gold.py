"""Write gold part ``dt`` (a blind set: towns and villages governing themselves: 镇党委会议, 镇村干部大会, 村“两委”换届,
驻村工作队 轮换, 包村 分工, town leaders moving between towns) from the tables below.

Pages ``tests/dev/texts/dt*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 西王镇 page of a 村“两委”换届工作推进会 (``县政府副县长、公安局局长…，
县农委主任…到会指导…会议由镇党委副书记、镇长…主持``, ``镇组织委员…培训``, signed ``（西王镇 周雷）``); a 板浦镇 (连云港 海州 纪委
site) 换届 动员部署会 (``镇党委副书记、组织委员…解读；纪委书记…传达…纪律要求；…镇党委书记…讲话，镇长…总结``); a 藤县 天平镇
回龙村 换届试点 选举大会 (``公推直选该村党总支部书记``, ``镇党委副书记、人大主席…，镇党委委员、副镇长…，组织委员…出席指导``,
``新当选的党总支班子``); a 宁南 新华乡 page of a 副县长's 换届 督导; a 香格里拉 东旺乡 page of five villages' 党总支 换届 党员大会
(``由各村上届党总支部委员会主持``); a 武平 岩前镇 试点村 page; a 东平 戴庙镇 page of a 县派第一书记对接会 (``会议由镇党委组织委员…
主持…宣读乡镇包保领导和驻村工作队员的名单…最后镇党委副书记、镇长…讲意见``); a 陕西 地方志办 驻村工作队轮换 座谈会 (镇安县);
the 湖北医药学院 page of a 第一书记 轮换交接 (``原工作队第一书记…总结``, ``新任工作队第一书记…表态发言``, ``村党总支书记…``);
an 汤阴 瓦岗镇 page (``镇党委书记…、党委委员、副镇长…，…村党支部书记``, ``两任派驻…第一书记``); a 化州 中垌镇 轮换 仪式 (``原驻村
第一书记…汇报…新派第一书记…表态发言``); the 重庆 矿山安监局 page (``当前位置: 首页 > 信息公开 > 机关党建``, ``发布时间:``) of a
第一书记 轮换 座谈会; a 阜新镇 对接会 in a paper (``本报讯 (记者 …)``); a 大川镇 部署会 (``副镇长…安排部署``, ``镇党委书记…指出``);
a 老爷庙乡 推进会 (``发布时间: … 作者: 来源: 老爷庙乡党政办``); the 巢湖 site's 庙岗乡 人代会 page (乡镇分站 list, ``当前位置:
首页巢湖快讯``, ``发布时间:… 来源:本站 阅读次数:``); a 双沟镇 人代会 page (``选举产生…为双沟镇人民政府副镇长``, ``编辑:…
责任编辑:…``); a 滕州 洪绪镇 主席团会议; 寨隆镇 乡镇领导班子换届 动员部署会. Places are real (阳谷县, 西华县 and 永丰县 are new to the
corpus; 隆回县 and 湄潭县 are named in passing by other parts' pages, with other, unrelated officials): 山东 聊城 阳谷县 (阿城镇, 石门宋镇; the county site twice, the 聊城日报 once), 河南 周口 西华县 (聂堆镇), 湖南 邵阳 隆回县
(荷香桥镇; the county site, the 邵阳日报), 江西 吉安 永丰县 (坑田镇, 沿陂镇; the county site, the 井冈山报), 贵州 遵义 湄潭县
(复兴镇; the county site, the 湄潭 融媒体 portal). Villages (陶城铺村, 闫庄村, 孙庄村, 石桥铺村, 坑田村, 两路口村) are names
written for the pages; 陶城铺 is a real place name of 阿城镇.

Shapes: a county site's 乡镇动态 page of a town's 村“两委”换届选举工作推进会 (镇长 主持, 书记 讲话, a 县委组织部副部长 到会指导,
镇党委副书记 / 组织委员 / 纪委书记 each with a task; 包村 分工 read without names) (dt01); a city paper's 第A03版 县域 article of a
village's 党员大会 and 村民选举大会 on one day (``当选为村党支部书记``, ``当选为村委会主任``; the 老支书 ``不再参选``; 县委常委、
组织部部长) with a ``本版其他文章`` list (dt02); a town column on the county site of a 镇村干部大会 at which the 县委组织部副部长 reads
the 县委 decision (``…同志任石门宋镇党委书记；…同志不再担任…职务，另有任用``), a 离任讲话, a 表态发言, and a 镇党委会议 after it
(dt03); a county site's page of a 镇党委会议 (书记 主持; 镇长, 人大主席, 副书记, 纪委书记, 党委委员、副镇长, 党委委员、组织委员
参加, 副镇长 列席) adjusting 包村 分工 (片长) and hearing a named village's 党支部书记 (dt04); a county site's page of a 驻村工作队
到岗 and 见面座谈会 (``县水利局选派的…任石桥铺村第一书记、驻村工作队队长``; the 派出单位's 党组书记、局长; 村党支部书记、
村委会主任) (dt05); the city paper's 侧记 of the same village's 轮换交接会 three years later (``原驻村第一书记、现任县水利局副局长的…``,
``新任第一书记、驻村工作队队长…``; the former 镇长 now 镇党委书记) (dt06); a county site's town column of a 镇村干部大会 with a
``县委常委、宣传部部长、坑田镇联系县领导`` and a 包村工作安排 (dt07); the city paper's 县长 调研 in another town of the county, whose
镇长 is the former 坑田镇 副镇长 (dt08); a county site's page of a village's 村党总支 换届 党员大会 (``上届村党总支书记…主持``, the
委员会第一次会议 electing the new 书记, a 县委组织部副部长 到会督导, 组织委员 and 纪委书记) (dt09); a county 融媒体 portal's page
(``作者：… 阅读量：``, ``分享到：微信　微博　QQ空间``, ``相关阅读``) of the town's 人代会 electing the former village secretary 副镇长
(dt10).

Identity cases:
- dt:臧绍峰, 镇长 of one town → 党委书记 of another town in the same county: 阳谷县阿城镇 党委副书记、镇长 in Jan 2021 (dt01);
  阳谷县石门宋镇党委 书记 by the 县委 decision read in March 2024 (dt03; ``在阿城镇任镇长期间`` is an undated past post, no line).
  His predecessor dt:耿立川 is named only as leaving (``不再担任…另有任用``).
- dt:邱晓锋 moves between two towns of 永丰县: 坑田镇 党委委员、副镇长 in Oct 2022 (dt07) → 沿陂镇 党委副书记、镇长 in June 2024
  (dt08).
- dt:袁劲松, 驻村第一书记 → back at the 派出单位: 隆回县荷香桥镇石桥铺村 第一书记、驻村工作队队长 (县水利局选派) in June 2021
  (dt05) → 隆回县水利局 副局长 (``原驻村第一书记、现任县水利局副局长的袁劲松``) in April 2024 (dt06); dt:钟昊天 succeeds him.
  dt:阳志勇 in the same town: 荷香桥镇 党委副书记、镇长 (dt05, 2021) → 镇党委书记 (dt06, 2024). dt:戴国栋 (县水利局党组书记、局长)
  and dt:胡茂林 (村党支部书记、村委会主任) hold the same posts on both pages.
- dt:母俊峰, village secretary → 副镇长: elected 湄潭县复兴镇两路口村党总支 书记 in March 2021 (dt09) → 补选 复兴镇 副镇长 in Jan
  2024 (dt10; ``此前任两路口村党总支书记、村委会主任`` gives no line). The outgoing dt:付兴荣 (``上届村党总支书记``) has no line.
- dt:郜延辉 elected 村党支部书记 and 村委会主任 of 陶城铺村 on one day (dt02); the outgoing 老支书 dt:陶守仁 has no line.
- the same officials across pages: dt:穆清源 (阳谷县委组织部副部长, 2021 and 2024), dt:鲍启航 (阿城镇党委书记, dt01 and dt02),
  dt:牟春雷 (阿城镇党委委员、组织委员, dt01 and dt02).
- two different 薛长青 in unrelated places: dt:薛长青#1 is 西华县聂堆镇孙庄村 党支部书记 (河南, Aug 2022, dt04); dt:薛长青#2 is
  湄潭县复兴镇 党委委员、纪委书记 (贵州, March 2021, dt09).
- one organ name in several counties: bare ``县委组织部副部长`` is 阳谷县's (dt01, dt03), 隆回县's (dt05) and 湄潭县's (dt09);
  bare ``县委常委、组织部部长`` / ``县委常委、宣传部部长`` are 阳谷县's (dt02) and 永丰县's (dt07); bare ``镇党委书记`` /
  ``镇党委委员、组织委员`` belong to the page's town (阿城镇, 石门宋镇, 聂堆镇, 荷香桥镇, 坑田镇, 沿陂镇, 复兴镇).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as in parts aa, aq, ci, ab, ac and z where they speak; decided here where they are silent):
- Town posts: county label + town + 党委 / 政府 / 人大 / 纪委 (阳谷县阿城镇党委 书记, …镇政府 镇长 / 副镇长, …镇人大 主席,
  …镇纪委 书记); ``镇党委副书记、镇长`` → …镇党委 副书记 + …镇政府 镇长; ``镇党委委员、副镇长`` → …镇党委 委员 + …镇政府 副镇长;
  ``镇党委委员、组织委员`` → …镇党委 委员 + …镇党委 组织委员 (as aq, ci); ``镇党委委员、纪委书记`` → …镇党委 委员 + …镇纪委 书记
  (as ci). Village posts of a named village: town label + village + 党支部 / 村委会 (as aa, aq, ci).
- DECIDED HERE: a village's 党总支 (``两路口村党总支``) is kept as written: 湄潭县复兴镇两路口村党总支 书记 (as part bl keeps a
  village's 村党委), not folded into 党支部.
- DECIDED HERE (village elections): ``郜延辉当选为村党支部书记`` and ``郜延辉又以高票当选为村委会主任`` in a named village are
  holdings of the village's 党支部 / 村委会, as town and county elections are (aa, ab); the post is given once per article.
  The elected person is an attendee of the meeting that elects him; unnamed ``5名新一届村党总支委员`` give nothing.
- DECIDED HERE (the outgoing village secretary): ``干了18年村党支部书记的老支书陶守仁因年龄原因不再参选``, ``上届村党总支书记付兴荣``
  and ``付兴荣因年龄原因不再担任村党总支书记`` give no line (as 原 / 不再担任 in parts aq, ac, u); they are named without a post.
  ``母俊峰此前任两路口村党总支书记、村委会主任`` (an undated past post, as aq's 曾任) gives none either.
- A 县委 decision read at a meeting (``臧绍峰同志任石门宋镇党委书记``) is a holding, as 任命 / 决定任命 are (parts z, u, ag);
  ``耿立川同志不再担任石门宋镇党委书记职务，另有任用`` gives none.
- A 第一书记 and a 驻村工作队队长 are posts of the village's 党支部 and 驻村工作队 (as aa, aq): ``县水利局选派的袁劲松任石桥铺村第一书记、
  驻村工作队队长`` → 隆回县荷香桥镇石桥铺村党支部 第一书记 + 隆回县荷香桥镇石桥铺村驻村工作队 队长; the 选派 department gives no
  line. ``原驻村第一书记、现任县水利局副局长的袁劲松`` → 隆回县水利局 副局长 only (现任 is a holding, as ac; 原 is not).
- 包村: 包村干部, 包村领导, ``联系县领导`` and DECIDED HERE ``片长`` (``由尚文博、娄秀芝、贾润泽、申卫东分别任片长``, a 包村 片区's
  head) are assignments, not posts (as aa's 包保 and ci's 包村领导); 班子成员 is no post (CONVENTIONS).
- Bare organs take the page's place: 县委 / 县委组织部 / 县水利局 / 县农业农村局 / 县人大常委会 on a county site or county portal =
  that county; in a city paper a bare ``县委常委、组织部部长`` after ``阳谷县`` = 阳谷县's, ``县水利局`` after ``隆回县荷香桥镇`` = 隆回县's,
  ``县农业农村局局长`` after ``永丰县委副书记、县长`` = 永丰县's; 镇 in an article about one town = that town. ``县委常委、宣传部部长``
  → 永丰县委 常委 + 永丰县委宣传部 部长; ``县水利局党组书记、局长`` → 隆回县水利局党组 书记 + 隆回县水利局 局长 (党组 only with 书记).
- One line per post per article (``新当选的副镇长母俊峰`` repeats the election: no second line).
- Events: 推进会, 镇村干部大会, 镇党委会议, 座谈会, 交接会, 党员大会, 村民选举大会 and the 委员会第一次会议 are meetings (chair when
  主持; 出席 / 参加 / 列席 / 到会指导 / 督导 / 全程指导 / 现场监督 attendees; 通报 / 安排 / 培训 / 宣读 / 讲话 / 强调 / 指出 / 要求 /
  表示 / 汇报 / 介绍 / 表态发言 / 离任讲话 / 作工作报告 speakers; a head named only as reporting, ``会议还听取了孙庄村党支部书记薛长青
  关于…的汇报``, is a speaker as part ao decided). The 镇党委会议 held ``会后`` (dt03) is its own meeting of the same day. The 人代会
  is a session (as aa). The 县长's 调研 is an ``inspection`` (leader; 陪同 attendees; 汇报 / 介绍 / 强调 / 表示 speakers).
- Projects: works named as under way or to be pushed: a 光伏电站项目 and a 污水管网改造工程 ``infrastructure_project``; an 产业园
  (现代农业产业园, 白莲产业园扩建项目, 油茶产业园二期, 茶叶精深加工园区) ``industrial_park``; a river 生态治理工程 ``greening_project``;
  a 山塘整治工程 and a 防洪堤加固工程 ``engineering_work``; a 加工车间建设项目, a year's 高标准农田建设项目, a 油茶基地提质改造项目,
  an 早稻示范基地 and a 茶旅融合示范点 ``project``. Generic works (村组道路硬化, 油茶加工厂, 村组道路安全防护设施, 民生实事项目) are not named projects.
- Places: one line per name per file, as written (the headline's bare ``阳谷`` and the body's ``阳谷县`` are two names); towns,
  villages, counties and a river inside a project name count. Site lines, mastheads, 来源 lines, footers, 上一篇 / 下一篇 and
  DECIDED HERE the paper's ``本版其他文章`` and the portal's ``相关链接`` / ``相关阅读`` lists (七级镇, 莘县, 东阿, 冠县, 滩头镇,
  湄江街道, 兴隆镇) are chrome and are not annotated, as 上一篇 / 下一篇 are.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

ACZ, SMS = "阳谷县阿城镇", "阳谷县石门宋镇"
NDZ = "西华县聂堆镇"
HXQ = "隆回县荷香桥镇"
KTZ, YBZ = "永丰县坑田镇", "永丰县沿陂镇"
FXZ = "湄潭县复兴镇"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dt01_yanggu.txt": (2021, "发布时间：2021-01-12 16:35", ACZ, [
        ("阿城镇召开村“两委”换届选举工作推进会", "1月11日上午", "2021-01-11", "1月11日上午，阿城镇召开",
         "county site 乡镇动态: a town's 村“两委”换届 推进会 (镇长 主持, 书记 讲话, 县委组织部副部长 到会指导; 副书记, 组织委员, 纪委书记)")]),
    "dt02_liaocheng.txt": (2021, "2021年2月4日　星期四", "阳谷县", [
        ("阳谷：村“两委”换届选出乡村振兴“领头雁”", "2月2日上午", "2021-02-02", "本报讯（记者 丛珊珊",
         "city paper 第A03版: a village's 党员大会 and 村民选举大会 (new 书记 and 主任, 老支书 不再参选); 县委常委、组织部部长")]),
    "dt03_yanggu.txt": (2024, "发布时间：2024-03-15 10:12", SMS, [
        ("石门宋镇召开镇村干部大会 宣布县委关于镇主要领导调整的决定", "3月14日上午", "2024-03-14", "3月14日上午，石门宋镇",
         "town column: 镇村干部大会 with the 县委 decision (阿城镇's former 镇长 now 石门宋镇党委书记), 离任讲话, 表态发言, 镇党委会议 after")]),
    "dt04_xihua.txt": (2022, "发布时间：2022-08-09", NDZ, [
        ("聂堆镇召开党委会议 研究调整包村工作分工", "8月8日下午", "2022-08-08", "8月8日下午，聂堆镇",
         "county site 乡镇动态: 镇党委会议 (full list, 列席) adjusting 包村 分工 (片长); a village's 党支部书记 reports (薛长青#1)")]),
    "dt05_longhui.txt": (2021, "发布时间：2021-06-08 17:46", HXQ, [
        ("新一轮驻村工作队进驻荷香桥镇", "6月7日", "2021-06-07", "6月7日，县委组织部",
         "county site: 驻村工作队 到岗 and 见面座谈会 (第一书记、驻村工作队队长 选派 by the 县水利局; its 党组书记、局长)")]),
    "dt06_shaoyang.txt": (2024, "2024年4月18日　星期四", "隆回县", [
        ("驻村工作队“接力棒”稳稳交到新队员手中", "4月16日", "2024-04-16", "本报讯（记者 石若兰",
         "city paper 侧记: 轮换交接会 (原第一书记 now 县水利局副局长; 新任第一书记、队长; the former 镇长 now 镇党委书记)")]),
    "dt07_yongfeng.txt": (2022, "发布时间：2022-10-20 15:08", KTZ, [
        ("坑田镇召开镇村干部大会 部署秋冬季重点工作", "10月19日上午", "2022-10-19", "10月19日上午，坑田镇",
         "county site town column: 镇村干部大会 with 包村工作安排; 县委常委、宣传部部长 (联系县领导); 党委委员、副镇长 邱晓锋")]),
    "dt08_yongfeng.txt": (2024, "2024年6月13日　星期四", "永丰县", [
        ("傅振宇在沿陂镇调研时强调", "6月12日", "2024-06-12", "本报讯（记者 尹璐",
         "city paper: the 县长's 调研 in 沿陂镇 (邱晓锋 now its 镇长; 包村联户)")]),
    "dt09_meitan.txt": (2021, "发布时间：2021-03-05 11:20", FXZ, [
        ("复兴镇两路口村顺利完成村党总支换届选举", "3月4日", "2021-03-04", "3月4日，复兴镇两路口村",
         "county site: a village's 党总支 换届 党员大会 (上届书记 主持; 县委组织部副部长 督导; 组织委员, 纪委书记 薛长青#2) and the 委员会第一次会议")]),
    "dt10_meitan.txt": (2024, "2024-01-10 18:02", FXZ, [
        ("复兴镇第十八届人民代表大会第四次会议胜利闭幕", "1月9日", "2024-01-09", "1月9日，复兴镇",
         "county 融媒体 portal: the town's 人代会 (人大主席 主持, 书记 讲话, 镇长's report) electing the former village secretary 副镇长")]),
}

_T01_ZANG = "镇党委副书记、镇长臧绍峰主持会议"
_T01_MOU = "镇党委委员、组织委员牟春雷对"
_T02_MOU = "镇党委委员、组织委员牟春雷全程指导"
_T02_QI = "县委常委、组织部部长齐慧芳表示"
_T03_GE = "镇党委副书记、镇长葛明哲主持会议"
_T04_SHANG = "镇党委副书记、镇长尚文博"
_T04_SHEN = "镇党委委员、副镇长申卫东"
_T04_YUAN = "镇党委委员、组织委员苑晓燕"
_T05_YANG = "镇党委副书记、镇长阳志勇"
_T05_DAI = "县水利局党组书记、局长戴国栋参加会议"
_T05_YUAN = "县水利局选派的袁劲松任石桥铺村第一书记、驻村工作队队长"
_T05_HU = "石桥铺村党支部书记、村委会主任胡茂林"
_T06_DAI = "县水利局党组书记、局长戴国栋带领"
_T06_ZHONG = "新任第一书记、驻村工作队队长钟昊天"
_T06_HU = "村党支部书记、村委会主任胡茂林代表"
_T07_NIE = "镇党委副书记、镇长聂成栋主持会议"
_T07_QIU = "镇党委委员、副镇长邱晓锋等镇班子成员"
_T07_YAN = "县委常委、宣传部部长、坑田镇联系县领导晏鸿飞"
_T07_LIAO = "坑田村党支部书记、村委会主任廖德顺"
_T08_FU = "永丰县委副书记、县长傅振宇"
_T08_QIU = "镇党委副书记、镇长邱晓锋"
_T09_RAN = "镇党委委员、组织委员冉晓梅全程指导"
_T09_XUE = "镇党委委员、纪委书记薛长青现场监督"
_T10_YOU = "镇党委副书记、镇长犹正刚所作"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 山东 阳谷
    "dt:穆清源": ("穆清源", "official", "阳谷县", [
        ("dt01", "阳谷县委组织部", "副部长", "县委组织部副部长穆清源到会指导", "2021-01; bare 县委组织部 on the 阳谷 site"),
        ("dt03", "阳谷县委组织部", "副部长", "县委组织部副部长穆清源出席会议", "2024-03: the same post")], []),
    "dt:鲍启航": ("鲍启航", "official", ACZ, [
        ("dt01", ACZ + "党委", "书记", "镇党委书记鲍启航出席会议并讲话", None),
        ("dt02", ACZ + "党委", "书记", "阿城镇党委书记鲍启航介绍", "the 聊城日报 writes the town")], []),
    "dt:臧绍峰": ("臧绍峰", "official", "阳谷县", [
        ("dt01", ACZ + "党委", "副书记", _T01_ZANG, "2021-01 (identity case: 石门宋镇党委书记 in 2024, dt03)"),
        ("dt01", ACZ + "政府", "镇长", _T01_ZANG, None),
        ("dt03", SMS + "党委", "书记", "臧绍峰同志任石门宋镇党委书记", "2024-03: 县委 decision read at the meeting (a holding, as 任命); ``在阿城镇任镇长期间`` gives no line")], []),
    "dt:房玉洁": ("房玉洁", "official", ACZ, [
        ("dt01", ACZ + "党委", "副书记", "镇党委副书记房玉洁通报了", None)], []),
    "dt:牟春雷": ("牟春雷", "official", ACZ, [
        ("dt01", ACZ + "党委", "委员", _T01_MOU, None),
        ("dt01", ACZ + "党委", "组织委员", _T01_MOU, "组织委员 a title of the 镇党委 (as aq, ci)"),
        ("dt02", ACZ + "党委", "委员", _T02_MOU, "bare 镇 in the 阿城镇 article"),
        ("dt02", ACZ + "党委", "组织委员", _T02_MOU, None)], []),
    "dt:巩德胜": ("巩德胜", "official", ACZ, [
        ("dt01", ACZ + "纪委", "书记", "镇纪委书记巩德胜宣读了", None)], []),
    "dt:郜延辉": ("郜延辉", "official", ACZ, [
        ("dt02", ACZ + "陶城铺村党支部", "书记", "郜延辉当选为村党支部书记", "2021-02-02: elected; DECIDED HERE: a village election is a holding"),
        ("dt02", ACZ + "陶城铺村委会", "主任", "郜延辉又以高票当选为村委会主任", "elected the same day (一肩挑)")], []),
    "dt:陶守仁": ("陶守仁", "official", ACZ, [], ["dt02"]),  # 老支书, 不再参选: no line
    "dt:齐慧芳": ("齐慧芳", "official", "阳谷县", [
        ("dt02", "阳谷县委", "常委", _T02_QI, "bare 县委 after 阳谷县 in the 聊城日报"),
        ("dt02", "阳谷县委组织部", "部长", _T02_QI, None)], []),
    "dt:耿立川": ("耿立川", "official", SMS, [], ["dt03"]),  # 不再担任…另有任用: no line
    "dt:葛明哲": ("葛明哲", "official", SMS, [
        ("dt03", SMS + "党委", "副书记", _T03_GE, None),
        ("dt03", SMS + "政府", "镇长", _T03_GE, None)], []),
    # ---- 河南 西华
    "dt:霍建民": ("霍建民", "official", NDZ, [
        ("dt04", NDZ + "党委", "书记", "聂堆镇党委书记霍建民主持召开镇党委会议", None)], []),
    "dt:尚文博": ("尚文博", "official", NDZ, [
        ("dt04", NDZ + "党委", "副书记", _T04_SHANG, "片长 is no post (DECIDED HERE)"),
        ("dt04", NDZ + "政府", "镇长", _T04_SHANG, None)], []),
    "dt:娄秀芝": ("娄秀芝", "official", NDZ, [
        ("dt04", NDZ + "人大", "主席", "镇人大主席娄秀芝", None)], []),
    "dt:贾润泽": ("贾润泽", "official", NDZ, [
        ("dt04", NDZ + "党委", "副书记", "镇党委副书记贾润泽", None)], []),
    "dt:翟永刚": ("翟永刚", "official", NDZ, [
        ("dt04", NDZ + "纪委", "书记", "镇纪委书记翟永刚", None)], []),
    "dt:申卫东": ("申卫东", "official", NDZ, [
        ("dt04", NDZ + "党委", "委员", _T04_SHEN, None),
        ("dt04", NDZ + "政府", "副镇长", _T04_SHEN, None)], []),
    "dt:苑晓燕": ("苑晓燕", "official", NDZ, [
        ("dt04", NDZ + "党委", "委员", _T04_YUAN, None),
        ("dt04", NDZ + "党委", "组织委员", _T04_YUAN, None)], []),
    "dt:寇家明": ("寇家明", "official", NDZ, [
        ("dt04", NDZ + "政府", "副镇长", "副镇长寇家明列席会议", "列席: an attendee")], []),
    "dt:薛长青#1": ("薛长青", "official", NDZ, [
        ("dt04", NDZ + "孙庄村党支部", "书记", "孙庄村党支部书记薛长青", "西华县 (河南); not the 薛长青 of 湄潭县复兴镇 (dt09)")], []),
    # ---- 湖南 隆回
    "dt:肖振邦": ("肖振邦", "official", "隆回县", [
        ("dt05", "隆回县委组织部", "副部长", "县委组织部副部长肖振邦送", "bare 县委组织部 on the 隆回 site")], []),
    "dt:罗运平": ("罗运平", "official", HXQ, [
        ("dt05", HXQ + "党委", "书记", "镇党委书记罗运平主持会议", None)], []),
    "dt:阳志勇": ("阳志勇", "official", HXQ, [
        ("dt05", HXQ + "党委", "副书记", _T05_YANG, "2021-06 (identity case: 镇党委书记 in 2024, dt06)"),
        ("dt05", HXQ + "政府", "镇长", _T05_YANG, None),
        ("dt06", HXQ + "党委", "书记", "镇党委书记阳志勇主持交接会", "2024-04: now 书记 of the same town")], []),
    "dt:戴国栋": ("戴国栋", "official", "隆回县", [
        ("dt05", "隆回县水利局党组", "书记", _T05_DAI, "the 派出单位's head"),
        ("dt05", "隆回县水利局", "局长", _T05_DAI, None),
        ("dt06", "隆回县水利局党组", "书记", _T06_DAI, "2024: bare 县水利局 after 隆回县荷香桥镇 in the 邵阳日报"),
        ("dt06", "隆回县水利局", "局长", _T06_DAI, None)], []),
    "dt:袁劲松": ("袁劲松", "official", "隆回县", [
        ("dt05", HXQ + "石桥铺村党支部", "第一书记", _T05_YUAN, "2021-06; the 选派 县水利局 gives no line (as aa, aq)"),
        ("dt05", HXQ + "石桥铺村驻村工作队", "队长", _T05_YUAN, "驻村工作队队长 a post of the village's 驻村工作队 (as aq)"),
        ("dt06", "隆回县水利局", "副局长", "原驻村第一书记、现任县水利局副局长的袁劲松", "2024-04: 现任 is a holding, 原驻村第一书记 is not")], []),
    "dt:胡茂林": ("胡茂林", "official", HXQ, [
        ("dt05", HXQ + "石桥铺村党支部", "书记", _T05_HU, None),
        ("dt05", HXQ + "石桥铺村委会", "主任", _T05_HU, None),
        ("dt06", HXQ + "石桥铺村党支部", "书记", _T06_HU, "2024: the same posts; bare 村 in the 石桥铺村 article"),
        ("dt06", HXQ + "石桥铺村委会", "主任", _T06_HU, None)], []),
    "dt:钟昊天": ("钟昊天", "official", HXQ, [
        ("dt06", HXQ + "石桥铺村党支部", "第一书记", _T06_ZHONG, "succeeds 袁劲松"),
        ("dt06", HXQ + "石桥铺村驻村工作队", "队长", _T06_ZHONG, None)], []),
    # ---- 江西 永丰
    "dt:揭永红": ("揭永红", "official", KTZ, [
        ("dt07", KTZ + "党委", "书记", "镇党委书记揭永红作工作部署", None)], []),
    "dt:聂成栋": ("聂成栋", "official", KTZ, [
        ("dt07", KTZ + "党委", "副书记", _T07_NIE, None),
        ("dt07", KTZ + "政府", "镇长", _T07_NIE, None)], []),
    "dt:匡丽萍": ("匡丽萍", "official", KTZ, [
        ("dt07", KTZ + "人大", "主席", "镇人大主席匡丽萍", None)], []),
    "dt:邱晓锋": ("邱晓锋", "official", "永丰县", [
        ("dt07", KTZ + "党委", "委员", _T07_QIU, "2022-10 (identity case: 沿陂镇 镇长 in 2024, dt08)"),
        ("dt07", KTZ + "政府", "副镇长", _T07_QIU, None),
        ("dt08", YBZ + "党委", "副书记", _T08_QIU, "2024-06: now 镇长 of another town of the county"),
        ("dt08", YBZ + "政府", "镇长", _T08_QIU, None)], []),
    "dt:晏鸿飞": ("晏鸿飞", "official", "永丰县", [
        ("dt07", "永丰县委", "常委", _T07_YAN, "联系县领导 is no post"),
        ("dt07", "永丰县委宣传部", "部长", _T07_YAN, "宣传部部长 after 县委常委 = 县委宣传部")], []),
    "dt:廖德顺": ("廖德顺", "official", KTZ, [
        ("dt07", KTZ + "坑田村党支部", "书记", _T07_LIAO, None),
        ("dt07", KTZ + "坑田村委会", "主任", _T07_LIAO, None)], []),
    "dt:傅振宇": ("傅振宇", "official", "永丰县", [
        ("dt08", "永丰县委", "副书记", _T08_FU, "named in the headline too"),
        ("dt08", "永丰县政府", "县长", _T08_FU, None)], []),
    "dt:颜海涛": ("颜海涛", "official", YBZ, [
        ("dt08", YBZ + "党委", "书记", "沿陂镇党委书记颜海涛", None)], []),
    "dt:温建勋": ("温建勋", "official", "永丰县", [
        ("dt08", "永丰县农业农村局", "局长", "县农业农村局局长温建勋陪同调研", "bare 县 after 永丰县委副书记、县长")], []),
    # ---- 贵州 湄潭
    "dt:令狐建勇": ("令狐建勇", "official", "湄潭县", [
        ("dt09", "湄潭县委组织部", "副部长", "县委组织部副部长令狐建勇到会督导", "a compound surname (令狐)")], []),
    "dt:冉晓梅": ("冉晓梅", "official", FXZ, [
        ("dt09", FXZ + "党委", "委员", _T09_RAN, None),
        ("dt09", FXZ + "党委", "组织委员", _T09_RAN, None)], []),
    "dt:薛长青#2": ("薛长青", "official", FXZ, [
        ("dt09", FXZ + "党委", "委员", _T09_XUE, "湄潭县 (贵州); not the 薛长青 of 西华县聂堆镇孙庄村 (dt04)"),
        ("dt09", FXZ + "纪委", "书记", _T09_XUE, "纪委 after the 镇党委 title = the town's (as ci)")], []),
    "dt:付兴荣": ("付兴荣", "official", FXZ, [], ["dt09"]),  # 上届村党总支书记, 不再担任: no line
    "dt:母俊峰": ("母俊峰", "official", FXZ, [
        ("dt09", FXZ + "两路口村党总支", "书记", "母俊峰当选为村党总支书记", "2021-03: elected; DECIDED HERE: 党总支 kept as written (identity case: 副镇长 in 2024, dt10)"),
        ("dt10", FXZ + "政府", "副镇长", "补选母俊峰为复兴镇人民政府副镇长", "2024-01: elected (补选); ``此前任…`` gives no line")], []),
    "dt:邹世林": ("邹世林", "official", "湄潭县", [
        ("dt10", "湄潭县人大常委会", "副主任", "县人大常委会副主任邹世林到会指导", None)], []),
    "dt:骆晓红": ("骆晓红", "official", FXZ, [
        ("dt10", FXZ + "人大", "主席", "镇人大主席骆晓红主持", None)], []),
    "dt:蹇明亮": ("蹇明亮", "official", FXZ, [
        ("dt10", FXZ + "党委", "书记", "镇党委书记蹇明亮出席并讲话", None)], []),
    "dt:犹正刚": ("犹正刚", "official", FXZ, [
        ("dt10", FXZ + "党委", "副书记", _T10_YOU, None),
        ("dt10", FXZ + "政府", "镇长", _T10_YOU, None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dt01", "孔令霞", "责任编辑", "editor", "责任编辑：孔令霞"),
    ("dt02", "丛珊珊", "记者", "reporter", "本报讯（记者 丛珊珊 通讯员 孟繁彬）"),
    ("dt02", "孟繁彬", "通讯员", "correspondent", "本报讯（记者 丛珊珊 通讯员 孟繁彬）"),
    ("dt02", "邵馨月", "责任编辑", "editor", "责任编辑：邵馨月"),
    ("dt03", "许婧", "责任编辑", "editor", "责任编辑：许婧"),
    ("dt04", "冯雅琪", "编辑", "editor", "编辑：冯雅琪"),
    ("dt04", "程磊", "审核", "editor", "审核：程磊"),
    ("dt05", "向婉清", "供稿", "author", "（荷香桥镇党政办　向婉清）"),
    ("dt06", "石若兰", "记者", "reporter", "本报讯（记者 石若兰 通讯员 龙思航）"),
    ("dt06", "龙思航", "通讯员", "correspondent", "本报讯（记者 石若兰 通讯员 龙思航）"),
    ("dt06", "伍可欣", "编辑", "editor", "编辑：伍可欣"),
    ("dt07", "钟璐瑶", "编辑", "editor", "编辑：钟璐瑶"),
    ("dt08", "尹璐", "记者", "reporter", "本报讯（记者 尹璐 通讯员 胡志斌）"),
    ("dt08", "胡志斌", "通讯员", "correspondent", "本报讯（记者 尹璐 通讯员 胡志斌）"),
    ("dt08", "谢雨晴", "责任编辑", "editor", "责任编辑：谢雨晴"),
    ("dt09", "敖琴", "责任编辑", "editor", "责任编辑：敖琴"),
    ("dt10", "谭晓雯", "作者", "author", "作者：谭晓雯"),
    ("dt10", "黎晨", "编辑", "editor", "编辑：黎晨"),
    ("dt10", "敖琴", "审核", "editor", "审核：敖琴"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dt01", "村“两委”换届选举工作推进会", "meeting (推进会)", "1月11日上午", "臧绍峰", None, ["阿城镇"],
     ["穆清源", "鲍启航"], ["房玉洁", "牟春雷", "巩德胜", "穆清源", "鲍启航", "臧绍峰"], None,
     "1月11日上午，阿城镇召开村“两委”换届选举工作推进会",
     ["县委组织部副部长穆清源到会指导", "镇党委书记鲍启航出席会议并讲话", "镇长臧绍峰主持会议", "镇党委副书记房玉洁通报了",
      "组织委员牟春雷对“两推一选”程序", "镇纪委书记巩德胜宣读了", "穆清源指出", "鲍启航强调", "臧绍峰要求"]),
    ("dt02", "陶城铺村党员大会", "meeting (党员大会)", "2月2日上午", None, None, ["陶城铺村"],
     ["牟春雷", "郜延辉", "陶守仁"], [], None,
     "阳谷县阿城镇陶城铺村召开党员大会，选举产生新一届村党支部委员会",
     ["郜延辉当选为村党支部书记", "两场选举大会均由镇党委委员、组织委员牟春雷全程指导", "他在会上向新班子移交了村集体资产台账"]),
    ("dt02", "陶城铺村村民选举大会", "meeting (村民选举大会)", "当天下午", None, None, ["陶城铺村"],
     ["牟春雷", "郜延辉"], [], None,
     "当天下午，陶城铺村召开村民选举大会",
     ["郜延辉又以高票当选为村委会主任", "两场选举大会均由镇党委委员、组织委员牟春雷全程指导"]),
    ("dt03", "镇村干部大会", "meeting (镇村干部大会)", "3月14日上午", "葛明哲", None, ["石门宋镇"],
     ["穆清源"], ["穆清源", "耿立川", "臧绍峰", "葛明哲"], None,
     "3月14日上午，石门宋镇召开镇村干部大会，宣布县委关于石门宋镇主要领导调整的决定",
     ["县委组织部副部长穆清源出席会议并宣读任职决定", "镇长葛明哲主持会议", "耿立川在离任讲话中", "臧绍峰作表态发言", "穆清源指出",
      "葛明哲表示"]),
    ("dt03", "镇党委会议", "meeting (党委会议)", "3月14日上午", "臧绍峰", None, [],
     [], [], None,
     "会后，臧绍峰主持召开镇党委会议，重新调整了班子成员包村联系分工",
     ["臧绍峰主持召开镇党委会议"]),
    ("dt04", "镇党委会议", "meeting (党委会议)", "8月8日下午", "霍建民", None, [],
     ["尚文博", "娄秀芝", "贾润泽", "翟永刚", "申卫东", "苑晓燕", "寇家明"], ["贾润泽", "薛长青", "霍建民", "尚文博"], None,
     "8月8日下午，聂堆镇党委书记霍建民主持召开镇党委会议",
     ["聂堆镇党委书记霍建民主持召开镇党委会议", _T04_SHANG, "镇人大主席娄秀芝", "镇党委副书记贾润泽", "镇纪委书记翟永刚", _T04_SHEN,
      _T04_YUAN, "副镇长寇家明列席会议", "会议听取了贾润泽关于", "孙庄村党支部书记薛长青关于", "霍建民强调", "尚文博就秋粮生产"]),
    ("dt05", "驻村工作队见面座谈会", "meeting (座谈会)", "6月7日", "罗运平", None, [],
     ["肖振邦", "阳志勇", "戴国栋"], ["肖振邦", "胡茂林", "戴国栋", "袁劲松", "阳志勇", "罗运平"], None,
     "并出席驻村工作队见面座谈会",
     ["县委组织部副部长肖振邦送", "镇党委书记罗运平主持会议", _T05_YANG, _T05_DAI, "肖振邦宣读了驻村工作队派驻名单",
      "胡茂林介绍了村情", "戴国栋表示", "袁劲松表示", "阳志勇介绍了", "肖振邦指出", "罗运平要求"]),
    ("dt06", "驻村工作队轮换交接会", "meeting (交接会)", "4月16日", "阳志勇", None, [],
     ["戴国栋"], ["袁劲松", "钟昊天", "胡茂林", "戴国栋", "阳志勇"], "隆回县荷香桥镇石桥铺村村部",
     "一场驻村工作队轮换交接会在这里举行",
     [_T06_DAI, "镇党委书记阳志勇主持交接会", "现任县水利局副局长的袁劲松逐项移交了", "驻村工作队队长钟昊天作表态发言", _T06_HU,
      "戴国栋要求", "阳志勇表示"]),
    ("dt07", "镇村干部大会", "meeting (镇村干部大会)", "10月19日上午", "聂成栋", None, ["坑田镇"],
     ["晏鸿飞", "匡丽萍", "邱晓锋"], ["揭永红", "邱晓锋", "廖德顺", "晏鸿飞"], None,
     "10月19日上午，坑田镇召开镇村干部大会",
     ["坑田镇联系县领导晏鸿飞出席会议并讲话", "镇党委书记揭永红作工作部署", _T07_NIE, "镇人大主席匡丽萍", _T07_QIU,
      "邱晓锋宣读了", "廖德顺代表各村作表态发言", "揭永红要求", "晏鸿飞指出"]),
    ("dt08", "沿陂镇防汛备汛和夏收夏种工作调研", "inspection (调研)", "6月12日", None, "傅振宇", [],
     ["颜海涛", "邱晓锋", "温建勋"], ["邱晓锋", "颜海涛", "傅振宇"], "沿陂镇",
     "永丰县委副书记、县长傅振宇到沿陂镇调研防汛备汛和夏收夏种工作",
     ["县长傅振宇到沿陂镇调研", "沿陂镇党委书记颜海涛", _T08_QIU, "县农业农村局局长温建勋陪同调研", "听取了邱晓锋关于",
      "颜海涛介绍了", "傅振宇强调", "颜海涛表示"]),
    ("dt09", "两路口村党员大会", "meeting (党员大会)", "3月4日", "付兴荣", None, ["两路口村"],
     ["令狐建勇", "冉晓梅", "薛长青"], ["付兴荣", "冉晓梅", "令狐建勇"], None,
     "3月4日，复兴镇两路口村召开党员大会，选举产生新一届村党总支委员会",
     ["县委组织部副部长令狐建勇到会督导", _T09_RAN, _T09_XUE, "大会由上届村党总支书记付兴荣主持", "付兴荣代表上届村党总支委员会作工作报告",
      "冉晓梅对换届选举程序规范予以肯定", "令狐建勇指出"]),
    ("dt09", "新一届村党总支委员会第一次会议", "meeting (村党总支委员会会议)", "3月4日", None, None, [],
     ["母俊峰"], [], None,
     "在随后召开的新一届村党总支委员会第一次会议上，母俊峰当选为村党总支书记",
     ["母俊峰当选为村党总支书记"]),
    ("dt10", "复兴镇第十八届人民代表大会第四次会议", "session (镇人民代表大会)", "1月9日", "骆晓红", None, [],
     ["邹世林", "蹇明亮", "母俊峰"], ["犹正刚", "蹇明亮"], None,
     "1月9日，复兴镇第十八届人民代表大会第四次会议胜利闭幕",
     ["县人大常委会副主任邹世林到会指导", "大会由镇人大主席骆晓红主持", "镇党委书记蹇明亮出席并讲话", _T10_YOU,
      "新当选的副镇长母俊峰进行了宪法宣誓", "蹇明亮在讲话中指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dt02", "陶城铺村集体光伏电站项目", "infrastructure_project", "陶城铺村集体光伏电站项目接着干好"),
    ("dt03", "石门宋镇现代农业产业园", "industrial_park", "扎实推进石门宋镇现代农业产业园"),
    ("dt03", "金堤河石门宋段生态治理工程", "greening_project", "金堤河石门宋段生态治理工程建设"),
    ("dt04", "孙庄村辣椒加工车间建设项目", "project", "关于孙庄村辣椒加工车间建设项目的汇报"),
    ("dt04", "聂堆镇2022年高标准农田建设项目", "project", "聂堆镇2022年高标准农田建设项目推进作了安排"),
    ("dt05", "石桥铺村油茶基地提质改造项目", "project", "石桥铺村油茶基地提质改造项目"),
    ("dt05", "石桥铺村山塘整治工程", "engineering_work", "优先支持石桥铺村山塘整治工程"),
    ("dt06", "石桥铺村油茶产业园二期", "industrial_park", "就要把石桥铺村油茶产业园二期建设推下去"),
    ("dt07", "坑田镇白莲产业园扩建项目", "industrial_park", "坑田镇白莲产业园扩建项目"),
    ("dt08", "沿陂镇防洪堤加固工程", "engineering_work", "先后来到沿陂镇防洪堤加固工程"),
    ("dt08", "沿陂镇万亩早稻示范基地", "project", "沿陂镇万亩早稻示范基地，察看"),
    ("dt09", "两路口村茶旅融合示范点", "project", "推动两路口村茶旅融合示范点建设"),
    ("dt10", "复兴镇茶叶精深加工园区", "industrial_park", "要加快复兴镇茶叶精深加工园区"),
    ("dt10", "复兴镇污水管网改造工程", "infrastructure_project", "复兴镇污水管网改造工程建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dt01", "阿城镇", "town", "standalone", "1月11日上午，阿城镇召开"),
    ("dt01", "陶城铺村", "village", "standalone", "通报了陶城铺村、闫庄村等5个试点村"),
    ("dt01", "闫庄村", "village", "standalone", "通报了陶城铺村、闫庄村等5个试点村"),
    ("dt02", "阳谷", "county", "standalone", "阳谷：村“两委”换届选出乡村振兴“领头雁”"),
    ("dt02", "阳谷县", "county", "standalone", "阳谷县阿城镇陶城铺村召开党员大会"),
    ("dt02", "阿城镇", "town", "standalone", "阳谷县阿城镇陶城铺村召开党员大会"),
    ("dt02", "陶城铺村", "village", "standalone", "阳谷县阿城镇陶城铺村召开党员大会"),
    ("dt03", "石门宋镇", "town", "standalone", "3月14日上午，石门宋镇召开镇村干部大会"),
    ("dt03", "阿城镇", "town", "standalone", "在阿城镇任镇长期间"),
    ("dt03", "金堤河", "river", "in_project_name", "金堤河石门宋段生态治理工程建设"),
    ("dt04", "聂堆镇", "town", "standalone", "8月8日下午，聂堆镇党委书记"),
    ("dt04", "孙庄村", "village", "standalone", "孙庄村党支部书记薛长青"),
    ("dt05", "荷香桥镇", "town", "standalone", "驻村工作队到荷香桥镇报到"),
    ("dt05", "石桥铺村", "village", "standalone", "任石桥铺村第一书记"),
    ("dt06", "隆回县", "county", "standalone", "4月16日，隆回县荷香桥镇石桥铺村村部内"),
    ("dt06", "荷香桥镇", "town", "standalone", "4月16日，隆回县荷香桥镇石桥铺村村部内"),
    ("dt06", "石桥铺村", "village", "standalone", "4月16日，隆回县荷香桥镇石桥铺村村部内"),
    ("dt07", "坑田镇", "town", "standalone", "10月19日上午，坑田镇召开镇村干部大会"),
    ("dt07", "坑田村", "village", "in_org_reference", _T07_LIAO),
    ("dt08", "永丰县", "county", "in_title", _T08_FU),
    ("dt08", "沿陂镇", "town", "standalone", "县长傅振宇到沿陂镇调研"),
    ("dt09", "复兴镇", "town", "standalone", "3月4日，复兴镇两路口村召开党员大会"),
    ("dt09", "两路口村", "village", "standalone", "3月4日，复兴镇两路口村召开党员大会"),
    ("dt10", "复兴镇", "town", "standalone", "1月9日，复兴镇第十八届人民代表大会"),
    ("dt10", "湄潭县", "county", "standalone", "是湄潭县通过“优秀村党组织书记进乡镇领导班子”渠道"),
    ("dt10", "两路口村", "village", "in_org_reference", "母俊峰此前任两路口村党总支书记"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dt", conventions="set dt (blind set: towns and villages governing themselves in 山东 (聊城 阳谷县: 阿城镇, 石门宋镇), 河南 (周口 西华县: 聂堆镇), 湖南 (邵阳 隆回县: 荷香桥镇), 江西 (吉安 永丰县: 坑田镇, 沿陂镇) and 贵州 (遵义 湄潭县: 复兴镇): 村“两委”换届 推进会, a village's 党员大会 and 村民选举大会 (当选为村党支部书记 / 村委会主任 are holdings; the outgoing 老支书 / 上届书记 / 不再担任 give no line), a 镇村干部大会 at which a 县委 decision is read (任 is a holding, 不再担任…另有任用 is not), 镇党委会议 adjusting 包村 分工 (片长, 包村干部, 联系县领导 are no posts), a 驻村工作队 到岗 and its 轮换交接 three years later (第一书记 and 驻村工作队队长 posts of the village; 原 is not, 现任 is), a village 党总支 kept as written, a town 人代会 electing the former village secretary 副镇长; town posts = county label + town + 党委 / 政府 / 人大 / 纪委; one line per post per article)",
          persons_note="Set dt persons. id = corpus-wide person_id (dt:薛长青#1 of 西华县聂堆镇孙庄村 (河南, 村党支部书记) and dt:薛长青#2 of 湄潭县复兴镇 (贵州, 镇纪委书记) are two people; dt:臧绍峰 阿城镇 镇长 2021 → 石门宋镇党委书记 2024; dt:邱晓锋 坑田镇 副镇长 2022 → 沿陂镇 镇长 2024; dt:袁劲松 石桥铺村 第一书记、驻村工作队队长 2021 → 隆回县水利局 副局长 2024; dt:阳志勇 荷香桥镇 镇长 2021 → 党委书记 2024; dt:母俊峰 两路口村党总支书记 2021 → 复兴镇 副镇长 2024)")


if __name__ == "__main__":
    main()
