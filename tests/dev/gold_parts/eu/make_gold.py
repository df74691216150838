"""Write gold part ``eu`` (a blind set: leader profile pages, 领导班子 / 分工 list pages and 干部任前公示 of county and city
sites, with news pages of the same places before and after the moves they announce) from the tables below.

Pages ``tests/dev/texts/eu*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 商丘 梁园区 site's 区政府领导 分工 page (``协助区长负责区政府日常工作…
分管：区政府办公室、发改委、财政局…联系：区人大、区政协…``); three mirrored county / district 分工 pages (a 四川 区's ``负责区政府
常务工作…分管区政府办公室（含…）…联系区人大、区政协、区人武部``, a 河南 区's ``协助区长负责区政府全面工作…分管和联系单位``, a 四川
县's ``工作分工：负责教育科技…分管县教育和科学技术局…联系县精神文明办、团县委``) and two 浙江 ones whose footers carry
``苏公网安备``; the 浙江在线 piece on 28 省管干部 in 任前公示 (县委书记 → 设区市副市长, 县长 → 县委书记, ``从公开简历看…1996.05至
1998.01任职…``); the 大众日报 齐鲁政情 piece on 山东 county secretaries (``今年6月7日，山东省委组织部发布干部任前公示…``, ``省委批准：
…同志任中共禹城市委书记…不再兼任…``, a 领导干部会议 announcing the decision); the 澎湃 page on the 优秀县委书记 公示 (``…1957年10月生，
1985年5月加入中国共产党，1975年7月参加工作，大学学历``); the 诸暨 县委书记 简介 (``男，39岁（1975年11月出生），汉族，浙江庆元人，
1996年6月入党，1996年8月参加工作…现任…``); the 福建 任前公示 piece (``现任石狮市委书记…拟提名为泉州市副市长人选``); a 公示 piece on
公示 that did not come true (``现任西安市未央区委副书记、区长的…拟任未央区委书记``); the 民权 县直机关工委 site (``当前位置: > 阅览室 >``,
footer ``版权所有 备案号:豫ICP备…``); the 甘州区 信息公开 page (``索引号 | … | 发文字号 | … 生成日期``); the 新丰 动员大会 page
(``县委副书记、县长…主持``, ``县委常委、副县长、组织部长…``, ``县四套领导班子成员…参加了会议``). Earlier parts' profile, 分工 and 公示
pages (n02, u01, ac02, bv01, bv03, eb01) were read for the shapes the corpus already has. Places are real and new to the corpus
as page places, in three provinces: 山西 晋城 (沁水县 twice, the 市委组织部, the 晋城日报; 高平市, 泽州县 and 晋城经开区 in titles), 湖南
永州 (蓝山县, the 市委组织部, the 江永 county portal) and 广东 梅州 (蕉岭县, the 梅州日报, 平远县).

Shapes: a 领导之窗 profile of a 县长 (姓名 / 职务 lines, a prose 个人简介 with ``；``-separated dated clauses after an undated
``曾任``, 工作分工 naming two works) (eu01); a county site's 推进会 page (书记 讲话, 县长 主持, 常务副县长 / 副县长, a 局长 and two
镇党委书记 report; ``作者：`` in the stamp line) (eu02); a 市委组织部 任前公示 of three cadres in numbered prose paragraphs (现任 /
拟任 / 提名为…县长候选人; 落款 date) (eu03); a city paper's 第01版 of the 副市长's 调研 in the county, the former 县委书记 now
副市长, the former 县长 now 县委书记, the 公示's 高平 cadre now 县长 and the former 常务副县长 now 市发展和改革委员会主任 (eu04);
a county site's 县政府领导 list page (``名　职务`` lines with 分工 paragraphs; a 副县长、县公安局局长) (eu05); a 市委组织部
任前公示 TABLE with ``|`` cells (出生年月 ``1980.09``, 现任职务 / 拟任职务 cells; a zone cadre; a 镇党委书记) (eu06); a county
融媒体 portal's 调研 page where the county is named only in the site line and 来源 (the 公示's two cadres now 常务副县长 and
副县长) (eu07); a county site's 领导简介及分工 page of the whole 县政府 班子 (name line, title line, 简介 with 现任 or dated
clauses, 分工) (eu08); a city paper's 第02版 of a 领导干部大会 announcing a 县长 change (``任中共平远县委委员、常委、副书记，提名为…
县长人选``; the predecessor ``不再担任``; ``此前任…``) (eu09); the county site's 调研 page of the new 县长 a year later (eu10).

Identity cases:
- eu:靳松涛, 县长 → 县委书记: his 简介 (eu01, May 2021) dates 高平市三甲镇党委书记 2014-02, 高平市副市长 2017-09, 沁水县委常委、
  常务副县长 2019-11, 县委副书记、代县长 2021-01, 县长 2021-03; 县长 chairing a 推进会 in Sept 2021 (eu02); 沁水县委书记 in June
  2024 (eu04).
- eu:裴建勋, a county 书记 who becomes a city's 副市长: 沁水县委书记 in 2021 (eu02); 晋城市副市长 in 2024 (eu04).
- eu:毋晓川 moves between places: 现任 高平市委常委、常务副市长 on the March 2023 公示, 拟任 沁水县委副书记 and 县长候选人 (eu03:
  only the 高平 lines); 沁水县委副书记、县长 in 2024 (eu04).
- eu:焦瑞平: 沁水县委常委、常务副县长 in 2021 (eu02) and on the 2023 公示 (eu03, 拟任 市发展和改革委员会主任: no line); 晋城市发展和
  改革委员会主任 in 2024 (eu04).
- eu:唐湘宁 moves between counties: 蓝山县副县长 on the June 2021 list (eu05) and in the 现任 cell of the August 2022 公示 (eu06,
  拟任 江永县委常委 / 副县长人选: no line); 江永县委常委、常务副县长 in April 2024 (eu07).
- eu:周伟锋, town → county: 现任 江永县上江圩镇党委书记 on the 2022 公示 (eu06); 江永县副县长 in 2024 (eu07).
- eu:钟宏伟 moves between counties: his 简介 on the March 2022 蕉岭 page dates 长潭镇党委书记 2017-08, 副县长 2019-10, 县委常委、常务
  副县长 2021-09 (eu08); ``任中共平远县委委员、常委、副书记，提名为平远县人民政府县长人选`` in Feb 2023 (eu09: the 县委 lines only;
  ``此前任蕉岭县委常委、常务副县长`` gives none); 平远县委副书记、县长 in June 2024 (eu10). His predecessor eu:林海涛 is named only as
  leaving (eu09).
- two different 刘淑芳 in unrelated places: eu:刘淑芳#1 is 沁水县嘉峰镇党委书记 (山西, eu02, 2021); eu:刘淑芳#2 is 蕉岭县副县长
  (广东, eu08, 2022).
- one organ name belonging to different places: 经开区 — ``晋城经济技术开发区党工委委员、管委会副主任`` (eu03) → 晋城经开区 and
  ``永州经济技术开发区党工委委员、管委会副主任`` (eu06) → 永州经开区; bare ``县委副书记、县长`` is 沁水's (eu01, eu02), 蓝山's (eu05),
  蕉岭's (eu08, via 现任) and 平远's (eu10); bare ``县公安局局长`` is 蓝山's (eu05) and 蕉岭's (eu08); bare ``县委书记`` is 沁水's
  (eu02) and 江永's (eu07).
- bylines across pages: eu:罗晓帆 is the 梅州日报's 通讯员 in eu09 and the 平远 融媒体中心 author of eu10.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts ac, bd, bv, dd, dt and eb where they speak; decided here where they are silent):
- 任前公示 (eu03, eu06): 现任 is a holding at the 落款 date (2023年3月15日, 2022年8月16日); 拟任, ``提名为…县长候选人`` and
  ``提名为…副县长人选`` are not (parts ac, bd, eb). The table row from its 序号 to the 现任职务 cell is the evidence (as bd's ``|``
  rows); 出生年月 (``1980.09``), 籍贯 and 学历 cells date and give nothing. ``现任高平市委常委、常务副市长`` → 高平市委 常委 + 高平市政府
  常务副市长 (高平市, a county-level city); ``晋城经济技术开发区党工委委员、管委会副主任`` → 晋城经开区党工委 委员 + 晋城经开区管委会
  副主任 (CONVENTIONS' fold; the place keeps the written name).
- Profile 简介 (eu01, eu08): each dated clause (``2014年2月任高平市三甲镇党委书记``) is a holding dated by its clause (parts n, q,
  u, ac, bv), evidence from the name (``靳松涛，男``) to the clause; ``人民政府`` → 政府; a combined clause gives one line per title
  (``县委副书记、代县长`` → X县委 副书记 + X县政府 代县长, 代县长 as written, as bv / dd). The undated ``曾任高平市米山镇副镇长、镇长``
  gives no line (as ac's undated 曾任). The 职务 line (eu01) and a list block's title line or ``现任…`` clause (eu08) is a holding
  at the page stamp's date (bv); when a dated clause names the same post, one line dated by the clause (靳松涛's 副书记 2021-01 and
  县长 2021-03; 钟宏伟's 常委 / 常务副县长 2021-09). 出生 / 参加工作 / 入党 dates give nothing.
- DECIDED HERE (领导简介及分工 list, eu08): a block of name line, title line and 简介 with ``现任蕉岭县委副书记、县长`` gives its posts
  once, with the 简介 span from the name to the 现任 clause as evidence (it names the county; the title line does not). ``蕉岭县长潭镇
  党委书记`` is the 党委书记 of 蕉岭县's town 长潭镇 (no 县长 in it). ``副县长、县公安局局长`` → X县政府 副县长 + X县公安局 局长 (bv).
- 分工 / 分管 / 负责 / 联系 / 协助 are duties, not posts (n, bv); a work named in them (``牵头推进…产业园二期建设``, ``…碧道工程``) is a
  project. DECIDED HERE: a department in a 分管 list (``梅州市自然资源局蕉岭分局``) gives its place (梅州市, in_org_reference) and no post.
- 领导干部大会 (eu09): ``钟宏伟同志任中共平远县委委员、常委、副书记`` → 平远县委 委员 + 常委 + 副书记 (parts ac, dd, h); ``提名为…县长人选``
  and ``不再担任…另有任用`` give none (林海涛 is named without a post); DECIDED HERE: ``据了解，钟宏伟此前任蕉岭县委常委、常务副县长``
  (此前任, undated) gives none (as dt's ``此前任`` and aq's 曾任). ``市委组织部副部长`` in the 梅州日报 = 梅州市委组织部.
- Bare organs take the page's place: 县委 / 县政府 / 县X局 / 镇 on a county site (沁水, 蓝山, 蕉岭, 平远) = that county's; DECIDED HERE:
  on the 江永 融媒体 portal (eu07), which names its county only in the site line ``江永新闻网`` and ``来源：江永县融媒体中心``, the bare
  ``县委书记``, ``乡党委书记`` (after ``深入千家峒瑶族乡``) and ``县林业局局长`` are 江永县's; in the 晋城日报 the bare ``县委副书记、县长``
  right after ``沁水县委书记`` is 沁水's, ``市发展和改革委员会主任`` is 晋城市's, ``镇党委书记`` after ``在郑村镇`` is 沁水县郑村镇's.
  Town organs take the county label (沁水县嘉峰镇党委, 江永县千家峒瑶族乡党委, 平远县仁居镇党委).
- Events: no event on the profile, list and 公示 pages (as n, bv, eb); the 推进会 (eu02) and the 领导干部大会 (eu09) are meetings
  (chair 主持; 出席 attendees, the one who 出席…并讲话 / 宣布 also a speaker; 汇报 / 交流发言 / 通报 / 作了安排 / 强调 / 要求 / 指出 /
  表示 / 表态发言 speakers; the appointee and the predecessor who speak are speakers, as ac09); the 调研 (eu04, eu07, eu10) are
  inspections (leader; 陪同 / 参加 attendees; 介绍 / 汇报 / 作了说明 / 指出 / 强调 / 要求 / 表示 speakers). DECIDED HERE: ``我县召开``
  on the 沁水 site has organizer 沁水县.
- Bylines: ``作者：`` in a stamp line and ``（平远县融媒体中心　罗晓帆）`` author lines; ``本报讯（记者 … 通讯员 …）`` reporter /
  correspondent; 责任编辑 / 编辑 / 审核 editor lines.
- Projects: works named as under way or to be pushed (…产业园 / …产业园二期 / 扩园工程 industrial_park; 集输管网 and 旅游公路 works
  infrastructure_project; 生态修复工程 and 碧道工程 greening_project; 防洪堤加固工程 engineering_work; a 压缩液化项目, a 茶园提质增效项目,
  a 景区提质改造项目 project). DECIDED HERE: ``百县千镇万村高质量发展工程`` (eu09, a province-wide programme named in a speech) is a
  ``program``, as the README's named programmes.
- Places: one line per name per file, as written; birthplaces (山西泽州, 湖南江华, 广东兴宁) as parts n, bd, eb; places in titles (also
  拟任 titles and 简介 clauses), organ references and project names count; DECIDED HERE: a town written without 镇 inside a project
  name (``嘉峰至端氏…工程``, ``柚树河大柘段…``) is annotated as written (嘉峰, 端氏, 大柘; kind town, in_project_name); a 古堡 is a
  heritage_site and a 景区 in a project name a scenic_area. Site lines, navigation, 来源 lines, the 公示's 受理 / 来信地址 lines, footers,
  ``本版其他文章`` / ``相关阅读`` / ``相关链接`` lists, 上一篇 / 下一篇 and bank names (人民银行蓝山县支行) are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "eu01_qinshui.txt": (2021, "发布时间：2021-05-20 11:08", "沁水县", [
        ("靳松涛", "2021-05-20", "2021-05-20", "姓　　名：靳松涛",
         "领导之窗 profile of the 沁水 县长: 职务 line, prose 简介 with dated clauses (高平市 town and city posts, 沁水 常务副县长, 代县长, 县长), 工作分工")]),
    "eu02_qinshui.txt": (2021, "发布时间：2021-09-16 10:22", "沁水县", [
        ("我县召开煤层气产业高质量发展推进会", "9月15日下午", "2021-09-15", "9月15日下午，我县召开",
         "county site: 推进会 (书记 讲话, 县长 主持, 常务副县长, 副县长; a 局长 and two 镇党委书记 report)")]),
    "eu03_jincheng.txt": (2023, "发布时间：2023-03-16 09:00", "晋城市", [
        ("晋城市管干部任前公示", "2023年3月15日", "2023-03-15", "根据《党政领导干部选拔任用工作条例》等有关规定",
         "市委组织部 任前公示 in numbered prose: 现任 高平市委常委、常务副市长 / 沁水县委常委、常务副县长 / 晋城经开区党工委委员、管委会副主任; 拟任 and 提名 give nothing")]),
    "eu04_jincheng.txt": (2024, "2024年6月19日　星期三", "晋城市", [
        ("裴建勋在沁水县调研时强调", "6月18日", "2024-06-18", "本报讯（记者 原晓静）6月18日",
         "city paper 第01版: the 副市长 (former 沁水县委书记) 调研 in 沁水; 靳松涛 now 县委书记, 毋晓川 now 县长, 焦瑞平 now 市发展和改革委员会主任")]),
    "eu05_lanshan.txt": (2021, "发布时间：2021-06-08 15:30", "蓝山县", [
        ("县政府领导", "2021-06-08", "2021-06-08", "邓华庭　县委副书记、县长",
         "领导之窗 list of the 县政府领导 (``名　职务`` lines, 分工 paragraphs; a 副县长、县公安局局长)")]),
    "eu06_yongzhou.txt": (2022, "发布日期：2022-08-17", "永州市", [
        ("永州市管干部任前公示公告（2022年第9号）", "2022年8月16日", "2022-08-16", "根据《党政领导干部选拔任用工作条例》等有关规定",
         "市委组织部 任前公示 table with | cells: 现任 蓝山县副县长 / 永州经开区党工委委员、管委会副主任 / 上江圩镇党委书记; 拟任 and 提名 cells give nothing")]),
    "eu07_jiangyong.txt": (2024, "时间：2024-04-11 18:36", "江永县", [
        ("蒋国栋调研千家峒瑶族乡茶旅融合发展和森林防火工作", "4月10日", "2024-04-10", "4月10日，县委书记蒋国栋",
         "county 融媒体 portal (county named only in site line and 来源): the 县委书记's 调研; 唐湘宁 now 常务副县长, 周伟锋 now 副县长")]),
    "eu08_jiaoling.txt": (2022, "发布日期：2022-03-11", "蕉岭县", [
        ("蕉岭县人民政府领导简介及分工", "2022-03-11", "2022-03-11", "丘振东\n县委副书记、县长",
         "领导简介及分工 page of the whole 县政府 班子: name / title lines, 简介 with 现任 or dated clauses, 分工; a 副县长、县公安局局长")]),
    "eu09_meizhou.txt": (2023, "2023年02月11日　星期六", "平远县", [
        ("平远县召开领导干部大会", "2月10日上午", "2023-02-10", "本报讯（记者 凌宇航 通讯员 罗晓帆）2月10日上午",
         "city paper 第02版: 领导干部大会 announcing 钟宏伟 任 平远县委委员、常委、副书记 (提名 县长人选); 林海涛 不再担任")]),
    "eu10_pingyuan.txt": (2024, "发布时间：2024-06-05 17:12", "平远县", [
        ("钟宏伟到仁居镇、大柘镇调研脐橙产业和防汛工作", "6月4日", "2024-06-04", "6月4日，县委副书记、县长钟宏伟",
         "county site: the new 县长's 调研 in two towns with a 副县长, the 农业农村局局长 and a 镇党委书记")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string over a 简介)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


QS, GP, JC, LS, JY, YZ, JL, PY, MZ = "沁水县", "高平市", "晋城市", "蓝山县", "江永县", "永州市", "蕉岭县", "平远县", "梅州市"
JCZ, YZZ = "晋城经开区", "永州经开区"

# evidence strings of 简介 clauses and 公示 entries
_J01a = _span("eu01", "靳松涛，男", "2014年2月任高平市三甲镇党委书记")
_J01b = _span("eu01", "靳松涛，男", "2017年9月任高平市人民政府副市长")
_J01c = _span("eu01", "靳松涛，男", "2019年11月任沁水县委常委、常务副县长")
_J01d = _span("eu01", "靳松涛，男", "2021年1月任沁水县委副书记、代县长")
_J01e = _span("eu01", "靳松涛，男", "2021年3月任沁水县人民政府县长")
_W03 = _span("eu03", "毋晓川，男", "现任高平市委常委、常务副市长")
_J03 = _span("eu03", "焦瑞平，女", "现任沁水县委常委、常务副县长")
_N03 = _span("eu03", "牛建斌，男", "现任晋城经济技术开发区党工委委员、管委会副主任")
_T06 = "1 | 唐湘宁 | 男 | 瑶族 | 1980.09 | 湖南江华 | 大学 | 蓝山县人民政府副县长"
_H06 = "2 | 何丽君 | 女 | 汉族 | 1982.03 | 湖南道县 | 研究生 | 永州经济技术开发区党工委委员、管委会副主任"
_Z06 = "3 | 周伟锋 | 男 | 汉族 | 1984.11 | 湖南江永 | 大学 | 江永县上江圩镇党委书记"
_Q08 = _span("eu08", "丘振东，男", "现任蕉岭县委副书记、县长")
_Z08a = _span("eu08", "钟宏伟，男", "2017年8月任蕉岭县长潭镇党委书记")
_Z08b = _span("eu08", "钟宏伟，男", "2019年10月任蕉岭县人民政府副县长")
_Z08c = _span("eu08", "钟宏伟，男", "2021年9月任蕉岭县委常委、常务副县长")
_L08 = _span("eu08", "刘淑芳，女", "现任蕉岭县人民政府副县长")
_G08 = _span("eu08", "古晓明，男", "现任蕉岭县人民政府副县长")
_L08b = _span("eu08", "廖振宇，男", "现任蕉岭县人民政府副县长、县公安局局长")
_Z09 = "钟宏伟同志任中共平远县委委员、常委、副书记"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 晋城 (山西)
    "eu:靳松涛": ("靳松涛", "official", QS, [
        ("eu01", f"{GP}三甲镇党委", "书记", _J01a, "dated 简介 clause (the undated 曾任 米山镇 副镇长、镇长 gives no line)", "2014年2月"),
        ("eu01", f"{GP}政府", "副市长", _J01b, "dated 简介 clause; 高平市人民政府 → 高平市政府", "2017年9月"),
        ("eu01", f"{QS}委", "常委", _J01c, "dated 简介 clause", "2019年11月"),
        ("eu01", f"{QS}政府", "常务副县长", _J01c, "dated 简介 clause", "2019年11月"),
        ("eu01", f"{QS}委", "副书记", _J01d, "dated 简介 clause; also the 职务 line (page 2021-05-20): one line, dated by the clause", "2021年1月"),
        ("eu01", f"{QS}政府", "代县长", _J01d, "dated 简介 clause: 代县长 as written", "2021年1月"),
        ("eu01", f"{QS}政府", "县长", _J01e, "dated 简介 clause; also the 职务 line: one line (identity case: 县委书记 in 2024, eu04)", "2021年3月"),
        ("eu02", f"{QS}委", "副书记", "县委副书记、县长靳松涛主持会议", "2021-09"),
        ("eu02", f"{QS}政府", "县长", "县委副书记、县长靳松涛主持会议", None),
        ("eu04", f"{QS}委", "书记", "沁水县委书记靳松涛", "2024-06: now 县委书记")], []),
    "eu:裴建勋": ("裴建勋", "official", JC, [
        ("eu02", f"{QS}委", "书记", "县委书记裴建勋出席会议并讲话", "2021-09 (identity case: 晋城市副市长 in 2024, eu04)"),
        ("eu04", f"{JC}政府", "副市长", "副市长裴建勋到沁水县调研", "2024-06: bare 副市长 in the 晋城日报; named in the headline too")], []),
    "eu:焦瑞平": ("焦瑞平", "official", QS, [
        ("eu02", f"{QS}委", "常委", "县委常委、常务副县长焦瑞平", "2021-09"),
        ("eu02", f"{QS}政府", "常务副县长", "县委常委、常务副县长焦瑞平", None),
        ("eu03", f"{QS}委", "常委", _J03, "2023 公示: 现任 at the 落款 date; 拟任 晋城市发展和改革委员会主任 is no holding"),
        ("eu03", f"{QS}政府", "常务副县长", _J03, None),
        ("eu04", f"{JC}发展和改革委员会", "主任", "市发展和改革委员会主任焦瑞平参加调研", "2024-06: the 公示's 拟任 came true; bare 市 = 晋城市")], []),
    "eu:韩志宏": ("韩志宏", "official", QS, [
        ("eu02", f"{QS}政府", "副县长", "副县长韩志宏出席会议", None)], []),
    "eu:郭晓东": ("郭晓东", "official", QS, [
        ("eu02", f"{QS}发展和改革局", "局长", "县发展和改革局局长郭晓东", None)], []),
    "eu:刘淑芳#1": ("刘淑芳", "official", QS, [
        ("eu02", f"{QS}嘉峰镇党委", "书记", "嘉峰镇党委书记刘淑芳", "沁水 (山西), 2021; not the 刘淑芳 of 蕉岭 (eu08)")], []),
    "eu:秦立军": ("秦立军", "official", QS, [
        ("eu02", f"{QS}端氏镇党委", "书记", "端氏镇党委书记秦立军", None)], []),
    "eu:毋晓川": ("毋晓川", "official", QS, [
        ("eu03", f"{GP}委", "常委", _W03, "2023 公示: 现任; 拟任 沁水县委委员、常委、副书记 and 提名 县长候选人 are no holdings"),
        ("eu03", f"{GP}政府", "常务副市长", _W03, "高平市 is a county-level city"),
        ("eu04", f"{QS}委", "副书记", "县委副书记、县长毋晓川陪同调研", "2024-06: bare 县委 right after 沁水县委书记"),
        ("eu04", f"{QS}政府", "县长", "县委副书记、县长毋晓川陪同调研", None)], []),
    "eu:牛建斌": ("牛建斌", "official", JCZ, [
        ("eu03", f"{JCZ}党工委", "委员", _N03, "现任; 晋城经济技术开发区 folded; 拟任 泽州县委常委 is no holding; the 经开区 of 晋城, not of 永州 (eu06)"),
        ("eu03", f"{JCZ}管委会", "副主任", _N03, None)], []),
    "eu:田志红": ("田志红", "official", QS, [
        ("eu04", f"{QS}郑村镇党委", "书记", "镇党委书记田志红介绍了", "bare 镇 after ``在郑村镇``")], []),
    # ---- 永州 (湖南)
    "eu:邓华庭": ("邓华庭", "official", LS, [
        ("eu05", f"{LS}委", "副书记", "邓华庭　县委副书记、县长", "list page, dated by the page stamp (2021-06-08)"),
        ("eu05", f"{LS}政府", "县长", "邓华庭　县委副书记、县长", None)], []),
    "eu:黄建湘": ("黄建湘", "official", LS, [
        ("eu05", f"{LS}委", "常委", "黄建湘　县委常委、常务副县长", None),
        ("eu05", f"{LS}政府", "常务副县长", "黄建湘　县委常委、常务副县长", None)], []),
    "eu:唐湘宁": ("唐湘宁", "official", JY, [
        ("eu05", f"{LS}政府", "副县长", "唐湘宁　副县长", "2021-06 list page (identity case: 江永 常务副县长 in 2024)"),
        ("eu06", f"{LS}政府", "副县长", _T06, "2022 公示 table: 现任职务 cell at the 落款 date; the 拟任 cell (江永县委常委, 副县长人选) gives nothing"),
        ("eu07", f"{JY}委", "常委", "县委常委、常务副县长唐湘宁", "2024-04: now in 江永"),
        ("eu07", f"{JY}政府", "常务副县长", "县委常委、常务副县长唐湘宁", None)], []),
    "eu:欧阳志坚": ("欧阳志坚", "official", LS, [
        ("eu05", f"{LS}政府", "副县长", "欧阳志坚　副县长、县公安局局长", None),
        ("eu05", f"{LS}公安局", "局长", "欧阳志坚　副县长、县公安局局长", "second title: the county's 公安局 (蓝山's here, 蕉岭's in eu08)")], []),
    "eu:李美华": ("李美华", "official", LS, [
        ("eu05", f"{LS}政府", "副县长", "李美华　副县长", None)], []),
    "eu:何丽君": ("何丽君", "official", YZZ, [
        ("eu06", f"{YZZ}党工委", "委员", _H06, "现任 cell; 永州经济技术开发区 folded; the 经开区 of 永州, not of 晋城 (eu03); 拟任 蓝山县委常委 gives nothing"),
        ("eu06", f"{YZZ}管委会", "副主任", _H06, None)], []),
    "eu:周伟锋": ("周伟锋", "official", JY, [
        ("eu06", f"{JY}上江圩镇党委", "书记", _Z06, "2022 公示: 现任 cell; 提名为江永县人民政府副县长人选 gives nothing"),
        ("eu07", f"{JY}政府", "副县长", "副县长周伟锋参加调研", "2024-04: now 副县长")], []),
    "eu:蒋国栋": ("蒋国栋", "official", JY, [
        ("eu07", f"{JY}委", "书记", "4月10日，县委书记蒋国栋", "DECIDED HERE: bare 县委 on the 江永 portal (county only in site line and 来源); named in the headline too")], []),
    "eu:盘丽娟": ("盘丽娟", "official", JY, [
        ("eu07", f"{JY}千家峒瑶族乡党委", "书记", "乡党委书记盘丽娟", "bare 乡 after ``深入千家峒瑶族乡``")], []),
    "eu:义建军": ("义建军", "official", JY, [
        ("eu07", f"{JY}林业局", "局长", "县林业局局长义建军", None)], []),
    # ---- 梅州 (广东)
    "eu:丘振东": ("丘振东", "official", JL, [
        ("eu08", f"{JL}委", "副书记", _Q08, "list page, 现任 clause, dated by the page stamp (2022-03-11)"),
        ("eu08", f"{JL}政府", "县长", _Q08, None)], []),
    "eu:钟宏伟": ("钟宏伟", "official", PY, [
        ("eu08", f"{JL}长潭镇党委", "书记", _Z08a, "dated 简介 clause; 蕉岭县 + 长潭镇 (no 县长 in it)", "2017年8月"),
        ("eu08", f"{JL}政府", "副县长", _Z08b, "dated 简介 clause", "2019年10月"),
        ("eu08", f"{JL}委", "常委", _Z08c, "dated 简介 clause; also the title line: one line, dated by the clause", "2021年9月"),
        ("eu08", f"{JL}政府", "常务副县长", _Z08c, "dated 简介 clause", "2021年9月"),
        ("eu09", f"{PY}委", "委员", _Z09, "2023-02: decision read at the 领导干部大会; 提名为平远县人民政府县长人选 gives nothing; ``此前任蕉岭县委常委、常务副县长`` gives none"),
        ("eu09", f"{PY}委", "常委", _Z09, None),
        ("eu09", f"{PY}委", "副书记", _Z09, None),
        ("eu10", f"{PY}委", "副书记", "县委副书记、县长钟宏伟到仁居镇", "2024-06: now 县长; named in the headline too"),
        ("eu10", f"{PY}政府", "县长", "县委副书记、县长钟宏伟到仁居镇", None)], []),
    "eu:刘淑芳#2": ("刘淑芳", "official", JL, [
        ("eu08", f"{JL}政府", "副县长", _L08, "蕉岭 (广东), 2022; not the 刘淑芳 of 沁水 (eu02)")], []),
    "eu:古晓明": ("古晓明", "official", JL, [
        ("eu08", f"{JL}政府", "副县长", _G08, None)], []),
    "eu:廖振宇": ("廖振宇", "official", JL, [
        ("eu08", f"{JL}政府", "副县长", _L08b, None),
        ("eu08", f"{JL}公安局", "局长", _L08b, "县公安局 after 蕉岭县人民政府副县长 = 蕉岭's")], []),
    "eu:曾宪昌": ("曾宪昌", "official", MZ, [
        ("eu09", f"{MZ}委组织部", "副部长", "市委组织部副部长曾宪昌出席会议", "bare 市委 in the 梅州日报")], []),
    "eu:黄立中": ("黄立中", "official", PY, [
        ("eu09", f"{PY}委", "书记", "平远县委书记黄立中主持会议并讲话", None)], []),
    "eu:林海涛": ("林海涛", "official", PY, [], ["eu09"]),
    "eu:温宏达": ("温宏达", "official", PY, [
        ("eu09", f"{PY}人大常委会", "主任", "县人大常委会主任温宏达", None)], []),
    "eu:潘建英": ("潘建英", "official", PY, [
        ("eu09", f"{PY}政协", "主席", "县政协主席潘建英", None)], []),
    "eu:吕春晖": ("吕春晖", "official", PY, [
        ("eu10", f"{PY}政府", "副县长", "副县长吕春晖，县农业农村局局长丘志文陪同调研", None)], []),
    "eu:丘志文": ("丘志文", "official", PY, [
        ("eu10", f"{PY}农业农村局", "局长", "县农业农村局局长丘志文陪同调研", None)], []),
    "eu:曾俊杰": ("曾俊杰", "official", PY, [
        ("eu10", f"{PY}仁居镇党委", "书记", "听取镇党委书记曾俊杰关于", "bare 镇 after ``在仁居镇``")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("eu02", "王雅琪", "作者", "author", "作者：王雅琪"),
    ("eu02", "樊晓萌", "责任编辑", "editor", "责任编辑：樊晓萌"),
    ("eu04", "原晓静", "记者", "reporter", "本报讯（记者 原晓静）"),
    ("eu04", "史慧玲", "责任编辑", "editor", "责任编辑：史慧玲"),
    ("eu07", "奉国华", "作者", "author", "作者：奉国华"),
    ("eu07", "胥文亮", "编辑", "editor", "编辑：胥文亮"),
    ("eu07", "段立新", "审核", "editor", "审核：段立新"),
    ("eu09", "凌宇航", "记者", "reporter", "本报讯（记者 凌宇航 通讯员 罗晓帆）"),
    ("eu09", "罗晓帆", "通讯员", "correspondent", "本报讯（记者 凌宇航 通讯员 罗晓帆）"),
    ("eu09", "郑永军", "责任编辑", "editor", "责任编辑：郑永军"),
    ("eu10", "罗晓帆", "供稿", "author", "（平远县融媒体中心　罗晓帆）"),
    ("eu10", "申晓慧", "责任编辑", "editor", "责任编辑：申晓慧"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("eu02", "煤层气产业高质量发展推进会", "meeting (推进会)", "9月15日下午", "靳松涛", None, ["沁水县"],
     ["裴建勋", "焦瑞平", "韩志宏"], ["郭晓东", "刘淑芳", "秦立军", "焦瑞平", "韩志宏", "裴建勋", "靳松涛"], None,
     "9月15日下午，我县召开煤层气产业高质量发展推进会",
     ["县委书记裴建勋出席会议并讲话", "县长靳松涛主持会议", "县委常委、常务副县长焦瑞平，副县长韩志宏出席会议", "局长郭晓东汇报了",
      "嘉峰镇党委书记刘淑芳、端氏镇党委书记秦立军分别就征地协调、企地共建作交流发言", "焦瑞平通报了", "韩志宏就冬季天然气保供和安全生产工作作了安排",
      "裴建勋强调", "靳松涛要求"]),
    ("eu04", "沁水县煤层气产业发展和乡村振兴调研", "inspection (调研)", "6月18日", None, "裴建勋", [],
     ["靳松涛", "毋晓川", "焦瑞平"], ["田志红", "毋晓川", "焦瑞平", "裴建勋", "靳松涛"], "沁水县",
     "副市长裴建勋到沁水县调研煤层气产业发展和乡村振兴工作",
     ["副市长裴建勋到沁水县调研", "县长毋晓川陪同调研", "焦瑞平参加调研", "田志红介绍了", "毋晓川汇报了", "焦瑞平就全市煤层气增储上产政策落实作了说明",
      "裴建勋指出", "靳松涛表示"]),
    ("eu07", "千家峒瑶族乡茶旅融合发展和森林防火调研", "inspection (调研)", "4月10日", None, "蒋国栋", [],
     ["唐湘宁", "周伟锋"], ["盘丽娟", "义建军", "蒋国栋", "唐湘宁"], "千家峒瑶族乡",
     "县委书记蒋国栋深入千家峒瑶族乡，调研茶旅融合发展和森林防火工作",
     ["县委书记蒋国栋深入千家峒瑶族乡", "县委常委、常务副县长唐湘宁，副县长周伟锋参加调研", "盘丽娟汇报了", "义建军汇报了", "蒋国栋指出", "唐湘宁要求"]),
    ("eu09", "平远县领导干部大会", "meeting (领导干部大会)", "2月10日上午", "黄立中", None, ["平远县"],
     ["曾宪昌", "温宏达", "潘建英"], ["曾宪昌", "黄立中", "林海涛", "钟宏伟"], None,
     "2月10日上午，平远县召开领导干部大会",
     ["市委组织部副部长曾宪昌出席会议并宣布市委决定", "平远县委书记黄立中主持会议并讲话", "县人大常委会主任温宏达、县政协主席潘建英等县四套班子成员",
      "曾宪昌指出", "黄立中强调", "林海涛在发言中表示", "钟宏伟作表态发言时表示"]),
    ("eu10", "仁居镇、大柘镇脐橙产业和防汛调研", "inspection (调研)", "6月4日", None, "钟宏伟", [],
     ["吕春晖", "丘志文"], ["曾俊杰", "丘志文", "钟宏伟", "吕春晖"], "仁居镇、大柘镇",
     "县委副书记、县长钟宏伟到仁居镇、大柘镇调研脐橙产业发展和防汛备汛工作",
     ["县长钟宏伟到仁居镇、大柘镇调研", "副县长吕春晖，县农业农村局局长丘志文陪同调研", "听取镇党委书记曾俊杰关于", "丘志文介绍了", "钟宏伟强调",
      "吕春晖要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("eu01", "沁水县煤层气综合利用产业园", "industrial_park", "牵头推进沁水县煤层气综合利用产业园建设"),
    ("eu01", "沁河沿岸生态修复工程", "greening_project", "沁河沿岸生态修复工程"),
    ("eu02", "沁水县煤层气综合利用产业园", "industrial_park", "汇报了沁水县煤层气综合利用产业园"),
    ("eu02", "嘉峰至端氏煤层气集输管网工程", "infrastructure_project", "嘉峰至端氏煤层气集输管网工程等12个重点项目"),
    ("eu04", "沁水县煤层气综合利用产业园", "industrial_park", "先后来到沁水县煤层气综合利用产业园"),
    ("eu04", "郑村镇煤层气压缩液化项目", "project", "郑村镇煤层气压缩液化项目"),
    ("eu05", "蓝山县皮具玩具产业园二期", "industrial_park", "牵头推进蓝山县皮具玩具产业园二期建设"),
    ("eu05", "湘江源景区提质改造项目", "project", "牵头推进湘江源景区提质改造项目"),
    ("eu07", "千家峒高山有机茶园提质增效项目", "project", "千家峒高山有机茶园提质增效项目现场"),
    ("eu07", "千家峒瑶族乡至上江圩镇旅游公路提质改造工程", "infrastructure_project", "加快千家峒瑶族乡至上江圩镇旅游公路提质改造工程前期工作"),
    ("eu08", "蕉岭县新型建材产业园扩园工程", "industrial_park", "牵头推进蕉岭县新型建材产业园扩园工程"),
    ("eu08", "石窟河蕉岭段碧道工程", "greening_project", "牵头推进石窟河蕉岭段碧道工程"),
    ("eu09", "百县千镇万村高质量发展工程", "program", "奋力推进“百县千镇万村高质量发展工程”"),
    ("eu10", "平远县脐橙产业园二期", "industrial_park", "来到平远县脐橙产业园二期项目现场"),
    ("eu10", "柚树河大柘段防洪堤加固工程", "engineering_work", "察看柚树河大柘段防洪堤加固工程施工情况"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("eu01", "山西", "province", "standalone", "山西泽州人"),
    ("eu01", "泽州", "county", "standalone", "山西泽州人"),
    ("eu01", "高平市", "county_level_city", "in_title", "曾任高平市米山镇副镇长、镇长"),
    ("eu01", "米山镇", "town", "in_title", "曾任高平市米山镇副镇长、镇长"),
    ("eu01", "三甲镇", "town", "in_title", "2014年2月任高平市三甲镇党委书记"),
    ("eu01", "沁水县", "county", "in_title", "2019年11月任沁水县委常委、常务副县长"),
    ("eu01", "沁河", "river", "in_project_name", "沁河沿岸生态修复工程"),
    ("eu02", "沁水县", "county", "in_project_name", "汇报了沁水县煤层气综合利用产业园"),
    ("eu02", "沁水", "county", "standalone", "煤层气是沁水最大的资源优势"),
    ("eu02", "嘉峰", "town", "in_project_name", "嘉峰至端氏煤层气集输管网工程等12个重点项目"),
    ("eu02", "端氏", "town", "in_project_name", "嘉峰至端氏煤层气集输管网工程等12个重点项目"),
    ("eu02", "嘉峰镇", "town", "in_org_reference", "嘉峰镇党委书记刘淑芳"),
    ("eu02", "端氏镇", "town", "in_org_reference", "端氏镇党委书记秦立军"),
    ("eu03", "山西", "province", "standalone", "山西高平人"),
    ("eu03", "高平", "county_level_city", "standalone", "山西高平人"),
    ("eu03", "高平市", "county_level_city", "in_title", "现任高平市委常委、常务副市长"),
    ("eu03", "沁水县", "county", "in_title", "拟任沁水县委委员、常委、副书记"),
    ("eu03", "沁水", "county", "standalone", "山西沁水人"),
    ("eu03", "晋城市", "city", "in_org_reference", "拟任晋城市发展和改革委员会主任"),
    ("eu03", "陵川", "county", "standalone", "山西陵川人"),
    ("eu03", "晋城经济技术开发区", "development_zone", "in_title", "现任晋城经济技术开发区党工委委员、管委会副主任"),
    ("eu03", "泽州县", "county", "in_title", "拟任泽州县委常委"),
    ("eu04", "沁水县", "county", "standalone", "副市长裴建勋到沁水县调研"),
    ("eu04", "郑村镇", "town", "standalone", "在郑村镇，镇党委书记田志红"),
    ("eu04", "湘峪村", "village", "standalone", "郑村镇湘峪村"),
    ("eu04", "湘峪古堡", "heritage_site", "standalone", "湘峪古堡文旅融合发展情况"),
    ("eu04", "沁水", "county", "standalone", "沁水是全市煤层气资源最富集的县"),
    ("eu05", "蓝山县", "county", "in_project_name", "牵头推进蓝山县皮具玩具产业园二期建设"),
    ("eu05", "湘江源瑶族乡", "township", "standalone", "联系湘江源瑶族乡"),
    ("eu05", "湘江源景区", "scenic_area", "in_project_name", "牵头推进湘江源景区提质改造项目"),
    ("eu06", "湖南", "province", "standalone", "湖南江华"),
    ("eu06", "江华", "county", "standalone", "湖南江华"),
    ("eu06", "道县", "county", "standalone", "湖南道县"),
    ("eu06", "江永", "county", "standalone", "湖南江永"),
    ("eu06", "蓝山县", "county", "in_title", _T06),
    ("eu06", "江永县", "county", "in_title", "江永县委常委，提名为江永县人民政府副县长人选"),
    ("eu06", "永州经济技术开发区", "development_zone", "in_title", _H06),
    ("eu06", "上江圩镇", "town", "in_title", _Z06),
    ("eu07", "千家峒瑶族乡", "township", "standalone", "县委书记蒋国栋深入千家峒瑶族乡"),
    ("eu07", "千家峒", "area", "standalone", "千家峒生态好、文化特"),
    ("eu07", "都庞岭", "mountain", "standalone", "都庞岭脚下的森林防火检查站"),
    ("eu07", "上江圩镇", "town", "in_project_name", "加快千家峒瑶族乡至上江圩镇旅游公路提质改造工程前期工作"),
    ("eu08", "广东", "province", "standalone", "广东兴宁人"),
    ("eu08", "兴宁", "county_level_city", "standalone", "广东兴宁人"),
    ("eu08", "梅州", "city", "standalone", "广东梅州人"),
    ("eu08", "大埔", "county", "standalone", "广东大埔人"),
    ("eu08", "平远", "county", "standalone", "广东平远人"),
    ("eu08", "蕉岭", "county", "standalone", "广东蕉岭人"),
    ("eu08", "蕉岭县", "county", "in_title", "现任蕉岭县委副书记、县长"),
    ("eu08", "长潭镇", "town", "in_title", "2017年8月任蕉岭县长潭镇党委书记"),
    ("eu08", "梅州市", "city", "in_org_reference", "梅州市自然资源局蕉岭分局"),
    ("eu08", "石窟河", "river", "in_project_name", "牵头推进石窟河蕉岭段碧道工程"),
    ("eu09", "平远县", "county", "standalone", "平远县召开领导干部大会"),
    ("eu09", "平远", "county", "standalone", "从全市工作大局和平远实际出发"),
    ("eu09", "蕉岭县", "county", "in_title", "钟宏伟此前任蕉岭县委常委、常务副县长"),
    ("eu10", "仁居镇", "town", "standalone", "到仁居镇、大柘镇调研脐橙产业发展"),
    ("eu10", "大柘镇", "town", "standalone", "到仁居镇、大柘镇调研脐橙产业发展"),
    ("eu10", "平远县", "county", "in_project_name", "来到平远县脐橙产业园二期项目现场"),
    ("eu10", "平远", "county", "standalone", "脐橙是平远的富民产业"),
    ("eu10", "柚树河", "river", "standalone", "沿柚树河察看"),
    ("eu10", "大柘", "town", "in_project_name", "察看柚树河大柘段防洪堤加固工程施工情况"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="eu", conventions="set eu (blind set: leader profile pages (领导之窗 简介 with dated clauses), 县政府领导 list and 领导简介及分工 pages, 市委组织部 任前公示 (prose and | table) and news pages of the same places before and after the moves, in 山西 晋城 (沁水县, 高平市, 晋城经开区), 湖南 永州 (蓝山县, 江永县, 永州经开区) and 广东 梅州 (蕉岭县, 平远县): 现任 and the 职务 / title line are holdings at the 落款 / page date, a dated 简介 clause a holding dated by the clause, 拟任 / 提名 / 此前任 / 曾任 (undated) / 不再担任 give none; 分工 / 分管 / 联系 are duties; one line per post per article)",
          persons_note="Set eu persons. id = corpus-wide person_id (eu:刘淑芳#1 of 沁水县嘉峰镇 (山西) and eu:刘淑芳#2 of 蕉岭县 (广东) are two people; eu:靳松涛 沁水 县长 2021 → 县委书记 2024; eu:裴建勋 沁水县委书记 2021 → 晋城市副市长 2024; eu:毋晓川 高平 常务副市长 (2023 公示) → 沁水县长 2024; eu:焦瑞平 沁水 常务副县长 → 晋城市发展和改革委员会主任 2024; eu:唐湘宁 蓝山副县长 2021/2022 → 江永 常务副县长 2024; eu:周伟锋 上江圩镇党委书记 2022 → 江永副县长 2024; eu:钟宏伟 蕉岭 常务副县长 2022 → 平远县委副书记 2023 → 平远县长 2024)")


if __name__ == "__main__":
    main()
