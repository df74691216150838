"""Write gold part ``hi`` (a blind set: county sites' 领导之窗 / 政府领导 / 领导分工 pages — each leader's name, 职务, 分工,
分管 and 联系 lines — next to the same counties' news of those leaders at meetings and inspections, in three counties of
three provinces, with a 沛县 cadre who goes to 麟游县 (陕西) on a 苏陕协作 挂职 and comes back) from the tables below.

Pages ``tests/dev/texts/hi*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: 分工 pages of county sites mirrored on other hosts (a 嘉善 page:
``协助县长负责科技、教育…。分管县科技局…。联系县广电台…``, footer ``苏公网安备``; a 四川 county page: ``工作分工：负责教育科技…。
分管县教育和科学技术局…等单位。联系县精神文明办、团县委…``; a 浙江 page: ``协助县长负责教育…。分管教育局…。联系文明办…``; a
district page: ``负责区政府常务工作。…分管区发改局…。协助区长管理区政府办公室。负责与区人大、区政协…联系``); the 太湖县
信息公开 page (``索引号 / 组配分类 / 发布机构 / 生成日期 / 文号 / 名称``, a 县政府 通知 signed with the date); the 沛县新闻网
(``当前位置: 首页 > 新闻速览 > 要闻 > 标题``, ``时间:2021-10-19 作者:… …阅读:``, ``县委书记…，县委副书记、代县长…陪同活动``,
``县领导…参加活动``, ``扫一扫手机打开``); the 陇县 site (``当前位置: 首页 > … > 政务要闻``, ``来源:陇县广播电视台 发布时间:
2024-08-15 15:50``; 宝鸡's 苏陕协作 推进会 with the ``徐宝工作组`` and 铜山区 as the 结对 side); a 镇坪 page of the 安康新闻网
(``安康新闻网讯(通讯员 …)``; ``县委常委、常务副县长…，副县长…参加调研``; 苏陕 协作项目); the 秀山电子报 (``山东省德州市庆云县
委常委、县政府副县长…率队来秀对接东西部协作工作，并召开…东西部协作工作联席会议``); a 松桃 page (``县委常委、县人民政府副县长
…陪同调研``, 粤黔协作); a 白河 page (``溧阳市委书记…率领党政代表团来我县考察交流，并参加…苏陕对口协作座谈会``, a 捐赠); a
柞水 / 高淳 page (``县委常委、副县长…参加活动``); the 西乡 融媒 page of a 南通 工作组 例会 (``县委常委、常务副县长…，县委常委、
副县长…出席会议``); a 镇江 金山网 page (两市 对口协作联席会议); 宿松 融媒 pages (``您的位置: 首页 > 新闻热点 > 部门 >正文``,
``【 字体: 稿件来源: 水利局 作者: 时间:2021-11-30 16:31:24``, ``（通讯员 …）``, ``责任编辑:…``); county 常务会议 pages
(``县委副书记、县长…主持召开县政府党组(扩大)会议和县十六届第9次政府常务会议…县政府副县长…出席会议…列席会议``; 红网 东安站's
``…主持召开县政府第二十八次常务会议，听取…汇报``; a 文成 县长办公会议); a 修水 调研 page (``县政府副县长、县公安局局长…等陪同
调研``). Places are real and new to the corpus: 江苏 徐州 沛县 (龙固镇, 栖山镇, 鹿楼镇, 沛县经济开发区, 微山湖), 陕西 宝鸡
麟游县 (招贤镇, 两亭镇, 崔木镇, 九成宫), 江西 九江 修水县 (何市镇, 渣津镇, 修河, 东津水库, 修水工业园区). 徐州 and 宝鸡 are
paired in 苏陕协作 (the 陇县 page); the 沛县–麟游 pairing is written for these pages.

Shapes: the 沛县 site's 领导之窗 list of the 县政府领导 (name, then ``职　务：`` / ``分　工：`` / ``分　管：`` / ``联　系：``
lines; a 县长 who is also 县政府党组书记, a 常务副县长 who is 党组副书记, a 副县长、县公安局局长) (hi01); the 沛县新闻网's 县长
调研 with a 副县长, the 县发展改革委主任 (the future 挂职 cadre) and a 镇党委书记 (hi02); the 麟游 site's 政府领导 list in
``名　职务`` lines with indented 分工 lines and the 挂职 cadre ``县委常委、副县长（挂职），徐州市驻麟游工作组组长`` (hi03); the
宝鸡日报 第03版 of the 沛县 党政代表团's 考察 in 麟游 and the 联席会议 (hi04); the 麟游 site's 部门动态 of the 挂职 副县长's 调研
with a 镇党委书记 (范卫疆#1) (hi05); the 修水 信息公开 page of a 通知 adjusting the 县政府领导工作分工 (``一、冷志刚　县委副书记、
县长``; 索引号 / 发布机构 / 成文日期 / 文号 block; signed ``修水县人民政府 2022年3月7日``) (hi06); the 修水 site's 县政府常务会议
(hi07); the 修水融媒 portal's 调研 of the new 县长 (the 常务副县长 of 2022) (hi08); the 沛县 site's 领导之窗 profile of the
挂职 cadre back home (``姓　　名：`` / ``职　　务：`` / ``工作分工：`` / ``分管单位：`` / ``联系单位：`` and a prose 个人简历 with
``年月任…`` clauses, among them the 麟游 挂职) (hi09); the 徐州日报 第A03版 of a 沛县 工作会议 (the former 县长 now 县委书记, the
former 常务副县长 now 县长, the 挂职 cadre now 常务副县长, a 市委常委、副市长) (hi10).

Identity cases:
- hi:闻立轩 moves between provinces and back: 沛县发展改革委 主任 (hi02, Sept 2021); 麟游县委常委、副县长（挂职） and 徐州市
  驻麟游工作组 组长 on the 麟游 list (hi03, May 2022), in the 宝鸡日报 (hi04, Apr 2023) and on the 麟游 site without the
  ``（挂职）`` mark (hi05, Aug 2023); 沛县委常委、常务副县长 and 县政府党组副书记 on the 沛县 profile (hi09, Mar 2024), whose
  简历 dates the whole career (栖山镇 2011, 鹿楼镇 2015 / 2018, 发改委 2019, 麟游 2022.03, 常务副县长 2024.01), and in the
  徐州日报 (hi10, June 2024).
- hi:鲍思远: 沛县委副书记、县长、县政府党组书记 (hi01, June 2021; hi02) → 沛县委书记 (hi10, June 2024).
- hi:苗鸿志: 沛县委常委、常务副县长、县政府党组副书记 (hi01, 2021; hi04, 2023) → 沛县委副书记、县长 (hi10, 2024); 闻立轩
  takes his 常务副县长 post.
- hi:黎映红: 修水县委常委、常务副县长 (hi06 March 2022, hi07 July 2022) → 修水县委副书记、县长 (hi08, May 2024), after
  hi:冷志刚 (县长 in 2022).
- the same officials on several pages: hi:章启航 (沛县副县长 2021 and 2024), hi:邬春晓 (沛县副县长 2021 and 2024), hi:车俊峰
  (麟游县长 2022 and 2023), hi:兰秀芝 (麟游副县长 2022 and 2023), hi:范卫疆#2 (修水副县长 2022 and 2024).
- two different 范卫疆 in unrelated places: hi:范卫疆#1 is 麟游县招贤镇党委书记 (陕西, hi05, 2023); hi:范卫疆#2 is 修水县
  副县长 (江西, hi06–hi08, 2022–2024).
- one organ name in several counties: bare ``县委常委、常务副县长`` is 沛县's (hi01, hi09, hi10), 麟游县's (hi03) and 修水县's
  (hi06, hi07); bare ``县委副书记、县长`` is 沛县's (hi01, hi02, hi10), 麟游县's (hi03, hi04) and 修水县's (hi06–hi08);
  ``副县长、县公安局局长`` is 沛县's (hi01) and 修水县's (hi06); bare ``县政府党组`` is 沛县's (hi01, hi09).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts bv, au and bq where they speak; decided here where they are silent):
- A list or profile page's 职务 line is a holding at the page's date (bv): date_text the stamp date as written
  (``2021-06-18``, ``2022-05-10``, ``2024-03-15``). 分工 / 分管 / 联系 / 协助 lines are duties, not posts (bv); a work named
  in them (``牵头推进…建设项目``, ``协调推进…工程``) is a project.
- DECIDED HERE (a 分工 通知 on an 信息公开 page, hi06): the holdings are dated by the 通知's own date, the date it is signed
  with (``2022年3月7日``, equal to its 成文日期), not by the 发布日期 of the page: the 通知 is the act that states who holds
  which post; the page stamp (``发布日期：2022-03-08``) only says when it was put online. ``一、冷志刚　县委副书记、县长``
  (number, name, full-width space, title chain) reads as a list page's ``名　职务`` line.
- ``县政府党组书记`` / ``县政府党组副书记`` on a 领导之窗 page → X县政府党组 书记 / 副书记 (党组 with 书记 / 副书记 / 成员, as z,
  bs and bv's 局党组); ``县委副书记、县长、县政府党组书记`` gives three lines.
- 挂职 (as au): ``县委常委、副县长（挂职）`` on the 麟游 site and in the 宝鸡日报 → 麟游县委 常委 + 麟游县政府 副县长 at the
  page's date, title without ``（挂职）``; the team role ``徐州市驻麟游工作组组长`` → 徐州市驻麟游工作组 组长 (au: a 东西部协作
  front team's 组长 is a post of the team, as written).
- 简历 clauses (as bv for dotted lines and n, q, u for prose): each ``年月任…`` clause of the prose 个人简历 is a dated
  past post, date_text the clause's date as written (``2011年3月``), date_inferred its month; a combined clause gives one
  line per title (``党委委员、副镇长`` → X镇党委 委员 + X镇政府 副镇长; ``主任、党组书记`` → 沛县发展和改革委员会 主任 +
  沛县发展和改革委员会党组 书记); ``在沛县栖山镇政府工作`` gives nothing; ``挂职任陕西省麟游县委常委、副县长，徐州市驻麟游
  工作组组长`` gives the three 挂职 posts at 2022-03; ``任沛县县委常委、常务副县长`` (written with 县县) → 沛县委 常委 + 沛县政府
  常务副县长 at 2024-01, one line each with the 职务 line (one line per post per article, dated by the 简历 clause, as bv);
  the 职务 line's ``县政府党组副书记`` (not in the 简历) is a holding at the page's date. Departments as written after the
  county: ``县发展改革委主任`` (hi02) → 沛县发展改革委; ``沛县发展和改革委员会主任`` (hi09) → 沛县发展和改革委员会.
- Bare organs take the page's place: 县委 / 县长 / 副县长 / 县X局 / 镇党委书记 on a county site or portal = that county's
  (the 镇 = the town named just before: ``在龙固镇，镇党委书记…``, ``在招贤镇苏陕协作食用菌产业园…镇党委书记…``, ``在何市镇，
  镇党委书记…``); in the 宝鸡日报 the bare ``县委副书记、县长`` / ``县委常委、副县长（挂职）`` after ``麟游县委书记`` are 麟游's and
  ``沛县县委常委、常务副县长`` is 沛县's (au: a chain inherits the place written before it in the sentence); in the 徐州日报,
  after ``沛县召开``, bare 县委 / 县长 / 副县长 are 沛县's and ``市委常委、副市长`` is 徐州市's (徐州市委 常委 + 徐州市政府
  副市长). One line per post per article; a list after one title gives every name that title (``副县长范卫疆、匡立伟``).
- DECIDED HERE: ``通讯员 沛宣`` (hi10) is a department's pen name (沛县委宣传部), not a person, as bq's ``江宣``: not annotated.
- Events: no event on the list, 通知 and profile pages (hi01, hi03, hi06, hi09), as bv. The 调研 (hi02, hi05, hi08) are
  inspections (leader; 参加 attendees; 汇报 / 介绍 / 指出 / 强调 / 表示 / 作了安排 speakers; ``询问`` is no speaker verb); the
  delegation's 考察 (hi04) is an inspection led by the 县委书记 who 率 the delegation, with the 联席会议 a meeting of its own
  (车俊峰 主持; ``陪同考察或出席会议`` makes the named hosts attendees of both, as au); the signing of the 协议 is part of the
  meeting (as au, af); the 常务会议 (hi07) and the 工作会议 (hi10) are meetings (主持 chair; 出席 attendees; ``出席会议并讲话``
  attendee and speaker, as bq; ``讲话`` / ``强调`` / ``通报`` / ``作了安排`` / ``提出要求`` speakers). Towns that ``作了交流发言``
  (hi10) name no person.
- Projects: works named with a place (``沛县经济开发区新能源电池材料产业园二期``, ``招贤镇苏陕协作食用菌产业园`` and its 二期
  ``industrial_park``; ``…社区工厂``, ``…养殖基地``, ``…标准化生产基地``, ``…高标准农田示范区``, hospital and heritage works
  ``project``; 水库灌区 / 防洪 / 堤防 works ``engineering_work``; ``…湿地生态修复工程`` ``greening_project``; a 供水一体化 工程
  ``infrastructure_project``); each page as written (hi04's ``食用菌产业园二期`` after the park named in full). Documents
  (《…行动方案》, the 协作协议) and brands (宁红茶) are not projects.
- Places: one line per name per file, as written; birthplaces (``江苏沛县人``) count (bv); places inside titles, 简历 titles,
  org references, document titles and project names count; names inside bank, tax-bureau and company names (``人民银行
  麟游县支行``, ``国家税务总局沛县税务局``, ``国网沛县供电公司``) do not (bv); site lines, navigation, 来源 lines, mastheads,
  footers, 上一篇 / 下一篇, 相关新闻 / 相关阅读 / 本版其他文章 lists are not annotated; ``苏陕``, ``沛麟`` (short forms of
  pairs) are no places. DECIDED HERE: ``修水工业园区`` (written only in ``修水工业园区管委会``) is a ``zone_park`` (a standing park,
  as bq), and ``沛县经济开发区`` (not a 经济技术开发区, so not folded) a ``development_zone`` as written.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

PX, LY, XS = "沛县", "麟游县", "修水县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "hi01_peixian.txt": (2021, "更新时间：2021-06-18 10:26", PX, [
        ("县政府领导", "2021-06-18", "2021-06-18", "鲍思远\n职　务",
         "领导之窗 list of the 县政府领导: ``职　务：`` / ``分　工：`` / ``分　管：`` / ``联　系：`` lines; 县政府党组 书记 / 副书记; 副县长、县公安局局长")]),
    "hi02_peixian.txt": (2021, "时间:2021-09-16", PX, [
        ("鲍思远调研重点项目建设和秋粮生产工作", "9月15日", "2021-09-15", "9月15日，县委副书记",
         "county news site: the 县长's 调研 with a 副县长, the 县发展改革委主任 (闻立轩, before his 挂职) and the 龙固镇 secretary")]),
    "hi03_linyou.txt": (2022, "发布时间：2022-05-10 15:40:12", LY, [
        ("政府领导", "2022-05-10", "2022-05-10", "车俊峰　县委副书记、县长",
         "领导之窗 list in ``名　职务`` lines with indented 分工 / 分管 / 联系 lines; the 沛县 挂职 cadre as 县委常委、副县长（挂职） and 工作组组长")]),
    "hi04_baoji.txt": (2023, "2023年4月13日　星期四", LY, [
        ("沛县党政代表团来麟游考察苏陕协作工作", "4月11日至12日", "2023-04-11", "本报讯（记者 段佳怡 通讯员 徐志恒）4月11日",
         "city paper 第03版: the 沛县 delegation's 考察 in 麟游 and the 东西部协作联席会议; leaders of both counties")]),
    "hi05_linyou.txt": (2023, "发布时间：2023-08-24 17:05:31", LY, [
        ("闻立轩调研苏陕协作项目推进工作", "8月23日", "2023-08-23", "8月23日，县委常委",
         "county site 部门动态: the 挂职 副县长's 调研 (no 挂职 mark); 招贤镇 secretary 范卫疆#1; 县乡村振兴局局长")]),
    "hi06_xiushui.txt": (2022, "发布日期：2022-03-08", XS, [
        ("修水县人民政府关于调整县政府领导工作分工的通知", "2022年3月7日", "2022-03-07", "各乡（镇）人民政府",
         "信息公开 page of a 分工 通知 (索引号 block; ``一、名　职务`` lines); 范卫疆#2; signed with its date")]),
    "hi07_xiushui.txt": (2022, "发布时间：2022-07-06 18:12", XS, [
        ("冷志刚主持召开县政府第十一次常务会议", "7月5日下午", "2022-07-05", "7月5日下午，县委副书记",
         "county site: the 县政府常务会议 (县长 主持; 常务副县长 and two 副县长 出席 and speak)")]),
    "hi08_xiushui.txt": (2024, "发布时间：2024-05-22 09:48", XS, [
        ("黎映红调研茶产业发展和防汛备汛工作", "5月21日", "2024-05-21", "5月21日，县委副书记",
         "county 融媒 portal (作者 / 阅读量 / 分享到 / 相关阅读): the new 县长 (常务副县长 in 2022) 调研; 范卫疆#2; 何市镇 secretary")]),
    "hi09_peixian.txt": (2024, "更新时间：2024-03-15 16:02", PX, [
        ("闻立轩", "2024-03-15", "2024-03-15", "姓　　名：闻立轩",
         "领导之窗 profile: 职务 / 工作分工 / 分管单位 / 联系单位 and a prose 个人简历 with ``年月任…`` clauses (栖山镇, 鹿楼镇, 发改委, the 麟游 挂职, 常务副县长)")]),
    "hi10_xuzhou.txt": (2024, "2024年6月20日　星期四", PX, [
        ("沛县召开重大项目推进暨东西部协作工作会议", "6月19日", "2024-06-19", "本报讯（记者 韦嘉豪 通讯员 沛宣）6月19日",
         "city paper 第A03版: the 沛县 工作会议 (县委书记 鲍思远, 县长 苗鸿志 主持, 常务副县长 闻立轩, a 市委常委、副市长)")]),
}


def _span(short: str, start: str, end: str) -> str:
    """The page text from ``start`` to the end of the first ``end`` after it (an evidence string that spans clauses)."""
    file = next(f for f in PAGES if f.startswith(short))
    text = (TEXTS / file).read_text(encoding="utf-8")
    i = text.index(start)
    return text[i:text.index(end, i) + len(end)]


# hi09: 简历 clauses, from the person's name to the clause
_W09a = _span("hi09", "闻立轩，男", "沛县栖山镇党委委员、副镇长")
_W09b = _span("hi09", "闻立轩，男", "沛县鹿楼镇党委副书记、镇长")
_W09c = _span("hi09", "闻立轩，男", "沛县鹿楼镇党委书记")
_W09d = _span("hi09", "闻立轩，男", "沛县发展和改革委员会主任、党组书记")
_W09e = _span("hi09", "闻立轩，男", "徐州市驻麟游工作组组长")
_W09f = _span("hi09", "闻立轩，男", "沛县县委常委、常务副县长")
_W09_ROLE = "姓　　名：闻立轩\n职　　务：县委常委、常务副县长、县政府党组副书记"

_B01 = "鲍思远\n职　务：县委副书记、县长、县政府党组书记"
_M01 = "苗鸿志\n职　务：县委常委、常务副县长、县政府党组副书记"
_G01 = "甘瑞林\n职　务：副县长、县公安局局长"
_W03 = "闻立轩　县委常委、副县长（挂职），徐州市驻麟游工作组组长"
_H04 = "麟游县委书记焦德全，县委副书记、县长车俊峰，县委常委、副县长（挂职）闻立轩陪同考察或出席会议"
_X10 = "县委副书记、县长苗鸿志主持会议"

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 沛县 (江苏 徐州)
    "hi:鲍思远": ("鲍思远", "official", PX, [
        ("hi01", f"{PX}委", "副书记", _B01, "2021-06 list page, dated by its stamp (identity case: 县委书记 in 2024, hi10)"),
        ("hi01", f"{PX}政府", "县长", _B01, None),
        ("hi01", f"{PX}政府党组", "书记", _B01, "县政府党组书记 → 沛县政府党组 书记 (not 县委书记)"),
        ("hi02", f"{PX}委", "副书记", "县委副书记、县长鲍思远深入沛县经济开发区", "2021-09; named in the headline too"),
        ("hi02", f"{PX}政府", "县长", "县委副书记、县长鲍思远深入沛县经济开发区", None),
        ("hi10", f"{PX}委", "书记", "县委书记鲍思远讲话", "2024-06: now 县委书记")], []),
    "hi:苗鸿志": ("苗鸿志", "official", PX, [
        ("hi01", f"{PX}委", "常委", _M01, "2021-06 (identity case: 县长 in 2024, hi10)"),
        ("hi01", f"{PX}政府", "常务副县长", _M01, None),
        ("hi01", f"{PX}政府党组", "副书记", _M01, None),
        ("hi04", f"{PX}委", "常委", "沛县县委常委、常务副县长苗鸿志随团考察", "2023-04, in the 宝鸡日报: 沛县 written before the chain"),
        ("hi04", f"{PX}政府", "常务副县长", "沛县县委常委、常务副县长苗鸿志随团考察", None),
        ("hi10", f"{PX}委", "副书记", _X10, "2024-06: now 县委副书记、县长"),
        ("hi10", f"{PX}政府", "县长", _X10, None)], []),
    "hi:邬春晓": ("邬春晓", "official", PX, [
        ("hi01", f"{PX}政府", "副县长", "邬春晓\n职　务：副县长", "2021"),
        ("hi10", f"{PX}政府", "副县长", "副县长邬春晓、章启航出席会议", "2024: list after one title")], []),
    "hi:甘瑞林": ("甘瑞林", "official", PX, [
        ("hi01", f"{PX}政府", "副县长", _G01, None),
        ("hi01", f"{PX}公安局", "局长", _G01, "second title: the county's 公安局")], []),
    "hi:章启航": ("章启航", "official", PX, [
        ("hi01", f"{PX}政府", "副县长", "章启航\n职　务：副县长", "2021-06"),
        ("hi02", f"{PX}政府", "副县长", "副县长章启航，县发展改革委主任闻立轩参加调研", "2021-09"),
        ("hi10", f"{PX}政府", "副县长", "副县长邬春晓、章启航出席会议", "2024-06")], []),
    "hi:闻立轩": ("闻立轩", "official", PX, [
        ("hi02", f"{PX}发展改革委", "主任", "副县长章启航，县发展改革委主任闻立轩参加调研", "2021-09: 县发展改革委 as written (identity case: 挂职 in 麟游 2022–2023, 沛县 常务副县长 2024)"),
        ("hi03", f"{LY}委", "常委", _W03, "2022-05: 挂职 post, title without （挂职） (as au)"),
        ("hi03", f"{LY}政府", "副县长", _W03, None),
        ("hi03", "徐州市驻麟游工作组", "组长", _W03, "a 东西部协作 front team's 组长 is a post of the team (as au)"),
        ("hi04", f"{LY}委", "常委", _H04, "2023-04: bare 县委 after 麟游县委书记 = 麟游's"),
        ("hi04", f"{LY}政府", "副县长", _H04, None),
        ("hi05", f"{LY}委", "常委", "县委常委、副县长闻立轩深入招贤镇", "2023-08: on the 麟游 site, no 挂职 mark; named in the headline too"),
        ("hi05", f"{LY}政府", "副县长", "县委常委、副县长闻立轩深入招贤镇", None),
        ("hi09", f"{PX}栖山镇党委", "委员", _W09a, "DECIDED HERE (prose 简历 clause = dated past post; the 2003 ``在…镇政府工作`` clause gives nothing)", "2011年3月"),
        ("hi09", f"{PX}栖山镇政府", "副镇长", _W09a, "简历 clause", "2011年3月"),
        ("hi09", f"{PX}鹿楼镇党委", "副书记", _W09b, "简历 clause", "2015年9月"),
        ("hi09", f"{PX}鹿楼镇政府", "镇长", _W09b, "简历 clause", "2015年9月"),
        ("hi09", f"{PX}鹿楼镇党委", "书记", _W09c, "简历 clause", "2018年4月"),
        ("hi09", f"{PX}发展和改革委员会", "主任", _W09d, "简历 clause; written in full here (hi02 writes 县发展改革委)", "2019年11月"),
        ("hi09", f"{PX}发展和改革委员会党组", "书记", _W09d, "简历 clause", "2019年11月"),
        ("hi09", f"{LY}委", "常委", _W09e, "简历 clause: the 挂职 (挂职任陕西省麟游县委常委…)", "2022年3月"),
        ("hi09", f"{LY}政府", "副县长", _W09e, "简历 clause", "2022年3月"),
        ("hi09", "徐州市驻麟游工作组", "组长", _W09e, "简历 clause", "2022年3月"),
        ("hi09", f"{PX}委", "常委", _W09f, "简历 clause (沛县县委 → 沛县委); also the 职务 line: one line, dated by the clause", "2024年1月"),
        ("hi09", f"{PX}政府", "常务副县长", _W09f, "简历 clause; also the 职务 line", "2024年1月"),
        ("hi09", f"{PX}政府党组", "副书记", _W09_ROLE, "职务 line only (not in the 简历): at the page's date, 2024-03-15"),
        ("hi10", f"{PX}委", "常委", "县委常委、常务副县长闻立轩", "2024-06"),
        ("hi10", f"{PX}政府", "常务副县长", "县委常委、常务副县长闻立轩", None)], []),
    "hi:孔祥楠": ("孔祥楠", "official", PX, [
        ("hi02", f"{PX}龙固镇党委", "书记", "在龙固镇，镇党委书记孔祥楠", "bare 镇 after ``在龙固镇``")], []),
    "hi:戚启东": ("戚启东", "official", PX, [
        ("hi04", f"{PX}委", "书记", "江苏省徐州市沛县县委书记戚启东率沛县党政代表团", "2023-04; 鲍思远 holds the post in 2024 (hi10)")], []),
    "hi:晏卫东": ("晏卫东", "official", "徐州市", [
        ("hi10", "徐州市委", "常委", "市委常委、副市长晏卫东出席会议并讲话", "bare 市委 in the 徐州日报 = 徐州市委"),
        ("hi10", "徐州市政府", "副市长", "市委常委、副市长晏卫东出席会议并讲话", None)], []),
    # ---- 麟游县 (陕西 宝鸡)
    "hi:车俊峰": ("车俊峰", "official", LY, [
        ("hi03", f"{LY}委", "副书记", "车俊峰　县委副书记、县长", "2022-05 list page"),
        ("hi03", f"{LY}政府", "县长", "车俊峰　县委副书记、县长", None),
        ("hi04", f"{LY}委", "副书记", _H04, "2023-04"),
        ("hi04", f"{LY}政府", "县长", _H04, None)], []),
    "hi:权海鹏": ("权海鹏", "official", LY, [
        ("hi03", f"{LY}委", "常委", "权海鹏　县委常委、常务副县长", None),
        ("hi03", f"{LY}政府", "常务副县长", "权海鹏　县委常委、常务副县长", None)], []),
    "hi:兰秀芝": ("兰秀芝", "official", LY, [
        ("hi03", f"{LY}政府", "副县长", "兰秀芝　副县长", "2022-05"),
        ("hi05", f"{LY}政府", "副县长", "副县长兰秀芝，县乡村振兴局局长屈建荣参加调研", "2023-08")], []),
    "hi:党鹏飞": ("党鹏飞", "official", LY, [
        ("hi03", f"{LY}政府", "副县长", "党鹏飞　副县长", None)], []),
    "hi:焦德全": ("焦德全", "official", LY, [
        ("hi04", f"{LY}委", "书记", _H04, None)], []),
    "hi:屈建荣": ("屈建荣", "official", LY, [
        ("hi05", f"{LY}乡村振兴局", "局长", "副县长兰秀芝，县乡村振兴局局长屈建荣参加调研", "bare 县 on the 麟游 site")], []),
    "hi:范卫疆#1": ("范卫疆", "official", LY, [
        ("hi05", f"{LY}招贤镇党委", "书记", "在招贤镇苏陕协作食用菌产业园，闻立轩详细察看了二期标准化菇棚建设进度，听取了镇党委书记范卫疆",
         "麟游县 (陕西), 2023; not the 范卫疆 of 修水县 (hi06–hi08); bare 镇 after ``在招贤镇…``")], []),
    # ---- 修水县 (江西 九江)
    "hi:冷志刚": ("冷志刚", "official", XS, [
        ("hi06", f"{XS}委", "副书记", "一、冷志刚　县委副书记、县长", "DECIDED HERE: dated by the 通知's date, 2022-03-07"),
        ("hi06", f"{XS}政府", "县长", "一、冷志刚　县委副书记、县长", None),
        ("hi07", f"{XS}委", "副书记", "县委副书记、县长冷志刚主持召开", "2022-07; named in the headline too"),
        ("hi07", f"{XS}政府", "县长", "县委副书记、县长冷志刚主持召开", None)], []),
    "hi:黎映红": ("黎映红", "official", XS, [
        ("hi06", f"{XS}委", "常委", "二、黎映红　县委常委、常务副县长", "2022-03 (identity case: 县长 in 2024, hi08)"),
        ("hi06", f"{XS}政府", "常务副县长", "二、黎映红　县委常委、常务副县长", None),
        ("hi07", f"{XS}委", "常委", "县委常委、常务副县长黎映红", "2022-07"),
        ("hi07", f"{XS}政府", "常务副县长", "县委常委、常务副县长黎映红", None),
        ("hi08", f"{XS}委", "副书记", "县委副书记、县长黎映红深入何市镇", "2024-05: now 县委副书记、县长; named in the headline too"),
        ("hi08", f"{XS}政府", "县长", "县委副书记、县长黎映红深入何市镇", None)], []),
    "hi:范卫疆#2": ("范卫疆", "official", XS, [
        ("hi06", f"{XS}政府", "副县长", "三、范卫疆　副县长", "修水县 (江西), 2022; not the 范卫疆 of 麟游县招贤镇 (hi05)"),
        ("hi07", f"{XS}政府", "副县长", "副县长范卫疆、匡立伟出席会议", "2022-07: list after one title"),
        ("hi08", f"{XS}政府", "副县长", "副县长范卫疆，县农业农村局局长景红梅参加调研", "2024-05")], []),
    "hi:匡立伟": ("匡立伟", "official", XS, [
        ("hi06", f"{XS}政府", "副县长", "四、匡立伟　副县长", None),
        ("hi07", f"{XS}政府", "副县长", "副县长范卫疆、匡立伟出席会议", None)], []),
    "hi:涂建军": ("涂建军", "official", XS, [
        ("hi06", f"{XS}政府", "副县长", "五、涂建军　副县长、县公安局局长", None),
        ("hi06", f"{XS}公安局", "局长", "五、涂建军　副县长、县公安局局长", "second title: the county's 公安局")], []),
    "hi:景红梅": ("景红梅", "official", XS, [
        ("hi08", f"{XS}农业农村局", "局长", "副县长范卫疆，县农业农村局局长景红梅参加调研", "bare 县 on the 修水 portal")], []),
    "hi:田宏亮": ("田宏亮", "official", XS, [
        ("hi08", f"{XS}何市镇党委", "书记", "在何市镇，镇党委书记田宏亮", "bare 镇 after ``在何市镇``")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("hi02", "寇博文", "作者", "author", "作者:寇博文 肖雨涵"),
    ("hi02", "肖雨涵", "作者", "author", "作者:寇博文 肖雨涵"),
    ("hi04", "段佳怡", "记者", "reporter", "本报讯（记者 段佳怡 通讯员 徐志恒）"),
    ("hi04", "徐志恒", "通讯员", "correspondent", "本报讯（记者 段佳怡 通讯员 徐志恒）"),
    ("hi04", "余沁", "责任编辑", "editor", "责任编辑：余沁"),
    ("hi05", "祁晓东", "作者", "author", "作者：祁晓东"),
    ("hi05", "吴冠群", "编辑", "editor", "编辑：吴冠群"),
    ("hi07", "聂晓峰", "作者", "author", "作者：聂晓峰"),
    ("hi07", "蔡文轩", "责任编辑", "editor", "责任编辑：蔡文轩"),
    ("hi08", "石梦琪", "作者", "author", "作者：石梦琪"),
    ("hi08", "叶青松", "编辑", "editor", "编辑：叶青松"),
    ("hi08", "褚云飞", "审核", "editor", "审核：褚云飞"),
    ("hi10", "韦嘉豪", "记者", "reporter", "本报讯（记者 韦嘉豪 通讯员 沛宣）"),
    ("hi10", "宗书瑶", "责任编辑", "editor", "责任编辑：宗书瑶"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("hi02", "重点项目建设和秋粮生产调研", "inspection (调研)", "9月15日", None, "鲍思远", [],
     ["章启航", "闻立轩"], ["闻立轩", "孔祥楠", "鲍思远", "章启航"], "沛县经济开发区、龙固镇",
     "县委副书记、县长鲍思远深入沛县经济开发区和龙固镇，调研重点项目建设和秋粮生产工作",
     ["县长鲍思远深入沛县经济开发区", "副县长章启航，县发展改革委主任闻立轩参加调研", "闻立轩汇报了", "孔祥楠介绍了", "鲍思远指出",
      "章启航就做好秋收期间农机调度和秸秆禁烧工作作了安排"]),
    ("hi04", "沛县党政代表团考察麟游县苏陕协作工作", "inspection (考察)", "4月11日至12日", None, "戚启东", [],
     ["苗鸿志", "焦德全", "车俊峰", "闻立轩"], ["闻立轩"], "麟游县",
     "沛县县委书记戚启东率沛县党政代表团到麟游县考察苏陕协作工作",
     ["县委书记戚启东率沛县党政代表团到麟游县考察", "苗鸿志随团考察", "闻立轩陪同考察或出席会议", "闻立轩介绍了"]),
    ("hi04", "沛县·麟游县东西部协作联席会议", "meeting (联席会议)", "4月11日至12日", "车俊峰", None, [],
     ["焦德全", "闻立轩"], ["焦德全", "闻立轩", "戚启东"], "麟游县",
     "并召开沛县·麟游县东西部协作联席会议",
     ["联席会议由车俊峰主持", "焦德全代表麟游县委、县政府", "闻立轩通报了", "戚启东指出"]),
    ("hi05", "苏陕协作项目推进和帮扶车间运营情况调研", "inspection (调研)", "8月23日", None, "闻立轩", [],
     ["兰秀芝", "屈建荣"], ["范卫疆", "屈建荣", "闻立轩"], "招贤镇、两亭镇",
     "县委常委、副县长闻立轩深入招贤镇、两亭镇，调研苏陕协作项目推进和帮扶车间运营情况",
     ["副县长闻立轩深入招贤镇、两亭镇", "副县长兰秀芝，县乡村振兴局局长屈建荣参加调研", "镇党委书记范卫疆关于", "屈建荣汇报了",
      "闻立轩强调"]),
    ("hi07", "县政府第十一次常务会议", "meeting (县政府常务会议)", "7月5日下午", "冷志刚", None, ["修水县政府"],
     ["黎映红", "范卫疆", "匡立伟"], ["冷志刚", "黎映红", "范卫疆", "匡立伟"], None,
     "县委副书记、县长冷志刚主持召开县政府第十一次常务会议",
     ["县长冷志刚主持召开", "常务副县长黎映红，副县长范卫疆、匡立伟出席会议", "冷志刚强调", "黎映红就上半年财政收支",
      "范卫疆就做好灾后农业生产恢复提出要求", "匡立伟通报了"]),
    ("hi08", "茶产业发展和防汛备汛工作调研", "inspection (调研)", "5月21日", None, "黎映红", [],
     ["范卫疆", "景红梅"], ["田宏亮", "景红梅", "黎映红", "范卫疆"], "何市镇、渣津镇",
     "县委副书记、县长黎映红深入何市镇、渣津镇，调研茶产业发展和防汛备汛工作",
     ["县长黎映红深入何市镇、渣津镇", "副县长范卫疆，县农业农村局局长景红梅参加调研", "田宏亮介绍了", "景红梅汇报了", "黎映红指出",
      "范卫疆表示"]),
    ("hi10", "重大项目推进暨东西部协作工作会议", "meeting (工作会议)", "6月19日", "苗鸿志", None, ["沛县"],
     ["晏卫东", "闻立轩", "邬春晓", "章启航"], ["晏卫东", "鲍思远", "闻立轩", "邬春晓"], None,
     "6月19日，沛县召开重大项目推进暨东西部协作工作会议",
     ["副市长晏卫东出席会议并讲话", "县委书记鲍思远讲话", "县长苗鸿志主持会议", "常务副县长闻立轩，副县长邬春晓、章启航出席会议",
      "闻立轩通报了", "晏卫东指出", "鲍思远强调", "邬春晓就做好协作地区来沛务工人员服务保障作了安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("hi01", "沛县人民医院新院区建设项目", "project", "牵头推进沛县人民医院新院区建设项目"),
    ("hi01", "沛县城乡供水一体化二期工程", "infrastructure_project", "协调推进沛县城乡供水一体化二期工程"),
    ("hi02", "沛县经济开发区新能源电池材料产业园二期", "industrial_park", "先后来到沛县经济开发区新能源电池材料产业园二期"),
    ("hi02", "龙固镇微山湖湿地生态修复工程", "greening_project", "龙固镇微山湖湿地生态修复工程"),
    ("hi02", "龙固镇高标准农田示范区", "project", "龙固镇高标准农田示范区"),
    ("hi03", "九成宫遗址保护展示工程", "project", "牵头推进九成宫遗址保护展示工程"),
    ("hi03", "招贤镇苏陕协作食用菌产业园", "industrial_park", "协调推进招贤镇苏陕协作食用菌产业园建设"),
    ("hi04", "招贤镇苏陕协作食用菌产业园", "industrial_park", "先后来到招贤镇苏陕协作食用菌产业园"),
    ("hi04", "两亭镇苏陕协作社区工厂", "project", "两亭镇苏陕协作社区工厂"),
    ("hi04", "崔木镇中蜂养殖基地", "project", "崔木镇中蜂养殖基地"),
    ("hi04", "食用菌产业园二期", "industrial_park", "推动食用菌产业园二期尽快开工"),
    ("hi05", "招贤镇苏陕协作食用菌产业园", "industrial_park", "在招贤镇苏陕协作食用菌产业园"),
    ("hi05", "两亭镇苏陕协作社区工厂", "project", "在两亭镇苏陕协作社区工厂"),
    ("hi06", "东津水库灌区续建配套与现代化改造工程", "engineering_work", "协调推进东津水库灌区续建配套与现代化改造工程"),
    ("hi06", "修河城区段防洪提升工程", "engineering_work", "协调推进修河城区段防洪提升工程"),
    ("hi07", "东津水库灌区续建配套工程", "engineering_work", "东津水库灌区续建配套工程进展情况"),
    ("hi07", "修河城区段防洪提升工程", "engineering_work", "修河城区段防洪提升工程施工进度"),
    ("hi08", "何市镇宁红茶标准化生产基地", "project", "何市镇宁红茶标准化生产基地"),
    ("hi08", "渣津镇茶叶精深加工产业园", "industrial_park", "渣津镇茶叶精深加工产业园"),
    ("hi08", "修河渣津段堤防加固工程", "engineering_work", "修河渣津段堤防加固工程现场"),
    ("hi10", "沛县经济开发区新能源电池材料产业园二期", "industrial_park", "沛县经济开发区新能源电池材料产业园二期、"),
    ("hi10", "沛县城乡供水一体化二期工程", "infrastructure_project", "沛县城乡供水一体化二期工程等32个省市重大项目"),
    ("hi10", "招贤镇苏陕协作食用菌产业园二期", "industrial_park", "招贤镇苏陕协作食用菌产业园二期已建成投用"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("hi01", "沛县", "county", "in_project_name", "牵头推进沛县人民医院新院区建设项目"),
    ("hi01", "沛县经济开发区", "development_zone", "in_org_reference", "沛县经济开发区管委会"),
    ("hi02", "沛县经济开发区", "development_zone", "standalone", "深入沛县经济开发区和龙固镇"),
    ("hi02", "龙固镇", "town", "standalone", "深入沛县经济开发区和龙固镇"),
    ("hi02", "微山湖", "lake", "standalone", "统筹做好微山湖沿线生态保护"),
    ("hi02", "沛县", "county", "standalone", "闻立轩汇报了沛县今年省市重大项目"),
    ("hi03", "徐州市", "city", "in_title", _W03),
    ("hi03", "麟游", "county", "standalone", "联系沛县在麟游投资企业"),
    ("hi03", "沛县", "county", "standalone", "联系沛县在麟游投资企业"),
    ("hi03", "招贤镇", "town", "in_project_name", "协调推进招贤镇苏陕协作食用菌产业园建设"),
    ("hi03", "九成宫", "heritage_site", "in_project_name", "牵头推进九成宫遗址保护展示工程"),
    ("hi04", "江苏省", "province", "in_title", "江苏省徐州市沛县县委书记戚启东"),
    ("hi04", "徐州市", "city", "in_title", "江苏省徐州市沛县县委书记戚启东"),
    ("hi04", "沛县", "county", "standalone", "率沛县党政代表团到麟游县考察"),
    ("hi04", "麟游县", "county", "standalone", "率沛县党政代表团到麟游县考察"),
    ("hi04", "麟游", "county", "standalone", "麟游将用好协作资金"),
    ("hi04", "招贤镇", "town", "in_project_name", "先后来到招贤镇苏陕协作食用菌产业园"),
    ("hi04", "两亭镇", "town", "in_project_name", "两亭镇苏陕协作社区工厂"),
    ("hi04", "崔木镇", "town", "in_project_name", "崔木镇中蜂养殖基地"),
    ("hi05", "招贤镇", "town", "standalone", "深入招贤镇、两亭镇"),
    ("hi05", "两亭镇", "town", "standalone", "深入招贤镇、两亭镇"),
    ("hi05", "沛县", "county", "standalone", "要用好沛县的市场和企业资源"),
    ("hi05", "麟游", "county", "standalone", "推动麟游食用菌、中蜂等特色产品进入江苏市场"),
    ("hi05", "江苏", "province", "standalone", "推动麟游食用菌、中蜂等特色产品进入江苏市场"),
    ("hi06", "修水县", "county", "in_document_title", "修水县人民政府关于调整县政府领导工作分工的通知"),
    ("hi06", "修水工业园区", "zone_park", "in_org_reference", "修水工业园区管委会"),
    ("hi06", "东津水库", "reservoir", "in_project_name", "协调推进东津水库灌区续建配套与现代化改造工程"),
    ("hi06", "修河", "river", "in_project_name", "协调推进修河城区段防洪提升工程"),
    ("hi07", "修水县", "county", "in_document_title", "《修水县宁红茶产业高质量发展三年行动方案（2022—2024年）》"),
    ("hi07", "东津水库", "reservoir", "in_project_name", "东津水库灌区续建配套工程进展情况"),
    ("hi07", "修河", "river", "standalone", "加强修河沿线和山洪地质灾害隐患点巡查"),
    ("hi08", "何市镇", "town", "standalone", "深入何市镇、渣津镇"),
    ("hi08", "渣津镇", "town", "standalone", "深入何市镇、渣津镇"),
    ("hi08", "修河", "river", "standalone", "全面排查修河沿线堤防"),
    ("hi08", "修水", "county", "standalone", "茶产业是修水的特色产业和富民产业"),
    ("hi09", "江苏", "province", "standalone", "江苏沛县人"),
    ("hi09", "沛县", "county", "standalone", "江苏沛县人"),
    ("hi09", "沛县经济开发区", "development_zone", "in_org_reference", "沛县经济开发区管委会"),
    ("hi09", "栖山镇", "town", "in_title", "沛县栖山镇党委委员、副镇长"),
    ("hi09", "鹿楼镇", "town", "in_title", "沛县鹿楼镇党委副书记、镇长"),
    ("hi09", "陕西省", "province", "in_title", "挂职任陕西省麟游县委常委、副县长"),
    ("hi09", "麟游县", "county", "in_title", "挂职任陕西省麟游县委常委、副县长"),
    ("hi09", "徐州市", "city", "in_title", "徐州市驻麟游工作组组长"),
    ("hi09", "麟游", "county", "in_title", "徐州市驻麟游工作组组长"),
    ("hi10", "沛县", "county", "standalone", "6月19日，沛县召开重大项目推进暨东西部协作工作会议"),
    ("hi10", "沛县经济开发区", "development_zone", "in_project_name", "沛县经济开发区新能源电池材料产业园二期"),
    ("hi10", "麟游县", "county", "standalone", "沛县向麟游县拨付协作资金4200万元"),
    ("hi10", "招贤镇", "town", "in_project_name", "招贤镇苏陕协作食用菌产业园二期已建成投用"),
    ("hi10", "龙固镇", "town", "standalone", "龙固镇、栖山镇作了交流发言"),
    ("hi10", "栖山镇", "town", "standalone", "龙固镇、栖山镇作了交流发言"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="hi", conventions="set hi (blind set: county 领导之窗 / 政府领导 / 分工 pages and the same counties' news, in 江苏 徐州 沛县, 陕西 宝鸡 麟游县 and 江西 九江 修水县: a list page's 职务 line is a holding at the page's date, a 分工 通知's at the 通知's date; 分工 / 分管 / 联系 lines are duties, works named in them projects; 县政府党组 书记 / 副书记 are posts of X县政府党组; a 挂职 post is a holding of the organ where it is held (title without （挂职）) and a 工作组组长 a post of the team; prose 简历 clauses ``年月任…`` are dated past posts; bare organs take the page's county; one line per post per article)",
          persons_note="Set hi persons. id = corpus-wide person_id (hi:范卫疆#1 of 麟游县招贤镇 (陕西) and hi:范卫疆#2, 修水县副县长 (江西), are two people; hi:闻立轩 moves 沛县发展改革委主任 2021 → 麟游县委常委、副县长（挂职） 2022–2023 → 沛县委常委、常务副县长 2024; hi:鲍思远 沛县长 2021 → 沛县委书记 2024; hi:苗鸿志 沛县常务副县长 2021/2023 → 县长 2024; hi:黎映红 修水常务副县长 2022 → 县长 2024)")


if __name__ == "__main__":
    main()
