"""Write gold part ``ei`` (a blind set: 走访慰问 pages — 春节前夕, 七一, 八一 and 重阳 visits of county and city leaders to
困难群众, 老党员, 退役军人, 驻地部队, 敬老院 and 一线职工) from the tables below.

Pages ``tests/dev/texts/ei*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 宁陕融媒 春节 page (``宁陕融媒讯(记者 … 通讯员 …)``, the 县委书记 in the
县中心敬老院 and in the homes of named 离休干部, a 道德模范 and a 劳模; ``县委常委、组织部部长…，…，副县长…分别参加走访慰问``);
a 江苏文明网 page of a 县委书记 in a 居委会 (``在困难党员…和优抚军人…的家中``, ``还看望了困难户…、五保户…``); the 随县网
page (``县人大副主任…在…镇党委书记…和组织委员…的陪同下``, a 96-year-old 老党员 named); a 网易河北 page of 武强县
(县委书记, 县长, 人大主任, 政协主席 at the 光荣院, 县人武部, 武警中队, 县消防救援大队 and in the homes of a named 困难教师, a
``残疾军人、老党员`` and a 低保户); the 安康 退役军人 page of an 八一 visit (``县委常委、县人武部部长…、副县长…``, 驻军部队,
消防大队, 武警中队); the 巴东 八一 page (``(记者 … 责任编辑 …)``); the 云上谷城 八一 page (``©原创 2020-07-31 12:01 云上谷城``,
one paragraph per unit visited: 县人武部, 县军休所, 县武警中队; ``记者: / 编辑: / 责任编辑: / 编审:``); the 许昌 城管局 page
(``当前位置: 首页 >> 城管纪实 > > 要闻集锦``, ``阅读次数: 出处: 发布日期:2023-01-20 12:13:00``, the 市委书记 at a 垃圾中转站);
the 本溪县 page (``来源:本溪县报 发布时间:2017-08-01 15:41:37 浏览次数: 【字体:``, 八一 visits to 优抚对象 and a 军政座谈会
after them); the 宁波日报 第A1版 (``第A1版:今日要闻 4下一版``, ``本报讯(记者 … …)``, the 市委书记 and the 市委副书记 at different
units on different days) and the 上虞日报 (市委书记 and 市长 ``分头走访慰问驻虞部队``); a 天长 八一 page (several 市领导
``分别率队``, named 优抚对象); the 焦作日报 epaper item of 温县 (四大班子 in 11 groups, the 县委书记's and the 县长's visits
each with named 困难群众); 重阳 pages: 宁海新闻网 (县委书记 at a 110-year-old's home), a 启东 page (市委副书记 in a 敬老院 and
at a 百岁老人's and a 老党员's, ``1948年入伍，1951年6月入党``; 副市长 the day before), an 安庆 page (副市长 at a 镇敬老院,
``区委常委、常务副区长…陪同慰问``), a 遂溪 page (百岁老人 by name and age); the 安徽党媒云 page (``来源:… 2022-11-11
21:45:15 责编:``). Places are real and new to the corpus: 陕西 商洛 (商州区, 柞水县, 商南县), 甘肃 平凉 (崆峒区, 崇信县, 灵台县),
湖北 襄阳 (南漳县).

Shapes: the 商洛 市政府 site with three leaders' 春节 items on one day, each in a county with its 书记 / 县长 陪同 (ei01); a county
site (``时间： 来源： 作者： 阅读：``) with the 书记's and the 县长's items and the 县退役军人事务局局长 (ei02); the 商洛日报 第01版
holding three 八一 articles (市委书记 at 军分区 and 武警支队, 市长 in 柞水, the new 副市长 in 商南) (ei03); a county WeChat
account (``原创 柞水发布 … 发表于陕西``, ▲ caption, 往期推荐, 阅读 / 点赞 / 在看) of one 八一 tour (ei04); a county site of two
重阳 items (敬老院, 百岁老人, 老党员) with a project (ei05); a county site of three 七一 items (老党员 named with the year they joined)
(ei06); the 平凉日报 第A01版 of two 重阳 items in a district and a county (ei07); a county site of two 春节 items with the former
崇信 常务副县长 now 县长 (ei08); a county site of an 八一 tour and the 军政座谈会 after it (ei09); a portal (襄阳网) repost of a
county 融媒 item (``来源：云上南漳 作者： 编辑：``, 分享到, 相关阅读, 网友评论) (ei10).

Identity cases:
- ei:屈宏亮, a 县长 who becomes 县委书记: 柞水县委副书记、县长 in Jan 2023 (ei01, ei02); 柞水县委书记 in Jul/Aug 2024 (ei03,
  ei04).
- ei:党兆华, a county 书记 who moves to the city: 柞水县委书记 in Jan 2023 (ei01, ei02); 商洛市委常委、组织部部长 in Aug 2024 (ei03).
- ei:雷鸣涛, a county 书记 who becomes 副市长: 商南县委书记 in Jan 2023 (ei01); 商洛市 副市长 in Aug 2024 (ei03).
- ei:靳永康 moves between counties: 崇信县委常委、常务副县长 in Jun and Oct 2022 (ei06, ei07); 灵台县委副书记、县长 in Feb 2024
  (ei08).
- two different 吕向东 in unrelated places: ei:吕向东#1 is 柞水县退役军人事务局局长 (陕西 商洛; ei02 2023, ei04 2024); ei:吕向东#2
  is 南漳县城关镇党委书记 (湖北 襄阳; ei09 2023, ei10 2025).
- one organ name in several places: ``县退役军人事务局`` is 柞水's (ei02, ei04), 灵台's (ei08) and 南漳's (ei09); ``县人武部`` is
  商南's (ei03), 柞水's (ei04), 灵台's (ei08) and 南漳's (ei09); ``县中心敬老院`` is 商南's (ei01, ei05) and 崇信's (ei07);
  ``城关`` is 商南县城关街道 (ei05) and 南漳县城关镇 (ei09, ei10).
- the same officials on several pages: ei:聂怀远, ei:骆振川 (商洛 2023 and 2024), ei:巩德恒 and ei:于婧瑶 (商南), ei:甘立平 and
  ei:龚思远 (南漳 2023 and 2025).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bi, cn, az, bs where they speak; decided here where they are silent):
- Title chains: ``市委副书记、市长`` → X市委 副书记 + X市政府 市长; ``县委常委、常务副县长`` → X县委 常委 + X县政府 常务副县长;
  ``县委常委、组织部部长`` → X县委 常委 + X县委组织部 部长 (市委 the same); ``县委常委、县人武部部长 / 政委`` → X县委 常委 + X县人武部
  部长 / 政委 (bi, cn); ``县退役军人事务局局长`` → X县退役军人事务局 局长; ``县民政局局长`` → X县民政局 局长; ``大队长`` in the
  县消防救援大队 → X县消防救援大队 大队长 (cn); ``镇党委书记`` → county label + town + 党委 (``柞水县曹坪镇党委``).
- DECIDED HERE: ``市委常委、秘书长`` → X市委 常委 + X市委 秘书长 (the 秘书长 after 市委常委 is the 市委's, as bs's
  ``地委委员、秘书长``).
- DECIDED HERE (military units): ``市委常委、商洛军分区政委`` → 商洛市委 常委 + 商洛军分区 政委; ``武警商洛支队`` … ``支队长`` →
  武警商洛支队 支队长 (units as written, with the city they carry). The units visited (军分区, 武警支队 / 中队, 县人武部, 县消防救援
  大队), 敬老院, 社会福利院, 环卫中心, 退役军人服务站 are institutions, not places or projects (as cn).
- Bare organs take the page's place: on a county site that county; on the city site and in the city paper the city (``市委``,
  ``市退役军人事务局`` = 商洛's, 平凉's); a bare ``区委副书记、区长`` right after ``商州区委书记`` is 商州区's; a bare ``县委常委``
  after ``商南县委书记`` in the 商洛日报 is 商南's. DECIDED HERE (as ah08): on the WeChat page (ei04) the bare 县 organs are those
  of the account's county (``柞水发布``, ``来源：柞水县融媒体中心``), which the body does not name.
- DECIDED HERE (the people visited): named 老党员, 困难群众 / 困难党员, 退役军人, 老战士, 烈属, 立功军人, 百岁老人 are persons of type
  ``resident`` with no post (``退役女兵`` who founded a 合作社 included: no role is written); they are not participants of the
  visit (neither attendees nor speakers: the visit is to them, and none is quoted here). ``1956年入党`` and the like are no posts.
- DECIDED HERE (several items on one page): each leader's item (``聂怀远在商州区走访慰问``, ``骆振川在柞水县…``) is a visit of
  its own, ``visit (走访慰问)`` as bi and cn, led by that leader and dated by the lead's date; the lead's joint sentence
  (``…分别带队深入县区，走访慰问…``) is not one more event. Those 陪同 / 参加慰问 / in the leader's 一行 are attendees; 介绍 /
  汇报 speakers; the leader a speaker when his 要求 / 叮嘱 / 指出 / 强调 / 表示 is reported. A closing ``X强调`` paragraph after
  the items belongs to X's own item. ei09's 军政座谈会 (``当天下午``) is a meeting of its own, dated by the lead's 7月28日
  (``主持`` chair, ``出席并讲话`` attendee and speaker, ``通报`` speakers).
- Bylines: ``本报讯（记者 …）`` / ``（记者 … 通讯员 …）`` reporter / correspondent; ``记者：`` reporter; DECIDED HERE: ``作者：``
  on a government site or a portal is an author line, and where the same name is also ``记者：`` (ei08) one reporter line;
  ``（县民政局　苏曼琪）`` / ``（县退役军人事务局　谭桂芝）`` author lines; 责任编辑 / 编辑 / 审核 / 校对 editor lines.
- Projects: works visited under way: a 污水处理厂扩建工程, a 供热管网改造工程 and a 供水管网改造工程 ``infrastructure_project``;
  a 敬老院 适老化改造项目 / 失能照护楼建设项目 and a 党群服务中心提升改造工程 ``project``, named as written (DECIDED HERE: the bare
  ``县中心敬老院适老化改造项目`` keeps its bare 县).
- Places: one line per name per file as written; places inside titles and project names count; site lines, mastheads,
  来源 lines, ``发表于陕西``, footers, related-article lists (上一篇 / 下一篇, 本版其他新闻, 往期推荐, 相关阅读) are not annotated.
  DECIDED HERE: the short forms written alone (``为商洛发展稳定``, ``为南漳发展稳定``) are places as written (商洛 city, 南漳 county);
  ``驻商``, ``驻漳`` are abbreviations, no places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

SL, ZS, SN, SZ = "商洛市", "柞水县", "商南县", "商州区"
PL, CX, LT, KT = "平凉市", "崇信县", "灵台县", "崆峒区"
NZ = "南漳县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ei01_shangluo.txt": (2023, "发布时间：2023-01-18 09:36", SL, [
        ("市领导春节前夕走访慰问困难群众和一线干部职工", "1月17日", "2023-01-17", "新春佳节临近，1月17日",
         "city site: three leaders' 春节 items (市委书记 in 商州区, 市长 in 柞水县, 市委副书记 in 商南县), each with the county's 书记 / 县长 陪同")]),
    "ei02_zhashui.txt": (2023, "时间：2023-01-17 17:52", ZS, [
        ("县领导春节前走访慰问老党员、困难群众和退役军人", "1月16日", "2023-01-16", "1月16日，县委书记党兆华",
         "county site: the 县委书记's and the 县长's 春节 items; 组织部部长, 常务副县长, a 镇党委书记 and the 县退役军人事务局局长")]),
    "ei03_shangluo.txt": (2024, "2024年8月1日　星期四", SL, [
        ("聂怀远走访慰问驻商部队官兵", "7月31日", "2024-07-31", "本报讯（记者 任浩然）在中国",
         "city paper 第01版: the 市委书记 at the 军分区 and the 武警支队 (军分区政委, the former 柞水县委书记 now 组织部部长)"),
        ("骆振川到柞水县看望慰问重点优抚对象", "7月31日", "2024-07-31", "本报讯（记者 沈若溪）7月31日",
         "city paper: the 市长 in 柞水县 with the former 县长 now 县委书记"),
        ("雷鸣涛在商南县走访慰问退役军人和军属", "7月31日", "2024-07-31", "本报讯（记者 任浩然 通讯员 韦明轩）",
         "city paper: the former 商南县委书记 now 副市长 in 商南 with the 市退役军人事务局局长 and 县人武部部长")]),
    "ei04_zhashui.txt": (2024, "2024-07-31 18:20", ZS, [
        ("屈宏亮走访慰问驻县部队官兵和退役军人", "7月30日", "2024-07-30", "7月30日，在“八一”建军节来临之际",
         "county WeChat account: the new 县委书记's 八一 tour (县人武部, 县消防救援大队, 退役军人) with the new 县长 and the 人武部部长")]),
    "ei05_shangnan.txt": (2024, "发布时间：2024-10-11 16:20:08", SN, [
        ("县领导重阳节前夕走访慰问老年人", "10月10日", "2024-10-10", "金秋送爽，情暖重阳。10月10日",
         "county site: the 县委书记's and the 县长's 重阳 items (县中心敬老院 and its 适老化改造项目, a 103-year-old, a 老党员); 民政局局长")]),
    "ei06_chongxin.txt": (2022, "发布日期：2022-06-30", CX, [
        ("县领导“七一”前夕走访慰问老党员和生活困难党员", "6月29日", "2022-06-29", "在中国共产党成立101周年到来之际",
         "county site: three 七一 items (县委书记, 县长, 常务副县长) with 老党员 and 困难党员 named; a 党群服务中心 project")]),
    "ei07_pingliang.txt": (2022, "2022年10月04日　星期二", PL, [
        ("市领导重阳节前夕看望慰问老年人", "10月3日", "2022-10-03", "本报讯（记者 戚宇轩）九九重阳",
         "city paper 第A01版: the 市委副书记 in 崆峒区 and the 副市长 in 崇信县 (常务副县长 陪同); a 敬老院 project")]),
    "ei08_lingtai.txt": (2024, "发布时间：2024-02-06 10:12", LT, [
        ("县领导春节前走访慰问困难群众、驻县单位和一线职工", "2月5日", "2024-02-05", "甲辰龙年春节将至，2月5日",
         "county site: the 县委书记 at the 人武部, the 消防救援大队 and a 供热 project; the 县长 (the former 崇信 常务副县长) in 中台镇")]),
    "ei09_nanzhang.txt": (2023, "发布时间：2023-07-29 11:05", NZ, [
        ("县领导走访慰问驻漳部队官兵和退役军人", "7月28日", "2023-07-28", "在中国人民解放军建军96周年来临之际",
         "county site: 八一 items of the 县委书记 (武警中队, 人武部, 消防) and the 县长 (老战士, 烈属; 城关镇党委书记 吕向东#2); 军政座谈会")]),
    "ei10_nanzhang.txt": (2025, "2025-01-23 18:40:12", NZ, [
        ("南漳县领导春节前走访慰问一线职工和困难群众", "1月22日", "2025-01-22", "1月22日，县委书记甘立平",
         "portal repost of a county 融媒 item: the 县委书记 at a 供水 project and an 环卫 station (吕向东#2 陪同), the 县长 in 九集镇")]),
}

_E01_LEAD = "市委书记聂怀远，市委副书记、市长骆振川，市委副书记苗文清分别带队"
_E02_LEAD = "县委书记党兆华，县委副书记、县长屈宏亮等县领导"
_E04_LEAD = "县委书记屈宏亮，县委副书记、县长邵明轩，县委常委、县人武部部长柴伟东一行"
_E05_LEAD = "县委书记巩德恒，县委副书记、县长于婧瑶分别带队"
_E06_LEAD = "县委书记马骁岩，县委副书记、县长蔺文婷，县委常委、常务副县长靳永康等县级领导"
_E07_LEAD = "市委副书记景瑞林，副市长褚海燕分别到崆峒区"
_E08_LEAD = "县委书记权振宇，县委副书记、县长靳永康分别带队"
_E09_LEAD = "县委书记甘立平，县委副书记、县长龚思远，县委常委、县人武部政委卢振国等县领导"
_E09_ACC = "城关镇党委书记吕向东，县退役军人事务局局长胥德明陪同"
_E10_LEAD = "县委书记甘立平，县委副书记、县长龚思远分别带队"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 商洛市
    "ei:聂怀远": ("聂怀远", "official", SL, [
        ("ei01", f"{SL}委", "书记", _E01_LEAD, "2023-01"),
        ("ei03", f"{SL}委", "书记", "7月31日，市委书记聂怀远走访慰问", "2024-07; named in the headline too")], []),
    "ei:骆振川": ("骆振川", "official", SL, [
        ("ei01", f"{SL}委", "副书记", _E01_LEAD, "2023-01"),
        ("ei01", f"{SL}政府", "市长", _E01_LEAD, None),
        ("ei03", f"{SL}委", "副书记", "市委副书记、市长骆振川来到柞水县", "2024-07"),
        ("ei03", f"{SL}政府", "市长", "市委副书记、市长骆振川来到柞水县", None)], []),
    "ei:苗文清": ("苗文清", "official", SL, [
        ("ei01", f"{SL}委", "副书记", _E01_LEAD, None)], []),
    "ei:钱立峰": ("钱立峰", "official", SL, [
        ("ei01", f"{SL}委", "常委", "市委常委、秘书长钱立峰", None),
        ("ei01", f"{SL}委", "秘书长", "市委常委、秘书长钱立峰", "DECIDED HERE: 秘书长 after 市委常委 = the 市委's")], []),
    "ei:邝振宇": ("邝振宇", "official", SL, [
        ("ei03", f"{SL}委", "常委", "市委常委、商洛军分区政委邝振宇", None),
        ("ei03", "商洛军分区", "政委", "市委常委、商洛军分区政委邝振宇", "DECIDED HERE: the 军分区 as written")], []),
    "ei:简晓光": ("简晓光", "official", SL, [
        ("ei03", "武警商洛支队", "支队长", "听取了支队长简晓光关于", "DECIDED HERE: the 武警支队 as written (在武警商洛支队，…支队长)")], []),
    "ei:卜建平": ("卜建平", "official", SL, [
        ("ei03", f"{SL}退役军人事务局", "局长", "市退役军人事务局局长卜建平", "bare 市 in the 商洛日报")], []),
    "ei:冯远志": ("冯远志", "official", SZ, [
        ("ei01", f"{SZ}委", "书记", "商州区委书记冯远志", None)], []),
    "ei:温晓璐": ("温晓璐", "official", SZ, [
        ("ei01", f"{SZ}委", "副书记", "区委副书记、区长温晓璐", "bare 区委 right after 商州区委书记"),
        ("ei01", f"{SZ}政府", "区长", "区委副书记、区长温晓璐", None)], []),
    # ---- 柞水县
    "ei:党兆华": ("党兆华", "official", SL, [
        ("ei01", f"{ZS}委", "书记", "柞水县委书记党兆华", "2023-01 (identity case: 商洛市委常委、组织部部长 in 2024, ei03)"),
        ("ei02", f"{ZS}委", "书记", _E02_LEAD, "2023-01"),
        ("ei03", f"{SL}委", "常委", "市委常委、组织部部长党兆华参加慰问", "2024-07: now in the city"),
        ("ei03", f"{SL}委组织部", "部长", "市委常委、组织部部长党兆华参加慰问", None)], []),
    "ei:屈宏亮": ("屈宏亮", "official", ZS, [
        ("ei01", f"{ZS}委", "副书记", "县委副书记、县长屈宏亮陪同慰问", "2023-01: bare 县委 right after 柞水县委书记 (identity case: 县委书记 in 2024)"),
        ("ei01", f"{ZS}政府", "县长", "县委副书记、县长屈宏亮陪同慰问", None),
        ("ei02", f"{ZS}委", "副书记", _E02_LEAD, "2023-01"),
        ("ei02", f"{ZS}政府", "县长", _E02_LEAD, None),
        ("ei03", f"{ZS}委", "书记", "柞水县委书记屈宏亮陪同", "2024-07: now 县委书记"),
        ("ei04", f"{ZS}委", "书记", _E04_LEAD, "2024-07; named in the headline too")], []),
    "ei:房丽萍": ("房丽萍", "official", ZS, [
        ("ei02", f"{ZS}委", "常委", "县委常委、组织部部长房丽萍陪同慰问", None),
        ("ei02", f"{ZS}委组织部", "部长", "县委常委、组织部部长房丽萍陪同慰问", None)], []),
    "ei:孔令骞": ("孔令骞", "official", ZS, [
        ("ei02", f"{ZS}委", "常委", "县委常委、常务副县长孔令骞参加慰问", None),
        ("ei02", f"{ZS}政府", "常务副县长", "县委常委、常务副县长孔令骞参加慰问", None)], []),
    "ei:何佳慧": ("何佳慧", "official", ZS, [
        ("ei02", f"{ZS}曹坪镇党委", "书记", "在曹坪镇，镇党委书记何佳慧", "镇 = 曹坪镇 (在曹坪镇，…)")], []),
    "ei:吕向东#1": ("吕向东", "official", ZS, [
        ("ei02", f"{ZS}退役军人事务局", "局长", "县退役军人事务局局长吕向东汇报了", "柞水 (陕西), 2023; not the 吕向东 of 南漳 (ei09, ei10)"),
        ("ei04", f"{ZS}退役军人事务局", "局长", "县退役军人事务局局长吕向东陪同慰问", "2024")], []),
    "ei:邵明轩": ("邵明轩", "official", ZS, [
        ("ei04", f"{ZS}委", "副书记", _E04_LEAD, "2024-07: succeeds 屈宏亮 as 县长"),
        ("ei04", f"{ZS}政府", "县长", _E04_LEAD, None)], []),
    "ei:柴伟东": ("柴伟东", "official", ZS, [
        ("ei04", f"{ZS}委", "常委", _E04_LEAD, None),
        ("ei04", f"{ZS}人武部", "部长", _E04_LEAD, "as bi, cn")], []),
    "ei:贺子骞": ("贺子骞", "official", ZS, [
        ("ei04", f"{ZS}消防救援大队", "大队长", "大队长贺子骞汇报了", "在县消防救援大队，大队长… (as cn)")], []),
    # ---- 商南县
    "ei:雷鸣涛": ("雷鸣涛", "official", SL, [
        ("ei01", f"{SN}委", "书记", "商南县委书记雷鸣涛", "2023-01 (identity case: 商洛市副市长 in 2024, ei03)"),
        ("ei03", f"{SL}政府", "副市长", "副市长雷鸣涛到商南县", "2024-07: now 副市长; named in the headline too")], []),
    "ei:于婧瑶": ("于婧瑶", "official", SN, [
        ("ei01", f"{SN}委", "副书记", "县委副书记、县长于婧瑶陪同", "2023-01: bare 县委 right after 商南县委书记"),
        ("ei01", f"{SN}政府", "县长", "县委副书记、县长于婧瑶陪同", None),
        ("ei05", f"{SN}委", "副书记", _E05_LEAD, "2024-10"),
        ("ei05", f"{SN}政府", "县长", _E05_LEAD, None)], []),
    "ei:巩德恒": ("巩德恒", "official", SN, [
        ("ei03", f"{SN}委", "书记", "商南县委书记巩德恒", "2024-07: succeeds 雷鸣涛"),
        ("ei05", f"{SN}委", "书记", _E05_LEAD, "2024-10")], []),
    "ei:詹宁": ("詹宁", "official", SN, [
        ("ei03", f"{SN}委", "常委", "县委常委、县人武部部长詹宁陪同", "bare 县委常委 after 商南县委书记 in the 商洛日报"),
        ("ei03", f"{SN}人武部", "部长", "县委常委、县人武部部长詹宁陪同", None)], []),
    "ei:谢安平": ("谢安平", "official", SN, [
        ("ei05", f"{SN}试马镇党委", "书记", "试马镇党委书记谢安平陪同", None)], []),
    "ei:蒙丽君": ("蒙丽君", "official", SN, [
        ("ei05", f"{SN}民政局", "局长", "县民政局局长蒙丽君介绍了", None)], []),
    # ---- 平凉市
    "ei:景瑞林": ("景瑞林", "official", PL, [
        ("ei07", f"{PL}委", "副书记", _E07_LEAD, None)], []),
    "ei:褚海燕": ("褚海燕", "official", PL, [
        ("ei07", f"{PL}政府", "副市长", _E07_LEAD, None)], []),
    "ei:翟立群": ("翟立群", "official", KT, [
        ("ei07", f"{KT}委", "副书记", "崆峒区委副书记、区长翟立群陪同", None),
        ("ei07", f"{KT}政府", "区长", "崆峒区委副书记、区长翟立群陪同", None)], []),
    # ---- 崇信县
    "ei:马骁岩": ("马骁岩", "official", CX, [
        ("ei06", f"{CX}委", "书记", _E06_LEAD, None)], []),
    "ei:蔺文婷": ("蔺文婷", "official", CX, [
        ("ei06", f"{CX}委", "副书记", _E06_LEAD, None),
        ("ei06", f"{CX}政府", "县长", _E06_LEAD, None)], []),
    "ei:靳永康": ("靳永康", "official", PL, [
        ("ei06", f"{CX}委", "常委", _E06_LEAD, "2022-06 (identity case: 灵台县委副书记、县长 in 2024, ei08)"),
        ("ei06", f"{CX}政府", "常务副县长", _E06_LEAD, None),
        ("ei07", f"{CX}委", "常委", "崇信县委常委、常务副县长靳永康陪同慰问", "2022-10: the same posts"),
        ("ei07", f"{CX}政府", "常务副县长", "崇信县委常委、常务副县长靳永康陪同慰问", None),
        ("ei08", f"{LT}委", "副书记", _E08_LEAD, "2024-02: now 灵台县委副书记、县长"),
        ("ei08", f"{LT}政府", "县长", _E08_LEAD, None)], []),
    "ei:郝丽娜": ("郝丽娜", "official", CX, [
        ("ei06", f"{CX}委", "常委", "县委常委、组织部部长郝丽娜", None),
        ("ei06", f"{CX}委组织部", "部长", "县委常委、组织部部长郝丽娜", None)], []),
    "ei:樊建民": ("樊建民", "official", CX, [
        ("ei06", f"{CX}锦屏镇党委", "书记", "锦屏镇党委书记樊建民陪同慰问", None)], []),
    # ---- 灵台县
    "ei:权振宇": ("权振宇", "official", LT, [
        ("ei08", f"{LT}委", "书记", _E08_LEAD, None)], []),
    "ei:扈成刚": ("扈成刚", "official", LT, [
        ("ei08", f"{LT}委", "常委", "县委常委、县人武部部长扈成刚介绍了", None),
        ("ei08", f"{LT}人武部", "部长", "县委常委、县人武部部长扈成刚介绍了", None)], []),
    "ei:巨晓峰": ("巨晓峰", "official", LT, [
        ("ei08", f"{LT}中台镇党委", "书记", "中台镇党委书记巨晓峰", None)], []),
    "ei:问建华": ("问建华", "official", LT, [
        ("ei08", f"{LT}退役军人事务局", "局长", "县退役军人事务局局长问建华陪同", "县退役军人事务局 = 灵台's here")], []),
    # ---- 南漳县
    "ei:甘立平": ("甘立平", "official", NZ, [
        ("ei09", f"{NZ}委", "书记", _E09_LEAD, "2023-07"),
        ("ei10", f"{NZ}委", "书记", _E10_LEAD, "2025-01")], []),
    "ei:龚思远": ("龚思远", "official", NZ, [
        ("ei09", f"{NZ}委", "副书记", _E09_LEAD, "2023-07"),
        ("ei09", f"{NZ}政府", "县长", _E09_LEAD, None),
        ("ei10", f"{NZ}委", "副书记", _E10_LEAD, "2025-01"),
        ("ei10", f"{NZ}政府", "县长", _E10_LEAD, None)], []),
    "ei:卢振国": ("卢振国", "official", NZ, [
        ("ei09", f"{NZ}委", "常委", _E09_LEAD, None),
        ("ei09", f"{NZ}人武部", "政委", _E09_LEAD, "as bi, cn")], []),
    "ei:吕向东#2": ("吕向东", "official", NZ, [
        ("ei09", f"{NZ}城关镇党委", "书记", _E09_ACC, "南漳 (湖北), 2023; not the 吕向东 of 柞水 (ei02, ei04)"),
        ("ei10", f"{NZ}城关镇党委", "书记", "城关镇党委书记吕向东陪同", "2025")], []),
    "ei:胥德明": ("胥德明", "official", NZ, [
        ("ei09", f"{NZ}退役军人事务局", "局长", _E09_ACC, "县退役军人事务局 = 南漳's here")], []),
    # ---- the people visited (DECIDED HERE: type resident, no post)
    "ei:屠秀芝": ("屠秀芝", "resident", SZ, [], ["ei01"]),
    "ei:贾守义": ("贾守义", "resident", SZ, [], ["ei01"]),
    "ei:车德厚": ("车德厚", "resident", ZS, [], ["ei01"]),
    "ei:闵长春": ("闵长春", "resident", SN, [], ["ei01"]),
    "ei:柯茂堂": ("柯茂堂", "resident", ZS, [], ["ei02"]),
    "ei:鲍玉琴": ("鲍玉琴", "resident", ZS, [], ["ei02"]),
    "ei:阮正清": ("阮正清", "resident", ZS, [], ["ei02"]),
    "ei:卓万山": ("卓万山", "resident", ZS, [], ["ei03"]),
    "ei:冯满仓": ("冯满仓", "resident", SN, [], ["ei03"]),
    "ei:祁有才": ("祁有才", "resident", ZS, [], ["ei04"]),
    "ei:贠红霞": ("贠红霞", "resident", ZS, [], ["ei04"]),
    "ei:余凤英": ("余凤英", "resident", SN, [], ["ei05"]),
    "ei:焦德明": ("焦德明", "resident", SN, [], ["ei05"]),
    "ei:侯秀英": ("侯秀英", "resident", SN, [], ["ei05"]),
    "ei:梁守仁": ("梁守仁", "resident", CX, [], ["ei06"]),
    "ei:苟玉梅": ("苟玉梅", "resident", CX, [], ["ei06"]),
    "ei:蔺春生": ("蔺春生", "resident", CX, [], ["ei06"]),
    "ei:强卫国": ("强卫国", "resident", CX, [], ["ei06"]),
    "ei:慕秀英": ("慕秀英", "resident", CX, [], ["ei07"]),
    "ei:姚有福": ("姚有福", "resident", CX, [], ["ei07"]),
    "ei:鱼永祥": ("鱼永祥", "resident", LT, [], ["ei08"]),
    "ei:芦桂珍": ("芦桂珍", "resident", LT, [], ["ei08"]),
    "ei:曹金凤": ("曹金凤", "resident", LT, [], ["ei08"]),
    "ei:向洪山": ("向洪山", "resident", NZ, [], ["ei09"]),
    "ei:覃玉芬": ("覃玉芬", "resident", NZ, [], ["ei09"]),
    "ei:毛德贵": ("毛德贵", "resident", NZ, [], ["ei10"]),
    "ei:邹明德": ("邹明德", "resident", NZ, [], ["ei10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ei01", "房小满", "责任编辑", "editor", "责任编辑：房小满"),
    ("ei02", "庞立夏", "作者", "author", "作者：庞立夏"),
    ("ei02", "晏秋实", "责任编辑", "editor", "责任编辑：晏秋实"),
    ("ei03", "任浩然", "记者", "reporter", "本报讯（记者 任浩然）"),
    ("ei03", "沈若溪", "记者", "reporter", "本报讯（记者 沈若溪）"),
    ("ei03", "韦明轩", "通讯员", "correspondent", "本报讯（记者 任浩然 通讯员 韦明轩）"),
    ("ei03", "阎婉清", "责任编辑", "editor", "责任编辑：阎婉清"),
    ("ei03", "卫蓓", "校对", "editor", "校对：卫蓓"),
    ("ei04", "杭雪松", "记者", "reporter", "记者：杭雪松"),
    ("ei04", "师晓蕾", "编辑", "editor", "编辑：师晓蕾"),
    ("ei04", "武丹阳", "审核", "editor", "审核：武丹阳"),
    ("ei05", "苏曼琪", "供稿", "author", "（县民政局　苏曼琪）"),
    ("ei05", "梅江涛", "责任编辑", "editor", "责任编辑：梅江涛"),
    ("ei06", "吴振邦", "责任编辑", "editor", "责任编辑：吴振邦"),
    ("ei07", "戚宇轩", "记者", "reporter", "本报讯（记者 戚宇轩）"),
    ("ei07", "申雨萌", "责任编辑", "editor", "责任编辑：申雨萌"),
    ("ei08", "郜婷", "记者", "reporter", "记者：郜婷"),
    ("ei08", "左金锁", "编辑", "editor", "编辑：左金锁"),
    ("ei08", "任海棠", "审核", "editor", "审核：任海棠"),
    ("ei09", "谭桂芝", "供稿", "author", "（县退役军人事务局　谭桂芝）"),
    ("ei09", "聂红英", "责任编辑", "editor", "责任编辑：聂红英"),
    ("ei10", "柳长青", "作者", "author", "作者：柳长青"),
    ("ei10", "宋德全", "编辑", "editor", "编辑：宋德全"),
]
# 任浩然 signs two articles of ei03 (A1 and A3)
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {("ei03", "任浩然"): "本报讯（记者 任浩然 通讯员 韦明轩）"}

_V = "visit (走访慰问)"

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ei01", "商州区春节前夕走访慰问困难群众、老党员和环卫工人", _V, "1月17日", None, "聂怀远", [],
     ["钱立峰", "冯远志", "温晓璐"], ["聂怀远"], "商州区",
     "聂怀远在商州区走访慰问",
     ["聂怀远在商州区走访慰问", "市委常委、秘书长钱立峰，商州区委书记冯远志，区委副书记、区长温晓璐参加慰问", "聂怀远详细询问"]),
    ("ei01", "柞水县春节前夕走访慰问困难群众和项目施工人员", _V, "1月17日", None, "骆振川", [],
     ["党兆华", "屈宏亮"], ["骆振川"], "柞水县",
     "骆振川在柞水县走访慰问",
     ["骆振川在柞水县走访慰问", "柞水县委书记党兆华，县委副书记、县长屈宏亮陪同慰问", "骆振川要求项目单位"]),
    ("ei01", "商南县春节前夕看望慰问困难党员和敬老院老人", _V, "1月17日", None, "苗文清", [],
     ["雷鸣涛", "于婧瑶"], ["苗文清"], "商南县",
     "苗文清在商南县看望慰问了困难党员闵长春和县中心敬老院集中供养的老人",
     ["苗文清在商南县看望慰问", "商南县委书记雷鸣涛，县委副书记、县长于婧瑶陪同", "并叮嘱敬老院"]),
    ("ei02", "乾佑街道、下梁镇春节走访慰问老党员和困难群众", _V, "1月16日", None, "党兆华", [],
     ["房丽萍"], ["党兆华"], "乾佑街道、下梁镇",
     "党兆华先后来到乾佑街道、下梁镇，看望了老党员柯茂堂和困难群众鲍玉琴",
     ["党兆华先后来到乾佑街道、下梁镇", "县委常委、组织部部长房丽萍陪同慰问", "党兆华仔细察看屋内取暖设施，叮嘱镇村干部"]),
    ("ei02", "县人武部、曹坪镇春节走访慰问人武部干部职工和退役军人", _V, "1月16日", None, "屈宏亮", [],
     ["孔令骞"], ["何佳慧", "吕向东", "屈宏亮"], "县人武部、曹坪镇",
     "屈宏亮先后来到县人武部和曹坪镇，看望慰问人武部干部职工和参战老兵阮正清",
     ["屈宏亮先后来到县人武部和曹坪镇", "县委常委、常务副县长孔令骞参加慰问", "镇党委书记何佳慧介绍了", "局长吕向东汇报了", "屈宏亮表示"]),
    ("ei03", "“八一”走访慰问商洛军分区和武警商洛支队", _V, "7月31日", None, "聂怀远", [],
     ["邝振宇", "党兆华"], ["简晓光", "聂怀远"], "商洛军分区、武警商洛支队",
     "市委书记聂怀远走访慰问商洛军分区和武警商洛支队",
     ["市委书记聂怀远走访慰问商洛军分区和武警商洛支队", "市委常委、商洛军分区政委邝振宇，市委常委、组织部部长党兆华参加慰问",
      "听取了支队长简晓光关于", "聂怀远指出"]),
    ("ei03", "柞水县“八一”看望慰问县人武部和重点优抚对象", _V, "7月31日", None, "骆振川", [],
     ["屈宏亮"], ["骆振川"], "柞水县",
     "市委副书记、市长骆振川来到柞水县，看望慰问县人武部干部职工和重点优抚对象",
     ["市长骆振川来到柞水县", "柞水县委书记屈宏亮陪同", "骆振川要求"]),
    ("ei03", "商南县“八一”走访慰问退役军人和军属", _V, "7月31日", None, "雷鸣涛", [],
     ["卜建平", "巩德恒", "詹宁"], ["卜建平", "雷鸣涛"], "商南县",
     "副市长雷鸣涛到商南县走访慰问退役军人和军属",
     ["副市长雷鸣涛到商南县走访慰问", "市退役军人事务局局长卜建平，商南县委书记巩德恒，县委常委、县人武部部长詹宁陪同",
      "卜建平介绍了", "雷鸣涛强调"]),
    ("ei04", "“八一”走访慰问县人武部、县消防救援大队和退役军人", _V, "7月30日", None, "屈宏亮", [],
     ["邵明轩", "柴伟东", "吕向东"], ["柴伟东", "贺子骞", "屈宏亮", "邵明轩"], "县人武部、县消防救援大队、营盘镇",
     "县委常委、县人武部部长柴伟东一行走访慰问县人武部、县消防救援大队和部分退役军人",
     [_E04_LEAD, "县退役军人事务局局长吕向东陪同慰问", "听取了柴伟东关于", "大队长贺子骞汇报了", "屈宏亮强调", "邵明轩表示"]),
    ("ei05", "重阳节走访慰问县中心敬老院老人和百岁老人", _V, "10月10日", None, "巩德恒", [],
     ["谢安平"], ["巩德恒"], "县中心敬老院、试马镇",
     "巩德恒首先来到县中心敬老院",
     ["巩德恒首先来到县中心敬老院", "试马镇党委书记谢安平陪同", "他要求，改造施工", "巩德恒强调"]),
    ("ei05", "重阳节走访慰问老党员和高龄老人", _V, "10月10日", None, "于婧瑶", [],
     [], ["于婧瑶", "蒙丽君"], "富水镇、城关街道",
     "于婧瑶先后来到富水镇和城关街道，看望了老党员焦德明和高龄老人侯秀英",
     ["于婧瑶先后来到富水镇和城关街道", "叮嘱镇街干部", "县民政局局长蒙丽君介绍了"]),
    ("ei06", "“七一”走访慰问锦屏镇老党员", _V, "6月29日", None, "马骁岩", [],
     ["郝丽娜", "樊建民"], ["马骁岩"], "锦屏镇三里沟村",
     "马骁岩来到锦屏镇三里沟村，看望了93岁的老党员梁守仁",
     ["马骁岩来到锦屏镇三里沟村", "县委常委、组织部部长郝丽娜，锦屏镇党委书记樊建民陪同慰问", "马骁岩强调"]),
    ("ei06", "“七一”看望新窑镇生活困难党员", _V, "6月29日", None, "蔺文婷", [],
     [], ["蔺文婷"], "新窑镇",
     "蔺文婷在新窑镇看望了生活困难党员苟玉梅",
     ["蔺文婷在新窑镇看望了生活困难党员苟玉梅", "叮嘱镇村干部落实好医疗救助和低保政策"]),
    ("ei06", "“七一”看望慰问黄寨镇老战士和困难党员", _V, "6月29日", None, "靳永康", [],
     [], ["靳永康"], "黄寨镇",
     "靳永康在黄寨镇看望慰问了老战士蔺春生和困难党员强卫国",
     ["靳永康在黄寨镇看望慰问了", "要求施工方在7月底前完成主体改造"]),
    ("ei07", "崆峒区重阳节看望慰问养老机构老人", _V, "10月3日", None, "景瑞林", [],
     ["翟立群"], ["景瑞林"], "崆峒区",
     "景瑞林来到崆峒区社会福利院和柳湖街道社区老年食堂",
     ["景瑞林来到崆峒区社会福利院", "崆峒区委副书记、区长翟立群陪同", "景瑞林指出"]),
    ("ei07", "崇信县重阳节看望慰问高龄老人", _V, "10月3日", None, "褚海燕", [],
     ["靳永康"], ["褚海燕"], "崇信县柏树镇",
     "褚海燕在崇信县柏树镇看望了101岁老人慕秀英和92岁老党员姚有福",
     ["褚海燕在崇信县柏树镇看望了", "崇信县委常委、常务副县长靳永康陪同慰问", "要求年底前建成投用", "褚海燕表示"]),
    ("ei08", "春节前走访慰问驻县单位和一线职工", _V, "2月5日", None, "权振宇", [],
     [], ["扈成刚", "权振宇"], "县人武部、县消防救援大队",
     "权振宇先后来到县人武部和县消防救援大队，向官兵和消防指战员致以新春问候",
     ["权振宇先后来到县人武部和县消防救援大队", "县人武部部长扈成刚介绍了", "叮嘱企业落实好安全生产责任", "权振宇强调"]),
    ("ei08", "中台镇春节走访慰问困难群众和退役军人", _V, "2月5日", None, "靳永康", [],
     ["巨晓峰", "问建华"], ["靳永康", "问建华"], "中台镇",
     "靳永康在中台镇走访慰问了困难群众鱼永祥、芦桂珍和退役军人曹金凤",
     ["靳永康在中台镇走访慰问了", "中台镇党委书记巨晓峰，县退役军人事务局局长问建华陪同", "叮嘱镇村干部及时跟进", "问建华汇报了"]),
    ("ei09", "“八一”走访慰问驻漳部队官兵", _V, "7月28日", None, "甘立平", [],
     ["卢振国"], ["卢振国", "甘立平"], "武警南漳中队、县人武部、县消防救援大队",
     "甘立平一行先后来到武警南漳中队、县人武部和县消防救援大队",
     ["甘立平一行先后来到武警南漳中队", _E09_LEAD, "卢振国汇报了", "甘立平指出"]),
    ("ei09", "“八一”看望慰问老战士和烈属", _V, "7月28日", None, "龚思远", [],
     ["吕向东", "胥德明"], ["胥德明", "龚思远"], "城关镇、武安镇",
     "龚思远先后来到城关镇和武安镇，看望了抗美援朝老战士向洪山和烈属覃玉芬",
     ["龚思远先后来到城关镇和武安镇", _E09_ACC, "胥德明介绍了", "龚思远要求"]),
    ("ei09", "庆“八一”军政座谈会", "meeting (座谈会)", "7月28日", "龚思远", None, ["南漳县委", "南漳县政府"],
     ["甘立平"], ["甘立平", "卢振国", "胥德明"], None,
     "当天下午，县委、县政府召开庆“八一”军政座谈会",
     ["甘立平出席并讲话", "龚思远主持", "卢振国通报了", "胥德明通报了"]),
    ("ei10", "春节前走访慰问项目施工人员和环卫工人", _V, "1月22日", None, "甘立平", [],
     ["吕向东"], ["甘立平"], "城关镇",
     "甘立平先后来到南漳县城区供水管网改造工程施工现场和城关镇环卫作业站",
     ["甘立平先后来到南漳县城区供水管网改造工程施工现场", "城关镇党委书记吕向东陪同", "甘立平叮嘱施工单位"]),
    ("ei10", "九集镇春节走访慰问困难群众", _V, "1月22日", None, "龚思远", [],
     [], ["龚思远"], "九集镇",
     "龚思远来到九集镇，走访慰问了困难群众毛德贵和邹明德",
     ["龚思远来到九集镇", "龚思远要求镇村干部"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ei01", "柞水县城南污水处理厂扩建工程", "infrastructure_project", "柞水县城南污水处理厂扩建工程工地"),
    ("ei05", "县中心敬老院适老化改造项目", "project", "正在实施的县中心敬老院适老化改造项目"),
    ("ei06", "黄寨镇党群服务中心提升改造工程", "project", "察看了黄寨镇党群服务中心提升改造工程进展情况"),
    ("ei07", "崇信县中心敬老院失能照护楼建设项目", "project", "褚海燕察看了崇信县中心敬老院失能照护楼建设项目"),
    ("ei08", "灵台县城区集中供热管网改造工程", "infrastructure_project", "灵台县城区集中供热管网改造工程现场"),
    ("ei10", "南漳县城区供水管网改造工程", "infrastructure_project", "南漳县城区供水管网改造工程施工现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ei01", "商州区", "district", "standalone", "聂怀远在商州区走访慰问"),
    ("ei01", "陈塬街道", "sub_district_office", "standalone", "在陈塬街道困难群众屠秀芝家中"),
    ("ei01", "大赵峪街道", "sub_district_office", "standalone", "在大赵峪街道老党员贾守义家中"),
    ("ei01", "柞水县", "county", "standalone", "骆振川在柞水县走访慰问"),
    ("ei01", "营盘镇", "town", "standalone", "先后来到营盘镇朱家湾村"),
    ("ei01", "朱家湾村", "village", "standalone", "先后来到营盘镇朱家湾村"),
    ("ei01", "商南县", "county", "standalone", "苗文清在商南县看望慰问"),
    ("ei02", "乾佑街道", "sub_district_office", "standalone", "党兆华先后来到乾佑街道、下梁镇"),
    ("ei02", "下梁镇", "town", "standalone", "党兆华先后来到乾佑街道、下梁镇"),
    ("ei02", "曹坪镇", "town", "standalone", "屈宏亮先后来到县人武部和曹坪镇"),
    ("ei03", "商洛", "city", "standalone", "为商洛发展稳定作出了重要贡献"),
    ("ei03", "柞水县", "county", "standalone", "市长骆振川来到柞水县"),
    ("ei03", "乾佑街道", "sub_district_office", "standalone", "先后来到乾佑街道抗美援朝老战士卓万山家中"),
    ("ei03", "下梁镇", "town", "standalone", "下梁镇一户烈属家中"),
    ("ei03", "商南县", "county", "standalone", "副市长雷鸣涛到商南县走访慰问"),
    ("ei03", "试马镇", "town", "standalone", "来到试马镇退役军人服务站和富水镇"),
    ("ei03", "富水镇", "town", "standalone", "来到试马镇退役军人服务站和富水镇"),
    ("ei04", "营盘镇", "town", "standalone", "屈宏亮一行来到营盘镇"),
    ("ei05", "试马镇", "town", "standalone", "随后，巩德恒来到试马镇"),
    ("ei05", "富水镇", "town", "standalone", "于婧瑶先后来到富水镇和城关街道"),
    ("ei05", "城关街道", "sub_district_office", "standalone", "于婧瑶先后来到富水镇和城关街道"),
    ("ei06", "锦屏镇", "town", "standalone", "马骁岩来到锦屏镇三里沟村"),
    ("ei06", "三里沟村", "village", "standalone", "马骁岩来到锦屏镇三里沟村"),
    ("ei06", "新窑镇", "town", "standalone", "蔺文婷在新窑镇看望了"),
    ("ei06", "黄寨镇", "town", "standalone", "靳永康在黄寨镇看望慰问了"),
    ("ei07", "崆峒区", "district", "standalone", "分别到崆峒区、崇信县看望慰问"),
    ("ei07", "崇信县", "county", "standalone", "分别到崆峒区、崇信县看望慰问"),
    ("ei07", "柳湖街道", "sub_district_office", "standalone", "柳湖街道社区老年食堂"),
    ("ei07", "柏树镇", "town", "standalone", "褚海燕在崇信县柏树镇看望了"),
    ("ei08", "灵台县", "county", "in_project_name", "灵台县城区集中供热管网改造工程现场"),
    ("ei08", "中台镇", "town", "standalone", "靳永康在中台镇走访慰问了"),
    ("ei09", "南漳", "county", "standalone", "为南漳发展稳定作出了重要贡献"),
    ("ei09", "城关镇", "town", "standalone", "龚思远先后来到城关镇和武安镇"),
    ("ei09", "武安镇", "town", "standalone", "龚思远先后来到城关镇和武安镇"),
    ("ei10", "南漳县", "county", "standalone", "南漳县其他县级领导"),
    ("ei10", "城关镇", "town", "standalone", "城关镇环卫作业站"),
    ("ei10", "九集镇", "town", "standalone", "龚思远来到九集镇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ei", conventions="set ei (blind set: 走访慰问 pages — 春节前夕, 七一, 八一 and 重阳 visits of county and city leaders in 陕西 商洛 (商州区, 柞水县, 商南县), 甘肃 平凉 (崆峒区, 崇信县, 灵台县) and 湖北 襄阳 (南漳县): each leader's item on a page of several is a visit (走访慰问) of its own, 陪同 / 参加慰问 attendees; named people visited (老党员, 困难群众, 退役军人, 烈属, 百岁老人) are persons of type resident with no post and no part in the visit; 军分区 / 武警支队 posts as written; 县人武部, 县消防救援大队, 县退役军人事务局, 镇党委 with their county's label; one line per post per article)",
          persons_note="Set ei persons. id = corpus-wide person_id (ei:吕向东#1 of 柞水县 (陕西, 退役军人事务局局长) and ei:吕向东#2 of 南漳县 (湖北, 城关镇党委书记) are two people; ei:屈宏亮 柞水县长 2023 → 县委书记 2024; ei:党兆华 柞水县委书记 2023 → 商洛市委常委、组织部部长 2024; ei:雷鸣涛 商南县委书记 2023 → 商洛市副市长 2024; ei:靳永康 崇信县委常委、常务副县长 2022 → 灵台县委副书记、县长 2024; type resident = a named person visited)")


if __name__ == "__main__":
    main()
