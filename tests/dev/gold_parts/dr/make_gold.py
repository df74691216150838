"""Write gold part ``dr`` (a blind set: cities without counties and their towns and streets — 东莞, 中山, 嘉峪关, 儋州 —
and the towns of a big city's districts — 佛山 顺德区 / 南海区) from the tables below.

Pages ``tests/dev/texts/dr*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 东莞 阳光网 round-up of 镇街 meetings (``水乡管委会、洪梅镇干部大会``,
``茶山镇召开党委会``, ``桥头镇召开党委会议``); a 茶山 town paper's page (``镇委书记黎…，镇委副书记、镇长黄…等镇领导班子成员，各村
（社区）书记、主任…参加``, ``镇委委员…汇报``); a 望牛墩 page of a 市政协 visit (``在镇委书记、镇人大主席…等镇领导的陪同下``,
``（记者：… …）``) and a 望牛墩 视察 page (``镇党委书记…、镇人大主席…、镇人大副主席…``); a 石排 侨联 page (``东莞市石排镇委书记…、
镇长…``, ``石排镇委副书记、镇侨联主席``); the 南方网 note of a 中山 副市长 at 东区 (``东区党工委书记…，东区党工委副书记、办事处
主任…陪同调研并参加会议``); the 中山日报 digital edition (``昨天 明天 上版 下版 版面概览``, ``A01版 2023年12月19日 要闻 扩展 收缩
默认``, ``本报讯(记者 … …)12月18日，市委书记…到三乡镇``) and a zs.gov.cn page reprinting it (``信息来源:中山日报 发布日期:…``);
a 南方+ page on 三乡镇 (``三乡镇党委书记…作交流发言``); a 儋州 那大镇 page (``市委常委、副市长…带队到那大镇开展调研，并召开调研
座谈会。市政府副秘书长…陪同。那大镇党委书记…，那大镇党委副书记、镇长…等镇班子成员出席会议``); a 儋州市新闻中心 page (``發佈時間: …
| 來源: 儋州市新聞中心 | 作者: … | 責任編輯: …``, 峨蔓镇 古盐田); the 羊城晚报 on 顺德 容桂 (``容桂街道党工委书记``); a 顺德城市网
page of 乐从镇's 人代会 (``…辞去乐从镇人民政府镇长职务``); a 佛山日报 page (``佛山日報訊 記者…報道：昨日上午，市政協主席…前往…順德區
陳村鎮仙涌村``, ``仙涌村黨委``, ``編輯|…``); a 南方+ page on 大沥镇's 村社 书记 擂台 (``泌冲社区党委书记、经联社社长``); a 珠江商报
page on 顺德's 百千万工程 (``佛山市委常委、顺德区委书记``); 嘉峪关 pages (a 天水 delegation page ``嘉峪关市委书记、市人大常委会
主任…，市委副书记、市长…``, ``嘉峪关日报讯(记者 …)``, a 峪泉镇 gazetteer page, a 文殊镇 团结村 entry ``西与河口村接壤``). Places
are real: 广东 东莞市 (麻涌镇, 寮步镇, 茶山镇, 南城街道), 广东 中山市 (古镇镇, 小榄镇, 三乡镇), 广东 佛山市 顺德区 (杏坛镇, 龙江镇)
and 南海区 (西樵镇), 甘肃 嘉峪关市 (新城镇, 文殊镇), 海南 儋州市 (那大镇, 白马井镇, 峨蔓镇).

Shapes: a 东莞 town site (the 镇委 short forms; ``镇委书记、镇人大主席``) of a 副市长's 调研 with a 市直 局长 and a village's
``村党委书记、村委会主任`` (dr01); the 东莞日报 第A01版 of the 市委书记's 调研 in two towns (``市委常委、秘书长``; bare ``镇委副书记、
镇长`` after one town's 镇委书记; a village 党委书记) (dr02); the 东莞 portal's 镇街动态 page of a street's 党工委（扩大）会议 (``街道党工委
书记、人大工委主任``, ``党工委副书记、办事处主任``, ``党工委委员、办事处副主任``, ``党工委委员、纪工委书记``, a 社区 ``党委书记、居委会
主任``) (dr03); the 中山日报 A02版 of the 市长's 调研 in two towns with a 社区 head (dr04); a 中山 town site of the 镇人民代表大会
that 补选 a 镇长 and a 副镇长, with a 市人大常委会副主任 到会指导 (dr05); the 佛山日报 A03版 of the 顺德区委书记 (``市委常委、顺德区委
书记``) in two towns (dr06); a 南海 town site of a 区委常委、常务副区长's 防汛 检查 (bare 区 = 南海区) (dr07); the 嘉峪关 city site
of the 市长's 调研 in two towns, a village's ``党总支书记、村委会主任`` (dr08); the 儋州 city site (stamp line ``发布时间 | 来源 |
作者 | 责任编辑``) of a 市委常委、副市长's 调研 and 座谈会 at 那大镇 (dr09); a 儋州 news portal of the 市长's 调研 in two towns with a
village's ``党支部书记、村委会主任`` and its ``驻村第一书记`` (dr10).

Identity cases:
- dr:卢志航 moves between two 东莞 towns: 麻涌镇 镇委副书记、镇长 in May 2021 (dr01) → 寮步镇委书记 in Sept 2023 (dr02).
- dr:梁晓澄 moves between two 中山 towns: 古镇镇 党委副书记、镇长 in Aug 2022 (dr04) → 三乡镇党委书记 in Jan 2024 (dr05).
- dr:区志明 moves from a 顺德 town to the 南海 district government: 顺德区杏坛镇党委书记 in Nov 2021 (dr06) → 南海区委常委、
  常务副区长 in June 2024 (dr07).
- dr:符家鸿 moves from a 儋州 town to the city: 那大镇党委书记 in July 2022 (dr09) → 儋州市 副市长 in Oct 2024 (dr10).
- the same official in two pages: dr:黎展鹏 (东莞市 副市长, 2021 and 2023).
- two different 杨志刚 in unrelated places: dr:杨志刚#1 is 东莞市南城街道 党工委委员、办事处副主任 (广东, Oct 2024, dr03);
  dr:杨志刚#2 is 嘉峪关市新城镇 党委副书记、镇长 (甘肃, Apr 2023, dr08).
- one organ name in several places: bare ``市委`` / ``副市长`` are 东莞's (dr01, dr02), 中山's (dr04, dr05), 佛山's (``市委常委、
  顺德区委书记``, dr06), 嘉峪关's (dr08) and 儋州's (dr09, dr10); bare ``区委常委、常务副区长`` is 顺德's in dr06 and 南海's in dr07;
  ``市农业农村局局长`` is 嘉峪关's in dr08 and 儋州's in dr10; ``区农业农村局`` 顺德's (dr06), ``区水利局`` 南海's (dr07).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts bl, bu, dm, ce, aa, aq and ba where they speak; decided here where they are silent):
- A town or street of a prefecture city with no counties takes the city as its county label, as bl08 (东莞市长安镇) and bu09
  (儋州市那大镇) do: 东莞市麻涌镇…, 儋州市那大镇…; DECIDED HERE for the two other such cities of this part: 中山市古镇镇…,
  中山市三乡镇…, 嘉峪关市新城镇…, 嘉峪关市文殊镇…. A town of a 佛山 district takes the district (顺德区杏坛镇, 南海区西樵镇), as
  parts dm and ce; 顺德区 and 南海区 are names one city has (no 佛山市 prefix).
- DECIDED HERE: 东莞's ``镇委`` (镇委书记, 镇委副书记, 镇委委员) is the town's 党委, written short (as part bq reads 工委 as 党工委):
  ``麻涌镇委书记、镇人大主席钟启铭`` → 东莞市麻涌镇党委 书记 + 东莞市麻涌镇人大 主席; ``镇委副书记、镇长`` → …镇党委 副书记 + …镇政府
  镇长; ``镇委委员、副镇长`` → …镇党委 委员 + …镇政府 副镇长.
- Streets (as part bl): 东莞市南城街道党工委 书记 / 副书记 / 委员, 东莞市南城街道办事处 主任 / 副主任, 东莞市南城街道人大工委 主任,
  东莞市南城街道纪工委 书记 (a street's 纪工委, as bq's zone 纪工委).
- Villages and communities named on the page (as parts bl, ba): ``村党委书记、村委会主任`` → town label + village + 党委 / 村委会
  (东莞市麻涌镇华阳村党委 书记 + 东莞市麻涌镇华阳村委会 主任; the village named just before, ``在华阳村，``, as bz01);
  ``社区党委书记、居委会主任`` → …社区党委 书记 + …社区居委会 主任; ``党支部书记、村委会主任`` → …村党支部 书记 + …村委会 主任.
  DECIDED HERE: a village's ``党总支`` is kept as written (嘉峪关市新城镇观蒲村党总支 书记), as bl keeps a village 党委. ``驻村第一书记``
  right after the village's 书记 is that village's 党支部 第一书记 (as parts aa, aq).
- Bare organs take the page's city or district: ``副市长`` / ``市水务局`` on a 东莞 town site = 东莞市 (as bl08); ``市委书记``,
  ``市委常委、秘书长`` in the 东莞日报 = 东莞市委 书记 / 常委 / 秘书长; ``市委副书记、市长`` in the 中山日报 = 中山市委 + 中山市政府;
  ``市人大常委会副主任`` on a 中山 town site = 中山市人大常委会; ``市委常委、顺德区委书记`` in the 佛山日报 = 佛山市委 常委 + 顺德区委
  书记, and the ``区委常委、常务副区长`` / ``区农业农村局`` after it = 顺德's; ``区委常委、常务副区长`` / ``区水利局`` on the 西樵镇
  site = 南海区's; ``市政府副秘书长`` on the 儋州 site = 儋州市政府 副秘书长.
- Elected and 补选 posts are posts (as part aa): ``补选叶君豪为三乡镇人民政府镇长`` → 中山市三乡镇政府 镇长; ``镇人大主席`` →
  …镇人大 主席. ``新当选的镇长`` repeats it (no second line). One line per post per article.
- Events: every 调研 / 检查 is an ``inspection`` (leader; 参加 / 陪同 / 出席座谈会 attendees; 汇报 / 介绍 / 讲述 / 作了说明 / 指出 /
  强调 / 表示 / 作了安排 / 部署 / 提出要求 speakers); a 座谈会 inside a visit is part of it (as parts aa, bl); the street's 党工委（扩大）
  会议 is a meeting (chair 主持; 通报 / 汇报 / 交流发言 / 强调 speakers); the 镇人民代表大会 is a ``session`` (chair; 到会指导 /
  出席 attendees; 表态发言 / 讲话 speakers), as part aa.
- Bylines: ``本报讯（记者 … 通讯员 …）`` and ``佛山日报讯 记者…报道`` give reporter / correspondent lines; ``作者：`` and ``文：``
  author lines; 责任编辑 / 编辑 / 审核 / 校对 editor lines. Not annotated: ``来源：`` lines, site lines, footers, 上一篇 / 下一篇 and
  相关阅读 links, 本版其他新闻 lists.
- Projects are works visited, reported or to be pushed: 产业园 phases ``industrial_park`` (an agricultural 产业园 phase too, as bl);
  古村 / 景区 / 城市更新 / 工改工 / 农田 / 古盐田 works ``project``; a 旧村改造 and a 老旧小区改造 ``housing_project``; river and park
  works ``greening_project``; a 堤防加固工程 ``engineering_work``; a 渔港扩建工程 ``infrastructure_project``. A named 湿地公园 is a
  place (park), as tests/gold puts 公园 in places. DECIDED HERE: 深中通道, named as an opportunity (``抢抓深中通道开通带来的发展机遇``),
  is a place (bridge), not a project; 三乡大道 a road.
- Places: one line per name per file, as written; short forms of towns written bare (麻涌, 寮步, 茶山, 古镇, 小榄, 三乡, 杏坛, 龙江,
  西樵, 那大, 白马井) are places (kind town), as part dm annotates 北滘 and part ce 狮山; places inside project names and organ
  references count; the cities written bare (东莞, 中山, 儋州, 嘉峪关) are ``city``, 顺德 a ``district``. DECIDED HERE: 松山湖,
  松山湖科学城 and 东莞国际商务区 are ``area``; 樵桑联围 a ``dike``; 峨蔓古盐田 a ``heritage_site``. Not places: 水乡片区, 儋洋
  (一体化), generic 古村 / 古盐田.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dr01_mayong.txt": (2021, "发布时间：2021-05-20 17:42", "东莞市麻涌镇", [
        ("黎展鹏到麻涌镇调研水环境治理和乡村振兴工作", "5月19日", "2021-05-19", "5月19日，副市长黎展鹏",
         "东莞 town site (no county): a 副市长's 调研 with a 市直 局长, the 镇委书记、镇人大主席, 镇委副书记、镇长, 镇委委员、副镇长, a village's 村党委书记、村委会主任")]),
    "dr02_dongguan.txt": (2023, "2023年09月15日　星期五", "东莞市", [
        ("邝立衡到寮步镇、茶山镇调研时强调", "9月14日", "2023-09-14", "本报讯（记者 邓浩然 通讯员 骆敏仪）9月14日",
         "东莞日报 第A01版: the 市委书记's 调研 in 寮步镇 and 茶山镇; the former 麻涌镇长 now 寮步镇委书记; a village 党委书记")]),
    "dr03_nancheng.txt": (2024, "发布日期：2024-10-12 16:05", "东莞市南城街道", [
        ("南城街道召开党工委（扩大）会议 部署四季度重点工作", "10月11日上午", "2024-10-11", "10月11日上午，南城街道召开",
         "东莞 portal 镇街动态: a street's 党工委（扩大）会议 (书记、人大工委主任 主持; 办事处主任, 办事处副主任 杨志刚#1, 纪工委书记, a 社区 head)")]),
    "dr04_zhongshan.txt": (2022, "A02版 2022年08月24日", "中山市", [
        ("骆承宇到古镇镇、小榄镇调研时强调", "8月23日", "2022-08-23", "本报讯（记者 陈嘉琪 通讯员 何梓晴）8月23日",
         "中山日报 A02版: the 市长's 调研 in 古镇镇 and 小榄镇 with a 副市长, a 市直 局长, the towns' 书记 / 镇长, a 社区 head")]),
    "dr05_sanxiang.txt": (2024, "发布日期：2024-01-17", "中山市三乡镇", [
        ("三乡镇第十八届人民代表大会第四次会议胜利闭幕", "1月16日", "2024-01-16", "1月16日，三乡镇第十八届",
         "中山 town site: the 镇人民代表大会 补选 a 镇长 and a 副镇长; 市人大常委会副主任 到会指导; the former 古镇镇长 now 三乡镇党委书记")]),
    "dr06_shunde.txt": (2021, "2021年11月18日　星期四", "顺德区", [
        ("谭卓霖到杏坛镇、龙江镇调研村级工业园升级改造和乡村振兴工作", "11月17日", "2021-11-17", "佛山日报讯 记者罗海涛报道：11月17日",
         "佛山日报 A03版: the 顺德区委书记 (市委常委) in 杏坛镇 and 龙江镇; 区委常委、常务副区长; the 杏坛镇党委书记 区志明; a village 党委书记")]),
    "dr07_xiqiao.txt": (2024, "发布时间：2024-06-14 18:30", "南海区西樵镇", [
        ("区志明到西樵镇检查防汛工作和“百千万工程”推进情况", "6月13日", "2024-06-13", "6月13日，区委常委",
         "南海 town site: the 区委常委、常务副区长 (the former 杏坛镇党委书记) 检查; the town's 书记, 镇长, 委员、副镇长; a village head")]),
    "dr08_jiayuguan.txt": (2023, "发布时间：2023-04-07 17:26", "嘉峪关市", [
        ("祁振邦到新城镇、文殊镇调研春耕生产和乡村建设工作", "4月6日", "2023-04-06", "4月6日，市委副书记",
         "嘉峪关 city site (no county): the 市长's 调研 in 新城镇 and 文殊镇; 镇长 杨志刚#2; a village 党总支书记、村委会主任")]),
    "dr09_nada.txt": (2022, "发布时间：2022-07-15 11:20", "儋州市那大镇", [
        ("吴泽霖到那大镇调研城市更新和民生项目建设", "7月14日下午", "2022-07-14", "7月14日下午，市委常委",
         "儋州 city site (stamp line with 作者 / 责任编辑): a 市委常委、副市长's 调研 and 座谈会 at 那大镇; 市政府副秘书长; the 那大镇 书记 / 镇长")]),
    "dr10_danzhou.txt": (2024, "2024-10-18 09:26:41", "儋州市", [
        ("周立坤到白马井镇、峨蔓镇调研海洋经济和乡村振兴工作", "10月17日", "2024-10-17", "10月17日，市委副书记",
         "儋州 news portal: the 市长's 调研 in 白马井镇 and 峨蔓镇; the former 那大镇党委书记 now 副市长; a village 党支部书记、村委会主任 and its 驻村第一书记")]),
}

_MY = "东莞市麻涌镇"
_LB = "东莞市寮步镇"
_CS = "东莞市茶山镇"
_NC = "东莞市南城街道"
_GZ = "中山市古镇镇"
_XL = "中山市小榄镇"
_SX = "中山市三乡镇"
_XT = "顺德区杏坛镇"
_LJ = "顺德区龙江镇"
_XQ = "南海区西樵镇"
_XC = "嘉峪关市新城镇"
_WS = "嘉峪关市文殊镇"
_ND = "儋州市那大镇"
_BMJ = "儋州市白马井镇"
_EM = "儋州市峨蔓镇"

_D01_ZHONG = "麻涌镇委书记、镇人大主席钟启铭"
_D03_MAI = "街道党工委书记、人大工委主任麦振华主持会议并讲话"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 东莞
    "dr:黎展鹏": ("黎展鹏", "official", "东莞市", [
        ("dr01", "东莞市政府", "副市长", "5月19日，副市长黎展鹏到麻涌镇调研", "2021-05: bare 副市长 on a 东莞 town site = 东莞市's (as bl08); named in the headline too"),
        ("dr02", "东莞市政府", "副市长", "市委常委、秘书长严卓文，副市长黎展鹏参加调研", "2023-09: the same post")], []),
    "dr:关文涛": ("关文涛", "official", "东莞市", [
        ("dr01", "东莞市水务局", "局长", "市水务局局长关文涛", "bare 市 on a 东莞 town site = 东莞市")], []),
    "dr:钟启铭": ("钟启铭", "official", _MY, [
        ("dr01", _MY + "党委", "书记", _D01_ZHONG, "DECIDED HERE: 东莞's 镇委 = the town's 党委"),
        ("dr01", _MY + "人大", "主席", _D01_ZHONG, None)], []),
    "dr:卢志航": ("卢志航", "official", "东莞市", [
        ("dr01", _MY + "党委", "副书记", "镇委副书记、镇长卢志航", "2021-05 (identity case: 寮步镇委书记 in 2023, dr02)"),
        ("dr01", _MY + "政府", "镇长", "镇委副书记、镇长卢志航", None),
        ("dr02", _LB + "党委", "书记", "寮步镇委书记卢志航", "2023-09: now 寮步镇's 书记")], []),
    "dr:莫颖欣": ("莫颖欣", "official", _MY, [
        ("dr01", _MY + "党委", "委员", "镇委委员、副镇长莫颖欣", None),
        ("dr01", _MY + "政府", "副镇长", "镇委委员、副镇长莫颖欣", None)], []),
    "dr:萧炳坤": ("萧炳坤", "official", _MY, [
        ("dr01", _MY + "华阳村党委", "书记", "在华阳村，村党委书记、村委会主任萧炳坤", "the village named just before (as bz01)"),
        ("dr01", _MY + "华阳村委会", "主任", "在华阳村，村党委书记、村委会主任萧炳坤", None)], []),
    "dr:邝立衡": ("邝立衡", "official", "东莞市", [
        ("dr02", "东莞市委", "书记", "市委书记邝立衡到寮步镇、茶山镇调研", "bare 市委 in the 东莞日报 = 东莞市委; named in the headline too")], []),
    "dr:严卓文": ("严卓文", "official", "东莞市", [
        ("dr02", "东莞市委", "常委", "市委常委、秘书长严卓文", None),
        ("dr02", "东莞市委", "秘书长", "市委常委、秘书长严卓文", "秘书长 after 市委常委 = the 市委's")], []),
    "dr:何颂恩": ("何颂恩", "official", _LB, [
        ("dr02", _LB + "党委", "副书记", "镇委副书记、镇长何颂恩", "bare 镇委 right after 寮步镇委书记 = 寮步镇's"),
        ("dr02", _LB + "政府", "镇长", "镇委副书记、镇长何颂恩", None)], []),
    "dr:袁嘉乐": ("袁嘉乐", "official", _CS, [
        ("dr02", _CS + "党委", "书记", "茶山镇委书记袁嘉乐", None)], []),
    "dr:谢永昌": ("谢永昌", "official", _CS, [
        ("dr02", _CS + "南社村党委", "书记", "南社村党委书记谢永昌", "南社村 of 茶山镇 (the town of the paragraph)")], []),
    "dr:麦振华": ("麦振华", "official", _NC, [
        ("dr03", _NC + "党工委", "书记", _D03_MAI, None),
        ("dr03", _NC + "人大工委", "主任", _D03_MAI, "the street's 人大工委 (as bl)")], []),
    "dr:许卓凡": ("许卓凡", "official", _NC, [
        ("dr03", _NC + "党工委", "副书记", "街道党工委副书记、办事处主任许卓凡", None),
        ("dr03", _NC + "办事处", "主任", "街道党工委副书记、办事处主任许卓凡", None)], []),
    "dr:杨志刚#1": ("杨志刚", "official", _NC, [
        ("dr03", _NC + "党工委", "委员", "街道党工委委员、办事处副主任杨志刚", "东莞 (广东), 2024-10; not the 杨志刚 of 嘉峪关市新城镇 (dr08)"),
        ("dr03", _NC + "办事处", "副主任", "街道党工委委员、办事处副主任杨志刚", None)], []),
    "dr:岑嘉怡": ("岑嘉怡", "official", _NC, [
        ("dr03", _NC + "党工委", "委员", "街道党工委委员、纪工委书记岑嘉怡", None),
        ("dr03", _NC + "纪工委", "书记", "街道党工委委员、纪工委书记岑嘉怡", "the street's 纪工委")], []),
    "dr:卢秀珍": ("卢秀珍", "official", _NC, [
        ("dr03", _NC + "胜和社区党委", "书记", "胜和社区党委书记、居委会主任卢秀珍", "named community (as ba)"),
        ("dr03", _NC + "胜和社区居委会", "主任", "胜和社区党委书记、居委会主任卢秀珍", None)], []),
    # ---- 中山
    "dr:骆承宇": ("骆承宇", "official", "中山市", [
        ("dr04", "中山市委", "副书记", "市委副书记、市长骆承宇到古镇镇、小榄镇调研", "bare 市委 in the 中山日报 = 中山市委; named in the headline too"),
        ("dr04", "中山市政府", "市长", "市委副书记、市长骆承宇到古镇镇、小榄镇调研", None)], []),
    "dr:邓慧琳": ("邓慧琳", "official", "中山市", [
        ("dr04", "中山市政府", "副市长", "副市长邓慧琳", None)], []),
    "dr:冼卓峰": ("冼卓峰", "official", "中山市", [
        ("dr04", "中山市工业和信息化局", "局长", "市工业和信息化局局长冼卓峰", None)], []),
    "dr:黄永森": ("黄永森", "official", _GZ, [
        ("dr04", _GZ + "党委", "书记", "古镇镇党委书记黄永森", "DECIDED HERE: a 中山 town takes the city as its county label")], []),
    "dr:梁晓澄": ("梁晓澄", "official", "中山市", [
        ("dr04", _GZ + "党委", "副书记", "镇党委副书记、镇长梁晓澄", "2022-08: bare 镇 after 古镇镇党委书记 (identity case: 三乡镇党委书记 in 2024, dr05)"),
        ("dr04", _GZ + "政府", "镇长", "镇党委副书记、镇长梁晓澄", None),
        ("dr05", _SX + "党委", "书记", "镇党委书记梁晓澄等镇领导出席会议", "2024-01: now 三乡镇's 书记 (bare 镇 on the 三乡镇 site)")], []),
    "dr:何家俊": ("何家俊", "official", _XL, [
        ("dr04", _XL + "党委", "书记", "小榄镇党委书记何家俊", None)], []),
    "dr:苏伟鸿": ("苏伟鸿", "official", _XL, [
        ("dr04", _XL + "永宁社区党委", "书记", "永宁社区党委书记、居委会主任苏伟鸿", "永宁社区 of 小榄镇 (the paragraph's town)"),
        ("dr04", _XL + "永宁社区居委会", "主任", "永宁社区党委书记、居委会主任苏伟鸿", None)], []),
    "dr:冯德铭": ("冯德铭", "official", "中山市", [
        ("dr05", "中山市人大常委会", "副主任", "市人大常委会副主任冯德铭到会指导", "bare 市 on a 中山 town site = 中山市")], []),
    "dr:郑丽萍": ("郑丽萍", "official", _SX, [
        ("dr05", _SX + "人大", "主席", "会议由镇人大主席郑丽萍主持", None)], []),
    "dr:叶君豪": ("叶君豪", "official", _SX, [
        ("dr05", _SX + "政府", "镇长", "补选叶君豪为三乡镇人民政府镇长", "elected (补选); 新当选的镇长 repeats it (no second line)")], []),
    "dr:马春燕": ("马春燕", "official", _SX, [
        ("dr05", _SX + "政府", "副镇长", "补选马春燕为三乡镇人民政府副镇长", "elected (补选)")], []),
    # ---- 佛山 顺德 / 南海
    "dr:谭卓霖": ("谭卓霖", "official", "顺德区", [
        ("dr06", "佛山市委", "常委", "市委常委、顺德区委书记谭卓霖", "bare 市委 in the 佛山日报 = 佛山市委; named in the headline too"),
        ("dr06", "顺德区委", "书记", "市委常委、顺德区委书记谭卓霖", None)], []),
    "dr:关颖宁": ("关颖宁", "official", "顺德区", [
        ("dr06", "顺德区委", "常委", "区委常委、常务副区长关颖宁", "bare 区委 after 顺德区委书记 = 顺德's (南海's in dr07)"),
        ("dr06", "顺德区政府", "常务副区长", "区委常委、常务副区长关颖宁", None)], []),
    "dr:甘建新": ("甘建新", "official", "顺德区", [
        ("dr06", "顺德区农业农村局", "局长", "区农业农村局局长甘建新", None)], []),
    "dr:区志明": ("区志明", "official", "佛山市", [
        ("dr06", _XT + "党委", "书记", "杏坛镇党委书记区志明", "2021-11 (identity case: 南海区委常委、常务副区长 in 2024, dr07)"),
        ("dr07", "南海区委", "常委", "区委常委、常务副区长区志明到西樵镇检查", "2024-06: bare 区委 on the 西樵镇 site = 南海区委; named in the headline too"),
        ("dr07", "南海区政府", "常务副区长", "区委常委、常务副区长区志明到西樵镇检查", None)], []),
    "dr:苏绮雯": ("苏绮雯", "official", _XT, [
        ("dr06", _XT + "党委", "副书记", "镇党委副书记、镇长苏绮雯", "bare 镇 after 杏坛镇党委书记"),
        ("dr06", _XT + "政府", "镇长", "镇党委副书记、镇长苏绮雯", None)], []),
    "dr:梁锦全": ("梁锦全", "official", _XT, [
        ("dr06", _XT + "逢简村党委", "书记", "在逢简村，村党委书记梁锦全", "the village named just before")], []),
    "dr:霍永康": ("霍永康", "official", _LJ, [
        ("dr06", _LJ + "党委", "书记", "龙江镇党委书记霍永康", None)], []),
    "dr:周文彬": ("周文彬", "official", "南海区", [
        ("dr07", "南海区水利局", "局长", "区水利局局长周文彬", "bare 区 on the 西樵镇 site = 南海区")], []),
    "dr:冯健彬": ("冯健彬", "official", _XQ, [
        ("dr07", _XQ + "党委", "书记", "西樵镇党委书记冯健彬", None)], []),
    "dr:赖思琪": ("赖思琪", "official", _XQ, [
        ("dr07", _XQ + "党委", "副书记", "镇党委副书记、镇长赖思琪", None),
        ("dr07", _XQ + "政府", "镇长", "镇党委副书记、镇长赖思琪", None)], []),
    "dr:邵雅婷": ("邵雅婷", "official", _XQ, [
        ("dr07", _XQ + "党委", "委员", "镇党委委员、副镇长邵雅婷", None),
        ("dr07", _XQ + "政府", "副镇长", "镇党委委员、副镇长邵雅婷", None)], []),
    "dr:何炜坚": ("何炜坚", "official", _XQ, [
        ("dr07", _XQ + "松塘村党委", "书记", "在松塘村，村党委书记、村委会主任何炜坚", "the village named just before"),
        ("dr07", _XQ + "松塘村委会", "主任", "在松塘村，村党委书记、村委会主任何炜坚", None)], []),
    # ---- 嘉峪关
    "dr:祁振邦": ("祁振邦", "official", "嘉峪关市", [
        ("dr08", "嘉峪关市委", "副书记", "市委副书记、市长祁振邦到新城镇、文殊镇调研", "named in the headline too"),
        ("dr08", "嘉峪关市政府", "市长", "市委副书记、市长祁振邦到新城镇、文殊镇调研", None)], []),
    "dr:马文瀚": ("马文瀚", "official", "嘉峪关市", [
        ("dr08", "嘉峪关市政府", "副市长", "副市长马文瀚", None)], []),
    "dr:张卫国": ("张卫国", "official", "嘉峪关市", [
        ("dr08", "嘉峪关市农业农村局", "局长", "市农业农村局局长张卫国", "市农业农村局 = 嘉峪关's here, 儋州's in dr10")], []),
    "dr:赵永福": ("赵永福", "official", _XC, [
        ("dr08", _XC + "党委", "书记", "新城镇党委书记赵永福", "DECIDED HERE: a 嘉峪关 town takes the city as its county label")], []),
    "dr:杨志刚#2": ("杨志刚", "official", _XC, [
        ("dr08", _XC + "党委", "副书记", "镇党委副书记、镇长杨志刚", "嘉峪关 (甘肃), 2023-04; not the 杨志刚 of 东莞 南城街道 (dr03)"),
        ("dr08", _XC + "政府", "镇长", "镇党委副书记、镇长杨志刚", None)], []),
    "dr:李红霞": ("李红霞", "official", _XC, [
        ("dr08", _XC + "观蒲村党总支", "书记", "观蒲村党总支书记、村委会主任李红霞", "DECIDED HERE: a village's 党总支 kept as written"),
        ("dr08", _XC + "观蒲村委会", "主任", "观蒲村党总支书记、村委会主任李红霞", None)], []),
    "dr:韩雪莲": ("韩雪莲", "official", _WS, [
        ("dr08", _WS + "党委", "书记", "文殊镇党委书记韩雪莲", None)], []),
    # ---- 儋州
    "dr:吴泽霖": ("吴泽霖", "official", "儋州市", [
        ("dr09", "儋州市委", "常委", "市委常委、副市长吴泽霖带队到那大镇", "named in the headline too"),
        ("dr09", "儋州市政府", "副市长", "市委常委、副市长吴泽霖带队到那大镇", None)], []),
    "dr:吉秀芳": ("吉秀芳", "official", "儋州市", [
        ("dr09", "儋州市政府", "副秘书长", "市政府副秘书长吉秀芳", None)], []),
    "dr:陈少华": ("陈少华", "official", "儋州市", [
        ("dr09", "儋州市住房和城乡建设局", "局长", "市住房和城乡建设局局长陈少华", None)], []),
    "dr:符家鸿": ("符家鸿", "official", "儋州市", [
        ("dr09", _ND + "党委", "书记", "那大镇党委书记符家鸿", "2022-07 (identity case: 儋州市 副市长 in 2024, dr10)"),
        ("dr10", "儋州市政府", "副市长", "副市长符家鸿，市农业农村局局长郭志豪参加调研", "2024-10: now 副市长")], []),
    "dr:羊美玲": ("羊美玲", "official", _ND, [
        ("dr09", _ND + "党委", "副书记", "那大镇党委副书记、镇长羊美玲", None),
        ("dr09", _ND + "政府", "镇长", "那大镇党委副书记、镇长羊美玲", None)], []),
    "dr:周立坤": ("周立坤", "official", "儋州市", [
        ("dr10", "儋州市委", "副书记", "市委副书记、市长周立坤到白马井镇、峨蔓镇调研", "named in the headline too"),
        ("dr10", "儋州市政府", "市长", "市委副书记、市长周立坤到白马井镇、峨蔓镇调研", None)], []),
    "dr:郭志豪": ("郭志豪", "official", "儋州市", [
        ("dr10", "儋州市农业农村局", "局长", "市农业农村局局长郭志豪", "市农业农村局 = 儋州's here, 嘉峪关's in dr08")], []),
    "dr:黎伟强": ("黎伟强", "official", _BMJ, [
        ("dr10", _BMJ + "党委", "书记", "白马井镇党委书记黎伟强", None)], []),
    "dr:王晓东": ("王晓东", "official", _EM, [
        ("dr10", _EM + "党委", "书记", "峨蔓镇党委书记王晓东", None)], []),
    "dr:张丽娟": ("张丽娟", "official", _EM, [
        ("dr10", _EM + "党委", "副书记", "镇党委副书记、镇长张丽娟", "bare 镇 after 峨蔓镇党委书记"),
        ("dr10", _EM + "政府", "镇长", "镇党委副书记、镇长张丽娟", None)], []),
    "dr:吴建业": ("吴建业", "official", _EM, [
        ("dr10", _EM + "盐丁村党支部", "书记", "盐丁村党支部书记、村委会主任吴建业", None),
        ("dr10", _EM + "盐丁村委会", "主任", "盐丁村党支部书记、村委会主任吴建业", None)], []),
    "dr:谢卫民": ("谢卫民", "official", _EM, [
        ("dr10", _EM + "盐丁村党支部", "第一书记", "驻村第一书记谢卫民", "村 = 盐丁村 (named in the same sentence before), as parts aa, aq")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dr01", "何婉婷", "责任编辑", "editor", "责任编辑：何婉婷"),
    ("dr01", "蔡晓敏", "审核", "editor", "审核：蔡晓敏"),
    ("dr02", "邓浩然", "记者", "reporter", "本报讯（记者 邓浩然 通讯员 骆敏仪）"),
    ("dr02", "骆敏仪", "通讯员", "correspondent", "本报讯（记者 邓浩然 通讯员 骆敏仪）"),
    ("dr02", "伍泳诗", "责任编辑", "editor", "责任编辑：伍泳诗"),
    ("dr04", "陈嘉琪", "记者", "reporter", "本报讯（记者 陈嘉琪 通讯员 何梓晴）"),
    ("dr04", "何梓晴", "通讯员", "correspondent", "本报讯（记者 陈嘉琪 通讯员 何梓晴）"),
    ("dr04", "黄嘉欣", "编辑", "editor", "编辑：黄嘉欣"),
    ("dr04", "梁碧君", "校对", "editor", "校对：梁碧君"),
    ("dr06", "罗海涛", "记者", "reporter", "佛山日报讯 记者罗海涛报道"),
    ("dr06", "潘慧仪", "编辑", "editor", "编辑：潘慧仪"),
    ("dr07", "曾晓东", "文", "author", "文：曾晓东"),
    ("dr07", "朱立恒", "审核", "editor", "审核：朱立恒"),
    ("dr09", "王冠雄", "作者", "author", "作者：王冠雄"),
    ("dr09", "林晓丹", "责任编辑", "editor", "责任编辑：林晓丹"),
    ("dr10", "陈婉华", "作者", "author", "作者：陈婉华"),
    ("dr10", "卢嘉敏", "责任编辑", "editor", "责任编辑：卢嘉敏"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, evidence_participants)
MEETINGS = [
    ("dr01", "麻涌镇水环境治理和乡村振兴工作调研", "inspection (调研)", "5月19日", None, "黎展鹏", [],
     ["关文涛", "钟启铭", "卢志航", "莫颖欣"], ["萧炳坤", "莫颖欣", "钟启铭", "关文涛", "黎展鹏", "卢志航"], "麻涌镇",
     "5月19日，副市长黎展鹏到麻涌镇调研水环境治理和乡村振兴工作",
     ["副市长黎展鹏到麻涌镇调研", "市水务局局长关文涛", _D01_ZHONG, "镇长卢志航", "副镇长莫颖欣等陪同调研", "萧炳坤介绍了",
      "莫颖欣汇报了", "钟启铭汇报了", "关文涛就全市水污染治理考核要求作了说明", "黎展鹏指出", "卢志航表示"]),
    ("dr02", "寮步镇、茶山镇制造业发展和“百千万工程”推进情况调研", "inspection (调研)", "9月14日", None, "邝立衡", [],
     ["严卓文", "黎展鹏"], ["卢志航", "何颂恩", "袁嘉乐", "谢永昌", "邝立衡", "黎展鹏"], "寮步镇、茶山镇",
     "9月14日，市委书记邝立衡到寮步镇、茶山镇调研制造业发展和“百千万工程”推进情况",
     ["市委书记邝立衡到寮步镇、茶山镇调研", "副市长黎展鹏参加调研", "寮步镇委书记卢志航汇报了", "镇长何颂恩介绍了",
      "茶山镇委书记袁嘉乐介绍了", "南社村党委书记谢永昌讲述了", "邝立衡指出", "黎展鹏就做好镇村低效工业园改造"]),
    ("dr03", "南城街道党工委（扩大）会议", "meeting (党工委扩大会议)", "10月11日上午", "麦振华", None, ["东莞市南城街道"],
     ["许卓凡"], ["许卓凡", "杨志刚", "岑嘉怡", "卢秀珍", "麦振华"], None,
     "10月11日上午，南城街道召开党工委（扩大）会议",
     [_D03_MAI, "办事处主任许卓凡，街道领导班子成员", "许卓凡通报了", "杨志刚汇报了", "岑嘉怡通报了", "卢秀珍作交流发言",
      "麦振华强调"]),
    ("dr04", "古镇镇、小榄镇制造业转型升级和低效工业园改造调研", "inspection (调研)", "8月23日", None, "骆承宇", [],
     ["邓慧琳", "冼卓峰"], ["黄永森", "梁晓澄", "何家俊", "苏伟鸿", "骆承宇", "邓慧琳"], "古镇镇、小榄镇",
     "8月23日，市委副书记、市长骆承宇到古镇镇、小榄镇调研制造业转型升级和低效工业园改造工作",
     ["市长骆承宇到古镇镇、小榄镇调研", "副市长邓慧琳，市工业和信息化局局长冼卓峰参加调研", "黄永森汇报了", "梁晓澄介绍了",
      "何家俊汇报了", "苏伟鸿介绍了", "骆承宇指出", "邓慧琳就做好“工改”项目审批提速"]),
    ("dr05", "三乡镇第十八届人民代表大会第四次会议", "session (镇人民代表大会)", "1月16日", "郑丽萍", None, [],
     ["冯德铭", "梁晓澄"], ["叶君豪", "梁晓澄", "冯德铭"], "镇行政服务中心会议室",
     "1月16日，三乡镇第十八届人民代表大会第四次会议在镇行政服务中心会议室胜利闭幕",
     ["市人大常委会副主任冯德铭到会指导", "镇党委书记梁晓澄等镇领导出席会议", "会议由镇人大主席郑丽萍主持",
      "新当选的镇长叶君豪面向国旗进行了宪法宣誓并作表态发言", "梁晓澄在讲话中指出", "冯德铭充分肯定了"]),
    ("dr06", "杏坛镇、龙江镇村级工业园升级改造和乡村振兴工作调研", "inspection (调研)", "11月17日", None, "谭卓霖", [],
     ["关颖宁", "甘建新"], ["区志明", "苏绮雯", "梁锦全", "霍永康", "谭卓霖", "关颖宁"], "杏坛镇、龙江镇",
     "11月17日，市委常委、顺德区委书记谭卓霖到杏坛镇、龙江镇调研村级工业园升级改造和乡村振兴工作",
     ["顺德区委书记谭卓霖到杏坛镇、龙江镇调研", "区农业农村局局长甘建新参加调研", "区志明汇报了", "苏绮雯介绍了", "梁锦全介绍了",
      "霍永康汇报了", "谭卓霖指出", "关颖宁就加快改造项目审批和土地整备作了部署"]),
    ("dr07", "西樵镇防汛工作检查和“百千万工程”调研", "inspection (检查)", "6月13日", None, "区志明", [],
     ["周文彬", "冯健彬", "赖思琪", "邵雅婷"], ["邵雅婷", "何炜坚", "区志明", "周文彬", "冯健彬"], "西樵镇",
     "6月13日，区委常委、常务副区长区志明到西樵镇检查防汛工作，并调研“百千万工程”推进情况",
     ["常务副区长区志明到西樵镇检查防汛工作", "区水利局局长周文彬", "西樵镇党委书记冯健彬", "镇长赖思琪",
      "副镇长邵雅婷等陪同检查", "邵雅婷汇报了", "何炜坚介绍了", "区志明指出", "周文彬就堤防工程质量监管提出具体要求", "冯健彬表示"]),
    ("dr08", "新城镇、文殊镇春耕生产和乡村建设工作调研", "inspection (调研)", "4月6日", None, "祁振邦", [],
     ["马文瀚", "张卫国", "赵永福", "杨志刚"], ["赵永福", "杨志刚", "李红霞", "韩雪莲", "祁振邦", "马文瀚"], "新城镇、文殊镇",
     "4月6日，市委副书记、市长祁振邦到新城镇、文殊镇调研春耕生产和乡村建设工作",
     ["市长祁振邦到新城镇、文殊镇调研", "副市长马文瀚，市农业农村局局长张卫国参加调研", "镇长杨志刚陪同调研", "赵永福汇报了",
      "杨志刚介绍了", "李红霞介绍了", "韩雪莲汇报了", "祁振邦强调", "马文瀚就农资供应保障和农业技术服务作了安排"]),
    ("dr09", "那大镇城市更新和民生项目建设调研", "inspection (调研)", "7月14日下午", None, "吴泽霖", [],
     ["吉秀芳", "陈少华", "符家鸿", "羊美玲"], ["符家鸿", "陈少华", "吴泽霖", "羊美玲"], "那大镇",
     "7月14日下午，市委常委、副市长吴泽霖带队到那大镇调研城市更新和民生项目建设，并召开调研座谈会",
     ["副市长吴泽霖带队到那大镇调研", "市政府副秘书长吉秀芳，市住房和城乡建设局局长陈少华陪同",
      "那大镇党委书记符家鸿，那大镇党委副书记、镇长羊美玲等镇班子成员出席座谈会", "符家鸿围绕那大镇基本情况",
      "陈少华就老旧小区改造资金申报和质量监管作了说明", "吴泽霖强调", "羊美玲表示"]),
    ("dr10", "白马井镇、峨蔓镇海洋经济发展和乡村振兴工作调研", "inspection (调研)", "10月17日", None, "周立坤", [],
     ["符家鸿", "郭志豪", "王晓东", "张丽娟"], ["黎伟强", "吴建业", "谢卫民", "周立坤", "符家鸿"], "白马井镇、峨蔓镇",
     "10月17日，市委副书记、市长周立坤到白马井镇、峨蔓镇调研海洋经济发展和乡村振兴工作",
     ["市长周立坤到白马井镇、峨蔓镇调研", "副市长符家鸿，市农业农村局局长郭志豪参加调研",
      "峨蔓镇党委书记王晓东，镇党委副书记、镇长张丽娟陪同调研", "黎伟强汇报了", "吴建业介绍了", "谢卫民汇报了", "周立坤指出",
      "符家鸿就加快渔港项目审批和用海要素保障作了具体安排"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dr01", "麻涌河水环境综合整治工程", "greening_project", "麻涌河水环境综合整治工程现场"),
    ("dr01", "新基村连片“工改工”项目", "project", "新基村连片“工改工”项目，实地察看"),
    ("dr02", "寮步智能装备产业园二期", "industrial_park", "先后来到寮步智能装备产业园二期"),
    ("dr02", "西溪古村活化利用项目", "project", "西溪古村活化利用项目现场"),
    ("dr02", "南社明清古村落保护利用工程", "project", "察看南社明清古村落保护利用工程"),
    ("dr03", "东莞国际商务区城市更新单元", "project", "并就东莞国际商务区城市更新单元"),
    ("dr03", "胜和社区旧村改造项目", "housing_project", "胜和社区旧村改造项目和水濂山森林公园综合提升工程"),
    ("dr03", "水濂山森林公园综合提升工程", "greening_project", "水濂山森林公园综合提升工程等重点项目"),
    ("dr04", "中山灯饰照明智造产业园一期", "industrial_park", "来到中山灯饰照明智造产业园一期"),
    ("dr04", "曹三村低效工业园改造项目", "project", "曹三村低效工业园改造项目现场"),
    ("dr04", "小榄精密五金产业园一期", "industrial_park", "察看了小榄精密五金产业园一期建设工地"),
    ("dr05", "三乡智能家居产业园二期", "industrial_park", "抓好三乡智能家居产业园二期"),
    ("dr05", "古鹤村连片农田整治项目", "project", "古鹤村连片农田整治项目"),
    ("dr06", "杏坛智能制造产业园一期", "industrial_park", "先后来到杏坛智能制造产业园一期"),
    ("dr06", "逢简水乡景区提升工程", "project", "逢简水乡景区提升工程现场"),
    ("dr06", "龙江智能家居产业园二期", "industrial_park", "察看了龙江智能家居产业园二期建设进展"),
    ("dr07", "樵桑联围西樵段达标加固工程", "engineering_work", "樵桑联围西樵段达标加固工程施工现场"),
    ("dr07", "松塘村古村落保护活化项目", "project", "介绍了松塘村古村落保护活化项目的进展"),
    ("dr08", "新城镇观蒲村戈壁生态农业产业园二期", "industrial_park", "先后来到新城镇观蒲村戈壁生态农业产业园二期"),
    ("dr08", "文殊镇河口村高标准农田建设项目", "project", "文殊镇河口村高标准农田建设项目"),
    ("dr08", "讨赖河嘉峪关段生态修复工程", "greening_project", "讨赖河嘉峪关段生态修复工程现场"),
    ("dr09", "那大镇中兴大街片区城市更新项目", "project", "先后来到那大镇中兴大街片区城市更新项目"),
    ("dr09", "那大镇老旧小区改造项目", "housing_project", "那大镇老旧小区改造项目和"),
    ("dr09", "北门江那大段水环境综合治理工程", "greening_project", "北门江那大段水环境综合治理工程现场"),
    ("dr10", "白马井中心渔港扩建工程", "infrastructure_project", "先后来到白马井中心渔港扩建工程"),
    ("dr10", "白马井海洋食品加工产业园一期", "industrial_park", "白马井海洋食品加工产业园一期，察看"),
    ("dr10", "峨蔓古盐田保护利用项目", "project", "察看峨蔓古盐田保护利用项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dr01", "麻涌镇", "town", "standalone", "副市长黎展鹏到麻涌镇调研"),
    ("dr01", "麻涌", "town", "standalone", "麻涌是东莞水乡片区的重要组成部分"),
    ("dr01", "东莞", "city", "standalone", "麻涌是东莞水乡片区的重要组成部分"),
    ("dr01", "华阳湖国家湿地公园", "park", "standalone", "先后来到华阳湖国家湿地公园"),
    ("dr01", "华阳湖", "lake", "standalone", "要用好华阳湖的生态和文化资源"),
    ("dr01", "麻涌河", "river", "in_project_name", "麻涌河水环境综合整治工程现场"),
    ("dr01", "新基村", "village", "in_project_name", "新基村连片“工改工”项目，实地察看"),
    ("dr01", "华阳村", "village", "standalone", "在华阳村，村党委书记"),
    ("dr01", "岭南", "region", "standalone", "介绍了村里发展岭南水乡民宿"),
    ("dr02", "寮步镇", "town", "standalone", "在寮步镇，邝立衡先后来到"),
    ("dr02", "茶山镇", "town", "standalone", "在茶山镇，邝立衡走进南社村"),
    ("dr02", "寮步", "town", "standalone", "寮步、茶山要立足自身产业基础"),
    ("dr02", "茶山", "town", "standalone", "寮步、茶山要立足自身产业基础"),
    ("dr02", "松山湖", "area", "standalone", "汇报了寮步承接松山湖产业外溢"),
    ("dr02", "松山湖科学城", "area", "standalone", "主动对接松山湖科学城"),
    ("dr02", "西溪村", "village", "standalone", "介绍了西溪村古村落保护与文旅融合发展的思路"),
    ("dr02", "西溪", "village", "in_project_name", "西溪古村活化利用项目现场"),
    ("dr02", "南社村", "village", "standalone", "在茶山镇，邝立衡走进南社村"),
    ("dr02", "南社", "village", "in_project_name", "察看南社明清古村落保护利用工程"),
    ("dr02", "东莞", "city", "standalone", "镇街是东莞发展的主战场"),
    ("dr03", "南城街道", "sub_district_office", "standalone", "10月11日上午，南城街道召开党工委（扩大）会议"),
    ("dr03", "东莞国际商务区", "area", "in_project_name", "并就东莞国际商务区城市更新单元"),
    ("dr03", "东莞", "city", "in_project_name", "并就东莞国际商务区城市更新单元"),
    ("dr03", "胜和社区", "community", "in_org_reference", "胜和社区党委书记、居委会主任卢秀珍"),
    ("dr03", "水濂山森林公园", "park", "in_project_name", "水濂山森林公园综合提升工程等重点项目"),
    ("dr03", "水濂山", "mountain", "in_project_name", "水濂山森林公园综合提升工程等重点项目"),
    ("dr04", "古镇镇", "town", "standalone", "在古镇镇，骆承宇一行"),
    ("dr04", "小榄镇", "town", "standalone", "在小榄镇，骆承宇实地察看了"),
    ("dr04", "古镇", "town", "standalone", "古镇、小榄是中山制造业的重镇"),
    ("dr04", "小榄", "town", "standalone", "古镇、小榄是中山制造业的重镇"),
    ("dr04", "中山", "city", "standalone", "古镇、小榄是中山制造业的重镇"),
    ("dr04", "曹三村", "village", "in_project_name", "曹三村低效工业园改造项目现场"),
    ("dr04", "永宁社区", "community", "standalone", "永宁社区党群服务中心"),
    ("dr05", "三乡镇", "town", "standalone", "1月16日，三乡镇第十八届人民代表大会第四次会议"),
    ("dr05", "三乡", "town", "standalone", "为三乡高质量发展贡献人大力量"),
    ("dr05", "古鹤村", "village", "in_project_name", "古鹤村连片农田整治项目"),
    ("dr05", "深中通道", "bridge", "standalone", "抢抓深中通道开通带来的发展机遇"),
    ("dr05", "三乡大道", "road", "standalone", "三乡大道沿线风貌提升"),
    ("dr05", "珠海", "city", "standalone", "深化与珠海、澳门的产业协作"),
    ("dr05", "澳门", "region", "standalone", "深化与珠海、澳门的产业协作"),
    ("dr06", "杏坛镇", "town", "standalone", "在杏坛镇，谭卓霖一行"),
    ("dr06", "龙江镇", "town", "standalone", "在龙江镇，谭卓霖察看了"),
    ("dr06", "杏坛", "town", "standalone", "杏坛、龙江要以更大决心和力度推进连片改造"),
    ("dr06", "龙江", "town", "standalone", "杏坛、龙江要以更大决心和力度推进连片改造"),
    ("dr06", "逢简村", "village", "standalone", "在逢简村，村党委书记梁锦全"),
    ("dr06", "逢简", "village", "in_project_name", "逢简水乡景区提升工程现场"),
    ("dr06", "顺德", "district", "standalone", "是顺德高质量发展的“头号工程”"),
    ("dr06", "岭南", "region", "standalone", "让岭南水乡焕发新活力"),
    ("dr07", "西樵镇", "town", "standalone", "常务副区长区志明到西樵镇检查防汛工作"),
    ("dr07", "西樵", "town", "standalone", "先后来到西江西樵段堤岸"),
    ("dr07", "西江", "river", "standalone", "当前西江进入主汛期"),
    ("dr07", "樵桑联围", "dike", "in_project_name", "樵桑联围西樵段达标加固工程施工现场"),
    ("dr07", "松塘村", "village", "standalone", "在松塘村，村党委书记"),
    ("dr07", "西樵山", "mountain", "standalone", "依托西樵山和松塘村等资源"),
    ("dr08", "新城镇", "town", "standalone", "市长祁振邦到新城镇、文殊镇调研"),
    ("dr08", "文殊镇", "town", "standalone", "市长祁振邦到新城镇、文殊镇调研"),
    ("dr08", "观蒲村", "village", "standalone", "介绍了观蒲村产业园二期日光温室建设进度"),
    ("dr08", "河口村", "village", "standalone", "汇报了河口村高标准农田建设"),
    ("dr08", "讨赖河", "river", "standalone", "要统筹推进讨赖河沿线生态修复"),
    ("dr08", "嘉峪关", "city", "in_project_name", "讨赖河嘉峪关段生态修复工程现场"),
    ("dr09", "那大镇", "town", "standalone", "副市长吴泽霖带队到那大镇调研"),
    ("dr09", "那大", "town", "in_project_name", "北门江那大段水环境综合治理工程现场"),
    ("dr09", "中兴大街", "road", "in_project_name", "先后来到那大镇中兴大街片区城市更新项目"),
    ("dr09", "北门江", "river", "standalone", "要加快北门江水环境治理"),
    ("dr09", "儋州", "city", "standalone", "那大镇是儋州的中心城区"),
    ("dr10", "白马井镇", "town", "standalone", "在白马井镇，周立坤一行"),
    ("dr10", "峨蔓镇", "town", "standalone", "在峨蔓镇，周立坤走进盐丁村"),
    ("dr10", "盐丁村", "village", "standalone", "在峨蔓镇，周立坤走进盐丁村"),
    ("dr10", "白马井中心渔港", "port", "in_project_name", "先后来到白马井中心渔港扩建工程"),
    ("dr10", "白马井", "town", "in_project_name", "白马井海洋食品加工产业园一期，察看"),
    ("dr10", "峨蔓古盐田", "heritage_site", "in_project_name", "察看峨蔓古盐田保护利用项目"),
    ("dr10", "儋州", "city", "standalone", "儋州海岸线长、渔业资源丰富"),
    ("dr10", "洋浦港", "port", "standalone", "主动对接洋浦港"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dr", conventions="set dr (blind set: cities without counties and their towns and streets — 广东 东莞市 (麻涌镇, 寮步镇, 茶山镇, 南城街道), 广东 中山市 (古镇镇, 小榄镇, 三乡镇), 甘肃 嘉峪关市 (新城镇, 文殊镇), 海南 儋州市 (那大镇, 白马井镇, 峨蔓镇): the city is the town's county label (东莞市麻涌镇党委) — and the towns of 佛山's districts (顺德区杏坛镇, 顺德区龙江镇, 南海区西樵镇); 东莞's 镇委 = the town's 党委; streets: 党工委, 办事处, 人大工委, 纪工委; villages and communities named on the page: 村党委 / 村党支部 / 村党总支 (as written), 村委会, 社区党委, 社区居委会, 驻村第一书记 = the village 党支部's; bare 市 / 区 organs = the page's city / district; 补选 posts are posts; one line per post per article)",
          persons_note="Set dr persons. id = corpus-wide person_id (dr:杨志刚#1 of 东莞 南城街道 (广东) and dr:杨志刚#2 of 嘉峪关 新城镇 (甘肃) are two people; dr:卢志航 麻涌镇长 2021 → 寮步镇委书记 2023; dr:梁晓澄 古镇镇长 2022 → 三乡镇党委书记 2024; dr:区志明 顺德 杏坛镇党委书记 2021 → 南海区委常委、常务副区长 2024; dr:符家鸿 那大镇党委书记 2022 → 儋州市副市长 2024)")


if __name__ == "__main__":
    main()
