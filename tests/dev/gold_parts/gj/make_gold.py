"""Write gold part ``gj`` (a blind set: rough web text as users collect it — pages saved with reader mode or select-all,
navigation glued to the text without line breaks, repeated headers, dates in many formats, breadcrumbs, 打印 / 关闭 and share
widgets inline — holding real 调研, 会议 and 项目 news of counties and districts) from the tables below.

Pages ``tests/dev/texts/gj*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool (none copied): the 开鲁县 site's 乡镇动态 page as select-all saves it
(``当前位置: 首页>新闻中心>乡镇动态``, then ``发布时间:`` / ``2025-05-22 10:03`` / ``信息来源:`` / ``分享到:`` each on its own line
and the whole block twice, ``（县政府办供稿）`` at the end); the 崇明 新村乡 page (``首页 / 新村乡/ 新村风采``, ``信息来源:新村乡
发布时间:2024-09-25 15:26 浏览264次``, the 微信 ``扫一下`` share text inline; ``乡党委副书记、乡长…作了工作汇报``); the 阜城 文明网
page (``来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:`` in one line; ``县委书记…主持召开县委常委（扩大）会``);
the 嘉定 site (``来源:上海嘉定 日期:2023年2月8日 13:15:34 文字 【 】【增加行距】【缩小行距】…浏览:``, ``分享到: 打印`` after the
body); the 益阳 统计局 page (``发布时间:2022-09-27 15:46 作者: 来源:市统计局 浏览次数: 字体:【大】 【中】 【小】``, ``扫一扫在手机
打开当前页``); the 清徐 paper (``A1:清徐*要闻总第3311期 >2018-09-26编印``, ``刊发日期:…阅读次数:…作者:``; ``县委常委、副县长…出席
汇报会``); the 红网 page of the 东安县 政府常务会议 (``县委副书记、县长…主持召开``, ``县委常委、常务副县长…，县委常委、副县长…，
副县长…、…出席会议``; ``来源/作者/编辑`` lines at the end); two 舞阳 pages (``来源: 中国舞阳网 信息时间:2022-08-22 阅读次数:``;
``县委副书记、县长…主持召开…周交办会议``, ``县领导…出席会议``, ``（图文:… 审核:…）``); the 卫东区 site with its 索引号 table over the
body; a 双沟镇 page whose select-all copied the body twice (``编辑:… 责任编辑:…`` after each copy); the 天长 人大 page with
``上一篇:…[ 08-22 ] 下一篇:…[ 08-22 ]`` glued in one line; the 秦皇岛 海港区 page (``2010/1/6 16:43:13 次浏览 分类:政府动态 来源:``);
the 蔚县 page (``县长…到西合营镇调研…县政府办公室及西合营镇相关负责人参加``); the 孝昌 page of a 政协 调研 (``请输入验证码``
left in the text); a 南方网 大事记 line (``东区党工委书记…，东区党工委副书记、办事处主任…陪同调研``). Gazetteer pages gave the
places: 四川 眉山 丹棱县 (丹棱镇, 杨场镇, 仁美镇, 双桥镇, 张场镇; 丹棱河; 桔橙), 山西 晋中 太谷区 (胡村镇, 范村镇, 水秀镇 since 2021,
侯城乡, 阳邑乡; 乌马河; 壶瓶枣; 山西农谷; 山西农业大学), 山东 济宁 泗水县 (泉林镇 with 泗河's source under 陪尾山 and the 泉林
泉群, 金庄镇, 星村镇, 泗张镇, 济河街道).

Shapes (with the date format of each): a county site saved by select-all, site name and navigation glued into one line, the
stamp line glued (``发布时间：2021/04/09 16:32来源：…浏览次数：1032【字体：大中小】【打印】【关闭】``), ``【打印本页】【关闭窗口】``
glued to the last paragraph, 上一篇 and 下一篇 in one line (gj01); the 眉山日报 第02版 (``2022年11月03日 星期四``, edition chrome in
one line) with two articles, the 市长's 调研 in 丹棱县 and the 常务副市长's 推进会 (gj02); a county site saved by reader mode,
title and stamp twice (``发布日期：`` / ``2023.6.12`` on their own lines, then in one line), a 县委常委会会议 and the 察看 after it
(gj03); a district site with the save date in its top bar (``今天是：2024年3月2日 星期六``) above the page's own
``时间：2020-09-12 09:47:21`` (gj04); a district site whose only date is a ``发布时间：2022-08-19 11:05`` glued after
``责任编辑：…【打印】【关闭】`` at the foot; the event date in the body has no year (gj05); a city portal (晋中新闻网) with
``2023-03-15 08:45 来源：晋中日报 作者：记者 … 通讯员 … 编辑：…`` and a 相关新闻 list with other dates (gj06); a county site with
an unpadded ``发布日期：2021-5-8`` and ``分享到：微信微博QQ空间`` glued (gj07); a city portal (济宁新闻网) with a dotted
``2022.6.16`` and a ``本报讯`` dateline (gj08); a county site, navigation glued, a bracketed stamp ``【发布时间：2023-04-07】【来源：…】``,
a 现场观摩 and its 点评会 (gj09).

Identity cases:
- gj:罗景川 丹棱县委副书记、县长 (gj01, Apr 2021; gj02, Nov 2022) → 丹棱县委书记 (gj03, June 2023; the new 县长 is gj:付瀚文).
- gj:阎志恒 太谷区委书记 (gj04, Sept 2020) → 晋中市副市长 (gj06, Mar 2023).
- gj:乔若松 太谷区委副书记、区长 (gj05, Aug 2022) → 太谷区委书记 (gj06, Mar 2023; the new 区长 is gj:段海宁).
- gj:任慧芳 太谷区范村镇党委书记 (gj04, 2020) → 太谷区副区长 (gj05, 2022).
- gj:桑宏远 泗水县泉林镇党委书记 (gj07, May 2021) → 泗水县委常委、副县长 (gj09, Apr 2023; the new 泉林镇党委书记 is gj:褚凯文).
- gj:程文斌#1 太谷区胡村镇党委书记 (gj04, 2020) → 太谷区农业农村局局长 (gj06, 2023).
- the same officials on two or three pages without a change: gj:颜承志 (泗水县委副书记、县长, 2021, 2022, 2023), gj:尹学军
  (泗水县委书记, 2022, 2023), gj:梁正浩 (太谷区委常委、常务副区长, 2020, 2022), gj:黎昌平 (丹棱县委常委、常务副县长, 2022, 2023).
- two different 程文斌 in unrelated places: gj:程文斌#1 of 太谷区 (山西; gj04, gj06) and gj:程文斌#2, 泗水县水务局局长 (山东;
  gj07, gj09).
- one organ name of several places: bare ``市农业农村局局长`` is 晋中市's (gj06) and 济宁市's (gj08); bare ``副市长`` is 眉山市's
  (gj02), 晋中市's (gj06) and 济宁市's (gj08); bare ``县委副书记、县长`` is 丹棱县's (gj01–gj03) and 泗水县's (gj07–gj09); bare
  ``区委`` / ``区农业农村局`` are 太谷区's; ``县农业农村局`` (丹棱) beside ``区农业农村局`` (太谷).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, gg where they speak; decided here where they are silent):
- Labels: 丹棱县, 太谷区 (one 太谷区 in China: no city prefix), 泗水县; 眉山市, 晋中市, 济宁市. Bare organs take the page's
  place: 县委 / 县政府 / 县X局 on the 丹棱 and 泗水 sites; 区委 / 区政府 / 区X局 on the 太谷 site and, after ``太谷区委书记``, in the
  晋中 portal; 市委 / 市政府 / 市X局 in the 眉山日报 (眉山市), the 晋中新闻网 (晋中市) and the 济宁新闻网 (济宁市). Towns take
  their county's label (丹棱县杨场镇党委, 太谷区胡村镇党委, 泗水县泉林镇党委; ``在金庄镇，镇党委书记…`` → 泗水县金庄镇党委).
- Departments as written after the place (CONVENTIONS): ``县发展改革局局长`` → 丹棱县发展改革局 局长; ``区住建局局长`` → 太谷区住建局
  局长 (the short form kept); ``县水务局局长`` → 泗水县水务局 局长.
- One line per post per article; a list after one title gives every name that title (``副区长任慧芳、贾明睿``).
- DECIDED HERE (dates in the chrome): the page's date is its own stamp (发布时间 / 发布日期 / 时间 / the edition date), wherever
  it stands — at the foot after 责任编辑 (gj05), twice in a reader-mode copy (gj03), in brackets (gj09), as ``2021/04/09``,
  ``2023.6.12``, ``2021-5-8`` or ``2022.6.16``. A top-bar ``今天是：2024年3月2日 星期六`` (gj04) is the day the page was saved,
  not its date; the dates in 相关新闻 / 上一篇 lists (gj06) are other articles'. An event date without a year (``8月18日``) takes
  the year of the stamp.
- DECIDED HERE (chrome text): the glued site name / navigation line, breadcrumbs, 分享到 / 扫一扫 / 打印 / 关闭 widgets, 相关文章
  and 相关新闻 lists, 上一篇 / 下一篇 and footers give nothing, also where they are glued to a body line; a headline repeated by a
  reader-mode copy is one article.
- Events: every 调研 / 察看 is an ``inspection`` (leader; 陪同 / 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 / 表示 / 提出要求 /
  作了安排 / 通报 speakers). A 县委常委会会议 and a 区政府常务会议 are meetings (chair; 出席 attendees); ``出席会议并讲话`` is
  attendee and speaker (as tests/gold). The 察看 right after the 常委会 (``会后，罗景川带队到仁美镇``) is an inspection of its own of
  the same day. DECIDED HERE: ``县委书记尹学军带队观摩`` makes him the leader of the ``site observation`` (tests/gold names 带队
  as the leader's word); the 点评会 after it is a meeting of its own (CONVENTIONS), chaired by the 县长 who ``主持点评会``.
  ``县委常委出席会议`` and ``各镇街…主要负责同志`` are groups, not named attendees.
- Bylines: ``本报讯（记者 …）`` and ``（记者 … 通讯员 …）`` reporter / correspondent lines; ``作者：…`` on a district site (gj04)
  an author line (on the 济宁新闻网 page it repeats the 记者 of the dateline: one reporter line); 责任编辑 / 编辑 / 审核 editor
  lines. A paper page's 责任编辑 at the foot of its last article belongs to that article.
- Projects: named works visited, reported or pushed, as written (a short form ``冷链物流中心二期`` where the page writes no
  other): 产业园 / 加工园区 (and their 二期, 标准化厂房) ``industrial_park``; a 冷链物流中心 ``logistics_hub``; 老旧小区改造
  ``housing_project``; river 生态修复 / 综合整治 / 源头保护修复 ``greening_project``; 供热管网 and 城乡供水 works
  ``infrastructure_project``; 示范基地, 加工项目, 景区提升, 示范片区 ``project``. DECIDED HERE: a standing facility visited
  (``阳邑乡农资储备库``, gj06) is no project; a 方案 is a document.
- Places: one line per name per file, as written, wherever it stands in the article (standalone, in a project name, in a
  document title); the county short names 丹棱, 太谷, 泗水 in the body are lines of their own (as gg); ``丹棱河城区段`` gives
  丹棱河 only, ``乌马河太谷段`` gives 乌马河 and 太谷 (as gg). DECIDED HERE: 山西农谷 (the name of 晋中's 国家农业高新技术产业
  示范区) inside ``山西农谷种业创新园`` is a place, kind ``development_zone``; 泉林泉群 is a ``scenic_area``, 陪尾山 a
  ``mountain``. Not annotated: site lines, mastheads, breadcrumbs, 来源 lines, footers and their addresses, related-article
  lists and 上一篇 / 下一篇 links (张场镇, 侯城乡, 范村镇, 金乡县 there), the brand ``丹棱桔橙``, and schools (山西农业大学).
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

DL, MS, TG, JZ, SS, JN = "丹棱县", "眉山市", "太谷区", "晋中市", "泗水县", "济宁市"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "gj01_danleng.txt": (2021, "发布时间：2021/04/09 16:32", DL, [
        ("罗景川到杨场镇、仁美镇调研柑橘产业和重点项目建设", "4月8日", "2021-04-08", "4月8日，县委副书记",
         "county site saved by select-all (glued navigation and stamp line, 2021/04/09): the 县长's 调研 of 柑橘 projects")]),
    "gj02_meishan.txt": (2022, "2022年11月03日 星期四", MS, [
        ("钟鸣岳在丹棱县调研时强调", "11月2日", "2022-11-02", "本报讯（记者 宋雨薇）11月2日",
         "city paper 第02版: the 市长's 调研 in 丹棱县 with the 县委书记 and 县长"),
        ("全市重点项目建设推进会召开", "11月2日下午", "2022-11-02", "本报讯（记者 肖然）11月2日下午",
         "city paper: the 常务副市长's 推进会; 丹棱's 常务副县长 speaks")]),
    "gj03_danleng.txt": (2023, "发布日期：2023.6.12", DL, [
        ("罗景川主持召开县委常委会会议", "6月9日", "2023-06-09", "6月9日，县委书记",
         "county site saved by reader mode (title and stamp twice, 2023.6.12): 县委常委会会议 and the 察看 after it; 罗景川 now 县委书记")]),
    "gj04_taigu.txt": (2020, "时间：2020-09-12 09:47:21", TG, [
        ("阎志恒深入胡村镇范村镇调研乡村振兴和项目建设工作", "9月11日", "2020-09-11", "9月11日，区委书记",
         "district site with the save date in its top bar (今天是：2024年3月2日): the 区委书记's 调研 of two towns")]),
    "gj05_taigu.txt": (2022, "发布时间：2022-08-19 11:05", TG, [
        ("乔若松主持召开区政府第21次常务会议", "8月18日", "2022-08-18", "8月18日，区委副书记",
         "district site whose only date is at the foot: 区政府常务会议; the former 范村镇党委书记 now 副区长")]),
    "gj06_jinzhong.txt": (2023, "2023-03-15 08:45", JZ, [
        ("阎志恒到太谷区调研春耕备耕和农业科技创新工作", "3月14日", "2023-03-14", "3月14日，副市长",
         "city portal: the former 太谷区委书记 now 副市长's 调研 in 太谷区; the former 区长 now 区委书记; 程文斌#1 now 区农业农村局局长")]),
    "gj07_sishui.txt": (2021, "发布日期：2021-5-8", SS, [
        ("颜承志调研泗河源头保护和泉林镇重点项目建设", "5月7日", "2021-05-07", "5月7日，县委副书记",
         "county site (2021-5-8, share widgets glued): the 县长's 调研 in 泉林镇 (泗河源头, 泉林泉群); 程文斌#2")]),
    "gj08_jining.txt": (2022, "2022.6.16", JN, [
        ("邵东川到泗水县调研乡村振兴和重点项目建设", "6月15日", "2022-06-15", "本报讯（记者 杜欣然）6月15日",
         "city portal (2022.6.16): the 副市长's 调研 in 泗水县 with the 县委书记, 县长 and a town secretary")]),
    "gj09_sishui.txt": (2023, "【发布时间：2023-04-07】", SS, [
        ("全县一季度重点项目现场观摩点评会召开", "4月6日", "2023-04-06", "4月6日，全县一季度",
         "county site (glued navigation, bracketed stamp): 现场观摩 led by the 县委书记 and its 点评会; 桑宏远 now 县委常委、副县长")]),
}

_J01_LUO = "县委副书记、县长罗景川到杨场镇"
_J02_ZHONG = "市委副书记、市长钟鸣岳到丹棱县调研"
_J02_LUO = "县委副书记、县长罗景川陪同调研"
_J02_FENG = "市委常委、常务副市长冯亦舟出席会议并讲话"
_J02_LI = "丹棱县委常委、常务副县长黎昌平"
_J03_LI = "县委常委、常务副县长黎昌平通报了"
_J03_FU = "县委副书记、县长付瀚文就抓好二季度项目攻坚"
_J04_LIANG = "区委常委、常务副区长梁正浩，胡村镇党委书记"
_J05_QIAO = "区委副书记、区长乔若松主持召开"
_J05_LIANG = "区委常委、常务副区长梁正浩，副区长任慧芳、贾明睿"
_J05_VICE = "副区长任慧芳、贾明睿出席会议"
_J06_DUAN = "区委副书记、区长段海宁"
_J07_YAN = "县委副书记、县长颜承志到泉林镇调研"
_J08_YAN = "县委副书记、县长颜承志陪同调研"
_J09_YAN = "县委副书记、县长颜承志主持点评会"
_J09_SANG = "县委常委、副县长桑宏远，县水务局局长程文斌"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 丹棱 / 眉山
    "gj:罗景川": ("罗景川", "official", DL, [
        ("gj01", DL + "委", "副书记", _J01_LUO, "2021-04 (identity case: 县委书记 in 2023, gj03)"),
        ("gj01", DL + "政府", "县长", _J01_LUO, None),
        ("gj02", DL + "委", "副书记", _J02_LUO, "2022-11: bare 县委 right after 丹棱县委书记 in the 眉山日报"),
        ("gj02", DL + "政府", "县长", _J02_LUO, None),
        ("gj03", DL + "委", "书记", "县委书记罗景川主持召开县委常委会会议", "2023-06: now 县委书记; named in the headline too")], []),
    "gj:杨晓筠": ("杨晓筠", "official", DL, [
        ("gj01", DL + "政府", "副县长", "副县长杨晓筠", None)], []),
    "gj:税德明": ("税德明", "official", DL, [
        ("gj01", DL + "农业农村局", "局长", "县农业农村局局长税德明", None)], []),
    "gj:漆永强": ("漆永强", "official", DL, [
        ("gj01", DL + "杨场镇党委", "书记", "杨场镇党委书记漆永强", None)], []),
    "gj:钟鸣岳": ("钟鸣岳", "official", MS, [
        ("gj02", MS + "委", "副书记", _J02_ZHONG, "bare 市委 in the 眉山日报 = 眉山市委; named in the headline too"),
        ("gj02", MS + "政府", "市长", _J02_ZHONG, None)], []),
    "gj:母雪梅": ("母雪梅", "official", MS, [
        ("gj02", MS + "政府", "副市长", "副市长母雪梅", "bare 副市长 in the 眉山日报")], []),
    "gj:蒲正阳": ("蒲正阳", "official", MS, [
        ("gj02", MS + "政府", "秘书长", "市政府秘书长蒲正阳", None)], []),
    "gj:邬立新": ("邬立新", "official", DL, [
        ("gj02", DL + "委", "书记", "丹棱县委书记邬立新", "2022-11; 罗景川's predecessor as 县委书记")], []),
    "gj:冯亦舟": ("冯亦舟", "official", MS, [
        ("gj02", MS + "委", "常委", _J02_FENG, "article 2"),
        ("gj02", MS + "政府", "常务副市长", _J02_FENG, None)], []),
    "gj:黎昌平": ("黎昌平", "official", DL, [
        ("gj02", DL + "委", "常委", _J02_LI, "2022-11, article 2"),
        ("gj02", DL + "政府", "常务副县长", _J02_LI, None),
        ("gj03", DL + "委", "常委", _J03_LI, "2023-06: the same posts"),
        ("gj03", DL + "政府", "常务副县长", _J03_LI, None)], []),
    "gj:敬国栋": ("敬国栋", "official", DL, [
        ("gj03", DL + "发展改革局", "局长", "县发展改革局局长敬国栋", "as written (not 发改委)")], []),
    "gj:付瀚文": ("付瀚文", "official", DL, [
        ("gj03", DL + "委", "副书记", _J03_FU, "2023-06: 罗景川's successor as 县长"),
        ("gj03", DL + "政府", "县长", _J03_FU, None)], []),
    "gj:唐雨桥": ("唐雨桥", "official", DL, [
        ("gj03", DL + "仁美镇党委", "书记", "仁美镇党委书记唐雨桥", None)], []),
    # ---- 太谷 / 晋中
    "gj:阎志恒": ("阎志恒", "official", TG, [
        ("gj04", TG + "委", "书记", "区委书记阎志恒深入胡村镇、范村镇", "2020-09 (identity case: 晋中市副市长 in 2023, gj06); named in the headline too"),
        ("gj06", JZ + "政府", "副市长", "副市长阎志恒到太谷区调研", "2023-03: now 晋中市副市长 (bare 副市长 on the 晋中 portal)")], []),
    "gj:梁正浩": ("梁正浩", "official", TG, [
        ("gj04", TG + "委", "常委", _J04_LIANG, "2020-09"),
        ("gj04", TG + "政府", "常务副区长", _J04_LIANG, None),
        ("gj05", TG + "委", "常委", _J05_LIANG, "2022-08: the same posts"),
        ("gj05", TG + "政府", "常务副区长", _J05_LIANG, None)], []),
    "gj:程文斌#1": ("程文斌", "official", TG, [
        ("gj04", TG + "胡村镇党委", "书记", "胡村镇党委书记程文斌", "太谷区 (山西), 2020; not the 程文斌 of 泗水县 (gj07, gj09)"),
        ("gj06", TG + "农业农村局", "局长", "区农业农村局局长程文斌", "2023: now 区农业农村局局长 (bare 区 after 太谷区委书记 on the 晋中 portal)")], []),
    "gj:任慧芳": ("任慧芳", "official", TG, [
        ("gj04", TG + "范村镇党委", "书记", "范村镇党委书记任慧芳", "2020 (identity case: 副区长 in 2022, gj05)"),
        ("gj05", TG + "政府", "副区长", _J05_VICE, "2022: now 副区长; list after one title")], []),
    "gj:乔若松": ("乔若松", "official", TG, [
        ("gj05", TG + "委", "副书记", _J05_QIAO, "2022-08 (identity case: 区委书记 in 2023, gj06); named in the headline too"),
        ("gj05", TG + "政府", "区长", _J05_QIAO, None),
        ("gj06", TG + "委", "书记", "太谷区委书记乔若松", "2023-03: now 区委书记")], []),
    "gj:贾明睿": ("贾明睿", "official", TG, [
        ("gj05", TG + "政府", "副区长", _J05_VICE, "list after one title")], []),
    "gj:温立强": ("温立强", "official", TG, [
        ("gj05", TG + "住建局", "局长", "区住建局局长温立强", "short form as written")], []),
    "gj:郜俊峰": ("郜俊峰", "official", JZ, [
        ("gj06", JZ + "农业农村局", "局长", "市农业农村局局长郜俊峰", "bare 市 on the 晋中 portal = 晋中市 (济宁市's in gj08)")], []),
    "gj:段海宁": ("段海宁", "official", TG, [
        ("gj06", TG + "委", "副书记", _J06_DUAN, "2023-03: 乔若松's successor as 区长"),
        ("gj06", TG + "政府", "区长", _J06_DUAN, None)], []),
    # ---- 泗水 / 济宁
    "gj:颜承志": ("颜承志", "official", SS, [
        ("gj07", SS + "委", "副书记", _J07_YAN, "2021-05; named in the headline too"),
        ("gj07", SS + "政府", "县长", _J07_YAN, None),
        ("gj08", SS + "委", "副书记", _J08_YAN, "2022-06: bare 县委 right after 泗水县委书记"),
        ("gj08", SS + "政府", "县长", _J08_YAN, None),
        ("gj09", SS + "委", "副书记", _J09_YAN, "2023-04"),
        ("gj09", SS + "政府", "县长", _J09_YAN, None)], []),
    "gj:仲晓雯": ("仲晓雯", "official", SS, [
        ("gj07", SS + "政府", "副县长", "副县长仲晓雯", None)], []),
    "gj:程文斌#2": ("程文斌", "official", SS, [
        ("gj07", SS + "水务局", "局长", "县水务局局长程文斌", "泗水县 (山东), 2021; not the 程文斌 of 太谷区 (gj04, gj06)"),
        ("gj09", SS + "水务局", "局长", _J09_SANG, "2023: the same post")], []),
    "gj:桑宏远": ("桑宏远", "official", SS, [
        ("gj07", SS + "泉林镇党委", "书记", "泉林镇党委书记桑宏远", "2021-05 (identity case: 县委常委、副县长 in 2023, gj09)"),
        ("gj09", SS + "委", "常委", _J09_SANG, "2023-04: now 县委常委、副县长"),
        ("gj09", SS + "政府", "副县长", _J09_SANG, None)], []),
    "gj:邵东川": ("邵东川", "official", JN, [
        ("gj08", JN + "政府", "副市长", "副市长邵东川到泗水县调研", "bare 副市长 on the 济宁 portal; named in the headline too")], []),
    "gj:冀海澄": ("冀海澄", "official", JN, [
        ("gj08", JN + "农业农村局", "局长", "市农业农村局局长冀海澄", "bare 市 on the 济宁 portal = 济宁市 (晋中市's in gj06)")], []),
    "gj:尹学军": ("尹学军", "official", SS, [
        ("gj08", SS + "委", "书记", "泗水县委书记尹学军", "2022-06"),
        ("gj09", SS + "委", "书记", "县委书记尹学军带队观摩", "2023-04: the same post")], []),
    "gj:丁若川": ("丁若川", "official", SS, [
        ("gj08", SS + "金庄镇党委", "书记", "在金庄镇，镇党委书记丁若川", "bare 镇党委 after 在金庄镇")], []),
    "gj:褚凯文": ("褚凯文", "official", SS, [
        ("gj09", SS + "泉林镇党委", "书记", "在泉林镇，镇党委书记褚凯文", "2023: 桑宏远's successor in 泉林镇")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("gj01", "苟思雨", "责任编辑", "editor", "责任编辑：苟思雨"),
    ("gj02", "宋雨薇", "记者", "reporter", "本报讯（记者 宋雨薇）"),
    ("gj02", "肖然", "记者", "reporter", "本报讯（记者 肖然）"),
    ("gj02", "代晓敏", "责任编辑", "editor", "责任编辑：代晓敏"),
    ("gj03", "李沁月", "责任编辑", "editor", "责任编辑：李沁月"),
    ("gj04", "侯一鸣", "作者", "author", "作者：侯一鸣"),
    ("gj04", "宋佳琦", "责任编辑", "editor", "责任编辑：宋佳琦"),
    ("gj05", "万春燕", "责任编辑", "editor", "责任编辑：万春燕"),
    ("gj06", "常晓宇", "记者", "reporter", "（记者 常晓宇 通讯员 白鹏）"),
    ("gj06", "白鹏", "通讯员", "correspondent", "（记者 常晓宇 通讯员 白鹏）"),
    ("gj06", "韩璐", "编辑", "editor", "编辑：韩璐"),
    ("gj07", "秦雅琪", "编辑", "editor", "编辑：秦雅琪"),
    ("gj07", "鲁思辰", "审核", "editor", "审核：鲁思辰"),
    ("gj08", "杜欣然", "记者", "reporter", "本报讯（记者 杜欣然）"),
    ("gj08", "朱恺文", "编辑", "editor", "编辑：朱恺文"),
    ("gj09", "蒲晓岚", "责任编辑", "editor", "责任编辑：蒲晓岚"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("gj01", "杨场镇、仁美镇柑橘产业发展和重点项目建设调研", "inspection (调研)", "4月8日", None, "罗景川", [],
     ["杨晓筠", "税德明", "漆永强"], ["漆永强", "税德明", "罗景川", "杨晓筠"], "杨场镇、仁美镇",
     "县委副书记、县长罗景川到杨场镇、仁美镇调研柑橘产业发展和重点项目建设工作",
     ["县长罗景川到杨场镇、仁美镇调研", "副县长杨晓筠，县农业农村局局长税德明，杨场镇党委书记漆永强参加调研", "漆永强汇报了",
      "税德明介绍了", "罗景川指出", "杨晓筠要求"]),
    ("gj02", "丹棱县特色产业发展和重点项目建设调研", "inspection (调研)", "11月2日", None, "钟鸣岳", [],
     ["母雪梅", "蒲正阳", "邬立新", "罗景川"], ["罗景川", "邬立新", "钟鸣岳", "母雪梅"], "丹棱县",
     "市委副书记、市长钟鸣岳到丹棱县调研特色产业发展和重点项目建设",
     ["市长钟鸣岳到丹棱县调研", "副市长母雪梅、市政府秘书长蒲正阳参加调研", "丹棱县委书记邬立新，县委副书记、县长罗景川陪同调研",
      "罗景川介绍了", "邬立新汇报了", "钟鸣岳强调", "母雪梅就做好冬季柑橘采收期用工保障"]),
    ("gj02", "全市重点项目建设推进会", "meeting (推进会)", "11月2日下午", None, None, [],
     ["冯亦舟"], ["黎昌平", "冯亦舟"], None,
     "11月2日下午，全市重点项目建设推进会召开",
     [_J02_FENG, "常务副县长黎昌平介绍了", "冯亦舟要求"]),
    ("gj03", "县委常委会会议", "meeting (县委常委会会议)", "6月9日", "罗景川", None, [],
     [], ["敬国栋", "黎昌平", "付瀚文", "罗景川"], None,
     "6月9日，县委书记罗景川主持召开县委常委会会议",
     ["县委书记罗景川主持召开县委常委会会议", "听取了县发展改革局局长敬国栋关于", _J03_LI, "县长付瀚文就抓好二季度项目攻坚作了安排",
      "罗景川强调"]),
    ("gj03", "仁美镇农产品加工园区二期项目选址和征地拆迁察看", "inspection (察看)", "6月9日", None, "罗景川", [],
     [], ["唐雨桥", "罗景川"], "仁美镇",
     "会后，罗景川带队到仁美镇，实地察看农产品加工园区二期项目选址和征地拆迁情况",
     ["罗景川带队到仁美镇", "仁美镇党委书记唐雨桥汇报了", "罗景川要求"]),
    ("gj04", "胡村镇、范村镇乡村振兴和重点项目建设调研", "inspection (调研)", "9月11日", None, "阎志恒", [],
     ["梁正浩", "程文斌", "任慧芳"], ["程文斌", "任慧芳", "阎志恒", "梁正浩"], "胡村镇、范村镇",
     "区委书记阎志恒深入胡村镇、范村镇，调研乡村振兴和重点项目建设工作",
     ["区委书记阎志恒深入胡村镇、范村镇", "范村镇党委书记任慧芳陪同调研", "程文斌汇报了", "任慧芳介绍了", "阎志恒强调", "梁正浩要求"]),
    ("gj05", "区政府第21次常务会议", "meeting (常务会议)", "8月18日", "乔若松", None, [],
     ["梁正浩", "任慧芳", "贾明睿"], ["温立强", "任慧芳", "乔若松", "梁正浩"], None,
     "区委副书记、区长乔若松主持召开区政府第21次常务会议",
     [_J05_QIAO, _J05_VICE, "区住建局局长温立强关于", "任慧芳汇报了", "乔若松指出", "梁正浩就做好秋季安全生产大排查大整治作了安排"]),
    ("gj06", "太谷区春耕备耕和农业科技创新调研", "inspection (调研)", "3月14日", None, "阎志恒", [],
     ["郜俊峰", "乔若松", "段海宁", "程文斌"], ["程文斌", "段海宁", "阎志恒", "郜俊峰", "乔若松"], "太谷区",
     "副市长阎志恒到太谷区调研春耕备耕和农业科技创新工作",
     ["副市长阎志恒到太谷区调研", "市农业农村局局长郜俊峰参加调研", "区农业农村局局长程文斌陪同调研", "程文斌汇报了", "段海宁介绍了",
      "阎志恒强调", "郜俊峰就做好春季农业防灾减灾提出要求", "乔若松表示"]),
    ("gj07", "泗河源头保护和泉林镇重点项目建设调研", "inspection (调研)", "5月7日", None, "颜承志", [],
     ["仲晓雯", "程文斌", "桑宏远"], ["程文斌", "桑宏远", "颜承志", "仲晓雯"], "泉林镇",
     "县委副书记、县长颜承志到泉林镇调研泗河源头保护和重点项目建设工作",
     [_J07_YAN, "泉林镇党委书记桑宏远陪同调研", "程文斌介绍了", "桑宏远汇报了", "颜承志指出", "仲晓雯要求"]),
    ("gj08", "泗水县乡村振兴和重点项目建设调研", "inspection (调研)", "6月15日", None, "邵东川", [],
     ["冀海澄", "尹学军", "颜承志"], ["丁若川", "颜承志", "邵东川", "冀海澄", "尹学军"], "金庄镇、星村镇",
     "副市长邵东川到泗水县调研乡村振兴和重点项目建设工作",
     ["副市长邵东川到泗水县调研", "市农业农村局局长冀海澄参加调研", "泗水县委书记尹学军，县委副书记、县长颜承志陪同调研",
      "镇党委书记丁若川汇报了", "颜承志介绍了", "邵东川指出", "冀海澄就夏季农业防灾减灾", "尹学军表示"]),
    ("gj09", "全县一季度重点项目现场观摩", "site observation (观摩)", "4月6日", None, "尹学军", [],
     ["桑宏远", "程文斌"], ["褚凯文", "程文斌"], "泉林镇、泗张镇、济河街道",
     "观摩团一行先后来到泉林镇、泗张镇、济河街道",
     ["县委书记尹学军带队观摩", _J09_SANG, "镇党委书记褚凯文介绍了", "程文斌介绍了工程通水"]),
    ("gj09", "全县一季度重点项目观摩点评会", "meeting (点评会)", "4月6日", "颜承志", None, [],
     [], ["桑宏远", "尹学军", "颜承志"], None,
     "在随后召开的点评会上，桑宏远通报了一季度全县重点项目推进情况",
     [_J09_YAN, "桑宏远通报了", "尹学军指出", "颜承志要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("gj01", "杨场镇万亩桔橙标准化示范基地提升项目", "project", "先后来到杨场镇万亩桔橙标准化示范基地提升项目"),
    ("gj01", "丹棱县柑橘冷链物流中心项目", "logistics_hub", "丹棱县柑橘冷链物流中心项目和仁美镇"),
    ("gj01", "仁美镇农产品加工园区标准化厂房项目", "industrial_park", "仁美镇农产品加工园区标准化厂房项目现场"),
    ("gj02", "丹棱县柑橘冷链物流中心", "logistics_hub", "先后来到丹棱县柑橘冷链物流中心"),
    ("gj02", "仁美镇农产品加工园区", "industrial_park", "仁美镇农产品加工园区和丹棱河城区段综合整治工程现场"),
    ("gj02", "丹棱河城区段综合整治工程", "greening_project", "丹棱河城区段综合整治工程现场"),
    ("gj02", "冷链物流中心二期", "logistics_hub", "确保冷链物流中心二期和加工园区新引进项目早开工"),
    ("gj03", "丹棱县柑橘冷链物流中心二期", "logistics_hub", "丹棱县柑橘冷链物流中心二期、城南片区老旧小区改造项目"),
    ("gj03", "城南片区老旧小区改造项目", "housing_project", "城南片区老旧小区改造项目等进度符合预期"),
    ("gj03", "仁美镇农产品加工园区二期", "industrial_park", "仁美镇农产品加工园区二期受用地报批影响"),
    ("gj04", "胡村镇设施农业产业园二期", "industrial_park", "先后来到胡村镇设施农业产业园二期"),
    ("gj04", "范村镇壶瓶枣精深加工项目", "project", "范村镇壶瓶枣精深加工项目和乌马河太谷段生态修复工程现场"),
    ("gj04", "乌马河太谷段生态修复工程", "greening_project", "乌马河太谷段生态修复工程现场"),
    ("gj05", "城区集中供热管网改造工程", "infrastructure_project", "城区集中供热管网改造工程和水秀镇老旧小区改造项目推进情况"),
    ("gj05", "水秀镇老旧小区改造项目", "housing_project", "水秀镇老旧小区改造项目推进情况"),
    ("gj06", "胡村镇设施农业产业园", "industrial_park", "胡村镇设施农业产业园和山西农谷种业创新园"),
    ("gj06", "山西农谷种业创新园", "industrial_park", "山西农谷种业创新园，实地察看"),
    ("gj07", "泗河源头生态保护修复工程", "greening_project", "泗河源头生态保护修复工程、泉林泉群景区提升项目"),
    ("gj07", "泉林泉群景区提升项目", "project", "泉林泉群景区提升项目和泉林镇农副产品加工产业园"),
    ("gj07", "泉林镇农副产品加工产业园", "industrial_park", "泉林镇农副产品加工产业园，实地察看"),
    ("gj08", "金庄镇甘薯产业园", "industrial_park", "实地察看金庄镇甘薯产业园"),
    ("gj08", "星村镇泗河沿岸乡村振兴示范片区", "project", "星村镇泗河沿岸乡村振兴示范片区"),
    ("gj08", "泗水县城乡供水一体化工程", "infrastructure_project", "泗水县城乡供水一体化工程建设情况"),
    ("gj09", "泗河源头生态保护修复工程二期", "greening_project", "现场观摩了泗河源头生态保护修复工程二期"),
    ("gj09", "泉林镇农副产品加工产业园二期", "industrial_park", "泉林镇农副产品加工产业园二期、泗张镇"),
    ("gj09", "泗张镇中药材精深加工项目", "project", "泗张镇中药材精深加工项目和泗水县城乡供水一体化工程"),
    ("gj09", "泗水县城乡供水一体化工程", "infrastructure_project", "泗水县城乡供水一体化工程等12个项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("gj01", "杨场镇", "town", "standalone", "到杨场镇、仁美镇调研柑橘产业发展"),
    ("gj01", "仁美镇", "town", "standalone", "到杨场镇、仁美镇调研柑橘产业发展"),
    ("gj01", "丹棱县", "county", "in_project_name", "丹棱县柑橘冷链物流中心项目和仁美镇"),
    ("gj01", "丹棱", "county", "standalone", "柑橘产业是丹棱群众增收的主导产业"),
    ("gj01", "成都", "city", "standalone", "主动对接成都、眉山的农产品加工企业"),
    ("gj01", "眉山", "city", "standalone", "主动对接成都、眉山的农产品加工企业"),
    ("gj02", "丹棱县", "county", "standalone", "到丹棱县调研特色产业发展"),
    ("gj02", "仁美镇", "town", "standalone", "在仁美镇，邬立新汇报了"),
    ("gj02", "丹棱河", "river", "in_project_name", "丹棱河城区段综合整治工程现场"),
    ("gj02", "丹棱", "county", "standalone", "丹棱要立足柑橘这个最大的特色"),
    ("gj02", "东坡区", "district", "standalone", "东坡区、彭山区、丹棱县作交流发言"),
    ("gj02", "彭山区", "district", "standalone", "东坡区、彭山区、丹棱县作交流发言"),
    ("gj03", "丹棱县", "county", "in_project_name", "丹棱县柑橘冷链物流中心二期、城南片区老旧小区改造项目"),
    ("gj03", "城南片区", "area", "in_project_name", "城南片区老旧小区改造项目等进度符合预期"),
    ("gj03", "仁美镇", "town", "standalone", "会后，罗景川带队到仁美镇"),
    ("gj04", "胡村镇", "town", "standalone", "深入胡村镇、范村镇，调研乡村振兴"),
    ("gj04", "范村镇", "town", "standalone", "深入胡村镇、范村镇，调研乡村振兴"),
    ("gj04", "乌马河", "river", "standalone", "乌马河生态修复要统筹防洪安全"),
    ("gj04", "太谷", "district", "standalone", "太谷是传统农业大区"),
    ("gj05", "水秀镇", "town", "in_project_name", "水秀镇老旧小区改造项目推进情况"),
    ("gj05", "太谷区", "district", "in_document_title", "《太谷区2022年冬季清洁取暖工作方案》"),
    ("gj06", "太谷区", "district", "standalone", "副市长阎志恒到太谷区调研"),
    ("gj06", "阳邑乡", "township", "standalone", "在阳邑乡，程文斌汇报了"),
    ("gj06", "胡村镇", "town", "in_project_name", "胡村镇设施农业产业园和山西农谷种业创新园"),
    ("gj06", "山西农谷", "development_zone", "in_project_name", "山西农谷种业创新园，实地察看"),
    ("gj06", "太谷", "district", "standalone", "要发挥太谷科教资源优势"),
    ("gj07", "泉林镇", "town", "standalone", "到泉林镇调研泗河源头保护"),
    ("gj07", "泗河", "river", "standalone", "泗河是泗水的母亲河"),
    ("gj07", "泗水", "county", "standalone", "泗河是泗水的母亲河"),
    ("gj07", "陪尾山", "mountain", "standalone", "先后来到陪尾山下的泗河源头"),
    ("gj07", "泉林泉群", "scenic_area", "standalone", "泉林泉群是泗水最亮的文化名片"),
    ("gj08", "泗水县", "county", "standalone", "到泗水县调研乡村振兴和重点项目建设工作"),
    ("gj08", "金庄镇", "town", "standalone", "先后来到金庄镇、星村镇"),
    ("gj08", "星村镇", "town", "standalone", "先后来到金庄镇、星村镇"),
    ("gj08", "泗河", "river", "standalone", "泗河沿岸村庄人居环境整治"),
    ("gj09", "泉林镇", "town", "standalone", "先后来到泉林镇、泗张镇、济河街道"),
    ("gj09", "泗张镇", "town", "standalone", "先后来到泉林镇、泗张镇、济河街道"),
    ("gj09", "济河街道", "sub_district_office", "standalone", "先后来到泉林镇、泗张镇、济河街道"),
    ("gj09", "泗河", "river", "standalone", "围绕泗河生态保护"),
    ("gj09", "泗水县", "county", "in_project_name", "泗水县城乡供水一体化工程等12个项目"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="gj", conventions="set gj (blind set: rough web text as users collect it — select-all and reader-mode saves with glued navigation, repeated headers, share / 打印 / 关闭 widgets inline, dates as 2021/04/09, 2023.6.12, 2021-5-8, 2022.6.16, 2022年11月03日 星期四, in brackets, or only at the foot, and a top-bar save date that is not the page's — of 四川 眉山 丹棱县, 山西 晋中 太谷区 and 山东 济宁 泗水县: bare 县 / 区 / 市 organs take the page's place; departments as written after the place; towns take their county's label; one line per post per article)",
          persons_note="Set gj persons. id = corpus-wide person_id (gj:程文斌#1 of 太谷区 (山西) and gj:程文斌#2 of 泗水县 (山东) are two people; gj:罗景川 丹棱县长 2021–2022 → 县委书记 2023; gj:阎志恒 太谷区委书记 2020 → 晋中市副市长 2023; gj:乔若松 太谷区长 2022 → 区委书记 2023; gj:任慧芳 范村镇党委书记 2020 → 太谷区副区长 2022; gj:桑宏远 泉林镇党委书记 2021 → 泗水县委常委、副县长 2023; gj:程文斌#1 胡村镇党委书记 2020 → 太谷区农业农村局局长 2023)")


if __name__ == "__main__":
    main()
