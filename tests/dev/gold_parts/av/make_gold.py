"""Write gold part ``av`` (a blind set: districts of the four municipalities) from the tables below.

Pages ``tests/dev/texts/av*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: a 铜梁区 site report of a 区委常委会 (``区委书记…主持会议并讲话``); a 璧山区
全会 report and a 璧山 区人大常委会 session with 任免 and 宪法宣誓; a 渝中区 site on the 区政协 session (执行主席, 应邀出席) and
the 渝中 区人大 session (副区长 列席); a 长寿区 人大 联席会议 (``区领导…参加会议``, 长寿经开区管委会); a 开州日报 第01版 of a 区政协
常委会会议 (digital-edition chrome, ``本报讯（记者…）``); a 九龙坡 融媒 page (``九龙融媒讯（记者…）``, 发布日期); a 潼南 区人大常委会
session; a 红桥区 site on a 区委书记 陪同调研 with a 街道 and a 社区; a 天津日报 page of the 市长's 调研 in 河东区 (a 街道's
停车场); a 滨海新区 区委书记's 调研 with 区委常委、常务副区长 and zone 管委会主任; a 大兴区 page of the 区委书记 at 北臧村镇 (副区长
and 镇 heads, 座谈会); a 通州 区政协 视察 (区政协主席, 副主席, 委员); a 南京东路街道 list (街道党工委书记, 办事处主任).

Places are real and new to the corpus: 重庆 永川区 (中山路街道, 永川高新区; av01 区政府 site, av02 永川日报 第01版) and 荣昌区
(昌州街道, 荣昌高新区; av03 区政府 site, av04 区人大常委会 site with a 任免名单); 天津 武清区 (杨村街道, 武清经开区; av05
区融媒体中心) and 宝坻区 (海滨街道, 周良街道; av06 区政府 site, av07 天津市商务局 site); 上海 奉贤区 (南桥镇, 奉浦街道; av08)
and 金山区 (朱泾镇; av09 金山报 第2版); 北京 怀柔区 (雁栖镇, 泉河街道; av10).

Shapes: a 区长's 调研 of a 街道 and a zone with the 常务副区长, a 区委常委 who heads the zone's 党工委 and 管委会, a 区 department
head, the 街道党工委书记 and the 街道党工委副书记、办事处主任 (av01); a district paper's 区委常委会 with a list of 常委 after one title
and 列席 (av02); a 市 department's 副主任 调研 in a district with the 区委书记 陪同 (av03); a 区人大常委会 session and its 任免名单
(决定任命 a 街道办事处主任 as 副区长; 决定免去) on one page (av04); a 区委书记's 调研 on a 融媒体中心 page (本网讯) (av05); a 区长
at two streets (av06); a 市商务局 site on its 局长's 调研 in a district (bare 局党组) (av07); a 区长 at a 镇 (镇党委书记, 镇长) and a
street (av08); a district paper's 区政协 视察 of a 镇 and its 座谈会 (av09); a 北京 区委书记 at a 镇 and a 街道 whose party body is
written ``街道工委`` (av10).

Identity cases:
- av:龚承远 moves from one district to another: 永川区委副书记、区长 (av01 June 2022, av02 March 2023) → 荣昌区委书记 (av03 May 2024).
- av:蒲海川 moves from a district to a 市 department: 永川区委常委、常务副区长 (av01 2022, av02 2023) → 重庆市经济信息委副主任
  (av03 2024: ``市经济信息委`` on the 荣昌 site = 重庆市's).
- av:邢立伟 moves from a district to a 市 department in 天津: 武清区委常委、常务副区长 (av05 Sept 2022) → 天津市商务局党组书记、
  局长 (av07 Oct 2024).
- av:许嘉禾 moves between districts in 上海: 奉贤区南桥镇党委书记 (av08 July 2023) → 金山区副区长 (av09 Nov 2024).
- av:刘斯远 rises in 荣昌: 昌州街道党工委副书记、办事处主任 (av03 May 2024) → appointed 荣昌区副区长 (av04 Sept 2024);
  av:曾庆韬 荣昌区经济信息委主任 (av03) is removed in av04 (决定免去: no line there).
- av:言海燕#1 rises in 天津 宝坻区: 海滨街道党工委副书记、办事处主任 (av06 2023) → 海滨街道党工委书记 (av07 2024);
  av:言海燕#2 is another person, 上海 奉贤区奉浦街道党工委书记 (av08 2023).
- one organ name in several places: ``高新区`` written bare in 永川 (av01, av02) and in 荣昌 (av03); ``经开区`` in 武清 (av05);
  the 区委 / 区政府 / 区人大常委会 / 区政协 of seven districts.

Annotated by hand from the texts before newskg was run on them (the set is blind). Run this, then
``python tests/dev/merge_gold.py``.

Choices:
- Districts of a municipality need no city prefix (永川区, 荣昌区, 武清区, 宝坻区, 奉贤区, 金山区, 怀柔区 are each the only
  district of that name). Bare organs on a district's site or paper are that district's (``区委书记`` → 永川区委 书记); ``市委`` /
  ``市经济信息委`` / ``市商务局`` are the municipality's (重庆市经济信息委, 天津市商务局).
- DECIDED HERE: a development zone of a municipal district takes the district's name without 区 + its short name, as the pages
  and the zones' own names write it (重庆永川高新技术产业开发区 → ``永川高新区``; 荣昌高新区; 天津武清经济技术开发区 →
  ``武清经开区``), not the municipality's (``重庆高新区`` is another zone). A zone written bare is annotated as ``高新区`` /
  ``经开区`` in places (as parts g–m).
- ``区委常委、永川高新区党工委书记、管委会主任`` → 永川区委 常委 + 永川高新区党工委 书记 + 永川高新区管委会 主任.
- A street: 党工委 and 办事处 with the district label (``永川区中山路街道党工委`` 书记 / 副书记, ``永川区中山路街道办事处`` 主任), as
  parts m and aa. ``街道党工委副书记、办事处主任`` gives both lines. A town: 镇党委 / 镇政府 (``奉贤区南桥镇党委`` 书记,
  ``奉贤区南桥镇政府`` 镇长).
- DECIDED HERE: the 北京 ``街道工委`` (泉河街道工委书记) is kept as written: ``怀柔区泉河街道工委`` 书记, not renamed 党工委.
- DECIDED HERE: a 市 department's 副主任 named as the leader of a 调研 in a district: org is the municipality's department as
  the page writes it after 市 (``市经济信息委副主任`` → 重庆市经济信息委 副主任).
- 党组 goes only with 书记, 党组成员 is a post of the 党组 (as part z): ``市商务局党组书记、局长`` → 天津市商务局党组 书记 + 天津市商务局
  局长; ``局党组成员、副局长巴晓东`` → 天津市商务局党组 成员 + 天津市商务局 副局长.
- District departments as written after the district: 永川区住房城乡建委, 荣昌区经济信息委, 宝坻区住房建设委, 宝坻区商务局;
  the 任免名单 writes ``重庆市荣昌区经济和信息化委员会`` in full and is kept as ``荣昌区经济和信息化委员会`` (place label + as
  written), ``重庆市荣昌区人民政府副区长`` → 荣昌区政府 副区长.
- Appointments: 决定任命 makes holdings; 决定免去 makes none; appointees' 宪法宣誓 makes them attendees of the session (as z05).
- A list after one title gives every name that title (``区委常委蒲海川、何正中、谭永秀、付红英``; ``副主任樊淑芳、段佳宁、曲海涛``);
  a new title later in the article gives a new line (av02 蒲海川 常务副区长, 何正中 永川高新区党工委书记). One line per post per
  article.
- ``区领导`` is no post; 记者, 编辑, 校对, 责任编辑 go to reporters only.
- Events: every 调研 / 视察 is an inspection with its leader (the 区长 / 区委书记 / 局长 / 副主任 / 区政协主席); 陪同 / 参加调研
  people are attendees; 汇报 / 介绍 / 强调 / 要求 / 指出 / 表示 people are speakers. The 区委常委会 (chair 主持, 出席 and 列席
  attendees), the 人大常委会 session, and av09's 座谈会 (its 介绍 / 汇报 / 表示 speakers) are meetings.
- Projects: named works under way; 老旧小区改造 / 综合整治 projects of a named road are housing_project, river walkways and
  廊道 / 绿道 / 环境整治 greening_project or engineering_work, 产业园 (and its 二期 / 三期) industrial_park, a 商贸物流园
  logistics_hub. Reports and plans are not projects.
- Places: one line per name per file; site lines, mastheads, 来源 lines, footers and 上一篇 / 下一篇 are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "av01_yongchuan.txt": (2022, "发布时间：2022-06-15 10:26", "永川区", [
        ("龚承远到中山路街道和永川高新区调研城市更新和工业经济工作", "6月14日", "2022-06-14", "6月14日，区委副书记",
         "district site: the 区长's 调研 of a 街道 and the 高新区 with the 常务副区长, the zone's 党工委书记、管委会主任, a 区 department head, the 街道党工委书记 and 办事处主任")]),
    "av02_yongchuan.txt": (2023, "2023年3月8日　星期三", "永川区", [
        ("区委常委会召开会议", "3月7日", "2023-03-07", "本报讯（记者 罗雨萱）3月7日",
         "district paper 第01版: 区委常委会; a list of 常委 after one title; 列席; new titles later in the article")]),
    "av03_rongchang.txt": (2024, "发布时间：2024-05-23 17:42", "荣昌区", [
        ("市经济信息委到荣昌调研工业经济和产业园区建设", "5月22日", "2024-05-22", "5月22日，市经济信息委",
         "district site: a 市 department's 副主任 (the former 永川 常务副区长) 调研 with the 区委书记 (the former 永川 区长) 陪同; 高新区; a 街道")]),
    "av04_rongchang.txt": (2024, "发布时间：2024-09-27 16:08", "荣昌区", [
        ("区二十届人大常委会第二十一次会议召开", "9月26日", "2024-09-26", "9月26日，区二十届",
         "区人大 site: session report; appointees' 宪法宣誓"),
        ("重庆市荣昌区人民代表大会常务委员会任免名单", "2024年9月26日", "2024-09-26", "（2024年9月26日重庆市",
         "任免名单: a 街道办事处主任 appointed 副区长; a 区 department head removed")]),
    "av05_wuqing.txt": (2022, "2022-09-21 18:30", "武清区", [
        ("聂振川到杨村街道和武清经开区调研", "9月21日", "2022-09-21", "本网讯（记者 蔺雪峰）9月21日",
         "融媒体中心 page: the 区委书记's 调研 of a 街道 and the 经开区 with the 常务副区长 and the zone's 党工委书记")]),
    "av06_baodi.txt": (2023, "发布日期：2023-04-13", "宝坻区", [
        ("庞景林到海滨街道、周良街道调研城市管理和民生工作", "4月12日", "2023-04-12", "4月12日，区委副书记",
         "district site: the 区长 at two streets; 街道党工委书记 and 街道党工委副书记、办事处主任")]),
    "av07_baodi.txt": (2024, "发布时间：2024-10-18", "天津市", [
        ("邢立伟到宝坻区调研商贸流通和消费提振工作", "10月17日", "2024-10-17", "10月17日，市商务局",
         "市 department site: its 局长 (the former 武清 常务副区长) 调研 in 宝坻区; bare 局党组; the former 办事处主任 now 街道党工委书记")]),
    "av08_fengxian.txt": (2023, "发布日期：2023-07-20", "奉贤区", [
        ("汤立群调研南桥镇、奉浦街道重点项目和基层治理工作", "7月19日", "2023-07-19", "7月19日，区委副书记",
         "district site: the 区长 at a 镇 (镇党委书记, 镇长) and a 街道 (党工委书记, 办事处主任)")]),
    "av09_jinshan.txt": (2024, "2024年11月14日　星期四", "金山区", [
        ("区政协视察朱泾镇乡村振兴和“花开海上”生态园建设", "11月13日", "2024-11-13", "本报讯（记者 闵春华）11月13日",
         "district paper 第2版: 区政协 视察 of a 镇 with a 副区长 (the former 奉贤 镇党委书记) 陪同; 座谈会")]),
    "av10_huairou.txt": (2025, "发布时间：2025-03-12 09:15", "怀柔区", [
        ("郝京生到雁栖镇、泉河街道调研", "3月11日", "2025-03-11", "3月11日，区委书记",
         "北京 district site: the 区委书记 at a 镇 and a 街道 (街道工委书记, 办事处主任)")]),
}

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 重庆 永川区 / 荣昌区
    "av:龚承远": ("龚承远", "official", "永川区 → 荣昌区", [
        ("av01", "永川区委", "副书记", "区委副书记、区长龚承远到中山路街道", "2022-06; named in the headline too"),
        ("av01", "永川区政府", "区长", "区委副书记、区长龚承远到中山路街道", None),
        ("av02", "永川区委", "副书记", "区委副书记、区长龚承远，区委常委蒲海川", "2023-03"),
        ("av02", "永川区政府", "区长", "区委副书记、区长龚承远，区委常委蒲海川", None),
        ("av03", "荣昌区委", "书记", "区委书记龚承远陪同调研", "2024-05: moved to 荣昌区 as 区委书记 (identity case)")], []),
    "av:蒲海川": ("蒲海川", "official", "永川区 → 重庆市", [
        ("av01", "永川区委", "常委", "区委常委、常务副区长蒲海川", "2022"),
        ("av01", "永川区政府", "常务副区长", "区委常委、常务副区长蒲海川", None),
        ("av02", "永川区委", "常委", "区委常委蒲海川、何正中、谭永秀、付红英出席会议", "2023; list after one title"),
        ("av02", "永川区政府", "常务副区长", "区委常委、常务副区长蒲海川关于", "new title later in the article (常委 not repeated)"),
        ("av03", "重庆市经济信息委", "副主任", "市经济信息委副主任蒲海川一行到荣昌调研", "2024: moved to a 市 department; 市 on a 荣昌 site = 重庆市")], []),
    "av:何正中": ("何正中", "official", "永川区", [
        ("av01", "永川区委", "常委", "区委常委、永川高新区党工委书记、管委会主任何正中", None),
        ("av01", "永川高新区党工委", "书记", "区委常委、永川高新区党工委书记、管委会主任何正中", "DECIDED HERE: district zone = district name without 区 + 高新区"),
        ("av01", "永川高新区管委会", "主任", "区委常委、永川高新区党工委书记、管委会主任何正中", None),
        ("av02", "永川区委", "常委", "区委常委蒲海川、何正中、谭永秀、付红英出席会议", "2023"),
        ("av02", "永川高新区党工委", "书记", "区委常委、永川高新区党工委书记何正中关于", "new title later in the article")], []),
    "av:黎光辉": ("黎光辉", "official", "永川区", [
        ("av01", "永川区住房城乡建委", "主任", "区住房城乡建委主任黎光辉", None)], []),
    "av:向映岚": ("向映岚", "official", "永川区", [
        ("av01", "永川区中山路街道党工委", "书记", "中山路街道党工委书记向映岚", None)], []),
    "av:邬建川": ("邬建川", "official", "永川区", [
        ("av01", "永川区中山路街道党工委", "副书记", "街道党工委副书记、办事处主任邬建川", "bare 街道 after 中山路街道党工委书记 = 中山路街道"),
        ("av01", "永川区中山路街道办事处", "主任", "街道党工委副书记、办事处主任邬建川", None)], []),
    "av:韦晓彤": ("韦晓彤", "editor", "永川区人民政府", [], ["av01"]),
    "av:彭德林": ("彭德林", "official", "永川区", [
        ("av02", "永川区委", "书记", "区委书记彭德林主持会议", None)], []),
    "av:谭永秀": ("谭永秀", "official", "永川区", [
        ("av02", "永川区委", "常委", "区委常委蒲海川、何正中、谭永秀、付红英出席会议", None)], []),
    "av:付红英": ("付红英", "official", "永川区", [
        ("av02", "永川区委", "常委", "区委常委蒲海川、何正中、谭永秀、付红英出席会议", None)], []),
    "av:钟国平": ("钟国平", "official", "永川区", [
        ("av02", "永川区人大常委会", "主任", "区人大常委会主任钟国平", None)], []),
    "av:苟世荣": ("苟世荣", "official", "永川区", [
        ("av02", "永川区政协", "主席", "区政协主席苟世荣列席会议", None)], []),
    "av:蒋文渊": ("蒋文渊", "official", "荣昌区", [
        ("av03", "荣昌区委", "常委", "区委常委、荣昌高新区党工委书记蒋文渊", None),
        ("av03", "荣昌高新区党工委", "书记", "区委常委、荣昌高新区党工委书记蒋文渊", "another 高新区: 荣昌's")], []),
    "av:曾庆韬": ("曾庆韬", "official", "荣昌区", [
        ("av03", "荣昌区经济信息委", "主任", "区经济信息委主任曾庆韬", "2024-05; removed in av04 (免去: no line)")], ["av04"]),
    "av:喻德芬": ("喻德芬", "official", "荣昌区", [
        ("av03", "荣昌区昌州街道党工委", "书记", "昌州街道党工委书记喻德芬", None)], []),
    "av:刘斯远": ("刘斯远", "official", "荣昌区", [
        ("av03", "荣昌区昌州街道党工委", "副书记", "街道党工委副书记、办事处主任刘斯远", "2024-05"),
        ("av03", "荣昌区昌州街道办事处", "主任", "街道党工委副书记、办事处主任刘斯远", None),
        ("av04", "荣昌区政府", "副区长", "刘斯远为重庆市荣昌区人民政府副区长", "2024-09: appointed (决定任命); named without a title in article 1")], []),
    "av:伍志坚": ("伍志坚", "editor", "荣昌区人民政府", [], ["av03"]),
    "av:陶贵林": ("陶贵林", "official", "荣昌区", [
        ("av04", "荣昌区人大常委会", "主任", "区人大常委会主任陶贵林主持会议", None)], []),
    "av:樊淑芳": ("樊淑芳", "official", "荣昌区", [
        ("av04", "荣昌区人大常委会", "副主任", "副主任樊淑芳、段佳宁、曲海涛出席会议", "list after one title")], []),
    "av:段佳宁": ("段佳宁", "official", "荣昌区", [
        ("av04", "荣昌区人大常委会", "副主任", "副主任樊淑芳、段佳宁、曲海涛出席会议", None)], []),
    "av:曲海涛": ("曲海涛", "official", "荣昌区", [
        ("av04", "荣昌区人大常委会", "副主任", "副主任樊淑芳、段佳宁、曲海涛出席会议", None)], []),
    "av:陆静怡": ("陆静怡", "official", "荣昌区", [
        ("av04", "荣昌区政府", "副区长", "副区长陆静怡，区监察委员会", None)], []),
    "av:褚国强": ("褚国强", "official", "荣昌区", [
        ("av04", "荣昌区经济和信息化委员会", "主任", "褚国强为重庆市荣昌区经济和信息化委员会主任", "appointment; succeeds 曾庆韬; department kept as the 名单 writes it")], []),
    "av:栗思源": ("栗思源", "editor", "荣昌区人大常委会", [], ["av04"]),
    # ---- 天津 武清区 / 宝坻区
    "av:聂振川": ("聂振川", "official", "武清区", [
        ("av05", "武清区委", "书记", "区委书记聂振川到杨村街道和武清经开区", "named in the headline too")], []),
    "av:邢立伟": ("邢立伟", "official", "武清区 → 天津市", [
        ("av05", "武清区委", "常委", "区委常委、常务副区长邢立伟", "2022-09"),
        ("av05", "武清区政府", "常务副区长", "区委常委、常务副区长邢立伟", None),
        ("av07", "天津市商务局党组", "书记", "市商务局党组书记、局长邢立伟带队", "2024-10: moved to a 市 department (identity case); 党组 only with 书记"),
        ("av07", "天津市商务局", "局长", "市商务局党组书记、局长邢立伟带队", None)], []),
    "av:孙继业": ("孙继业", "official", "武清区", [
        ("av05", "武清区委", "常委", "区委常委、武清经开区党工委书记孙继业", None),
        ("av05", "武清经开区党工委", "书记", "区委常委、武清经开区党工委书记孙继业", "DECIDED HERE: 武清经开区 (district name without 区)")], []),
    "av:高婉清": ("高婉清", "official", "武清区", [
        ("av05", "武清区杨村街道党工委", "书记", "杨村街道党工委书记高婉清", None)], []),
    "av:吕建勋": ("吕建勋", "official", "武清区", [
        ("av05", "武清区杨村街道党工委", "副书记", "街道党工委副书记、办事处主任吕建勋", None),
        ("av05", "武清区杨村街道办事处", "主任", "街道党工委副书记、办事处主任吕建勋", None)], []),
    "av:蔺雪峰": ("蔺雪峰", "reporter", "武清区融媒体中心", [], ["av05"]),
    "av:岑雨桐": ("岑雨桐", "editor", "武清区融媒体中心", [], ["av05"]),
    "av:庞景林": ("庞景林", "official", "宝坻区", [
        ("av06", "宝坻区委", "副书记", "区委副书记、区长庞景林到海滨街道", "named in the headline too"),
        ("av06", "宝坻区政府", "区长", "区委副书记、区长庞景林到海滨街道", None)], []),
    "av:杜文昊": ("杜文昊", "official", "宝坻区", [
        ("av06", "宝坻区住房建设委", "主任", "区住房建设委主任杜文昊", None)], []),
    "av:崔永和": ("崔永和", "official", "宝坻区", [
        ("av06", "宝坻区海滨街道党工委", "书记", "海滨街道党工委书记崔永和", None)], []),
    "av:言海燕#1": ("言海燕", "official", "宝坻区", [
        ("av06", "宝坻区海滨街道党工委", "副书记", "街道党工委副书记、办事处主任言海燕", "天津 宝坻区 (2023); not the 言海燕 of 上海 奉贤区 (av08)"),
        ("av06", "宝坻区海滨街道办事处", "主任", "街道党工委副书记、办事处主任言海燕", None),
        ("av07", "宝坻区海滨街道党工委", "书记", "海滨街道党工委书记言海燕陪同调研", "2024: now 街道党工委书记")], []),
    "av:鲍春生": ("鲍春生", "official", "宝坻区", [
        ("av06", "宝坻区周良街道党工委", "书记", "周良街道党工委书记鲍春生", None)], []),
    "av:巴晓东": ("巴晓东", "official", "天津市", [
        ("av07", "天津市商务局党组", "成员", "局党组成员、副局长巴晓东", "bare 局党组 on the 商务局's own site"),
        ("av07", "天津市商务局", "副局长", "局党组成员、副局长巴晓东", None)], []),
    "av:甄玉龙": ("甄玉龙", "official", "宝坻区", [
        ("av07", "宝坻区政府", "副区长", "宝坻区副区长甄玉龙", None)], []),
    "av:戚春晖": ("戚春晖", "official", "宝坻区", [
        ("av07", "宝坻区商务局", "局长", "区商务局局长戚春晖", "区 after 宝坻区副区长 = 宝坻区")], []),
    # ---- 上海 奉贤区 / 金山区
    "av:汤立群": ("汤立群", "official", "奉贤区", [
        ("av08", "奉贤区委", "副书记", "区委副书记、区长汤立群赴南桥镇", "named in the headline too"),
        ("av08", "奉贤区政府", "区长", "区委副书记、区长汤立群赴南桥镇", None)], []),
    "av:冯岳峰": ("冯岳峰", "official", "奉贤区", [
        ("av08", "奉贤区政府", "副区长", "副区长冯岳峰参加调研", None)], []),
    "av:许嘉禾": ("许嘉禾", "official", "奉贤区 → 金山区", [
        ("av08", "奉贤区南桥镇党委", "书记", "南桥镇党委书记许嘉禾", "2023-07 (identity case: 金山区副区长 in 2024, av09)"),
        ("av09", "金山区政府", "副区长", "副区长许嘉禾陪同视察", "2024-11: moved to 金山区")], []),
    "av:柏文斌": ("柏文斌", "official", "奉贤区", [
        ("av08", "奉贤区南桥镇政府", "镇长", "镇长柏文斌汇报了", None)], []),
    "av:言海燕#2": ("言海燕", "official", "奉贤区", [
        ("av08", "奉贤区奉浦街道党工委", "书记", "奉浦街道党工委书记言海燕", "上海 奉贤区; not the 言海燕 of 天津 宝坻区 (av06, av07)")], []),
    "av:施俊杰": ("施俊杰", "official", "奉贤区", [
        ("av08", "奉贤区奉浦街道办事处", "主任", "办事处主任施俊杰", None)], []),
    "av:温子涵": ("温子涵", "editor", "奉贤区融媒体中心", [], ["av08"]),
    "av:卫秋萍": ("卫秋萍", "official", "金山区", [
        ("av09", "金山区政协", "主席", "区政协主席卫秋萍带领部分区政协委员", None)], []),
    "av:范德明": ("范德明", "official", "金山区", [
        ("av09", "金山区政协", "副主席", "区政协副主席范德明参加视察", None)], []),
    "av:沈一鸣": ("沈一鸣", "official", "金山区", [
        ("av09", "金山区朱泾镇党委", "书记", "朱泾镇党委书记沈一鸣", None)], []),
    "av:顾晓晨": ("顾晓晨", "official", "金山区", [
        ("av09", "金山区朱泾镇政府", "镇长", "镇长顾晓晨汇报了", "镇长 after 朱泾镇党委书记 = 朱泾镇's")], []),
    "av:闵春华": ("闵春华", "reporter", "金山报", [], ["av09"]),
    "av:常立新": ("常立新", "editor", "金山报", [], ["av09"]),
    # ---- 北京 怀柔区
    "av:郝京生": ("郝京生", "official", "怀柔区", [
        ("av10", "怀柔区委", "书记", "区委书记郝京生到雁栖镇", "named in the headline too")], []),
    "av:宁国栋": ("宁国栋", "official", "怀柔区", [
        ("av10", "怀柔区委", "副书记", "区委副书记、区长宁国栋参加调研", None),
        ("av10", "怀柔区政府", "区长", "区委副书记、区长宁国栋参加调研", None)], []),
    "av:代玉洁": ("代玉洁", "official", "怀柔区", [
        ("av10", "怀柔区雁栖镇党委", "书记", "雁栖镇党委书记代玉洁", None)], []),
    "av:古新宇": ("古新宇", "official", "怀柔区", [
        ("av10", "怀柔区雁栖镇政府", "镇长", "镇长古新宇汇报了", None)], []),
    "av:郎秋实": ("郎秋实", "official", "怀柔区", [
        ("av10", "怀柔区泉河街道工委", "书记", "泉河街道工委书记郎秋实", "DECIDED HERE: 街道工委 kept as written")], []),
    "av:欧阳澜": ("欧阳澜", "official", "怀柔区", [
        ("av10", "怀柔区泉河街道办事处", "主任", "办事处主任欧阳澜", None)], []),
    "av:夏文韬": ("夏文韬", "reporter", "怀柔区融媒体中心", [], ["av10"]),
    "av:鞠晓萌": ("鞠晓萌", "editor", "怀柔区人民政府", [], ["av10"]),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("av01", "韦晓彤", "责任编辑", "editor", "责任编辑：韦晓彤"),
    ("av02", "罗雨萱", "记者", "reporter", "本报讯（记者 罗雨萱）"),
    ("av02", "丁晓雯", "编辑", "editor", "编辑：丁晓雯"),
    ("av02", "柯宇轩", "校对", "editor", "校对：柯宇轩"),
    ("av03", "伍志坚", "责任编辑", "editor", "责任编辑：伍志坚"),
    ("av04", "栗思源", "责任编辑", "editor", "责任编辑：栗思源"),
    ("av05", "蔺雪峰", "记者", "reporter", "本网讯（记者 蔺雪峰）"),
    ("av05", "岑雨桐", "编辑", "editor", "编辑：岑雨桐"),
    ("av08", "温子涵", "责任编辑", "editor", "责任编辑：温子涵"),
    ("av09", "闵春华", "记者", "reporter", "本报讯（记者 闵春华）"),
    ("av09", "常立新", "编辑", "editor", "（编辑：常立新）"),
    ("av10", "夏文韬", "记者", "reporter", "（记者 夏文韬）"),
    ("av10", "鞠晓萌", "责任编辑", "editor", "责任编辑：鞠晓萌"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("av01", "中山路街道和永川高新区城市更新、工业经济运行工作调研", "inspection (调研)", "6月14日", None, "龚承远", [],
     ["蒲海川", "何正中", "黎光辉", "向映岚", "邬建川"], ["向映岚", "邬建川", "何正中", "龚承远", "蒲海川"], "中山路街道、永川高新区",
     "6月14日，区委副书记、区长龚承远到中山路街道和永川高新区调研城市更新、工业经济运行工作",
     ["区长龚承远到中山路街道", "区委常委、常务副区长蒲海川", "管委会主任何正中", "区住房城乡建委主任黎光辉",
      "办事处主任邬建川参加调研", "向映岚汇报了", "邬建川介绍了", "何正中汇报了", "龚承远强调", "蒲海川要求"]),
    ("av02", "区委常委会会议", "meeting (区委常委会会议)", "3月7日", "彭德林", None, [],
     ["龚承远", "蒲海川", "何正中", "谭永秀", "付红英", "钟国平", "苟世荣"], ["蒲海川", "何正中", "彭德林"], None,
     "3月7日，区委常委会召开会议",
     ["区委书记彭德林主持会议", "区委常委蒲海川、何正中、谭永秀、付红英出席会议", "区政协主席苟世荣列席会议",
      "常务副区长蒲海川关于", "党工委书记何正中关于", "彭德林强调"]),
    ("av03", "工业经济运行和产业园区建设工作调研", "inspection (调研)", "5月22日", None, "蒲海川", ["重庆市经济信息委"],
     ["龚承远", "蒋文渊", "曾庆韬", "喻德芬", "刘斯远"], ["蒋文渊", "曾庆韬", "喻德芬", "刘斯远", "蒲海川", "龚承远"], "荣昌区",
     "市经济信息委副主任蒲海川一行到荣昌调研工业经济运行和产业园区建设工作",
     ["副主任蒲海川一行到荣昌调研", "区委书记龚承远陪同调研", "办事处主任刘斯远参加调研", "蒋文渊介绍了", "曾庆韬汇报了",
      "喻德芬、刘斯远分别介绍了", "他指出", "龚承远表示"]),
    ("av04", "区二十届人大常委会第二十一次会议", "session (人大常委会会议)", "9月26日", "陶贵林", None, [],
     ["樊淑芳", "段佳宁", "曲海涛", "陆静怡", "刘斯远", "褚国强"], ["陶贵林"], None,
     "9月26日，区二十届人大常委会第二十一次会议召开",
     ["区人大常委会主任陶贵林主持会议", "副主任樊淑芳、段佳宁、曲海涛出席会议", "副区长陆静怡，区监察委员会",
      "刘斯远、褚国强进行了宪法宣誓", "陶贵林在讲话中指出"]),
    ("av05", "杨村街道和武清经开区调研", "inspection (调研)", "9月21日", None, "聂振川", [],
     ["邢立伟", "孙继业", "高婉清", "吕建勋"], ["高婉清", "吕建勋", "孙继业", "聂振川", "邢立伟"], "杨村街道、武清经开区",
     "9月21日，区委书记聂振川到杨村街道和武清经开区，调研老旧小区改造、基层治理和重点项目建设工作",
     ["区委书记聂振川到杨村街道", "区委常委、常务副区长邢立伟", "党工委书记孙继业参加调研", "杨村街道党工委书记高婉清",
      "办事处主任吕建勋分别汇报了", "孙继业汇报了", "聂振川强调", "邢立伟要求"]),
    ("av06", "海滨街道、周良街道城市管理和民生保障工作调研", "inspection (调研)", "4月12日", None, "庞景林", [],
     ["杜文昊", "崔永和", "言海燕", "鲍春生"], ["崔永和", "言海燕", "鲍春生", "庞景林", "杜文昊"], "海滨街道、周良街道",
     "4月12日，区委副书记、区长庞景林到海滨街道、周良街道调研城市管理、民生保障工作",
     ["区长庞景林到海滨街道", "区住房建设委主任杜文昊", "周良街道党工委书记鲍春生陪同调研", "崔永和、言海燕汇报了",
      "鲍春生介绍了", "庞景林指出", "杜文昊表示"]),
    ("av07", "宝坻区商贸流通和消费提振工作调研", "inspection (调研)", "10月17日", None, "邢立伟", ["天津市商务局"],
     ["巴晓东", "甄玉龙", "戚春晖", "言海燕"], ["言海燕", "戚春晖", "邢立伟", "甄玉龙"], "宝坻区",
     "10月17日，市商务局党组书记、局长邢立伟带队到宝坻区调研商贸流通和消费提振工作",
     ["局长邢立伟带队到宝坻区调研", "副局长巴晓东参加调研", "宝坻区副区长甄玉龙", "海滨街道党工委书记言海燕陪同调研",
      "言海燕介绍了", "戚春晖汇报了", "邢立伟指出", "甄玉龙表示"]),
    ("av08", "南桥镇、奉浦街道重点项目推进和基层治理工作调研", "inspection (调研)", "7月19日", None, "汤立群", [],
     ["冯岳峰", "许嘉禾", "柏文斌", "言海燕", "施俊杰"], ["许嘉禾", "柏文斌", "言海燕", "施俊杰", "汤立群", "冯岳峰"], "南桥镇、奉浦街道",
     "7月19日，区委副书记、区长汤立群赴南桥镇、奉浦街道，调研重点项目推进和基层治理工作",
     ["区长汤立群赴南桥镇", "副区长冯岳峰参加调研", "南桥镇党委书记许嘉禾、镇长柏文斌汇报了", "奉浦街道党工委书记言海燕、办事处主任施俊杰分别介绍了",
      "汤立群强调", "冯岳峰要求"]),
    ("av09", "朱泾镇乡村振兴和生态园区建设工作视察", "inspection (政协视察)", "11月13日", None, "卫秋萍", ["金山区政协"],
     ["范德明", "许嘉禾"], ["卫秋萍"], "朱泾镇",
     "区政协主席卫秋萍带领部分区政协委员，视察朱泾镇乡村振兴和生态园区建设工作",
     ["区政协主席卫秋萍带领部分区政协委员", "区政协副主席范德明参加视察", "副区长许嘉禾陪同视察", "卫秋萍指出"]),
    ("av09", "座谈会", "meeting (座谈会)", "11月13日", None, None, [],
     [], ["沈一鸣", "顾晓晨", "许嘉禾"], None,
     "在随后召开的座谈会上，朱泾镇党委书记沈一鸣介绍了",
     ["朱泾镇党委书记沈一鸣介绍了", "镇长顾晓晨汇报了", "许嘉禾表示"]),
    ("av10", "雁栖镇、泉河街道乡村振兴、接诉即办和城市更新工作调研", "inspection (调研)", "3月11日", None, "郝京生", [],
     ["宁国栋", "代玉洁", "古新宇", "郎秋实", "欧阳澜"], ["代玉洁", "古新宇", "郎秋实", "欧阳澜", "郝京生", "宁国栋"], "雁栖镇、泉河街道",
     "3月11日，区委书记郝京生到雁栖镇、泉河街道，调研乡村振兴、接诉即办和城市更新工作",
     ["区委书记郝京生到雁栖镇", "区长宁国栋参加调研", "雁栖镇党委书记代玉洁、镇长古新宇汇报了",
      "泉河街道工委书记郎秋实、办事处主任欧阳澜介绍了", "郝京生强调", "宁国栋要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("av01", "萱花路老旧小区改造", "housing_project", "萱花路老旧小区改造现场"),
    ("av01", "临江河中山路段滨河步道综合整治工程", "engineering_work", "临江河中山路段滨河步道综合整治工程的进度安排"),
    ("av01", "凤凰湖产业园", "industrial_park", "走进凤凰湖产业园数控机床企业"),
    ("av01", "永川高新区智能网联汽车测试基地二期项目", "project", "永川高新区智能网联汽车测试基地二期项目现场"),
    ("av02", "永川高新区智能网联汽车测试基地二期项目", "project", "加快永川高新区智能网联汽车测试基地二期项目"),
    ("av02", "临江河中山路段滨河步道综合整治工程", "engineering_work", "临江河中山路段滨河步道综合整治工程等重点项目"),
    ("av03", "荣昌高新区食品产业园", "industrial_park", "先后来到荣昌高新区食品产业园"),
    ("av03", "陶瓷智能制造产业园二期", "industrial_park", "陶瓷智能制造产业园二期和昌州街道"),
    ("av05", "光明道老旧小区改造项目", "housing_project", "杨村街道光明道老旧小区改造项目现场"),
    ("av05", "武清经开区生物医药产业园三期项目", "industrial_park", "实地察看武清经开区生物医药产业园三期项目建设进展"),
    ("av06", "潮白河海滨段绿道提升工程", "greening_project", "推进潮白河海滨段绿道提升工程"),
    ("av07", "宝坻区京津冀商贸物流园二期", "logistics_hub", "先后来到宝坻区京津冀商贸物流园二期"),
    ("av08", "南桥新城中心区城市更新项目", "project", "来到南桥新城中心区城市更新项目"),
    ("av08", "浦南运河南桥段生态廊道项目", "greening_project", "浦南运河南桥段生态廊道项目现场"),
    ("av09", "“花开海上”生态园二期项目", "project", "“花开海上”生态园二期项目现场"),
    ("av09", "朱泾镇农产品加工园", "industrial_park", "朱泾镇农产品加工园"),
    ("av10", "雁栖湖周边环境整治提升工程", "greening_project", "雁栖湖周边环境整治提升工程现场"),
    ("av10", "青春路老旧小区综合整治项目", "housing_project", "走进青春路老旧小区综合整治项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("av01", "中山路街道", "sub_district_office", "standalone", "到中山路街道和永川高新区调研城市更新"),
    ("av01", "永川高新区", "development_zone", "standalone", "到中山路街道和永川高新区调研城市更新"),
    ("av01", "高新区", "development_zone", "standalone", "今年以来高新区工业经济运行"),
    ("av01", "萱花路", "road", "in_project_name", "萱花路老旧小区改造现场"),
    ("av01", "临江河", "river", "standalone", "临江河滨河步道"),
    ("av01", "凤凰湖", "lake", "in_project_name", "走进凤凰湖产业园数控机床企业"),
    ("av02", "永川高新区", "development_zone", "in_title", "区委常委、永川高新区党工委书记何正中"),
    ("av02", "高新区", "development_zone", "standalone", "关于高新区一季度重点项目开工情况"),
    ("av02", "临江河", "river", "in_project_name", "临江河中山路段滨河步道综合整治工程等重点项目"),
    ("av03", "荣昌", "district", "standalone", "一行到荣昌调研工业经济运行"),
    ("av03", "荣昌高新区", "development_zone", "in_title", "区委常委、荣昌高新区党工委书记蒋文渊"),
    ("av03", "高新区", "development_zone", "standalone", "介绍了高新区今年以来工业经济主要指标"),
    ("av03", "昌州街道", "sub_district_office", "standalone", "昌州街道夏布小镇创客中心"),
    ("av03", "夏布小镇", "characteristic_town", "standalone", "在夏布小镇"),
    ("av03", "成渝地区双城经济圈", "region", "standalone", "发挥成渝地区双城经济圈"),
    ("av04", "荣昌高新区", "development_zone", "in_document_title", "关于荣昌高新区扩区调位工作情况的报告"),
    ("av04", "濑溪河", "river", "in_document_title", "关于濑溪河荣昌段水环境综合治理情况的报告"),
    ("av04", "重庆市", "municipality", "in_org_reference", "刘斯远为重庆市荣昌区人民政府副区长"),
    ("av04", "荣昌区", "district", "in_org_reference", "刘斯远为重庆市荣昌区人民政府副区长"),
    ("av05", "杨村街道", "sub_district_office", "standalone", "区委书记聂振川到杨村街道和武清经开区"),
    ("av05", "武清经开区", "development_zone", "standalone", "区委书记聂振川到杨村街道和武清经开区"),
    ("av05", "经开区", "development_zone", "standalone", "孙继业汇报了经开区主导产业培育"),
    ("av05", "光明道", "road", "in_project_name", "杨村街道光明道老旧小区改造项目现场"),
    ("av05", "京津产业新城", "new_area", "standalone", "京津产业新城承接北京非首都功能疏解"),
    ("av05", "北京", "municipality", "standalone", "京津产业新城承接北京非首都功能疏解"),
    ("av06", "海滨街道", "sub_district_office", "standalone", "到海滨街道、周良街道调研城市管理"),
    ("av06", "周良街道", "sub_district_office", "standalone", "到海滨街道、周良街道调研城市管理"),
    ("av06", "潮白河", "river", "standalone", "先后来到潮白河海滨段绿道"),
    ("av07", "宝坻区", "district", "standalone", "带队到宝坻区调研商贸流通"),
    ("av07", "海滨街道", "sub_district_office", "standalone", "海滨街道南关大街步行街"),
    ("av07", "南关大街", "road", "standalone", "在南关大街步行街"),
    ("av07", "周良街道", "sub_district_office", "standalone", "周良街道农贸市场"),
    ("av07", "京津冀", "region", "standalone", "发挥京津冀区域枢纽优势"),
    ("av08", "南桥镇", "town", "standalone", "赴南桥镇、奉浦街道，调研"),
    ("av08", "奉浦街道", "sub_district_office", "standalone", "赴南桥镇、奉浦街道，调研"),
    ("av08", "南桥新城", "new_area", "in_project_name", "来到南桥新城中心区城市更新项目"),
    ("av08", "浦南运河", "river", "in_project_name", "浦南运河南桥段生态廊道项目现场"),
    ("av09", "朱泾镇", "town", "standalone", "视察朱泾镇乡村振兴和生态园区建设工作"),
    ("av09", "待泾村", "village", "standalone", "朱泾镇待泾村和美乡村示范片区"),
    ("av09", "金山", "district", "standalone", "打造成金山乡村振兴的亮点"),
    ("av10", "雁栖镇", "town", "standalone", "到雁栖镇、泉河街道，调研"),
    ("av10", "泉河街道", "sub_district_office", "standalone", "到雁栖镇、泉河街道，调研"),
    ("av10", "范各庄村", "village", "standalone", "来到范各庄村民宿集群"),
    ("av10", "雁栖湖", "lake", "standalone", "服务保障雁栖湖国际会都工作"),
    ("av10", "青春路", "road", "in_project_name", "走进青春路老旧小区综合整治项目现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="av", conventions="set av (blind set: districts of the four municipalities: 重庆 永川区 and 荣昌区 (two 高新区), 天津 武清区 (经开区) and 宝坻区 with the 天津市商务局, 上海 奉贤区 and 金山区, 北京 怀柔区: 区长 / 区委书记 调研 of 街道 (街道党工委书记, 街道党工委副书记、办事处主任; 北京 街道工委 as written) and 镇 (镇党委书记, 镇长), a 区委常委会, a 区人大常委会 session and 任免名单 (决定任命 is a holding, 免去 is not), a 区政协 视察, a 市 department's 调研 in a district; a district zone is the district name without 区 + 高新区 / 经开区; one line per post per article)",
          persons_note="Set av persons. id = corpus-wide person_id (av:言海燕#1 of 天津 宝坻区海滨街道 and av:言海燕#2 of 上海 奉贤区奉浦街道 are two people; av:龚承远 永川区长 2022-23 → 荣昌区委书记 2024; av:蒲海川 永川常务副区长 → 重庆市经济信息委副主任; av:邢立伟 武清常务副区长 → 天津市商务局局长; av:许嘉禾 奉贤南桥镇党委书记 → 金山区副区长; av:刘斯远 昌州街道办事处主任 → 荣昌区副区长)")


if __name__ == "__main__":
    main()
