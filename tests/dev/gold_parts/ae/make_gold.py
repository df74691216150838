"""Write gold part ``ae`` (a blind set: inspections and supervision from a higher level, 巡视 / 巡察 / 督察 / 督导 / 暗访)
from the tables below.

Pages ``tests/dev/texts/ae*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 竹山 county page of a 省委第一巡视组 见面会 (``省委第一巡视组组长…作了
重要讲话 … 县委书记…汇报``, the 巡视组's stay, its 暗访 and 座谈); 南陵 许镇镇 and 衡阳县 杉桥镇 pages of a 县委巡察组's 动员会
at a town (``县委第一巡察组组长…作动员讲话，…镇党委书记…主持会议并作表态发言。巡察组副组长…及有关同志…出席会议``, the
意见箱 and 信访电话 paragraph); a 鲁西集团 page of a 市委巡察组 动员会 (``市纪委常务副书记…、市委第二巡察组组长…出席动员会``);
a 石泉 page of a 县委巡察组 at a 民政局 (the 县纪委副书记 who ``提出了明确要求``); a 籍山镇 巡察 ``回头看`` 反馈大会 (组长 反馈,
镇党委书记 表态发言) and a 浠水 page of 县委巡察组 反馈 with the 县领导 出席; the 重庆 page of a 中央环境保护督察组 动员会 (组长, 副组长、
环境保护部副部长 …); a 平江 page of a 省生态环境保护督察组 下沉 (``…带队，下沉平江县… 县委副书记、县长…、副县长…陪同检查``), a
红网 page of 湖南 省督察组 组长 率队 下沉督察 at 岳阳县 and a 江门 page of a 广东 督察组 组长 / 副组长 下沉; a 开封 page of a
省政府安委会督导组 (``省政府国资委副巡视员…带领省政府安全生产第二督导组 … 副市长…介绍 … 督导组组长…肯定``), a 无锡 page of a
省安全生产第二督导组 对接会 (``督导组组长、省住房城乡建设厅二级巡视员…，市委常委、常务副市长…``), a 吉林 page of a 省安委会
明督暗查组 led by a 省教育厅副厅长 (副市长 陪同); 中山, 临湘, 北京 and 马鞍山 pages of 市领导 ``四不两直`` 暗访 and a 赤壁 page
of a 副市长's 消防安全夜查. Places are real and new to the corpus: 江西 九江 (都昌县 three times, 九江经开区), 景德镇
(市, 浮梁县, 乐平市, 景德镇高新区) and 河北 承德 (市, 隆化县 and its 张三营镇, 双桥区, 承德高新区, 平泉市).

Shapes: a county site's 省委巡视组 进驻 动员会 (组长 作动员讲话, 县委书记 主持并表态, 副组长 and the 县四套班子 出席, a 汇报
after it, the 值班电话 paragraph) (ae01); a city paper's 第02版 report of the 巡视反馈会 at the same county four months later
(组长 反馈, 省委巡视办副主任 提出要求, 市委副书记 讲话, 县委书记 主持) (ae02); a city paper's 第A01版 of a 副省长 leading the
省政府安全生产督导组 with two 省直厅 heads, the 市长 全程陪同, the 县委书记 / 县长 in their county, and a 汇报会 (ae03); a county
site's 省生态环境保护督察组 下沉督察 led by its 组长 (no other title) with a 副组长、省生态环境厅副厅长, the city's 副市长 and the
county's 书记 / 县长 陪同 (ae04); a city site's 督导 by the same vice-governor, now 省委常委、副省长, a year later in another
city, with the same 应急管理厅厅长, the 经开区党工委书记 and the county leaders (ae05); a city department site's 中央生态环境
保护督察组 下沉 led by a 副组长, with the city's 书记 / 市长 and, in a county-level city of it, that city's 市委书记 / 市长 in the
same paragraph (ae06); a city site's 省安全生产督导组 led by a 厅长, whose 副组长 has only a rank (二级巡视员), with the 市长
会见, a 副市长 全程陪同 and three county leaders, and a 督导反馈会 (ae07); a county site's 市委巡察组 提级巡察 动员会 at a town
(组长, 县纪委书记 提出要求, 镇党委书记 主持) (ae08); a city paper's 第01版 of the 市长's night-time 暗访 (四不两直) with the
市政府秘书长 and the 应急管理局局长 (ae09); a county-level city's site of a 省委巡视组 动员会 with bare 市委 / 市长 of that
county-level city beside the 承德市委常委 written in full (ae10).

Identity cases:
- ae:梁振坤, a provincial official in two cities: 江西省政府 副省长 leading the 督导 in 景德镇 in May 2023 (ae03); 江西省委
  常委 + 江西省政府 副省长 leading the 督导 in 九江 in April 2024 (ae05). ae:孔德昭 (江西省应急管理厅 厅长) is with him on
  both pages.
- county leaders who move between the pages' years: ae:蔡志远, 都昌县委书记 at the 巡视 动员会 and 反馈会 (2022, ae01, ae02)
  → 九江市委 常委 + 九江市政府 副市长 (2024, ae05); ae:胡新民, 都昌县委副书记、县长 (2022, ae01, ae02) → 都昌县委书记
  (2024, ae05); ae:占卫东, 浮梁县委书记 (May and Nov 2023, ae03, ae04) → 景德镇市政府 副市长 (May 2024, ae06);
  ae:谭玉婷, 隆化县委副书记、县长 (2023, ae07) → 平泉市委书记 (2025, ae10: another county-level unit of 承德).
- the same officials across pages: ae:饶书鸿 (巡视组组长, no post; ae01, ae02), ae:汤国梁 (景德镇 市长 2023 and 2024),
  ae:万俊杰 (景德镇 副市长, ae03, ae04; on the 浮梁 site written bare ``副市长``), ae:程立华 (浮梁 县长, ae03, ae04),
  ae:柏晓东 (承德 市长, ae07 2023, ae09 2024).
- two different 罗志刚: ae:罗志刚#1 is 都昌县委常委、县纪委书记、县监委主任 (江西, March 2022, ae01); ae:罗志刚#2 is 隆化县
  副县长 (河北, March 2023, ae07).
- one organ word of different places: bare 县委 = 都昌县委 (ae01, ae02, ae05), 浮梁县委 (ae03, ae04) and 隆化县委 (ae07,
  ae08); bare 市委 = 九江市委 (ae02, ae05), 景德镇市委 and, after ``在乐平市，``, 乐平市委 on the same page (ae06), and
  平泉市委 on the 平泉 site (ae10) beside ``承德市委常委`` written in full; bare 经开区 = 九江经开区 (ae05); 高新区 of two
  cities: 景德镇高新区 (ae03, ae06) and 承德高新区 (ae09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts z, aa, ad and u where they speak; decided here where they are silent):
- A role in an inspection group sent by a higher body (组长 / 副组长 of a 巡视组, 巡察组, 督察组, 督导组) is a post of that
  group, as the sample's gold annotates ``市委党史学习教育第八巡回指导组组长`` (CONVENTIONS). This part first annotated them as
  no posts (the group a temporary team); brought in line after the first measurement. A group written bare after its full
  name in the article is that group (``督察组副组长`` → 江西省第二生态环境保护督察组 副组长), and the person's own post
  written beside the role is a holding too; a rank (二级巡视员) is a post of its department (CONVENTIONS).
- DECIDED HERE: the standing office of the 巡视 work is an organ: ``省委巡视办副主任聂海峰`` → 江西省委巡视办 副主任 (the
  office's short name as written, with the province).
- DECIDED HERE: an office inside the combined 纪委监委 keeps its name as written after the place:
  ``省纪委监委第五监督检查室主任`` → 河北省纪委监委第五监督检查室 主任; a county's ``县纪委书记、县监委主任`` → X县纪委 书记 +
  X县监委 主任 (as part u).
- Provincial officials on city and county pages: bare 省 = the province of the page (江西 / 河北): 副省长 → 江西省政府
  副省长; ``省委常委、副省长`` → 江西省委 常委 + 江西省政府 副省长; 省直厅 as written after the province (江西省应急管理厅
  厅长, 江西省住房和城乡建设厅 副厅长, 江西省水利厅 副厅长, 江西省生态环境厅 副厅长, 河北省住房和城乡建设厅 厅长).
- Bare organs take the place the sentence is about: 县委 / 县长 / 县人大常委会 / 县政协 on the 都昌, 浮梁 and 隆化 sites and
  in the city papers' county paragraphs (``在浮梁县，县委书记占卫东``, ``在都昌县，县委书记胡新民``, ``隆化县委书记闫振海，
  县委副书记、县长谭玉婷，副县长罗志刚``) = that county; 市委 / 市长 / 副市长 on a city's paper or site = that city; a bare
  ``副市长`` on a county site (浮梁, ae04) = the parent city's (景德镇市政府); ``在乐平市，市委书记彭雪松，市委副书记、市长
  贺立伟`` = 乐平市委 / 乐平市政府 (the 县级市), while ``市委书记石海涛`` earlier on the same 景德镇 page = 景德镇市委; on the
  平泉 site ``市委书记`` / ``市长`` = 平泉市委 / 平泉市政府 and ``承德市委常委、组织部部长`` = 承德市委 常委 + 承德市委组织部
  部长; bare 经开区 on the 九江 site = 九江经开区 (党工委 书记); ``镇党委书记`` / ``镇长`` on the 张三营镇 page = 隆化县张三营镇
  党委 / 政府 (as part aa). The 市委巡察组 on the 隆化 page is 承德's (no line anyway).
- ``市政府秘书长`` → 承德市政府 秘书长 (as parts z, ad); ``市应急管理局局长`` → 承德市应急管理局 局长. ``县四套班子领导`` /
  ``市四套班子领导`` and the unnamed ``市人大常委会主任、市政协主席`` are no posts.
- One line per post per article; a title in the headline repeated in the lead gives one line.
- Events: a 巡视 / 巡察 动员会 and a 巡视反馈会 are ``meeting`` (chair: who 主持; speakers: 作动员讲话 / 反馈 / 提出要求 /
  讲话 / 表态发言 / 指出 / 表示; attendees: 出席 / 参加, the 副组长 with ``及巡视组全体成员``, and who 出席…并讲话 or 出席…并提出
  要求 is a speaker and an attendee (as part u)). The 巡视 itself (the group's two-month stay) is no event of its own; the
  work report heard ``会后`` by the 巡视组 (ae01) is a meeting of its own (speaker 罗志刚, who 作了汇报). A 督导, a 下沉督察 and an
  暗访 are ``inspection`` (leader: who 率 / 带领 / 带队 or does the 暗访; attendees: 参加 / 陪同 / 全程陪同 / 会见; speakers:
  介绍 / 汇报 / 指出 / 强调 / 要求 / 询问 / 通报 / 表示, as part ad). DECIDED HERE: the 汇报会 / 座谈 / 督导反馈会 held inside a
  督导 or 督察 (ae03, ae05, ae07) is part of that inspection (as part ad's closing 座谈会 and part aa), not an event of its
  own. The inspection's place is the city or county visited.
- Projects: works named as under way, inspected or to be pushed: 燃气管网 / 燃气管道 / 污水管网 / 供热管网 改造工程 and
  污水处理厂 提标改造 / 扩建 工程 ``infrastructure_project``; 城防堤除险加固工程 and 流域综合治理工程 ``engineering_work``; a
  废弃矿山生态修复项目 ``greening_project``; an 产业园二期项目 ``industrial_park``. ``乡村振兴示范带``, ``食用菌产业集群`` and
  the 整改 plans are no projects. An existing 工业园区 only visited (乐平工业园区) and an existing dike (矶山联圩) are places.
- Places: one row per distinct name per file, named as the evidence writes it (a bare 经开区 is its own row beside 九江经开区,
  as parts k and ad); the short city or county name in a slogan or sentence (都昌, 九江, 平泉) is a row; a river's
  section name inside a place phrase (``昌江浮梁段``, ``乐安河乐平段``) gives the river. Mastheads, site lines, 来源 lines,
  the 值班电话 / 邮政信箱 lines, footers and 上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ae01_duchang.txt": (2022, "发布时间：2022-03-19 08:36", "都昌县", [
        ("省委第四巡视组巡视都昌县工作动员会召开", "3月18日下午", "2022-03-18", "根据省委统一部署，3月18日下午",
         "county site: 省委巡视组 进驻 动员会 (组长 动员讲话, 县委书记 主持并表态, 副组长 and 县四套班子 出席); a 汇报 to the 巡视组 after it")]),
    "ae02_duchang.txt": (2022, "2022年7月13日　星期三", "都昌县", [
        ("省委第四巡视组向都昌县委反馈巡视情况", "7月12日", "2022-07-12", "本报讯（记者 柯晓琳",
         "city paper 第02版: 巡视反馈会 (组长 反馈, 省委巡视办副主任 提出要求, 市委副书记 讲话, 县委书记 主持并表态)")]),
    "ae03_jingdezhen.txt": (2023, "2023年5月26日　星期五", "景德镇市", [
        ("梁振坤率省政府安全生产督导组来我市督导", "5月25日", "2023-05-25", "本报讯（记者 洪嘉怡）",
         "city paper 第A01版: a 副省长 leads the 省政府安全生产督导组 with two 省直厅 heads; 市长 全程陪同; county leaders in 浮梁; 汇报会 inside the 督导")]),
    "ae04_fuliang.txt": (2023, "发布时间：2023-11-08 17:20", "浮梁县", [
        ("省第二生态环境保护督察组到我县开展下沉督察", "11月7日", "2023-11-07", "11月7日，省第二生态环境保护督察组",
         "county site: 省生态环境保护督察组 下沉督察 led by its 组长 (no post); 副组长、省生态环境厅副厅长; the city's 副市长 and the county's 书记 / 县长 陪同")]),
    "ae05_jiujiang.txt": (2024, "发布时间：2024-04-19 10:05", "九江市", [
        ("梁振坤来九江督导安全生产和防汛备汛工作", "4月17日至18日", "2024-04-17", "4月17日至18日，省委常委",
         "city site: the same vice-governor (now 省委常委) in another city; 经开区党工委书记; 都昌县's new 书记 and 县长; 座谈 inside the 督导")]),
    "ae06_jingdezhen.txt": (2024, "发布日期：2024-05-22", "景德镇市", [
        ("中央第三生态环境保护督察组下沉我市开展督察", "5月21日", "2024-05-21", "5月21日，中央第三生态环境保护督察组",
         "department site: 中央生态环境保护督察组 下沉 led by a 副组长 (no post); 景德镇 市委书记 / 市长 and, in 乐平市, that city's 市委书记 / 市长")]),
    "ae07_chengde.txt": (2023, "发布时间：2023-03-10 16:48", "承德市", [
        ("省安全生产第四督导组到我市督导全国“两会”期间安全生产工作", "3月8日至9日", "2023-03-08", "3月8日至9日，省住房和城乡建设厅厅长",
         "city site: 省安全生产督导组 led by a 厅长; its 副组长 holds only a rank; 市长 会见, 副市长 全程陪同; 隆化 书记 / 县长 / 副县长; 督导反馈会 inside it")]),
    "ae08_longhua.txt": (2024, "发布时间：2024-04-10 09:12", "隆化县张三营镇", [
        ("市委第二巡察组巡察张三营镇党委工作动员会召开", "4月9日上午", "2024-04-09", "根据市委巡察工作统一部署",
         "county site: 市委巡察组 提级巡察 动员会 at a town (组长 动员讲话, 县纪委书记 提出要求, 镇党委书记 主持并表态)")]),
    "ae09_chengde.txt": (2024, "2024年12月20日　星期五", "承德市", [
        ("柏晓东夜间暗访检查安全生产工作时强调", "12月19日晚", "2024-12-19", "本报讯（记者 鲍思彤）",
         "city paper 第01版: the 市长's night-time 暗访 (四不两直) in 双桥区 and 承德高新区 with the 市政府秘书长 and the 应急管理局局长")]),
    "ae10_pingquan.txt": (2025, "发布时间：2025-03-21 18:30", "平泉市", [
        ("省委第六巡视组巡视平泉市工作动员会召开", "3月20日下午", "2025-03-20", "根据省委统一部署，3月20日下午",
         "county-level city site: 省委巡视组 动员会; bare 市委 / 市长 = 平泉市; 承德市委常委 written in full; a 副组长 with a 省纪委监委 office")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 江西: 都昌 (九江)
    "ae:饶书鸿": ("饶书鸿", "official", "江西省", [
        ("ae01", "江西省委第四巡视组", "组长", "省委第四巡视组组长饶书鸿作动员讲话", "a group's role is a post (CONVENTIONS, as the sample's gold)"),
        ("ae02", "江西省委第四巡视组", "组长", "省委第四巡视组组长饶书鸿代表巡视组反馈巡视意见", None)], []),
    "ae:黎晓岚": ("黎晓岚", "official", "江西省", [
        ("ae01", "江西省委第四巡视组", "副组长", "省委第四巡视组副组长黎晓岚", None)], []),
    "ae:蔡志远": ("蔡志远", "official", "都昌县", [
        ("ae01", "都昌县委", "书记", "县委书记蔡志远主持会议并作表态发言", "2022-03 (identity case: 九江市委常委、副市长 in 2024, ae05)"),
        ("ae02", "都昌县委", "书记", "县委书记蔡志远主持会议并作表态发言", "2022-07; bare 县委 in the 九江日报's article on 都昌 = 都昌县委"),
        ("ae05", "九江市委", "常委", "市委常委、副市长蔡志远参加", "2024-04: now a city leader"),
        ("ae05", "九江市政府", "副市长", "市委常委、副市长蔡志远参加", None)], []),
    "ae:胡新民": ("胡新民", "official", "都昌县", [
        ("ae01", "都昌县委", "副书记", "县委副书记、县长胡新民", "2022-03: 县长 (identity case: 县委书记 in 2024, ae05)"),
        ("ae01", "都昌县政府", "县长", "县委副书记、县长胡新民", None),
        ("ae02", "都昌县委", "副书记", "县委副书记、县长胡新民分别反馈了巡视情况", "2022-07"),
        ("ae02", "都昌县政府", "县长", "县委副书记、县长胡新民分别反馈了巡视情况", None),
        ("ae05", "都昌县委", "书记", "在都昌县，县委书记胡新民", "2024-04: now 县委书记")], []),
    "ae:邵国华": ("邵国华", "official", "都昌县", [
        ("ae01", "都昌县人大常委会", "主任", "县人大常委会主任邵国华", None)], []),
    "ae:曹丽萍": ("曹丽萍", "official", "都昌县", [
        ("ae01", "都昌县政协", "主席", "县政协主席曹丽萍", None)], []),
    "ae:罗志刚#1": ("罗志刚", "official", "都昌县", [
        ("ae01", "都昌县委", "常委", "县委常委、县纪委书记、县监委主任罗志刚", "江西 都昌; not the 罗志刚 of 隆化 (ae07)"),
        ("ae01", "都昌县纪委", "书记", "县委常委、县纪委书记、县监委主任罗志刚", None),
        ("ae01", "都昌县监委", "主任", "县委常委、县纪委书记、县监委主任罗志刚", None)], []),
    "ae:聂海峰": ("聂海峰", "official", "江西省", [
        ("ae02", "江西省委巡视办", "副主任", "省委巡视办副主任聂海峰", "DECIDED HERE: the standing 巡视办 is an organ")], []),
    "ae:熊文涛": ("熊文涛", "official", "九江市", [
        ("ae02", "九江市委", "副书记", "市委副书记熊文涛出席会议并讲话", "市委 on the 九江日报 = 九江市委")], []),
    # ---- 江西: provincial officials
    "ae:梁振坤": ("梁振坤", "official", "江西省", [
        ("ae03", "江西省政府", "副省长", "副省长梁振坤率省政府安全生产第三督导组", "2023-05 in 景德镇 (identity case: in 九江 in 2024, ae05)"),
        ("ae05", "江西省委", "常委", "省委常委、副省长梁振坤来九江督导", "2024-04 in 九江; headline names him without a title"),
        ("ae05", "江西省政府", "副省长", "省委常委、副省长梁振坤来九江督导", None)], []),
    "ae:孔德昭": ("孔德昭", "official", "江西省", [
        ("ae03", "江西省应急管理厅", "厅长", "省应急管理厅厅长孔德昭", "2023 in 景德镇"),
        ("ae05", "江西省应急管理厅", "厅长", "省应急管理厅厅长孔德昭", "2024 in 九江")], []),
    "ae:詹丽华": ("詹丽华", "official", "江西省", [
        ("ae03", "江西省住房和城乡建设厅", "副厅长", "省住房和城乡建设厅副厅长詹丽华参加督导", None)], []),
    "ae:何婉清": ("何婉清", "official", "江西省", [
        ("ae04", "江西省第二生态环境保护督察组", "副组长", "督察组副组长、省生态环境厅副厅长何婉清参加", "the group named in full before it in the sentence"),
        ("ae04", "江西省生态环境厅", "副厅长", "督察组副组长、省生态环境厅副厅长何婉清参加", None)], []),
    "ae:冷国平": ("冷国平", "official", "江西省", [
        ("ae05", "江西省水利厅", "副厅长", "省水利厅副厅长冷国平参加督导", None)], []),
    "ae:郑启明": ("郑启明", "official", "江西省", [
        ("ae04", "江西省第二生态环境保护督察组", "组长", "省第二生态环境保护督察组组长郑启明带队", None)], []),
    "ae:章立新": ("章立新", "official", "中央", [
        ("ae06", "中央第三生态环境保护督察组", "副组长", "中央第三生态环境保护督察组副组长章立新带队", None)], []),
    # ---- 江西: 景德镇, 浮梁, 乐平
    "ae:汤国梁": ("汤国梁", "official", "景德镇市", [
        ("ae03", "景德镇市委", "副书记", "市委副书记、市长汤国梁全程陪同", "2023"),
        ("ae03", "景德镇市政府", "市长", "市委副书记、市长汤国梁全程陪同", None),
        ("ae06", "景德镇市委", "副书记", "市委副书记、市长汤国梁陪同督察", "2024"),
        ("ae06", "景德镇市政府", "市长", "市委副书记、市长汤国梁陪同督察", None)], []),
    "ae:万俊杰": ("万俊杰", "official", "景德镇市", [
        ("ae03", "景德镇市政府", "副市长", "副市长万俊杰参加", None),
        ("ae04", "景德镇市政府", "副市长", "副市长万俊杰，县委书记占卫东", "bare 副市长 on the 浮梁 county site = the parent city's")], []),
    "ae:占卫东": ("占卫东", "official", "浮梁县", [
        ("ae03", "浮梁县委", "书记", "在浮梁县，县委书记占卫东", "2023-05 (identity case: 景德镇市副市长 in 2024, ae06)"),
        ("ae04", "浮梁县委", "书记", "副市长万俊杰，县委书记占卫东", "2023-11; bare 县委 on the 浮梁 site"),
        ("ae06", "景德镇市政府", "副市长", "副市长占卫东参加", "2024-05: now 副市长 of the city")], []),
    "ae:程立华": ("程立华", "official", "浮梁县", [
        ("ae03", "浮梁县委", "副书记", "县委副书记、县长程立华陪同督导", None),
        ("ae03", "浮梁县政府", "县长", "县委副书记、县长程立华陪同督导", None),
        ("ae04", "浮梁县委", "副书记", "县委副书记、县长程立华陪同督察", None),
        ("ae04", "浮梁县政府", "县长", "县委副书记、县长程立华陪同督察", None)], []),
    "ae:石海涛": ("石海涛", "official", "景德镇市", [
        ("ae06", "景德镇市委", "书记", "市委书记石海涛，市委副书记、市长汤国梁", "bare 市委 on the 景德镇 department site = 景德镇市委")], []),
    "ae:彭雪松": ("彭雪松", "official", "乐平市", [
        ("ae06", "乐平市委", "书记", "在乐平市，市委书记彭雪松", "bare 市委 after 在乐平市 = the 县级市 乐平's, not 景德镇市委")], []),
    "ae:贺立伟": ("贺立伟", "official", "乐平市", [
        ("ae06", "乐平市委", "副书记", "市委副书记、市长贺立伟陪同督察", "乐平市 (the same sentence as 彭雪松)"),
        ("ae06", "乐平市政府", "市长", "市委副书记、市长贺立伟陪同督察", None)], []),
    # ---- 江西: 九江
    "ae:舒建华": ("舒建华", "official", "九江市", [
        ("ae05", "九江市委", "副书记", "市委副书记、市长舒建华全程陪同", None),
        ("ae05", "九江市政府", "市长", "市委副书记、市长舒建华全程陪同", None)], []),
    "ae:黄振宇": ("黄振宇", "official", "九江经开区", [
        ("ae05", "九江经开区党工委", "书记", "经开区党工委书记黄振宇", "bare 经开区 on the 九江 site = 九江经开区")], []),
    "ae:余海燕": ("余海燕", "official", "都昌县", [
        ("ae05", "都昌县委", "副书记", "县委副书记、县长余海燕陪同督导", "2024: 胡新民's successor as 县长"),
        ("ae05", "都昌县政府", "县长", "县委副书记、县长余海燕陪同督导", None)], []),
    # ---- 河北: 承德, 隆化, 平泉
    "ae:沈立群": ("沈立群", "official", "河北省", [
        ("ae07", "河北省住房和城乡建设厅", "厅长", "省住房和城乡建设厅厅长沈立群带领省安全生产第四督导组", "leads the 督导组 by his own post")], []),
    "ae:高凤岐": ("高凤岐", "official", "河北省", [
        ("ae07", "河北省安全生产第四督导组", "副组长", "督导组副组长、省应急管理厅二级巡视员高凤岐", "the group named in full earlier in the article"),
        ("ae07", "河北省应急管理厅", "二级巡视员", "督导组副组长、省应急管理厅二级巡视员高凤岐", "a rank is a post of its department (CONVENTIONS)")], []),
    "ae:柏晓东": ("柏晓东", "official", "承德市", [
        ("ae07", "承德市委", "副书记", "市委副书记、市长柏晓东会见督导组一行", "2023"),
        ("ae07", "承德市政府", "市长", "市委副书记、市长柏晓东会见督导组一行", None),
        ("ae09", "承德市委", "副书记", "市委副书记、市长柏晓东采取", "2024; named in the headline too"),
        ("ae09", "承德市政府", "市长", "市委副书记、市长柏晓东采取", None)], []),
    "ae:邢振国": ("邢振国", "official", "承德市", [
        ("ae07", "承德市政府", "副市长", "副市长邢振国全程陪同", None)], []),
    "ae:闫振海": ("闫振海", "official", "隆化县", [
        ("ae07", "隆化县委", "书记", "隆化县委书记闫振海", None)], []),
    "ae:谭玉婷": ("谭玉婷", "official", "隆化县", [
        ("ae07", "隆化县委", "副书记", "县委副书记、县长谭玉婷", "2023: 隆化 (identity case: 平泉市委书记 in 2025, ae10)"),
        ("ae07", "隆化县政府", "县长", "县委副书记、县长谭玉婷", "after 隆化县委书记 = 隆化县's"),
        ("ae10", "平泉市委", "书记", "市委书记谭玉婷主持会议并作表态发言", "2025: bare 市委 on the 平泉 site = 平泉市委")], []),
    "ae:罗志刚#2": ("罗志刚", "official", "隆化县", [
        ("ae07", "隆化县政府", "副县长", "副县长罗志刚陪同督导", "河北 隆化; not the 罗志刚 of 都昌 (ae01)")], []),
    "ae:郭瑞林": ("郭瑞林", "official", "承德市", [
        ("ae08", "承德市委第二巡察组", "组长", "市委第二巡察组组长郭瑞林作动员讲话", None)], []),
    "ae:崔海鹏": ("崔海鹏", "official", "承德市", [
        ("ae08", "承德市委第二巡察组", "副组长", "市委第二巡察组副组长崔海鹏", None)], []),
    "ae:田立新": ("田立新", "official", "隆化县", [
        ("ae08", "隆化县委", "常委", "县委常委、县纪委书记、县监委主任田立新", None),
        ("ae08", "隆化县纪委", "书记", "县委常委、县纪委书记、县监委主任田立新", None),
        ("ae08", "隆化县监委", "主任", "县委常委、县纪委书记、县监委主任田立新", None)], []),
    "ae:任宏亮": ("任宏亮", "official", "隆化县张三营镇", [
        ("ae08", "隆化县张三营镇党委", "书记", "镇党委书记任宏亮主持会议", "bare 镇 on the 张三营镇 page")], []),
    "ae:包海英": ("包海英", "official", "隆化县张三营镇", [
        ("ae08", "隆化县张三营镇党委", "副书记", "镇党委副书记、镇长包海英", None),
        ("ae08", "隆化县张三营镇政府", "镇长", "镇党委副书记、镇长包海英", None)], []),
    "ae:温志鹏": ("温志鹏", "official", "承德市", [
        ("ae09", "承德市政府", "秘书长", "市政府秘书长温志鹏", None)], []),
    "ae:乔立军": ("乔立军", "official", "承德市", [
        ("ae09", "承德市应急管理局", "局长", "市应急管理局局长乔立军参加暗访", None)], []),
    "ae:苑长青": ("苑长青", "official", "河北省", [
        ("ae10", "河北省委第六巡视组", "组长", "省委第六巡视组组长苑长青作动员讲话", None)], []),
    "ae:吕晓峰": ("吕晓峰", "official", "河北省", [
        ("ae10", "河北省委第六巡视组", "副组长", "省委第六巡视组副组长、省纪委监委第五监督检查室主任吕晓峰", None),
        ("ae10", "河北省纪委监委第五监督检查室", "主任", "副组长、省纪委监委第五监督检查室主任吕晓峰", "the 纪委监委's office as written")], []),
    "ae:阚宏伟": ("阚宏伟", "official", "承德市", [
        ("ae10", "承德市委", "常委", "承德市委常委、组织部部长阚宏伟", "written with 承德 on the 平泉 site"),
        ("ae10", "承德市委组织部", "部长", "承德市委常委、组织部部长阚宏伟", None)], []),
    "ae:秦海川": ("秦海川", "official", "平泉市", [
        ("ae10", "平泉市委", "副书记", "市委副书记、市长秦海川", "bare 市委 / 市长 on the 平泉 site = 平泉市"),
        ("ae10", "平泉市政府", "市长", "市委副书记、市长秦海川", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ae01", "江雨欣", "责任编辑", "editor", "责任编辑：江雨欣"),
    ("ae02", "柯晓琳", "记者", "reporter", "本报讯（记者 柯晓琳 通讯员 冯浩然）"),
    ("ae02", "冯浩然", "通讯员", "correspondent", "本报讯（记者 柯晓琳 通讯员 冯浩然）"),
    ("ae02", "戴雨萱", "编辑", "editor", "（编辑：戴雨萱）"),
    ("ae03", "洪嘉怡", "记者", "reporter", "本报讯（记者 洪嘉怡）"),
    ("ae03", "方静怡", "本版编辑", "editor", "本版编辑：方静怡"),
    ("ae03", "聂子涵", "校对", "editor", "校对：聂子涵"),
    ("ae04", "魏书瑶", "供稿", "author", "（供稿：县生态环境局 魏书瑶）"),
    ("ae04", "侯梓萱", "责任编辑", "editor", "责任编辑：侯梓萱"),
    ("ae05", "袁嘉琪", "责任编辑", "editor", "责任编辑：袁嘉琪"),
    ("ae06", "庞悦然", "责任编辑", "editor", "责任编辑：庞悦然"),
    ("ae07", "阚丽娜", "责任编辑", "editor", "责任编辑：阚丽娜"),
    ("ae08", "温若溪", "供稿", "author", "（供稿：张三营镇 温若溪）"),
    ("ae09", "鲍思彤", "记者", "reporter", "本报讯（记者 鲍思彤）"),
    ("ae09", "田可欣", "编辑", "editor", "编辑：田可欣"),
    ("ae09", "孙晓禾", "校对", "editor", "校对：孙晓禾"),
    ("ae10", "裴文静", "责任编辑", "editor", "责任编辑：裴文静"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ae01", "省委第四巡视组巡视都昌县工作动员会", "meeting (巡视动员会)", "3月18日下午", "蔡志远", None, [],
     ["黎晓岚", "胡新民", "邵国华", "曹丽萍"], ["饶书鸿", "蔡志远"], "都昌县",
     "3月18日下午，十五届省委第一轮巡视省委第四巡视组巡视都昌县工作动员会召开",
     ["省委第四巡视组组长饶书鸿作动员讲话", "县委书记蔡志远主持会议并作表态发言", "副组长黎晓岚及巡视组全体成员",
      "县委副书记、县长胡新民", "县人大常委会主任邵国华", "县政协主席曹丽萍等县四套班子领导出席会议", "饶书鸿指出", "蔡志远表示"]),
    ("ae01", "巡视组听取县委领导班子工作情况汇报", "meeting (工作汇报会)", "3月18日下午", None, None, [],
     [], ["罗志刚"], "都昌县",
     "会后，巡视组听取了县委领导班子工作情况汇报",
     ["县监委主任罗志刚就全县党风廉政建设和反腐败工作作了汇报"]),
    ("ae02", "省委第四巡视组巡视都昌县反馈会", "meeting (巡视反馈会)", "7月12日", "蔡志远", None, [],
     ["熊文涛"], ["饶书鸿", "聂海峰", "熊文涛", "蔡志远"], "都昌县",
     "7月12日，省委第四巡视组向都昌县委反馈巡视情况",
     ["组长饶书鸿代表巡视组反馈巡视意见", "省委巡视办副主任聂海峰就做好巡视整改工作提出要求", "市委副书记熊文涛出席会议并讲话",
      "县委书记蔡志远主持会议并作表态发言", "聂海峰要求", "熊文涛强调", "蔡志远表示"]),
    ("ae03", "省政府安全生产第三督导组督导", "inspection (督导)", "5月25日", None, "梁振坤", [],
     ["孔德昭", "詹丽华", "汤国梁", "万俊杰", "占卫东", "程立华"], ["梁振坤", "汤国梁", "孔德昭"], "景德镇市",
     "副省长梁振坤率省政府安全生产第三督导组来我市，督导安全生产大检查和重大事故隐患专项排查整治工作",
     ["副省长梁振坤率省政府安全生产第三督导组", "省应急管理厅厅长孔德昭", "詹丽华参加督导", "市长汤国梁全程陪同",
      "副市长万俊杰参加", "县委书记占卫东", "县长程立华陪同督导", "梁振坤详细询问", "汤国梁汇报了", "梁振坤充分肯定",
      "孔德昭就做好", "汤国梁表示"]),
    ("ae04", "省第二生态环境保护督察组下沉督察", "inspection (下沉督察)", "11月7日", None, "郑启明", [],
     ["何婉清", "万俊杰", "占卫东", "程立华"], ["何婉清", "郑启明", "占卫东"], "浮梁县",
     "11月7日，省第二生态环境保护督察组组长郑启明带队到我县开展下沉督察",
     ["组长郑启明带队", "省生态环境厅副厅长何婉清参加", "副市长万俊杰", "县委书记占卫东", "县长程立华陪同督察",
      "何婉清详细询问了", "郑启明指出", "占卫东表示"]),
    ("ae05", "安全生产和防汛备汛工作督导", "inspection (督导)", "4月17日至18日", None, "梁振坤", [],
     ["孔德昭", "冷国平", "舒建华", "蔡志远", "黄振宇", "胡新民", "余海燕"], ["黄振宇", "梁振坤", "胡新民", "舒建华", "冷国平"], "九江市",
     "省委常委、副省长梁振坤来九江督导安全生产和防汛备汛工作",
     ["副省长梁振坤来九江督导", "省应急管理厅厅长孔德昭", "副厅长冷国平参加督导", "市长舒建华全程陪同", "副市长蔡志远参加",
      "经开区党工委书记黄振宇介绍了", "梁振坤要求", "县委书记胡新民", "县长余海燕陪同督导", "胡新民汇报了", "听取了舒建华关于",
      "冷国平就圩堤巡查", "舒建华表示"]),
    ("ae06", "中央第三生态环境保护督察组下沉督察", "inspection (下沉督察)", "5月21日", None, "章立新", [],
     ["石海涛", "汤国梁", "占卫东", "彭雪松", "贺立伟"], ["彭雪松", "章立新", "石海涛", "汤国梁"], "景德镇市",
     "5月21日，中央第三生态环境保护督察组副组长章立新带队下沉我市开展督察",
     ["副组长章立新带队", "市委书记石海涛", "市长汤国梁陪同督察", "副市长占卫东参加", "市委书记彭雪松", "市长贺立伟陪同督察",
      "彭雪松汇报了", "章立新详细询问了", "章立新强调", "石海涛表示", "汤国梁要求"]),
    ("ae07", "全国“两会”期间安全生产工作督导", "inspection (督导)", "3月8日至9日", None, "沈立群", [],
     ["高凤岐", "柏晓东", "邢振国", "闫振海", "谭玉婷", "罗志刚"], ["罗志刚", "邢振国", "沈立群", "高凤岐", "柏晓东"], "承德市",
     "省住房和城乡建设厅厅长沈立群带领省安全生产第四督导组，到我市督导全国“两会”期间安全生产工作",
     ["厅长沈立群带领省安全生产第四督导组", "二级巡视员高凤岐参加督导", "市长柏晓东会见督导组一行", "副市长邢振国全程陪同",
      "隆化县委书记闫振海", "县长谭玉婷", "副县长罗志刚陪同督导", "罗志刚介绍了", "邢振国汇报了", "沈立群指出", "高凤岐通报了",
      "柏晓东表示"]),
    ("ae08", "市委第二巡察组巡察张三营镇党委工作动员会", "meeting (巡察动员会)", "4月9日上午", "任宏亮", None, [],
     ["田立新", "崔海鹏", "包海英"], ["郭瑞林", "田立新", "任宏亮"], "隆化县张三营镇",
     "4月9日上午，市委第二巡察组巡察张三营镇党委工作动员会召开",
     ["组长郭瑞林作动员讲话", "县监委主任田立新出席会议并提出要求", "镇党委书记任宏亮主持会议并作表态发言",
      "副组长崔海鹏及巡察组全体成员", "镇长包海英等镇领导班子成员", "郭瑞林指出", "田立新要求", "任宏亮表示"]),
    ("ae09", "安全生产夜间暗访检查", "inspection (暗访)", "12月19日晚", None, "柏晓东", [],
     ["温志鹏", "乔立军"], ["柏晓东"], "承德市",
     "12月19日晚，市委副书记、市长柏晓东采取“四不两直”方式，暗访检查双桥区、承德高新区部分人员密集场所、燃气经营企业和在建工地安全生产工作",
     ["市长柏晓东采取“四不两直”方式", "市政府秘书长温志鹏", "局长乔立军参加暗访", "柏晓东当即要求", "柏晓东强调"]),
    ("ae10", "省委第六巡视组巡视平泉市工作动员会", "meeting (巡视动员会)", "3月20日下午", "谭玉婷", None, [],
     ["吕晓峰", "阚宏伟", "秦海川"], ["苑长青", "谭玉婷", "阚宏伟"], "平泉市",
     "3月20日下午，省委第六巡视组巡视平泉市工作动员会召开",
     ["组长苑长青作动员讲话", "市委书记谭玉婷主持会议并作表态发言", "主任吕晓峰及巡视组全体成员", "组织部部长阚宏伟",
      "市委副书记、市长秦海川", "苑长青指出", "阚宏伟要求", "谭玉婷表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ae02", "都昌县城区污水管网改造提升工程", "infrastructure_project", "加快推进都昌县城区污水管网改造提升工程"),
    ("ae03", "景德镇高新区直升机产业园二期项目", "industrial_park", "在景德镇高新区直升机产业园二期项目工地"),
    ("ae03", "浮梁县城区燃气管网老化更新改造工程", "infrastructure_project", "浮梁县城区燃气管网老化更新改造工程现场"),
    ("ae04", "浮梁县污水处理厂提标改造工程", "infrastructure_project", "浮梁县污水处理厂提标改造工程现场"),
    ("ae04", "寿安镇废弃矿山生态修复项目", "greening_project", "在寿安镇废弃矿山生态修复项目现场"),
    ("ae05", "长江九江段城防堤除险加固工程", "engineering_work", "长江九江段城防堤除险加固工程"),
    ("ae06", "乐安河流域综合治理工程", "engineering_work", "彭雪松汇报了乐安河流域综合治理工程推进情况"),
    ("ae06", "景德镇高新区污水处理厂扩建工程", "infrastructure_project", "加快推进景德镇高新区污水处理厂扩建工程"),
    ("ae07", "隆化县城区燃气管道老化更新改造工程", "infrastructure_project", "隆化县城区燃气管道老化更新改造工程施工现场"),
    ("ae09", "承德高新区供热管网改造工程", "infrastructure_project", "承德高新区供热管网改造工程夜间施工现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ae01", "都昌县", "county", "standalone", "省委第四巡视组将在都昌县工作约2个月"),
    ("ae01", "鄱阳湖", "lake", "standalone", "落实鄱阳湖生态环境保护责任"),
    ("ae01", "都昌", "county", "standalone (slogan)", "推动都昌高质量跨越式发展"),
    ("ae02", "都昌县", "county", "standalone", "都昌县要把巡视整改与推动全县高质量发展结合起来"),
    ("ae02", "鄱阳湖", "lake", "standalone", "鄱阳湖沿岸生态环境问题整改不够彻底"),
    ("ae03", "景德镇高新区", "development_zone", "standalone", "先后来到景德镇高新区、浮梁县的企业和在建项目现场"),
    ("ae03", "浮梁县", "county", "standalone", "先后来到景德镇高新区、浮梁县的企业和在建项目现场"),
    ("ae04", "昌江", "river", "standalone", "督察组一行先后来到昌江浮梁段"),
    ("ae04", "寿安镇", "town", "standalone", "和寿安镇废弃矿山"),
    ("ae04", "瑶里镇", "town", "standalone", "随机走访了瑶里镇部分农家乐"),
    ("ae04", "浮梁县", "county", "standalone", "浮梁县生态环境保护工作总体推进有力"),
    ("ae05", "九江", "city", "standalone", "九江地处长江和鄱阳湖交汇处"),
    ("ae05", "九江经开区", "development_zone", "standalone", "先后来到九江经开区一家化工企业"),
    ("ae05", "经开区", "development_zone", "standalone", "在经开区，经开区党工委书记黄振宇"),
    ("ae05", "长江", "river", "standalone", "九江地处长江和鄱阳湖交汇处"),
    ("ae05", "鄱阳湖", "lake", "standalone", "九江地处长江和鄱阳湖交汇处"),
    ("ae05", "都昌县", "county", "standalone", "在都昌县，县委书记胡新民"),
    ("ae05", "矶山联圩", "dike", "standalone", "都昌县矶山联圩"),
    ("ae06", "乐平工业园区", "industrial_zone", "standalone", "督察组先后来到乐平工业园区"),
    ("ae06", "乐安河", "river", "standalone", "乐安河乐平段"),
    ("ae06", "景德镇高新区", "development_zone", "standalone", "景德镇高新区污水处理厂，实地查看"),
    ("ae06", "乐平市", "county_level_city", "standalone", "在乐平市，市委书记彭雪松"),
    ("ae06", "昌江", "river", "standalone", "推动乐安河、昌江流域水生态环境持续改善"),
    ("ae07", "隆化县", "county", "standalone", "督导组深入隆化县"),
    ("ae07", "承德市", "city", "standalone", "承德市高度重视全国“两会”期间安全生产工作"),
    ("ae08", "张三营镇", "town", "standalone", "市委第二巡察组将在张三营镇开展为期约1个月的巡察"),
    ("ae08", "伊逊河", "river", "standalone", "推动伊逊河沿岸乡村振兴示范带建设"),
    ("ae09", "双桥区", "district", "standalone", "暗访检查双桥区、承德高新区部分人员密集场所"),
    ("ae09", "承德高新区", "development_zone", "standalone", "暗访检查双桥区、承德高新区部分人员密集场所"),
    ("ae09", "西大街", "road", "standalone", "西大街一处餐饮集中区"),
    ("ae10", "平泉市", "county_level_city", "standalone", "省委巡视组进驻平泉市"),
    ("ae10", "承德市", "city", "in_org_reference", "承德市委常委、组织部部长阚宏伟"),
    ("ae10", "平泉", "county_level_city", "standalone", "着力发现制约平泉高质量发展的突出问题"),
    ("ae10", "平泉经济开发区", "development_zone", "standalone", "推动食用菌产业集群和平泉经济开发区建设"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ae", conventions="set ae (blind set: inspections and supervision from a higher level in 江西 (九江 都昌县, 九江经开区; 景德镇, 浮梁县, 乐平市) and 河北 (承德, 隆化县 张三营镇, 双桥区, 承德高新区, 平泉市): 省委巡视组 动员会 and 反馈会, a 市委巡察组 动员会 at a town, 省 and 中央 生态环境保护督察组 下沉督察, 省政府安全生产督导组 led by a 副省长 or a 厅长, a 市长's night 暗访; roles in a 巡视组 / 巡察组 / 督察组 / 督导组 (组长, 副组长) are no posts, the person's own post written beside them is; 省委巡视办 is an organ; 汇报会 / 座谈 / 督导反馈会 inside a 督导 are part of it; bare 县委 / 市委 / 经开区 take the place the sentence is about)",
          persons_note="Set ae persons. id = corpus-wide person_id (ae:罗志刚#1 of 都昌 (江西) and ae:罗志刚#2 of 隆化 (河北) are two people; ae:梁振坤 副省长 in 景德镇 2023 → 省委常委、副省长 in 九江 2024; ae:蔡志远 都昌县委书记 2022 → 九江市委常委、副市长 2024; ae:胡新民 都昌县长 2022 → 县委书记 2024; ae:占卫东 浮梁县委书记 2023 → 景德镇市副市长 2024; ae:谭玉婷 隆化县长 2023 → 平泉市委书记 2025; inspection-group leaders without another post (饶书鸿, 黎晓岚, 郑启明, 章立新, 高凤岐, 郭瑞林, 崔海鹏, 苑长青) are officials named without a post)")


if __name__ == "__main__":
    main()
