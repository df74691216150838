"""Write gold part ``bt`` (a blind set: unusual county-level structures — the 新疆生产建设兵团's 师市合一 and 贵州's 特区 —
with one ordinary neighbouring county each) from the tables below.

Pages ``tests/dev/texts/bt*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 第十四师昆玉市 portal (btdsss.gov.cn: ``师市党委书记、政委…率党政代表团``,
``第八师石河子市党委副书记、第八师师长…``, ``代表第八师石河子市党委、师市``); a 石河子 page of a visit (``师市党委书记、八师政委、
石河子市人大常委会主任…``, ``师市党委常委、八师副政委、石河子市政协主席…``); the 第七师胡杨河市 portal (nqs.gov.cn: ``您的位置:
首页 >新闻动态>今日要闻>详细内容``, ``来源:胡杨融媒 发布时间:2026-03-05 11:59:21 浏览次数: 【字号:``, ``师市党委书记、政委…出席会议
并讲话。师市党委副书记、师长…主持会议``; a 考察 with ``师党委常委、副政委``, ``师党委常委、副师长``; the 七师 / 乌苏市 融合发展座谈会
with ``乌苏市委书记…，市委副书记、代市长…``); a 杭州 高新区(滨江) page on the ``第一师阿拉尔市八团党委书记、政委``; the 八师 site's
八十九团 page (``连队“两委”``, ``团党委``, ``师市和团党委``); a 兵团日报 巡礼 of 一师阿拉尔市 (``一师阿拉尔市党委``); encyclopaedia
pages on 第一师 (``政委…(阿拉尔市党委书记) 师长…(阿拉尔市市长)``, ``中国共产党新疆生产建设兵团第一师阿拉尔市委员会``); 六枝
融媒体 pages (``特区人民政府副区长``, ``特区政协副主席、文体广电旅游局局长``, ``市人大常委会副主任、特区党委书记…，特区党委副书记、
政府区长…出席``, ``特区党委书记…出席会议并讲话，特区党委副书记、政府区长…``, ``统一到特区党委、政府的安排部署上来``,
``编辑：… 执行监制：… 总监制：…``); 新华社 / 经济日报 pages on 万山 (``曾长期担任万山特区区长、区委书记``, ``2011年，铜仁撤地设市，
万山改“特区”为“区”``, ``万山区委书记…说``); a 西南地方旅游网 page on 万山特区 (``隶属于铜仁行政公署``, its 1 镇 4 侗族乡); a 泸西县
page of a 县长's 煤矿 调研. Places are real and new to the corpus: 新疆 (第八师石河子市 with 一四三团 and 一二一团; 第一师阿拉尔市
with 十团 and 十二团; 昌吉州 玛纳斯县), 贵州 (六盘水市 六枝特区; 铜仁 万山特区 → 万山区; 毕节市 纳雍县).

Shapes: a 师市 portal (``您的位置：…>详细内容``, ``来源：石河子融媒　发布时间：…``) of the 师市党委书记、政委's 调研 in a 团场 with the
团's 政委 and 团长 and a 连队's 党支部书记、指导员 (bt01); the 兵团日报 第02版 (``本报石河子1月10日讯（记者 … 通讯员 …）``) of the
师市党委's 经济工作会议 with ``师市党委副书记、师长、市长``, the 石河子市 人大 / 政协 heads and two 团 政委 (bt02); a 师市 government
portal of the 师长、市长's 调研 in 十团 (bt03); a 师市 融媒 page (``作者：``, ``编辑：… 审核：…``, share line) of a 推进会 (bt04); an
ordinary county's site (玛纳斯县, neighbour of 石河子) of a 兵地融合 联席会议 with the 八师 副师长 and the county's 县长 who was a
石河子 副市长 (bt05); the 六枝特区 government site (``特区党委书记``, ``特区党委常委、副区长``, ``特区政协副主席、文体广电旅游局局长``)
(bt06); the 六盘水日报 of a 市委常委、副市长's 调研 in 六枝特区 (``六枝特区党委书记``, ``特区党委副书记、政府区长``) (bt07); the
万山特区 site in 2010 (铜仁地区, ``地区行署副专员``, ``特区党委副书记、区长``) with an inspection and its 汇报会 (bt08); the 铜仁日报 of
万山区 in 2014, after the 特区 became a 区 (bt09); an ordinary county's site (纳雍县, neighbour of 六枝) (bt10).

Identity cases:
- bt:卜文灏: 一四三团党委书记、政委 (May 2022, bt01) → 师市党委常委、副师长 (Jan 2024, bt02).
- bt:蔺振宇: 一四三团 团党委副书记、团长 (2022, bt01) → 一四三团党委书记、政委 (2024, bt02).
- bt:贺晓岚 crosses from 兵团 to 地方: 石河子市 副市长 (2022, bt01) → 玛纳斯县委副书记、县长 (Apr 2023, bt05).
- bt:杨国栋#1: 十团党委副书记、团长 (Sept 2022, bt03) → 十团党委书记、政委 (June 2024, bt04).
- bt:罗晓蔓: 六枝特区党委常委、副区长 (July 2021, bt06) → 特区党委副书记、政府区长 (Mar 2024, bt07).
- bt:姚建勋: 万山特区党委副书记、区长 (Apr 2010, bt08) → 万山区委书记 (Aug 2014, bt09); bt:杨秀英: 万山特区党委常委、副区长
  (2010) → 万山区委常委、常务副区长 (2014). The place itself changes name (万山特区 → 万山区) between the two pages.
- the same officials on two pages: bt:戴振邦 (八师石河子市 师市党委书记、政委, 2022 and 2024), bt:洪立军 (师市党委常委、副师长, 2022
  on the 师市 site and 2023 on the 玛纳斯县 site), bt:祁永昌 (一师阿拉尔市 师长、市长, 2022 and 2024), bt:喻少华 (一师 副师长).
- two different 杨国栋 in unrelated places: bt:杨国栋#1 is a 团场 cadre of 第一师阿拉尔市 (新疆); bt:杨国栋#2 is 纳雍县委常委、副县长
  (贵州, bt10).
- one organ name in several places: bare ``师市党委`` is 第八师石河子市's in bt01 / bt02 and 第一师阿拉尔市's in bt03 / bt04;
  ``团党委`` is 一四三团's (bt01), 十团's (bt03); ``特区党委`` is 六枝特区's (bt06, bt07) and 万山特区's (bt08); ``副市长`` is
  石河子市's (bt01) and 阿拉尔市's (bt04).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, aa where they speak; decided here where they are silent):
- DECIDED HERE (师市合一; no earlier part had one): the 师市's place label is its full name, 师 number + city
  (``第八师石河子市``, ``第一师阿拉尔市``; ``八师`` / ``一师`` fold to ``第八师`` / ``第一师``), the name its own organs bear
  (中国共产党新疆生产建设兵团第八师石河子市委员会, 第八师石河子市农业农村局). Three kinds of organ, each as written with its label:
  (1) the one merged party committee, written ``师市党委`` / ``八师石河子市党委`` → ``第八师石河子市委`` (label + 委, as CONVENTIONS
  builds every party committee and bs builds ``阿克苏地区委``): 书记, 副书记, 常委; the 师市's merged departments likewise
  (``师市农业农村局`` → ``第八师石河子市农业农村局``, ``师市水利局`` → ``第一师阿拉尔市水利局``);
  (2) the 师 (the 兵团 unit) for its own titles 政委 / 师长 / 副师长 → org ``第八师`` / ``第一师`` (``师市党委书记、政委`` =
  第八师石河子市委 书记 + 第八师 政委); (3) the city for the titles that belong to a city: 市长 / 副市长 → ``石河子市政府`` /
  ``阿拉尔市政府``, ``石河子市人大常委会主任``, ``石河子市政协主席`` (the 师 has no 人大 or 政协). ``师市党委副书记、师长、市长``
  gives three lines (委 副书记, 师 师长, 市政府 市长). Not ``第八师党委`` or ``石河子市委``: the text names one committee.
- DECIDED HERE (团场 / 连队): a 团 is labelled as a town is (the parent's label + its name as written): ``第八师石河子市一四三团``,
  ``第一师阿拉尔市十团``; its party committee keeps 党委 as a town's does (``第八师石河子市一四三团党委`` 书记 / 副书记); its
  政委 / 团长 are posts of the 团 itself. A named 连 is labelled as a named village (parts aa, ba): ``三连党支部书记、指导员`` →
  ``…一四三团三连党支部`` 书记 + ``…一四三团三连`` 指导员. A bare ``团党委`` right after ``一四三团`` or ``十团`` is that 团's.
- DECIDED HERE (特区): the label is the division's full name ``六枝特区`` / ``万山特区``; ``特区党委`` (中共六枝特区委员会) →
  ``六枝特区委`` (label + 委, as 地区委); ``政府区长`` / ``区长`` / ``副区长`` → ``六枝特区政府`` (title as written: 区长, the
  real pages write no 特区长); ``特区政协副主席`` → ``六枝特区政协``; ``特区…局`` → ``六枝特区文体广电旅游局``; towns ``六枝特区郎岱镇``.
  万山 is labelled by its name at the page's date: ``万山特区委`` / ``万山特区政府`` in 2010, ``万山区委`` / ``万山区政府`` in 2014.
- DECIDED HERE: a 民族乡 written short in the chain (``落别乡党委书记韦金凤``, after ``落别布依族彝族乡`` in the lead) keeps the
  name as written in the chain: ``六枝特区落别乡党委``.
- 地区 organs of 2010 as part bs: ``地区行署副专员`` on the 万山特区 site (铜仁地区, before 2011) → ``铜仁地区行政公署`` 副专员.
- Bare organs take the page's place or its parent of the right level: ``师市`` = the portal's or the headline's 师市; on the
  玛纳斯县 site ``县委`` / ``县`` departments = 玛纳斯县 and ``师市`` = 八师石河子市 (named in the headline); in the 六盘水日报
  ``市委常委、副市长`` / ``市文体广电旅游局`` = 六盘水市; in the 铜仁日报 ``区委`` = 万山区; ``特区党委`` = the page's 特区.
- One line per post per article. 师市领导, 团场 ``职工`` and ``种植户`` are no posts.
- Events: 调研 / 检查 are ``inspection`` (leader; 陪同 attendees; 介绍 / 汇报 / 指出 / 强调 / 要求 / 表示 / 作了安排 speakers); the
  汇报会 after the 检查 is its own meeting of the same day (as bs's 督导反馈会); 经济工作会议, 推进会, 联席会议 are meetings (chair
  when 主持; 出席 attendees).
- Bylines: ``本报…讯（记者 … 通讯员 …）`` reporter / correspondent; ``作者：`` on the 融媒 page an author line; 编辑 / 责任编辑 /
  审核 editor lines.
- Projects: named works (``…建设项目``, ``…改造项目``, ``…工程``); a 冷链物流中心 a logistics_hub; a 产业园 / 产业示范园 an
  industrial_park; 廉租住房 / 棚户区改造 housing_project; 防洪治理 / 除险加固 engineering_work; 供水 / 道路 works
  infrastructure_project. ``高标准农田`` as a generic task is none; ``一四三团高标准农田建设项目`` (named with its 团) is one.
- Places: one line per name per file, as written; DECIDED HERE kinds ``division_city`` (a 师市 written as such: 八师石河子市),
  ``bingtuan_regiment`` (一四三团, 十团) and ``bingtuan_company`` (三连, 七连), ``special_district`` (六枝特区, 万山特区). A
  newspaper dateline place (``本报石河子1月10日讯``) counts; site lines, mastheads, 来源 lines, footers, related-article lists
  and 上一篇 / 下一篇 are not annotated; bare ``师市``, ``特区``, ``地区`` are no places.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

S8, D8, SHZ = "第八师石河子市", "第八师", "石河子市"
S1, D1, ALE = "第一师阿拉尔市", "第一师", "阿拉尔市"
T143, T121 = S8 + "一四三团", S8 + "一二一团"
T10, T12 = S1 + "十团", S1 + "十二团"
LZ, WST, WSQ = "六枝特区", "万山特区", "万山区"
MNS, NY = "玛纳斯县", "纳雍县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "bt01_shihezi.txt": (2022, "发布时间：2022-05-19 18:42:10", S8, [
        ("戴振邦在一四三团调研春季田管和高标准农田建设工作", "5月18日", "2022-05-18", "5月18日，师市党委书记",
         "师市 portal: the 师市党委书记、政委's 调研 in 一四三团 (团党委书记、政委; 团长; 三连党支部书记、指导员); 副师长, 副市长, 师市 department")]),
    "bt02_shihezi.txt": (2024, "2024年1月11日　星期四", S8, [
        ("八师石河子市党委召开经济工作会议", "1月10日", "2024-01-10", "本报石河子1月10日讯",
         "兵团日报 第02版: 师市党委 经济工作会议; 师长、市长 主持; 卜文灏 now 副师长, 蔺振宇 now 一四三团政委; 石河子市 人大 / 政协")]),
    "bt03_alaer.txt": (2022, "发布时间：2022-09-21 19:05", S1, [
        ("祁永昌到十团调研秋收和棉花收购加工工作", "9月20日", "2022-09-20", "9月20日，师市党委副书记",
         "师市 portal: the 师长、市长's 调研 in 十团 (团党委书记、政委; 团长 杨国栋#1; 七连)")]),
    "bt04_alaer.txt": (2024, "2024-06-05 20:16", S1, [
        ("师市召开“三夏”生产暨防汛工作推进会", "6月4日", "2024-06-04", "6月4日，师市召开",
         "师市 融媒 page: 推进会; 政委 讲话, 师长、市长 主持; 杨国栋#1 now 十团党委书记、政委")]),
    "bt05_manasi.txt": (2023, "发布时间：2023-04-13 12:30", MNS, [
        ("玛纳斯县与八师石河子市召开兵地融合发展联席会议", "4月12日", "2023-04-12", "4月12日，玛纳斯县与",
         "ordinary county site: 兵地融合 联席会议; 县委书记 主持; the 八师 副师长; 县长 贺晓岚 (a 石河子 副市长 in 2022)")]),
    "bt06_liuzhi.txt": (2021, "发布时间：2021-07-08 17:35", LZ, [
        ("鲁文斌到郎岱镇、落别乡调研文旅融合和乡村振兴工作", "7月7日", "2021-07-07", "7月7日，特区党委书记",
         "特区 government site: 特区党委书记's 调研; 特区党委常委、副区长; 特区政协副主席、局长; town secretaries")]),
    "bt07_liuzhi.txt": (2024, "2024年03月22日　星期五", LZ, [
        ("龙泽昊到六枝特区调研文旅项目建设和旅发大会筹备工作", "3月21日", "2024-03-21", "本报讯（记者 吴思彤）3月21日",
         "city paper: 市委常委、副市长's 调研 in 六枝特区; 特区党委书记; 罗晓蔓 now 特区党委副书记、政府区长")]),
    "bt08_wanshan.txt": (2010, "发布时间：2010-4-16 9:21:33", WST, [
        ("地区检查组到我特区检查资源枯竭型城市转型和安全生产工作", "4月15日", "2010-04-15", "4月15日，地区行署副专员",
         "万山特区 site (2010, 铜仁地区): 行署副专员's 检查; 特区党委副书记、区长; 汇报会 with the 特区党委书记")]),
    "bt09_wanshan.txt": (2014, "2014年8月28日　星期四", WSQ, [
        ("万山区召开转型发展重点项目推进会", "8月27日", "2014-08-27", "本报讯（记者 胡晓东",
         "city paper (2014): 万山区 (no longer 特区) 推进会; 姚建勋 now 区委书记, 杨秀英 常务副区长")]),
    "bt10_nayong.txt": (2023, "发布时间：2023-11-17 10:12", NY, [
        ("陈立章调研煤矿安全生产和冬季森林防火工作", "11月16日", "2023-11-16", "11月16日，县委书记",
         "ordinary county site (neighbour of 六枝): 县委书记's 调研; 县委常委、副县长 杨国栋#2")]),
}

_B01_D = "师市党委书记、政委戴振邦深入一四三团"
_B02_P = "师市党委副书记、师长、市长庞鹤年主持会议"
_B03_Q = "师市党委副书记、师长、市长祁永昌到十团调研"
_B04_Q = "师市党委副书记、师长、市长祁永昌主持会议"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 第八师石河子市
    "bt:戴振邦": ("戴振邦", "official", S8, [
        ("bt01", S8 + "委", "书记", _B01_D, "2022-05; DECIDED HERE: 师市党委 → 第八师石河子市委"),
        ("bt01", D8, "政委", _B01_D, "DECIDED HERE: 政委 is a post of the 师 (第八师)"),
        ("bt02", S8 + "委", "书记", "师市党委书记、政委戴振邦出席会议并讲话", "2024-01: the same posts"),
        ("bt02", D8, "政委", "师市党委书记、政委戴振邦出席会议并讲话", None)], []),
    "bt:洪立军": ("洪立军", "official", S8, [
        ("bt01", S8 + "委", "常委", "师市党委常委、副师长洪立军", "2022-05"),
        ("bt01", D8, "副师长", "师市党委常委、副师长洪立军", None),
        ("bt05", S8 + "委", "常委", "八师石河子市党委常委、副师长洪立军", "2023-04, on the 玛纳斯县 site; 八师 → 第八师"),
        ("bt05", D8, "副师长", "八师石河子市党委常委、副师长洪立军", None)], []),
    "bt:贺晓岚": ("贺晓岚", "official", SHZ, [
        ("bt01", SHZ + "政府", "副市长", "副市长贺晓岚", "2022-05: bare 副市长 on the 师市 portal = 石河子市's (identity case: 玛纳斯县长 in 2023, bt05)"),
        ("bt05", MNS + "委", "副书记", "县委副书记、县长贺晓岚", "2023-04: moved from the 师市 to the neighbouring county"),
        ("bt05", MNS + "政府", "县长", "县委副书记、县长贺晓岚", None)], []),
    "bt:阎国庆": ("阎国庆", "official", S8, [
        ("bt01", S8 + "农业农村局", "局长", "师市农业农村局局长阎国庆", "DECIDED HERE: 师市 departments take the 师市 label")], []),
    "bt:苟春梅": ("苟春梅", "official", T143, [
        ("bt01", T143 + "三连党支部", "书记", "三连党支部书记、指导员苟春梅", "DECIDED HERE: a named 连 as a named village"),
        ("bt01", T143 + "三连", "指导员", "三连党支部书记、指导员苟春梅", None)], []),
    "bt:蔺振宇": ("蔺振宇", "official", T143, [
        ("bt01", T143 + "党委", "副书记", "团党委副书记、团长蔺振宇", "2022-05: bare 团党委 in a paragraph on 一四三团 (identity case: 政委 in 2024, bt02)"),
        ("bt01", T143, "团长", "团党委副书记、团长蔺振宇", "DECIDED HERE: 团长 is a post of the 团"),
        ("bt02", T143 + "党委", "书记", "一四三团党委书记、政委蔺振宇", "2024-01: now 书记、政委"),
        ("bt02", T143, "政委", "一四三团党委书记、政委蔺振宇", None)], []),
    "bt:卜文灏": ("卜文灏", "official", S8, [
        ("bt01", T143 + "党委", "书记", "一四三团党委书记、政委卜文灏", "2022-05 (identity case: 副师长 in 2024, bt02)"),
        ("bt01", T143, "政委", "一四三团党委书记、政委卜文灏", None),
        ("bt02", S8 + "委", "常委", "师市党委常委、副师长卜文灏", "2024-01: promoted to the 师市"),
        ("bt02", D8, "副师长", "师市党委常委、副师长卜文灏", None)], []),
    "bt:庞鹤年": ("庞鹤年", "official", S8, [
        ("bt02", S8 + "委", "副书记", _B02_P, "DECIDED HERE: 师长、市长 gives the 师 and the 市政府"),
        ("bt02", D8, "师长", _B02_P, None),
        ("bt02", SHZ + "政府", "市长", _B02_P, None)], []),
    "bt:桑建华": ("桑建华", "official", T121, [
        ("bt02", T121 + "党委", "书记", "一二一团党委书记、政委桑建华", None),
        ("bt02", T121, "政委", "一二一团党委书记、政委桑建华", None)], []),
    "bt:聂万祥": ("聂万祥", "official", SHZ, [
        ("bt02", SHZ + "人大常委会", "主任", "石河子市人大常委会主任聂万祥", "the city's 人大 (the 师 has none)")], []),
    "bt:阚玉霞": ("阚玉霞", "official", SHZ, [
        ("bt02", SHZ + "政协", "主席", "石河子市政协主席阚玉霞", None)], []),
    # ---- 第一师阿拉尔市
    "bt:祁永昌": ("祁永昌", "official", S1, [
        ("bt03", S1 + "委", "副书记", _B03_Q, "2022-09"),
        ("bt03", D1, "师长", _B03_Q, None),
        ("bt03", ALE + "政府", "市长", _B03_Q, None),
        ("bt04", S1 + "委", "副书记", _B04_Q, "2024-06: the same posts"),
        ("bt04", D1, "师长", _B04_Q, None),
        ("bt04", ALE + "政府", "市长", _B04_Q, None)], []),
    "bt:喻少华": ("喻少华", "official", S1, [
        ("bt03", S1 + "委", "常委", "师市党委常委、副师长喻少华，师市水利局", "2022-09"),
        ("bt03", D1, "副师长", "师市党委常委、副师长喻少华，师市水利局", None),
        ("bt04", S1 + "委", "常委", "师市党委常委、副师长喻少华通报了", "2024-06"),
        ("bt04", D1, "副师长", "师市党委常委、副师长喻少华通报了", None)], []),
    "bt:詹丽芸": ("詹丽芸", "official", S1, [
        ("bt03", S1 + "水利局", "局长", "师市水利局局长詹丽芸", None)], []),
    "bt:甘雪峰": ("甘雪峰", "official", T10, [
        ("bt03", T10 + "七连党支部", "书记", "七连党支部书记、指导员甘雪峰", "在十团七连"),
        ("bt03", T10 + "七连", "指导员", "七连党支部书记、指导员甘雪峰", None)], []),
    "bt:杨国栋#1": ("杨国栋", "official", T10, [
        ("bt03", T10 + "党委", "副书记", "十团党委副书记、团长杨国栋", "第一师阿拉尔市 (新疆), 2022-09; not the 杨国栋 of 纳雍县 (bt10)"),
        ("bt03", T10, "团长", "十团党委副书记、团长杨国栋", None),
        ("bt04", T10 + "党委", "书记", "十团党委书记、政委杨国栋", "2024-06: now 书记、政委"),
        ("bt04", T10, "政委", "十团党委书记、政委杨国栋", None)], []),
    "bt:冉德明": ("冉德明", "official", T10, [
        ("bt03", T10 + "党委", "书记", "十团党委书记、政委冉德明", None),
        ("bt03", T10, "政委", "十团党委书记、政委冉德明", None)], []),
    "bt:覃立骁": ("覃立骁", "official", S1, [
        ("bt04", S1 + "委", "书记", "师市党委书记、政委覃立骁", None),
        ("bt04", D1, "政委", "师市党委书记、政委覃立骁", None)], []),
    "bt:韩振东": ("韩振东", "official", ALE, [
        ("bt04", ALE + "政府", "副市长", "副市长韩振东", "bare 副市长 on the 一师阿拉尔市 page = 阿拉尔市's")], []),
    "bt:阿不都热西提·吐尔逊": ("阿不都热西提·吐尔逊", "official", T12, [
        ("bt04", T12 + "党委", "副书记", "十二团党委副书记、团长阿不都热西提·吐尔逊", None),
        ("bt04", T12, "团长", "十二团党委副书记、团长阿不都热西提·吐尔逊", None)], []),
    # ---- 玛纳斯县
    "bt:谭卫国": ("谭卫国", "official", MNS, [
        ("bt05", MNS + "委", "书记", "县委书记谭卫国主持会议", None)], []),
    "bt:岳晓燕": ("岳晓燕", "official", MNS, [
        ("bt05", MNS + "委", "常委", "县委常委、副县长岳晓燕", None),
        ("bt05", MNS + "政府", "副县长", "县委常委、副县长岳晓燕", None)], []),
    "bt:哈那提·沙吾提": ("哈那提·沙吾提", "official", MNS, [
        ("bt05", MNS + "发展和改革委员会", "主任", "县发展和改革委员会主任哈那提·沙吾提", "department as written")], []),
    # ---- 六枝特区
    "bt:鲁文斌": ("鲁文斌", "official", LZ, [
        ("bt06", LZ + "委", "书记", "特区党委书记鲁文斌到郎岱镇", "DECIDED HERE: 特区党委 → 六枝特区委")], []),
    "bt:罗晓蔓": ("罗晓蔓", "official", LZ, [
        ("bt06", LZ + "委", "常委", "特区党委常委、副区长罗晓蔓", "2021-07 (identity case: 区长 in 2024, bt07)"),
        ("bt06", LZ + "政府", "副区长", "特区党委常委、副区长罗晓蔓", None),
        ("bt07", LZ + "委", "副书记", "特区党委副书记、政府区长罗晓蔓", "2024-03: now 副书记、区长"),
        ("bt07", LZ + "政府", "区长", "特区党委副书记、政府区长罗晓蔓", "政府区长: 政府 is the organ, 区长 the title")], []),
    "bt:赵雯静": ("赵雯静", "official", LZ, [
        ("bt06", LZ + "政协", "副主席", "特区政协副主席、文体广电旅游局局长赵雯静", None),
        ("bt06", LZ + "文体广电旅游局", "局长", "特区政协副主席、文体广电旅游局局长赵雯静", "the 局 after 特区政协副主席 is the 特区's")], []),
    "bt:陆光荣": ("陆光荣", "official", LZ, [
        ("bt06", LZ + "郎岱镇党委", "书记", "郎岱镇党委书记陆光荣", None)], []),
    "bt:韦金凤": ("韦金凤", "official", LZ, [
        ("bt06", LZ + "落别乡党委", "书记", "落别乡党委书记韦金凤", "DECIDED HERE: the 民族乡 as written in the chain")], []),
    "bt:龙泽昊": ("龙泽昊", "official", "六盘水市", [
        ("bt07", "六盘水市委", "常委", "市委常委、副市长龙泽昊", "bare 市委 in the 六盘水日报"),
        ("bt07", "六盘水市政府", "副市长", "市委常委、副市长龙泽昊", None)], []),
    "bt:石海波": ("石海波", "official", "六盘水市", [
        ("bt07", "六盘水市文体广电旅游局", "局长", "市文体广电旅游局局长石海波", None)], []),
    "bt:谢明远": ("谢明远", "official", LZ, [
        ("bt07", LZ + "委", "书记", "六枝特区党委书记谢明远", "succeeds 鲁文斌")], []),
    "bt:熊志刚": ("熊志刚", "official", LZ, [
        ("bt07", LZ + "牂牁镇党委", "书记", "在牂牁镇，镇党委书记熊志刚", None)], []),
    # ---- 万山
    "bt:蒲德昌": ("蒲德昌", "official", "铜仁地区", [
        ("bt08", "铜仁地区行政公署", "副专员", "地区行署副专员蒲德昌", "2010: bare 地区行署 on the 万山特区 site = 铜仁地区 (as part bs)")], []),
    "bt:姚建勋": ("姚建勋", "official", WST, [
        ("bt08", WST + "委", "副书记", "特区党委副书记、区长姚建勋", "2010-04 (identity case: 万山区委书记 in 2014, bt09)"),
        ("bt08", WST + "政府", "区长", "特区党委副书记、区长姚建勋", "the 特区's 区长"),
        ("bt09", WSQ + "委", "书记", "区委书记姚建勋", "2014-08: 万山区 (no longer 特区)")], []),
    "bt:杨秀英": ("杨秀英", "official", WST, [
        ("bt08", WST + "委", "常委", "特区党委常委、副区长杨秀英", "2010-04"),
        ("bt08", WST + "政府", "副区长", "特区党委常委、副区长杨秀英", None),
        ("bt09", WSQ + "委", "常委", "区委常委、常务副区长杨秀英", "2014-08"),
        ("bt09", WSQ + "政府", "常务副区长", "区委常委、常务副区长杨秀英", None)], []),
    "bt:田仕森": ("田仕森", "official", WST, [
        ("bt08", WST + "委", "书记", "特区党委书记田仕森", None)], []),
    "bt:吴天翔": ("吴天翔", "official", WSQ, [
        ("bt09", WSQ + "委", "副书记", "区委副书记、区长吴天翔", None),
        ("bt09", WSQ + "政府", "区长", "区委副书记、区长吴天翔", None)], []),
    # ---- 纳雍县
    "bt:陈立章": ("陈立章", "official", NY, [
        ("bt10", NY + "委", "书记", "县委书记陈立章到张家湾镇", "named in the headline too")], []),
    "bt:杨国栋#2": ("杨国栋", "official", NY, [
        ("bt10", NY + "委", "常委", "县委常委、副县长杨国栋", "纳雍县 (贵州); not the 杨国栋 of 十团 (新疆, bt03 / bt04)"),
        ("bt10", NY + "政府", "副县长", "县委常委、副县长杨国栋", None)], []),
    "bt:卯光明": ("卯光明", "official", NY, [
        ("bt10", NY + "能源局", "局长", "县能源局局长卯光明", None)], []),
    "bt:龙春艳": ("龙春艳", "official", NY, [
        ("bt10", NY + "张家湾镇党委", "书记", "镇党委书记龙春艳", "在张家湾镇")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("bt01", "沈雨萱", "责任编辑", "editor", "责任编辑：沈雨萱"),
    ("bt02", "栗娜", "记者", "reporter", "（记者 栗娜 通讯员 艾山江）"),
    ("bt02", "艾山江", "通讯员", "correspondent", "（记者 栗娜 通讯员 艾山江）"),
    ("bt02", "韩冬梅", "责任编辑", "editor", "责任编辑：韩冬梅"),
    ("bt03", "马晓娟", "责任编辑", "editor", "责任编辑：马晓娟"),
    ("bt04", "朱雅彤", "作者", "author", "作者：朱雅彤"),
    ("bt04", "李静怡", "编辑", "editor", "编辑：李静怡"),
    ("bt04", "周旭", "审核", "editor", "审核：周旭"),
    ("bt05", "潘家骏", "编辑", "editor", "编辑：潘家骏"),
    ("bt05", "张丽娜", "审核", "editor", "审核：张丽娜"),
    ("bt06", "代文静", "编辑", "editor", "编辑：代文静"),
    ("bt06", "罗永斌", "审核", "editor", "审核：罗永斌"),
    ("bt07", "吴思彤", "记者", "reporter", "本报讯（记者 吴思彤）"),
    ("bt07", "刘晓庆", "责任编辑", "editor", "责任编辑：刘晓庆"),
    ("bt09", "胡晓东", "记者", "reporter", "本报讯（记者 胡晓东 通讯员 杨冬梅）"),
    ("bt09", "杨冬梅", "通讯员", "correspondent", "本报讯（记者 胡晓东 通讯员 杨冬梅）"),
    ("bt09", "田甜", "责任编辑", "editor", "责任编辑：田甜"),
    ("bt10", "徐婷婷", "编辑", "editor", "编辑：徐婷婷"),
    ("bt10", "王德坤", "审核", "editor", "审核：王德坤"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("bt01", "一四三团春季田间管理和高标准农田建设调研", "inspection (调研)", "5月18日", None, "戴振邦", [],
     ["洪立军", "贺晓岚", "阎国庆"], ["苟春梅", "蔺振宇", "卜文灏", "戴振邦", "洪立军", "阎国庆", "贺晓岚"], "一四三团",
     "师市党委书记、政委戴振邦深入一四三团，调研春季田间管理和高标准农田建设工作",
     ["政委戴振邦深入一四三团", "师市农业农村局局长阎国庆陪同调研", "指导员苟春梅介绍了", "团长蔺振宇介绍了",
      "政委卜文灏汇报了", "戴振邦指出", "洪立军要求", "阎国庆表示", "贺晓岚就冷链物流中心项目用地和配套资金保障作了安排"]),
    ("bt02", "八师石河子市党委经济工作会议", "meeting (经济工作会议)", "1月10日", "庞鹤年", None, [S8 + "委"],
     ["戴振邦", "聂万祥", "阚玉霞"], ["戴振邦", "卜文灏", "蔺振宇", "桑建华"], None,
     "1月10日，八师石河子市党委召开经济工作会议",
     [_B02_P, "政委戴振邦出席会议并讲话", "戴振邦强调", "卜文灏就农业农村和团场改革工作作了具体安排",
      "政委桑建华作交流发言", "石河子市人大常委会主任聂万祥，石河子市政协主席阚玉霞"]),
    ("bt03", "十团秋收和棉花收购加工调研", "inspection (调研)", "9月20日", None, "祁永昌", [],
     ["喻少华", "詹丽芸"], ["甘雪峰", "杨国栋", "詹丽芸", "祁永昌", "冉德明", "喻少华"], "十团",
     "师市党委副书记、师长、市长祁永昌到十团调研秋收进度和棉花收购加工工作",
     [_B03_Q, "局长詹丽芸陪同调研", "指导员甘雪峰介绍了", "团长杨国栋汇报了", "詹丽芸介绍了", "祁永昌指出", "政委冉德明表示", "喻少华要求"]),
    ("bt04", "“三夏”生产暨防汛工作推进会", "meeting (推进会)", "6月4日", "祁永昌", None, [S1],
     ["覃立骁"], ["喻少华", "韩振东", "杨国栋", "阿不都热西提·吐尔逊", "覃立骁", "祁永昌"], None,
     "6月4日，师市召开“三夏”生产暨防汛工作推进会",
     [_B04_Q, "政委覃立骁出席会议并讲话", "副师长喻少华通报了", "副市长韩振东就塔里木河阿拉尔段防洪治理工程",
      "团长阿不都热西提·吐尔逊作交流发言", "覃立骁强调", "祁永昌要求"]),
    ("bt05", "玛纳斯县与八师石河子市兵地融合发展联席会议", "meeting (联席会议)", "4月12日", "谭卫国", None, [MNS, S8],
     ["洪立军", "贺晓岚"], ["岳晓燕", "哈那提·沙吾提", "洪立军", "贺晓岚", "谭卫国"], MNS,
     "4月12日，玛纳斯县与八师石河子市兵地融合发展联席会议在玛纳斯县召开",
     ["县委书记谭卫国主持会议", "县长贺晓岚出席会议并讲话", "副县长岳晓燕通报了", "主任哈那提·沙吾提介绍了", "洪立军表示",
      "贺晓岚表示", "谭卫国强调"]),
    ("bt06", "郎岱镇、落别乡文旅融合和乡村振兴调研", "inspection (调研)", "7月7日", None, "鲁文斌", [],
     ["罗晓蔓", "赵雯静"], ["陆光荣", "韦金凤", "鲁文斌", "罗晓蔓", "赵雯静"], "郎岱镇、落别布依族彝族乡",
     "特区党委书记鲁文斌到郎岱镇、落别布依族彝族乡调研文旅融合和乡村振兴工作",
     ["特区党委书记鲁文斌到郎岱镇", "局长赵雯静陪同调研", "陆光荣汇报了", "韦金凤介绍了", "鲁文斌强调", "罗晓蔓要求", "赵雯静表示"]),
    ("bt07", "六枝特区文旅项目建设和旅发大会筹备调研", "inspection (调研)", "3月21日", None, "龙泽昊", [],
     ["石海波", "谢明远", "罗晓蔓"], ["熊志刚", "罗晓蔓", "龙泽昊", "谢明远"], LZ,
     "市委常委、副市长龙泽昊到六枝特区调研文旅项目建设和旅游产业发展大会筹备工作",
     ["副市长龙泽昊到六枝特区调研", "政府区长罗晓蔓陪同调研", "熊志刚介绍了", "罗晓蔓汇报了", "龙泽昊指出", "谢明远表示"]),
    ("bt08", "资源枯竭型城市转型和安全生产检查", "inspection (检查)", "4月15日", None, "蒲德昌", ["铜仁地区行政公署"],
     ["姚建勋", "杨秀英"], [], WST,
     "地区行署副专员蒲德昌带领地区检查组到我特区，检查资源枯竭型城市转型项目推进和安全生产工作",
     ["副专员蒲德昌带领地区检查组到我特区", "副区长杨秀英陪同检查"]),
    ("bt08", "汇报会", "meeting (汇报会)", "4月15日", None, None, [],
     [], ["田仕森", "姚建勋", "杨秀英", "蒲德昌"], WST,
     "在随后召开的汇报会上，特区党委书记田仕森汇报了",
     ["特区党委书记田仕森汇报了", "姚建勋就转型项目资金使用和安全生产专项整治作了汇报", "杨秀英介绍了", "蒲德昌指出", "田仕森表示"]),
    ("bt09", "转型发展重点项目推进会", "meeting (推进会)", "8月27日", "吴天翔", None, [WSQ],
     ["姚建勋"], ["杨秀英", "姚建勋", "吴天翔"], None,
     "8月27日，万山区召开转型发展重点项目推进会",
     ["区委书记姚建勋出席会议并讲话", "区长吴天翔主持会议", "常务副区长杨秀英通报了", "姚建勋强调", "吴天翔要求"]),
    ("bt10", "煤矿安全生产和冬季森林防火调研", "inspection (调研)", "11月16日", None, "陈立章", [],
     ["杨国栋", "卯光明"], ["龙春艳", "卯光明", "陈立章", "杨国栋"], "张家湾镇、阳长镇",
     "县委书记陈立章到张家湾镇、阳长镇调研煤矿安全生产和冬季森林防火工作",
     ["县委书记陈立章到张家湾镇", "局长卯光明陪同调研", "龙春艳汇报了", "卯光明介绍了", "陈立章强调", "杨国栋要求"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("bt01", "一四三团高标准农田建设项目", "project", "一四三团高标准农田建设项目区"),
    ("bt01", "一四三团蟠桃冷链物流中心建设项目", "logistics_hub", "一四三团蟠桃冷链物流中心建设项目现场"),
    ("bt02", "天盛硅基新材料一体化项目", "project", "天盛硅基新材料一体化项目、石河子经开区"),
    ("bt02", "石河子经开区绿色化工循环产业园", "industrial_park", "石河子经开区绿色化工循环产业园等一批重大项目建成投产"),
    ("bt03", "十团棉花加工厂智能化改造项目", "project", "十团棉花加工厂智能化改造项目和"),
    ("bt03", "十团节水灌溉首部提升改造项目", "project", "十团节水灌溉首部提升改造项目现场"),
    ("bt04", "塔里木河阿拉尔段防洪治理工程", "engineering_work", "塔里木河阿拉尔段防洪治理工程和胜利水库除险加固工程"),
    ("bt04", "胜利水库除险加固工程", "engineering_work", "塔里木河阿拉尔段防洪治理工程和胜利水库除险加固工程"),
    ("bt05", "玛纳斯河流域兵地供水一体化工程", "infrastructure_project", "玛纳斯河流域兵地供水一体化工程和"),
    ("bt05", "乐土驿镇至包家店镇道路改建工程", "infrastructure_project", "乐土驿镇至包家店镇道路改建工程前期工作进展"),
    ("bt06", "郎岱古镇保护性修缮项目", "project", "郎岱古镇保护性修缮项目施工现场"),
    ("bt06", "落别樱桃产业示范园", "industrial_park", "落别樱桃产业示范园和三丈水景区提升工程"),
    ("bt06", "三丈水景区提升工程", "project", "落别樱桃产业示范园和三丈水景区提升工程"),
    ("bt07", "牂牁江滨湖度假区提升工程", "project", "牂牁江滨湖度假区提升工程和"),
    ("bt07", "六枝“三线”文化产业园", "industrial_park", "六枝“三线”文化产业园，实地察看"),
    ("bt08", "万山汞矿工业遗址保护利用项目", "project", "万山汞矿工业遗址保护利用项目、万山镇"),
    ("bt08", "万山镇廉租住房建设项目", "housing_project", "万山镇廉租住房建设项目和"),
    ("bt08", "敖寨侗族乡生态茶园建设项目", "project", "敖寨侗族乡生态茶园建设项目现场"),
    ("bt09", "万山汞矿工业遗址保护利用项目二期", "project", "万山汞矿工业遗址保护利用项目二期"),
    ("bt09", "谢桥新区棚户区改造项目", "housing_project", "谢桥新区棚户区改造项目和"),
    ("bt09", "茶店蔬菜产业园", "industrial_park", "茶店蔬菜产业园等32个重点项目"),
    ("bt10", "纳雍县煤矿应急救援基地建设项目", "project", "纳雍县煤矿应急救援基地建设项目现场"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("bt01", "一四三团", "bingtuan_regiment", "standalone", "深入一四三团，调研春季田间管理"),
    ("bt01", "三连", "bingtuan_company", "standalone", "在三连，三连党支部书记"),
    ("bt02", "八师石河子市", "division_city", "standalone", "1月10日，八师石河子市党委召开经济工作会议"),
    ("bt02", "石河子", "county_level_city", "dateline", "本报石河子1月10日讯"),
    ("bt02", "石河子经开区", "development_zone", "in_project_name", "石河子经开区绿色化工循环产业园等一批重大项目建成投产"),
    ("bt02", "一四三团", "bingtuan_regiment", "in_org_reference", "一四三团党委书记、政委蔺振宇"),
    ("bt02", "一二一团", "bingtuan_regiment", "in_org_reference", "一二一团党委书记、政委桑建华"),
    ("bt02", "石河子市", "county_level_city", "in_org_reference", "石河子市人大常委会主任聂万祥"),
    ("bt03", "十团", "bingtuan_regiment", "standalone", "到十团调研秋收进度"),
    ("bt03", "七连", "bingtuan_company", "standalone", "在十团七连，祁永昌走进职工棉田"),
    ("bt03", "塔里木河", "river", "standalone", "塔里木河沿线团场冬灌用水"),
    ("bt04", "塔里木河", "river", "standalone", "今年塔里木河流域来水偏丰"),
    ("bt04", "阿拉尔", "county_level_city", "in_project_name", "塔里木河阿拉尔段防洪治理工程"),
    ("bt04", "胜利水库", "reservoir", "in_project_name", "胜利水库除险加固工程汛前收尾"),
    ("bt04", "十团", "bingtuan_regiment", "in_org_reference", "十团党委书记、政委杨国栋"),
    ("bt04", "十二团", "bingtuan_regiment", "in_org_reference", "十二团党委副书记、团长阿不都热西提·吐尔逊"),
    ("bt05", "玛纳斯县", "county", "standalone", "兵地融合发展联席会议在玛纳斯县召开"),
    ("bt05", "八师石河子市", "division_city", "standalone", "4月12日，玛纳斯县与八师石河子市兵地融合发展联席会议"),
    ("bt05", "玛纳斯河", "river", "in_project_name", "玛纳斯河流域兵地供水一体化工程和"),
    ("bt05", "乐土驿镇", "town", "in_project_name", "乐土驿镇至包家店镇道路改建工程前期工作进展"),
    ("bt05", "包家店镇", "town", "in_project_name", "乐土驿镇至包家店镇道路改建工程前期工作进展"),
    ("bt06", "郎岱镇", "town", "standalone", "特区党委书记鲁文斌到郎岱镇、落别布依族彝族乡调研"),
    ("bt06", "落别布依族彝族乡", "township", "standalone", "特区党委书记鲁文斌到郎岱镇、落别布依族彝族乡调研"),
    ("bt06", "落别乡", "township", "standalone", "在落别乡，鲁文斌先后来到"),
    ("bt06", "郎岱古镇", "ancient_town", "in_project_name", "郎岱古镇保护性修缮项目施工现场"),
    ("bt06", "三丈水", "scenic_area", "in_project_name", "落别樱桃产业示范园和三丈水景区提升工程"),
    ("bt07", "六枝特区", "special_district", "standalone", "副市长龙泽昊到六枝特区调研"),
    ("bt07", "郎岱古镇", "ancient_town", "standalone", "先后来到郎岱古镇、牂牁江滨湖度假区提升工程"),
    ("bt07", "牂牁江", "river", "in_project_name", "牂牁江滨湖度假区提升工程和"),
    ("bt07", "牂牁镇", "town", "standalone", "在牂牁镇，镇党委书记熊志刚"),
    ("bt07", "六枝", "special_district", "in_project_name", "六枝“三线”文化产业园，实地察看"),
    ("bt08", "万山特区", "special_district", "standalone", "万山特区为国家建设作出过重要贡献"),
    ("bt08", "万山汞矿", "mine", "in_project_name", "万山汞矿工业遗址保护利用项目、万山镇"),
    ("bt08", "万山镇", "town", "in_project_name", "万山镇廉租住房建设项目和"),
    ("bt08", "敖寨侗族乡", "township", "in_project_name", "敖寨侗族乡生态茶园建设项目现场"),
    ("bt09", "万山区", "district", "standalone", "8月27日，万山区召开转型发展重点项目推进会"),
    ("bt09", "万山汞矿", "mine", "in_project_name", "万山汞矿工业遗址保护利用项目二期"),
    ("bt09", "谢桥新区", "area", "in_project_name", "谢桥新区棚户区改造项目和"),
    ("bt09", "茶店", "town", "in_project_name", "茶店蔬菜产业园等32个重点项目"),
    ("bt09", "谢桥街道", "sub_district_office", "standalone", "谢桥街道、茶店街道、万山镇等单位作表态发言"),
    ("bt09", "茶店街道", "sub_district_office", "standalone", "谢桥街道、茶店街道、万山镇等单位作表态发言"),
    ("bt09", "万山镇", "town", "standalone", "谢桥街道、茶店街道、万山镇等单位作表态发言"),
    ("bt10", "张家湾镇", "town", "standalone", "县委书记陈立章到张家湾镇、阳长镇调研"),
    ("bt10", "阳长镇", "town", "standalone", "县委书记陈立章到张家湾镇、阳长镇调研"),
    ("bt10", "纳雍", "county", "standalone", "煤炭是纳雍的支柱产业"),
    ("bt10", "纳雍县", "county", "in_project_name", "纳雍县煤矿应急救援基地建设项目现场"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="bt", conventions="set bt (blind set: unusual county-level structures: the 新疆生产建设兵团's 师市合一 (第八师石河子市 with 一四三团 / 一二一团; 第一师阿拉尔市 with 十团 / 十二团) and 贵州's 特区 (六枝特区; 万山特区, a 区 since 2011), with the ordinary neighbouring counties 玛纳斯县 and 纳雍县: 师市党委 → X师Y市委 (书记, 副书记, 常委); 政委 / 师长 / 副师长 → 第X师; 市长 / 副市长 → Y市政府, 人大 / 政协 → Y市's; 师市 departments → X师Y市 + department; a 团 = 师市 label + 团 name (党委 kept; 政委 / 团长 posts of the 团); a named 连 as a named village; 特区党委 → X特区委, 区长 / 副区长 → X特区政府; 万山 labelled by its name at the page's date; one line per post per article)",
          persons_note="Set bt persons. id = corpus-wide person_id (bt:杨国栋#1 of 第一师阿拉尔市十团 (新疆) and bt:杨国栋#2 of 纳雍县 (贵州) are two people; bt:卜文灏 一四三团政委 2022 → 八师 副师长 2024; bt:蔺振宇 一四三团团长 2022 → 政委 2024; bt:贺晓岚 石河子市副市长 2022 → 玛纳斯县长 2023; bt:杨国栋#1 十团团长 2022 → 政委 2024; bt:罗晓蔓 六枝特区副区长 2021 → 区长 2024; bt:姚建勋 万山特区区长 2010 → 万山区委书记 2014; bt:杨秀英 万山特区副区长 2010 → 万山区常务副区长 2014)")


if __name__ == "__main__":
    main()
