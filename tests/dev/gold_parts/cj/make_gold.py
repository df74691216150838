"""Write gold part ``cj`` (a blind set: county news copied onto national portals and aggregators, 人民网 领导留言板 replies,
中新网 / 新华网 regional pieces and a 政务服务 Q&A page, in 安徽, 河南, 甘肃 and 重庆) from the tables below.

Pages ``tests/dev/texts/cj*.txt`` were written for this part with invented person and project names, modelled on real
pages of the genre read with the ``search`` tool: two 网易号 ``dy/article`` copies (a 重庆 区划 news piece with ``据“新重慶”
報道`` and ``![]()`` image placeholders, ``?f=post2020_dy_recommends``; a 极目新闻 piece on a 蓝山县委书记 answering comments,
``（圖片來源：瀟湘晨報）``) and a 163.com ``dy`` career piece on a former 东乡县委书记; the 人民网-安徽频道 page of a 定远县 签约仪式
(``2020年11月02日09:47  来源：人民网-安徽频道``, ``市人大常委会副主任、县委书记…致辞``, ``县委常委、常务副县长…主持仪式``); a 工业园网
copy of a 庐江 签约 (``免责声明：本文为…用户自行上传并发布…我网仅提供信息存储空间服务``, ``[不良信息举报…]``, ``相关阅读``); a portal
repost of a 中新社 piece (``中新社安徽安庆4月4日电 (记者 张强)``, ``（完）``, ``作者:Admin 来源:网络``, a 免责声明, 热门阅读); the
凤阳 county site (``发布时间:2013-03-01 14:22阅读次数: 分享到: 打印``, ``县领导…出席``, ``签约仪式由副县长…主持``); the 寿县 site
(``县委副书记、县长…会见…客商``, ``初审: 责编: 终审:``); the 蒲城 and 宜章-type letter pages (``姓名: … 写信时间: … 回复状态: 已办结 |
信件标题 | 信件内容: 县长好:…``, ``回复时间: … | 回复单位: 荆姚镇``, ``网友您好: 您留言反映…现就相关情况答复如下``; ``来信人 张** | 来信
日期 | 公开状态 | 办理状态 | 回复部门``); the 六安 互动交流 留言须知 and a 商洛 留言 page; 人民网 pieces on the 地方领导留言板; 重庆 pages (the
巫山网 ``24小时举报电话``, ``发布时间: 2021-05-25 来源: 分享到``, ``记者 … 报道``, ``县委书记、县长…率云阳县党政代表团``; a 大足 page
``忠县县委副书记、县政府县长…，县委常委、县政府常务副县长…``; 中国网 ``来源:中国网 时间:… 编辑:…`` on a 云阳 调研 ``县委副书记、代县长…陪同``;
the 綦江 page ``来源：綦江发布``); the 洛阳-style 焦作网 专题 page; a 兰州日报 数字报 line and a 新华每日电讯 repost (``来源：新华社 … 浏览量:``,
``作者:新华每日电讯记者…``); the 临夏 甘南日报 ``本报合作讯 (记者 …)``. Places are real: 安徽 阜阳 临泉县, 河南 许昌 鄢陵县, 甘肃 定西
临洮县 and 渭源县, 重庆 巫溪县 and 城口县.

Shapes: a 搜狐号 copy of a 临泉 融媒体 story (``2023-06-01 09:12　来源: 临泉融媒　发布于：安徽省``, ``来源：临泉县融媒体中心``, the
source's own byline, ``返回搜狐，查看更多``, 平台声明, ``阅读 (2316)``, an empty ``责任编辑：``, 举报/投诉, an ad and a 相关推荐 list
naming another official) (cj01: the 县委书记's 调研 with the 副县长, the 水利局长 and the zone's 党工委书记); a 人民网 领导留言板 page (cj02:
a villager's message to the 县长, the ``回复单位：临泉县人民政府　　回复时间：…`` reply naming the 常务副县长 who went to look with
the 交通运输局长 and a town secretary; 满意度, 追评, 相关留言); a 网易号 copy (cj03: 鄢陵 县政府常务会议; ``![]()``, 特别声明 and
its English Notice, 相关推荐 naming a 市 leader); a 中国新闻网 regional piece (cj04: ``中新网兰州6月3日电（记者 …）``, a 临洮 旅游节
开幕式 with the 县长 主持, a 市委常委 出席, the 县委书记 致辞, a 副县长 interviewed; ``（完）``, ``【编辑:…】``, 图片报道, the 中新网
footer); a county site's 政务服务 办事问答 (cj05: 渭源, a 颁证仪式 lead, 问 / 答, ``解读人：县自然资源局党组书记、局长…``, ``联系人：
王科长``); a 新华网 甘肃频道 piece (cj06: ``新华网兰州5月10日电（记者 …）``, the 渭源 党参 大会 with the 县委书记, a 定西 副市长 and
the new 县长; 【纠错】 【责任编辑：…】, 相关稿件); a 今日头条 copy (cj07: 巫溪 ``2023-11-08 20:31 · 重庆市巫溪县融媒体中心官方账号``,
重庆 chains ``县委副书记、县政府县长``, 赞 / 评论 / 相关推荐 / 广告 / 免责声明); a 人民网-重庆频道 piece (cj08: 城口 集中开工, the
former 巫溪 常务副县长 now 城口 县长, ``(责编：…、…)``); a 凤凰网河南 copy (cj09: 鄢陵 推进会, the former 县长 now 县委书记, a
代县长; ``[责任编辑：… PN083]``, 下载客户端, 相关新闻 naming a leader); a second 领导留言板 page (cj10: 渭源, the citizen writes
``尊敬的尚县长``; the reply names the 县长's 批示 and a 副县长's 专题协调会).

Identity cases:
- cj:柏思源 临泉县委常委、副县长 (cj01, 2023-06) → 县委常委、常务副县长 (cj02, 2024-07).
- cj:谢东升 鄢陵县委副书记、县长 (cj03, 2023-09) → 鄢陵县委书记 (cj09, 2024-03); cj:龚培元 鄢陵 常务副县长 on both pages.
- cj:尚俊峰 moves county: 临洮县委常委、副县长 (cj04, 2023-06) → 渭源县委副书记、县长 (cj06, 2024-05; cj10, 2024-08).
- cj:戴永川 moves county in 重庆: 巫溪县委常委、县政府常务副县长 (cj07, 2023-11) → 城口县委副书记、县政府县长 (cj08, 2025-03).
- two different 邵立平: cj:邵立平#1 临泉县迎仙镇党委书记 (安徽, cj02, 2024); cj:邵立平#2 巫溪县委常委、县政府副县长 (重庆, cj07, 2023).
- one organ wording, different places: bare ``县交通运输局`` is 临泉县's (cj02) and 渭源县's (cj10); ``县自然资源局`` is 鄢陵县's (cj03)
  and 渭源县's (cj05); ``县委常委、常务副县长`` is 临泉's (cj02) and 鄢陵's (cj03, cj09), the 重庆 form ``县委常委、县政府常务副县长``
  巫溪's (cj07) and 城口's (cj08).

Annotated by hand from the texts before newskg was run on them (the set is blind). Every evidence string is checked to
be a substring of its page and to lie in its article; mention counts are counted, not typed.

Choices (as CONVENTIONS and parts bs, bq, cb, cg where they speak; decided here where they are silent):
- DECIDED HERE (copies): a portal copy is one article, its body the copied text; the portal's chrome is not annotated:
  platform statements (平台声明, 特别声明 and its English Notice, 免责声明, the 中新网 footer), 阅读 / 举报 / 赞 / 评论 counters, ads,
  the account line (``临泉融媒``, ``鄢陵融媒``, ``巫溪发布``: no person), and the 相关推荐 / 热点新闻 / 相关新闻 / 图片报道 / 相关稿件
  / 推荐阅读 / 24小时热点 lists: the persons they name (鲁海滨 cj01, 郜振山 cj03, 石志军 cj09) are no persons of the page and give
  no posts, events, projects or places. An empty ``责任编辑：`` (搜狐) gives nothing.
- DECIDED HERE: bare organs of a copied county story (``县委书记``, ``县水利局``, ``我县``) take the county of the source (the
  ``来源：临泉县融媒体中心`` line, the account ``重庆市巫溪县融媒体中心官方账号``), not the portal's; 来源 lines, account lines and
  ``发布于：安徽省`` are not places.
- DECIDED HERE (留言板): the citizen's message gives no person and no post (``网友皖****8821``, the addressed ``尊敬的尚县长`` and the
  ``留言对象：临泉县县长`` with no name); the reply is not an event (a written answer, like the announcements tests/gold leaves out);
  the officials the reply names with titles hold those posts; a dated 现场查看 or 协调会 the reply reports as having taken place
  is an event (cj02 an ``inspection`` led by the 常务副县长; cj10 a meeting chaired by the 副县长); a 批示 is no event. The
  ``回复单位`` line is chrome like a 来源 line. The article's date is the reply's (``2024年7月5日`` signature, ``回复时间``), the
  page's own content being the reply; the message's 留言时间 is not the article's date.
- DECIDED HERE (wire pieces): the dateline place (``中新网兰州``, ``新华网兰州``, ``人民网重庆``) is not annotated and gives no place to
  bare organs (as cb leaves ``甘肃日报兰州11月23日讯``); ``（记者 …）`` after the dateline is a reporter line; ``【编辑:…】``,
  ``【责任编辑：…】``, ``(责编：…、…)`` and ``[责任编辑：… PN083]`` are editor lines (the desk code is not part of the name). A
  statement given to the reporter (``接受记者采访时介绍``, cj04) is an interview, not a speech at the event: that 副县长 holds his
  posts but is no attendee or speaker. ``宣布…开幕`` / ``宣布项目开工`` makes an attendee, not a speaker. Historical years in the
  body (``1924年首次被发现``) are no dates of the page.
- DECIDED HERE (政务服务 Q&A): 问 / 答 give no events; the ``解读人：县自然资源局党组书记、局长孔德海`` line gives his posts (党组 with
  书记, as z) and no byline; ``联系人：王科长`` (a surname with a title) is no person; the 颁证仪式 in the lead is a ``ceremony``
  (the 副县长 who hands over the certificates an attendee).
- Titles: 重庆's ``县委副书记、县政府县长`` → X县委 副书记 + X县政府 县长; ``县委常委、县政府常务副县长`` → X县委 常委 + X县政府 常务副县长;
  ``县委副书记、代县长`` → 鄢陵县委 副书记 + 鄢陵县政府 代县长; ``县人大常委会主任`` → 城口县人大常委会 主任; ``县政协主席`` → 城口县政协
  主席; ``县政府办公室主任`` → 鄢陵县政府办公室 主任; ``定西市委常委、宣传部部长`` → 定西市委 常委 + 定西市委宣传部 部长; ``定西市
  副市长`` → 定西市政府 副市长; a list after one title gives every name that title (``副县长樊晓燕、鲁建华``); ``临泉经济开发区党工委
  书记`` → 阜阳临泉经济开发区党工委 书记 (a county's zone takes the prefecture city, as bj and cg; 经济开发区 is not folded).
- Events: 调研 / 现场查看 are ``inspection`` (leader; 陪同 / 参加 / 带领 … named → attendees; 介绍 / 汇报 / 强调 / 要求 / 提出要求 /
  作了安排 → speakers); 常务会议, 推进会, 大会 and 专题协调会 are meetings (chair 主持; 出席 / 列席 → attendees; 致辞 / 讲话 / 通报 /
  汇报 / 推介 / 强调 / 指出 / 要求 → speakers); a 旅游节开幕式, a 集中开工活动 and a 颁证仪式 are ``ceremony`` (as earlier parts type 开工 and 开幕 events).
- Projects: works inspected, reported or to be pushed: …产业园二期 / 一期 ``industrial_park``; 防洪治理 / 防洪护岸 ``engineering_work``;
  污水处理厂扩建, 县道改建, 城乡供水一体化 ``infrastructure_project``; 生态修复 / 生态治理 ``greening_project``; 城市更新 ``housing_project``;
  a 交易市场, a 遗址公园, a 古镇保护利用工程, a 提升改造项目, a 公交一体化项目 ``project``. Plans (``2024年农村公路提质改造计划``) and
  generic works (``党参标准化种植基地3万亩``) are not projects.
- Places: one line per name per file, as written; places inside titles, org references and project names count (``迎仙`` /
  ``宋集`` in ``县道X021迎仙至宋集段``); DECIDED HERE: ``马家窑`` in ``马家窑文化`` / ``马家窑彩陶文化旅游节`` names a culture, not a place
  (the site is ``马家窑遗址``); ``中国`` in an event's name and ``甘肃`` in ``甘肃政务服务网`` (a website) are not annotated; a
  residential compound (``锦华苑小区``) is no place. Navigation (``首页 > 安徽省 > 阜阳市 > 临泉县``), site lines, 来源 / 回复单位 lines,
  footers and related lists are not annotated.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"

LQ, YL, LT, WY, WX, CK = "临泉县", "鄢陵县", "临洮县", "渭源县", "巫溪县", "城口县"

# file: (year, stamp evidence, scope, [(headline, date_text, date_inferred, body start, topic), ...])
PAGES = {
    "cj01_linquan.txt": (2023, "2023-06-01 09:12", LQ, [
        ("蒋文博调研重点项目建设和防汛备汛工作", "5月31日", "2023-05-31", "5月31日，县委书记",
         "搜狐号 copy of a 临泉 融媒体 story: the 县委书记's 调研 with the 副县长, the 水利局长 and the zone's 党工委书记; portal chrome and a 相关推荐 list naming another official")]),
    "cj02_linquan.txt": (2024, "2024-07-05 16:20", LQ, [
        ("迎仙镇到宋集镇的县道路面破损严重，希望尽快维修", "2024年7月5日", "2024-07-05", "留言对象：临泉县县长",
         "人民网 领导留言板: a villager's message; the 县政府's reply naming the 常务副县长's 现场查看 with the 交通运输局长 and the town secretary")]),
    "cj03_yanling.txt": (2023, "2023-09-14 18:05:21", YL, [
        ("鄢陵县政府召开第二十八次常务会议", "9月13日", "2023-09-13", "9月13日，县委副书记",
         "网易号 copy: the 县长 chairs the 县政府常务会议 (常务副县长, two 副县长, 办公室主任 列席, 自然资源局长 汇报)")]),
    "cj04_lintao.txt": (2023, "2023年06月03日 16:42", LT, [
        ("甘肃临洮：彩陶文化旅游节开幕 千年彩陶“活”起来", "3日", "2023-06-03", "中新网兰州6月3日电（记者 丁瑞芳）",
         "中国新闻网 regional piece: a 临洮 旅游节 开幕式 (县长 主持, 定西 市委常委 出席, 县委书记 致辞); a 副县长 interviewed")]),
    "cj05_weiyuan.txt": (2024, "发布时间：2024-04-22 10:16", WY, [
        ("“交房即交证”办事问答", "4月19日", "2024-04-19", "4月19日，我县首批",
         "county site 政务服务 办事问答: a 颁证仪式 lead with a 副县长; 问 / 答; 解读人 the 自然资源局 党组书记、局长; 联系人 王科长")]),
    "cj06_weiyuan.txt": (2024, "2024-05-10 10:21:33", WY, [
        ("渭源：小党参做成大产业", "9日", "2024-05-09", "新华网兰州5月10日电（记者 闵晓川）",
         "新华网 甘肃频道: the 渭源 党参 大会 (县委书记 致辞, 定西 副市长 出席, the new 县长 — the former 临洮 副县长 — 推介)")]),
    "cj07_wuxi.txt": (2023, "2023-11-08 20:31", WX, [
        ("陶国庆调研宁厂古镇保护利用和大宁河生态修复工作", "11月7日", "2023-11-07", "11月7日，县委书记",
         "今日头条 copy of a 巫溪 story: the 县委书记's 调研 with 重庆 chains (县委副书记、县政府县长; 县委常委、县政府常务副县长; 邵立平#2)")]),
    "cj08_chengkou.txt": (2025, "2025年03月14日08:21", CK, [
        ("城口：一季度15个重点项目集中开工 总投资32.6亿元", "3月13日", "2025-03-13", "人民网重庆3月14日电 3月13日",
         "人民网-重庆频道: 城口 集中开工活动 (常务副县长 主持, the former 巫溪 常务副县长 now 县长 致辞, 县委书记 宣布开工, 人大 / 政协 heads)")]),
    "cj09_yanling.txt": (2024, "2024年03月22日 18:40:12", YL, [
        ("鄢陵县召开2024年重点项目建设推进会", "3月21日", "2024-03-21", "3月21日，我县召开",
         "凤凰网河南 copy: 推进会 (the former 县长 now 县委书记 讲话, a 代县长 主持, the 常务副县长 通报); 相关新闻 naming a leader")]),
    "cj10_weiyuan.txt": (2024, "2024-08-16 11:02", WY, [
        ("会川镇到五竹镇的公交车班次太少，能否增加？", "2024年8月16日", "2024-08-16", "留言对象：渭源县县长",
         "人民网 领导留言板: a commuter's message (``尊敬的尚县长``); the reply names the 县长's 批示 and a 副县长's 专题协调会 with the 交通运输局长")]),
}

_CJ01_ZONE = "临泉经济开发区党工委书记顾晨阳"
_CJ03_FAN = "副县长樊晓燕、鲁建华"
_CJ05_KONG = "县自然资源局党组书记、局长孔德海"
_CJ07_RAN = "县委副书记、县政府县长冉承德"
_CJ07_DAI = "县委常委、县政府常务副县长戴永川"
_CJ07_SHAO = "县委常委、县政府副县长邵立平"
_CJ08_DAI = "县委副书记、县政府县长戴永川致辞"
_CJ08_ZHENG = "县委常委、县政府常务副县长郑雨桐主持"

# person id: (name, type, scope, [(file, org, title, evidence, note)], [files where named without a post])
PERSONS = {
    # ---- 临泉 (安徽 阜阳)
    "cj:蒋文博": ("蒋文博", "official", LQ, [
        ("cj01", f"{LQ}委", "书记", "县委书记蒋文博带队调研", "bare 县委 of a 搜狐号 copy = the source's county (来源：临泉县融媒体中心); named in the headline too")], []),
    "cj:柏思源": ("柏思源", "official", LQ, [
        ("cj01", f"{LQ}委", "常委", "县委常委、副县长柏思源", "2023-06 (identity case: 常务副县长 in 2024, cj02)"),
        ("cj01", f"{LQ}政府", "副县长", "县委常委、副县长柏思源", None),
        ("cj02", f"{LQ}委", "常委", "县委常委、常务副县长柏思源", "2024: named in the 县政府's 留言 reply"),
        ("cj02", f"{LQ}政府", "常务副县长", "县委常委、常务副县长柏思源", "2024: now 常务副县长")], []),
    "cj:冯庆山": ("冯庆山", "official", LQ, [
        ("cj01", f"{LQ}水利局", "局长", "县水利局局长冯庆山", None)], []),
    "cj:顾晨阳": ("顾晨阳", "official", LQ, [
        ("cj01", "阜阳临泉经济开发区党工委", "书记", _CJ01_ZONE, "a county's zone takes the prefecture city (as bj, cg); 经济开发区 not folded")], []),
    "cj:韦立新": ("韦立新", "official", LQ, [
        ("cj02", f"{LQ}交通运输局", "局长", "县交通运输局局长韦立新", "bare 县交通运输局 = 临泉's here, 渭源's in cj10")], []),
    "cj:邵立平#1": ("邵立平", "official", LQ, [
        ("cj02", f"{LQ}迎仙镇党委", "书记", "迎仙镇党委书记邵立平", "临泉 (安徽), 2024; not the 邵立平 of 巫溪 (cj07)")], []),
    # ---- 鄢陵 (河南 许昌)
    "cj:谢东升": ("谢东升", "official", YL, [
        ("cj03", f"{YL}委", "副书记", "县委副书记、县长谢东升主持召开", "2023-09 (identity case: 县委书记 in 2024, cj09)"),
        ("cj03", f"{YL}政府", "县长", "县委副书记、县长谢东升主持召开", None),
        ("cj09", f"{YL}委", "书记", "县委书记谢东升出席会议并讲话", "2024-03: now 县委书记")], []),
    "cj:龚培元": ("龚培元", "official", YL, [
        ("cj03", f"{YL}委", "常委", "县委常委、常务副县长龚培元", "2023-09"),
        ("cj03", f"{YL}政府", "常务副县长", "县委常委、常务副县长龚培元", None),
        ("cj09", f"{YL}委", "常委", "县委常委、常务副县长龚培元通报", "2024-03: the same posts"),
        ("cj09", f"{YL}政府", "常务副县长", "县委常委、常务副县长龚培元通报", None)], []),
    "cj:樊晓燕": ("樊晓燕", "official", YL, [
        ("cj03", f"{YL}政府", "副县长", _CJ03_FAN, "list after one title")], []),
    "cj:鲁建华": ("鲁建华", "official", YL, [
        ("cj03", f"{YL}政府", "副县长", _CJ03_FAN, "list after one title")], []),
    "cj:常振宇": ("常振宇", "official", YL, [
        ("cj03", f"{YL}政府办公室", "主任", "县政府办公室主任常振宇列席会议", None)], []),
    "cj:尹国栋": ("尹国栋", "official", YL, [
        ("cj03", f"{YL}自然资源局", "局长", "县自然资源局局长尹国栋", "bare 县自然资源局 = 鄢陵's here, 渭源's in cj05")], []),
    "cj:秦宇航": ("秦宇航", "official", YL, [
        ("cj09", f"{YL}委", "副书记", "县委副书记、代县长秦宇航", None),
        ("cj09", f"{YL}政府", "代县长", "县委副书记、代县长秦宇航", "succeeds 谢东升 as head of the 县政府")], []),
    # ---- 临洮 / 渭源 (甘肃 定西)
    "cj:石文彬": ("石文彬", "official", LT, [
        ("cj04", f"{LT}委", "副书记", "临洮县委副书记、县长石文彬主持", None),
        ("cj04", f"{LT}政府", "县长", "临洮县委副书记、县长石文彬主持", None)], []),
    "cj:景红霞": ("景红霞", "official", "定西市", [
        ("cj04", "定西市委", "常委", "定西市委常委、宣传部部长景红霞", None),
        ("cj04", "定西市委宣传部", "部长", "定西市委常委、宣传部部长景红霞", None)], []),
    "cj:包振宇": ("包振宇", "official", LT, [
        ("cj04", f"{LT}委", "书记", "临洮县委书记包振宇", None)], []),
    "cj:尚俊峰": ("尚俊峰", "official", "定西市", [
        ("cj04", f"{LT}委", "常委", "临洮县委常委、副县长尚俊峰", "2023-06: 临洮 (identity case: 渭源县长 in 2024, cj06 / cj10); interviewed, no event role"),
        ("cj04", f"{LT}政府", "副县长", "临洮县委常委、副县长尚俊峰", None),
        ("cj06", f"{WY}委", "副书记", "渭源县委副书记、县长尚俊峰", "2024-05: now 渭源县长"),
        ("cj06", f"{WY}政府", "县长", "渭源县委副书记、县长尚俊峰", None),
        ("cj10", f"{WY}委", "副书记", "县委副书记、县长尚俊峰看到留言后", "2024-08: named in the 留言 reply; the citizen's ``尚县长`` is no mention of a post"),
        ("cj10", f"{WY}政府", "县长", "县委副书记、县长尚俊峰看到留言后", None)], []),
    "cj:严春梅": ("严春梅", "official", WY, [
        ("cj05", f"{WY}委", "常委", "县委常委、副县长严春梅", None),
        ("cj05", f"{WY}政府", "副县长", "县委常委、副县长严春梅", None)], []),
    "cj:孔德海": ("孔德海", "official", WY, [
        ("cj05", f"{WY}自然资源局党组", "书记", _CJ05_KONG, "DECIDED HERE: the 解读人 line gives posts, not a byline"),
        ("cj05", f"{WY}自然资源局", "局长", _CJ05_KONG, None)], []),
    "cj:杜延年": ("杜延年", "official", WY, [
        ("cj06", f"{WY}委", "书记", "渭源县委书记杜延年", None)], []),
    "cj:魏向东": ("魏向东", "official", "定西市", [
        ("cj06", "定西市政府", "副市长", "定西市副市长魏向东出席大会", None)], []),
    "cj:马俊杰": ("马俊杰", "official", WY, [
        ("cj10", f"{WY}政府", "副县长", "副县长马俊杰主持召开", None)], []),
    "cj:何建平": ("何建平", "official", WY, [
        ("cj10", f"{WY}交通运输局", "局长", "县交通运输局局长何建平", "bare 县交通运输局 = 渭源's here, 临泉's in cj02")], []),
    # ---- 巫溪 / 城口 (重庆)
    "cj:陶国庆": ("陶国庆", "official", WX, [
        ("cj07", f"{WX}委", "书记", "县委书记陶国庆调研", "bare 县委 of a 头条 copy = the account's county; named in the headline too")], []),
    "cj:冉承德": ("冉承德", "official", WX, [
        ("cj07", f"{WX}委", "副书记", _CJ07_RAN, None),
        ("cj07", f"{WX}政府", "县长", _CJ07_RAN, "重庆 chain 县政府县长 → 县政府 + 县长")], []),
    "cj:戴永川": ("戴永川", "official", "重庆市", [
        ("cj07", f"{WX}委", "常委", _CJ07_DAI, "2023-11: 巫溪 (identity case: 城口县长 in 2025, cj08)"),
        ("cj07", f"{WX}政府", "常务副县长", _CJ07_DAI, None),
        ("cj08", f"{CK}委", "副书记", _CJ08_DAI, "2025-03: now 城口县长"),
        ("cj08", f"{CK}政府", "县长", _CJ08_DAI, None)], []),
    "cj:邵立平#2": ("邵立平", "official", WX, [
        ("cj07", f"{WX}委", "常委", _CJ07_SHAO, "巫溪 (重庆), 2023; not the 邵立平 of 临泉 (cj02)"),
        ("cj07", f"{WX}政府", "副县长", _CJ07_SHAO, None)], []),
    "cj:向海波": ("向海波", "official", WX, [
        ("cj07", f"{WX}宁厂镇党委", "书记", "宁厂镇党委书记向海波", None)], []),
    "cj:郑雨桐": ("郑雨桐", "official", CK, [
        ("cj08", f"{CK}委", "常委", _CJ08_ZHENG, None),
        ("cj08", f"{CK}政府", "常务副县长", _CJ08_ZHENG, None)], []),
    "cj:谭承志": ("谭承志", "official", CK, [
        ("cj08", f"{CK}委", "书记", "县委书记谭承志宣布项目开工", None)], []),
    "cj:罗德平": ("罗德平", "official", CK, [
        ("cj08", f"{CK}人大常委会", "主任", "县人大常委会主任罗德平", None)], []),
    "cj:黄淑芬": ("黄淑芬", "official", CK, [
        ("cj08", f"{CK}政协", "主席", "县政协主席黄淑芬", None)], []),
}

# reporters: (file, person, label, role, evidence)
REPORTERS = [
    ("cj01", "孙婉清", "记者", "reporter", "记者：孙婉清"),
    ("cj01", "鲍子轩", "通讯员", "correspondent", "通讯员：鲍子轩"),
    ("cj01", "白雪晴", "编辑", "editor", "编辑：白雪晴"),
    ("cj01", "葛益民", "审核", "editor", "审核：葛益民"),
    ("cj03", "吕晓静", "编辑", "editor", "编辑：吕晓静"),
    ("cj03", "范国庆", "审核", "editor", "审核：范国庆"),
    ("cj04", "丁瑞芳", "记者", "reporter", "中新网兰州6月3日电（记者 丁瑞芳）"),
    ("cj04", "宋佳琳", "编辑", "editor", "【编辑:宋佳琳】"),
    ("cj06", "闵晓川", "记者", "reporter", "新华网兰州5月10日电（记者 闵晓川）"),
    ("cj06", "赵文清", "责任编辑", "editor", "【责任编辑：赵文清】"),
    ("cj07", "冉诗涵", "记者", "reporter", "记者：冉诗涵"),
    ("cj07", "程晓楠", "编辑", "editor", "编辑：程晓楠"),
    ("cj07", "龚长明", "审核", "editor", "审核：龚长明"),
    ("cj08", "吕可", "责编", "editor", "(责编：吕可、蒋明)"),
    ("cj08", "蒋明", "责编", "editor", "(责编：吕可、蒋明)"),
    ("cj09", "高靖雯", "责任编辑", "editor", "[责任编辑：高靖雯 PN083]"),
]
EXTRA_REPORTER_ARTICLES: dict[tuple[str, str], str] = {}

# meetings: (file, name, type, date_text, chair, leader, organizers, attendees, speakers, place, evidence, participant evidence)
MEETINGS = [
    ("cj01", "重点项目建设和防汛备汛工作调研", "inspection (调研)", "5月31日", None, "蒋文博", [],
     ["柏思源", "冯庆山"], ["顾晨阳", "冯庆山", "蒋文博", "柏思源"], LQ,
     "县委书记蒋文博带队调研重点项目建设和防汛备汛工作",
     ["县委书记蒋文博带队调研", "县水利局局长冯庆山陪同调研", "党工委书记顾晨阳介绍了", "冯庆山汇报了", "蒋文博强调",
      "柏思源就汛前隐患排查整改"]),
    ("cj02", "县道X021迎仙至宋集段路面破损情况现场查看", "inspection (现场查看)", "6月24日", None, "柏思源", [],
     ["韦立新", "邵立平"], ["柏思源"], "迎仙镇",
     "6月24日带领县交通运输局局长韦立新、迎仙镇党委书记邵立平到现场查看路面破损情况",
     ["常务副县长柏思源高度重视，6月24日带领", "县交通运输局局长韦立新", "迎仙镇党委书记邵立平到现场查看", "要求先期对坑槽进行应急修补"]),
    ("cj03", "县政府第二十八次常务会议", "meeting (县政府常务会议)", "9月13日", "谢东升", None, [f"{YL}政府"],
     ["龚培元", "樊晓燕", "鲁建华", "常振宇"], ["尹国栋", "谢东升", "龚培元"], None,
     "县长谢东升主持召开县政府第二十八次常务会议",
     ["县长谢东升主持召开", "常务副县长龚培元", "副县长樊晓燕、鲁建华出席会议", "县政府办公室主任常振宇列席会议",
      "听取了县自然资源局局长尹国栋关于", "谢东升强调", "龚培元就项目用地"]),
    ("cj04", "第五届马家窑彩陶文化旅游节开幕式", "ceremony (开幕式)", "3日", "石文彬", None, [],
     ["景红霞"], ["包振宇"], LT,
     "第五届马家窑彩陶文化旅游节3日在甘肃省定西市临洮县开幕",
     ["开幕式由临洮县委副书记、县长石文彬主持", "宣传部部长景红霞出席开幕式", "临洮县委书记包振宇在开幕式上致辞时表示"]),
    ("cj05", "“交房即交证”不动产权证书集中颁发仪式", "ceremony (颁证仪式)", "4月19日", None, None, [],
     ["严春梅"], [], "县政务服务中心",
     "我县首批“交房即交证”不动产权证书集中颁发仪式在县政务服务中心举行",
     ["副县长严春梅为清源镇锦华苑小区首批52户购房群众颁发了不动产权证书"]),
    ("cj06", "2024中国·渭源党参产业发展大会", "meeting (产业发展大会)", "9日", None, None, [],
     ["魏向东"], ["杜延年", "尚俊峰"], WY,
     "2024中国·渭源党参产业发展大会9日在甘肃省渭源县开幕",
     ["渭源县委书记杜延年在大会致辞中说", "定西市副市长魏向东出席大会", "县长尚俊峰在会上作渭源党参产业推介"]),
    ("cj07", "宁厂古镇保护利用和大宁河生态修复工作调研", "inspection (调研)", "11月7日", None, "陶国庆", [],
     ["冉承德", "戴永川", "邵立平"], ["向海波", "陶国庆", "冉承德", "戴永川"], "宁厂镇",
     "11月7日，县委书记陶国庆调研宁厂古镇保护利用和大宁河生态修复工作",
     ["县委书记陶国庆调研", "副县长邵立平参加调研", "向海波汇报了", "陶国庆强调", "冉承德要求", "戴永川就项目建设中的安全生产和质量监管提出要求"]),
    ("cj08", "城口县2025年一季度重点项目集中开工活动", "ceremony (集中开工)", "3月13日", "郑雨桐", None, [],
     ["谭承志", "罗德平", "黄淑芬"], ["戴永川"], "坪坝镇",
     "城口县2025年一季度重点项目集中开工活动在坪坝镇举行",
     ["常务副县长郑雨桐主持", "县政府县长戴永川致辞", "县委书记谭承志宣布项目开工", "县人大常委会主任罗德平，县政协主席黄淑芬等县领导出席活动"]),
    ("cj09", "2024年重点项目建设推进会", "meeting (推进会)", "3月21日", "秦宇航", None, [YL],
     ["谢东升"], ["谢东升", "龚培元", "秦宇航"], None,
     "3月21日，我县召开2024年重点项目建设推进会",
     ["县委书记谢东升出席会议并讲话", "代县长秦宇航主持会议", "常务副县长龚培元通报了", "谢东升指出", "秦宇航要求"]),
    ("cj10", "城乡公交线路优化专题协调会", "meeting (专题协调会)", "8月9日", "马俊杰", None, [],
     [], ["何建平"], None,
     "8月9日，副县长马俊杰主持召开城乡公交线路优化专题协调会",
     ["副县长马俊杰主持召开", "县交通运输局局长何建平汇报了"]),
]

# projects: (file, name, kind, evidence)
PROJECTS = [
    ("cj01", "临泉经济开发区新能源电池材料产业园二期", "industrial_park", "先后来到临泉经济开发区新能源电池材料产业园二期"),
    ("cj01", "泉河临泉段防洪治理工程", "engineering_work", "泉河临泉段防洪治理工程和"),
    ("cj01", "临泉县第二污水处理厂扩建工程", "infrastructure_project", "临泉县第二污水处理厂扩建工程现场"),
    ("cj02", "县道X021迎仙至宋集段改建工程", "infrastructure_project", "县道X021迎仙至宋集段改建工程已完成施工图设计"),
    ("cj03", "鄢陵县花木交易市场二期项目", "project", "鄢陵县花木交易市场二期项目用地报批情况"),
    ("cj03", "鄢陵县城乡供水一体化工程", "infrastructure_project", "研究了鄢陵县城乡供水一体化工程"),
    ("cj03", "清潩河鄢陵段生态修复工程", "greening_project", "清潩河鄢陵段生态修复工程推进中的有关事项"),
    ("cj04", "马家窑考古遗址公园", "project", "加快推进马家窑考古遗址公园建设"),
    ("cj04", "马家窑彩陶文化产业园二期", "industrial_park", "正在建设的马家窑彩陶文化产业园二期"),
    ("cj04", "洮河临洮城区段生态治理工程", "greening_project", "洮河临洮城区段生态治理工程已完成12公里河道整治"),
    ("cj06", "渭源县中药材产业园二期", "industrial_park", "加快建设渭源县中药材产业园二期"),
    ("cj06", "会川镇中药材交易市场改扩建项目", "project", "会川镇中药材交易市场改扩建项目建成后"),
    ("cj07", "宁厂古镇保护利用一期工程", "project", "察看了宁厂古镇保护利用一期工程"),
    ("cj07", "大宁河巫溪段生态修复工程", "greening_project", "来到大宁河巫溪段生态修复工程现场"),
    ("cj08", "城口县坪坝镇山地鸡产业园", "industrial_park", "城口县坪坝镇山地鸡产业园总投资4.2亿元"),
    ("cj08", "城口县葛城街道城市更新一期项目", "housing_project", "城口县葛城街道城市更新一期项目将改造老旧小区23个"),
    ("cj08", "任河城口段防洪护岸工程", "engineering_work", "任河城口段防洪护岸工程将新建护岸6.8公里"),
    ("cj09", "花木交易市场二期", "project", "花木交易市场二期建成运营"),
    ("cj09", "城乡供水一体化工程", "infrastructure_project", "城乡供水一体化工程实现农村集中供水全覆盖"),
    ("cj09", "鄢陵县花木博览园提升改造项目", "project", "鄢陵县花木博览园提升改造项目"),
    ("cj09", "鄢陵县新型储能装备产业园一期", "industrial_park", "鄢陵县新型储能装备产业园一期"),
    ("cj10", "渭源县城乡公交一体化项目", "project", "结合渭源县城乡公交一体化项目"),
]

# places: (file, name, kind, context, evidence)
PLACES = [
    ("cj01", "临泉经济开发区", "development_zone", "in_project_name", "先后来到临泉经济开发区新能源电池材料产业园二期"),
    ("cj01", "泉河", "river", "standalone", "确保泉河水质稳定达标"),
    ("cj01", "临泉", "county", "in_project_name", "泉河临泉段防洪治理工程和"),
    ("cj01", "临泉县", "county", "in_project_name", "临泉县第二污水处理厂扩建工程现场"),
    ("cj02", "迎仙镇", "town", "standalone", "迎仙镇到宋集镇的县道路面破损严重"),
    ("cj02", "宋集镇", "town", "standalone", "迎仙镇到宋集镇的县道路面破损严重"),
    ("cj02", "宋集", "town", "standalone", "去宋集赶集的必经之路"),
    ("cj02", "迎仙", "town", "in_project_name", "县道X021迎仙至宋集段改建工程已完成施工图设计"),
    ("cj02", "临泉县", "county", "standalone", "感谢您对临泉县工作的关心和支持"),
    ("cj03", "鄢陵县", "county", "in_project_name", "鄢陵县花木交易市场二期项目用地报批情况"),
    ("cj03", "清潩河", "river", "standalone", "清潩河生态修复要统筹治水、护岸和绿化"),
    ("cj03", "鄢陵", "county", "in_project_name", "清潩河鄢陵段生态修复工程推进中的有关事项"),
    ("cj04", "甘肃", "province", "standalone", "甘肃临洮：彩陶文化旅游节开幕"),
    ("cj04", "临洮", "county", "standalone", "甘肃临洮：彩陶文化旅游节开幕"),
    ("cj04", "甘肃省", "province", "standalone", "在甘肃省定西市临洮县开幕"),
    ("cj04", "定西市", "city", "standalone", "在甘肃省定西市临洮县开幕"),
    ("cj04", "临洮县", "county", "standalone", "在甘肃省定西市临洮县开幕"),
    ("cj04", "马家窑遗址", "heritage_site", "standalone", "马家窑遗址位于临洮县洮河西岸"),
    ("cj04", "洮河", "river", "standalone", "马家窑遗址位于临洮县洮河西岸"),
    ("cj05", "清源镇", "town", "standalone", "为清源镇锦华苑小区首批52户购房群众"),
    ("cj06", "渭源", "county", "standalone", "渭源：小党参做成大产业"),
    ("cj06", "甘肃省", "province", "standalone", "9日在甘肃省渭源县开幕"),
    ("cj06", "渭源县", "county", "standalone", "9日在甘肃省渭源县开幕"),
    ("cj06", "渭河", "river", "standalone", "渭源地处渭河发源地"),
    ("cj06", "定西市", "city", "in_title", "定西市副市长魏向东出席大会"),
    ("cj06", "会川镇", "town", "in_project_name", "会川镇中药材交易市场改扩建项目建成后"),
    ("cj07", "宁厂古镇", "heritage_site", "standalone", "宁厂古镇是巴渝盐文化的活化石"),
    ("cj07", "大宁河", "river", "standalone", "大宁河是全县的母亲河"),
    ("cj07", "后溪河", "river", "standalone", "沿后溪河步行察看了"),
    ("cj07", "盐泉遗址", "heritage_site", "standalone", "走进盐泉遗址、古街老宅"),
    ("cj07", "宁厂镇", "town", "in_title", "宁厂镇党委书记向海波"),
    ("cj07", "巫溪", "county", "standalone", "确保一江清水出巫溪"),
    ("cj07", "巴渝", "region", "standalone", "宁厂古镇是巴渝盐文化的活化石"),
    ("cj08", "城口", "county", "standalone", "城口：一季度15个重点项目集中开工"),
    ("cj08", "城口县", "county", "standalone", "城口县2025年一季度重点项目集中开工活动在坪坝镇举行"),
    ("cj08", "坪坝镇", "town", "standalone", "城口县2025年一季度重点项目集中开工活动在坪坝镇举行"),
    ("cj08", "葛城街道", "sub_district_office", "in_project_name", "城口县葛城街道城市更新一期项目将改造老旧小区23个"),
    ("cj08", "任河", "river", "in_project_name", "任河城口段防洪护岸工程将新建护岸6.8公里"),
    ("cj09", "鄢陵县", "county", "standalone", "鄢陵县召开2024年重点项目建设推进会"),
    ("cj09", "陶城镇", "town", "standalone", "会上，陶城镇、柏梁镇和县发展改革委"),
    ("cj09", "柏梁镇", "town", "standalone", "会上，陶城镇、柏梁镇和县发展改革委"),
    ("cj10", "会川镇", "town", "standalone", "会川镇到五竹镇的公交车班次太少"),
    ("cj10", "五竹镇", "town", "standalone", "会川镇到五竹镇的公交车班次太少"),
    ("cj10", "渭源县", "county", "standalone", "感谢您对渭源县工作的关心和支持"),
]


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from gold_writer import write

    write(sys.modules[__name__], prefix="cj", conventions="set cj (blind set: county news copied onto portals and aggregators (搜狐号, 网易号, 今日头条, 凤凰网, 人民网 / 新华网 / 中新网 regional channels), 人民网 领导留言板 replies and a 政务服务 问答 page, in 安徽 临泉县, 河南 鄢陵县, 甘肃 临洮县 and 渭源县, 重庆 巫溪县 and 城口县: portal chrome, platform statements, counters, ads and related lists are not annotated (persons they name are no persons of the page); bare organs of a copy take the source's county; a 留言 reply is no event, the dated 现场查看 / 协调会 it reports are; the citizen and the addressed 县长 give no person or post; dateline places not annotated; 重庆 chains 县委副书记、县政府县长 → 县委 副书记 + 县政府 县长; 解读人 gives posts; one line per post per article)",
          persons_note="Set cj persons. id = corpus-wide person_id (cj:邵立平#1 临泉县迎仙镇党委书记 (安徽, 2024) and cj:邵立平#2 巫溪县委常委、县政府副县长 (重庆, 2023) are two people; cj:柏思源 临泉 副县长 2023 → 常务副县长 2024; cj:谢东升 鄢陵县长 2023 → 县委书记 2024; cj:尚俊峰 临洮 副县长 2023 → 渭源县长 2024; cj:戴永川 巫溪 常务副县长 2023 → 城口县长 2025)")


if __name__ == "__main__":
    main()
