"""Write gold part ``ac`` (a blind set: pages where posts are named in the past, the future or as history, beside
ordinary present posts) from the tables below.

Pages ``tests/dev/texts/ac*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: 纪委监委 notices (中央纪委国家监委 ``…涉嫌严重违纪违法，目前正接受…纪律审查
和监察调查`` with a 简历 paragraph; 浙江省纪委 on a 金华市市场监督管理局原党委书记、局长 ``主动投案``; a 蛟河市 局长's 审查调查;
福建 ``泉州市人大常委会原副主任…被开除党籍`` with ``经查，…在担任…期间``; a 贵州 双开 通报 listing its subject's former
posts); 简历 pages with dated lines (a 十堰 市长's ``1998.10-2002.10 房县县委副书记、县长(1999.01当选)`` list; a 广东
省委原书记's 年表); obituaries and 遗体送别 reports (中共陕西省委原书记 ``同志…逝世…曾任…历任``; 德阳 ``市政府原市长…遗体送别
活动…介绍…生平``; 海南 省政协原副主席 遗体送别仪式); retirement pages (瑞安 市政协 ``欢送退休干部座谈会``, 安顺 and 深圳 市政协
``荣誉退休仪式``, 济南槐荫 区政协 荣誉退休座谈会, 古交 ``为原局长…举行了荣誉退休仪式``); press pieces on 任前公示 (浙江在线, 大众
日报: 现任 / 拟任, 县长 → 县委书记) and 领导干部会议 (``…同志不再兼任…职务``). Places are real and new to the corpus, in three
provinces: 山东 菏泽 (郓城县, the 市委组织部, the 市纪委监委, 巨野县; 单县, 曹县, 鄄城, 东明 in career and birth lines), 四川
南充 (蓬安县 twice, 营山县) and 河北 衡水 (武邑县 twice, the 市纪委监委; 枣强县, 景县, 深州市, 饶阳, 阜城 in career lines).

Shapes: a 县政府常务会议 (ac01); a 市委组织部 任前公示 of three cadres (现任 / 拟任 / 提名为 … 县长候选人; a prose career
line in 单县 and 曹县; 落款 date) (ac02); a 市纪委监委 notice ``郓城县原副县长…接受纪律审查和监察调查`` whose subject now holds
a company post, with a 简历 of dotted dated lines (``2016.12—2022.03　郓城县人民政府副县长（2017.01当选）``, an open last line
``2022.03—　…``) (ac03); a 县长's 调研 (ac04); a 县政协 视察 with a 座谈会 (ac05); a 县政协 荣誉退休仪式 (``县政协原副主席``,
``不再担任…职务，按程序辞去…``, ``自2016年12月任县政协副主席以来``) (ac06); a 遗体送别仪式 report with the deceased's 生平
(``1965年3月至1972年6月任…``, 曾任 … 代表) and the present county leaders attending (ac07); a 县委书记's 调研 (ac08); a 全县
领导干部大会 (``任中共武邑县委委员、常委、书记；…不再担任…另有任用``) with the new secretary's 简历 in dotted lines (ac09); a
市纪委监委 双开 notice (``衡水市人大常委会原副主任…被开除党籍和公职``, ``经查，…在担任武邑县委书记期间``, 简历 with an undated
``曾任`` list and two dated posts) (ac10).

Identity cases:
- ac:蔡景涛, seen in his present post and later named as 原X: 郓城县副县长 at the April 2021 常务会议 (ac01); ``郓城县原副县长``
  in the June 2024 纪委 notice, now 菏泽城市建设投资集团 副总经理 (a company role), his 郓城 posts given by the dotted 简历
  (黄安镇 副镇长 2001, 党委副书记、镇长 2006, 党委书记 2011, 郓城县副县长 2016) (ac03).
- ac:苑世昌 likewise: 武邑县委书记 in July 2021 (ac08); ``不再担任中共武邑县委书记…另有任用`` in February 2023 (ac09, named
  without a post); ``衡水市人大常委会原副主任`` in the April 2025 双开 notice, with dated posts 武邑县委书记 2019-09 and
  衡水市人大常委会党组成员、副主任 2023-02 (ac10).
- ac:程向东, a future post that comes true: 郓城县委常委、常务副县长 in 2021 (ac01); the same 现任 on the 2022 公示, 拟任 巨野县委
  副书记 and nominated 县长 candidate (ac02, no line for 拟任 / 提名); 巨野县委副书记、县长 in 2024 (ac04).
- ac:漆德明, a present post, then its end: 蓬安县政协副主席 leading a 视察 in 2021 (ac05); at his 荣誉退休仪式 in 2024 he is
  ``县政协原副主席`` and ``不再担任`` (no line), while ``自2016年12月任县政协副主席以来`` dates the post (ac06). ac:侯春梅 rises:
  县政协人口资源环境委员会主任 in 2021 (ac05), 县政协副主席 chairing the 仪式 in 2024 (ac06).
- ac:祁海涛 comes to 武邑 from 枣强县 (大营镇, 县委副书记、县长 2016.03—2019.08), 景县 and 衡水高新区 (ac09);
  ac:焦文博 is 武邑县委副书记、县长 in 2021 and 2023 (ac08, ac09).
- a post held by two people at different times: 营山县人大常委会主任 is held today by ac:郭振江#2 (ac07) and was held 1990—1999
  by the deceased ac:岳德厚 (his 生平, ac07).
- two different 郭振江: ac:郭振江#1 is 巨野县副县长 (山东, ac04); ac:郭振江#2 is 营山县人大常委会主任 (四川, ac07).
- one organ name in two cities: 高新区 — 菏泽高新区管委会 (ac02, ``菏泽高新技术产业开发区管委会副主任``, 现任) and 衡水高新区
  党工委 / 管委会 (ac09, a 简历 line).
- bylines across pages: the reporter ac:尹佳琪 and the editor ac:靳雅楠 (ac08, ac09); the author ac:何雪莲 and the editor
  ac:鄢红英 (ac05, ac06).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as parts n, q and u where they speak; decided here where they are silent):
- 任前公示 (ac02): 现任 is a holding at the 落款 date (2022年9月5日); 拟任 and 提名为 … 候选人 are not (part u). A post both 现任
  and in the prose career line gets one line, dated by the career line (訾玉玲's 曹县 posts, as part n).
- Each dated career post is a holding with its own date (parts n, q, u), in every form the pages write it: prose
  ``2016年4月任…`` (ac02, ac10), ranges ``1965年3月至1972年6月任…`` (ac07), ``自2016年12月任…以来`` (ac06), and DECIDED
  HERE the dotted 简历 lines ``2016.03—2019.08　枣强县委副书记、县长`` (ac03, ac09): date_text is the range (or the date)
  as written, date_inferred its start (2016-03); an open line ``2022.03—　…`` likewise; a parenthesis ``（2017.01当选）`` gives
  nothing more. A combined line gives one line per title (``党委副书记、镇长`` → 党委 副书记 + 政府 镇长).
- DECIDED HERE: ``原X`` (``郓城县原副县长``, ``县政协原副主席``, ``营山县人大常委会原主任``, ``衡水市人大常委会原党组成员、
  副主任``) is an undated past post and gives no line, like part u's ``原任`` and part q's undated 历任 list; the same for an
  undated ``曾任 … 等`` list (ac10: 景县副县长, 深州市委常委、常务副市长, 武邑县委副书记、县长: no lines) and undated repeats
  (``在担任武邑县委书记期间``, ``任县长期间``, ``苑世昌同志任武邑县委书记以来``). The person is then named without a post on that
  page (ac09) unless the page dates his posts (ac03, ac06, ac07, ac10).
- 不再担任, 到龄退休, 辞去, 开除党籍 / 开除公职, 接受审查调查 give no line and end nothing in the gold (as parts h, n, u, v, x).
- DECIDED HERE: a company role in a 简历 or a notice (``菏泽城市建设投资集团有限公司党委委员、副总经理``) is no post (CONVENTIONS:
  company roles); ``工作人员`` and ``干部`` in a 简历 line are no titles; ``…代表大会代表`` in a 生平 is no post (CONVENTIONS).
- DECIDED HERE: historical organs in a 生平 take the county label like a town: ``营山县骆市公社党委副书记`` → 营山县骆市公社党委;
  bare ``骆市公社`` after it = 营山县骆市公社; ``营山县委常委、农工部部长`` → 营山县委 常委 + 营山县委农工部 部长.
- DECIDED HERE: a county whose name is one character plus 县 keeps its full name as the label: ``曹县县委常委、组织部部长`` →
  曹县委 常委 + 曹县委组织部 部长; ``单县人民政府副县长`` → 单县政府 副县长 (label 曹县 / 单县 + organ, as 中牟县委).
- ``菏泽高新技术产业开发区管委会副主任`` → 菏泽高新区管委会 副主任; ``衡水高新技术产业开发区党工委书记、管委会主任`` → 衡水高新区
  党工委 书记 + 衡水高新区管委会 主任 (CONVENTIONS' fold); places keep the name as written (part q).
- 党组成员 is a post of the 党组 (part z): ``2023年2月任衡水市人大常委会党组成员、副主任`` → 衡水市人大常委会党组 成员 + 衡水市
  人大常委会 副主任. 县政协党组书记、主席 → 蓬安县政协党组 书记 + 蓬安县政协 主席; 县政协秘书长 is a post (part u).
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 / 县X局 on a county site = that county's; 市委 on the
  武邑 page is written 衡水市委.
- Events: the 常务会议 (ac01), the 调研 (ac04, ac08; the leader, 陪同 attendees), the 政协视察 and its 座谈会 (ac05), the 荣誉
  退休仪式 (ac06, chair 侯春梅), the 遗体送别仪式 (ac07: 前往送别 are attendees, the one who 介绍…生平 a speaker, chair 袁春林),
  the 领导干部大会 (ac09). DECIDED HERE: a 纪委 notice (审查调查, 双开, ``经…纪委常委会会议研究``) reports no event; a death
  (逝世) is no event; a 公示 is no event.
- Projects: works named as under way or to be pushed (…工程, …项目, …产业园二期, …冷链物流中心); DECIDED HERE also a named
  work of the past in a 生平 (``消水河骆市段防洪堤工程``, ac07) is a project (engineering_work): a project carries no date here.
- Places: birthplaces (山东鄄城人, 河北饶阳人) as in part n; places inside titles (also inside 拟任, 原 and 简历 titles),
  organ references and project names count; company names (菏泽城市建设投资集团) do not; site lines, 来源 lines, footers,
  the 公示's contact lines and the 上一篇 / 下一篇 links are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ac01_yuncheng.txt": (2021, "发布时间：2021-04-23 17:26", "郓城县", [
        ("孔繁伟主持召开县政府第四十三次常务会议", "4月22日下午", "2021-04-22", "4月22日下午，县委副书记",
         "县政府常务会议 chaired by the 县长; the 常务副县长 and three 副县长 attend (one later named 原副县长 in a 纪委 notice, ac03)")]),
    "ac02_heze.txt": (2022, "发布时间：2022-09-06 09:15", "菏泽市", [
        ("菏泽市管干部任前公示", "2022年9月5日", "2022-09-05", "根据《党政领导干部选拔任用工作条例》",
         "市委组织部 任前公示 of three cadres: 现任 / 拟任 / 提名为巨野县人民政府县长候选人; a prose career line in 单县 and 曹县; 菏泽高新区")]),
    "ac03_heze.txt": (2024, "发布时间：2024-06-12 10:30", "菏泽市", [
        ("郓城县原副县长蔡景涛接受纪律审查和监察调查", "2024-06-12", "2024-06-12", "据菏泽市纪委监委消息",
         "市纪委监委 notice: a former 副县长, now a company's 副总经理, 接受纪律审查和监察调查; 简历 in dotted dated lines")]),
    "ac04_juye.txt": (2024, "发布日期：2024-03-15", "巨野县", [
        ("程向东调研重点项目建设和洙水河综合治理工作", "3月14日", "2024-03-14", "3月14日，县委副书记",
         "the 县长 (拟任 on the 2022 公示) 调研 with a 副县长, the 县政府办公室主任 and a town's 党委书记")]),
    "ac05_pengan.txt": (2021, "时间：2021-11-10 16:40", "蓬安县", [
        ("县政协视察嘉陵江蓬安段生态保护修复工作", "11月9日", "2021-11-09", "11月9日，县政协副主席",
         "县政协 视察 led by a 副主席 with a special committee's 主任, the 水务局局长 and a 街道 secretary; 座谈会")]),
    "ac06_pengan.txt": (2024, "时间：2024-01-18 09:05", "蓬安县", [
        ("县政协举行荣誉退休仪式 欢送漆德明同志", "1月17日下午", "2024-01-17", "1月17日下午，县政协机关",
         "县政协 荣誉退休仪式 for its 原副主席: 不再担任 / 辞去 read out; 自2016年12月任县政协副主席以来; 主席 speaks, a 副主席 chairs")]),
    "ac07_yingshan.txt": (2023, "发布时间：2023-08-17 18:20", "营山县", [
        ("岳德厚同志遗体送别仪式在营山举行", "8月17日上午", "2023-08-17", "营山县人大常委会原主任",
         "遗体送别仪式 of a 县人大常委会原主任: present county leaders attend, the 县人大常委会主任 gives the 生平; 生平 with dated ranges 1965—1999")]),
    "ac08_wuyi.txt": (2021, "发布时间：2021-07-08 17:50", "武邑县", [
        ("苑世昌调研重点项目建设和防汛工作", "7月7日", "2021-07-07", "7月7日，县委书记苑世昌",
         "县委书记's 调研 (later 双开, ac10) with the 县长, the 常务副县长 and a 副县长")]),
    "ac09_wuyi.txt": (2023, "发布时间：2023-02-21 16:10", "武邑县", [
        ("我县召开全县领导干部大会", "2月21日上午", "2023-02-21", "2月21日上午，我县召开",
         "全县领导干部大会: 衡水市委决定 祁海涛 任 县委书记, 苑世昌 不再担任; 县长 chairs; 简历 in dotted lines (枣强县, 景县, 衡水高新区)")]),
    "ac10_hengshui.txt": (2025, "发布时间：2025-04-16 11:00", "衡水市", [
        ("衡水市人大常委会原副主任苑世昌严重违纪违法被开除党籍和公职", "日前", "2025-04", "日前，经衡水市委批准",
         "市纪委监委 双开 notice: 原党组成员、副主任; 经查 … 在担任武邑县委书记期间; 简历 with an undated 曾任 list and two dated posts")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans lines)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# evidence strings of career lines (from the person's name to the dated clause)
_Q02 = _span("ac02", "程向东，男", "现任郓城县委常委、常务副县长")
_Z02 = _span("ac02", "訾玉玲，女", "2016年4月任单县人民政府副县长")
_Z02b = _span("ac02", "訾玉玲，女", "2020年3月任曹县县委常委、组织部部长")
_D02 = _span("ac02", "翟明昊，男", "现任菏泽高新技术产业开发区管委会副主任")
_C03a = _span("ac03", "蔡景涛，男", "郓城县黄安镇副镇长")
_C03b = _span("ac03", "蔡景涛，男", "郓城县黄安镇党委副书记、镇长")
_C03c = _span("ac03", "蔡景涛，男", "郓城县黄安镇党委书记")
_C03d = _span("ac03", "蔡景涛，男", "郓城县人民政府副县长")
_Y07a = _span("ac07", "岳德厚同志1939年10月", "任营山县骆市公社党委副书记")
_Y07b = _span("ac07", "岳德厚同志1939年10月", "任骆市公社党委书记")
_Y07c = _span("ac07", "岳德厚同志1939年10月", "任营山县委常委、农工部部长")
_Y07d = _span("ac07", "岳德厚同志1939年10月", "任营山县委副书记、县长")
_Y07e = _span("ac07", "岳德厚同志1939年10月", "任营山县人大常委会主任")
_H09a = _span("ac09", "祁海涛，男", "枣强县大营镇党委副书记、镇长")
_H09b = _span("ac09", "祁海涛，男", "枣强县大营镇党委书记")
_H09c = _span("ac09", "祁海涛，男", "景县人民政府副县长")
_H09d = _span("ac09", "祁海涛，男", "枣强县委副书记、县长")
_H09e = _span("ac09", "祁海涛，男", "衡水高新技术产业开发区党工委书记、管委会主任")
_S10a = _span("ac10", "苑世昌，男", "2019年9月任武邑县委书记")
_S10b = _span("ac10", "苑世昌，男", "2023年2月任衡水市人大常委会党组成员、副主任")
_T09 = "祁海涛同志任中共武邑县委委员、常委、书记"
_W01 = "副县长蔡景涛、满红艳、褚立新出席会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 山东 菏泽
    "ac:孔繁伟": ("孔繁伟", "official", "郓城县", [
        ("ac01", "郓城县委", "副书记", "4月22日下午，县委副书记、县长孔繁伟主持召开", "named in the headline too"),
        ("ac01", "郓城县政府", "县长", "4月22日下午，县委副书记、县长孔繁伟主持召开", None)], []),
    "ac:程向东": ("程向东", "official", "郓城县", [
        ("ac01", "郓城县委", "常委", "县委常委、常务副县长程向东", "2021"),
        ("ac01", "郓城县政府", "常务副县长", "县委常委、常务副县长程向东", "2021"),
        ("ac02", "郓城县委", "常委", _Q02, "2022 公示: 现任 at the 落款 date; 拟任 巨野县委委员、常委、副书记 and 提名为巨野县人民政府县长候选人 are not holdings"),
        ("ac02", "郓城县政府", "常务副县长", _Q02, "现任"),
        ("ac04", "巨野县委", "副书记", "3月14日，县委副书记、县长程向东深入", "2024: the 拟任 of ac02 come true; named in the headline too"),
        ("ac04", "巨野县政府", "县长", "3月14日，县委副书记、县长程向东深入", "2024")], []),
    "ac:蔡景涛": ("蔡景涛", "official", "郓城县", [
        ("ac01", "郓城县政府", "副县长", _W01, "2021: present post (list after one title); named 原副县长 in 2024 (ac03)"),
        ("ac03", "郓城县黄安镇政府", "副镇长", _C03a, "dotted 简历 line 2001.03—2006.09 (the 1994 line ``政府工作人员`` is no title)", "2001.03—2006.09"),
        ("ac03", "郓城县黄安镇党委", "副书记", _C03b, "dotted 简历 line", "2006.09—2011.12"),
        ("ac03", "郓城县黄安镇政府", "镇长", _C03b, "dotted 简历 line", "2006.09—2011.12"),
        ("ac03", "郓城县黄安镇党委", "书记", _C03c, "dotted 简历 line", "2011.12—2016.12"),
        ("ac03", "郓城县政府", "副县长", _C03d, "dotted 简历 line （2017.01当选）; the headline's and lead's 原副县长 give no line; his present 菏泽城市建设投资集团 党委委员、副总经理 is a company role (no line)", "2016.12—2022.03")], []),
    "ac:满红艳": ("满红艳", "official", "郓城县", [
        ("ac01", "郓城县政府", "副县长", _W01, "list after one title")], []),
    "ac:褚立新": ("褚立新", "official", "郓城县", [
        ("ac01", "郓城县政府", "副县长", _W01, "list after one title")], []),
    "ac:庞晓雯": ("庞晓雯", "editor", "郓城县人民政府", [], ["ac01"]),
    "ac:訾玉玲": ("訾玉玲", "official", "曹县", [
        ("ac02", "单县政府", "副县长", _Z02, "career line (past post); 单县人民政府 → 单县政府", "2016年4月"),
        ("ac02", "曹县委", "常委", _Z02b, "career line and 现任: one line dated by the career line; 曹县县委 → 曹县委; 拟任 菏泽市人力资源和社会保障局局长 is not a holding", "2020年3月"),
        ("ac02", "曹县委组织部", "部长", _Z02b, "career line and 现任: one line", "2020年3月")], []),
    "ac:翟明昊": ("翟明昊", "official", "菏泽市", [
        ("ac02", "菏泽高新区管委会", "副主任", _D02, "现任 (菏泽高新技术产业开发区 folded); 拟任 单县县委常委、宣传部部长 is not a holding; the 高新区 of 菏泽, not of 衡水 (ac09)")], []),
    "ac:房静怡": ("房静怡", "editor", "菏泽市纪委监委", [], ["ac03"]),
    "ac:郭振江#1": ("郭振江", "official", "巨野县", [
        ("ac04", "巨野县政府", "副县长", "副县长郭振江", "巨野 (山东); not the 郭振江 of 营山 (ac07)")], []),
    "ac:聂晓燕": ("聂晓燕", "official", "巨野县", [
        ("ac04", "巨野县政府办公室", "主任", "县政府办公室主任聂晓燕", "县政府办公室主任 = 巨野县政府办公室 (as part z)")], []),
    "ac:路长顺": ("路长顺", "official", "巨野县", [
        ("ac04", "巨野县田庄镇党委", "书记", "田庄镇党委书记路长顺", None)], []),
    # ---- 四川 南充
    "ac:漆德明": ("漆德明", "official", "蓬安县", [
        ("ac05", "蓬安县政协", "副主席", "11月9日，县政协副主席漆德明带领", "2021: present post"),
        ("ac06", "蓬安县政协", "副主席", "漆德明同志自2016年12月任县政协副主席以来", "2024 荣誉退休仪式: the post dated by ``自2016年12月任…以来``; ``县政协原副主席`` and ``不再担任…党组成员职务，按程序辞去县政协副主席职务`` give no line", "2016年12月")], []),
    "ac:侯春梅": ("侯春梅", "official", "蓬安县", [
        ("ac05", "蓬安县政协人口资源环境委员会", "主任", "县政协人口资源环境委员会主任侯春梅", "2021: a special committee's 主任"),
        ("ac06", "蓬安县政协", "副主席", "县政协副主席侯春梅主持仪式", "2024: now 副主席")], []),
    "ac:雍建军": ("雍建军", "official", "蓬安县", [
        ("ac05", "蓬安县水务局", "局长", "县水务局局长雍建军", None)], []),
    "ac:敬晓东": ("敬晓东", "official", "蓬安县", [
        ("ac05", "蓬安县相如街道党工委", "书记", "相如街道党工委书记敬晓东", "街道 as a town (county label + name)")], []),
    "ac:蒲建平": ("蒲建平", "official", "蓬安县", [
        ("ac06", "蓬安县政协党组", "书记", "县政协党组书记、主席蒲建平出席并讲话", None),
        ("ac06", "蓬安县政协", "主席", "县政协党组书记、主席蒲建平出席并讲话", None)], []),
    "ac:罗永林": ("罗永林", "official", "蓬安县", [
        ("ac06", "蓬安县政协", "副主席", "县政协副主席罗永林", None)], []),
    "ac:任晓蓉": ("任晓蓉", "official", "蓬安县", [
        ("ac06", "蓬安县政协", "秘书长", "县政协秘书长任晓蓉", "政协秘书长 is a post of the 政协 (part u)")], []),
    "ac:母俊杰": ("母俊杰", "official", "蓬安县", [
        ("ac06", "蓬安县委组织部", "副部长", "县委组织部副部长母俊杰宣读了", None)], []),
    "ac:鄢红英": ("鄢红英", "editor", "蓬安县政协", [], ["ac05", "ac06"]),
    "ac:冉立峰": ("冉立峰", "official", "营山县", [
        ("ac07", "营山县委", "书记", "县委书记冉立峰", None)], []),
    "ac:何文韬": ("何文韬", "official", "营山县", [
        ("ac07", "营山县委", "副书记", "县委副书记、县长何文韬", None),
        ("ac07", "营山县政府", "县长", "县委副书记、县长何文韬", None)], []),
    "ac:郭振江#2": ("郭振江", "official", "营山县", [
        ("ac07", "营山县人大常委会", "主任", "县人大常委会主任郭振江", "营山 (四川); not the 郭振江 of 巨野 (ac04); the post the deceased held 1990—1999")], []),
    "ac:谯光明": ("谯光明", "official", "营山县", [
        ("ac07", "营山县政协", "主席", "县政协主席谯光明", None)], []),
    "ac:袁春林": ("袁春林", "official", "营山县", [
        ("ac07", "营山县人大常委会", "副主任", "县人大常委会副主任袁春林主持", None)], []),
    "ac:岳德厚": ("岳德厚", "official", "营山县", [
        ("ac07", "营山县骆市公社党委", "副书记", _Y07a, "生平 range (past post; deceased 2023); a 公社 takes the county label like a town", "1965年3月至1972年6月"),
        ("ac07", "营山县骆市公社党委", "书记", _Y07b, "生平 range; bare 骆市公社 after 营山县骆市公社", "1972年6月至1980年4月"),
        ("ac07", "营山县委", "常委", _Y07c, "生平 range", "1980年4月至1984年9月"),
        ("ac07", "营山县委农工部", "部长", _Y07c, "生平 range; 农工部 after 营山县委常委 = 营山县委农工部", "1980年4月至1984年9月"),
        ("ac07", "营山县委", "副书记", _Y07d, "生平 range", "1984年9月至1990年2月"),
        ("ac07", "营山县政府", "县长", _Y07d, "生平 range; ``任县长期间`` later is an undated repeat", "1984年9月至1990年2月"),
        ("ac07", "营山县人大常委会", "主任", _Y07e, "生平 range; the lead's 营山县人大常委会原主任 gives no line; 代表大会代表 are no posts", "1990年2月至1999年12月")], []),
    "ac:邓悦彤": ("邓悦彤", "editor", "营山县人民政府", [], ["ac07"]),
    # ---- 河北 衡水
    "ac:苑世昌": ("苑世昌", "official", "武邑县", [
        ("ac08", "武邑县委", "书记", "7月7日，县委书记苑世昌深入", "2021: present post; named in the headline too"),
        ("ac10", "武邑县委", "书记", _S10a, "2025 双开 notice: dated post; ``在担任武邑县委书记期间`` is an undated repeat; the undated 曾任 list (景县副县长, 深州市委常委、常务副市长, 武邑县委副书记、县长) gives no line", "2019年9月"),
        ("ac10", "衡水市人大常委会党组", "成员", _S10b, "dated post (党组成员 as part z); the headline's and lead's 原 posts give no line", "2023年2月"),
        ("ac10", "衡水市人大常委会", "副主任", _S10b, "dated post", "2023年2月")], ["ac09"]),
    "ac:焦文博": ("焦文博", "official", "武邑县", [
        ("ac08", "武邑县委", "副书记", "县委副书记、县长焦文博", "2021"),
        ("ac08", "武邑县政府", "县长", "县委副书记、县长焦文博", None),
        ("ac09", "武邑县委", "副书记", "县委副书记、县长焦文博主持会议", "2023"),
        ("ac09", "武邑县政府", "县长", "县委副书记、县长焦文博主持会议", None)], []),
    "ac:邢立波": ("邢立波", "official", "武邑县", [
        ("ac08", "武邑县委", "常委", "县委常委、常务副县长邢立波", None),
        ("ac08", "武邑县政府", "常务副县长", "县委常委、常务副县长邢立波", None)], []),
    "ac:霍志勇": ("霍志勇", "official", "武邑县", [
        ("ac08", "武邑县政府", "副县长", "副县长霍志勇陪同调研", None)], []),
    "ac:尹佳琪": ("尹佳琪", "reporter", "武邑县融媒体中心", [], ["ac08", "ac09"]),
    "ac:靳雅楠": ("靳雅楠", "editor", "武邑县人民政府", [], ["ac08", "ac09"]),
    "ac:齐宝华": ("齐宝华", "external_official", "衡水市", [
        ("ac09", "衡水市委", "常委", "衡水市委常委、组织部部长齐宝华出席会议并讲话", None),
        ("ac09", "衡水市委组织部", "部长", "衡水市委常委、组织部部长齐宝华出席会议并讲话", "组织部 after 衡水市委常委 = 衡水市委组织部")], []),
    "ac:祁海涛": ("祁海涛", "official", "武邑县", [
        ("ac09", "武邑县委", "委员", _T09, "appointment announced at the cadre meeting (衡水市委决定)"),
        ("ac09", "武邑县委", "常委", _T09, None),
        ("ac09", "武邑县委", "书记", _T09, None),
        ("ac09", "枣强县大营镇党委", "副书记", _H09a, "dotted 简历 line (the 1996 line ``王均乡政府干部`` is no title)", "2003.09—2008.11"),
        ("ac09", "枣强县大营镇政府", "镇长", _H09a, "dotted 简历 line", "2003.09—2008.11"),
        ("ac09", "枣强县大营镇党委", "书记", _H09b, "dotted 简历 line", "2008.11—2012.06"),
        ("ac09", "景县政府", "副县长", _H09c, "dotted 简历 line; 景县人民政府 → 景县政府", "2012.06—2016.03"),
        ("ac09", "枣强县委", "副书记", _H09d, "dotted 简历 line （2016.05当选）", "2016.03—2019.08"),
        ("ac09", "枣强县政府", "县长", _H09d, "dotted 简历 line", "2016.03—2019.08"),
        ("ac09", "衡水高新区党工委", "书记", _H09e, "dotted 简历 line (衡水高新技术产业开发区 folded); the 高新区 of 衡水, not of 菏泽 (ac02)", "2019.08—2023.02"),
        ("ac09", "衡水高新区管委会", "主任", _H09e, "dotted 简历 line", "2019.08—2023.02")], []),
    "ac:耿玉书": ("耿玉书", "official", "武邑县", [
        ("ac09", "武邑县人大常委会", "主任", "县人大常委会主任耿玉书", None)], []),
    "ac:甄秀兰": ("甄秀兰", "official", "武邑县", [
        ("ac09", "武邑县政协", "主席", "县政协主席甄秀兰出席会议", None)], []),
    "ac:武婧怡": ("武婧怡", "editor", "衡水市纪委监委", [], ["ac10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ac01", "庞晓雯", "责任编辑", "editor", "责任编辑：庞晓雯"),
    ("ac03", "房静怡", "责任编辑", "editor", "责任编辑：房静怡"),
    ("ac04", "樊雨萱", "记者", "reporter", "（记者　樊雨萱）"),
    ("ac04", "吕慧敏", "责任编辑", "editor", "责任编辑：吕慧敏"),
    ("ac05", "何雪莲", "作者", "author", "作者：何雪莲"),
    ("ac05", "鄢红英", "责任编辑", "editor", "责任编辑：鄢红英"),
    ("ac06", "何雪莲", "作者", "author", "作者：何雪莲"),
    ("ac06", "鄢红英", "责任编辑", "editor", "责任编辑：鄢红英"),
    ("ac07", "邓悦彤", "责任编辑", "editor", "责任编辑：邓悦彤"),
    ("ac08", "尹佳琪", "记者", "reporter", "（记者　尹佳琪）"),
    ("ac08", "靳雅楠", "责任编辑", "editor", "责任编辑：靳雅楠"),
    ("ac09", "尹佳琪", "记者", "reporter", "（记者　尹佳琪）"),
    ("ac09", "靳雅楠", "责任编辑", "editor", "责任编辑：靳雅楠"),
    ("ac10", "武婧怡", "责任编辑", "editor", "责任编辑：武婧怡"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("ac01", "县政府第四十三次常务会议", "meeting (县政府常务会议)", "4月22日下午", "孔繁伟", None, [],
     ["程向东", "蔡景涛", "满红艳", "褚立新"], ["程向东", "蔡景涛", "满红艳", "褚立新", "孔繁伟"], None,
     "县委副书记、县长孔繁伟主持召开县政府第四十三次常务会议",
     ["县长孔繁伟主持召开县政府第四十三次常务会议", "县委常委、常务副县长程向东", _W01, "程向东就项目资金筹措",
      "蔡景涛汇报了", "满红艳通报了", "褚立新就农村道路交通安全", "孔繁伟强调"]),
    ("ac04", "重点项目建设和洙水河综合治理工作调研", "inspection (调研)", "3月14日", None, "程向东", [],
     ["郭振江", "聂晓燕", "路长顺"], ["程向东", "郭振江", "路长顺"], "田庄镇、永丰街道",
     "3月14日，县委副书记、县长程向东深入田庄镇、永丰街道，调研重点项目建设和洙水河综合治理工作",
     ["县长程向东深入田庄镇", "副县长郭振江", "田庄镇党委书记路长顺陪同调研", "程向东详细了解", "郭振江汇报了",
      "路长顺介绍了", "程向东强调"]),
    ("ac05", "嘉陵江蓬安段生态保护修复工作视察", "inspection (政协视察)", "11月9日", None, "漆德明", ["蓬安县政协"],
     ["侯春梅", "雍建军", "敬晓东"], ["漆德明", "侯春梅"], "嘉陵江蓬安段",
     "县政协副主席漆德明带领部分县政协委员，视察嘉陵江蓬安段生态保护修复工作",
     ["县政协副主席漆德明带领部分县政协委员", "委员会主任侯春梅", "相如街道党工委书记敬晓东陪同视察", "漆德明指出", "侯春梅表示"]),
    ("ac05", "视察座谈会", "meeting (座谈会)", "11月9日", None, None, [],
     [], ["雍建军", "敬晓东"], None,
     "在随后召开的座谈会上，雍建军介绍了全县河长制工作",
     ["雍建军介绍了", "敬晓东汇报了"]),
    ("ac06", "荣誉退休仪式", "ceremony (荣誉退休仪式)", "1月17日下午", "侯春梅", None, ["县政协机关"],
     ["蒲建平", "罗永林", "任晓蓉", "母俊杰", "漆德明"], ["母俊杰", "蒲建平", "漆德明"], None,
     "1月17日下午，县政协机关举行荣誉退休仪式",
     ["县政协党组书记、主席蒲建平出席并讲话", "县政协副主席侯春梅主持仪式", "县政协副主席罗永林、县政协秘书长任晓蓉",
      "县委组织部副部长母俊杰宣读了", "蒲建平代表县政协党组", "漆德明发表退休感言"]),
    ("ac07", "岳德厚同志遗体送别仪式", "ceremony (遗体送别仪式)", "8月17日上午", "袁春林", None, [],
     ["冉立峰", "何文韬", "郭振江", "谯光明"], ["郭振江"], "营山县殡仪馆",
     "8月17日上午，岳德厚同志遗体送别仪式在营山县殡仪馆举行",
     ["县委书记冉立峰", "县委副书记、县长何文韬", "县人大常委会主任郭振江", "县政协主席谯光明等县领导",
      "送别仪式由县人大常委会副主任袁春林主持", "郭振江介绍了岳德厚同志生平"]),
    ("ac08", "重点项目建设和防汛工作调研", "inspection (调研)", "7月7日", None, "苑世昌", [],
     ["焦文博", "邢立波", "霍志勇"], ["苑世昌", "邢立波", "霍志勇", "焦文博"], "清凉店镇、武邑镇",
     "7月7日，县委书记苑世昌深入清凉店镇、武邑镇，调研重点项目建设和防汛准备工作",
     ["县委书记苑世昌深入清凉店镇", "县委副书记、县长焦文博", "县委常委、常务副县长邢立波", "副县长霍志勇陪同调研",
      "苑世昌详细了解了", "邢立波汇报了", "霍志勇汇报了", "焦文博表示"]),
    ("ac09", "全县领导干部大会", "meeting (领导干部大会)", "2月21日上午", "焦文博", None, ["武邑县"],
     ["齐宝华", "耿玉书", "甄秀兰"], ["齐宝华", "苑世昌", "祁海涛"], None,
     "2月21日上午，我县召开全县领导干部大会",
     ["衡水市委常委、组织部部长齐宝华出席会议并讲话", "齐宝华宣读了衡水市委的决定", "齐宝华在讲话中指出",
      "苑世昌在发言中表示", "祁海涛在表态发言中表示", "县委副书记、县长焦文博主持会议",
      "县人大常委会主任耿玉书、县政协主席甄秀兰出席会议"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ac01", "郓城县城区雨污分流改造工程", "infrastructure_project", "郓城县城区雨污分流改造工程推进情况"),
    ("ac01", "郓城县黄河滩区村台社区配套提升工程", "housing_project", "要加快推进郓城县黄河滩区村台社区配套提升工程"),
    ("ac01", "黄安镇食品产业园二期", "industrial_park", "同步抓好黄安镇食品产业园二期招商运营"),
    ("ac04", "巨野书画产业园二期", "industrial_park", "在巨野书画产业园二期项目现场"),
    ("ac04", "洙水河巨野段生态综合治理工程", "engineering_work", "在洙水河巨野段生态综合治理工程现场"),
    ("ac04", "田庄镇农产品冷链物流中心", "logistics_hub", "路长顺介绍了田庄镇农产品冷链物流中心建设"),
    ("ac05", "嘉陵江蓬安段岸线生态修复工程", "greening_project", "河舒镇污水处理厂和嘉陵江蓬安段岸线生态修复工程现场"),
    ("ac05", "河舒镇污水处理厂提标改造项目", "infrastructure_project", "河舒镇污水处理厂提标改造项目"),
    ("ac07", "消水河骆市段防洪堤工程", "engineering_work", "主持修建了消水河骆市段防洪堤工程"),
    ("ac08", "武邑县金属制品产业园二期", "industrial_park", "在武邑县金属制品产业园二期建设现场"),
    ("ac08", "滏阳河武邑段生态修复工程", "greening_project", "在滏阳河武邑段生态修复工程现场"),
    ("ac08", "清凉店古镇保护利用项目", "project", "苑世昌走进清凉店古镇保护利用项目现场"),
    ("ac09", "武邑县金属制品产业园二期", "industrial_park", "全力推进武邑县金属制品产业园二期"),
    ("ac09", "滏阳河武邑段生态修复工程", "greening_project", "滏阳河武邑段生态修复工程等重点工作"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ac01", "黄河", "river", "standalone", "研究黄河滩区迁建后续提升"),
    ("ac01", "郓城县", "county", "in_project_name", "郓城县城区雨污分流改造工程推进情况"),
    ("ac01", "黄安镇", "town", "standalone", "蔡景涛汇报了黄安镇、李集镇村台社区"),
    ("ac01", "李集镇", "town", "standalone", "蔡景涛汇报了黄安镇、李集镇村台社区"),
    ("ac02", "山东", "province", "standalone", "山东鄄城人"),
    ("ac02", "鄄城", "county", "standalone", "山东鄄城人"),
    ("ac02", "东明", "county", "standalone", "山东东明人"),
    ("ac02", "菏泽", "city", "standalone", "山东菏泽人"),
    ("ac02", "郓城县", "county", "in_title", "现任郓城县委常委、常务副县长"),
    ("ac02", "巨野县", "county", "in_title", "拟任巨野县委委员、常委、副书记"),
    ("ac02", "单县", "county", "in_title", "2016年4月任单县人民政府副县长"),
    ("ac02", "曹县", "county", "in_title", "2020年3月任曹县县委常委、组织部部长"),
    ("ac02", "菏泽市", "city", "in_org_reference", "拟任菏泽市人力资源和社会保障局局长"),
    ("ac02", "菏泽高新技术产业开发区", "development_zone", "in_title", "现任菏泽高新技术产业开发区管委会副主任"),
    ("ac03", "菏泽市", "city", "in_org_reference", "目前正接受菏泽市纪委监委纪律审查和监察调查"),
    ("ac03", "郓城县", "county", "in_title", "郓城县原副县长蔡景涛涉嫌严重违纪违法"),
    ("ac03", "山东", "province", "standalone", "山东郓城人"),
    ("ac03", "郓城", "county", "standalone", "山东郓城人"),
    ("ac03", "黄安镇", "town", "in_title", "郓城县黄安镇副镇长"),
    ("ac04", "田庄镇", "town", "standalone", "深入田庄镇、永丰街道"),
    ("ac04", "永丰街道", "sub_district_office", "standalone", "深入田庄镇、永丰街道"),
    ("ac04", "洙水河", "river", "standalone", "调研重点项目建设和洙水河综合治理工作"),
    ("ac04", "巨野", "county", "standalone", "书画产业是巨野的特色产业"),
    ("ac05", "嘉陵江", "river", "standalone", "嘉陵江是蓬安的母亲河"),
    ("ac05", "蓬安", "county", "standalone", "嘉陵江是蓬安的母亲河"),
    ("ac05", "相如街道", "sub_district_office", "standalone", "先后来到相如街道滨江岸线"),
    ("ac05", "河舒镇", "town", "standalone", "河舒镇污水处理厂和"),
    ("ac05", "长江", "river", "standalone (slogan)", "长江十年禁渔"),
    ("ac06", "蓬安", "county", "standalone", "继续为蓬安发展建言献策"),
    ("ac06", "嘉陵江", "river", "standalone", "牵头开展嘉陵江蓬安段生态保护"),
    ("ac07", "营山县", "county", "standalone", "出生于营山县骆市镇"),
    ("ac07", "骆市镇", "town", "standalone", "出生于营山县骆市镇"),
    ("ac07", "骆市公社", "commune", "in_title", "任营山县骆市公社党委副书记"),
    ("ac07", "营山", "county", "standalone", "在营山逝世"),
    ("ac07", "营山县殡仪馆", "venue", "standalone", "遗体送别仪式在营山县殡仪馆举行"),
    ("ac07", "消水河", "river", "in_project_name", "主持修建了消水河骆市段防洪堤工程"),
    ("ac08", "清凉店镇", "town", "standalone", "深入清凉店镇、武邑镇"),
    ("ac08", "武邑镇", "town", "standalone", "深入清凉店镇、武邑镇"),
    ("ac08", "武邑县", "county", "in_project_name", "在武邑县金属制品产业园二期建设现场"),
    ("ac08", "武邑", "county", "standalone", "金属制品产业是武邑的传统优势产业"),
    ("ac08", "滏阳河", "river", "standalone", "加强滏阳河、清凉江沿线堤防巡查"),
    ("ac08", "清凉江", "river", "standalone", "加强滏阳河、清凉江沿线堤防巡查"),
    ("ac08", "清凉店", "town", "standalone", "讲好清凉店历史文化故事"),
    ("ac09", "衡水市", "city", "in_org_reference", "宣布衡水市委关于武邑县委主要负责同志调整的决定"),
    ("ac09", "武邑县", "county", "in_org_reference", "宣布衡水市委关于武邑县委主要负责同志调整的决定"),
    ("ac09", "武邑", "county", "standalone", "关心和支持武邑发展"),
    ("ac09", "滏阳河", "river", "in_project_name", "滏阳河武邑段生态修复工程等重点工作"),
    ("ac09", "河北", "province", "standalone", "河北饶阳人"),
    ("ac09", "饶阳", "county", "standalone", "河北饶阳人"),
    ("ac09", "枣强县", "county", "in_title", "枣强县王均乡政府干部"),
    ("ac09", "王均乡", "township", "in_title", "枣强县王均乡政府干部"),
    ("ac09", "大营镇", "town", "in_title", "枣强县大营镇党委书记"),
    ("ac09", "景县", "county", "in_title", "景县人民政府副县长"),
    ("ac09", "衡水高新技术产业开发区", "development_zone", "in_title", "衡水高新技术产业开发区党工委书记、管委会主任"),
    ("ac10", "衡水市", "city", "in_org_reference", "衡水市纪委监委对衡水市人大常委会原党组成员、副主任苑世昌"),
    ("ac10", "武邑县", "county", "in_title", "在担任武邑县委书记期间"),
    ("ac10", "河北", "province", "standalone", "河北阜城人"),
    ("ac10", "阜城", "county", "standalone", "河北阜城人"),
    ("ac10", "景县", "county", "in_title", "曾任景县副县长"),
    ("ac10", "深州市", "county_level_city", "in_title", "深州市委常委、常务副市长"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ac", conventions="set ac (blind set: posts named in the past, the future or as history beside present posts, in 山东 (菏泽: 郓城县, 巨野县, the 市委组织部 and 市纪委监委), 四川 (南充: 蓬安县 twice, 营山县) and 河北 (衡水: 武邑县 twice, the 市纪委监委): a 县政府常务会议, a 任前公示 (现任 is a holding, 拟任 and 提名 are not), a 纪委 notice on a 原副县长 with a dotted 简历, 调研 and 视察, a 荣誉退休仪式 (原 and 不再担任 are not holdings, ``自2016年12月任…以来`` is), a 遗体送别仪式 with a 生平 of dated ranges, a 领导干部大会 with a dotted 简历, a 双开 notice (undated 曾任 and 原 are not holdings, dated posts are); each dated career post a holding dated by its start, date_text as written (2016.03—2019.08, 1965年3月至1972年6月, 2016年4月), one line per post per article)",
          persons_note="Set ac persons. id = corpus-wide person_id (ac:郭振江#1 of 巨野县 (山东) and ac:郭振江#2 of 营山县 (四川) are two people; ac:蔡景涛 郓城县副县长 2021 → 原副县长 in a 2024 纪委 notice; ac:苑世昌 武邑县委书记 2021 → 不再担任 2023 → 衡水市人大常委会原副主任 in a 2025 双开 notice; ac:程向东 郓城县 常务副县长 2021 → 拟任 巨野 on the 2022 公示 → 巨野县长 2024; ac:漆德明 蓬安县政协副主席 2021 → 原副主席 retiring 2024; ac:岳德厚 (deceased) carries dated posts 1965—1999)")


if __name__ == "__main__":
    main()
