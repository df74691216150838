"""Write gold part ``fy`` (a blind set: 组织部 任前公示 and 人事任免 notices of cities and counties, then later news pages of
the same places where the officials appear in their new posts) from the tables below.

Pages ``tests/dev/texts/fy*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: an 浙江在线 piece on 28 省管 cadres' 任前公示 (县委书记 → 设区市副市长 or
党委常委, 县长 → 县委书记, with their dated careers); a 德州日报 page on 拟任人选 of a 公开选拔 (chrome ``[阅读: 次] 德州日报
[字体: ]``, ``录入:``, ``评论 推荐 打印``, 上一篇 / 下一篇, 相关新闻); a press piece (copied on wenke99) on 公示 that did not come
true (``湖北省委组织部发布“2014年第177号”干部任前公示``, ``现任…，拟任…``, ``公示时间是…至…``); the 山东省委组织部 公示
of 推荐对象 (``受理单位``, ``举报电话：0531—12380``, ``通讯地址``, ``邮政编码``, 落款 date); the 临朐 县人大 site's session page
(``表决通过了人事免职和任职事项…颁发了任命书…宪法宣誓``, 办事机构负责人列席); a 北京西城 item (``…不再担任…书记、常委、委员
职务，…任…区委书记…提名…为…区长人选``); an 中评社 page on 松江's 代理区长 (``宣布市委关于区政府主要领导调整的决定``, ``免去…
的职务…先任…副区长、代理区长``, 【打印】 chrome); a 台海网 page (漳州 市人大常委会 ``决定任命…为…副市长；…决定接受…辞去``,
薌城区 and 古雷 领导干部大会 ``宣布…主要领导任免决定``); a 滨州 沾化区 领导干部会议 page (``…任中共滨州市沾化区委委员、常委、书记…，
不再担任…常务副部长职务``); a 锦州 松山新区 page (``…任区党工委副书记、管委会主任，免去其市科技和知识产权局党组书记、局长职务``);
a dcwnkz piece on what 公示 tables hold (``姓名…现任职务…拟任用职务``); the chrome of a 驻马店广视网 page (免责声明, ``责任编辑 /``)
and an 枞阳在线 page (``稿件来源: … | 编辑: …``). Parts bd and ac (公示 and 任免 pages) were read for the annotation
choices. Places are real; the pages' places are new to the corpus (梧州 is only named on part ef's 岑溪 page): 山西 吕梁 (the 市委组织部, 方山县, 临县; 离石区, 中阳县 in titles), 广西 梧州
(蒙山县 three times, the 梧州日报 on 万秀区), 湖北 荆门 (沙洋县 twice, the 市委组织部; 东宝区 in a title).

Shapes: a 市委组织部 任前公示 as numbered prose paragraphs (现任 / 拟任 / 提名为…人选; one prose career line ``2018年3月任…，
2020年9月起任…`` instead of 现任; 试用期一年 in a 拟任 clause; 落款 date) (fy01); a 县人大常委会 site with the session report and,
as a second article, its 任免名单 (``一、任命`` / ``二、免去``) (fy02); a city news portal (吕梁新闻网) page with 分享到, a stamp
line ``来源：… 作者：… 责任编辑：…`` and a 相关新闻 list: the 县委书记's 调研 with the former 市发改委副主任 now 县委常委、常务副县长
(fy03); a 县委组织部 任前公示 TABLE with ``|`` cells (民族, 籍贯 and 备注 columns), cells written without the county (fy04); a
县政府 任免 通知 with 索引号 / 文号 lines, three ``X同志任…`` (two 试用期一年) and three ``免去X同志的…职务`` (另有任用, 退休), one
person both 任 and 免去, an 抄送 and 印发 line (fy05); a county site's 县委书记 调研 where three of the fy04 cadres hold their
new posts (fy06); a city paper's 第01版 with the former 蒙山 县委书记 now 副市长 (fy07); a county site's 县政府常务会议 (fy08);
a 市委组织部 任职前公示公告 with a 号 (fy09); a city paper's 县域经济 page: the former 县长 now 县委书记 leads a 调研 with the two
cadres of fy09 in their new posts, and a 推进会 after it (fy10).

Identity cases:
- fy:乔晓东: 吕梁市发展和改革委员会副主任 on the March 2022 公示 (fy01; 拟任 临县县委常委 and 提名 副县长人选: no lines); 临县
  县委常委、常务副县长 in August 2022 (fy03).
- fy:薛建勇: 临县碛口镇党委副书记、镇长 from 2018年3月 and 党委书记 from 2020年9月 (fy01, dated career); appointed 方山县人民政府
  副县长 by the 方山 人大常委会 in April 2022 (fy02), another county of the same city.
- fy:覃振宁 (文圩镇 镇长 → 镇党委书记), fy:莫雪芬 (县委办公室副主任 → 陈塘镇党委副书记、镇长), fy:杜文涛#2 (县财政局副局长 → 县
  投资促进局局长): 现任 on the April 2023 蒙山 公示 (fy04), the new posts in the May 2023 notice (fy05, 杜文涛) and at the October
  2023 调研 (fy06). fy:黎家豪: 新圩镇党委委员、副镇长 (fy04) → 县住房和城乡建设局副局长（试用期一年） (fy05).
- fy:唐志远, a county 书记 who becomes a city's 副市长: 蒙山县委书记 in October 2023 (fy06); 梧州市副市长 in June 2024 (fy07).
- fy:聂一航, a 县长 who becomes 县委书记: 沙洋县委副书记、县长 in September 2021 (fy08); 沙洋县委书记 in May 2023 (fy10).
- fy:龚海峰: 沙洋县副县长 in 2021 (fy08) and on the December 2022 公示 (fy09; 拟任 县委常委, 提名 常务副县长人选: no lines);
  沙洋县委常委、常务副县长 in May 2023 (fy10). fy:许丽君: 荆门市委组织部干部一科科长 on the 公示 (fy09); 沙洋县委常委、组织部部长
  in 2023 (fy10).
- two different 杜文涛 in unrelated places: fy:杜文涛#1 is 吕梁市财政局预算科科长 (山西, born 1985.04, fy01); fy:杜文涛#2 is
  蒙山县财政局副局长 then 投资促进局局长 (广西, born 1982.03, fy04 / fy05 / fy06). Both in finance, both on a 公示.
- one organ name in several places: ``县委常委、组织部部长`` is 方山县's (fy02), 临县's (fy03) and 沙洋县's (fy10); ``市委组织部``
  is 吕梁's (fy01, the 公示's own organ) and 荆门's (fy09: ``荆门市委组织部干部一科科长``); ``县财政局`` / ``县委办公室`` on the
  蒙山 table are 蒙山县's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts bd, ac, bs, bq where they speak; decided here where they are silent):
- 任前公示 (fy01, fy04, fy09): 现任 is a holding at the 落款 date; 拟任, 提名为…人选 / 候选人 and a 拟任 clause with 试用期一年
  give nothing (parts bd, ac, u). A TABLE row gives its 现任 cell, with the row from its 序号 to that cell as evidence (bd).
- DECIDED HERE: a 公示 paragraph that gives the present post only as a dated career clause (``2020年9月起任临县碛口镇党委书记``, no
  现任) gives it as a holding dated by the clause (2020-09), like ac's career lines; the earlier clause ``2018年3月任临县碛口镇
  党委副书记、镇长`` gives 党委 副书记 + 政府 镇长 dated 2018-03. Birth, 参加工作 and 入党 dates date nothing.
- 任免 notices and 任免名单 (fy02, fy05): ``X为…`` / ``X同志任…`` is a holding at the decision's date (the session date, the
  notice's 落款); ``（试用期一年）`` is written in the note only; ``免去…职务`` (另有任用, 退休) gives no line and the person is
  named without a post (bd). A person 任 and 免去 in one notice (杜文涛#2) gets the 任 line only.
- Cells and bare organs take the page's place: the 蒙山 table's ``文圩镇党委副书记、镇长``, ``县委办公室副主任``, ``县财政局副局长``
  → 蒙山县文圩镇党委 / 蒙山县文圩镇政府, 蒙山县委办公室, 蒙山县财政局 (bd); ``县人大常委会`` / ``县委常委、组织部部长`` / ``副县长``
  on the 方山 人大 site = 方山县's; ``县委常委、常务副县长`` after ``临县县委书记`` = 临县's; in the 荆门日报 ``县委常委…`` / ``县委副
  书记、县长`` after ``沙洋县委书记`` = 沙洋县's; in the 梧州日报 ``副市长`` / ``市政府副秘书长`` = 梧州市's; ``在文圩镇，…镇党委书记``
  = 蒙山县文圩镇党委.
- 临县 keeps its full name as the label (a one-character county, as ac's 曹县 / 单县): ``临县县委书记`` → 临县委 书记,
  ``临县人民政府`` → 临县政府, ``临县碛口镇党委`` → 临县碛口镇党委.
- A section of a department is an org as written after it (bd): 吕梁市财政局预算科 科长, 荆门市委组织部干部一科 科长; a city
  department's county branch likewise: 荆门市生态环境局沙洋分局 局长. 吕梁市发展和改革委员会 as written.
- 党组成员 is a post of the 党组 (parts z, ac): ``党组成员、办公室主任温建华`` on the 人大 page → 方山县人大常委会党组 成员 + 方山县
  人大常委会办公室 主任 (DECIDED HERE: the 办公室 after 党组成员 of the 人大常委会 is the 人大常委会's).
- Events: the 人大常委会会议 (fy02: chair, 出席 and 列席 attendees, the appointees who take the oath as attendees, the one who makes
  a report, 讲话 and 表态发言 speakers; the oath and the 任命书 inside the session are no events, as bd); 调研 is an
  ``inspection`` (leader; 陪同 and the party 带领…等 are attendees; 汇报 / 介绍 / 强调 / 表示 / 作了安排 speakers); the 常务会议
  a meeting (chair, 出席 attendees). DECIDED HERE: the 推进会 held ``随后`` after the two-day 调研 (fy10) is a meeting of its own,
  its date_text the range the page gives (``5月16日至17日``). A 公示 and a 任免 通知 are no events (bd, ac).
- Bylines: ``本报讯（记者 … 通讯员 …）`` reporter / correspondent; a bare office or media-centre credit in brackets is an author
  line (bs); DECIDED HERE the portal stamp line's ``作者：李晓芸`` is an author line and its ``责任编辑：`` an editor line.
- Projects are works named as under way (…工程, …项目, …产业园二期 / 一期 ``industrial_park``, a 示范区 / 种植基地 ``project``,
  a 老旧小区改造项目 ``housing_project``, 防洪 / 堤防 / 护岸 works and a river's 综合治理工程 ``engineering_work``, a river's
  生态治理工程 ``greening_project``); a 方案 is a document; none on 公示 and 通知 pages.
- Places: birthplaces (山西孝义人, 广西平南 in a 籍贯 cell, 湖北钟祥人) as parts bd and n; places inside titles (also 拟任
  titles), organ references, a headline's organ, document titles and project names count (``黄河碛口段`` → 黄河, 碛口; ``湫水河
  城庄段`` → 城庄); names as written (方山 and 方山县, 沙洋 and 沙洋县, 蒙山 and 蒙山县 are separate lines). DECIDED HERE: 相关新闻,
  本版导航, 本版其他新闻 and 相关文件 link lists are chrome like 上一篇 / 下一篇: nothing in them is annotated (their names still count
  in mentions); site lines, 来源 lines, bylines, the 公示's contact lines (举报电话, 来信地址), 抄送 / 印发 lines and footers are not
  annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "fy01_lvliang.txt": (2022, "发布时间：2022-03-18 17:35", "吕梁市", [
        ("吕梁市管领导干部任前公示", "2022年3月18日", "2022-03-18", "根据《党政领导干部选拔任用工作条例》和干部",
         "市委组织部 任前公示 as numbered prose: 现任 (市发改委副主任, 离石 镇党委书记, 市财政局预算科科长) / 拟任 (临县 and 中阳县 常委, 方山县 副县长人选); one dated career clause instead of 现任")]),
    "fy02_fangshan.txt": (2022, "发布时间：2022-04-28 10:15", "方山县", [
        ("县十八届人大常委会举行第三次会议", "4月27日上午", "2022-04-27", "4月27日上午，县十八届",
         "县人大常委会 session: 主任 chairs, 副主任 and 党组成员、办公室主任 attend, 县委常委、组织部部长 and 副县长 列席; 北川河 report; 宪法宣誓"),
        ("方山县人民代表大会常务委员会任免名单", "2022年4月27日", "2022-04-27", "（2022年4月27日方山县",
         "its 任免名单: 任命 a 副县长 (the 临县 镇党委书记 of fy01) and a 局长; 免去 the former 局长")]),
    "fy03_linxian.txt": (2022, "2022-08-24 09:12:36", "临县", [
        ("贾国栋调研碛口古镇保护利用和湫水河治理工作", "8月23日", "2022-08-23", "8月23日，临县县委书记",
         "portal page (吕梁新闻网): the 县委书记's 调研 in 碛口镇 and 城庄镇; the former 市发改委副主任 now 县委常委、常务副县长")]),
    "fy04_mengshan.txt": (2023, "发布时间：2023-04-20 16:40", "蒙山县", [
        ("中共蒙山县委组织部干部任前公示（2023年第3号）", "2023年4月20日", "2023-04-20", "根据《党政领导干部选拔任用工作条例》等有关规定，经县委常委会",
         "县委组织部 任前公示 TABLE with | cells (民族, 籍贯, 备注): 现任 镇长, 县委办副主任, 县财政局副局长, 副镇长 / 拟任")]),
    "fy05_mengshan.txt": (2023, "发布日期：2023-05-16", "蒙山县", [
        ("蒙山县人民政府关于杜文涛等同志职务任免的通知", "2023年5月15日", "2023-05-15", "各乡镇人民政府，县直各单位",
         "县政府 任免 通知: 投资促进局局长 and two 副局长 (试用期一年) appointed; 免去 three (one the new 局长's old post; 另有任用; 退休)")]),
    "fy06_mengshan.txt": (2023, "发布时间：2023-10-12 17:05", "蒙山县", [
        ("唐志远到文圩镇、陈塘镇调研乡村振兴和特色产业发展工作", "10月11日", "2023-10-11", "10月11日，县委书记",
         "county site: the 县委书记's 调研; the fy04 cadres in their new posts (镇党委书记, 镇长, 投资促进局局长)")]),
    "fy07_wuzhou.txt": (2024, "2024年06月13日　星期四", "梧州市", [
        ("唐志远到万秀区调研城市更新和防汛工作", "6月12日", "2024-06-12", "本报讯（记者 罗诗雯",
         "city paper 第01版: the former 蒙山县委书记 now 副市长 inspects 万秀区 with the 市政府副秘书长 and the 区长")]),
    "fy08_shayang.txt": (2021, "发布时间：2021-09-15 16:20", "沙洋县", [
        ("聂一航主持召开县政府第三十二次常务会议", "9月14日下午", "2021-09-14", "9月14日下午，县委副书记",
         "county site: 县政府常务会议 chaired by the 县长; 常务副县长 and two 副县长 attend")]),
    "fy09_jingmen.txt": (2022, "发布时间：2022-12-02 18:00", "荆门市", [
        ("荆门市市管干部任职前公示公告（2022年第9号）", "2022年12月2日", "2022-12-02", "根据《党政领导干部选拔任用工作条例》等有关规定，经市委研究",
         "市委组织部 任职前公示公告 (号): 现任 沙洋 副县长, 市委组织部干部一科科长, 生态环境局沙洋分局局长, 东宝 镇党委书记 / 拟任")]),
    "fy10_shayang.txt": (2023, "2023年5月18日　星期四", "沙洋县", [
        ("沙洋聚力项目建设跑出“加速度”", "5月16日至17日", "2023-05-16", "本报讯（记者 彭诗涵",
         "city paper 县域经济 page: the former 县长 now 县委书记 leads a 调研 with the new 常务副县长 and 组织部部长; a 推进会 after it")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string from a name to its clause)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# fy01 公示 paragraphs (from the name to the clause)
_QIAO = _span("fy01", "乔晓东，男", "现任吕梁市发展和改革委员会副主任")
_REN = _span("fy01", "任丽娟，女", "现任离石区信义镇党委书记")
_XUE_A = _span("fy01", "薛建勇，男", "2018年3月任临县碛口镇党委副书记、镇长")
_XUE_B = _span("fy01", "薛建勇，男", "2020年9月起任临县碛口镇党委书记")
_DU1 = _span("fy01", "杜文涛，男", "现任吕梁市财政局预算科科长")
# fy04 table rows (from 序号 to the 现任 cell)
_R1 = "1 | 覃振宁 | 男 | 壮族 | 1984.05 | 广西平南 | 大学 | 文圩镇党委副书记、镇长"
_R2 = "2 | 莫雪芬 | 女 | 瑶族 | 1987.11 | 广西蒙山 | 硕士研究生 | 县委办公室副主任"
_R3 = "3 | 杜文涛 | 男 | 汉族 | 1982.03 | 广西藤县 | 大学 | 县财政局副局长"
_R4 = "4 | 黎家豪 | 男 | 汉族 | 1988.07 | 广西岑溪 | 大学 | 新圩镇党委委员、副镇长"
# fy09 公示 paragraphs
_GONG = _span("fy09", "龚海峰，男", "现任沙洋县人民政府副县长")
_XU = _span("fy09", "许丽君，女", "现任荆门市委组织部干部一科科长")
_CHENG = _span("fy09", "程思远，男", "现任荆门市生态环境局沙洋分局局长")
_YI = _span("fy09", "易春梅，女", "现任东宝区子陵铺镇党委书记")

_MS = "蒙山县"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 吕梁 (山西)
    "fy:乔晓东": ("乔晓东", "official", "吕梁市", [
        ("fy01", "吕梁市发展和改革委员会", "副主任", _QIAO, "现任 on the March 2022 公示; 拟任 临县县委常委 and 提名为临县人民政府副县长人选 are not holdings (identity case: 临县 常务副县长, fy03)"),
        ("fy03", "临县委", "常委", "县委常委、常务副县长乔晓东", "August 2022: bare 县委 after 临县县委书记 = 临县委 (临县 keeps its full name)"),
        ("fy03", "临县政府", "常务副县长", "县委常委、常务副县长乔晓东", "the 公示's 拟任 come true")], []),
    "fy:任丽娟": ("任丽娟", "official", "吕梁市", [
        ("fy01", "离石区信义镇党委", "书记", _REN, "现任; 拟任 中阳县委常委、组织部部长 is not a holding")], []),
    "fy:薛建勇": ("薛建勇", "official", "吕梁市", [
        ("fy01", "临县碛口镇党委", "副书记", _XUE_A, "DECIDED HERE: dated career clause of the 公示 paragraph", "2018年3月"),
        ("fy01", "临县碛口镇政府", "镇长", _XUE_A, "dated career clause", "2018年3月"),
        ("fy01", "临县碛口镇党委", "书记", _XUE_B, "DECIDED HERE: ``2020年9月起任`` (no 现任) is his present post, dated by the clause; 拟任 方山县人民政府副县长人选 is not a holding", "2020年9月"),
        ("fy02", "方山县政府", "副县长", "薛建勇为方山县人民政府副县长", "任命 by the 方山 人大常委会, April 2022 (article 2): the 拟任 comes true in another county")], []),
    "fy:杜文涛#1": ("杜文涛", "official", "吕梁市", [
        ("fy01", "吕梁市财政局预算科", "科长", _DU1, "现任: a section as written after its department; 拟任 副局长（试用期一年） is not a holding; 吕梁 (山西), born 1985.04: not the 杜文涛 of 蒙山 (fy04-fy06)")], []),
    "fy:冯瑞林": ("冯瑞林", "official", "方山县", [
        ("fy02", "方山县人大常委会", "主任", "县人大常委会主任冯瑞林主持会议", "bare 县人大常委会 on the 方山 人大 site")], []),
    "fy:高志红": ("高志红", "official", "方山县", [
        ("fy02", "方山县人大常委会", "副主任", "副主任高志红、闫天宝", "list after one title")], []),
    "fy:闫天宝": ("闫天宝", "official", "方山县", [
        ("fy02", "方山县人大常委会", "副主任", "副主任高志红、闫天宝", None)], []),
    "fy:温建华": ("温建华", "official", "方山县", [
        ("fy02", "方山县人大常委会党组", "成员", "党组成员、办公室主任温建华", "党组成员 is a post of the 党组"),
        ("fy02", "方山县人大常委会办公室", "主任", "党组成员、办公室主任温建华", "DECIDED HERE: the 人大常委会's 办公室")], []),
    "fy:白玉梅": ("白玉梅", "official", "方山县", [
        ("fy02", "方山县委", "常委", "县委常委、组织部部长白玉梅", "县委组织部 of 方山 here, of 临县 in fy03, of 沙洋 in fy10"),
        ("fy02", "方山县委组织部", "部长", "县委常委、组织部部长白玉梅", None)], []),
    "fy:刘彦斌": ("刘彦斌", "official", "方山县", [
        ("fy02", "方山县政府", "副县长", "副县长刘彦斌", None)], []),
    "fy:田晋丽": ("田晋丽", "official", "方山县", [
        ("fy02", "方山县教育科技局", "局长", "田晋丽为方山县教育科技局局长", "任命 (article 2)")], []),
    "fy:郭永明": ("郭永明", "official", "方山县", [], ["fy02"]),
    "fy:贾国栋": ("贾国栋", "official", "临县", [
        ("fy03", "临县委", "书记", "临县县委书记贾国栋", "临县县委 → 临县委 (as ac's 曹县县委 → 曹县委); named in the headline too")], []),
    "fy:侯美琴": ("侯美琴", "official", "临县", [
        ("fy03", "临县委", "常委", "县委常委、组织部部长侯美琴", None),
        ("fy03", "临县委组织部", "部长", "县委常委、组织部部长侯美琴", "县委组织部 = 临县's here")], []),
    "fy:康俊峰": ("康俊峰", "official", "临县", [
        ("fy03", "临县碛口镇党委", "书记", "碛口镇党委书记康俊峰", "the post 薛建勇 held on fy01")], []),
    # ---- 梧州 (广西)
    "fy:覃振宁": ("覃振宁", "official", _MS, [
        ("fy04", _MS + "文圩镇党委", "副书记", _R1, "现任 cell (April 2023), written without the county; 拟任 文圩镇党委书记 is not a holding"),
        ("fy04", _MS + "文圩镇政府", "镇长", _R1, "现任 cell"),
        ("fy06", _MS + "文圩镇党委", "书记", "镇党委书记覃振宁", "October 2023: after ``在文圩镇``; the 拟任 comes true")], []),
    "fy:莫雪芬": ("莫雪芬", "official", _MS, [
        ("fy04", _MS + "委办公室", "副主任", _R2, "现任 cell: bare 县委办公室 = 蒙山县委办公室; 拟任 陈塘镇党委副书记 and 提名为陈塘镇镇长候选人 are not holdings"),
        ("fy06", _MS + "陈塘镇党委", "副书记", "镇党委副书记、镇长莫雪芬", "October 2023: after ``在陈塘镇``"),
        ("fy06", _MS + "陈塘镇政府", "镇长", "镇党委副书记、镇长莫雪芬", None)], []),
    "fy:杜文涛#2": ("杜文涛", "official", _MS, [
        ("fy04", _MS + "财政局", "副局长", _R3, "现任 cell; 拟任 县投资促进局局长 is not a holding; 蒙山 (广西), born 1982.03: not the 杜文涛 of 吕梁 (fy01)"),
        ("fy05", _MS + "投资促进局", "局长", "杜文涛同志任蒙山县投资促进局局长", "the notice (May 2023); his 财政局副局长 is 免去 in the same notice (no line)"),
        ("fy06", _MS + "投资促进局", "局长", "县投资促进局局长杜文涛", "October 2023")], []),
    "fy:黎家豪": ("黎家豪", "official", _MS, [
        ("fy04", _MS + "新圩镇党委", "委员", _R4, "现任 cell; 拟任 县住房和城乡建设局副局长 with 备注 试用期一年 is not a holding"),
        ("fy04", _MS + "新圩镇政府", "副镇长", _R4, "现任 cell"),
        ("fy05", _MS + "住房和城乡建设局", "副局长", "黎家豪同志任蒙山县住房和城乡建设局副局长", "the notice: 试用期一年")], []),
    "fy:韦秋萍": ("韦秋萍", "official", _MS, [
        ("fy05", _MS + "行政审批局", "副局长", "韦秋萍同志任蒙山县行政审批局副局长", "试用期一年")], []),
    "fy:钟振邦": ("钟振邦", "official", _MS, [], ["fy05"]),
    "fy:黄文辉": ("黄文辉", "official", _MS, [], ["fy05"]),
    "fy:唐志远": ("唐志远", "official", "梧州市", [
        ("fy06", _MS + "委", "书记", "县委书记唐志远", "October 2023 (identity case: 梧州市副市长 in 2024, fy07); named in the headline too"),
        ("fy07", "梧州市政府", "副市长", "副市长唐志远", "June 2024: a county 书记 becomes the city's 副市长")], []),
    "fy:梁启文": ("梁启文", "official", _MS, [
        ("fy06", _MS + "委", "常委", "县委常委、副县长梁启文", None),
        ("fy06", _MS + "政府", "副县长", "县委常委、副县长梁启文", None)], []),
    "fy:蒙建新": ("蒙建新", "official", "梧州市", [
        ("fy07", "梧州市政府", "副秘书长", "市政府副秘书长蒙建新", "市政府 in the 梧州日报 = 梧州市政府")], []),
    "fy:甘丽萍": ("甘丽萍", "official", "万秀区", [
        ("fy07", "万秀区委", "副书记", "万秀区委副书记、区长甘丽萍", "万秀区 is one district in China: no city prefix"),
        ("fy07", "万秀区政府", "区长", "万秀区委副书记、区长甘丽萍", None)], []),
    # ---- 荆门 (湖北)
    "fy:聂一航": ("聂一航", "official", "沙洋县", [
        ("fy08", "沙洋县委", "副书记", "县委副书记、县长聂一航主持召开", "September 2021 (identity case: 县委书记 in 2023, fy10); named in the headline too"),
        ("fy08", "沙洋县政府", "县长", "县委副书记、县长聂一航主持召开", None),
        ("fy10", "沙洋县委", "书记", "沙洋县委书记聂一航", "May 2023: the 县长 has become 县委书记")], []),
    "fy:陶立峰": ("陶立峰", "official", "沙洋县", [
        ("fy08", "沙洋县委", "常委", "县委常委、常务副县长陶立峰", None),
        ("fy08", "沙洋县政府", "常务副县长", "县委常委、常务副县长陶立峰", None)], []),
    "fy:龚海峰": ("龚海峰", "official", "沙洋县", [
        ("fy08", "沙洋县政府", "副县长", "副县长龚海峰、周晓瑜", "September 2021; list after one title"),
        ("fy09", "沙洋县政府", "副县长", _GONG, "现任 on the December 2022 公示; 拟任 沙洋县委常委 and 提名为…常务副县长人选 are not holdings"),
        ("fy10", "沙洋县委", "常委", "县委常委、常务副县长龚海峰", "May 2023: the 拟任 come true"),
        ("fy10", "沙洋县政府", "常务副县长", "县委常委、常务副县长龚海峰", None)], []),
    "fy:周晓瑜": ("周晓瑜", "official", "沙洋县", [
        ("fy08", "沙洋县政府", "副县长", "副县长龚海峰、周晓瑜", None)], []),
    "fy:许丽君": ("许丽君", "official", "荆门市", [
        ("fy09", "荆门市委组织部干部一科", "科长", _XU, "现任: a section of the 市委组织部 (荆门's here, 吕梁's on fy01); 拟任 沙洋县委常委、组织部部长 is not a holding"),
        ("fy10", "沙洋县委", "常委", "县委常委、组织部部长许丽君", "May 2023: the 拟任 come true"),
        ("fy10", "沙洋县委组织部", "部长", "县委常委、组织部部长许丽君", "县委组织部 = 沙洋's here")], []),
    "fy:程思远": ("程思远", "official", "荆门市", [
        ("fy09", "荆门市生态环境局沙洋分局", "局长", _CHENG, "现任: a city department's county branch; 拟任 副局长（试用期一年） is not a holding")], []),
    "fy:易春梅": ("易春梅", "official", "东宝区", [
        ("fy09", "东宝区子陵铺镇党委", "书记", _YI, "现任; 拟任 东宝区委常委 is not a holding")], []),
    "fy:范志诚": ("范志诚", "official", "沙洋县", [
        ("fy10", "沙洋县委", "副书记", "县委副书记、县长范志诚主持会议", "the new 县长 (聂一航's old post)"),
        ("fy10", "沙洋县政府", "县长", "县委副书记、县长范志诚主持会议", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("fy02", "刘慧敏", "供稿", "author", "（方山县人大常委会办公室\u3000刘慧敏）"),
    ("fy02", "张亚楠", "责任编辑", "editor", "责任编辑：张亚楠"),
    ("fy03", "李晓芸", "作者", "author", "作者：李晓芸"),
    ("fy03", "冯佳琪", "责任编辑", "editor", "责任编辑：冯佳琪"),
    ("fy06", "韦美玲", "供稿", "author", "（蒙山县融媒体中心\u3000韦美玲）"),
    ("fy06", "黄静怡", "责任编辑", "editor", "责任编辑：黄静怡"),
    ("fy07", "罗诗雯", "记者", "reporter", "本报讯（记者 罗诗雯 通讯员 陈泽楷）"),
    ("fy07", "陈泽楷", "通讯员", "correspondent", "本报讯（记者 罗诗雯 通讯员 陈泽楷）"),
    ("fy07", "谭晓芳", "责任编辑", "editor", "责任编辑：谭晓芳"),
    ("fy08", "周梦琪", "供稿", "author", "（县政府办公室\u3000周梦琪）"),
    ("fy08", "何雨轩", "责任编辑", "editor", "责任编辑：何雨轩"),
    ("fy10", "彭诗涵", "记者", "reporter", "本报讯（记者 彭诗涵 通讯员 肖文博）"),
    ("fy10", "肖文博", "通讯员", "correspondent", "本报讯（记者 彭诗涵 通讯员 肖文博）"),
    ("fy10", "邓嘉欣", "责任编辑", "editor", "责任编辑：邓嘉欣"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("fy02", "县十八届人大常委会第三次会议", "session (人大常委会会议)", "4月27日上午", "冯瑞林", None, [],
     ["高志红", "闫天宝", "温建华", "白玉梅", "刘彦斌", "薛建勇", "田晋丽"], ["刘彦斌", "冯瑞林", "薛建勇"], None,
     "4月27日上午，县十八届人大常委会举行第三次会议",
     ["县人大常委会主任冯瑞林主持会议", "副主任高志红、闫天宝", "办公室主任温建华出席会议", "组织部部长白玉梅",
      "副县长刘彦斌", "薛建勇、田晋丽进行了宪法宣誓", "审议了刘彦斌受县人民政府委托所作的", "冯瑞林在讲话中强调",
      "薛建勇在表态发言中表示"]),
    ("fy03", "碛口古镇保护利用和湫水河综合治理调研", "inspection (调研)", "8月23日", None, "贾国栋", [],
     ["乔晓东", "侯美琴", "康俊峰"], ["康俊峰", "乔晓东", "贾国栋", "侯美琴"], "碛口镇、城庄镇",
     "8月23日，临县县委书记贾国栋深入碛口镇、城庄镇，调研碛口古镇保护利用和湫水河综合治理工作",
     ["临县县委书记贾国栋深入碛口镇、城庄镇", "碛口镇党委书记康俊峰陪同调研", "康俊峰汇报了", "乔晓东介绍了",
      "贾国栋强调", "侯美琴就选派干部驻村帮扶"]),
    ("fy06", "文圩镇、陈塘镇乡村振兴和特色产业发展调研", "inspection (调研)", "10月11日", None, "唐志远", [],
     ["梁启文", "杜文涛"], ["覃振宁", "莫雪芬", "杜文涛", "唐志远", "梁启文"], "文圩镇、陈塘镇",
     "10月11日，县委书记唐志远深入文圩镇、陈塘镇，调研乡村振兴和特色产业发展工作",
     ["县委书记唐志远深入文圩镇、陈塘镇", "县投资促进局局长杜文涛陪同调研", "听取了镇党委书记覃振宁关于",
      "镇长莫雪芬介绍了", "杜文涛就加工厂项目招商进展", "唐志远强调", "梁启文表示"]),
    ("fy07", "万秀区城市更新和防汛工作调研", "inspection (调研)", "6月12日", None, "唐志远", [],
     ["蒙建新", "甘丽萍"], ["甘丽萍", "唐志远"], "万秀区",
     "6月12日，副市长唐志远到万秀区调研城市更新和防汛工作",
     ["副市长唐志远到万秀区调研", "区长甘丽萍参加调研", "市政府副秘书长蒙建新", "甘丽萍汇报了", "唐志远指出"]),
    ("fy08", "县政府第三十二次常务会议", "meeting (常务会议)", "9月14日下午", "聂一航", None, [],
     ["陶立峰", "龚海峰", "周晓瑜"], ["龚海峰", "周晓瑜", "聂一航"], None,
     "县长聂一航主持召开县政府第三十二次常务会议",
     ["县长聂一航主持召开", "常务副县长陶立峰", "副县长龚海峰、周晓瑜出席会议", "龚海峰就做好秋冬种",
      "周晓瑜通报了", "聂一航强调"]),
    ("fy10", "沙洋县重点项目建设和基层党建工作调研", "inspection (调研)", "5月16日至17日", None, "聂一航", [],
     ["龚海峰", "许丽君"], ["龚海峰", "许丽君"], "后港镇、官垱镇、沙洋经济开发区",
     "沙洋县委书记聂一航带领县委常委、常务副县长龚海峰，县委常委、组织部部长许丽君等，深入后港镇、官垱镇和沙洋经济开发区",
     ["沙洋县委书记聂一航带领", "常务副县长龚海峰", "组织部部长许丽君等", "龚海峰介绍了", "许丽君介绍了"]),
    ("fy10", "全县重点项目建设推进会", "meeting (推进会)", "5月16日至17日", "范志诚", None, [],
     [], ["范志诚", "聂一航"], None,
     "随后，全县重点项目建设推进会召开",
     ["县长范志诚主持会议，通报了", "聂一航强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("fy02", "北川河方山段综合治理工程", "engineering_work", "北川河方山段综合治理工程推进情况的报告"),
    ("fy03", "碛口古镇西湾村民居修缮项目", "project", "碛口古镇西湾村民居修缮项目"),
    ("fy03", "黄河碛口段防洪护岸工程", "engineering_work", "黄河碛口段防洪护岸工程"),
    ("fy03", "湫水河城庄段生态治理工程", "greening_project", "湫水河城庄段生态治理工程现场"),
    ("fy06", "文圩镇蚕桑产业核心示范区", "project", "察看了文圩镇蚕桑产业核心示范区"),
    ("fy06", "桑枝食用菌加工厂建设项目", "project", "桑枝食用菌加工厂建设项目"),
    ("fy06", "陈塘镇砂糖橘标准化种植基地", "project", "陈塘镇砂糖橘标准化种植基地建设"),
    ("fy07", "骑楼城片区城市更新项目", "project", "骑楼城片区城市更新项目"),
    ("fy07", "万秀区老旧小区改造项目", "housing_project", "万秀区老旧小区改造项目"),
    ("fy07", "西江万秀段防洪堤加固工程", "engineering_work", "西江万秀段防洪堤加固工程现场"),
    ("fy08", "汉江沙洋段堤防加固工程", "engineering_work", "汉江沙洋段堤防加固工程前期工作进展情况"),
    ("fy08", "后港镇农产品加工产业园二期", "industrial_park", "研究了后港镇农产品加工产业园二期建设用地报批"),
    ("fy10", "后港镇农产品加工产业园二期", "industrial_park", "在后港镇农产品加工产业园二期"),
    ("fy10", "汉江沙洋段堤防加固工程", "engineering_work", "在汉江沙洋段堤防加固工程施工现场"),
    ("fy10", "沙洋经济开发区新材料产业园一期", "industrial_park", "在沙洋经济开发区新材料产业园一期"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("fy01", "山西", "province", "standalone", "山西孝义人"),
    ("fy01", "孝义", "county_level_city", "standalone", "山西孝义人"),
    ("fy01", "汾阳", "county_level_city", "standalone", "山西汾阳人"),
    ("fy01", "临县", "county", "in_title", "拟任临县县委常委"),
    ("fy01", "文水", "county", "standalone", "山西文水人"),
    ("fy01", "吕梁市", "city", "in_org_reference", "现任吕梁市发展和改革委员会副主任"),
    ("fy01", "离石区", "district", "in_title", "现任离石区信义镇党委书记"),
    ("fy01", "信义镇", "town", "in_title", "现任离石区信义镇党委书记"),
    ("fy01", "中阳县", "county", "in_title", "拟任中阳县委常委、组织部部长"),
    ("fy01", "碛口镇", "town", "in_title", "2018年3月任临县碛口镇党委副书记、镇长"),
    ("fy01", "方山县", "county", "in_title", "拟任方山县人民政府副县长人选"),
    ("fy02", "北川河", "river", "in_project_name", "北川河方山段综合治理工程推进情况的报告"),
    ("fy02", "方山", "county", "standalone", "在推动方山高质量发展中担当作为"),
    ("fy02", "方山县", "county", "in_org_reference", "薛建勇为方山县人民政府副县长"),
    ("fy03", "临县", "county", "in_title", "临县县委书记贾国栋"),
    ("fy03", "碛口镇", "town", "standalone", "深入碛口镇、城庄镇"),
    ("fy03", "城庄镇", "town", "standalone", "深入碛口镇、城庄镇"),
    ("fy03", "碛口古镇", "heritage_site", "standalone", "调研碛口古镇保护利用"),
    ("fy03", "湫水河", "river", "standalone", "和湫水河综合治理工作"),
    ("fy03", "西湾村", "village", "in_project_name", "碛口古镇西湾村民居修缮项目"),
    ("fy03", "黄河", "river", "in_project_name", "黄河碛口段防洪护岸工程"),
    ("fy03", "碛口", "town", "in_project_name", "黄河碛口段防洪护岸工程"),
    ("fy03", "城庄", "town", "in_project_name", "湫水河城庄段生态治理工程现场"),
    ("fy04", "蒙山县", "county", "in_org_reference", "中共蒙山县委组织部干部任前公示（2023年第3号）"),
    ("fy04", "广西", "province", "standalone", "广西平南"),
    ("fy04", "平南", "county", "standalone", "广西平南"),
    ("fy04", "蒙山", "county", "standalone", "广西蒙山"),
    ("fy04", "藤县", "county", "standalone", "广西藤县"),
    ("fy04", "岑溪", "county_level_city", "standalone", "广西岑溪"),
    ("fy04", "文圩镇", "town", "in_title", _R1),
    ("fy04", "陈塘镇", "town", "in_title", "陈塘镇党委副书记，提名为陈塘镇镇长候选人"),
    ("fy04", "新圩镇", "town", "in_title", _R4),
    ("fy05", "蒙山县", "county", "in_org_reference", "杜文涛同志任蒙山县投资促进局局长"),
    ("fy06", "文圩镇", "town", "standalone", "深入文圩镇、陈塘镇"),
    ("fy06", "陈塘镇", "town", "standalone", "深入文圩镇、陈塘镇"),
    ("fy06", "蒙山", "county", "standalone", "要立足蒙山山区特点"),
    ("fy07", "万秀区", "district", "standalone", "到万秀区调研城市更新和防汛工作"),
    ("fy07", "骑楼城", "area", "standalone", "骑楼城是梧州的城市名片"),
    ("fy07", "梧州", "city", "standalone", "骑楼城是梧州的城市名片"),
    ("fy07", "西江", "river", "standalone", "当前西江已进入主汛期"),
    ("fy07", "万秀", "district", "in_project_name", "西江万秀段防洪堤加固工程现场"),
    ("fy08", "汉江", "river", "standalone", "研究汉江堤防加固"),
    ("fy08", "沙洋", "county", "in_project_name", "汉江沙洋段堤防加固工程前期工作进展情况"),
    ("fy08", "后港镇", "town", "in_project_name", "研究了后港镇农产品加工产业园二期建设用地报批"),
    ("fy08", "沙洋县", "county", "in_document_title", "《沙洋县2021年冬春农田水利建设实施方案》"),
    ("fy09", "湖北", "province", "standalone", "湖北钟祥人"),
    ("fy09", "钟祥", "county_level_city", "standalone", "湖北钟祥人"),
    ("fy09", "京山", "county_level_city", "standalone", "湖北京山人"),
    ("fy09", "沙洋", "county", "standalone", "湖北沙洋人"),
    ("fy09", "天门", "county_level_city", "standalone", "湖北天门人"),
    ("fy09", "沙洋县", "county", "in_title", "现任沙洋县人民政府副县长"),
    ("fy09", "荆门市", "city", "in_org_reference", "现任荆门市委组织部干部一科科长"),
    ("fy09", "东宝区", "district", "in_title", "现任东宝区子陵铺镇党委书记"),
    ("fy09", "子陵铺镇", "town", "in_title", "现任东宝区子陵铺镇党委书记"),
    ("fy10", "沙洋", "county", "standalone", "沙洋聚力项目建设"),
    ("fy10", "沙洋县", "county", "in_title", "沙洋县委书记聂一航"),
    ("fy10", "后港镇", "town", "standalone", "深入后港镇、官垱镇和沙洋经济开发区"),
    ("fy10", "官垱镇", "town", "standalone", "深入后港镇、官垱镇和沙洋经济开发区"),
    ("fy10", "沙洋经济开发区", "development_zone", "standalone", "深入后港镇、官垱镇和沙洋经济开发区"),
    ("fy10", "汉江", "river", "in_project_name", "在汉江沙洋段堤防加固工程施工现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="fy", conventions="set fy (blind set: 组织部 任前公示 and 人事任免 notices of cities and counties, then news pages where the officials hold their new posts, in 山西 吕梁 (市委组织部 prose 公示; 方山县 人大常委会 session and 任免名单; 临县 on the 吕梁新闻网 portal), 广西 梧州 (蒙山县委组织部 公示 table; 蒙山县政府 任免 通知 with 免去; a 蒙山 调研; the 梧州日报) and 湖北 荆门 (沙洋县 常务会议; 市委组织部 任职前公示公告; the 荆门日报 on 沙洋): 现任 and dated career clauses are holdings, 拟任 / 提名 / 免去 are not; X为… / X同志任… is a holding at the decision date (试用期 in the note); cells and bare organs take the page's place; 临县 keeps its full name (临县委); a section is an org as written after its department; link lists (相关新闻, 本版导航) are not annotated; one line per post per article)",
          persons_note="Set fy persons. id = corpus-wide person_id (fy:杜文涛#1 of 吕梁 (山西, 市财政局预算科科长) and fy:杜文涛#2 of 蒙山县 (广西, 县财政局副局长 → 投资促进局局长) are two people; fy:乔晓东 吕梁市发改委副主任 2022-03 → 临县委常委、常务副县长 2022-08; fy:薛建勇 临县碛口镇党委书记 → 方山县副县长 2022-04; fy:唐志远 蒙山县委书记 2023 → 梧州市副市长 2024; fy:聂一航 沙洋县长 2021 → 县委书记 2023; fy:龚海峰 沙洋副县长 2021/2022 → 县委常委、常务副县长 2023; fy:许丽君 荆门市委组织部干部一科科长 2022 → 沙洋县委常委、组织部部长 2023; fy:覃振宁, fy:莫雪芬, fy:杜文涛#2, fy:黎家豪 from the 蒙山 公示 to their new posts 2023)")


if __name__ == "__main__":
    main()
