"""Write gold part ``bw`` (a blind set: 纪委监委 and 组织部 pages, 巡察 反馈会, 人大常委会 任免 and a 县委常委会会议 of
counties in 湖南, 江西, 广西 and 河北) from the tables below.

Pages ``tests/dev/texts/bw*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 永嘉 人大 site (``县十六届人大常委会第二十五次会议召开``, ``决定免去…的县
财政局局长职务。任命…为…``, 主任 / 副主任 list, ``县委常委、常务副县长…列席会议``); the 竹山 and 房县 papers (``任命…为…副县长、
代理县长``, ``决定接受…辞去``, ``颁发了任命书，并主持了宪法宣誓仪式``, ``（陈甜甜 徐 峰）`` credit); an 余干-style 人大 page
(``应到组成人员24人，实到17人``, ``颁发任命书…宪法宣誓仪式``); the 宽城 县委常委会 page (``县委书记…主持召开七届常委会第67次
会议``), the 牡丹晚报 鄄城 page (``第A05版：魅力鄄城``, ``县委常委会2023年第6次会议``), the 旌德 and 户县 常委会 pages (常委 list
出席, 人大主任 / 政协主席 列席, ``会议还研究了其他事项``); 巡察 pages: 南陵 籍山镇 ``巡察“回头看”情况反馈大会`` (组长 反馈, 镇党委书记
表态发言), the 江城 纪委 site (``县委巡察组组长反馈了巡察情况…被巡察党组织主要负责人作了表态发言``, ``(张丽春 || 责任编辑 茹婷婷)``),
浠水 (县委四个巡察组 反馈, 县领导 出席), 衡阳县 杉桥镇 and a 县城投集团 巡察动员会, the 清远 纪委 site's 巡察动员部署会; 纪委 notices
(中央纪委国家监委 ``…涉嫌严重违纪违法，目前正接受…纪律审查和监察调查`` with a 简历 paragraph; a 吉安 ``主动向组织交代问题``; a
双开 通报 with ``经查…经…纪委常委会会议研究并报…市委批准，决定给予…开除党籍处分；由…监委给予其开除公职处分``); 任前公示 pieces (肇庆
``现任…，拟任…``; press pieces describing the 公示 columns 姓名 / 出生年月 / 现任职务 / 拟任职务). Places are real: 湖南 怀化 (沅陵县,
辰溪县, the 市委组织部 and 市纪委监委), 江西 上饶 (铅山县, the 市纪委监委), 广西 百色 (田林县, the 市纪委监委; 德保 in a 简历), 河北
邢台 (内丘县 twice).

Shapes: a county site's 县委常委会会议 (县委书记 主持; 常委 list 出席; 人大主任 / 政协主席 列席; the 纪委书记 通报, the 组织部长 and
宣传部长 汇报) (bw01); a 市委组织部 site's 任前公示 as a table (序号 / 姓名 / 性别 / 出生年月 / 学历 / 现任职务 / 拟任职务; ``提名为…
人选``; 落款 date) (bw02); a county 纪委 site (清风X) of a 市委巡察组's 反馈会 to the 县委 (组长 反馈, 县委书记 主持并表态, 副组长 出席,
county leaders 参加) (bw03); a 市纪委监委 site's 审查调查 notice on a ``原副县长`` who now holds a 市 department post, with a prose
简历 of undated ``曾任`` and dated ``X年X月任`` posts (bw04); a county site's 人大常委会 会议 (report by the 常务副县长, ``决定任命…
为…副县长；免去…的县财政局局长职务；决定任命…为县财政局局长``, 宪法宣誓) (bw05); a 市纪委监委 双开 notice on the same 原副县长
(``在担任…期间``) (bw06); a city paper's 第03版 of a county 人大常委会 会议 (本报讯（通讯员 …）, 任命 / 免去 the 县财政局局长) (bw07);
a 市纪委监委 notice on a serving ``县委常委、县政府党组成员、副县长`` with a 简历 (bw08); a county 组织部 ``先锋网`` 任前公示 table
(姓名 / 出生年月 / 现任职务 / 拟任职务) (bw09); a county site's 人大常委会 会议 appointing the 公示's cadre (bw10).

Identity cases:
- bw:符立军, a 拟任 that comes true across counties: 沅陵县委常委、组织部部长 (bw01, March 2022; bw02, 现任 on the August 2022
  公示, 拟任 辰溪县委副书记: no line); 辰溪县委副书记 at the April 2023 巡察反馈会 (bw03).
- bw:邹卫平 likewise: 怀化市发展和改革委员会副主任 (bw02 现任; 拟任 辰溪县委常委, 提名 常务副县长人选: no line) → 辰溪县委常委、
  常务副县长 (bw03).
- bw:舒建平, present then ``原``: 辰溪县副县长 at the 2023 反馈会 (bw03); ``辰溪县原副县长`` under 审查调查 in June 2024, now
  怀化市农业农村局党组成员、副局长, his posts dated by the 简历 (孝坪镇党委书记 2010, 水利局党组书记、局长 2013, 副县长 2016,
  市农业农村局 2023) (bw04).
- bw:汪明辉: 铅山 人大常委会 2021 ``决定任命汪明辉为铅山县人民政府副县长；免去汪明辉的县财政局局长职务`` (bw05: 副县长 is a
  holding, the 免去 financial post is none); ``铅山县原副县长`` 开除党籍和公职 in November 2024 (bw06, named without a post).
- bw:农光明, a serving official under investigation: 田林县委常委、副县长 in June 2022 (bw07); in the March 2024 notice
  ``田林县委常委、县政府党组成员、副县长`` — present posts, dated by the 简历 (副县长 2020-09, 常委 and 党组成员 2021-08) (bw08).
- bw:贾振峰: 内丘县官庄镇党委书记 on the March 2023 公示 (bw09, 拟任 住房和城乡建设局党组书记, 提名 局长: no line); ``决定任命贾振峰
  为内丘县住房和城乡建设局局长`` in April 2023 (bw10).
- two different 石雅琴 in unrelated places: bw:石雅琴#1 is 沅陵县委常委、宣传部部长 (湖南, bw01); bw:石雅琴#2 is 内丘县金店镇党委
  副书记、镇长 (河北, bw09, 现任 on the 公示).
- one organ name in several places: bare ``县财政局`` is 铅山's (bw05) and 田林's (bw07); bare ``县委常委、县纪委书记、县监委主任``
  is 沅陵's (bw01) and 辰溪's (bw03); ``市纪委监委`` is 怀化's (bw04), 上饶's (bw06) and 百色's (bw08); the town name ``官庄镇`` is
  沅陵's (bw01, a project) and 内丘's (bw09, a 党委) — two real towns.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as parts ab, ac, ae and u where they speak; decided here where they are silent):
- 任前公示 (bw02, bw09): 现任 is a holding at the 落款 date (2022年8月22日, 2023年3月20日); 拟任 and ``提名为…人选 / 候选人`` are
  not (parts u, ac). DECIDED HERE: in a table the evidence is the row from the name through the 现任职务 cell (性别, 出生年月, 学历
  cells included as printed); the 拟任 cell gives places only.
- DECIDED HERE: a 审查调查 notice on a serving official (bw08) gives his titles as present holdings at the notice's date
  (接受审查调查 ends nothing, part ac); where the 简历 dates the same post, the post gets one line dated by the career line (part
  u: ``副县长`` by 2020年9月, ``常委`` and ``党组成员`` by 2021年8月). The same for a 原X's present post in the lead (bw04:
  怀化市农业农村局党组 成员 + 怀化市农业农村局 副局长, dated 2023年11月).
- ``原X`` (``辰溪县原副县长``, ``铅山县原副县长``), undated ``曾任`` lists and ``在担任…期间`` give no line (part ac); dated ``X年X月任…``
  posts are holdings dated by their start (parts n, ac). ``党委副书记、镇长`` undated in 曾任: no line.
- 人大常委会 任免 (bw05, bw07, bw10): ``决定任命`` gives a holding (part ab); ``免去`` gives none (汪明辉's 财政局局长, 陆勇, 夏立新,
  孔令昭). ``县十八届人大常委会`` → 铅山县人大常委会 (the 届 is not part of the org, part ab); ``铅山县人民政府副县长`` → 铅山县政府
  副县长; bare ``县财政局`` → the page's county (铅山县财政局, 田林县财政局).
- A 市委巡察组's roles are posts of the group (CONVENTIONS): ``市委第二巡察组组长唐立峰`` → 怀化市委第二巡察组 组长; ``副组长蒋雪莲``
  (after the group) → 怀化市委第二巡察组 副组长. ``巡察组全体成员`` names nobody.
- ``县委常委、县纪委书记、县监委主任`` → X县委 常委 + X县纪委 书记 + X县监委 主任 (CONVENTIONS); ``县委常委、组织部部长`` → X县委 常委
  + X县委组织部 部长; ``县政府党组成员`` → X县政府党组 成员 (党组成员 a post of the 党组, part z / ac); 乡 / 镇 organs take the county
  label (沅陵县二酉苗族乡党委, 内丘县官庄镇党委, 内丘县金店镇政府 镇长).
- ``怀化市发展和改革委员会`` and ``内丘县发展和改革局`` are kept as written after the place (part u).
- Bare organs take the page's place: 县委 / 县政府 / 县人大常委会 / 县政协 / 县纪委 on a county site (or a county 纪委 site, or a
  city paper's county report naming its county) = that county's; ``市委第二巡察组`` on the 辰溪 page after ``怀化市委第二巡察组`` =
  怀化's.
- Events: the 县委常委会会议 (chair, 出席 and 列席 attendees, 通报 / 汇报 / 强调 speakers), the 巡察反馈会 (chair the 县委书记, the 组长
  who 反馈 a speaker, 出席 / 参加 attendees) and the 人大常委会 会议 (chair, 出席 / 列席 attendees, those sworn in attendees, the
  宪法宣誓 part of the meeting; 作报告 / 强调 / 指出 speakers). A 纪委 notice (审查调查, 双开, ``经…纪委常委会会议研究``) and a 公示
  report no event (part ac).
- Bylines: ``本报讯（通讯员 …）`` a correspondent line; ``作者：`` an author line; 责任编辑 / 编辑 / 审核 editor lines. DECIDED HERE:
  the credit ``（怀化市纪委监委宣传部）`` / ``（百色市纪委监委）`` names an organ, no person: not annotated.
- Dates: a notice with no dateline takes its 发布时间 date as date_text (part ac); the 双开 notice its ``日前`` (month of the stamp);
  a 公示 its 落款 date.
- Projects: works reported or pushed: a 管网改造工程 / 污水处理厂提标改造工程 / 供热改造工程 / 二级公路 / 旅游公路 ``infrastructure_project``;
  a 茶叶产业园二期 ``industrial_park``; a 文化旅游区提升工程 ``project``. Generic ``地质灾害隐患点治理``, ``工程项目承揽`` are none.
- Places: one line per name per file as written; places inside titles (also 拟任 and 曾任 titles), organ references, project names
  and document titles count; birthplaces (湖南辰溪人, 广西德保人) count; site lines, navigation, 来源 lines, footers, the 公示's
  contact lines, 上一篇 / 下一篇 / 相关文章 / 本版其他文章 links are not annotated. DECIDED HERE: ``五强溪库区`` is annotated as written
  (kind ``reservoir_area``).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bw01_yuanling.txt": (2022, "发布时间：2022-03-19 09:42", "沅陵县", [
        ("向德培主持召开县委常委会2022年第7次会议", "3月18日", "2022-03-18", "3月18日，县委书记向德培",
         "county site: 县委常委会会议 (书记 主持; 常委 list; 人大主任 / 政协主席 列席; 纪委书记 通报, 组织部长 and 宣传部长 汇报)")]),
    "bw02_huaihua.txt": (2022, "发布时间：2022-08-23 08:30", "怀化市", [
        ("怀化市管干部任前公示公告", "2022年8月22日", "2022-08-22", "根据《党政领导干部选拔任用工作条例》和",
         "市委组织部 任前公示 table: 现任 / 拟任 / 提名为…人选; 落款 date")]),
    "bw03_chenxi.txt": (2023, "发布时间：2023-04-13 16:05", "辰溪县", [
        ("市委第二巡察组向辰溪县委反馈巡察情况", "4月12日", "2023-04-12", "4月12日，怀化市委第二巡察组",
         "county 纪委 site: 市委巡察组 反馈会 (组长 反馈, 县委书记 主持并表态); the 公示's 拟任 now held")]),
    "bw04_huaihua.txt": (2024, "发布时间：2024-06-05 17:30", "怀化市", [
        ("辰溪县原副县长舒建平接受纪律审查和监察调查", "2024-06-05", "2024-06-05", "据怀化市纪委监委消息",
         "市纪委监委 notice: a 原副县长 now 市农业农村局党组成员、副局长 under 审查调查; prose 简历 (曾任 undated, X年X月任 dated)")]),
    "bw05_yanshan.txt": (2021, "发布时间：2021-09-29 10:18", "铅山县", [
        ("县十八届人大常委会举行第三次会议", "9月28日", "2021-09-28", "9月28日，县十八届人大常委会举行第三次会议",
         "county site: 人大常委会 会议; 任命 副县长 and 县财政局局长, 免去; 宪法宣誓")]),
    "bw06_shangrao.txt": (2024, "发布时间：2024-11-14 10:00", "上饶市", [
        ("铅山县原副县长汪明辉严重违纪违法被开除党籍和公职", "日前", "2024-11", "日前，经上饶市委批准",
         "市纪委监委 双开 notice on the 原副县长 (在担任…期间; no 简历)")]),
    "bw07_tianlin.txt": (2022, "2022年06月24日", "田林县", [
        ("田林县人大常委会召开第四十一次会议", "6月22日", "2022-06-22", "本报讯（通讯员 覃雪梅）6月22日",
         "city paper 第03版: county 人大常委会 会议; 县委常委、副县长 reports; 任命 / 免去 the 县财政局局长")]),
    "bw08_baise.txt": (2024, "发布时间：2024-03-27 18:10", "百色市", [
        ("田林县委常委、副县长农光明接受纪律审查和监察调查", "2024-03-27", "2024-03-27", "据百色市纪委监委消息",
         "市纪委监委 notice on a serving 县委常委、县政府党组成员、副县长; 简历 with undated 曾任 and dated posts")]),
    "bw09_neiqiu.txt": (2023, "发布日期：2023-03-21", "内丘县", [
        ("内丘县委管理干部任前公示", "2023年3月20日", "2023-03-20", "根据《党政领导干部选拔任用工作条例》有关规定",
         "county 组织部 先锋网: 任前公示 table (姓名 / 出生年月 / 现任职务 / 拟任职务)")]),
    "bw10_neiqiu.txt": (2023, "发布时间：2023-04-27 16:40", "内丘县", [
        ("县十七届人大常委会第九次会议召开", "4月26日", "2023-04-26", "4月26日，县十七届人大常委会第九次会议召开",
         "county site: 人大常委会 会议 appointing the 公示's cadre 住房和城乡建设局局长; 免去")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (a table row or a 简历 clause)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# table rows (name → 现任 cell) and 简历 clauses (name → dated clause)
_F02 = _span("bw02", "符立军　男", "沅陵县委常委、组织部部长")
_Z02 = _span("bw02", "邹卫平　男", "怀化市发展和改革委员会副主任")
_L02 = _span("bw02", "龙晓燕　女", "沅陵县二酉苗族乡党委书记")
_S04a = _span("bw04", "舒建平，男", "2010年3月任辰溪县孝坪镇党委书记")
_S04b = _span("bw04", "舒建平，男", "2013年12月任辰溪县水利局党组书记、局长")
_S04c = _span("bw04", "舒建平，男", "2016年9月任辰溪县人民政府副县长")
_S04d = _span("bw04", "舒建平，男", "2023年11月任怀化市农业农村局党组成员、副局长")
_N08a = _span("bw08", "农光明，男", "2020年9月任田林县人民政府副县长")
_N08b = _span("bw08", "农光明，男", "2021年8月任田林县委常委、县政府党组成员、副县长")
_J09 = _span("bw09", "贾振峰　1980.07", "内丘县官庄镇党委书记")
_S09 = _span("bw09", "石雅琴　1984.02", "内丘县金店镇党委副书记、镇长")
_H09 = _span("bw09", "郝建磊　1986.09", "内丘县发展和改革局副局长")
_M01 = "县委常委、县纪委书记、县监委主任米兴华"
_G03 = "县委常委、县纪委书记、县监委主任谷长青"

YL, CX = "沅陵县", "辰溪县"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 湖南 怀化
    "bw:向德培": ("向德培", "official", YL, [
        ("bw01", f"{YL}委", "书记", "3月18日，县委书记向德培主持召开", "named in the headline too")], []),
    "bw:瞿明亮": ("瞿明亮", "official", YL, [
        ("bw01", f"{YL}委", "副书记", "县委副书记、县长瞿明亮", None),
        ("bw01", f"{YL}政府", "县长", "县委副书记、县长瞿明亮", None)], []),
    "bw:张楚贤": ("张楚贤", "official", YL, [
        ("bw01", f"{YL}委", "副书记", "县委副书记张楚贤", None)], []),
    "bw:米兴华": ("米兴华", "official", YL, [
        ("bw01", f"{YL}委", "常委", _M01, "also in the 常委 list (one line per post per article)"),
        ("bw01", f"{YL}纪委", "书记", _M01, "县纪委 = 沅陵's here, 辰溪's in bw03"),
        ("bw01", f"{YL}监委", "主任", _M01, None)], []),
    "bw:符立军": ("符立军", "official", YL, [
        ("bw01", f"{YL}委", "常委", "县委常委、组织部部长符立军", "2022-03 (identity case: 拟任 辰溪县委副书记 on the 2022 公示, held in 2023)"),
        ("bw01", f"{YL}委组织部", "部长", "县委常委、组织部部长符立军", None),
        ("bw02", f"{YL}委", "常委", _F02, "2022-08 公示: 现任 at the 落款 date; 拟任 辰溪县委副书记 is not a holding"),
        ("bw02", f"{YL}委组织部", "部长", _F02, "现任"),
        ("bw03", f"{CX}委", "副书记", "县委副书记符立军", "2023-04: the 拟任 of bw02 come true")], []),
    "bw:石雅琴#1": ("石雅琴", "official", YL, [
        ("bw01", f"{YL}委", "常委", "县委常委、宣传部部长石雅琴", "沅陵 (湖南); not the 石雅琴 of 内丘 (bw09)"),
        ("bw01", f"{YL}委宣传部", "部长", "县委常委、宣传部部长石雅琴", None)], []),
    "bw:宋家旺": ("宋家旺", "official", YL, [
        ("bw01", f"{YL}人大常委会", "主任", "县人大常委会主任宋家旺", None)], []),
    "bw:丁秀清": ("丁秀清", "official", YL, [
        ("bw01", f"{YL}政协", "主席", "县政协主席丁秀清", None)], []),
    "bw:邹卫平": ("邹卫平", "official", "怀化市", [
        ("bw02", "怀化市发展和改革委员会", "副主任", _Z02, "现任 (as written after the place); 拟任 辰溪县委常委 and 提名为…常务副县长人选 are not holdings"),
        ("bw03", f"{CX}委", "常委", "县委常委、常务副县长邹卫平", "2023-04: the 拟任 come true"),
        ("bw03", f"{CX}政府", "常务副县长", "县委常委、常务副县长邹卫平", None)], []),
    "bw:龙晓燕": ("龙晓燕", "official", YL, [
        ("bw02", f"{YL}二酉苗族乡党委", "书记", _L02, "现任; 提名为沅陵县人民政府副县长人选 is not a holding")], []),
    "bw:聂国栋": ("聂国栋", "official", CX, [
        ("bw03", f"{CX}委", "书记", "县委书记聂国栋主持会议并作表态发言", None)], []),
    "bw:唐立峰": ("唐立峰", "official", "怀化市", [
        ("bw03", "怀化市委第二巡察组", "组长", "市委第二巡察组组长唐立峰反馈巡察情况", "a 巡察组's role is a post of the group (CONVENTIONS); 市委 = 怀化市委 (named in the lead)")], []),
    "bw:蒋雪莲": ("蒋雪莲", "official", "怀化市", [
        ("bw03", "怀化市委第二巡察组", "副组长", "副组长蒋雪莲及巡察组全体成员出席会议", "副组长 right after the group's 组长")], []),
    "bw:熊文韬": ("熊文韬", "official", CX, [
        ("bw03", f"{CX}委", "副书记", "县委副书记、县长熊文韬", None),
        ("bw03", f"{CX}政府", "县长", "县委副书记、县长熊文韬", None)], []),
    "bw:谷长青": ("谷长青", "official", CX, [
        ("bw03", f"{CX}委", "常委", _G03, None),
        ("bw03", f"{CX}纪委", "书记", _G03, "县纪委 = 辰溪's here, 沅陵's in bw01"),
        ("bw03", f"{CX}监委", "主任", _G03, None)], []),
    "bw:舒建平": ("舒建平", "official", CX, [
        ("bw03", f"{CX}政府", "副县长", "副县长舒建平", "2023-04: present post (identity case: 原副县长 under 审查调查 in 2024, bw04)"),
        ("bw04", f"{CX}孝坪镇党委", "书记", _S04a, "dated 简历 clause; the undated 曾任 (火马冲镇副镇长, 孝坪镇党委副书记、镇长) give no line", "2010年3月"),
        ("bw04", f"{CX}水利局党组", "书记", _S04b, "dated 简历 clause", "2013年12月"),
        ("bw04", f"{CX}水利局", "局长", _S04b, "dated 简历 clause", "2013年12月"),
        ("bw04", f"{CX}政府", "副县长", _S04c, "dated 简历 clause; the headline's and lead's 原副县长 give no line", "2016年9月"),
        ("bw04", "怀化市农业农村局党组", "成员", _S04d, "DECIDED HERE: the lead's present post and the dated 简历 clause: one line dated by the clause", "2023年11月"),
        ("bw04", "怀化市农业农村局", "副局长", _S04d, "present post (lead) = dated 简历 clause: one line", "2023年11月")], []),
    "bw:李梦瑶": ("李梦瑶", "author", "辰溪县纪委监委", [], ["bw03"]),
    "bw:郑晓宁": ("郑晓宁", "editor", "怀化市纪委监委", [], ["bw04"]),
    "bw:陈晓蕾": ("陈晓蕾", "editor", "沅陵县人民政府", [], ["bw01"]),
    # ---- 江西 上饶
    "bw:祝国良": ("祝国良", "official", "铅山县", [
        ("bw05", "铅山县人大常委会", "主任", "县人大常委会主任祝国良主持会议", "县十八届人大常委会: the 届 is not part of the org")], []),
    "bw:徐春燕": ("徐春燕", "official", "铅山县", [
        ("bw05", "铅山县人大常委会", "副主任", "副主任徐春燕等出席会议", "bare 副主任 after the 人大常委会主任")], []),
    "bw:余振宇": ("余振宇", "official", "铅山县", [
        ("bw05", "铅山县委", "常委", "县委常委、常务副县长余振宇", None),
        ("bw05", "铅山县政府", "常务副县长", "县委常委、常务副县长余振宇", None)], []),
    "bw:汪明辉": ("汪明辉", "official", "铅山县", [
        ("bw05", "铅山县政府", "副县长", "会议决定任命汪明辉为铅山县人民政府副县长", "2021-09: 决定任命 is a holding; ``免去汪明辉的县财政局局长职务`` gives none (part ab) (identity case: 原副县长 双开 in 2024, bw06)")], ["bw06"]),
    "bw:程晓峰": ("程晓峰", "official", "铅山县", [
        ("bw05", "铅山县财政局", "局长", "决定任命程晓峰为县财政局局长", "bare 县财政局 = 铅山's here, 田林's in bw07")], []),
    "bw:夏立新": ("夏立新", "official", "铅山县", [], ["bw05"]),
    "bw:吴思远": ("吴思远", "editor", "铅山县人民政府", [], ["bw05"]),
    "bw:邓婉清": ("邓婉清", "editor", "上饶市纪委监委", [], ["bw06"]),
    # ---- 广西 百色
    "bw:黄开成": ("黄开成", "official", "田林县", [
        ("bw07", "田林县人大常委会", "主任", "县人大常委会主任黄开成主持会议", None)], []),
    "bw:农光明": ("农光明", "official", "田林县", [
        ("bw07", "田林县委", "常委", "县委常委、副县长农光明", "2022-06 (identity case: under 审查调查 in the same posts in 2024, bw08)"),
        ("bw07", "田林县政府", "副县长", "县委常委、副县长农光明", None),
        ("bw08", "田林县政府", "副县长", _N08a, "DECIDED HERE: a serving official under 审查调查 holds his posts at the notice date; the lead's 副县长 and two 简历 clauses: one line dated by the first clause", "2020年9月"),
        ("bw08", "田林县委", "常委", _N08b, "present post (headline, lead) dated by the 简历 clause", "2021年8月"),
        ("bw08", "田林县政府党组", "成员", _N08b, "县政府党组成员 → 田林县政府党组 成员", "2021年8月")], []),
    "bw:岑美玲": ("岑美玲", "official", "田林县", [
        ("bw07", "田林县财政局", "局长", "决定任命岑美玲为县财政局局长", "bare 县财政局 in the 百色日报's 田林 report")], []),
    "bw:陆勇": ("陆勇", "official", "田林县", [], ["bw07"]),
    "bw:周颖": ("周颖", "editor", "百色日报", [], ["bw07"]),
    "bw:赵思琪": ("赵思琪", "editor", "百色市纪委监委", [], ["bw08"]),
    # ---- 河北 邢台
    "bw:贾振峰": ("贾振峰", "official", "内丘县", [
        ("bw09", "内丘县官庄镇党委", "书记", _J09, "2023-03 公示: 现任; 拟任 住房和城乡建设局党组书记 and 提名为局长人选 are not holdings"),
        ("bw10", "内丘县住房和城乡建设局", "局长", "会议决定任命贾振峰为内丘县住房和城乡建设局局长", "2023-04: the 提名 come true")], []),
    "bw:石雅琴#2": ("石雅琴", "official", "内丘县", [
        ("bw09", "内丘县金店镇党委", "副书记", _S09, "内丘 (河北); not the 石雅琴 of 沅陵 (bw01); 拟任 金店镇党委书记 is not a holding"),
        ("bw09", "内丘县金店镇政府", "镇长", _S09, "现任")], []),
    "bw:郝建磊": ("郝建磊", "official", "内丘县", [
        ("bw09", "内丘县发展和改革局", "副局长", _H09, "现任; 拟任 五郭店乡党委副书记 and 提名为乡长候选人 are not holdings")], []),
    "bw:牛振国": ("牛振国", "official", "内丘县", [
        ("bw10", "内丘县人大常委会", "主任", "县人大常委会主任牛振国主持会议", None)], []),
    "bw:白晓东": ("白晓东", "official", "内丘县", [
        ("bw10", "内丘县人大常委会", "副主任", "县人大常委会副主任白晓东等出席会议", None)], []),
    "bw:段永生": ("段永生", "official", "内丘县", [
        ("bw10", "内丘县委", "常委", "县委常委、副县长段永生", None),
        ("bw10", "内丘县政府", "副县长", "县委常委、副县长段永生", None)], []),
    "bw:孔令昭": ("孔令昭", "official", "内丘县", [], ["bw10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bw01", "陈晓蕾", "责任编辑", "editor", "责任编辑：陈晓蕾"),
    ("bw03", "李梦瑶", "作者", "author", "作者：李梦瑶"),
    ("bw04", "郑晓宁", "责任编辑", "editor", "责任编辑：郑晓宁"),
    ("bw05", "吴思远", "责任编辑", "editor", "责任编辑：吴思远"),
    ("bw06", "邓婉清", "责任编辑", "editor", "责任编辑：邓婉清"),
    ("bw07", "覃雪梅", "通讯员", "correspondent", "本报讯（通讯员 覃雪梅）"),
    ("bw07", "周颖", "责任编辑", "editor", "责任编辑：周颖"),
    ("bw08", "赵思琪", "责任编辑", "editor", "责任编辑：赵思琪"),
    ("bw10", "刘佳宁", "编辑", "editor", "编辑：刘佳宁"),
    ("bw10", "吕婷", "审核", "editor", "审核：吕婷"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("bw01", "县委常委会2022年第7次会议", "meeting (县委常委会会议)", "3月18日", "向德培", None, [],
     ["瞿明亮", "张楚贤", "米兴华", "符立军", "石雅琴", "宋家旺", "丁秀清"], ["米兴华", "符立军", "石雅琴", "向德培"], None,
     "县委书记向德培主持召开县委常委会2022年第7次会议",
     ["县委书记向德培主持召开", "县委副书记、县长瞿明亮，县委副书记张楚贤，县委常委米兴华、符立军、石雅琴等出席会议",
      "县人大常委会主任宋家旺、县政协主席丁秀清列席会议", "县监委主任米兴华关于十四届县委第三轮巡察发现问题整改情况的通报",
      "组织部部长符立军关于年轻干部培养选拔", "宣传部部长石雅琴汇报了", "向德培强调"]),
    ("bw03", "怀化市委第二巡察组巡察辰溪县反馈会", "meeting (巡察反馈会)", "4月12日", "聂国栋", None, [],
     ["蒋雪莲", "熊文韬", "符立军", "谷长青", "邹卫平", "舒建平"], ["唐立峰", "聂国栋", "谷长青"], "辰溪县",
     "4月12日，怀化市委第二巡察组向辰溪县委反馈巡察情况",
     ["县委书记聂国栋主持会议并作表态发言", "市委第二巡察组组长唐立峰反馈巡察情况", "副组长蒋雪莲及巡察组全体成员出席会议",
      "县委副书记、县长熊文韬，县委副书记符立军", "县委常委、常务副县长邹卫平等县级领导，副县长舒建平", "唐立峰指出",
      "聂国栋表示", "谷长青就县纪委监委加强巡察整改日常监督作了安排"]),
    ("bw05", "县十八届人大常委会第三次会议", "session (人大常委会会议)", "9月28日", "祝国良", None, [],
     ["徐春燕", "余振宇", "汪明辉", "程晓峰"], ["余振宇", "祝国良"], None,
     "9月28日，县十八届人大常委会举行第三次会议",
     ["县人大常委会主任祝国良主持会议", "副主任徐春燕等出席会议", "县委常委、常务副县长余振宇及县法院、县检察院有关负责人列席会议",
      "余振宇代表县政府作报告", "汪明辉、程晓峰面向国旗庄严宣誓", "祝国良强调"]),
    ("bw07", "田林县十六届人大常委会第四十一次会议", "session (人大常委会会议)", "6月22日", "黄开成", None, [],
     ["农光明", "岑美玲"], ["农光明", "黄开成"], None,
     "6月22日，田林县十六届人大常委会召开第四十一次会议",
     ["县人大常委会主任黄开成主持会议", "县委常委、副县长农光明及县监委、县法院、县检察院负责人列席会议", "农光明代表县政府作报告时说",
      "岑美玲向宪法宣誓", "黄开成强调"]),
    ("bw10", "县十七届人大常委会第九次会议", "session (人大常委会会议)", "4月26日", "牛振国", None, [],
     ["白晓东", "段永生", "贾振峰"], ["段永生", "牛振国"], None,
     "4月26日，县十七届人大常委会第九次会议召开",
     ["县人大常委会主任牛振国主持会议", "县人大常委会副主任白晓东等出席会议", "县委常委、副县长段永生列席会议",
      "段永生代表县政府作报告时介绍", "牛振国为新任命的贾振峰颁发任命书", "牛振国指出"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bw01", "沅陵县城区供水管网改造工程", "infrastructure_project", "紧盯沅陵县城区供水管网改造工程"),
    ("bw01", "官庄镇茶叶产业园二期", "industrial_park", "官庄镇茶叶产业园二期等重点项目"),
    ("bw03", "辰溪县城区污水处理厂提标改造工程", "infrastructure_project", "辰溪县城区污水处理厂提标改造工程进度滞后"),
    ("bw05", "鹅湖书院文化旅游区提升工程", "project", "县政府关于鹅湖书院文化旅游区提升工程建设情况的报告"),
    ("bw05", "河口至鹅湖旅游公路", "infrastructure_project", "下一步将加快推进河口至鹅湖旅游公路建设"),
    ("bw07", "乐里至旧州二级公路", "infrastructure_project", "县人民政府关于乐里至旧州二级公路建设情况的报告"),
    ("bw10", "内丘县城区集中供热改造工程", "infrastructure_project", "县人民政府关于内丘县城区集中供热改造工程进展情况的报告"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bw01", "沅陵", "county", "standalone", "同推进沅陵高质量发展结合起来"),
    ("bw01", "沅陵县", "county", "in_document_title", "审议了《沅陵县推动干部担当作为十条措施》"),
    ("bw01", "官庄镇", "town", "in_project_name", "官庄镇茶叶产业园二期等重点项目"),
    ("bw01", "五强溪库区", "reservoir_area", "standalone", "要坚持五强溪库区生态保护和移民后期扶持两手抓"),
    ("bw02", "湖南省", "province", "in_document_title", "《湖南省党政领导干部任前公示制度实施办法》"),
    ("bw02", "沅陵县", "county", "in_title", _F02),
    ("bw02", "辰溪县", "county", "in_title", "辰溪县委副书记"),
    ("bw02", "怀化市", "city", "in_org_reference", _Z02),
    ("bw02", "二酉苗族乡", "township", "in_title", _L02),
    ("bw03", "怀化市", "city", "in_org_reference", "4月12日，怀化市委第二巡察组向辰溪县委反馈巡察情况"),
    ("bw03", "辰溪县", "county", "in_org_reference", "4月12日，怀化市委第二巡察组向辰溪县委反馈巡察情况"),
    ("bw03", "辰溪", "county", "standalone", "以整改实效推动辰溪高质量发展"),
    ("bw04", "怀化市", "city", "in_org_reference", "目前正接受怀化市纪委监委纪律审查和监察调查"),
    ("bw04", "辰溪县", "county", "in_title", "辰溪县原副县长舒建平涉嫌严重违纪违法"),
    ("bw04", "湖南", "province", "standalone", "湖南辰溪人"),
    ("bw04", "辰溪", "county", "standalone", "湖南辰溪人"),
    ("bw04", "火马冲镇", "town", "in_title", "曾任辰溪县火马冲镇副镇长"),
    ("bw04", "孝坪镇", "town", "in_title", "辰溪县孝坪镇党委副书记、镇长"),
    ("bw05", "铅山县", "county", "in_org_reference", "会议决定任命汪明辉为铅山县人民政府副县长"),
    ("bw05", "鹅湖书院", "heritage_site", "in_project_name", "县政府关于鹅湖书院文化旅游区提升工程建设情况的报告"),
    ("bw05", "鹅湖镇", "town", "standalone", "工程已完成鹅湖镇游客服务中心和古街立面改造"),
    ("bw05", "河口", "town", "in_project_name", "下一步将加快推进河口至鹅湖旅游公路建设"),
    ("bw05", "鹅湖", "town", "in_project_name", "下一步将加快推进河口至鹅湖旅游公路建设"),
    ("bw06", "上饶市", "city", "in_org_reference", "日前，经上饶市委批准"),
    ("bw06", "铅山县", "county", "in_title", "对铅山县原副县长汪明辉严重违纪违法问题"),
    ("bw07", "田林县", "county", "in_org_reference", "6月22日，田林县十六届人大常委会召开第四十一次会议"),
    ("bw07", "乐里", "town", "in_project_name", "县人民政府关于乐里至旧州二级公路建设情况的报告"),
    ("bw07", "旧州", "town", "in_project_name", "县人民政府关于乐里至旧州二级公路建设情况的报告"),
    ("bw07", "旧州镇", "town", "standalone", "旧州镇段桥梁工程进入主体施工"),
    ("bw07", "利周瑶族乡", "township", "standalone", "县人民政府关于利周瑶族乡地质灾害隐患点治理情况的报告"),
    ("bw07", "田林", "county", "standalone", "为田林经济社会发展作出贡献"),
    ("bw08", "百色市", "city", "in_org_reference", "目前正接受百色市纪委监委纪律审查和监察调查"),
    ("bw08", "田林县", "county", "in_title", "田林县委常委、县政府党组成员、副县长农光明涉嫌严重违纪违法"),
    ("bw08", "广西", "province", "standalone", "广西德保人"),
    ("bw08", "德保", "county", "standalone", "广西德保人"),
    ("bw08", "德保县", "county", "in_title", "曾任德保县都安乡党委副书记、乡长"),
    ("bw08", "都安乡", "township", "in_title", "曾任德保县都安乡党委副书记、乡长"),
    ("bw09", "内丘县", "county", "in_title", _J09),
    ("bw09", "官庄镇", "town", "in_title", _J09),
    ("bw09", "金店镇", "town", "in_title", _S09),
    ("bw09", "五郭店乡", "township", "in_title", "内丘县五郭店乡党委副书记，提名为乡长候选人"),
    ("bw10", "内丘县", "county", "in_project_name", "县人民政府关于内丘县城区集中供热改造工程进展情况的报告"),
    ("bw10", "内丘镇", "town", "standalone", "内丘镇、大孟村镇供热管网同步延伸"),
    ("bw10", "大孟村镇", "town", "standalone", "内丘镇、大孟村镇供热管网同步延伸"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bw", conventions="set bw (blind set: 纪委监委 and 组织部 pages, 巡察 反馈会, 人大常委会 任免 and a 县委常委会会议 in 湖南 (怀化: 沅陵县, 辰溪县, the 市委组织部 and 市纪委监委), 江西 (上饶: 铅山县, the 市纪委监委), 广西 (百色: 田林县, the 市纪委监委) and 河北 (邢台: 内丘县 twice): 任前公示 tables (现任 is a holding at the 落款 date, 拟任 and 提名 are not; evidence = the row through the 现任 cell), 审查调查 notices on a 原副县长 (原 no line; the present post and dated 简历 posts are holdings) and on a serving 县委常委、县政府党组成员、副县长 (present holdings, dated by the 简历 where it dates them), a 双开 notice (原 and 在担任…期间 no line), 巡察组 组长 / 副组长 posts of 怀化市委第二巡察组, 人大 决定任命 a holding and 免去 none, 县纪委书记 / 县监委主任 → X县纪委 / X县监委; notices and 公示 are no events; one line per post per article)",
          persons_note="Set bw persons. id = corpus-wide person_id (bw:石雅琴#1 of 沅陵县 (湖南) and bw:石雅琴#2 of 内丘县 (河北) are two people; bw:符立军 沅陵县委常委、组织部部长 2022 → 拟任 → 辰溪县委副书记 2023; bw:邹卫平 怀化市发展和改革委员会副主任 2022 → 辰溪县委常委、常务副县长 2023; bw:舒建平 辰溪县副县长 2023 → 原副县长, 怀化市农业农村局党组成员、副局长 under 审查调查 2024; bw:汪明辉 铅山县财政局局长 免去 / 副县长 任命 2021 → 原副县长 双开 2024; bw:农光明 田林县委常委、副县长 2022 and under 审查调查 in the same posts 2024; bw:贾振峰 内丘县官庄镇党委书记 (公示) → 内丘县住房和城乡建设局局长 2023)")


if __name__ == "__main__":
    main()
