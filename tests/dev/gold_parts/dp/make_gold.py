"""Write gold part ``dp`` (a blind set: 新闻发布会 pages of county-level and city 政府新闻办, with 新闻发言人, 记者提问 / 答
blocks, a 文字实录, a 政策解读 page and an 在线访谈 transcript) from the tables below.

Pages ``tests/dev/texts/dp*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: the 华池县 site's 华池要闻 page of a 庆阳 专场新闻发布会 (``手机版 | 繁體版 |
无障碍版``, ``您的位置: 首页 >政务动态>华池要闻>详细内容``, ``来源: 发布时间:2021-06-10 15:40:36 浏览次数: 【字体:``,
``市委副书记、市长…作主题发布…与市委常委、市委宣传部部长…一同回答现场记者提问``, ``终审:``); the 每日甘肃网 发布实录 of a
金昌 专场 (``省委宣传部新闻发布处处长…主持``, a ``主持人：`` opening listing the 发布人); a 天水 paper's ``【本报讯】…省政府
新闻办在兰州举行新闻发布会…市委常委、副市长…出席新闻发布会，并就相关问题回答了记者提问。发布会由省政府新闻办副主任…主持``;
the 淮滨县 重点项目集中开工新闻发布会 (``县委常委、常务副县长…，县委常委、宣传部长…出席…主持了上午的发布会``); the 咸宁市政府
新闻办 notice of a 赏花季 发布会 (``新闻发布会主持人：… 市委宣传部四级调研员``, ``新闻发布人：… 市文化和旅游局党组书记、局长；…
咸安区人民政府副区长；… 通城县人民政府副县长``, 落款 ``咸宁市人民政府新闻办公室``); a 嘉兴 南湖区 专题新闻发布会 (departments'
新闻发言人 发布; ``浙ICP备`` footer); two 浙江在线 pages (``省委宣传部副部长、省政府新闻办主任…主持``; ``省环保厅副厅长、新闻发言人
卢春中`` — 新闻发言人 inside a title chain); the 湖北 《全民阅读促进办法》 发布会 (``通报并答记者问``); the 四川日报 report of a
``省委副秘书长、省委办公厅主任、省委新闻发言人…作主发布`` conference; the 北京 and 保定 pages on 新闻发言人 (``市政府副秘书长``,
``保定市政府新闻发言人、市政府秘书长``); a 部长通道 transcript (question labels ``中央广播电视总台记者：``, answer labels
``工业和信息化部部长 金壮龙：`` — title, space, name); the 中国政府网 在线访谈 transcript (``[主持人]`` / ``[周锡生]`` /
``[网友 …]`` labels with ``[01-09 17:27]`` time stamps); the 沧源, 石林 and 富民 政策解读 pages (``索引号``, ``主题分类: 政策解读``,
``发布机构``, ``发布日期``, 问答解读, the department head as ``第一解读人``). Places are real and new to the corpus as counties:
河北 沧州 (黄骅市, the 沧州日报), 湖北 咸宁 (通城县, the 市政府 site with 咸宁高新区), 广东 茂名 (高州市, 信宜市), 浙江 丽水 (遂昌县,
the 丽水日报 with 景宁畲族自治县), 甘肃 庆阳 (华池县), 四川 德阳 (什邡市).

Shapes: a county-level city's site with a narrative report, 新闻发言人 inside a chain and a ``【记者提问】沧州日报记者：… /
【答】郗振海：…`` block (dp01); the city paper's 第02版 with a two-line headline (dp02); a county site with a 相关链接 list
(dp03); the city site's 文字实录 (``发布会时间`` / ``发布会地点``, a ``主持人（title name）：`` label, bare and titled ``【答】``
labels) (dp04); a county-level city's site (dp05); a county-level city's 在线访谈 (``访谈嘉宾：市委副书记、市长 莫永康``, named
主持人, bracket labels with time stamps, a netizen's handle) (dp06); a county's 政策解读 page (索引号, 发布机构, 解读机关,
``解读人：…党组书记、局长 项建明``, 问： / 答：, no event) (dp07); the city paper with a 市政府新闻发言人 host and a 记者 /
通讯员 byline (dp08); the 华池 site shape of the real page (dp09); a county-level city's site whose host is ``市政府新闻发言人、
市政府办公室主任`` with plain ``记者提问：… / 答：昝立伟：…`` lines (dp10).

Identity cases:
- dp:佟志远 moves up: 黄骅市委副书记、市长 presenting the 港产城 projects in June 2022 (dp01); 沧州市 副市长 in the 沧州日报 in
  Sept 2024 (dp02: bare ``副市长`` in the city paper).
- dp:鲍启明 moves inside 黄骅: 黄骅市发展和改革局党组书记、局长 (dp01, 2022) → 黄骅市委常委、常务副市长 (dp02, 2024).
- dp:程卓然 moves from a county to a zone: 通城县委常委、副县长 (dp03, Apr 2021) → 咸宁高新区党工委副书记、管委会主任 (dp04,
  May 2024).
- dp:莫永康 moves between two county-level cities of 茂名: 高州市委常委、副市长 (dp05, May 2023) → 信宜市委副书记、市长, the
  在线访谈 guest (dp06, Mar 2025).
- dp:项建明 moves from a county to the city: 遂昌县文化和广电旅游体育局党组书记、局长 as 解读人 (dp07, Aug 2023) → 丽水市文化和
  广电旅游体育局党组成员、副局长 (dp08, June 2025).
- two different 罗文静 in unrelated places: dp:罗文静#1 is 通城县农业农村局局长 (湖北, dp03, 2021); dp:罗文静#2 is 华池县文体广电
  和旅游局局长 (甘肃, dp09, 2023). Same name, same ``县…局局长`` wording.
- one organ name in several places: the host chain ``县委宣传部副部长、县政府新闻办主任`` is 通城's (dp03) and 华池's (dp09);
  ``市委宣传部副部长、市政府新闻办主任`` is 黄骅's (dp01, a county-level city), 沧州's (dp02), 咸宁's (dp04) and 高州's (dp05);
  ``市政府新闻办`` organizes in six places; ``县委常委、副县长`` is 通城's (dp03) and, as ``遂昌县委常委、副县长``, 遂昌's (dp08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as parts as, bp, bs, ct where they speak; decided here where they are silent):
- As part as: the host chain ``市委宣传部副部长、市政府新闻办主任`` → X市委宣传部 副部长 + X市政府新闻办 主任 (人民政府 → 政府,
  新闻办 as written); bare 市 / 县 organs on a county-level city's or county's site are that place's (``市委副书记、市长`` on the
  黄骅 site → 黄骅市委 / 黄骅市政府; ``市农业农村局局长`` on the 高州 site → 高州市农业农村局); in a city paper they are the
  city's (沧州, 丽水). ``局党组书记、局长`` → 局党组 书记 + 局 局长; ``党组成员、副局长`` → 局党组 成员 + 局 副局长 (as z's 党组
  成员). A town's ``镇党委书记`` → county label + town + 党委 (黄骅市南排河镇党委, 通城县大坪乡党委). The zone: ``咸宁高新区党工委
  副书记、管委会主任`` → 咸宁高新区党工委 副书记 + 咸宁高新区管委会 主任; bare ``高新区管委会副主任`` after it → 咸宁高新区管委会.
- DECIDED HERE (新闻发言人, no earlier page had one): 新闻发言人 is a post of the organ the chain names for it, title
  ``新闻发言人``: ``市住房和城乡建设局副局长、新闻发言人齐海鸥`` → 黄骅市住房和城乡建设局 副局长 + 黄骅市住房和城乡建设局
  新闻发言人 (the title after ``、`` inherits the department, as a second title inherits its org); ``市政府副秘书长、市政府新闻
  发言人蓝俊峰`` → 丽水市政府 副秘书长 + 丽水市政府 新闻发言人; ``市政府新闻发言人、市政府办公室主任税永红`` → 什邡市政府 新闻
  发言人 + 什邡市政府办公室 主任. Reason: a 新闻发言人 is an appointed office held for an organ (国新办 publishes their 名录),
  not a generic label like 区领导 or 代表; it is kept as a post of that organ, as a rank is a post of its department.
- DECIDED HERE (Q&A blocks): question labels (``【记者提问】沧州日报记者：``, ``记者提问：德阳日报记者：``) name nobody and give
  nothing (media names are not places, as part as); answer labels with a bare name (``【答】郗振海：``, ``答：昝立伟：``,
  ``程卓然：``) give nothing; an answer label with a title (``【答】市经济和信息化局副局长 蒯立华：``) that repeats the host's
  introduction gives no second line (one line per post per article, part as). The answerers are speakers of the conference.
- As part as: a 新闻发布会 is an event typed ``press conference (新闻发布会)``; organizer = the 新闻办 that holds it (place +
  organ as written, 人民政府 → 政府); chair = the 主持人 (chair only); every 发布人 (作主题发布 / 出席发布会 / 发布有关情况 /
  介绍有关情况) is an attendee and a speaker. Activities the 发布人 announce (南梁红色文化旅游节, “520我爱荔” 营销活动) and
  aggregates of past activities (招聘活动36场) are not events.
- As part bp: the 在线访谈 (dp06) is no event; the guest's post comes from the ``访谈嘉宾：`` line (title, space, name), the
  headline's ``市长莫永康`` and the host's introduction repeat it (no second line); bracket labels, time stamps and forms of
  address (``莫市长``) give nothing; the named 主持人 is a reporters line (label 主持人, role host); the netizen's handle
  (``竹乡人``) is not a place.
- DECIDED HERE (政策解读, dp07): a 政策解读 page is no event; the ``解读人：`` line with a title chain gives holdings (title,
  space, name, as a 嘉宾 line), dated by the page's 发布日期; the 解读机关 / 发布机构 lines and departments named only as
  drafters (县财政局, 县农业农村局) name nobody; the document title gives its place (in_document_title, as part bs); the
  policy's generic support of ``民宿集聚区`` in two towns is no project (the named 集聚区 of dp08 are).
- One line per post per article; a headline repeat gives no second line.
- Bylines: 本报讯（记者 … 通讯员 …） give reporter / correspondent lines; 责任编辑 / 本版编辑 / 校对 / 审核 / 终审 are editors;
  ``（县政府新闻办）``, ``（黄骅市政府新闻办供稿）`` and ``（什邡市政府新闻办）`` credit an office, not a person.
- Projects: works named as under way or to be pushed; …产业园 / …产业园二期 / 三期, a 返乡创业园 and a 标准化厂房建设项目
  ``industrial_park`` (as part bs's 厂房 phase); 泊位, 管网, 公路, 铁路专用线, 快速路 works ``infrastructure_project``; a 渔港
  升级改造项目 ``infrastructure_project``; a 防洪排涝工程 ``engineering_work``; a 冷链物流中心 ``logistics_hub``; a 产业工人公寓
  二期 ``housing_project``; 示范区, 茶园提升, 低效园改造, 景区提升改造, 民宿集聚区 / 集聚带 / 集群提升 ``project``; DECIDED HERE:
  ``推动子午岭森林康养基地落地`` (not yet begun) is a ``planned_project``.
- Places: one line per name per file, as written; places inside titles, organ references, document titles and project names
  count; brand uses give the short name (``“丽水山居”`` → 丽水, ``高州荔枝`` → 高州, as part ct); slogans give theirs (``红色
  南梁 生态华池`` → 南梁, 华池); ``武汉光谷`` is an ``area``; the 南梁革命纪念馆 a ``venue``. DECIDED HERE: a ``相关链接：`` list
  under the article (dp03) is page chrome like 上一篇 / 下一篇: the 麦市镇 in it is not annotated. Site lines, nav lines
  (``走进黄骅``), media names (沧州日报, 河北广播电视台, 咸宁日报, 陇东报 …), the school-like ``职业院校`` and footers are not
  annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "dp01_huanghua.txt": (2022, "发布时间：2022-06-16 17:40", "黄骅市", [
        ("黄骅市召开“港产城融合发展”新闻发布会", "6月16日上午", "2022-06-16", "6月16日上午，黄骅市人民政府新闻办公室",
         "county-level city site: 新闻办 conference; host 市委宣传部副部长、市政府新闻办主任; 市长 主题发布; 发改局 党组书记、局长; 住建局 副局长、新闻发言人; a 镇党委书记; 【记者提问】/【答】 block")]),
    "dp02_cangzhou.txt": (2024, "2024年9月20日　星期五", "沧州市", [
        ("我市发布港口集疏运和重点交通工程建设进展", "9月19日上午", "2024-09-19", "本报讯（记者 阚梦瑶）9月19日上午",
         "city paper 第02版: 市政府新闻办 conference; 佟志远 now 副市长; 交通运输局 党组书记、局长; 鲍启明 now 黄骅市委常委、常务副市长")]),
    "dp03_tongcheng.txt": (2021, "发布时间：2021-04-22 16:32", "通城县", [
        ("通城县举行“茶旅融合 富民强县”新闻发布会", "4月22日上午", "2021-04-22", "4月22日上午，通城县人民政府新闻办公室",
         "county site: 县政府新闻办 conference on 茶旅; host 县委宣传部副部长、县政府新闻办主任; 县委常委、副县长; 农业农村局局长 (罗文静#1); 乡党委书记; 相关链接 list")]),
    "dp04_xianning.txt": (2024, "发布时间：2024-05-29 15:20", "咸宁市", [
        ("咸宁高新区“光电子信息产业发展”新闻发布会文字实录", "2024年5月29日上午10:00", "2024-05-29", "发布会时间：2024年5月29日",
         "city site 文字实录: 主持人 label with title chain; 程卓然 now 咸宁高新区党工委副书记、管委会主任; bare 高新区管委会副主任; 【记者提问】/【答】 labels bare and titled")]),
    "dp05_gaozhou.txt": (2023, "发布日期：2023-05-19 11:02", "高州市", [
        ("高州市举行2023年荔枝产销新闻发布会", "5月18日下午", "2023-05-18", "5月18日下午，高州市人民政府新闻办公室",
         "county-level city site: 荔枝 conference; 市委常委、副市长 莫永康; 农业农村局局长; 根子镇党委书记")]),
    "dp06_xinyi.txt": (2025, "发布时间：2025-03-27 09:30", "信宜市", [
        ("【在线访谈】市长莫永康谈2025年信宜高质量发展", "2025年3月26日", "2025-03-26", "访谈时间：2025年3月26日",
         "county-level city site 在线访谈: 访谈嘉宾 line (莫永康 now 信宜市委副书记、市长), named 主持人, bracket labels with time stamps, a netizen; no event")]),
    "dp07_suichang.txt": (2023, "发布日期：2023-08-11", "遂昌县", [
        ("《遂昌县促进民宿经济高质量发展若干政策》政策解读", "2023-08-11", "2023-08-11", "近日，县政府办公室印发",
         "county site 政策解读: 索引号 / 发布机构 / 解读机关 / 解读人 (局党组书记、局长) lines; 出台背景, 主要内容, 问： / 答：; no event")]),
    "dp08_lishui.txt": (2025, "2025年6月13日　星期五", "丽水市", [
        ("“丽水山居”今夏将推出百条精品线路", "6月12日下午", "2025-06-12", "本报讯（记者 季雨萱 通讯员 叶晨阳）6月12日下午",
         "city paper: 市政府新闻办 conference hosted by 市政府副秘书长、市政府新闻发言人; 副市长; 项建明 now 市局 党组成员、副局长; 遂昌县委常委、副县长; 景宁 副县长")]),
    "dp09_huachi.txt": (2023, "发布时间:2023-07-14 16:20:11", "华池县", [
        ("华池县召开“红色南梁 生态华池”文旅融合发展新闻发布会", "7月14日上午", "2023-07-14", "7月14日上午，华池县人民政府新闻办公室",
         "county site (华池 shape): 县政府新闻办 conference; host 县委宣传部副部长、县政府新闻办主任; 县委常委、常务副县长; 文体广电和旅游局局长 (罗文静#2); 南梁镇党委书记")]),
    "dp10_shifang.txt": (2024, "发布时间：2024-10-17 18:05", "什邡市", [
        ("什邡市召开2024年“稳就业 促增收”新闻发布会", "10月17日上午", "2024-10-17", "10月17日上午，什邡市人民政府新闻办公室",
         "county-level city site: host 市政府新闻发言人、市政府办公室主任; 市委常委、副市长; 人社局 党组书记、局长; 师古镇党委书记; 记者提问： / 答： lines")]),
}

_D01_HOST = "市委宣传部副部长、市政府新闻办主任苑丽娜主持发布会"
_D02_HOST = "市委宣传部副部长、市政府新闻办主任甘晓彤主持发布会"
_D03_HOST = "县委宣传部副部长、县政府新闻办主任黎婉清主持发布会"
_D04_HOST = "主持人（市委宣传部副部长、市政府新闻办主任 柯慧玲）"
_D05_HOST = "市委宣传部副部长、市政府新闻办主任庞晓君主持发布会"
_D08_HOST = "市政府副秘书长、市政府新闻发言人蓝俊峰主持发布会"
_D09_HOST = "县委宣传部副部长、县政府新闻办主任贺文娟主持发布会"
_D10_HOST = "市政府新闻发言人、市政府办公室主任税永红主持发布会"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 沧州 / 黄骅 (河北)
    "dp:苑丽娜": ("苑丽娜", "official", "黄骅市", [
        ("dp01", "黄骅市委宣传部", "副部长", _D01_HOST, "host; bare 市委 on the 黄骅 site = 黄骅市委 (county-level city), not 沧州"),
        ("dp01", "黄骅市政府新闻办", "主任", _D01_HOST, "市政府新闻办 → 黄骅市政府新闻办 (organ as written)")], []),
    "dp:佟志远": ("佟志远", "official", "沧州市", [
        ("dp01", "黄骅市委", "副书记", "市委副书记、市长佟志远作主题发布", "2022-06 (identity case: 沧州市副市长 in 2024, dp02)"),
        ("dp01", "黄骅市政府", "市长", "市委副书记、市长佟志远作主题发布", "bare 市长 on the 黄骅 site = 黄骅市政府; his 【答】 label gives nothing"),
        ("dp02", "沧州市政府", "副市长", "副市长佟志远作主题发布", "2024-09: bare 副市长 in the 沧州日报 = 沧州市政府")], []),
    "dp:鲍启明": ("鲍启明", "official", "黄骅市", [
        ("dp01", "黄骅市发展和改革局党组", "书记", "市发展和改革局党组书记、局长鲍启明", "2022-06 (identity case: 黄骅市委常委、常务副市长 in 2024)"),
        ("dp01", "黄骅市发展和改革局", "局长", "市发展和改革局党组书记、局长鲍启明", None),
        ("dp02", "黄骅市委", "常委", "黄骅市委常委、常务副市长鲍启明", "2024-09"),
        ("dp02", "黄骅市政府", "常务副市长", "黄骅市委常委、常务副市长鲍启明", None)], []),
    "dp:齐海鸥": ("齐海鸥", "official", "黄骅市", [
        ("dp01", "黄骅市住房和城乡建设局", "副局长", "市住房和城乡建设局副局长、新闻发言人齐海鸥", None),
        ("dp01", "黄骅市住房和城乡建设局", "新闻发言人", "市住房和城乡建设局副局长、新闻发言人齐海鸥", "DECIDED HERE: 新闻发言人 is a post of the organ it speaks for")], []),
    "dp:郗振海": ("郗振海", "official", "黄骅市南排河镇", [
        ("dp01", "黄骅市南排河镇党委", "书记", "南排河镇党委书记郗振海", "town: county-level label + town; his 【答】 label gives nothing")], []),
    "dp:甘晓彤": ("甘晓彤", "official", "沧州市", [
        ("dp02", "沧州市委宣传部", "副部长", _D02_HOST, "host; bare 市委 in the 沧州日报 = 沧州市委"),
        ("dp02", "沧州市政府新闻办", "主任", _D02_HOST, None)], []),
    "dp:卜庆国": ("卜庆国", "official", "沧州市", [
        ("dp02", "沧州市交通运输局党组", "书记", "市交通运输局党组书记、局长卜庆国", None),
        ("dp02", "沧州市交通运输局", "局长", "市交通运输局党组书记、局长卜庆国", None)], []),
    # ---- 咸宁 / 通城 (湖北)
    "dp:黎婉清": ("黎婉清", "official", "通城县", [
        ("dp03", "通城县委宣传部", "副部长", _D03_HOST, "host; bare 县委宣传部 on the 通城 site (the same chain is 华池's in dp09)"),
        ("dp03", "通城县政府新闻办", "主任", _D03_HOST, None)], []),
    "dp:程卓然": ("程卓然", "official", "咸宁市", [
        ("dp03", "通城县委", "常委", "县委常委、副县长程卓然", "2021-04 (identity case: 咸宁高新区 主任 in 2024, dp04)"),
        ("dp03", "通城县政府", "副县长", "县委常委、副县长程卓然", None),
        ("dp04", "咸宁高新区党工委", "副书记", "咸宁高新区党工委副书记、管委会主任程卓然", "2024-05: in the host's introduction; ``程卓然主任`` and the bare label ``程卓然：`` give nothing"),
        ("dp04", "咸宁高新区管委会", "主任", "咸宁高新区党工委副书记、管委会主任程卓然", None)], []),
    "dp:罗文静#1": ("罗文静", "official", "通城县", [
        ("dp03", "通城县农业农村局", "局长", "县农业农村局局长罗文静", "通城 (湖北), 2021; not the 罗文静 of 华池 (dp09)")], []),
    "dp:胡锦程": ("胡锦程", "official", "通城县大坪乡", [
        ("dp03", "通城县大坪乡党委", "书记", "大坪乡党委书记胡锦程", None)], []),
    "dp:柯慧玲": ("柯慧玲", "official", "咸宁市", [
        ("dp04", "咸宁市委宣传部", "副部长", _D04_HOST, "host label (title, space, name); the closing ``主持人：`` gives nothing"),
        ("dp04", "咸宁市政府新闻办", "主任", _D04_HOST, None)], []),
    "dp:蒯立华": ("蒯立华", "official", "咸宁市", [
        ("dp04", "咸宁市经济和信息化局", "副局长", "市经济和信息化局副局长蒯立华", "host's introduction; the titled 【答】 label repeats it (no second line)")], []),
    "dp:乔雨辰": ("乔雨辰", "official", "咸宁高新区", [
        ("dp04", "咸宁高新区管委会", "副主任", "高新区管委会副主任乔雨辰", "bare 高新区 after 咸宁高新区 = 咸宁高新区")], []),
    # ---- 茂名: 高州 / 信宜 (广东)
    "dp:庞晓君": ("庞晓君", "official", "高州市", [
        ("dp05", "高州市委宣传部", "副部长", _D05_HOST, "host; bare 市委 on the 高州 site = 高州市委, not 茂名"),
        ("dp05", "高州市政府新闻办", "主任", _D05_HOST, None)], []),
    "dp:莫永康": ("莫永康", "official", "茂名市", [
        ("dp05", "高州市委", "常委", "市委常委、副市长莫永康", "2023-05 (identity case: 信宜市长 in 2025, dp06)"),
        ("dp05", "高州市政府", "副市长", "市委常委、副市长莫永康", None),
        ("dp06", "信宜市委", "副书记", "访谈嘉宾：市委副书记、市长 莫永康", "2025-03: the 访谈嘉宾 line on the 信宜 site; headline and host repeat it"),
        ("dp06", "信宜市政府", "市长", "访谈嘉宾：市委副书记、市长 莫永康", None)], []),
    "dp:钟国栋": ("钟国栋", "official", "高州市", [
        ("dp05", "高州市农业农村局", "局长", "市农业农村局局长钟国栋", None)], []),
    "dp:詹伟雄": ("詹伟雄", "official", "高州市根子镇", [
        ("dp05", "高州市根子镇党委", "书记", "根子镇党委书记詹伟雄", None)], []),
    # ---- 丽水: 遂昌 / 景宁 (浙江)
    "dp:项建明": ("项建明", "official", "丽水市", [
        ("dp07", "遂昌县文化和广电旅游体育局党组", "书记", "解读人：县文化和广电旅游体育局党组书记、局长 项建明", "2023-08: DECIDED HERE: the 解读人 line gives the holding, dated by 发布日期 (identity case: 丽水 市局 in 2025)"),
        ("dp07", "遂昌县文化和广电旅游体育局", "局长", "解读人：县文化和广电旅游体育局党组书记、局长 项建明", None),
        ("dp08", "丽水市文化和广电旅游体育局党组", "成员", "市文化和广电旅游体育局党组成员、副局长项建明", "2025-06: now in the city's 局 (党组 成员 as z)"),
        ("dp08", "丽水市文化和广电旅游体育局", "副局长", "市文化和广电旅游体育局党组成员、副局长项建明", None)], []),
    "dp:蓝俊峰": ("蓝俊峰", "official", "丽水市", [
        ("dp08", "丽水市政府", "副秘书长", _D08_HOST, "host"),
        ("dp08", "丽水市政府", "新闻发言人", _D08_HOST, "DECIDED HERE: 市政府新闻发言人 → X市政府 新闻发言人")], []),
    "dp:施晓虹": ("施晓虹", "official", "丽水市", [
        ("dp08", "丽水市政府", "副市长", "副市长施晓虹作主题发布", None)], []),
    "dp:郑一鸣": ("郑一鸣", "official", "遂昌县", [
        ("dp08", "遂昌县委", "常委", "遂昌县委常委、副县长郑一鸣", None),
        ("dp08", "遂昌县政府", "副县长", "遂昌县委常委、副县长郑一鸣", None)], []),
    "dp:雷丽萍": ("雷丽萍", "official", "景宁畲族自治县", [
        ("dp08", "景宁畲族自治县政府", "副县长", "景宁畲族自治县副县长雷丽萍", None)], []),
    # ---- 庆阳: 华池 (甘肃)
    "dp:贺文娟": ("贺文娟", "official", "华池县", [
        ("dp09", "华池县委宣传部", "副部长", _D09_HOST, "host; bare 县委宣传部 on the 华池 site (the same chain is 通城's in dp03)"),
        ("dp09", "华池县政府新闻办", "主任", _D09_HOST, None)], []),
    "dp:慕志强": ("慕志强", "official", "华池县", [
        ("dp09", "华池县委", "常委", "县委常委、常务副县长慕志强作主题发布", None),
        ("dp09", "华池县政府", "常务副县长", "县委常委、常务副县长慕志强作主题发布", None)], []),
    "dp:罗文静#2": ("罗文静", "official", "华池县", [
        ("dp09", "华池县文体广电和旅游局", "局长", "县文体广电和旅游局局长罗文静", "华池 (甘肃), 2023; not the 罗文静 of 通城 (dp03)")], []),
    "dp:白振山": ("白振山", "official", "华池县南梁镇", [
        ("dp09", "华池县南梁镇党委", "书记", "南梁镇党委书记白振山", None)], []),
    # ---- 德阳: 什邡 (四川)
    "dp:税永红": ("税永红", "official", "什邡市", [
        ("dp10", "什邡市政府", "新闻发言人", _D10_HOST, "host; DECIDED HERE: 市政府新闻发言人 → 什邡市政府 新闻发言人"),
        ("dp10", "什邡市政府办公室", "主任", _D10_HOST, None)], []),
    "dp:敬光耀": ("敬光耀", "official", "什邡市", [
        ("dp10", "什邡市委", "常委", "市委常委、副市长敬光耀", None),
        ("dp10", "什邡市政府", "副市长", "市委常委、副市长敬光耀", None)], []),
    "dp:母其军": ("母其军", "official", "什邡市", [
        ("dp10", "什邡市人力资源和社会保障局党组", "书记", "市人力资源和社会保障局党组书记、局长母其军", None),
        ("dp10", "什邡市人力资源和社会保障局", "局长", "市人力资源和社会保障局党组书记、局长母其军", None)], []),
    "dp:昝立伟": ("昝立伟", "official", "什邡市师古镇", [
        ("dp10", "什邡市师古镇党委", "书记", "师古镇党委书记昝立伟", "his ``答：昝立伟：`` line gives nothing")], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("dp01", "韩雪菲", "责任编辑", "editor", "责任编辑：韩雪菲"),
    ("dp02", "阚梦瑶", "记者", "reporter", "本报讯（记者 阚梦瑶）"),
    ("dp02", "冯嘉怡", "本版编辑", "editor", "本版编辑：冯嘉怡"),
    ("dp02", "吕安琪", "校对", "editor", "校对：吕安琪"),
    ("dp03", "沈佳音", "责任编辑", "editor", "责任编辑：沈佳音"),
    ("dp03", "魏振宇", "审核", "editor", "审核：魏振宇"),
    ("dp04", "田雅文", "责任编辑", "editor", "责任编辑：田雅文"),
    ("dp05", "陈颂恩", "责任编辑", "editor", "责任编辑：陈颂恩"),
    ("dp06", "吴诗琪", "主持人", "host", "主持人：吴诗琪"),
    ("dp08", "季雨萱", "记者", "reporter", "本报讯（记者 季雨萱 通讯员 叶晨阳）"),
    ("dp08", "叶晨阳", "通讯员", "correspondent", "本报讯（记者 季雨萱 通讯员 叶晨阳）"),
    ("dp08", "周书婷", "本版编辑", "editor", "本版编辑：周书婷"),
    ("dp08", "柳思远", "校对", "editor", "校对：柳思远"),
    ("dp09", "杜建平", "终审", "editor", "终审：杜建平"),
    ("dp10", "郝婧", "责任编辑", "editor", "责任编辑：郝婧"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

_PC = "press conference (新闻发布会)"

# events: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participants)
MEETINGS = [
    ("dp01", "“港产城融合发展”新闻发布会", _PC, "6月16日上午", "苑丽娜", None, ["黄骅市政府新闻办公室"],
     ["佟志远", "鲍启明", "齐海鸥", "郗振海"], ["佟志远", "鲍启明", "齐海鸥", "郗振海"], None,
     "黄骅市人民政府新闻办公室召开“港产城融合发展”新闻发布会",
     ["市政府新闻办主任苑丽娜主持发布会", "市长佟志远作主题发布", "郗振海出席发布会并回答记者提问", "鲍启明介绍了",
      "齐海鸥就城区老旧小区改造", "【答】郗振海：", "【答】佟志远："]),
    ("dp02", "港口集疏运和重点交通工程建设进展新闻发布会", _PC, "9月19日上午", "甘晓彤", None, ["沧州市政府新闻办"],
     ["佟志远", "卜庆国", "鲍启明"], ["佟志远", "卜庆国", "鲍启明"], None,
     "9月19日上午，市政府新闻办召开新闻发布会",
     ["市政府新闻办主任甘晓彤主持发布会", "副市长佟志远作主题发布", "鲍启明发布有关情况并回答记者提问", "卜庆国介绍了",
      "鲍启明说"]),
    ("dp03", "“茶旅融合 富民强县”新闻发布会", _PC, "4月22日上午", "黎婉清", None, ["通城县政府新闻办公室"],
     ["程卓然", "罗文静", "胡锦程"], ["程卓然", "罗文静", "胡锦程"], None,
     "通城县人民政府新闻办公室举行“茶旅融合 富民强县”新闻发布会",
     ["县政府新闻办主任黎婉清主持发布会", "胡锦程出席发布会", "程卓然介绍", "罗文静就茶叶品牌建设", "胡锦程介绍"]),
    ("dp04", "咸宁高新区“光电子信息产业发展”新闻发布会", _PC, "2024年5月29日上午10:00", "柯慧玲", None, ["咸宁市政府新闻办"],
     ["程卓然", "蒯立华", "乔雨辰"], ["程卓然", "蒯立华", "乔雨辰"], "市新闻发布厅",
     "欢迎参加市政府新闻办举行的新闻发布会",
     [_D04_HOST, "我们邀请到咸宁高新区党工委副书记、管委会主任程卓然", "程卓然：", "【答】市经济和信息化局副局长 蒯立华：",
      "【答】乔雨辰："]),
    ("dp05", "2023年荔枝产销新闻发布会", _PC, "5月18日下午", "庞晓君", None, ["高州市政府新闻办公室"],
     ["莫永康", "钟国栋", "詹伟雄"], ["莫永康", "钟国栋", "詹伟雄"], None,
     "高州市人民政府新闻办公室举行2023年荔枝产销新闻发布会",
     ["市政府新闻办主任庞晓君主持发布会", "詹伟雄出席发布会", "莫永康介绍", "钟国栋就荔枝保花保果技术指导", "詹伟雄介绍"]),
    ("dp08", "民宿经济高质量发展新闻发布会", _PC, "6月12日下午", "蓝俊峰", None, ["丽水市政府新闻办"],
     ["施晓虹", "项建明", "郑一鸣", "雷丽萍"], ["施晓虹", "项建明", "郑一鸣", "雷丽萍"], None,
     "6月12日下午，市政府新闻办举行民宿经济高质量发展新闻发布会",
     ["市政府新闻发言人蓝俊峰主持发布会", "副市长施晓虹作主题发布", "雷丽萍介绍有关情况并回答记者提问", "项建明介绍了",
      "郑一鸣介绍", "雷丽萍介绍了"]),
    ("dp09", "“红色南梁 生态华池”文旅融合发展新闻发布会", _PC, "7月14日上午", "贺文娟", None, ["华池县政府新闻办公室"],
     ["慕志强", "罗文静", "白振山"], ["慕志强", "罗文静", "白振山"], None,
     "华池县人民政府新闻办公室召开“红色南梁 生态华池”文旅融合发展新闻发布会",
     ["县政府新闻办主任贺文娟主持发布会", "常务副县长慕志强作主题发布", "白振山出席发布会并回答记者提问", "慕志强介绍",
      "罗文静就暑期文旅活动安排", "白振山介绍"]),
    ("dp10", "2024年“稳就业 促增收”新闻发布会", _PC, "10月17日上午", "税永红", None, ["什邡市政府新闻办公室"],
     ["敬光耀", "母其军", "昝立伟"], ["敬光耀", "母其军", "昝立伟"], None,
     "什邡市人民政府新闻办公室召开2024年“稳就业 促增收”新闻发布会",
     ["市政府办公室主任税永红主持发布会", "昝立伟出席发布会", "敬光耀介绍", "母其军介绍", "答：昝立伟："]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("dp01", "黄骅港综合港区多用途泊位扩建工程", "infrastructure_project", "黄骅港综合港区多用途泊位扩建工程已完成水工主体"),
    ("dp01", "旧城镇冬枣产业园二期", "industrial_park", "旧城镇冬枣产业园二期将于8月底前投产"),
    ("dp01", "黄骅市城区供水管网改造工程", "infrastructure_project", "黄骅市城区供水管网改造工程年内完成主管网铺设"),
    ("dp01", "南排河镇中心渔港升级改造项目", "infrastructure_project", "南排河镇中心渔港升级改造项目进展如何"),
    ("dp02", "石黄高速沧州段改扩建工程", "infrastructure_project", "石黄高速沧州段改扩建工程主线已具备通车条件"),
    ("dp02", "沧州港集疏运公路提升工程", "infrastructure_project", "沧州港集疏运公路提升工程完成路基工程量的七成"),
    ("dp02", "黄骅港综合港区多用途泊位扩建工程", "infrastructure_project", "黄骅港综合港区多用途泊位扩建工程已于8月投入试运行"),
    ("dp02", "黄骅港散货港区铁路专用线延伸工程", "infrastructure_project", "黄骅港散货港区铁路专用线延伸工程"),
    ("dp03", "黄袍山茶旅融合示范区", "project", "重点推进黄袍山茶旅融合示范区"),
    ("dp03", "通城县茶叶加工产业园二期", "industrial_park", "通城县茶叶加工产业园二期和药姑山生态茶园提升项目"),
    ("dp03", "药姑山生态茶园提升项目", "project", "通城县茶叶加工产业园二期和药姑山生态茶园提升项目"),
    ("dp04", "咸宁高新区光电子信息产业园三期", "industrial_park", "加快建设咸宁高新区光电子信息产业园三期"),
    ("dp04", "横沟桥镇标准化厂房建设项目", "industrial_park", "横沟桥镇标准化厂房建设项目"),
    ("dp04", "高新区产业工人公寓二期", "housing_project", "加快高新区产业工人公寓二期建设"),
    ("dp05", "根子镇荔枝产业园二期", "industrial_park", "推进根子镇荔枝产业园二期和高州荔枝冷链物流中心建设"),
    ("dp05", "高州荔枝冷链物流中心", "logistics_hub", "推进根子镇荔枝产业园二期和高州荔枝冷链物流中心建设"),
    ("dp05", "分界镇荔枝低效园改造项目", "project", "实施分界镇荔枝低效园改造项目"),
    ("dp06", "钱排镇三华李深加工产业园", "industrial_park", "重点推进钱排镇三华李深加工产业园"),
    ("dp06", "信宜市南药加工产业园一期", "industrial_park", "信宜市南药加工产业园一期"),
    ("dp06", "信宜市城区防洪排涝工程", "engineering_work", "加快信宜市城区防洪排涝工程"),
    ("dp06", "镇隆镇至东镇街道快速路", "infrastructure_project", "镇隆镇至东镇街道快速路建设"),
    ("dp08", "瓯江山水诗路民宿集聚带", "project", "加快建设瓯江山水诗路民宿集聚带"),
    ("dp08", "王村口镇红色民宿集聚区", "project", "遂昌县王村口镇红色民宿集聚区已建成投用"),
    ("dp08", "湖山乡民宿集聚区二期", "project", "湖山乡民宿集聚区二期正在加快施工"),
    ("dp08", "大均乡民宿集群提升工程", "project", "大均乡民宿集群提升工程进展情况"),
    ("dp09", "南梁红色旅游景区提升改造项目", "project", "加快南梁红色旅游景区提升改造项目"),
    ("dp09", "华池县城至南梁旅游公路改造工程", "infrastructure_project", "华池县城至南梁旅游公路改造工程建设"),
    ("dp09", "子午岭森林康养基地", "planned_project", "推动子午岭森林康养基地落地"),
    ("dp10", "什邡雪茄产业园二期", "industrial_park", "加快建设什邡雪茄产业园二期"),
    ("dp10", "洛水镇返乡创业园", "industrial_park", "洛水镇返乡创业园"),
    ("dp10", "蓥华山旅游公路改造工程", "infrastructure_project", "依托蓥华山旅游公路改造工程"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("dp01", "黄骅市", "county_level_city", "in_org_reference", "6月16日上午，黄骅市人民政府新闻办公室召开"),
    ("dp01", "南排河镇", "town", "in_title", "南排河镇党委书记郗振海"),
    ("dp01", "黄骅港", "port", "in_project_name", "黄骅港综合港区多用途泊位扩建工程已完成水工主体"),
    ("dp01", "旧城镇", "town", "in_project_name", "旧城镇冬枣产业园二期将于8月底前投产"),
    ("dp02", "沧州", "city", "in_project_name", "石黄高速沧州段改扩建工程主线已具备通车条件"),
    ("dp02", "石黄高速", "road", "in_project_name", "石黄高速沧州段改扩建工程主线已具备通车条件"),
    ("dp02", "沧州港", "port", "in_project_name", "沧州港集疏运公路提升工程完成路基工程量的七成"),
    ("dp02", "黄骅港", "port", "standalone", "我市将以黄骅港为龙头"),
    ("dp02", "黄骅市", "county_level_city", "standalone", "黄骅市正配合推进"),
    ("dp03", "通城县", "county", "in_org_reference", "4月22日上午，通城县人民政府新闻办公室举行"),
    ("dp03", "通城", "county", "standalone", "通城地处幕阜山北麓"),
    ("dp03", "幕阜山", "mountain", "standalone", "通城地处幕阜山北麓"),
    ("dp03", "黄袍山", "mountain", "standalone", "大坪乡依托黄袍山景区"),
    ("dp03", "药姑山", "mountain", "in_project_name", "药姑山生态茶园提升项目"),
    ("dp03", "大坪乡", "township", "in_title", "大坪乡党委书记胡锦程"),
    ("dp04", "咸宁高新区", "development_zone", "standalone", "介绍咸宁高新区光电子信息产业发展情况"),
    ("dp04", "高新区", "development_zone", "standalone", "高新区如何解决企业用工和配套问题"),
    ("dp04", "横沟桥镇", "town", "in_project_name", "横沟桥镇标准化厂房建设项目"),
    ("dp04", "武汉光谷", "area", "standalone", "主动承接武汉光谷产业外溢"),
    ("dp05", "高州市", "county_level_city", "in_org_reference", "5月18日下午，高州市人民政府新闻办公室举行"),
    ("dp05", "高州", "county_level_city", "standalone (brand)", "让高州荔枝卖得出、卖得远、卖得好"),
    ("dp05", "根子镇", "town", "in_title", "根子镇党委书记詹伟雄"),
    ("dp05", "分界镇", "town", "in_project_name", "实施分界镇荔枝低效园改造项目"),
    ("dp05", "柏桥村", "village", "standalone", "根子镇依托柏桥村荔枝文化资源"),
    ("dp06", "信宜市", "county_level_city", "in_org_reference", "欢迎收看信宜市人民政府门户网站在线访谈"),
    ("dp06", "信宜", "county_level_city", "standalone", "今年信宜的发展思路"),
    ("dp06", "钱排镇", "town", "in_project_name", "重点推进钱排镇三华李深加工产业园"),
    ("dp06", "镇隆镇", "town", "in_project_name", "镇隆镇至东镇街道快速路建设"),
    ("dp06", "东镇街道", "sub_district_office", "in_project_name", "镇隆镇至东镇街道快速路建设"),
    ("dp07", "遂昌县", "county", "in_document_title", "《遂昌县促进民宿经济高质量发展若干政策》（遂政办发"),
    ("dp07", "丽水", "city", "standalone (brand)", "“丽水山居”民宿区域公用品牌"),
    ("dp07", "王村口镇", "town", "standalone", "支持王村口镇、湖山乡创建民宿集聚区"),
    ("dp07", "湖山乡", "township", "standalone", "支持王村口镇、湖山乡创建民宿集聚区"),
    ("dp08", "丽水", "city", "standalone (brand)", "全市共有“丽水山居”品牌民宿1863家"),
    ("dp08", "瓯江", "river", "in_project_name", "加快建设瓯江山水诗路民宿集聚带"),
    ("dp08", "遂昌县", "county", "in_title", "遂昌县委常委、副县长郑一鸣"),
    ("dp08", "景宁畲族自治县", "county", "in_title", "景宁畲族自治县副县长雷丽萍"),
    ("dp08", "王村口镇", "town", "in_project_name", "遂昌县王村口镇红色民宿集聚区已建成投用"),
    ("dp08", "湖山乡", "township", "in_project_name", "湖山乡民宿集聚区二期正在加快施工"),
    ("dp08", "大均乡", "township", "in_project_name", "大均乡民宿集群提升工程进展情况"),
    ("dp09", "华池县", "county", "in_org_reference", "7月14日上午，华池县人民政府新闻办公室召开"),
    ("dp09", "南梁", "area", "standalone (slogan)", "“红色南梁 生态华池”文旅融合发展新闻发布会。"),
    ("dp09", "华池", "county", "standalone (slogan)", "“红色南梁 生态华池”文旅融合发展新闻发布会。"),
    ("dp09", "子午岭", "mountain", "in_project_name", "推动子午岭森林康养基地落地"),
    ("dp09", "陕甘边", "region", "standalone", "打造陕甘边红色旅游目的地"),
    ("dp09", "南梁镇", "town", "in_title", "南梁镇党委书记白振山"),
    ("dp09", "南梁革命纪念馆", "venue", "standalone", "南梁镇围绕南梁革命纪念馆发展红色民宿"),
    ("dp10", "什邡市", "county_level_city", "in_org_reference", "10月17日上午，什邡市人民政府新闻办公室召开"),
    ("dp10", "什邡", "county_level_city", "in_project_name", "加快建设什邡雪茄产业园二期"),
    ("dp10", "洛水镇", "town", "in_project_name", "洛水镇返乡创业园"),
    ("dp10", "蓥华山", "mountain", "in_project_name", "依托蓥华山旅游公路改造工程"),
    ("dp10", "师古镇", "town", "in_title", "师古镇党委书记昝立伟"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="dp", conventions="set dp (blind set: 新闻发布会 pages of county-level and city 政府新闻办 in 河北 沧州 (黄骅市, the 沧州日报), 湖北 咸宁 (通城县, the 市政府 site's 文字实录 of 咸宁高新区), 广东 茂名 (高州市, an 在线访谈 of 信宜市), 浙江 丽水 (a 遂昌县 政策解读, the 丽水日报), 甘肃 庆阳 (华池县) and 四川 德阳 (什邡市): host 宣传部副部长、政府新闻办主任 → X委宣传部 副部长 + X政府新闻办 主任; 新闻发言人 is a post of the organ it speaks for; bare organs on a county-level city's or county's site are that place's; a 新闻发布会 is a press conference event (host = chair, every 发布人 attendee and speaker); 【记者提问】 / 【答】 labels give nothing unless titled, and a titled label repeating the introduction gives no second line; the 在线访谈 and the 政策解读 are no events, their 嘉宾 / 解读人 lines give holdings; a named 主持人 of an 访谈 is a host credit; one line per post per article)",
          persons_note="Set dp persons. id = corpus-wide person_id (dp:罗文静#1 of 通城 (湖北) and dp:罗文静#2 of 华池 (甘肃) are two people; dp:佟志远 moves 黄骅市长 2022 → 沧州市副市长 2024; dp:鲍启明 黄骅市发改局局长 2022 → 黄骅市委常委、常务副市长 2024; dp:程卓然 通城县委常委、副县长 2021 → 咸宁高新区党工委副书记、管委会主任 2024; dp:莫永康 高州市委常委、副市长 2023 → 信宜市委副书记、市长 2025; dp:项建明 遂昌县文广旅体局局长 2023 → 丽水市文广旅体局副局长 2025)")


if __name__ == "__main__":
    main()
