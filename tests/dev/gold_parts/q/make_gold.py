"""Write gold part ``q`` (a blind set: officials who move between the counties of one prefecture city and up to the
city, in mixed sources) from the tables below.

Pages ``tests/dev/texts/q*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (人大常委会 reports ``决定接受…辞去…县长职务；决定任命…为…副县长、代理
县长`` of 惠安, 房县 and 石台, and a 临沧 宪法宣誓 for a 代理市长; press pieces on 湖南 and 浙江 省管干部 任前公示 (现任 /
拟任, 县长 → 县委书记); biographies written ``曾任 …，… 县委常委、常务副县长，… 县委副书记、县政府代县长、县长等职务`` and
dated ones; a 安化 县委书记 / 县长 visit; a 晋城经济技术开发区 调研 with a 市委常委、常务副市长; a 遂宁经开区 党工委（扩大）
会议 and 娄底经开区 and 湘潭经开区 pages of 红网 and 湘潭日报). Places are real and not yet in the corpus: 湖南 娄底 (双峰县
twice, 新化县 four times, the 娄底 市委组织部, 娄底日报, 娄底经开区) and its neighbour 湘潭 (湘潭经开区 with 雨湖区).

Shapes: a county site's 推进会 with the 县委书记 speaking and a 副县长 reporting (q01); a 现场推进会 chaired by the
县委常委、常务副县长 (q02); a zone site (湘潭) of a 联席会议 with a district (q03); a 县政府常务会议 (q04); a 市委组织部
任前公示 of three cadres (现任 / 拟任 / 提名为 … 县长候选人; a dated career line in two county-level cities; 落款 date)
(q05); a county 人大常委会 report: the 县长 (now 县委书记) resigns, the new man is appointed 副县长 and 代理县长 (q06); a
领导之窗 page with 职务 line, a 简历 with an undated 历任 list and two dated posts, and 工作分工 (q07); the bare 市委书记
visiting a county with the 县委书记 and the 县长 陪同, and a 座谈会 (q08); a city paper's 第A01版 with two articles: the
市人大常委会 appointing a 副市长, then the 市委书记 at a 全市 大会 (q09); a zone site (娄底) 项目调度会 with the 副市长
(q10).

Identity cases:
- q:凌晓川 across eight pages: 双峰县副县长 in 2019 (q01); 双峰县委常委、常务副县长 in 2021 (q02); 现任 the same on the
  2022 公示, 拟任 新化县委副书记 and nominated 县长 candidate (q05); 县委副书记 appointed 新化 副县长 and 代理县长 in Dec
  2022 (q06); 县委副书记、县长 of 新化 on the 2023 领导之窗 page (q07: 代县长 2022年12月, 县长 2023年1月) and in 2024
  (q08); appointed 娄底市 副市长 by the 市人大常委会 in March 2025 (q09) and 副市长 at the 娄底经开区 in June 2025 (q10).
- q:袁兴邦, 县长 then 县委书记 of the same county: 新化县委副书记、县长 in March 2022 (q04); 县委书记 in Dec 2022 when the
  人大常委会 accepts his resignation as 县长 (q06); 县委书记 in 2024 (q08).
- two different 颜建平: q:颜建平#1 is 双峰县委常委、宣传部部长 (q01 2019, q02 16 Sept 2021); q:颜建平#2 is 湘潭市雨湖区委
  常委、副区长 (q03, 9 Sept 2021) — another city's district, the same month.
- bare 经开区 on the pages of two neighbouring cities: 湘潭 (q03, zone site) and 娄底 (q10, zone site); the city comes
  only from the site line. 娄底经开区 is written in full in q05 (娄底经济技术开发区) and q09 (娄底经开区).
- a city leader in a county: ``市委书记龚正阳来我县调研`` on the 新化 site (q08) = 娄底市委书记; q:龚正阳 is 市委书记 in
  the 娄底 paper too (q09).
- q:伍鹏飞 moves inside the zone: 现任 娄底经开区投资促进局局长 on the 2022 公示 (拟任 党工委委员、管委会副主任, not a
  holding), 党工委委员、管委会副主任 on the zone site in 2025 (q10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in part n where it speaks; decided here where it is silent):
- 任前公示 (q05): 现任 is a holding at the page's date (the 落款 date); 拟任 and 提名为 … 候选人 are not. A dated career
  line gives one holding per post with its own date; a post both in the career line and 现任 gets one line dated by the
  career line (谢美华's 涟源 posts).
- DECIDED HERE: the undated 历任 list of a 简历 (q07: 涟源市桥头河镇党委副书记、镇长, 涟源市发展和改革局局长, 双峰县人民政府
  副县长, 双峰县委常委、常务副县长) gives no holding — no date can be given to it (the page's date would be wrong); the
  双峰 posts are annotated on the pages where they are held (q01, q02, q05). The dated clauses are holdings with their
  own dates (2022年12月 副书记 + 代县长, 2023年1月 县长); the 职务 line repeats current posts: one line per post, dated by
  the career line; 副书记 repeated in the 2023 clause gives no second line.
- 人大常委会 (q06): ``决定任命凌晓川为新化县人民政府副县长，决定凌晓川为新化县人民政府代理县长`` gives two holdings;
  ``县委副书记凌晓川面向国旗庄严宣誓`` gives 新化县委 副书记; 决定接受 … 辞去 … 县长职务 gives none (袁兴邦 keeps only his
  县委书记 line on that page). 代理县长 (q06) and 代县长 (q07) are titles as written. The headline of q06 and the
  subtitle of q09 repeat the appointment: no second line.
- Bare organs take the page's place: 县委 / 县人大常委会 / 县政协 / 宣传部 on the 双峰 and 新化 sites = that county's; 市委
  on the 新化 site = 娄底市委 (市委书记, 市委常委、秘书长 → 娄底市委 常委 + 秘书长); 市委 / 经开区 / 党工委 / 管委会 on the
  湘潭 zone site = 湘潭市委 / 湘潭经开区; 副市长 on the 娄底 zone site = 娄底市政府; 市 in 娄底日报 = 娄底市.
- 市领导 (q09 article 2) is no post: 石玉麟 and 何湘平 have their posts from article 1 only. 大会 speakers and chairs are
  events, not posts.
- Events: 推进会, 联席会议, 常务会议, 人大常委会会议, 调研 (leader 龚正阳) and the 座谈会 after it, the 全市 大会, the
  调度会. The 公示 (q05) and the 领导之窗 page (q07) have none; their article date is the 落款 date / the page stamp.
- Projects are the works named as under way or to be pushed (…二期, …工程, …项目, 游客服务中心 with a place name). An
  existing park visited is a place (新化县文印科创产业园 in q08, industrial_park); its 一期 / 二期 are projects. Generic
  phrases (核心景区游客服务中心, 产业园一期 alone) are not annotated.
- Places: birthplaces (湖南涟源人, 湖南冷水江人, 湖南新化人, 籍贯 line) are annotated as in part n; places inside titles,
  organ references, report titles and project names count; the bare zone as written (经开区); 中部地区 (in the 材料谷
  slogan) as a region; site lines, 来源 lines, mastheads, footers, the 公示's contact lines and 上一篇 / 下一篇 links are
  not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "q01_shuangfeng.txt": (2019, "发布时间：2019-08-23 17:30", "双峰县", [
        ("我县召开重点项目建设暨招商引资工作推进会", "8月22日下午", "2019-08-22", "8月22日下午，我县召开",
         "county project and investment meeting: 县委书记 speaks, 县长 chairs, 副县长 凌晓川 reports, 宣传部部长 reads a commendation")]),
    "q02_shuangfeng.txt": (2021, "发布时间：2021-09-17 10:12", "双峰县", [
        ("我县召开文旅融合重点项目现场推进会", "9月16日", "2021-09-16", "9月16日，我县在荷叶镇",
         "on-site meeting on culture-and-tourism projects chaired by the 县委常委、常务副县长 凌晓川")]),
    "q03_xiangtan_jkq.txt": (2021, "发布时间：2021-09-10 16:48", "湘潭经开区", [
        ("经开区与雨湖区召开协同发展联席会议", "9月9日上午", "2021-09-09", "9月9日上午，经开区与雨湖区",
         "湘潭 zone site (bare 经开区): joint meeting with 雨湖区; the 市委常委 who is zone secretary; a 雨湖区委常委、副区长 颜建平")]),
    "q04_xinhua.txt": (2022, "发布时间：2022-03-15 18:22", "新化县", [
        ("袁兴邦主持召开县政府第十二次常务会议", "3月14日", "2022-03-14", "3月14日，县委副书记",
         "executive meeting of the county government chaired by the 县委副书记、县长 袁兴邦")]),
    "q05_loudi.txt": (2022, "发布时间：2022-11-21 08:45", "娄底市", [
        ("娄底市委管理干部任前公示", "2022年11月20日", "2022-11-20", "根据《党政领导干部选拔任用工作条例》",
         "任前公示 of three cadres: 现任 / 拟任 / 提名为新化县人民政府县长候选人; a dated career line in 冷水江 and 涟源")]),
    "q06_xinhua.txt": (2022, "发布时间：2022-12-09 17:40", "新化县", [
        ("县十八届人大常委会举行第七次会议 决定凌晓川为代理县长", "12月9日上午", "2022-12-09", "12月9日上午，县十八届",
         "county 人大常委会: the 县长 (now 县委书记) resigns; 凌晓川 appointed 副县长 and 代理县长; 宪法宣誓")]),
    "q07_xinhua.txt": (2023, "发布时间：2023-05-16 09:20", "新化县", [
        ("凌晓川", "2023-05-16", "2023-05-16", "姓名：凌晓川",
         "领导之窗 page of the 县委副书记、县长: 职务 line, 简历 (undated 历任 list, two dated posts), 工作分工")]),
    "q08_xinhua.txt": (2024, "发布时间：2024-04-11 19:05", "新化县", [
        ("龚正阳来我县调研文旅融合和产业发展工作", "4月10日", "2024-04-10", "4月10日，市委书记",
         "the bare 市委书记 (娄底) inspects 新化; 县委书记 and 县长 accompany; a 座谈会")]),
    "q09_loudi.txt": (2025, "2025年3月29日　星期六", "娄底市", [
        ("市七届人大常委会举行第十八次会议", "3月28日上午", "2025-03-28", "本报讯（记者 曹芷若）",
         "city paper 第A01版: the 市人大常委会 appoints 凌晓川 副市长"),
        ("全市优化营商环境大会召开", "3月28日下午", "2025-03-28", "本报讯（记者 游子涵）",
         "city business-environment conference: 市委书记 speaks, 市长 chairs; 市领导 without titles")]),
    "q10_loudi_jkq.txt": (2025, "发布时间：2025-06-27 16:30", "娄底经开区", [
        ("经开区召开二季度重点项目建设调度会", "6月26日下午", "2025-06-26", "6月26日下午，经开区召开",
         "娄底 zone site (bare 经开区): project scheduling meeting with the city's 副市长 凌晓川")]),
}

_L05 = "凌晓川，男，汉族，1978年9月生，湖南涟源人，在职研究生学历，中共党员，现任双峰县委常委、常务副县长"
_L07 = ("凌晓川，男，汉族，1978年9月生，湖南涟源人，在职研究生学历，1999年7月参加工作，2001年6月加入中国共产党。历任涟源市桥头河镇"
        "党委副书记、镇长，涟源市发展和改革局局长，双峰县人民政府副县长，双峰县委常委、常务副县长；2022年12月任新化县委副书记、代县长")
_L07b = _L07 + "；2023年1月任新化县委副书记、县长"
_X05 = "谢美华，女，汉族，1980年4月生，湖南冷水江人，大学学历，中共党员。2016年9月任冷水江市人民政府副市长"
_X05b = _X05 + "，2020年7月任涟源市委常委、常务副市长"
_W05 = "伍鹏飞，男，汉族，1984年2月生，湖南新化人，硕士研究生学历，中共党员，现任娄底经济技术开发区投资促进局局长"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    "q:凌晓川": ("凌晓川", "official", "娄底市", [
        ("q01", "双峰县政府", "副县长", "副县长凌晓川通报了", "2019: 双峰县副县长 (county A)"),
        ("q02", "双峰县委", "常委", "县委常委、常务副县长凌晓川主持会议并讲话", "2021: bare 县委 on the 双峰 site"),
        ("q02", "双峰县政府", "常务副县长", "县委常委、常务副县长凌晓川主持会议并讲话", None),
        ("q05", "双峰县委", "常委", _L05, "2022 公示: 现任 post at the page date; 拟任 新化县委委员、常委、副书记 and 提名为新化县人民政府县长候选人 are not holdings"),
        ("q05", "双峰县政府", "常务副县长", _L05, "现任"),
        ("q06", "新化县委", "副书记", "县委副书记凌晓川面向国旗庄严宣誓", "the post proposed on the 公示 (q05) now held; bare 县委 on the 新化 site"),
        ("q06", "新化县政府", "副县长", "决定任命凌晓川为新化县人民政府副县长", "appointed by the 人大常委会"),
        ("q06", "新化县政府", "代理县长", "决定凌晓川为新化县人民政府代理县长", "代理县长 as written; the headline repeats it (no second line)"),
        ("q07", "新化县委", "副书记", _L07, "dated career clause; also the 职务 line (one line, dated by the career line); the undated 历任 posts give no line", "2022年12月"),
        ("q07", "新化县政府", "代县长", _L07, "dated career clause: 代县长 as written", "2022年12月"),
        ("q07", "新化县政府", "县长", _L07b, "dated career clause (county B); also the 职务 line", "2023年1月"),
        ("q08", "新化县委", "副书记", "县委副书记、县长凌晓川陪同调研", "2024"),
        ("q08", "新化县政府", "县长", "县委副书记、县长凌晓川陪同调研", None),
        ("q09", "娄底市政府", "副市长", "决定任命凌晓川为娄底市人民政府副市长", "2025: appointed by the 市人大常委会; the subtitle says it first (same article, one line)"),
        ("q10", "娄底市政府", "副市长", "副市长凌晓川出席会议并讲话", "副市长 on the 娄底 zone site = 娄底市政府")], []),
    "q:符致远": ("符致远", "official", "双峰县", [
        ("q01", "双峰县委", "书记", "县委书记符致远出席会议并讲话", None)], []),
    "q:田光耀": ("田光耀", "official", "双峰县", [
        ("q01", "双峰县委", "副书记", "县委副书记、县长田光耀主持会议", None),
        ("q01", "双峰县政府", "县长", "县委副书记、县长田光耀主持会议", None)], []),
    "q:刘德茂": ("刘德茂", "official", "双峰县", [
        ("q01", "双峰县人大常委会", "主任", "县人大常委会主任刘德茂", None)], []),
    "q:朱桂香": ("朱桂香", "official", "双峰县", [
        ("q01", "双峰县政协", "主席", "县政协主席朱桂香出席会议", None)], []),
    "q:颜建平#1": ("颜建平", "official", "双峰县", [
        ("q01", "双峰县委", "常委", "县委常委、宣传部部长颜建平宣读了", "not the 颜建平 of 雨湖区 (q03)"),
        ("q01", "双峰县委宣传部", "部长", "县委常委、宣传部部长颜建平宣读了", "宣传部 after 县委常委 = 双峰县委宣传部"),
        ("q02", "双峰县委", "常委", "县委常委、宣传部部长颜建平，副县长邓慧敏出席会议", "16 Sept 2021: a week after the 雨湖区 颜建平's meeting (q03)"),
        ("q02", "双峰县委宣传部", "部长", "县委常委、宣传部部长颜建平，副县长邓慧敏出席会议", None)], []),
    "q:邓慧敏": ("邓慧敏", "official", "双峰县", [
        ("q02", "双峰县政府", "副县长", "副县长邓慧敏出席会议", None)], []),
    "q:贺婉清": ("贺婉清", "editor", "双峰县", [], ["q01", "q02"]),
    "q:谭振邦": ("谭振邦", "official", "湘潭经开区", [
        ("q03", "湘潭市委", "常委", "市委常委、经开区党工委书记谭振邦", "市委 on a 湘潭经开区 site = 湘潭市委"),
        ("q03", "湘潭经开区党工委", "书记", "市委常委、经开区党工委书记谭振邦", "经开区 on a 湘潭 site = 湘潭经开区")], []),
    "q:宋立新": ("宋立新", "official", "雨湖区", [
        ("q03", "雨湖区委", "书记", "雨湖区委书记宋立新出席会议并讲话", None)], []),
    "q:黎志刚": ("黎志刚", "official", "湘潭经开区", [
        ("q03", "湘潭经开区党工委", "副书记", "经开区党工委副书记、管委会主任黎志刚主持会议", None),
        ("q03", "湘潭经开区管委会", "主任", "经开区党工委副书记、管委会主任黎志刚主持会议", None)], []),
    "q:颜建平#2": ("颜建平", "official", "雨湖区", [
        ("q03", "雨湖区委", "常委", "雨湖区委常委、副区长颜建平介绍了", "not the 颜建平 of 双峰县 (q01, q02)"),
        ("q03", "雨湖区政府", "副区长", "雨湖区委常委、副区长颜建平介绍了", None)], []),
    "q:罗湘君": ("罗湘君", "official", "湘潭经开区", [
        ("q03", "湘潭经开区党工委", "委员", "经开区党工委委员、管委会副主任罗湘君介绍了", None),
        ("q03", "湘潭经开区管委会", "副主任", "经开区党工委委员、管委会副主任罗湘君介绍了", None)], []),
    "q:袁兴邦": ("袁兴邦", "official", "新化县", [
        ("q04", "新化县委", "副书记", "县委副书记、县长袁兴邦主持召开", "2022-03: 县长"),
        ("q04", "新化县政府", "县长", "县委副书记、县长袁兴邦主持召开", "named in the headline too"),
        ("q06", "新化县委", "书记", "县委书记袁兴邦到会讲话", "2022-12: now 县委书记; his resignation as 县长 (辞去) gives no line"),
        ("q08", "新化县委", "书记", "县委书记袁兴邦，县委副书记、县长凌晓川陪同调研", "2024")], []),
    "q:廖春晖": ("廖春晖", "official", "新化县", [
        ("q04", "新化县委", "常委", "县委常委、常务副县长廖春晖", None),
        ("q04", "新化县政府", "常务副县长", "县委常委、常务副县长廖春晖", None)], []),
    "q:孙德昌": ("孙德昌", "official", "新化县", [
        ("q04", "新化县政府", "副县长", "副县长孙德昌、罗敏、龚雪峰出席会议", "list after one title")], []),
    "q:罗敏": ("罗敏", "official", "新化县", [
        ("q04", "新化县政府", "副县长", "副县长孙德昌、罗敏、龚雪峰出席会议", None)], []),
    "q:龚雪峰": ("龚雪峰", "official", "新化县", [
        ("q04", "新化县政府", "副县长", "副县长孙德昌、罗敏、龚雪峰出席会议", None)], []),
    "q:曾筱雨": ("曾筱雨", "editor", "新化县", [], ["q04", "q06", "q08"]),
    "q:谢美华": ("谢美华", "official", "涟源市", [
        ("q05", "冷水江市政府", "副市长", _X05, "career line (past post)", "2016年9月"),
        ("q05", "涟源市委", "常委", _X05b, "current post (also 现任): one line, dated by the career line; 拟任 娄底市工业和信息化局局长 is not a holding", "2020年7月"),
        ("q05", "涟源市政府", "常务副市长", _X05b, "current post (also 现任): one line, dated by the career line", "2020年7月")], []),
    "q:伍鹏飞": ("伍鹏飞", "official", "娄底经开区", [
        ("q05", "娄底经开区投资促进局", "局长", _W05, "现任 (娄底经济技术开发区 folded); 拟任 党工委委员、管委会副主任 is not a holding"),
        ("q10", "娄底经开区党工委", "委员", "党工委委员、管委会副主任伍鹏飞通报了", "2025: the post proposed on the 2022 公示 (q05) now held"),
        ("q10", "娄底经开区管委会", "副主任", "党工委委员、管委会副主任伍鹏飞通报了", None)], []),
    "q:伍国梁": ("伍国梁", "official", "新化县", [
        ("q06", "新化县人大常委会", "主任", "县人大常委会主任伍国梁主持会议", None)], []),
    "q:杨碧云": ("杨碧云", "official", "新化县", [
        ("q06", "新化县人大常委会", "副主任", "副主任杨碧云、陈石生、刘振华出席会议", "list after one title")], []),
    "q:陈石生": ("陈石生", "official", "新化县", [
        ("q06", "新化县人大常委会", "副主任", "副主任杨碧云、陈石生、刘振华出席会议", None)], []),
    "q:刘振华": ("刘振华", "official", "新化县", [
        ("q06", "新化县人大常委会", "副主任", "副主任杨碧云、陈石生、刘振华出席会议", None)], []),
    "q:邹雅婷": ("邹雅婷", "reporter", "新化县", [], ["q06", "q08"]),
    "q:龚正阳": ("龚正阳", "official", "娄底市", [
        ("q08", "娄底市委", "书记", "市委书记龚正阳来我县调研", "bare 市委书记 on a 新化 site = 娄底市委"),
        ("q09", "娄底市委", "书记", "市委书记龚正阳出席并讲话", "article 2")], []),
    "q:游建国": ("游建国", "official", "娄底市", [
        ("q08", "娄底市委", "常委", "市委常委、秘书长游建国参加调研", None),
        ("q08", "娄底市委", "秘书长", "市委常委、秘书长游建国参加调研", "市委常委、秘书长 → 娄底市委 常委 + 秘书长")], []),
    "q:石玉麟": ("石玉麟", "official", "娄底市", [
        ("q09", "娄底市人大常委会", "主任", "市人大常委会主任石玉麟主持会议", "article 1; only 市领导 in article 2 (no line)")], []),
    "q:匡秀英": ("匡秀英", "official", "娄底市", [
        ("q09", "娄底市人大常委会", "副主任", "副主任匡秀英、肖伯涛、吴建勋出席会议", "list after one title")], []),
    "q:肖伯涛": ("肖伯涛", "official", "娄底市", [
        ("q09", "娄底市人大常委会", "副主任", "副主任匡秀英、肖伯涛、吴建勋出席会议", None)], []),
    "q:吴建勋": ("吴建勋", "official", "娄底市", [
        ("q09", "娄底市人大常委会", "副主任", "副主任匡秀英、肖伯涛、吴建勋出席会议", None)], []),
    "q:何湘平": ("何湘平", "official", "娄底市", [
        ("q09", "娄底市政府", "副市长", "副市长何湘平，市监委", "article 1; only 市领导 in article 2 (no line)")], []),
    "q:谢崇德": ("谢崇德", "official", "娄底市", [
        ("q09", "娄底市委", "副书记", "市委副书记、市长谢崇德主持", None),
        ("q09", "娄底市政府", "市长", "市委副书记、市长谢崇德主持", None)], []),
    "q:梁德厚": ("梁德厚", "official", "娄底经开区", [
        ("q10", "娄底经开区党工委", "书记", "经开区党工委书记梁德厚主持会议", "经开区 on a 娄底 site = 娄底经开区")], []),
    "q:曹湘宁": ("曹湘宁", "official", "娄底经开区", [
        ("q10", "娄底经开区党工委", "副书记", "党工委副书记、管委会主任曹湘宁作具体部署", None),
        ("q10", "娄底经开区管委会", "主任", "党工委副书记、管委会主任曹湘宁作具体部署", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("q01", "彭思雨", "记者", "reporter", "（记者 彭思雨 通讯员 曾海波）"),
    ("q01", "曾海波", "通讯员", "correspondent", "（记者 彭思雨 通讯员 曾海波）"),
    ("q01", "贺婉清", "责任编辑", "editor", "责任编辑：贺婉清"),
    ("q02", "聂佳琪", "作者", "author", "（作者：县文旅广体局 聂佳琪）"),
    ("q02", "贺婉清", "责任编辑", "editor", "责任编辑：贺婉清"),
    ("q03", "汤小雅", "作者", "author", "作者：汤小雅"),
    ("q04", "曾筱雨", "责任编辑", "editor", "责任编辑：曾筱雨"),
    ("q06", "邹雅婷", "记者", "reporter", "（记者 邹雅婷 通讯员 刘卫东）"),
    ("q06", "刘卫东", "通讯员", "correspondent", "（记者 邹雅婷 通讯员 刘卫东）"),
    ("q06", "曾筱雨", "责任编辑", "editor", "责任编辑：曾筱雨"),
    ("q08", "邹雅婷", "记者", "reporter", "（记者 邹雅婷）"),
    ("q08", "曾筱雨", "责任编辑", "editor", "责任编辑：曾筱雨"),
    ("q09", "曹芷若", "记者", "reporter", "本报讯（记者 曹芷若）"),
    ("q09", "游子涵", "记者", "reporter", "本报讯（记者 游子涵）"),
    ("q10", "刘欣然", "编辑", "editor", "编辑：刘欣然"),
    ("q10", "彭志宏", "审核", "editor", "审核：彭志宏"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("q01", "重点项目建设暨招商引资工作推进会", "meeting (项目推进会)", "8月22日下午", "田光耀", None, [],
     ["符致远", "刘德茂", "朱桂香"], ["凌晓川", "颜建平", "符致远", "田光耀"], None,
     "8月22日下午，我县召开重点项目建设暨招商引资工作推进会",
     ["县委书记符致远出席会议并讲话", "田光耀主持会议", "县人大常委会主任刘德茂、县政协主席朱桂香出席会议", "副县长凌晓川通报了",
      "颜建平宣读了", "符致远指出", "田光耀要求"]),
    ("q02", "文旅融合重点项目现场推进会", "meeting (现场推进会)", "9月16日", "凌晓川", None, [],
     ["颜建平", "邓慧敏"], ["颜建平", "凌晓川", "邓慧敏"], "荷叶镇",
     "9月16日，我县在荷叶镇召开文旅融合重点项目现场推进会",
     ["凌晓川主持会议并讲话", "宣传部部长颜建平，副县长邓慧敏出席会议", "颜建平指出", "凌晓川强调", "邓慧敏就下阶段"]),
    ("q03", "经开区与雨湖区协同发展联席会议", "meeting (联席会议)", "9月9日上午", "黎志刚", None, [],
     ["谭振邦", "宋立新"], ["颜建平", "罗湘君", "谭振邦", "宋立新"], "经开区管委会",
     "9月9日上午，经开区与雨湖区协同发展联席会议在经开区管委会召开",
     ["经开区党工委书记谭振邦，雨湖区委书记宋立新出席会议并讲话", "管委会主任黎志刚主持会议", "副区长颜建平介绍了",
      "管委会副主任罗湘君介绍了", "谭振邦表示", "宋立新表示"]),
    ("q04", "县政府第十二次常务会议", "meeting (政府常务会议)", "3月14日", "袁兴邦", None, [],
     ["廖春晖", "孙德昌", "罗敏", "龚雪峰"], [], None,
     "县长袁兴邦主持召开县政府第十二次常务会议",
     ["县长袁兴邦主持召开县政府第十二次常务会议", "常务副县长廖春晖，副县长孙德昌、罗敏、龚雪峰出席会议"]),
    ("q06", "县十八届人大常委会第七次会议", "session (人大常委会会议)", "12月9日上午", "伍国梁", None, [],
     ["杨碧云", "陈石生", "刘振华", "袁兴邦"], ["凌晓川", "袁兴邦"], None,
     "12月9日上午，县十八届人大常委会举行第七次会议",
     ["县人大常委会主任伍国梁主持会议", "副主任杨碧云、陈石生、刘振华出席会议", "县委书记袁兴邦到会讲话", "并作供职发言",
      "袁兴邦在讲话中指出"]),
    ("q08", "文旅融合和产业发展工作调研", "inspection (调研)", "4月10日", None, "龚正阳", [],
     ["游建国", "袁兴邦", "凌晓川"], ["龚正阳"], "水车镇、新化县文印科创产业园、梅山龙宫景区",
     "市委书记龚正阳来我县调研文旅融合和产业发展工作",
     ["市委书记龚正阳来我县调研", "秘书长游建国参加调研", "县委书记袁兴邦，县委副书记、县长凌晓川陪同调研", "他指出"]),
    ("q08", "座谈会", "meeting (调研座谈会)", "4月10日", None, None, [],
     [], ["袁兴邦", "龚正阳"], None,
     "随后召开的座谈会上，龚正阳听取了袁兴邦关于全县经济社会发展情况的汇报",
     ["龚正阳听取了袁兴邦关于全县经济社会发展情况的汇报", "他强调，新化要立足资源禀赋"]),
    ("q09", "市七届人大常委会第十八次会议", "session (人大常委会会议)", "3月28日上午", "石玉麟", None, [],
     ["匡秀英", "肖伯涛", "吴建勋", "何湘平"], ["凌晓川"], None,
     "3月28日上午，市七届人大常委会举行第十八次会议",
     ["市人大常委会主任石玉麟主持会议", "副主任匡秀英、肖伯涛、吴建勋出席会议", "副市长何湘平，市监委", "凌晓川进行了宪法宣誓并作供职发言"]),
    ("q09", "全市优化营商环境大会", "meeting (全市大会)", "3月28日下午", "谢崇德", None, [],
     ["龚正阳", "石玉麟", "何湘平"], ["龚正阳", "谢崇德"], None,
     "3月28日下午，全市优化营商环境大会召开",
     ["市委书记龚正阳出席并讲话", "市长谢崇德主持", "龚正阳指出", "谢崇德就贯彻落实会议精神提出要求", "市领导石玉麟、何湘平出席会议"]),
    ("q10", "二季度重点项目建设调度会", "meeting (项目调度会)", "6月26日下午", "梁德厚", None, ["经开区"],
     ["凌晓川"], ["伍鹏飞", "凌晓川", "曹湘宁"], None,
     "6月26日下午，经开区召开二季度重点项目建设调度会",
     ["副市长凌晓川出席会议并讲话", "经开区党工委书记梁德厚主持会议", "管委会主任曹湘宁作具体部署", "管委会副主任伍鹏飞通报了",
      "凌晓川强调", "曹湘宁要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("q01", "农机装备产业园二期", "industrial_park", "农机装备产业园二期、测水河城区段综合治理工程"),
    ("q01", "测水河城区段综合治理工程", "engineering_work", "测水河城区段综合治理工程"),
    ("q01", "杏子铺镇集镇提质改造项目", "project", "杏子铺镇集镇提质改造项目"),
    ("q02", "曾国藩故居景区提质改造工程", "project", "与会人员先后来到曾国藩故居景区提质改造工程"),
    ("q02", "荷叶镇游客服务中心", "project", "荷叶镇游客服务中心"),
    ("q02", "水府庙水库环湖绿道", "greening_project", "水府庙水库环湖绿道"),
    ("q03", "九华新能源汽车零部件产业园二期", "industrial_park", "九华新能源汽车零部件产业园二期"),
    ("q03", "九华大道北延线工程", "infrastructure_project", "九华大道北延线工程"),
    ("q04", "新化县文印科创产业园一期", "industrial_park", "会议研究了新化县文印科创产业园一期"),
    ("q04", "资江上梅段防洪治理工程", "engineering_work", "资江上梅段防洪治理工程"),
    ("q04", "槎溪镇至奉家镇公路提质改造工程", "infrastructure_project", "槎溪镇至奉家镇公路提质改造工程"),
    ("q06", "新化县文印科创产业园一期", "industrial_park", "全力推进新化县文印科创产业园一期"),
    ("q07", "新化县文印科创产业园二期", "industrial_park", "联系新化县文印科创产业园二期建设"),
    ("q08", "紫鹊界梯田水系修复工程", "greening_project", "察看紫鹊界梯田水系修复工程"),
    ("q08", "新化县文印科创产业园二期", "industrial_park", "加快推进新化县文印科创产业园二期建设"),
    ("q10", "硅钢精深加工产业园二期", "industrial_park", "硅钢精深加工产业园二期"),
    ("q10", "薄板深加工产业园三期", "industrial_park", "薄板深加工产业园三期"),
    ("q10", "经开区标准化厂房四期", "project", "经开区标准化厂房四期"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("q01", "测水河", "river", "in_project_name", "测水河城区段综合治理工程"),
    ("q01", "杏子铺镇", "town", "in_project_name", "杏子铺镇集镇提质改造项目"),
    ("q01", "梓门桥镇", "town", "standalone", "梓门桥镇、县农业农村局作了交流发言"),
    ("q01", "双峰", "county", "standalone", "推动更多好项目、大项目落户双峰"),
    ("q02", "荷叶镇", "town", "standalone", "我县在荷叶镇召开"),
    ("q02", "曾国藩故居", "heritage_site", "in_project_name", "曾国藩故居景区提质改造工程"),
    ("q02", "水府庙水库", "reservoir", "in_project_name", "水府庙水库环湖绿道"),
    ("q02", "井字镇", "town", "standalone", "荷叶镇、井字镇和县住房城乡建设局作了表态发言"),
    ("q02", "双峰", "county", "standalone", "讲好双峰故事"),
    ("q03", "经开区", "development_zone", "standalone", "9月9日上午，经开区与雨湖区协同发展联席会议"),
    ("q03", "雨湖区", "district", "standalone", "9月9日上午，经开区与雨湖区协同发展联席会议"),
    ("q03", "九华", "area", "in_project_name", "九华新能源汽车零部件产业园二期"),
    ("q03", "九华大道", "road", "in_project_name", "九华大道北延线工程"),
    ("q03", "鹤岭镇", "town", "standalone", "双方就鹤岭镇产业配套"),
    ("q03", "长城乡", "township", "standalone", "长城乡征拆安置"),
    ("q03", "湘江", "river", "standalone", "共同打造湘江西岸先进制造业走廊"),
    ("q04", "紫鹊界梯田", "heritage_site", "standalone", "会议听取了春季农业生产和紫鹊界梯田保护工作情况汇报"),
    ("q04", "新化县", "county", "in_project_name", "会议研究了新化县文印科创产业园一期"),
    ("q04", "资江", "river", "in_project_name", "资江上梅段防洪治理工程"),
    ("q04", "上梅", "area", "in_project_name", "资江上梅段防洪治理工程"),
    ("q04", "槎溪镇", "town", "in_project_name", "槎溪镇至奉家镇公路提质改造工程"),
    ("q04", "奉家镇", "town", "in_project_name", "槎溪镇至奉家镇公路提质改造工程"),
    ("q05", "湖南", "province", "standalone", "湖南涟源人"),
    ("q05", "涟源", "county_level_city", "standalone", "湖南涟源人"),
    ("q05", "冷水江", "county_level_city", "standalone", "湖南冷水江人"),
    ("q05", "新化", "county", "standalone", "湖南新化人"),
    ("q05", "双峰县", "county", "in_title", "现任双峰县委常委、常务副县长"),
    ("q05", "新化县", "county", "in_title", "拟任新化县委委员、常委、副书记"),
    ("q05", "冷水江市", "county_level_city", "in_title", "2016年9月任冷水江市人民政府副市长"),
    ("q05", "涟源市", "county_level_city", "in_title", "2020年7月任涟源市委常委、常务副市长"),
    ("q05", "娄底市", "city", "in_org_reference", "拟任娄底市工业和信息化局局长"),
    ("q05", "娄底经济技术开发区", "development_zone", "in_org_reference", "现任娄底经济技术开发区投资促进局局长"),
    ("q06", "新化县", "county", "in_org_reference", "决定任命凌晓川为新化县人民政府副县长"),
    ("q06", "紫鹊界梯田", "heritage_site", "standalone", "紫鹊界梯田保护利用等重点工作"),
    ("q06", "新化", "county", "standalone", "为新化高质量发展贡献全部力量"),
    ("q06", "资江", "river", "in_document_title", "关于资江流域生态环境保护工作情况的报告"),
    ("q07", "湖南", "province", "standalone", "湖南涟源人"),
    ("q07", "涟源", "county_level_city", "standalone", "湖南涟源人"),
    ("q07", "涟源市", "county_level_city", "in_title", "历任涟源市桥头河镇党委副书记、镇长"),
    ("q07", "桥头河镇", "town", "in_title", "历任涟源市桥头河镇党委副书记、镇长"),
    ("q07", "双峰县", "county", "in_title", "双峰县人民政府副县长"),
    ("q07", "新化县", "county", "in_title", "2022年12月任新化县委副书记、代县长"),
    ("q07", "紫鹊界梯田", "heritage_site", "standalone", "紫鹊界梯田申报国家级旅游度假区工作"),
    ("q08", "水车镇", "town", "standalone", "在水车镇，龚正阳登上"),
    ("q08", "紫鹊界梯田", "heritage_site", "standalone", "龚正阳登上紫鹊界梯田观景台"),
    ("q08", "新化县文印科创产业园", "industrial_park", "standalone", "在新化县文印科创产业园，龚正阳走进"),
    ("q08", "新化县", "county", "in_project_name", "加快推进新化县文印科创产业园二期建设"),
    ("q08", "梅山龙宫", "scenic_area", "standalone", "在梅山龙宫景区"),
    ("q08", "新化", "county", "standalone", "新化要立足资源禀赋"),
    ("q09", "娄底市", "city", "in_org_reference", "决定任命凌晓川为娄底市人民政府副市长"),
    ("q09", "孙水河", "river", "in_document_title", "关于孙水河流域综合治理工作情况的报告"),
    ("q09", "中部地区", "region", "standalone", "围绕建设中部地区“材料谷”"),
    ("q09", "娄底", "city", "standalone", "吸引更多优质项目和企业落户娄底"),
    ("q09", "娄底经开区", "development_zone", "standalone", "娄底经开区、双峰县、冷水江市作了交流发言"),
    ("q09", "双峰县", "county", "standalone", "娄底经开区、双峰县、冷水江市作了交流发言"),
    ("q09", "冷水江市", "county_level_city", "standalone", "娄底经开区、双峰县、冷水江市作了交流发言"),
    ("q10", "经开区", "development_zone", "standalone", "6月26日下午，经开区召开"),
    ("q10", "中部地区", "region", "standalone", "经开区是全市建设中部地区“材料谷”的主战场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="q", conventions="set q (blind set: officials who move in 湖南 娄底 (双峰县, 新化县, the city) with a 湘潭 zone page: 推进会 reports, a 县政府常务会议, a 任前公示 (现任 is a holding, 拟任 and 提名 are not), a 人大常委会 appointing a 代理县长 (辞去 is not a holding), a 领导之窗 简历 (dated career posts are holdings with their own dates, the undated 历任 list is not), a 市委书记 visiting a county, a city paper's 市人大常委会 appointing a 副市长, bare 经开区 on the zone sites of two neighbouring cities)",
          persons_note="Set q persons. id = corpus-wide person_id (q:颜建平#1 of 双峰县 and q:颜建平#2 of 湘潭市雨湖区 are two people; q:凌晓川 moves 双峰县副县长 2019 → 常委、常务副县长 2021 → 新化代理县长 2022 / 县长 2023 → 娄底市副市长 2025; q:袁兴邦 is 新化县长 in 2022 and 新化县委书记 from Dec 2022)")


if __name__ == "__main__":
    main()
