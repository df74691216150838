"""Write gold part ``en`` (a blind set, held-out-like mix, fifth round: ten pages from ten provinces / autonomous regions,
one county, banner or county-level city each, in the hardest layouts) from the tables below.

Pages ``tests/dev/texts/en*.txt`` were written for this part with invented person, company and project names, modelled
on real pages of the genre read with the ``search`` tool (none copied): a 皮山 page of the 安徽援疆指挥部皮山工作组
(``皮山县委常委、组织部部长…``, ``安徽援疆指挥部成员、皮山工作组组长…``, ``（安徽援疆）``), the 星报 page on an 安徽 leader in
皮山 and an 安徽 援疆 overview (``安徽省对口援疆工作前方指挥部（简称“安徽援疆前指”）``, ``安徽省援疆干部、皮山县委组织部副部长``,
木奎拉乡, 阔什塔格镇); two investchn portal copies of 广德 pages (``发布时间:… 来源:广德市人民政府 发布开发区:安徽广德经济开发区``;
``广德市委书记…，市委副书记、市长…，市领导…分别陪同考察或参加座谈``) and a guangde.gov.cn page (``…一行来广考察…，市领导…
陪同``, ``关闭×``); the 太湖县 信息公开 page (``索引号: … 组配分类: … 信息分类: … 发布机构: … 生成日期: … 文号:``) and the index
tables of the 镇巴 and 牟定 sites; the qinyuan.gov.cn page (``时间:2026-01-01 09:22 大 中 小 来源: 县融媒体中心``) and the 沁县
paper (``下一版»本期共4版, 当前第1版 PDF``); the 乌审旗 site (``作者: 来源: 发布时间:``, ``阿尔山市党政考察团一行来我旗考察。…我旗
领导…陪同``); the 扎鲁特旗人大 page (``撰稿:… 编辑:… 责编:… 审核:…``); a 巴林左旗 page (``北京市顺义区委副书记、区长…在旗委副书记、
代旗长…陪同下``); the 甘谷 and 临朐 人大常委会 session reports (``会议应到常委会组成人员33名，实到26名``, ``列席会议``, ``决定任命…
为…``, ``颁发了任命书…宪法宣誓``); the 腾冲报社 site (``来源:腾冲报社 作者:… 人气: 发布时间:…``, ``摘要:``, ``保山市委常委、
腾冲市委书记…``) and a tengchong.gov.cn page (``市委常委、市人大常委会、市政府、市政协领导班子成员``); the 百色 人大 site's copy of
the 右江日报 (``作者: … 编辑: … 来源:右江日报``) and a 右江网 page on 平果 (``本报平果讯(记者/凌聪)``); a 敦化 page of the
春季项目开工 (``敦化市委书记…，市委副书记、市长…，市人大常委会主任、组织部部长…，市委常委、副市长…，六鼎山文化旅游区管委会
主任…``) and a 敦化 description (bordering 宁安, 海林); a 绥芬河 page (``牡丹江市委常委、绥芬河市委书记…陪同调研``); the 新华
report on 寻乌 (``寻乌县委常委、副县长…``) and a WeChat copy on 寻乌 脐橙 and the 龙岗 support (吉潭镇, ``640_wx_fmt`` image
lines); press pieces on the 蓝山 县委书记's comment replies (评论区, ``收到``) for the comment shape. Places are real:
安徽 宣城 广德市, 江西 赣州 寻乌县, 山西 长治 沁源县, 内蒙古 鄂尔多斯 达拉特旗, 广西 百色 平果市, 云南 保山 腾冲市, 甘肃 武威
民勤县, 黑龙江 牡丹江 海林市, 吉林 延边 敦化市, 新疆 和田 皮山县, with their towns, rivers and lakes.

Shapes: a county-level city's 信息公开 page with its index table (en01 广德: 市政府常务会议, 市长 主持, ``副市长A、B``, a
市政府党组成员, a 局长 汇报); a WeChat article with 来源 / 原标题 / 文字 / 摄影 / 编辑 / 审核 lines, the IP place, 阅读 / 在看 and
one reader 留言 (en02 寻乌发布: the 县委书记's 调研 with a 挂职 副县长 from 龙岗); a TV transcript (en03 沁源新闻: 【导语】 /
【正文】 / 【同期声】 with titled labels, the former 县长 now 县委书记, the new 县长's 调度会); a 旗 government site (en04 达拉特旗:
the 沁源 党政考察团 led by its 县长, a 座谈会, a 苏木党委书记); a two-column PDF page of a prefecture paper extracted with hard line
breaks (en05 右江日报 第 003 版: a 平果 推进会 in the left column, a 百色 副市长's 调研 of 平果 in the right, the photo caption
of the first at the top of the second column, the page's 责任编辑 / 美编 / 校对 at the end); an app page with reader comments
dated after the article (en06 腾冲融媒: ``保山市委常委、腾冲市委书记``'s 调研); a county site of a 人大常委会 session with 任免 (en07
民勤: 决定任命 / 决定免去, 宪法宣誓, 列席); a city paper's digital edition with its 标题导航 (en08 牡丹江日报 第02版: a 牡丹江
副市长's 调研 of 海林, the former 海林 市长 now 书记); a county-level city's site (en09 敦化: the 海林 党政考察团 led by its 市长,
座谈会, a 六鼎山文化旅游区管委会 主任); a provincial portal's repost of a county page with 免责声明 and 相关新闻 (en10 中安在线: a
和田 地委委员、行署副专员's 调研 in 皮山 with the 安徽 援疆 指挥长 and an 安徽援疆 副县长).

Identity cases:
- en:汪启航, an 安徽 援疆 cadre back home: 皮山县委常委、副县长（安徽援疆干部） in Sept 2022 (en10); 广德市副市长 in March 2024
  (en01).
- en:武振宇, a 县长 who becomes 县委书记: 山西省沁源县委副书记、县长, leading the delegation to 达拉特旗 in May 2023 (en04);
  沁源县委书记 in June 2024 (en03), with a new 县长 (en:郝晋东).
- en:庞宏达, a 市长 who becomes 市委书记: 黑龙江省海林市委副书记、市长, leading the delegation to 敦化 in July 2022 (en09);
  海林市委书记 in April 2024 (en08), with a new 市长 (en:顾晓锋).
- two different 许振梁 in unrelated places: en:许振梁#1 is 寻乌县委常委、副县长 (江西 赣州, en02, Aug 2023); en:许振梁#2 is
  appointed 民勤县水务局局长 (甘肃 武威, en07, April 2023).
- one organ name for several places: bare ``市委`` is 广德市委 on the 广德 site (en01), 腾冲市委 on the 腾冲 app (en06, beside
  ``保山市委常委``), 敦化市委 on the 敦化 site (en09), but 百色市委 in the 右江日报 (en05 article 2, ``市委常委、副市长…到平果市``)
  and 牡丹江市委 in the 牡丹江日报 (en08, ``市委常委、副市长…到海林市``); in the same 右江日报 page the bare chain after
  ``平果市委书记`` is 平果's (en05 article 1); bare ``市工业和信息化局局长`` is 百色's in en05 article 2 beside ``平果市工业和信息化局
  局长`` in article 1; bare ``县委副书记、县长`` is 沁源's (en03), 皮山's (en10); bare ``地委`` / ``行署`` on an 安徽 portal (en10) are
  和田's.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, ct, ds, eb, ef where they speak; decided here where they are silent):
- Bare organs take the page's place or its parent of the right level: on a county / banner / county-level city site, app
  or account, 县委 / 旗委 / 市委 / 县长 / 旗长 / 市长 / 副县长 / 县X局 / 市X局 = that place; in a city paper (右江日报, 牡丹江日报),
  市委 / 副市长 / 市X局 = the paper's city (百色市, 牡丹江市); a bare chain right after a county-level city named in the chain
  (``平果市委书记农志鸿…，市委副书记、市长…，市委常委、常务副市长…``; ``海林市委书记庞宏达，市长顾晓锋``) is that city's (as bs,
  ds). A visitor written with his place keeps it (``山西省沁源县委副书记、县长`` → 沁源县委 + 沁源县政府; ``黑龙江省海林市委常委、
  副市长`` → 海林市委 + 海林市政府). DECIDED HERE (en06): ``保山市委常委、腾冲市委书记尹志衡`` → 保山市委 常委 + 腾冲市委 书记
  (each title with the organ it names).
- 地区 as bs: on the 中安在线 repost of a 皮山 page, bare ``地委委员、行署副专员`` → 和田地区委 委员 + 和田地区行政公署 副专员
  (the article's county's parent, not anything in 安徽).
- 旗 as ds: ``旗委副书记、旗长`` → 达拉特旗委 副书记 + 达拉特旗政府 旗长; ``旗委常委、副旗长`` → 达拉特旗委 常委 + 达拉特旗政府
  副旗长; ``苏木党委书记`` (after ``在展旦召苏木``) → 达拉特旗展旦召苏木党委 书记. Towns take their county: 沁源县郭道镇党委,
  寻乌县澄江镇党委, 腾冲市和顺镇党委, 海林市柴河镇党委.
- 援疆 as bs, ds: ``安徽省对口援疆工作前方指挥部指挥长`` is a post of that 指挥部; the label ``（安徽援疆干部）`` is no post, the
  person's local posts are (``县委常委、副县长（安徽援疆干部）汪启航`` → 皮山县委 常委 + 皮山县政府 副县长). 挂职 as ef: ``县委常委、
  副县长（挂职）黄子健`` → 寻乌县委 常委 + 寻乌县政府 副县长.
- ``市政府党组成员`` → 广德市政府党组 成员 (as earlier parts); ``副市长柯雪芬、汪启航`` gives each the title.
- DECIDED HERE (en09): the 六鼎山文化旅游区's 管委会 (a county-level city's scenic zone, nothing to fold) is labelled with the
  city name and the zone's written name, as ef labels 临高金牌港开发区: ``六鼎山文化旅游区管委会主任孔维东`` → 敦化六鼎山文化旅游区
  管委会 主任; the place row keeps the written name (kind ``scenic_area``).
- 人大 任免 as eb: ``决定任命许振梁为民勤县水务局局长`` is a holding at the session date; ``决定免去周海鹰的…职务`` gives none (周海鹰
  is named without a post); the session is a ``session (人大常委会会议)`` with the chair, the 出席 副主任, the 列席 副县长 and the
  two who take the oath as attendees; the oath stays inside the session.
- TV transcript (en03) as ct: a 同期声 label naming a title gives the post the narration leaves out (任建斌, 段文涛), and gives no
  second line when it repeats the narration (武振宇); every named 同期声 speaker is a speaker of the 调研; the TV report is no
  event; the programme label ``【沁源新闻】`` in the headline is no place (as ct's ``【宁晋新闻】``).
- One line per post per article: 韦承斌 holds 平果市委 副书记 and 平果市政府 市长 in both articles of en05 (four lines).
- Events: 调研 / a delegation's 考察 are ``inspection`` (leader; 陪同 / 参加 / 随团 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 /
  表示 / 作了安排 / 作了部署 / 提出了意见 / 通报 speakers); the 座谈会 after a 考察 is its own meeting of the same day (as ds, ef);
  ``陪同考察并出席座谈会`` / ``陪同考察或参加座谈`` make the hosts attendees of both; ``两地召开座谈会`` has both places as organizers
  (as ef); the 政府常务会议, the 推进会 and the 调度会 are meetings (chair 主持; 出席 attendees).
- Bylines: ``本报讯（记者 … 通讯员 …）``, ``本报讯（记者 …）``, ``记者：… …``, ``（记者 … 通讯员 …）`` and ``（记者 … … 报道）`` are reporter /
  correspondent lines; a bare media-centre credit (``（达拉特旗融媒体中心　包晓慧）``, ``（民勤县人大常委会办公室　张国锋）``) and a
  WeChat ``文字：`` are author lines; ``摄影：`` is a photographer line; 编辑 / 责任编辑 / 审核 / 校对 are editor lines, and
  DECIDED HERE ``美编：`` (the page designer of the PDF page, as ef's 版式) too. A stamp line's ``作者：`` naming the byline's
  reporter (en10) and the photo credit ``本报记者 陆海宁 摄`` (en05) give no second row.
- DECIDED HERE (two-column PDF page, en05): the header ``右江日报/2023 年/10 月/26 日/第 003 版`` is the edition stamp; the two
  columns are extracted one after the other, so article 2 starts at its headline; the photo caption printed at the top of the
  second column (``图为平果铝精深加工产业园一角。``) belongs to article 1 and stays in its span; hard line breaks stay inside
  evidence strings as in the raw text. Names and titles are never split by one, but an organ's place is (``平\\n果市委副书记、
  市长韦承斌``, annotated 平果市委) and so are two project names, annotated joined (平果铝精深加工产业园（二期）, 果化镇铝型材产业园);
  the page-end ``责任编辑 / 美编 / 校对`` line is printed after article 2 and is credited there (as ef04).
- DECIDED HERE (reader comments, en06 评论 and en02 留言): comments, their nicknames (高黎贡的风, 腾越老王, 热海小橘子, 果农老刘),
  their times (2024-05-21 19:02 …, later than the article) and IP places, and the account's 作者回复 are reader content, not
  the article: no person, credit, event, place or date is taken from them (none names a place the article does not).
- DECIDED HERE (index table, en01): ``生成日期：2024-03-15`` is the page stamp; ``信息名称：`` repeats the headline and opens the
  article's span (the ``内容概述：`` summary is inside it, evidence is taken from the body); 索引号 / 发布机构 / 主题词 are chrome.
- WeChat (as dz, ef): the ``原标题：`` line is a credit line; the account name, ``收录于合集`` and the IP place (``江西``) are chrome.
  A digital edition's 标题导航 (en08) repeats the headline; its other items (绥芬河口岸 …) are chrome, as are related-article
  lists, 上一篇 / 下一篇, the portal's 免责声明 and footers.
- Projects: works inspected, reported or to be pushed, named as written with their place prefix: 产业园 (phase)
  ``industrial_park``; 冷链物流中心 ``logistics_hub``; 老旧小区改造 ``housing_project``; 防洪 / 河道综合治理 / 水库除险加固
  ``engineering_work``; 污水处理厂, 供热管网, 港口 works ``infrastructure_project``; 矿山综合治理, 湿地生态修复 ``greening_project``;
  示范基地, 光伏治沙基地, 大棚基地, 游客服务中心, 康养小镇, 再生铝 / 光伏发电项目, 菌包加工厂 ``project``. A 育秧工厂 standing in use
  (en08) is no project (as ct); a 计划 of 21 小区 is none.
- Places: one row per name per file, as written (``平果`` and ``平果市``, ``沁源`` and ``沁源县``, ``海林`` and ``海林市``, ``深圳`` and
  ``深圳市``); places inside titles, organ references and project names count; site lines, mastheads, 来源 lines, navigation,
  related-article lists, comments and footers are not annotated; places inside company names and brand names (``寻乌脐橙``,
  ``绿色沁源``, ``中国猴头菇之乡``) are not. DECIDED HERE kinds: ``banner`` for a 旗, ``township`` for a 苏木 and a 乡, ``desert``
  for 库布其沙漠, ``scenic_area`` for 六鼎山文化旅游区 and ``ancient_town`` for 和顺古镇, ``wetland`` for 北海湿地, ``area`` for a 片区
  and for 柯树塘 (a mining area), ``port`` for 右江平果港.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

GD, XW, QY, DL, PG, BS = "广德市", "寻乌县", "沁源县", "达拉特旗", "平果市", "百色市"
TC, MQ, HL, MDJ, DH, PS, HT = "腾冲市", "民勤县", "海林市", "牡丹江市", "敦化市", "皮山县", "和田地区"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "en01_guangde.txt": (2024, "生成日期：2024-03-15", GD, [
        ("市政府召开第三十六次常务会议", "3月14日下午", "2024-03-14", "3月14日下午，市委副书记",
         "信息公开 page with its index table: 市政府常务会议 (市长 主持; two 副市长 in one list, a 市政府党组成员; a 局长 汇报); the former 皮山 援疆 副县长 now 副市长")]),
    "en02_xunwu.txt": (2023, "2023年08月17日 19:05", XW, [
        ("曾宪峰调研稀土矿山生态修复和脐橙产业：守好绿水青山 做强富民产业", "8月16日", "2023-08-16", "8月16日，县委书记",
         "WeChat article (来源 / 原标题 / 文字 / 摄影 / 编辑 / 审核, IP place, one 留言): the 县委书记's 调研 with a 副县长 (许振梁#1) and a 挂职 副县长")]),
    "en03_qinyuan.txt": (2024, "时间：2024-06-13 20:05", QY, [
        ("【沁源新闻】武振宇调研防汛备汛和煤矿安全生产工作", "6月12日", "2024-06-12", "6月12日，县委书记",
         "TV transcript (导语 / 正文 / 同期声): the former 县长, now 县委书记, in two towns; titled 同期声 labels; the new 县长's 调度会")]),
    "en04_dalate.txt": (2023, "发布时间：2023-05-19 11:40", DL, [
        ("山西省沁源县党政考察团来我旗考察学习", "5月17日至18日", "2023-05-17", "5月17日至18日，山西省",
         "旗 site: the 沁源 党政考察团 led by its 县长; 旗长 and 副旗长 陪同; a 苏木党委书记; 座谈会")]),
    "en05_pingguo.txt": (2023, "右江日报/2023 年/10 月/26 日/第 003 版", PG, [
        ("平果召开铝产业“二次创业”推进会", "10月24日", "2023-10-24", "　　本报讯（记者 陆海宁",
         "two-column PDF page, left column: the 平果 推进会 (市委书记 讲话, 市长 主持, 常务副市长 通报, 工信局局长 汇报); photo caption"),
        ("陆宏涛到平果市调研工业项目和港口建设", "10月25日", "2023-10-25", "　　本报讯（记者 覃雪琳）",
         "right column: a 百色 市委常委、副市长's 调研 of 平果 (bare 市委 / 市工信局 = 百色's); page-end 责任编辑 / 美编 / 校对")]),
    "en06_tengchong.txt": (2024, "2024-05-21 18:36", TC, [
        ("尹志衡调研文旅项目建设：提升服务品质 擦亮“极边第一城”名片", "5月20日", "2024-05-20", "5月20日，保山市委常委",
         "app page with reader comments dated after it: 保山市委常委、腾冲市委书记's 调研 of three towns' 文旅 projects")]),
    "en07_minqin.txt": (2023, "发布时间：2023-04-27 17:10", MQ, [
        ("县十九届人大常委会召开第九次会议", "4月26日", "2023-04-26", "4月26日，县十九届",
         "county site: 人大常委会 session (主任 主持, 副主任 出席, 副县长 列席 and 作报告); 决定任命 (许振梁#2) / 决定免去; 宪法宣誓")]),
    "en08_hailin.txt": (2024, "2024年04月25日　星期四　　第02版：县市新闻", MDJ, [
        ("邵立晨到海林市调研春耕生产和林下经济发展", "4月24日", "2024-04-24", "本报讯（记者 刘佳蔚",
         "city paper digital edition with 标题导航: a 牡丹江 副市长's 调研 in 海林; the former 海林 市长 now 市委书记; bare 市长 after him")]),
    "en09_dunhua.txt": (2022, "发布时间：2022-07-15 16:48", DH, [
        ("黑龙江省海林市党政考察团来敦考察", "7月14日", "2022-07-14", "7月14日，黑龙江省",
         "county-level city site: the 海林 党政考察团 led by its 市长; 敦化 书记 / 市长 / 副市长 and a 六鼎山文化旅游区管委会主任; 座谈会")]),
    "en10_pishan.txt": (2022, "2022-09-23 10:26:14", PS, [
        ("艾尼瓦尔·托合提到皮山县调研援疆项目建设和冬季供暖准备工作", "9月21日", "2022-09-21", "9月21日，地委委员",
         "provincial portal's repost of a county page: a 和田 地委委员、行署副专员's 调研 with the 县长, the 安徽 援疆 指挥长 and an 安徽援疆 副县长")]),
}

_EN01_NIE = "市委副书记、市长聂文昭主持召开"
_EN01_VICE = "副市长柯雪芬、汪启航"
_EN04_WU = "山西省沁源县委副书记、县长武振宇率沁源县党政考察团"
_EN05_WEI1 = "市委副书记、市长\n韦承斌主持会议"
_EN05_WEI2 = "平\n果市委副书记、市长韦承斌陪同调"
_EN09_PANG = "黑龙江省海林市委副书记、市长庞宏达"
_EN10_WANG = "县委常委、副县长（安徽援疆干部）汪启航"
_EN10_WU = "县委副书记，安徽省对口援疆工作前方指挥部指挥长吴泽远"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 广德 (安徽) and 皮山 (新疆)
    "en:聂文昭": ("聂文昭", "official", GD, [
        ("en01", f"{GD}委", "副书记", _EN01_NIE, "bare 市委 on the 广德 site = 广德市委 (organ case: 百色市委 en05, 腾冲市委 en06, 牡丹江市委 en08, 敦化市委 en09)"),
        ("en01", f"{GD}政府", "市长", _EN01_NIE, None)], []),
    "en:柯雪芬": ("柯雪芬", "official", GD, [
        ("en01", f"{GD}政府", "副市长", _EN01_VICE, "list after one title")], []),
    "en:汪启航": ("汪启航", "official", GD, [
        ("en10", f"{PS}委", "常委", _EN10_WANG, "2022-09: an 安徽 援疆 cadre in 皮山 (identity case: 广德市副市长 in 2024, en01); ``（安徽援疆干部）`` is no post"),
        ("en10", f"{PS}政府", "副县长", _EN10_WANG, None),
        ("en01", f"{GD}政府", "副市长", _EN01_VICE, "2024-03: back in 广德 as 副市长 (identity case)")], []),
    "en:储永康": ("储永康", "official", GD, [
        ("en01", f"{GD}政府党组", "成员", "市政府党组成员储永康", "as earlier parts")], []),
    "en:戴明远": ("戴明远", "official", GD, [
        ("en01", f"{GD}住房城乡建设局", "局长", "市住房城乡建设局局长戴明远", "as written")], []),
    "en:艾尼瓦尔·托合提": ("艾尼瓦尔·托合提", "official", HT, [
        ("en10", f"{HT}委", "委员", "地委委员、行署副专员艾尼瓦尔·托合提到皮山县", "bare 地委 on an 安徽 portal's repost of a 皮山 page = 和田地区委 (as bs); named in the headline too"),
        ("en10", f"{HT}行政公署", "副专员", "地委委员、行署副专员艾尼瓦尔·托合提到皮山县", None)], []),
    "en:吐尔洪·买买提明": ("吐尔洪·买买提明", "official", PS, [
        ("en10", f"{PS}委", "副书记", "县委副书记、县长吐尔洪·买买提明", None),
        ("en10", f"{PS}政府", "县长", "县委副书记、县长吐尔洪·买买提明", None)], []),
    "en:吴泽远": ("吴泽远", "official", PS, [
        ("en10", f"{PS}委", "副书记", _EN10_WU, None),
        ("en10", "安徽省对口援疆工作前方指挥部", "指挥长", _EN10_WU, "援疆 指挥部 titles are posts of the 指挥部 (as bs, ds)")], []),
    "en:阿布都外力·阿吉": ("阿布都外力·阿吉", "official", PS, [
        ("en10", f"{PS}发展和改革委员会", "主任", "县发展和改革委员会主任阿布都外力·阿吉", "as written")], []),
    # ---- 寻乌 (江西)
    "en:曾宪峰": ("曾宪峰", "official", XW, [
        ("en02", f"{XW}委", "书记", "县委书记曾宪峰到文峰乡", "named in the headline and the 原标题 too")], []),
    "en:许振梁#1": ("许振梁", "official", XW, [
        ("en02", f"{XW}委", "常委", "县委常委、副县长许振梁", "寻乌 (江西), 2023-08; not the 许振梁 of 民勤 (en07)"),
        ("en02", f"{XW}政府", "副县长", "县委常委、副县长许振梁", None)], []),
    "en:黄子健": ("黄子健", "official", XW, [
        ("en02", f"{XW}委", "常委", "县委常委、副县长（挂职）黄子健", "挂职 (as ef): title without （挂职）"),
        ("en02", f"{XW}政府", "副县长", "县委常委、副县长（挂职）黄子健", None)], []),
    "en:邓春燕": ("邓春燕", "official", XW, [
        ("en02", f"{XW}自然资源局", "局长", "县自然资源局局长邓春燕", None)], []),
    "en:钟美华": ("钟美华", "official", XW, [
        ("en02", f"{XW}澄江镇党委", "书记", "镇党委书记钟美华", "after ``在澄江镇``")], []),
    # ---- 沁源 (山西) and 达拉特旗 (内蒙古)
    "en:武振宇": ("武振宇", "official", QY, [
        ("en04", f"{QY}委", "副书记", _EN04_WU, "2023-05: leads the 沁源 delegation to 达拉特旗 (identity case: 县委书记 in 2024, en03)"),
        ("en04", f"{QY}政府", "县长", _EN04_WU, None),
        ("en03", f"{QY}委", "书记", "县委书记武振宇深入郭道镇", "2024-06: now 县委书记; his 同期声 label ``县委书记　武振宇`` repeats the post: no second line")], []),
    "en:程雅丽": ("程雅丽", "official", QY, [
        ("en03", f"{QY}委", "常委", "县委常委、副县长程雅丽陪同调研", None),
        ("en03", f"{QY}政府", "副县长", "县委常委、副县长程雅丽陪同调研", None)], []),
    "en:任建斌": ("任建斌", "official", QY, [
        ("en03", f"{QY}应急管理局", "局长", "【同期声】县应急管理局局长　任建斌", "the 同期声 label gives the post (as ct)")], []),
    "en:段文涛": ("段文涛", "official", QY, [
        ("en03", f"{QY}郭道镇党委", "书记", "【同期声】郭道镇党委书记　段文涛", "the 同期声 label gives the post (as ct)")], []),
    "en:郝晋东": ("郝晋东", "official", QY, [
        ("en03", f"{QY}委", "副书记", "县委副书记、县长郝晋东主持召开", "2024-06: the 县长 after 武振宇"),
        ("en03", f"{QY}政府", "县长", "县委副书记、县长郝晋东主持召开", None)], []),
    "en:霍立成": ("霍立成", "official", QY, [
        ("en04", f"{QY}委", "常委", "沁源县委常委、副县长霍立成随团考察", None),
        ("en04", f"{QY}政府", "副县长", "沁源县委常委、副县长霍立成随团考察", None)], []),
    "en:乌日根巴雅尔": ("乌日根巴雅尔", "official", DL, [
        ("en04", f"{DL}委", "副书记", "旗委副书记、旗长乌日根巴雅尔", "bare 旗委 on the 达拉特旗 site (as ds)"),
        ("en04", f"{DL}政府", "旗长", "旗委副书记、旗长乌日根巴雅尔", None)], []),
    "en:张瑞峰": ("张瑞峰", "official", DL, [
        ("en04", f"{DL}委", "常委", "旗委常委、副旗长张瑞峰陪同考察", None),
        ("en04", f"{DL}政府", "副旗长", "旗委常委、副旗长张瑞峰陪同考察", None)], []),
    "en:娜仁高娃": ("娜仁高娃", "official", DL, [
        ("en04", f"{DL}展旦召苏木党委", "书记", "苏木党委书记娜仁高娃", "after ``在展旦召苏木`` (苏木 as ds)")], []),
    # ---- 平果 and 百色 (广西)
    "en:农志鸿": ("农志鸿", "official", PG, [
        ("en05", f"{PG}委", "书记", "平果市委书记农志鸿", None)], []),
    "en:韦承斌": ("韦承斌", "official", PG, [
        ("en05", f"{PG}委", "副书记", _EN05_WEI1, "article 1: bare chain right after 平果市委书记 = 平果's"),
        ("en05", f"{PG}政府", "市长", _EN05_WEI1, None),
        ("en05", f"{PG}委", "副书记", _EN05_WEI2, "article 2: the PDF line break splits 平果 (annotated 平果市委)"),
        ("en05", f"{PG}政府", "市长", _EN05_WEI2, None)], []),
    "en:覃丽芸": ("覃丽芸", "official", PG, [
        ("en05", f"{PG}委", "常委", "市委常委、常务副市长\n覃丽芸通报了", "in the 平果 list of article 1 = 平果's"),
        ("en05", f"{PG}政府", "常务副市长", "市委常委、常务副市长\n覃丽芸通报了", None)], []),
    "en:蒙海川": ("蒙海川", "official", PG, [
        ("en05", f"{PG}工业和信息化局", "局长", "平果市工业和信息化局局长蒙海川", None)], []),
    "en:陆宏涛": ("陆宏涛", "official", BS, [
        ("en05", f"{BS}委", "常委", "市委常委、副市长陆宏涛到平果市", "bare 市委 in the 右江日报 = 百色市委 (he goes 到平果市); named in the headline too"),
        ("en05", f"{BS}政府", "副市长", "市委常委、副市长陆宏涛到平果市", None)], []),
    "en:黎国邦": ("黎国邦", "official", BS, [
        ("en05", f"{BS}工业和信息化局", "局长", "市工业和信息化局局长黎国邦", "bare 市X局 in the 右江日报 = 百色's (beside 平果市工业和信息化局 in article 1)")], []),
    # ---- 腾冲 (云南)
    "en:尹志衡": ("尹志衡", "official", TC, [
        ("en06", "保山市委", "常委", "保山市委常委、腾冲市委书记尹志衡", "DECIDED HERE: each title with the organ it names"),
        ("en06", f"{TC}委", "书记", "保山市委常委、腾冲市委书记尹志衡", None)], []),
    "en:李晓岚": ("李晓岚", "official", TC, [
        ("en06", f"{TC}委", "常委", "市委常委、副市长李晓岚", "bare 市委 on the 腾冲 app = 腾冲市委"),
        ("en06", f"{TC}政府", "副市长", "市委常委、副市长李晓岚", None)], []),
    "en:杜雪莲": ("杜雪莲", "official", TC, [
        ("en06", f"{TC}文化和旅游局", "局长", "市文化和旅游局局长杜雪莲", None)], []),
    "en:尹家宝": ("尹家宝", "official", TC, [
        ("en06", f"{TC}和顺镇党委", "书记", "镇党委书记尹家宝", "after ``在和顺镇``")], []),
    # ---- 民勤 (甘肃)
    "en:苏永年": ("苏永年", "official", MQ, [
        ("en07", f"{MQ}人大常委会", "主任", "县人大常委会主任苏永年主持会议", None)], []),
    "en:孙建邦": ("孙建邦", "official", MQ, [
        ("en07", f"{MQ}人大常委会", "副主任", "县人大常委会副主任孙建邦、雷红霞、何国祯", "list after one title")], []),
    "en:雷红霞": ("雷红霞", "official", MQ, [
        ("en07", f"{MQ}人大常委会", "副主任", "县人大常委会副主任孙建邦、雷红霞、何国祯", None)], []),
    "en:何国祯": ("何国祯", "official", MQ, [
        ("en07", f"{MQ}人大常委会", "副主任", "县人大常委会副主任孙建邦、雷红霞、何国祯", None)], []),
    "en:刘德全": ("刘德全", "official", MQ, [
        ("en07", f"{MQ}委", "常委", "县委常委、副县长刘德全", "列席"),
        ("en07", f"{MQ}政府", "副县长", "县委常委、副县长刘德全", None)], []),
    "en:韩立波": ("韩立波", "official", MQ, [
        ("en07", f"{MQ}政府", "副县长", "副县长韩立波作了报告", None)], []),
    "en:许振梁#2": ("许振梁", "official", MQ, [
        ("en07", f"{MQ}水务局", "局长", "决定任命许振梁为民勤县水务局局长", "民勤 (甘肃), 2023-04: 决定任命 (as eb); not the 许振梁 of 寻乌 (en02)")], []),
    "en:闫海洋": ("闫海洋", "official", MQ, [
        ("en07", f"{MQ}自然资源局", "局长", "任命闫海洋为民勤县自然资源局局长", "决定任命 (as eb)")], []),
    "en:周海鹰": ("周海鹰", "official", MQ, [], ["en07"]),
    # ---- 海林 (黑龙江), 牡丹江 and 敦化 (吉林)
    "en:庞宏达": ("庞宏达", "official", HL, [
        ("en09", f"{HL}委", "副书记", _EN09_PANG, "2022-07: leads the 海林 delegation to 敦化 (identity case: 海林市委书记 in 2024, en08)"),
        ("en09", f"{HL}政府", "市长", _EN09_PANG, None),
        ("en08", f"{HL}委", "书记", "海林市委书记庞宏达", "2024-04: now 市委书记")], []),
    "en:顾晓锋": ("顾晓锋", "official", HL, [
        ("en08", f"{HL}政府", "市长", "市长顾晓锋陪同调研", "bare 市长 right after 海林市委书记 = 海林's (the 市长 after 庞宏达)")], []),
    "en:邵立晨": ("邵立晨", "official", MDJ, [
        ("en08", f"{MDJ}委", "常委", "市委常委、副市长邵立晨到海林市", "bare 市委 in the 牡丹江日报 = 牡丹江市委; named in the headline too"),
        ("en08", f"{MDJ}政府", "副市长", "市委常委、副市长邵立晨到海林市", None)], []),
    "en:潘国庆": ("潘国庆", "official", HL, [
        ("en08", f"{HL}柴河镇党委", "书记", "镇党委书记潘国庆", "after ``在柴河镇``")], []),
    "en:田雨晨": ("田雨晨", "official", HL, [
        ("en09", f"{HL}委", "常委", "海林市委常委、副市长田雨晨随团考察", None),
        ("en09", f"{HL}政府", "副市长", "海林市委常委、副市长田雨晨随团考察", None)], []),
    "en:梁振川": ("梁振川", "official", DH, [
        ("en09", f"{DH}委", "书记", "市委书记梁振川", "bare 市委 on the 敦化 site = 敦化市委")], []),
    "en:金哲浩": ("金哲浩", "official", DH, [
        ("en09", f"{DH}委", "副书记", "市委副书记、市长金哲浩", None),
        ("en09", f"{DH}政府", "市长", "市委副书记、市长金哲浩", None)], []),
    "en:崔英玉": ("崔英玉", "official", DH, [
        ("en09", f"{DH}委", "常委", "市委常委、副市长崔英玉", None),
        ("en09", f"{DH}政府", "副市长", "市委常委、副市长崔英玉", None)], []),
    "en:孔维东": ("孔维东", "official", DH, [
        ("en09", "敦化六鼎山文化旅游区管委会", "主任", "六鼎山文化旅游区管委会主任孔维东", "DECIDED HERE: city name + the zone's written name (as ef's 临高金牌港开发区)")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("en01", "葛晓婷", "责任编辑", "editor", "责任编辑：葛晓婷"),
    ("en02", "刘雨萱", "文字", "author", "文字：刘雨萱"),
    ("en02", "古俊杰", "摄影", "photographer", "摄影：古俊杰"),
    ("en02", "谢婉宁", "编辑", "editor", "编辑：谢婉宁"),
    ("en02", "钟立昕", "审核", "editor", "审核：钟立昕"),
    ("en03", "梁晓雯", "记者", "reporter", "（记者　梁晓雯　王宇航　报道）"),
    ("en03", "王宇航", "记者", "reporter", "（记者　梁晓雯　王宇航　报道）"),
    ("en03", "杨启帆", "编辑", "editor", "编辑：杨启帆"),
    ("en03", "高宇轩", "审核", "editor", "审核：高宇轩"),
    ("en04", "包晓慧", "供稿", "author", "（达拉特旗融媒体中心　包晓慧）"),
    ("en04", "乌兰其其格", "责任编辑", "editor", "责任编辑：乌兰其其格"),
    ("en05", "陆海宁", "记者", "reporter", "本报讯（记者 陆海宁 通讯员\n潘志远）"),
    ("en05", "潘志远", "通讯员", "correspondent", "本报讯（记者 陆海宁 通讯员\n潘志远）"),
    ("en05", "覃雪琳", "记者", "reporter", "本报讯（记者 覃雪琳）"),
    ("en05", "黄秋菊", "责任编辑", "editor", "责任编辑：黄秋菊"),
    ("en05", "莫振华", "美编", "editor", "美编：莫振华"),
    ("en05", "赵宇婷", "校对", "editor", "校对：赵宇婷"),
    ("en06", "段佳琪", "记者", "reporter", "记者：段佳琪　何思远"),
    ("en06", "何思远", "记者", "reporter", "记者：段佳琪　何思远"),
    ("en06", "杨晓帆", "编辑", "editor", "编辑：杨晓帆"),
    ("en06", "徐丽娜", "审核", "editor", "审核：徐丽娜"),
    ("en07", "张国锋", "供稿", "author", "（民勤县人大常委会办公室　张国锋）"),
    ("en07", "魏丽君", "责任编辑", "editor", "责任编辑：魏丽君"),
    ("en08", "刘佳蔚", "记者", "reporter", "本报讯（记者 刘佳蔚 通讯员 曹文斌）"),
    ("en08", "曹文斌", "通讯员", "correspondent", "本报讯（记者 刘佳蔚 通讯员 曹文斌）"),
    ("en08", "方振华", "责任编辑", "editor", "责任编辑：方振华"),
    ("en09", "朴成浩", "供稿", "author", "（敦化市融媒体中心　朴成浩）"),
    ("en09", "白晓冬", "责任编辑", "editor", "责任编辑：白晓冬"),
    ("en10", "阿依努尔·麦麦提", "记者", "reporter", "（记者 阿依努尔·麦麦提 通讯员 汤志伟）"),
    ("en10", "汤志伟", "通讯员", "correspondent", "（记者 阿依努尔·麦麦提 通讯员 汤志伟）"),
    ("en10", "蒋思媛", "责任编辑", "editor", "责任编辑：蒋思媛"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("en01", "市政府第三十六次常务会议", "meeting (政府常务会议)", "3月14日下午", "聂文昭", None, ["广德市政府"],
     ["柯雪芬", "汪启航", "储永康"], ["戴明远", "汪启航", "聂文昭", "柯雪芬", "储永康"], None,
     "市委副书记、市长聂文昭主持召开市政府第三十六次常务会议",
     ["市长聂文昭主持召开", "副市长柯雪芬、汪启航，市政府党组成员储永康出席会议", "市住房城乡建设局局长戴明远关于",
      "汪启航就项目用地报批", "聂文昭指出", "柯雪芬就开展春季安全生产大检查", "储永康就规范政府投资项目审批流程提出了意见"]),
    ("en02", "废弃稀土矿山生态修复和脐橙产业发展调研", "inspection (调研)", "8月16日", None, "曾宪峰", [],
     ["许振梁", "黄子健"], ["邓春燕", "钟美华", "黄子健", "曾宪峰", "许振梁"], "文峰乡、澄江镇",
     "8月16日，县委书记曾宪峰到文峰乡、澄江镇调研废弃稀土矿山生态修复和脐橙产业发展工作",
     ["县委书记曾宪峰到文峰乡、澄江镇调研", "县委常委、副县长许振梁", "副县长（挂职）黄子健参加调研", "邓春燕介绍了",
      "曾宪峰要求", "钟美华汇报了", "黄子健介绍了", "曾宪峰指出", "许振梁表示"]),
    ("en03", "防汛备汛和煤矿安全生产调研", "inspection (调研)", "6月12日", None, "武振宇", [],
     ["程雅丽"], ["任建斌", "段文涛", "武振宇"], "郭道镇、灵空山镇",
     "6月12日，县委书记武振宇深入郭道镇、灵空山镇，调研防汛备汛和煤矿安全生产工作",
     ["县委书记武振宇深入郭道镇、灵空山镇", "副县长程雅丽陪同调研", "【同期声】县应急管理局局长　任建斌",
      "【同期声】郭道镇党委书记　段文涛", "【同期声】县委书记　武振宇"]),
    ("en03", "全县防汛工作调度会", "meeting (调度会)", "当晚", "郝晋东", None, [],
     [], [], None,
     "县委副书记、县长郝晋东主持召开全县防汛工作调度会",
     ["县长郝晋东主持召开全县防汛工作调度会"]),
    ("en04", "沁源县党政考察团考察学习", "inspection (考察)", "5月17日至18日", None, "武振宇", [],
     ["霍立成", "乌日根巴雅尔", "张瑞峰"], ["娜仁高娃"], "达拉特旗（达拉特经济开发区、展旦召苏木、树林召镇）",
     "山西省沁源县委副书记、县长武振宇率沁源县党政考察团来我旗考察学习煤炭清洁高效利用和沙漠生态治理工作",
     ["县长武振宇率沁源县党政考察团来我旗考察学习", "沁源县委常委、副县长霍立成随团考察", "旗长乌日根巴雅尔",
      "副旗长张瑞峰陪同考察并出席座谈会", "苏木党委书记娜仁高娃介绍了"]),
    ("en04", "达拉特旗·沁源县座谈会", "meeting (座谈会)", "18日上午", "张瑞峰", None, ["达拉特旗", "沁源县"],
     ["乌日根巴雅尔"], ["乌日根巴雅尔", "武振宇"], None,
     "18日上午，两地召开座谈会",
     ["座谈会由张瑞峰主持", "陪同考察并出席座谈会", "乌日根巴雅尔代表旗委、旗政府", "武振宇表示"]),
    ("en05", "铝产业“二次创业”推进会", "meeting (推进会)", "10月24日", "韦承斌", None, ["平果市"],
     ["农志鸿"], ["覃丽芸", "蒙海川", "农志鸿", "韦承斌"], None,
     "10月24日，平果市召开铝\n产业“二次创业”推进会",
     ["平果市委书记农志鸿\n出席会议并讲话", "市委副书记、市长\n韦承斌主持会议", "覃丽芸通报了", "平果市工业和信息化局局长蒙海川\n汇报了",
      "农志鸿强调", "韦承斌要求"]),
    ("en05", "平果市工业项目和右江航运建设调研", "inspection (调研)", "10月25日", None, "陆宏涛", [],
     ["黎国邦", "韦承斌"], ["韦承斌", "陆宏涛"], "平果市（右江平果港、果化镇、马头镇）",
     "市委常委、副市长陆宏涛到平果市\n调研工业项目和右江航运建设工作",
     ["副市长陆宏涛到平果市", "市工业和信息化局局长黎国邦", "市长韦承斌陪同调", "韦承斌汇报了", "陆宏涛强调"]),
    ("en06", "文旅项目建设和旅游市场秩序调研", "inspection (调研)", "5月20日", None, "尹志衡", [],
     ["李晓岚", "杜雪莲"], ["尹家宝", "尹志衡", "李晓岚"], "和顺镇、北海乡、清水乡",
     "保山市委常委、腾冲市委书记尹志衡深入和顺镇、北海乡、清水乡，调研文旅项目建设和旅游市场秩序工作",
     ["腾冲市委书记尹志衡深入和顺镇", "副市长李晓岚", "局长杜雪莲陪同调研", "镇党委书记尹家宝介绍了", "尹志衡要求",
      "尹志衡强调", "李晓岚要求"]),
    ("en07", "县十九届人大常委会第九次会议", "session (人大常委会会议)", "4月26日", "苏永年", None, ["民勤县人大常委会"],
     ["孙建邦", "雷红霞", "何国祯", "刘德全", "许振梁", "闫海洋"], ["韩立波", "苏永年"], None,
     "4月26日，县十九届人大常委会召开第九次会议",
     ["县人大常委会主任苏永年主持会议", "县人大常委会副主任孙建邦、雷红霞、何国祯出席会议", "县委常委、副县长刘德全",
      "许振梁、闫海洋进行了宪法宣誓", "副县长韩立波作了报告", "苏永年强调"]),
    ("en08", "海林市春耕生产和林下经济发展调研", "inspection (调研)", "4月24日", None, "邵立晨", [],
     ["庞宏达", "顾晓锋"], ["潘国庆", "庞宏达", "邵立晨"], "海林市（长汀镇、柴河镇、横道河子镇）",
     "市委常委、副市长邵立晨到海林市调研春耕生产和林下经济发展工作",
     ["副市长邵立晨到海林市调研", "海林市委书记庞宏达", "市长顾晓锋陪同调研", "镇党委书记潘国庆介绍了", "庞宏达汇报了",
      "邵立晨强调", "庞宏达表示"]),
    ("en09", "海林市党政考察团考察", "inspection (考察)", "7月14日", None, "庞宏达", [],
     ["田雨晨", "梁振川", "金哲浩", "崔英玉", "孔维东"], ["孔维东"], "敦化市（六鼎山文化旅游区、雁鸣湖镇）",
     "黑龙江省海林市委副书记、市长庞宏达率海林市党政考察团来我市考察文旅融合和特色产业发展",
     ["市长庞宏达率海林市党政考察团来我市考察", "海林市委常委、副市长田雨晨随团考察", "市委书记梁振川", "市长金哲浩",
      "副市长崔英玉", "管委会主任孔维东陪同考察或参加座谈", "孔维东介绍了"]),
    ("en09", "海林·敦化座谈会", "meeting (座谈会)", "7月14日", "金哲浩", None, [],
     ["梁振川", "崔英玉", "孔维东"], ["梁振川", "庞宏达", "崔英玉"], None,
     "在随后召开的座谈会上，金哲浩主持会议",
     ["金哲浩主持会议", "陪同考察或参加座谈", "梁振川代表市委、市政府", "庞宏达表示", "崔英玉就两地旅游合作具体事项作了介绍"]),
    ("en10", "援疆项目建设和冬季供暖准备调研", "inspection (调研)", "9月21日", None, "艾尼瓦尔·托合提", [],
     ["吐尔洪·买买提明", "吴泽远", "汪启航"], ["吴泽远", "汪启航", "阿布都外力·阿吉", "艾尼瓦尔·托合提", "吐尔洪·买买提明"],
     "皮山县（固玛镇、木奎拉乡）",
     "9月21日，地委委员、行署副专员艾尼瓦尔·托合提到皮山县调研援疆项目建设和冬季供暖准备工作",
     ["行署副专员艾尼瓦尔·托合提到皮山县调研", "县长吐尔洪·买买提明", "指挥长吴泽远", "副县长（安徽援疆干部）汪启航陪同调研",
      "吴泽远介绍了", "汪启航汇报了", "阿布都外力·阿吉介绍了", "艾尼瓦尔·托合提指出", "吐尔洪·买买提明表示"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("en01", "城北片区老旧小区改造工程", "housing_project", "其中城北片区老旧小区改造工程计划5月开工"),
    ("en01", "无量溪河（城区段）防洪治理工程", "engineering_work", "无量溪河（城区段）防洪治理工程前期工作进展"),
    ("en01", "邱村镇污水处理厂扩建工程", "infrastructure_project", "邱村镇污水处理厂扩建工程建设方案"),
    ("en02", "柯树塘废弃稀土矿山综合治理二期工程", "greening_project", "柯树塘废弃稀土矿山综合治理二期工程现场"),
    ("en02", "澄江镇脐橙标准化种植示范基地", "project", "澄江镇脐橙标准化种植示范基地"),
    ("en02", "寻乌县脐橙冷链物流中心", "logistics_hub", "寻乌县脐橙冷链物流中心建设进展"),
    ("en03", "沁河郭道段防洪提升工程", "engineering_work", "沁河郭道段防洪提升工程施工现场"),
    ("en04", "库布其沙漠光伏治沙基地", "project", "展旦召苏木库布其沙漠光伏治沙基地"),
    ("en04", "树林召镇黄河湿地生态修复工程", "greening_project", "树林召镇黄河湿地生态修复工程现场"),
    ("en05", "平果铝精深加工产业园（二期）", "industrial_park", "汇报了平果铝精深加工产业园（二\n期）"),
    ("en05", "新安镇再生铝循环利用项目", "project", "新安镇再生铝循环利用项目"),
    ("en05", "右江平果港二期扩建工程", "infrastructure_project", "推进右江平果港二期扩建工程"),
    ("en05", "果化镇铝型材产业园", "industrial_park", "果化镇铝型材产\n业园"),
    ("en05", "马头镇光伏发电项目", "project", "马头镇光伏发电项目现场"),
    ("en06", "和顺古镇游客服务中心改造提升项目", "project", "和顺古镇游客服务中心改造提升项目现场"),
    ("en06", "北海湿地生态保护修复工程", "greening_project", "北海湿地生态保护修复工程"),
    ("en06", "热海片区康养小镇项目", "project", "他深入热海片区康养小镇项目"),
    ("en07", "石羊河民勤段河道综合治理工程", "engineering_work", "关于石羊河民勤段河道综合治理工程建设情况的报告"),
    ("en07", "红崖山水库除险加固工程", "engineering_work", "红崖山水库除险加固工程已完成主体施工"),
    ("en08", "柴河镇猴头菇菌包加工厂建设项目", "project", "柴河镇猴头菇菌包加工厂建设项目"),
    ("en08", "横道河子镇黑木耳产业园二期", "industrial_park", "横道河子镇黑木耳产业园二期"),
    ("en09", "雁鸣湖镇湿地生态修复工程", "greening_project", "雁鸣湖镇湿地生态修复工程"),
    ("en09", "敦化市大豆精深加工产业园", "industrial_park", "敦化市大豆精深加工产业园"),
    ("en10", "皮山县皖疆纺织产业园标准化厂房二期", "industrial_park", "皮山县皖疆纺织产业园标准化厂房二期"),
    ("en10", "固玛镇集中供热管网改造工程", "infrastructure_project", "固玛镇集中供热管网改造工程"),
    ("en10", "木奎拉乡设施农业大棚基地", "project", "木奎拉乡设施农业大棚基地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("en01", "无量溪河", "river", "standalone", "研究城镇老旧小区改造、无量溪河防洪治理和春季安全生产等工作。"),
    ("en01", "桃州镇", "town", "standalone", "涉及桃州镇城区及新杭镇、邱村镇居民3260户"),
    ("en01", "新杭镇", "town", "standalone", "涉及桃州镇城区及新杭镇、邱村镇居民3260户"),
    ("en01", "邱村镇", "town", "standalone", "涉及桃州镇城区及新杭镇、邱村镇居民3260户"),
    ("en01", "城北片区", "area", "in_project_name", "其中城北片区老旧小区改造工程计划5月开工"),
    ("en02", "文峰乡", "township", "standalone", "县委书记曾宪峰到文峰乡、澄江镇调研"),
    ("en02", "澄江镇", "town", "standalone", "县委书记曾宪峰到文峰乡、澄江镇调研"),
    ("en02", "柯树塘", "area", "in_project_name", "柯树塘废弃稀土矿山综合治理二期工程现场"),
    ("en02", "寻乌县", "county", "in_project_name", "寻乌县脐橙冷链物流中心建设进展"),
    ("en02", "寻乌", "county", "standalone", "脐橙是寻乌群众增收致富的“当家产业”"),
    ("en02", "深圳市", "city", "in_org_reference", "深圳市龙岗区对口支援资金投向"),
    ("en02", "龙岗区", "district", "in_org_reference", "深圳市龙岗区对口支援资金投向"),
    ("en02", "深圳", "city", "standalone", "“寻乌脐橙”进入深圳商超"),
    ("en03", "郭道镇", "town", "standalone", "县委书记武振宇深入郭道镇、灵空山镇"),
    ("en03", "灵空山镇", "town", "standalone", "县委书记武振宇深入郭道镇、灵空山镇"),
    ("en03", "沁河", "river", "in_project_name", "沁河郭道段防洪提升工程施工现场"),
    ("en04", "山西省", "province", "in_title", _EN04_WU),
    ("en04", "沁源县", "county", "standalone", "沁源县将认真吸收此次考察成果"),
    ("en04", "沁源", "county", "standalone", "值得沁源学习借鉴"),
    ("en04", "达拉特旗", "banner", "standalone", "达拉特旗与沁源县都是能源大县（旗）"),
    ("en04", "达拉特经济开发区", "development_zone", "standalone", "考察团一行先后深入达拉特经济开发区"),
    ("en04", "展旦召苏木", "township", "standalone", "在展旦召苏木，苏木党委书记娜仁高娃"),
    ("en04", "库布其沙漠", "desert", "in_project_name", "展旦召苏木库布其沙漠光伏治沙基地"),
    ("en04", "树林召镇", "town", "in_project_name", "树林召镇黄河湿地生态修复工程现场"),
    ("en04", "黄河", "river", "in_project_name", "树林召镇黄河湿地生态修复工程现场"),
    ("en05", "平果市", "county_level_city", "standalone", "10月24日，平果市召开铝"),
    ("en05", "平果", "county_level_city", "standalone", "铝产业是平果的"),
    ("en05", "新安镇", "town", "in_project_name", "新安镇再生铝循环利用项目"),
    ("en05", "右江", "river", "standalone", "右江是我市连通"),
    ("en05", "右江平果港", "port", "in_project_name", "推进右江平果港二期扩建工程"),
    ("en05", "果化镇", "town", "in_project_name", "果化镇铝型材产\n业园"),
    ("en05", "马头镇", "town", "in_project_name", "马头镇光伏发电项目现场"),
    ("en05", "粤港澳大湾区", "region", "standalone", "粤港澳大湾区的“黄金水道”"),
    ("en06", "保山市", "city", "in_org_reference", "保山市委常委、腾冲市委书记尹志衡"),
    ("en06", "腾冲市", "county_level_city", "in_org_reference", "保山市委常委、腾冲市委书记尹志衡"),
    ("en06", "腾冲", "county_level_city", "standalone", "文旅产业是腾冲的支柱产业"),
    ("en06", "和顺镇", "town", "standalone", "深入和顺镇、北海乡、清水乡"),
    ("en06", "北海乡", "township", "standalone", "深入和顺镇、北海乡、清水乡"),
    ("en06", "清水乡", "township", "standalone", "深入和顺镇、北海乡、清水乡"),
    ("en06", "和顺古镇", "ancient_town", "in_project_name", "和顺古镇游客服务中心改造提升项目现场"),
    ("en06", "北海湿地", "wetland", "in_project_name", "北海湿地生态保护修复工程"),
    ("en06", "热海片区", "area", "in_project_name", "他深入热海片区康养小镇项目"),
    ("en07", "民勤县", "county", "in_org_reference", "决定任命许振梁为民勤县水务局局长"),
    ("en07", "石羊河", "river", "in_project_name", "关于石羊河民勤段河道综合治理工程建设情况的报告"),
    ("en07", "民勤", "county", "in_project_name", "关于石羊河民勤段河道综合治理工程建设情况的报告"),
    ("en07", "青土湖", "lake", "standalone", "青土湖区域地下水位持续回升"),
    ("en07", "红崖山水库", "reservoir", "in_project_name", "红崖山水库除险加固工程已完成主体施工"),
    ("en07", "河西走廊", "region", "standalone", "守好河西走廊生态屏障"),
    ("en08", "海林市", "county_level_city", "standalone", "副市长邵立晨到海林市调研"),
    ("en08", "长汀镇", "town", "standalone", "先后来到长汀镇水稻智能育秧工厂"),
    ("en08", "柴河镇", "town", "standalone", "在柴河镇，镇党委书记潘国庆"),
    ("en08", "横道河子镇", "town", "in_project_name", "横道河子镇黑木耳产业园二期"),
    ("en09", "黑龙江省", "province", "in_title", _EN09_PANG),
    ("en09", "海林市", "county_level_city", "in_title", _EN09_PANG),
    ("en09", "海林", "county_level_city", "standalone", "敦化与海林山水相连"),
    ("en09", "敦化", "county_level_city", "standalone", "敦化与海林山水相连"),
    ("en09", "敦化市", "county_level_city", "in_project_name", "敦化市大豆精深加工产业园"),
    ("en09", "六鼎山文化旅游区", "scenic_area", "standalone", "考察团一行先后来到六鼎山文化旅游区"),
    ("en09", "雁鸣湖镇", "town", "in_project_name", "雁鸣湖镇湿地生态修复工程"),
    ("en09", "长白山", "mountain", "standalone", "携手打造长白山北麓精品旅游带"),
    ("en09", "镜泊湖", "lake", "standalone", "共同推动镜泊湖—六鼎山旅游线路互联互通"),
    ("en09", "六鼎山", "mountain", "standalone", "共同推动镜泊湖—六鼎山旅游线路互联互通"),
    ("en10", "皮山县", "county", "standalone", "艾尼瓦尔·托合提到皮山县调研援疆项目建设"),
    ("en10", "固玛镇", "town", "standalone", "在固玛镇，县发展和改革委员会主任"),
    ("en10", "木奎拉乡", "township", "in_project_name", "木奎拉乡设施农业大棚基地"),
    ("en10", "安徽省", "province", "in_org_reference", _EN10_WU),
    ("en10", "安徽", "province", "standalone", "要用好安徽援疆资源"),
    ("en10", "和田地区", "prefecture", "standalone", "推动援疆项目与和田地区产业布局紧密衔接"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="en", conventions="set en (blind set, held-out-like mix, fifth round: ten pages from 安徽 广德市, 江西 寻乌县, 山西 沁源县, 内蒙古 达拉特旗, 广西 平果市 (the 右江日报 of 百色), 云南 腾冲市, 甘肃 民勤县, 黑龙江 海林市 (the 牡丹江日报), 吉林 敦化市, 新疆 皮山县 (和田地区, on an 安徽 portal), in the hardest layouts: a 信息公开 page with its index table, a WeChat article with 原标题 / 来源 and a 留言, a TV transcript with 同期声 labels, a 旗 site, a two-column PDF page with hard line breaks, an app page with reader comments, a 人大常委会 session with 任免, a digital edition with 标题导航, a county-level city site, a portal repost with 免责声明; bare 市委 is the page's county-level city on its own site and the paper's city in a city paper; reader comments give nothing; one line per post per article)",
          persons_note="Set en persons. id = corpus-wide person_id (en:许振梁#1 of 寻乌县 (江西) and en:许振梁#2 of 民勤县 (甘肃) are two people; en:汪启航 皮山县委常委、副县长（安徽援疆干部） 2022 → 广德市副市长 2024; en:武振宇 沁源县委副书记、县长 2023 → 沁源县委书记 2024; en:庞宏达 海林市委副书记、市长 2022 → 海林市委书记 2024)")


if __name__ == "__main__":
    main()
