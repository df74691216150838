"""Write gold part ``s`` (a blind set of county and district newspaper pages as pdftotext gives them, from provinces
the corpus has few of) from the tables below.

Pages ``tests/dev/texts/s*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool (县委常委会 / 县委常委（扩大）会 reports of 秦安, 阜城, 户县 and a
受…委托 常委会会议 of 泌阳; 人大常委会 sessions of 惠安, 临朐, 房县 and 石台 with 决定接受…辞去 / 决定任命 / 宪法宣誓 /
列席 lines; 集中开工 and 集中签约 reports of 房县 (县委书记宣布开工, 县长致辞, 常务副县长主持), 孝昌, 凤县, 献县, 景县 and
澄城 with ``县领导甲、乙、丙…出席``; 县政协 协商 and 主席会议 reports of 大姚, 丹棱 and 松阳; a 市委书记 visiting a district
(佳木斯 前进区) and a 市委常委、区委书记 line; a 乡镇党委书记 portrait (高淳 阳江镇, 利辛 中疃镇); a 沁县 / 长子 要闻简报
page and a 鹤壁日报 page header), and laid out like the five sample pages and part o: one page holding two or three
articles, a page header line (date, weekday, masthead, 版次, 责任编辑 / 编辑), kicker lines above headlines and
sub-headlines below them, bodies hard-wrapped at 15–22 characters with lines broken inside words, names, dates and
bylines, letter-spaced runs (``压 紧 压 实 属 地 责``), a stray space in a name (``仲 维涛``, ``雷 朝阳``, ``拓 晓峰``),
blank lines at column breaks, bylines at the top (``本报讯（记者 … 通讯员 …）``) or at the end (``记者 朱婉清``,
``（吉雨桐）``), photo captions (``图为… 记者 胡嘉琪 摄``), and a page-1 article that jumps (``（下转第2版）``, s01).
Places are real and not yet in the corpus: 江苏 沭阳县 (two pages), 浙江 安吉县, 广东 饶平县 (a 潮州日报 county page),
福建 霞浦县 (a 闽东日报 county page), 河北 肃宁县, 陕西 咸阳日报's 秦都新闻 page, 辽宁 台安县.

Identity cases:
- one official on two pages of two years with a promotion: s:仲维涛 is 沭阳县 副县长 in April 2021 (s01, twice) and
  县委常委、常务副县长 in June 2023 (s02, twice; once written ``仲 维涛``). s:厉振东 (县委书记) and s:汤明远 (县委副书记、
  县长) keep their posts; s:蒯建平 (县人大常委会主任) and s:葛秀兰 (县政协主席) have their posts on s01 and are named
  without a title in the ``县领导…出席`` list of s02; the reporters s:朱婉清 and s:胡嘉琪 sign both pages.
- two different people with one name: s:王海涛#1 is appointed 安吉县交通运输局局长 by the 县人大常委会 (s03, 2022);
  s:王海涛#2 is 肃宁县 副县长 (s06, 2023).
- bare organs whose place is only in the header: 县委 / 县政府 / 县人大常委会 / 县政协 on 今日沭阳 (s01, s02), 安吉新闻
  (s03), the 潮州日报 page ``饶平新闻`` (s04: the county only in the edition name), the 闽东日报 page ``霞浦新闻`` (s05),
  今日肃宁 (s06), 台安新闻 (s08); the body says 全县 / 我县 and never the county's name.
- a city paper's district page: 咸阳日报 ``第07版 秦都新闻`` (s07): bare 市委 / 副市长 are 咸阳's (the city's name is in
  the masthead and otherwise only in the lake 咸阳湖 of the photo news), the district is written in full (``市委常委、秦都
  区委书记``, ``秦都区委常委、常务副区长``).
- places that are also other places' names: 黄冈镇 (s04, not 黄冈市), 长春镇 (s05, not 长春市), 新塘镇 (s04).

Annotated by hand from the page texts before newskg was run on them (the set is blind). Every evidence string is
checked to be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts o, p and q where they speak; decided here where they are silent):
- The page header line lies before the first headline, outside every article: its 编辑 / 责任编辑 are page chrome and not
  annotated; its date is the page stamp. A kicker above a headline is part of the headline string (``"kicker\\nheadline"``);
  a sub-headline below is left in the body span.
- A post's evidence is a span where the name and the title are each unbroken (the writer checks them in the raw
  evidence); a broken org prefix (``县\\n委副书记``, ``县发\\n展改革委主任``) is kept as printed. Where the name is broken or
  spaced, another mention is used; every post-bearing mention was written so that one such span exists.
- Bare organs take the page's place (see above); a town's 党委 / 镇长 take the town named in the sentence or just before
  (``在柘林镇，镇党委书记谢志鸿`` → 饶平县柘林镇党委; ``11月的沙江镇 … 镇党委书记雷朝阳`` → 霞浦县沙江镇党委); a named
  village's 党支部 / 村委会 as in part m (霞浦县沙江镇小马村党支部, 霞浦县沙江镇小马村委会); a street's 党工委 is the
  district label + street (秦都区马泉街道党工委). ``市委常委、秘书长`` gives 咸阳市委 常委 + 咸阳市委 秘书长.
- An appointment (``决定任命方志远为县人民政府副县长``, ``任命王海涛为县交通运输局局长``) is a post line of its article;
  the sub-headline repeating it gives no second line; ``决定接受楼晓东辞去…副县长职务`` gives none (楼晓东 is named
  without a post). ``县领导A、B、C…出席`` and ``区领导…出席`` give no posts: those people are attendees named without a
  title (孙国华 and 冯雅琴 of s06 have their 县政协 posts from the page's third article only). ``两年前，他从县海洋与
  渔业局调任沙江镇党委书记`` gives no line for the former post (no title) and no second line for the present one.
- Company people (陆晨曦 总经理, 洪卫东 董事长, 钱国梁 董事长, 何启明 董事长, 迟国栋 总经理) are company_executive with no
  post line; when they report to a visiting leader they are speakers of the event.
- Events: 列席 counts as attending; 出席…并讲话 / 致辞 is attendee and speaker; 主持…并讲话 is chair and speaker;
  宣读 / 通报 / 介绍 / 作工作报告 / 表态发言 make a speaker (as o02's 通报); 陪同 / 参加调研 make attendees of a 调研 led by
  the visiting leader. The s05 portrait (article 1) reports no single event and has none; its date is ``11月的沙江镇``.
- Bylines: a byline at the end (``记者 朱婉清``) or a bare name in brackets (``（吉雨桐）``, ``（刘思彤）``, ``（边晓宁）``)
  is a reporter line of its article with the label and role the same person has in the page's top byline; photo credits
  ``记者 … 摄`` / ``通讯员 … 摄`` are reporter / correspondent lines; a photo credit in an article whose top byline already
  names the same person gives no second line.
- Projects include company projects named as visited sites (潮州市恒信陶瓷有限公司智能化技改项目, 电子级多晶硅材料生产线)
  and the provincial programme 百县千镇万村高质量发展工程 (kind program); planned sites (滩涂摄影文化产业园, 裘皮设计研发
  中心) are planned_project. Places inside project names count (孝丰, 柘林湾, 黄冈河, 尚村, 渭河, 西北, 桑林镇); company
  names, mastheads, edition names and header lines are not annotated; venues (县政务服务中心, 供热调度指挥中心) are not
  places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "s01_shuyang.txt": (2021, "2021年4月22日  星期四", "沭阳县", [
        ("传达学习上级会议精神 研究部署近期重点工作\n县委常委会召开会议", "4月\n21日", "2021-04-21", "本报讯（记者 朱婉清 通讯员 孙一鸣）4月",
         "county standing committee meeting; 县长 attends, 人大/政协 heads and the 副县长 列席; jumps to page 2"),
        ("仲维涛调研花木企业时要求", "4月20日", "2021-04-20", "本报讯 4月20日，副县长仲维涛",
         "deputy county head visits flower and seedling companies in two towns; byline at the end; photo caption"),
        ("春日花海引客来", "连日来", "2021-04", "连日来，颜集镇堰下村",
         "photo news of a flower village; no official")]),
    "s02_shuyang.txt": (2023, "2023年6月30日  星期五", "沭阳县", [
        ("抢抓黄金施工期 冲刺“双过半”\n全县二季度重大项目集中开工", "6\n月29日上午", "2023-06-29", "本报讯（记者 朱婉清 通讯员 吉雨桐）6",
         "集中开工 ceremony: 县委书记 announces, 县长 speaks, the former 副县长 (now 县委常委、常务副县长) chairs; 县领导 list without titles"),
        ("县人大常委会视察城区防汛工作", "6月28日", "2023-06-28", "本报讯 6月28日，县人大常委会副主任",
         "people's congress deputy head inspects flood control; 常务副县长 takes part; byline in brackets"),
        ("沭河风光带成市民休闲好去处", "入夏以来", "2023-06", "入夏以来，沭河风光带",
         "photo news; no official")]),
    "s03_anji.txt": (2022, "2022年8月26日 星期五", "安吉县", [
        ("县人大常委会举行第四十五次会议", "8\n月25日上午", "2022-08-25", "本报讯（记者 潘雨薇 通讯员 汪志成）8",
         "county people's congress standing committee session: resignation of a 副县长, appointment of a new 副县长 and two bureau heads, 宪法宣誓"),
        ("沈立峰调研竹产业发展时强调", "8月25日下午", "2022-08-25", "本报讯（记者 潘雨薇）8月25日下午",
         "county head visits bamboo companies; the newly appointed 副县长 accompanies the same afternoon"),
        ("余村游客络绎不绝", "暑期以来", "2022-08", "暑期以来，天荒坪镇余村",
         "photo news; no official")]),
    "s04_raoping.txt": (2024, "2024年3月22日  星期五", "饶平县", [
        ("聚焦茶产业 凝聚发展合力\n县政协召开专题协商会", "3\n月21日", "2024-03-21", "本报讯（记者 林佳琪 通讯员 郑泽楠）3",
         "county CPPCC consultation meeting on the tea industry; 副县长 listens"),
        ("浮滨镇春茶开采", "连日来", "2024-03", "连日来，浮滨镇岭头村",
         "photo news of spring tea picking; no official"),
        ("蔡俊杰调研重点项目建设时强调", "3月20日", "2024-03-20", "本报讯（记者 林佳琪）3月20日",
         "county party secretary visits projects in two towns; a town party secretary reports; photo caption")]),
    "s05_xiapu.txt": (2022, "2022年11月15日  星期二", "霞浦县", [
        ("基层书记谈振兴\n雷朝阳：把“海上田园”经营好", "11月的沙江镇", "2022-11", "11月的沙江镇，海带苗",
         "portrait of a town party secretary (aquaculture, a village 党支部书记、村委会主任, the 镇长); byline at the end"),
        ("缪建华督导检查渔业安全生产", "11月13日", "2022-11-13", "本报讯（通讯员 阮志坚）11月13日",
         "deputy county head inspects fishery safety in two towns"),
        ("滩涂光影入画来", "初冬时节", "2022-11", "初冬时节，北岐滩涂",
         "photo news; no official")]),
    "s06_suning.txt": (2023, "2023年2月8日 星期三", "肃宁县", [
        ("奋力冲刺首季“开门红”\n全县高质量发展暨项目建设动员大会召开", "2\n月7日", "2023-02-07", "本报讯（记者 边晓宁 通讯员 刘思彤）2",
         "county mobilisation meeting: 县委书记 speaks, 县长 chairs, seven 县领导 listed without titles, a 副县长 reads the commendation"),
        ("尚村镇：裘皮市场年后迎开市", "春节过后", "2023-02", "本报讯 春节过后",
         "town fur market reopens; town party secretary; photo caption; byline in brackets"),
        ("县政协视察营商环境建设工作", "2月6日", "2023-02-06", "本报讯 2月6日，县政协主席孙国华",
         "county CPPCC inspection; two people of the 县领导 list get their titles here")]),
    "s07_qindu.txt": (2024, "2024年5月17日  星期五", "秦都区", [
        ("吕泽林在秦都区调研时强调", "5月16\n日", "2024-05-16", "本报讯（记者 权雨桐 通讯员 薛博文）5月16",
         "city party secretary (bare 市委 = 咸阳市委) visits the district; 市委常委、秦都区委书记 and the 区长 accompany"),
        ("秦都区二季度招商引资项目集中签约", "5月15日", "2024-05-15", "本报讯（记者 权雨桐）5月15日",
         "district investment signing ceremony; a city 副市长 attends; 区领导 list without titles"),
        ("咸阳湖畔月季盛放", "初夏时节", "2024-05", "初夏时节，咸阳湖畔",
         "photo news; no official")]),
    "s08_taian.txt": (2021, "2021年12月9日  星期四", "台安县", [
        ("县政府召开第28次常务会议", "12月8日", "2021-12-08", "本报讯（记者 贾雪莹）12月8日",
         "county government executive meeting chaired by the 县长; 副县长 attend, 人大/政协 deputies 列席"),
        ("佟立军调研冬季供暖和项目建设", "12\n月7日", "2021-12-07", "本报讯（记者 贾雪莹 通讯员 纪明轩）12",
         "county party secretary visits a heating company, a works and a town's agricultural park"),
        ("西平森林公园银装素裹", "12月5日", "2021-12-05", "受冷空气影响，12月5日",
         "photo news of the first snow; no official")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # 沭阳县 (s01 2021, s02 2023)
    "s:厉振东": ("厉振东", "official", "沭阳县", [
        ("s01", "沭阳县委", "书记", "县委书记厉振东主持会议并讲话", "县委 on 今日沭阳 = 沭阳县委 (the county only in the masthead)"),
        ("s02", "沭阳县委", "书记", "县委书记厉振东宣布开工", "same post two years later")], []),
    "s:汤明远": ("汤明远", "official", "沭阳县", [
        ("s01", "沭阳县委", "副书记", "委副书记、县长汤明远", "县\\n委副书记 broken by the column"),
        ("s01", "沭阳县政府", "县长", "委副书记、县长汤明远", None),
        ("s02", "沭阳县委", "副书记", "副书记、县长汤明远致辞", "县委\\n副书记 broken by the column"),
        ("s02", "沭阳县政府", "县长", "副书记、县长汤明远致辞", None)], []),
    "s:仲维涛": ("仲维涛", "official", "沭阳县", [
        ("s01", "沭阳县政府", "副县长", "副县长仲维涛列席会议", "副县长 in April 2021"),
        ("s01", "沭阳县政府", "副县长", "副县长仲维涛带领县", "second article (the day before)"),
        ("s02", "沭阳县委", "常委", "县委常委、\n常务副县长仲维涛主持仪式", "moved up from 副县长 (s01, 2021) to 县委常委、常务副县长 (2023)"),
        ("s02", "沭阳县政府", "常务副县长", "县委常委、\n常务副县长仲维涛主持仪式", None),
        ("s02", "沭阳县委", "常委", "县委常委、常务副县长仲维涛参加视察", "second article; 仲 维涛 spaced in a bare mention of article 1"),
        ("s02", "沭阳县政府", "常务副县长", "县委常委、常务副县长仲维涛参加视察", None)], []),
    "s:蒯建平": ("蒯建平", "official", "沭阳县", [
        ("s01", "沭阳县人大常委会", "主任", "县人大常委会主任蒯建平", "named without a title in the 县领导 list of s02")], ["s02"]),
    "s:葛秀兰": ("葛秀兰", "official", "沭阳县", [
        ("s01", "沭阳县政协", "主席", "县政协主席\n葛秀兰", "named without a title in the 县领导 list of s02")], ["s02"]),
    "s:沈德兵": ("沈德兵", "official", "沭阳县", [
        ("s01", "沭阳县农业农村局", "局长", "县农业农村局局长沈德兵", None)], []),
    "s:姚国栋": ("姚国栋", "official", "沭阳县", [
        ("s01", "沭阳县新河镇党委", "书记", "委书记姚国栋参加调研", "town label = county + town; 新河镇党\\n委 broken by the column")], []),
    "s:陆晨曦": ("陆晨曦", "company_executive", "金桐园艺有限公司", [], ["s01"]),
    "s:杭立群": ("杭立群", "official", "沭阳县", [], ["s02"]),
    "s:翟雪梅": ("翟雪梅", "official", "沭阳县", [], ["s02"]),
    "s:严卫国": ("严卫国", "official", "沭阳县", [], ["s02"]),
    "s:闵志刚": ("闵志刚", "official", "沭阳县", [
        ("s02", "沭阳县人大常委会", "副主任", "县人大常委会副主任\n闵志刚带领", "second article; named without a title in the 县领导 list of article 1")], []),
    "s:董晓峰": ("董晓峰", "official", "沭阳县", [
        ("s02", "沭阳县发展改革委", "主任", "展改革委主任董晓峰介绍了", "县发\\n展改革委 broken by the column")], []),
    "s:洪卫东": ("洪卫东", "company_executive", "江苏恒润新材料科技有限公司", [], ["s02"]),
    # 安吉县 (s03 2022)
    "s:俞福林": ("俞福林", "official", "安吉县", [
        ("s03", "安吉县人大常委会", "主任", "县人大常委会主任俞福林主持", "县人大常委会 on 安吉新闻 = 安吉县's")], []),
    "s:潘慧敏": ("潘慧敏", "official", "安吉县", [
        ("s03", "安吉县人大常委会", "副主任", "副主任潘慧敏、叶建荣等出席会议", "副主任 after 县人大常委会主任俞福林 in the sentence before")], []),
    "s:叶建荣": ("叶建荣", "official", "安吉县", [
        ("s03", "安吉县人大常委会", "副主任", "副主任潘慧敏、叶建荣等出席会议", None)], []),
    "s:章晓燕": ("章晓燕", "official", "安吉县", [
        ("s03", "安吉县委", "常委", "县委常委、组织部部长章晓燕", "列席"),
        ("s03", "安吉县委组织部", "部长", "县委常委、组织部部长章晓燕", None)], []),
    "s:何卫明": ("何卫明", "official", "安吉县", [
        ("s03", "安吉县政府", "副县长", "副县长\n何卫明", "列席; makes the 专项工作报告")], []),
    "s:楼晓东": ("楼晓东", "official", "安吉县", [], ["s03"]),
    "s:方志远": ("方志远", "official", "安吉县", [
        ("s03", "安吉县政府", "副县长", "决定任命方志远为县人民政府副县长；任命", "appointment (the sub-headline repeats it: no second line)"),
        ("s03", "安吉县政府", "副县长", "副县长方志远陪同调研", "second article, the afternoon of the appointment")], []),
    "s:王海涛#1": ("王海涛", "official", "安吉县", [
        ("s03", "安吉县交通运输局", "局长", "王海涛为县交通运输局局长", "appointment; not the 王海涛 of 肃宁县 (s06)")], []),
    "s:吴静怡": ("吴静怡", "official", "安吉县", [
        ("s03", "安吉县市场监督管理局", "局长", "吴静怡为县市\n场监督管理局局长", "appointment")], []),
    "s:沈立峰": ("沈立峰", "official", "安吉县", [
        ("s03", "安吉县委", "副书记", "委副书记、县长沈立峰到孝丰镇", "县\\n委副书记 broken by the column"),
        ("s03", "安吉县政府", "县长", "委副书记、县长沈立峰到孝丰镇", None)], []),
    "s:许文涛": ("许文涛", "official", "安吉县", [
        ("s03", "安吉县孝丰镇党委", "书记", "丰镇党委书记许文涛", "孝\\n丰镇 broken by the column")], []),
    "s:钱国梁": ("钱国梁", "company_executive", "浙江竹韵家居有限公司", [], ["s03"]),
    # 饶平县 (s04 2024, 潮州日报 饶平新闻)
    "s:詹少宏": ("詹少宏", "official", "饶平县", [
        ("s04", "饶平县政协", "主席", "县政协主席詹少宏", "县政协 on the 潮州日报 page 饶平新闻 = 饶平县政协")], []),
    "s:余丽娟": ("余丽娟", "official", "饶平县", [
        ("s04", "饶平县政协", "副主席", "县政协副主席余丽娟、黄泽楷出席", None)], []),
    "s:黄泽楷": ("黄泽楷", "official", "饶平县", [
        ("s04", "饶平县政协", "副主席", "县政协副主席余丽娟、黄泽楷出席", None)], []),
    "s:许晓纯": ("许晓纯", "official", "饶平县", [
        ("s04", "饶平县政府", "副县长", "副县长许晓纯到会听取意见建议", None)], []),
    "s:蔡俊杰": ("蔡俊杰", "official", "饶平县", [
        ("s04", "饶平县委", "书记", "县委书记\n蔡俊杰到柘林镇", "third article")], []),
    "s:郑树彬": ("郑树彬", "official", "饶平县", [
        ("s04", "饶平县委", "常委", "县委常委、常务副县长郑树彬陪同调研", None),
        ("s04", "饶平县政府", "常务副县长", "县委常委、常务副县长郑树彬陪同调研", None)], []),
    "s:谢志鸿": ("谢志鸿", "official", "饶平县", [
        ("s04", "饶平县柘林镇党委", "书记", "镇党委书记谢志鸿汇报了", "镇 = 柘林镇 (在柘林镇，镇党委书记…)")], []),
    # 霞浦县 (s05 2022, 闽东日报 霞浦新闻)
    "s:雷朝阳": ("雷朝阳", "official", "霞浦县", [
        ("s05", "霞浦县沙江镇党委", "书记", "清晨6点多，镇党委书记雷朝阳", "镇 = 沙江镇 (11月的沙江镇…); 雷 朝阳 spaced in a later mention")], []),
    "s:钟丽萍": ("钟丽萍", "official", "霞浦县", [
        ("s05", "霞浦县沙江镇党委", "副书记", "镇党委副书记、\n镇长钟丽萍介绍", None),
        ("s05", "霞浦县沙江镇政府", "镇长", "镇党委副书记、\n镇长钟丽萍介绍", None)], []),
    "s:林海生": ("林海生", "official", "霞浦县", [
        ("s05", "霞浦县沙江镇小马村党支部", "书记", "村党支部书记、村委会主任林海生", "village post: town label + village + 党支部 (在小马村，村党支部书记…)"),
        ("s05", "霞浦县沙江镇小马村委会", "主任", "村党支部书记、村委会主任林海生", "村委会 follows the village of the same chain")], []),
    "s:缪建华": ("缪建华", "official", "霞浦县", [
        ("s05", "霞浦县政府", "副县长", "副县长\n缪建华带领", None)], []),
    # 肃宁县 (s06 2023)
    "s:赵振邦": ("赵振邦", "official", "肃宁县", [
        ("s06", "肃宁县委", "书记", "县委书记赵振邦出席会议并讲", "县委 on 今日肃宁 = 肃宁县委")], []),
    "s:马立新": ("马立新", "official", "肃宁县", [
        ("s06", "肃宁县委", "副书记", "县委副书记、县长马立新主持会议", None),
        ("s06", "肃宁县政府", "县长", "县委副书记、县长马立新主持会议", None)], []),
    "s:王海涛#2": ("王海涛", "official", "肃宁县", [
        ("s06", "肃宁县政府", "副县长", "副县长王海涛宣读了", "not the 王海涛 of 安吉县 (s03)")], []),
    "s:韩志强": ("韩志强", "official", "肃宁县", [
        ("s06", "肃宁县委", "常委", "县委常委、常务副县长韩志强通报了", None),
        ("s06", "肃宁县政府", "常务副县长", "县委常委、常务副县长韩志强通报了", None)], []),
    "s:孙国华": ("孙国华", "official", "肃宁县", [
        ("s06", "肃宁县政协", "主席", "县政协主席孙国华带领部分", "third article; named without a title in the 县领导 list of article 1")], []),
    "s:冯雅琴": ("冯雅琴", "official", "肃宁县", [
        ("s06", "肃宁县政协", "副主席", "政协副主席冯雅琴参加视察", "third article; 县\\n政协 broken by the column; named without a title in article 1")], []),
    "s:李秀芝": ("李秀芝", "official", "肃宁县", [], ["s06"]),
    "s:张建勋": ("张建勋", "official", "肃宁县", [], ["s06"]),
    "s:刘玉梅": ("刘玉梅", "official", "肃宁县", [], ["s06"]),
    "s:周晓光": ("周晓光", "official", "肃宁县", [], ["s06"]),
    "s:杜春来": ("杜春来", "official", "肃宁县", [], ["s06"]),
    "s:高立伟": ("高立伟", "official", "肃宁县", [
        ("s06", "肃宁县尚村镇党委", "书记", "尚村镇党委书记高立伟介绍", None)], []),
    # 咸阳市 / 秦都区 (s07 2024, 咸阳日报 秦都新闻)
    "s:吕泽林": ("吕泽林", "official", "咸阳市", [
        ("s07", "咸阳市委", "书记", "市委书记吕泽林到秦都区调研", "bare 市委 on 咸阳日报 = 咸阳市委 (the city named in the masthead)")], []),
    "s:白建锋": ("白建锋", "official", "咸阳市", [
        ("s07", "咸阳市委", "常委", "市委常委、秘书长\n白建锋参加调研", None),
        ("s07", "咸阳市委", "秘书长", "市委常委、秘书长\n白建锋参加调研", "秘书长 after 市委常委 = 市委秘书长")], []),
    "s:苗海龙": ("苗海龙", "official", "秦都区", [
        ("s07", "咸阳市委", "常委", "市委常委、秦都区委书记\n苗海龙", None),
        ("s07", "秦都区委", "书记", "市委常委、秦都区委书记\n苗海龙", "district written in full")], []),
    "s:惠明轩": ("惠明轩", "official", "秦都区", [
        ("s07", "秦都区委", "副书记", "秦都区委副书记、区长惠明轩陪同", None),
        ("s07", "秦都区政府", "区长", "秦都区委副书记、区长惠明轩陪同", None),
        ("s07", "秦都区委", "副书记", "秦都区委副书记、区长惠明轩出席", "second article"),
        ("s07", "秦都区政府", "区长", "秦都区委副书记、区长惠明轩出席", None)], []),
    "s:何启明": ("何启明", "company_executive", "陕西华锐电子材料有限公司", [], ["s07"]),
    "s:段玉洁": ("段玉洁", "official", "秦都区", [
        ("s07", "秦都区马泉街道党工委", "书记", "委书记段玉洁参加调研", "street post: district label + street + 党工委; 党工\\n委 broken by the column")], []),
    "s:拓晓峰": ("拓晓峰", "official", "咸阳市", [
        ("s07", "咸阳市政府", "副市长", "副市长\n拓晓峰", "bare 副市长 on 咸阳日报 = 咸阳市政府; 拓 晓峰 spaced in a later mention")], []),
    "s:寇文斌": ("寇文斌", "official", "秦都区", [
        ("s07", "秦都区委", "常委", "秦都区委常委、常务副区长寇文斌", None),
        ("s07", "秦都区政府", "常务副区长", "秦都区委常委、常务副区长寇文斌", None)], []),
    "s:樊建军": ("樊建军", "official", "秦都区", [], ["s07"]),
    "s:强晓燕": ("强晓燕", "official", "秦都区", [], ["s07"]),
    "s:贺志鹏": ("贺志鹏", "official", "秦都区", [], ["s07"]),
    # 台安县 (s08 2021)
    "s:关海鹏": ("关海鹏", "official", "台安县", [
        ("s08", "台安县委", "副书记", "副书记、县长关海鹏主持召开", "县委\\n副书记 broken by the column; 县委 on 台安新闻 = 台安县委"),
        ("s08", "台安县政府", "县长", "副书记、县长关海鹏主持召开", None)], []),
    "s:富振华": ("富振华", "official", "台安县", [
        ("s08", "台安县政府", "副县长", "副县长富振华、\n鄂丽娜出席会议", None),
        ("s08", "台安县政府", "副县长", "副县长富振华陪同调研", "second article")], []),
    "s:鄂丽娜": ("鄂丽娜", "official", "台安县", [
        ("s08", "台安县政府", "副县长", "副县长富振华、\n鄂丽娜出席会议", "list after one title")], []),
    "s:隋庆和": ("隋庆和", "official", "台安县", [
        ("s08", "台安县人大常委会", "副主任", "县人大常委会副主任隋庆和", "列席")], []),
    "s:白秀云": ("白秀云", "official", "台安县", [
        ("s08", "台安县政协", "副主席", "县政协副主席白秀云列席会议", None)], []),
    "s:佟立军": ("佟立军", "official", "台安县", [
        ("s08", "台安县委", "书记", "县委书记佟立军深入供热企业", None)], []),
    "s:迟国栋": ("迟国栋", "company_executive", "恒源热力有限公司", [], ["s08"]),
    "s:于洪涛": ("于洪涛", "official", "台安县", [
        ("s08", "台安县桑林镇党委", "书记", "镇党委书记于洪涛介绍了", "镇 = 桑林镇 (在桑\\n林镇，镇党委书记…)")], []),
    # bylines on both 今日沭阳 pages (the writer would list a reporter under the first file only)
    "s:朱婉清": ("朱婉清", "reporter", "沭阳县", [], ["s01", "s02"]),
    "s:胡嘉琪": ("胡嘉琪", "reporter", "沭阳县", [], ["s01", "s02"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("s01", "朱婉清", "记者", "reporter", "（记者 朱婉清 通讯员 孙一鸣）"),
    ("s01", "孙一鸣", "通讯员", "correspondent", "（记者 朱婉清 通讯员 孙一鸣）"),
    ("s01", "胡嘉琪", "记者", "reporter", "记者 胡嘉琪 摄"),
    ("s02", "朱婉清", "记者", "reporter", "（记者 朱婉清 通讯员 吉雨桐）"),
    ("s02", "吉雨桐", "通讯员", "correspondent", "（记者 朱婉清 通讯员 吉雨桐）"),
    ("s02", "胡嘉琪", "记者", "reporter", "记者 胡嘉琪 摄"),
    ("s03", "潘雨薇", "记者", "reporter", "（记者 潘雨薇 通讯员 汪志成）"),
    ("s03", "汪志成", "通讯员", "correspondent", "（记者 潘雨薇 通讯员 汪志成）"),
    ("s03", "鲍哲", "记者", "reporter", "记者 鲍哲 摄"),
    ("s04", "林佳琪", "记者", "reporter", "（记者 林佳琪 通讯员 郑泽楠）"),
    ("s04", "郑泽楠", "通讯员", "correspondent", "（记者 林佳琪 通讯员 郑泽楠）"),
    ("s05", "郑晓岚", "记者", "reporter", "记者 郑晓岚 通讯员 阮志坚"),
    ("s05", "阮志坚", "通讯员", "correspondent", "记者 郑晓岚 通讯员 阮志坚"),
    ("s06", "边晓宁", "记者", "reporter", "（记者 边晓宁 通讯员 刘思彤）"),
    ("s06", "刘思彤", "通讯员", "correspondent", "（记者 边晓宁 通讯员 刘思彤）"),
    ("s07", "权雨桐", "记者", "reporter", "（记者 权雨桐 通讯员 薛博文）"),
    ("s07", "薛博文", "通讯员", "correspondent", "（记者 权雨桐 通讯员 薛博文）"),
    ("s08", "贾雪莹", "记者", "reporter", "（记者 贾雪莹）"),
    ("s08", "纪明轩", "通讯员", "correspondent", "（记者 贾雪莹 通讯员 纪明轩）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {
    ("s01", "朱婉清"): "参加调研。\n记者 朱婉清",
    ("s01", "孙一鸣"): "通讯员 孙一鸣 摄",
    ("s02", "吉雨桐"): "（吉雨桐）",
    ("s03", "潘雨薇"): "（记者 潘雨薇）8月25日下午",
    ("s03", "鲍哲"): "图为游客在余村骑行游览。\n记者 鲍哲 摄",
    ("s04", "郑泽楠"): "通讯员 郑泽楠 摄",
    ("s04", "林佳琪"): "（记者 林佳琪）3月20日",
    ("s05", "阮志坚"): "（通讯员 阮志坚）11月13日",
    ("s05", "郑晓岚"): "记者 郑晓岚 摄",
    ("s06", "刘思彤"): "（刘思彤）",
    ("s06", "边晓宁"): "（边晓宁）",
    ("s07", "权雨桐"): "（记者 权雨桐）5月15日",
    ("s07", "薛博文"): "通讯员 薛博文 摄",
    ("s08", "贾雪莹"): "（记者 贾雪莹 通讯员 纪明轩）",
    ("s08", "纪明轩"): "通讯员 纪明轩 摄",
}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("s01", "县委常委会会议", "meeting (县委常委会会议)", "4月\n21日", "厉振东", None, ["县委常委会"],
     ["汤明远", "蒯建平", "葛秀兰", "仲维涛"], ["厉振东"], None,
     "21日，县委常委会召开会议",
     ["县委书记厉振东主持会议并讲话", "委副书记、县长汤明远，县委常委出席会议", "县人大常委会主任蒯建平", "葛秀兰，副县长仲维涛列席会议"]),
    ("s01", "花木企业生产经营情况调研", "inspection (调研)", "4月20日", None, "仲维涛", [],
     ["沈德兵", "姚国栋"], ["仲维涛", "陆晨曦"], "新河镇、颜集镇",
     "副县长仲维涛带领县\n农业农村局、县商务局等部门负责人，\n到新河镇、颜集镇调研花木企业生产经营\n情况",
     ["副县长仲维涛带领县", "理陆晨曦介绍了", "仲维涛强调", "县农业农村局局长沈德兵，新河镇党\n委书记姚国栋参加调研"]),
    ("s02", "全县二季度重大项目集中开工仪式", "ceremony (集中开工仪式)", "6\n月29日上午", "仲维涛", None, [],
     ["厉振东", "汤明远", "蒯建平", "葛秀兰", "杭立群", "闵志刚", "翟雪梅", "严卫国"], ["厉振东", "汤明远", "仲维涛", "董晓峰", "洪卫东"],
     "恒润新材料科技产业园项目现场",
     "全县二季度重大项目集中开\n工仪式在恒润新材料科技产业园项目现场\n举行",
     ["县委书记厉振东宣布开工", "副书记、县长汤明远致辞", "常务副县长仲维涛主持仪式", "蒯建平、葛秀兰、杭立群、闵志刚、翟雪梅、\n严卫国出席",
      "展改革委主任董晓峰介绍了", "洪卫东作为项目方代表发言", "仲 维涛要求"]),
    ("s02", "城区防汛工作视察", "inspection (人大视察)", "6月28日", None, "闵志刚", [],
     ["仲维涛"], ["闵志刚"], "沭河城区段、城南排涝站、沭城街道",
     "闵志刚带领部分县人大代表，视察城区防\n汛排涝工作",
     ["县人大常委会副主任\n闵志刚带领", "闵志刚指出", "县委常委、常务副县长仲维涛参加视察"]),
    ("s03", "县十七届人大常委会第四十五次会议", "session (人大常委会会议)", "8\n月25日上午", "俞福林", None, ["县人大常委会"],
     ["潘慧敏", "叶建荣", "章晓燕", "何卫明", "方志远"], ["俞福林", "何卫明", "方志远"], None,
     "县十七届人大常委会举行第四\n十五次会议",
     ["县人大常委会主任俞福林主持", "副主任潘慧敏、叶建荣等出席会议", "县委常委、组织部部长章晓燕，副县长\n何卫明", "何卫明受县政府委托作了专项工作报告",
      "方志远等新任命人员进行了宪法宣誓", "林强调", "方志远代表新任命人员作表态\n发言"]),
    ("s03", "竹产业发展情况调研", "inspection (调研)", "8月25日下午", None, "沈立峰", [],
     ["许文涛", "方志远"], ["沈立峰", "钱国梁"], "孝丰镇、天荒坪镇",
     "县长沈立峰到孝丰镇、天荒坪镇\n调研竹产业发展情况",
     ["县长沈立峰到孝丰镇", "公司董事长钱国梁介绍了", "沈立峰强调", "丰镇党委书记许文涛，副县长方志远陪同调研"]),
    ("s04", "“推动岭头单丛茶产业高质量发展”专题协商会", "meeting (政协专题协商会)", "3\n月21日", "詹少宏", None, ["县政协"],
     ["余丽娟", "黄泽楷", "许晓纯"], ["许晓纯", "詹少宏"], None,
     "县政协召开“推动岭头单丛茶产业\n高质量发展”专题协商会",
     ["县政协主席詹少宏\n主持会议", "县政协副主席余丽娟、黄泽楷出席", "副县长许晓纯到会听取意见建议", "许晓纯表示", "詹少宏强调"]),
    ("s04", "重点项目建设调研", "inspection (调研)", "3月20日", None, "蔡俊杰", [],
     ["郑树彬", "谢志鸿"], ["蔡俊杰", "谢志鸿"], "柘林镇、黄冈镇",
     "蔡俊杰到柘林镇、黄冈镇调研重点项目建设\n情况",
     ["县委书记\n蔡俊杰到柘林镇", "县委常委、常务副县长郑树彬陪同调研", "镇党委书记谢志鸿汇报了", "蔡俊杰强调"]),
    ("s05", "渔业安全生产督导检查", "inspection (督导检查)", "11月13日", None, "缪建华", [],
     [], ["缪建华"], "三沙镇、长春镇",
     "到三沙镇、长春镇督导检查\n渔业安全生产工作",
     ["副县长\n缪建华带领", "他要求"]),
    ("s06", "全县高质量发展暨项目建设动员大会", "meeting (动员大会)", "2\n月7日", "马立新", None, [],
     ["赵振邦", "孙国华", "李秀芝", "张建勋", "刘玉梅", "周晓光", "杜春来", "冯雅琴"], ["赵振邦", "马立新", "王海涛", "韩志强"], None,
     "全县高质量发展暨项目建设动员大\n会召开",
     ["县委书记赵振邦出席会议并讲\n话", "县委副书记、县长马立新主持会议", "孙国华、李秀芝、张建勋、刘玉梅、周晓光、\n杜春来、冯雅琴出席会议",
      "副县长王海涛宣读了", "常务副县长韩志强通报了", "赵振邦指出", "马立新要求"]),
    ("s06", "营商环境建设工作视察", "inspection (政协视察)", "2月6日", None, "孙国华", [],
     ["冯雅琴"], ["孙国华"], "县政务服务中心",
     "视察全县营商环境建设工作",
     ["县政协主席孙国华带领部分", "政协副主席冯雅琴参加视察", "孙\n国华指出"]),
    ("s07", "秦都区重点项目建设和企业生产经营情况调研", "inspection (调研)", "5月16\n日", None, "吕泽林", [],
     ["白建锋", "苗海龙", "惠明轩", "段玉洁"], ["吕泽林", "何启明"], "秦都区",
     "市委书记吕泽林到秦都区调研重点项目建\n设和企业生产经营情况",
     ["市委书记吕泽林到秦都区调研", "白建锋参加调研", "苗海龙，秦都区委副书记、区长惠明轩陪同", "公司董事长何启明介绍了", "吕泽林指出",
      "委书记段玉洁参加调研"]),
    ("s07", "秦都区二季度招商引资项目集中签约仪式", "ceremony (签约仪式)", "5月15日", "寇文斌", None, [],
     ["拓晓峰", "惠明轩", "樊建军", "强晓燕", "贺志鹏"], ["拓晓峰", "惠明轩"], None,
     "秦都区2024\n年二季度招商引资项目集中签约仪式举行",
     ["副市长\n拓晓峰，秦都区委副书记、区长惠明轩出席\n并致辞", "常务副区长寇文斌\n主持签约仪式", "区领导樊建军、强晓燕、\n贺志鹏出席",
      "惠明轩在致辞中表示", "拓 晓峰希望"]),
    ("s08", "县政府第28次常务会议", "meeting (县政府常务会议)", "12月8日", "关海鹏", None, ["县政府"],
     ["富振华", "鄂丽娜", "隋庆和", "白秀云"], ["关海鹏"], None,
     "主持召开县政府第28次\n常务会议",
     ["县长关海鹏主持召开", "副县长富振华、\n鄂丽娜出席会议", "县人大常委会副主任隋庆和、\n县政协副主席白秀云列席会议", "海鹏强调"]),
    ("s08", "冬季供暖保障和重点项目建设调研", "inspection (调研)", "12\n月7日", None, "佟立军", [],
     ["富振华", "于洪涛"], ["佟立军", "迟国栋", "于洪涛"], "县供热调度指挥中心、恒源热力有限公司、城东热源厂扩建工程、桑林镇现代农业产业园",
     "县委书记佟立军深入供热企业和项目\n现场，调研冬季供暖保障和重点项目建设情\n况",
     ["县委书记佟立军深入供热企业", "副县长富振华陪同调研", "公司总经理迟国栋\n汇报了", "镇党委书记于洪涛介绍了", "佟立军强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("s01", "花木电商产业园二期", "industrial_park", "加快推进花木电商\n产业园二期"),
    ("s01", "新河镇苗木交易市场提升工程", "project", "新河镇苗木交易市场提升工程"),
    ("s02", "恒润新材料科技产业园", "industrial_park", "工仪式在恒润新材料科技产业园项目现场"),
    ("s02", "花木电商物流园", "logistics_hub", "园、花木电商物流园、城南片区"),
    ("s02", "城南片区老旧小区改造工程", "housing_project", "城南片区老旧小区改\n造工程"),
    ("s03", "孝丰竹材科创中心", "project", "在孝丰竹材科创中心"),
    ("s03", "天荒坪镇竹林碳汇试点基地", "project", "在天荒坪镇竹林碳汇试点基地"),
    ("s04", "柘林湾海上风电运维基地", "infrastructure_project", "蔡俊杰先后来到柘林湾海上风电运维基地"),
    ("s04", "潮州市恒信陶瓷有限公司智能化技改项目", "project", "潮州市恒信陶瓷有限公司智能化技改项目"),
    ("s04", "黄冈河综合整治工程", "engineering_work", "黄冈河综合整治工程现场"),
    ("s04", "百县千镇万村高质量发展工程", "program", "“百县千镇万村高质量发展工\n程”"),
    ("s05", "滩涂摄影文化产业园", "planned_project", "谋划建设滩涂摄\n影文化产业园"),
    ("s06", "尚村裘皮时尚产业园", "industrial_park", "紧盯尚村裘皮时尚产业园"),
    ("s06", "针纺服装智能制造产业园", "industrial_park", "针纺\n服装智能制造产业园"),
    ("s06", "城区集中供热管网改造工程", "infrastructure_project", "城区集中供热管网改\n造工程"),
    ("s06", "裘皮设计研发中心", "planned_project", "裘皮设计研发中心"),
    ("s07", "电子级多晶硅材料生产线", "project", "新建电子级多晶硅材料生产线"),
    ("s07", "秦都区高端装备制造产业园", "industrial_park", "秦都区高端装备制造产业园和马泉街道城市"),
    ("s07", "马泉街道城市更新项目", "project", "在马泉街道城市更新项目现场"),
    ("s07", "新能源汽车零部件精密制造项目", "project", "新能源汽\n车零部件精密制造项目"),
    ("s07", "渭河湿地文旅综合体", "project", "渭河湿地文旅综合\n体"),
    ("s07", "西北冷链物流枢纽项目", "logistics_hub", "西北冷链物流枢纽项目"),
    ("s08", "城东热源厂扩建工程", "infrastructure_project", "进城东热源厂扩建工程"),
    ("s08", "桑林镇现代农业产业园", "industrial_park", "进城东热源厂扩建工程、桑林镇现代农业产\n业园"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("s01", "新河镇", "town", "standalone", "到新河镇、颜集镇调研"),
    ("s01", "颜集镇", "town", "standalone", "到新河镇、颜集镇调研"),
    ("s01", "堰下村", "village", "standalone", "颜集镇堰下村的花卉基地"),
    ("s02", "沭河", "river", "standalone", "先后来到沭河城区段"),
    ("s02", "沭城街道", "street", "standalone", "沭城街道积水点改造现场"),
    ("s02", "沭河风光带", "scenic_area", "standalone", "入夏以来，沭河风光带绿树成荫"),
    ("s03", "孝丰镇", "town", "standalone", "到孝丰镇、天荒坪镇"),
    ("s03", "天荒坪镇", "town", "standalone", "到孝丰镇、天荒坪镇"),
    ("s03", "孝丰", "town", "in_project_name", "在孝丰竹材科创中心"),
    ("s03", "余村", "village", "standalone", "天荒坪镇余村迎来旅游高峰"),
    ("s03", "矿山遗址公园", "park", "standalone", "漫步矿山遗址公园"),
    ("s04", "浮滨镇", "town", "standalone", "深入浮滨镇、"),
    ("s04", "新塘镇", "town", "standalone", "新塘镇等茶叶主产区"),
    ("s04", "岭头村", "village", "standalone", "浮滨镇岭头村的茶园"),
    ("s04", "柘林镇", "town", "standalone", "蔡俊杰到柘林镇、黄冈镇调研"),
    ("s04", "黄冈镇", "town", "standalone", "蔡俊杰到柘林镇、黄冈镇调研"),
    ("s04", "柘林湾", "bay", "in_project_name", "蔡俊杰先后来到柘林湾海上风电运维基地"),
    ("s04", "黄冈河", "river", "in_project_name", "黄冈河综合整治工程现场"),
    ("s05", "沙江镇", "town", "standalone", "11月的沙江镇"),
    ("s05", "小马村", "village", "standalone", "已经和小马村的养殖户"),
    ("s05", "S湾", "scenic_area", "standalone", "依托S湾、小马村等摄"),
    ("s05", "三沙镇", "town", "standalone", "到三沙镇、长春镇督导检查"),
    ("s05", "长春镇", "town", "standalone", "到三沙镇、长春镇督导检查"),
    ("s05", "三沙中心渔港", "port", "standalone", "先后来到三沙中心渔港"),
    ("s05", "大京", "village", "standalone", "镇大京渔排养殖区"),
    ("s05", "北岐", "scenic_area", "standalone", "北岐滩涂上紫菜竿"),
    ("s05", "东壁", "scenic_area", "standalone", "北岐、东壁"),
    ("s06", "尚村镇", "town", "standalone", "本报讯 春节过后，尚村镇裘皮市场"),
    ("s06", "梁家村镇", "town", "standalone", "梁家村镇、窝北镇主要负责人"),
    ("s06", "窝北镇", "town", "standalone", "梁家村镇、窝北镇主要负责人"),
    ("s06", "尚村", "area", "in_project_name", "紧盯尚村裘皮时尚产业园"),
    ("s07", "秦都区", "district", "standalone", "市委书记吕泽林到秦都区调研"),
    ("s07", "马泉街道", "street", "in_project_name", "在马泉街道城市更新项目现场"),
    ("s07", "渭河", "river", "in_project_name", "渭河湿地文旅综合"),
    ("s07", "西北", "region", "in_project_name", "西北冷链物流枢纽项目"),
    ("s07", "咸阳湖", "lake", "standalone", "咸阳湖畔数万株月季"),
    ("s08", "桑林镇", "town", "in_project_name", "和桑林镇现代农业产业园"),
    ("s08", "西平森林公园", "park", "standalone", "西平森林公园位于县城西部"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="s", conventions="set s (blind set of county and district newspaper pages as pdftotext gives them, provinces the corpus has few of: several articles per page, header line with date, masthead or edition, 版次 and 编辑, hard-wrapped columns with words, names, dates and bylines broken across lines, letter-spaced runs, photo captions, a 下转 jump; 沭阳县 on two pages two years apart, 安吉县, 饶平县 (潮州日报), 霞浦县 (闽东日报), 肃宁县, 秦都区 (咸阳日报), 台安县)",
          persons_note="Set s persons. id = corpus-wide person_id (s:王海涛#1 and s:王海涛#2 are two people; s:仲维涛 moves from 副县长 to 县委常委、常务副县长)")


if __name__ == "__main__":
    main()
