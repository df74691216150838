"""Write gold part ``bd`` (a blind set: personnel notices as tables and lists: 任前公示 tables and lists, 人大常委会 任免名单,
government 任免 notices with 试用期) from the tables below.

Pages ``tests/dev/texts/bd*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (a 上海长宁 区人大常委会 report ``决定接受…辞去…区长职务的请求；决定任命…为
…副区长、代理区长`` with 宪法宣誓 and 列席; a 平顶山新华区 区人大常委会 session ``拟任区人民政府副区长人选…列席会议…任命…为区
人民政府副区长…新任职人员进行了宪法宣誓``; a 天津滨海新区 人大常委会 session (``会议接受…辞去…的请求。会议任命…为…副区长、
代理区长``); 常州 and 盐城盐都 区人大常委会 session notes; 临朐, 永丰 and 秀山 县人大常委会 sessions (``表决通过了人事免职和
任职事项…颁发了任命书…宪法宣誓``, ``根据县监察委、县人民法院提请…决定任命``); the 息县 court's 任免 at the 县人大常委会; the
山西省政府 任免 notice ``…副主任（试用期一年）`` and ``免去…职务（终止试用期）`` as the press reported it; press pieces on
金华 and 桂林 任前公示 (现任 / 拟任 / 提名为…候选人, 出生年月); pages on what a 任前公示 lists (姓名、性别、民族、出生年月、
籍贯、学历、现任职务、拟任职务) and on 任职试用期 (``试用时间从任免机关下发任职通知时计算``). Part ac's and part u's 公示 and
任免名单 pages were read for the annotation choices. Places are real and new to the corpus: 福建 南平 (the 市委组织部,
建阳区, 邵武市), 山东 日照 (the 市人大常委会, 五莲县 twice, 莒县), 云南 玉溪 (the 市委组织部, 澄江市, 江川区).

Shapes: a 市委组织部 任前公示 TABLE with ``|`` between cells (序号 | 姓名 | 性别 | 出生年月 | 籍贯 | 学历 | 现任职务 | 拟任职务 |
备注, one a row; 备注 ``试用期一年``) (bd01); a 区人大常委会 任免名单 by heading (一、决定接受 / 二、决定任命 / 三、决定免去, one
name a line; one person both 任命 and 免去) and the session report as a second article (bd02); a 市政府 任免 通知 with a
文号, one ``X任…（试用期一年）`` a line and one ``免去…职务（另有任用）`` (bd03); a 市人大常委会 任免名单 under ``任命：`` /
``免去：`` (a 主任 appointed and 免去 from his former 局长 post in the same list; a court's 副院长、审判委员会委员; a 人大
工作委员会 副主任) and the session report (bd04); a 县委组织部 任前公示 TABLE with TAB-separated cells, the cells written
without the county (``洪凝街道党工委副书记、办事处主任``, ``县财政局预算股股长``) (bd05); a 县政府 任免 通知 ``X同志任…（试用期
一年）；免去X同志的…职务`` (bd06); a 县人大常委会 session report followed by its 任免名单 as a second article (bd07); a 市委
组织部 任前公示 as prose paragraphs (``现任玉溪高新技术产业开发区党工委委员、管委会副主任，拟任…，提名为…副市长人选``)
(bd08); a 市人大常委会 任免名单 and session (bd09); a 区政府 任免 通知 as a TABLE with 任职 / 免职 / 备注 columns (bd10).

Identity cases:
- bd:游建松, a future post that comes true in another place: 现任 邵武市委常委、常务副市长 on the November 2021 公示 table,
  拟任 建阳区委副书记 and nominated 区长 candidate (bd01: 邵武 posts only); appointed 建阳区人民政府副区长、代理区长 by the
  建阳 区人大常委会 in January 2022 (bd02), while his predecessor bd:练海峰 resigns (named, no line).
- bd:魏承泽: 现任 建阳区童游街道党工委书记 on the 2021 公示 (bd01), 建阳区政府副区长 in 2022 (bd02).
- bd:丁雪梅, a 拟任 cell then the notice: 县财政局预算股股长 on the April 2023 五莲 公示 table, 拟任 ``县财政局副局长（试用期
  一年）`` (bd05: only the 股长 line); ``丁雪梅同志任五莲县财政局副局长（试用期一年）`` in the May 2023 县政府 notice (bd06).
  bd:臧文博 is 洪凝街道党工委副书记、办事处主任 on bd05 and only 免去 on bd06 (no line there).
- bd:厉海燕 moves between posts and places: appointed 日照市人大常委会财政经济工作委员会副主任 in June 2022 (bd04); appointed
  莒县人民政府副县长 by the 莒县 人大常委会 in March 2024 (bd07).
- bd:普建明: 现任 玉溪高新区党工委委员、管委会副主任 on the September 2022 公示 (bd08), 拟任 澄江市委常委 and 副市长人选 (no
  lines); appointed 澄江市人民政府副市长 in February 2023 (bd09).
- two different 秦晓东 in unrelated places: bd:秦晓东#1 is appointed 日照市财政局局长 (山东, bd04, 2022); bd:秦晓东#2 is
  江川区农业农村局副局长 on trial (云南, bd10, 2024).
- one zone name in two cities: 高新区 — 日照高新区 (bd04: ``日照高新区党工委书记、管委会主任``) and 玉溪高新区 (bd08, written
  ``玉溪高新技术产业开发区党工委委员、管委会副主任``: folded to 玉溪高新区 in the org).
- bd:卢振华 is appointed 日照市发展和改革委员会主任 and, in the same list, 免去 as 日照市工业和信息化局局长 (one line: the
  new post); bd:谢婉琳 likewise (建阳区财政局局长 任命, 审计局局长 免去); bd:刀玉芬 (bd10) 任职 文化和旅游局副局长 and 免职
  大街街道办事处副主任 in one table row (one line).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as parts n, u and ac where they speak; decided here where they are silent):
- 任前公示 (bd01, bd05, bd08): 现任 is a holding at the 落款 date; 拟任 and 提名为 … 候选人 / 人选 are not (parts n, u, ac);
  ``拟任县（市、区）政府副职`` names no org and is nothing.
- DECIDED HERE: a 公示 TABLE row gives its 现任职务 cell as holdings, one line per title, with the row from its 序号 to the
  现任 cell as evidence (``1 | 游建松 | … | 邵武市委常委、常务副市长``; TAB-separated rows likewise, the TABs kept in the
  evidence); the 拟任职务 and 备注 cells give nothing; 出生年月 (``1979.04``) dates no post.
- DECIDED HERE: 试用期. ``X任…（试用期一年）`` / ``X同志任…（试用期一年）`` in a government 任免 notice is an appointment and
  a holding at the notice's 落款 date like any 任命; the 试用期 is written in the note only. The same words in a 公示's
  拟任 cell or clause (bd01 詹丽萍, bd05 丁雪梅, bd08 保志强) give nothing.
- 任免名单 (bd02, bd04, bd07, bd09): 决定任命 / 任命 gives a holding at the session date of the name list's parenthesis;
  决定接受 … 辞去, 决定免去 / 免去 give none (parts n, u). DECIDED HERE: a 任免 table (bd10) with 任职 / 免职 columns: the
  任职 cell is a holding, the 免职 cell and 备注 ``另有任用`` give none; evidence is the row up to the 任职 cell.
- DECIDED HERE: cells and clauses of a county's own 公示 written without the county (``洪凝街道党工委副书记、办事处主任``,
  ``于里镇党委副书记``, ``县财政局预算股股长``, ``县委办公室副主任``) take the page's county like a bare organ: 五莲县洪凝街道
  党工委 副书记 + 五莲县洪凝街道办事处 主任, 五莲县委办公室 副主任.
- DECIDED HERE: a section inside a department is an org as written after its department: 南平市财政局预算科 科长, 五莲县财政局
  预算股 股长; a city department's district branch likewise (玉溪市生态环境局江川分局 局长, as part u's 公安分局).
- 街道办事处主任 / 副主任 → X街道办事处 (邵武市昭阳街道办事处, 江川区宁海街道办事处); 街道党工委 → X街道党工委.
- Court and 人大 posts: ``日照市中级人民法院副院长、审判委员会委员`` → 日照市中级人民法院 副院长 + 日照市中级人民法院审判委员会
  委员; ``日照市人大常委会财政经济工作委员会副主任`` → that 工作委员会 (part z).
- Zones: ``玉溪高新技术产业开发区党工委委员、管委会副主任`` → 玉溪高新区党工委 委员 + 玉溪高新区管委会 副主任 (CONVENTIONS'
  fold); places keep the name as written. ``代理区长`` is a title as written (part n).
- 莒县 keeps its full name as the label (part ac's 曹县 / 单县): 莒县委, 莒县委组织部, 莒县政府. 建阳区, 江川区 and 澄江市 are
  names one place has (no city prefix); ``南平市建阳区人民政府`` → 建阳区政府, ``玉溪市江川区`` → 江川区.
- Bare organs take the page's place: 区委 / 区人大常委会 on the 建阳 page = 建阳区's; 市人大常委会 / 副市长 on the 日照 page =
  日照市's; 县委 / 县人大常委会 / 副县长 on the 莒县 page = 莒县's; 市委 / 市人大常委会 on the 澄江 page = 澄江市's.
- Events: the 人大常委会会议 at which the 任免 pass (bd02, bd04, bd07, bd09): chair (主持), attendees (出席, named 列席, and the
  new appointees who take the oath), speakers (讲话 / 强调 / 指出 / 表态发言 / a report made). DECIDED HERE: the 宪法宣誓 and
  the 颁发任命书 inside the session are not separate events; a 公示 and a 任免 通知 are no events.
- Projects: works named in the session reports (…产业园二期, …工程, …项目, a named 生态廊道); none on 公示 and 通知 pages.
- Places: birthplaces in the 公示 (福建建瓯, 云南峨山) as parts n and u; places in titles (also 拟任 titles and 免职
  cells), organ references, report titles, project names and slogans (``武夷山下新建阳`` → 武夷山, 建阳); site lines, 来源,
  the 公示's 受理 / 来信地址 lines, 上一篇 / 下一篇 links and footers are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bd01_nanping.txt": (2021, "发布时间：2021-11-22 17:40", "南平市", [
        ("南平市管领导干部任前公示", "2021年11月22日", "2021-11-22", "根据《党政领导干部选拔任用工作条例》",
         "市委组织部 任前公示 table with | between cells: 现任 (邵武 常务副市长, 邵武 发改局局长, 建阳 街道党工委书记, 市财政局预算科科长) / 拟任 / 备注 试用期一年")]),
    "bd02_jianyang.txt": (2022, "发布时间：2022-01-07 09:30", "建阳区", [
        ("南平市建阳区人民代表大会常务委员会任免名单", "2022年1月6日", "2022-01-06", "（2022年1月6日南平市建阳区",
         "区人大常委会 任免名单 by heading: 决定接受 the 区长's resignation, 决定任命 副区长、代理区长, 副区长 and two 局长, 决定免去 two 局长"),
        ("区三届人大常委会举行第二次会议", "1月6日上午", "2022-01-06", "1月6日上午，区三届",
         "the session report: reports on the 建盏文化产业园二期 and 崇阳溪, 任命书, 宪法宣誓, the new 代理区长's speech")]),
    "bd03_shaowu.txt": (2023, "发布时间：2023-03-15 10:20", "邵武市", [
        ("邵武市人民政府关于黄振勋等同志职务任免的通知", "2023年3月14日", "2023-03-14", "各乡（镇）人民政府",
         "市政府 任免 通知 (文号): three 副局长 / 街道办事处副主任 appointed 试用期一年, one 副局长 免去 (另有任用)")]),
    "bd04_rizhao.txt": (2022, "发布时间：2022-06-30 16:45", "日照市", [
        ("日照市人民代表大会常务委员会任免名单", "2022年6月29日", "2022-06-29", "（2022年6月29日日照市",
         "市人大常委会 任免名单 under 任命： / 免去： (发改委主任, 财政局局长, 人大财经工委副主任, 中院副院长、审委会委员)"),
        ("市二十届人大常委会第三次会议闭幕", "6月29日下午", "2022-06-29", "6月29日下午，市二十届",
         "the session report: the 日照高新区 head reports, 宪法宣誓, the 主任's speech")]),
    "bd05_wulian.txt": (2023, "发布时间：2023-04-10 18:05", "五莲县", [
        ("县管干部任前公示", "2023年4月10日", "2023-04-10", "根据《党政领导干部选拔任用工作条例》",
         "县委组织部 任前公示 table with TAB-separated cells written without the county: 现任 / 拟任 (镇党委书记, 镇长候选人, 副局长 试用期一年)")]),
    "bd06_wulian.txt": (2023, "发布日期：2023-05-19", "五莲县", [
        ("五莲县人民政府关于丁雪梅等同志职务任免的通知", "2023年5月18日", "2023-05-18", "莲政任〔2023〕6号",
         "县政府 任免 通知: two 副局长 试用期一年 (one the 拟任 of bd05), 免去 a 街道办事处主任 and a retiring 副局长")]),
    "bd07_juxian.txt": (2024, "发布时间：2024-03-28 17:10", "莒县", [
        ("县二十届人大常委会举行第十五次会议", "3月27日上午", "2024-03-27", "3月27日上午，县二十届",
         "县人大常委会 session: 主任 chairs, 副主任 attend, 县委常委、组织部部长 and a 副县长 列席; 沭河 and 浮来山 reports; 宪法宣誓"),
        ("莒县人民代表大会常务委员会任免名单", "2024年3月27日", "2024-03-27", "（2024年3月27日莒县",
         "its 任免名单: a 副县长 (from the 日照 市人大, bd04) and a 局长 任命, the former 局长 免去")]),
    "bd08_yuxi.txt": (2022, "发布时间：2022-09-14 18:30", "玉溪市", [
        ("玉溪市管干部任前公示公告", "2022年9月14日", "2022-09-14", "根据《党政领导干部选拔任用工作条例》",
         "市委组织部 任前公示 as prose paragraphs: 现任 玉溪高新技术产业开发区党工委委员、管委会副主任 / 江川区委办公室主任 / 江川分局局长; 拟任 and 提名 (副市长人选)")]),
    "bd09_chengjiang.txt": (2023, "发布时间：2023-02-24 11:25", "澄江市", [
        ("澄江市人民代表大会常务委员会任免名单", "2023年2月23日", "2023-02-23", "（2023年2月23日澄江市",
         "市人大常委会 任免名单: 副市长 (拟任 on bd08) and a 局长 任命, the former 局长 免去"),
        ("市十八届人大常委会举行第六次会议", "2月23日上午", "2023-02-23", "2月23日上午，市十八届",
         "the session report: 抚仙湖 report, 宪法宣誓, the 主任 speaks")]),
    "bd10_jiangchuan.txt": (2024, "发布时间：2024-07-16 15:05", "江川区", [
        ("玉溪市江川区人民政府关于秦晓东等同志任免职务的通知", "2024年7月15日", "2024-07-15", "江政任〔2024〕9号",
         "区政府 任免 通知 as a table 序号 | 姓名 | 任职 | 免职 | 备注 (试用期一年, 另有任用)")]),
}

_R1 = "1 | 游建松 | 男 | 1979.04 | 福建建瓯 | 在职研究生 | 邵武市委常委、常务副市长"
_R2 = "2 | 吴光耀 | 男 | 1982.10 | 福建光泽 | 大学 | 邵武市发展和改革局局长"
_R3 = "3 | 魏承泽 | 男 | 1980.12 | 福建顺昌 | 大学 | 建阳区童游街道党工委书记"
_R4 = "4 | 詹丽萍 | 女 | 1984.06 | 福建浦城 | 硕士研究生 | 南平市财政局预算科科长"
_W1 = "1\t臧文博\t男\t1983.09\t大学\t洪凝街道党工委副书记、办事处主任"
_W2 = "2\t隗振国\t男\t1981.05\t大学\t于里镇党委副书记"
_W3 = "3\t丁雪梅\t女\t1986.02\t硕士研究生\t县财政局预算股股长"
_W4 = "4\t相立新\t男\t1985.11\t在职研究生\t县委办公室副主任"
_Y1 = "普建明，男，彝族，1980年3月生，云南峨山人，大学学历，中共党员，现任玉溪高新技术产业开发区党工委委员、管委会副主任"
_Y2 = "矣春梅，女，汉族，1983年8月生，云南通海人，在职研究生学历，中共党员，现任江川区委办公室主任"
_Y3 = "保志强，男，汉族，1978年11月生，云南华宁人，大学学历，中共党员，现任玉溪市生态环境局江川分局局长"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 南平
    "bd:游建松": ("游建松", "official", "南平市", [
        ("bd01", "邵武市委", "常委", _R1, "现任 cell of the 公示 table (2021); 拟任 建阳区委副书记 and 提名为建阳区人民政府区长候选人 are not holdings"),
        ("bd01", "邵武市政府", "常务副市长", _R1, "现任 cell"),
        ("bd02", "建阳区政府", "副区长", "游建松为南平市建阳区人民政府副区长、代理区长", "决定任命 (2022): the 公示's 拟任 comes true in another place"),
        ("bd02", "建阳区政府", "代理区长", "游建松为南平市建阳区人民政府副区长、代理区长", "代理区长 as written")], []),
    "bd:吴光耀": ("吴光耀", "official", "邵武市", [
        ("bd01", "邵武市发展和改革局", "局长", _R2, "现任 cell; 拟任 县（市、区）政府副职 names no org")], []),
    "bd:魏承泽": ("魏承泽", "official", "建阳区", [
        ("bd01", "建阳区童游街道党工委", "书记", _R3, "现任 cell (2021)"),
        ("bd02", "建阳区政府", "副区长", "魏承泽为南平市建阳区人民政府副区长", "决定任命 (2022)")], []),
    "bd:詹丽萍": ("詹丽萍", "official", "南平市", [
        ("bd01", "南平市财政局预算科", "科长", _R4, "现任 cell: a section of the department; 拟任 副局长 with 备注 试用期一年 is not a holding")], []),
    "bd:练海峰": ("练海峰", "official", "建阳区", [], ["bd02"]),
    "bd:谢婉琳": ("谢婉琳", "official", "建阳区", [
        ("bd02", "建阳区财政局", "局长", "谢婉琳为南平市建阳区财政局局长", "决定任命; her 审计局局长 is 免去 in the same list (no line)")], []),
    "bd:熊启航": ("熊启航", "official", "建阳区", [
        ("bd02", "建阳区住房和城乡建设局", "局长", "熊启航为南平市建阳区住房和城乡建设局局长", None)], []),
    "bd:丁守义": ("丁守义", "official", "建阳区", [], ["bd02"]),
    "bd:江秀梅": ("江秀梅", "official", "建阳区", [
        ("bd02", "建阳区人大常委会", "主任", "区人大常委会主任江秀梅主持会议", "article 2")], []),
    "bd:陈立忠": ("陈立忠", "official", "建阳区", [
        ("bd02", "建阳区人大常委会", "副主任", "副主任陈立忠、范玉清、蔡东海出席会议", "list after one title")], []),
    "bd:范玉清": ("范玉清", "official", "建阳区", [
        ("bd02", "建阳区人大常委会", "副主任", "副主任陈立忠、范玉清、蔡东海出席会议", None)], []),
    "bd:蔡东海": ("蔡东海", "official", "建阳区", [
        ("bd02", "建阳区人大常委会", "副主任", "副主任陈立忠、范玉清、蔡东海出席会议", None)], []),
    "bd:缪春生": ("缪春生", "official", "建阳区", [
        ("bd02", "建阳区委", "常委", "区委常委、组织部部长缪春生", None),
        ("bd02", "建阳区委组织部", "部长", "区委常委、组织部部长缪春生", None)], []),
    "bd:黄振勋": ("黄振勋", "official", "邵武市", [
        ("bd03", "邵武市发展和改革局", "副局长", "黄振勋任邵武市发展和改革局副局长（试用期一年）", "appointment on trial (试用期一年): a holding at the notice date")], []),
    "bd:饶美玲": ("饶美玲", "official", "邵武市", [
        ("bd03", "邵武市水利局", "副局长", "饶美玲任邵武市水利局副局长（试用期一年）", "试用期一年")], []),
    "bd:上官文斌": ("上官文斌", "official", "邵武市", [
        ("bd03", "邵武市昭阳街道办事处", "副主任", "上官文斌任邵武市昭阳街道办事处副主任（试用期一年）", "试用期一年; a two-character surname")], []),
    "bd:叶宗林": ("叶宗林", "official", "邵武市", [], ["bd03"]),
    # ---- 日照
    "bd:卢振华": ("卢振华", "official", "日照市", [
        ("bd04", "日照市发展和改革委员会", "主任", "卢振华为日照市发展和改革委员会主任", "任命; his 工业和信息化局局长 is 免去 in the same list (no line)")], []),
    "bd:秦晓东#1": ("秦晓东", "official", "日照市", [
        ("bd04", "日照市财政局", "局长", "秦晓东为日照市财政局局长", "日照 (山东), 2022; not the 秦晓东 of 江川区 (bd10)")], []),
    "bd:厉海燕": ("厉海燕", "official", "日照市", [
        ("bd04", "日照市人大常委会财政经济工作委员会", "副主任", "厉海燕为日照市人大常委会财政经济工作委员会副主任", "2022: a 人大 工作委员会"),
        ("bd07", "莒县政府", "副县长", "厉海燕为莒县人民政府副县长", "2024: 决定任命 in a county of the same city (article 2)")], []),
    "bd:曹永森": ("曹永森", "official", "日照市", [
        ("bd04", "日照市中级人民法院", "副院长", "曹永森为日照市中级人民法院副院长、审判委员会委员", "court post appointed by the 人大常委会"),
        ("bd04", "日照市中级人民法院审判委员会", "委员", "曹永森为日照市中级人民法院副院长、审判委员会委员", None)], []),
    "bd:韦德成": ("韦德成", "official", "日照市", [], ["bd04"]),
    "bd:牟宏远": ("牟宏远", "official", "日照市", [
        ("bd04", "日照市人大常委会", "主任", "市人大常委会主任牟宏远主持会议", "article 2")], []),
    "bd:王晓燕": ("王晓燕", "official", "日照市", [
        ("bd04", "日照市人大常委会", "副主任", "副主任王晓燕、邓志华、刘明亮出席会议", "list after one title")], []),
    "bd:邓志华": ("邓志华", "official", "日照市", [
        ("bd04", "日照市人大常委会", "副主任", "副主任王晓燕、邓志华、刘明亮出席会议", None)], []),
    "bd:刘明亮": ("刘明亮", "official", "日照市", [
        ("bd04", "日照市人大常委会", "副主任", "副主任王晓燕、邓志华、刘明亮出席会议", None)], []),
    "bd:申玉梅": ("申玉梅", "official", "日照市", [
        ("bd04", "日照市政府", "副市长", "副市长申玉梅", None)], []),
    "bd:邴志刚": ("邴志刚", "official", "日照市", [
        ("bd04", "日照高新区党工委", "书记", "日照高新区党工委书记、管委会主任邴志刚", "高新区 of 日照 (玉溪高新区 on bd08)"),
        ("bd04", "日照高新区管委会", "主任", "日照高新区党工委书记、管委会主任邴志刚", None)], []),
    "bd:臧文博": ("臧文博", "official", "五莲县", [
        ("bd05", "五莲县洪凝街道党工委", "副书记", _W1, "现任 cell written without the county (page's county); 拟任 许孟镇党委书记 is not a holding"),
        ("bd05", "五莲县洪凝街道办事处", "主任", _W1, "现任 cell; 免去 on bd06 (no line there)")], ["bd06"]),
    "bd:隗振国": ("隗振国", "official", "五莲县", [
        ("bd05", "五莲县于里镇党委", "副书记", _W2, "现任 cell; 提名为于里镇镇长候选人 is not a holding")], []),
    "bd:丁雪梅": ("丁雪梅", "official", "五莲县", [
        ("bd05", "五莲县财政局预算股", "股长", _W3, "现任 cell (April 2023); 拟任 县财政局副局长（试用期一年） is not a holding"),
        ("bd06", "五莲县财政局", "副局长", "丁雪梅同志任五莲县财政局副局长（试用期一年）", "the notice (May 2023): the 拟任 comes true, 试用期一年")], []),
    "bd:相立新": ("相立新", "official", "五莲县", [
        ("bd05", "五莲县委办公室", "副主任", _W4, "现任 cell: bare 县委办公室 = 五莲县委办公室; 拟任 主任 is not a holding")], []),
    "bd:宋家豪": ("宋家豪", "official", "五莲县", [
        ("bd06", "五莲县应急管理局", "副局长", "宋家豪同志任五莲县应急管理局副局长（试用期一年）", "试用期一年")], []),
    "bd:潘学勤": ("潘学勤", "official", "五莲县", [], ["bd06"]),
    "bd:季宪东": ("季宪东", "official", "莒县", [
        ("bd07", "莒县人大常委会", "主任", "县人大常委会主任季宪东主持会议", None)], []),
    "bd:缪振林": ("缪振林", "official", "莒县", [
        ("bd07", "莒县人大常委会", "副主任", "副主任缪振林、房秀英、阚立平出席会议", "list after one title")], []),
    "bd:房秀英": ("房秀英", "official", "莒县", [
        ("bd07", "莒县人大常委会", "副主任", "副主任缪振林、房秀英、阚立平出席会议", None)], []),
    "bd:阚立平": ("阚立平", "official", "莒县", [
        ("bd07", "莒县人大常委会", "副主任", "副主任缪振林、房秀英、阚立平出席会议", None)], []),
    "bd:钱永辉": ("钱永辉", "official", "莒县", [
        ("bd07", "莒县委", "常委", "县委常委、组织部部长钱永辉", "莒县 keeps its full name as the label"),
        ("bd07", "莒县委组织部", "部长", "县委常委、组织部部长钱永辉", None)], []),
    "bd:施正荣": ("施正荣", "official", "莒县", [
        ("bd07", "莒县政府", "副县长", "副县长施正荣", None)], []),
    "bd:阚志军": ("阚志军", "official", "莒县", [
        ("bd07", "莒县教育和体育局", "局长", "阚志军为莒县教育和体育局局长", "决定任命 (article 2)")], []),
    "bd:房学军": ("房学军", "official", "莒县", [], ["bd07"]),
    # ---- 玉溪
    "bd:普建明": ("普建明", "official", "玉溪市", [
        ("bd08", "玉溪高新区党工委", "委员", _Y1, "现任 (2022); 玉溪高新技术产业开发区 folded; 拟任 澄江市委常委 and 提名为…副市长人选 are not holdings"),
        ("bd08", "玉溪高新区管委会", "副主任", _Y1, "现任"),
        ("bd09", "澄江市政府", "副市长", "普建明为澄江市人民政府副市长", "决定任命 (2023)")], []),
    "bd:矣春梅": ("矣春梅", "official", "江川区", [
        ("bd08", "江川区委办公室", "主任", _Y2, "现任; 拟任 县（市、区）党委常委 names no org")], []),
    "bd:保志强": ("保志强", "official", "玉溪市", [
        ("bd08", "玉溪市生态环境局江川分局", "局长", _Y3, "现任: a city department's district branch; 拟任 副局长（试用期一年） is not a holding")], []),
    "bd:段丽琼": ("段丽琼", "official", "澄江市", [
        ("bd09", "澄江市自然资源局", "局长", "段丽琼为澄江市自然资源局局长", None)], []),
    "bd:邹国良": ("邹国良", "official", "澄江市", [], ["bd09"]),
    "bd:祝德昌": ("祝德昌", "official", "澄江市", [
        ("bd09", "澄江市人大常委会", "主任", "市人大常委会主任祝德昌主持会议", "article 2")], []),
    "bd:沐丽华": ("沐丽华", "official", "澄江市", [
        ("bd09", "澄江市人大常委会", "副主任", "副主任沐丽华、耿正平出席会议", None)], []),
    "bd:耿正平": ("耿正平", "official", "澄江市", [
        ("bd09", "澄江市人大常委会", "副主任", "副主任沐丽华、耿正平出席会议", None)], []),
    "bd:罗建斌": ("罗建斌", "official", "澄江市", [
        ("bd09", "澄江市委", "常委", "市委常委、常务副市长罗建斌", "市委 on the 澄江 page = 澄江市委"),
        ("bd09", "澄江市政府", "常务副市长", "市委常委、常务副市长罗建斌", None)], []),
    "bd:秦晓东#2": ("秦晓东", "official", "江川区", [
        ("bd10", "江川区农业农村局", "副局长", "1 | 秦晓东 | 江川区农业农村局副局长", "任职 cell, 备注 试用期一年; 江川区 (云南), 2024; not the 秦晓东 of 日照 (bd04)")], []),
    "bd:李梓萱": ("李梓萱", "official", "江川区", [
        ("bd10", "江川区宁海街道办事处", "副主任", "2 | 李梓萱 | 江川区宁海街道办事处副主任", "任职 cell, 试用期一年")], []),
    "bd:杨占奎": ("杨占奎", "official", "江川区", [], ["bd10"]),
    "bd:刀玉芬": ("刀玉芬", "official", "江川区", [
        ("bd10", "江川区文化和旅游局", "副局长", "4 | 刀玉芬 | 江川区文化和旅游局副局长", "任职 cell; the 免职 cell (大街街道办事处副主任) gives none")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bd02", "祝晓兰", "供稿", "author", "（区人大常委会办公室　祝晓兰）"),
    ("bd02", "纪洪涛", "责任编辑", "editor", "责任编辑：纪洪涛"),
    ("bd04", "鲍成峰", "记者", "reporter", "（记者 鲍成峰）"),
    ("bd04", "杨绍荣", "责任编辑", "editor", "责任编辑：杨绍荣"),
    ("bd07", "李琼芬", "撰稿", "author", "撰稿：李琼芬"),
    ("bd07", "赵丽华", "审核", "editor", "审核：赵丽华"),
    ("bd09", "尹思琪", "责任编辑", "editor", "责任编辑：尹思琪"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("bd02", "区三届人大常委会第二次会议", "session (人大常委会会议)", "1月6日上午", "江秀梅", None, [],
     ["陈立忠", "范玉清", "蔡东海", "缪春生", "游建松", "魏承泽", "谢婉琳", "熊启航"], ["游建松"], None,
     "1月6日上午，区三届人大常委会举行第二次会议",
     ["区人大常委会主任江秀梅主持会议", "副主任陈立忠、范玉清、蔡东海出席会议", "区委常委、组织部部长缪春生",
      "游建松、魏承泽、谢婉琳、熊启航进行了宪法宣誓", "游建松代表新任命人员作表态发言"]),
    ("bd04", "市二十届人大常委会第三次会议", "session (人大常委会会议)", "6月29日下午", "牟宏远", None, [],
     ["王晓燕", "邓志华", "刘明亮", "申玉梅", "邴志刚", "卢振华", "秦晓东", "厉海燕", "曹永森"], ["邴志刚", "牟宏远"], None,
     "6月29日下午，市二十届人大常委会第三次会议闭幕",
     ["市人大常委会主任牟宏远主持会议", "副主任王晓燕、邓志华、刘明亮出席会议", "副市长申玉梅", "管委会主任邴志刚",
      "会议听取了邴志刚受市政府委托所作的", "卢振华、秦晓东、厉海燕、曹永森进行了宪法宣誓", "牟宏远在讲话中指出"]),
    ("bd07", "县二十届人大常委会第十五次会议", "session (人大常委会会议)", "3月27日上午", "季宪东", None, [],
     ["缪振林", "房秀英", "阚立平", "钱永辉", "施正荣", "厉海燕", "阚志军"], ["厉海燕"], None,
     "3月27日上午，县二十届人大常委会举行第十五次会议",
     ["县人大常委会主任季宪东主持会议", "副主任缪振林、房秀英、阚立平出席会议", "组织部部长钱永辉", "副县长施正荣",
      "厉海燕、阚志军进行了宪法宣誓", "厉海燕在表态发言中表示"]),
    ("bd09", "市十八届人大常委会第六次会议", "session (人大常委会会议)", "2月23日上午", "祝德昌", None, [],
     ["沐丽华", "耿正平", "罗建斌", "普建明", "段丽琼"], ["祝德昌"], None,
     "2月23日上午，市十八届人大常委会举行第六次会议",
     ["市人大常委会主任祝德昌主持会议", "副主任沐丽华、耿正平出席会议", "常务副市长罗建斌", "普建明、段丽琼进行了宪法宣誓",
      "祝德昌强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bd02", "建阳区建盏文化产业园二期", "industrial_park", "关于建阳区建盏文化产业园二期建设情况的报告"),
    ("bd04", "日照高新区科创园二期", "industrial_park", "关于日照高新区科创园二期建设的意见建议"),
    ("bd04", "付疃河生态廊道", "greening_project", "推动付疃河生态廊道等重点工作"),
    ("bd07", "沭河莒县段生态治理工程", "engineering_work", "关于沭河莒县段生态治理工程推进情况的报告"),
    ("bd07", "浮来山景区提升改造项目", "project", "关于浮来山景区提升改造项目的审议意见"),
    ("bd09", "抚仙湖北岸湿地修复工程", "greening_project", "审议了抚仙湖北岸湿地修复工程实施情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bd01", "福建", "province", "standalone", "福建建瓯"),
    ("bd01", "建瓯", "county_level_city", "standalone", "福建建瓯"),
    ("bd01", "光泽", "county", "standalone", "福建光泽"),
    ("bd01", "顺昌", "county", "standalone", "福建顺昌"),
    ("bd01", "浦城", "county", "standalone", "福建浦城"),
    ("bd01", "邵武市", "county_level_city", "in_title", "邵武市委常委、常务副市长"),
    ("bd01", "建阳区", "district", "in_title", "建阳区童游街道党工委书记"),
    ("bd01", "童游街道", "sub_district_office", "in_title", "建阳区童游街道党工委书记"),
    ("bd01", "南平市", "city", "in_org_reference", "南平市财政局预算科科长"),
    ("bd02", "南平市", "city", "in_org_reference", "游建松为南平市建阳区人民政府副区长、代理区长"),
    ("bd02", "建阳区", "district", "in_org_reference", "游建松为南平市建阳区人民政府副区长、代理区长"),
    ("bd02", "崇阳溪", "river", "in_document_title", "关于崇阳溪流域水环境综合治理工作情况的报告"),
    ("bd02", "武夷山", "mountain", "standalone (slogan)", "为建设“武夷山下新建阳”贡献力量"),
    ("bd02", "建阳", "district", "standalone (slogan)", "为建设“武夷山下新建阳”贡献力量"),
    ("bd03", "邵武市", "county_level_city", "in_org_reference", "黄振勋任邵武市发展和改革局副局长"),
    ("bd03", "昭阳街道", "sub_district_office", "in_title", "上官文斌任邵武市昭阳街道办事处副主任"),
    ("bd04", "日照市", "city", "in_org_reference", "卢振华为日照市发展和改革委员会主任"),
    ("bd04", "日照高新区", "development_zone", "in_title", "日照高新区党工委书记、管委会主任邴志刚"),
    ("bd04", "付疃河", "river", "in_project_name", "推动付疃河生态廊道等重点工作"),
    ("bd05", "洪凝街道", "sub_district_office", "in_title", _W1),
    ("bd05", "许孟镇", "town", "in_title", "许孟镇党委书记"),
    ("bd05", "于里镇", "town", "in_title", _W2),
    ("bd06", "五莲县", "county", "in_org_reference", "丁雪梅同志任五莲县财政局副局长"),
    ("bd06", "洪凝街道", "sub_district_office", "in_title", "免去臧文博同志的五莲县洪凝街道办事处主任职务"),
    ("bd07", "沭河", "river", "in_project_name", "关于沭河莒县段生态治理工程推进情况的报告"),
    ("bd07", "浮来山", "scenic_area", "in_project_name", "关于浮来山景区提升改造项目的审议意见"),
    ("bd07", "莒县", "county", "in_org_reference", "厉海燕为莒县人民政府副县长"),
    ("bd08", "玉溪高新技术产业开发区", "development_zone", "in_title", _Y1),
    ("bd08", "云南", "province", "standalone", "云南峨山人"),
    ("bd08", "峨山", "county", "standalone", "云南峨山人"),
    ("bd08", "通海", "county", "standalone", "云南通海人"),
    ("bd08", "华宁", "county", "standalone", "云南华宁人"),
    ("bd08", "澄江市", "county_level_city", "in_title", "拟任澄江市委常委"),
    ("bd08", "江川区", "district", "in_title", "现任江川区委办公室主任"),
    ("bd08", "玉溪市", "city", "in_org_reference", "现任玉溪市生态环境局江川分局局长"),
    ("bd09", "澄江市", "county_level_city", "in_org_reference", "普建明为澄江市人民政府副市长"),
    ("bd09", "抚仙湖", "lake", "in_document_title", "关于抚仙湖保护治理工作情况的报告"),
    ("bd10", "玉溪市", "city", "in_org_reference", "玉溪市江川区人民政府关于秦晓东等同志任免职务的通知"),
    ("bd10", "江川区", "district", "in_org_reference", "1 | 秦晓东 | 江川区农业农村局副局长"),
    ("bd10", "宁海街道", "sub_district_office", "in_title", "2 | 李梓萱 | 江川区宁海街道办事处副主任"),
    ("bd10", "大街街道", "sub_district_office", "in_title", "江川区大街街道办事处副主任"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bd", conventions="set bd (blind set: personnel notices as tables and lists in 福建 南平 (市委组织部, 建阳区, 邵武市), 山东 日照 (市人大常委会, 五莲县, 莒县) and 云南 玉溪 (市委组织部, 澄江市, 江川区): 任前公示 tables (| or TAB between cells; the 现任职务 cell is a holding at the 落款 date, the 拟任职务 and 备注 cells are not) and prose 公示 (现任 is a holding; 拟任 and 提名 are not); 人大常委会 任免名单 by heading (决定任命 / 任命 is a holding; 决定接受…辞去 and 免去 are not) with the session reports; government 任免 notices where ``X任…（试用期一年）`` is a holding at the notice date and 免去 is not; a 任免 table with 任职 / 免职 columns (任职 is a holding, 免职 is not); a county 公示's cells written without the county take the page's county; a section (预算科, 预算股) is an org as written after its department)",
          persons_note="Set bd persons. id = corpus-wide person_id (bd:秦晓东#1 of 日照 (山东) and bd:秦晓东#2 of 江川区 (云南) are two people; bd:游建松 邵武市委常委、常务副市长 on a 2021 公示 → 建阳区副区长、代理区长 2022; bd:丁雪梅 五莲县财政局预算股股长 → 副局长 (试用期一年) 2023; bd:厉海燕 日照市人大常委会财经工委副主任 2022 → 莒县副县长 2024; bd:普建明 玉溪高新区党工委委员、管委会副主任 2022 → 澄江市副市长 2023)")


if __name__ == "__main__":
    main()
