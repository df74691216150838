"""Write gold part ``ca`` (a blind set: city and provincial DEPARTMENTS — 市教育局, 市卫生健康委员会, 市生态环境局,
市交通运输局, 省水利厅, 省农业农村厅 — in 江苏, 安徽, 福建, 云南 and 吉林) from the tables below.

Pages ``tests/dev/texts/ca*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 枣庄 教育局 site (``市委教育工委常务副书记，市教育局党组书记、局长…
主持会议并作重要讲话。市教育局党组成员、纪检组长…通报``); the 白银 教育局 site's 党组（扩大）会议 (``局班子成员、局机关各科室
…参加会议``); the 嘉峪关 教育局 site (``发布日期：… 浏览次数： 信息来源：本站原创``); the 上海 生态环境局 page of a 市政府副
秘书长's 调研 (``局党组书记、局长…汇报…局领导班子作补充汇报，机关各处室…参加座谈会``); a 璧山 page of a 市生态环境局
``党组成员、副局长…带队督察``; the 阜新 交通运输局 site (``日期: … 浏览量: 来源:市交通运输局 责任编辑:… 文字大小: 大 中 小``,
footer with 主办单位 / 辽ICP备 / 网站标识码) with its 半年总结工作会议 (``局党组书记、局长…主持会议，局党组成员…参加``); the 太仓日报
全市教育工作会议 (``本报讯（记者…）昨日…市委副书记、市长…出席会议并讲话，市人大常委会副主任…、副市长…、市政协副主席…出席``);
the 江苏省水利厅 pages (a 厅长 receiving the 宿迁 市长 with ``厅办公室、规计处、水资源处…参加座谈。（供稿：… 责编：厅办公室 …）``;
长江防总 检查 with ``省水利厅副厅长…以及省水利厅工管处、省防办负责同志…陪同检查``); a 泗洪站 page of ``省水利厅二级巡视员、农水处
处长…一行…检查防汛工作``; the 宿迁 水利局 page (``局党组书记、局长…带领局规计处、防办室等处室负责人``, ``初审 / 二审 / 终审``);
a 湖南 水利厅 page (``厅党组成员、副厅长…，厅机关有关处室负责同志参加调研座谈``); a 河南 全省水利工作会议 (``副省长…出席会议并作
重要讲话，厅党组书记、厅长…代表厅党组作工作报告``); the 四川 农业农村厅 site (``发布时间：… 信息来源：厅发展规划与农业园区处
点击数：``); a 渭南 page of ``省农业农村厅党组成员…、畜牧处处长…来临渭区…市农业农村局局长…、副局长…陪同``. Places are real:
江苏 (the 省水利厅; 连云港 with 海州区, 赣榆区, 东海县, 灌云县), 安徽 宣城 (宣州区), 吉林 松原 (乾安县, 宁江区, 扶余市, 长岭县),
云南 (the 省农业农村厅; 曲靖 with 陆良县, 马龙区, 麒麟区, 沾益区), 福建 莆田 (仙游县, 涵江区).

Shapes: a 市教育局 site's 党组会议 (市委教育工委常务副书记 + 局党组书记、局长 chair; 党组成员、副局长 ×2; the 驻局 纪检监察组
组长; 二级巡视员; 一级调研员; 办公室主任 and 发展规划处处长 列席 and reporting) (ca01); a city paper's 第A02版 全市教育工作会议
(副市长 讲话, 人大 / 政协 leaders 出席, 市政府副秘书长 主持, the 局长 报告, county 局长 / 副区长 / 副县长 交流发言) (ca02); the
省水利厅 site of a 副省长's 调研 of the 厅 and the 座谈会 after it (厅党组书记、厅长, 副厅长 ×2, 一级巡视员, 办公室主任,
规划计划处处长) (ca03); the same site a year later: a 副厅长's 防汛检查 in 连云港 with ``厅二级巡视员、规划计划处处长``, a 副处长,
the 市水利局 head, and the former 教育局长 now 灌云县长 (ca04); a 市生态环境局 site of a 副市长's 调研 and 座谈会 (局党组书记、
局长, 副局长 ×2, 二级巡视员, 一级调研员, a 区 分局 局长, 办公室主任) (ca05); another city's 市生态环境局 site: the 局长's 督导 in a
county with a 分局 head and the 副县长, and the 督导反馈会 (ca06); that city's paper: 全市交通运输工作会议 with the former
生态环境局 副局长 now 交通运输局 局长 (ca07); the 省农业农村厅 site of a 副厅长's 调研 in 曲靖 with a 处长, the 副市长, the 市
农业农村局 head, the 县长 and 副县长 (ca08); a city news portal's page (``作者： 编辑：``, share line, 相关新闻) of a 副市长's
督导 with the 市教育局 heads (the former 农业农村局长) (ca09); a 市卫生健康委员会 site's 推进会 (委党组书记、主任, 副主任 ×2, 二级
调研员, a 科长, county 卫健局 局长) (ca10).

Identity cases:
- ca:邵明澜, a department head who moves to a county post: 连云港市委教育工委常务副书记 and 连云港市教育局党组书记、局长 in
  March 2022 (ca01) and February 2023 (ca02); 灌云县委副书记、县长 in June 2024 (ca04, on the 省水利厅 site).
- ca:蒯晨阳 rises inside the 厅: 江苏省水利厅规划计划处处长 in May 2023 (ca03); 厅二级巡视员、规划计划处处长 in June 2024 (ca04).
- ca:隋海峰 moves between two departments of one city: 松原市生态环境局党组成员、副局长 in July 2023 (ca06); 松原市交通运输局
  党组书记、局长 in March 2024 (ca07).
- ca:饶正宏, a department head who becomes 副市长: 曲靖市农业农村局党组书记、局长 in March 2022 (ca08); 曲靖市副市长 in August
  2024 (ca09).
- two different 邝志斌 in unrelated places: ca:邝志斌#1 is 宣城市生态环境局二级巡视员 (安徽, ca05, 2022); ca:邝志斌#2 is 陆良县
  副县长 (云南, ca08, 2022).
- one organ name in several places: ``市教育局`` is 连云港's (ca01, ca02) and 曲靖's (ca09); ``市生态环境局`` / bare ``局党组书记、
  局长`` is 宣城's (ca05) and 松原's (ca06); bare ``厅党组成员、副厅长`` is 江苏省水利厅's (ca03, ca04) and 云南省农业农村厅's
  (ca08); ``局办公室主任`` is 连云港市教育局's (ca01) and 宣城市生态环境局's (ca05); ``市政府副秘书长`` is 连云港's, 宣城's,
  松原's and 曲靖's.
- the same officials on two pages: ca:葛慧敏 (ca01, ca02), ca:柏志远 (ca03, ca04), ca:刁丽君 (灌云县副县长, ca02 and ca04); the
  editor ca:季雨辰 signs ca03 and ca04.

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts z, ap, br and bd where they speak; decided here where they are silent):
- Bare organs on a department's own site belong to that department of the site's place (parts z, ap): ``局党组书记、局长``
  on the 宣城 生态环境局 site → 宣城市生态环境局党组 书记 + 宣城市生态环境局 局长; ``委党组书记、主任`` on the 莆田 卫健委 site →
  莆田市卫健委党组 书记 + 莆田市卫健委 主任 (the headline's short form 市卫健委, as ap); ``厅党组书记、厅长`` on the 江苏省水利厅
  site → 江苏省水利厅党组 书记 + 江苏省水利厅 厅长. The department is named as the page's headline or body writes it after the
  place (市教育局, 市生态环境局, 市交通运输局, 市卫健委, 省水利厅, 省农业农村厅); the site line is chrome.
- 党组 goes with 书记 and 成员 (parts z, ap): ``局党组成员、副局长葛慧敏、朱怀远`` → each X局党组 成员 + X局 副局长.
- Ranks (二级巡视员, 一级巡视员, 一级调研员, 二级调研员) with no department written are posts of the site's department
  (CONVENTIONS, part z); ``厅二级巡视员、规划计划处处长蒯晨阳`` → 江苏省水利厅 二级巡视员 + 江苏省水利厅规划计划处 处长.
- DECIDED HERE: a 处 / 科 / 办公室 inside a department is an org as written after its department (as bd's 南平市财政局预算科):
  ``发展规划处处长`` on the 连云港 教育局 site → 连云港市教育局发展规划处 处长 (江苏's city bureaus have 处); ``规划计划处处长``,
  ``水旱灾害防御处副处长`` → 江苏省水利厅规划计划处 / 江苏省水利厅水旱灾害防御处; ``厅种植业管理处处长`` → 云南省农业农村厅种植业
  管理处; ``委医政医管科科长`` → 莆田市卫健委医政医管科 科长; ``局办公室主任`` / ``办公室主任`` on a 厅 site → X局办公室 / 江苏省
  水利厅办公室 主任 (as 县委办公室 in parts ah, p).
- DECIDED HERE: ``市委教育工委常务副书记`` → 连云港市委教育工委 常务副书记 (a working committee of the 市委, written after the
  place like 市委组织部).
- DECIDED HERE: ``市纪委监委驻市教育局纪检监察组组长庞守义`` → org 连云港市纪委监委驻市教育局纪检监察组 (the 派驻 group as written
  after the place label), title 组长: a standing body of the 纪委监委 with its own posts, not a temporary group.
- A city department's 分局 is written after the department (part ap): ``市生态环境局宣州区分局局长`` → 宣城市生态环境局宣州区分局
  局长; ``市生态环境局乾安县分局局长`` → 松原市生态环境局乾安县分局 局长.
- Provincial officials: on a 厅 site bare 省 = the 厅's province: ``副省长韦振东`` → 江苏省政府 副省长; ``省政府副秘书长`` → 江苏省
  政府 副秘书长. City officials: ``副市长`` / ``市政府副秘书长`` → the page's city 政府 (on a 厅 page, the city the sentence
  names: ``曲靖市副市长保家林``, and the bare ``市农业农村局`` after it = 曲靖市农业农村局). ``市人大常委会副主任`` → 连云港市人大
  常委会 副主任; ``市政协副主席`` → 连云港市政协 副主席.
- County-level: ``灌云县委副书记、县长`` → 灌云县委 副书记 + 灌云县政府 县长; ``赣榆区副区长`` → 赣榆区政府 副区长; a bare
  ``县委副书记、县长`` / ``副县长`` after ``在陆良县`` = 陆良县's; a bare ``副区长`` after ``在沾益区`` = 沾益区政府. County
  departments as written: 东海县教育局, 宁江区交通运输局, 扶余市交通运输局, 仙游县卫健局, 涵江区卫健局 (short form as written).
- One line per post per article; a list after one title gives every name the title; a name in the headline repeating a post
  of the body gives no second line.
- Events: a leader's 调研 / 督导 / 检查 is an ``inspection`` (leader; 参加 / 陪同 attendees; 汇报 / 介绍 / 指出 / 强调 / 要求 /
  表示 / 通报 speakers). DECIDED HERE: a 座谈会 or 督导反馈会 written as held (``在随后召开的座谈会上``, ``座谈会上``) is a meeting
  of its own (as parts ap, br), and the visiting leader's remarks written ``在座谈会上指出`` / ``在反馈会上要求`` go to it; those who
  only ``参加座谈`` are its attendees. The 党组会议 (chair 主持; 出席 and 列席 attendees), the 工作会议 (chair 主持; 出席 attendees;
  报告 / 宣读 / 通报 / 交流发言 / 强调 speakers) and the 推进会 are meetings. Organizers only when ``X召开``.
- Bylines: ``本报讯（记者 …）`` reporter lines; ``撰稿：`` / ``供稿：`` / ``作者：`` author lines; ``审核：`` / ``责编：`` / ``编辑：`` /
  ``责任编辑：`` editor lines. ``来源：局办公室`` names nobody.
- Projects: works named as under way or planned: school and hospital buildings ``project``; roads, bridges, 污水处理厂 and
  物流园区配套道路 ``infrastructure_project``; dikes, sluices and 排涝泵站 ``engineering_work``; a 水源地保护工程
  ``greening_project``; production 基地 ``project``. DECIDED HERE: a place at the head of a project name counts (in_project_name,
  as part bs) even when the project is a school's or hospital's building (``海州区瀛洲实验中学扩建工程`` → 海州区,
  ``莆田市第一医院新院区二期工程`` → 莆田市).
- Places: one line per name per file, as written (``连云港市`` and ``连云港``, ``曲靖市`` and ``曲靖`` are separate lines);
  places inside titles, organ references and project names count; site lines, 来源 lines, footers, 上一篇 / 下一篇, 相关文章 /
  本版其他文章 lists are not annotated. ``海州区`` (a name 连云港 shares with 阜新) is annotated as written. ``全省`` / ``全市`` are
  no places; ``宣州段`` (a river segment) is not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LYG, XC, SY, QJ, PT = "连云港市", "宣城市", "松原市", "曲靖市", "莆田市"
JSS, YNN = "江苏省水利厅", "云南省农业农村厅"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "ca01_lianyungang.txt": (2022, "发布时间：2022-03-15 17:32", LYG, [
        ("市教育局召开党组会议研究部署校园安全和教育重点项目建设工作", "3月14日下午", "2022-03-14", "3月14日下午，市教育局召开党组会议",
         "市教育局 site: 党组会议 (教育工委常务副书记 + 局党组书记、局长 chair; 副局长 ×2, 纪检监察组组长, 二级巡视员, 一级调研员; 办公室主任 and 处长 列席)")]),
    "ca02_lianyungang.txt": (2023, "2023年2月22日　星期三", LYG, [
        ("全市教育工作会议召开", "2月21日", "2023-02-21", "本报讯（记者 孟若彤）2月21日",
         "city paper 第A02版: 全市教育工作会议 (副市长 讲话, 人大 / 政协 出席, 副秘书长 主持, 局长 报告, county 交流发言)")]),
    "ca03_jiangsu.txt": (2023, "时间：2023-05-18 09:40", "江苏省", [
        ("韦振东副省长到省水利厅调研", "5月17日", "2023-05-17", "5月17日，副省长韦振东",
         "省水利厅 site: 副省长's 调研 of the 厅 and 座谈会 (厅党组书记、厅长, 副厅长 ×2, 一级巡视员, 办公室主任, 规划计划处处长)")]),
    "ca04_guanyun.txt": (2024, "时间：2024-06-20 16:12", LYG, [
        ("柏志远带队检查连云港市防汛工作", "6月18日至19日", "2024-06-18", "6月18日至19日，厅党组成员",
         "省水利厅 site: 副厅长's 防汛检查 in 连云港 (二级巡视员、处长; 副处长; 市水利局 head; the former 教育局长 now 灌云县长)")]),
    "ca05_xuancheng.txt": (2022, "发布日期：2022-08-11", XC, [
        ("汪启明到市生态环境局调研", "8月10日上午", "2022-08-10", "8月10日上午，副市长汪启明",
         "市生态环境局 site: 副市长's 调研 and 座谈会 (局党组书记、局长, 副局长 ×2, 二级巡视员, 一级调研员, 分局 局长, 办公室主任)")]),
    "ca06_qianan.txt": (2023, "发布时间：2023-07-12 15:08", SY, [
        ("栾志国带队到乾安县督导生态环境问题整改工作", "7月11日", "2023-07-11", "7月11日，局党组书记",
         "another city's 市生态环境局 site: the 局长's 督导 in 乾安县 (副局长, 一级调研员, 分局 局长, 副县长) and 督导反馈会")]),
    "ca07_songyuan.txt": (2024, "2024年3月28日　星期四", SY, [
        ("全市交通运输工作会议召开", "3月27日", "2024-03-27", "本报讯（记者 姜晓雪）3月27日",
         "city paper 第02版: 全市交通运输工作会议; the former 生态环境局 副局长 now 交通运输局 局长")]),
    "ca08_qujing.txt": (2022, "发布时间：2022-03-24 18:05", QJ, [
        ("普光荣到曲靖市调研春耕生产工作", "3月22日至23日", "2022-03-22", "3月22日至23日，厅党组成员",
         "省农业农村厅 site: 副厅长's 调研 in 曲靖 (处长; 副市长, 市农业农村局 head, 陆良县长 and 副县长)")]),
    "ca09_qujing.txt": (2024, "2024-08-28 10:16:37", QJ, [
        ("饶正宏督导秋季学期开学准备工作", "8月27日", "2024-08-27", "8月27日，副市长饶正宏",
         "city news portal: the 副市长 (the former 农业农村局长) 督导 with the 市教育局 heads and a 副区长")]),
    "ca10_putian.txt": (2023, "发布时间：2023-10-17 09:21", PT, [
        ("市卫健委召开三季度卫生健康重点工作推进会", "10月16日下午", "2023-10-16", "10月16日下午，市卫健委召开",
         "市卫生健康委员会 site: 推进会 (委党组书记、主任 chair; 副主任 ×2, 二级调研员, 科长, county 卫健局 局长)")]),
}

_C01A = "市委教育工委常务副书记，市教育局党组书记、局长邵明澜"
_C01B = "局党组成员、副局长葛慧敏、朱怀远"
_C02A = "市委教育工委常务副书记、市教育局局长邵明澜"
_C02B = "市教育局党组成员、副局长葛慧敏宣读"
_C03A = "厅党组书记、厅长缪承志汇报了"
_C03B = "厅党组成员、副厅长柏志远就"
_C03S = "厅党组成员、副厅长沙丽萍"
_C04A = "厅党组成员、副厅长柏志远带队"
_C04K = "厅二级巡视员、规划计划处处长蒯晨阳"
_C04H = "连云港市水利局党组书记、局长惠建军"
_C04S = "灌云县委副书记、县长邵明澜"
_C05Z = "局党组书记、局长章明涛汇报了"
_C05B = "局党组成员、副局长胡晓岚、程家骏"
_C06L = "局党组书记、局长栾志国带队到乾安县"
_C06S = "局党组成员、副局长隋海峰"
_C07S = "市交通运输局党组书记、局长隋海峰作工作报告"
_C07Z = "市交通运输局党组成员、副局长钟瑞雪"
_C08P = "厅党组成员、副厅长普光荣带队到曲靖市"
_C08R = "市农业农村局党组书记、局长饶正宏陪同调研"
_C08Z = "县委副书记、县长资丽华"
_C09P = "市教育局党组书记、局长浦建林"
_C09Y = "局党组成员、副局长尹晓航参加督导"
_C10Z = "委党组书记、主任卓文彬主持会议并讲话"
_C10F = "委党组成员、副主任翁丽清、秦立峰"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 连云港 (江苏)
    "ca:邵明澜": ("邵明澜", "official", LYG, [
        ("ca01", f"{LYG}委教育工委", "常务副书记", _C01A, "2022-03; DECIDED HERE: 市委教育工委 → 连云港市委教育工委 (identity case: 灌云县长 in 2024, ca04)"),
        ("ca01", f"{LYG}教育局党组", "书记", _C01A, "bare 市 on the 连云港 教育局 site"),
        ("ca01", f"{LYG}教育局", "局长", _C01A, None),
        ("ca02", f"{LYG}委教育工委", "常务副书记", _C02A, "2023-02: the same posts"),
        ("ca02", f"{LYG}教育局", "局长", _C02A, None),
        ("ca04", "灌云县委", "副书记", _C04S, "2024-06: a department head now in a county post"),
        ("ca04", "灌云县政府", "县长", _C04S, None)], []),
    "ca:葛慧敏": ("葛慧敏", "official", LYG, [
        ("ca01", f"{LYG}教育局党组", "成员", _C01B, "list after one chain of titles"),
        ("ca01", f"{LYG}教育局", "副局长", _C01B, None),
        ("ca02", f"{LYG}教育局党组", "成员", _C02B, "2023-02: the same posts"),
        ("ca02", f"{LYG}教育局", "副局长", _C02B, None)], []),
    "ca:朱怀远": ("朱怀远", "official", LYG, [
        ("ca01", f"{LYG}教育局党组", "成员", _C01B, None),
        ("ca01", f"{LYG}教育局", "副局长", _C01B, None)], []),
    "ca:庞守义": ("庞守义", "official", LYG, [
        ("ca01", f"{LYG}纪委监委驻市教育局纪检监察组", "组长", "市纪委监委驻市教育局纪检监察组组长庞守义", "DECIDED HERE: the 派驻 纪检监察组 as written after the place label")], []),
    "ca:陶永年": ("陶永年", "official", LYG, [
        ("ca01", f"{LYG}教育局", "二级巡视员", "二级巡视员陶永年", "a rank with no department written, on the 教育局's own site")], []),
    "ca:许立岩": ("许立岩", "official", LYG, [
        ("ca01", f"{LYG}教育局", "一级调研员", "一级调研员许立岩", "a rank of the site's department")], []),
    "ca:仲雪菲": ("仲雪菲", "official", LYG, [
        ("ca01", f"{LYG}教育局办公室", "主任", "局办公室主任仲雪菲", "DECIDED HERE: the department's 办公室 as written after the department")], []),
    "ca:吴启航": ("吴启航", "official", LYG, [
        ("ca01", f"{LYG}教育局发展规划处", "处长", "发展规划处处长吴启航", "DECIDED HERE: a 处 of the department as written after the department")], []),
    "ca:钱晓芸": ("钱晓芸", "official", LYG, [
        ("ca02", f"{LYG}政府", "副市长", "副市长钱晓芸出席会议并讲话", "named in the sub-headline too")], []),
    "ca:闻家骏": ("闻家骏", "official", LYG, [
        ("ca02", f"{LYG}人大常委会", "副主任", "市人大常委会副主任闻家骏", None)], []),
    "ca:燕舒": ("燕舒", "official", LYG, [
        ("ca02", f"{LYG}政协", "副主席", "市政协副主席燕舒", None)], []),
    "ca:左鸿斌": ("左鸿斌", "official", LYG, [
        ("ca02", f"{LYG}政府", "副秘书长", "市政府副秘书长左鸿斌主持会议", None)], []),
    "ca:戚国梁": ("戚国梁", "official", "东海县", [
        ("ca02", "东海县教育局", "局长", "东海县教育局局长戚国梁", None)], []),
    "ca:卞晓东": ("卞晓东", "official", "赣榆区", [
        ("ca02", "赣榆区政府", "副区长", "赣榆区副区长卞晓东", None)], []),
    "ca:刁丽君": ("刁丽君", "official", "灌云县", [
        ("ca02", "灌云县政府", "副县长", "灌云县副县长刁丽君", "2023-02"),
        ("ca04", "灌云县政府", "副县长", "灌云县副县长刁丽君", "2024-06: the same post")], []),
    "ca:惠建军": ("惠建军", "official", LYG, [
        ("ca04", f"{LYG}水利局党组", "书记", _C04H, None),
        ("ca04", f"{LYG}水利局", "局长", _C04H, None)], []),
    # ---- 江苏省水利厅
    "ca:韦振东": ("韦振东", "official", "江苏省", [
        ("ca03", "江苏省政府", "副省长", "副省长韦振东到省水利厅调研", "bare 省 on the 江苏省水利厅 site; named in the headline too")], []),
    "ca:裴宏宇": ("裴宏宇", "official", "江苏省", [
        ("ca03", "江苏省政府", "副秘书长", "省政府副秘书长裴宏宇参加调研", None)], []),
    "ca:缪承志": ("缪承志", "official", "江苏省", [
        ("ca03", f"{JSS}党组", "书记", _C03A, "bare 厅 on the 厅's own site"),
        ("ca03", JSS, "厅长", _C03A, None)], []),
    "ca:柏志远": ("柏志远", "official", "江苏省", [
        ("ca03", f"{JSS}党组", "成员", _C03B, "2023-05"),
        ("ca03", JSS, "副厅长", _C03B, None),
        ("ca04", f"{JSS}党组", "成员", _C04A, "2024-06: the same posts"),
        ("ca04", JSS, "副厅长", _C04A, None)], []),
    "ca:沙丽萍": ("沙丽萍", "official", "江苏省", [
        ("ca03", f"{JSS}党组", "成员", _C03S, None),
        ("ca03", JSS, "副厅长", _C03S, None)], []),
    "ca:顾金才": ("顾金才", "official", "江苏省", [
        ("ca03", JSS, "一级巡视员", "一级巡视员顾金才", "a rank of the 厅")], []),
    "ca:殷晓婷": ("殷晓婷", "official", "江苏省", [
        ("ca03", f"{JSS}办公室", "主任", "办公室主任殷晓婷", "the 厅's 办公室")], []),
    "ca:蒯晨阳": ("蒯晨阳", "official", "江苏省", [
        ("ca03", f"{JSS}规划计划处", "处长", "规划计划处处长蒯晨阳介绍了", "2023-05 (identity case: also 二级巡视员 in 2024, ca04)"),
        ("ca04", JSS, "二级巡视员", _C04K, "2024-06: now 厅二级巡视员"),
        ("ca04", f"{JSS}规划计划处", "处长", _C04K, None)], []),
    "ca:嵇明": ("嵇明", "official", "江苏省", [
        ("ca04", f"{JSS}水旱灾害防御处", "副处长", "水旱灾害防御处副处长嵇明", None)], []),
    "ca:季雨辰": ("季雨辰", "editor", JSS, [], ["ca03", "ca04"]),
    # ---- 宣城 (安徽)
    "ca:汪启明": ("汪启明", "official", XC, [
        ("ca05", f"{XC}政府", "副市长", "副市长汪启明到市生态环境局调研", "named in the headline too")], []),
    "ca:詹国栋": ("詹国栋", "official", XC, [
        ("ca05", f"{XC}政府", "副秘书长", "市政府副秘书长詹国栋参加调研", None)], []),
    "ca:章明涛": ("章明涛", "official", XC, [
        ("ca05", f"{XC}生态环境局党组", "书记", _C05Z, "bare 局 on the 宣城 生态环境局 site"),
        ("ca05", f"{XC}生态环境局", "局长", _C05Z, None)], []),
    "ca:胡晓岚": ("胡晓岚", "official", XC, [
        ("ca05", f"{XC}生态环境局党组", "成员", _C05B, None),
        ("ca05", f"{XC}生态环境局", "副局长", _C05B, None)], []),
    "ca:程家骏": ("程家骏", "official", XC, [
        ("ca05", f"{XC}生态环境局党组", "成员", _C05B, None),
        ("ca05", f"{XC}生态环境局", "副局长", _C05B, None)], []),
    "ca:邝志斌#1": ("邝志斌", "official", XC, [
        ("ca05", f"{XC}生态环境局", "二级巡视员", "二级巡视员邝志斌", "宣城 (安徽); not the 邝志斌 of 陆良县 (ca08)")], []),
    "ca:方美玲": ("方美玲", "official", XC, [
        ("ca05", f"{XC}生态环境局", "一级调研员", "一级调研员方美玲", None)], []),
    "ca:梅立峰": ("梅立峰", "official", XC, [
        ("ca05", f"{XC}生态环境局宣州区分局", "局长", "市生态环境局宣州区分局局长梅立峰", "a city department's 分局 written after the department (part ap)")], []),
    "ca:吕小川": ("吕小川", "official", XC, [
        ("ca05", f"{XC}生态环境局办公室", "主任", "局办公室主任吕小川", None)], []),
    # ---- 松原 (吉林)
    "ca:栾志国": ("栾志国", "official", SY, [
        ("ca06", f"{SY}生态环境局党组", "书记", _C06L, "bare 局 on the 松原 生态环境局 site; named in the headline too"),
        ("ca06", f"{SY}生态环境局", "局长", _C06L, None)], []),
    "ca:隋海峰": ("隋海峰", "official", SY, [
        ("ca06", f"{SY}生态环境局党组", "成员", _C06S, "2023-07 (identity case: 交通运输局 局长 in 2024, ca07)"),
        ("ca06", f"{SY}生态环境局", "副局长", _C06S, None),
        ("ca07", f"{SY}交通运输局党组", "书记", _C07S, "2024-03: moved to another department of the city"),
        ("ca07", f"{SY}交通运输局", "局长", _C07S, None)], []),
    "ca:金淑英": ("金淑英", "official", SY, [
        ("ca06", f"{SY}生态环境局", "一级调研员", "一级调研员金淑英", None)], []),
    "ca:白鹤鸣": ("白鹤鸣", "official", SY, [
        ("ca06", f"{SY}生态环境局乾安县分局", "局长", "市生态环境局乾安县分局局长白鹤鸣", "the 分局 written after the department")], []),
    "ca:冯子骞": ("冯子骞", "official", "乾安县", [
        ("ca06", "乾安县政府", "副县长", "乾安县副县长冯子骞陪同", None)], []),
    "ca:岳松林": ("岳松林", "official", SY, [
        ("ca07", f"{SY}政府", "副市长", "副市长岳松林出席会议并讲话", None)], []),
    "ca:齐明": ("齐明", "official", SY, [
        ("ca07", f"{SY}政府", "副秘书长", "市政府副秘书长齐明主持会议", None)], []),
    "ca:钟瑞雪": ("钟瑞雪", "official", SY, [
        ("ca07", f"{SY}交通运输局党组", "成员", _C07Z, None),
        ("ca07", f"{SY}交通运输局", "副局长", _C07Z, None)], []),
    "ca:包玉山": ("包玉山", "official", "宁江区", [
        ("ca07", "宁江区交通运输局", "局长", "宁江区交通运输局局长包玉山", None)], []),
    "ca:宫建国": ("宫建国", "official", "扶余市", [
        ("ca07", "扶余市交通运输局", "局长", "扶余市交通运输局局长宫建国", "a county-level city's department")], []),
    # ---- 云南 (省农业农村厅, 曲靖)
    "ca:普光荣": ("普光荣", "official", "云南省", [
        ("ca08", f"{YNN}党组", "成员", _C08P, "bare 厅 on the 云南省农业农村厅 site; named in the headline too"),
        ("ca08", YNN, "副厅长", _C08P, None)], []),
    "ca:段建明": ("段建明", "official", "云南省", [
        ("ca08", f"{YNN}种植业管理处", "处长", "厅种植业管理处处长段建明参加调研", None)], []),
    "ca:保家林": ("保家林", "official", QJ, [
        ("ca08", f"{QJ}政府", "副市长", "曲靖市副市长保家林", None)], []),
    "ca:饶正宏": ("饶正宏", "official", QJ, [
        ("ca08", f"{QJ}农业农村局党组", "书记", _C08R, "2022-03: bare 市 after 曲靖市副市长 (identity case: 副市长 in 2024, ca09)"),
        ("ca08", f"{QJ}农业农村局", "局长", _C08R, None),
        ("ca09", f"{QJ}政府", "副市长", "副市长饶正宏带队到麒麟区、沾益区督导", "2024-08: now 副市长 (bare 市 on a 曲靖 portal); named in the headline too")], []),
    "ca:资丽华": ("资丽华", "official", "陆良县", [
        ("ca08", "陆良县委", "副书记", _C08Z, "bare 县委 after 在陆良县"),
        ("ca08", "陆良县政府", "县长", _C08Z, None)], []),
    "ca:邝志斌#2": ("邝志斌", "official", "陆良县", [
        ("ca08", "陆良县政府", "副县长", "副县长邝志斌陪同调研", "陆良县 (云南); not the 邝志斌 of 宣城 (ca05)")], []),
    "ca:孔令宇": ("孔令宇", "official", QJ, [
        ("ca09", f"{QJ}政府", "副秘书长", "市政府副秘书长孔令宇", None)], []),
    "ca:浦建林": ("浦建林", "official", QJ, [
        ("ca09", f"{QJ}教育局党组", "书记", _C09P, "市教育局 = 曲靖's here, 连云港's in ca01 / ca02"),
        ("ca09", f"{QJ}教育局", "局长", _C09P, None)], []),
    "ca:尹晓航": ("尹晓航", "official", QJ, [
        ("ca09", f"{QJ}教育局党组", "成员", _C09Y, None),
        ("ca09", f"{QJ}教育局", "副局长", _C09Y, None)], []),
    "ca:者永红": ("者永红", "official", "沾益区", [
        ("ca09", "沾益区政府", "副区长", "在沾益区，副区长者永红陪同督导", "bare 副区长 after 在沾益区")], []),
    # ---- 莆田 (福建)
    "ca:卓文彬": ("卓文彬", "official", PT, [
        ("ca10", f"{PT}卫健委党组", "书记", _C10Z, "bare 委 on the 卫健委's own site; the headline writes 市卫健委"),
        ("ca10", f"{PT}卫健委", "主任", _C10Z, None)], []),
    "ca:翁丽清": ("翁丽清", "official", PT, [
        ("ca10", f"{PT}卫健委党组", "成员", _C10F, None),
        ("ca10", f"{PT}卫健委", "副主任", _C10F, None)], []),
    "ca:秦立峰": ("秦立峰", "official", PT, [
        ("ca10", f"{PT}卫健委党组", "成员", _C10F, None),
        ("ca10", f"{PT}卫健委", "副主任", _C10F, None)], []),
    "ca:阮向荣": ("阮向荣", "official", PT, [
        ("ca10", f"{PT}卫健委", "二级调研员", "二级调研员阮向荣出席会议", "a rank of the site's department")], []),
    "ca:柯晓玲": ("柯晓玲", "official", PT, [
        ("ca10", f"{PT}卫健委医政医管科", "科长", "委医政医管科科长柯晓玲", "a 科 of the 委 written after it")], []),
    "ca:游建新": ("游建新", "official", "仙游县", [
        ("ca10", "仙游县卫健局", "局长", "仙游县卫健局局长游建新", "short form as written")], []),
    "ca:方振宇": ("方振宇", "official", "涵江区", [
        ("ca10", "涵江区卫健局", "局长", "涵江区卫健局局长方振宇", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("ca01", "鲍思琪", "撰稿", "author", "（撰稿：鲍思琪　审核：滕文昊）"),
    ("ca01", "滕文昊", "审核", "editor", "（撰稿：鲍思琪　审核：滕文昊）"),
    ("ca02", "孟若彤", "记者", "reporter", "本报讯（记者 孟若彤）"),
    ("ca02", "陈佳音", "责任编辑", "editor", "责任编辑：陈佳音"),
    ("ca03", "汤思远", "供稿", "author", "（供稿：厅办公室 汤思远　责编：季雨辰）"),
    ("ca03", "季雨辰", "责编", "editor", "（供稿：厅办公室 汤思远　责编：季雨辰）"),
    ("ca04", "杭思远", "供稿", "author", "（供稿：水旱灾害防御处 杭思远　责编：季雨辰）"),
    ("ca04", "季雨辰", "责编", "editor", "（供稿：水旱灾害防御处 杭思远　责编：季雨辰）"),
    ("ca05", "黄柏林", "责任编辑", "editor", "责任编辑：黄柏林"),
    ("ca06", "谢卓然", "编辑", "editor", "编辑：谢卓然"),
    ("ca06", "林雅婷", "审核", "editor", "审核：林雅婷"),
    ("ca07", "姜晓雪", "记者", "reporter", "本报讯（记者 姜晓雪）"),
    ("ca07", "周若涵", "责任编辑", "editor", "责任编辑：周若涵"),
    ("ca08", "曹乐天", "责任编辑", "editor", "责任编辑：曹乐天"),
    ("ca09", "戴文彬", "作者", "author", "作者：戴文彬"),
    ("ca09", "张瑞丰", "编辑", "editor", "编辑：张瑞丰"),
    ("ca10", "许可欣", "撰稿", "author", "（撰稿：许可欣　审核：王晨曦）"),
    ("ca10", "王晨曦", "审核", "editor", "（撰稿：许可欣　审核：王晨曦）"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("ca01", "市教育局党组会议", "meeting (党组会议)", "3月14日下午", "邵明澜", None, [f"{LYG}教育局"],
     ["葛慧敏", "朱怀远", "庞守义", "陶永年", "许立岩", "仲雪菲", "吴启航"],
     ["仲雪菲", "吴启航", "葛慧敏", "朱怀远", "庞守义", "邵明澜"], None,
     "3月14日下午，市教育局召开党组会议",
     ["局长邵明澜主持会议并讲话", _C01B, "纪检监察组组长庞守义", "二级巡视员陶永年", "一级调研员许立岩出席会议",
      "局办公室主任仲雪菲、发展规划处处长吴启航列席会议", "仲雪菲通报了", "吴启航汇报了", "葛慧敏就开学以来", "朱怀远就做好",
      "庞守义就压实", "邵明澜强调"]),
    ("ca02", "全市教育工作会议", "meeting (工作会议)", "2月21日", "左鸿斌", None, [],
     ["钱晓芸", "闻家骏", "燕舒"], ["钱晓芸", "邵明澜", "葛慧敏", "戚国梁", "卞晓东", "刁丽君"], None,
     "2月21日，全市教育工作会议召开",
     ["副市长钱晓芸出席会议并讲话", "市人大常委会副主任闻家骏、市政协副主席燕舒出席会议", "市政府副秘书长左鸿斌主持会议",
      "局长邵明澜作工作报告", "葛慧敏宣读了", "戚国梁、赣榆区副区长卞晓东、灌云县副县长刁丽君分别作交流发言", "钱晓芸强调"]),
    ("ca03", "副省长到省水利厅调研", "inspection (调研)", "5月17日", None, "韦振东", [],
     ["裴宏宇"], [], "省水利厅",
     "5月17日，副省长韦振东到省水利厅调研",
     ["副省长韦振东到省水利厅调研", "省政府副秘书长裴宏宇参加调研"]),
    ("ca03", "座谈会", "meeting (座谈会)", "5月17日", None, None, [],
     ["沙丽萍", "顾金才", "殷晓婷"], ["缪承志", "柏志远", "蒯晨阳", "韦振东"], "省水利厅",
     "在随后召开的座谈会上，厅党组书记、厅长缪承志汇报了",
     [_C03A, "柏志远就汛前检查发现问题整改", "蒯晨阳介绍了", "厅党组成员、副厅长沙丽萍，一级巡视员顾金才，办公室主任殷晓婷参加座谈",
      "韦振东在座谈会上指出", "缪承志表示"]),
    ("ca04", "连云港市防汛准备和在建水利工程安全度汛检查", "inspection (防汛检查)", "6月18日至19日", None, "柏志远", [],
     ["蒯晨阳", "嵇明", "惠建军", "邵明澜", "刁丽君"], ["邵明澜", "惠建军", "柏志远", "蒯晨阳"], "连云港市",
     "6月18日至19日，厅党组成员、副厅长柏志远带队赴连云港市检查防汛准备和在建水利工程安全度汛工作",
     ["副厅长柏志远带队赴连云港市", _C04K, "水旱灾害防御处副处长嵇明参加检查", _C04H, _C04S,
      "灌云县副县长刁丽君分别陪同", "邵明澜汇报了", "惠建军介绍了", "柏志远指出", "蒯晨阳就加快推进", "邵明澜表示"]),
    ("ca05", "副市长到市生态环境局调研", "inspection (调研)", "8月10日上午", None, "汪启明", [],
     ["詹国栋"], [], "市生态环境局",
     "8月10日上午，副市长汪启明到市生态环境局调研",
     ["副市长汪启明到市生态环境局调研", "市政府副秘书长詹国栋参加调研"]),
    ("ca05", "座谈会", "meeting (座谈会)", "8月10日上午", None, None, [],
     ["吕小川"], ["章明涛", "胡晓岚", "程家骏", "邝志斌", "方美玲", "梅立峰", "汪启明"], "市生态环境局",
     "座谈会上，局党组书记、局长章明涛汇报了",
     [_C05Z, "副局长胡晓岚、程家骏，二级巡视员邝志斌，一级调研员方美玲分别就分管工作作了补充汇报", "梅立峰汇报了",
      "汪启明在座谈会上指出", "章明涛表示", "局办公室主任吕小川，机关各科室、局属单位主要负责同志参加座谈会"]),
    ("ca06", "乾安县中央生态环境保护督察反馈问题整改和农村生活污水治理督导", "inspection (督导)", "7月11日", None, "栾志国", [],
     ["隋海峰", "金淑英", "白鹤鸣", "冯子骞"], ["白鹤鸣"], "乾安县",
     "7月11日，局党组书记、局长栾志国带队到乾安县，督导中央生态环境保护督察反馈问题整改和农村生活污水治理工作",
     [_C06L, _C06S, "一级调研员金淑英", "分局局长白鹤鸣参加督导", "乾安县副县长冯子骞陪同", "白鹤鸣介绍了"]),
    ("ca06", "督导反馈会", "meeting (督导反馈会)", "7月11日", None, None, [],
     [], ["冯子骞", "隋海峰", "栾志国"], "乾安县",
     "在随后召开的督导反馈会上，冯子骞汇报了",
     ["冯子骞汇报了", "隋海峰通报了", "栾志国在反馈会上要求", "冯子骞表示"]),
    ("ca07", "全市交通运输工作会议", "meeting (工作会议)", "3月27日", "齐明", None, [],
     ["岳松林"], ["岳松林", "隋海峰", "钟瑞雪", "包玉山", "宫建国"], None,
     "3月27日，全市交通运输工作会议召开",
     ["副市长岳松林出席会议并讲话", "市政府副秘书长齐明主持会议", _C07S, "钟瑞雪通报了",
      "宁江区交通运输局局长包玉山、扶余市交通运输局局长宫建国分别作交流发言", "岳松林强调"]),
    ("ca08", "曲靖市春耕生产和粮食安全调研", "inspection (调研)", "3月22日至23日", None, "普光荣", [],
     ["段建明", "保家林", "饶正宏", "资丽华", "邝志斌"], ["资丽华", "饶正宏", "普光荣", "段建明", "保家林"], "曲靖市",
     "3月22日至23日，厅党组成员、副厅长普光荣带队到曲靖市，调研春耕生产和粮食安全工作",
     [_C08P, "厅种植业管理处处长段建明参加调研", "曲靖市副市长保家林", _C08R, "副县长邝志斌陪同调研",
      "资丽华汇报了", "饶正宏介绍了", "普光荣指出", "段建明就推广", "保家林表示"]),
    ("ca09", "秋季学期开学准备工作督导", "inspection (督导)", "8月27日", None, "饶正宏", [],
     ["孔令宇", "浦建林", "尹晓航", "者永红"], ["者永红", "浦建林", "尹晓航", "饶正宏"], "麒麟区、沾益区",
     "8月27日，副市长饶正宏带队到麒麟区、沾益区督导秋季学期开学准备工作",
     ["副市长饶正宏带队到麒麟区、沾益区督导", "市政府副秘书长孔令宇", _C09P, _C09Y, "副区长者永红陪同督导，并汇报了",
      "浦建林汇报了", "尹晓航介绍了", "饶正宏指出"]),
    ("ca10", "三季度卫生健康重点工作推进会", "meeting (推进会)", "10月16日下午", "卓文彬", None, [f"{PT}卫健委"],
     ["翁丽清", "秦立峰", "阮向荣"], ["柯晓玲", "翁丽清", "秦立峰", "游建新", "方振宇", "卓文彬"], None,
     "10月16日下午，市卫健委召开三季度卫生健康重点工作推进会",
     [_C10Z, "委党组成员、副主任翁丽清、秦立峰，二级调研员阮向荣出席会议", "柯晓玲通报了", "翁丽清就做好", "秦立峰通报了",
      "仙游县卫健局局长游建新、涵江区卫健局局长方振宇分别汇报了", "卓文彬强调"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("ca01", "苍梧实验学校东校区二期工程", "project", "今年计划开工的苍梧实验学校东校区二期工程"),
    ("ca01", "海州区瀛洲实验中学扩建工程", "project", "海州区瀛洲实验中学扩建工程等7个项目"),
    ("ca02", "苍梧实验学校东校区二期工程", "project", "苍梧实验学校东校区二期工程等一批项目如期投用"),
    ("ca02", "连云港市第二职业教育中心实训楼", "project", "开工建设连云港市第二职业教育中心实训楼"),
    ("ca02", "赣榆区海头镇九年一贯制学校", "project", "赣榆区海头镇九年一贯制学校等项目"),
    ("ca03", "骆马湖二线堤防加固工程", "engineering_work", "骆马湖二线堤防加固工程"),
    ("ca03", "新沭河下游治理工程", "engineering_work", "新沭河下游治理工程等重点项目"),
    ("ca04", "烧香河北闸除险加固工程", "engineering_work", "检查组先后来到烧香河北闸除险加固工程"),
    ("ca04", "灌云县善后河堤防加固工程", "engineering_work", "灌云县善后河堤防加固工程施工现场"),
    ("ca04", "灌云县城区排涝泵站扩建工程", "engineering_work", "灌云县城区排涝泵站扩建工程"),
    ("ca05", "宣城经开区污水处理厂提标改造工程", "infrastructure_project", "宣城经开区污水处理厂提标改造工程"),
    ("ca05", "港口湾水库饮用水水源地保护工程", "greening_project", "港口湾水库饮用水水源地保护工程等项目建设"),
    ("ca06", "乾安县城污水处理厂二期扩建工程", "infrastructure_project", "乾安县城污水处理厂二期扩建工程"),
    ("ca06", "所字镇农村生活污水治理项目", "project", "所字镇农村生活污水治理项目现场"),
    ("ca07", "松原市江北环城路东段工程", "infrastructure_project", "松原市江北环城路东段工程建成通车"),
    ("ca07", "长岭县农村公路提档升级工程", "infrastructure_project", "长岭县农村公路提档升级工程完成改造里程412公里"),
    ("ca07", "扶余市拉林河大桥新建工程", "infrastructure_project", "扶余市拉林河大桥新建工程"),
    ("ca07", "宁江区哈达山物流园区配套道路工程", "infrastructure_project", "宁江区哈达山物流园区配套道路工程"),
    ("ca08", "陆良县万亩蔬菜保供基地", "project", "陆良县万亩蔬菜保供基地"),
    ("ca08", "马龙区万亩马铃薯良种繁育基地", "project", "马龙区万亩马铃薯良种繁育基地"),
    ("ca09", "麒麟区南城实验学校新建工程", "project", "麒麟区南城实验学校新建工程"),
    ("ca09", "沾益区育才第三小学扩建工程", "project", "沾益区育才第三小学扩建工程"),
    ("ca10", "莆田市第一医院新院区二期工程", "project", "莆田市第一医院新院区二期工程"),
    ("ca10", "仙游县总医院门急诊综合楼建设项目", "project", "仙游县总医院门急诊综合楼建设项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("ca01", "海州区", "district", "in_project_name", "海州区瀛洲实验中学扩建工程"),
    ("ca02", "连云港市", "city", "in_project_name", "开工建设连云港市第二职业教育中心实训楼"),
    ("ca02", "赣榆区", "district", "in_project_name", "赣榆区海头镇九年一贯制学校等项目"),
    ("ca02", "海头镇", "town", "in_project_name", "赣榆区海头镇九年一贯制学校等项目"),
    ("ca02", "东海县", "county", "in_title", "东海县教育局局长戚国梁"),
    ("ca02", "灌云县", "county", "in_title", "灌云县副县长刁丽君"),
    ("ca03", "淮河", "river", "standalone", "盯紧淮河、沂沭泗和太湖等重点流域"),
    ("ca03", "沂沭泗", "region", "standalone", "盯紧淮河、沂沭泗和太湖等重点流域"),
    ("ca03", "太湖", "lake", "standalone", "盯紧淮河、沂沭泗和太湖等重点流域"),
    ("ca03", "骆马湖", "lake", "in_project_name", "骆马湖二线堤防加固工程"),
    ("ca03", "新沭河", "river", "in_project_name", "新沭河下游治理工程等重点项目"),
    ("ca04", "连云港市", "city", "standalone", "带队赴连云港市检查防汛准备"),
    ("ca04", "连云港", "city", "standalone", "连云港地处流域下游和沿海"),
    ("ca04", "灌云县", "county", "standalone", "灌云县将把检查组反馈的问题列入清单"),
    ("ca04", "烧香河", "river", "in_project_name", "检查组先后来到烧香河北闸除险加固工程"),
    ("ca04", "善后河", "river", "in_project_name", "灌云县善后河堤防加固工程施工现场"),
    ("ca04", "沂沭泗", "region", "standalone", "沂沭泗流域来水形势复杂"),
    ("ca05", "水阳江", "river", "standalone", "询问臭氧污染防控和水阳江流域水质预警工作"),
    ("ca05", "宣州区", "district", "in_org_reference", "市生态环境局宣州区分局局长梅立峰"),
    ("ca05", "宣城经开区", "development_zone", "in_project_name", "宣城经开区污水处理厂提标改造工程"),
    ("ca05", "港口湾水库", "reservoir", "in_project_name", "港口湾水库饮用水水源地保护工程等项目建设"),
    ("ca06", "乾安县", "county", "standalone", "局长栾志国带队到乾安县"),
    ("ca06", "所字镇", "town", "in_project_name", "所字镇农村生活污水治理项目现场"),
    ("ca07", "松原市", "city", "in_project_name", "松原市江北环城路东段工程建成通车"),
    ("ca07", "长岭县", "county", "in_project_name", "长岭县农村公路提档升级工程完成改造里程412公里"),
    ("ca07", "扶余市", "county_level_city", "in_project_name", "扶余市拉林河大桥新建工程"),
    ("ca07", "拉林河", "river", "in_project_name", "扶余市拉林河大桥新建工程"),
    ("ca07", "宁江区", "district", "in_project_name", "宁江区哈达山物流园区配套道路工程"),
    ("ca07", "哈达山", "area", "in_project_name", "宁江区哈达山物流园区配套道路工程"),
    ("ca08", "曲靖市", "city", "standalone", "普光荣带队到曲靖市"),
    ("ca08", "曲靖", "city", "standalone", "曲靖是全省粮食主产区"),
    ("ca08", "陆良县", "county", "standalone", "调研组先后深入陆良县、马龙区"),
    ("ca08", "马龙区", "district", "standalone", "调研组先后深入陆良县、马龙区"),
    ("ca09", "麒麟区", "district", "standalone", "副市长饶正宏带队到麒麟区、沾益区督导"),
    ("ca09", "沾益区", "district", "standalone", "副市长饶正宏带队到麒麟区、沾益区督导"),
    ("ca10", "莆田市", "city", "in_project_name", "莆田市第一医院新院区二期工程"),
    ("ca10", "仙游县", "county", "in_title", "仙游县卫健局局长游建新"),
    ("ca10", "涵江区", "district", "in_title", "涵江区卫健局局长方振宇"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="ca", conventions="set ca (blind set: city and provincial departments in 江苏 (省水利厅; 连云港 市教育局, 市水利局), 安徽 (宣城 市生态环境局), 吉林 (松原 市生态环境局, 市交通运输局), 云南 (省农业农村厅; 曲靖 市农业农村局, 市教育局) and 福建 (莆田 市卫健委): bare 局 / 委 / 厅 on a department's own site = that department of the site's place; 党组 with 书记 and 成员; ranks (二级巡视员, 一级巡视员, 一级调研员, 二级调研员) posts of the site's department; 处 / 科 / 办公室 inside a department written after it (江苏省水利厅规划计划处 处长); 市委教育工委 常务副书记; the 派驻 纪检监察组 组长; a city department's 分局 after the department; 副省长 / 省政府副秘书长 → the province's 政府; 座谈会 and 督导反馈会 meetings of their own; one line per post per article)",
          persons_note="Set ca persons. id = corpus-wide person_id (ca:邝志斌#1 of 宣城 (安徽, 二级巡视员) and ca:邝志斌#2 of 陆良县 (云南, 副县长) are two people; ca:邵明澜 连云港市教育局局长 2022-2023 → 灌云县委副书记、县长 2024; ca:蒯晨阳 规划计划处处长 2023 → 厅二级巡视员、规划计划处处长 2024; ca:隋海峰 松原市生态环境局副局长 2023 → 松原市交通运输局局长 2024; ca:饶正宏 曲靖市农业农村局局长 2022 → 曲靖市副市长 2024)")


if __name__ == "__main__":
    main()
