"""Write gold part ``br`` (a blind set: municipal departments of the four municipalities visiting their districts)
from the tables below.

Pages ``tests/dev/texts/br*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 上海 report of a 智能制造 大会 with ``上海市经济信息化委主任…，奉贤区委书记…，
奉贤区区长…出席`` and a 市经济信息化委 page ``市经济信息化委副主任…带队赴京调研`` (``…相关负责人参加调研``); a 闵行 page of the
四套班子 at the 进博会 (``区委书记…，区委副书记、区长…``) and a 紫竹高新区 page (``在闵行区区长…、副区长…陪同下``); a 嘉定 page of a
市领导 调研 of the 嘉定工业区 and a 嘉定 区人大 副主任's 走访 (``…镇、…分局等单位负责同志陪同``); a 北辰区政府常务会议 page (编辑 /
审核 / 监制 chrome) and a 滨海新区 交运局 page (``主办单位：天津市滨海新区交通运输局 … 网站标识码``); a 天津市交通运输委员会 工作要点
page (``市交通运输委员会党委委员、副主任``); a 重庆 全市交通工作会 (``市交通党委书记、市交委主任``), a 梁平 区交通局 page
(``首页>政务信息> 部门街镇``); 江津 pages (``江津融媒讯（记者 …）``, 双福工业园, 德感工业园, 珞璜, ``区委常委、副区长…参加调研和
座谈``; ``来源:江津区融媒体中心``, 责任编辑); a 合川 page (``区委副书记、区政府区长``, ``发布开发区:重庆合川工业园区``); a 涪陵
page (``区委常委、区政府常务副区长…，区政府副区长…陪同考察``); a 綦江 page of a 市政协副主席's 考察; a 重庆 新闻发布会 notice
listing ``市发展改革委党组书记、主任…；市经济信息委党组书记、主任…``; 北京 房山 pages (the 市政协主席's 调研 ``发布时间 … 文章来源
… 浏览量``; a 平谷 党政代表团 in 房山), a 门头沟 考察 and a 顺义 区政协 座谈会 and a 顺义 副区长's 走访.

Places are real and new to the corpus: 上海 闵行区 (闵行经开区, 莘庄工业区; br01, the 区政府 site) and 嘉定区 (嘉定工业区;
br02, the 嘉定报 第01版); 天津 北辰区 (北辰经开区, 双街镇; br03, the 区政府 site) and 东丽区 (东丽经开区, 东丽湖, 津汉公路; br04,
the 市交通运输委 site); 重庆 江津区 (双福工业园, 德感工业园, 江津综保区; br05, the 区政府 site), 合川区 (合川高新区, 草街, 钓鱼城,
东渡作业区; br06, the 区政府 site's 部门动态) and 涪陵区 (涪陵高新区, 李渡新城; br07, the 涪陵日报 第01版); 北京 顺义区 (天竺综保区,
临空经济区; br08, the 市发展改革委 site) and 房山区 (良乡高教园区; br09, the 区政府 site).

Shapes: a 市 department's 主任 with its 副主任 调研 in a district, the 区长, a 副区长 and a 区 department head 参加调研, a zone's
党工委书记、管委会主任 reporting, and a 座谈会 (br01); a district paper's 第01版 with a sub-headline ``喻晨阳陪同`` and the 委's
总工程师 (br02); a 市 department's 党组书记、主任 with its 副主任 on a district site (br03); a 市 department's own site (``委领导活动``)
reporting its 党委书记、主任's 调研 in a district, with its 副主任, the 区长, a 副区长 and a zone's 管委会主任 (br04); a district
site's ``江津融媒讯（记者 …）`` report of a 市 department's 调研 (br05); a district site's 部门动态 of the 市交通局 局长's 调研 with a
区 department head (br06); a district paper's report of a 市 department's 主任 and 副主任 with a 区委常委、副区长 and a bare
``高新区管委会主任`` (br07); a 市 department's own site writing only ``委党组书记、主任`` and ``委一级巡视员`` (br08); a district site
of a 市 局's 党组书记、局长 with its 副局长 (br09).

Identity cases:
- br:喻晨阳 moves from a 市 department to a district in 上海: 上海市经济信息化委副主任 (br01, Sept 2022) → 嘉定区委副书记、区长
  (br02, April 2024), where his former chief br:祁文彬 (上海市经济信息化委主任, br01 2022 and br02 2024) visits him.
- br:闻海鹰 moves from a district to a 市 department in 天津: 北辰区委常委、副区长 (br03, June 2023) → 天津市交通运输委副主任
  (br04, March 2024).
- br:符明远 moves from a district to a 市 department in 重庆: 江津区委副书记、区长 (br05, Aug 2022) → 重庆市交通局党组书记、局长
  (br06, May 2024).
- br:隗建新 moves from a district to a 市 department in 北京: 顺义区委副书记、区长 (br08, Nov 2023) → 北京市经济和信息化局党组
  书记、局长 (br09, June 2025).
- br:宦志鸿 holds one post over years: 重庆市经济信息委党组书记、主任 (br05 2022, br07 2025).
- two different 邸建国: br:邸建国#1 is 东丽区副区长 (天津, br04 2024); br:邸建国#2 is 涪陵区委常委、副区长 (重庆, br07 2025).
- one organ name in several places: ``经开区`` written bare in 闵行 (br01) and 北辰 (br03), with 东丽经开区 (br04); ``高新区``
  written bare in 合川 (br06) and 涪陵 (br07, also in a title: ``高新区管委会主任`` = 涪陵高新区管委会).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed. Run this, then
``python tests/dev/merge_gold.py``.

Choices (as in parts av and z where they speak; decided here where they are silent):
- Bare ``市`` is the municipality (a province-level city): ``市经济信息化委`` on a 闵行 / 嘉定 page = 上海市经济信息化委;
  ``市发展改革委`` on a 北辰 page = 天津市发展改革委; ``市交通运输委`` = 天津市交通运输委; ``市经济信息委`` and ``市交通局`` on 重庆
  district pages = 重庆市经济信息委 / 重庆市交通局; ``市经济和信息化局`` on a 房山 page = 北京市经济和信息化局. The department
  is named as the body writes it after 市 (no expansion to the full name).
- Bare ``区`` is the district of the page: ``区委副书记、区长`` on the 闵行 site = 闵行区委 副书记 + 闵行区政府 区长; on a 市
  department's own site (br04, br08) the district is the one the sentence names (``东丽区委副书记、区长缪春江，副区长邸建国`` →
  东丽区政府 副区长; ``顺义区委副书记、区长隗建新，副区长訾红英，区发展改革委主任岑立诚`` → 顺义区…). Districts of a municipality
  need no city prefix (each name here is the only district of that name in China).
- Bare ``委`` on a 市 department's own site is that department (as part z): br08 ``委党组书记、主任钮卫东`` on the 北京市发展和
  改革委员会 site → 北京市发展改革委党组 书记 + 北京市发展改革委 主任. DECIDED HERE: the page never writes the short form, and the
  label takes the corpus's short form 发展改革委 (as CONVENTIONS's 新乡市发展改革委 and br03's 天津市发展改革委), not the site line's
  full name. ``委一级巡视员郦振东`` → 北京市发展改革委 一级巡视员 (a rank of the department that holds it, as CONVENTIONS).
- 党组 goes only with 书记 (parts g, h, z). DECIDED HERE: a 委's ``党委书记`` (天津's 市交通运输委 has a 党委, not a 党组) is
  treated the same: ``市交通运输委党委书记、主任冼立明`` → 天津市交通运输委党委 书记 + 天津市交通运输委 主任.
- ``总工程师`` of a 委 is a post of the 委 (``市经济信息化委总工程师卜承志`` → 上海市经济信息化委 总工程师).
- Zones: as part av, a zone of a municipal district takes the district's name without 区 + its short name (闵行经开区, 北辰经开区,
  东丽经开区, 合川高新区, 涪陵高新区); ``高新区管委会主任幸德培`` on a 涪陵 paper → 涪陵高新区管委会 主任. DECIDED HERE: a zone whose
  own name is a town's or a place's and has no short form (``莘庄工业区``) takes the district label in front like a town
  (``莘庄工业区党工委书记、管委会主任裘海峰`` → 闵行区莘庄工业区党工委 书记 + 闵行区莘庄工业区管委会 主任); a zone whose name
  already begins with its district's name (``嘉定工业区``) is kept as written (嘉定工业区党工委 书记). In places, zones are
  annotated as the evidence writes them (``经开区``, ``高新区`` bare).
- District departments as written after the district: 闵行区经委, 北辰区发展改革委, 江津区经济信息委, 合川区交通局, 顺义区发展
  改革委.
- One line per post per article; headline and sub-headline repeats (``喻晨阳陪同``, ``…局长符明远来合调研…``) give no second line.
- Events: every 调研 is an ``inspection`` led by the 市 department's head (the 主任 / 局长 who 带队); 参加调研 / 陪同 people are
  attendees; 介绍 / 汇报 / 指出 / 强调 / 表示 / 说明 / 提出 people are speakers. A 座谈会 written as such (``随后召开的座谈会上``,
  ``调研座谈会上``) is a meeting of its own with its 介绍 / 汇报 / 通报 / 说明 speakers (br01, br02, br06, br09). DECIDED HERE:
  ``座谈中`` (br03, br08) is a part of the 调研, not a meeting of its own (its speakers go to the inspection); the 市 leader's
  closing 指出 / 强调 after a 座谈会 paragraph, when the text does not say it was said at the 座谈会, goes to the inspection.
  ``委…处室有关负责同志参加调研`` names nobody.
- Projects: named works under way (…产业园 / …二期 / …三期 industrial_park, roads, hubs, ports infrastructure_project,
  a 物流园 logistics_hub, bases and centres ``project``). Slogans and policies are not projects.
- Places: one line per name per file; a place inside a project name or a title counts; site lines, mastheads, 来源 lines,
  footers and 上一篇 / 下一篇 are not annotated. The short forms used by the bodies (``来闵行``, ``来嘉定``, ``来合川``, ``涪陵工业
  基础雄厚``) are annotated as written; ``来涪`` / ``来嘉`` (one character) are not.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "br01_minhang.txt": (2022, "发布时间：2022-09-07 17:26", "闵行区", [
        ("市经济信息化委主任祁文彬来闵行调研先进制造业发展工作", "9月6日", "2022-09-06", "9月6日，市经济信息化委主任",
         "district site: a 市 department's 主任 and 副主任 调研 in 闵行 with the 区长, a 副区长 and the 区经委主任; a zone's 党工委书记、管委会主任; 座谈会")]),
    "br02_jiading.txt": (2024, "2024年4月16日　星期二", "嘉定区", [
        ("市经济信息化委主任祁文彬来嘉调研汽车产业发展", "4月15日", "2024-04-15", "本报讯（记者 柏一鸣）4月15日",
         "district paper 第01版: the same 主任 in 嘉定, the former 副主任 now 区长 陪同; the 委's 总工程师; 座谈会")]),
    "br03_beichen.txt": (2023, "发布时间：2023-06-21 16:48", "北辰区", [
        ("市发展改革委党组书记、主任佘立舟到我区调研重点项目建设", "6月20日", "2023-06-20", "6月20日，市发展改革委党组书记",
         "district site: 天津市发展改革委's 党组书记、主任 and 副主任 调研; 区长, 区委常委、副区长, 区发展改革委主任; bare 经开区")]),
    "br04_dongli.txt": (2024, "发布时间：2024-03-28 10:15", "东丽区", [
        ("冼立明到东丽区调研交通基础设施建设工作", "3月27日", "2024-03-27", "3月27日，市交通运输委党委书记",
         "市交通运输委 site 委领导活动: 党委书记、主任's 调研 in 东丽区; the former 北辰 副区长 now 委副主任; 区长, 副区长, 东丽经开区管委会主任")]),
    "br05_jiangjin.txt": (2022, "日期：2022-08-12", "江津区", [
        ("市经济信息委来我区调研工业经济运行工作", "8月11日", "2022-08-11", "江津融媒讯（记者 邝雪莹）8月11日",
         "district site: 重庆市经济信息委's 党组书记、主任 调研 in 江津; 区长, 区委常委、副区长, 区经济信息委主任")]),
    "br06_hechuan.txt": (2024, "发布时间：2024-05-17 18:02", "合川区", [
        ("市交通局党组书记、局长符明远来合调研交通重点项目", "5月16日", "2024-05-16", "5月16日，市交通局党组书记",
         "district site 部门动态: the former 江津 区长 now 市交通局 局长 调研 in 合川; 区长, 副区长, 区交通局局长; bare 高新区; 座谈会")]),
    "br07_fuling.txt": (2025, "2025年3月19日　星期三", "涪陵区", [
        ("市经济信息委来涪调研新材料产业发展", "3月18日", "2025-03-18", "本报讯（记者 汪嘉宁）3月18日",
         "district paper 第01版: 市经济信息委 主任 and 副主任 in 涪陵; the other 邸建国 (区委常委、副区长); bare 高新区管委会主任")]),
    "br08_shunyi.txt": (2023, "发布时间：2023-11-09", "顺义区", [
        ("委党组书记、主任钮卫东到顺义区调研临空经济区建设", "11月8日", "2023-11-08", "11月8日，委党组书记",
         "市发展改革委 site 委领导活动: bare 委党组书记、主任 and 委一级巡视员; 顺义区长, 副区长, 区发展改革委主任; 天竺综保区")]),
    "br09_fangshan.txt": (2025, "发布时间：2025-06-13 15:40", "房山区", [
        ("市经济和信息化局局长隗建新到房山区调研", "6月12日", "2025-06-12", "6月12日，市经济和信息化局",
         "district site: the former 顺义 区长 now 市经济和信息化局 党组书记、局长 调研 in 房山 with his 副局长; 区长, 副区长; 座谈会")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note[, career date])], [files where named without a post])
PERSONS = {
    # ---- 上海
    "br:祁文彬": ("祁文彬", "official", "上海市", [
        ("br01", "上海市经济信息化委", "主任", "9月6日，市经济信息化委主任祁文彬带队来闵行", "2022-09; bare 市 = 上海市; named in the headline too"),
        ("br02", "上海市经济信息化委", "主任", "4月15日，市经济信息化委主任祁文彬带队来嘉定", "2024-04: the same post; named in the headline too")], []),
    "br:喻晨阳": ("喻晨阳", "official", "上海市", [
        ("br01", "上海市经济信息化委", "副主任", "市经济信息化委副主任喻晨阳", "2022-09 (identity case: 嘉定区长 in 2024, br02)"),
        ("br02", "嘉定区委", "副书记", "区委副书记、区长喻晨阳", "2024-04: bare 区 on the 嘉定报 = 嘉定区; the sub-headline 喻晨阳陪同 gives no line"),
        ("br02", "嘉定区政府", "区长", "区委副书记、区长喻晨阳", None)], []),
    "br:濮建华": ("濮建华", "official", "闵行区", [
        ("br01", "闵行区委", "副书记", "区委副书记、区长濮建华", "bare 区 on the 闵行 site"),
        ("br01", "闵行区政府", "区长", "区委副书记、区长濮建华", None)], []),
    "br:费思敏": ("费思敏", "official", "闵行区", [
        ("br01", "闵行区政府", "副区长", "副区长费思敏", None)], []),
    "br:殷立新": ("殷立新", "official", "闵行区", [
        ("br01", "闵行区经委", "主任", "区经委主任殷立新", "district department as written after the district")], []),
    "br:裘海峰": ("裘海峰", "official", "闵行区", [
        ("br01", "闵行区莘庄工业区党工委", "书记", "莘庄工业区党工委书记、管委会主任裘海峰", "DECIDED HERE: a zone named like a town takes the district label"),
        ("br01", "闵行区莘庄工业区管委会", "主任", "莘庄工业区党工委书记、管委会主任裘海峰", None)], []),
    "br:卜承志": ("卜承志", "official", "上海市", [
        ("br02", "上海市经济信息化委", "总工程师", "市经济信息化委总工程师卜承志", "总工程师 of a 委 is a post of the 委")], []),
    "br:宓志成": ("宓志成", "official", "嘉定区", [
        ("br02", "嘉定区政府", "副区长", "副区长宓志成陪同调研", None)], []),
    "br:邰静雯": ("邰静雯", "official", "嘉定区", [
        ("br02", "嘉定工业区党工委", "书记", "嘉定工业区党工委书记邰静雯", "zone name already begins with its district's name: as written")], []),
    # ---- 天津
    "br:佘立舟": ("佘立舟", "official", "天津市", [
        ("br03", "天津市发展改革委党组", "书记", "6月20日，市发展改革委党组书记、主任佘立舟带队到我区", "bare 市 on the 北辰 site = 天津市; named in the headline too"),
        ("br03", "天津市发展改革委", "主任", "6月20日，市发展改革委党组书记、主任佘立舟带队到我区", None)], []),
    "br:奚家宁": ("奚家宁", "official", "天津市", [
        ("br03", "天津市发展改革委", "副主任", "市发展改革委副主任奚家宁", None)], []),
    "br:练国栋": ("练国栋", "official", "北辰区", [
        ("br03", "北辰区委", "副书记", "区委副书记、区长练国栋", "我区 / bare 区 on the 北辰 site"),
        ("br03", "北辰区政府", "区长", "区委副书记、区长练国栋", None)], []),
    "br:闻海鹰": ("闻海鹰", "official", "天津市", [
        ("br03", "北辰区委", "常委", "区委常委、副区长闻海鹰", "2023-06 (identity case: 市交通运输委副主任 in 2024, br04)"),
        ("br03", "北辰区政府", "副区长", "区委常委、副区长闻海鹰", None),
        ("br04", "天津市交通运输委", "副主任", "市交通运输委副主任闻海鹰", "2024-03: now a 市 department's 副主任")], []),
    "br:庹志刚": ("庹志刚", "official", "北辰区", [
        ("br03", "北辰区发展改革委", "主任", "区发展改革委主任庹志刚", None)], []),
    "br:冼立明": ("冼立明", "official", "天津市", [
        ("br04", "天津市交通运输委党委", "书记", "市交通运输委党委书记、主任冼立明", "DECIDED HERE: a 委's 党委 goes only with 书记, like 党组; named in the headline too"),
        ("br04", "天津市交通运输委", "主任", "市交通运输委党委书记、主任冼立明", None)], []),
    "br:缪春江": ("缪春江", "official", "东丽区", [
        ("br04", "东丽区委", "副书记", "东丽区委副书记、区长缪春江", None),
        ("br04", "东丽区政府", "区长", "东丽区委副书记、区长缪春江", None)], []),
    "br:邸建国#1": ("邸建国", "official", "东丽区", [
        ("br04", "东丽区政府", "副区长", "副区长邸建国陪同调研", "天津 东丽区; not the 邸建国 of 重庆 涪陵 (br07); 副区长 after 东丽区委副书记、区长 = 东丽区's")], []),
    "br:戚明远": ("戚明远", "official", "东丽区", [
        ("br04", "东丽经开区管委会", "主任", "东丽经开区管委会主任戚明远", None)], []),
    # ---- 重庆
    "br:宦志鸿": ("宦志鸿", "official", "重庆市", [
        ("br05", "重庆市经济信息委党组", "书记", "市经济信息委党组书记、主任宦志鸿", "2022-08; bare 市 on the 江津 site = 重庆市"),
        ("br05", "重庆市经济信息委", "主任", "市经济信息委党组书记、主任宦志鸿", None),
        ("br07", "重庆市经济信息委党组", "书记", "3月18日，市经济信息委党组书记、主任宦志鸿", "2025-03: the same posts"),
        ("br07", "重庆市经济信息委", "主任", "3月18日，市经济信息委党组书记、主任宦志鸿", None)], []),
    "br:符明远": ("符明远", "official", "重庆市", [
        ("br05", "江津区委", "副书记", "区委副书记、区长符明远", "2022-08 (identity case: 市交通局局长 in 2024, br06)"),
        ("br05", "江津区政府", "区长", "区委副书记、区长符明远", None),
        ("br06", "重庆市交通局党组", "书记", "5月16日，市交通局党组书记、局长符明远带队来合川", "2024-05: now the 市交通局's head; named in the headline too"),
        ("br06", "重庆市交通局", "局长", "5月16日，市交通局党组书记、局长符明远带队来合川", None)], []),
    "br:甘露琪": ("甘露琪", "official", "江津区", [
        ("br05", "江津区委", "常委", "区委常委、副区长甘露琪", None),
        ("br05", "江津区政府", "副区长", "区委常委、副区长甘露琪", None)], []),
    "br:阙永胜": ("阙永胜", "official", "江津区", [
        ("br05", "江津区经济信息委", "主任", "区经济信息委主任阙永胜", None)], []),
    "br:詹秋阳": ("詹秋阳", "official", "合川区", [
        ("br06", "合川区委", "副书记", "区委副书记、区长詹秋阳", None),
        ("br06", "合川区政府", "区长", "区委副书记、区长詹秋阳", None)], []),
    "br:蓝振华": ("蓝振华", "official", "合川区", [
        ("br06", "合川区政府", "副区长", "副区长蓝振华陪同调研", None)], []),
    "br:姬文涛": ("姬文涛", "official", "合川区", [
        ("br06", "合川区交通局", "局长", "区交通局局长姬文涛", None)], []),
    "br:晏启帆": ("晏启帆", "official", "重庆市", [
        ("br07", "重庆市经济信息委", "副主任", "市经济信息委副主任晏启帆", None)], []),
    "br:邸建国#2": ("邸建国", "official", "涪陵区", [
        ("br07", "涪陵区委", "常委", "区委常委、副区长邸建国", "重庆 涪陵区; not the 邸建国 of 天津 东丽 (br04)"),
        ("br07", "涪陵区政府", "副区长", "区委常委、副区长邸建国", None)], []),
    "br:幸德培": ("幸德培", "official", "涪陵区", [
        ("br07", "涪陵高新区管委会", "主任", "高新区管委会主任幸德培", "bare 高新区 on the 涪陵日报 = 涪陵高新区")], []),
    # ---- 北京
    "br:钮卫东": ("钮卫东", "official", "北京市", [
        ("br08", "北京市发展改革委党组", "书记", "11月8日，委党组书记、主任钮卫东", "bare 委 on the 市发展改革委's own site; named in the headline too"),
        ("br08", "北京市发展改革委", "主任", "11月8日，委党组书记、主任钮卫东", "DECIDED HERE: the corpus's short form 发展改革委")], []),
    "br:郦振东": ("郦振东", "official", "北京市", [
        ("br08", "北京市发展改革委", "一级巡视员", "委一级巡视员郦振东参加调研", "a rank of the department that holds it")], []),
    "br:隗建新": ("隗建新", "official", "北京市", [
        ("br08", "顺义区委", "副书记", "顺义区委副书记、区长隗建新", "2023-11 (identity case: 市经济和信息化局局长 in 2025, br09)"),
        ("br08", "顺义区政府", "区长", "顺义区委副书记、区长隗建新", None),
        ("br09", "北京市经济和信息化局党组", "书记", "市经济和信息化局党组书记、局长隗建新", "2025-06; the headline's 局长 gives no second line"),
        ("br09", "北京市经济和信息化局", "局长", "市经济和信息化局党组书记、局长隗建新", None)], []),
    "br:訾红英": ("訾红英", "official", "顺义区", [
        ("br08", "顺义区政府", "副区长", "副区长訾红英", "after 顺义区委副书记、区长 = 顺义区's")], []),
    "br:岑立诚": ("岑立诚", "official", "顺义区", [
        ("br08", "顺义区发展改革委", "主任", "区发展改革委主任岑立诚", None)], []),
    "br:郗明辉": ("郗明辉", "official", "北京市", [
        ("br09", "北京市经济和信息化局", "副局长", "市经济和信息化局副局长郗明辉", None)], []),
    "br:蔺思远": ("蔺思远", "official", "房山区", [
        ("br09", "房山区委", "副书记", "区委副书记、区长蔺思远", None),
        ("br09", "房山区政府", "区长", "区委副书记、区长蔺思远", None)], []),
    "br:解春燕": ("解春燕", "official", "房山区", [
        ("br09", "房山区政府", "副区长", "副区长解春燕参加调研", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("br01", "龙佩瑶", "责任编辑", "editor", "责任编辑：龙佩瑶"),
    ("br02", "柏一鸣", "记者", "reporter", "本报讯（记者 柏一鸣）"),
    ("br02", "苏梓萌", "编辑", "editor", "编辑：苏梓萌"),
    ("br02", "祝雨晴", "校对", "editor", "校对：祝雨晴"),
    ("br03", "盛嘉禾", "编辑", "editor", "编辑：盛嘉禾"),
    ("br03", "谈一帆", "审核", "editor", "审核：谈一帆"),
    ("br05", "邝雪莹", "记者", "reporter", "江津融媒讯（记者 邝雪莹）"),
    ("br05", "卢思彤", "责任编辑", "editor", "责任编辑：卢思彤"),
    ("br06", "项振鹏", "审核", "editor", "审核：项振鹏"),
    ("br06", "甄梦琪", "编辑", "editor", "编辑：甄梦琪"),
    ("br07", "汪嘉宁", "记者", "reporter", "本报讯（记者 汪嘉宁）"),
    ("br07", "蒋若溪", "编辑", "editor", "编辑：蒋若溪"),
    ("br07", "薛立言", "校对", "editor", "校对：薛立言"),
    ("br09", "姬雨桐", "编辑", "editor", "编辑：姬雨桐"),
    ("br09", "项一鸣", "审核", "editor", "审核：项一鸣"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("br01", "先进制造业发展和重点产业项目推进工作调研", "inspection (调研)", "9月6日", None, "祁文彬", [],
     ["喻晨阳", "濮建华", "费思敏", "殷立新"], ["殷立新", "裘海峰", "祁文彬", "喻晨阳"], "闵行区",
     "市经济信息化委主任祁文彬带队来闵行，调研先进制造业发展和重点产业项目推进工作",
     ["市经济信息化委主任祁文彬带队来闵行", "区经委主任殷立新参加调研", "殷立新介绍了", "管委会主任裘海峰汇报了",
      "祁文彬充分肯定", "喻晨阳表示"]),
    ("br01", "座谈会", "meeting (座谈会)", "9月6日", None, None, [],
     [], ["濮建华", "费思敏"], None,
     "随后召开的座谈会上，濮建华介绍了",
     ["濮建华介绍了闵行区工业经济运行", "费思敏就加快产业用地二次开发"]),
    ("br02", "汽车产业转型升级和智能网联汽车发展调研", "inspection (调研)", "4月15日", None, "祁文彬", [],
     ["卜承志", "喻晨阳", "宓志成"], ["邰静雯", "祁文彬", "喻晨阳"], "嘉定区",
     "市经济信息化委主任祁文彬带队来嘉定，调研汽车产业转型升级和智能网联汽车发展情况",
     ["市经济信息化委主任祁文彬带队来嘉定", "副区长宓志成陪同调研", "邰静雯介绍了", "祁文彬指出", "喻晨阳表示"]),
    ("br02", "座谈会", "meeting (座谈会)", "4月15日", None, None, [],
     [], ["喻晨阳", "宓志成", "卜承志"], None,
     "在随后举行的座谈会上，喻晨阳介绍了",
     ["喻晨阳介绍了嘉定汽车", "宓志成就智能网联汽车示范区扩区", "卜承志通报了"]),
    ("br03", "重点项目建设和京津冀协同发展工作调研", "inspection (调研)", "6月20日", None, "佘立舟", [],
     ["奚家宁", "练国栋", "闻海鹰", "庹志刚"], ["闻海鹰", "练国栋", "庹志刚", "佘立舟", "奚家宁"], "北辰区",
     "市发展改革委党组书记、主任佘立舟带队到我区，调研重点项目建设和京津冀协同发展工作",
     ["主任佘立舟带队到我区", "区发展改革委主任庹志刚参加调研", "闻海鹰汇报了", "练国栋介绍了", "庹志刚就",
      "佘立舟指出", "奚家宁表示"]),
    ("br04", "交通基础设施建设和城市公共交通工作调研", "inspection (调研)", "3月27日", None, "冼立明", [],
     ["闻海鹰", "缪春江", "邸建国"], ["邸建国", "戚明远", "冼立明", "闻海鹰", "缪春江"], "东丽区",
     "市交通运输委党委书记、主任冼立明带队到东丽区，调研交通基础设施建设和城市公共交通工作",
     ["主任冼立明带队到东丽区", "副区长邸建国陪同调研", "邸建国汇报了", "主任戚明远介绍了", "冼立明指出", "闻海鹰表示",
      "缪春江表示"]),
    ("br05", "工业经济运行和产业园区建设工作调研", "inspection (调研)", "8月11日", None, "宦志鸿", [],
     ["符明远", "甘露琪", "阙永胜"], ["甘露琪", "阙永胜", "宦志鸿", "符明远"], "江津区",
     "市经济信息委党组书记、主任宦志鸿带队来我区，调研工业经济运行和产业园区建设工作",
     ["主任宦志鸿带队来我区", "区经济信息委主任阙永胜陪同调研", "甘露琪介绍了", "阙永胜汇报了", "宦志鸿对江津区",
      "符明远表示"]),
    ("br06", "交通重点项目建设和“四好农村路”工作调研", "inspection (调研)", "5月16日", None, "符明远", [],
     ["詹秋阳", "蓝振华"], ["蓝振华", "姬文涛", "符明远"], "合川区",
     "市交通局党组书记、局长符明远带队来合川，调研交通重点项目建设和“四好农村路”工作",
     ["局长符明远带队来合川", "副区长蓝振华陪同调研", "蓝振华汇报了", "姬文涛介绍了", "符明远指出"]),
    ("br06", "调研座谈会", "meeting (座谈会)", "5月16日", None, None, [],
     [], ["詹秋阳"], None,
     "调研座谈会上，詹秋阳介绍了",
     ["詹秋阳介绍了合川区综合交通发展情况"]),
    ("br07", "新材料产业发展和重点工业项目建设调研", "inspection (调研)", "3月18日", None, "宦志鸿", [],
     ["晏启帆", "邸建国", "幸德培"], ["幸德培", "邸建国", "宦志鸿", "晏启帆"], "涪陵区",
     "市经济信息委党组书记、主任宦志鸿，市经济信息委副主任晏启帆一行来涪，调研新材料产业发展和重点工业项目建设情况",
     ["主任宦志鸿，市经济信息委副主任晏启帆一行来涪", "管委会主任幸德培陪同调研", "幸德培介绍了", "邸建国汇报了",
      "宦志鸿指出", "晏启帆表示"]),
    ("br08", "临空经济区建设和重点项目推进情况调研", "inspection (调研)", "11月8日", None, "钮卫东", [],
     ["郦振东", "隗建新", "訾红英", "岑立诚"], ["訾红英", "岑立诚", "隗建新", "钮卫东", "郦振东"], "顺义区",
     "委党组书记、主任钮卫东带队到顺义区，调研临空经济区建设和重点项目推进情况",
     ["主任钮卫东带队到顺义区", "委一级巡视员郦振东参加调研", "区发展改革委主任岑立诚陪同", "訾红英介绍了",
      "岑立诚汇报了", "隗建新介绍了", "钮卫东指出", "郦振东就"]),
    ("br09", "高精尖产业发展和氢能产业布局调研", "inspection (调研)", "6月12日", None, "隗建新", [],
     ["郗明辉", "蔺思远", "解春燕"], ["解春燕", "隗建新", "蔺思远"], "房山区",
     "市经济和信息化局党组书记、局长隗建新带队到房山区，调研高精尖产业发展和氢能产业布局情况",
     ["局长隗建新带队到房山区", "副区长解春燕参加调研", "解春燕介绍了", "隗建新指出", "蔺思远表示"]),
    ("br09", "座谈会", "meeting (座谈会)", "6月12日", None, None, [],
     [], ["蔺思远", "郗明辉"], None,
     "在随后召开的座谈会上，蔺思远介绍了",
     ["蔺思远介绍了房山区高精尖产业", "郗明辉就全市氢能产业支持政策"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("br01", "闵行经开区智能终端产业园二期", "industrial_park", "闵行经开区智能终端产业园二期"),
    ("br01", "莘庄工业区氢能装备制造基地项目", "project", "莘庄工业区氢能装备制造基地项目现场"),
    ("br02", "嘉定新能源汽车核心零部件产业园", "industrial_park", "嘉定新能源汽车核心零部件产业园"),
    ("br02", "嘉定工业区北区智能网联汽车测试道路改造工程", "infrastructure_project", "嘉定工业区北区智能网联汽车测试道路改造工程现场"),
    ("br03", "北辰经开区高端装备智造园三期", "industrial_park", "北辰经开区高端装备智造园三期项目现场"),
    ("br03", "北辰区双街镇分布式光伏示范项目", "project", "北辰区双街镇分布式光伏示范项目"),
    ("br04", "东丽区津汉公路东延工程", "infrastructure_project", "东丽区津汉公路东延工程施工现场"),
    ("br04", "东丽湖公交综合枢纽站项目", "infrastructure_project", "东丽湖公交综合枢纽站项目"),
    ("br04", "东丽经开区物流通道改造工程", "infrastructure_project", "东丽经开区物流通道改造工程"),
    ("br05", "双福工业园智能终端产业园", "industrial_park", "双福工业园智能终端产业园"),
    ("br05", "德感工业园粮油精深加工基地项目", "project", "德感工业园粮油精深加工基地项目"),
    ("br05", "江津综保区跨境电商监管中心项目", "project", "江津综保区跨境电商监管中心项目"),
    ("br06", "合川高新区草街片区路网改造工程", "infrastructure_project", "合川高新区草街片区路网改造工程"),
    ("br06", "钓鱼城旅游环线公路提升工程", "infrastructure_project", "钓鱼城旅游环线公路提升工程"),
    ("br06", "嘉陵江合川港区东渡作业区二期工程", "infrastructure_project", "嘉陵江合川港区东渡作业区二期工程现场"),
    ("br07", "涪陵高新区锂电新材料产业园", "industrial_park", "涪陵高新区锂电新材料产业园"),
    ("br07", "李渡新城智能制造基地项目", "project", "李渡新城智能制造基地项目"),
    ("br08", "天竺综保区保税研发中心二期", "project", "天竺综保区保税研发中心二期"),
    ("br08", "顺义区临空经济区国际医药物流园", "logistics_hub", "顺义区临空经济区国际医药物流园"),
    ("br09", "房山氢能产业园二期", "industrial_park", "房山氢能产业园二期"),
    ("br09", "良乡高教园区科技成果转化基地", "project", "良乡高教园区科技成果转化基地"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("br01", "闵行", "district", "standalone", "带队来闵行，调研先进制造业发展"),
    ("br01", "闵行区", "district", "standalone", "濮建华介绍了闵行区工业经济运行"),
    ("br01", "闵行经开区", "development_zone", "in_project_name", "闵行经开区智能终端产业园二期"),
    ("br01", "经开区", "development_zone", "standalone", "在经开区，殷立新介绍了"),
    ("br01", "莘庄工业区", "development_zone", "standalone", "在莘庄工业区，莘庄工业区党工委书记"),
    ("br02", "嘉定", "district", "standalone", "带队来嘉定，调研汽车产业转型升级"),
    ("br02", "嘉定工业区", "development_zone", "in_title", "嘉定工业区党工委书记邰静雯"),
    ("br02", "上海", "city", "standalone", "嘉定是上海汽车产业的主阵地"),
    ("br03", "北辰经开区", "development_zone", "in_project_name", "北辰经开区高端装备智造园三期项目现场"),
    ("br03", "经开区", "development_zone", "standalone", "闻海鹰汇报了经开区承接北京产业转移"),
    ("br03", "北辰区", "district", "standalone", "练国栋介绍了北辰区上半年经济运行"),
    ("br03", "双街镇", "town", "in_project_name", "北辰区双街镇分布式光伏示范项目"),
    ("br03", "北京", "city", "standalone", "经开区承接北京产业转移"),
    ("br04", "东丽区", "district", "standalone", "带队到东丽区，调研交通基础设施建设"),
    ("br04", "津汉公路", "road", "in_project_name", "东丽区津汉公路东延工程施工现场"),
    ("br04", "东丽湖", "area", "standalone", "提升东丽湖等新建片区的公共交通覆盖水平"),
    ("br04", "东丽经开区", "development_zone", "standalone", "在东丽经开区，东丽经开区管委会主任戚明远"),
    ("br04", "滨海新区", "district", "standalone", "地处中心城区与滨海新区之间"),
    ("br05", "双福工业园", "development_zone", "in_project_name", "双福工业园智能终端产业园"),
    ("br05", "德感工业园", "development_zone", "in_project_name", "德感工业园粮油精深加工基地项目"),
    ("br05", "江津综保区", "development_zone", "in_project_name", "江津综保区跨境电商监管中心项目"),
    ("br05", "江津", "district", "standalone", "江津是全市工业大区"),
    ("br05", "江津区", "district", "standalone", "宦志鸿对江津区工业经济保持平稳增长给予肯定"),
    ("br06", "合川", "district", "standalone", "带队来合川，调研交通重点项目建设"),
    ("br06", "合川高新区", "development_zone", "in_project_name", "合川高新区草街片区路网改造工程"),
    ("br06", "高新区", "development_zone", "standalone", "在高新区草街片区，蓝振华汇报了"),
    ("br06", "草街片区", "area", "standalone", "在高新区草街片区，蓝振华汇报了"),
    ("br06", "钓鱼城", "heritage_site", "in_project_name", "钓鱼城旅游环线公路提升工程"),
    ("br06", "嘉陵江", "river", "standalone", "要发挥嘉陵江、渠江、涪江三江汇流的区位优势"),
    ("br06", "渠江", "river", "standalone", "要发挥嘉陵江、渠江、涪江三江汇流的区位优势"),
    ("br06", "涪江", "river", "standalone", "要发挥嘉陵江、渠江、涪江三江汇流的区位优势"),
    ("br06", "东渡作业区", "port", "standalone", "在东渡作业区，区交通局局长姬文涛"),
    ("br06", "合川港区", "port", "in_project_name", "嘉陵江合川港区东渡作业区二期工程现场"),
    ("br06", "合川区", "district", "standalone", "詹秋阳介绍了合川区综合交通发展情况"),
    ("br07", "涪陵高新区", "development_zone", "in_project_name", "涪陵高新区锂电新材料产业园"),
    ("br07", "高新区", "development_zone", "standalone", "高新区要强化要素保障和企业服务"),
    ("br07", "李渡新城", "area", "in_project_name", "李渡新城智能制造基地项目"),
    ("br07", "涪陵", "district", "standalone", "涪陵工业基础雄厚"),
    ("br07", "涪陵区", "district", "standalone", "邸建国汇报了涪陵区一季度工业经济运行"),
    ("br08", "顺义区", "district", "standalone", "带队到顺义区，调研临空经济区建设"),
    ("br08", "临空经济区", "area", "standalone", "调研临空经济区建设和重点项目推进情况"),
    ("br08", "天竺综保区", "development_zone", "standalone", "訾红英介绍了天竺综保区功能拓展"),
    ("br08", "首都国际机场", "airport", "standalone", "充分发挥首都国际机场临空优势"),
    ("br09", "房山区", "district", "standalone", "带队到房山区，调研高精尖产业发展"),
    ("br09", "房山", "district", "in_project_name", "房山氢能产业园二期"),
    ("br09", "良乡高教园区", "area", "in_project_name", "良乡高教园区科技成果转化基地"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="br", conventions="set br (blind set: municipal departments of the four municipalities (北京, 上海, 天津, 重庆) visiting their districts: bare 市 = the municipality, bare 区 = the page's district; 市经济信息化委 / 市发展改革委 / 市交通运输委 / 市经济信息委 / 市交通局 / 市经济和信息化局 heads' 调研 with the 区长 and 副区长 陪同; bare 委 on a 委's own site (short form 发展改革委); a 委's 党委 like 党组 only with 书记; 总工程师 and 一级巡视员 as posts of the 委; zones of a district named with the district (闵行经开区, 涪陵高新区; 闵行区莘庄工业区; 嘉定工业区 as written); 座谈会 written as such a meeting of its own, 座谈中 part of the 调研)",
          persons_note="Set br persons. id = corpus-wide person_id (br:邸建国#1 of 天津 东丽区 and br:邸建国#2 of 重庆 涪陵区 are two people; br:喻晨阳 上海市经济信息化委副主任 2022 → 嘉定区长 2024; br:闻海鹰 北辰区委常委、副区长 2023 → 天津市交通运输委副主任 2024; br:符明远 江津区长 2022 → 重庆市交通局局长 2024; br:隗建新 顺义区长 2023 → 北京市经济和信息化局局长 2025)")


if __name__ == "__main__":
    main()
