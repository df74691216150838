"""Write gold part ``dm`` (a blind set: government and business — 企业家座谈会, 政企恳谈会, 政企早餐会, 优化营商环境大会,
银企 / 政银企对接会, 走访挂钩 / 包联 / 服务企业 — in 浙江, 江苏, 福建, 广东, 山东 and 重庆) from the tables below.

Pages ``tests/dev/texts/dm*.txt`` were written for this part with invented person, company, bank, 商会 and project names,
modelled on real pages of the genre read with the ``search`` tool: the 开化县 site's ``钱江源亲清半月谈`` 叙谈会 (``时间:… 来源:
开化传媒集团 浏览次数:``; ``县委副书记、县长…与部分新生代企业家代表围坐在一起``; a list ``…有限公司董事长…、…执行董事…、…副总
经理…等8位新生代企业家代表``); the 城口县 site's 返乡人士座谈会 (``县委书记…出席并讲话``, ``县委副书记、县长…主持会议``, ``县领导
…参加会议``, ``记者 … 摄``); a 渠县 企地共建座谈会 and a 宿松 外来客商座谈会 (``县委书记、县人大常委会主任…``, ``县委常委、统战部
部长…``, ``县工商联合会主席传达``); the 闪电新闻 page of the 平原县 优化营商环境企业家座谈会 with a 商会 (``商会会长…，商会党支部
书记…，副会长…``); the 台儿庄区 政银企对接大会 (``副市长…出席并讲话，区委书记…致辞，区委副书记、区长…主持会议。区领导…参加``;
``…代表区政府与各银行机构签订战略合作协议``); the 今日高邮 银农对接签约仪式 (``发布时间… 作者:佚名 来源:今日高邮``; ``本报讯
(通讯员 … 记者 …)``; 授信金额); a 如东 银企对接 page (``副縣長…提出新的要求``) and the 嵊州 建行 签约 page (行长 signing with
``市委副书记、市长``); the 淄博 pages of a 副市长 走访 a 商会 and the 张店区 ``商会之家`` 揭牌 (``发布日期:… 浏览次数: 字体:[ ]``;
``市委副书记、张店区委书记``; ``…商会会长…等商会代表``; ``区工商联主席…介绍``); the 闽侯新闻网 page (``您所在的位置:闽侯新闻网 >>
时政要闻 >> 正文``, ``来源:闽侯新闻网 【字号``; ``县委书记…调研“双百双千”重点企业。县领导…参加``; a second item ``又讯``); the
周宁 page of a 县长 at 企业 and 项目 (``县领导…分别参加``); the 扬州 广陵 page of a 副区长 走访 挂包 企业; the 江津 paper
(``版次:02 作者:… 2024年03月01日``, ``本报讯(记者 …)``, ``区政协主席…走访调研委员企业``); the 大渡口 page (``区委副书记、区政府
党组书记…``, ``区委常委、区政府副区长…``); the 黔江 “投资黔江评黔江” 座谈会 (``区委副书记、区政府代理区长…主持``; company
short names speaking); the 綦江 page of a 区长 调研 企业 and 项目; the 中山 阜沙镇 政企午餐会 (``镇党委书记…开场白``, a company's
董事长 and 副总裁 speaking) and the 东莞 沙田镇 企业座谈会; the 深圳 坑梓街道 畅聊早餐会. Places are real and new to this part:
浙江 绍兴 (诸暨市, 新昌县), 江苏 苏州 (常熟市: 常熟经开区, 常熟高新区), 福建 泉州 (晋江市, 安溪县), 广东 佛山 (顺德区 北滘镇),
山东 潍坊 (寿光市), 重庆 (长寿区 with 重庆长寿经开区, 垫江县).

Shapes: a county-level city site's 企业家座谈会 (书记 讲话, 市长 主持, company heads and a 商会会长 speaking, ``市领导…参加``
without titles; 上一篇 / 下一篇, two-line footer) (dm01); the 绍兴日报 第01版 of the 全市优化营商环境大会 (``本报讯（记者 … 通讯员
…）``; ``市委常委、诸暨市委书记``; a 县长 and a 市 department head 交流发言; ``本版责任编辑… 美编…``) (dm02); the 常熟 site's
银企对接会 in the 经开区 (``常务副市长…出席并讲话，副市长…主持``; bare ``经开区党工委副书记、管委会主任``; a bank 行长 and company
heads speaking; 授信 figures; 相关阅读) (dm03); the 常熟日报 A1版 with two articles: the 市长's 走访挂钩联系企业 with the 高新区
党工委书记 and an 异地商会工作座谈会 with ``（记者 …）`` at its end (dm04); the 晋江 site's 政企恳谈会 (``信息来源：``; a 镇
党委书记; 工商联主席) (dm05); the 安溪新闻网 portal (``作者：… 来源：… 发布时间：… 点击数：``) of the 县长's 走访挂钩帮扶企业 (dm06);
the 顺德 site's 区长政企早餐会 in 北滘镇 (quoted 诉求 opening a paragraph; no 主持) (dm07); the 寿光新闻网 portal of a 政银企对接会
(``当前位置：寿光新闻网 > 新闻 > 寿光要闻``, a stamp without a label; ``市财政局党组书记、局长``; 包联) (dm08); the 长寿区 site of the
区长's 走访服务企业 in the 长寿经开区 (``区委副书记、区政府党组书记、区长``, ``区政府副区长``) (dm09); the 垫江县 site's 民营企业家
新春座谈会 (``县政协副主席、县工商联主席``; a 商会会长; ``县领导…参加``; 相关信息) (dm10).

Identity cases:
- dm:宣立航, a 市长 who becomes 书记: 诸暨市委副书记、市长 in Feb 2022 (dm01); 绍兴市委常委、诸暨市委书记 in Feb 2024 (dm02).
- dm:邵骏驰: 常熟市委常委、常务副市长 in June 2022 (dm03); 常熟市委副书记、市长 in May 2024 (dm04).
- dm:许文彬, who moves between places: 晋江市委常委、常务副市长 in Apr 2023 (dm05); 安溪县委副书记、县长 in Mar 2025 (dm06).
- dm:向宏伟, who moves between places: 长寿区委常委、重庆长寿经开区党工委书记 in July 2022 (dm09); 垫江县委副书记、县长 in Feb
  2025 (dm10).
- the same official on two pages in the same post: dm:顾晓彤 (常熟市副市长, 2022 and 2024).
- two different 牟振海 in unrelated places with look-alike posts: dm:牟振海#1 is 寿光市副市长 (山东, Apr 2024, dm08);
  dm:牟振海#2 is 长寿区政府副区长 (重庆, July 2022, dm09).
- one organ name in several places: bare ``经开区`` (``经开区党工委副书记、管委会主任``, ``经开区管委会副主任``) is 常熟经开区 on
  the 常熟 site (dm03) and 重庆长寿经开区 on the 长寿区 site (dm09); bare ``市工商联`` is 诸暨's (dm01) and 常熟's (dm04), 晋江's
  (dm05); ``县工商联`` is 垫江's (dm10); bare ``市委`` / ``市长`` is 诸暨 (dm01), 绍兴 (dm02), 常熟 (dm03, dm04), 晋江 (dm05),
  寿光 (dm08); ``县委副书记、县长`` is 安溪's (dm06) and 垫江's (dm10).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts ay, bq, bs, dc, dh where they speak; decided here where they are silent):
- Company roles (董事长, 总经理, 副总经理) are no posts; those people are ``company_executive`` persons named without a post (as
  dc). DECIDED HERE: a bank's 行长 (``江苏琴川农村商业银行行长``, ``山东弥河农村商业银行行长``) is a company role as well (a
  commercial bank is a company): no line, type ``company_executive``. 商会会长 (``诸暨市温州商会会长``, ``常熟市温州商会会长``,
  ``重庆市垫江商会会长``) is an association role (as dh): no line, type ``association_head`` (as part r).
- 工商联 (as ay): ``市工商联主席`` → X市工商联 主席; ``市委统战部副部长、市工商联党组书记`` → X市委统战部 副部长 + X市工商联党组
  书记; ``县政协副主席、县工商联主席`` → 垫江县政协 副主席 + 垫江县工商联 主席. ``市委常委、统战部部长`` → X市委 常委 + X市委统战部
  部长 (as ay).
- DECIDED HERE (重庆 chains): ``区委副书记、区政府党组书记、区长`` gives three lines: 长寿区委 副书记, 长寿区政府党组 书记 (a 党组 post,
  as ah's 县政府党组 成员), 长寿区政府 区长; ``区政府副区长`` → 长寿区政府 副区长 (the written 区政府 is the org).
- DECIDED HERE (zone label): the 长寿 zone, officially 重庆长寿经济技术开发区, is labelled ``重庆长寿经开区`` (the city's name without
  市 + the zone's short name, which is the official name folded): ``区委常委、长寿经开区党工委书记`` → 长寿区委 常委 + 重庆长寿经开区
  党工委 书记; the bare ``经开区管委会副主任`` on the same page → 重庆长寿经开区管委会 副主任. On the 常熟 site the bare
  ``经开区党工委副书记、管委会主任`` → 常熟经开区党工委 副书记 + 常熟经开区管委会 主任 (常熟 is a county-level city; as dc's 邳州经开区);
  in the 常熟日报 ``高新区党工委书记`` → 常熟高新区党工委 书记.
- Departments as written after the place: ``市地方金融监管局局长`` → 常熟市地方金融监管局; ``市市场监管局局长`` (绍兴日报) →
  绍兴市市场监管局; ``县工信局局长`` → 安溪县工信局 (the short form kept); ``区经济促进局局长`` → 顺德区经济促进局;
  ``市工业和信息化局局长`` → 寿光市工业和信息化局; ``市财政局党组书记、局长`` → 寿光市财政局党组 书记 + 寿光市财政局 局长.
- Towns and streets: county label + name + organ (as dc): ``陈埭镇党委书记`` → 晋江市陈埭镇党委; ``湖头镇党委书记`` → 安溪县湖头镇
  党委; ``北滘镇党委书记`` → 顺德区北滘镇党委, and the next ``镇党委副书记、镇长`` → 顺德区北滘镇党委 副书记 + 顺德区北滘镇政府 镇长;
  ``羊口镇党委书记`` → 寿光市羊口镇党委; ``晏家街道党工委书记`` → 长寿区晏家街道党工委. 顺德区 and 长寿区 are one district each in
  China: no city prefix.
- Bare organs: on a county or county-level site the page's own place; in the 绍兴日报 the lead's ``市委书记`` / ``市委副书记、市长`` /
  ``市委常委、常务副市长`` / ``市市场监管局`` are 绍兴's, and ``市委常委、诸暨市委书记`` → 绍兴市委 常委 + 诸暨市委 书记 (as dh's
  ``市委常委、苍溪县委书记``); in the 常熟日报 ``市…`` is 常熟's (the paper of a county-level city).
- ``市领导任启伟、吕佳音`` (dm01), ``市领导钱骁逸、徐丹霞、黄若飞等`` (dm02) and ``县领导许嘉良、邱婷`` (dm10) are no posts
  (CONVENTIONS); they are attendees. 黄若飞's post comes from the next paragraph.
- One line per post per article; a post in the headline and the body gives one line (body evidence).
- Events: a 企业家座谈会 / 政企恳谈会 / 异地商会工作座谈会 / 政企早餐会 / 银企对接会 / 政银企对接会 / 优化营商环境大会 is a meeting
  (chair when 主持; 出席 / 参加 attendees, also when they speak; speakers: who 讲话 / 发言 / 介绍 / 通报 / 推介 / 回应 / 作部署 /
  指出 / 强调 / 要求 / 表示). DECIDED HERE: the 签约 at a 银企 / 政银企对接会 is no event of its own (as dh's signing inside a
  座谈会); a 早餐会 with no 主持 written (dm07) has no chair and its host (the 区长) is an attendee and a speaker. A 走访挂钩 /
  帮扶 / 服务企业 tour is an ``inspection (走访)`` (as a 调研): ``leader`` the official who 走访 (深入 / 到 …); 参加 attendees;
  company heads and local officials who 介绍 / 反映 / 汇报 on the tour are speakers.
- Projects: works named on the page — a park or a park's phase to be built or pushed (``大唐街道袜业智造园二期``, ``安海镇智能制造
  产业园``, ``湖头光电产业园二期``) ``industrial_park``; a company's named project (``智能鞋材生产基地项目``, ``垫江工业园区预制菜加工
  项目``), a 光伏 project, an 创新创业中心 and an 产业集聚升级项目 ``project``; named as written on that page with its place prefix
  (as dc); a short back-reference (``袜业智造园二期``, ``智能装备产业园二期``, ``智能家电产业园``) and a company's ``二期项目`` are no
  lines. Companies, banks and 商会 are no projects.
- Places: one line per name per file, as written (诸暨 and 诸暨市, 新昌 and 新昌县, 北滘 and 北滘镇, 湖头 and 湖头镇 are separate
  lines, as bs); places inside titles and project names count; the short district names of the 绍兴日报 list (越城, 柯桥, 上虞) are
  places. Not annotated: places inside company, bank and 商会 names (浙江, 温州, 安徽, 江苏, 福建, 山东, 重庆市), demonyms
  (垫江籍), one-character short forms (``来常投资``), site lines, mastheads, 来源 lines, 上一篇 / 下一篇, 相关阅读 / 相关新闻 / 相关信息
  and footers. DECIDED HERE: ``沿江化工园区`` (dm03, inside a project name) is a description, not a place name: no line; ``主城``
  (重庆's 主城区, dm10) is a place (``region``); ``垫江工业园区`` is a standing park (``zone_park``, as bq).
- Bylines: ``本报讯（记者 … 通讯员 …）`` and a paper's ``（记者 …）`` at an item's end are reporter / correspondent lines; the
  portal's ``作者：…`` is an author line; 责任编辑 / 本版责任编辑 / 编辑 / 审核 / 校对 / 美编 are editor lines.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dm01_zhuji.txt": (2022, "时间：2022-03-01 09:32", "诸暨市", [
        ("“亲清直通车”企业家座谈会召开", "2月28日下午", "2022-02-28", "2月28日下午，我市召开",
         "county-level city site: 企业家座谈会 (书记 讲话, 市长 主持); company heads and a 商会会长 speak; 市领导 without titles")]),
    "dm02_shaoxing.txt": (2024, "2024年2月19日　星期一", "绍兴市", [
        ("全市优化营商环境大会召开", "2月18日上午", "2024-02-18", "本报讯（记者 陈佳楠 通讯员 胡雨涵）",
         "city paper 第01版: 优化营商环境大会; the former 诸暨 市长 now 市委常委、诸暨市委书记; a 县长 and a department head 交流发言")]),
    "dm03_changshu.txt": (2022, "发布日期：2022-06-24", "常熟市", [
        ("2022年常熟市银企对接会暨经开区专场举行", "6月23日下午", "2022-06-23", "6月23日下午，2022年常熟市银企对接会",
         "county-level city site: 银企对接会 in the 经开区 (常务副市长 讲话, 副市长 主持); bank 行长 and company heads; 授信 signing")]),
    "dm04_changshu.txt": (2024, "2024年5月16日　星期四", "常熟市", [
        ("邵骏驰走访挂钩联系企业时强调", "5月15日", "2024-05-15", "本报讯（记者 翁佳颖）5月15日",
         "city paper A1版: the 市长 (常务副市长 in 2022) 走访挂钩联系企业 in the 高新区"),
        ("异地商会工作座谈会召开", "5月15日下午", "2024-05-15", "本报讯　5月15日下午",
         "second item: 异地商会工作座谈会 (统战部部长, 工商联党组书记 主持, 商会会长 speak); （记者 …） at its end")]),
    "dm05_jinjiang.txt": (2023, "发布时间：2023-04-13 10:26", "晋江市", [
        ("我市召开政企恳谈会", "4月12日", "2023-04-12", "4月12日，我市召开2023年第一季度政企恳谈会",
         "county-level city site: 政企恳谈会; 常务副市长 (later 安溪县长); 工商联主席; a 镇党委书记; company heads")]),
    "dm06_anxi.txt": (2025, "发布时间：2025-03-12 16:48", "安溪县", [
        ("许文彬走访挂钩企业：用心用情服务企业发展", "3月11日", "2025-03-11", "3月11日，县委副书记、县长许文彬",
         "county portal: the 县长 (from 晋江) 走访挂钩帮扶企业 in 湖头镇 and 城厢镇; company heads; 作者 line")]),
    "dm07_shunde.txt": (2023, "发布日期：2023-08-18 11:05:12", "顺德区", [
        ("区长政企早餐会走进北滘", "8月17日早上", "2023-08-17", "8月17日早上，第七期区长政企早餐会",
         "district site: 区长政企早餐会 in 北滘镇 (no chair); 常务副区长, 镇 书记 / 镇长; company heads")]),
    "dm08_shouguang.txt": (2024, "2024-04-19 15:36:08", "寿光市", [
        ("我市召开2024年政银企对接会", "4月18日", "2024-04-18", "4月18日，我市召开2024年政银企对接会",
         "county-level city portal: 政银企对接会 (副市长 牟振海#1 讲话, 常务副市长 主持); 财政局 党组书记、局长; bank 行长")]),
    "dm09_changshou.txt": (2022, "发布时间：2022-07-14", "长寿区", [
        ("邓明轩走访服务企业时强调", "7月13日", "2022-07-13", "7月13日，区委副书记、区政府党组书记、区长邓明轩",
         "district site: the 区长 走访服务企业 in the 长寿经开区; 区委常委、经开区党工委书记 (later 垫江县长); 副区长 牟振海#2")]),
    "dm10_dianjiang.txt": (2025, "发布时间：2025-02-08 17:20", "垫江县", [
        ("我县召开2025年民营企业家新春座谈会", "2月7日", "2025-02-07", "2月7日，新春开工之际",
         "county site: 民营企业家新春座谈会 (书记 讲话, 县长 主持: the former 长寿 zone head); 政协副主席、工商联主席; a 商会会长")]),
}

_SHAO = "市委副书记、市长邵骏驰"
_XIANG09 = "区委常委、长寿经开区党工委书记向宏伟"
_DENG = "区委副书记、区政府党组书记、区长邓明轩到长寿经开区"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 诸暨 / 绍兴
    "dm:詹国梁": ("詹国梁", "official", "诸暨市", [
        ("dm01", "诸暨市委", "书记", "市委书记詹国梁出席并讲话", "named in the headline too")], []),
    "dm:宣立航": ("宣立航", "official", "诸暨市", [
        ("dm01", "诸暨市委", "副书记", "市委副书记、市长宣立航主持会议", "2022-02 (identity case: 诸暨市委书记 in 2024, dm02)"),
        ("dm01", "诸暨市政府", "市长", "市委副书记、市长宣立航主持会议", None),
        ("dm02", "绍兴市委", "常委", "市委常委、诸暨市委书记宣立航", "2024-02: bare 市委 in the 绍兴日报 = 绍兴市委"),
        ("dm02", "诸暨市委", "书记", "市委常委、诸暨市委书记宣立航", "2024-02: now 诸暨市委书记")], []),
    "dm:寿丽萍": ("寿丽萍", "official", "诸暨市", [
        ("dm01", "诸暨市委", "常委", "市委常委、统战部部长寿丽萍", None),
        ("dm01", "诸暨市委统战部", "部长", "市委常委、统战部部长寿丽萍", "as ay")], []),
    "dm:楼浩然": ("楼浩然", "official", "诸暨市", [
        ("dm01", "诸暨市政府", "副市长", "副市长楼浩然", None)], []),
    "dm:蒋雅琴": ("蒋雅琴", "official", "诸暨市", [
        ("dm01", "诸暨市委统战部", "副部长", "市委统战部副部长、市工商联党组书记蒋雅琴", None),
        ("dm01", "诸暨市工商联党组", "书记", "市委统战部副部长、市工商联党组书记蒋雅琴", "as ay: 工商联党组 书记 is a post")], []),
    "dm:任启伟": ("任启伟", "official", "诸暨市", [], ["dm01"]),
    "dm:吕佳音": ("吕佳音", "official", "诸暨市", [], ["dm01"]),
    "dm:何志坤": ("何志坤", "company_executive", "诸暨市", [], ["dm01"]),
    "dm:斯晓燕": ("斯晓燕", "company_executive", "诸暨市", [], ["dm01"]),
    "dm:郦俊杰": ("郦俊杰", "company_executive", "诸暨市", [], ["dm01"]),
    "dm:章品良": ("章品良", "association_head", "诸暨市温州商会", [], ["dm01"]),
    "dm:卓振华": ("卓振华", "official", "绍兴市", [
        ("dm02", "绍兴市委", "书记", "市委书记卓振华出席并讲话", "named in the headline too")], []),
    "dm:邬建中": ("邬建中", "official", "绍兴市", [
        ("dm02", "绍兴市委", "副书记", "市委副书记、市长邬建中主持会议", None),
        ("dm02", "绍兴市政府", "市长", "市委副书记、市长邬建中主持会议", None)], []),
    "dm:钱骁逸": ("钱骁逸", "official", "绍兴市", [], ["dm02"]),
    "dm:徐丹霞": ("徐丹霞", "official", "绍兴市", [], ["dm02"]),
    "dm:黄若飞": ("黄若飞", "official", "绍兴市", [
        ("dm02", "绍兴市委", "常委", "市委常委、常务副市长黄若飞", "also in the 市领导 list without a title"),
        ("dm02", "绍兴市政府", "常务副市长", "市委常委、常务副市长黄若飞", None)], []),
    "dm:俞晨阳": ("俞晨阳", "official", "新昌县", [
        ("dm02", "新昌县委", "副书记", "新昌县委副书记、县长俞晨阳", None),
        ("dm02", "新昌县政府", "县长", "新昌县委副书记、县长俞晨阳", None)], []),
    "dm:祁文昊": ("祁文昊", "official", "绍兴市", [
        ("dm02", "绍兴市市场监管局", "局长", "市市场监管局局长祁文昊", "bare 市 in the 绍兴日报")], []),
    "dm:钟启明": ("钟启明", "company_executive", "绍兴市", [], ["dm02"]),
    # ---- 常熟
    "dm:邵骏驰": ("邵骏驰", "official", "常熟市", [
        ("dm03", "常熟市委", "常委", "市委常委、常务副市长邵骏驰出席并讲话", "2022-06 (identity case: 市长 in 2024, dm04)"),
        ("dm03", "常熟市政府", "常务副市长", "市委常委、常务副市长邵骏驰出席并讲话", None),
        ("dm04", "常熟市委", "副书记", _SHAO, "2024-05: now 市委副书记、市长 (the 常熟日报: bare 市 = 常熟); named in the headline too"),
        ("dm04", "常熟市政府", "市长", _SHAO, None)], []),
    "dm:顾晓彤": ("顾晓彤", "official", "常熟市", [
        ("dm03", "常熟市政府", "副市长", "副市长顾晓彤主持", "2022-06"),
        ("dm04", "常熟市政府", "副市长", "副市长顾晓彤", "2024-05: the same post")], []),
    "dm:归建国": ("归建国", "official", "常熟市", [
        ("dm03", "常熟市地方金融监管局", "局长", "市地方金融监管局局长归建国", None)], []),
    "dm:殷卓航": ("殷卓航", "official", "常熟经开区", [
        ("dm03", "常熟经开区党工委", "副书记", "经开区党工委副书记、管委会主任殷卓航", "bare 经开区 on the 常熟 site = 常熟经开区 (重庆长寿经开区 in dm09)"),
        ("dm03", "常熟经开区管委会", "主任", "经开区党工委副书记、管委会主任殷卓航", None)], []),
    "dm:邹鸣川": ("邹鸣川", "company_executive", "常熟市", [], ["dm03"]),
    "dm:陶建业": ("陶建业", "company_executive", "常熟市", [], ["dm03"]),
    "dm:屈敏": ("屈敏", "company_executive", "常熟市", [], ["dm03"]),
    "dm:浦振东": ("浦振东", "official", "常熟高新区", [
        ("dm04", "常熟高新区党工委", "书记", "高新区党工委书记浦振东", "bare 高新区 in the 常熟日报 = 常熟高新区")], []),
    "dm:钮宏杰": ("钮宏杰", "company_executive", "常熟市", [], ["dm04"]),
    "dm:季婉清": ("季婉清", "company_executive", "常熟市", [], ["dm04"]),
    "dm:陆岚清": ("陆岚清", "official", "常熟市", [
        ("dm04", "常熟市委", "常委", "市委常委、统战部部长陆岚清", None),
        ("dm04", "常熟市委统战部", "部长", "市委常委、统战部部长陆岚清", None)], []),
    "dm:范文静": ("范文静", "official", "常熟市", [
        ("dm04", "常熟市委统战部", "副部长", "市委统战部副部长、市工商联党组书记范文静", None),
        ("dm04", "常熟市工商联党组", "书记", "市委统战部副部长、市工商联党组书记范文静", "bare 市工商联 = 常熟's here, 诸暨's in dm01")], []),
    "dm:林海鸥": ("林海鸥", "association_head", "常熟市温州商会", [], ["dm04"]),
    "dm:程东升": ("程东升", "association_head", "常熟市安徽商会", [], ["dm04"]),
    # ---- 晋江 / 安溪
    "dm:施振东": ("施振东", "official", "晋江市", [
        ("dm05", "晋江市委", "书记", "市委书记施振东出席并讲话", None)], []),
    "dm:洪瑞祥": ("洪瑞祥", "official", "晋江市", [
        ("dm05", "晋江市委", "副书记", "市委副书记、市长洪瑞祥主持", None),
        ("dm05", "晋江市政府", "市长", "市委副书记、市长洪瑞祥主持", None)], []),
    "dm:许文彬": ("许文彬", "official", "晋江市", [
        ("dm05", "晋江市委", "常委", "市委常委、常务副市长许文彬", "2023-04 (identity case: 安溪县长 in 2025, dm06)"),
        ("dm05", "晋江市政府", "常务副市长", "市委常委、常务副市长许文彬", None),
        ("dm06", "安溪县委", "副书记", "县委副书记、县长许文彬深入湖头镇", "2025-03: now 安溪县委副书记、县长; named in the headline too"),
        ("dm06", "安溪县政府", "县长", "县委副书记、县长许文彬深入湖头镇", None)], []),
    "dm:颜丽珠": ("颜丽珠", "official", "晋江市", [
        ("dm05", "晋江市政府", "副市长", "副市长颜丽珠", None)], []),
    "dm:柯志雄": ("柯志雄", "official", "晋江市", [
        ("dm05", "晋江市工商联", "主席", "市工商联主席柯志雄", "as ay: 工商联 主席 is a post")], []),
    "dm:粘志强": ("粘志强", "official", "晋江市", [
        ("dm05", "晋江市陈埭镇党委", "书记", "陈埭镇党委书记粘志强", None)], []),
    "dm:丁国辉": ("丁国辉", "company_executive", "晋江市", [], ["dm05"]),
    "dm:蔡雅婷": ("蔡雅婷", "company_executive", "晋江市", [], ["dm05"]),
    "dm:陈毓斌": ("陈毓斌", "official", "安溪县", [
        ("dm06", "安溪县委", "常委", "县委常委、常务副县长陈毓斌", None),
        ("dm06", "安溪县政府", "常务副县长", "县委常委、常务副县长陈毓斌", None)], []),
    "dm:谢婉玲": ("谢婉玲", "official", "安溪县", [
        ("dm06", "安溪县政府", "副县长", "副县长谢婉玲", None)], []),
    "dm:王锦川": ("王锦川", "official", "安溪县", [
        ("dm06", "安溪县工信局", "局长", "县工信局局长王锦川", "org as written (工信局)")], []),
    "dm:李振升": ("李振升", "official", "安溪县", [
        ("dm06", "安溪县湖头镇党委", "书记", "湖头镇党委书记李振升", None)], []),
    "dm:苏荣华": ("苏荣华", "company_executive", "安溪县", [], ["dm06"]),
    "dm:陈雅惠": ("陈雅惠", "company_executive", "安溪县", [], ["dm06"]),
    # ---- 顺德
    "dm:何卓霖": ("何卓霖", "official", "顺德区", [
        ("dm07", "顺德区委", "副书记", "区委副书记、区长何卓霖与8家企业负责人", "named in the sub-headline too"),
        ("dm07", "顺德区政府", "区长", "区委副书记、区长何卓霖与8家企业负责人", None)], []),
    "dm:梁嘉宏": ("梁嘉宏", "official", "顺德区", [
        ("dm07", "顺德区委", "常委", "区委常委、常务副区长梁嘉宏", None),
        ("dm07", "顺德区政府", "常务副区长", "区委常委、常务副区长梁嘉宏", None)], []),
    "dm:吴俊华": ("吴俊华", "official", "顺德区", [
        ("dm07", "顺德区经济促进局", "局长", "区经济促进局局长吴俊华", None)], []),
    "dm:冯志坚": ("冯志坚", "official", "顺德区", [
        ("dm07", "顺德区北滘镇党委", "书记", "北滘镇党委书记冯志坚", None)], []),
    "dm:罗思敏": ("罗思敏", "official", "顺德区", [
        ("dm07", "顺德区北滘镇党委", "副书记", "镇党委副书记、镇长罗思敏", "bare 镇 after 北滘镇党委书记 = 北滘镇"),
        ("dm07", "顺德区北滘镇政府", "镇长", "镇党委副书记、镇长罗思敏", None)], []),
    "dm:卢嘉乐": ("卢嘉乐", "company_executive", "顺德区", [], ["dm07"]),
    "dm:伍晓晴": ("伍晓晴", "company_executive", "顺德区", [], ["dm07"]),
    "dm:梁敏仪": ("梁敏仪", "company_executive", "顺德区", [], ["dm07"]),
    # ---- 寿光
    "dm:牟振海#1": ("牟振海", "official", "寿光市", [
        ("dm08", "寿光市政府", "副市长", "副市长牟振海出席并讲话", "寿光 (山东), 2024; not the 牟振海 of 长寿区 (dm09)")], []),
    "dm:桑立军": ("桑立军", "official", "寿光市", [
        ("dm08", "寿光市委", "常委", "市委常委、常务副市长桑立军主持", None),
        ("dm08", "寿光市政府", "常务副市长", "市委常委、常务副市长桑立军主持", None)], []),
    "dm:郑雪梅": ("郑雪梅", "official", "寿光市", [
        ("dm08", "寿光市财政局党组", "书记", "市财政局党组书记、局长郑雪梅", "党组 only with 书记 (as bs)"),
        ("dm08", "寿光市财政局", "局长", "市财政局党组书记、局长郑雪梅", None)], []),
    "dm:贺永波": ("贺永波", "official", "寿光市", [
        ("dm08", "寿光市工业和信息化局", "局长", "市工业和信息化局局长贺永波", None)], []),
    "dm:隋海涛": ("隋海涛", "official", "寿光市", [
        ("dm08", "寿光市羊口镇党委", "书记", "羊口镇党委书记隋海涛", None)], []),
    "dm:王浩宇": ("王浩宇", "company_executive", "寿光市", [], ["dm08"]),
    "dm:袁庆丰": ("袁庆丰", "company_executive", "寿光市", [], ["dm08"]),
    "dm:逄晓燕": ("逄晓燕", "company_executive", "寿光市", [], ["dm08"]),
    # ---- 长寿 / 垫江
    "dm:邓明轩": ("邓明轩", "official", "长寿区", [
        ("dm09", "长寿区委", "副书记", _DENG, "named in the headline too"),
        ("dm09", "长寿区政府党组", "书记", _DENG, "DECIDED HERE: 区政府党组书记 is a post of the 党组"),
        ("dm09", "长寿区政府", "区长", _DENG, None)], []),
    "dm:向宏伟": ("向宏伟", "official", "长寿区", [
        ("dm09", "长寿区委", "常委", _XIANG09, "2022-07 (identity case: 垫江县长 in 2025, dm10)"),
        ("dm09", "重庆长寿经开区党工委", "书记", _XIANG09, "DECIDED HERE: 长寿经开区 → 重庆长寿经开区"),
        ("dm10", "垫江县委", "副书记", "县委副书记、县长向宏伟主持", "2025-02: now 垫江县委副书记、县长; named in the headline too"),
        ("dm10", "垫江县政府", "县长", "县委副书记、县长向宏伟主持", None)], []),
    "dm:牟振海#2": ("牟振海", "official", "长寿区", [
        ("dm09", "长寿区政府", "副区长", "区政府副区长牟振海", "长寿区 (重庆), 2022; not the 牟振海 of 寿光 (dm08)")], []),
    "dm:冉俊": ("冉俊", "official", "重庆长寿经开区", [
        ("dm09", "重庆长寿经开区管委会", "副主任", "经开区管委会副主任冉俊", "bare 经开区 on the 长寿区 site = 重庆长寿经开区")], []),
    "dm:谭雪莲": ("谭雪莲", "official", "长寿区", [
        ("dm09", "长寿区晏家街道党工委", "书记", "晏家街道党工委书记谭雪莲", None)], []),
    "dm:秦国樑": ("秦国樑", "company_executive", "长寿区", [], ["dm09"]),
    "dm:杜思远": ("杜思远", "company_executive", "长寿区", [], ["dm09"]),
    "dm:喻建林": ("喻建林", "official", "垫江县", [
        ("dm10", "垫江县委", "书记", "县委书记喻建林出席并讲话", "named in the headline too")], []),
    "dm:左晓玲": ("左晓玲", "official", "垫江县", [
        ("dm10", "垫江县委", "常委", "县委常委、统战部部长左晓玲", None),
        ("dm10", "垫江县委统战部", "部长", "县委常委、统战部部长左晓玲", None)], []),
    "dm:熊光明": ("熊光明", "official", "垫江县", [
        ("dm10", "垫江县政协", "副主席", "县政协副主席、县工商联主席熊光明", None),
        ("dm10", "垫江县工商联", "主席", "县政协副主席、县工商联主席熊光明", "as ay")], []),
    "dm:许嘉良": ("许嘉良", "official", "垫江县", [], ["dm10"]),
    "dm:邱婷": ("邱婷", "official", "垫江县", [], ["dm10"]),
    "dm:夏俊峰": ("夏俊峰", "association_head", "重庆市垫江商会", [], ["dm10"]),
    "dm:彭德勇": ("彭德勇", "company_executive", "垫江县", [], ["dm10"]),
    "dm:刘芷萱": ("刘芷萱", "company_executive", "垫江县", [], ["dm10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dm01", "周洁瑜", "责任编辑", "editor", "责任编辑：周洁瑜"),
    ("dm02", "陈佳楠", "记者", "reporter", "本报讯（记者 陈佳楠 通讯员 胡雨涵）"),
    ("dm02", "胡雨涵", "通讯员", "correspondent", "本报讯（记者 陈佳楠 通讯员 胡雨涵）"),
    ("dm02", "梁绎帆", "本版责任编辑", "editor", "本版责任编辑：梁绎帆"),
    ("dm02", "董一凡", "美编", "editor", "美编：董一凡"),
    ("dm03", "言思琪", "责任编辑", "editor", "责任编辑：言思琪"),
    ("dm04", "翁佳颖", "记者", "reporter", "本报讯（记者 翁佳颖）"),
    ("dm04", "俞嘉琪", "记者", "reporter", "（记者 俞嘉琪）"),
    ("dm04", "钱一鸣", "本版责任编辑", "editor", "本版责任编辑：钱一鸣"),
    ("dm04", "季晓晨", "校对", "editor", "校对：季晓晨"),
    ("dm05", "庄雨晴", "责任编辑", "editor", "责任编辑：庄雨晴"),
    ("dm06", "黄晓菁", "作者", "author", "作者：黄晓菁"),
    ("dm06", "吴婉婷", "编辑", "editor", "编辑：吴婉婷"),
    ("dm06", "陈屹舟", "审核", "editor", "审核：陈屹舟"),
    ("dm07", "邓颖欣", "编辑", "editor", "编辑：邓颖欣"),
    ("dm08", "逄宇航", "作者", "author", "作者：逄宇航"),
    ("dm08", "郭婧妍", "编辑", "editor", "编辑：郭婧妍"),
    ("dm08", "杨立冬", "审核", "editor", "审核：杨立冬"),
    ("dm09", "廖静怡", "责任编辑", "editor", "责任编辑：廖静怡"),
    ("dm10", "谭诗雨", "责任编辑", "editor", "责任编辑：谭诗雨"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dm01", "“亲清直通车”企业家座谈会", "meeting (座谈会)", "2月28日下午", "宣立航", None, ["诸暨市"],
     ["詹国梁", "寿丽萍", "楼浩然", "蒋雅琴", "任启伟", "吕佳音"],
     ["何志坤", "斯晓燕", "郦俊杰", "章品良", "楼浩然", "詹国梁", "宣立航"], None,
     "2月28日下午，我市召开“亲清直通车”企业家座谈会",
     ["市委书记詹国梁出席并讲话", "市长宣立航主持会议", "统战部部长寿丽萍", "副市长楼浩然", "市工商联党组书记蒋雅琴出席",
      "市领导任启伟、吕佳音参加", "董事长何志坤", "总经理斯晓燕", "董事长郦俊杰", "会长章品良等8位企业家和商会代表先后发言",
      "楼浩然就企业反映的问题逐一作了回应", "詹国梁在讲话中指出", "宣立航要求"]),
    ("dm02", "全市优化营商环境大会", "meeting (优化营商环境大会)", "2月18日上午", "邬建中", None, [],
     ["卓振华", "钱骁逸", "徐丹霞", "黄若飞"],
     ["黄若飞", "宣立航", "俞晨阳", "祁文昊", "钟启明", "卓振华", "邬建中"], None,
     "2月18日上午，全市优化营商环境大会召开",
     ["市委书记卓振华出席并讲话", "市长邬建中主持会议", "市领导钱骁逸、徐丹霞、黄若飞等出席", "常务副市长黄若飞就今年营商环境重点任务作具体部署",
      "诸暨市委书记宣立航", "县长俞晨阳", "市市场监管局局长祁文昊作交流发言", "董事长钟启明作为企业家代表发言", "卓振华指出", "邬建中要求"]),
    ("dm03", "2022年常熟市银企对接会暨经开区专场", "meeting (银企对接会)", "6月23日下午", "顾晓彤", None, [],
     ["邵骏驰", "归建国", "殷卓航"],
     ["归建国", "殷卓航", "邹鸣川", "陶建业", "屈敏", "邵骏驰", "顾晓彤"], "常熟经济技术开发区",
     "6月23日下午，2022年常熟市银企对接会暨经开区专场在常熟经济技术开发区举行",
     ["常务副市长邵骏驰出席并讲话", "副市长顾晓彤主持", "市地方金融监管局局长归建国", "管委会主任殷卓航", "归建国通报了",
      "殷卓航介绍了", "行长邹鸣川围绕“科创积分贷”产品作了推介", "董事长陶建业", "总经理屈敏分别介绍了", "邵骏驰指出", "顾晓彤要求"]),
    ("dm04", "走访挂钩联系企业", "inspection (走访)", "5月15日", None, "邵骏驰", [],
     ["顾晓彤", "浦振东"], ["钮宏杰", "季婉清", "浦振东", "邵骏驰"], "常熟高新区",
     "5月15日，市委副书记、市长邵骏驰走访挂钩联系企业",
     ["市长邵骏驰走访挂钩联系企业", "副市长顾晓彤，高新区党工委书记浦振东参加活动", "董事长钮宏杰介绍了", "总经理季婉清反映了",
      "浦振东汇报了", "邵骏驰指出"]),
    ("dm04", "异地商会工作座谈会", "meeting (座谈会)", "5月15日下午", "范文静", None, ["常熟市"],
     ["陆岚清"], ["林海鸥", "程东升", "陆岚清"], None,
     "5月15日下午，我市召开异地商会工作座谈会",
     ["统战部部长陆岚清出席并讲话", "市工商联党组书记范文静主持", "会长林海鸥", "会长程东升等6家异地商会负责人先后发言", "陆岚清希望"]),
    ("dm05", "2023年第一季度政企恳谈会", "meeting (恳谈会)", "4月12日", "洪瑞祥", None, ["晋江市"],
     ["施振东", "许文彬", "颜丽珠", "柯志雄", "粘志强"],
     ["丁国辉", "蔡雅婷", "许文彬", "颜丽珠", "粘志强", "施振东", "洪瑞祥"], None,
     "4月12日，我市召开2023年第一季度政企恳谈会",
     ["市委书记施振东出席并讲话", "市长洪瑞祥主持", "常务副市长许文彬", "副市长颜丽珠", "市工商联主席柯志雄", "镇党委书记粘志强参加",
      "董事长丁国辉", "总经理蔡雅婷等企业家先后发言", "许文彬、颜丽珠分别就用地、外贸政策等作了现场回应", "粘志强介绍了", "施振东指出", "洪瑞祥要求"]),
    ("dm06", "湖头镇、城厢镇挂钩帮扶企业走访", "inspection (走访)", "3月11日", None, "许文彬", [],
     ["陈毓斌", "谢婉玲", "王锦川"], ["李振升", "苏荣华", "陈雅惠", "许文彬", "陈毓斌"], "湖头镇、城厢镇",
     "县委副书记、县长许文彬深入湖头镇、城厢镇，走访挂钩帮扶企业",
     ["县长许文彬深入湖头镇、城厢镇", "常务副县长陈毓斌，副县长谢婉玲，县工信局局长王锦川参加", "镇党委书记李振升介绍了",
      "董事长苏荣华介绍了", "总经理陈雅惠反映了", "许文彬强调", "陈毓斌就企业用工和要素保障作了具体部署"]),
    ("dm07", "第七期区长政企早餐会", "meeting (早餐会)", "8月17日早上", None, None, [],
     ["何卓霖", "梁嘉宏", "吴俊华", "冯志坚", "罗思敏"],
     ["卢嘉乐", "伍晓晴", "梁敏仪", "罗思敏", "何卓霖", "梁嘉宏"], "北滘镇",
     "8月17日早上，第七期区长政企早餐会在北滘镇举行",
     ["区长何卓霖与8家企业负责人围坐一桌", "常务副区长梁嘉宏", "区经济促进局局长吴俊华", "北滘镇党委书记冯志坚", "镇长罗思敏参加",
      "董事长卢嘉乐率先发言", "总经理伍晓晴提出", "副总经理梁敏仪则关心", "罗思敏介绍了", "何卓霖表示", "梁嘉宏要求"]),
    ("dm08", "2024年政银企对接会", "meeting (政银企对接会)", "4月18日", "桑立军", None, ["寿光市"],
     ["牟振海", "郑雪梅", "贺永波", "隋海涛"],
     ["郑雪梅", "王浩宇", "袁庆丰", "逄晓燕", "隋海涛", "牟振海", "桑立军"], None,
     "4月18日，我市召开2024年政银企对接会",
     ["副市长牟振海出席并讲话", "常务副市长桑立军主持", "局长郑雪梅", "局长贺永波", "镇党委书记隋海涛参加会议", "郑雪梅解读了",
      "行长王浩宇介绍了", "董事长袁庆丰", "总经理逄晓燕作为企业代表发言", "隋海涛推介了", "牟振海指出", "桑立军要求"]),
    ("dm09", "长寿经开区走访服务企业", "inspection (走访)", "7月13日", None, "邓明轩", [],
     ["向宏伟", "牟振海", "冉俊", "谭雪莲"], ["秦国樑", "杜思远", "牟振海", "向宏伟", "邓明轩"], "长寿经开区",
     "区委副书记、区政府党组书记、区长邓明轩到长寿经开区走访服务企业",
     [_DENG, "长寿经开区党工委书记向宏伟", "区政府副区长牟振海", "经开区管委会副主任冉俊", "晏家街道党工委书记谭雪莲参加",
      "董事长秦国樑关于", "总经理杜思远介绍", "牟振海就企业用工和物流保障提出具体措施", "向宏伟汇报了", "邓明轩强调"]),
    ("dm10", "2025年民营企业家新春座谈会", "meeting (座谈会)", "2月7日", "向宏伟", None, ["垫江县"],
     ["喻建林", "左晓玲", "熊光明", "许嘉良", "邱婷"],
     ["夏俊峰", "彭德勇", "刘芷萱", "喻建林", "向宏伟"], None,
     "2月7日，新春开工之际，我县召开2025年民营企业家新春座谈会",
     ["县委书记喻建林出席并讲话", "县长向宏伟主持", "统战部部长左晓玲", "县工商联主席熊光明出席", "县领导许嘉良、邱婷参加",
      "会长夏俊峰", "董事长彭德勇", "总经理刘芷萱等10位企业家代表依次发言", "喻建林指出", "向宏伟要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dm01", "大唐街道袜业智造园二期", "industrial_park", "何志坤建议加快大唐街道袜业智造园二期建设"),
    ("dm01", "店口镇铜材料产业园标准厂房", "industrial_park", "店口镇铜材料产业园标准厂房等一批平台项目"),
    ("dm02", "柯桥区印染产业集聚升级项目", "project", "加快柯桥区印染产业集聚升级项目"),
    ("dm02", "上虞区新材料产业园二期", "industrial_park", "上虞区新材料产业园二期等重大平台建设"),
    ("dm03", "经开区新能源汽车零部件产业园三期", "industrial_park", "其中经开区新能源汽车零部件产业园三期"),
    ("dm03", "沿江化工园区安全提升改造项目", "project", "沿江化工园区安全提升改造项目分别获得银团贷款意向"),
    ("dm04", "高新区智能装备产业园二期", "industrial_park", "高新区智能装备产业园二期项目现场"),
    ("dm05", "智能鞋材生产基地项目", "project", "计划在陈埭镇投资建设智能鞋材生产基地项目"),
    ("dm05", "安海镇智能制造产业园", "industrial_park", "加快推进安海镇智能制造产业园"),
    ("dm05", "深沪镇滨海食品产业园二期", "industrial_park", "深沪镇滨海食品产业园二期等项目"),
    ("dm06", "湖头光电产业园二期", "industrial_park", "介绍了湖头光电产业园二期建设进度"),
    ("dm06", "城厢镇藤铁工艺数字化产业园", "industrial_park", "城厢镇藤铁工艺数字化产业园等项目建设"),
    ("dm07", "北滘镇智能家电产业园", "industrial_park", "罗思敏介绍了北滘镇智能家电产业园建设"),
    ("dm08", "羊口镇海洋化工产业园二期", "industrial_park", "隋海涛推介了羊口镇海洋化工产业园二期"),
    ("dm08", "羊口镇盐田光伏一体化项目", "project", "羊口镇盐田光伏一体化项目的融资需求"),
    ("dm09", "化工新材料产业园三期", "industrial_park", "化工新材料产业园三期、晏家片区标准厂房等项目推进情况"),
    ("dm09", "晏家片区标准厂房", "industrial_park", "化工新材料产业园三期、晏家片区标准厂房等项目推进情况"),
    ("dm10", "垫江工业园区预制菜加工项目", "project", "企业投资建设的垫江工业园区预制菜加工项目"),
    ("dm10", "垫江工业园区食品产业园二期", "industrial_park", "加快垫江工业园区食品产业园二期"),
    ("dm10", "桂溪街道创新创业中心", "project", "桂溪街道创新创业中心等平台建设"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dm01", "诸暨", "county_level_city", "standalone", "企业家是诸暨发展最宝贵的财富"),
    ("dm01", "大唐街道", "sub_district_office", "in_project_name", "何志坤建议加快大唐街道袜业智造园二期建设"),
    ("dm01", "山下湖镇", "town", "standalone", "斯晓燕希望在山下湖镇珍珠产业提升中"),
    ("dm01", "店口镇", "town", "standalone", "郦俊杰反映了店口镇铜加工企业"),
    ("dm02", "诸暨市", "county_level_city", "standalone", "去年诸暨市领导班子成员包联重点企业306家"),
    ("dm02", "新昌县", "county", "standalone", "新昌县将围绕“小县大科创”深化涉企服务"),
    ("dm02", "越城", "district", "standalone", "越城、柯桥、上虞三区和诸暨、嵊州、新昌三县（市）"),
    ("dm02", "柯桥", "district", "standalone", "越城、柯桥、上虞三区和诸暨、嵊州、新昌三县（市）"),
    ("dm02", "上虞", "district", "standalone", "越城、柯桥、上虞三区和诸暨、嵊州、新昌三县（市）"),
    ("dm02", "诸暨", "county_level_city", "standalone", "越城、柯桥、上虞三区和诸暨、嵊州、新昌三县（市）"),
    ("dm02", "嵊州", "county_level_city", "standalone", "越城、柯桥、上虞三区和诸暨、嵊州、新昌三县（市）"),
    ("dm02", "新昌", "county", "standalone", "越城、柯桥、上虞三区和诸暨、嵊州、新昌三县（市）"),
    ("dm02", "柯桥区", "district", "in_project_name", "加快柯桥区印染产业集聚升级项目"),
    ("dm02", "上虞区", "district", "in_project_name", "上虞区新材料产业园二期等重大平台建设"),
    ("dm02", "绍兴", "prefecture_city", "standalone", "让企业家在绍兴安心经营"),
    ("dm03", "常熟市", "county_level_city", "in_event_name", "6月23日下午，2022年常熟市银企对接会"),
    ("dm03", "常熟经济技术开发区", "development_zone", "standalone", "在常熟经济技术开发区举行"),
    ("dm03", "经开区", "development_zone", "standalone", "经开区要发挥主阵地作用"),
    ("dm03", "碧溪街道", "sub_district_office", "standalone", "让金融活水更多流向碧溪街道、海虞镇等重点板块"),
    ("dm03", "海虞镇", "town", "standalone", "让金融活水更多流向碧溪街道、海虞镇等重点板块"),
    ("dm04", "高新区", "development_zone", "standalone", "高新区要聚焦集成电路、智能装备等主导产业"),
    ("dm04", "东南街道", "sub_district_office", "standalone", "加快东南街道低效工业用地更新"),
    ("dm05", "晋江", "county_level_city", "standalone", "晋江的发展靠的是企业家"),
    ("dm05", "陈埭镇", "town", "standalone", "计划在陈埭镇投资建设智能鞋材生产基地项目"),
    ("dm05", "安海镇", "town", "in_project_name", "加快推进安海镇智能制造产业园"),
    ("dm05", "深沪镇", "town", "in_project_name", "深沪镇滨海食品产业园二期等项目"),
    ("dm06", "湖头镇", "town", "standalone", "深入湖头镇、城厢镇，走访挂钩帮扶企业"),
    ("dm06", "城厢镇", "town", "standalone", "深入湖头镇、城厢镇，走访挂钩帮扶企业"),
    ("dm06", "湖头", "town", "in_project_name", "介绍了湖头光电产业园二期建设进度"),
    ("dm07", "北滘", "town", "standalone", "区长政企早餐会走进北滘"),
    ("dm07", "北滘镇", "town", "standalone", "第七期区长政企早餐会在北滘镇举行"),
    ("dm07", "顺德", "district", "standalone", "顺德将继续打好村级工业园改造攻坚战"),
    ("dm08", "寿光", "county_level_city", "standalone", "近年来寿光蔬菜种业、海洋化工等产业发展势头强劲"),
    ("dm08", "侯镇", "town", "standalone", "侯镇、羊口镇等北部镇街"),
    ("dm08", "羊口镇", "town", "standalone", "侯镇、羊口镇等北部镇街"),
    ("dm09", "长寿经开区", "development_zone", "standalone", "区长邓明轩到长寿经开区走访服务企业"),
    ("dm09", "经开区", "development_zone", "standalone", "要求区级相关部门和经开区现场研究解决方案"),
    ("dm09", "晏家街道", "sub_district_office", "in_title", "晏家街道党工委书记谭雪莲参加"),
    ("dm09", "晏家片区", "area", "in_project_name", "化工新材料产业园三期、晏家片区标准厂房等项目推进情况"),
    ("dm09", "长寿", "district", "standalone", "工业是长寿经济发展的“压舱石”"),
    ("dm10", "垫江", "county", "standalone", "民营经济是垫江发展的生力军"),
    ("dm10", "垫江工业园区", "zone_park", "in_project_name", "企业投资建设的垫江工业园区预制菜加工项目"),
    ("dm10", "主城", "region", "standalone", "商会将组织在主城的垫江籍企业家回乡考察"),
    ("dm10", "澄溪镇", "town", "standalone", "澄溪镇、桂溪街道等镇街"),
    ("dm10", "桂溪街道", "sub_district_office", "standalone", "澄溪镇、桂溪街道等镇街"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dm", conventions="set dm (blind set: government and business — 企业家座谈会, 政企恳谈会, 政企早餐会, 优化营商环境大会, 银企 / 政银企对接会, 走访挂钩 / 包联 / 服务企业 — in 浙江 (诸暨市, 绍兴市), 江苏 (常熟市), 福建 (晋江市, 安溪县), 广东 (顺德区), 山东 (寿光市), 重庆 (长寿区, 垫江县): company roles (董事长, 总经理, a bank's 行长) and 商会会长 are no posts; 工商联 主席 and 党组书记 are posts (as ay); 区政府党组书记 is a post of the 区政府党组; 长寿经开区 → 重庆长寿经开区, bare 经开区 on the 常熟 site → 常熟经开区; 走访 企业 is an inspection; 座谈会 / 恳谈会 / 早餐会 / 对接会 / 大会 are meetings, the 签约 at an 对接会 no event; one line per post per article)",
          persons_note="Set dm persons. id = corpus-wide person_id (dm:牟振海#1 寿光市副市长 (山东) and dm:牟振海#2 长寿区副区长 (重庆) are two people; dm:宣立航 诸暨市长 2022 → 绍兴市委常委、诸暨市委书记 2024; dm:邵骏驰 常熟常务副市长 2022 → 市长 2024; dm:许文彬 晋江常务副市长 2023 → 安溪县长 2025; dm:向宏伟 长寿区委常委、重庆长寿经开区党工委书记 2022 → 垫江县长 2025); company_executive and association_head persons hold no post")


if __name__ == "__main__":
    main()
