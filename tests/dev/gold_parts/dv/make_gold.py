"""Write gold part ``dv`` (a blind set: discipline and supervision news of counties and cities in 福建 宁德, 河南 周口,
辽宁 铁岭 and 四川 宜宾: 审查调查 and 双开 notices, 通报 of typical cases with ``原…（现任…）`` and ``时任``, 巡察反馈会,
警示教育大会 / 警示教育会 and 纪委全会) from the tables below.

Pages ``tests/dev/texts/dv*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (corpus ``pages``): the 中央纪委国家监委 one-line notices (``…省长…涉嫌
严重违纪违法，目前正接受中央纪委国家监委纪律审查和监察调查``) and one with a 简历 paragraph (a 重庆 市委常委: ``男，汉族，
1964年10月生，…人``); the 蛟河市 ``农业农村局党组书记、局长…已主动投案，目前正接受蛟河市纪委监委纪律审查和监察调查``; a
长安街知事 piece on an 安徽 former 县委书记 (a prose career with dated ``2011年3月…任县委常委、副县长``, ``历任…等职``); the
南陵 纪委 site's 巡察“回头看”情况反馈大会 (``县委第二巡察组组长…反馈了…``, ``镇党委书记…做表态发言``, ``县委巡察办副主任…出席
会议并讲话``) and its 巡察动员会 (``会上，县委第一巡察组组长…作动员讲话，…镇党委书记…主持会议并作表态发言。巡察组副组长…出席
会议``); the 浠水 page of 县委四个巡察组 反馈 (``县政协主席…，县委常委、常务副县长…等分管和联系被巡察单位县领导…出席会议``);
a 城投集团 巡察“回头看”动员会; the 清远 纪委 site's 巡察动员部署会 (``县委常委、纪委书记、监委主任、巡察工作领导小组常务副组长
…宣读``); a 巡察工作领导小组 会议 (``县委常委、县纪委书记、县监委主任、巡察工作领导小组常务副组长…主持会议并讲话``); the 赣南日报
on a 章贡区 警示教育大会 after a town's ``原党委书记``, ``原镇长`` were punished (``本报讯 （俞…）``); the 东港区 通报 of a ``时任
镇纪委书记`` (``在2014年1月受到留党察看一年处分的…``); a 湖南省纪委 通报 of 7 起 (``党组书记、局长…受到党内严重警告处分，党组
成员、副局长…受到党内警告处分``); a 鹤峰 通报 (``走马镇杜家村原党支部书记汪某某…给予党内严重警告处分``); the 连江 中心组 page
(``县纪委书记、监委主任…传达``); the 繁昌 巡察动员会 (``来源:…融媒体中心 编辑:…``). Places are real and new to the corpus:
福建 宁德 (古田县, 福安市; 屏南 in a 简历), 河南 周口 (郸城县, 淮阳区, 商水县, 西华县), 辽宁 铁岭 (开原市, 西丰县), 四川 宜宾
(高县, 珙县, 叙州区).

Shapes: a county site's 纪委全会 (县委书记 讲话, 县长 主持, 人大 / 政协 heads, 副书记 and 常务副县长 出席, the 纪委书记 作工作报告)
(dv01); a 市纪委监委 site's 审查调查 notice on a sitting 市委常委、常务副市长 of a county-level city, with a prose 简历 (undated
``曾任`` list, three dated posts in another county) (dv02); a county-level city site's 巡察反馈会 of the 宁德市委第四巡察组 (组长,
副组长, the 市委巡察办副主任; the city's 书记 主持, 市长, 纪委书记, 常务副市长 参加) (dv03); a county site's 全县警示教育大会 with
the 纪委书记's 通报 of three cases written ``X镇原党委书记某（现任县…副局长）`` (dv04); a city paper's 第03版 of a 市纪委监委
通报 of four numbered cases: ``党委原副书记`` headings with dated ``时任`` posts, a heading with a present post, a ``原局长（现任…）``
heading (dv05); a county-level city 融媒 portal (阅读 count, 分享 buttons, 相关推荐, 热门评论) of its 纪委全会 chaired by the 市纪委
副书记, with a 铁岭市纪委常委 到会指导 (dv06); a 市纪委监委 双开 notice (``原党组成员、副局长``, ``经查``, ``在担任西丰县副县长期间``,
a 简历 with an undated ``曾任`` and three dated posts) (dv07); a county site's 巡察反馈会 of the 铁岭市委第四巡察组, written bare
``市委第四巡察组`` in the headline (dv08); a county site's ``以案四说`` 警示教育会 in a town (the 纪委书记 讲话, the 纪委副书记
宣读 a 处分决定 on a ``原副镇长``, the town's 党委书记 主持) (dv09); a 市纪委监委 通报 of three cases written ``某，原任…，现任…``,
``时任``, a present-post heading and ``原…（现任…）`` (dv10).

Identity cases:
- dv:阮德铭 moves between places: 古田县委常委、常务副县长 at the February 2021 纪委全会 (dv01); 福安市委常委、常务副市长 at the
  September 2023 巡察反馈会 (dv03); under 审查调查 in May 2024, the same sitting posts, his 简历 dating 古田县副县长 2016-09,
  古田县委常委、常务副县长 2019-11 and 福安 2022-06 (dv02).
- dv:缪春华, a county 纪委书记 who moves to the county-level city: 古田县委常委、县纪委书记、县监委主任 in 2021 (dv01); 福安市委常委、
  市纪委书记、市监委主任 in 2023 (dv03).
- dv:姬红霞: 郸城县委常委、县纪委书记、县监委主任 in August 2022 (dv04); 周口市纪委副书记、市监委副主任 in November 2023 (dv05).
- dv:隋永利: 西丰县副县长 at the June 2021 反馈会 (dv08); in the July 2024 双开 notice ``铁岭市自然资源局原党组成员、副局长`` (no
  line) with dated posts 开原市庆云镇党委书记 2014-03, 西丰县副县长 2018-12, 铁岭市自然资源局党组成员、副局长 2022-09 (dv07).
- dv:母建勋: 高县庆符镇党委书记 in April 2023 (dv09) and, dated by a ``时任`` sentence, in September 2023 (dv10); 现任 高县农业
  农村局党组书记、局长 in March 2025 (dv10).
- two different 何振江: dv:何振江#1 is 郸城县农业农村局副局长 (河南, dv04, ``汲冢镇原党委书记何振江（现任县农业农村局副局长）``);
  dv:何振江#2 is 开原市纪委副书记、市监委副主任 (辽宁, dv06).
- one organ name in several places: ``市委第四巡察组`` is 宁德's (dv03) and 铁岭's (dv08); bare ``市委常委、市纪委书记、市监委主任``
  is 福安's (dv03) and 开原's (dv06) — two county-level cities whose bare ``市`` is not their prefecture city (宁德, 铁岭); bare
  ``县委常委、县纪委书记、县监委主任`` is 古田's (dv01), 郸城's (dv04) and 西丰's (dv08); ``市纪委副书记、市监委副主任`` is 周口's
  (dv05) and 开原's (dv06); the names 甘棠 (屏南县甘棠乡, dv02; 福安 甘棠镇, dv03) are two real places.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts aw, bw, ac, u where they speak; decided here where they are silent):
- A sitting post named in a 审查调查 notice (``福安市委常委、常务副市长阮德铭涉嫌严重违纪违法``) is a holding (接受审查调查 ends
  nothing, parts ac, aw); when the 简历 dates the same post, it is ONE line dated by the 简历 (parts u, aw, bw); the headline's
  repeat gives no second line.
- ``原X`` (``铁岭市自然资源局原党组成员、副局长``, ``汲冢镇原党委书记``, ``庆符镇原副镇长``, ``商水县水利局原局长``), the
  undated ``曾任`` lists, ``原任X`` (part u) and ``在担任X期间`` (part aw) give no line. Dated 简历 posts (``2014年3月任开原市庆云镇
  党委书记``) are holdings with their own dates (parts ac, aw).
- ``（现任X）`` after an ``原`` heading, and ``现任X`` after ``原任``, are present posts: holdings at the page's date (part u's
  ``原任…，现任…``). DECIDED HERE: the bare ``县`` inside the brackets (``现任县农业农村局副局长``) is the county the page is about
  (郸城县农业农村局); ``县市场监督管理局党组成员`` → 郸城县市场监督管理局党组 成员 (党组成员 a post of the 党组, part z).
- A ``时任X`` whose sentence opens with a date is a holding dated by it (part aw): ``2022年5月，时任郸城县汲冢镇党委副书记付俊峰``
  (date_text ``2022年5月``); DECIDED HERE: a range ``2021年3月至2022年8月，时任…`` is date_text as written, date_inferred its start
  (as part aw's dotted ranges); ``2023年9月，时任庆符镇党委书记母建勋`` on the 宜宾 page → 高县庆符镇党委 (the county named in the
  same item). A 通报 heading without ``原`` (``淮阳区卫生健康委员会副主任时秀娟``, ``珙县巡场镇副镇长冉德华``) is a present post
  (a 党内警告 ends nothing, part aw). Punishments (警告, 严重警告, 政务降级, 开除党籍 / 公职) give no line.
- ``县委常委、县纪委书记、县监委主任`` → X县委 常委 + X县纪委 书记 + X县监委 主任; ``市纪委副书记、市监委副主任`` → X市纪委 副书记 +
  X市监委 副主任; ``铁岭市纪委常委`` → 铁岭市纪委 常委 (part aw). ``高县县委常委`` → 高县委 常委 (part ac's one-character county:
  曹县县委 → 曹县委); the 高县 纪委 / 监委 → 高县纪委, 高县监委.
- The 巡察组's roles are posts of the group (CONVENTIONS, part bw): ``市委第四巡察组组长郭立勋`` after ``宁德市委第四巡察组`` →
  宁德市委第四巡察组 组长; ``副组长詹美玉`` → 宁德市委第四巡察组 副组长; on the 西丰 page ``市委第四巡察组`` after ``十三届铁岭市委
  第十轮巡察`` → 铁岭市委第四巡察组. ``宁德市委巡察办副主任`` → 宁德市委巡察办 副主任 (as written).
- Bare organs take the page's place: on a county-level city's own page (福安, 开原) bare ``市委`` / ``市长`` / ``市纪委`` / ``市监委``
  are that city's, not the prefecture's (``宁德市委…`` and ``铁岭市纪委…`` are written out); in the 周口日报 bare ``市纪委`` is 周口's;
  on county sites bare ``县委`` / ``县长`` / ``县人大常委会`` / ``县政协`` / ``县纪委`` are the county's; towns take the county label
  (郸城县汲冢镇党委, 高县庆符镇党委, 珙县巡场镇政府 副镇长). 淮阳区 and 叙州区 are one district each in China: no city prefix.
- Events: the 纪委全会 (dv01, dv06; type ``session (纪委全会)`` as part aw), the 巡察反馈会 (dv03, dv08; chair the 书记 who 主持,
  the 组长 who 反馈 a speaker, 出席 / 参加 attendees, as part bw), the 警示教育大会 (dv04) and the 警示教育会 (dv09). A person who
  作工作报告 / 通报 / 宣读 at the meeting is a speaker and an attendee (as part aw); the chair is not repeated. A notice (审查调查,
  双开) or a 通报 of cases reports no event (parts aw, ac); the 通报 inside a meeting is part of that meeting.
- Bylines: ``（记者 … 通讯员 …）`` and ``本报讯（记者 … 通讯员 …）`` reporter / correspondent lines; ``记者：`` on the portal a reporter
  line; 责任编辑 / 编辑 / 审核 editor lines. The organ credits ``（高县纪委监委）`` / ``（宜宾市纪委监委）`` name no person (part bw).
- Dates: a notice with no dateline takes its 发布时间 date (part ac); the 双开 notice its ``日前`` (the stamp's month); the 周口日报
  通报 its ``11月8日``; a 通报 on a 纪委 site with no dateline its 发布时间 date.
- Projects: named works reported or to be supervised: a 生态保护修复工程 ``greening_project``; 标准化厂房二期 / 梅花鹿产业园二期
  ``industrial_park``; 道路 / 污水处理厂 / 供热管网 / 改建工程 / 基础设施提升项目 ``infrastructure_project``; 堤防加固 / 防洪治理 /
  灌区续建配套 ``engineering_work``. Generic fields (农田水利项目, 村级道路硬化工程, 农村危房改造, 征地补偿) are none.
- Places: one line per name per file as written; places inside titles (also inside ``原`` and 简历 titles), organ references
  and project names count; a short place name inside a project name (``S207郸城段``, ``汾河商水段``, ``南广河庆符段``) is a line of
  its own as written (as part bs's 加格达奇); birthplaces (福建屏南人, 辽宁开原人) count (parts n, aw); site lines, navigation, 来源 lines, footers
  and addresses, mastheads, 上一篇 / 下一篇 / 相关文章 / 相关推荐 / 本版其他文章 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dv01_gutian.txt": (2021, "发布时间：2021-02-03 09:12", "古田县", [
        ("中共古田县第十五届纪律检查委员会第六次全体会议召开", "2月2日", "2021-02-02", "2月2日，中国共产党古田县",
         "county site: 纪委全会 (县委书记 讲话, 县长 主持, the 纪委书记 作工作报告; the 常务副县长 阮德铭 出席)")]),
    "dv02_ningde.txt": (2024, "发布时间：2024-05-21 18:30", "宁德市", [
        ("福安市委常委、常务副市长阮德铭接受纪律审查和监察调查", "2024-05-21", "2024-05-21", "据宁德市纪委监委消息",
         "市纪委监委 审查调查 notice on a sitting 市委常委、常务副市长 of 福安市; prose 简历: undated 曾任 (屏南), three dated posts (古田县, 福安市)")]),
    "dv03_fuan.txt": (2023, "发布日期：2023-09-14 17:46", "福安市", [
        ("宁德市委第四巡察组向福安市委反馈巡察情况", "9月13日", "2023-09-13", "9月13日，宁德市委第四巡察组",
         "county-level city site: 巡察反馈会 of the 宁德市委第四巡察组; 缪春华 now 福安 纪委书记, 阮德铭 now 常务副市长")]),
    "dv04_dancheng.txt": (2022, "时间：2022-08-18 10:25", "郸城县", [
        ("我县召开全县警示教育大会", "8月17日下午", "2022-08-17", "8月17日下午，我县召开",
         "county site: 警示教育大会; the 纪委书记 通报 three cases written 原…（现任…）; 何振江#1")]),
    "dv05_zhoukou.txt": (2023, "2023年11月9日　星期四", "周口市", [
        ("市纪委监委通报4起群众身边不正之风和腐败问题典型案例", "11月8日", "2023-11-08", "本报讯（记者 范诗萌 通讯员 刘博远）11月8日",
         "city paper 第03版: 市纪委监委 通报 of four cases (dated 时任, a present-post heading, 原…（现任…）); 姬红霞 now 市纪委副书记")]),
    "dv06_kaiyuan.txt": (2022, "2022-01-20 08:51", "开原市", [
        ("中共开原市第十四届纪律检查委员会第二次全体会议召开", "1月19日", "2022-01-19", "1月19日，中国共产党开原市",
         "county-level city 融媒 portal: 纪委全会 chaired by the 市纪委副书记 何振江#2; 铁岭市纪委常委 到会指导")]),
    "dv07_tieling.txt": (2024, "发布时间：2024-07-16 15:20", "铁岭市", [
        ("铁岭市自然资源局原党组成员、副局长隋永利严重违纪违法被开除党籍和公职", "日前", "2024-07", "日前，经铁岭市委批准",
         "市纪委监委 双开 notice: 原党组成员、副局长; 在担任西丰县副县长期间; 简历 with an undated 曾任 and three dated posts")]),
    "dv08_xifeng.txt": (2021, "发布时间：2021-06-23 16:08", "西丰县", [
        ("市委第四巡察组反馈巡察西丰县委情况", "6月22日", "2021-06-22", "6月22日，十三届铁岭市委",
         "county site: 巡察反馈会 of the 铁岭市委第四巡察组 (bare in the headline); 副县长 隋永利 参加")]),
    "dv09_gaoxian.txt": (2023, "发布时间：2023-04-12 15:37", "高县", [
        ("县纪委监委在庆符镇召开“以案四说”警示教育会", "4月11日", "2023-04-11", "4月11日，县纪委监委在庆符镇",
         "county site: 以案四说 警示教育会 in a town; 高县县委常委、县纪委书记; a 处分决定 on a 原副镇长; the town's 党委书记 主持")]),
    "dv10_yibin.txt": (2025, "发布时间：2025-03-18 10:00", "宜宾市", [
        ("宜宾市纪委监委公开通报3起违反中央八项规定精神典型问题", "2025-03-18", "2025-03-18", "为进一步严明纪律要求",
         "市纪委监委 通报 of three cases: 原任…，现任… with a dated 时任; a present-post heading; 原…（现任…）")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans a clause run)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# evidence strings of 简历 lines (from the person's name to the dated clause)
_R02a = _span("dv02", "阮德铭，男", "2016年9月任古田县人民政府副县长")
_R02b = _span("dv02", "阮德铭，男", "2019年11月任古田县委常委、常务副县长")
_R02c = _span("dv02", "阮德铭，男", "2022年6月任福安市委常委、常务副市长")
_S07a = _span("dv07", "隋永利，男", "2014年3月任开原市庆云镇党委书记")
_S07b = _span("dv07", "隋永利，男", "2018年12月任西丰县人民政府副县长")
_S07c = _span("dv07", "隋永利，男", "2022年9月任铁岭市自然资源局党组成员、副局长")
_M01 = "县委常委、县纪委书记、县监委主任缪春华代表十五届县纪委常委会作工作报告"
_M03 = "市委常委、市纪委书记、市监委主任缪春华"
_J04 = "县委常委、县纪委书记、县监委主任姬红霞通报了"
_J05 = "市纪委副书记、市监委副主任姬红霞表示"
_F06 = "市委常委、市纪委书记、市监委主任富丽娜代表十四届市纪委常委会作工作报告"
_H06 = "市纪委副书记、市监委副主任何振江主持会议"
_Q08 = "县委常委、县纪委书记、县监委主任晋淑敏"
_S09 = "高县县委常委、县纪委书记、县监委主任税明辉出席会议并讲话"
_G09 = "县纪委副书记、县监委副主任敬文涛宣读了"
_B10 = "母建勋，原任高县庆符镇党委书记，现任高县农业农村局党组书记、局长"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 宁德 (古田县, 福安市)
    "dv:游振邦": ("游振邦", "official", "古田县", [
        ("dv01", "古田县委", "书记", "县委书记游振邦出席会议并讲话", None)], []),
    "dv:魏晓澄": ("魏晓澄", "official", "古田县", [
        ("dv01", "古田县委", "副书记", "县委副书记、县长魏晓澄主持会议", None),
        ("dv01", "古田县政府", "县长", "县委副书记、县长魏晓澄主持会议", None)], []),
    "dv:兰秀清": ("兰秀清", "official", "古田县", [
        ("dv01", "古田县人大常委会", "主任", "县人大常委会主任兰秀清", None)], []),
    "dv:肖国梁": ("肖国梁", "official", "古田县", [
        ("dv01", "古田县政协", "主席", "县政协主席肖国梁", None)], []),
    "dv:雷承斌": ("雷承斌", "official", "古田县", [
        ("dv01", "古田县委", "副书记", "县委副书记雷承斌", None)], []),
    "dv:阮德铭": ("阮德铭", "official", "福安市", [
        ("dv01", "古田县委", "常委", "县委常委、常务副县长阮德铭", "2021-02: present post (dated 2019-11 by the dv02 简历)"),
        ("dv01", "古田县政府", "常务副县长", "县委常委、常务副县长阮德铭", None),
        ("dv02", "古田县政府", "副县长", _R02a, "prose 简历 (past post); 人民政府副县长 → 古田县政府", "2016年9月"),
        ("dv02", "古田县委", "常委", _R02b, "prose 简历 (past post)", "2019年11月"),
        ("dv02", "古田县政府", "常务副县长", _R02b, "prose 简历 (past post)", "2019年11月"),
        ("dv02", "福安市委", "常委", _R02c, "sitting post named in the headline and lead; one line, dated by the 简历 (接受审查调查 ends nothing); undated 曾任 (屏南) gives no line", "2022年6月"),
        ("dv02", "福安市政府", "常务副市长", _R02c, "sitting post; one line, dated by the 简历", "2022年6月"),
        ("dv03", "福安市委", "常委", "市委常委、常务副市长阮德铭等市领导参加会议", "2023-09: bare 市委 on the 福安 site = 福安市委"),
        ("dv03", "福安市政府", "常务副市长", "市委常委、常务副市长阮德铭等市领导参加会议", None)], []),
    "dv:缪春华": ("缪春华", "official", "福安市", [
        ("dv01", "古田县委", "常委", _M01, "2021: county 纪委书记 (identity case: 福安 纪委书记 in 2023, dv03)"),
        ("dv01", "古田县纪委", "书记", _M01, None),
        ("dv01", "古田县监委", "主任", _M01, None),
        ("dv03", "福安市委", "常委", _M03, "2023: moved to 福安市 (bare 市 on the 福安 site, not 宁德)"),
        ("dv03", "福安市纪委", "书记", _M03, None),
        ("dv03", "福安市监委", "主任", _M03, None)], []),
    "dv:郭立勋": ("郭立勋", "official", "宁德市", [
        ("dv03", "宁德市委第四巡察组", "组长", "市委第四巡察组组长郭立勋反馈巡察意见", "a temporary group's role is a post of the group (CONVENTIONS); bare 市委第四巡察组 after 宁德市委第四巡察组")], []),
    "dv:詹美玉": ("詹美玉", "official", "宁德市", [
        ("dv03", "宁德市委第四巡察组", "副组长", "副组长詹美玉", None)], []),
    "dv:彭雨涵": ("彭雨涵", "official", "宁德市", [
        ("dv03", "宁德市委巡察办", "副主任", "宁德市委巡察办副主任彭雨涵出席会议", "as written")], []),
    "dv:钟岳麟": ("钟岳麟", "official", "福安市", [
        ("dv03", "福安市委", "书记", "福安市委书记钟岳麟主持会议并作表态发言", None)], []),
    "dv:谢炳文": ("谢炳文", "official", "福安市", [
        ("dv03", "福安市委", "副书记", "市委副书记、市长谢炳文", "bare 市委 after 福安市委书记 = 福安市"),
        ("dv03", "福安市政府", "市长", "市委副书记、市长谢炳文", None)], []),
    # ---- 周口 (郸城县, 淮阳区, 商水县, 西华县)
    "dv:庞建业": ("庞建业", "official", "郸城县", [
        ("dv04", "郸城县委", "书记", "县委书记庞建业出席会议并讲话", None)], []),
    "dv:郜立东": ("郜立东", "official", "郸城县", [
        ("dv04", "郸城县委", "副书记", "县委副书记、县长郜立东主持会议", None),
        ("dv04", "郸城县政府", "县长", "县委副书记、县长郜立东主持会议", None)], []),
    "dv:邵玉林": ("邵玉林", "official", "郸城县", [
        ("dv04", "郸城县人大常委会", "主任", "县人大常委会主任邵玉林", None)], []),
    "dv:乔淑芬": ("乔淑芬", "official", "郸城县", [
        ("dv04", "郸城县政协", "主席", "县政协主席乔淑芬", None)], []),
    "dv:牛书恒": ("牛书恒", "official", "郸城县", [
        ("dv04", "郸城县政府", "副县长", "副县长牛书恒等县领导出席会议", None)], []),
    "dv:姬红霞": ("姬红霞", "official", "周口市", [
        ("dv04", "郸城县委", "常委", _J04, "2022-08: county 纪委书记 (identity case: 周口市纪委副书记 in 2023, dv05)"),
        ("dv04", "郸城县纪委", "书记", _J04, None),
        ("dv04", "郸城县监委", "主任", _J04, None),
        ("dv05", "周口市纪委", "副书记", _J05, "2023-11: bare 市纪委 in the 周口日报 = 周口市"),
        ("dv05", "周口市监委", "副主任", _J05, None)], []),
    "dv:何振江#1": ("何振江", "official", "郸城县", [
        ("dv04", "郸城县农业农村局", "副局长", "汲冢镇原党委书记何振江（现任县农业农村局副局长）", "现任 in brackets: present post (decided here: bare 县 = 郸城县); 原党委书记 gives no line; 河南, not the 何振江 of 开原 (dv06)")], []),
    "dv:贺兆民": ("贺兆民", "official", "郸城县", [
        ("dv04", "郸城县市场监督管理局党组", "成员", "宁平镇原镇长贺兆民（现任县市场监督管理局党组成员）", "现任: 党组成员 a post of the 党组; 原镇长 gives no line")], []),
    "dv:孔德旺": ("孔德旺", "official", "郸城县", [], ["dv04"]),
    "dv:付俊峰": ("付俊峰", "official", "郸城县", [
        ("dv05", "郸城县汲冢镇党委", "副书记", "2022年5月，时任郸城县汲冢镇党委副书记付俊峰", "时任 dated by the item's date (part aw); the heading's 党委原副书记 gives no line", "2022年5月")], []),
    "dv:时秀娟": ("时秀娟", "official", "淮阳区", [
        ("dv05", "淮阳区卫生健康委员会", "副主任", "淮阳区卫生健康委员会副主任时秀娟违规接受宴请问题", "a 通报 heading without 原: present post at the page date (part aw)")], []),
    "dv:葛长顺": ("葛长顺", "official", "商水县", [
        ("dv05", "商水县政协", "副主席", "商水县水利局原局长葛长顺（现任商水县政协副主席）", "现任: present post; 原局长 and 在担任县水利局局长期间 give no line")], []),
    "dv:蒲思源": ("蒲思源", "official", "西华县", [
        ("dv05", "西华县艾岗乡党委", "书记", "2021年3月至2022年8月，时任西华县艾岗乡党委书记蒲思源", "时任 dated by a range (decided here: date_text as written, date_inferred its start)", "2021年3月至2022年8月")], []),
    # ---- 铁岭 (开原市, 西丰县)
    "dv:邰国辉": ("邰国辉", "official", "开原市", [
        ("dv06", "开原市委", "书记", "市委书记邰国辉出席会议并讲话", "bare 市委 on the 开原 portal = 开原市 (county-level city)")], []),
    "dv:关宏宇": ("关宏宇", "official", "开原市", [
        ("dv06", "开原市委", "副书记", "市委副书记、市长关宏宇出席会议", None),
        ("dv06", "开原市政府", "市长", "市委副书记、市长关宏宇出席会议", None)], []),
    "dv:佟立新": ("佟立新", "official", "铁岭市", [
        ("dv06", "铁岭市纪委", "常委", "铁岭市纪委常委佟立新到会指导", None)], []),
    "dv:富丽娜": ("富丽娜", "official", "开原市", [
        ("dv06", "开原市委", "常委", _F06, None),
        ("dv06", "开原市纪委", "书记", _F06, None),
        ("dv06", "开原市监委", "主任", _F06, None)], []),
    "dv:何振江#2": ("何振江", "official", "开原市", [
        ("dv06", "开原市纪委", "副书记", _H06, "辽宁; not the 何振江 of 郸城 (dv04)"),
        ("dv06", "开原市监委", "副主任", _H06, None)], []),
    "dv:隋永利": ("隋永利", "official", "铁岭市", [
        ("dv07", "开原市庆云镇党委", "书记", _S07a, "双开 notice: dated 简历 post; the undated 曾任 开原市八棵树镇镇长 gives no line", "2014年3月"),
        ("dv07", "西丰县政府", "副县长", _S07b, "dated 简历 post; ``在担任西丰县副县长期间`` is an undated repeat", "2018年12月"),
        ("dv07", "铁岭市自然资源局党组", "成员", _S07c, "dated 简历 post (as part aw's 党组成员); the headline's and lead's 原 posts give no line", "2022年9月"),
        ("dv07", "铁岭市自然资源局", "副局长", _S07c, "dated 简历 post", "2022年9月"),
        ("dv08", "西丰县政府", "副县长", "副县长隋永利等县级领导参加会议", "2021-06: present post")], []),
    "dv:桑德平": ("桑德平", "official", "铁岭市", [
        ("dv08", "铁岭市委第四巡察组", "组长", "市委第四巡察组组长桑德平代表巡察组反馈了巡察情况", "bare 市委第四巡察组 after 十三届铁岭市委第十轮巡察 = 铁岭's (the 宁德 group of the same name is dv03's)")], []),
    "dv:于佳琦": ("于佳琦", "official", "铁岭市", [
        ("dv08", "铁岭市委第四巡察组", "副组长", "副组长于佳琦出席会议", None)], []),
    "dv:包春雷": ("包春雷", "official", "西丰县", [
        ("dv08", "西丰县委", "书记", "县委书记包春雷主持会议并作表态发言", None)], []),
    "dv:尤海洋": ("尤海洋", "official", "西丰县", [
        ("dv08", "西丰县委", "副书记", "县委副书记、县长尤海洋", None),
        ("dv08", "西丰县政府", "县长", "县委副书记、县长尤海洋", None)], []),
    "dv:晋淑敏": ("晋淑敏", "official", "西丰县", [
        ("dv08", "西丰县委", "常委", _Q08, None),
        ("dv08", "西丰县纪委", "书记", _Q08, None),
        ("dv08", "西丰县监委", "主任", _Q08, None)], []),
    # ---- 宜宾 (高县, 珙县, 叙州区)
    "dv:税明辉": ("税明辉", "official", "高县", [
        ("dv09", "高县委", "常委", _S09, "高县县委 → 高县委 (part ac's one-character county)"),
        ("dv09", "高县纪委", "书记", _S09, None),
        ("dv09", "高县监委", "主任", _S09, None)], []),
    "dv:敬文涛": ("敬文涛", "official", "高县", [
        ("dv09", "高县纪委", "副书记", _G09, None),
        ("dv09", "高县监委", "副主任", _G09, None)], []),
    "dv:母建勋": ("母建勋", "official", "高县", [
        ("dv09", "高县庆符镇党委", "书记", "庆符镇党委书记母建勋主持会议并作表态发言", "2023-04 (identity case: 现任 高县农业农村局局长 in 2025, dv10)"),
        ("dv10", "高县庆符镇党委", "书记", "2023年9月，时任庆符镇党委书记母建勋", "时任 dated by the item's date; the undated 原任 gives no line", "2023年9月"),
        ("dv10", "高县农业农村局党组", "书记", _B10, "现任: present post at the page date (part u)"),
        ("dv10", "高县农业农村局", "局长", _B10, "现任; the heading's repeat gives no second line")], []),
    "dv:苟惠琳": ("苟惠琳", "official", "高县", [], ["dv09"]),
    "dv:冉德华": ("冉德华", "official", "珙县", [
        ("dv10", "珙县巡场镇政府", "副镇长", "珙县巡场镇副镇长冉德华违规操办婚宴问题", "a 通报 heading without 原: present post")], []),
    "dv:邬振宁": ("邬振宁", "official", "叙州区", [
        ("dv10", "叙州区民政局", "副局长", "叙州区柏溪街道原党工委副书记邬振宁（现任叙州区民政局副局长）", "现任; 原党工委副书记 and 在担任…期间 give no line")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dv01", "郑雅琳", "责任编辑", "editor", "责任编辑：郑雅琳"),
    ("dv02", "吴婧怡", "责任编辑", "editor", "责任编辑：吴婧怡"),
    ("dv03", "陈可萱", "责任编辑", "editor", "责任编辑：陈可萱"),
    ("dv04", "李晨阳", "记者", "reporter", "（记者 李晨阳 通讯员 石敬轩）"),
    ("dv04", "石敬轩", "通讯员", "correspondent", "（记者 李晨阳 通讯员 石敬轩）"),
    ("dv04", "常晓璐", "责任编辑", "editor", "责任编辑：常晓璐"),
    ("dv05", "范诗萌", "记者", "reporter", "本报讯（记者 范诗萌 通讯员 刘博远）"),
    ("dv05", "刘博远", "通讯员", "correspondent", "本报讯（记者 范诗萌 通讯员 刘博远）"),
    ("dv05", "单雨桐", "责任编辑", "editor", "责任编辑：单雨桐"),
    ("dv06", "鲍思妍", "记者", "reporter", "记者：鲍思妍"),
    ("dv06", "赵睿泽", "编辑", "editor", "编辑：赵睿泽"),
    ("dv06", "卜立军", "审核", "editor", "审核：卜立军"),
    ("dv07", "宫晓蔓", "责任编辑", "editor", "责任编辑：宫晓蔓"),
    ("dv08", "金书瑶", "责任编辑", "editor", "责任编辑：金书瑶"),
    ("dv09", "罗梓涵", "责任编辑", "editor", "责任编辑：罗梓涵"),
    ("dv10", "雍佳怡", "责任编辑", "editor", "责任编辑：雍佳怡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("dv01", "中国共产党古田县第十五届纪律检查委员会第六次全体会议", "session (纪委全会)", "2月2日", "魏晓澄", None, [],
     ["游振邦", "兰秀清", "肖国梁", "雷承斌", "阮德铭", "缪春华"], ["游振邦", "缪春华"], None,
     "2月2日，中国共产党古田县第十五届纪律检查委员会第六次全体会议召开",
     ["县委书记游振邦出席会议并讲话", "县长魏晓澄主持会议", "县人大常委会主任兰秀清，县政协主席肖国梁，县委副书记雷承斌，县委常委、常务副县长阮德铭等县领导出席会议",
      _M01, "游振邦指出", "缪春华在工作报告中说"]),
    ("dv03", "宁德市委第四巡察组巡察福安市委情况反馈会", "meeting (巡察反馈会)", "9月13日", "钟岳麟", None, [],
     ["詹美玉", "彭雨涵", "谢炳文", "缪春华", "阮德铭"], ["郭立勋", "钟岳麟", "缪春华"], "福安市",
     "9月13日，宁德市委第四巡察组向福安市委反馈巡察情况",
     ["市委第四巡察组组长郭立勋反馈巡察意见", "副组长詹美玉，宁德市委巡察办副主任彭雨涵出席会议", "福安市委书记钟岳麟主持会议并作表态发言",
      "市委副书记、市长谢炳文，市委常委、市纪委书记、市监委主任缪春华，市委常委、常务副市长阮德铭等市领导参加会议",
      "郭立勋指出", "郭立勋要求", "钟岳麟表示", "缪春华就加强巡察整改日常监督作了具体部署"]),
    ("dv04", "全县警示教育大会", "meeting (警示教育大会)", "8月17日下午", "郜立东", None, ["郸城县"],
     ["庞建业", "邵玉林", "乔淑芬", "牛书恒", "姬红霞"], ["庞建业", "姬红霞", "郜立东"], None,
     "8月17日下午，我县召开全县警示教育大会",
     ["县委书记庞建业出席会议并讲话", "县长郜立东主持会议", "县人大常委会主任邵玉林，县政协主席乔淑芬，副县长牛书恒等县领导出席会议",
      _J04, "庞建业指出", "郜立东要求"]),
    ("dv06", "中国共产党开原市第十四届纪律检查委员会第二次全体会议", "session (纪委全会)", "1月19日", "何振江", None, [],
     ["邰国辉", "关宏宇", "佟立新", "富丽娜"], ["邰国辉", "富丽娜"], None,
     "1月19日，中国共产党开原市第十四届纪律检查委员会第二次全体会议召开",
     ["市委书记邰国辉出席会议并讲话", "市长关宏宇出席会议", "铁岭市纪委常委佟立新到会指导", _F06, _H06,
      "邰国辉指出", "富丽娜在报告中回顾了"]),
    ("dv08", "十三届铁岭市委第十轮巡察西丰县委情况反馈会", "meeting (巡察反馈会)", "6月22日", "包春雷", None, [],
     ["于佳琦", "尤海洋", "晋淑敏", "隋永利"], ["桑德平", "包春雷", "晋淑敏"], "西丰县",
     "6月22日，十三届铁岭市委第十轮巡察西丰县委情况反馈会召开",
     ["市委第四巡察组组长桑德平代表巡察组反馈了巡察情况", "副组长于佳琦出席会议", "县委书记包春雷主持会议并作表态发言",
      "县委副书记、县长尤海洋，县委常委、县纪委书记、县监委主任晋淑敏，副县长隋永利等县级领导参加会议",
      "桑德平指出", "桑德平要求", "包春雷表示", "晋淑敏就做好巡察整改监督工作提出要求"]),
    ("dv09", "“以案四说”警示教育会", "meeting (警示教育会)", "4月11日", "母建勋", None, ["高县纪委监委"],
     ["税明辉", "敬文涛"], ["敬文涛", "税明辉", "母建勋"], "庆符镇",
     "4月11日，县纪委监委在庆符镇召开“以案四说”警示教育会",
     [_S09, _G09, "庆符镇党委书记母建勋主持会议并作表态发言", "敬文涛结合案情说案情", "税明辉指出", "母建勋表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dv01", "翠屏湖生态保护修复工程", "greening_project", "围绕翠屏湖生态保护修复工程"),
    ("dv01", "古田经济开发区标准化厂房二期", "industrial_park", "古田经济开发区标准化厂房二期等重点项目"),
    ("dv03", "湾坞半岛临港配套道路工程", "infrastructure_project", "湾坞半岛临港配套道路工程等重大项目推进中监管不够有力"),
    ("dv03", "甘棠镇污水处理厂提标改造工程", "infrastructure_project", "甘棠镇污水处理厂提标改造工程等巡察指出的问题"),
    ("dv04", "S207郸城段改建工程", "infrastructure_project", "在S207郸城段改建工程中收受他人财物问题"),
    ("dv05", "汾河商水段堤防加固工程", "engineering_work", "对汾河商水段堤防加固工程质量问题监管不力"),
    ("dv06", "清河水库灌区续建配套工程", "engineering_work", "围绕清河水库灌区续建配套工程"),
    ("dv06", "开原经济开发区基础设施提升项目", "infrastructure_project", "开原经济开发区基础设施提升项目等重点工程"),
    ("dv08", "凉泉镇梅花鹿产业园二期", "industrial_park", "凉泉镇梅花鹿产业园二期等项目推进缓慢"),
    ("dv08", "西丰县城区供热管网改造工程", "infrastructure_project", "西丰县城区供热管网改造工程等项目在招投标"),
    ("dv09", "南广河庆符段防洪治理工程", "engineering_work", "在南广河庆符段防洪治理工程征地补偿中优亲厚友"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dv01", "古田县", "county", "in_org_reference", "2月2日，中国共产党古田县第十五届纪律检查委员会第六次全体会议召开"),
    ("dv01", "宁德市", "city", "in_org_reference", "五届宁德市纪委六次全会精神"),
    ("dv01", "翠屏湖", "lake", "in_project_name", "围绕翠屏湖生态保护修复工程"),
    ("dv01", "古田经济开发区", "development_zone", "in_project_name", "古田经济开发区标准化厂房二期等重点项目"),
    ("dv02", "福安市", "county_level_city", "in_title", "据宁德市纪委监委消息：福安市委常委、常务副市长阮德铭"),
    ("dv02", "宁德市", "city", "in_org_reference", "目前正接受宁德市纪委监委纪律审查和监察调查"),
    ("dv02", "福建", "province", "standalone", "福建屏南人"),
    ("dv02", "屏南", "county", "standalone", "福建屏南人"),
    ("dv02", "屏南县", "county", "in_title", "曾任屏南县甘棠乡党委书记"),
    ("dv02", "甘棠乡", "township", "in_title", "曾任屏南县甘棠乡党委书记"),
    ("dv02", "古田县", "county", "in_title", "2016年9月任古田县人民政府副县长"),
    ("dv03", "宁德市", "city", "in_org_reference", "9月13日，宁德市委第四巡察组向福安市委反馈巡察情况"),
    ("dv03", "福安市", "county_level_city", "in_org_reference", "9月13日，宁德市委第四巡察组向福安市委反馈巡察情况"),
    ("dv03", "湾坞半岛", "peninsula", "in_project_name", "湾坞半岛临港配套道路工程等重大项目推进中监管不够有力"),
    ("dv03", "甘棠镇", "town", "in_project_name", "甘棠镇污水处理厂提标改造工程等巡察指出的问题"),
    ("dv04", "汲冢镇", "town", "in_title", "汲冢镇原党委书记何振江"),
    ("dv04", "宁平镇", "town", "in_title", "宁平镇原镇长贺兆民"),
    ("dv04", "郸城", "county", "in_project_name", "在S207郸城段改建工程中收受他人财物问题"),
    ("dv05", "郸城县", "county", "in_title", "2022年5月，时任郸城县汲冢镇党委副书记付俊峰"),
    ("dv05", "汲冢镇", "town", "in_title", "2022年5月，时任郸城县汲冢镇党委副书记付俊峰"),
    ("dv05", "淮阳区", "district", "in_title", "淮阳区卫生健康委员会副主任时秀娟违规接受宴请问题"),
    ("dv05", "商水县", "county", "in_title", "商水县水利局原局长葛长顺（现任商水县政协副主席）"),
    ("dv05", "汾河", "river", "in_project_name", "对汾河商水段堤防加固工程质量问题监管不力"),
    ("dv05", "商水", "county", "in_project_name", "对汾河商水段堤防加固工程质量问题监管不力"),
    ("dv05", "西华县", "county", "in_title", "2021年3月至2022年8月，时任西华县艾岗乡党委书记蒲思源"),
    ("dv05", "艾岗乡", "township", "in_title", "2021年3月至2022年8月，时任西华县艾岗乡党委书记蒲思源"),
    ("dv06", "开原市", "county_level_city", "in_org_reference", "1月19日，中国共产党开原市第十四届纪律检查委员会第二次全体会议召开"),
    ("dv06", "铁岭市", "city", "in_org_reference", "铁岭市纪委常委佟立新到会指导"),
    ("dv06", "清河水库", "reservoir", "in_project_name", "围绕清河水库灌区续建配套工程"),
    ("dv06", "开原经济开发区", "development_zone", "in_project_name", "开原经济开发区基础设施提升项目等重点工程"),
    ("dv07", "铁岭市", "city", "in_org_reference", "日前，经铁岭市委批准"),
    ("dv07", "西丰县", "county", "in_title", "在担任西丰县副县长期间"),
    ("dv07", "辽宁", "province", "standalone", "辽宁开原人"),
    ("dv07", "开原", "county_level_city", "standalone", "辽宁开原人"),
    ("dv07", "开原市", "county_level_city", "in_title", "曾任开原市八棵树镇镇长"),
    ("dv07", "八棵树镇", "town", "in_title", "曾任开原市八棵树镇镇长"),
    ("dv07", "庆云镇", "town", "in_title", "2014年3月任开原市庆云镇党委书记"),
    ("dv08", "铁岭市", "city", "in_org_reference", "6月22日，十三届铁岭市委第十轮巡察西丰县委情况反馈会召开"),
    ("dv08", "西丰县", "county", "in_org_reference", "6月22日，十三届铁岭市委第十轮巡察西丰县委情况反馈会召开"),
    ("dv08", "凉泉镇", "town", "in_project_name", "凉泉镇梅花鹿产业园二期等项目推进缓慢"),
    ("dv09", "庆符镇", "town", "standalone", "4月11日，县纪委监委在庆符镇召开"),
    ("dv09", "高县", "county", "in_title", _S09),
    ("dv09", "南广河", "river", "in_project_name", "在南广河庆符段防洪治理工程征地补偿中优亲厚友"),
    ("dv09", "庆符", "town", "in_project_name", "在南广河庆符段防洪治理工程征地补偿中优亲厚友"),
    ("dv10", "宜宾市", "city", "in_org_reference", "宜宾市纪委监委公开通报3起违反中央八项规定精神典型问题"),
    ("dv10", "高县", "county", "in_title", "高县农业农村局局长母建勋违规接受管理服务对象宴请问题"),
    ("dv10", "庆符镇", "town", "in_title", "原任高县庆符镇党委书记"),
    ("dv10", "珙县", "county", "in_title", "珙县巡场镇副镇长冉德华违规操办婚宴问题"),
    ("dv10", "巡场镇", "town", "in_title", "珙县巡场镇副镇长冉德华违规操办婚宴问题"),
    ("dv10", "叙州区", "district", "in_title", "叙州区柏溪街道原党工委副书记邬振宁（现任叙州区民政局副局长）"),
    ("dv10", "柏溪街道", "sub_district_office", "in_title", "叙州区柏溪街道原党工委副书记邬振宁（现任叙州区民政局副局长）"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dv", conventions="set dv (blind set: discipline and supervision news in 福建 宁德 (古田县, 福安市), 河南 周口 (郸城县; 淮阳区, 商水县, 西华县 in a 通报), 辽宁 铁岭 (开原市, 西丰县) and 四川 宜宾 (高县; 珙县, 叙州区 in a 通报): 纪委全会, 巡察反馈会 (a 巡察组's 组长 / 副组长 are posts of the group), 警示教育大会 / 警示教育会, a 审查调查 notice (a sitting post is a holding, dated by the 简历), a 双开 notice (原X, 曾任, 在担任…期间 give no line; dated 简历 posts are holdings), 通报 of cases (原…（现任…）: 现任 is a present post; a dated 时任 a holding at its date; a heading without 原 a present post); bare 市 on a county-level city's own page is that city; one line per post per article)",
          persons_note="Set dv persons. id = corpus-wide person_id (dv:何振江#1 of 郸城 (河南) and dv:何振江#2 of 开原 (辽宁) are two people; dv:阮德铭 古田县副县长 2016 → 古田县委常委、常务副县长 2019/2021 → 福安市委常委、常务副市长 2022/2023, under 审查调查 2024; dv:缪春华 古田县纪委书记 2021 → 福安市纪委书记 2023; dv:姬红霞 郸城县纪委书记 2022 → 周口市纪委副书记 2023; dv:隋永利 开原市庆云镇党委书记 2014 → 西丰县副县长 2018/2021 → 铁岭市自然资源局副局长 2022, 双开 2024; dv:母建勋 高县庆符镇党委书记 2023 → 高县农业农村局局长 2025)")


if __name__ == "__main__":
    main()
